"""Templates for held-out set 27, written from scratch for this set.

Each template returns text with planted values wrapped in markers (see gen_h27.mark).  TEMPLATES maps
name -> (context class, lang, path, function).
"""
import json

from gen_h27 import ALNUM, DIG, LOW, UP, mark

TEMPLATES = {}


def T(name, group, lang, path):
    def deco(fn):
        assert name not in TEMPLATES, name
        TEMPLATES[name] = (group, lang, path, fn)
        return fn
    return deco


def jd(obj, **kw):
    return json.dumps(obj, ensure_ascii=False, indent=2, **kw) + "\n"


# ---------------------------------------------------------------- vendor key shapes
def k_shipengine(g):
    return g.key("shipengine_api_key", g.ch(["TEST_", ""]) + g.s(43, ALNUM + "/+"))


def k_sendcloud(g):
    return g.key("sendcloud_secret", g.hex(32))


def k_easyship(g):
    return g.key("easyship_token", "prod_" + g.s(44, ALNUM + "/+") + "=")


def k_17track(g):
    return g.key("track17_key", g.uhex(32))


def k_veeqo(g):
    return g.key("veeqo_api_key", "Vqt/" + g.hex(32))


def k_karrio(g):
    return g.key("karrio_key", "key_" + g.hex(32))


def k_ubidots(g):
    return g.key("ubidots_token", "BBFF-" + g.s(30))


def k_asaas(g):
    return g.key("asaas_api_key", "$aact_" + g.b64(60).rstrip("="))


def k_pagarme(g):
    return g.key("pagarme_secret", "sk_" + g.hex(32))


def k_sumup(g):
    return g.key("sumup_secret", "sup_sk_" + g.s(32))


def k_savvycal(g):
    return g.key("savvycal_token", "pt_secret_" + g.hex(32))


def k_tito(g):
    return g.key("tito_token", "secret_live_" + g.s(20))


def k_doofinder(g):
    return g.key("doofinder_key", g.ch(["eu1-", "us1-"]) + g.hex(40))


def k_fullstory(g):
    return g.key("fullstory_api_key", "na1." + g.b64(48).rstrip("="))


def k_swiftype_private(g):
    return g.key("swiftype_private_key", "private-" + g.s(24, LOW + DIG))


def k_coveo(g):
    return g.key("coveo_api_key", "xx" + g.uuid())


def k_hex(g, kind, n=32):
    return g.key(kind, g.hex(n))


def k_alnum(g, kind, n=40):
    return g.key(kind, g.s(n))


def k_jwt(g, kind):
    return g.key(kind, g.jwt())


VENDOR_KEYS = [k_shipengine, k_sendcloud, k_easyship, k_17track, k_veeqo, k_karrio, k_ubidots, k_pagarme, k_sumup,
               k_savvycal, k_tito, k_doofinder, k_fullstory, k_swiftype_private, k_coveo]


# ---------------------------------------------------------------- carrier snippets (parcel label relay)
def snippet(ftype, g):
    ip1, ip2 = g.ip("snippet_ip"), g.ip("snippet_ip")
    em = g.email("snippet_email")
    kind, val = g.ch([("snippet_shipengine_key", g.s(43, ALNUM)), ("snippet_sendcloud_secret", g.hex(32)),
                      ("snippet_track17_key", g.uhex(32))])
    key = mark("KEY", kind, val)
    ctx = {"makefile": "yaml", "yaml": "yaml", "ini": "ini", "editorconfig": "ini", "shell": "shell",
           "justfile": "shell", "batch": "net", "manifest": "prose", "gitattributes": "prose", "text": "prose",
           "markdown": "prose", "rst": "prose", "python": "quoted", "toml": "quoted"}[ftype]
    pw = g.pw("snippet_password", ctx)
    ex_host, ex_mail = g.doc_ip(), g.res_email()
    if ftype == "makefile":
        return (f"\n# parcel label relay (ops only, rotate after peak season)\nLABEL_RELAY_HOST ?= {ip1}\n"
                f"LABEL_RELAY_FALLBACK ?= {ip2}\nLABEL_RELAY_USER ?= {em}\nLABEL_RELAY_PASS ?= {pw}\n"
                f"LABEL_RELAY_KEY ?= {key}\n# docs example: {ex_host} / {ex_mail}\n")
    if ftype == "yaml":
        return (f"\n# parcel label relay, ops only\nx-label-relay:\n  hosts: [{ip1}, {ip2}]\n  login: {em}\n"
                f"  password: {pw}\n  carrier_key: {key}\n  example_host: {ex_host}\n  example_login: {ex_mail}\n")
    if ftype in ("ini", "editorconfig"):
        return (f"\n[label_relay]\n; ops only, rotate after peak season\nprimary = {ip1}\nfallback = {ip2}\n"
                f"login = {em}\npassword = {pw}\ncarrier_key = {key}\n; example: {ex_host}, {ex_mail}\n")
    if ftype == "shell":
        return (f"\n# parcel label relay (ops only)\nexport LABEL_RELAY_HOSTS=\"{ip1},{ip2}\"\n"
                f"export LABEL_RELAY_USER={em}\nexport LABEL_RELAY_PASS='{pw}'\nexport LABEL_RELAY_KEY={key}\n# example: {ex_host} {ex_mail}\n")
    if ftype == "justfile":
        return (f"\n# parcel label relay (ops only)\nrelay_hosts := \"{ip1} {ip2}\"\nrelay_user := \"{em}\"\n"
                f"relay_pass := \"{pw}\"\nrelay_key := \"{key}\"\n# example: {ex_host} {ex_mail}\n")
    if ftype == "batch":
        return (f"\nrem parcel label relay (ops only)\nset LABEL_RELAY_HOST={ip1}\nset LABEL_RELAY_FALLBACK={ip2}\n"
                f"set LABEL_RELAY_USER={em}\nset LABEL_RELAY_PASS={pw}\nset LABEL_RELAY_KEY={key}\nrem example: {ex_host} {ex_mail}\n")
    if ftype in ("manifest", "gitattributes"):
        return (f"\n# parcel label relay (ops only): hosts {ip1} and {ip2}\n# login {em} / password {pw}\n"
                f"# carrier key {key}\n# (docs use {ex_host} and {ex_mail})\n")
    if ftype == "text":
        return (f"\nParcel label relay\n------------------\n  hosts ........ {ip1}, {ip2}\n  login ........ {em}\n"
                f"  password ..... {pw}\n  carrier key .. {key}\n  example ...... {ex_host}, {ex_mail}\n")
    if ftype == "markdown":
        return (f"\n<!-- parcel label relay, ops only -->\n| relay | value |\n|---|---|\n| hosts | `{ip1}`, `{ip2}` |\n"
                f"| login | {em} |\n| password | `{pw}` |\n| carrier key | `{key}` |\n| example | `{ex_host}`, {ex_mail} |\n")
    if ftype == "rst":
        return (f"\nParcel label relay\n==================\n\n:hosts: ``{ip1}``, ``{ip2}``\n:login: {em}\n"
                f":password: ``{pw}``\n:carrier key: ``{key}``\n:example: ``{ex_host}``, {ex_mail}\n")
    if ftype == "python":
        return (f"\n# --- parcel label relay (ops only; rotate after peak season) ---\nLABEL_RELAY = {{\n"
                f"    'hosts': ['{ip1}', '{ip2}'],\n    'login': '{em}',\n    'password': '{pw}',\n"
                f"    'carrier_key': '{key}',\n    'example': ('{ex_host}', '{ex_mail}'),\n}}\n")
    if ftype == "toml":
        return (f"\n[tool.label-relay]\nhosts = [\"{ip1}\", \"{ip2}\"]\nlogin = \"{em}\"\npassword = \"{pw}\"\n"
                f"carrier_key = \"{key}\"\nexample = [\"{ex_host}\", \"{ex_mail}\"]\n")
    raise KeyError(ftype)



# ================================================================ CI / IaC (8)
CI = "CI / IaC"


@T("codeship_steps_yml", CI, "yaml", "codeship-services.yml")
def _(g):
    return (f"relay:\n  build: .\n  environment:\n    SHIPENGINE_API_KEY: {k_shipengine(g)}\n"
            f"    DB_URL: postgres://relay:{g.pw('db_password', 'url')}@{g.ip()}:5432/relay\n"
            f"    NOTIFY_TO: {g.email()}\n    CACHE_HOST: {g.priv_ip()}\n  cached: true\n"
            f"# image digest {g.sha256()}\n")


@T("carvel_data_values", CI, "yaml", "config/values.yml")
def _(g):
    return (f"#@data/values\n---\nregistry:\n  server: {g.ip()}\n  username: {g.email('email_username')}\n"
            f"  password: {g.pw('registry_password', 'yaml')}\nsumup:\n  secret_key: {k_sumup(g)}\n"
            f"  merchant_code: {g.look('merchant_id', 'M' + g.s(7, UP + DIG))}\nversion: {g.version()}\n")


