"""Synthetic templates for held-out set 22 (written from scratch for this set).

Each template takes a gen_h22.Gen and returns marked text.  The build renders each one three times.
"""

import json

GROUPS = [
    "CI / IaC", "HTTP / API client export", "SQL / CSV", "chat / ticket / email", "code / config assignment",
    "command line / shell", "commit / review", "data / observability config", "docs / prose", "log / stack trace",
    "mobile / IDE config", "network config", "notebook", "self-hosted / home lab", "unusual format",
]

TEMPLATES = {}


def t(group, lang, path):
    assert group in GROUPS

    def deco(fn):
        assert fn.__name__ not in TEMPLATES
        TEMPLATES[fn.__name__] = (group, lang, path, fn)
        return fn
    return deco


def J(obj, indent=2):
    return json.dumps(obj, ensure_ascii=False, indent=indent)


# ====================================================================== CI / IaC

@t("CI / IaC", "yaml", ".qovery.yml")
def qovery_yml(g):
    app = g.pick(["checkout", "ledger", "inbox", "tiles"])
    return f"""application:
  name: {app}-api
  project: {g.company()}
  cloud_region: {g.pick(["eu-west-3", "us-east-2", "ap-south-1"])}
  publicly_accessible: true
databases:
  - type: postgresql
    name: {app}-db
    version: "15"
# NOTE(qovery): move these to Environment Variables > Secrets before promoting to prod
environment_variables:
  DATABASE_HOST: {g.ip()}
  DATABASE_PASSWORD: {g.pw("yaml")}
  INTERNAL_LB: {g.private_ip()}
  ALERT_EMAIL: {g.email()}
  TOGETHER_API_KEY: {g.key("together_ai")}
  BUILD_SHA: {g.git_sha()}
"""


@t("CI / IaC", "yaml", "env0.yml")
def env0_yml(g):
    return f"""version: 2
deploy:
  steps:
    terraformInit:
      before:
        - export TF_VAR_bastion_ip={g.ip()}
        - export TF_VAR_db_password={g.pw("shell")}
        - echo "owner {g.email()}"
    terraformApply:
      after:
        - curl -s -H "Authorization: Bearer {g.key("koyeb")}" https://app.koyeb.com/v1/services
        - ./scripts/notify.sh --to {g.role_email()} --peer {g.ip()}
# vpc cidr for reference only: {g.private_ip()}/16
"""


@t("CI / IaC", "yaml", "environments/staging.yaml")
def pulumi_esc_env(g):
    return f"""# Pulumi ESC environment: {g.company()}/staging
values:
  vast:
    apiKey:
      fn::secret: {g.key("vast_ai")}
  smtp:
    host: {g.ip()}
    user: {g.email()}
    password:
      fn::secret: {g.pw("yaml")}
  network:
    egressIp: {g.ip()}
    podCidr: {g.private_ip()}/14
  imports:
    release: {g.version()}
  environmentVariables:
    VAST_API_KEY: ${{vast.apiKey}}
    SMTP_PASSWORD: ${{smtp.password}}
"""


@t("CI / IaC", "json", "secrets.json")
def hercules_ci_secrets_json(g):
    kid, sec = g.key("storj_s3_id"), g.key("storj_s3_secret")
    doc = {
        "default-storj": {
            "kind": "Secret",
            "data": {"aws_access_key_id": kid, "aws_secret_access_key": sec,
                     "endpoint": "https://gateway.storjshare.io"},
            "condition": {"and": ["isDefaultBranch", {"isRepo": g.company()}]},
        },
        "deploy-ssh": {
            "kind": "Secret",
            "data": {"host": g.ip(), "user": "deploy", "sudoPassword": g.pw("quoted"),
                     "knownHostFingerprint": g.ssh_fp()},
            "condition": "isDefaultBranch",
        },
        "notify": {"kind": "Secret", "data": {"to": g.email(), "humanloopKey": g.key("humanloop")},
                   "condition": True},
    }
    return J(doc) + "\n"


@t("CI / IaC", "hcl", "stacks/edge/terramate.tm.hcl")
def terramate_hcl(g):
    return f"""stack {{
  name        = "edge"
  description = "edge proxies in {g.pick(["fra", "ams", "sjc", "nrt"])}"
  id          = "{g.uuid_raw()}"
}}

globals {{
  proxy_ips       = ["{g.ip()}", "{g.ip()}"]
  internal_subnet = "{g.private_ip()}/24"
  oncall_email    = "{g.email()}"
}}

# TODO: replace with a data source, this is only for the first bootstrap
globals "secrets" {{
  bunny_api_key     = "{g.key("bunny_api_key")}"
  grafana_admin_pwd = "{g.pw("quoted")}"
}}
"""


@t("CI / IaC", "yaml", ".kluctl.yaml")
def kluctl_yaml(g):
    return f"""discriminator: "kluctl-{{{{ target.name }}}}"
targets:
  - name: prod
    context: {g.company()}-prod
    args:
      ingress_ip: {g.ip()}
      admin_email: {g.email()}
secretsConfig:
  secretSets:
    - name: prod
      vars:
        - values:
            registry_password: {g.pw("yaml")}
            scalingo_token: {g.key("scalingo")}
            mirror_ip: {g.ip()}
            node_cidr: {g.private_ip()}
"""


@t("CI / IaC", "yaml", "vela/app.yaml")
def kubevela_app(g):
    return f"""apiVersion: core.oam.dev/v1beta1
kind: Application
metadata:
  name: {g.pick(["reports", "search", "media"])}-svc
  annotations:
    owner: {g.email()}
spec:
  components:
    - name: backend
      type: webservice
      properties:
        image: registry.{g.company_domain()}/backend:{g.version()}
        env:
          - name: DB_HOST
            value: "{g.ip()}"
          - name: DB_PASSWORD
            value: "{g.pw("quoted")}"
          - name: LLAMA_CLOUD_API_KEY
            value: "{g.key("llamacloud")}"
      traits:
        - type: gateway
          properties:
            domain: {g.company_domain()}
            class: nginx
"""


@t("CI / IaC", "toml", "nixpacks.toml")
def nixpacks_toml(g):
    return f"""[phases.setup]
nixPkgs = ["python311", "postgresql_16"]

[phases.build]
cmds = ["pip install -r requirements.txt", "python manage.py collectstatic --noinput"]

[start]
cmd = "gunicorn app.wsgi --bind {g.unspecified()}:8000"

[variables]
# FIXME: these were pasted in while debugging the deploy, move them to the dashboard
DATABASE_URL = "postgres://app:{g.pw("url")}@{g.ip()}:5432/app"
WANDB_API_KEY = "{g.key("wandb")}"
DEFAULT_FROM_EMAIL = "{g.email()}"
"""


# ====================================================================== HTTP / API client export

@t("HTTP / API client export", "xml", "tsung/checkout.xml")
def tsung_xml(g):
    return f"""<?xml version="1.0"?>
<!DOCTYPE tsung SYSTEM "/usr/share/tsung/tsung-1.0.dtd">
<tsung loglevel="notice" version="1.0">
  <clients>
    <client host="loadgen1" ip="{g.private_ip()}" maxusers="4000"/>
  </clients>
  <servers>
    <server host="{g.ip()}" port="443" type="ssl"/>
  </servers>
  <sessions>
    <session name="login" probability="100" type="ts_http">
      <request>
        <http url="/api/session" method="POST" content_type="application/json"
              contents="{{&quot;email&quot;:&quot;{g.email()}&quot;,&quot;password&quot;:&quot;{g.pw("url")}&quot;}}"/>
      </request>
      <request>
        <http url="/api/orders?api_key={g.key("elastic_email")}" method="GET"/>
      </request>
    </session>
  </sessions>
</tsung>
"""


@t("HTTP / API client export", "ini", ".siegerc")
def siege_rc(g):
    return f"""# siege 4.x resource file
verbose = false
concurrent = {g.num(10, 60)}
time = 2M
delay = 0.5
internet = false
benchmark = true
# basic auth for the staging realm
login = loadtest:{g.pw("ini")}
# proxy in front of the target box ({g.ip()})
proxy-host = {g.ip()}
proxy-port = 3128
proxy-login = {g.email()}:{g.pw("ini")}
header = X-Api-Key: {g.key("deta")}
"""


@t("HTTP / API client export", "gherkin", "src/test/karate/orders.feature")
def karate_feature(g):
    return f"""Feature: orders API smoke

  Background:
    * url 'https://{g.ip()}:8443/v2'
    * def creds = {{ username: '{g.email()}', password: '{g.pw("quoted")}' }}
    * header X-Api-Key = '{g.key("kinsta")}'
    * configure ssl = true

  Scenario: list orders
    Given path 'orders'
    And param since = '2024-04-01'
    When method get
    Then status 200
    And match response.build == '{g.git_sha()}'
    # the mock server runs on {g.loopback()}, see karate-config.js
"""


@t("HTTP / API client export", "yaml", "taurus/soak.yml")
def taurus_yml(g):
    return f"""execution:
- executor: jmeter
  concurrency: {g.num(20, 200)}
  ramp-up: 2m
  hold-for: 30m
  scenario: soak

scenarios:
  soak:
    default-address: https://{g.ip()}
    headers:
      Authorization: Bearer {g.key("voyage_ai")}
    requests:
    - url: /login
      method: POST
      body:
        user: {g.email()}
        password: {g.pw("yaml")}
    - /dashboard

reporting:
- module: passfail
- module: blazemeter
  report-name: soak {g.version()}
"""


# ====================================================================== SQL / CSV

