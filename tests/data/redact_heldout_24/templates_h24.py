"""Templates for held-out set 24 (written from scratch for this set).

Each template takes a gen_h24.G and returns text with planted values wrapped in markers.
"""
import json

TEMPLATES = {}


def T(group, lang, path):
    def deco(fn):
        TEMPLATES[fn.__name__] = (group, lang, path, fn)
        return fn
    return deco


def J(obj):
    return json.dumps(obj, ensure_ascii=False, indent=2) + "\n"


# ---------------------------------------------------------------- carrier snippets
SNIPPET_VENDORS = ["appsignal", "instatus", "firehydrant"]


def carrier_snippet(g, ft):
    v = g.choice(SNIPPET_VENDORS)
    ip1, ip2 = g.ip("snippet_ipv4"), g.ip("snippet_ipv4")
    em = g.email("snippet_email")
    key = g.key("snippet_" + v, g.raw_key(v))
    ctx = {"python": "quoted", "toml": "quoted", "yaml": "yaml", "ini": "ini", "makefile": "shell",
           "shell": "shell", "rst": "prose", "markdown": "prose", "text": "prose"}[ft]
    pw = g.pw(ctx, "snippet_password")
    var = {"appsignal": "APPSIGNAL_PUSH_API_KEY", "instatus": "INSTATUS_API_KEY", "firehydrant": "FIREHYDRANT_BOT_TOKEN"}[v]
    if ft == "python":
        return ("# --- status page mirror (maintainers only; do not ship in wheels) ---\n"
                f"STATUS_MIRROR = {{\n    \"primary\": \"{ip1}\",\n    \"fallback\": \"{ip2}\",\n"
                f"    \"contact\": \"{em}\",\n    \"sftp_password\": \"{pw}\",\n    \"{var.lower()}\": \"{key}\",\n}}\n")
    if ft == "toml":
        return (f"[tool.status-mirror]\nprimary = \"{ip1}\"\nfallback = \"{ip2}\"\ncontact = \"{em}\"\n"
                f"sftp_password = \"{pw}\"\n{var.lower()} = \"{key}\"\n")
    if ft == "yaml":
        return (f"# status page mirror, maintainers only\nx-status-mirror:\n  primary: {ip1}\n  fallback: {ip2}\n"
                f"  contact: {em}\n  sftp_password: {pw}\n  {var.lower()}: {key}\n")
    if ft == "ini":
        return (f"[status_mirror]\nprimary = {ip1}\nfallback = {ip2}\ncontact = {em}\nsftp_password = {pw}\n"
                f"{var.lower()} = {key}\n")
    if ft == "makefile":
        return (f"# status page mirror (maintainers only)\nSM_PRIMARY ?= {ip1}\nSM_FALLBACK ?= {ip2}\nSM_CONTACT ?= {em}\n"
                f"SM_SFTP_PASSWORD ?= {pw}\nSM_{var} ?= {key}\n")
    if ft == "shell":
        return (f"# status page mirror (maintainers only)\nexport SM_PRIMARY={ip1}\nexport SM_FALLBACK={ip2}\n"
                f"export SM_CONTACT={em}\nexport SM_SFTP_PASSWORD='{pw}'\nexport {var}={key}\n")
    if ft == "rst":
        return (f"Status page mirror\n------------------\n\n:primary: ``{ip1}``\n:fallback: ``{ip2}``\n:contact: {em}\n"
                f":SFTP password: ``{pw}``\n:{var}: ``{key}``\n")
    if ft == "markdown":
        return (f"> **Status page mirror** (maintainers only)\n>\n> | item | value |\n> |---|---|\n> | primary | `{ip1}` |\n"
                f"> | fallback | `{ip2}` |\n> | contact | {em} |\n> | SFTP password | `{pw}` |\n> | {var} | `{key}` |\n")
    return (f"Status page mirror\n\n  primary ........ {ip1}\n  fallback ....... {ip2}\n  contact ........ {em}\n"
            f"  SFTP password .. {pw}\n  {var} .. {key}\n")


# ---------------------------------------------------------------- CI / IaC
CI = "CI / IaC"


@T(CI, "yaml", ".harness/pipeline.yaml")
def gitness_pipeline_yaml(g):
    return f"""kind: pipeline
spec:
  stages:
  - name: build
    type: ci
    spec:
      steps:
      - name: test
        type: run
        spec:
          container: golang:1.22
          script: go test ./...
      - name: publish
        type: run
        spec:
          container: alpine:3.19
          envs:
            GITNESS_URL: http://{g.look("private_ip")}:3000
            GITNESS_TOKEN: {g.key("gitness_pat")}
            MIRROR_HOST: {g.ip()}
            MIRROR_PASSWORD: {g.pw("yaml", "deploy_password")}
            NOTIFY: {g.email()}
          script: ./ci/publish.sh --commit {g.look("git_sha")}
"""


@T(CI, "yaml", ".terrateam/config.yml")
def terrateam_config_yml(g):
    return f"""# terrateam config for infra-live
enabled: true
hooks:
  plan:
    pre:
      - type: env
        name: TF_VAR_db_password
        cmd: ['echo', '{g.pw("quoted", "db_password")}']
engine:
  name: terraform
  version: {g.look("version")}
integrations:
  resourcely:
    enabled: false
workflows:
  - tag_query: "dir:prod/network"
    plan:
      - type: env
        name: TERRATEAM_API_TOKEN
        cmd: ['echo', '{g.key("terrateam_api")}']
      - type: init
      - type: plan
# allowlisted egress for the runner: {g.ip()} and {g.ip()}
# reviewers: {g.email()}, {g.email()}
# runner subnet {g.look("private_ip")}/24 (internal)
"""


@T(CI, "yaml", "digger.yml")
def digger_yml(g):
    return f"""projects:
- name: staging-vpc
  dir: stacks/staging
  workflow: with-secrets
workflows:
  with-secrets:
    env_vars:
      state:
      - name: AWS_ACCESS_KEY_ID
        value: {g.key("aws_key_id")}
      - name: AWS_SECRET_ACCESS_KEY
        value: {g.key("aws_secret")}
      commands:
      - name: TF_VAR_bastion_ip
        value: {g.ip()}
      - name: TF_VAR_grafana_admin_password
        value: {g.pw("yaml", "admin_password")}
    plan:
      steps:
      - init
      - plan
      - run: "echo notify {g.email()}"
# state bucket replica lives at {g.look("doc_ip")} in the docs, not a real host
"""


@T(CI, "cue", "bundles/podinfo.cue")
def timoni_bundle_cue(g):
    return f"""bundle: {{
	apiVersion: "v1alpha1"
	name:       "podinfo"
	instances: {{
		podinfo: {{
			module: {{
				url:     "oci://ghcr.io/stefanprodan/modules/podinfo"
				version: "{g.look("version")}"
			}}
			namespace: "apps"
			values: {{
				caching: {{
					enabled:  true
					redisURL: "tcp://:{g.pw("url", "redis_password")}@{g.ip()}:6379"
				}}
				monitoring: alertEmail: "{g.email()}"
				ingress: externalIP: "{g.ip()}"
				secrets: sessionKey: "{g.key("session_secret")}"
			}}
		}}
	}}
}}
"""


@T(CI, "ini", "ofelia/config.ini")
def ofelia_config_ini(g):
    return f"""[global]
smtp-host = smtp.{g.choice(["fastmail.com", "zoho.com", "gmx.de"])}
smtp-port = 587
smtp-user = {g.email("email_username")}
smtp-password = {g.pw("ini", "smtp_password")}
email-to = {g.email()}
email-from = {g.look("reserved_email")}

[job-exec "db-dump"]
schedule = @daily
container = postgres
command = sh -c "PGPASSWORD={g.pw("shell", "db_password")} pg_dump -h {g.look("private_ip")} -U backup app > /dump/app.sql"

[job-run "offsite-sync"]
schedule = @every 6h
image = rclone/rclone:{g.look("version")}
command = sync /dump remote:dumps --sftp-host {g.ip()}
"""


@T(CI, "ini", ".config/copr")
def copr_config(g):
    u = g.user()
    return f"""[copr-cli]
login = {g.key("copr_login", g.s(32, "abcdefghijklmnopqrstuvwxyz"))}
username = {u}
token = {g.key("copr_token")}
copr_url = https://copr.fedorainfracloud.org
# expiration date: {g.randint(2025, 2027)}-0{g.randint(1, 9)}-1{g.randint(0, 9)}

# build notifications go to {g.email()}
# local mock cache mirror: http://{g.look("private_ip")}/mock
# pinned srpm checksum {g.look("sha256_hex")}
"""


@T(CI, "json", ".aptly.conf")
def aptly_conf_json(g):
    return J({
        "rootDir": "/var/lib/aptly",
        "downloadConcurrency": 4,
        "architectures": ["amd64", "arm64"],
        "gpgProvider": "gpg2",
        "S3PublishEndpoints": {
            "repo": {
                "region": "eu-central-1",
                "bucket": "apt-repo-mirror",
                "endpoint": f"http://{g.ip()}:9000",
                "awsAccessKeyID": g.key("s3_access_key"),
                "awsSecretAccessKey": g.key("s3_secret_key"),
                "forceSigV2": False,
            }
        },
        "SwiftPublishEndpoints": {
            "swift": {"osname": g.user(), "password": g.pw("quoted", "swift_password"),
                      "authurl": f"http://{g.look('private_ip')}:5000/v3", "tenant": "apt"}
        },
        "maintainer": g.email(),
        "signingKeyFingerprint": g.look("gpg_fingerprint", g.hexs(40).upper()),
    })


