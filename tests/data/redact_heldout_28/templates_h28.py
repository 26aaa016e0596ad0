"""Templates for held-out set 28 (written from scratch for this set).

Each template takes a gen_h28.G and returns text in which planted values are wrapped in private-use markers
(U+E000 TAG|kind U+E001 value U+E002). LOOK marks a look-alike.
"""
import json

from gen_h28 import E, I, K, L, P

TEMPLATES = {}


def T(name, lang, path, cls):
    def deco(fn):
        assert name not in TEMPLATES, name
        TEMPLATES[name] = (fn, lang, path, cls)
        return fn
    return deco


def jd(obj):
    return json.dumps(obj, ensure_ascii=False, indent=2) + "\n"


CI = "CI / IaC"
HTTP = "HTTP / API client export"
SQL = "SQL / CSV"
CHAT = "chat / ticket / email"
SHELL = "command line / shell"
REVIEW = "commit / review"
OBS = "data / observability config"
LOG = "log / stack trace"
MOB = "mobile / IDE config"
NET = "network config"
NB = "notebook"
SELF = "self-hosted / home lab"
ODD = "unusual format"
CODE = "code / config assignment"
DOCS = "docs / prose"


# ============================================================================================ CI / IaC
@T("habitat_plan_sh", "shell", "habitat/plan.sh", CI)
def _(g):
    ver = g.version()
    return f"""pkg_name=lodge-sync
pkg_origin=tidewell
pkg_version="{L('version', ver)}"
pkg_maintainer="Tidewell Ops <{E('maintainer_email', g.work_email('tidewell-lodges.com'))}>"
pkg_license=("Apache-2.0")
pkg_source="https://builds.tidewell-lodges.com/lodge-sync-${{pkg_version}}.tar.gz"
pkg_shasum="{L('sha256', g.sha256())}"
pkg_deps=(core/node core/curl)
# HAB_AUTH_TOKEN for the depot upload (CI only, do not commit):
# export HAB_AUTH_TOKEN={K('habitat_auth_token', g.key('habitat_auth_token'))}

do_build() {{
  npm ci --registry "https://npm.internal.tidewell-lodges.com/"
}}

do_install() {{
  cp -r dist "${{pkg_prefix}}/"
  # fallback mirror {I('mirror_ip', g.ip())}, staging box {L('private_ip', g.private_ip())}
}}
"""


@T("habitat_user_toml", "toml", "habitat/user.toml", CI)
def _(g):
    return f"""# user.toml for lodge-sync (applied with `hab config apply lodge-sync.default 4 user.toml`)
[db]
host = "{I('db_ip', g.ip())}"
port = 5432
user = "lodgesync"
password = "{P('db_password', g.pw('quoted'))}"

[pms]
provider = "hostaway"
account_id = "{L('account_id', str(g.num(10000, 99999)))}"
api_key = "{K('hostaway_api_key', g.key('hostaway_api_key'))}"

[notify]
from = "{E('email_role', g.role_email('tidewell-lodges.com'))}"
smtp_host = "{I('smtp_ip', g.ip())}"
smtp_password = "{P('smtp_password', g.pw('quoted'))}"
bind = "{L('unspecified_ip', '0.0.0.0')}"
"""


@T("convox_yml", "yaml", "convox.yml", CI)
def _(g):
    return f"""environment:
  - PORT=3000
  - AVIATIONSTACK_KEY={K('aviationstack_key', g.key('aviationstack_key'))}
  - DATABASE_URL=postgres://gate:{P('db_password', g.pw('url'))}@{I('db_ip', g.ip())}:5432/gates
  - OPS_EMAIL={E('email_role', g.role_email('kestrelair.io'))}
  - SENTRY_RELEASE={L('git_sha', g.git_sha())}
services:
  web:
    build: .
    port: 3000
    environment:
      - FLIGHTAWARE_API_KEY={K('flightaware_aeroapi_key', g.key('flightaware_aeroapi_key'))}
      - ADMIN_PASSWORD={P('admin_password', g.pw('yaml'))}
      - DOCS_CONTACT={L('reserved_email', g.reserved_email())}
"""


@T("deis_config_cmds", "cli", "notes/deis-config.txt", CI)
def _(g):
    return f"""$ deis config:set -a rentals-api SMOOBU_API_KEY={K('smoobu_api_key', g.key('smoobu_api_key'))}
Creating config... done

=== rentals-api Config
SMOOBU_API_KEY      {L('masked_key', g.masked())}
$ deis config:set -a rentals-api MAIL_PASSWORD={P('smtp_password', g.pw('shell'))} MAIL_USER={E('email_username', g.email())}
$ deis config:set -a rentals-api REDIS_URL=redis://:{P('redis_password', g.pw('url'))}@{I('redis_ip', g.ip())}:6379/0
$ deis perms:create {E('deis_user_email', g.work_email())} -a rentals-api
$ deis limits:set web=512M    # old builder at {L('private_ip', g.private_ip())}
"""


@T("consul_template_hcl", "hcl", "consul-template/config.hcl", CI)
def _(g):
    return f"""vault {{
  address = "https://{I('vault_ip', g.ip())}:8200"
  vault_agent_token_file = "/run/secrets/agent-token"
  renew_token = false
}}

template {{
  source      = "/etc/ctmpl/beds24.env.ctmpl"
  destination = "/etc/lodge/beds24.env"
  # rendered value used to be hard-coded here:
  # BEDS24_REFRESH={K('beds24_refresh_token', g.key('beds24_refresh_token'))}
  command     = "systemctl reload lodge-sync"
}}

syslog {{
  enabled  = true
  facility = "LOCAL5"
}}
# owner: {E('owner_email', g.work_email())}, test target {L('doc_ip', g.doc_ip())}
"""


@T("envconsul_hcl", "hcl", "envconsul/config.hcl", CI)
def _(g):
    return f"""consul {{
  address = "{I('consul_ip', g.ip())}:8500"
  token   = "{K('acl_token_uuid', g.key('acl_token_uuid'))}"
  auth {{
    enabled  = true
    username = "envconsul"
    password = "{P('http_auth_password', g.pw('quoted'))}"
  }}
}}

prefix {{
  path = "services/tour-desk"
}}

exec {{
  command = "/usr/local/bin/tour-desk"
  env {{
    custom = ["REZDY_API_KEY={K('rezdy_api_key', g.key('rezdy_api_key'))}", "NOTIFY={E('notify_email', g.email())}"]
  }}
}}
# node id {L('uuid', g.uuid())}
"""


@T("dotenv_vault_env", "dotenv", ".env.me", CI)
def _(g):
    return f"""# .env.me / .env.keys - kept out of git, see .gitignore
DOTENV_ME=me_{L('hash_hex', g.hexs(64))}
DOTENV_KEY_PRODUCTION="dotenv://:{K('dotenv_vault_key', g.key('dotenv_vault_key'))}@dotenv.org/vault/.env.vault?environment=production"
DOTENV_KEY_CI="dotenv://:{K('dotenv_vault_key', g.key('dotenv_vault_key'))}@dotenv.org/vault/.env.vault?environment=ci"
# local overrides
DB_HOST={I('db_ip', g.ip())}
DB_PASS={P('db_password', g.pw('ini'))}
TRAVELPAYOUTS_TOKEN={K('travelpayouts_token', g.key('travelpayouts_token'))}
SUPPORT_INBOX={E('email_role', g.role_email())}
EXAMPLE_INBOX={L('reserved_email', g.reserved_email())}
"""


@T("colmena_hive_nix", "nix", "hive.nix", CI)
def _(g):
    return f"""{{
  meta.nixpkgs = import <nixpkgs> {{ }};

  booking-gw = {{ pkgs, ... }}: {{
    deployment.targetHost = "{I('target_ip', g.ip())}";
    deployment.targetUser = "deploy";
    deployment.keys."pms.env" = {{
      text = ''
        CLOUDBEDS_API_KEY={K('cloudbeds_api_key', g.key('cloudbeds_api_key'))}
        PMS_DB_PASSWORD={P('db_password', g.pw('shell'))}
      '';
      destDir = "/run/keys";
    }};
    security.acme.defaults.email = "{E('acme_email', g.email())}";
    networking.nameservers = [ "{I('dns_ip', g.ip())}" "{L('private_ip', g.private_ip())}" ];
    users.users.ops.hashedPassword = "{L('sha512crypt', g.sha512crypt())}";
  }};
}}
"""


@T("leiningen_profiles_clj", "clojure", "~/.lein/profiles.clj", CI)
def _(g):
    return f"""{{:user {{:plugins [[lein-ancient "{L('version', g.version())}"]]
        :signing {{:gpg-key "{E('gpg_email', g.email())}"}}}}
 :auth {{:repository-auth
        {{#"https://repo\\.kestrelair\\.io/.*"
         {{:username "ci-bot"
          :password "{P('repo_password', g.pw('quoted'))}"}}
         #"https://maven\\.internal/.*"
         {{:username "{E('email_username', g.work_email())}"
          :password "{P('repo_password', g.pw('quoted'))}"}}}}}}
 :dev {{:env {{:airlabs-key "{K('airlabs_api_key', g.key('airlabs_api_key'))}"
             :db-host "{I('db_ip', g.ip())}"
             :example-host "{L('doc_ip', g.doc_ip())}"}}}}}}
"""


# ============================================================================================ HTTP / API
@T("slumber_yml", "yaml", "slumber.yml", HTTP)
def _(g):
    return f"""profiles:
  production:
    data:
      host: https://{I('api_ip', g.ip())}:8443
      user: {E('email_username', g.work_email('casa-olivar.es'))}
      password: {P('api_password', g.pw('yaml'))}
      lodgify_key: {K('lodgify_api_key', g.key('lodgify_api_key'))}
  local:
    data:
      host: http://{L('loopback_ip', '127.0.0.1')}:8080
      user: {L('reserved_email', g.reserved_email())}
      password: {L('placeholder', 'changeme')}

requests:
  list_properties:
    method: GET
    url: "{{{{host}}}}/v2/properties"
    headers:
      X-ApiKey: "{{{{lodgify_key}}}}"
"""


