"""Templates of held-out set 39; each returns (lang, path, marked text)."""
from gen_h39 import M, LK

T = []


def tpl(fn):
    T.append(fn)
    return fn


def url_host(g, kind='host_ip'):
    """IP for use in a URL authority: IPv6 bracketed, label excludes brackets."""
    if g.chance(0.3):
        return '[' + g.ip6(kind + '_v6') + ']'
    return g.ip4(kind)


@tpl
def fly_toml(g):
    app = g.pick(['quillbox', 'tidepool-api', 'mossgate', 'larkspur-web'])
    return 'toml', 'fly.toml', f'''# fly.toml app configuration file generated for {app} on {g.date()}
app = "{app}"
primary_region = "{g.pick(['ams', 'fra', 'cdg', 'waw', 'arn'])}"

[build]
  image = "registry.fly.io/{app}:{LK('deployment_id', 'deployment-' + g.s('0123456789ABCDEFGHJKMNPQRSTVWXYZ', 26))}"

[env]
  LOG_LEVEL = "info"
  UPSTREAM_SMTP = "{g.ip4('smtp_relay_ip')}"
  # moved to `fly secrets set`, kept here until the next deploy:
  # PAYOUT_HOOK_KEY = "{g.key('webhook_key', 'an40')}"
  ADMIN_CONTACT = "{g.email('admin_email')}"

[http_service]
  internal_port = {g.port()}
  force_https = true
  auto_stop_machines = "stop"
  min_machines_running = 0

[[vm]]
  memory = "512mb"
  cpu_kind = "shared"
  cpus = 1
'''


@tpl
def render_yaml(g):
    svc = g.pick(['ledgerly', 'snowmelt', 'corkboard'])
    return 'yaml', 'render.yaml', f'''services:
  - type: web
    name: {svc}-web
    runtime: node
    plan: starter
    buildCommand: npm ci && npm run build
    startCommand: node dist/server.js
    envVars:
      - key: NODE_VERSION
        value: "{g.version()}"
      - key: DATABASE_URL
        value: postgres://{svc}:{g.pw('db_password', 'url')}@{g.ip4('db_host_ip')}:5432/{svc}
      - key: SESSION_SECRET
        value: {g.key('session_secret', 'hex64')}
      - key: SUPPORT_INBOX
        value: {g.email('support_email')}
      - key: {LK('secret_reference', 'PAYMENTS_KEY')}
        sync: false
  - type: worker
    name: {svc}-jobs
    runtime: node
    startCommand: node dist/worker.js
'''


@tpl
def argocd_repo_secret(g):
    return 'yaml', 'argocd/repo-private-charts.yaml', f'''apiVersion: v1
kind: Secret
metadata:
  name: private-charts
  namespace: argocd
  labels:
    argocd.argoproj.io/secret-type: repository
  annotations:
    managed-by: {g.email('manager_email')}
stringData:
  type: helm
  name: private-charts
  url: https://{g.ip4('chart_repo_ip')}/charts
  username: ci-reader
  password: {g.pw('repo_password', 'yaml')}
---
apiVersion: v1
kind: Secret
metadata:
  name: gitops-ssh
  namespace: argocd
  uid: {g.uuid()}
stringData:
  url: git@{g.ip4('git_host_ip')}:platform/gitops.git
  insecure: "false"
'''


@tpl
def flux_kustomization_notes(g):
    return 'markdown', 'docs/flux-bootstrap.md', f'''# Flux bootstrap on the staging cluster

We bootstrapped Flux {g.version()} against the infra repo on {g.date()}. The
steps, for the record:

```sh
export GITHUB_TOKEN={LK('placeholder', '<your-token-here>')}
flux bootstrap git \\
  --url=ssh://git@{url_host(g, 'git_host_ip')}/infra/fleet.git \\
  --branch=main \\
  --path=clusters/staging \\
  --password={g.pw('bootstrap_password', 'shell')}
```

The deploy key it created has the public half `{g.pubkey_ssh()}`;
that is safe to paste anywhere. The webhook receiver token, however, is not:
`{g.key('receiver_token', 'hex40')}` — rotate it after this doc is published.

Questions to {g.email('owner_email')} (cc {g.resv_email('flux-owners')} for the template).
'''


@tpl
def chezmoi_toml(g):
    return 'toml', '.config/chezmoi/chezmoi.toml', f'''[data]
    email = "{g.email('user_email')}"
    name = "{g.name().capitalize()}"
    workstation = true

[data.mail]
    smtp_host = "{g.ip4('smtp_ip')}"
    smtp_pass = "{g.pw('smtp_password', 'quoted')}"

[git]
    autoCommit = true
    autoPush = false

[diff]
    pager = "delta"

# age encryption: recipient is public, identity file stays on disk
encryption = "age"
[age]
    identity = "~/.config/chezmoi/key.txt"
    recipient = "{g.age_pub()}"
'''


@tpl
def adguardhome_yaml(g):
    return 'yaml', 'AdGuardHome/AdGuardHome.yaml', f'''http:
  pprof:
    port: 6060
    enabled: false
  address: {LK('unspecified_ip', '0.0.0.0')}:3000
  session_ttl: 720h
users:
  - name: admin
    password: {LK('bcrypt_hash', '$2y$10$' + g.s('./ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789', 53))}
auth_attempts: 5
block_auth_min: 15
dns:
  bind_hosts:
    - {g.priv()}
  port: 53
  upstream_dns:
    - https://dns.quad9.net/dns-query
    - {g.ip4('upstream_dns_ip')}
    - "[/corp.internal/]{g.priv()}"
  bootstrap_dns:
    - {g.ip4('bootstrap_dns_ip')}
    - {g.ip6('bootstrap_dns_ip6')}
filtering:
  rewrites:
    - domain: nas.home.arpa
      answer: {g.priv()}
clients:
  persistent:
    - name: kids-tablet
      ids:
        - {g.mac()}
schema_version: 29
'''


@tpl
def cloudflared_config(g):
    tid = g.uuid_raw()
    return 'yaml', 'etc/cloudflared/config.yml', f'''tunnel: {LK('uuid', tid)}
credentials-file: /etc/cloudflared/{LK('uuid', tid)}.json
# TunnelSecret from the credentials file, pasted while debugging — remove!
# {g.key('tunnel_secret', 'b64_32')}
ingress:
  - hostname: grafana.{g.pick(['kettlebell.io', 'sprocket.dev', 'mudlark.net'])}
    service: http://{g.priv()}:3000
  - hostname: ssh.{g.pick(['kettlebell.io', 'sprocket.dev', 'mudlark.net'])}
    service: ssh://{LK('loopback_ip', '127.0.0.1')}:22
  - service: http_status:404
originRequest:
  connectTimeout: 30s
  originServerName: origin-{g.s('abcdefghijklmnopqrstuvwxyz', 5)}
warp-routing:
  enabled: true
'''


@tpl
def wstunnel_service(g):
    return 'ini', 'etc/systemd/system/wstunnel-client.service', f'''[Unit]
Description=wstunnel client to the jump box
After=network-online.target
Wants=network-online.target

[Service]
Type=simple
User=wstunnel
# path prefix acts as the shared secret on the server side
Environment=WST_PREFIX={g.key('path_prefix_secret', 'lan32')}
ExecStart=/usr/local/bin/wstunnel client \\
    -L 'udp://51820:{LK('loopback_ip', '127.0.0.1')}:51820?timeout_sec=0' \\
    --http-upgrade-path-prefix ${{{LK('secret_reference', 'WST_PREFIX')}}} \\
    wss://{url_host(g, 'server_ip')}:443
Restart=always
RestartSec=5

[Install]
WantedBy=multi-user.target
'''


@tpl
def litestream_yml(g):
    return 'yaml', 'etc/litestream.yml', f'''access-key-id: {g.key('access_key_id', 'upper20')}
secret-access-key: {g.key('secret_access_key', 'an40')}

dbs:
  - path: /var/lib/app/app.db
    replicas:
      - type: s3
        bucket: app-replica
        path: app.db
        endpoint: https://{url_host(g, 'objectstore_ip')}:9000
        force-path-style: true
        sync-interval: 1s
      - type: sftp
        host: {g.ip4('sftp_ip')}:22
        user: replica
        password: {g.pw('sftp_password', 'yaml')}
        path: /backups/app.db
'''


