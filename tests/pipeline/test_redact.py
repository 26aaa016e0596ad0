"""codelm redact: every detector, every look-alike kind, replacement modes and offsets, long lines,
the stage over shard folders, and that no planted value reaches any file of the output folder."""

from __future__ import annotations

import ipaddress
import json
import logging
import random
import re
import time
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from codelm.pipeline.redact import RedactConfig, Redactor, redact_text
from codelm.pipeline.redact.evaluate import evaluate, load_labels

LABELS = Path(__file__).resolve().parents[1] / "data" / "redact" / "labels.jsonl"
AUDIT = Path(__file__).resolve().parents[1] / "data" / "redact_audit"
# Synthetic values in each documented shape (random characters, never a real credential).
GITHUB = "ghp_" + "lRBaoihFzvpN7lwsxTZGeVnnKizyKx8jkIrO"
TOKENS = {
    "aws_access_key_id": "AKIAQ3EGRT5YB7XWPL2M",
    "github": GITHUB,
    "github_fine": "github_pat_11ABCDEFG0123456789abc_" + "Zx9" * 19 + "Qw",
    "gitlab": "glpat-Xy7Rt2Qp9Lm4Zk8Vb3Nc",
    "slack": "xoxb-730519862247-5093318470621-Qm7Rt2Wz9Kp4Xv8Ny3Lb6Hc1",
    "stripe_live": "sk_live_4eC39HqLyjWDarjtT1zdp7dc",
    "stripe_restricted": "rk_live_9xQ2mL7pZ4kT1vB8nC3dF6gH",
    "google": "AIzaSyD4x9Kq2Lm7Pz3Rt8Vb1Nc6Xw5Qe0Ty9Ui",
    "sendgrid": "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",
    "twilio": "SK5e0c9a7b31f4d2869ab07c3e51d8f64a",
    "npm": "npm_qgRTvK0oKdNY5IkJbfIKy8pKUQB8zzJtArLs",
    "pypi": "pypi-AgEIcHlwaS5vcmc" + "1qzWrwkBmVzVCynU073DtALOrcvLaFToEYwojuhFJekzDOWMWK4EKJCn",
    "huggingface": "hf_Qm7Rt2Wz9Kp4Xv8Ny3Lb6Hc1Gd5Jf0Ts8",
    "openai": "sk-proj-NyMPmWUVBUhYcP4er9W4hDAUILpxx2WXGFXj1KPgQq1fWbsn",
    "jwt": "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvZSJ9."
    + "dBjftJeZ4CVPmB92K27uhbUJU1p1r_wW1gFWFOEjXk",
}


def find(text: str, path: str = "", **kwargs) -> list[tuple[str, str]]:
    return [(f.tag, text[f.start : f.end]) for f in Redactor(RedactConfig(**kwargs)).find(text, path)]


# ------------------------------------------------------------------------------------------ emails
def test_emails_found_with_exact_spans():
    text = 'author = "Jane Roe <jane.roe+ci@mail.fabrikam-corp.co.uk>"\n# contact: ops_team@contoso-dev.io.'
    assert find(text) == [("EMAIL", "jane.roe+ci@mail.fabrikam-corp.co.uk"), ("EMAIL", "ops_team@contoso-dev.io")]


@pytest.mark.parametrize(
    "text",
    [
        "@functools.lru_cache(maxsize=None)\ndef f(): pass",  # decorator
        'logo = "static/logo@2x.png"',  # retina asset
        'remote = "git@github.com:org/repo.git"',  # SSH remote
        '"@babel/core": "^7.22.0"',  # npm scope
        "result = weights@matrix.T",  # matmul with a one-letter attribute
        "postgres://admin:Xk9pQ2mLz@db.fabrikam-corp.io/app",  # URL credentials are a password, not a mailbox
    ],
)
def test_email_lookalikes_survive(text):
    assert [tag for tag, _ in find(text)] in ([], ["PASSWORD"])
    assert not any(tag == "EMAIL" for tag, _ in find(text))


