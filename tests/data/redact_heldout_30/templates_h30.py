"""Templates for held-out set 30 (written from scratch for this set).

Each template takes a gen_h30.G and returns the marked text. TEMPLATES maps name -> (group, lang, path, fn).
"""
import json

from gen_h30 import G, M, LK, CITIES_ASCII, WORDS

TEMPLATES = {}


def T(group, lang, path):
    def deco(fn):
        assert fn.__name__ not in TEMPLATES, fn.__name__
        TEMPLATES[fn.__name__] = (group, lang, path, fn)
        return fn
    return deco


def J(obj):
    return json.dumps(obj, ensure_ascii=False, indent=2) + "\n"


CODE = "code / config assignment"
CI = "CI / IaC"
HTTP = "HTTP / API client export"
SQL = "SQL / CSV"
CHAT = "chat / ticket / email"
CLI = "command line / shell"
REVIEW = "commit / review"
OBS = "data / observability config"
LOG = "log / stack trace"
MOB = "mobile / IDE config"
NET = "network config"
NB = "notebook"
SELF = "self-hosted / home lab"
ODD = "unusual format"
PROSE = "docs / prose"


# ------------------------------------------------------------------ code in other languages
@T(CODE, "rpgle", "QRPGLESRC/ORDSYNC.rpgle")
def rpgle_program(g):
    return f"""**free
ctl-opt dftactgrp(*no) actgrp('ORDSYNC');
// Pushes open orders to the web shop every 15 min (job scheduler entry ORDSYNC)
// owner: {g.email("email_comment")}  -- ask before changing the remote host

dcl-c REMOTE_HOST '{g.ip()}';
dcl-c REMOTE_USER 'WEBSYNC';
dcl-c REMOTE_PASS '{g.pw("db_password", "plain")}';
dcl-c SHOP_API_KEY '{g.generic_key("shop_api_key")}';
dcl-c FALLBACK_HOST '{g.private_ip()}';

dcl-s sqlStmt varchar(512);

exec sql set option commit = *none;
exec sql connect to SHOPDB user :REMOTE_USER using :REMOTE_PASS;
// old: exec sql connect to SHOPDB user WEBSYNC using '{g.pw("db_password", "plain")}';

sqlStmt = 'call SYNC_ORDERS(''' + SHOP_API_KEY + ''')';
exec sql execute immediate :sqlStmt;
*inlr = *on;
"""


@T(CODE, "pli", "src/payroll/ftpout.pli")
def pli_program(g):
    return f"""FTPOUT: PROCEDURE OPTIONS(MAIN);
   /* Sends the payroll extract to the bank gateway.            */
   /* Contact: {g.email("email_comment")}  build {g.version()}              */
   DCL HOST      CHAR(15)  INIT('{g.ip()}');
   DCL BACKUP    CHAR(39)  INIT('{g.ip6()}');
   DCL USERID    CHAR(8)   INIT('PAYX01');
   DCL PASSWD    CHAR(16)  INIT('{g.pw("ftp_password", "plain")}');
   DCL SIGNKEY   CHAR(64)  INIT('{M("KEY", "hmac_key", g.hexs(64))}');
   DCL TESTHOST  CHAR(15)  INIT('{g.testnet_ip()}');
   CALL FTPSEND(HOST, USERID, PASSWD, 'PAYROLL.EXTRACT');
   CALL SIGNFILE('PAYROLL.EXTRACT', SIGNKEY);
END FTPOUT;
"""


@T(CODE, "clist", "USER.CLIST(NIGHTLY)")
def clist_tso(g):
    return f"""PROC 0 DEBUG
/* NIGHTLY - copy GL extracts to the reporting box              */
/* changed by {g.email("email_comment")} after the host move            */
SET &HOST = {g.ip()}
SET &ALTHOST = {g.ip()}
SET &USER = RPTXFER
SET &PW = {g.pw("ftp_password", "plain")}
SET &NOTIFY = {g.email("email_notify")}
IF &DEBUG = DEBUG THEN SET &HOST = {g.private_ip()}
ALLOC F(INPUT) DA('GL.DAILY.EXTRACT') SHR
FTP &HOST (EXIT
&USER &PW
PUT 'GL.DAILY.EXTRACT' gl_daily.txt
QUIT
EXIT CODE(0)
"""


@T(CODE, "forth", "station/upload.fs")
def gforth_script(g):
    return f"""\\ upload.fs -- push weather readings (Gforth)
\\ maintainer {g.email("email_comment")}
s" {g.ip()}" 2constant upload-host
s" {M("KEY", "station_key", g.alnum(24))}" 2constant station-key
s" {g.pw("station_password", "plain")}" 2constant station-pass
\\ s" {g.pw("station_password", "plain")}" 2constant station-pass  \\ before rotation
s" {g.testnet_ip()}" 2constant test-host   \\ docs only
: upload ( -- ) upload-host type space station-key type cr ;
upload bye
"""


@T(CODE, "scheme", "src/sync/config.scm")
def kawa_scheme(g):
    return f""";; Kawa config for the inventory sync daemon
(define-constant db-host "{g.ip()}")
(define-constant db-user "inventory")
(define-constant db-password "{g.pw("db_password", "quoted")}")
(define-constant smtp-login "{g.email("email_username")}")
(define-constant smtp-password "{g.pw("smtp_password", "quoted")}")
(define-constant webhook-secret "{M("KEY", "webhook_secret", g.b64url(40))}")
(define-constant build-id "{g.short_sha()}")
(define-constant staging-host "{g.private_ip()}")
"""


@T(CODE, "sml", "src/Secrets.sml")
def sml_module(g):
    return f"""(* Secrets.sml -- TODO move to the vault, {g.first()} keeps forgetting *)
structure Secrets = struct
  val apiBase    = "https://{g.ip()}:8443/v2"
  val apiKey     = "{M("KEY", "api_key", g.hexs(40))}"
  val adminMail  = "{g.email("email_admin")}"
  val adminPass  = "{g.pw("admin_password", "quoted")}"
  val mirrorV6   = "{g.ip6()}"
  val exampleKey = "{g.placeholder()}"
  val schemaVer  = "{g.version()}"
end
"""


@T(CODE, "netlogo", "models/delivery_routes.nlogo")
def netlogo_model(g):
    return f"""extensions [ web ]

globals [ depot-host api-key db-password ]

to setup
  clear-all
  ;; live routing service used by the shop's delivery vans (ask {g.email("email_comment")} before changing)
  set depot-host "{g.ip()}"
  set api-key "{M("KEY", "routing_api_key", g.alnum(40))}"
  set db-password "{g.pw("db_password", "quoted")}"
  ;; set api-key "{M("KEY", "routing_api_key", g.alnum(40))}"  ; trial key, expired
  ;; offline copy runs on {g.private_ip()}
  create-turtles 12 [ setxy random-xcor random-ycor ]
  reset-ticks
end
"""


@T(CODE, "twee", "story/StoryInit.twee")
def sugarcube_twee(g):
    return f""":: StoryInit
<<set $apiBase to "https://{g.ip()}/story">>
<<set $saveKey to "{M("KEY", "cloud_save_key", g.hexs(32))}">>
<<set $gmPassword to "{g.pw("gm_password", "quoted")}">>
<<set $author to "{g.email("email_author")}">>

:: Story JavaScript [script]
/* cloud saves -- key rotated {g.short_sha()}; old one was "{M("KEY", "cloud_save_key", g.hexs(32))}" */
setup.cloud = {{ host: "{g.ip()}", token: "{M("KEY", "cloud_token", g.b64url(36))}", test: "{g.testnet_ip()}" }};
"""


@T(CODE, "liquid", "theme/snippets/newsletter.liquid")
def liquid_template(g):
    return f"""{{% comment %}}
  Newsletter form -- list key below is the PRIVATE one, swap for the public id before launch!
  private key: {M("KEY", "newsletter_private_key", g.hexs(32))}
  public id:   {LK("public_list_id", g.hexs(10))}
  contact {g.email("email_comment")}, staging shop admin pw {g.pw("admin_password", "plain")}
{{% endcomment %}}
<form action="https://{g.ip()}/subscribe" method="post">
  <input type="hidden" name="list" value="{{{{ settings.list_id }}}}">
  <input type="email" name="email" placeholder="{g.reserved_email()}">
  <button>{{{{ 'newsletter.subscribe' | t }}}}</button>
</form>
"""


@T(CODE, "erb", "app/views/admin/_mailer_settings.html.erb")
def erb_template(g):
    return f"""<%# TEMP: hard-coded until credentials are wired up (ticket {g.order_id("ticket_id")}) %>
<% smtp_user = "{g.email("email_username")}" %>
<% smtp_pass = "{g.pw("smtp_password", "quoted")}" %>
<% relay = "{g.ip()}" %>
<dl class="mailer">
  <dt>Relay</dt><dd><%= relay %>:587</dd>
  <dt>User</dt><dd><%= smtp_user %></dd>
  <dt>Signing key</dt><dd><code>{M("KEY", "dkim_private_key", g.b64(48))}</code></dd>
  <dt>Fallback</dt><dd>{g.private_ip()}</dd>
</dl>
"""


# ------------------------------------------------------------------ CI / IaC
@T(CI, "yaml", "deploy/pipecd/app.pipecd.yaml")
def pipecd_app_yaml(g):
    return f"""apiVersion: pipecd.dev/v1beta1
kind: KubernetesApp
spec:
  name: storefront
  labels:
    env: prod
    team: {g.role_email("platform")}
  input:
    manifests:
      - deployment.yaml
    helmChart:
      version: {g.version()}
  pipeline:
    stages:
      - name: K8S_CANARY_ROLLOUT
      - name: WAIT_APPROVAL
  # piped key for the staging piped, remove after migration
  # pipedKey: {M("KEY", "piped_key", g.low(50))}
  environment:
    DB_HOST: {g.ip()}
    DB_PASSWORD: {g.pw("db_password", "yaml")}
    PAYMENT_WEBHOOK_SECRET: {M("KEY", "webhook_secret", "whsec_" + g.alnum(32))}
    INTERNAL_LB: {g.private_ip()}
"""


@T(CI, "yaml", "stacks/orgs/shopco/prod/eu-west.yaml")
def atmos_stack_yaml(g):
    return f"""import:
  - catalog/rds
  - mixins/region/eu-west
vars:
  stage: prod
  bastion_allowed_cidrs:
    - {g.ip()}/32
    - {g.ip()}/32
    - {g.private_ip()}/24
components:
  terraform:
    rds:
      vars:
        master_username: shopadmin
        master_password: "{g.pw("db_password", "quoted")}"
        alarm_email: {g.email("email_alerts")}
        engine_version: "{g.version()}"
    cdn:
      vars:
        origin_secret_header: "{M("KEY", "origin_secret", g.alnum(40))}"
"""


