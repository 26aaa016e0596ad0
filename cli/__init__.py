"""The ``codelm`` command line: one thin module per command."""