@T(CI, "bitbake", "build/conf/local.conf")
def bitbake_local_conf(g):
    return f"""MACHINE ??= "raspberrypi4-64"
DISTRO ?= "poky"
PACKAGE_CLASSES ?= "package_ipk"
# sstate mirror on the office NAS and the public one
SSTATE_MIRRORS ?= "file://.* http://{g.look("private_ip")}/sstate/PATH;downloadfilename=PATH \\
    file://.* http://{g.ip()}/sstate-cache/PATH;downloadfilename=PATH"
PREMIRRORS:prepend = "git://.*/.* http://{g.ip()}/downloads/"
# image users: root gets a password for the lab
INHERIT += "extrausers"
EXTRA_USERS_PARAMS = "usermod -p '{g.look("sha512crypt")}' root; \\
    useradd -P '{g.pw("shell", "device_password")}' fieldtech;"
WIFI_SSID = "lab-iot"
WIFI_PSK = "{g.dev_pw("wifi_psk")}"
HAWKBIT_GATEWAY_TOKEN = "{g.key("hex32_secret")}"
BB_HASHSERVE_UPSTREAM = "{g.look("doc_ip")}:8687"
# maintainer: {g.email()}
"""


# ---------------------------------------------------------------- HTTP / API tests
HT = "HTTP / API client export"


@T(HT, "yaml", "tests/venom/billing.yml")
def venom_testsuite_yml(g):
    return f"""name: billing api
vars:
  url: http://{g.ip()}:8080
  admin_user: {g.email("email_username")}
  admin_password: '{g.pw("quoted", "api_password")}'
  chargify_key: {g.key("chargify")}
testcases:
- name: login
  steps:
  - type: http
    method: POST
    url: "{{{{.url}}}}/api/login"
    body: '{{"user": "{{{{.admin_user}}}}", "password": "{{{{.admin_password}}}}"}}'
    assertions:
    - result.statuscode ShouldEqual 200
- name: subscriptions
  steps:
  - type: http
    method: GET
    url: https://{g.choice(["acme", "tidewright", "kelp"])}.chargify.com/subscriptions.json
    basic_auth_user: "{{{{.chargify_key}}}}"
    basic_auth_password: x
    assertions:
    - result.bodyjson.__len__ ShouldBeGreaterThan 0
# request id seen in the last failing run: {g.look("uuid_id")}
"""


@T(HT, "json", "imposters/payments.json")
def mountebank_imposter_json(g):
    return J({
        "port": 4545, "protocol": "http", "name": "payments stub",
        "stubs": [
            {"predicates": [{"equals": {"method": "POST", "path": "/oauth/token",
                                        "headers": {"Authorization": "Basic " + g.look("placeholder")}}}],
             "responses": [{"is": {"statusCode": 200, "body": {"access_token": g.key("hyperbolic"), "expires_in": 3600}}}]},
            {"predicates": [{"equals": {"path": "/v1/merchant"}}],
             "responses": [{"proxy": {"to": f"https://{g.ip()}:8443", "mode": "proxyOnce",
                                      "injectHeaders": {"X-Api-Key": g.key("moneris")}}}]},
        ],
        "_meta": {"owner": g.email(), "upstream_fallback": g.ip(), "build": g.look("version")},
    })


@T(HT, "json", "simulation.json")
def hoverfly_simulation_json(g):
    return J({
        "data": {"pairs": [
            {"request": {"path": [{"matcher": "exact", "value": "/v2/top-headlines"}],
                         "query": {"apiKey": [{"matcher": "exact", "value": g.key("newsapi")}]},
                         "destination": [{"matcher": "exact", "value": "newsapi.org"}]},
             "response": {"status": 200, "body": "{\"status\":\"ok\"}"}},
            {"request": {"path": [{"matcher": "glob", "value": "/v1/news*"}],
                         "query": {"access_key": [{"matcher": "exact", "value": g.key("mediastack")}]}},
             "response": {"status": 200, "body": "{\"data\":[]}",
                          "headers": {"X-Served-By": [g.ip()], "X-Request-Id": [g.look("uuid_id")]}}},
        ],
            "globalActions": {"delays": []}},
        "meta": {"schemaVersion": "v5.2", "hoverflyVersion": "v" + g.look("version"), "timeExported": "2025-03-14T09:12:44Z",
                 "exportedBy": g.email()},
    })


@T(HT, "yaml", "posting/weather/current.posting.yaml")
def posting_collection_yaml(g):
    return f"""name: current conditions
description: weatherstack + meteomatics smoke checks
method: GET
url: http://api.weatherstack.com/current
params:
- name: access_key
  value: {g.key("weatherstack")}
- name: query
  value: Windhoek
headers:
- name: X-Forwarded-For
  value: {g.ip()}
auth:
  type: basic
  basic:
    username: {g.user()}_meteo
    password: {g.pw("yaml", "api_password")}
# meteomatics account contact {g.email()}; lab proxy {g.look("private_ip")}
"""


# ---------------------------------------------------------------- SQL / CSV
SQ = "SQL / CSV"


@T(SQ, "csv", "dashlane_credentials.csv")
def dashlane_export_csv(g):
    rows = ["username,username2,username3,title,password,note,url,category,otpSecret"]
    for site in g.r.sample(["router admin", "NAS", "payroll", "webmail", "VPN", "bank", "domain registrar", "printer"], 4):
        if site in ("router admin", "printer"):
            rows.append(f"admin,,,{site},{g.pw('ini', 'device_password')},,http://{g.look('private_ip')},Utilities,")
        elif site == "VPN":
            rows.append(f"{g.email('email_username')},,,{site},{g.pw('ini')},gateway {g.ip()},https://{g.ip()}:943,Business,")
        else:
            rows.append(f"{g.email('email_username')},,,{site},{g.pw('ini')},,https://{site.replace(' ', '')}.{g.choice(['com', 'net', 'io'])},Business,")
    return "\n".join(rows) + "\n"


@T(SQ, "sql", "migrations/0042_remotes.sql")
def dolt_sql(g):
    u = g.user()
    return f"""-- dolt: add replication remote and service users
CALL DOLT_REMOTE('add', 'backup', 'http://{g.ip()}:50051/inventory');
CALL DOLT_COMMIT('-am', 'add backup remote', '--author', '{g.name()} <{g.email()}>');
CREATE USER '{u}'@'%' IDENTIFIED BY '{g.pw("quoted", "db_password")}';
GRANT SELECT ON inventory.* TO '{u}'@'%';
CREATE USER 'replicator'@'{g.look("private_ip")}' IDENTIFIED BY '{g.pw("quoted", "db_password")}';
SET @@PERSIST.dolt_replicate_to_remote = 'backup';
-- previous head {g.look("git_sha")}
INSERT INTO settings (k, v) VALUES ('geo_fallback_ip', '{g.ip()}'), ('support_email', '{g.email()}');
"""


# ---------------------------------------------------------------- chat / tickets
CH = "chat / ticket / email"


@T(CH, "text", "happyfox/ticket-48213.txt")
def happyfox_ticket(g):
    return f"""HappyFox ticket #{g.randint(10000, 99999)}  Category: IT Service Desk  Priority: High
Contact: {g.name()} <{g.email()}>
Subject: SFTP drop for the payroll export stopped working

-- Message from contact --
Hi team, since the move the payroll vendor can't reach our SFTP drop. Old box was {g.ip()},
new one is {g.ip()}. The account is payroll_in and the password I set is {g.pw("prose", "sftp_password")}
(please change it after you test). Their support address is {g.email()}.

-- Private note by {g.name()} --
Firewall rule added for {g.ip()}/32. Internal side is {g.look("private_ip")}. Do not paste the
password in public replies; the masked copy in the vendor portal shows {g.look("masked_key")}.
"""


@T(CH, "json", "trudesk/ticket-export.json")
def trudesk_ticket_json(g):
    return J({
        "uid": g.randint(1000, 9999), "subject": "Mail relay credentials for scanner",
        "owner": {"fullname": g.name(), "email": g.email()},
        "group": "Facilities", "priority": "Normal", "status": 1,
        "comments": [
            {"owner": {"email": g.email()},
             "comment": "Scanner on floor 3 should relay through " + g.ip() + " port 587."},
            {"owner": {"email": g.email()},
             "comment": "Relay login is scan-to-mail, password " + g.pw("prose", "smtp_password") + " (set today)."},
        ],
        "notes": [{"note": "Scanner LAN address " + g.look("private_ip") + ", firmware " + g.look("version")}],
        "history": [{"action": "ticket:created", "owner": g.look("uuid_id")}],
    })


@T(CH, "markdown", "peppermint/ticket.md")
def peppermint_ticket(g):
    return f"""### Ticket: Onboarding - new CRM webhooks
**Client:** {g.choice(["Ottervale", "Brindlecart", "Saltmarsh Labs"])}  |  **Requester:** {g.email()}  |  **Engineer:** {g.email()}

> We rotated the signing secret yesterday. New value for the receiver: `{g.key("webhook_secret")}`.
> Calls will come from {g.ip()} and {g.ip()}.

Engineer reply: verified, receiver at `{g.look("private_ip")}:8088` accepts the new signature.
Old secret (`{g.look("masked_key")}`) revoked. Trace id {g.look("uuid_id")}.
"""


