"""Templates for held-out set 25 (written from scratch for this set).

A template is a function of a gen_h25.G that returns text with planted values wrapped in markers.  Each is
registered with its context class, language and path.
"""
import json

from gen_h25 import mark

TEMPLATES = []

CI = "CI / IaC"
HTTP = "HTTP / API client export"
SQL = "SQL / CSV"
CHAT = "chat / ticket / email"
CODE = "code / config assignment"
SHELL = "command line / shell"
REVIEW = "commit / review"
DATA = "data / observability config"
PROSE = "docs / prose"
LOG = "log / stack trace"
MOBILE = "mobile / IDE config"
NET = "network config"
NB = "notebook"
SELF = "self-hosted / home lab"
ODD = "unusual format"


def t(group, lang, path):
    def deco(fn):
        TEMPLATES.append((fn.__name__, group, lang, path, fn))
        return fn
    return deco


def jd(obj, indent=2):
    return json.dumps(obj, ensure_ascii=False, indent=indent) + "\n"


# ------------------------------------------------------------------ CI / IaC (8)

@t(CI, "hcl", ".terraformrc")
def scalr_terraformrc(g):
    org = g.choice(["acme-fin", "northwind", "helio", "fjord-ops"])
    return f'''# Terraform CLI config for the Scalr remote backend ({org})
credentials "{org}.scalr.io" {{
  token = "{g.key("scalr_api_token")}"
}}

provider_installation {{
  network_mirror {{
    url = "https://{g.ip()}/providers/"
  }}
}}
# old token, revoked: {g.look("masked_secret")}
# owner: {g.email()}
'''


@t(CI, "yaml", ".hammer/cli.modules.d/foreman.yml")
def foreman_hammer_yml(g):
    return f''':foreman:
  :enable_module: true
  :host: 'https://{g.ip()}/'
  :username: '{g.choice(["admin", "svc-hammer", "provisioner"])}'
  :password: '{g.pw("quoted", "foreman_password")}'
  :refresh_cache: false
  :request_timeout: 120
# smart proxy on {g.look("private_ip")}, proxy CA fingerprint {g.look("tls_fingerprint")}
# questions: {g.email("email_role")}
'''


@t(CI, "yaml", "cluster.yml")
def rke_cluster_yml(g):
    return f'''nodes:
  - address: {g.ip()}
    internal_address: {g.look("private_ip")}
    user: rancher
    role: [controlplane, etcd]
  - address: {g.ip()}
    internal_address: {g.look("private_ip")}
    user: rancher
    role: [worker]
kubernetes_version: v{g.look("version")}-rancher1-1
private_registries:
  - url: registry.{g.choice(["harbrook", "ironvale", "vireo"])}.net
    user: rke-pull
    password: {g.pw("yaml", "registry_password")}
    is_default: true
services:
  etcd:
    backup_config:
      s3backupconfig:
        access_key: {g.key("s3_compatible_access_key")}
        secret_key: {g.key("s3_compatible_secret_key")}
        bucket_name: etcd-snapshots
'''


@t(CI, "yaml", ".config/infracost/credentials.yml")
def infracost_credentials_yml(g):
    return f'''version: "0.1"
api_key: {g.key("infracost_api_key")}
pricing_api_endpoint: https://pricing.api.infracost.io
# CI copy uses INFRACOST_API_KEY={g.look("placeholder", "${INFRACOST_API_KEY}")}
# docs example account: {g.look("reserved_email")}
# contact: {g.email()}
'''


@t(CI, "yaml", "kargo/credentials.yaml")
def kargo_credentials_yaml(g):
    return f'''apiVersion: v1
kind: Secret
metadata:
  name: git-creds
  namespace: kargo-demo
  labels:
    kargo.akuity.io/cred-type: git
  annotations:
    owner: "{g.email()}"
    last-rotated-by-job: "{g.look("uuid_id")}"
stringData:
  repoURL: https://git.{g.choice(["oakhurst", "redfern", "emberly"])}.dev/platform/deploy.git
  username: kargo-bot
  password: "{g.pw("quoted", "git_password")}"
---
# promotion webhook (Kargo API bearer)
# KARGO_TOKEN={g.key("kargo_token")}
'''


@t(CI, "ini", ".tower_cli.cfg")
def awx_tower_cli_cfg(g):
    return f'''[general]
host = https://{g.ip()}
username = {g.choice(["automation", "awx-admin", "jobrunner"])}
password = {g.pw("ini", "awx_password")}
verify_ssl = false
; second controller, lab only: https://{g.look("private_ip")}
; ask {g.email("email_role")} before changing
'''


@t(CI, "yaml", "trivy.yaml")
def trivy_yaml(g):
    return f'''severity:
  - HIGH
  - CRITICAL
scan:
  skip-dirs:
    - vendor/
db:
  repository: {g.ip()}:5000/aquasec/trivy-db
registry:
  username:
    - scanner
  password:
    - {g.pw("yaml", "registry_password")}
# image digest allowlist
# - sha256:{g.look("sha256_checksum")}
# maintained by {g.email()}
'''


@t(CI, "yaml", "/etc/rancher/k3s/config.yaml")
def k3s_config_yaml(g):
    return f'''server: https://{g.ip()}:6443
token: "{g.key("k3s_token")}"
agent-token: "{g.key("k3s_agent_token")}"
node-ip: {g.look("private_ip")}
node-external-ip: {g.ip()}
tls-san:
  - k3s.{g.choice(["saltmarsh", "thornbury", "cinderford"])}.io
  - {g.ip()}
cluster-cidr: {g.look("private_ip", "10.42.0.0")}/16
'''


# ------------------------------------------------------------------ HTTP / API (4)

@t(HTTP, "yaml", "dredd.yml")
def dredd_yml(g):
    return f'''color: true
dry-run: null
hookfiles: ./hooks.js
language: nodejs
server-wait: 3
header:
  - "Authorization: Bearer {g.key("hookdeck_api_key")}"
  - "X-Request-Id: {g.look("uuid_id")}"
user: "qa-{g.choice(["runner", "bot"])}:{g.pw("url", "basic_auth_password")}"
blueprint: apiary.apib
endpoint: "http://{g.ip()}:8080"
# reporter output mailed to {g.email("email_role")}
'''


@t(HTTP, "json", "mockoon/environment.json")
def mockoon_env_json(g):
    body = jd({"user": g.email(), "lastLogin": g.ip(), "apiKey": g.key("countly_app_key")}, None)
    env = {
        "uuid": g.look("uuid_id"),
        "lastMigration": 32,
        "name": "Billing mock",
        "port": 3001,
        "hostname": g.look("unspecified_ip", "0.0.0.0"),
        "routes": [{
            "uuid": g.look("uuid_id"),
            "method": "get",
            "endpoint": "v1/me",
            "responses": [{"statusCode": 200, "body": body.strip(),
                           "headers": [{"key": "X-Upstream", "value": g.ip()}]}],
        }],
        "proxyMode": True,
        "proxyHost": "https://api." + g.choice(["larchmont", "vireo", "upland"]) + "analytics.com",
        "proxyReqHeaders": [{"key": "Authorization", "value": "Bearer " + g.key("alnum_secret_48")}],
    }
    return jd(env)


@t(HTTP, "yaml", "keploy/tests/test-3.yaml")
def keploy_test_yaml(g):
    return f'''version: api.keploy.io/v1beta1
kind: Http
name: test-3
spec:
  req:
    method: POST
    proto_major: 1
    url: http://{g.look("loopback_ip")}:8082/api/login
    header:
      Content-Type: application/json
      X-Forwarded-For: {g.ip()}
      X-Api-Key: {g.key("apollo_api_key")}
    body: '{{"email":"{g.email("email_username")}","password":"{g.pw("quoted", "user_password")}"}}'
  resp:
    status_code: 200
    body: '{{"session":"{g.look("placeholder", "REDACTED")}","fixture":"{g.look("reserved_email")}"}}'
  created: 1733402211
'''


@t(HTTP, "yaml", "smocker/mocks.yml")
def smocker_mocks_yml(g):
    return f'''- request:
    method: GET
    path: /v2/quotes
    query_params:
      access_key: {g.key("marketstack_access_key")}
  response:
    status: 200
    headers:
      Content-Type: application/json
    body: >
      {{"data": [], "source_ip": "{g.ip()}", "mirror": "{g.look("doc_ip")}"}}
- request:
    method: POST
    path: /oauth/token
    headers:
      Authorization: Basic {g.look("placeholder", "<base64 client:secret>")}
  response:
    status: 200
    body: '{{"access_token":"{g.key("deribit_client_secret")}","issued_to":"{g.email()}"}}'
'''


# ------------------------------------------------------------------ SQL / CSV (2)

@t(SQL, "csv", "buttercup-export.csv")
def buttercup_export_csv(g):
    rows = ["!group_id,!group_name,title,username,password,URL,id"]
    for i in range(5):
        user = g.email("email_username") if i % 2 == 0 else g.choice(["root", "admin", "pi", "ubnt", "operator"])
        host = g.ip() if i in (1, 3) else f"https://{g.choice(['portal', 'vpn', 'mail', 'wiki'])}.{g.choice(['brindle', 'kestwick'])}health.se"
        rows.append(f"1,General,Login {i + 1},{user},{g.pw('ini')},{host},{g.look('uuid_id')}")
    rows.append(f"2,Archive,Old router,admin,{g.look('placeholder', 'changeme')},http://{g.look('private_ip')},{g.look('uuid_id')}")
    return "\n".join(rows) + "\n"