@t("SQL / CSV", "csv", "exports/instantly_leads.csv")
def instantly_leads_csv(g):
    rows = ["email,first_name,last_name,company_name,website,personalization,last_ip,status"]
    for _ in range(4):
        f, l = g.name()
        rows.append(f"{g.email()},{f.capitalize()},{l.capitalize()},{g.company()},{g.company_domain()},"
                    f"\"saw your talk on {g.pick(['pricing', 'hiring', 'SOC 2'])}\",{g.ip()},"
                    f"{g.pick(['contacted', 'replied', 'bounced'])}")
    rows.append(f"{g.reserved_email()},Test,Lead,qa,example.com,\"do not send\",{g.private_ip()},paused")
    return "\n".join(rows) + f"\n# api key used for this export: {g.key('deta')}\n"


@t("SQL / CSV", "sql", "migrations/0042_kafka_sources.sql")
def risingwave_source_sql(g):
    return f"""-- RisingWave: ingest order events from the managed Kafka cluster
CREATE SOURCE IF NOT EXISTS order_events (
    order_id BIGINT,
    customer_email VARCHAR,
    amount NUMERIC,
    created_at TIMESTAMPTZ
) WITH (
    connector = 'kafka',
    topic = 'orders.v1',
    properties.bootstrap.server = '{g.ip()}:9093,{g.ip()}:9093',
    properties.security.protocol = 'SASL_SSL',
    properties.sasl.mechanism = 'SCRAM-SHA-512',
    properties.sasl.username = 'rw_ingest',
    properties.sasl.password = '{g.pw("quoted")}',
    scan.startup.mode = 'earliest'
) FORMAT PLAIN ENCODE JSON;

CREATE SINK order_totals_pg FROM order_totals WITH (
    connector = 'jdbc',
    jdbc.url = 'jdbc:postgresql://{g.ip()}:5432/analytics?user=rw_sink&password={g.pw("url")}',
    table.name = 'order_totals',
    type = 'upsert',
    primary_key = 'customer_email'
);
-- owner: {g.email()}
"""


# ====================================================================== chat / ticket / email

@t("chat / ticket / email", "text", "freescout/conversation-4811.txt")
def freescout_conversation(g):
    cust = g.email()
    return f"""Conversation #{g.num(1000, 9999)} · Mailbox: Support · Status: Active
From: {cust}
Subject: Can't connect the SFTP export anymore

Hi team,
since Tuesday our nightly export to {g.ip()} fails. We rotated nothing on our side.
Login is exports_{g.num(10, 99)} and the password we have on file is {g.pw("prose")}
Could you check whether our IP {g.ip()} got blocked?

---- Note (visible to agents only) · {g.email()} ----
Firewall shows the customer hitting us from {g.ip()}, not the address they gave. Allowed it.
Also: please don't paste customer passwords into notes, I reset it.
"""


@t("chat / ticket / email", "json", "gorgias/ticket.json")
def gorgias_ticket_json(g):
    doc = {
        "id": g.num(10000000, 99999999),
        "channel": "email",
        "status": "open",
        "customer": {"email": g.email(), "name": " ".join(x.capitalize() for x in g.name())},
        "messages": [
            {"from_agent": False, "body_text": f"My order won't sync. Our shop app key is {g.key('gemini')} if you need it."},
            {"from_agent": True, "sender": {"email": g.email()},
             "body_text": f"Thanks! I've escalated it. The integration last called us from {g.ip()}."},
        ],
        "meta": {"widget_session": g.uuid_look("session_id"), "client_ip": g.ip()},
    }
    return J(doc) + "\n"


@t("chat / ticket / email", "text", "zoho-desk/ticket.txt")
def zoho_desk_ticket(g):
    return f"""Ticket #{g.num(100000, 999999)}  |  Department: Infrastructure  |  Priority: High
Contact: {g.email()}
Channel: Web Form

Description:
The mail relay at {g.ip()} rejects our app with 535. Config we use:
  SMTP host: smtp.zeptomail.com
  API header: Authorization: Zoho-enczapikey {g.key("zeptomail")}
  bounce address: {g.email()}
Last successful send came from {g.ip()}.

Internal comment ({g.email()}): ZeptoMail token above is live, asked the customer to regenerate it.
"""


@t("chat / ticket / email", "email", "jitbit/ticket-mail.eml")
def jitbit_ticket_email(g):
    sender = g.email()
    return f"""From: {sender}
To: {g.role_email()}
Subject: [Ticket #{g.num(2000, 9000)}] VPN profile for the new site
Date: Tue, 1{g.num(0, 9)} Mar 2025 09:1{g.num(0, 9)}:00 +0100
Message-ID: <{g.look("message_id", g.uuid_raw() + "@mail." + g.company_domain())}>

Hello helpdesk,

the new office gateway is up at {g.ip()}. Group name is branch-{g.num(2, 9)}, group password {g.pw("prose")}
and the local LAN behind it is {g.private_ip()}/24.
Please add it to the profile pushed to laptops.

Thanks
-- 
sent via Jitbit Helpdesk
"""


@t("chat / ticket / email", "markdown", "phorge/T1432.md")
def phorge_task(g):
    return f"""**T{g.num(1000, 9999)}: Rotate the transcription key exposed in the build logs**

Assigned to: @{g.pick(["nadia", "bram", "kaito"])}   Priority: Unbreak Now!   Tags: #security

The Rev.ai access token `{g.key("revai")}` was echoed by `deploy.sh` in Harbormaster build B{g.num(1000, 9999)}.
The build host is {g.ip()}.

Steps:
  - [ ] revoke token, issue new one to {g.email()}
  - [ ] purge build log
  - [ ] check access log for requests not from {g.ip()}

Phorge commit rP{g.git_sha(12)} removed the `set -x`.
"""


@t("chat / ticket / email", "markdown", "huly/issue.md")
def huly_issue(g):
    return f"""# INFRA-{g.num(100, 999)} Staging object store credentials in README

Reported by {g.email()}

The staging README has the Tigris keys in clear text:

```
AWS_ACCESS_KEY_ID={g.key("tigris_id")}
AWS_SECRET_ACCESS_KEY={g.key("tigris_secret")}
AWS_ENDPOINT_URL_S3=https://fly.storage.tigris.dev
```

Also the bastion at {g.ip()} still takes password logins (`root` / `{g.pw("prose")}`).
Related: release {g.version()}.
"""


@t("chat / ticket / email", "text", "pumble/export-general.txt")
def pumble_export(g):
    a, b = g.name()[0].capitalize(), g.name()[0].capitalize()
    return f"""[2025-02-0{g.num(1, 9)} 10:02] {a}: anyone got the creds for the new print server?
[2025-02-0{g.num(1, 9)} 10:03] {b}: web UI on {g.ip()}, user admin, pw {g.pw("prose")}
[2025-02-0{g.num(1, 9)} 10:03] {b}: it only answers from the office range {g.private_ip()} btw
[2025-02-0{g.num(1, 9)} 10:05] {a}: ty. also who owns the Runway account? need the API key
[2025-02-0{g.num(1, 9)} 10:06] {b}: {g.email()} does. the key is {g.key("runway")}
[2025-02-0{g.num(1, 9)} 10:06] {b}: pls don't share it outside this channel
"""


@t("chat / ticket / email", "text", "tidio/transcript.txt")
def tidio_transcript(g):
    return f"""Tidio chat transcript
Visitor: {g.email()}  (IP {g.ip()}, Chrome on Windows)
Started: 2025-0{g.num(1, 9)}-1{g.num(0, 9)} 14:{g.num(10, 59)}

Visitor: hi, I can't log into the dashboard
Operator ({g.pick(["Lena", "Ravi", "Tomás"])}): Sorry about that! Which email is on the account?
Visitor: {g.email()}, and I'm typing {g.pw("prose")} which worked yesterday
Operator: Thanks, I've sent a reset link. Please don't share passwords in chat :)
Visitor: also our webhook secret is {g.key("daily")}, is that why it stopped?
Operator: I'll pass that to engineering. Chat id {g.uuid_look("chat_id")}.
"""


# ====================================================================== code / config assignment

@t("code / config assignment", "genie", "src/settings.gs")
def genie_config(g):
    return f"""[indent=4]
// settings for the kiosk daemon
const BROKER_HOST : string = "{g.ip()}"
const BROKER_USER : string = "kiosk"
const BROKER_PASSWORD : string = "{g.pw("quoted")}"
const SUPPORT_MAIL : string = "{g.email()}"
const PLAYHT_SECRET_KEY : string = "{g.key("playht_secret")}"
const PLAYHT_USER_ID : string = "{g.key("playht_user")}"

init
    print "connecting to %s", BROKER_HOST
"""


@t("code / config assignment", "hy", "settings.hy")
def hy_settings(g):
    return f""";; local settings, imported by app.hy
(import os)

(setv DATABASES
  {{"default" {{"ENGINE" "django.db.backends.postgresql"
               "HOST" "{g.ip()}"
               "USER" "reports"
               "PASSWORD" "{g.pw("quoted")}"}}}})

(setv ADMINS [["Ops" "{g.email()}"]])
(setv ALLOWED_HOSTS ["{g.loopback()}" "{g.ip()}"])
(setv FAL_KEY (os.environ.get "FAL_KEY" "{g.key("fal_ai")}"))
"""


@t("code / config assignment", "logtalk", "config.lgt")
def logtalk_object(g):
    return f""":- object(deploy_config).

    :- info([
        version is {g.num(1, 4)}:{g.num(0, 9)}:0,
        author is '{g.email()}',
        comment is 'Deployment settings for the rule engine.'
    ]).

    :- public([host/2, credential/2]).

    host(primary, '{g.ip()}').
    host(replica, '{g.ip()}').
    host(local, '{g.private_ip()}').

    credential(db_password, '{g.pw("quoted")}').
    credential(pythonanywhere_token, '{g.key("pythonanywhere")}').

:- end_object.
"""