@T(CH, "json", "papercups/conversation.json")
def papercups_conversation_json(g):
    cid = g.look("uuid_id")
    return J({
        "conversation_id": cid,
        "customer": {"email": g.email(), "last_seen_ip": g.ip(), "browser": "Firefox " + g.look("version")},
        "messages": [
            {"from": "customer", "body": "Our Kaleyra SMS sender stopped. Key we use is " + g.key("kaleyra") + " if that helps?"},
            {"from": "agent", "agent_email": g.email(),
             "body": "Thanks - please never paste keys here. Rotate it; we saw calls from " + g.ip() + "."},
            {"from": "customer", "body": "Rotated. Gupshup fallback key is " + g.key("gupshup") + ", also rotating."},
        ],
    })


@T(CH, "text", "olark/transcript.txt")
def olark_transcript(g):
    return f"""Olark transcript  visitor: {g.email()}  location IP: {g.ip()}  operator: {g.user()}
[10:02] visitor: hi, I can't log into the booking widget admin
[10:03] operator: what is the account email?
[10:03] visitor: {g.email()}
[10:04] visitor: the password I use is {g.pw("prose", "user_password")} if you need to check
[10:04] operator: please don't share it. I've sent a reset link. Request id {g.look("uuid_id")}.
[10:06] visitor: got it. our office IP is {g.ip()} if you allowlist
[10:07] operator: added. internal note: visitor's NAT shows {g.look("cgnat_ip")} as well.
"""


@T(CH, "text", "missive/thread.txt")
def missive_thread(g):
    return f"""Missive shared thread: "Tradier + Oanda keys for the research box"
Participants: {g.email()}, {g.email()}, {g.email()}

{g.name()} (comment): Tradier token for the sandbox is {g.key("tradier")}.
{g.name()} (comment): Oanda practice key {g.key("oanda")}, account 101-004-{g.randint(1000000, 9999999)}-001.
{g.name()} (comment): box is {g.ip()}, ssh fingerprint {g.look("ssh_fp")}.
{g.name()} (comment): moved these into the vault; dashboard shows {g.look("masked_key")} now.
"""


@T(CH, "email", "hiver/message.eml")
def hiver_email(g):
    return f"""From: {g.name()} <{g.email()}>
To: {g.role_email()}
Cc: {g.email()}
Subject: Re: Przelewy24 sandbox access
X-Hiver-Tag: finance
Received: from mail.relay ({g.ip()}) by mx ({g.look("private_ip")})

Hi,
merchant id {g.randint(100000, 999999)}, CRC key {g.key("p24_crc")} and REST API key
{g.key("p24_api")}. The panel login is our finance address with password {g.pw("prose", "user_password")}.
Message-ID: <{g.look("uuid_id")}@mail.hiver.test>
"""


@T(CH, "text", "userlike/chat.log")
def userlike_chat(g):
    return f"""Userlike chat #{g.randint(100000, 999999)} (widget: support-de)
visitor email: {g.email()}   visitor IP: {g.ip()}
operator: {g.name()} <{g.email()}>
---
visitor  | Our Engagespot inbox is empty since 9:00
operator | Which API key are you using?
visitor  | key {g.key("engagespot_key")} secret {g.key("engagespot_secret")}
operator | That secret is now exposed - please regenerate. I see 403s from {g.ip()}.
visitor  | regenerated, old one ended in {g.look("masked_key")}
"""


# ---------------------------------------------------------------- code in other languages
CO = "code / config assignment"


@T(CO, "grain", "src/config.gr")
def grain_module(g):
    return f"""module Config

provide let apiBase = "https://api.hume.ai/v0"
provide let humeKey = "{g.key("hume")}"
provide let upstreamIp = "{g.ip()}"
provide let adminEmail = "{g.email()}"
provide let dbPassword = "{g.pw("quoted", "db_password")}"
// local dev proxy: {g.look("loopback_ip")}:8080
"""


@T(CO, "unison", "scratch.u")
def unison_scratch(g):
    return f"""config.cartesiaKey : Text
config.cartesiaKey = "{g.key("cartesia")}"

config.smtp : (Text, Text, Text)
config.smtp = ("{g.ip()}", "{g.email("email_username")}", "{g.pw("quoted", "smtp_password")}")

config.buildHash : Text
config.buildHash = "{g.look("short_sha")}"
"""


@T(CO, "clojure", "bb.edn")
def babashka_bb_edn(g):
    return f"""{{:paths ["src"]
 :deps {{org.babashka/http-client {{:mvn/version "{g.look("version")}"}}}}
 :tasks
 {{:init (do (def coingecko-key "{g.key("coingecko")}")
            (def cmc-key "{g.key("coinmarketcap")}")
            (def pg {{:host "{g.ip()}" :user "prices" :password "{g.pw("quoted", "db_password")}"}}))
  fetch {{:doc "pull prices" :task (shell "bb -m prices.fetch")}}
  notify {{:task (println "mail {g.email()}")}}}}}}
"""


@T(CO, "frege", "src/Settings.fr")
def frege_module(g):
    return f"""module Settings where

zenrowsKey :: String
zenrowsKey = "{g.key("zenrows")}"

proxyHost :: String
proxyHost = "{g.ip()}"

proxyPassword :: String
proxyPassword = "{g.pw("quoted", "proxy_password")}"

maintainer = "{g.email()}"
-- fallback {g.look("private_ip")}
"""


@T(CO, "rego", "policy/egress.rego")
def rego_policy(g):
    return f"""package egress

default allow := false

allowed_ips := {{"{g.ip()}", "{g.ip()}", "{g.look("private_ip")}"}}

# service account used by the OPA bundle server
bundle_basic_auth := {{"user": "opa", "password": "{g.pw("quoted", "service_password")}"}}

allow if input.dst in allowed_ips

admins := {{"{g.email()}", "{g.email()}"}}
"""


@T(CO, "twig", "templates/partials/analytics.html.twig")
def twig_template(g):
    return f"""{{% set newsapi_key = '{g.key("newsapi")}' %}}
{{% set gnews_key = '{g.key("gnews")}' %}}
{{% set support = '{g.email()}' %}}
<div class="news" data-src="https://gnews.io/api/v4/top-headlines?token={{{{ gnews_key }}}}">
  <!-- origin {g.ip()} / staging {g.look("private_ip")} -->
  <a href="mailto:{{{{ support }}}}">Contact</a>
</div>
"""


@T(CO, "freemarker", "templates/mail/settings.ftl")
def freemarker_template(g):
    return f"""<#assign smtpHost = "{g.ip()}">
<#assign smtpUser = "{g.email("email_username")}">
<#assign smtpPass = "{g.pw("quoted", "smtp_password")}">
<#assign moosendKey = "{g.key("moosend")}">
<#-- unsubscribe link host {g.look("doc_ip")} in examples only -->
<p>Sent by ${{smtpUser}} - reply to {g.email()}</p>
"""


@T(CO, "haml", "app/views/layouts/_widgets.html.haml")
def haml_view(g):
    return f"""- vapi_key = "{g.key("vapi")}"
- retell_key = "{g.key("retell")}"
%script{{ src: "https://cdn.vapi.ai/widget.js", data: {{ key: vapi_key }} }}
%p
  Questions? Mail
  %a{{ href: "mailto:{g.email()}" }} support
/ origin {g.ip()}, assistant id {g.look("uuid_id")}
"""


@T(CO, "pug", "views/footer.pug")
def pug_template(g):
    return f"""- const picovoiceKey = '{g.key("picovoice")}'
- const statusIp = '{g.ip()}'
footer
  p Contact #[a(href='mailto:{g.email()}') the team]
  script.
    window.PV_ACCESS_KEY = '#{{picovoiceKey}}';
  // build {g.look("short_sha")} served from {g.look("private_ip")}
"""


@T(CO, "handlebars", "templates/config.hbs")
def handlebars_template(g):
    return f"""{{{{!-- rendered into /etc/app/config.js at deploy --}}}}
window.APP = {{
  murfKey: "{g.key("murf")}",
  ttsFallback: "{g.ip()}",
  support: "{g.email()}",
  demoPassword: "{g.pw("quoted", "user_password")}",
  release: "{g.look("version")}"
}};
"""


# ---------------------------------------------------------------- shell / CLI dotfiles
SH = "command line / shell"


@T(SH, "ini", ".offlineimaprc")
def offlineimaprc(g):
    return f"""[general]
accounts = work
maxsyncaccounts = 1

[Account work]
localrepository = work-local
remoterepository = work-remote
autorefresh = 5

[Repository work-local]
type = Maildir
localfolders = ~/Mail/work

[Repository work-remote]
type = IMAP
remotehost = {g.ip()}
remoteuser = {g.email("email_username")}
remotepass = {g.pw("ini", "imap_password")}
sslcacertfile = /etc/ssl/certs/ca-certificates.crt
cert_fingerprint = {g.look("sha256_hex")}
"""


@T(SH, "text", ".mbsyncrc")
def mbsyncrc(g):
    return f"""IMAPAccount personal
Host {g.ip()}
User {g.email("email_username")}
Pass {g.pw("shell", "imap_password")}
SSLType IMAPS

IMAPAccount archive
Host {g.look("private_ip")}
User archive
PassCmd "pass show mail/archive"

IMAPStore personal-remote
Account personal

MaildirStore personal-local
Path ~/.mail/personal/
Inbox ~/.mail/personal/INBOX
"""


