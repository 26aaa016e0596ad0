"""Templates 41-60 of the forty-second held-out set: databases, migrations, backups and monitoring.

Each function takes a value generator `g` (gen_h42.G) and returns marked text.
"""


def sqlline_sh(g):
    return f"""#!/usr/bin/env bash
# quick ad-hoc queries against the reporting warehouse with sqlline
CP="$HOME/jdbc/*"
java -cp "$CP" sqlline.SqlLine \\
  -d org.postgresql.Driver \\
  -u "jdbc:postgresql://{g.ip4('db_ip')}:5432/reports?ssl=true&sslmode=verify-full" \\
  -n {g.first().lower()} -p '{g.pw('db_password', ctx='shell')}' \\
  --outputformat=csv --silent=true -e "select count(*) from daily_rollup"
# the replica uses a service account, not a person:
#   -u jdbc:postgresql://{g.priv()}:5432/reports -n svc_reports -p {g.pw('svc_password', ctx='shell')}
# better: -p {g.ph('"$(secret-tool lookup db reports)"', 'secret_reference')}
# questions: {g.email('owner_email')}
# driver jar sha1 {g.sha1()} (postgresql {g.ver()})
# the BI tool connects with an API key instead: {g.key('bi_api_key', shape='an40')}
"""


def pgmetrics_md(g):
    return f"""# Runbook: weekly Postgres health report

1. From the bastion, run pgmetrics against the primary:

   ```sh
   PGPASSWORD='{g.pw('db_password', ctx='shell')}' pgmetrics -h {g.ip4('primary_ip')} -U monitor -f json -o /tmp/pgm.json app
   ```

2. Upload to pgDash: `pgdash -a {g.key('pgdash_api_key', shape='an24')} report app-primary < /tmp/pgm.json`.
3. If the replica at `{g.priv()}` lags more than 5 minutes, page {g.email('oncall_email')}.
4. Old reports live in the bucket; the read token is `{g.key('bucket_read_token', shape='b64url43')}`.

Notes:
- Do not use the example cluster from the docs (`{g.docip()}`, user `{g.rmail('dba')}`).
- The `monitor` role's password was last rotated in {g.pick(['March', 'June', 'October'])}; the previous one
  (`{g.pw('old_db_password', ctx='prose')}`) still works on the DR box {g.ip4('dr_ip')}, fix that.
- pgmetrics {g.ver()}, report schema {g.ssha()}.
"""


def pgpass_file(g):
    return f"""# ~/.pgpass  (chmod 600) -- used by pg_activity and psql on the ops box
# hostname:port:database:username:password
{g.ip4('primary_ip')}:5432:*:{g.first().lower()}:{g.pw('db_password', ctx='plain')}
{g.priv()}:5432:*:{g.first().lower()}:{g.pw('replica_password', ctx='plain')}
localhost:6432:*:stats:{g.pw('stats_password', ctx='plain')}
*:*:*:readonly:{g.ph('see-vault')}
# run as: pg_activity -h {g.loop()} -p 6432 -U stats
# owner {g.email('owner_email')}; api key for the alert bot {g.key('alert_key', shape='hex32')}
"""


def pgchameleon_yaml(g):
    return f"""# ~/.pg_chameleon/configuration/default.yml
pid_dir: '~/.pg_chameleon/pid/'
log_dir: '~/.pg_chameleon/logs/'
log_level: info

pg_conn:
  host: "{g.priv()}"
  port: "5432"
  user: "usr_replica"
  password: "{g.pw('pg_password', ctx='quoted')}"
  database: "db_replica"
  charset: "utf8"

sources:
  mysql:
    db_conn:
      host: "{g.ip4('mysql_ip')}"
      port: "3306"
      user: "usr_replica"
      password: "{g.pw('mysql_password', ctx='quoted')}"
      charset: 'utf8'
      connect_timeout: 10
      # (the shipped example has password: "{g.ph('never_commit_passwords')}")
    schema_mappings:
      shop: shop_pg
    replica_batch_size: 10000
    # notify on errors
    on_error_replay: continue
    # alerts: {g.email('alert_email')}, webhook token {g.key('webhook_token', shape='an32')}
    # source server uuid {g.uuid('server_uuid')}; binlog checksum {g.md5()}
"""