@t("code / config assignment", "unicon", "mailer.icn")
def unicon_program(g):
    return f"""# nightly report mailer
link options

global smtp_host, smtp_user, smtp_pass

procedure main(args)
   smtp_host := "{g.ip()}"
   smtp_user := "{g.email()}"
   smtp_pass := "{g.pw("quoted")}"
   recipients := ["{g.email()}", "{g.reserved_email()}"]
   every r := !recipients do
      send_report(r)
end
"""


@t("code / config assignment", "inko", "src/config.inko")
def inko_module(g):
    return f"""# Configuration for the upload worker.
let pub UPLOAD_HOST = '{g.ip()}'
let pub UPLOAD_PORT = 9000
let pub ACCESS_KEY = '{g.key("storj_s3_id")}'
let pub SECRET_KEY = '{g.key("storj_s3_secret")}'
let pub ALERTS_TO = '{g.email()}'
let pub BIND = '{g.unspecified()}'
"""


@t("code / config assignment", "fantom", "fan/Config.fan")
def fantom_pod(g):
    return f"""** Connection settings for the ledger service.
const class Config
{{
  static const Str dbHost := "{g.ip()}"
  static const Str dbUser := "ledger"
  static const Str dbPass := "{g.pw("quoted")}"
  static const Str arizeKey := "{g.key("arize")}"
  static const Str maintainer := "{g.email()}"
  static const Str podVersion := "{g.version()}"
}}
"""


@t("code / config assignment", "xtend", "src/main/xtend/Settings.xtend")
def xtend_class(g):
    return f"""package com.{g.company()}.sync

class Settings {{
    public static val SYNC_HOST = "{g.ip()}"
    public static val SYNC_USER = "{g.email()}"
    public static val SYNC_PASSWORD = "{g.pw("quoted")}"
    public static val LEONARDO_API_KEY = "{g.key("leonardo")}"
    public static val BUILD_ID = "{g.uuid_raw()[:8]}"
}}
"""


@t("code / config assignment", "coffeescript", "config/production.coffee")
def coffeescript_config(g):
    return f"""module.exports =
  port: 8080
  redis:
    host: '{g.ip()}'
    password: '{g.pw("quoted")}'
  mailer:
    from: '{g.email()}'
    zeptomailToken: '{g.key("zeptomail")}'
  trustedProxies: ['{g.private_ip()}', '{g.ip()}']
"""


@t("code / config assignment", "imba", "server/config.imba")
def imba_server(g):
    return f"""# server config (imba)
export const config =
	host: '{g.unspecified()}'
	upstream: '{g.ip()}'
	ideogramKey: '{g.key("ideogram")}'
	adminEmail: '{g.email()}'
	adminPassword: '{g.pw("quoted")}'

export def boot
	console.log "listening, upstream {{config.upstream}}"
"""


@t("code / config assignment", "reason", "src/Env.re")
def reasonml_config(g):
    return f"""/* Environment constants for the ReasonML client. */
let apiBase = "https://{g.ip()}/api";
let supportEmail = "{g.email()}";
let prismicToken = "{g.key("prismic")}";
let demoPassword = "{g.pw("quoted")}";
let sessionSample = "{g.uuid_look("session_id")}";
"""


# ====================================================================== command line / shell

@t("command line / shell", "ini", ".offlineimaprc")
def offlineimaprc(g):
    me = g.email()
    return f"""[general]
accounts = Work
maxsyncaccounts = 1

[Account Work]
localrepository = WorkLocal
remoterepository = WorkRemote
postsynchook = notmuch new

[Repository WorkLocal]
type = Maildir
localfolders = ~/Mail/work

[Repository WorkRemote]
type = IMAP
remotehost = {g.ip()}
remoteport = 993
remoteuser = {me}
remotepass = {g.pw("ini")}
sslcacertfile = /etc/ssl/certs/ca-certificates.crt
folderfilter = lambda f: f not in ['Trash', 'Spam']
"""


@t("command line / shell", "ini", ".s3cfg")
def s3cfg(g):
    return f"""[default]
access_key = {g.key("storj_s3_id")}
secret_key = {g.key("storj_s3_secret")}
host_base = gateway.storjshare.io
host_bucket = %(bucket)s.gateway.storjshare.io
use_https = True
signature_v2 = False
proxy_host = {g.ip()}
proxy_port = 3128
# bucket owner: {g.email()}
gpg_passphrase = {g.pw("ini")}
"""


@t("command line / shell", "text", ".newsboat/config")
def newsboat_config(g):
    return f"""# newsboat config
urls-source "newsblur"
newsblur-login "{g.email()}"
newsblur-password "{g.pw("quoted")}"
newsblur-min-items 50

# old ttrss instance, kept for the archive
#urls-source "ttrss"
ttrss-url "https://{g.ip()}/tt-rss/"
ttrss-login "admin"
ttrss-password "{g.pw("quoted")}"

browser "firefox %u"
auto-reload yes
"""


@t("command line / shell", "json", ".config/gallery-dl/config.json")
def gallery_dl_json(g):
    doc = {
        "extractor": {
            "base-directory": "~/Pictures/gallery-dl/",
            "proxy": f"http://{g.ip()}:8118",
            "danbooru": {"username": g.pick(["mireia_k", "oona77", "t_dvorak"]), "api-key": g.key("danbooru")},
            "inkbunny": {"username": g.email(), "password": g.pw("quoted")},
            "sankaku": {"username": g.email(), "password": g.pw("quoted")},
        },
        "output": {"mode": "terminal", "log": "[{name}] {message}"},
    }
    return J(doc, 4) + "\n"


@t("command line / shell", "text", "/etc/davfs2/secrets")
def davfs2_secrets(g):
    return f"""# davfs2 secrets file  (chmod 600)
# mountpoint or server URL      username         password
/mnt/share                      {g.email()}      {g.pw("shell")}
https://{g.ip()}/remote.php/dav/files/backup   backup   {g.pw("shell")}
# proxy
{g.ip()}                        proxyuser        {g.pw("shell")}
"""


@t("command line / shell", "text", "/etc/vpnc/office.conf")
def vpnc_conf(g):
    return f"""IPSec gateway {g.ip()}
IPSec ID {g.pick(["sales", "remote-staff", "field"])}
IPSec secret {g.pw("shell", "ipsec_group_psk")}
IKE Authmode psk
Xauth username {g.email()}
Xauth password {g.pw("shell")}
Local Port 0
NAT Traversal Mode cisco-udp
# split tunnel: {g.private_ip()}/16
"""


@t("command line / shell", "text", "/etc/inadyn.conf")
def inadyn_conf(g):
    prov = g.pick(["default@freedns.afraid.org", "default@no-ip.com", "default@dynu.com", "default@dyndns.org"])
    return f"""# inadyn 2.x
period          = 300
user-agent      = Mozilla/5.0
allow-ipv6      = false

provider {g.look("inadyn_provider_id", prov)} {{
    username    = {g.email()}
    password    = {g.pw("shell")}
    hostname    = home.{g.company_domain()}
    checkip-server = {g.ip()}
}}

custom office {{
    username    = office
    password    = {g.pw("shell")}
    ddns-server = {g.ip()}
    ddns-path   = "/nic/update?hostname=%h&myip=%i"
    hostname    = vpn.{g.company_domain()}
}}
"""


@t("command line / shell", "yaml", ".local/share/fish/fish_history")
def fish_history(g):
    ts = g.num(1712000000, 1730000000)
    lines = [
        f"mysql -h {g.ip()} -u root -p{g.pw('shell')} shop",
        f"git commit -m 'bump to {g.version()}'",
        f"set -x LAMBDA_API_KEY {g.key('lambda_cloud')}",
        f"curl -u admin:{g.pw('shell')} http://{g.private_ip()}:9200/_cat/indices",
        f"ssh -p 2222 backup@{g.ip()}",
        f"mail -s report {g.email()} < out.txt",
    ]
    out = []
    for c in lines:
        ts += g.num(5, 400)
        out.append(f"- cmd: {c}\n  when: {ts}")
    return "\n".join(out) + "\n"


# ====================================================================== commit / review

@t("commit / review", "text", "radicle/patch-show.txt")
def radicle_patch(g):
    oid = g.chars("0123456789abcdef", 40)
    return f"""$ rad patch show {oid[:7]}
╭─────────────────────────────────────────────────────────────╮
│ Title     sync: add offsite replica                          │
│ Patch     {g.look("patch_id", oid)}  │
│ Author    {g.look("did_public_key", "did:key:z6Mk" + g.chars("123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz", 44))} │
│ Status    open                                               │
├─────────────────────────────────────────────────────────────┤
│ + REPLICA_HOST = "{g.ip()}"
│ + REPLICA_PASSWORD = "{g.pw("quoted")}"
│ + UPSUN_CLI_TOKEN = "{g.key("upsun")}"
├─────────────────────────────────────────────────────────────┤
│ {g.email()} commented:
│   please don't commit the replica password, use the node's keystore.
╰─────────────────────────────────────────────────────────────╯
"""