def test_example_domains_kept_by_default_and_redacted_when_asked():
    text = (
        'support = "help@example.com"; qa = "qa@staging.example.org"; t = "x@svc.test"; '
        'n = "ops@example.net"; i = "a@b.invalid"; e = "c@d.example"; l = "root@localhost"'
    )
    assert find(text) == []
    assert len(find(text, keep_example_domains=False)) == 6  # root@localhost has no dot: never an email


# ------------------------------------------------------------------------------------ IP addresses
def test_public_ipv4_and_ipv6_found_with_cidr_suffix():
    text = (
        'upstream = "93.184.216.34"\nallow 81.2.69.0/24\nserver_v6 = "2606:4700:4700::1234"\n'
        'route add 2a01:4f8::/32\nmapped = "::ffff:81.2.69.160"\nurl = "amqp://u:p4ssw0rd1@2a00:1450:4001:0:0:0:0:5:5672"'
    )
    found = [value for tag, value in find(text) if tag == "IP_ADDRESS"]
    assert found == [
        "93.184.216.34",
        "81.2.69.0",
        "2606:4700:4700::1234",
        "2a01:4f8::",
        "::ffff:81.2.69.160",
        "2a00:1450:4001:0:0:0:0:5",  # a port after a full address; after "::" it would be ambiguous
    ]


@pytest.mark.parametrize(
    "text",
    [
        'bind = "10.1.2.3"',
        'host = "192.168.0.12"',
        'lan = "172.20.4.4"',
        'loop = "127.0.0.1"',
        'cgnat = "100.64.3.4"',
        'doc = "192.0.2.15"',  # documentation ranges (RFC 5737)
        'doc = "198.51.100.7"',
        'doc = "203.0.113.9"',
        'doc6 = "2001:db8::1"',
        'ula = "fd12:3456:789a:1::1"',
        'link = "fe80::1"',
        'dns = "8.8.8.8"',
        'dns = "208.67.222.222"',
        'dns = "94.140.14.14"',
        '__version__ = "1.2.3.4"',
        'minVersion = "7.20.19.123"',
        'requires = "pkg==4.12.1.100"',
        "see section 8.2.4.44 of the spec",  # section numbers read as versions via BigCode's short-form rule
        'v = "999.1.1.1"',  # invalid octet
        'z = "01.02.03.04"',  # leading zeros: not an address
        'ptr = "4.3.2.1.in-addr.arpa"',
        "x = a[1::2]",
        "std::vector<int> v;",
        'mac = "00:1a:2b:3c:4d:5e"',
        'at = "12:30:45"',
        "release 1.2.3.4.5",
    ],
)
def test_ip_lookalikes_survive(text):
    assert not [tag for tag, _ in find(text) if tag == "IP_ADDRESS"], text


def test_short_address_is_an_ip_next_to_dns_words():
    assert find('nameserver = "4.2.2.1"  # dns server') == [("IP_ADDRESS", "4.2.2.1")]
    assert find('fallback = "4.2.2.1"') == []  # BigCode: x.x.x.x alone is a version


# ------------------------------------------------------------------------------------------- keys
@pytest.mark.parametrize("source", sorted(TOKENS))
def test_token_formats_found_anywhere(source):
    value = TOKENS[source]
    for text in (f'fallback = "{value}"', f"header {value} trailer", f"{{'x': '{value}'}}"):
        assert find(text) == [("KEY", value)], (source, text)


def test_token_formats_need_boundaries():
    assert find("xAKIAQ3EGRT5YB7XWPL2M") == []
    assert find('css = "sk-learn-estimator-name-long-slug"') == []


