"""File order in repository context: imports resolved per language, docs/build first, cycles, folder order."""

import random
import sysconfig
from pathlib import Path

from codelm.pipeline.packing.import_graph import dependency_order, file_kind, folder_key, import_edges, order_files

STDLIB = Path(sysconfig.get_paths()["stdlib"])


def _order(files: dict[str, str], order: str = "deps") -> list[str]:
    paths = list(files)
    return [paths[index] for index in order_files(paths, list(files.values()), order, random.Random(0))]


def _edges(files: dict[str, str]) -> dict[str, set[str]]:
    paths = list(files)
    return {
        paths[source]: {paths[target] for target in targets}
        for source, targets in import_edges(paths, list(files.values())).items()
    }


def test_chain_of_imports_lists_dependencies_first_with_readme_first():
    files = {
        "a.py": "import b\n\nprint(b.VALUE)\n",
        "b.py": "from c import helper\nVALUE = helper()\n",
        "README.md": "# demo\n",
        "c.py": "def helper():\n    return 1\n",
    }
    assert _order(files) == ["README.md", "c.py", "b.py", "a.py"]


def test_a_cycle_still_yields_every_file_once_deterministically():
    files = {"a.py": "import b\n", "b.py": "import c\n", "c.py": "import a\n", "d.py": "import a\n"}
    first = _order(files)
    assert sorted(first) == sorted(files) and len(first) == len(files)
    assert _order(dict(reversed(list(files.items())))) == first
    # The cycle is broken at its first file in folder order (a.py); the rest follow their imports.
    assert first == ["a.py", "c.py", "b.py", "d.py"]


def test_docs_then_build_files_then_sources_in_folder_order():
    files = {
        "src/pkg/z.py": "",
        "setup.py": "",
        "docs/guide.rst": "",
        "README.md": "",
        "Makefile": "",
        "src/pkg/a.py": "",
        "CONTRIBUTING": "",
        "tests/test_a.py": "",
        "requirements-dev.txt": "",
        "top.py": "",
    }
    assert _order(files) == [
        "CONTRIBUTING",
        "README.md",
        "docs/guide.rst",
        "Makefile",
        "requirements-dev.txt",
        "setup.py",
        "top.py",
        "src/pkg/a.py",
        "src/pkg/z.py",
        "tests/test_a.py",
    ]
    assert [file_kind(path) for path in ["README.md", "setup.py", "x.py"]] == [0, 1, 2]
    assert sorted(["b/x", "a.py", "a/b/c", "a/z"], key=folder_key) == ["a.py", "a/z", "a/b/c", "b/x"]


def test_python_relative_package_and_src_layout_imports():
    files = {
        "src/pkg/__init__.py": "from .core import run\n",
        "src/pkg/core.py": "from . import util\nfrom .sub.deep import thing\n",
        "src/pkg/util.py": "import os\n",
        "src/pkg/sub/__init__.py": "",
        "src/pkg/sub/deep.py": "from ..util import x\n",
        "app.py": "from pkg import core\nimport pkg.sub.deep as deep\n",
    }
    edges = _edges(files)
    assert edges["src/pkg/__init__.py"] == {"src/pkg/core.py"}
    assert edges["src/pkg/core.py"] == {"src/pkg/util.py", "src/pkg/sub/deep.py"}
    assert edges["src/pkg/sub/deep.py"] == {"src/pkg/util.py"}
    assert edges["app.py"] == {
        "src/pkg/__init__.py",
        "src/pkg/core.py",
        "src/pkg/sub/__init__.py",
        "src/pkg/sub/deep.py",
    }
    assert "src/pkg/util.py" not in edges  # `import os` is not in the repository


def test_javascript_and_typescript_relative_imports():
    files = {
        "src/index.ts": "import { a } from './a';\nexport * from \"./lib\";\nconst b = require('../b.js');\n",
        "src/a.tsx": "import React from 'react';\nimport('./lazy').then(() => 0);\n",
        "src/lib/index.ts": "export const x = 1;\n",
        "src/lazy.js": "",
        "b.js": "",
    }
    edges = _edges(files)
    assert edges["src/index.ts"] == {"src/a.tsx", "src/lib/index.ts", "b.js"}
    assert edges["src/a.tsx"] == {"src/lazy.js"}
    assert _order(files).index("src/lazy.js") < _order(files).index("src/a.tsx") < _order(files).index("src/index.ts")


