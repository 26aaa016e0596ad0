"""Templates 24-47 of held-out set 41 (each written one by one)."""


def t_opensmtpd_conf(g):
    return "text", "etc/mail/smtpd.conf", f"""#\t$OpenBSD: smtpd.conf - relay via the provider's submission port
table aliases file:/etc/mail/aliases
table secrets file:/etc/mail/secrets
# /etc/mail/secrets holds:  provider {g.first()}:{g.P("relay_password", "plain")}
# filter-api key for the spam filter: {g.K("filter_api_key", "an40")}

listen on lo0
listen on {g.priv()} port 25

action "local" mbox alias <aliases>
action "relay" relay host smtp+tls://{g.L("url_user_host", "provider@smtp." + g.word() + "net.net")}:587 auth <secrets> mail-from "{g.E("envelope_from_email")}"

match from local for local action "local"
match from src {g.I("trusted_office_ip", 0.0)} for any action "relay"
match from local for any action "relay"
# queue check: smtpctl show queue | grep {g.L("queue_id", g.hx(16))}
"""


def t_dms_setup(g):
    dom = f"{g.word()}{g.word()}.org"
    return "shell", "mailserver/setup-history.txt", f"""$ ./setup.sh email add {g.E("new_account_email", dom)} '{g.P("account_password", "shell")}'
$ ./setup.sh email add {g.E("new_account_email", dom)} '{g.P("account_password", "shell")}'
$ ./setup.sh alias add {g.E("alias_source_email", dom)} {g.E("alias_target_email")}
$ ./setup.sh config dkim keysize 2048
Creating DKIM private key /tmp/docker-mailserver/opendkim/keys/{dom}/mail.private
$ ./setup.sh relay add-auth {g.word()}.net relayuser {g.P("relay_password", "shell")}
$ ./setup.sh debug login {g.masked()}
$ ./setup.sh email list
* {g.E("existing_account_email", dom)} ( 1.2G / 5G ) [24%]
* {g.remail()} ( 0 / ~ ) [0%]
$ docker exec mailserver swaks --to {g.remail()} --server {g.loop()} --port 25
# public MX: {g.I("mx_public_ip", 0.25)}, relayed through {g.shared()} inside the provider network
"""


def t_postsrsd_env(g):
    return "env", "deploy/postsrsd/postsrsd.env", f"""# postsrsd - sender rewriting for forwarded mail
SRS_DOMAIN={g.word()}-{g.word()}.net
SRS_SEPARATOR==
SRS_EXCLUDE_DOMAINS=.{g.word()}.net,{g.word()}.org
# the secret below signs rewritten addresses; rotating it breaks bounces for ~3 weeks
SRS_SECRET_VALUE={g.K("srs_secret", g.pick(["b64_32", "an40", "hex40"]))}
SRS_LISTEN_ADDR={g.loop()}
RUN_AS=postsrsd
# bounce test target: {g.E("bounce_test_email")}
# old SRS secret placeholder: {g.ph("<generated-by-postsrsd>")}
# image {g.digest()}
"""


def t_ali_loadtest(g):
    return "shell", "perf/ali-smoke.sh", f"""#!/usr/bin/env bash
# 30 s smoke load against the canary before each rollout
set -euo pipefail
TARGET="https://{g.IU("canary_ip", 0.2)}/v1/quotes"
ali --rate=200 --duration=30s --method=POST \\
  -H "Authorization: Bearer {g.K("bearer_token", g.pick(["jwt", "an40", "b64u43"]))}" \\
  -H "Content-Type: application/json" \\
  --body-file=perf/quote.json \\
  "$TARGET"
# results go to {g.E("perf_channel_email")}; the staging twin is at {g.priv()}
# basic-auth fallback for the canary: ali ... --basic-auth perf:{g.P("canary_basic_password", "shell")}
# request id format: {g.uid("request_id")}
"""


def t_plow_notes(g):
    return "markdown", "perf/README.md", f"""# Load tests with plow

Quick one against the search API:

    plow http://{g.IU("search_api_ip", 0.25)}:8080/search?q=lamp -c 40 -n 50000 \\
        -H 'X-Api-Key: {g.K("search_api_key", g.pick(["hex32", "an32", "lo32"]))}'

Against the local build use `plow http://{g.loop()}:8080/search?q=lamp -c 4` and the key
`{g.ph("dev-key-not-secret")}`.

The isolated bench network (no NAT, no shaping) hands out {g.bench()} and up.

Numbers from the run on plow {g.ver()}:

| conns | rps  | p99    |
|------:|-----:|-------:|
| 40    | 9120 | 41 ms  |
| 80    | 9870 | 118 ms |

Owner: {g.E("owner_email")}
"""


