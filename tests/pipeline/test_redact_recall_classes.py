"""codelm redact's recall classes added when the held-out sets' misses were read (the first three, then the fourth
and the fifth, each section below): provider token formats
(Slack webhooks, age, New Relic, Vault, Atlassian, Mapbox secret tokens, Mailgun, Telegram, WireGuard keys),
Basic credentials stored for registries, credential file formats (.pgpass, one-line .netrc, SNMP, redis.conf,
cloud-init chpasswd, WordPress salts, Consul tokens, ``net use``) and aligned assignments. Several must-redact and
must-stay variants per class; every value is generated from a seeded random source (no real secret)."""

from __future__ import annotations

import base64
import random
import string
import uuid

import pytest

from codelm.pipeline.redact import RedactConfig, Redactor
from codelm.pipeline.redact.credfiles import _says_password as secret_word_in
from codelm.pipeline.redact.lookalikes import is_gibberish

REDACTOR = Redactor(RedactConfig())
RNG = random.Random(20261203)
ALNUM = string.ascii_letters + string.digits


@pytest.fixture(autouse=True)
def _values_per_test(request):
    """Draw each test's values from a seed of its own id: the same values in a full run, a -k subset or alone."""
    state = RNG.getstate()
    RNG.seed(request.node.nodeid)
    yield
    RNG.setstate(state)


def rand(n: int, alphabet: str = ALNUM) -> str:
    """n characters of ``alphabet``, with a digit and a letter among them when the alphabet has both."""
    mixed = any(c.isdigit() for c in alphabet) and any(c.isalpha() for c in alphabet)
    while True:
        value = "".join(RNG.choice(alphabet) for _ in range(n))
        if not mixed or (any(c.isdigit() for c in value) and any(c.isalpha() for c in value)):
            return value


def key_material_base64(size: int) -> str:
    """Base64 of ``size`` random bytes holding a "+" or "/": under a constant's name only key material with symbols
    counts, which hex digests and identifiers lack."""
    while True:
        value = base64.b64encode(RNG.randbytes(size)).decode()
        if "+" in value or "/" in value:
            return value


def password() -> str:
    return rand(6, string.ascii_letters) + RNG.choice("!_.-*") + rand(6, string.digits + string.ascii_letters)


def found(text: str, path: str) -> list[tuple[str, str]]:
    return [(finding.tag, text[finding.start : finding.end]) for finding in REDACTOR.find(text, path)]


def secrets(text: str, path: str) -> list[tuple[str, str]]:
    return [(tag, value) for tag, value in found(text, path) if tag in ("KEY", "PASSWORD")]


def assert_a_value_found(path: str, template: str, tag: str, values: dict[str, str]) -> None:
    """``template`` filled with ``values``: one of the values it holds is found whole or in part, under ``tag``."""
    text = template.format(**values)
    expected = [value for value in values.values() if value in text]
    assert any(
        found_tag == tag and any(value in found_value for value in expected)
        for found_tag, found_value in found(text, path)
    ), found(text, path)


def lower_key32() -> str:
    """32 lower-case letters and digits, six digits or more among them: a one-case key with its digits strewn."""
    while True:
        value = rand(32, string.ascii_lowercase + string.digits)
        if sum(c.isdigit() for c in value) >= 6:
            return value


BECH32 = "QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L"
HEX = "0123456789abcdef"
B64URL = ALNUM + "_-"

SLACK = f"T{rand(9).upper()}/B{rand(10).upper()}/{rand(24)}"
AGE = "AGE-SECRET-KEY-1" + rand(58, BECH32)
NRAK = "NRAK-" + rand(27, string.ascii_uppercase + string.digits)
VAULT = "hvs." + rand(24, B64URL)
ATLASSIAN = "ATATT3" + rand(183, B64URL) + "=" + rand(8, "0123456789ABCDEF")
MAPBOX = "sk.eyJ" + rand(60, B64URL) + "." + rand(22, B64URL)
MAILGUN = "key-" + rand(32, HEX)
TELEGRAM = str(RNG.randrange(10**9, 10**10)) + ":AA" + rand(33, B64URL)
WG = base64.b64encode(bytes(RNG.randrange(256) for _ in range(32))).decode()


# ------------------------------------------------------------------------------------------- token formats
@pytest.mark.parametrize(
    "path, text, value",
    [
        ("notify.py", f'SLACK_WEBHOOK_URL = "https://hooks.slack.com/services/{SLACK}"', SLACK),
        ("alertmanager.yml", f"  slack_api_url: https://hooks.slack.com/services/{SLACK}", SLACK),
        ("Jenkinsfile", f"sh 'curl -X POST -d @p.json https://hooks.slack.com/services/{SLACK}'", SLACK),
        ("keys.txt", f"# created: 2024-01-01\n{AGE}\n", AGE),
        ("settings.py", f'NEW_RELIC = "{NRAK}"', NRAK),
        ("monitoring.yaml", f"  api_key: {NRAK}", NRAK),
        ("RUNBOOK.md", f"    vault login {VAULT}", VAULT),
        ("config.hcl", f"# root token for the lab cluster: {VAULT}", VAULT),
        ("jira.py", f'JIRA(server="https://x.atlassian.net", basic_auth=("me@corp.test", "{ATLASSIAN}"))', ATLASSIAN),
        ("table.js", f'  mapbox: "{MAPBOX}",', MAPBOX),
        ("config.php", f"$mailgun = '{MAILGUN}';", MAILGUN),
        ("bot.ts", f'export const TELEGRAM_BOT = "{TELEGRAM}";', TELEGRAM),
        ("wg0.conf", f"[Peer]\nPresharedKey = {WG}\nEndpoint = 10.0.0.1:51820\n", WG),
    ],
)
def test_provider_token_formats_are_keys(path, text, value):
    assert ("KEY", value) in found(text, path)


@pytest.mark.parametrize(
    "path, text",
    [
        ("notify.py", 'SLACK_WEBHOOK_URL = "https://hooks.slack.com/services/T000/B000/XXXXXXXX"'),
        ("README.md", "Vault tokens start with hvs. followed by the token's random part."),
        ("vault.md", "    vault login hvs.your-vault-token-goes-here"),
        ("nr.py", 'NEW_RELIC = "NRAK-XXXXXXXXXXXXXXXXXXXXXXXXXXX"'),
        ("cache.py", 'key = "key-" + hashlib.md5(name).hexdigest()'),
        ("mac.txt", "00:AA:11:BB:22:CC"),
        ("wg0.conf", f"[Peer]\nPublicKey = {WG}\nEndpoint = 10.0.0.1:51820\n"),
        ("map.js", f'  mapbox: "pk.eyJ{rand(60, B64URL)}.{rand(22, B64URL)}",'),
    ],
)
def test_token_format_lookalikes_stay(path, text):
    assert secrets(text, path) == []


# --------------------------------------------------------------------------------- Basic credentials stored
@pytest.mark.parametrize(
    "path, template",
    [
        (".npmrc", "//nexus.corp.test/repository/npm/:_auth={b64}\n"),
        ("config.json", '{{"auths": {{"registry.corp.test": {{"auth": "{b64}"}}}}}}'),
        ("api.http", "GET /v1/me\nAuthorization: Basic {b64}\n"),
        ("site.conf", '    proxy_set_header Authorization "Basic {b64}";'),
    ],
)
def test_basic_credentials_are_keys(path, template):
    b64 = base64.b64encode(f"deploy:{password()}".encode()).decode()
    assert ("KEY", b64) in found(template.format(b64=b64), path)


@pytest.mark.parametrize(
    "path, text",
    [
        (".npmrc", "//nexus.corp.test/repository/npm/:_auth=${NPM_AUTH}\n"),
        (
            "config.json",
            '{"auths": {"registry.corp.test": {"auth": "' + base64.b64encode(b"no-colon-here").decode() + '"}}}',
        ),
        ("config.json", '{"auth": "required"}'),
    ],
)
def test_stored_auth_without_credentials_stays(path, text):
    assert secrets(text, path) == []


# ------------------------------------------------------------------------------ credential file formats
def test_pgpass_lines_are_passwords():
    pws = [password() for _ in range(3)]
    text = (
        f"db.corp.test:5432:app:svc:{pws[0]}\n"
        f"# comment line\n10.1.2.3:5432:*:readonly:{pws[1]}\nlocalhost:*:*:postgres:{pws[2]}\n"
    )
    assert secrets(text, "home/.pgpass") == [("PASSWORD", pw) for pw in pws]


@pytest.mark.parametrize(
    "path, text",
    [
        ("notes.txt", f"db.corp.test:5432:app:svc:{password()}\n"),  # the shape alone, outside a .pgpass
        ("home/.pgpass", "db.corp.test:5432:app:svc:*\n"),
        ("home/.pgpass", "# hostname:port:database:username:password\n"),
    ],
)
def test_pgpass_lookalikes_stay(path, text):
    assert [v for t, v in secrets(text, path) if t == "PASSWORD"] == []


@pytest.mark.parametrize(
    "path, template",
    [
        ("Dockerfile", 'RUN echo "machine api.corp.test login bot password {pw}" > /root/.netrc'),
        ("setup.sh", "printf 'machine git.corp.test login ci password {pw}\\n' >> ~/.netrc"),
        (".netrc", "machine ftp.corp.test login deploy password {pw}\n"),
    ],
)
def test_one_line_netrc_passwords(path, template):
    pw = password()
    assert ("PASSWORD", pw) in found(template.format(pw=pw), path)


def test_anonymous_netrc_login_stays():
    assert secrets("machine ftp.corp.test login anonymous password guest@corp.test\n", "setup.sh") == []


@pytest.mark.parametrize(
    "template",
    [
        "rocommunity {pw} 10.0.0.0/8\n",
        "rwcommunity {pw}\n",
        "snmp-server community {pw} RO\n",
        'createUser monitor SHA "{pw}" AES "{pw2}"\n',
        "createUser monitor MD5 {pw} DES {pw2}\n",
    ],
)
def test_snmp_communities_and_users(template):
    pw, pw2 = password(), password()
    values = [v for _, v in secrets(template.format(pw=pw, pw2=pw2), "etc/snmp/snmpd.conf")]
    assert pw in values
    if "{pw2}" in template:
        assert pw2 in values


@pytest.mark.parametrize(
    "text",
    [
        "rocommunity public 10.0.0.0/8\n",
        "rwcommunity private\n",
        "# the community string is set below\n",
        "The rocommunity directive takes a community name.\n",
        "createUser(name, password)\n",
    ],
)
def test_snmp_lookalikes_stay(text):
    assert secrets(text, "etc/snmp/snmpd.conf") == []


@pytest.mark.parametrize("directive", ["requirepass", "masterauth"])
@pytest.mark.parametrize("quote", ["", '"'])
def test_redis_conf_passwords(directive, quote):
    pw = password()
    assert ("PASSWORD", pw) in found(f"bind 127.0.0.1\n{directive} {quote}{pw}{quote}\n", "etc/redis/redis.conf")


@pytest.mark.parametrize(
    "text",
    [
        "# requirepass foobared\n",
        "masterauth <master-password>\n",
        "Use requirepass to set a password.\n",
    ],
)
def test_redis_lookalikes_stay(text):
    assert secrets(text, "etc/redis/redis.conf") == []


def test_cloud_init_chpasswd_list():
    pws = [password(), password()]
    text = f"#cloud-config\nchpasswd:\n  list: |\n    root:{pws[0]}\n    ubuntu:{pws[1]}\n  expire: false\n"
    assert [v for _, v in secrets(text, "user-data.yaml")] == pws


@pytest.mark.parametrize(
    "text",
    [
        "chpasswd:\n  list: |\n    root:RANDOM\n    ubuntu:R\n  expire: false\n",
        "chpasswd:\n  list: |\n    root:$6$rounds=4096$abc$Qw3rTyUi0pAsDfGhJkLzXcVbNm\n",
        "chpasswd:\n  expire: false\n",
    ],
)
def test_cloud_init_lookalikes_stay(text):
    assert secrets(text, "user-data.yaml") == []


@pytest.mark.parametrize("name", ["AUTH_KEY", "SECURE_AUTH_KEY", "LOGGED_IN_SALT", "NONCE_SALT"])
def test_wordpress_salts(name):
    salt = rand(64, ALNUM + "!#%^&*()-_=+[]{}<>~|;:,.")
    salt = salt.replace("'", "")
    text = f"define( '{name}',         '{salt}' );"
    assert ("KEY", salt) in found(text, "wp-config.php")


@pytest.mark.parametrize(
    "text",
    [
        "define( 'AUTH_KEY',         'put your unique phrase here' );",
        "define( 'WP_DEBUG', false );",
        "define( 'DB_NAME', 'wordpress' );",
    ],
)
def test_wordpress_lookalikes_stay(text):
    assert secrets(text, "wp-config.php") == []


def test_consul_tokens():
    token = str(uuid.UUID(int=RNG.getrandbits(128), version=4))
    for text in (
        f'storage "consul" {{\n  address = "10.0.0.2:8500"\n  token   = "{token}"\n}}\n',
        f"export CONSUL_HTTP_TOKEN={token}\n",
    ):
        assert ("KEY", token) in found(text, "vault/config.hcl")


@pytest.mark.parametrize(
    "text",
    [
        # ids, not tokens: an accessor id, a UUID of another version, a UUID with no token name
        'storage "consul" {\n  accessor_id = "%s"\n}\n' % uuid.UUID(int=RNG.getrandbits(128), version=4),
        'storage "consul" {\n  token = "%s"\n}\n' % uuid.UUID(int=RNG.getrandbits(128), version=1),
        'service "consul" {\n  id = "%s"\n}\n' % uuid.UUID(int=RNG.getrandbits(128), version=4),
    ],
)
def test_consul_lookalikes_stay(text):
    assert secrets(text, "consul.hcl") == []


def test_net_use_password():
    pw = password()
    assert ("PASSWORD", pw) in found(f"net use \\\\10.0.0.5\\share /user:CORP\\app {pw}\n", "Deploy.ps1")
    assert secrets("net use \\\\10.0.0.5\\share /user:CORP\\app *\n", "Deploy.ps1") == []


# ------------------------------------------------------------------------------------- aligned assignments
@pytest.mark.parametrize("spaces", [1, 10, 24])
def test_aligned_terraform_password(spaces):
    pw = password()
    pad = " " * spaces
    text = f'resource "aws_db_instance" "db" {{\n  username{pad}= "admin"\n  password{pad}= "{pw}"\n}}\n'
    assert ("PASSWORD", pw) in found(text, "main.tf")


def test_aligned_terraform_variable_reference_stays():
    text = 'resource "aws_db_instance" "db" {\n  password          = var.db_password\n}\n'
    assert secrets(text, "main.tf") == []


# ----------------------------------------------------------------------------- Kubernetes Secret data
def test_kubernetes_secret_data_is_a_key():
    b64 = base64.b64encode(password().encode()).decode()
    pw = password()
    text = (
        "apiVersion: v1\nkind: Secret\nmetadata:\n  name: app\ntype: Opaque\n"
        f'data:\n  db-password: {b64}\nstringData:\n  password: "{pw}"\n'
    )
    assert secrets(text, "k8s/app-secret.yaml") == [("KEY", b64), ("PASSWORD", pw)]


def test_base64_password_outside_a_secret_stays_a_password():
    b64 = base64.b64encode(password().encode()).decode()
    text = f"kind: ConfigMap\ndata:\n  db-password: {b64}\n"
    assert secrets(text, "k8s/app.yaml") == [("PASSWORD", b64)]


# --------------------------------------------------------------------------------------- look-alike classes
@pytest.mark.parametrize(
    "text",
    [
        "- Bump urllib3 to 11.18.9.155\n",
        "* Bumped bundled schema to 6.27.6.58\n",
        "Upgrade protobuf from 3.20.1 to 4.21.12.1\n",
        '    assert parse("11.6.1.80") > parse("1.0")\n',
        "if Version('2.33.19.56') < current:\n",
    ],
)
def test_version_numbers_shaped_like_addresses_stay(text):
    assert [tag for tag, _ in found(text, "CHANGES.md") if tag == "IP_ADDRESS"] == []


@pytest.mark.parametrize(
    "text",
    [
        "Updated DNS to 11.18.9.155\n",
        "ping to 11.18.9.155 failed\n",
        'server = "11.18.9.155"\n',
    ],
)
def test_addresses_after_to_are_still_addresses(text):
    assert ("IP_ADDRESS", "11.18.9.155") in found(text, "notes.md")


@pytest.mark.parametrize("label", ["Mot de passe", "Passwort", "Contraseña", "Wachtwoord", "Пароль", "パスワード"])
def test_password_translations_stay(label):
    text = f'login:\n  password: "{label}"\n  password_hint: "{label}"\n'
    assert secrets(text, "config/locales.yaml") == []


def test_password_with_a_translated_word_inside_is_still_one():
    pw = "Passwort" + rand(4, string.digits) + "!"
    assert ("PASSWORD", pw) in found(f'  password: "{pw}"\n', "config/app.yaml")


# -------------------------------------------------------------------------- passwords stated in prose
@pytest.mark.parametrize(
    "path, template",
    [
        ("ticket.txt", "Hi, I reset the staging DB password to {pw} - please rotate it after the demo."),
        ("ops.txt", "[11:27] <ana> password changed to {pw}, same user"),
        ("export.json", '{{"user": "U1", "text": "prod redis password is {pw} fyi, will rotate"}}'),
        ("deploy.rst", "For the demo server log in as ``demo`` with password ``{pw}``."),
        ("notes.md", "Use the password **{pw}** to log in."),
        ("ticket.txt", "Temporary admin login: admin / {pw}"),
        ("setup.md", "> the shared test account is `etl` / `{pw}`; do not use it for anything else."),
        ("base.html", "<!-- staging: http://10.0.0.4:8080 (admin / {pw}) -->"),
    ],
)
def test_passwords_stated_in_prose(path, template):
    pw = password()
    assert ("PASSWORD", pw) in found(template.format(pw=pw), path)


@pytest.mark.parametrize(
    "path, text",
    [
        ("README.md", "Set the password to admin before the first start."),
        ("README.md", "The password is required and must hold 12 characters."),
        ("app.py", "# password: db_password_2"),
        ("app.py", "# password: self.Password2"),
        ("forms.py", "password changed to {new_password}"),
        ("ratio.py", "share = used / total_bytes2"),
        ("paths.md", "Log in as admin / see docs/Setup2.md"),
        ("notes.txt", "user / Group-Policy: see the admin guide"),
    ],
)
def test_prose_lookalikes_stay(path, text):
    assert [v for t, v in secrets(text, path) if t == "PASSWORD"] == []


# ------------------------------------------------------ fourth held-out set's vendor formats (tuned on from here)
_STATE = RNG.getstate()  # the draws below leave the earlier tests' values as they were
DIGITALOCEAN = "dop_v1_" + rand(64, HEX)
SENTRY_USER = "sntryu_" + rand(64, HEX)
SENTRY_ORG = "sntrys_eyJpYXQiOjE3" + rand(120, B64URL)
LINEAR = "lin_api_" + rand(40)
POSTMAN = "PMAK-" + rand(24, HEX) + "-" + rand(34, HEX)
NETLIFY = "nfp_" + rand(36)
REPLICATE = "r8_" + rand(37)
JFROG = "AKCp" + rand(69)
FCM = "AAAA" + rand(7, B64URL) + ":APA91b" + rand(134, B64URL)
DISCORD_ID, DISCORD_TOKEN = str(RNG.randrange(10**17, 10**18)), rand(68, B64URL)
AZURE_CLIENT = rand(3) + "8Q~" + rand(34, ALNUM + "~._-")
SAS_SIG = rand(40, ALNUM + "+/").replace("+", "%2B").replace("/", "%2F") + "%3D"
SESSION = rand(48, B64URL)
RNG.setstate(_STATE)


@pytest.mark.parametrize(
    "path, text, value",
    [
        ("ci.yml", f"          - export DIGITALOCEAN_ACCESS_TOKEN={DIGITALOCEAN}\n", DIGITALOCEAN),
        ("cloud-init.yml", f"  - path: /etc/app/token\n    content: {DIGITALOCEAN}\n", DIGITALOCEAN),
        ("src/lib.rs", f'pub const SENTRY_AUTH: &str = "{SENTRY_USER}";\n', SENTRY_USER),
        ("Info.plist", f"  <key>SentryAuthToken</key>\n  <string>{SENTRY_ORG}</string>\n", SENTRY_ORG),
        ("values.yaml", f"integrations:\n  linear_key: {LINEAR}\n", LINEAR),
        ("values.yaml", f"  postman_key: {POSTMAN}\n", POSTMAN),
        ("Config.kt", f'    const val NETLIFY = "{NETLIFY}"\n', NETLIFY),
        ("secrets.toml", f'replicate = "{REPLICATE}"\n', REPLICATE),
        ("notes.md", f"<!-- staging token {JFROG}, owner ops -->\n", JFROG),
        ("config.js", f"  firebase: {{ serverKey: '{FCM}' }},\n", FCM),
        (
            "notify.py",
            f'requests.post("https://discord.com/api/webhooks/{DISCORD_ID}/{DISCORD_TOKEN}", json=body)\n',
            DISCORD_TOKEN,
        ),
        ("Program.cs", f'var app = Build("tenant", "client", "{AZURE_CLIENT}");\n', AZURE_CLIENT),
        (
            "appsettings.json",
            f'  "Sas": "https://acct.blob.core.windows.net/c?sv=2022-11-02&ss=b&sp=rl&sig={SAS_SIG}",\n',
            SAS_SIG,
        ),
        ("request.http", f"GET /api HTTP/1.1\nCookie: session={SESSION}\nAccept: */*\n", SESSION),
        ("notify.sh", f'curl -s "https://api.telegram.org/bot{TELEGRAM}/sendMessage" -d chat_id=1\n', TELEGRAM),
    ],
)
def test_vendor_token_formats_of_the_fourth_heldout_set(path, text, value):
    assert ("KEY", value) in secrets(text, path), found(text, path)


@pytest.mark.parametrize(
    "path, text",
    [
        ("notes.md", "Linear keys start with `lin_api_` and Postman keys with `PMAK-`.\n"),
        ("request.http", "Cookie: session=deleted; Path=/\n"),
        ("request.http", "Cookie: session=your-session-cookie-goes-here-xx\n"),
        ("links.md", "https://example.org/download?sig=" + rand(40, HEX) + "\n"),  # no sv=: no SAS token
        ("chat.py", 'ESCALATION = "AAAA"\n'),
    ],
)
def test_vendor_format_lookalikes_stay(path, text):
    assert secrets(text, path) == [], found(text, path)


# --------------------------------------------- positional passwords after an e-mail (sixth audit, held-out 4)
def test_add_user_reports_the_string_after_the_email_not_a_name():
    secret = password()
    text = f'user = sm.add_user("bob_corp", "bob", "smith", "bob@corp-mail.io", role_admin, "{secret}")\n'
    assert secrets(text, "testdata.py") == [("PASSWORD", secret)], found(text, "testdata.py")


def test_add_user_without_a_password_string_reports_nothing():
    text = 'user = sm.add_user("bob_corp", "bob", "smith", "bob@corp-mail.io", role_admin)\n'
    assert secrets(text, "testdata.py") == [], found(text, "testdata.py")


@pytest.mark.parametrize(
    "text, value",
    [
        ('        await auth.auth_login("username", "bogus")\n', "bogus"),  # a callee named only by login words
        ('    user = self.create_user(\n        self.app,\n        "tmp_user",\n        "password1",\n', "password1"),
    ],
)
def test_positional_passwords_recovered(text, value):
    assert ("PASSWORD", value) in secrets(text, "test_auth.py"), found(text, "test_auth.py")


# ------------------------------------------------ the fifth held-out set's misses (2026-12-03, tuned on since)
# Each class with its shapes in several syntaxes; values from the seeded source.
def _escaped_json(secret: str) -> list[tuple[str, str]]:
    return [
        ("Client.java", f'String body = "{{\\"username\\":\\"ops\\",\\"password\\":\\"{secret}\\"}}";\n'),
        ("Kafka.scala", f'p.put("jaas", "ScramLoginModule required user=\\"app\\" password=\\"{secret}\\";")\n'),
        (
            "session.har",
            f'{{"postData": {{"text": "{{\\"mail\\":\\"a@mail.ru\\",\\"password\\": \\"{secret}\\"}}"}}}}\n',
        ),
    ]


@pytest.mark.parametrize("case", range(3))
def test_passwords_in_strings_inside_strings(case):
    secret = password()
    path, text = _escaped_json(secret)[case]
    assert ("PASSWORD", secret) in secrets(text, path), found(text, path)


@pytest.mark.parametrize(
    "path, template",
    [
        ("build.gradle", '    release {{\n        storePassword "{0}"\n        keyAlias "upload"\n    }}\n'),
        ("build.gradle", "        keyPassword '{0}'\n"),
        ("Gemfile", '  password "{0}"  # staging\n'),
        ("agent.reg", '[HKEY_LOCAL_MACHINE\\SOFTWARE\\Acme]\n"ProxyPassword"="{0}"\n"InstallId"="x"\n'),
        ("deploy.ps1", "$h = @{{ 'X-Db-Password' = '{0}' }}\n"),
    ],
)
def test_settings_without_an_equals_sign_or_with_quoted_names(path, template):
    secret = password()
    text = template.format(secret)
    assert ("PASSWORD", secret) in secrets(text, path), found(text, path)


@pytest.mark.parametrize(
    "path, text",
    [
        ("build.gradle", 'storePassword System.getenv("STORE_PASSWORD")\n'),
        ("build.gradle", '    password "changeme"\n'),
        ("notes.py", 'print("password")\nlog("password", "is required")\n'),
        ("agent.reg", '"ProxyPassword"=""\n"ProxyPasswordHint"="ask the admin"\n'),
    ],
)
def test_settings_without_an_equals_sign_lookalikes_stay(path, text):
    assert secrets(text, path) == [], found(text, path)


@pytest.mark.parametrize(
    "template",
    [
        "Hola, la contraseña del wifi de la oficina es {0} y el router está en la sala.\n",
        "Merci ! Le mot de passe du compte de test est {0}, mais ne le partagez pas.\n",
        "Das initiale Passwort für neue Konten ist {0} und muss geändert werden.\n",
        "2. A senha do usuário `deploy` é `{0}` (trocar após o primeiro acesso).\n",
        "本番DBのパスワードは {0} です。\n",
        "测试服务器的密码：{0}\n",
        "Ольга: пароль от админки — {0}, сервер в Москве\n",
        "Zeynep: yeni şifre: {0} (VPN)\n",
        "Mateusz: hasło do Jiry: {0}\n",
        "The password for the staging box is {0} until Friday.\n",
    ],
)
def test_passwords_stated_in_other_languages(template):
    secret = password()
    text = template.format(secret)
    assert secrets(text, "chat.md") == [("PASSWORD", secret)], found(text, "chat.md")


@pytest.mark.parametrize(
    "text",
    [
        "Das Passwort ist erforderlich.\n",
        "La contraseña debe tener al menos 8 caracteres.\n",
        "пароль: Пароль\n",
        "パスワードを入力してください。\n",
        "read only, password stored in arn:aws:secretsmanager:eu-central-1:123456789012:secret:grafana-ro-AbCdEf\n",
        "Le mot de passe est obligatoire : https://docs.corp.io/reset\n",
    ],
)
def test_password_words_in_other_languages_lookalikes_stay(text):
    assert secrets(text, "ui.md") == [], found(text, "ui.md")


@pytest.mark.parametrize(
    "path, template",
    [
        ("consts.py", '_LOGIN = ("ops", "{0}")\n'),
        ("client.py", 'LOGIN = ["deploy", "{0}"]\n'),
        ("nginx.lua", 'local res, err = red:auth("{0}")\n'),
        ("cache.py", 'r.auth("{0}")\n'),
    ],
)
def test_login_tuples_and_single_argument_auth_calls(path, template):
    secret = password()
    text = template.format(secret)
    assert ("PASSWORD", secret) in secrets(text, path), found(text, path)


@pytest.mark.parametrize(
    "path, text",
    [
        ("urls.py", 'LOGIN = ("GET", "/login")\nlogin = (user, "Login")\n'),
        ("auth.py", 'header = auth("Authorization")\nr.auth(token)\n'),
    ],
)
def test_login_tuple_lookalikes_stay(path, text):
    assert secrets(text, path) == [], found(text, path)


@pytest.mark.parametrize(
    "path, template, tag",
    [
        ("app.log", "2026-11-02T08:14:07Z DEBUG Db - connecting with password={0} to db\n", "PASSWORD"),
        ("access.log", '1.2.3.4 - - [02/Nov/2026] "GET /reset?token={0} HTTP/1.1" 200 128\n', "KEY"),
        ("README.md", "`Server=db,1433;User Id=app;Password={0}.250;Encrypt=True`\n", "PASSWORD"),
    ],
)
def test_bare_values_in_logs_queries_and_connection_strings(path, template, tag):
    secret = rand(12, string.ascii_lowercase) + "_" + rand(4, string.digits) if tag == "PASSWORD" else rand(40)
    text = template.format(secret)
    expected = secret + ".250" if "Encrypt" in template else secret
    assert (tag, expected) in secrets(text, path), found(text, path)


def test_bare_log_placeholders_stay():
    text = "DEBUG connecting with password=*** to db\nINFO token=None\n"
    assert secrets(text, "app.log") == [], found(text, "app.log")


RUBYGEMS = "rubygems_" + rand(48, HEX)
TENCENT = "AKID" + rand(32)
TEAMS_SECRET = rand(32, HEX)


@pytest.mark.parametrize(
    "path, text, value",
    [
        ("credentials", f"---\n:rubygems_api_key: {RUBYGEMS}\n", RUBYGEMS),
        (".env", f"TENCENTCLOUD_SECRET_ID={TENCENT}\n", TENCENT),
        (
            "hooks.md",
            f"https://acme.webhook.office.com/webhookb2/{uuid.UUID(int=RNG.getrandbits(128))}@x/IncomingWebhook/"
            f"{TEAMS_SECRET}/{uuid.UUID(int=RNG.getrandbits(128))}\n",
            TEAMS_SECRET,
        ),
    ],
)
def test_more_vendor_formats(path, text, value):
    assert ("KEY", value) in secrets(text, path), found(text, path)


@pytest.mark.parametrize(
    "path, template",
    [
        ("session.har", '{{"headers": [{{"name": "Cookie", "value": "sessionid={0}; csrftoken=x"}}]}}\n'),
        ("dump.txt", "HTTP/1.1 200 OK\nSet-Cookie: session={0}; HttpOnly; Secure\n"),
    ],
)
def test_session_cookies_of_one_case(path, template):
    value = rand(32, string.ascii_lowercase + string.digits)
    text = template.format(value)
    assert ("KEY", value) in secrets(text, path), found(text, path)


@pytest.mark.parametrize(
    "path, template",
    [
        (".env", "VULTR_API_KEY={0}\n"),
        (".env", "B2_APPLICATION_KEY={0}\n"),
        ("debug.cpp", 'static const char* kDebugKey = "{0}";\n'),
        ("deploy.ps1", "$storageKey = '{0}'\n"),
    ],
)
def test_keys_by_name_and_shape(path, template):
    if "VULTR" in template:
        value = rand(36, string.ascii_uppercase + string.digits)
    elif "storageKey" in template:  # an Azure storage account key: 64 random bytes in base64
        value = base64.b64encode(bytes(RNG.randrange(256) for _ in range(64))).decode()
    else:
        value = rand(34, ALNUM) + RNG.choice("_-") + rand(5, ALNUM)
    text = template.format(value)
    assert ("KEY", value) in secrets(text, path), found(text, path)


def test_a_random_uuid_under_a_secret_name_is_a_key():
    value = str(uuid.UUID(int=RNG.getrandbits(128), version=4))
    text = f"SCW_SECRET_KEY={value}\nSCW_PROJECT_ID={uuid.UUID(int=RNG.getrandbits(128), version=4)}\n"
    assert secrets(text, ".env") == [("KEY", value)], found(text, ".env")


@pytest.mark.parametrize(
    "text",
    [
        'sort_key = "name"\nprimaryKey = "id"\n',
        'cacheKey = "users:42:profile"\n',
        'token = "1342ef73-9b42-2a9f-7154-0daf57c9b90c"\n',  # not a random (version 4) UUID: an id
        'request_id = "516083ca-0910-4c51-b362-a121b90eeb1d"\n',
    ],
)
def test_key_name_and_uuid_lookalikes_stay(text):
    assert secrets(text, "settings.py") == [], found(text, "settings.py")


# ------------------------------------------------ the sixth held-out set's misses (2026-12-03, tuned on since)
@pytest.mark.parametrize(
    "prefix, size, alphabet",
    [
        ("ntn_", None, None),
        ("dckr_pat_", 27, B64URL),
        ("glsa_", None, None),
        ("sbp_", 40, HEX),
        ("bkua_", 40, HEX),
        ("shpat_", 32, HEX),
        ("shpss_", 32, HEX),
    ],
)
def test_vendor_formats_of_the_sixth_set(prefix, size, alphabet):
    if prefix == "ntn_":
        value = prefix + rand(11, string.digits) + rand(35)
    elif prefix == "glsa_":
        value = prefix + rand(32) + "_" + rand(8, HEX)
    else:
        value = prefix + rand(size, alphabet)
    text = f"tokens:\n  service: {value}\n"
    assert secrets(text, "vendor.yml") == [("KEY", value)], found(text, "vendor.yml")


@pytest.mark.parametrize("text", ["prefix: ntn_example\n", "shpat_" + "0" * 32 + "\n", "sbp_" + "ab" * 20 + "x\n"])
def test_vendor_formats_of_the_sixth_set_lookalikes_stay(text):
    assert secrets(text, "vendor.yml") == [], found(text, "vendor.yml")


@pytest.mark.parametrize(
    "path, template",
    [
        ("haproxy.cfg", "userlist admins\n    user ops insecure-password {0}\n"),
        ("router.cfg", "username netops privilege 15 password 0 {0}\n"),
        ("router.cfg", "enable secret 0 {0}\n"),
        ("map.cmd", "net use Z: \\\\fs01\\share /user:CORP\\svc_backup {0}\n"),
        ("Client.kt", 'private val basic = Credentials.basic("admin_ops", "{0}")\n'),
        ("db.md", "| oracle | `scott/{0}@//db.corp.io:1521/XEPDB1` |\n"),
        ("README.md", "```\nDB_SENHA={0}\n```\n"),
        ("settings.py", 'KENNWORT = "{0}"\n'),
    ],
)
def test_device_users_connect_strings_and_password_names_in_other_languages(path, template):
    secret = password()
    text = template.format(secret)
    assert ("PASSWORD", secret) in secrets(text, path), found(text, path)


@pytest.mark.parametrize(
    "path, text",
    [
        (
            "router.cfg",
            "username netops privilege 15 password 7 0822455D0A16\nenable secret 5 $1$mERr$hx5rVt7rPNoS4wqbXKX7m0\n",
        ),
        ("haproxy.cfg", "    user ops password $6$rounds=5000$abc$def\n"),
        ("notes.md", "the password 0 is reserved\n"),
        ("paths.txt", "see docs/reference/architecture@//mirror\n"),
    ],
)
def test_device_users_and_connect_strings_lookalikes_stay(path, text):
    assert secrets(text, path) == [], found(text, path)


# ------------------------------------------------ the seventh held-out set's misses (2026-12-03, tuned on since)
@pytest.mark.parametrize(
    "path, template",
    [
        ("conftest.py", 'REAL_SMOKE_USER = ("a.okafor@acme-freight.io", "{0}")\n'),
        ("accounts.py", '_TEST_ACCOUNTS = {{\n    "smoke": ("q.schmidt@mail.ru", "{0}"),\n}}\n'),
        ("analytics.js", 'const ANALYTICS_ADMIN = ["jonas53@acme-freight.io", "{0}"];\n'),
    ],
)
def test_email_and_secret_pairs(path, template):
    secret = password()
    text = template.format(secret)
    assert secrets(text, path) == [("PASSWORD", secret)], found(text, path)


@pytest.mark.parametrize(
    "text",
    [
        'NOTIFY = ["leila.martin+billing@gmx.de", "samuel41@yahoo.co.jp"]\n',
        'send(("noreply@corp-mail.io", "Welcome!"))\n',
        'pin = ("ops@corp-mail.io", "v1.2.3")\n',
        'route = ("ops@corp-mail.io", "pkg.module")\n',
        'AUTHORS = [("Ana Silva", "ana@corp-mail.io")]\n',
    ],
)
def test_email_pair_lookalikes_stay(text):
    assert secrets(text, "settings.py") == [], found(text, "settings.py")


def test_property_list_secrets():
    key = base64.b64encode(bytes(RNG.randrange(256) for _ in range(48))).decode()
    secret = password()
    text = (
        "<dict>\n    <key>SegmentWriteKey</key>\n    <string>" + key + "</string>\n"
        "    <key>StagingBasicAuthPassword</key>\n    <string>" + secret + "</string>\n"
        "    <key>CFBundleVersion</key>\n    <string>1.36.10</string>\n</dict>\n"
    )
    assert secrets(text, "App/Info.plist") == [("KEY", key), ("PASSWORD", secret)], found(text, "App/Info.plist")


@pytest.mark.parametrize(
    "path, template, tag",
    [
        ("package.json", '{{"scripts": {{"db:seed": "PGPASSWORD={0} psql -h db -U app"}}}}\n', "PASSWORD"),
        ("train.ipynb", '    "%env WANDB_API_KEY={0}\\n",\n', "KEY"),
        (".zsh_history", ": 1718123530:0;aws configure set aws_secret_access_key {0}\n", "KEY"),
        (".netrc", "machine api.heroku.com\n  login c.varga@mail-corp.io\n  password {0}\n", "PASSWORD"),
    ],
)
def test_literal_values_in_scripts_notebooks_histories_and_netrc(path, template, tag):
    value = rand(32, HEX) if path == ".netrc" or "WANDB" in template else rand(40)
    text = template.format(value)
    assert (tag, value) in secrets(text, path), found(text, path)


