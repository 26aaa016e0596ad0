"""codelm redact on real code: each class of miss and over-redaction found in published packages, several
variants each; the path and repo_name columns; nothing planted reaches pack's token shards."""

from __future__ import annotations

import ipaddress
import itertools
import json
import random
import subprocess
import sys
from collections import Counter
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from codelm.pipeline.redact import RedactConfig, Redactor, RedactStep, scoring
from codelm.pipeline.redact import redactor as redactor_module
from codelm.pipeline.redact.detectors import Finding, public_ipv4
from codelm.pipeline.redact.evaluate import evaluate_audit
from codelm.pipeline.redact.redactor import _priority, resolve_overlaps
from codelm.pipeline.stats import Stats
from codelm.pipeline.tokenizer import TokenizerConfig, load_tokenizer, train_tokenizer

AUDIT = Path(__file__).resolve().parents[1] / "data" / "redact_audit"
AUDIT_2 = AUDIT.with_name("redact_audit_2")
AUDIT_3 = AUDIT.with_name("redact_audit_3")
AUDIT_4 = AUDIT.with_name("redact_audit_4")
AUDIT_5 = AUDIT.with_name("redact_audit_5")
AUDIT_6 = AUDIT.with_name("redact_audit_6")
AUDIT_7 = AUDIT.with_name("redact_audit_7")
AUDIT_8 = AUDIT.with_name("redact_audit_8")
AUDIT_9 = AUDIT.with_name("redact_audit_9")
AUDIT_10 = AUDIT.with_name("redact_audit_10")
AUDIT_11 = AUDIT.with_name("redact_audit_11")
AUDIT_12 = AUDIT.with_name("redact_audit_12")
AUDIT_13 = AUDIT.with_name("redact_audit_13")
AUDIT_14 = AUDIT.with_name("redact_audit_14")
AUDIT_15 = AUDIT.with_name("redact_audit_15")
AUDIT_16 = AUDIT.with_name("redact_audit_16")
AUDIT_17 = AUDIT.with_name("redact_audit_17")
AUDIT_18 = AUDIT.with_name("redact_audit_18")
AUDIT_19 = AUDIT.with_name("redact_audit_19")
AUDIT_20 = AUDIT.with_name("redact_audit_20")
AUDIT_21 = AUDIT.with_name("redact_audit_21")
AUDIT_22 = AUDIT.with_name("redact_audit_22")
AUDIT_23 = AUDIT.with_name("redact_audit_23")
AUDIT_24 = AUDIT.with_name("redact_audit_24")
AUDIT_25 = AUDIT.with_name("redact_audit_25")
AUDIT_26 = AUDIT.with_name("redact_audit_26")
AUDIT_27 = AUDIT.with_name("redact_audit_27")
AUDIT_28 = AUDIT.with_name("redact_audit_28")
AUDIT_29 = AUDIT.with_name("redact_audit_29")
AUDIT_30 = AUDIT.with_name("redact_audit_30")
AUDIT_31 = AUDIT.with_name("redact_audit_31")
AUDIT_32 = AUDIT.with_name("redact_audit_32")
AUDIT_33 = AUDIT.with_name("redact_audit_33")
AUDIT_34 = AUDIT.with_name("redact_audit_34")
AUDIT_35 = AUDIT.with_name("redact_audit_35")
AUDIT_36 = AUDIT.with_name("redact_audit_36")
AUDIT_37 = AUDIT.with_name("redact_audit_37")
AUDIT_38 = AUDIT.with_name("redact_audit_38")
AUDIT_39 = AUDIT.with_name("redact_audit_39")
AUDIT_40 = AUDIT.with_name("redact_audit_40")
AUDIT_41 = AUDIT.with_name("redact_audit_41")
AUDIT_42 = AUDIT.with_name("redact_audit_42")
AUDIT_43 = AUDIT.with_name("redact_audit_43")
AUDIT_44 = AUDIT.with_name("redact_audit_44")
AUDIT_45 = AUDIT.with_name("redact_audit_45")
AUDIT_46 = AUDIT.with_name("redact_audit_46")
AUDIT_47 = AUDIT.with_name("redact_audit_47")
AUDIT_48 = AUDIT.with_name("redact_audit_48")
AUDIT_49 = AUDIT.with_name("redact_audit_49")
AUDIT_50 = AUDIT.with_name("redact_audit_50")
AUDIT_51 = AUDIT.with_name("redact_audit_51")
AUDIT_52 = AUDIT.with_name("redact_audit_52")
AUDIT_53 = AUDIT.with_name("redact_audit_53")
REDACTOR = Redactor(RedactConfig())
# Synthetic values of the documented shapes (random characters, never real credentials).
AWS_ID = "AKIA2Q5VXRT7LMNB3K4P"
AWS_SECRET = "Hx7Lq2mZ9vR4tB8nW3kP6sJ1dF5gY0cA2eT7uI9o"
GENERIC = "Zq8vN3xK1pL7mR4tW2aa"
HEX32 = "a8098c1af86e11dabd1a00112444be1e"


def found(text: str, path: str = "") -> list[tuple[str, str]]:
    return [(finding.tag, text[finding.start : finding.end]) for finding in REDACTOR.find(text, path)]


def values(text: str, path: str = "") -> list[str]:
    return [value for _, value in found(text, path)]


# --------------------------------------------------------------------------------------------- misses
@pytest.mark.parametrize(
    "path, text, tag, value",
    [
        ("app.py", f"app.config['SECRET_KEY'] = '{GENERIC}'", "KEY", GENERIC),
        ("app.py", 'app.config["DB_PASSWORD"] = "Tr0ub4dor&3"', "PASSWORD", "Tr0ub4dor&3"),
        ("settings.py", f'settings.SECRET_KEY = "{GENERIC}"', "KEY", GENERIC),
        ("conf.py", f'os.environ["API_TOKEN"] = "{GENERIC}"', "KEY", GENERIC),
        ("app.rb", f"ENV['SECRET_TOKEN'] = '{GENERIC}'", "KEY", GENERIC),
        ("app.js", f'config["apiKey"] = "{GENERIC}";', "KEY", GENERIC),
    ],
)
def test_secret_assigned_into_a_mapping_or_attribute(path, text, tag, value):
    assert found(text, path) == [(tag, value)]


@pytest.mark.parametrize(
    "path, text, value",
    [
        ("db.py", "pw = os.environ.get('PW', 'Fallb4ckPw!')", "Fallb4ckPw!"),
        ("db.py", 'password = os.getenv("DB_PASSWORD", "s3cr3t-Fallback")', "s3cr3t-Fallback"),
        ("app.rb", f"token = ENV.fetch('SECRET_TOKEN', '{GENERIC}')", GENERIC),
        ("app.js", f'const key = process.env.API_KEY || "{GENERIC}";', GENERIC),
        ("app.ts", f"const key = process.env.API_KEY ?? '{GENERIC}';", GENERIC),
        ("app.py", 'password = os.getenv("DB_PASS") or "Hunter2-local"', "Hunter2-local"),
        ("run.sh", 'psql -W "${DB_PASSWORD:-Sup3rS3cret}"', "Sup3rS3cret"),
        ("App.java", 'String pw = env.getOrDefault("DB_PASSWORD", "J4va-Fallb4ck");', "J4va-Fallb4ck"),
    ],
)
def test_literal_fallback_of_a_lookup_is_a_secret(path, text, value):
    assert value in values(text, path)


@pytest.mark.parametrize(
    "path, text",
    [
        ("db.py", 'password = os.environ.get("DB_PASSWORD", "")'),
        ("db.py", 'password = os.getenv("DB_PASSWORD", "changeme")'),
        ("app.js", "const key = process.env.API_KEY || '<YOUR_API_KEY>';"),
        ("db.py", "password = os.environ['DB_PASSWORD']"),
        ("keys.py", 'secret = keyring.get_password("deploy-service", "ci-user")'),
        ("auth.py", "handler.add_password('basic_test_realm', uri, 'user', passwd)"),
    ],
)
def test_lookups_without_a_literal_secret_stay(path, text):
    assert found(text, path) == []


@pytest.mark.parametrize(
    "text, address",
    [
        ('if ip == "93.184.216.34":', "93.184.216.34"),
        ("assert addr != '81.2.69.160'", "81.2.69.160"),
        ('RELEASE_MIRROR = "151.101.1.69"', "151.101.1.69"),
        ("# release server at 151.101.1.69", "151.101.1.69"),
        ("ver_check_host = '151.101.65.69'", "151.101.65.69"),
        ("[section]\nhost = 81.2.69.160", "81.2.69.160"),
        ("# see section 4: connect to 93.184.216.34 first", "93.184.216.34"),
    ],
)
def test_public_ip_on_a_line_that_mentions_versions(text, address):
    assert found(text) == [("IP_ADDRESS", address)]


@pytest.mark.parametrize(
    "text",
    [
        '__version__ = "1.2.3.4"',
        "version: 4.12.1.100",
        'minVersion = "7.20.19.123"',
        "Released 1.2.3.4 on Monday",
        "see section 8.2.4.44 of the spec",
        'requires = "pkg==4.12.1.100"',
        'deps = ["pkg>=81.2.69.160"]',
        'ORGANIZATION_NAME = ObjectIdentifier("2.5.4.10")',
    ],
)
def test_dotted_numbers_named_as_versions_or_identifiers_stay(text):
    assert found(text) == []


@pytest.mark.parametrize(
    "value",
    ["Yourself2024!", "Kx9<v!2q", "NoReplace4U!", "Insert$Coin42", "p<ss>W0rd9", "Dummy#2024x", "Exam9le!Pw"],
)
@pytest.mark.parametrize("path, template", [("db.py", "password = '{}'"), (".env", "DB_PASSWORD={}")])
def test_passwords_holding_placeholder_words_or_symbols_are_found(value, path, template):
    assert found(template.format(value), path) == [("PASSWORD", value)]


@pytest.mark.parametrize(
    "value",
    [
        "your_password_here",
        "<YOUR_PASSWORD>",
        "INSERT-PASSWORD-HERE",
        "replace_me",
        "yourpassword",
        "xxxxxxxx",
        "********",
        "${DB_PASSWORD}",
        "{{ vault_db_password }}",
        "changeme",
    ],
)
@pytest.mark.parametrize("path, template", [("db.py", "password = '{}'"), (".env", "DB_PASSWORD={}")])
def test_whole_value_placeholders_stay(value, path, template):
    assert found(template.format(value), path) == []


@pytest.mark.parametrize(
    "text, address",
    [
        ("see https://api.fabrikam.io/users/jane.doe@fabrikam.io/profile", "jane.doe@fabrikam.io"),
        ('url = "https://x.io/search?email=jane.doe@corp.io&page=2"', "jane.doe@corp.io"),
        ("GET /v1/unsubscribe?u=ops-team@northwind.io HTTP/1.1", "ops-team@northwind.io"),
        ('link = "https://crm.io/contact#sam.lee@bluepeak.dev"', "sam.lee@bluepeak.dev"),
        ('url = "https://x.io/search?email=jane.doe%40corp.io&x=1"', "jane.doe%40corp.io"),
    ],
)
def test_emails_inside_url_paths_and_queries(text, address):
    assert found(text) == [("EMAIL", address)]


@pytest.mark.parametrize(
    "path, text",
    [
        ("README.md", f"- Access key: {AWS_ID}\n- Secret key: {AWS_SECRET}\n"),
        ("notes.txt", f"{AWS_ID}:{AWS_SECRET}"),
        ("credentials.csv", f"User name,Access key ID,Secret access key\ndeploy,{AWS_ID},{AWS_SECRET}\n"),
        ("SETUP.md", f"| id | secret |\n|---|---|\n| `{AWS_ID}` | `{AWS_SECRET}` |\n"),
        ("ops.txt", f"aws creds {AWS_ID} / {AWS_SECRET}"),
    ],
)
def test_unquoted_aws_secret_beside_its_id(path, text):
    assert sorted(values(text, path)) == sorted([AWS_ID, AWS_SECRET])


def test_a_sha1_beside_an_aws_id_is_not_its_secret():
    text = f"key {AWS_ID} rotated in commit 3dcc6fbbbebc5e85dd3e83fe49b382ca7735cae1"
    assert values(text, "notes.txt") == [AWS_ID]


# ---------------------------------------------------------------------------------- over-redactions
@pytest.mark.parametrize(
    "path, text",
    [
        ("db.py", 'fields = ["host", "database", "username", "password", "port"]'),
        ("db.py", 'COLUMNS = ("user", "password", "port")'),
        ("redact.py", "SENSITIVE = {'api_key', 'secret', 'token', 'password'}"),
        ("kafka.py", '"ssl_password": "ssl.key.password",'),
        ("oid.py", 'AttributeOID.CHALLENGE_PASSWORD: "challengePassword",'),
        ("urls.py", "('http', 'user/name', 'password', 'localhost:22'),"),
    ],
)
def test_secret_names_as_data_stay(path, text):
    assert found(text, path) == []


@pytest.mark.parametrize(
    "text",
    [
        f'u = uuid.UUID("{HEX32}")',
        f'data = {{"uuid": "{HEX32}"}}',
        f'id = models.UUIDField(default="{HEX32}")',
        f"guid = '{HEX32}'",
        f'__git_version__ = "{HEX32}3dcc6fbb"',
        f'hexed = "{HEX32[:24]}"',
    ],
)
def test_hex_in_identifier_and_hash_contexts_stays(text):
    assert found(text, "models.py") == []


@pytest.mark.parametrize(
    "text",
    [
        '<script src="x.js" integrity="sha384-oqVuAfXRKap7fdgcCY5uykM6+R9GqQ8K/uxy9rx7HNQlGYl1kPzQho1wx4JwY8wC">',
        "etag = '\"33a64df551425fcc55e4d42a148795d9f25f89d4\"'",
        'resp.headers["ETag"] = \'W/"0815a4e8c3b7d9f21a6e5b4c3d2f1e0a"\'',
        'headers = {"If-None-Match": "W/\\"0815a4e8c3b7d9f21a6e5b4c3d2f1e0a\\""}',
        'auth = \'Digest username="Mufasa", realm="x", nonce="dcd98b7102dd2f0e8b11d0f600bfb0c093", uri="/dir", '
        'response="6629fae49393a05397450978507c4ef1", opaque="5ccc069c403ebaf9f0171e9517f40e41", cnonce="0a4f113b"\'',
        'challenge = {\n    "realm": "me@kennethreitz.com",\n    "nonce": "7c0d4f0a2b9e8d1c6a5f3e2b1d0c9a8f",\n'
        '    "response": "6629fae49393a05397450978507c4ef1",\n}',
    ],
)
def test_integrity_etag_and_digest_auth_values_stay(text):
    assert [tag for tag, _ in found(text, "client.py")] in ([], ["EMAIL"])


@pytest.mark.parametrize(
    "text, value",
    [
        (f'API_KEY = "{HEX32}"', HEX32),
        (f'client = Client(api_key="{HEX32}")', HEX32),
        (f'headers = {{"X-Auth-Token": "{HEX32}"}}', HEX32),
        (f'SECRET = "{HEX32}"', HEX32),
    ],
)
def test_hex_under_a_credential_name_is_found(text, value):
    assert values(text, "client.py") == [value]


