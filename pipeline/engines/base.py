from __future__ import annotations

import os
from abc import ABC, abstractmethod
from dataclasses import dataclass
from typing import Any, Callable, Iterator, Sequence

from codelm.pipeline.errors import UsageProblem

ENGINES = ("local", "ray")


@dataclass
class EngineOptions:
    engine: str = "local"
    workers: int | None = None  # None: every core of this machine (or of the Ray cluster)
    ray_address: str | None = None

    def resolved_workers(self) -> int:
        return self.workers or os.cpu_count() or 1


class Engine(ABC):
    """Maps a picklable top-level function over task payloads."""

    @abstractmethod
    def imap_unordered(self, fn: Callable[[Any], Any], payloads: Sequence[Any]) -> Iterator[tuple[int, Any]]:
        """Yield ``(position, fn(payloads[position]))`` as tasks finish, in any order."""

    def close(self) -> None:
        """Release workers; the engine may not be used afterwards."""


def make_engine(options: EngineOptions) -> Engine:
    if options.workers is not None and options.workers < 1:
        raise UsageProblem("--workers must be at least 1")
    if options.engine == "local":
        from codelm.pipeline.engines.local import LocalEngine

        return LocalEngine(options.resolved_workers())
    if options.engine == "ray":
        from codelm.pipeline.engines.ray import RayEngine

        return RayEngine(address=options.ray_address, workers=options.workers)
    raise UsageProblem(f"unknown engine {options.engine!r}; choose from {', '.join(ENGINES)}")
