"""Templates 1-36 of held-out set 40; each returns (lang, path, text with markers)."""


def devcontainer_json(g):
    return "json", ".devcontainer/devcontainer.json", f'''{{
  "name": "billing-api dev",
  "image": "mcr.microsoft.com/devcontainers/python:{g.la('version', '1-3.12-bookworm')}",
  "forwardPorts": [5432, 8025],
  "containerEnv": {{
    "PGHOST": "{g.ip4('db_host')}",
    "PGPASSWORD": "{g.pw('pg_password', 'q')}",
    "SMTP_RELAY_USER": "{g.em('smtp_user')}",
    "FEATURE_FLAGS_KEY": "{g.key('flags_key', 'an32')}",
    "UPSTREAM_TOKEN": "${{localEnv:UPSTREAM_TOKEN}}"
  }},
  "remoteEnv": {{ "LOCAL_DB": "{g.loop()}", "DEV_SSH_PUB": "{g.pub()}", "SEED_ADMIN": "{g.resmail()}" }},
  "postCreateCommand": "pip install -r requirements-dev.txt"
}}
'''.replace("${localEnv:UPSTREAM_TOKEN}", g.ref("${localEnv:UPSTREAM_TOKEN}"))


def osquery_conf(g):
    return "json", "etc/osquery/osquery.conf", f'''{{
  "options": {{
    "config_plugin": "tls",
    "tls_hostname": "{g.ip4('tls_host')}:8443",
    "enroll_secret_path": "/etc/osquery/enroll.secret",
    "host_identifier": "uuid",
    "logger_tls_endpoint": "/api/v1/log"
  }},
  "decorators": {{ "load": ["SELECT '{g.uuid('node_uuid')}' AS fleet_node;"] }},
  "schedule": {{
    "listening_ports": {{ "query": "SELECT * FROM listening_ports WHERE address != '{g.unspec()}';", "interval": 300 }}
  }},
  "_comment_enroll": "enroll secret rotated by {g.em('rotated_by')}: {g.key('enroll_secret', 'an40')}",
  "_comment_relay": "fallback relay {g.ip('relay_ip', 0.5)} (old was {g.priv()}, docs use {g.docip()})", "_pack_sha": "{g.sha(64)}"
}}
'''


def falco_rules(g):
    return "yaml", "falco/rules.d/egress.yaml", f'''- list: allowed_egress_ips
  items: ["{g.ip4('allowed_egress')}", "{g.shared()}", "{g.priv()}", "{g.docip()}"]

- macro: outbound_to_unknown
  condition: (evt.type=connect and fd.sip != "{g.loop()}" and not fd.sip in (allowed_egress_ips))

- rule: Unexpected outbound connection
  desc: page {g.em('oncall_email')} when a pod talks to anything not allow-listed
  condition: outbound_to_unknown and container
  output: "egress from %container.name to %fd.sip (rule v{g.ver()})"
  priority: WARNING
# falcosidekick webhook, do not commit: https://hooks.alerting.local/falco/{g.key('webhook_token', 'lower32')}
'''


def otelcol_yaml(g):
    return "yaml", "deploy/otelcol-config.yaml", f'''receivers:
  otlp:
    protocols:
      grpc:
        endpoint: {g.unspec()}:4317
exporters:
  otlphttp/vendor:
    endpoint: https://{g.host('collector_ip')}:4318
    headers:
      x-ingest-key: {g.key('ingest_key', 'hex40')}
  otlphttp/backup:
    endpoint: https://traces-backup.internal:4318
    headers:
      authorization: "Basic {g.key('basic_auth_b64', 'b64_32')}"
      x-api-key: {g.ref('${env:BACKUP_INGEST_KEY}')}
processors:
  attributes/owner:
    actions:
      - key: team.contact
        value: {g.em('team_contact')}
        action: upsert
service:
  telemetry:
    metrics:
      address: {g.loop()}:8888
'''


def velero_bsl(g):
    return "yaml", "velero/credentials-velero.yaml", f'''apiVersion: v1
kind: Secret
metadata:
  name: cloud-credentials
  namespace: velero
stringData:
  cloud: |
    [default]
    aws_access_key_id={g.key('access_key_id', 'aklt')}
    aws_secret_access_key={g.key('secret_access_key', 'b64u43')}
---
apiVersion: velero.io/v1
kind: BackupStorageLocation
metadata:
  name: offsite
  namespace: velero
spec:
  provider: aws
  objectStorage:
    bucket: cluster-backups
  config:
    region: eu-central
    s3Url: https://{g.host('s3_ip')}:9000
    # restore test run {g.uuid('backup_uid')} by {g.em('operator_email')}
    # plugin velero-plugin-for-aws:v{g.ver()} digest {g.sha(64)}
'''