@t(SQL, "sql", "db/changelog/0042-service-accounts.sql")
def liquibase_changelog_sql(g):
    return f'''--liquibase formatted sql

--changeset {g.choice(["mkallio", "jtanaka", "rbrennan"])}:42-1
INSERT INTO service_account (name, contact, api_secret, allowed_ip)
VALUES ('ledger-sync', '{g.email()}', '{g.key("hex_secret_64")}', '{g.ip()}');
INSERT INTO service_account (name, contact, api_secret, allowed_ip)
VALUES ('report-mailer', '{g.email("email_role")}', '{g.key("alnum_secret_32")}', '{g.look("private_ip")}');
--rollback DELETE FROM service_account WHERE name IN ('ledger-sync', 'report-mailer');

--changeset ops:42-2 runOnChange:true
ALTER ROLE report_ro WITH LOGIN PASSWORD '{g.pw("quoted", "db_password")}';
-- previous hash: {g.look("md5_checksum")}
'''


# ------------------------------------------------------------------ chat / tickets (8)

@t(CHAT, "text", "sysaid/SR-88213.txt")
def sysaid_ticket(g):
    return f'''SysAid Service Record #{g.digits(5)}
Title: VPN concentrator rejects new staff
Requester: {g.email()}
Assigned to: Network team ({g.email("email_role")})
Status: In progress

Notes (visible to IT only):
  - user connects from {g.ip()}, concentrator is {g.ip()}
  - temporary local account created: vpn-temp / {g.pw("prose", "vpn_password")}
  - RADIUS shared secret re-keyed to {g.pw("prose", "radius_secret")} on both nodes
  - lab box {g.look("private_ip")} unaffected
Linked change: {g.look("ticket_number")}
'''


@t(CHAT, "text", "spiceworks/ticket-4471.txt")
def spiceworks_ticket(g):
    return f'''[Ticket #{g.digits(4)}] Printer scan-to-email broken
Created by {g.email()} via Help Desk portal

Comment from {g.email()}:
> The MFP relays through our SMTP box at {g.ip()}. I reset the relay login.
> New SMTP password for scanner@ is {g.pw("prose", "smtp_password")} (please rotate after fix).

Comment from tech:
> Confirmed. Device web UI at {g.look("private_ip")}, firmware {g.look("version")}.
> Placeholder left in old doc: {g.look("placeholder", "<password>")}
'''


@t(CHAT, "email", "hesk/reply-2291.eml")
def hesk_ticket_email(g):
    return f'''From: "HESK Help Desk" <{g.email("email_role")}>
To: {g.email()}
Subject: [#{g.upper_alnum(3)}-{g.upper_alnum(3)}-{g.upper_alnum(4)}] Re: SFTP upload fails
Message-ID: <{g.look("uuid_id")}@helpdesk.invalid>

Hello,

Your SFTP account on {g.ip()} was recreated. Please sign in with:

  user: partner-{g.lower_alnum(5)}
  password: {g.pw("prose", "sftp_password")}

Host key fingerprint: {g.look("ssh_fingerprint")}
The old jump host ({g.ip()}) is retired.

--
Support team
'''


@t(CHAT, "json", "topdesk/incident.json")
def topdesk_incident_json(g):
    return jd({
        "number": "I " + g.digits(4) + " " + g.digits(3),
        "caller": {"dynamicName": "Facilities kiosk", "email": g.email()},
        "briefDescription": "Badge reader controller offline",
        "request": "Controller at " + g.ip() + " lost its uplink. Vendor tech logged in with maint / "
                   + g.pw("prose", "device_password") + " and re-pointed it to " + g.ip() + ".",
        "operator": {"email": g.email("email_role")},
        "externalNumber": g.look("uuid_id"),
        "optionalFields1": {"text1": "Integration key " + g.key("patchstack_api_key")},
    })


@t(CHAT, "json", "chanty/export/general.json")
def chanty_chat_json(g):
    msgs = [
        {"author": g.email(), "ts": "2026-11-03T09:12:44Z", "text": "anyone has the Pinata key for the media bucket?"},
        {"author": g.email(), "ts": "2026-11-03T09:14:02Z",
         "text": "JWT is " + g.key("pinata_jwt") + " (scoped to pinning only)"},
        {"author": g.email(), "ts": "2026-11-03T09:15:30Z",
         "text": "thx. gateway still on " + g.ip() + "? staging is " + g.look("private_ip")},
        {"author": "bot", "ts": "2026-11-03T09:15:31Z", "text": "secret scanner: masked as " + g.look("masked_secret")},
    ]
    return jd({"channel": "general", "messages": msgs})


@t(CHAT, "text", "mibew/transcript-1187.txt")
def mibew_transcript(g):
    return f'''Mibew Messenger - chat history
Visitor: {g.choice(["Guest", "Visitor 18", "Lena"])} ({g.email()}) from {g.ip()}
Operator: {g.choice(["Tomasz", "Ana", "Koffi"])}

[10:02] Visitor: I cannot log in to the reseller panel
[10:03] Operator: I reset it. Temporary password: {g.pw("prose", "user_password")}
[10:04] Visitor: still says invalid. my api key is {g.key("hostinger_api_token")} if that helps
[10:05] Operator: please never paste keys here. I will revoke that one.
[10:06] Operator: (user agent build {g.look("build_number")})
'''


@t(CHAT, "json", "kustomer/conversation.json")
def kustomer_conversation_json(g):
    return jd({"data": {
        "type": "conversation",
        "id": g.look("object_id", g.hex(24)),
        "attributes": {
            "name": "Webhook signature mismatch",
            "preview": "Our endpoint on " + g.ip() + " rejects your callbacks",
            "channels": ["email"],
            "customer": {"email": g.email()},
            "messages": [
                {"direction": "in", "body": "Secret we configured: " + g.key("svix_api_token")},
                {"direction": "out", "from": g.email("email_role"),
                 "body": "Thanks, request " + g.look("uuid_id") + " shows the old secret " + g.look("masked_secret")},
            ],
        }}})


@t(CHAT, "text", "faveo/ticket.txt")
def faveo_ticket(g):
    return f'''Faveo Helpdesk - Ticket AAAA-{g.digits(4)}-{g.digits(3)}
From: {g.email()}
Department: Hosting
Priority: High

Our shop site was hacked. Wordfence license: {g.key("wordfence_license_key")}
cPanel host {g.ip()}, user {g.choice(["shopadm", "wpuser", "clientx"])}, password {g.pw("prose", "cpanel_password")}
Attacker IPs from the log: {g.ip()}, {g.ip()}

Internal note: CDN origin {g.look("private_ip")}; do not reply with credentials. Escalated to {g.email("email_role")}.
'''


# ------------------------------------------------------------------ code / config in other languages (10)

@t(CODE, "jolie", "services/billing.ol")
def jolie_service(g):
    return f'''from console import Console
from .payments import PaymentsAPI

service Billing {{
    embed Console as console

    outputPort Gateway {{
        location: "socket://{g.ip()}:8443"
        protocol: https {{
            .addHeader.header[0] = "X-Api-Key"
            .addHeader.header[0].value = "{g.key("worldpay_service_key")}"
        }}
        interfaces: PaymentsAPI
    }}

    main {{
        println@console( "billing up, alerts to {g.email("email_role")}" )()
        // sandbox gateway: socket://{g.look("private_ip")}:8443
    }}
}}
'''


@t(CODE, "nelua", "src/config.nelua")
def nelua_module(g):
    return f'''-- runtime settings for the kiosk firmware
local Config = @record{{
  mqtt_host: string,
  mqtt_user: string,
  mqtt_pass: string,
  support: string
}}

global config: Config = {{
  mqtt_host = "{g.ip()}",
  mqtt_user = "kiosk",
  mqtt_pass = "{g.pw("quoted", "mqtt_password")}",
  support = "{g.email()}"
}}

-- local broker for bench tests: {g.look("loopback_ip")}
'''


@t(CODE, "yuescript", "app/settings.yue")
def yuescript_module(g):
    return f'''export settings =
  db:
    host: "{g.ip()}"
    user: "app"
    password: "{g.pw("quoted", "db_password")}"
  mail:
    from: "{g.email("email_role")}"
  geo:
    foursquare_key: "{g.key("foursquare_api_key")}"
  build: "{g.look("short_sha")}"
'''


@t(CODE, "coconut", "pipeline/fetch.coco")
def coconut_module(g):
    return f'''import requests

SERPER_KEY = "{g.key("serper_api_key")}"
PROXY = "http://scraper:{g.pw("url", "proxy_password")}@{g.ip()}:8001"

def search(q) =
    requests.post("https://google.serper.dev/search",
                  json={{"q": q}},
                  headers={{"X-API-KEY": SERPER_KEY}},
                  proxies={{"https": PROXY}}).json()

results = ["jasper", "onyx"] |> map$(search) |> list
# reviewed by {g.email()}; run id {g.look("uuid_id")}
'''


@t(CODE, "berry", "autoexec.be")
def berry_script(g):
    return f'''# Berry script on the garden gateway: push readings
import mqtt
import json

var endpoint = "http://{g.ip()}:8086/write?db=garden"
var token = "{g.key("hex_secret_32")}"
var wifi_backup_pass = "{g.pw("quoted", "wifi_passphrase")}"

def push(v)
  var cl = webclient()
  cl.begin(endpoint)
  cl.add_header("Authorization", "Token " + token)
  cl.POST(json.dump({{"t": v}}))
end
# gateway {g.look("private_ip")}, owner {g.email()}
'''