def gh_ost_alter(g):
    return f"""#!/bin/bash
# online schema change for orders.shipping_note (ticket {g.uuid('ticket_uuid')})
gh-ost \\
  --host={g.ip4('replica_ip')} \\
  --user=osc_user \\
  --password='{g.pw('db_password', ctx='shell')}' \\
  --database=shop --table=orders \\
  --alter="ADD COLUMN shipping_note VARCHAR(255) NULL" \\
  --assume-master-host={g.priv()} \\
  --throttle-control-replicas={g.priv()} \\
  --max-load=Threads_running=25 --critical-load=Threads_running=60 \\
  --chunk-size=1000 --cut-over=default --exact-rowcount \\
  --hooks-path=/opt/gh-ost/hooks --hooks-hint="{g.email('hint_email')}" \\
  --execute
# with --ask-pass it prompts instead: Password: {g.ph('**********', 'masked')}
# the hooks post to chat with this token: {g.key('chat_token', shape='an40')}
# gh-ost {g.ver()}
"""


def orchestrator_json(g):
    return f"""{{
  "Debug": false,
  "ListenAddress": ":3000",
  "MySQLTopologyUser": "orchestrator",
  "MySQLTopologyPassword": "{g.pw('topology_password', ctx='quoted')}",
  "MySQLOrchestratorHost": "{g.priv()}",
  "MySQLOrchestratorPort": 3306,
  "MySQLOrchestratorDatabase": "orchestrator",
  "MySQLOrchestratorUser": "orc_server",
  "MySQLOrchestratorPassword": "{g.pw('orchestrator_password', ctx='quoted')}",
  "DiscoverByShowSlaveHosts": true,
  "RecoveryPeriodBlockSeconds": 3600,
  "RecoverMasterClusterFilters": ["*"],
  "OnFailureDetectionProcesses": [
    "curl -s -H 'Authorization: Bearer {g.key('pager_token', shape='an32')}' https://{g.ip4('pager_ip')}/hook"
  ],
  "AuthenticationMethod": "basic",
  "HTTPAuthUser": "{g.email('http_user_email')}",
  "HTTPAuthPassword": "{g.pw('http_password', ctx='quoted')}",
  "RaftBind": "{g.priv()}",
  "RaftNodes": ["{g.priv()}", "{g.priv()}"],
  "_comment": "node id {g.uuid('node_uuid')}, built from {g.ssha()}"
}}
"""


def skeema_ini(g):
    return f"""# .skeema  (top-level)
generator=skeema:{g.ver()}
default-character-set=utf8mb4
default-collation=utf8mb4_0900_ai_ci

[production]
host={g.ip4('prod_ip')}
port=3306
user=skeema_admin
password={g.pw('prod_password', ctx='ini')}
allow-unsafe=0

[staging]
host={g.priv()}
user=skeema_admin
password={g.pw('staging_password', ctx='ini')}

[development]
host={g.loop()}
user=root
password={g.ph('root')}
# lint notifications go to {g.email('lint_email')}
# the CI job authenticates to the repo with {g.key('ci_token', shape='hex40')}
"""


def migra_makefile(g):
    return f"""# Makefile -- schema diff between staging and prod
PROD_URL  ?= postgresql://readonly:{g.pw('prod_password', ctx='url')}@{g.ip4('prod_ip')}:5432/app
STAGE_URL ?= postgresql://readonly:{g.pw('stage_password', ctx='url')}@{g.priv()}:5432/app
LOCAL_URL ?= postgresql://postgres:{g.ph('postgres')}@{g.loop()}:5432/app

.PHONY: diff apply
diff:
\tmigra --unsafe $(PROD_URL) $(STAGE_URL) > migrations/pending.sql
\t@echo "review migrations/pending.sql, then mail {g.email('review_email')}"

apply:
\tpsql "$(PROD_URL)" -f migrations/pending.sql

# uploads the diff to the review tool
upload:
\tcurl -fsS -H "X-Review-Token: {g.key('review_token', shape='low32')}" -F f=@migrations/pending.sql https://review.{g.word()}.dev/api
# migra {g.ver()}, last applied diff {g.sha256()}
"""