@tpl
def fluentbit_conf(g):
    return 'ini', 'etc/fluent-bit/fluent-bit.conf', f'''[SERVICE]
    Flush        5
    Daemon       Off
    Log_Level    info
    HTTP_Server  On
    HTTP_Listen  {LK('unspecified_ip', '0.0.0.0')}

[INPUT]
    Name   tail
    Path   /var/log/nginx/access.log
    Tag    web.access

[OUTPUT]
    Name            es
    Match           web.*
    Host            {g.ip4('es_host_ip')}
    Port            9200
    HTTP_User       shipper
    HTTP_Passwd     {g.pw('es_password', 'ini')}
    tls             On
    Suppress_Type_Name On

[OUTPUT]
    Name        http
    Match       *
    Host        {g.ip('collector_ip')}
    Port        443
    URI         /ingest
    Header      X-Api-Key {g.key('ingest_key', 'hex32')}
    Format      json
'''


@tpl
def goreleaser_yml(g):
    return 'yaml', '.goreleaser.yaml', f'''version: 2
project_name: tallyho
before:
  hooks:
    - go mod tidy
builds:
  - env: [CGO_ENABLED=0]
    goos: [linux, darwin]
    ldflags:
      - -s -w -X main.version={{{{.Version}}}} -X main.commit={{{{.ShortCommit}}}}
checksum:
  name_template: checksums.txt
signs:
  - artifacts: checksum
    args: ["--batch", "-u", "{g.email('signing_email')}", "--output", "${{signature}}", "--detach-sign", "${{artifact}}"]
announce:
  webhook:
    enabled: true
    endpoint_url: "https://hooks.tallyho.app/release/{g.key('webhook_path_token', 'b64url43')}"
release:
  footer: |
    Built from {g.short_sha()}; checksums signed by the release key.
'''


@tpl
def renovate_json(g):
    return 'json', 'renovate.json', f'''{{
  "$schema": "https://docs.renovatebot.com/renovate-schema.json",
  "extends": ["config:recommended"],
  "timezone": "Europe/Oslo",
  "gitAuthor": "Renovate Bot <{g.email('bot_email')}>",
  "hostRules": [
    {{
      "matchHost": "https://{g.ip4('registry_ip')}:5000",
      "username": "renovate",
      "password": "{g.pw('registry_password', 'quoted')}"
    }},
    {{
      "matchHost": "npm.pkg.corp.internal",
      "token": "{g.key('npm_token', 'uuidkey')}"
    }}
  ],
  "packageRules": [
    {{ "matchUpdateTypes": ["patch"], "automerge": true }}
  ]
}}
'''


@tpl
def semgrep_ci(g):
    return 'yaml', '.gitlab/semgrep.yml', f'''semgrep:
  image: semgrep/semgrep:{g.version()}
  stage: test
  variables:
    SEMGREP_RULES: p/default
    # TODO: move to masked CI variable, this one leaked in MR !{g.r.randrange(100, 999)}
    SEMGREP_APP_TOKEN: "{g.key('app_token', 'hex64')}"
  script:
    - semgrep ci --baseline-commit {g.sha1()}
  rules:
    - if: $CI_MERGE_REQUEST_IID
  after_script:
    - curl -s -X POST -H "Authorization: Bearer ${LK('secret_reference', 'NOTIFY_TOKEN')}" https://{g.ip4('notify_ip')}/hooks/semgrep
'''


@tpl
def grype_report_txt(g):
    rows = []
    for _ in range(3):
        rows.append(f"libcurl      {g.version()}   {g.version()}   deb   CVE-2025-{g.r.randrange(1000, 99999)}  High")
    rows_s = '\n'.join(rows)
    return 'text', 'reports/grype-api.txt', f'''$ grype registry:{url_host(g, 'registry_ip')}:5000/api:latest --username ci --password {g.pw('registry_password', 'shell')}
 ✔ Loaded image  sha256:{g.sha256()}
 ✔ Parsed image
 ✔ Cataloged contents
NAME         INSTALLED  FIXED-IN  TYPE  VULNERABILITY   SEVERITY
{rows_s}
# report mailed to {g.email('report_recipient')}
'''


@tpl
def scrutiny_yaml(g):
    return 'yaml', 'scrutiny/scrutiny.yaml', f'''version: 1
web:
  listen:
    port: 8080
    host: {LK('unspecified_ip', '0.0.0.0')}
  database:
    location: /opt/scrutiny/config/scrutiny.db
  influxdb:
    host: {g.priv()}
    port: 8086
    token: '{g.key('influx_token', 'b64_48')}'
    org: homelab
    bucket: metrics
notify:
  urls:
    - "smtp://{g.email_raw().split('@')[0]}:{g.pw('smtp_password', 'url')}@{g.ip4('smtp_ip')}:587/?from={g.email('from_email')}&to={g.email('to_email')}"
    - "https://{g.ip4('webhook_ip')}/hooks/{g.key('hook_token', 'an24')}"
'''


@tpl
def pgcat_toml(g):
    return 'toml', 'pgcat.toml', f'''[general]
host = "{LK('unspecified_ip', '0.0.0.0')}"
port = 6432
admin_username = "pgcat_admin"
admin_password = "{g.pw('admin_password', 'quoted')}"

[pools.orders]
pool_mode = "transaction"

[pools.orders.users.0]
username = "orders_rw"
password = "{g.pw('pool_password', 'quoted')}"
pool_size = 20

[pools.orders.shards.0]
servers = [
    ["{g.ip('primary_ip')}", 5432, "primary"],
    ["{g.ip('replica_ip')}", 5432, "replica"],
    ["{g.priv()}", 5432, "replica"],
]
database = "orders"
'''


@tpl
def odyssey_conf(g):
    return 'text', 'etc/odyssey/odyssey.conf', f'''daemonize no
log_format "%p %t %l [%i %s] (%c) %m\\n"
listen {{
	host "*"
	port 6432
}}
storage "billing_pg" {{
	type "remote"
	host "{g.ip4('storage_host_ip')}"
	port 5432
}}
database "billing" {{
	user "billing_app" {{
		authentication "scram-sha-256"
		password "{g.pw('auth_password', 'quoted')}"
		storage "billing_pg"
		storage_user "billing_owner"
		storage_password "{g.pw('storage_password', 'quoted')}"
		pool "transaction"
	}}
}}
'''


@tpl
def drizzle_config_ts(g):
    return 'typescript', 'drizzle.config.ts', f'''import {{ defineConfig }} from "drizzle-kit";

// local fallback only; CI injects DATABASE_URL
const fallback =
  "postgresql://drizzle:{g.pw('db_password', 'url')}@{url_host(g, 'db_ip')}:5432/shopfront?sslmode=require";

export default defineConfig({{
  schema: "./src/db/schema.ts",
  out: "./drizzle",
  dialect: "postgresql",
  dbCredentials: {{
    url: process.env.{LK('secret_reference', 'DATABASE_URL')} ?? fallback,
  }},
  verbose: true,
}});
'''


@tpl
def sequelize_config_json(g):
    return 'json', 'config/config.json', f'''{{
  "development": {{
    "username": "root",
    "password": null,
    "database": "bookings_dev",
    "host": "{LK('loopback_ip', '127.0.0.1')}",
    "dialect": "mysql"
  }},
  "test": {{
    "username": "root",
    "password": "{LK('placeholder', 'changeme')}",
    "database": "bookings_test",
    "host": "{LK('loopback_ip', '127.0.0.1')}",
    "dialect": "mysql"
  }},
  "production": {{
    "username": "bookings",
    "password": "{g.pw('db_password', 'quoted')}",
    "database": "bookings",
    "host": "{g.ip4('db_host_ip')}",
    "dialect": "mysql",
    "dialectOptions": {{ "ssl": {{ "rejectUnauthorized": true }} }}
  }}
}}
'''


@tpl
def knexfile_js(g):
    return 'javascript', 'knexfile.js', f'''// Update with your config settings.
module.exports = {{
  development: {{
    client: "sqlite3",
    connection: {{ filename: "./dev.sqlite3" }},
  }},
  staging: {{
    client: "pg",
    connection: {{
      host: "{g.ip('staging_db_ip')}",
      database: "spareparts",
      user: "spareparts",
      password: "{g.pw('staging_password', 'quoted')}",
    }},
    pool: {{ min: 2, max: 10 }},
  }},
  production: {{
    client: "pg",
    connection: process.env.{LK('secret_reference', 'DATABASE_URL')}, // e.g. postgres://user:{LK('placeholder', '<password>')}@host/db
    migrations: {{ tableName: "knex_migrations" }},
  }},
}};
'''


@tpl
def sqlx_env(g):
    return 'env', '.env', f'''# sqlx reads DATABASE_URL at compile time for the query! macros
DATABASE_URL=postgres://tallybook:{g.pw('db_password', 'url')}@{url_host(g, 'db_ip')}:5432/tallybook
SQLX_OFFLINE=false
RUST_LOG=info,sqlx=warn
JWT_SIGNING_KEY={g.key('jwt_signing_key', 'b64_48')}
ASTRA_DB_TOKEN={g.key('astra_token', 'astracs')}
SMTP_USERNAME={g.email('smtp_user_email')}
SMTP_PASSWORD={g.pw('smtp_password', 'ini')}
BIND_ADDR={LK('unspecified_ip', '0.0.0.0')}:8000
'''


