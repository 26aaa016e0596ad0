"""The training loop of ``codelm train``: DeepSpeed engine, data order, schedule, checkpoints, logs.

One process by default; under ``deepspeed`` or ``torchrun`` every process runs this same loop as
one data-parallel rank (the launchers set RANK / WORLD_SIZE / LOCAL_RANK). On a machine without
CUDA, DeepSpeed runs on its CPU accelerator with the gloo backend.

Exact resume: the data order is a function of the number of samples seen
(``MixtureSampler``), the learning rate a function of the step, and checkpoints hold the
optimizer state (DeepSpeed's own checkpoint) and every rank's RNG state; so a run resumed from
step k computes the same updates as one that never stopped.
"""

from __future__ import annotations

import contextlib
import fcntl
import gc
import json
import logging
import math
import os
import random
import shutil
import signal
import socket
import sys
import time
import warnings
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import yaml

from codelm.pipeline.errors import CodelmError, UsageProblem
from codelm.trainer.checkpoint import (
    MODEL_CONFIG,
    WEIGHTS,
    list_checkpoints,
    read_model_config,
    resolve_checkpoint,
    save_model,
)
from codelm.trainer.config import RunConfig, from_dict, save_run_config
from codelm.trainer.data import TokenShards, unigram_entropy
from codelm.trainer.metrics import MetricsLog, peak_flops, plot_curves
from codelm.trainer.schedules import learning_rate
from codelm.trainer.stages import Stage, check_positions, open_stages, stage_at, tokens_after

log = logging.getLogger("codelm.train")
TRAINER_STATE = "trainer_state.json"
DEEPSPEED_DIR = "deepspeed"
DEEPSPEED_TAG = "state"


@dataclass
class Distributed:
    rank: int
    world_size: int
    local_rank: int
    device: str
    # Environment variables set here for a one-process group, removed again when the run ends.
    added_environment: list[str]

    @property
    def is_main(self) -> bool:
        return self.rank == 0


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def setup_distributed() -> Distributed:
    """Join the launcher's process group, or make a one-process group when started directly."""
    import torch

    if not torch.cuda.is_available():
        os.environ.setdefault("DS_ACCELERATOR", "cpu")
    single_process = {}
    if "RANK" not in os.environ:
        single_process = dict(
            RANK="0", WORLD_SIZE="1", LOCAL_RANK="0", MASTER_ADDR="127.0.0.1", MASTER_PORT=str(_free_port())
        )
        os.environ.update(single_process)
    os.environ.setdefault("LOCAL_RANK", "0")
    import deepspeed
    import deepspeed.ops

    if not torch.cuda.is_available():
        # DeepSpeed JIT-compiles a shared-memory all-reduce for CPU *inference* at every first start: a C++
        # build of ~20 s that hangs forever when an earlier build was killed holding its lock file. Training
        # all-reduces through gloo and never uses it, so it is not built.
        deepspeed.ops.__compatible_ops__["deepspeed_shm_comm"] = False
    logging.getLogger("DeepSpeed").setLevel(logging.WARNING)
    warnings.filterwarnings("ignore", category=FutureWarning, module="torch.distributed")
    deepspeed.init_distributed(auto_mpi_discovery=False, verbose=False)
    rank, world_size = int(os.environ["RANK"]), int(os.environ["WORLD_SIZE"])
    local_rank = int(os.environ["LOCAL_RANK"])
    device = f"cuda:{local_rank}" if torch.cuda.is_available() else "cpu"
    if torch.cuda.is_available():
        torch.cuda.set_device(local_rank)
    return Distributed(rank, world_size, local_rank, device, sorted(single_process))


def build_model_config(section: dict, data_vocab: int | None, init_from: str | None):
    """The ModelConfig of a run: preset, then the run's overrides; the vocabulary from the data."""
    from codelm.trainer.model import ModelConfig
    from codelm.trainer.presets import preset

    section = dict(section)
    preset_name = section.pop("preset", None)
    if init_from is not None:
        if preset_name is not None:
            raise UsageProblem("model.preset and train.init_from both choose the architecture; keep one")
        fields = read_model_config(resolve_checkpoint(init_from)).to_dict()
    else:
        fields = preset(preset_name or "tiny-starcoder")
    explicit_vocab = "vocab_size" in section
    merged = {**fields, **section}
    for name, value in section.items():  # nested sections (moe) override key by key
        if isinstance(value, dict) and isinstance(fields.get(name), dict):
            merged[name] = {**fields[name], **value}
    try:
        config = from_dict(ModelConfig, merged, "model")
    except ValueError as err:
        raise UsageProblem(f"model: {err}") from None
    if data_vocab is not None:
        if explicit_vocab or init_from is not None:
            if config.vocab_size < data_vocab:
                raise UsageProblem(
                    f"model.vocab_size {config.vocab_size} is smaller than the data's tokenizer ({data_vocab})"
                )
        else:
            config.vocab_size = data_vocab
    return config