def pgroll_go(g):
    return f"""package migrations_test

import (
\t"os"
\t"testing"
)

// Integration test for the pgroll migrations. Runs against the shared CI database unless
// PGROLL_TEST_URL is set.
const defaultURL = "postgres://pgroll_ci:{g.pw('db_password', ctx='url')}@{g.ip4('ci_db_ip')}:5432/pgroll_ci?sslmode=require"

// signingKey verifies migration bundles downloaded from the artifact store.
var signingKey = []byte("{g.key('signing_key', shape='hex64')}")

func testURL() string {{
\tif u := os.Getenv("PGROLL_TEST_URL"); u != "" {{
\t\treturn u
\t}}
\treturn defaultURL
}}

func TestStartComplete(t *testing.T) {{
\t// maintainer: {g.email('maintainer_email')}
\turl := testURL()
\tif testing.Short() {{
\t\tt.Skip("needs database at " + url)
\t}}
\t_ = signingKey
\t// docs example (never used here): postgres://postgres:{g.ph('postgres')}@{g.loop()}:5432/postgres
\t// bundle {g.sha256()} (pgroll {g.ver()}); local fallback {g.loop()}
}}
"""


def gmrc_json(g):
    return f"""{{
  "connectionString": "postgres://app_owner:{g.pw('owner_password', ctx='url')}@{g.ip4('db_ip')}/app",
  "shadowConnectionString": "postgres://app_owner:{g.pw('shadow_password', ctx='url')}@{g.loop()}/app_shadow",
  "rootConnectionString": "postgres://postgres:{g.pw('root_password', ctx='url')}@{g.loop()}/postgres",
  "pgSettings": {{ "search_path": "app_public,app_private,public" }},
  "placeholders": {{
    ":DATABASE_VISITOR": "app_visitor",
    ":JWT_SECRET": "{g.key('jwt_secret', shape='an40')}"
  }},
  "afterAllMigrations": [
    {{ "_": "command", "command": "pg_dump --schema-only --no-owner > schema.sql" }}
  ],
  "//": "owner {g.email('owner_email')}; private net {g.priv()}; migrate {g.ver()}"
}}
"""


def tarsnap_keygen(g):
    return f"""$ sudo tarsnap-keygen --keyfile /root/tarsnap.key --user {g.email('account_email')} --machine {g.word()}-nas
Enter tarsnap account password:
# (typed: {g.pw('account_password', ctx='plain')} -- change it, this file is shared)
Machine registration complete.
$ sudo tarsnap-keymgmt --outkeyfile /root/tarsnap-read.key -r /root/tarsnap.key
$ sudo tarsnap --fsck
Phase 1: Verifying metadata validity
Phase 2: Reading archive directory
Phase 3: Reading archive headers
Phase 4: Finalizing
$ sudo head -c 120 /root/tarsnap-read.key | tail -c 64
{g.key('keyfile_excerpt', shape='b64_48')}
$ grep -i server /etc/tarsnap.conf
# server resolved to {g.ip4('server_ip')} at the time
# the NAS itself is {g.priv()}; machine key id {g.ph(g.hexs(16), 'key_id')}
# tarsnap {g.ver()}
"""


def plakar_yaml(g):
    return f"""# ~/.config/plakar/stores.yml
offsite:
  location: s3://{g.ip4('s3_ip')}:9000/plakar
  access_key: {g.key('access_key', shape='an24')}
  secret_access_key: {g.key('secret_access_key', shape='an40')}
  use_tls: true
  passphrase: {g.pw('repo_passphrase', ctx='yaml')}
nas:
  location: sftp://{g.ph(g.first().lower() + '@' + g.word() + '-nas', 'ssh_target')}/volume1/plakar
  passphrase: {g.pw('nas_passphrase', ctx='yaml')}
scratch:
  location: /mnt/scratch/plakar
  passphrase: {g.ph('<unset>')}
# monitoring: failures mail {g.email('failure_email')}; store ids {g.uuid('store_uuid')} / {g.uuid('store_uuid')}
# the NAS address in the office is {g.priv()}
"""


def backuppc_pl(g):
    return f"""# /etc/backuppc/hosts/desk-pc.pl -- per-host overrides
$Conf{{XferMethod}} = 'smb';
$Conf{{SmbShareName}} = ['C$', 'D$'];
$Conf{{SmbShareUserName}} = 'backup';
$Conf{{SmbSharePasswd}} = '{g.pw('smb_password', ctx='quoted')}';
$Conf{{ClientNameAlias}} = ['{g.priv()}'];
$Conf{{EMailUserDestDomain}} = '';
$Conf{{EMailAdminUserName}} = '{g.email('admin_email')}';
$Conf{{CgiAdminUsers}} = 'backuppc {g.first().lower()}';
# rsync over the WAN for the branch office:
# $Conf{{RsyncdUserName}} = 'bpc';
# $Conf{{RsyncdPasswd}} = '{g.pw('rsyncd_password', ctx='quoted')}';
# $Conf{{ClientNameAlias}} = ['{g.ip4('branch_ip')}'];
# htpasswd entry for the CGI admin: {g.ph('$apr1$' + g.s('abcdefghijklmnopqrstuvwxyz0123456789', 8) + '$' + g.s('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789./', 22), 'apr1_hash')}
# status page token (the web server's token module): {g.key('status_token', shape='hex32')}
# BackupPC {g.ver()}
1;
"""


