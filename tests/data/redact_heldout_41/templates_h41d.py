"""Templates 73-82 of held-out set 41 (each written one by one)."""


def t_pypirc(g):
    return "ini", "home/.pypirc", f"""[distutils]
index-servers =
    pypi
    testpypi
    internal

[pypi]
username = __token__
password = {g.K("upload_token", "pypi")}

[testpypi]
repository = https://test.pypi.org/legacy/
username = __token__
password = {g.K("upload_token_test", "pypi")}

[internal]
repository = https://{g.IU("internal_index_ip", 0.2)}:8443/simple/
username = {g.E("index_user_email")}
password = {g.P("index_password", "ini")}
# old entry kept for reference: password = {g.ph("<paste token here>")}
# twine {g.ver()} uploaded {g.md5()} (sdist md5)
# docs example: [server-login] username: {g.remail()}
"""


def t_tfrc_json(g):
    return "json", "home/.terraform.d/credentials.tfrc.json", f"""{{
  "credentials": {{
    "app.{g.word()}-cloud.io": {{
      "token": "{g.K("cloud_api_token", "tfp")}"
    }},
    "registry.{g.word()}.internal": {{
      "token": "{g.K("private_registry_token", g.pick(["hex40", "an40"]))}"
    }}
  }},
  "_org_id": "{g.L("org_id", "org-" + g.s("abcdefghijklmnopqrstuvwxyz0123456789", 16))}",
  "_workspace_run": "{g.L("run_id", "run-" + g.s("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789", 16))}",
  "_login_by": "{g.E("login_email")}"
  ,"_docs_contact": "{g.remail()}"
}}
"""


def t_wallet_signer_toml(g):
    return "toml", "signer/config.toml", f"""# cold-ish signer for the payout service. The watch-only side only ever sees the xpub.
[watch]
account_xpub = "{g.xpub()}"
gap_limit = 40
birthday_block = {g.n(700000, 850000)}
signer_pubkey = "{g.L("public_key", "02" + g.hx(64))}"
node_rpc = "http://{g.priv()}:8332"
rpc_user = "payout"
rpc_password = "{g.P("rpc_password", "quoted")}"

[signer]
# TODO move to the HSM before launch
account_xprv = "{g.K("extended_private_key", "xprv")}"
derivation = "m/84'/0'/0'"

[alerts]
email = "{g.E("alert_email")}"
test_email = "{g.remail()}"
rpc_password_old = "{g.P("old_rpc_password", "quoted")}"
last_txid = "{g.sha256()}"
"""


def t_appsettings_storage(g):
    acct = g.word() + g.word() + str(g.n(10, 99))
    return "json", "src/Api/appsettings.Production.json", f"""{{
  "Logging": {{ "LogLevel": {{ "Default": "Information" }} }},
  "ConnectionStrings": {{
    "Blob": "DefaultEndpointsProtocol=https;AccountName={acct};AccountKey={g.K("storage_account_key", "b64_64")};EndpointSuffix=core.windows.net",
    "Sql": "Server=tcp:{g.I("sql_ip", 0.0)},1433;Database=orders;User ID=orders_api;Password={g.P("sql_password", "quoted")};Encrypt=True;",
    "Queue": "DefaultEndpointsProtocol=https;AccountName={acct};AccountKey={g.ref("@Microsoft.KeyVault(SecretUri=https://kv-orders.vault.azure.net/secrets/queue-key/)")};"
  }},
  "Export": {{
    "SasUrl": "https://{acct}.blob.core.windows.net/exports?sv=2022-11-02&ss=b&srt=co&sp=rl&se=2026-12-31T00:00:00Z&sig={g.K("sas_signature", "b64u43")}"
  }},
  "Support": {{ "Mailbox": "{g.E("support_mailbox_email")}" }},
  "TenantId": "{g.uid("tenant_id")}",
  "InstrumentationKey": "{g.uid("instrumentation_key")}"
}}
"""


def t_dashboards_datasource(g):
    return "yaml", "provisioning/datasources/metrics.yaml", f"""apiVersion: 1
datasources:
  - name: Metrics (long-term)
    type: prometheus
    access: proxy
    url: https://{g.IU("metrics_store_ip", 0.2)}:9090
    basicAuth: true
    basicAuthUser: reader
    secureJsonData:
      basicAuthPassword: {g.P("reader_password", "yaml")}
  - name: Logs
    type: logs-http
    url: http://{g.priv()}:3100
    uid: {g.L("datasource_uid", g.s("abcdefghijklmnopqrstuvwxyz0123456789", 14))}
# legacy API key used by the report exporter (pre service accounts):
#   {g.K("legacy_dashboard_api_key", "dash_old")}
# dashboards owner {g.E("dashboards_owner_email")}; provisioning schema {g.ver()}
# example in the upstream docs: basicAuthUser {g.remail()}
"""