@t(CODE, "rhai", "scripts/notify.rhai")
def rhai_script(g):
    return f'''// Rhai hook: forward alerts to the on-call desk
let desk = #{{
    url: "https://{g.ip()}/hooks/alerts",
    token: "{g.key("webhook_token")}",
    cc: "{g.email("email_role")}"
}};

fn format(alert) {{
    `[${{alert.level}}] ${{alert.host}}`
}}

let fallback_host = "{g.look("private_ip")}";
let api_key_example = "{g.look("placeholder", "<YOUR_API_KEY>")}";
let test_recipient = "{g.look("reserved_email")}";
'''


@t(CODE, "koto", "config.koto")
def koto_script(g):
    return f'''# Koto config for the sync tool
export
  source:
    host: '{g.ip()}'
    user: 'sync'
    password: '{g.pw("quoted", "ftp_password")}'
  target:
    bucket: 'media-mirror'
    access_key: '{g.key("filebase_access_key")}'
    secret_key: '{g.key("filebase_secret_key")}'
  notify: '{g.email()}'
  version: '{g.look("version")}'
'''


@t(CODE, "nunjucks", "templates/footer.njk")
def nunjucks_template(g):
    return f'''{{% set support_email = "{g.email("email_role")}" %}}
{{% set chat_widget_key = "{g.key("smartsupp_key")}" %}}
<footer>
  <p>Questions? <a href="mailto:{{{{ support_email }}}}">{{{{ support_email }}}}</a></p>
  <script>
    var _smartsupp = _smartsupp || {{}};
    _smartsupp.key = '{{{{ chat_widget_key }}}}';
  </script>
  {{# staging widget key: {g.look("placeholder", "REPLACE_WITH_TOKEN")} #}}
  <!-- served from {g.ip()} / build {g.look("short_sha")} -->
</footer>
'''


@t(CODE, "latte", "app/Presentation/@layout.latte")
def latte_template(g):
    return f'''{{var $uxcamKey = '{g.key("uxcam_app_key")}'}}
{{var $contact = '{g.email()}'}}
<!DOCTYPE html>
<html>
<head>
  <title>{{$title}}</title>
  <script>window.uxc = {{ key: {{$uxcamKey}} }};</script>
</head>
<body>
  {{include content}}
  {{* legacy origin {g.ip()}, dev origin {g.look("private_ip")} *}}
  <p>Contact: {{$contact}}</p>
  {{* design mock used {g.look("reserved_email")} *}}
</body>
</html>
'''


@t(CODE, "thymeleaf", "templates/admin/status.html")
def thymeleaf_template(g):
    return f'''<!DOCTYPE html>
<html xmlns:th="http://www.thymeleaf.org">
<body>
  <div th:with="probeKey='{g.key("site24x7_device_key")}', ops='{g.email("email_role")}'">
    <p>Probe: <span th:text="${{probe.host}}">{g.ip()}</span></p>
    <p>Escalation: <a th:href="'mailto:' + ${{ops}}" th:text="${{ops}}">ops</a></p>
    <!--/* old probe key: {g.look("masked_secret")} -- fallback probe {g.look("doc_ip")} */-->
  </div>
</body>
</html>
'''


# ------------------------------------------------------------------ command line / shell dotfiles (8)

@t(SHELL, "lua", ".imapfilter/config.lua")
def imapfilter_config_lua(g):
    return f'''options.timeout = 120
options.subscribe = true

work = IMAP {{
    server = '{g.ip()}',
    username = '{g.email("email_username")}',
    password = '{g.pw("quoted", "imap_password")}',
    ssl = 'tls1.2',
}}

-- move list mail from the old relay
messages = work.INBOX:contain_from('{g.email()}')
messages:move_messages(work['Lists/relay'])
-- old server {g.look("private_ip")} kept for archive
'''


@t(SHELL, "yaml", ".config/goimapnotify/goimapnotify.yaml")
def goimapnotify_yaml(g):
    return f'''host: {g.ip()}
port: 993
tls: true
username: {g.email("email_username")}
password: {g.pw("yaml", "imap_password")}
boxes:
  - mailbox: INBOX
    onNewMail: mbsync -q work:INBOX
    onNewMailPost: notmuch new
# alternative: passwordCmd: "secret-tool lookup mail work"
# debug relay {g.look("loopback_ip")}
'''


@t(SHELL, "shell", ".duply/offsite/conf")
def duply_conf(g):
    return f'''# duply profile "offsite"
GPG_KEY='{g.look("gpg_fingerprint", g.hex(40).upper())}'
GPG_PW='{g.pw("shell", "gpg_passphrase")}'
TARGET='sftp://backup:{g.pw("url", "sftp_password")}@{g.ip()}/srv/duply/offsite'
SOURCE='/'
MAX_AGE=6M
MAX_FULL_BACKUPS=2
# report to {g.email()}
'''


@t(SHELL, "conf", "/etc/redsocks.conf")
def redsocks_conf(g):
    return f'''base {{
    log_debug = off;
    log_info = on;
    daemon = on;
    redirector = iptables;
}}

redsocks {{
    local_ip = {g.look("loopback_ip", "127.0.0.1")};
    local_port = 12345;
    ip = {g.ip()};
    port = 1080;
    type = socks5;
    login = "{g.choice(["lab", "edge-proxy", "tunnel"])}";
    password = "{g.pw("net", "proxy_password")}";
}}
// maintained by {g.email()}
'''


@t(SHELL, "shell", "bin/tr-queue.sh")
def transmission_remote_sh(g):
    return f'''#!/bin/sh
# queue ISO downloads on the seedbox
transmission-remote {g.ip()}:9091 --auth seed:{g.pw("shell", "rpc_password")} -a "$1"
transmission-remote {g.ip()}:9091 --auth seed:"$TR_PASS" -l
# local daemon: transmission-remote {g.look("private_ip")}:9091 -n 'seed:{g.look("placeholder", "changeme")}'
# ping {g.email()} when full
'''


@t(SHELL, "yaml", ".config/beets/config.yaml")
def beets_config_yaml(g):
    return f'''directory: ~/Music
library: ~/.local/share/beets/library.db
plugins: discogs lastgenre web fetchart
discogs:
  user_token: {g.key("discogs_user_token")}
lastfm:
  api_key: {g.key("lastfm_api_key")}
web:
  host: {g.look("unspecified_ip", "0.0.0.0")}
  port: 8337
# mbid of test release: {g.look("uuid_id")}
# contact for the shared library: {g.email()}
'''


@t(SHELL, "conf", ".taskrc")
def taskrc(g):
    return f'''data.location=~/.task
taskd.server={g.ip()}:53589
taskd.credentials=Home/{g.choice(["ines", "pietro", "ulla"])}/{g.key("taskd_credentials_key")}
taskd.certificate=~/.task/client.cert.pem
taskd.ca=~/.task/ca.cert.pem
# team server is {g.look("private_ip")}:53589
# org admin: {g.email()}
'''


@t(SHELL, "ini", ".config/mopidy/mopidy.conf")
def mopidy_conf(g):
    return f'''[core]
cache_dir = $XDG_CACHE_DIR/mopidy

[http]
hostname = {g.look("unspecified_ip", "0.0.0.0")}
port = 6680

[spotify]
username = {g.email("email_username")}
client_id = {g.look("uuid_id")}
client_secret = {g.key("spotify_client_secret")}

[subidy]
url = http://{g.ip()}:4533
username = listener
password = {g.pw("ini", "service_password")}
'''


# ------------------------------------------------------------------ commit / review (3)

@t(REVIEW, "text", "upsource/review-CR-118.txt")
def upsource_review(g):
    return f'''Upsource review CR-{g.digits(3)}: "Move Daraja callbacks to new host"
Author: {g.email()}   Reviewers: {g.email()}, {g.email()}
Revisions: {g.look("git_sha")}, {g.look("short_sha")}

config/mpesa.py
  + CONSUMER_KEY = "{g.key("daraja_consumer_key")}"
  + CONSUMER_SECRET = "{g.key("daraja_consumer_secret")}"
  + CALLBACK_HOST = "{g.ip()}"

Discussion:
  reviewer> please do not commit the consumer secret; use the vault path instead
  author> ack, moved to env in the next revision (callback host stays {g.ip()})
'''


@t(REVIEW, "text", "rietveld/issue-5521.txt")
def rietveld_cl(g):
    return f'''Issue {g.digits(7)}: Point staging mail relay at the new box (Closed)
Created by {g.email()}
Reviewers: {g.email()}
Base URL: svn://{g.ip()}/repos/infra/trunk

Patch Set 2: deploy/relay.cfg
  - relay_host = {g.look("private_ip")}
  + relay_host = {g.ip()}
  + relay_user = staging-relay
  + relay_pass = {g.pw("ini", "smtp_password")}

Message from reviewer:
  LGTM once relay_pass is replaced by {g.look("placeholder", "${RELAY_PASS}")} before landing.
'''