def t_cassowary_ci(g):
    return "yaml", ".gitlab/perf-job.yml", f"""perf:cassowary:
  stage: verify
  image: rogerwelin/cassowary:{g.ver()}
  variables:
    TARGET: "http://{g.IU("perf_target_ip", 0.15)}:9000"
  script:
    - >
      cassowary run -u "$TARGET" -c 25 -n 20000 --duration 60
      -H "Authorization: Token {g.K("api_token", g.pick(["hex40", "an40", "lo32"]))}"
      --json-metrics --json-metrics-file=metrics.json
    - cat metrics.json
    # isolated variant: TARGET=http://{g.bench()}:9000 on the bench VLAN
  rules:
    - if: $CI_COMMIT_BRANCH == "main"
  # notify {g.E("perf_owner_email")} if p95 regresses; baseline commit {g.ssha()}
"""


def t_pgloader_load(g):
    return "text", "migrations/from-mysql.load", f"""LOAD DATABASE
     FROM mysql://{g.word()}_ro:{g.P("mysql_password", "url")}@{g.IU("mysql_source_ip", 0.15)}:3306/shop
     INTO postgresql://app:{g.P("pg_password", "url")}@{g.priv()}:5432/shop

 WITH include drop, create tables, create indexes, reset sequences,
      workers = 8, concurrency = 1

  SET maintenance_work_mem to '512MB',
      work_mem to '64MB'

 CAST type datetime to timestamptz drop default drop not null using zero-dates-to-null

 EXCLUDING TABLE NAMES MATCHING 'tmp_', ~/_bak$/

 BEFORE LOAD DO
 $$ create schema if not exists shop; $$;

-- pgloader {g.ver()}; rehearsal ran against localhost first. Contact: {g.E("dba_email")}
-- source fingerprint table: {g.md5()}; contact template {g.remail()}
"""


def t_bytebase_compose(g):
    return "yaml", "bytebase/docker-compose.yml", f"""services:
  bytebase:
    image: bytebase/bytebase:{g.ver()}
    restart: always
    ports:
      - "{g.loop()}:8080:8080"
    environment:
      PG_URL: "postgresql://bytebase:{g.P("meta_db_password", "url")}@{g.IU("meta_db_ip", 0.1)}:5432/bytebase"
      BB_EXTERNAL_URL: "https://bb.{g.word()}{g.word()}.io"
      BB_ENTERPRISE_LICENSE: "{g.K("license_key", "jwt")}"
    volumes:
      - ./data:/var/opt/bytebase
    # first admin signed up as {g.E("first_admin_email")}
  meta-db:
    image: postgres:16
    environment:
      POSTGRES_PASSWORD: "{g.ref("${META_DB_PASSWORD}")}"
    networks:
      default:
        ipv4_address: {g.priv()}
"""


def t_tern_conf(g):
    return "ini", "db/migrations/tern.conf", f"""[database]
# tern migrations for the ledger service
host = {g.I("ledger_db_ip", 0.2)}
port = 5432
database = ledger
user = ledger_migrator
password = {g.P("migrator_password", "ini")}
sslmode = verify-full
# application_name carries the run id {g.uid("run_uuid")}
sslrootcert = /etc/ssl/ledger-ca.pem
version_table = public.schema_version

[ssh-tunnel]
host = bastion.{g.word()}.net
port = 22
user = {g.first()}
# key auth only; no password. Local dev: host = localhost

[data]
owner_email = {g.E("owner_email")}
"""


def t_refinery_toml(g):
    return "toml", "refinery.toml", f"""[main]
db_type = "Postgres"
db_host = "{g.I("pg_host_ip", 0.25)}"
db_port = "5432"
db_user = "refinery"
db_pass = "{g.P("db_pass", "quoted")}"
db_name = "inventory"
trust_cert = false
api_token = "{g.K("migration_api_token", "an32")}"
# previous db_pass was "{g.masked()}"

# CI uses a throwaway container at localhost with db_pass = "{g.ph("postgres")}"
# migration V{g.n(10, 99)}__add_bins.sql checksum {g.L("checksum", str(g.n(10**17, 10**19)))}
"""