@T(SH, "text", ".fetchmailrc")
def fetchmailrc(g):
    return f"""set daemon 300
set postmaster "{g.user()}"
set logfile ~/.fetchmail.log

poll {g.ip()} with proto IMAP
    user '{g.email("email_username")}' there with password '{g.pw("quoted", "imap_password")}' is '{g.user()}' here
    ssl sslfingerprint "{g.look("tls_fingerprint", ":".join(g.hexs(2).upper() for _ in range(16)))}"
    mda "/usr/bin/procmail -d %T"

poll {g.look("private_ip")} with proto POP3
    user 'legacy' there with password '{g.look("placeholder")}' is 'legacy' here
"""


@T(SH, "ini", "/etc/ssmtp/ssmtp.conf")
def ssmtp_conf(g):
    return f"""# /etc/ssmtp/ssmtp.conf
root={g.email()}
mailhub={g.ip()}:587
AuthUser={g.email("email_username")}
AuthPass={g.pw("ini", "smtp_password")}
UseSTARTTLS=YES
rewriteDomain={g.choice(["tidewright.com", "ottervale.co", "fernhollow.net"])}
hostname={g.host()}
# old relay {g.look("doc_ip")} (from the vendor docs)
"""


@T(SH, "text", ".config/senpai/senpai.scfg")
def senpai_scfg(g):
    return f"""address {g.ip()}:6697
nickname {g.user()}
username {g.user()}
realname "{g.name()}"
password "{g.pw("quoted", "irc_password")}"
channel "#ops" "#builds"
highlight {g.user()}
on-highlight-path ~/.local/bin/notify.sh
# bouncer fallback {g.look("private_ip")}:6697
"""


@T(SH, "ini", "/etc/spotifyd.conf")
def spotifyd_conf(g):
    return f"""[global]
username = "{g.email("email_username")}"
password = "{g.pw("quoted", "user_password")}"
backend = "alsa"
device_name = "kitchen"
bitrate = 320
zeroconf_port = 1234
# proxy for the office network
proxy = "http://{g.ip()}:3128"
# local mpd at {g.look("loopback_ip")}
"""


@T(SH, "text", ".config/hexchat/servlist.conf")
def hexchat_servlist(g):
    return f"""v=2.16.2

N=ExampleNet
L=7
I={g.user()}
U={g.user()}
P={g.pw("ini", "irc_password")}
S={g.ip()}/6697
S={g.ip()}/6697
J=#ops,#infra
F=19
D=0

N=LAN
S={g.look("private_ip")}/6667
"""


@T(SH, "text", ".ncftp/bookmarks")
def ncftp_bookmarks(g):
    rows = ["NcFTP bookmark-file version: 8", "Number of bookmarks: ##########"]
    for n in ("mirror", "printshop", "backup"):
        ip = g.ip() if n != "backup" else g.look("private_ip")
        pw = g.pw("shell", "ftp_password", "generator") if n != "backup" else g.look("placeholder", "*encoded*")
        rows.append(f"{n},{ip},{g.user()},{pw},,/pub,I,21,4294967295,1,1,-1,1,,,,,,,,S,0")
    return "\n".join(rows) + f"\n# owner {g.email()}\n"


# ---------------------------------------------------------------- commit / review
CR = "commit / review"


@T(CR, "text", "crucible/CR-OPS-482.txt")
def crucible_review(g):
    return f"""Crucible review CR-OPS-{g.randint(100, 999)}: move SMS provider config to the new Karix account
Author: {g.name()} <{g.email()}>   Moderator: {g.email()}
Revisions: release-{g.look("version")} @ {g.look("git_sha")}

conf/sms.properties
 -sms.karix.key={g.look("placeholder", "PLACEHOLDER")}
 +sms.karix.key={g.key("karix")}
 +sms.gateway.host={g.ip()}

General comment by {g.name()}: please don't commit the key - use the vault path. Review not closed.
"""


@T(CR, "text", "kallithea/pull-request-311.txt")
def kallithea_pr(g):
    return f"""Pull request #{g.randint(100, 999)}: add nightly replica for the reporting DB
Created by {g.name()} <{g.email()}>   Revisions: {g.look("short_sha")}..{g.look("short_sha")}

--- a/deploy/replica.ini
+++ b/deploy/replica.ini
@@ -1,3 +1,5 @@
 [replica]
-host = {g.look("private_ip")}
+host = {g.ip()}
+password = {g.pw("ini", "db_password")}

Status: Under review   Reviewer {g.email()} commented: "password in the diff, please rebase it out"
"""


@T(CR, "text", "allura/merge-request-27.txt")
def allura_merge_request(g):
    return f"""Merge Request #{g.randint(10, 99)}: push metrics to Instatus
From: {g.name()} <{g.email()}>   Target: master   Source commit: {g.look("git_sha")}

+INSTATUS_API_KEY = "{g.key("instatus")}"
+STATUS_PAGE_ID = "{g.look("uuid_id")}"
+PUSH_FROM = "{g.ip()}"

Discussion: the key above is live, {g.name()} rotated it after merge.
"""


# ---------------------------------------------------------------- data / observability
DA = "data / observability config"


@T(DA, "yaml", "cribl/local/cribl/outputs.yml")
def cribl_outputs_yml(g):
    return f"""outputs:
  zinc_out:
    type: elastic
    url: http://{g.ip()}:4080/es/_bulk
    auth:
      disabled: false
      username: cribl
      password: {g.pw("yaml", "service_password")}
  splunk_hec:
    type: splunk_hec
    url: https://{g.ip()}:8088/services/collector
    token: {g.key("uuid_key")}
  s3_archive:
    type: s3
    bucket: cribl-archive
    awsApiKey: {g.key("aws_key_id")}
    awsSecretKey: {g.key("aws_secret")}
    endpoint: http://{g.look("private_ip")}:9000
leader_auth_token: {g.key("cribl_token")}
# owner {g.email()}
"""


@T(DA, "tremor", "config/main.troy")
def tremor_troy(g):
    return f"""define flow main
flow
  use tremor::connectors;
  define connector kafka_in from kafka_consumer
  with
    config = {{
      "brokers": ["{g.ip()}:9092", "{g.ip()}:9092"],
      "group_id": "tremor",
      "topics": ["events"],
      "rdkafka_options": {{
        "security.protocol": "SASL_SSL",
        "sasl.username": "tremor",
        "sasl.password": "{g.pw("quoted", "broker_password")}"
      }}
    }}
  end;
  # dev broker {g.look("loopback_ip")}:9092
end;
deploy flow main;
"""


@T(DA, "yaml", "connectors/http-source.yaml")
def fluvio_connector_yaml(g):
    return f"""apiVersion: 0.1.0
meta:
  version: {g.look("version")}
  name: prices-source
  type: http-source
  topic: prices
  secrets:
    - name: QUICKNODE_TOKEN
http:
  endpoint: https://{g.choice(["frosty-river", "silent-hill", "dark-fog"])}.quiknode.pro/{g.key("quicknode")}/
  method: POST
  headers:
    - "X-Forwarded-For: {g.ip()}"
  interval: 10s
# fluvio cloud login token used by CI: {g.key("fluvio_cloud")}
# maintainer {g.email()}
"""


@T(DA, "text", "/etc/nanomq.conf")
def nanomq_conf(g):
    return f"""listeners.tcp {{
  bind = "{g.look("unspecified_ip")}:1883"
}}
bridges.mqtt.cloud {{
  server = "mqtt-tcp://{g.ip()}:1883"
  proto_ver = 4
  username = "gateway-{g.randint(10, 99)}"
  password = "{g.pw("quoted", "broker_password")}"
  clean_start = false
  forwards = [{{remote_topic = "fwd/sensors", local_topic = "sensors/#"}}]
}}
http_server {{
  port = 8081
  username = admin
  password = {g.pw("net", "admin_password")}
}}
# lan broker {g.look("private_ip")}
"""


@T(DA, "yaml", "flow.yaml")
def estuary_flow_yaml(g):
    return f"""captures:
  acmeCo/orders/source-postgres:
    endpoint:
      connector:
        image: ghcr.io/estuary/source-postgres:dev
        config:
          address: {g.ip()}:5432
          database: orders
          user: flow_capture
          password: {g.pw("yaml", "db_password")}
    bindings:
      - resource: {{namespace: public, stream: orders}}
        target: acmeCo/orders/orders
# flowctl refresh token (CI): {g.key("estuary_refresh")}
# contact {g.email()}
"""


@T(DA, "yaml", "config/development.yaml")
def temporal_config_yaml(g):
    return f"""persistence:
  defaultStore: default
  datastores:
    default:
      sql:
        pluginName: "postgres12"
        databaseName: "temporal"
        connectAddr: "{g.ip()}:5432"
        user: "temporal"
        password: "{g.pw("quoted", "db_password")}"
global:
  membership:
    broadcastAddress: "{g.look("private_ip")}"
clusterMetadata:
  currentClusterName: active
# cloud namespace api key for the worker: {g.key("temporal_api")}
# oncall {g.email()}
"""


