"""The demo's chain end to end, reduced (a few standard-library packages, a small model, few steps).

Runs ``examples/demo-pipeline.yaml`` through ``codelm run`` exactly as ``make demo`` does, with
smaller variables; then checks every stage's product, that a second run has nothing to do, that the
example Makefile builds the same token shards, and that the report renders in a real browser.
"""

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import torch
import yaml

ROOT = Path(__file__).resolve().parents[1]
PIPELINE = ROOT / "examples" / "demo-pipeline.yaml"
PACKAGES = ("json", "email", "collections", "importlib")
CODELM = [str(Path(sys.executable).with_name("codelm"))]
ARTIFACTS = ROOT / "work" / "test-artifacts"
pytestmark = pytest.mark.slow


def _variables(tmp: Path, stdlib_dir: Path) -> dict:
    sources = tmp / "src"
    for package in PACKAGES:
        shutil.copytree(stdlib_dir / package, sources / package, ignore=shutil.ignore_patterns("__pycache__"))
    config = yaml.safe_load((ROOT / "examples" / "demo-train.yaml").read_text())
    config["model"].update(hidden_size=64, num_layers=2, num_heads=4, intermediate_size=128, sliding_window=128)
    config["train"].update(micro_batch_size=4, max_steps=12, log_every=2, eval_every=6, save_every=6)
    (tmp / "train.yaml").write_text(yaml.safe_dump(config))
    return {
        "work": str(tmp / "work"),
        "sources": str(sources),
        "train_config": str(tmp / "train.yaml"),
        "vocab_size": "1024",
        "seq_len": "256",
        "humaneval_limit": "6",
        "fim_limit": "2",
    }


def _run_pipeline(variables: dict) -> dict:
    arguments = [f"--var={name}={value}" for name, value in variables.items()]
    result = subprocess.run(
        [*CODELM, "run", str(PIPELINE), "--quiet", *arguments],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env={**os.environ, "DEMO_SRC": ""},
        timeout=1800,
        check=False,
    )
    assert result.returncode == 0, result.stderr[-3000:]
    return json.loads(result.stdout.strip().splitlines()[-1])


@pytest.fixture(scope="module")
def demo(tmp_path_factory, stdlib_dir):
    tmp = tmp_path_factory.mktemp("demo")
    variables = _variables(tmp, stdlib_dir)
    first = _run_pipeline(variables)
    return {"work": Path(variables["work"]), "variables": variables, "first": first, "tmp": tmp}


def test_every_stage_runs_and_leaves_its_product(demo):
    stages = [stage["stage"] for stage in demo["first"]["stages"]]
    assert stages == [
        "ingest",
        "redact",
        "dedup",
        "tokenizer train",
        "filter",
        "decontam",
        "pack",
        "train",
        "export",
        "eval ppl",
        "eval humaneval",
        "eval fim",
        "report",
    ]
    assert {stage["status"] for stage in demo["first"]["stages"]} == {"done"}
    work = demo["work"]
    for folder in ("ingested", "redacted", "deduped", "filtered", "decontaminated", "packed", "packed-val"):
        assert (work / folder / "_SUCCESS").exists(), folder
    assert (work / "run" / "checkpoint-12" / "model.safetensors").exists()
    assert (work / "run" / "loss.png").exists()
    humaneval = json.loads((work / "eval-humaneval.json").read_text())
    assert humaneval["problems"] == 6 and 0.0 <= humaneval["pass@1"] <= 1.0
    fim = json.loads((work / "eval-fim.json").read_text())
    assert fim["benchmark"] == "fim"
    ppl = json.loads((work / "eval-ppl.json").read_text())
    metrics = [json.loads(line) for line in (work / "run" / "metrics.jsonl").read_text().splitlines()]
    final_val_loss = [r["val_loss"] for r in metrics if "val_loss" in r][-1]
    assert abs(ppl["loss"] - final_val_loss) < 1e-3  # eval ppl measures what the trainer validated


def test_exported_model_gives_the_checkpoint_logits(demo):
    from transformers import AutoModelForCausalLM

    from codelm.trainer import load_model

    ids = torch.randint(0, 1024, (1, 40))
    with torch.no_grad():
        ours = load_model(demo["work"] / "run")(ids).logits
        theirs = AutoModelForCausalLM.from_pretrained(demo["work"] / "hf", local_files_only=True).eval()(ids).logits
    assert (ours - theirs).abs().max() <= 1e-4


def test_a_second_run_finds_everything_up_to_date(demo):
    again = _run_pipeline(demo["variables"])
    assert {stage["stage"]: stage["status"] for stage in again["stages"] if stage["status"] != "up to date"} == {
        "report": "done"  # the page is redrawn every time: it takes a second and has no inputs of its own
    }


def test_the_example_makefile_builds_the_same_token_shards(demo, tmp_path):
    variables = demo["variables"]
    codelm = Path(sys.executable).with_name("codelm")
    make = subprocess.run(
        [
            "make",
            "-f",
            str(ROOT / "examples" / "Makefile"),
            "data",
            f"CODELM={codelm}",
            f"SOURCES={variables['sources']}",
            f"WORK={tmp_path / 'work'}",
            f"VOCAB_SIZE={variables['vocab_size']}",
            f"SEQ_LEN={variables['seq_len']}",
        ],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=900,
        check=False,
    )
    assert make.returncode == 0, make.stderr[-3000:]
    for folder in ("packed", "packed-val"):
        ours = sorted((demo["work"] / folder).glob("part-*"))
        theirs = sorted((tmp_path / "work" / folder).glob("part-*"))
        assert [p.name for p in ours] == [p.name for p in theirs]
        assert all(a.read_bytes() == b.read_bytes() for a, b in zip(ours, theirs))


def test_report_renders_every_section_in_chromium(demo):
    chromium = shutil.which("chromium") or shutil.which("chromium-browser")
    if chromium is None:
        if os.environ.get("CI"):
            pytest.fail("CI must install Chromium (Debian package chromium) for the report test")
        pytest.skip("no Chromium on this machine (CI installs Debian's chromium)")
    from playwright.sync_api import sync_playwright

    report = demo["work"] / "report.html"
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    flags = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update"]
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=chromium, args=[*flags, "--disable-sync"])
        page = browser.new_page(viewport={"width": 1200, "height": 900})
        page.goto(report.as_uri())
        sections = page.evaluate("Array.from(document.querySelectorAll('section')).map(s => s.id)")
        images = page.evaluate("Array.from(document.images).map(i => i.complete && i.naturalWidth > 100)")
        headings = page.evaluate("Array.from(document.querySelectorAll('h2')).map(h => h.textContent)")
        page.screenshot(path=str(ARTIFACTS / "report.png"), full_page=True)
        browser.close()
    assert sections == ["funnel", "pii", "dedup", "filter", "tokens", "training", "eval"]
    assert len(images) >= 6 and all(images)
    assert len(headings) == len(sections)
    assert (ARTIFACTS / "report.png").stat().st_size > 50_000
