"""The process that runs untrusted programs for ``codelm.trainer.eval.sandbox``, one fork per program.

Started by the harness as ``python -I sandbox_worker.py LIMITS_JSON`` and driven over its
stdin/stdout with one JSON object per line. It imports only the standard library, so that a
program's imports start from a clean interpreter state.

Per program, the worker forks a child that confines itself, runs the program with ``exec`` and
reports ``passed`` or the exception through a pipe; the worker enforces the wall-clock timeout and
kills whatever the program left behind. The guards, strongest first, are applied as far as the
operating system allows (the first message names the ones in force):

- *contained* (root with ``CAP_SYS_ADMIN``): the worker lives in a network namespace of its own
  (only a loopback device that is down: no connection goes anywhere); each child is PID 1 of a
  fresh PID namespace (it cannot see or signal any process outside, and when it exits or is
  killed the kernel kills everything it started), has an IPC namespace of its own (SysV shared
  memory dies with it) and a mount namespace where the whole file system is read-only, ``/run``
  (daemons' Unix sockets) is empty, and a size-limited private tmpfs is mounted on ``/tmp`` (its
  working directory), ``/var/tmp`` and ``/dev/shm``, all gone when it ends;
- root without namespaces (a container without ``CAP_SYS_ADMIN``): a fresh temporary directory,
  the process group killed on exit, orphans collected through ``PR_SET_CHILD_SUBREAPER``, and
  Python-level guards on files and sockets (below);
- as root either way, the child drops to an unused uid (one per worker, so that the process
  count limit binds per program) with no supplementary groups and ``no_new_privs``;
- always: ``resource`` limits on address space, CPU seconds, processes, file size and open
  files, no core dumps, stdin/stdout/stderr on ``/dev/null``, a minimal environment;
- without root the uid cannot change, so the only file and network protection is Python-level:
  destructive ``os``/``shutil`` functions and writes outside the working directory raise, and
  sockets cannot be created. Code that reaches the C library (``ctypes``) gets past these (and
  SysV shared memory it creates outlives it), which is why the result says which guards were in force.

The sandbox protects the machine, not the score: a program shares the pipe its verdict travels
through, so code written to cheat could report a pass it did not earn.
"""

from __future__ import annotations

import ctypes
import json
import math
import os
import resource
import select
import shutil
import signal
import stat
import sys
import tempfile
import time

CLONE_NEWNS = 0x00020000
CLONE_NEWIPC = 0x08000000
CLONE_NEWPID = 0x20000000
CLONE_NEWNET = 0x40000000
MS_NOSUID, MS_NODEV, MS_BIND, MS_REC, MS_PRIVATE = 0x2, 0x4, 0x1000, 0x4000, 0x40000
PR_SET_PDEATHSIG, PR_SET_CHILD_SUBREAPER, PR_SET_NO_NEW_PRIVS = 1, 36, 38
# mount_setattr(2) (Linux 5.12): one call makes a whole mount tree read-only. 442 on every
# architecture, as all system calls numbered from 424 on are.
SYS_MOUNT_SETATTR, AT_FDCWD, AT_RECURSIVE, MOUNT_ATTR_RDONLY = 442, -100, 0x8000, 0x1
PRIVATE_TMPFS = ("/tmp", "/var/tmp", "/dev/shm")
# Emptied for programs: daemons' Unix sockets live here (a database, the system bus), and a Unix socket
# is reachable from any network namespace.
HIDDEN_FOLDERS = ("/run",)
# What a child may report: enough for an exception message, bounded so output cannot flood the worker.
MAX_REPORT_BYTES = 2048
PASSED = "passed"
FAILED = "failed"
TIMED_OUT = "timed out"
# Run before committing to a level of isolation: imports a module the worker has not loaded.
PROBE_PROGRAM = "import fractions\nassert fractions.Fraction(1, 3) * 3 == 1"
PROBE_TIMEOUT_S = 10.0

_libc = ctypes.CDLL(None, use_errno=True)


class _MountAttr(ctypes.Structure):
    _fields_ = [
        ("attr_set", ctypes.c_uint64),
        ("attr_clr", ctypes.c_uint64),
        ("propagation", ctypes.c_uint64),
        ("userns_fd", ctypes.c_uint64),
    ]


def _check(result: int, what: str) -> None:
    if result != 0:
        error = ctypes.get_errno()
        raise OSError(error, f"{what}: {os.strerror(error)}")


def _unshare(flags: int) -> None:
    _check(_libc.unshare(flags), "unshare")


def _prctl(option: int, value: int) -> None:
    _check(_libc.prctl(option, value, 0, 0, 0), "prctl")