def test_java_imports_classes_static_members_and_wildcards():
    files = {
        "src/main/java/com/acme/App.java": "package com.acme;\nimport com.acme.util.Strings;\n"
        "import static com.acme.util.Numbers.parse;\nimport com.acme.model.*;\nimport java.util.List;\n",
        "src/main/java/com/acme/util/Strings.java": "package com.acme.util;\n",
        "src/main/java/com/acme/util/Numbers.java": "package com.acme.util;\n",
        "src/main/java/com/acme/model/User.java": "package com.acme.model;\n",
        "src/main/java/com/acme/model/Group.java": "package com.acme.model;\nimport com.acme.model.User;\n",
    }
    edges = _edges(files)
    assert edges["src/main/java/com/acme/App.java"] == {
        "src/main/java/com/acme/util/Strings.java",
        "src/main/java/com/acme/util/Numbers.java",
        "src/main/java/com/acme/model/User.java",
        "src/main/java/com/acme/model/Group.java",
    }
    order = _order(files)
    assert order.index("src/main/java/com/acme/model/User.java") < order.index(
        "src/main/java/com/acme/model/Group.java"
    )
    assert order[-1] == "src/main/java/com/acme/App.java"


def test_go_imports_through_the_module_path():
    files = {
        "go.mod": "module github.com/acme/tool\n\ngo 1.22\n",
        "main.go": 'package main\n\nimport (\n\t"fmt"\n\tcfg "github.com/acme/tool/internal/config"\n)\n',
        "internal/config/config.go": 'package config\n\nimport "github.com/acme/tool/internal/paths"\n',
        "internal/config/defaults.go": "package config\n",
        "internal/paths/paths.go": "package paths\n",
    }
    edges = _edges(files)
    assert edges["main.go"] == {"internal/config/config.go", "internal/config/defaults.go"}
    assert edges["internal/config/config.go"] == {"internal/paths/paths.go"}
    assert _order(files) == [
        "go.mod",
        "internal/config/defaults.go",
        "internal/paths/paths.go",
        "internal/config/config.go",
        "main.go",
    ]


def test_c_and_cpp_includes_local_and_by_include_path():
    files = {
        "src/main.c": '#include <stdio.h>\n#include "util.h"\n#include <project/api.h>\n',
        "src/util.h": '#pragma once\n#include "../include/project/api.h"\n',
        "src/util.c": '#include "util.h"\n',
        "include/project/api.h": "int api(void);\n",
        "lib/x.cpp": '  #  include "project/api.h"\n',
    }
    edges = _edges(files)
    assert edges["src/main.c"] == {"src/util.h", "include/project/api.h"}
    assert edges["src/util.h"] == {"include/project/api.h"}
    assert edges["lib/x.cpp"] == {"include/project/api.h"}
    order = _order(files)
    assert order[0] == "include/project/api.h" and order.index("src/util.h") < order.index("src/main.c")


def test_path_and_random_orders():
    files = {f"m{index}.py": "" for index in range(20)} | {"README.md": ""}
    assert _order(files, "path") == sorted(files, key=folder_key)
    shuffled = _order(files, "random")
    assert sorted(shuffled) == sorted(files) and shuffled != _order(files, "path")
    assert shuffled == _order(files, "random")  # same generator state, same order


def test_the_standard_library_orders_every_file_once_with_imports_first():
    paths = sorted(str(path.relative_to(STDLIB)) for path in (STDLIB / "json").rglob("*.py"))
    contents = [(STDLIB / path).read_text(encoding="utf-8") for path in paths]
    order = [paths[index] for index in dependency_order(paths, contents)]
    assert sorted(order) == paths
    # json/__init__.py imports .decoder and .encoder; decoder imports json.scanner.
    assert order.index("json/decoder.py") < order.index("json/__init__.py")
    assert order.index("json/scanner.py") < order.index("json/decoder.py")
