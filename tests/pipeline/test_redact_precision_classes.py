"""codelm redact's precision rules from the third to seventh real-code audits (tests/data/redact_audit_3 to
tests/data/redact_audit_7; the fifth's are structural: slot and value shape), as classes of cases:
for each class of false detection, look-alikes of several shapes that must stay, and real-looking credentials of the
same shape that must still be redacted (a rule judges a whole value or its name, never a word inside a value).
Every value is synthetic."""

from __future__ import annotations

import base64
import json

import pytest

from codelm.pipeline.redact import RedactConfig, Redactor

REDACTOR = Redactor(RedactConfig())
PW = "Vq7#pL2x!m"
KEY_VALUE = "T53o5zNzvkU7XtO68ugfqW7dl2d5P6Dq"


def found(text: str, path: str) -> list[tuple[str, str]]:
    return [(finding.tag, text[finding.start : finding.end]) for finding in REDACTOR.find(text, path)]


def tagged(text: str, path: str, tag: str) -> list[str]:
    return [value for found_tag, value in found(text, path) if found_tag == tag]


def assert_a_secret_starts_with(value: str, text: str, path: str) -> None:
    """A KEY or PASSWORD is found in ``text`` whose value starts with ``value``: the credential beside a look-alike's
    shape is still redacted."""
    assert any(
        found_value.startswith(value) for tag, found_value in found(text, path) if tag in ("KEY", "PASSWORD")
    ), found(text, path)


def _segment(document) -> str:
    raw = document if isinstance(document, bytes) else json.dumps(document, separators=(",", ":")).encode()
    return base64.urlsafe_b64encode(raw).decode().rstrip("=")


HEADER = _segment({"alg": "HS256", "typ": "JWT"})
SIGNATURE = "Xk3vR9qLm2TzW8pN4sYb7HcJ1dFg6KaQeU5oVi0rBnE"


def _jwt(payload, header: str = HEADER) -> str:
    return f"{header}.{_segment(payload)}.{SIGNATURE}"


# ------------------------------------------------------------------------------------------------- JWTs
# A JWT authenticates through its claims; a library's test vector signs {"a": "b"}, and malformed tokens exercise
# the parser.
@pytest.mark.parametrize(
    "path, text",
    [
        ("test_jwt.py", f'token = "{_jwt({"a": "b"})}"'),
        ("test_jws.py", f'    token = "{_jwt({"hello": "world"})}"'),
        ("docs.md", f"    >>> jwt.decode('{_jwt({'some': 'payload'})}', 'secret')"),
        ("test_jws.py", f'token = "{_jwt({"a": "b"}, header=_segment(["test"]))}"'),  # header not an object
        ("test_jws.py", f'token = "{_jwt({"a": "b"}, header=_segment(b"test"))}"'),  # header not JSON
        ("test_jwt.py", f'bad_token = "{HEADER}.{SIGNATURE}"'),  # a JWS cut to two segments
    ],
)
def test_jwt_test_vectors_stay(path, text):
    assert tagged(text, path, "KEY") == [], found(text, path)


@pytest.mark.parametrize(
    "payload",
    [
        {"sub": "1234567890", "iat": 1716239022},
        {"iss": "https://auth.corp-sso.io/", "exp": 1916239022},
        {"email": "dev@corp-mail.io", "uid": "u-2291"},
        {"scope": "admin"},
        {"https://hasura.io/jwt/claims": {"x-hasura-default-role": "user"}},
        {"user_id": 42, "a": "b"},
    ],
)
def test_jwts_with_claims_are_redacted(payload):
    token = _jwt(payload)
    for path, text in (("auth.py", f'AUTH_TOKEN = "{token}"'), ("client.js", f"fetch(url, {{ jwt: '{token}' }})")):
        assert tagged(text, path, "KEY") == [token], found(text, path)


def test_other_dotted_tokens_are_not_judged_as_jwts():
    discord = "MTk4NjIyNDgzNDcxOTI1MjQ4.Cl2FMQ.ZnCjm1XVW7vRze4b7Cq4se7kKWs"
    assert tagged(f'DISCORD_BOT_TOKEN = "{discord}"', "bot.py", "KEY") == [discord]


# ------------------------------------------------------------------------------- signed URLs' credential scope
# X-Amz-Credential / X-Goog-Credential: <key id or service account>/<date>/<region>/<service>/aws4_request says whose
# key signed and for what; the access key id inside is found by its own format.
ACCESS_KEY_ID = "AKIAQ3EGRTYU7KZP2MHD"


@pytest.mark.parametrize(
    "path, text",
    [
        (
            "test_sign.py",
            "url = 'http://localhost:9000/bucket/obj?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential="
            "minio%2F20150620%2Fus-east-1%2Fs3%2Faws4_request&X-Amz-Date=20150620T010203Z'",
        ),
        (
            "url_signer_v4_test_data.json",
            '  "expectedUrl": "https://storage.googleapis.com/b/o?X-Goog-Algorithm=GOOG4-RSA-SHA256&X-Goog-Credential='
            'signer%40proj-id.iam.gserviceaccount.com%2F20190201%2Fauto%2Fstorage%2Fgoog4_request&X-Goog-Date=x"',
        ),
        (
            "canonical.txt",
            "X-Goog-Credential=signer%40proj-id.iam.gserviceaccount.com%2F2019-02-%2Fauto%2Fstorage%2Fgoog4_request"
            "&X-Goog-Date=20190201T090000Z",
        ),
        ("policy.py", 'x_amz_credential = "svc-uploader/20240105/eu-west-1/s3/aws4_request"'),
    ],
)
def test_credential_scopes_stay(path, text):
    assert tagged(text, path, "KEY") == [], found(text, path)


def test_an_access_key_id_inside_a_scope_is_still_redacted():
    text = f"?X-Amz-Credential={ACCESS_KEY_ID}%2F20240105%2Fus-east-1%2Fs3%2Faws4_request&X-Amz-Date=20240105T0"
    assert tagged(text, "signed.py", "KEY") == [ACCESS_KEY_ID]


@pytest.mark.parametrize(
    "text",
    [
        f'aws_credentials = "{KEY_VALUE}"',
        f'credential = "{KEY_VALUE}/request"',
        f'url = "https://api.corp.io/v1/list?credential={KEY_VALUE}&next=1"',
    ],
)
def test_credentials_that_are_no_scope_are_redacted(text):
    assert tagged(text, "client.py", "KEY") != [], found(text, "client.py")


# ------------------------------------------------------------------------------------------ escaped HTML
# Rendered source (pdoc) writes quotes as &#34; or &quot;: a value that ends at a character reference is markup.
@pytest.mark.parametrize(
    "path, text",
    [
        ("index.html", "            elif &#34;Password:&#34; in output:"),
        ("index.html", "    pwd_pattern: str = r&#34;Password:&#34;,"),
        ("index.html", "    pwd_pattern: str = r&#34;Password:|password:&#34;,"),
        ("index.html", "        password = &#34;ssword&#34;"),
        ("index.html", "    prompt_or_password = rf&#34;({root_prompt}|{pattern})&#34;"),
        ("index.html", "        if &#34;login as:&#34; in output:"),
        ("index.html", "    username_pattern: str = r&#34;(Login Name:|sername:)&#34;,"),
        ("index.html", "        password=cli_vars[&#34;cli_password&#34;],"),
        ("index.html", "        password = &quot;ssword&quot;"),
        ("index.html", "        secret=cli_vars[&#x22;cli_secret&#x22;],"),
    ],
)
def test_escaped_html_stays(path, text):
    assert [tag for tag, _ in found(text, path) if tag in ("KEY", "PASSWORD")] == [], found(text, path)


@pytest.mark.parametrize(
    "path, text, value",
    [
        ("app.py", 'password = "Tr0ub4dor&3"', "Tr0ub4dor&3"),
        ("app.py", 'DB_PASSWORD = "R3d&amp9x"', "R3d&amp9x"),  # no ";" after it: no reference
        (".env", "SMTP_PASSWORD=k9&Lm2;x7", "k9&Lm2;x7"),
        ("config.yml", "password: 'p&#9Q2vL'", "p&#9Q2vL"),
    ],
)
def test_passwords_holding_an_ampersand_are_redacted(path, text, value):
    assert tagged(text, path, "PASSWORD") == [value], found(text, path)


# ------------------------------------------------------------------------------------------- issue references
@pytest.mark.parametrize(
    "text",
    [
        "* **ISSUE** `#34481`_: (`someone`_) rabbitmq_user.present with password keyword throws exception "
        "(refs: `#35232`_)",
        "* **PR** `#47100`_: Allow for not being prompted to supply a password to deploy keys (refs: `#49461`_)",
        "* **ISSUE** `#24358`_: Netapi SSH client don't support ssh_user and ssh_passwd arguments (refs: `#24388`_)",
    ],
)
def test_issue_references_in_release_notes_stay(text):
    assert tagged(text, "doc/topics/releases/2016.3.3.rst", "PASSWORD") == [], found(text, "notes.rst")


@pytest.mark.parametrize(
    "path, text, value",
    [
        ("notes.rst", "The default password is `#Tk9qL2z!`.", "#Tk9qL2z!"),
        ("app.py", 'DB_PASSWORD = "#88412a"', "#88412a"),
        ("config.yml", "password: '#1Qaz2wsx'", "#1Qaz2wsx"),
    ],
)
def test_passwords_starting_with_a_hash_sign_are_redacted(path, text, value):
    assert tagged(text, path, "PASSWORD") == [value], found(text, path)


# ------------------------------------------------------------------------------- stored forms: ciphertext, SCRAM
# What a program keeps instead of the password (an encrypted value under a marker, a SCRAM verifier) is no password,
# as a stored hash is none.
@pytest.mark.parametrize(
    "path, text",
    [
        (
            "netmiko-encr.yml",
            "  password: __encrypt__sILzphFAkXclAXzy9OM8EQ==:UI8Mu+mAL8qCyd0MOz/77XnY9ZNY9Q7L8Lg8KQ6pTQ0=",
        ),
        ("application.properties", "db.password=ENC(G6N718UuyPE5bHyWKyuLQSm02auQPUtm)"),
        ("secrets.enc.yaml", "password: ENC[AES256_GCM,data:Tr5Yq9,iv:1rT0kq3B8u=,tag:Qm4n7V==,type:str]"),
        ("bootstrap.yml", "  password: '{cipher}AQB7c2Fsd9PqLmT3xV8yK1nR4wZ6hJ0uE5gF'"),
        ("settings.py", 'DB_PASSWORD = "vault:v1:8SDd3WHDOjf7mq69CyCqYjBXAiQQAVZRkFM13ok481zoCmHnSeDX9vyf7w=="'),
        ("test_postgres.py", '    password="SCRAM-SHA-256$4096:wLr5nqC+3F+r7FdQPnB+nA==$",'),
        ("test_postgres.py", '    password = "SCRAM-SHA-256$4096:c2FsdHNhbHQ=$c3RvcmVka2V5:c2VydmVya2V5"'),
    ],
)
def test_stored_forms_of_a_password_stay(path, text):
    assert [tag for tag, _ in found(text, path) if tag in ("KEY", "PASSWORD")] == [], found(text, path)


@pytest.mark.parametrize(
    "path, text, value",
    [
        ("config.yml", "password: EncryptMe42!", "EncryptMe42!"),  # a word, not a marker
        ("settings.py", 'DB_PASSWORD = "Enc0re!42"', "Enc0re!42"),
        ("app.properties", "db.password=CipherText-77x", "CipherText-77x"),
        ("settings.py", 'password = "Scram8Sha!"', "Scram8Sha!"),
    ],
)
def test_passwords_that_start_like_a_marker_are_redacted(path, text, value):
    assert tagged(text, path, "PASSWORD") == [value], found(text, path)


# ------------------------------------------------------------------------------------- a value echoing its name
@pytest.mark.parametrize(
    "path, text",
    [
        ("postgres.py", "    salt '*' postgres.role_create rolepassword='rolepassword' valid_until='valid_until'"),
        ("settings.py", 'db_password = "db_password"'),
        ("config.js", "const opts = { apiKey: 'api-key' };"),
        ("config.yml", "smtp_password: smtp-password"),
    ],
)
def test_a_value_echoing_its_name_stays(path, text):
    assert [tag for tag, _ in found(text, path) if tag in ("KEY", "PASSWORD")] == [], found(text, path)


@pytest.mark.parametrize(
    "path, text, value",
    [
        ("test_postgres.py", '    password="testpassword",', "testpassword"),
        ("test_postgres.py", '    rolepassword="testrolepass",', "testrolepass"),
        ("settings.py", 'db_password = "db_password_2024!"', "db_password_2024!"),
        ("app.py", '{"username": "saltuser", "password": "saltuser"}', "saltuser"),  # the user's name, not its own
        ("test_forms.py", 'data = {"password1": "password1"}', "password1"),
        ("test_forms.py", 'form = {"password2": "password2"}', "password2"),
    ],
)
def test_values_near_their_name_are_redacted(path, text, value):
    assert tagged(text, path, "PASSWORD") == [value], found(text, path)


# --------------------------------------------------------------------------------- markup attributes in prose
@pytest.mark.parametrize(
    "path, text",
    [
        ("flashing.rst", "         <dd><input type=password name=password>"),
        ("form.rst", "    <input type=password name=pw autocomplete=off>"),
        ("login.md", "    <input type=password id=pwd>"),
    ],
)
def test_html_attributes_after_a_password_type_stay(path, text):
    assert tagged(text, path, "PASSWORD") == [], found(text, path)


@pytest.mark.parametrize(
    "path, text, value",
    [
        ("setup.rst", f"The admin password: {PW}", PW),
        ("README.md", "Log in with password: `hunter2!x`", "hunter2!x"),
        ("setup.rst", "    password=Tk9qL2z7", "Tk9qL2z7"),
    ],
)
def test_passwords_in_prose_are_redacted(path, text, value):
    assert tagged(text, path, "PASSWORD") == [value], found(text, path)


# --------------------------------------------------------------------------- dotted numbers in login forms
# A dotted number is a version or part of an address: assignments never took one for a password, nor do calls and
# prose pairs now.
@pytest.mark.parametrize(
    "path, text",
    [
        ("app.py", '    """\n    GET /login HTTP/1.1\n    Host: localhost:8000\n    """'),
        ("test_cookies.py", "#       POST /acme/login HTTP/1.1"),
        ("writing.rst", "    print(login('test@example.com', '127.2'))"),
        ("client.py", 'session.login("admin", "2.4.1")'),
    ],
)
def test_dotted_numbers_in_login_forms_stay(path, text):
    assert tagged(text, path, "PASSWORD") == [], found(text, path)


@pytest.mark.parametrize(
    "path, text, value",
    [
        ("client.py", f'session.login("admin", "{PW}")', PW),
        ("auth.py", 'authenticate("fnord", "sekret42")', "sekret42"),
        ("client.py", 'session.login("admin", "1234567")', "1234567"),  # digits without a dot are a password
        ("deploy.sh", "mysql -u root -p12.5x! app", "12.5x!"),
    ],
)
def test_login_passwords_are_redacted(path, text, value):
    assert tagged(text, path, "PASSWORD") == [value], found(text, path)


# ------------------------------------------------------------------------------------ a group's adduser
# On a group (its object's name says so), adduser/add_user adds a member: its arguments are (group, user).
@pytest.mark.parametrize(
    "text",
    [
        'self.assertTrue(win_groupadd.adduser("foo", "spongebob"))',
        'assert groupadd.adduser("test", "root") is False',
        'admins_group.add_user("admins", "steve")',
    ],
)
def test_adding_a_member_to_a_group_stays(text):
    assert tagged(text, "test_groupadd.py", "PASSWORD") == [], found(text, "test_groupadd.py")


@pytest.mark.parametrize(
    "text, value",
    [
        (f'users.create_user("bob", "{PW}")', PW),
        ('accounts.adduser("deploy", "Tk9qL2z7")', "Tk9qL2z7"),
        ('rabbitmq.change_password("saltstack", "salt@123")', "salt@123"),
    ],
)
def test_account_passwords_are_redacted(text, value):
    assert tagged(text, "setup_users.py", "PASSWORD") == [value], found(text, "setup_users.py")


# ------------------------------------------------------------------------ names about how secrets are protected
@pytest.mark.parametrize(
    "path, text",
    [
        ("test_connect.py", """    await con.execute("SET password_encryption = 'scram-sha-256';")"""),
        ("settings.py", 'PASSWORD_HASHING = "argon2id-v19"'),
        ("config.yml", "token_encryption: aes-256-gcm"),
    ],
)
def test_settings_about_protecting_secrets_stay(path, text):
    assert [tag for tag, _ in found(text, path) if tag in ("KEY", "PASSWORD")] == [], found(text, path)


@pytest.mark.parametrize(
    "path, text, value",
    [
        ("settings.py", f'ENCRYPTION_PASSWORD = "{PW}"', PW),
        ("config.yml", "keystore_password: Tk9qL2z7", "Tk9qL2z7"),
        ("settings.py", f'encryption_key = "{KEY_VALUE}"', KEY_VALUE),
    ],
)
def test_secrets_named_for_encryption_are_redacted(path, text, value):
    assert [v for _, v in found(text, path)] == [value], found(text, path)


# ------------------------------------------------------------------------- words standing for no value (whole)
@pytest.mark.parametrize(
    "path, text",
    [
        ("ec2.conf", "  win_password: auto"),
        ("win_shadow.py", '            "passwd": "Unavailable",'),
        ("cloud.profiles", "  password: prompt"),
        ("settings.py", 'DB_PASSWORD = "unknown"'),
        ("config.yml", "smtp_password: unset"),
    ],
)
def test_words_standing_for_no_value_stay(path, text):
    assert tagged(text, path, "PASSWORD") == [], found(text, path)


@pytest.mark.parametrize(
    "path, text, value",
    [
        ("config.yml", "password: Autumn2024!", "Autumn2024!"),
        ("settings.py", 'DB_PASSWORD = "Unknown#Soldier7"', "Unknown#Soldier7"),
        ("settings.py", 'password = "Yourself2024!"', "Yourself2024!"),
        ("ec2.conf", "  win_password: automation42", "automation42"),
        ("config.yml", "password: PromptPay#88", "PromptPay#88"),
    ],
)
def test_passwords_holding_such_a_word_are_redacted(path, text, value):
    assert tagged(text, path, "PASSWORD") == [value], found(text, path)


# =================================================================== the fourth audit (tests/data/redact_audit_4)
# ------------------------------------------------------------- other scrubbers' markers and "your ..." placeholders
@pytest.mark.parametrize(
    "path, text",
    [
        ("test_asgi.py", '    "token=%5BFiltered%5D&theme=dark&lang=en",'),
        ("test_gql.py", '    "access_token=%5BREDACTED%5D&v=1",'),
        ("test_urls.py", 'url = "https://api.test/cb?api_key=%3Capi_key%3E&page=2"'),
        ("README.rst", "    sqlcmd -S localhost -U sa -P 'yourStrong(!)Password' -d test"),
        ("settings.py", 'DB_PASSWORD = "your_long_secret_password"'),
        ("email_subject.txt", "{% blocktrans %}Password Reset{% endblocktrans %}"),
    ],
)
def test_markers_and_placeholders_stay(path, text):
    assert tagged(text, path, "KEY") + tagged(text, path, "PASSWORD") == [], found(text, path)


@pytest.mark.parametrize(
    "path, text, value",
    [
        ("test_urls.py", f'url = "https://api.test/cb?token={KEY_VALUE}&page=2"', KEY_VALUE),
        ("settings.py", 'password = "Yourself2024!"', "Yourself2024!"),
        ("settings.py", 'password = "yourPassword2024"', "yourPassword2024"),
        ("config.yml", "password: p%40ss%5Bw0rd", "p%40ss%5Bw0rd"),
        ("README.rst", "    sqlcmd -S localhost -U sa -P 'Str0ng(!)Pass' -d test", "Str0ng(!)Pass"),
    ],
)
def test_values_like_markers_are_redacted(path, text, value):
    assert value in tagged(text, path, "KEY") + tagged(text, path, "PASSWORD"), found(text, path)


# --------------------------------------------------------------------------- AWS request metadata and encoded data
_SCOPE = "20240131%2Fus-west-2%2Fs3%2Faws4_request"


@pytest.mark.parametrize(
    "path, text",
    [
        ("test_s3.py", f"        expected_credentials = (\n            '{_SCOPE}'\n        )"),
        ("test_sts.py", "    'X-Amz-Credential=akid%2F20240131%2F'\n    'us-east-1%2Fsts%2Faws4_request'"),
        ("paginators-1.json", '      "output_token": "Reservations[-1].Instances[-1].InstanceId",'),
        ("paginators-1.json", '      "output_token": "Stream.Shards[-1].ShardId",'),
        ("describe.xml", "    <clientToken>abcde1712345678901</clientToken>"),
        ("listing.json", '    "ClientToken": "XyZab1698765432109",'),
        ("verify.xml", f"    <VerificationToken>{base64.b64encode(bytes(range(7, 39))).decode()}</VerificationToken>"),
        ("examples-1.json", f'      "GrantToken": "{KEY_VALUE}{KEY_VALUE[::-1]}",'),
        (
            "test_paginate.py",
            f"        token = '{base64.b64encode(json.dumps({'foo': 'bar', 'n': 3}).encode()).decode()}'",
        ),
        (
            "test_paginate.py",
            "        token = (\n"
            f"            '{base64.b64encode(json.dumps({'marker': 'abc', 'page': 7}).encode()).decode()[:40]}'\n",
        ),
    ],
)
def test_request_metadata_stays(path, text):
    assert tagged(text, path, "KEY") == [], found(text, path)


@pytest.mark.parametrize(
    "path, text, value",
    [
        ("creds.json", f'    "client_token": "{KEY_VALUE}",', KEY_VALUE),
        ("auth.json", f'    "access_token": "abcde{KEY_VALUE[:13]}",', f"abcde{KEY_VALUE[:13]}"),
        (
            "settings.py",
            f"service_token = '{base64.b64encode(json.dumps({'private_key': KEY_VALUE}).encode()).decode()}'",
            None,
        ),
        (
            "auth.py",
            f'    token = "{base64.b64encode(json.dumps({"user": "ann", "role": "admin"}).encode()).decode()}"',
            base64.b64encode(json.dumps({"user": "ann", "role": "admin"}).encode()).decode(),
        ),
        ("test_s3.py", f"    secret_key = '{KEY_VALUE}/20240131'", f"{KEY_VALUE}/20240131"),
    ],
)
def test_tokens_beside_request_metadata_are_redacted(path, text, value):
    if value is None:  # base64 of JSON naming a private key: the whole value kept as a credential
        assert len(tagged(text, path, "KEY")) == 1, found(text, path)
    else:
        assert tagged(text, path, "KEY") == [value], found(text, path)


# ---------------------------------------------------------------- names that hold a secret's word but no secret
_HEX40 = "5e75ce21b6a64ab183b29c4a159b6f0248121d51"


@pytest.mark.parametrize(
    "path, text",
    [
        ("test_credentials.py", f"        cache_key = '{_HEX40}'"),
        ("test_utils.py", f"        self.session_cache_key = '{_HEX40}'"),
        ("test_sso.py", f"        self.cached_creds_key = '{_HEX40}'"),
        ("test_baggage.py", '        "public_key": "49d0f7386ad645858ae85020e393bef3",'),
        (
            "test_pkcs8.py",
            '    rfc_public_key = unhexlify("19bf44096984cdfe8541bac167dc3b96c85086aa30b6b6cb0c5c38ad703166e1")',
        ),
        ("test_ntlm.py", '    assert data["EncryptedRandomSessionKey"] == "3765D5AFD13EC3A6C97C0726CE9F30C9"'),
        ("examples-1.json", '      "CustomerMasterKeySpec": "ECC_NIST_P521",'),
        ("test_json.py", "TEST_PREFIX_TOKEN_COLOR = '\\x1b[04m\\x1b[91m'"),
        (
            "conftest.py",
            '    <saml:AuthnStatement AuthnInstant="2023-07-08T08:24:14Z"'
            ' SessionIndex="_qPrYdL0O8w3vdb8eCEY5ZtHe76LA8-JU">',
        ),
        ("saml.py", 'SCM_HOLDER_OF_KEY = "urn:oasis:names:tc:SAML:2.0:cm:holder-of-key-confirmation#x"'),
        ("main.py", '        "hashed_password": "fakehashedsecret2",'),
        ("test_models.py", '        hashed_password="secrethashed",'),
    ],
)
def test_names_of_no_secret_stay(path, text):
    assert tagged(text, path, "KEY") + tagged(text, path, "PASSWORD") == [], found(text, path)


@pytest.mark.parametrize(
    "path, text, value",
    [
        ("test_credentials.py", f"        secret_key = '{_HEX40}'", _HEX40),
        (
            "test_ntlm.py",
            '    assert data["SessionKey"] == "4E10F9B8AA8C2A5DF0A2AD75A8ECF433"',
            "4E10F9B8AA8C2A5DF0A2AD75A8ECF433",
        ),
        ("settings.py", f'PRIVATE_KEY_ID = "{_HEX40}"', _HEX40),
        ("settings.py", f"    'cached_token': '{KEY_VALUE}',", KEY_VALUE),
        ("main.py", '        "password": "fakehashedsecret2",', "fakehashedsecret2"),
    ],
)
def test_secrets_under_such_names_are_redacted(path, text, value):
    assert tagged(text, path, "KEY") + tagged(text, path, "PASSWORD") == [value], found(text, path)


# --------------------------------------------------------------------------- test keys that are filler, not random
@pytest.mark.parametrize(
    "path, text",
    [
        (
            "test_chacha.py",
            '        key = unhexlify(b"808182838485868788898a8b8c8d8e8f909192939495969798999a9b9c9d9e9f")',
        ),
        ("test_aes.py", '        key = "000102030405060708090a0b0c0d0e0f"'),
        (
            "apple.rst",
            '    "certificate_key": """-----BEGIN PRIVATE KEY-----\n    '
            + "s3cr3t" * 12
            + '\n    -----END PRIVATE KEY-----\n    """',
        ),
        (
            "docs.md",
            "-----BEGIN RSA PRIVATE KEY-----\n" + "abcd" * 16 + "\n" + "abcd" * 10 + "\n-----END RSA PRIVATE KEY-----",
        ),
        ("test_introspect.py", f'    bogus_jwt = "{HEADER}.{_segment({"sub": "x"})}.not-a-real-signature"'),
        ("test_security.py", f'            "Authorization": "Bearer {_jwt({"data": "foo"})}"'),
    ],
)
def test_filler_key_material_stays(path, text):
    assert tagged(text, path, "KEY") == [], found(text, path)


@pytest.mark.parametrize(
    "path, text, value",
    [
        (
            "test_aes.py",
            '        key = "603deb1015ca71be2b73aef0857d77811f352c073b6108d7"',
            "603deb1015ca71be2b73aef0857d77811f352c073b6108d7",
        ),
        (
            "test_security.py",
            f'            "Authorization": "Bearer {_jwt({"sub": "johndoe"})}"',
            _jwt({"sub": "johndoe"}),
        ),
        ("test_jwt.py", f'    token = "{_jwt({"sub": "x"})}"', _jwt({"sub": "x"})),
    ],
)
def test_random_key_material_is_redacted(path, text, value):
    assert tagged(text, path, "KEY") == [value], found(text, path)


def test_a_pem_block_with_a_random_body_is_redacted():
    body = base64.b64encode(bytes((index * 97 + 13) % 256 for index in range(96))).decode()
    text = f"-----BEGIN PRIVATE KEY-----\n{body[:64]}\n{body[64:]}\n-----END PRIVATE KEY-----\n"
    assert len(tagged(text, "key.pem", "KEY")) == 1, found(text, "key.pem")


def test_base64_of_text_found_by_entropy_alone_stays():
    encoded = base64.b64encode(b"Linux version 5.10.0-amzn (builder@host) (gcc version 10.2.1) #1 SMP").decode()
    text = f'    "PasswordData": "{encoded[:76]}"\n'
    assert tagged(text, "get-password-data.json", "KEY") == [], found(text, "get-password-data.json")


# ------------------------------------------------------------------------------ spans cut at the wrong place
@pytest.mark.parametrize(
    "path, text",
    [
        ("test_utils.py", '        contents = "AWSAccessKeyId=a\\nAWSSecretKey=b\\n"'),
        ("service-2.json", '"documentation": "<code>otpauth://totp/$Name@$Account?secret=$Base32String</code> where"'),
        (
            "service-2.json",
            '\\"SecretArn\\":\\"arn:aws:secretsmanager:ap-south-1:111122223333:secret:dbcreds-XHb67j\\\\\\"}"',
        ),
        ("SHA1.c", " * where T_1 = SHA1(password || salt) and T_i = SHA1(T_{i-1}).\n"),
        ("module.c", "#define __pyx_kp_b_password_QZ9 __pyx_string_tab[122]\n"),
        ("test_vcloud.py", '        passwd = "<AdminPassword>testpassword</AdminPassword>"'),
        (
            "test_ntlm.py",
            '    b_gmsa_password = (\n        b"\\x91\\x45\\xc9\\xd1\\x1d\\x74\\xa9\\xe2"\n'
            '        b"\\x27\\x5a\\x4c\\xbe\\x13\\xc1\\xe2\\xf4"\n    )',
        ),
        (
            "test_paginate.py",
            f"        token = (\n            '{KEY_VALUE}'\n            '{KEY_VALUE[::-1]}'\n        )",
        ),
    ],
)
def test_spans_that_cut_a_value_wrongly_stay(path, text):
    spans = tagged(text, path, "KEY") + tagged(text, path, "PASSWORD")
    assert all(span in ("testpassword",) for span in spans), found(text, path)


@pytest.mark.parametrize(
    "path, text, value",
    [
        ("test_utils.py", f'        contents = "AWSSecretKey={KEY_VALUE}\\nregion=us-east-1"', KEY_VALUE),
        ("app.py", "# password=Qw9(bN3b", "Qw9(bN3b"),
        ("notes.md", f"the password: {PW} (rotated monthly)", PW),
        ("test_vcloud.py", f'        passwd = "<AdminPassword>{PW}</AdminPassword>"', PW),
        ("settings.py", f'password = (\n    "{PW}"\n)', PW),
        (
            "settings.py",
            f'DB = {{\n    "password": "{PW}",\n    "user": "bob",\n}}',
            PW,
        ),  # items, not adjacent literals
        ("test_kazoo.py", f'    client.add_auth("digest", "admin:{PW}")', PW),
    ],
)
def test_values_inside_such_spans_are_redacted(path, text, value):
    assert value in tagged(text, path, "KEY") + tagged(text, path, "PASSWORD"), found(text, path)


# ------------------------------------------------------------------- prose, templates and names beside "password"
@pytest.mark.parametrize(
    "path, text",
    [
        ("description.md", "- Re-authenticate using password (`reauthenticate`).\n"),
        ("openapi.yaml", "      summary: |\n        Password reset key invalid.\n"),
        ("CHANGELOG.md", "* Fix acceptor with explicit `Password` or `KerberosKeytab` credentials failing\n"),
        ("test_reauth.py", '        ("password", "headless:account:reauthenticate"),'),
        ("test_reset.py", '    settings.RATE_LIMITS = {"reset_password_from_key": "1/m/ip"}'),
        ("test_identity.py", '    elif auth_version in ("3.x_password", "3.x_oidc_access_token"):'),
        (
            "vapp.xml",
            '  <Property value="0" key="vCloud_resetPassword"/>\n'
            '  <Property value="vm.corp.test" key="vCloud_suffix_0"/>',
        ),
    ],
)
def test_prose_and_names_beside_a_password_stay(path, text):
    assert tagged(text, path, "PASSWORD") == [], found(text, path)


@pytest.mark.parametrize(
    "path, text, value",
    [
        ("description.md", f"- Log in with the password `{PW}`.\n", PW),
        ("openapi.yaml", f"      password: {PW}\n", PW),
        ("test_reauth.py", f'        ("password", "{PW}"),', PW),
        ("vapp.xml", f'  <Property key="vCloud_adminPassword" value="{PW}"/>', PW),
        ("settings.py", 'RATE_PASSWORD = "1/m/ip#Zq8"', "1/m/ip#Zq8"),
    ],
)
def test_passwords_beside_prose_and_names_are_redacted(path, text, value):
    assert tagged(text, path, "PASSWORD") == [value], found(text, path)


# ------------------------------------------------------------- positional arguments and SQL that are no password
@pytest.mark.parametrize(
    "text",
    [
        "        self.sigv4 = SigV4Auth(self.credentials, 'host', 'us-west-2')",
        "        auth = SigV4Auth(creds, 'ec2', 'eu-central-1')",
        "        auth = self.signer.get_auth('service_name', 'region_name')",
        '    cur.execute("create user " + username + " with password \'" + password + "\';")',
        '    con.run("alter user " + name + " with password \'" || pw || "\'")',
    ],
)
def test_regions_parameter_names_and_concatenation_stay(text):
    assert tagged(text, "test_auth.py", "PASSWORD") == [], found(text, "test_auth.py")


@pytest.mark.parametrize(
    "text, value",
    [
        ("        creds = Credentials('akid', 'Zq8#region-2')", "Zq8#region-2"),
        (f"        client.login('admin', '{PW}')", PW),
        (f"    cur.execute(\"create user bob with password '{PW}'\")", PW),
        ("        auth = HTTPDigestAuth('user', 'us_east_pw1')", "us_east_pw1"),
    ],
)
def test_passwords_given_positionally_are_redacted(text, value):
    assert tagged(text, "test_auth.py", "PASSWORD") == [value], found(text, "test_auth.py")


# =============================================================================== fifth audit: structural rules
# tests/data/redact_audit_5: the weakest forms need stronger evidence, judged by the shape of the slot and value.


# ------------------------------------------------------------ positional arguments: the slot and the value both
@pytest.mark.parametrize(
    "text",
    [
        'cred = ClientSecretCredential("tenant", "client-id", "secret")',  # a client id in a credential's 2nd slot
        'cred = CertificateCredential("tenant-id", "0f9c2a7e-41b3-4d5e-9a8b-6c7d8e9f0a1b", cert_path)',  # a UUID
        'failed = FailedDACCredential("WorkloadIdentityCredential", "initialization error")',  # an error message
        'social = TestUserSocialAuth.create_social_auth(victim, "other@corp-mail.io", "lastfm")',  # provider name
        'assoc = TestUserSocialAuth.get_social_auth("saml", "idp:stable-uid")',  # a uid path
        'social = TestUserSocialAuth(user, self.backend.name, "95465499", extra_data={})',  # a numeric uid
        'second = self.mailchimp_login("999", "456", "ada")',  # a login name in a test helper
        'victim = self.vend_login("shop-a", "victim_shop_a", "victim@corp-mail.io")',  # a joined identifier
    ],
)
def test_ids_words_and_messages_in_guessed_password_slots_stay(text):
    assert tagged(text, "test_auth.py", "PASSWORD") == [], found(text, "test_auth.py")


@pytest.mark.parametrize(
    "text, value",
    [
        ('user = User.objects.create_user("ann", "ann@corp-mail.io", "482913")', "482913"),  # a known slot: digits
        ('authorizer.add_user("user", "tulipfield", ".", perm="elr")', "tulipfield"),  # a known slot: a word
        ('creds = Credentials("akid", "skid", "token")', "skid"),  # named only by the credential noun
        ('cred = SimpleCredential("alice", "s3cr3tive")', "s3cr3tive"),  # a guessed slot, a value that reads as one
        (f'auth = ProxyBasicAuth("alice", "{PW}")', PW),
        ('keyring.set_password("svc", "alice", "non-blank")', "non-blank"),  # a setter's last argument
    ],
)
def test_passwords_in_password_slots_are_redacted(text, value):
    assert tagged(text, "test_auth.py", "PASSWORD") == [value], found(text, "test_auth.py")


