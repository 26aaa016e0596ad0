"""The model under evaluation: a codelm checkpoint (or run folder) or a local transformers model folder.

Both kinds follow the same call convention, so generation and perplexity are written once:
``model(input_ids, position_ids=..., attention_mask=..., past_key_values=..., use_cache=True)``
returns an object with ``.logits`` ``(batch, seq, vocab)`` and ``.past_key_values`` (transformers 5
calls the cache ``cache``; ``LoadedModel.forward_cached`` speaks both). Nothing is downloaded:
transformers folders are read with ``local_files_only=True``.
"""

from __future__ import annotations

import inspect
from dataclasses import dataclass
from pathlib import Path

from codelm.pipeline.errors import UsageProblem, require
from codelm.pipeline.tokenizer import EOS

DTYPES = ("auto", "float32", "bfloat16", "float16")
CODELM = "codelm"
TRANSFORMERS = "transformers"


@dataclass
class LoadedModel:
    model: object  # torch.nn.Module in eval mode
    tokenizer: object  # transformers PreTrainedTokenizerFast
    kind: str  # codelm | transformers
    path: Path
    device: str
    max_positions: int | None  # the longest sequence the model was built for

    @property
    def eos_id(self) -> int | None:
        return self.tokenizer.eos_token_id

    def encode(self, text: str, add_special_tokens: bool = False) -> list[int]:
        """Token ids of ``text``; control-token spellings inside it stay text. ``add_special_tokens`` adds what
        the tokenizer puts around a whole input (Llama's BOS; nothing for BigCode's tokenizers)."""
        return self.tokenizer(text, add_special_tokens=add_special_tokens, split_special_tokens=True)["input_ids"]

    def forward_cached(self, input_ids, attention_mask, position_ids, cache):
        """Logits ``(batch, seq, vocab)`` and the updated KV cache (``cache`` None: start one)."""
        # transformers 5 renamed past_key_values to cache (argument and output); codelm keeps the older name.
        name = "cache" if "cache" in inspect.signature(self.model.forward).parameters else "past_key_values"
        output = self.model(
            input_ids, attention_mask=attention_mask, position_ids=position_ids, use_cache=True, **{name: cache}
        )
        return output.logits, getattr(output, name)

    def decode(self, ids: list[int]) -> str:
        return self.tokenizer.decode(ids, skip_special_tokens=False, clean_up_tokenization_spaces=False)

    def token_id(self, token: str) -> int | None:
        """The id of a control token such as ``<fim_prefix>``, or None when the vocabulary lacks it."""
        found = self.tokenizer.convert_tokens_to_ids(token)
        return found if isinstance(found, int) and found != self.tokenizer.unk_token_id else None

    def stop_token_ids(self) -> set[int]:
        """Tokens that end a document: EOS (``<|endoftext|>``) however the tokenizer names it."""
        ids = {self.eos_id, self.token_id(EOS)}
        return {token for token in ids if token is not None}


def model_kind(path: str | Path) -> str:
    from codelm.trainer.checkpoint import MODEL_CONFIG, list_checkpoints

    path = Path(path)
    if not path.exists():
        raise UsageProblem(f"{path} does not exist")
    if (path / MODEL_CONFIG).is_file() or list_checkpoints(path):
        return CODELM
    if (path / "config.json").is_file():
        return TRANSFORMERS
    raise UsageProblem(
        f"{path} is neither a codelm checkpoint or run folder ({MODEL_CONFIG}) nor a transformers model folder "
        "(config.json)"
    )


def resolve_device(device: str | None) -> str:
    torch = require("torch", extra="train", purpose="running a model")
    if device in (None, "auto"):
        return "cuda" if torch.cuda.is_available() else "cpu"
    if device.startswith("cuda") and not torch.cuda.is_available():
        raise UsageProblem(f"--device {device}: no CUDA device is available")
    return device


def load_model(path: str | Path, device: str | None = None, dtype: str = "auto") -> LoadedModel:
    """Load either kind of model folder for evaluation, in eval mode on ``device``."""
    torch = require("torch", extra="train", purpose="running a model")
    if dtype not in DTYPES:
        raise UsageProblem(f"unknown dtype {dtype!r}; choose from {', '.join(DTYPES)}")
    device = resolve_device(device)
    # bf16 halves memory and is what the models train in on GPUs; CPUs run fp32 faster.
    if dtype == "auto":
        dtype = "bfloat16" if device.startswith("cuda") else "float32"
    torch_dtype = getattr(torch, dtype)
    path = Path(path)
    kind = model_kind(path)
    if kind == CODELM:
        from codelm.trainer import load_model as load_codelm_model
        from codelm.trainer import load_tokenizer

        model = load_codelm_model(path, device=device, dtype=torch_dtype)
        tokenizer = load_tokenizer(path)
        max_positions = model.config.max_position_embeddings
    else:
        transformers = require("transformers", extra="train", purpose="loading a transformers model")
        try:
            model = transformers.AutoModelForCausalLM.from_pretrained(path, dtype=torch_dtype, local_files_only=True)
            tokenizer = transformers.AutoTokenizer.from_pretrained(path, local_files_only=True)
        except (OSError, ValueError) as err:
            raise UsageProblem(f"{path}: transformers cannot load it offline ({str(err).splitlines()[0]})") from None
        model = model.to(device).eval()
        config = model.config
        max_positions = getattr(config, "max_position_embeddings", None) or getattr(config, "n_positions", None)
    return LoadedModel(model, tokenizer, kind, path, device, max_positions)
