# Always prefer setuptools over distutils
# To use a consistent encoding
from codecs import open
from os import path

from setuptools import find_packages, setup

here = path.abspath(path.dirname(__file__))

# Get the long description from the README file
with open(path.join(here, 'README.md'), encoding='utf-8') as f:
    long_description = f.read()

# Get Version
version_file = path.join(here, "pybaseball", "version.py")
with open(version_file, encoding="utf-8") as f:
    version = f.read().split(" = ")[-1].strip().strip('"')