def _mount(source: str, target: str, fstype: str | None, flags: int, data: str | None = None) -> None:
    encoded_type = fstype.encode() if fstype else None
    encoded_data = data.encode() if data else None
    _check(_libc.mount(source.encode(), target.encode(), encoded_type, flags, encoded_data), f"mount {target}")


def _make_readonly(path: str) -> None:
    attributes = _MountAttr(MOUNT_ATTR_RDONLY, 0, 0, 0)
    size = ctypes.sizeof(attributes)
    result = _libc.syscall(SYS_MOUNT_SETATTR, AT_FDCWD, path.encode(), AT_RECURSIVE, ctypes.byref(attributes), size)
    _check(result, "mount_setattr")


class Worker:
    def __init__(self, limits: dict):
        self.limits = limits
        self.uid = limits["uid"] if os.geteuid() == 0 else None
        self.network_isolated = False
        self.contained = False
        self.readonly = False
        self.own_pid_namespace = -1

    # -- setup ------------------------------------------------------------------------------

    def start(self) -> dict:
        """Decide which guards hold on this machine; returns the first message to the harness.

        Each level is tried on a probe program (which imports a module the worker has not, so the
        interpreter must be readable to the sandbox's uid) before the worker commits to it.
        """
        if self.uid is not None:
            try:
                _unshare(CLONE_NEWNET)
                self.network_isolated = True
                self.own_pid_namespace = os.open("/proc/self/ns/pid", os.O_RDONLY)
                probe = self._fork_and_wait(PROBE_PROGRAM, PROBE_TIMEOUT_S, contained=True, probe=True)
                if probe["status"] == PASSED:
                    self.readonly = _isolate_filesystem()
                    self.contained = True
            except OSError:
                pass
        if not self.contained:
            _prctl(PR_SET_CHILD_SUBREAPER, 1)
            if self.uid is not None:
                probe = self._fork_and_wait(PROBE_PROGRAM, PROBE_TIMEOUT_S, contained=False, probe=True)
                if probe["status"] != PASSED:
                    self.uid = None  # the interpreter is unreadable to another uid (e.g. under /root)
        return {"isolation": "namespaces" if self.contained else "guards", "guards": self.guards()}

    def guards(self) -> list[str]:
        guards = []
        if self.contained:
            guards += ["pid namespace", "ipc namespace", "mount namespace with private tmpfs /tmp"]
            guards += ["read-only file system"] if self.readonly else []
        else:
            guards += ["process group and orphan cleanup", "fresh temporary directory", "python file guard"]
        guards += ["network namespace"] if self.network_isolated else ["python socket guard"]
        guards += ["unprivileged uid (one per worker)"] if self.uid is not None else []
        return guards + ["resource limits"]

    # -- one program ------------------------------------------------------------------------

    def run(self, program: str, timeout_s: float) -> dict:
        return self._fork_and_wait(program, timeout_s, self.contained)

    def _fork_and_wait(self, program: str, timeout_s: float, contained: bool, probe: bool = False) -> dict:
        workdir = None
        if not contained:
            workdir = tempfile.mkdtemp(prefix="codelm-sandbox-")
            if self.uid is not None:
                os.chown(workdir, self.uid, self.uid)
        try:
            process_limit = self._process_limit()
            read_end, write_end = os.pipe()
            if contained:
                _unshare(CLONE_NEWPID)  # the next child is PID 1 of a new PID namespace
            start = time.monotonic()
            pid = -1
            try:
                pid = os.fork()
            except OSError:
                os.close(read_end)
                os.close(write_end)
                raise
            finally:
                # unshare(CLONE_NEWPID) is refused while a namespace is pending, and later forks must not land
                # in this one: point new children back at our own namespace (the parent only; the child never
                # returns from here).
                if contained and pid != 0:
                    _check(_libc.setns(self.own_pid_namespace, CLONE_NEWPID), "setns")
            if pid == 0:
                os.close(read_end)
                self._child(program, timeout_s, write_end, workdir, process_limit, contained, probe)
            os.close(write_end)
            try:
                return self._wait(pid, read_end, start, timeout_s, contained)
            finally:
                os.close(read_end)
        finally:
            if workdir is not None:
                _remove_tree(workdir)

    def _wait(self, pid: int, read_end: int, start: float, timeout_s: float, contained: bool) -> dict:
        report = bytearray()
        process = os.pidfd_open(pid)
        poller = select.poll()
        poller.register(process, select.POLLIN)
        poller.register(read_end, select.POLLIN)
        deadline = start + timeout_s
        exited = timed_out = False
        try:
            while not exited:
                remaining = deadline - time.monotonic()
                if remaining <= 0:
                    timed_out = True
                    break
                for fd, _ in poller.poll(remaining * 1000):
                    if fd == process:
                        exited = True
                    elif not _read_into(read_end, report):
                        poller.unregister(read_end)
            if contained:
                if timed_out:
                    # PID 1 of its namespace: killing it kills every process the program started.
                    os.kill(pid, signal.SIGKILL)
                _, status = os.waitpid(pid, 0)
            else:
                status = _kill_and_reap_everything(pid)
        finally:
            os.close(process)
        duration = time.monotonic() - start
        if not timed_out:
            os.set_blocking(read_end, False)
            while _read_into(read_end, report):
                pass
        message = report.decode("utf-8", errors="replace")
        if timed_out:
            return {"status": TIMED_OUT, "detail": f"killed after {timeout_s:g} s", "duration_s": duration}
        if message == PASSED and os.waitstatus_to_exitcode(status) == 0:
            return {"status": PASSED, "detail": "", "duration_s": duration}
        if message.startswith(FAILED):
            return {"status": FAILED, "detail": message[len(FAILED) :].lstrip(": "), "duration_s": duration}
        code = os.waitstatus_to_exitcode(status)
        if code == -signal.SIGXCPU:
            return {"status": TIMED_OUT, "detail": "CPU time limit", "duration_s": duration}
        how = f"killed by {signal.Signals(-code).name}" if code < 0 else f"exited with code {code}"
        return {"status": FAILED, "detail": f"process {how} before the tests finished", "duration_s": duration}

    def _process_limit(self) -> int:
        """RLIMIT_NPROC counts every process of the uid: a fresh uid starts at 0, our own at what it runs now."""
        if self.uid is not None:
            return self.limits["max_processes"]
        return _count_tasks(os.getuid()) + self.limits["max_processes"]

    # -- inside the child -------------------------------------------------------------------

    def _child(self, program, timeout_s, report_fd, workdir, process_limit, contained, probe) -> None:
        """Confine this process, run ``program``, report, exit. Never returns into the worker's loop."""
        me = os.getpid()
        try:
            try:
                if contained and probe:
                    _isolate_filesystem()
                self._confine(timeout_s, report_fd, workdir, process_limit, contained)
            except BaseException as error:  # reported, the program never runs
                _report(report_fd, f"{FAILED}: sandbox setup: {_describe(error)}")
                return
            try:
                exec(compile(program, "<program>", "exec"), {})
            except BaseException as error:  # any exception, SystemExit included, is a failure
                if os.getpid() == me:
                    _report(report_fd, f"{FAILED}: {_describe(error)}")
                return
            if os.getpid() == me:  # a process the program forked reaches here too; only the original reports
                _report(report_fd, PASSED)
        finally:
            os._exit(0)

    def _confine(self, timeout_s, report_fd, workdir, process_limit, contained) -> None:
        limits = self.limits
        os.setsid()
        if contained:
            # A mount namespace for its private tmpfs mounts, an IPC namespace so that SysV shared memory and
            # message queues die with the program (they would otherwise outlive it, holding memory).
            _unshare(CLONE_NEWNS | CLONE_NEWIPC)
            owner = f",uid={self.uid},gid={self.uid}" if self.uid is not None else ""
            options = f"size={limits['tmpfs_bytes']},nr_inodes=4096,mode=0700{owner}"
            for target in PRIVATE_TMPFS:
                if os.path.isdir(target):
                    _mount("tmpfs", target, "tmpfs", MS_NOSUID | MS_NODEV, options)
            workdir = "/tmp"
        if self.uid is not None:
            os.setgroups([])
            os.setresgid(self.uid, self.uid, self.uid)
            os.setresuid(self.uid, self.uid, self.uid)
        _prctl(PR_SET_NO_NEW_PRIVS, 1)
        # After the uid change, which clears it: die if the worker dies.
        _prctl(PR_SET_PDEATHSIG, signal.SIGKILL)
        os.chdir(workdir)
        cpu_seconds = math.ceil(timeout_s) + 1
        for limit, value in (
            (resource.RLIMIT_AS, limits["memory_bytes"]),
            (resource.RLIMIT_CPU, cpu_seconds),
            (resource.RLIMIT_NPROC, process_limit),
            (resource.RLIMIT_FSIZE, limits["max_file_bytes"]),
            (resource.RLIMIT_NOFILE, limits["max_open_files"]),
            (resource.RLIMIT_CORE, 0),
        ):
            resource.setrlimit(limit, (value, value))
        null = os.open(os.devnull, os.O_RDWR)
        for fd in (0, 1, 2):
            os.dup2(null, fd)
        os.closerange(3, report_fd)
        os.closerange(report_fd + 1, 1 << 16)
        os.environ.clear()
        os.environ.update(
            PATH="/usr/local/bin:/usr/bin:/bin",
            HOME=workdir,
            TMPDIR=workdir,
            LANG="C.UTF-8",
            # A numeric library's thread pool would otherwise count against the process limit.
            OMP_NUM_THREADS="1",
            OPENBLAS_NUM_THREADS="1",
            MKL_NUM_THREADS="1",
        )
        tempfile.tempdir = workdir
        if not self.network_isolated:
            _guard_sockets()
        if not contained:
            _guard_files(workdir)