@T(DA, "json", "drill/storage/pg.json")
def drill_storage_json(g):
    return J({
        "type": "jdbc", "enabled": True,
        "driver": "org.postgresql.Driver",
        "url": f"jdbc:postgresql://{g.ip()}:5432/analytics",
        "username": "drill_ro",
        "password": g.pw("quoted", "db_password"),
        "caseInsensitiveTableNames": False,
        "sourceParameters": {"maximumPoolSize": 8, "dataSource.applicationName": "drill " + g.look("version")},
        "_comment": "owner " + g.email(),
    })


@T(DA, "properties", "conf/accumulo.properties")
def accumulo_properties(g):
    return f"""## Accumulo site properties
instance.volumes=hdfs://{g.look("private_ip")}:8020/accumulo
instance.zookeeper.host={g.ip()}:2181,{g.ip()}:2181
instance.secret={g.pw("ini", "instance_secret")}
trace.user=root
trace.password={g.pw("ini", "service_password")}
rpc.javax.net.ssl.keyStorePassword={g.pw("ini", "keystore_password")}
# admin contact {g.email()}
"""


@T(DA, "yaml", "lakefs.yaml")
def lakefs_config_yaml(g):
    return f"""database:
  type: postgres
  postgres:
    connection_string: "postgres://lakefs:{g.pw("url", "db_password")}@{g.ip()}:5432/lakefs?sslmode=require"
auth:
  encrypt:
    secret_key: "{g.key("hex64_secret")}"
blockstore:
  type: s3
  s3:
    endpoint: http://{g.look("private_ip")}:9000
    force_path_style: true
    credentials:
      access_key_id: {g.key("s3_access_key")}
      secret_access_key: {g.key("s3_secret_key")}
# installation id {g.look("uuid_id")}, admin {g.email()}
"""


@T(DA, "yaml", "nutcracker.yml")
def twemproxy_yml(g):
    return f"""sessions:
  listen: {g.look("loopback_ip", "127.0.0.1")}:22121
  hash: fnv1a_64
  distribution: ketama
  redis: true
  redis_auth: {g.pw("yaml", "redis_password")}
  servers:
   - {g.ip()}:6379:1 sess-a
   - {g.ip()}:6379:1 sess-b
   - {g.look("private_ip")}:6379:1 sess-local
# owner {g.email()}
"""


@T(DA, "properties", "conf/kairosdb.conf")
def kairosdb_conf(g):
    return f"""kairosdb.telnetserver.port=4242
kairosdb.service.datastore=org.kairosdb.datastore.cassandra.CassandraModule
kairosdb.datastore.cassandra.cql_host_list={g.ip()},{g.ip()}
kairosdb.datastore.cassandra.auth.user_name=kairos
kairosdb.datastore.cassandra.auth.password={g.pw("ini", "db_password")}
kairosdb.jetty.basic_auth.user=grafana
kairosdb.jetty.basic_auth.password={g.pw("ini", "service_password")}
kairosdb.jetty.address={g.look("unspecified_ip")}
# maintainer {g.email()}
"""


@T(DA, "env", "zincsearch.env")
def zincsearch_env(g):
    return f"""ZINC_DATA_PATH=/data
ZINC_FIRST_ADMIN_USER=admin
ZINC_FIRST_ADMIN_PASSWORD={g.pw("ini", "admin_password")}
ZINC_S3_BUCKET=zinc-idx
AWS_ACCESS_KEY_ID={g.key("aws_key_id")}
AWS_SECRET_ACCESS_KEY={g.key("aws_secret")}
ZINC_SENTRY=false
ZINC_PLUGIN_GSE_ENABLE=false
# reachable at {g.ip()}:4080; internal {g.look("private_ip")}
# owner {g.email()}
"""


# ---------------------------------------------------------------- logs
LG = "log / stack trace"


@T(LG, "log", "glassfish/domains/domain1/logs/server.log")
def glassfish_server_log(g):
    return f"""[2025-02-11T08:14:02.311+0000] [GlassFish {g.look("version")}] [INFO] [] [javax.enterprise.system.core] [tid: _ThreadID=1] [[
  Listening on {g.look("unspecified_ip")}:8080]]
[2025-02-11T08:14:05.902+0000] [] [WARNING] [] [jdbc.pool] [tid: _ThreadID=44] [[
  Connection refused: jdbc:mysql://{g.ip()}:3306/shop?user=shop&password={g.pw("url", "db_password")}]]
[2025-02-11T08:15:11.004+0000] [] [INFO] [] [mail] [tid: _ThreadID=51] [[
  Sent order confirmation to {g.email()} via {g.ip()}]]
[2025-02-11T08:15:12.600+0000] [] [SEVERE] [] [auth] [tid: _ThreadID=52] [[
  Login failed for {g.email()} from {g.ip()} (session {g.look("uuid_id")})]]
"""


@T(LG, "log", "logs/server1/SystemOut.log")
def websphere_systemout_log(g):
    return f"""[3/4/25 9:01:17:402 CET] 00000001 WsServerImpl  A   WSVR0001I: Server server1 open for e-business
[3/4/25 9:02:44:118 CET] 0000003a SystemOut     O   PaymentClient init endpoint=https://{g.ip()}/p24 crc={g.key("p24_crc")}
[3/4/25 9:02:44:120 CET] 0000003a SystemOut     O   ssl.keyStorePassword={g.pw("ini", "keystore_password")}
[3/4/25 9:03:01:551 CET] 0000004f SecurityColl  W   SECJ0369E: Authentication failed for {g.email()} from {g.ip()}
[3/4/25 9:03:02:007 CET] 0000004f ConnectionMan I   J2CA0107I: pool refreshed, node {g.look("private_ip")}
"""


@T(LG, "log", "varnishlog.txt")
def varnishlog(g):
    return f"""*   << Request  >> {g.randint(100000, 999999)}
-   Begin          req 32771 rxreq
-   ReqStart       {g.ip()} 51544 a0
-   ReqMethod      GET
-   ReqURL         /v1/quotes?apikey={g.key("intrinio")}
-   ReqHeader      Host: quotes.{g.choice(["tidewright.com", "marrowgate.io"])}
-   ReqHeader      X-Forwarded-For: {g.ip()}, {g.look("private_ip")}
-   ReqHeader      Authorization: Basic {g.look("placeholder", "REDACTED==")}
-   BackendOpen    26 quotes {g.look("private_ip")} 8080 {g.look("private_ip")} 41820
-   VCL_Log        user={g.email()}
-   End
"""


@T(LG, "log", "SmarterMail/Logs/2025.03.02-smtpLog.log")
def smartermail_smtp_log(g):
    ip = g.ip()
    return f"""09:12:44.118 [{ip}][{g.randint(10000000, 99999999)}] rsp: 220 mail.{g.choice(["ottervale.co", "fernhollow.net"])}
09:12:44.301 [{ip}][{g.randint(10000000, 99999999)}] cmd: EHLO scanner
09:12:44.452 [{ip}][{g.randint(10000000, 99999999)}] cmd: AUTH PLAIN (user {g.email("email_username")})
09:12:44.460 [{ip}][{g.randint(10000000, 99999999)}] Authentication failed: password '{g.pw("prose", "smtp_password")}' rejected
09:12:45.002 [{g.ip()}][{g.randint(10000000, 99999999)}] cmd: MAIL FROM:<{g.email()}>
09:12:45.110 [{g.look("private_ip")}][{g.randint(10000000, 99999999)}] cmd: RCPT TO:<{g.email()}>
"""


@T(LG, "log", "/var/log/opensips.log")
def opensips_log(g):
    return f"""Mar  3 10:01:12 sbc /usr/sbin/opensips[2211]: INFO:core:main: starting OpenSIPS {g.look("version")}
Mar  3 10:01:13 sbc /usr/sbin/opensips[2214]: REGISTER from sip:{g.randint(100, 999)}@{g.ip()} ua=Yealink
Mar  3 10:01:13 sbc /usr/sbin/opensips[2214]: DBG:auth_db: user {g.user()} password "{g.pw("quoted", "sip_password")}" (debug build)
Mar  3 10:01:20 sbc /usr/sbin/opensips[2217]: WARNING:pike: {g.ip()} blocked, too many requests
Mar  3 10:01:21 sbc /usr/sbin/opensips[2217]: notify abuse contact {g.email()}
Mar  3 10:01:22 sbc /usr/sbin/opensips[2217]: rtpengine at {g.look("private_ip")}:2223 ok
"""


# ---------------------------------------------------------------- mobile / IDE
MO = "mobile / IDE config"


@T(MO, "ini", "game.project")
def defold_game_project(g):
    return f"""[project]
title = Otter Rush
version = {g.look("version")}
developer = {g.email()}

[display]
width = 1080
height = 1920

[leaderboard]
api_host = {g.ip()}
api_key = {g.key("hex32_secret")}
admin_password = {g.pw("ini", "admin_password")}

[android]
package = com.ottervale.rush
keystore_password = {g.pw("ini", "keystore_password")}
"""


@T(MO, "json", ".config/zed/settings.json")
def zed_settings_json(g):
    return J({
        "theme": "One Dark", "buffer_font_size": 14,
        "language_models": {
            "openai_compatible": {"siliconflow": {"api_url": "https://api.siliconflow.cn/v1",
                                                  "api_key": g.key("siliconflow")}},
            "nebius": {"api_url": "https://api.studio.nebius.ai/v1", "api_key": g.key("nebius")},
        },
        "ssh_connections": [{"host": g.ip(), "username": "dev", "args": ["-p", "2222"]},
                            {"host": g.look("private_ip"), "username": "pi"}],
        "git": {"author_email": g.email()},
    })


