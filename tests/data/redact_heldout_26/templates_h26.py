"""Templates for held-out set 26 (written from scratch for this set).

Each template takes a gen_h26.G and returns (lang, path, marked text)."""
import json

from gen_h26 import M

TEMPLATES = []


def T(group):
    def deco(fn):
        TEMPLATES.append((fn.__name__, group, fn))
        return fn
    return deco


CI, HTTP, SQL, CHAT, CODE, SHELL, REVIEW, OBS, PROSE, LOG, MOBILE, NET, NB, SELF, ODD = (
    "CI / IaC", "HTTP / API client export", "SQL / CSV", "chat / ticket / email", "code / config assignment",
    "command line / shell", "commit / review", "data / observability config", "docs / prose", "log / stack trace",
    "mobile / IDE config", "network config", "notebook", "self-hosted / home lab", "unusual format")


def jd(obj):
    return json.dumps(obj, indent=2, ensure_ascii=False) + "\n"


# ---------------------------------------------------------------- CI / IaC
@T(CI)
def teller_yml(g):
    return "yaml", ".teller.yml", f"""project: {g.word()}-billing
opts:
  region: eu-west-3
  stage: production

providers:
  vault_prod:
    kind: hashicorp_vault
    # bootstrap token for the teller sidecar; rotate with the vault team
    env:
      VAULT_ADDR: https://{g.ip()}:8200
      VAULT_TOKEN: {g.key('teller_vault')}
    maps:
      - id: billing
        path: secret/data/{g.word()}/billing
        keys:
          DB_PASSWORD: ==
  dotenv_local:
    kind: dotenv
    maps:
      - id: local
        path: ~/.config/{g.word()}/local.env
        keys:
          SMTP_USER: {g.email('email_username')}
          SMTP_PASS: {g.pw('yaml', 'smtp_password')}
          CACHE_HOST: {g.priv()}
# last rotated by {g.email()} at build {g.ssha()}
"""


@T(CI)
def chamber_export_env(g):
    svc = g.word()
    return "dotenv", f"{svc}.chamber.env", f"""# chamber export {svc} --format dotenv  (SSM path /{svc}/prod, KMS alias parameter_store_key)
{svc.upper()}_DB_HOST={g.ip()}
{svc.upper()}_DB_USER=app_{svc}
{svc.upper()}_DB_PASSWORD={g.pw('ini', 'db_password')}
{svc.upper()}_MAPTILER_KEY={g.key('maptiler')}
{svc.upper()}_OWM_APPID={g.key('openweathermap')}
{svc.upper()}_ALERT_TO={g.role_email()}
{svc.upper()}_INTERNAL_LB={g.priv()}
{svc.upper()}_REQUEST_SAMPLE_ID={g.uuidl('request_id')}
{svc.upper()}_LEGACY_TOKEN={g.placeholder('TODO_SET_ME')}
"""


@T(CI)
def appcircle_signing_env(g):
    return "dotenv", "appcircle/signing.env", f"""# Appcircle build profile: {g.word().capitalize()} iOS  (workflow {g.uuidl('workflow_id')})
AC_PERSONAL_API_TOKEN={g.key('appcircle')}
AC_KEYSTORE_PASSWORD={g.pw('ini', 'keystore_password')}
AC_KEY_ALIAS=upload
AC_KEY_PASSWORD={g.pw('ini', 'keystore_password')}
AC_APPLE_ID={g.email('email_username')}
AC_APP_SPECIFIC_PASSWORD={M('PASSWORD', 'app_specific_password', '-'.join(g.s('abcdefghijklmnopqrstuvwxyz', 4) for _ in range(4)))}
AC_NOTIFY={g.email()}
AC_ARTIFACT_SHA256={g.sha256l()}
AC_SELF_HOSTED_RUNNER={g.ip()}
"""


@T(CI)
def keptn_cli_config(g):
    return "yaml", "~/.keptn/config", f"""# keptn auth --endpoint ... --api-token ...
endpoint: https://{g.ip()}/api
api-token: {g.key('keptn')}
bridge:
  user: keptn
  password: {g.pw('yaml', 'bridge_password')}
project: {g.word()}-shop
stage: hardening
git-remote:
  url: https://{g.host('git')}/sre/{g.word()}-shipyard.git
  user: {g.email('email_username')}
  token: {g.key('gitbucket', 'gitbucket_token')}
  # mirror on the office LAN
  mirror: http://{g.priv()}:3000/shipyard.git
cli-version: {g.ver()}
"""


@T(CI)
def flagger_canary_yaml(g):
    return "yaml", f"deploy/{g.word()}-canary.yaml", f"""apiVersion: flagger.app/v1beta1
kind: Canary
metadata:
  name: {g.word()}-api
  namespace: shop
spec:
  targetRef:
    apiVersion: apps/v1
    kind: Deployment
    name: {g.word()}-api
  analysis:
    interval: 1m
    threshold: 5
    webhooks:
      - name: load-test
        url: http://{g.priv()}:8080/
        metadata:
          cmd: "hey -z 1m -q 10 -c 2 -H 'X-Ingress-Token: {g.key('hex32', 'ingress_bearer')}' https://{g.ip()}/api/health"
      - name: notify
        type: event
        url: https://hooks.{g.domain}/flagger?token={g.key('an32', 'webhook_token')}
        metadata:
          owner: {g.email()}
          image_digest: sha256:{g.sha256l()}
"""


@T(CI)
def windmill_resource_json(g):
    res = {
        "path": f"f/{g.word()}/postgres_warehouse",
        "resource_type": "postgresql",
        "description": f"warehouse, owner {g.email()}",
        "value": {"host": g.ip(), "port": 5432, "user": "wm_reader", "dbname": "dwh",
                  "password": g.pw("quoted", "db_password"), "sslmode": "require"},
        "workspace_token": g.key("windmill", "windmill_token"),
        "extra_perms": {"u/" + g.first(): True},
        "created_by": g.resmail(),
        "trace_id": g.uuidl("trace_id"),
    }
    return "json", "windmill/resources/postgres_warehouse.resource.json", jd(res)


@T(CI)
def dkron_job_json(g):
    job = {
        "name": f"{g.word()}-nightly-export",
        "schedule": "@midnight",
        "owner": g.person(),
        "owner_email": g.email(),
        "executor": "shell",
        "executor_config": {
            "command": f"/opt/export.sh --target sftp://export:{g.pw('url', 'sftp_password')}@{g.ip()}/in --notify {g.role_email()}",
            "env": f"EXPORT_HMAC={g.key('dkron', 'export_hmac_key')},LOCAL_CACHE={g.priv()}",
        },
        "processors": {"log": {"forward": "true"}},
        "tags": {"dkron_server": "true:1"},
        "metadata": {"build": g.ssha()},
    }
    return "json", "dkron/jobs/nightly-export.json", jd(job)


@T(CI)
def abstruse_config_json(g):
    cfg = {
        "http": {"addr": g.look("unspecified_ip", "0.0.0.0") + ":80", "tls": False},
        "db": {"driver": "mysql", "host": g.ip(), "port": 3306, "user": "abstruse", "password": g.pw("quoted", "db_password"), "name": "abstruse"},
        "auth": {"jwtSecret": g.key("abstruse", "jwt_secret")},
        "registry": {"url": f"http://{g.priv()}:5000", "username": "ci", "password": g.pw("quoted", "registry_password")},
        "admin": {"email": g.email(), "name": g.person()},
        "log": {"level": "info"},
        "version": g.ver(),
    }
    return "json", "abstruse/config.json", jd(cfg)


# ---------------------------------------------------------------- HTTP / API
@T(HTTP)
def stepci_workflow_yml(g):
    return "yaml", "tests/workflow.yml", f"""version: "1.1"
name: {g.word()} checkout API
env:
  host: https://{g.ip()}
config:
  http:
    baseURL: ${{{{env.host}}}}
tests:
  orders:
    steps:
      - name: login
        http:
          url: /v2/session
          method: POST
          json:
            email: {g.email('email_username')}
            password: "{g.pw('quoted', 'user_password')}"
          check:
            status: 200
      - name: quote
        http:
          url: /v2/quote
          method: POST
          headers:
            X-Snipcart-Secret: {g.key('snipcart', 'snipcart_secret')}
            X-Request-Id: {g.uuidl('request_id')}
          check:
            status: 201
# sandbox mirror: http://{g.priv()}:4010  support: {g.resmail()}
"""


@T(HTTP)
def tracetest_test_yaml(g):
    return "yaml", "tracetest/checkout.yaml", f"""type: Test
spec:
  id: {g.look('test_id', g.lowan(9))}
  name: Checkout reaches payment provider
  trigger:
    type: http
    httpRequest:
      method: POST
      url: https://{g.ip()}:8443/checkout
      headers:
        - key: Authorization
          value: Bearer {g.key('swell', 'swell_secret_key')}
        - key: X-Customer
          value: {g.email()}
      body: '{{"cart":"{g.uuidl('cart_id')}","gateway":"tap"}}'
  specs:
    - selector: span[name="POST /charges"]
      assertions:
        - attr:http.status_code = 200
---
type: Config
spec:
  server: http://{g.loop()}:11633
  apiKey: {g.key('tracetest')}
  agent: {g.priv()}
"""


