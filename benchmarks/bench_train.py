"""Training throughput on CPU: codelm's model against transformers' classes, and packing against padding.

    python benchmarks/bench_train.py [--runs 5] [--threads 2]

Side by side, in this one process, forward + backward of a next-token loss in fp32:

1. **Model**: for one model of each family's design (gpt_bigcode, starcoder2, llama/Granite-code) at
   about 30 M parameters, codelm's ``CodeLM`` against the transformers class built from
   ``codelm export``'s config with the same weights (their logits are checked equal first). Runs
   alternate between the two; tokens/s is the median over runs.
2. **Packing**: the same real documents (standard-library files drawn at random until
   ``--pack-tokens`` document tokens, tokenised with a BPE trained on the standard library) trained
   on two ways at each of ``--pack-seq-lens``: packed into full rows with per-document attention
   (codelm's padding-free layout) or one document per row, padded to the longest document of its
   batch (documents longer than a row are cut into rows, the layout most favourable to padding).
   Useful tokens/s counts document tokens only. A smaller model (``PACKING_SHAPE``) keeps long rows
   affordable on a CPU. On a CPU, SDPA computes a packed row's whole masked attention while a padded
   batch is only as wide as its longest piece, so the more attention weighs (small models, long
   rows), the less packing gains here: this is the conservative side of the comparison.
"""

from __future__ import annotations

import argparse
import random
import statistics
import sysconfig
import tempfile
import time
from pathlib import Path

import torch

from codelm.pipeline.engines import EngineOptions
from codelm.pipeline.ingest import IngestConfig, ingest
from codelm.pipeline.logs import configure_logging
from codelm.pipeline.shards import iter_batches, resolve_inputs
from codelm.pipeline.steps import RunOptions
from codelm.pipeline.tokenizer import TokenizerConfig, load_tokenizer, train_tokenizer
from codelm.trainer.export import hf_config, to_hf_state
from codelm.trainer.model import IGNORE_INDEX, CodeLM, ModelConfig
from codelm.trainer.presets import preset

SHAPE = dict(vocab_size=8192, hidden_size=512, num_layers=8, num_heads=8, intermediate_size=2048)
PACKING_SHAPE = dict(vocab_size=8192, hidden_size=128, num_layers=2, num_heads=2, intermediate_size=512)
FAMILIES = {
    "gpt_bigcode (SantaCoder/StarCoder)": ("tiny-starcoder", {}),
    "starcoder2": ("tiny-starcoder2", {"num_key_value_heads": 2, "sliding_window": 4096}),
    "llama (Granite-8B-code)": ("tiny-granite-8b-code", {"num_key_value_heads": 2}),
}


def _fwd_bwd_seconds(step) -> float:
    start = time.perf_counter()
    step()
    return time.perf_counter() - start


def bench_models(runs: int, batch: int, seq_len: int) -> list[dict]:
    from transformers import AutoModelForCausalLM

    results = []
    for family, (name, overrides) in FAMILIES.items():
        torch.manual_seed(0)
        config = ModelConfig(**{**preset(name), **SHAPE, **overrides, "max_position_embeddings": seq_len})
        ours = CodeLM(config).train()
        format_name = {"tiny-starcoder": "gpt_bigcode", "tiny-starcoder2": "starcoder2"}.get(name, "llama")
        theirs_config = hf_config(config, format_name, {})
        theirs_config._attn_implementation = "sdpa"
        theirs = AutoModelForCausalLM.from_config(theirs_config, dtype=torch.float32)
        theirs.load_state_dict(to_hf_state(ours.state_dict(), config, format_name), strict=False)
        if config.tie_embeddings:
            theirs.tie_weights()
        theirs.train()
        ids = torch.randint(0, config.vocab_size, (batch, seq_len))
        targets = torch.cat([ids[:, 1:], torch.full((batch, 1), IGNORE_INDEX)], dim=1)
        with torch.no_grad():
            difference = (ours.eval()(ids).logits - theirs.eval()(ids).logits).abs().max().item()
        ours.train(), theirs.train()

        def step_ours():
            ours(ids, targets=targets).loss.backward()
            ours.zero_grad(set_to_none=True)

        def step_theirs():
            theirs(input_ids=ids, labels=ids).loss.backward()
            theirs.zero_grad(set_to_none=True)

        step_ours(), step_theirs()  # warm-up
        times_ours, times_theirs = [], []
        for _ in range(runs):
            times_ours.append(_fwd_bwd_seconds(step_ours))
            times_theirs.append(_fwd_bwd_seconds(step_theirs))
        tokens = batch * seq_len
        result = {
            "family": family,
            "parameters": ours.num_parameters(),
            "max_logit_difference": difference,
            "codelm_tokens_s": tokens / statistics.median(times_ours),
            "transformers_tokens_s": tokens / statistics.median(times_theirs),
        }
        result["ratio"] = result["codelm_tokens_s"] / result["transformers_tokens_s"]
        results.append(result)
        print(
            f"{family}: {result['parameters'] / 1e6:.1f}M params, codelm {result['codelm_tokens_s']:.0f} tokens/s, "
            f"transformers {result['transformers_tokens_s']:.0f} tokens/s, ratio {result['ratio']:.2f} "
            f"(logits differ by {difference:.1e})",
            flush=True,
        )
    return results


