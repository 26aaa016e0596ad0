"""Training: model, data loading of token shards, schedules, the DeepSpeed loop, checkpoints, export, eval."""