def test_private_key_block_and_not_public_key():
    # (four different lines: a body of one line repeated is a stand-in, "CANARYPRIVATEKEY..." typed out)
    lines = random.Random(7).sample("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/" * 4, 256)
    body = "MIIEowIBAAKCAQEA7Qx9" + "\n".join("".join(lines[i * 60 : (i + 1) * 60]) for i in range(4))
    block = f"-----BEGIN RSA PRIVATE KEY-----\n{body}\n-----END RSA PRIVATE KEY-----"
    text = f'KEY = """{block}"""\npub = """-----BEGIN PUBLIC KEY-----\n{body}\n-----END PUBLIC KEY-----"""'
    assert find(text) == [("KEY", block)]
    assert find("-----BEGIN PRIVATE KEY-----\n...\n-----END PRIVATE KEY-----") == []


def test_aws_secret_and_high_entropy_values_of_secret_names():
    secret = "q8Rz2LfW0vKd/N4tYp7HsB3mXc9/GjT1aUeQ5wVn"
    assert find(f'aws_secret_access_key = "{secret}"') == [("KEY", secret)]
    assert find(f'export const apiKey: string = "{secret}";', "x.ts") == [("KEY", secret)]
    assert find(f'  "clientSecret": "{secret}",', "x.json") == [("KEY", secret)]
    assert find(f"SIGNING_KEY={secret}", ".env") == [("KEY", secret)]


def test_detect_secrets_plugins_run_on_candidate_lines():
    """A quoted Base64 string in a list given to a call named for secrets: only detect-secrets' entropy plugin finds
    it (a list given to a secret's name is the assignment detector's). Under a name that says nothing of secrets
    it is not a credential: entropy alone is no evidence (certificates, public keys, encrypted blobs and test vectors
    are as random)."""
    value = "dLDXXHk4hq87Yw2dpeymcsJEpT4W7SO0J96F4gcbi"
    for text in (f'API_KEYS = ["{value}"]\n', f'client.login(secret_list=["{value}"])\n'):
        assert [(f.tag, f.source) for f in Redactor().find(text)] == [("KEY", "assignment")], text
    for text in (f'set_auth(["{value}"])\n',):
        found = Redactor().find(text)
        assert [(f.tag, text[f.start : f.end], f.source) for f in found] == [
            ("KEY", value, "detect_secrets.Base64HighEntropyString")
        ], text
    for text in (f'DEFAULTS = ["{value}"]\n', f'cert_chunks = ["{value}"]\n', f'ciphertext = "{value}"\n'):
        assert Redactor().find(text) == [], text


@pytest.mark.parametrize(
    "text",
    [
        'sha256 = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08"',
        'commit = "a94a8fe5ccb19ba61c4c0873d391e987982fbbd3"',
        'md5 = "5d41402abc4b2a76b9719d911017c592"',
        'request_id = "550e8400-e29b-41d4-a716-446655440000"',
        'alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"',
        'digits = "0123456789abcdefghijklmnopqrstuvwxyz"',
        'publishable = "pk_live_4eC39HqLyjWDarjtT1zdp7dc"',
        'tokenizer_name = "gpt2-tokenizer-v2-2024"',
        'token_type = "bearer"',
        'api_key = "<YOUR_API_KEY>"',
        'api_key = "${API_KEY}"',
        'token = "{{ vault_token }}"',
        'api_key = "your-api-key-here"',
        'secret = "xxxxxxxxxxxxxxxxxxxx"',
        'token = "ghp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"',
        'key = "REPLACE_ME"',
        'api_key = os.environ["API_KEY"]',
        "const token = process.env.GITHUB_TOKEN;",
        'apiKey := os.Getenv("API_KEY")',
        'String secret = System.getenv("SECRET");',
        "module.exports = { tokenize, tokens };",
    ],
)
def test_key_lookalikes_survive(text):
    assert find(text) == [], text