def open_data(config: RunConfig) -> tuple[list[Stage], TokenShards | None]:
    stages = open_stages(config)
    val = TokenShards(config.data.val) if config.data.val else None
    # Stages of several lengths validate on one set of whatever length it has.
    if val is not None and not config.stages and val.seq_len != stages[0].seq_len:
        raise UsageProblem(f"data.val has sequences of {val.seq_len} tokens, data.train {stages[0].seq_len}")
    return stages, val


def parameter_groups(model, weight_decay: float) -> list[dict]:
    """AdamW groups: decay on matrices and embeddings, none on biases and norm weights (GPT-2/Megatron).

    Under µP the hidden matrices form their own group, trained at ``lr_scale`` = 1/m of the rate.
    """
    hidden = set()
    if model.config.mup is not None:
        from codelm.trainer.mup import hidden_matrices

        hidden = {id(parameter) for parameter in hidden_matrices(model)}
    decay, hidden_decay, no_decay = [], [], []
    for parameter in model.parameters():
        if parameter.requires_grad:
            if id(parameter) in hidden:
                hidden_decay.append(parameter)
            else:
                (decay if parameter.dim() >= 2 else no_decay).append(parameter)
    groups = [
        {"params": decay, "weight_decay": weight_decay},
        {"params": no_decay, "weight_decay": 0.0},
    ]
    if hidden_decay:
        groups.append(
            {"params": hidden_decay, "weight_decay": weight_decay, "lr_scale": 1.0 / model.config.width_multiplier}
        )
    return groups


def deepspeed_config(config: RunConfig) -> dict:
    settings = config.deepspeed
    ds = {}
    if settings.config_file:
        path = Path(settings.config_file)
        if not path.is_file():
            raise UsageProblem(f"deepspeed.config_file {path} does not exist")
        try:
            ds = json.loads(path.read_text())
        except json.JSONDecodeError as err:
            raise UsageProblem(f"{path} is not valid JSON: {err}") from None
        for key in ("optimizer", "scheduler"):
            if key in ds:
                raise UsageProblem(f"{path}: remove '{key}'; codelm sets it from the optim and schedule sections")
    ours = {
        "train_micro_batch_size_per_gpu": config.train.micro_batch_size,
        "gradient_accumulation_steps": config.train.grad_accum,
        "gradient_clipping": config.optim.grad_clip,
    }
    for key, value in ours.items():
        if key in ds and ds[key] != value:
            raise UsageProblem(f"deepspeed config sets {key}={ds[key]} but the run config says {value}")
        ds[key] = value
    ds.pop("train_batch_size", None)
    zero = ds.setdefault("zero_optimization", {})
    zero.setdefault("stage", settings.zero_stage)
    if settings.offload_optimizer:
        zero["offload_optimizer"] = {"device": "cpu"}
    if settings.offload_param:
        zero["offload_param"] = {"device": "cpu"}
    ds["bf16"] = {"enabled": config.train.precision == "bf16"}
    # codelm passes a torch AdamW (decoupled weight decay, per-group lr for muP) instead of DeepSpeed's.
    ds["zero_allow_untested_optimizer"] = True
    ds.setdefault("steps_per_print", 1 << 30)
    ds.setdefault("wall_clock_breakdown", False)
    return ds