# ------------------------------------------------------------------------------- login phrases that are hosts
@pytest.mark.parametrize(
    "text",
    [
        '    "issuer": "https://login.corp-sso.io/oauth2",',
        '    endpoint = "https://login.corp-sso.io/+openid"',
        '    ("http://login.corp-sso.io/common?query", "tls_error"),',
    ],
)
def test_login_hosts_with_paths_stay(text):
    assert tagged(text, "test_oidc.py", "PASSWORD") == [], found(text, "test_oidc.py")


def test_login_phrases_are_still_redacted():
    text = "# Default login: admin / Wq8#tZ2v\n"
    assert tagged(text, "README.md", "PASSWORD") == ["Wq8#tZ2v"], found(text, "README.md")


# ------------------------------------------------------------------ names of code under a credential's name
GOOGLE_STYLE = "ya29.jgGIjfVrBPWLStWSU3eh8ioE6hG06QQ"


@pytest.mark.parametrize(
    "path, text",
    [
        ("entry_points.txt", "v3token = corpauth.loading._plugins.identity.v3:Token\n"),
        ("pyproject.toml", 'v3appcredential = "corpauth.loading._plugins.identity.v3:ApplicationCredential"\n'),
        ("entry_points.txt", "password = corpauth.loading._plugins.identity.generic:Password\n"),
        ("0005_remove.py", '    dependencies = [\n        ("token_blacklist", "0004_auto_20171017_2013"),\n    ]\n'),
        ("test_middleware.py", '    token_string = "test-token-12345"\n'),
    ],
)
def test_code_names_under_credential_names_stay(path, text):
    assert found(text, path) == [], found(text, path)


@pytest.mark.parametrize(
    "path, text, value",
    [
        ("settings.py", f'API_TOKEN = "{KEY_VALUE}"\n', KEY_VALUE),
        ("settings.py", f'ACCESS_TOKEN = "{GOOGLE_STYLE}"\n', GOOGLE_STYLE),
        ("config.ini", f"password = {PW}\n", PW),
    ],
)
def test_keys_beside_code_names_are_redacted(path, text, value):
    assert found(text, path) == [("PASSWORD" if "password" in text else "KEY", value)], found(text, path)


# ------------------------------------------------------------------------ JWTs with only envelope claims
@pytest.mark.parametrize(
    "payload",
    [{"exp": 946684800}, {"exp": 946684800, "aud": "openid-client-id", "iss": "https://idp.corp-sso.io"}],
)
def test_envelope_only_jwt_test_vectors_stay(payload):
    token = _jwt(payload)
    other = _jwt(payload, header=_segment({"typ": "JWT", "alg": "HS256"}))
    text = f'    (\n        "{token}",\n        "{other}",\n    ),\n'
    assert tagged(text, "test_backends.py", "KEY") == [], found(text, "test_backends.py")


@pytest.mark.parametrize(
    "text_format",
    ['AUTH_TOKEN = "{token}"', "fetch(url, {{ jwt: '{token}' }})", '  "refresh": "{token}",', '"id_token": "{token}"'],
)
def test_envelope_only_jwts_given_to_a_credential_name_are_redacted(text_format):
    token = _jwt({"exp": 946684800, "iss": "https://idp.corp-sso.io"})
    text = text_format.format(token=token)
    assert tagged(text, "client.js", "KEY") == [token], found(text, "client.js")


def test_jwts_with_a_subject_are_redacted_anywhere():
    token = _jwt({"user_id": 1, "exp": 946684800})
    text = f'    (\n        "{token}",\n    ),\n'
    assert tagged(text, "test_backends.py", "KEY") == [token], found(text, "test_backends.py")


# -------------------------------------------------------------------------- challenge tokens are public
@pytest.mark.parametrize(
    "text",
    [
        'chall = challenges.HTTP01(token=b"jIq_Xy1mXGN37tb4L6Xj_es58fW571ZNyXekdZzhh7Q")',
        "        self.chall = challenges.DNS01(token=b'evaGxfADs6pSRb2LAv9IZf17Dt3juxGJ+PCt92wr+oA')\n"
        "        self.jmsg = {\n            'type': 'dns-01',\n"
        "            'token': 'evaGxfADs6pSRb2LAv9IZf17Dt3juxGJ-PCt92wr-oA',\n        }\n",
    ],
)
def test_challenge_tokens_stay(text):
    assert tagged(text, "challenges_test.py", "KEY") == [], found(text, "challenges_test.py")


def test_tokens_beside_no_challenge_are_redacted():
    token = "jIq_Xy1mXGN37tb4L6Xj_es58fW571ZNyXekdZzhh7Q"
    text = f'session = Session(token="{token}")'
    assert tagged(text, "client.py", "KEY") == [token], found(text, "client.py")
    text = f'access = {{"challenge_id": 7, "access_token": "{token}"}}'  # a qualified name, beside a challenge
    assert tagged(text, "client.py", "KEY") == [token], found(text, "client.py")


# ------------------------------------------------------------------ values only partly literal
@pytest.mark.parametrize(
    "path, text",
    [
        ("test_backend.py", '        password = "utf8-test" + UNICODE_CHARS\n'),
        ("test_cache.py", "    url = 'rediss://enigma:{}secret@cache.corp-db.io:25061/2'.format(chars)\n"),
        (
            "test_box.py",
            '            "access_token": "CM-gcB85taGhRmoI7l3PSGaXUNsaLkTg-dHH7XtA9Dnlin"\n'
            '            "PYKBBrIvFzhd1JtDhh7hEwSv_6eLLcLtUqe3gD6i1yaYYF",\n',
        ),
    ],
)
def test_literal_prefixes_of_built_values_stay(path, text):
    assert tagged(text, path, "KEY") + tagged(text, path, "PASSWORD") == [], found(text, path)


@pytest.mark.parametrize(
    "text, value",
    [
        (f'password = "{PW}".encode()', PW),
        (f"url = 'rediss://enigma:{PW}@cache.corp-db.io:25061/2'", PW),
    ],
)
def test_whole_literal_values_are_redacted(text, value):
    assert tagged(text, "client.py", "PASSWORD") == [value], found(text, "client.py")


# ----------------------------------------------------------------------- section numbers, NAT64, scoped ids
@pytest.mark.parametrize(
    "text",
    [
        '    """\n    [MS-SMB2] 2.2.31.2 SRV_READ_HASH Request\n    """\n',
        '    """\n    2.2.31.4 VALIDATE_NEGOTIATE_INFO Request\n    """\n',
        "# see section 3.1.4.2 for the layout\n",
        '("64:ff9b::a9fe:a9fe", False),  # NAT64 wrapping a link-local address\n',
        '("64:ff9b::7f00:1", False),\n',
    ],
)
def test_section_numbers_and_nat64_wrapped_private_addresses_stay(text):
    assert tagged(text, "ioctl.py", "IP_ADDRESS") == [], found(text, "ioctl.py")


@pytest.mark.parametrize(
    "text, value",
    [
        ("    socket_host = '66.133.109.36'\n", "66.133.109.36"),
        ("66.133.109.36 - - [05/Jan/2016:20:11:24 -0500] GET /\n", "66.133.109.36"),
        ('("64:ff9b::5db8:d822", True),  # NAT64 wrapping a public address\n', "64:ff9b::5db8:d822"),
        ("# NAT64 well-known prefix: 64:ff9b::/96\n", "64:ff9b::"),
    ],
)
def test_addresses_beside_those_are_redacted(text, value):
    assert tagged(text, "net.py", "IP_ADDRESS") == [value], found(text, "net.py")


@pytest.mark.parametrize(
    "text",
    [
        '    ".foo@corp-mail.io",\n',  # an invalid address (a local part starting with ".")
        '    "voperson_id": "42234223422342234223422342234223@login.corp-mail.io",\n',
        '    "jid": "foobar@xmpp.corp-chat.io",\n',
        '    roster = ["alice@jabber.corp-chat.io"]\n',
    ],
)
def test_scoped_identifiers_that_look_like_emails_stay(text):
    assert tagged(text, "test_backend.py", "EMAIL") == [], found(text, "test_backend.py")


@pytest.mark.parametrize(
    "text, value",
    [
        ('    "email": "foo.bar@corp-mail.io",\n', "foo.bar@corp-mail.io"),
        ("# Copyright 2024 Ann Lee <15551234567@corp-mail.io>\n", "15551234567@corp-mail.io"),
        ('    " borris.(foo).natasha@corp-mail.io",\n', "natasha@corp-mail.io"),  # a "." after a comment, not leading
    ],
)
def test_mailboxes_beside_scoped_identifiers_are_redacted(text, value):
    assert tagged(text, "test_backend.py", "EMAIL") == [value], found(text, "test_backend.py")


# ------------------------------------------------------- sixth audit's false-detection classes (tuned on from here)
@pytest.mark.parametrize(
    "path, text",
    [
        # a browser client token in a Content-Security-Policy's report-uri: public by design
        (
            "cassette.yaml",
            "      content-security-policy:\n      - frame-ancestors 'self'; report-uri https://logs.example-intake.io/"
            "api/v2/logs?dd-api-key=pub0a9f3c7d21e84b56a0c9d8e7f6a5b4c3&dd-evp-origin=csp\n",
        ),
        # readable phrases between escapes, alphabet walks: example keys written by hand
        ("config.py", 'SECRET_KEY = "\\2\\1thisismysecretkey\\1\\2\\e\\y\\y\\h"\n'),
        ("monitor.py", '    access_key_secret="1aB2CD3e4fgHi5JK6lmnop7qR8STU9VxYzabcdefHh",\n'),
        ("test_query.py", '        token = "nbt_abc123.def456ghi789"\n'),
        # lockfile version ranges of packages named *pass*
        ("package-lock.json", '        "requires": {\n          "minipass": "^2.2.1"\n        }\n'),
        ("package-lock.json", '    "bypass-proxy": "~1.0.3",\n'),
        # minified JS: a check's messages under "pass", the rest of a "===" comparison
        (
            "core.js",
            '"heading-order":{impact:"moderate",messages:{pass:"Heading order valid",fail:"Invalid"}}',
        ),
        ("vendor.js", 'return"url"===e.type||"password"===e.type||"textarea"===t'),
        # a shell expansion's message for an unset variable
        ("compose.yml", "    environment:\n      RABBITMQ_DEFAULT_PASS: ${RABBIT_PASS:?set in .env}\n"),
        # names before the e-mail in add_user, header names given to an auth helper
        (
            "testdata.py",
            'u1 = sm.add_user(\n    "user1_company1", "user1", "test", "user1@company1.com", role,\n',
        ),
        (
            "ntlm.py",
            '        return self.retry_using_http_NTLM_auth(\n    "www-authenticate",\n    "Authorization",\n',
        ),
    ],
)
def test_sixth_audit_classes_stay(path, text):
    assert [tag for tag, _ in found(text, path) if tag in ("KEY", "PASSWORD")] == [], found(text, path)


@pytest.mark.parametrize(
    "path, text, value",
    [
        ("config.py", 'SECRET_KEY = "\\2\\1q8Zr4Kp2Wv7Nx3Ty9\\1\\2"\n', "\\2\\1q8Zr4Kp2Wv7Nx3Ty9\\1\\2"),
        (
            "monitor.py",
            '    access_key_secret="q7Rz2Kp9Wm4Xv8Ty3Nb6Lc1Hd5Gf0Js",\n',
            "q7Rz2Kp9Wm4Xv8Ty3Nb6Lc1Hd5Gf0Js",
        ),
        ("settings.js", 'module.exports = {pass:"Qz7!rW2p"}\n', "Qz7!rW2p"),
        ("compose.yml", "      DB_PASS: ${DB_PASS:-Qz7rW2pX9}\n", "Qz7rW2pX9"),
        (
            "app.yaml",
            "report_uri: https://intake.corp.io/\napi_token: q7Rz2Kp9Wm4Xv8Ty3Nb6Lc1Hd5Gf0Js\n",
            "q7Rz2Kp9Wm4Xv8Ty3Nb6Lc1Hd5Gf0Js",
        ),
    ],
)
def test_beside_the_sixth_audit_classes_still_redacted(path, text, value):
    assert value in [v for tag, v in found(text, path) if tag in ("KEY", "PASSWORD")], found(text, path)


# ------------------------------------------------ the seventh audit's false detections (2026-12-03, tuned on since)
@pytest.mark.parametrize(
    "path, text",
    [
        # another scrubber's mask and stand-ins between dollars (a crypt hash's place in a fixture)
        ("dump.json", '{"masked": "PGPASSWORD=\'*MASKED*\' pg_dump -d db", "raw2": "mysql -p\'**REDACTED**\' db"}\n'),
        ("users.json", '{"password": "$rootpw$", "shadow": "$somecryptedpassword$"}\n'),
        # options that say where the password comes from, not what it is
        ("login.json", '{"raw": "docker login --username ci --password-stdin myregistry.io:5000"}\n'),
        ("run.sh", "vault login -password-file /run/secrets/vault-pass registry.corp.io\n"),
        ("cm.yaml", "data:\n  DB_PASSWORD_REF: secretKeyRef:billing-db/password\n  TOKEN_REFERENCE: kv/app#token\n"),
        # a NUL filler, structure layouts and JSON being concatenated: code, no value
        ("smb.py", "password = '\\x00'\nrow = ('AnsiPwd', ':=\"\"')\n"),
        ("pac.py", "        ('LmPassword', '16s=b\"\"'),\n"),
        ("acl.py", 'token_update = (\'{"AccessorID":"\' + created_token)\n'),
        # a constant spelling its own name, NUL-terminated; a password's bookkeeping
        ("sam.py", 'NTPASSWORD = b"NTPASSWORD\\0"\nLMPASSWORD = b"LMPASSWORD\\x00"\n'),
        ("ldap.py", "pwdLastSet = 'never'\nntPwdHistory = 'ATTk589918'\n"),
        # words in a password's place; MySQL's hash form; a user handle; an option's value that is a word
        ("examples.rst", "    auth_jira = JIRA(basic_auth=('email', 'API token'))\n"),
        ("grants.json", "[\"GRANT USAGE ON *.* TO `u`@`localhost` IDENTIFIED BY PASSWORD '*THISISSECRET'\"]\n"),
        ("ChangeLog.md", "Thanks to @jsherwood0, @kcirtapw, @MrAnde7son and @fridgehead.\n"),
        ("tool.py", "#  changepasswd.py -reset -protocol kpasswd contoso.local/j.doe@DC1\n"),
        ("crowd.py", 'self.crowd.user_delete_password("john")\n'),
        ("ticketer.py", "#   -user <a valid domain user> -password <valid domain user's password> baduser\n"),
        # sample keys: base64 of a phrase, counting patterns (Telegram's documented sample)
        ("webhook.py", "mac_secret_base64='c3VwZXIgZHVwZXIgc2VjcmV0'\n"),
        ("test_token.py", 'VALID_TOKEN = "123456789:AABBCCDDEEFFaabbccddeeff-1234567890"\n'),
        ("test_auth.py", 'TOKEN = "123456:ABC-DEF1234ghIkl-zyx57W2v1u123ew11"\n'),
        ("tests.py", '        {"access_token":"5678defg-5678-defg-5678-defg56",\n'),
        # placeholders and encrypted values
        ("fixture.go", '\tfake := "https://hooks.slack.com/services/TXXXXXXXX/BXXXXXXXX/XXXXXXXXXXXXXXXXXXXXXXXX"\n'),
        ("settings.xml", "<server>\n  <password>{COQLCE6DU6GtcS5P=}</password>\n</server>\n"),
    ],
)
def test_seventh_audit_classes_stay(path, text):
    assert [pair for pair in found(text, path) if pair[0] in ("KEY", "PASSWORD")] == [], found(text, path)


@pytest.mark.parametrize(
    "path, text, value",
    [
        ("login.json", "{\"raw\": \"printf '%s' 'Qz7!rW2p' | docker login -u ci --password-stdin\"}\n", "Qz7!rW2p"),
        ("dump.json", '{"raw": "PGPASSWORD=\'Qz7!rW2p\' pg_dump -d db"}\n', "Qz7!rW2p"),
        ("test_totp.py", 'PASS2 = b"\\x00\\xFF"\n', "\\x00\\xFF"),  # a binary test password, not a filler
        ("test_crypto.py", '"password": "pass\\0word",\n', "pass\\0word"),
        ("settings.py", f'SECRET_KEY = "{KEY_VALUE}"\n', KEY_VALUE),
        (
            "creds.py",
            f'client_secret = "{base64.b64encode(bytes(range(7, 39))).decode()}"\n',
            base64.b64encode(bytes(range(7, 39))).decode(),
        ),
        ("grants.sql", "CREATE USER 'app'@'%' IDENTIFIED BY 'Qz7!rW2p';\n", "Qz7!rW2p"),
        ("x.py", 'user_password = "Qz7!rW2p"\nstorePassword = "Qz7!rW2p9"\n', "Qz7!rW2p"),
    ],
)
def test_beside_the_seventh_audit_classes_still_redacted(path, text, value):
    assert value in [v for tag, v in found(text, path) if tag in ("KEY", "PASSWORD")], found(text, path)


@pytest.mark.parametrize(
    "path, text",
    [
        ("wmi.py", "# 3.1.4.16 IWbemUnsecuredApartment Interface\n"),
        ("dcomrt.py", "x = 1\n\n# 2.2.20.1 PROPMARSHALHEADER\nCPFLAG = 2\n"),
        ("spec.c", "/* 2.2.4.75 SERVER_INFO_1540 */\n"),
        ("versions.py", 'LIBVERSION = "6.0.15.197"\nfwrelease = "4.12.100.3"\n'),
        ("mail.eml", "Message-ID: <5c0e8a52-352d-4ccf-80c5-e64d68c745ca@mail.fjordbyte.no>\n"),
        ("mail.eml", "References: <0f3a9c2e1b7d4e6f8a5c3b2d1e0f9a8b.7c6d@smtp.corp-mail.io>\n"),
    ],
)
def test_section_numbers_versions_and_message_ids_stay(path, text):
    assert [pair for pair in found(text, path) if pair[0] in ("IP_ADDRESS", "EMAIL")] == [], found(text, path)


@pytest.mark.parametrize(
    "path, text, value",
    [
        ("hosts.py", "# 203.0.113.7 is docs; the prod box:\n# 81.2.69.160 Frontend\n", "81.2.69.160"),
        ("firewall.cfg", "allow 81.2.69.160 Frontend\n", "81.2.69.160"),
        ("mail.eml", "From: Ana <ana.silva1984@mail-corp.pt>\n", "ana.silva1984@mail-corp.pt"),
        ("users.csv", "id,email\n7,deadbeef.cafe@corp-mail.io\n", "deadbeef.cafe@corp-mail.io"),
    ],
)
def test_beside_section_numbers_and_message_ids_still_redacted(path, text, value):
    assert value in [v for tag, v in found(text, path) if tag in ("IP_ADDRESS", "EMAIL")], found(text, path)


def test_the_option_after_a_glued_password_is_not_one():
    text = '{"raw": "mysql -usomeuser -psomepass -h127.0.0.1 -P100"}\n'
    assert [pair for pair in found(text, "mysql.json") if pair[0] == "PASSWORD"] == [("PASSWORD", "somepass")]


# ------------------------------------------------ the eighth audit's false detections (2026-12-03, tuned on since)
@pytest.mark.parametrize(
    "path, text",
    [
        # in a run of keys and values the value's own key names it, not a credential word of an earlier key
        (
            "cassette.json",
            '{"x-oauth-scopes": "admin:public_key, repo", "x-served-by": "a241e1a8264a6ace03db946c85b92db3"}\n',
        ),
        ("cassette.json", '{"X-Accepted-OAuth-Scopes": "", "X-Served-By": "318e55760cf7cdb40e61175a4d36cd32"}\n'),
        # WebAuthn's protocol data
        ("webauthn.py", '"authenticatorData": "dKbqkhPJnC90siSSsyDPQCYqlMGpUKA5fyklC2CEHvABAAAAAA",\n'),
        ("fido.py", 'b\'{"type":"webauthn.create","challenge":"cdySOP-1JI4J_BpOeO9ut25rlZJueF16aO6auTTYAis"}\'\n'),
        # sample keys typed by hand
        ("test_whapi.py", 'TOKEN = "AbCdEf0123456789AbCdEf0123456789"\n'),
        ("test_github.py", 'TOKEN = "github_pat_11ABCDEFG0123456789_abcdef"\n'),
        ("test_pingram.py", 'apikey = "pingram_sk_abc123"\n'),
        ("test_ids.py", 'key = "test_create_json_meta_with_invalid_parameter"\n'),
        # placeholders: one letter repeated, a webhook's masked parts
        (
            "test_keys.py",
            '"twilio": "twilio://ACaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa:bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb@1"\n',
        ),
        ("test_slack.py", '"https://hooks.slack.com/triggers/T1JJ3T3L2/XXXXXXXX/YYYYYYYY",\n'),
        # a URL's password slot holding a field's name; a regex escape after the password
        ("test_onesignal.py", '"onesignal://templateid:appid@apikey/@user/"\n'),
        ("test_parse.py", '"parseps://app_id:master_key@localhost"\n'),
        # code and paths under secret-looking names
        ("__init__.py", '    "FormFieldPassword": ".types",\n    "ChangePassword": ".types.change",\n'),
        (
            "emoji.json",
            '"body": "api_type=json&s3_key=t5_2t5o6%2Ft2_4cixf%2Fa94a8fe5ccb19ba61c4c0873d391e987982fbbd3"\n',
        ),
        ("dropbox.rst", "   curl -u APP_KEY:APP_SECRET \\\n   -d code=AUTHORIZATION_CODE\n"),
        (
            "stream.json",
            '"text": "partner=24217\\\\u0026amp;token=9CesSJSK\\\\u003C/a\\\\u003E\\\\u003C/p\\\\u003E"\n',
        ),
    ],
)
def test_eighth_audit_classes_stay(path, text):
    assert [pair for pair in found(text, path) if pair[0] in ("KEY", "PASSWORD")] == [], found(text, path)


@pytest.mark.parametrize(
    "path, text, value",
    [
        ("cassette.json", f'{{"x-served-by": "cache", "x-api-token": "{KEY_VALUE}"}}\n', KEY_VALUE),
        ("config.json", f'{{"token": {{"value": "{KEY_VALUE}"}}}}\n', KEY_VALUE),  # a generic key: the name above
        ("test_email.py", 're.match(r"^mailto://apprise:Qz7rW2pX9\\@mail.corp.io/.*", url)\n', "Qz7rW2pX9"),
        ("urls.py", '"postgres://app:monkey42@db.corp.io/app"\n', "monkey42"),
        ("run.sh", "curl -u deploy:Qz7rW2pX9 https://api.corp.io\n", "Qz7rW2pX9"),
        (
            "oss.py",
            "token = 'OSSV1#UMoA43+Bi9b6Q1Lu6UjhLXnmq4I/wIFac3uZfBkgJtg2xtHkZJ4bZglDWyOgWRlGTrA8y/******'\n",
            "OSSV1#UMoA43+Bi9b6Q1Lu6UjhLXnmq4I/wIFac3uZfBkgJtg2xtHkZJ4bZglDWyOgWRlGTrA8y/******",
        ),
    ],
)
def test_beside_the_eighth_audit_classes_still_redacted(path, text, value):
    assert value in [v for tag, v in found(text, path) if tag in ("KEY", "PASSWORD")], found(text, path)


@pytest.mark.parametrize(
    "text",
    ["            As per 11.2.4.5 TPM2B_PUBLIC_KEY_RSA, extract\n", "    # see 2.2.20.1 PROPMARSHALHEADER\n"],
)
def test_cited_spec_sections_stay(text):
    assert tagged(text, "structs.py", "IP_ADDRESS") == [], found(text, "structs.py")


def test_an_address_after_per_is_still_one():
    text = "# traffic is routed per 81.2.69.160 gateway\n"
    assert tagged(text, "routes.py", "IP_ADDRESS") == ["81.2.69.160"], found(text, "routes.py")


def test_an_encoded_address_does_not_start_inside_an_escape():
    text = "json=%7B%22calendarId%22%3A+%22ccahu0rstno2jrvioq4ccffn78%40group.calendar.corp.io%22%7D\n"
    assert tagged(text, "cassette.json", "EMAIL") == ["ccahu0rstno2jrvioq4ccffn78%40group.calendar.corp.io"]


# ------------------------------------------------ the ninth audit's false detections (2026-12-03, tuned on since)
@pytest.mark.parametrize(
    "path, text",
    [
        ("test_auth_token.py", "assert t == '__cld_token__=st=1111111111~exp=1111111411~acl=%2fimage%2f*~hmac'\n"),
        ("layout.html", """<script data-cf-beacon='{"token": "13ad1310fd9d46ab969470ec2b361b4e"}'></script>\n"""),
        ("mapping.py", '    "password": "AuthenticatorMethodSimple",\n    "otp": "AuthenticatorMethodOtp",\n'),
        ("gnupg.py", "    passphrase = '%s\\n' % passphrase\n"),
        (
            "test_credentials.py",
            "    return Credentials(\n        f'fake-{random_chars(15)}',\n"
            "        f'fake-{random_chars(35)}',\n    )\n",
        ),
        ("test_auth.py", '    cursor.execute(f"create user {USER} identified by " + f"{user_password}")\n'),
        ("test_verifier.py", "    sql = f\"alter user {user} identified by values '{verifier}'\"\n"),
    ],
)
def test_ninth_audit_classes_stay(path, text):
    assert [pair for pair in found(text, path) if pair[0] in ("KEY", "PASSWORD")] == [], found(text, path)


@pytest.mark.parametrize(
    "path, text, value",
    [
        (
            "settings.py",
            "SECRET_KEY = 'euwql_sqtz3c)f#ewm8&tsr3)&ihc=pnl%0k!8el015c*wfq31'\n",
            "euwql_sqtz3c)f#ewm8&tsr3)&ihc=pnl%0k!8el015c*wfq31",
        ),
        ("config.py", 'password = "CorrectHorse9Battery"\n', "CorrectHorse9Battery"),
        ("grants.sql", "ALTER USER app IDENTIFIED BY Qz7rW2pX9;\n", "Qz7rW2pX9"),
    ],
)
def test_beside_the_ninth_audit_classes_still_redacted(path, text, value):
    assert value in [v for tag, v in found(text, path) if tag in ("KEY", "PASSWORD")], found(text, path)


def test_a_section_in_a_url_fragment_is_no_address():
    text = "see [URL encoding](https://www.w3.org/TR/html4/interact/forms.html#h-17.13.4.1) for the rules\n"
    assert tagged(text, "device_api.py", "IP_ADDRESS") == [], found(text, "device_api.py")


# ------------------------------------------------ the tenth audit's false detections (2026-12-03, tuned on since)
@pytest.mark.parametrize(
    "path, text",
    [
        (
            "runner.py",
            "SECRET_TYPE_TO_ID = {\n    'Basic Auth Credentials': 'CKV_SECRET_4',\n"
            "    'Slack Token': 'CKV_SECRET_14',\n}\n",
        ),
        (
            "test_feed.py",
            '        legacy_token = "+RID:~Yxs1AOXBSp4BAAAAAAAAAA==#RT:1#TRC:5#ISV:2#IEO:65567#FPC:AgEAAAAFAAAA"\n',
        ),
        ("test_session.py", '        session_token = "foo#100#1=20#2=5#3=30"\n'),
        ("client.py", "                access_token='dabpi12345678'\n"),
        ("README.md", "sht1 = gc.open_by_key('0BmgG6nO_6dprdS1MN3d3MkdPa142WFRrdnRRUWl1UFE')\n"),
        ("test_consumer.py", '    assert header == "Bearer aW5pdGlhbF9yZWdpc3RyYXRpb25fdG9rZW4="\n'),
        (
            "test_util.py",
            '    "Authorization": "Basic b2s4dHg3dWxWbE5WOjdlNzUyZDU1MTc0NzA0NzQzYjZiZWJk"\n'
            '        "YjU4ZjU5YWU3MmFl",\n',
        ),
        ("README.md", "- both admin_password &user_passwords for azurerm_key_vault_secret\n"),
        ("test_user_mgt.py", "    password_hash=b'password', password_salt=b'NaCl', custom_claims=None,\n"),
        ("test_auth.py", "        self._conn_info['password'] = 'password'\n"),
        (
            "README.md",
            's3://access_key_id:secret_access_key@bucket/key\nopen("s3://aws_access_key_id:aws_secret_access_key@bucket/key")\n',
        ),
    ],
)
def test_tenth_audit_classes_stay(path, text):
    assert [pair for pair in found(text, path) if pair[0] in ("KEY", "PASSWORD")] == [], found(text, path)


@pytest.mark.parametrize(
    "path, text, value",
    [
        (
            "test_state.py",
            'uri="s3://test_access_key_id:test_secret_access_key@meltano/state"\n',
            "test_secret_access_key",
        ),
        ("settings.py", f'API_TOKEN = "{KEY_VALUE}"\n', KEY_VALUE),
        ("grants.sql", "CREATE ROLE app WITH LOGIN PASSWORD 'Qz7rW2pX9';\n", "Qz7rW2pX9"),
        ("auth.py", f'headers = {{"Authorization": "Bearer {KEY_VALUE}"}}\n', KEY_VALUE),
    ],
)
def test_beside_the_tenth_audit_classes_still_redacted(path, text, value):
    assert value in [v for tag, v in found(text, path) if tag in ("KEY", "PASSWORD")], found(text, path)


@pytest.mark.parametrize(
    "path, text, tag",
    [
        ("signature.py", '    """\n    5.2.3.10.  Signature Expiration Time\n', "IP_ADDRESS"),
        ("test_wsdl.py", '<theCrashPhoto href="cid:claim061400a.jpeg@claiming-it.com"/>\n', "EMAIL"),
        ("test_wsdl.py", "Content-ID: <claim061400a.jpeg@claiming-it.com>\n", "EMAIL"),
    ],
)
def test_numbered_headings_and_content_ids_stay(path, text, tag):
    assert tagged(text, path, tag) == [], found(text, path)


# ---------------------------------------------------------------- eleventh audit's classes (fourth round)
@pytest.mark.parametrize(
    "path, text",
    [
        # rows of a table of resource types and their content hashes: a name with "Key" is a type, not a secret
        (
            "providers/eu-west-2.json",
            ' "AWS::HealthLake::FHIRDatastore": "cc220f43993124e7",\n "AWS::IAM::AccessKey": "bf29289b78d371e3",\n'
            ' "AWS::IAM::Group": "2fe3370385a93df2",\n "AWS::IAM::GroupPolicy": "7411630ceb083532",\n'
            ' "AWS::IAM::InstanceProfile": "5e0b2a2f7f6a43d1",\n',
        ),
        (
            "providers/us-west-2.json",
            ' "AWS::S3::Bucket": "1c2d3e4f5a6b7c8d",\n "AWS::SSM::Parameter": "2d3e4f5a6b7c8d9e",\n'
            ' "AWS::SecretsManager::RotationSchedule": "d4ee5cb536724fa1",\n'
            ' "AWS::SecretsManager::Secret": "f6b785ff8e74d121",\n'
            ' "AWS::SecretsManager::SecretTargetAttachment": "43ab3f22487e70b1",\n'
            ' "AWS::SecurityHub::Hub": "a1b2e3d4c5f60718",\n "AWS::SES::Template": "0f9e8d7c6b5a4b3c",\n'
            ' "AWS::SES::ConfigurationSet": "9a8b7c6d5e4f3a2b",\n "AWS::SNS::Topic": "7e6d5c4b3a291807",\n',
        ),
        # a constant naming a setting's key, echoed with dots and dashes
        ("io.py", 'S3_ACCESS_KEY_ID = "s3.access-key-id"\nS3_SECRET_ACCESS_KEY = "s3.secret-access-key"\n'),
        ("README.md", "    zulip-send --api-key a0b1c2d3e4f5a6b7c8d9e0f1a2b3c4d5 --site https://zulip.io\n"),
        # CloudFormation's tags: a reference or an expression, never the value
        ("db.yaml", "      MasterUserPassword: !Ref DatabaseMasterPassword\n      Engine: aurora\n"),
        ("db.yaml", '      MasterUserPassword: !GetAtt [ rDBPassword, "Secret" ]\n'),
        ("iam.yaml", "        Password: !Sub 'list-{{resolve:ssm-secure:MySecurePassword:1}}'\n"),
        # a parameter's label under a password's name
        ("openshift.yaml", "      OpenShiftAdminPassword:\n        default: OpenShift UI Password\n"),
        ("registry.py", 'self.with_env("REGISTRY_AUTH_HTPASSWD_REALM", "local-registry")\n'),
        # Django's create_user(username, email, password): the second positional is the e-mail slot
        ("test_admin.py", 'User.objects.create_superuser("admin", "nimda", "a@a.cz")\n'),
    ],
)
def test_eleventh_audit_classes_stay(path, text):
    kept = [pair for pair in found(text, path) if pair[0] in ("KEY", "PASSWORD")]
    assert kept in ([], [("PASSWORD", "a@a.cz")]), found(text, path)


@pytest.mark.parametrize(
    "path, text, tag",
    [
        (
            "test_encoder.py",
            '    "PartitionKey@odata.type": "Edm.String",\n    "Data8@odata.type": "Edm.Int64",\n',
            "EMAIL",
        ),
        ("test_core.py", 'addresses.c.email_address.like("%@aol.com")\n', "EMAIL"),
        (
            "schema.json",
            '"opportunistic locking is enabled by default only on appliances at 1.19.0.0 or above"\n',
            "IP_ADDRESS",
        ),
        ("NEWS", "Requires firmware 4.12.5.1 and later.\n", "IP_ADDRESS"),
    ],
)
def test_annotations_patterns_and_version_minimums_stay(path, text, tag):
    assert tagged(text, path, tag) == [], found(text, path)


@pytest.mark.parametrize(
    "path, text, value",
    [
        # a real credential among rows of credentials is no table of hashes
        (
            ".env",
            "AWS_ACCESS_KEY_ID=AKIA2Q5VXRT7LMNB3K4P\nAWS_SECRET_ACCESS_KEY=bf29289b78d371e3f6b785ff8e74d121aa90\n"
            "STRIPE_KEY=4c3839f42328464dcc220f43993124e7aa90\nREGION=us-west-2\n",
            "bf29289b78d371e3f6b785ff8e74d121aa90",
        ),
        ("mail.py", 'User.objects.create_user("bob", "bob@corp-mail.io", "Qz7rW2pX9!")\n', "Qz7rW2pX9!"),
        ("db.yaml", "      MasterUserPassword: Qz7rW2pX9-prod\n", "Qz7rW2pX9-prod"),
        ("contacts.py", 'OWNER = "jane.doe@mycorp.internal"\n', "jane.doe@mycorp.internal"),
    ],
)
def test_beside_the_eleventh_audit_classes_still_redacted(path, text, value):
    assert value in [v for _, v in found(text, path)], found(text, path)