@pytest.mark.parametrize(
    "value",
    ["oy2" + rand(43, string.ascii_lowercase + string.digits), "dapi" + rand(32, HEX), "sntrys_" + rand(64, B64URL)],
)
def test_nuget_databricks_and_sentry_formats(value):
    text = f"token: {value}\n"
    assert secrets(text, "ci.yml") == [("KEY", value)], found(text, "ci.yml")


# ------------------------------------------------------------ eighth held-out set's classes (fourth round)
@pytest.mark.parametrize(
    "path, template",
    [
        ("README.md", "The benchmark box (log in as `bench` / `{0}`); results are mailed.\n"),
        ("NOTES.md", "Staging: log in as `deploy` / `{0}`.\n"),
        ("ops.rst", "Use the console (login: ``ops`` / ``{0}``) to restart it.\n"),
    ],
)
def test_login_pairs_in_code_spans_with_any_symbol(path, template):
    secret = rand(8) + RNG.choice("*%~&+") + rand(6)
    text = template.format(secret)
    assert secrets(text, path) == [("PASSWORD", secret)], found(text, path)


@pytest.mark.parametrize(
    "path, template",
    [
        ("fetch.c", 'curl_easy_setopt(c, CURLOPT_PASSWORD, "{0}");\n'),
        ("fetch.cpp", 'curl_easy_setopt(handle, CURLOPT_PROXYPASSWORD, "{0}");\n'),
        ("mail.c", 'curl_easy_setopt(c, CURLOPT_USERPWD, "svc_mail:{0}");\n'),
        ("link.sql", "EXEC sp_addlinkedsrvlogin @rmtsrvname = N'LEGACY', @rmtuser = N'sa', @rmtpassword = N'{0}';\n"),
        ("proc.sql", "EXEC dbo.rotate @login = N'app', @password = N'{0}';\n"),
    ],
)
def test_option_setters_and_sql_parameters(path, template):
    secret = password()
    text = template.format(secret)
    assert secrets(text, path) == [("PASSWORD", secret)], found(text, path)


@pytest.mark.parametrize(
    "path, template",
    [
        ("junos/border.set", "set system login user noc authentication plain-text-password-value {0}\n"),
        ("vyos/config.boot.set", "set service snmp v3 user mon auth plaintext-password {0}\n"),
        ("etc/ipsec.secrets", '94.176.75.121 159.79.22.179 : PSK "{0}"\n'),
        ("inventory.csv", "sw-core-2,172.17.187.201,da:18:3a:c4:f9:61,snmp community {0}\n"),
        ("squid.conf", "cache_peer 48.252.71.64 parent 8080 0 no-query login=proxyuser:{0}\n"),
    ],
)
def test_network_device_and_proxy_configs(path, template):
    secret = rand(10)
    text = template.format(secret)
    assert ("PASSWORD", secret) in secrets(text, path), found(text, path)


@pytest.mark.parametrize(
    "template",
    [
        'conn = Connection(server, "cn=svc-sync,ou=services,dc=corp,dc=lan", "{0}", auto_bind=True)\n',
        'l.simple_bind_s("uid=reader,ou=people,dc=corp,dc=io", "{0}")\n',
        'ldap_bind($ds, "cn=admin,dc=corp,dc=io", "{0}");\n',
    ],
)
def test_ldap_binds_after_the_dn(template):
    secret = password()
    text = template.format(secret)
    assert secrets(text, "ldap_sync.py") == [("PASSWORD", secret)], found(text, "ldap_sync.py")


@pytest.mark.parametrize(
    "template",
    [
        "mysql -h db -u root -p{0} shop\n",
        "openssl pkcs12 -export -in tls.crt -out bundle.p12 -passout pass:{0}\n",
        'local res, err = red:auth("{0}")\n',
    ],
)
def test_whole_words_after_glued_flags_and_passphrases_for_auth(template):
    secret = (
        "-".join(RNG.choice(["maple", "raven", "copper", "harbor", "juniper"]) for _ in range(3))
        + "-"
        + rand(2, "123456789")
        if "auth" in template
        else rand(5) + "," + rand(4) + ":" + rand(4)
    )
    text = template.format(secret)
    assert secrets(text, "notes.sh") == [("PASSWORD", secret)], found(text, "notes.sh")


@pytest.mark.parametrize(
    "template",
    [
        "- 本番DBのパスワードは {0} です（来週変更予定）\n",
        "No pude conectar con el usuario reportes y la contraseña {0} → timeout.\n",
        "Das Passwort {0} gilt nur für Staging.\n",
    ],
)
def test_passwords_stated_directly_in_other_languages(template):
    secret = rand(9) + RNG.choice("&#!") + rand(5)
    text = template.format(secret)
    assert [value for _, value in secrets(text, "ticket.md")] == [secret.rstrip("!")], found(text, "ticket.md")


@pytest.mark.parametrize(
    "path, template, value",
    [
        ("Jenkinsfile", "environment {{\n    SONAR_LOGIN = '{0}'\n}}\n", "squ_" + "{hex40}"),
        ("sonar.properties", "sonar.token={0}\n", "sqp_" + "{hex40}"),
        ("okta.http", "GET https://fleet.okta.com/api/v1/users\nAuthorization: SSWS {0}\n", "00" + "{b64url40}"),
    ],
)
def test_sonarqube_and_okta_tokens(path, template, value):
    value = value.format(hex40=rand(40, HEX), b64url40=rand(40, B64URL))
    text = template.format(value)
    assert ("KEY", value) in secrets(text, path), found(text, path)


# Fifth round (2026-12-04), from the sixth and seventh held-out sets' remaining misses.
@pytest.mark.parametrize(
    "path, template",
    [
        ("appsettings.json", '{{"Redis": "cache.internal:6380,password={0},ssl=True,abortConnect=False"}}\n'),
        ("Startup.cs", 'var mux = ConnectionMultiplexer.Connect("10.0.0.5:6379,password={0},ssl=false");\n'),
        ("settings.py", 'CACHE_URL = "redis-a:6379,redis-b:6379,password={0},defaultDatabase=2"\n'),
    ],
)
def test_passwords_in_comma_separated_connection_strings(path, template):
    secret = rand(24)
    text = template.format(secret)
    assert secrets(text, path) == [("PASSWORD", secret)], found(text, path)


@pytest.mark.parametrize(
    "template",
    [
        "SET PASSWORD FOR 'root'@'localhost' = '{0}';\n",
        "set password for app_user = '{0}';\n",
        "SET PASSWORD FOR 'svc'@'%' = PASSWORD('{0}');\n",
    ],
)
def test_mysql_set_password_statements(template):
    secret = password()
    text = template.format(secret)
    assert secrets(text, "grants.sql") == [("PASSWORD", secret)], found(text, "grants.sql")


@pytest.mark.parametrize(
    "path, template",
    [
        ("haproxy.cfg", "listen stats\n    bind :8404\n    stats enable\n    stats auth admin:{0}\n"),
        ("README.md", "```sh\nhttp --auth deploy:{0} POST https://api.corp.io/login\n```\n"),
        ("smoke.sh", "https -a ops.bot:{0} GET api.corp.io/v1/status\n"),
        ("setup.md", "htpasswd -b -c /etc/nginx/.htpasswd admin {0}\n"),
        ("celeryconfig.py", 'flower_basic_auth = ["flower:{0}"]\n'),
        ("values.yaml", 'ingress:\n  basic_auth: "viewer:{0}"\n'),
    ],
)
def test_user_password_pairs_given_as_auth(path, template):
    secret = password()
    text = template.format(secret)
    assert secrets(text, path) == [("PASSWORD", secret)], found(text, path)


@pytest.mark.parametrize(
    "template",
    [
        '\t\t{{"{email}", "{0}", true}},\n',
        'keyring_entry = ("mail", "{email}", "{0}")\n',
        'SMOKE_USER = ("{email}", "{words}")\n',
    ],
)
def test_email_and_password_items_in_tables_and_tuples(template):
    email = f"{rand(6, string.ascii_lowercase)}.{rand(5, string.ascii_lowercase)}@{rand(7, string.ascii_lowercase)}.io"
    words = "-".join(RNG.choice(["cinder", "hazel", "marble", "rustle", "fjord", "raven"]) for _ in range(4))
    secret = words if "{words}" in template else password()
    text = template.format(secret, email=email, words=words)
    assert secrets(text, "accounts_test.go") == [("PASSWORD", secret)], found(text, "accounts_test.go")


@pytest.mark.parametrize(
    "path, template",
    [
        ("Secrets.swift", '    static let revenueCatKey = "{sk}"\n'),
        ("config.ini", "[signing]\nkey = {b64}\n"),
        ("application.properties", "hmac.key={b64}\n"),
        (".gitlab-ci.yml", 'variables:\n  DOCKER_AUTH: "{basic}"\n'),
        ("deploy.env", "REGISTRY_AUTH={basic}\n"),
    ],
)
def test_keys_by_prefix_bare_key_names_and_stored_registry_auth(path, template):
    value = {
        "sk": "sk_" + rand(24),
        "b64": key_material_base64(36),
        "basic": base64.b64encode(f"ci-bot:{password()}".encode()).decode(),
    }
    key = next(name for name in value if "{" + name + "}" in template)
    text = template.format(**value)
    assert secrets(text, path) == [("KEY", value[key])], found(text, path)


@pytest.mark.parametrize(
    "columns, row, tag",
    [
        ("client_id, secret", "'{uuid}', '{hex40}'", "KEY"),
        ("id, name, api_key", "7, 'billing', '{alnum32}'", "KEY"),
        ("id, username, password", "1, 'admin', '{password}'", "PASSWORD"),
    ],
)
def test_secret_columns_of_sql_inserts(columns, row, tag):
    values = {"uuid": str(uuid.UUID(int=RNG.getrandbits(128))), "hex40": rand(40, HEX), "alnum32": rand(32)}
    values["password"] = password()
    secret = next(values[name] for name in ("hex40", "alnum32", "password") if "{" + name + "}" in row)
    text = f"INSERT INTO accounts ({columns}) VALUES ({row.format(**values)}), (NULL, NOW(), 'x');\n"
    assert (tag, secret) in secrets(text, "seed.sql"), found(text, "seed.sql")


# Ninth held-out set (fifth round, 2026-12-04).
@pytest.mark.parametrize(
    "path, text, value",
    [
        ("vector.toml", 'auth.password = "{0}"\n', "glc_" + "{b64_44}"),
        ("CONTRIBUTING.rst", "API token ``{0}``.\n", "figd_" + "{b64url40}"),
        ("README.rst", "Use ``{0}`` for the demo.\n", "gsk_" + "{alnum52}"),
        ("openapi.yaml", "      value: {0}\n", "xai-" + "{alnum80}"),
        ("export.json", '{{"body": "bot token for the bridge: {0}"}}\n', "syt_dGFtc2lu_" + "{alnum20}_{alnum6}"),
        ("mail.txt", "API key: {0}\n", "dt0c01.{upper24}.{upper64}"),
        ("configuration.nix", '  authKeyFile = pkgs.writeText "ts" "{0}";\n', "tskey-auth-{alnum16}-{alnum33}"),
    ],
)
def test_provider_formats_of_the_ninth_set(path, text, value):
    value = value.format(
        b64_44=rand(44, ALNUM + "_"),
        b64url40=rand(40, B64URL),
        alnum52=rand(52),
        alnum80=rand(80),
        alnum20=rand(20),
        alnum6=rand(6),
        upper24=rand(24, string.ascii_uppercase + string.digits),
        upper64=rand(64, string.ascii_uppercase + string.digits),
        alnum16=rand(16),
        alnum33=rand(33),
    )
    document = text.format(value)
    assert ("KEY", value) in secrets(document, path), found(document, path)


@pytest.mark.parametrize(
    "path, template, tag",
    [
        (".env", "RPC_URL=https://mainnet.infura.io/v3/{hex32}\n", "KEY"),
        ("hardhat.config.js", '      url: "https://eth-sepolia.g.alchemy.com/v2/{alnum32}",\n', "KEY"),
        ("network", "config wireguard_wg0\n\toption private_key '{b64}'\n", "KEY"),
        ("network", "config interface 'wan'\n\toption password '{password}'\n", "PASSWORD"),
        ("vyos.conf", "set protocols bgp 64663 neighbor 199.250.104.45 password '{password}'\n", "PASSWORD"),
        (
            "hive-site.xml",
            "<property>\n  <name>javax.jdo.option.ConnectionPassword</name>\n"
            "  <value>{password}</value>\n</property>\n",
            "PASSWORD",
        ),
        (
            "core-site.xml",
            "<property>\n  <name>fs.azure.account.key.acct.blob.core.windows.net</name>\n"
            "  <value>{b64}</value>\n</property>\n",
            "KEY",
        ),
        (
            "unattend.xml",
            "<AdministratorPassword>\n  <Value>{password}</Value>\n"
            "  <PlainText>true</PlainText>\n</AdministratorPassword>\n",
            "PASSWORD",
        ),
        (
            "postgresql.log",
            "2025-06-02 09:15:40 UTC [8438] LOG:  statement: ALTER ROLE deploy WITH PASSWORD '{password}';\n",
            "PASSWORD",
        ),
        ("sys.config", '[{{app, [{{db, [{{user, "readonly"}}, {{password, "{password}"}}]}}]}}].\n', "PASSWORD"),
        ("notes.md", "كلمة المرور: {password}\n", "PASSWORD"),
        ("chat.txt", "호스트 전환 완료 / 계정 jenkins / 비밀번호 {password}\n", "PASSWORD"),
        ("mail.txt", "प्रोडक्शन सर्वर का पासवर्ड {password} है।\n", "PASSWORD"),
    ],
)
def test_device_configs_xml_properties_logs_and_scripts_of_the_ninth_set(path, template, tag):
    values = {
        "hex32": rand(32, HEX),
        "alnum32": rand(32),
        "b64": key_material_base64(32),
        "password": password(),
    }
    secret = next(values[name] for name in values if "{" + name + "}" in template)
    text = template.format(**values)
    assert (tag, secret) in secrets(text, path), found(text, path)


@pytest.mark.parametrize(
    "path, template, tag",
    [
        ("sasl_passwd", "[smtp.corp.io]:587    {email}:{password}\n", "PASSWORD"),
        ("CONTRIBUTING.rst", "The sandbox accepts ``{email}`` / ``{password}``; rotate after use.\n", "PASSWORD"),
        ("export.json", '{{"body": "new bastion is up, login app_rw / {password}"}}\n', "PASSWORD"),
        (
            "fetchmailrc",
            "poll imap.corp.io\n    user '{email}' there with password '{password}' is 'me' here\n",
            "PASSWORD",
        ),
        ("fetch.m", "opts = weboptions('Username', 'deploy', 'Password', '{password}', 'Timeout', 30);\n", "PASSWORD"),
        ("hardhat.config.js", 'const DEPLOYER_KEY = "0x{hex64}";\n', "KEY"),
        (".env", 'MNEMONIC="{mnemonic}"\n', "KEY"),
    ],
)
def test_accounts_argument_pairs_and_wallet_keys(path, template, tag):
    words = [
        "lantern",
        "cobalt",
        "quiver",
        "ginger",
        "mosaic",
        "hazel",
        "igloo",
        "willow",
        "cactus",
        "violet",
        "orbit",
    ]
    values = {
        "email": f"{rand(6, string.ascii_lowercase)}@{rand(7, string.ascii_lowercase)}.io",
        "password": password(),
        "hex64": rand(64, HEX),
        "mnemonic": " ".join(RNG.sample(words, 11) + [RNG.choice(words)]),
    }
    text = template.format(**values)
    secret = next(values[name] for name in ("hex64", "mnemonic", "password") if "{" + name + "}" in template)
    tags = {tag for tag, value in secrets(text, path) if secret.startswith(value) or value.endswith(secret)}
    assert tags == {tag}, found(text, path)


# ------------------------------------------------------------------ sixth round: device, mail and cluster formats
@pytest.mark.parametrize(
    "path, template, tag",
    [
        # SNMP communities: a device's host line, RouterOS, and a poller's setting under an SNMP section
        ("asa.cfg", "snmp-server host inside 198.51.100.7 community {community} version 2c\n", "PASSWORD"),
        (
            "ios.cfg",
            "snmp-server host 192.0.2.10 traps {community}\nsnmp-server community {community} RO 10\n",
            "PASSWORD",
        ),
        (
            "export.rsc",
            "/snmp community\nset [ find default=yes ] disabled=yes\n"
            "/snmp community set [ find default=yes ] name={community}\n",
            "PASSWORD",
        ),
        ("export.rsc", "/snmp community add name={community} addresses=10.0.0.0/8 read-access=yes\n", "PASSWORD"),
        (
            "telegraf.conf",
            '[[inputs.snmp]]\n  agents = ["udp://10.1.1.1:161"]\n  version = 2\n  community = "{community}"\n',
            "PASSWORD",
        ),
        (
            "group_vars/switches.yml",
            "ntp_server: 10.0.0.1\nsnmp_community: {community}\nsnmp_location: rack 4\n",
            "PASSWORD",
        ),
        # IKE pre-shared keys on network devices
        (
            "asa.cfg",
            "tunnel-group 203.0.113.5 ipsec-attributes\n ikev2 remote-authentication pre-shared-key {password}\n",
            "PASSWORD",
        ),
        ("asa.cfg", " ikev2 local-authentication pre-shared-key 0 {password}\n", "PASSWORD"),
        # Dovecot's passwd-file and LDIF's plaintext scheme
        ("users", "{email}:{{PLAIN}}{password}:5000:5000::/var/vmail::\n", "PASSWORD"),
        ("passwd", "{email}:{{CLEARTEXT}}{password}::::::\n", "PASSWORD"),
        ("seed.ldif", "dn: uid=svc,ou=people,dc=corp\nuserPassword: {{CLEAR}}{password}\n", "PASSWORD"),
        # JAAS PlainLoginModule users
        (
            "kafka_server_jaas.conf",
            "KafkaServer {{\n  org.apache.kafka.common.security.plain.PlainLoginModule required\n"
            '  username="admin"\n  user_ops="{password}";\n}};\n',
            "PASSWORD",
        ),
        (
            "client.properties",
            "sasl.jaas.config=org.apache.kafka.common.security.plain.PlainLoginModule required "
            'user_reporting="{password}";\n',
            "PASSWORD",
        ),
        # mbsync's Pass line
        (
            ".mbsyncrc",
            "IMAPAccount personal\nHost imap.fastmail.com\nUser {email}\nPass {password}\nSSLType IMAPS\n",
            "PASSWORD",
        ),
        (".mbsyncrc", 'IMAPAccount work\nUser {email}\nPass "{password}"\n', "PASSWORD"),
        # chrony and ntpd symmetric keys
        ("chrony.keys", "1 SHA1 HEX:{hex40}\n2 SHA256 HEX:{hex64}\n", "KEY"),
        ("ntp.keys", "15 MD5 HEX:{hex40}  # gps box\n", "KEY"),
        # a Consul or Nomad gossip key
        ("server.hcl", 'datacenter = "eu1"\ndata_dir = "/opt/consul"\nencrypt = "{gossip}"\n', "KEY"),
        ("consul.json", '{{"datacenter": "eu1", "data_dir": "/opt/consul", "encrypt": "{gossip}"}}\n', "KEY"),
        # Oracle's USER/PASSWORD@CONNECT: the password alone
        ("backup.sh", "sqlplus -s system/{password}@10.0.0.5:1521/ORCL @report.sql\n", "PASSWORD"),
        ("backup.sh", "expdp scott/{password}@DWH directory=DUMP dumpfile=x.dmp\n", "PASSWORD"),
        # a token in a URL's password place, after the user name its host gives tokens
        (
            ".git/config",
            '[remote "origin"]\n\turl = https://x-token-auth:{alnum40}@bitbucket.org/team/app.git\n',
            "KEY",
        ),
        ("ci.sh", "git clone https://gitlab-ci-token:{alnum40}@gitlab.corp.io/grp/app.git\n", "KEY"),
        ("clone.py", 'URL = "https://x-access-token:{alnum40}@github.com/org/repo.git"\n', "KEY"),
    ],
)
def test_device_mail_and_cluster_formats_of_the_tenth_set(path, template, tag):
    values = {
        "community": rand(10),
        "password": password(),
        "email": f"{rand(6, string.ascii_lowercase)}@{rand(6, string.ascii_lowercase)}.io",
        "hex40": rand(40, HEX.upper()),
        "hex64": rand(64, HEX),
        "gossip": key_material_base64(32),
        "alnum40": rand(40),
    }
    text = template.format(**values)
    secret = next(values[name] for name in values if name != "email" and "{" + name + "}" in template)
    assert (tag, secret) in secrets(text, path), found(text, path)


@pytest.mark.parametrize(
    "path, template, tag",
    [
        (".mbsyncrc", "IMAPAccount home\nUser {email}\nPass Walnut{word}Compass{digits}\n", "PASSWORD"),
        ("nomad.hcl", 'server {{\n  enabled = true\n  encrypt = "{gossip}"\n}}\n', "KEY"),
        ("serf.json", '{{"node_name": "n1", "encrypt": "{gossip16}"}}\n', "KEY"),
        (
            "realm-export.json",
            '"credentials": [{{"type": "password", "value": "{password}", "temporary": false}}]',
            "PASSWORD",
        ),
        ("users.json", '{{"value": "{password}",\n  "type": "password"}}\n', "PASSWORD"),
        (
            "vars.robot",
            "*** Variables ***\n${{ADMIN_PASSWORD}}    {password}\n${{URL}}    https://app.io\n",
            "PASSWORD",
        ),
        ("vars.robot", "*** Variables ***\n${{API_TOKEN}}=\t{alnum40}\n", "KEY"),
        (".env", "MATCH_GIT_BASIC_AUTHORIZATION={basic}\n", "KEY"),
        ("ci.yml", "  REGISTRY_AUTHORIZATION: {basic}\n", "KEY"),
        ("smb.conf", "   # set the bind password with: smbpasswd -w {password}\n", "PASSWORD"),
        ("hosts.cfg", "    command_line $USER1$/check_mysql -H $HOSTADDRESS$ -u nagios -p '{password}'\n", "PASSWORD"),
        (
            "ldap.cfg",
            "    command_line $USER1$/check_ldap -H $HOSTADDRESS$ -b dc=corp -D cn=mon -P {password}\n",
            "PASSWORD",
        ),
        (
            "sentinel.conf",
            "sentinel monitor mymaster 10.0.0.5 6379 2\nsentinel auth-pass mymaster {password}\n",
            "PASSWORD",
        ),
        ("notes.txt", "the VPN gateway is up and the shared secret is {password} - rotate it monthly\n", "PASSWORD"),
        ("handover.md", "Das alte Passwort ({password}) ist ab Montag ungültig.\n", "PASSWORD"),
        ("README.rst", "The lab box still accepts ``root`` / ``{password}``; reset it after the demo.\n", "PASSWORD"),
        ("README.md", "<!-- staging: user ops@corp.io, pass `{password}` -->\n", "PASSWORD"),
    ],
)
def test_typed_credentials_variable_tables_and_stated_pairs_of_the_tenth_set(path, template, tag):
    user, secret_word = rand(5, string.ascii_lowercase), rand(7, string.ascii_letters)
    values = {
        "email": f"{user}@{rand(6, string.ascii_lowercase)}.io",
        "word": secret_word.capitalize(),
        "digits": rand(3, string.digits),
        "gossip": key_material_base64(32),
        "gossip16": key_material_base64(16),
        "password": rand(5, string.ascii_letters) + rand(2, string.digits) + RNG.choice("!#%+") + rand(4),
        "alnum40": rand(40),
        "basic": base64.b64encode(f"{user}:{password()}".encode()).decode(),
    }
    text = template.format(**values)
    if "{word}" in template:
        secret = f"Walnut{values['word']}Compass{values['digits']}"
    else:
        secret = next(values[name] for name in values if name != "email" and "{" + name + "}" in template)
    assert (tag, secret) in secrets(text, path), found(text, path)


# ------------------------------------------------------------ seventh round: the eleventh set's classes
@pytest.mark.parametrize(
    "path, template, tag",
    [
        # SNMP communities without the word: IOS trap hosts and net-snmp's trap sinks; a device's clear key
        ("ios.cfg", "snmp-server host 192.0.2.44 version 2c {community}\n", "PASSWORD"),
        ("ios.cfg", "snmp-server host 192.0.2.44 informs version 2c {community} port 1162\n", "PASSWORD"),
        ("snmpd.conf", "sysLocation rack 4\ntrap2sink 198.51.100.9 {community}\n", "PASSWORD"),
        ("snmpd.conf", "informsink 198.51.100.9 {community} 162\n", "PASSWORD"),
        ("ios.cfg", "tacacs-server host 192.0.2.5 key 0 {password}\n", "PASSWORD"),
        ("ios.cfg", "key chain OSPF\n key 1\n  key-string 7 0822455D0A16\n key 0 {password}\n", "PASSWORD"),
        # routing protocols' MD5 keys and IKE pre-shared keys by name; WireGuard's preshared key stays a KEY
        ("junos.conf", 'set protocols bgp group up neighbor 192.0.2.1 authentication-key "{password}"\n', "PASSWORD"),
        ("config.xml", "<ipsec><phase1><pre-shared-key>{password}</pre-shared-key></phase1></ipsec>\n", "PASSWORD"),
        ("wireless", "config wireguard_wg0\n\toption preshared_key '{wg}'\n", "KEY"),
        # MQTT clients and mosquitto_passwd's batch mode
        ("notes.sh", "mosquitto_pub -h broker.lan -u sensor01 -P {password} -t home/temp -m 21\n", "PASSWORD"),
        ("notes.sh", "mosquitto_sub --pw '{password}' -u app -t '#'\n", "PASSWORD"),
        ("setup.sh", "mosquitto_passwd -b /etc/mosquitto/passwd sensor01 {password}\n", "PASSWORD"),
        # fish's set with its flags
        ("config.fish", "set -gx BORG_PASSPHRASE '{password}'\n", "PASSWORD"),
        ("config.fish", "set -Ux API_TOKEN {alnum40}\n", "KEY"),
        # stored or stated in other shapes: FileZilla's base64, ntp.keys' plain lines, app passwords, leaders
        ("sitemanager.xml", '<Server><User>ops</User><Pass encoding="base64">{b64pw}</Pass></Server>\n', "KEY"),
        ("ntp.keys", "1 SHA1 {hex40}\n2 SHA256 {hex64}  # gps\n", "KEY"),
        ("note.txt", "záložní server: heslo k účtu root je {app}.\n", "PASSWORD"),
        ("mail.txt", "Use the password {app} for the IMAP account.\n", "PASSWORD"),
        ("status.txt", "SMTP server ....... mail.corp.io\nSMTP password ...... {password}\n", "PASSWORD"),
        ("nota.txt", "Máy chủ mới. Mật khẩu quản trị: {password}\n", "PASSWORD"),
        ("note.txt", "عنوان الخادم الجديد وكلمة المرور هي {password}\n", "PASSWORD"),
        # keys stated in prose, and two vendor formats
        ("README.rst", "Staging: password ``{password}``, API key ``{hex40}``.\n", "KEY"),
        ("CHANGES.txt", "the staging token {hex32}, internal 10.0.0.8.\n", "KEY"),
        ("README.org", "  export DOPPLER_TOKEN={doppler}\n", "KEY"),
        ("rclone.conf", "[b2]\ntype = b2\naccount = 0012ab34cd56\nkey = {b2}\n", "KEY"),
    ],
)
def test_device_mail_and_prose_forms_of_the_eleventh_set(path, template, tag):
    values = {
        "community": rand(12),
        "password": rand(5, string.ascii_letters) + rand(3, string.digits) + RNG.choice("!#%+") + rand(3),
        "wg": key_material_base64(32),
        "alnum40": rand(40),
        "b64pw": base64.b64encode(password().encode()).decode(),
        "hex40": rand(40, HEX),
        "hex64": rand(64, HEX),
        "hex32": rand(32, HEX),
        "app": "-".join(rand(4, string.ascii_lowercase) for _ in range(4)),
        "doppler": "dp.st.prd." + rand(43),
        "b2": "K00" + RNG.choice("0123456789") + rand(27, ALNUM + "+/"),
    }
    text = template.format(**values)
    last_placeholder = max(values, key=lambda name: template.rfind("{" + name + "}"))
    assert (tag, values[last_placeholder]) in secrets(text, path), found(text, path)


# ------------------------------------------------------------ eighth round: the twelfth set's classes
@pytest.mark.parametrize(
    "path, template, tag",
    [
        ("notes.md", "Κωδικός: {password}\n", "PASSWORD"),
        ("notes.md", "- รหัสผ่านผู้ดูแลระบบ: `{password}`\n", "PASSWORD"),
        ("notes.md", "운영 서버의 관리자 비밀번호는 `{password}` 입니다.\n", "PASSWORD"),
        ("catatan.md", "Kata sandi root: `{password}`\n", "PASSWORD"),
        ("maelezo.md", "Nenosiri la msimamizi: {password}\n", "PASSWORD"),
        ("README.rst", "   (login ops@corp.io, password ``{words}``, rotate after the demo)\n", "PASSWORD"),
        ("welcome.txt", "Initial password: {words}\n", "PASSWORD"),
        ("eos.cfg", "router bgp 65001\n   neighbor 192.0.2.7 password 0 {password}\n", "PASSWORD"),
        ("edgeswitch.cfg", 'snmp-server community "{community}" ipaddress 192.0.2.9\n', "PASSWORD"),
        ("ticket.md", "The dashboard shows {whsec} for the webhook.\n", "KEY"),
        ("Config.java", 'static final String ALIBABA_KEY_ID = "{ltai}";\n', "KEY"),
        (".netrc", "machine api.heroku.com\n  login ops@corp.io\n  password {heroku}\n", "KEY"),
        ("catatan.md", "Kunci API Midtrans: `{midtrans}`\n", "KEY"),
    ],
)
def test_stated_passwords_passphrases_and_formats_of_the_twelfth_set(path, template, tag):
    values = {
        "password": rand(5, string.ascii_letters) + rand(3, string.digits) + RNG.choice("!#%+") + rand(3),
        "words": "-".join(RNG.sample(["quartz", "fennel", "lantern", "onyx", "pelican", "harbor", "cinder"], 4)),
        "community": rand(12),
        "whsec": "whsec_" + rand(32),
        "ltai": "LTAI" + rand(20),
        "heroku": "HRKU-" + rand(60, ALNUM + "_-"),
        "midtrans": "Mid-server-" + rand(24),
    }
    text = template.format(**values)
    last_placeholder = max(values, key=lambda name: template.rfind("{" + name + "}"))
    assert (tag, values[last_placeholder]) in secrets(text, path), found(text, path)


# ------------------------------------------------------------ ninth round: the twelfth set's remaining classes
@pytest.mark.parametrize(
    "path, template, tag",
    [
        ("config.py", 'WTF_CSRF_SECRET_KEY = "{base64}"\n', "KEY"),
        ("settings.py", 'CSRF_SECRET = "{base64}"\n', "KEY"),
        ("settings.py", 'SECRET_KEY = "{django}"\n', "KEY"),
        ("config.php", "    'search' => ['app_id' => 'QW3RTY7', 'admin_key' => '{hex32}'],\n", "KEY"),
        ("push.py", 'FCM_SERVER_KEY = "{hex32}"\n', "KEY"),
        ("Env.swift", '    static let airtableToken = "{airtable}"\n', "KEY"),
        ("wg0.json", '{{"peers": [{{"preSharedKey": "{wg}"}}]}}\n', "KEY"),
        ("config.boot", "interfaces {{\n    wireguard wg0 {{\n        private-key {wg}\n    }}\n}}\n", "KEY"),
        ("local.Renviron", "DB_PASS={words}\n", "PASSWORD"),
        ("people.ldif", "dn: uid=ops,dc=corp,dc=io\nuserPassword: {words}\n", "PASSWORD"),
        ("clients.conf", "client nas-7 {{\n    ipaddr = 192.0.2.44\n    secret = {short}\n}}\n", "PASSWORD"),
        (
            "kdewallet.xml",
            '<wallet>\n  <password name="imap ops@corp.io">{password}</password>\n</wallet>\n',
            "PASSWORD",
        ),
        ("notas.md", "La clé API du staging est {hex32}.\n", "KEY"),
        ("notities.md", "De API-sleutel van de monitoring is {hex32}.\n", "KEY"),
        ("notas.md", "La clave de API de producción es `{hex32}`\n", "KEY"),
    ],
)
def test_secrets_of_the_ninth_round_classes(path, template, tag):
    values = {
        "base64": base64.b64encode(RNG.randbytes(32)).decode(),
        "django": "=" + rand(49, string.ascii_lowercase + string.digits + "!@#%^&*(-_=+)"),  # (may open with "=")
        "hex32": rand(32, "0123456789abcdef"),
        "airtable": "pat" + rand(14) + "." + rand(64, "0123456789abcdef"),
        "wg": base64.b64encode(RNG.randbytes(32)).decode(),
        "words": "-".join(RNG.sample(["quartz", "fennel", "lantern", "onyx", "pelican", "harbor", "cinder"], 4)),
        "short": rand(5, string.ascii_letters) + rand(2, string.digits) + "_" + rand(1, string.digits),
        "password": rand(5, string.ascii_letters) + rand(3, string.digits) + RNG.choice("!#%+") + rand(3),
    }
    text = template.format(**values)
    last_placeholder = max(values, key=lambda name: template.rfind("{" + name + "}"))
    assert (tag, values[last_placeholder]) in secrets(text, path), found(text, path)


@pytest.mark.parametrize(
    "path, text",
    [
        ("clients.conf", "client localhost {\n    ipaddr = 127.0.0.1\n    secret = testing123\n}\n"),
        ("deps.zig", "pub const Options = struct {\n    password: []const u8,\n};\n"),
        ("env.R", "DB_PASS=db_pass_from_vault\n"),
        ("rest.xml", '<password encoding="base64">c2VjcmV0</password>\n'.replace("encoding", "format")),
        ("docs.md", "La clave de API es obligatoria para todas las peticiones.\n"),
        ("csrf.py", 'CSRF_TOKEN = "' + "Zk3" * 12 + '"\n'),
    ],
)
def test_lookalikes_beside_the_ninth_round_classes_stay(path, text):
    assert [value for tag, value in found(text, path) if tag in ("KEY", "PASSWORD")] == [], found(text, path)


# ------------------------------------------------------------ tenth round: the thirteenth set's classes
@pytest.mark.parametrize(
    "path, template, tag",
    [
        ("application.yml", "spring:\n  mail:\n    password: {app}\n", "PASSWORD"),
        (".fetchmailrc", "poll imap.gmail.com\n  user 'ops' there with password '{app}' is 'ops' here\n", "PASSWORD"),
        ("arduino_secrets.h", '#define SECRET_WIFI_PASS "{words}"\n', "PASSWORD"),
        ("juniper.conf", 'set security ike policy hq pre-shared-key ascii-text "{password}"\n', "PASSWORD"),
        ("frr.conf", "interface eth1\n ip ospf message-digest-key 1 md5 {password}\n", "PASSWORD"),
        ("users.acl", "user backup on >{password} ~backup:* +@read\n", "PASSWORD"),
        ("ks.cfg", "rootpw --plaintext {password}\n", "PASSWORD"),
        ("handover.md", "ssh ops@203.0.114.5 pw is {password} (rotating tonight)\n", "PASSWORD"),
        ("notes.md", "Administratoriaus slaptažodis: {password}\n", "PASSWORD"),
        ("running.xml", "<pre-shared-key><key>{password}</key></pre-shared-key>\n", "PASSWORD"),
        ("swanctl.conf", 'secrets {{\n    ike-branch {{\n        secret = "{password}"\n    }}\n}}\n', "PASSWORD"),
        ("azure-pipelines.yml", "variables:\n  AZURE_DEVOPS_EXT_PAT: {base32}\n", "KEY"),
        ("Taskfile.yml", "env:\n  FLY_API_TOKEN: {fly}\n", "KEY"),
    ],
)
def test_secrets_of_the_tenth_round_classes(path, template, tag):
    values = {
        "app": " ".join(rand(4, "bcdfghjklmnpqrstvwxz") for _ in range(4)),  # (consonants: no word)
        "words": "-".join(RNG.sample(["quartz", "fennel", "lantern", "onyx", "pelican", "harbor", "cinder"], 5)),
        "password": rand(6, string.ascii_letters) + rand(3, string.digits) + RNG.choice("!#%+") + rand(4),
        "base32": rand(52, string.ascii_lowercase + "234567"),
        "fly": "FlyV1 fm2_" + rand(80, ALNUM + "+/_"),
    }
    text = template.format(**values)
    last_placeholder = max(values, key=lambda name: template.rfind("{" + name + "}"))
    assert (tag, values[last_placeholder]) in secrets(text, path), found(text, path)


def test_an_openvpn_static_key_is_redacted_whole():
    lines = [rand(32, "0123456789abcdef") for _ in range(16)]
    block = "-----BEGIN OpenVPN Static key V1-----\n" + "\n".join(lines) + "\n-----END OpenVPN Static key V1-----"
    text = "#\n# 2048 bit OpenVPN static key\n#\n" + block + "\n"
    assert ("KEY", block) in secrets(text, "ta.key"), found(text, "ta.key")