@T(CI, "yaml", ".cloud66/manifest.yml")
def cloud66_manifest_yml(g):
    return f"""production:
  rails:
    configuration:
      ruby_version: {g.version()}
      custom_deploy_command: bin/deploy
    servers:
      - server:
          unique_name: web1
          address: {g.ip()}
      - server:
          unique_name: worker1
          address: {g.ip()}
  postgresql:
    configuration:
      version: "15"
      # superuser password set by hand on the box, keep in sync
      password: {g.pw("db_password", "yaml")}
  env_vars:
    SECRET_KEY_BASE: {M("KEY", "secret_key_base", g.hexs(128))}
    MAILER_FROM: {g.role_email("orders")}
    SANDBOX_SMTP: {g.testnet_ip()}
"""


@T(CI, "dotenv", "easypanel/projects/shop/services/api/env")
def easypanel_env(g):
    return f"""# exported from Easypanel > shop > api > Environment
NODE_ENV=production
DATABASE_URL=postgres://api:{g.pw("db_password", "url")}@{g.ip()}:5432/shop
REDIS_URL=redis://default:{g.pw("redis_password", "url")}@{g.private_ip()}:6379
JWT_SECRET={M("KEY", "jwt_secret", g.b64url(48))}
MAIL_FROM={g.email("email_sender")}
ADMIN_EMAIL={g.email("email_admin")}
ADMIN_PASSWORD={g.pw("admin_password", "ini")}
PUBLIC_IPV6={g.ip6()}
EXAMPLE_KEY={g.placeholder()}
"""


@T(CI, "yaml", "stacks/ledger/compose.yaml")
def dockge_compose_yaml(g):
    return f"""# managed by Dockge on nas01
services:
  ledger:
    image: ghcr.io/{g.low(8)}/ledger:{g.version()}
    environment:
      LEDGER_DB_PASS: {g.pw("db_password", "yaml")}
      LEDGER_API_TOKEN: {M("KEY", "api_token", g.hexs(40))}
      LEDGER_ADMIN: {g.email("email_admin")}
      LEDGER_ALLOWED_IP: {g.ip()}
    ports:
      - "{g.private_ip()}:8080:8080"
  backup:
    image: alpine
    command: ["sh", "-c", "rsync -a /data backup@{g.ip()}:/srv/ledger"]
    # authorized on the target: {g.ssh_pub()} ledger-backup
    environment:
      RSYNC_PASSWORD: {g.pw("rsync_password", "yaml")}
"""


@T(CI, "toml", "komodo/resources/servers.toml")
def komodo_toml(g):
    return f"""[[server]]
name = "hetz-fsn-01"
[server.config]
address = "https://{g.ip()}:8120"
region = "fsn"
passkey = "{M("KEY", "periphery_passkey", g.alnum(40))}"

[[server]]
name = "office-nuc"
[server.config]
address = "https://{g.private_ip()}:8120"
# passkey = "{M("KEY", "periphery_passkey", g.alnum(40))}"

[[variable]]
name = "REGISTRY_PASSWORD"
value = "{g.pw("registry_password", "quoted")}"
is_secret = true

[[variable]]
name = "ALERT_MAIL"
value = "{g.email("email_alerts")}"
"""


@T(CI, "toml", "helmsman/prod.toml")
def helmsman_toml(g):
    return f"""[settings]
  kubeContext = "prod"
  notifyWebhook = "$CHAT_HOOK"

[namespaces]
  [namespaces.shop]

[apps]
  [apps.shop-db]
    namespace = "shop"
    chart = "charts/postgresql"
    version = "{g.version()}"
    enabled = true
    [apps.shop-db.set]
      "auth.postgresPassword" = "{g.pw("db_password", "quoted")}"
      "auth.replicationPassword" = "{g.pw("replication_password", "quoted")}"
      "primary.service.loadBalancerIP" = "{g.ip()}"
  [apps.mailer]
    namespace = "shop"
    chart = "charts/mailer"
    version = "{g.version()}"
    [apps.mailer.set]
      "smtp.user" = "{g.email("email_username")}"
      "smtp.apiKey" = "{M("KEY", "smtp_api_key", g.alnum(36))}"
"""


@T(CI, "yaml", "config/gomplate.yaml")
def gomplate_config_yaml(g):
    return f"""inputDir: templates/
outputDir: rendered/
datasources:
  inventory:
    url: https://inventory:{g.pw("http_password", "url")}@{g.ip()}/api/hosts.json
  secrets:
    url: https://{g.private_ip()}:8200/v1/kv/shop
    header:
      X-Secrets-Token: ["{M("KEY", "secrets_token", "s." + g.alnum(24))}"]
context:
  mail:
    url: merge:env:///MAIL|file:///defaults/mail.yaml
plugins:
  notify:
    cmd: /usr/local/bin/notify
    args: ["--to", "{g.email("email_notify")}", "--key", "{M("KEY", "notify_key", g.hexs(32))}"]
"""


@T(CI, "yaml", "pkg/shop/setters.yaml")
def kpt_setters_yaml(g):
    return f"""apiVersion: v1
kind: ConfigMap
metadata:
  name: setters
  annotations:
    config.kubernetes.io/local-config: "true"
data:
  namespace: shop-prod
  image-tag: "{g.version()}"
  image-digest: "{g.sha256("image_digest")}"
  egress-ip: "{g.ip()}"
  egress-ip-v6: "{g.ip6()}"
  db-password: "{g.pw("db_password", "quoted")}"
  payment-api-key: "{M("KEY", "payment_api_key", g.jwt())}"
  owner: "{g.email("email_owner")}"
  cluster-dns: "{g.private_ip()}"
"""


# ------------------------------------------------------------------ HTTP / API clients
@T(HTTP, "json", "home/.restish/apis.json")
def restish_apis_json(g):
    key = g.hexs(32)
    return J({
        "fx": {"base": "https://financialmodelingprep.com/api/v3", "profiles": {"default": {
            "query": {"apikey": M("KEY", "fmp_key", key)}}}},
        "shipping": {"base": f"https://{g.ip()}:9443", "profiles": {
            "default": {"headers": {"Authorization": "Bearer " + M("KEY", "bearer_token", g.b64url(40))}},
            "ops": {"auth": {"name": "http-basic", "params": {"username": g.email("email_username"),
                                                              "password": g.pw("http_password", "quoted")}}}}},
        "local": {"base": f"http://{g.private_ip()}:8000",
                  "profiles": {"default": {"headers": {"X-Api-Key": g.placeholder()}}}},
    })


@T(HTTP, "javascript", "tests/api/checkout.spec.js")
def frisby_spec_js(g):
    return f"""const frisby = require('frisby');
const Joi = frisby.Joi;

// TODO: read these from env before this goes to CI
const HOST = 'https://{g.ip()}';
const ADMIN = {{ email: '{g.email("email_username")}', password: '{g.pw("admin_password", "quoted")}' }};
const SHOP_KEY = '{M("KEY", "shop_api_key", g.alnum(32))}';

frisby.globalSetup({{ request: {{ headers: {{ 'X-Shop-Key': SHOP_KEY }} }} }});

it('logs in and reads an order', function () {{
  return frisby.post(HOST + '/admin/login', ADMIN)
    .expect('status', 200)
    .then(() => frisby.get(HOST + '/api/orders/{LK("record_id", g.digits(7))}')
      .expect('jsonTypes', {{ id: Joi.number() }}));
}});
// request ids in logs look like {g.uuid_look("request_id")}
"""


@T(HTTP, "json", "backups/rester-export.json")
def rester_export_json(g):
    return J({
        "version": 1,
        "requests": [
            {"id": 1, "collection": "Warehouse", "title": "stock level", "method": "GET",
             "url": f"https://{g.ip()}:8443/ws/stock?partner_key=" + M("KEY", "partner_key", g.up(32)),
             "headers": [{"name": "Accept", "value": "application/json"}]},
            {"id": 2, "collection": "Warehouse", "title": "login", "method": "POST",
             "url": f"https://{g.ip()}:8443/ws/login",
             "body": "user=wh_batch&pass=" + g.pw("ws_password", "url")},
            {"id": 3, "collection": "Sandbox", "title": "ping", "method": "GET",
             "url": "http://" + g.testnet_ip() + "/ping"},
        ],
        "environments": [{"name": "prod", "values": {"owner": g.email("email_owner"),
                                                      "wsPassword": g.pw("ws_password", "quoted"),
                                                      "traceId": g.uuid_look("request_id")}}],
    })


@T(HTTP, "json", "exports/boomerang-workspace.json")
def boomerang_export_json(g):
    return J({
        "name": "carrier-api", "exported": "2024-03-11T09:14:02Z",
        "requests": [
            {"name": "rate quote", "url": f"https://{g.ip()}/rates/v3/quote",
             "headers": [{"key": "X-Carrier-Key", "value": M("KEY", "carrier_api_key", g.hexs(40))}]},
            {"name": "label", "url": f"https://{g.ip()}/labels",
             "auth": {"type": "basic", "user": "shipdesk", "pass": g.pw("http_password", "quoted")}},
            {"name": "tracking webhook", "url": "https://hooks.local/track",
             "body": {"secret": M("KEY", "webhook_secret", g.b64url(32)), "notify": g.email("email_notify"),
                      "example": g.reserved_email()}},
        ],
        "env": {"egress": g.ip(), "lan": g.private_ip(), "build": g.short_sha()},
    })


# ------------------------------------------------------------------ SQL / CSV
@T(SQL, "sql", "deploy/0042-seed-integrations.sql")
def sqitch_deploy_sql(g):
    return f"""-- Deploy shop:0042-seed-integrations to pg
-- requires: 0041-integrations-table
BEGIN;

INSERT INTO integrations (name, endpoint, api_key, contact) VALUES
  ('spoonacular', 'https://api.spoonacular.com', '{M("KEY", "spoonacular_key", g.hexs(32))}', '{g.email("email_contact")}'),
  ('nutritionix', 'https://trackapi.nutritionix.com', '{M("KEY", "nutritionix_app_key", g.hexs(32))}', '{g.email("email_contact")}'),
  ('warehouse', 'https://{g.ip()}/ws', '{M("KEY", "warehouse_key", g.alnum(40))}', '{g.reserved_email()}');

-- reporting user (password rotated in 0057, this one is dead? check with {g.first()})
CREATE ROLE reporting LOGIN PASSWORD '{g.pw("db_password", "quoted")}';
GRANT CONNECT ON DATABASE shop TO reporting;
-- allow the BI host
INSERT INTO ip_allowlist (cidr, note) VALUES ('{g.ip()}/32', 'bi'), ('{g.private_ip()}/24', 'office');

COMMIT;
"""


@T(SQL, "csv", "exports/enpass_export_2024.csv")
def enpass_export_csv(g):
    rows = ["Title,Username,Email,Password,URL,Note"]
    rows.append(f"Shop admin,admin,{g.email('email_username')},{g.pw('web_password', 'ini')},https://{g.ip()}/admin,")
    rows.append(f"Router,admin,,{g.pw('router_password', 'ini')},http://{g.private_ip()},old fw {g.firmware4()}")
    rows.append(f"Bank portal,{g.digits(8)},{g.email('email_username')},{g.pw('web_password', 'ini')},https://bank.local,")
    rows.append(f"NAS,{g.first()},,{g.pw('nas_password', 'ini')},https://{g.ip()}:5001,")
    rows.append(f"Test login,demo,{g.reserved_email()},{g.placeholder()},https://demo.local,not real")
    rows.append(f"Wi-Fi guest,,,{g.pw('wifi_passphrase', 'ini')},,SSID Gaststube")
    return "\n".join(rows) + "\n"