@t("commit / review", "text", "pagure/pr-118.txt")
def pagure_pr(g):
    return f"""Pull-Request #{g.num(20, 300)}  "Add mirror push job"
Opened by {g.pick(["ragnar", "esme", "sanjay"])} · into: main · commits: {g.git_sha(7)}, {g.git_sha(7)}

File: ci/mirror.sh
  +MIRROR_HOST={g.ip()}
  +MIRROR_USER=mirror
  +MIRROR_PASS={g.pw("shell")}
  +export CLEVER_TOKEN={g.key("clever_cloud")}

Commits signed with {g.pgp_fp()}.

Comment by {g.email()}:
  > +MIRROR_PASS=...
  This should come from the secrets store; also the host {g.ip()} is the old box.
"""


@t("commit / review", "diff", "svn-log-r2231.txt")
def svn_log(g):
    rev = g.num(1000, 9999)
    return f"""------------------------------------------------------------------------
r{rev} | {g.pick(["jovan", "ulla", "dario"])} | 2025-01-1{g.num(0, 9)} 17:4{g.num(0, 9)}:12 +0200 | 1 line
Changed paths:
   M /trunk/conf/app.properties

add staging db

Index: trunk/conf/app.properties
===================================================================
--- trunk/conf/app.properties	(revision {rev - 1})
+++ trunk/conf/app.properties	(revision {rev})
@@ -3,3 +3,7 @@
 app.name=billing
 app.mail.from={g.email()}
+db.staging.url=jdbc:mysql://{g.ip()}:3306/billing
+db.staging.user=billing
+db.staging.password={g.pw("ini")}
+pantheon.machine.token={g.key("pantheon_machine")}
------------------------------------------------------------------------
"""


# ====================================================================== data / observability config

@t("data / observability config", "cypher", "init/users.cypherl")
def memgraph_init(g):
    return f"""// Memgraph bootstrap, run with: mgconsole --host {g.ip()} --port 7687 < users.cypherl
CREATE USER analyst IDENTIFIED BY '{g.pw("quoted")}';
CREATE USER etl IDENTIFIED BY '{g.pw("quoted")}';
GRANT MATCH, MERGE, CREATE TO etl;
GRANT MATCH TO analyst;
// contact for access requests: {g.email()}
// replica registered from the main instance:
REGISTER REPLICA r1 SYNC TO "{g.ip()}:10000";
REGISTER REPLICA r2 ASYNC TO "{g.private_ip()}:10000";
"""


@t("data / observability config", "text", "/etc/dragonfly/dragonfly.conf")
def dragonfly_flags(g):
    return f"""# dragonfly flagfile (--flagfile=/etc/dragonfly/dragonfly.conf)
--bind={g.unspecified()}
--port=6379
--requirepass={g.pw("shell")}
--maxmemory=24gb
--cache_mode=true
--dbfilename=dump-{{timestamp}}
--announce_ip={g.ip()}
--admin_bind={g.loopback()}
--admin_port=6380
# replica auth, must match the primary at {g.ip()}
--masterauth={g.pw("shell")}
"""


@t("data / observability config", "json", "garnet.conf")
def garnet_conf_json(g):
    doc = {
        "Port": 6379,
        "Address": g.ip(),
        "MemorySize": "16g",
        "AuthenticationMode": "Password",
        "Password": g.pw("quoted"),
        "EnableTLS": True,
        "CertFileName": "/etc/garnet/server.pfx",
        "CertPassword": g.pw("quoted", "pfx_password"),
        "ClusterAnnounceEndpoint": f"{g.ip()}:6379",
        "EnableAOF": True,
    }
    return J(doc, 4) + "\n"


@t("data / observability config", "toml", "/etc/kapacitor/kapacitor.conf")
def kapacitor_conf(g):
    return f"""hostname = "kapacitor-{g.num(1, 4)}"
data_dir = "/var/lib/kapacitor"

[http]
  bind-address = ":9092"
  auth-enabled = false

[[influxdb]]
  enabled = true
  name = "default"
  default = true
  urls = ["http://{g.ip()}:8086"]
  username = "kapacitor"
  password = "{g.pw("quoted")}"

[smtp]
  enabled = true
  host = "{g.ip()}"
  port = 587
  username = "{g.email()}"
  password = "{g.pw("quoted")}"
  from = "{g.email()}"
  to = ["{g.role_email()}"]
"""


@t("data / observability config", "properties", "hotrod-client.properties")
def infinispan_hotrod(g):
    return f"""# Infinispan Hot Rod client
infinispan.client.hotrod.server_list = {g.ip()}:11222;{g.ip()}:11222
infinispan.client.hotrod.client_intelligence = HASH_DISTRIBUTION_AWARE
infinispan.client.hotrod.auth_username = app-sessions
infinispan.client.hotrod.auth_password = {g.pw("ini")}
infinispan.client.hotrod.auth_realm = default
infinispan.client.hotrod.sasl_mechanism = SCRAM-SHA-512
infinispan.client.hotrod.trust_store_password = {g.pw("ini", "truststore_password")}
# owner {g.email()}
"""


@t("data / observability config", "properties", "conf/graphs/hugegraph.properties")
def hugegraph_properties(g):
    return f"""gremlin.graph=org.apache.hugegraph.HugeFactory
vertex.cache_type=l2
edge.cache_type=l2

backend=mysql
serializer=mysql
store=hugegraph
jdbc.driver=com.mysql.cj.jdbc.Driver
jdbc.url=jdbc:mysql://{g.ip()}:3306
jdbc.username=hugegraph
jdbc.password={g.pw("ini")}
jdbc.ssl_mode=false

# rest-server.properties (copied here by the install script)
restserver.url=http://{g.unspecified()}:8080
auth.authenticator=org.apache.hugegraph.auth.StandardAuthenticator
auth.admin_token={g.hexkey(32, "hugegraph_admin_token")}
server.id=server-{g.num(1, 9)}
"""


@t("data / observability config", "hocon", "conf/dremio.conf")
def dremio_conf(g):
    kid, sec = g.aws_pair("s3")
    return f"""paths: {{
  local: "/var/lib/dremio"
  dist: "dremioS3:///{g.company()}-dremio/dist"
}}

services: {{
  coordinator.enabled: true,
  coordinator.master.enabled: true,
  executor.enabled: false,
  coordinator.web.ssl.enabled: true,
  coordinator.web.ssl.keyStorePassword: "{g.pw("quoted", "keystore_password")}"
}}

zookeeper: "{g.ip()}:2181,{g.ip()}:2181"

# core-site.xml equivalent, inlined for the PoC
provisioning.s3: {{
  fs.s3a.access.key: "{kid}"
  fs.s3a.secret.key: "{sec}"
}}
"""


@t("data / observability config", "yaml", "kestra/application.yml")
def kestra_yml(g):
    return f"""datasources:
  postgres:
    url: jdbc:postgresql://{g.ip()}:5432/kestra
    driverClassName: org.postgresql.Driver
    username: kestra
    password: {g.pw("yaml")}
kestra:
  server:
    basic-auth:
      enabled: true
      username: {g.email()}
      password: {g.pw("yaml")}
  repository:
    type: postgres
  storage:
    type: s3
    s3:
      endpoint: https://{g.ip()}:9000
      access-key: {g.key("tigris_id")}
      secret-key: {g.key("tigris_secret")}
      bucket: kestra-internal
  url: http://{g.private_ip()}:8080/
"""


@t("data / observability config", "json", "jobs/orders_to_hdfs.json")
def datax_job_json(g):
    doc = {"job": {
        "setting": {"speed": {"channel": 4}, "errorLimit": {"record": 0}},
        "content": [{
            "reader": {"name": "mysqlreader", "parameter": {
                "username": "datax_ro", "password": g.pw("quoted"),
                "column": ["id", "email", "amount", "created_at"],
                "connection": [{"table": ["orders"],
                                "jdbcUrl": [f"jdbc:mysql://{g.ip()}:3306/shop?useSSL=false"]}]}},
            "writer": {"name": "hdfswriter", "parameter": {
                "defaultFS": f"hdfs://{g.private_ip()}:8020", "fileType": "orc",
                "path": "/warehouse/ods/orders", "fileName": "orders", "writeMode": "append",
                "hadoopConfig": {"fs.s3a.access.key": g.key("storj_s3_id"),
                                 "fs.s3a.secret.key": g.key("storj_s3_secret")}}},
        }],
    }}
    return J(doc) + "\n"


@t("data / observability config", "properties", "conf/example/instance.properties")
def canal_instance_properties(g):
    return f"""# canal instance config
canal.instance.gtidon=false
canal.instance.master.address={g.ip()}:3306
canal.instance.master.journal.name=
canal.instance.master.position=
canal.instance.tsdb.enable=true
canal.instance.tsdb.url=jdbc:mysql://{g.private_ip()}:3306/canal_tsdb
canal.instance.tsdb.dbUsername=canal
canal.instance.tsdb.dbPassword={g.pw("ini")}
canal.instance.dbUsername=canal
canal.instance.dbPassword={g.pw("ini")}
canal.instance.connectionCharset=UTF-8
canal.instance.filter.regex=shop\\\\..*
canal.mq.topic=shop_binlog
# alerts -> {g.email()}
"""


@t("data / observability config", "properties", "maxwell/config.properties")
def maxwell_config(g):
    return f"""log_level=info
producer=kafka
kafka.bootstrap.servers={g.ip()}:9092,{g.ip()}:9092
kafka_topic=maxwell.%{{database}}.%{{table}}

# mysql login info
host={g.ip()}
user=maxwell
password={g.pw("ini")}
schema_database=maxwell
client_id=maxwell-{g.num(1, 9)}
replica_server_id={g.num(1000, 9999)}
kafka.sasl.jaas.config=org.apache.kafka.common.security.plain.PlainLoginModule required username="maxwell" password="{g.pw("ini")}";
"""