@pytest.mark.parametrize(
    "text",
    [
        'docker run -p"8080:80" nginx',
        "docker run -p'5432:5432' postgres",
        'ssh -p"2222" deploy@10.0.0.5',
        "podman run -p'127.0.0.1:8443:443' app",
    ],
)
def test_port_mappings_are_not_passwords(text):
    assert found(text, "run.sh") == []


def test_mysql_password_glued_to_its_flag_is_found():
    assert found("mysql -u root -p'Xk9pQ2mLz' app", "run.sh") == [("PASSWORD", "Xk9pQ2mLz")]


@pytest.mark.parametrize(
    "path, text",
    [
        ("softlayer.py", "secret = r'([a-z0-9]{64})'"),
        ("ibm.py", "password = r'([a-f0-9]{48}(?![a-f0-9]))'"),
        ("check.py", "git_version_pass = '%d.%d.%d-10-g92584ed' % ver"),
        ("log.py", 'password_msg = "password for {user}: {password}"'),
        ("learner.py", "# forward pass (`fwd_out`). To access the config"),
        ("tags.yaml", "- functionalization pass. Core aten ops are fully functional"),
        ("test_enc.py", 'DIRECT_KEY_256 = b"0123456789abcdef0123456789abcdef"'),
        ("test_b64.py", 'data = b"YWJjZGVmZ2hpamtsbW5vcHFyc3R1dnd4eXpBQkNE"'),
    ],
)
def test_code_regexes_format_strings_prose_and_test_vectors_stay(path, text):
    assert found(text, path) == []


@pytest.mark.parametrize(
    "text",
    [
        'kex = b"sntrup761x25519-sha512@openssh.com"',
        '_SSH_CIPHER = b"aes256-gcm@openssh.com"',
        "support = 'help@example.com'",
        "qa = 'qa@staging.example.org'",
    ],
)
def test_ssh_algorithm_names_and_documentation_emails_stay(text):
    assert found(text) == []


# ------------------------------------------------------- classes of false positives from real packages (round 2)
@pytest.mark.parametrize(
    "path, text",
    [
        ("config.py", 'backward_pass_autocast = "same_as_forward"'),
        ("aot.py", 'if pre_grad_pass_timing == "early":'),
        ("filters.py", "taps = firwin(ntaps, pass_zero='bandstop', **kwargs)"),
        ("passes.py", 'forward_pass_mode: str = "eager"'),
        ("ui.js", 'const passZero = "lowpass";'),
        ("viewer.js", 'headers:{"x-pw-serviceworker":`skip`}'),
    ],
)
def test_pass_inside_a_name_is_no_password(path, text):
    assert found(text, path) == []


@pytest.mark.parametrize(
    "path, text",
    [
        ("surrogate.py", "'PASSWORD': 'USERNAME',  # use the username category"),
        ("entities.py", 'mapping = {"password": "EMAIL_ADDRESS"}'),
        ("form.py", 'aliases = {"password": "login"}'),
        ("schema.py", '"password": "string?",'),
        ("types.ts", "passphrase: 'boolean',"),
        ("lexer.py", '    "passwd:gecos",\n    "passwd:shell",'),
    ],
)
def test_values_that_name_a_field_or_type_stay(path, text):
    assert found(text, path) == []


@pytest.mark.parametrize(
    "path, text",
    [
        ("commit.py", '# (e.g. "a/../../etc/passwd" or "a/../file.txt") is not caught by a prefix check'),
        ("files.py", 'name = "/etc/passwd" or "fallback.cfg"'),
        ("login.py", 'masked_token = f"{token[:3]}****{token[-4:]}" if token else token'),
        ("login.py", 'shown = f"{api_key[:4]}{secret[-2:]}"'),
        ("auth.py", "return BasicAuth(username=auth[0], password=auth[1])"),
        ("auth.py", "self._header(username=auth_info[0], password=auth_info[2])"),
        ("services.py", 'command += [f"--redis_password={redis_password}"]'),
        ("register.py", "data['name'] = data['password'] = data['email'] = ''"),
        ("context.py", '"passphrase": cert.get("passphrase"),'),
        ("docs.py", '    <label for=\\"password-input\\">Password:</label>'),
    ],
)
def test_paths_code_and_markup_around_secret_names_stay(path, text):
    assert found(text, path) == []


@pytest.mark.parametrize(
    "text",
    [
        '<assemblyIdentity name="Microsoft.VC90.CRT" publicKeyToken="1fc8b3b9a1e18e3b"></assemblyIdentity>',
        'PUBLIC_KEY = "Zq8vN3xK1pL7mR4tW2aaQ9"',
        'STRIPE_PUBLISHABLE_KEY = "Zq8vN3xK1pL7mR4tW2aaQ9"',
        'vapid_public_key = "BEl62iUYgUivxIkv69yViEuiBIa40HI80NM9Lgi8"',
        '"Value": "MIIBCgKCAQEAlSS3cl92HDycr/MTj0moOhas8habjrraXw+KzlWF0axSI2tcF+3iJ9BKQAVSKxGwxwu3m0wG3J"',
        '        ...     verify_token="eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9...",',
        'api_key = "sk-live...f3a9"',
        '"nextToken": "4AEA6u7J...The full token has been omitted for brevity...MzY2OA==",',
    ],
)
def test_public_keys_and_elided_values_stay(text):
    assert found(text, "client.py") == []


@pytest.mark.parametrize(
    "text",
    [
        'collection = get_collection("TheBloke/recent-models-64f9a55bb3115b4f513ec026")',
        'Example: `"owner/llama-2-7b-chat-3fa85f6457174562b3fc2c963f66afa6"`.',
        'slug = "team/dataset-9b2c4e6f8a0d1c3e5f7a9b2c"',
        '"ResourceLabel": "app/EC2Co-EcsEl-1TKLTMITMM0EO/f37c06a68c1748aa/targetgroup/EC2Co-Defau-LDNM7Q3ZH1ZN/6d4e"',
        '"id": "sNvjQDMReA1vEQPNzW8r3dXsU2rrD7fcjm2SiMnu",',
        '"PublisherId": "000q6TfUovXsEMmgKowxDZLlwqr2QUshd2e75c8c",',
        '--resource "DistributionTenantId=dt_2x9GhoK0TZRsohWzv1b9It8J1AB"',
        '"encryptionKey": "arn:aws:kms:us-west-2:417498243647:key/c9fe2447-0795-4fda-afbe-8464574ae162",',
        '"NextToken": "eyJOZXh0VG9rZW4iOiBudWxsLCAiYm90b190cnVuY2F0ZV9hbW91bnQiOiAxMH0="',
        "next_page_token = 'Zq8vN3xK1pL7mR4tW2aaQ9'",
        "--lifecycle-action-token bcd2f1b8-9a78-44d3-8a7a-4dd07d7cf635",
        '"RequestToken": "20999d87-e304-4725-ad84-832dcbfd7fc5"',
    ],
)
def test_identifiers_slugs_and_pagination_tokens_stay(text):
    assert found(text, "examples.txt") == []


@pytest.mark.parametrize(
    "text, password",
    [
        ("mhu = MultiHostUrl('https://foo.com:123,foo:s3cr3t@bar.com/path')", "s3cr3t"),
        ('uri = "mongodb://db1:27017,admin:Xk9pQ2mLz@db2:27017/app"', "Xk9pQ2mLz"),
        ('dsn = "postgresql://h1:5432,h2:5432,app:Tr0ub4dor@h3/db"', "Tr0ub4dor"),
    ],
)
def test_multi_host_urls_redact_only_the_password(text, password):
    assert found(text) == [("PASSWORD", password)]


def test_targets_and_values_are_paired_in_a_tuple_assignment():
    assert found('user, password = "wile", "c0y0te"', "t.py") == [("PASSWORD", "c0y0te")]
    assert found("user, password = get_credentials()", "t.py") == []
    assert found('ctx.load_cert_chain(CERTFILE, password="badpass")', "t.py") == [("PASSWORD", "badpass")]


@pytest.mark.parametrize(
    "text",
    [
        "        06:5f:a4:bc:fa:20:7c:55",
        "        Serial Number:\n            c2:7e:43:04:4e:47:3f:19",
        "        70:c0:19:ff:c9:38:2d:14:2c:66:f4:42:44:e6:55:76:1b:80:\n        15:57:ff:c0:a7:a7:aa:39:aa:d8",
        "fingerprint = '8a:fb:06:f5:c2:19:f0:d0'",
    ],
)
def test_colon_separated_byte_dumps_are_no_ipv6(text):
    assert found(text, "roots.pem") == []


@pytest.mark.parametrize(
    "address, public",
    [
        ("192.0.0.8", False), ("192.0.0.100", False), ("192.0.0.9", True), ("192.0.0.10", True),
        ("192.88.99.1", False), ("192.31.196.1", True), ("2002:c000:204::1", False), ("64:ff9b:1::5", False),
        ("3fff:12::1", False), ("fec0::1", False), ("4000::1", False), ("2620:4f:8000::1", True),
        ("64:ff9b::5db8:d822", True),
    ],
)  # fmt: skip
def test_iana_special_purpose_blocks(address, public):
    text = f'server = "{address}"  # dns'
    assert found(text) == ([("IP_ADDRESS", address)] if public else [])


@pytest.mark.parametrize(
    "text",
    [
        "        Release ID 13.0.0.0 (7522564, 2021120311723), Patch Level 0",
        "  <version>11.22.33.44</version>",
        '    VALUE "FileVersion", "11.22.33.44"',
        'SUPPORTED = ["1.2.3.3", "11.22.33.44"]\nversions = ["1.2.3.3", "11.22.33.44"]'.split("\n")[1],
        '"dependencies": {"widget": "^11.22.33.44"}',
        'engine = "11.22.33.44-beta"',
        "# using Guile 3.0.5.130-5a1e7.",
        "## 11.22.33.44",
        "### [11.22.33.44] - 2021-03-04",
        "11.22.33.44 (2021-03-04)",
        'versionName "11.22.33.44"',
        'VERSION_STRING = "11.22.33.44"',
        'OID_COMMON_NAME = "2.5.4.3"',
        'NameOID.COMMON_NAME: "2.5.4.3",',
        "# 2.5.29.17 is the subjectAltName extension of X.509",
    ],
)
def test_versions_and_object_identifiers_are_no_addresses(text):
    assert found(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "assert_allclose(A, L@D@L.conjugate().T, atol=atol)",
        'res += "\\n@triton.jit\\n"',
        'DESCRIPTOR = b"\\x0fQuaternionProtoP\\x01Z@google.golang.org/genproto"',
        'sys.stderr.write("    file.zip@member.pkl\\n")',
    ],
)
def test_code_with_at_signs_is_no_email(text):
    assert found(text, "gen.py") == []


def test_an_address_after_an_escape_is_still_found():
    assert found('x = "\\njane.doe@corp-mail.io"', "a.py") == [("EMAIL", "jane.doe@corp-mail.io")]


@pytest.mark.parametrize(
    "text",
    [
        "msg = 'not identified by this driver'",
        '"""Return the record identified by name (str) or index (int)."""',
        "# A host identified by an Internet Protocol literal address",
    ],
)
def test_identified_by_in_prose_is_no_sql(text):
    assert found(text, "doc.py") == []


# ----------------------------------------------------------------------------- path and repo_name
PLANTED = {
    "email": "jane.doe.qa@mycorp-internal.com",
    "aws": AWS_ID,
    "ip": "93.184.216.34",
    "github": "ghp_lRBaoihFzvpN7lwsxTZGeVnnKizyKx8jkIrO",
    "password": "Tr0ub4dor&3x",
}


def _planted_rows() -> list[dict]:
    body = "def handler(event):\n    return event\n"
    return [
        {
            "id": "a",
            "content": f"# contact {PLANTED['email']}\n{body}",
            "repo_name": "acme/tools",
            "path": f"users/{PLANTED['email']}/profile.py",
            "lang": "Python",
        },
        {
            "id": "b",
            "content": f'DB_PASSWORD = "{PLANTED["password"]}"\n{body}',
            "repo_name": "acme/tools",
            "path": f"app/key_{PLANTED['aws']}.py",
            "lang": "Python",
        },
        {
            "id": "c",
            "content": f"HOST = '{PLANTED['ip']}'\n{body}",
            "repo_name": f"ops-{PLANTED['github']}/deploy",
            "path": f"hosts/{PLANTED['ip']}/inventory.py",
            "lang": "Python",
        },
        {"id": "d", "content": body, "repo_name": "acme/tools", "path": "src/plain.py", "lang": "Python"},
    ]


def _write(folder: Path, rows: list[dict]) -> Path:
    folder.mkdir(parents=True)
    pq.write_table(pa.Table.from_pylist(rows), folder / "part-00000.parquet")
    return folder


def test_path_and_repo_name_are_redacted_with_their_column_named(tmp_path, run_cli, parse_stats):
    source = _write(tmp_path / "in", _planted_rows())
    stats = parse_stats(run_cli("redact", source, tmp_path / "out", "--workers", "1").output)
    assert stats["pii_columns"] == {"path": 3, "repo_name": 1}
    rows = pq.read_table(sorted((tmp_path / "out").glob("*.parquet"))[0]).to_pylist()
    assert [row["path"] for row in rows] == [
        "users/<EMAIL>/profile.py",
        "app/key_<KEY>.py",
        "hosts/<IP_ADDRESS>/inventory.py",
        "src/plain.py",
    ]
    assert [row["repo_name"] for row in rows] == ["acme/tools", "acme/tools", "ops-<KEY>/deploy", "acme/tools"]
    for row in rows:
        for item in row["pii"]:
            assert row[item["column"]][item["start"] : item["end"]] == item["replacement"]
    assert {item["column"] for item in rows[2]["pii"]} == {"content", "path", "repo_name"}
    assert rows[3]["pii"] == []


@pytest.mark.slow
def test_no_planted_value_reaches_packs_token_shards(tmp_path, run_cli):
    rows = _planted_rows() * 3
    rows = [{**row, "id": f"{row['id']}{index}"} for index, row in enumerate(rows)]
    source = _write(tmp_path / "in", rows)
    run_cli("redact", source, tmp_path / "redacted", "--workers", "1")
    train_tokenizer(tmp_path / "redacted", tmp_path / "tok", TokenizerConfig(vocab_size=300, max_bytes=1 << 20))
    packed = tmp_path / "packed"
    run_cli(
        "pack", tmp_path / "redacted", packed, "--tokenizer", tmp_path / "tok", "--seq-len", "64",
        "--meta-rate", "1", "--fim-rate", "0", "--no-shuffle", "--workers", "1",
    )  # fmt: skip
    tokenizer = load_tokenizer(tmp_path / "tok")
    tables = [pa.ipc.open_file(pa.memory_map(str(path))).read_all() for path in sorted(packed.glob("part-*.arrow"))]
    ids = [token for table in tables for row in table.column("input_ids").to_pylist() for token in row]
    stream = tokenizer.decode(ids, skip_special_tokens=False)
    assert "app/key_<KEY>.py" in stream and "users/<EMAIL>/profile.py" in stream  # paths do reach the tokens
    leaked = [name for name, value in PLANTED.items() if value in stream]
    assert not leaked, leaked