@T("soapui_project_xml", "xml", "soapui/Hotelbeds-soapui-project.xml", HTTP)
def _(g):
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<con:soapui-project id="{L('uuid', g.uuid())}" name="Hotelbeds availability" soapui-version="{L('version', g.version())}" xmlns:con="http://eviware.com/soapui/config">
  <con:properties>
    <con:property><con:name>apiKey</con:name><con:value>{K('hotelbeds_api_key', g.key('hotelbeds_api_key'))}</con:value></con:property>
    <con:property><con:name>secret</con:name><con:value>{K('hotelbeds_secret', g.key('hotelbeds_secret'))}</con:value></con:property>
    <con:property><con:name>proxyHost</con:name><con:value>{I('proxy_ip', g.ip())}</con:value></con:property>
    <con:property><con:name>{L('field_name', 'proxyPassword')}</con:name><con:value>{P('proxy_password', g.pw('quoted'))}</con:value></con:property>
    <con:property><con:name>owner</con:name><con:value>{E('owner_email', g.work_email())}</con:value></con:property>
  </con:properties>
  <con:credentials><con:username>qa-runner</con:username><con:password>{P('http_auth_password', g.pw('quoted'))}</con:password></con:credentials>
</con:soapui-project>
"""


@T("xh_session_json", "json", "~/.config/xh/sessions/api.aviationstack.com/default.json", HTTP)
def _(g):
    ak = g.key("aviationstack_key")
    return jd({
        "__meta__": {"about": "xh session file", "xh": L("version", g.version())},
        "auth": {"type": "basic", "raw": f"{E('email_username', g.email())}:{P('http_auth_password', g.pw('url'))}"},
        "cookies": [{"name": "sid", "value": L("session_id", g.uuid()), "domain": "api.aviationstack.com"}],
        "headers": [{"name": "X-Access-Key", "value": K("aviationstack_key", ak)},
                    {"name": "X-Forwarded-For", "value": I("client_ip", g.ip())},
                    {"name": "If-None-Match", "value": L("etag", g.etag_inner())}],
    })


@T("katalon_profile_glbl", "xml", "Profiles/staging.glbl", HTTP)
def _(g):
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<GlobalVariableEntities>
   <description>staging booking engine</description>
   <name>staging</name>
   <tag></tag>
   <defaultProfile>false</defaultProfile>
   <GlobalVariableEntity>
      <name>baseUrl</name>
      <initValue>'https://{I('api_ip', g.ip())}/booking'</initValue>
   </GlobalVariableEntity>
   <GlobalVariableEntity>
      <name>agentLogin</name>
      <initValue>'{E('email_username', g.work_email())}'</initValue>
   </GlobalVariableEntity>
   <GlobalVariableEntity>
      <name>{L('field_name', 'agentPassword')}</name>
      <initValue>'{P('user_password', g.pw('quoted'))}'</initValue>
   </GlobalVariableEntity>
   <GlobalVariableEntity>
      <name>{L('field_name', 'checkfrontSecret')}</name>
      <initValue>'{K('checkfront_api_secret', g.key('checkfront_api_secret'))}'</initValue>
   </GlobalVariableEntity>
   <GlobalVariableEntity>
      <name>buildSha</name>
      <initValue>'{L('short_sha', g.short_sha())}'</initValue>
   </GlobalVariableEntity>
</GlobalVariableEntities>
"""


# ============================================================================================ SQL / CSV
@T("flyway_seed_sql", "sql", "db/migration/V7__seed_channel_accounts.sql", SQL)
def _(g):
    rows = []
    for ch in ("mews", "channex", "siteminder"):
        kk = {"mews": "mews_access_token", "channex": "channex_api_key", "siteminder": "siteminder_secret"}[ch]
        rows.append(f"  ('{ch}', '{E('account_email', g.work_email())}', '{K(kk, g.key(kk))}', '{I('endpoint_ip', g.ip())}')")
    return ("-- V7: seed channel accounts for the staging property\n"
            "INSERT INTO channel_account (channel, login_email, secret, endpoint_ip) VALUES\n" + ",\n".join(rows) + ";\n\n"
            f"-- reporting user (rotate after go-live)\nCREATE USER report_ro WITH PASSWORD '{P('db_password', g.pw('quoted'))}';\n"
            f"-- placeholder row for docs: ('demo', '{L('reserved_email', g.reserved_email())}', '{L('placeholder', 'REPLACE_ME')}', '{L('doc_ip', g.doc_ip())}')\n")


@T("teable_export_csv", "csv", "exports/teable-guest-wifi.csv", SQL)
def _(g):
    out = ["room,guest_email,wifi_password,ap_ip,booking_ref"]
    for _ in range(3):
        out.append(f"{g.num(101, 420)},{E('guest_email', g.email())},{P('wifi_passphrase', g.pw('ini'))},"
                   f"{I('ap_ip', g.ip())},{L('booking_ref', g.s('ABCDEFGHJKLMNPQRSTUVWXYZ23456789', 8))}")
    out.append(f"999,{L('reserved_email', g.reserved_email())},{L('placeholder', 'TBD')},{L('private_ip', g.private_ip())},TEST0000")
    return "\n".join(out) + "\n"


# ============================================================================================ chat / ticket / email
@T("front_conversation_json", "json", "exports/front/cnv_reservations.json", CHAT)
def _(g):
    guest = g.email()
    return jd({
        "id": "cnv_" + g.s("0123456789abcdefghijklmnopqrstuvwxyz", 7),
        "subject": "Late check-in, door code and Wi-Fi",
        "recipient": {"handle": E("guest_email", guest), "role": "from"},
        "messages": [
            {"author": E("agent_email", g.work_email("mangrove-stays.com")),
             "body": f"Hi! The guest Wi-Fi password is {P('wifi_passphrase', g.pw('prose'))}. "
                     f"If the portal does not load, open http://{L('private_ip', g.private_ip())}/ on your phone."},
            {"author": E("agent_email", g.work_email("mangrove-stays.com")),
             "body": f"Internal note: the Guesty secret in the old macro was {K('guesty_client_secret', g.key('guesty_client_secret'))} "
                     f"(rotated). Guest IP from the booking form: {I('guest_ip', g.ip())}."},
        ],
        "message_id": L("uuid", g.uuid()),
    })


@T("helpscout_thread_json", "json", "exports/helpscout/thread-58213.json", CHAT)
def _(g):
    return jd({
        "conversationId": g.num(100000000, 999999999),
        "mailbox": E("email_role", g.role_email("pinecrest-hostel.ca")),
        "threads": [
            {"type": "customer", "createdBy": {"email": E("customer_email", g.email())},
             "body": f"Your booking page says my account password ({P('user_password', g.pw('prose'))}) is wrong, but it worked yesterday."},
            {"type": "note", "createdBy": {"email": E("agent_email", g.work_email("pinecrest-hostel.ca"))},
             "body": f"Login attempts came from {I('customer_ip', g.ip())} and {I('customer_ip', g.ip())}. "
                     f"Reset link sent; the iGMS token in our saved reply was {K('api_token_40', g.key('api_token_40'))}, removing it."},
            {"type": "note", "createdBy": {"email": L("reserved_email", g.reserved_email())},
             "body": f"Docs sample only: {L('doc_ip', g.doc_ip())}, key {L('placeholder', '<YOUR_API_KEY>')}"},
        ],
    })


@T("trengo_ticket_json", "json", "exports/trengo/ticket-4410.json", CHAT)
def _(g):
    return jd({
        "id": g.num(1000000, 9999999),
        "channel": "LIVECHAT",
        "contact": {"email": E("contact_email", g.email()), "phone": "+3519" + str(g.num(10000000, 99999999))},
        "messages": [
            {"from": "agent", "text": f"Beds24 login for the night shift: user frontdesk / {P('user_password', g.pw('prose'))}"},
            {"from": "agent", "text": f"API refresh token (keep private!) {K('beds24_refresh_token', g.key('beds24_refresh_token'))}"},
            {"from": "system", "text": f"Session {L('session_id', g.uuid())} from {I('agent_ip', g.ip())}"},
        ],
    })


@T("reamaze_email", "email", "mail/reamaze-notification.eml", CHAT)
def _(g):
    dom = "vela-charters.gr"
    return f"""Return-Path: <{E('email_role', 'support@' + dom)}>
Received: from mx.{dom} ({I('mx_ip', g.ip())}) by mail.{dom} with ESMTPS
From: Vela Charters Support <{E('email_role', 'support@' + dom)}>
To: {E('customer_email', g.email())}
Subject: [Re:amaze] Your charter login
Message-ID: <{L('uuid', g.uuid())}@{L('placeholder_host', 'reamaze.invalid')}>
Date: Tue, 14 Oct 2025 09:12:44 +0000

Hello,

As requested, your temporary skipper portal password is {P('user_password', g.pw('prose'))}
Please change it after the first login. Bookings made from {I('customer_ip', g.ip())} were paused.

(This message was sent to you because you contacted {E('email_role', 'skipper@' + dom)}.)
"""


@T("chaport_transcript", "text", "transcripts/chaport-2025-10-14.txt", CHAT)
def _(g):
    return f"""Chaport transcript - visitor #{g.num(1000, 9999)} ({I('visitor_ip', g.ip())})
[10:02] Visitor: hi, I can't get into the owner portal, email is {E('visitor_email', g.email())}
[10:03] Operator Ines: let me check
[10:05] Operator Ines: I reset it. new password: {P('user_password', g.pw('prose'))}
[10:05] Operator Ines: and for the channel sync, the OwnerRez token is
[10:05] Operator Ines: {K('ownerrez_token', g.key('ownerrez_token'))}
[10:06] Visitor: thanks! should the sync show {L('version', g.version())}?
[10:07] Operator Ines: yes. (docs use {L('reserved_email', g.reserved_email())} as example)
"""


@T("pidgin_log_html", "html", "~/.purple/logs/jabber/desk/conversation.html", CHAT)
def _(g):
    return f"""<html><head><meta http-equiv="content-type" content="text/html; charset=UTF-8"><title>Conversation with {E('jid', g.work_email('hillfort-inns.ie'))} at 14/10/25 09:40:02</title></head><body>
<font color="#A82F2F"><font size="2">(09:40:10)</font> <b>nightdesk:</b></font> the PMS box at {I('server_ip', g.ip())} is down again<br/>
<font color="#16569E"><font size="2">(09:41:33)</font> <b>it-oncall:</b></font> ssh in as ops, pw is {P('ssh_password', g.pw('prose'))}<br/>
<font color="#16569E"><font size="2">(09:42:01)</font> <b>it-oncall:</b></font> and the RoomRaccoon token is {K('roomraccoon_token', g.key('roomraccoon_token'))}<br/>
<font color="#A82F2F"><font size="2">(09:43:15)</font> <b>nightdesk:</b></font> ok. the router is {L('private_ip', g.private_ip())}?<br/>
</body></html>
"""