class RunFolder:
    """The run folder: an exclusive lock, the resolved config, checkpoints written atomically and pruned."""

    def __init__(self, path: Path, is_main: bool):
        self.path = path
        self.is_main = is_main
        self._lock_handle = None

    def lock(self) -> None:
        self.path.mkdir(parents=True, exist_ok=True)
        handle = open(self.path / ".lock", "a+")
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            handle.seek(0)
            holder = handle.read().strip() or "another process"
            handle.close()
            raise CodelmError(f"{self.path} is being trained by codelm pid {holder}") from None
        handle.seek(0)
        handle.truncate()
        handle.write(str(os.getpid()))
        handle.flush()
        self._lock_handle = handle

    def unlock(self) -> None:
        if self._lock_handle is not None:
            self._lock_handle.close()
            self._lock_handle = None

    def checkpoint_dir(self, step: int) -> Path:
        return self.path / f"checkpoint-{step}"

    def prune(self, keep_last: int) -> None:
        for old in list_checkpoints(self.path)[:-keep_last]:
            shutil.rmtree(old)


class StopRequested(Exception):
    pass


class _Signals:
    """SIGTERM/SIGINT set a flag; the loop finishes its step, checkpoints and stops."""

    def __init__(self):
        self.received: str | None = None
        self._previous = {}

    def __enter__(self):
        for signum in (signal.SIGTERM, signal.SIGINT):
            self._previous[signum] = signal.signal(signum, self._handle)
        return self

    def _handle(self, signum, frame):
        self.received = signal.Signals(signum).name

    def __exit__(self, *exc):
        for signum, handler in self._previous.items():
            signal.signal(signum, handler)


def _all_ranks_max(value: float, device) -> float:
    import torch
    import torch.distributed as dist

    tensor = torch.tensor([value], dtype=torch.float64, device=device)
    dist.all_reduce(tensor, op=dist.ReduceOp.MAX)
    return float(tensor.item())


def _all_ranks_sum(values: list[float], device) -> list[float]:
    import torch
    import torch.distributed as dist

    tensor = torch.tensor(values, dtype=torch.float64, device=device)
    dist.all_reduce(tensor, op=dist.ReduceOp.SUM)
    return tensor.tolist()


def _rng_state() -> dict:
    import torch

    state = {"torch": torch.get_rng_state(), "numpy": np.random.get_state(), "python": random.getstate()}
    if torch.cuda.is_available():
        state["cuda"] = torch.cuda.get_rng_state()
    return state


def _set_rng_state(state: dict) -> None:
    import torch

    torch.set_rng_state(state["torch"])
    np.random.set_state(state["numpy"])
    random.setstate(state["python"])
    if "cuda" in state and torch.cuda.is_available():
        torch.cuda.set_rng_state(state["cuda"])


def _seed_everything(seed: int) -> None:
    import torch

    random.seed(seed)
    np.random.seed(seed)
    torch.manual_seed(seed)