@t("data / observability config", "yaml", "/etc/filebeat/filebeat.yml")
def filebeat_yml(g):
    return f"""filebeat.inputs:
  - type: filestream
    id: nginx-access
    paths: [/var/log/nginx/access.log]
    fields:
      owner: {g.email()}

output.elasticsearch:
  hosts: ["https://{g.ip()}:9200", "https://{g.ip()}:9200"]
  username: filebeat_writer
  password: "{g.pw("quoted")}"
  ssl.certificate_authorities: ["/etc/filebeat/ca.crt"]
  ssl.ca_trusted_fingerprint: "{g.sha256_digest("cert_fingerprint")}"

setup.kibana:
  host: "https://{g.private_ip()}:5601"
"""


# ====================================================================== docs / prose

@t("docs / prose", "markdown", "docs/runbooks/memgraph-failover.md")
def runbook_memgraph(g):
    return f"""# Runbook: Memgraph main/replica failover

**Owner:** {g.email()} · **Last reviewed:** 2025-0{g.num(1, 9)}-0{g.num(1, 9)}

## When to use
The main instance ({g.ip()}) stops answering on Bolt for more than 5 minutes.

## Steps
1. Confirm from the jump host: `mgconsole --host {g.ip()} --username admin --password {g.pw("shell")}`
2. Promote the replica at {g.ip()}:
   ```
   SET REPLICATION ROLE TO MAIN;
   ```
3. Point the app at the new main: edit `MEMGRAPH_URI` in the vault, or as a stop-gap set
   `MEMGRAPH_PASSWORD={g.pw("shell")}` in `/etc/default/graph-api` and restart.
4. Page {g.email()} if the replica is more than 1000 transactions behind.

Internal addresses such as {g.private_ip()} are only reachable over the VPN.
"""


@t("docs / prose", "markdown", "docs/postmortems/2025-02-runway-key.md")
def postmortem_runway(g):
    return f"""# Postmortem: generative-video API key published in a public gist

## Summary
On 2025-02-1{g.num(0, 9)} a contractor ({g.email()}) pasted a debugging script into a public gist. It contained
our Runway API key `{g.key("runway")}` and the Tigris object-store pair
`{g.key("tigris_id")}` / `{g.key("tigris_secret")}`.

## Timeline (UTC)
- 09:12 gist created from {g.ip()}
- 09:40 first unknown request to the render endpoint from {g.ip()}
- 11:05 {g.email()} revoked both keys (dashboard showed {g.masked("key_")}); usage stopped at 11:07
- 11:30 new keys issued and stored in the secrets manager (not in the repo this time)

## What went well
The spend alert on the Runway account fired within 30 minutes.

## Action items
- add gist scanning to the contractor onboarding checklist
- the staging render box still accepts `render` / `{g.pw("prose")}`: rotate
- the affected release was {g.version()} (commit {g.git_sha(12)})
"""


@t("docs / prose", "markdown", "wiki/lab-handbook.md")
def lab_handbook(g):
    return f"""# Computational Linguistics Lab – handbook for new members

Welcome! A few things you need in the first week.

**Shared storage.** The lab NAS is at {g.ip()} (SMB, share `corpora`). Log in as `labuser` with
`{g.pw("prose")}`. Please don't copy corpora to personal laptops.

**Wi-Fi.** Network `CL-Lab`, passphrase `{g.pw("prose", "wifi_passphrase")}`. Guests use the university network.

**VPN.** Server {g.ip()}, pre-shared key `{g.pw("prose", "ipsec_psk")}`; your username is your staff id.

**GPU queue.** Jobs go through the scheduler on {g.private_ip()}. The shared Together AI key for
quick experiments is `{g.key("together_ai")}` (budget-capped, ask {g.email()} before heavy use).

Screenshots in the old guide show {g.doc_ip()}; that is a documentation placeholder, not our server.

**Contacts.** Lab manager: {g.email()}. Test accounts use addresses like {g.reserved_email()}.
"""


# Handover notes in 20 languages that no earlier README names.  Columns: title, words for server, password,
# key and e-mail, copula ("is"), genitive/relational word, "and", a place name in the language's own script.
# Words were written from general knowledge and were not checked with speakers; several are approximate.
NOTES = {
    "okinawan": ("引き継ぎメモ", "サーバー", "パスワード", "カギ", "メール", "やいびーん", "ぬ", "とぅ", "ナーファ"),
    "shanghainese": ("交接记录", "服务器", "密码", "钥匙", "邮箱", "是", "个", "搭", "陆家嘴"),
    "teochew": ("交接記錄", "伺服器", "密碼", "鎖匙", "電郵", "是", "個", "佮", "汕頭"),
    "garhwali": ("हस्तांतरण नोट", "सर्वर", "पासवर्ड", "चाबी", "ईमेल", "च", "कु", "अर", "पौड़ी"),
    "kumaoni": ("हस्तांतरण", "सर्वर", "पासवर्ड", "चाबि", "ईमेल", "छ", "क", "और", "अल्मोड़ा"),
    "marwari": ("सूंपणी री बात", "सर्वर", "पासवर्ड", "कूंची", "ईमेल", "है", "रो", "अर", "जोधपुर"),
    "haryanvi": ("सौंपण का नोट", "सर्वर", "पासवर्ड", "चाबी", "ईमेल", "सै", "का", "अर", "रोहतक"),
    "jamaican": ("Handova notes", "server", "passwud", "key", "email", "a", "fi", "an", "Portmore"),
    "sranan": ("Tori fu a wroko", "server", "pasword", "sroto", "e-mail", "na", "fu", "nanga", "Paramaribo"),
    "low_german": ("Överdraag-Notiz", "Server", "Passwoort", "Slötel", "E-Mail", "is", "vun", "un", "Hamborg"),
    "norman": ("Notes dé r'prînse", "sèrvieux", "mot d'passe", "clié", "mèl", "est", "d'", "et", "Tchèrbourg"),
    "gallo": ("Notes de passaije", "serveu", "mot de passe", "clei", "courriel", "ét", "de", "e", "Renn"),
    "arpitan": ("Notes de passâjo", "sèrvor", "mot de pâssa", "clâ", "mèl", "est", "de", "et", "Liyon"),
    "romagnol": ("Nôt par e' pasàž", "server", "paròla d'órdin", "cêva", "mail", "l'è", "d'", "e", "Rémin"),
    "shetlandic": ("Handower notes", "server", "password", "key", "email", "is", "o", "an", "Lerook"),
    "kven": ("Luovutusmuistio", "serveri", "salasana", "avain", "sähköposti", "oon", "-n", "ja", "Raisi"),
    "karachay_balkar": ("Берилген ишле", "сервер", "пароль", "ачхыч", "электрон почта", "-дыр", "-ны", "бла",
                        "Теберди"),
    "yakut": ("Туттарыы суруга", "сиэрбэр", "киирии тыл", "күлүүс", "почта", "буолар", "-тын", "уонна",
              "Дьокуускай"),
    "buginese": ("Catatan passerang", "server", "kata sandi", "kunci", "email", "iyanaritu", "na", "sibawa", "Sengkang"),
    "swati": ("Emanotsi ekudlulisa", "iseva", "liphasiwedi", "sikhiya", "i-imeyili", "ngu", "ye", "ne", "Mbabane"),
}

NOTE_KEYS = ["together_ai", "voyage_ai", "gemini", "llamacloud", "humanloop", "wandb", "vast_ai", "koyeb",
             "scalingo", "pythonanywhere", "polar_oat", "frameio", "braintrust", "fal_ai", "elastic_email",
             "clever_cloud", "revai", "arize", "daily", "upsun"]


def _note(lang_key, idx):
    def fn(g):
        title, srv, pwd, key, mail, cop, gen, conj, place = NOTES[lang_key]
        vendor = NOTE_KEYS[idx]
        pw_native = g.lab("PASSWORD", "pw_native", place + str(g.num(10, 9999)) + g.pick("!#%*+=?^~"))
        layout = g.num(0, 2)
        ip1, ip2 = g.ip(), g.ip()
        pw = g.pw("prose")
        k = g.key(vendor)
        em = g.email()
        extra_kind = g.num(0, 3)
        extra = ["LAN " + g.private_ip(), "test: " + g.reserved_email(), "build " + g.version(),
                 "CGNAT " + g.cgnat_ip()][extra_kind]
        if layout == 0:
            return (f"## {title}\n\n- {srv}: {ip1} ({conj} {ip2})\n- {pwd} (root): {pw}\n"
                    f"- {pwd} (VPN): {pw_native}\n- {key} ({vendor}): {k}\n- {mail}: {em}\n- {extra}\n")
        if layout == 1:
            return (f"{title}\n{'=' * 24}\n{srv} {ip1} {cop}, {conj} {ip2}.\n"
                    f"{pwd}: {pw} {conj} {pw_native}\n{key} {gen} {vendor}: {k}\n{mail}: {em}\n({extra})\n")
        return (f"### {title}\n\n| | |\n|---|---|\n| {srv} | {ip1}, {ip2} |\n| {pwd} | `{pw}` |\n"
                f"| {pwd} 2 | `{pw_native}` |\n| {key} | `{k}` |\n| {mail} | {em} |\n| … | {extra} |\n")
    fn.__name__ = f"note_{lang_key}"
    return fn


for _i, _lk in enumerate(NOTES):
    t("docs / prose", "markdown", f"notes/handover-{_lk}.md")(_note(_lk, _i))


# ====================================================================== log / stack trace