@tpl
def actix_main_rs(g):
    return 'rust', 'src/main.rs', f'''use actix_web::{{web, App, HttpServer, HttpResponse}};

// FIXME: hard-coded while the vault agent is broken on the build box
const PARTNER_API_KEY: &str = "{g.key('partner_api_key', 'an32')}";
const METRICS_PUSH: &str = "http://{url_host(g, 'pushgateway_ip')}:9091/metrics/job/orders";

async fn health() -> HttpResponse {{
    HttpResponse::Ok().body("ok")
}}

#[actix_web::main]
async fn main() -> std::io::Result<()> {{
    let _ = (PARTNER_API_KEY, METRICS_PUSH);
    HttpServer::new(|| App::new().route("/health", web::get().to(health)))
        .bind(("{LK('unspecified_ip', '0.0.0.0')}", 8080))?
        .run()
        .await
}}
'''


@tpl
def fiber_main_go(g):
    return 'go', 'cmd/server/main.go', f'''package main

import (
	"log"

	"github.com/gofiber/fiber/v2"
	"github.com/gofiber/fiber/v2/middleware/basicauth"
)

func main() {{
	app := fiber.New()
	app.Use(basicauth.New(basicauth.Config{{
		Users: map[string]string{{
			"ops":     "{g.pw('basic_auth_password', 'quoted')}",
			"grafana": "{g.pw('basic_auth_password', 'quoted')}",
		}},
	}}))
	app.Get("/", func(c *fiber.Ctx) error {{ return c.SendString("ok") }})
	// trusted proxy: {g.ip4('proxy_ip')}
	log.Fatal(app.Listen(":3000"))
}}
'''


@tpl
def esbuild_deploy_mjs(g):
    return 'javascript', 'scripts/build.mjs', f'''import * as esbuild from "esbuild";

await esbuild.build({{
  entryPoints: ["src/app.tsx"],
  bundle: true,
  minify: true,
  outfile: "dist/app.js",
  define: {{
    // public on purpose: the browser needs it
    "process.env.MAP_TILES_URL": '"https://tiles.mossgate.app/{{z}}/{{x}}/{{y}}.png"',
    "process.env.BUILD_ID": '"{g.uuid()}"',
    // NOT public: leaked into the bundle until {g.date()}, rotated since
    "process.env.ADMIN_KEY": '"{g.key('admin_key', 'hex40')}"',
  }},
}});

await fetch("https://{url_host(g, 'cdn_purge_ip')}/purge", {{
  method: "POST",
  headers: {{ "X-Purge-Key": "{g.key('purge_key', 'lan32')}" }},
}});
'''


@tpl
def zot_config_json(g):
    return 'json', 'etc/zot/config.json', f'''{{
  "distSpecVersion": "1.1.0",
  "storage": {{
    "rootDirectory": "/var/lib/zot",
    "storageDriver": {{
      "name": "s3",
      "region": "eu-north-1",
      "regionendpoint": "https://{g.ip4('s3_endpoint_ip')}:9000",
      "bucket": "zot",
      "accesskey": "{g.key('s3_access_key', 'upper20')}",
      "secretkey": "{g.key('s3_secret_key', 'an40')}"
    }}
  }},
  "http": {{
    "address": "{LK('unspecified_ip', '0.0.0.0')}",
    "port": "5000",
    "auth": {{ "htpasswd": {{ "path": "/etc/zot/htpasswd" }} }}
  }},
  "extensions": {{
    "sync": {{
      "registries": [
        {{ "urls": ["https://{g.ip4('upstream_registry_ip')}"], "onDemand": true }}
      ]
    }}
  }}
}}
'''


@tpl
def buildah_sh(g):
    return 'shell', 'ci/build-image.sh', f'''#!/usr/bin/env bash
set -euo pipefail

REGISTRY={g.ip4('registry_ip')}:5000
ctr=$(buildah from docker.io/library/alpine:{g.version()})
buildah run "$ctr" -- apk add --no-cache ca-certificates tzdata
buildah copy "$ctr" ./bin/worker /usr/local/bin/worker
buildah config --env TZ=UTC --entrypoint '["/usr/local/bin/worker"]' "$ctr"
buildah commit "$ctr" worker:latest

# TODO(ci): use --authfile; this was only for the first push
buildah login -u ci-pusher -p {g.pw('registry_password', 'shell')} "$REGISTRY"
buildah push worker:latest "docker://$REGISTRY/worker:$(git rev-parse --short HEAD)"
echo "pushed by $(whoami), notify {g.email('notify_email')}"
'''


@tpl
def lima_yaml(g):
    return 'yaml', '.lima/devbox.yaml', f'''vmType: vz
cpus: 4
memory: "8GiB"
images:
  - location: "https://cloud-images.ubuntu.com/releases/24.04/release/ubuntu-24.04-server-cloudimg-arm64.img"
    arch: "aarch64"
    digest: "sha256:{g.sha256()}"
mounts:
  - location: "~/src"
    writable: true
provision:
  - mode: system
    script: |
      #!/bin/bash
      echo 'export NPM_TOKEN={g.key('npm_token', 'an40')}' >> /etc/profile.d/dev.sh
      echo '{g.ip4('mirror_ip')} apt-mirror.devbox' >> /etc/hosts
networks:
  - lima: shared
portForwards:
  - guestPort: 5432
    hostIP: {LK('loopback_ip', '127.0.0.1')}
'''


@tpl
def incus_profile(g):
    return 'yaml', 'incus/profiles/webhost.yaml', f'''config:
  limits.cpu: "2"
  limits.memory: 2GiB
  cloud-init.user-data: |
    #cloud-config
    users:
      - name: deploy
        lock_passwd: false
        plain_text_passwd: {g.pw('user_password', 'yaml')}
        ssh_authorized_keys:
          - {g.pubkey_ssh()} deploy@laptop
    write_files:
      - path: /etc/app/env
        content: |
          API_TOKEN={g.key('api_token', 'hex32')}
description: public web hosts
devices:
  eth0:
    name: eth0
    nictype: routed
    parent: enp5s0
    ipv4.address: {g.ip4('routed_ipv4')}
    ipv6.address: {g.ip6('routed_ipv6')}
    type: nic
name: webhost
'''


@tpl
def xcpng_runbook(g):
    return 'markdown', 'runbooks/xcp-pool-join.md', f'''## Joining a new host to the pool

1. Install XCP-ng {g.version()} from the USB stick; set the management IP to `{g.ip4('mgmt_ip')}`
   (public, routed by the colo) and the root password from the sealed envelope.
2. From the new host:

   ```
   xe pool-join master-address={g.ip4('pool_master_ip')} master-username=root master-password={g.pw('pool_master_password', 'shell')}
   ```

3. Check the host UUID shows up: `xe host-list` → e.g. `{g.uuid()}`.
4. The iDRAC of the new box still has the factory password `{g.pw('idrac_password', 'plain', 9)}`; change it.

Ping {g.email('owner_email')} when done.
'''


@tpl
def cockpit_conf(g):
    return 'ini', 'etc/cockpit/cockpit.conf', f'''[WebService]
Origins = https://cockpit.{g.pick(['hollowtree.net', 'pinfold.org', 'gableend.eu'])} wss://{g.ip4('origin_ip')}:9090
ProtocolHeader = X-Forwarded-Proto
AllowUnencrypted = false
LoginTitle = build-{g.r.randrange(1, 40)}

[Session]
IdleTimeout = 15
Banner = /etc/issue.cockpit

# bridge account used by the monitoring probe (see ticket):
#   user: probe   pass: {g.pw('probe_password', 'plain')}
'''


@tpl
def zabbix_agent2_conf(g):
    return 'ini', 'etc/zabbix/zabbix_agent2.conf', f'''PidFile=/run/zabbix/zabbix_agent2.pid
LogFile=/var/log/zabbix/zabbix_agent2.log
LogFileSize=0
Server={g.ip4('zbx_server_ip')},{g.priv()}
ServerActive={g.ip4('zbx_active_ip')}:10051
Hostname=edge-{g.r.randrange(10, 99)}
TLSConnect=psk
TLSAccept=psk
TLSPSKIdentity=PSK {g.r.randrange(100, 999)}
# TLSPSKFile is the right way; the value below is what was in the file on {g.date()}
# {g.key('tls_psk', 'hex64')}
Plugins.Mysql.Sessions.shop.Uri=tcp://{g.ip('mysql_ip')}:3306
Plugins.Mysql.Sessions.shop.User=zbx_monitor
Plugins.Mysql.Sessions.shop.Password={g.pw('mysql_password', 'ini')}
'''