# ---------------------------------------------------------------------------------- precision audit
def _audit_samples() -> list[dict]:
    text = f'API_KEY = "{GENERIC}"\nfields = ["user", "password"]\n'
    return [
        {"id": "s0", "tag": "KEY", "detector": "assignment", "snippet": text, "start": 11, "end": 31, "path": "a.py"},
        {"id": "s1", "tag": "PASSWORD", "detector": "assignment", "snippet": text, "start": 52, "end": 60},
        {"id": "s2", "tag": "KEY", "detector": "assignment", "snippet": text, "start": 11, "end": 31, "path": "a.py"},
    ]


def test_audit_scorer_counts_still_detected_labelled_samples():
    samples = _audit_samples()
    samples[0]["credential"], samples[1]["credential"], samples[2]["credential"] = True, True, False
    rows = scoring.score_audit(
        samples, lambda snippet, path: [(f.tag, f.start, f.end) for f in REDACTOR.find(snippet, path)]
    )
    assert rows["tag/KEY"] == {
        "sampled": 2, "detected": 2, "labelled": 2, "credential": 1, "dropped_credentials": 0, "precision": 0.5,
    }  # fmt: skip
    # s1 ("user", "password") is no longer detected: it leaves precision and, labelled true, counts as dropped
    assert rows["tag/PASSWORD"]["detected"] == 0 and rows["tag/PASSWORD"]["dropped_credentials"] == 1
    assert rows["tag/PASSWORD"]["precision"] is None
    assert rows["detector/KEY/assignment"]["labelled"] == 2


def test_audit_labels_must_name_sampled_ids(tmp_path):
    (tmp_path / "sample.jsonl").write_text("".join(json.dumps(sample) + "\n" for sample in _audit_samples()))
    (tmp_path / "labels.jsonl").write_text('{"id": "nope", "credential": true}\n')
    with pytest.raises(ValueError, match="not in"):
        scoring.load_audit(tmp_path / "sample.jsonl", tmp_path / "labels.jsonl")
    (tmp_path / "labels.jsonl").write_text('{"id": "s0", "credential": "yes"}\n')
    with pytest.raises(ValueError, match="true or false"):
        scoring.load_audit(tmp_path / "sample.jsonl", tmp_path / "labels.jsonl")


@pytest.mark.parametrize("audit", [AUDIT, AUDIT_2, AUDIT_3, AUDIT_4, AUDIT_5, AUDIT_6, AUDIT_7])
def test_committed_audit_samples_are_real_code_and_reproduce(audit):
    samples = scoring.load_audit(audit / "sample.jsonl", None)
    assert len(samples) >= 300
    assert len({sample["package"] for sample in samples}) >= 10
    assert all(sample["snippet"][sample["start"] : sample["end"]] == sample["value"] for sample in samples)


def test_the_audits_share_no_package():
    packages = [
        {sample["package"] for sample in scoring.load_audit(a / "sample.jsonl", None)}
        for a in (AUDIT, AUDIT_2, AUDIT_3, AUDIT_4, AUDIT_5, AUDIT_6, AUDIT_7)
    ]
    for first, second in itertools.combinations(packages, 2):
        assert not first & second


def _assert_key_and_password_precision(audit: Path) -> None:
    rows = evaluate_audit(audit)
    for tag in ("KEY", "PASSWORD"):
        row = rows[f"tag/{tag}"]
        assert row["labelled"] >= 200 or row["labelled"] == row["detected"], f"{tag}: too few labelled samples"
        assert row["precision"] >= 0.9, (tag, row)


# The first two audits were tuned on after they were labelled (their false detections' classes were fixed), so
# they are regression checks here; the third to sixth were tuned on the same way later (TUNED_AUDITS below).
@pytest.mark.parametrize("audit", [AUDIT, AUDIT_2])
def test_key_and_password_precision_on_the_tuned_audits(audit):
    _assert_key_and_password_precision(audit)
    # and no labelled credential lost to a precision rule (the second audit's one KEY went with the entropy rule)
    rows = evaluate_audit(audit)
    for tag in ("KEY", "PASSWORD"):
        assert rows[f"tag/{tag}"]["dropped_credentials"] <= (audit == AUDIT_2 and tag == "KEY"), (tag, rows)


def _labelled_per_tag(audit: Path) -> Counter:
    samples = scoring.load_audit(audit / "sample.jsonl", audit / "labels.jsonl")
    return Counter(sample["tag"] for sample in samples if "credential" in sample)


# The third audit's labelled 200 KEY and 200 PASSWORD detections (drawn at a01029d) had precision 0.460 and 0.775;
# entropy findings then needed a credential's name (detect-secrets' Base64HighEntropyString had 9 credentials in 98:
# slices of certificates and public keys), KEY 0.816 (8 of its 92 labelled credentials lost). Its false detections'
# classes were then fixed by general rules (tests/pipeline/test_redact_precision_classes.py: JWT test vectors, signed
# URLs' credential scopes, escaped HTML, issue references, encrypted values, echoed names, ...): KEY 0.977, PASSWORD
# 0.987, no further labelled credential lost.
# The fourth audit was drawn at 0491a78, after the third audit's classes were fixed, from 33 other packages, and
# labelled by someone who had not read the detectors: KEY precision 0.682, PASSWORD 0.867 (2 labelled credentials
# already not re-detected from their snippets). Its false detections' classes were then fixed by general rules
# (tests/pipeline/test_redact_precision_classes.py: scrubber markers, AWS request metadata, base64-of-JSON tokens,
# names of no secret, filler key material, wrongly cut spans, prose beside "password", regions and SQL
# concatenation, ...): KEY 0.993, PASSWORD 1.000, no further labelled credential lost. It is tuned on now.
# The fifth audit was drawn at ceb6787, after the fourth audit's classes were fixed, from 37 other packages, and
# labelled independently: KEY precision 0.471 (a census of its 122 detections), PASSWORD 0.685 (200 labelled;
# call_password 0.383, login_pair 0/7): the class-by-class rules did not generalise. Structural rules followed
# (tests/pipeline/test_redact_precision_classes.py, "fifth audit"): a positional argument needs a password slot and
# a value that reads as one, login phrases need a separator after their word, names of code (entry points,
# migrations) are no secret, envelope-only JWTs need a credential's name, challenge tokens are public, literal
# prefixes of built values are none: KEY 0.918, PASSWORD 0.977, no labelled credential lost (PASSWORD's one was
# already not re-detected from its snippet). It is tuned on now.
# The sixth audit was drawn at d2770a9 (before the fifth audit's structural rules) from 36 other packages, labelled
# independently. Scored at the fifth audit's rules: KEY 0.305 (29 of 95; 46 of the false ones are copies of one token
# Datadog publishes in its responses' Content-Security-Policy, labelled not a credential, and 15 readable example keys
# of Flask-AppBuilder), PASSWORD 0.912, with 4 labelled PASSWORD credentials passed positionally that the fifth
# audit's call_password rule no longer found. It is tuned on now (tokens in a CSP header are public, readable or
# alphabet-walking example keys, lockfile version ranges, check messages and comparisons in minified JS, names before
# an e-mail in add_user, auth-header names, calls cut at a snippet's end): KEY 0.967, PASSWORD 0.994, none lost.
# Each is held to 0.9 with the sample checked as drawn (fewer labelled detections stay detected as false ones go) and
# the labelled credentials a rule no longer finds counted.
# The seventh audit was drawn at d36f621 (before the sixth audit's rules) from 31 other packages, labelled
# independently. Scored after the sixth audit's rules (0eed33d): KEY 0.684 (a census of 19), PASSWORD 0.762 (189 of 200
# still detected; false ones mostly from three packages: a lockfile's minipass ranges, *MASKED* markers in expected
# command lines, hash stand-ins, struct formats and constants in impacket), EMAIL 0.967, IP 0.800 (protocol-spec
# section numbers). It is tuned on now (tests/pipeline/test_redact_precision_classes.py, "seventh audit"): KEY 0.929,
# PASSWORD 0.980, IP 1.000, no labelled credential lost.
# Where two audits' labellers disagreed on one class, the written rules (RULES.md: "encoded ordinary data: base64 of
# text", "random-looking" sample keys) decided: the seventh audit's base64 of a phrase and counting-pattern sample
# tokens are no key, so the fourth audit's five "clientSecret": "YSBzZWNyZXQ=" ("a secret") and one
# "5678defg-5678-defg-..." access token, labelled credentials there, are no longer redacted (KEY lost 0 -> 6).
# The eighth audit was drawn at 1fbb3a9 (after the seventh audit's rules) from 33 other packages, labelled
# independently (167 KEY and 170 PASSWORD detections, the package with 65% of them capped at a fifth of the draw).
# As first scored, never tuned on: KEY 0.703, PASSWORD 0.892 (0.553 weighted to the population: one package's URL
# fixtures), EMAIL 0.967, IP 0.871. Tuned on since (test_redact_precision_classes.py, "eighth audit"): KEY 0.959,
# PASSWORD 0.955, IP 0.964; its 3 lost passwords (bare YAML values inside a Python string) were lost as drawn.
# The ninth audit was drawn at 9ef9820 (after the eighth audit's rules) from 32 other packages, labelled independently
# (every KEY and PASSWORD detection outside the one capped package: 57 and 128 labelled). As first scored, never tuned
# on (3010033): KEY 0.877, PASSWORD 0.960, EMAIL 1.000, IP 0.955. Tuned on since (f094e93, "ninth audit" classes):
# KEY 0.962, PASSWORD 1.000, IP 1.000, none lost.
# The tenth audit was drawn at f094e93 from 36 other packages, labelled independently (50 KEY, 107 PASSWORD). As first
# scored, never tuned on (dd47ddb): KEY 0.540 (one package's check identifiers, a database's continuation and session
# tokens, spreadsheet ids), PASSWORD 0.948, EMAIL 0.900, IP 0.733. Tuned on since (b57d282, "tenth audit" classes):
# KEY 0.964, PASSWORD 1.000, IP 0.917, none lost; the fourth audit's "Bearer eW91J3Jl..." (base64 of "you're not
# supposed to decode this!") goes with the base64-of-a-phrase rule (KEY lost 6 -> 7).
# The eleventh audit was drawn at b57d282 (after the tenth audit's rules) from 38 other packages, labelled
# independently (61 KEY and 123 PASSWORD detections; cfn-lint, with 413 of the 462 KEY detections, capped at a fifth
# of the draw). As first scored, never tuned on (0990a5a): KEY 0.705 (0.878 without the capped package), PASSWORD
# 0.886, EMAIL 0.767, IP 0.917. Tuned on since (fourth round, "eleventh audit" classes): KEY 0.915, PASSWORD 0.991,
# EMAIL 1.000, IP 0.957, no KEY or PASSWORD lost; one address at a made-up top-level domain (John@Smith.smith), which
# its labeller counted, goes with the root-zone rule.
# The twelfth audit was drawn at 72ed956 (after the fourth round) from 40 other packages, labelled independently (34
# KEY and 122 PASSWORD detections; fastapi-users, with most of the KEY and PASSWORD detections, capped). As first
# scored, never tuned on: by its own score.py at 72ed956, KEY 0.794, PASSWORD 0.779, EMAIL 1.000, IP 0.870; by
# `codelm redact --eval` at deb378a (after the fifth round's recall rules, which read only held-out sets 6 and 7),
# KEY 0.794, PASSWORD 0.793 of the 116 still detected, EMAIL 1.000, IP 0.909. Tuned on since (fifth round, "twelfth
# audit" classes: the code between two literals of minified JavaScript, regex values, a trailing ".." kept, "net
# user" only as a command, mechanisms in a URL's password place, filler inside a token, base64 of JSON whose
# secret's fields hold nothing): KEY 0.931, PASSWORD 0.958; its 3 lost passwords were lost as drawn at deb378a.
# The fourteenth audit was drawn at bf82e26 (after the sixth round) from 44 other packages, labelled independently (95
# KEY, 84 PASSWORD, 20 EMAIL, 25 IP detections; httpx-auth capped for KEY, mail-parser and zappa for IP). As first
# scored, never tuned on (bf82e26): KEY 0.884, PASSWORD 0.855 (of the 76 still detected; 28 labelled true are
# ESPHome and Tradfri pre-shared keys its labeller marked borderline), EMAIL 1.000, IP 0.960. Tuned on since (seventh
# round, "fourteenth audit" classes: a bare attribute name where a value was expected, stand-ins naming a format
# (BASE64KEY), protocol attribute and header constants, SRP proofs, sentence words after "SNMP community", values
# shown elided, hex blobs over 128 bytes): KEY 0.903, PASSWORD 0.985; its 1 lost password was lost as drawn.
# The fifteenth audit (below) was tuned on in the ninth round, from its untuned KEY 0.868 and PASSWORD 0.786 (lists of
# option names, getters' arguments, password policy settings, enumerations, code tables, UUID-built names, stand-ins
# that say no value is set, URLs and entry points under "auth" names, Artifactory-shaped field names). The sixteenth
# (below) was tuned on in the tenth round, from its untuned KEY 0.894 and PASSWORD 0.949 (values split over adjacent
# literals, keyword arguments after a quoted name, literals closed around a variable, descriptions in Chinese, OAuth
# client id:secret stand-ins in Basic credentials, ports and queries after a host, "PASSWORD or API_KEY", calls as
# SNMP communities).
TUNED_AUDITS = {
    "third": (AUDIT_3, {"KEY": 200, "PASSWORD": 200}, {"KEY": 8, "PASSWORD": 0}),
    "fourth": (AUDIT_4, {"KEY": 200, "PASSWORD": 200}, {"KEY": 7, "PASSWORD": 2}),
    "fifth": (AUDIT_5, {"KEY": 122, "PASSWORD": 200}, {"KEY": 0, "PASSWORD": 1}),
    "sixth": (AUDIT_6, {"KEY": 95, "PASSWORD": 200}, {"KEY": 0, "PASSWORD": 0}),
    "seventh": (AUDIT_7, {"KEY": 19, "PASSWORD": 200}, {"KEY": 0, "PASSWORD": 0}),
    "eighth": (AUDIT_8, {"KEY": 167, "PASSWORD": 170}, {"KEY": 0, "PASSWORD": 3}),
    "ninth": (AUDIT_9, {"KEY": 57, "PASSWORD": 128}, {"KEY": 0, "PASSWORD": 0}),
    "tenth": (AUDIT_10, {"KEY": 50, "PASSWORD": 107}, {"KEY": 0, "PASSWORD": 0}),
    "eleventh": (AUDIT_11, {"KEY": 61, "PASSWORD": 123}, {"KEY": 0, "PASSWORD": 0}),
    "twelfth": (AUDIT_12, {"KEY": 34, "PASSWORD": 122}, {"KEY": 0, "PASSWORD": 3}),
    "fourteenth": (AUDIT_14, {"KEY": 95, "PASSWORD": 84}, {"KEY": 0, "PASSWORD": 1}),
    "fifteenth": (AUDIT_15, {"KEY": 68, "PASSWORD": 84}, {"KEY": 0, "PASSWORD": 0}),
    "sixteenth": (AUDIT_16, {"KEY": 47, "PASSWORD": 178}, {"KEY": 0, "PASSWORD": 1}),
    "seventeenth": (AUDIT_17, {"KEY": 19, "PASSWORD": 158}, {"KEY": 0, "PASSWORD": 1}),
    "eighteenth": (AUDIT_18, {"KEY": 66, "PASSWORD": 176}, {"KEY": 0, "PASSWORD": 0}),
    "nineteenth": (AUDIT_19, {"KEY": 70, "PASSWORD": 151}, {"KEY": 0, "PASSWORD": 0}),
    "twentieth": (AUDIT_20, {"KEY": 61, "PASSWORD": 132}, {"KEY": 0, "PASSWORD": 0}),
}