@T(SQL, "sql", "migrations/2024-05-02_vendor_creds.sql")
def shmig_migration_sql(g):
    return f"""-- Migration: vendor_creds
-- ==== UP ====
BEGIN;
CREATE TABLE vendor_creds (vendor text primary key, login text, secret text, host inet);
INSERT INTO vendor_creds VALUES
  ('edamam', '{M("KEY", "edamam_app_id", g.hexs(8))}', '{M("KEY", "edamam_app_key", g.hexs(32))}', '{g.ip()}'),
  ('printshop-ftp', '{g.email("email_username")}', '{g.pw("ftp_password", "quoted")}', '{g.ip()}'),
  ('sandbox', 'demo', '{g.placeholder()}', '{g.testnet_ip()}');
COMMIT;
-- ==== DOWN ====
BEGIN;
DROP TABLE vendor_creds;
COMMIT;
"""


# ------------------------------------------------------------------ chat / tickets
@T(CHAT, "json", "exports/skype/messages.json")
def skype_messages_json(g):
    a, b = g.person(), g.person()
    msgs = [
        {"from": a, "content": "can you send me the login for the supplier portal again?"},
        {"from": b, "content": "user " + g.email("email_username") + " pw " + g.pw("portal_password", "prose")},
        {"from": b, "content": "and the FTP box is " + g.ip() + " (the old one " + g.private_ip() + " is off)"},
        {"from": a, "content": "thx. api key for the rates thing?"},
        {"from": b, "content": M("KEY", "api_key", g.hexs(32)) + "  <- don't paste that in the ticket pls"},
        {"from": a, "content": "ok, ticket " + g.order_id("ticket_id") + " updated"},
    ]
    return J({"userId": "live:." + g.low(12), "exportDate": "2024-02-19T10:04:00Z",
              "conversations": [{"displayName": b, "MessageList": [
                  {"id": g.digits(13), "originalarrivaltime": f"2024-02-1{i}T08:0{i}:11Z", "from": m["from"],
                   "content": m["content"]} for i, m in enumerate(msgs)]}]})


@T(CHAT, "log", "quassel/exports/#shop-ops.log")
def quassel_chatlog_txt(g):
    n1, n2, n3 = g.first(), g.first(), g.first()
    return f"""[09:12:03] <{n1}> anyone have the staging db creds? the wiki page is gone
[09:12:40] <{n2}> host {g.ip()} user shop_ro pass {g.pw("db_password", "shell")}
[09:13:02] <{n3}> {n2}: that's prod not staging lol
[09:13:10] <{n2}> oops. staging is {g.private_ip()}, same user, pw {g.pw("db_password", "shell")}
[09:14:55] <{n1}> thanks. also mailing list bounce goes to {g.email("email_chat")} ?
[09:15:20] <{n3}> yes. and the new SMTP key is {M("KEY", "smtp_api_key", g.alnum(40))}
[09:15:21] * {n3} will rotate it tonight
[09:20:44] <{n1}> docs say use {g.reserved_email()} for tests, right?
[09:21:02] <{n2}> yep, and {g.testnet_ip()} for the fake gateway
[09:30:17] <{n1}> v6 of the relay is {g.ip6()} btw
"""


@T(CHAT, "text", "gajim/history/support@shop-chat.txt")
def gajim_history_txt(g):
    me = g.email_raw()
    return f"""Chat history with {M("EMAIL", "jid", me)}
2024-04-02 18:01:44 | Me: hi, customer can't log in, account {g.email("email_customer")}
2024-04-02 18:02:10 | {me.split("@")[0]}: reset it to {g.pw("temp_password", "prose")} and tell them to change it
2024-04-02 18:02:31 | Me: done. the reseller panel password is still {g.pw("reseller_password", "prose")}?
2024-04-02 18:03:05 | {me.split("@")[0]}: no, new one: {g.pw("reseller_password", "prose")}
2024-04-02 18:05:59 | Me: also their shop pings from {g.ip()} and {g.ip()}
2024-04-02 18:06:40 | {me.split("@")[0]}: whitelist both. key for the partner api: {M("KEY", "partner_api_key", g.b64url(40))}
"""


@T(CHAT, "json", "exports/tinode/topic-grpA7.json")
def tinode_messages_json(g):
    return J({"topic": "grp" + g.alnum(11), "messages": [
        {"seq": 41, "from": "usr" + g.alnum(11), "content": "Server for the pop-up store: " + g.ip()},
        {"seq": 42, "from": "usr" + g.alnum(11),
         "content": "till login: " + g.email("email_username") + " / " + g.pw("pos_password", "prose")},
        {"seq": 43, "from": "usr" + g.alnum(11),
         "content": "card reader pairing code " + LK("pairing_code", g.digits(6)) + ", terminal key " +
                    M("KEY", "terminal_key", g.hexs(48))},
        {"seq": 44, "from": "usr" + g.alnum(11), "content": "wifi " + g.pw("wifi_passphrase", "prose")},
        {"seq": 45, "from": "usr" + g.alnum(11), "content": "router is at " + g.private_ip() + ", fw " + g.firmware4()},
    ]})


@T(CHAT, "text", "exports/simplex-chat-ops.txt")
def simplex_chat_export_txt(g):
    a, b = g.first().capitalize(), g.first().capitalize()
    return f"""SimpleX Chat export - group "ops-night"
[2024-06-01 22:10] {a}: vpn endpoint moved to {g.ip()}
[2024-06-01 22:11] {a}: psk is {M("PASSWORD", "vpn_psk", g.pw_raw("prose"))}
[2024-06-01 22:12] {b}: and the ipv6 one? {g.ip6()}?
[2024-06-01 22:12] {a}: yes
[2024-06-01 22:15] {b}: backup bucket keys: {M("KEY", "access_key_id", g.up(20))} / {M("KEY", "secret_access_key", g.b64(30))}
[2024-06-01 22:16] {a}: pls delete this message after copying
[2024-06-01 22:20] {b}: done. fyi the monitoring mail is {g.role_email("noc")}
[2024-06-01 22:21] {a}: and docs example stays {g.reserved_email()}
"""


@T(CHAT, "json", "exports/freshchat/conversation-88213.json")
def freshchat_conversation_json(g):
    return J({"conversation_id": g.uuid_look("conversation_id"), "channel": "Web shop", "messages": [
        {"actor_type": "user", "message_parts": [{"text": {"content":
            "Hi, I'm locked out. My email is " + g.email("email_customer") + " and I used " +
            g.pw("customer_password", "prose") + " as password"}}]},
        {"actor_type": "agent", "message_parts": [{"text": {"content":
            "Please never send passwords here. I've sent a reset link. Your order " + g.order_id("order_id") +
            " is fine."}}]},
        {"actor_type": "user", "message_parts": [{"text": {"content":
            "ok. our integration also fails, key " + M("KEY", "customer_api_key", g.alnum(32)) +
            " from " + g.ip()}}]},
        {"actor_type": "system", "message_parts": [{"text": {"content": "Assigned to " + g.email("email_agent")}}]},
    ]})


@T(CHAT, "email", "tickets/groove-4471.eml")
def groove_ticket_email(g):
    cust = g.email_raw()
    return f"""From: {g.person()} <{M("EMAIL", "email_sender", cust)}>
To: {g.role_email("support")}
Subject: Re: [#4471] Cannot connect the POS
Message-ID: <{LK("uuid", g.uuid())}@{LK("placeholder_host", "groove.invalid")}>
Date: Tue, 14 May 2024 11:02:51 +0200

Hello,

I tried again with the settings you sent. The POS says "auth failed" when it connects
to {g.ip()}. The login I'm using is store7 / {g.pw("pos_password", "prose")} and the API key on the
settings screen is {M("KEY", "pos_api_key", g.hexs(40))}.

Our router's public address is {g.ip()} if you need to whitelist it.

Thanks,
{g.first().capitalize()}

> On Mon, 13 May 2024, Support wrote:
> Please use the test account {g.reserved_email()} first.
"""


@T(CHAT, "email", "tickets/rt-19022.eml")
def rt_ticket_email(g):
    return f"""Subject: [shop-it #19022] Access for new warehouse scanner
From: "{g.person()} via RT" <{g.role_email("rt")}>
Reply-To: {g.role_email("it")}
RT-Ticket: shop-it #19022
RT-Originator: {g.email("email_originator")}
X-RT-Loop-Prevention: shop-it

Comment by {g.first()}:

Scanner provisioned. Details for whoever picks this up:
  device IP      {g.private_ip()}
  wms server     {g.ip()}
  wms user       scan07
  wms password   {g.pw("wms_password", "prose")}
  enrolment key  {M("KEY", "enrolment_key", g.up(25))}
  serial         {g.serial()}

Old scanner password was {g.pw("device_password", "prose")} (please wipe the old unit).
"""


# ------------------------------------------------------------------ dotfiles and CLI
@T(CLI, "config", "home/.mailrc")
def snail_mailrc(g):
    u = g.email_raw()
    return f"""# s-nail
set v15-compat
set from="{g.person()} <{M("EMAIL", "email_from", u)}>"
set mta=smtps://{u.split("@")[0]}:{g.pw("smtp_password", "url")}@{g.ip()}:465
set smtp-auth=login
set folder=imaps://{u.split("@")[0]}@{g.ip()}
set password-{u.split("@")[0]}={g.pw("imap_password", "shell")}
# set password-old={g.pw("imap_password", "shell")}
account test {{
  set from={g.reserved_email()}
  set mta=smtp://{g.testnet_ip()}:25
}}
"""


@T(CLI, "config", "home/.mcabber/mcabberrc")
def mcabberrc(g):
    return f"""# mcabber configuration
set jid = {M("EMAIL", "jid", g.email_raw())}
set password = {g.pw("xmpp_password", "shell")}
set server = {g.ip()}
set port = 5222
set tls = 1
set ssl_fingerprint = {LK("tls_fingerprint", ":".join(g.hexs(2).upper() for _ in range(20)))}
# second account (work)
# set jid = {M("EMAIL", "jid", g.email_raw())}
# set password = {g.pw("xmpp_password", "shell")}
set logging_dir = ~/.mcabber/histo/
"""


@T(CLI, "ini", "home/.config/poezio/poezio.cfg")
def poezio_cfg(g):
    room = "shop-ops@conference." + g.company()
    return f"""[Poezio]
jid = {M("EMAIL", "jid", g.email_raw())}
password = {g.pw("xmpp_password", "ini")}
custom_host = {g.ip6()}
custom_port = 5222
rooms = {M("EMAIL", "jid_room", room)}/bot
certificate = {LK("sha256_fingerprint", g.hexs(64))}

[{M("EMAIL", "jid_room", room)}]
password = {g.pw("room_password", "ini")}
"""


@T(CLI, "config", "home/.sendxmpprc")
def sendxmpprc(g):
    return f"""# used by the backup cron to notify the on-call
{M("EMAIL", "jid", g.email_raw())} {g.pw("xmpp_password", "shell")}
# old account, delete after March
# {M("EMAIL", "jid", g.email_raw())} {g.pw("xmpp_password", "shell")}
"""