@T(HTTP)
def specmatic_json(g):
    cfg = {
        "sources": [{"provider": "git", "repository": f"https://{g.host('git')}/contracts.git",
                     "consumes": ["payments/ecwid.yaml"]}],
        "environments": {
            "staging": {
                "baseurls": {"payments.yaml": f"https://{g.r_ip()}:9443"},
                "variables": {"ecwid_secret": None, "store_owner": None},
            }
        },
        "auth": {"bearer-file": "tokens/central.txt"},
        "report": {"formatters": [{"type": "text"}]},
        "hooks": {"stub_load_contract": "python3 hooks/unseal.py"},
    }
    txt = jd(cfg)
    # put markers into the staging values after dumping
    txt = txt.replace('"ecwid_secret": null', f'"ecwid_secret": "{g.key("ecwid")}"')
    txt = txt.replace('"store_owner": null', f'"store_owner": "{g.email()}"')
    ip_line = [l for l in txt.splitlines() if "payments.yaml\": \"https" in l][0]
    ip = ip_line.split("https://")[1].split(":")[0]
    txt = txt.replace(f"https://{ip}:9443", f"https://{M('IP_ADDRESS', 'public_ip', ip)}:9443")
    txt = txt.replace('"type": "text"', f'"type": "text", "stub": "http://{g.priv()}:9000", "version": "{g.ver()}"')
    return "json", "specmatic.json", txt


@T(HTTP)
def schemathesis_toml(g):
    return "toml", "schemathesis.toml", f"""# schemathesis run --config-file schemathesis.toml
base-url = "https://{g.ip()}/api/v3"
workers = 4

[auth]
basic = {{ username = "{g.email('email_username')}", password = "{g.pw('quoted', 'api_password')}" }}

[headers]
X-Medusa-Key = "{g.key('medusa', 'medusa_secret_key')}"
X-Trace = "{g.uuidl('trace_id')}"

[[operations]]
include-path = "/store/carts"
# replay target for bug reports, owner {g.email()}
proxy = "http://{g.priv()}:3128"
"""


# ---------------------------------------------------------------- SQL / CSV
@T(SQL)
def teampass_export_csv(g):
    rows = ["label,login,password,url,comments"]
    for i in range(4):
        kind = ["email_username", "plain"][i % 2]
        login = g.email("email_username") if kind == "email_username" else g.user()
        rows.append(f"{g.word().capitalize()} {g.c(['router', 'NAS', 'webmail', 'CRM', 'backup'])},{login},"
                    f"{g.pw('ini', 'vault_entry_password')},https://{g.ip()}/,")
    rows.append(f"Printer,admin,{g.placeholder('changeme')},http://{g.priv()}/,default - never changed")
    rows.append(f"Old VPN,{g.resmail()},{g.masked()},,revoked {g.n(2019, 2023)}")
    return "csv", "teampass_export.csv", "\n".join(rows) + "\n"


@T(SQL)
def dbmate_migration_sql(g):
    return "sql", f"db/migrations/2024{g.n(10, 12)}{g.n(10, 28)}_seed_integrations.sql", f"""-- migrate:up
INSERT INTO integrations (id, vendor, api_key, api_secret, contact) VALUES
  ('{g.uuidl('row_id')}', 'iugu', '{g.key('iugu', 'iugu_api_token')}', NULL, '{g.email()}'),
  ('{g.uuidl('row_id')}', 'pagseguro', '{g.key('pagseguro', 'pagseguro_token')}', NULL, '{g.email()}'),
  ('{g.uuidl('row_id')}', 'epayco', '{g.key('hex32', 'epayco_public_key')}', '{g.key('epayco', 'epayco_private_key')}', '{g.role_email()}');

CREATE USER report_ro WITH PASSWORD '{g.pw('quoted', 'db_password')}';
-- allowed from the BI box {g.ip()} and the office {g.priv()}
UPDATE settings SET value = '{g.look('placeholder', '<rotate-me>')}' WHERE name = 'legacy_secret';

-- migrate:down
DELETE FROM integrations WHERE vendor IN ('iugu', 'pagseguro', 'epayco');
"""


# ---------------------------------------------------------------- chat / ticket / email
@T(CHAT)
def helpy_ticket(g):
    return "text", f"helpy/ticket-{g.n(1000, 9999)}.txt", f"""Helpy - Ticket #{g.look('ticket_number', str(g.n(10000, 99999)))}  [Open]  Channel: email
From: {g.person()} <{g.email()}>
Subject: Cannot sync the Everhour timesheets

Hi, the export job stopped last night. I regenerated the key, new one is
{g.key('everhour')}
and the job runs on {g.ip()} (the office one is {g.priv()}).

--- reply by agent {g.first().capitalize()} ---
Thanks! Please never send keys by mail; we stored it in the vault and the old one
({g.masked()}) is revoked. Our runbook is at https://kb.{g.domain}/everhour
"""


@T(CHAT)
def liveagent_ticket_email(g):
    return "email", "liveagent/ticket.eml", f"""Return-Path: <{g.role_email()}>
From: "{g.person()}" <{g.email()}>
To: {g.role_email()}
Subject: [LiveAgent #{g.look('ticket_number', g.upan(3) + '-' + str(g.n(10000, 99999)))}] Hosting panel access
Message-ID: <{g.uuidl('message_id_local')}@{g.look('placeholder_host', 'mailer.invalid')}>
X-Originating-IP: [{g.ip()}]

Hello support,

our Hostwinds API key is {g.key('hostwinds')} and the panel login is
{g.email('email_username')} / {g.pw('prose', 'panel_password')} - can you check why the VPS at
{g.ip()} does not boot? Test address for your side: {g.resmail()}.

Regards
"""


@T(CHAT)
def otrs_article(g):
    return "text", "otrs/article.txt", f"""Ticket#{g.look('ticket_number', '2024' + str(g.n(10**11, 10**12 - 1)))} — Queue: Raw::Network
Created: 2024-0{g.n(1, 9)}-{g.n(10, 28)} {g.n(10, 23)}:{g.n(10, 59)}  Customer: {g.email()}
State: pending reminder

Article 3 (internal note, agent {g.first()}):
  Customer's new branch router is up, WAN {g.ip()}, LAN {g.priv()}.
  They set the SNMP community to {g.pw('net', 'snmp_community')} and the admin
  password to {g.pw('net', 'device_password')} — asked them to change both after onboarding.
  Firmware on the box: {g.build4()}
"""


@T(CHAT)
def itop_ticket_json(g):
    t = {
        "ref": "R-" + str(g.n(100000, 999999)).zfill(6),
        "class": "UserRequest",
        "title": "Grist API key for finance dashboard",
        "caller_id": {"email": g.email(), "friendlyname": g.person()},
        "description": f"Please store the Grist key {g.key('grist')} for doc {g.look('object_id', g.an(22))}. "
                       f"Server allowlist: {g.ip()}.",
        "public_log": [{"user": g.resmail(), "message": "Done, key moved to the vault."}],
        "private_log": [{"user": g.email(), "message": f"old key was {g.masked()}; test box {g.priv()}"}],
    }
    return "json", "itop/R-request.json", jd(t)


@T(CHAT)
def flock_export_json(g):
    msgs = [
        {"from": g.email(), "ts": g.n(1700000000, 1760000000), "text": f"who has the Daily.co key for the sales demo room?"},
        {"from": g.email(), "ts": g.n(1700000000, 1760000000), "text": f"{g.key('dailyco')} – please don't share outside #sales"},
        {"from": g.email(), "ts": g.n(1700000000, 1760000000), "text": f"demo room host is {g.ip()}, fallback {g.docip()}"},
        {"from": g.resmail(), "ts": g.n(1700000000, 1760000000), "text": f"bot: build {g.ssha()} deployed"},
    ]
    return "json", "flock/sales-channel.json", jd({"channel": "sales", "messages": msgs})


@T(CHAT)
def ryver_chat_log(g):
    a, b = g.first(), g.first()
    return "text", "ryver/ops-forum.txt", f"""[{g.n(8, 11)}:{g.n(10, 59)}] {a}: the Zeabur deploy token expired again
[{g.n(8, 11)}:{g.n(10, 59)}] {b}: new one: {g.key('zeabur', 'zeabur_token')}
[{g.n(8, 11)}:{g.n(10, 59)}] {a}: thx. and the redis pw for {g.ip()}?
[{g.n(8, 11)}:{g.n(10, 59)}] {b}: {g.pw('prose', 'redis_password')} (same as staging on {g.priv()})
[{g.n(8, 11)}:{g.n(10, 59)}] {a}: ping {g.email()} when rotated
[{g.n(8, 11)}:{g.n(10, 59)}] {b}: commit {g.sha()} has the new config
"""


@T(CHAT)
def livehelperchat_transcript(g):
    return "text", "lhc/transcript.txt", f"""Chat ID: {g.n(10000, 99999)}   Department: Billing   IP: {g.ip()}
Visitor e-mail: {g.email()}
User agent build: Chrome/{g.build4()}

Visitor: hi, my Payoneer withdrawal is stuck
Operator ({g.first()}): could you confirm the account e-mail?
Visitor: {g.email()}
Visitor: my password is {g.pw('prose', 'user_password')} if you need to log in
Operator: please never share it, reset it now. I have masked it in our logs.
Visitor: ok. reference {g.look('reference_id', 'PYN-' + g.upan(10))}
"""


@T(CHAT)
def tiledesk_conversation_json(g):
    conv = {
        "request_id": "support-group-" + g.hx(24),
        "lead": {"fullname": g.person(), "email": g.email()},
        "messages": [
            {"sender": "bot", "text": "How can I help?"},
            {"sender": "visitor", "text": f"Our Smartling integration fails, user secret {g.key('smartling', 'smartling_user_secret')}"},
            {"sender": "agent", "text": f"Got it, we see calls from {g.ip()}. Please rotate it; placeholder in docs is {g.placeholder('<USER_SECRET>')}"},
        ],
        "attributes": {"client": "widget", "sourcePage": "https://" + g.domain + "/help", "ipAddress": g.ip()},
        "department": g.uuidl("department_id"),
    }
    return "json", "tiledesk/conversation.json", jd(conv)


