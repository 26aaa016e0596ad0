"""The training recipes at tiny scale on CPU: µP with the Power scheduler, cross-layer attention, depth
up-scaling and long-context stages.

    python benchmarks/bench_recipes.py [--only mup,cla,upscale,long-context] [--work work/bench-recipes]

Data: the running Python's standard library, ingested, a 2,048-token BPE trained on it, packed by
``codelm pack`` at 128 tokens (file context) and 256, 512 and 1,024 tokens (repository context), each
with a held-out split. Everything runs in this process on one torch thread (two threads on a shared
2-core machine oversubscribe it: 10x slower). Sections:

- ``mup``: the coordinate check (mean |activation| of the embeddings, each block and the logits
  after 4 AdamW steps at one learning rate, widths 64-1024, standard parametrization vs µP), then a
  sweep of the Power scheduler's ``a`` (lr = batch · a · tokens^-0.51, the rate's multiplier) at
  widths 64 and 256, held-out loss after 200 steps (mean of 2 seeds), with and without µP (base width 64). Plots in
  ``benchmarks/figures/``.
- ``cla``: the KV cache measured after a 1,024-token prompt for MHA/GQA/MQA × cla_share 1/2/4, and
  the held-out loss of GQA and MQA models with and without CLA2 after the same training.
- ``upscale``: a 4-layer model trained 400 steps with ``codelm train``; ``codelm upscale`` to 6
  layers; held-out loss of the original, the up-scaled model before and after 200 more steps, the
  original after the same 200 steps, and a 6-layer model trained from scratch for 600 steps.
- ``long-context``: that 4-layer model (256-token rows, RoPE θ 10^4) continued in two stages
  (512-token rows, then 1,024), with θ raised per stage (10^5, 10^6) or kept; held-out loss at
  1,024-token rows by position in the document.
"""

from __future__ import annotations

import argparse
import json
import math
import sysconfig
import time
from pathlib import Path

import torch
import yaml
from click.testing import CliRunner

from codelm.cli.main import cli
from codelm.pipeline.logs import configure_logging
from codelm.trainer.checkpoint import load_model
from codelm.trainer.config import OptimConfig, ScheduleConfig, load_run_config
from codelm.trainer.data import IGNORE_INDEX, MixtureSampler, TokenShards
from codelm.trainer.loop import parameter_groups, train
from codelm.trainer.model import CodeLM, ModelConfig
from codelm.trainer.mup import coordinate_check
from codelm.trainer.presets import preset
from codelm.trainer.schedules import learning_rate

FIGURES = Path(__file__).parent / "figures"
VOCAB = 2048
# Llama-shaped (Granite-3B/8B-code, PowerLM): RoPE, RMSNorm, SwiGLU.
LLAMA = {**preset("tiny-granite-8b-code"), "rope_theta": 10_000.0, "max_position_embeddings": 1024}


def _codelm(*args) -> str:
    result = CliRunner().invoke(cli, [str(arg) for arg in args], catch_exceptions=False)
    if result.exit_code != 0:
        raise SystemExit(result.output)
    return result.output


def prepare_data(work: Path) -> dict[str, Path]:
    """Token shards of the standard library at each length (stages skip what is already up to date)."""
    stdlib = Path(sysconfig.get_paths()["stdlib"])
    _codelm("ingest", stdlib, work / "ingested", "--quiet", "--workers", "1")
    _codelm("tokenizer", "train", work / "ingested", work / "tokenizer", "--vocab-size", VOCAB, "--max-bytes", "8MB")
    folders = {}
    for seq_len, context in ((128, "file"), (256, "repo"), (512, "repo"), (1024, "repo")):
        folder = work / f"packed-{seq_len}"
        _codelm("pack", work / "ingested", folder, "--tokenizer", work / "tokenizer", "--seq-len", seq_len,
                "--context", context, "--val-fraction", "0.02", "--quiet", "--workers", "1")  # fmt: skip
        folders[seq_len] = folder
    return folders


def held_out_loss(model, folder: Path, rows: int = 32, batch: int = 8) -> float:
    val = TokenShards(f"{folder}-val")
    total, count = 0.0, 0
    model.eval()
    with torch.no_grad():
        for start in range(0, min(rows, len(val)), batch):
            data = {k: torch.from_numpy(v) for k, v in val.get_batch(range(start, min(start + batch, rows))).items()}
            tokens = int((data["labels"] != IGNORE_INDEX).sum())
            total += (
                float(model(data["input_ids"], position_ids=data["position_ids"], targets=data["labels"]).loss)
                * tokens
            )
            count += tokens
    return total / count


# ---- µP ------------------------------------------------------------------------------------------------