# Fifth round (2026-12-04): the look-alikes beside the new auth-pair, connection-string and table rules.
@pytest.mark.parametrize(
    "path, text",
    [
        ("celeryconfig.py", 'flower_basic_auth = ["${FLOWER_USER}:${FLOWER_PASSWORD}"]\n'),
        ("client.py", 'auth = "bearer:token"\n'),
        ("client.py", 'AUTH = "user:password"\n'),
        ("haproxy.cfg", "    stats auth admin:${STATS_PASSWORD}\n"),
        ("README.md", "http --auth user:password POST https://api.corp.io/login\n"),
        ("appsettings.json", '{"Redis": "cache.internal:6380,password=${REDIS_PASSWORD},ssl=True"}\n'),
        ("grants.sql", "SET PASSWORD FOR 'root'@'localhost' = '' ;\n"),
        ("fixtures.go", '\t{"ops@corp.io", "a1b2c3d4-e5f6-7890-abcd-ef1234567890", 1},\n'),
        ("fixtures.py", 'rows = [("bob@corp.io", "2021-01-02", "sales")]\n'),
        ("mailer.py", 'send("ops@corp.io", "read-only-access", body)\n'),
        ("authors.py", 'AUTHORS = ["ana@corp.io", "ben@corp.io", "cy@corp.io"]\n'),
    ],
)
def test_auth_pair_and_table_lookalikes_stay(path, text):
    assert tagged(text, path, "KEY") + tagged(text, path, "PASSWORD") == [], found(text, path)


@pytest.mark.parametrize(
    "path, text",
    [
        ("cognito.json", '{"DeviceKey": "us-west-2_a1b2c3d4-5678-90ab-cdef-EXAMPLE11111"}\n'),
        ("signer.json", '{"key": "signed-2065c468-73e2-4385-a6c9-0123456789abc"}\n'),
        (
            "fpga.sh",
            "aws ec2 create-fpga-image --input-storage-location Bucket=b,Key=dcp/17_12_22-103226.Dev_CL.tar\n",
        ),
        ("peers.md", "wireguard peer public key: /fIQQ/DpNpB18u0h7v57/kIVhT8+Om5yOeoy38rbxRU=\n"),
        ("application.properties", "encrypted.api.key=ENC(o07lmmEw2NU655M+wmEQwOUq52zdHkH6)\n"),
        (".env", "OPENAI_KEY=sk_live_XXXXXXXXXXXXXXXXXXXXXXXX\n"),
        ("Cache.swift", '    static let cacheKey = "sk_user_profile_settings_v2"\n'),
        ("seed.sql", "INSERT INTO users (name, password_hash) VALUES ('ana', '$2b$12$" + "a" * 53 + "');\n"),
        ("seed.sql", "INSERT INTO tokens (owner, token_type) VALUES ('ana', 'bearer');\n"),
        (".gitlab-ci.yml", 'variables:\n  DOCKER_AUTH: "${CI_REGISTRY_AUTH}"\n'),
    ],
)
def test_bare_keys_prefixes_and_inserts_lookalikes_stay(path, text):
    assert tagged(text, path, "KEY") + tagged(text, path, "PASSWORD") == [], found(text, path)


# Twelfth audit (fifth round, 2026-12-04).
@pytest.mark.parametrize(
    "path, text",
    [
        ("swagger-ui.js", 'q().createElement("label",null,"Password:"),e?q().createElement("code",null," ****** ")'),
        ("bundle.js", 'h.createElement("label",{htmlFor:"client_secret"},"client_secret:"),N?h.createElement("x")'),
        ("bundle.js", '{type:i&&"password"===i?"password":"text",className:n.length?"invalid":""}'),
        ("common.py", '    "passwd": r"^.+$",\n    "current_password": r"^[^\\s]{8,}$",\n'),
        ("income.py", "    net monthly income of the top stream. `null` if the user has no income streams.\n"),
        ("mailbox.rst", "    gmail+ssl://me%40gmail.com:oauth2@imap.gmail.com?archive=Archived\n"),
        ("mailbox.rst", "    office365://me%40corp.io:xoauth2@outlook.office365.com\n"),
        ("project.py", "    'Secret' of Gitlab OAuth2 app. For example: gloas-838cfa" + "0" * 52 + "ecbb38\n"),
        ("test_url.py", '    assert credentials_base64 == "eyJrZXkiOiJ2YWx1ZSJ9Cg=="\n'),
    ],
)
def test_twelfth_audit_lookalikes_stay(path, text):
    assert tagged(text, path, "KEY") + tagged(text, path, "PASSWORD") == [], found(text, path)


@pytest.mark.parametrize(
    "path, text, value",
    [
        ("docker-compose.yml", "      - MSSQL_SA_PASSWORD=Abc123..\n", "Abc123.."),
        ("README.md", 'docker run -e "MSSQL_SA_PASSWORD=Kq7w2Lz." -e "ACCEPT_EULA=Y" mssql\n', "Kq7w2Lz."),
        ("setup.bat", "NET USER svc_backup Kx9vv2q!Zr /add\n", "Kx9vv2q!Zr"),
        ("mailbox.rst", "    imap+ssl://me%40corp.io:Kx9vv2qZr@imap.corp.io\n", "Kx9vv2qZr"),
        ("password.py", 'password = ")(Kj8;2x!"\n', ")(Kj8;2x!"),
    ],
)
def test_values_beside_the_twelfth_audit_rules_are_still_found(path, text, value):
    assert value in tagged(text, path, "PASSWORD"), found(text, path)


# Ninth held-out set (fifth round): what stays beside its new forms.
@pytest.mark.parametrize(
    "path, text",
    [
        ("hive-site.xml", "<property><name>hive.server2.thrift.port</name><value>10000</value></property>\n"),
        (
            "core-site.xml",
            "<property><name>hadoop.security.credential.provider.path</name><value>jceks://hdfs/u.jceks</value></property>\n",
        ),
        ("policy.xml", "<PasswordPolicy><Value>Complex</Value></PasswordPolicy>\n"),
        ("network", "config wifi-iface\n\toption encryption 'psk2'\n\toption key '${WIFI_KEY}'\n"),
        ("vyos.conf", "set system login user ops authentication encrypted-password '$6$rounds=656000$abc$xyz'\n"),
        ("notes.md", "비밀번호 변경 방법은 아래를 참고하세요\n"),
        ("notes.md", "كلمة المرور مطلوبة\n"),
        ("fields.c", 'static const field f[] = {{password, "Password"}};\n'),
        ("infura.md", "RPC_URL=https://mainnet.infura.io/v3/YOUR_PROJECT_ID\n"),
    ],
)
def test_ninth_set_form_lookalikes_stay(path, text):
    assert tagged(text, path, "KEY") + tagged(text, path, "PASSWORD") == [], found(text, path)


@pytest.mark.parametrize(
    "path, text",
    [
        ("clone.sh", "git clone git@github.com:org/repo.git\nscp dump.sql deploy@host.corp.io:backups2024\n"),
        ("ssh.md", "ssh admin@10.0.0.1:2222\n"),
        ("test_backend.py", '        password = "utf8-test" + UNICODE_CHARS\n'),
        ("fields.R", "fields = c('user', 'name', 'password', 'port')\n"),
        ("hardhat.config.js", 'const PRIVATE_KEY = "0x' + "0" * 63 + '1";\n'),
        (".env", 'SEED_PHRASE="test test test test test test test test test test test junk"\n'),
        ("wallet.py", 'mnemonic = "' + "abandon " * 11 + 'about"\n'),
        ("notes.md", "see docs/user / guide2024x for more\n"),
    ],
)
def test_account_and_wallet_lookalikes_stay(path, text):
    assert tagged(text, path, "KEY") + tagged(text, path, "PASSWORD") == [], found(text, path)


# ------------------------------------------------------------- sixth round: the device and mail forms' look-alikes
@pytest.mark.parametrize(
    "path, text",
    [
        ("ios.cfg", "snmp-server community public RO\nsnmp-server host 192.0.2.1 community private\n"),
        ("export.rsc", "/snmp community set [ find default=yes ] name=public\n"),
        ("README.md", "Our community = a group of people; the community is welcoming.\n"),
        ("forum.py", 'community = "python-discord"\n'),
        ("telegraf.conf", '[[inputs.snmp]]\n  community = "$SNMP_COMMUNITY"\n'),
        ("asa.cfg", " ikev2 remote-authentication pre-shared-key *****\n"),
        ("users", "bob@corp.io:{SHA512-CRYPT}$6$rounds=5000$abc$xyz:5000:5000::/var/vmail::\n"),
        ("kafka_server_jaas.conf", 'KafkaServer {\n  username="admin"\n  user_admin="${KAFKA_ADMIN_PASSWORD}";\n};\n'),
        ("loop.py", "def bypass(x):\n    pass  # nothing to do\n"),
        (".mbsyncrc", 'IMAPAccount work\nPassCmd "pass show mail/work"\nPass changeme\n'),
        ("chrony.conf", "keyfile /etc/chrony.keys\n# SHA1 HEX:<key>\n"),
        ("server.hcl", 'data_dir = "/opt/consul"\nencrypt = "${CONSUL_GOSSIP_KEY}"\n'),
        ("notes.md", "The clone URL is https://x-token-auth:{token}@bitbucket.org/team/app.git\n"),
        ("crypto.py", 'token = encrypt("aGVsbG8gd29ybGQgaGVsbG8gd29ybGQgaGVsbG8gd28=")\n'),
        ("realm.json", '{"type": "password", "value": "${KEYCLOAK_ADMIN_PASSWORD}"}\n'),
        ("schema.json", '{"properties": {"kind": {"type": "password"}, "value": {"type": "string"}}}\n'),
        ("deploy.sh", 'echo "${ADMIN_PASSWORD}"\n${PASSWORD_FILE}  /etc/app/pw\n'),
        ("vars.robot", "*** Variables ***\n${PASSWORD}    ${EMPTY}\n${USER_PASSWORD}    %{APP_PASSWORD}\n"),
        (".env", "GIT_AUTHORIZATION=bearer\nX_AUTHORIZATION=c2VjcmV0\n"),
        ("README.md", "Log in with the user you created and pass `--insecure` when testing locally.\n"),
        (".mbsyncrc", "IMAPAccount a\nPass ${IMAP_PW}\n"),
        ("chat.txt", "Das Passwort (siehe Vault) ist neu.\n"),
    ],
)
def test_device_and_mail_form_lookalikes_stay(path, text):
    assert [value for tag, value in found(text, path) if tag in ("KEY", "PASSWORD")] == [], found(text, path)


# A GPG key's id under git's signingkey, a stored hash marked "encrypted" on a Cisco line, and keys published by
# design (captcha site keys, Pusher's app key) stay; the secrets beside them are still found.
@pytest.mark.parametrize(
    "path, text",
    [
        (".gitconfig", "[user]\n\tname = Ana\n\tsigningkey = 3034C5BF4C3D07FB\n"),
        (".gitconfig", "[user]\n\tsigningkey = 0x512EB71F\n"),
        ("gitconfig", "[user]\n  signingkey = 9F2C1A7B3D4E5F60718293A4B5C6D7E8F9012345\n"),
        ("asa.cfg", "enable password o0sgvmyOQJlBXPbm encrypted\n"),
        ("asa.cfg", "username admin password Xq9mZ2pLr7wT encrypted privilege 15\n"),
        ("pix.cfg", "passwd 2KFQnbNIdI.2KYOU encrypted\n"),
        (".env", "VITE_RECAPTCHA_SITE_KEY=6LDZlfBDirt15w06x23fLpzIuL3hbdi-IVYp4iNg\n"),
        ("settings.py", 'HCAPTCHA_SITEKEY = "10000000-ffff-ffff-ffff-000000000001"\n'),
        (".env", "PUSHER_APP_KEY=bd7e706b828adaf08f8b\nMIX_PUSHER_APP_KEY=${PUSHER_APP_KEY}\n"),
    ],
)
def test_key_ids_stored_hashes_and_published_keys_stay(path, text):
    assert [value for tag, value in found(text, path) if tag in ("KEY", "PASSWORD")] == [], found(text, path)


@pytest.mark.parametrize(
    "path, text, value",
    [
        ("sign.js", 'const signingKey = "Xk9mQ2pLr7vB3nZ8wT4y";\n', "Xk9mQ2pLr7vB3nZ8wT4y"),
        ("asa.cfg", "enable password Qk9#mZ2pLr\n", "Qk9#mZ2pLr"),
        (
            ".env",
            "RECAPTCHA_SECRET_KEY=6LDZlfBDirt15w06x23fLpzIuL3hbdi-IVYp4iNg\n",
            "6LDZlfBDirt15w06x23fLpzIuL3hbdi-IVYp4iNg",
        ),
        (".env", "PUSHER_APP_SECRET=4cf2ff84cad79bc41089\n", "4cf2ff84cad79bc41089"),
    ],
)
def test_secrets_beside_key_ids_stored_hashes_and_published_keys_are_found(path, text, value):
    assert value in [found_value for tag, found_value in found(text, path) if tag in ("KEY", "PASSWORD")], found(
        text, path
    )


# Around the eleventh set's forms: SNMPv3 users, interface names and addresses, prose about tokens, checksum lists
@pytest.mark.parametrize(
    "path, text",
    [
        ("ios.cfg", "snmp-server host 192.0.2.44 traps version 3 priv snmpadmin\n"),
        ("asa.cfg", "snmp-server host inside 10.1.2.3 poll\n"),
        ("snmpd.conf", "trap2sink 198.51.100.9 public\n"),
        ("README.md", "The rocommunity directive takes a community name.\n"),
        ("tokenizer.py", "# each token 00000000000000000000000000000000 is padding\n"),
        ("docs.md", "Pass the API key as the `X-Api-Key` header; the token expires after an hour.\n"),
        ("docs.md", "api key: YOUR_API_KEY_HERE_12345678901\n"),
        ("SHA1SUMS", "sha1 644787e289c01d06b05028d5540aabc4f91b2da1  app-1.2.tar.gz\n"),
        ("config.fish", "set -gx PASSWORD_FILE ~/.config/app/pw\nset -l password (read -s)\n"),
        ("sitemanager.xml", '<Pass encoding="crypt">AbCdEf12==</Pass>\n'),
        ("note.txt", "heslo k účtu root je stejné jako minule.\n"),
    ],
)
def test_forms_of_the_eleventh_set_leave_lookalikes(path, text):
    assert [value for tag, value in found(text, path) if tag in ("KEY", "PASSWORD")] == [], found(text, path)


# The fourteenth audit's classes (real code): a bare attribute name where a value was expected, stand-ins that
# name a format, protocol attribute and header constants, SRP proofs, sentence words after "SNMP community", values
# shown elided, hex blobs longer than any key. The credentials beside them are still found.
@pytest.mark.parametrize(
    "path, text",
    [
        ("test_login.py", '    page = """<input type=password name=password class="form-control" value="">"""\n'),
        ("test_client.py", '    client = APIClient(address="10.0.0.2", password=None, noise_psk="BASE64KEY")\n'),
        ("settings.py", 'API_TOKEN = "HEXTOKEN"\n'),
        ("const.py", 'ATTR_PSK: Final = "9091"\nATTR_PRIVATE_KEY: Final = "9099"\n'),
        ("constants.py", 'HDR_PASSCODE = "passcode"\nHEADER_TOKEN = "token"\n'),
        ("hap_handler.py", '    PASSWORD_PROOF = b"\\x04"\n'),
        ("snmp.py", '    """BIG-IP SNMP Community resource."""\n'),
        ("api.py", "        - community (string): The SNMP community string.\n"),
        (
            "docs.md",
            "You may now use these credentials: 'e734ea6c2b6257de72355e472aa05a4c487e6b463c029ed306...'\n",
        ),
        ("airplay.py", '_STEP = b"' + "62706c6973743030d201020304566d6574686f64" * 10 + '"\n'),
    ],
)
def test_fourteenth_audit_classes_stay(path, text):
    assert [value for tag, value in found(text, path) if tag in ("KEY", "PASSWORD")] == [], found(text, path)


@pytest.mark.parametrize(
    "path, text, value",
    [
        ("test_login.py", 'login(password="Xq9#mZ2pLr7", noise_psk="abc=")\n', "abc="),
        ("settings.py", 'API_TOKEN = "Zq8rT2mLp4Xk9vB3nQ7w"\n', "Zq8rT2mLp4Xk9vB3nQ7w"),
        ("test_gateway.py", 'result = process({ATTR_PSK: "PSKstring"})\n', "PSKstring"),
        ("test_auth.py", '    "password": b"\\xba",\n', "\\xba"),
        (
            "keys.py",
            'HMAC_KEY = "' + "9f2c1a7b3d4e5f60718293a4b5c6d7e8" * 2 + '"\n',
            "9f2c1a7b3d4e5f60718293a4b5c6d7e8" * 2,
        ),
    ],
)
def test_credentials_beside_the_fourteenth_audit_classes_are_found(path, text, value):
    assert value in [found_value for tag, found_value in found(text, path) if tag in ("KEY", "PASSWORD")], found(
        text, path
    )


# Beside the twelfth set's forms: hyphenated prose, short word lists and the words in sentences stay.
@pytest.mark.parametrize(
    "path, text",
    [
        ("README.md", "The password: state-of-the-art hashing is used for every account.\n"),
        (
            "README.md",
            "Set the password: see-below in the config\n",
        ),
        ("notes.md", "Κωδικός: βλέπε το vault\n"),
        ("catatan.md", "Kata sandi root: lihat di vault\n"),
        ("eos.cfg", "   neighbor 192.0.2.7 password 7 070C285F4D06\n"),
        ("ticket.md", "Stripe sends the secret as whsec_... in the dashboard.\n"),
    ],
)
def test_twelfth_set_forms_leave_lookalikes(path, text):
    assert [value for tag, value in found(text, path) if tag in ("KEY", "PASSWORD")] == [], found(text, path)


# Ninth round, from the thirteenth and fifteenth audits (both first scored untuned): lists of option and field names
# (an odd number of literals is no run of name-value pairs), values made to one pattern in a row, getters' arguments,
# a password policy's settings, enumerations whose members spell a secret's name, tables of codes and the names they
# stand for, names built around a UUID, stand-ins that say no value is set, URLs and entry points under "auth" names,
# field names in Artifactory's key shape, GPG key ids in GPG code, and JWT headers behind a vendor's prefix.
@pytest.mark.parametrize(
    "path, text",
    [
        (
            "test_shell.py",
            "keys = ('username', 'user-domain-id', 'password', 'project-domain',\n        'auth-url')\n",
        ),
        ("test_cli.py", 'opts = ("user", "tenant-name", "password", "region-name", "endpoint")\n'),
        ("test_admins.py", "client.add_admin('demo-name', 'demo-email', 'demo-phone', 'demo-pwd', 'demo-role')\n"),
        ("test_registry.py", 'registry.add_entry("qa-name", "qa-host", "qa-passwd", "qa-kind")\n'),
        ("test_servers.py", "        password = server.get_password('tests/unit/fixtures/id_fake.pem')\n"),
        ("client.py", '    secret = vault.fetch_secret("kv/app/db")\n'),
        ("oem.py", "    'password_lockout_period': 'USER_GlobalLockoutPeriod',\n"),
        ("settings.py", 'PASSWORD_MAX_ATTEMPTS = "UserMaxLoginAttempts"\nTOKEN_LIFETIME = "SessionTokenLifetime"\n'),
        ("factors.py", "FACTOR_AUTO = 'auto'\nFACTOR_PASSCODE = 'passcode'\nFACTOR_PUSH = 'push'\n"),
        ("kinds.py", 'AUTH_KIND_TOKEN = "token"\nAUTH_KIND_PASSWORD = "password"\nAUTH_KIND_PASSKEY = "passkey"\n'),
        (
            "constants.py",
            'UOM = {\n    "CC": "current",\n    "CPW": "power",\n    "CV": "voltage",\n    "GV1": "gauge_one",\n'
            '    "KPW": "kilo_power",\n    "ST": "status",\n    "UV": "uv_light",\n}\n',
        ),
        ("test_photos.py", '    album_key = "library:PrimarySync-3F2A9C10-7B4D-4E21-9A8C-55D0E1F2A3B4"\n'),
        ("test_users.py", '    User.objects.create(username="viewer", password="not-used")\n'),
        ("conn.py", '    token = kwargs.get("token", "unset")\n'),
        ("myplex.py", "    AUTH = 'https://clients.example-tv.net/api/v2/auth'\n"),
        ("pyproject.toml", '[project.entry-points."plugins.auth"]\nnoauth = "pkg.contrib.noauth:NoAuthLoader"\n'),
        ("bill.py", '    class_dict = {\n        "APAccountRef": Ref,\n        "APVendorRef": Ref,\n    }\n'),
        (
            "test_gpg.py",
            '    key = "4A1C3F9E0B7D2E8A61F5C3D9B0E7A2C4F81D6B3E"\n    path = os.path.join(gpg_keyring, key)\n',
        ),
        ("test_gpg.py", "    msg = \"GPG key 'a7c2e91f04bd3386e5f2d7c9b1a04e6f83d2c5b7' expired\"\n"),
        ("testcases.json", '{"EDGEDB_SECRET_KEY": "nbwt_eyJhbGciOiJFUzI1NiIsInR5cCI6IkpXVCJ9"}\n'),
    ],
)
def test_ninth_round_classes_stay(path, text):
    assert [value for tag, value in found(text, path) if tag in ("KEY", "PASSWORD")] == [], found(text, path)


@pytest.mark.parametrize(
    "path, text, value",
    [
        ("load.m", "o = weboptions('Username', 'deploy', 'Password', 'Tq8!vRm2xZ')\n", "Tq8!vRm2xZ"),
        ("test_api.py", 'data = [("username", "bob"), ("password", "Wm3$kq9Lz")]\n', "Wm3$kq9Lz"),
        ("conf.py", 'cfg.set("database", "password", "Hy6#pQ2vN")\n', "Hy6#pQ2vN"),
        ("client.py", 'client.set_password("Jr5!xw8Tq")\n', "Jr5!xw8Tq"),
        ("settings.py", 'PASSWORD_ADMIN = "Nz4&tk7Wq"\nPASSWORD_READER = "reader"\n', "Nz4&tk7Wq"),
        (
            "settings.py",
            'DATABASES = {"default": {\n    "NAME": "app",\n    "USER": "app",\n'
            '    "PASSWORD": "bluefin",\n    "HOST": "db",\n    "PORT": "5432",\n}}\n',
            "bluefin",
        ),
        (
            "vector.toml",
            'token = "xaat-5d0e1f2a-3b4c-4d5e-8f6a-7b8c9d0e1f2a"\n',
            "xaat-5d0e1f2a-3b4c-4d5e-8f6a-7b8c9d0e1f2a",
        ),
        ("client.py", 'noauth = "svc-bot:Qv8#mT2xLp"\n', "Qv8#mT2xLp"),
        (
            "test_gpg.py",
            'secret_token = "4A1C3F9E0B7D2E8A61F5C3D9B0E7A2C4F81D6B3E"  # gpg\n',
            "4A1C3F9E0B7D2E8A61F5C3D9B0E7A2C4F81D6B3E",
        ),
        (
            "ci.env",
            "ARTIFACTORY_PASSWORD=AP6xK2mQ9vR3tZ8wL5nB7cJ4hF1gD0sY2uE6iO9pA3\n",
            "AP6xK2mQ9vR3tZ8wL5nB7cJ4hF1gD0sY2uE6iO9pA3",
        ),
    ],
)
def test_credentials_beside_the_ninth_round_classes_are_found(path, text, value):
    assert value in [found_value for tag, found_value in found(text, path) if tag in ("KEY", "PASSWORD")], found(
        text, path
    )


def test_a_vendor_prefix_glued_to_a_jwt_is_redacted_with_it():
    token = "nbwt_" + _jwt({"sub": "admin", "iss": "cloud", "scopes": ["admin"]})
    text = f'{{"secretKey": "{token}"}}\n'
    assert (("KEY", token)) in found(text, "credentials.json"), found(text, "credentials.json")


# IP-shaped numbers that are not addresses: coordinates in an SVG path, section numbers of a draft RFC, a version
# after a build number, a device's type code in an element named "type"; and e-mail-shaped JSON paths.
@pytest.mark.parametrize(
    "path, text",
    [
        (
            "conf.py",
            "icon = '<path d=\"M8 0C3.58 0 0 3.58 0 8c0 .4.07.55-.17 1.08.58 1.23.82.72 1.21 2.2.82.64-.18\"/>'\n",
        ),
        ("icons.html", '<polygon points="0,0 12.5.33.4 103.45.67.89 4,4"/>\n'),
        ("common.py", "    # the first byte is a version number (see rfc4880bis-06 5.2.3.28.)\n"),
        ("conn.py", '    "version": "1418/1.30.0.128"}})\n'),
        ("nodes.xml", "    <type>1.66.69.0</type>\n"),
        ("ris.py", '    if str(match.full_path) == "Schemas.@odata.id":\n'),
    ],
)
def test_ninth_round_address_lookalikes_stay(path, text):
    assert [value for tag, value in found(text, path) if tag in ("IP_ADDRESS", "EMAIL")] == [], found(text, path)


@pytest.mark.parametrize(
    "path, text, value",
    [
        ("hosts.py", 'allowed = ["93.184.216.34", "151.101.1.69"]  # section 2\n', "93.184.216.34"),
        ("config.json", '{"host": "203.0.114.7", "type": "a", "ip": "151.101.1.69"}\n', "151.101.1.69"),
        ("index.html", '<a href="mailto:ops.team@northwind.io">ops</a> <path d="M1 1"/>\n', "ops.team@northwind.io"),
    ],
)
def test_addresses_beside_the_ninth_round_lookalikes_are_found(path, text, value):
    assert value in [found_value for tag, found_value in found(text, path) if tag in ("IP_ADDRESS", "EMAIL")], found(
        text, path
    )


# Tenth round, from the sixteenth audit (first scored untuned): a value that runs on in the next literal, a keyword
# argument after a quoted name, a literal closed around a variable, a description in Chinese, OAuth client id:secret
# stand-ins in Basic credentials, a host's port and query, "PASSWORD or API_KEY", a call as an SNMP community.
@pytest.mark.parametrize(
    "path, text",
    [
        (
            "test_utils.py",
            "p = fmt([\n    'DnsKey=hsgx1m31PbamNF4WEcHlwjIlCGgifO'\n    'qrYBoLlKHhTfkyQEw9iVScKYZ==;'])\n",
        ),
        ("README.md", "up = upyun.UpYun('bucket', 'operator', 'password', timeout=30)\n"),
        ("api.py", """    body = '{"user":"' + user + '","password":"'+password+'"}'\n"""),
        ("wifi.py", "        :param password: 无线网络设备的密码，大于8个字符\n"),
        (
            "test_iam.py",
            "    assert h['Authorization'] == 'Basic "
            + base64.b64encode(b"my_client_id:my_client_secret").decode()
            + "'\n",
        ),
        ("README.md", 'path = ArtifactoryPath(url, auth=("USERNAME", "PASSWORD or API_KEY"))\n'),
        ("switch.py", "        self.snmp_community = SnmpCommunityScC(fortigate, **kwargs)\n"),
    ],
)
def test_tenth_round_classes_stay(path, text):
    assert [value for tag, value in found(text, path) if tag in ("KEY", "PASSWORD")] == [], found(text, path)


@pytest.mark.parametrize(
    "path, text, value",
    [
        ("api.py", 'client = Api("ops", password="Qv8#mT2xLp", timeout=30)\n', "Qv8#mT2xLp"),
        (
            "auth.py",
            "h = {'Authorization': 'Basic " + base64.b64encode(b"svc-bot:Qv8#mT2xLp").decode() + "'}\n",
            base64.b64encode(b"svc-bot:Qv8#mT2xLp").decode(),
        ),
        ("notes.md", "密码：Xk9#mQ2vLp\n", "Xk9#mQ2vLp"),
        (
            "client.py",
            "url = ('https://h.io/api?secret=Zq8rT2mLp4Xk9vB3nQ7w'\n       '&next=1')\n",
            "Zq8rT2mLp4Xk9vB3nQ7w",
        ),
    ],
)
def test_credentials_beside_the_tenth_round_classes_are_found(path, text, value):
    assert value in [found_value for tag, found_value in found(text, path) if tag in ("KEY", "PASSWORD")], found(
        text, path
    )


def test_a_port_and_query_after_a_host_are_no_password():
    text = "| dgraph://sally:Qv8mT2xLp@dg.example.com:443?sslmode=verify-ca | Connect with TLS |\n"
    assert [value for tag, value in found(text, "README.md") if tag == "PASSWORD"] == ["Qv8mT2xLp"], found(
        text, "README.md"
    )


# ------------------------------------------------------------------------------------------ twelfth round
# A label's lower-case letters and digits count as a password only as a whole field: algorithm names, names of
# code, paths, addresses and values that go on as a sentence stay.
@pytest.mark.parametrize(
    "text",
    [
        "Пароль: sha256.\n",
        "Пароль: sha256 используется для хеша\n",
        "Contraseña: usuario_admin2.\n",
        "Parola: config.db.\n",
        "Пароль: см. vault42 ниже\n",
        "Lösenord: se_valvet3\n",
        "Jelszó: base64.\n",
        "Heslo: (viz trezor2)\n",
        "Parool: argon2id + sool\n",
        "Kata sandi: lihat halaman2 berikut\n",
    ],
)
def test_labels_before_no_password_stay(text):
    assert tagged(text, "notes.md", "PASSWORD") == [], found(text, "notes.md")


@pytest.mark.parametrize(
    "text",
    [
        "API version: 2024-01-01\n",
        "# api: v1beta1/projects\n",
        "API endpoint: https://api.corp.io/v1/items\n",
        "API kaliti: see_the_vault_entry_below\n",
        "API docs: ReadTheDocsPageNameHere\n",
        "  api: networking.k8s.io/v1\n",
        "api: CoreV1ApiClientFactory\n",
        "The token for the session is refreshed every 3600 seconds.\n",
        "API reference: sphinx-autodoc-typehints\n",
        "API status: deprecated_since_2023_release\n",
    ],
)
def test_api_labels_before_no_key_stay(text):
    assert tagged(text, "notes.md", "KEY") == [], found(text, "notes.md")


@pytest.mark.parametrize(
    "path, text",
    [
        ("keys.go", 'GPG_KEY_ID = "3034C5BF4C3D07FB"\n'),
        ("keys.go", 'APNS_KEY_ID = "ABC123DEFG"\n'),
        ("config.py", 'KMS_KEY_ID = "alias/prod-backups"\n'),
        ("config.py", 'SESSION_KEY_ID = "Zq8rT2mLp4Xk9vB3nQ7w+Xs/Zq8rT2mLp4Xk9vB3nQ7w"\n'),
        ("config.py", 'SORT_KEY = "CREATED_AT"\n'),
        ("config.py", 'PARTITION_KEY = "TENANT2024REGION"\n'),
        ("config/settings.yml", '  password: "_env:PGPASS"\n'),
        ("src/config.zig", "    db_password: ?[]const u8 = null,\n"),
        ("run.sh", "cat /etc/secret/password=fromfile\n"),
        ("client.py", 'url = "https://h.io/oauth/token=Zq8rT2mLp4Xk9vB3nQ7wXs"\n'),
    ],
)
def test_key_ids_and_declarations_without_a_secret_stay(path, text):
    assert [value for tag, value in found(text, path) if tag in ("KEY", "PASSWORD")] == [], found(text, path)


@pytest.mark.parametrize(
    "path, text",
    [
        ("config.boot", "snmp {\n    community public {\n        authorization ro\n"),
        ("notes.md", "# the snmp community { } block\n"),
        ("rtr.cfg", "crypto isakmp key 6 FEd[YXXVgRFN`ebJHXGSOT address 46.219.132.52\n"),
        ("offsite.sh", 'echo "$PASS" | rclone obscure -\n'),
        ("offsite.sh", 'rclone obscure "$PASS"\n'),
        ("notes.md", "the pw field is checked on submit\n"),
        ("users.csv", "id,password_hash,password_min_length\n1,abc,8\n2,def,12\n"),
        (
            "users.csv",
            "name,password\nalice,\nbob,********\ncarol,$2b$12$K8GpQ7gJk2mW9xLq3vB1ueK8GpQ7gJk2mW9xLq3vB1ue\n",
        ),
        ("README.md", "Contact: ops@corp.io / on-call-rotation\n"),
        ("README.md", "alice@corp.io / 2024-01-05\n"),
        ("README.md", "alice@corp.io / bob@corp.io\n"),
    ],
)
def test_device_lines_columns_and_pairs_without_a_password_stay(path, text):
    assert [value for tag, value in found(text, path) if tag in ("KEY", "PASSWORD")] == [], found(text, path)


@pytest.mark.parametrize(
    "path, text",
    [
        ("nostr-client.json", '  "npub": "npub1rcwgc85atqmqqmggsjj5y7v7tjh577pmuv5es29shy2vlkj5d6fw890ef3",\n'),
        ("client.py", 'headers = {"Authorization": "ApiKey " + api_key}\n'),
        ("appendix.tex", "the password \\texttt{PASSWORD\\_HASHERS} setting\n"),
        ("appendix.tex", "set the password with \\texttt{passwd} first\n"),
    ],
)
def test_public_keys_and_latex_names_stay(path, text):
    assert [value for tag, value in found(text, path) if tag in ("KEY", "PASSWORD")] == [], found(text, path)


@pytest.mark.parametrize(
    "path, text",
    [
        ("models.py", '    "AccessKeyId": "TESTACCESSKEY12345",\n'),
        ("rclone.conf", "access_key_id = AKIAIOSFODNN7EXAMPLE\n"),
        ("rclone.conf", "access_key_id = ABCDEFGHIJ1234567890\n"),
        ("config.yaml", "  key: USERS_BY_EMAIL_2024\n"),
        ("config.yaml", "  key: AAAABBBBCCCC1111DDDD2222EEEE3333\n"),
        ("Config.cs", 'const string CacheKey = "UserProfilesByEmailAddressAndTenant";\n'),
        ("notes.md", "the API secret is rotated monthly\n"),
    ],
)
def test_key_names_without_key_material_stay(path, text):
    assert [value for tag, value in found(text, path) if tag in ("KEY", "PASSWORD")] == [], found(text, path)


@pytest.mark.parametrize(
    "path, text",
    [
        ("seed.sql", "INSERT INTO users VALUES('password','admin', 'x');\n"),
        ("seed.sql", "INSERT INTO settings VALUES ('password_min_length','12');\n"),
        ("vrp/ar6120.cfg", "snmp-agent community write cipher %^%#Zq8rT2mLp4Xk9vB3%^%#\n"),
        ("vrp/ar6120.cfg", "snmp-agent community read public\n"),
        ("/etc/postfix/sasl_passwd", "# [smtp.gmail.com]:587 user:password\n"),
    ],
)
def test_rows_and_relay_lines_without_a_password_stay(path, text):
    assert [value for tag, value in found(text, path) if tag in ("KEY", "PASSWORD")] == [], found(text, path)


@pytest.mark.parametrize(
    "path, text",
    [
        ("ci.sh", 'aws ssm put-parameter --name /prod/db_host --value "10.0.0.5"\n'),
        ("ci.sh", 'gh secret set DB_PASSWORD --body "$DB_PASSWORD"\n'),
        ("ci.sh", "drone secret add --name ssh_password --data @/tmp/pw.txt\n"),
        ("ci.sh", "curl --data 'grant_type=client_credentials' --name x https://h.io/token\n"),
        ("wiki.md", "the password for `admin` is unchanged\n"),
        ("wiki.md", "password hashing via `argon2id_v19`\n"),
    ],
)
def test_commands_and_code_spans_without_a_secret_stay(path, text):
    assert [value for tag, value in found(text, path) if tag in ("KEY", "PASSWORD")] == [], found(text, path)