@T("irccloud_log", "log", "irccloud/libera-#lodgeops.txt", CHAT)
def _(g):
    return f"""[2025-10-14 08:01:12] * Joins: rafa ({E('irc_hostmask_email', g.email())})
[2025-10-14 08:02:40] <rafa> smtp relay {I('smtp_ip', g.ip())} refuses auth
[2025-10-14 08:03:05] <bet> user is {E('email_username', g.work_email('parkline-hotels.de'))}, password {P('smtp_password', g.pw('prose'))}
[2025-10-14 08:03:30] <rafa> still 535. tried from {I('client_ip', g.ip())}
[2025-10-14 08:04:02] <bet> try the webhook instead, secret {K('webhook_secret', g.key('webhook_secret'))}
[2025-10-14 08:05:11] <rafa> commit {L('short_sha', g.short_sha())} fixed it
"""


@T("podio_comment_json", "json", "exports/podio/item-1882.json", CHAT)
def _(g):
    return jd({
        "item_id": g.num(1000000000, 2999999999),
        "title": "Switch tour inventory to Bokun",
        "comments": [
            {"created_by": {"mail": E("user_email", g.work_email("bluefjord-tours.no"))},
             "value": f"Bokun access key {K('bokun_access_key', g.key('bokun_access_key'))} and secret {K('bokun_secret_key', g.key('bokun_secret_key'))} are in the vault now."},
            {"created_by": {"mail": E("user_email", g.work_email("bluefjord-tours.no"))},
             "value": f"Sandbox login is demo / {P('user_password', g.pw('prose'))}, whitelisted IP {I('office_ip', g.ip())}."},
            {"created_by": {"mail": L("reserved_email", g.reserved_email())}, "value": f"ref {L('uuid', g.uuid())}"},
        ],
    })


# ============================================================================================ command line / shell
@T("fetchmailrc", "config", "~/.fetchmailrc", SHELL)
def _(g):
    return f"""set daemon 300
set postmaster "ops"
poll {I('pop_ip', g.ip())} protocol pop3 port 995
    user '{E('email_username', g.email())}' there with password '{P('pop_password', g.pw('shell'))}' is 'frontdesk' here
    ssl sslfingerprint "{L('md5_fingerprint', ':'.join(g.hexs(2).upper() for _ in range(16)))}"
poll mail.kitefield.net protocol imap
    user "{E('email_username', g.work_email('kitefield.net'))}" password "{P('imap_password', g.pw('shell'))}" is "ops" here
    folder INBOX keep
# test box: poll {L('doc_ip', g.doc_ip())} user '{L('reserved_email', g.reserved_email())}' password '{L('placeholder', 'xxxx')}'
"""


@T("condarc", "yaml", "~/.condarc", SHELL)
def _(g):
    tok = g.key("condarc_channel_token")
    return f"""channels:
  - https://conda.kestrelair.io/t/{K('condarc_channel_token', tok)}/internal
  - conda-forge
channel_alias: https://conda.kestrelair.io
proxy_servers:
  http: http://build:{P('proxy_password', g.pw('url'))}@{I('proxy_ip', g.ip())}:3128
  https: http://{L('private_ip', g.private_ip())}:3128
ssl_verify: true
# contact {E('owner_email', g.work_email('kestrelair.io'))}
"""


@T("pinerc", "config", "~/.pinerc", SHELL)
def _(g):
    em = g.email()
    return f"""# Alpine configuration
personal-name=Sanna Eriksen
user-domain=coralbay-resort.mu
smtp-server={I('smtp_ip', g.ip())}:587/tls/user={E('email_username', em)}
inbox-path={{{I('imap_ip', g.ip())}/ssl/user={E('email_username', em)}}}INBOX
# the password file is ~/.pine-passfile; old inline note: imap pass {P('imap_password', g.pw('prose'))}
default-fcc={{mail.coralbay-resort.mu/ssl}}Sent
address-book=ops {E('email_role', g.role_email('coralbay-resort.mu'))}
"""


@T("meli_toml", "toml", "~/.config/meli/config.toml", SHELL)
def _(g):
    return f"""[accounts.lodge]
root_mailbox = "INBOX"
format = "imap"
server_hostname = "{I('imap_ip', g.ip())}"
server_username = "{E('email_username', g.email())}"
server_password = "{P('imap_password', g.pw('quoted_sp'))}"
identity = "{E('identity_email', g.work_email())}"
display_name = "Night Desk"
send_mail = {{ hostname = "{I('smtp_ip', g.ip())}", port = 587, auth = {{ type = "auto", username = "nightdesk", password = {{ type = "raw", value = "{P('smtp_password', g.pw('quoted'))}" }} }} }}
# listing.index_style = "Compact"
# sample: {L('reserved_email', g.reserved_email())}
"""


@T("halloy_toml", "toml", "~/.config/halloy/config.toml", SHELL)
def _(g):
    return f"""[servers.oftc]
nickname = "lodgebot"
server = "{I('irc_ip', g.ip())}"
port = 6697
channels = ["#lodge-ops"]
nick_password = "{P('irc_nickserv_password', g.pw('quoted'))}"

[servers.oftc.sasl.plain]
username = "{E('email_username', g.email())}"
password = "{P('irc_sasl_password', g.pw('quoted'))}"

[servers.local]
server = "{L('loopback_ip', '127.0.0.1')}"
nickname = "test"
password = "{L('placeholder', '<password>')}"
"""


@T("catgirl_conf", "config", "~/.config/catgirl/libera", SHELL)
def _(g):
    return f"""host = {I('irc_ip', g.ip())}
port = 6697
nick = nightdesk
user = nightdesk
sasl-plain = nightdesk:{P('irc_sasl_password', g.pw('shell'))}
join = #lodge-ops
# bouncer: pass = {P('bouncer_password', g.pw('shell'))}
# real = {E('realname_email', g.email())}
"""


@T("mcabberrc", "config", "~/.mcabber/mcabberrc", SHELL)
def _(g):
    return f"""set jid = {E('jid', g.work_email('aurora-guesthouse.is'))}
set server = {I('xmpp_ip', g.ip())}
set port = 5222
set password = {P('xmpp_password', g.pw('shell'))}
set resource = desk
set ssl_fingerprint = {L('sha1_fingerprint', ':'.join(g.hexs(2).upper() for _ in range(20)))}
set pgp_private_key = "{L('pgp_key_id', g.hexs(16, True))}"
# old account: {E('jid', g.email())}
"""


@T("glab_config_yml", "yaml", "~/.config/glab-cli/config.yml", SHELL)
def _(g):
    return f"""git_protocol: ssh
editor: vim
hosts:
  gitlab.kitefield.net:
    token: {K('glab_token', g.key('glab_token'))}
    api_host: {I('api_ip', g.ip())}
    git_protocol: ssh
    api_protocol: https
    user: {E('email_username', g.work_email('kitefield.net'))}
  gitlab.example.com:
    token: {L('placeholder', 'glpat-xxxxxxxxxxxxxxxxxxxx')}
    user: {L('reserved_email', g.reserved_email())}
"""


# ============================================================================================ commit / review
@T("gitee_pr_review", "markdown", "reviews/gitee-pr-212.md", REVIEW)
def _(g):
    return f"""### Review on PR #212 `fix(sync): retry Smoobu webhooks`

**{E('reviewer_email', g.email())}** commented on `config/prod.env` line 14:

> ```
> SMOOBU_API_KEY={K('smoobu_api_key', g.key('smoobu_api_key'))}
> GITEE_TOKEN={K('gitee_token', g.key('gitee_token'))}
> ```

Please don't commit these. Also the DB password `{P('db_password', g.pw('quoted'))}` is in the test fixture.

Commit {L('git_sha', g.git_sha())} by {E('author_email', g.work_email())} still references {I('db_ip', g.ip())}.
"""


@T("codeberg_issue_comment", "markdown", "reviews/codeberg-issue-77.md", REVIEW)
def _(g):
    return f"""**rallly-selfhost #77: SMTP auth fails after upgrade to {L('version', g.version())}**

@nightdesk wrote:

My env (password rotated since):

```env
SMTP_HOST={I('smtp_ip', g.ip())}
SMTP_USER={E('email_username', g.email())}
SMTP_PWD={P('smtp_password', g.pw('ini'))}
SECRET_PASSWORD={K('session_secret', g.key('session_secret'))}
```

Maintainer: the API token you pasted in the first comment ({K('codeberg_token', g.key('codeberg_token'))}) has been revoked for you.
"""


@T("savannah_patch_mail", "email", "patches/0001-docs-sample-config.patch", REVIEW)
def _(g):
    author = g.email()
    return f"""From {L('git_sha', g.git_sha())} Mon Sep 17 00:00:00 2001
From: Dagny Eriksen <{E('author_email', author)}>
Date: Sun, 12 Oct 2025 21:04:11 +0200
Subject: [PATCH] docs: add sample relay config

---
 doc/relay.conf | 6 ++++++
 1 file changed, 6 insertions(+)

--- /dev/null
+++ b/doc/relay.conf
@@ -0,0 +1,6 @@
+relay_host = {I('relay_ip', g.ip())}
+relay_user = {E('email_username', g.email())}
+relay_password = {P('smtp_password', g.pw('ini'))}
+# example values for the manual:
+example_host = {L('doc_ip', g.doc_ip())}
+example_user = {L('reserved_email', g.reserved_email())}
--
{L('version', g.version())}
"""


# ============================================================================================ data / observability
@T("uptime_kuma_backup_json", "json", "backups/kuma-backup.json", OBS)
def _(g):
    return jd({
        "version": L("version", g.version()),
        "notificationList": [
            {"name": "46elks SMS", "config": {"type": "46elks", "username": K("elks46_api_username", "u" + g.hexs(32))},
             "elksPassword": K("elks46_api_password", g.key("elks46_api_password"))},
            {"name": "ops mail", "smtpHost": I("smtp_ip", g.ip()), "smtpUsername": E("email_username", g.email()),
             "smtpPassword": P("smtp_password", g.pw("quoted")), "smtpTo": E("email_role", g.role_email())},
        ],
        "monitorList": [
            {"name": "booking api", "url": f"https://{I('monitor_ip', g.ip())}/health", "basic_auth_user": "kuma",
             "basic_auth_pass": P("http_auth_password", g.pw("quoted"))},
            {"name": "router", "hostname": L("private_ip", g.private_ip()), "type": "ping"},
        ],
        "apiKey": K("uptime_kuma_api_key", g.key("uptime_kuma_api_key")),
    })


