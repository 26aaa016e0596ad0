"""``codelm tokenizer train``: a StarCoder-style byte-level BPE trained on a bounded sample of shards.

The model follows BigCode's digit-bytelevel tokenizer: digits are split one by one before the
GPT-2 byte-level pre-tokenizer, so numbers never merge into arbitrary chunks, and no text is
out of vocabulary. The folder it writes loads with ``transformers.AutoTokenizer.from_pretrained``
(offline) and with ``tokenizers.Tokenizer.from_file(DIR/tokenizer.json)``.

Token classes:

- *control* tokens (StarCoder's and StarCoder2's ``<|endoftext|>``, FIM, repository, issue,
  Jupyter, commit and PR markers) are special: ``pack`` inserts them by id and tokenises file
  contents with special-token matching switched off, so a file that happens to contain the text
  ``<|endoftext|>`` cannot forge a document boundary;
- *placeholder* tokens (``<NAME> <EMAIL> <KEY> <PASSWORD>``, what ``codelm redact`` writes in
  place of PII, also StarCoder2's) are ordinary added tokens: they come from file contents and
  must stay single ids there.
"""

from __future__ import annotations

import hashlib
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Iterator

import pyarrow.compute as pc
import pyarrow.parquet as pq
import xxhash

from codelm.pipeline.errors import CodelmError, UsageProblem, require
from codelm.pipeline.logs import Progress, log, progress_enabled
from codelm.pipeline.shard_folder import TOKENIZER_FOLDER, StageRun
from codelm.pipeline.shards import (
    check_columns,
    file_fingerprint,
    input_roots,
    is_text_type,
    iter_batches,
    resolve_inputs,
    shard_schema,
)
from codelm.pipeline.stats import Stats

EOS = "<|endoftext|>"
# StarCoder (bigcode/starcoder tokenizer), in its id order: ids 0-18.
STARCODER_SPECIAL_TOKENS = [
    EOS,
    "<fim_prefix>",
    "<fim_middle>",
    "<fim_suffix>",
    "<fim_pad>",
    "<filename>",
    "<gh_stars>",
    "<issue_start>",
    "<issue_comment>",
    "<issue_closed>",
    "<jupyter_start>",
    "<jupyter_text>",
    "<jupyter_code>",
    "<jupyter_output>",
    "<empty_output>",
    "<commit_before>",
    "<commit_msg>",
    "<commit_after>",
    "<reponame>",
]
# StarCoder2's additions (bigcode/starcoder2-15b tokenizer).
STARCODER2_SPECIAL_TOKENS = [
    "<repo_name>",
    "<file_sep>",
    "<jupyter_script>",
    "<code_to_intermediate>",
    "<intermediate_to_code>",
    "<pr>",
    "<pr_status>",
    "<pr_is_merged>",
    "<pr_base>",
    "<pr_file>",
    "<pr_base_code>",
    "<pr_diff>",
    "<pr_diff_hunk>",
    "<pr_comment>",
    "<pr_event_id>",
    "<pr_review>",
    "<pr_review_state>",
    "<pr_review_comment>",
    "<pr_in_reply_to_review_id>",
    "<pr_in_reply_to_comment_id>",
    "<pr_diff_hunk_comment_line>",
]
SPECIAL_TOKENS = STARCODER_SPECIAL_TOKENS + STARCODER2_SPECIAL_TOKENS
PLACEHOLDER_TOKENS = ["<NAME>", "<EMAIL>", "<KEY>", "<PASSWORD>"]
TOKENIZER_FILE = "tokenizer.json"


@dataclass
class TokenizerConfig:
    vocab_size: int = 49152  # StarCoder / StarCoder2 vocabulary
    max_bytes: int = 1 << 30  # bytes of content sampled for training; 0 = everything
    min_frequency: int = 2
    model_max_length: int = 8192  # StarCoder's context; only recorded in tokenizer_config.json
    column: str = "content"
    seed: int = 0


