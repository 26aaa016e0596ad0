"""Real processes: one writer per output folder, and workers that end with the run that started them."""

from __future__ import annotations

import os
import re
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from codelm.pipeline.shard_folder import LOCK, WORK_DIR, verify_folder

CODELM = str(Path(sys.executable).parent / "codelm")


def _children() -> dict[int, list[int]]:
    """Every process's children, from /proc."""
    children: dict[int, list[int]] = {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            stat = Path(f"/proc/{entry}/stat").read_text()
        except OSError:
            continue
        # The command name (field 2) may hold spaces and parentheses; the parent pid follows the last ")".
        parent = int(stat.rsplit(")", 1)[1].split()[1])
        children.setdefault(parent, []).append(int(entry))
    return children


def _descendants(pid: int) -> set[int]:
    tree = _children()
    found, pending = set(), [pid]
    while pending:
        for child in tree.get(pending.pop(), []):
            found.add(child)
            pending.append(child)
    return found


def _alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"


@pytest.mark.slow
def test_two_runs_into_one_output_give_one_success_and_one_clear_refusal(stdlib_dir, tmp_path):
    out = tmp_path / "out"
    command = [CODELM, "ingest", str(stdlib_dir), str(out), "--workers", "1", "--shard-size", "1MB"]
    runs = [subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True) for _ in range(2)]
    results = [(run.pid, run.wait(timeout=600), *run.communicate()) for run in runs]
    winners = [result for result in results if result[1] == 0]
    losers = [result for result in results if result[1] != 0]
    assert len(winners) == 1 and len(losers) == 1, results
    (winner_pid, *_), (_, code, _, error) = winners[0], losers[0]
    assert code == 1
    assert f"{out} is being written by codelm pid {winner_pid}" in error
    assert "Traceback" not in error and len(error.strip().splitlines()) == 1
    assert verify_folder(out)["rows"] > 1000


@pytest.mark.slow
def test_workers_end_when_the_run_is_killed(stdlib_dir, tmp_path):
    out = tmp_path / "out"
    command = [CODELM, "ingest", str(stdlib_dir), str(out), "--workers", "2", "--shard-size", "64KB"]
    run = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    done = out / WORK_DIR / "done" / "ingest"
    deadline = time.time() + 120
    # Wait until workers have finished a few tasks, so the pool is surely up.
    while run.poll() is None and time.time() < deadline and len(list(done.glob("*.json"))) < 3:
        time.sleep(0.01)
    family = _descendants(run.pid)
    run.send_signal(signal.SIGKILL)
    run.wait()
    assert run.returncode == -signal.SIGKILL, "the run ended before it could be killed"
    assert len(family) >= 2, "expected a fork server and workers under the run"
    deadline = time.time() + 30
    while time.time() < deadline and any(_alive(pid) for pid in family):
        time.sleep(0.1)
    assert not [pid for pid in family if _alive(pid)]
    # The kernel freed the dead run's lock: the next run takes it, resumes and finishes.
    assert re.fullmatch(rf"{run.pid}\n", (out / LOCK).read_text())
    subprocess.run(command, check=True, capture_output=True)
    assert verify_folder(out)["rows"] > 1000
