"""codelm model checkpoints: a folder that ``load_model`` reads and ``codelm train`` writes.

```
checkpoint-STEP/
  model_config.json     ModelConfig fields
  model.safetensors     weights under codelm's names, fp32 (or the training dtype's master copy)
  tokenizer/            the tokenizer the data was packed with (transformers' fast-tokenizer files)
  trainer_state.json    training checkpoints only: step, tokens seen, losses, the run's config digest
  deepspeed/            training checkpoints only: DeepSpeed's optimizer and engine state
```

``load_model`` also accepts a run folder (it takes the newest ``checkpoint-*``).
"""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

from codelm.pipeline.errors import UsageProblem

MODEL_CONFIG = "model_config.json"
WEIGHTS = "model.safetensors"
TOKENIZER = "tokenizer"
_CHECKPOINT_NAME = re.compile(r"^checkpoint-(\d+)$")


def is_checkpoint(path: str | Path) -> bool:
    return (Path(path) / MODEL_CONFIG).is_file() and (Path(path) / WEIGHTS).is_file()


def list_checkpoints(run_dir: str | Path) -> list[Path]:
    """Complete checkpoints of a run folder, oldest first (a checkpoint is complete once renamed into place)."""
    run_dir = Path(run_dir)
    if not run_dir.is_dir():
        return []
    found = []
    for child in run_dir.iterdir():
        match = _CHECKPOINT_NAME.match(child.name)
        if match and is_checkpoint(child):
            found.append((int(match.group(1)), child))
    return [path for _, path in sorted(found)]


def resolve_checkpoint(path: str | Path) -> Path:
    path = Path(path)
    if is_checkpoint(path):
        return path
    checkpoints = list_checkpoints(path)
    if checkpoints:
        return checkpoints[-1]
    if not path.exists():
        raise UsageProblem(f"{path} does not exist")
    raise UsageProblem(f"{path} is neither a codelm checkpoint ({MODEL_CONFIG}, {WEIGHTS}) nor a run folder with one")


def read_model_config(checkpoint: str | Path):
    from codelm.trainer.model import ModelConfig

    fields = json.loads((Path(checkpoint) / MODEL_CONFIG).read_text())
    try:
        return ModelConfig(**fields)
    except (TypeError, ValueError) as err:
        raise UsageProblem(f"{checkpoint}/{MODEL_CONFIG}: {err}") from None


def shell_for_weights(config, state_dict: dict, where: str):
    """A ``CodeLM(config)`` on the meta device whose parameter names ``state_dict`` has exactly, for
    ``save_model(..., state_dict=...)`` to write weights built outside the model; ``where`` starts the error."""
    import torch

    from codelm.trainer.model import CodeLM

    with torch.device("meta"):
        model = CodeLM(config)
    expected = set(model.state_dict())
    if set(state_dict) != expected:
        missing = sorted(expected - set(state_dict))[:3]
        raise UsageProblem(f"{where} (missing {', '.join(missing)})")
    return model


def save_model(model, directory: str | Path, tokenizer_dir: str | Path | None = None, state_dict=None) -> None:
    """Write ``model``'s config and weights (``state_dict`` if given: e.g. gathered from ZeRO-3 shards)."""
    from safetensors.torch import save_file

    directory = Path(directory)
    directory.mkdir(parents=True, exist_ok=True)
    (directory / MODEL_CONFIG).write_text(json.dumps(model.config.to_dict(), indent=2) + "\n")
    tensors = state_dict if state_dict is not None else model.state_dict()
    # Tied embeddings share one tensor; safetensors stores each storage once, so keep the embedding's name.
    tensors = {name: tensor.detach().contiguous().cpu() for name, tensor in tensors.items()}
    save_file(tensors, str(directory / WEIGHTS), metadata={"format": "pt", "writer": "codelm"})
    if tokenizer_dir is not None and Path(tokenizer_dir).is_dir():
        shutil.copytree(tokenizer_dir, directory / TOKENIZER, dirs_exist_ok=True)


def load_model(path: str | Path, device: str = "cpu", dtype=None):
    """The model of a checkpoint (or of a run folder's newest checkpoint), in eval mode."""
    from safetensors.torch import load_file

    from codelm.trainer.model import CodeLM

    checkpoint = resolve_checkpoint(path)
    config = read_model_config(checkpoint)
    model = CodeLM(config)
    state = load_file(str(checkpoint / WEIGHTS), device="cpu")
    missing, unexpected = model.load_state_dict(state, strict=False)
    if unexpected or missing:
        problem = f"missing {', '.join(missing[:3])}" if missing else f"unexpected {', '.join(unexpected[:3])}"
        raise UsageProblem(f"{checkpoint / WEIGHTS} does not fit its model_config.json: {problem}")
    model.to(device=device, dtype=dtype)
    return model.eval()


def load_tokenizer(path: str | Path):
    """The tokenizer saved with a checkpoint, as a transformers fast tokenizer."""
    from transformers import AutoTokenizer

    checkpoint = resolve_checkpoint(path)
    folder = checkpoint / TOKENIZER
    if not folder.is_dir():
        raise UsageProblem(f"{checkpoint} holds no tokenizer/ folder (the run's data had none next to it)")
    return AutoTokenizer.from_pretrained(str(folder), local_files_only=True)
