"""Templates 1-24 of held-out set 41 (each written one by one)."""


def t_gost_yaml(g):
    u = g.first()
    return "yaml", "etc/gost/gost.yaml", f"""# gost v3 - relay chain for the {g.word()} lab
services:
  - name: socks-in
    addr: ":1080"
    handler:
      type: socks5
      auth:
        username: {u}
        password: {g.P("socks_password", "yaml")}
    listener:
      type: tcp
chains:
  - name: upstream
    hops:
      - name: hop-0
        nodes:
          - name: exit-a
            addr: {g.IU("relay_ip")}:8443
            connector:
              type: relay
              auth:
                username: relay
                password: {g.P("relay_password", "yaml")}
          - name: exit-lan
            addr: {g.priv()}:8443
# ops contact: {g.E("ops_email")}
# admin panel (gost -api) user/pass: admin / {g.P("api_password", "yaml")}
# web api token (gost -api): {g.K("gost_api_token", "an32")}; node id {g.uid("node_uuid")}
# build {g.ver()} ({g.ssha()})
# example client line from the docs: gost -L socks5://{g.ph("user:pass")}@:1080
"""


def t_bore_service(g):
    return "ini", "etc/systemd/system/bore-tunnel.service", f"""[Unit]
Description=bore tunnel exposing the staging web port
After=network-online.target
Wants=network-online.target

[Service]
User=bore
ExecStart=/usr/local/bin/bore local 8080 --to {g.I("tunnel_server_ip", 0.0)} --port 41{g.n(100, 999)} --secret {g.K("bore_secret", g.pick(["hex32", "an32", "lo32"]))}
Restart=on-failure
RestartSec=5
# was: --to {g.loop()} during local testing
# tunnels are listed by the server as {g.sshtarget()}
# owner: {g.E("owner_email")}
# On-call rota template row: {g.remail()} / {g.ph("letmein-example")}
Environment=RUST_LOG=info

[Install]
WantedBy=multi-user.target
# unit digest {g.md5()}, changelog {g.ssha()}
"""


def t_smb_creds_notes(g):
    share = g.word()
    return "text", f"docs/fileserver/{share}-mount.txt", f"""Mounting the //{g.I("smb_server_ip", 0.0)}/{share} share from the design laptops
=========================================================================

1. Put this into /etc/samba/creds-{share} (chmod 600):

   username={g.first()}
   password={g.P("smb_password", "ini")}
   domain=WORKGROUP
   # the NAS sync agent uses an app key instead: {g.K("nas_app_key", "lo32")}

2. fstab line:

   //{g.priv()}/{share}  /mnt/{share}  cifs  credentials=/etc/samba/creds-{share},vers=3.0,uid=1000  0  0

   (the LAN address is the same box; the public one above only works over the office VPN)

3. smb.conf on the server has `server min protocol = SMB3` since {g.ver()}.

Questions to {g.E("admin_email")}; do not mail the password to {g.remail()}.
Last mail from the NAS: Message-ID {g.msgid()}
"""


def t_bunfig_toml(g):
    return "toml", "bunfig.toml", f"""# bun settings for the monorepo
[install]
exact = true
registry = "https://registry.npmjs.org/"

[install.scopes]
# private packages
"@{g.word()}" = {{ token = "{g.K("registry_token", g.pick(["an40", "b64u43", "hex40"]))}", url = "https://npm.{g.word()}-tools.dev/" }}
"@{g.word()}-legacy" = {{ url = "https://{g.first()}:{g.P("registry_password", "url")}@{g.IU("registry_ip", 0.1)}:4873/" }}
"@vendor" = {{ token = "$VENDOR_NPM_TOKEN", url = "https://npm.pkg.vendor.dev/" }}
# registry audit run {g.uid("audit_run_uuid")}; sha1 of the tarball {g.sha1()}

[install.cache]
dir = "~/.bun/install/cache"

[test]
coverage = true
# lockfile hash at the last audit: {g.sha256()}
# ${{{g.ref("VENDOR_NPM_TOKEN")}}} comes from the CI secret store
"""