# -------------------------------------------------------------------------------------- passwords
@pytest.mark.parametrize(
    "path,text,value",
    [
        ("settings.py", 'DB_PASSWORD = "Tr0ub4dor&3x"', "Tr0ub4dor&3x"),
        ("a.js", "const dbPassword = 'Tr0ub4dor&3x';", "Tr0ub4dor&3x"),
        ("a.go", '\tpassword := "Tr0ub4dor&3x"', "Tr0ub4dor&3x"),
        ("A.java", 'props.setProperty("mail.smtp.password", "Tr0ub4dor&3x");', "Tr0ub4dor&3x"),
        ("c.yaml", "  password: Tr0ub4dor&3x", "Tr0ub4dor&3x"),
        ("c.json", '  "password": "Tr0ub4dor&3x",', "Tr0ub4dor&3x"),
        (".env", "POSTGRES_PASSWORD=Tr0ub4dor#3x", "Tr0ub4dor#3x"),
        ("c.ini", "passwd = Tr0ub4dor&3x", "Tr0ub4dor&3x"),
        ("my.cnf", "password = Falcon_7566", "Falcon_7566"),
        ("CONFIG", "password = Falcon_7566", "Falcon_7566"),
        ("run.sh", 'export PGPASSWORD="Tr0ub4dor&3x"', "Tr0ub4dor&3x"),
        ("run.sh", "mysql -u root -p'Tr0ub4dor&3x' app < dump.sql", "Tr0ub4dor&3x"),
        ("Makefile", "REGISTRY_PASSWORD ?= Tr0ub4dor.3x", "Tr0ub4dor.3x"),
        ("a.py", 'url = "postgres://app:Tr0ub4dor3x@db.fabrikam-corp.io:5432/app"', "Tr0ub4dor3x"),
        ("a.py", 'CACHE = "redis://:Tr0ub4dor3x@cache.fabrikam-corp.io:6379/0"', "Tr0ub4dor3x"),
        ("a.py", 'if password == "Tr0ub4dor&3x":', "Tr0ub4dor&3x"),
    ],
)
def test_passwords_in_every_syntax(path, text, value):
    assert find(text, path) == [("PASSWORD", value)]


@pytest.mark.parametrize(
    "path,text",
    [
        ("a.py", "password = user_password"),  # a variable, not a value
        ("a.py", 'password = "changeme"'),
        ("a.py", 'password = "********"'),
        ("a.py", "password = os.environ['DB_PASSWORD']"),
        ("a.py", 'password = getpass.getpass("Password: ")'),
        ("a.py", 'password_prompt = "Enter your password"'),
        ("a.py", 'password_file = "/run/secrets/db_password"'),
        ("a.py", '__all__ = ["getpass", "getuser", "GetPassWarning"]'),
        ("c.yaml", "  password: ${DB_PASSWORD}"),
        ("c.ini", "password = %(db_password)s"),
        ("a.py", 'url = "postgres://app:${DB_PASSWORD}@db/app"'),
        ("a.py", 'url = "https://user:<password>@host.net/"'),
        ("a.py", "parser.add_argument('--password', help='the password')"),
    ],
)
def test_password_lookalikes_survive(path, text):
    assert find(text, path) == [], text


# ------------------------------------------------------------------------------ replacement, offsets
SAMPLE = (
    "owner = 'jane.roe@fabrikam-corp.io'  # again: jane.roe@fabrikam-corp.io\n"
    f"peer = '93.184.216.34'; v6 = '2606:4700:4700::1234'\ntoken = '{GITHUB}'\n"
    "DB_PASSWORD = 'Tr0ub4dor&3x'\nother = 'omar@contoso-dev.io'\n"
)