@T("fathom_env", "dotenv", "fathom/.env", OBS)
def _(g):
    return f"""FATHOM_SERVER_ADDR=:8080
FATHOM_DATABASE_DRIVER=postgres
FATHOM_DATABASE_HOST={I('db_ip', g.ip())}
FATHOM_DATABASE_USER=fathom
FATHOM_DATABASE_PASSWORD={P('db_password', g.pw('ini'))}
FATHOM_SECRET={K('session_secret', g.key('session_secret'))}
FATHOM_API_TOKEN={K('fathom_api_token', g.key('fathom_api_token'))}
FATHOM_SITE_ID={L('public_site_id', g.s('ABCDEFGHIJKLMNOPQRSTUVWXYZ', 8))}
FATHOM_ADMIN_EMAIL={E('admin_email', g.email())}
"""


@T("pirsch_yaml", "yaml", "pirsch/config.yml", OBS)
def _(g):
    return f"""server:
  host: {L('unspecified_ip', '0.0.0.0')}
  port: 8080
db:
  host: {I('db_ip', g.ip())}
  user: pirsch
  password: {P('db_password', g.pw('yaml'))}
client:
  id: {L('public_client_id', g.s('abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789', 32))}
  secret: {K('pirsch_client_secret', g.key('pirsch_client_secret'))}
report:
  to: {E('report_email', g.email())}
  cc: {E('email_role', g.role_email())}
"""


@T("aptabase_env", "dotenv", "aptabase/.env", OBS)
def _(g):
    return f"""BASE_URL=https://{I('public_ip', g.ip())}
AUTH_SECRET={K('app_secret_b64', g.key('app_secret_b64'))}
DATABASE_URL=Server={I('db_ip', g.ip())};Port=5432;User Id=aptabase;Password={P('db_password', g.pw('ini'))};Database=aptabase
CLICKHOUSE_URL=Host={L('private_ip', g.private_ip())};Port=8123;Username=aptabase;Password={P('db_password', g.pw('ini'))}
SMTP_FROM={E('email_role', g.role_email())}
# the app key below ships inside the mobile app and is public
APTABASE_APP_KEY={L('public_app_key', 'A-EU-' + str(g.num(1000000000, 9999999999)))}
"""


@T("scout_apm_yml", "yaml", "config/scout_apm.yml", OBS)
def _(g):
    return f"""common: &defaults
  name: lodge-portal
  key: {K('scout_key', g.key('scout_key'))}
  monitor: true
  hostname: {I('host_ip', g.ip())}
  revision_sha: {L('git_sha', g.git_sha())}
production:
  <<: *defaults
staging:
  <<: *defaults
  key: {K('scout_key', g.key('scout_key'))}
  errors_email: {E('owner_email', g.email())}
test:
  monitor: false
  key: {L('placeholder', 'xxxxxxxx')}
"""


@T("smokeping_targets", "config", "/etc/smokeping/config.d/Targets", OBS)
def _(g):
    return f"""*** Targets ***
probe = FPing
menu = Top
title = Lodge network latency
remark = Alerts go to {E('email_role', g.role_email())}

+ Uplinks
++ isp_a
host = {I('target_ip', g.ip())}
++ isp_b
host = {I('target_ip', g.ip())}
++ pms_cloud
probe = Curl
host = {I('target_ip', g.ip())}
urlformat = https://monitor:{P('http_auth_password', g.pw('url'))}@%host%/ping
++ lan_gw
host = {L('private_ip', g.private_ip())}
"""


@T("centreon_clapi_sh", "shell", "scripts/centreon-import.sh", OBS)
def _(g):
    return f"""#!/bin/sh
# import the two new lodge routers into Centreon
CLAPI="centreon -u admin -p {P('admin_password', g.pw('shell'))}"
$CLAPI -o HOST -a ADD -v "lodge-rtr-1;Lodge router 1;{I('router_ip', g.ip())};generic-active-host;central;Routers"
$CLAPI -o HOST -a ADD -v "lodge-rtr-2;Lodge router 2;{I('router_ip', g.ip())};generic-active-host;central;Routers"
$CLAPI -o HOST -a setparam -v "lodge-rtr-1;snmp_community;{P('snmp_community', g.pw('net'))}"
$CLAPI -o CONTACT -a ADD -v "nightdesk;nightdesk;{E('contact_email', g.email())};{P('user_password', g.pw('shell'))};0;1;en_US;local"
curl -s -H "X-AUTH-TOKEN: {K('centreon_api_token', g.key('centreon_api_token'))}" https://centreon.local/api/latest/monitoring/hosts
# lab poller {L('private_ip', g.private_ip())}
"""


@T("karma_yaml", "yaml", "karma/karma.yaml", OBS)
def _(g):
    return f"""alertmanager:
  interval: 1m
  servers:
    - name: lodge
      uri: https://karma:{P('http_auth_password', g.pw('url'))}@{I('alertmanager_ip', g.ip())}:9093
      timeout: 10s
      proxy: true
    - name: lab
      uri: http://{L('loopback_ip', '127.0.0.1')}:9093
authentication:
  basicAuth:
    users:
      - username: {E('email_username', g.email())}
        password: {P('user_password', g.pw('yaml'))}
"""


@T("vmalert_args", "cli", "systemd/vmalert.args", OBS)
def _(g):
    return f"""/usr/bin/vmalert \\
  -rule=/etc/vmalert/*.yml \\
  -datasource.url=http://{I('datasource_ip', g.ip())}:8428 \\
  -datasource.basicAuth.username=vmalert \\
  -datasource.basicAuth.password={P('http_auth_password', g.pw('shell'))} \\
  -notifier.url=http://{I('notifier_ip', g.ip())}:9093 \\
  -notifier.bearerToken={K('bearer_token', g.key('bearer_token'))} \\
  -external.label=owner={E('owner_email', g.email())} \\
  -httpListenAddr={L('unspecified_ip', '0.0.0.0')}:8880
"""


@T("kibana_yml", "yaml", "/etc/kibana/kibana.yml", OBS)
def _(g):
    return f"""server.host: "{L('unspecified_ip', '0.0.0.0')}"
server.publicBaseUrl: "https://{I('public_ip', g.ip())}"
elasticsearch.hosts: ["https://{I('es_ip', g.ip())}:9200"]
elasticsearch.username: "kibana_system"
elasticsearch.password: "{P('service_password', g.pw('quoted'))}"
xpack.encryptedSavedObjects.encryptionKey: "{K('encryption_key_hex', g.key('encryption_key_hex'))}"
xpack.reporting.encryptionKey: "{K('session_secret', g.key('session_secret'))}"
xpack.actions.email.from: "{E('email_role', g.role_email())}"
# elasticsearch.password: "{L('placeholder', 'changeme')}"
"""


@T("ossec_conf_xml", "xml", "/var/ossec/etc/ossec.conf", OBS)
def _(g):
    return f"""<ossec_config>
  <global>
    <email_notification>yes</email_notification>
    <email_to>{E('email_role', g.role_email())}</email_to>
    <smtp_server>{I('smtp_ip', g.ip())}</smtp_server>
    <email_from>{E('sender_email', g.work_email())}</email_from>
    <white_list>{L('loopback_ip', '127.0.0.1')}</white_list>
    <white_list>{I('allow_ip', g.ip())}</white_list>
  </global>
  <remote>
    <connection>secure</connection>
    <allowed-ips>{L('private_ip', g.private_ip())}</allowed-ips>
  </remote>
</ossec_config>
<!-- client.keys line for agent 004: 004 lodge-web any {K('ossec_agent_key', g.key('ossec_agent_key'))} -->
"""


@T("highlight_env", "dotenv", "highlight/.env", OBS)
def _(g):
    return f"""REACT_APP_PRIVATE_GRAPH_URI=https://{I('public_ip', g.ip())}:8082/private
HIGHLIGHT_PROJECT_ID={L('public_project_id', g.s('abcdefghijklmnopqrstuvwxyz0123456789', 7))}
HIGHLIGHT_API_KEY={K('highlight_api_key', g.key('highlight_api_key'))}
ADMIN_PASSWORD={P('admin_password', g.pw('ini'))}
PSQL_HOST={I('db_ip', g.ip())}
PSQL_PASSWORD={P('db_password', g.pw('ini'))}
EMAIL_OPT_OUT_SALT={K('hmac_secret', g.key('hmac_secret'))}
EMAIL_FROM={E('email_role', g.role_email())}
"""


# ============================================================================================ logs
@T("kestrel_log", "log", "logs/booking-api-20251014.log", LOG)
def _(g):
    return f"""info: Microsoft.Hosting.Lifetime[14]
      Now listening on: http://{L('unspecified_ip', '0.0.0.0')}:5000
info: Booking.Api.Startup[0]
      Using channel manager endpoint https://{I('upstream_ip', g.ip())}/api/connector
fail: Microsoft.EntityFrameworkCore.Database.Connection[20004]
      An error occurred using the connection to database 'bookings' on server '{I('db_ip', g.ip())}'.
      Connection string: Server={I('db_ip', g.ip())};Database=bookings;User Id=booking_api;Password={P('db_password', g.pw('ini'))};
warn: Booking.Api.Mews[0]
      Mews request failed for ClientToken={K('mews_client_token', g.key('mews_client_token'))} (status 401), trace {L('trace_id', g.hexs(32))}
info: Booking.Api.Mailer[0]
      Sent confirmation to {E('guest_email', g.email())} from {I('client_ip', g.ip())}
"""


@T("chasquid_log", "log", "/var/log/chasquid/chasquid.log", LOG)
def _(g):
    return f"""2025/10/14 09:11:02 Loading certificates from /etc/chasquid/certs/
2025/10/14 09:11:03 smtp: listening on {L('unspecified_ip', '0.0.0.0')}:25
2025/10/14 09:15:48 {I('client_ip', g.ip())}:51200 auth: {E('email_username', g.email())} failed: invalid password
2025/10/14 09:15:49 {I('client_ip', g.ip())}:51213 auth: {E('email_username', g.work_email('kitefield.net'))} successful
2025/10/14 09:15:50 Queue.Put {E('sender_email', g.work_email('kitefield.net'))} -> [{E('rcpt_email', g.email())}] = {L('queue_id', g.hexs(20))}
2025/10/14 09:16:01 DEBUG auth plain decoded: user=frontdesk pass={P('smtp_password', g.pw('shell'))}
2025/10/14 09:17:30 {L('private_ip', g.private_ip())}:40022 smtp: connection from monitoring
"""


@T("dante_sockd_log", "log", "/var/log/sockd.log", LOG)
def _(g):
    return f"""Oct 14 10:01:02 (1728900062.112) danted[2211]: info: pass(1): tcp/accept [: {I('client_ip', g.ip())}.50122 {I('proxy_ip', g.ip())}.1080
Oct 14 10:01:02 (1728900062.118) danted[2211]: info: pass(1): tcp/connect [: username%guest@{I('client_ip', g.ip())}.50122 -> {I('dest_ip', g.ip())}.443
Oct 14 10:01:07 (1728900067.501) danted[2211]: info: block(1): tcp/accept ]: {I('client_ip', g.ip())}.4001: authentication failed for user "vendor" password "{P('proxy_password', g.pw('net'))}"
Oct 14 10:02:00 (1728900120.000) danted[2211]: info: pass(1): tcp/accept [: {L('private_ip', g.private_ip())}.41000 {L('private_ip', g.private_ip())}.1080
"""


