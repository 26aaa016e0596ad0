"""File extension and file name → language, with The Stack's language names."""

from __future__ import annotations

import posixpath

_LANGUAGES: dict[str, tuple[str, ...]] = {
    "Ada": (".adb", ".ads"),
    "Assembly": (".asm", ".s", ".nasm"),
    "Awk": (".awk",),
    "Batchfile": (".bat", ".cmd"),
    "C": (".c", ".h"),
    "C#": (".cs",),
    "C++": (".cpp", ".cc", ".cxx", ".c++", ".hpp", ".hh", ".hxx", ".h++", ".ipp", ".tpp"),
    "CMake": (".cmake",),
    "CSS": (".css",),
    "Clojure": (".clj", ".cljs", ".cljc", ".edn"),
    "CoffeeScript": (".coffee",),
    "Common Lisp": (".lisp", ".lsp", ".cl"),
    "Cuda": (".cu", ".cuh"),
    "D": (".d",),
    "Dart": (".dart",),
    "Dockerfile": (".dockerfile",),
    "Elixir": (".ex", ".exs"),
    "Elm": (".elm",),
    "Emacs Lisp": (".el",),
    "Erlang": (".erl", ".hrl"),
    "F#": (".fs", ".fsi", ".fsx"),
    "Fortran": (".f", ".for", ".f90", ".f95", ".f03", ".f08"),
    "GLSL": (".glsl", ".vert", ".frag"),
    "Go": (".go",),
    "GraphQL": (".graphql", ".gql"),
    "Groovy": (".groovy", ".gradle"),
    "HTML": (".html", ".htm", ".xhtml"),
    "Haskell": (".hs", ".lhs"),
    "INI": (".ini", ".cfg"),
    "Java": (".java",),
    "JavaScript": (".js", ".mjs", ".cjs", ".jsx"),
    "JSON": (".json", ".jsonc"),
    "Julia": (".jl",),
    "Jupyter Notebook": (".ipynb",),
    "Kotlin": (".kt", ".kts"),
    "Lua": (".lua",),
    "Makefile": (".mk", ".mak"),
    "Markdown": (".md", ".markdown"),
    "Nim": (".nim",),
    "Nix": (".nix",),
    "OCaml": (".ml", ".mli"),
    "Objective-C": (".m",),
    "Objective-C++": (".mm",),
    "PHP": (".php", ".phtml"),
    "Pascal": (".pas", ".pp"),
    "Perl": (".pl", ".pm", ".t"),
    "PowerShell": (".ps1", ".psm1", ".psd1"),
    "Protocol Buffer": (".proto",),
    "Python": (".py", ".pyi", ".pyw"),
    "R": (".r",),
    "Racket": (".rkt",),
    "Ruby": (".rb", ".rake", ".gemspec"),
    "Rust": (".rs",),
    "SCSS": (".scss",),
    "SQL": (".sql",),
    "Scala": (".scala", ".sc"),
    "Scheme": (".scm", ".ss"),
    "Shell": (".sh", ".bash", ".zsh", ".ksh"),
    "Solidity": (".sol",),
    "Swift": (".swift",),
    "TOML": (".toml",),
    "TeX": (".tex", ".sty", ".cls"),
    "Text": (".txt",),
    "TypeScript": (".ts", ".tsx", ".mts", ".cts"),
    "VHDL": (".vhd", ".vhdl"),
    "Verilog": (".v", ".sv", ".svh"),
    "Visual Basic": (".vb", ".bas"),
    "Vue": (".vue",),
    "XML": (".xml", ".xsd", ".xsl", ".xslt", ".svg", ".plist"),
    "YAML": (".yml", ".yaml"),
    "Zig": (".zig",),
    "reStructuredText": (".rst",),
}

# Files recognised by name; checked before the extension (``CMakeLists.txt`` is CMake, not Text).
_FILENAMES: dict[str, str] = {
    "makefile": "Makefile",
    "gnumakefile": "Makefile",
    "dockerfile": "Dockerfile",
    "containerfile": "Dockerfile",
    "cmakelists.txt": "CMake",
    "rakefile": "Ruby",
    "gemfile": "Ruby",
    "vagrantfile": "Ruby",
    "jenkinsfile": "Groovy",
    "build": "Starlark",
    "build.bazel": "Starlark",
    "workspace": "Starlark",
    ".bashrc": "Shell",
    ".zshrc": "Shell",
    ".gitignore": "Ignore List",
    ".dockerignore": "Ignore List",
    "readme": "Text",
    "license": "Text",
    "copying": "Text",
}

EXTENSION_TO_LANGUAGE: dict[str, str] = {ext: lang for lang, exts in _LANGUAGES.items() for ext in exts}

# Never text: skipped without being opened.
BINARY_EXTENSIONS = frozenset(
    ".png .jpg .jpeg .gif .bmp .ico .webp .tiff .psd .pdf .zip .gz .tgz .bz2 .xz .zst .7z .rar .tar .jar .war "
    ".class .pyc .pyo .so .dylib .dll .exe .o .a .lib .obj .bin .dat .db .sqlite .wasm .woff .woff2 .ttf .otf "
    ".eot .mp3 .mp4 .wav .ogg .flac .avi .mov .mkv .webm .npy .npz .pt .pth .ckpt .safetensors .onnx .pkl "
    ".parquet .arrow .whl .egg .deb .rpm .dmg .iso".split()
)


def language_of(path: str) -> tuple[str, str]:
    """Return ``(lang, ext)`` for a path; ``lang`` is "" when unknown. ``ext`` has no leading dot."""
    name = posixpath.basename(path).lower()
    suffix = _suffix(name)
    ext = suffix.lstrip(".")
    by_name = _FILENAMES.get(name)
    if by_name:
        return by_name, ext
    if name.startswith("dockerfile."):
        return "Dockerfile", ext
    if name.startswith("makefile."):
        return "Makefile", ext
    return EXTENSION_TO_LANGUAGE.get(suffix, ""), ext


def is_binary_extension(path: str) -> bool:
    return _suffix(posixpath.basename(path).lower()) in BINARY_EXTENSIONS


def _suffix(name: str) -> str:
    # As pathlib's suffix: ".bashrc" has none, "a.tar.gz" has ".gz".
    dot = name.rfind(".")
    return name[dot:] if 0 < dot < len(name) - 1 else ""