@pytest.mark.parametrize("name", TUNED_AUDITS)
def test_key_and_password_precision_on_the_later_tuned_audits(name):
    audit, drawn, lost_at_most = TUNED_AUDITS[name]
    labelled = _labelled_per_tag(audit)
    assert {tag: labelled[tag] for tag in drawn} == drawn, labelled
    rows = evaluate_audit(audit)
    for tag, lost in lost_at_most.items():
        row = rows[f"tag/{tag}"]
        assert row["precision"] >= 0.9, (tag, row)
        assert row["dropped_credentials"] <= lost, (tag, row)


# IANA's special-purpose registry rows newer than Python 3.11's ipaddress table: not globally reachable, except the
# two anycast addresses inside 192.0.0.0/24.
IANA_NOT_REACHABLE = [ipaddress.IPv4Network("192.0.0.0/24"), ipaddress.IPv4Network("192.88.99.0/24")]
IANA_REACHABLE = [ipaddress.IPv4Address("192.0.0.9"), ipaddress.IPv4Address("192.0.0.10")]


def test_public_ipv4_agrees_with_the_standard_library_and_the_iana_registry():
    rng = random.Random(0)
    addresses = [str(ipaddress.IPv4Address(rng.getrandbits(32))) for _ in range(20000)]
    for network in (
        "10.0.0.0/8", "100.64.0.0/10", "172.16.0.0/12", "198.18.0.0/15", "224.0.0.0/4", "240.0.0.0/4",
        "192.0.0.0/24", "192.0.0.8/30", "192.88.99.0/24",
    ):  # fmt: skip
        block = ipaddress.IPv4Network(network)
        edges = (int(block.network_address) - 1, int(block.broadcast_address) + 1, int(block.network_address))
        addresses += [str(ipaddress.IPv4Address(edge)) for edge in edges if 0 <= edge < 1 << 32]
    for address in addresses:
        parsed = ipaddress.IPv4Address(address)
        expected = parsed.is_global and not parsed.is_multicast
        if any(parsed in network for network in IANA_NOT_REACHABLE):
            expected = parsed in IANA_REACHABLE
        assert public_ipv4(address) == expected, address
    assert not public_ipv4("01.2.3.4") and not public_ipv4("256.1.1.1")


# ----------------------------------------------------------------- cost linear in findings (issue 12, item 11)
def _quadratic_reference(findings: list) -> list:
    """The former resolve_overlaps: every finding checked against every kept one, in rank order."""
    ranked = sorted(findings, key=lambda f: (_priority(f), f.start - f.end, f.start))
    taken = []
    for finding in ranked:
        if all(finding.end <= other.start or finding.start >= other.end for other in taken):
            taken.append(finding)
    return sorted(taken)


@pytest.mark.parametrize("seed", range(5))
def test_resolve_overlaps_keeps_what_the_quadratic_rule_kept(seed):
    rng = random.Random(seed)
    sources = ["email", "ipv4", "assignment", "url_credentials", "github", "detect_secrets.Base64HighEntropyString"]
    findings = []
    for _ in range(400):
        start = rng.randrange(2000)
        findings.append(Finding(start, start + rng.randint(1, 40), "KEY", rng.choice(sources)))
    assert resolve_overlaps(findings) == _quadratic_reference(findings)


def test_disjoint_findings_are_never_ranked_against_each_other(monkeypatch):
    """16,000 emails in one file (the reproduction: 15 s before) make 16,000 clusters of one: no ranking at all."""
    ranked = []
    monkeypatch.setattr(redactor_module, "_resolve_cluster", lambda cluster: ranked.append(len(cluster)) or cluster)
    text = "\n".join(f"u{index}@corp-mail{index % 7}.com," for index in range(16000))
    assert len(REDACTOR.find(text, "contacts.txt")) == 16000
    assert ranked == []


# ------------------------------------------------------------------------- the stage's columnar path
def _step() -> RedactStep:
    step = RedactStep(RedactConfig())
    step.bind(Stats(), lambda record, reason: None)
    return step


def test_batch_path_writes_what_the_row_path_writes():
    rows = [
        {**row, "stars": index, "licenses": ["mit"] if index % 2 else []} for index, row in enumerate(_planted_rows())
    ]
    rows.append({"id": "e", "content": None, "repo_name": None, "path": None, "lang": "Python", "stars": 9,
                 "licenses": None})  # fmt: skip
    batch = pa.RecordBatch.from_pylist(rows)
    from_batch = _step().map_batch(batch)
    from_rows = list(_step().run(batch.to_pylist(), 0, 1))
    assert from_batch.schema == _step().output_schema(batch.schema)
    assert from_batch.to_pylist() == from_rows
    assert from_batch.column("licenses").equals(batch.column("licenses"))  # columns the step leaves pass through


def test_the_stage_imports_no_pandas(tmp_path):
    """pyarrow imports pandas on the first pa.array() call, 0.4 s of CPU per process; the stage builds its columns
    from buffers instead."""
    source = _write(tmp_path / "in", _planted_rows())
    script = (
        "import sys\n"
        "from codelm.pipeline.redact import RedactConfig, redact\n"
        "from codelm.pipeline.steps import RunOptions\n"
        "from codelm.pipeline.engines import EngineOptions\n"
        f"redact({str(source)!r}, {str(tmp_path / 'out')!r}, RedactConfig(),\n"
        "       RunOptions(engine=EngineOptions(workers=1)))\n"
        "assert 'pandas' not in sys.modules, 'pandas was imported'\n"
    )
    subprocess.run([sys.executable, "-c", script], check=True)


def _public_ipv6_by_properties(address: ipaddress.IPv6Address) -> bool:
    """public_ipv6 as ipaddress's properties say it (the table in detectors.py is built from the same networks)."""
    from codelm.pipeline.redact.detectors import _IPV6_NOT_GLOBAL, _NAT64, public_ipv4

    if address.ipv4_mapped is not None:
        return public_ipv4(str(address.ipv4_mapped))
    if address in _NAT64 and int(address) & 0xFFFFFFFF:
        # an address in the NAT64 prefix reaches the IPv4 address in its low 32 bits (the bare prefix stays)
        return public_ipv4(str(ipaddress.IPv4Address(int(address) & 0xFFFFFFFF)))
    if not address.is_global or address.is_multicast or address.is_site_local:
        return False
    if address.is_reserved and address not in _NAT64:
        return False
    return not any(address in network for network in _IPV6_NOT_GLOBAL)


def test_ipv6_range_table_agrees_with_ipaddress():
    from codelm.pipeline.redact.detectors import _IPV6_NOT_GLOBAL, _NAT64, public_ipv6

    constants = ipaddress.IPv6Address("::")._constants
    networks = [
        *constants._private_networks,
        constants._multicast_network,
        constants._sitelocal_network,
        *constants._reserved_networks,
        _NAT64,
        *_IPV6_NOT_GLOBAL,
        ipaddress.IPv6Network("2000::/3"),
        ipaddress.IPv6Network("::ffff:0:0/96"),
    ]
    # Every network's edges and their neighbours, then random addresses: anywhere, in 2000::/3, IPv4-mapped.
    numbers = [
        edge + step
        for network in networks
        for edge in (int(network.network_address), int(network.broadcast_address))
        for step in (-1, 0, 1)
        if 0 <= edge + step < 2**128
    ]
    rng = random.Random(0)
    numbers += [rng.getrandbits(128) for _ in range(5000)]
    numbers += [(0x2 << 124) | rng.getrandbits(124) for _ in range(5000)]
    numbers += [(0xFFFF << 32) | rng.getrandbits(32) for _ in range(5000)]
    numbers += [int(_NAT64.network_address) | rng.getrandbits(32) for _ in range(5000)]
    for number in numbers:
        address = ipaddress.IPv6Address(number)
        assert public_ipv6(address) == _public_ipv6_by_properties(address), address


# The thirteenth audit was drawn at abdfc9d (after the fifth round) from 42 other packages, labelled independently
# (36 KEY, 111 PASSWORD, 30 EMAIL, 24 IP detections; edgedb and mycli capped for KEY and PASSWORD). First scored
# untuned at abdfc9d, and the same through the eighth round: KEY 0.639 (0.885 without the capped packages: most of
# edgedb's KEY detections are its "nbwt_" secret keys redacted without their prefix, and a stub key of only a JWT
# header), PASSWORD 0.955, EMAIL 0.967, IP 0.792. Tuned on in the ninth round (its "ninth round" classes: JWT headers
# behind a vendor's prefix, the prefix redacted with the token, GPG key ids, enumerations, option lists, SVG path
# data, draft RFC sections): KEY 0.821, PASSWORD 0.981, IP 0.950, no credential lost. Five of the KEY detections
# left are edgedb's prefixed JWTs, labelled false for a span that left the prefix out: the span now covers it, and
# the labels stay as drawn. PASSWORD is held to 0.9; KEY is a strict xfail.
def test_the_untuned_thirteenth_audit_is_scored_as_drawn():
    labelled = _labelled_per_tag(AUDIT_13)
    assert dict(labelled) == {"KEY": 36, "PASSWORD": 111, "EMAIL": 30, "IP_ADDRESS": 24}, labelled
    row = evaluate_audit(AUDIT_13)["tag/PASSWORD"]
    assert row["precision"] >= 0.9 and row["dropped_credentials"] == 0, row


@pytest.mark.xfail(strict=True, reason="missed on the untuned thirteenth audit; the figures are in the comment above")
def test_key_precision_on_the_untuned_thirteenth_audit():
    assert evaluate_audit(AUDIT_13)["tag/KEY"]["precision"] >= 0.9


# The fifteenth audit was drawn at 0dff313 (after the seventh round) from 47 other packages, labelled independently
# (every KEY and PASSWORD detection: 68 and 84; 20 EMAIL, 25 IP). First scored untuned at 0dff313, and the same at
# 83933f4 (after the eighth round): KEY 0.868, PASSWORD 0.786, EMAIL 0.950, IP 0.680. Tuned on in the ninth round
# (see TUNED_AUDITS): KEY 0.967, PASSWORD 0.971, EMAIL 1.000, IP 0.895. EMAIL is held to 0.95; IP is a strict xfail:
# two of its false detections left are versions (in a ddt list of version strings, and a firmware's in prose).
def test_the_fifteenth_audit_is_scored_as_drawn():
    labelled = _labelled_per_tag(AUDIT_15)
    assert dict(labelled) == {"KEY": 68, "PASSWORD": 84, "EMAIL": 20, "IP_ADDRESS": 25}, labelled
    assert evaluate_audit(AUDIT_15)["tag/EMAIL"]["precision"] >= 0.95


@pytest.mark.xfail(strict=True, reason="missed on the fifteenth audit; the figures are in the comment above")
def test_ip_precision_on_the_fifteenth_audit():
    assert evaluate_audit(AUDIT_15)["tag/IP_ADDRESS"]["precision"] >= 0.9


# The sixteenth audit was drawn at 83933f4 (after the eighth round) from 49 other packages, labelled independently
# (every KEY and PASSWORD detection: 47 and 178; 20 EMAIL, 20 IP). First scored untuned at 83933f4, and the same after
# the ninth round (8234f8d): KEY 0.894, PASSWORD 0.949 (of the 175 still detected; one labelled password is lost as
# drawn, in its snippet), EMAIL 0.950, IP 0.750. Tuned on in the tenth round (see TUNED_AUDITS): KEY 0.977, PASSWORD
# 0.988. EMAIL is held to 0.95; IP is a strict xfail (its false detections left are a WLAN controller's image
# versions in a docstring).
def test_the_sixteenth_audit_is_scored_as_drawn():
    labelled = _labelled_per_tag(AUDIT_16)
    assert dict(labelled) == {"KEY": 47, "PASSWORD": 178, "EMAIL": 20, "IP_ADDRESS": 20}, labelled
    assert evaluate_audit(AUDIT_16)["tag/EMAIL"]["precision"] >= 0.95


@pytest.mark.xfail(strict=True, reason="missed on the sixteenth audit; the figures are in the comment above")
def test_ip_precision_on_the_sixteenth_audit():
    assert evaluate_audit(AUDIT_16)["tag/IP_ADDRESS"]["precision"] >= 0.9


# The seventeenth audit was drawn at 260da9b (after the ninth round) from 52 other packages, labelled independently
# (every KEY and PASSWORD detection: 19 and 158; 20 EMAIL, 20 IP). Never tuned on; first scored at 260da9b: KEY 0.842,
# PASSWORD 0.885 (of the 157 still detected; one labelled password lost as drawn), EMAIL 1.000, IP 0.850; after the
# tenth round (which read the sixteenth audit and the thirteenth held-out set, not this one): PASSWORD 0.897, the rest
# the same. Tuned on in the fourteenth round (2026-12-05, with the seventeenth held-out set: a SASL mechanism before
# the user in a credentials call, words that end in "pass" (TRESPASS), htpasswd as a name, "the --password option",
# entry points' module:function, PEM markers around code): KEY 0.941, PASSWORD 0.986 (see TUNED_AUDITS). EMAIL is
# held to 0.95. IP 0.850 -> 0.944 with X.500's arcs (2.5.5.10) as object identifiers; held to 0.9 with the
# eighteenth audit's (below).
def test_the_seventeenth_audit_is_scored_as_drawn():
    labelled = _labelled_per_tag(AUDIT_17)
    assert dict(labelled) == {"KEY": 19, "PASSWORD": 158, "EMAIL": 20, "IP_ADDRESS": 20}, labelled
    rows = evaluate_audit(AUDIT_17)
    assert rows["tag/EMAIL"]["precision"] >= 0.95
    assert rows["tag/PASSWORD"]["dropped_credentials"] <= 1 and rows["tag/KEY"]["dropped_credentials"] == 0


def test_ip_precision_on_the_seventeenth_and_eighteenth_audits():
    assert evaluate_audit(AUDIT_17)["tag/IP_ADDRESS"]["precision"] >= 0.9
    assert evaluate_audit(AUDIT_18)["tag/IP_ADDRESS"]["precision"] >= 0.9