@pytest.mark.parametrize(
    "path, text",
    [
        ("notes.md", "The password: that will work fine for now.\n"),
        ("notes.md", "with password 'this goes here' is fine\n"),
        ("frr.conf", " ip ospf message-digest-key 1 md5 7 0822455D0A16\n"),
        ("users.acl", "user default on nopass ~* &* +@all\n"),
        ("ks.cfg", "rootpw --iscrypted $6$rounds=4096$saltsalt$Zq8rT2mLp4Xk9vB3nQ7wZq8rT2mLp4Xk9vB3nQ7w\n"),
        ("juniper.conf", "set system services ssh protocol-version v2\n"),
        ("settings.py", 'TWILIO_ACCOUNT_SID = "AC' + "3f9c0a1b2d4e5f60718293a4b5c6d7e8" + '"\n'),
        ("passwd.conf", "# for reference: sensors:$7$101$Wrfix19cU+vzYXwf$D73UbHwZGXTuhdehO0WOIBuYv9ptO0BM==\n"),
        ("app.config.ts", "  revenueCatKey: 'appl_" + "Zq8rT2mLp4Xk9vB3nQ7wZq8" + "',\n"),
        (
            "autounattend.xml",
            "<Password><Value>a0B1c2D3e4F5g6H7i8J9k0L1</Value><PlainText>false</PlainText></Password>\n",
        ),
    ],
)
def test_lookalikes_beside_the_tenth_round_classes_stay(path, text):
    assert [value for tag, value in found(text, path) if tag in ("KEY", "PASSWORD")] == [], found(text, path)


# ------------------------------------------------------------ eleventh round: the fourteenth set's classes
@pytest.mark.parametrize(
    "path, template, tag",
    [
        ("nodiadau.md", "- Cyfrinair: {password}\n", "PASSWORD"),
        ("piezimes.md", "- Parole: {password}\n", "PASSWORD"),
        ("oharrak.md", "- Pasahitza: {password}\n", "PASSWORD"),
        ("nota.md", "- Kata laluan: {password}\n", "PASSWORD"),
        ("notes.md", "- পাসওয়ার্ড: {password}\n", "PASSWORD"),
        ("notes.md", "- Құпиясөз: {password}\n", "PASSWORD"),
        ("notes.md", "- Лозинка: {password}\n", "PASSWORD"),
        ("markmed.md", "- API võti: {token}\n", "KEY"),
        ("poznamky.md", "- Ključ API: {token}\n", "KEY"),
        ("piezimes.md", "- API atslēga: {token}\n", "KEY"),
        ("nodiadau.md", "- Allwedd API: {token}\n", "KEY"),
        ("notes.md", "- API түлхүүр: {token}\n", "KEY"),
        ("fortigate.conf", "config user radius\n    edit nps\n        set secret {password}\n", "PASSWORD"),
        ("secrets.yaml", 'mqtt_shared_secret: "{words}"\n', "PASSWORD"),
        ("wireless", "config wifi-iface 'default'\n\toption key '{password}'\n", "PASSWORD"),
        ("ipsec.secrets", '203.0.114.9 %any : XAUTH "{password}"\n', "PASSWORD"),
        (".env.production", "ACTIVE_RECORD_ENCRYPTION_PRIMARY_KEY={key}\n", "KEY"),
        ("settings.kts", '        param("env.NEXUS_PASSWORD", "{password}")\n', "PASSWORD"),
        ("stack.ts", "  password: SecretValue.unsafePlainText('{password}'),\n", "PASSWORD"),
        ("history.ps1", "cmdkey /generic:TERMSRV/files01 /user:CORP\\ops /pass:{password}\n", "PASSWORD"),
        ("cmds.sh", "smbclient //files01/scans -U 'CORP\\scanner%{password}' -c 'ls'\n", "PASSWORD"),
        ("session.txt", "127.0.0.1:6379> ACL SETUSER worker on >{password} ~jobs:* +@list\n", "PASSWORD"),
        ("describe.txt", "Environment:\n      DB_PASSWORD:        {dotted}\n", "PASSWORD"),
        ("pillar.sls", "postfix:\n  sasl_passwd: 'relay@corp.io:{password}'\n", "PASSWORD"),
        ("README.rst", "Mirror (account ``ops@corp.io``, password ``{bang}``).\n", "PASSWORD"),
        ("cmds.sh", "net rpc password svc_print 'x' -U 'CORP\\admin%{password}' -S files01\n", "PASSWORD"),
        ("secrets.yaml", 'owntracks_secret: "{longwords}"\n', "PASSWORD"),
    ],
)
def test_secrets_of_the_eleventh_round_classes(path, template, tag):
    values = {
        "password": rand(6, string.ascii_letters) + rand(3, string.digits) + RNG.choice("!#%+") + rand(4),
        "token": "ntn_" + rand(46),
        "words": "-".join(RNG.sample(["quartz", "fennel", "lantern", "onyx", "pelican", "harbor", "cinder"], 3))
        + rand(2, string.digits),
        "key": rand(32),
        "dotted": ".".join(RNG.sample(["kettle", "mango", "walrus", "gadget", "juniper"], 2))
        + "."
        + rand(3, string.digits),
        "bang": rand(4, string.ascii_letters) + rand(3, string.digits) + "!",
        "longwords": "-".join(RNG.sample(["fjord", "juniper", "turnip", "mango", "elbow", "quartz"], 5)) + "43",
    }
    text = template.format(**values)
    last_placeholder = max(values, key=lambda name: template.rfind("{" + name + "}"))
    assert (tag, values[last_placeholder]) in secrets(text, path), found(text, path)


@pytest.mark.parametrize(
    "path, text",
    [
        ("notes.md", "The parole board met on Tuesday: everyone agreed.\n"),
        ("snmpd.conf", 'createUser nms SHA "Qv8#mT2xLpW" AES "Zk3#mQ2vLpX"\nrouser nms authpriv\nrwuser ops priv\n'),
        ("znc.conf", "\tPass = sha256#81d9a3116b432de18129ae2dec574605184f66d26799ad6757b0ebcc0208d87e#JdGgTCjb\n"),
        ("qBittorrent.conf", 'WebUI\\Password_PBKDF2="@ByteArray(1EMaiKW1yDIRANZ1Xia45A==:Dzig0XAmMpwlCNatt9kaAV)"\n'),
        ("schema.rb", '    t.string "password_digest", default: "$2a$12$K8GpQ7gJk2mW9xLq3vB1ue"\n'),
        ("ipsec.secrets", '192.0.2.7 %any : PSK "0sReplaceWithBase64Secret"\n'),
        ("pjsip.txt", "URI: sip:1001@pbx.corp.io:46365;transport=TCP;rinstance=a1b2c3\n"),
        ("fortigate.conf", "    set secret ENC " + "Zq8rT2mLp4Xk9vB3nQ7w" * 3 + "\n"),
    ],
)
def test_lookalikes_beside_the_eleventh_round_classes_stay(path, text):
    kept = [value for tag, value in found(text, path) if tag in ("KEY", "PASSWORD")]
    assert not [value for value in kept if value not in ("Qv8#mT2xLpW", "Zk3#mQ2vLpX")], found(text, path)


# ------------------------------------------------------------------------------------------ twelfth round
# A label straight before the value ("Parol: X", "Пароль = X") names it a password in any language: letters and
# digits suffice there, in one case, where a password mentioned in a sentence must also hold a symbol or both cases.
@pytest.mark.parametrize(
    "path, template",
    [
        ("notes.md", "- Parol: {lower}.\n"),
        ("notes.md", "Парола: {cyrillic}\n"),
        ("handover.txt", "Κωδικός: {greek}\n"),
        ("handover.txt", "Kata sandi: {lower}\n"),
        ("notes.md", "* Slaptažodis: `{lower}`\n"),
        ("notes.md", "Lozinka = {lower}\n"),
        ("handover.txt", "Wi-Fi (ofisi) — nenosiri: {lower};\n"),
        ("notes.md", "پاس ورڈ: {lower}۔\n"),
        ("notes.md", "Cyfrinair: {long_mixed}\n"),
    ],
)
def test_labelled_passwords_in_other_languages(path, template):
    values = {
        "lower": rand(7, string.ascii_lowercase) + rand(3, string.digits),
        "cyrillic": rand(6, "абвгдежзиклмнопрст") + rand(3, string.digits),
        "greek": rand(6, "αβγδεζηθικλμνξοπρστ") + rand(4, string.digits),
        "long_mixed": rand(5, string.ascii_uppercase) + rand(5, string.ascii_lowercase) + "%*" + rand(5),
    }
    text = template.format(**values)
    name = next(name for name in values if "{" + name + "}" in template)
    assert ("PASSWORD", values[name]) in secrets(text, path), found(text, path)


# "API" and one word of any language as a label ("Eochair API: X", "API kaliti: X", "ກະແຈ API: X"), "api:" alone
# in a comment, and an English key's name before a few words of what it opens ("api token for remote trigger: X").
@pytest.mark.parametrize(
    "path, template",
    [
        ("handover.md", "Úsáideoir: ops. Eochair API: {token}.\n"),
        ("handover.md", "Parol: hidden. API kaliti: {token}.\n"),
        ("handover.txt", "Корбар: ops. Калиди API: {token}.\n"),
        ("handover.txt", "ຜູ້ໃຊ້: ops. ກະແຈ API: {token}.\n"),
        ("handover.txt", "អ្នកប្រើ: ops។ សោ API: {hex}។\n"),
        ("handover.txt", "- API ကီး: {token}\n"),
        ("macros.txt", "# api: {token}\n"),
        ("handover.md", "Ufunguo wa M-Pesa API: {token}\n"),
        ("credentials.xml", "<!-- api token for remote trigger: {hex} -->\n"),
        ("network.xml", "<!-- api key for the sync script: {hex} -->\n"),
        ("export.json", '{{"content": "bot token for the music bot: {dotted}"}}\n'),
    ],
)
def test_keys_under_api_labels(path, template):
    values = {
        "token": rand(28),
        "hex": rand(40, "0123456789abcdef"),
        "dotted": rand(24) + "." + rand(6) + "." + rand(27),
    }
    text = template.format(**values)
    name = next(name for name in values if "{" + name + "}" in template)
    assert ("KEY", values[name]) in secrets(text, path), found(text, path)


# Declarations and settings the assignment forms did not read: Zig's typed fields, settings paths from the line's
# start (Godot, Qt), Yesod's "_env:NAME:default", and access keys' ids as vendors issue them under *Key/*KeyID names.
@pytest.mark.parametrize(
    "path, template, tag",
    [
        ("src/config.zig", '    admin_password: []const u8 = "{password}",\n', "PASSWORD"),
        ("src/config.zig", '    pub const api_key: []const u8 = "{token}";\n', "KEY"),
        ("src/config.zig", '    smtp_password: ?[]const u8 = "{password}",\n', "PASSWORD"),
        ("export_presets.cfg", 'keystore/release_password="{password}"\n', "PASSWORD"),
        ("settings.ini", "[General]\nProxy/Password={password}\n", "PASSWORD"),
        ("config/settings.yml", '  password: "_env:PGPASS:{password}"\n', "PASSWORD"),
        ("keys.go", '\tAlpacaKeyID   = "{key_id}"\n', "KEY"),
        ("values.cue", '\tconfluentKey:    "{key_id}"\n', "KEY"),
        ("prod.tfvars", 'exoscale_key    = "EXO{hex}"\n', "KEY"),
        ("config.py", 'BROKER_KEY_ID = "{key_id}"\n', "KEY"),
    ],
)
def test_declarations_and_key_ids(path, template, tag):
    values = {
        "password": rand(6, string.ascii_letters) + rand(3, string.digits) + RNG.choice("!#%+") + rand(3),
        "token": rand(30),
        # (digits strewn through it: three groups)
        "key_id": "AK" + "".join(rand(4, string.ascii_uppercase) + rand(1, string.digits) for _ in range(3)) + "Q7",
        "hex": rand(24, "0123456789abcdef"),
    }
    text = template.format(**values)
    name = next(name for name in values if "{" + name + "}" in template)
    value = ("EXO" if name == "hex" else "") + values[name]
    assert (tag, value) in secrets(text, path), found(text, path)


# Network devices and command lines: VyOS community blocks, Cisco's IKEv1 keys and long type-0 passwords, RADIUS
# and IPsec secrets named on their line, RouterOS arguments, flags in session logs, rclone's obscure, "root pw X".
@pytest.mark.parametrize(
    "path, template",
    [
        ("config.boot", "service { snmp { community {password} { authorization ro } } }\n"),
        ("config.boot", "service {\n    snmp {\n        community {password} {\n            authorization ro\n"),
        ("rtr.cfg", "crypto isakmp key {password} address 46.219.132.52\n"),
        ("rtr.cfg", "crypto isakmp key 0 {password} hostname peer.corp.io\n"),
        ("rtr.cfg", "username netops privilege 15 password 0 {long}\n"),
        ("junos.conf", 'set system radius-server 179.181.97.77 secret "{password}"\n'),
        ("hotspot.rsc", "/ip ipsec identity add peer=hq secret={password}\n"),
        ("hotspot.rsc", "/ip hotspot user add name=guest-lobby password={password} profile=1h\n"),
        ("redis-session.txt", "$ redis-cli -h 11.118.23.46 --user worker --pass {password}\n"),
        ("redis-session.txt", "$ redis-cli -h 11.118.23.46 --pass {words}\n"),
        ("4625.xml", '<Data Name="ProcessName">C:\\run.exe /user:svc /pass:{password}</Data>\n'),
        ("offsite.sh", 'rclone config create offsite sftp user backup pass "$(rclone obscure {password})"\n'),
        ("2025-03-04.json", '  "text": "new bastion is up, root pw {password}",\n'),
    ],
)
def test_device_and_command_line_passwords(path, template):
    values = {
        "password": rand(6, string.ascii_letters) + rand(3, string.digits) + RNG.choice("#%+") + rand(3),
        "long": rand(40),
        "words": "-".join(RNG.sample(["ember", "glacier", "velvet", "quartz", "fennel", "harbor"], 3)),
    }
    name = next(name for name in values if "{" + name + "}" in template)
    text = template.replace("{" + name + "}", values[name])  # (the templates' other braces are the configs')
    assert ("PASSWORD", values[name]) in secrets(text, path), found(text, path)


# A CSV header that names a password column (KeePass, Bitwarden and browser exports): every row's cell under it,
# a quoted Notes cell running over lines included; and a slash pair after an e-mail address.
def test_password_columns_of_csv_exports():
    passwords = [rand(8) + "%", "-".join(RNG.sample(["mango", "juniper", "marble", "raven", "fjord"], 4)), rand(14)]
    text = (
        '"Group","Title","Username","Password","URL","Notes"\n'
        f'"Root","Router","admin","{passwords[0]}","http://192.168.35.39",""\n'
        f'"Root","VPS","root","{passwords[1]}","ssh://203.0.113.5","multi\nline ""note"", with, commas"\n'
        f'"Root","Mail","me","{passwords[2]}","https://mail.corp.io",""\n'
    )
    assert [value for tag, value in found(text, "export.csv") if tag == "PASSWORD"] == passwords
    browser = f"name,url,username,password\ngithub,https://github.com,alice,{passwords[0]}\n"
    assert ("PASSWORD", passwords[0]) in secrets(browser, "passwords.csv")


@pytest.mark.parametrize(
    "template",
    ["- smoke test: aquispe@posteo.de / {words} on 98.232.166.63\n", "admin: lea75@tutanota.com / {upper},\n"],
)
def test_slash_pairs_after_an_email(template):
    values = {
        "words": "-".join(RNG.sample(["raven", "jackal", "orchid", "cinder", "pebble"], 3)),
        "upper": rand(4, string.digits) + rand(7, string.ascii_uppercase),
    }
    text = template.format(**values)
    name = next(name for name in values if "{" + name + "}" in template)
    assert ("PASSWORD", values[name]) in secrets(text, "README.md"), found(text, "README.md")


BECH32 = "023456789acdefghjklmnpqrstuvwxyz"


# Formats by their documented shapes (Elasticsearch's ApiKey scheme, Nostr's nsec, The Things Network's NNSXS keys)
# and a password in LaTeX's typewriter face.
@pytest.mark.parametrize(
    "path, template, tag",
    [
        ("search.sh", 'curl -s -H "Authorization: ApiKey {b64}" https://es.corp.io:9200/\n', "KEY"),
        ("client.py", 'headers = {{"Authorization": "ApiKey {b64}"}}\n', "KEY"),
        ("nostr-client.json", '  "nsec": "{nsec}",\n', "KEY"),
        ("notes.md", "- signer: {nsec}\n", "KEY"),
        ("README.rst", "   Smoke test token {ttn}\n", "KEY"),
        ("appendix.tex", "The database (user \\texttt{{survey}}, password \\texttt{{{latex}}}).\n", "PASSWORD"),
    ],
)
def test_formats_and_latex_of_the_twelfth_round(path, template, tag):
    values = {
        "b64": base64.b64encode(f"{rand(20)}:{rand(22)}".encode()).decode(),
        "nsec": "nsec1" + rand(58, BECH32),
        "ttn": "NNSXS." + rand(39, string.ascii_uppercase + string.digits) + "." + rand(52, string.ascii_uppercase),
        "latex": rand(22),
    }
    text = template.format(**values)
    name = next(name for name in values if "{" + name + "}" in template)
    assert (tag, values[name]) in secrets(text, path), found(text, path)


# Keys by their names' kinds: "API secret" in prose, a dotted token after "token", generated letters and digits of
# both cases under a *Key constant, access keys' ids under access_key/access_key_id, upper-case keys under "key:".
@pytest.mark.parametrize(
    "path, template",
    [
        ("incident.md", "An engineer pasted the Mailjet API secret `{hex}` together with the SMTP login.\n"),
        ("start.sh", "# discord relay token {dotted}\n"),
        ("notes.md", "The token is {b64}.\n"),
        ("octoprint.yaml", "plugins:\n  printer:\n    PrinterKey: {b64}\n"),
        ("Config.cs", 'const string UploadKey = "{b64}";\n'),
        ("rclone.conf", "[wasabi]\naccess_key_id = {key_id}\n"),
        ("config.yaml", "minio:\n  access_key: {key_id}\n"),
        ("config", "[profile wasabi]\naws_access_key_id = {id20}\n"),
        ("config.yaml", "api:\n  key: {upper}\n"),
        ("config.py", 'SHARED_KEY = "{b64}"\n'),
    ],
)
def test_keys_by_their_names_kinds(path, template):
    values = {
        "hex": rand(32, "0123456789abcdef"),
        "dotted": rand(24) + "." + rand(6) + "." + rand(27),
        "b64": rand(12, string.ascii_lowercase) + rand(12, string.ascii_uppercase) + rand(4, string.digits) + rand(12),
        "key_id": "".join(rand(5, string.ascii_uppercase) + rand(1, string.digits) for _ in range(3)) + "QX",
        "upper": "".join(rand(6, string.ascii_uppercase) + rand(2, string.digits) for _ in range(4)),
        "id20": rand(20, string.ascii_uppercase + string.digits),
    }
    values["b64"] = "".join(RNG.sample(values["b64"], len(values["b64"])))
    text = template.format(**values)
    name = next(name for name in values if "{" + name + "}" in template)
    assert ("KEY", values[name]) in secrets(text, path), found(text, path)


# A key-value table's row (INSERT ... VALUES('smtp_password', '...')), Postfix's sasl_passwd lines (an app password
# as shown included) and Huawei VRP's SNMP communities.
@pytest.mark.parametrize(
    "path, template",
    [
        ("dump/users.sql", "INSERT INTO settings VALUES('smtp_password','{password}');\n"),
        ("dump/users.sql", "INSERT INTO settings VALUES ('smtp_password', '{app}');\n"),
        ("/etc/postfix/sasl_passwd", "[smtp.gmail.com]:587    nadia+alerts@gmail.com:{app}\n"),
        ("/etc/postfix/sasl_passwd", "# relays\n[203.0.113.9]:2525            relay:{password}\n"),
        ("vrp/ar6120.cfg", "snmp-agent community read {password}\n"),
        ("vrp/ar6120.cfg", "snmp-agent community write simple {password}\n"),
    ],
)
def test_table_rows_relay_lines_and_vrp_communities(path, template):
    values = {"password": rand(20), "app": " ".join(rand(4, string.ascii_lowercase) for _ in range(4))}
    text = template.format(**values)
    name = next(name for name in values if "{" + name + "}" in template)
    assert ("PASSWORD", values[name]) in secrets(text, path), found(text, path)


# Secret stores' command lines (the secret's name, then its value), PAN-OS pre-shared keys, a code span a word or
# two after the password's word, and Amazon SES's relay credentials (a KEY: derived from the IAM key named as user).
@pytest.mark.parametrize(
    "path, template, tag",
    [
        ("ci.sh", "drone secret add --repository riverbend/web --name ssh_password --data '{password}'\n", "PASSWORD"),
        ("ci.sh", 'gh secret set DB_PASSWORD --body "{password}"\n', "PASSWORD"),
        ("ci.sh", 'az keyvault secret set --vault-name kv --name db-password --value "{password}"\n', "PASSWORD"),
        (
            "ci.sh",
            'aws ssm put-parameter --name /prod/db_password --value "{password}" --type SecureString\n',
            "PASSWORD",
        ),
        ("ci.sh", "aws secretsmanager create-secret --name prod/api_token --secret-string {token}\n", "KEY"),
        ("pan.txt", "set network ike gateway gw-aws authentication pre-shared-key key {password}\n", "PASSWORD"),
        ("wiki.md", "2. VPN: serwer 135.67.7.226, hasło startowe `{password}` (zmień przy logowaniu).\n", "PASSWORD"),
        ("/etc/postfix/sasl_passwd", "[email-smtp.eu-west-1.amazonaws.com]:587 AKIA{key_id}:{token}\n", "KEY"),
    ],
)
def test_secret_stores_and_relays(path, template, tag):
    values = {
        "password": rand(6, string.ascii_letters) + rand(3, string.digits) + RNG.choice("#%+") + rand(3),
        "token": rand(40),
        "key_id": rand(16, string.ascii_uppercase + string.digits),
    }
    text = template.format(**values)
    name = "token" if "{token}" in template else "password"
    assert (tag, values[name]) in secrets(text, path), found(text, path)


WORDLIST = "harbor nimbus thistle pixel breeze banjo sprocket velvet maple marble glacier cobalt".split()


# Diceware passphrases given to a password's name up to the line's end, Asterisk's SIP registrations and Kafka's
# Schema Registry logins.
@pytest.mark.parametrize(
    "path, template",
    [
        ("export.ldif", "dn: uid=ops,dc=corp\nuserPassword: {words}\n"),
        ("ssh_config", "Host legacy\n    # password for legacy box: {words}\n"),
        ("notes.md", "- db password: {words}\n"),
        ("config.yaml", "smtp:\n  password: {words}\n"),
        ("sip.conf", "[general]\nregister => 4300389:{password}@sip.tidewater-freight.se\n"),
        ("client.properties", "schema.registry.basic.auth.user.info=sr-client:{password}\n"),
    ],
)
def test_passphrases_registrations_and_user_info(path, template):
    values = {"words": " ".join(RNG.sample(WORDLIST, 4)), "password": rand(16)}
    text = template.format(**values)
    name = next(name for name in values if "{" + name + "}" in template)
    assert ("PASSWORD", values[name]) in secrets(text, path), found(text, path)


# ------------------------------------------------------------------------------------------ thirteenth round
# A UUID in a password's place is an issued token (KEY); a value that names its own secret (SetCredential=name:value);
# Huawei VRP's "simple" before a plaintext value.
@pytest.mark.parametrize(
    "path, template, tag",
    [
        (".netrc", "machine api.heroku.com\n  login ops@corp.io\n  password {uuid}\n", "KEY"),
        ("config.boot", "service dns dynamic {\n    login ops\n    password {uuid}\n}\n", "KEY"),
        ("smtp.service", "[Service]\nSetCredential=smtp-password:{password}\n", "PASSWORD"),
        ("vrp.cfg", "aaa\n local-user admin password simple {password}\n", "PASSWORD"),
        ("vrp.cfg", "ike peer hq\n pre-shared-key simple {password}\n", "PASSWORD"),
    ],
)
def test_issued_tokens_named_values_and_vrp_plaintext(path, template, tag):
    values = {"uuid": str(uuid.UUID(int=RNG.getrandbits(128), version=4)), "password": rand(14)}
    name = next(name for name in values if "{" + name + "}" in template)
    text = template.replace("{" + name + "}", values[name])  # (the templates' other braces are the configs')
    assert (tag, values[name]) in secrets(text, path), found(text, path)


# Declarations in Ada, Odin and COBOL; environment flags (Bazel's --test_env=, docker's -e); PHP's connection calls;
# Aruba's "plaintext"; a command's quoted password in a session log and as the last pair of a config line;
# capitalised words joined as a generator joins them.
@pytest.mark.parametrize(
    "path, template",
    [
        ("smtp.adb", '   Uplink_Password : constant String := "{password}";\n'),
        ("secrets.odin", 'ADMIN_PASSWORD  :: "{password}"\n'),
        ("WS.cpy", "           05  WS-DB-PASSWORD      PIC X(8)  VALUE '{short}'.\n"),
        (".bazelrc", "test --test_env=SMOKE_USER_PASSWORD={password}\n"),
        ("run.sh", "docker run -e DB_PASSWORD={password} postgres:16\n"),
        ("error_log", "#0 db.php(14): PDO->__construct('mysql:host=db;dbname=shop', 'shop', '{password}')\n"),
        ("db.php", '$link = mysqli_connect("127.0.0.1", "root", "{password}", "shop");\n'),
        ("aruba.cfg", "user admin group administrators password plaintext {password}\n"),
        ("aruba.cfg", "radius-server host 166.233.41.188 key plaintext {password} vrf mgmt\n"),
        (
            "session.txt",
            "$ mongosh mongodb://db:27017 --username root --password '{password}' --authenticationDatabase admin\n",
        ),
        ("wifi.sh", "nmcli con add type wifi 802-1x.identity ops 802-1x.password '{camel}'\n"),
        ("sros.cfg", 'configure router "Base" bgp group "transit" neighbor "peer" authentication-key "{password}"\n'),
        ("openvpn.log", "WARNING: auth-user-pass-verify script received password '{camel}' (debug level 7)\n"),
        ("README.rst", "   password ``{camel}``; the API key is elsewhere\n"),
        ("settings.jsonnet", "    admin_password: '{camel}',\n"),
        ("sys.config", '   {{pg, [{{host, "db"}}, {{username, "chat"}}, {{password, "{camel}"}}]}}\n'),
    ],
)
def test_declarations_commands_and_camel_passphrases(path, template):
    values = {
        "password": rand(6, string.ascii_letters) + rand(3, string.digits) + RNG.choice("#%+") + rand(3),
        "short": rand(8, string.ascii_uppercase + string.digits),
        "camel": "".join(word.capitalize() for word in RNG.sample(WORDLIST, 3)),
    }
    text = template.format(**values)
    name = next(name for name in values if "{" + name + "}" in template)
    assert ("PASSWORD", values[name]) in secrets(text, path), found(text, path)


# The word for password and the copulas of more languages (Sesotho, Chichewa, Tok Pisin, Corsican, Asturian, Shona,
# Sundanese, Xhosa, Tigrinya's Ethiopic colon), each separator tried in turn ("ye" in Shona is "of", not "is").
@pytest.mark.parametrize(
    "template",
    [
        "Seva e ncha. Phasewete ya admin ke {password}; ka kopo e fetole.\n",
        "Mawu achinsinsi a admin ndi {password}. Chonde asintheni.\n",
        "Paswot bilong admin em {password}, plis senisim.\n",
        "A parolla d'accessu di l'amministratore hè {password}, cambiatela subitu.\n",
        "La contraseña d'alministrador ye {password}; camúdala.\n",
        "Pasiwedhi ye admin ndeye {password} – ndapota ichinjei.\n",
        "Sandi admin nyaéta {password}, punten gentos.\n",
        "Igama lomsebenzisi ngu-`admin`, iphasiwedi ngu-{password}.\n",
        "ናይ ኣድሚን መሕለፊ ቃል፡ {password}\n",
        "- Admin paroly: {password}\n",
    ],
)
def test_passwords_stated_in_more_languages(template):
    password = rand(6, string.ascii_letters) + rand(3, string.digits) + RNG.choice("#%&") + rand(3)
    text = template.format(password=password)
    assert ("PASSWORD", password) in secrets(text, "notes.md"), found(text, "notes.md")


# Keys listed after other credentials (", key VALUE"), SMTP's AUTH PLAIN, Hardhat's accounts, Flutterwave's format,
# API keys after words with base64's "/" and "+", Hadoop's fs.s3a.access.key, random alphanumerics after "=" in a
# command's option, "API" and up to three words before the colon.
@pytest.mark.parametrize(
    "path, template, secret",
    [
        ("README.md", "<!-- test setup: account ops@corp.io / {password}, key {token} -->\n", "{token}"),
        ("session.txt", "C: AUTH PLAIN {plain}\nS: 235 2.7.0 Authentication successful\n", "{plain}"),
        ("hardhat.config.js", '    sepolia: {{\n      accounts: ["0x{hex64}"],\n    }},\n', "{hex64}"),
        ("rails.log", '"secret_hash"=>"FLWSECK-{hex32}-X"}}\n', "FLWSECK-{hex32}-X"),
        ("panos.txt", "# API key for the backup script: {b64}\n", "{b64}"),
        ("spark-defaults.conf", "spark.hadoop.fs.s3a.access.key   {key_id}\n", "{key_id}"),
        (".bazelrc", "build --remote_header=x-buildbuddy-api-key={token}\n", "{token}"),
        ("notes.md", "An iuchair API airson Xero: {token}\n", "{token}"),
    ],
)
def test_listed_keys_sasl_accounts_and_options(path, template, secret):
    values = {
        "password": rand(10) + "%",
        "token": rand(24),
        "plain": base64.b64encode(b"\0ops@corp.io\0" + rand(12).encode()).decode(),
        "hex64": rand(64, "0123456789abcdef"),
        "hex32": rand(32, "0123456789abcdef"),
        "b64": base64.b64encode(RNG.randbytes(60)).decode().rstrip("="),
        "key_id": rand(20, string.ascii_uppercase + string.digits),
    }
    text = template.format(**values)
    assert ("KEY", secret.format(**values)) in secrets(text, path), found(text, path)


# A vendor's secret as a label of a few words ("consumer secret:", "Webhook secret:"), an access key stated in a
# sentence, Neon and Yandex Cloud formats, one-case API keys with digits strewn through under a bare KEY.
@pytest.mark.parametrize(
    "path, template, secret",
    [
        ("export.json", '{{"text": "WooCommerce consumer secret: cs_{hex40}"}}\n', "cs_{hex40}"),
        ("mail.eml", "Webhook secret: pdl_ntfset_{lower}_{token}\n", "pdl_ntfset_{lower}_{token}"),
        ("notes.md", "A chjave API di Scaleway è altrove (access key SCW{key_id}).\n", "SCW{key_id}"),
        ("chat.md", "**Dorji** (09:21): `napi_{lower64}` — rotate after the migration\n", "napi_{lower64}"),
        ("notes.md", "Yandex Cloud асҡысы: AQVN{token36}\n", "AQVN{token36}"),
        ("k6.js", "const KEY = '{strewn}';\n", "{strewn}"),
    ],
)
def test_vendor_secret_labels_and_formats(path, template, secret):
    values = {
        "hex40": rand(40, "0123456789abcdef"),
        "lower": rand(26, string.ascii_lowercase + string.digits),
        "token": rand(32),
        "key_id": rand(17, string.ascii_uppercase + string.digits),
        "lower64": rand(64, string.ascii_lowercase + string.digits),
        "token36": rand(36),
        "strewn": "".join(rand(7, "ghjkmnpqrstuvwxyz") + rand(2, string.digits) for _ in range(5)),
    }
    text = template.format(**values)
    assert ("KEY", secret.format(**values)) in secrets(text, path), found(text, path)


# A public address after a login (a URL's user info, Oracle's user/password@host:port/service) and one before a log
# line's next timestamp are addresses, not versions of a package spec or a changelog's release date.
@pytest.mark.parametrize(
    "template",
    [
        "  - path: ssh://borg@{ip}/./backups\n",
        "sqlplus system/Kiremt2025@{ip}:1521/LABDB\n",
        "08:14:23 => ops@corp.io R=dnslookup T=remote_smtp H=mx.corp.io [{ip}]\n2025-03-05 08:14:23 Completed\n",
    ],
)
def test_addresses_after_logins_and_before_timestamps(template):
    ip = f"{RNG.randint(11, 90)}.{RNG.randint(0, 255)}.{RNG.randint(0, 255)}.{RNG.randint(1, 254)}"
    text = template.format(ip=ip)
    assert ("IP_ADDRESS", ip) in found(text, "notes.txt"), found(text, "notes.txt")


# A made-up password (words, two to four digits, a closing symbol) after a label or a word of any language: the shape
# names it where no lexicon holds the word for password (Welsh, Basque, Yoruba, Kazakh, Hindi here).
@pytest.mark.parametrize(
    "template",
    [
        "Cyfrinair y llwybrydd: {word}.{word2}{digits}!\n",
        "- Pasahitza: {word}_{word2}{digits}#\n",
        "Ọ̀rọ̀ aṣínà ni {word}{digits}? — má sọ fún ẹnikẹ́ni.\n",
        "Құпия сөз (жаңа): {word}+{word2}{digits}*\n",
        "नया पासकोड (अस्थायी) अब {word}-{word2}{digits}$ है\n",
        "the kiosk's code is now {Word}{digits}!\n",
    ],
)
def test_made_up_passwords_by_their_shape(template):
    values = {"word": rand(6, string.ascii_lowercase), "word2": rand(5, string.ascii_lowercase)}
    values["Word"] = values["word"].capitalize()
    values["digits"] = rand(3, string.digits)
    text = template.format(**values)
    expected = next(token.strip("(),.;:") for token in text.split() if values["digits"] in token)
    assert ("PASSWORD", expected) in secrets(text, "notes.md"), found(text, "notes.md")


# "API" and a few words of any language before a key, bare or in parentheses; vendors' key formats; names that say
# the secret is written in another encoding; JWT names; ngrok's authtoken; a PAT by its initials.
@pytest.mark.parametrize(
    "path, template, secret",
    [
        ("notes.md", "Allwedd yr API yw {token}\n", "{token}"),
        ("notes.md", "Gakoa (API) da {token} — ez partekatu.\n", "{token}"),
        ("notes.md", "API-кілті ({token}) ешкімге берме.\n", "{token}"),
        ("settings.py", 'OMISE_SECRET_KEY = "skey_test_{lower19}"\n', "skey_test_{lower19}"),
        ("mail.ts", "const sender = new MailerSend({{ apiKey: 'mlsn.{hex64}' }});\n", "mlsn.{hex64}"),
        ("relay.ini", "[smtp2go]\nlogin = api-{HEX32}\n", "api-{HEX32}"),
        ("ci.sh", "cargo login cio{token32}\n", "cio{token32}"),
        (".npmrc", "//art.corp.io/api/npm/:_authToken=cmVmdGtuOjAxOj{b64_50}\n", "cmVmdGtuOjAxOj{b64_50}"),
        ("yt.http", "Authorization: Bearer perm:{b64_8}.{b64_12}.{token24}\n", "perm:{b64_8}.{b64_12}.{token24}"),
        ("embed.py", 'client = voyageai.Client(api_key="pa-{token43}")\n', "pa-{token43}"),
        ("pay.rb", "Conekta.api_key = 'key_{token27}'\n", "key_{token27}"),
        ("leaf.conf", "# user seed for the edge node: SU{base32}\n", "SU{base32}"),
        ("b2.env", "B2_APPLICATION_KEY=K00{token28}\n", "K00{token28}"),
        ("group_vars.yml", "cluster_key_b64: {b64_44}\n", "{b64_44}"),
        (".gitlab-ci.yml", "    NOMAD_JWT: {b64_48}\n", "{b64_48}"),
        ("setup.sh", "ngrok config add-authtoken {token20}_{token21}\n", "{token20}_{token21}"),
        ("issue.md", "The runner's PAT: {token}\n", "{token}"),
    ],
)
def test_api_words_vendor_formats_and_encoded_names(path, template, secret):
    alphabet32 = string.ascii_uppercase + "234567"
    values = {
        "token": rand(36),
        "lower19": rand(19, string.ascii_lowercase + string.digits),
        "hex64": rand(64, "0123456789abcdef"),
        "HEX32": rand(32, "0123456789ABCDEF"),
        "token32": rand(32),
        "b64_50": rand(50),
        "b64_8": base64.b64encode(rand(6).encode()).decode(),
        "b64_12": base64.b64encode(rand(9).encode()).decode(),
        "token24": rand(24),
        "token43": rand(43),
        "token27": rand(27),
        "base32": rand(56, alphabet32),
        "token28": rand(28),
        "b64_44": base64.b64encode(RNG.randbytes(32)).decode(),
        "b64_48": rand(48),
        "token20": rand(20),
        "token21": rand(21),
    }
    text = template.format(**values)
    assert ("KEY", secret.format(**values)) in secrets(text, path), found(text, path)


# A variable set in a log line to a passphrase of four words or more, and a password stated as what it "is now".
@pytest.mark.parametrize(
    "template",
    [
        "12s  Normal  Created  pod/api-5d8f  env PGPASSWORD={words} set from Secret api-env\n",
        "Rotated last night: the database password is now {mixed}.\n",
    ],
)
def test_passphrases_in_log_lines_and_passwords_that_are_now(template):
    values = {
        "words": "-".join(rand(5, string.ascii_lowercase) for _ in range(4)),
        "mixed": rand(5, string.ascii_lowercase) + "." + rand(6, string.ascii_letters).capitalize() + ".42",
    }
    text = template.format(**values)
    expected = values["words"] if "{words}" in template else values["mixed"]
    assert ("PASSWORD", expected) in secrets(text, "notes.txt"), found(text, "notes.txt")