@T(CLI, "ini", "home/.claws-mail/accountrc")
def claws_accountrc(g):
    addr = g.email_raw()
    return f"""[Account: 1]
account_name={M("EMAIL", "email_address", addr)}
is_default=1
name={g.person()}
address={M("EMAIL", "email_address", addr)}
protocol=1
receive_server={g.ip()}
smtp_server={g.ip()}
user_id={M("EMAIL", "email_username", addr)}
password={g.pw("imap_password", "ini")}
use_smtp_auth=1
smtp_user_id=
smtp_password={g.pw("smtp_password", "ini")}
signature_path=
[Account: 2]
account_name=test
address={g.reserved_email()}
receive_server={g.private_ip()}
password={g.placeholder()}
"""


@T(CLI, "config", "home/.esmtprc")
def esmtprc(g):
    return f"""# esmtp config - relays cron mail through the shop's provider
hostname = {g.ip()}:587
username = "{g.email("email_username")}"
password = "{g.pw("smtp_password", "quoted")}"
starttls = required
mda = "/usr/bin/procmail -d %T"

identity {g.email("email_identity")}
    hostname = {g.ip()}:465
    username = "{g.first()}"
    password = "{g.pw("smtp_password", "quoted")}"
"""


@T(CLI, "config", "home/.one/one_auth")
def opennebula_one_auth(g):
    return f"""oneadmin:{g.pw("cloud_password", "shell")}
"""


# ------------------------------------------------------------------ commit / review
@T(REVIEW, "markdown", "reviews/scm-manager-pr-57.md")
def scm_manager_pr_comment(g):
    return f"""**PR #57 — Add carrier integration** (SCM-Manager)

> config/carrier.yml line 12
> ```yaml
> carrier_api_key: {M("KEY", "carrier_api_key", g.hexs(40))}
> carrier_user: {g.email("email_username")}
> carrier_password: {g.pw("carrier_password", "yaml")}
> ```

**{g.person()}**: Please don't commit these. The key above is live, I can see calls from {g.ip()} in
the carrier dashboard. Rotate it and load from the environment instead. The sandbox host is
{g.testnet_ip()} and the sandbox login is `{g.reserved_email()}` / `{g.placeholder()}`, use those in the
fixture.

**{g.person()}**: Rotated. New one is only in the deploy env. Squashed into {g.short_sha()}.
"""


@T(REVIEW, "patch", "patches/0003-hardcode-relay.patch")
def soft_serve_patch(g):
    return f"""From {g.sha()} Mon Sep 17 00:00:00 2001
From: {g.person()} <{g.email("email_author")}>
Date: Thu, 7 Mar 2024 16:40:12 +0100
Subject: [PATCH 3/4] notifier: hardcode relay until DNS is fixed

Pushed via soft-serve (ssh://{g.private_ip()}:23231/notifier).
---
 notifier/settings.go | 6 +++---
 1 file changed, 3 insertions(+), 3 deletions(-)

diff --git a/notifier/settings.go b/notifier/settings.go
index {LK("git_short_sha", g.hexs(7))}..{LK("git_short_sha", g.hexs(7))} 100644
--- a/notifier/settings.go
+++ b/notifier/settings.go
@@ -8,7 +8,7 @@ const (
-	relayHost = "relay.internal"
-	relayUser = ""
-	relayPass = ""
+	relayHost = "{g.ip()}"
+	relayUser = "{g.email("email_username")}"
+	relayPass = "{g.pw("smtp_password", "quoted")}"
 	relayPort = 587
 	signKey   = "{M("KEY", "signing_key", g.b64(32))}"
 )
-- 
{g.version()}
"""


@T(REVIEW, "email", "review/v2-0001-importer.mbox")
def review_mail_patch(g):
    return f"""From: {g.person()} <{g.email("email_author")}>
To: {g.role_email("patches")}
Subject: Re: [PATCH v2] importer: read supplier feed over SFTP
In-Reply-To: <{LK("uuid", g.uuid())}@{LK("placeholder_host", "lists.invalid")}>

On Fri, Apr 12, {g.first()} wrote:
> +SFTP_HOST = "{g.ip()}"
> +SFTP_USER = "feed"
> +SFTP_PASS = "{g.pw("sftp_password", "quoted")}"

NAK from me until the password is out of the source. Also the host key
fingerprint you pinned ({LK("ssh_fingerprint", "SHA256:" + g.b64(32)[:43])}) is for the old box {g.ip()}.

> +FEED_TOKEN = "{M("KEY", "feed_token", g.alnum(48))}"

Same here.
"""


# ------------------------------------------------------------------ monitoring / analytics / alerting
@T(OBS, "yaml", ".upptimerc.yml")
def upptime_rc_yml(g):
    return f"""owner: {g.low(8)}
repo: status
sites:
  - name: Shop
    url: https://{g.ip()}
  - name: Shop (IPv6)
    url: https://[{g.ip6()}]
  - name: Admin API
    url: https://{g.ip()}/admin/health
    headers:
      - "Authorization: Bearer {M("KEY", "bearer_token", g.b64url(40))}"
  - name: Warehouse FTP
    url: {g.ip()}
    check: "tcp-ping"
    port: 21
assignees:
  - {g.low(7)}
status-website:
  cname: status.{g.company()}
  # basic auth for the preview build: preview / {g.pw("preview_password", "plain")}
notifications:
  - type: email
    to: {g.role_email("alerts")}
"""


@T(OBS, "toml", "etc/vigil.cfg")
def vigil_config_toml(g):
    return f"""[server]
log_level = "warn"
inet = "{g.private_ip()}:8080"
manager_token = "{M("KEY", "manager_token", g.alnum(32))}"
reporter_token = "{M("KEY", "reporter_token", g.alnum(32))}"

[notify.email]
to = "{g.role_email("oncall")}"
from = "{g.email("email_sender")}"
smtp_host = "{g.ip()}"
smtp_username = "{g.email("email_username")}"
smtp_password = "{g.pw("smtp_password", "quoted")}"

[[probe.service.node]]
id = "shop"
replicas = ["https://{g.ip()}/health", "icmp://{g.ip()}"]
"""


@T(OBS, "dotenv", "oneuptime/config.env")
def oneuptime_env(g):
    return f"""HOST=status.{g.company()}
ONEUPTIME_SECRET={M("KEY", "app_secret", g.hexs(48))}
DATABASE_PASSWORD={g.pw("db_password", "ini")}
CLICKHOUSE_PASSWORD={g.pw("db_password", "ini")}
REDIS_PASSWORD={g.pw("redis_password", "ini")}
ENCRYPTION_SECRET={M("KEY", "encryption_secret", g.alnum(32))}
GLOBAL_PROBE_1_KEY={M("KEY", "probe_key", g.uuid())}
INTERNAL_SMTP_EMAIL={g.email("email_sender")}
STATUS_PAGE_CNAME_RECORD={g.ip()}
# sample key from the docs: {g.uuid_look("docs_example_uuid")}
"""


@T(OBS, "yaml", "kener/monitors.yaml")
def kener_monitors_yaml(g):
    return f"""- name: Storefront
  tag: storefront
  api:
    method: GET
    url: https://{g.ip()}/health
    headers:
      x-health-key: {M("KEY", "health_key", g.hexs(32))}
- name: Payments
  tag: payments
  api:
    method: POST
    url: https://{g.ip()}/v1/ping
    headers:
      Authorization: Basic {M("KEY", "basic_auth_b64", g.b64(24))}
- name: Office router
  tag: office
  ping:
    hostsV4:
      - {g.ip()}
      - {g.private_ip()}
    hostsV6:
      - {g.ip6()}
      - {g.doc6()}
      - {g.ula6()}
"""


@T(OBS, "shell", "scripts/uptrends_add_check.sh")
def uptrends_api_sh(g):
    return f"""#!/bin/sh
# add a check for the new shop node via the Uptrends API (basic auth = API user)
UT_USER="{M("KEY", "uptrends_api_user", g.hexs(32))}"
UT_PASS="{M("KEY", "uptrends_api_password", g.b64url(32))}"
curl -s -u "$UT_USER:$UT_PASS" -H 'Content-Type: application/json' \\
  -d '{{"Name":"shop-node-4","Url":"https://{g.ip()}/","CheckInterval":5,"NotifyEmail":"{g.email("email_notify")}"}}' \\
  https://api.uptrends.com/v4/Monitor
# the node's v6: {g.ip6()}, internal {g.private_ip()}
"""


@T(OBS, "config", "etc/le/config")
def logentries_agent_conf(g):
    return f"""[Main]
user-key = {M("KEY", "logentries_account_key", g.uuid())}
agent-key = {M("KEY", "logentries_agent_key", g.uuid())}
pull-server-side-config = False
hostname = shop-web-3

[shop-access]
path = /var/log/nginx/access.log
token = {M("KEY", "logentries_log_token", g.uuid())}

[shop-error]
path = /var/log/shop/error.log
token = {M("KEY", "logentries_log_token", g.uuid())}
# destination = {g.ip()}:443 (old data-in endpoint)
# build {g.uuid_look("build_id")}
"""


@T(OBS, "dotenv", "openpanel/.env.prod")
def openpanel_env(g):
    return f"""NEXT_PUBLIC_OPENPANEL_CLIENT_ID={LK("public_client_id", g.uuid())}
OPENPANEL_CLIENT_SECRET={M("KEY", "openpanel_client_secret", "sec_" + g.hexs(20))}
DATABASE_URL=postgresql://openpanel:{g.pw("db_password", "url")}@{g.ip()}:5432/openpanel
CLICKHOUSE_URL=http://default:{g.pw("db_password", "url")}@{g.private_ip()}:8123/openpanel
COOKIE_SECRET={M("KEY", "cookie_secret", g.b64url(43))}
RESEND_FROM={g.email("email_sender")}
"""


@T(OBS, "javascript", "theme/assets/tracking.js")
def snowplow_tracker_js(g):
    return f"""// Snowplow tracker + Woopra, loaded on every page
window.snowplow('newTracker', 'sp', 'https://{g.ip()}', {{
  appId: 'shop-web',
  cookieDomain: '.{g.company()}',
  // collector basic auth (temporary!): user collector / {g.pw("collector_password", "quoted")}
  postPath: '/com.shop/t',
}});
woopra.config({{ domain: '{g.company()}' }});
// server-side export token, DO NOT SHIP:
const WOOPRA_SECRET = '{M("KEY", "woopra_secret_key", g.alnum(40))}';
const WOOPRA_APP_ID = '{M("KEY", "woopra_app_id", g.alnum(20))}';
// release {g.version()} / {g.short_sha()}
"""


@T(OBS, "dotenv", "jitsu/.env")
def jitsu_env(g):
    return f"""JITSU_PUBLIC_URL=https://events.{g.company()}/
SEED_USER_EMAIL={g.email("email_admin")}
SEED_USER_PASSWORD={g.pw("admin_password", "ini")}
CONSOLE_AUTH_SECRET={M("KEY", "auth_secret", g.b64(32))}
BULKER_AUTH_KEY={M("KEY", "bulker_auth_key", g.hexs(40))}
SYNCCTL_AUTH_KEY={M("KEY", "syncctl_auth_key", g.hexs(40))}
JITSU_WRITE_KEY={M("KEY", "write_key", g.alnum(32) + ":" + g.alnum(32))}
POSTGRES_PASSWORD={g.pw("db_password", "ini")}
EXTERNAL_IP={g.ip()}
"""