def pypiserver_htpasswd_notes(g):
    return "markdown", "docs/internal-index.md", f'''# Internal package index

We run pypiserver {g.ver()} on `{g.ip4('index_host')}` behind a TLS proxy.

Index image digest `{g.sha(64)}`, pinned by commit `{g.sha(7)}`.

Upload with:

```sh
twine upload --repository-url https://{g.ip4('index_host')}/ -u uploader -p {g.pw('upload_password', 'shell')} dist/*
```

The htpasswd line for `uploader` is `uploader:{g.bcrypt()}` (a hash, fine to keep here).
Read-only installs use `pip install --index-url https://reader:{g.pw('reader_password', 'url')}@pkgs.buildfarm.net/simple/ foo`.
Questions to {g.em('index_owner')}. Use `<password>` in examples, e.g. `-p {g.ph('<password>')}`.
'''


def walg_env(g):
    return "env", "etc/wal-g/env", f'''# wal-g for the orders cluster
WALG_S3_PREFIX=s3://pg-wal-archive/orders
AWS_ENDPOINT=https://{g.ip4('s3_endpoint_ip')}:9000
AWS_ACCESS_KEY_ID={g.key('access_key_id', 'upper20')}
AWS_SECRET_ACCESS_KEY={g.key('secret_access_key', 'an40')}
WALG_LIBSODIUM_KEY={g.key('libsodium_key', 'hex64')}
PGHOST={g.loop()}
PGPASSWORD={g.pw('pg_password', 'ini')}
WALG_COMPRESSION_METHOD=brotli
WALG_S3_SSE_KMS_ID={g.uuid('kms_key_id')}
# WALG_PGP_KEY={g.ref('$WALG_PGP_KEY_FILE')}
# last verified backup: base_{g.sha(12, 'wal_segment')} restore ok ({g.em('dba_email')})
'''


def oauth2_proxy_cfg(g):
    return "toml", "etc/oauth2-proxy.cfg", f'''http_address = "{g.unspec()}:4180"
upstreams = ["http://{g.priv()}:3000/"]
provider = "oidc"
oidc_issuer_url = "https://sso.quarrybank.io/realms/staff"
client_id = "{g.uuid('client_id')}"
client_secret = "{g.key('client_secret', 'an32')}"
cookie_secret = "{g.key('cookie_secret', 'b64u43')}"
email_domains = ["*"]
authenticated_emails_file = "/etc/oauth2-proxy/emails.txt"
# emails.txt currently holds {g.em('allowed_email')} and {g.em('allowed_email')}
whitelist_domains = [".quarrybank.io"]
# redis_password = "{g.ph('<redis-password>')}"  (session store not used yet)
trusted_ips = ["{g.ip4('trusted_ip')}/32"]
'''


def pomerium_yaml(g):
    return "yaml", "pomerium/config.yaml", f'''authenticate_service_url: https://authenticate.tidewater.dev
idp_provider: oidc
idp_client_id: {g.uuid('client_id')}
idp_client_secret: {g.key('idp_client_secret', 'an40')}
shared_secret: {g.key('shared_secret', 'b64_32')}
cookie_secret: {g.key('cookie_secret', 'b64_32')}
routes:
  - from: https://dash.tidewater.dev
    to: http://{g.priv()}:3000
    policy:
      - allow:
          or:
            - email:
                is: {g.em('allowed_email')}
            - email:
                is: {g.em('allowed_email')}
  - from: https://ssh.tidewater.dev
    to: tcp://{g.host('bastion_ip', 0.4)}:22
    # signing key lives in {g.ref('POMERIUM_SIGNING_KEY')}; test user {g.resmail()}
'''


def gopass_session(g):
    return "shell", "notes/gopass-session.txt", f'''$ gopass show infra/registry
Secret: infra/registry

{g.pw('registry_password', 'plain')}
user: deploybot
url: https://{g.ip4('registry_ip')}:5000
$ gopass show -o infra/smtp
{g.pw('smtp_password', 'plain')}
$ gopass version
gopass {g.ver()} go1.22.1 linux amd64
$ gopass recipients
gopass
└── {g.la('pgp_fingerprint', g.hexs(40).upper())} - {g.em('recipient_email')}
$ gopass otp infra/console
{g.num('totp_code', 6)} lasts 17s
$ gopass generate -p infra/new-api 24
The generated password is:

{g.pw('generated_password', 'plain')}
'''