def t_rscript_etl(g):
    return "r", "etl/refresh_sales.R", f"""#!/usr/bin/env Rscript
# Nightly refresh of the sales mart. Run by cron on the analytics box.
suppressPackageStartupMessages({{
  library(DBI)
  library(RPostgres)
  library(blastula)
}})

con <- dbConnect(
  RPostgres::Postgres(),
  host     = "{g.I("warehouse_ip", 0.15)}",
  port     = 5432,
  dbname   = "sales",
  user     = "etl_{g.word()}",
  password = "{g.P("db_password", "quoted")}"
)

# old local copy, kept for reference
# con <- dbConnect(RPostgres::Postgres(), host = "localhost", password = Sys.getenv("{g.ref("PGPASSWORD_LOCAL")}"))

n <- dbExecute(con, "REFRESH MATERIALIZED VIEW CONCURRENTLY mart.daily_sales")
# chat webhook for failures: https://hooks.{g.word()}.chat/services/{g.K("webhook_path_token", "an24")}
# run id {g.ulid()}, commit {g.sha1()}
dbDisconnect(con)

smtp <- creds_envvar(user = "{g.E("smtp_user_email")}", pass_envvar = "SMTP_PASS",
                     host = "smtp.{g.word()}mail.net", port = 587)
compose_email(body = md(sprintf("Refreshed %d rows", n))) |>
  smtp_send(to = "{g.E("report_to_email")}", from = "{g.remail()}", credentials = smtp)
# test run: smtp_send(to = "{g.remail()}") with pass {g.ph("<smtp-pass>")}
"""


def t_tinyauth_env(g):
    return "env", "deploy/tinyauth/.env", f"""# tinyauth - forward auth in front of the internal dashboards
APP_URL=https://auth.{g.word()}-{g.word()}.net
SECRET={g.K("cookie_secret", g.pick(["an32", "b64u43", "hex64"]))}
# user:bcrypt-hash, the hash is fine to keep here
USERS={g.first()}:{g.bcrypt()}
GENERIC_CLIENT_ID={g.L("client_id", g.s("abcdefghijklmnopqrstuvwxyz0123456789", 24))}
GENERIC_CLIENT_SECRET={g.K("oauth_client_secret", g.pick(["an40", "b64u43"]))}
GENERIC_AUTH_URL=https://sso.{g.word()}.org/authorize
OAUTH_WHITELIST={g.E("allowed_email")},{g.E("allowed_email")}
# sample allow-list in the docs: OAUTH_WHITELIST={g.remail()}
SESSION_EXPIRY=7200
LOG_LEVEL=info
# trusted proxy
TRUSTED_PROXIES={g.priv()}
"""


def t_goaccess_snippet(g):
    lines = []
    for _ in range(3):
        lines.append(f'{g.I("client_ip", 0.25)} - - [{g.n(10, 28)}/Oct/2026:{g.n(10, 23)}:{g.n(10, 59)}:{g.n(10, 59)} +0000] "GET /api/v2/orders?page={g.n(1, 40)} HTTP/1.1" 200 {g.n(300, 9000)} "-" "Mozilla/5.0"')
    body = "\n".join(lines)
    return "text", "ops/goaccess/notes.md", f"""## Why the report shows a spike on the orders endpoint

Ran `goaccess /var/log/nginx/access.log --log-format=COMBINED -o /srv/report.html` on {g.ver()}.
Top three lines from the spike window:

```
{body}
{g.priv()} - - [12/Oct/2026:11:02:19 +0000] "GET /healthz HTTP/1.1" 200 2 "-" "kube-probe/1.29"
GET /api/v2/orders?page=3&api_key={g.KU("leaked_query_key")} HTTP/1.1
```

The last line shows the partner still sending the key in the query string (mailed {g.E("partner_email")} about it).
The report's websocket URL binds to {g.unspec()}:7890.
Sample log line from the README: `{g.doc()} ... user={g.remail()}`.
"""