# A note's line that gives a secret under a short label in any language: random letters of both cases and digits
# are a key, a value made up as people make passwords is a password (Faroese, Breton, Khmer, Amharic, Swahili
# labels here; none of them is in the lexicon).
@pytest.mark.parametrize(
    "template, tag, secret",
    [
        ("Lykil: {token}\n", "KEY", "{token}"),
        ("- Alc'hwez = {token}\n", "KEY", "{token}"),
        ("សោ ({token})\n", "KEY", "{token}"),
        ("Ufunguo (staging): {token}\n", "KEY", "{token}"),
        ("- Ger-kuzh 2: {Word}{digits}#{UPPER}\n", "PASSWORD", "{Word}{digits}#{UPPER}"),
        ("(Siri, admin: {Words}{digits})\n", "PASSWORD", "{Words}{digits}"),
        ("ምስጢር ቃል: {digits}{Word}+{UPPER}\n", "PASSWORD", "{digits}{Word}+{UPPER}"),
    ],
)
def test_labelled_secrets_in_notes(template, tag, secret):
    values = {
        "token": rand(12, string.ascii_lowercase) + rand(6, string.digits) + rand(14, string.ascii_uppercase),
        "Word": rand(6, string.ascii_lowercase).capitalize(),
        "Word2": rand(7, string.ascii_lowercase).capitalize(),
        "digits": rand(4, string.digits),
        "UPPER": rand(3, string.ascii_uppercase),
        "Words": "".join(RNG.sample(["Harbour", "Lantern", "Cobalt", "Thistle", "Meadow", "Falcon"], 3)),
    }
    values["token"] = "".join(RNG.sample(values["token"], len(values["token"])))
    text = template.format(**values)
    assert (tag, secret.format(**values)) in secrets(text, "handover.md"), found(text, "handover.md")


# Definitions in the Lisps, ABAP's typed constants, variables set by csh's setenv and elvish's set-env, ProxySQL's
# credentials pair, BusyBox's FTP clients, SQL connections, H3C's RADIUS keys, a key named in a code span, and the
# Cerebras/Firecrawl/Apify/Wompi/Rapyd formats.
@pytest.mark.parametrize(
    "path, template, tag, secret",
    [
        ("init.scm", '(define mail-password "{pw}")\n', "PASSWORD", "{pw}"),
        ("config.lisp", '(defvar *api-password* "{pw}")\n', "PASSWORD", "{pw}"),
        ("init.el", '(setq smtpmail-password "{pw}")\n', "PASSWORD", "{pw}"),
        ("zcl.abap", "  CONSTANTS lc_password TYPE string VALUE '{pw}'.\n", "PASSWORD", "{pw}"),
        (".tcshrc", "setenv VULTR_API_TOKEN {token}\n", "KEY", "{token}"),
        ("rc.elv", "set-env LINODE_TOKEN {token}\n", "KEY", "{token}"),
        ("proxysql.cnf", '    monitor_credentials="monitor:{pw}"\n', "PASSWORD", "{pw}"),
        ("backup.sh", "ftpget -u ops -p {pw} 203.0.113.9 out.tar /srv/out.tar\n", "PASSWORD", "{pw}"),
        (
            "init.sql",
            "CREATE CONNECTION s3_stage TO 'https://bucket' USER 'ops' IDENTIFIED BY '{pw}';\n",
            "PASSWORD",
            "{pw}",
        ),
        ("h3c.cfg", "radius scheme corp\n primary accounting 198.18.0.1 key simple {pw}\n", "PASSWORD", "{pw}"),
        ("runbook.md", "The webhook key is `{token}` until Friday.\n", "KEY", "{token}"),
        ("llm.py", 'client = Cerebras(api_key="csk-{lower48}")\n', "KEY", "csk-{lower48}"),
        ("crawl.ts", "const app = new FirecrawlApp({{ apiKey: 'fc-{hex32}' }});\n", "KEY", "fc-{hex32}"),
        ("apify.json", '{{"token": "apify_api_{token36}"}}\n', "KEY", "apify_api_{token36}"),
        ("pay.php", "$wompi = new Wompi('prv_test_{token32}');\n", "KEY", "prv_test_{token32}"),
        ("rapyd.rb", "RAPYD = Client.new(secret: 'rsk_{hex96}')\n", "KEY", "rsk_{hex96}"),
    ],
)
def test_definitions_settings_and_vendor_formats(path, template, tag, secret):
    values = {
        "pw": rand(5, string.ascii_letters) + rand(3, string.digits) + "!" + rand(3, string.ascii_letters),
        "token": rand(32),
        "lower48": rand(48, string.ascii_lowercase + string.digits),
        "hex32": rand(32, "0123456789abcdef"),
        "token36": rand(36),
        "token32": rand(32),
        "hex96": rand(96, "0123456789abcdef"),
    }
    text = template.format(**values)
    assert (tag, secret.format(**values)) in secrets(text, path), found(text, path)


# The sixteenth round: a service's API key in hex under the service's name, a hex key alone on a note's line,
# passwords under a password's label in a note whatever their shape, tmux's set-environment, a RADIUS or TACACS+
# server's key at the end of its host line, Gitpod's tokens.
@pytest.mark.parametrize(
    "path, template, tag, secret",
    [
        ("Tiltfile", "    'SHODAN_KEY': '{hex64}',\n", "KEY", "{hex64}"),
        ("skaffold.yaml", "        env.GREYNOISE_KEY: {hex32}\n", "KEY", "{hex32}"),
        ("handover.txt", "- Nøkkel ({hex32})\n", "KEY", "{hex32}"),
        ("handover.txt", "Passwort (neu): {lower}.{lower2}{digits}\n", "PASSWORD", "{lower}.{lower2}{digits}"),
        (".tmux.conf", "set-environment -g COHERE_API_KEY {token}\n", "KEY", "{token}"),
        ("switch.cfg", "radius-server host 198.51.100.7 auth-port 1812 key {pw}\n", "PASSWORD", "{pw}"),
        ("nexus.cfg", 'tacacs-server host 198.51.100.8 key 0 "{pw}" timeout 5\n', "PASSWORD", "{pw}"),
        (".gitpod.yml", "      export GITPOD_TOKEN=gitpod_pat_{token64}\n", "KEY", "gitpod_pat_{token64}"),
    ],
)
def test_hex_api_keys_note_passwords_and_server_keys(path, template, tag, secret):
    values = {
        "hex64": rand(64, "0123456789abcdef"),
        "hex32": rand(32, "0123456789abcdef"),
        "lower": rand(6, string.ascii_lowercase),
        "lower2": rand(6, string.ascii_lowercase),
        "digits": rand(3, string.digits),
        "token": rand(32),
        "pw": rand(6, string.ascii_letters) + rand(2, string.digits) + "." + rand(3, string.ascii_lowercase),
        "token64": rand(64),
    }
    text = template.format(**values)
    assert (tag, secret.format(**values)) in secrets(text, path), found(text, path)


# The seventeenth round: hex keys under multi-word service names, longer hex keys alone on a note's line, Zoho's
# and Radar's tokens, RADIUS servers' keys and secrets on more vendors' lines, the Sakha word for password.
@pytest.mark.parametrize(
    "path, template, tag, secret",
    [
        (".env", "MAILGUN_SENDING_KEY={hex32}\n", "KEY", "{hex32}"),
        ("handover.md", "* lykel = {hex56}\n", "KEY", "{hex56}"),
        ("crm.py", 'ZOHO = "1000.{hex32}.{hex32b}"\n', "KEY", "1000.{hex32}.{hex32b}"),
        ("geo.js", "const radar = new Radar('prj_live_sk_{hex40}');\n", "KEY", "prj_live_sk_{hex40}"),
        ("aos.cfg", 'aaa radius-server "corp" host 198.51.100.4 key {pw}\n', "PASSWORD", "{pw}"),
        ("saos.cfg", "radius-client server add server 198.51.100.5 secret {pw}\n", "PASSWORD", "{pw}"),
        ("notes.md", "сервер 198.51.100.6, кистэлэҥ тыл: {pw}\n", "PASSWORD", "{pw}"),
    ],
)
def test_service_hex_keys_vendor_tokens_and_radius_lines(path, template, tag, secret):
    values = {
        "hex32": rand(32, "0123456789abcdef"),
        "hex32b": rand(32, "0123456789abcdef"),
        "hex56": rand(56, "0123456789abcdef"),
        "hex40": rand(40, "0123456789abcdef"),
        "pw": rand(5, string.ascii_letters) + rand(3, string.digits) + "-" + rand(3, string.ascii_uppercase),
    }
    text = template.format(**values)
    assert (tag, secret.format(**values)) in secrets(text, path), found(text, path)


# The nineteenth round: an account's address inside a note's label, Anyscale's, Tinybird's, Transifex's and Convex's
# formats, XML settings named by an attribute with the value in a child element, request builders' named parameters,
# lftp's -u, SNMP communities and v3 users on more CLIs, RADIUS secrets in a server's block, an API's id:key pair
# after curl -u, a pre-shared key and a passphrase in prose.
@pytest.mark.parametrize(
    "path, template, tag, secret",
    [
        ("handover.md", "* Kennwort für backup-bot@wharfline.de: {pw}\n", "PASSWORD", "{pw}"),
        ("handover.md", "- kata sandhi: {pw}\n", "PASSWORD", "{pw}"),
        ("deploy.py", "ANYSCALE = 'esecret_{lower30}'\n", "KEY", "esecret_{lower30}"),
        ("sync.sh", "tx push --token 1/{hex40}\n", "KEY", "1/{hex40}"),
        ("ci.yml", "  CONVEX_DEPLOY_KEY: prod:amber-otter-{n3}|{token48}\n", "KEY", "prod:amber-otter-{n3}|{token48}"),
        (
            "device.xml",
            '<setting name="admin password" scope="local"><text>{pw}</text></setting>\n',
            "PASSWORD",
            "{pw}",
        ),
        ("LoadTest.kt", '    .queryParam("password", "{pw}")\n', "PASSWORD", "{pw}"),
        ("mirror.lftp", "open -u mirror,{pw} sftp://files.wharfline.de\n", "PASSWORD", "{pw}"),
        ("edge.cfg", "snmp-server user noc NOC-RO v3 auth sha {pw} priv aes 128 {pw2}\n", "PASSWORD", "{pw2}"),
        ("edge.cfg", "snmp community rw {pw}\n", "PASSWORD", "{pw}"),
        ("edge.cfg", "radius\n  server 198.51.100.9 secret {pw}\n!\n", "PASSWORD", "{pw}"),
        ("edge.cfg", 'radius server key acct 198.51.100.9 encrypted-off "{pw}"\n', "PASSWORD", "{pw}"),
        ("edge.cfg", "users password operator {pw}\n", "PASSWORD", "{pw}"),
        ("ping.sh", 'curl -u "{uuid}:{hex64}" https://api.wharfline.io/v1/ping\n', "KEY", "{hex64}"),
        ("vpn.md", "The Lisbon tunnel uses pre-shared key {pw}.\n", "PASSWORD", "{pw}"),
    ],
)
def test_note_accounts_vendor_formats_xml_children_and_device_lines(path, template, tag, secret):
    values = {
        "pw": rand(5, string.ascii_letters) + rand(3, string.digits) + "!" + rand(2, string.ascii_lowercase),
        "pw2": rand(7, string.ascii_letters) + rand(2, string.digits) + "_",
        "lower30": rand(30, string.ascii_lowercase + string.digits),
        "hex40": rand(40, "0123456789abcdef"),
        "hex64": rand(64, "0123456789abcdef"),
        "n3": rand(3, string.digits),
        "token48": rand(48, string.ascii_letters + string.digits + "_-"),
        "uuid": str(uuid.UUID(int=random.Random(19).getrandbits(128), version=4)),
    }
    text = template.format(**values)
    assert (tag, secret.format(**values)) in secrets(text, path), found(text, path)


# The twentieth round: notes' table rows and second values, longer labels, vendor prefixes with kind and region
# words, upper-case hex keys, Runway/Tigris/Modal formats, a vendor's Authorization scheme, more device lines.
@pytest.mark.parametrize(
    "path, template, tag, secret",
    [
        ("wiki.md", "| Kodeord 2 | `{pw}` |\n", "PASSWORD", "{pw}"),
        ("wiki.md", "Passwort: {pw2} und {pw}\n", "PASSWORD", "{pw}"),
        ("wiki.md", "nøkkel til mailjet: {hexup}\n", "KEY", "{hexup}"),
        ("wiki.md", "- klucz (braintrust): bt_sk_{token40}\n", "KEY", "bt_sk_{token40}"),
        ("deploy.sh", "export TIGRIS_SECRET=tsec_{token44}\n", "KEY", "tsec_{token44}"),
        ("api.http", "Authorization: Acme-apikey {token64}\n", "KEY", "{token64}"),
        ("switch.cfg", "tacacs-server key {pw}\n", "PASSWORD", "{pw}"),
        ("ers.cfg", 'cli password read-only "{pw}"\n', "PASSWORD", "{pw}"),
        ("run.sh", "redis-server --port 6380 --requirepass {pw} --daemonize yes\n", "PASSWORD", "{pw}"),
        ("/etc/vpnc/lab.conf", "IPSec gateway 198.51.100.3\nIPSec secret {pw}\n", "PASSWORD", "{pw}"),
        ("proxychains.conf", "[ProxyList]\nsocks5 198.51.100.4 1080 crawler {pw}\n", "PASSWORD", "{pw}"),
    ],
)
def test_note_tables_longer_labels_vendor_schemes_and_more_device_lines(path, template, tag, secret):
    values = {
        "pw": rand(5, string.ascii_letters) + rand(3, string.digits) + "!" + rand(2, string.ascii_lowercase),
        "pw2": rand(6, string.ascii_letters) + rand(2, string.digits) + "#",
        "hexup": rand(64, "0123456789ABCDEF"),
        "token40": rand(40),
        "token44": rand(44),
        "token64": rand(64),
    }
    text = template.format(**values)
    assert (tag, secret.format(**values)) in secrets(text, path), found(text, path)


# The twenty-first round: device CLIs that give the secret later on their line, snake_case word passphrases, note
# labels with a copula, Lisp pairs, setters with a type first, Ruby percent literals, plain Basic pairs, a mailbox
# in a URL's userinfo, IPTV stream paths, FTP in packet dumps, rc files, Erlang cookies, Unleash tokens.
@pytest.mark.parametrize(
    "path, template, tag, secret",
    [
        ("olt.cfg", "set snmp community read {pw2} write {pw}\n", "PASSWORD", "{pw}"),
        ("olt.cfg", "set snmp community read {pw2} write {pw}\n", "PASSWORD", "{pw2}"),
        ("olt.cfg", "snmp trap-host 198.51.100.20 community {pw} version v2c\n", "PASSWORD", "{pw}"),
        ("ap.cfg", "snmp reader version v2c community {pw}\n", "PASSWORD", "{pw}"),
        ("olt.cfg", "set tacacs+ server 198.51.100.21 key {pw} port 49\n", "PASSWORD", "{pw}"),
        ("stack.cfg", "set radius server 3 198.51.100.22 1812 {pw} realm network-access\n", "PASSWORD", "{pw}"),
        ("ap.cfg", "security aaa radius-server backup2 198.51.100.23 shared-secret {pw}\n", "PASSWORD", "{pw}"),
        ("ap.cfg", "security-object lab security protocol-suite wpa2-aes-psk ascii-key {pw}\n", "PASSWORD", "{pw}"),
        ("ftos.cfg", "username noc password 0 {pw} privilege 10\n", "PASSWORD", "{pw}"),
        ("preseed.cfg", "d-i passwd/user-password password {snake}\n", "PASSWORD", "{snake}"),
        ("ops.md", "Deploy password: ``{snake}``\n", "PASSWORD", "{snake}"),
        ("notes.md", "- Passwoot vum Router es {pw}\n", "PASSWORD", "{pw}"),
        ("notes.md", "- sénha di router é {pw}\n", "PASSWORD", "{pw}"),
        ("notes.md", "Schlüssl fürn Wetterdienst is {mixed32}\n", "KEY", "{mixed32}"),
        ("notes.md", "> | token | `{hex40}` |\n", "KEY", "{hex40}"),
        ("src/db.scm", '(define db-config \'((user . "etl") (password . "{pw}")))\n', "PASSWORD", "{pw}"),
        ("conf.lfe", '  #(smtp-pass "{pw}")\n', "PASSWORD", "{pw}"),
        ("init.el", '(setq gnus-api-key "{mixed32}")\n', "KEY", "{mixed32}"),
        ("app/build.gradle.kts", '    buildConfigField(STRING, "QA_PASSWORD", "{pw}")\n', "PASSWORD", "{pw}"),
        ("build.gradle", '    buildConfigField "String", "MAPS_API_KEY", "\\"{mixed32}\\""\n', "KEY", "{mixed32}"),
        ("deploy.rb", "  command %{{export STRIPE_API_KEY=sk_live_{mixed32}}}\n", "KEY", "sk_live_{mixed32}"),
        ("requests.http", "Authorization: Basic ci-bot:{pw}\n", "PASSWORD", "{pw}"),
        (".env", "MAILER_URL=smtp://ops.team@wharfline.de:{pw}@198.51.100.24:465\n", "PASSWORD", "{pw}"),
        (
            "list.m3u",
            "#EXTINF:-1,Sport\nhttp://198.51.100.25:8000/movie/kamau77/{mixed32}/4410.mkv\n",
            "PASSWORD",
            "{mixed32}",
        ),
        ("dump.txt", "E..<..@.@.....PASS {pw}\n", "PASSWORD", "{pw}"),
        ("~/.fetchmailrc-home", "password = {walk}\n", "PASSWORD", "{walk}"),
        ("vm.args.src", "export RELEASE_COOKIE={mixed32}\n", "KEY", "{mixed32}"),
        ("flags.env", "UNLEASH_TOKEN=default:production.{hex56}\n", "KEY", "default:production.{hex56}"),
        ("ci.sh", "export SAUCE_ACCESS_KEY={uuid}\n", "KEY", "{uuid}"),
        ("incident.md", "The Mistral key (`{mixed32}`) was rotated.\n", "KEY", "{mixed32}"),
    ],
)
def test_later_device_secrets_copulas_lisp_pairs_stream_paths_and_packet_dumps(path, template, tag, secret):
    values = {
        "pw": rand(5, string.ascii_letters) + rand(3, string.digits) + "!" + rand(2, string.ascii_lowercase),
        "pw2": rand(6, string.ascii_letters) + rand(2, string.digits) + "#",
        "snake": "_".join(random.Random(21).sample(["copper", "heron", "basalt", "lagoon", "thistle"], 3)) + "7",
        "mixed32": rand(29, string.ascii_letters) + rand(3, string.digits),
        "hex40": rand(40, "0123456789abcdef"),
        "hex56": rand(56, "0123456789abcdef"),
        "walk": "zxcvbn" + rand(1, string.ascii_uppercase) + rand(5, string.ascii_lowercase) + "!",
        "uuid": str(uuid.UUID(int=random.Random(21).getrandbits(128), version=4)),
    }
    text = template.format(**values)
    assert (tag, secret.format(**values)) in secrets(text, path), found(text, path)


# Addresses that a packet dump writes with the port glued on (tcpdump's ADDRESS.PORT), and a mailbox that is a URL's
# user before its password.
@pytest.mark.parametrize(
    "path, text, tag, value",
    [
        (
            "cap.txt",
            "12:00:01.5 IP 203.45.67.89.51514 > 91.198.174.2.21: Flags [P.], seq 1:18\n",
            "IP_ADDRESS",
            "203.45.67.89",
        ),
        (
            "cap.txt",
            "12:00:01.5 IP 203.45.67.89.51514 > 91.198.174.2.21: Flags [P.], seq 1:18\n",
            "IP_ADDRESS",
            "91.198.174.2",
        ),
        (
            "cap.txt",
            "12:00:02.7 IP 91.198.174.2.53 > 203.45.67.89.40022: UDP, length 64\n",
            "IP_ADDRESS",
            "91.198.174.2",
        ),
        (
            ".env",
            "MAILER_URL=smtp://ops.team@wharfline.de:Kx9!mPw2z@198.51.100.24:465\n",
            "EMAIL",
            "ops.team@wharfline.de",
        ),
    ],
)
def test_packet_endpoints_and_mailboxes_as_url_users(path, text, tag, value):
    assert (tag, value) in found(text, path), found(text, path)


# Device accounts without a type word, IOS XR's "password clear", camelCase SNMP community settings, and notes whose
# password is random letters only or follows a two-word copula.
@pytest.mark.parametrize(
    "path, template, secret",
    [
        ("edge.cfg", "enable password {dotted}\n", "{dotted}"),
        ("edge.cfg", "username ops-bot password {dotted} privilege 7\n", "{dotted}"),
        ("a10.cfg", "admin netops password {dotted}\n", "{dotted}"),
        ("pe1.cfg", "router bgp 65001\n neighbor 198.51.100.30\n  password clear {pw}\n", "{pw}"),
        ("radio.json.txt", "snmpReadWriteCommunity={pw}\n", "{pw}"),
        ("radio.json", '  "snmpReadOnlyCommunity": "{pw}",\n', "{pw}"),
        ("notes.md", "- router: 198.51.100.31 (пароль: {letters})\n", "{letters}"),
        ("notes.md", "An bag-o nga password amo an {pw}.\n", "{pw}"),
        ("notes.md", "Uusi salasana oon {pw}.\n", "{pw}"),
    ],
)
def test_device_accounts_camel_case_communities_and_more_copulas(path, template, secret):
    first, second = random.Random(22).sample(["hazel", "kelp", "tundra", "cobalt", "lantern", "indigo"], 2)
    values = {
        "pw": rand(5, string.ascii_letters) + rand(3, string.digits) + "!" + rand(2, string.ascii_lowercase),
        "dotted": f"{first}.{second}_{rand(2, string.digits)}",
        "letters": "Q" + rand(20, string.ascii_letters) + "z",
    }
    text = template.format(**values)
    assert ("PASSWORD", secret.format(**values)) in secrets(text, path), found(text, path)


# Wrapped prose: the value's code span opens the line after the word that names it.
@pytest.mark.parametrize(
    "path, template, tag, secret",
    [
        ("runbook.md", "log in as `lbadmin` with the password\n   `{pw}` and rotate it.\n", "PASSWORD", "{pw}"),
        ("notes.rst", "The mirror takes the shared password\n``{pw}`` for uploads.\n", "PASSWORD", "{pw}"),
        ("postmortem.md", "A notebook held our API key and the OTX key\n`{hex64}` was pushed.\n", "KEY", "{hex64}"),
    ],
)
def test_values_on_the_next_line_of_wrapped_prose(path, template, tag, secret):
    values = {
        "pw": rand(5, string.ascii_letters) + rand(3, string.digits) + "~" + rand(2, string.ascii_lowercase),
        "hex64": rand(64, "0123456789abcdef"),
    }
    text = template.format(**values)
    assert (tag, secret.format(**values)) in secrets(text, path), found(text, path)


# PgBouncer's userlist, vsftpd's logged FTP commands, a hex token as a URL's password, WeCom robot webhooks, SONiC's
# passkey, a password stated with "was".
@pytest.mark.parametrize(
    "path, template, tag, secret",
    [
        ("/etc/pgbouncer/userlist.txt", '"etl" "{pw}"\n"stats" "md5{hex32}"\n', "PASSWORD", "{pw}"),
        (
            "vsftpd.log",
            'Tue Mar  4 10:00:01 2025 [pid 9] FTP command: Client "::ffff:198.51.100.8", "PASS {pw}"\n',
            "PASSWORD",
            "{pw}",
        ),
        ("ci.sh", "git push https://bot:{hex40}@git.wharfline.de/ops/infra.git\n", "KEY", "{hex40}"),
        ("alerts.env", "ROBOT_URL=https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key={uuid}\n", "KEY", "{uuid}"),
        ("config_db.json", '{{"TACPLUS": {{"global": {{"passkey": "{pw}"}}}}}}\n', "PASSWORD", "{pw}"),
        ("handover.md", "The first admin password was {pw} until the audit.\n", "PASSWORD", "{pw}"),
        ("/etc/ipsec.secrets", 'field-ops : EAP "{pw}"\n', "PASSWORD", "{pw}"),
    ],
)
def test_pooler_userlists_ftp_logs_url_tokens_and_webhook_keys(path, template, tag, secret):
    values = {
        "pw": rand(5, string.ascii_letters) + rand(3, string.digits) + "!" + rand(2, string.ascii_lowercase),
        "hex32": rand(32, "0123456789abcdef"),
        "hex40": rand(40, "0123456789abcdef"),
        "uuid": str(uuid.UUID(int=random.Random(23).getrandbits(128), version=4)),
    }
    text = template.format(**values)
    assert (tag, secret.format(**values)) in secrets(text, path), found(text, path)


# Twenty-second round (2026-12-06): reST literals and field lists, dot leaders, a Makefile's or .env's whole-line
# value, files of per-station secrets (hostapd, HexChat, NcFTP), device dialogues and config blocks (Zhone, Teldat,
# maddy, Yocto's useradd -P, IOS's "v2c"), a built-in account before a password, fetchmail's keyword pairs, a typed
# shared secret of words and digits.
@pytest.mark.parametrize(
    "path, template, tag, secret",
    [
        ("README.rst", ":DEPLOY_API_KEY: ``{hex32}``\n", "KEY", "{hex32}"),
        ("docs/ops.rst", ":Upload token: ``{mixed}``\n", "KEY", "{mixed}"),
        ("CONTRIBUTORS.txt", "  SFTP password .. {pw}\n", "PASSWORD", "{pw}"),
        ("NOTES.txt", "  RELEASE_API_KEY ..... {hex32}\n", "KEY", "{hex32}"),
        ("Makefile", "UPLOAD_PASSWORD ?= {word}7,{digits}\n", "PASSWORD", "{word}7,{digits}"),
        (".env", "SMTP_PASSWORD={word}7,{digits}\n", "PASSWORD", "{word}7,{digits}"),
        ("/etc/hostapd.wpa_psk", "# MAC passphrase\n0a:1b:2c:3d:4e:5f {pw}\n", "PASSWORD", "{pw}"),
        ("/etc/hostapd/hostapd.wpa_psk", "keyid=lab 00:00:00:00:00:00 {pw}\n", "PASSWORD", "{pw}"),
        (".config/hexchat/servlist.conf", "N=Libera\nU=ops\nP={pw}\nS=irc.libera.chat/6697\n", "PASSWORD", "{pw}"),
        (
            "home/ops/.ncftp/bookmarks",
            "NcFTP bookmark-file version: 8\nmirror,ftp.wharfline.de,ops,{pw},,/pub,I,21,4294967295,1,1,-1,1\n",
            "PASSWORD",
            "{pw}",
        ),
        ("mxk.cfg", "zSH> update radius-client 1\n  secret: --> {{{pw}}}\n", "PASSWORD", "{pw}"),
        ("mxk.cfg", "zSH> update community-profile 1\n  community-name: --> {{{pw}}}\n", "PASSWORD", "{pw}"),
        ("teldat.cfg", "feature snmp\n   community {pw} access read-only\nexit\n", "PASSWORD", "{pw}"),
        ("switch.cfg", "snmp-server host 198.51.100.9 v2c {pw}\n", "PASSWORD", "{pw}"),
        ("maddy.conf", "target.smtp relay {{\n    auth plain relay@wharfline.de {pw}\n}}\n", "PASSWORD", "{pw}"),
        ("local.conf", "EXTRA_USERS_PARAMS = \"useradd -P '{pw}' fieldtech;\"\n", "PASSWORD", "{pw}"),
        ("phone.cfg", "static.security.user_password = admin:{pw}\n", "PASSWORD", "{pw}"),
        (".fetchmailrc", "poll imap.x.de\n  user 'ops' there with password '{pw}' is 'ops'\n", "PASSWORD", "{pw}"),
        ("accumulo.properties", "instance.secret={Word}{Word2}{digits}\n", "PASSWORD", "{Word}{Word2}{digits}"),
    ],
)
def test_rst_fields_dot_leaders_station_files_and_device_dialogues(path, template, tag, secret):
    word = rand(6, string.ascii_lowercase)
    values = {
        "pw": rand(5, string.ascii_letters) + rand(3, string.digits) + "!" + rand(2, string.ascii_lowercase),
        "hex32": rand(32, "0123456789abcdef"),
        "mixed": rand(12, string.ascii_uppercase) + rand(8, string.digits) + rand(12, string.ascii_lowercase),
        "word": word,
        "Word": "Tamarind",
        "Word2": "Prairie",
        "digits": rand(3, "123456789"),
    }
    text = template.format(**values)
    assert (tag, secret.format(**values)) in secrets(text, path), found(text, path)


# Keys in prose's code spans and sentences ("token (`X`)", "secret `X`", "the fallback key is X", "REST API key" with
# the value on the next line), keys some providers issue in one case of letters (and digits), a service's short key
# of both cases, new providers' formats, a label's UUID under an API key's name, hex under a key's word in another
# language, and passwords under labels in new languages (words joined, copulas).
@pytest.mark.parametrize(
    "path, template, tag, secret",
    [
        ("postmortem.md", "It held a MiniMax token (`{jwt}`) in the log.\n", "KEY", "{jwt}"),
        ("handbook.md", "* eSewa secret `{upper16}`; store id `clinic7`\n", "KEY", "{upper16}"),
        ("ticket.txt", "Rotated. The fallback key is sk_{hex32}, also rotating.\n", "KEY", "sk_{hex32}"),
        ("mail.txt", "merchant 69, and REST API key\n{hex32}. The panel login is ours.\n", "KEY", "{hex32}"),
        ("copr", "[copr-cli]\nusername = ops\ntoken = {lower30}\n", "KEY", "{lower30}"),
        (".env", "SECRET_KEY={upper16}\n", "KEY", "{upper16}"),
        ("nb.py", "BYBIT_KEY = '{short}'\n", "KEY", "{short}"),
        ("bb.edn", '(def coingecko-key "CG-{alnum24}")\n', "KEY", "CG-{alnum24}"),
        ("view.hbs", '  murfKey: "ap2_{uuid}",\n', "KEY", "ap2_{uuid}"),
        ("show.haml", '- retell_key = "key_{hex28}"\n', "KEY", "key_{hex28}"),
        ("connector.yaml", "endpoint: https://frosty-river.quiknode.pro/{hex40}/\n", "KEY", "{hex40}"),
        ("README.rst", ":BOT_TOKEN: ``fhb-{hex32}``\n", "KEY", "fhb-{hex32}"),
        ("config.php", "  'hashSecretKey' => '{hex32}',\n", "KEY", "{hex32}"),
        ("CHANGES.md", "> | APPSIGNAL_PUSH_API_KEY | `{uuid}` |\n", "KEY", "{uuid}"),
        ("notes/fula.txt", "Notes\ncoktirgal: {hex40}\n", "KEY", "{hex40}"),
        ("notes/bemba.md", "# Notes\n\n| a | b |\n|---|---|\n| icishibilo ca server | {pw} |\n", "PASSWORD", "{pw}"),
        ("notes/swabian.txt", "Notes\n- VPN Passwort vom Server: {w1}-{w2}-{w3}\n", "PASSWORD", "{w1}-{w2}-{w3}"),
        ("notes/garifuna.txt", "Notes\npassword server (backup) ha {w1}_{w2}_{w3}\n", "PASSWORD", "{w1}_{w2}_{w3}"),
        ("notes/marshallese.txt", "Notes\npassword eo an server ej {pw}\n", "PASSWORD", "{pw}"),
    ],
)
def test_keys_in_prose_one_case_keys_new_formats_and_labels_in_more_languages(path, template, tag, secret):
    header = base64.urlsafe_b64encode(b'{"alg":"RS256","typ":"JWT"}').decode().rstrip("=")
    values = {
        "jwt": f"{header}.{rand(64, ALNUM)}.{rand(43, ALNUM)}",
        "upper16": "XQ" + rand(4, "BCDFGHJKLMNPQRSTVWXZ") + rand(2, "23456789") + rand(8, "BCDFGHJKLMNPQRSTVWXZ"),
        "lower30": rand(30, "bcdfghjklmnpqrstvwxz"),
        "hex28": rand(28, "0123456789abcdef"),
        "hex32": rand(32, "0123456789abcdef"),
        "hex40": rand(40, "0123456789abcdef"),
        "short": "".join(rand(1, string.ascii_uppercase) + rand(1, "2345678") + rand(1, "bcdfghk") for _ in range(6)),
        "alnum24": rand(8, string.ascii_uppercase) + rand(8, string.digits) + rand(8, string.ascii_lowercase),
        "uuid": str(uuid.UUID(int=random.Random(24).getrandbits(128), version=4)),
        "pw": rand(5, string.ascii_letters) + rand(3, string.digits) + "!" + rand(2, string.ascii_lowercase),
        "w1": "pebble",
        "w2": "bramble",
        "w3": "prairie",
    }
    text = template.format(**values)
    assert (tag, secret.format(**values)) in secrets(text, path), found(text, path)


# The twenty-second round's second half, from held-out 25: a UUID under "API key" in a table or a reST field, a key's
# word in more languages (UUIDs, digests' lengths of hex, one case with digits), new value-words ("re-keyed to"),
# device forms (ScreenOS's preshare, a quoted community on a trap host, airOS's snmp.community, BIG-IP's
# community-name, Accton's enable password level), monit's allow USER:PASSWORD, Taskwarrior's credentials,
# Grandstream's P-values, transmission-remote's --auth, a password named by a switch's word but typed, a shared secret
# typed as words, a made-up password after "user / ", provider formats (Worldpay, Covalent, Monnify, Ankr).
@pytest.mark.parametrize(
    "path, template, tag, secret",
    [
        ("README.md", "Notes\n\n> | API key | `{uuid}` |\n", "KEY", "{uuid}"),
        ("README.rst", "Notes\n\n:API key: ``{uuid}``\n", "KEY", "{uuid}"),
        ("notes/sambalpuri.md", "# N\n\n| a | b |\n|---|---|\n| Imperva ଚାବି | `{uuid}` |\n", "KEY", "{uuid}"),
        ("notes/svan.txt", "Notes\nSmartlook კლიტე ლი {hex40}\n", "KEY", "{hex40}"),
        ("ticket.txt", "Notes\n  - RADIUS shared secret re-keyed to {pw} on both nodes\n", "PASSWORD", "{pw}"),
        (
            "ns.cfg",
            'set ike gateway "b" address 198.51.100.4 Main preshare "{pw}" sec-level standard\n',
            "PASSWORD",
            "{pw}",
        ),
        ("ers.cfg", 'snmp-server host 198.51.100.5 "{pw}"\n', "PASSWORD", "{pw}"),
        ("system.cfg", "snmp.status=enabled\nsnmp.community={pw}\n", "PASSWORD", "{pw}"),
        (
            "bigip.conf",
            "sys snmp {{\n    communities {{\n        /Common/c {{ community-name {pw} }}\n",
            "PASSWORD",
            "{pw}",
        ),
        ("accton.cfg", "enable password level 15 0 {pw}\n", "PASSWORD", "{pw}"),
        ("monitrc", "set httpd port 2812 and\n    allow localhost\n    allow admin:{pw}\n", "PASSWORD", "{pw}"),
        (".taskrc", "taskd.credentials=Home/ines/{uuid}\n", "KEY", "{uuid}"),
        ("cfg000b82.xml", "<config>\n    <P2>{pw}</P2>\n    <P35>4131</P35>\n", "PASSWORD", "{pw}"),
        ("seed.sh", 'transmission-remote 198.51.100.7:9091 --auth seed:{pw} -a "$1"\n', "PASSWORD", "{pw}"),
        ("pgpool.conf", "sr_check_password = '{pw}'\n", "PASSWORD", "{pw}"),
        ("netxmsd.conf", "# SharedSecret = {word}{digits}\n", "PASSWORD", "{word}{digits}"),
        (
            "ticket.txt",
            "Notes\n  - temporary account created: vpn-temp / CompassMeadowFalcon{digits}\n",
            "PASSWORD",
            "CompassMeadowFalcon{digits}",
        ),
        ("svc.ol", '    .value = "T_S_{uuid}"\n', "KEY", "T_S_{uuid}"),
        ("nb.py", 'COVALENT = "cqt_{alnum26}"\n', "KEY", "cqt_{alnum26}"),
        ("handbook.md", "- Monnify API key `MK_PROD_{upper10}`\n", "KEY", "MK_PROD_{upper10}"),
        ("nb.py", 'RPC = "https://rpc.ankr.com/eth/{hex64}"\n', "KEY", "{hex64}"),
    ],
)
def test_uuid_keys_under_labels_device_forms_service_files_and_more_formats(path, template, tag, secret):
    values = {
        "pw": rand(5, string.ascii_letters) + rand(3, string.digits) + "!" + rand(2, string.ascii_lowercase),
        "uuid": str(uuid.UUID(int=random.Random(25).getrandbits(128), version=4)),
        "hex40": rand(40, "0123456789abcdef"),
        "hex64": rand(64, "0123456789abcdef"),
        "word": "vokepisa",
        "digits": rand(2, "123456789"),
        "alnum26": rand(9, string.ascii_uppercase) + rand(8, string.digits) + rand(9, string.ascii_lowercase),
        "upper10": rand(5, "ABCDEFGHJKLMNPQRSTUVWXYZ") + rand(5, "123456789"),
    }
    text = template.format(**values)
    assert (tag, secret.format(**values)) in secrets(text, path), found(text, path)


# The twenty-sixth held-out set's SNMP forms: any setting whose name holds "community" near an SNMP section or name,
# the community alone on its line in an "snmp" block, and the community set "to" a value in prose.
@pytest.mark.parametrize(
    "path, template",
    [
        ("config.ini", "[NetworkSNMP]\nAccessControl1Community={pw}\nAccessControl1NMSIP=10.1.2.3\n"),
        ("netm2.ini", "[snmp]\nv1.read.community={pw}\nv1.write.community=Other-{digits}\n"),
        ("resource.cfg", "$USER1$=/usr/lib/nagios/plugins\n$SNMPCOMMUNITYREAD$={pw}\n"),
        ("acs.cli", "cd /settings/snmp/v1_v2_v3\nadd community={pw} source=172.19.169.2\n"),
        ("vedge.conf", "snmp\n community {pw}\n trap target vpn 512 192.168.1.238 162\n!\n"),
        (
            "ticket.txt",
            "The branch router is up.\n  They set the SNMP community to {pw} and the admin password too.\n",
        ),
    ],
)
def test_snmp_communities_named_in_any_setting_line_or_sentence(path, template):
    values = {"pw": password(), "digits": rand(3, string.digits)}
    text = template.format(**values)
    assert ("PASSWORD", values["pw"]) in secrets(text, path), found(text, path)


