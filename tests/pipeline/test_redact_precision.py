"""codelm redact on the classes of false detections a second precision audit of real code found (password hashes,
anti-forgery tokens, option values, code after a quoted key, query parameters, URL syntax described, prose,
declarations that end before the next one, SSH extension names, pieces of addresses, object identifiers, links,
public keys, hand-written tokens), several variants each, beside the real secrets of the same shapes that must
still be found. Every value is synthetic."""

from __future__ import annotations

import pytest

from codelm.pipeline.redact import RedactConfig, Redactor

REDACTOR = Redactor(RedactConfig())
KEY = "Zq8vN3xK1pL7mR4tW2aaHc5J"


def found(text: str, path: str) -> list[tuple[str, str]]:
    return [(finding.tag, text[finding.start : finding.end]) for finding in REDACTOR.find(text, path)]


# --------------------------------------------------------------------------------------- password hashes
@pytest.mark.parametrize(
    "path, text",
    [
        ("test_hash.py", '("hunter2", "$6$rounds=5000$Qx9saltsalt$Zk3vQe8mR2pL7tW4nB6xY1cA5dF0gH9jK2lM4nP6qR8s")'),
        ("test_hash.py", 'ADMIN_PASSWORD = "$2b$12$Kq9vN3xK1pL7mR4tW2aaHeJ5dF0gH9jK2lM4nP6qR8sT0uV2wX4y"'),
        (
            "fixture.json",
            '"password": "pbkdf2_sha256$600000$Qx9vN3xK1pL7$Zk3vQe8mR2pL7tW4nB6xY1cA5dF0gH9jK2lM4nP6qR8="',
        ),
        ("test_ldap.py", 'user_password = "{SSHA256}Zk3vQe8mR2pL7tW4nB6xY1cA5dF0gH9jK2lM4nP6qR8sT0uV"'),
        ("test_hash.py", '("secret", "$argon2id$v=19$m=65536,t=3,p=4$c2FsdHNhbHQ$Zk3vQe8mR2pL7tW4nB6xY1")'),
        ("users.py", 'User.objects.filter(password__startswith="bcrypt$")'),
        ("users.py", 'User.objects.exclude(password__startswith="sha1$$")'),
        ("seed.py", 'db_password = "*94BDCEBE19083CE2A1F959FD02F964C7AF4CFC29"'),
        ("seed.json", '{"name": "admin", "password": "0192023a7bbd73250516f069df18b500"}'),
        ("test_phpass.py", "('admin', '$P$Bq9vN3xK1pL7mR4tW2aaHeJ5dF0gH9j')"),
    ],
)
def test_stored_password_hashes_are_no_passwords(path, text):
    assert found(text, path) == []


@pytest.mark.parametrize(
    "path, text, value",
    [
        ("app.py", 'password = "pa$$w0rd!"', "pa$$w0rd!"),
        ("app.py", 'PASSWORD = "Sup3r$ecret"', "Sup3r$ecret"),
        (".env", "DB_PASSWORD=my$eCret77", "my$eCret77"),
        ("app.py", 'db_password = "0192023a7bbd"', "0192023a7bbd"),
    ],
)
def test_passwords_holding_dollars_or_hex_are_still_passwords(path, text, value):
    assert found(text, path) == [("PASSWORD", value)]


# ---------------------------------------------------------------------------------- anti-forgery tokens
@pytest.mark.parametrize(
    "path, text",
    [
        ("page.html", f'<input type="hidden" name="csrfmiddlewaretoken" value="{KEY}">'),
        ("page.html", f'<input name="authenticity_token" type="hidden" value="{KEY}=" />'),
        ("page.html", f'<meta name="csrf-token" content="{KEY}/q=">'),
        ("page.html", f'<meta content="{KEY}/q=" name="csrf-token" />'),
        ("views.py", f'CSRF_TOKEN = "{KEY}"'),
        ("client.js", f'headers["X-XSRF-TOKEN"] = "{KEY}";'),
    ],
)
def test_anti_forgery_tokens_are_no_credentials(path, text):
    assert found(text, path) == []


def test_a_token_beside_a_form_field_is_still_one():
    assert found(f'<meta content="{KEY}/q=" name="api-token" />', "page.html") == [("KEY", f"{KEY}/q=")]
    assert found(f'access_token = "{KEY}"', "client.py") == [("KEY", KEY)]