def _isolate_filesystem() -> bool:
    """Give the calling process a private, read-only view of the file system that still holds the interpreter.

    Returns whether the read-only switch worked (it needs Linux 5.12). Directories that the
    sandbox's uid could not traverse on the way to the interpreter (a pyenv under ``/root``) are
    replaced by a tmpfs holding only the interpreter's folders, bound back in: the rest of them
    (keys, caches) is not even visible.
    """
    _unshare(CLONE_NEWNS)
    # Private first, so that nothing mounted below propagates back to the host.
    _mount("none", "/", None, MS_REC | MS_PRIVATE)
    interpreter = _interpreter_folders()
    for blocked, folders in _unreachable(interpreter).items():
        handles = [os.open(folder, os.O_PATH) for folder in folders]
        _mount("tmpfs", blocked, "tmpfs", MS_NOSUID | MS_NODEV, "size=1m,mode=0755")
        for folder, handle in zip(folders, handles):
            os.makedirs(folder, mode=0o755, exist_ok=True)
            _mount(f"/proc/self/fd/{handle}", folder, None, MS_BIND | MS_REC)
            os.close(handle)
    for folder in HIDDEN_FOLDERS:
        inside = any(path == folder or path.startswith(folder + os.sep) for path in interpreter)
        if os.path.isdir(folder) and not os.path.islink(folder) and not inside:
            _mount("tmpfs", folder, "tmpfs", MS_NOSUID | MS_NODEV, "size=1m,mode=0755")
    try:
        _make_readonly("/")
    except OSError:
        return False  # kernel before 5.12: the uid change still protects what that uid does not own
    return True