@t(REVIEW, "markdown", "launchpad/merge-proposal.md")
def launchpad_merge_proposal(g):
    return f'''## Merge proposal: lp:~{g.choice(["kallio", "okafor", "szabo"])}/ops-charms/+git/relay:fix-auth into lp:ops-charms

**Proposer:** {g.email()}
**Commit message:** Set netcup DNS credentials for ACME
**Revision:** {g.look("git_sha")}

```diff
+ NETCUP_CUSTOMER_NUMBER=2{g.digits(5)}
+ NETCUP_API_KEY={g.key("netcup_api_key")}
+ NETCUP_API_PASSWORD={g.key("netcup_api_password")}
```

**Review: Needs Fixing** -- credentials must come from the charm secret, not the repo. Reported from {g.ip()}.
'''


# ------------------------------------------------------------------ data / observability (12)

@t(DATA, "conf", "/etc/monitrc")
def monitrc(g):
    return f'''set daemon 60
set log syslog
set mailserver {g.ip()} port 587
    username "monit-relay" password "{g.pw("quoted", "smtp_password")}"
    using tls
set alert {g.email("email_role")}

set httpd port 2812 and
    use address {g.look("private_ip")}
    allow {g.look("private_ip")}/{g.look("netmask")}
    allow admin:{g.pw("net", "admin_password")}

check host edge-lb with address {g.ip()}
    if failed ping then alert
'''


@t(DATA, "env", "chronograf.env")
def chronograf_env(g):
    return f'''HOST={g.look("unspecified_ip", "0.0.0.0")}
PORT=8888
INFLUXDB_URL=http://{g.ip()}:8086
INFLUXDB_USERNAME=chronograf
INFLUXDB_PASSWORD={g.pw("ini", "db_password")}
TOKEN_SECRET={g.key("session_secret")}
PUBLIC_URL=https://metrics.{g.choice(["fernhill", "glasswing", "ashgrove"])}.io
GH_CLIENT_ID={g.look("client_id", g.hex(20))}
# admin contact {g.email()}
'''


@t(DATA, "conf", "/etc/netxmsd.conf")
def netxmsd_conf(g):
    return f'''# NetXMS server configuration
DBDriver = pgsql.ddr
DBServer = {g.ip()}
DBName = netxms
DBLogin = netxms
DBPassword = {g.pw("ini", "db_password")}
LogFile = /var/log/netxmsd
# agent shared secret used by all agents
# SharedSecret = {g.pw("ini", "agent_shared_secret")}
# mgmt subnet {g.look("private_ip")} / {g.look("netmask")}
# owner {g.email()}
'''


@t(DATA, "xml", "etc/opennms-datasources.xml")
def opennms_datasources_xml(g):
    return f'''<?xml version="1.0" encoding="UTF-8"?>
<datasource-configuration xmlns="http://xmlns.opennms.org/xsd/config/opennms-datasources">
  <connection-pool factory="org.opennms.core.db.HikariCPConnectionFactory" idleTimeout="600"/>
  <jdbc-data-source name="opennms" database-name="opennms" class-name="org.postgresql.Driver"
                    url="jdbc:postgresql://{g.ip()}:5432/opennms"
                    user-name="opennms" password="{g.pw("quoted", "db_password")}"/>
  <jdbc-data-source name="opennms-admin" database-name="template1" class-name="org.postgresql.Driver"
                    url="jdbc:postgresql://{g.look("private_ip")}:5432/template1"
                    user-name="postgres" password="{g.pw("quoted", "db_password")}"/>
  <!-- DBA: {g.email()} -->
</datasource-configuration>
'''


@t(DATA, "python", "/etc/alertad.conf")
def alertad_conf(g):
    return f'''DEBUG = False
SECRET_KEY = '{g.key("django_secret_key")}'
AUTH_REQUIRED = True
ADMIN_USERS = ['{g.email()}', '{g.email()}']
DATABASE_URL = 'postgres://alerta:{g.pw("url", "db_password")}@{g.ip()}:5432/monitoring'
PLUGINS = ['reject', 'blackout', 'slack']
SLACK_WEBHOOK_URL = 'https://{g.ip()}/hooks/{g.key("slack_style_webhook_secret")}'
ALLOWED_ENVIRONMENTS = ['Production', 'Development']
# example alert id {g.look("uuid_id")}
'''


@t(DATA, "yaml", "hertzbeat/config/application.yml")
def hertzbeat_application_yml(g):
    return f'''server:
  port: 1157
spring:
  datasource:
    url: jdbc:mysql://{g.ip()}:3306/hertzbeat?useUnicode=true
    username: hertzbeat
    password: {g.pw("yaml", "db_password")}
  mail:
    host: smtp.{g.choice(["dunmore", "kestwick", "oakhurst"])}.de
    username: {g.email("email_username")}
    password: {g.pw("yaml", "smtp_password")}
sureness:
  jwt:
    secret: '{g.key("jwt_signing_secret")}'
common:
  sms:
    enable: false
    custom:
      secret-key: {g.look("placeholder", "TODO_SET_ME")}
'''


@t(DATA, "toml", "etc/nightingale/config.toml")
def nightingale_config_toml(g):
    return f'''[HTTP]
Host = "{g.look("unspecified_ip", "0.0.0.0")}"
Port = 17000

[HTTP.JWTAuth]
SigningKey = "{g.key("alnum_secret_32")}"

[DB]
DSN = "n9e:{g.pw("url", "db_password")}@tcp({g.ip()}:3306)/n9e_v6?charset=utf8mb4"

[Redis]
Address = "{g.look("private_ip")}:6379"
Password = "{g.pw("quoted", "redis_password")}"

[[Pushgw.Writers]]
Url = "http://{g.ip()}:9090/api/v1/write"
# owner: {g.email()}
'''


@t(DATA, "properties", "conf/flume-kafka.conf")
def flume_conf(g):
    return f'''agent.sources = syslog
agent.channels = mem
agent.sinks = kafka

agent.sources.syslog.type = syslogtcp
agent.sources.syslog.host = {g.look("unspecified_ip", "0.0.0.0")}
agent.sources.syslog.port = 5140

agent.sinks.kafka.type = org.apache.flume.sink.kafka.KafkaSink
agent.sinks.kafka.kafka.bootstrap.servers = {g.ip()}:9093,{g.ip()}:9093
agent.sinks.kafka.kafka.producer.security.protocol = SASL_SSL
agent.sinks.kafka.kafka.producer.sasl.mechanism = PLAIN
agent.sinks.kafka.kafka.producer.sasl.jaas.config = org.apache.kafka.common.security.plain.PlainLoginModule required username="flume" password="{g.pw("quoted", "broker_password")}";
# on-call {g.email("email_role")}
'''


@t(DATA, "properties", "jobs/crm-pull.pull")
def gobblin_job_pull(g):
    return f'''job.name=CrmAccountsPull
job.group=crm
source.class=org.apache.gobblin.source.extractor.extract.jdbc.MysqlSource
source.conn.host={g.ip()}
source.conn.port=3306
source.conn.username=gobblin_ro
source.conn.password={g.pw("ini", "db_password")}
extract.namespace=crm
writer.fs.uri=hdfs://{g.look("private_ip")}:8020
email.notification.to={g.email()}
job.commit.policy=full
'''


@t(DATA, "conf", "/etc/pgpool2/pgpool.conf")
def pgpool_conf(g):
    return f'''listen_addresses = '*'
port = 9999
backend_hostname0 = '{g.ip()}'
backend_port0 = 5432
backend_hostname1 = '{g.ip()}'
backend_port1 = 5432
sr_check_user = 'pgpool'
sr_check_password = '{g.pw("quoted", "db_password")}'
health_check_user = 'pgpool'
health_check_password = ''
wd_authkey = '{g.pw("quoted", "watchdog_authkey")}'
delegate_ip = '{g.look("private_ip")}'
'''


@t(DATA, "ini", "/etc/barman.d/pg-main.conf")
def barman_conf(g):
    return f'''[pg-main]
description = "Main cluster"
conninfo = host={g.ip()} user=barman dbname=postgres password={g.pw("url", "db_password")}
streaming_conninfo = host={g.ip()} user=streaming_barman
backup_method = postgres
streaming_archiver = on
slot_name = barman
retention_policy = RECOVERY WINDOW OF 14 DAYS
; alerts: {g.email("email_role")}
; standby: {g.look("private_ip")}
'''


@t(DATA, "env", "lightdash.env")
def lightdash_env(g):
    return f'''SITE_URL=https://bi.{g.choice(["northgate", "millbrae", "vireo"])}.co
PGHOST={g.ip()}
PGPORT=5432
PGUSER=lightdash
PGPASSWORD={g.pw("ini", "db_password")}
PGDATABASE=lightdash
LIGHTDASH_SECRET={g.key("alnum_secret_48")}
EMAIL_SMTP_HOST={g.ip()}
EMAIL_SMTP_USER={g.email("email_username")}
EMAIL_SMTP_PASSWORD={g.pw("ini", "smtp_password")}
LIGHTDASH_INSTALL_ID={g.look("uuid_id")}
'''


# ------------------------------------------------------------------ logs (5)