@pytest.mark.parametrize("mode", ["placeholder", "fake"])
def test_offsets_point_into_the_redacted_text(mode):
    redacted, pii = redact_text(SAMPLE, RedactConfig(mode=mode, seed=3), path="a.py", document_key="doc-1")
    assert [item["tag"] for item in pii] == ["EMAIL", "EMAIL", "IP_ADDRESS", "IP_ADDRESS", "KEY", "PASSWORD", "EMAIL"]
    for item in pii:
        assert redacted[item["start"] : item["end"]] == item["replacement"]
        assert item["hash"] is None
    for value in ("jane.roe@fabrikam-corp.io", "93.184.216.34", "2606:4700:4700::1234", GITHUB, "Tr0ub4dor&3x"):
        assert value not in redacted and value not in json.dumps(pii)
    # Everything between the replaced spans is the original text, in order.
    cursor, pieces = 0, []
    for item in pii:
        pieces.append(redacted[cursor : item["start"]])
        cursor = item["end"]
    pieces.append(redacted[cursor:])
    original_rest = SAMPLE
    for piece in pieces:
        index = original_rest.index(piece)
        original_rest = original_rest[index + len(piece) :]
    if mode == "placeholder":
        assert redacted.count("<EMAIL>") == 3 and "<IP_ADDRESS>" in redacted and "'<KEY>'" in redacted
        assert "DB_PASSWORD = '<PASSWORD>'" in redacted


def test_fake_mode_is_consistent_within_a_file_and_shaped_like_the_value():
    config = RedactConfig(mode="fake", seed=7)
    redacted, pii = redact_text(SAMPLE, config, path="a.py", document_key="doc-1")
    emails = [item["replacement"] for item in pii if item["tag"] == "EMAIL"]
    assert emails[0] == emails[1] != emails[2]  # same value, same fake; another value, another fake
    assert all(email.endswith("@example.com") for email in emails)
    ips = [item["replacement"] for item in pii if item["tag"] == "IP_ADDRESS"]
    assert ipaddress.ip_address(ips[0]).version == 4 and ipaddress.ip_address(ips[0]).is_private
    assert ipaddress.ip_address(ips[1]).version == 6 and ipaddress.ip_address(ips[1]).is_private
    key = next(item["replacement"] for item in pii if item["tag"] == "KEY")
    assert key.startswith("ghp_") and len(key) == len(GITHUB) and key != GITHUB
    assert all(a.isdigit() == b.isdigit() and a.isupper() == b.isupper() for a, b in zip(key, GITHUB))
    # Deterministic with --seed; another seed or another document gives other fakes.
    assert redact_text(SAMPLE, config, path="a.py", document_key="doc-1") == (redacted, pii)
    assert redact_text(SAMPLE, RedactConfig(mode="fake", seed=8), path="a.py", document_key="doc-1")[0] != redacted
    assert redact_text(SAMPLE, config, path="a.py", document_key="doc-2")[0] != redacted


def test_fake_does_not_depend_on_the_value():
    """With a public seed, a fake derived from the value would let anyone confirm a guessed password."""
    config = RedactConfig(mode="fake", seed=0)
    first = redact_text("DB_PASSWORD = 'Tr0ub4dor&3x'", config, path="a.py", document_key="d")[0]
    second = redact_text("DB_PASSWORD = 'Kq5zv7mpw&8c'", config, path="a.py", document_key="d")[0]
    assert first == second


def test_keyed_hash_is_stable_and_keyed():
    redactor = Redactor()
    _, one = redactor.redact(SAMPLE, "a.py", "d", hash_key=b"k1")
    _, again = redactor.redact(SAMPLE, "a.py", "d", hash_key=b"k1")
    _, other = redactor.redact(SAMPLE, "a.py", "d", hash_key=b"k2")
    assert [item["hash"] for item in one] == [item["hash"] for item in again]
    assert one[0]["hash"] == one[1]["hash"] != other[0]["hash"]  # the same email twice
    assert all(re.fullmatch("[0-9a-f]{16}", item["hash"]) for item in one)