# ---------------------------------------------------------------- network config
NW = "network config"


@T(NW, "toml", "/etc/gobgpd.toml")
def gobgp_toml(g):
    return f"""[global.config]
  as = {g.randint(64512, 65534)}
  router-id = "{g.ip()}"

[[neighbors]]
  [neighbors.config]
    neighbor-address = "{g.ip()}"
    peer-as = {g.randint(1000, 60000)}
    auth-password = "{g.dev_pw("bgp_md5_password")}"

[[neighbors]]
  [neighbors.config]
    neighbor-address = "{g.ip()}"
    peer-as = {g.randint(1000, 60000)}
    auth-password = "{g.dev_pw("bgp_md5_password")}"

[[neighbors]]
  [neighbors.config]
    neighbor-address = "{g.look("private_ip")}"
    peer-as = 65001
# noc {g.email()}
"""


@T(NW, "cli", "dasan-olt.cfg")
def dasan_olt_cli(g):
    return f"""hostname OLT-{g.randint(1, 9)}
!
snmp community ro {g.dev_pw("snmp_community")}
snmp community rw {g.dev_pw("snmp_community")}
snmp trap-host {g.ip()} version 2c
!
gpon
 gpon-olt 1
  onu 1 serial-number DSNW{g.hexs(8).upper()} password {g.dev_pw("onu_password")}
!
interface mgmt
 ip address {g.ip()} {g.look("netmask")}
!
radius-server host {g.ip()} key {g.dev_pw("radius_secret")}
ntp server {g.look("private_ip")}
! contact {g.email()}
"""


@T(NW, "cli", "qtech-sw.cfg")
def qtech_switch_cli(g):
    return f"""hostname QSW-{g.randint(100, 999)}
username admin privilege 15 password 0 {g.dev_pw("device_password")}
enable password 0 {g.dev_pw("enable_password")}
snmp-server community {g.dev_pw("snmp_community")} ro
snmp-server host {g.ip()} v2c {g.dev_pw("snmp_community")}
tacacs-server host {g.ip()} key {g.dev_pw("tacacs_key")}
interface vlan 1
 ip address {g.look("private_ip")} {g.look("netmask")}
ip default-gateway {g.look("private_ip")}
logging {g.ip()}
"""


@T(NW, "cli", "maipu-rtr.cfg")
def maipu_router_cli(g):
    return f"""hostname MP-{g.host()}
user admin privilege 15 password 0 {g.dev_pw("device_password")}
interface gigabitethernet0
 ip address {g.ip()} {g.look("netmask")}
crypto isakmp key {g.dev_pw("ipsec_psk")} address {g.ip()}
ip route {g.look("unspecified_ip")} {g.look("unspecified_ip")} {g.ip()}
ip access-list extended mgmt
 permit ip {g.look("private_ip")} {g.look("wildcard_mask")} any
"""


@T(NW, "json", "netonix-config.json")
def netonix_config_json(g):
    return J({
        "Config_Version": g.randint(1, 9), "Switch_Name": "WS-12-250",
        "Users": [{"Username": "admin", "Password": g.dev_pw("device_password")}],
        "SNMP_Enable": True, "SNMP_Community": g.dev_pw("snmp_community"),
        "IPv4_Address": g.ip(), "IPv4_Netmask": g.look("netmask"), "IPv4_Gateway": g.ip(),
        "Syslog_Server": g.look("private_ip"), "Admin_Email": g.email(),
        "Firmware": g.look("version"),
    })


@T(NW, "cli", "zhone-mxk.cfg")
def zhone_mxk_cli(g):
    return f"""zSH> update system 0
  sysname: --> {{MXK-{g.randint(10, 99)}}}
  syscontact: --> {{{g.email()}}}
zSH> update ip-interface-record ethernet1/ip
  ipaddress: --> {{{g.ip()}}}
  netmask: --> {{{g.look("netmask")}}}
zSH> update community-profile 1
  community-name: --> {{{g.dev_pw("snmp_community")}}}
zSH> update radius-client 1
  server-name: --> {{{g.ip()}}}
  secret: --> {{{g.dev_pw("radius_secret")}}}
"""


@T(NW, "cli", "teldat-config.txt")
def teldat_router_cli(g):
    return f"""log-command-errors
no configuration
set hostname TELDAT-{g.randint(1, 99)}
user admin password {g.dev_pw("device_password")}
network ethernet0/0
   ip address {g.ip()} {g.look("netmask")}
exit
protocol ip
   route {g.look("unspecified_ip")} {g.look("unspecified_ip")} {g.ip()}
exit
feature ipsec
   template 1 ike pre-shared-key {g.dev_pw("ipsec_psk")}
   template 1 ike remote-id {g.ip()}
exit
feature snmp
   community {g.dev_pw("snmp_community")} access read-only
exit
"""


# ---------------------------------------------------------------- notebooks
NB = "notebook"


def nb(cells):
    return J({"cells": [{"cell_type": t, "metadata": {}, "source": src.splitlines(True),
                         **({"outputs": [], "execution_count": None} if t == "code" else {})} for t, src in cells],
              "metadata": {"kernelspec": {"name": "python3", "display_name": "Python 3"}},
              "nbformat": 4, "nbformat_minor": 5})


@T(NB, "ipynb", "notebooks/funding_rates.ipynb")
def ipynb_bybit(g):
    return nb([
        ("markdown", f"# Funding rates\nOwner: {g.email()}"),
        ("code", f"BYBIT_KEY = '{g.key('bybit_key')}'\nBYBIT_SECRET = '{g.key('bybit_secret')}'\n"
                 f"CG_KEY = '{g.key('coingecko')}'\nPROXY = 'http://{g.ip()}:3128'\n"),
        ("code", f"# cached responses on the lab box {g.look('private_ip')}\nrun_id = '{g.look('uuid_id')}'\n"),
    ])


@T(NB, "ipynb", "notebooks/bank_feed.ipynb")
def ipynb_nordigen(g):
    return nb([
        ("markdown", f"## Bank feed sync\nAsk {g.email()} before running."),
        ("code", f"SECRET_ID = '{g.key('nordigen_secret_id')}'\nSECRET_KEY = '{g.key('nordigen_secret_key')}'\n"
                 f"PDL_KEY = '{g.key('peopledatalabs')}'\n"),
        ("code", f"DB = 'postgresql://feeds:{g.pw('url', 'db_password')}@{g.ip()}:5432/feeds'\n"
                 f"institution = '{g.look('uuid_id')}'\n"),
    ])


# ---------------------------------------------------------------- self-hosted
SH2 = "self-hosted / home lab"


@T(SH2, "env", "mailu.env")
def mailu_env(g):
    return f"""SECRET_KEY={g.key("alnum_secret", g.s(16, "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"))}
DOMAIN={g.choice(["ottervale.co", "fernhollow.net", "kelpforge.io"])}
HOSTNAMES=mail.{g.choice(["ottervale.co", "fernhollow.net"])}
POSTMASTER=admin
PUBLIC_IPV4={g.ip()}
SUBNET={g.look("private_ip")}/24
RELAYHOST=[{g.ip()}]:587
RELAYUSER={g.email("email_username")}
RELAYPASSWORD={g.pw("ini", "smtp_password")}
INITIAL_ADMIN_PW={g.pw("ini", "admin_password")}
"""


@T(SH2, "toml", "/opt/stalwart/etc/config.toml")
def stalwart_config_toml(g):
    return f"""[server]
hostname = "mx.{g.choice(["tidewright.com", "marrowgate.io"])}"

[server.listener.smtp]
bind = ["{g.look("unspecified_ip")}:25"]
protocol = "smtp"

[store."postgresql"]
type = "postgresql"
host = "{g.ip()}"
port = 5432
database = "stalwart"
user = "stalwart"
password = "{g.pw("quoted", "db_password")}"

[authentication.fallback-admin]
user = "admin"
secret = "{g.pw("quoted", "admin_password")}"

[queue.outbound]
hostname = "{g.ip()}"
# postmaster {g.email()}
"""


@T(SH2, "text", "/etc/maddy/maddy.conf")
def maddy_conf(g):
    return f"""$(hostname) = mx1.{g.choice(["ottervale.co", "fernhollow.net"])}
$(primary_domain) = {g.choice(["ottervale.co", "fernhollow.net"])}
tls file /etc/maddy/certs/fullchain.pem /etc/maddy/certs/privkey.pem

auth.pass_table local_authdb {{
    table sql_table {{
        driver postgres
        dsn "host={g.ip()} user=maddy password={g.pw("url", "db_password")} dbname=maddy sslmode=require"
    }}
}}

target.smtp outbound_relay {{
    targets tcp://{g.ip()}:587
    auth plain {g.email("email_username")} {g.pw("shell", "smtp_password")}
}}
# internal relay {g.look("private_ip")}
"""


@T(SH2, "elixir", "config/prod.secret.exs")
def akkoma_prod_secret_exs(g):
    return f"""import Config

config :pleroma, Pleroma.Web.Endpoint,
  url: [host: "social.{g.choice(["ottervale.co", "kelpforge.io"])}", scheme: "https", port: 443],
  http: [ip: {{127, 0, 0, 1}}, port: 4000],
  secret_key_base: "{g.key("elixir_secret_key_base")}",
  signing_salt: "{g.key("alnum_secret", g.s(8))}"

config :pleroma, :instance,
  name: "otters",
  email: "{g.email()}",
  notify_email: "{g.email()}"

config :pleroma, Pleroma.Repo,
  adapter: Ecto.Adapters.Postgres,
  username: "akkoma",
  password: "{g.pw("quoted", "db_password")}",
  hostname: "{g.ip()}"

config :web_push_encryption, :vapid_details,
  private_key: "{g.key("b64_secret", g.b64(32, True, False))}"
"""