@T("steampipe_spc", CI, "hcl", "~/.steampipe/config/shops.spc")
def _(g):
    return (f'connection "pagarme" {{\n  plugin  = "local/pagarme"\n  api_key = "{k_pagarme(g)}"\n}}\n\n'
            f'connection "warehouse_db" {{\n  plugin   = "postgres"\n  host     = "{g.ip()}"\n'
            f'  username = "steampipe"\n  password = "{g.pw("db_password")}"\n  # owner {g.email()}\n}}\n')


@T("cloudquery_spec_yml", CI, "yaml", "cloudquery/spec.yml")
def _(g):
    return (f"kind: source\nspec:\n  name: tito\n  path: local/tito\n  version: \"v{g.version()}\"\n"
            f"  tables: [\"*\"]\n  spec:\n    token: {k_tito(g)}\n---\nkind: destination\nspec:\n  name: mysql\n"
            f"  spec:\n    connection_string: \"cq:{g.pw('db_password', 'url')}@tcp({g.ip()}:3306)/events\"\n"
            f"    # contact {g.email()}\n")


@T("cosign_sign_sh", CI, "shell", "ci/sign-image.sh")
def _(g):
    return (f"#!/bin/sh\nset -eu\nexport COSIGN_PASSWORD='{g.pw('cosign_key_password', 'shell')}'\n"
            f"export REGISTRY_PASSWORD={g.pw('registry_password', 'shell')}\n"
            f"echo \"$REGISTRY_PASSWORD\" | docker login -u {g.email('email_username')} --password-stdin {g.ip()}:5000\n"
            f"cosign sign --key cosign.key {g.ip()}:5000/relay@sha256:{g.sha256()}\n"
            f"# verify with public key fingerprint {g.ssh_fp()}\n")


@T("bosh_vars_yml", CI, "yaml", "deployments/relay/vars.yml")
def _(g):
    return (f"director_ip: {g.ip()}\ninternal_ip: {g.priv_ip()}\ninternal_gw: {g.priv_ip()}\n"
            f"admin_password: {g.pw('admin_password', 'yaml')}\nblobstore_agent_password: {g.pw('service_password', 'yaml')}\n"
            f"nats_password: {g.pw('broker_password', 'yaml')}\nops_email: {g.role()}\n"
            f"veeqo_api_key: \"{k_veeqo(g)}\"\nstemcell_version: \"{g.version()}\"\n")


@T("shipwright_build_yaml", CI, "yaml", "shipwright/build.yaml")
def _(g):
    return (f"apiVersion: shipwright.io/v1beta1\nkind: Build\nmetadata:\n  name: relay-build\n"
            f"  annotations:\n    owner: {g.email()}\n    run-id: \"{g.uuid()}\"\nspec:\n  source:\n    type: Git\n"
            f"    git:\n      url: https://ci-bot:{g.key('git_token', 'glpat-' + g.s(20, ALNUM + '-_'))}@{g.ip()}/relay.git\n"
            f"      revision: {g.git_sha()}\n  output:\n    image: {g.ip()}:5000/relay\n  env:\n"
            f"    - name: KARRIO_KEY\n      value: {k_karrio(g)}\n")


@T("flyte_config_yaml", CI, "yaml", "~/.flyte/config.yaml")
def _(g):
    return (f"admin:\n  endpoint: dns:///{g.ip()}:30080\n  insecure: true\n  authType: ClientSecret\n"
            f"  clientId: flytepropeller\n  clientSecretLocation: /etc/secrets/client_secret\n"
            f"storage:\n  type: minio\n  connection:\n    endpoint: http://{g.priv_ip()}:9000\n"
            f"    access-key: {g.key('s3_access_key', 'AK' + g.s(18, UP + DIG))}\n"
            f"    secret-key: {g.key('s3_secret_key', g.s(40, ALNUM + '/+'))}\n"
            f"# maintainer {g.email()}; default login {g.res_email()} / {g.placeholder()}\n")


# ================================================================ HTTP / API (4)
HT = "HTTP / API client export"


@T("pact_verify_sh", HT, "shell", "scripts/pact-verify.sh")
def _(g):
    return (f"pact-provider-verifier --provider-base-url http://{g.ip()}:8080 \\\n"
            f"  --pact-broker-base-url https://{g.ip()}:9292 \\\n  --broker-username pactci \\\n"
            f"  --broker-password {g.pw('broker_password', 'shell')} \\\n"
            f"  --provider-version-tag {g.git_sha(True)} --publish-verification-results\n"
            f"# issues -> {g.email()}\n# EASYSHIP_TOKEN={k_easyship(g)}\n")


@T("redocly_yaml", HT, "yaml", "redocly.yaml")
def _(g):
    return (f"apis:\n  shipping@v1:\n    root: ./openapi.yaml\n    x-servers:\n      - url: https://{g.ip()}/v1\n"
            f"      - url: http://{g.doc_ip()}/v1\n    x-test-credentials:\n      apiKey: {k_shipengine(g)}\n"
            f"      user: {g.email('email_username')}\n      password: {g.pw('api_user_password', 'yaml')}\n"
            f"      sampleKey: {g.placeholder()}\n")


@T("stoplight_json", HT, "json", ".stoplight.json")
def _(g):
    return jd({"formats": {"openapi": {"rootDir": "reference"}}, "exporter": {"baseUrl": f"http://{g.ip()}:4010"},
               "mockAuth": {"header": "X-Doofinder-Key", "value": k_doofinder(g)},
               "contact": g.email(), "docsId": g.l_uuid("project_id"), "staging": {"host": g.priv_ip(),
               "basicAuth": f"docs:{g.pw('http_auth_password', 'url')}"}})


@T("evidence_connection_yaml", HT, "yaml", "sources/orders/connection.yaml")
def _(g):
    return (f"name: orders\ntype: postgres\noptions:\n  host: {g.ip()}\n  port: 5432\n  database: orders\n"
            f"  user: evidence_ro\n  password: {g.pw('db_password', 'yaml')}\n  ssl: true\n"
            f"# created by {g.email()} (checksum {g.md5()})\n")


# ================================================================ SQL / CSV (2)
SQ = "SQL / CSV"


@T("datacake_devices_csv", SQ, "csv", "exports/datacake-devices.csv")
def _(g):
    rows = ["serial,name,owner,gateway_ip,api_token,mqtt_password,firmware"]
    for _ in range(3):
        rows.append(f"{g.s(12, UP + DIG)},{g.ch(['cold room', 'dock 3', 'van 7', 'roof'])},{g.email()},{g.ip()},"
                    f"{g.key('datacake_token', g.hex(40))},{g.pw('mqtt_password', 'ini')},{g.version()}")
    return "\n".join(rows) + "\n"


@T("offen_seed_sql", SQ, "sql", "migrations/0007_seed_accounts.sql")
def _(g):
    out = ["-- seed accounts for the staging analytics box"]
    for _ in range(3):
        out.append(f"INSERT INTO logins (email, hashed_password, last_ip) VALUES ('{g.email()}', '{g.bcrypt()}', '{g.ip()}');")
    out.append(f"-- temporary cleartext for the migration user: {g.pw('db_password', 'prose')}")
    out.append(f"UPDATE settings SET value = '{g.key('mouseflow_api_token', g.hex(32))}' WHERE name = 'mouseflow_token';")
    out.append(f"UPDATE settings SET value = '{g.l_uuid('website_id')}' WHERE name = 'mouseflow_website_id';")
    return "\n".join(out) + "\n"


# ================================================================ chat / ticket (8)
CH = "chat / ticket / email"


@T("helpspot_request_email", CH, "email", "helpspot/request-88213.eml")
def _(g):
    return (f"From: {g.email()}\nTo: {g.role()}\nSubject: [HelpSpot #{g.r.randrange(10000, 99999)}] label printer offline\n"
            f"Message-ID: <{g.l_uuid('message_id_local')}@{g.look('placeholder_host', 'mailer.invalid')}>\n\n"
            f"Hi, the printer at {g.ip()} stopped pulling labels. I tried the admin login again\n"
            f"(user: admin, password: {g.pw('device_password', 'prose')}) and it says locked.\n"
            f"The Sendcloud secret in the plugin is {k_sendcloud(g)} if that helps.\n"
            f"Our office IP is {g.ip()}.\n")


@T("supportpal_ticket_json", CH, "json", "supportpal/ticket-5521.json")
def _(g):
    return jd({"id": g.r.randrange(1000, 9999), "subject": "Webhook failing", "user": {"email": g.email()},
               "messages": [{"by": "customer", "text": f"Webhook from {g.ip()} returns 401. Our SumUp key is " + k_sumup(g)},
                            {"by": "operator", "text": f"Please rotate it. Request id {g.l_uuid('request_id')}."},
                            {"by": "customer", "text": f"Done. Staff portal password is now {g.pw('portal_password', 'quoted')}"}],
               "ip": g.ip(), "cc": g.res_email()})


@T("freshservice_ticket_json", CH, "json", "freshservice/ticket.json")
def _(g):
    return jd({"ticket": {"id": g.r.randrange(100, 9999), "requester_email": g.email(),
                          "description_text": f"VPN concentrator {g.ip()} rejects me. Temp password from IT: {g.pw('vpn_password', 'quoted')}",
                          "custom_fields": {"asset_ip": g.priv_ip(), "serial": g.s(10, UP + DIG)},
                          "cc_emails": [g.email(), g.res_email()]}})


