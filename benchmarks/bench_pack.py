"""Tokenizer training time, pack throughput and the padding that packing avoids, on the standard library.

    python benchmarks/bench_pack.py [--runs 3] [--source DIR] [--vocab-size 4096] [--max-bytes 8MB]

Side by side, in this one process:

- ``codelm tokenizer train`` (sampling from shards, then HF ``tokenizers`` BPE) against a
  hand-written HF ``tokenizers`` training on the same texts already in memory;
- ``codelm pack --context file`` (read shards, FIM, tokenise, cut, shuffle, write Arrow shards)
  with 1 and 2 workers, against Hugging Face's ``run_clm.py`` recipe (fast tokenizer called on
  batches of 1000 texts, ``group_texts`` into blocks; nothing written), single-threaded too;
- padding: the pad tokens a one-document-per-row layout of the same documents would need at
  each sequence length (pack writes none).
"""

from __future__ import annotations

import argparse
import os
import statistics
import sysconfig
import tempfile
import time
from itertools import chain
from pathlib import Path

from codelm.pipeline.engines import EngineOptions
from codelm.pipeline.ingest import IngestConfig, ingest
from codelm.pipeline.logs import configure_logging
from codelm.pipeline.packing import PackConfig, pack
from codelm.pipeline.shards import iter_batches, resolve_inputs
from codelm.pipeline.steps import RunOptions
from codelm.pipeline.tokenizer import SPECIAL_TOKENS, TokenizerConfig, build_untrained_tokenizer, train_tokenizer

SEQ_LEN = 2048


def _texts(corpus: Path) -> list[str]:
    return [
        text
        for path in resolve_inputs(corpus)
        for batch in iter_batches(path, ["content"])
        for text in batch.column(0).to_pylist()
        if text
    ]


def bench_tokenizer(corpus: Path, scratch: Path, vocab_size: int, max_bytes: int, runs: int) -> None:
    from tokenizers import pre_tokenizers, trainers

    ours, peer = [], []
    for run in range(runs):
        start = time.perf_counter()
        stats = train_tokenizer(
            corpus, scratch / f"tok-{run}", TokenizerConfig(vocab_size=vocab_size, max_bytes=max_bytes)
        )
        ours.append(time.perf_counter() - start)
        sample_bytes = stats["sample"]["bytes"]
        texts, taken = [], 0
        for text in _texts(corpus):
            if taken >= sample_bytes:
                break
            texts.append(text)
            taken += len(text.encode("utf-8"))
        start = time.perf_counter()
        tokenizer = build_untrained_tokenizer()
        trainer = trainers.BpeTrainer(
            vocab_size=vocab_size,
            special_tokens=SPECIAL_TOKENS,
            initial_alphabet=pre_tokenizers.ByteLevel.alphabet(),
            min_frequency=2,
            show_progress=False,
        )
        tokenizer.train_from_iterator(texts, trainer=trainer)
        peer.append(time.perf_counter() - start)
    print(
        f"tokenizer train, vocab {vocab_size}, {sample_bytes / 1e6:.1f} MB sample: "
        f"codelm median {statistics.median(ours):.2f} s "
        f"(runs {[round(value, 2) for value in ours]}); hand-written tokenizers on in-memory texts "
        f"{statistics.median(peer):.2f} s; ratio {statistics.median(ours) / statistics.median(peer):.2f}"
    )


def bench_pack(corpus: Path, tokenizer: Path, scratch: Path, runs: int) -> None:
    from transformers import AutoTokenizer

    for workers in (1, 2):
        rates, stats = [], {}
        for run in range(runs):
            config = PackConfig(tokenizer=tokenizer, seq_len=SEQ_LEN, context="file")
            options = RunOptions(engine=EngineOptions(workers=workers), output_format="arrow")
            start = time.perf_counter()
            stats = pack(corpus, scratch / f"packed-{workers}-{run}", config, options)
            rates.append(stats["tokens"] / (time.perf_counter() - start))
        print(
            f"codelm pack --context file, {workers} worker(s): {stats['tokens'] / 1e6:.2f} M tokens, median "
            f"{statistics.median(rates) / 1e3:.0f} k tokens/s = {statistics.median(rates) / workers / 1e3:.0f} k "
            f"tokens/s per core (runs {[round(rate / 1e3) for rate in rates]})"
        )
        if workers == 1:
            ours_one_core = statistics.median(rates)
    auto = AutoTokenizer.from_pretrained(str(tokenizer))
    auto.model_max_length = 1 << 62  # whole files are tokenised; the block size is applied afterwards
    peer_rates = []
    for _ in range(runs):
        start = time.perf_counter()
        texts = _texts(corpus)
        blocks = 0
        tokens = 0
        for first in range(0, len(texts), 1000):
            encoded = auto(texts[first : first + 1000])["input_ids"]
            concatenated = list(chain.from_iterable(ids + [auto.eos_token_id] for ids in encoded))
            total = len(concatenated) // SEQ_LEN * SEQ_LEN
            blocks += len([concatenated[i : i + SEQ_LEN] for i in range(0, total, SEQ_LEN)])
            tokens += len(concatenated)
        peer_rates.append(tokens / (time.perf_counter() - start))
    print(
        f"HF run_clm recipe (tokenizer(batch) + group_texts, 1 core, nothing written): median "
        f"{statistics.median(peer_rates) / 1e3:.0f} k tokens/s (runs {[round(rate / 1e3) for rate in peer_rates]}); "
        f"codelm pack 1 worker / peer = {ours_one_core / statistics.median(peer_rates):.2f}"
    )
    for seq_len in (1024, 2048, 8192):
        config = PackConfig(tokenizer=tokenizer, seq_len=seq_len, context="file")
        stats = pack(corpus, scratch / f"pad-{seq_len}", config, RunOptions(engine=EngineOptions(workers=2)))
        rows, pads = stats["padded_layout"]["rows"], stats["padded_layout"]["pad_tokens"]
        print(
            f"seq_len {seq_len}: packed {stats['sequences']} rows, 0 pad tokens, "
            f"{stats['tokens_dropped_tail']} tail tokens "
            f"dropped; one document per row would need {rows} rows, {pads / 1e6:.2f} M pad tokens = "
            f"{pads / (rows * seq_len):.1%} of its slots ({rows / stats['sequences']:.2f}x the rows)"
        )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--source", type=Path, default=Path(sysconfig.get_paths()["stdlib"]))
    parser.add_argument("--vocab-size", type=int, default=4096)
    parser.add_argument("--max-bytes", type=int, default=8 << 20)
    args = parser.parse_args()
    configure_logging(quiet=True)
    # Every side runs single-threaded per worker: per-core figures compare like with like.
    os.environ["TOKENIZERS_PARALLELISM"] = "false"
    with tempfile.TemporaryDirectory() as scratch:
        scratch = Path(scratch)
        corpus = scratch / "ingested"
        ingest([str(args.source)], corpus, IngestConfig(), RunOptions(engine=EngineOptions(workers=2)))
        print(f"source: {args.source}")
        bench_tokenizer(corpus, scratch, args.vocab_size, args.max_bytes, args.runs)
        bench_pack(corpus, scratch / "tok-0", scratch, args.runs)


if __name__ == "__main__":
    main()