@tpl
def mtr_report(g):
    hops = []
    for i in range(1, 6):
        ip = g.priv() if i == 1 else (g.cgnat() if i == 2 else g.ip4('hop_ip'))
        hops.append(f"  {i}.|-- {ip:<40} 0.0%    10    {g.r.randrange(1, 40)}.{g.r.randrange(10)}")
    h = '\n'.join(hops)
    return 'text', 'tickets/INC-{}/mtr.txt'.format(g.r.randrange(1000, 9999)), f'''Reported by {g.email('reporter_email')}: customer VPN drops every ~20 min.

$ mtr -rwc 10 {g.ip4('target_ip')}
Start: {g.ts()}
HOST: vpn-gw-02                    Loss%   Snt   Avg
{h}

Customer's PSK as they sent it in the ticket (please rotate): {g.key('ipsec_psk', 'an32')}
'''


@tpl
def iperf3_json(g):
    return 'json', 'bench/iperf3-{}.json'.format(g.r.randrange(100, 999)), f'''{{
  "start": {{
    "connected": [
      {{
        "socket": 5,
        "local_host": "{g.ip4('local_ip')}",
        "local_port": {g.r.randrange(30000, 60000)},
        "remote_host": "{g.ip('remote_ip')}",
        "remote_port": 5201
      }}
    ],
    "version": "iperf {LK('version', '3.' + str(g.r.randrange(9, 18)))}",
    "system_info": "Linux bench-{g.r.randrange(1, 9)} {g.version()}-generic",
    "cookie": "{LK('test_cookie', g.s('abcdefghijklmnopqrstuvwxyz234567', 36))}",
    "test_start": {{ "protocol": "TCP", "num_streams": 4, "duration": 30 }}
  }},
  "end": {{
    "sum_sent": {{ "bytes": {g.r.randrange(10**9, 10**10)}, "bits_per_second": {g.r.randrange(10**8, 10**10)} }}
  }}
}}
'''


@tpl
def masscan_out(g):
    lines = []
    for _ in range(4):
        lines.append(f"Discovered open port {g.pick([22, 80, 443, 3389, 6379])}/tcp on {g.ip4('scan_hit_ip')}")
    l = '\n'.join(lines)
    return 'text', 'scans/masscan-{}.log'.format(g.date()), f'''# authorised scan of our own ranges; approval from {g.email('approver_email')}
$ sudo masscan {g.ip4('range_start_ip')}/24 -p22,80,443,3389,6379 --rate 2000 --source-ip {g.ip4('scanner_ip')}
Starting masscan {g.version()} at {g.ts()}
Initiating SYN Stealth Scan
{l}
rate:  0.00-kpps, 100.00% done, found=4
'''


@tpl
def tshark_http(g):
    return 'text', 'captures/login-debug.txt', f'''$ tshark -r login.pcapng -Y 'http.request.method == "POST"' -T fields -e ip.src -e ip.dst -e http.file_data
{g.ip4('client_ip')}	{g.ip4('server_ip')}	username={g.email('login_email')}&password={g.pw('login_password', 'url')}&remember=1
{g.ip4('client_ip')}	{g.ip4('server_ip')}	grant_type=client_credentials&client_id={g.uuid()}&client_secret={g.key('client_secret', 'b64url43')}
{g.priv()}	{g.priv()}	ping=1

(capture taken on the staging LB, frame numbers 212-219; delete the pcap after review)
'''


@tpl
def socat_forward_sh(g):
    return 'shell', 'bin/forward-db.sh', f'''#!/bin/sh
# forwards the legacy DB through the bastion for the migration weekend
# bastion key passphrase is in the team vault as "{LK('secret_reference', 'bastion-migration')}"
exec socat -d -d \\
  TCP-LISTEN:15432,bind={LK('loopback_ip', '127.0.0.1')},fork,reuseaddr \\
  OPENSSL:{g.ip4('bastion_ip')}:4443,cert=/etc/fwd/client.pem,verify=1,cafile=/etc/fwd/ca.pem
# psql "host={LK('loopback_ip', '127.0.0.1')} port=15432 user=migrator password={g.pw('db_password', 'shell')} dbname=erp"
'''


@tpl
def stepca_ca_json(g):
    return 'json', 'step/config/ca.json', f'''{{
  "root": "/home/step/certs/root_ca.crt",
  "federatedRoots": null,
  "crt": "/home/step/certs/intermediate_ca.crt",
  "key": "/home/step/secrets/intermediate_ca_key",
  "address": ":9000",
  "dnsNames": ["ca.internal", "{g.ip4('ca_public_ip')}"],
  "db": {{
    "type": "postgresql",
    "dataSource": "postgresql://stepca:{g.pw('db_password', 'url')}@{g.ip4('db_ip')}:5432/stepca"
  }},
  "authority": {{
    "provisioners": [
      {{
        "type": "ACME",
        "name": "acme"
      }},
      {{
        "type": "OIDC",
        "name": "sso",
        "clientID": "{g.uuid()}",
        "clientSecret": "{g.key('oidc_client_secret', 'an40')}",
        "admins": ["{g.email('admin_email')}"]
      }}
    ]
  }}
}}
'''


@tpl
def cfssl_config(g):
    return 'json', 'pki/cfssl-config.json', f'''{{
  "signing": {{
    "default": {{ "expiry": "8760h" }},
    "profiles": {{
      "server": {{
        "usages": ["signing", "key encipherment", "server auth"],
        "expiry": "8760h",
        "auth_key": "primary"
      }}
    }}
  }},
  "auth_keys": {{
    "primary": {{
      "type": "standard",
      "key": "{g.key('auth_key', 'hex32')}"
    }}
  }},
  "remotes": {{ "ca": "{g.ip4('ca_remote_ip')}:8888" }}
}}
'''


@tpl
def lego_env(g):
    return 'env', 'certs/lego.env', f'''# used by: lego --email "$LEGO_EMAIL" --dns gandi --domains ... run
LEGO_EMAIL={g.email('acme_account_email')}
LEGO_PATH=/srv/certs
GANDI_API_KEY={g.key('dns_api_key', 'an32')}
GANDI_PROPAGATION_TIMEOUT=300
# second provider during the move
DESEC_TOKEN={g.key('desec_token', 'an24')}
LEGO_SERVER=https://acme-v02.api.letsencrypt.org/directory
'''


@tpl
def dehydrated_config(g):
    return 'shell', 'etc/dehydrated/config', f'''# dehydrated configuration
CA="letsencrypt"
CHALLENGETYPE="dns-01"
HOOK="${{BASEDIR}}/hook.sh"
CONTACT_EMAIL="{g.email('contact_email')}"
KEYSIZE="4096"
# hook.sh reads these
export PDNS_API_URL="http://{url_host(g, 'pdns_ip')}:8081"
export PDNS_API_KEY="{g.key('pdns_api_key', 'lan32')}"
RENEW_DAYS="30"
'''


@tpl
def acmesh_account_conf(g):
    return 'shell', '.acme.sh/account.conf', f'''LOG_FILE="/root/.acme.sh/acme.sh.log"
#LOG_LEVEL=1
AUTO_UPGRADE='1'
ACCOUNT_EMAIL='{g.email('account_email')}'
SAVED_CF_Token='{g.key('cf_token', 'an40')}'
SAVED_CF_Account_ID='{LK('account_id', g.s('0123456789abcdef', 32))}'
USER_PATH='/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin'
'''


@tpl
def getssl_cfg(g):
    return 'shell', '.getssl/shop.larchwood.de/getssl.cfg', f'''# getssl domain config
SANS="www.larchwood.de"
ACL=('/var/www/shop/web/.well-known/acme-challenge'
     'ssh:deploy@{g.ip4('web_ip')}:/var/www/shop/web/.well-known/acme-challenge')
USE_SINGLE_ACL="true"
DOMAIN_CERT_LOCATION="ssh:deploy@{g.ip4('web_ip')}:/etc/ssl/shop.crt"
RELOAD_CMD="ssh deploy@{g.ip4('web_ip')} 'sudo systemctl reload nginx'"
# FTP upload fallback (old host)
#ACL=('ftp:larchwood:{g.pw('ftp_password', 'plain')}:{g.ip4('ftp_ip')}:/web/.well-known/acme-challenge')
SERVER_TYPE="https"
CHECK_REMOTE="true"
'''