# ---------------------------------------------------------------- code in other languages / templates
@T(CODE)
def jakt_module(g):
    return "jakt", "src/weather.jakt", f"""// weather feed client
function main() {{
    let api_key = "{g.key('aerisweather_secret', 'aerisweather_client_secret')}"
    let client_id = "{g.look('public_client_id', g.an(21))}"
    let upstream = "{g.ip()}"
    let cache = "{g.priv()}"
    let db_password = "{g.pw('quoted', 'db_password')}"
    let maintainer = "{g.email()}"
    println("starting {{}} {{}}", upstream, "{g.ver()}")
}}
"""


@T(CODE)
def golo_module(g):
    return "golo", "src/notify.golo", f"""module acme.Notify

let SMS_TOKEN = "{g.key('exotel', 'exotel_api_token')}"
let SMS_SID = "{g.look('account_sid', g.first() + str(g.n(1, 99)))}"
let SMTP_HOST = "{g.ip()}"
let SMTP_USER = "{g.email('email_username')}"
let SMTP_PASS = "{g.pw('quoted', 'smtp_password')}"
let FALLBACK = "{g.loop()}"

function main = |args| {{
  println("notify ready, admin " + "{g.email()}")
}}
"""


@T(CODE)
def seed7_program(g):
    return "seed7", "prg/sync.sd7", f"""$ include "seed7_05.s7i";
  include "socket.s7i";

const string: UPSTREAM is "{g.ip()}";
const string: POEDITOR_TOKEN is "{g.key('poeditor', 'poeditor_api_token')}";
const string: FTP_PASSWORD is "{g.pw('quoted', 'ftp_password')}";
const string: OWNER is "{g.email()}";
const string: LAN_MIRROR is "{g.priv()}";

const proc: main is func
  begin
    writeln("sync " <& UPSTREAM);
  end func;
"""


@T(CODE)
def umka_module(g):
    return "umka", "scripts/upload.um", f"""import "std.um"

const (
    cdnHost = "{g.ip()}"
    cdnKey = "{g.key('cdn77', 'cdn77_api_key')}"
    cdnLogin = "{g.email('email_username')}"
    adminPass = "{g.pw('quoted', 'admin_password')}"
    checksum = "{g.md5l()}"
)

fn main() {{
    printf("uploading to %s\\n", cdnHost)
}}
"""


@T(CODE)
def arturo_script(g):
    return "arturo", "bots/translate.art", f"""; machine translation helper
mmtKey: "{g.key('modernmt', 'modernmt_license')}"
lvxKey: "{g.key('lingvanex', 'lingvanex_api_key')}"
proxyHost: "{g.ip()}"
proxyPass: "{g.pw('quoted', 'proxy_password')}"
contact: "{g.email()}"
devBox: "{g.priv()}"

print ["using proxy" proxyHost]
"""


@T(CODE)
def luau_module(g):
    return "luau", "src/ServerScriptService/Config.luau", f"""--!strict
local Config = {{}}

Config.AnalyticsEndpoint = "https://{g.ip()}/collect"
Config.AnalyticsKey = "{g.key('an40', 'analytics_ingest_key')}"
Config.WebhookSecret = "{g.key('hex32', 'webhook_secret')}"
Config.AdminPin = "{g.pw('quoted', 'admin_password')}"
Config.SupportEmail = "{g.email()}"
Config.PlaceVersion = "{g.ver()}"
Config.LocalTest = "{g.loop()}"

return Config
"""


@T(CODE)
def askama_template(g):
    return "html", "templates/checkout.html", f"""{{% extends "base.html" %}}
{{% block head %}}
<script src="https://cdn.{g.domain}/widget.js"
        data-landbot="{g.key('landbot', 'landbot_token')}"></script>
<meta name="support" content="{g.email()}">
{{% endblock %}}
{{% block content %}}
<!-- TODO remove: staging creds admin / {g.pw('quoted', 'admin_password')} on {g.ip()} -->
<p>Order {{{{ order.id }}}} — build {g.ssha()}</p>
<form action="http://{g.priv()}:8080/pay" method="post"></form>
{{% endblock %}}
"""


@T(CODE)
def tera_template(g):
    return "html", "templates/footer.html.tera", f"""<footer>
  {{# chat widget, key hardcoded until the config service lands #}}
  <script>window.driftKey = "{g.key('drift', 'drift_widget_secret')}";</script>
  <a href="mailto:{g.email()}">Contact</a>
  <!-- origin {g.ip()} / preview {g.docip()} -->
  <small>{{{{ site.version }}}} · {g.ver()}</small>
  {{% if config.debug %}}<pre>smtp password: {g.pw('quoted', 'smtp_password')}</pre>{{% endif %}}
</footer>
"""


@T(CODE)
def ejs_template(g):
    return "ejs", "views/partials/analytics.ejs", f"""<% const imagekitPrivate = "{g.key('imagekit', 'imagekit_private_key')}"; %>
<% const imagekitPublic = "{g.look('public_key', 'public_' + g.b64(21))}"; %>
<script>
  window.__cfg = {{ cdn: "https://{g.ip()}", owner: "<%= owner || '{g.email()}' %>" }};
</script>
<%# db fallback (remove!) mysql://shop:{g.pw('url', 'db_password')}@{g.ip()}:3306/shop %>
<%# local: {g.loop()} %>
"""


@T(CODE)
def razor_view(g):
    return "cshtml", "Views/Shared/_Layout.cshtml", f"""@{{
    var whereByKey = "{g.key('whereby', 'whereby_api_key')}";
    var supportMail = "{g.email()}";
    var relay = "{g.ip()}";
    var smtpPassword = "{g.pw('quoted', 'smtp_password')}";
    var intranet = "{g.priv()}";
    var assetHash = "{g.sha256l()}";
}}
<!DOCTYPE html>
<html><body>@RenderBody()<footer>@supportMail</footer></body></html>
"""


# ---------------------------------------------------------------- command line / shell dotfiles
@T(SHELL)
def mbsyncrc(g):
    return "config", "~/.mbsyncrc", f"""IMAPAccount work
Host {g.ip()}
User {g.email('email_username')}
Pass {g.pw('shell', 'imap_password')}
SSLType IMAPS
CertificateFile /etc/ssl/certs/ca-certificates.crt

IMAPAccount home
Host imap.{g.domain}
User {g.email('email_username')}
PassCmd "pass show mail/home"
# old: Pass {g.placeholder('REDACTED')}

IMAPStore work-remote
Account work

MaildirStore work-local
Path ~/Mail/work/
# fingerprint of the work server: {g.sshfp()}
"""


@T(SHELL)
def fetchmailrc(g):
    return "config", "~/.fetchmailrc", f"""set daemon 300
set postmaster "{g.first()}"
poll {g.ip()} proto pop3 port 995
    user '{g.email('email_username')}' there with password '{g.pw('shell', 'pop3_password')}' is {g.first()} here
    ssl sslfingerprint "{g.look('tls_fingerprint_md5', ':'.join(g.hx(2).upper() for _ in range(16)))}"
poll mail.{g.domain} proto imap
    user '{g.email('email_username')}' there with password '{g.pw('shell', 'imap_password')}' is {g.first()} here
    mda "/usr/bin/procmail -d %T"
# relay through {g.priv()}
"""


@T(SHELL)
def frpc_toml(g):
    return "toml", "frpc.toml", f"""serverAddr = "{g.ip()}"
serverPort = 7000
auth.method = "token"
auth.token = "{g.pw('quoted', 'frp_token')}"

webServer.addr = "{g.loop()}"
webServer.port = 7400
webServer.user = "admin"
webServer.password = "{g.pw('quoted', 'admin_password')}"

[[proxies]]
name = "nas-ssh"
type = "tcp"
localIP = "{g.priv()}"
localPort = 22
remotePort = 6022
# owner {g.email()}
"""


@T(SHELL)
def rathole_client_toml(g):
    return "toml", "rathole/client.toml", f"""[client]
remote_addr = "{g.ip()}:2333"
default_token = "{g.key('an32', 'rathole_token')}"

[client.transport]
type = "noise"
[client.transport.noise]
remote_public_key = "{g.look('public_key', g.b64(32))}"

[client.services.homeassistant]
local_addr = "{g.priv()}:8123"
token = "{g.key('an32', 'rathole_token')}"
# ask {g.email()} before changing
"""


@T(SHELL)
def pianobar_config(g):
    return "config", "~/.config/pianobar/config", f"""user = {g.email('email_username')}
password = {g.pw('shell', 'user_password')}
# password_command = gpg --decrypt ~/.config/pianobar/password
control_proxy = http://{g.ip()}:8118/
audio_quality = high
event_command = ~/.config/pianobar/events.py
fifo = ~/.config/pianobar/ctl
tls_fingerprint = {g.look('tls_fingerprint_sha1', g.hx(40).upper())}
"""


@T(SHELL)
def sendxmpprc(g):
    jid = M("EMAIL", "jid", f"{g.first()}@{g.domain}")
    return "config", "~/.sendxmpprc", f"""# sendxmpp account file (chmod 600)
{jid} {g.pw('shell', 'xmpp_password')}
# usage: echo "disk full on {g.ip()}" | sendxmpp -t -u bot -p ... {g.email()}
# test server: {g.loop()}
"""