@T(OBS, "shell", "hooks/ilert-alert.sh")
def ilert_alert_sh(g):
    return f"""#!/usr/bin/env bash
# called by the backup job on failure
ILERT_KEY="{M("KEY", "ilert_integration_key", "il1api" + g.hexs(40))}"
HOST_IP="{g.ip()}"
curl -sf -X POST "https://api.ilert.com/api/events" -H 'Content-Type: application/json' \\
  -d "{{\\"apiKey\\": \\"$ILERT_KEY\\", \\"eventType\\": \\"ALERT\\", \\"summary\\": \\"backup failed on $HOST_IP\\"}}"
# fallback: mail {g.role_email("oncall")}
# test event from {g.testnet_ip()} on {g.version()}
"""


@T(OBS, "shell", "etc/cron.d/shop-jobs")
def cronhub_crontab(g):
    return f"""# m h dom mon dow user command
MAILTO={g.email("email_cron")}
CRONHUB=https://cronhub.io/ping
15 2 * * * shop /opt/shop/bin/backup.sh && curl -fsS $CRONHUB/{M("KEY", "cronhub_ping_code", g.uuid())}
*/5 * * * * shop /opt/shop/bin/sync-stock --host {g.ip()} --password {g.pw("sync_password", "shell")} >/dev/null
0 4 * * 0 root /usr/local/bin/rotate-certs --api-key {M("KEY", "cronhub_api_key", g.hexs(40))}
30 3 * * * shop pg_dump -h {g.private_ip()} shop | gzip > /backup/shop.sql.gz
"""


@T(OBS, "shell", "scripts/notify-phone.sh")
def bark_notify_sh(g):
    return f"""#!/bin/sh
# push to my phone (Bark) and to the ops iPad (Prowl) when the shop goes down
BARK_KEY={M("KEY", "bark_device_key", g.alnum(22))}
PROWL_KEY={M("KEY", "prowl_api_key", g.hexs(40))}
ALERTZY_KEY={M("KEY", "alertzy_account_key", g.low(20))}
msg="shop down: $1"
curl -s "https://api.day.app/$BARK_KEY/$(printf %s "$msg" | jq -sRr @uri)"
curl -s https://api.prowlapp.com/publicapi/add -d apikey=$PROWL_KEY -d application=shop -d event="$msg"
curl -s -X POST https://alertzy.app/send -d accountKey=$ALERTZY_KEY -d title="$msg"
# old: curl -s https://api.day.app/{M("KEY", "bark_device_key", g.alnum(22))}/test  (from {g.ip()})
"""


# ------------------------------------------------------------------ logs
@T(LOG, "log", "var/log/unrealircd/ircd.log")
def unrealircd_log(g):
    nick = g.first()
    return f"""[2024-05-03T21:04:11.213Z] info.LINK_CONNECTING: Trying to activate link with server hub.{g.company()} ([{g.ip()}]:6900)...
[2024-05-03T21:04:11.502Z] error.LINK_DENIED_AUTH_FAILED: Link with server hub.{g.company()} ({g.ip()}) failed: Authentication failed (password '{g.pw("link_password", "shell")}' does not match)
[2024-05-03T21:05:40.009Z] info.OPER_SUCCEEDED: {nick}!{nick}@{g.ip()} is now an IRC Operator
[2024-05-03T21:06:02.771Z] warn.OPER_FAILED: Failed OPER attempt by {nick}2 [{g.ip6()}] using password {g.pw("oper_password", "shell")}
[2024-05-03T21:07:15.450Z] info.SPAMFILTER: nick bot7 sent "{M("KEY", "leaked_token", g.alnum(40))}" to #shop-ops
[2024-05-03T21:08:00.000Z] info.CONNECT: Client connecting: {nick} ({nick}@{g.private_ip()}) [{g.version()}]
"""


@T(LOG, "log", "var/opt/axigen/log/everything.txt")
def axigen_log(g):
    u = g.email_raw()
    return f"""2024-06-11 08:12:04 +0200 08 mail SMTP-IN:0001A2F3: Connection accepted from {g.ip()}:53122
2024-06-11 08:12:04 +0200 08 mail SMTP-IN:0001A2F3: AUTH LOGIN user={M("EMAIL", "email_username", u)} failed
2024-06-11 08:12:05 +0200 08 mail SMTP-IN:0001A2F3: debug: decoded credentials {M("EMAIL", "email_username", u)} / {g.pw("smtp_password", "shell")}
2024-06-11 08:12:07 +0200 08 mail IMAP:00019C10: User {g.email("email_username")} logged in from {g.ip()}
2024-06-11 08:12:09 +0200 08 mail SMTP-OUT:0001A2F4: Delivered message to {g.email("email_recipient")} via {g.ip()}
2024-06-11 08:12:10 +0200 08 mail WEBADMIN:0001A2F5: admin password changed to '{g.pw("admin_password", "shell")}' by CLI (debug mode)
2024-06-11 08:12:11 +0200 08 mail SMTP-IN:0001A2F6: Relay test from {g.private_ip()} to {g.reserved_email()}
"""


@T(LOG, "log", "var/log/pound/access.log")
def pound_log(g):
    lines = []
    for _ in range(3):
        lines.append(f'shop-lb {g.ip()} - - [12/Jun/2024:10:0{g.r.randrange(10)}:1{g.r.randrange(10)} +0000] "GET /api/products?page=2 HTTP/1.1" 200 5120 "-" "Mozilla/5.0" (backend {g.private_ip()}:8080)')
    lines.append(f'shop-lb {g.ip()} - - [12/Jun/2024:10:11:02 +0000] "GET /api/export.csv?api_key={M("KEY", "api_key_in_url", g.hexs(32))} HTTP/1.1" 200 88211 "-" "wget/1.21"')
    lines.append(f'shop-lb {g.ip()} - shopadmin [12/Jun/2024:10:12:44 +0000] "GET /admin/login?user=shopadmin&password={g.pw("admin_password", "url")} HTTP/1.1" 302 0 "-" "python-requests/2.31"')
    lines.append(f'shop-lb {g.ip6()} - - [12/Jun/2024:10:13:05 +0000] "POST /newsletter?email={g.email("email_in_url")} HTTP/1.1" 204 0 "-" "Mozilla/5.0"')
    lines.append(f'shop-lb {g.private_ip()} - - [12/Jun/2024:10:13:09 +0000] "GET /health HTTP/1.1" 200 2 "-" "kube-probe/{g.version()}"')
    return "\n".join(lines) + "\n"


@T(LOG, "log", "MDaemon/Logs/MDaemon-2024-07-01-IMAP.log")
def mdaemon_log(g):
    return f"""Mon 2024-07-01 09:00:12.331: Session 4412; child 1
Mon 2024-07-01 09:00:12.331: Accepting IMAP connection from {g.ip()}:50311
Mon 2024-07-01 09:00:12.420: <-- 0001 LOGIN "{g.email("email_username")}" "{g.pw("imap_password", "quoted")}"
Mon 2024-07-01 09:00:12.431: --> 0001 NO LOGIN failed
Mon 2024-07-01 09:00:13.002: <-- 0002 LOGIN {g.email("email_username")} {g.pw("imap_password", "shell")}
Mon 2024-07-01 09:00:13.010: --> 0002 OK LOGIN completed
Mon 2024-07-01 09:00:14.550: Session 4413; child 2
Mon 2024-07-01 09:00:14.551: Accepting IMAP connection from {g.private_ip()}:61820
Mon 2024-07-01 09:00:14.560: MDaemon v{g.version()} ready
"""


@T(LOG, "log", "kerio/mailserver/store/logs/security.log")
def kerio_connect_log(g):
    return f"""[18/Jul/2024 07:31:09] Failed IMAP login from {g.ip()}, missing Kerio Connect account {g.email("email_username")}
[18/Jul/2024 07:31:40] Failed SMTP login from {g.ip()} with SASL method PLAIN: user {g.email("email_username")}, password "{g.pw("smtp_password", "quoted")}"
[18/Jul/2024 07:32:01] IP address {g.ip()} has been blocked for 300 seconds (too many failed logins)
[18/Jul/2024 07:35:55] Administration login: user admin from {g.ip6()}
[18/Jul/2024 07:36:12] API token created for integration 'crm': {M("KEY", "api_token", g.alnum(44))}
[18/Jul/2024 07:40:00] Trusted relay {g.private_ip()} accepted message for {g.reserved_email()}
"""


# ------------------------------------------------------------------ mobile / IDE
@T(MOB, "yaml", ".maestro/checkout_flow.yaml")
def maestro_flow_yaml(g):
    return f"""appId: com.{g.low(6)}.shop
env:
  USER_EMAIL: {g.email("email_test_user")}
  USER_PASSWORD: {g.pw("app_password", "yaml")}
  API_HOST: {g.ip()}
  PAYMENT_TEST_KEY: {M("KEY", "payment_test_key", g.alnum(32))}
---
- launchApp
- tapOn: "Sign in"
- inputText: ${{USER_EMAIL}}
- tapOn: "Password"
- inputText: ${{USER_PASSWORD}}
- tapOn: "Continue"
- assertVisible: "Order {LK("record_id", "#" + g.digits(6))}"
# local backend for dev: {g.private_ip()}
"""


@T(MOB, "json", "e2e/appium.caps.json")
def appium_caps_json(g):
    return J({
        "platformName": "Android",
        "appium:deviceName": "Pixel 7",
        "appium:app": "storage:filename=shop-" + LK("version", "3.14.2") + ".apk",
        "devicefarm:options": {"userName": g.email("email_username"),
                               "accessKey": M("KEY", "device_farm_access_key", g.alnum(20)),
                               "tunnelHost": g.ip()},
        "shop:testAccount": {"login": g.email("email_test_user"), "password": g.pw("app_password", "quoted")},
        "shop:backend": "http://" + g.private_ip() + ":8080",
    })


# ------------------------------------------------------------------ network devices (syntax from memory, approximate)
@T(NET, "cli", "configs/siklu-eh8010-roof.txt")
def siklu_cli(g):
    return f"""set system name roof-link-a
set ip 1 ip-addr {g.ip()} prefix-len 29 default-gateway {g.ip()}
set ip 2 ip-addr {g.private_ip()} prefix-len 24
set user admin password {g.pw("device_password", "plain")}
set user monitor password {g.pw("device_password", "plain")}
set snmp-mng 1 ip-addr {g.ip()} snmp-version v3 security-name nms auth-password {g.pw("snmp_auth_password", "plain")} priv-password {g.pw("snmp_priv_password", "plain")}
set snmp-agent read-com {LK("placeholder", "public")}
# eth0 {g.mac()}
set radius-server 1 ip-addr {g.ip()} shared-secret {g.pw("radius_secret", "plain")}
# sw {g.firmware4()}
"""


