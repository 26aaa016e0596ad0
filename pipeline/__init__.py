"""Data stages of codelm: shard I/O, engines and the stages that turn source code into training data."""