@t("log / stack trace", "log", "/var/log/maillog")
def opensmtpd_maillog(g):
    sid = g.chars("0123456789abcdef", 16)
    ip1, ip2 = g.ip_raw(), g.ip_raw()
    return f"""Mar  3 06:12:01 mx1 smtpd[{g.num(1000, 9999)}]: {sid} smtp connected address={g.lab("IP_ADDRESS", "ipv4", ip1)} host=unknown
Mar  3 06:12:02 mx1 smtpd[{g.num(1000, 9999)}]: {sid} smtp authentication user={g.email()} result=permfail
Mar  3 06:12:09 mx1 smtpd[{g.num(1000, 9999)}]: {sid} smtp disconnected reason=quit
Mar  3 06:14:40 mx1 smtpd[{g.num(1000, 9999)}]: warn: table-file: /etc/mail/secrets: line 2: ignoring "relay1 {g.email()}:{g.pw("shell")}" (duplicate key)
Mar  3 06:15:22 mx1 smtpd[{g.num(1000, 9999)}]: {g.chars("0123456789abcdef", 16)} mta delivery evpid={g.chars("0123456789abcdef", 16)} from=<{g.email()}> to=<{g.email()}> rcpt=<-> source="{g.lab("IP_ADDRESS", "ipv4", ip2)}" relay="{g.ip()} ({g.company_domain()})" delay=1s result="Ok" stat="250 2.0.0 queued"
Mar  3 06:15:30 mx1 smtpd[{g.num(1000, 9999)}]: {g.chars("0123456789abcdef", 16)} smtp connected address={g.private_ip()} host=printer.lan
"""


@t("log / stack trace", "log", "glassfish/domains/domain1/logs/server.log")
def payara_server_log(g):
    return f"""[2025-03-0{g.num(1, 9)}T08:1{g.num(0, 9)}:44.512+0000] [Payara 6.2024.{g.num(1, 12)}] [INFO] [] [javax.enterprise.system.core] [tid: _ThreadID=1 _ThreadName=main] [[
  Payara Server started in 9,412 ms]]

[2025-03-0{g.num(1, 9)}T08:1{g.num(0, 9)}:45.101+0000] [Payara 6.2024.{g.num(1, 12)}] [FINE] [] [javax.enterprise.resource.resourceadapter.com.sun.gjc.spi] [tid: _ThreadID=61] [[
  Creating pool BillingPool with properties {{serverName={g.ip()}, portNumber=5432, databaseName=billing, user=billing_app, password={g.pw("shell")}, ssl=true}}]]

[2025-03-0{g.num(1, 9)}T08:2{g.num(0, 9)}:02.877+0000] [Payara 6.2024.{g.num(1, 12)}] [WARNING] [] [javax.mail] [tid: _ThreadID=88] [[
  Could not send notification to {g.email()}: 535 5.7.8 Authentication failed, host {g.ip()}]]
"""


@t("log / stack trace", "log", "/var/log/uwsgi/app.log")
def uwsgi_log(g):
    return f"""*** Starting uWSGI {g.version()} (64bit) on [Tue Mar  4 07:00:01 2025] ***
compiled with version: 12.2.0 on 10 January 2025 10:11:12
detected number of CPU cores: 8
uwsgi socket 0 bound to TCP address {g.unspecified()}:8000 fd 3
*** Operational MODE: preforking ***
DEBUG settings: DATABASE_URL=postgres://shop:{g.pw("url")}@{g.ip()}:5432/shop
Traceback (most recent call last):
  File "/srv/app/wsgi.py", line 12, in <module>
    application = get_wsgi_application()
  File "/srv/app/db.py", line 31, in connect
    raise OperationalError(msg)
psycopg2.OperationalError: connection to server at "{g.ip()}", port 5432 failed: FATAL:  password authentication failed for user "shop"
unable to load app 0 (mountpoint='') (callable not found or import error)
*** no app loaded. going in full dynamic mode ***
"""


@t("log / stack trace", "jsonl", "/var/log/sftpgo/sftpgo.log")
def sftpgo_log(g):
    lines = [
        {"level": "info", "time": "2025-03-05T10:02:11.412", "sender": "SFTP",
         "connection_id": g.uuid_look("connection_id"), "message": "Login successful",
         "username": "partner-ingest", "ip": g.ip(), "method": "password"},
        {"level": "debug", "time": "2025-03-05T10:03:40.001", "sender": "eventmanager",
         "message": "executing action http hook", "url": f"https://{g.ip()}/hooks/upload",
         "body": {"username": "partner-ingest", "password": g.pw("quoted"), "notify": g.email()}},
        {"level": "warn", "time": "2025-03-05T10:04:55.900", "sender": "SFTP",
         "message": "Login failed", "username": g.email(), "ip": g.ip(), "error": "invalid credentials"},
    ]
    return "\n".join(json.dumps(x, ensure_ascii=False) for x in lines) + "\n"


@t("log / stack trace", "log", "/opt/zimbra/log/zmmailboxd.out")
def zimbra_mailbox_log(g):
    return f"""2025-03-06 04:00:01.230:INFO:oejs.Server:main: jetty-9.4.{g.num(40, 55)}
Java args: -server -Xms2048m -Xmx2048m -Djava.net.preferIPv4Stack=true -Djavax.net.ssl.keyStorePassword={g.pw("shell", "keystore_password")} -Dzimbra.config=/opt/zimbra/conf/localconfig.xml
2025-03-06 04:00:09,611 INFO  [ImapServer-{g.num(1, 9)}] [name={g.email()};ip={g.ip()};] imap - authentication failed for [{g.email()}] (invalid password)
2025-03-06 04:00:12,004 WARN  [qtp-{g.num(10, 99)}] [name={g.email()};mid={g.num(2, 99)};ip={g.ip()};ua=ZimbraWebClient;] SoapEngine - handler exception
2025-03-06 04:00:15,334 INFO  [LmtpServer-1] [ip={g.private_ip()};] lmtp - Delivering message: size=4211 bytes
"""


# ====================================================================== mobile / IDE config

@t("mobile / IDE config", "csharp", "Constants.cs")
def maui_constants_cs(g):
    return f"""namespace FieldApp;

// .NET MAUI app constants. TODO: move secrets to SecureStorage before the store build.
public static class Constants
{{
    public const string ApiBaseUrl = "https://{g.ip()}/api/";
    public const string SupportEmail = "{g.email()}";
    public const string DemoUser = "demo";
    public const string DemoPassword = "{g.pw("quoted")}";
    public const string FrameIoToken = "{g.key("frameio")}";
    public const string AppCenterInstallId = "{g.uuid_look("install_id")}";
    public const string MinWindowsBuild = "{g.version4()}";
}}
"""


@t("mobile / IDE config", "xml", "tiapp.xml")
def titanium_tiapp_xml(g):
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<ti:app xmlns:ti="http://ti.tidev.io">
    <id>com.{g.company()}.fieldnotes</id>
    <name>FieldNotes</name>
    <version>{g.version()}</version>
    <publisher>{g.email()}</publisher>
    <property name="acs-api-key-production" type="string">{g.lab("KEY", "acs_api_key", g.chars("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789", 32))}</property>
    <property name="acs-oauth-secret-production" type="string">{g.lab("KEY", "acs_oauth_secret", g.chars("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789", 32))}</property>
    <property name="sync.server" type="string">{g.ip()}</property>
    <property name="sync.password" type="string">{g.pw("quoted")}</property>
    <property name="debug.host" type="string">{g.private_ip()}</property>
</ti:app>
"""


# ====================================================================== network config

@t("network config", "text", "configs/iscom2924-agg1.cfg")
def raisecom_cli(g):
    comm = g.pw("net", "snmp_community")
    return f"""!Raisecom ISCOM2924GF startup-config
hostname AGG-{g.num(1, 9)}
user name noc privilege 15 password simple {g.pw("net", "device_password")}
enable password simple {g.pw("net", "device_password")}
!
snmp-server community {comm} view internet ro
snmp-server host {g.ip()} version 2c {comm}
snmp-server contact {g.email()}
radius-server authentication {g.ip()}
radius-server key {g.pw("net", "radius_secret")}
!
interface ip 0
 ip address {g.private_ip()} {g.netmask()} 1
ip route {g.unspecified()} {g.look("unspecified_ip", "0.0.0.0")} {g.private_ip()}
sntp server {g.ip()}
"""


@t("network config", "shell", "advantech/settings.export")
def advantech_settings(g):
    return f"""# Advantech ICR router settings export (fw {g.version()})
PPP_ENABLED=1
PPP_APN=iot.{g.company_domain()}
PPP_USER={g.email()}
PPP_PASSWD={g.pw("net")}
LAN_IPADDR={g.private_ip()}
LAN_NETMASK={g.netmask()}
IPSEC_1_ENABLED=1
IPSEC_1_REMOTE_IP={g.ip()}
IPSEC_1_LOCAL_ID=site-{g.num(10, 99)}
IPSEC_1_PSK={g.pw("net", "ipsec_psk")}
SNMP_COMMUNITY_RO={g.pw("net", "snmp_community")}
NTP_SERVER={g.ip()}
ADMIN_PASSWD={g.pw("net", "device_password")}
"""


@t("network config", "ers", "configs/ers4850-closet3.cfg")
def avaya_ers_cli(g):
    return f"""! Embedded ASCII Configuration Generator Script
! Model = Ethernet Routing Switch 4850GTS-PWR+
! Software version = v{g.version()}
enable
configure terminal
snmp-server name "closet3-sw"
snmp-server contact "{g.email()}"
snmp-server community "{g.pw("net", "snmp_community")}" ro
cli password read-write "{g.pw("net", "device_password")}"
radius server host {g.ip()} acct-enable key "{g.pw("net", "radius_secret")}"
ip address switch {g.private_ip()}
ip address netmask {g.netmask()}
ip default-gateway {g.private_ip()}
sntp server primary address {g.ip()}
"""


@t("network config", "shell", "ddwrt/restore.sh")
def ddwrt_nvram(g):
    return f"""#!/bin/sh
