"""The sandbox against hostile programs: none succeeds, none outlives its timeout, nothing is left running.

Every attack is checked from outside (the victim file's content, the listener's queue, the process
table), not only by the verdict the program got.
"""

from __future__ import annotations

import json
import os
import select
import shutil
import signal
import socket
import subprocess
import tempfile
import time
from pathlib import Path

import pytest

from codelm.trainer.eval.sandbox import WORKER_SCRIPT, Sandbox, SandboxConfig

TIMEOUT_S = 1.0
# A verdict may take the timeout plus forking, killing and reaping; a stalled harness would take far longer.
PROMPT_S = TIMEOUT_S + 2.0
LIMITS = SandboxConfig(timeout_s=TIMEOUT_S, workers=2, memory_bytes=1 << 30)


@pytest.fixture(scope="module")
def sandbox():
    with Sandbox(LIMITS) as box:
        yield box


@pytest.fixture
def open_folder():
    """A folder (and a file in it) anyone may write: only the sandbox, not file permissions, protects them."""
    folder = Path(tempfile.mkdtemp(prefix="codelm-victim-", dir="/tmp"))
    folder.chmod(0o777)
    victim = folder / "victim.txt"
    victim.write_text("precious")
    victim.chmod(0o666)
    yield folder
    shutil.rmtree(folder)


@pytest.fixture
def worker_copy():
    """The worker script where the user nobody can read it: a checkout may sit in a folder only its owner opens
    (``mktemp -d`` makes them 0700)."""
    folder = Path(tempfile.mkdtemp(prefix="codelm-worker-", dir="/tmp"))
    folder.chmod(0o755)
    script = folder / WORKER_SCRIPT.name
    shutil.copyfile(WORKER_SCRIPT, script)
    script.chmod(0o644)
    yield script
    shutil.rmtree(folder)


@pytest.fixture
def listener():
    server = socket.socket()
    server.bind(("127.0.0.1", 0))
    server.listen(8)
    server.setblocking(False)
    yield server
    server.close()


def _connections_waiting(server: socket.socket) -> int:
    count = 0
    while True:
        try:
            connection, _ = server.accept()
        except BlockingIOError:
            return count
        connection.close()
        count += 1


def _programs_left_running() -> list[int]:
    """Processes below this test process other than its own children (the sandbox workers)."""
    parents = {}
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                stat = Path(f"/proc/{entry}/stat").read_text()
            except OSError:
                continue
            parents[int(entry)] = int(stat.rsplit(")", 1)[1].split()[1])
    children = {pid for pid, parent in parents.items() if parent == os.getpid()}
    below, frontier = set(), set(children)
    while frontier:
        frontier = {pid for pid, parent in parents.items() if parent in frontier} - below
        below |= frontier
    return sorted(below)


def _run(sandbox, program: str):
    start = time.monotonic()
    result = sandbox.run(program)
    assert time.monotonic() - start < PROMPT_S, "the harness waited past the program's timeout"
    assert not _programs_left_running()
    return result


def test_verdicts(sandbox):
    assert _run(sandbox, "assert sum([1, 2]) == 3").status == "passed"
    failed = _run(sandbox, "assert 1 == 2, 'wrong answer'")
    assert (failed.status, failed.detail) == ("failed", "AssertionError: wrong answer")
    assert _run(sandbox, "raise SystemExit(0)").status == "failed"
    # Leaving before the tests ran is no pass, whatever the exit code.
    exited = _run(sandbox, "import os\nos._exit(0)")
    assert exited.status == "failed" and "before the tests finished" in exited.detail
    assert _run(sandbox, "import time\ntime.sleep(60)").status == "timed out"


def test_writing_outside_the_sandbox_fails(sandbox, tmp_path, open_folder):
    for target in (tmp_path / "escaped.txt", open_folder / "escaped.txt", open_folder / "victim.txt"):
        result = _run(sandbox, f"with open({str(target)!r}, 'w') as handle:\n    handle.write('escaped')")
        assert result.status == "failed", target
    assert not (tmp_path / "escaped.txt").exists() and not (open_folder / "escaped.txt").exists()
    assert (open_folder / "victim.txt").read_text() == "precious"


def test_deleting_outside_the_sandbox_fails(sandbox, tmp_path, open_folder):
    victim = tmp_path / "victim.txt"
    victim.write_text("precious")
    for program in (
        f"import os\nos.remove({str(victim)!r})",
        f"import os\nos.remove({str(open_folder / 'victim.txt')!r})",
        f"import shutil\nshutil.rmtree({str(open_folder)!r})",
    ):
        assert _run(sandbox, program).status == "failed", program
    assert victim.read_text() == "precious"
    assert (open_folder / "victim.txt").read_text() == "precious"