def _interpreter_folders() -> list[str]:
    """The outermost folders the interpreter imports from (prefixes and ``sys.path``), resolved."""
    folders = {sys.base_prefix, sys.base_exec_prefix, sys.prefix, sys.exec_prefix, *sys.path}
    folders = sorted({os.path.realpath(folder) for folder in folders if folder and os.path.isdir(folder)})
    return [folder for folder in folders if not any(folder.startswith(other + os.sep) for other in folders)]


def _unreachable(folders: list[str]) -> dict[str, list[str]]:
    """{first directory others cannot traverse (``stat``: others lack x): the folders below it}."""
    blocked: dict[str, list[str]] = {}
    for folder in folders:
        parts = folder.strip(os.sep).split(os.sep)
        for depth in range(1, len(parts)):
            ancestor = os.sep + os.sep.join(parts[:depth])
            if not os.stat(ancestor).st_mode & stat.S_IXOTH:
                blocked.setdefault(ancestor, []).append(folder)
                break
    return blocked


def _describe(error: BaseException) -> str:
    try:
        return f"{type(error).__name__}: {error}"
    except BaseException:  # str() of a hostile exception may itself raise or exhaust memory
        return type(error).__name__


def _report(fd: int, message: str) -> None:
    try:
        os.write(fd, message.encode("utf-8", errors="replace")[:MAX_REPORT_BYTES])
    except OSError:
        pass


def _read_into(fd: int, report: bytearray) -> bool:
    """Append what the pipe holds (up to the report limit); False at end of file."""
    try:
        chunk = os.read(fd, 4096)
    except BlockingIOError:
        return False
    if chunk and len(report) < MAX_REPORT_BYTES:
        report += chunk[: MAX_REPORT_BYTES - len(report)]
    return bool(chunk)


def _children(pid: int) -> list[int]:
    found = []
    try:
        for task in os.listdir(f"/proc/{pid}/task"):
            with open(f"/proc/{pid}/task/{task}/children") as handle:
                found += [int(child) for child in handle.read().split()]
    except OSError:
        pass
    return found