def _mup_config(width: int, mup: bool) -> ModelConfig:
    shape = {"hidden_size": width, "num_layers": 2, "num_heads": 4, "num_key_value_heads": 4}
    return ModelConfig(
        **{**LLAMA, **shape, "intermediate_size": 2 * width, "vocab_size": VOCAB},
        **({"mup": {"base_width": 64}} if mup else {}),
    )


def coordinate_table(folder: Path, widths, steps: int = 4, lr: float = 1e-2) -> dict:
    sampler = MixtureSampler([TokenShards(folder)], [1.0], seed=0)
    batches = [sampler.batch(start, 8) for start in range(0, 8 * (steps + 1), 8)]
    table = {}
    for mup in (False, True):
        name = "mup" if mup else "standard"
        table[name] = {width: coordinate_check(_mup_config(width, mup), batches, lr, steps) for width in widths}
        for width, history in table[name].items():
            print(f"coord {name} width {width}: " + ", ".join(f"{k} {v:.3g}" for k, v in history[-1].items()))
    return table


def sweep_run(config: ModelConfig, folder: Path, power_a: float, steps: int, seed: int = 0, batch: int = 8) -> float:
    """Held-out loss after ``steps`` AdamW updates under the Power schedule with coefficient ``power_a``."""
    torch.manual_seed(seed)
    model = CodeLM(config).train()
    groups = parameter_groups(model, weight_decay=0.1)
    optimizer = torch.optim.AdamW(groups, lr=0.0, betas=(0.9, 0.95))
    sampler = MixtureSampler([TokenShards(folder)], [1.0], seed=seed)
    # Power scheduler (Shen et al. 2024): min(lr_max, batch * a * tokens^b); lr_max out of the way so that
    # a alone scales the rate; 10% decay tail to 0.
    schedule = ScheduleConfig(name="power", warmup_steps=20, power_a=power_a, power_lr_max=1.0, decay_fraction=0.1)
    optim = OptimConfig(min_lr=0.0)
    tokens_per_step = batch * sampler.sources[0].seq_len
    for step in range(steps):
        lr = learning_rate(step, steps, schedule, optim, tokens_per_step, batch)
        for group in groups:
            group["lr"] = lr * group.get("lr_scale", 1.0)
        data = sampler.batch(step * batch, batch)
        loss = model(data["input_ids"], position_ids=data["position_ids"], targets=data["labels"]).loss
        if not torch.isfinite(loss):
            return math.inf
        loss.backward()
        torch.nn.utils.clip_grad_norm_(model.parameters(), 1.0)
        optimizer.step()
        optimizer.zero_grad(set_to_none=True)
    return held_out_loss(model, folder)


def bench_mup(folders: dict, steps: int, seeds: int) -> dict:
    coordinates = coordinate_table(folders[128], (64, 128, 256, 512, 1024))
    grid = [2.0**power for power in range(-6, 1)]
    sweep, per_seed = {}, {}
    for mup in (False, True):
        name = "mup" if mup else "standard"
        for width in (64, 256):
            losses, runs = [], []
            for power_a in grid:
                start = time.perf_counter()
                runs.append(
                    [sweep_run(_mup_config(width, mup), folders[128], power_a, steps, seed) for seed in range(seeds)]
                )
                losses.append(sum(runs[-1]) / seeds)  # a diverged run (inf) makes its point inf
                seconds = time.perf_counter() - start
                print(f"sweep {name} width {width} a {power_a:g}: loss {runs[-1]} ({seconds:.0f} s)", flush=True)
            sweep[f"{name} {width}"], per_seed[f"{name} {width}"] = losses, runs
    best = {key: grid[min(range(len(grid)), key=losses.__getitem__)] for key, losses in sweep.items()}
    print("best a:", best)
    _plot_mup(coordinates, grid, sweep)
    return {"coordinates": coordinates, "grid": grid, "sweep": sweep, "per_seed": per_seed, "best_a": best}


def _plot_mup(coordinates: dict, grid: list[float], sweep: dict) -> None:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    FIGURES.mkdir(exist_ok=True)
    figure, axes = plt.subplots(1, 2, figsize=(10, 4), sharey=True)
    for axis, name in zip(axes, ("standard", "mup")):
        widths = sorted(coordinates[name])
        for layer in coordinates[name][widths[0]][-1]:
            axis.plot(widths, [coordinates[name][w][-1][layer] for w in widths], marker="o", label=layer)
        axis.set(
            xscale="log", yscale="log", xlabel="width", title=f"{'µP' if name == 'mup' else 'standard'}: after 4 steps"
        )
    axes[0].set_ylabel("mean |activation|")
    axes[1].legend()
    figure.tight_layout()
    figure.savefig(FIGURES / "mup_coordinate_check.png", dpi=100)
    figure, axes = plt.subplots(1, 2, figsize=(10, 4), sharey=True)
    for axis, name in zip(axes, ("standard", "mup")):
        for width in (64, 256):
            axis.plot(grid, sweep[f"{name} {width}"], marker="o", label=f"width {width}")
        axis.set_xscale("log", base=2)
        axis.set(xlabel="Power scheduler a", title="µP" if name == "mup" else "standard")
    axes[0].set_ylabel("held-out loss (mean of seeds)")
    axes[1].legend()
    figure.tight_layout()
    figure.savefig(FIGURES / "mup_lr_sweep.png", dpi=100)
    plt.close("all")