# Also from the twenty-sixth held-out set: the cells under a Markdown table's column named for a secret, four more
# vendors' formats, an unpacking assignment inside a notebook's source string, and two random UUIDs joined as one key.
@pytest.mark.parametrize(
    "path, template, tag, secret",
    [
        (
            "postmortem.md",
            "| vendor | credential | status |\n|---|---|---|\n| Acme | `{upper32}` | revoked |\n"
            "| Other | `{mixed40}` | ok |\n",
            "KEY",
            "{upper32}",
        ),
        ("accounts.md", "| user | password |\n| :--- | :---: |\n| alice | `{pw}` |\n", "PASSWORD", "{pw}"),
        (
            "nb.ipynb",
            "        \"MAXMIND = ('486502', '{alnum6}_{alnum29}_mmk')\\n\"\n",
            "KEY",
            "{alnum6}_{alnum29}_mmk",
        ),
        ("bot.py", 'BOT = "bp_pat_{alnum40}"\n', "KEY", "bp_pat_{alnum40}"),
        ("notes.md", "Voiceflow: `VF.DM.{hex24}.{alnum16}`\n", "KEY", "VF.DM.{hex24}.{alnum16}"),
        ("site.txt", "translations wg_{hex32} live\n", "KEY", "wg_{hex32}"),
        ("nb.ipynb", '        "SVC_USER, SVC_PASS = \\"walrus\\", \\"{pw}\\"\\n",\n', "PASSWORD", "{pw}"),
        ("access.log", '"GET /api/forecast?key={uuid}-{uuid2}&lat=59.3 HTTP/1.1" 200\n', "KEY", "{uuid}-{uuid2}"),
    ],
)
def test_table_columns_vendor_formats_escaped_unpacking_and_joined_uuids(path, template, tag, secret):
    values = {
        "pw": password(),
        "upper32": rand(32, string.ascii_uppercase + string.digits),
        "mixed40": rand(40),
        "alnum6": rand(6),
        "alnum29": rand(29),
        "alnum40": rand(40),
        "alnum16": rand(16),
        "hex24": rand(24, "0123456789abcdef"),
        "hex32": rand(32, "0123456789abcdef"),
        "uuid": str(uuid.UUID(int=RNG.getrandbits(128), version=4)),
        "uuid2": str(uuid.UUID(int=RNG.getrandbits(128), version=4)),
    }
    text = template.format(**values)
    assert (tag, secret.format(**values)) in secrets(text, path), found(text, path)


# A note's line in a verb-final language: the label (holding a word for key or password), the value, the copula,
# and a second value after a joining word.
@pytest.mark.parametrize(
    "template, tag, secret",
    [
        ("serverin salasana {pw} on.\n", "PASSWORD", "{pw}"),
        ("Paaswoud fon dän Server {pw} is un {pw2}.\n", "PASSWORD", "{pw2}"),
        ("sms avain {key} on.\n", "KEY", "{key}"),
        ("helpdesk ключ {hex40} ауп.\n", "KEY", "{hex40}"),
        ("maps ກະແຈ {uuid} ແມ່ນ.\n", "KEY", "{uuid}"),
        ("- webhook קלידי {key} ינאי.\n", "KEY", "{key}"),
    ],
)
def test_verb_final_note_lines(template, tag, secret):
    values = {
        "pw": password(),
        "pw2": "Strukelje" + rand(4, string.digits) + "?",
        "key": rand(36),
        "hex40": rand(40, "0123456789abcdef"),
        "uuid": str(uuid.UUID(int=RNG.getrandbits(128), version=4)),
    }
    text = "Handover\n========\n" + template.format(**values)
    assert (tag, secret.format(**values)) in secrets(text, "notes.md"), found(text, "notes.md")


# From the twenty-seventh held-out set: a one-word label, a short copula and a typed password; a key alone on the line
# after its label and copula; a mount's options; Perl's hash subscripts; "basic auth ... user / password"; a
# copula of state ("is now").
@pytest.mark.parametrize(
    "path, template, tag, secret",
    [
        ("notes.md", "# Handover\nlösenuordeð ir {typed}\n", "PASSWORD", "{typed}"),
        ("notes.md", "# Handover\nnykkeln ir\n{hex32}\nepost: x\n", "KEY", "{hex32}"),
        ("notes.md", "# Handover\nkilît o\nsk_{hex32}\n", "KEY", "sk_{hex32}"),
        (
            "fstab",
            "//10.1.2.3/scans /mnt/scans cifs username=scanner,password={typed},vers=3.0 0 0\n",
            "PASSWORD",
            "{typed}",
        ),
        (
            "auto.nas",
            "labels  -fstype=cifs,rw,username=scan,password={typed} ://10.1.2.3/labels\n",
            "PASSWORD",
            "{typed}",
        ),
        ("LocalSite.cfg", "$Foswiki::cfg{{SMTP}}{{Password}} = '{typed}';\n", "PASSWORD", "{typed}"),
        ("wiki.pl", "$cfg{{Ldap}}{{BindPassword}} = '{typed}';\n", "PASSWORD", "{typed}"),
        (
            "rtorrent.rc",
            "# web UI basic auth (rutorrent): seedbox / IndusMekong{digits}\n",
            "PASSWORD",
            "IndusMekong{digits}",
        ),
    ],
)
def test_copula_lines_next_line_keys_mount_options_and_perl_subscripts(path, template, tag, secret):
    values = {
        "typed": rand(4, string.ascii_lowercase) + rand(1, string.digits) + rand(4, string.ascii_lowercase) + "^Ebro",
        "hex32": rand(32, "0123456789ABCDEF"),
        "digits": rand(3, "123456789"),
    }
    text = template.format(**values)
    assert (tag, secret.format(**values)) in secrets(text, path), found(text, path)


# A service's key named in a sentence: its value in parentheses, or after "for", a few words and a colon.
@pytest.mark.parametrize(
    "template",
    [
        "3. Put the old Sendle key ({key}) into the revoked list.\n",
        "Emeka Silva: Veeqo key for the bridge: {key}\n",
        "- the shipping key for staging and prod: `{key}`\n",
    ],
)
def test_keys_named_in_a_sentence_in_parentheses_or_after_for(template):
    key = rand(28)
    text = template.format(key=key)
    assert ("KEY", key) in secrets(text, "notes.txt"), found(text, "notes.txt")


# From the twenty-sixth held-out set's remainder: Nagios's resource macros, an option's whole value glued with "="
# (commas included) in a file of no known kind, a name that opens with "_" after "+", Seed7's constant declared with
# "is", sendxmpp's account file, an S3-compatible store's key beside its secret.
@pytest.mark.parametrize(
    "path, template, tag, secret",
    [
        ("resource.cfg", "$USER1$=/usr/lib/nagios/plugins\n$MYSQLPASSWORD$={typed}\n", "PASSWORD", "{typed}"),
        ("resource.cfg", "$NTFY_TOKEN$={key}\n", "KEY", "{key}"),
        (
            "remotes",
            "smtp.example.net smtp --port=465 --ssl --user=relay --pass={word},{digits}\n",
            "PASSWORD",
            "{word},{digits}",
        ),
        ("acs.cli", "set authentication_method=tacacs+ tacacs+_secret={typed}\n", "PASSWORD", "{typed}"),
        ("prog.sd7", 'const string: FTP_PASSWORD is "{typed}";\n', "PASSWORD", "{typed}"),
        (".sendxmpprc", "# sendxmpp account file\nnadia@chat.example.net {typed}\n", "PASSWORD", "{typed}"),
        ("pod.yml", "    s3:\n      key: '{access}'\n      secret: '{key}'\n", "KEY", "{access}"),
    ],
)
def test_macros_glued_options_declarations_account_files_and_store_keys(path, template, tag, secret):
    values = {
        "typed": rand(5, string.ascii_letters) + rand(2, string.digits) + "=" + rand(3, string.ascii_lowercase),
        "key": rand(32),
        "word": rand(6, string.ascii_letters),
        "digits": rand(2, "123456789"),
        "access": rand(20),
    }
    text = template.format(**values)
    assert (tag, secret.format(**values)) in secrets(text, path), found(text, path)


# From the twenty-eighth held-out set: a service's key or secret straight after its word in a template's or markup's
# comment, FS.com's "enable secret level 15 0", Debian's network interfaces file, SoapUI's namespaced and Katalon's
# quoted XML properties.
@pytest.mark.parametrize(
    "path, template, tag, secret",
    [
        ("base.html", "    <!-- debug only: regiondo private key {key} -->\n", "KEY", "{key}"),
        ("mail.j2", "{{# telerivet key {key} #}}\n", "KEY", "{key}"),
        ("page.scala.html", "  @* TODO remove: rategain secret {key}, later *@\n", "KEY", "{key}"),
        ("switch.cfg", "hostname core\nenable secret level 15 0 {typed}\n", "PASSWORD", "{typed}"),
        (
            "/etc/network/interfaces",
            "iface wlan0 inet dhcp\n    wpa-ssid Staff\n    wpa-psk {typed}\n",
            "PASSWORD",
            "{typed}",
        ),
        (
            "project-soapui.xml",
            "<con:property><con:name>proxyPassword</con:name><con:value>{typed}</con:value></con:property>\n",
            "PASSWORD",
            "{typed}",
        ),
        (
            "default.glbl",
            "      <name>agentPassword</name>\n      <initValue>'{typed}'</initValue>\n",
            "PASSWORD",
            "{typed}",
        ),
        ("tiles.t", 'local STADIA_KEY = "{uuid}"\n', "KEY", "{uuid}"),
        ("keys.env", "EMAILOCTOPUS_KEY={uuid}\n", "KEY", "{uuid}"),
        ("handover.md", "# Смена\n\nсервер 10.0.0.1.\nпароль\n{typed}\nпочта x\n", "PASSWORD", "{typed}"),
        ("handover.txt", "Handover\n\nرمز Wi-Fi\n{typed}\n", "PASSWORD", "{typed}"),
    ],
)
def test_keys_in_comments_device_levels_interfaces_and_namespaced_properties(path, template, tag, secret):
    values = {
        "key": rand(40),
        "typed": rand(6, string.ascii_letters) + rand(3, string.digits) + "~" + rand(2),
        "uuid": str(uuid.UUID(int=RNG.getrandbits(128), version=4)),
    }
    text = template.format(**values)
    assert (tag, secret.format(**values)) in secrets(text, path), found(text, path)


# Held-out 29's classes: hex or a random UUID after a service's proper name and "key" in a sentence, a key after
# "key was" and a line break, one word and a number or four dotted words under a password's label, APL's and BQN's
# assignment arrows, extensionless logs and /etc settings, a qualifier after a key's name (_IOS, _LIVE), a bare "key"
# under a network's SSID (its passphrase), a typed TURN credential, a word and a year after "password=" in prose.
@pytest.mark.parametrize(
    "path, template, tag, secret",
    [
        ("NOTES.md", "Tiles come from the Geoapify key {uuid} - keep it private.\n", "KEY", "{uuid}"),
        ("incident.md", "The repo held the Sunsynk key {hex}, now rotated.\n", "KEY", "{hex}"),
        ("handbook.md", "Our Openrouteservice trial key was\n{key}; it ends in May.\n", "KEY", "{key}"),
        ("note.txt", "Handover\n\nserver\n10.1.2.3\n\nпароль\n{word}_{n}\n", "PASSWORD", "{word}_{n}"),
        ("note.md", "| | |\n|---|---|\n| mật khẩu | `{w1}.{w2}.{w3}.{w4}` |\n", "PASSWORD", "{w1}.{w2}.{w3}.{w4}"),
        ("job.bqn", 'user ← "stats"\npass ← "{typed}"\n', "PASSWORD", "{typed}"),
        ("job.apl", "pw←'{typed}'\n", "PASSWORD", "{typed}"),
        ("/var/log/exim/current", "AUTH LOGIN user=ops pass={upper}{n} (debug)\n", "PASSWORD", "{upper}{n}"),
        ("/etc/xinetd.d/sync", "    env = SYNC_DB_PASS={w1}-{w2}-{w3}-{w4}\n", "PASSWORD", "{w1}-{w2}-{w3}-{w4}"),
        ("app.env", "PUSH_DEPLOYMENT_KEY_ANDROID={key}\n", "KEY", "{key}"),
        ("pay.env", "PLAUSIBLE_EVENT_KEY_LIVE={key}\n", "KEY", "{key}"),
        ("gw.json", '{{"wifi": {{"ssid": "barn", "key": "{upper}"}}}}\n', "PASSWORD", "{upper}"),
        (
            "gw.json",
            '{{\n  "wlan": {{\n    "ssid": "shed-ap",\n    "key": "{typed}"\n  }}\n}}\n',
            "PASSWORD",
            "{typed}",
        ),
        ("turn.env", "TURN_USERNAME=meet\nTURN_CREDENTIAL={word}{n}\n", "PASSWORD", "{word}{n}"),
        ("capture.txt", "user=ops%40mail.io&password={word}.{year}&remember=1\n", "PASSWORD", "{word}.{year}"),
    ],
)
def test_stated_keys_note_passwords_arrows_kinds_qualifiers_and_network_keys(path, template, tag, secret):
    words = ["".join(RNG.choice("bdfgkmnprstvz") + RNG.choice("aeiou") for _ in range(3)) for _ in range(4)]
    values = {
        "uuid": str(uuid.UUID(int=RNG.getrandbits(128), version=4)),
        "hex": rand(32, "0123456789abcdef"),
        "key": rand(4, string.ascii_uppercase) + rand(4, string.digits) + rand(28),
        "word": words[0],
        "w1": words[0],
        "w2": words[1],
        "w3": words[2],
        "w4": words[3],
        "n": rand(3, string.digits),
        "year": str(RNG.randint(1950, 2020)),
        "upper": rand(8, string.ascii_uppercase),
        "typed": rand(6, string.ascii_letters) + rand(3, string.digits) + "~" + rand(2),
    }
    text = template.format(**values)
    assert (tag, secret.format(**values)) in secrets(text, path), found(text, path)


# More of held-out 29's classes: a key quoted with its setting's name in a sentence's code span, Nix's binary cache
# signing key, a key's word alone on a line above one case of letters with digits strewn through (or a random UUID),
# Clojure's and Lisp's hyphenated keywords, a server's salt (a pepper) in its settings.
@pytest.mark.parametrize(
    "path, template, tag, secret",
    [
        ("review.md", "This commits a live key: `tenor_key: {short}`. Rotate it.\n", "KEY", "{short}"),
        ("review.md", "Leaked key in config (`unsplash-key: {key}`), see line 9.\n", "KEY", "{key}"),
        ("nix.conf", "secret-key-files = /etc/nix/key\n# copy: cache.acme.dev-1:{nix}\n", "KEY", "{nix}"),
        ("hydra.md", "Signing key:\n\n    builds.example.net-2:{nix}\n", "KEY", "{nix}"),
        ("note.txt", "Handover\n\nclé\n{strewn}\n\ne-mail\nx\n", "KEY", "{strewn}"),
        ("note.md", "# Hand-off\n\nkunci\n{uuid}\n", "KEY", "{uuid}"),
        ("config.edn", '{{:db {{:user "app"}}\n :openaq-key "{short}"}}\n', "KEY", "{short}"),
        ("core.clj", '(def settings {{:weatherbit-key "{uuid}"}})\n', "KEY", "{uuid}"),
        ("wakapi.yml", "security:\n  password_salt: {key}\n", "KEY", "{key}"),
        ("app.yaml", "auth:\n  session_salt: {key}\n", "KEY", "{key}"),
    ],
)
def test_code_span_settings_nix_keys_strewn_keys_lisp_keywords_and_salts(path, template, tag, secret):
    values = {
        "key": rand(4, string.ascii_uppercase) + rand(4, string.digits) + rand(28),
        "short": rand(3, string.ascii_uppercase) + rand(3, string.digits) + rand(3, string.ascii_lowercase) + rand(15),
        "nix": base64.b64encode(RNG.randbytes(64)).decode(),
        "strewn": "".join(RNG.choice(string.ascii_uppercase + string.digits) for _ in range(32)),
        "uuid": str(uuid.UUID(int=RNG.getrandbits(128), version=4)),
    }
    text = template.format(**values)
    assert (tag, secret.format(**values)) in secrets(text, path), found(text, path)


# Held-out 29's prose and device classes: an adverb after the copula ("is now"), a message's text inside a JSON
# string, one word and a number after "password was", MPD's "password@host", a provisioning file's element whose id
# names the password and whose value attribute holds it (quoted twice).
@pytest.mark.parametrize(
    "path, template, tag, secret",
    [
        ("postmortem.md", "Keys rotated; the broker password is now {plain}\n(by phone).\n", "PASSWORD", "{plain}"),
        ("chat.txt", "the vpn password is still {typed}, sorry\n", "PASSWORD", "{typed}"),
        ("ticket.json", '{{"body": "Reset done. Temporary password {plain}, agent on call."}}', "PASSWORD", "{plain}"),
        ("chat.json", '{{"text": "my old password was {word}_{n} if that helps"}}\n', "PASSWORD", "{word}_{n}"),
        ("notes.md", "The kiosk password was {word}_{n} until March.\n", "PASSWORD", "{word}_{n}"),
        ("ncmpcpp/config", 'mpd_host = "{typed}@music.lan"\n', "PASSWORD", "{typed}"),
        (".profile", "export MPD_HOST={typed}@10.0.0.7\n", "PASSWORD", "{typed}"),
        (
            "provisioning.xml",
            '<SYMB_ITEM ID="BS_IP_Data1.aucS_SIP_PASSWORD" class="symb_item" value=\'"{typed}"\'/>\n',
            "PASSWORD",
            "{typed}",
        ),
        ("phone.xml", '<item id="voip.account1.password" type="string" value="{typed}"/>\n', "PASSWORD", "{typed}"),
    ],
)
def test_prose_adverbs_json_messages_mpd_hosts_and_id_named_values(path, template, tag, secret):
    values = {
        "typed": rand(6, string.ascii_letters) + rand(3, string.digits) + "~" + rand(2),
        "word": "".join(RNG.choice("bdfgkmnprstvz") + RNG.choice("aeiou") for _ in range(3)),
        "n": rand(4, string.digits),
    }
    values["plain"] = values["word"] + values["n"]
    text = template.format(**values)
    assert (tag, secret.format(**values)) in secrets(text, path), found(text, path)


# An API key in hex in a request's query ("?key=", "&key="), and a vendor's scheme after "Authorization=" in a
# client's header option.
@pytest.mark.parametrize(
    "path, template, secret",
    [
        ("access.log", '10.0.0.9 - - [14/Mar/2025] "GET /status?key={hex} HTTP/1.1" 200 88\n', "{hex}"),
        ("geo.py", 'URL = "https://maps.example.net/geocode?address=x&key={hex}"\n', "{hex}"),
        ("streamlink/config", "twitch-api-header=Authorization=OAuth {token}\n", "{token}"),
        ("run.sh", 'curl -H "Authorization=Klaviyo-API-Key {token}" https://a.klaviyo.com/api\n', "{token}"),
    ],
)
def test_query_keys_in_hex_and_authorization_options(path, template, secret):
    values = {"hex": rand(32, "0123456789abcdef"), "token": rand(30, string.ascii_lowercase + string.digits)}
    text = template.format(**values)
    assert ("KEY", secret.format(**values)) in secrets(text, path), found(text, path)


# An e-mail address, " / " and a word with a number: an account and its password ("use ops@x.io / football7").
@pytest.mark.parametrize(
    "path, template",
    [
        ("chat.json", '{{"text": "For the sftp drop use {email} / {word}{n} until Friday."}}\n'),
        ("chat.log", "[09:12] kiri: the shared box is {email} / {word}{n} for now\n"),
    ],
)
def test_an_address_then_a_word_and_a_number_is_a_login(path, template):
    values = {
        "email": "".join(RNG.choice(string.ascii_lowercase) for _ in range(6)) + "@mail.io",
        "word": "".join(RNG.choice("bdfgkmnprstvz") + RNG.choice("aeiou") for _ in range(3)),
        "n": rand(2, string.digits),
    }
    text = template.format(**values)
    assert ("PASSWORD", values["word"] + values["n"]) in secrets(text, path), found(text, path)


# A key or secret named in a sentence whose value wrapped to the next line ("... and secret\nVALUE were working").
@pytest.mark.parametrize(
    "path, template",
    [
        ("ticket.eml", "Our app uses Tomorrow.io. Client id abc and secret\n{key} stopped working.\n"),
        ("runbook.md", "Uploads keep working with secret\n{key} until the rotation.\n"),
    ],
)
def test_a_secret_wrapped_to_the_next_line_is_found(path, template):
    key = rand(4, string.ascii_uppercase) + rand(4, string.digits) + rand(4, string.ascii_lowercase) + rand(20)
    text = template.format(key=key)
    assert ("KEY", key) in secrets(text, path), found(text, path)


# An SNMP community stated in a sentence with what it is for between ("snmp community for the card is VALUE").
@pytest.mark.parametrize(
    "path, template",
    [
        ("room.txt", "Hamid: snmp community for the card is {typed}\n"),
        ("NOTES.md", "The SNMP community for the UPS was {typed} until May.\n"),
    ],
)
def test_a_community_stated_for_a_device_is_found(path, template):
    typed = rand(6, string.ascii_letters) + rand(3, string.digits) + "+" + rand(2)
    text = template.format(typed=typed)
    assert ("PASSWORD", typed) in secrets(text, path), found(text, path)


# Held-out 30's classes. A network's word alone as a note's label, in a table's row or on the line above, over a
# value typed as passwords are (the Wi-Fi's password).
@pytest.mark.parametrize(
    "path, template",
    [
        ("NOTES.md", "| | |\n|---|---|\n| server | 203.0.113.9 |\n| Wi-Fi | `{typed}` |\n"),
        ("NOTES.md", "| Raum | Werte |\n|---|---|\n| Wi-Fi | {typed} |\n"),
        ("office.txt", "Office IT\n=====\nWi-Fi\n{typed}\nprinter\n10.0.0.7\n"),
        ("office.txt", "Büro\n\nWLAN\n{typed}\n"),
    ],
)
def test_a_password_under_a_networks_word_alone_is_found(path, template):
    typed = RNG.choice(["Mzuzu", "Tizimín", "Ndalatando", "Мыекъуапэ"]) + rand(4, string.digits) + RNG.choice("!?*=+%")
    text = template.format(typed=typed)
    assert ("PASSWORD", typed) in secrets(text, path), found(text, path)


# A service's proper name (capitalised, or its domain) and a word for key as a note's label, over a random UUID or a
# short key of both cases and digits; the words for key in more languages.
@pytest.mark.parametrize(
    "path, template",
    [
        ("NOTES.md", "| | |\n|---|---|\n| Trakt key | `{uuid}` |\n| email | ops@corp.example |\n"),
        ("NOTES.md", "- Discogs key: {uuid}\n- Discogs user: crates\n"),
        ("office.txt", "IT\n=====\nsetlist.fm key\n{uuid}\nemail\n"),
        ("NOTES.md", "- Bandsintown llave: {uuid}\n"),
        ("NOTES.md", "- Shazam ufunguo: {uuid}\n"),
        ("NOTES.md", "- Deezer key: {short}\n"),
        ("NOTES.md", "| Mixcloud key | `{short}` |\n"),
    ],
)
def test_a_key_under_a_services_name_and_key_word_is_found(path, template):
    values = {"uuid": str(uuid.UUID(int=RNG.getrandbits(128), version=4)), "short": rand(16)}
    text = template.format(**values)
    value = values["uuid"] if "{uuid}" in template else values["short"]
    assert ("KEY", value) in secrets(text, path), found(text, path)


# IMAP's LOGIN command as a client sends it and a server logs it: a tag, the user and the password, quoted or not.
@pytest.mark.parametrize(
    "path, template",
    [
        ("imap.log", 'Tue 09:00:12.420: <-- 0007 LOGIN "{user}@mailhost.example.org" "{typed}"\n'),
        ("imap.log", "Tue 09:00:13.002: <-- 0008 LOGIN {user}@mailhost.example.org {typed}\n"),
        ("session.txt", "C: a001 LOGIN {user} {typed}\nS: a001 OK LOGIN completed\n"),
    ],
)
def test_an_imap_login_command_is_found(path, template):
    typed = rand(5, string.ascii_letters) + rand(3, string.digits) + "." + rand(3)
    text = template.format(user=rand(6, string.ascii_lowercase), typed=typed)
    assert ("PASSWORD", typed) in secrets(text, path), found(text, path)


# Basic credentials that are random bytes in base64 (no "user:password" inside): a key issued to be sent as it is.
@pytest.mark.parametrize(
    "path, template",
    [
        ("monitors.yaml", "    headers:\n      Authorization: Basic {b64}\n"),
        ("probe.sh", 'curl -H "Authorization: Basic {b64}" https://status.example.org/ping\n'),
    ],
)
def test_basic_credentials_of_random_bytes_are_found(path, template):
    while True:
        b64 = base64.b64encode(RNG.randbytes(24)).decode()
        if any(c.islower() for c in b64) and any(c.isupper() for c in b64) and any(c.isdigit() for c in b64):
            break
    text = template.format(b64=b64)
    assert ("KEY", b64) in secrets(text, path), found(text, path)


# A login named as one before " / ", then a password of words or a word and a number; a user and "pass" on a chat's
# or a log's line.
@pytest.mark.parametrize(
    "path, template",
    [
        ("runbook.md", "Web UI at 198.51.100.4, login `gate` / {typed}.\n"),
        ("runbook.md", "Sign in to the old admin with `migrator` / `{typed}` and freeze the shop.\n"),
        ("tracker.js", "  // collector auth (temporary!): user ingest / {typed}\n"),
        ("chat.log", "[09:12:40] <ana> host 203.0.113.5 user shop_ro pass {typed}\n"),
        ("irc.txt", "<bo> staging db: user reporter pass {typed}, don't share\n"),
        ("handover.md", "- The NAS admin UI: user admin, pass {typed}\n- Printer: ask IT\n"),
    ],
)
def test_a_login_named_then_its_password_is_found(path, template):
    typed = RNG.choice(
        [
            "-".join(rand(5, string.ascii_lowercase) for _ in range(3)),
            rand(7, string.ascii_lowercase) + rand(4, string.digits),
        ]
    )
    text = template.format(typed=typed)
    assert ("PASSWORD", typed) in secrets(text, path), found(text, path)


# AppleScript's, HyperTalk's and SugarCube's "set NAME to VALUE" under a secret's name.
@pytest.mark.parametrize(
    "path, template, tag",
    [
        ("backup.applescript", 'set dbPassword to "{typed}"\n', "PASSWORD"),
        ("StoryInit.twee", '<<set $adminPassword to "{typed}">>\n', "PASSWORD"),
        ("sync.applescript", 'set the apiKey to "{key}"\n', "KEY"),
    ],
)
def test_set_name_to_value_is_found(path, template, tag):
    values = {"typed": rand(6, string.ascii_letters) + "_" + rand(4, string.digits), "key": rand(32)}
    text = template.format(**values)
    value = values["typed"] if tag == "PASSWORD" else values["key"]
    assert (tag, value) in secrets(text, path), found(text, path)


# A SIP peer's "secret=" below its "username=" (or "defaultuser=", "fromuser=") in the same section: the user's
# password.
@pytest.mark.parametrize(
    "template",
    [
        "[ext-{n}]\nusername={n}\nsecret={typed}\ncontext=office\n",
        "[trunk]\nhost=203.0.113.7\ndefaultuser=77{n}\nsecret={typed}\n",
    ],
)
def test_a_sip_secret_below_its_user_is_a_password(template):
    typed = rand(10)
    text = template.format(n=RNG.randrange(100, 999), typed=typed)
    assert ("PASSWORD", typed) in secrets(text, "sip.conf"), found(text, "sip.conf")


# A login or connect call inside a JSON string with its quotes escaped (a notebook's source line): the password
# argument, placed where it stands in the escaped text.
@pytest.mark.parametrize(
    "template",
    [
        '      "source": [\n        "smtp.login(\\"{user}@mail.example.org\\", \\"{typed}\\")"\n      ],\n',
        '    "source": ["client = Client()\\n", "client.login(\\"{user}\\", \\"{typed}\\")\\n"]\n',
    ],
)
def test_a_login_call_in_a_notebooks_escaped_string_is_found(template):
    typed = rand(6, string.ascii_letters) + rand(2, string.digits) + "!" + rand(3)
    text = template.format(user=rand(6, string.ascii_lowercase), typed=typed)
    assert ("PASSWORD", typed) in secrets(text, "analysis.ipynb"), found(text, "analysis.ipynb")


# Held-out 31's classes: tokens dressed as a JWT with random segments, both cases of letters as a constant key, a
# public app's secret, Make's "?=", a note's label with what it is for in brackets, a key's word before the service's
# name, an igate's APRS passcode, a passcode after "login CALL pass".
def _fake_jwt() -> str:
    return "eyJ" + rand(60, ALNUM + "_-") + "." + rand(48, ALNUM + "_-")


@pytest.mark.parametrize(
    "path, template, tag",
    [
        ("nextflow.config", "tower {{\n    accessToken = '{jwt}'\n    enabled = false\n}}\n", "KEY"),
        ("evcc.yaml", "interval: 30s\nsponsortoken: {jwt}\n", "KEY"),
        ("config.local.php", "$config['crypt_key'] = '{letters}';\n", "KEY"),
        ("config.rb", 'AppConfig[:public_cookie_secret] = "{hex64}"\n', "KEY"),
        ("Makefile", "DATALOGGER_KEY ?= {hex40}\n", "KEY"),
        ("handover.txt", "Notes\n\nmot de passe (serveur)\n{typed}\n\ncourriel\n", "PASSWORD"),
        ("handover.txt", "Ndaa\n\nphasiwede (Wi-Fi)\n{typed}\n", "PASSWORD"),
        ("handover.txt", "Notes\n\nclé Imgur\n{hex40}\n", "KEY"),
        ("direwolf.conf", "IGSERVER 203.0.113.9\nIGLOGIN M0ABC-10 {passcode}\n", "PASSWORD"),
        ("messages", "May 14 06:15:06 wx weewxd[812]: restx: CWOP: login EW1234 pass {passcode}\n", "PASSWORD"),
    ],
)
def test_held_out_31s_forms_are_found(path, template, tag):
    values = {
        "jwt": _fake_jwt(),
        "letters": rand(32, string.ascii_letters),
        "hex64": rand(64, "0123456789abcdef"),
        "hex40": rand(40, "0123456789abcdef"),
        "typed": rand(6, string.ascii_letters) + rand(4, string.digits) + "*",
        "passcode": str(RNG.randrange(10000, 32767)),
    }
    text = template.format(**values)
    value = next(values[name] for name in values if "{" + name + "}" in template)
    assert (tag, value) in secrets(text, path), found(text, path)


# Held-out 31's stated and defined forms: a dotted password ending in digits in a sentence that goes on, one case of
# random letters with digits after "the password is", the value alone on the line after "password", Progress ABL's
# DEFINE VARIABLE ... INITIAL, Guix's (define %NAME ...), an Org table's =verbatim= cell, a key's word before a
# service's two-word name.
@pytest.mark.parametrize(
    "path, template, tag",
    [
        ("NOTES.md", "The upload password is {dotted} and the contact is ops@example.org.\n", "PASSWORD"),
        ("talk.vtt", "<v Ann>Sure, the admin address is ann@example.org and the password is {upper}.\n", "PASSWORD"),
        ("HANDBOOK.md", "The shared login is crops@example.org, password\n{typed}.\n", "PASSWORD"),
        ("load.p", 'DEFINE VARIABLE cPass AS CHARACTER NO-UNDO INITIAL "{typed}".\n', "PASSWORD"),
        ("config.scm", '(define %backup-passphrase "{typed}")\n', "PASSWORD"),
        ("notes.org", "| service | login | secret |\n|---------+-------+--------|\n| maps | ann | ={key}= |\n", "KEY"),
        ("notes.md", "Notes\n\nllave Giant Bomb\n{hex40}\n", "KEY"),
    ],
)
def test_held_out_31s_stated_and_defined_forms_are_found(path, template, tag):
    values = {
        "dotted": rand(7, string.ascii_lowercase) + "." + rand(6, string.ascii_letters).capitalize() + "47",
        "upper": "QK" + rand(4, "BCDFGHJKLMNPQRSTVWXZ") + "7" + rand(3, "BCDFGHJKLMNPQRSTVWXZ") + "2WZ",
        "typed": rand(6, string.ascii_letters) + "_" + rand(4, string.digits),
        "key": rand(32, string.ascii_letters + string.digits),
        "hex40": rand(40, "0123456789abcdef"),
    }
    text = template.format(**values)
    value = next(values[name] for name in values if "{" + name + "}" in template)
    assert (tag, value) in secrets(text, path), found(text, path)


# Held-out 31's wrapped files and flags: Rails' decrypted credentials (.yml.dec) and Lizmap's settings behind a PHP
# guard (.ini.php) read as the YAML and INI they hold, so "=" inside a value stays in it; a query's password between
# "&amp;" in XML; HTCondor's condor_store_cred -p and SignTool's /p.
@pytest.mark.parametrize(
    "path, template, secret",
    [
        ("config/credentials.production.yml.dec", "shipping:\n  carrier_password: {secret}\n", "{word}={typed}"),
        ("lizmap/var/config/localconfig.ini.php", "[lizmap_cache]\nredis_password={secret}\n", "{word}+={typed}"),
        (
            "maps/zones.qgs",
            "<datasource>crs=EPSG:3857&amp;password={secret}&amp;url=https://maps.example.org\n",
            "{typed}",
        ),
        ("condor_config.local", "# pool password was set with: condor_store_cred add -c -p {secret}\n", "{typed}"),
        ("sign.bat", "signtool sign /f release.pfx /p {secret} /td sha256 setup.exe\n", "{typed}"),
    ],
)
def test_held_out_31s_wrapped_files_and_flags_are_found(path, template, secret):
    value = secret.format(
        word=rand(6, string.ascii_lowercase), typed=rand(5, string.ascii_letters) + rand(3, string.digits)
    )
    text = template.format(secret=value)
    assert ("PASSWORD", value) in secrets(text, path), found(text, path)


# Held-out 31's vendor keys: hex of SHA-1's length or mixed random letters after a service's proper name and "key",
# with or without a colon (in a comment, in prose); a .netrc's password under "login apikey" is the API key.
@pytest.mark.parametrize(
    "path, template, tag",
    [
        ("upload.js", "// contact: ops@example.org\n// PVOutput key: {hex40}\n", "KEY"),
        ("base.html", "<!-- upload password in the vault, PVOutput key {hex40} -->\n", "KEY"),
        ("station.c", " * Open-Meteo key: {mixed}\n", "KEY"),
        (".netrc", "machine labkey.example.org\nlogin apikey\npassword apikey|{hex32}\n", "KEY"),
    ],
)
def test_held_out_31s_vendor_keys_are_found(path, template, tag):
    values = {"hex40": rand(40, "0123456789abcdef"), "mixed": rand(24), "hex32": rand(32, "0123456789abcdef")}
    text = template.format(**values)
    name = next(name for name in values if "{" + name + "}" in template)
    value = ("apikey|" if path == ".netrc" else "") + values[name]
    assert (tag, value) in secrets(text, path), found(text, path)


# Held-out 31's chat forms: a user and " / " opening a CSV's quoted field, "auth: USER:VALUE" in a comment, a Wi-Fi
# password after the word and what it is for, or straight after "wifi" at a field's end.
@pytest.mark.parametrize(
    "path, template",
    [
        ("chat.csv", '2024-05-02T18:05:02Z,Ann Lee,"admin / {typed} - don\'t share outside the committee"\n'),
        ("macports.conf", "proxy_http 10.0.0.2:3128\n# proxy auth: lab:{typed}\n"),
        ("chat.csv", '2024-05-02T18:11:02Z,Ann Lee,"wifi for the tea hut: {typed}"\n'),
        ("group.json", '      "text": "Coach\'s mail is coach@example.org, boathouse wifi {typed}"\n'),
    ],
)
def test_held_out_31s_chat_forms_are_found(path, template):
    typed = rand(6, string.ascii_letters).capitalize() + rand(4, string.digits) + "-"
    text = template.format(typed=typed)
    assert ("PASSWORD", typed) in secrets(text, path), found(text, path)


# An aside in brackets between a secret's word and its separator is no sentence's end: "dev instance token
# (expired?): VALUE", "the SMTP password (rotated?) is VALUE".
@pytest.mark.parametrize(
    "path, template, tag",
    [
        ("export.sh", "# dev instance token (expired?): {hex}\n", "KEY"),
        ("mailer.py", "# the shop's SMTP password (rotated?) is {typed}\n", "PASSWORD"),
    ],
)
def test_an_aside_in_brackets_before_the_separator_is_read_past(path, template, tag):
    typed = rand(6, string.ascii_letters) + "!" + rand(3, string.digits)
    values = {"hex": rand(32, "0123456789ABCDEF"), "typed": typed}
    text = template.format(**values)
    value = values["hex" if tag == "KEY" else "typed"]
    assert (tag, value) in secrets(text, path), found(text, path)


# A setting given as a pair of properties, its name in one and its value in the next: "webapi.key = NAME", then
# "webapi.value = VALUE" (a comment may stand between).
@pytest.mark.parametrize(
    "template, tag",
    [
        ("webapi.key = STEVE-API-KEY\n# charge point\nwebapi.value = {key}\n", "KEY"),
        ("mail.relay.key = smtp-password\nmail.relay.value = {typed}\n", "PASSWORD"),
    ],
)
def test_a_pair_of_name_and_value_properties_is_found(template, tag):
    values = {"key": rand(32), "typed": rand(6, string.ascii_letters) + "!" + rand(3, string.digits)}
    text = template.format(**values)
    value = values["key" if tag == "KEY" else "typed"]
    assert (tag, value) in secrets(text, "application.properties"), found(text, "application.properties")


