"""Logging and progress: progress bars on a terminal, plain or JSON log lines otherwise."""

from __future__ import annotations

import json
import logging
import sys
import time

LOGGER_NAME = "codelm"
log = logging.getLogger(LOGGER_NAME)


class _JsonFormatter(logging.Formatter):
    def format(self, record: logging.LogRecord) -> str:
        return json.dumps(
            {"time": round(record.created, 3), "level": record.levelname.lower(), "message": record.getMessage()}
        )


def configure_logging(quiet: bool = False, log_json: bool = False) -> None:
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(_JsonFormatter() if log_json else logging.Formatter("%(message)s"))
    log.handlers[:] = [handler]
    log.setLevel(logging.WARNING if quiet else logging.INFO)
    log.propagate = False


def progress_enabled() -> bool:
    return log.isEnabledFor(logging.INFO) and sys.stderr.isatty() and not _json_logging()


def _json_logging() -> bool:
    return any(isinstance(handler.formatter, _JsonFormatter) for handler in log.handlers)


class Progress:
    """A tqdm bar on a terminal; elsewhere a log line at most every ``interval_s`` seconds."""

    def __init__(self, total: int, desc: str, unit: str = "task", interval_s: float = 10.0):
        self.total, self.desc, self.unit, self.interval_s = total, desc, unit, interval_s
        self.done = 0
        self._last_log = time.monotonic()
        self._bar = None
        if progress_enabled():
            from tqdm import tqdm

            self._bar = tqdm(total=total, desc=desc, unit=unit, leave=False, file=sys.stderr)

    def update(self, count: int = 1) -> None:
        self.done += count
        if self._bar is not None:
            self._bar.update(count)
        elif time.monotonic() - self._last_log >= self.interval_s and self.done < self.total:
            self._last_log = time.monotonic()
            log.info("%s: %d/%d %ss", self.desc, self.done, self.total, self.unit)

    def close(self) -> None:
        if self._bar is not None:
            self._bar.close()

    def __enter__(self) -> "Progress":
        return self

    def __exit__(self, *exc) -> None:
        self.close()