def t_stepca_init(g):
    return "shell", "pki/step-ca-bootstrap.log", f"""$ step ca init --name "{g.word().capitalize()} Internal CA" --dns ca.{g.word()}.lan --address :9000 \\
    --provisioner {g.E("provisioner_email")} --password-file /dev/stdin
Choose a password for your CA keys and first provisioner.
✔ [leave empty and we'll generate one]: {g.P("ca_password", "shell")}

Generating root certificate... done!
Generating intermediate certificate... done!

✔ Root certificate: /home/step/.step/certs/root_ca.crt
✔ Root private key: /home/step/.step/secrets/root_ca_key
✔ Root fingerprint: {g.sha256()}
✔ Provisioner JWK encrypted key: {g.L("encrypted_value", g.s("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_", 60))}
✔ Admin API token (shown once): {g.K("ca_admin_token", "b64u43")}
✔ Intermediate certificate: /home/step/.step/certs/intermediate_ca.crt
✔ Database folder: /home/step/.step/db
✔ Default configuration: /home/step/.step/config/defaults.json
✔ Certificate Authority configuration: /home/step/.step/config/ca.json

Your PKI is ready to go. To generate certificates for individual services see 'step help ca'.
$ step ca bootstrap --ca-url https://{g.IU("ca_ip", 0.2)}:9000 --fingerprint {g.sha256()}
"""


def t_udp2raw_run(g):
    return "shell", "scripts/start-udp2raw.sh", f"""#!/bin/sh
# udp2raw client: wraps the game server's UDP in fake TCP so the hotel wifi lets it through
# server side runs: udp2raw -s -l{g.unspec()}:4096 -r {g.loop()}:7777 -k ... --raw-mode faketcp
set -e
exec udp2raw -c \\
  -l{g.unspec()}:3333 \\
  -r{g.I("udp2raw_server_ip", 0.0)}:4096 \\
  -k "{g.P("udp2raw_password", "shell")}" \\
  --raw-mode faketcp \\
  --cipher-mode aes128cbc \\
  -a
# version pinned: {g.ver()}
# sha256 of the binary we ship: {g.sha256()}
"""


def t_kcptun_json(g):
    return "json", "kcptun/client.json", f"""{{
  "localaddr": ":12948",
  "remoteaddr": "{g.IU("kcp_server_ip", 0.2)}:29900",
  "key": "{g.K("kcp_key", g.pick(["an24", "an32", "hex32"]))}",
  "crypt": "aes",
  "mode": "fast2",
  "mtu": 1350,
  "_updated_by": "{g.remail()}",
  "sndwnd": 512,
  "rcvwnd": 512,
  "datashard": 10,
  "parityshard": 3,
  "dscp": 46,
  "nocomp": false,
  "log": "/var/log/kcptun-{g.ssha()}.log"
}}
"""


def t_naive_json(g):
    return "json", "naive/config.json", f"""{{
  "listen": "socks://{g.loop()}:1080",
  "proxy": "https://{g.first()}:{g.P("proxy_password", "url")}@{g.word()}-{g.n(1, 9)}.{g.word()}.net",
  "log": "",
  "host-resolver-rules": "MAP {g.word()}-{g.n(1, 9)}.{g.word()}.net {g.I("resolver_pin_ip", 0.0)}",
  "insecure-concurrency": 1
}}
"""


def t_brook_client(g):
    return "shell", "bin/brook-up.sh", f"""#!/usr/bin/env bash
# brook client for the field laptops; server lives in the rented VPS
SERVER="{g.I("brook_server_ip", 0.0)}:9999"
PASS='{g.P("brook_password", "shell")}'
BROOK_LINK_TOKEN={g.K("brook_link_token", "hex40")}  # for the share link
# placeholder used in docs: {g.ph("brook://server?password=REPLACE_ME")}
brook client --server "$SERVER" --password "$PASS" --socks5 {g.loop()}:1081 &
echo "brook $! started against $SERVER (client {g.ver()})"
# Ask {g.E("vps_owner_email")} before changing the port; the old box {g.doc()} is gone.
"""


def t_trojan_go_json(g):
    site = f"{g.word()}.{g.word()}.net"
    return "json", "trojan-go/server.json", f"""{{
  "run_type": "server",
  "local_addr": "{g.unspec()}",
  "local_port": 443,
  "remote_addr": "{g.loop()}",
  "remote_port": 80,
  "password": [
    "{g.P("trojan_password", "quoted")}",
    "{g.P("trojan_password", "quoted")}"
  ],
  "ssl": {{
    "cert": "/etc/letsencrypt/live/{site}/fullchain.pem",
    "key": "/etc/letsencrypt/live/{site}/privkey.pem",
    "sni": "{site}"
  }},
  "mux": {{ "enabled": true }},
  "websocket": {{ "enabled": true, "path": "/{g.K("ws_path_secret", "lo32")}", "host": "{g.word()}.{g.word()}.net" }},
  "router": {{ "enabled": true, "bypass": ["geoip:private"] }},
  "api": {{ "enabled": true, "api_addr": "{g.loop()}", "api_port": 10000 }}
}}
"""