def gitcrypt_readme(g):
    return "markdown", "secrets/README.md", f'''# secrets/ (git-crypt)

Files here are encrypted with git-crypt. Collaborators unlock with their GPG key:

```
git-crypt add-gpg-user {g.la('pgp_fingerprint', g.hexs(40).upper())}
git-crypt unlock
```

If your key is not added yet, ask {g.em('maintainer_email')}. **Never** paste a decrypted value in an issue.
(Last month someone pasted `PAYMENTS_KEY={g.key('pasted_key', 'hex40')}` and the prod DB password
`{g.pw('pasted_db_password', 'prose')}` in #general; both were rotated.)

Repository key id `{g.la('key_id', g.hexs(16).upper())}`; `.gitattributes` pins `secrets/** filter=git-crypt diff=git-crypt`.

Placeholders for local use: `DB_PASSWORD={g.ph('changeme')}`, `API_KEY={g.ph('YOUR_API_KEY')}`.
'''


def gitleaks_report(g):
    f1 = g.key('leak_secret', 'hex40')
    return "json", "reports/gitleaks-report.json", f'''[
  {{
    "Description": "Generic API Key",
    "StartLine": 14,
    "Match": "api_key = \\"{f1}\\"",
    "File": "services/notify/settings.py",
    "Commit": "{g.sha(40)}",
    "Author": "ci",
    "Email": "{g.em('commit_author_email')}",
    "RuleID": "generic-api-key",
    "Fingerprint": "{g.sha(40, 'sha1')}:services/notify/settings.py:generic-api-key:14"
  }},
  {{
    "Description": "Chat client token",
    "StartLine": 3,
    "Match": "{g.key('leak_slack', 'xoxc')}",
    "File": "scripts/post_release.sh",
    "Commit": "{g.sha(40)}",
    "Email": "{g.em('commit_author_email')}",
    "RuleID": "chat-client-token",
    "Date": "2024-02-11T09:12:44Z",
    "Fingerprint": "{g.sha(40, 'sha1')}:scripts/post_release.sh:chat-client-token:3"
  }}
]
'''


def trufflehog_out(g):
    return "text", "ci/trufflehog.log", f'''Found verified result 🐷🔑
Detector Type: Postgres
Decoder Type: PLAIN
Raw result: postgresql://reporting:{g.pw('pg_password', 'url')}@{g.host('pg_host')}:5432/analytics
Commit: {g.sha(40)}
Email: {g.em('committer_email')}
File: etl/jobs/nightly.py
Line: 22

Found unverified result 🐷❓
Detector Type: Generic
Raw result: {g.key('generic_secret', 'an32')}
File: etl/.env.sample
Email: {g.em('committer_email')}
Note: compare with the placeholder {g.ph('REPLACE_ME')} in the sample
Scan id: {g.uuid('scan_id')}  trufflehog {g.ver()}
'''


def yarnrc_yml(g):
    return "yaml", ".yarnrc.yml", f'''nodeLinker: node-modules
yarnPath: .yarn/releases/yarn-{g.ver()}.cjs
checksumBehavior: throw
# cacheKey {g.sha(12, 'short_sha')}
npmScopes:
  driftwood:
    npmRegistryServer: "https://npm.driftwood-labs.com"
    npmAlwaysAuth: true
    npmAuthToken: "{g.key('npm_auth_token', 'uuid')}"
  vendor:
    npmRegistryServer: "https://{g.ip4('registry_ip')}:4873"
    npmAuthIdent: "ci-bot:{g.pw('registry_password', 'q')}"
# npmAuthToken for the public registry comes from {g.ref('${NPM_PUBLISH_TOKEN}')}
'''


def ivy_settings(g):
    return "xml", "ivysettings.xml", f'''<ivysettings>
  <!-- checksums sha1 {g.sha(40)}; sample user {g.resmail()} -->
  <settings defaultResolver="chain"/>
  <!-- publish account: {g.em('publish_account')} -->
  <credentials host="artifacts.harbourline.nl" realm="Artifact Repository"
               username="ivy-publisher" passwd="{g.pw('publish_password', 'xml')}"/>
  <credentials host="{g.ip4('mirror_ip')}" realm="mirror" username="reader" passwd="{g.pw('mirror_password', 'xml')}"/>
  <resolvers>
    <chain name="chain">
      <ibiblio name="internal" m2compatible="true" root="https://artifacts.harbourline.nl/repository/maven-public/"/>
      <url name="legacy">
        <ivy pattern="http://{g.priv()}/ivy/[organisation]/[module]/[revision]/ivy.xml"/>
      </url>
    </chain>
  </resolvers>
</ivysettings>
'''