@T("teleport_audit_log", "log", "/var/lib/teleport/log/events.log", LOG)
def _(g):
    return f"""{{"event":"user.login","user":"{E('user_email', g.work_email())}","method":"local","success":true,"addr.remote":"{I('client_ip', g.ip())}:53122","uid":"{L('uuid', g.uuid())}"}}
{{"event":"session.start","user":"ops","server_addr":"{L('private_ip', g.private_ip())}:3022","sid":"{L('session_id', g.uuid())}"}}
{{"event":"exec","user":"ops","command":"export PMS_DB_PASSWORD={P('db_password', g.pw('shell'))}; ./migrate","addr.remote":"{I('client_ip', g.ip())}:53190"}}
{{"event":"join_token.create","user":"admin","token":"{K('teleport_join_token', g.key('teleport_join_token'))}","roles":["Node"]}}
"""


@T("cyrus_imapd_log", "log", "/var/log/imapd.log", LOG)
def _(g):
    return f"""Oct 14 07:02:11 mail imaps[4102]: login: [{I('client_ip', g.ip())}] {E('email_username', g.email())} plaintext+TLS User logged in SESSIONID=<cyrus-4102-{g.num(1000000000, 1999999999)}-1-{g.num(1000, 9999)}>
Oct 14 07:03:40 mail imaps[4110]: badlogin: [{I('client_ip', g.ip())}] plain [SASL(-13): authentication failure: checkpass failed]
Oct 14 07:03:41 mail imaps[4110]: debug: sasl user={E('email_username', g.work_email())} password={P('imap_password', g.pw('shell'))}
Oct 14 07:05:00 mail lmtpunix[4200]: Delivered: <{L('uuid', g.uuid())}@{L('placeholder_host', 'mailer.invalid')}> to mailbox: user.frontdesk
Oct 14 07:05:02 mail imaps[4102]: accepted connection from [{L('private_ip', g.private_ip())}]
"""


# ============================================================================================ mobile / IDE
@T("android_keystore_properties", "properties", "android/keystore.properties", MOB)
def _(g):
    return f"""# Android Studio release signing (do not commit)
storeFile=../keys/release.jks
storePassword={P('keystore_password', g.pw('ini'))}
keyAlias=lodgeapp
keyPassword={P('keystore_password', g.pw('ini'))}
aeroApiKey={K('flightaware_aeroapi_key', g.key('flightaware_aeroapi_key'))}
mapyApiKey={K('mapy_api_key', g.key('mapy_api_key'))}
crashEmail={E('owner_email', g.email())}
devServer={L('private_ip', g.private_ip())}
"""


@T("electron_forge_config_js", "javascript", "forge.config.js", MOB)
def _(g):
    return f"""module.exports = {{
  packagerConfig: {{
    osxSign: {{}},
    osxNotarize: {{
      appleId: '{E('email_username', g.email())}',
      appleIdPassword: '{P('app_specific_password', '-'.join(g.s('abcdefghijklmnopqrstuvwxyz', 4) for _ in range(4)))}',
      teamId: '{L('team_id', g.s('ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789', 10))}',
    }},
  }},
  publishers: [
    {{
      name: '@electron-forge/publisher-s3',
      config: {{
        bucket: 'lodge-desktop',
        accessKeyId: '{K('s3_access_key', g.key('s3_access_key'))}',
        secretAccessKey: '{K('s3_secret_key', g.key('s3_secret_key'))}',
        endpoint: 'https://{I('s3_ip', g.ip())}:9000',
      }},
    }},
  ],
}};
"""


# ============================================================================================ network
@T("vivotek_camera_cgi", "cli", "scripts/vivotek-provision.sh", NET)
def _(g):
    cam = g.private_ip()
    adm = g.pw('url')
    return f"""#!/bin/sh
# provision the lobby camera (Vivotek) through its CGI; admin password set on first boot
CAM={L('private_ip', cam)}
curl -s "http://root:{P('admin_password', adm)}@$CAM/cgi-bin/admin/setparam.cgi?network_pppoe_user=lobbycam&network_pppoe_pass={P('ppp_password', g.pw('url'))}"
curl -s "http://root:{P('admin_password', adm)}@$CAM/cgi-bin/admin/setparam.cgi?network_ftp_server={I('ftp_ip', g.ip())}&network_ftp_pass={P('ftp_password', g.pw('url'))}"
curl -s "http://root:{P('admin_password', adm)}@$CAM/cgi-bin/admin/setparam.cgi?network_smtp_sender={E('sender_email', g.work_email())}&network_smtp_server={I('smtp_ip', g.ip())}"
curl -s "http://root:{P('admin_password', adm)}@$CAM/cgi-bin/admin/setparam.cgi?network_ddns_server={I('ddns_ip', g.ip())}&network_ntp={L('doc_ip', g.doc_ip())}"
# firmware {L('build4', g.build4())}
"""


@T("snom_settings_xml", "xml", "provisioning/snom-000413A1B2C3.xml", NET)
def _(g):
    return f"""<?xml version="1.0" encoding="utf-8"?>
<settings>
  <phone-settings>
    <user_realname idx="1" perm="">Reception</user_realname>
    <user_name idx="1" perm="">{g.num(200, 299)}</user_name>
    <user_host idx="1" perm="">{I('sip_ip', g.ip())}</user_host>
    <user_pass idx="1" perm="">{P('sip_password', g.pw('quoted'))}</user_pass>
    <admin_mode_password perm="">{P('admin_password', g.pw('net'))}</admin_mode_password>
    <http_pass perm="">{P('http_auth_password', g.pw('net'))}</http_pass>
    <ntp_server perm="">{I('ntp_ip', g.ip())}</ntp_server>
    <setting_server perm="">http://{L('private_ip', g.private_ip())}/prov/</setting_server>
    <firmware_status perm="">{L('build4', g.build4())}</firmware_status>
    <user_outbound idx="2" perm="">sip:{E('sip_uri_user', g.work_email())}</user_outbound>
  </phone-settings>
</settings>
"""


@T("polycom_phone_cfg", "xml", "provisioning/0004f2abcdef-phone.cfg", NET)
def _(g):
    return f"""<?xml version="1.0" standalone="yes"?>
<PHONE_CONFIG>
  <ALL
    reg.1.address="{E('sip_uri_user', g.work_email())}"
    reg.1.auth.userId="frontdesk"
    reg.1.auth.password="{P('sip_password', g.pw('net'))}"
    reg.1.server.1.address="{I('sip_ip', g.ip())}"
    device.auth.localAdminPassword="{P('admin_password', g.pw('net'))}"
    device.prov.serverName="{L('private_ip', g.private_ip())}"
    device.prov.password="{P('device_password', g.pw('net'))}"
    tcpIpApp.sntp.address="{I('ntp_ip', g.ip())}"
    up.welcomeSoundEnabled="0"
  />
</PHONE_CONFIG>
"""


@T("sierra_airlink_at", "cli", "notes/airlink-rv50-setup.txt", NET)
def _(g):
    return f"""AT*APN=lodge.m2m
OK
AT*NETUID=lodgeiot
OK
AT*NETPW={P('apn_password', g.pw('net'))}
OK
AT*HOSTPW={P('device_password', g.pw('net'))}
OK
AT*DESTADDR={I('dest_ip', g.ip())}
OK
AT*DNSUSER={I('dns_ip', g.ip())}
OK
AT*EMAILTO={E('email_role', g.role_email())}
OK
ATI1
{L('build4', g.build4())}
AT*HOSTPEERIP={L('private_ip', g.private_ip())}
OK
"""


@T("ewon_comcfg_txt", "config", "ewon/comcfg.txt", NET)
def _(g):
    return f"""EthIp:{I('wan_ip', g.ip())}
EthMask:{L('netmask', g.netmask())}
EthGW:{I('gateway_ip', g.ip())}
EthDns1:{I('dns_ip', g.ip())}
LanIp:{L('private_ip', g.private_ip())}
PPPClUserName1:lodge-plc
PPPClPassword1:{P('ppp_password', g.pw('net'))}
VPNPreShared:{P('ipsec_psk', g.pw('net'))}
SmtpServerAddr:{I('smtp_ip', g.ip())}
SmtpUserName:{E('email_username', g.email())}
SmtpPassword:{P('smtp_password', g.pw('net'))}
"""


@T("fscom_switch_cli", "cli", "configs/fs-s3900.txt", NET)
def _(g):
    return f"""hostname lodge-core
enable secret level 15 0 {P('enable_password', g.pw('net'))}
username ops privilege 15 password 0 {P('admin_password', g.pw('net'))}
interface vlan 10
 ip address {L('private_ip', g.private_ip())} {L('netmask', g.netmask())}
ip route {L('unspecified_ip', '0.0.0.0')} {L('netmask', '0.0.0.0')} {I('gateway_ip', g.ip())}
snmp-server community {P('snmp_community', g.pw('net'))} rw
snmp-server community {L('placeholder', 'public')} ro
tacacs-server host {I('tacacs_ip', g.ip())} key {P('tacacs_key', g.pw('net'))}
logging server {I('syslog_ip', g.ip())}
"""


@T("engenius_ap_cli", "cli", "configs/engenius-ews.txt", NET)
def _(g):
    return f"""EWS357AP> set system name guest-wing
EWS357AP> set wireless ssid 1 name Lodge-Guests
EWS357AP> set wireless ssid 1 security wpa2-psk passphrase {P('wifi_passphrase', g.pw('net'))}
EWS357AP> set wireless ssid 2 security wpa2-enterprise radius {I('radius_ip', g.ip())} secret {P('radius_secret', g.pw('net'))}
EWS357AP> set management ezmaster server {I('controller_ip', g.ip())}
EWS357AP> set management admin password {P('admin_password', g.pw('net'))}
EWS357AP> set email alert to {E('email_role', g.role_email())}
EWS357AP> show version
Firmware: {L('version', g.version())}  LAN IP: {L('private_ip', g.private_ip())}
"""


# ============================================================================================ notebooks
def _nb(cells):
    out = []
    for kind, src in cells:
        c = {"cell_type": kind, "metadata": {}, "source": src.splitlines(True)}
        if kind == "code":
            c["execution_count"] = None
            c["outputs"] = []
        out.append(c)
    return jd({"cells": out, "metadata": {"kernelspec": {"name": "python3", "display_name": "Python 3"}},
               "nbformat": 4, "nbformat_minor": 5})