@pytest.mark.parametrize(
    "path, text",
    [
        ("config.yaml", "password: see shared drive folder\n"),
        ("notes.md", "password: that will work fine\n"),
        ("notes.md", "password: stored in the team vault\n"),
        ("scripts.py", "# Call sudo to prompt for password before anything has been printed.\n"),
        ("notes.md", "The password: unique across every single environment\n"),
        ("sip.conf", "register => 1234@sip.corp.io\n"),
        ("client.properties", "schema.registry.basic.auth.user.info=${SR_USER}:${SR_PASSWORD}\n"),
    ],
)
def test_sentences_and_references_after_a_password_stay(path, text):
    assert [value for tag, value in found(text, path) if tag in ("KEY", "PASSWORD")] == [], found(text, path)


# ------------------------------------------------------------------------------------------ thirteenth round
# Encrypted values (GoCD's AES:IV:DATA, a Remote Desktop file's DPAPI blob, Sealed Secrets' ciphertext), setup passes'
# names under "pass", Message-IDs in mail logs' id= fields, Huawei's cipher keyword.
@pytest.mark.parametrize(
    "path, text",
    [
        (
            "cruise-config.xml",
            '<mailhost username="ops" encryptedPassword="AES:GEE792vjl9llDNGAFm1IyQ==:4jN7HaAm+ng=" />\n',
        ),
        ("host.rdp", "password 51:b:" + "CBF12D4604698838B8458D94AEC7853A" * 4 + "\n"),
        (
            "sealed.yaml",
            "  encryptedData:\n    DB_PASSWORD: Ag" + "Bv0cPVMMw4nJ0H5LdfT05WYVzyrSmSYr6ntSWhPqo3s" * 8 + "==\n",
        ),
        ("autounattend.xml", '  <settings pass="oobeSystem">\n'),
        ("mainlog", "2025-01-01 <= x P=esmtpsa S=4410 id=YhFqKewRG68eVuOu@mail.gmail.com\n"),
        ("maillog", "postfix/cleanup[1]: 4B: message-id=<Spwoc3TbHHcPKsvZ@mail.gmail.com>\n"),
        ("vrp.cfg", " local-user admin password cipher %^%#Zq8rT2mLp4Xk9vB3%^%#\n"),
        ("vrp.cfg", " pre-shared-key cipher %^%#Zq8rT2mLp4Xk9vB3%^%#\n"),
    ],
)
def test_encrypted_values_stage_names_and_message_ids_stay(path, text):
    assert [(tag, value) for tag, value in found(text, path) if tag in ("KEY", "PASSWORD", "EMAIL")] == [], found(
        text, path
    )


def test_an_address_after_an_id_field_is_still_one():
    assert ("EMAIL", "jane@corp.io") in found("contact id=jane@corp.io\n", "notes.txt")


@pytest.mark.parametrize(
    "path, text",
    [
        ("auth.py", 'config = {"password": "AuthenticatorMethodSimple"}\n'),
        ("forms.py", 'password = "PasswordInputField"\n'),
        ("notes.md", "the password ResetRequestHandler is used\n"),
        ("db.php", "$db = new PDO($dsn, $user, $password);\n"),
        ("db.php", "$db = new PDO($dsn, DB_USER, DB_PASS);\n"),
        ("Main.hs", "password :: String\n"),
        ("WS.cpy", "           05  WS-DB-PASSWORD      PIC X(8)  VALUE SPACES.\n"),
        ("aruba.cfg", "user admin group administrators password ciphertext AQBapXkzT4mJ\n"),
        ("roles.sql", "CREATE ROLE legacy LOGIN PASSWORD 'md5c88b18f073ca28d5e021e4e463d96d04';\n"),
        (".bazelrc", "build --action_env=PATH=/usr/bin\n"),
    ],
)
def test_type_names_references_and_stored_forms_stay(path, text):
    assert [value for tag, value in found(text, path) if tag in ("KEY", "PASSWORD")] == [], found(text, path)


@pytest.mark.parametrize(
    "text",
    [
        "Sandi is a name: Sandi Smith joined the team\n",
        "Paswot bilong admin em i stap long vault\n",
        "Phasewete ya admin ke sephiri\n",
        "La contraseña ye la mesma que enantes\n",
    ],
)
def test_words_for_password_without_a_value_stay(text):
    assert tagged(text, "notes.md", "PASSWORD") == [], found(text, "notes.md")


@pytest.mark.parametrize(
    "path, text",
    [
        ("notes.md", "press shift, key F12345678901234567890 to open the menu\n"),
        ("session.txt", "C: AUTH PLAIN dGVzdA==\n"),
        ("crontab", "*/5 * * * * curl -fsS https://hc-ping.com/d9699cc6-d674-44c9-845a-1f62015b5ad5 > /dev/null\n"),
        ("hardhat.config.js", "      accounts: { mnemonic: process.env.MNEMONIC },\n"),
        (".bazelrc", "build --define=APP_VERSION=releaseCandidate\n"),
    ],
)
def test_listed_words_and_public_ids_stay(path, text):
    assert [value for tag, value in found(text, path) if tag in ("KEY", "PASSWORD")] == [], found(text, path)


@pytest.mark.parametrize(
    "path, text",
    [
        ("notes.md", "The client secret: see the vault entry named prod_api_secret\n"),
        ("k6.js", "const KEY = 'users/avatars/2024/profile.png';\n"),
        (
            "jp_platform.cpp",
            'static const char* kNotAKey = "5ce470bf61909b6ea8dd39a4e8761d6dcfe4522865702e06ef497e5b37b5632d";\n',
        ),
    ],
)
def test_secret_labels_and_bare_keys_without_key_material_stay(path, text):
    assert [value for tag, value in found(text, path) if tag in ("KEY", "PASSWORD")] == [], found(text, path)


@pytest.mark.parametrize(
    "text",
    [
        "npm i @scope/name@1.2.3.4\n",
        "go get github.com/foo/bar@1.2.3.4\n",
        "### [1.2.3.4] - 2021-03-04\n",
    ],
)
def test_versions_beside_the_address_forms_stay(text):
    assert tagged(text, "notes.md", "IP_ADDRESS") == [], found(text, "notes.md")


# The fourteenth round's stays: names that end in "pass"
# without naming one (TRESPASS, OVERPASS), htpasswd as a setting's name, help text naming "the --password option",
# entry points (module.path:function), PEM markers asserted in code, pointer types and question marks beside a
# password's shape, an "API" sentence with no key in it.
@pytest.mark.parametrize(
    "path, text",
    [
        ("alarm.py", 'ZONE_TRESPASS = "zone:TrespassDetectedState"\n'),
        ("roads.py", 'OVERPASS = "way:OverpassSegment"\n'),
        ("setup.cfg", "[options.extras_require]\nhtpasswd = passlib\n"),
        ("cli.py", "    help='Conflicts with the --token flag and the --password option',\n"),
        ("setup.cfg", "[options.entry_points]\nconsole_scripts =\n\tvault-passwd = vault.cli.passwd:main_entry\n"),
        (
            "test_keys.py",
            "        self.assertIn('-----BEGIN RSA PRIVATE KEY-----',\n            generated_key_text)\n"
            "        self.assertTrue(is_pem(generated_key_text))\n"
            "        self.assertIn('-----END RSA PRIVATE KEY-----', generated_key_text)\n",
        ),
        ("ir.ll", "  %7 = load i32, i32* %ptr, align 4\n  store float64* %out, metadata i64* %x\n"),
        ("faq.md", "Does it still build on Windows?\nWhat about macOS on arm64?\n"),
        ("notes.md", "The API reference (generated nightly) documents getUserProfileInformation.\n"),
    ],
)
def test_fourteenth_round_stays(path, text):
    assert [value for tag, value in found(text, path) if tag in ("KEY", "PASSWORD")] == [], found(text, path)


# After a SASL mechanism in a credentials call the user comes second and the password third: the user stays.
@pytest.mark.parametrize(
    "text, password",
    [
        ('client.set_credentials("GSSAPI", "svc-backup", "Kx82mQ!v")\n', "Kx82mQ!v"),
        ('conn.set_credentials("DIGEST-MD5", "reporting", "Tz73pL#q", authz_id="u:ops")\n', "Tz73pL#q"),
        ('ldap.set_credentials("SIMPLE", "cn=admin,dc=corp,dc=io", "Vq19xR$e")\n', "Vq19xR$e"),
    ],
)
def test_the_user_after_a_mechanism_stays(text, password):
    assert [pair for pair in found(text, "test_ldap.py") if pair[0] in ("KEY", "PASSWORD")] == [("PASSWORD", password)]


# Key-shaped values that are no key: a JWT shown elided, a JWS over bytes that are no JSON (a signing test vector),
# the file that holds a key, a product key, a TOTP example's base32 of words, hex of UTF-8 text, a token's id given
# to a getter or deleter, a property that echoes its constant's name, a regex group or a lint code where a value
# was expected, a map of a key's fields, a currency code in a credentials call, a community held in a variable.
@pytest.mark.parametrize(
    "path, text",
    [
        ("test_session.py", "session = {'refresh_token_jwt': 'eyJx.eyJy.AbCd'}\n"),
        ("test_jws.py", '        signed = b"eyJhbGciOiJIUzM4NCJ9.YmFy.Qm9ndXNTaWduYXR1cmVGb3JUZXN0aW5nT25seTEyMw"\n'),
        ("fixtures.json", '{"name": "rsa-2048", "private_key": "rsa-2048-private.pem", "alg": "RS256"}\n'),
        ("fixtures.json", '{"name": "okp", "secret_key": "okp-x25519-secret.json"}\n'),
        ("ilo_sample.py", '    "LicenseKey": "7HQ2K-XW9PL-3MNTR-Q8V4C-BB26Y",\n'),
        (
            "test_totp.py",
            '    uri = "otpauth://totp/Demo?secret=KRUGS4ZANFZSAYJAORSXG5BAONSWG4TFOQ======&issuer=Demo"\n',
        ),
        ("test_codec.py", '        derive_key(bytes.fromhex("d0bfd180d0b8d0b2d0b5d182d0bcd0b8d180"))\n'),
        ("admin.py", 'api.access_token_revoke("5e0c2b9a7d41f3386a9be71c02d4f58e6b13a9c7")\n'),
        ("constants.py", '    IPMI_PASSWORD = "ipmiPassword"\n'),
        (
            "scrub.py",
            "    line = re.sub(r'token=(\\w+)', r'token=***', line)\n    pw = re.sub(r'pass=\"([^\"]*)\"', '', s)\n",
        ),
        ("api.py", '        """Reset Password For User  # pylint: disable=C0301\n'),
        ("test_piv.py", '        signing_key_map=b"0011223344",\n'),
        ("exchange.py", "    wallet = client.create_account('main', 'ETH')\n"),
        ("snmp.py", "    payload = {\n        'snmp_enabled': True,\n        'community': community_string,\n    }\n"),
    ],
)
def test_key_shaped_values_that_are_no_key_stay(path, text):
    assert [value for tag, value in found(text, path) if tag in ("KEY", "PASSWORD")] == [], found(text, path)


# Dotted quads that are a specification's section ("as described in 3.1.4.12") or an X.500 identifier (2.5.4.3
# commonName, 2.5.5.12 a syntax, 2.5.29.17 subjectAltName), named alone in code.
@pytest.mark.parametrize(
    "text",
    [
        "    The ACCESS_ALLOWED_ACE layout as described in 2.4.4.2, with the mask first.\n",
        "    # the structure is defined in 3.1.4.12\n",
        "SYNTAXES = {'2.5.5.12': 'unicode', '2.5.5.9': 'int'}\n",
        'SAN_OID = "2.5.29.17"\nCN = "2.5.4.3"\n',
    ],
)
def test_section_numbers_and_x500_identifiers_stay(text):
    assert tagged(text, "schema.py", "IP_ADDRESS") == [], found(text, "schema.py")


# Labelled lines in notes that hold no secret: versions and requirement specifiers, licences, entry points, hosts'
# records, MAC addresses, settings given as name=value, templates, calls, an Ethereum address, a request dump's
# headers, a branch of hyphenated words, the dict key of a docs page.
@pytest.mark.parametrize(
    "text",
    [
        "License: LGPL-2.1-or-later\n",
        "sphinx!=5.2.0,!=5.2.0.post0\n",
        "console=tool.cli:main_entry[extra]\n",
        "db.corp.test:5432:app:svc:Secret_Value9\n",
        "MAC  45:01:5a:6a:1b:4b\n",
        "Line 20: internal_vip=192.168.220.189\n",
        "set src=idlelib.%1\n",
        "  putmask(x,mask,[3,0,0])\n",
        "address: 0xd6A4Ef41a6a2922F6b664F4556250aB50dFFDa32\n",
        "Sec-WebSocket-Accept: Kxep+hNu9n51529fGidYu7a3wO0=\n",
        "Branch: fix-login-page-redirect\n",
        "Use the dict key `user_profile_information_cache` for lookups.\n",
    ],
)
def test_labelled_lines_without_secrets_stay(text):
    assert [value for tag, value in found(text, "notes.md") if tag in ("KEY", "PASSWORD")] == [], found(
        text, "notes.md"
    )


# Key-named values that are no secret in cryptography and payment code: a payment record's id, a constructor call
# where a literal was expected, bytes counting up, a SAS token with a typed signature, an extended public key, a
# public key under pub_key, a token mint's address, a JWT whose header is no JSON; a browser's version in a user
# agent is no address.
@pytest.mark.parametrize(
    "path, text",
    [
        ("test_billing.py", "    api.update_payment(token='cus_Q8xLmW2nVbR4tYp7Zk')\n"),
        ("README.rst", "    sk = ECPrivateKey(0x4c0883a69102937d6231471b5dbb6204fe5129617082792ae468d01a3f362318,\n"),
        ("test_otp.py", "        secret = b'h:a0a1a2a3a4a5a6a7a8a9aaabacadaeaf'\n"),
        ("test_storage.py", '    sas_token="?sv=2022-11-02&ss=b&srt=co&sig=fakesig",\n'),
        (
            "bip32.md",
            '    key_str = "xpub661MyMwAqRbcFtXgS5sYJABqqG9YLmC4Q1Rdap9gSE8NqtwybGhePY2gZ29ESFjqJoCu1Rupje8YtGq'
            'sefD265TMg7usUDFdp6W1EGMcet8"\n',
        ),
        ("test_addr.py", '        "pub_key": b"e8474b9c29d44d45c0755077d4f8a21dc611c76e36e261773b5410b8e5bf15a1",\n'),
        ("spl.py", 'mint = Spl.GetTokenAccountAddress(owner, "Es9vMFrzaCERmJfrF4H2FYD4KCoNkY11McCe8BenwNYB")\n'),
        (
            "README.md",
            '    "eyJhbGciOiJ-brokenheader.eyJzdWIiOiIxMjM0NTY3ODkwIn0.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c"\n',
        ),
    ],
)
def test_key_named_values_in_crypto_and_payment_code_stay(path, text):
    assert [value for tag, value in found(text, path) if tag in ("KEY", "PASSWORD")] == [], found(text, path)


def test_browser_versions_in_user_agents_stay():
    text = 'UA = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/128.0.0.0 "'
    text += 'Safari/537.36"\n'
    assert tagged(text, "const.py", "IP_ADDRESS") == [], found(text, "const.py")


# A Fossil check-in's or a commit's hash on a note's line is no key; Cisco's type 7 RADIUS key is an encoding.
@pytest.mark.parametrize(
    "path, text",
    [
        ("fossil.txt", "check-in: d8e092968461662d873b6286cc37744e8afda7992c9394de76d3993641ff2d7c\n"),
        ("notes.md", "- Commit (3f9a1c7e5b2d4f6a8c0e1b3d5f7a9c2e)\n"),
        ("switch.cfg", "radius-server host 10.20.30.40 key 7 0822455D0A16544541\n"),
    ],
)
def test_hex_digests_test_vectors_and_encoded_keys_stay(path, text):
    assert [value for tag, value in found(text, path) if tag in ("KEY", "PASSWORD")] == [], found(text, path)


# Names side by side around " / " (a template's and its type's, two enum members in code spans), a word and a
# counting run typed into a token's place, and ULIDs (a record's id, alone or after its type's prefix).
@pytest.mark.parametrize(
    "path, text",
    [
        ("model.py", "        The user that owns the VPort2 / VPort2 instance, set by the admin.\n"),
        ("auth.py", "    the login handles ``ACCOUNT`` / ``ACCOUNT_V2`` entries alike\n"),
        ("test_login.py", '    assert session.refresh_token == "VENDORREFRESHTOKEN1234567890123"\n'),
        (
            "types.py",
            '    """Digests created through the API are `dig_01hx3kq8n2v5tz7wbm4c9rjdae` and need no key."""\n',
        ),
        ("fixtures.json", '{"api_key": "01HX3KQ8N2V5TZ7WBM4C9RJDAE"}\n'),
    ],
)
def test_names_counting_runs_and_ulids_stay(path, text):
    assert [value for tag, value in found(text, path) if tag in ("KEY", "PASSWORD")] == [], found(text, path)


# An API operation's name after "API:", a camelCase mode in a sign-in call, a command's name in a note's code span,
# a requirement's pin, a number under a token's name.
@pytest.mark.parametrize(
    "path, text",
    [
        ("apis.py", '    """\n    API: DescribeUHostInstanceSnapshotV2\n    """\n'),
        ("apis.py", '    """\n    API: CreateULBSSLCertificate\n    """\n'),
        ("test_client.py", '        url = await client.signIn("https://app/callback", "signUp")\n'),
        ("PROTOCOL.md", "Then the host sends the wake-up (`BleDeviceWakeUp`).\n"),
        ("requirements.txt", "python-dateutil==2.9.0.post0\nurllib3>=2.2.1\n"),
        ("mixins.py", '            # "mutation_token":"6824688191453546273",\n'),
    ],
)
def test_operation_and_mode_names_pins_and_numbers_stay(path, text):
    assert [value for tag, value in found(text, path) if tag in ("KEY", "PASSWORD")] == [], found(text, path)


# A usage line's optional flag with its metavariable, an SNMP line's access word, an encoded unattend value, an
# object path's number and hash, a stored SNMPv3 key, a request builder's parameter named after its own field.
@pytest.mark.parametrize(
    "path, text",
    [
        ("cli.py", '    print("usage: projector-ctl [-k|--passphrase PASSPHRASE] [--port N] COMMAND")\n'),
        ("edge.cfg", "snmp\n  community ro\n"),
        (
            "autounattend.xml",
            "<AdministratorPassword><Value>UABhAHMAcwB3AG8AcgBkADEAMgAzAEEAZABtAGkAbgA=</Value>"
            "<PlainText>false</PlainText></AdministratorPassword>\n",
        ),
        ("mirror.md", "Fetch https://git.wharfline.io/objects/1/3f786850e387550fdab836ed7e6dc881de23001b first.\n"),
        ("edge.cfg", "snmp-server user noc NOC-RO v3 encrypted auth sha 0x5f1c2d8e4a6b priv aes 128 0x7a1b9c\n"),
        (
            "plan.jmx",
            '<elementProp name="password" elementType="HTTPArgument"><stringProp name="Argument.name">password'
            "</stringProp></elementProp>\n",
        ),
    ],
)
def test_usage_metavariables_access_words_and_stored_forms_stay(path, text):
    assert [value for tag, value in found(text, path) if tag in ("KEY", "PASSWORD")] == [], found(text, path)


# What the twenty-first round's forms must leave: a device's host line read as a note's copula, a command's words,
# a positional RADIUS word, a stored SNMP community, Tor's hashed password, a version with five parts, an HLS
# segment's path, an anonymous FTP login, a set_cookie call, a sentence that goes on past its value.
@pytest.mark.parametrize(
    "path, text",
    [
        ("ops.md", "    sshpass -p $PW ssh admin@10.0.0.7\n"),
        ("stack.cfg", "set radius server 1 198.51.100.22 1812 enable\n"),
        ("vrp.cfg", "snmp-agent community write cipher %^%#Zq8rT2mLp4Xk9vB3%^%#\n"),
        ("torrc", "HashedControlPassword 16:CC75E7B95F4C4C6440BDC186EA83B12ECF99AB4FF24A0194BB4609EB38\n"),
        ("CHANGES.md", "- 2.10.3.1.4: fixed the parser\n"),
        ("player.js", 'const url = "https://cdn.wharfline.io/live/stream1/00042.ts";\n'),
        ("ftp.log", "E..<..@.@.....PASS anonymous@wharfline.io\n"),
        ("views.py", 'response.set_cookie = "sessionid"\n'),
        ("notes.md", "- the Lisbon desk is Floor3B, plis senisim.\n"),
        ("README.md", "| commit | `3a7680dc436211227c0aeae84c9b45e0b3345b8f` |\n"),
    ],
)
def test_host_lines_commands_stored_forms_versions_and_stream_segments_stay(path, text):
    assert [value for tag, value in found(text, path) if tag in ("KEY", "PASSWORD")] == [], found(text, path)


# The word that says how a device stores its secret is no password: "password encrypted HEX", "password clear" alone.
@pytest.mark.parametrize(
    "path, text",
    [
        ("pe1.cfg", "router bgp 65001\n neighbor 198.51.100.30\n  password encrypted 0822455D0A16\n"),
        ("pe1.cfg", "  password clear\n"),
        ("edge.cfg", "username admin password 7 0822455D0A16\n"),
        ("edge.cfg", "enable password level 15\n"),
    ],
)
def test_device_storage_words_stay(path, text):
    assert [value for tag, value in found(text, path) if tag in ("KEY", "PASSWORD")] == [], found(text, path)


# The word "secret", "password" or "token" spelt in leetspeak where a key would be: a test's readable stand-in.
@pytest.mark.parametrize(
    "path, text",
    [
        ("tests/test_oidc.py", '    client_secret = "Th1sIs5eCr3t"\n'),
        ("conftest.py", 'API_KEY = "myS3cr3tK3y"\n'),
        ("settings.py", 'SIGNING_TOKEN = "t0k3n-f0r-t3sts"\n'),
        ("tests/test_flow.py", '            client_secret = "abc_ThIsIsAsEcReT"\n'),
    ],
)
def test_leetspeak_secret_words_under_key_names_stay(path, text):
    assert [value for tag, value in found(text, path) if tag in ("KEY", "PASSWORD")] == [], found(text, path)


# An enum's integer code under a secret's name, and a few letters mashed on the keyboard as a sample key.
@pytest.mark.parametrize(
    "path, text",
    [
        ("kmip/enums.py", "class Kind(Enum):\n    PASSWORD = 0x4200A1\n    TOKEN = 0x00000002\n"),
        ("conftest.py", "        self.__access_key = 'YTYHRSshtrsTRHSrsTHRSTrthSRThsr'\n"),
        ("conftest.py", "SECRET_KEY = 'asdfasdfjkljkljkasdfjklasdf'\n"),
    ],
)
def test_enum_codes_and_mashed_sample_keys_stay(path, text):
    assert [value for tag, value in found(text, path) if tag in ("KEY", "PASSWORD")] == [], found(text, path)


# A code span on the line after "password" or "key" that is an option, a name or a weak word is no value.
@pytest.mark.parametrize(
    "path, text",
    [
        ("README.md", "Enter your password\n`--force` skips the prompt.\n"),
        ("docs.rst", "The dictionary's key\n``user_identifier_field`` names the column.\n"),
        ("guide.md", "Set the password\n`PASSWORD_HASHERS` in settings.\n"),
    ],
)
def test_option_and_setting_names_after_a_wrapped_line_stay(path, text):
    assert [value for tag, value in found(text, path) if tag in ("KEY", "PASSWORD")] == [], found(text, path)


# Twenty-second round (2026-12-06), from the twenty-fourth audit: comparisons in docstrings, C casts to upper-case
# integer types, a form's numbered fields listed by name, a constant spelling its name's secret word, SNMP's nouns in
# prose, a module's constant after a label, a formula's operands, URL schemes that take a hash or a credential file
# in the password's place, RFC 7515's example token, a directory's built-in accounts at private names, a run of
# repeated characters typed as a token, keys of data ("the cache key is ...").
@pytest.mark.parametrize(
    "path, text",
    [
        ("checks.py", '    """ Test whether the password has >= `count` uppercase characters """\n'),
        ("checks.py", '    """Tests whether password length >= `length`"""\n'),
        ("keccak.c", "        UINT64 lane = *((const UINT64*)curData);\n"),
        ("tests.py", "            fields = ('username', 'email', 'password1', 'password2')\n"),
        ("admin.py", "    for field_name in ('new_password1', 'new_password2'):\n"),
        ("modifier.py", "NAME_MODIFIER_psk2 = 'psk2'\nNAME_MODIFIER_psk0 = 'psk0'\n"),
        ("README.rst", "* Sensitive strings like passwords or SNMP community strings (``-p``)\n"),
        ("cli.py", '        help="Anonymize password and snmp community lines",\n'),
        ("docs/index.rst", "    config.ldap_set_login_query(\n        base='CN=Users',\n        scope=ldap3.LEVEL)"),
        ("test_group.py", "            # X+U*pw -U*pw == X\n"),
        ("README.md", "`smb+ntlm-nt://TEST\\victim:f8963568a1ec62a3161d9d6449baba93@10.10.10.2`\n"),
        ("factory.py", "    'kerberos+aes://corp\\\\krbtgt:921a7fece11f4d8c72432e41e40d0372@10.10.10.2'\n"),
        ("README.md", "`smb2+kerberos-pem://cert.pem:key.pem@dc.test.corp/?dc=10.10.10.2`\n"),
        ("test_url.py", "\turlstr = 'kerberos+keytab://corp\\\\user:app2.keytab@dc_ip'\n"),
        ("factory.py", "\t'smb+ntlm-nt://domain\\\\user:alma@10.10.10.2',\n"),
        (
            "test_vector.py",
            'hmac_token = "eyJ0eXAiOiJKV1QiLA0KICJhbGciOiJIUzI1NiJ9.eyJpc3MiOiJqb2UiLA0KICJleHAiOjEzMDA4MTkzODAsDQog'
            'Imh0dHA6Ly9leGFtcGxlLmNvbS9pc19yb290Ijp0cnVlfQ.dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk"\n',
        ),
        ("README.md", "[*] Got certificate with UPN 'administrator@corp.local'\n"),
        ("vsphere.ps1", "Connect-VIServer -Server vc01 -User administrator@vsphere.local\n"),
        ("config.yaml", "#    token: aaabbbcccdddeee111222333444\n"),
        ("notes.md", "The cache key is 5d41402abc4b2a76b9719d911017c592 for the page.\n"),
        ("notes.md", "The idempotency key is 5d41402abc4b2a76b9719d911017c592 here.\n"),
        ("README.rst", "    tacacs-server host 7.227.130.88 key netconanRemoved2\n"),
        ("muttrc", "set pgp_default_key = 0x94C893D1A5EF9028\n"),
        ("keys.py", "TEST_AES_KEY = 'aB3dE5gH7jK9mN1p'\n"),
        ("settings.py", "CACHE_KEY = 'UserProfileV2Data'\n"),
        ("notes.md", "| password | user_password_hash |\n"),
        ("run.lua", 'local s = password .. "Xk29abcQ!"\n'),
    ],
)
def test_comparisons_casts_field_lists_hash_schemes_and_example_tokens_stay(path, text):
    assert [value for tag, value in found(text, path) if tag in ("KEY", "PASSWORD")] == [], found(text, path)


# The same rules leave these credentials found: a person's address at a private name, a password named after its
# role, a numbered field's weak password, "pw" as a URL's password (a weak one, in five audits).
@pytest.mark.parametrize(
    "path, text, value",
    [
        ("contacts.py", 'OWNER = "jane.doe@mycorp.internal"\n', "jane.doe@mycorp.internal"),
        ("settings.py", 'PASSWORD_READONLY = "readonly"\n', "readonly"),
        ("test_forms.py", '                "new_password1": "password1",\n', "password1"),
        ("test_db.py", '    url = "mysql://user:pw@127.0.0.1:15036/db"\n', "pw"),
    ],
)
def test_beside_the_twenty_fourth_audit_classes_still_redacted(path, text, value):
    assert value in [v for _, v in found(text, path)], found(text, path)


# The twenty-second round's second half, from the twenty-fifth audit: a record's key beside the record's name, keys
# of data, the server a password is served from, base64 of words typed as a key, option lists and a host's port after
# a label, an SNMPv3 context's name, technical names with a digit and a symbol, a URL's authority taken for a
# Windows switch, switches named after a password.
@pytest.mark.parametrize(
    "path, text",
    [
        (
            "incidents.json",
            '{"severity":"medium","service_key":"gh79SrQk6wqonWoxPdCm","service_name":"Google Voice"}\n',
        ),
        ("test_dynamodb.py", "        base_lookup_key = 'TestKey:TestVal.TestMap[M].String1'\n"),
        ("realm.py", '                    "kpasswd_server": "$hostname:$port2",\n'),
        ("wg.py", "    wg.set(IFNAME, private_key='RCdhcHJlc0JpY2hlLEplU2VyYWlzTGFQbHVzQm9ubmU=',\n"),
        ("wg.py", "            'preshared_key': 'Pz8/V2FudFRvVHJ5TXlBZXJvR3Jvc3NlQmljaGU/Pz8=',\n"),
        ("GUIDE.md", "Notes\n\n- sort=field1,-field2\n"),
        ("GUIDE.md", "Notes\n\nfields=field1,field2\n"),
        ("README.md", "Notes\n\n|   proxy/   |  `localhost:8899`  |\n"),
        ("agents.rst", "Notes\n\n    SNMPv3 context name: 4c9184f37cff01bcdc32dc486ec36961\n"),
        ("test_casts.py", "@pytest.mark.parametrize('value', ['not base64!', 42, None])\n"),
        ("netns.py", "    'mips': {'32bit': 4344, '64bit': 5303},  # FIXME: NABI32?\n"),
        ("CHANGES.rst", "  feature simplifies the mapping of empty SNMP community and context names\n"),
        ("README.rst", "    redis.get_url(host='hostname', port='port')  # redis://pass:host\n"),
        ("settings.py", "ENABLE_PASSWORD = 'yes'\nCHECK_PASSWORD = 'required'\n"),
        ("waf.json", '          "ChangeToken": "abcd12f2-46da-4fdb-b8d5-fbd4c466928f"\n'),
    ],
)
def test_record_keys_data_keys_encoded_words_option_lists_and_switch_names_stay(path, text):
    assert [value for tag, value in found(text, path) if tag in ("KEY", "PASSWORD")] == [], found(text, path)


# The same rules leave these found: an .env's application key beside its name, a JSON claims token in base64, a
# freerdp file's /pass: switch, an encryption's primary key.
@pytest.mark.parametrize(
    "path, text, value",
    [
        (
            ".env",
            "APP_NAME=Pixelfed\nAPP_KEY=base64:6QKHCbYpGtzh2Y+6D0DOlcwxvLFpUDIHwOtZQ1b3njo=\n",
            "base64:6QKHCbYpGtzh2Y+6D0DOlcwxvLFpUDIHwOtZQ1b3njo=",
        ),
        (
            "auth.py",
            '    token = "eyJ1c2VyIjogImFubiIsICJyb2xlIjogImFkbWluIn0="\n',
            "eyJ1c2VyIjogImFubiIsICJyb2xlIjogImFkbWluIn0=",
        ),
        ("app.rdp", "remoteapplicationcmdline:s:/pass:HarborMarlin6515-\n", "HarborMarlin6515-"),
        (
            ".env",
            "ACTIVE_RECORD_ENCRYPTION_PRIMARY_KEY=GVE3aRQR7F0iWaHL50o0dPa8E0dng8lK\n",
            "GVE3aRQR7F0iWaHL50o0dPa8E0dng8lK",
        ),
    ],
)
def test_beside_the_twenty_fifth_audit_classes_still_redacted(path, text, value):
    assert value in [v for _, v in found(text, path)], found(text, path)


# Real code (the 49,787-file diff), the twenty-second round: tokens that lock, page or stamp rather than authorise
# (AWS's LockToken, nextForwardToken, tokenExpirationTime, PolicyUpdateToken, WorkUnitToken), an S3 object's key, a
# password's bookkeeping, a token's prefix constant, a schema's field names given to auth(), a filter's kind under
# "pass", code inside a string after "pw =", the alphabet typed as a sample passphrase.
@pytest.mark.parametrize(
    "path, text",
    [
        ("get-web-acl.rst", '        "LockToken":"e3db7e2c-d58b-4ee6-8346-6aec5511c6fb"\n'),
        ("delete-ip-set.rst", "        --lock-token 46851772-db6f-459d-9385-49428812e357\n"),
        (
            "get-log-events.rst",
            '      "nextForwardToken": "f/31961209122447488583055879464742346735121166569214640130",\n',
        ),
        ("create-chat-token.rst", '        "tokenExpirationTime": "2022-03-16T03:45:09+00:00"\n'),
        ("get-policy.rst", '            "PolicyUpdateToken": "1:p+2RpKR4wPFx7mcrL1UOQQ==",\n'),
        ("examples-1.json", '                "S3Key": "my-app/5026-stage-150723_224258.war"\n'),
        ("models.py", '            password_last_used = "not_supported"\n'),
        ("utils.py", 'SESSION_TOKEN_PREFIX = "FQoGZXIvYXdzEBYaD"\n'),
        ("api.py", '    DefaultAuthorizer: str | None = auth("DefaultAuthorizer")\n'),
        ("filters.py", "             'pass': 'bandpass',\n"),
        (
            "test_ipython.py",
            "    app.run_cell(\"x = Symbol('x'); pw = format(Piecewise((1, Eq(x, 0)), (0, True)))\")\n",
        ),
        ("create-channel.rst", '    "passphrase": "AB1C2defGHijkLMNo3PqQRstUvwxyzaBCDEfghh4ijklMN5opq"\n'),
    ],
)
def test_lock_and_page_tokens_bookkeeping_and_schema_names_stay(path, text):
    assert [value for tag, value in found(text, path) if tag in ("KEY", "PASSWORD")] == [], found(text, path)


# The same rules leave these found: a query's weak "pass", a password with a parenthesis in a comment, Redis's AUTH.
@pytest.mark.parametrize(
    "path, text, value",
    [
        ("test_url.py", '        "http://user:x@127.0.0.1/path/?pass=realpass"\n', "realpass"),
        ("app.py", "# password=Qw9(bN3b\n", "Qw9(bN3b"),
        ("cache.lua", 'red:auth("Xk29abcQ!")\n', "Xk29abcQ!"),
    ],
)
def test_beside_the_real_code_classes_still_redacted(path, text, value):
    assert value in [v for _, v in found(text, path)], found(text, path)