@T(SHELL)
def nullmailer_remotes(g):
    return "config", "/etc/nullmailer/remotes", f"""{g.ip()} smtp --port=587 --starttls --user={g.email('email_username')} --pass={g.pw('shell', 'smtp_password')}
# backup relay
smtp.{g.domain} smtp --port=465 --ssl --user=relay --pass={g.pw('shell', 'smtp_password')}
# lab relay (no auth) {g.priv()} smtp
"""


@T(SHELL)
def urlwatch_yaml(g):
    return "yaml", "~/.config/urlwatch/urlwatch.yaml", f"""report:
  email:
    enabled: true
    from: {g.email()}
    to: {g.email()}
    method: smtp
    smtp:
      host: {g.ip()}
      port: 587
      user: {g.email('email_username')}
      insecure_password: {g.pw('yaml', 'smtp_password')}
  pushover:
    enabled: true
    app: {g.key('an32', 'push_app_token')}
    user: {g.look('placeholder', '<user key>')}
  xmpp:
    enabled: false
    sender: {g.resmail()}
    recipient: {g.resmail()}
job_defaults:
  all:
    headers:
      X-Debug-Id: {g.uuidl('request_id')}
"""


# ---------------------------------------------------------------- commit / review
@T(REVIEW)
def critic_review_mail(g):
    return "email", "critic/review-mail.txt", f"""From: Critic <{g.role_email()}>
To: {g.email()}
Subject: New Review: r/{g.n(1000, 9999)} Move Kajabi sync to the worker pool

{g.person()} <{g.email()}> has requested a review of these commits:

  {g.sha()} Move Kajabi sync to the worker pool
  {g.sha()} Add retry on 429

Comment on config/sync.py, line 14:
> KAJABI_API_SECRET = "{g.key('kajabi', 'kajabi_api_secret')}"
This is a live secret, please move it to the environment before merging.

Comment on config/sync.py, line 19:
> WORKER_HOST = "{g.ip()}"
OK, but the staging one ({g.priv()}) should be in the same file.
"""


@T(REVIEW)
def gitbucket_pull_request(g):
    return "markdown", "gitbucket/pr-comment.md", f"""### #{g.n(10, 400)} Add FastSpring webhook handler

**{g.first()}** opened this pull request · {g.n(2, 9)} commits · base `main` ← `feature/fastspring`

> diff `app/settings.py`
> ```diff
> +FASTSPRING_API_PASSWORD = "{g.key('fastspring', 'fastspring_api_password')}"
> +FASTSPRING_HMAC = "{g.key('hex64', 'fastspring_hmac_secret')}"
> +WEBHOOK_ALLOW = ["{g.ip()}", "{g.ip()}"]
> ```

**{g.first()}** commented on commit `{g.ssha()}`:
The HMAC secret should come from the vault. Reviewer: {g.email()}. The sample in the docs
(`{g.placeholder('<FASTSPRING_HMAC>')}`) is fine.
"""


@T(REVIEW)
def reviewable_discussion(g):
    return "text", "reviewable/discussion.txt", f"""Reviewable · {g.first()}/{g.word()}#{g.n(100, 999)} · revision 3 of 4

deploy/values.yaml, line 42 at r3 (raw file):
>   saleorAppToken: {g.key('saleor', 'saleor_app_token')}

  {g.first()}: Blocking: this is the production app token.
  {g.first()}: Done. Replaced with a secret reference, and rotated (old one ended in {g.look('masked_key', '…' + g.lowan(4))}).

deploy/values.yaml, line 51 at r3 (raw file):
>   dbPassword: {g.pw('yaml', 'db_password')}
>   dbHost: {g.ip()}

  {g.email()}: same here please.

Reviewed 4 of 7 files at r3. Commits {g.ssha()}..{g.ssha()}
"""


# ---------------------------------------------------------------- data / observability
@T(OBS)
def munin_conf(g):
    return "config", "/etc/munin/munin.conf", f"""dbdir /var/lib/munin
htmldir /var/www/munin
contact.ops.command mail -s "Munin ${{var:host}}" {g.role_email()}

[edge;{g.word()}.{g.domain}]
    address {g.ip()}
    use_node_name yes

[db;pg01]
    address {g.priv()}
    env.PGPASSWORD {g.pw('shell', 'db_password')}
    env.PGUSER munin

[mail;relay]
    address {g.ip()}
    # contact for this node: {g.email()}
"""


@T(OBS)
def glances_conf(g):
    return "ini", "~/.config/glances/glances.conf", f"""[global]
check_update=false

[influxdb2]
host={g.ip()}
port=8086
protocol=https
org={g.word()}
bucket=glances
token={g.key('b64_48', 'influx_like_token')}

[mqtt]
host={g.priv()}
user=glances
password={g.pw('ini', 'mqtt_password')}

[smtp_alert]
to={g.email()}
server={g.ip()}
password={g.pw('ini', 'smtp_password')}
"""


@T(OBS)
def shinken_resource_cfg(g):
    return "config", "etc/resource.d/paths.cfg", f"""# Shinken resource macros
$USER1$=/usr/lib/nagios/plugins
$SNMPCOMMUNITYREAD$={g.pw('net', 'snmp_community')}
$DOMAINUSER$=MONITOR\\svc-shinken
$DOMAINPASSWORD$={g.pw('ini', 'service_password')}
$MYSQLPASSWORD$={g.pw('ini', 'db_password')}
$NTFY_TOKEN$={g.key('an32', 'push_token')}
$DNSSERVER$={g.ip()}
$LDAPSERVER$={g.priv()}
$ADMINMAIL$={g.email()}
"""


@T(OBS)
def naemon_resource_cfg(g):
    return "config", "/etc/naemon/resource.cfg", f"""$USER1$=/usr/lib/naemon/plugins
$USER3$={g.pw('ini', 'db_password')}
$USER4$=check_http_pw:{g.pw('ini', 'http_auth_password')}
$USER5$={g.pw('net', 'snmp_community')}
# $USER6$ = old community, disabled: {g.placeholder('public')}
# upstream resolver {g.ip()}, lab resolver {g.priv()}
"""


@T(OBS)
def xymon_hosts_cfg(g):
    return "config", "/etc/xymon/hosts.cfg", f"""page core Core services
{g.ip()}   www-{g.word()}   # conn http://{g.ip()}/ https://shop.{g.domain}/login;user={g.first()};password={g.pw('url', 'http_auth_password')}
{g.priv()}   nas01   # conn ssh
{g.ip()}   mx1   # smtp pop3 DESCR:"mail - {g.email()}"
{g.loop()}   xymon   # bbd xymongen
{g.look('unspecified_ip', '0.0.0.0')}    mgmt-{g.word()}   # noconn testip  SNMP community {g.pw('net', 'snmp_community')}
"""


@T(OBS)
def pandora_agent_conf(g):
    return "config", "/etc/pandora/pandora_agent.conf", f"""server_ip {g.ip()}
server_path /var/spool/pandora/data_in
temporal /tmp
logfile /var/log/pandora/pandora_agent.log
agent_name {g.word()}-web
group Servers
interval 300
# remote config over tentacle, with auth
server_pwd {g.pw('ini', 'tentacle_password')}
server_ssl yes
transfer_mode tentacle
agent_threads 1
xml_buffer 1
secondary_server_ip {g.priv()}
# owner: {g.email()}
"""


@T(OBS)
def errbit_env(g):
    return "dotenv", "errbit/.env", f"""ERRBIT_HOST=errors.{g.domain}
ERRBIT_EMAIL_FROM={g.role_email()}
ERRBIT_ADMIN_EMAIL={g.email()}
ERRBIT_ADMIN_PASSWORD={g.pw('ini', 'admin_password')}
SECRET_KEY_BASE={g.key('hex64', 'secret_key_base')}
MONGO_URL=mongodb://errbit:{g.pw('url', 'db_password')}@{g.ip()}:27017/errbit
GITHUB_APP_ID={g.look('public_client_id', str(g.n(100000, 999999)))}
SMTP_SERVER={g.priv()}
"""


@T(OBS)
def pyroscope_server_yml(g):
    return "yaml", "pyroscope/server.yml", f"""log-level: info
storage:
  backend: s3
  s3:
    endpoint: {g.ip()}:9000
    bucket_name: profiles
    access_key_id: {g.key('idrive_access', 'idrive_e2_access_key')}
    secret_access_key: {g.key('idrive_secret', 'idrive_e2_secret_key')}
auth:
  ingestion:
    enabled: true
    api-key: {g.key('pyroscope', 'pyroscope_ingest_key')}
admin:
  email: {g.email()}
memberlist:
  join_members: [{g.priv()}]
"""


@T(OBS)
def nxlog_conf(g):
    return "config", "nxlog.conf", f"""define ROOT C:\\Program Files\\nxlog
<Extension json>
    Module xm_json
</Extension>
<Input eventlog>
    Module im_msvistalog
</Input>
<Output siem>
    Module om_http
    URL https://{g.ip()}:8088/services/collector
    AddHeader Authorization: Bearer {g.key('uuid', 'collector_token')}
    HTTPSCAFile %ROOT%\\cert\\ca.pem
</Output>
<Output archive>
    Module om_tcp
    Host {g.priv()}
    Port 514
</Output>
# maintained by {g.email()}
"""


@T(OBS)
def scalyr_agent_json(g):
    cfg = {
        "api_key": g.key("scalyr", "scalyr_write_key"),
        "server_attributes": {"serverHost": g.word() + "-01", "owner": g.email()},
        "logs": [{"path": "/var/log/nginx/access.log", "attributes": {"parser": "accessLog"}}],
        "monitors": [{"module": "scalyr_agent.builtin_monitors.mysql_monitor",
                      "database_username": "scalyr", "database_password": g.pw("quoted", "db_password"),
                      "database_hostport": g.ip() + ":3306"},
                     {"module": "scalyr_agent.builtin_monitors.url_monitor", "url": "http://" + g.loop() + ":8080/health"}],
        "agent_version": g.ver(),
    }
    return "json", "/etc/scalyr-agent-2/agent.json", jd(cfg)