# The eighteenth audit was drawn at cdce820 (after the thirteenth round) from 50 other packages, labelled independently
# (every KEY and PASSWORD detection: 66 and 176; 20 EMAIL, 20 IP). First scored untuned at cdce820 and at bb5742e
# (the fourteenth round, which read the seventeenth audit, not this one): KEY 0.652, PASSWORD 0.931 (of the 174 still
# detected from their snippets), EMAIL 1.000, IP 0.750. Tuned on in the fourteenth round (JWTs shown elided, JWS
# test vectors over bytes that are no JSON, key fixtures' file names, 5x5 product keys, TOTP example secrets that
# are base32 of words, hex of UTF-8 text, token ids given to getters and deleters, properties echoing a constant's
# name, regex groups and lint codes where a value was expected, maps of a key's fields, currency codes as call
# arguments, an SNMP community held in a variable, a comment directive after the word): KEY 0.956, PASSWORD 0.982
# (see TUNED_AUDITS); IP 0.750 -> 1.000 with section numbers "as described in 2.4.4.10" (the same rules took the
# fourth audit's IP 0.933 -> 0.966).
def test_the_eighteenth_audit_is_scored_as_drawn():
    labelled = _labelled_per_tag(AUDIT_18)
    assert dict(labelled) == {"KEY": 66, "PASSWORD": 176, "EMAIL": 20, "IP_ADDRESS": 20}, labelled
    rows = evaluate_audit(AUDIT_18)
    assert rows["tag/EMAIL"]["precision"] >= 0.95
    assert rows["tag/PASSWORD"]["dropped_credentials"] == 0 and rows["tag/KEY"]["dropped_credentials"] == 0


# The nineteenth audit was drawn at ad17a10 (the fourteenth round, after the eighteenth audit's classes) from 56 other
# packages, labelled independently (every PASSWORD detection, 151; 70 KEY: every KEY of the packages other than
# bip-utils, whose 612 detections, mostly its BIP32/BIP39 test vectors, were capped to 5 per sampling group; 20
# EMAIL, 15 IP). First scored untuned at ad17a10 and after the fifteenth round (which read the eighteenth held-out
# set, not this audit): KEY 0.429, PASSWORD 0.953, EMAIL 0.950, IP 0.533. Tuned on in the sixteenth round
# (2026-12-05: payment records' ids, constructor calls where a literal was expected, bytes counting up, SAS tokens
# with a typed signature, BIP32 extended public keys, pub_key names, token mints' addresses, JWTs whose header is no
# JSON, browsers' versions in user agents): KEY 0.968, IP 0.615 (its false detections left: a vendor's product
# version, "not-TKLM 2.0.1.1 KMIP 2.0.0.1", five times).
def test_the_nineteenth_audit_is_scored_as_drawn():
    labelled = _labelled_per_tag(AUDIT_19)
    assert dict(labelled) == {"KEY": 70, "PASSWORD": 151, "EMAIL": 20, "IP_ADDRESS": 15}, labelled
    rows = evaluate_audit(AUDIT_19)
    assert rows["tag/PASSWORD"]["precision"] >= 0.95 and rows["tag/EMAIL"]["precision"] >= 0.95
    assert rows["tag/PASSWORD"]["dropped_credentials"] <= 2 and rows["tag/KEY"]["dropped_credentials"] == 0


@pytest.mark.xfail(strict=True, reason="missed on the nineteenth audit; the figures are in the comment above")
def test_ip_precision_on_the_nineteenth_audit():
    assert evaluate_audit(AUDIT_19)["tag/IP_ADDRESS"]["precision"] >= 0.9


# The twentieth audit was drawn at 60a74a4 (after the nineteenth audit's classes) from 56 other packages, labelled
# independently (61 of 68 KEY and 132 of 145 PASSWORD detections, 20 EMAIL, 9 IP). Never tuned on; first scored at
# 60a74a4 and after the sixteenth round (0272695, which read the nineteenth held-out set, not this audit): KEY 0.934,
# PASSWORD 0.838 (of the 130 still detected), EMAIL 0.950, IP 1.000. Tuned on in the seventeenth round (names side
# by side around " / " and enum names in code spans, counting runs typed into keys, ULIDs as ids): KEY 0.983,
# PASSWORD 0.908 (its false detections left: a product table's option descriptions under codes ending in PW, which
# title-case passphrases such as "Correct Horse Battery Staple" in other audits forbid telling apart by case).
def test_the_twentieth_audit_is_scored_as_drawn():
    labelled = _labelled_per_tag(AUDIT_20)
    assert dict(labelled) == {"KEY": 61, "PASSWORD": 132, "EMAIL": 20, "IP_ADDRESS": 9}, labelled
    rows = evaluate_audit(AUDIT_20)
    assert rows["tag/KEY"]["precision"] >= 0.9 and rows["tag/EMAIL"]["precision"] >= 0.95
    assert rows["tag/IP_ADDRESS"]["precision"] >= 0.9
    assert rows["tag/PASSWORD"]["dropped_credentials"] == 0 and rows["tag/KEY"]["dropped_credentials"] == 0


# The twenty-first audit was drawn at 3ed125f (after the sixteenth round) from 52 other packages, smaller SDKs mostly
# (313 spans), labelled independently (72 of 92 KEY, all 33 PASSWORD, 20 EMAIL, 14 IP detections; 25 of the KEY
# spans are one AWS key id repeated in opentok's fixtures). Never tuned on (unread: the measure for the next round);
# first scored at 3ed125f and after the seventeenth round (35e14b6): KEY 0.750, PASSWORD 0.758, EMAIL 0.950, IP
# 0.929. At cdce820 (before the fourteenth round) the spans drawn scored KEY 0.746 (one credential not found then)
# and PASSWORD 0.806 of 31: the rounds since added two false PASSWORD detections here. Tuned on in the eighteenth
# round (API operations' names after "API:", camelCase modes in sign-in calls, command names in notes' code spans,
# requirement pins, numbers under token names): KEY 0.931, PASSWORD 0.893 (its false detections left: a connect
# call's user in the password's place, a Java-style positional signature read wrongly).
def test_the_twenty_first_audit_is_scored_as_drawn():
    labelled = _labelled_per_tag(AUDIT_21)
    assert dict(labelled) == {"KEY": 72, "PASSWORD": 33, "EMAIL": 20, "IP_ADDRESS": 14}, labelled
    rows = evaluate_audit(AUDIT_21)
    assert rows["tag/EMAIL"]["precision"] >= 0.95 and rows["tag/IP_ADDRESS"]["precision"] >= 0.9
    assert rows["tag/KEY"]["precision"] >= 0.9
    assert rows["tag/PASSWORD"]["dropped_credentials"] == 0 and rows["tag/KEY"]["dropped_credentials"] == 0


@pytest.mark.xfail(strict=True, reason="missed on the twenty-first audit; the figures are in the comment above")
def test_password_precision_on_the_twenty_first_audit():
    assert evaluate_audit(AUDIT_21)["tag/PASSWORD"]["precision"] >= 0.9


# The twenty-second audit was drawn at 64f3200 (after the seventeenth round) from 49 other packages, small IoT and
# SaaS clients mostly (223 spans), labelled independently (12 of 32 KEY, 36 of 54 PASSWORD, 20 EMAIL, 9 IP
# detections; taxjar's and pydexcom's spans, one sample key and one test password repeated, capped). Scored untuned
# at 64f3200 and after the eighteenth round (fe881c2): KEY 0.917, PASSWORD 0.971 (of the 34 labelled still detected
# from their snippets; two labelled passwords are not re-found in their snippets as drawn, at cdce820 either), EMAIL
# 1.000, IP 1.000. Its KEY figure rests on 12 labels. Read in the nineteenth round (its one false PASSWORD, a usage
# line's "[-p|--password PASSWORD]" read with the bracket, fixed): PASSWORD 1.000; its false KEY (a UUID job token
# in a docstring's example, labelled borderline) left.
def test_the_twenty_second_audit_is_scored_as_drawn():
    labelled = _labelled_per_tag(AUDIT_22)
    assert dict(labelled) == {"KEY": 12, "PASSWORD": 36, "EMAIL": 20, "IP_ADDRESS": 9}, labelled
    rows = evaluate_audit(AUDIT_22)
    for tag in ("KEY", "PASSWORD"):
        assert rows[f"tag/{tag}"]["precision"] >= 0.9, (tag, rows[f"tag/{tag}"])
    assert rows["tag/EMAIL"]["precision"] >= 0.95 and rows["tag/IP_ADDRESS"]["precision"] >= 0.9
    assert rows["tag/PASSWORD"]["dropped_credentials"] <= 2 and rows["tag/KEY"]["dropped_credentials"] == 0


# The twenty-third audit was drawn at b90d42c (after the nineteenth round) from 51 other packages, smaller SaaS clients
# (148 spans), labelled independently (17 of 18 KEY, all 5 PASSWORD, 20 EMAIL, 7 IP detections; bulksms's one sample
# secret is 5 of the KEY labels). Never tuned on (unread); scored at b90d42c and after the twentieth round: KEY 0.941,
# PASSWORD 1.000, EMAIL 1.000, IP 1.000. Its KEY and PASSWORD figures rest on 17 and 5 labels.
def test_the_untuned_twenty_third_audit_is_scored_as_drawn():
    labelled = _labelled_per_tag(AUDIT_23)
    assert dict(labelled) == {"KEY": 17, "PASSWORD": 5, "EMAIL": 20, "IP_ADDRESS": 7}, labelled
    rows = evaluate_audit(AUDIT_23)
    for tag in ("KEY", "PASSWORD"):
        assert rows[f"tag/{tag}"]["precision"] >= 0.9, (tag, rows[f"tag/{tag}"])
    assert rows["tag/EMAIL"]["precision"] >= 0.95 and rows["tag/IP_ADDRESS"]["precision"] >= 0.9
    assert rows["tag/PASSWORD"]["dropped_credentials"] == 0 and rows["tag/KEY"]["dropped_credentials"] == 0


# The twenty-fourth audit was drawn at 3518b25 (before the twenty-first round) from 54 other packages chosen for
# credentials in their code and tests (web frameworks' auth extensions, JOSE/PAKE/Noise crypto, Active Directory and
# SMB tooling, password-policy tools, network-config tools; 591 spans), labelled independently (all 33 KEY, 60 of
# 194 PASSWORD, 30 EMAIL, 20 IP detections). Untuned, scored at 3518b25 and after the twenty-first round (06bc18d),
# the same: KEY 0.862, PASSWORD 0.583, EMAIL 0.833, IP 0.737. Tuned on in the twenty-second round (comparisons in
# docstrings, C pointer casts, numbered form fields, SNMP prose, hash-taking URL schemes and credential files in a
# URL's password, RFC 7515's example token, a directory's built-in accounts at private names, constants): KEY 1.000,
# PASSWORD 0.972, EMAIL 0.962 (the one false PASSWORD left is "pw" as a URL's password, which five earlier audits
# label a weak password). Its IP figure (section numbers of a protocol's specification) is still missed.
def test_the_twenty_fourth_audit_is_scored_as_drawn():
    labelled = _labelled_per_tag(AUDIT_24)
    assert dict(labelled) == {"KEY": 33, "PASSWORD": 60, "EMAIL": 30, "IP_ADDRESS": 20}, labelled
    rows = evaluate_audit(AUDIT_24)
    for tag in ("KEY", "PASSWORD"):
        assert rows[f"tag/{tag}"]["precision"] >= 0.9, (tag, rows[f"tag/{tag}"])
    assert rows["tag/EMAIL"]["precision"] >= 0.95 and rows["tag/IP_ADDRESS"]["precision"] >= 0.73
    # (four KEY credentials the drawn snippets cut from their context were not found at 3518b25 either)
    assert rows["tag/PASSWORD"]["dropped_credentials"] == 0 and rows["tag/KEY"]["dropped_credentials"] <= 4


@pytest.mark.xfail(strict=True, reason="missed on the twenty-fourth audit; the figures are in the comment above")
def test_ip_precision_on_the_twenty_fourth_audit():
    assert evaluate_audit(AUDIT_24)["tag/IP_ADDRESS"]["precision"] >= 0.9


# The twenty-fifth audit was drawn at 2ced316 (before the twenty-second round) from 48 other packages screened for KEY
# and PASSWORD detections (API SDKs with example credentials, settings libraries, auth and token tooling, crypto and
# password tools; 1,555 spans), labelled independently (100 of 168 KEY, 60 of 103 PASSWORD, 30 EMAIL, 30 IP
# detections; 30 of the KEY labels are one UUID-shaped secret repeated through one README). Untuned, scored at
# 2ced316: KEY 0.690, PASSWORD 0.759, EMAIL 1.000, IP 0.933; after the twenty-second round's first half (1588749):
# PASSWORD 0.786. Tuned on in its second half (a record's key beside the record's name, keys of data, where a
# password is served, base64 of words typed as a key, option lists after a label, technical names, a URL's authority
# taken for a Windows switch): KEY 0.945, PASSWORD 0.978 (the false KEY left: a JWT split over concatenated
# literals, a private key's stub).
def test_the_twenty_fifth_audit_is_scored_as_drawn():
    labelled = _labelled_per_tag(AUDIT_25)
    assert dict(labelled) == {"KEY": 100, "PASSWORD": 60, "EMAIL": 30, "IP_ADDRESS": 30}, labelled
    rows = evaluate_audit(AUDIT_25)
    for tag in ("KEY", "PASSWORD"):
        assert rows[f"tag/{tag}"]["precision"] >= 0.9, (tag, rows[f"tag/{tag}"])
    assert rows["tag/EMAIL"]["precision"] >= 0.95 and rows["tag/IP_ADDRESS"]["precision"] >= 0.9
    # (two PASSWORD credentials the drawn snippets cut from their context were not found at 2ced316 either)
    assert rows["tag/KEY"]["dropped_credentials"] == 0 and rows["tag/PASSWORD"]["dropped_credentials"] <= 2


# The thirty-ninth audit was drawn at cd7c406 (the thirty-sixth round's start) from 54 other packages screened among
# 488 in nine other families (marketing, energy, real estate, sports, surveys, agriculture, translation, support, 3D
# printing), names whose summaries speak of secrets first (which let ten authentication libraries in: 89 of the 184
# KEY detections); 718 spans, KEY 100, PASSWORD 100, EMAIL 50, IP 23 labels. Untuned at cd7c406 (the labeller's
# score.py): KEY 0.760, PASSWORD 0.600, EMAIL 1.000, IP 0.870; through --eval KEY 0.760 of the 100 labels detected in
# their snippets, PASSWORD 0.652 of 92; after the thirty-sixth round (written without reading it): KEY 0.768 of 99,
# PASSWORD 0.690 of 87. Read and tuned on in the thirty-seventh round (content addresses, formats' fields named in
# angle brackets, malformed JWT test vectors, the RFC's example UUID, digests compared, routes of code's names,
# donation addresses, stand-ins that say what they are, reply codes, record ids after an e-mail, a login's outcome,
# identifiers under an ID's label, quantities): KEY 1.000, PASSWORD 0.984, IP 0.909, no credential lost.
def test_the_thirty_ninth_audit_is_scored_as_drawn():
    labelled = _labelled_per_tag(AUDIT_39)
    assert dict(labelled) == {"KEY": 100, "PASSWORD": 100, "EMAIL": 50, "IP_ADDRESS": 23}, labelled
    rows = evaluate_audit(AUDIT_39)
    for tag in ("KEY", "PASSWORD"):
        assert rows[f"tag/{tag}"]["precision"] >= 0.98, (tag, rows[f"tag/{tag}"])
        assert rows[f"tag/{tag}"]["dropped_credentials"] == 0, (tag, rows[f"tag/{tag}"])
    assert rows["tag/EMAIL"]["precision"] >= 0.95 and rows["tag/IP_ADDRESS"]["precision"] >= 0.9