@t(LOG, "log", "standalone/log/server.log")
def jboss_server_log(g):
    return f'''2026-10-14 03:12:09,441 INFO  [org.jboss.as.connector.subsystems.datasources] (MSC service thread 1-3) WFLYJCA0004: Deploying JDBC-compliant driver class org.postgresql.Driver (version 42.7)
2026-10-14 03:12:09,873 DEBUG [org.jboss.jca.core.connectionmanager.pool] (ServerService Thread Pool -- 58) ManagedConnectionFactory: connectionURL=jdbc:postgresql://{g.ip()}:5432/erp, userName=erp_app, password={g.pw("url", "db_password")}
2026-10-14 03:12:10,002 INFO  [org.jboss.as.mail.extension] (MSC service thread 1-2) WFLYMAIL0001: Bound mail session [java:jboss/mail/Default] to {g.ip()}:25 as {g.email("email_username")}
2026-10-14 03:12:11,510 WARN  [org.jboss.as.domain.http.api.undertow] (management I/O-2) failed login for admin from {g.ip()}
2026-10-14 03:12:11,719 INFO  [org.jboss.as] (Controller Boot Thread) WFLYSRV0060: Http management interface listening on http://{g.look("loopback_ip", "127.0.0.1")}:9990/management
2026-10-14 03:12:12,004 INFO  [stdout] (default task-1) request {g.look("uuid_id")} ok
'''


@t(LOG, "log", "/var/log/kannel/access.log")
def kannel_access_log(g):
    lines = []
    for _ in range(3):
        lines.append(f'2026-11-02 08:{g.r.randint(10, 59)}:{g.r.randint(10, 59)} Receive SMS [SMSC:gsm1] [SVC:] [ACT:] [BINF:] [FID:] '
                     f'[from:+2547{g.digits(8)}] [to:+2547{g.digits(8)}] [flags:-1:0:-1:0:-1] [msg:4:PING] [udh:0:]')
    lines.append(f'2026-11-02 08:42:17 [{g.r.randint(1000, 9999)}] [6] INFO: smsbox: Got HTTP request </cgi-bin/sendsms> from <{g.ip()}>')
    lines.append(f'2026-11-02 08:42:17 [{g.r.randint(1000, 9999)}] [6] DEBUG: sendsms query: username=shop&password={g.pw("url", "service_password")}&to=%2B2547{g.digits(8)}&text=Your+code+{g.digits(6)}')
    lines.append(f'2026-11-02 08:42:18 [{g.r.randint(1000, 9999)}] [6] INFO: Connected to SMSC at {g.ip()}:2775 (bearerbox on {g.look("private_ip")})')
    return "\n".join(lines) + "\n"


@t(LOG, "log", "/var/log/prosody/prosody.log")
def prosody_log(g):
    return f'''Nov 03 11:02:41 c2s55d1a2b3c4d0	info	Client connected
Nov 03 11:02:41 c2s55d1a2b3c4d0	info	Authenticated as {g.email("jid")}
Nov 03 11:02:44 s2sout55d1a8e0	info	Outgoing s2s connection xmpp.{g.choice(["redfern", "upland", "zephyrine"])}.org->chat.{g.choice(["brindle", "copperleaf"])}.net complete ({g.ip()})
Nov 03 11:03:10 mod_posix	warn	Received SIGHUP
Nov 03 11:03:12 c2s55d1a2b3c4d0	debug	Client sent opening <stream:stream> from {g.ip()} (via {g.look("private_ip")})
Nov 03 11:03:15 mod_muc	info	{g.email("jid")} joined room ops on conference.chat.{g.choice(["ironvale", "emberly"])}.net
Nov 03 11:03:20 certmanager	info	Certificate fingerprint {g.look("tls_fingerprint")}
'''


@t(LOG, "log", "/var/log/maillog")
def amavis_maillog(g):
    qid = g.upper_alnum(10)
    return f'''Nov  4 06:15:02 mx2 amavis[2231]: ({g.digits(5)}-{g.digits(2)}) Passed CLEAN {{RelayedInbound}}, [{g.ip()}]:48122 [{g.ip()}] <{g.email()}> -> <{g.email()}>, Queue-ID: {qid}, Message-ID: <{g.look("uuid_id")}@mail.invalid>, mail_id: {g.alnum(12)}, Hits: -1.2, size: 18231
Nov  4 06:15:03 mx2 postfix/smtp[9912]: {qid}: to=<{g.email()}>, relay={g.look("loopback_ip", "127.0.0.1")}[{g.look("loopback_ip", "127.0.0.1")}]:10024, delay=0.9, status=sent (250 2.0.0 Ok)
Nov  4 06:16:40 mx2 amavis[2231]: ({g.digits(5)}-{g.digits(2)}) Blocked SPAM {{DiscardedInbound}}, [{g.ip()}]:51234 <{g.look("reserved_email")}> -> <{g.email("email_role")}>, Hits: 14.8
'''


@t(LOG, "log", "/var/log/tengine/access.log")
def tengine_access_log(g):
    ua = "Mozilla/5.0 (X11; Linux x86_64)"
    return f'''{g.ip()} - - [05/Nov/2026:10:11:12 +0800] "GET /api/v1/tokens?ak={g.key("birdeye_api_key")} HTTP/1.1" 200 512 "-" "{ua}" rt=0.012
{g.ip()} - - [05/Nov/2026:10:11:14 +0800] "POST /login HTTP/1.1" 302 0 "-" "{ua}" rt=0.031
{g.look("private_ip")} - - [05/Nov/2026:10:11:15 +0800] "GET /healthz HTTP/1.1" 200 2 "-" "kube-probe/1.31" rt=0.001
{g.ip()} - {g.email("email_username")} [05/Nov/2026:10:11:20 +0800] "GET /export/orders.csv?session={g.look("placeholder", "REDACTED")} HTTP/1.1" 200 88120 "-" "curl/8.5.0" rt=0.402
'''


# ------------------------------------------------------------------ mobile / IDE (2)

@t(MOBILE, "xml", "Droid/Droid.csproj")
def xamarin_csproj(g):
    return f'''<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup>
    <TargetFramework>net8.0-android</TargetFramework>
    <ApplicationId>com.{g.choice(["harbrook", "pellucid", "driftmoor"])}.field</ApplicationId>
    <ApplicationDisplayVersion>{g.look("version")}</ApplicationDisplayVersion>
  </PropertyGroup>
  <PropertyGroup Condition="'$(Configuration)' == 'Release'">
    <AndroidKeyStore>True</AndroidKeyStore>
    <AndroidSigningKeyStore>release.keystore</AndroidSigningKeyStore>
    <AndroidSigningKeyAlias>field</AndroidSigningKeyAlias>
    <AndroidSigningStorePass>{g.pw("quoted", "keystore_password")}</AndroidSigningStorePass>
    <AndroidSigningKeyPass>{g.pw("quoted", "keystore_password")}</AndroidSigningKeyPass>
  </PropertyGroup>
  <ItemGroup>
    <!-- AppsFlyer dev key and Branch key for the release flavour -->
    <AndroidEnvironment Include="env.txt" />
  </ItemGroup>
  <!-- APPSFLYER_DEV_KEY={g.key("appsflyer_dev_key")} BRANCH_KEY={g.key("branch_live_key")} owner {g.email()} -->
</Project>
'''


@t(MOBILE, "properties", "nbproject/private/private.properties")
def netbeans_private_properties(g):
    return f'''deploy.ant.properties.file=/home/{g.choice(["ilse", "joaquim", "marisol"])}/.netbeans/12.0/config/J2EE/server.properties
j2ee.server.home=/opt/appserver
deploy.host={g.ip()}
deploy.user=admin
deploy.password={g.pw("ini", "admin_password")}
user.properties.file=/home/dev/.netbeans/build.properties
# debug host {g.look("private_ip")}:9009
leanplum.app.id={g.look("app_id", "app_" + g.alnum(43))}
leanplum.prod.key={g.key("leanplum_prod_key")}
leanplum.dev.key={g.key("leanplum_dev_key")}
'''


# ------------------------------------------------------------------ network config (7)
# (syntax written from memory; approximate)

@t(NET, "cli", "procurve-2920.cfg")
def procurve_cli(g):
    return f'''; J9729A Configuration Editor; Created on release #WB.16.10.0012
hostname "{g.choice(["SW-CORE-1", "SW-ACC-2F", "sw-lab-04"])}"
snmp-server community "{g.pw("net", "snmp_community")}" operator unrestricted
snmp-server host {g.ip()} community "{g.pw("net", "snmp_community")}"
ip default-gateway {g.look("private_ip")}
vlan 1
   ip address {g.look("private_ip")} {g.look("netmask")}
   exit
radius-server host {g.ip()} key "{g.pw("net", "radius_secret")}"
password manager user-name "manager" sha1 "{g.look("sha1_hash", g.hex(40))}"
sntp server priority 1 {g.ip()}
'''


@t(NET, "cli", "vyatta.boot.config")
def vyatta_config(g):
    return f'''set interfaces ethernet eth0 address '{g.ip()}/29'
set interfaces ethernet eth1 address '{g.look("private_ip")}/24'
set protocols bgp 65{g.digits(3)} neighbor {g.ip()} remote-as '{g.r.randint(1000, 64000)}'
set protocols bgp 65{g.digits(3)} neighbor {g.ip()} password '{g.pw("net", "bgp_md5_password")}'
set vpn ipsec site-to-site peer {g.ip()} authentication pre-shared-secret '{g.pw("net", "ipsec_psk")}'
set system login user vyatta authentication plaintext-password '{g.pw("net", "device_password")}'
set system login user ops authentication encrypted-password '{g.look("sha512_crypt", "$6$" + g.alnum(16) + "$" + g.rand("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789./", 86))}'
set system name-server {g.ip()}
'''