# The twenty-sixth audit's classes: an Ethereum account's address (twenty bytes, where a private key is 32), the
# alphabet and the digits typed in turn with a letter skipped now and then (also after a format's prefix), AWS's
# documentation key id retyped, a command line's option spelling given as the value, prose inside a JSON string cut
# at its written "\n", an id's groups wrapped at a space, a package's modules listed beside its name, a rule's id
# beside another, a token's place in a URL held by words.
@pytest.mark.parametrize(
    "path, text",
    [
        ("config.py", '            conditional_tokens="0x4D97DCd97eC945f40cF65F87097ACe5EA0476045",\n'),
        ("README.md", "- Token: `0x2791Bca1f2de4661ED88A30C99A7a9449Aa84174`\n"),
        ("contracts.ts", 'const treasuryKey = "0x9c4e1703476e875070ee25b56a58b008cfb8fa78";\n'),
        ("test_tools.py", '    token = "aB3d-E5fG7hI9jK2mN4pQ6rS8tU0vW1xY"\n'),
        ("test_cicd.py", '            "API_SECRET=aB3dE5fG7hJ9kL2m\\n"\n'),
        ("test_secrets.py", '        (\'STRIPE = "sk_live_a1B2c3D4e5F6g7H8"\\n\', "stripe"),\n'),
        ("test_nonpy.py", "    source = 'public const string StripeKey = \"sk_test_A1b2C3d4E5f6G7h8I9j0\";\\n'\n"),
        ("test_secrets.py", '        (\'GITLAB_PAT = "glpat-A1b2C3d4E5f6G7h8I9j0"\\n\', "gitlab"),\n'),
        ("test_hook_cmd.py", 'AWS_KEY_ID = "AKIAIOSFODNN7ABCDEFG"\n'),
        ("ibcontroller.py", '            password=("--pw=", "/PW:"),\n'),
        ("ibcontroller.py", '            fixpassword=("--fix-pw=", "/FIXPW:"),\n'),
        (
            "check.metadata.json",
            '    "Other": "3. Go to Authentication > Password policy\\n4. Enable symbols\\n5. Save",\n',
        ),
        (
            "cis_m365.json",
            '  "Audit": "Filter to Password Rule settings, where templateId is 5cf42378-d67d-4f36- ba46-e8b8",\n',
        ),
        ("distributions.py", '    "google-auth": ("google.auth", "google.oauth2"),\n'),
        (
            "models.py",
            "    description='Basic injects the secret as a Basic user:password,\\n\\nHeaders injects headers.',\n",
        ),
        ("CHANGELOG.md", "- checks for `enable-oslogin` / `enable-oslogin-2fa` metadata inherited from the project\n"),
        (
            "rule.metadata.json",
            '  "Notes": "Aligns with DISA STIG V-273206 / OKTA-APP-001710 for the admin login.",\n',
        ),
        ("test_badge_cmd.py", '        ("https://x-access-token:abc@github.com/acme/pay.git", "acme/pay"),\n'),
        ("test_shadow.py", '        "https://oauth2:super-secret-token@github.com/acme/repo.git"\n'),
    ],
)
def test_account_addresses_typed_alphabets_option_spellings_and_escaped_prose_stay(path, text):
    assert [value for tag, value in found(text, path) if tag in ("KEY", "PASSWORD")] == [], found(text, path)


# Beside them, still found: a private key of 32 bytes, a random token after a format's prefix, a password before a
# written "\n" (without it), a UUID as a netrc password, a rule-like password with mixed groups, a token in a URL.
@pytest.mark.parametrize(
    "path, text, value",
    [
        (
            "deploy.js",
            'const DEPLOYER_KEY = "0x4c0883a69102937d6231471b5dbb6204fe5129617082792ae468d01a3f362318";\n',
            "0x4c0883a69102937d6231471b5dbb6204fe5129617082792ae468d01a3f362318",
        ),
        ("ci.py", 'STRIPE = "sk_live_51HqLyjWDarjtT1zdp7dc4yXfPzLq"\n', "sk_live_51HqLyjWDarjtT1zdp7dc4yXfPzLq"),
        ("values.json", '  "Notes": "db:\\n  password: Zr8#kLq2!vW9\\n"\n', "Zr8#kLq2!vW9"),
        (
            ".netrc",
            "machine api.heroku.com\n  login ops@corp.io\n  password 1c8e8618-48a4-4ef5-819b-d677b209cb9a\n",
            "1c8e8618-48a4-4ef5-819b-d677b209cb9a",
        ),
        ("notes.md", "vpn login: svc-backup / Q0WI-9G08-U2Y5 for the admin account\n", "Q0WI-9G08-U2Y5"),
        (
            "clone.sh",
            "git clone https://x-access-token:ghs_9Kq2LmX7vR4tW8zY1pN6sB3dF5hJ0cA2eG4i@github.com/a/b\n",
            "ghs_9Kq2LmX7vR4tW8zY1pN6sB3dF5hJ0cA2eG4i",
        ),
    ],
)
def test_beside_the_twenty_sixth_audit_classes_still_redacted(path, text, value):
    assert value in [v for _, v in found(text, path)], found(text, path)


# The verb-final line's bounds: a sentence without a secret's word, a copula before the value (the stated forms'),
# a key of data.
@pytest.mark.parametrize(
    "text",
    [
        "Status\nBuild 3f9a2c1d7e6b5a4f passed.\n",
        "Notes\nThe idempotency key is 5d41402abc4b2a76b9719d911017c592 here.\n",
        "Notes\nthe cache key 9f86d081884c7d659a2feaa0c55ad015a3bf4f1b expired.\n",
        "Notes\nRelease tag v2.14.0-rc1 shipped.\n",
    ],
)
def test_sentences_ending_in_a_word_stay(text):
    assert [value for tag, value in found(text, "notes.md") if tag in ("KEY", "PASSWORD")] == [], found(
        text, "notes.md"
    )


# The twenty-seventh audit's classes: a stand-in inside a value, one letter held down to end it, when a token expires,
# a field's type path under a password's name, a setting after a password's word, a form's text, a JWT's header
# alone after Bearer, a captcha's site key in a recorded response, a slice after a label, an argument's description
# that opens "Pass", a sentence with its spaces replaced.
@pytest.mark.parametrize(
    "path, text",
    [
        ("smtp.rst", "   auth_type=oauth2&\\\n   access_token=ya29.<URL_ENCODED_TOKEN>&\\\n"),
        ("methods.py", "    # client_id=CGc9B7v7J48dQSJvxxx&client_secret=nNVS9cSS3xNpSC9JdsBvvvvv\n"),
        ("README.md", '        "access_token_expiration_dt": "2020-01-01T17:22:42.934699Z",\n'),
        (
            "0003_auto.py",
            "            'password': ('django.db.models.fields.CharField', [], {'max_length': '128'}),\n",
        ),
        (
            "README.md",
            "A request would look like `credstash put myapp.db.prod supersecretpassword1234 app.tier=db`.\n",
        ),
        ("cassette.yaml", '        \\"generalHeaderForgotPassword\\":\\"Forgot Password?\\",\n'),
        ("test_tenant.py", "        headers={'Authorization': 'Bearer eyJhbGciOiJSUzI1NiIsInR5cI6IkpXVCJ9'},\n"),
        ("cassette.yaml", '        recaptchaSiteKey: \\"6LcayeglAAAAAAyYEWMrIX1hfN__8Z6ifrS4OsyZ\\"\n'),
        ("plugins.rst", "    def crypt_check(password, hashed):\n        salt = hashed[:2]\n"),
        (
            "factory.py",
            '    """Clear the cache.\n\n    opts\n        Pass ``__opts__``.\n\n'
            "    context\n        Pass ``__context__``.\n",
        ),
        ("test_06_oidc.py", '            "registration_access_token": "this.is.an.access.token.value.ffx83",\n'),
        ("cassette.yaml", "    string: Minimum\n        password length is 8 characters.\n"),
        ("server.conf", "password policy must allow 12 characters\n"),
        ("notes.md", "the cache key (abcDEF123456ghiJKL789mno) expired\n"),
        ("README.md", "## Password\nRequired\n\n## Password hash\nd41d8cd98f00b204e9800998ecf8427e\n"),
        ("schema.md", "Use the primary key for the table: orders_2024_id_seq_0001\n"),
    ],
)
def test_stand_ins_timestamps_type_paths_form_text_and_header_stubs_stay(path, text):
    assert [value for tag, value in found(text, path) if tag in ("KEY", "PASSWORD")] == [], found(text, path)


# Beside them, still found: a password with "=" in it, a word-and-symbol password, a complete JWT after Bearer, an
# mbsync file's Pass, a key under a vendor's prefix of words.
@pytest.mark.parametrize(
    "path, text, value",
    [
        (".env", "DB_PASSWORD=Tango=94898\n", "Tango=94898"),
        ("app.py", 'password = "Sat15=Teal"\n', "Sat15=Teal"),
        (
            "client.py",
            "headers = {'Authorization': "
            "'Bearer eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ1LTkyNzMifQ.Xk3vR9qLm2TzW8pN4sYb7HcJ1dF'}\n",
            "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ1LTkyNzMifQ.Xk3vR9qLm2TzW8pN4sYb7HcJ1dF",
        ),
        (".mbsyncrc", "IMAPAccount work\nHost imap.corp.io\nUser ops\nPass Qz8!vLm2pR\n", "Qz8!vLm2pR"),
        (
            ".env",
            "KHALTI_SECRET_KEY=live_secret_key_1daebf3abbc6c65107581edf97620a40\n",
            "live_secret_key_1daebf3abbc6c65107581edf97620a40",
        ),
    ],
)
def test_beside_the_twenty_seventh_audit_classes_still_redacted(path, text, value):
    assert value in [v for _, v in found(text, path)], found(text, path)


# The twenty-eighth audit's classes: an API's resource ids it calls tokens, a PayPal checkout's order token, cipher and
# key-exchange names in algorithm lists, a requirement, a route and a template's path under a password's name, a
# lockfile's version with its peer, made-up words after a token format's prefix, a wallet's signature and address
# after their labels, a class called after "token =", camelCase names side by side.
@pytest.mark.parametrize(
    "path, text",
    [
        ("test_cards.py", '            account_token="182bd5e5-6e1a-4fe4-a799-aa6d9a6ab26e",\n'),
        ("jobs.py", 'IDEMPOTENCY_KEY = "4f2c9a1e-8b3d-4c7e-9a6f-2d1b0e5c7a93"\n'),
        ("rows.py", 'partition_key = "0d9f3b7a-2c41-4e8a-b6d5-7f1e9c3a2b40"\n'),
        ("test_disputes.py", '            transaction_token="12345624-aa69-4cbc-a946-30d90181b621",\n'),
        ("test_pro.py", "#  'token': u'EC-6HW17184NE0084127'}\n"),
        (
            "policies.py",
            "    'ciphers': ['chacha20-poly1305@openssh.com', 'aes256-gcm@openssh.com', 'aes256-ctr'],\n",
        ),
        (
            "ssh_socket.py",
            "    def send_kexinit(self, kex: List[str] = ['curve25519-sha256', 'ecdh-sha2-nistp256']):\n",
        ),
        ("DEVELOPMENT.md", "* Python Interpreter: anything with Python>=3.11\n"),
        ("urls.py", "    'reset_password': ('reset-password-confirm/', auth.ResetPasswordModal),\n"),
        ("settings_type.py", '    EMAIL_SUBJECT_PASSWORD_SET: str = "email/password_set_subject.txt"\n'),
        ("pnpm-lock.yaml", "      secretlint: 10.2.1(supports-color@8.1.1)\n"),
        ("test_tools.py", '_TOKEN = "xoxp-test-token-abc123"\n_BOT_TOKEN = "xoxb-test-token-abc123"\n'),
        (
            "README.md",
            "Address (p2pkh): 1H4FYUfj7Z8Nj9dg82M4n594J1R1h3G5Vn\n"
            + "Signature: IG/7jZpMRGwcsVGBW9Gi/ccThA0c705YqaMrQKrgV8rLKcV86qZljGljGIXj4G0bLWJwbPZxuxCh1qUXiDjRAn8=\n",
        ),
        ("test_aws4.py", "        token = _SignableAWS4HMAC256Token(\n            makeAMZDate(self.instant),\n"),
        ("NOTICES.md", "Use `loginIpv4` / `loginIpv6` (`login_ipv4` / `login_ipv6` on the Device model) instead.\n"),
    ],
)
def test_resource_ids_algorithm_names_routes_and_made_up_words_stay(path, text):
    assert [value for tag, value in found(text, path) if tag in ("KEY", "PASSWORD")] == [], found(text, path)


# Beside them, still found: a UUID under a service's token name, weak passwords that hold a hash's or a cipher's name,
# a password with slashes, a token format whose prefix has capital words, an age identity.
@pytest.mark.parametrize(
    "path, text, value",
    [
        (
            "ci.yml",
            "      CODECOV_TOKEN: 455d319a-8faf-417d-a77b-9817e7bc8ec1\n",
            "455d319a-8faf-417d-a77b-9817e7bc8ec1",
        ),
        ("test_sha.py", "    connection_data['password'] = 'pass_sha256'\n", "pass_sha256"),
        ("binding.py", '        c = binding.connect(username="boris", password="natasha")\n', "natasha"),
        ("db2cli.ini", "UID=db2inst1\nPWD=eppXJvRUUm/7bykdx/XnS/\n", "eppXJvRUUm/7bykdx/XnS/"),
        (
            "keys.txt",
            "AGE-SECRET-KEY-19QKU9ZLGEQNRGMWV6SAQ4L94J5AG2UUSP5PSS3DKFNNJQJRA7EUGTC3EFZ\n",
            "AGE-SECRET-KEY-19QKU9ZLGEQNRGMWV6SAQ4L94J5AG2UUSP5PSS3DKFNNJQJRA7EUGTC3EFZ",
        ),
    ],
)
def test_beside_the_twenty_eighth_audit_classes_still_redacted(path, text, value):
    assert value in [v for _, v in found(text, path)], found(text, path)


# Emails and addresses the audits 26 to 28 label false: SSH algorithm names scoped by libassh's and Lysator's domains
# or cut after "-", a version glued to its product's name, a requirement's number under a JSON object's id.
@pytest.mark.parametrize(
    "path, text",
    [
        ("README.md", "`rijndael-cbc@lysator.liu.se`, `serpent256-gcm@libassh.org`, `twofish-cbc`\n"),
        ("ssh_audit.py", '            if mac.endswith("-etm@openssh.com") and mac not in enabled:\n'),
        ("cassette.yaml", "      User-Agent:\n      - GCM-iOS-5.22.1.4\n"),
        ("pci_4.0_aws.json", '    {\n      "Id": "1.2.8.24",\n      "Description": "Checks a rule group"\n'),
    ],
)
def test_ssh_algorithm_scopes_product_versions_and_json_ids_stay(path, text):
    assert [value for tag, value in found(text, path) if tag in ("EMAIL", "IP_ADDRESS")] == [], found(text, path)


# Beside them, still found: an address after a word joined by "-" in prose, a range's second address, a router id.
@pytest.mark.parametrize(
    "path, text, value",
    [
        ("notes.md", "Iseva entsha ikwi-117.1.246.170. Igama lomsebenzisi ngu-admin.\n", "117.1.246.170"),
        ("sas.py", "        For example, specifying sip=168.1.5.65 or sip=168.1.5.60-168.1.5.70.\n", "168.1.5.70"),
        ("gobgp.toml", '[global.config]\n  as = 65409\n  router-id = "208.209.234.187"\n', "208.209.234.187"),
        ("device.py", '            id="162.168.0.1",\n', "162.168.0.1"),
    ],
)
def test_beside_the_address_classes_still_redacted(path, text, value):
    assert value in [v for _, v in found(text, path)], found(text, path)


# An object's id compared with the expected one, and a detect-secrets match inside a longer base64 run.
@pytest.mark.parametrize(
    "path, text",
    [
        (
            "test_webhooks.py",
            '        self.assertEqual(client.construct_event(BODY).id, "b8e1f80bd70ae0784c7855a4")\n',
        ),
        ("test_webhooks.py", '        self.assertEqual(event["id"], "b8e1f80bd70ae0784c7855a4")\n'),
        (
            "vectors.json",
            '    "aws-crypto-public-key": "Ajdbm3iqIqOAd2Ot3B6nXjSaSvifkNkC33iPJI26X4J4+4ADbxVqQNwNr9c8X3qFNg=="\n',
        ),
    ],
)
def test_compared_ids_and_base64_runs_stay(path, text):
    assert [value for tag, value in found(text, path) if tag in ("KEY", "PASSWORD")] == [], found(text, path)


# Audit 29's classes: pointer types after C's qualifiers, issue references after a word, a page element's selector
# under a password's name, a TXT record's token, stand-ins that say so (a "dummy" or "fake" word, base64 of a
# sentence, lower-case words after a format's prefix), public EC points, a status badge's token, base64 filler.
@pytest.mark.parametrize(
    "path, text",
    [
        ("hash.h", "static u64 mix(const xxh_u64* XXH_RESTRICT acc, const uint_fast16* key)\n"),
        ("hash.h", "    return *((volatile blake_u32*)ptr);\n"),
        ("CHANGES.rst", "- The tracker resets its states for overridden\n  methods (GH-#812)\n"),
        ("NEWS.md", "* Signals are sent after saving, in all\n  callbacks (PR-#1290)\n"),
        ("login.py", '    password_field_selector="input[id="pw-box"]",\n'),
        ("sso.json", '{"dns_txt_token": "acme-domain-verification=4f0c9a7e2b6d1358"}\n'),
        ("test_s3.py", 'FAKE_SECRET_ACCESS_KEY = "fakeSecretKey9x8Q7r6S5t4U3v2W1"\n'),
        ("test_s3.py", 'TEST_ACCESS_KEY_ID = "DUMMYACCESSKEYIDX987"\n'),
        ("api.md", '    http_bearer=HTTPBearerAuth(token="Z29vZCBtb3JuaW5nIG15IGtleSBpcyBibHVlCg=="),\n'),
        ("settings.py", 'SLACK_BOT_TOKEN = "xoxb-someotherthing"\n'),
        ("settings.py", 'SLACK_TOKEN = "xoxp-mytokengoeshere"\n'),
        (
            "push.json",
            '{"application_server_key": '
            '"BEl62iUYgUivxIkv69yViEuiBIa-Ib9-SkvMeAtA3LFgDzkrxZJjSgSnfckjBJuBkr3qBUYIHBQFLXYp5Nksh8U"}\n',
        ),
        ("README.md", "![build](https://img.shields.io/travis/acme/widget.svg?token=q1w2e3r4t5y6u7i8o9p0a1s2)\n"),
        (
            "README.rst",
            ".. image:: https://codecov.io/gh/acme/widget/graph/badge.svg?token=9f8e7d6c5b4a39281706f5e4\n",
        ),
        ("CredentialsApi.md", "            username='Zg==',\n            password='Zg==',\n"),
    ],
)
def test_pointer_types_references_selectors_stand_ins_public_points_and_badges_stay(path, text):
    assert [value for tag, value in found(text, path) if tag in ("KEY", "PASSWORD")] == [], found(text, path)


# Beside them, still found: a shaped password after an ordinary word, a password of letters, symbols and digits, a
# random token after its prefix, a Basic credential, a token in an API's query, a four-character password.
@pytest.mark.parametrize(
    "path, text, value",
    [
        ("notes.md", "Awal uffir: tafukt.agris43*\n", "tafukt.agris43*"),
        ("settings.py", 'SLACK_BOT_TOKEN = "xoxb-2048719342-8812374410-Qm3vL0pXr8sWt2Zk9YbN4cJd"\n', None),
        ("client.py", 'headers = {"Authorization": "Basic dXNlcjpzM2NyM3QtcGFzcw=="}\n', "dXNlcjpzM2NyM3QtcGFzcw=="),
        ("fetch.sh", 'curl "https://api.weatherly.io/v1/now?token=8c1f0b77e2d94a36b5f0c8d2e1a7b934"\n', None),
        ("db.py", 'connect(user="app", password="Q7v=")\n', "Q7v="),
    ],
)
def test_beside_the_twenty_ninth_audit_classes_still_redacted(path, text, value):
    values = [v for tag, v in found(text, path) if tag in ("KEY", "PASSWORD")]
    assert values and (value is None or value in values), found(text, path)


# Beside held-out 29's recall classes, still no credential: a UUID after a lower-case word and "key", a key of data
# after a proper name; and no password: an encryption key below a closed block that set an SSID (a Wi-Fi passphrase
# is the block's own).
@pytest.mark.parametrize(
    "path, text, tags",
    [
        (
            "NOTES.md",
            "Rows are fetched by the lookup key 3f0e8c3a-51d2-4b7e-9f61-2c4d8a7b9e10 from the cache.\n",
            ("KEY", "PASSWORD"),
        ),
        ("NOTES.md", "The Primary key 5d41402abc4b2a76b9719d911017c592 identifies the row.\n", ("KEY", "PASSWORD")),
        (
            "device.yaml",
            'wifi:\n  ap:\n    ssid: "Fallback"\n\napi:\n  encryption:\n    key: "rlE5cYw0fbqQ8gHuCjS1oA=="\n',
            ("PASSWORD",),
        ),
    ],
)
def test_data_keys_and_keys_below_another_blocks_ssid_stay(path, text, tags):
    assert [value for tag, value in found(text, path) if tag in tags] == [], found(text, path)


# Audit 29's address classes: the tail of a percent-encoded address, a library's four-part version among other
# packages' versions on its line.
@pytest.mark.parametrize(
    "path, text",
    [
        ("test_ssdp.py", '        "http://%31%30%38.1.2.3/desc.xml",\n'),
        ("README.md", "| size | foo 1.5.1 + numpy 2.5.3 + blpapi 3.26.8.1 = 130 MiB |\n"),
        ("NOTES.md", "Tested with grpcio 1.62.1, protobuf 4.25.3 and libfoo 2.14.0.7.\n"),
    ],
)
def test_percent_encoded_tails_and_listed_package_versions_stay(path, text):
    assert [value for tag, value in found(text, path) if tag == "IP_ADDRESS"] == [], found(text, path)


# Beside them, still found: an address after "%" used as a field separator, an address after a network word on a
# line that lists versions.
@pytest.mark.parametrize(
    "path, text, value",
    [
        ("MobaXterm.ini", "prod-db=#109#0%87.241.134.10%22%app_rw%%-1%-1%%%\n", "87.241.134.10"),
        ("NOTES.md", "host 5.184.216.34 runs nginx 1.25.3 and redis 7.2.4\n", "5.184.216.34"),
    ],
)
def test_beside_the_version_and_escape_classes_addresses_are_found(path, text, value):
    assert ("IP_ADDRESS", value) in found(text, path), found(text, path)


# Beside it, no login: the framework docs' stand-in after an address.
def test_the_docs_stand_in_after_an_address_stays():
    text = "# factory default (spec only): dev@mail.test / password123\n"
    assert [value for tag, value in found(text, "seeds.rb") if tag == "PASSWORD"] == [], found(text, "seeds.rb")


# Beside it, no community: what it is for, then a word of the sentence.
def test_a_community_for_a_device_then_a_word_stays():
    text = "The snmp community for each agent is configurable.\n"
    assert [value for tag, value in found(text, "NOTES.md") if tag == "PASSWORD"] == [], found(text, "NOTES.md")


# Audit 30's classes: chained subscripts, a requirement's version range, a topic's path of names and ids, an SPDX
# licence id under a licence key's name, a URL listed beside a URL with credentials, a compose file's escaped
# variable, a value with one part masked, a format's prefix with nothing after it, a number in a numbered field, the
# verb "pass" before a command, a class name beside its module path.
@pytest.mark.parametrize(
    "path, text",
    [
        ("guide.rst", "\n    pw1 = feats[i+1][0]\n"),
        ("guide.rst", "\n    password = cols[j][2]\n"),
        ("CHANGELOG.md", "- One runtime dependency: `requests>=2.31,<3`\n"),
        ("NOTES.md", "- Sole runtime dependency: `pydantic>=2.5,<3`\n"),
        ("AGENTS.md", "- Key: `R/b827eb0c11aa/solarcharger/288/Yield/Power`\n"),
        ("AGENTS.md", "- Secret topic: `home/f0a1b2c3d4e5/alarm/7/Armed`\n"),
        ("licence.yml", "spdx_license_key: MPL-2.0-no-copyleft-exception\n"),
        ("licence.json", '  "spdx_license_key": "LGPL-2.1-or-later",\n'),
        ("compose.yml", "      test: pg_isready -U $$POSTGRES_USER --password=$$POSTGRES_PASSWORD\n"),
        ("README.md", 'access_token = "ABXXXXXXXC-100:eyJhbGciOiJI"\n'),
        ("README.md", 'access_token = "XAXXXXXXXB-100:eyJhbGciOiJIUzI"\n'),
        ("test_api.py", '    client = Client(api_key="pk_test", api_secret="rk_live")\n'),
        ("test_hooks.py", '    signing_secret = "whsec_1"\n'),
        ("fixture.json", '  "password7": "-51.5143732",\n'),
        ("fixture.json", '  "password9": "-12.49871",\n'),
        ("CONTRIBUTING.md", "3. Make sure all tests pass: `make lint test`, then push.\n"),
        ("CONTRIBUTING.md", "4. Check that the docs builds pass: `sphinx-build docs out`\n"),
        ("sigv4.py", '    """Checked against ``botocore.auth.S3SigV4QueryAuth`` / ``SigV4QueryAuth``."""\n'),
    ],
)
def test_audit_30_code_and_stand_in_classes_stay(path, text):
    assert [value for tag, value in found(text, path) if tag in ("KEY", "PASSWORD")] == [], found(text, path)


def test_a_url_listed_beside_a_url_with_credentials_stays():
    text = '    "url", ["https://bob:hunter22@svc.example.org", "https://svc/?page=2"]\n'
    assert [value for tag, value in found(text, "test_client.py") if tag == "PASSWORD"] == ["hunter22"]


# Beside them, still found: a password with a symbol and digits, a masked-looking key that is random, a key after a
# vendor's prefix, a password under "pass" joined to its name, an address with credentials, a real number-less
# password under a numbered field.
@pytest.mark.parametrize(
    "path, text, value",
    [
        ("guide.rst", "    password = Kx9[v]!2q\n", "Kx9[v]!2q"),
        ("settings.py", 'api_secret = "sk_live_4eC39HqLyjWDarjtT1zdp7dcQx9"\n', "sk_live_4eC39HqLyjWDarjtT1zdp7dcQx9"),
        ("NOTES.md", "db pass: `tr0mbone Gallop 7`\n", "tr0mbone Gallop 7"),
        ("fixture.json", '  "password2": "Lisbon.Harbour.1987",\n', "Lisbon.Harbour.1987"),
        ("docs.md", "- Key: `Zq8Xw2/Lp4Rt7Vb1Nm/Ks6Hd9Fg3Jc0`\n", "Zq8Xw2/Lp4Rt7Vb1Nm/Ks6Hd9Fg3Jc0"),
    ],
)
def test_beside_the_audit_30_classes_secrets_are_found(path, text, value):
    assert any(found_value == value for _, found_value in found(text, path)), found(text, path)


# Beside held-out 30's recall classes, still no credential: a network's name under its word, a key of data under a
# lower-case word or "Primary", LOGIN in prose, Basic credentials that are a word.
@pytest.mark.parametrize(
    "path, text",
    [
        ("NOTES.md", "| Wi-Fi | `HomeNet5G` |\n"),
        ("office.txt", "Office\n=====\nWi-Fi\nGuestNetwork\n"),
        ("NOTES.md", "- lookup key: 3f0e8c3a-51d2-4b7e-9f61-2c4d8a7b9e10\n"),
        ("NOTES.md", "| Primary key | `3f0e8c3a-51d2-4b7e-9f61-2c4d8a7b9e10` |\n"),
        ("NOTES.md", "Please LOGIN with your account and the password you chose.\n"),
        ("server.py", 'WWW_AUTHENTICATE = "Basic realm=Restricted"\n'),
        ("NOTES.md", "Use Basic authentication for the API.\n"),
    ],
)
def test_beside_held_out_30s_classes_names_and_words_stay(path, text):
    assert [value for tag, value in found(text, path) if tag in ("KEY", "PASSWORD")] == [], found(text, path)


# Beside them, still no password: a ratio after "user", Python's pass after a user, "set" with a title, an app's
# secret without a user in its section (a key).
@pytest.mark.parametrize(
    "path, text",
    [
        ("NOTES.md", "the user input / output2 ratio stays flat\n"),
        ("auth.py", "if user is None: pass\n"),
        ("ui.applescript", 'set title to "Password reset"\n'),
        ("app.ini", "[app]\nclient_id=abc\nsecret=Zq8Xw2Lp4Rt7Vb1NmKs6Hd9F\n"),
    ],
)
def test_beside_the_login_classes_words_and_keys_stay_no_password(path, text):
    assert [value for tag, value in found(text, path) if tag == "PASSWORD"] == [], found(text, path)


# Audit 31's classes: a colour under a phrase's key or in CSS, a digest's name, words then "value", a redirect's route,
# a password read by a command, a type expression, an exchange's instrument key, a protocol's token bytes, words and
# a patterned digit run, a few keys mashed, pyotp's "Hello!" and 0xDEADBEEF, a program's address, a Bitcoin address,
# Solidity's bytes32, a word closing a bracket, Werkzeug's hashes, a shell default in a URL's user, a list of names
# sharing their first word, a field's type, a JVM option.
@pytest.mark.parametrize(
    "path, text",
    [
        ("chart.json", '  "Professional credential": "#3b7dd8",\n'),
        ("README.md", "Style it:\n\n    password-hint: #6b7280;\n"),
        ("sdk.py", '    """\n    Args:\n        password: SHA-256 hash of the share\'s password.\n    """\n'),
        ("test_share.py", '    result = client.copy("c1", "f1", password="md5digest")\n'),
        ("test_store.py", '    vault.secret = "stale-value"\n'),
        ("config.py", 'PASSWORD_RESET_REDIRECT = "accounts.show_signin"\n'),
        ("Makefile", "\ttwine upload --username __token__ --password `cat PYPI-upload-token` dist/*\n"),
        ("lang/mr.js", '{"typeText":"मजकूर","typePass":"पास्वर्ड","typeEmail":"ईमेल"}\n'),
        ("types.py", 'class Trigger(TypedDict):\n    traceKey: "NotRequired[UnsignedInt64AsBase10]"\n'),
        ("orders.py", 'order = Order(instrument_token="BSE_EQ|INE002A01018", qty=1)\n'),
        ("test_frames.py", '    reset_token=b"\\x8f\\x11Q-\\xa0d>}H\\xec\\xb4\\x02z\\x19\\x07U",\n'),
        ("test_client.py", 'client_secret = "acme_live_secret_key_444455556666"\n'),
        ("README.rst", "    private_key='65dfg7df6g57df7gdfgdfg56HJHJ757575FGFGFs',\n"),
        ("test_otp.py", '    "secret": "JBSWY3DPEHPK3PXP",\n'),
        ("constants.py", 'MINT_AUTHORITY = Pubkey.from_string("9xQeWvG816bUx9EPjHmaT23yvVM2ZWbrrpZb9PusVFin")\n'),
        ("README.md", "Tips welcome:\n\nCoffeefund: 1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNa\n"),
        ("SPEC.md", "- `state_root: bytes32?` (optional Merkle root of the outputs)\n"),
        ("kem.py", '    """ss = H(pk|eph) cut to 32 bytes (the KEM shared-secret length)\n    """\n'),
        (
            "data.sql",
            "INSERT INTO user (username, password) VALUES\n  ('demo', 'pbkdf2:sha256:600000$Xk2pQ9aZ$"
            + "3f" * 32
            + "');\n",
        ),
        ("db-init.yaml", '      psql "postgresql://${DB_USER:-app}@db:5432/app" -c "select 1"\n'),
        ("icons.txt", "wifi_find\nwifi_lock\nwifi_password\nwifi_protected_setup\nwifi_proxy\n"),
        ("README.md", "class Order(pydantic.BaseModel):\n    owner_id: pydantic.UUID4\n"),
        ("faq.rst", "   Picked up JAVA_TOOL_OPTIONS: -Dfile.encoding=UTF-8\n"),
    ],
)
def test_audit_31_code_and_stand_in_classes_stay(path, text):
    assert [value for tag, value in found(text, path) if tag in ("KEY", "PASSWORD")] == [], found(text, path)


# Beside them, still found: a password that starts with "#" under a password's name, a key after a vendor's prefix
# and a full stop under a key's label, a URL's password after a plain user, a mashed-looking key of one case, words
# and a random number, a password under a list's label.
@pytest.mark.parametrize(
    "path, text, value",
    [
        ("settings.py", 'DB_PASSWORD = "#5a9e1f"\n', "#5a9e1f"),
        ("NOTES.md", "| key | ser.Zq8Xw2Lp4Rt7Vb1NmKs6Hd |\n", "ser.Zq8Xw2Lp4Rt7Vb1NmKs6Hd"),
        ("db-init.yaml", '      psql "postgresql://app:Xk29!pQzr@db:5432/app"\n', "Xk29!pQzr"),
        ("test_otp.py", '    "secret": "wrn3pqx5uqxqvnqrwrn3pqx5uqxqvnqr",\n', "wrn3pqx5uqxqvnqrwrn3pqx5uqxqvnqr"),
        ("test_client.py", 'secret = "acme_live_secret_key_730194628551"\n', "acme_live_secret_key_730194628551"),
        ("NOTES.md", "db_password\nMurmur-Falcon-82!\n", "Murmur-Falcon-82!"),
    ],
)
def test_beside_the_audit_31_classes_secrets_are_found(path, text, value):
    assert any(found_value == value for _, found_value in found(text, path)), found(text, path)


# Beside held-out 31's stated forms, still no password: a digest under "password ... encrypted", a CSV's row under a
# header that ends in "Password", a dotted name of code after "password is", a hex digest after "the password is".
@pytest.mark.parametrize(
    "path, text",
    [
        ("switch.cfg", 'username "admin" password ' + "3fa9" * 32 + " level 15 encrypted\n"),
        (
            "ros-cli.txt",
            "Name,Guest Password,Admin Name,Admin Password\nLocal,guest,Mica_2088bunting,admin,Plover919\n",
        ),
        ("NOTES.md", "The stored password is config.password_field and is read at start.\n"),
        ("NOTES.md", "The password is 5f4dcc3b5aa765d61d8327deb882cf99 as an MD5 digest.\n"),
    ],
)
def test_beside_held_out_31s_stated_forms_digests_and_rows_stay(path, text):
    assert [value for tag, value in found(text, path) if tag == "PASSWORD"] == [], found(text, path)


# Held-out 31's look-alikes: a GnuPG key's fingerprint under a signing key's name, a default documented as one on its
# line, a token's digest in a log, GeoServer's encrypted passwords.
@pytest.mark.parametrize(
    "path, text",
    [
        ("make.conf", 'BINPKG_GPG_SIGNING_KEY="9A4C0E7B12F3D58A6E0B4C97D21F3A85E6B0C4D7"\n'),
        ("MMDVM.ini", "[DMR Network]\n# Password=passw0rd   <- default, do not use\n"),
        (
            "SchedLog",
            "DC_AUTHENTICATE: invalid POOL password; expected hash for token 9e107d9d372bb6826bd81d3542a419d6\n",
        ),
        ("datastore.xml", "  <!-- previous passwd (encrypted): crypt1:Kq7vXr2mZpL9wT4nHs8yBd3f -->\n"),
        ("datastore.xml", '    <entry key="passwd">crypt2:Kq7vXr2mZpL9wT4nHs8yBd3fQ1e6Ua0c</entry>\n'),
    ],
)
def test_held_out_31s_lookalikes_stay(path, text):
    assert [value for tag, value in found(text, path) if tag in ("KEY", "PASSWORD")] == [], found(text, path)