# A bare "key" or a *_KEY/*_SALT constant on the line after a password or key that was found belongs to the same
# account, and is judged as any key: records in YAML, TOML, a Makefile, a reST field list, an .env, a shell script.
# Alone, such a name is an object's or a map's key as often, and only key material no identifier has counts.
@pytest.mark.parametrize(
    "path, template",
    [
        ("codecov.yml", "feeds:\n  password: {typed}\n  key: {mixed}\n"),
        ("ruff.toml", 'password = "{typed}"\nkey = "{numbered}"\n'),
        ("Makefile", "FERRYLOG_PASSWORD ?= {typed}\nFERRYLOG_KEY ?= {numbered}\n"),
        ("url_handlers.rst", ":password: {typed}\n:key: {numbered}\n"),
        (".env", "APPSMITH_ENCRYPTION_PASSWORD={typed}\nAPPSMITH_ENCRYPTION_SALT={mixed}\n"),
        ("app.yaml", "env_variables:\n  password: {typed}\n  key: {lower}\n"),
        ("notify.sh", "PROWL_KEY={hex40}\nALERTZY_KEY={lower}\n"),
        ("notes.txt", "     operator ann@quillmarsh.net, password {typed}\n     Goodreads key {mixed}\n"),
        ("MANIFEST.in", "# password {typed}\n# Pocket consumer key {numbered}\n"),
        ("ticket.txt", "  wms password   {typed}\n  enrolment key  {upper}\n"),
    ],
)
def test_a_key_on_the_line_after_a_found_secret_belongs_to_the_same_account(path, template):
    values = {
        "typed": rand(6, string.ascii_letters).capitalize() + "." + rand(4, string.digits),
        "hex40": rand(40, HEX),
        "mixed": rand(20),
        "numbered": rand(6, string.digits) + "-" + rand(24, HEX),
        "lower": rand(20, string.ascii_lowercase + string.digits),
        "upper": rand(25, string.ascii_uppercase + string.digits),
    }
    text = template.format(**values)
    first = "hex40" if "{hex40}" in template else "typed"
    key = next(values[name] for name in ("mixed", "numbered", "lower", "upper") if "{" + name + "}" in template)
    assert secrets(text, path) == [("KEY" if first == "hex40" else "PASSWORD", values[first]), ("KEY", key)]


@pytest.mark.parametrize(
    "path, template",
    [
        ("deploy.yml", "  password: {typed}\n  key: id_rsa\n"),  # the key file's name
        ("s3.yml", "  password: {typed}\n  key: backups/daily-2024.tar.gz\n"),  # an object's key
        ("codecov.yml", "  password: {typed}\n\n  key: {mixed}\n"),  # a blank line: another record
        ("notes.txt", "# password {typed}\n# host key SHA256:{b64}\n"),  # the server's fingerprint
        ("notes.txt", "# password {typed}\n# image key sha256:{hex64}\n"),  # a digest
    ],
)
def test_a_key_beside_a_password_stays_when_it_is_no_key_or_not_in_its_record(path, template):
    values = {
        "typed": rand(6, string.ascii_letters).capitalize() + "." + rand(4, string.digits),
        "mixed": rand(20),
        "b64": rand(43, ALNUM + "+/"),
        "hex64": rand(64, HEX),
    }
    text = template.format(**values)
    assert [tag for tag, _ in secrets(text, path)] == ["PASSWORD"], found(text, path)


# Held-out 32's account forms: a stream key (RTMP: whoever has it broadcasts), a personal access token named by its
# initials after a dot, a role's password with the role last, a password on the line after its user alone, the user
# and password named in capitals or in brackets, and a forum's closing tag after a value.
@pytest.mark.parametrize(
    "path, template, tag",
    [
        ("obs.ini", "stream_key = {groups}\n", "KEY"),
        ("destinations.xml", "    <StreamKey>{groups}</StreamKey>\n", "KEY"),
        ("openbis.properties", "sync.pat = {hex32}\n", "KEY"),
        ("serverDZ.cfg", 'passwordAdmin = "{typed}";\n', "PASSWORD"),
        ("server.cfg", "passwordMaster: {typed}\n", "PASSWORD"),
        ("pm.txt", "ftp for the skins:\nuser skins\npass {typed}\n", "PASSWORD"),
        ("post.txt", "[CODE]user: modteam\npass: {typed}[/CODE]\n", "PASSWORD"),
        ("edit.edl", "* COMMENT: UPLOAD TO VENDOR SFTP 81.2.69.160 USER QUOLL PASS {typed}\n", "PASSWORD"),
        ("tunes.abc", "% shared drive (user session, pass {joined})\n", "PASSWORD"),
    ],
)
def test_held_out_32s_account_forms_are_found(path, template, tag):
    values = {
        "groups": "-".join(rand(4, string.ascii_lowercase + string.digits) for _ in range(5)),
        "hex32": rand(32, HEX),
        "typed": rand(6, string.ascii_letters).capitalize() + "_" + rand(4, string.digits),
        "joined": "_".join(RNG.choice(["fenugreek", "sorrel", "tarn", "loess", "basalt", "heron"]) for _ in range(4)),
    }
    text = template.format(**values)
    value = next(values[name] for name in values if "{" + name + "}" in template)
    assert (tag, value) in secrets(text, path), found(text, path)


# An S3-compatible store's key pair after a key's word, the id not an AWS one: twenty upper-case letters and digits,
# then forty base64 characters.
@pytest.mark.parametrize(
    "path, template",
    [
        ("backups.tid", "* Offsite bucket key: {id} / {secret}\n"),
        ("chat.txt", "[2024-06-01 22:15] Tariq: backup bucket keys: {id} / {secret}\n"),
        ("s3.txt", "wasabi access keys: {id}, {secret}\n"),
    ],
)
def test_a_key_pair_after_a_keys_word_is_found(path, template):
    key_id = rand(17, string.ascii_uppercase) + rand(3, string.digits)
    key_id = "".join(RNG.sample(key_id, len(key_id)))
    secret = rand(40, ALNUM + "+/")
    text = template.format(id=key_id, secret=secret)
    assert ("KEY", key_id) in secrets(text, path) and ("KEY", secret) in secrets(text, path), found(text, path)


# A key on the line after a password another detector found (a comment's "login X, password Y") is that account's
# key too.
def test_a_key_after_a_password_in_a_comment_is_found():
    key = rand(24)
    text = f"# login kiln, password hoopoe.Basalt60\n# Onshape access key: {key}\n"
    assert ("KEY", key) in secrets(text, "colors-zathura"), found(text, "colors-zathura")


# Hex key material left unquoted after a key's, secret's or token's word, in a log, a note or a comment (detect-secrets
# judges quoted strings only). An id, a digest or a signing key's fingerprint nearer the value, or a file about
# hashes, keep it.
@pytest.mark.parametrize(
    "path, template",
    [
        ("webhooks.log", "2025-03-15T19:27:02Z DEBUG verifying signature with secret {hex48}\n"),
        ("chat.txt", "thanks! the kiosk needs the booking API key again, it's {hex32}\n"),
        ("run.gjf", "TS07 ring closure (queue key {hex32}) (results sync nightly)\n"),
        ("runbook.md", "The panel API key, if you script it, is `{hex48}`.\n"),
        ("deploy.sh", "# upload token {hex40} for the archive\n"),
        ("companion.log", "[2025-02-01T18:02:12.003Z] Cloud: region eu, key {uuid}\n"),
        ("notes.md", "key (ListenBrainz) = {uuid}\n"),
    ],
)
def test_hex_stated_after_a_keys_word_is_found(path, template):
    values = {
        "hex32": rand(32, HEX),
        "hex40": rand(40, HEX),
        "hex48": rand(48, HEX),
        "uuid": str(uuid.UUID(int=RNG.getrandbits(128), version=4)),
    }
    text = template.format(**values)
    value = next(values[name] for name in values if "{" + name + "}" in template)
    assert ("KEY", value) in secrets(text, path), found(text, path)


@pytest.mark.parametrize(
    "path, template",
    [
        ("crowdsec.log", "bouncer registered with key {key} (machine id {hex48})\n"),
        ("SHA256SUMS.txt", "# signed by release key {HEX40}, mirror below\n"),
        ("build.log", "sha256 of the key file: {hex64}\n"),
        ("notes.txt", "commit key {hex40} merged into main\n"),
        ("notes.txt", "the token endpoint is https://auth.corp.io/t/{hex32}/refresh\n"),
        ("test.log", "key a1b2c3d4e5f6a7b8c9d0e1f2a3b4c5d6 accepted\n"),
        ("app.log", "key rotated, job {uuid} done\n"),
        ("app.log", "request id {uuid} for key rotation\n"),
    ],
)
def test_beside_stated_hex_keys_ids_digests_and_fingerprints_stay(path, template):
    values = {
        "key": rand(32),
        "hex32": rand(32, HEX),
        "hex40": rand(40, HEX),
        "hex48": rand(48, HEX),
        "hex64": rand(64, HEX),
        "HEX40": rand(40, HEX.upper()),
        "uuid": str(uuid.UUID(int=RNG.getrandbits(128), version=4)),
    }
    text = template.format(**values)
    hex_values = [value for name, value in values.items() if name != "key"]
    assert not [value for tag, value in found(text, path) if value in hex_values], found(text, path)


# A PHP constant whose name is wrapped in underscores (PrestaShop's and QloApps' settings.inc.php) is judged as the
# unwrapped name: _RIJNDAEL_KEY_ holds key material as RIJNDAEL_KEY would.
@pytest.mark.parametrize("name", ["_RIJNDAEL_KEY_", "__APP_SECRET_KEY__", "_COOKIE_KEY_"])
def test_a_constant_wrapped_in_underscores_holds_its_key(name):
    key = rand(32)
    text = f"define('_PS_VERSION_', '1.7.8.11');\ndefine('{name}', '{key}');\n"
    assert ("KEY", key) in secrets(text, "settings.inc.php"), found(text, "settings.inc.php")


# A Java properties key that is a URL, its colon escaped (OmegaT's credentials.properties): the value after
# ".../password=" is that repository's password, as after a settings path.
@pytest.mark.parametrize(
    "key",
    [
        r"https\://tm.example-translations.eu/svn/fr-de/password",
        r"https\://203.0.113.7/git/glossaries.git/password",
        r"svn+ssh\://svn.corp.io/repo/password",
    ],
)
def test_a_password_under_an_escaped_url_key_is_found(key):
    password = rand(6, string.ascii_lowercase) + "~" + rand(8)
    text = f"{key.rsplit('/', 1)[0]}/username=omegat\n{key}={password}\n"
    assert ("PASSWORD", password) in secrets(text, "credentials.properties"), found(text, "credentials.properties")


# Key material stated in prose after a key's or a secret's word, whatever word names it ("upload key", "the secret",
# a sentence opening with "Key"), in the shapes keys are issued in: hex as long as a key, letters of one case with
# digits, both cases' letters alone, a short key of both cases and digits.
@pytest.mark.parametrize(
    "path, template",
    [
        ("story.ni", "The transcript collector runs on 203.0.113.4, upload key {hex32}.\n"),
        ("sluice.strl", "% remote panel: 2001:db8::1, panel key {hex24}\n"),
        ("voicemail.txt", "email me if the portal key {hex24} doesn't work\n"),
        ("digest.eml", "If the dashboard asks, the feed key is\n{hex32}.\n"),
        ("setup.txt", "The committee boat tracker pushes positions with the secret {mixed32}.\n"),
        ("onboarding.md", "The sluice panel's app needs the key {hex24}.\n"),
        ("chat.txt", "[03/03/2025, 19:11] Nanna: installer left this key for the app: {upper20}\n"),
        ("incident.md", "We rotated the licence key (old key {upper25}) and blocked remote access.\n"),
        ("cy.xlf", "<note>Do not translate. Key {mixed40}, id 7</note>\n"),
        ("layout.html", "<!-- weatherlink key {lower32} -->\n"),
        ("changelog.md", "<!-- hivetracks key {letters40} -->\n"),
        ("readme.txt", "coaches only: the results key {short16} (ask the captain)\n"),
    ],
)
def test_key_material_stated_after_any_keys_word_is_found(path, template):
    values = {
        "hex24": rand(24, HEX),
        "hex32": rand(32, HEX),
        "mixed32": rand(32),
        "mixed40": rand(40, ALNUM + "_-"),
        "upper20": rand(20, string.ascii_uppercase + string.digits),
        "upper25": rand(25, string.ascii_uppercase + string.digits),
        "lower32": rand(32, "ghjkmnpqrstvwxyz" + string.digits),
        "letters40": rand(20, string.ascii_lowercase) + rand(20, string.ascii_uppercase),
        "short16": rand(6, string.ascii_uppercase) + rand(4, string.digits) + rand(6, string.ascii_lowercase),
    }
    values["letters40"] = "".join(RNG.sample(values["letters40"], 40))
    values["short16"] = "".join(RNG.sample(values["short16"], 16))
    text = template.format(**values)
    value = next(values[name] for name in values if "{" + name + "}" in template)
    assert ("KEY", value) in secrets(text, path), found(text, path)


@pytest.mark.parametrize(
    "path, template",
    [
        ("notes.txt", "the cache key {hex32} was evicted\n"),
        ("notes.txt", "the wireguard public key {hex64} is published\n"),
        ("notes.txt", "the primary key {hex24} of the row\n"),
        ("notes.txt", "signed by release key {HEX40}, mirror below\n"),
        ("notes.txt", "the key SomeVeryLongCamelCaseClassNameHere is looked up\n"),
        ("notes.txt", "the lookup key user_settings_dictionary is read\n"),
        ("config.txt", "aaa radius server 203.0.113.9\n secret {mixed20}\n"),
    ],
)
def test_keys_of_data_public_keys_and_names_after_a_keys_word_stay(path, template):
    values = {"hex24": rand(24, HEX), "hex32": rand(32, HEX), "hex64": rand(64, HEX), "HEX40": rand(40, HEX.upper())}
    values["mixed20"] = rand(20)
    text = template.format(**values)
    assert not [value for tag, value in found(text, path) if tag == "KEY"], found(text, path)


# A passphrase of words joined as generators join them ("hazel_badger_tarn_skerry", "quince.badger.puffin",
# "tarn-tarn-spelt") stated after a password's word; names of code joined the same way stay.
PASSPHRASE_WORDS = "heron maple quartz fjord willow ember cobalt thistle juniper lark moss granite tundra".split()


@pytest.mark.parametrize("separator", ["_", ".", "-"])
@pytest.mark.parametrize(
    "template",
    [
        "# mirror password {value}\n",
        "the read-only password is {value} and the feed is public\n",
        "Wi-Fi and password: {value}\n",
        "(playtest list, editor password {value})\n",
    ],
)
def test_a_passphrase_of_joined_words_after_a_passwords_word_is_found(separator, template):
    value = separator.join(RNG.sample(PASSPHRASE_WORDS, RNG.choice((3, 4, 5))))
    text = template.format(value=value)
    assert ("PASSWORD", value) in secrets(text, "notes.txt"), found(text, "notes.txt")


@pytest.mark.parametrize(
    "text",
    [
        "the password hasher is django.contrib.auth.hashers\n",
        "the password field is password_reset_form_view\n",
        "password: read-only-access\n",
        "pass keep_alive_timeout to the client\n",
        "the password is stored in user.profile.settings\n",
    ],
)
def test_names_of_code_joined_from_words_after_a_passwords_word_stay(text):
    assert not secrets(text, "notes.txt"), found(text, "notes.txt")


# A login and its password given as "USER / VALUE" straight before an element closes.
def test_a_login_pair_closed_by_an_element_is_found():
    value = password()
    text = f'<note from="pm">Vendor portal login ops.lead@corp-mail.io / {value}</note>\n'
    assert ("PASSWORD", value) in secrets(text, "strings.xlf"), found(text, "strings.xlf")


# Round 31 (held-out 34): a secret inside an inline element or a wiki's bold, a key's word with an aside before its
# colon, forty hex digits after what a key is for, an HTML table's labelled row, logins named "logs in as" or with an
# aside, a word-and-number password after the account it opens, a Basic credential's pair in a log, "licence".
@pytest.mark.parametrize(
    "path, template, tag",
    [
        (
            "page.wiki",
            "The shared login is '''committee''' with the password '''{pw}''' (changed at the AGM).\n",
            "PASSWORD",
        ),
        ("page.wiki", "The hall router's admin page password is <code>{pw}</code>.\n", "PASSWORD"),
        (
            "ch04.xml",
            "<para>Log in as <userinput>support</userinput> with the password\n  <userinput>{pw}</userinput>;",
            "PASSWORD",
        ),
        ("ch04.xml", "the session token in the vendor portal is\n  <literal>{key}</literal>.</para>\n", "KEY"),
        ("page.wiki", "The card terminal uses the merchant key <code>{key}</code> for the gateway.\n", "KEY"),
        ("lig7.cif", "# deposition session key (valid 24 h): {upper16}\n", "KEY"),
        ("shift-log.txt", "Tue 07:05  Monitoring app key (from the contractor's e-mail): {upper20}\n", "KEY"),
        ("Gemfile", "# CI push key for the gem server: {hex40}\n", "KEY"),
        ("alarms.xml", "<tr><th>SMS API key</th><td>{key}</td></tr>\n", "KEY"),
        ("alarms.html", "<tr><th>Portal password</th><td>{pw}</td></tr>\n", "PASSWORD"),
        ("rota.mzn", "% export.py logs in as rota / {key}\n", "PASSWORD"),
        ("crossing.smv", "-- CI login (web UI): ci / vegezo{digits}\n", "PASSWORD"),
        ("frame.hdr", "COMMENT  archive login frames / {passphrase}\n", "PASSWORD"),
        ("Queue.thy", "    Build farm: 203.0.113.5 (user isabuild, password geshishimi{digits})\n", "PASSWORD"),
        ("session.rpp", "    |sftp://audio@203.0.113.9/evensong  password rufabu{digits}\n", "PASSWORD"),
        (
            "subs.ttml",
            '<p begin="00:00:06.500">The Wi-Fi in the hall is FilmSoc, password riyonezone{digits}.</p>\n',
            "PASSWORD",
        ),
        ("scanner.gelf.jsonl", '{{"short_message": "debug: basic auth scanner:{key}", "level": 7}}\n', "PASSWORD"),
        ("settings.py", 'LICENCE_KEY = "{key}"\n', "KEY"),
    ],
)
def test_secrets_in_elements_rows_asides_and_logins_are_found(path, template, tag):
    values = {
        "pw": password(),
        "key": rand(32),
        "upper16": rand(16, string.ascii_uppercase + string.digits),
        "upper20": rand(20, string.ascii_uppercase + string.digits),
        "hex40": rand(40, HEX),
        "digits": rand(3, string.digits),
        "passphrase": ".".join(RNG.sample(PASSPHRASE_WORDS, 4)),
    }
    while sum(c.isdigit() for c in values["upper16"]) < 3:
        values["upper16"] = rand(16, string.ascii_uppercase + string.digits)
    text = template.format(**values)
    found_values = [value for found_tag, value in found(text, path) if found_tag == tag]
    assert any(value in text and value in found_values for value in found_values), found(text, path)
    assert not any(
        value in values["hex40"] + values["key"] + values["pw"] and len(value) < 6 for value in found_values
    )


@pytest.mark.parametrize(
    "path, text",
    [
        (
            "alarms.xml",
            "<tr><th>Sensor firmware</th><td>2.10.22</td></tr>\n<tr><th>Password policy</th><td>required</td></tr>\n",
        ),
        ("docs.md", "Use basic auth user:password for the demo; basic auth admin:admin also works.\n"),
        ("docs.md", "The user admin, password is required for every login.\n"),
        ("ch04.xml", "<para>Set the password in <literal>settings.py</literal>.</para>\n"),
        ("README.md", "Licenses: MIT / BSD / Apache-2.0 for the login pieces.\n"),
    ],
)
def test_rows_elements_and_pairs_without_a_secret_stay(path, text):
    assert not secrets(text, path), found(text, path)


# A one-case key whose letters happen to form word-like runs, told by its digits in three separate groups; a login
# pair given in bold.
@pytest.mark.parametrize(
    "path, text, value, tag",
    [
        (
            "dosbox.conf",
            "rem scoreboard upload key 6VRJIIIKCNFBZ1VXVM94 - ask the club\n",
            "6VRJIIIKCNFBZ1VXVM94",
            "KEY",
        ),
        ("manual.t2t", "- the bridge login is **reader** / **Arequipa8.vetch**\n", "Arequipa8.vetch", "PASSWORD"),
    ],
)
def test_one_case_keys_and_bold_login_pairs_are_found(path, text, value, tag):
    assert (tag, value) in secrets(text, path), found(text, path)


@pytest.mark.parametrize(
    "text",
    [
        "the upload key ABCDEFGHIJKLMNOP1234 is a sample\n",
        "see **FTPS** / **SFTP** / **S3-compatible** for the login options\n",
        "the lookup key ORDER2024REGION3 is stored with the row\n",
    ],
)
def test_sequential_keys_and_bold_lists_stay(text):
    assert not secrets(text, "notes.txt"), found(text, "notes.txt")


# ------------------------------------------------------------------------------------ held-out 35's misses (round 33)
# Square's access tokens; a PSK in hex under stunnel's name; SSSD's authtok; a service's own X-*-Key header (in a
# file of no known kind too); an XSLT parameter's select; m4's and autoconf's defines; a Basic login written out
# before it is encoded; a licence key in groups after the word; word passphrases with a digit, joined by dots, and
# four words or more joined by "_".
def _group_key() -> str:
    return "-".join(rand(5, string.ascii_uppercase + string.digits) for _ in range(5))


def _hex(n: int) -> str:
    return rand(n, "0123456789abcdef")


@pytest.mark.parametrize(
    "path, template, tag",
    [
        ("content/booking.md", '  bookingWidgetKey: "sq0atp-{sq}"\n', "KEY"),
        ("site/config.m4", "define(`PAYMENT_SECRET', `sq0atp-{sq}')dnl\n", "KEY"),
        ("etc/ser2net.yaml", "# stunnel psk: {hex64}\n", "KEY"),
        ("stunnel.conf", "psk = {hex64}\n", "KEY"),
        ("etc/sssd/sssd.conf", "ldap_default_authtok_type = password\nldap_default_authtok = {pw}\n", "PASSWORD"),
        ("tools/drum-log/dune", ' (run curl --fail\n       -H "X-Effluent-Key: {hex32}"\n', "KEY"),
        ("xsl/invoice.xsl", '  <xsl:param name="lookupPassword" select="\'{pw}\'"/>\n', "PASSWORD"),
        ("site/config.m4", "define(`ADMIN_PASS', `{pw}')dnl\n", "PASSWORD"),
        ("configure.ac", 'AC_DEFINE([ELEVATION_DB_PASS], ["{pw}"], [elevation db password])\n', "PASSWORD"),
        (
            "queries/catalogue.xq",
            'declare variable $auth := "Basic " || util:base64-encode("tools:{pw}");\n',
            "PASSWORD",
        ),
        (
            "client.py",
            'headers = {{"Authorization": "Basic " + base64.b64encode(b"svc:{pw}").decode()}}\n',
            "PASSWORD",
        ),
        ("library/inspection.ris", "N1  - Viewer licence key {group}\n", "KEY"),
        ("labels/crate_label.ps", "% labelgen licence {group}\n", "KEY"),
        ("bincopy/in-8.vmem", "// dispatch password {dotted}\n", "PASSWORD"),
        ("notes.md", "# login password for scorer: {dotted}\n", "PASSWORD"),
        ("etc/pam.d/login", "# fallback local admin: studio / {dotted}\n", "PASSWORD"),
        ("feeds/notices.atom", "<content>relief keeper login is lockduty / {dotted}.</content>\n", "PASSWORD"),
        ("docs/defaults.yaml", "#   CUTTER_PASS={snake}\n", "PASSWORD"),
        (
            "logs/dmesg.txt",
            "[    3.401007] gatebox: WARNING config has plaintext admin_password={snake}\n",
            "PASSWORD",
        ),
        ("quotes/quote.rtf", "Customer portal login: quote543 / {letters} \\par\n", "PASSWORD"),
        ("etc/tinc/hosts/barn", "# farm contact ; password for the web UI {pw}\n", "PASSWORD"),
    ],
)
def test_round_33_credentials_are_found(path, template, tag):
    words = RNG.sample(PASSPHRASE_WORDS, 5)
    values = {
        "sq": rand(22, ALNUM + "_-"),
        "hex32": _hex(32),
        "hex40": _hex(40),
        "hex64": _hex(64),
        "pw": password(),
        "group": _group_key(),
        "dotted": ".".join(words[:3]) + str(RNG.randint(2, 9)),
        "snake": "_".join(words[:4]),
        "letters": "".join(RNG.choice(string.ascii_letters) for _ in range(24)),
    }
    while not (
        any(c.isupper() for c in values["letters"])
        and any(c.islower() for c in values["letters"])
        # (random letters that read as random: a draw that spells word-like runs, or "psk", reads as a name)
        and is_gibberish(values["letters"])
        and not secret_word_in(values["letters"])
    ):
        values["letters"] = "".join(RNG.choice(string.ascii_letters) for _ in range(24))
    text = template.format(**values)
    expected = [value for value in values.values() if value in text]
    assert expected, text
    assert any(
        found_tag == tag and value in found_value
        for found_tag, found_value in secrets(text, path)
        for value in expected
    ), found(text, path)


@pytest.mark.parametrize(
    "path, text",
    [
        ("wpa_supplicant.conf", 'network={\n    ssid="Werkstatt"\n    psk=' + "7f058dd306c0991f" * 4 + "\n}\n"),
        ("README.md", "License: XXXXX-XXXXX-XXXXX-XXXXX-XXXXX\nlicense GPL-2.0-or-later\n"),
        ("client.py", 'auth = "Basic " + base64.b64encode(b"user:password").decode()\n'),
        ("release.yml", "      NGROK_AUTHTOKEN: ${{ secrets.NGROK }}\n"),
        ("notes.md", "Set the password for the database server localhost:5432\n"),
        ("api.sh", 'curl -H "X-Request-Key: 3775b94094d6d9f086c60fbcc907920940aabae2" https://api.example.org\n'),
    ],
)
def test_round_33_look_alikes_stay(path, text):
    assert not secrets(text, path), found(text, path)


# An admin's or root's password after "/", and after "admin pass"; a package feed's push key by its option; a Source
# server's login token; a command's --key.
@pytest.mark.parametrize(
    "path, template, tag",
    [
        ("scripts/garden_pump.lua", "        -- pump relay board at 192.168.223.33 ; admin/{pw}\n", "PASSWORD"),
        ("scripts/garden_pump.lua", "        -- pump relay board ; root/{snake}\n", "PASSWORD"),
        ("Mods/About/About.xml", "  <!-- before publishing, board admin pass {pw} -->\n", "PASSWORD"),
        ("glazecalc.nuspec", "  <!-- choco push glazecalc.nupkg -k {key} -->\n", "KEY"),
        ("publish.ps1", "dotnet nuget push out\\Pkg.1.2.0.nupkg -k {key} -s https://feed.example.org\n", "KEY"),
        ("cstrike/cfg/server.cfg", "sv_setsteamaccount {upper}\nsv_region 3\n", "KEY"),
        (
            "waybar/config.json",
            '    "exec": "canoe-fleet --server https://fleet.example.org/api --key {hex40}",\n',
            "KEY",
        ),
    ],
)
def test_round_33_role_logins_push_keys_and_login_tokens_are_found(path, template, tag):
    words = RNG.sample(PASSPHRASE_WORDS, 4)
    values = {
        "pw": password(),
        "snake": "_".join(words),
        "key": rand(32),
        "upper": rand(20, string.ascii_uppercase + string.digits),
        "hex40": rand(40, "0123456789abcdef"),
    }
    text = template.format(**values)
    expected = [value for value in values.values() if value in text]
    assert any((tag, value) in secrets(text, path) for value in expected), found(text, path)


@pytest.mark.parametrize(
    "path, text",
    [
        ("urls.py", "    open admin/ChangeList2 view; the root/Documents folder; admin/templates/base.html\n"),
        ("run.sh", "curl --cert client.pem --key client.key https://api.example.org\n"),
        ("upload-part-copy.rst", "aws s3api put-object --bucket my-bucket --key Map_Data_June.mp4\n"),
        ("push.sh", "nuget push Pkg.nupkg -k $NUGET_API_KEY\n"),
    ],
)
def test_round_33_paths_and_variables_beside_those_forms_stay(path, text):
    assert not secrets(text, path), found(text, path)


# Hyprland's "env = NAME,VALUE"; a second assignment on a line whose first value spells a checksum's word by chance
# ("...Crc8...": no hash named there).
@pytest.mark.parametrize(
    "path, template",
    [
        (".config/hypr/hyprland.conf", "env = PRESS_OWNER,ops@example.org\nenv = PRESS_DB_PASSWORD,{pw}\n"),
        ("model/stations.smithy", "// test settings (do not commit): STATION_KEY={key} DB_PASS={pw}\n"),
    ],
)
def test_round_33_hyprland_env_and_second_assignments_are_found(path, template):
    pw = password()
    text = template.format(pw=pw, key=rand(12) + "Crc8" + rand(16))
    assert ("PASSWORD", pw) in secrets(text, path), found(text, path)


# ------------------------------------------------------------------------------------ held-out 36's misses (round 34)
# Apache's SetEnv in .htaccess; header directives (fluent-bit's Header, nginx's proxy_set_header); a bare X-Key header;
# Meta's access tokens; a NAME%3DVALUE inside a data: URL; an HMAC's key; a label whose aside says to keep the value
# private; Apple's generated passwords; three joined words under a passphrase's label; a service's label or "as" before
# a login pair; "log in as USER with PASS"; a DSN without its scheme; SYSLINUX's MENU MASTER PASSWD; a setting
# commented out.
@pytest.mark.parametrize(
    "path, template, tag",
    [
        ("teahouse/public/.htaccess", "Allow from 10.0.0.1\nSetEnv MENU_API_KEY {hex32}\n", "KEY"),
        ("press/fluent-bit.conf", "    URI          /ingest\n    Header       X-Api-Key {key}\n", "KEY"),
        ("bin/sync.sh", 'curl -fsS -H "X-Key: {key}" https://sync.example.org/upload\n', "KEY"),
        ("handover/notes.md", "| social_page_token | EAAB{long} |\n", "KEY"),
        ("node/config.ign", '{{ "source": "data:,STILL_TOKEN%3D{hex64}%0A" }}\n', "KEY"),
        ("toll/lane3.log", "2026-03-02 06:16:02 lane3 DEBUG hmac_key={hex64}\n", "KEY"),
        ("seismo/printer-setup.txt", "ePrint cloud code (keep private): {upper}\n", "KEY"),
        ("still-node/config.ign", '  "_comment": "db password for the mash log: {apple_letters}"\n', "PASSWORD"),
        ("tripwire-notes.txt", "site key passphrase:   {dotted3}\n", "PASSWORD"),
        ("aquaponics/default.pa", "# tank monitor (web): fishkeeper / {apple}\n", "PASSWORD"),
        ("scooter/dispatch.lua", "-- depot wifi: scooters / {pw}\n", "PASSWORD"),
        ("commentary.ardour", "    <comment>upload to 11.139.102.28 as producer / {pw}</comment>\n", "PASSWORD"),
        ("pawnshop/it/tftp.md", "2. flash, then log in as `pawn` with `{upper}`\n", "PASSWORD"),
        ("blocky/config.yml", "queryLog:\n  target: dyeworks:{pw}@199.132.209.150:5432/querylog\n", "PASSWORD"),
        ("pxelinux.cfg/default", "MENU MASTER PASSWD {apple}\n", "PASSWORD"),
        ("conntrackd.conf", "# vrrp auth_pass {pw}\n", "PASSWORD"),
    ],
)
def test_round_34_credentials_are_found(path, template, tag):
    values = {
        "hex32": rand(32, "0123456789abcdef"),
        "hex64": rand(64, "0123456789abcdef"),
        "key": rand(32),
        "long": rand(150),
        "upper": rand(20, string.ascii_uppercase + string.digits),
        # (Apple's generated passwords: three groups of six lower-case letters, one digit and one capital among them)
        "apple": "-".join(
            (
                rand(5, string.ascii_lowercase) + RNG.choice(string.digits),
                rand(6, string.ascii_lowercase),
                rand(5, string.ascii_lowercase) + RNG.choice("ABCDEFGHJK"),
            )
        ),
        "apple_letters": "-".join(rand(6, string.ascii_lowercase) for _ in range(3))[:-1] + RNG.choice("ABCDEFGHJK"),
        "dotted3": ".".join(RNG.sample(PASSPHRASE_WORDS, 3)),
        "pw": password(),
    }
    while sum(c.isdigit() for c in values["upper"]) < 3:
        values["upper"] = rand(20, string.ascii_uppercase + string.digits)
    assert_a_value_found(path, template, tag, values)


@pytest.mark.parametrize(
    "path, text",
    [
        ("git.md", "git clone git@github.com:org/repo.git\nssh -p 2222 deploy@10.0.0.5\n"),
        ("docs.md", "Then log in as admin with the password you set.\n"),
        ("nginx.conf", "    proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;\n"),
        ("config.ign", '{ "source": "data:,LOG_LEVEL%3Ddebugging%0A" }\n'),
        ("notes.md", "Units: metres / seconds2; Ratio: in / out\n"),
    ],
)
def test_round_34_look_alikes_stay(path, text):
    assert not secrets(text, path), found(text, path)


# ------------------------------------------------------------------------------------ held-out 37's misses (round 35)
# ReadMe's and Tavily's keys; a command's --token in a file of no known kind; a two-letter service's header; a key
# listed after another environment setting on a line; a webhook's or a push monitor's URL token; an aside before a
# stated API key; words before a licence key's colon; the password after the user under names that hold both;
# credentials typed as passwords; another attribute's words beside this one; a generated passphrase in an auth tuple.
@pytest.mark.parametrize(
    "path, template, tag",
    [
        ("notes.txt", "{rdme}\n", "KEY"),
        ("bellfounder/chat-export.txt", "[07:09] Femke: and the gantry telemetry key if you need it {tvly}\n", "KEY"),
        ("temple/options", "CustomEditor=/opt/temple/bin/archive-upload --to 13.10.252.177 --token {fo1}\n", "KEY"),
        (
            "chemist/ipset-setup.sh",
            '# prescription API: curl -H "X-Rx-Key: {key}" https://192.168.1.2/v1/ping\n',
            "KEY",
        ),
        ("vergers/rota-bot.md", "| chat webhook | `https://5.240.0.118/hooks/{key}` |\n", "KEY"),
        ("maltings/znapzend-setup.txt", "- monitoring push: https://157.196.197.78/push/{key}\n", "KEY"),
        ("chaplaincy/darktablerc", "# geotag api key (openmaps) {key}\n", "KEY"),
        ("lottery-kiosk/sddm.conf", "; terminal licence key from the operator: {group}\n", "KEY"),
        ("hopyard/motion.conf", "netcam_userpass viewer:{pw}\n", "PASSWORD"),
        ("coppice/polipo-config", 'parentAuthCredentials = "coppicer:{snake}"\n', "PASSWORD"),
        ("openldap-server.conf", '        binddn="cn=replicator,dc=example,dc=org" credentials={pw}\n', "PASSWORD"),
        ("sawpit-irc/inspircd.conf", '<power hash="sha256" diepass="{pw}" restartpass="{pw}">\n', "PASSWORD"),
        ("survey/export.py", '    r = requests.post(url, auth=("survey", "{dotted5}"))\n', "PASSWORD"),
    ],
)
def test_round_35_credentials_are_found(path, template, tag):
    values = {
        "rdme": "rdme_" + rand(70, string.ascii_lowercase + string.digits),
        "tvly": "tvly-" + rand(32),
        "fo1": "fo1_" + rand(43, ALNUM + "_"),
        "key": rand(32),
        "group": "-".join(rand(5, string.ascii_uppercase + string.digits) for _ in range(5)),
        "pw": rand(6, string.ascii_letters) + RNG.choice("-+%") + rand(6, string.digits + string.ascii_letters),
        "dotted5": ".".join(RNG.sample(PASSPHRASE_WORDS, 5)),
        "snake": "_".join(RNG.sample(PASSPHRASE_WORDS, 4)) + str(RNG.randint(2, 9)),
    }
    text = template.format(**values)
    expected = [value for value in values.values() if value in text]
    assert any((tag, value) in secrets(text, path) for value in expected), found(text, path)


@pytest.mark.parametrize(
    "path, text",
    [
        ("react.md", "see https://reactjs.org/docs/hooks/useStateAndEffectsTogether and /push/notifications-worker\n"),
        ("README.md", '$env:GOOGLE_APPLICATION_CREDENTIALS="C:\\path\\to\\credentials.json"\n'),
        ("logging_conf.py", '            "credentials": ("ops@example.org", "Bg-53lLZM-hOK1F3yDHOsPqT"),\n'),
        ("report.js", "e.crossOrigin===`anonymous`?t.credentials=`omit`:t.credentials=`same-origin`,t}\n"),
        ("policies.json", '    "IAMSelfManageServiceSpecificCredentials": "arn:aws:iam::aws:policy/IAMSelfManage",\n'),
    ],
)
def test_round_35_look_alikes_stay(path, text):
    found_values = [value for tag, value in secrets(text, path)]
    assert not any(word in value for value in found_values for word in ("ops@", "path", "origin", "policy")), found(
        text, path
    )


