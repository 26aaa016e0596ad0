import json
from pathlib import Path

import click

from codelm.cli._options import print_stats, stage_options
from codelm.pipeline.redact.redactor import RedactConfig
from codelm.pipeline.redact.replace import MODES


def _names(value: str) -> tuple[str, ...]:
    return tuple(name.strip() for name in value.split(",") if name.strip())


@click.command()
@click.argument("input_dir", metavar="INPUT", required=False)
@click.argument("output_dir", metavar="OUTPUT", required=False, type=click.Path(file_okay=False, path_type=Path))
@click.option(
    "--mode",
    type=click.Choice(MODES),
    default="placeholder",
    help="placeholder: <EMAIL> <IP_ADDRESS> <KEY> <PASSWORD> <NAME> (BigCode's tokens); fake: the same value "
    "gets the same fake within a file (emails @example.com, public IPs to private ones of the same version, "
    "keys to random strings of the same shape).",
)
@click.option("--seed", type=int, default=0, help="Seed of --mode fake; the same seed writes the same output.")
@click.option(
    "--keep-example-domains/--redact-example-domains",
    default=True,
    help="Emails at the domains reserved for documentation (RFC 2606/6761: example.com/.net/.org, *.example, "
    "*.test, *.invalid, localhost) are nobody's address and stay by default, as do a directory's built-in accounts "
    "at private network names (administrator@corp.local); --redact-example-domains redacts them too, as BigCode did.",
)
@click.option(
    "--detect-secrets/--no-detect-secrets",
    "use_detect_secrets",
    default=True,
    help="Also run detect-secrets' plugins that BigCode enabled (on prefiltered lines), on top of codelm's own "
    "token, assignment and URL-password detectors.",
)
@click.option(
    "--ner",
    type=click.Choice(["none", "presidio"]),
    default="none",
    help="Also redact names, found by Presidio's NER. Needs a spaCy model; without one Presidio runs on a blank "
    "pipeline and finds no names, and says so.",
)
@click.option(
    "--entities",
    default="PERSON",
    help="Presidio entities redacted as <NAME> with --ner presidio (comma-separated); giving it turns --ner on.",
)
@click.option("--spacy-model", default="en_core_web_lg", help="spaCy model Presidio loads for --ner presidio.")
@click.option(
    "--eval",
    "labels",
    type=click.Path(path_type=Path),
    multiple=True,
    help="Score instead of redacting (repeatable): a labelled JSONL set gets per-tag precision/recall/F1 with "
    "BigCode's rule (spans overlap >= 80% both ways) and the share of look-alikes changed; a precision-audit "
    "folder (sample.jsonl + labels.jsonl of real-code detections) gets precision per tag and detector.",
)
@stage_options
def redact(
    input_dir,
    output_dir,
    mode,
    seed,
    keep_example_domains,
    use_detect_secrets,
    ner,
    entities,
    spacy_model,
    labels,
    run_options,
):
    """Redact emails, IP addresses, keys, tokens and passwords (optionally names) in code.

    INPUT is a shard folder (or file, or glob); OUTPUT receives the rows with redacted
    `content`, `path` and `repo_name` and a `pii` column (column, tag, start, end, replacement,
    detector, and a keyed hash when CODELM_REDACT_KEY is set; never the original value).
    stats.json counts spans per tag.
    """
    ctx = click.get_current_context()
    entities_given = ctx.get_parameter_source("entities") == click.core.ParameterSource.COMMANDLINE
    config = RedactConfig(
        mode=mode,
        seed=seed,
        keep_example_domains=keep_example_domains,
        detect_secrets=use_detect_secrets,
        ner="presidio" if entities_given else ner,
        entities=_names(entities),
        spacy_model=spacy_model,
    )
    if labels:
        from codelm.pipeline.redact.evaluate import evaluate_source

        if input_dir or output_dir:
            raise click.UsageError("--eval takes labelled sets or audits and no INPUT/OUTPUT")
        reports = {}
        for source in labels:
            reports[str(source)], table = evaluate_source(source, config)
            click.echo(f"== {source}")
            click.echo(table)
        click.echo(json.dumps(reports, sort_keys=True))
        return
    if not input_dir or not output_dir:
        raise click.UsageError("INPUT and OUTPUT are required (or --eval LABELS.jsonl)")
    from codelm.pipeline.redact.stage import hash_key_from_env
    from codelm.pipeline.redact.stage import redact as run_redact

    print_stats(run_redact(input_dir, output_dir, config, run_options, hash_key_from_env()), output_dir)
