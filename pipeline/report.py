"""``codelm report``: one self-contained HTML page about a pipeline run, read at a glance.

It reads only what the commands already wrote: each stage folder's ``manifest.json`` and
``stats.json``, a training run folder's ``config.yaml`` and ``metrics.jsonl``, and the JSON
summaries of ``codelm eval --out``. Folders are found under the paths given (any depth), so
``codelm report work/demo`` covers a whole demo. Charts are drawn with matplotlib and embedded as
PNG data, so the page needs nothing beside it.
"""

from __future__ import annotations

import base64
import datetime
import html
import io
import json
from dataclasses import dataclass, field
from pathlib import Path

from codelm.pipeline.errors import UsageProblem

# The order of the chain; a stage folder is recognised by the command its manifest names.
STAGE_ORDER = ("ingest", "redact", "dedup", "filter", "decontam", "pack")
SECTIONS = ("funnel", "pii", "dedup", "filter", "tokens", "training", "eval")
# Marks the pages codelm wrote: an existing file without it is never overwritten.
GENERATOR_TAG = '<meta name="generator" content="codelm report">'


@dataclass
class StageFolder:
    command: str
    path: Path
    stats: dict
    manifest: dict


@dataclass
class Findings:
    stages: list[StageFolder] = field(default_factory=list)
    runs: list[Path] = field(default_factory=list)
    evals: list[tuple[Path, dict]] = field(default_factory=list)


def _read_json(path: Path):
    try:
        return json.loads(path.read_text())
    except (OSError, ValueError):
        return None


def discover(paths: list[str | Path]) -> Findings:
    """Stage folders, training runs and eval summaries under ``paths``."""
    findings = Findings()
    seen = set()
    for root in map(Path, paths):
        if not root.exists():
            raise UsageProblem(f"{root} does not exist")
        candidates = [root] if root.is_file() else [root, *sorted(p for p in root.rglob("*") if p.is_dir())]
        for candidate in candidates:
            resolved = candidate.resolve()
            if resolved in seen:
                continue
            seen.add(resolved)
            if candidate.is_file():
                summary = _read_json(candidate)
                if isinstance(summary, dict) and "benchmark" in summary:
                    findings.evals.append((candidate, summary))
                continue
            if candidate.name.startswith(("checkpoint-", ".")) or ".codelm-work" in candidate.parts:
                continue
            manifest, stats = _read_json(candidate / "manifest.json"), _read_json(candidate / "stats.json")
            if isinstance(manifest, dict) and isinstance(stats, dict) and (candidate / "_SUCCESS").exists():
                findings.stages.append(StageFolder(str(manifest.get("command", "")), candidate, stats, manifest))
            if (candidate / "metrics.jsonl").is_file() and (candidate / "config.yaml").is_file():
                findings.runs.append(candidate)
            for summary_file in sorted(candidate.glob("*.json")):
                summary = _read_json(summary_file)
                if isinstance(summary, dict) and "benchmark" in summary and summary_file.resolve() not in seen:
                    seen.add(summary_file.resolve())
                    findings.evals.append((summary_file, summary))
    main_outputs = [stage for stage in findings.stages if _is_main_output(stage) and stage.command in STAGE_ORDER]
    findings.stages = sorted(
        main_outputs,
        key=lambda s: (STAGE_ORDER.index(s.command) if s.command in STAGE_ORDER else len(STAGE_ORDER), str(s.path)),
    )
    return findings


def _is_main_output(stage: StageFolder) -> bool:
    """Side folders (--rejected-out, --clusters-out, -val) share their run's stats; count the main one only."""
    outputs = (stage.manifest.get("run") or {}).get("outputs") or {}
    main = outputs.get("OUTPUT")
    return main is None or Path(main).resolve() == stage.path.resolve()


# ---- charts -----------------------------------------------------------------------------------------


def _figure(width: float = 7.5, height: float = 3.2):
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    figure, axis = plt.subplots(figsize=(width, height))
    return plt, figure, axis


def _embed(plt, figure, alt: str) -> str:
    buffer = io.BytesIO()
    figure.tight_layout()
    figure.savefig(buffer, format="png", dpi=110)
    plt.close(figure)
    data = base64.b64encode(buffer.getvalue()).decode()
    return f'<img class="chart" alt="{html.escape(alt)}" src="data:image/png;base64,{data}">'


def _bar_chart(labels: list[str], values: list[float], title: str, xlabel: str = "", log: bool = False) -> str:
    plt, figure, axis = _figure(7.5, max(2.2, 0.32 * len(labels) + 1.0))
    positions = list(range(len(labels)))[::-1]
    axis.barh(positions, values, color="#3b75af")
    axis.set_yticks(positions, labels)
    axis.set_title(title, fontsize=11)
    axis.set_xlabel(xlabel)
    if log:
        axis.set_xscale("log")
    for position, value in zip(positions, values):
        axis.text(value, position, f" {value:,.0f}", va="center", fontsize=8)
    axis.grid(axis="x", alpha=0.3)
    return _embed(plt, figure, title)