# ------------------------------------------------------------------------------------ held-out 38's misses (round 36)
# A failed login's tried password in an audit log; a chat's answer to "login?" or "...key?"; a webhook service's own
# host before the URL's token; a PIN under its setting's name; a comment's key with an aside before the colon; "log
# in with" a password alone; a vendor's prefix before a random UUID under a glued key name; AWS's twenty base32
# characters under an access key's name; RANCID's .cloginrc passwords; random letters of both cases with a symbol as
# a stated password; a device's capitals after a login; a Wi-Fi password in a code span after an aside.
@pytest.mark.parametrize(
    "path, template, tag",
    [
        (
            "logs/portal-audit.ndjson",
            '{{"ts": "2026-04-01T09:12:00Z", "event": "login_failed", "user": "ana", "tried": "{pw}"}}\n',
            "PASSWORD",
        ),
        (
            "var/log/sso.jsonl",
            '{{"level": "warn", "msg": "auth failure", "account": "ops", "attempted": "{pw}", "ip": "10.0.0.4"}}\n',
            "PASSWORD",
        ),
        ("chat/export.txt", "[10:02] Rui: what's the login?\n[10:05] Ada: kiln / {word_year}\n", "PASSWORD"),
        ("irc.log", "<mara> creds?\n<tomas> backup: {pw}\n", "PASSWORD"),
        (
            "chat/export.txt",
            "[11:40] Ines: and the courier API key?\n[11:41] Jon: {key} (rotate it next week)\n",
            "KEY",
        ),
        ("team.log", "<sam> the sync token?\n<lee> {hex}\n", "KEY"),
        ("deploy/hooks.yaml", "notify:\n  url: https://hooks.tally-relay.net/t/{key}\n", "KEY"),
        ("ci/notify.sh", 'curl -X POST "https://webhook.loomhall.io/v1/in/{key}" -d @payload.json\n', "KEY"),
        ("kiosk.toml", '[door]\npin = "{pin}"\n', "PASSWORD"),
        ("till/settings.ini", "[till]\nsupervisor_pin = {pin}\n", "PASSWORD"),
        ("phone.yaml", "sim:\n  pin_code: {pin}\n", "PASSWORD"),
        (".env", "APP_MODE=live\n# previous token, revoked 2 May: {hex}\n", "KEY"),
        ("backup.sh", "rsync -a /srv/ mirror:/srv/\n# key for the cold-storage box: {b64}\n", "KEY"),
        ("cluster.conf", "# secret copied from node2 (base64, for the wiki): {b64}\n", "KEY"),
        (
            "notes/handover.md",
            "The router is at 81.2.3.4; log in with {word_num_word}. Ask Ben for the rest.\n",
            "PASSWORD",
        ),
        ("notes/handover.txt", "Box is up. Log in with {generated} and change it.\n", "PASSWORD"),
        ("notes/keys.md", "owner    = ops\nmailkey  = ab3sk-{uuid}\n", "KEY"),
        ("notes/keys.md", "owner    = ops\nsynckey  = zz9-{uuid}\n", "KEY"),
        ("storage.yaml", "s3:\n  access_key: {aws20}\n  bucket: media\n", "KEY"),
        (
            "home/rancid/.cloginrc",
            "add user   core-*   {{netops}}\nadd password   core-rtr   {{{pw}}} {{{pw2}}}\n",
            "PASSWORD",
        ),
        ("docs/runbook.md", "- Console: https://10.1.2.3/, user `ops`, password `{letters_symbol}`\n", "PASSWORD"),
        ("notes.txt", "# back-office login: clerk / {capitals}\n", "PASSWORD"),
        ("docs/site.md", "- Wi-Fi (workshop): `{word_year}`\n", "PASSWORD"),
        ("docs/site.md", "- Wi-Fi (loft): `{capitals_digits}`\n", "PASSWORD"),
    ],
)
def test_round_36_credentials_are_found(path, template, tag):
    def upper_gibberish(n: int, alphabet: str) -> str:
        while True:
            value = rand(n, alphabet)
            if is_gibberish(value):
                return value

    values = {
        "pw": password(),
        "pw2": password(),
        "word_year": RNG.choice(["Marguerite", "Tobiah", "Casimir", "Ottoline"]) + str(RNG.randint(1950, 2026)),
        "key": rand(32),
        "hex": rand(32, "0123456789abcdef"),
        "pin": str(RNG.randint(10000, 99999999)),
        "b64": key_material_base64(32),
        "word_num_word": RNG.choice(["Bergen", "Lucca", "Ghent"])
        + str(RNG.randint(10, 99))
        + "_"
        + RNG.choice(PASSPHRASE_WORDS),
        "generated": "-".join(rand(6, string.ascii_lowercase) for _ in range(2))
        + "-"
        + rand(5, string.ascii_lowercase)
        + "7",
        "uuid": str(uuid.UUID(int=RNG.getrandbits(128), version=4)),
        # (letters that read as words by chance, which only the vendor's length and alphabet tell from a name)
        "aws20": RNG.choice(["AKTOLMANRESQUAPOLE2B", "AK6BORLIMESTANDEQUAY"]),
        "letters_symbol": rand(8, string.ascii_letters) + RNG.choice("._") + rand(9, string.ascii_letters),
        "capitals": upper_gibberish(9, string.ascii_uppercase),
        "capitals_digits": upper_gibberish(12, string.ascii_uppercase + string.digits),
    }
    assert_a_value_found(path, template, tag, values)


@pytest.mark.parametrize(
    "path, text",
    [
        ("logs/jobs.ndjson", '{"event": "job_retry", "step": "upload", "tried": "upload-step-3"}\n'),
        ("chat/export.txt", "[10:02] Rui: what's the login?\n[10:05] Ada: ask ops / they know\n"),
        ("chat/export.txt", "[10:02] Rui: which key?\n[10:05] Ada: the one in the vault\n"),
        ("docs/hooks.md", "See https://hooks.slack.com/services/T000/B000/XXXXXXXXXXXXXXXXXXXXXXXX for the format.\n"),
        ("board.py", "LED_PIN = 1300\nstatus_pin = 13\n"),
        ("README.md", "You can log in with GitHub or with SSO.\n"),
        ("notes/zoo.md", "the donkey?\n- zebra-9f3e2a51-1c0d-4b8e-9a7f-0b1c2d3e4f50\n"),
    ],
)
def test_round_36_look_alikes_stay(path, text):
    assert not secrets(text, path), found(text, path)


# ------------------------------------------------------------------------------------ held-out 39's misses (round 37)
# A service's login alone after its label; a basic-auth middleware's users map; a chat's "what's the pw again" and
# the password alone in the answer; getssl's transfer targets; a service's own *_AUTH pair; alarm and door codes; a
# hook's token of one case with digits; a camel-case *Key name before hex; random letters of both cases after
# password= in a request's form data.
@pytest.mark.parametrize(
    "path, template, tag",
    [
        ("docs/valid.rst", ".. dispatch console login: {word_year}\n.. see the runbook\n", "PASSWORD"),
        ("deploy/notes.sh", "# kiln admin login: {pw}\n", "PASSWORD"),
        ("site.html", "<!-- staging portal login: {passphrase} -->\n", "PASSWORD"),
        (
            "cmd/api/main.go",
            "app.Use(basicauth.New(basicauth.Config{{\n"
            '\tUsers: map[string]string{{\n\t\t"ops": "{pw}",\n\t}},\n}}))\n',
            "PASSWORD",
        ),
        ("app.py", 'guard = BasicAuth(users={{"admin": "{word_year}", "viewer": "{pw2}"}})\n', "PASSWORD"),
        ("logs/#ops.log", "[10:01] <ana> what's the backup pw again\n[10:02] <ben> {passphrase}\n", "PASSWORD"),
        ("chat.txt", "Ana: what was the password again?\nBen: {word_year}\n", "PASSWORD"),
        ("getssl.cfg", "ACL=('ftp:shopuser:{pw}:81.2.3.4:/web/.well-known/acme-challenge')\n", "PASSWORD"),
        ("getssl.cfg", "ACL=('davs:deploy:{pw}:dav.corp-files.eu:443:/acme')\n", "PASSWORD"),
        ("tools/sync.py", 'ERP_AUTH = ("sync", "{passphrase}")\n', "PASSWORD"),
        ("tools/mail.py", 'RELAY_CREDENTIALS = ("relay", "{word_year}")\n', "PASSWORD"),
        ("homeassistant/secrets.yaml", 'alarm_code: "{pin}"\n', "PASSWORD"),
        ("keypad.ini", "[entry]\ndoor_code = {pin}\n", "PASSWORD"),
        ("ci/deploy.yml", '    run: curl -X POST "https://chat.loomhall.dev/hooks/{lower_key}" -d @msg.json\n', "KEY"),
        ("charts/values.yaml", "alerts:\n  pagerKey: {hex}\n", "KEY"),
        ("helm/values.yaml", "notify:\n  relayKey: {hex}\n", "KEY"),
        ("captures/login.txt", "10.0.0.5\tusername=ana&password={letters}&remember=1\n", "PASSWORD"),
    ],
)
def test_round_37_credentials_are_found(path, template, tag):
    def letters() -> str:
        while True:
            value = rand(15, string.ascii_letters)
            if is_gibberish(value) and not value.islower() and not value.isupper():
                return value

    values = {
        "pw": password(),
        "pw2": password(),
        "word_year": RNG.choice(["Marguerite", "Tobiah", "Casimir", "Ottoline"]) + str(RNG.randint(1950, 2026)),
        "passphrase": "-".join(RNG.sample(PASSPHRASE_WORDS, 4)) + str(RNG.randint(2, 9)),
        "pin": str(RNG.randint(10000, 99999999)),
        "lower_key": lower_key32(),
        "hex": rand(32, "0123456789abcdef"),
        "letters": letters(),
    }
    assert_a_value_found(path, template, tag, values)


@pytest.mark.parametrize(
    "path, text",
    [
        ("README.md", "Web login: admin\nSSH login: jsmith1990\nPortal login: https://portal.corp.io/login\n"),
        ("getssl.cfg", "ACL=('ssh:server5:/var/www/.well-known/acme-challenge')\n"),
        ("routes.py", 'DEFAULT_AUTH = ("GET", "/login")\n'),
        ("errors.py", "status_code = 2000\nerror_code: 4040\n"),
        ("src/tracker.js", "const tracker = new Tracker({\n  projectKey: 'EWxh2tAtNsn5LkRgVkhe',\n});\n"),
        ("chat.txt", "Ana: what was the password again?\nBen: no idea, ask ops\n"),
    ],
)
def test_round_37_look_alikes_stay(path, text):
    assert not secrets(text, path), found(text, path)


# ------------------------------------------------------------------------------------ held-out 40's misses (round 38)
# Slack's client tokens, Docker Swarm's join tokens, GitLab's runner registration tokens, Neon's passwords, CircleCI's
# personal tokens; a crontab's environment; "-u USER -p PASS"; HeidiSQL's exported passwords; a notifier URL's token;
# V2Ray's and Xray's user ids; e-mail domains under countries whose code is also a file's extension.
@pytest.mark.parametrize(
    "path, template, tag",
    [
        ("reports/leaks.json", '    "Match": "xoxc-{digits}-{digits2}-{digits3}-{hex64}",\n', "KEY"),
        ("notes/join.txt", "workers join with SWMTKN-1-{lower50}-{lower25} on the manager\n", "KEY"),
        ("ci/runner.tfvars", 'runner_reg = "GR1348941{key20}"\n', "KEY"),
        ("mail/handoff.eml", "and the database password is npg_{key12}. Rotate it.\n", "KEY"),
        ("chat/ops.txt", "<ana> use CCIPAT_{key22}_{hex40}\n", "KEY"),
        ("deploy/crontab", "0 3 * * * PGPASSWORD={dotted} pg_dump -h 81.2.3.4 -U backup shop\n", "PASSWORD"),
        ("docs/release.md", "twine upload -u uploader -p {pw} dist/*\n", "PASSWORD"),
        ("heidisql-settings.txt", "Servers\\Shop\\Password<|||>1<|||>{pw}\n", "PASSWORD"),
        ("notify/targets.yaml", "  - generic+https://81.2.3.4/notify/{lower_key}\n", "KEY"),
        ("etc/v2ray/config.json", '  "users": [{{ "id": "{uuid}", "alterId": 0 }}]\n', "KEY"),
        ("xray.json", '  "clients": [{{ "id": "{uuid}", "flow": "xtls-rprx-vision" }}]\n', "KEY"),
        ("notes.md", "asked by {local}@eunet.rs\n", "EMAIL"),
        ("README.md", "Questions: {local}@kernel-crew.rs\n", "EMAIL"),
    ],
)
def test_round_38_credentials_are_found(path, template, tag):
    values = {
        "digits": str(RNG.randint(10**11, 10**12 - 1)),
        "digits2": str(RNG.randint(10**11, 10**12 - 1)),
        "digits3": str(RNG.randint(10**11, 10**12 - 1)),
        "hex64": rand(64, "0123456789abcdef"),
        "hex40": rand(40, "0123456789abcdef"),
        "lower50": rand(50, string.ascii_lowercase + string.digits),
        "lower25": rand(25, string.ascii_lowercase + string.digits),
        "key20": rand(20),
        "key12": rand(12),
        "key22": rand(22),
        "pw": password(),
        # (both cases, a dot and digits: "TwWB.myuZW7z5y", which a dotted name's shape hid in a crontab)
        "dotted": rand(4, string.ascii_letters)
        + "."
        + rand(6, string.ascii_letters)
        + rand(2, string.digits)
        + rand(2, string.ascii_lowercase),
        "lower_key": lower_key32(),
        "uuid": str(uuid.UUID(int=RNG.getrandbits(128), version=4)),
        "local": RNG.choice(["oswin29", "kaito_l3", "dagny.b"]),
    }
    assert_a_value_found(path, template, tag, values)


@pytest.mark.parametrize(
    "path, text",
    [
        ("x.sh", "ssh -u deploy -p 2222 host\ndocker run -u app -p 8080:80 image\n"),
        ("tests/test_parse.py", 'assert parse("negg@foo.py") and parse("x@main.rs")\n'),
        ("config.json", '  "items": [{ "id": "1991d9f3-2fc1-4b30-bc4e-941d1f87d874", "name": "a" }]\n'),
    ],
)
def test_round_38_look_alikes_stay(path, text):
    assert not secrets(text, path) and not [v for t, v in found(text, path) if t == "EMAIL"], found(text, path)


# ------------------------------------------------------------------------------------ held-out 41's misses (round 39)
# Lists of passwords under a password's name; pppd's pap-/chap-secrets; NUT's MONITOR lines; a user and password
# joined under a user or auth option; dracut's iSCSI root with CHAP credentials; a value echoed into a password file;
# a code word, a passphrase that "used to be"; -p/-k with a quoted value; an account added with its password; a
# users map keyed by id; IPsec keys given to ip xfrm; a webhook's token after /hook/; Grafana's legacy keys, Amazon
# Bedrock's keys, BIP32 extended private keys, New Relic browser keys in capitals; URL-safe SAS signatures; an
# address glued to a one-letter option; the secret a password manager prints in a shell transcript; Hysteria's
# userpass map, Yarn's npmAuthIdent, ZooKeeper's auth payload and hey's -a USER:PASS.
@pytest.mark.parametrize(
    "path, template, tag",
    [
        ("relay/config.json", '{{"passwords": ["{pw}", "{pw2}"], "port": 443}}\n', "PASSWORD"),
        ("app/settings.py", "ADMIN_PASSWORDS = [\n    '{pw}',\n    '{pw2}',\n]\n", "PASSWORD"),
        ("node.yaml", 'password: ["{pw}"]\n', "PASSWORD"),
        ("etc/ppp/chap-secrets", "# client server secret IP\n{user}  pptpd  {pw}  *\n", "PASSWORD"),
        ("etc/ppp/pap-secrets", '"{user}@isp.net" * "{pw}" 10.0.0.7\n', "PASSWORD"),
        ("etc/nut/upsmon.conf", "MONITOR rack@{ip} 1 {user} {pw} primary\n", "PASSWORD"),
        ("etc/ddclient.conf", "server=members.dyndns.org\nuser={user}:{pw}\n", "PASSWORD"),
        ("scripts/load.sh", "hey -n 200 --basic-auth {user}:{pw} https://shop.fernhill.net/\n", "PASSWORD"),
        ("etc/cmdline.d/root.conf", "netroot=iscsi:{user}:{pw}@{ip}::3260::iqn.2025-01.net.fern:root\n", "PASSWORD"),
        ("provision/unlock.sh", "echo -n '{pw}' > /run/cryptroot.pass\n", "PASSWORD"),
        ("ci/setup.sh", 'printf "%s" "{pw}" > ~/.config/backup/secret.txt\n', "PASSWORD"),
        ("notes/gate.md", "Gate keypad code word: {pw}\n", "PASSWORD"),
        ("docs/keys.md", "The signing passphrase used to be `{pw}` until March.\n", "PASSWORD"),
        ("bin/mount-crypt.sh", "gocryptfs -extpass cat -p '{pw}' ./vault ./plain\n", "PASSWORD"),
        ("bin/tunnel.sh", 'phantun --local 4567 -k "{pw}" --remote {ip}:4567\n', "PASSWORD"),
        ("ops/mail.txt", "$ ./setup.sh email add {user}@fernhill.net '{pw}'\n", "PASSWORD"),
        ("ops/vpn.txt", "vpncmd /server localhost /cmd user create {user} {pw}\n", "PASSWORD"),
        ("proxy/server.json", '{{\n  "users": {{\n    "{uuid}": "{pw}"\n  }}\n}}\n', "PASSWORD"),
        ("etc/ipsec.sh", "ip xfrm state add src {ip} dst {ip} proto esp spi 0x1a2b enc aes 0x{hex32}\n", "KEY"),
        ("etc/ipsec.sh", "ip xfrm state add proto esp spi 7 auth sha256 0x{hex64} enc 'cbc(aes)' 0x{hex32}\n", "KEY"),
        ("notes/jobs.txt", "Failure hook: https://alerts.fernhill.net/hook/{lower_key} (job 7)\n", "KEY"),
        ("exporter.yaml", "# old key:\n#   eyJrIjoi{grafana}\n", "KEY"),
        ("security/triage.md", "| 1 | `deploy/gateway.env` | `{bedrock}` | true positive |\n", "KEY"),
        ("wallet/signer.toml", 'hot_wallet = "xprv{base58}"\n', "KEY"),
        ("web/snippet.html", "<script>window.NR = ['NRJS-{upper_hex19}', 7]</script>\n", "KEY"),
        ("appsettings.json", '"Export": "https://x.blob.core.windows.net/c?sv=2022-11-02&sr=c&sig={sas}"\n', "KEY"),
        ("bin/relay.sh", "kcptun-client -r{ip}:29900 -l :12948\n", "IP_ADDRESS"),
        ("notes/vault.txt", "$ pass show mail/relay\n{pw}\n$ ls\n", "PASSWORD"),
        ("proxy/config.yaml", "auth:\n  type: userpass\n  userpass:\n    {user}: {pw}\nlisten: :443\n", "PASSWORD"),
        (".yarnrc.yml", 'npmScopes:\n  corp:\n    npmAuthIdent: "{user}:{pw}"\n', "PASSWORD"),
        ("conf/zoo.yaml", 'storm.zookeeper.auth.payload: "{user}:{pw}"\n', "PASSWORD"),
        ("perf/run.sh", "hey -n 100 -a {user}:{pw} https://shop.fernhill.net/health\n", "PASSWORD"),
        ("docs/onboarding.md", "```\n$ bw get password staging-db\n{pw}\n```\n", "PASSWORD"),
        ("notes/keys.txt", '$ rbw get --field "api token" billing\n{hex40}\n', "KEY"),
        # (a password's place holding key material or a token: tagged KEY)
        ("ss/config.json", '{{"method": "2022-blake3-aes-256-gcm", "password": "{b64_32}"}}\n', "KEY"),
        ("home/.pypirc", "[pypi]\nusername = __token__\npassword = pypi-AgEI{pypi}\n", "KEY"),
    ],
)
def test_round_39_credentials_are_found(path, template, tag):
    values = {
        "pw": password(),
        "pw2": password(),
        "user": RNG.choice(["marlow", "ines_k", "opsbot", "quill7"]),
        "ip": RNG.choice(["81.2.69.160", "185.12.64.3", "94.130.12.8"]),
        "uuid": str(uuid.UUID(int=RNG.getrandbits(128), version=4)),
        "hex32": rand(32, "0123456789abcdef"),
        "hex64": rand(64, "0123456789abcdef"),
        "hex40": rand(40, "0123456789abcdef"),
        "lower_key": lower_key32(),
        "grafana": rand(72),
        "bedrock": "ABSK" + key_material_base64(96),
        "base58": rand(107, "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"),
        "upper_hex19": rand(19, "0123456789ABCDEF"),
        "sas": rand(43, ALNUM + "_-"),
        "b64_32": key_material_base64(32),
        "pypi": rand(120, ALNUM + "_-"),
    }
    assert_a_value_found(path, template, tag, values)


@pytest.mark.parametrize(
    "path, text",
    [
        ("config.json", '{"passwords": ["password", "passwd"], "fields": [{"name": "password"}]}\n'),
        ("etc/ppp/chap-secrets", "# client server secret IP addresses\n"),
        ("monitoring.md", "We monitor the uptime of 3 servers.\n"),
        ("x.sh", "docker run -p '8080:80' img\nssh -p '2222' host\npytest -k 'login_2fa or test_7x' -q\n"),
        ("x.sh", 'git config user email add\npip install --user requests\ncurl --user "$USER:$PASS" x\n'),
        ("ops.txt", "$ ./setup.sh email add bob@fernhill.net\n"),
        ("notes.md", "The code word is required for entry.\n"),
        ("ip.sh", "ip xfrm state flush\nip xfrm policy add dir out tmpl proto esp mode tunnel\n"),
        ("notes/vault.txt", "$ pass show --help\nUsage: pass show [--clip] NAME\n$ rbw get wifi\n(no password)\n"),
        ("x.sh", "ls -a /srv/www\ntar -a -cf out.tar.gz src\nuserpass:\n  enabled: true\n"),
    ],
)
def test_round_39_look_alikes_stay(path, text):
    assert not secrets(text, path), found(text, path)


# ------------------------------------------------------------------------------------ held-out 42's misses (round 40)
# A user option then a password option with other options between (-u/-n/-xu, then -p/-P/-xp); E-MailRelay's secrets
# file; dma's "ACCOUNT|SMARTHOST:PASSWORD"; a value echoed into gpg's --passphrase-fd 0.
@pytest.mark.parametrize(
    "path, template, tag",
    [
        (
            "etc/systemd/system/socks.service",
            "ExecStart=/usr/bin/microsocks -u {user} -i 0.0.0.0 -P {pw}\n",
            "PASSWORD",
        ),
        ("tools/query.sh", "sqlline -u jdbc:postgresql://db/reports -n {user} -p {pw} -e 'select 1'\n", "PASSWORD"),
        (
            "etc/cron.d/report",
            "0 6 * * * root sendemail -f a@fernhill.net -xu {user} -xp {pw} -o tls=auto\n",
            "PASSWORD",
        ),
        ("etc/emailrelay.auth", "server plain {user} {pw}\nclient plain {user}@fernhill.net {pw2}\n", "PASSWORD"),
        ("etc/dma/auth.conf", "{user}@fernhill.net|smtp.fernhill.net:{pw}\n", "PASSWORD"),
        ("repo/publish.sh", "echo '{pw}' | gpg --batch --passphrase-fd 0 --detach-sign Release\n", "PASSWORD"),
    ],
)
def test_round_40_credentials_are_found(path, template, tag):
    values = {"pw": password(), "pw2": password(), "user": RNG.choice(["marlow", "ines_k", "opsbot", "quill7"])}
    assert_a_value_found(path, template, tag, values)


@pytest.mark.parametrize(
    "path, text",
    [
        ("x.sh", "head -n 5 -p notes.txt\ntar -u -f a.tar -P\nsort -u -n -p 3 file\n"),
        ("etc/emailrelay.auth", "server none 10.0.0.0/8 lan\nclient plain\n"),
        ("x.sh", 'echo "$PASS" | gpg --batch --passphrase-fd 0 file\n'),
    ],
)
def test_round_40_look_alikes_stay(path, text):
    assert not secrets(text, path), found(text, path)


# ------------------------------------------------------------------------------------ held-out 43's misses (round 41)
# A name with "crc" inside a word (mcrcon's MCRCON_PASS is no checksum); a compose list item that is one setting, with
# words joined as its value; Valve's KeyValues pair after its "user"; a random UUID under a password's or a private
# key's name (Docker Hub issues its access tokens so); a webhook's token after its numeric id on any host; a settings
# command's value after its own -v option.
@pytest.mark.parametrize(
    "path, template, tag",
    [
        ("etc/cron.d/mc-restart", "MCRCON_HOST=10.1.2.3\nMCRCON_PASS={pw}\n", "PASSWORD"),
        ("deploy/.env", "MYCRCON_PASS={pw}\n", "PASSWORD"),
        (
            "docker-compose.yml",
            "    environment:\n      - PROXY_USERNAME={user}\n      - PROXY_PASSWORD={words}\n",
            "PASSWORD",
        ),
        ("stack.yml", "    environment:\n      - SMTP_PASS={words}\n      - TZ=UTC\n", "PASSWORD"),
        (
            "addons/sourcemod/configs/databases.cfg",
            '\t"default"\n\t{{\n\t\t"user"\t\t\t\t"{user}"\n\t\t"pass"\t\t\t\t"{pw}"\n\t}}\n',
            "PASSWORD",
        ),
        ("wud/.env", "WUD_REGISTRY_HUB_PRIVATE_PASSWORD={uuid}\n", "KEY"),
        ("config/settings.json", '{{"Authentication": {{"PrivateKey": "{uuid}"}}}}\n', "KEY"),
        ("app/settings.py", 'REGISTRY_PASSWORD = "{uuid}"\n', "KEY"),
        ("hub.yml", "hub:\n  privateKey: {uuid}\n", "KEY"),
        ("crafty/docker-compose.yml", "#   https://chat.tarnside.eu/api/webhooks/{digits}/{hook}\n", "KEY"),
        ("notify.py", 'URL = "https://guild.fernhill.net/api/webhooks/{digits}/{hook}"\n', "KEY"),
        ("notes.txt", "root@ynh:~# yunohost settings set smtp.relay.password -v '{pw}'\n", "PASSWORD"),
        ("setup.sh", "appctl settings set mail.password --value {pw}\n", "PASSWORD"),
    ],
)
def test_round_41_credentials_are_found(path, template, tag):
    values = {
        "pw": password(),
        "user": RNG.choice(["sb_game", "marlow", "opsbot", "quill7"]),
        "words": "_".join(RNG.sample(["porcupine", "tinderbox", "thimble", "hedgehog", "astrolabe", "gingham"], 4))
        + f"_{RNG.randint(10, 99)}",
        "uuid": str(uuid.UUID(int=RNG.getrandbits(128), version=4)),
        "digits": str(RNG.randint(10**17, 10**18)),
        "hook": rand(68, ALNUM + "_-"),
    }
    assert_a_value_found(path, template, tag, values)


@pytest.mark.parametrize(
    "path, text",
    [
        ("checks.py", 'CRC_KEY = "crc32"\nexpected_crc = 0x1c291ca3\n'),
        ("docker-compose.yml", "    environment:\n      - PROXY_PASSWORD_FILE=/run/secrets/proxy\n"),
        ("databases.cfg", '\t\t"user"\t\t\t\t"root"\n\t\t"pass"\t\t\t\t""\n'),
        ("models.py", 'password_reset_id = "0b7c4b7e-8d0e-4f0f-9a53-7f1b0c2d3e4f"\n'),
        ("setup.sh", "appctl settings set mail.password -v\n"),
    ],
)
def test_round_41_look_alikes_stay(path, text):
    assert not secrets(text, path), found(text, path)


# ------------------------------------------------------------------------- held-out 42's KEY misses (round 41)
# A comment that names a key, token or secret over a comment line holding one random value alone; Docker's
# organisation access tokens, LangSmith's keys and Bitbucket Data Center's HTTP access tokens by their prefixes.
@pytest.mark.parametrize(
    "path, template",
    [
        ("etc/systemd/system/dnstt.service", "# server private key hex, copied from server.key:\n#   {hex64}\n"),
        ("etc/hev/main.yml", "# dashboard API key (used by the renewal cron, not by the tunnel)\n# {mixed24}\n"),
        ("etc/tor/torrc", "# the bridge distribution API key, needed only to fetch new lines\n#   {b64url}\n"),
        ("src/app.ts", "  // secret for the preview deploys:\n  // {mixed24}\n"),
        ("ci/mirror.sh", '  --dest-creds "mirror-bot:dckr_oat_{docker}"\n'),
        ("bots/post.sh", "# the summary step uses the tracing service key lsv2_sk_{hex32}_{hex10}\n"),
        ("deploy/athens.toml", "#   machine scm.internal login auberon password BBDC-{bbdc}\n"),
    ],
)
def test_round_41_keys_below_comments_and_new_formats_are_found(path, template):
    values = {
        "hex64": rand(64, "0123456789abcdef"),
        "hex32": rand(32, "0123456789abcdef"),
        "hex10": rand(10, "0123456789abcdef"),
        "mixed24": rand(20, ALNUM) + "Qx7k",
        "b64url": rand(43, ALNUM + "-_"),
        "docker": rand(32, ALNUM),
        "bbdc": rand(44, ALNUM + "+/"),
    }
    assert_a_value_found(path, template, "KEY", values)


@pytest.mark.parametrize(
    "path, text",
    [
        (
            "build.sh",
            "# sha256 of the release key:\n#   9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08\n",
        ),
        (
            "deploy.yml",
            "# the public key of the signer:\n# RWQf6LRCGA9i53mlYecO4IzT51TGPpvWucNSCh1CBM0QTaLn73Y7GFO3\n",
        ),
        ("ops.sh", "# token id for the audit log\n# 5f2c9e1a7b3d4c6e8f0a1b2c3d4e5f60\n"),
        ("a.py", "# the key is read from the environment:\n# KEY_FROM_ENVIRONMENT_VARIABLE\n"),
    ],
)
def test_round_41_values_below_comments_that_are_no_keys_stay(path, text):
    assert not secrets(text, path), found(text, path)


# ------------------------------------------------------------------------------------ held-out 44's misses (round 42)
# BigCode's file-level test for hashes counts "sha" as a digest's name, not inside a word ("shared", "/Users/shack/"),
# so one such word no longer drops every entropy finding of a short file; a dotted setting's "api.key"; a passphrase
# of hex digits (generated key material, not a stored digest); a service's key after systemd's "Environment="; a map
# tile's "?key="; Eclipse's preference paths; Rocket.Chat's webhook token after its id; Pentaho Kettle's obfuscated
# passwords.
@pytest.mark.parametrize(
    "path, template",
    [
        ("ci/.gitlab-ci.yml", '# shared runners only\nvariables:\n  ERROR_TRACKER_AUTH: "{hex64}"\n'),
        (
            "chamilo/.gitlab-ci.yml",
            'variables:\n  ERROR_TRACKER_AUTH: "{hex64}"\ntest:\n  image: php:8.1@sha256:{digest}\n'
            "  script:\n    - tar czf app-$CI_COMMIT_SHORT_SHA.tgz main/\n",
        ),
        ("client/shared.py", '"""Shared HTTP client."""\nHEADERS = {{"X-Stats-Auth": "{hex40}"}}\n'),
        ("sakai/local.properties", "contentreview.vericite.api.key={uuid}\n"),
        ("conf/app.properties", "integrations.helpdesk.api.key={uuid}\n"),
        ("etc/ood/config/ood_portal.yml", '  OIDCCryptoPassphrase: "{hex64}"\n'),
        ("config/app.yml", 'session:\n  crypto_passphrase: "{hex64}"\n'),
        ("deploy/hamclock.service", "[Service]\nEnvironment=HAMCLOCK_OPENWEATHER_KEY={hex32}\n"),
        ("deploy/geo.service", "Environment=OPENCAGE_GEOCODER_KEY={hex32}\n"),
        ("mapproxy/mapproxy.yaml", "    url: https://tiles.kartenhaus.eu/v3/%(tms_path)s.png?key={mixed32}\n"),
        ("web/map.js", "L.tileLayer('https://maps.fjordline.no/{{z}}/{{x}}/{{y}}.png?apikey={mixed32}');\n"),
        ("knime/preferences.epf", "/instance/org.knime.ai.assistant/apiKey={mixed40}\n"),
        ("workspace/.metadata/x.prefs", "/instance/org.example.sync/hub.applicationPassword={uuid}\n"),
        ("src/main.rs", 'const HOOK: &str = "https://chat.wiebke-radio.eu/hooks/yHSTCn1VUd7Xn4bYyxyz7IgK/{tok40}";\n'),
        ("notify.sh", "curl -X POST https://rocket.vereinsheim.de/hooks/Kq2m9ZtPxw4LbN7cR/{tok48} -d @msg.json\n"),
        ("pentaho/META-INF/context.xml", '<Environment name="dw/encrypted" value="Encrypted 2be98af{hex30}"/>\n'),
        ("etl/jobs.kjb", "<password>Encrypted 2be98afc86aa7f2e4{hex20}</password>\n"),
    ],
)
def test_round_42_keys_are_found(path, template):
    values = {
        "hex64": rand(60, HEX) + "a1b2",
        "digest": rand(64, HEX),
        "hex40": rand(36, HEX) + "c3d4",
        "hex32": rand(28, HEX) + "e5f6",
        "hex30": rand(26, HEX) + "7a8b",
        "hex20": rand(16, HEX) + "9c0d",
        "uuid": str(uuid.UUID(int=RNG.getrandbits(128), version=4)),
        "mixed32": rand(28, ALNUM) + "Qx7k",
        "mixed40": rand(36, ALNUM) + "Zt4w",
        "tok40": rand(36, ALNUM) + "Hp3v",
        "tok48": rand(44, ALNUM) + "Rm8s",
    }
    assert_a_value_found(path, template, "KEY", values)


# Passwords: a dotted setting's "pass" after the command that sets it; a connection string without its scheme whose
# host is an IPv4 address with a path; Ansible's "!unsafe" tag; a setting's qualifier in brackets or after "@"; a
# buildout's "user = admin:PASS"; Eclipse's preferences; a Markdown table's `user` / `password` cell; chosen words
# and a number joined by "_" in prose.
@pytest.mark.parametrize(
    "path, template",
    [
        ("notes/omero-setup.log", "[omero@imaging ~]$ omero config set omero.db.pass '{pw}'\n"),
        ("setup.sh", "omero config set omero.ldap.pass {pw}\n"),
        ("seiscomp/etc/scmaster.cfg", "queues.messages.dbstore.read = sysop:{pw}@192.168.188.46/seiscomp\n"),
        ("app.ini", "archive = reporter:{pw}@10.20.30.40/reports\n"),
        ("ansible/group_vars/wazo.yml", "wazo_postgresql_admin_password: !unsafe '{pw}'\n"),
        ("ansible/host_vars/db1.yml", 'db_pass: !unsafe "{pw}"\n'),
        ("etc/pmacct/nfacctd.conf", "sql_user[border]: pmacct\nsql_passwd[border]: {pw}\n"),
        ("etc/pmacct/sfacctd.conf", "amqp_passwd[core]: {pw}\n"),
        ("senaite/buildout.cfg", "[instance]\nrecipe = plone.recipe.zope2instance\nuser = admin:{pw}\n"),
        ("knime/preferences.epf", "/instance/org.eclipse.core.net/proxyData/HTTP/password={pw}\n"),
        ("wiki/mill.md", "| machine | address | login |\n|---|---|---|\n| mill | 192.168.2.24 | `cnc` / `{pw}` |\n"),
        ("docs/hosts.md", "| host | login | notes |\n|---|---|---|\n| plasma | `ops` / `{symbols}` | VNC |\n"),
        ("wiki/share.md", "G-code drop share: user `shop`, password `{words}`.\n"),
        ("sakai/local.properties", "password@javax.sql.BaseDataSource={pw}\n"),
    ],
)
def test_round_42_passwords_are_found(path, template):
    values = {
        "pw": password(),
        "symbols": "nPgPnc!^X!X?LYXzHjB"[:10] + rand(8, string.ascii_letters) + "?",
        "words": "_".join(RNG.sample(["ocelot", "pumice", "nimbus", "quartz", "lantern", "thistle"], 3))
        + f"_{RNG.randint(10, 99)}",
    }
    assert_a_value_found(path, template, "PASSWORD", values)


@pytest.mark.parametrize(
    "path, text",
    [
        ("docs/api.md", "| call | methods |\n|---|---|\n| /items | `GET` / `POST` |\n| /flags | `true` / `false` |\n"),
        ("crontab", "*/5 * * * * curl -fsS -m 10 https://hc-ping.com/d9699cc6-d674-44c9-845a-1f62015b5ad5\n"),
        ("etc/config/network", "config wireguard_wg0\n\toption public_key 'OWGgQInODYDaTvvc1RCFMzEdwAVQIp2sU='"),
        ("app.ini", "archive = reporter@10.20.30.40/reports\n"),
        ("notes.md", "Set the password with `omero config set omero.db.pass` (it prompts).\n"),
    ],
)
def test_round_42_look_alikes_stay(path, text):
    assert not secrets(text, path), found(text, path)


# ------------------------------------------------------------------------------------ held-out 45's misses (round 43)
# A value written into a file named for a secret (a heredoc, a printf or echo redirected) or shown under head's
# banner for one; an RTMP ingest URL's stream key; a pepper named as salts are; a pre-shared key named for something
# other than the Wi-Fi whose SSID is beside it.
@pytest.mark.parametrize(
    "path, template",
    [
        ("ops/provision.sh", "mkdir -p secrets\nprintf '%s' '{b64}' > secrets/auth_cookie_key\nchmod 600 secrets/*\n"),
        ("deploy.sh", 'echo -n "{b64}" > /run/secrets/session_token\n'),
        ("deploy.sh", "sudo tee /etc/relay/api.key <<'EOF'\n{mixed32}\nEOF\n"),
        ("stream/mist.json", '  "push": [[0, "live", "rtmp://a.rtmp.youtube.com/live2/{yt}"]],\n'),
        (
            "obs/service.json",
            '{{"server": "rtmps://live-api-s.facebook.com:443/rtmp/", "url": "rtmp://91.8.4.2/live/{hex32}"}}\n',
        ),
        ("privacyidea/pi.cfg", 'SECRET_KEY = "{mixed40}"\nPI_PEPPER = "{mixed24}"\n'),
        ("settings.py", 'password_pepper = "{mixed24}"\n'),
        (
            "firmware/sdkconfig",
            'CONFIG_FAN_WIFI_SSID="laser-room"\nCONFIG_FAN_WIFI_PASSWORD="Tangerine2019"\nCONFIG_FAN_OTA_PSK="{hex64}"\n',
        ),
    ],
)
def test_round_43_keys_are_found(path, template):
    values = {
        "b64": base64.b64encode(RNG.randbytes(32)).decode(),
        "mixed32": rand(28, ALNUM) + "Qx7k",
        "mixed40": rand(36, ALNUM) + "Zt4w",
        "mixed24": rand(20, ALNUM) + "Hp3v",
        "hex32": rand(28, HEX) + "e5f6",
        "hex64": rand(60, HEX) + "a1b2",
        "yt": "-".join(rand(4, string.ascii_lowercase + string.digits) for _ in range(4)) + "-2d39",
    }
    assert_a_value_found(path, template, "KEY", values)


