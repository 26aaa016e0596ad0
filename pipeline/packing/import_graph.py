"""The order of a repository's files for repository-level context.

``--order deps`` (DeepSeek-Coder's repository-level ordering): documentation and build files
first, then source files so that each comes after the files it imports, with ties and everything
unrelated in folder order. Imports are read with regular expressions for Python,
JavaScript/TypeScript, Java, Go and C/C++ and resolved to files of the same repository; an
import that names nothing in the repository (the standard library, a third-party package) adds
no edge. Cycles are broken deterministically: when every remaining file waits on another, the
first in folder order goes next.
"""

from __future__ import annotations

import heapq
import posixpath
import random
import re
from collections import defaultdict
from typing import Iterable, Sequence

ORDERS = ("deps", "path", "random")

DOC_NAMES = ("readme", "license", "licence", "copying", "notice", "authors", "contributing", "changelog", "changes")
DOC_SUFFIXES = (".md", ".rst", ".adoc", ".markdown", ".org")
DOC_FOLDERS = ("doc", "docs", "documentation")
BUILD_NAMES = {
    "setup.py",
    "setup.cfg",
    "pyproject.toml",
    "pipfile",
    "tox.ini",
    "makefile",
    "gnumakefile",
    "makefile.am",
    "cmakelists.txt",
    "configure.ac",
    "meson.build",
    "package.json",
    "tsconfig.json",
    "go.mod",
    "pom.xml",
    "build.gradle",
    "build.gradle.kts",
    "settings.gradle",
    "settings.gradle.kts",
    "build.xml",
    "cargo.toml",
    "dockerfile",
    "build",
    "build.bazel",
    "workspace",
    "gemfile",
    "composer.json",
}

LANGUAGE_OF_SUFFIX = {
    ".py": "python",
    ".pyi": "python",
    ".js": "js",
    ".jsx": "js",
    ".mjs": "js",
    ".cjs": "js",
    ".ts": "js",
    ".tsx": "js",
    ".mts": "js",
    ".cts": "js",
    ".java": "java",
    ".go": "go",
    ".c": "c",
    ".h": "c",
    ".cc": "c",
    ".cpp": "c",
    ".cxx": "c",
    ".c++": "c",
    ".hpp": "c",
    ".hh": "c",
    ".hxx": "c",
    ".h++": "c",
    ".inl": "c",
}

_PY_IMPORT = re.compile(r"^[ \t]*import[ \t]+([\w. \t,]+)", re.MULTILINE)
_PY_FROM = re.compile(r"^[ \t]*from[ \t]+(\.*)([\w.]*)[ \t]+import[ \t]+(?:\(([^)]*)\)|([\w \t,*]+))", re.MULTILINE)
_JS_IMPORT = re.compile(
    r"""(?:\bimport\s+(?:[^'";]*?\s+from\s+)?|\bexport\s+[^'";]*?\s+from\s+|\brequire\s*\(\s*|\bimport\s*\(\s*)"""
    r"""['"]([^'"\n]+)['"]"""
)
_JAVA_IMPORT = re.compile(r"^[ \t]*import[ \t]+(static[ \t]+)?([\w.]+)(\.\*)?[ \t]*;", re.MULTILINE)
_GO_IMPORT_BLOCK = re.compile(r"^import[ \t]*\(([^)]*)\)", re.MULTILINE)
_GO_IMPORT_LINE = re.compile(r"^import[ \t]+(?:[\w.]+[ \t]+)?\"([^\"]+)\"", re.MULTILINE)
_GO_QUOTED = re.compile(r"\"([^\"]+)\"")
_GO_MODULE = re.compile(r"^module[ \t]+(\S+)", re.MULTILINE)
_C_INCLUDE = re.compile(r"^[ \t]*#[ \t]*include[ \t]*([<\"])([^>\"\n]+)[>\"]", re.MULTILINE)
_JS_EXTENSIONS = ("", ".ts", ".tsx", ".js", ".jsx", ".mjs", ".cjs", ".d.ts", ".mts", ".cts")
_JS_INDEXES = tuple(f"/index{ext}" for ext in _JS_EXTENSIONS if ext)


def folder_key(path: str) -> tuple[tuple[str, ...], str]:
    """Folder order: a folder's own files (by name) before its subfolders, subfolders by name."""
    parent, _, name = path.rpartition("/")
    return (tuple(parent.split("/")) if parent else (), name)


def file_kind(path: str) -> int:
    """0 documentation, 1 build file, 2 anything else."""
    parts = path.lower().split("/")
    name = parts[-1]
    if name in BUILD_NAMES or name.startswith("requirements") and name.endswith(".txt") or name.endswith(".gemspec"):
        return 1
    if name.split(".")[0] in DOC_NAMES or name.endswith(DOC_SUFFIXES) or parts[0] in DOC_FOLDERS and len(parts) > 1:
        return 0
    return 2