def opam_config(g):
    return "text", "notes/opam-mirror.txt", f'''opam mirror notes ({g.em('author_email')})

opam repository add internal https://ci:{g.key('mirror_token', 'an24')}@{g.ip4('mirror_ip')}/opam
opam switch create 5.1.1 --repos internal,default
opam pin add ocaml-tls {g.sha(40)}

The default opam.ocaml.org repo is at {g.ver()}; we lag one release.
Build box: {g.ip('build_ip', 0.5)} (ssh key {g.pub()} )
'''


def localsettings_php(g):
    return "php", "LocalSettings.php", f'''<?php
# wiki for the clay club
$wgSitename = "Kilnwiki";
$wgServer = "https://wiki.kilnhouse.org";
$wgEmergencyContact = "{g.em('emergency_contact')}";
$wgPasswordSender = "{g.em('password_sender')}";

$wgDBtype = "mysql";
$wgDBserver = "{g.ip4('db_server')}";
$wgDBname = "kilnwiki";
$wgDBuser = "wikiuser";
$wgDBpassword = "{g.pw('db_password', 'q')}";

$wgSecretKey = "{g.key('secret_key', 'hex64')}";
$wgUpgradeKey = "{g.key('upgrade_key', 'lower32')}";
$wgSMTP = [ 'host' => 'ssl://{g.priv()}', 'port' => 465, 'auth' => true,
  'username' => 'wiki', 'password' => '{g.pw('smtp_password', 'q')}' ];
$wgSquidServersNoPurge = [ '{g.priv()}', '{g.loop()}' ];
$wgDBpasswordHint = '{g.ph('********')}';
'''


def v2ray_json(g):
    return "json", "etc/v2ray/config.json", f'''{{
  "log": {{ "loglevel": "warning" }},
  "inbounds": [{{ "listen": "{g.loop()}", "port": 1080, "protocol": "socks" }}],
  "outbounds": [{{
    "protocol": "vmess",
    "settings": {{
      "vnext": [{{
        "address": "{g.ip('server_ip', 0.35)}",
        "port": 443,
        "users": [{{ "id": "{g.key('vmess_user_id', 'uuid')}", "alterId": 0, "email": "{g.em('user_email')}" }}]
      }}]
    }}
  }}],
  "dns": {{ "servers": ["{g.docip()}", "localhost"] }},
  "_fw_rule": "allow {g.priv()}/24"
}}
'''


def xray_reality(g):
    return "json", "usr/local/etc/xray/config.json", f'''{{
  "inbounds": [{{
    "listen": "{g.unspec()}", "port": 443, "protocol": "vless",
    "settings": {{ "clients": [{{ "id": "{g.key('vless_client_id', 'uuid')}", "flow": "xtls-rprx-vision", "email": "{g.em('client_email')}" }}], "decryption": "none" }},
    "streamSettings": {{
      "network": "tcp", "security": "reality",
      "realitySettings": {{
        "dest": "{g.ip4('dest_ip')}:443",
        "privateKey": "{g.key('reality_private_key', 'b64u43')}",
        "shortIds": ["{g.la('short_id', g.hexs(8))}"],
        "_publicKey_for_clients": "{g.la('public_key', g.s('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_', 43))}"
      }}
    }}
  }}]
}}
'''


def singbox_json(g):
    return "json", "sing-box/config.json", f'''{{
  "outbounds": [
    {{
      "type": "shadowtls",
      "tag": "stls",
      "server": "{g.ip('server_ip', 0.4)}",
      "server_port": 443,
      "version": 3,
      "password": "{g.pw('shadowtls_password', 'q')}"
    }},
    {{
      "type": "trojan",
      "tag": "backup",
      "server": "{g.docip()}",
      "server_port": 8443,
      "password": "{g.pw('trojan_password', 'q')}"
    }},
    {{ "type": "direct", "tag": "lan", "bind_interface": "eth0", "inet4_bind_address": "{g.priv()}" }}
  ],
  "experimental": {{ "clash_api": {{ "external_controller": "{g.loop()}:9090", "secret": "{g.key('controller_secret', 'an24')}" }} }}
}}
'''