def s3backer_fstab(g):
    return f"""# /etc/fstab -- s3backer block device on the object store, ext4 on top
{g.word()}-vol /mnt/s3b fuse.s3backer baseURL=https://{g.ip4('store_ip')}:9000/,accessFile=/etc/s3backer/passwd,blockSize=1M,size=200G,ssl,_netdev 0 0
/mnt/s3b/file /srv/data ext4 loop,_netdev 0 2

# /etc/s3backer/passwd  (accessID:accessKey), mode 0600:
#   {g.key('access_id', shape='an24')}:{g.key('access_key', shape='b64_32')}
# the encryption password is passed in the mount unit instead: --password={g.pw('encryption_password', ctx='plain')}
# store admin: {g.email('admin_email')}; volume uuid {g.uuid('volume_uuid')}
"""


def goofys_service(g):
    return f"""[Unit]
Description=goofys mount of the media bucket
After=network-online.target

[Service]
Type=forking
Environment=AWS_ACCESS_KEY_ID={g.key('access_key_id', shape='an24')}
Environment=AWS_SECRET_ACCESS_KEY={g.key('secret_access_key', shape='b64_32')}
ExecStart=/usr/local/bin/goofys --endpoint=http://{g.ip4('endpoint_ip')}:9000 --uid 33 --gid 33 -o allow_other media /srv/media
ExecStop=/bin/fusermount -u /srv/media
# cache host: {g.priv()}; owner {g.email('owner_email')}
# the web UI of the store: admin / {g.pw('console_password', ctx='plain')}
Restart=on-failure

[Install]
WantedBy=multi-user.target
# goofys {g.ver()} sha256 {g.sha256()}
"""


def blackbox_yml(g):
    return f"""# blackbox.yml
modules:
  http_2xx:
    prober: http
    timeout: 5s
  http_admin_basic:
    prober: http
    http:
      basic_auth:
        username: probe
        password: "{g.pw('probe_password', ctx='quoted')}"
      valid_status_codes: [200, 204]
      preferred_ip_protocol: ip4
  http_api_bearer:
    prober: http
    http:
      headers:
        Authorization: "Bearer {g.key('probe_bearer', shape='jwt')}"
  smtp_starttls:
    prober: tcp
    tcp:
      query_response:
        - expect: "^220"
        - send: "EHLO probe"
        - expect: "^250-STARTTLS"
  icmp:
    prober: icmp
    icmp:
      source_ip_address: {g.priv()}
# targets live in targets.yml: {g.ip4('target_ip')}, {g.ip4('target_ip2')}, {g.docip()} (placeholder)
# owner {g.email('owner_email')}
"""


def snmp_yml(g):
    return f"""# snmp.yml -- auths section only, modules are generated
auths:
  public_v2:
    community: {g.ph('public')}
    version: 2
  core_v2:
    community: {g.pw('snmp_community', ctx='yaml', style=7)}
    version: 2
  ups_v3:
    version: 3
    username: exporter
    security_level: authPriv
    password: {g.pw('auth_password', ctx='yaml')}
    auth_protocol: SHA256
    priv_protocol: AES
    priv_password: {g.pw('priv_password', ctx='yaml')}
# switches: {g.ip4('switch_ip')} (core), {g.priv()} (access); UPS at {g.priv()}
# engine id of the UPS card: {g.ph('0x80001f8880' + g.hexs(16), 'engine_id')}
# questions to {g.email('noc_email')}
"""