def t_objection_knexfile(g):
    return "javascript", "server/knexfile.js", f"""// knex + objection models, see server/models/*.js
const {{ knexSnakeCaseMappers }} = require('objection');

module.exports = {{
  development: {{
    client: 'pg',
    connection: {{ host: '{g.loop()}', user: 'dev', password: '{g.ph("dev")}', database: 'quiltery_dev' }},
    ...knexSnakeCaseMappers(),
  }},
  production: {{
    client: 'pg',
    connection: {{
      host: process.env.DB_HOST || '{g.I("prod_db_ip", 0.2)}',
      user: 'quiltery',
      password: process.env.DB_PASSWORD || '{g.P("db_password_fallback", "quoted")}',
      database: 'quiltery',
      ssl: {{ rejectUnauthorized: true }},
    }},
    pool: {{ min: 2, max: 12 }},
    // audit hook token
    auditToken: '{g.K("audit_token", "hex40")}',
    ...knexSnakeCaseMappers(),
  }},
}};
// TODO({g.E("todo_owner_email")}): drop the fallback password above
// example user seeded in dev: {{ email: '{g.remail()}', password: '{g.ph("password123")}' }}
"""


def t_bookshelf_app(g):
    return "javascript", "lib/db.js", f"""'use strict';
const knex = require('knex')({{
  client: 'mysql2',
  connection: {{
    host: '{g.I("mysql_host_ip", 0.1)}',
    port: 3306,
    user: 'catalog',
    password: '{g.P("mysql_password", "quoted")}',
    database: 'catalog',
    charset: 'utf8mb4',
  }},
}});
const bookshelf = require('bookshelf')(knex);

const Mailer = require('./mailer');
Mailer.configure({{
  from: '{g.E("sender_email")}',
  apiKey: '{g.K("mail_api_key", g.pick(["an32", "hex32", "b64u43"]))}',
}});

module.exports = {{ bookshelf, knex }};
// schema {g.ver()} - session ids look like {g.uid("session_id")}
"""


def t_citus_sql(g):
    return "sql", "citus/01_cluster.sql", f"""-- Citus coordinator setup. Workers are on the storage VLAN.
SELECT citus_set_coordinator_host('{g.priv()}', 5432);
SELECT * FROM citus_add_node('{g.priv()}', 5432);
SELECT * FROM citus_add_node('{g.priv()}', 5432);

-- The reporting replica in the other datacenter talks over the public network.
SELECT * FROM citus_add_node('{g.I("remote_worker_ip", 0.2)}', 5432);

CREATE ROLE tenant_app LOGIN PASSWORD '{g.P("role_password", "quoted")}';
INSERT INTO pg_dist_authinfo (nodeid, rolename, authinfo)
  VALUES (0, 'tenant_app', 'password={g.P("authinfo_password", "plain")} sslmode=require');

-- run by {g.E("dba_email")}; extension version {g.ver()}
-- mail in the sample data: {g.remail()}, {g.remail()}
-- monitoring user: CREATE ROLE mon LOGIN PASSWORD '{g.P("monitor_password", "quoted")}';
-- stored as {g.L("scram_verifier", "SCRAM-SHA-256$4096:" + g.s("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/", 24))}
"""


def t_nebula_console(g):
    return "shell", "graph/load-people.sh", f"""#!/usr/bin/env bash
# loads the people graph into nebula-graph; run from the jump host
GRAPHD={g.I("graphd_ip", 0.0)}
nebula-console -addr "$GRAPHD" -port 9669 -u root -p '{g.P("graph_root_password", "shell")}' \\
  -e 'USE people; SHOW TAGS;'
nebula-importer --config importer.yaml
curl -s -H "Authorization: Bearer {g.K("studio_token", "jwt")}" http://{g.priv()}:7001/api/health
# importer.yaml has address {g.priv()}:9669 and reads the password from ${{{g.ref("NEBULA_PASSWORD")}}}
# space id {g.n(1, 90)}, batch {g.ulid()}
# data questions: {g.E("data_owner_email")}
"""