def test_its_own_folder_is_writable_and_private(sandbox):
    program = (
        "import tempfile\n"
        "with open('scratch.txt', 'w') as handle:\n    handle.write('mine')\n"
        "assert open('scratch.txt').read() == 'mine'\n"
        "with tempfile.NamedTemporaryFile() as handle:\n    handle.write(b'temporary')\n"
    )
    assert _run(sandbox, program).status == "passed"
    # The next program starts in a fresh folder.
    assert _run(sandbox, "import os\nassert not os.path.exists('scratch.txt')").status == "passed"


def test_an_infinite_loop_is_killed_at_the_timeout(sandbox):
    result = _run(sandbox, "while True:\n    pass")
    assert result.status == "timed out"
    assert TIMEOUT_S <= result.duration_s < PROMPT_S


def test_flooding_output_goes_nowhere(sandbox):
    assert _run(sandbox, "while True:\n    print('x' * 65536)").status == "timed out"


def test_a_fork_bomb_is_contained_and_cleaned_up(sandbox):
    bomb = "import os\nwhile True:\n    try:\n        os.fork()\n    except OSError:\n        pass\n"
    assert _run(sandbox, bomb).status in ("timed out", "failed")
    # Processes that left the process group and the program's parent are gone too.
    escape = "import os, time\nif os.fork() == 0:\n    os.setsid()\n    if os.fork() == 0:\n        time.sleep(60)\n"
    assert _run(sandbox, escape).status == "passed"
    assert _run(sandbox, "assert True").status == "passed"


def test_allocating_50_gb_fails(sandbox):
    result = _run(sandbox, "data = bytearray(50 * 1024 ** 3)")
    assert result.status == "failed" and "MemoryError" in result.detail
    # Address space that is reserved but never touched counts too, so this fails fast, at the limit.
    growing = "import mmap\nmaps = []\nwhile True:\n    maps.append(mmap.mmap(-1, 256 * 1024 ** 2))"
    assert "Cannot allocate memory" in _run(sandbox, growing).detail


def test_no_connection_reaches_a_local_listener(sandbox, listener):
    port = listener.getsockname()[1]
    program = f"import socket\nsocket.create_connection(('127.0.0.1', {port}), timeout=0.5).sendall(b'escaped')"
    assert _run(sandbox, program).status == "failed"
    assert _connections_waiting(listener) == 0


@pytest.mark.parametrize("where", ["open folder", "/run"])
def test_no_connection_reaches_a_local_unix_socket(sandbox, open_folder, where):
    folder = open_folder if where == "open folder" else Path("/run")
    if not os.access(folder, os.W_OK):
        pytest.skip(f"cannot create a socket in {folder}")
    path = folder / f"codelm-sandbox-test-{os.getpid()}.sock"
    server = socket.socket(socket.AF_UNIX)
    try:
        server.bind(str(path))
        path.chmod(0o777)  # anyone may connect: only the sandbox stands in the way
        server.listen(8)
        server.setblocking(False)
        program = f"import socket\nclient = socket.socket(socket.AF_UNIX)\nclient.connect({str(path)!r})"
        assert _run(sandbox, program).status == "failed"
        assert _connections_waiting(server) == 0
    finally:
        server.close()
        path.unlink(missing_ok=True)


def test_shared_memory_dies_with_the_program():
    """SysV segments outlive the process that made them unless its IPC namespace dies with it."""
    create = (
        "import ctypes\nlibc = ctypes.CDLL(None)\n"
        "assert libc.shmget(0x434F444C, ctypes.c_size_t(1 << 20), 0o1666) >= 0"  # IPC_CREAT | 0666
    )
    find = "import ctypes\nassert ctypes.CDLL(None).shmget(0x434F444C, ctypes.c_size_t(0), 0) == -1"
    with Sandbox(SandboxConfig(timeout_s=TIMEOUT_S, workers=1)) as box:  # one worker: both programs share it
        if box.isolation != "namespaces":
            pytest.skip("without namespaces a program's SysV shared memory outlives it (a documented limit)")
        assert _run(box, create).status == "passed"
        assert _run(box, find).status == "passed"


def test_a_worker_that_dies_is_replaced():
    before = set(_children_of(os.getpid()))
    with Sandbox(SandboxConfig(timeout_s=TIMEOUT_S, workers=1)) as box:
        assert box.run("pass").passed
        (worker,) = [pid for pid in set(_children_of(os.getpid())) - before if "sandbox_worker" in _command_line(pid)]
        os.kill(worker, signal.SIGKILL)
        lost = box.run("pass")
        assert lost.status == "timed out" and "replaced" in lost.detail
        assert box.run("pass").passed


