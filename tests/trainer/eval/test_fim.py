"""FIM single-line infilling: the oracle scores 1.0, empty middles 0.0, prompts have pack's token layout."""

import pytest

from codelm.trainer.eval.fim import build_tasks, prompt_ids, score
from codelm.trainer.eval.humaneval import load_problems
from codelm.trainer.eval.models import load_model


@pytest.fixture(scope="module")
def tasks():
    return build_tasks(load_problems())


def test_every_non_empty_solution_line_is_masked_in_both_orders(tasks):
    problems = load_problems()
    lines = sum(1 for problem in problems for line in problem["canonical_solution"].splitlines() if line.strip())
    assert len(tasks) == 2 * lines
    for task in tasks:
        problem = problems[int(task.task_id.split("/")[1])]
        # The three parts put back together are the file.
        assert task.prefix + task.reference + task.suffix == problem["prompt"] + problem["canonical_solution"]
        assert task.reference.strip() and "\n" not in task.reference
        assert task.suffix.startswith("\n")


def test_the_oracle_scores_one_and_empty_middles_zero(tasks):
    perfect, _ = score(tasks, [task.reference for task in tasks])
    assert perfect["exact_match"] == perfect["exact_match_psm"] == perfect["exact_match_spm"] == 1.0
    assert perfect["problems"] == 164
    empty, _ = score(tasks, ["" for _ in tasks])
    assert empty["exact_match"] == 0.0


def test_only_the_first_line_counts_and_surrounding_whitespace_does_not(tasks):
    task = tasks[0]
    _, records = score(
        [task] * 3, [f"  {task.reference.strip()}  \nextra", f"\n{task.reference}", task.reference + "x"]
    )
    assert [record["exact_match"] for record in records] == [True, False, False]


def test_prompts_use_the_fim_tokens_and_pieces_as_pack_does(tiny_models, tasks):
    loaded = load_model(tiny_models["codelm"], device="cpu")
    prefix_id, suffix_id, middle_id = (
        loaded.token_id(token) for token in ("<fim_prefix>", "<fim_suffix>", "<fim_middle>")
    )
    psm, spm = tasks[0], tasks[1]
    assert (psm.mode, spm.mode) == ("psm", "spm")
    prefix, suffix = loaded.encode(psm.prefix), loaded.encode(psm.suffix)
    assert prompt_ids(loaded, psm) == [prefix_id, *prefix, suffix_id, *suffix, middle_id]
    assert prompt_ids(loaded, spm) == [prefix_id, suffix_id, *suffix, middle_id, *prefix]