def _table(header: list[str], rows: list[list]) -> str:
    head = "".join(f"<th>{html.escape(str(cell))}</th>" for cell in header)
    body = "".join(
        "<tr>" + "".join(f"<td>{html.escape(_format(cell))}</td>" for cell in row) + "</tr>" for row in rows
    )
    return f"<table><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"


def _format(value) -> str:
    if isinstance(value, float):
        return f"{value:,.4g}" if abs(value) < 1000 else f"{value:,.0f}"
    if isinstance(value, int):
        return f"{value:,}"
    return "" if value is None else str(value)


# ---- sections ---------------------------------------------------------------------------------------


def _drops(stats: dict) -> dict[str, int]:
    drops = dict(stats.get("dropped") or {})
    return {reason: count for reason, count in drops.items() if isinstance(count, (int, float))}


def funnel_section(stages: list[StageFolder]) -> str:
    if not stages:
        return ""
    rows, labels, documents = [], [], []
    for stage in stages:
        stats = stage.stats
        docs_out = stats.get("docs_out", stats.get("sequences"))
        bytes_out = stats.get("bytes_out")
        reasons = ", ".join(f"{reason} {count:,}" for reason, count in sorted(_drops(stats).items()))
        rows.append([stage.command, stage.path.name, stats.get("docs_in"), docs_out, bytes_out, reasons])
        if stage.command != "pack" and docs_out is not None:
            labels.append(f"{stage.command} ({stage.path.name})")
            documents.append(docs_out)
    first = stages[0].stats
    if first.get("docs_in") is not None:
        labels.insert(0, "input files")
        documents.insert(0, first["docs_in"])
    chart = _bar_chart(labels, documents, "Documents left after each stage", "documents")
    table = _table(["stage", "folder", "documents in", "documents out", "bytes out", "dropped (reason count)"], rows)
    return _section("funnel", "Funnel: documents and bytes through every stage", chart + table)


def pii_section(stages: list[StageFolder]) -> str:
    redact = [stage for stage in stages if stage.command == "redact"]
    if not redact:
        return ""
    stats = redact[-1].stats
    tags = stats.get("pii") or {}
    detectors = stats.get("pii_detectors") or {}
    body = f"<p>{stats.get('docs_with_pii', 0):,} of {stats.get('docs_in', 0):,} documents held PII.</p>"
    if tags:
        body += _bar_chart(list(tags), list(tags.values()), "Redacted spans by type", "spans")
    if detectors:
        body += _table(["detector", "spans"], sorted(detectors.items(), key=lambda item: -item[1]))
    return _section("pii", "PII redacted, by type", body)


def _size_key(label: str) -> int:
    return int(str(label).split("-")[0].rstrip("+"))


def dedup_section(stages: list[StageFolder]) -> str:
    dedup = [stage for stage in stages if stage.command == "dedup"]
    if not dedup:
        return ""
    stats = dedup[-1].stats
    sizes = stats.get("cluster_sizes") or {}
    body = (
        f"<p>{stats.get('clusters', 0):,} clusters; dropped {_format(_drops(stats).get('exact_duplicate', 0))} exact "
        f"and {_format(_drops(stats).get('near_duplicate', 0))} near duplicates.</p>"
    )
    if sizes:
        ordered = sorted(sizes.items(), key=lambda item: _size_key(item[0]))
        plt, figure, axis = _figure()
        axis.bar([label for label, _ in ordered], [count for _, count in ordered], color="#3b75af")
        axis.set_xlabel("documents in the cluster")
        axis.set_ylabel("clusters")
        axis.set_title("Duplicate-cluster sizes", fontsize=11)
        axis.grid(axis="y", alpha=0.3)
        body += _embed(plt, figure, "Duplicate-cluster sizes")
    return _section("dedup", "Near-duplicate clusters", body)


def filter_section(stages: list[StageFolder]) -> str:
    filters = [stage for stage in stages if stage.command == "filter"]
    if not filters:
        return ""
    stage = filters[-1]
    stats, parameters = stage.stats, stage.manifest.get("parameters") or {}
    body = ""
    reasons = stats.get("drop_reasons") or {}
    flat = {f"{name}: {reason}": count for name, by_reason in reasons.items() for reason, count in by_reason.items()}
    if flat:
        ordered = sorted(flat.items(), key=lambda item: -item[1])
        body += _bar_chart([k for k, _ in ordered], [v for _, v in ordered], "Files dropped, by filter and reason")
    for metric, bins in sorted((stats.get("histograms") or {}).items()):
        body += _histogram(metric, bins, _thresholds(metric, parameters))
    settings = {key: parameters[key] for key in sorted(parameters) if key.startswith(("max_", "min_", "mean_"))}
    if settings:
        body += _table(["threshold", "value"], list(settings.items()))
    return _section("filter", "Quality filters: metric distributions and thresholds", body)