class Trainer:
    def __init__(self, config: RunConfig, resume: str | None, show_progress: bool):
        self.config = config
        self.show_progress = show_progress
        # Everything that can be checked without processes or models is checked first.
        self.stages, self.val = open_data(config)
        data = self.stages[0].data
        self.tokenizer_dir = data.tokenizer_dir
        self.model_config = build_model_config(config.model, data.vocab_size, config.train.init_from)
        check_positions(self.stages, self.model_config)
        self.model_rope_theta = self.model_config.rope_theta
        self.stage = None  # the stage being trained, entered by _enter_stage
        self.stage_first_sample = 0  # the run's sample count when that stage began
        self.tokens_seen = 0
        self.folder = RunFolder(Path(config.train.output_dir), is_main=os.environ.get("RANK", "0") == "0")
        self.resume_from = self._checkpoint_to_resume(resume)
        if self.folder.is_main:
            self.folder.lock()
        self.dist = None
        try:
            self._start()
        except BaseException:
            self.close()
            raise

    def _start(self) -> None:
        import torch

        config = self.config
        self.dist = setup_distributed()
        _seed_everything(config.train.seed)
        self.model = self._build_model()
        self.engine = self._build_engine()
        self.sequences_per_step = config.train.micro_batch_size * config.train.grad_accum * self.dist.world_size
        self.device_name = torch.cuda.get_device_name() if torch.cuda.is_available() else None

    def _checkpoint_to_resume(self, resume: str | None) -> Path | None:
        existing = list_checkpoints(self.folder.path)
        if resume is None:
            if existing:
                raise UsageProblem(
                    f"{self.folder.path} already holds {existing[-1].name}; continue it with --resume auto, "
                    "or choose another train.output_dir"
                )
            return None
        if resume == "auto":
            return existing[-1] if existing else None
        return resolve_checkpoint(resume)

    def _build_model(self):
        from safetensors.torch import load_file

        from codelm.trainer.model import CodeLM

        model = CodeLM(self.model_config)
        if self.config.train.init_from and self.resume_from is None:
            checkpoint = resolve_checkpoint(self.config.train.init_from)
            state = load_file(str(checkpoint / WEIGHTS))
            model.load_state_dict(state, strict=True)
        return model

    def _build_engine(self):
        import deepspeed
        import torch

        optim = self.config.optim
        groups = parameter_groups(self.model, optim.weight_decay)
        optimizer = torch.optim.AdamW(groups, lr=optim.lr, betas=tuple(optim.betas), eps=optim.eps)
        engine, *_ = deepspeed.initialize(
            model=self.model, optimizer=optimizer, config=deepspeed_config(self.config), dist_init_required=False
        )
        return engine

    # ---- checkpoints ------------------------------------------------------------------------------

    def _gathered_state_dict(self) -> dict | None:
        """Full weights on rank 0 (gathered from ZeRO-3 partitions when needed), None elsewhere."""
        import deepspeed

        module = self.engine.module
        if self.engine.zero_optimization_stage() == 3:
            with deepspeed.zero.GatheredParameters(list(module.parameters()), modifier_rank=None):
                state = {k: v.detach().clone() for k, v in module.state_dict().items()} if self.dist.is_main else None
            return state
        return module.state_dict() if self.dist.is_main else None

    def save(self, step: int, samples_seen: int, last_loss: float | None) -> Path:
        import torch
        import torch.distributed as dist

        final = self.folder.checkpoint_dir(step)
        staging = final.with_name(final.name + ".tmp")
        if self.dist.is_main:
            shutil.rmtree(staging, ignore_errors=True)
            staging.mkdir(parents=True)
        dist.barrier()
        self.engine.save_checkpoint(str(staging / DEEPSPEED_DIR), tag=DEEPSPEED_TAG)
        torch.save(_rng_state(), staging / f"rng-rank{self.dist.rank}.pt")
        state = self._gathered_state_dict()
        if self.dist.is_main:
            save_model(self.engine.module, staging, self.tokenizer_dir, state_dict=state)
            trainer_state = {
                "step": step,
                "samples_seen": samples_seen,
                "tokens_seen": self.tokens_seen,
                "stage": self.stage.index,
                "stage_first_sample": self.stage_first_sample,
                "world_size": self.dist.world_size,
                "zero_stage": self.engine.zero_optimization_stage(),
                "data_digest": self.config.data_digest(),
                "loss": last_loss,
            }
            (staging / TRAINER_STATE).write_text(json.dumps(trainer_state, indent=2) + "\n")
        dist.barrier()
        if self.dist.is_main:
            shutil.rmtree(final, ignore_errors=True)
            staging.rename(final)
            self.folder.prune(self.config.train.keep_last)
        dist.barrier()
        return final

    def load(self, checkpoint: Path) -> tuple[int, int]:
        import torch

        state_file = checkpoint / TRAINER_STATE
        if not state_file.is_file():
            raise UsageProblem(f"{checkpoint} is a model checkpoint without training state; use train.init_from")
        state = json.loads(state_file.read_text())
        if state["data_digest"] != self.config.data_digest():
            raise UsageProblem(
                f"{checkpoint} was trained on other data or seed; start a new output_dir to change them"
            )
        if state["world_size"] != self.dist.world_size and state["zero_stage"] > 0:
            raise UsageProblem(
                f"{checkpoint} was written by {state['world_size']} processes under ZeRO-{state['zero_stage']}; "
                f"resume with the same number of processes"
            )
        saved_model = json.loads((checkpoint / MODEL_CONFIG).read_text())
        saved_stage = self.stages[state.get("stage", 0)]
        rope_theta = saved_stage.rope_theta if saved_stage.rope_theta is not None else self.model_rope_theta
        if saved_model != {**self.model_config.to_dict(), "rope_theta": rope_theta}:
            raise UsageProblem(f"{checkpoint}'s model differs from the run's model section; resume with the same one")
        load_path, _ = self.engine.load_checkpoint(
            str(checkpoint / DEEPSPEED_DIR), tag=DEEPSPEED_TAG, load_optimizer_states=True
        )
        if load_path is None:
            raise CodelmError(f"DeepSpeed could not load {checkpoint / DEEPSPEED_DIR}")
        rng_file = checkpoint / f"rng-rank{self.dist.rank}.pt"
        if rng_file.exists():
            _set_rng_state(torch.load(rng_file, weights_only=False))
        self.tokens_seen = state["tokens_seen"]
        self.stage, self.stage_first_sample = saved_stage, state.get("stage_first_sample", 0)
        self.model_config.rope_theta = rope_theta
        return state["step"], state["samples_seen"]

    # ---- steps ------------------------------------------------------------------------------------

    def _enter_stage(self, step: int, samples_seen: int) -> None:
        """Switch data, sequence length and RoPE base when update ``step`` belongs to another stage."""
        stage = stage_at(self.stages, step)
        if stage is self.stage:
            return
        self.stage, self.stage_first_sample = stage, samples_seen
        self.model_config.rope_theta = stage.rope_theta if stage.rope_theta is not None else self.model_rope_theta
        if len(self.stages) > 1 and self.dist.is_main:
            log.info(
                "stage %d/%d: steps %d-%d, %d-token rows from %s, rope_theta %g",
                stage.index + 1,
                len(self.stages),
                stage.first_step + 1,
                stage.end_step,
                stage.seq_len,
                stage.data.path,
                self.model_config.rope_theta,
            )

    @property
    def seq_len(self) -> int:
        return self.stage.seq_len

    @property
    def tokens_per_step(self) -> int:
        return self.sequences_per_step * self.stage.seq_len

    def _micro_batch(self, samples_seen: int, micro_step: int) -> dict:
        train = self.config.train
        start = samples_seen - self.stage_first_sample
        start += (micro_step * self.dist.world_size + self.dist.rank) * train.micro_batch_size
        batch = self.stage.sampler.batch(start, train.micro_batch_size)
        return {name: tensor.to(self.dist.device, non_blocking=True) for name, tensor in batch.items()}

    def _set_lr(self, step: int) -> float:
        lr = learning_rate(
            step,
            self.config.train.max_steps,
            self.config.schedule,
            self.config.optim,
            lambda done: tokens_after(self.stages, done, self.sequences_per_step),
            self.sequences_per_step,
        )
        for group in self.engine.optimizer.param_groups:
            group["lr"] = lr * group.get("lr_scale", 1.0)
        return lr

    def _grad_norm_before_step(self) -> float | None:
        """The global gradient norm, for ZeRO-0 in fp32, where DeepSpeed clips without keeping it.

        Gradients are already averaged over ranks when the last micro-batch's backward returns.
        ZeRO 1-3 and bf16 keep the norm themselves (``get_global_grad_norm`` after the step).
        """
        import torch

        if self.engine.zero_optimization_stage() > 0 or self.config.train.precision != "fp32":
            return None
        grads = [p.grad for p in self.engine.module.parameters() if p.grad is not None]
        return float(torch.nn.utils.get_total_norm(grads)) if grads else None

    def validate(self) -> float | None:
        """Token-weighted mean loss over the validation shards (each rank a disjoint share)."""
        import torch

        if self.val is None:
            return None
        train = self.config.train
        per_rank = len(self.val) // self.dist.world_size
        indices = np.arange(self.dist.rank, per_rank * self.dist.world_size, self.dist.world_size)
        if train.eval_batches:
            indices = indices[: train.eval_batches * train.micro_batch_size]
        loss_sum, tokens = 0.0, 0.0
        self.engine.eval()
        with torch.no_grad():
            for first in range(0, len(indices), train.micro_batch_size):
                batch = self.val.get_batch(indices[first : first + train.micro_batch_size])
                batch = {k: torch.from_numpy(v).to(self.dist.device) for k, v in batch.items()}
                output = self.engine(batch["input_ids"], position_ids=batch["position_ids"], targets=batch["labels"])
                counted = float((batch["labels"] != -100).sum())
                loss_sum += float(output.loss) * counted
                tokens += counted
        self.engine.train()
        loss_sum, tokens = _all_ranks_sum([loss_sum, tokens], self.dist.device)
        return loss_sum / tokens if tokens else None

    def run(self) -> dict:
        import torch

        config, train = self.config, self.config.train
        step, samples_seen = self.load(self.resume_from) if self.resume_from else (0, 0)
        if self.dist.is_main:
            save_run_config(config, self.folder.path / "config.yaml")
            (self.folder.path / MODEL_CONFIG).write_text(json.dumps(self.model_config.to_dict(), indent=2) + "\n")
        metrics = MetricsLog(self.folder.path, step if self.resume_from else None) if self.dist.is_main else None
        self._enter_stage(step, samples_seen)
        unigram = unigram_entropy(self.val or self.stage.data) if self.dist.is_main else None
        if metrics is not None and step == 0:
            # The loss of a model that knows only token frequencies: the line a learning run must go below.
            metrics.write({"step": 0, "unigram_entropy": unigram})
        peak = peak_flops(self.device_name, train.precision)
        progress = None
        if self.dist.is_main and self.show_progress:
            from tqdm import tqdm

            progress = tqdm(total=train.max_steps, initial=step, desc="train", unit="step", dynamic_ncols=True)
        start_step, start_tokens, started = step, self.tokens_seen, time.perf_counter()
        window_losses, window_start, window_steps = [], time.perf_counter(), 0
        expert_load = None
        if self.model_config.mlp == "moe":
            from codelm.trainer.moe import ExpertLoad

            expert_load = ExpertLoad()
        last_loss = val_loss = None
        last_saved = self.resume_from
        self.engine.train()
        with _Signals() as signals:
            end = min(train.max_steps, train.stop_at) if train.stop_at else train.max_steps
            while step < end:
                self._enter_stage(step, samples_seen)
                lr = self._set_lr(step)
                step_loss = 0.0
                for micro_step in range(train.grad_accum):
                    batch = self._micro_batch(samples_seen, micro_step)
                    output = self.engine(
                        batch["input_ids"], position_ids=batch["position_ids"], targets=batch["labels"]
                    )
                    loss = output.loss
                    if expert_load is not None:
                        expert_load.add(output.aux)
                    if _all_ranks_max(0.0 if torch.isfinite(loss) else 1.0, self.dist.device):
                        kept = f"the last good checkpoint is {last_saved}" if last_saved else "no checkpoint was saved"
                        raise CodelmError(
                            f"loss became {float(loss.detach())} at step {step + 1}: training stopped ({kept}); "
                            "lower optim.lr, raise schedule.warmup_steps or check the data"
                        )
                    self.engine.backward(loss)
                    if micro_step == train.grad_accum - 1:
                        grad_norm = self._grad_norm_before_step()
                    self.engine.step()
                    step_loss += float(loss.detach()) / train.grad_accum
                step += 1
                samples_seen += self.sequences_per_step
                self.tokens_seen += self.tokens_per_step
                (step_loss,) = _all_ranks_sum([step_loss / self.dist.world_size], self.dist.device)
                last_loss = step_loss
                window_losses.append(step_loss)
                window_steps += 1
                if progress is not None:
                    progress.update(1)
                    progress.set_postfix(loss=f"{step_loss:.3f}", lr=f"{lr:.2e}")
                if step % train.log_every == 0 or step == end:
                    elapsed = time.perf_counter() - window_start
                    tokens_per_s = window_steps * self.tokens_per_step / elapsed
                    record = {
                        "step": step,
                        "loss": sum(window_losses) / len(window_losses),
                        "lr": lr,
                        "grad_norm": grad_norm if grad_norm is not None else _grad_norm(self.engine),
                        "tokens_per_s": tokens_per_s,
                        "tokens_seen": self.tokens_seen,
                        "epoch": self.stage.sampler.locate(samples_seen - self.stage_first_sample)[2],
                    }
                    if peak:
                        flops_per_token = self.engine.module.flops_per_token(self.seq_len)
                        record["mfu"] = tokens_per_s * flops_per_token / (peak * self.dist.world_size)
                    if expert_load is not None:  # tokens per expert and router losses over the window
                        record.update(expert_load.record())
                    if metrics is not None:
                        metrics.write(record)
                        if progress is None:
                            log.info(
                                "step %d loss %.4f lr %.3g %.0f tokens/s",
                                step,
                                record["loss"],
                                lr,
                                tokens_per_s,
                            )
                    window_losses, window_start, window_steps = [], time.perf_counter(), 0
                if self.val is not None and (step % train.eval_every == 0 or step == end):
                    val_loss = self.validate()
                    if metrics is not None:
                        metrics.write({"step": step, "val_loss": val_loss})
                stop = (
                    signals.received if _all_ranks_max(float(signals.received is not None), self.dist.device) else None
                )
                if step % train.save_every == 0 or step == end or stop:
                    last_saved = self.save(step, samples_seen, last_loss)
                if stop:
                    raise StopRequested(
                        f"stopped by {signals.received or 'a signal on another rank'} after step {step}; "
                        f"saved {last_saved}; continue with --resume auto"
                    )
        if progress is not None:
            progress.close()
        if metrics is not None:
            metrics.close()
        curve = plot_curves(self.folder.path, unigram) if self.dist.is_main else None
        wall = time.perf_counter() - started
        return {
            "output_dir": str(self.folder.path),
            "checkpoint": str(last_saved) if last_saved else None,
            "steps": step,
            "steps_this_run": step - start_step,
            "loss": last_loss,
            "val_loss": val_loss,
            "unigram_entropy": unigram,
            "tokens_seen": self.tokens_seen,
            "tokens_per_s": (self.tokens_seen - start_tokens) / wall if wall else None,
            "parameters": self.model_config.num_parameters(),
            "world_size": self.dist.world_size,
            "curve": str(curve) if curve else None,
        }

    def close(self, completed: bool = False) -> None:
        """Release the run folder and the process group. ``completed``: every rank finished the run, so all meet at a
        barrier first (after a failure on one rank the others may never arrive)."""
        import torch.distributed as dist

        self.folder.unlock()
        if dist.is_initialized():
            # No rank tears the group down while another still communicates, and the engine (its optimizer's
            # partitions, pending gathers) goes while the interpreter is whole: gloo objects left to interpreter exit
            # have aborted a rank after a finished run ("terminate called without an active exception").
            if completed:
                dist.barrier()
            self.engine = None
            gc.collect()
            dist.destroy_process_group()
            # DeepSpeed keeps its clone of the world group; a later run in this process (tests, a notebook)
            # would broadcast over the destroyed one.
            from deepspeed.utils import groups

            groups._WORLD_GROUP = None
        for name in self.dist.added_environment if self.dist else []:
            os.environ.pop(name, None)


