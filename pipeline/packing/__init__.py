"""``codelm pack``: repository context, dependency order, FIM and fixed-length token shards.

Modules: ``fim`` (split points and PSM/SPM), ``import_graph`` (file order), ``repo_context``
(external group-by of files into repositories), ``documents`` (StarCoder2 formats and batch
tokenisation), ``token_shards`` (the format the trainer reads) and ``stage`` (the phases).
"""

from codelm.pipeline.packing.stage import CONTEXTS, PackConfig, pack

__all__ = ["CONTEXTS", "PackConfig", "pack"]