# Which filter parameters are thresholds on which metric (the filters' option names).
METRIC_THRESHOLDS = {
    "max_line_length": ("max_line_length",),
    "mean_line_length": ("mean_line_length",),
    "alnum_fraction": ("min_alnum_fraction",),
    "alpha_fraction": ("min_alpha_fraction",),
    "comment_ratio": ("min_comment_ratio", "max_comment_ratio"),
    "chars_per_token": ("fertility_thresholds",),
    "visible_text_ratio": ("html_min_ratio",),
    "visible_text_chars": ("html_min_chars",),
    "num_chars": ("json_yaml_min_chars", "json_yaml_max_chars"),
    "size_bytes": ("min_size", "max_size"),
}


def _thresholds(metric: str, parameters: dict) -> list[float]:
    values = []
    for name in METRIC_THRESHOLDS.get(metric, ()):
        value = parameters.get(name)
        values.extend(value.values() if isinstance(value, dict) else [value] if value is not None else [])
    return [float(v) for v in values if isinstance(v, (int, float))]


def _histogram(metric: str, bins: dict, thresholds: list[float]) -> str:
    from codelm.pipeline.filters.base import is_fraction_metric, metric_bin_right

    lefts = sorted((float(edge), count) for edge, count in bins.items())
    if not lefts:
        return ""
    log_scale = not is_fraction_metric(metric)
    plt, figure, axis = _figure(7.5, 2.6)
    for left, count in lefts:
        right = metric_bin_right(metric, left)
        start = left if left > 0 or not log_scale else right / 2
        axis.bar(start, count, width=right - start, align="edge", color="#7fa6cf", edgecolor="#3b75af")
    for threshold in thresholds:
        if threshold > 0 or not log_scale:
            axis.axvline(threshold, color="#c0392b", linestyle="--", linewidth=1.5)
    if log_scale:
        axis.set_xscale("log")
    axis.set_title(f"{metric}: files examined by the filter (dashed: thresholds)", fontsize=10)
    axis.set_ylabel("files")
    axis.grid(axis="y", alpha=0.3)
    return _embed(plt, figure, f"{metric} distribution")


def tokens_section(stages: list[StageFolder]) -> str:
    packs = [stage for stage in stages if stage.command == "pack"]
    if not packs:
        return ""
    stats = packs[-1].stats
    languages = stats.get("languages") or {}
    ordered = sorted(((lang, info.get("tokens", 0)) for lang, info in languages.items()), key=lambda item: -item[1])
    shown = ordered[:15]
    if len(ordered) > 15:
        shown.append(("other", sum(count for _, count in ordered[15:])))
    body = (
        f"<p>{_format(stats.get('tokens'))} tokens in {_format(stats.get('sequences'))} training sequences "
        f"({_format(stats.get('sequences_val', 0))} for validation).</p>"
    )
    if shown:
        body += _bar_chart([k for k, _ in shown], [v for _, v in shown], "Training tokens per language", log=True)
    return _section("tokens", "Tokens per language", body)


def training_section(runs: list[Path]) -> str:
    if not runs:
        return ""
    body = ""
    for run in runs:
        records = [json.loads(line) for line in (run / "metrics.jsonl").read_text().splitlines() if line.strip()]
        train = [r for r in records if "loss" in r]
        val = [r for r in records if r.get("val_loss") is not None]
        if not train:
            continue
        plt, figure, (loss_axis, lr_axis) = _subplots_pair()
        loss_axis.plot([r["step"] for r in train], [r["loss"] for r in train], label="train")
        if val:
            loss_axis.plot([r["step"] for r in val], [r["val_loss"] for r in val], "o-", label="validation")
        for reference in (r["unigram_entropy"] for r in records if r.get("unigram_entropy") is not None):
            loss_axis.axhline(reference, color="grey", linestyle="--", label="unigram entropy of the data")
        loss_axis.set_xlabel("step")
        loss_axis.set_ylabel("loss (nats/token)")
        loss_axis.legend()
        loss_axis.grid(alpha=0.3)
        lr_axis.plot([r["step"] for r in train], [r["lr"] for r in train], color="tab:green")
        lr_axis.set_xlabel("step")
        lr_axis.set_ylabel("learning rate")
        lr_axis.grid(alpha=0.3)
        body += f"<h3>{html.escape(str(run))}</h3>" + _embed(plt, figure, f"loss and learning rate of {run}")
        last = train[-1]
        rows = [
            ["steps", last["step"]],
            ["final training loss", last["loss"]],
            ["final validation loss", val[-1]["val_loss"] if val else None],
            ["tokens seen", last.get("tokens_seen")],
            ["tokens/s (last logged)", last.get("tokens_per_s")],
        ]
        body += _table(["", ""], rows)
    return _section("training", "Training: loss and learning rate", body)