def t_integration_env(g):
    return "env", "integrations/issue-sync/.env", f"""# issue-sync: mirrors issues between the tracker and the code host
PORT=3000
PUBLIC_URL=https://sync.{g.word()}-{g.word()}.dev
TRACKER_CLIENT_ID={g.L("client_id", g.hx(32))}
TRACKER_CLIENT_SECRET={g.K("tracker_client_secret", "hex32")}
TRACKER_ACCESS_TOKEN={g.K("tracker_oauth_token", "lin_oauth")}
CODEHOST_APP_ID={g.L("application_id", g.hx(64))}
CODEHOST_APP_SECRET={g.K("codehost_app_secret", "gloas")}
WEBHOOK_SIGNING_SECRET={g.K("webhook_secret", g.pick(["an32", "b64u43", "hex40"]))}
REDIS_URL=redis://:{g.P("redis_password", "url")}@{g.priv()}:6379/2
ADMIN_EMAILS={g.E("admin_email")},{g.remail()}
RELEASE_SHA={g.sha1()}
"""


def t_go_fixture_test(g):
    return "go", "internal/redact/fixtures_test.go", f"""package redact

// Fixtures for the log scrubber. The "leak" cases hold values that were really
// pasted into tickets (rotated since); the "keep" cases must survive untouched.
var scrubCases = []struct {{
\tname string
\tin   string
\tleak bool
}}{{
\t{{"do token", "DO_TOKEN={g.K("fixture_do_token", "dor_v1")}", true}},
\t{{"oauth y0", "Authorization: OAuth {g.K("fixture_oauth_token", "y0")}", true}},
\t{{"browser key", "browser.key='{g.K("fixture_browser_key", "nrjs")}'", true}},
\t{{"restricted", "key={g.K("fixture_restricted_key", "rk_test")}", true}},
\t{{"commit", "fixes {g.sha1()}", false}},
\t{{"trace", "trace_id={g.L("trace_id", g.hx(32))}", false}},
\t{{"object", "ObjectId(\\"{g.objid()}\\")", false}},
\t{{"version", "go{g.ver()}", false}},
}}
"""


def t_scan_triage_md(g):
    return "markdown", "security/scan-triage-2026-10.md", f"""# Secret-scan triage, October

| # | file | finding | verdict |
|---|------|---------|---------|
| 1 | `deploy/model-gateway.env` | `{g.K("triaged_model_api_key", "absk")}` | **true positive**, revoked |
| 2 | `bots/app.yaml` | `{g.K("triaged_chat_token", "xoxa")}` | **true positive**, revoked |
| 3 | `docs/setup.md` | `{g.K("triaged_generic_key", g.pick(["an40", "hex40", "b64_48"]))}` | **true positive** (docs pasted a live key) |
| 4 | `go.sum` | `h1:{g.L("checksum_b64", g.s("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/", 43))}=` | false positive (module checksum) |
| 5 | `infra/keys/ci.pub` | `{g.sshpub()}` | false positive (public key) |
| 6 | `tests/data/ids.csv` | `{g.uid("record_uuid")}` | false positive (record id) |
| 7 | `web/package-lock.json` | `{g.sha1()}` | false positive (tarball sha1) |
| 8 | `ops/README.md` | `{g.ph("sk_test_xxxxxxxxxxxxxxxxxxxxxxxx")}` | false positive (placeholder) |

Reporter: {g.E("reporter_email")}. Scanner host {g.priv()}; rules {g.ver()}.
Duplicate reports from {g.remail()} and {g.remail()} were closed.
"""


def t_node_config_json(g):
    return "json", "config/production.json", f"""{{
  "server": {{ "host": "{g.unspec()}", "port": 8080, "trustProxy": ["{g.priv()}"] }},
  "db": {{
    "uri": "mongodb://shop:{g.P("mongo_password", "url")}@{g.IU("mongo_ip", 0.15)}:27017/shop?authSource=admin&replicaSet=rs0"
  }},
  "session": {{ "secret": "{g.K("session_secret", g.pick(["an40", "hex64", "b64_32"]))}", "cookieName": "sid" }},
  "mail": {{
    "from": "{g.E("mail_from_email")}",
    "transport": {{ "host": "smtp.{g.word()}.email", "port": 587, "auth": {{ "user": "apikey", "pass": "{g.K("mail_transport_key", g.pick(["an32", "b64u43"]))}" }} }}
  }},
  "payments": {{ "publishableKey": "{g.L("public_key", "pk_" + g.s("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789", 30))}", "secretKey": "{g.K("payments_secret_key", "rk_test")}" }},
  "featureFlagsEnvironment": "{g.uid("environment_id")}"
}}
"""


def t_hocon_conf(g):
    return "text", "src/main/resources/application.conf", f"""app {{
  deployment.port = 8080
  deployment.host = "{g.unspec()}"

  storage {{
    jdbcUrl = "jdbc:postgresql://{g.I("jdbc_host_ip", 0.0)}:5432/ledger"
    user = "ledger"
    password = "{g.P("jdbc_password", "quoted")}"
    password = ${{?{g.ref("LEDGER_DB_PASSWORD")}}}
  }}

  jwt {{
    secret = "{g.K("jwt_signing_secret", g.pick(["an40", "hex64", "b64_48"]))}"
    issuer = "https://auth.{g.word()}.io/"
    audience = "ledger-api"
  }}

  smtp {{
    user = "{g.E("smtp_user_email")}"
    pass = "{g.P("smtp_password", "quoted")}"
  }}
  build = "{g.ssha()}"
  supportEmail = "{g.remail()}"
}}
"""
