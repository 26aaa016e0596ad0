"""Learning-rate schedules against their formulas; run-config validation and overrides."""

import math

import pytest

from codelm.pipeline.errors import UsageProblem
from codelm.trainer.config import DataSource, OptimConfig, ScheduleConfig, load_run_config
from codelm.trainer.schedules import learning_rate

OPTIM = OptimConfig(lr=3e-4, min_lr=3e-5)


def _curve(schedule: ScheduleConfig, max_steps: int = 1000, tokens_per_step: int = 4096, sequences: int = 4):
    return [learning_rate(step, max_steps, schedule, OPTIM, tokens_per_step, sequences) for step in range(max_steps)]


def test_warmup_is_linear_for_every_schedule():
    for name in ("cosine", "wsd", "power", "constant"):
        curve = _curve(ScheduleConfig(name=name, warmup_steps=100))
        end_of_warmup = curve[99]
        for step in (0, 24, 49, 99):
            assert math.isclose(curve[step], end_of_warmup * (step + 1) / 100, rel_tol=1e-12), name


def test_cosine_decays_from_lr_to_min_lr():
    curve = _curve(ScheduleConfig(name="cosine", warmup_steps=100))
    for step in (100, 300, 550, 999):
        progress = (step - 100) / 900
        expected = 3e-5 + (3e-4 - 3e-5) * 0.5 * (1 + math.cos(math.pi * progress))
        assert math.isclose(curve[step], expected, rel_tol=1e-12)
    assert math.isclose(curve[-1], 3e-5, rel_tol=1e-2)


def test_wsd_is_stable_then_decays_in_the_last_fraction():
    for shape, decay in [("linear", lambda p: 1 - p), ("sqrt", lambda p: 1 - math.sqrt(p))]:
        curve = _curve(ScheduleConfig(name="wsd", warmup_steps=50, decay_fraction=0.2, decay_shape=shape))
        assert all(rate == 3e-4 for rate in curve[50:800])
        for step in (800, 900, 999):
            expected = 3e-5 + (3e-4 - 3e-5) * decay((step - 800 + 1) / 200)
            assert math.isclose(curve[step], expected, rel_tol=1e-12), shape
        assert math.isclose(curve[-1], 3e-5)


def test_power_scheduler_follows_min_lr_max_batch_a_n_to_the_b():
    schedule = ScheduleConfig(name="power", warmup_steps=10, decay_fraction=0.0)
    tokens_per_step, sequences = 4 * 1024, 4
    curve = _curve(schedule, max_steps=5000, tokens_per_step=tokens_per_step, sequences=sequences)
    for step in (10, 100, 1000, 4999):
        tokens = (step + 1) * tokens_per_step
        assert math.isclose(curve[step], min(0.02, sequences * 4.0 * tokens**-0.51), rel_tol=1e-12)
    assert curve[10] == 0.02 and curve[4999] < 0.02  # capped early, power-law decay later
    # With a decay tail, the last 10% anneal to min_lr.
    tail = _curve(ScheduleConfig(name="power", warmup_steps=10, decay_fraction=0.1), 5000, tokens_per_step, sequences)
    assert tail[:4500] == curve[:4500]
    assert math.isclose(tail[-1], 3e-5) and tail[4600] < curve[4600]


def test_constant_schedule():
    assert set(_curve(ScheduleConfig(name="constant", warmup_steps=5))[5:]) == {3e-4}


def _write(tmp_path, text: str):
    path = tmp_path / "run.yaml"
    path.write_text(text)
    return path


def test_config_loads_with_defaults_and_overrides(tmp_path):
    path = _write(tmp_path, "model: {preset: tiny-starcoder2, num_layers: 2}\ntrain: {max_steps: 30}\n")
    config = load_run_config(path, ["train.max_steps=50", "model.kernels=[all]", "optim.lr=1e-3", "data.val=v"])
    assert config.train.max_steps == 50 and config.optim.lr == 1e-3 and config.data.val == "v"
    assert config.model == {"preset": "tiny-starcoder2", "num_layers": 2, "kernels": ["all"]}
    assert config.schedule.name == "cosine" and config.optim.betas == [0.9, 0.95]


def test_config_takes_a_weighted_mixture(tmp_path):
    path = _write(tmp_path, "data:\n  train:\n    - {path: a, weight: 0.7}\n    - {path: b, weight: 0.3}\n")
    assert load_run_config(path).data.train == [DataSource("a", 0.7), DataSource("b", 0.3)]


@pytest.mark.parametrize(
    "text, overrides, message",
    [
        ("train: {max_stepz: 3}\n", [], "unknown key train.max_stepz"),
        ("optimizer: {lr: 1}\n", [], "unknown key optimizer"),
        ("train: {max_steps: many}\n", [], "train.max_steps must be an integer"),
        ("train: {max_steps: 2.5}\n", [], "train.max_steps must be an integer"),
        ("", ["optim.lr=fast"], "optim.lr must be a number"),
        ("", ["schedule.name=linear"], "schedule.name must be one of"),
        ("", ["train.precision=fp16"], "train.precision must be one of"),
        ("", ["deepspeed.zero_stage=4"], "zero_stage must be 0, 1, 2 or 3"),
        ("", ["data.train=[{path: a, weight: -1}]"], "weight must be positive"),
        ("", ["train.max_steps"], "--set takes key=value"),
        ("model: [1, 2]\n", [], "model must be a mapping"),
        ("train: {max_steps: 3\n", [], "not valid YAML"),
    ],
)
def test_config_errors_are_one_line_and_name_the_key(tmp_path, text, overrides, message):
    with pytest.raises(UsageProblem, match=message) as raised:
        load_run_config(_write(tmp_path, text), overrides)
    assert "\n" not in str(raised.value)


def test_model_section_is_validated_against_the_model_config():
    from codelm.trainer.loop import build_model_config

    with pytest.raises(UsageProblem, match="unknown key model.num_layer "):
        build_model_config({"preset": "tiny-starcoder", "num_layer": 2}, None, None)
    with pytest.raises(UsageProblem, match="model.hidden_size must be an integer"):
        build_model_config({"hidden_size": "big"}, None, None)
    with pytest.raises(UsageProblem, match="unknown model preset"):
        build_model_config({"preset": "gpt-5"}, None, None)
    config = build_model_config({"preset": "tiny-granite-8b-code"}, 1024, None)
    assert config.vocab_size == 1024 and config.norm == "rmsnorm"
    with pytest.raises(UsageProblem, match="smaller than the data's tokenizer"):
        build_model_config({"preset": "tiny-granite-8b-code", "vocab_size": 512}, 1024, None)