@T(NET, "cli", "configs/ceragon-ip20-site3.cfg")
def ceragon_cli(g):
    return f"""platform management ip set ipv4-address {g.ip()} subnet {g.netmask()} gateway {g.ip()}
platform management ip set ipv6-address {g.ip6()} prefix-length 64
platform management ip set ipv6-gateway {g.linklocal6()}
platform security protocols-control snmp-v3 user add name nms auth-password {g.pw("snmp_auth_password", "plain")} priv-password {g.pw("snmp_priv_password", "plain")}
platform management set-user name admin password {g.pw("device_password", "plain")}
platform management set-user name ro password {g.pw("device_password", "plain")}
platform management ntp server add {g.ip()}
platform management syslog server add {g.private_ip()}
# radio sw {g.firmware4()}
"""


@T(NET, "config", "yeastar/pbx_trunks.conf")
def yeastar_pbx_conf(g):
    return f"""[trunk-provider1]
type=peer
host={g.ip()}
fromuser={g.digits(10)}
username={g.digits(10)}
secret={g.pw("sip_password", "ini")}
outboundproxy={g.ip()}

[ext-201]
username=201
secret={g.pw("sip_password", "ini")}
email={g.email("email_voicemail")}

[ext-202]
username=202
secret={g.pw("sip_password", "ini")}
email={g.email("email_voicemail")}
permit={g.private_ip()}/{g.netmask()}
"""


@T(NET, "config", "akuvox/door-front.cfg")
def akuvox_intercom_cfg(g):
    return f"""Config.Account1.GENERAL.Enable = 1
Config.Account1.GENERAL.AuthName = door-front
Config.Account1.GENERAL.UserName = {g.digits(4)}
Config.Account1.GENERAL.Pwd = {g.pw("sip_password", "plain")}
Config.Account1.SIP.Server = {g.ip()}
Config.Settings.WEB_LOGIN.Password = {g.pw("web_admin_password", "plain")}
Config.DoorSetting.RELAY.PrivateKeyA = {M("PASSWORD", "door_pin", g.digits(6))}
Config.DoorSetting.API.Password = {g.pw("api_password", "plain")}
Config.Network.LAN.StaticIP = {g.private_ip()}
Config.Network.LAN.SubnetMask = {g.netmask()}
Config.Settings.EMAIL.Sender = {g.email("email_sender")}
Config.Settings.EMAIL.Password = {g.pw("smtp_password", "plain")}
Config.Firmware.Version = {g.firmware4()}
"""


@T(NET, "config", "provisioning/cfg0015654a3f2b.cfg")
def htek_phone_cfg(g):
    return f"""#!version:{LK("config_format_version", "1.0.0.1")}
account.1.enable = 1
account.1.label = Reception
account.1.auth_name = {g.digits(4)}
account.1.password = {g.pw("sip_password", "plain")}
account.1.sip_server.1.address = {g.ip()}
account.1.sip_server.2.address = {g.ip()}
security.user_password = admin:{g.pw("device_password", "plain")}
network.vpn.openvpn.server = {g.ip()}
auto_provision.server.url = https://prov:{g.pw("http_password", "url")}@{g.ip()}/htek/
network.internet_port.ip = {g.private_ip()}
features.firmware = {g.firmware4()}
"""


@T(NET, "config", "mobotix/cam-parking.conf")
def mobotix_camera_cfg(g):
    return f"""SECTION ethernet
ETH_IP={g.private_ip()}
ETH_NETMASK={g.netmask()}
ETH_GW={g.private_ip()}
ETH_MAC={g.mac()}
ENDSECTION ethernet
SECTION ftp
FTP_SERVER={g.ip()}
FTP_USER=cam-parking
FTP_PASSWORD={g.pw("ftp_password", "plain")}
ENDSECTION ftp
SECTION email
SMTP_SERVER={g.ip()}
SMTP_USER={g.email("email_username")}
SMTP_PASS={g.pw("smtp_password", "plain")}
MAIL_TO={g.email("email_notify")}
ENDSECTION email
SECTION users
USER admin:{g.pw("device_password", "plain")}:admins
ENDSECTION users
"""


@T(NET, "json", "backups/dragino-lps8-gw.json")
def dragino_gateway_json(g):
    return J({
        "model": "LPS8N", "firmware": LK("firmware_build", "2.0.4.11"),
        "gateway_eui": LK("gateway_eui", g.hexs(16).upper()),
        "lan": {"ip": g.private_ip(), "netmask": g.netmask()},
        "wan": {"ip": g.ip(), "dns": g.ip()},
        "lorawan": {"server": g.ip(), "port": 1700, "api_key": M("KEY", "network_server_api_key", g.b64(48))},
        "mqtt": {"broker": g.ip(), "user": "lps8", "password": g.pw("mqtt_password", "quoted")},
        "web": {"root_password": g.pw("device_password", "quoted")},
        "wifi": {"ssid": "dragino-" + g.hexs(6), "key": g.pw("wifi_passphrase", "quoted")},
    })


# ------------------------------------------------------------------ notebooks
def _nb(cells):
    out = []
    for kind, src in cells:
        c = {"cell_type": kind, "metadata": {}, "source": [l + "\n" for l in src.split("\n")]}
        c["source"][-1] = c["source"][-1].rstrip("\n")
        if kind == "code":
            c["execution_count"] = None
            c["outputs"] = []
        out.append(c)
    return J({"cells": out, "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python",
                                                         "name": "python3"}}, "nbformat": 4, "nbformat_minor": 5})


@T(NB, "ipynb", "notebooks/fx_and_stocks.ipynb")
def ipynb_market_data(g):
    return _nb([
        ("markdown", "# Supplier currency exposure\nPulls FX and stock data for the monthly report."),
        ("code", f'FMP_KEY = "{M("KEY", "fmp_key", g.alnum(32))}"\n'
                 f'FINAGE_KEY = "{M("KEY", "finage_key", "API_KEY" + g.up(32))}"\n'
                 f'NUMVERIFY_KEY = "{M("KEY", "numverify_key", g.hexs(32))}"  # phone check for suppliers'),
        ("code", f'import psycopg\nconn = psycopg.connect(host="{g.ip()}", user="report", '
                 f'password="{g.pw("db_password", "quoted_sp")}", dbname="shop")'),
        ("markdown", f"Questions: {g.email('email_author')}. Test data only from {g.testnet_ip()}."),
        ("code", f'# df.to_csv("s3://reports/fx.csv", storage_options={{"key": "{M("KEY", "access_key_id", g.up(20))}", '
                 f'"secret": "{M("KEY", "secret_access_key", g.b64(30))}"}})'),
    ])


@T(NB, "ipynb", "notebooks/recipe_nutrition.ipynb")
def ipynb_nutrition(g):
    return _nb([
        ("markdown", "## Nutrition labels for the meal-kit range"),
        ("code", f'EDAMAM_APP_ID = "{M("KEY", "edamam_app_id", g.hexs(8))}"\n'
                 f'EDAMAM_APP_KEY = "{M("KEY", "edamam_app_key", g.hexs(32))}"\n'
                 f'NIX_APP_ID = "{M("KEY", "nutritionix_app_id", g.hexs(8))}"\n'
                 f'NIX_APP_KEY = "{M("KEY", "nutritionix_app_key", g.hexs(32))}"'),
        ("code", f'SPOON_KEY = "{M("KEY", "spoonacular_key", g.hexs(32))}"\n'
                 f'# BARCHART_KEY = "{M("KEY", "barchart_key", g.hexs(32))}"  # for the commodity-price idea'),
        ("code", f'smtp = smtplib.SMTP_SSL("{g.ip()}")\nsmtp.login("{g.email("email_username")}", '
                 f'"{g.pw("smtp_password", "quoted_sp")}")'),
        ("markdown", f"Recipe ids look like {g.uuid_look('recipe_id')}; old dataset {g.md5()}."),
    ])


# ------------------------------------------------------------------ self-hosted shops and apps
@T(SELF, "dotenv", "sylius/.env.local")
def sylius_env(g):
    return f"""APP_ENV=prod
APP_SECRET={M("KEY", "app_secret", g.hexs(32))}
DATABASE_URL=mysql://sylius:{g.pw("db_password", "url")}@{g.ip()}:3306/sylius_prod
MAILER_DSN=smtp://{g.email_raw().split("@")[0]}:{g.pw("smtp_password", "url")}@{g.ip()}:587
JWT_PASSPHRASE={g.pw("jwt_passphrase", "ini")}
JWT_SECRET_KEY_CONTENT="{g.pem_oneline()}"
SYLIUS_PAYMENT_CLIENT_SECRET={M("KEY", "payment_client_secret", g.b64url(64))}
# local: DATABASE_URL=mysql://root:{g.placeholder()}@{g.private_ip()}:3306/sylius
"""


@T(SELF, "typescript", "vendure/src/vendure-config.ts")
def vendure_config_ts(g):
    return f"""import {{ VendureConfig }} from '@vendure/core';

export const config: VendureConfig = {{
  apiOptions: {{ port: 3000, adminApiPath: 'admin-api' }},
  authOptions: {{
    superadminCredentials: {{ identifier: 'superadmin', password: '{g.pw("admin_password", "quoted")}' }},
    cookieOptions: {{ secret: '{M("KEY", "cookie_secret", g.b64url(40))}' }},
  }},
  dbConnectionOptions: {{
    type: 'postgres', host: '{g.ip()}', port: 5432, username: 'vendure',
    password: '{g.pw("db_password", "quoted")}', database: 'vendure',
  }},
  plugins: [
    EmailPlugin.init({{ transport: {{ type: 'smtp', host: '{g.ip()}', port: 587,
      auth: {{ user: '{g.email("email_username")}', pass: '{g.pw("smtp_password", "quoted")}' }} }} }}),
    AssetServerPlugin.init({{ route: 'assets', assetUploadDir: '/data/assets' }}),
  ],
}};
// staging db: {g.private_ip()}
"""


@T(SELF, "dotenv", "bagisto/.env")
def bagisto_env(g):
    return f"""APP_NAME=Bagisto
APP_KEY=base64:{M("KEY", "app_key", g.b64(32))}
APP_URL=https://{g.company()}
DB_HOST={g.ip()}
DB_DATABASE=bagisto
DB_USERNAME=bagisto
DB_PASSWORD={g.pw("db_password", "ini")}
MAIL_HOST={g.ip()}
MAIL_USERNAME={g.email("email_username")}
MAIL_PASSWORD={g.pw("smtp_password", "ini")}
MAIL_FROM_ADDRESS={g.role_email("shop")}
ADMIN_MAIL_ADDRESS={g.email("email_admin")}
REDIS_HOST={g.private_ip()}
REDIS_PASSWORD=null
"""


@T(SELF, "php", "prestashop/app/config/parameters.php")
def prestashop_parameters_php(g):
    return f"""<?php return array (
  'parameters' =>
  array (
    'database_host' => '{g.ip()}',
    'database_port' => '',
    'database_name' => 'prestashop',
    'database_user' => 'ps_user',
    'database_password' => '{g.pw("db_password", "quoted")}',
    'database_prefix' => 'ps_',
    'mailer_transport' => 'smtp',
    'mailer_host' => '{g.ip()}',
    'mailer_user' => '{g.email("email_username")}',
    'mailer_password' => '{g.pw("smtp_password", "quoted")}',
    'secret' => '{M("KEY", "app_secret", g.alnum(56))}',
    'cookie_key' => '{M("KEY", "cookie_key", g.alnum(56))}',
    'cookie_iv' => '{M("KEY", "cookie_iv", g.alnum(32))}',
    'ps_creation_date' => '2021-09-14',
    'locale' => 'en-US',
    'api_public_key' => '{LK("public_key_pem_header", "-----BEGIN PUBLIC KEY-----")}',
  ),
);
"""