@T("ipynb_rentals", "ipynb", "notebooks/occupancy-sync.ipynb", NB)
def _(g):
    return _nb([
        ("markdown", "# Occupancy sync check\nCompare Guesty, Hostaway and Cloudbeds calendars."),
        ("code", f"GUESTY_CLIENT_ID = \"{L('public_client_id', '0oa' + g.s('abcdefghijklmnopqrstuvwxyz0123456789', 17))}\"\n"
                 f"GUESTY_CLIENT_SECRET = \"{K('guesty_client_secret', g.key('guesty_client_secret'))}\"\n"
                 f"HOSTAWAY_API_KEY = \"{K('hostaway_api_key', g.key('hostaway_api_key'))}\"\n"
                 f"CLOUDBEDS_KEY = \"{K('cloudbeds_api_key', g.key('cloudbeds_api_key'))}\""),
        ("code", f"from lodge_db import connect\nconn = connect(host=\"{I('db_ip', g.ip())}\", user=\"analyst\", password=\"{P('db_password', g.pw('quoted_sp'))}\")"),
        ("markdown", f"Questions to {E('analyst_email', g.email())}. Example host in docs: {L('doc_ip', g.doc_ip())}"),
    ])


@T("ipynb_flights", "ipynb", "notebooks/arrivals-board.ipynb", NB)
def _(g):
    return _nb([
        ("markdown", "## Arrivals board for the airport shuttle"),
        ("code", f"AVIATIONSTACK = \"{K('aviationstack_key', g.key('aviationstack_key'))}\"\n"
                 f"AIRLABS = \"{K('airlabs_api_key', g.key('airlabs_api_key'))}\"\n"
                 f"FLIGHTSTATS_APP_ID = \"{L('public_app_id', g.hexs(8))}\"\n"
                 f"FLIGHTSTATS_APP_KEY = \"{K('flightstats_app_key', g.key('flightstats_app_key'))}\""),
        ("code", f"DB = \"mysql://shuttle:{P('db_password', g.pw('url'))}@{I('db_ip', g.ip())}:3306/board\"\n"
                 f"ALERT_TO = \"{E('email_role', g.role_email())}\"\n# run {L('uuid', g.uuid())}"),
    ])


# ============================================================================================ self-hosted
@T("shiori_env", "dotenv", "shiori/.env", SELF)
def _(g):
    return f"""SHIORI_DIR=/srv/shiori
SHIORI_DATABASE_URL=postgres://shiori:{P('db_password', g.pw('url'))}@{I('db_ip', g.ip())}:5432/shiori?sslmode=require
SHIORI_HTTP_SECRET_KEY={K('session_secret', g.key('session_secret'))}
SHIORI_HTTP_ADDRESS={L('unspecified_ip', '0.0.0.0')}
# first login: shiori / gopher is the default, changed to {P('admin_password', g.pw('ini'))}
SHIORI_OWNER={E('owner_email', g.email())}
"""


@T("actual_budget_env", "dotenv", "actual/.env", SELF)
def _(g):
    return f"""ACTUAL_PORT=5006
ACTUAL_HOSTNAME={L('unspecified_ip', '0.0.0.0')}
ACTUAL_LOGIN_METHOD=password
# server password set on first run (household), keep in the safe:
ACTUAL_SERVER_PASSWORD={P('server_password', g.pw('ini'))}
ACTUAL_OPENID_CLIENT_SECRET={K('oauth_client_secret', g.s('abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789', 40))}
ACTUAL_E2E_SYNC_KEY={K('actual_budget_sync_key', g.key('actual_budget_sync_key'))}
ACTUAL_OWNER={E('owner_email', g.email())}
# stored hash of the server password (not the password): {L('argon2', g.argon2())}
ACTUAL_TRUSTED_PROXIES={I('proxy_ip', g.ip())},{L('private_ip', g.private_ip())}
"""


@T("memos_flags", "cli", "systemd/memos.service", SELF)
def _(g):
    return f"""[Unit]
Description=memos
After=network.target

[Service]
ExecStart=/usr/local/bin/memos --mode prod --addr {L('unspecified_ip', '0.0.0.0')} --port 5230 \\
  --driver postgres --dsn "postgresql://memos:{P('db_password', g.pw('url'))}@{I('db_ip', g.ip())}:5432/memos"
Environment=MEMOS_INSTANCE_URL=https://{I('public_ip', g.ip())}
Environment=MEMOS_ADMIN={E('admin_email', g.email())}
Environment=MEMOS_S3_SECRET={K('s3_secret_key', g.key('s3_secret_key'))}
Restart=always
"""


@T("baikal_yaml", "yaml", "baikal/config/baikal.yaml", SELF)
def _(g):
    return f"""system:
  configured_version: '{L('version', g.version())}'
  timezone: Europe/Dublin
  card_enabled: true
  cal_enabled: true
  dav_auth_type: Digest
  admin_passwordhash: {L('sha256', g.sha256())}
  invite_from_address: {E('email_role', g.role_email('hillfort-inns.ie'))}
database:
  encryption_key: {K('encryption_key_hex', g.hexs(32))}
  mysql: true
  mysql_host: '{I('db_ip', g.ip())}:3306'
  mysql_dbname: baikal
  mysql_username: baikal
  mysql_password: '{P('db_password', g.pw('quoted'))}'
"""


@T("pydio_cells_env", "dotenv", "cells/.env", SELF)
def _(g):
    return f"""CELLS_BIND_ADDRESS={L('unspecified_ip', '0.0.0.0')}
CELLS_EXTERNAL=https://files.norrsken-cabins.se
CELLS_INSTALL_DB_HOST={I('db_ip', g.ip())}
CELLS_INSTALL_DB_USER=cells
CELLS_INSTALL_DB_PASSWORD={P('db_password', g.pw('ini'))}
CELLS_ADMIN_LOGIN={E('email_username', g.work_email('norrsken-cabins.se'))}
CELLS_ADMIN_PASSWORD={P('admin_password', g.pw('ini'))}
CELLS_S3_SECRET={K('pydio_secret', g.key('pydio_secret'))}
CELLS_SITE_NO_TLS=0
"""


@T("filebrowser_json", "json", "filebrowser/settings.json", SELF)
def _(g):
    return jd({
        "port": 8080,
        "baseURL": "",
        "address": L("unspecified_ip", "0.0.0.0"),
        "log": "stdout",
        "database": "/database/filebrowser.db",
        "root": "/srv",
        "auth": {"method": "json", "header": ""},
        "defaults": {"admin": {"username": "admin", "password": P("admin_password", g.pw("quoted_sp"))}},
        "signup": False,
        "key": K("app_secret_b64", g.key("app_secret_b64")),
        "notes": f"shared with {E('user_email', g.email())}; NAS at {I('nas_ip', g.ip())}",
    })


@T("homer_yml", "yaml", "homer/assets/config.yml", SELF)
def _(g):
    return f"""title: "Lodge dashboard"
subtitle: "staff only"
services:
  - name: "Guests"
    items:
      - name: "Changedetection"
        url: "http://{I('service_ip', g.ip())}:5000"
        apikey: "{K('changedetection_api_key', g.key('changedetection_api_key'))}"
      - name: "Cameras"
        url: "https://viewer:{P('http_auth_password', g.pw('url'))}@{I('camera_ip', g.ip())}/"
      - name: "Printer"
        url: "http://{L('private_ip', g.private_ip())}"
footer: '<p>Broken tile? Write to {E('email_role', g.role_email())}</p>'
"""


@T("changedetection_env", "dotenv", "changedetection/.env", SELF)
def _(g):
    return f"""BASE_URL=https://{I('public_ip', g.ip())}:5000
SALTED_PASS={L('sha256', g.sha256())}
PLAYWRIGHT_DRIVER_URL=ws://{L('private_ip', g.private_ip())}:3000/?stealth=1
HIDE_REFERER=true
# notification url: mailtos://{E('email_username', g.email())}:{P('smtp_password', g.pw('url'))}@smtp.gmail.com?to={E('notify_email', g.email())}
API_ACCESS_TOKEN={K('changedetection_api_key', g.key('changedetection_api_key'))}
"""


@T("lychee_env", "dotenv", "lychee/.env", SELF)
def _(g):
    return f"""APP_NAME=Lychee
APP_URL=https://photos.saltmarsh-b-and-b.com
APP_KEY={K('app_secret_b64', 'base64:' + g.key('app_secret_b64'))}
DB_CONNECTION=mysql
DB_HOST={I('db_ip', g.ip())}
DB_USERNAME=lychee
DB_PASSWORD={P('db_password', g.pw('ini'))}
MAIL_HOST={I('smtp_ip', g.ip())}
MAIL_USERNAME={E('email_username', g.email())}
MAIL_PASSWORD={P('smtp_password', g.pw('ini'))}
TRUSTED_PROXIES={L('private_ip', g.private_ip())}
"""


@T("zipline_env", "dotenv", "zipline/.env", SELF)
def _(g):
    return f"""CORE_SECRET={K('zipline_core_secret', g.key('zipline_core_secret'))}
CORE_HOSTNAME={L('unspecified_ip', '0.0.0.0')}
CORE_PORT=3000
CORE_DATABASE_URL=postgresql://zipline:{P('db_password', g.pw('url'))}@{I('db_ip', g.ip())}:5432/zipline
DATASOURCE_S3_ACCESS_KEY_ID={K('s3_access_key', g.key('s3_access_key'))}
DATASOURCE_S3_SECRET_ACCESS_KEY={K('s3_secret_key', g.key('s3_secret_key'))}
DATASOURCE_S3_ENDPOINT={I('s3_ip', g.ip())}
# admin: {E('admin_email', g.email())}
"""


@T("lufi_conf", "perl", "lufi/lufi.conf", SELF)
def _(g):
    return f"""{{
    hypnotoad => {{
        listen => ['http://{L('loopback_ip', '127.0.0.1')}:8081'],
        proxy  => 1,
    }},
    contact       => '<a href="mailto:{E('contact_email', g.email())}">contact</a>',
    report        => '{E('email_role', g.role_email())}',
    secrets       => ['{K('session_secret', g.key('session_secret'))}'],
    dbtype        => 'postgresql',
    pgdb          => {{
        database => 'lufi',
        host     => '{I('db_ip', g.ip())}',
        user     => 'lufi',
        pwd      => '{P('db_password', g.pw('quoted'))}',
    }},
    htpasswd      => 'lufi.passwd',  # ops:{L('bcrypt', g.bcrypt())}
    allowed_ips   => ['{I('office_ip', g.ip())}'],
}};
"""