# Beside them, still found: a GnuPG passphrase, a password on the line above a documented default, a token after
# "the token is".
@pytest.mark.parametrize(
    "path, text, value",
    [
        ("make.conf", 'BINPKG_GPG_PASSPHRASE="Lorikeet-Tern-78"\n', "Lorikeet-Tern-78"),
        (
            "MMDVM.ini",
            "[DMR Network]\nPassword=Bramble.Parnu.2004\n# Password=passw0rd   <- default\n",
            "Bramble.Parnu.2004",
        ),
        ("SchedLog", "the new pool token is Zq8Xw2Lp4Rt7Vb1NmKs6Hd9Fg3Jc0Qw5\n", "Zq8Xw2Lp4Rt7Vb1NmKs6Hd9Fg3Jc0Qw5"),
    ],
)
def test_beside_held_out_31s_lookalikes_secrets_are_found(path, text, value):
    assert any(found_value == value for _, found_value in found(text, path)), found(text, path)


# Beside the vendor keys after a colon, still no key: YAML's "key:" under a lower-case parent, a commit's digest under
# its word, a .netrc's password under an ordinary login.
@pytest.mark.parametrize(
    "path, text, tag",
    [
        ("ci.yaml", "cache:\n  key: Zq8Xw2Lp4Rt7Vb1NmKs6Hd9F\n", "KEY"),
        ("NOTES.md", "- Commit key: 3f2a9c0d4e5b6a7c8d9e0f1a2b3c4d5e6f7a8b9c\n", "KEY"),
        (".netrc", "machine h.example.org\nlogin bob\npassword Kx8pQ2mZ7v\n", "KEY"),
    ],
)
def test_beside_the_vendor_keys_after_a_colon_nothing_is_a_key(path, text, tag):
    assert [value for found_tag, value in found(text, path) if found_tag == tag] == [], found(text, path)


# Beside the chat forms, still no password: a network's name after "wifi", an auth scheme and its realm, a host and
# port after "auth:".
@pytest.mark.parametrize(
    "path, text",
    [
        ("NOTES.md", "WiFi SSID: HomeNet5G-Office\n"),
        ("NOTES.md", "Connect to the wifi network Vodafone-5G-Home2 first.\n"),
        ("NOTES.md", "- wifi: HomeNet5G\n"),
        ("proxy.conf", "# auth: basic:realm\n"),
        ("proxy.conf", "# upstream auth: proxy.internal:3128\n"),
    ],
)
def test_beside_the_chat_forms_names_and_schemes_stay(path, text):
    assert [value for tag, value in found(text, path) if tag == "PASSWORD"] == [], found(text, path)


# Beside the name and value properties, still no secret: a pair under an ordinary name.
def test_beside_the_name_and_value_properties_an_ordinary_name_holds_no_secret():
    text = "cache.key = SESSION_CACHE\ncache.value = Zq8Xw2Lp4Rt7Vb1NmKs6Hd9Fg3Jc0Qw5\n"
    assert [value for tag, value in found(text, "app.properties") if tag in ("KEY", "PASSWORD")] == []


# A name that says its value is no secret ("not" as one of its words) holds none, however random the value: a test's
# decoy beside a real key (C++'s kNotAKey, NOT_A_SECRET, not-a-token). A word that merely holds the letters (a
# notification's key, KNOT_KEY, cannot) says nothing.
@pytest.mark.parametrize(
    "path, text",
    [
        (
            "platform.cpp",
            'static const char* kDebugKey = "1KogyOSa3RUAyanxzbozfztKEszP3sTngk_4WGpR";\n'
            'static const char* kNotAKey = "5ce470bf61909b6ea8dd39a4e8761d6dcfe4522865702e06ef497e5b37b5632d";\n',
        ),
        ("settings.py", 'NOT_A_SECRET_KEY = "d41f8e7a0c2b9e6d5a4c3b2a1f0e9d8c7b6a5f4e3d2c1b0a9f8e7d6c5b4a3f2e"\n'),
        ("config.yaml", "isNotSecret: 9f8e7d6c5b4a3f2e1d0c9b8a7f6e5d4c3b2a1f0e\n"),
    ],
)
def test_a_name_that_says_not_a_secret_holds_none(path, text):
    assert "5ce470bf" not in str(found(text, path))
    assert [value for tag, value in found(text, path) if tag in ("KEY", "PASSWORD") and "1Kogy" not in value] == []


@pytest.mark.parametrize(
    "path, text",
    [
        ("notify.py", 'NOTIFICATION_KEY = "' + KEY_VALUE + '"\n'),
        ("settings.py", 'KNOT_API_KEY = "' + KEY_VALUE + '"\n'),
        ("app.js", 'const notifyToken = "' + KEY_VALUE + '";\n'),
    ],
)
def test_a_name_holding_the_letters_not_still_holds_its_key(path, text):
    assert ("KEY", KEY_VALUE) in found(text, path), found(text, path)


# Beside held-out 32's account forms, still no secret: "pass" after a line that gives no user, a pair whose id is a
# hex digest's slice or whose secret is one case, a path's ".pat", a stream key that names a stream.
@pytest.mark.parametrize(
    "path, text",
    [
        ("notes.txt", "step one\npass Zq8Xw2Lp4Rt7Vb1NmKs6\n"),
        ("notes.txt", "user skins\n\npass Zq8Xw2Lp4Rt7Vb1NmKs6 to the next stage\n"),
        ("notes.txt", "bucket keys: 0123456789ABCDEF0123 / " + "a" * 8 + "b1c2d3e4f5a6b7c8d9e0f1a2b3c4d5e6\n"),
        ("notes.txt", "cache key: ZQ8XW2LP4RT7VB1NMKS6 / zq8xw2lp4rt7vb1nmks6hd9fg3jc0qw5zq8xw2lp\n"),
        ("settings.py", 'sys.path = "/opt/app/lib/site-packages/vendor"\n'),
        ("settings.py", 'glob.pattern = "**/*.py"\n'),
        ("worker.py", 'stream_key = "events:orders:2024"\n'),
    ],
)
def test_beside_held_out_32s_account_forms_no_secret(path, text):
    assert [value for tag, value in found(text, path) if tag in ("KEY", "PASSWORD")] == [], found(text, path)


# Audit 32's classes (round 28). A specification's section numbers in comments: headed by a signature or by words
# with hyphens ("25.4.3.1 Promise(executor)", as core-js cites ECMAScript), or listed with commas; a version in a
# table's version column; a JWT signed with text; letters and digits alternating throughout; a word and a counter; a
# Solana address named by its chain; a status badge's token; an e-mail in the password's place; Django's
# create_user(username, email); a note's container image, requirement, host list and BibTeX braces.
@pytest.mark.parametrize(
    "path, text",
    [
        ("polyfill.js", "  // 25.4.1.5 NewPromiseCapability(C)\n  var f = function (C) {};\n"),
        ("polyfill.js", "    // 21.2.5.8 RegExp.prototype[@@replace](string, replaceValue)\n"),
        ("polyfill.js", "    // 23.2.3.6 Set.prototype.forEach(callbackfn, thisArg = undefined)\n"),
        ("polyfill.js", "      // 23.1.3.4, 23.1.3.8, 23.1.3.11, 23.1.3.12, 23.2.3.5\n"),
        ("polyfill.js", "      // add [@@species], 23.1.2.2, 23.2.2.2\n"),
        ("media.py", "    # 4.15.1.2 Fixed Fields for RFC6570-style Serialization\n    style: str | None = None\n"),
        (
            "NOTICES.md",
            "| Name | Version | License |\n|------|---------|---------|\n| Mozilla Rhino | 1.7.14.1 | MPL-2.0 |\n"
            "| ms.js | 2.1.3 | MIT |\n| Other | `23.4.11.2` | MIT |\n",
        ),
    ],
)
def test_section_numbers_and_table_versions_are_no_addresses(path, text):
    assert tagged(text, path, "IP_ADDRESS") == [], found(text, path)


@pytest.mark.parametrize(
    "path, text, address",
    [
        ("net.py", "# 52.14.3.9 is the gateway\n", "52.14.3.9"),
        ("net.py", "# allowed hosts: 23.1.3.4, 23.1.3.8\n", "23.1.3.4"),
        ("net.py", "# resolvers 23.1.3.9, 41.2.3.7\n", "23.1.3.9"),
        ("hosts.md", "| Name | Address | Role |\n|---|---|---|\n| gw | 52.14.3.9 | gateway |\n", "52.14.3.9"),
    ],
)
def test_beside_section_numbers_addresses_are_found(path, text, address):
    assert address in tagged(text, path, "IP_ADDRESS"), found(text, path)


@pytest.mark.parametrize(
    "path, text",
    [
        ("test_auth.py", 'fake_jwt = "' + HEADER + "." + _segment({"sub": "1234567890"}) + '.c2lnbmF0dXJlMTIzNDU2"\n'),
        (
            "test_auth.py",
            'token = "' + _jwt({"sub": "alice"}).rsplit(".", 1)[0] + "." + _segment(b"fake-signature!") + '"\n',
        ),
        ("docker-compose.yml", "      NEXTAUTH_SECRET: b9e1d4c3a2f7c6d5e4b3a2c1d0e9f8a7\n"),
        (
            "docker-compose.yml",
            "      ENCRYPTION_KEY: a3f1e8c9d6b4a7e2c1f3d5b7e9c8a4b6d7e8f1c2b3a4d5e6f7c8b9a0e1d2f4c3\n",
        ),
        ("settings.py", 'SECRET_KEY = "k2P7q9W4x1Z8m3N6b5V0c7X2"\n'),
        ("test_client.py", 'with Client(api_key="hb_pat_concierge12345678") as client:\n'),
        ("test_client.py", 'client = Client(api_key="acme_live_leakedtoken999999")\n'),
        ("README.md", "S3SDK_ENDPOINT=http://127.0.0.1:19000 \\\nS3SDK_ACCESS_KEY_ID=S3SDKCONFORMANCE0001 \\\n"),
        ("test_client.py", 'ACCESS_KEY = "AKIATESTTESTTESTTEST"\n'),
        ("test_client.py", 'ACCESS_KEY = "AKIAQWERQWERQWERQWER"\n'),
        (
            "test_manager.py",
            '    _token("MICHI", "5mbK36SZ7J19An8jFochhQS4of8g6BwUjbeCSxBSoWdp", chain_id=501000101),\n',
        ),
        ("test_manager.py", '    assert token_info.address == "9xQeWvG816bUx9EPjHmaT23yvVM2ZWbrrpZb9PusVFin"\n'),
        (
            "README.rst",
            ".. image:: https://circleci.com/gh/acme/widgets/tree/main.svg?style=shield&circle-token="
            "df2713973cddc3e211f92f5a235d0de839fd6206\n",
        ),
        ("README.md", "![CI](https://circleci.com/gh/acme/w.png?circle-token=af0f5507adf82a985452af6d95772a6b)\n"),
    ],
)
def test_audit_32_stand_ins_addresses_and_badges_are_no_keys(path, text):
    assert [value for tag, value in found(text, path) if tag in ("KEY", "PASSWORD")] == [], found(text, path)


@pytest.mark.parametrize(
    "path, text, value",
    [
        ("auth.py", 'token = "' + _jwt({"sub": "alice"}) + '"\n', _jwt({"sub": "alice"})),
        (
            "docker-compose.yml",
            "      NEXTAUTH_SECRET: af0f5507adf82a985452af6d95772a6b\n",
            "af0f5507adf82a985452af6d95772a6b",
        ),
        ("client.py", 'client = Client(api_key="hb_pat_Xk3vR9qLm2TzW8pN4sYb")\n', "hb_pat_Xk3vR9qLm2TzW8pN4sYb"),
        ("README.md", "S3_ACCESS_KEY_ID=AKIA2Q5VXRT7LMNB3K4P\n", "AKIA2Q5VXRT7LMNB3K4P"),
        (
            "wallet.py",
            'auth_token = "9xQeWvG816bUx9EPjHmaT23yvVM2ZWbrrpZb9PusVFin"\n',
            "9xQeWvG816bUx9EPjHmaT23yvVM2ZWbrrpZb9PusVFin",
        ),
        (
            "ci.sh",
            'curl "https://circleci.com/api/v1.1/project/gh/acme/w?circle-token=df2713973cddc3e211f92f5a235d0de839fd6206"\n',
            "df2713973cddc3e211f92f5a235d0de839fd6206",
        ),
    ],
)
def test_beside_audit_32s_stand_ins_keys_are_found(path, text, value):
    assert ("KEY", value) in found(text, path), found(text, path)


@pytest.mark.parametrize(
    "path, text",
    [
        ("test_users.py", 'response = api.users.add_user("John Smith", "testrail@ff.com", is_admin=True)\n'),
        ("test_access.py", 'user = django_user_model.objects.create_user("test", "Test1234")\n'),
        ("test_access.py", "admin = User.objects.create_superuser('root', 'Wq8!rT2yzz')\n"),
        ("notes.md", "    services:\n      mysql:\n        image: mysql:8.0\n"),
        ("notes.md", "- Server extra: granian[reload]>=2.6.0\n"),
        ("notes.md", "- Main: django>=6.0,<7.0\n"),
        ("README.md", "```\nDEBUG=True\nALLOWED_HOSTS=localhost,127.0.0.1\n```\n"),
        ("README.md", "- hosts: api.corp.io,db.corp.io:5432\n"),
        ("README.md", "  journal = {arXiv preprint arXiv:2509.24650},\n  year    = {2025},\n"),
    ],
)
def test_audit_32s_account_and_note_forms_hold_no_password(path, text):
    assert [value for tag, value in found(text, path) if tag in ("KEY", "PASSWORD")] == [], found(text, path)


@pytest.mark.parametrize(
    "path, text",
    [
        ("test_access.py", 'user = User.objects.create_user("alice", "alice@corp.io", "Wq8!rT2yzz")\n'),
        ("test_access.py", 'normal = get_user_model().objects.create_user(USERNAME, "a@corp.io", "Wq8!rT2yzz")\n'),
        ("test_login.py", 'client.login("alice", "Wq8!rT2yzz")\n'),
        ("notes.md", "- image: postgres:16.2\n- Passwort: Wq8!rT2yzz\n"),
        ("ref.bib", "  journal = {arXiv preprint arXiv:2401.01234},\n  password: Wq8!rT2yzz\n"),
    ],
)
def test_beside_audit_32s_forms_passwords_are_found(path, text):
    assert ("PASSWORD", "Wq8!rT2yzz") in found(text, path), found(text, path)


# ------------------------------------------------------------------------------------------------- round 30 (audit 33)
def _b64(text: str) -> str:
    return base64.b64encode(text.encode()).decode()


# Key material that is the base64 of words ("secret-one-for-the-tests"), after a token format's prefix or not: a
# stand-in typed for a demo; random bytes of the same shape are still a key.
@pytest.mark.parametrize(
    "text",
    [
        'const SECRET = "whsec_{}";'.format(_b64("secret-one-for-bioflow-tests")),
        '"secret": "whsec_{}",'.format(_b64("an-entirely-different-secret")),
        '        "key": "{}",  # 32 bytes, base64url'.format(_b64("snapadmin-demo-key-not-a-secret!")),
        'WEBHOOK_SECRET = "whsec_{}"'.format(_b64("secret-value-here")),
    ],
)
def test_base64_of_words_stays(text):
    assert not tagged(text, "settings.py", "KEY"), found(text, "settings.py")


@pytest.mark.parametrize("prefix", ["whsec_", ""])
def test_random_base64_after_a_format_prefix_is_redacted(prefix):
    value = prefix + base64.b64encode(bytes(range(7, 250, 11))).decode()
    text = f'WEBHOOK_SECRET = "{value}"'
    assert tagged(text, "settings.py", "KEY"), found(text, "settings.py")


# A value that says what it is: a key's own words inside it (a test's "test_api_key_...", a README's
# "your-llm7-api-key"), a published key ("sb_publishable_..."), a public key's DER header, a Django system check's id,
# a social security number, the words of the name it is given (a session's key named by its own name).
@pytest.mark.parametrize(
    "path, text",
    [
        ("test_client.py", 'client = SmsAero("admin@smsaero.ru", "test_api_key_lX8APMlgliHvkHk04i7")'),
        ("README.md", 'export LLM7_API_KEY="your-llm7-api-key"'),
        ("auth.py", 'DEFAULT_ANON_KEY = "sb_publishable_3w4t3sqpS1FL3vhUO_fcWQ_kZcVazNl"'),
        ("test_client.py", '    {"id": "key-1", "key": "MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA..."}'),
        ("checks.py", 'REQUIRED = (("STRIPE_SECRET_KEY", "mvp_payments_stripe.E001"),)'),
        ("test_cipher.py", 'SECRET = "123-45-6789"'),
        ("twofa.py", "PRE_2FA_USER_ID_SESSION_KEY = 'pre_2fa_user_id'"),
        ("twofa.py", "LoginStartedAtSessionKey = 'login.started.at'"),
        ("settings.py", '    "password": "rest_framework.serializers.CharField",'),
        ("policy.json", '    "PASSWORD": "mask",'),
        ("policy.json", '    "PASSWORD": "replace",'),
        ("status.json", '    "encryptPwd": "hashed",'),
        ("compose.yml", "#   Generate: echo $(htpasswd -nb admin yourpassword) | sed -e 's/\\$/\\$\\$/g'"),
    ],
)
def test_values_that_say_what_they_are_stay(path, text):
    assert not [value for tag, value in found(text, path) if tag in ("KEY", "PASSWORD")], found(text, path)


@pytest.mark.parametrize(
    "path, text, value",
    [
        ("mail.eml", "Your live API key is: pdl_live_apikey_7fl76hhy1t4tmuf0jjpadckjff_LKNHIE7qgtU9", "pdl_live_"),
        ("settings.py", 'SESSION_KEY = "x8Kq2_vT9pL_m4Wz"', "x8Kq2_vT9pL_m4Wz"),
        ("compose.yml", "echo $(htpasswd -nb admin Qv7-tR2x!p) | sed -e 's/x/y/'", "Qv7-tR2x!p"),
        ("settings.py", 'DB_PASSWORD = "Kx9.Willow.Ny"', "Kx9.Willow.Ny"),
    ],
)
def test_credentials_beside_those_shapes_are_redacted(path, text, value):
    assert any(found_value.startswith(value) for _, found_value in found(text, path)), found(text, path)


# A dotted quad between decimals is a path's coordinates run together (minified SVG and icon fonts); one between
# versions an upgrade's; one after a standard's number a section's. Addresses beside them are still addresses.
@pytest.mark.parametrize(
    "text",
    [
        '<path d="M1 2c1.47 4.15.86 1.66 1.78 3.34 3.18 4.62.85.77 1.97 1.4 3.15"/>',
        "icon:'M12 4c6.06-19.2 1.6-2.34 6.62-4.7 8.82-4.15.88.22 4.16-.35 7.37-1.28'",
        "2.66-1.35 3.45-2.57-2.7-14.9.7.6 1.5 1.2 2.2 1.8",
        "- fastmcp: 2.13.0.2 → 2.14.3 - poethepoet: 0.38.0",
        "- uvicorn: 0.38.0 -> 23.1.0.4 (pinned)",
        "# ECMA-262 7.1.12.1 steps 6 and 8: outside this exponent window",
    ],
)
def test_quads_among_decimals_versions_and_sections_stay(text):
    assert not tagged(text, "icons.js", "IP_ADDRESS"), found(text, "icons.js")


@pytest.mark.parametrize(
    "text, address",
    [
        ("IP: 145.254.160.237 -> 216.239.59.99   (len=761 ttl=128)", "216.239.59.99"),
        ("masquerading 192.168.141.200 -> 207.85.133.233", "207.85.133.233"),
        ("allow 1.2 203.0.113.5 198.51.100.7 145.254.160.237 5.5", "145.254.160.237"),
        ("upstream 8.9.10.11 1.5 (weight)", "8.9.10.11"),
    ],
)
def test_addresses_beside_numbers_and_arrows_are_redacted(text, address):
    assert address in tagged(text, "notes.txt", "IP_ADDRESS"), found(text, "notes.txt")


# A note's colour, a list of three or more names parted by " / ", a URL built from a shell variable: no credentials.
@pytest.mark.parametrize(
    "path, text",
    [
        ("architecture.md", "    style VALID fill:#90EE90\n    style ERR1 fill:#FFB6C1\n"),
        ("README.md", "offsite over FTPS / SFTP / S3-compatible, optionally encrypted\n"),
        ("release.txt", "a base install is now fully permissive (MIT / BSD / Apache-2.0) by default\n"),
        ("index.html", 'curl -H "Authorization: Token $TOKEN" "$BASE/models/demo/Product/?page=2"\n'),
        ("index.html", 'curl -s -H "Authorization: Token $TOKEN" "${API_ROOT}/models/?page_size=1"\n'),
    ],
)
def test_colours_lists_and_built_urls_stay(path, text):
    assert not [value for tag, value in found(text, path) if tag in ("KEY", "PASSWORD")], found(text, path)


@pytest.mark.parametrize(
    "path, text, value",
    [
        ("notes.md", "Vendor portal login ops.lead@corp-mail.io / Rowan.Sitka.1992\n", "Rowan.Sitka.1992"),
        ("config.exs", 'api_key: "$aact_u514H4Nwnb5GxK0vHB4CJM5aE6cZ4Y9VTI6b5/wVRtOpTNqw6th0G0RHcJfx3pq"\n', None),
    ],
)
def test_a_login_and_a_key_beside_those_forms_are_redacted(path, text, value):
    secrets = [found_value for tag, found_value in found(text, path) if tag in ("KEY", "PASSWORD")]
    assert (value in secrets) if value else secrets, found(text, path)


# ------------------------------------------------------------------------------------------------- round 32 (audit 34)
# An interface's text in any language naming the secret it asks for, a locale's tag, a utility class, a number with
# separators, a format's prefix with a filler, a file named by its language and hash, a stand-in pasted from one
# piece, a Solana account beside its mint, words and numbers joined under a label that names no secret, a donation
# address under its coin's name.
@pytest.mark.parametrize(
    "path, text",
    [
        ("nl.json", '"ui.panel.profile.change_password.new_password":"Nieuw wachtwoord",'),
        ("zh.json", '"ui.panel.page-onboarding.user.data.password_confirm":"确认密码",'),
        ("ru.json", '"ui.panel.profile.long_lived_access_tokens.prompt_copy_token":"Скопируйте Ваш токен доступа.",'),
        ("locales.js", 'mpv:"mpv-Latn-PG",mpw:"mpw-Latn-BR",mpx:"mpx-Latn-PG"'),
        ("formatters.py", 'RESULT_BORDER_MAP = {\n    "PASS":    "border-l-emerald-500",\n}'),
        ("formatters.py", 'RESULT_BADGE_MAP = {"PASS": ("bg-emerald-100", "text-emerald-800")}'),
        ("test_sdk.py", 'secret = "whsec_123"'),
        ("test_resources.py", '"signing_secret": "wsk_abc",'),
        ("test_factory.py", 'create_client(api_key="", api_secret="nps_test_x")'),
        ("SOURCES.txt", "hass_frontend/static/translations/mailbox/sk-5925db5b3d36bcd1c5daed047daf5180.json.gz"),
        ("test_client.py", '{"merchant_private_key_base64": "bm90LWEta2V5"},'),
        (
            "jupiter.py",
            '>>> private_key_string = "tSg8j3pWQyx3TC2fpN9Ud1bS0NoAK0Pa3TC2fpNd1bS0NoASg83TC2fpN9Ud1bS0NoAK0P"',
        ),
        (
            "jupiter.py",
            "'dcaKey': 'FTG9eN99uJJBqBtcz1bR6pGfj2Pb3yNAZmGYXggcAgio',\n"
            "'inputMint': 'So11111111111111111111111111111111111111112',",
        ),
        ("README.md", "Instance ID: positive-peach-goat\nGPU Model: NVIDIA-GeForce-RTX-4090\nGPU Count: 1\n"),
        ("README.md", "**You can say Thanks:**\n\nUSDT (Tron TRC20): TEHaXZX7KLjAm4eLWdf4VKfsqRUQpv8fTT\n"),
        ("README.md", "| Tests passing | 2,200+ |\n"),
    ],
)
def test_interface_text_tags_fillers_and_addresses_stay(path, text):
    assert not [value for tag, value in found(text, path) if tag in ("KEY", "PASSWORD")], found(text, path)


@pytest.mark.parametrize(
    "path, text, value",
    [
        (
            "postmortem.md",
            "the Baichuan key used by the summariser (`sk-95d7fdfdcc4a1ebd3c4605564cb4ed98`).",
            "sk-95d7fdfdcc4a1ebd3c4605564cb4ed98",
        ),
        ("test_auth.py", '"password": "bogus password2"', "bogus password2"),
        ("test_conn.py", '"webdav_password": "secret1234",', "secret1234"),
        (
            "main.tf",
            'api_token = "2BavzpPdp7FpFqD1rp5BFCzSkHRNBFPQmCvvg3k5"\nprovider "vault" {\n  address = "https://vault"',
            "2BavzpPdp7FpFqD1rp5BFCzSkHRNBFPQmCvvg3k5",
        ),
        (
            "fixtures.json",
            '"token": "zaRC3v8z_HXq6QpT.AQAAAAAAAAAAB3Nlc3Npb24=.0kZOt2oIdjAPxYFbRE9RBC97xgiiSkuJD6fD5uWtSBQ6a",',
            "zaRC3v8z",
        ),
        ("env.md", "```\nAPP_ID=KettleboroughONS_O0CdNHAGMT4pC6IH\n```\n", "KettleboroughONS_O0CdNHAGMT4pC6IH"),
        (
            "mnemonic.py",
            'mnemonic = "gravity machine north sort system female filter attitude volume fold club stay"',
            "gravity",
        ),
    ],
)
def test_credentials_beside_round_32s_shapes_are_redacted(path, text, value):
    assert_a_secret_starts_with(value, text, path)


# Section numbers of two editions parted by " / " before their heading, or before a member's name; coordinates run
# together in path data after a fraction.
@pytest.mark.parametrize(
    "text",
    [
        "// 19.1.2.2 / 15.2.3.5 Object.create(O [, Properties])\n",
        "  // 22.1.3.18 / 15.4.4.21 Array.prototype.reduce(callbackfn [, initialValue])\n",
        "// 20.1.2.10 Number.MIN_SAFE_INTEGER\n",
        "// 19.4.3.5 Symbol.prototype[@@toStringTag]\n",
        '<path d="M3.8 0 7.1 11.9.3.6-.3.8-2 .2-2.4l-2.4-.3"/>',
    ],
)
def test_section_numbers_of_two_editions_and_run_together_coordinates_stay(text):
    assert not tagged(text, "bundle.js", "IP_ADDRESS"), found(text, "bundle.js")


# ------------------------------------------------------------------------------ audit 35's false detections (round 33)
# Interface text in any script under a token's name (a number inside too), a stored object's path, a verifying key,
# a word inside a longer name before a format's common prefix, a log's records under one command word, a path, a
# date or a name's pattern under a label, an action pinned to its commit, a package's name and a document's path
# after "API", a Basic credential of OAuth's field names, an INI setting named by several words, an X.509 name, a
# variable's expansion, algorithm names, a path joined in code, a list of login methods, versions, a file's line,
# routes and Windows paths given to an auth pair, and versions in archives' names, beside the versions they replace
# and URL-encoded path decimals.
@pytest.mark.parametrize(
    "path, text",
    [
        ("translations/ru.json", '  "cmd.profile.local_token": "  🔐  Локальный токен: {value}",\n'),
        ("translations/ru.json", '  "cmd.zones.missing_key": "  ❌  Зона {idx}: отсутствует поле \'{key}\'",\n'),
        (
            "translations/uk.json",
            '  "cli.token.option_get_token": "    • Запустіть: python3 get_token.py  (вхід через браузер)",\n',
        ),
        ("tests/test_seq.py", '    assert objects[0].key == "public.product/2021-04-26T09:00:00.csv"\n'),
        (
            "state.py",
            "                'verify_key': '5b1f0c93e7a2d4486fe1a07c3d92b5e84a6c1f07d39e2b58c04a7f16e3d9b2a5',\n",
        ),
        ("tests/test_key.py", 'KEY = "ph_live_example_key_5Kq2Wm8ZtR4bXn6VcLd1"\n'),
        (
            "tests/sites/api.txt",
            "mkdir:docs#1\nmkdir:tests#1\nmkdir:src/demo#1\nwrite:.envrc#1\nwrite:CHANGELOG.md#1\nwrite:pyproject.toml#1\n",
        ),
        ("README.rst", "  STORAGE_DATA=/var/folders/7k/pwdhb_mj2cv4zyr0kyrlzjx40000gq/T/tmpVreJ0J\n"),
        ("doc/backup_howto.txt", "set cutoff=d:1-1-1980\n"),
        ("README.md", "    - bus_name: org.mpris.MediaPlayer2.*\n"),
        ("spec.md", "| S3PA-022 Client Options Passthrough   | S3-021    |\n"),
        (
            ".github/workflows/a.yml",
            "        uses: actions/create-github-app-token@" + "64ab729a6294000f5aa4" * 2 + "  # v3.3.0\n",
        ),
        ("connector.py", "    Secure SharePoint Online API Connector using Office365-REST-Python-Client.\n"),
        ("rfc.md", "- Store API: `sdd/specs/001-store-api`.md\n"),
        ("conn.py", '        "Authorization": "Basic ' + base64.b64encode(b"clientId:clientPass").decode() + '",\n'),
        (
            "tests/data/nport_config.ini",
            "Login Prompt=ogin:\nPassword Prompt=assword:\nPassword Minimum Length=4\nPassword #22=\n"
            "Mail Password Change=0\n",
        ),
        ("models.html", "        upload_secret:      HMAC-SHA256 secret used to sign upload tokens\n"),
        ("cacerts.txt", "# Subject: CN=Buypass Class 2 Root CA O=Buypass AS-983163327\n"),
        ("mutation.yml", '            "${SFTP_USER}:${SFTP_PASS}:::upload"\n'),
        ("files.py", "        localpath = (current.repo_root / filepath[2:]).resolve()\n"),
        ("README.md", "this makes it possible to login with passkeys / fido2 / webauthn / yubikey / ldap\n"),
        ("CHANGELOG.md", "**Audio/Intrusion/WiFi commands (cross-port from HA v12.7.0).** `bosch audio`\n"),
        ("AUDIT.md", "**W1 — Shared link password comparison is not timing-safe** (`engine.py:725`)\n"),
        ("docs/auth.md", "5. **Password Hashing**: Argon2id hashes for passwords and API key\n"),
        ("test_agent_api.py", "            'auth': ('GET', '/auth/providers'),\n"),
        ("README.md", '$env:GOOGLE_APPLICATION_CREDENTIALS="C:\\path\\to\\credentials.json"\n'),
    ],
)
def test_round_33_look_alikes_stay(path, text):
    assert not tagged(text, path, "KEY") and not tagged(text, path, "PASSWORD"), found(text, path)


@pytest.mark.parametrize(
    "path, text",
    [
        ("composer.json", '                "version_normalized": "12.11.1.0",\n'),
        ("index.html", '<a href="patch-iptables-1.4.12.2-1.4.13.bz2">patch-iptables-1.4.12.2-1.4.13.bz2</a>\n'),
        ("CHANGES.rst", "  Updates `pkginfo` from 1.11.1 to 1.12.1.2\n"),
        ("CHANGES.rst", "  | [pkginfo](https://code.launchpad.net/pkginfo) | `1.11.1` | `1.12.1.2` |\n"),
        ("src.html", "q-.46.54-.46%201.18%200%20.64.46%201.18.48.52%201.2.52.74%200%201.24\n"),
    ],
)
def test_round_33_versions_and_path_decimals_stay(path, text):
    assert not tagged(text, path, "IP_ADDRESS"), found(text, path)


# The same shapes holding credentials and addresses are still found.
@pytest.mark.parametrize(
    "path, text, value",
    [
        ("notes.md", "write: the deploy token is 7Gq2LmX9pZ4rT8vK1wY6\n", "7Gq2LmX9pZ4rT8vK1wY6"),
        (
            "fluent-bit.conf",
            "    HTTP_User    fluent\n    HTTP_Passwd  C3Do7acI=kCv7=eDJ2xy1qG\n",
            "C3Do7acI=kCv7=eDJ2xy1qG",
        ),
        ("bridge.conf", "remote_username grafana\nremote_password ember=CANYON2\n", "ember=CANYON2"),
        (
            "conn.py",
            '        "Authorization": "Basic ' + base64.b64encode(b"svc:Kx9!mQ2vLp7").decode() + '",\n',
            "c3Zj",
        ),
        (
            "notes.md",
            "- clef: 2wrdjienzICGlkDnfCbOM0eQh/JV2b/pOfNI4D0F3pPY\n",
            "2wrdjienzICGlkDnfCbOM0eQh/JV2b/pOfNI4D0F3pPY",
        ),
        ("incident.md", "The stream key `dtwb-xllu-eoy3-zmuw-tgn8` and\n", "dtwb-xllu-eoy3-zmuw-tgn8"),
    ],
)
def test_credentials_beside_round_33s_shapes_are_redacted(path, text, value):
    assert_a_secret_starts_with(value, text, path)


@pytest.mark.parametrize(
    "text",
    [
        "prod-db=#109#0%87.241.134.10%22%app_rw%%-1%-1%%%\n",
        "firewall from 10.0.0.1 to 93.184.216.34\n",
        "| host | 93.184.216.34 |\n",
    ],
)
def test_addresses_beside_round_33s_shapes_are_found(text):
    assert tagged(text, "MobaXterm.ini", "IP_ADDRESS"), found(text, "MobaXterm.ini")


# Base64 of sequential digits or of a stand-in word, and a PEM body shorter than any private key's, are typed for
# tests and examples.
@pytest.mark.parametrize(
    "path, text",
    [
        (
            "tests/util.py",
            "TEST_ENCRYPTION_KEY_S3 = b'" + base64.b64encode(b"1234567890" * 3 + b"12").decode() + "'\n",
        ),
        (
            "tests/test_env.py",
            '    "AccountName=realaccount;AccountKey=' + base64.b64encode(b"fakekey").decode() + ';"\n',
        ),
        (
            "models.py",
            '    "private_key": "-----BEGIN PRIVATE KEY-----\\\\nf5RDfS3aRzGyjcKsRLqQfpDWalRVgTWgpMhZwmdoZPk'
            'WFi3EPw1BmM\\\\n-----END PRIVATE KEY-----\\\\n",\n',
        ),
    ],
)
def test_round_33_test_stand_ins_stay(path, text):
    assert not tagged(text, path, "KEY"), found(text, path)


# Stripe's publishable keys are shipped in every page that takes a payment; its secret keys are not.
def test_publishable_payment_keys_stay_and_secret_ones_are_redacted():
    text = "STRIPE_KEY = 'pk_live_CUQtlpQUF0vufWpnpUmQvcdi'\nSTRIPE_SECRET = 'sk_live_4eC39HqLyjWDarjtT1zdp7dc'\n"
    assert tagged(text, "payments.py", "KEY") == ["sk_live_4eC39HqLyjWDarjtT1zdp7dc"], found(text, "payments.py")