# DD-WRT settings restore for the shop router
nvram set wan_proto=pppoe
nvram set ppp_username={g.email()}
nvram set ppp_passwd={g.pw("net")}
nvram set wl0_ssid=ShopGuest
nvram set wl0_security_mode=psk2
nvram set wl0_wpa_psk={g.pw("net", "wifi_passphrase")}
nvram set lan_ipaddr={g.private_ip()}
nvram set wan_dns="{g.ip()} {g.ip()}"
nvram set ddns_enable=1
nvram set ddns_username=shoprouter
nvram set ddns_passwd={g.pw("net")}
nvram commit
reboot
"""


@t("network config", "text", "digi/ex15-config.txt")
def digi_dal_cli(g):
    return f"""config auth user admin password "{g.pw("net", "device_password")}"
config network interface wan ipv4 type static
config network interface wan ipv4 address {g.ip()}/29
config network interface wan ipv4 gateway {g.ip()}
config network modem modem apn 0 apn "iot.{g.company_domain()}"
config vpn ipsec tunnel hq auth secret "{g.pw("net", "ipsec_psk")}"
config vpn ipsec tunnel hq remote hostname {g.ip()}
config vpn ipsec tunnel hq policy 0 local network {g.private_ip()}/24
config monitoring devicehealth drm enable true
config system contact "{g.email()}"
"""


@t("network config", "text", "configs/bdcom-olt2.cfg")
def bdcom_cli(g):
    return f"""!
hostname OLT-{g.num(1, 9)}
enable password 0 {g.pw("net", "device_password")}
username noc password 0 {g.pw("net", "device_password")}
!
snmp-server community {g.pw("net", "snmp_community")} ro
snmp-server host {g.ip()} version 2c {g.pw("net", "snmp_community")}
!
interface VLAN100
 ip address {g.ip()} {g.netmask()}
!
ip route {g.unspecified()} {g.look("unspecified_ip", "0.0.0.0")} {g.ip()}
logging {g.ip()}
!
end
"""


@t("network config", "shell", "var/ipfire/ppp/settings")
def ipfire_settings(g):
    return f"""PROFILENAME=fibre
TYPE=pppoe
USERNAME={g.email()}
PASSWORD={g.pw("net")}
AUTH=pap-or-chap
DNS1={g.ip()}
DNS2={g.ip()}
MTU=1492
RECONNECTION=persistent
# green net {g.private_ip()}, APIPA fallback seen on blue: {g.linklocal()}
"""


# ====================================================================== notebook

def _nb(cells):
    nb = {"cells": [], "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python",
                                                   "name": "python3"}},
          "nbformat": 4, "nbformat_minor": 5}
    for i, (kind, src) in enumerate(cells):
        lines = src.split("\n")
        srcl = [ln + "\n" for ln in lines[:-1]] + [lines[-1]]
        c = {"cell_type": kind, "id": f"c{i:03d}", "metadata": {}, "source": srcl}
        if kind == "code":
            c["execution_count"] = i + 1
            c["outputs"] = []
        nb["cells"].append(c)
    return json.dumps(nb, ensure_ascii=False, indent=1) + "\n"


@t("notebook", "ipynb", "notebooks/eval_together.ipynb")
def ipynb_together(g):
    return _nb([
        ("markdown", f"# Quick eval on Together AI\nAsk {g.email()} before running the full sweep."),
        ("code", f"import os\nfrom openai import OpenAI\n\nclient = OpenAI(\n    base_url=\"https://api.together.xyz/v1\",\n"
                 f"    api_key=\"{g.key('together_ai')}\",\n)"),
        ("code", f"# results db\nPG = \"postgresql://eval:{g.pw('url')}@{g.ip()}:5432/evals\"\nRUN_ID = \"{g.uuid_look('run_id')}\""),
    ])


@t("notebook", "ipynb", "notebooks/modal_batch.ipynb")
def ipynb_modal(g):
    return _nb([
        ("markdown", "## Batch transcription on Modal"),
        ("code", f"!modal token set --token-id {g.key('modal_token_id')} --token-secret {g.key('modal_token_secret')}"),
        ("code", f"import modal\napp = modal.App(\"transcribe\")\nBUCKET_HOST = \"{g.ip()}\"\n"
                 f"NOTIFY = \"{g.email()}\"\nWHISPER_REV = \"{g.git_sha()}\""),
    ])


# ====================================================================== self-hosted / home lab

DJANGO_CHARS = "abcdefghijklmnopqrstuvwxyz0123456789!#%^&*(-_=+)"


@t("self-hosted / home lab", "dotenv", "linkding/.env")
def linkding_env(g):
    return f"""LD_CONTAINER_NAME=linkding
LD_HOST_PORT=9090
LD_HOST_DATA_DIR=./data
LD_SUPERUSER_NAME=admin
LD_SUPERUSER_PASSWORD={g.pw("ini")}
LD_DB_ENGINE=postgres
LD_DB_HOST={g.ip()}
LD_DB_USER=linkding
LD_DB_PASSWORD={g.pw("ini")}
LD_CSRF_TRUSTED_ORIGINS=https://links.{g.company_domain()}
# admin contact {g.email()}
"""


@t("self-hosted / home lab", "dotenv", "tandoor/.env")
def tandoor_env(g):
    return f"""SECRET_KEY={g.lab("KEY", "django_secret_key", g.chars("abcdefghijklmnopqrstuvwxyz0123456789", 50))}
TZ=Europe/Lisbon
DB_ENGINE=django.db.backends.postgresql
POSTGRES_HOST={g.ip()}
POSTGRES_PORT=5432
POSTGRES_USER=djangouser
POSTGRES_PASSWORD={g.pw("ini")}
POSTGRES_DB=djangodb
EMAIL_HOST={g.ip()}
EMAIL_PORT=587
EMAIL_HOST_USER={g.email()}
EMAIL_HOST_PASSWORD={g.pw("ini")}
EMAIL_USE_TLS=1
DEFAULT_FROM_EMAIL={g.email()}
"""


@t("self-hosted / home lab", "dotenv", "pixelfed/.env")
def pixelfed_env(g):
    return f"""APP_NAME="Pixelfed"
APP_ENV=production
APP_KEY=base64:{g.b64secret(32, "app_key")}
APP_URL=https://pics.{g.company_domain()}
DB_CONNECTION=pgsql
DB_HOST={g.ip()}
DB_DATABASE=pixelfed
DB_USERNAME=pixelfed
DB_PASSWORD={g.pw("ini")}
REDIS_HOST={g.private_ip()}
REDIS_PASSWORD={g.pw("ini")}
MAIL_MAILER=smtp
MAIL_HOST={g.ip()}
MAIL_USERNAME={g.email()}
MAIL_PASSWORD={g.pw("ini")}
MAIL_FROM_ADDRESS={g.email()}
PF_ENABLE_CLOUD=true
AWS_ACCESS_KEY_ID={g.key("storj_s3_id")}
AWS_SECRET_ACCESS_KEY={g.key("storj_s3_secret")}
AWS_ENDPOINT=https://gateway.storjshare.io
"""


@t("self-hosted / home lab", "yaml", "gotosocial/config.yaml")
def gotosocial_yaml(g):
    return f"""host: "social.{g.company_domain()}"
protocol: "https"
bind-address: "{g.unspecified()}"
port: 8080
trusted-proxies:
  - "{g.ip()}/32"
  - "{g.private_ip()}/16"
db-type: "postgres"
db-address: "{g.ip()}"
db-port: 5432
db-user: "gotosocial"
db-password: "{g.pw("quoted")}"
storage-backend: "s3"
storage-s3-endpoint: "fly.storage.tigris.dev"
storage-s3-access-key: "{g.key("tigris_id")}"
storage-s3-secret-key: "{g.key("tigris_secret")}"
smtp-host: "smtp.{g.company_domain()}"
smtp-username: "{g.email()}"
smtp-password: "{g.pw("quoted")}"
smtp-from: "{g.email()}"
"""


@t("self-hosted / home lab", "dotenv", "umami/.env")
def umami_env(g):
    return f"""DATABASE_URL=postgresql://umami:{g.pw("url")}@{g.ip()}:5432/umami
DATABASE_TYPE=postgresql
APP_SECRET={g.hexkey(64, "umami_app_secret")}
TRACKER_SCRIPT_NAME=stats.js
CLIENT_IP_HEADER=X-Real-IP
# first login is admin / umami, changed to {g.pw("ini")} on setup (tell {g.email()})
"""


@t("self-hosted / home lab", "dotenv", "baserow/.env")
def baserow_env(g):
    return f"""BASEROW_PUBLIC_URL=https://tables.{g.company_domain()}
SECRET_KEY={g.lab("KEY", "django_secret_key", g.chars("abcdefghijklmnopqrstuvwxyz0123456789", 50))}
BASEROW_JWT_SIGNING_KEY={g.lab("KEY", "jwt_signing_key", g.chars("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789", 64))}
DATABASE_HOST={g.ip()}
DATABASE_USER=baserow
DATABASE_PASSWORD={g.pw("ini")}
REDIS_HOST={g.private_ip()}
REDIS_PASSWORD={g.pw("ini")}
EMAIL_SMTP=true
EMAIL_SMTP_HOST={g.ip()}
EMAIL_SMTP_USER={g.email()}
EMAIL_SMTP_PASSWORD={g.pw("ini")}
FROM_EMAIL={g.email()}
"""


@t("self-hosted / home lab", "php", "roundcube/config/config.inc.php")
def roundcube_config_php(g):
    return f"""<?php