def _kill_and_reap_everything(child: int) -> int:
    """Kill ``child``'s process group and every process below the worker, reap them all; ``child``'s wait status.

    The worker is a child subreaper, so processes that left the group (setsid, double fork) are
    re-parented to it when their parent dies. Each round kills the group and the worker's
    children, then waits for one of them to end; the worker has no child left only when nothing
    the program started is left, zombies included.
    """
    child_status = None
    while True:
        # The group id stays ours only until the child is reaped (then the number may be reused).
        targets = [(child, os.killpg)] if child_status is None else []
        for target, kill in targets + [(pid, os.kill) for pid in _children(os.getpid())]:
            try:
                kill(target, signal.SIGKILL)
            except OSError:
                pass
        try:
            pid, status = os.waitpid(-1, 0)
        except ChildProcessError:
            return child_status
        if pid == child:
            child_status = status


def _count_tasks(uid: int) -> int:
    """Processes and threads of ``uid`` now (what RLIMIT_NPROC counts)."""
    count = 0
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/status") as handle:
                fields = dict(line.split(":", 1) for line in handle if ":" in line)
        except OSError:
            continue
        if int(fields.get("Uid", "-1").split()[0]) == uid:
            count += int(fields.get("Threads", "1"))
    return count


def _remove_tree(path: str) -> None:
    def make_writable_and_retry(function, target, _):
        os.chmod(os.path.dirname(target), 0o700)
        if os.path.isdir(target) and not os.path.islink(target):
            os.chmod(target, 0o700)
        function(target)

    shutil.rmtree(path, onerror=make_writable_and_retry)


def _guard_sockets() -> None:
    """No new sockets from Python (what is left where the OS cannot give the program a network of its own)."""
    import _socket
    import socket

    class NoNetwork(_socket.socket):
        def __init__(self, *args, **kwargs):
            raise PermissionError("network access is disabled in the codelm sandbox")

    socket.socket = socket.SocketType = _socket.socket = NoNetwork
    for name in ("socketpair", "fromfd", "create_connection", "create_server"):
        setattr(socket, name, _refuse)


def _guard_files(workdir: str) -> None:
    """Python-level file guard: writes only under ``workdir``, no deleting, renaming, permission changes or signals."""
    import builtins
    import io
    import shutil as shell_utilities
    import subprocess

    root = os.path.realpath(workdir)
    write_flags = os.O_WRONLY | os.O_RDWR | os.O_CREAT | os.O_TRUNC | os.O_APPEND
    original_open, original_os_open = builtins.open, os.open

    def inside(path) -> bool:
        if isinstance(path, int):
            return True
        resolved = os.path.realpath(os.fsdecode(path))
        return resolved == root or resolved.startswith(root + os.sep)

    def guarded_open(file, mode="r", *args, **kwargs):
        if any(flag in mode for flag in "wax+") and not inside(file):
            raise PermissionError(f"writing outside the sandbox directory is not allowed: {file}")
        return original_open(file, mode, *args, **kwargs)

    def guarded_os_open(path, flags, *args, **kwargs):
        if flags & write_flags and not inside(path):
            raise PermissionError(f"writing outside the sandbox directory is not allowed: {path}")
        return original_os_open(path, flags, *args, **kwargs)

    builtins.open = io.open = guarded_open
    os.open = guarded_os_open
    for name in (
        "remove", "unlink", "rmdir", "removedirs", "rename", "renames", "replace", "truncate", "chmod", "fchmod",
        "lchmod", "chown", "fchown", "lchown", "chroot", "kill", "killpg", "system", "putenv", "setuid", "symlink",
        "link",
    ):  # fmt: skip
        if hasattr(os, name):
            setattr(os, name, _refuse)
    shell_utilities.rmtree = shell_utilities.move = shell_utilities.chown = _refuse
    subprocess.Popen = _refuse


def _refuse(*args, **kwargs):
    raise PermissionError("not allowed in the codelm sandbox")


def main() -> None:
    worker = Worker(json.loads(sys.argv[1]))
    # Ctrl-C reaches the whole terminal group; the harness decides what stops, not the worker.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    out = sys.stdout
    out.write(json.dumps(worker.start()) + "\n")
    out.flush()
    # The harness going away closes stdin, which ends this loop (at the latest when the program that
    # is running times out). A parent-death signal would not do: it fires when the *thread* that
    # started the worker ends, and the harness starts workers from pool threads.
    for line in sys.stdin:
        job = json.loads(line)
        try:
            answer = worker.run(job["program"], job["timeout_s"])
        except OSError as error:  # the machine refused a fork or a pipe: the harness reports it, not a verdict
            answer = {"error": f"{type(error).__name__}: {error}"}
        out.write(json.dumps(answer) + "\n")
        out.flush()


if __name__ == "__main__":
    main()