def test_non_ascii_and_surrogates_keep_offsets():
    # "İ" grows when lower-cased and lone surrogates come from undecodable bytes: offsets must not shift.
    text = "# İstanbul — ☃ \udcff\udcfe\nDB_PASSWORD = 'Tr0ub4dor&3x'\nmail = 'zoë@fabrikam-corp.io'\n"
    redacted, pii = redact_text(text, path="a.py")
    assert [item["tag"] for item in pii] == ["PASSWORD", "EMAIL"]
    for item in pii:
        assert redacted[item["start"] : item["end"]] == item["replacement"]
    assert redacted.startswith("# İstanbul — ☃ \udcff\udcfe\n")


# ------------------------------------------------------------------------------------ long lines
@pytest.mark.parametrize(
    "unit",
    [
        "var a=function(b){return b.c(d)},e='x';",  # minified JS
        "a@b.",
        "1.2.3.",
        ":a:",
        "password=",
        "'" + "A1" * 8,
        "ghp_",
        "eyJ.",
        "://u:p@",
        "-----BEGIN PRIVATE KEY-----",
        "-p'x",
        "x" * 60 + " ",
    ],
)
def test_megabyte_single_line_is_not_quadratic(unit):
    # A guard against catastrophic backtracking and per-line look-backs, not a speed measurement (that is
    # benchmarks/bench_redact.py): linear work on this line takes about a second, quadratic work hours.
    text = unit * (1_000_000 // len(unit))
    redactor = Redactor()
    start = time.process_time()
    redactor.redact(text, "bundle.min.js")
    assert time.process_time() - start < 30, unit


# ----------------------------------------------------------------------------------- evaluation
def test_acceptance_on_the_labelled_set():
    documents = load_labels(LABELS)
    labels = [label for document in documents for label in document["labels"]]
    assert len(labels) >= 400
    report = evaluate(documents)
    for tag in ("EMAIL", "IP_ADDRESS", "KEY+PASSWORD"):
        assert report[tag]["recall"] >= 0.97, (tag, report[tag])
    assert report["lookalikes"]["total"] > 0 and report["lookalikes"]["changed_rate"] <= 0.02, report["lookalikes"]


# -------------------------------------------------------------------------------------- the stage
def _labelled_shard(folder: Path) -> tuple[Path, list[str]]:
    """The labelled set as an input shard, and every planted value in it."""
    documents = load_labels(LABELS)
    rows = [
        {"id": document["id"], "content": document["content"], "path": document.get("path") or "", "lang": "x"}
        for document in documents
    ]
    folder.mkdir()
    pq.write_table(pa.Table.from_pylist(rows), folder / "part-00000.parquet")
    values = sorted(
        {document["content"][label["start"] : label["end"]] for document in documents for label in document["labels"]}
    )
    return folder, values


def _all_output_text(folder: Path) -> str:
    """Every file under ``folder`` as text; Parquet shards decompressed and every column rendered."""
    parts = []
    for path in sorted(folder.rglob("*")):
        if path.suffix == ".parquet":
            parts.append(json.dumps(pq.read_table(path).to_pylist(), ensure_ascii=False))
        elif path.is_file():
            parts.append(path.read_bytes().decode("utf-8", "replace"))
    return "\n".join(parts)


@pytest.mark.slow
@pytest.mark.parametrize("mode", ["placeholder", "fake"])
def test_no_planted_value_reaches_the_output_folder(tmp_path, run_cli, parse_stats, caplog, monkeypatch, mode):
    source, values = _labelled_shard(tmp_path / "in")
    monkeypatch.setenv("CODELM_REDACT_KEY", "test-key")
    output = tmp_path / "out"
    with caplog.at_level(logging.DEBUG, logger="codelm"):
        result = run_cli("redact", source, output, "--mode", mode, "--workers", "1")
    stats = parse_stats(result.output)
    assert stats["docs_in"] == stats["docs_out"] == len(load_labels(LABELS))
    assert stats["pii"]["KEY"] + stats["pii"]["PASSWORD"] > 0 and stats["docs_with_pii"] > 0
    haystack = _all_output_text(output) + result.output + caplog.text
    leaked = [value for value in values if value in haystack]
    assert not leaked, leaked[:5]
    table = pq.read_table(sorted(output.glob("*.parquet"))[0])
    first = table.to_pylist()[0]
    assert all(first["content"][item["start"] : item["end"]] == item["replacement"] for item in first["pii"])
    assert all(re.fullmatch("[0-9a-f]{16}", item["hash"]) for row in table.to_pylist() for item in row["pii"])


def test_stage_columns_stats_and_rerun(tmp_path, run_cli, parse_stats):
    source = tmp_path / "in"
    source.mkdir()
    rows = [
        {"id": "a", "content": SAMPLE, "path": "a.py", "stars": 3},
        {"id": "b", "content": "print('nothing here')\n", "path": "b.py", "stars": 1},
        {"id": "c", "content": "", "path": "c.py", "stars": 0},
    ]
    pq.write_table(pa.Table.from_pylist(rows), source / "part-00000.parquet")
    output = tmp_path / "out"
    stats = parse_stats(run_cli("redact", source, output, "--workers", "1").output)
    assert stats["pii"] == {"EMAIL": 3, "IP_ADDRESS": 2, "KEY": 1, "PASSWORD": 1}
    assert stats["docs_with_pii"] == 1 and stats["docs_in"] == stats["docs_out"] == 3
    assert json.loads((output / "stats.json").read_text())["pii"] == stats["pii"]
    table = pq.read_table(sorted(output.glob("*.parquet"))[0])
    assert table.column_names == ["id", "content", "path", "stars", "pii"]
    out_rows = table.to_pylist()
    assert out_rows[1]["content"] == rows[1]["content"] and out_rows[1]["pii"] == [] and out_rows[0]["stars"] == 3
    assert {item["hash"] for item in out_rows[0]["pii"]} == {None}
    again = run_cli("redact", source, output, "--workers", "1")
    assert parse_stats(again.output) == stats  # up to date: nothing recomputed
    fake = parse_stats(run_cli("redact", source, output, "--mode", "fake", "--force", "--workers", "1").output)
    assert fake["pii"] == stats["pii"]
    assert "@example.com" in pq.read_table(sorted(output.glob("*.parquet"))[0]).to_pylist()[0]["content"]


def test_cli_eval_and_usage_errors(run_cli, tmp_path):
    result = run_cli("redact", "--eval", LABELS, "--eval", AUDIT)
    assert "KEY+PASSWORD" in result.output and "look-alikes changed" in result.output
    assert "tag/KEY" in result.output and "detector/" in result.output
    reports = json.loads(result.output.strip().splitlines()[-1])
    assert reports[str(LABELS)]["EMAIL"]["recall"] >= 0.97
    assert reports[str(AUDIT)]["tag/EMAIL"]["sampled"] > 0
    assert run_cli("redact", tmp_path, expect=2).exit_code == 2
    assert run_cli("redact", "--eval", tmp_path / "missing.jsonl", expect=2).exit_code == 2
    assert "--ner" in run_cli("redact", "--help").output


@pytest.mark.slow
def test_presidio_without_spacy_model_runs_and_says_what_it_cannot_detect(caplog):
    config = RedactConfig(ner="presidio", spacy_model="en_core_web_sm_not_installed")
    with caplog.at_level(logging.WARNING, logger="codelm"):
        redacted, pii = redact_text("# Written by Jane Roe <jane.roe@fabrikam-corp.io>\n", config)
    assert "blank pipeline" in caplog.text and "names" in caplog.text
    assert [item["tag"] for item in pii] == ["EMAIL"]


def test_placeholder_tokens_are_bigcodes():
    redacted, _ = redact_text(SAMPLE, path="a.py")
    assert set(re.findall(r"<[A-Z_]+>", redacted)) == {"<EMAIL>", "<IP_ADDRESS>", "<KEY>", "<PASSWORD>"}