def _subplots_pair():
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    figure, axes = plt.subplots(1, 2, figsize=(10, 3.2))
    return plt, figure, axes


def _score_rows(summary: dict) -> list[list]:
    rows = []
    for key, value in sorted(summary.items()):
        if isinstance(value, (int, float)) and not isinstance(value, bool) and key != "timings_s":
            if any(word in key for word in ("pass@", "exact_match", "perplexity", "loss", "accuracy", "score")):
                rows.append([summary.get("benchmark"), key, value])
        elif isinstance(value, dict) and key in ("exact_match", "perplexity", "per_language"):
            for inner, number in sorted(value.items()):
                if isinstance(number, (int, float)):
                    rows.append([summary.get("benchmark"), f"{key}.{inner}", number])
    return rows


def eval_section(evals: list[tuple[Path, dict]]) -> str:
    rows = []
    for path, summary in evals:
        for row in _score_rows(summary):
            rows.append([*row, path.name])
    if not rows:
        return ""
    return _section("eval", "Evaluation scores", _table(["benchmark", "metric", "value", "file"], rows))


def _section(identifier: str, title: str, body: str) -> str:
    return f'<section id="{identifier}"><h2>{html.escape(title)}</h2>{body}</section>'


STYLE = """
body { font-family: -apple-system, "Segoe UI", Helvetica, Arial, sans-serif; margin: 2em auto; max-width: 1100px;
       color: #222; }
h1 { margin-bottom: 0.2em; } h2 { border-bottom: 1px solid #ddd; padding-bottom: 0.2em; margin-top: 1.8em; }
table { border-collapse: collapse; margin: 0.8em 0; font-size: 0.9em; }
th, td { border: 1px solid #ddd; padding: 0.3em 0.6em; text-align: left; }
th { background: #f4f6f8; } td:nth-child(n+3) { font-variant-numeric: tabular-nums; }
img.chart { display: block; max-width: 100%; margin: 0.6em 0; }
nav a { margin-right: 1em; } .meta { color: #666; font-size: 0.9em; }
"""


def build_report(paths: list[str | Path], title: str = "codelm report") -> tuple[str, dict]:
    """The HTML page for ``paths`` and a summary of what it shows."""
    findings = discover(paths)
    sections = {
        "funnel": funnel_section(findings.stages),
        "pii": pii_section(findings.stages),
        "dedup": dedup_section(findings.stages),
        "filter": filter_section(findings.stages),
        "tokens": tokens_section(findings.stages),
        "training": training_section(findings.runs),
        "eval": eval_section(findings.evals),
    }
    present = [name for name in SECTIONS if sections[name]]
    if not present:
        raise UsageProblem(f"nothing to report under {', '.join(map(str, paths))}: no finished codelm folders or runs")
    navigation = "".join(f'<a href="#{name}">{name}</a>' for name in present)
    created = datetime.datetime.now().isoformat(timespec="seconds")
    page = (
        f"<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'>{GENERATOR_TAG}"
        f"<title>{html.escape(title)}</title>"
        f"<style>{STYLE}</style></head><body><h1>{html.escape(title)}</h1>"
        f"<p class='meta'>{html.escape(', '.join(map(str, paths)))} · {created}</p><nav>{navigation}</nav>"
        + "".join(sections[name] for name in present)
        + "</body></html>"
    )
    summary = {
        "sections": present,
        "stages": [f"{stage.command}:{stage.path}" for stage in findings.stages],
        "runs": [str(run) for run in findings.runs],
        "evals": [str(path) for path, _ in findings.evals],
    }
    return page, summary


def write_report(paths: list[str | Path], output: str | Path, title: str = "codelm report") -> dict:
    output = Path(output)
    if output.is_dir():
        raise UsageProblem(f"{output} is a folder; --out takes the HTML file to write")
    if output.exists() and GENERATOR_TAG not in output.read_text(errors="replace")[:4096]:
        raise UsageProblem(f"{output} exists and is not a codelm report; choose another --out")
    page, summary = build_report(paths, title)
    output.parent.mkdir(parents=True, exist_ok=True)
    temporary = output.with_name(f".{output.name}.tmp")
    temporary.write_text(page)
    temporary.replace(output)
    return {"output": str(output), "bytes": len(page), **summary}