# ------------------------------------------------------------------------------ audit 36's false detections (round 34)
# An f-string's field building the value, words and numbers under a token's name, a key file's path, a stand-in word
# glued inside a format's random part, a Basic credential of a sequential test user, names listed with "/" and a
# job's dated name under labels, a function's name after "API", JSON's escaped words, an event's snake name, a
# record's id, a script's keyword, a data file's name, a class beside its variant.
@pytest.mark.parametrize(
    "path, text",
    [
        ("src/samples.py", '        f"OPENAI_API_KEY=sk-{g(_ALNUM, 20, rng)}T3BlbkFJ{g(_ALNUM, 20, rng)}",\n'),
        ("stats.py", '            "token_reduction": "-50.5% (960 vs 1940 tokens)",\n'),
        ("tests/test_git.py", '            "another repo\'s key": ("~/.ssh/id_ed25519_github_juniper-ml",),\n'),
        ("tests/test_error_redaction.py", 'SECRET = "sk_live_51H8xSECRETLEAKED"\n'),
        ("tests/test_redact.py", '        line = "API_KEY=sk_test_secretvalue12345678"\n'),
        (
            "test/test_hmac.py",
            '            "Authorization": "Basic '
            + base64.b64encode(
                b"DIABCDEFGHIJKLMNOPQR:c454639d75b4e3d99b8b1d5e41cd7bb2d2d8ba55f6811f786dfb0edd"
            ).decode()
            + '",\n',
        ),
        (
            "CHANGELOG.md",
            "    manual proxy via the WinHTTP API (`WinHttpGetIEProxyConfigForCurrentUser`) respects it\n",
        ),
        ("examples/TRAINING.md", "      Status: success\n      Job: xgboost-training-20260114-123456\n"),
        ("openapi.json", '"description": "le mot de passe de l\'utilisateur est \\u00e9galement requis",\n'),
        (
            "openapi.json",
            "* `password_reset_complete` - Password Reset Completed\\n* `2fa_enabled` - 2FA Enabled\\n\n",
        ),
        ("i18n.py", '    # password reset (ADR-0032)\n    "Email",\n'),
        ("tests/test_scale.py", '    assert result.read_streams == (\n        ("pass1", "codes.dbf"),\n    )\n'),
        ("tests/test_server.py", '    """OAuth2DataLoader / MemoryOAuth2DataLoader 测试。"""\n'),
    ],
)
def test_round_34_look_alikes_stay(path, text):
    assert not tagged(text, path, "KEY") and not tagged(text, path, "PASSWORD"), found(text, path)


# The same shapes holding credentials are still found.
@pytest.mark.parametrize(
    "path, text, value",
    [
        (
            "keys.txt",
            "AGE-SECRET-KEY-19QKU9ZLGEQNRGMWV6SAQ4L94J5AG2UUSP5PSS3DKFNNJQJRA7EUGTC3EFZ\n",
            "AGE-SECRET-KEY-1",
        ),
        ("supabase/.env", "SB_SECRET_KEY=sb_secret_KSjPlNT36YMhbsttOBHrpWE_4g2WcyZ\n", "sb_secret_KSjP"),
        (
            "wallet.py",
            'mnemonic = "gravity machine north sort system female filter attitude volume fold club stay"\n',
            "gravity",
        ),
        ("proxy/pki.py", "    parser.add_argument('--password', default='proxy.py', help='Password')\n", "proxy.py"),
    ],
)
def test_credentials_beside_round_34s_shapes_are_redacted(path, text, value):
    assert_a_secret_starts_with(value, text, path)


# ------------------------------------------------------------------------------ audit 37's false detections (round 35)
# A PEM body of one repeated piece, a model's name and tag and a numbered item's id under labels, a subscript before
# a comma, a short hex constant, storage schemes joined by "+".
@pytest.mark.parametrize(
    "path, text",
    [
        (
            "tests/test_canary.py",
            'PEM = (\n    "-----BEGIN RSA PRIVATE KEY-----\\n"\n'
            '    "CANARYPRIVATEKEYCANARYPRIVATEKEYCANARYPRIVATEKEYCANARYPRIV0123\\n"\n'
            '    "-----END RSA PRIVATE KEY-----"\n)\n',
        ),
        ("README.md", "# Pull models\nollama pull qwen2.5:7b-instruct\nollama pull mistral-nemo:12b\n"),
        ("README.md", "$ yace-codec tables import groceries.json\nadded: groceries-3:1\nadded: groceries-3:2\n"),
        ("README.md", "result = graph.od_matrix(\n    origins_nodes=nodes[:5],\n    cutoff=30,\n)\n"),
        ("docs/plan.md", "  - Command constants `CMD_READ = 0x01`, `CMD_SET_PWD = 0x5C`\n"),
        ("README.md", "| `kripto` | Keamanan: md5/sha256, base64, password PBKDF2+salt, token (v6.4) |\n"),
    ],
)
def test_round_35_look_alikes_stay(path, text):
    assert not tagged(text, path, "KEY") and not tagged(text, path, "PASSWORD"), found(text, path)


# ------------------------------------------------------------------------------ audit 38's false detections (round 36)
# A record of named fields, a test pattern counted down and up, words of another script joined as a name, two words
# saying the value stands in, a format's shared head alone or with a word, accounting names in Artifactory's shape,
# a short npm stand-in, digests under a file's name or a digest's column, a generated password's fixed prefix, C
# macros naming their strings, names' patterns, a count, a question, a type, a JSON pointer, a description, an app
# password's name, a header's name and value, a query, code, an option's numbered choices, an encoding's name.
@pytest.mark.parametrize(
    "path, text",
    [
        (
            "src/generated/registry.json",
            '  "capabilityKey": "chain:8453|generation:v14|accountRuntime:0x46c9df4c649216ed14062264dcc1c86ac49f'
            '39690a8353640355576665b68097|entryPoint:0x5ff137d4b0fdcd49dca30c7cf57e578a026d2789",\n',
        ),
        ("fixtures/cases.json", '  { "_why": "uppercase hex", "key": "dmk_9F8A7B6C5D4E3F2A1B0C9D8E7F6A5B4C" }\n'),
        ("docs/ko/quickstart.md", 'client = Client(api_key="여기에_3단계에서_복사한_키_붙여넣기")\n'),
        ("docs/ja/quickstart.md", 'client = Client(api_key="ここに_手順3で_コピーした_キーを_貼り付け")\n'),
        ("tests/test_refs.py", 'SECRET_CANARY = "CANARY-SECRET-handle-zc0-ref-safety-9f3e2a"  # noqa: S105\n'),
        ("tests/test_widget.py", '    "BRIEFING_MCP_TOKEN=mcp-secret-CANARY-9f8e7d6c5b4a",\n'),
        ("tests/test_fake.py", 'ACCESS_TOKEN = "test-canary-Xq81bQ2mZ7wE4rT6yU"\n'),
        ("tests/test_fake.py", 'ACCESS_TOKEN = "fake_token_Xq81bQ2mZ7wE4rT6yU"\n'),
        ("tests/test_sig.py", '    signed = sign_get(**VECTOR, session_token="FQoGZXIvYXdzEJr")\n'),
        ("RELEASE.md", "   [pypi]\n     username = __token__\n     password = pypi-AgEIcHlwaS5vcmc...\n"),
        ("tests/test_hooks.py", '    header = sign(body, secret="whsec_loop", timestamp=1_757_332_800)\n'),
        ("tests/test_hooks.py", '    assert verify(sign(BODY, secret="whsec_other")) is False\n'),
        ("src/fields.py", '    ap_ex_rate_interim = ODataField("APExRateInterim")\n'),
        ("src/enums.py", "    APCreditMemo = 'APCreditMemo'\n    APDownPayment = 'APDownPayment'\n"),
        (
            "tests/test_scan.py",
            '    (Path(td) / ".npmrc").write_text("//registry.npmjs.org/:_authToken=npm_abc\\n")\n',
        ),
        (
            "docs/hashes.md",
            "| Draft | SHA256 |\n|---|---|\n"
            "| linux wheel | `38fe80e0ac6e35f045d1dd518da9ca31dab19c2c33c26f1d5a042643c8cdff11` |\n",
        ),
        ("docs/files.md", "| vectors.json | `0f4c199a873e0282779edb50669ce5f4470789c7d41349d75bc2d8a9a9a4a85a` |\n"),
        ("tests/test_live.py", '    password = "python-integration-" + uuid.uuid4().hex[:8]\n'),
        ("include/core_names.h", '#define OSSL_PASSPHRASE_PARAM_INFO      "info"\n'),
        (
            "include/obj_mac.h",
            '#define SN_kx_ecdhe_psk         "KxECDHE-PSK"\n#define SN_auth_psk             "AuthPSK"\n',
        ),
        ("README.md", "- a secret-shaped name such as `*_PASSWORD` or `*_TOKEN` declared as a plain parameter\n"),
        ("README.md", "- How close is this key to its passkey capacity?\n"),
        ("docs/notes.md", "First pass: 36/38 confirmed cases passed.\n"),
        ("reference.md", "**passphrase:** `typing.Optional[str]` \n"),
        ("openapi.yaml", "        mapping:\n          password: '#/components/schemas/LoginCredential'\n"),
        ("pyproject.toml", 'markers = [\n    "xpass: Expected passes",\n]\n'),
        ("GET-STARTED.md", '3. Click **Add App Password**, give it any name (e.g. "zeocore"), and\n'),
        ("tests/test_metadata.py", '_AUTH = ("authorization", "Bearer t0ken")\n'),
        ("design.md", "Example: `prices:fuel_type=unleaded&page=1`\n"),
        ("examples/rabi.md", "const t_wid = 50e-9;\nconst t_len = t_wid*8;\n"),
        (
            "src/types.ts",
            "    /** Method (0=User Input / 1=Simple Beam / 2=Continuous Beam / 5=Suspension Bridge) */\n",
        ),
        ("tests/test_login.py", '    query.update({"code": "auth-code", "state": "not-valid-base64!"})\n'),
    ],
)
def test_round_36_look_alikes_stay(path, text):
    assert not tagged(text, path, "KEY") and not tagged(text, path, "PASSWORD"), found(text, path)


# The same shapes holding credentials are still found.
@pytest.mark.parametrize(
    "path, text, value",
    [
        ("settings.py", 'API_TOKEN = "tok-9F8qL2vX7mN4pR1sT6wY3zB5"\n', "tok-9F8q"),
        ("deploy.env", "NPM_TOKEN=npm_Q7mX2pL9vR4sT1wY6zB3nC8dF5gH0jK2aE4i\n", "npm_Q7mX"),
        ("settings.py", 'WEBHOOK_SECRET = "whsec_Kq81bQ2mZ7xP4vL9nR3sT6wY"\n', "whsec_Kq81"),
        ("vtund.conf", "racks {\n  passwd NJAfqHh-_on3wJgo;\n  type tun;\n}\n", "NJAfqHh"),
        ("config.py", 'DB_PASSWORD = "Harbour-Tamarind-Glacier-46"\n', "Harbour"),
        ("conn.py", '    client.login("ops", "Vq7#pL2x!m")\n', "Vq7#"),
    ],
)
def test_credentials_beside_round_36s_shapes_are_redacted(path, text, value):
    assert_a_secret_starts_with(value, text, path)


# ------------------------------------------------------------------------------ audit 39's false detections (round 37)
# A content address, a format's fields named in angle brackets, JWT test vectors truncated or with a part that is not
# base64url, the RFC's example UUID, digests compared before and after, routes of code's names, donation addresses,
# stand-ins that say what they are (a schema's example string, junk, "not valid", a name's words and a number), a
# device's reply code compared, a service's name beside the field's, records' ids after an e-mail, fields' names
# and ids after a slash, a login's outcome and HTTP status, an identifier under an ID's label, quantities, words
# listed in another script, a package's upper bound read as an address.
@pytest.mark.parametrize(
    "path, text",
    [
        ("fixtures/transport.json", '  "grid_revision_key": "grid-revision-v1:' + "6057fb9de728abf7" * 4 + '",\n'),
        ("py/SKILL.md", '      "env": { "DJ_API_KEY": "dj_<companyID>_<random>" }\n'),
        ("py/cli.py", '        print("Usage: dj setup --api-key dj_<companyID>_<random>", file=sys.stderr)\n'),
        (
            "tests/vectors/tokens.json",
            '        "token": "!!!not-base64!!!.eyJqdGkiOiJKRktVQVhVTTdISlpPTlZZSUlNUFJPWlY3UlpRIiwiaWF0IjoxNzg0MTMz'
            'ODczfQ.c2lnbmF0dXJlLWJ5dGVzLWhlcmUtZm9yLXRlc3Q"\n',
        ),
        (
            "tests/vectors/tokens.json",
            '        "token": "eyJ0eXAiOiJKV1QiLCJhbGciOiJlZDI1NTE5LW5rZXkiLCJ2ZXIiOjF9.eyJqdGkiOiJKRktVQVhVTTdI'
            'SlpPTlZZSUlNUFJPWlY3UlpRIiwiaWF0IjoxNzg0MTMzODczfQ"\n',
        ),
        ("README.md", "cat > publisher.env << 'EOF'\nAAC_TENANT_ID=tnt-550e8400-e29b-41d4-9716-446655440000\nEOF\n"),
        (
            "docs/evidence.md",
            "```\nbefore: 3ff48380a29ee9f06ad59906d99919ef83df918ee8a5b7623ecf3acf22964fc9\n"
            "after:  3ff48380a29ee9f06ad59906d99919ef83df918ee8a5b7623ecf3acf22964fc9\n```\n",
        ),
        (
            "skills/SKILL.md",
            "```\n接口路径: TaskPipelineSpatialAnalysisController/affiliation_area_generate_v1_custom_polygon\n```\n",
        ),
        ("README.rst", "Donations\n---------\nTON: `UQAYJ1terNmvoBh26Xi7tLa_P4t_OGMZOXBUfDB2mLMGuVMb`\n"),
        ("mixins/modes.py", "    The API endpoint is ``hes-gateway/terminal/tou/updateTouModeV2``.\n"),
        ("tests/test_registry.py", '        firebase_jwt_secret="firebase-secret-key-123",\n'),
        ("docs/ops.md", """  -d '{"email":"user@example.com","new_password":"stringxx","tenant_id":"string"}' \\\n"""),
        ("src/pyads_ex.py", '        if rcvd_is_password_correct == b"\\x04\\x00\\x00":\n            return True\n'),
        ("tests/test_client.py", '    a = _token_client(tmp_path, "scale@example.com", "adult-a-0001")\n'),
        ("tests/test_gui.py", '        Person("Jane", "scale@example.com", "adult-b@example.com", "adult-b-0002"),\n'),
        ("tests/test_plan.py", "    uid = db.create_user('discard','discard@example.com','hash')\n"),
        ("tests/test_vault.py", '    keyring.set_password(SERVICE_NAME, "vault", "{not valid json::")\n'),
        ("tests/test_vault.py", '    fake_keyring.set_password(SERVICE_NAME, f"{ACCOUNT}:{i}", "legacy-junk")\n'),
        ("skills/SKILL.md", "    示例: 屏蔽词1,屏蔽词2\n"),
        ("docs/operations/create.md", "Operation ID: `tenantadmin.createM2mToken`\n"),
        ("doc/tutorials/budget.rst", "   Requested: ε=1.000\n   Remaining: ε=0.500\n"),
        (
            "docs/evidence.md",
            "is **hardcoded to\nmarcus.thompson@techcorp.com / USER_001 specifically**, regardless\n",
        ),
        ("tests/test_auth.py", '    fake.login.side_effect = ConnectionError("Login failed: 403 Forbidden")\n'),
        ("README.md", "Login status: 200 OK\n"),
        ("AGENTS.md", "  `valiss-chain-account-token` / `valiss-chain-user-token`, and the\n"),
        ("gui.py", '    START = {\n        "change_eufy_password": ("eufy", "password"),\n    }\n'),
    ],
)
def test_round_37_look_alikes_stay(path, text):
    assert not tagged(text, path, "KEY") and not tagged(text, path, "PASSWORD"), found(text, path)


def test_round_37_package_bounds_are_no_addresses():
    assert not tagged('    "types-requests<2.31.0.7",\n', "pyproject.toml", "IP_ADDRESS")
    assert tagged("allow from 81.2.3.4\n", "notes.txt", "IP_ADDRESS")


# The same shapes holding credentials are still found.
@pytest.mark.parametrize(
    "path, text, value",
    [
        ("build.gradle", "credentials {\n    password = '-f-4?<G-fB>!hh^af]8g'\n}\n", "-f-4?"),
        ("tests/test_ssh.py", '        "password": "notvalidpassword",\n', "notvalidpassword"),
        (
            "tests/test_account.py",
            '    create_user(email="jane@corp.io", password="original-password-1")\n',
            "original",
        ),
        ("metadata.tf", '#     db_password = "hardcoded-secret-123"  # NEVER store secrets here\n', "hardcoded"),
        ("tests/test_scrub.py", "    {'foo': 'bar', 'confirm_password': 'hunter3', 'token': 'secret'}\n", "hunter3"),
        ("docs/runbook.md", "access key id:  SWIA1TY93XOVRDITPXXAGAUX12\n", "SWIA1TY9"),
        ("posts/upload.md", "UPLOAD_USER=ana\nAPP_ID=KettleboroughONS_kAED4o4D4C34yOzj\n", "Kettleborough"),
    ],
)
def test_credentials_beside_round_37s_shapes_are_redacted(path, text, value):
    assert_a_secret_starts_with(value, text, path)


# ------------------------------------------------------------------------------ audit 40's false detections (round 38)
# A subscript opened where a value was expected, a flow's token, a stand-in split by a colon, capitals in Artifactory's
# shape, a terminal's colour, a clause's word ending in a colon, a stand-in's words under a secret's name, an
# encoding's or a verb's word after "password", names listed, an optical filter's band, a password manager's item, a
# container image's one-number tag, code's "if x:", names sharing their last word across a slash, a format string's
# fields after "{plain}", a format head shortened before "...", WhatsApp's JIDs.
@pytest.mark.parametrize(
    "path, text",
    [
        ("design/TESTING.md", '    op2_token = op2_headers["Authorization"].split(" ")[1]\n'),
        ("tests/test_resources.py", '            "flowToken": "ldGl3crr2BiknAMp5O4TXLCtrQeOYpvU4VvTliK-br4",\n'),
        ("tests/test_notify.py", '    token = "123456:SECRET-token-value"\n'),
        ("sources.json", '    "id": "APENASMAISUMYAOI",\n    "className": "ApenasmaisumYaoi",\n'),
        ("cli.py", 'STATUS_COLORS = {\n    Status.PASS: "\\033[92m",  # green\n}\n'),
        (
            "docs/openapi.yaml",
            "        Password requirements: minimum 12 characters, at least one uppercase letter,\n",
        ),
        ("tests/conftest.py", 'API_KEY = "test_api_key_12345"\nAPI_SECRET = "test_api_secret_67890"\n'),
        ("parsers.bundle.js", "     * key whose passphrase is base64 inside an external `init-main-js-extra`\n"),
        ("src/cli.py", '            raise ValueError("--password-command cannot be empty")\n'),
        (
            "proto/message_pb2.pyi",
            '    __slots__ = ("url", "api_key", "api_secret", "room_name", "publisher_id", "extra_attributes", '
            '"idle_timeout", "api_token")\n',
        ),
        ("README.md", '[auth]\napi_key = "tf_..."\n# onepassword_item = "Typefully API"\n'),
        ("docs/show-image.rst", '          <ImageSet DataSetType="Sky" BandPass="Visible" Url="{url}"\n'),
        ("design/TESTING.md", "  db:\n    image: postgres:16-alpine\n    container_name: swarm-db\n"),
        ("rosclient/USAGE.md", "```python\nif not sam3.enabled:\n    sam3.enable()\n```\n"),
        ("README.md", "    async with client1:\n        await client1.stream_microphone(duration=5.0)\n"),
        ("docs/BACKLOG.md", "| Same age shape as `ebs-snapshot-age` / `rds-snapshot-age`, different service. |\n"),
        ("src/static.py", '    return f"{plain}?v={digest}"\n'),
        ("PUBLISHING.md", "     username = __token__\n     password = pypi-AgEIcHl...            # your PyPI token\n"),
    ],
)
def test_round_38_look_alikes_stay(path, text):
    assert not tagged(text, path, "KEY") and not tagged(text, path, "PASSWORD"), found(text, path)


def test_round_38_chat_ids_and_message_ids_are_no_addresses():
    text = '    "groupId": "120363000@g.us",\n    "to": "5511999999999@c.us",\n'
    assert not tagged(text, "tests/test_webhooks.py", "EMAIL")
    log = "postfix/cleanup[2280]: message-id=<tzy89kr7mwj6c18j@mx1.skugal.py>\n"
    assert not tagged(log, "var/log/mail.log", "EMAIL")
    assert tagged("contact: team@tokio.rs\n", "README.md", "EMAIL")


# The same shapes holding credentials are still found.
@pytest.mark.parametrize(
    "path, text, value",
    [
        ("pyproject.toml", '[tool.upload]\npassword = "RVYxje02:"\n', "RVYxje02"),
        ("tests/test_basicauth.py", "        self.app.config['BASIC_AUTH_PASSWORD'] = 'matrix:'\n", "matrix"),
        ("tests/test_netmiko.py", '    fake_password = "invalid"\n', "invalid"),
        ("tests/login.js", "    username: 'fake',\n    password: 'credentials'\n", "credentials"),
        (
            "docs/postmortem.md",
            "admin login for the staging shop (`stage-admin` / `cashew-walnut-pumpkin`)\n",
            "cashew",
        ),
        ("config.py", 'CANARY_API_SECRET = "Vq7#pL2x!m-Harbour"\n', "Vq7#"),
    ],
)
def test_credentials_beside_round_38s_shapes_are_redacted(path, text, value):
    assert_a_secret_starts_with(value, text, path)


# ------------------------------------------------------------------------------ audit 41's false detections (round 39)
# Decentralised identifiers (did:key holds a public key); a format's magic bytes under a passphrase's name; a text
# widget's setPlainText; a register's description ending in "code"; a stand-in named in capitals (YOUR_PASSWORD_...);
# fsspec's github://ORG:REPO@REF URLs; ejson's and dotenvx's encrypted values.
@pytest.mark.parametrize(
    "path, text",
    [
        ("vectors/chain.json", '  "iss": "did:key:z6MkpTHR8VNsBxYAAWHut2Geadd9jSwuBV8xRoAnwWsdvktH",\n'),
        ("vectors/authz.json", '  "aud": "did:web:z6MkjchhfUsD6mmvni8mCdXHw216Xrm9bQe2mBH1P5RDjVJG",\n'),
        ("src/vault/format.py", 'SECRET_MAGIC = b"SV01"\nPASSWORD_FILE_MAGIC = b"PWF2"\n'),
        ("tests/test_editor.py", '    edit.setPlainText("2=Idle\\n7=Fault")\n    doc.toPlainText("1=On")\n'),
        ("scooter/registers.py", 'REG_BT_PASSWORD = "Bluetooth pairing code"\nREG_PIN = "Service menu PIN"\n'),
        ("README.md", "config = {'user': 'YOUR_USERNAME', 'password': 'YOUR_PASSWORD_shop42'}\n"),
        ("docs/run.md", "runner submit github://fern-labs:etl-recipes@main/recipes/daily\n"),
        (
            "secrets.ejson",
            '{"smtp_password": "EJ[1:Zk8yQm9Lc1RzWnBhR3c4cVh2TmtYb0E=:bm9uY2Vub25jZW5vbmNl:Y2lwaGVydGV4dGNpcGhl]"}\n',
        ),
        (".env.production", 'DB_PASSWORD="encrypted:BDqDBibm4wsYqMpCjTQ6BsDHmMadg9K3dAt+Z9HPMtxHIRA="\n'),
    ],
)
def test_round_39_look_alikes_stay(path, text):
    assert not tagged(text, path, "KEY") and not tagged(text, path, "PASSWORD"), found(text, path)


# The same shapes holding credentials are still found.
@pytest.mark.parametrize(
    "path, text, value",
    [
        ("settings.py", 'SIGNING_KEY = "did:9Qm2vL7xR4tK8pZ3wN6yB1cF5hJ0dS"\n', "did:9Qm2"),
        ("config.py", 'DB_PASSWORD = "YOUR_x7!Tundra"\n', "YOUR_x7"),
        ("deploy.sh", "git clone https://deploy:Q7m!vx92Lk@git.fernhill.net/app.git\n", "Q7m!"),
        ("tests/test_login.py", '    page.fill("#password", "Kx9<v!2q")\n', "Kx9<"),
    ],
)
def test_credentials_beside_round_39s_shapes_are_redacted(path, text, value):
    assert_a_secret_starts_with(value, text, path)


def test_round_39_tool_versions_are_no_addresses():
    for text in (
        "# pipx 2.4.1.7 installed 3 apps\n",
        "Bench numbers from wrk2 4.12.0.3:\n",
        "// codegen 1.30.2.0 - do not edit\n",
    ):
        assert not tagged(text, "notes.md", "IP_ADDRESS"), text
    # (after a word of networking, with a port, or with a part over 30 it is an address)
    for text, address in (
        ("the backup server is 3.5.7.9\n", "3.5.7.9"),
        ("relay 4.12.2.5:25\n", "4.12.2.5"),
        ("mirror 2.14.9.3\n", "2.14.9.3"),
        ("fetch 3.140.2.1\n", "3.140.2.1"),
    ):
        assert tagged(text, "notes.md", "IP_ADDRESS") == [address], text


# ------------------------------------------------------------------------------ audit 42's false detections (round 40)
# "sk-" before words joined by hyphens (a name, not OpenAI's key); a ring signature's key image; ids in a CLI's
# table of fields.
@pytest.mark.parametrize(
    "path, text",
    [
        ("CHANGELOG.md", "Eliminates false positives like `sk-learn-pipeline-classifier-utils-v2`.\n"),
        ("vectors/ring.json", '{"keyImage": "A1iafMA5cB5DWIInurEaK_bLbNZlYs0-b4787Ps2ywai", "responses": []}\n'),
        (
            "doc/cli.rst",
            "    | tenant_id  | 53c93c7952594d9ba16bd7072a165ce8 |\n"
            "    | project_id | 9d1e2c3b4a5f60718293a4b5c6d7e8f9 |\n",
        ),
    ],
)
def test_round_40_look_alikes_stay(path, text):
    assert not tagged(text, path, "KEY") and not tagged(text, path, "PASSWORD"), found(text, path)


@pytest.mark.parametrize(
    "path, text, value",
    [
        ("settings.py", 'OPENAI_API_KEY = "sk-proj-Xq81bQ2mZ7xP4vL9nR3sT6wYkJ5hG0fD"\n', "sk-proj-Xq81"),
        ("src/Env.res", 'let helicone = "sk-helicone-nctyczr-r7u38rf-mpyno2l-xsgussx"\n', "sk-helicone"),
        ("doc/cli.rst", "    | api_key       | 9c4f1ab27de0493f8e61c5aa0b7d3e92 |\n", "9c4f1ab2"),
    ],
)
def test_credentials_beside_round_40s_shapes_are_redacted(path, text, value):
    assert_a_secret_starts_with(value, text, path)


# ------------------------------------------------------------ audit 43's and held-out 43's false detections (round 41)
# A WireGuard peer's public key quoted in prose; a password's digest stored in its place (MediaMTX's "sha256:"); the
# base64 of a test's self-naming label; digests of nothing (NT, LM, MD5, SHA-1, SHA-256 of empty input); public
# addresses on a chain (a token's contract, "ethereum:0x...", Solana mints named beside wrapped SOL or the SPL Token
# program); a key named by its algorithm ("ed25519:builder-key"); a device's path; a GPU's id; a GnuPG fingerprint
# beside its keyserver; CI secrets' names (from_secret); an enumeration's member; a filler byte repeated; a mapping's
# next key; "tests pass" (the verb); a host and port before "@" in a URL; a check's message under a "pass" name.
@pytest.mark.parametrize(
    "path, text",
    [
        ("docs/camera-hub.md", "  peer public key `kP5PZsnqDXvDKyyqEwLxMTw03JbYUGl2Or9UrevzZfg=`.\n"),
        ("mediamtx.yml", "- user: admin\n  pass: sha256:wI3pN+v8X/eA8zU8dyP0y+3l+nD2PoZeZdWQg9lGd30=\n"),
        ("tests/test_client.py", 'TEST_SECRET = "{}"\n'.format(_b64("test-secret-key-32-bytes!!!!!"))),
        ("tests/test_mw.py", '    client_secret = "{}"\n'.format(_b64("client-secret-key-32-bytes!!!!!"))),
        ("tests/test_env.py", '    "SERVICE_B__SHARED_SECRET": "{}",\n'.format(_b64("secret-b"))),
        ("tests/test_salvo.py", 'def nt(user="Administrator", secret="31d6cfe0d16ae931b73c59d7e0c089c0"):\n'),
        ("README.md", "```\nAdministrator:aad3b435b51404eeaad3b435b51404ee\n```\n"),
        ("examples/poll.py", '    token_address = "C02aaA39b223FE8D0A0e5C4F27eAD9083C756Cc2"  # WETH\n'),
        ("tests/test_client.py", '    subscription_key = "ethereum:0x88e6a0c2ddd26feeb64f039a2c41296fcb3f5640"\n'),
        (
            "tests/conftest.py",
            '    "sol_token": "So11111111111111111111111111111111111111112",\n'
            '    "usdc_token": "EPjFWdd5AufqSSqeM2qN1xzybapC8G4wEGGkZwyTDt1v",\n',
        ),
        (
            "src/types.py",
            'class SolanaPrograms(StringEnum):\n    """Solana program IDs."""\n\n'
            '    TOKEN_2022 = "TokenzQdBNbLqP5VEhdkAS6EPFLC1PHnBqCXEpPxuEb"\n',
        ),
        ("vectors/accept.json", '    "signing_key": "ed25519:builder-key"\n'),
        ("tests/test_report.py", '    out = redact({"hotkey": {"key": "/dev/input/by-id/usb-Acme_1234-kbd"}})\n'),
        ("README.md", "    ecc384_id:   GPU-0a1b2c3d-4e5f-6071-8293-a4b5c6d7e8f9\n"),
        (
            "src/source.py",
            'UBUNTU_SIGNING_KEY = "843938DF228D22F7B3742BC0D94AA3F0EFE21092"\n'
            'KEYSERVER = "hkps://keyserver.ubuntu.com"\n',
        ),
        (".woodpecker.yml", "    environment:\n      TWINE_USERNAME:\n        from_secret: twine_username\n"),
        ("README.md", "zipper.setpassword(secret_from_env, EncryptionAlgorithm.HMAC_SHA256)\n"),
        ("README.md", "KEY_TYPE = KeyType.ED25519\nROTATION_INTERVAL_HOURS = 24\n"),
        ("tests/test_kdf.py", '_ARGON2_PWD = b"\\x01" * 32\n_ARGON2_SALT = b"\\x02" * 16\n'),
        ("gui.py", '    {"flag": "--password", "label": "Key password", "default": ""},\n'),
        ("CONTRIBUTING.md", "3. Ensure tests pass: `pytest`\n4. Checks must pass: `ruff check`\n"),
        ("tests/test_paths.py", '"""(http://127.0.0.1:3080@evil/ sends the request to evil)"""\n'),
        ("cli.py", '        "st_all_pass": "All self-tests passed",\n'),
    ],
)
def test_round_41_look_alikes_stay(path, text):
    assert not tagged(text, path, "KEY") and not tagged(text, path, "PASSWORD"), found(text, path)


@pytest.mark.parametrize(
    "path, text, value",
    [
        ("tests/test_client.py", 'TEST_SECRET = "dGVzdC1Zq8vR2mX7pL4nK9wB3cF6hJ1sD5tG0yA="\n', "dGVzdC1Zq8v"),
        ("mediamtx.yml", "- user: admin\n  pass: sha256:Kx9!vQ2mZ7\n", "sha256:Kx9"),
        ("wallet.py", 'token_secret = "ethereum:Kx9vQ2mZ7pL4nR8wB3cF6hJ1sD5tG0yA"\n', "ethereum:Kx9"),
        ("deploy.py", 'signing_key = "ed25519:Q2mZ7pL4nR8wB3cF6hJ1sD5tG0yAKx9vQ2mZ7pL4nR8"\n', "ed25519:Q2m"),
        ("debug.txt", "sent SMTP AUTH user=cauich.b@virgilio.it pass=JJ0IEWAQ4P\n", "JJ0IEWAQ4P"),
        ("deploy.sh", "curl https://ops:48213@git.fernhill.net/app.git\n", "48213"),
    ],
)
def test_credentials_beside_round_41s_shapes_are_redacted(path, text, value):
    assert_a_secret_starts_with(value, text, path)


def test_round_41_package_pins_are_no_addresses():
    for text in (
        'BOTH = {"opencv-contrib-python": "5.0.0.93", "opencv-python": "5.0.0.93"}\n',
        'stdout=\'{"opencv-python": "4.10.0.84"}\'\n',
    ):
        assert not tagged(text, "tests/test_pins.py", "IP_ADDRESS"), text
    # (under a name with a word of networking in it, or no hyphenated name, it is an address)
    for text, address in (
        ('{"proxy-host": "5.0.0.93"}\n', "5.0.0.93"),
        ('{"upstream-addr": "3.120.4.77"}\n', "3.120.4.77"),
        ('{"mirror": "4.10.0.84"}\n', "4.10.0.84"),
    ):
        assert tagged(text, "config.json", "IP_ADDRESS") == [address], text


# ------------------------------------------------------------------- held-out 44's false detections (round 42)
# An SSH login's target (ssh/scp and their options, a setting named "ssh") and a reply's In-Reply-To or References
# id are no mailboxes.
@pytest.mark.parametrize(
    "path, text",
    [
        ("docs/remote.md", "```\nssh -L 4400:172.19.156.48:4400 -p 2222 guider@jump.hollowmere-astro.net\n```\n"),
        (".gitlab-ci.yml", '    - ssh -i /tmp/k -o StrictHostKeyChecking=no deploy@kursraum.eu "sudo reboot"\n'),
        ("release.sh", "scp -P 2200 build.tgz release@files.stonebridge.io:/srv/drop/\n"),
        ("tileserver/config.json", '  "x-deploy": {\n    "ssh": "deploy@tiles.gemeinde-weserbrueck.eu"\n  }\n'),
        ("mail/thread.eml", "Message-ID: <a410dcfc6910.87787@mx1.tie.cl>\nIn-Reply-To: <67a128a6.32638@mx1.une.dk>\n"),
        ("mail/thread.eml", "References: <a410dcfc6910.87787@mx1.tie.cl> <67a128a60b9a.32638@mx1.stofanet.dk>\n"),
    ],
)
def test_round_42_login_targets_and_reply_ids_are_no_emails(path, text):
    assert not tagged(text, path, "EMAIL"), found(text, path)


def test_round_42_addresses_beside_those_shapes_are_found():
    text = "ssh -p 2222 guider@jump.hollowmere-astro.net  # ask mira.vos@hollowmere-astro.net for a key\n"
    assert tagged(text, "docs/remote.md", "EMAIL") == ["mira.vos@hollowmere-astro.net"]
    text = "In-Reply-To: <67a128a60b9a.32638@mx1.stofanet.dk>\nFrom: Ilse Berg <ilse94@frisurf.no>\n"
    assert tagged(text, "mail/thread.eml", "EMAIL") == ["ilse94@frisurf.no"]