@T(SELF, "php", "opencart/config.php")
def opencart_config_php(g):
    return f"""<?php
// HTTP
define('HTTP_SERVER', 'https://{g.company()}/');
// DB
define('DB_DRIVER', 'mysqli');
define('DB_HOSTNAME', '{g.ip()}');
define('DB_USERNAME', 'oc_shop');
define('DB_PASSWORD', '{g.pw("db_password", "quoted")}');
define('DB_DATABASE', 'opencart');
define('DB_PORT', '3306');
// define('DB_PASSWORD', '{g.pw("db_password", "quoted")}'); // old host {g.private_ip()}
define('OC_API_KEY', '{M("KEY", "api_key", g.alnum(64))}');
define('CONTACT_EMAIL', '{g.email("email_contact")}');
"""


@T(SELF, "dotenv", "shopware/.env.local")
def shopware_env(g):
    return f"""APP_ENV=prod
APP_URL=https://{g.company()}
APP_SECRET={M("KEY", "app_secret", g.hexs(64))}
INSTANCE_ID={M("KEY", "instance_id", g.alnum(32))}
DATABASE_URL=mysql://shopware:{g.pw("db_password", "url")}@{g.ip()}:3306/shopware
MAILER_DSN=smtp://shopware:{g.pw("smtp_password", "url")}@{g.ip()}:587
OPENSEARCH_URL=http://admin:{g.pw("search_password", "url")}@{g.private_ip()}:9200
SHOPWARE_ES_ENABLED=1
STOREFRONT_PROXY_URL=http://{g.testnet_ip()}
"""


@T(SELF, "dotenv", "akeneo/.env.local")
def akeneo_env(g):
    return f"""APP_ENV=prod
APP_SECRET={M("KEY", "app_secret", g.hexs(40))}
APP_DATABASE_HOST={g.ip()}
APP_DATABASE_USER=akeneo_pim
APP_DATABASE_PASSWORD={g.pw("db_password", "ini")}
APP_INDEX_HOSTS=elastic:{g.pw("search_password", "url")}@{g.private_ip()}:9200
MAILER_DSN=smtp://{g.ip()}:25?encryption=tls&auth_mode=login&username=pim&password={g.pw("smtp_password", "url")}
AKENEO_PIM_URL=https://pim.{g.company()}
# api client for the shop sync: {M("KEY", "api_client_id", g.digits(1) + "_" + g.low(50))} / {M("KEY", "api_client_secret", g.low(50))}
"""


@T(SELF, "properties", "idempiere/idempiereEnv.properties")
def idempiere_env_properties(g):
    return f"""#idempiereEnv.properties generated by silent setup
IDEMPIERE_HOME=/opt/idempiere-server
JAVA_HOME=/usr/lib/jvm/java-17-openjdk-amd64
ADEMPIERE_DB_SERVER={g.ip()}
ADEMPIERE_DB_PORT=5432
ADEMPIERE_DB_NAME=idempiere
ADEMPIERE_DB_USER=adempiere
ADEMPIERE_DB_PASSWORD={g.pw("db_password", "ini")}
ADEMPIERE_DB_SYSTEM={g.pw("db_admin_password", "ini")}
ADEMPIERE_APPS_SERVER={g.private_ip()}
ADEMPIERE_KEYSTOREPASS={g.pw("keystore_password", "ini")}
ADEMPIERE_MAIL_SERVER={g.ip()}
ADEMPIERE_ADMIN_EMAIL={g.email("email_admin")}
ADEMPIERE_MAIL_USER={g.email("email_username")}
ADEMPIERE_MAIL_PASSWORD={g.pw("smtp_password", "ini")}
# SuperUser hash from AD_User: {LK("sha512_hash", g.hexs(128))}
"""


@T(SELF, "dotenv", "appsmith/stacks/configuration/docker.env")
def appsmith_env(g):
    return f"""APPSMITH_ENCRYPTION_PASSWORD={g.pw("encryption_password", "ini")}
APPSMITH_ENCRYPTION_SALT={M("KEY", "encryption_salt", g.alnum(20))}
APPSMITH_DB_URL=mongodb://appsmith:{g.pw("db_password", "url")}@{g.ip()}:27017/appsmith?authSource=admin
APPSMITH_REDIS_URL=redis://{g.private_ip()}:6379
APPSMITH_MAIL_HOST={g.ip()}
APPSMITH_MAIL_USERNAME={g.email("email_username")}
APPSMITH_MAIL_PASSWORD={g.pw("smtp_password", "ini")}
APPSMITH_ADMIN_EMAILS={g.email("email_admin")},{g.email("email_admin")}
APPSMITH_OAUTH2_OIDC_CLIENT_SECRET={M("KEY", "oidc_client_secret", g.b64url(40))}
# admin user hash copied from the db for reference: {g.bcrypt()}
"""


@T(SELF, "yaml", "commafeed/config.yml")
def commafeed_config_yml(g):
    return f"""app:
  publicUrl: https://rss.{g.company()}/
  allowRegistrations: false
  smtpHost: {g.ip()}
  smtpPort: 587
  smtpTls: true
  smtpUserName: {g.email("email_username")}
  smtpPassword: {g.pw("smtp_password", "yaml")}
  smtpFromAddress: {g.role_email("rss")}
  # api key of the admin user, used by the e-reader sync script
  adminApiKey: {M("KEY", "api_key", g.hexs(40))}
database:
  driverClass: org.postgresql.Driver
  url: jdbc:postgresql://{g.ip()}:5432/commafeed
  user: commafeed
  password: {g.pw("db_password", "yaml")}
server:
  bindHost: {g.private_ip()}
"""


# ------------------------------------------------------------------ home automation
@T(SELF, "config", "opt/fhem/fhem.cfg")
def fhem_cfg(g):
    return f"""attr global logfile ./log/fhem-%Y-%m.log
attr global modpath .
define telnetPort telnetport 7072 global
define allowed_tel allowed
attr allowed_tel password {g.pw("telnet_password", "shell")}
define WEB FHEMWEB 8083 global
define allowed_web allowed
attr allowed_web basicAuth {M("KEY", "basic_auth_b64", g.b64(18))}
define sensibo_lr Sensibo {M("KEY", "sensibo_api_key", g.alnum(30))} livingroom
define purple PurpleAir {M("KEY", "purpleair_read_key", g.uuid())} 12345
define mqtt MQTT2_CLIENT {g.ip()}:8883
attr mqtt username fhem
attr mqtt password {g.pw("mqtt_password", "shell")}
define notify_mail notify .*:alarm {{ DebianMail('{g.email("email_notify")}','Alarm','$EVENT') }}
define router PRESENCE lan-ping {g.private_ip()}
"""


@T(SELF, "json", "iobroker-data/backup/objects-rachio.json")
def iobroker_json(g):
    return J({
        "system.adapter.rachio.0": {"native": {
            "apiKey": M("KEY", "rachio_api_key", g.uuid()), "pollInterval": 300}},
        "system.adapter.airthings.0": {"native": {
            "clientId": M("KEY", "airthings_client_id", g.uuid()),
            "clientSecret": M("KEY", "airthings_client_secret", g.uuid())}},
        "system.adapter.email.0": {"native": {
            "transportOptions": {"host": g.ip(), "auth": {"user": g.email("email_username"),
                                                          "pass": g.pw("smtp_password", "quoted")}}}},
        "system.adapter.admin.0": {"native": {"bind": g.private_ip(), "secure": True,
                                              "certPublic": LK("placeholder", "default")}},
        "system.host.pi4": {"common": {"installedVersion": LK("version", "6.0.11")}},
    })


# ------------------------------------------------------------------ unusual formats
@T(ODD, "javascript", "proxy/shop-office.pac")
def proxy_pac_file(g):
    return f"""// PAC for the shop office. Proxy login for legacy apps that can't do NTLM:
//   user: proxy-shop   pass: {g.pw("proxy_password", "plain")}
// (the proxy also accepts {g.email("email_username")} with the AD password)
function FindProxyForURL(url, host) {{
  if (isInNet(dnsResolve(host), "{g.private_ip()}", "{LK("netmask", "255.255.0.0")}")) return "DIRECT";
  if (shExpMatch(host, "*.{g.company()}")) return "DIRECT";
  if (host == "{g.ip()}") return "DIRECT";
  return "PROXY {g.ip()}:3128; PROXY {g.ip()}:3128; DIRECT";
}}
"""


@T(ODD, "desktop", "home/.local/share/applications/shop-pos.desktop")
def xdg_desktop_entry(g):
    return f"""[Desktop Entry]
Type=Application
Name=Shop POS
Comment=Till client (auto login)
Exec=/opt/pos/pos-client --server {g.ip()} --user till2 --password {g.pw("pos_password", "shell")} --key {M("KEY", "pos_license_key", g.up(5) + "-" + g.up(5) + "-" + g.up(5) + "-" + g.up(5))}
Icon=/opt/pos/icon.png
Terminal=false
X-Shop-Support={g.role_email("support")}
X-Shop-Version={g.version()}
"""


@T(ODD, "fountain", "scripts/training-video.fountain")
def fountain_screenplay(g):
    pw = g.pw_raw("prose")
    return f"""Title: Till Training, Episode 2
Credit: written by
Author: {g.person()}
Contact: {g.email("email_contact")}

INT. SHOP BACK OFFICE - DAY

AMIRA sits at the till. KEV leans in.

KEV
Log in with the trainer account. Password's {M("PASSWORD", "pos_password", pw)}.

AMIRA
(typing)
{M("PASSWORD", "pos_password", pw)}... It says the server at {g.ip()} isn't answering.

KEV
Then it's the backup box, {g.ip()}. And if it asks for the licence key, it's taped under the drawer:
{M("KEY", "pos_license_key", g.up(5) + "-" + g.up(5) + "-" + g.up(5) + "-" + g.up(5))}.

[[Note: blur the screen in post. Demo store uses {g.reserved_email()} and {g.testnet_ip()}.]]
"""