def order_files(paths: Sequence[str], contents: Sequence[str], order: str, rng: random.Random) -> list[int]:
    """Indices of ``paths`` in the requested order; every file exactly once."""
    if order == "path":
        return sorted(range(len(paths)), key=lambda index: folder_key(paths[index]))
    if order == "random":
        indices = sorted(range(len(paths)), key=lambda index: folder_key(paths[index]))
        rng.shuffle(indices)
        return indices
    return dependency_order(paths, contents)


def dependency_order(paths: Sequence[str], contents: Sequence[str]) -> list[int]:
    """Docs, then build files, then a topological order of imports (imported files first)."""
    rank = {
        index: position for position, index in enumerate(sorted(range(len(paths)), key=lambda i: folder_key(paths[i])))
    }
    kinds = [file_kind(path) for path in paths]
    head = sorted((index for index in range(len(paths)) if kinds[index] < 2), key=lambda i: (kinds[i], rank[i]))
    rest = [index for index in range(len(paths)) if kinds[index] == 2]
    edges = import_edges(paths, contents)
    return head + topological_order(rest, edges, rank)


def topological_order(nodes: Iterable[int], edges: dict[int, set[int]], rank: dict[int, int]) -> list[int]:
    """Kahn's algorithm, ready files taken in folder order; a cycle is broken at its first file in folder order.

    ``edges[a]`` holds the files ``a`` imports; they are emitted before ``a`` unless a cycle prevents it.
    """
    nodes = list(nodes)
    members = set(nodes)
    waiting_on = {node: {dep for dep in edges.get(node, ()) if dep in members and dep != node} for node in nodes}
    importers: dict[int, list[int]] = defaultdict(list)
    for node, deps in waiting_on.items():
        for dep in deps:
            importers[dep].append(node)
    ready = [(rank[node], node) for node in nodes if not waiting_on[node]]
    heapq.heapify(ready)
    blocked = sorted((rank[node], node) for node in nodes if waiting_on[node])
    emitted: set[int] = set()
    result: list[int] = []
    while len(result) < len(nodes):
        if ready:
            _, node = heapq.heappop(ready)
        else:
            # Every remaining file waits on another: a cycle. Take the first in folder order.
            while blocked[0][1] in emitted:
                blocked.pop(0)
            node = blocked.pop(0)[1]
        if node in emitted:
            continue
        emitted.add(node)
        result.append(node)
        for importer in importers[node]:
            deps = waiting_on[importer]
            if node in deps:
                deps.discard(node)
                if not deps and importer not in emitted:
                    heapq.heappush(ready, (rank[importer], importer))
    return result


def import_edges(paths: Sequence[str], contents: Sequence[str]) -> dict[int, set[int]]:
    """For each file, the files of the same repository it imports."""
    resolver = _Resolver(paths, contents)
    edges: dict[int, set[int]] = {}
    for index, (path, content) in enumerate(zip(paths, contents)):
        language = LANGUAGE_OF_SUFFIX.get(posixpath.splitext(path)[1].lower())
        if language is None:
            continue
        targets = getattr(resolver, language)(path, content or "")
        targets.discard(index)
        if targets:
            edges[index] = targets
    return edges