@T(OBS)
def heka_toml(g):
    return "toml", "heka/hekad.toml", f"""[hekad]
maxprocs = 2

[TcpInput]
address = "{g.loop()}:5565"

[ElasticSearchOutput]
message_matcher = "Type == 'nginx.access'"
server = "https://{g.ip()}:9200"
username = "heka"
password = "{g.pw('quoted', 'elastic_password')}"

[SmtpOutput]
send_from = "{g.email()}"
send_to = ["{g.email()}"]
host = "{g.ip()}:25"
auth = "Plain"
user = "heka"
password = "{g.pw('quoted', 'smtp_password')}"
"""


@T(OBS)
def coroot_env(g):
    return "dotenv", "coroot/.env", f"""COROOT_URL_BASE_PATH=/
COROOT_BOOTSTRAP_PROMETHEUS_URL=http://{g.priv()}:9090
COROOT_BOOTSTRAP_CLICKHOUSE_ADDRESS={g.ip()}:9000
COROOT_BOOTSTRAP_CLICKHOUSE_USER=coroot
COROOT_BOOTSTRAP_CLICKHOUSE_PASSWORD={g.pw('ini', 'db_password')}
COROOT_API_KEY={g.key('coroot', 'coroot_api_key')}
COROOT_ADMIN_EMAIL={g.email()}
COROOT_VERSION={g.ver()}
"""


# ---------------------------------------------------------------- logs
@T(LOG)
def varnishncsa_log(g):
    lines = []
    for _ in range(3):
        lines.append(f'{g.ip()} - - [12/Mar/2025:{g.n(10, 23)}:{g.n(10, 59)}:{g.n(10, 59)} +0000] "GET /api/forecast?key={g.key("stormglass", "stormglass_api_key")}&lat=59.3 HTTP/1.1" 200 {g.n(300, 9000)} "-" "curl/{g.ver()}"')
    lines.append(f'{g.priv()} - {g.email("email_username")} [12/Mar/2025:{g.n(10, 23)}:{g.n(10, 59)}:{g.n(10, 59)} +0000] "POST /admin/login HTTP/1.1" 302 0 "-" "Mozilla/5.0"')
    lines.append(f'{g.ip()} - - [12/Mar/2025:{g.n(10, 23)}:{g.n(10, 59)}:{g.n(10, 59)} +0000] "GET /geo?apikey={g.key("ipapi", "ipapi_access_key")} HTTP/1.1" 200 512 "-" "python-requests/{g.ver()}"')
    return "log", "/var/log/varnish/varnishncsa.log", "\n".join(lines) + "\n"


@T(LOG)
def tinyproxy_log(g):
    ts = lambda: f"Mar {g.n(10, 28)} {g.n(10, 23)}:{g.n(10, 59)}:{g.n(10, 59)}"
    return "log", "/var/log/tinyproxy/tinyproxy.log", f"""INFO      {ts()} [{g.n(1000, 9999)}]: Initializing tinyproxy ...
CONNECT   {ts()} [{g.n(1000, 9999)}]: Connect (file descriptor 7): {g.ip()}
CONNECT   {ts()} [{g.n(1000, 9999)}]: Request (file descriptor 7): GET http://ops:{g.pw('url', 'proxy_password')}@{g.ip()}:8080/status HTTP/1.1
INFO      {ts()} [{g.n(1000, 9999)}]: No upstream proxy for {g.priv()}
CONNECT   {ts()} [{g.n(1000, 9999)}]: Connect (file descriptor 9): {g.ip()}
NOTICE    {ts()} [{g.n(1000, 9999)}]: Proxying refused on filtered url "http://{g.docip()}/"
INFO      {ts()} [{g.n(1000, 9999)}]: Reloading config, admin contact {g.email()}
"""


@T(LOG)
def openfire_log(g):
    return "log", "openfire/logs/openfire.log", f"""2025.03.{g.n(10, 28)} 09:{g.n(10, 59)}:{g.n(10, 59)} INFO  [main]: org.jivesoftware.openfire.XMPPServer - Openfire {g.ver()} started
2025.03.{g.n(10, 28)} 09:{g.n(10, 59)}:{g.n(10, 59)} WARN  [socket_c2s-thread-3]: LocalClientSession - Auth failed for {M('EMAIL', 'jid', g.first() + '@' + g.domain)} from {g.ip()}
2025.03.{g.n(10, 28)} 09:{g.n(10, 59)}:{g.n(10, 59)} DEBUG [Jetty-QTP-AdminConsole-62]: LdapManager - bind dn=cn=openfire,ou=svc password={g.pw('ini', 'ldap_password')} host={g.priv()}
2025.03.{g.n(10, 28)} 09:{g.n(10, 59)}:{g.n(10, 59)} INFO  [pool-7-thread-1]: S2S - connected to {g.ip()} for {M('EMAIL', 'jid', g.first() + '@' + g.company_domain())}
2025.03.{g.n(10, 28)} 09:{g.n(10, 59)}:{g.n(10, 59)} INFO  [pool-7-thread-1]: Plugin push-notification loaded, vapid private {g.key('b64_32', 'vapid_private_key')}
"""


@T(LOG)
def openlitespeed_error_log(g):
    return "log", "/usr/local/lsws/logs/error.log", f"""2025-03-{g.n(10, 28)} 11:{g.n(10, 59)}:{g.n(10, 59)}.{g.n(100, 999)} [INFO] [{g.ip()}:{g.n(30000, 65000)}] [STDERR] PHP Warning: mysqli::__construct(): (HY000/1045): Access denied for user 'wp'@'{g.priv()}' (using password: YES)
2025-03-{g.n(10, 28)} 11:{g.n(10, 59)}:{g.n(10, 59)}.{g.n(100, 999)} [NOTICE] [{g.ip()}:{g.n(30000, 65000)}] [STDERR] debug: DB_PASSWORD={g.pw('ini', 'db_password')}
2025-03-{g.n(10, 28)} 11:{g.n(10, 59)}:{g.n(10, 59)}.{g.n(100, 999)} [INFO] [{g.ip()}:{g.n(30000, 65000)}] [STDERR] ecwid sync: token={g.key('ecwid', 'ecwid_secret_token')} store={g.n(1000000, 9999999)}
2025-03-{g.n(10, 28)} 11:{g.n(10, 59)}:{g.n(10, 59)}.{g.n(100, 999)} [NOTICE] [{g.loop()}:{g.n(30000, 65000)}] mail sent to {g.email()}
"""


@T(LOG)
def micronaut_app_log(g):
    return "log", "logs/app.log", f"""{g.n(10, 23)}:{g.n(10, 59)}:{g.n(10, 59)}.{g.n(100, 999)} [main] INFO  io.micronaut.runtime.Micronaut - Startup completed in 812ms. Server Running: http://{g.priv()}:8080
{g.n(10, 23)}:{g.n(10, 59)}:{g.n(10, 59)}.{g.n(100, 999)} [io-executor-thread-2] DEBUG c.a.pay.TrustlyClient - POST https://{g.ip()}/api/1 username=merchant password={g.pw('ini', 'api_password')}
{g.n(10, 23)}:{g.n(10, 59)}:{g.n(10, 59)}.{g.n(100, 999)} [io-executor-thread-2] DEBUG c.a.pay.TrustlyClient - signing with key {g.key('trustly', 'trustly_signing_key')}
{g.n(10, 23)}:{g.n(10, 59)}:{g.n(10, 59)}.{g.n(100, 999)} [io-executor-thread-3] WARN  c.a.mail.Notifier - bounce from {g.email()} (id {g.uuidl('message_id')})
{g.n(10, 23)}:{g.n(10, 59)}:{g.n(10, 59)}.{g.n(100, 999)} [io-executor-thread-3] INFO  c.a.Audit - login {g.email('email_username')} from {g.ip()}
"""


# ---------------------------------------------------------------- mobile / IDE
@T(MOBILE)
def xcodegen_project_yml(g):
    return "yaml", "project.yml", f"""name: {g.word().capitalize()}App
options:
  bundleIdPrefix: com.{g.word()}
settings:
  base:
    DEVELOPMENT_TEAM: {g.look('team_id', g.upan(10))}
    MARKETING_VERSION: {g.ver()}
targets:
  App:
    type: application
    platform: iOS
    settings:
      base:
        VOICEFLOW_API_KEY: {g.key('voiceflow', 'voiceflow_api_key')}
        MAPILLARY_TOKEN: "{g.key('mapillary', 'mapillary_client_token')}"
        STAGING_HOST: {g.ip()}
        SUPPORT_EMAIL: {g.email()}
        DEBUG_PROXY: {g.priv()}
    postBuildScripts:
      - script: ./upload_dsym.sh --token {g.key('hex40', 'crash_upload_token')}
"""


@T(MOBILE)
def eclipse_launch_xml(g):
    return "xml", ".launch/Server.launch", f"""<?xml version="1.0" encoding="UTF-8" standalone="no"?>
<launchConfiguration type="org.eclipse.jdt.launching.localJavaApplication">
    <mapAttribute key="org.eclipse.debug.core.environmentVariables">
        <mapEntry key="DB_URL" value="jdbc:postgresql://{g.ip()}:5432/erp"/>
        <mapEntry key="DB_PASSWORD" value="{g.pw('quoted', 'db_password')}"/>
        <mapEntry key="IDRIVE_SECRET" value="{g.key('idrive_secret', 'idrive_e2_secret_key')}"/>
        <mapEntry key="NOTIFY_TO" value="{g.email()}"/>
        <mapEntry key="CACHE_HOST" value="{g.loop()}"/>
    </mapAttribute>
    <stringAttribute key="org.eclipse.jdt.launching.MAIN_TYPE" value="com.acme.erp.Server"/>
    <stringAttribute key="org.eclipse.jdt.launching.VM_ARGUMENTS" value="-Dbuild={g.ssha()}"/>
</launchConfiguration>
"""