# ------------------------------------------------------------------ prose
@T(PROSE, "markdown", "docs/runbooks/move-shop-to-shopware.md")
def runbook_shop_migration(g):
    return f"""# Runbook: moving the shop from PrestaShop to Shopware

Owner: {g.person()} ({g.email("email_owner")}). Last dry run: {g.version()} of the import plugin.

## 1. Freeze the old shop
Log in to the old back office at https://{g.ip()}/admin-dev with `migration` / `{g.pw("admin_password", "prose")}`
and switch the shop to maintenance mode. Add our office IP {g.ip()} to the maintenance allow-list.

## 2. Export
The old database is on {g.ip()}; the read-only user is `ps_export`, password **{g.pw("db_password", "prose")}**.
Dump it to the migration box ({g.private_ip()}).

## 3. Import
Run the importer with the Shopware integration credentials:

```
access key id:  {M("KEY", "integration_access_key", "SWIA" + g.up(22))}
secret:         {M("KEY", "integration_secret", g.b64url(54))}
```

The product feed for the comparison sites needs the new Financial Modeling Prep key only for the
currency widget: {M("KEY", "fmp_key", g.alnum(32))}. The Jotform order-returns form keeps its key
{M("KEY", "jotform_api_key", g.hexs(32))}.

## 4. Check
Place a test order as {g.reserved_email()} (card 4242… is a placeholder, don't use real cards). Ping the
new storefront on {g.ip6()} and the old one on {g.testnet_ip()} in the staging DNS.
"""


@T(PROSE, "markdown", "docs/postmortems/2024-03-theme-repo-keys.md")
def postmortem_theme_keys(g):
    return f"""# Postmortem: API keys published with the shop theme

**Summary.** On 4 March the storefront theme repository was made public for a contractor. It contained
`assets/config.js` with five live keys. They were found by {g.email("email_reporter")} two days later.

**What leaked**
| service | value | status |
|---|---|---|
| Lichess (team events widget) | `{M("KEY", "lichess_token", "lip_" + g.alnum(20))}` | revoked |
| Bungie (clan page) | `{M("KEY", "bungie_api_key", g.hexs(32))}` | revoked |
| Readwise (staff reading list) | `{M("KEY", "readwise_token", g.alnum(50))}` | revoked |
| Songkick (events) | `{M("KEY", "songkick_api_key", g.alnum(16))}` | revoked |
| Formspree deploy key | `{M("KEY", "formspree_deploy_key", g.hexs(32))}` | revoked |
| Formspree form id | `{LK("public_form_id", g.low(8))}` | public, fine |

The theme also had a commented-out admin login for the staging shop (`stage-admin` / `{g.pw("admin_password", "prose")}`)
and the staging server address {g.ip()}.

**Timeline.** Requests with the Bungie key came from {g.ip()} and {g.ip()} (not ours). The commit that added
the file is {g.sha()}; the build that shipped it was {g.uuid_look("build_id")}.

**Follow-ups.** Keys move to the server side; the theme build fails if `config.js` matches a 32-hex
pattern. The SRI hash of the new bundle is {LK("sri_hash", "sha384-" + g.b64(48))}.
"""


@T(PROSE, "markdown", "docs/hackerspace-handbook.md")
def hackerspace_handbook(g):
    return f"""# Hackerspace IT handbook (volunteers)

Welcome! This page has everything you need for the workshop computers. Please don't forward it.

* **Parts ordering.** The shared Mouser account is {g.email("email_username")}, password
  `{g.pw("web_password", "prose")}`. The API key for the BOM tool is {M("KEY", "mouser_api_key", g.uuid())}.
  Octopart searches go through Nexar: client id {M("KEY", "nexar_client_id", g.uuid())}, secret
  {M("KEY", "nexar_client_secret", g.b64url(43))}.
* **IoT kits.** The Golioth project key for the class boards is {M("KEY", "golioth_api_key", g.alnum(32))}.
  Each board has a PSK; the demo board's is {M("KEY", "device_psk", g.hexs(32))}. SIMs are on Soracom
  (auth key {M("KEY", "soracom_auth_key_id", "keyId-" + g.alnum(32))} / {M("KEY", "soracom_auth_key", "secret-" + g.alnum(64))}) and
  Hologram (API key {M("KEY", "hologram_api_key", g.alnum(32))}).
* **Laser cutter PC.** Local admin password: {g.pw("local_admin_password", "prose")}. It's at {g.private_ip()}.
* **Wi-Fi.** Members: {g.pw("wifi_passphrase", "prose")}. Guests: {g.pw("wifi_passphrase", "prose")}.
* **Door controller.** Web UI at {g.ip()}, login `door` / {g.pw("device_password", "prose")}.

Questions to {g.role_email("it")}. Sample emails in tutorials use {g.reserved_email()}.
"""


# ------------------------------------------------------------------ handover notes in 20 languages
# (title, server, password, key, email, and, place in the language's own script, key vendor)
NOTES = {
    "note_circassian": ("IT Ӏофыгъохэр", "Сервер", "Пароль", "Ключ", "Электрон почтэ", "ыкӀи", "Мыекъуапэ", "lichess"),
    "note_cree": ("ᐊᓄᐦᐨ ᐅᒪ ᐃᔑᐱᒥᐸᔨᐤ", "server", "password", "key", "email", "ᒥᓇ", "ᒪᐢᑿᒋᐢ", "bungie"),
    "note_fulani": ("𞤑𞤢𞤤𞤢 𞤁𞤭𞤲𞤼𞤫", "serveur", "mot de passe", "clé", "courriel", "e", "𞤂𞤢𞤦𞤫", "hypixel"),
    "note_vai": ("ꕙꔤ ꕞꕌ ꔳ", "server", "password", "key", "email", "ꕎ", "ꕮꔻꕞ", "faceit"),
    "note_hadiyya": ("የአይቲ ማስታወሻ", "ሰርቨር", "የይለፍ ቃል", "ቁልፍ", "ኢሜል", "ና", "ሆሳዕና", "simkl"),
    "note_lepcha": ("आईटी हस्तान्तरण", "सर्भर", "पासवर्ड", "साँचो", "इमेल", "र", "कालिम्पोङ", "tvmaze"),
    "note_navajo": ("Naaltsoos IT", "server", "password", "key", "email", "dóó", "Tségháhoodzání", "thetvdb"),
    "note_tok_pisin": ("Ol tok bilong IT", "seva", "paswot", "ki", "imel", "na", "Goroka", "fanart"),
    "note_kiribati": ("Te rongorongo ni IT", "server", "password", "ki", "imeel", "ao", "Betio", "readwise"),
    "note_chuukese": ("Kapas ren IT", "server", "password", "key", "email", "me", "Weno", "raindrop"),
    "note_makassarese": ("Catatan IT", "server", "kata sandi", "kunci", "surel", "na", "Mangkasara", "inoreader"),
    "note_kanuri": ("Takarda IT", "server", "kalmar sirri", "makulli", "imel", "kuma", "Maiduguri", "mouser"),
    "note_songhay": ("IT tira", "serveur", "mot de passe", "clé", "courriel", "nda", "Gao", "golioth"),
    "note_fon": ("IT wemá", "serveur", "mot de passe", "clé", "courriel", "kpó", "Abomɛ", "hologram"),
    "note_tiv": ("Takerada u IT", "server", "password", "key", "email", "man", "Makurdi", "songkick"),
    "note_maasai": ("Ilomon le IT", "seva", "nywila", "ufunguo", "barua pepe", "o", "Narok", "setlistfm"),
    "note_tumbuka": ("Uthenga wa IT", "server", "password", "key", "email", "na", "Mzuzu", "whoop"),
    "note_kimbundu": ("Mukanda wa IT", "servidor", "senha", "chave", "correio", "ni", "Ndalatando", "jotform"),
    "note_yucatec": ("U ts'íibil IT", "servidor", "contraseña", "llave", "correo", "yéetel", "Tizimín", "purpleair"),
    "note_miskito": ("IT wauhkataya", "servidor", "contraseña", "llave", "correo", "bara", "Bilwi", "sensibo"),
}

WIFI = "Wi-Fi"


def _vendor_key(g, vendor):
    return {
        "lichess": lambda: ("Lichess", M("KEY", "lichess_token", "lip_" + g.alnum(20))),
        "bungie": lambda: ("Bungie", M("KEY", "bungie_api_key", g.hexs(32))),
        "hypixel": lambda: ("Hypixel", M("KEY", "hypixel_api_key", g.uuid())),
        "faceit": lambda: ("FACEIT", M("KEY", "faceit_server_key", g.uuid())),
        "simkl": lambda: ("Simkl", M("KEY", "simkl_client_secret", g.hexs(64))),
        "tvmaze": lambda: ("TVmaze", M("KEY", "tvmaze_api_key", g.alnum(32))),
        "thetvdb": lambda: ("TheTVDB", M("KEY", "thetvdb_api_key", g.uuid())),
        "fanart": lambda: ("fanart.tv", M("KEY", "fanart_api_key", g.hexs(32))),
        "readwise": lambda: ("Readwise", M("KEY", "readwise_token", g.alnum(50))),
        "raindrop": lambda: ("Raindrop.io", M("KEY", "raindrop_test_token", g.uuid())),
        "inoreader": lambda: ("Inoreader", M("KEY", "inoreader_app_key", g.alnum(32))),
        "mouser": lambda: ("Mouser", M("KEY", "mouser_api_key", g.uuid())),
        "golioth": lambda: ("Golioth", M("KEY", "golioth_api_key", g.alnum(32))),
        "hologram": lambda: ("Hologram", M("KEY", "hologram_api_key", g.alnum(32))),
        "songkick": lambda: ("Songkick", M("KEY", "songkick_api_key", g.alnum(16))),
        "setlistfm": lambda: ("setlist.fm", M("KEY", "setlistfm_api_key", g.uuid())),
        "whoop": lambda: ("WHOOP", M("KEY", "whoop_client_secret", g.hexs(64))),
        "jotform": lambda: ("Jotform", M("KEY", "jotform_api_key", g.hexs(32))),
        "purpleair": lambda: ("PurpleAir", M("KEY", "purpleair_read_key", g.uuid())),
        "sensibo": lambda: ("Sensibo", M("KEY", "sensibo_api_key", g.alnum(30))),
    }[vendor]()


def _note(name):
    title, server, password, key, email, and_, place, vendor = NOTES[name]

    def fn(g):
        vname, vkey = _vendor_key(g, vendor)
        native = M("PASSWORD", "pw_native", place.replace(" ", "") + str(g.r.randrange(10, 9999)) +
                   g.choice("!#%*+=?-_."))
        srv_pw = g.pw("server_password", "prose")
        form = g.r.randrange(3)
        if form == 0:
            return f"""# {title}

- {server}: {g.ip()} {and_} {g.ip()}
- {password} ({server}): {srv_pw}
- {WIFI} {password}: {native}
- {vname} {key}: {vkey}
- {email}: {g.email("email_note")} {and_} {g.email("email_note")}
- test: {g.private_ip()}, {g.reserved_email()}, {g.placeholder()}
"""
        if form == 1:
            return f"""{title}
=====
{server}
{g.ip()}
{g.ip6()}
{password}
{srv_pw}
{WIFI}
{native}
{vname} {key}
{vkey}
{email}
{g.email("email_note")}
v {g.version()} / {g.uuid_look("uuid")}
"""
        return f"""## {title}

| | |
|---|---|
| {server} | {g.ip()} |
| {password} | `{srv_pw}` |
| {WIFI} | `{native}` |
| {vname} {key} | `{vkey}` |
| {email} | {g.email("email_note")} |
| test | {g.testnet_ip()} {and_} {g.masked()} |
"""
    fn.__name__ = name
    return fn


for _name in NOTES:
    T(PROSE, "markdown", f"notes/{_name[5:]}.md")(_note(_name))