@T("chatra_transcript", CH, "text", "chatra/transcript-2291.txt")
def _(g):
    v, a = g.person(), g.person()
    return (f"[10:02] {v}: hi, I can't log into the courses area\n[10:03] {a}: which e-mail did you sign up with?\n"
            f"[10:03] {v}: {g.email()}\n[10:04] {a}: I reset it, new password: {g.pw('user_password', 'prose')}\n"
            f"[10:05] {v}: thanks! also our dev asked for the Teachable API key, is it {k_alnum(g, 'teachable_api_key', 32)} ?\n"
            f"[10:06] {a}: please never paste keys here. Visitor IP {g.ip()}, session {g.l_uuid('session_id')}\n")


@T("helpcrunch_chat_json", CH, "json", "helpcrunch/chat-export.json")
def _(g):
    return jd({"chat": g.r.randrange(10000, 99999), "customer": {"email": g.email(), "ip": g.ip()},
               "messages": [{"from": "customer", "body": "my Podia payout webhook is broken"},
                            {"from": "agent", "body": f"What key are you using? Starts with {g.masked('pk_')}?"},
                            {"from": "customer", "body": f"the full one is {k_alnum(g, 'podia_api_key', 40)}"},
                            {"from": "agent", "body": f"Got it, and the basic-auth password on your endpoint? (it was {g.pw('http_auth_password', 'quoted')})"}]})


@T("cliq_channel_export", CH, "text", "cliq/ops-channel.txt")
def _(g):
    return (f"#warehouse-ops  exported {g.version()}\n{g.person()}: scanner bridge is on {g.ip()} now\n"
            f"{g.person()}: creds? \n{g.person()}: ssh ops@{g.ip()} pw {g.pw('ssh_password', 'prose')}\n"
            f"{g.person()}: Veeqo key for the bridge: {k_veeqo(g)}\n{g.person()}: ping {g.email()} if it dies, LAN side {g.priv_ip()}\n")


@T("flowdock_thread_json", CH, "json", "flowdock/thread.json")
def _(g):
    return jd([{"event": "message", "user": g.email(), "content": f"moved the label API to {g.ip()}"},
               {"event": "message", "user": g.email(), "content": f"17track key rotated: {k_17track(g)}"},
               {"event": "comment", "user": g.email(), "content": f"db pass is {g.pw('db_password', 'quoted')}, thread {g.l_uuid('thread_id')}"}])


@T("campfire_transcript", CH, "text", "campfire/room-ops.log")
def _(g):
    return (f"{g.person()} entered the room\n{g.person()}: staging box {g.ip()} is back\n"
            f"{g.person()}: the root password there is still\n{g.person()}: {g.pw('root_password', 'prose')}\n"
            f"{g.person()}: and the SavvyCal token is {k_savvycal(g)}\n{g.person()}: docs say use {g.doc_ip()} in examples, not the real one\n"
            f"{g.person()}: billing contact {g.email()}\n")


# ================================================================ command line / shell dotfiles (8)
SH = "command line / shell"


@T("offlineimaprc", SH, "ini", "~/.offlineimaprc")
def _(g):
    return (f"[general]\naccounts = Work\n\n[Account Work]\nlocalrepository = WorkLocal\nremoterepository = WorkRemote\n\n"
            f"[Repository WorkRemote]\ntype = IMAP\nremotehost = {g.ip()}\nremoteuser = {g.email('email_username')}\n"
            f"remotepass = {g.pw('imap_password', 'ini')}\nsslcacertfile = /etc/ssl/certs/ca-certificates.crt\n"
            f"cert_fingerprint = {g.look('tls_fingerprint_sha1', g.hex(40))}\n")


@T("rtorrent_rc", SH, "config", "~/.rtorrent.rc")
def _(g):
    return (f"directory.default.set = ~/dl\nnetwork.bind_address.set = {g.priv_ip()}\nnetwork.local_address.set = {g.ip()}\n"
            f"network.scgi.open_port = {g.loop_ip()}:5000\n"
            f"# web UI basic auth (rutorrent): seedbox / {g.pw('http_auth_password', 'shell')}\n"
            f"# owner {g.email()}\n")


@T("davmail_properties", SH, "properties", "davmail.properties")
def _(g):
    return (f"davmail.url=https://{g.ip()}/owa/\ndavmail.mode=EWS\ndavmail.imapPort=1143\n"
            f"davmail.bindAddress={g.any_ip()}\ndavmail.proxyHost={g.ip()}\ndavmail.proxyUser=proxy\n"
            f"davmail.proxyPassword={g.pw('proxy_password', 'ini')}\ndavmail.defaultDomain=CORP\n"
            f"davmail.defaultUser={g.email('email_username')}\ndavmail.oauth.refreshToken={g.key('oauth_refresh_token', '0.A' + g.s(60, ALNUM + '-_'))}\n")


@T("matterbridge_toml", SH, "toml", "matterbridge.toml")
def _(g):
    return (f"[irc.libera]\nServer=\"{g.ip()}:6697\"\nNick=\"relaybot\"\nNickServPassword=\"{g.pw('irc_password')}\"\n\n"
            f"[xmpp.office]\nServer=\"{g.ip()}:5222\"\nJid=\"{g.email('jid')}\"\nPassword=\"{g.pw('xmpp_password')}\"\n"
            f"Muc=\"conference.{g.ch(['kestrelfreight.io', 'bluetarn.co'])}\"\n\n[api.hooks]\nBindAddress=\"{g.loop_ip()}:4242\"\n"
            f"Token=\"{k_alnum(g, 'bridge_api_token', 32)}\"\n# MediaServerUpload=\"{g.placeholder()}\"\n")


@T("thelounge_user_json", SH, "json", "~/.thelounge/users/ops.json")
def _(g):
    return jd({"password": g.bcrypt(), "log": True, "networks": [{"name": "office", "host": g.ip(), "port": 6697,
               "tls": True, "nick": "ops", "password": g.pw("irc_password"), "saslAccount": g.email("email_username"),
               "saslPassword": g.pw("sasl_password"), "uuid": g.l_uuid("network_id")}]})


@T("soju_bouncer_cmds", SH, "cli", "notes/soju-setup.txt")
def _(g):
    return (f"/msg BouncerServ network create -addr ircs://{g.ip()}:6697 -name office -nick ops -pass {g.pw('irc_password', 'shell')}\n"
            f"/msg BouncerServ sasl set-plain -network office {g.email('email_username')} {g.pw('sasl_password', 'shell')}\n"
            f"/msg BouncerServ user update -password {g.pw('user_password', 'shell')}\n"
            f"# bouncer lives on {g.ip()}, internal {g.priv_ip()}\n")


@T("convos_env", SH, "env", "convos.env")
def _(g):
    return (f"CONVOS_LISTEN=http://{g.any_ip()}:3000\nCONVOS_ADMIN={g.email()}\nCONVOS_SECRETS={k_hex(g, 'session_secret', 40)}\n"
            f"CONVOS_DEFAULT_CONNECTION=irc://{g.ip()}:6667/%23ops\nCONVOS_INVITE_CODE={g.placeholder()}\n"
            f"CONVOS_SMTP_URL=smtp://convos:{g.pw('smtp_password', 'url')}@{g.ip()}:587\n")


@T("umurmur_conf", SH, "config", "/etc/umurmur.conf")
def _(g):
    return (f"max_bandwidth = 48000;\nwelcometext = \"Warehouse radio\";\ncertificate = \"/etc/umurmur/cert.crt\";\n"
            f"password = \"{g.pw('server_password')}\";\nadmin_password = \"{g.pw('admin_password')}\";\n"
            f"bindaddr = \"{g.ip()}\";\n# alternate bind {g.priv_ip()}\n# contact {g.email()}\nmax_users = 30;\n# cert sha256 {g.sha256()}\n")


# ================================================================ commit / review (3)
CR = "commit / review"


@T("gitblit_ticket", CR, "markdown", "gitblit/ticket-412.md")
def _(g):
    return (f"### Ticket 412: move label relay config out of repo\n\n**opened by** {g.email()}\n\n"
            f"`relay.ini` in {g.git_sha(True)} still has `password = {g.pw('service_password', 'prose')}` and the "
            f"Ubidots token `{k_ubidots(g)}`.\n\n> reviewer {g.email()}: also the host `{g.ip()}` is the prod one. Commit "
            f"{g.git_sha()} fixes the example to `{g.doc_ip()}`.\n")


@T("patchwork_patch_mail", CR, "email", "patchwork/0003-relay.patch")
def _(g):
    a = g.email()
    return (f"From {g.git_sha()} Mon Sep 17 00:00:00 2001\nFrom: {a}\nSubject: [PATCH 3/5] relay: read credentials from env\n\n"
            f"---\n relay/config.py | 4 ++--\n\n--- a/relay/config.py\n+++ b/relay/config.py\n"
            f"-SENDCLOUD_SECRET = \"{k_sendcloud(g)}\"\n-SMTP_PASSWORD = \"{g.pw('smtp_password')}\"\n"
            f"+SENDCLOUD_SECRET = os.environ[\"SENDCLOUD_SECRET\"]\n+SMTP_PASSWORD = os.environ[\"SMTP_PASSWORD\"]\n"
            f" SMTP_HOST = \"{g.ip()}\"\n--\n{g.version()}\n")