# ---------------------------------------------------------------- network
@T(NET)
def versa_flexvnf_set(g):
    return "config", "flexvnf-set.conf", f"""set system identification name branch-{g.word()}
set system users admin password {g.pw('net', 'admin_password')}
set system users admin encrypted-password "{g.crypt6()}"
set orgs org-services {g.word()} snmp community {g.pw('net', 'snmp_community')} access read-only
set orgs org-services {g.word()} snmp target-source {g.ip()}
set orgs org-services {g.word()} radius servers rad1 address {g.ip()} secret {g.pw('net', 'radius_secret')}
set orgs org-services {g.word()} ipsec vpn-profile hub ike authentication psk key {g.pw('net', 'ipsec_psk')}
set routing-instances transit protocols bgp peer {g.ip()} password {g.pw('net', 'bgp_md5_password')}
set interfaces vni-0/0 unit 0 family inet address {g.ip()}/30
set interfaces vni-0/1 unit 0 family inet address {g.priv()}/24
set system ntp server {g.docip()}
"""


@T(NET)
def viptela_vedge_conf(g):
    return "config", "vedge-running.txt", f"""system
 host-name vedge-{g.word()}
 system-ip {g.priv()}
 site-id {g.n(100, 999)}
 organization-name "{g.word().capitalize()} Corp"
 vbond {g.ip()}
!
vpn 0
 interface ge0/0
  ip address {g.ip()}/29
  ipsec
   ike
    authentication-type
     pre-shared-key
      pre-shared-secret {g.pw('net', 'ipsec_psk')}
 !
 ip route 0.0.0.0/0 {g.ip()}
!
snmp
 community {g.pw('net', 'snmp_community')}
 trap target vpn 512 {g.priv()} 162
!
""".replace("ip route 0.0.0.0/0", "ip route " + g.look("unspecified_ip", "0.0.0.0") + "/0")


@T(NET)
def apc_nmc_config_ini(g):
    return "ini", "config.ini", f"""; APC Network Management Card config.ini
[NetworkTCP/IP]
SystemIP={g.ip()}
SubnetMask={g.netmask()}
DefaultGateway={g.ip()}

[NetworkSNMP]
AccessControl1Community={g.pw('ini', 'snmp_community')}
AccessControl1NMSIP={g.priv()}
AccessControl2Community={g.placeholder('public')}

[SystemUserManager]
SuperUserPassword={g.pw('ini', 'admin_password')}
DeviceUserPassword={g.pw('ini', 'device_password')}

[NetworkEmail]
Recipient1Address={g.email()}
SMTPServer={g.ip()}
Firmware={g.build4()}
"""


@T(NET)
def avocent_acs_cli(g):
    return "cli", "acs-export.cli", f"""cd /settings/network_settings
set hostname=acs-{g.word()} ipv4_address={g.ip()} ipv4_mask={g.netmask()}
cd /settings/authentication/servers/1
set authentication_method=tacacs+ tacacs+_server={g.ip()} tacacs+_secret={g.pw('net', 'tacacs_key')}
cd /settings/local_accounts/admin
set password={g.pw('net', 'admin_password')}
cd /settings/snmp/v1_v2_v3
add community={g.pw('net', 'snmp_community')} source={g.priv()}
cd /settings/notifications/email
set destination={g.email()} server={g.ip()}
commit
"""


@T(NET)
def raritan_pdu_cli(g):
    return "cli", "raritan-px.txt", f"""config:#
network ipv4 ipAddress {g.ip()}
network ipv4 gateway {g.ip()}
security ipAccessControl ipv4 rule add 1 accept {g.priv()}/24
snmp v1/v2c enable
snmp readCommunity {g.pw('net', 'snmp_community')}
snmp writeCommunity {g.pw('net', 'snmp_community')}
user modify admin password {g.pw('net', 'admin_password')}
radius server {g.ip()} sharedSecret {g.pw('net', 'radius_secret')}
smtp server {g.ip()} recipient {g.email()}
apply
"""


@T(NET)
def perle_iolan_cli(g):
    return "cli", "iolan-dump.txt", f"""set server name iolan-{g.word()}
set server internet {g.ip()}
set server subnet-bits 28
set user admin password {g.pw('net', 'admin_password')}
set line 1 service reverse-ssh
set line 1 user-auth radius
set radius primary-auth-host {g.ip()} secret {g.pw('net', 'radius_secret')}
set host syslog {g.priv()}
set ppp 2 remote-ip {g.docip()} user dialin password {g.pw('net', 'ppp_password')}
set email to {g.email()}
"""


@T(NET)
def eaton_netm2_ini(g):
    return "ini", "eaton-network-m2.ini", f"""[network]
ipv4.address={g.ip()}
ipv4.gateway={g.ip()}
ipv4.netmask={g.netmask()}
[snmp]
v1.read.community={g.pw('ini', 'snmp_community')}
v1.write.community={g.pw('ini', 'snmp_community')}
trap.receiver={g.priv()}
[accounts]
admin.password={g.pw('ini', 'admin_password')}
[email]
recipient={g.email()}
server={g.ip()}
smtp.password={g.pw('ini', 'smtp_password')}
firmware={g.ver()}
"""


# ---------------------------------------------------------------- notebooks
def _nb(cells):
    return jd({"cells": [{"cell_type": t, "metadata": {}, "source": src, **({"outputs": [], "execution_count": None} if t == "code" else {})}
                         for t, src in cells],
               "metadata": {"kernelspec": {"name": "python3", "display_name": "Python 3"}}, "nbformat": 4, "nbformat_minor": 5})


@T(NB)
def ipynb_weather(g):
    return "ipynb", "notebooks/weather_features.ipynb", _nb([
        ("markdown", [f"# Weather features\n", f"Owner: {g.email()}\n"]),
        ("code", ["import requests\n", f"SG_KEY = \"{g.key('stormglass', 'stormglass_api_key')}\"\n",
                  f"OWM = \"{g.key('openweathermap', 'openweathermap_appid')}\"\n",
                  f"METEO_USER, METEO_PASS = \"{g.first()}_{g.word()}\", \"{g.key('meteomatics', 'meteomatics_api_password')}\"\n"]),
        ("code", [f"proxies = {{'https': 'http://{g.ip()}:3128'}}\n", f"# cache at {g.priv()}\n", f"run_id = '{g.uuidl('run_id')}'\n"]),
    ])


@T(NB)
def ipynb_geo(g):
    return "ipynb", "notebooks/geocode_backfill.ipynb", _nb([
        ("markdown", ["## Geocode backfill\n", f"Ask {g.email()} before rerunning.\n"]),
        ("code", [f"ORS_KEY = '{g.key('openrouteservice', 'openrouteservice_key')}'\n",
                  f"GH_KEY = '{g.key('graphhopper', 'graphhopper_key')}'\n",
                  f"MAXMIND = ('{g.n(100000, 999999)}', '{g.key('maxmind', 'maxmind_license_key')}')\n"]),
        ("code", [f"db = 'postgresql://geo:{g.pw('url', 'db_password')}@{g.ip()}/geo'\n", f"sample = '{g.sha()}'\n"]),
    ])


# ---------------------------------------------------------------- self-hosted
@T(SELF)
def ampache_cfg_php(g):
    return "php", "config/ampache.cfg.php", f"""config_version = 79
database_hostname = "{g.ip()}"
database_name = "ampache"
database_username = "ampache"
database_password = "{g.pw('quoted', 'db_password')}"
secret_key = "{g.key('hex32', 'ampache_secret_key')}"
lastfm_api_key = "{g.look('placeholder', '<lastfm key>')}"
mail_domain = "{g.domain}"
mail_smtp_host = "{g.priv()}"
mail_smtp_password = "{g.pw('quoted', 'smtp_password')}"
admin_email = "{g.email()}"
"""


@T(SELF)
def gonic_conf(g):
    return "config", "/etc/gonic/config", f"""music-path /srv/music
podcast-path /srv/podcasts
cache-path /var/cache/gonic
listen-addr {g.loop()}:4747
proxy-prefix /gonic
# scrobbling (lastfm-compatible), admin {g.email()}
db-path /var/lib/gonic/gonic.db
http-log false
# initial admin password set on first login: {g.pw('shell', 'admin_password')}
jukebox-enabled false
scan-watcher-enabled true
# reverse proxy at {g.ip()}
"""


@T(SELF)
def linkwarden_env(g):
    return "dotenv", "linkwarden/.env", f"""NEXTAUTH_URL=https://links.{g.domain}/api/v1/auth
NEXTAUTH_SECRET={g.key('b64_32', 'nextauth_secret')}
DATABASE_URL=postgresql://linkwarden:{g.pw('url', 'db_password')}@{g.ip()}:5432/linkwarden
SPACES_KEY={g.key('tebi_access', 'tebi_access_key')}
SPACES_SECRET={g.key('tebi_secret', 'tebi_secret_key')}
SPACES_ENDPOINT=https://s3.tebi.io
EMAIL_FROM={g.email()}
EMAIL_SERVER=smtp://{g.email('email_username')}:{g.pw('url', 'smtp_password')}@{g.ip()}:587
"""


