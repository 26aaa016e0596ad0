"""Engines run one function over many tasks: locally in a process pool, or on a Ray cluster.

Stages never know which engine runs them; both return the same results for the same tasks.
"""

from codelm.pipeline.engines.base import Engine, EngineOptions, make_engine

__all__ = ["Engine", "EngineOptions", "make_engine"]