@tpl
def notmuch_config(g):
    addr = g.email_raw()
    return 'ini', '.notmuch-config', f'''[database]
path=/home/{addr.split('@')[0].split('.')[0]}/Mail

[user]
name={g.name().capitalize()}
primary_email={M('EMAIL', 'primary_email', addr)}
other_email={g.email('other_email')};{g.email('other_email')}

[new]
tags=unread;inbox;
ignore=.mbsyncstate;.uidvalidity

[search]
exclude_tags=deleted;spam;

[maildir]
synchronize_flags=true
'''


@tpl
def garage_toml(g):
    return 'toml', 'etc/garage.toml', f'''metadata_dir = "/var/lib/garage/meta"
data_dir = "/var/lib/garage/data"
db_engine = "lmdb"
replication_factor = 3

rpc_bind_addr = "[::]:3901"
rpc_public_addr = "{g.ip4('rpc_public_ip')}:3901"
rpc_secret = "{g.key('rpc_secret', 'hex64')}"

bootstrap_peers = [
  "{LK('node_public_id', g.s('0123456789abcdef', 64))}@[{g.ip6('peer_ip6')}]:3901",
]

[s3_api]
s3_region = "garage"
api_bind_addr = "[::]:3900"
root_domain = ".s3.garage.localhost"

[admin]
api_bind_addr = "{LK('loopback_ip', '127.0.0.1')}:3903"
admin_token = "{g.key('admin_token', 'b64_32')}"
metrics_token = "{g.key('metrics_token', 'b64_32')}"
'''


@tpl
def seaweedfs_s3_json(g):
    return 'json', 'seaweedfs/s3.json', f'''{{
  "identities": [
    {{
      "name": "anonymous",
      "actions": ["Read:public-assets"]
    }},
    {{
      "name": "backup-job",
      "credentials": [
        {{ "accessKey": "{g.key('access_key', 'upper20')}", "secretKey": "{g.key('secret_key', 'an40')}" }}
      ],
      "actions": ["Read", "Write", "List", "Tagging"]
    }},
    {{
      "name": "admin",
      "account": {{ "id": "{g.uuid()}", "emailAddress": "{g.email('account_email')}" }},
      "credentials": [
        {{ "accessKey": "{g.key('access_key', 'upper20')}", "secretKey": "{g.key('secret_key', 'an40')}" }}
      ],
      "actions": ["Admin"]
    }}
  ]
}}
'''


@tpl
def juicefs_notes(g):
    return 'text', 'notes/juicefs-setup.txt', f'''juicefs format, as run on {g.date()} (history from storage-01):

  juicefs format \\
    --storage s3 \\
    --bucket https://{url_host(g, 'bucket_ip')}/jfs-media \\
    --access-key {g.key('access_key', 'upper20')} \\
    --secret-key {g.key('secret_key', 'an40')} \\
    "redis://:{g.pw('redis_password', 'url')}@{g.ip4('redis_ip')}:6379/1" \\
    media

Volume UUID printed at the end: {g.uuid()}
Mount: juicefs mount -d "redis://:****@{g.priv()}:6379/1" /mnt/media
(the second command was run from inside the VPC, hence the private address)
'''


@tpl
def sql_grants(g):
    return 'sql', 'db/migrations/0042_reporting_role.sql', f'''-- 0042: reporting role for the BI tool
-- requested by {g.email('requester_email')} in the data-platform channel
BEGIN;

CREATE ROLE reporting_ro LOGIN PASSWORD '{g.pw('role_password', 'sql')}' VALID UNTIL '2027-01-01';
GRANT CONNECT ON DATABASE warehouse TO reporting_ro;
GRANT USAGE ON SCHEMA mart TO reporting_ro;
GRANT SELECT ON ALL TABLES IN SCHEMA mart TO reporting_ro;

-- foreign server for the legacy orders DB
CREATE SERVER legacy_orders FOREIGN DATA WRAPPER postgres_fdw
  OPTIONS (host '{g.ip4('fdw_host_ip')}', port '5432', dbname 'orders');
CREATE USER MAPPING FOR reporting_ro SERVER legacy_orders
  OPTIONS (user 'fdw_reader', password '{g.pw('fdw_password', 'sql')}');

COMMIT;
'''


@tpl
def mysql_dump_head(g):
    return 'sql', 'dumps/crm-users-head.sql', f'''-- MySQL dump 10.13  Distrib {g.version()}, for Linux (x86_64)
--
-- Host: {g.ip4('dump_host_ip')}    Database: crm
-- ------------------------------------------------------
LOCK TABLES `api_clients` WRITE;
INSERT INTO `api_clients` VALUES
 (1,'{g.uuid()}','invoice-sync','{g.key('client_secret', 'hex40')}','{g.email('owner_email')}','{g.date()} 09:12:44'),
 (2,'{g.uuid()}','newsletter','{g.key('client_secret', 'hex40')}','{g.email('owner_email')}','{g.date()} 15:03:10'),
 (3,'{g.uuid()}','sandbox','{LK('placeholder', 'xxxxxxxx')}','{g.resv_email('sandbox')}','{g.date()} 08:00:00');
UNLOCK TABLES;
'''


@tpl
def makefile_deploy(g):
    return 'makefile', 'Makefile', f'''.PHONY: build test deploy

VERSION ?= $(shell git describe --tags --always)
DEPLOY_HOST := {g.ip4('deploy_host_ip')}
# override on the command line: make deploy RELEASES_TOKEN=...
RELEASES_TOKEN ?= {g.key('releases_token', 'hex64')}

build:
	go build -ldflags "-X main.version=$(VERSION)" -o bin/app ./cmd/app

test:
	go test ./...

deploy: build
	rsync -az bin/app deploy@$(DEPLOY_HOST):/opt/app/bin/
	ssh deploy@$(DEPLOY_HOST) 'sudo systemctl restart app'
	curl -sf -u release:{g.pw('release_password', 'shell')} https://$(DEPLOY_HOST)/api/releases -d version=$(VERSION)
'''


@tpl
def dockerfile_multi(g):
    return 'dockerfile', 'Dockerfile', f'''# syntax=docker/dockerfile:1.7
FROM python:{g.version()}-slim AS build
WORKDIR /src
# private index; the token below must become a build secret (see #{g.r.randrange(100, 999)})
ENV PIP_INDEX_URL=https://ci:{g.key('pip_index_token', 'an32')}@{url_host(g, 'index_ip')}/simple/
COPY requirements.txt .
RUN pip wheel -r requirements.txt -w /wheels

FROM python:{g.version()}-slim
LABEL maintainer="{g.email('maintainer_email')}"
COPY --from=build /wheels /wheels
RUN pip install --no-index /wheels/*.whl && rm -rf /wheels
ENV DJANGO_SECRET_KEY="{g.key('django_secret', 'an40')}"
EXPOSE 8000
CMD ["gunicorn", "-b", "{LK('unspecified_ip', '0.0.0.0')}:8000", "site.wsgi"]
'''


@tpl
def powershell_mount(g):
    return 'powershell', 'scripts/Map-Shares.ps1', f'''# Maps the finance shares at logon (GPO script)
$ErrorActionPreference = "Stop"
$user = "FIN\\svc-maps"
$pass = ConvertTo-SecureString "{g.pw('share_password', 'quoted')}" -AsPlainText -Force
$cred = New-Object System.Management.Automation.PSCredential($user, $pass)

New-PSDrive -Name F -PSProvider FileSystem -Root "\\\\{g.ip4('fileserver_ip')}\\finance" -Credential $cred -Persist
New-PSDrive -Name S -PSProvider FileSystem -Root "\\\\{g.priv()}\\scans" -Credential $cred -Persist

Send-MailMessage -SmtpServer {g.ip4('smtp_ip')} -From "{g.email('from_email')}" -To "{g.email('to_email')}" `
  -Subject "Drives mapped on $env:COMPUTERNAME"
'''


@tpl
def ipynb_cell(g):
    return 'json', 'notebooks/churn-exploration.ipynb', f'''{{
 "cells": [
  {{
   "cell_type": "markdown",
   "metadata": {{}},
   "source": ["## Load the events export\\n", "Run id {g.uuid()}"]
  }},
  {{
   "cell_type": "code",
   "execution_count": 3,
   "metadata": {{}},
   "outputs": [],
   "source": [
    "import pandas as pd\\n",
    "from sqlalchemy import create_engine\\n",
    "engine = create_engine('postgresql+psycopg://analyst:{g.pw('db_password', 'url')}@{url_host(g, 'warehouse_ip')}:5432/events')\\n",
    "EVENTS_SECRET = '{g.key('analytics_secret', 'hex32')}'\\n",
    "df = pd.read_sql('select * from churn_features', engine)"
   ]
  }}
 ],
 "metadata": {{ "kernelspec": {{ "name": "python3", "display_name": "Python 3" }} }},
 "nbformat": 4,
 "nbformat_minor": 5
}}
'''