class _Resolver:
    """Maps import statements to files, with indexes built once per repository."""

    def __init__(self, paths: Sequence[str], contents: Sequence[str]):
        self.paths = list(paths)
        self.index_of = {path: index for index, path in enumerate(paths)}
        order = sorted(range(len(paths)), key=lambda i: folder_key(paths[i]))
        # Python modules and Java classes by every dotted suffix of their path, so `src/` layouts and
        # `src/main/java/` roots resolve; the longest (least stripped) match wins, then folder order.
        self.python_modules: dict[str, tuple[int, int]] = {}
        self.java_classes: dict[str, tuple[int, int]] = {}
        self.by_suffix: dict[str, list[int]] = defaultdict(list)
        self.folder_files: dict[str, list[int]] = defaultdict(list)
        self.go_modules: list[tuple[str, str]] = []
        for index in order:
            path = paths[index]
            stem, suffix = posixpath.splitext(path)
            parts = stem.split("/")
            if suffix in (".py", ".pyi"):
                if parts[-1] == "__init__":
                    parts = parts[:-1]
                self._index_dotted(self.python_modules, parts, index)
            elif suffix == ".java":
                self._index_dotted(self.java_classes, parts, index)
            names = path.split("/")
            for start in range(len(names)):
                self.by_suffix["/".join(names[start:])].append(index)
            self.folder_files[posixpath.dirname(path)].append(index)
            if names[-1] == "go.mod":
                match = _GO_MODULE.search(contents[index] or "")
                if match:
                    self.go_modules.append((match.group(1), posixpath.dirname(path)))

    @staticmethod
    def _index_dotted(table: dict[str, tuple[int, int]], parts: list[str], index: int) -> None:
        for stripped in range(len(parts)):
            key = ".".join(parts[stripped:])
            if key and (key not in table or table[key][0] > stripped):
                table[key] = (stripped, index)

    def python(self, path: str, content: str) -> set[int]:
        found: set[int] = set()
        package = posixpath.dirname(path).split("/") if "/" in path else []
        for match in _PY_IMPORT.finditer(content):
            for item in match.group(1).split(","):
                module = item.split(" as ")[0].strip()
                self._python_module(module, found)
        for match in _PY_FROM.finditer(content):
            dots, module = match.group(1), match.group(2)
            listed = re.sub(r"#[^\n]*", "", match.group(3) or match.group(4))
            names = [name.split(" as ")[0].strip() for name in listed.split(",") if name.strip()]
            if dots:
                base = package[: len(package) - (len(dots) - 1)] if len(dots) - 1 <= len(package) else []
                target = "/".join(base + (module.split(".") if module else []))
                submodules = {
                    self.index_of[candidate]
                    for name in names
                    for candidate in (f"{target}/{name}.py".lstrip("/"), f"{target}/{name}/__init__.py".lstrip("/"))
                    if candidate in self.index_of
                }
                found.update(submodules)
                # `from . import sibling` needs the sibling, not the package's __init__ (which often
                # imports the sibling back: a cycle that says nothing about order).
                if module or not submodules:
                    for candidate in (target + ".py", target + "/__init__.py"):
                        if candidate.lstrip("/") in self.index_of:
                            found.add(self.index_of[candidate.lstrip("/")])
            else:
                self._python_module(module, found)
                for name in names:
                    self._python_module(f"{module}.{name}", found)
        # A package's __init__ runs before any of its modules anyway, and usually imports them to
        # re-export names: an edge from a module to its own package's __init__ only makes cycles.
        return {index for index in found if not self._is_enclosing_init(self.paths[index], path)}

    @staticmethod
    def _is_enclosing_init(target: str, importer: str) -> bool:
        folder, _, name = target.rpartition("/")
        return name in ("__init__.py", "__init__.pyi") and (not folder or importer.startswith(folder + "/"))

    def _python_module(self, module: str, found: set[int]) -> bool:
        # `import a.b.c` also imports a and a.b (their __init__ runs first).
        hit = False
        parts = [part for part in module.split(".") if part]
        for end in range(len(parts), 0, -1):
            entry = self.python_modules.get(".".join(parts[:end]))
            if entry is not None:
                found.add(entry[1])
                hit = True
        return hit

    def js(self, path: str, content: str) -> set[int]:
        found: set[int] = set()
        folder = posixpath.dirname(path)
        for match in _JS_IMPORT.finditer(content):
            specifier = match.group(1)
            if not specifier.startswith((".", "/")):
                continue
            base = posixpath.normpath(posixpath.join(folder, specifier)).lstrip("/")
            for candidate in [base + ext for ext in _JS_EXTENSIONS] + [base + index for index in _JS_INDEXES]:
                if candidate in self.index_of:
                    found.add(self.index_of[candidate])
                    break
        return found

    def java(self, path: str, content: str) -> set[int]:
        found: set[int] = set()
        for match in _JAVA_IMPORT.finditer(content):
            is_static, name, wildcard = match.group(1), match.group(2), match.group(3)
            if wildcard and not is_static:
                package = name.replace(".", "/")
                for folder, files in self.folder_files.items():
                    if folder == package or folder.endswith("/" + package):
                        found.update(index for index in files if self.paths[index].endswith(".java"))
                continue
            parts = name.split(".")
            for end in (len(parts), len(parts) - 1):
                entry = self.java_classes.get(".".join(parts[:end]))
                if entry is not None:
                    found.add(entry[1])
                    break
        return found

    def go(self, path: str, content: str) -> set[int]:
        found: set[int] = set()
        specs = [match.group(1) for match in _GO_IMPORT_LINE.finditer(content)]
        for block in _GO_IMPORT_BLOCK.finditer(content):
            specs.extend(_GO_QUOTED.findall(block.group(1)))
        for spec in specs:
            for folder in self._go_folders(spec):
                found.update(i for i in self.folder_files.get(folder, ()) if self.paths[i].endswith(".go"))
        return found

    def _go_folders(self, spec: str) -> list[str]:
        for module, root in self.go_modules:
            if spec == module or spec.startswith(module + "/"):
                return [posixpath.join(root, spec[len(module) + 1 :]).strip("/") if spec != module else root]
        return [folder for folder in self.folder_files if folder and (spec == folder or spec.endswith("/" + folder))]

    def c(self, path: str, content: str) -> set[int]:
        found: set[int] = set()
        folder = posixpath.dirname(path)
        for match in _C_INCLUDE.finditer(content):
            quote, header = match.group(1), match.group(2).strip()
            if quote == '"':
                local = posixpath.normpath(posixpath.join(folder, header)).lstrip("/")
                if local in self.index_of:
                    found.add(self.index_of[local])
                    continue
            matches = self.by_suffix.get(posixpath.normpath(header), ())
            if matches:
                found.add(matches[0])
        return found
