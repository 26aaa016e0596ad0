"""Errors a user can act on. The CLI prints them as one line instead of a traceback."""


class CodelmError(Exception):
    """A failure caused by the input, the output folder or the environment (exit code 1)."""

    exit_code = 1


class UsageProblem(CodelmError):
    """A mistake in how a command was called: missing input, bad option value (exit code 2)."""

    exit_code = 2


def require(module: str, package: str | None = None, extra: str | None = None, purpose: str = ""):
    """Import an optional module, or fail with an install hint."""
    import importlib

    try:
        return importlib.import_module(module)
    except ImportError as err:
        hint = f"pip install 'codelm[{extra}]'" if extra else f"pip install {package or module}"
        what = f" for {purpose}" if purpose else ""
        raise CodelmError(f"{package or module} is required{what}: {hint}") from err