def rumqttc_rs(g):
    return f"""use rumqttc::{{Client, MqttOptions, QoS}};
use std::time::Duration;

// Field gateway: pushes meter readings to the broker.
// TODO(security): move these into the provisioning file before the next batch is flashed.
const BROKER: &str = "{g.ip4('broker_ip')}";
const MQTT_USER: &str = "{g.email('mqtt_user_email')}";
const MQTT_PASS: &str = "{g.pw('mqtt_password', ctx='quoted')}";
const FLEET_TOKEN: &str = "{g.key('fleet_token', shape='b64url43')}";

fn main() {{
    let mut opts = MqttOptions::new("gw-{g.hexs(6)}", BROKER, 8883);
    opts.set_keep_alive(Duration::from_secs(30));
    opts.set_credentials(MQTT_USER, MQTT_PASS);
    let (client, mut conn) = Client::new(opts, 16);
    client.subscribe(format!("fleet/{{}}/cmd", FLEET_TOKEN), QoS::AtLeastOnce).unwrap();
    // local test broker: {g.loop()}:1883, device id {g.uuid('device_uuid')}
    for ev in conn.iter() {{
        println!("{{:?}}", ev);
    }}
}}
// firmware {g.ver()} ({g.ssha()})
"""


def owntracks_defaults(g):
    return f"""# /etc/default/ot-recorder
OTR_STORAGEDIR="/var/spool/owntracks/recorder/store"
OTR_HOST="{g.priv()}"
OTR_PORT=8883
OTR_USER="recorder"
OTR_PASS="{g.pw('mqtt_password', ctx='quoted')}"
OTR_CAFILE="/etc/ssl/certs/ca-certificates.crt"
OTR_HTTPHOST="{g.loop()}"
OTR_HTTPPORT=8083
# basic auth on the reverse proxy in front of the HTTP port, htpasswd line: recorder:{g.bcrypt()}
# reverse geocoding
OTR_GEOKEY="{g.key('geo_key', shape='an32')}"
# phones publish through the public broker at {g.ip4('public_broker_ip')}
# family account owner: {g.email('owner_email')}
"""


def devenv_nix(g):
    pw = g.pw('db_password', ctx='url')
    return f"""{{ pkgs, ... }}:

{{
  packages = [ pkgs.git pkgs.jq ];

  env.DATABASE_URL = "postgres://app:{pw}@{g.loop()}:5432/app";
  env.STAGING_DB_HOST = "{g.ip4('staging_db_ip')}";
  env.PAYMENTS_WEBHOOK_SECRET = "{g.key('webhook_secret', shape='an32')}";
  env.SUPPORT_INBOX = "{g.email('support_email')}";

  services.postgres = {{
    enable = true;
    listen_addresses = "{g.loop()}";
    initialScript = ''
      CREATE ROLE app WITH LOGIN PASSWORD '{pw}';
      CREATE DATABASE app OWNER app;
    '';
  }};

  # pinned input rev {g.sha1()}
  enterShell = ''
    echo "devenv ready ({g.ver()})"
  '';
}}
"""


TEMPLATES = [
    ("sqlline_sh", "shell", "tools/warehouse-query.sh", sqlline_sh),
    ("pgmetrics_md", "markdown", "docs/runbooks/pg-health.md", pgmetrics_md),
    ("pgpass_file", "text", "home/.pgpass", pgpass_file),
    ("pgchameleon_yaml", "yaml", "home/.pg_chameleon/configuration/default.yml", pgchameleon_yaml),
    ("gh_ost_alter", "shell", "db/online/2026-11-orders-note.sh", gh_ost_alter),
    ("orchestrator_json", "json", "etc/orchestrator.conf.json", orchestrator_json),
    ("skeema_ini", "ini", "schema/.skeema", skeema_ini),
    ("migra_makefile", "makefile", "db/Makefile", migra_makefile),
    ("pgroll_go", "go", "migrations/pgroll_integration_test.go", pgroll_go),
    ("gmrc_json", "json", ".gmrc", gmrc_json),
    ("tarsnap_keygen", "text", "notes/tarsnap-setup.txt", tarsnap_keygen),
    ("plakar_yaml", "yaml", "home/.config/plakar/stores.yml", plakar_yaml),
    ("backuppc_pl", "perl", "etc/backuppc/hosts/desk-pc.pl", backuppc_pl),
    ("s3backer_fstab", "text", "etc/fstab", s3backer_fstab),
    ("goofys_service", "ini", "etc/systemd/system/goofys-media.service", goofys_service),
    ("blackbox_yml", "yaml", "monitoring/blackbox.yml", blackbox_yml),
    ("snmp_yml", "yaml", "monitoring/snmp.yml", snmp_yml),
    ("rumqttc_rs", "rust", "gateway/src/main.rs", rumqttc_rs),
    ("owntracks_defaults", "env", "etc/default/ot-recorder", owntracks_defaults),
    ("devenv_nix", "nix", "devenv.nix", devenv_nix),
]
