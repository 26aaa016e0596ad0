"""`python -m codelm.cli ...` runs the codelm command (how `codelm run` starts each stage)."""

from codelm.cli.main import main

main()