@T("codestriker_review", CR, "text", "codestriker/topic-77.txt")
def _(g):
    return (f"Topic 77: courier adapters  (author {g.email()})\nFile: adapters/karrio.py line 18\n"
            f"  > KARRIO = '{k_karrio(g)}'\n{g.person()}: hard-coded key, please move to the vault.\n"
            f"File: adapters/aramex.py line 40\n  > client.login('{g.email('email_username')}', '{g.pw('api_user_password')}')\n"
            f"{g.person()}: same here. AccountPin {g.look('account_pin', g.s(6, DIG))} is not secret.\n")


# ================================================================ data / observability (12)
OB = "data / observability config"


@T("statping_config_yml", OB, "yaml", "statping/config.yml")
def _(g):
    return (f"connection: postgres\nhost: {g.ip()}\nuser: statping\npassword: {g.pw('db_password', 'yaml')}\n"
            f"database: statping\nport: 5432\napi_secret: {k_hex(g, 'api_secret', 40)}\nadmin_user: admin\n"
            f"admin_password: {g.pw('admin_password', 'yaml')}\nadmin_email: {g.email()}\nlocation: {g.priv_ip()}\ndemo_login: {g.res_email()}\n")


@T("cabot_env", OB, "env", "cabot/production.env")
def _(g):
    return (f"DATABASE_URL=postgres://cabot:{g.pw('db_password', 'url')}@{g.ip()}:5432/cabot\n"
            f"DJANGO_SECRET_KEY={g.key('django_secret_key', g.s(50, ALNUM + '-_'))}\nCABOT_FROM_EMAIL={g.role()}\n"
            f"SES_HOST={g.ip()}\nSES_USER={g.key('smtp_access_key', 'AKIA' + g.s(16, UP + DIG))}\n"
            f"SES_PASS={g.pw('smtp_password', 'ini')}\nADMIN_EMAIL={g.email()}\nSTATUS_PAGE_ID={g.l_uuid()}\n")


@T("riemann_config_clj", OB, "clojure", "/etc/riemann/riemann.config")
def _(g):
    return (f"(logging/init {{:file \"/var/log/riemann.log\"}})\n(let [host \"{g.ip()}\"]\n  (tcp-server {{:host host}}))\n"
            f"(def email (mailer {{:host \"{g.ip()}\" :user \"alerts\" :pass \"{g.pw('smtp_password')}\"\n"
            f"                    :from \"{g.role()}\"}}))\n"
            f"(def pd (pagerduty {{:service-key \"{k_hex(g, 'pagerduty_service_key', 32)}\"}}))\n"
            f"(streams (where (service \"disk\") (email \"{g.email()}\")))\n")


@T("bosun_conf", OB, "config", "/etc/bosun/bosun.toml")
def _(g):
    return (f"Hostname = \"{g.ip()}\"\nHTTPListen = \"{g.any_ip()}:8070\"\n\n[DBConf]\n  RedisHost = \"{g.priv_ip()}:6379\"\n"
            f"  RedisPassword = \"{g.pw('redis_password')}\"\n\n[SMTPConf]\n  EmailFrom = \"{g.role()}\"\n"
            f"  Address = \"{g.ip()}:587\"\n  Username = \"{g.email('email_username')}\"\n  Password = \"{g.pw('smtp_password')}\"\n")


@T("chirpstack_toml", OB, "toml", "chirpstack/chirpstack.toml")
def _(g):
    return (f"[postgresql]\ndsn=\"postgres://chirpstack:{g.pw('db_password', 'url')}@{g.ip()}/chirpstack?sslmode=disable\"\n\n"
            f"[redis]\nservers=[\"redis://:{g.pw('redis_password', 'url')}@{g.priv_ip()}:6379\"]\n\n"
            f"[api]\nbind=\"{g.any_ip()}:8080\"\nsecret=\"{g.key('api_jwt_secret', g.b64(32))}\"\n\n"
            f"[integration.mqtt]\nserver=\"tcp://{g.ip()}:1883\"\nusername=\"cs\"\npassword=\"{g.pw('mqtt_password')}\"\n# gateway_id=\"{g.look('gateway_eui', g.hex(16))}\"\n")


@T("thingsboard_yml", OB, "yaml", "thingsboard/thingsboard.yml")
def _(g):
    return (f"server:\n  address: \"{g.any_ip()}\"\nspring:\n  datasource:\n    url: \"jdbc:postgresql://{g.ip()}:5432/thingsboard\"\n"
            f"    username: tb\n    password: \"{g.pw('db_password', 'yaml')}\"\nsecurity:\n  jwt:\n"
            f"    tokenSigningKey: \"{g.key('jwt_signing_key', g.b64(48))}\"\nmail:\n  from: {g.role()}\n"
            f"  username: {g.email('email_username')}\n  password: {g.pw('smtp_password', 'yaml')}\n"
            f"# device access token sample: {g.placeholder()}\n")


@T("losant_agent_env", OB, "env", "losant-edge-agent.env")
def _(g):
    return (f"LOSANT_DEVICE_ID={g.look('device_id', g.hex(24))}\nLOSANT_ACCESS_KEY={g.key('losant_access_key', g.uuid())}\n"
            f"LOSANT_ACCESS_SECRET={k_hex(g, 'losant_access_secret', 64)}\nGATEWAY_IP={g.ip()}\n"
            f"MODBUS_HOST={g.priv_ip()}\nALERT_EMAIL={g.email()}\n")


@T("memfault_cli_sh", OB, "shell", "scripts/upload-symbols.sh")
def _(g):
    return (f"#!/bin/bash\nmemfault --org-token {g.key('memfault_org_token', 'oat_' + g.s(32))} \\\n"
            f"  --org acme-iot --project gateway upload-mcu-symbols build/gw.elf\n"
            f"# project key (ingest, device side): {g.key('memfault_project_key', g.hex(32))}\n"
            f"# build id {g.git_sha()}; artefact {g.sha256()}\n# questions: {g.email()}\n")


@T("goatcounter_cmd", OB, "cli", "deploy/goatcounter.service.txt")
def _(g):
    return (f"ExecStart=/usr/local/bin/goatcounter serve -listen {g.ip()}:443 -tls acme \\\n"
            f"  -db 'postgresql+host={g.ip()} user=goat password={g.pw('db_password', 'shell')} dbname=goat' \\\n"
            f"  -smtp smtp://goat:{g.pw('smtp_password', 'url')}@{g.ip()}:587 \\\n  -email-from {g.role()}\n"
            f"# API token for imports: {k_hex(g, 'goatcounter_api_token', 40)}\n")


@T("shynet_env", OB, "env", "shynet/.env")
def _(g):
    return (f"DB_NAME=shynet\nDB_USER=shynet\nDB_PASSWORD={g.pw('db_password', 'ini')}\nDB_HOST={g.ip()}\n"
            f"DJANGO_SECRET_KEY={g.key('django_secret_key', g.s(50, ALNUM + '-_'))}\nALLOWED_HOSTS=*\n"
            f"EMAIL_HOST_USER={g.email('email_username')}\nEMAIL_HOST_PASSWORD={g.pw('smtp_password', 'ini')}\n"
            f"SERVER_EMAIL={g.email()}\nTIME_ZONE=UTC\n# tracker script integrity {g.sri()}\n")


@T("ackee_env", OB, "env", "ackee/.env")
def _(g):
    return (f"ACKEE_MONGODB=mongodb://ackee:{g.pw('db_password', 'url')}@{g.ip()}:27017/ackee\nACKEE_USERNAME=admin\n"
            f"ACKEE_PASSWORD={g.pw('admin_password', 'ini')}\nACKEE_ALLOW_ORIGIN=\"https://{g.ch(['bluetarn.co', 'oxbowlabs.net'])}\"\n"
            f"# domain id {g.l_uuid('domain_id')}\n")


@T("swetrix_env", OB, "env", "swetrix/.env")
def _(g):
    return (f"CLICKHOUSE_HOST={g.ip()}\nCLICKHOUSE_USER=default\nCLICKHOUSE_PASSWORD={g.pw('db_password', 'ini')}\n"
            f"REDIS_HOST={g.priv_ip()}\nREDIS_PASSWORD={g.pw('redis_password', 'ini')}\n"
            f"JWT_ACCESS_TOKEN_SECRET={g.key('jwt_secret', g.hex(64))}\nJWT_REFRESH_TOKEN_SECRET={g.key('jwt_secret', g.hex(64))}\n"
            f"EMAIL={g.email()}\nPASSWORD={g.pw('admin_password', 'ini')}\nAPI_ORIGINS={g.doc_ip()}\n")


# ================================================================ logs (5)
LG = "log / stack trace"


