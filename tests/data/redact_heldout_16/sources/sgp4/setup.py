# This setup.py supports three modes.
#
# 1. We normally perform a best-effort install: we will try to compile
#    the C++ module, but if it won't compile, then we fall back to
#    installing the pure-Python SGP4 implementation instead.
#
# 2. `PYTHON_SGP4_COMPILE=always` insists on compiling the accelerated
#    module written in C++.  Install fails if it can't be compiled.
#
# 3. `PYTHON_SGP4_COMPILE=never` insists on installing the pure-Python
#    version of SGP4.  Users probably never want this, but it's useful
#    to support local and CI tests that want to make sure the
#    pure-Python version is the one getting tested.

import os
import sys
import sysconfig
from distutils.ccompiler import get_default_compiler
from distutils.core import setup, Extension

PYTHON_SGP4_COMPILE = os.environ.get('PYTHON_SGP4_COMPILE', '')

USE_PY_LIMITED_API = (
    # Py_buffer is required
    sys.version_info >= (3, 11)
    # LIMITED_API is not compatible with free-threading (as of CPython 3.14)
    and not sysconfig.get_config_var("Py_GIL_DISABLED")
)
ABI3_TARGET_VERSION = "".join(str(_) for _ in sys.version_info[:2])
ABI3_TARGET_HEX = hex(sys.hexversion & 0xFFFF00F0)

ext_modules = []
define_macros = []

if USE_PY_LIMITED_API:
    define_macros.append(("Py_LIMITED_API", ABI3_TARGET_HEX))

if sys.version_info[0] == 3 and PYTHON_SGP4_COMPILE != 'never':

    if PYTHON_SGP4_COMPILE == 'always':
        optional = False
    else:
        optional = True

    # TODO: can we safely figure out how to use a pair of options
    # like these, adapted to as many platforms as possible, to use
    # multiple processors when available?
    # extra_compile_args=['-fopenmp'],
    # extra_link_args=['-fopenmp'],
    extra_compile_args = ['-ffloat-store']
    if get_default_compiler() == "msvc":
        extra_compile_args.append("/std:c++20")

    ext_modules.append(Extension(
        'sgp4.vallado_cpp',
        optional=optional,
        sources=[
            'extension/SGP4.cpp',
            'extension/wrapper.cpp',
        ],
        extra_compile_args=extra_compile_args,
        define_macros=define_macros,
        py_limited_api=USE_PY_LIMITED_API,
    ))

# Read the package's docstring and "__version__" without importing it.
path = 'sgp4/__init__.py'
with open(path, 'rb') as f:
    text = f.read().decode('utf-8')
text = text.replace('-*- coding: utf-8 -*-', '')  # for Python 2.7

namespace = {}
eval(compile(text, path, 'exec'), namespace)

version = namespace['__version__']
description, long_description = namespace['__doc__'].split('\n', 1)

# Avoid "`long_description` has syntax errors in markup" from extra
# whitespace that somehow creeps in.
description = description.strip()
long_description = long_description.strip() + '\n'

if sys.version_info[0] == 2:
    # keep in sync with the [project] table from pyproject.toml
    setup_kwargs = {
        "name": "sgp4",
        "long_description": long_description,
        "long_description_content_type": 'text/markdown',
        "license": 'MIT',
    }
else:
    # equivalent metadata lives in pyproject.toml
    setup_kwargs = {}