def t_tigergraph_gsql(g):
    user = g.first()
    return "text", "graph/setup.gsql", f"""# run with: gsql -u tigergraph -p '{g.P("gsql_password", "shell")}' -ip {g.I("tg_server_ip", 0.0)}:14240 setup.gsql
CREATE USER
{user}
{g.P("new_user_password", "plain")}
GRANT ROLE querywriter ON GRAPH Fraud TO {user}
USE GRAPH Fraud
CREATE SECRET ci_runner
# secret printed once by the line above:
#   {g.K("gsql_secret", "lo32")}
# REST token obtained with: curl -X POST http://{g.priv()}:9000/requesttoken -d '{{"secret":"..."}}'
# contact {g.E("graph_admin_email")}
# earlier thread: Message-ID {g.msgid()}
"""


def t_zrepl_yml(g):
    return "yaml", "etc/zrepl/zrepl.yml", f"""global:
  logging:
    - type: stdout
      level: info
      format: human
jobs:
  - name: push_to_offsite
    type: push
    connect:
      type: tls
      address: "{g.IU("offsite_ip", 0.25)}:8888"
      ca: /etc/zrepl/ca.crt
      cert: /etc/zrepl/{g.word()}.crt
      key: /etc/zrepl/{g.word()}.key
      server_cn: "offsite"
      # offsite enrolment token: {g.K("enrol_token", "b64u43")}
    filesystems:
      "tank/home<": true
      "tank/tmp": false
    send:
      encrypted: true
    snapshotting:
      type: periodic
      prefix: zrepl_
      interval: 15m
    pruning:
      keep_sender:
        - type: not_replicated
        - type: last_n
          count: 10
      keep_receiver:
        - type: grid
          grid: 1x1h(keep=all) | 24x1h | 30x1d
# offsite admin: {g.E("offsite_admin_email")}; monitoring at {g.priv()}:9811
# tls cert serial {g.L("cert_serial", ":".join(g.hx(2) for _ in range(16)))}
"""


def t_syncoid_cron(g):
    return "text", "etc/cron.d/syncoid", f"""# replicate the photo dataset nightly
MAILTO={g.E("cron_mailto_email")}
SHELL=/bin/sh
15 2 * * * root syncoid --no-privilege-elevation --sshkey=/root/.ssh/syncoid tank/photos backup@{g.I("backup_target_ip", 0.0)}:vault/photos
45 2 * * * root syncoid tank/docs {g.sshtarget()}:vault/docs
# uptime ping key {g.K("ping_key", "b64u43")}; check uuid {g.uid("check_uuid")}
# the NAS web UI login (admin / {g.P("nas_ui_password", "plain")}) is for the office manager only
# last good snapshot: syncoid_{g.word()}_{g.n(2026, 2026)}-10-{g.n(10, 28)}:02:15:0{g.n(0, 9)}-GMT00:00
"""


def t_pgprobackup_sh(g):
    return "shell", "backup/pg_probackup_nightly.sh", f"""#!/bin/bash
set -euo pipefail
export PGPASSWORD='{g.P("backup_user_password", "shell")}'
BACKUP_DIR=/srv/pg_probackup
INSTANCE=main
export PGPROBACKUP_S3_SECRET={g.K("s3_secret", "an40")}
# placeholder in the template repo: {g.ph("<s3-secret>")}

pg_probackup backup -B "$BACKUP_DIR" --instance "$INSTANCE" -b DELTA \\
  --remote-host={g.I("pg_primary_ip", 0.2)} --remote-user=postgres \\
  -h {g.loop()} -U backup -d postgres --stream --compress-algorithm=zlib

pg_probackup validate -B "$BACKUP_DIR" --instance "$INSTANCE"
pg_probackup show -B "$BACKUP_DIR" --instance "$INSTANCE" --format=json | \\
  mail -s "pg_probackup report" {g.E("report_email")}
# backup ids look like {g.L("backup_id", g.s("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ", 6))}; tool version {g.ver()}
"""


def t_xtrabackup_cnf(g):
    return "ini", "etc/mysql/conf.d/xtrabackup.cnf", f"""# read by xtrabackup and xbcloud on the backup host
[xtrabackup]
user=xtrabackup
password={g.P("xtrabackup_password", "ini")}
host={g.priv()}
parallel=4
compress=zstd
encrypt=AES256
encrypt-key={g.K("xbstream_encrypt_key", "an32")}

[xbcloud]
storage=s3
s3-endpoint=https://{g.IU("object_store_ip", 0.2)}:9000
s3-access-key={g.K("s3_access_key", "an24")}
s3-secret-key={g.K("s3_secret_key", "an40")}
s3-bucket=mysql-backups
# alerts: {g.E("alert_email")}
"""