@t(NET, "cli", "ssg140.conf")
def netscreen_screenos(g):
    return f'''set admin name "netscreen"
set admin password "{g.look("screenos_hash", "n" + g.alnum(29))}"
set interface "ethernet0/0" zone "Untrust"
set interface ethernet0/0 ip {g.ip()}/28
set interface ethernet0/1 ip {g.look("private_ip")}/24
set ike gateway "to-branch" address {g.ip()} Main outgoing-interface "ethernet0/0" preshare "{g.pw("net", "ipsec_psk")}" sec-level standard
set auth-server "rad1" server-name {g.ip()}
set auth-server "rad1" radius secret "{g.pw("net", "radius_secret")}"
set snmp community "{g.pw("net", "snmp_community")}" Read-Only Trap-on version v2c
set route {g.look("unspecified_ip", "0.0.0.0")}/0 interface ethernet0/0 gateway {g.ip()}
'''


@t(NET, "cli", "ers4850-running.cfg")
def nortel_ers_cli(g):
    return f'''! Embedded ASCII Configuration Generator Script
! Model = Ethernet Routing Switch 4850GTS-PWR+
! Software version = v{g.look("build_number")}
enable
configure terminal
snmp-server name "{g.choice(["ERS-WH-1", "ers-closet-3"])}"
snmp-server community "{g.pw("net", "snmp_community")}" rw
snmp-server host {g.ip()} "{g.pw("net", "snmp_community")}"
ip address switch {g.look("private_ip")}
ip address netmask {g.look("netmask")}
cli password serial enable
cli password read-write "{g.pw("net", "device_password")}"
radius-server host {g.ip()} key "{g.pw("net", "radius_secret")}"
'''


@t(NET, "cfg", "airos/system.cfg")
def airos_system_cfg(g):
    return f'''aaa.1.status=enabled
aaa.1.wpa.psk={g.pw("net", "wifi_passphrase")}
wireless.1.ssid=PTP-{g.choice(["HILL", "SILO", "BARN"])}-{g.digits(2)}
netconf.1.ip={g.look("private_ip")}
netconf.1.netmask={g.look("netmask")}
route.1.gateway={g.look("private_ip")}
resolv.nameserver.1.ip={g.ip()}
snmp.community={g.pw("net", "snmp_community")}
snmp.contact={g.email()}
users.1.name=ubnt
users.1.password={g.look("md5_crypt", "$1$" + g.alnum(8) + "$" + g.alnum(22))}
ntpclient.1.server={g.ip()}
'''


@t(NET, "cli", "bigip.conf")
def bigip_tmsh(g):
    return f'''ltm pool /Common/web_pool {{
    members {{
        /Common/{g.ip()}:443 {{ address {g.ip()} }}
        /Common/{g.look("private_ip")}:443 {{ }}
    }}
    monitor /Common/https
}}
sys snmp {{
    communities {{
        /Common/mon {{ community-name {g.pw("net", "snmp_community")} source {g.ip()} }}
    }}
    sys-contact {g.email("email_role")}
}}
auth radius-server /Common/rad1 {{ secret {g.pw("net", "radius_secret")} server {g.ip()} }}
'''


@t(NET, "cli", "es3528m.cfg")
def accton_switch_cli(g):
    return f'''!<stackingDB>00</stackingDB>
!<bootMode>slave</bootMode>
hostname {g.choice(["acc-edge-7", "es3528-lobby"])}
username admin access-level 15
username admin password 0 {g.pw("net", "device_password")}
enable password level 15 0 {g.pw("net", "enable_password")}
snmp-server community {g.pw("net", "snmp_community")} ro
snmp-server host {g.ip()} {g.pw("net", "snmp_community")} version 2c
tacacs-server host {g.ip()} key {g.pw("net", "tacacs_key")}
interface vlan 1
 ip address {g.look("private_ip")} {g.look("netmask")}
!
access-list ip standard mgmt
 permit {g.look("private_ip")} {g.look("wildcard_mask")}
'''


# ------------------------------------------------------------------ notebooks (2)

def _nb(cells):
    out = []
    for kind, src in cells:
        cell = {"cell_type": kind, "metadata": {}, "source": [l + "\n" for l in src.split("\n")[:-1]] + [src.split("\n")[-1]]}
        if kind == "code":
            cell["execution_count"] = None
            cell["outputs"] = []
        out.append(cell)
    return jd({"cells": out, "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"}},
               "nbformat": 4, "nbformat_minor": 5}, 1)


@t(NB, "ipynb", "notebooks/deribit_vol_surface.ipynb")
def ipynb_deribit(g):
    return _nb([
        ("markdown", f"# BTC options vol surface\nAsk {g.email()} before sharing outputs."),
        ("code", f'import requests\nCLIENT_ID = "{g.key("deribit_client_id")}"\nCLIENT_SECRET = "{g.key("deribit_client_secret")}"\n'
                 f'COVALENT = "{g.key("covalent_api_key")}"'),
        ("code", f'r = requests.get("https://www.deribit.com/api/v2/public/auth",\n'
                 f'                 params={{"grant_type": "client_credentials", "client_id": CLIENT_ID, "client_secret": CLIENT_SECRET}})\n'
                 f'# cached proxy {g.ip()}, dev proxy {g.look("private_ip")}'),
        ("code", f'run_id = "{g.look("uuid_id")}"'),
    ])


@t(NB, "ipynb", "notebooks/wallet_clusters.ipynb")
def ipynb_chain(g):
    return _nb([
        ("markdown", "## Wallet clustering\nRPC endpoints below are the paid plans."),
        ("code", f'ANKR_RPC = "https://rpc.ankr.com/multichain/{g.key("ankr_rpc_token")}"\n'
                 f'HELIUS = "https://mainnet.helius-rpc.com/?api-key={g.key("helius_api_key")}"\n'
                 f'MORALIS_KEY = "{g.key("moralis_api_key")}"'),
        ("code", f'# validator we peer with: {g.ip()}\n# example tx: {g.look("tx_signature", g.rand("123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz", 88))}\nowner = "{g.email()}"'),
    ])


# ------------------------------------------------------------------ self-hosted (13)

@t(SELF, "properties", "airsonic/airsonic.properties")
def airsonic_properties(g):
    return f'''#Airsonic preferences.  NOTE: This file is automatically generated.
JWTKey={g.key("airsonic_jwt_key")}
DatabaseConfigType=embed
DatabaseConfigEmbedUrl=jdbc\\:mariadb\\://{g.ip()}\\:3306/airsonic
DatabaseConfigEmbedUsername=airsonic
DatabaseConfigEmbedPassword={g.pw("ini", "db_password")}
SmtpServer={g.ip()}
SmtpUser={g.email("email_username")}
SmtpPassword={g.pw("ini", "smtp_password")}
SmtpFrom={g.email("email_role")}
LdapUrl=ldap\\://{g.look("private_ip")}\\:389/dc\\=home
'''


@t(SELF, "php", "phpbb/config.php")
def phpbb_config_php(g):
    return f'''<?php
// phpBB 3.3.x auto-generated configuration file
// Do not change anything in this file!
$dbms = 'phpbb\\\\db\\\\driver\\\\mysqli';
$dbhost = '{g.ip()}';
$dbport = '';
$dbname = 'forum';
$dbuser = 'phpbb';
$dbpasswd = '{g.pw("quoted", "db_password")}';
$table_prefix = 'phpbb_';
$phpbb_adm_relative_path = 'adm/';
$acm_type = 'phpbb\\\\cache\\\\driver\\\\file';

@define('PHPBB_INSTALLED', true);
// board contact: {g.email()}
'''


@t(SELF, "php", "inc/config.php")
def mybb_config_php(g):
    return f'''<?php
$config['database']['type'] = 'mysqli';
$config['database']['database'] = 'mybb';
$config['database']['table_prefix'] = 'mybb_';
$config['database']['hostname'] = '{g.ip()}';
$config['database']['username'] = 'mybb';
$config['database']['password'] = '{g.pw("quoted", "db_password")}';
$config['admin_dir'] = 'admin';
$config['hide_admin_links'] = 0;
$config['cache_store'] = 'db';
$config['secret_pin'] = '{g.pw("quoted", "admin_pin")}';
$config['memcache']['host'] = '{g.look("loopback_ip", "127.0.0.1")}';
$config['super_admins'] = '1';
// installed by {g.email()}
'''


@t(SELF, "hocon", "docspell/docspell.conf")
def docspell_conf(g):
    return f'''docspell.server {{
  base-url = "https://docs.{g.choice(["emberly", "foxmere", "larchmont"])}.nl"
  bind {{ address = "{g.look("unspecified_ip", "0.0.0.0")}", port = 7880 }}
  auth {{ server-secret = "{g.key("docspell_server_secret")}" }}
  backend.jdbc {{
    url = "jdbc:postgresql://{g.ip()}:5432/docspell"
    user = "docspell"
    password = "{g.pw("quoted", "db_password")}"
  }}
  integration-endpoint {{
    enabled = true
    http-header {{ enabled = true, header-value = "{g.key("alnum_secret_32")}" }}
  }}
}}
# admin: {g.email()}
'''


@t(SELF, "env", "huginn/.env")
def huginn_env(g):
    return f'''APP_SECRET_TOKEN={g.key("hex_secret_64")}
DOMAIN=agents.{g.choice(["bellwether", "cinderford", "northgate"])}.se
DATABASE_ADAPTER=postgresql
DATABASE_HOST={g.ip()}
DATABASE_USERNAME=huginn
DATABASE_PASSWORD={g.pw("ini", "db_password")}
INVITATION_CODE={g.pw("ini", "invitation_code")}
SMTP_SERVER={g.ip()}
SMTP_USER_NAME={g.email("email_username")}
SMTP_PASSWORD={g.pw("ini", "smtp_password")}
EMAIL_FROM_ADDRESS={g.email("email_role")}
# example agent guid {g.look("guid_hex", g.hex(32))}
'''