@T(SELF)
def readeck_toml(g):
    return "toml", "readeck/config.toml", f"""[main]
log_level = "info"
secret_key = "{g.key('an64', 'readeck_secret_key')}"

[server]
host = "{g.look('unspecified_ip', '0.0.0.0')}"
port = 8000
allowed_hosts = ["read.{g.domain}", "{g.ip()}"]

[database]
source = "postgres://readeck:{g.pw('url', 'db_password')}@{g.priv()}:5432/readeck"

[email]
host = "{g.ip()}"
username = "{g.email('email_username')}"
password = "{g.pw('quoted', 'smtp_password')}"
from = "{g.email()}"
"""


@T(SELF)
def dokuwiki_local_php(g):
    return "php", "conf/local.protected.php", f"""<?php
$conf['title'] = '{g.word().capitalize()} wiki';
$conf['superuser'] = '@admin';
$conf['mailfrom'] = '{g.email()}';
$conf['plugin']['smtp']['smtp_host'] = '{g.ip()}';
$conf['plugin']['smtp']['auth_user'] = '{g.email('email_username')}';
$conf['plugin']['smtp']['auth_pass'] = '{g.pw('quoted', 'smtp_password')}';
$conf['plugin']['authldap']['server'] = '{g.priv()}';
$conf['plugin']['authldap']['bindpw'] = '{g.pw('quoted', 'ldap_password')}';
$conf['plugin']['recaptcha']['privatekey'] = '{g.key('an40', 'captcha_secret')}';
$conf['plugin']['recaptcha']['publickey'] = '{g.look('public_key', g.an(40))}';
"""


@T(SELF)
def cachet_env(g):
    return "dotenv", "cachet/.env", f"""APP_ENV=production
APP_KEY={M('KEY', 'laravel_app_key', 'base64:' + g.b64(32))}
DB_HOST={g.ip()}
DB_DATABASE=cachet
DB_USERNAME=cachet
DB_PASSWORD={g.pw('ini', 'db_password')}
MAIL_HOST={g.ip()}
MAIL_USERNAME={g.email('email_username')}
MAIL_PASSWORD={g.pw('ini', 'smtp_password')}
MAIL_ADDRESS={g.email()}
CACHET_API_TOKEN={g.key('cachet', 'cachet_api_token')}
REDIS_HOST={g.priv()}
"""


@T(SELF)
def dashy_conf_yml(g):
    return "yaml", "dashy/conf.yml", f"""pageInfo:
  title: Home lab
appConfig:
  auth:
    users:
      - user: {g.first()}
        hash: {g.look('sha256', g.hx(64).upper())}
        type: admin
sections:
  - name: Media
    items:
      - title: Emby
        url: http://{g.priv()}:8096
        statusCheck: true
      - title: Router
        url: https://{g.ip()}:8443
        statusCheckHeaders:
          Authorization: Bearer {g.key('an32', 'router_api_token')}
widgets:
  - type: weather
    options:
      apiKey: {g.key('openweathermap', 'openweathermap_appid')}
      city: Tromsø
# contact: {g.email()}
"""


@T(SELF)
def plume_env(g):
    return "dotenv", "plume/.env", f"""BASE_URL=blog.{g.domain}
DATABASE_URL=postgres://plume:{g.pw('url', 'db_password')}@{g.ip()}:5432/plume
ROCKET_SECRET_KEY={g.key('b64_32', 'rocket_secret_key')}
ROCKET_ADDRESS={g.loop()}
MAIL_SERVER={g.ip()}
MAIL_USER={g.email('email_username')}
MAIL_PASSWORD={g.pw('ini', 'smtp_password')}
MAIL_HELO_NAME={g.domain}
ADMIN_CONTACT={g.email()}
"""


@T(SELF)
def diaspora_yml(g):
    return "yaml", "config/diaspora.yml", f"""configuration:
  environment:
    url: "https://pod.{g.domain}/"
    certificate_authorities: '/etc/ssl/certs/ca-certificates.crt'
    redis: 'redis://:{g.pw('url', 'redis_password')}@{g.priv()}:6379'
    s3:
      enable: true
      key: '{g.key('idrive_access', 'idrive_e2_access_key')}'
      secret: '{g.key('idrive_secret', 'idrive_e2_secret_key')}'
      bucket: 'pod-media'
  server:
    listen: '{g.loop()}:3000'
  mail:
    sender_address: '{g.email()}'
    smtp:
      host: '{g.ip()}'
      username: '{g.email('email_username')}'
      password: '{g.pw('quoted', 'smtp_password')}'
  admins:
    account: '{g.first()}'
    podmin_email: '{g.email()}'
"""


@T(SELF)
def radicale_config(g):
    return "ini", "/etc/radicale/config", f"""[server]
hosts = {g.look('unspecified_ip', '0.0.0.0')}:5232

[auth]
type = ldap
ldap_uri = ldap://{g.priv()}
ldap_base = dc=home,dc=lan
ldap_reader_dn = cn=radicale,dc=home,dc=lan
ldap_secret = {g.pw('ini', 'ldap_password')}

[storage]
filesystem_folder = /var/lib/radicale/collections
hook = git add -A && git commit -m "changes by %(user)s" --author "{g.person()} <{g.email()}>"

[web]
# public mirror {g.ip()}
"""


@T(SELF)
def racktables_secret_php(g):
    return "php", "wwwroot/inc/secret.php", f"""<?php
$pdo_dsn = 'mysql:host={g.ip()};dbname=racktables';
$db_username = 'racktables';
$db_password = '{g.pw('quoted', 'db_password')}';
$user_auth_src = 'ldap';
$LDAP_options = array(
    'server' => 'ldaps://{g.priv()}',
    'search_dn' => 'cn=rt,ou=svc,dc=corp',
    'search_bind_rdn' => 'cn=rt,ou=svc,dc=corp',
    'search_bind_password' => '{g.pw('quoted', 'ldap_password')}',
);
# contact {g.email()}; old hash {g.look('md5_password_hash', g.hx(32))}
"""


@T(SELF)
def activepieces_env(g):
    return "dotenv", "activepieces/.env", f"""AP_ENGINE_EXECUTABLE_PATH=dist/packages/engine/main.js
AP_ENCRYPTION_KEY={g.key('hex32', 'activepieces_encryption_key')}
AP_JWT_SECRET={g.key('hex64', 'jwt_secret')}
AP_POSTGRES_HOST={g.ip()}
AP_POSTGRES_PASSWORD={g.pw('ini', 'db_password')}
AP_REDIS_HOST={g.priv()}
AP_REDIS_PASSWORD={g.pw('ini', 'redis_password')}
AP_FRONTEND_URL=https://flows.{g.domain}
AP_SMTP_USERNAME={g.email('email_username')}
AP_SMTP_PASSWORD={g.pw('ini', 'smtp_password')}
AP_TELEMETRY_ENABLED=false
AP_PROJECT_ID={g.uuidl('project_id')}
"""


@T(SELF)
def inventree_config_yaml(g):
    return "yaml", "inventree/config.yaml", f"""database:
  ENGINE: postgresql
  NAME: inventree
  USER: inventree
  PASSWORD: {g.pw('yaml', 'db_password')}
  HOST: {g.ip()}
  PORT: 5432
secret_key: {g.key('an64', 'django_secret_key')}
allowed_hosts:
  - parts.{g.domain}
  - {g.priv()}
email:
  host: {g.ip()}
  username: {g.email('email_username')}
  password: {g.pw('yaml', 'smtp_password')}
  sender: {g.email()}
admin_user: admin
admin_email: {g.resmail()}
admin_password: {g.placeholder('changeme')}
"""


# ---------------------------------------------------------------- unusual formats
@T(ODD)
def recutils_rec(g):
    recs = []
    for _ in range(3):
        recs.append(f"""Name: {g.word()}-{g.c(['nas', 'ups', 'camera', 'printer', 'switch'])}
Address: {g.ip()}
Login: {g.email('email_username')}
Password: {g.pw('ini', 'device_password')}
Notes: lan side {g.priv()}
""")
    return "rec", "inventory/devices.rec", "%rec: Device\n%key: Name\n%type: Address line\n\n" + "\n".join(recs) + f"\n# exported by {g.email()}\n"


@T(ODD)
def regedit_reg(g):
    return "reg", "deploy/agent-settings.reg", f"""Windows Registry Editor Version 5.00

[HKEY_LOCAL_MACHINE\\SOFTWARE\\{g.word().capitalize()}\\Agent]
"Server"="{g.ip()}"
"ApiKey"="{g.key('an40', 'agent_api_key')}"
"ProxyUser"="{g.email('email_username')}"
"ProxyPassword"="{g.pw('quoted', 'proxy_password')}"
"Fallback"="{g.priv()}"
"InstallId"="{{{g.look('install_guid', g.uuid().upper())}}}"
"Version"="{g.build4()}"
"""


@T(ODD)
def warc_request(g):
    return "warc", "crawl/00001.warc", f"""WARC/1.1
WARC-Type: request
WARC-Target-URI: https://{g.ip()}/v1/items?api_key={g.key('hex32', 'thinkific_api_key')}
WARC-Date: 2025-03-{g.n(10, 28)}T10:{g.n(10, 59)}:00Z
WARC-Record-ID: <urn:uuid:{g.uuidl('warc_record_id')}>
WARC-IP-Address: {g.ip()}
Content-Type: application/http;msgtype=request

GET /v1/items HTTP/1.1
Host: api.{g.domain}
X-Auth-API-Key: {g.key('thinkific', 'thinkific_api_key')}
X-Auth-Subdomain: {g.word()}
From: {g.email()}
Authorization: Basic {g.look('placeholder', '<base64 user:pass>')}

WARC-Payload-Digest: sha1:{g.look('sha1_digest_b32', g.s('ABCDEFGHIJKLMNOPQRSTUVWXYZ234567', 32))}
"""