@tpl
def email_message(g):
    sender = g.email_raw()
    return 'email', 'mail/handover.eml', f'''Received: from mx.{g.pick(['quernstone.net', 'brackenford.org'])} ({g.ip4('mx_relay_ip')})
	by mail.{g.pick(['quernstone.net', 'brackenford.org'])} with ESMTPS; {g.date()} 10:21:07 +0000
From: {M('EMAIL', 'from_email', sender)}
To: {g.email('to_email')}
Subject: handover for the print shop server
Message-ID: <{LK('message_id', g.uuid_raw() + '@mail.brackenford.org')}>
Content-Type: text/plain; charset=utf-8

Hi,

as discussed, the print shop box is yours from Monday. It is at
{g.ip('server_ip')}, root password {g.pw('root_password', 'prose')} (please change it first thing),
and the print spooler admin is the same as last year: {g.pw('spooler_password', 'prose')}.

The API key for the colour-profile service is
{g.key('profile_api_key', 'an32')}

Cheers,
{sender.split('@')[0].split('.')[0].capitalize()}
'''


@tpl
def irc_log(g):
    return 'text', 'logs/#infra.2026.log', f'''[09:02] <mirela> morning, anyone seen the mirror box? {g.ip4('mirror_ip')} isn't answering
[09:03] <tarek> it's up, firewall changed. try from {g.ip4('jump_ip')}
[09:05] <mirela> got in. btw what's the rsync module pw again
[09:05] <tarek> {g.pw('rsync_password', 'plain')}
[09:06] <tarek> don't paste it anywhere else pls
[09:07] <mirela> heh too late, this channel is logged
[09:09] <halvard> also the status page token is {g.key('status_page_token', 'hex32')} if you need to post an incident
[09:10] <tarek> example for the docs: ssh ops@{g.docip()}
[09:12] <mirela> mail me the details: {g.email('chat_email')}
'''


@tpl
def jira_ticket(g):
    return 'text', 'exports/OPS-{}.txt'.format(g.r.randrange(1000, 9999)), f'''OPS-{g.r.randrange(1000, 9999)}: Payment gateway callbacks failing with 401
Reporter: {g.email('reporter_email')}   Assignee: {g.email('assignee_email')}
Priority: High   Components: payments, edge

Description:
Since the cert rotation on {g.date()}, the gateway's callbacks from {g.ip4('gateway_ip')} and
{g.ip6('gateway_ip6')} get 401. The shared HMAC secret on our side is
{g.key('hmac_secret', 'b64_32')} and theirs, per their support, ends in ...{g.s('abcdef0123456789', 4)}
so they don't match.

Comment ({g.name()}): test merchant login for their dashboard is ops-merchant / {g.pw('merchant_password', 'prose')}
Comment (bot): linked build {g.short_sha()}, version {g.version()}
'''


@tpl
def auth_log(g):
    lines = []
    for _ in range(4):
        lines.append(f"Dec  {g.r.randrange(1, 9)} {g.r.randrange(10, 23)}:{g.r.randrange(10, 59)}:{g.r.randrange(10, 59)} bastion sshd[{g.r.randrange(1000, 99999)}]: Failed password for invalid user admin from {g.ip('attacker_ip', 0.25)} port {g.r.randrange(1024, 65535)} ssh2")
    lines.append(f"Dec  9 03:14:07 bastion sshd[4411]: Accepted publickey for deploy from {g.ip4('deploy_ip')} port 50122 ssh2: ED25519 SHA256:{LK('key_fingerprint', g.s('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/', 43))}")
    lines.append(f"Dec  9 03:15:12 bastion sudo:   deploy : TTY=pts/0 ; PWD=/home/deploy ; USER=root ; COMMAND=/usr/bin/mysql -uroot -p{g.pw('mysql_root_password', 'shell')}")
    return 'text', 'var/log/auth.log', '\n'.join(lines) + '\n'


@tpl
def terraform_tfvars(g):
    return 'hcl', 'envs/prod/terraform.tfvars', f'''region          = "eu-central-1"
instance_type   = "t3.medium"
admin_cidr      = "{g.ip4('admin_cidr_ip')}/32"
office_ipv6     = "{g.ip6('office_ip6')}/128"
db_password     = "{g.pw('db_password', 'quoted')}"
monitoring_key  = "{g.key('monitoring_key', 'hex32')}"
alert_email     = "{g.email('alert_email')}"
ami_id          = "{LK('image_id', 'ami-' + g.s('0123456789abcdef', 17))}"
tags = {{
  owner = "{g.email('owner_email')}"
  cost  = "platform"
}}
'''


@tpl
def k8s_secret_configmap(g):
    return 'yaml', 'k8s/payments/secrets.yaml', f'''apiVersion: v1
kind: ConfigMap
metadata:
  name: payments-config
data:
  UPSTREAM_API: "https://{url_host(g, 'upstream_ip')}/v2"
  TRACE_SAMPLE: "0.1"
  REQUEST_ID_HEADER: "X-Request-Id"
---
apiVersion: v1
kind: Secret
metadata:
  name: payments-secrets
type: Opaque
stringData:
  VECTOR_DB_KEY: "{g.key('vector_db_key', 'pcsk')}"
  AMQP_URL: "amqp://payments:{g.pw('amqp_password', 'url')}@{g.ip4('amqp_ip')}:5672/prod"
  REFUND_NOTIFY: "{g.email('refund_email')}"
'''


@tpl
def perl_dbi(g):
    return 'perl', 'bin/nightly_export.pl', f'''#!/usr/bin/perl
use strict;
use warnings;
use DBI;

my $dsn  = "DBI:Pg:dbname=stock;host={g.ip4('db_ip')};port=5432";
my $user = "export";
my $pass = '{g.pw('db_password', 'quoted')}';
my $dbh  = DBI->connect($dsn, $user, $pass, {{ RaiseError => 1 }}) or die $DBI::errstr;

my $sth = $dbh->prepare("SELECT sku, qty FROM stock WHERE updated > now() - interval '1 day'");
$sth->execute;
open my $out, '>', "/srv/export/stock.csv" or die $!;
while (my @row = $sth->fetchrow_array) {{ print $out join(',', @row), "\\n"; }}
close $out;
system("mail", "-s", "stock export", "{g.email('report_email')}");
'''


@tpl
def php_config(g):
    return 'php', 'config/local.php', f'''<?php
// local overrides — not committed (in theory)
return [
    'db' => [
        'dsn'      => 'mysql:host={g.ip4('db_ip')};dbname=shop;charset=utf8mb4',
        'username' => 'shop',
        'password' => '{g.pw('db_password', 'quoted')}',
    ],
    'mailer' => [
        'transport' => 'smtp://shopmailer:{g.pw('smtp_password', 'url')}@{g.ip4('smtp_ip')}:587',
        'from'      => '{g.email('from_email')}',
    ],
    'recaptcha_site_key' => '{LK('public_site_key', '6L' + g.s('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_', 38))}',
    'recaptcha_secret'   => '{g.key('recaptcha_secret', 'b64url43')}',
];
'''


@tpl
def rails_credentials_note(g):
    return 'yaml', 'config/database.yml', f'''default: &default
  adapter: postgresql
  encoding: unicode
  pool: <%= ENV.fetch("RAILS_MAX_THREADS") {{ 5 }} %>

development:
  <<: *default
  database: loomhall_dev

production:
  <<: *default
  url: <%= ENV["{LK('secret_reference', 'DATABASE_URL')}"] %>
  # fallback for the one-off box, remove after cut-over:
  host: {g.ip('db_ip')}
  username: loomhall
  password: {g.pw('db_password', 'yaml')}
  variables:
    statement_timeout: 5000
'''


@tpl
def spring_properties(g):
    return 'properties', 'src/main/resources/application-prod.properties', f'''spring.datasource.url=jdbc:postgresql://{g.ip4('db_ip')}:5432/claims
spring.datasource.username=claims_app
spring.datasource.password={g.pw('db_password', 'ini')}
spring.jpa.hibernate.ddl-auto=validate
spring.mail.host={g.ip4('smtp_ip')}
spring.mail.username={g.email('smtp_user_email')}
spring.mail.password={g.pw('smtp_password', 'ini')}
management.endpoints.web.exposure.include=health,info
app.jwt.secret={g.key('jwt_secret', 'b64_48')}
app.build.commit={g.short_sha()}
'''