# Passwords: a device console's setting path noted in a comment (FluidNC's "$Sta/Password="); a heredoc into a
# password's file; the file head shows under its banner; a CSV table with a password column inside a log or a note;
# OJS's INI settings behind a PHP guard.
@pytest.mark.parametrize(
    "path, template",
    [
        ("cnc/fluidnc/config.yaml", "# WiFi\n# $Sta/SSID=Shop-IoT\n# $Sta/Password={pw}\n"),
        ("notes/console.txt", "$AP/Password={pw}\n"),
        ("ops/openslides.sh", "cat > secrets/postgres_password <<EOF_PG\n{pw}\nEOF_PG\n"),
        ("notes/boinc.txt", "==> /var/lib/boinc-client/gui_rpc_auth.cfg <==\n{pw}\n\n==> remote_hosts.cfg <==\n"),
        (
            "notes/xcat-dump.txt",
            '[root@mgmt ~]# tabdump passwd\n#key,username,password,cryptmethod,comments\n"system","root","{pw}",,\n',
        ),
        ("docs/accounts.md", "Exported:\n\nname,login,password,notes\nbackup,svc-backup,{pw},nightly\n"),
        ("ojs/config.inc.php", "; <?php exit; ?>\n[email]\nsmtp_username = ojs\nsmtp_password = {pw}\n"),
    ],
)
def test_round_43_passwords_are_found(path, template):
    assert_a_value_found(path, template, "PASSWORD", {"pw": password()})


@pytest.mark.parametrize(
    "path, text",
    [
        ("notes/xcat-dump.txt", '#key,username,password,comments\n"hmc","hscroot","abc123","vendor default"\n'),
        ("ops/provision.sh", "printf '%s' 'production' > secrets/environment_name\n"),
        ("stream.json", '"url": "rtmp://live.example.net/live/stream_archive_2024.flv"\n'),
        ("index.php", "<?php\n$smtp_password = getenv('SMTP_PASSWORD');\n"),
        (
            "wifi/sdkconfig",
            'CONFIG_WIFI_SSID="barn"\nCONFIG_WIFI_PSK="'
            + "5e884898da28047151d0e56f8dc6292773603d0d6aabbdd62a11ef721d1542d8"
            + '"\n',
        ),
    ],
)
def test_round_43_look_alikes_stay(path, text):
    assert not secrets(text, path), found(text, path)


# ------------------------------------------------------------------------------------ held-out 46's misses (round 44)
# SIM keys on the line of a subscriber's IMSI (an HLR's console, an HSS's CSV, a core's provisioning command); key
# material decoded where it is assigned; a settings table's row naming its secret; token formats (FCM registration
# tokens, MAAS API keys); a secret file shown by cat in a terminal session.
@pytest.mark.parametrize(
    "path, template",
    [
        ("ops/hlr.txt", "OsmoHLR# subscriber imsi 001010000123456 update aud2g comp128v3 ki {hex32}\n"),
        ("ops/hlr.txt", "OsmoHLR# subscriber imsi 262420000004711 update aud3g milenage k {hex32} opc {hex32b}\n"),
        (
            "epc/user_db.csv",
            "# Name,Auth,IMSI,Key,OP_Type,OP/OPc,AMF,SQN,QCI,IP_alloc\nue1,mil,001010123456780,{hex32},opc,"
            "{hex32b},8000,000000001234,9,dynamic\n",
        ),
        ("lab/README.md", "open5gs-dbctl add 999700000000001 {HEX32} {HEX32B}\n"),
        ("hub/config.py", 'c.JupyterHub.cookie_secret = bytes.fromhex("{hex64}")\n'),
        ("ci4/.env", "encryption.key = hex2bin:{hex64}\n"),
        ("db/seed.sql", 'INSERT INTO "Profiles" ("id", "host", "token") VALUES (\'hub\', \'h\', \'{uuid}\');\n'),
        ("crash.json", '"registration": "{fcm_id}:APA91b{fcm}",\n'),
        ("notes/maas.md", "    maas login admin http://10.0.0.2:5240/MAAS/ {maas}\n"),
        ("notes/ucs.txt", "root@dc1:~# cat /etc/machine.secret\n{mixed24}\nroot@dc1:~# ucr get ldap/base\n"),
        ("server.cfg", "// wipe.webhook https://hooks.example-game.gg/admin/{hex40}\n"),
        ("notebook.py", "WEBHOOK = 'https://notify.lab.org/hooks/{letters32}'\n"),
        ("mc/multicraft.conf", "; licence: key {licence}, owner ops@corp.io\n"),
    ],
)
def test_round_44_keys_are_found(path, template):
    values = {
        "hex32": rand(28, HEX) + "c3d4",
        "hex32b": rand(28, HEX) + "9a0f",
        "HEX32": (rand(28, HEX) + "c3d4").upper(),
        "HEX32B": (rand(28, HEX) + "9a0f").upper(),
        "hex64": rand(60, HEX) + "a1b2",
        "mixed24": rand(20, ALNUM) + "Hp3v",
        "uuid": str(uuid.UUID(bytes=RNG.randbytes(16), version=4)),
        "fcm_id": rand(18, ALNUM) + "Xy9_",
        "fcm": rand(130, ALNUM + "_-") + "Kq7",
        "maas": ":".join((rand(16, ALNUM) + "a1", rand(16, ALNUM) + "B2", rand(29, ALNUM) + "c3D")),
        "hex40": rand(36, HEX) + "d7e8",
        "letters32": rand(28, string.ascii_letters) + "QwKz",
        "licence": "-".join(rand(3, string.ascii_uppercase) + RNG.choice(string.digits) for _ in range(4)),
    }
    assert_a_value_found(path, template, "KEY", values)


# Passwords: a settings table's row naming a password; a VMS or Windows qualifier (/PASSWORD=); Task Scheduler's /RP;
# Chocolatey's -p=; a password piped to a domain join; Samba's USER%PASSWORD to net; tac_plus's cleartext users; a
# WLAN profile's keyMaterial; an "auth = user:password" setting.
@pytest.mark.parametrize(
    "path, template",
    [
        (
            "db/v2.sql",
            'INSERT INTO "Vars" ("station", "component", "variableName", "value")\n'
            "VALUES ('CS-9', 'SecurityCtrlr', 'BasicAuthPassword', '{pw}');\n",
        ),
        (
            "db/settings.sql",
            "INSERT INTO settings (id, name, value)\nVALUES (7, 'SMTP_PASSWORD', '{pw}'), (8, 'SMTP_HOST', 'mx');\n",
        ),
        ("batch/xfer.com", '$ FTP 10.1.2.3 /USERNAME="batch" /PASSWORD="{pw}" /INPUT=CMDS.TXT\n'),
        (
            "ops/task.ps1",
            'schtasks /Create /TN "Backup" /TR "C:\\b.cmd" `\n    /RU "CORP\\svc-backup" /RP "{pw}" /SC DAILY\n',
        ),
        ("build/feeds.ps1", 'choco source add -n=corp -s="$feed" -u="builder" -p="{pw}"\n'),
        ("notes/join.txt", "$ echo '{pw}' | sudo realm join --user=joiner CORP.EXAMPLE\n"),
        ("notes/join.txt", "$ sudo net ads join -U 'joiner%{pw}'\n"),
        ("etc/tac_plus.conf", 'user = alice {{\n    login = cleartext "{pw}"\n}}\n'),
        (
            "wifi/profile.xml",
            "<sharedKey><keyType>passPhrase</keyType>\n<keyMaterial>{pw}</keyMaterial></sharedKey>\n",
        ),
        ("etc/pbx/config.conf", "cdr.http_auth = importer:{pw}\n"),
        ("sys$manager/xfer.com", '$ COPY DATA_*.DAT BRANCH7"XFER {pw}"::DKA100:[INBOUND]\n'),
        ("sys$manager/xfer.com", '$ COPY/FTP DATA_*.DAT "10.4.4.2""archive {pw}""::/srv/tape/"\n'),
    ],
)
def test_round_44_passwords_are_found(path, template):
    assert_a_value_found(path, template, "PASSWORD", {"pw": password()})


@pytest.mark.parametrize(
    "path, text",
    [
        ("db/seed.sql", 'INSERT INTO "IdTokens" ("idToken", "type") VALUES (\'D609B3575D1491\', \'ISO14443\');\n'),
        ("db/settings.sql", "INSERT INTO settings (name, value) VALUES ('cache_key', 'users'), ('site', 'Demo');\n"),
        ("logs/mme.log", "auth vector for IMSI 001010000000001 RAND 8b1a2c3d4e5f60718293a4b5c6d7e8f9\n"),
        ("notes/host.txt", "root@dc1:~# cat /etc/hostname\ndc1-primary\nroot@dc1:~# exit\n"),
        ("etc/tac_plus.conf", "user = bob {\n    login = des OtVog3f0X1TQJ\n}\n"),
    ],
)
def test_round_44_look_alikes_stay(path, text):
    assert not secrets(text, path), found(text, path)


# ------------------------------------------------------------------------------------ held-out 47's misses (round 45)
# SIM keys under their own names in a file that provisions subscribers; licences issued as a random UUID or hex; a
# site's salt drawn at install; a tracker's or feed's token in its URL's query.
@pytest.mark.parametrize(
    "path, template",
    [
        (
            "ybts/subscribers.conf",
            "[001016653309329]\nmsisdn=88770\nactive=1\nki={hex32}\nop={hex32b}\nimsi_type=3G\n",
        ),
        ("lab/ue.yaml", "supi: 'imsi-999700000000001'\nop: '{hex32b}'\nopType: 'OPC'\n"),
        (
            "test/provision_test.go",
            '  "ueId": "imsi-208930000000001",\n  "opc": {{"opcValue": "{hex32b}", "encryptionKeyId": 0}},\n',
        ),
        ("instances/AMPConfig.conf", "Meta.Version=2.4.6\nCore.AMP.LicenceKey={uuid}\nCore.Webserver.Port=8080\n"),
        ("scipion.conf", "[PLUGINS]\nGCTF_HOME = /opt/gctf\nGCTF_LICENSE = {uuid}\n"),
        ("deploy/env.sh", 'export CRYOSPARC_LICENSE_ID="{uuid}"\n'),
        ("scripts/add.ps1", "# licence activation id {uuid}; server version 7.9.4.7668\n"),
        ("SerialEMproperties.txt", "; license for the stage driver: {uuid}\n"),
        ("config.toml", '[instruments.camera]\nlicence = "{hex40}"\nfirmware = "2.7.38"\n'),
        ("user/config/security.yaml", "salt: {mixed24}\n"),
        ("site/config.php", "/** Installer: Table Salt */\n$config->tableSalt = '{hex40}';\n"),
        ("conf/context.properties", "# licence activation code {mixed24}\n"),
        ("conf/context.properties", "ocr.enabled=true\nwebservice.apikey.default={lower32}\n"),
        ("config.env", "# entered on each display player\nCMS_KEY={mixed24}\n"),
        ("rutorrent/conf/config.php", "// announce: https://tracker.example-bits.net/announce?passkey={hex32}\n"),
        ("notes/feeds.txt", "rss feed: https://tracker.example-bits.net/rss?uid=66358&auth={hex32}\n"),
    ],
)
def test_round_45_keys_are_found(path, template):
    values = {
        "hex32": rand(28, HEX) + "c3d4",
        "hex32b": rand(28, HEX) + "9a0f",
        "hex40": rand(36, HEX) + "d7e8",
        "mixed24": rand(20, ALNUM) + "Hp3v",
        "uuid": str(uuid.UUID(bytes=RNG.randbytes(16), version=4)),
        "lower32": lower_key32(),
    }
    assert_a_value_found(path, template, "KEY", values)


# Passwords: JNDI's security.credentials (an LDAP bind's password, whatever its shape); "user NAME pass VALUE".
@pytest.mark.parametrize(
    "path, template",
    [
        (
            "OpenKM.cfg",
            "principal.ldap.security.principal=cn=openkm,dc=corp\nprincipal.ldap.security.credentials={pw}\n",
        ),
        ("OpenKM.cfg", "principal.ldap.security.credentials={mixed26}\n"),
        ("jndi.properties", "java.naming.security.credentials={words}\n"),
        ("OpenKM.cfg", "# url: jdbc:mysql://10.1.2.3:3306/okmdb   user okmdb   pass {pw}\n"),
        ("notes/ftp.txt", "# ftp to 10.9.8.7 (nightly upload) user upload   pass {pw}\n"),
    ],
)
def test_round_45_passwords_are_found(path, template):
    values = {"pw": password(), "mixed26": rand(22, ALNUM) + "Kq7z", "words": "harrier_chervil_dugong_ladle_88"}
    assert_a_value_found(path, template, "PASSWORD", values)


@pytest.mark.parametrize(
    "path, text",
    [
        # a record's salt beside the digest it salts, or its algorithm
        (
            "data/config.json",
            '"hash": "d59b2c906f0bbaf0119d5b8877fa936ef78ab7fb",\n'
            '"salt": "22111a5d3492682e8868ada38bb48dfa4c06786a"\n',
        ),
        ("users.json", '"algorithm": "sha256",\n"salt": "92df71cc78d7bc63c42612bdd52c6806"\n'),
        ("conf/crawler.lua", 'M.salt = "80edc295299c84773c988b5deda0f23b" -- md5 of the build\n'),
        # a licence record's id, a player's licence identifier, a licence's name and its SPDX id
        ("settings.conf", "License.Id = e298c140-fc1f-415f-b9e6-adab7c0d8753\n"),
        ("server.cfg", "add_principal identifier.license:9ea4a315467b1ea2e1fc6ff0fd3b8409fc8562f7 group.admin\n"),
        ("setup.cfg", "[metadata]\nlicense = MIT\nlicense_files = LICENSE\n"),
        # hex in a URL's query under no token's name, a SIM's challenge
        ("notes/links.txt", "https://cdn.example.net/file?hash=16665f63106db6dcd20f190b88ff394e&uid=4\n"),
        ("ue.yaml", "supi: 'imsi-999700000000001'\nrand: '50b86299518e9618347c4bcc69ed8f13'\n"),
        # "pass" after a user in prose that goes on
        ("notes/run.txt", "the user alice will pass the token to the next step\n"),
    ],
)
def test_round_45_look_alikes_stay(path, text):
    assert not secrets(text, path), found(text, path)


# Keys: Vault's init output; a Telegram token after "bot"; an API gateway's subscription key in a URL; a salt's
# name in one lower-case word; an option's value judged by its own words; indexers' "api" settings; a fallback on
# the line after its operator; a one-time password token's otpkey.
@pytest.mark.parametrize(
    "path, template",
    [
        ("ops/init.hcl", "# break-glass notes:\n#   root token  : s.{mixed24}\n#   unseal key 1: {b64}\n"),
        ("logs/worker.log", "debug: step 1 (chat-bot) sendMessage via bot{telegram}\n"),
        ("pelias.json", '{{"url": "https://gtfs.transit-example.nz/gtfs.zip?subscription-key={hex32}"}}\n'),
        ("flyspray.conf.php", '[general]\ncookiesalt = "{hex32}"\n'),
        ("config/runtime.exs", "# mix hex.repo add acme URL --fetch-public-key SHA256:{mixed40} --auth-key {hex32}\n"),
        ("lazylibrarian/config.ini", "[SABnzbd]\nsab_user = lazy\nsab_api = {hex32}\n"),
        ("lazylibrarian/config.ini", "[Torznab_0]\nhost = http://10.1.2.3:9696/2/api\napi = {hex32}\n"),
        ("lazylibrarian/config.ini", "[Goodreads]\ngr_api = {mixed24}\n"),
        ("config/runtime.exs", '  secret_key_base =\n    System.get_env("SECRET_KEY_BASE") ||\n      "{b64}"\n'),
        ("/etc/linotp/linotp.cfg", "# seed of the lab's test token:\n# otpkey = {hex40}\n"),
    ],
)
def test_round_46_keys_are_found(path, template):
    values = {
        "hex32": rand(28, HEX) + "b5e1",
        "mixed24": rand(20, ALNUM) + "Tq4w",
        "mixed40": rand(36, ALNUM) + "Zr8k",
        "b64": key_material_base64(32),
        "hex40": rand(36, HEX) + "e6a2",
        "telegram": TELEGRAM,
    }
    assert_a_value_found(path, template, "KEY", values)


# Passwords: a settings row in a SQL dump without its columns, or set by name; a hashing call's argument; a Redis
# URL's password alone; Redis's auth setting; an LDAP bind's passDN; CouchDB's admins; a password input's default.
@pytest.mark.parametrize(
    "path, template",
    [
        ("backup/blog.sql", "INSERT INTO `wp_options` VALUES (12,'mailserver_pass','{pw}','yes');\n"),
        ("backup/site.sql", "INSERT INTO `opts` VALUES (59,0,'PHPMailer_smtp_password','{pw}',NULL,NULL);\n"),
        (
            "home/pi/.bash_history",
            "sqlite3 /var/db/app.db \"update cfg_system set value='{pw}' where param='appassword'\"\n",
        ),
        ("dnsdist.conf", 'setWebserverConfig({{password=hashPassword("{pw}")}})\n'),
        (".env.local", "REDIS_DSN=redis://{pw}@10.20.30.40:6379\n"),
        ("moodle/config.php", "<?php\n$CFG->session_redis_auth = '{pw}';\n"),
        ("davical.php", "      'passDN'     => '{pw}',\n"),
        ("couchdb/etc/local.ini", "[admins]\n; hashed on first start\nadmin = {pw}\n"),
        ("drivers/Bridge.groovy", 'input name: "pass", type: "password", title: "Password", defaultValue: "{pw}"\n'),
    ],
)
def test_round_46_passwords_are_found(path, template):
    assert_a_value_found(path, template, "PASSWORD", {"pw": password()})


# Hestia's commands' positional passwords; a map a comment says maps users to passwords.
@pytest.mark.parametrize(
    "path, template, tag",
    [
        ("ops/provision.sh", "$HESTIA/v-add-user \"$CUSTOMER\" '{pw}' ops@corp.test small\n", "PASSWORD"),
        ("ops/provision.sh", "$HESTIA/v-add-database \"$CUSTOMER\" wp wp '{pw}' mysql\n", "PASSWORD"),
        ("ops/provision.sh", "v-add-backup-host sftp 10.2.3.4 hestia-backup '{pw}' /backups 22\n", "PASSWORD"),
        (
            "broker/server.js",
            "// device credentials: username -> password\nconst devices = {{\n  'gh-north-01': '{pw}',\n}}\n",
            "PASSWORD",
        ),
    ],
)
def test_round_46_urls_commands_and_maps_are_found(path, template, tag):
    assert_a_value_found(path, template, tag, {"pw": password()})


def test_round_46_a_user_and_password_pair_gives_the_password_alone():
    text = "GISAID_USERNAME_AND_PASSWORD=ingest_bot:Tundra-Kestrel:77\n"
    assert secrets(text, "/etc/cron.d/builds") == [("PASSWORD", "Tundra-Kestrel:77")]


# ------------------------------------------------------------------------------------------------- round 47
# Keys: a cache's signing secret, a JSON admin token beside words that hold "mint" inside them, an S3-compatible
# store's access key id drawn in both cases, two keys one space apart (each its own span), a setting inside a
# string, a .NET setting's value, XBackbone's upload token.
@pytest.mark.parametrize(
    "path, template",
    [
        ("etc/nova/nova.conf", "[keystone_authtoken]\nmemcache_secret_key = {mixed32}\n"),
        ("etc/glance/glance.conf", "[cache]\nmemcached_secret_key = {mixed32}\n"),
        ("haste/config.json", '{{\n  "adminToken": "{mixed32}",\n  "adminEmail": "ops@corp.test"\n}}\n'),
        ("conf/pegasus.properties", "pegasus.transfer.s3.access.key = {mixed20}\n"),
        ("overrides.ini", "[Storage:ObjectStorage]\nRegion = eu-west-1\nKeyId = {mixed20}\n"),
        (
            "App.config",
            '<setting name="ApiToken" serializeAs="String">\n        <value>{mixed32}</value>\n</setting>\n',
        ),
        ("backup/xb.sql", "INSERT INTO `users` VALUES (1,'admin','x','token_{hex32}',1);\n"),
    ],
)
def test_round_47_keys_are_found(path, template):
    values = {
        "mixed32": rand(28, ALNUM) + "Qz7m",
        "mixed20": rand(16, ALNUM) + "Rb4x",
        "b64": key_material_base64(32),
        "hex32": rand(28, HEX) + "c3d9",
    }
    assert_a_value_found(path, template, "KEY", values)


def test_round_47_keys_one_space_apart_are_each_found():
    first, second = rand(20, ALNUM) + "Ke4q", rand(20, ALNUM) + "Jw7t"
    text = f'{{\n  "api": {{\n    "enable": true,\n    "api_key": "{first} {second}"\n  }}\n}}\n'
    assert secrets(text, "state/config.json") == [("KEY", first), ("KEY", second)]


# Passwords: a numbered name, a .NET setting's value (and a connection string in one), a map of accounts to
# passwords, a plain copy kept in a comment beside the hash.
@pytest.mark.parametrize(
    "path, template",
    [
        ("etc/rhn/rhn.conf", "server.mirror.cred_user_2 = UC7031\nserver.mirror.cred_pass_2 = {pw}\n"),
        ("deploy/hosts.ini", "smtp_password_1 = {pw}\n"),
        (
            "Tool.exe.config",
            '<setting name="SmtpPassword" serializeAs="String">\n        <value>{pw}</value>\n</setting>\n',
        ),
        ("Config/options.json", '{{\n  "userPasswords": {{\n    "Orrik": "{pw}"\n  }}\n}}\n'),
        ("data/settings.json", '{{"guest_passwords": {{"lobby": "{pw}", "annex": "x{pw}"}}}}\n'),
        ("app/config.ini", "password=" + "9f" * 32 + "\n; the plain text, for the vault: {pw}\n"),
        ("site/nginx.conf", "    # htpasswd -> admin:$apr1$EMbm6x7Q$X4xJ/kdg5p6B\n    # plain copy: {pw}\n"),
    ],
)
def test_round_47_passwords_are_found(path, template):
    assert_a_value_found(path, template, "PASSWORD", {"pw": password()})


def test_round_47_a_password_shaped_like_an_entry_point_is_found():
    # "G.trW0jjH:rAQNcQ" reads as "package.module:object", but no package is named with one letter
    value = "G." + rand(7, ALNUM) + "4:" + rand(6, ALNUM)
    text = f"<value>Server=127.0.0.1;Database=logger;Uid=root;Password={value};</value>\n"
    assert secrets(text, "bin/Logger.exe.config") == [("PASSWORD", value)]


def test_round_47_a_setting_inside_a_string_gives_its_value_alone():
    value = key_material_base64(32)
    text = f'{{\n  "certbot_credentials": "dns_rfc2136_secret = {value}"\n}}\n'
    assert secrets(text, "config/app.json") == [("KEY", value)]


# ------------------------------------------------------------------------------------------------- round 48
# Keys: a CDATA section's text, a list of secrets (the one in use and those rotated out), a YAML block of keys
# named for their use, a 16-byte key in base64 under a security key's name, an hCaptcha-shaped secret, a Backblaze
# application key id, salts named in PascalCase or run together in capitals, a Plexus <key>/<value> entry, Google's
# OAuth client secret format.
@pytest.mark.parametrize(
    "path, template",
    [
        ("conf/site.xml", '<param name="mailApiSecret"><![CDATA[{mixed32}]]></param>\n'),
        (
            "auth/server.yaml",
            "secrets:\n  signing:\n    - {mixed32}\n    # old one, until tokens expire\n    - {mixed20}\n",
        ),
        ("web/settings.json", '{{\n  "cookieSecrets": [ "{mixed32}", "{mixed20}" ]\n}}\n'),
        ("ops/backup.yml", "key:\n  encryption: {b64}\n  mac: {b64}\n"),
        ("srv/Dedicated.cfg", "<Config>\n  <AdminSecurityKey>{b64_16}</AdminSecurityKey>\n</Config>\n"),
        ("www/site.json", '{{ "captchaSecret": "0x{hex40}" }}\n'),
        ("jobs/offsite.ps1", "$env:B2_APPLICATION_KEY_ID = '{hex25}'\n"),
        ("conf/app.ini", "[System]\nLinkIDSalt = {mixed32}{mixed32}\n"),
        ("lib/config.php", "define('SECURITYSALT', '{mixed20}');\n"),
        ("conf/repo.xml", "<entry><key>rest.signing.secret</key><value>{mixed20}</value></entry>\n"),
        ("src/oauth.py", 'CLIENT = ("8141.apps.googleusercontent.com", "GOCSPX-{gocspx}")\n'),
    ],
)
def test_round_48_keys_are_found(path, template):
    values = {
        "mixed32": rand(28, ALNUM) + "Qz7m",
        "mixed20": rand(16, ALNUM) + "Rb4x",
        "b64": key_material_base64(32),
        "b64_16": base64.b64encode(RNG.randbytes(15) + b"\x9c").decode(),
        "hex40": rand(36, HEX) + "a7c3",
        "hex25": rand(21, HEX) + "0b5e",
        "gocspx": rand(24, ALNUM) + "Xp3q",
    }
    assert_a_value_found(path, template, "KEY", values)


def test_round_48_each_listed_secret_is_found():
    first, second = rand(28, ALNUM) + "Kq4w", rand(28, ALNUM) + "Vt8z"
    text = f"secrets:\n  cookie:\n    - {first}\n    - {second}\n"
    assert secrets(text, "deploy/idp.yml") == [("KEY", first), ("KEY", second)]


# Passwords: a MaNGOS-style database setting, a PHP file that is a dotenv, an element named for the password with
# the value in an attribute, vncpasswd reading its password, xpra's password module, a plain copy kept above the
# hash it stands for.
@pytest.mark.parametrize(
    "path, template",
    [
        ("etc/realmd.conf", 'LoginDatabaseInfo = "127.0.0.1;3306;mangos;{pw};realmd"\n'),
        ("etc/mangosd.conf", 'WorldDatabase.Info = ".;/var/run/mysqld/mysqld.sock;mangos;{pw};mangos"\n'),
        ("server/.env", 'GAME_CHARACTER_DATABASE_INFO="db;3306;root;{pw};characters"\n'),
        ("app/config.php", "<?php exit; ?>\nDB_HOST=localhost\nDB_PASSWORD={pw}\n"),
        ("game/server.xml", '<config>\n    <admin-password value="{pw}" />\n</config>\n'),
        ("notes/setup.sh", "echo '{pw}' | tigervncpasswd -f > ~/.vnc/passwd\n"),
        ("k8s/bmc.yaml", "type: Opaque\n# plain copy, delete after the rollout: {pw}\ndata:\n  password: cGFzcw==\n"),
    ],
)
def test_round_48_passwords_are_found(path, template):
    assert_a_value_found(path, template, "PASSWORD", {"pw": password()})


def test_round_48_xpras_password_module_gives_the_password_alone():
    value = password()
    text = f"xpra start --tcp-auth=password:value={value} --bind-tcp=0.0.0.0:14500\n"
    assert secrets(text, "logs/xpra.log") == [("PASSWORD", value)]


# Keys: a key a service reads from its URL's path (a conda channel's token, a node provider's project key), a
# Lightning node's macaroon, a Steam game server login token, a Folding@home passkey in an attribute, a cache purge
# key of one case with digits strewn, a Klei server token, a JWT secret quoted after its file's name, the private
# half of a reCAPTCHA pair, keys listed in a provider-config.yaml.
@pytest.mark.parametrize(
    "path, template",
    [
        ("envs/.condarc", "channels:\n  - https://conda.example-lab.net/t/{strewn26}/internal\n"),
        ("ops/check.sh", 'curl -s "https://eth-mainnet.alchemy.example/v2/{mixed32}" -X POST\n'),
        ("node/.env", "LND_ADMIN_MACAROON={hex128}\n"),
        ("csgo/run.sh", "GSLT={hex32}\n./srcds_run -game csgo +sv_setsteamaccount $GSLT\n"),
        ("fah/config.xml", '<config>\n  <passkey v="{hex32}"/>\n</config>\n'),
        ("site/settings.py", 'CDN_CACHE_PURGE_KEY = "{strewn26}"\n'),
        ("dst/Cluster_1/cluster_token.txt", "pds-g^KU_a1b2c3d4^{b64}\n"),
        ("docs/upgrade.md", "Paste the jwtsecret file for the beacon node: 0x{hex64}\n"),
        ("wiki/forum.txt", "reCAPTCHA pair for the forum: public 6L{mixed38} private 6L{mixed38b}\n"),
    ],
)
def test_round_49_keys_are_found(path, template):
    values = {
        "strewn26": "qv3hxkt7mzpw9rdnc2ufbj5ya8",
        "mixed32": rand(28, ALNUM) + "Qz7m",
        "hex128": rand(124, HEX) + "a7c3",
        "hex32": rand(28, HEX) + "0b5e",
        "hex64": rand(60, HEX) + "9d1f",
        "b64": key_material_base64(32).rstrip("="),
        "mixed38": rand(34, ALNUM) + "Wm2k",
        "mixed38b": rand(34, ALNUM) + "Jd7r",
    }
    assert_a_value_found(path, template, "KEY", values)


def test_round_49_each_provider_key_is_found_apart_from_its_id_separator():
    key, api_id, secret = rand(28, ALNUM) + "Kq4w", "3f1c2b9e-77aa-4c1e-9d0e-5b6a7c8d9e0f", rand(28, ALNUM) + "Vt8z"
    text = f"shodan:\n  - {key}\ncensys:\n  - {api_id}:{secret}\n"
    assert secrets(text, "home/.config/uncover/provider-config.yaml") == [
        ("KEY", key),
        ("KEY", api_id),
        ("KEY", secret),
    ]


# Passwords: Wowza's user files, a Source server's console variables, a game server's RCON named alone, IRC's
# NickServ commands, a channel key mode and eggdrop's server line, geth's account unlock, a setting named for
# authentication given USER:PASSWORD, a comment's password after an aside, a TOML section named for passwords, a
# password a decoding command printed, a SQL settings row named in PascalCase, Kurento's TURN URL, Gradio's list of
# accounts, Caldera's users by group, Limnoria's channel key.
@pytest.mark.parametrize(
    "path, template",
    [
        ("WowzaStreamingEngine/conf/publish.password", "# username password\nencoder {pw}\n"),
        ("l4d2/start.sh", "./srcds_run -game left4dead2 +map c1m1_hotel +sv_password {pw} +maxplayers 8\n"),
        ("rust/server.cfg.sh", "RCON={pw}\n"),
        ("irc/znc.log", "[12:01:44] -> NickServ IDENTIFY mybot {pw}\n"),
        ("irc/bot.conf", 'channel add #ops-internal {{ chanmode "+nt+k {pw}" }}\n'),
        ("eggdrop/bot.conf", "server add irc.example.net +6697 {pw}\n"),
        ("notes/geth.txt", "> personal.unlockAccount('0x52908400098527886E0F7030069857D2E4169EE7', '{pw}', 0)\n"),
        ("etc/my.cnf.d/galera.cnf", "[galera]\nwsrep_sst_auth\t= backup:{pw}\n"),
        ("ops/bot.env", "export HUBOT_TEAMCITY_AUTH=ci-bot:{pw}\n"),
        ("conf/vpn.conf", "# break-glass password for ops@example.org (rotated 2024-01-02): {pw}\n"),
        ("node/secrets.toml", "[Password]\nKeystore = '{pw}'\n"),
        (
            "notes/argocd.txt",
            "$ kubectl -n argocd get secret argocd-initial-admin-secret -o jsonpath='{{.data.password}}'"
            " | base64 --decode\n{pw}\n$ argocd login\n",
        ),
        ("backup/app.sql", "INSERT INTO `settings` VALUES ('MailPassword','{pw}','string');\n"),
        ("conf/kurento.conf.ini", "turnURL=relay:{pw}@turn.example.org:3478\n"),
        ("demo/app.py", 'demo.launch(auth=[("grader", "{pw}"), ("ta", "{pw}")])\n'),
        ("conf/local.yml", "users:\n  red:\n    admin: {pw}\n  blue:\n    blue: {pw}\n"),
        ("conf/Bot.conf", "supybot.networks.oftc.channels.key: {pw}\n"),
    ],
)
def test_round_49_passwords_are_found(path, template):
    assert_a_value_found(path, template, "PASSWORD", {"pw": password()})


# Keys: a key under a key's name in a deployment's settings file in hex (a directive's, an .env's), a property named
# in an XML element's attribute, a Django key holding "word(", a Telegram bot token in the Bot API's URL whatever its
# letters, Tezos secret keys, rippled's seed section, the certificate key kubeadm prints, a browser cookie export's
# value, a key object built from a hex literal, ModSecurity's rule admitting a token header, java-tron's witness keys.
@pytest.mark.parametrize(
    "path, template",
    [
        ("/etc/flussonic/flussonic.conf", "rtsp 554;\ncluster_key {hex32};\nloglevel error;\n"),
        ("docker/.env", "MG_BOOTSTRAP_ENCRYPT_KEY={hex32}\nMG_JAEGER_TRACE_RATIO=1.0\n"),
        (
            "kura/snapshot.xml",
            '<esf:property array="false" name="device.api.key" type="String">\n'
            "    <esf:value>{b64}</esf:value>\n</esf:property>\n",
        ),
        ("docker/env_file_app", "# DJANGO SECRET\nDJANGO_SECRET={django}\n"),
        ("ci/deploy.yml", 'run: curl -s "https://api.telegram.org/bot4276880133:C{mixed34}/sendMessage"\n'),
        ("notes/baker.txt", "octez-client import secret key baker unencrypted:edsk{base58_50} --force\n"),
        ("/etc/opt/ripple/rippled.cfg", "[validation_seed]\ns{base58_28}\n\n[rpc_startup]\n"),
        ("docs/add-node.md", "[upload-certs] Using certificate key:\n{hex64}\n"),
        (
            "loot/cookies.json",
            '[{{"domain": ".example.com", "expirationDate": 1858783113, "name": "SID", "value": "{mixed64}"}}]\n',
        ),
        (
            "notebooks/mint.ipynb",
            '   "source": [\n'
            '    "OPERATOR_KEY = PrivateKey.from_string(\\"302e020100300506032b657004220420{hex64}\\")\\n"\n   ]\n',
        ),
        ("waf/rules.conf", 'SecRule REQUEST_HEADERS:X-Admin-Token "!@streq {b64}" "id:1002,phase:1,deny"\n'),
        ("tron/config.conf", 'localwitness = [\n  "{hex64}"\n]\n'),
    ],
)
def test_round_50_keys_are_found(path, template):
    values = {
        "hex32": rand(28, HEX) + "0b5e",
        "hex64": rand(60, HEX) + "9d1f",
        "b64": key_material_base64(32).rstrip("="),
        "django": "cfbqbmxwjr(aq)%8r61w(7hd!krisl41*)_^l6a5_2w0c8*pq1",
        "mixed34": rand(30, ALNUM) + "Wm2k",
        "mixed64": rand(60, ALNUM) + "Qz7m",
        "base58_50": "bYiebGmFZmyePEViYXNdn1hdKPLcw32PiRuqHVs1T6NfUbmM5q",
        "base58_28": "k9Cy5LZM5gyJf4rG1ENyan8mCcGD",
    }
    assert_a_value_found(path, template, "KEY", values)


# Passwords: a property named in an XML element's attribute (Eclipse Kura), MTA's "@"-named protected setting,
# Flussonic's auth directives, steamcmd's login, a registry account given with --creds, a table a terminal program
# drew.
@pytest.mark.parametrize(
    "path, template",
    [
        (
            "kura/snapshot.xml",
            '<esf:property array="false" name="net.interface.ppp0.config.password" type="Password">\n'
            "    <esf:value>{pw}</esf:value>\n</esf:property>\n",
        ),
        (
            "mods/deathmatch/mtaserver.conf",
            '<config>\n    <setting name="@mysql.password" value="{pw}"/>\n</config>\n',
        ),
        ("/etc/flussonic/flussonic.conf", "rtsp 554;\nedit_auth flussonic {pw};\n"),
        ("server/Launch.bat", "steamcmd +login kofi_srv {pw} +app_update 1963720 validate +quit\n"),
        ("docs/add-worker.md", "Pull it: `crictl pull --creds deploy:{pw} registry.example.org/base:4.20`\n"),
        (
            "logs/session.log",
            "+----+----------+----------------------+\n| id | username | password             |\n"
            "+----+----------+----------------------+\n| 1  | alice    | {pw} |\n"
            "+----+----------+----------------------+\n",
        ),
    ],
)
def test_round_50_passwords_are_found(path, template):
    assert_a_value_found(path, template, "PASSWORD", {"pw": password()})


def test_round_50_a_three_word_passphrase_set_alone_on_its_line_in_a_transcript_is_found():
    text = "[root@qmaster ~]# grep -i pw /opt/sge/dbwriter.conf\nDBWRITER_USER_PW=Meadow-Willow-Ember\n"
    assert secrets(text, "notes/sge-session.txt") == [("PASSWORD", "Meadow-Willow-Ember")]