def _children_of(parent: int) -> list[int]:
    return [int(pid) for pid in Path(f"/proc/{parent}/task/{parent}/children").read_text().split()]


def _command_line(pid: int) -> str:
    return Path(f"/proc/{pid}/cmdline").read_bytes().replace(b"\0", b" ").decode()


def test_programs_run_in_parallel_and_in_order(sandbox):
    programs = [f"assert {index} * 2 == {index * 2}" for index in range(20)] + ["assert False"]
    results = sandbox.run_many(programs)
    assert [result.passed for result in results] == [True] * 20 + [False]


def _namespaces_available() -> bool:
    """What the sandbox needs for its strongest level, asked of util-linux's unshare instead of the sandbox."""
    if os.geteuid() != 0 or shutil.which("unshare") is None:
        return False
    probe = subprocess.run(["unshare", "--net", "--ipc", "--pid", "--mount", "--fork", "true"], capture_output=True)
    return probe.returncode == 0


def test_the_guards_in_force_are_reported(sandbox):
    if _namespaces_available():
        assert sandbox.isolation == "namespaces"
        expected = {"pid namespace", "network namespace", "read-only file system", "unprivileged uid (one per worker)"}
        assert expected <= set(sandbox.guards)
    else:
        assert sandbox.isolation == "guards"
        assert "python file guard" in sandbox.guards


@pytest.mark.skipif(
    os.geteuid() != 0 or shutil.which("setpriv") is None or not os.access("/usr/bin/python3", os.X_OK),
    reason="runs the worker as the unprivileged user nobody through setpriv (needs root and util-linux)",
)
def test_without_root_the_python_guards_stop_the_same_attacks(open_folder, listener, worker_copy):
    """The non-root path: no namespaces, no uid change; rlimits, process cleanup and Python-level guards.

    Runs the worker itself as nobody with the system interpreter (the test's may live where nobody cannot read).
    """
    limits = {
        "memory_bytes": LIMITS.memory_bytes,
        "max_processes": LIMITS.max_processes,
        "max_file_bytes": LIMITS.max_file_bytes,
        "max_open_files": LIMITS.max_open_files,
        "tmpfs_bytes": LIMITS.tmpfs_bytes,
        "uid": LIMITS.uid_base,
    }
    worker = subprocess.Popen(
        ["setpriv", "--reuid=65534", "--regid=65534", "--clear-groups", "--", "/usr/bin/python3", "-I"]
        + [str(worker_copy), json.dumps(limits)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        cwd="/",
        start_new_session=True,
    )

    def answer() -> dict:
        ready, _, _ = select.select([worker.stdout], [], [], PROMPT_S + 5)
        assert ready, "the worker stalled"
        return json.loads(worker.stdout.readline())

    try:
        hello = answer()
        assert hello["isolation"] == "guards" and "python socket guard" in hello["guards"]
        victim = open_folder / "victim.txt"
        port = listener.getsockname()[1]
        attacks = [
            f"open({str(open_folder / 'escaped.txt')!r}, 'w').write('escaped')",
            f"open({str(victim)!r}, 'w').write('overwritten')",
            f"import os\nos.remove({str(victim)!r})",
            f"import socket\nsocket.create_connection(('127.0.0.1', {port}), timeout=0.5)",
            "while True:\n    pass",
            "import os\nwhile True:\n    try:\n        os.fork()\n    except OSError:\n        pass\n",
            "data = bytearray(50 * 1024 ** 3)",
        ]
        for program in attacks:
            start = time.monotonic()
            worker.stdin.write(json.dumps({"program": program, "timeout_s": TIMEOUT_S}) + "\n")
            worker.stdin.flush()
            verdict = answer()
            assert verdict["status"] != "passed", program
            assert time.monotonic() - start < PROMPT_S
            assert [pid for pid in _programs_left_running() if pid != worker.pid] == []
        # A process that left the group and its parent is collected by the worker (a child subreaper) too.
        escape = (
            "import os, time\nif os.fork() == 0:\n    os.setsid()\n    if os.fork() == 0:\n        time.sleep(60)\n"
        )
        plain = "import fractions\nassert fractions.Fraction(1, 2) * 2 == 1"
        for program in (escape, plain):
            worker.stdin.write(json.dumps({"program": program, "timeout_s": TIMEOUT_S}) + "\n")
            worker.stdin.flush()
            assert answer()["status"] == "passed"
            assert [pid for pid in _programs_left_running() if pid != worker.pid] == []
    finally:
        worker.kill()
        worker.wait()
    assert victim.read_text() == "precious" and not (open_folder / "escaped.txt").exists()
    assert _connections_waiting(listener) == 0