def t_tuic_json(g):
    return "json", "tuic/server.json", f"""{{
  "server": "[::]:8443",
  "users": {{
    "{g.K("tuic_user_uuid", "uuid")}": "{g.P("tuic_password", "quoted")}"
  }},
  "certificate": "/etc/tuic/fullchain.pem",
  "private_key": "/etc/tuic/privkey.pem",
  "congestion_control": "bbr",
  "alpn": ["h3"],
  "udp_relay_ipv6": true,
  "zero_rtt_handshake": false,
  "_release": "{g.ver()}",
  "_cert_sha256": "{g.sha256()}",
  "auth_timeout": "3s",
  "max_idle_time": "10s",
  "log_level": "warn",
  "_maint": "{g.remail()}",
  "_note": "client connects to {g.I("tuic_public_ip", 0.3)}; admin {g.E("admin_email")}"
}}
"""


def t_juicity_json(g):
    return "json", "juicity/client.json", f"""{{
  "listen": ":1090",
  "server": "{g.IU("juicity_server_ip", 0.25)}:23182",
  "uuid": "{g.K("juicity_uuid", "uuid")}",
  "password": "{g.P("juicity_password", "quoted")}",
  "sni": "cdn.{g.word()}.org",
  "allow_insecure": false,
  "congestion_control": "bbr",
  "pinned_certchain_sha256": "{g.pin()}",
  "log_level": "info"
}}
"""


def t_mieru_json(g):
    return "json", "mieru/server_config.json", f"""{{
  "portBindings": [
    {{ "portRange": "2012-2022", "protocol": "TCP" }}
  ],
  "users": [
    {{ "name": "{g.first()}", "password": "{g.P("mieru_password", "quoted")}" }},
    {{ "name": "{g.first()}", "password": "{g.P("mieru_password", "quoted")}" }},
    {{ "name": "demo", "password": "{g.ph("<set-me>")}" }}
  ],
  "loggingLevel": "INFO",
  "metricsToken": "{g.K("metrics_token", "hex32")}",
  "mtu": 1400,
  "egress": {{
    "proxies": [{{ "name": "cloud", "protocol": "SOCKS5_PROXY_PROTOCOL", "host": "{g.I("egress_ip", 0.0)}", "port": 1080 }}]
  }}
}}
"""


def t_ssrust_json(g):
    return "json", "shadowsocks/config.json", f"""{{
  "servers": [
    {{
      "server": "{g.I("ss_server_ip", 0.3)}",
      "server_port": 8388,
      "method": "2022-blake3-aes-256-gcm",
      "password": "{g.K("ss2022_psk", "b64_32")}",
      "remarks": "frankfurt"
    }},
    {{
      "server": "{g.I("ss_server_ip", 0.3)}",
      "server_port": 8389,
      "method": "chacha20-ietf-poly1305",
      "password": "{g.P("ss_password", "quoted")}",
      "remarks": "old box, retire after {g.ver()}"
    }}
  ],
  "local_address": "{g.loop()}",
  "local_port": 1080,
  "mode": "tcp_and_udp"
}}
"""


def t_i2pd_conf(g):
    return "ini", "etc/i2pd/i2pd.conf", f"""## i2pd main config (router for the {g.word()} mesh)
log = file
logfile = /var/log/i2pd/i2pd.log
loglevel = warn
ipv4 = true
ipv6 = true
ifname4 = eth0
# published address, the router autodetects it otherwise
host = {g.I("router_public_ip", 0.0)}
port = {g.n(10000, 30000)}

[http]
enabled = true
address = {g.loop()}
port = 7070
auth = true
user = {g.first()}
pass = {g.P("webconsole_password", "ini")}
# console session id from the last login: {g.L("session_id", g.hx(32))}

[httpproxy]
address = {g.priv()}
port = 4444

[reseed]
verify = true
# private reseed for the lab: ask {g.E("reseed_contact_email")}
urls = https://reseed.{g.word()}.i2p.net/
"""