@tpl
def appsettings_json(g):
    return 'json', 'src/Vetpost.Api/appsettings.Production.json', f'''{{
  "Logging": {{ "LogLevel": {{ "Default": "Information" }} }},
  "AllowedHosts": "*",
  "ConnectionStrings": {{
    "Vetpost": "Server={g.ip4('sql_server_ip')},1433;Database=Vetpost;User Id=vetpost_api;Password={g.pw('sql_password', 'ini')};TrustServerCertificate=True"
  }},
  "Smtp": {{
    "Host": "{g.ip4('smtp_ip')}",
    "User": "{g.email('smtp_user_email')}",
    "Password": "{g.pw('smtp_password', 'quoted')}"
  }},
  "AzureAd": {{
    "TenantId": "{g.uuid()}",
    "ClientId": "{g.uuid()}",
    "ClientSecret": "{g.key('client_secret', 'an40')}"
  }}
}}
'''


@tpl
def elixir_runtime(g):
    return 'elixir', 'config/runtime.exs', f'''import Config

if config_env() == :prod do
  config :tidewater, Tidewater.Repo,
    url: System.get_env("{LK('secret_reference', 'DATABASE_URL')}") || "ecto://tidewater:{g.pw('db_password', 'url')}@{url_host(g, 'db_ip')}/tidewater",
    pool_size: 10

  config :tidewater, TidewaterWeb.Endpoint,
    secret_key_base: "{g.key('secret_key_base', 'b64_48')}",
    http: [ip: {{0, 0, 0, 0}}, port: 4000]

  config :tidewater, Tidewater.Mailer,
    adapter: Swoosh.Adapters.SMTP,
    relay: "{g.ip4('smtp_ip')}",
    username: "{g.email('smtp_user_email')}",
    password: "{g.pw('smtp_password', 'quoted')}"
end
'''


@tpl
def openresty_lua(g):
    return 'lua', 'lua/auth_gate.lua', f'''-- access_by_lua_file for the partner API
local allowed = {{
  ["{g.ip4('partner_ip')}"] = true,
  ["{g.ip4('partner_ip')}"] = true,
  ["{g.ip6('partner_ip6')}"] = true,
}}
local shared_key = "{g.key('partner_shared_key', 'hex40')}"

local ip = ngx.var.remote_addr
if not allowed[ip] then
  return ngx.exit(ngx.HTTP_FORBIDDEN)
end
if ngx.req.get_headers()["X-Partner-Key"] ~= shared_key then
  ngx.log(ngx.WARN, "bad key from ", ip)
  return ngx.exit(ngx.HTTP_UNAUTHORIZED)
end
'''


@tpl
def renviron(g):
    return 'text', '.Renviron', f'''R_LIBS_USER=~/R/library
GITHUB_PAT={LK('placeholder', 'YOUR_API_KEY')}
ALPHAVANTAGE_KEY={g.key('market_data_key', 'hex40')}
TRACING_API_KEY={g.key('tracing_key', 'lsv2')}
PGHOST={g.ip4('pg_ip')}
PGUSER={g.email_raw().split('@')[0]}
PGPASSWORD={g.pw('pg_password', 'ini')}
LLM_ROUTER_KEY={g.key('llm_key', 'orv1')}
'''


@tpl
def gradle_properties(g):
    return 'properties', 'gradle.properties', f'''org.gradle.jvmargs=-Xmx2g -Dfile.encoding=UTF-8
org.gradle.caching=true
android.useAndroidX=true
# signing (release builds only)
RELEASE_STORE_FILE=../keys/release.jks
RELEASE_STORE_PASSWORD={g.pw('keystore_password', 'ini')}
RELEASE_KEY_ALIAS=upload
RELEASE_KEY_PASSWORD={g.pw('key_password', 'ini')}
# artifact mirror
mirrorUrl=https://{url_host(g, 'mirror_ip')}/maven2
mirrorUser=gradle
mirrorToken={g.key('mirror_token', 'an40')}
'''


@tpl
def nix_module(g):
    return 'nix', 'hosts/quern/configuration.nix', f'''{{ config, pkgs, ... }}:
{{
  networking.hostName = "quern";
  networking.interfaces.ens3.ipv4.addresses = [ {{ address = "{g.ip4('host_ipv4')}"; prefixLength = 26; }} ];
  networking.interfaces.ens3.ipv6.addresses = [ {{ address = "{g.ip6('host_ipv6')}"; prefixLength = 64; }} ];
  networking.defaultGateway = "{g.ip4('gateway_ip')}";

  users.users.ops = {{
    isNormalUser = true;
    # TODO: hashedPasswordFile; this is the temporary one ({g.version()})
    initialPassword = "{g.pw('initial_password', 'quoted')}";
    openssh.authorizedKeys.keys = [ "{g.pubkey_ssh()}" ];
  }};

  services.restic.backups.daily.environmentFile = "/etc/restic.env";
  system.stateVersion = "24.05";
}}
'''


@tpl
def gha_workflow(g):
    return 'yaml', '.github/workflows/deploy.yml', f'''name: deploy
on:
  push:
    branches: [main]
jobs:
  deploy:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@{g.sha1()}
      - name: Upload build
        env:
          DEPLOY_KEY: ${{{{ {LK('secret_reference', 'secrets.DEPLOY_KEY')} }}}}
        run: |
          scp -o StrictHostKeyChecking=no dist.tar.gz deploy@{g.ip4('deploy_ip')}:/srv/releases/
      - name: Notify
        # temporary: webhook inlined because the secret was missing in the fork
        run: curl -X POST "https://chat.{g.pick(['orchardline.io', 'plinth.dev'])}/hooks/{g.key('chat_hook_token', 'lan32')}" -d '{{"text":"deployed"}}'
      - name: Smoke test
        run: curl -fsS -u smoke:{g.pw('smoke_password', 'shell')} https://{url_host(g, 'prod_ip')}/healthz
'''


@tpl
def crontab_txt(g):
    return 'text', 'var/spool/cron/crontabs/backup', f'''# m h  dom mon dow   command
MAILTO={g.email('cron_mailto')}
15 2 * * * pg_dump "postgres://backup:{g.pw('backup_password', 'url')}@{g.ip4('db_ip')}/erp" | gzip > /backup/erp-$(date +\\%F).sql.gz
45 2 * * * curl -fsS -m 10 --retry 5 https://hc.{g.pick(['gristmill.net', 'yarrow.io'])}/ping/{g.uuid()}
0 4 * * 0 /usr/local/bin/offsite-sync --key {g.key('offsite_key', 'b64url43')} --dest {g.ip('offsite_ip')}
'''


@tpl
def bash_history(g):
    return 'shell', '.bash_history', f'''cd /srv/app
git pull
docker compose ps
docker exec -it app-db-1 psql -U postgres
export AWS_SECRET_ACCESS_KEY={g.key('aws_style_secret', 'an40')}
aws s3 ls s3://backups-eu --endpoint-url https://{url_host(g, 's3_ip')}
ssh root@{g.ip('host_ip')}
mysql -h {g.ip4('db_ip')} -u admin -p'{g.pw('mysql_password', 'shell')}' -e 'show processlist'
htop
curl -H "Authorization: token {g.key('api_token', 'hex40')}" https://{g.ip4('api_ip')}/api/v1/user
history -c
'''


@tpl
def git_credentials(g):
    return 'text', '.git-credentials', f'''https://{g.name()}:{g.key('git_token', 'an40')}@git.{g.pick(['cobbleworks.dev', 'hearthstone.io'])}
https://ci-bot:{g.pw('git_password', 'url')}@{g.ip4('git_ip')}
https://oauth2:{g.key('oauth_token', 'glft')}@{url_host(g, 'gitlab_ip')}
'''


@tpl
def docker_config_json(g):
    import base64 as _b
    user = 'robot$ci'
    pw = g.pw_raw('quoted', 9)
    auth = _b.b64encode((user + ':' + pw).encode()).decode()
    return 'json', '.docker/config.json', f'''{{
  "auths": {{
    "{g.ip4('registry_ip')}:5000": {{
      "auth": "{M('KEY', 'registry_auth_b64', auth)}"
    }},
    "registry.{g.pick(['tinsmith.io', 'weirgate.net'])}": {{
      "auth": "{g.key('registry_auth', 'b64_32')}",
      "email": "{g.email('registry_email')}"
    }}
  }},
  "credsStore": "",
  "currentContext": "default"
}}
'''


@tpl
def kube_credentials(g):
    return 'yaml', '.kube/config', f'''apiVersion: v1
kind: Config
clusters:
- cluster:
    certificate-authority-data: {LK('ca_certificate_b64', 'LS0tLS1CRUdJTiBDRVJUSUZJQ0FURS0tLS0t' + g.s('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789', 60))}
    server: https://{url_host(g, 'apiserver_ip')}:6443
  name: prod
contexts:
- context:
    cluster: prod
    user: ci
  name: prod
current-context: prod
users:
- name: ci
  user:
    token: {g.key('sa_token', 'jwt')}
- name: breakglass
  user:
    username: admin
    password: {g.pw('breakglass_password', 'yaml')}
'''


