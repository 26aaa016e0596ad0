"""The four code folders install under the codelm namespace and nowhere else."""

import configparser
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
CODE_FOLDERS = {
    "cli": "codelm.cli",
    "pipeline": "codelm.pipeline",
    "trainer": "codelm.trainer",
    "kernels": "codelm.kernels",
}


def _listed_packages() -> set[str]:
    parser = configparser.ConfigParser()
    parser.read(ROOT / "setup.cfg")
    return {line.strip() for line in parser.get("options", "packages").splitlines() if line.strip()}


def test_every_package_folder_is_listed_in_setup_cfg():
    expected = set()
    for folder, package in CODE_FOLDERS.items():
        for init in (ROOT / folder).rglob("__init__.py"):
            relative = init.parent.relative_to(ROOT / folder)
            expected.add(".".join([package, *relative.parts]))
    assert expected == _listed_packages()


def test_no_generic_top_level_module_is_importable(tmp_path):
    probe = (
        "import importlib.util, pathlib, sys\n"
        "for name in ('cli', 'pipeline', 'trainer', 'kernels'):\n"
        "    spec = importlib.util.find_spec(name)\n"
        # Another distribution may own the name (transformers installs `kernels`): only the checkout's folder counts.
        "    folder = pathlib.Path(spec.origin).parent if spec is not None and spec.origin else None\n"
        "    if folder == pathlib.Path(sys.argv[1], name): print(name)\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", probe, str(ROOT)], cwd=tmp_path, capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == ""


@pytest.mark.slow
def test_regular_install_lays_out_the_codelm_namespace(tmp_path):
    target = tmp_path / "site"
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "install",
            "--quiet",
            "--no-deps",
            "--no-build-isolation",
            "--target",
            str(target),
            str(ROOT),
        ],
        check=True,
        cwd=tmp_path,
    )
    top_level = {path.name for path in target.iterdir() if not path.name.endswith((".dist-info", ".egg-info"))}
    assert "codelm" in top_level
    assert not top_level & set(CODE_FOLDERS), top_level
    for package in _listed_packages():
        assert (target / Path(*package.split(".")) / "__init__.py").exists(), package
    version = subprocess.run(
        [sys.executable, "-c", "import codelm.cli.main, codelm.pipeline.ingest; print('ok')"],
        env={"PYTHONPATH": str(target), "PATH": "/usr/bin:/bin"},
        cwd=tmp_path,
        capture_output=True,
        text=True,
    )
    assert version.stdout.strip() == "ok", version.stderr
