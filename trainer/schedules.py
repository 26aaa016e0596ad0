"""Learning-rate schedules as pure functions of the step, so a resumed run continues on the same curve.

``learning_rate(step, ...)`` is the rate used for the optimizer update that ends step ``step + 1``
(``step`` counts completed updates, from 0). Every schedule starts with a linear warmup over
``warmup_steps``:

- ``constant``: ``lr`` after warmup;
- ``cosine``: cosine from ``lr`` to ``min_lr`` at ``max_steps`` (StarCoder: 3e-4 -> 3e-5);
- ``wsd`` (warmup-stable-decay, MiniCPM): ``lr`` until the last ``decay_fraction`` of the steps, then
  down to ``min_lr`` (shape ``linear``, ``cosine`` or ``sqrt`` = 1 - sqrt, Hägele et al. 2024);
- ``power`` (Shen et al. 2024, "Power Scheduler"): ``min(lr_max, batch_size * a * n^b)`` with ``n``
  the tokens seen, a = 4, b = -0.51, lr_max = 0.02; its value is independent of how many steps the
  run will take, so training can be continued; the final ``decay_fraction`` decays to ``min_lr``.
"""

from __future__ import annotations

import math
from typing import Callable

from codelm.trainer.config import OptimConfig, ScheduleConfig


def _decay(progress: float, shape: str) -> float:
    """Multiplier going from 1 at progress 0 to 0 at progress 1."""
    progress = min(max(progress, 0.0), 1.0)
    if shape == "cosine":
        return 0.5 * (1.0 + math.cos(math.pi * progress))
    if shape == "sqrt":
        return 1.0 - math.sqrt(progress)
    return 1.0 - progress


def power_rate(tokens_seen: float, schedule: ScheduleConfig, batch_size: int) -> float:
    return min(schedule.power_lr_max, batch_size * schedule.power_a * max(tokens_seen, 1.0) ** schedule.power_b)


def learning_rate(
    step: int,
    max_steps: int,
    schedule: ScheduleConfig,
    optim: OptimConfig,
    tokens_per_step: int | Callable[[int], float],
    sequences_per_step: int,
) -> float:
    """``tokens_per_step``: the tokens of one step, or a function of a step giving the tokens seen once it
    is done (a run whose stages change the sequence length)."""
    warmup = schedule.warmup_steps
    name = schedule.name

    def peak_at(at_step: int) -> float:
        """The undecayed rate at a step: constant, or the power law of the tokens seen after it."""
        if name == "power":
            batch_size = schedule.power_batch_size or sequences_per_step
            tokens = tokens_per_step(at_step) if callable(tokens_per_step) else (at_step + 1) * tokens_per_step
            return power_rate(tokens, schedule, batch_size)
        return optim.lr

    if step < warmup:
        # Warm up to where the schedule stands at the end of warmup.
        return peak_at(warmup - 1) * (step + 1) / warmup
    if name == "constant":
        return optim.lr
    if name == "cosine":
        progress = (step - warmup) / max(1, max_steps - warmup)
        return optim.min_lr + (optim.lr - optim.min_lr) * _decay(progress, "cosine")
    decay_steps = round(max_steps * schedule.decay_fraction)
    decay_start = max_steps - decay_steps
    if step < decay_start or decay_steps == 0:
        return peak_at(step)
    start_rate = peak_at(decay_start - 1) if decay_start > 0 else peak_at(0)
    progress = (step - decay_start + 1) / decay_steps
    return optim.min_lr + (start_rate - optim.min_lr) * _decay(progress, schedule.decay_shape)