# ---------------------------------------------------------------------------------- options and settings
@pytest.mark.parametrize(
    "path, text",
    [
        ("user.py", "if self.update_password == 'on_create':"),
        ("ssh.py", "if password_mechanism == 'sshpass' and conn_password:"),
        ("ssh.py", "if auth_method == 'password' and token_kind == 'bearer':"),
        (
            "base.yml",
            "  - {key: become_ask_pass, section: privilege_escalation}\nDEFAULT_METHOD:\n  default: 'sudo'\n",
        ),
        ("config.yml", "use_token: 'always'"),
        ("utils.py", 'password_encoding = "latin-1"'),
        ("admin.py", 'password_reset_template = "registration/reset_form.html"'),
        ("jwt.py", 'self.setdefault("id_token_signed_response_alg", "RS256-PSS")'),
        ("jwt.py", 'token_encryption_enc = "A256CBC-HS512"'),
        ("test_settings.py", 'with override_settings(SETTING_PASS="BEFORE", SETTING_AFTER="AFTER"):'),
        (
            "test_context.py",
            'policy = dict(\n    schemes=["md5_crypt", "phpass", "sha512_crypt"],\n    default="sha512_crypt",\n)',
        ),
    ],
)
def test_option_values_and_settings_named_after_secrets_stay(path, text):
    assert found(text, path) == []


@pytest.mark.parametrize(
    "path, text, value",
    [
        ("login.py", 'if password == "Kx9!mQ2v":', "Kx9!mQ2v"),
        ("user.py", 'user.update_password("N3w-Pass!")', "N3w-Pass!"),
        ("cli.py", 'parser.add_argument("-p", "--password", default="Kx9!mQ2v")', "Kx9!mQ2v"),
    ],
)
def test_compared_set_and_default_passwords_are_still_found(path, text, value):
    assert found(text, path) == [("PASSWORD", value)]


# ------------------------------------------------------------------------------- code after a quoted key
@pytest.mark.parametrize(
    "path, text",
    [
        ("client.py", 'env["PGPASSWORD"] = str(passwd)'),
        ("client.py", "os.environ['DB_PASS'] = get_pass(user)"),
        ("creation.py", 'self.settings["PASSWORD"] = primary_settings["PASSWORD"]'),
        ("ssh.py", "env['SSH_ASKPASS'] = str(helper) if helper else 'askpass'"),
    ],
)
def test_code_assigned_to_a_quoted_key_is_no_value(path, text):
    assert found(text, path) == []


# ---------------------------------------------------------------------------------- query parameters
@pytest.mark.parametrize(
    "path, text, value",
    [
        (
            "test_totp.py",
            'uri = "otpauth://totp/acme:ann?secret=Zq8vN3xK1pL7mR4t&period=30&digits=8"',
            "Zq8vN3xK1pL7mR4t",
        ),
        (
            "test_oauth.py",
            'self.write("oauth_token=Kq9vN3xW2aaHc5&oauth_token_secret=Zq8vN3xK1pL7mR4t")',
            "Kq9vN3xW2aaHc5",
        ),
        (
            "client.py",
            'url = "https://app.io/cb#access_token=Zq8vN3xK1pL7&state=xyz&token_type=bearer"',
            "Zq8vN3xK1pL7",
        ),
    ],
)
def test_a_value_ends_where_the_next_query_parameter_starts(path, text, value):
    spans = [span for _, span in found(text, path)]
    assert value in spans and not any("&" in span for span in spans), spans


# -------------------------------------------------------------------------------- URL syntax, described
@pytest.mark.parametrize(
    "path, text",
    [
        ("client.py", "    redis://[[username]:[password]]@localhost:6379/0"),
        ("client.py", "    rediss://[[user]:[secret]]@cache:6380/1"),
        ("doc.py", "- URL in the form (http|https|ftp)://[user[:pass]]@host.domain[:port]/path"),
        ("transport.py", "    amqp://POLICY_NAME:ACCESS_KEY@SERVICE_NAMESPACE"),
    ],
)
def test_the_syntax_of_a_connection_url_is_no_password(path, text):
    assert found(text, path) == []


def test_a_password_in_a_url_is_still_found():
    assert found('url = "redis://:Kx9pQ2mLz@cache.corp.io:6379/0"', "app.py") == [("PASSWORD", "Kx9pQ2mLz")]


# --------------------------------------------------------------------------------------------- prose
@pytest.mark.parametrize(
    "text",
    [
        "    :param grantee: Principal given permission by the grant to\n    use the key identified by the `id`.",
        "# Grant access to the account identified by its name.",
        "# grant the role identified by this id to the user",
    ],
)
def test_identified_by_in_prose_is_no_sql(text):
    assert found(text, "layer1.py") == []