# ---- cross-layer attention ---------------------------------------------------------------------------


def bench_cla(folders: dict, steps: int) -> dict:
    shape = {"hidden_size": 512, "num_layers": 8, "num_heads": 8, "intermediate_size": 1024, "vocab_size": VOCAB}
    prompt = torch.randint(0, VOCAB, (1, 1024))
    cache_bytes = {}
    for kind, kv_heads in (("MHA", 8), ("GQA", 2), ("MQA", 1)):
        for share in (1, 2, 4):
            model = CodeLM(
                ModelConfig(**{**LLAMA, **shape, "num_key_value_heads": kv_heads, "cla_share": share})
            ).eval()
            with torch.no_grad():
                cache = model(prompt, use_cache=True).past_key_values
            cache_bytes[f"{kind} cla_share {share}"] = cache.num_bytes()
            print(f"cache {kind} cla_share {share}: {cache.num_bytes() / 2**20:.2f} MiB", flush=True)
    quality = {}
    small = {"hidden_size": 128, "num_layers": 4, "num_heads": 4, "intermediate_size": 256, "vocab_size": VOCAB}
    for kind, kv_heads in (("GQA", 2), ("MQA", 1)):
        for share in (1, 2):
            config = ModelConfig(**{**LLAMA, **small, "num_key_value_heads": kv_heads, "cla_share": share})
            loss = sweep_run(config, folders[128], power_a=0.25, steps=steps)
            quality[f"{kind} cla_share {share}"] = {"loss": loss, "parameters": config.num_parameters()}
            print(
                f"quality {kind} cla_share {share}: loss {loss:.4f}, {config.num_parameters()} parameters", flush=True
            )
    return {"cache_bytes": cache_bytes, "quality": quality}


# ---- depth up-scaling and long-context stages --------------------------------------------------------


def _train(work: Path, name: str, config: dict) -> dict:
    path = work / f"{name}.yaml"
    path.write_text(yaml.safe_dump(config))
    start = time.perf_counter()
    summary = train(load_run_config(path), show_progress=False)
    print(
        f"train {name}: {summary['steps']} steps, loss {summary['loss']:.4f} ({time.perf_counter() - start:.0f} s)",
        flush=True,
    )
    return summary


def _run_config(work: Path, name: str, data: Path, steps: int, seed: int = 0, **sections) -> dict:
    config = {
        "model": {},
        "data": {"train": str(data)},
        "train": {"output_dir": str(work / name), "micro_batch_size": 8, "max_steps": steps, "seed": seed,
                  "log_every": 50, "save_every": 10_000},
        "optim": {"lr": 3.0e-3, "min_lr": 3.0e-4},
        "schedule": {"name": "cosine", "warmup_steps": 20},
    }  # fmt: skip
    for section, values in sections.items():
        config[section] = {**config[section], **values} if isinstance(values, dict) else values
    return config


BASE_MODEL = {**LLAMA, "hidden_size": 128, "num_layers": 4, "num_heads": 4, "num_key_value_heads": 2,
              "intermediate_size": 256}  # fmt: skip


def bench_upscale(work: Path, folders: dict, steps: int) -> dict:
    runs = work / "runs"
    runs.mkdir(exist_ok=True)
    if not (runs / "base").is_dir():
        _train(runs, "base", _run_config(runs, "base", folders[256], 2 * steps, model=BASE_MODEL))
    losses = {"original": held_out_loss(load_model(runs / "base"), folders[256])}
    if not (runs / "up").is_dir():
        _codelm("upscale", runs / "base", runs / "up", "--method", "granite")
    losses["upscaled, before training"] = held_out_loss(load_model(runs / "up"), folders[256])
    continued = {"optim": {"lr": 1.0e-3, "min_lr": 1.0e-4}}
    for name, source in (("original-continued", "base"), ("upscaled-continued", "up")):
        if not (runs / name).is_dir():
            _train(
                runs,
                name,
                _run_config(
                    runs, name, folders[256], steps, seed=1, train={"init_from": str(runs / source)}, **continued
                ),
            )
        losses[f"{name.replace('-', ', ')} {steps} steps"] = held_out_loss(load_model(runs / name), folders[256])
    if not (runs / "scratch-6").is_dir():
        _train(
            runs,
            "scratch-6",
            _run_config(runs, "scratch-6", folders[256], 3 * steps, model={**BASE_MODEL, "num_layers": 6}),
        )
    losses[f"6 layers from scratch, {3 * steps} steps"] = held_out_loss(load_model(runs / "scratch-6"), folders[256])
    parameters = {name: load_model(runs / name).num_parameters() for name in ("base", "up")}
    for name, loss in losses.items():
        print(f"upscale {name}: {loss:.4f}")
    return {"held_out_loss": losses, "parameters": parameters}


