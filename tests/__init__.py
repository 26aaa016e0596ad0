"""codelm's tests; a package so that folders such as tests/kernels never import as top-level modules."""