# Entropy findings in files that say "shared", "preshared" or "csharp" (which no longer count as talk of hashes): a
# public key under a space-separated name (OpenWrt's "option public_key", EDN's ":publishable-key"), a token format's
# shape that format's own checks reject (a patterned stand-in), a key published by design.
@pytest.mark.parametrize(
    "path, text",
    [
        (
            "etc/config/network",
            "config wireguard_wg0\n\toption public_key 'OWGgQInODYDaTvvc1RCFMzEdwAVQIp2sUfBU2sFt27Q='\n"
            "\toption preshared_key_file '/etc/wg/psk'\n",
        ),
        (
            "resources/config.edn",
            '{:stripe {:publishable-key "pk_live_uz1NOn4j3sD5dY7xVX9nSXYvAdpE46P2YdFArRohLGRE9pTWl0bIsGfiy8KNM"}\n'
            " :shared-cache true}\n",
        ),
        (
            "tests/test_secrets_nonpy.py",
            'def test_csharp_source():\n    source = (\n        "public static class Credentials {\\n"\n'
            "        '    public const string GitHubToken = \"ghp_A1b2C3d4E5f6G7h8I9j0secretK1l2M3n4O5\";\\n'\n"
            "    )\n",
        ),
        ("extro_sim/auth.py", '# shared\nDEFAULT_ANON_KEY = "sb_publishable_3w4t3sqpS1FL3vhUO_fcWQ_kZcVazNl"\n'),
    ],
)
def test_round_42_look_alikes_stay(path, text):
    assert not tagged(text, path, "KEY") and not tagged(text, path, "PASSWORD"), found(text, path)


# ----------------------------------------------------------------------- audit 44's false detections (round 42)
# Password hashes after an account's name (a breach dump's "email:<md5>", a domain user's NT hash) or under
# Windows' hash names; stand-ins typed by hand: letters that count or follow a keyboard's row between digits
# ("9f8e7d6c5b4a...", "aS3dF6gH1jK", "kLmN...aBcDeF"), bech32's alphabet copied in order, a short format value of
# one character repeated (ASIATEST000000000000), words saying "mock" and "testing", upper-case words and a short
# number; a key named by its algorithm and words; a Secret Manager secret's resource name; an AEAD cipher's
# authentication tag.
@pytest.mark.parametrize(
    "path, text",
    [
        (
            "tests/fixtures/large_dump.txt",
            "alice349@target.org:0571749e2ac330a7455809c6b0e7af90\ncarol262@target.org:2eb62d171ba8491db496081a8b24738a\n",
        ),
        (
            "docs/design.md",
            "  [ntlm]\n  nt     : 7facdc498ed1680c4fd1448319a8c04f\n  lm     : e52cac67419a9a22ce171273f527391f\n",
        ),
        ("README.md", "  rc4-hmac (23)   : 7facdc498ed1680c4fd1448319a8c04f\n"),
        ("tests/conftest.py", 'FAKE_AZURE = "AccountKey=9f8e7d6c5b4a3928174656f7a8b9c0d1e2f3a4b5c6d7e8fOE="\n'),
        ("tests/test_rules.py", "    w = scan(\"webhook_secret = 'whsec_9f8e7d6c5b4a3928174656f7a8b9c0d'\")\n"),
        ("tests/test_context.py", '    info = classify(\'API_KEY = "Ab3x9QwE7kLmN2pR5sT8uV0aBcDeF"\', "app.py")\n'),
        ("tests/fixtures/step-up.json", '  "session_token": "sfu_St4uP9wQ2eR7tY0uI5oP8aS3dF6gH1jK4lZ9xC2vB7N",\n'),
        ("tests/test_dlp.py", 'RANDOM_TOKEN = "Xk9mQ2vL7pR4tY8wE1zU5iO3aS6dF0gH7jK"\n'),
        ("tests/test_redaction.py", '    "age_key=AGE-SECRET-KEY-1QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L4QYUMM2VXF"\n'),
        ("tests/test_inventory.py", '    "Credentials": {"AccessKeyId": "ASIATEST000000000000"},\n'),
        ("fuzzer.py", '    "content": "Using API key: sk-proj-MOCK_OPENAI_KEY_FOR_TESTING_PURPOSES_ONLY_0000",\n'),
        (
            "tests/test_leak.py",
            'SECRET_VAL = "sk-LIVE-SECRET-KEY-998877"\nSECRET_VAL_2 = "cs-CLIENT-SUPER-SECRET-443322"\n',
        ),
        ("provenance.py", '    def __init__(self, signing_key: str = "ed25519_priv_bth_root"):\n'),
        ("tests/test_cache.py", '    master_secret="projects/231925320579/secrets/TEST_MSSQL_MASTER_SECRET",\n'),
        ("tests/test_kms.py", 'api_key = "projects/demo-1/locations/global/keyRings/ring/cryptoKeys/signer"\n'),
        (
            "tests/test_doctests.py",
            "    assert hexlify(m.auth_tag) == b'19f6c7d8ddfeaceea6ba4f1cafb563cbf3be157653e29f3258b2957cf23f4e17'\n",
        ),
    ],
)
def test_round_42_hashes_and_hand_typed_stand_ins_stay(path, text):
    assert not tagged(text, path, "KEY") and not tagged(text, path, "PASSWORD"), found(text, path)


@pytest.mark.parametrize(
    "path, text, value",
    [
        ("notes/keys.txt", "API key: 0571749e2ac330a7455809c6b0e7af90\n", "0571749e2ac330"),
        ("config/app.yml", 'webhook_secret: "whsec_5kQ8vN2xR7mT4pL9wZ3cF6hJ1sD0gY8b"\n', "whsec_5kQ8"),
        ("tests/conftest.py", 'OPENAI_API_KEY = "sk-proj-Qm7Zt2Lx9Vr4Kp8Wn3Bd6Hs1Fg5Jc0Ya"\n', "sk-proj-Qm7"),
        ("deploy/.env", "AWS_ACCESS_KEY_ID=AKIA2Q5VXRT7LMNB3K4P\n", "AKIA2Q5V"),
        ("config.py", 'SESSION_SECRET = "Zq8Wm3Rt6Yp1Xk4Nv7Bc0Lh5Gd2Fs9Ja"\n', "Zq8Wm3"),
        ("settings.py", 'API_KEY = "b95f1ad575b68691233a29764759a94b"\n', "b95f1ad5"),
    ],
)
def test_credentials_beside_round_42s_shapes_are_redacted(path, text, value):
    assert_a_secret_starts_with(value, text, path)


# A format string's field then an escape after Dovecot's {PLAIN}; a price and a quantity with its unit under a
# label; PKCS#12 in prose; a URL's placeholder password with escapes before "@".
@pytest.mark.parametrize(
    "path, text",
    [
        ("tests/test_inject.py", '        f"OPENAI_API_KEY={PLAIN}\\n"\n        f"COPY_TOKEN={PLAIN}\\n"\n'),
        ("README.md", "Nama    : masterpro\nHarga   : Rp20,000\nDurasi  : 30 hari\n"),
        ("README.md", "Plan    : team\nPrice   : $1,200.50\n"),
        (
            "README.md",
            "SSID            PASSWORD        AUTH      BAND    AUTO\n"
            "HomeNetwork     (none / open)   —         2.4GHz  yes\n"
            "OfficeWifi5G    Su93r$ecret!    WPA2-PSK  5GHz    yes\n",
        ),
        ("bundle.py", '    """Bundle cert + key + CA chain into a password-protected PKCS#12 archive.\n'),
        ("client.py", "            * http://username:password\\\\\\@proxy.vmware.com:8080\n"),
    ],
)
def test_round_42_prices_units_and_escapes_are_no_passwords(path, text):
    assert not tagged(text, path, "KEY") and not tagged(text, path, "PASSWORD"), found(text, path)


# A version where a product's API gained something ("added in vSphere API 7.0.0.0", "API 8.0.0.1") and Gecko's
# "rv:" in a user agent are no addresses; an API's address after a colon still is.
def test_round_42_api_levels_and_user_agent_versions_are_no_addresses():
    for text in (
        "    attribute was added in vSphere API 7.0.0.0.\n",
        "        This class was added in\n                API 8.0.0.1.\n",
        '    "Mozilla/5.0 (X11; U; Linux x86_64; rv:1.9.2.10) Gecko/20100922 Firefox/3.6.10",\n',
    ):
        assert not tagged(text, "client.py", "IP_ADDRESS"), text
    for text, address in (
        ("# prod API: 31.3.124.55\n", "31.3.124.55"),
        ('      - "legacy-api:168.218.128.89"\n', "168.218.128.89"),
    ):
        assert tagged(text, "notes.md", "IP_ADDRESS") == [address], text


# ----------------------------------------------------------------------- audit 45's false detections (round 43)
# Token-format stand-ins whatever detector reads them: a body that counts (letters a-f in turn between digits),
# stand-in words glued in ("fakefake", "realapikeyvalue", "ANOTHER", "FAKE" in an AKIA id); a key cut short by an
# ellipsis; the digest of a textbook password; an Ed25519 seed of bytes 01, 02, 03...; a Basic pair whose password
# names its role; C pointer declarations; a field read ending a statement; a diagram's style and a server's
# directive in notes.
@pytest.mark.parametrize(
    "path, text",
    [
        (
            "tests/test_patterns.py",
            "    findings = scan_content('TOKEN=ghp_1234567890abcdefghijklmnopqrst1234567890')\n",
        ),
        ("examples/dashboard.html", "  <code>whsec_4f8a2b1c9d6e3f7a0b5c8d2e1f4a7b9c</code>\n"),
        ("tests/test_verifier.py", '    finding.value = "sk_test_fakefakefake1234567890fake"\n'),
        ("tests/test_secrets.py", "        'SLACK_API_KEY  = \"xoxb-realapikeyvalueBBB\"',\n"),
        ("README.md", 'Developer B: "Fix the bug in 192.168.1.12:5432 with key AKIAI7YYYDNN7ANOTHER"\n'),
        ("tests/test_verifier.py", '    finding.value = "AKIAFAKEKEY12345FAKE"\n'),
        (
            "tests/test_api.py",
            '    mock = \'{"token": "hvs.CAESIIG_PILmULFYOsEyWHxkZ2mF2a8V...example...p3ZnpWbDF1"}\'\n',
        ),
        ("docs/providers.md", "      config:\n        token: eyJhbGciOiJSUzI1NiIsImtpZCI6...\n"),
        ("README.md", "tenzly-hasker -H 5f4dcc3b5aa765d61d8327deb882cf99\n"),
        ("tests/test_hash.py", 'known = "5baa61e4c9b93f3f0682250b6cf8331b7ee68fd8"  # sha1 of the password\n'),
        (
            "tests/test_signer.py",
            'GOLDEN_PEM = """-----BEGIN PRIVATE KEY-----\n'
            'MC4CAQAwBQYDK2VwBCIEIAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8g\n-----END PRIVATE KEY-----\n"""\n',
        ),
        (
            "tests/fixtures/service_account.json",
            '{"private_key": "-----BEGIN PRIVATE KEY-----\\nMC4CAQAwBQYDK2VwBCIEIAECAwQFBgcICQoL\\n'
            'DA0ODxAREhMUFRYXGBkaGxwdHh8g\\n-----END PRIVATE KEY-----\\n"}\n',
        ),
        (
            "docs/kubernetes.md",
            '  "username": "robot-account",\n  "auth": "cm9ib3QtYWNjb3VudDpzZWNyZXQtdG9rZW4="\n',
        ),
        ("src/metrohash.cpp", " *     cdef CCMetroHash128* _m\n"),
        ("src/xxh3.h", "    XXH_ALIGN(XXH_ACC_ALIGN) xxh_u64* const xacc = (xxh_u64*) acc;\n"),
        ("static/prompt.js", "      var password = pwdInput.value;\n      if (!password) return;\n"),
        ("README.md", "```mermaid\ngraph TD\n    linkStyle 1 stroke:#fe4450\n```\n"),
        ("docs/deployment.md", "    ssl_session_cache shared:SSL:10m;\n    ssl_session_timeout 10m;\n"),
    ],
)
def test_round_43_stand_ins_and_code_stay(path, text):
    assert not tagged(text, path, "KEY") and not tagged(text, path, "PASSWORD"), found(text, path)


@pytest.mark.parametrize(
    "path, text, value",
    [
        ("config/app.yml", 'webhook_secret: "whsec_Qm7Zt2Lx9Vr4Kp8Wn3Bd6Hs1Fg5Jc0Ya"\n', "whsec_Qm7"),
        ("deploy/.env", "AWS_ACCESS_KEY_ID=AKIA2Q5VXRT7LMNB3K4P\n", "AKIA2Q5V"),
        (
            "notes.md",
            "The vault token is hvs.CAESIJ8kQm2Zt7Lx4Vr9Kp3Wn6Bd1Hs5Fg0Jc8Ya. Rotate it monthly.\n",
            "hvs.CAESIJ8k",
        ),
        ("settings.py", 'API_KEY = "b95f1ad575b68691233a29764759a94b"\n', "b95f1ad5"),
        (
            "tests/test_signer.py",
            'PEM = """-----BEGIN PRIVATE KEY-----\n'
            'MC4CAQAwBQYDK2VwBCIEIJ+DYvh6SEqVTm50DFtMDoQikTmiCqirVv9mWG9qfSnF\n-----END PRIVATE KEY-----\n"""\n',
            "-----BEGIN PRIVATE KEY-----",
        ),
        ("docs/k8s.md", '  "auth": "' + base64.b64encode(b"deploy-bot:Kx9vQ2mZ7tLp").decode() + '"\n', "ZGVwbG95"),
    ],
)
def test_credentials_beside_round_43s_shapes_are_redacted(path, text, value):
    assert_a_secret_starts_with(value, text, path)


# Solana's token programs and accounts under "token" names (the program's own address in the value, a token account's
# or an authority's field), a Solana address in Artifactory's "AP" shape named an address, an IBM cloud resource's
# name (CRN) under a key's name, and jsii's type annotations naming a private module's class.
@pytest.mark.parametrize(
    "path, text",
    [
        ("tests/mock/get_token.json", '    "tokenProgram": "TokenkegQfeZyiNwAJbNbGKPFXCWuBvf9Ss623VQ5DA",\n'),
        ("tests/mock/get_token.json", '    "tokenProgram": "TokenzQdBNbLqP5VEhdkAS6EPFLC1PHnBqCXEpPxuEb",\n'),
        ("tests/mock/actions.json", '    "token_account_2_2": "EFYSXFtpNkvPa8SXCd2Th76F9xepEwB9TwMR7kb9qGRK",\n'),
        ("tests/mock/trades.json", '    "address": "APFrriisgHUncd7CZwjJeLKyzFQ4Fbiphdkr1e9YPnEN",\n'),
        ("tests/mock/detail.json", '    "authority": "ob2htHLoCu2P6tX7RrNVtiG1mYTas8NGJEVLaFEUngk",\n'),
        (
            "test/unit/test_v2.py",
            "model['encryption_key_crn'] = 'crn:v1:staging:public:kms:us-south:a/791f5fb10986423e97aa8512f18b7e65:"
            "31639268-42e8-4420-9872-590a6ee20506:key:b4af8f76-e6ea-4dc5-89cc-5f1b9bb207cc'\n",
        ),
        ("src/cdk_sops_secrets/__init__.py", '        encryption_key: "_aws_cdk_aws_kms_ceddda9d.IKey",\n'),
    ],
)
def test_round_43_chain_addresses_resource_names_and_types_stay(path, text):
    assert not tagged(text, path, "KEY") and not tagged(text, path, "PASSWORD"), found(text, path)


@pytest.mark.parametrize(
    "path, text, value",
    [
        (
            "config/solana.env",
            "WALLET_PRIVATE_KEY=" + "5Kd3NBUAdUnhyzenEwVLy9pBKxSwXvE9FMPyR4UKZvpe6E3AgLr" + "\n",
            "5Kd3NBUA",
        ),
        ("app/settings.py", 'encryption_key = "Zq8Wm3Rt6Yp1Xk4Nv7Bc0Lh5Gd2Fs9Ja"\n', "Zq8Wm3Rt"),
        ("notes.md", "API key for the alert bot (owner ops@corp.io) c98c1ecdbf74b2d119b4882c53d6873a\n", "c98c1ecd"),
    ],
)
def test_credentials_beside_chain_addresses_are_redacted(path, text, value):
    assert_a_secret_starts_with(value, text, path)


# ------------------------------------------------------------------------------- audit 46's false positives (round 44)
# Prose whose value belongs to something else (an aside closed before it, the next parameter's default, an example of
# a protocol), a PowerShell variable read, a JWT signed along the alphabet, public keys and addresses under their own
# labels, an entry point, error codes and the source of a passphrase, rows of ids and addresses, a file's path and a
# GPG fingerprint stated as keys, and an RFC's hex values wrapped over lines (one value, not its first line alone).
@pytest.mark.parametrize(
    "path, text",
    [
        (
            "src/ratchet.py",
            '    """\n    Args:\n      sk: shared secret key (agreed using a protocol such as X3DH).\n',
        ),
        (
            "docs/hpke.txt",
            "   the Encap() interface (used in the Base and\n   PSK modes) is IND-CCA2-secure, so HPKE\n",
        ),
        ("README.md", "def derive(password: str, salt: str, iterations: int = 600000) -> bytes:\n"),
        ("cli/main.py", "        tool encrypt file.txt --password '$env:MY_PASSWORD'  # PowerShell\n"),
        ("tests/test_jwt.py", '    jwt = "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.abcdefghijk"\n'),
        ("docs/demo.md", "```output\nAlice pub: zPADSuGgzDJ7l1czXK4Kj0DdV0eLsmBMyd3OH3qSPAU=\n```\n"),
        ("docs/coins.md", "```\nravencoin    p2pkh   RKxTdfmtxtfLDKZBgx6SvNkBtNu9jRYnLh\n```\n"),
        ("pkg.egg-info/entry_points.txt", "[console_scripts]\ncrypt2file = crypt2file:main\n"),
        (
            "src/errors.py",
            'CODES = {\n    "ENC_PASSPHRASE_ALG_UNSUPPORTED": "error",\n    "TOKEN_MISSING": "warn",\n}\n',
        ),
        ("tests/test_cli.py", '            {"passphrase_source": "dotenv", "hardcoded_passphrase": None}\n'),
        ("tests/test_db.py", '        ("user-123", "ALICE@example.com", "user-456", "BOB@example.com"),\n'),
        ("docs/layout.md", "The public API is exported from `src/fpr_ff1/__init__.py`.\n"),
        ("README.md", "### PGP Private Key 82080A5C69729B254E767F10030959F32C2268B7 EdDSA Ed25519 ###\n"),
    ],
)
def test_round_44_prose_references_and_public_values_stay(path, text):
    assert not tagged(text, path, "KEY") and not tagged(text, path, "PASSWORD"), found(text, path)


def test_a_wrapped_hex_value_is_redacted_whole():
    first = "776ab421302f6eff7d7cb5cb1adaea0cd50872c71c2d63c30c4f1"
    rest = "d5e43653336fef33b103c67e7a98add2d3b66e2fda95b5b2a667aa9"
    text = f"   enc: 04a1\n   shared_secret: {first}\n   {rest}\n   key_schedule_context: 00\n"
    assert any(first in value and rest in value for value in tagged(text, "rfc9180.txt", "KEY")), found(
        text, "rfc9180.txt"
    )


@pytest.mark.parametrize(
    "path, text, value",
    [
        ("deploy/run.ps1", "tool encrypt data.bin --password 'Kx9vQ2mZ7tLp!'\n", "Kx9vQ2mZ"),
        ("tests/test_db.py", '    ("ops@corp.io", "Tundra-Walrus-81"),\n', "Tundra-W"),
        ("docs/demo.md", "Alice secret: Zq8Wm3Rt6Yp1Xk4Nv7Bc0Lh5Gd2Fs9Ja\n", "Zq8Wm3Rt"),
        ("README.md", "The API key is `c98c1ecdbf74b2d119b4882c53d6873a`.\n", "c98c1ecd"),
    ],
)
def test_credentials_beside_round_44s_shapes_are_redacted(path, text, value):
    assert_a_secret_starts_with(value, text, path)


# ---------------------------------------------------------------------------------------- audit 47's false positives
# Two names side by side in an API table's cell, a palette's colours under status words, a render pass's subpass,
# a snake_case name of words under a short label.
@pytest.mark.parametrize(
    "path, text",
    [
        (
            "README.md",
            "| API | purpose |\n| --- | --- |\n| `OneEuroFilter` / `Exponential-Moving9!Avg` | raw filters |\n"
            "| `OPENAI_API_KEY`/`gpt-5.4-mini` | the live sweep |\n",
        ),
        (
            "docs/device.md",
            "| item | value |\n| --- | --- |\n| bundle | `watcher-esp32-v0.3.4` / `res-2026.08.07.1` |\n",
        ),
        ("viz/colors.py", '_VERDICT_COLORS = {\n    "PASS": "#2ca02c",\n    "FAIL": "#d62728",\n}\n'),
        ("src/mappings.py", 'class Kind(Enum):\n    SUBPASS = "subpass_inputs"\n    INPUT = "inputs"\n'),
        ("governance/MANIFEST.md", "  data: wvs_wave7_gps_country_ab_2country_probe\n"),
        ("governance/MANIFEST.md", "  beta: ols_coef_log_gdp_pc_controls_q275_mean\n"),
        # a measurement, an expression, a Markdown badge, a C++ scope, a version as a label, an emphasised phase name
        ("README.md", "- Average per parse: 0.1ms~0.15ms\n"),
        ("README.md", "```python\nitems = items1+items2\n```\n"),
        ("README.md", "| Build   | Status\n| ------- | -------\n| Ubuntu  | [![ci-linux][8]][9]       |\n"),
        ("tests/CMakeLists.txt", "target_link_libraries(Tests PRIVATE\n                      Catch2::Catch2)\n"),
        ("docs/PRD.md", 'the same "small, verifiable, reversible"\nshape as v0.13:\n\n1. **Empty `IN`**\n'),
        ("docs/SUMMARY.md", "---\n*Phase: 07.2-execution-based-eval-judging-for-adopted-benchmarks-ck25*\n"),
        # a possessive after "pass:" in prose
        ("docs/SUMMARY.md", '  - "Original pass: NL-ACC-02\'s existing closure (07.4-05) left in place"\n'),
    ],
)
def test_round_45_names_and_colours_stay(path, text):
    assert not tagged(text, path, "KEY") and not tagged(text, path, "PASSWORD"), found(text, path)


@pytest.mark.parametrize(
    "path, text, value",
    [
        (
            "docs/hosts.md",
            "| host | login | notes |\n|---|---|---|\n| drill | `ops` / `Zx8#kd!2Qw` | VNC |\n",
            "Zx8#kd",
        ),
        ("config.py", 'DB_PASSWORD = "#88412a"\n', "#88412a"),
        ("notes.md", "api: sk_live_a8f3k2j9d0s8f7g6h5j4k3l2\n", "sk_live_a8f3"),
    ],
)
def test_credentials_beside_round_45s_shapes_are_redacted(path, text, value):
    assert_a_secret_starts_with(value, text, path)


@pytest.mark.parametrize(
    "path, text",
    [
        # a stored PBKDF2 hash in Collabora's format; DocSearch's search-only key beside its application id
        (
            "coolwsd.xml",
            '<secure_password desc="Stored by coolconfig">pbkdf2.sha512.10000.56833450067fc7b26e61416515dbb4436e9049'
            "3866e7dcbaafbb831b839df700.3e0bbd2cca3de9f89272d59a1323b6063aeb840920108e1ba64093c3681c52da"
            "</secure_password>\n",
        ),
        (
            "blog/_config.yml",
            "site_search:\n  applicationID: 'JOBOOXM80B'\n  apiKey: '7ff4c908fe56dd46d570a49ad8e9f145'\n",
        ),
        # a chain's bech32 address; iCalendar's ids; digests compared; a setting on the line after a password's word
        (
            "README.md",
            'token1 = chain.get_token_by_denom("terra1vzd98s9kqdkatahxs7rsd8m474lf2f8ct39zdgd6shj4nh5e6kuskaz2gy")\n',
        ),
        ("README.md", "BEGIN:VEVENT\nUID:2f8059beaf05751acc703c2a12eee7e8\nPRODID:-//acme//org2cal//EN\n"),
        (
            "notes.txt",
            "Original: 007ee445d23ad061af4a36b809501fab1ac4f2d7e7a739817dd0cbb7ec661b8a\n"
            "Modified: 87808e5a6a196e401bde8ebaf5b453825cdc3b66b87526bb355d519ae52ba42b\n",
        ),
        (".env.production", "# seed default was demo@lab.test / password\nADMIN_EMAIL=zarina35@cwgrenada.gd\n"),
        # a file's line cited in a review table's evidence; a YAML alias under a label
        (
            "review.md",
            "| Criterion | Status | Evidence |\n|---|---|---|\n| `async def run()` | PASS | `loop.py:129` |\n",
        ),
        ("README.md", "- !SenderSummary\n  action: *id001\n  age: 0\n"),
        # a user's password named in camelCase, its value an ARN: no user and password pair
        (
            "policies.json",
            '{"IAMCreateRootUserPassword": "arn:aws:iam::aws:policy/root-task/IAMCreateRootUserPassword"}\n',
        ),
    ],
)
def test_round_46_hashes_addresses_and_ids_stay(path, text):
    assert not tagged(text, path, "KEY") and not tagged(text, path, "PASSWORD"), found(text, path)


@pytest.mark.parametrize(
    "path, text, value",
    [
        # an Algolia client built with its application id and a key: the admin key as often
        (
            "docs/deploy.rst",
            'client = Client(api_key="e3da02682804509bfd228314952706a6", app_id="Z844KXLQJ1")\n',
            "e3da0268",
        ),
        ("wallet.txt", "nsec: nsec1vl029mgpspedva04g90vltkh6fvh240zqtv9k0t9af8935ke9laqsnlfe5\n", "nsec1vl02"),
    ],
)
def test_credentials_beside_round_46s_shapes_are_redacted(path, text, value):
    assert_a_secret_starts_with(value, text, path)


# ------------------------------------------------------------------------------------------------- round 47
@pytest.mark.parametrize(
    "path, text",
    [
        # bitcoind's rpcauth (a salt and an HMAC of the password); a reCAPTCHA site key given by PHP's define()
        (
            "apps/exports.sh",
            'export APP_RPC_AUTH="umbrel:2b3f0e59d6c44fa1a84e2f6ad0c1d7e3$'
            '0c4f9b8e1d2a3b4c5d6e7f8091a2b3c4d5e6f708192a3b4c5d6e7f8091a2b3c4"\n',
        ),
        ("includes/sys.config.php", "define('RECAPTCHA_SITE_KEY', '6LcQm4svCavlrcBns5S9NKo8FIXQAm9gWowK32Hw');\n"),
        # a record's salt on the line after the digest it salts
        ("data/config.ini", "password=" + "5e" * 64 + "\nsalt=2bwypd5s1nuua2z586d04164mzemcep3\n"),
        # docker compose's project name; a generator's parameter; a YAML tag; a password policy's settings
        ("docs/run.md", "docker compose -p 'sinks-demo-stack' -f compose.json down --volumes\n"),
        ("README.md", "```sh\ngenerate-password length=16 --no-symbols\n```\n"),
        ("docs/tutorial.rst", "    joe:\n      password: !!binary |\n        7NcYcNGWMxapfjrDQIyYNa2M8PPB\n"),
        ("config.json", '{"passwords": {"min_length": "12", "hashing": "argon2id"}}\n'),
        ("CONTRIBUTING.md", "Thank you for contributing to the **Acme Password Keeper**! Your help counts.\n"),
        # a token format's prefix by chance inside base64 (a font embedded in an SVG); a service instance's name
        (
            "docs/arch.svg",
            "src:url(data:font/woff2;base64,d09GMgABAAAAAAe0AAEAAAACC4U03dgjXw889QABA+gAAAAA2F2ghAAAAADdZi82/"
            + "EAAQADAAIAAAAAAAAAAwIqArwABQAAAooCWAAAAEsCigJYAAABXgAyASkAAAILBwMDBAMCAgRgAAL3AAAAAwAAAAAAAAAAQURCTwAg"
            + "ACD//wLu/wYAAAPYAREgAAGfAAAAAAHwApQAAAAgAAMAAQAAAGoAAAAAAAwAAgA)\n",
        ),
        ("README.md", "Service connected..\nid: 3\nname: worker_app__docker_env_551204__9031\n\nbrokers:\n"),
        # "plain" in a comment with no password or hash above it
        ("notes.py", "x = compute()\n# render as plain text: markdown_v2\n"),
    ],
)
def test_round_47_hashes_ids_and_parameters_stay(path, text):
    assert not tagged(text, path, "KEY") and not tagged(text, path, "PASSWORD"), found(text, path)


@pytest.mark.parametrize(
    "path, text, value",
    [
        # the secret key beside a site key; an application's own salt with no digest beside it
        (
            "includes/sys.config.php",
            "define('RECAPTCHA_SITE_KEY', '6LcQm4svCavlrcBns5S9NKo8FIXQAm9gWowK32Hw');\n"
            "define('RECAPTCHA_SECRET_KEY', '6LeZm9svCavlrcBns5S9NKo8FIXQAm9gWowK32Hq');\n",
            "6LeZm9",
        ),
        ("config/app.ini", "[security]\nsalt = Vq3kLx9PzR2mWt7Yc4Nb8Hs1\n", "Vq3kLx9"),
    ],
)
def test_credentials_beside_round_47s_shapes_are_redacted(path, text, value):
    assert_a_secret_starts_with(value, text, path)


@pytest.mark.parametrize(
    "path, text",
    [
        # a MaNGOS install's documented default account; a field table from one product's names to another's
        ("etc/worldserver.conf", 'WorldDatabaseInfo = "127.0.0.1;3306;trinity;trinity;world"\n'),
        (
            "admin/user_admin.py",
            'TRAITS = {\n    "base:password": "racf:password",\n    "base:password_rule_1": "racf:rule1",\n}\n',
        ),
        # a kind of key named in prose; a relative import's target in a lazy-import table; a type annotation
        ("docs/auth.md", "- Never expose secret or `service_role` keys; they bypass row-level security.\n"),
        ("pkg/__init__.py", "    'SvnAuth'        : '._path.svnwc:SvnAuth',\n"),
        ("src/source.py", "    def __init__(self, username: str, password: str,tmpDirectory: str):\n"),
        # an Ethereum address under a name that is no secret's; a list of digests under keys; a "jwt:" block
        ("contracts/deploy.js", 'const treasury_key_holder = "0x88e6A0c2dDD26FEEb64F039a2c41296FcB3f5640";\n'),
        ("trust/keys.yaml", "keys:\n  - " + "4f" * 20 + "\n  - " + "a9" * 20 + "\n"),
        ("ui/keys.yaml", "keys:\n  up: ArrowUpwardsKeyBinding\n  down: ArrowDownwardsBinding\n"),
    ],
)
def test_round_48_defaults_field_names_and_prose_stay(path, text):
    assert not tagged(text, path, "KEY") and not tagged(text, path, "PASSWORD"), found(text, path)


def test_a_namespaced_keys_own_password_is_redacted_beside_round_48s_field_tables():
    # a field-name table maps "ns:name" to "ns:name"; a namespaced key's own value is still a password
    text = '{\n  "vnc:ip": "10.0.0.4",\n  "vnc:password": "testvncpass"\n}\n'
    assert_a_secret_starts_with("testvncpass", text, "fixtures/servers_info.json")


@pytest.mark.parametrize(
    "path, text",
    [
        # a users block of records (fields by user, no passwords); a GitHub API path's version; a conda channel
        # without a token; a host and its port given to an "_AUTH" setting; a placeholder in IRC's help text
        ("deploy/users.yml", "users:\n  alice:\n    email: alice@example.org\n    role: maintainer\n"),
        ("scripts/gh.sh", "curl https://api.github.com/v3/repos/octocat/Hello-World-Repository-Name/issues\n"),
        ("env/.condarc", "channels:\n  - https://conda.anaconda.org/conda-forge/linux-64\n"),
        ("app/.env", "UPSTREAM_PROXY_AUTH=squid:3128\n"),
        ("docs/irc.md", "Then type `/msg NickServ IDENTIFY <password>` to log in.\n"),
        # a TOML section named for passwords whose settings read their value from elsewhere; a decoding command
        # whose output is another command; a cache key; a JWT secret file's path
        ("node/secrets.toml", "[Password]\nKeystore = '${KEYSTORE_PASSWORD}'\n"),
        ("notes/k8s.txt", "$ kubectl get secret db-password -o jsonpath='{.data.password}' | base64 -d\n$ exit\n"),
        ("app/settings.py", 'SESSION_CACHE_KEY = "sessions:v2:by-user"\n'),
        ("docs/node.md", "Point the client at the jwt.hex file: --authrpc.jwtsecret /var/lib/jwt.hex\n"),
    ],
)
def test_round_49_fields_paths_and_placeholders_stay(path, text):
    assert not tagged(text, path, "KEY") and not tagged(text, path, "PASSWORD"), found(text, path)


@pytest.mark.parametrize(
    "path, text",
    [
        # ids composed of other ids by ":" under a key's name; how passwords are stored, named in prose; an OpenAPI
        # model's map of types
        (
            "tests/test_accounts.py",
            'provider = {"account_key": "default:STOCK:8885060548", "account_id": "8885060548"}\n',
        ),
        (
            "spec/stripe.json",
            '"occurrence_key": "stripe:invoice:in_1P9x:invoice.payment_failed:evt_1P9xKl2eZvKYlo2C"\n',
        ),
        ("docs/trial.md", "- **パスワードハッシュ**: PBKDF2-HMAC-SHA256 (200,000 iterations) / scrypt 実装済み\n"),
        ("docs/config.md", "Fernet-compatible 32-byte key or any passphrase (PBKDF2-derived). **Required**\n"),
        ("sdk/models/proxy_dto.py", 'openapi_types = {\n    "username": "str",\n    "password": "list[str]",\n}\n'),
        # an instruction run together before a filler; the base64 of a hex byte pattern; an encrypted envelope's salt
        ("docs/tutorial.md", "    ./sushichef.py --token=YOURTOKENHERE9139139f3a23232\n"),
        ("docs/spec.md", '{\n  "aes_key": "MDAxMTIyMzM0NDU1NjY3Nzg4OTlhYWJiY2NkZGVlZmY=",\n  "encrypt_type": 1\n}\n'),
        (
            "spec/vector.v1.json",
            '{\n  "salt": "Zaieku8TjeKB-jfdRjlOfBufwGP5BsGY6PYIA1PwcQk",\n  "iv": "gf_vsGj9KXTwRobP",\n'
            '  "ciphertext": "pCDCqi28VnKlw0Wc"\n}\n',
        ),
        # a parameter set to a number after -p; a call's argument built only of a template's fields; the stored
        # hash MySQL's client prints in a table's password column
        ("docs/cli.rst", '  $ viresclient set_upload_parameters URL -p "Latitude=43.78" -p "Longitude=12.34"\n'),
        ("src/caller.py", '        return self.auth(f"{self.caller_props.url}{config.PASSWORDS_API}/{pk}")\n'),
        (
            "notes/mysql.txt",
            "+-------+-------------------------------------------+\n"
            "| user  | password                                  |\n"
            "+-------+-------------------------------------------+\n"
            "| root  | *81F5E21E35407D884A6CD4A731AEBFB6AF209E1B |\n"
            "+-------+-------------------------------------------+\n",
        ),
    ],
)
def test_round_50_composite_ids_algorithm_names_and_fields_stay(path, text):
    assert not tagged(text, path, "KEY") and not tagged(text, path, "PASSWORD"), found(text, path)