def loss_by_position(model, folder: Path, buckets=(0, 256, 512, 1024), rows: int = 32, batch: int = 4) -> dict:
    """Held-out loss of the tokens whose position in their document falls in each bucket."""
    val = TokenShards(f"{folder}-val")
    sums, counts = [0.0] * (len(buckets) - 1), [0] * (len(buckets) - 1)
    with torch.no_grad():
        for start in range(0, min(rows, len(val)), batch):
            data = {k: torch.from_numpy(v) for k, v in val.get_batch(range(start, min(start + batch, rows))).items()}
            logits = model(data["input_ids"], position_ids=data["position_ids"]).logits
            losses = torch.nn.functional.cross_entropy(
                logits.flatten(0, 1), data["labels"].flatten(), ignore_index=IGNORE_INDEX, reduction="none"
            )
            positions, valid = data["position_ids"].flatten(), data["labels"].flatten() != IGNORE_INDEX
            for index, (low, high) in enumerate(zip(buckets[:-1], buckets[1:])):
                chosen = valid & (positions >= low) & (positions < high)
                sums[index] += float(losses[chosen].sum())
                counts[index] += int(chosen.sum())
    return {f"{low}-{high - 1}": s / c for low, high, s, c in zip(buckets[:-1], buckets[1:], sums, counts) if c}


def bench_long_context(work: Path, folders: dict, steps: int) -> dict:
    runs = work / "runs"
    results = {"base (256-token rows, θ 1e4)": loss_by_position(load_model(runs / "base"), folders[1024])}
    for name, thetas in (("stages, θ raised", (1.0e5, 1.0e6)), ("stages, θ kept", (None, None))):
        folder = "long-" + ("raised" if thetas[0] else "kept")
        stages = [
            {"max_steps": steps, "seq_len": 512, "data": str(folders[512]), "rope_theta": thetas[0]},
            {"max_steps": 2 * steps, "seq_len": 1024, "data": str(folders[1024]), "rope_theta": thetas[1]},
        ]
        config = _run_config(
            runs,
            folder,
            folders[256],
            2 * steps,
            seed=1,
            train={"init_from": str(runs / "base"), "micro_batch_size": 4},
            optim={"lr": 1.0e-3, "min_lr": 1.0e-4},
            stages=stages,
            model={"activation_checkpointing": True},
        )
        del config["train"]["max_steps"]
        if not (runs / folder).is_dir():
            _train(runs, folder, config)
        results[name] = loss_by_position(load_model(runs / folder), folders[1024])
    for name, buckets in results.items():
        print(f"long-context {name}: " + ", ".join(f"{k} {v:.4f}" for k, v in buckets.items()))
    return results


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--only", default="mup,cla,upscale,long-context", help="comma-separated sections")
    parser.add_argument("--work", type=Path, default=Path("work/bench-recipes"))
    parser.add_argument("--steps", type=int, default=200, help="training steps of a sweep run / CLA run / stage")
    parser.add_argument("--seeds", type=int, default=2, help="seeds (init and data order) per point of the sweep")
    args = parser.parse_args()
    configure_logging(quiet=True)
    torch.set_num_threads(1)
    args.work.mkdir(parents=True, exist_ok=True)
    folders = prepare_data(args.work)
    sections = set(args.only.split(","))
    results = {}
    if "mup" in sections:
        results["mup"] = bench_mup(folders, args.steps, args.seeds)
    if "cla" in sections:
        results["cla"] = bench_cla(folders, args.steps)
    if "upscale" in sections or "long-context" in sections:
        results["upscale"] = bench_upscale(args.work, folders, args.steps)
    if "long-context" in sections:
        results["long_context"] = bench_long_context(args.work, folders, args.steps // 2)
    out = args.work / f"results-{'-'.join(sorted(sections))}.json"
    out.write_text(json.dumps(results, indent=2, default=str) + "\n")
    print(f"results in {out}")


if __name__ == "__main__":
    main()