# Audits that miss a precision target, table-driven: the labels per tag as drawn, every figure held as a floor, the
# missed targets as strict xfails.
AUDITS_WITH_FLOORS = {
    # The twenty-sixth audit was drawn at 6eba1b9 (mid twenty-second round) from 50 other packages screened for KEY and
    # PASSWORD detections, at most three labels per distinct value (3,170 spans; 56 KEY labels, all the distinct values
    # the caps left, 60 PASSWORD, 30 EMAIL, 31 IP). A secret scanner whose tests are full of deliberately fake secrets
    # (skylos) takes the largest share. Untuned at 6eba1b9: KEY 0.500, PASSWORD 0.517, EMAIL 0.867, IP 0.774; at the
    # twenty-second round's end: PASSWORD 0.534, the rest the same. Read and tuned on in the twenty-third round
    # (Ethereum addresses, the alphabet typed with skips, AWS's documentation stems, option spellings, prose in JSON
    # strings, a package's modules, rule ids, words in a token's URL place): KEY 0.700, PASSWORD 0.721 (0.795 since the
    # thirtieth round's rules for values that say what they are). What is left
    # are label conflicts (fake test secrets of a real format, field names an attribute map gives as values, base64 of
    # "test_username:test_password", a Mixpanel project token) and fragments of concatenated keys; the targets stay
    # strict xfails, the figures floors.
    "twenty-sixth": (
        AUDIT_26,
        {"KEY": 56, "PASSWORD": 60, "EMAIL": 30, "IP_ADDRESS": 31},
        {"KEY": 0.7, "PASSWORD": 0.79, "EMAIL": 0.86, "IP_ADDRESS": 0.92},
    ),
    # The twenty-seventh audit was drawn at c766f24 (before the twenty-third round) from 52 other packages screened for
    # many distinct KEY and PASSWORD values (identity and OAuth libraries, SDKs, Kerberos and SMB tooling, one secret
    # scanner under the 20% cap), at most three labels per distinct value (1,078 spans; 100 KEY, 60 PASSWORD, 30 EMAIL,
    # 36 IP labels). Untuned at c766f24 and after the round's first half (eb34dce): KEY 0.776, PASSWORD 0.667, EMAIL
    # 1.000, IP 0.889. Read and tuned on in the round's second half (a stand-in inside a value, a letter held down to
    # end one, timestamps, type paths, form text, a JWT's header alone, a captcha's site key, slices, "Pass" in
    # docstrings, sentences with their spaces replaced, "password length is 8"): KEY 0.894, PASSWORD 0.826 at 3006094.
    # What is left are label conflicts (fake test secrets of a real format, a PEM stub two earlier audits label a
    # credential, a test's "valid" as the password given to login()); the KEY, PASSWORD and IP targets stay strict
    # xfails, the figures floors.
    "twenty-seventh": (
        AUDIT_27,
        {"KEY": 100, "PASSWORD": 60, "EMAIL": 30, "IP_ADDRESS": 36},
        {"KEY": 0.89, "PASSWORD": 0.86, "EMAIL": 0.95, "IP_ADDRESS": 0.96},
    ),
    # The twenty-eighth audit was drawn at eb34dce (mid twenty-third round) from 49 other packages screened for
    # distinct KEY and PASSWORD values, at most three labels per distinct value (3,056 spans; 100 KEY, 60 PASSWORD, 30
    # EMAIL, 35 IP labels). A card-issuing SDK's UUID resource ids given as `*_token` arguments dominate the KEY
    # detections (capped at 20 labels) and an SSH auditor's algorithm names the PASSWORD ones. Untuned at eb34dce (and
    # at c766f24): KEY 0.570, PASSWORD 0.650, EMAIL 0.900, IP 0.857; at 0017c52: PASSWORD 0.661. Read and tuned on at
    # the round's end (an API's resource ids it calls tokens, PayPal checkout tokens, algorithm names, requirements,
    # routes and template paths, a lockfile's peer versions, made-up words after a token's prefix, a wallet's
    # signatures and addresses, a class called after "token =", camelCase names side by side): KEY 0.791, PASSWORD
    # 0.975. The KEY, EMAIL and IP targets stay strict xfails, the figures floors.
    "twenty-eighth": (
        AUDIT_28,
        {"KEY": 100, "PASSWORD": 60, "EMAIL": 30, "IP_ADDRESS": 35},
        {"KEY": 0.85, "PASSWORD": 0.97, "EMAIL": 0.95, "IP_ADDRESS": 0.85},
    ),
    # The twenty-ninth audit was drawn at b8d1a9e (late in the twenty-third round) from 49 other packages screened for
    # distinct KEY and PASSWORD values among 351 (the frozen detectors found few: 64 KEY labels, all the distinct
    # values the caps left, 60 PASSWORD, 30 EMAIL, 29 IP; 2,636 spans). Untuned at b8d1a9e: KEY 0.766, PASSWORD 0.783,
    # EMAIL 0.967, IP 0.862; at 0ad819c: KEY 0.803. Read and tuned on in the twenty-fourth round (pointer types after
    # C's qualifiers, issue references, a page element's selector, a TXT record's token, stand-ins that say so in the
    # clear or in base64, lower-case words after a format's prefix, public EC points, status badges' tokens, one byte
    # of base64 filler, a library's four-part version among other packages' versions, the tail of a percent-encoded
    # address): KEY 0.961, PASSWORD 0.959, IP 1.000; every target met, the figures floors.
    "twenty-ninth": (
        AUDIT_29,
        {"KEY": 64, "PASSWORD": 60, "EMAIL": 30, "IP_ADDRESS": 29},
        {"KEY": 0.96, "PASSWORD": 0.95, "EMAIL": 0.96, "IP_ADDRESS": 0.99},
    ),
    # The thirtieth audit was drawn at 0ad819c (the twenty-fourth round's start) from 47 other packages screened for
    # distinct KEY and PASSWORD values among 332 (the frozen detectors found few distinct keys: 45 KEY labels, 60
    # PASSWORD, 30 EMAIL, 24 IP; 456 spans). Untuned at 0ad819c and at 2e0ecbd: KEY 0.844, PASSWORD 0.717, EMAIL 0.967,
    # IP 0.917. Read and tuned on in the twenty-fifth round (chained subscripts, a requirement's version range, a
    # topic's path of names and ids, an SPDX licence id, URLs listed beside one with credentials, a compose file's
    # escaped variable, a value with one part masked, a format's prefix alone, a number in a numbered field, the verb
    # "pass" before a command, a class name beside its module path): KEY 0.974, PASSWORD 0.935; every KEY and PASSWORD
    # target met, the figures floors.
    "thirtieth": (
        AUDIT_30,
        {"KEY": 45, "PASSWORD": 60, "EMAIL": 30, "IP_ADDRESS": 24},
        {"KEY": 0.97, "PASSWORD": 0.93, "EMAIL": 0.96, "IP_ADDRESS": 0.91},
    ),
    # The thirty-first audit was drawn at 2e0ecbd (the twenty-fifth round's start) from 85 other packages screened for
    # distinct KEY and PASSWORD values among 716 (Django and Flask plugins, exchange and bot clients, network tools;
    # 69 KEY labels, all the per-value cap left but 4, 60 PASSWORD, 30 EMAIL, 40 IP; 1,838 spans). Untuned at 2e0ecbd
    # and at f276eb9: KEY 0.779, PASSWORD 0.614, EMAIL 1.000, IP 1.000. Read and tuned on in the twenty-sixth round
    # (colours, digests' names, words then "value", redirects' routes, passwords a command reads, type expressions,
    # instrument keys, a protocol's token bytes, words and a patterned number, mashed keys, pyotp's sample, program
    # and Bitcoin addresses, bytes32, Werkzeug's hashes, a shell default in a URL, lists of names, a field's type, JVM
    # options): KEY 1.000, PASSWORD 0.946; what is left are an onion service's client names given as auth=[...] and
    # create_superuser's second argument (Django's e-mail, a custom manager's password); every target met.
    "thirty-first": (
        AUDIT_31,
        {"KEY": 69, "PASSWORD": 60, "EMAIL": 30, "IP_ADDRESS": 40},
        {"KEY": 0.99, "PASSWORD": 0.94, "EMAIL": 0.99, "IP_ADDRESS": 0.99},
    ),
    # The thirty-second audit was drawn at 90a44d2 (the twenty-seventh round's start) from 64 other packages screened
    # among 712 (the frozen detectors found few keys: 30 KEY labels, every KEY detection of the kept packages, 100
    # PASSWORD, 50 EMAIL, 50 IP; 1,376 spans; one package holds most IP detections, another most PASSWORD ones).
    # Untuned at 90a44d2 and at 7380200 (the round's rules, written before it was scored): KEY 0.533, PASSWORD 0.890,
    # EMAIL 1.000, IP 0.440. Read and tuned on in the twenty-eighth round (a specification's section numbers headed by
    # a signature or listed in a comment, a table's version column, JWTs signed with text, letters and digits
    # alternating, a word and a counter, a unit repeated after a format's prefix, Solana addresses named by their
    # chain, status badges' tokens, an e-mail in a password's place, Django's create_user(username, email), a note's
    # image tag, requirement, host list and BibTeX braces): KEY 0.842, PASSWORD 0.957, IP 0.880. What is left: two
    # literals concatenated into one key (the span covers one), a product's licence key, a bare NAT64 prefix (the first
    # audit labels it an address), a Django model's hash field given a stand-in, a webhook secret's stand-in.
    "thirty-second": (
        AUDIT_32,
        {"KEY": 30, "PASSWORD": 100, "EMAIL": 50, "IP_ADDRESS": 50},
        {"KEY": 0.84, "PASSWORD": 0.95, "EMAIL": 0.99, "IP_ADDRESS": 0.88},
    ),
    # The thirty-third audit was drawn at 4c06157 (the twenty-eighth round's start) from 121 other packages screened
    # among 722, most from Django auth, token and starter packages chosen for distinct KEY values (2,156 spans; 98 KEY
    # labels, a census of every span the per-value cap left, 100 PASSWORD, 50 EMAIL, 50 IP). Untuned at 4c06157 (the
    # labeller's score.py over all labels): KEY 0.643, PASSWORD 0.700, EMAIL 1.000, IP 0.540 (an icon font's SVG paths
    # hold most IP detections). Through --eval at 6ba61d1 (the twenty-eighth and twenty-ninth rounds' rules, written
    # before it was scored): KEY 0.639 with one credential no longer detected, PASSWORD 0.707 of the 99 labels
    # detected in their snippets, IP 0.628. Read and tuned on in the thirtieth round (base64 of words as key
    # material, values naming a key's own word or a published key, a public key's DER header, a Django check's id,
    # a value spelling its name's words, a redaction policy's actions, a class's dotted path, a URL built from a shell
    # variable, a colour, lists parted by " / ", decimals run together in path data, versions around an arrow, a
    # standard's section numbers): KEY 0.827, PASSWORD 0.864, IP 0.931. What is left: browser-side tokens (TrackJS,
    # Algolia DocSearch), JWTs signed with words, keyboard-mashed and alternating stand-ins, a header's token id, a
    # passphrase-shaped sentence, a handle in bold after "by", "pass `name=`" in prose.
    "thirty-third": (
        AUDIT_33,
        {"KEY": 98, "PASSWORD": 100, "EMAIL": 50, "IP_ADDRESS": 50},
        {"KEY": 0.82, "PASSWORD": 0.86, "EMAIL": 0.99, "IP_ADDRESS": 0.96},
    ),
    # The thirty-fourth audit was drawn at 603cd5f (the thirtieth round's start) from 148 other packages screened
    # among 1,082, most of them payment and exchange clients (which gave most distinct KEY values), then Flask and
    # FastAPI starters (1,995 spans; 100 KEY labels among 127 distinct values, 100 PASSWORD, 50 EMAIL, 50 IP).
    # Untuned at 603cd5f (the labeller's score.py, labelled share): KEY 0.640, PASSWORD 0.490, EMAIL 0.940, IP 0.740.
    # Through --eval at 603cd5f and after the thirtieth and thirty-first rounds (b66c77a): KEY 0.646 of the 99 labels
    # detected in their snippets, PASSWORD 0.485 (one credential not detected in its snippet), EMAIL 0.940, IP 0.740.
    # Read and tuned on in the thirty-second round (an interface's text naming the secret it asks for, in any
    # language; locale tags, utility classes, numbers with separators; a format's prefix with a filler; a translation
    # file named "sk-<hash>"; stand-ins pasted from one piece; Solana accounts beside their mint; words and numbers
    # joined under a label naming no secret; donation addresses under a coin's name; two editions' section numbers
    # and coordinates run together): KEY 0.771, PASSWORD 0.727, IP 0.974; KEY 0.810 after the thirty-third round
    # (a verifying key is public; an action pinned to its commit). What is left: test fixtures of a real
    # format (UUID licence keys, hex tokens), browser-side keys (PostHog's phc_), a signature in an HMAC header, a
    # role in a password's place, passwords that audits 2, 6 and 16 call credentials ("password1", "secret1234").
    # EMAIL 0.979 (met) after the forty-second round (an SSH login's target is no mailbox).
    "thirty-fourth": (
        AUDIT_34,
        {"KEY": 100, "PASSWORD": 100, "EMAIL": 50, "IP_ADDRESS": 50},
        {"KEY": 0.81, "PASSWORD": 0.72, "EMAIL": 0.97, "IP_ADDRESS": 0.97},
    ),
    # The thirty-fifth audit was drawn at 5a4b023 (the thirty-second round's start) from 166 other packages screened
    # among 1,147 in nine other families (cloud storage and backup clients the most, which gave most distinct KEY
    # values; API-key clients, notification, chat, IoT, CI/CD, scrapers, test fixtures, templates), 6,396 spans; 100
    # KEY labels among 123 distinct values, 100 PASSWORD, 50 EMAIL, 50 IP. Untuned at 5a4b023 (the labeller's score.py,
    # labelled share): KEY 0.610, PASSWORD 0.560, EMAIL 1.000, IP 0.700 (one package's four-part version numbers); the
    # same through --eval at 5a4b023 and after the thirty-second round (917dc97). Read and tuned on in the thirty-third
    # round (interface text in any script, a stored object's path, a verifying key, a log's records under one command
    # word, a path, date or pattern under a label, an action pinned to its commit, names and paths after "API", OAuth's
    # field names in a Basic credential, INI settings named by several words, X.509 names, a variable's expansion,
    # algorithm names, a path joined in code, lists of login methods, versions and a file's line, routes and Windows
    # paths, base64 of test stand-ins, PEM bodies too short for a key; versions in archives' names, beside the versions
    # they replace, and URL-encoded path decimals; Stripe's publishable keys, two words and a format's field outside
    # ASCII): KEY 0.803, PASSWORD 0.824, IP 1.000. What is left: test fixtures (labelled no credential here,
    # credentials in audits 2, 7, 8, 10 and 11: "somepassword", Azurite's published account key), payment clients'
    # public keys, salts, a sample job key, a folded YAML's "must-pass".
    "thirty-fifth": (
        AUDIT_35,
        {"KEY": 100, "PASSWORD": 100, "EMAIL": 50, "IP_ADDRESS": 50},
        {"KEY": 0.80, "PASSWORD": 0.82, "EMAIL": 0.99, "IP_ADDRESS": 0.99},
    ),
    # The thirty-sixth audit was drawn at 50bb6d3 (the thirty-third round's start) from 212 other packages screened
    # among 1,111 in eight other families (authentication and identity the most, among them secret scanners whose
    # tests hold fake keys; databases, monitoring, networking, security tools, data platforms, ML-ops, e-commerce),
    # 8,188 spans; 100 KEY labels among 153 distinct values, 110 PASSWORD, 50 EMAIL, 54 IP. Untuned at 50bb6d3 (the
    # labeller's score.py, labelled share): KEY 0.600, PASSWORD 0.727, EMAIL 0.900, IP 0.907; through --eval at
    # 50bb6d3: KEY 0.596 of the 99 labels detected in their snippets, PASSWORD 0.752 of 105 (one credential of each
    # not detected in its snippet); after the thirty-third round (written without reading it): KEY 0.615 of 96,
    # PASSWORD 0.760 of 104, the same credentials undetected, EMAIL 0.900, IP 0.907. Read and tuned on in the
    # thirty-fourth round (an f-string's field, words and numbers under a token's name, a key file's path, stand-in
    # words glued inside a format's random part, a sequential Basic user, camel-case names after "API", escaped
    # words, snake names of code, record ids, script keywords, data files' names, a class beside its variant): KEY
    # 0.728 of 81, PASSWORD 0.840 of 94, no further credential lost. What is left: secret scanners' own fake keys
    # (PostHog's phc_ and the jwt.io sample, credentials in audits 19, 21 and 34), an unsigned JWT (a credential in
    # audit 25), a model's name and tag, NTLM hashes under an account's name.
    "thirty-sixth": (
        AUDIT_36,
        {"KEY": 100, "PASSWORD": 110, "EMAIL": 50, "IP_ADDRESS": 54},
        {"KEY": 0.72, "PASSWORD": 0.83, "EMAIL": 0.89, "IP_ADDRESS": 0.90},
    ),
    # The thirty-seventh audit was drawn at 20f1501 (the thirty-third round's end) from 68 other packages screened
    # among 445 in eight other families (social media, productivity, maps, market data, education, travel, games,
    # media; then names whose summaries speak of secrets or APIs), 1,044 spans; KEY 59 labels (every KEY detection but
    # a capped codec's test vectors; under its budget of 100), 103 PASSWORD, 50 EMAIL, 50 IP. Untuned at 20f1501 (the
    # labeller's score.py, labelled share): KEY 0.492, PASSWORD 0.689, EMAIL 0.960, IP 0.800; through --eval KEY 0.500
    # of the 58 labels detected in their snippets, the rest the same, and the same after the thirty-fourth round
    # (written without reading it). Read and tuned on in the thirty-fifth round (PEM bodies of one repeated piece, a
    # model's name and tag and a numbered item's id under labels, short hex constants, storage schemes joined by
    # "+"): KEY 0.569, PASSWORD 0.780. What is left: a codec's ciphertext test vectors under "token", a redactor's
    # fake keys in other languages ("segredo"), test secrets such as "whsec_test123", four-part numbers in a model's
    # garbled output.
    "thirty-seventh": (
        AUDIT_37,
        {"KEY": 59, "PASSWORD": 103, "EMAIL": 50, "IP_ADDRESS": 50},
        {"KEY": 0.56, "PASSWORD": 0.77, "EMAIL": 0.95, "IP_ADDRESS": 0.79},
    ),
    # The thirty-eighth audit was drawn at f39b1a1 (the thirty-fourth round's end) from 38 other packages screened
    # among 266 in eight other families (healthcare, open data, logistics, telephony, HR, legal signing, lab
    # instruments, accounting), names whose summaries speak of secrets first; these families gave few detections: 389
    # spans, KEY 30 labels (every KEY detection but a capped package's), PASSWORD 85 and IP 15 (nearly every one),
    # EMAIL 50. Untuned at f39b1a1 (the labeller's score.py, labelled share): KEY 0.233, PASSWORD 0.576, EMAIL 1.000,
    # IP 0.667; the same through --eval, and PASSWORD 0.583 of 84 after the thirty-fifth round (written without reading
    # it). Read and tuned on in the thirty-sixth round (records of named fields, test patterns counted down, words of
    # other scripts joined as names, canary values, formats' shared heads, accounting names in Artifactory's shape,
    # digests under files' names or a digest's column, C macros naming their strings, types, JSON pointers, queries):
    # KEY 1.000, PASSWORD 1.000. What is left: SQLite's versions and Solidity source maps read as addresses.
    "thirty-eighth": (
        AUDIT_38,
        {"KEY": 30, "PASSWORD": 85, "EMAIL": 50, "IP_ADDRESS": 15},
        {"KEY": 0.99, "PASSWORD": 0.99, "EMAIL": 0.99, "IP_ADDRESS": 0.66},
    ),
    # The fortieth audit was drawn at f584a7f (the thirty-sixth round's end) from 46 other packages screened among 385
    # in families poor in secrets (art, publishing, audio, aviation, pets, automotive, climate; authentication words
    # excluded), 226 spans: KEY 41, PASSWORD 78, EMAIL 50, IP 3 labels, nearly every KEY, PASSWORD and IP detection.
    # Untuned at f584a7f (the labeller's score.py, run from a guarded copy): KEY 0.805, PASSWORD 0.641, EMAIL 0.940, IP
    # 0.667; the same through --eval, and KEY 0.825 of 40 after the thirty-seventh round (written without reading it).
    # Read and tuned on in the thirty-eighth round (a subscript opened, a flow's token, stand-ins split by a colon,
    # capitals in Artifactory's shape, terminal colours, a clause's word with its colon, words after "password", names
    # listed, an optical band, a password manager's item, image tags, names across a slash, format heads shortened,
    # WhatsApp's JIDs): KEY 1.000 of 33, PASSWORD 0.877 of 57, EMAIL 1.000 of 47. What is left: a Shamir tool's test
    # secret, a field named in prose, test arguments to a URL builder, env-var stand-ins such as "env_sec".
    "fortieth": (
        AUDIT_40,
        {"KEY": 41, "PASSWORD": 78, "EMAIL": 50, "IP_ADDRESS": 3},
        {"KEY": 0.99, "PASSWORD": 0.87, "EMAIL": 0.99, "IP_ADDRESS": 0.66},
    ),
    # The forty-first audit was drawn at 8507669 (the thirty-seventh round's end) from 52 other packages screened among
    # 424 (hobby hardware, fashion and retail, kids, transit, defence, cooking, betting), 1,515 spans: one package's 15
    # did:key public-key identifiers repeated through its test vectors are 1,182 of the 1,208 KEY detections (capped to
    # 6 labels), so KEY has 31 labels, PASSWORD 98, EMAIL 50, IP 17. Untuned at 8507669 (the labeller's score.py,
    # labelled share): KEY 0.677, PASSWORD 0.827, EMAIL 0.980, IP 0.824; through --eval after the thirty-eighth round
    # (written without reading it): PASSWORD 0.835 of 97, the rest the same. Read and tuned on in the thirty-ninth
    # round (decentralised identifiers, a format's magic bytes, setPlainText, a register's description, YOUR_..._
    # stand-ins, fsspec's github:// URLs): KEY 0.840 of 25, PASSWORD 0.920 of 88 (met). What is left: request-signing
    # salts (labelled no credential here, credentials in other audits), a push token in a test, CSV data and a pin name
    # in a README, an OpenAPI extension's credential types, a misspelt name in a test.
    "forty-first": (
        AUDIT_41,
        {"KEY": 31, "PASSWORD": 98, "EMAIL": 50, "IP_ADDRESS": 17},
        {"KEY": 0.83, "PASSWORD": 0.91, "EMAIL": 0.97, "IP_ADDRESS": 0.82},
    ),
    # The forty-second audit was drawn at 844b966 (the thirty-eighth round's end) from 214 other packages screened
    # among 1,672 (developer tooling, sciences, office documents, text processing, museums, fitness, civic tech), 3,932
    # spans; KEY spread over 61 packages (the top holds 23%), labelled 100 KEY from 43 packages, 100 PASSWORD, 50
    # EMAIL, 50 IP. Untuned at 844b966 (the labeller's score.py, labelled share): KEY 0.600, PASSWORD 0.700, EMAIL
    # 0.980, IP 0.980; through --eval (snippets alone: 97 PASSWORD labels still detected) PASSWORD 0.722; after the
    # thirty-ninth round (written without reading it) the same. Read and tuned on in the fortieth round ("sk-" before
    # words, a ring signature's key image, ids in a CLI's field table): KEY 0.667 of 90.
    "forty-second": (
        AUDIT_42,
        {"KEY": 100, "PASSWORD": 100, "EMAIL": 50, "IP_ADDRESS": 50},
        {"KEY": 0.59, "PASSWORD": 0.72, "EMAIL": 0.97, "IP_ADDRESS": 0.97},
    ),
    # The forty-third audit was drawn at be0dd42 (the thirty-ninth round's end) from 93 other packages screened among
    # 709 (mathematics, image processing, robotics, budgeting, HPC, protocols, compression, testing, documentation,
    # packaging), 1,139 spans: 100 KEY labels from 36 packages (one package's test vectors give 23 of them), 100
    # PASSWORD, 50 EMAIL, 50 IP. Untuned at be0dd42 (the labeller's score.py, labelled share): KEY 0.620, PASSWORD
    # 0.640, EMAIL 0.920, IP 0.900; through --eval (snippets alone: 99 PASSWORD labels still detected) PASSWORD 0.646;
    # after the fortieth round (written without reading it) the same. Read and tuned on in the forty-first round
    # (base64 of a test's self-naming labels, digests of empty input, chain addresses and Solana mints, keys named by
    # algorithm, GPU ids, GnuPG fingerprints beside a keyserver, from_secret, enum members, repeated filler bytes, a
    # mapping's next key, "tests pass", package pins under hyphenated names): KEY 0.838 of 74, PASSWORD 0.736 of 87,
    # IP 0.938 of 48, no credential dropped.
    "forty-third": (
        AUDIT_43,
        {"KEY": 100, "PASSWORD": 100, "EMAIL": 50, "IP_ADDRESS": 50},
        {"KEY": 0.83, "PASSWORD": 0.73, "EMAIL": 0.91, "IP_ADDRESS": 0.93},
    ),
    # The forty-fourth audit was drawn at 23ed23b (the fortieth round's end) from 166 other packages screened among
    # 911 (command lines, serialization and config, async, file systems, containers, date and time, logging, caching,
    # electronics), 3,866 spans: 100 KEY labels from 33 packages (two packages hold 71% of the KEY detections: a
    # breach dump's password hashes and a secret scanner's fixtures), 105 PASSWORD, 50 EMAIL, 48 IP (the minimum per
    # stratum drew more than 100 PASSWORD). Untuned at 23ed23b (the labeller's score.py, labelled share): KEY 0.370,
    # PASSWORD 0.705, EMAIL 0.960, IP 0.750 (vSphere API versions such as 7.0.0.0); through --eval (snippets alone)
    # KEY 0.378 of 98, PASSWORD 0.716 of 102, IP 0.766 of 47; after the forty-first round (written without reading
    # it) the same. Read and tuned on in the forty-second round (password hashes after an account's name or under
    # Windows' hash names; stand-ins whose letters count or follow a keyboard's row apart from the digits, bech32's
    # alphabet in order, mock and testing words; keys named by an algorithm and words; Secret Manager resource
    # names; AEAD authentication tags; prices and quantities with units; when a product's API gained something; an
    # SSH login's target): KEY 0.627 of the 59 labels still detected in their snippets, PASSWORD 0.777 of 94, EMAIL
    # 0.980, IP 0.973 (met). What is left: a secret scanner's fixtures in readable shapes, Basic credentials of
    # default logins, a secret's name in a reference, a postal code under a PIN's name.
    "forty-fourth": (
        AUDIT_44,
        {"KEY": 100, "PASSWORD": 105, "EMAIL": 50, "IP_ADDRESS": 48},
        {"KEY": 0.62, "PASSWORD": 0.77, "EMAIL": 0.97, "IP_ADDRESS": 0.97},
    ),
    # The forty-fifth audit was drawn at 3b0174e (the forty-first round's end) from 103 other packages screened among
    # 922 in ten other families (search, visualization, web front ends and templating, dataframes and validation,
    # cloud and infrastructure as code, version control, URLs and QR codes, encodings and ids, workflows, licensing),
    # 3,155 spans: 100 KEY labels from 33 packages (one package, a spectral-data library whose encoded tokens sit
    # under "token", holds 55% of the KEY detections and was capped), 100 PASSWORD, 50 EMAIL, 41 IP (26 distinct
    # addresses under the cap of three per value). Untuned at 3b0174e (the labeller's score.py, labelled share): KEY
    # 0.280, PASSWORD 0.700, EMAIL 0.960, IP 0.829; through --eval (snippets alone) KEY 0.280 of 100, PASSWORD 0.707
    # of 99, EMAIL 0.960, IP 0.829; after the forty-second round (written without reading it) KEY 0.289 of 97, the
    # rest the same. Read and tuned on in the forty-third round (token-format stand-ins judged by every detector and
    # by the format's body, keys cut short by an ellipsis, digests of textbook passwords, Ed25519 seeds that count,
    # Basic pairs whose password names its role, C pointer declarations, a field read ending a statement, a
    # diagram's style and a server's directive in notes; Solana programs, token accounts and authorities, an IBM
    # CRN and jsii's type annotations under key names): KEY 0.412 of the 68 labels still detected, PASSWORD 0.769 of
    # 91. What is left: the spectral-data tokens, Solana signatures and addresses passed to calls in mock responses,
    # hash test vectors read as name-value pairs.
    "forty-fifth": (
        AUDIT_45,
        {"KEY": 100, "PASSWORD": 100, "EMAIL": 50, "IP_ADDRESS": 41},
        {"KEY": 0.41, "PASSWORD": 0.76, "EMAIL": 0.96, "IP_ADDRESS": 0.82},
    ),
    # The forty-sixth audit was drawn at 53e7292 (the forty-second round's end) from 134 other packages screened
    # among 920 archives in ten other families (cryptography and encryption above all, plugins, privacy, mobile,
    # sysadmin, reverse engineering, peer-to-peer, browsers, desktop input), 1,989 spans: 101 KEY labels (two
    # packages, an HPKE library's test vectors and a secret vault, hold 69% of the KEY detections and were capped),
    # 107 PASSWORD, 50 EMAIL, 15 IP (13 distinct addresses). Untuned at 53e7292 (the labeller's score.py, labelled
    # share): KEY 0.624, PASSWORD 0.645, EMAIL 0.980, IP 0.800; through --eval KEY 0.630 of 100, PASSWORD 0.645 of
    # 107; after the forty-third round (written without reading it) KEY 0.636 of 99, PASSWORD 0.651 of 106. Read and
    # tuned on in the forty-fourth round (prose values past the name's aside or in the next parameter, $env: reads,
    # alphabet-run JWT signatures, public keys and address types under their labels, entry points, error-code and
    # source names, flattened rows of ids and addresses, file paths and GPG fingerprints stated as keys, RFC test
    # vectors wrapped over lines redacted whole): KEY 0.733 of the 86 labels still detected, PASSWORD 0.734 of 94.
    # What is left: HPKE test vectors' labels (ikm, pk), COSE public keys in hex under key names, ciphertexts.
    "forty-sixth": (
        AUDIT_46,
        {"KEY": 101, "PASSWORD": 107, "EMAIL": 50, "IP_ADDRESS": 15},
        {"KEY": 0.73, "PASSWORD": 0.73, "EMAIL": 0.98, "IP_ADDRESS": 0.80},
    ),
    # The forty-seventh audit was drawn at 8a5bc9a (the forty-third round's end) from 32 packages kept among 795
    # archives screened in ten other families (compilers and parsers, 3D graphics, event sourcing, daemons, CRDTs,
    # state machines, typing, data structures, hardware buses, units), families poor in secrets: 1,006 spans, every
    # KEY (22, from 9 packages) and IP (9) detection labelled, 89 PASSWORD, 50 EMAIL. Untuned at 8a5bc9a (the
    # labeller's score.py, labelled share): KEY 0.727, PASSWORD 0.596, EMAIL 0.840, IP 1.000; through --eval
    # PASSWORD 0.609 of the 87 labels detected; after the forty-fourth round (written without reading it) the same.
    # Read and tuned on in the forty-fifth round (login pairs in a table cell only under a login column, palettes,
    # a render pass's subpass, snake_case names, measurements, expressions, Markdown references and C++ scopes under a
    # note's label, Markdown emphasis, possessives): KEY 0.800 of the 20 labels still detected, PASSWORD 0.791 of 67.
    # Weak evidence for KEY (22 labels).
    "forty-seventh": (
        AUDIT_47,
        {"KEY": 22, "PASSWORD": 89, "EMAIL": 50, "IP_ADDRESS": 9},
        {"KEY": 0.80, "PASSWORD": 0.79, "EMAIL": 0.84, "IP_ADDRESS": 1.0},
    ),
    # The forty-eighth audit was drawn at 2c8eb0a (the forty-fourth round's end) from 83 packages kept among 809
    # archives screened in ten other families chosen for holding credentials (mail servers, remote access, hosting
    # panels, server hardware management, NAS appliances, wireless and cellular modems, IP geolocation, forums,
    # calendars and contacts, feeds): 1,842 spans, 49 KEY labels (24 packages; the cap of three labels per value left
    # it short), 102 PASSWORD, 50 EMAIL, 50 IP. Untuned at 2c8eb0a (the labeller's score.py, labelled share): KEY
    # 0.449, PASSWORD 0.676, EMAIL 0.960, IP 0.900; through --eval KEY 0.449, PASSWORD 0.680 of the 100 labels
    # detected (one labelled credential dropped); after the forty-fifth round (written without reading it) KEY 0.458
    # of 48, PASSWORD 0.687 of 99. Read and tuned on in the forty-sixth round (bech32 addresses, iCalendar ids,
    # compared digests, cited file lines, YAML aliases, a call's name taken for a value): KEY 0.524 of the 42 labels
    # still detected, PASSWORD 0.708 of 96.
    "forty-eighth": (
        AUDIT_48,
        {"KEY": 49, "PASSWORD": 102, "EMAIL": 50, "IP_ADDRESS": 50},
        {"KEY": 0.52, "PASSWORD": 0.70, "EMAIL": 0.96, "IP_ADDRESS": 0.9},
    ),
    # The forty-ninth audit was drawn at dd3c178 (the forty-fifth round's end) from 77 packages kept among 616
    # archives screened in ten other families (spam and blocklists, pastebins, usenet and media automation, password
    # strength and generators, industrial protocols, message brokers, key-value stores, identity verification, video
    # conferencing, printers): 1,017 spans, every KEY detection labelled (13, from 8 packages; one package that alone
    # held 76% of them left out by its counts), 103 PASSWORD, 50 EMAIL, 50 IP. Untuned at dd3c178 (the labeller's
    # score.py, labelled share): KEY 0.462, PASSWORD 0.718, EMAIL 0.980, IP 0.640; after the forty-sixth round
    # (written without reading it) the same. Read and tuned on in the forty-seventh round (a token format's prefix
    # inside an embedded font's base64, service names of words and numbers, unquoted number parameters, YAML tags,
    # Markdown bold, compose's project name): KEY 0.750 of the 8 labels still detected, PASSWORD 0.771 of 96. What is
    # left: DNP3 and IEC clause numbers read as addresses, generated passwords cut at a comma, readable test keys,
    # notebook names. Weak evidence for KEY (13 labels).
    "forty-ninth": (
        AUDIT_49,
        {"KEY": 13, "PASSWORD": 103, "EMAIL": 50, "IP_ADDRESS": 50},
        {"KEY": 0.75, "PASSWORD": 0.77, "EMAIL": 0.98, "IP_ADDRESS": 0.64},
    ),
    # The fiftieth audit was drawn at 77a8249 (the forty-sixth round's end) from 58 packages kept among 1,051 archives
    # screened in ten other families (load balancers and API gateways, mainframes, EDI, backend-as-a-service,
    # code-quality services, voice assistants, media metadata, notes apps, then internal and demo packages by kind;
    # one package holding 51% of the PASSWORD detections left out by its counts): 466 spans, every KEY detection
    # labelled (59), 85 PASSWORD, 50 EMAIL, 45 IP. Untuned at 77a8249 (the labeller's score.py, labelled share): KEY
    # 0.949, PASSWORD 0.600, EMAIL 0.980, IP 1.000; through --eval PASSWORD 0.595 of the 84 labels detected (one
    # labelled credential dropped); after the forty-seventh round (written without reading it) the same. Read and
    # tuned on in the forty-eighth round (a table from one product's namespaced field names to another's, 20 of the
    # false PASSWORD labels; a kind of key named in prose, a relative import's target, a type annotation): KEY 0.949
    # of 59, PASSWORD 0.833 of the 60 labels still detected. What is left: a field name not namespaced, a CSRF token
    # and a salt in recorded responses, an OpenVPN static key's first line, masked docstring values.
    "fiftieth": (
        AUDIT_50,
        {"KEY": 59, "PASSWORD": 85, "EMAIL": 50, "IP_ADDRESS": 45},
        {"KEY": 0.94, "PASSWORD": 0.83, "EMAIL": 0.98, "IP_ADDRESS": 1.0},
    ),
    # The fifty-first audit was drawn at 5c09a1a (the forty-seventh round's end) from 80 packages kept among 913
    # archives screened in ten other families (captcha services, e-mail delivery, SaaS vendors, stock APIs, OCR, smart
    # TVs, then backends, scripts and personal packages, utility collections and streamlit or gradio apps by kind;
    # one package holding 37% of the KEY detections left out by its counts): 534 spans, 56 KEY, 100 PASSWORD, 50
    # EMAIL, 22 IP labelled. Untuned at 5c09a1a (the labeller's score.py, labelled share): KEY 0.679, PASSWORD 0.690,
    # EMAIL 0.960, IP 0.818; through --eval PASSWORD 0.705 of the 95 labels detected (two labelled credentials
    # dropped); after the forty-eighth round (written without reading it) the same. Read and tuned on in the
    # forty-ninth round (a getter given a field's name, a registry key's path, an f-string's field in a URL, a
    # qualified type in an annotation, a usage line's metavariable, Python's "pass" before a decorator, a mock's
    # trigger pair in Basic credentials, reCAPTCHA's published site keys): KEY 0.826 of the 46 labels still
    # detected, PASSWORD 0.807 of 83. What is left: public captcha keys under other names, a database document's
    # key, hand-typed keys in tests, readable stand-ins (guestpass, return-500, tok), a country code and a word count
    # under "PW" and "pass", a keyword list in a bundle.
    "fifty-first": (
        AUDIT_51,
        {"KEY": 56, "PASSWORD": 100, "EMAIL": 50, "IP_ADDRESS": 22},
        {"KEY": 0.82, "PASSWORD": 0.80, "EMAIL": 0.96, "IP_ADDRESS": 0.81},
    ),
    # The fifty-second audit was drawn at 6b57215 (the forty-eighth round's end) from 115 packages kept among 1,157
    # archives screened in ten other families (DNS providers, TLS and PKI, password managers, file clouds and backup,
    # firewalls and hypervisors, surveillance and home automation, bank data and e-invoicing, SMS, time-tracking and
    # CI vendors, then connectors and examples by kind; one secret scanner holding 80% of the KEY detections left out
    # by its counts): 1,480 spans, 100 KEY, 100 PASSWORD, 50 EMAIL, 50 IP labelled. Untuned at 6b57215 (the
    # labeller's score.py, labelled share): KEY 0.370, PASSWORD 0.640, EMAIL 0.940, IP 0.540; through --eval
    # PASSWORD 0.636 of the 99 labels detected (one labelled credential dropped); after the forty-ninth round
    # (written without reading it) the same. Read and tuned on in the fiftieth round (ids composed of other ids by
    # ":", hash and KDF names in prose, an encrypted envelope's salt, the base64 of a hex byte pattern, placeholders
    # run together, a parameter set to a number after -p, a call's argument built only of a template's fields): KEY
    # 0.457 of the 81 labels still detected, PASSWORD 0.700 of 90. What is left: readable stand-ins under secrets'
    # names (jwt-secret-min-32-chars, segredo-do-webhook), Basic values of readable test pairs, protocol-spec tokens
    # and ids, version strings in user agents and section numbers read as addresses, byte codes under pwd_ names.
    "fifty-second": (
        AUDIT_52,
        {"KEY": 100, "PASSWORD": 100, "EMAIL": 50, "IP_ADDRESS": 50},
        {"KEY": 0.45, "PASSWORD": 0.70, "EMAIL": 0.94, "IP_ADDRESS": 0.54},
    ),
    # The fifty-third audit was drawn at 45011d5 (the forty-ninth round's end) from 102 packages kept among 1,098
    # archives downloaded in ten other families (secret stores, network automation, tunnels and host firewalls,
    # incident response and on-call, VPS providers, smart-home vendors, IDS/SIEM and threat intel, self-hosted admin
    # apps, then accounts, identity and sessions by kind; one package holding 91% of the remaining IP detections left
    # out by its counts): 1,200 spans, 61 KEY (every drawable one), 100 PASSWORD, 50 EMAIL, 50 IP labelled. Untuned
    # at 45011d5 (the labeller's score.py, labelled share): KEY 0.705, PASSWORD 0.780, EMAIL 1.000, IP 1.000;
    # through --eval KEY 0.717 of 60 and PASSWORD 0.776 of the 98 labels detected (two labelled credentials
    # dropped); after the fiftieth round (written without reading it) the same. Unread: the measure for the next
    # round.
    "fifty-third": (
        AUDIT_53,
        {"KEY": 61, "PASSWORD": 100, "EMAIL": 50, "IP_ADDRESS": 50},
        {"KEY": 0.71, "PASSWORD": 0.77, "EMAIL": 1.0, "IP_ADDRESS": 1.0},
    ),
}
TARGETS = {"KEY": 0.9, "PASSWORD": 0.9, "EMAIL": 0.95, "IP_ADDRESS": 0.9}
MISSED_TARGETS = [
    (name, tag)
    for name, tags in {
        "twenty-sixth": ("KEY", "PASSWORD", "EMAIL"),
        "twenty-seventh": ("KEY", "PASSWORD"),
        "twenty-eighth": ("KEY", "IP_ADDRESS"),
        "thirty-second": ("KEY", "IP_ADDRESS"),
        "thirty-third": ("KEY", "PASSWORD"),
        "thirty-fourth": ("KEY", "PASSWORD"),
        "thirty-fifth": ("KEY", "PASSWORD"),
        "thirty-sixth": ("KEY", "PASSWORD", "EMAIL"),
        "thirty-seventh": ("KEY", "PASSWORD", "IP_ADDRESS"),
        "thirty-eighth": ("IP_ADDRESS",),
        "fortieth": ("PASSWORD", "IP_ADDRESS"),
        "forty-first": ("KEY", "IP_ADDRESS"),
        "forty-second": ("KEY", "PASSWORD"),
        "forty-third": ("KEY", "PASSWORD", "EMAIL"),
        "forty-fourth": ("KEY", "PASSWORD"),
        "forty-fifth": ("KEY", "PASSWORD", "IP_ADDRESS"),
        "forty-sixth": ("KEY", "PASSWORD", "IP_ADDRESS"),
        "forty-seventh": ("KEY", "PASSWORD", "EMAIL"),
        "forty-eighth": ("KEY", "PASSWORD"),
        "forty-ninth": ("KEY", "PASSWORD", "IP_ADDRESS"),
        "fiftieth": ("PASSWORD",),
        "fifty-first": ("KEY", "PASSWORD", "IP_ADDRESS"),
        "fifty-second": ("KEY", "PASSWORD", "EMAIL", "IP_ADDRESS"),
        "fifty-third": ("KEY", "PASSWORD"),
    }.items()
    for tag in tags
]


@pytest.mark.parametrize("name", AUDITS_WITH_FLOORS)
def test_audits_missing_a_target_are_scored_as_drawn_and_hold_their_floors(name):
    folder, labelled, floors = AUDITS_WITH_FLOORS[name]
    assert dict(_labelled_per_tag(folder)) == labelled, name
    rows = evaluate_audit(folder)
    for tag, floor in floors.items():
        assert rows[f"tag/{tag}"]["precision"] >= floor, (name, tag, rows[f"tag/{tag}"])


@pytest.mark.parametrize("name, tag", MISSED_TARGETS)
@pytest.mark.xfail(strict=True, reason="a missed precision target; the figures are in the comments above")
def test_precision_targets_missed_on_audits(name, tag):
    assert evaluate_audit(AUDITS_WITH_FLOORS[name][0])[f"tag/{tag}"]["precision"] >= TARGETS[tag]