def train_tokenizer(input_spec, output_dir: str | Path, config: TokenizerConfig, force: bool = False) -> dict:
    """Train the tokenizer on a sample of ``input_spec``'s shards and save it into ``output_dir``."""
    minimum = len(SPECIAL_TOKENS) + len(PLACEHOLDER_TOKENS) + 256
    if config.vocab_size < minimum:
        raise UsageProblem(f"--vocab-size must be at least {minimum} (special tokens plus the 256 byte symbols)")
    if config.max_bytes < 0:
        raise UsageProblem("--max-bytes must be 0 (everything) or positive")
    tokenizers = require("tokenizers", extra="tokenize", purpose="codelm tokenizer")
    require("transformers", extra="tokenize", purpose="saving a transformers tokenizer folder")
    inputs = resolve_inputs(input_spec)
    for path in inputs:
        schema = shard_schema(path)
        check_columns(path, schema, [config.column])
        if not is_text_type(schema.field(config.column).type):
            raise CodelmError(f"{path}: column {config.column!r} holds {schema.field(config.column).type}, not text")
    output_dir = Path(output_dir)
    parameters = {
        "vocab_size": config.vocab_size,
        "max_bytes": config.max_bytes,
        "min_frequency": config.min_frequency,
        "model_max_length": config.model_max_length,
        "column": config.column,
        "seed": config.seed,
    }
    with StageRun(
        output_dir,
        "tokenizer train",
        parameters,
        [file_fingerprint(path) for path in inputs],
        input_paths=input_roots(input_spec),
        force=force,
        kind=TOKENIZER_FOLDER,
    ) as run:
        if not run.start():
            return run.load_stats()
        stats = Stats()
        total_bytes = sum(column_bytes(path, config.column) for path in inputs)
        budget = config.max_bytes or total_bytes
        rate = 1.0 if budget >= total_bytes else budget / max(total_bytes, 1)
        log.info("tokenizer: sampling about %.1f MB of %.1f MB", min(budget, total_bytes) / 1e6, total_bytes / 1e6)
        tokenizer = build_untrained_tokenizer()
        trainer = tokenizers.trainers.BpeTrainer(
            vocab_size=config.vocab_size - len(PLACEHOLDER_TOKENS),
            min_frequency=config.min_frequency,
            special_tokens=SPECIAL_TOKENS,
            initial_alphabet=tokenizers.pre_tokenizers.ByteLevel.alphabet(),
            show_progress=progress_enabled(),
        )
        start = time.perf_counter()
        with Progress(min(budget, total_bytes), "sample", "byte") as progress:
            sample = _sample(inputs, config.column, budget, rate, config.seed, stats, progress)
            tokenizer.train_from_iterator(sample, trainer=trainer)
        stats.add("timings_s.train", time.perf_counter() - start)
        if stats.get("sample.documents") == 0:
            raise CodelmError(f"no text in column {config.column!r} of {input_spec}; nothing to train on")
        # Added after training so they take the last ids and never enter BPE merges.
        tokenizer.add_tokens([tokenizers.AddedToken(token, normalized=False) for token in PLACEHOLDER_TOKENS])
        save_tokenizer(tokenizer, run.files_dir(), config.model_max_length)
        stats.add("vocab_size", tokenizer.get_vocab_size())
        digest = hashlib.sha256((run.files_dir() / TOKENIZER_FILE).read_bytes()).hexdigest()
        tokenizer_info = {"vocab_size": tokenizer.get_vocab_size(), "sha256": digest}
        run.finish(stats, {output_dir: []}, {"tokenizer": tokenizer_info})
        return stats.to_dict()


def build_untrained_tokenizer():
    """The BPE pipeline of BigCode's digit-bytelevel tokenizer, without merges yet."""
    from tokenizers import Tokenizer, decoders, models, pre_tokenizers, processors

    tokenizer = Tokenizer(models.BPE())
    tokenizer.pre_tokenizer = pre_tokenizers.Sequence(
        [
            pre_tokenizers.Digits(individual_digits=True),
            pre_tokenizers.ByteLevel(add_prefix_space=False, use_regex=True),
        ]
    )
    tokenizer.post_processor = processors.ByteLevel(trim_offsets=False)
    tokenizer.decoder = decoders.ByteLevel()
    return tokenizer


def save_tokenizer(tokenizer, output_dir: Path, model_max_length: int) -> None:
    """Write ``tokenizer.json`` plus the transformers config files ``AutoTokenizer`` reads."""
    from transformers import PreTrainedTokenizerFast

    wrapped = PreTrainedTokenizerFast(
        tokenizer_object=tokenizer,
        bos_token=EOS,
        eos_token=EOS,
        unk_token=EOS,
        additional_special_tokens=SPECIAL_TOKENS[1:],
        model_max_length=model_max_length,
        clean_up_tokenization_spaces=False,
    )
    wrapped.save_pretrained(str(output_dir))


def load_tokenizer(directory: str | Path):
    """The fast ``tokenizers.Tokenizer`` of a saved folder, as ``pack`` uses it."""
    tokenizers = require("tokenizers", extra="tokenize", purpose="reading a tokenizer folder")
    path = Path(directory) / TOKENIZER_FILE
    if not path.is_file():
        raise UsageProblem(
            f"{directory} is not a tokenizer folder (no {TOKENIZER_FILE}); run `codelm tokenizer train`"
        )
    return tokenizers.Tokenizer.from_file(str(path))


def column_bytes(path: Path, column: str) -> int:
    """Bytes of text in ``column`` from file metadata only, so the sampling rate costs no pass over the data."""
    if path.suffix == ".parquet":
        metadata = pq.ParquetFile(path).metadata
        index = metadata.schema.to_arrow_schema().get_field_index(column)
        return sum(
            metadata.row_group(group).column(index).total_uncompressed_size for group in range(metadata.num_row_groups)
        )
    return sum(pc.sum(pc.binary_length(batch.column(0))).as_py() or 0 for batch in iter_batches(path, [column]))


def _sample(
    inputs: list[Path], column: str, budget: int, rate: float, seed: int, stats: Stats, progress: Progress
) -> Iterator[str]:
    """Documents chosen by a seeded hash of their text at ``rate``, until ``budget`` bytes.

    Hashing spreads the sample over every shard (reading the first shards only would train on a
    few repositories), and the same inputs and seed give the same sample.
    """
    threshold = int(rate * (1 << 64))
    taken = 0
    for path in inputs:
        for batch in iter_batches(path, [column]):
            for text in batch.column(0).to_pylist():
                if not text:
                    continue
                data = text.encode("utf-8")
                if rate < 1.0 and xxhash.xxh64_intdigest(data, seed=seed) >= threshold:
                    continue
                size = len(data)
                taken += size
                stats.add("sample.documents")
                stats.add("sample.bytes", size)
                progress.update(size)
                yield text
                if taken >= budget:
                    return