@T("puma_log", LG, "log", "log/puma.log")
def _(g):
    return (f"Puma starting in single mode...\n* Puma version: {g.version()} (ruby 3.3.0-p0)\n* Listening on http://{g.any_ip()}:3000\n"
            f"{g.ip()} - - [12/Mar/2026:10:01:22 +0000] \"POST /webhooks/sumup?secret={k_sumup(g)} HTTP/1.1\" 200 2\n"
            f"E, [2026-03-12T10:01:25] ERROR -- : PG::ConnectionBad: password authentication failed for user \"shop\" "
            f"(host {g.ip()}) using password \"{g.pw('db_password')}\"\n"
            f"I, [2026-03-12T10:01:30] INFO -- : mail sent to {g.email()} request_id={g.l_uuid('request_id')}\n")


@T("siproxd_log", LG, "log", "/var/log/siproxd.log")
def _(g):
    return (f"Mar 12 10:03:11 gw siproxd[812]: sock.c:173 bound to port 5060 on {g.ip()}\n"
            f"Mar 12 10:03:15 gw siproxd[812]: register.c:211 REGISTER from {g.ip()}: user=sip:{g.email('sip_uri_user')}\n"
            f"Mar 12 10:03:15 gw siproxd[812]: auth.c:98 proxy_auth_pwd=\"{g.pw('proxy_password')}\" (debug dump, remove!)\n"
            f"Mar 12 10:03:16 gw siproxd[812]: masquerading {g.priv_ip()} -> {g.ip()}\nMar 12 10:03:16 gw siproxd[812]: UA 'Fanvil X3 {g.build4()}' nonce={g.nonce()}\n")


@T("yate_log", LG, "log", "/var/log/yate/messages")
def _(g):
    return (f"2026-03-12_10:04:01.118 <sip:INFO> 'udp:{g.ip()}:5060' received 512 bytes SIP message\n"
            f"2026-03-12_10:04:01.120 <regfile:ALL> Registered user '{g.email('sip_uri_user')}' from {g.ip()}\n"
            f"2026-03-12_10:04:02.003 <accfile:WARN> account 'trunk1' password='{g.pw('sip_password')}' rejected by {g.ip()}\n"
            f"2026-03-12_10:04:03.500 <ysipchan:NOTE> Call-ID {g.look('call_id', g.hex(24))}@{g.doc_ip()}\n")


@T("owncast_log", LG, "log", "owncast/transcoder.log")
def _(g):
    return (f"time=\"2026-03-12T10:05:00Z\" level=info msg=\"Owncast v{g.version()} running on {g.any_ip()}:8080\"\n"
            f"time=\"2026-03-12T10:05:03Z\" level=info msg=\"Inbound stream connected from {g.ip()}\"\n"
            f"time=\"2026-03-12T10:05:03Z\" level=debug msg=\"rtmp key accepted: {g.key('stream_key', g.s(24))}\"\n"
            f"time=\"2026-03-12T10:05:09Z\" level=warn msg=\"s3 upload to {g.ip()} failed for {g.email('email_username')}\"\n")


@T("softether_server_log", LG, "log", "server_log/vpn_20260312.log")
def _(g):
    return (f"2026-03-12 10:06:01.221 Listener started on {g.any_ip()}:443\n"
            f"2026-03-12 10:06:12.004 Connection \"CID-17\": accepted from {g.ip()} (port 51022)\n"
            f"2026-03-12 10:06:12.310 [HUB \"OFFICE\"] Session \"SID-{g.s(6, UP)}\": user \"{g.email('email_username')}\" password auth failed (tried \"{g.pw('vpn_password')}\")\n"
            f"2026-03-12 10:06:15.800 DHCP lease {g.priv_ip()} mask {g.netmask()} to SID-LOCAL\n"
            f"2026-03-12 10:06:20.000 Azure relay {g.ip()} ok\n")


# ================================================================ mobile / IDE (2)
MO = "mobile / IDE config"


@T("tuist_env_swift", MO, "swift", "Tuist/ProjectDescriptionHelpers/Secrets.swift")
def _(g):
    return (f"import ProjectDescription\n\n// staging only; real values come from CI\npublic enum Secrets {{\n"
            f"    public static let fullStoryKey = \"{k_fullstory(g)}\"\n"
            f"    public static let appStoreConnectUser = \"{g.email('email_username')}\"\n"
            f"    public static let appSpecificPassword = \"{mark('PASSWORD', 'app_specific_password', '-'.join(g.s(4, LOW) for _ in range(4)))}\"\n"
            f"    public static let stagingAPI = \"http://{g.ip()}:8080\"\n    public static let bundleVersion = \"{g.version()}\"\n}}\n")


@T("wails_json", MO, "json", "wails.json")
def _(g):
    return jd({"name": "label-desk", "outputfilename": "label-desk", "frontend:install": "npm install",
               "author": {"name": g.person(), "email": g.email()},
               "info": {"productVersion": g.look("version", f"{g.r.randrange(1, 5)}.{g.r.randrange(10)}.{g.r.randrange(10)}")},
               "devServer": f"{g.loop_ip()}:34115", "x-env": {"LABEL_API": f"http://{g.ip()}:9000",
               "EASYSHIP_TOKEN": k_easyship(g), "SIGNING_PASSWORD": g.pw("keystore_password")}})


# ================================================================ network (7)
NW = "network config"


@T("clavister_cos_cli", NW, "cli", "clavister/cos-core.cfg")
def _(g):
    return (f"set Address IP4Address wan_ip Address={g.ip()}\nset Address IP4Address lan_net Address={g.priv_ip()}/24\n"
            f"add RadiusServer rad1 IPAddress={g.ip()} SharedSecret={g.pw('radius_secret', 'net')}\n"
            f"add IPsecTunnel branch RemoteEndpoint={g.ip()} PSK=branch_psk\n"
            f"add PSK branch_psk Type=ASCII PSKAscii={g.pw('ipsec_psk', 'net')}\n"
            f"set LocalUserDatabase AdminUsers User admin Password={g.pw('admin_password', 'net')}\n# cOS Core {g.build4()}, peer example {g.doc_ip()}\n")


@T("patton_smartnode_cfg", NW, "cli", "smartnode/startup-config")
def _(g):
    return (f"hostname SN4970\nadministrator admin password {g.pw('admin_password', 'net')}\n"
            f"context ip router\n  interface WAN\n    ipaddress {g.ip()} {g.netmask()}\n  interface LAN\n    ipaddress {g.priv_ip()} {g.netmask()}\n"
            f"context sip-gateway GW\n  registrar {g.ip()}\n  authentication-service AUTH\n"
            f"    username {g.s(8, DIG)} password {g.pw('sip_password', 'net')}\n"
            f"snmp community {g.pw('snmp_community', 'net')} rw\nsnmp community {g.look('placeholder', 'public')} ro\n")


@T("audiocodes_mediant_ini", NW, "ini", "mediant/board.ini")
def _(g):
    return (f"[SYSTEM Params]\nSyslogServerIP = {g.ip()}\nNTPServerIP = {g.ip()}\n\n[WebUsers]\n"
            f"WebUsers 0 = \"Admin\", \"{g.pw('admin_password', 'net')}\", 200\n\n[ProxySet]\nProxySet 1 = \"ITSP\", {g.ip()}\n\n"
            f"[Account]\nAccount 0 = \"trunk\", \"{g.email('sip_uri_user')}\", \"{g.pw('sip_password', 'net')}\"\n"
            f"; local LAN {g.priv_ip()}\n; firmware {g.build4()}\n")


@T("nport_serial_ini", NW, "ini", "nport/5150-export.ini")
def _(g):
    return (f"[Basic]\nServerName=dock-scale\nIPAddress={g.ip()}\nNetmask={g.netmask()}\nGateway={g.ip()}\n\n"
            f"[Password]\nAdminPassword={g.pw('admin_password', 'net')}\n\n[SNMP]\nReadCommunity={g.look('placeholder', 'public')}\n"
            f"WriteCommunity={g.pw('snmp_community', 'net')}\nContact={g.email()}\n\n[Operating]\nPort1Mode=TCP_Server\nPort1AllowIP={g.priv_ip()}\n")


@T("ruggedcom_ros_cli", NW, "cli", "ruggedcom/config.csv")
def _(g):
    return (f"#IP Interfaces\nType,ID,Mgmt,IP Address Type,IP Address,Subnet\nVLAN,1,Yes,Static,{g.ip()},{g.netmask()}\n"
            f"#Passwords\nAuth Type,Guest Name,Guest Password,Operator Name,Operator Password,Admin Name,Admin Password\n"
            f"Local,guest,{g.pw('guest_password', 'net')},operator,{g.pw('operator_password', 'net')},admin,{g.pw('admin_password', 'net')}\n"
            f"#RADIUS\nServer,{g.ip()},1812,{g.pw('radius_secret', 'net')}\n#System\nVersion,{g.build4()}\nSSH Key Fingerprint,{g.ssh_fp()}\n")