# ---------------------------------------------------------------------------------------------- emails
@pytest.mark.parametrize(
    "text",
    [
        'if self.compression == "zlib@openssh.com":',
        "EXTENSIONS = {'statvfs@openssh.com': 2, 'fsync@openssh.com': 1}",
        '"to@other.com@example.com",',
        "r'\"to@other.org\"@example.com'",
        "Host: goodsite.io:random@evilsite.io",
    ],
)
def test_names_and_pieces_that_look_like_addresses_stay(text):
    assert [tag for tag, _ in found(text, "mail.py") if tag == "EMAIL"] == []


@pytest.mark.parametrize(
    "text, value",
    [
        ("# Maintainer: Jane Doe <jdoe@openssh.com>", "jdoe@openssh.com"),
        ('contact = "ops-team@corp-mail.io"', "ops-team@corp-mail.io"),
        ("mailto:jane@corp-mail.io", "jane@corp-mail.io"),
    ],
)
def test_addresses_are_still_found(text, value):
    assert found(text, "mail.py") == [("EMAIL", value)]


# ------------------------------------------------------------------------------------------- IP addresses
@pytest.mark.parametrize(
    "text",
    [
        "\"( 2.5.4.41 NAME 'name' EQUALITY caseIgnoreMatch SYNTAX 1.3.6.1.4.1.1466.115.121.1.15{32768} )\",",
        "\"( 2.5.13.23 NAME 'uniqueMemberMatch' APPLIES uniqueMember )\",",
        "\"( 1.3.6.1 DESC 'internet' )\",",
        ".. _`3.2.2.10`: https://openid.net/specs/openid-connect-core-1_0.html",
        "(sections `3.1.3.6`_, `3.2.2.10`_, `5.3.2.11`_)",
        '"http://[::81.2.69.160]/path"',
        '"64:ff9b::81.2.69.160"',
    ],
)
def test_object_identifiers_section_labels_and_ipv6_tails_are_no_ipv4(text):
    assert [value for tag, value in found(text, "schema.py") if tag == "IP_ADDRESS" and ":" not in value] == []


@pytest.mark.parametrize(
    "text, value",
    [
        ("server 81.2.69.160", "81.2.69.160"),
        ('host = "81.2.69.160"  # see 1.3.6.1', "81.2.69.160"),
        ('addr = "::ffff:81.2.69.160"', "::ffff:81.2.69.160"),
    ],
)
def test_addresses_beside_those_shapes_are_still_found(text, value):
    assert found(text, "net.py") == [("IP_ADDRESS", value)]


# ------------------------------------------------------------------------------------------------- keys
@pytest.mark.parametrize(
    "path, text",
    [
        ("tokens.py", ".. _`Bearer Token`: https://tools.ietf.org/html/rfc6750"),
        ("settings.py", 'api_key = "https://api.corp.io/v2/keys?limit=10"'),
        (
            "test_hook.py",
            "cls.PUBLIC_KEY = 'MFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAEq9vN3xK1pL7mR4tW2aaHeJ5dF0g/H9jK2lM4nP6q+R8s'",
        ),
        ("oauth.py", 'oauth_consumer_key="q9vn3xk1pl7mr4tw",'),
        ("client.py", "'Authorization': 'Bearer xoxb-1234-5678',"),
        ("client.py", 'token = "xoxp-000000000000-000000000000"'),
    ],
)
def test_links_public_keys_client_ids_and_made_up_tokens_are_no_keys(path, text):
    assert found(text, path) == []


@pytest.mark.parametrize(
    "path, text, value",
    [
        ("app.py", 'password = "purple-monkey-dishwasher"', "purple-monkey-dishwasher"),
        ("app.py", 'password = "hockey_turkey_jockey"', "hockey_turkey_jockey"),
        ("app.py", 'passphrase = "correct horse battery staple"', "correct horse battery staple"),
        ("client.py", 'SLACK_TOKEN = "xoxb-17653672481-19874698323-pdFZKVeTuE8sk7oOcBrzbqgy"', None),
    ],
)
def test_words_that_merely_contain_a_secret_word_are_values(path, text, value):
    tag = "KEY" if value is None else "PASSWORD"
    value = value or text.split('"')[1]
    assert found(text, path) == [(tag, value)]


@pytest.mark.parametrize(
    "text",
    [
        'password = "secret_key"',
        'password = "Enter your password"',
        'password = "not set"',
        'label = "Admin Password"',
    ],
)
def test_names_prompts_and_labels_under_a_password_name_stay(text):
    assert found(text, "app.py") == []
