"""Evaluation: HumanEval pass@k in a sandbox, FIM infilling exact match, perplexity on token shards."""