def _documents(scratch: Path, token_budget: int, seed: int) -> list[list[int]]:
    """Token ids of random standard-library files, end-of-text appended, up to ``token_budget`` tokens."""
    stdlib = Path(sysconfig.get_paths()["stdlib"])
    options = RunOptions(engine=EngineOptions(workers=1))
    ingest([str(stdlib)], scratch / "ingested", IngestConfig(), options)
    train_tokenizer(scratch / "ingested", scratch / "tokenizer", TokenizerConfig(vocab_size=8192, max_bytes=8 << 20))
    tokenizer = load_tokenizer(scratch / "tokenizer")
    eos = tokenizer.token_to_id("<|endoftext|>")
    texts = [
        text
        for path in resolve_inputs(scratch / "ingested")
        for table in iter_batches(path, ["content"])
        for text in table.column(0).to_pylist()
        if text
    ]
    random.Random(seed).shuffle(texts)
    documents, total = [], 0
    for text in texts:
        if total >= token_budget:
            break
        documents.append(tokenizer.encode(text).ids + [eos])
        total += len(documents[-1])
    return documents


def _packed_batches(documents, batch: int, seq_len: int):
    stream = [token for document in documents for token in document]
    positions = [position for document in documents for position in range(len(document))]
    rows = len(stream) // seq_len
    ids = torch.tensor(stream[: rows * seq_len]).view(rows, seq_len)
    position_ids = torch.tensor(positions[: rows * seq_len]).view(rows, seq_len)
    targets = torch.cat([ids[:, 1:], torch.full((rows, 1), IGNORE_INDEX)], dim=1)
    targets[:, :-1][position_ids[:, 1:] == 0] = IGNORE_INDEX  # no target across a document boundary
    for start in range(0, rows - batch + 1, batch):
        yield ids[start : start + batch], position_ids[start : start + batch], targets[start : start + batch], None


def _padded_batches(documents, batch: int, seq_len: int):
    pieces = [
        document[start : start + seq_len] for document in documents for start in range(0, len(document), seq_len)
    ]
    for start in range(0, len(pieces) - batch + 1, batch):
        group = pieces[start : start + batch]
        width = max(len(piece) for piece in group)
        ids = torch.zeros(batch, width, dtype=torch.long)
        mask = torch.zeros(batch, width, dtype=torch.long)
        for row, piece in enumerate(group):
            ids[row, : len(piece)] = torch.tensor(piece)
            mask[row, : len(piece)] = 1
        targets = torch.cat([ids[:, 1:], torch.full((batch, 1), IGNORE_INDEX)], dim=1)
        targets[torch.cat([mask[:, 1:], torch.zeros(batch, 1, dtype=torch.long)], dim=1) == 0] = IGNORE_INDEX
        yield ids, None, targets, mask


def bench_packing(documents: list[list[int]], runs: int, batch: int, seq_len: int) -> dict:
    useful = sum(len(document) for document in documents)
    torch.manual_seed(0)
    config = ModelConfig(
        **{**preset("tiny-starcoder2"), **PACKING_SHAPE, "sliding_window": None, "max_position_embeddings": seq_len}
    )
    model = CodeLM(config).train()
    layouts = {
        "packed": list(_packed_batches(documents, batch, seq_len)),
        "padded": list(_padded_batches(documents, batch, seq_len)),
    }
    real_tokens = {
        "packed": sum(int((b[1] >= 0).sum()) for b in layouts["packed"]),
        "padded": sum(int(b[3].sum()) for b in layouts["padded"]),
    }
    computed_tokens = {name: sum(b[0].numel() for b in batches) for name, batches in layouts.items()}

    def epoch(name):
        for ids, position_ids, targets, mask in layouts[name]:
            model(ids, position_ids=position_ids, attention_mask=mask, targets=targets).loss.backward()
            model.zero_grad(set_to_none=True)

    times = {"packed": [], "padded": []}
    for _ in range(runs):
        for name in times:
            times[name].append(_fwd_bwd_seconds(lambda: epoch(name)))
    result = {"seq_len": seq_len, "documents": len(documents), "document_tokens": useful}
    for name in times:
        seconds = statistics.median(times[name])
        result[name] = {
            "useful_tokens_s": real_tokens[name] / seconds,
            "pad_share": 1 - real_tokens[name] / computed_tokens[name],
            "seconds": seconds,
        }
    result["ratio"] = result["packed"]["useful_tokens_s"] / result["padded"]["useful_tokens_s"]
    print(
        f"packing at {seq_len} tokens, batch {batch}: {len(documents)} documents, {useful} tokens; packed "
        f"{result['packed']['useful_tokens_s']:.0f} useful tokens/s, padded "
        f"{result['padded']['useful_tokens_s']:.0f} useful tokens/s ({result['padded']['pad_share']:.0%} padding), "
        f"ratio {result['ratio']:.2f}",
        flush=True,
    )
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--threads", type=int, default=2, help="torch intra-op threads")
    parser.add_argument("--batch", type=int, default=4)
    parser.add_argument("--seq-len", type=int, default=512)
    parser.add_argument("--pack-seq-lens", default="1024,4096", help="row lengths of the packing comparison")
    parser.add_argument("--pack-tokens", type=int, default=131072, help="document tokens in the packing comparison")
    parser.add_argument("--skip-models", action="store_true", help="run the packing comparison only")
    args = parser.parse_args()
    configure_logging(quiet=True)
    torch.set_num_threads(args.threads)
    if not args.skip_models:
        bench_models(args.runs, args.batch, args.seq_len)
    with tempfile.TemporaryDirectory() as scratch:
        documents = _documents(Path(scratch), args.pack_tokens, seed=0)
    for seq_len in map(int, args.pack_seq_lens.split(",")):
        bench_packing(documents, args.runs, args.batch, seq_len)


if __name__ == "__main__":
    main()