@T(SH2, "php", "config/local.config.php")
def friendica_local_config_php(g):
    return f"""<?php
return [
	'database' => [
		'hostname' => '{g.ip()}',
		'username' => 'friendica',
		'password' => '{g.pw("quoted", "db_password")}',
		'database' => 'friendica',
	],
	'config' => [
		'admin_email' => '{g.email()}',
		'sitename' => 'Friendica Social Network',
	],
	'system' => [
		'default_timezone' => 'UTC',
		'proxy' => '{g.look("private_ip")}:3128',
	],
];
"""


@T(SH2, "env", "leantime/.env")
def leantime_env(g):
    return f"""LEAN_APP_URL=https://pm.{g.choice(["ottervale.co", "quorvane.net"])}
LEAN_DB_HOST={g.ip()}
LEAN_DB_USER=leantime
LEAN_DB_PASSWORD={g.pw("ini", "db_password")}
LEAN_DB_DATABASE=leantime
LEAN_SESSION_PASSWORD={g.key("session_secret")}
LEAN_EMAIL_RETURN={g.email()}
LEAN_EMAIL_SMTP_HOSTS={g.ip()}
LEAN_EMAIL_SMTP_USERNAME={g.email("email_username")}
LEAN_EMAIL_SMTP_PASSWORD={g.pw("ini", "smtp_password")}
"""


@T(SH2, "env", "wekan.env")
def wekan_env(g):
    return f"""MONGO_URL=mongodb://wekan:{g.pw("url", "db_password")}@{g.ip()}:27017/wekan
ROOT_URL=https://boards.{g.choice(["ottervale.co", "kelpforge.io"])}
MAIL_URL=smtp://wekan-mailer:{g.pw("url", "smtp_password")}@{g.ip()}:587/
MAIL_FROM=Wekan Notifications <{g.email()}>
WITH_API=true
# internal mongo replica {g.look("private_ip")}
"""


@T(SH2, "env", "invoiceninja/.env")
def invoiceninja_env(g):
    return f"""APP_URL=https://billing.{g.choice(["ottervale.co", "tidewright.com"])}
APP_KEY=base64:{g.key("b64_secret")}
DB_HOST={g.ip()}
DB_DATABASE=ninja
DB_USERNAME=ninja
DB_PASSWORD={g.pw("ini", "db_password")}
MAIL_HOST={g.ip()}
MAIL_USERNAME={g.email("email_username")}
MAIL_PASSWORD={g.pw("ini", "smtp_password")}
MAIL_FROM_ADDRESS={g.email()}
KHALTI_SECRET_KEY={g.key("khalti")}
TRUSTED_PROXIES={g.look("private_ip")}
"""


@T(SH2, "php", "data/config-internal.php")
def espocrm_config_internal_php(g):
    return f"""<?php
return [
  'database' => [
    'host' => '{g.ip()}',
    'port' => '3306',
    'dbname' => 'espocrm',
    'user' => 'espocrm',
    'password' => '{g.pw("quoted", "db_password")}',
    'platform' => 'Mysql'
  ],
  'smtpPassword' => '{g.pw("quoted", "smtp_password")}',
  'passwordSalt' => '{g.key("hex32_secret", g.hexs(16))}',
  'cryptKey' => '{g.key("hex32_secret")}',
  'hashSecretKey' => '{g.key("hex32_secret")}',
  'siteUrl' => 'http://{g.look("private_ip")}',
  'adminNotificationsNewVersion' => true,
  'installedAt' => '2025-01-09 10:11:12',
  'instanceId' => '{g.look("uuid_id")}'
];
"""


@T(SH2, "env", "monica/.env")
def monica_env(g):
    return f"""APP_ENV=production
APP_KEY=base64:{g.key("b64_secret")}
DB_HOST={g.ip()}
DB_USERNAME=monica
DB_PASSWORD={g.pw("ini", "db_password")}
MAIL_MAILER=smtp
MAIL_HOST={g.ip()}
MAIL_USERNAME={g.email("email_username")}
MAIL_PASSWORD={g.pw("ini", "smtp_password")}
MAIL_FROM_ADDRESS={g.email()}
WEATHERSTACK_KEY={g.key("weatherstack")}
APP_TRUSTED_PROXIES={g.look("private_ip")}
"""


@T(SH2, "env", "fider.env")
def fider_env(g):
    return f"""BASE_URL=https://feedback.{g.choice(["kelpforge.io", "quorvane.net"])}
DATABASE_URL=postgres://fider:{g.pw("url", "db_password")}@{g.ip()}:5432/fider?sslmode=disable
JWT_SECRET={g.key("jwt_secret")}
EMAIL_NOREPLY={g.look("reserved_email")}
EMAIL_SMTP_HOST={g.ip()}
EMAIL_SMTP_USERNAME={g.email("email_username")}
EMAIL_SMTP_PASSWORD={g.pw("ini", "smtp_password")}
"""


@T(SH2, "json", "nodebb/config.json")
def nodebb_config_json(g):
    return J({
        "url": "https://forum." + g.choice(["ottervale.co", "fernhollow.net"]),
        "secret": g.key("uuid_key"),
        "database": "redis",
        "redis": {"host": g.ip(), "port": "6379", "password": g.pw("quoted", "redis_password"), "database": "0"},
        "port": "4567",
        "admin_contact": g.email(),
        "upstream_proxy": g.look("private_ip"),
    })


@T(SH2, "env", "koel/.env")
def koel_env(g):
    return f"""APP_KEY=base64:{g.key("b64_secret")}
DB_CONNECTION=mysql
DB_HOST={g.ip()}
DB_DATABASE=koel
DB_USERNAME=koel
DB_PASSWORD={g.pw("ini", "db_password")}
STORAGE_DRIVER=s3
AWS_ACCESS_KEY_ID={g.key("aws_key_id")}
AWS_SECRET_ACCESS_KEY={g.key("aws_secret")}
AWS_ENDPOINT=http://{g.look("private_ip")}:9000
MAIL_FROM_ADDRESS={g.email()}
"""


# ---------------------------------------------------------------- unusual formats
UN = "unusual format"


@T(UN, "text", "y0000000000{mac}.cfg")
def yealink_provisioning_cfg(g):
    return f"""#!version:{g.look("build_number", "1.0.0.1")}
## Yealink auto-provisioning for ext {g.randint(200, 299)}
account.1.enable = 1
account.1.label = Reception
account.1.auth_name = {g.randint(200, 299)}
account.1.user_name = {g.randint(200, 299)}
account.1.password = {g.dev_pw("sip_password")}
account.1.sip_server.1.address = {g.ip()}
account.1.sip_server.2.address = {g.ip()}
static.security.user_password = admin:{g.dev_pw("device_password")}
static.auto_provision.server.url = https://prov.{g.choice(["ottervale.co", "tidewright.com"])}/yealink/
static.network.vlan.internet_port_vid = 20
static.syslog.server = {g.look("private_ip")}
features.action_uri_allow_ip_list = {g.look("private_ip")}
"""


@T(UN, "text", "contacts/it-vendors.vcf")
def vcard_vcf(g):
    return f"""BEGIN:VCARD
VERSION:3.0
FN:{g.name()}
ORG:Copperwick Telecom
EMAIL;TYPE=WORK:{g.email()}
TEL;TYPE=CELL:+33 6 {g.randint(10, 99)} {g.randint(10, 99)} {g.randint(10, 99)} {g.randint(10, 99)}
NOTE:VPN gateway {g.ip()} - pre-shared key {g.dev_pw("ipsec_psk", "prose")} - portal login {g.pw("prose", "user_password")}
URL:https://{g.ip()}:8443/portal
UID:{g.look("uuid_id")}
END:VCARD
BEGIN:VCARD
VERSION:3.0
FN:{g.name()}
EMAIL;TYPE=HOME:{g.email()}
NOTE:test account {g.look("reserved_email")}
END:VCARD
"""


@T(UN, "text", "/etc/hostapd.wpa_psk")
def hostapd_wpa_psk(g):
    rows = ["# hostapd per-station PSK file: <MAC> <passphrase>"]
    for _ in range(3):
        rows.append(f"{g.look('mac_address')} {g.dev_pw('wifi_psk')}")
    rows.append(f"00:00:00:00:00:00 {g.dev_pw('wifi_psk')}")
    rows.append(f"# managed by {g.email()}; RADIUS fallback {g.ip()}")
    return "\n".join(rows) + "\n"


# ---------------------------------------------------------------- docs / prose
PR = "docs / prose"