$config = [];
$config['db_dsnw'] = 'mysql://roundcube:{g.pw("url")}@{g.ip()}/roundcubemail';
$config['imap_host'] = 'ssl://{g.ip()}:993';
$config['smtp_host'] = 'tls://{g.ip()}:587';
$config['smtp_user'] = '%u';
$config['smtp_pass'] = '%p';
$config['support_url'] = 'mailto:{g.email()}';
$config['product_name'] = 'Webmail';
$config['des_key'] = '{g.lab("KEY", "roundcube_des_key", g.chars("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789", 24))}';
$config['plugins'] = ['archive', 'zipdownload', 'managesieve'];
"""


@t("self-hosted / home lab", "plist", "/etc/sogo/sogo.conf")
def sogo_conf(g):
    dom = g.company_domain()
    dc = ",".join("dc=" + p for p in dom.split("."))
    return f"""{{
  SOGoProfileURL = "postgresql://sogo:{g.pw("url")}@{g.ip()}:5432/sogo/sogo_user_profile";
  OCSFolderInfoURL = "postgresql://sogo:{g.pw("url")}@{g.ip()}:5432/sogo/sogo_folder_info";
  SOGoMailDomain = {dom};
  SOGoIMAPServer = "imaps://{g.ip()}:993";
  SOGoSMTPServer = "smtp://{g.ip()}:587/?tls=YES";
  SOGoSuperUsernames = ("{g.email()}");
  SOGoUserSources = (
    {{
      type = ldap;
      CNFieldName = cn;
      UIDFieldName = uid;
      baseDN = "ou=people,{dc}";
      bindDN = "cn=sogo,ou=services,{dc}";
      bindPassword = "{g.pw("quoted", "ldap_bind_password")}";
      hostname = "ldap://{g.private_ip()}:389";
      canAuthenticate = YES;
      id = directory;
    }}
  );
}}
"""


@t("self-hosted / home lab", "python", "nautobot_config.py")
def nautobot_config_py(g):
    return f'''import os

from nautobot.core.settings import *  # noqa: F403
from nautobot.core.settings_funcs import is_truthy

ALLOWED_HOSTS = ["{g.ip()}", "nautobot.{g.company_domain()}"]

DATABASES = {{
    "default": {{
        "NAME": "nautobot",
        "USER": "nautobot",
        "PASSWORD": os.getenv("NAUTOBOT_DB_PASSWORD", "{g.pw("quoted")}"),
        "HOST": "{g.ip()}",
        "PORT": "5432",
        "ENGINE": "django.db.backends.postgresql",
    }}
}}

SECRET_KEY = os.getenv("NAUTOBOT_SECRET_KEY", "{g.lab("KEY", "django_secret_key", g.chars(DJANGO_CHARS, 50))}")

NAPALM_USERNAME = "netops"
NAPALM_PASSWORD = "{g.pw("quoted", "device_password")}"
DEBUG = is_truthy(os.getenv("NAUTOBOT_DEBUG", "False"))
ADMINS = [("NetOps", "{g.email()}")]
'''


@t("self-hosted / home lab", "php", "phpipam/config.php")
def phpipam_config_php(g):
    return f"""<?php
/* database connection details */
$db['host'] = '{g.ip()}';
$db['user'] = 'phpipam';
$db['pass'] = '{g.pw("quoted")}';
$db['name'] = 'phpipam';
$db['port'] = 3306;

/* proxy for update checks */
$proxy_enabled  = true;
$proxy_server   = '{g.ip()}';
$proxy_port     = '8080';
$proxy_user     = 'ipam';
$proxy_pass     = '{g.pw("quoted")}';
$proxy_use_auth = true;

/* scan agent subnet: {g.private_ip()} */
$config['removed_addresses_timelimit'] = 86400 * 7;
// maintainer: {g.email()}
"""


@t("self-hosted / home lab", "php", "dolibarr/htdocs/conf/conf.php")
def dolibarr_conf_php(g):
    return f"""<?php
$dolibarr_main_url_root='https://erp.{g.company_domain()}';
$dolibarr_main_document_root='/var/www/dolibarr/htdocs';
$dolibarr_main_data_root='/var/lib/dolibarr/documents';
$dolibarr_main_db_host='{g.ip()}';
$dolibarr_main_db_port='3306';
$dolibarr_main_db_name='dolibarr';
$dolibarr_main_db_user='dolibarr';
$dolibarr_main_db_pass='{g.pw("quoted")}';
$dolibarr_main_db_type='mysqli';
$dolibarr_main_authentication='dolibarr';
$dolibarr_main_instance_unique_id='{g.hexkey(32, "dolibarr_instance_unique_id")}';
$dolibarr_main_prod='1';
// installed by {g.email()} from {g.private_ip()}
"""


@t("self-hosted / home lab", "json", "meshcentral-data/config.json")
def meshcentral_config_json(g):
    doc = {
        "$schema": "https://raw.githubusercontent.com/Ylianst/MeshCentral/master/meshcentral-config-schema.json",
        "settings": {
            "cert": f"mesh.{g.company_domain()}",
            "port": 443, "redirPort": 80,
            "sessionKey": g.lab("KEY", "meshcentral_session_key", g.chars(g.r.choice(["abcdefghijklmnopqrstuvwxyz0123456789"]), 40)),
            "dbEncryptKey": g.lab("KEY", "meshcentral_db_key", g.chars("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789", 32)),
            "mongoDb": f"mongodb://mesh:{g.pw('url')}@{g.ip()}:27017/meshcentral",
            "trustedProxy": g.ip(),
        },
        "domains": {"": {"title": "IT Remote Support", "newAccounts": False}},
        "smtp": {"host": f"smtp.{g.company_domain()}", "port": 587, "from": g.email(),
                 "user": g.email(), "pass": g.pw("quoted"), "tls": False},
    }
    return J(doc) + "\n"


@t("self-hosted / home lab", "yaml", "homepage/config/services.yaml")
def homepage_services_yaml(g):
    return f"""- Media:
    - Audiobookshelf:
        href: http://{g.private_ip()}:13378
        icon: audiobookshelf.png
        widget:
          type: audiobookshelf
          url: http://{g.private_ip()}:13378
          key: {g.lab("KEY", "audiobookshelf_token", g.jwt_raw(("userId", "username")))}
    - Jellyseerr:
        href: https://requests.{g.company_domain()}
        widget:
          type: jellyseerr
          url: http://{g.ip()}:5055
          key: {g.lab("KEY", "jellyseerr_api_key", g.b64(50))}
- Books:
    - Calibre-web:
        href: http://{g.private_ip()}:8083
        widget:
          type: calibreweb
          url: http://{g.ip()}:8083
          username: {g.email()}
          password: {g.pw("yaml")}
"""


# ====================================================================== unusual format

@t("unusual format", "text", "/etc/proxychains4.conf")
def proxychains_conf(g):
    return f"""# proxychains.conf  VER 4.x
strict_chain
proxy_dns
remote_dns_subnet 224
tcp_read_time_out 15000
tcp_connect_time_out 8000
localnet {g.private_ip()}/{g.netmask()}

[ProxyList]
# type  ip  port [user pass]
socks5  {g.ip()}  1080  scraper  {g.pw("net")}
http    {g.ip()}  3128  {g.pick(["ops", "vendor-qa", "crawl"])}  {g.pw("net")}
socks4  {g.loopback()} 9050
"""


@t("unusual format", "yaml", "clash/config.yaml")
def clash_yaml(g):
    return f"""mixed-port: 7890
allow-lan: false
mode: rule
external-controller: {g.loopback()}:9090
secret: "{g.lab("KEY", "clash_controller_secret", g.chars("abcdefghijklmnopqrstuvwxyz0123456789", 24))}"
proxies:
  - name: "sg-ss"
    type: ss
    server: {g.ip()}
    port: 8388
    cipher: chacha20-ietf-poly1305
    password: "{g.pw("quoted")}"
  - name: "jp-trojan"
    type: trojan
    server: {g.ip()}
    port: 443
    password: {g.pw("yaml")}
    sni: cdn.{g.company_domain()}
  - name: "de-vmess"
    type: vmess
    server: {g.ip()}
    port: 443
    uuid: {g.lab("KEY", "vmess_user_uuid", g.uuid_raw())}
    alterId: 0
    cipher: auto
rules:
  - IP-CIDR,{g.private_ip()}/32,DIRECT
  - MATCH,sg-ss
"""


@t("unusual format", "json", "electerm-bookmarks.json")
def electerm_bookmarks_json(g):
    doc = {"bookmarkGroups": [{"id": "default", "title": "default", "bookmarkIds": ["b1", "b2", "b3"]}],
           "bookmarks": [
               {"id": "b1", "title": "db-primary", "host": g.ip(), "port": 22, "username": "root",
                "authType": "password", "password": g.pw("quoted")},
               {"id": "b2", "title": "build box", "host": g.ip(), "port": 2222, "username": "ci",
                "authType": "privateKey", "privateKey": "~/.ssh/id_ed25519", "passphrase": g.pw("quoted", "key_passphrase")},
               {"id": "b3", "title": "lab switch", "host": g.private_ip(), "port": 23, "type": "telnet",
                "username": "admin", "password": g.pw("quoted", "device_password")},
           ],
           "exportedBy": g.email()}
    return J(doc) + "\n"