def _grad_norm(engine) -> float | None:
    norm = engine.get_global_grad_norm()
    if norm is None:
        return None
    norm = float(norm)
    return norm if math.isfinite(norm) else None


def _finished_run(config: RunConfig) -> dict | None:
    """The summary of a run whose newest checkpoint already reached the end, or None.

    `--resume auto` on a finished run (a Makefile or `codelm run` calling it again) then returns at
    once, without starting processes or building the model.
    """
    checkpoints = list_checkpoints(config.train.output_dir)
    if not checkpoints:
        return None
    newest = checkpoints[-1]
    state_file = newest / TRAINER_STATE
    state = json.loads(state_file.read_text()) if state_file.is_file() else {}
    end = min(config.train.max_steps, config.train.stop_at) if config.train.stop_at else config.train.max_steps
    if state.get("step", -1) < end or state.get("data_digest") != config.data_digest():
        return None
    saved = Path(config.train.output_dir) / "config.yaml"
    if not saved.is_file() or (yaml.safe_load(saved.read_text()) or {}).get("model") != config.model:
        return None
    records = [json.loads(line) for line in (Path(config.train.output_dir) / "metrics.jsonl").read_text().splitlines()]
    val_losses = [r["val_loss"] for r in records if r.get("val_loss") is not None]
    log.info("%s is up to date (%s reached step %d); nothing to do", config.train.output_dir, newest.name, end)
    return {
        "output_dir": config.train.output_dir,
        "checkpoint": str(newest),
        "steps": state["step"],
        "steps_this_run": 0,
        "loss": state.get("loss"),
        "val_loss": val_losses[-1] if val_losses else None,
        "tokens_seen": state.get("tokens_seen"),
        "world_size": state.get("world_size"),
        "up_to_date": True,
    }


def train(config: RunConfig, resume: str | None = None, show_progress: bool | None = None) -> dict:
    """Run (or continue) a training run; returns its summary. Raises CodelmError on failure."""
    if show_progress is None:
        show_progress = sys.stderr.isatty()
    finished = _finished_run(config) if resume == "auto" else None
    if finished is not None:
        return finished
    trainer = None
    completed = False
    try:
        trainer = Trainer(config, resume, show_progress)
        summary = trainer.run()
        completed = True
        return summary
    except StopRequested as stopped:
        raise CodelmError(str(stopped)) from None
    finally:
        if trainer is not None:
            with contextlib.suppress(Exception):
                trainer.close(completed)