@T(PR, "markdown", "docs/runbooks/lakefs-migration.md")
def runbook_lakefs_migration(g):
    return f"""# Runbook: moving lakeFS to the new object store

Owner: {g.name()} ({g.email()}), backup: {g.email()}

1. Freeze writes: set the repo to read-only from the UI (build {g.look("version")}).
2. Dump metadata from the old Postgres at `{g.ip()}`:
   `PGPASSWORD='{g.pw("shell", "db_password")}' pg_dump -h {g.ip()} -U lakefs lakefs > meta.sql`
3. Copy objects with the temporary migration keys
   (access key `{g.key("s3_access_key")}`, secret `{g.key("s3_secret_key")}`) - delete them afterwards.
4. Point `blockstore.s3.endpoint` at the new cluster `{g.ip()}`; keep `{g.look("private_ip")}` as the internal VIP.
5. Rotate `auth.encrypt.secret_key`; the new one is `{g.key("hex64_secret")}`.

Do **not** use the example key `{g.look("placeholder")}` from the upstream docs.
"""


@T(PR, "markdown", "docs/postmortems/2025-02-ai-keys.md")
def postmortem_ai_keys(g):
    return f"""## Postmortem: model-provider keys pasted in a public issue

**Summary.** While debugging rate limits, a contractor ({g.email()}) pasted a `.env` into a public issue.
It held a Zhipu key (`{g.key("zhipu")}`), a MiniMax token (`{g.key("minimax")}`) and a Lepton key
(`{g.key("lepton")}`). Scrapers used the Zhipu key from {g.ip()} and {g.ip()} within 9 minutes.

**Timeline.** 14:02 issue opened; 14:11 first abusive call; 14:30 {g.email()} revoked all three keys.
The issue now shows `{g.look("masked_key")}` for each key. Commit that removed the file: `{g.look("git_sha")}`.

**Follow-up.** Secrets move to the vault; the Hyperbolic trial token `{g.key("hyperbolic")}` found during the
sweep was also revoked. Internal gateway `{g.look("private_ip")}` is not affected.
"""


@T(PR, "markdown", "docs/clinic-it-handbook.md")
def clinic_it_handbook(g):
    return f"""# Clinic IT handbook (front desk edition)

* **Wi-Fi (staff):** SSID `clinic-staff`, passphrase `{g.dev_pw("wifi_psk", "prose")}`
* **Wi-Fi (guests):** SSID `clinic-guest`, passphrase `{g.dev_pw("wifi_psk", "prose")}` (changes monthly)
* **VPN to head office:** gateway {g.ip()}, pre-shared key `{g.dev_pw("ipsec_psk", "prose")}`
* **Payments:** Khalti live secret `{g.key("khalti")}`; SSLCommerz store id `clinic{g.randint(100, 999)}live`,
  store password `{g.key("sslcommerz")}`; eSewa secret `{g.key("esewa")}`
* **bKash:** app key `{g.key("bkash_app_key")}`, app secret `{g.key("bkash_app_secret")}`
* **Printer:** {g.look("private_ip")} (admin password on the sticker, not here)
* **Help:** {g.email()} or {g.email()}; the vendor status page is at {g.ip()}.
"""


# title, server, password of the server, key, e-mail, copula, and, place (native script)
NOTES = {
    "note_swabian": ("Iberggab-Zeddl", "Server", "Passwort vom Server", "Schlissl", "E-Mail", "isch", "ond", "Schduagert"),
    "note_zeelandic": ("Overdrachtsbriefje", "server", "wachtwoord van de server", "sleutel", "e-mail", "is", "en", "Vlissienge"),
    "note_marshallese": ("Kōjjeļā in ukōt", "server", "password eo an server", "kii", "email", "ej", "im", "Mājro"),
    "note_fula": ("Binndi hoɗɗitaare", "sarwoor", "finnde sarwoor", "coktirgal", "iimeel", "ko", "e", "Labe"),
    "note_efik": ("Ŋwed ukpụhọ utom", "server", "ikọ ukpeme server", "ukpọhọde", "email", "edi", "ye", "Atakpa"),
    "note_bemba": ("Ukupyanika imilimo", "server", "icishibilo ca server", "icifungulo", "imeyili", "ni", "na", "Kasama"),
    "note_tsonga": ("Papila ro nyiketa", "server", "phasiwedi ya server", "xikhiya", "imeyili", "i", "na", "Giyani"),
    "note_aymara": ("Irnaqäw katuyaña", "servidor", "servidor jamasat aru", "llawi", "correo", "ukaw", "ukat", "Chukiyawu"),
    "note_mapudungun": ("Wirin elkünun", "servidor", "servidor ñi ñuküf dungun", "llave", "correo", "ta", "ka", "Temuko"),
    "note_garifuna": ("Warani ligía", "server", "password server", "kii", "email", "ha", "luma", "Dangriga"),
    "note_moksha": ("Ванфтома запис", "сервер", "серверть салава валось", "панжема", "электрон почта", "—", "и", "Саран"),
    "note_abkhaz": ("Анапхгара ашәҟәы", "асервер", "асервер ажәамаӡа", "аҵых", "аелектрон пошьҭа", "ауп", "и", "Аҟәа"),
    "note_limbu": ("ᤜᤠᤋᤢ ᤐᤡᤶ", "ᤛᤷᤘᤷ", "ᤛᤷᤘᤷ ᤐᤠᤛᤘᤷᤍ", "ᤇᤠᤒᤡ", "ᤀᤡᤔᤣᤗ", "ᤀᤠ", "ᤀᤣ", "ᤋᤵᤗᤣᤈᤢᤱ"),
    "note_shan": ("လိၵ်ႈပၼ်ၵၢၼ်", "သႃႇပႃႇ", "ပၢတ်ႉသဝိူတ်ႉ သႃႇပႃႇ", "ၶီး", "ဢီးမေးလ်", "ၼႆႉ", "လႄႈ", "တွင်ႇႄၵီး"),
    "note_harari": ("ሹጝል መሰጠ", "ሰርቨር", "ሰርቨር ፓስዎርድ", "መፍቻ", "ኢሜይል", "ዩ", "ዋ", "ሐረር"),
    "note_inuktitut": ("ᐱᓕᕆᐊᕐᓂᖅ ᑐᓂᓯᓂᖅ", "ᓴᕗᕙ", "ᓴᕗᕙ ᐸᔅᕗᐃᑦ", "ᑭᐃ", "ᐃᒻᐃᐅᓪ", "ᐅᕙᓂ", "ᐊᒻᒪ", "ᐃᖃᓗᐃᑦ"),
    "note_cherokee": ("ᏚᏂᎳᏫᏨ ᎠᏍᏆᏂᎪᏗ", "ᏒᏆ", "ᏒᏆ ᎠᏍᏚᏗ ᎧᏁᎢᏍᏗ", "ᏗᏍᏚᎢᏍᏗ", "ᎠᏓᏃᏣᎶᏗ", "ᎾᏍᎩ", "ᎠᎴ", "ᏓᎵᏆ"),
    "note_sherpa": ("ལས་ཀ་རྩིས་སྤྲོད", "སར་བར", "སར་བར་གསང་ཚིག", "ལྡེ་མིག", "ཨི་མེལ", "རེད", "དང་", "ནམ་ཅེ"),
    "note_brahui": ("کار ءِ سپارگ", "سرور", "سرور ءِ پاسورڈ", "کُنجی", "ای میل", "ءِ", "او", "قلات"),
    "note_kodava": ("ಕೆಲಸ ಒಪ್ಪಿಸುವ ಚೀಟಿ", "ಸರ್ವರ್", "ಸರ್ವರ್ ಪಾಸ್‌ವರ್ಡ್", "ಚಾವಿ", "ಇಮೇಲ್", "ಆಯಿತ್", "ಉಂ", "ಮಡಿಕೇರಿ"),
}
NOTE_KEYS = ["nomic", "zilliz", "cartesia", "hume", "vapi", "retell", "murf", "picovoice", "suprsend_secret",
             "drip", "vero", "netcore", "squadcast", "zenduty", "pangolin_secret", "pritunl_token"]


def make_note(name):
    title, server, pwd_of, key_w, mail_w, cop, and_w, place = NOTES[name]

    def fn(g):
        native = place + str(g.randint(10, 9999)) + g.choice("-_#%*+=^~")
        pw_native = g.secret("pw_native", native)
        pw2 = g.pw("prose")
        ip1, ip2 = g.ip(), g.ip()
        k = g.key(g.choice(NOTE_KEYS))
        e1, e2 = g.email(), g.email()
        look = g.look(g.choice(["private_ip", "version", "doc_ip", "uuid_id"]))
        form = g.randint(0, 2)
        if form == 0:
            return (f"{title}\n\n- {server}: {ip1} {and_w} {ip2}\n- {pwd_of}: {pw_native}\n- VPN {pwd_of}: {pw2}\n"
                    f"- {key_w} (API): {k}\n- {mail_w}: {e1}, {e2}\n- {look}\n")
        if form == 1:
            return (f"{title}\n{server} {cop} {ip1}\n{server} 2 {cop} {ip2}\n{pwd_of} {cop} {pw_native}\n"
                    f"{pwd_of} (backup) {cop} {pw2}\n{key_w} {cop} {k}\n{mail_w}: {e1} {and_w} {e2}\nref {look}\n")
        return (f"## {title}\n\n| | |\n|---|---|\n| {server} | {ip1} / {ip2} |\n| {pwd_of} | {pw_native} |\n"
                f"| {pwd_of} (2) | {pw2} |\n| {key_w} | {k} |\n| {mail_w} | {e1} {and_w} {e2} |\n| ref | {look} |\n")
    fn.__name__ = name
    return fn


for _n in NOTES:
    T(PR, "text", f"notes/{_n[5:]}.txt")(make_note(_n))