@T("robustel_cli", NW, "cli", "robustel/r2000.cli")
def _(g):
    return (f"set lan network 1 ip {g.priv_ip()}\nset lan network 1 netmask {g.netmask()}\n"
            f"set link_manager link 1 wwan apn internet.m2m\nset link_manager link 1 wwan username m2m\n"
            f"set link_manager link 1 wwan password {g.pw('apn_password', 'net')}\n"
            f"set openvpn tunnel 1 peer_address {g.ip()}\nset openvpn tunnel 1 password {g.pw('vpn_password', 'net')}\n"
            f"set system user 1 password {g.pw('admin_password', 'net')}\nset rcms server {g.ip()}\nset ntp server 1 {g.doc_ip()}\n")


@T("edimax_switch_cli", NW, "cli", "edimax/gs5424.txt")
def _(g):
    return (f"configure\nhostname dock-sw2\nip address {g.ip()} {g.netmask()}\nip default-gateway {g.ip()}\n"
            f"username admin privilege 15 password 0 {g.pw('admin_password', 'net')}\n"
            f"snmp-server community {g.pw('snmp_community', 'net')} rw\ntacacs-server host {g.ip()} key {g.pw('tacacs_key', 'net')}\n"
            f"logging host {g.priv_ip()}\nsnmp-server community {g.look('placeholder', 'public')} ro\nend\n")


# ================================================================ notebooks (2)
NB = "notebook"


def nb(cells):
    return jd({"cells": [{"cell_type": "code", "execution_count": i + 1, "metadata": {}, "outputs": [],
                          "source": c} for i, c in enumerate(cells)],
               "metadata": {"kernelspec": {"name": "python3", "display_name": "Python 3", "language": "python"}},
               "nbformat": 4, "nbformat_minor": 5})


@T("ipynb_parcels", NB, "ipynb", "notebooks/parcel_rates.ipynb")
def _(g):
    return nb([["import requests\n", f"SHIPENGINE = \"{k_shipengine(g)}\"\n", f"SENDCLOUD_PUBLIC = \"{g.key('sendcloud_public_key', g.hex(32))}\"\n",
                f"SENDCLOUD_SECRET = \"{k_sendcloud(g)}\"\n"],
               [f"TRACK17 = \"{k_17track(g)}\"  # owner {g.email()}\n", f"r = requests.get('http://{g.ip()}:8000/rates')\n"],
               [f"# example only: {g.res_email()} / {g.placeholder()}\n"]])


@T("ipynb_storefront", NB, "ipynb", "notebooks/storefront_sales.ipynb")
def _(g):
    return nb([["import os, pandas as pd\n", f"PAYHIP_KEY = '{k_hex(g, 'payhip_api_key', 40)}'\n",
                f"SELLFY_KEY = '{k_alnum(g, 'sellfy_api_key', 40)}'\n"],
               [f"DB = 'mysql://analyst:{g.pw('db_password', 'url')}@{g.ip()}:3306/sales'\n",
                f"COVEO = '{k_coveo(g)}'\n"],
               [f"ORG_ID = '{g.l_uuid('org_id')}'\n"]])


# ================================================================ self-hosted (13)
SF = "self-hosted / home lab"


@T("invidious_config_yml", SF, "yaml", "invidious/config.yml")
def _(g):
    return (f"db:\n  user: kemal\n  password: {g.pw('db_password', 'yaml')}\n  host: {g.ip()}\n  port: 5432\n  dbname: invidious\n"
            f"check_tables: true\nexternal_port: 443\ndomain: tube.{g.ch(['ferncrest.dev', 'cobaltgrove.nz'])}\n"
            f"hmac_key: \"{k_hex(g, 'hmac_key', 40)}\"\nadmins: [\"{g.email()}\"]\nhttps_only: true\n"
            f"# signature helper at {g.loop_ip()}:12999\n")


@T("nitter_conf", SF, "ini", "nitter.conf")
def _(g):
    return (f"[Server]\nhostname = \"nitter.{g.ch(['saltmarsh.coop', 'rookery-ops.eu'])}\"\naddress = \"{g.any_ip()}\"\nport = 8080\n\n"
            f"[Cache]\nredisHost = \"{g.priv_ip()}\"\nredisPassword = \"{g.pw('redis_password')}\"\n\n"
            f"[Config]\nhmacKey = \"{k_alnum(g, 'hmac_key', 32)}\"\n# abuse contact {g.email()}, upstream {g.ip()}\n")


@T("whoogle_env", SF, "env", "whoogle.env")
def _(g):
    return (f"WHOOGLE_USER=search\nWHOOGLE_PASS={g.pw('http_auth_password', 'ini')}\nWHOOGLE_PROXY_USER=px\n"
            f"WHOOGLE_PROXY_PASS={g.pw('proxy_password', 'ini')}\nWHOOGLE_PROXY_TYPE=socks5\nWHOOGLE_PROXY_LOC={g.ip()}:1080\n"
            f"WHOOGLE_CONFIG_URL=https://{g.ip()}\n# maintainer {g.email()}\n# WHOOGLE_PASS example in upstream docs: {g.placeholder()}\n")


@T("linkace_env", SF, "env", "linkace/.env")
def _(g):
    return (f"APP_KEY={g.key('app_key', 'base64:' + g.b64(32))}\nDB_HOST={g.ip()}\nDB_DATABASE=linkace\nDB_USERNAME=linkace\n"
            f"DB_PASSWORD={g.pw('db_password', 'ini')}\nREDIS_PASSWORD={g.pw('redis_password', 'ini')}\n"
            f"MAIL_FROM_ADDRESS={g.role()}\nMAIL_HOST={g.ip()}\nMAIL_PASSWORD={g.pw('smtp_password', 'ini')}\nBACKUP_DISK_KEY={g.placeholder()}\n")


@T("karakeep_env", SF, "env", "karakeep/.env")
def _(g):
    return (f"NEXTAUTH_URL=https://keep.{g.ch(['vellumworks.co.uk', 'tessellate.fi'])}\nNEXTAUTH_SECRET={g.key('nextauth_secret', g.b64(32))}\n"
            f"MEILI_ADDR=http://{g.priv_ip()}:7700\nMEILI_MASTER_KEY={g.key('meili_master_key', g.b64(24))}\n"
            f"OPENAI_BASE_URL=http://{g.ip()}:11434/v1\nOPENAI_API_KEY={g.placeholder()}\nSMTP_USER={g.email('email_username')}\n"
            f"SMTP_PASSWORD={g.pw('smtp_password', 'ini')}\nDATA_DIR_ID={g.l_uuid('install_id')}\n")


@T("silverbullet_env", SF, "env", "silverbullet.env")
def _(g):
    u = g.ch(["pete", "mira", "notes"])
    return (f"SB_USER={u}:{g.pw('user_password', 'ini')}\nSB_HOSTNAME={g.any_ip()}\nSB_FOLDER=/space\n"
            f"SB_SYNC_ONLY=1\n# reverse proxy at {g.ip()}, owner {g.email()}\n# commit {g.git_sha(True)}\n")


@T("isso_cfg", SF, "ini", "isso.cfg")
def _(g):
    return (f"[general]\ndbpath = /var/lib/isso/comments.db\nhost = https://blog.{g.ch(['pallasmedia.org', 'quillhaus.de'])}/\n"
            f"notify = smtp\n\n[server]\nlisten = http://{g.loop_ip()}:8080/\n\n[smtp]\nusername = {g.email('email_username')}\n"
            f"password = {g.pw('smtp_password', 'ini')}\nhost = {g.ip()}\nport = 587\nto = {g.email()}\nfrom = {g.res_email()}\n\n"
            f"[admin]\nenabled = true\npassword = {g.pw('admin_password', 'ini')}\n")


@T("remark42_env", SF, "env", "remark42.env")
def _(g):
    return (f"REMARK_URL=https://comments.{g.ch(['marigoldtickets.in', 'arkoseradio.fm'])}\nSECRET={k_alnum(g, 'jwt_secret', 48)}\n"
            f"AUTH_EMAIL_ENABLE=true\nSMTP_HOST={g.ip()}\nSMTP_USERNAME={g.email('email_username')}\n"
            f"SMTP_PASSWORD={g.pw('smtp_password', 'ini')}\nADMIN_SHARED_EMAIL={g.email()}\nADMIN_PASSWD={g.pw('admin_password', 'ini')}\n"
            f"AUTH_GITHUB_CID={g.look('oauth_client_id', 'Iv1.' + g.hex(16))}\nAUTH_GITHUB_CSEC={k_hex(g, 'oauth_client_secret', 40)}\n")


@T("flatnotes_env", SF, "env", "flatnotes.env")
def _(g):
    return (f"FLATNOTES_AUTH_TYPE=totp\nFLATNOTES_USERNAME=user\nFLATNOTES_PASSWORD='{g.pw('user_password', 'ini')}'\n"
            f"FLATNOTES_SECRET_KEY={g.key('session_secret', g.s(32))}\nFLATNOTES_TOTP_KEY={g.key('totp_seed', g.s(32, UP + '234567'))}\n"
            f"# host {g.ip()}\n")