@T("jirafeau_php", "php", "jirafeau/lib/config.local.php", SELF)
def _(g):
    return f"""<?php
$cfg['web_root'] = 'https://drop.quayside-ops.dev/';
$cfg['var_root'] = '/var/jirafeau/';
$cfg['admin_password'] = '{L('sha256', g.sha256())}';
$cfg['upload_password'] = array('{P('upload_password', g.pw('quoted'))}', '{P('upload_password', g.pw('quoted'))}');
$cfg['upload_ip'] = array('{I('upload_ip', g.ip())}', '{L('private_ip', g.private_ip())}');
$cfg['proxy_ip'] = array('{I('proxy_ip', g.ip())}');
$cfg['contact'] = '{E('contact_email', g.email())}';
$cfg['title'] = 'Quayside drop';
?>
"""


# ============================================================================================ unusual formats
@T("ifupdown_interfaces", "config", "/etc/network/interfaces", ODD)
def _(g):
    return f"""auto lo
iface lo inet loopback

auto eth0
iface eth0 inet static
    address {I('wan_ip', g.ip())}
    netmask {L('netmask', g.netmask())}
    gateway {I('gateway_ip', g.ip())}
    dns-nameservers {I('dns_ip', g.ip())} {L('private_ip', g.private_ip())}

auto wlan0
iface wlan0 inet dhcp
    wpa-ssid Lodge-Staff
    wpa-psk {P('wifi_passphrase', g.pw('net'))}

# contact: {E('admin_email', g.email())}
"""


@T("pppd_peer", "config", "/etc/ppp/peers/lodge-dsl", ODD)
def _(g):
    return f"""# PPPoE uplink for the annex (ISP ticket from {E('isp_contact_email', g.email())})
plugin rp-pppoe.so eth1
name "{E('ppp_user_email', g.work_email('kitefield.net'))}"
password "{P('ppp_password', g.pw('net'))}"
usepeerdns
persist
defaultroute
# fixed address assigned by ISP: {I('wan_ip', g.ip())}
# test LAC: {L('doc_ip', g.doc_ip())}
"""


@T("sieve_script", "sieve", "sieve/frontdesk.sieve", ODD)
def _(g):
    return f"""require ["fileinto", "redirect", "vacation"];

if address :is "from" "{E('sender_email', g.work_email('sandpiper-travel.co.uk'))}" {{
    fileinto "Agents";
}}
if header :contains "X-Originating-IP" "{I('spam_ip', g.ip())}" {{
    discard;
}}
# forward bookings to the on-call phone gateway (password in the subject line, see wiki)
if header :contains "subject" "booking" {{
    redirect "{E('redirect_email', g.email())}";
}}
vacation :days 1 :from "{E('email_role', g.role_email())}" "Out of office. Staff Wi-Fi is still {P('wifi_passphrase', g.pw('prose'))}";
"""


# ============================================================================================ code / config assignment
@T("terra_script", "terra", "src/tiles.t", CODE)
def _(g):
    return f"""-- tile prefetcher (Terra)
local C = terralib.includec("stdio.h")
local TILE_HOST = "{I('tile_ip', g.ip())}"
local STADIA_KEY = "{K('stadia_api_key', g.key('stadia_api_key'))}"
local THUNDERFOREST_KEY = "{K('thunderforest_api_key', g.key('thunderforest_api_key'))}"
local CACHE_PASSWORD = "{P('redis_password', g.pw('quoted'))}"
local OWNER = "{E('owner_email', g.email())}"

terra report(z : int)
  C.printf("zoom %d from %s\\n", z, TILE_HOST)
end
-- local mirror {L('private_ip', g.private_ip())}
"""


@T("nsis_installer", "nsis", "installer/kiosk.nsi", CODE)
def _(g):
    return f"""; kiosk installer (NSIS)
!define APP "LodgeKiosk"
!define SMS_USER "{K('elks46_api_username', 'u' + g.hexs(32))}"
!define SMS_PASSWORD "{K('elks46_api_password', g.key('elks46_api_password'))}"
!define SMS_FALLBACK_KEY "{K('smsmode_api_key', g.key('smsmode_api_key'))}"
!define KIOSK_ADMIN_PASSWORD "{P('admin_password', g.pw('quoted'))}"
Name "${{APP}}"
OutFile "LodgeKiosk-{L('version', g.version())}.exe"

Section "Config"
  WriteINIStr "$INSTDIR\\kiosk.ini" "sms" "gateway" "{I('gateway_ip', g.ip())}"
  WriteINIStr "$INSTDIR\\kiosk.ini" "sms" "notify" "{E('email_role', g.role_email())}"
  WriteINIStr "$INSTDIR\\kiosk.ini" "lan" "printer" "{L('private_ip', g.private_ip())}"
SectionEnd
"""


@T("nit_module", "nit", "src/guests.nit", CODE)
def _(g):
    return f"""# Guest mailer (Nit)
module guests

redef class Sys
	var smtp_host = "{I('smtp_ip', g.ip())}"
	var smtp_user = "{E('email_username', g.email())}"
	var smtp_pass = "{P('smtp_password', g.pw('quoted'))}"
	var emailoctopus_key = "{K('emailoctopus_api_key', g.key('emailoctopus_api_key'))}"
	var list_id = "{L('uuid', g.uuid())}"
end

print "mailer ready on {L('loopback_ip', '127.0.0.1')}"
"""


@T("gravity_script", "gravity", "scripts/checkin.gravity", CODE)
def _(g):
    return f"""// self check-in kiosk (Gravity)
class Kiosk {{
    var host = "{I('kiosk_api_ip', g.ip())}";
    var login = "{E('email_username', g.work_email())}";
    var password = "{P('user_password', g.pw('quoted_sp'))}";
    var fareharborApp = "{K('fareharbor_app_key', g.key('fareharbor_app_key'))}";
    var fareharborUser = "{K('fareharbor_user_key', g.key('fareharbor_user_key'))}";
    var build = "{L('short_sha', g.short_sha())}";
}}

func main() {{
    var k = Kiosk();
    System.print("kiosk for " + k.login);
}}
"""


@T("carp_module", "carp", "src/weather.carp", CODE)
def _(g):
    return f"""; weather panel (Carp)
(def meteoblue-key "{K('meteoblue_api_key', g.key('meteoblue_api_key'))}")
(def abstract-key "{K('abstractapi_key', g.key('abstractapi_key'))}")
(def panel-host "{I('panel_ip', g.ip())}")
(def panel-password "{P('device_password', g.pw('quoted'))}")
(def maintainer "{E('maintainer_email', g.email())}")
(def example-host "{L('doc_ip', g.doc_ip())}")

(defn main []
  (IO.println &(fmt "panel %s" panel-host)))
"""


@T("leaf_template", "leaf", "Resources/Views/staff-welcome.leaf", CODE)
def _(g):
    return f"""#extend("base"):
  #export("body"):
    <h1>Welcome, #(staff.name)</h1>
    <p>Your desk login is #(staff.email). Temporary password: <code>{P('user_password', g.pw('prose'))}</code></p>
    <p>The back office runs on {I('office_ip', g.ip())}; questions to {E('email_role', g.role_email())}.</p>
    <!-- remove before release: viator key {K('viator_api_key', g.key('viator_api_key'))} -->
    <p>Sample guest: {L('reserved_email', g.reserved_email())}</p>
  #endexport
#endextend
"""


@T("twirl_template", "twirl", "app/views/ops/status.scala.html", CODE)
def _(g):
    return f"""@(health: Map[String, String])
@main("Ops status") {{
  <h2>Upstreams</h2>
  <ul>
    <li>rates: {I('upstream_ip', g.ip())}</li>
    <li>reservations: {I('upstream_ip', g.ip())}</li>
    <li>lan: {L('private_ip', g.private_ip())}</li>
  </ul>
  @* TODO remove: rategain secret {K('api_token_40', g.key('api_token_40'))}, db pw {P('db_password', g.pw('prose'))} *@
  <footer>on call: {E('oncall_email', g.email())} - build {L('git_sha', g.git_sha())}</footer>
}}
"""


@T("marko_template", "marko", "src/components/booking-widget.marko", CODE)
def _(g):
    return f"""class {{
  onCreate() {{
    this.state = {{
      apiBase: "https://{I('api_ip', g.ip())}/v1",
      ventrataToken: "{K('ventrata_token', g.key('ventrata_token'))}",
      support: "{E('email_role', g.role_email())}",
    }};
  }}
}}
<div.booking-widget>
  <p>Questions? Mail ${{state.support}}</p>
  <!-- staging basic auth: widget / {P('http_auth_password', g.pw('prose'))} -->
  <script nonce="{L('nonce', g.nonce())}" integrity="{L('sri', g.sri())}" src="/widget.js"></script>
</div>
"""


@T("pongo2_template", "pongo2", "templates/mail/reset.tpl", CODE)
def _(g):
    return f"""{{% extends "mail/base.tpl" %}}
{{% block body %}}
Hello {{{{ guest.Name }}}},

your temporary password is {{{{ temp_password }}}}.
{{# old hard-coded fallback: {P('user_password', g.pw('prose'))} #}}
{{# mailer: {E('sender_email', g.work_email())} via {I('smtp_ip', g.ip())} #}}
{{# telerivet key {K('telerivet_api_key', g.key('telerivet_api_key'))} #}}
Questions: {E('email_role', g.role_email())}
{{% endblock %}}
"""


@T("kajiki_template", "xml", "templates/invoice.xhtml", CODE)
def _(g):
    return f"""<html xmlns:py="http://genshi.edgewall.org/">
<head><title>Invoice ${{invoice.number}}</title></head>
<body>
  <py:if test="debug">
    <!-- debug only: regiondo private key {K('regiondo_private_key', g.key('regiondo_private_key'))} -->
    <p>db={I('db_ip', g.ip())} user=billing password={P('db_password', g.pw('quoted'))}</p>
  </py:if>
  <p>Billing contact: <a href="mailto:{E('email_role', g.role_email())}">billing</a></p>
  <p>Example: {L('reserved_email', g.reserved_email())} / {L('doc_ip', g.doc_ip())}</p>
  <p py:content="invoice.total">0.00</p>
</body>
</html>
"""