@tpl
def rest_http_file(g):
    return 'http', 'api/requests.http', f'''### Login
POST https://{url_host(g, 'api_ip')}/auth/login
Content-Type: application/json

{{ "email": "{g.email('login_email')}", "password": "{g.pw('login_password', 'quoted')}" }}

### List invoices (token from the login above, pasted)
GET https://{url_host(g, 'api_ip')}/v1/invoices?limit=20
Authorization: Bearer {g.key('bearer_token', 'jwt')}

### Docs example (safe)
GET https://api.example.com/v1/invoices
Authorization: Bearer {LK('placeholder', '<your-token-here>')}
'''


@tpl
def python_requests(g):
    return 'python', 'tools/sync_contacts.py', f'''"""Pushes new CRM contacts to the mailing tool. Run hourly from cron."""
import os
import requests

CRM_URL = "https://{url_host(g, 'crm_ip')}/api/contacts"
MAILER_KEY = os.environ.get("{LK('secret_reference', 'MAILER_KEY')}", "{g.key('mailer_key', 'hex32')}")
CRM_AUTH = ("sync", "{g.pw('crm_password', 'quoted')}")
OWNER = "{g.email('owner_email')}"


def main():
    r = requests.get(CRM_URL, auth=CRM_AUTH, timeout=30)
    r.raise_for_status()
    for c in r.json():
        requests.post("https://api.mailer.internal/v3/members",
                      headers={{"X-Api-Key": MAILER_KEY}}, json=c, timeout=30)


if __name__ == "__main__":
    main()
'''


@tpl
def ansible_inventory(g):
    return 'ini', 'inventory/prod.ini', f'''[web]
web01 ansible_host={g.ip4('web_ip')}
web02 ansible_host={g.ip('web_ip')}

[db]
db01 ansible_host={g.priv()} ansible_user=dba ansible_password={g.pw('ssh_password', 'ini')}

[switches]
core-sw1 ansible_host={g.ip4('switch_ip')} ansible_network_os=eos ansible_become_password={g.pw('enable_password', 'ini')}

[all:vars]
ansible_python_interpreter=/usr/bin/python3
ops_contact={g.email('ops_email')}
'''


@tpl
def maven_settings_xml(g):
    return 'xml', '.m2/settings.xml', f'''<?xml version="1.0" encoding="UTF-8"?>
<settings xmlns="http://maven.apache.org/SETTINGS/1.2.0">
  <servers>
    <server>
      <id>internal-releases</id>
      <username>deployer</username>
      <password>{g.pw('repo_password', 'xml')}</password>
    </server>
    <server>
      <id>internal-snapshots</id>
      <username>{g.email('repo_user_email')}</username>
      <password>{g.key('repo_token', 'an32')}</password>
    </server>
  </servers>
  <mirrors>
    <mirror>
      <id>corp</id>
      <mirrorOf>*</mirrorOf>
      <url>https://{url_host(g, 'mirror_ip')}/repository/maven-public/</url>
    </mirror>
  </mirrors>
  <!-- old mirror, password was {g.pw('old_repo_password', 'plain')} -->
</settings>
'''


@tpl
def wg_conf(g):
    return 'ini', 'etc/wireguard/wg0.conf', f'''[Interface]
Address = {LK('private_ip', '10.44.0.' + str(g.r.randrange(2, 250)))}/24, {LK('ula_ipv6', 'fd44::' + str(g.r.randrange(2, 250)))}/64
PrivateKey = {g.key('wg_private_key', 'b64_32')}
ListenPort = 51820
DNS = {g.priv()}

[Peer]
# hub in the colo
PublicKey = {LK('public_key', g.key_raw('b64_32'))}
PresharedKey = {g.key('wg_preshared_key', 'b64_32')}
Endpoint = {url_host(g, 'endpoint_ip')}:51820
AllowedIPs = {LK('private_ip', '10.44.0.0')}/24, {g.priv6()}/64
PersistentKeepalive = 25
'''


@tpl
def csv_export(g):
    rows = []
    for i in range(g.r.randrange(3, 5)):
        rows.append(f"{1000 + i},{g.name()},{g.email('member_email')},{g.ip('last_login_ip', 0.2)},{g.date()},{g.pick(['active', 'locked', 'active'])}")
    rows.append(f"{1099},test,{g.resv_email('qa')},{g.docip()},{g.date()},active")
    return 'csv', 'exports/members-{}.csv'.format(g.date()), 'id,first_name,email,last_login_ip,created,status\n' + '\n'.join(rows) + '\n'


@tpl
def helm_values(g):
    return 'yaml', 'charts/tallybook/values-prod.yaml', f'''replicaCount: 3
image:
  repository: {g.ip4('registry_ip')}:5000/tallybook
  tag: "{g.version()}"
  digest: sha256:{g.sha256()}
postgresql:
  auth:
    username: tallybook
    password: "{g.pw('pg_password', 'quoted')}"
    postgresPassword: "{g.pw('pg_admin_password', 'quoted')}"
redis:
  auth:
    password: {g.pw('redis_password', 'yaml')}
ingress:
  enabled: true
  annotations:
    nginx.ingress.kubernetes.io/whitelist-source-range: "{g.ip4('allow_ip')}/32,{g.ip4('allow_ip')}/32"
alerts:
  email: {g.email('alerts_email')}
  pagerKey: {g.key('pager_key', 'hex32')}
'''


@tpl
def kafka_client_props(g):
    return 'properties', 'config/client-sasl.properties', f'''bootstrap.servers={g.ip4('broker_ip')}:9093,{g.ip4('broker_ip')}:9093
security.protocol=SASL_SSL
sasl.mechanism=SCRAM-SHA-512
sasl.jaas.config=org.apache.kafka.common.security.scram.ScramLoginModule required username="orders-consumer" password="{g.pw('sasl_password', 'quoted')}";
ssl.truststore.location=/etc/kafka/truststore.jks
ssl.truststore.password={g.pw('truststore_password', 'ini')}
group.id=orders-{g.uuid()}
'''


@tpl
def unattend_xml(g):
    return 'xml', 'deploy/autounattend.xml', f'''<?xml version="1.0" encoding="utf-8"?>
<unattend xmlns="urn:schemas-microsoft-com:unattend">
  <settings pass="oobeSystem">
    <component name="Microsoft-Windows-Shell-Setup" processorArchitecture="amd64">
      <UserAccounts>
        <AdministratorPassword>
          <Value>{g.pw('admin_password', 'xml')}</Value>
          <PlainText>true</PlainText>
        </AdministratorPassword>
      </UserAccounts>
      <AutoLogon>
        <Password><Value>{g.pw('autologon_password', 'xml')}</Value><PlainText>true</PlainText></Password>
        <Enabled>true</Enabled>
        <Username>frontdesk</Username>
      </AutoLogon>
      <RegisteredOwner>{g.email('owner_email')}</RegisteredOwner>
      <ProductKey>{g.key('product_key', 'dashed')}</ProductKey>
    </component>
  </settings>
</unattend>
'''


@tpl
def ha_secrets(g):
    return 'yaml', 'homeassistant/secrets.yaml', f'''# Use this file to store secrets like usernames and passwords.
latitude_home: 59.{g.r.randrange(1000, 9999)}
longitude_home: 10.{g.r.randrange(1000, 9999)}
mqtt_password: "{g.pw('mqtt_password', 'quoted')}"
router_ip: {g.priv()}
wan_ip_for_ddns: {g.ip4('wan_ip')}
dynv6_token: {g.key('ddns_token', 'uuidkey')}
notify_email: {g.email('notify_email')}
alarm_code: "{g.pin('alarm_pin')}"
'''


@tpl
def security_md(g):
    return 'markdown', 'SECURITY.md', f'''# Security policy

Please report vulnerabilities to {g.email('security_email')}, encrypted to our key
(fingerprint `{LK('pgp_fingerprint', ' '.join(g.s('0123456789ABCDEF', 4) for _ in range(10)))}`).

Release artefacts are signed; verify with the checksums file:

```
{g.sha256()}  tallyho_{g.version()}_linux_amd64.tar.gz
{g.sha256()}  tallyho_{g.version()}_darwin_arm64.tar.gz
```

Do not report issues with the demo instance at {g.docip()} or accounts like
{g.resv_email()}; they are reset hourly. The demo password shown on the login
page is `{LK('placeholder', 'changeme')}` on purpose.

Bug-bounty triage is done from {g.ip4('triage_ip')} only; if you see scans from elsewhere
claiming to be us, tell us.
'''