@t(SELF, "env", "shlink.env")
def shlink_env(g):
    return f'''DEFAULT_DOMAIN=go.{g.choice(["vireo", "upland", "redfern"])}.io
IS_HTTPS_ENABLED=true
DB_DRIVER=maria
DB_HOST={g.ip()}
DB_USER=shlink
DB_PASSWORD={g.pw("ini", "db_password")}
INITIAL_API_KEY={g.key("shlink_api_key")}
GEOLITE_LICENSE_KEY={g.key("alnum_secret_32")}
REDIS_SERVERS=tcp://{g.look("private_ip")}:6379
# visits from {g.look("doc_ip")} are test traffic
'''


@t(SELF, "php", "user/config.php")
def yourls_config_php(g):
    return f'''<?php
define( 'YOURLS_DB_USER', 'yourls' );
define( 'YOURLS_DB_PASS', '{g.pw("quoted", "db_password")}' );
define( 'YOURLS_DB_NAME', 'yourls' );
define( 'YOURLS_DB_HOST', '{g.ip()}' );
define( 'YOURLS_SITE', 'https://s.{g.choice(["saltmarsh", "oakhurst"])}.co' );
define( 'YOURLS_COOKIEKEY', '{g.key("yourls_cookie_key")}' );
$yourls_user_passwords = [
    '{g.choice(["lorenzo", "greta", "nils"])}' => '{g.pw("quoted", "user_password")}',
    'editor' => '{g.look("phpass_hash", "phpass:!$2y$10$" + g.rand("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789./", 53))}',
];
// contact {g.email()}
'''


@t(SELF, "env", "kutt/.env")
def kutt_env(g):
    return f'''PORT=3000
SITE_NAME=Kutt
DEFAULT_DOMAIN=k.{g.choice(["thornbury", "ashgrove"])}.dev
DB_HOST={g.ip()}
DB_NAME=kutt
DB_USER=kutt
DB_PASSWORD={g.pw("ini", "db_password")}
REDIS_HOST={g.look("private_ip")}
JWT_SECRET={g.key("jwt_signing_secret")}
MAIL_HOST={g.ip()}
MAIL_USER={g.email("email_username")}
MAIL_PASSWORD={g.pw("ini", "smtp_password")}
REPORT_EMAIL={g.email("email_role")}
'''


@t(SELF, "env", "crater/.env")
def crater_env(g):
    return f'''APP_ENV=production
APP_KEY={g.key("laravel_app_key")}
APP_URL=https://invoices.{g.choice(["glasswing", "dunmore"])}legal.ch
DB_CONNECTION=mysql
DB_HOST={g.ip()}
DB_DATABASE=crater
DB_USERNAME=crater
DB_PASSWORD={g.pw("ini", "db_password")}
MAIL_HOST={g.ip()}
MAIL_USERNAME={g.email("email_username")}
MAIL_PASSWORD={g.pw("ini", "smtp_password")}
SANCTUM_STATEFUL_DOMAINS={g.look("loopback_ip", "127.0.0.1")}:8080
'''


@t(SELF, "php", "config.php")
def suitecrm_config_php(g):
    return f'''<?php
$sugar_config = array (
  'dbconfig' => array (
    'db_host_name' => '{g.ip()}',
    'db_user_name' => 'suitecrm',
    'db_password' => '{g.pw("quoted", "db_password")}',
    'db_name' => 'suitecrm',
    'db_type' => 'mysql',
  ),
  'site_url' => 'https://crm.{g.choice(["harbrook", "ironvale"])}freight.pl',
  'suitecrm_version' => '{g.look("version")}',
  'outbound_email' => '{g.email("email_role")}',
  'trusted_proxies' => array ('{g.look("private_ip")}'),
);
'''


@t(SELF, "conf", "/etc/rspamd/local.d/worker-controller.inc")
def rspamd_worker_controller(g):
    return f'''# WebUI passwords
password = "{g.look("rspamd_hash", "$2$" + g.lower_alnum(32) + "$" + g.lower_alnum(52))}";
enable_password = "{g.pw("quoted", "admin_password")}";
bind_socket = "{g.look("loopback_ip", "127.0.0.1")}:11334";
secure_ip = "{g.ip()}";
secure_ip = "{g.look("private_ip")}";
# fuzzy storage key for the shared pool
# fuzzy_key = "{g.key("rspamd_controller_hash_key")}";
# mail admin {g.email("email_role")}
'''


@t(SELF, "json", "galene/groups/staff.json")
def galene_group_json(g):
    return jd({
        "description": "Staff meetings",
        "users": {
            g.choice(["hamid", "cecilie", "tadeo"]): {"password": g.pw("quoted", "user_password"), "permissions": "op"},
            "guest": {"password": {"type": "wildcard"}, "permissions": "present"},
        },
        "authKeys": [{"kty": "oct", "alg": "HS256", "k": g.key("galene_token")}],
        "contact": g.email(),
        "turn-server": g.ip() + ":1194",
    })


@t(SELF, "env", "photoview/.env")
def photoview_env(g):
    return f'''PHOTOVIEW_DATABASE_DRIVER=mysql
PHOTOVIEW_MYSQL_URL=photoview:{g.pw("url", "db_password")}@tcp({g.ip()})/photoview
PHOTOVIEW_LISTEN_IP={g.look("unspecified_ip", "0.0.0.0")}
PHOTOVIEW_LISTEN_PORT=80
MAPBOX_TOKEN={g.look("placeholder", "<token>")}
PHOTOVIEW_MEDIA_CACHE=/app/cache
# owner {g.email()}; LAN address {g.look("private_ip")}
'''


# ------------------------------------------------------------------ unusual formats (3)

@t(ODD, "xml", "cfg000b82a1c3d4.xml")
def grandstream_provisioning_xml(g):
    return f'''<?xml version="1.0" encoding="UTF-8" ?>
<gs_provision version="1">
  <mac>{g.look("mac_bare", g.hex(12))}</mac>
  <config version="1">
    <!-- Admin password for web UI -->
    <P2>{g.pw("quoted", "device_password")}</P2>
    <!-- Account 1 SIP server, user id, auth id, password -->
    <P47>{g.ip()}</P47>
    <P35>{g.digits(4)}</P35>
    <P36>{g.digits(4)}</P36>
    <P34>{g.pw("quoted", "sip_password")}</P34>
    <!-- Syslog server -->
    <P207>{g.look("private_ip")}</P207>
    <!-- NTP -->
    <P30>{g.ip()}</P30>
    <!-- Config server path, firmware {g.look("build_number")} -->
  </config>
</gs_provision>
'''


@t(ODD, "text", ".baresip/accounts")
def baresip_accounts(g):
    u1, u2 = g.digits(4), g.digits(4)
    return f'''#
# SIP accounts - one account per line
#
<sip:{u1}@{g.ip()}>;auth_pass={g.pw("shell", "sip_password")};outbound="sip:{g.ip()};transport=udp";regint=600
<sip:{u2}@{g.ip()};transport=tls>;auth_user={u2};auth_pass={g.pw("shell", "sip_password")};mediaenc=srtp
#<sip:test@{g.look("private_ip")}>;auth_pass={g.look("placeholder", "xxxxxxxx")}
# voicemail forwarded to {g.email()}
'''


@t(ODD, "ini", ".linphonerc")
def linphonerc(g):
    return f'''[sip]
sip_port=5060
default_proxy=0

[proxy_0]
reg_proxy=<sip:{g.ip()};transport=tls>
reg_identity="{g.choice(["Front desk", "Lab phone"])}" <sip:{g.email("sip_address")}>
reg_expires=3600
reg_sendregister=1

[auth_info_0]
username={g.digits(4)}
passwd={g.pw("ini", "sip_password")}
ha1={g.look("sip_ha1_hash", g.hex(32))}
realm={g.ip()}

[net]
nat_policy_ref={g.look("ref_id", g.hex(8))}
stun_server={g.look("doc_ip")}
'''


# ------------------------------------------------------------------ docs / prose (3 + 20 notes)

@t(PROSE, "markdown", "docs/runbooks/object-storage-cutover.md")
def runbook_storage_cutover(g):
    return f'''# Runbook: cut over media storage from Filebase to the IONOS bucket

Owner: {g.email()} (backup: {g.email()})

1. Freeze uploads: set `MEDIA_READONLY=1` on both app hosts ({g.ip()} and {g.ip()}).
2. Sync with rclone using the old Filebase pair:
   - access key `{g.key("filebase_access_key")}`
   - secret `{g.key("filebase_secret_key")}`
3. Create the DNS challenge record with the IONOS key `{g.key("ionos_api_key")}`.
4. Point the Ubicloud runner at the new endpoint; its PAT is `{g.key("ubicloud_pat")}`.
5. Verify the checksum of `manifest.json` is `{g.look("sha256_checksum")}`.
6. Roll back by restoring {g.look("private_ip")} as `MEDIA_ORIGIN`.
7. Smoke-test uploads as `{g.look("reserved_email")}` (the fixture account).

The old root password for the media VM (`{g.pw("prose", "root_password")}`) was rotated after the cutover.
Migration ticket: {g.look("ticket_number")}.
'''