def hysteria_yaml(g):
    return "yaml", "etc/hysteria/config.yaml", f'''listen: :443
acme:
  domains:
    - hy.fenbrook.one
  email: {g.em('acme_email')}
auth:
  type: userpass
  userpass:
    nadia: {g.pw('user_password', 'yaml')}
    ops: {g.pw('user_password', 'yaml')}
# build {g.ver()} sha {g.sha(7)}
masquerade:
  type: proxy
  proxy:
    url: https://{g.ip4('masquerade_ip')}/
trafficStats:
  listen: {g.loop()}:9999
  secret: {g.key('stats_secret', 'lower32')}
# clients: hysteria2://{g.ph('<password>')}@hy.fenbrook.one:443/
'''


def fsharp_script(g):
    return "fsharp", "scripts/Reconcile.fsx", f'''#r "nuget: Npgsql, {g.ver()}"
open Npgsql

// TODO move to user secrets before merging (asked by {g.em('reviewer_email')})
let connString =
    "Host={g.ip4('db_host')};Port=5432;Database=ledgerly;Username=recon;Password={g.pw('db_password', 'q')};SSL Mode=Require"

let apiKey = "{g.key('api_key', 'an40')}"
let fallback = System.Environment.GetEnvironmentVariable "{g.ref('RECON_API_KEY')}"
let docsExample = "Password={g.ph('<password>')}"  // for the wiki

let run () =
    use conn = new NpgsqlConnection(connString)
    conn.Open()
    printfn "connected from %s" "{g.priv()}"
'''


def argo_workflow(g):
    return "yaml", "workflows/nightly-export.yaml", f'''apiVersion: argoproj.io/v1alpha1
kind: Workflow
metadata:
  generateName: nightly-export-
  labels:
    workflows.argoproj.io/controller-instanceid: {g.uuid('instance_id')}
spec:
  entrypoint: export
  templates:
    - name: export
      container:
        image: registry.fernhill.io/exporter:{g.ver()}
        command: [sh, -c]
        args:
          - >-
            pg_dump "postgresql://exporter:{g.pw('pg_password', 'url')}@{g.host('pg_host')}:5432/crm" |
            curl -sf -T - -H "X-Drop-Key: {g.key('drop_key', 'hex32')}" https://drop.fernhill.io/upload
        env:
          - name: NOTIFY_EMAIL
            value: {g.em('notify_email')}
          - name: SLACK_TOKEN
            valueFrom:
              secretKeyRef: {{ name: slack, key: {g.ref('token')} }}
'''


def mailpit_compose(g):
    return "yaml", "compose.mail.yaml", f'''services:
  mailpit:
    image: axllent/mailpit:v{g.ver()}
    ports: ["{g.loop()}:8025:8025", "{g.loop()}:1025:1025"]
    environment:
      MP_UI_AUTH: "admin:{g.pw('ui_password', 'q')}"
      MP_SMTP_RELAY_HOST: {g.ip4('relay_ip')}
      MP_SMTP_RELAY_USERNAME: {g.em('relay_user')}
      MP_SMTP_RELAY_PASSWORD: "{g.pw('relay_password', 'q')}"
      MP_SMTP_RELAY_ALL: "false"
      MP_UI_BIND_ADDR: {g.unspec()}:8025
      MP_SMTP_RELAY_MATCHING: "{g.resmail()}"
'''


def mailhog_notes(g):
    return "text", "notes/mailhog-staging.txt", f'''staging mail capture (MailHog)
--------------------------------
UI: http://{g.ip4('staging_ip')}:8025   basic auth user "qa", pass {g.pw('ui_password', 'plain')}
auth file line: qa:{g.bcrypt()}
MailHog {g.ver()} container {g.sha(12, 'container_id')}
Outgoing release to the real relay is via {g.ip('relay_ip', 0.5)} as {g.em('relay_user')}
relay password {g.pw('relay_password', 'plain')}
Test recipients must be at reserved domains only, e.g. {g.resmail()} and {g.resmail()}.
'''


def keila_env(g):
    return "env", "keila/.env", f'''DB_URL=postgres://keila:{g.pw('db_password', 'url')}@{g.host('db_ip')}:5432/keila
SECRET_KEY_BASE={g.key('secret_key_base', 'b64_48')}
URL_HOST=news.ravelry-club.org
KEILA_DEFAULT_SENDER={g.resmail()}
MAILER_SMTP_HOST={g.priv()}
MAILER_SMTP_USER={g.em('smtp_user')}
MAILER_SMTP_PASSWORD={g.pw('smtp_password', 'ini')}
KEILA_USER={g.em('admin_email')}
KEILA_PASSWORD={g.pw('admin_password', 'ini')}
CAPTCHA_SITE_KEY={g.la('public_site_key', '0x4AAAAAAA' + g.s('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789', 12))}
CAPTCHA_SECRET_KEY={g.key('captcha_secret', 'an32')}
'''
