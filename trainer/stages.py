"""The stages of one run: which data, sequence length and RoPE base each step trains with.

A run without ``stages`` is one stage over ``data.train``. Long-context continual training (Granite
Code 128K, Stallone et al. 2024) continues a model from a checkpoint (``train.init_from``) in stages
that each raise the sequence length (their own token shards, packed at that length, best with
``codelm pack --context repo`` so that a long row holds one repository) together with RoPE's base
``rope_theta`` (to 10M at 128K), so that the rotations of far-apart positions stay distinguishable.

Stage *i* runs steps ``first_step .. end_step - 1`` (0-based update indices). Its samples are read in
its own order, counted from the run's sample count where it began; a checkpoint records that count
(``trainer_state.json``), so a run resumed inside a stage, or at a boundary, reads what a straight
run would have read.
"""

from __future__ import annotations

from dataclasses import dataclass

from codelm.pipeline.errors import UsageProblem
from codelm.trainer.config import RunConfig
from codelm.trainer.data import MixtureSampler, TokenShards


@dataclass
class Stage:
    index: int
    first_step: int
    end_step: int
    sampler: MixtureSampler
    rope_theta: float | None  # None: the model's own

    @property
    def seq_len(self) -> int:
        return self.sampler.sources[0].seq_len

    @property
    def data(self) -> TokenShards:
        return self.sampler.sources[0]


def open_mixture(sources, seed: int) -> MixtureSampler:
    """A folder (``str``) or a weighted mixture (``DataSource`` list) as one sampler."""
    if isinstance(sources, str):
        paths, weights = [sources], [1.0]
    else:
        paths, weights = [source.path for source in sources], [source.weight for source in sources]
    return MixtureSampler([TokenShards(path) for path in paths], weights, seed)


def open_stages(config: RunConfig) -> list[Stage]:
    """The run's stages with their data opened and checked; one stage over ``data.train`` without ``stages``."""
    seed = config.train.seed
    if not config.stages:
        return [Stage(0, 0, config.train.max_steps, open_mixture(config.data.train, seed), None)]
    stages, first_step, rope_theta = [], 0, None
    for index, settings in enumerate(config.stages):
        sampler = open_mixture(settings.data or config.data.train, seed)
        rope_theta = settings.rope_theta if settings.rope_theta is not None else rope_theta
        stage = Stage(index, first_step, settings.max_steps, sampler, rope_theta)
        if settings.seq_len is not None and settings.seq_len != stage.seq_len:
            raise UsageProblem(
                f"stages[{index}].seq_len is {settings.seq_len} but its data {stage.data.path} has rows of "
                f"{stage.seq_len} tokens: pack that stage's data with --seq-len {settings.seq_len}"
            )
        first = stages[0].data if stages else stage.data
        if (stage.data.vocab_size, stage.data.eos_id) != (first.vocab_size, first.eos_id):
            raise UsageProblem(f"stages[{index}]'s data was packed with another tokenizer than stages[0]'s")
        stages.append(stage)
        first_step = settings.max_steps
    return stages


def check_positions(stages: list[Stage], model_config) -> None:
    """Refuse what the model cannot train on: rows past learned positions, a RoPE base without RoPE."""
    for stage in stages:
        if model_config.position == "learned" and stage.seq_len > model_config.max_position_embeddings:
            raise UsageProblem(
                f"the data's sequences have {stage.seq_len} tokens but model.max_position_embeddings is "
                f"{model_config.max_position_embeddings}"
            )
        if stage.rope_theta is not None and model_config.position != "rope":
            raise UsageProblem(f"stages[{stage.index}].rope_theta needs a model with position: rope")


def stage_at(stages: list[Stage], step: int) -> Stage:
    """The stage that runs update ``step`` (0-based); past the end, the last one."""
    return next((stage for stage in stages if step < stage.end_step), stages[-1])


def tokens_after(stages: list[Stage], step: int, sequences_per_step: int) -> int:
    """Tokens seen once update ``step`` (0-based) is done, every stage at its own sequence length."""
    tokens = 0
    for stage in stages:
        steps = (step + 1 if stage is stages[-1] else min(step + 1, stage.end_step)) - stage.first_step
        if steps <= 0:
            break
        tokens += steps * sequences_per_step * stage.seq_len
    return tokens