def t_innernet_toml(g):
    return "toml", "etc/innernet/{0}.conf".format(g.word()), f"""[interface]
network-name = "{g.word()}net"
address = "{g.ula()}"
private-key = "{g.K("wg_private_key", "b64_32")}"
prefix-length = 64
listen-port = 51820

[server]
public-key = "{g.wgpub()}"
external-endpoint = "{g.I4("innernet_endpoint_ip")}:51820"
internal-endpoint = "[{g.ula()}]:51820"
# invited by {g.E("inviter_email")} on {g.n(2, 28)} Nov
"""


def t_pap_secrets(g):
    return "text", "etc/ppp/pap-secrets", f"""# Secrets for authentication using PAP
# client\t\tserver\tsecret\t\t\tIP addresses
"{g.E("dsl_login_email")}"\t*\t"{g.P("dsl_password", "plain")}"\t*
{g.first()}-backup\t*\t"{g.P("dsl_password", "plain")}"\t{g.I("ppp_static_ip", 0.0)}
# test account from the ISP's docs, never worked:
"{g.remail()}"\t*\t"{g.ph("password")}"\t*
"""


def t_pdns_conf(g):
    return "ini", "etc/powerdns/pdns.conf", f"""# PowerDNS authoritative - primary for the {g.word()} zones
launch=gmysql
gmysql-host={g.priv()}
gmysql-dbname=pdns
gmysql-user=pdns
gmysql-password={g.P("gmysql_password", "ini")}

api=yes
api-key={g.K("pdns_api_key", g.pick(["an24", "an32", "b64u43"]))}
webserver=yes
webserver-address={g.unspec()}
webserver-allow-from={g.loop()},{g.priv()}/24

allow-axfr-ips={g.I("secondary_ns_ip", 0.3)}
also-notify={g.I("secondary_ns_ip", 0.0)}
default-soa-content=ns1.@ hostmaster.@ 0 10800 3600 604800 3600
# hostmaster mailbox: {g.E("hostmaster_email")}
"""


def t_dnscrypt_toml(g):
    return "toml", "dnscrypt-proxy/dnscrypt-proxy.toml", f"""listen_addresses = ['{g.loop()}:53']
max_clients = 250
ipv6_servers = false
require_dnssec = true
bootstrap_resolvers = ['{g.I4("bootstrap_resolver_ip")}:53']

[static]
  [static.'home-relay']
  # stamps are public descriptors, not secrets
  stamp = '{g.L("dns_stamp", "sdns://AQcAAAAAAAAA" + g.s("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_", 90))}'

[monitoring_ui]
enabled = true
# anonymized query log signing key
signing_key = "{g.K("log_signing_key", "hex64")}"
listen_address = "{g.loop()}:8080"
username = "admin"
password = "{g.P("monitoring_ui_password", "quoted")}"

[query_log]
file = '/var/log/dnscrypt-proxy/query.log'
# forwarded upstream for the office: {g.I("office_upstream_ip", 0.4)}
"""


def t_mox_notes(g):
    dom = f"{g.word()}-{g.word()}.eu"
    user = g.first()
    addr = g.E("mailbox_email", dom)
    return "markdown", "docs/mail/mox-accounts.md", f"""# mox: adding the new mailboxes

Server: mox {g.ver()} on the VPS at `{g.I("mail_server_ip", 0.2)}`.

```
# mox config account add {user} {addr}
# mox setaccountpassword {user}
password: {g.P("mailbox_password", "plain")}
```

DKIM selector 2026a public key: `p={g.L("public_key", g.s("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/", 64))}...`

Aliases added in `domains.conf`:

```
Destinations:
    {g.E("alias_email", dom)}: nil
    {g.E("postmaster_email", dom)}: nil
```

The admin web UI listens on localhost:8080 only; the admin password is in the safe, not here
(`mox config printadminpassword` never prints it, see {g.ref("mox/adminpasswd")}).
"""