# ============================================================================================ docs / prose
@T("runbook_pms_migration", "markdown", "docs/runbooks/pms-migration.md", DOCS)
def _(g):
    return f"""# Runbook: moving the cabins from Smoobu to Hostaway

Owner: {E('owner_email', g.work_email('norrsken-cabins.se'))} (backup: {E('email_role', g.role_email('norrsken-cabins.se'))})

## 1. Freeze the old channel manager

Log in to Smoobu as the ops user (the password is {P('user_password', g.pw('prose'))} until Friday) and export the
calendar. The Smoobu API key {K('smoobu_api_key', g.key('smoobu_api_key'))} stays valid for read-only export.

## 2. Point the sync worker at Hostaway

```sh
ssh deploy@{I('worker_ip', g.ip())}
export HOSTAWAY_API_KEY={K('hostaway_api_key', g.key('hostaway_api_key'))}
sync-worker --db-password {P('db_password', g.pw('shell'))} --account {L('account_id', str(g.num(10000, 99999)))}
```

## 3. Uplisting as fallback

| item | value |
|---|---|
| API key | `{K('uplisting_api_key', g.key('uplisting_api_key'))}` |
| webhook from | `{I('webhook_ip', g.ip())}` |
| docs example | `{L('reserved_email', g.reserved_email())}`, `{L('doc_ip', g.doc_ip())}` |
| masked old key | `{L('masked_key', g.masked())}` |

Remember the Wi-Fi in cabin 3 was reset to {P('wifi_passphrase', g.pw('prose'))} during the switch.
"""


@T("postmortem_tile_keys", "markdown", "docs/postmortems/2025-10-map-tile-keys.md", DOCS)
def _(g):
    return f"""# Postmortem: map tile keys in the public booking bundle

**Summary.** Release {L('version', g.version())} (commit {L('git_sha', g.git_sha())}) shipped a config chunk with
three private tile keys: Stadia Maps `{K('stadia_api_key', g.key('stadia_api_key'))}`, Jawg
`{K('jawg_access_token', g.key('jawg_access_token'))}` and Thunderforest `{K('thunderforest_api_key', g.key('thunderforest_api_key'))}`.
The Protomaps key `{K('protomaps_key', g.key('protomaps_key'))}` was also in the chunk.

**Detection.** Tile usage jumped from {I('abuse_ip', g.ip())} and {I('abuse_ip', g.ip())}; the first report came from
{E('reporter_email', g.email())}.

**What was not leaked.** The bundle's SRI hash `{L('sri', g.sri())}`, the CSP nonce `{L('nonce', g.nonce())}`, the build id `{L('uuid', g.uuid())}` and the
ETag `{L('etag_value', g.etag_inner())}` are public. The staging tile server at {L('private_ip', g.private_ip())} is not
reachable from outside.

**Follow-up.** The tile proxy's admin password (was {P('admin_password', g.pw('prose'))}) was changed; questions to
{E('email_role', g.role_email())}.
"""


@T("school_trip_handbook", "markdown", "docs/handbooks/field-trip-it.md", DOCS)
def _(g):
    return f"""# Field trip IT handbook (Lumen School)

* Coach Wi-Fi: network `Lumen-Coach`, passphrase {P('wifi_passphrase', g.pw('prose'))}.
* Parent portal admin: {E('email_username', g.work_email('lumenschool.org'))}, password {P('admin_password', g.pw('prose'))}.
* Schoology LTI: consumer key `{L('public_consumer_key', g.hexs(32))}` (public), consumer secret `{K('schoology_consumer_secret', g.key('schoology_consumer_secret'))}`.
* SMS to parents goes through 46elks (API password {K('elks46_api_password', g.key('elks46_api_password'))}) with
  Textbelt as fallback (key {K('textbelt_key', g.key('textbelt_key'))}).
* The trip newsletter uses Buttondown; the API key is {K('buttondown_api_key', g.key('buttondown_api_key'))}.
* Hostel booking contact: {E('contact_email', g.email())}; the hostel's gateway is {I('hostel_ip', g.ip())}.
* Example addresses in the template (do not use): {L('reserved_email', g.reserved_email())}, {L('doc_ip', g.doc_ip())}.
* Laptop lockers: code {L('placeholder', 'TBD')}.
"""


# (name, language, title, server, password, key, e-mail, copula, and, native place, vendor key)
NOTES = [
    ("nenets", "Nenets", "Ненэця вада: дежурство", "сервер", "пароль", "ключ", "почта", "ӈэ", "и", "Салехард", "hostaway_api_key"),
    ("khanty", "Khanty", "Хӑнты ясӑӈ: смена", "сервер", "пароль", "ключ", "почта", "", "па", "Сургут", "cloudbeds_api_key"),
    ("evenki", "Evenki", "Эвэды турэн: дежурство", "сервер", "пароль", "ключ", "почта", "", "ту", "Тура", "mews_access_token"),
    ("altai", "Altai", "Алтай тил: дежурство", "сервер", "кирер сӧс", "ачкыч", "почта", "", "ле", "Улаган", "apaleo_client_secret"),
    ("dargwa", "Dargwa", "Дарган мез: дежурство", "сервер", "пароль", "ключ", "почта", "", "ва", "Акуша", "channex_api_key"),
    ("luri", "Luri", "تحویل نوبت (لری)", "سرور", "رمز", "کلید", "ایمیل", "", "و", "بروجرد", "uplisting_api_key"),
    ("khowar", "Khowar", "کھوار: ڈیوٹی حوالہ", "سرور", "پاس ورڈ", "کنجی", "ای میل", "", "اوچے", "چترال", "rezdy_api_key"),
    ("tharu", "Tharu", "थारू: पाली हस्तान्तरण", "सर्भर", "पासवर्ड", "चाबी", "इमेल", "", "ओ", "धनगढी", "bokun_secret_key"),
    ("kurukh", "Kurukh", "कुँड़ुख़: ड्यूटी", "सर्वर", "पासवर्ड", "चाबी", "ईमेल", "", "अरा", "गुमला", "checkfront_api_secret"),
    ("magar", "Magar", "मगर ढुट: पाली", "सर्भर", "पासवर्ड", "साँचो", "इमेल", "", "ओ", "पाल्पा", "tequila_api_key"),
    ("karaim", "Karaim", "Karaj tili: nöbet", "serveri", "parol", "ačych", "el. paštas", "dir", "da", "Trakai", "hotelbeds_api_key"),
    ("khasi", "Khasi", "Ka jingai kam (Khasi)", "server", "password", "ka chabi", "email", "", "bad", "Sohra", "expedia_rapid_secret"),
    ("garo", "Garo", "Garo: kam ra·ani", "server", "password", "chabi", "email", "", "aro", "Tura", "sabre_client_secret"),
    ("kokborok", "Kokborok", "Kokborok: samung hanoi", "server", "password", "sabi", "email", "", "bai", "Agartala", "jawg_access_token"),
    ("jarai", "Jarai", "Jarai: jao bruă", "máy chủ", "mật khẩu", "khóa", "thư điện tử", "", "hăng", "Pleiku", "textbelt_key"),
    ("mien", "Iu Mien", "Iu Mienh: gong mbuo", "server", "password", "key", "email", "", "caux", "Nan", "kudosity_secret"),
    ("nagamese", "Nagamese", "Nagamese: duty handover", "server", "password", "chabi", "email", "ase", "aru", "Kohima", "mailcoach_token"),
    ("muong", "Muong", "Tiếng Mường: giao ca", "máy chủ", "mật khẩu", "khoá", "thư", "", "vả", "HòaBình", "aviation_edge_key"),
    ("tai_dam", "Tai Dam", "ไทดำ: ส่งเวร", "เซิร์ฟเวอร์", "รหัสผ่าน", "กุญแจ", "อีเมล", "", "แล", "แถง", "adsbx_api_key"),
    ("nuosu", "Nuosu", "ꆈꌠꉙ: 交班", "服务器", "密码", "钥匙", "邮箱", "", "和", "ꆈꌠ", "openaip_api_key"),
]

VENDOR_NAME = {
    "hostaway_api_key": "Hostaway", "cloudbeds_api_key": "Cloudbeds", "mews_access_token": "Mews",
    "apaleo_client_secret": "Apaleo", "channex_api_key": "Channex", "uplisting_api_key": "Uplisting",
    "rezdy_api_key": "Rezdy", "bokun_secret_key": "Bokun", "checkfront_api_secret": "Checkfront",
    "tequila_api_key": "Tequila", "hotelbeds_api_key": "Hotelbeds", "expedia_rapid_secret": "Expedia Rapid",
    "sabre_client_secret": "Sabre", "jawg_access_token": "Jawg", "textbelt_key": "Textbelt",
    "kudosity_secret": "Kudosity", "mailcoach_token": "Mailcoach", "aviation_edge_key": "Aviation Edge",
    "adsbx_api_key": "ADS-B Exchange", "openaip_api_key": "OpenAIP",
}


def _note(row):
    name, _lang, title, srv, pw, key, mail, cop, and_, place, vendor = row

    def fn(g):
        ip1, ip2 = I("server_ip", g.ip()), I("server_ip", g.ip())
        p1 = P("server_password", g.pw("prose"))
        pn = P("pw_native", place + str(g.num(10, 9999)) + g.pick("!#%*+=?^~"))
        kk = K(vendor, g.key(vendor))
        em = E("handover_email", g.email())
        vn = VENDOR_NAME[vendor]
        c = (" " + cop) if cop else ""
        form = g.r.randrange(3)
        if form == 0:
            return (f"# {title}\n\n- {srv}{c}: {ip1} {and_} {ip2}\n- {pw}{c}: {p1}\n- {pw} (Wi-Fi): {pn}\n"
                    f"- {vn} {key}{c}: {kk}\n- {mail}: {em}\n"
                    f"- ({L('reserved_email', g.reserved_email())}, {L('placeholder', g.placeholder())}, "
                    f"{L('private_ip', g.private_ip())})\n")
        if form == 1:
            return (f"{title}\n\n{srv}{c} {ip1} {and_} {ip2}.\n{pw}{c}\n{p1}\n{pw} Wi-Fi{c}\n{pn}\n"
                    f"{vn} {key}{c}\n{kk}\n{mail}{c} {em}\n"
                    f"-- {L('uuid', g.uuid())} / {L('masked_key', g.masked())}\n")
        return (f"## {title}\n\n| | |\n|---|---|\n| {srv} | {ip1}, {ip2} |\n| {pw} | `{p1}` |\n"
                f"| {pw} Wi-Fi | `{pn}` |\n| {vn} {key} | `{kk}` |\n| {mail} | {em} |\n"
                f"| v | {L('version', g.version())} |\n| test | {L('reserved_email', g.reserved_email())} |\n")
    return fn


for _row in NOTES:
    T(f"note_{_row[0]}", "markdown", f"docs/handover/{_row[0]}.md", DOCS)(_note(_row))