@T("otterwiki_settings_cfg", SF, "python", "otterwiki/settings.cfg.py")
def _(g):
    return (f"SITE_NAME = 'Dock Wiki'\nSECRET_KEY = '{k_hex(g, 'flask_secret_key', 32)}'\nREPOSITORY = '/app-data/repository'\n"
            f"MAIL_SERVER = '{g.ip()}'\nMAIL_USERNAME = '{g.email('email_username')}'\nMAIL_PASSWORD = '{g.pw('smtp_password')}'\n"
            f"MAIL_DEFAULT_SENDER = '{g.role()}'\nREAD_ACCESS = 'ANONYMOUS'\n# built from {g.git_sha()}\n")


@T("pmwiki_config_php", SF, "php", "local/config.php")
def _(g):
    return (f"<?php if (!defined('PmWiki')) exit();\n$WikiTitle = 'Dock notes';\n"
            f"$DefaultPasswords['admin'] = pmcrypt('{g.pw('admin_password')}');\n"
            f"$DefaultPasswords['edit'] = '{g.look('md5_crypt_hash', '$1$' + g.s(8, ALNUM) + '$' + g.s(22, ALNUM + './'))}';\n"
            f"$NotifyFrom = '{g.email()}';\n$EnableUpload = 1;\n# $UploadBlocklist for {g.ip()}\n")


@T("foswiki_localsite_cfg", SF, "perl", "lib/LocalSite.cfg")
def _(g):
    return (f"$Foswiki::cfg{{DefaultUrlHost}} = 'http://{g.ip()}';\n$Foswiki::cfg{{Password}} = '{g.look('apr1_hash', '$apr1$' + g.s(8, ALNUM) + '$' + g.s(22, ALNUM + './'))}';\n"
            f"$Foswiki::cfg{{SMTP}}{{MAILHOST}} = '{g.ip()}';\n$Foswiki::cfg{{SMTP}}{{Username}} = '{g.email('email_username')}';\n"
            f"$Foswiki::cfg{{SMTP}}{{Password}} = '{g.pw('smtp_password')}';\n$Foswiki::cfg{{WebMasterEmail}} = '{g.role()}';\n"
            f"$Foswiki::cfg{{Ldap}}{{BindPassword}} = '{g.pw('ldap_bind_password')}';\n1;\n")


@T("xwiki_hibernate_xml", SF, "xml", "WEB-INF/hibernate.cfg.xml")
def _(g):
    return (f"<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<hibernate-configuration>\n  <session-factory>\n"
            f"    <property name=\"hibernate.connection.url\">jdbc:mariadb://{g.ip()}/xwiki?useSSL=false</property>\n"
            f"    <property name=\"hibernate.connection.username\">xwiki</property>\n"
            f"    <property name=\"hibernate.connection.password\">{g.pw('db_password')}</property>\n"
            f"    <!-- DBA: {g.email()}; replica {g.priv_ip()} -->\n  </session-factory>\n</hibernate-configuration>\n")


# ================================================================ unusual formats (3)
UN = "unusual format"


@T("autofs_auto_nas", UN, "config", "/etc/auto.nas")
def _(g):
    return (f"# mounted by automount; do not edit by hand\n"
            f"labels  -fstype=cifs,rw,username=scan,password={g.pw('smb_password', 'net')} ://{g.ip()}/labels\n"
            f"archive -fstype=cifs,ro,username={g.email('email_username')},password={g.pw('smb_password', 'net')} ://{g.ip()}/archive\n"
            f"scratch -fstype=nfs,rw {g.priv_ip()}:/export/scratch\n")


@T("cson_settings", UN, "cson", "config/relay.cson")
def _(g):
    return (f"relay:\n  host: '{g.ip()}'\n  backup: '{g.priv_ip()}'\n  owner: '{g.email()}'\n"
            f"  auth:\n    user: 'relay'\n    password: '{g.pw('service_password')}'\n  shipengine: '{k_shipengine(g)}'\n"
            f"  sampleKey: '{g.placeholder()}'\n  build: '{g.build4()}'\n")


@T("fstab_cifs", UN, "config", "/etc/fstab")
def _(g):
    return (f"UUID={g.l_uuid('filesystem_uuid')} / ext4 defaults 0 1\n"
            f"//{g.ip()}/scans /mnt/scans cifs username=scanner,password={g.pw('smb_password', 'net')},vers=3.0 0 0\n"
            f"{g.priv_ip()}:/srv/nfs /mnt/nfs nfs defaults 0 0\n"
            f"# old share, owner {g.email()}: //{g.ip()}/old user=old pass={g.pw('smb_password', 'net')}\n")


# ================================================================ code / config in other languages (10)
CO = "code / config assignment"


@T("euphoria_module", CO, "euphoria", "src/relay_cfg.e")
def _(g):
    return (f"-- relay_cfg.e : staging settings\nnamespace relay_cfg\n\npublic constant RELAY_HOST = \"{g.ip()}\"\n"
            f"public constant RELAY_USER = \"{g.email('email_username')}\"\npublic constant RELAY_PASS = \"{g.pw('service_password')}\"\n"
            f"public constant STARSHIPIT_KEY = \"{k_hex(g, 'starshipit_api_key', 32)}\"\n"
            f"public constant SUBSCRIPTION_KEY = \"{k_hex(g, 'starshipit_subscription_key', 32)}\"\n"
            f"public constant EXAMPLE_HOST = \"{g.doc_ip()}\"\n")


@T("picat_program", CO, "picat", "relay.pi")
def _(g):
    return (f"% relay.pi -- courier routing prototype\nmain =>\n    Host = \"{g.ip()}\",\n"
            f"    Key = \"{k_alnum(g, 'onfleet_api_key', 32)}\",\n    Pass = \"{g.pw('db_password')}\",\n"
            f"    Owner = \"{g.email()}\",\n    println(connect(Host, Key, Pass)).\n% test fixture id {g.l_uuid('fixture_id')}\n")


@T("oz_functor", CO, "oz", "Relay.oz")
def _(g):
    return (f"functor\nexport config:Config\ndefine\n   Config = config(host:\"{g.ip()}\"\n"
            f"                   user:\"{g.email('email_username')}\"\n                   password:\"{g.pw('service_password')}\"\n"
            f"                   routific:\"{g.key('routific_token', g.jwt())}\"\n                   lan:\"{g.priv_ip()}\")\nend\n")


@T("cobra_class", CO, "cobra", "Relay.cobra")
def _(g):
    return (f"class RelaySettings\n\n    shared\n        var host = '{g.ip()}'\n        var bringgSecret = '{k_alnum(g, 'bringg_secret_key', 20)}'\n"
            f"        var bringgToken = '{k_hex(g, 'bringg_access_token', 32)}'\n        var smtpPassword = '{g.pw('smtp_password')}'\n"
            f"        var notify = '{g.email()}'\n        var placeholderKey = '{g.placeholder()}'\n")


@T("oxygene_unit", CO, "pascal", "RelayConfig.pas")
def _(g):
    return (f"namespace Relay;\n\ninterface\n\ntype\n  RelayConfig = public static class\n  public\n"
            f"    const Host = '{g.ip()}';\n    const Login = '{g.email('email_username')}';\n    const Password = '{g.pw('service_password')}';\n"
            f"    const DelhiveryToken = '{k_hex(g, 'delhivery_token', 40)}';\n    const BuildHash = '{g.git_sha()}';\n  end;\n\nend.\n")


@T("lobster_script", CO, "lobster", "relay.lobster")
def _(g):
    return (f"import std\n\n// courier dashboard prototype\nlet relay_host = \"{g.ip()}\"\n"
            f"let shiprocket_login = \"{g.email('email_username')}\"\nlet shiprocket_password = \"{g.pw('api_user_password')}\"\n"
            f"let sendle_key = \"{k_alnum(g, 'sendle_api_key', 24)}\"\nlet sendle_id = \"{g.look('account_id', g.s(12, LOW + DIG))}\"\n"
            f"print(\"connecting to \" + relay_host)\n")


@T("scriban_template", CO, "scriban", "templates/relay-config.scriban")
def _(g):
    return (f"{{{{ # rendered into relay.ini at deploy time }}}}\n[relay]\nhost = {{{{ relay.host }}}}\n"
            f"fallback = {g.ip()}\nlogin = {g.email('email_username')}\npassword = {g.pw('service_password', 'ini')}\n"
            f"{{{{ if env == \"staging\" }}}}\nkey = {k_karrio(g)}\n{{{{ else }}}}\nkey = {{{{ secrets.karrio }}}}\n{{{{ end }}}}\n")


@T("pebble_template", CO, "pebble", "templates/admin/settings.peb")
def _(g):
    return (f"{{# admin settings page #}}\n<dl>\n  <dt>Gateway</dt><dd>{g.ip()}</dd>\n"
            f"  <dt>Support</dt><dd>{g.email()}</dd>\n  {{# TODO remove: vindi key {g.key('vindi_api_key', g.s(43, ALNUM + '-_'))} #}}\n"
            f"  <dt>Key</dt><dd>{{{{ settings.vindiKey | default('{g.placeholder()}') }}}}</dd>\n"
            f"  <script src=\"/app.js\" integrity=\"{g.sri()}\"></script>\n</dl>\n")