@t(PROSE, "markdown", "docs/postmortems/2026-10-ai-keys.md")
def postmortem_ai_keys(g):
    return f'''# Postmortem: provider keys pasted in a public issue

**Date:** 2026-10-21  **Author:** {g.email()}

## Summary
While debugging the embeddings job, an engineer pasted a `.env` into a public issue. It contained:

| provider | value |
|---|---|
| OctoAI | `{g.key("octoai_token")}` |
| Mixedbread | `{g.key("mixedbread_api_key")}` |
| Upstage | `{g.key("upstage_api_key")}` |
| Reka | `{g.key("reka_api_key")}` |
| Writer | `{g.key("writer_api_key")}` |

The issue also showed the GPU box address ({g.ip()}) and the Paperspace key `{g.key("paperspace_api_key")}`.

## Timeline
- 09:12 issue opened from {g.ip()}
- 09:40 secret scanner flagged it (finding id {g.look("uuid_id")})
- 10:05 keys revoked; the issue now shows `{g.look("masked_secret")}`

## Follow-ups
- move keys to Phase; the service token for CI is stored only in the vault (see {g.look("ticket_number")})
- contact {g.email("email_role")} for access
'''


@t(PROSE, "markdown", "docs/handbook/radio-station-it.md")
def radio_station_handbook(g):
    return f'''# Community radio station: IT handbook

## Wi-Fi
- Studio network: `Studio-A`, passphrase `{g.pw("prose", "wifi_passphrase")}`
- Guest network: `Listeners`, passphrase `{g.pw("prose", "wifi_passphrase")}` (changes monthly)

## Streaming
- Stream relay at {g.ip()}, source password `{g.pw("prose", "stream_source_password")}`
- Backup encoder at {g.look("private_ip")} (LAN only)

## Donations
- Monnify API key `{g.key("monnify_api_key")}`, secret key `{g.key("monnify_secret_key")}`
- Ozow site API key `{g.key("ozow_api_key")}`, private key `{g.key("ozow_private_key")}`
- Fawry security key `{g.key("fawry_security_key")}`

## People
- Station manager: {g.email()}
- Volunteers list: {g.email("email_role")}
- Test donor account for demos: {g.look("reserved_email")}
'''


# Handover notes: one table-driven builder.  Words written from the author's own knowledge, approximate.
# (name, title, server, server password phrase, key, e-mail, copula, and, place name in the note's script, vendor key)
NOTES = [
    ("livonian", "Tīe ēņtõks", "server", "serverõ salāsõnā", "võț", "e-pūošt", "um", "ja", "Kūolka", "lusha_api_key"),
    ("arbereshe", "Dorëzimi", "shërbyesi", "fjalëkalimi i shërbyesit", "çelësi", "email", "është", "e", "Hora", "snov_client_secret"),
    ("walser", "Übergaab", "Server", "Passwort vam Server", "Schlüssl", "E-Mail", "ischt", "und", "Pomatt", "yelp_api_key"),
    ("griko", "Paradosi", "server", "paròla kriftì tu server", "kleidì", "email", "ene", "ce", "Calimera", "chainstack_node_key"),
    ("mizo", "Hna hlan chhawn", "server", "server password", "chabi", "email", "a ni", "leh", "Aizawl", "daraja_passkey"),
    ("zhuang", "Gyauhciep", "fuzvuqgi", "mizmaj fuzvuqgi", "seiz", "email", "dwg", "caeuq", "Namzningz", "tamara_api_token"),
    ("tarifit", "ⴰⵙⴻⴽⵛⴻⵎ", "ⴰⵙⴻⵔⴼⵉⵔ", "ⴰⵡⴰⵍ ⵏ ⵓⵣⵔⵔⴰⵢ ⵏ ⵓⵙⴻⵔⴼⵉⵔ", "ⵜⴰⵙⴰⵔⵓⵜ", "ⵉⵎⴰⵢⵍ", "ⴷ", "ⴷ", "ⵏⴰⴹⵓⵔ", "clevertap_passcode"),
    ("tsakonian", "Παράδοση", "διακομιστή", "κωδικό τη διακομιστή", "κλειδί", "email", "έννι", "τσαι", "Λεωνίδιο", "kochava_app_guid"),
    ("svan", "გადაცემა", "სერვერ", "სერვერიშ პაროლ", "კლიტე", "ელფოსტა", "ლი", "დ", "მესტია", "smartlook_api_key"),
    ("lak", "Дуллай", "сервер", "серверданул пароль", "кIула", "электрон почта", "бур", "ва", "Гъумук", "embrace_api_token"),
    ("juhuri", "איבערגאבע", "סערווער", "פארול סערווער", "קליץ", "אימייל", "ע", "בא", "קובא", "baselime_api_key"),
    ("gorani", "ڕاسپاردەی کار", "سێرڤەر", "وشەی نهێنی سێرڤەر", "کلیل", "ئیمەیل", "ئەنە", "و", "هەورامان", "unkey_root_key"),
    ("tamang", "हस्तान्तरण", "सर्भर", "सर्भरला पासवर्ड", "साँचो", "इमेल", "मुला", "ओ", "धुन्चे", "leaseweb_api_key"),
    ("homshetsi", "Հանձնում", "սերվեր", "սերվերի գաղտնաբառ", "բանալի", "էլ. փոստ", "է", "ու", "Հոպա", "pinata_api_secret"),
    ("bishnupriya", "হস্তান্তর", "সার্ভার", "সার্ভারর পাসওয়ার্ড", "চাবি", "ইমেল", "অয়", "আর", "শিলচর", "stackpath_client_secret"),
    ("sambalpuri", "ହସ୍ତାନ୍ତର", "ସର୍ଭର", "ସର୍ଭରର ପାସୱାର୍ଡ", "ଚାବି", "ଇମେଲ", "ଆଏ", "ଆଉ", "ସମ୍ବଲପୁର", "imperva_api_key"),
    ("kutchi", "સોંપણી", "સર્વર", "સર્વરજો પાસવર્ડ", "ચાવી", "ઈમેલ", "આય", "ને", "ભુજ", "sucuri_api_secret"),
    ("amami", "引き継ぎ", "サーバー", "サーバーぬパスワード", "キー", "メール", "やん", "とぅ", "名瀬", "platformsh_api_token"),
    ("turoyo", "ܡܫܠܡܢܘܬܐ", "ܣܪܒܪ", "ܦܐܣܘܘܪܕ ܕܣܪܒܪ", "ܩܠܝܕܐ", "ܐܝܡܝܠ", "ܝܐ", "ܘ", "ܡܕܝܕ", "kommunicate_app_id"),
    ("silte", "ርክክብ", "ሰርቨር", "የሰርቨር የይለፍ ቃል", "ቁልፍ", "ኢሜይል", "ነው", "ና", "ወራቤ", "userback_token"),
]

VENDOR_LABEL = {
    "lusha_api_key": "Lusha", "snov_client_secret": "Snov", "yelp_api_key": "Yelp", "chainstack_node_key": "Chainstack",
    "daraja_passkey": "Daraja", "tamara_api_token": "Tamara", "clevertap_passcode": "CleverTap",
    "kochava_app_guid": "Kochava", "smartlook_api_key": "Smartlook", "embrace_api_token": "Embrace",
    "baselime_api_key": "Baselime", "unkey_root_key": "Unkey", "leaseweb_api_key": "Leaseweb",
    "pinata_api_secret": "Pinata", "stackpath_client_secret": "StackPath", "imperva_api_key": "Imperva",
    "sucuri_api_secret": "Sucuri", "platformsh_api_token": "Platform.sh", "kommunicate_app_id": "Kommunicate",
    "userback_token": "Userback",
}


def _note(row):
    name, title, server, pwphrase, keyw, emailw, cop, and_, place, vendor = row

    def fn(g):
        ip1, ip2 = g.ip(), g.ip()
        pw = g.pw("prose", "server_password")
        native = mark("PASSWORD", "pw_native", place + g.digits(g.r.randint(2, 4)) + g.sym("prose"))
        key = g.key(vendor)
        em, role = g.email(), g.email("email_role")
        lan = g.look("private_ip")
        v = VENDOR_LABEL[vendor]
        form = g.r.randint(0, 2)
        if form == 0:
            return (f"# {title}\n\n- {server}: {ip1} {and_} {ip2} (LAN {lan})\n- {pwphrase} {cop} {pw}\n"
                    f"- Wi-Fi / {place}: {native}\n- {v} {keyw}: {key}\n- {emailw}: {em}, {role}\n")
        if form == 1:
            return (f"{title}\n{'=' * 12}\n{server} {ip1}\n{server} {ip2}\n{pwphrase}: {pw}\n{place}: {native}\n"
                    f"{v} {keyw} {cop} {key}\n{emailw} {em} {and_} {role}\nLAN {lan}\n")
        return (f"## {title}\n\n| | |\n|---|---|\n| {server} | {ip1}, {ip2} |\n| {pwphrase} | `{pw}` |\n"
                f"| {place} | `{native}` |\n| {v} {keyw} | `{key}` |\n| {emailw} | {em} |\n| {emailw} ({and_}) | {role} |\n"
                f"| LAN | {lan} |\n")

    fn.__name__ = f"note_{name}"
    return fn


for _row in NOTES:
    t(PROSE, "markdown", f"notes/handover-{_row[0]}.md")(_note(_row))