def t_mydumper_ini(g):
    return "ini", "etc/mydumper.cnf", f"""[mydumper]
host = {g.I("source_mysql_ip", 0.15)}
user = dumper
password = {g.P("dumper_password", "ini")}
port = 3306
threads = 8
compress = ZSTD
outputdir = /srv/dumps/%Y%m%d

[myloader]
host = {g.loop()}
user = root
password = {g.ph("CHANGE_ME")}
overwrite-tables = 1
# dumper also used by the audit job with token {g.K("audit_job_token", "hex32")}
# restored into staging by {g.E("operator_email")}; binlog pos {g.n(1000, 99999)}, gtid {g.uid("server_uuid")}:1-{g.n(100, 99999)}
"""


def t_mariabackup_sh(g):
    return "shell", "scripts/mariabackup-stream.sh", f"""#!/usr/bin/env bash
# stream a full backup of the galera node to the standby
set -e
export STANDBY_WEBHOOK_KEY={g.K("standby_webhook_key", "an32")}
mariabackup --backup --stream=xbstream --user=mariabackup \\
  --password='{g.P("mariabackup_password", "shell")}' \\
  --host={g.priv()} \\
  | ssh -i ~/.ssh/standby ops@{g.I("standby_ip", 0.0)} "mbstream -x -C /var/lib/mysql-restore"
  # (manual fallback: ssh {g.sshtarget()} and run mbstream by hand)
logger -t mariabackup "done; galera uuid {g.uid("cluster_uuid")} seqno {g.n(1000, 900000)}"
echo "done" | mail -s "mariabackup stream ok" {g.E("notify_email")}
"""


def t_bupstash_env(g):
    user = g.first()
    return "env", "home/.config/bupstash/env", f"""# sourced by ~/bin/backup-home before calling bupstash put
export BUPSTASH_REPOSITORY=ssh://{g.I("repo_host_ip", 0.0)}/srv/bupstash/{user}
export BUPSTASH_KEY=/home/{user}/.config/bupstash/put.key
export BUPSTASH_KEY_COMMAND="{g.ref("pass show bupstash/put-key")}"
# the repository owner account on the storage box: {g.E("storage_account_email")} / {g.P("storage_account_password", "shell")}
export BUPSTASH_SEND_LOG=/home/{user}/.cache/bupstash/send.log
# put key (base64, do not share): {g.K("bupstash_put_key", "b64_48")}
# item ids printed by put look like {g.L("item_id", g.hx(32))}
"""


def t_rdiff_backup_notes(g):
    return "text", "notes/rdiff-backup.txt", f"""rdiff-backup on the old web server - how it actually works (written down by {g.E("author_email")})

The pull runs on the backup box, not on the web server:

    rdiff-backup --api-version 201 backup root@{g.I("web_server_ip", 0.0)}::/var/www /srv/rdiff/www

sshd on the web server only accepts the key in /root/.ssh/rdiff_ed25519 (fingerprint SHA256:{g.L("ssh_fingerprint", g.s("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/", 43))}).
If the key is lost, the root password of the web server is {g.P("root_password", "prose")} - change it after use.

Restoring a single file from 3 days ago:

    rdiff-backup restore --at 3D /srv/rdiff/www/index.php /tmp/index.php

The backup box itself is {g.priv()} on the office LAN.
Mail from the last run had Message-ID {g.msgid()}; the sample config uses {g.remail()}.
Backup job webhook: https://notify.{g.word()}.net/hook/{g.K("notify_hook_token", "lo32")} (run {g.ulid()}).
"""


def t_dirvish_master(g):
    return "text", "etc/dirvish/master.conf", f"""bank:
\t/srv/dirvish
exclude:
\tlost+found/
\t*~
\t.cache/
Runall:
\tweb01\t22:00
\tmail01\t22:30
expire-default: +30 days
# pre-server hook token {g.K("hook_token", "hex32")}, hook digest {g.md5()}
expire-rule:
#       MIN HR    DOM MON       DOW  STRFTIME_FMT
\t*   *     *   *         1    +3 months
# web01 resolves to {g.I("web01_ip", 0.0)}, mail01 to {g.I("mail01_ip", 0.3)}
# rsync-client: /usr/bin/rsync ; ssh user backup, key only
# the vault disk's LUKS passphrase is "{g.P("luks_passphrase", "plain")}" (tape copy in the safe)
# report to {g.E("report_email")}
"""