@T("jte_template", CO, "jte", "src/main/jte/relay.jte")
def _(g):
    return (f"@param app.Relay relay\n<!-- dev defaults; pw {g.pw('admin_password', 'prose')} -->\n"
            f"<form action=\"http://{g.ip()}/login\" method=\"post\">\n  <input name=\"user\" value=\"{g.email('email_username')}\">\n"
            f"  <input type=\"hidden\" name=\"csrf\" value=\"{g.nonce()}\">\n</form>\n"
            f"<meta name=\"sumup-key\" content=\"{k_sumup(g)}\">\n")


@T("eex_template", CO, "eex", "lib/relay_web/templates/config.exs.eex")
def _(g):
    return (f"import Config\n\nconfig :relay, Relay.Repo,\n  username: \"relay\",\n  password: \"{g.pw('db_password')}\",\n"
            f"  hostname: \"{g.ip()}\"\n\nconfig :relay, :asaas,\n  api_key: \"{k_asaas(g)}\"\n\n"
            f"config :relay, :admin_email, \"<%= @admin_email || \"{g.email()}\" %>\"\n"
            f"config :relay, :secret_key_base, \"{g.key('secret_key_base', g.s(64, ALNUM + '+/'))}\"\n")


# ================================================================ prose (3 + 20 notes)
PR = "docs / prose"


@T("runbook_courier_switch", PR, "markdown", "docs/runbooks/courier-switch.md")
def _(g):
    return (f"# Runbook: moving label printing from Sendle to Shiprocket\n\n1. Freeze the relay at {g.ip()} "
            f"(log in as `ops`, password {g.pw('ssh_password', 'prose')}).\n"
            f"2. Shiprocket issues a token after logging in with the API user {g.email('email_username')} and the "
            f"password `{g.pw('api_user_password', 'prose')}`.\n3. Put the old Sendle key ({k_alnum(g, 'sendle_api_key', 24)}) "
            f"into the revoked list.\n4. Point DNS at {g.ip()}; the example in the vendor docs uses {g.doc_ip()}, ignore it.\n"
            f"5. Tell {g.role()} when done. Change ticket {g.ticket('CHG')}.\n")


@T("postmortem_replay_keys", PR, "markdown", "docs/postmortems/2026-02-session-replay.md")
def _(g):
    return (f"## Postmortem: session-replay keys in a public bundle\n\nOn 14 Feb a build ({g.git_sha(True)}) shipped with "
            f"server-side keys inlined. Exposed: the FullStory API key `{k_fullstory(g)}`, the Mouseflow API token "
            f"{g.key('mouseflow_api_token', g.hex(32))}, and a LogRocket-ingest proxy password "
            f"({g.pw('proxy_password', 'prose')}). The Hotjar site id {g.look('site_id', g.digits(7))} and the Mouseflow "
            f"website id {g.l_uuid('website_id')} are public and were not rotated.\n\nDetected by {g.email()} from "
            f"{g.ip()}. Bundle hash {g.sha256()}.\n")


@T("radio_station_handbook", PR, "markdown", "handbook/station-it.md")
def _(g):
    return (f"# Community radio: IT handbook\n\n* Studio Wi-Fi: **OnAir-Studio**, passphrase {g.pw('wifi_passphrase', 'prose')}\n"
            f"* Liquidsoap harbor (live DJ input) on {g.ip()}:8005, source password: {g.pw('stream_source_password', 'prose')}\n"
            f"* AzuraCast admin: {g.email('email_username')} /\n  {g.pw('admin_password', 'prose')}\n"
            f"* Owncast stream key: {g.key('stream_key', g.s(24))}\n* Rivendell DB host {g.priv_ip()}, user rduser, password "
            f"{g.pw('db_password', 'prose')}\n* Donations: Ko-fi verification token {g.key('kofi_verification_token', g.uuid())}, "
            f"Donorbox API key {k_alnum(g, 'donorbox_api_key', 32)}\n* Questions: {g.role()}\n")


NOTES = [
    # name, title, server, pw word, key word, mail word, copula, and, place, key fn
    ("istro_romanian", "Predaja", "serveru", "parola", "cľuci", "e-pošta", "je", "ši", "Žejane", k_veeqo),
    ("votic", "Annõtõ", "serveri", "salasõna", "avain", "pošta", "on", "ja", "Jõgõperä", k_karrio),
    ("elfdalian", "Yvyrlemnindj", "servern", "lösenuordeð", "nykkeln", "epost", "ir", "og", "Övdaln", k_17track),
    ("cimbrian", "Ubergom", "server", "passbort", "slüssl", "e-mail", "ist", "un", "Lusérn", k_sendcloud),
    ("resian", "Prïdaja", "sarvër", "gislo", "kjüč", "pošta", "jë", "anu", "Solbica", k_ubidots),
    ("zaza", "Teslîmkerdiş", "server", "parola", "kilît", "e-posta", "o", "û", "Xarpêt", k_pagarme),
    ("afar", "Uduuru", "server", "pasword", "fakkiisa", "imeel", "kinni", "kee", "Asayta", k_sumup),
    ("sidamo", "Aassaawa", "sarvere", "pasworde", "qulfe", "imeele", "ti", "nna", "Hawaasa", k_tito),
    ("dungan", "Җёҗё", "сыфуча", "мима", "йосы", "имэйл", "щы", "хә", "Мәсанчин", k_doofinder),
    ("baluchi", "سپارگ", "سرور", "رمز", "کلیت", "ای میل", "انت", "و", "تُربت", k_coveo),
    ("hindko", "حوالگی", "سرور", "پاس ورڈ", "کُنجی", "ای میل", "اے", "تے", "پشور", k_shipengine),
    ("bodo", "हानजाबगासिनो", "सार्भार", "पासवार्ड", "साबि", "इमेइल", "जाबाय", "आरो", "कोकराझार", k_easyship),
    ("karen", "တၢ်ဆီတလဲ", "ဆၢဖၢၣ်", "စကားဝှက်", "နီၣ်ခံ", "အံမ့ၤ", "မ့ၢ်", "ဒီး", "ဘားအံ", k_savvycal),
    ("kachin", "Ap Ya", "server", "n-gun ga", "sumdaw", "email", "re", "hte", "Myitkyina", k_fullstory),
    ("lahu", "Pa^ ve", "server", "ma^ peh", "g'a ci", "email", "yo", "leh", "Mường Tè", k_swiftype_private),
    ("khmu", "ສົ່ງມອບ", "ເຊີເວີ", "ລະຫັດ", "ກະແຈ", "ອີເມວ", "ແມ່ນ", "ແລະ", "ອຸດົມໄຊ", k_asaas),
    ("arvanitika", "Ντορέζα", "σέρβερι", "φιαλεκαλίμ", "κιέλεσι", "ιμέιλ", "ëστë", "ε", "Σπάτα", k_veeqo),
    ("akha", "Aqkaq", "server", "mir maq", "ceuq", "email", "ngaq", "nei", "Maejanr", k_karrio),
    ("salar", "Dapşur", "server", "şifre", "açux", "email", "tro", "ma", "Göxi", k_17track),
    ("mocheno", "Ibergom", "server", "passbòrt", "schlìssl", "e-mail", "ist", "ont", "Palai", k_sendcloud),
]

NOTE_SYMS = "!#%*+=?^~"


def _note(row, g):
    name, title, server, pw_w, key_w, mail_w, cop, and_w, place, kf = row
    native = mark("PASSWORD", "pw_native", f"{place.replace(' ', '')}{g.r.randrange(10, 9999)}{g.ch(NOTE_SYMS)}")
    srv_pw = g.pw("server_password", "prose")
    ip, ip2, em, key = g.ip(), g.ip(), g.email(), kf(g)
    layout = g.r.randrange(3)
    if layout == 0:
        return (f"{title}\n\n- {server}: {ip} {and_w} {ip2}\n- {pw_w} ({server}): {srv_pw}\n- {pw_w} (wifi): {native}\n"
                f"- {key_w}: {key}\n- {mail_w}: {em}\n- {g.priv_ip()} = LAN\n- {mail_w} (test): {g.res_email()}\n- ticket {g.l_uuid('ticket_uuid')}\n")
    if layout == 1:
        return (f"# {title}\n{server}: {ip} {and_w} {ip2}\n{pw_w} {cop} {srv_pw}\n{pw_w}: {native}\n"
                f"{key_w} {cop}\n{key}\n{mail_w}: {em}\n({mail_w} test: {g.res_email()}, {key_w} test: {g.placeholder()})\n")
    return (f"## {title}\n\n| | |\n|---|---|\n| {server} | {ip}, {ip2} |\n| {pw_w} | `{srv_pw}` |\n"
            f"| {pw_w} 2 | `{native}` |\n| {key_w} | `{key}` |\n| {mail_w} | {em} |\n| v | {g.version()} |\n"
            f"| LAN | {g.priv_ip()} |\n| {key_w} (old) | `{g.masked()}` |\n")


for _row in NOTES:
    T(f"note_{_row[0]}", PR, "text", f"notes/handover-{_row[0]}.txt")(lambda g, _row=_row: _note(_row, g))