# ---------------------------------------------------------------- prose
@T(PROSE)
def runbook_cdn_cutover(g):
    return "markdown", "docs/runbooks/cdn-cutover.md", f"""# CDN cutover runbook (BunnyCDN → CDN77)

1. Freeze deploys. Announce in #ops and mail {g.role_email()}.
2. Old pull zone key (to revoke after the cutover): `{g.key('bunnycdn', 'bunnycdn_api_key')}`
3. New CDN77 API key: `{g.key('cdn77', 'cdn77_api_key')}` (login {g.email('email_username')}).
4. Point the origin records to `{g.ip()}` and `{g.ip()}`; the old origin `{g.ip()}` stays up for a week.
5. Purge, then check from the office line (`{g.priv()}` behind NAT).
6. The origin shield's basic-auth password is `{g.pw('prose', 'http_auth_password')}`.
7. Ping {g.email()} when done. Example address in the templates: {g.resmail()}.

Build pinned at `{g.sha()}`, checksum of the edge rules `{g.sha256l()}`.
"""


@T(PROSE)
def postmortem_chatbot_keys(g):
    return "markdown", "docs/postmortems/2025-02-chatbot-keys.md", f"""# Postmortem: chatbot credentials in a public support export

**Summary.** A support export attached to a public forum thread contained the live credentials of four
chatbot vendors. Reported by {g.email()} at 14:02, contained at 15:40.

**What leaked**

| vendor | credential | status |
|---|---|---|
| Botpress | `{g.key('botpress', 'botpress_pat')}` | revoked |
| Voiceflow | `{g.key('voiceflow', 'voiceflow_api_key')}` | revoked |
| ManyChat | `{g.key('manychat', 'manychat_api_token')}` | revoked |
| Wit.ai | `{g.key('witai', 'witai_server_token')}` | rotated |

The export also held the admin panel password (`{g.pw('prose', 'admin_password')}`) and the
address of the bot runner ({g.ip()}). Requests with the leaked keys came from {g.ip()} and {g.ip()}.

**Not affected:** the masked values in the export (`{g.masked('sk_')}`), the documentation
addresses ({g.docip()}) and the request ids (`{g.uuidl('request_id')}`).
"""


@T(PROSE)
def makerspace_it_handbook(g):
    return "markdown", "handbook/it.md", f"""# Makerspace IT handbook

## Wi-Fi
- Members: SSID `{g.word()}-members`, passphrase `{g.pw('prose', 'wifi_passphrase')}`
- Laser room (isolated): passphrase `{g.pw('prose', 'wifi_passphrase')}`

## Door system
The door controller is at {g.priv()} (LAN only). Its admin password is `{g.pw('prose', 'device_password')}`.
Remote access goes through our VPS at {g.ip()}.

## Payments
Card terminal (Helcim): API token `{g.key('helcim', 'helcim_api_token')}`.
Membership checkout (Sezzle): private key `{g.key('sezzle', 'sezzle_private_key')}`.
Skrill secret word for the webshop: `{g.key('skrill', 'skrill_secret_word')}`.

## Contacts
Treasurer {g.email()}, IT volunteer {g.email()}, board {g.role_email()}.
Firmware of the 3D printers: {g.ver()}. Old router image hash: {g.md5l()}.
"""


# ---------------------------------------------------------------- handover notes (20 languages)
# title, server, "password of the server", key word, e-mail word, copula, "and", place (native script), vendor
NOTES = [
    ("megleno_romanian", "Predari di sirvitor", "sirvitorlu", "parola al sirvitor", "cheaia", "email", "ăi", "şi", "Lumnița", "weglot"),
    ("saterland", "Uurgoawe fon dän Server", "Server", "Paaswoud fon dän Server", "Slötel", "E-Mail", "is", "un", "Strukelje", "localazy"),
    ("ludic", "Serveran andamine", "serveri", "serveran salasana", "avain", "e-počt", "on", "da", "Kuujärvi", "routee"),
    ("abaza", "Сервер аԥсахра", "сервер", "сервер апароль", "ключ", "почта", "ауп", "и", "Псыж", "exotel"),
    ("shughni", "Супориш-и сервер", "сервер", "пароли сервер", "калид", "почта", "ас", "ат", "Хоруғ", "kit"),
    ("bakhtiari", "تحویل سرور", "سرور", "رمز سرور", "کلید", "ایمیل", "هه", "وا", "شهرکرد", "elasticemail"),
    ("burushaski", "سرور حوالگی", "سرور", "سرور پاس ورڈ", "چابی", "ای میل", "بلا", "وا", "ہنزہ", "chatfuel"),
    ("balti", "སར་བར་རྩིས་སྤྲོད", "སར་བར", "སར་བར་གྱི་གསང་ཚིག", "ལྡེ་མིག", "གློག་འཕྲིན", "ཡིན", "དང", "སྐར་དོ", "zopim"),
    ("badaga", "ಸರ್ವರ್ ಹಸ್ತಾಂತರ", "ಸರ್ವರ್", "ಸರ್ವರ್ ಪಾಸ್‌ವರ್ಡ್", "ಕೀಲಿ", "ಇಮೇಲ್", "ಉಟ್ಟು", "ಮತ್ತೆ", "ಕೋತಗಿರಿ", "coda"),
    ("toda", "சர்வர் ஒப்படைப்பு", "சர்வர்", "சர்வர் கடவுச்சொல்", "சாவி", "மின்னஞ்சல்", "உள்ளது", "மற்றும்", "உதகை", "calcom"),
    ("gondi", "సర్వర్ అప్పగింత", "సర్వర్", "సర్వర్ పాస్‌వర్డ్", "తాళంచెవి", "ఈమెయిల్", "మంది", "ఇంకా", "ఆదిలాబాద్", "valtown"),
    ("newari", "सर्भर ल्हानाबिइगु", "सर्भर", "सर्भरया पासवर्ड", "साँचा", "इमेल", "खः", "व", "भक्तपुर", "plasmic"),
    ("chakma", "সার্ভার বুঝি দিয়্যা", "সার্ভার", "সার্ভারর পাসওয়ার্ড", "চাবি", "ইমেইল", "আঘে", "আর", "রাঙামাটি", "builderio"),
    ("mon", "ဆာဗာ လွှဲပြောင်း", "ဆာဗာ", "ဆာဗာ စကားဝှက်", "သော့", "အီးမေးလ်", "ဂှ်", "ကဵု", "မော်လမြိုင်", "squarespace"),
    ("phuan", "ມອບໝາຍເຊີບເວີ", "ເຊີບເວີ", "ລະຫັດຜ່ານເຊີບເວີ", "ກະແຈ", "ອີເມວ", "ແມ່ນ", "ແລະ", "ໂພນສະຫວັນ", "glitch"),
    ("kam_mueang", "ส่งมอบเซิร์ฟเวอร์", "เซิร์ฟเวอร์", "รหัสผ่านเซิร์ฟเวอร์", "กุญแจ", "อีเมล", "เป็น", "กับ", "เชียงใหม่", "alwaysdata"),
    ("jeju", "서버 인계", "서버", "서버 비밀번호", "열쇠", "이메일", "우다", "광", "서귀포", "sevalla"),
    ("pontic", "Παράδοση σέρβερ", "σέρβερ", "κωδικός τη σέρβερ", "κλειδίν", "email", "έν", "και", "Τραπεζούντα", "hygraph"),
    ("yevanic", "פאראדוסי טו סערבער", "סערבער", "קודיקוס טו סערבער", "קלידי", "אימעיל", "ינאי", "קי", "יאנינה", "replit"),
    ("gurage", "የሰርቨር ርክክብ", "ሰርቨር", "የሰርቨር የይለፍ ቃል", "ቁልፍ", "ኢሜል", "ነው", "እና", "ወልቂጤ", "wix"),
]


def _note(row):
    name, title, server, pwword, keyword, mailword, cop, and_, place, vendor = row

    def fn(g):
        style = g.n(0, 2)
        srv = g.ip()
        pw = g.pw("prose", "server_password")
        native = M("PASSWORD", "pw_native", f"{place}{g.n(10, 9999)}{g.c('!#%*+=?')}")
        key = g.key(vendor, f"{vendor}_key")
        mail = g.email()
        lan = g.priv()
        ver = g.ver()
        if style == 0:
            body = (f"# {title}\n\n- {server}: {srv} ({lan})\n- {pwword}: {pw}\n- {pwword} 2: {native}\n"
                    f"- {keyword} ({vendor}): {key}\n- {mailword}: {mail}\n- v{ver}\n")
        elif style == 1:
            body = (f"{title}\n{'=' * 12}\n{server} {srv} {cop}. {lan} {cop}.\n{pwword} {pw} {cop} {and_} {native}.\n"
                    f"{vendor} {keyword} {key} {cop}.\n{mailword} {mail}\nv{ver}\n")
        else:
            body = (f"## {title}\n\n| | |\n|---|---|\n| {server} | {srv} / {lan} |\n| {pwword} | {pw} |\n"
                    f"| {pwword} ({and_}) | {native} |\n| {keyword} {vendor} | {key} |\n| {mailword} | {mail} |\n| v | {ver} |\n")
        return "markdown", f"docs/handover/{name}.md", body

    fn.__name__ = "note_" + name
    return fn


for _row in NOTES:
    T(PROSE)(_note(_row))
