"""Templates 26-61 of held-out set 40."""


def shoutrrr_urls(g):
    return "yaml", "notify/targets.yaml", f'''# container updater notification targets (shoutrrr URLs)
notifications:
  - telegram://{g.la('bot_id', str(g.r.randint(10**9, 10**10)))}:{g.key('telegram_bot_secret', 'an32')}@telegram?chats=@ops_feed
  - smtp://updater:{g.pw('smtp_password', 'url')}@{g.ip4('smtp_ip')}:587/?from={g.resmail()}&to={g.resmail()}
  - generic+https://{g.host('hook_ip')}/notify/{g.key('hook_token', 'lower32')}
  # - generic://{g.ph('__TOKEN__')}
# updater {g.ver()} on {g.priv()}
'''


def cronicle_config(g):
    return "json", "opt/cronicle/conf/config.json", f'''{{
  "base_app_url": "http://{g.ip4('master_ip')}:3012",
  "email_from": "{g.em('email_from')}",
  "smtp_hostname": "{g.priv()}",
  "smtp_port": 587,
  "mail_options": {{ "auth": {{ "user": "cronicle", "pass": "{g.pw('smtp_password', 'q')}" }} }},
  "secret_key": "{g.key('secret_key', 'hex32')}",
  "_install_id": "{g.uuid('install_id')}",
  "web_hook_text_templates": {{ "job_failed": "Job failed on [hostname]" }},
  "Storage": {{ "engine": "S3", "AWS": {{ "accessKeyId": "{g.key('access_key_id', 'upper20')}", "secretAccessKey": "{g.key('secret_access_key', 'an40')}" }} }},
  "server_comm_use_hostnames": false,
  "web_socket_use_hostnames": false,
  "udp_broadcast_port": 3014,
  "_note": "peers {g.priv()} and {g.priv()}"
}}
'''


def supercronic_crontab(g):
    return "text", "deploy/crontab", f'''# run by supercronic in the worker image
# CRON_TZ=Europe/Tallinn
# image digest sha256:{g.sha(64)} (supercronic {g.ver()})
*/15 * * * * curl -fsS -m 10 --retry 3 https://hc.pinecrest.dev/ping/{g.uuid('check_uuid')} > /dev/null
0 3 * * * PGPASSWORD={g.pw('pg_password', 'shell')} pg_dump -h {g.ip4('pg_host')} -U backup shop | gzip > /backups/shop.sql.gz
30 3 * * * s5cmd --endpoint-url https://objects.pinecrest.dev cp /backups/ s3://shop/ # AWS_ACCESS_KEY_ID= {g.key('access_key_id', 'upper20')} AWS_SECRET_ACCESS_KEY={g.key('secret_access_key', 'an40')}
0 8 * * 1 /app/bin/report --mail-to {g.em('report_recipient')} --mail-to {g.em('report_recipient')}
'''


def jobber_file(g):
    return "yaml", "home/ops/.jobber", f'''version: 1.4
prefs:
  logPath: .jobber-log
  runLog:
    type: file
    path: /var/log/jobber-runs
resultSinks:
  - &mailSink
    type: system-email
    data: [stdout, stderr]
jobs:
  SyncPhotos:
    cmd: rsync -az -e "sshpass -p {g.pw('rsync_password', 'shell')} ssh" /srv/photos/ archive@{g.ip4('archive_ip')}:/data/photos/
    time: '0 0 2 * * *'
    onError: Continue
    notifyOnError: [*mailSink]
  PingStatus:
    cmd: curl -s -H "Authorization: Token {g.key('status_token', 'hex40')}" https://status.marrowby.net/api/heartbeat
    time: '0 */10 * * * *'
# mail goes to {g.em('owner_email')} (test copy to {g.resmail()})
'''


def fcron_tab(g):
    return "text", "var/spool/fcron/ops.orig", f'''# fcrontab for ops (edit with fcrontab -e)
!mailto({g.em('mailto')})
!serial(true)
# placeholder for the laptop copy: -p'{g.ph('CHANGE_ME')}'
%hourly,nice(10) * mysqldump -h {g.priv()} -u reporter -p'{g.pw('mysql_password', 'shell')}' reports > /var/tmp/reports.sql
@ 1d /usr/local/bin/renew-dyndns --token {g.key('dyndns_token', 'lower32')} --ip {g.ip('public_ip', 0.4)}
@ 12h ping -c 3 {g.priv()} >/dev/null || logger "lan gateway down"
'''


def triggerdev_env(g):
    return "env", "apps/jobs/.env.local", f'''TRIGGER_SECRET_KEY={g.key('trigger_secret', 'an24')}
TRIGGER_API_URL=https://{g.loop()}:3040
DATABASE_URL=postgresql://jobs:{g.pw('db_password', 'url')}@{g.host('db_ip')}:5432/jobs?schema=public
MAIL_FROM={g.em('from_email')}
MAIL_API_KEY={g.key('mail_api_key', 'an32')}
ADMIN_EMAILS={g.em('admin_email')},{g.resmail()}
TRIGGER_PROJECT_REF=proj_{g.la('project_ref', g.s('abcdefghijklmnopqrstuvwxyz', 20))}
# copy from the password manager item "jobs-staging", never commit: {g.ref('op://staging/jobs/TRIGGER_SECRET_KEY')}
'''


def bullmq_worker_ts(g):
    return "typescript", "src/queues/emailWorker.ts", f'''import {{ Worker }} from "bullmq";
import IORedis from "ioredis";

// TODO: read from env, this is the staging box ({g.priv()}); CI uses {g.ref('REDIS_URL')}
const connection = new IORedis({{
  host: "{g.ip4('redis_host')}",
  port: 6380,
  password: "{g.pw('redis_password', 'q')}",
  tls: {{}},
}});

export const worker = new Worker("email", async (job) => {{
  await sendMail({{ to: job.data.to, from: "{g.em('from_email')}", apiKey: "{g.key('mail_api_key', 'b64u43')}" }});
}}, {{ connection, concurrency: 4 }});

const devConnection = {{ host: "{g.loop()}", password: process.env.{g.ref('REDIS_PASSWORD')} }};
'''


def asynq_main_go(g):
    return "go", "cmd/worker/main.go", f'''package main

import (
	"log"

	"github.com/hibiken/asynq"
)

const redisAddr = "{g.ip4('redis_ip')}:6379"

func main() {{
	srv := asynq.NewServer(
		asynq.RedisClientOpt{{Addr: redisAddr, Password: "{g.pw('redis_password', 'q')}", DB: 2}},
		asynq.Config{{Concurrency: 10}},
	)
	// webhook signing secret for the billing provider (rotate! {g.em('owner_email')})
	signingSecret := "{g.key('signing_secret', 'hex64')}"
	_ = "{g.ph('whsec_xxxxxxxxxxxxxxxx')}" // format example from the provider docs
	mux := asynq.NewServeMux()
	mux.HandleFunc("invoice:paid", handlePaid(signingSecret))
	if err := srv.Run(mux); err != nil {{
		log.Fatalf("could not run server: %v (monitor at http://{g.loop()}:8080)", err)
	}}
}}
'''


def faktory_service(g):
    return "ini", "etc/systemd/system/faktory.service", f'''[Unit]
Description=Faktory work server
After=network-online.target

[Service]
Environment=FAKTORY_PASSWORD={g.pw('faktory_password', 'ini')}
Environment=FAKTORY_LICENSE={g.key('license_key', 'hex32')}
Environment=FAKTORY_BIND={g.unspec()}
Environment=FAKTORY_URL=tcp://:{g.pw('faktory_url_password', 'url')}@{g.ip4('faktory_ip')}:7419
ExecStart=/usr/local/bin/faktory -e production -b {g.unspec()}:7419 -w {g.loop()}:7420
Restart=on-failure
# owner: {g.em('owner_email')}

[Install]
WantedBy=multi-user.target
'''


def mikroorm_config_ts(g):
    return "typescript", "src/mikro-orm.config.ts", f'''import {{ defineConfig }} from "@mikro-orm/postgresql";

export default defineConfig({{
  entities: ["./dist/entities"],
  dbName: "atlasgrove",
  host: process.env.DB_HOST ?? "{g.priv()}",
  user: "grove_app",
  password: process.env.DB_PASSWORD ?? "{g.pw('db_password', 'q')}",
  // read replica used by reports; ask {g.em('dba_email')} before changing
  replicas: [{{ name: "read-1", host: "{g.ip('replica_ip', 0.4)}", password: "{g.pw('replica_password', 'q')}" }}],
  debug: false,
}});
// schema snapshot {g.sha(40)}
// migrations last applied: Migration{g.la('migration_id', '2024' + str(g.r.randint(10**9, 10**10-1)))}
'''


def kysely_db_ts(g):
    return "typescript", "src/db.ts", f'''import {{ Kysely, MysqlDialect }} from "kysely";
import {{ createPool }} from "mysql2";

export const db = new Kysely<Database>({{
  dialect: new MysqlDialect({{
    pool: createPool({{
      uri: "mysql://orders_rw:{g.pw('mysql_password', 'url')}@{g.host('mysql_host')}:3306/orders",
      connectionLimit: 10,
    }}),
  }}),
}});

// analytics sink (write-only key, still secret)
export const ANALYTICS_WRITE_KEY = "{g.key('analytics_write_key', 'an32')}";
export const ANALYTICS_PUBLIC_ID = "{g.uuid('project_id')}";
// contact: {g.em('owner_email')}; demo login {g.resmail()} / {g.ph('password123')}
'''


def gorm_main_go(g):
    return "go", "internal/store/open.go", f'''package store

import (
	"gorm.io/driver/postgres"
	"gorm.io/gorm"
)

// Open connects to the catalogue database.
// NOTE(perf): moved from {g.priv()} to the managed cluster on 2024-03-02.
func Open() (*gorm.DB, error) {{
	dsn := "host={g.ip4('pg_host')} user=catalogue password={g.pw('pg_password', 'q')} dbname=catalogue port=5432 sslmode=require"
	return gorm.Open(postgres.Open(dsn), &gorm.Config{{}})
}}

// adminContact is shown on the maintenance page.
const adminContact = "{g.em('admin_contact')}"

// BuildID is set by -ldflags.
var BuildID = "{g.sha(40)}"

var imageProxyKey = []byte("{g.key('image_proxy_key', 'hex64')}")
'''


def ent_migrate_sh(g):
    return "shell", "scripts/migrate.sh", f'''#!/usr/bin/env bash
set -euo pipefail
# ent + atlas versioned migrations against staging
go run -mod=mod entgo.io/ent/cmd/ent generate ./ent/schema
atlas migrate apply \\
  --dir "file://ent/migrate/migrations" \\
  --url "postgres://migrator:{g.pw('pg_password', 'url')}@{g.host('pg_host')}:5432/staging?sslmode=require"
curl -s -X POST -H "Authorization: Bearer {g.key('deploy_hook_token', 'jwt')}" \\
  https://deploy.glenrock.app/hooks/migrated?rev={g.sha(7)}
echo "done; report to {g.em('report_email')}"
# lint: atlas {g.ver()}, checksum in atlas.sum h1:{g.la('checksum_b64', g.key_raw('b64_32'))}
'''


def seaorm_rs(g):
    return "rust", "src/db.rs", f'''use sea_orm::{{ConnectOptions, Database, DatabaseConnection}};

pub async fn connect() -> Result<DatabaseConnection, sea_orm::DbErr> {{
    // local default; CI overrides DATABASE_URL
    let url = std::env::var("DATABASE_URL").unwrap_or_else(|_| {{
        "postgres://tally:{g.pw('pg_password', 'url')}@{g.host('pg_host')}/tally".to_string()
    }});
    let mut opt = ConnectOptions::new(url);
    opt.max_connections(20).sqlx_logging(false);
    Database::connect(opt).await
}}

// used to sign export links
pub const EXPORT_SIGNING_KEY: &str = "{g.key('export_signing_key', 'b64_32')}";
// author: {g.em('author_email')}, crate version {g.ver()}
// test fixture user: {g.resmail()}
'''


def ecto_config_exs(g):
    return "elixir", "config/prod.secret.exs", f'''import Config

config :larder, Larder.Repo,
  username: "larder",
  password: "{g.pw('db_password', 'q')}",
  hostname: "{g.ip4('db_host')}",
  database: "larder_prod",
  pool_size: 15

config :larder, LarderWeb.Endpoint,
  secret_key_base: "{g.key('secret_key_base', 'b64_48')}",
  live_view: [signing_salt: "{g.key('signing_salt', 'an24')}"]

config :larder, Larder.Mailer,
  adapter: Swoosh.Adapters.SMTP,
  relay: "{g.priv()}",
  username: "{g.em('smtp_user')}",
  password: System.get_env("{g.ref('SMTP_PASSWORD')}")

# release {g.ver()} ({g.sha(7)})
'''


def jooq_codegen_xml(g):
    return "xml", "jooq-codegen.xml", f'''<?xml version="1.0" encoding="UTF-8"?>
<configuration xmlns="http://www.jooq.org/xsd/jooq-codegen-3.19.0.xsd">
  <jdbc>
    <driver>org.postgresql.Driver</driver>
    <url>jdbc:postgresql://{g.ip4('pg_host')}:5432/warehouse</url>
    <user>codegen</user>
    <password>{g.pw('jdbc_password', 'xml')}</password>
  </jdbc>
  <!-- previous host {g.priv()}; maintainer {g.em('maintainer_email')} -->
  <generator>
    <database>
      <name>org.jooq.meta.postgres.PostgresDatabase</name>
      <inputSchema>public</inputSchema>
    </database>
    <target><packageName>io.meadowlane.db</packageName></target>
    <!-- generated against schema version {g.ver()} -->
  </generator>
</configuration>
'''


def mybatis_config_xml(g):
    return "xml", "src/main/resources/mybatis-config.xml", f'''<?xml version="1.0" encoding="UTF-8" ?>
<!DOCTYPE configuration PUBLIC "-//mybatis.org//DTD Config 3.0//EN" "https://mybatis.org/dtd/mybatis-3-config.dtd">
<configuration>
  <environments default="prod">
    <environment id="prod">
      <transactionManager type="JDBC"/>
      <dataSource type="POOLED">
        <property name="driver" value="com.mysql.cj.jdbc.Driver"/>
        <property name="url" value="jdbc:mysql://{g.ip4('mysql_host')}:3306/parcels?useSSL=true"/>
        <property name="username" value="parcels"/>
        <property name="password" value="{g.pw('db_password', 'xml')}"/>
      </dataSource>
    </environment>
    <environment id="dev">
      <dataSource type="POOLED">
        <property name="url" value="jdbc:mysql://{g.loop()}:3306/parcels"/>
        <property name="password" value="{g.ph('${db.password}')}"/>
      </dataSource>
    </environment>
  </environments>
  <!-- {g.em('owner_email')}; dev docs use {g.resmail()} -->
</configuration>
'''


def dapper_repo_cs(g):
    return "csharp", "src/Repositories/OrderRepository.cs", f'''using Dapper;
using Microsoft.Data.SqlClient;

namespace Harrowgate.Orders;

public class OrderRepository
{{
    // FIXME: hard-coded for the demo on {g.docip()}
    private const string Conn =
        "Server={g.ip4('sql_server')},1433;Database=Orders;User Id=orders_app;Password={g.pw('sql_password', 'q')};TrustServerCertificate=True";

    private const string BlobKey = "{g.key('storage_account_key', 'b64_48')}";

    public async Task<Order?> Get(int id)
    {{
        await using var db = new SqlConnection(Conn);
        return await db.QuerySingleOrDefaultAsync<Order>("SELECT * FROM Orders WHERE Id = @id", new {{ id }});
    }}
    // questions: {g.em('owner_email')}; tenant {g.uuid('tenant_id')}; app id {g.uuid('client_id')}
}}
'''


def cx_oracle_py(g):
    return "python", "etl/oracle_pull.py", f'''import os
import cx_Oracle

# legacy ERP read-only account ({g.em('erp_contact')} owns it)
DSN = cx_Oracle.makedsn("{g.ip4('oracle_host')}", 1521, service_name="ERPPROD")
conn = cx_Oracle.connect(user="ro_extract", password="{g.pw('oracle_password', 'q')}", dsn=DSN)

# second site, still on the old listener
conn2 = cx_Oracle.connect("ro_extract/{g.pw('oracle_password2', 'url')}@{g.priv()}:1521/ERPDR")

SFTP_KEY = "{g.key('sftp_token', 'an40')}"
WALLET_PASSWORD = os.environ["{g.ref('ORACLE_WALLET_PASSWORD')}"]
print("pulled from", "{g.priv()}", "client", cx_Oracle.__version__, "expected", "{g.ver()}")
'''


def litefs_yml(g):
    return "yaml", "litefs.yml", f'''fuse:
  dir: "/litefs"
data:
  dir: "/var/lib/litefs"
lease:
  type: "consul"
  advertise-url: "http://{g.priv()}:20202"
  candidate: true
  consul:
    url: "https://:{g.key('consul_token', 'uuid')}@{g.ip4('consul_ip')}:8501"
    key: "litefs/primary"
exec:
  - cmd: "/app/server -addr {g.unspec()}:8080"
# backup bucket creds: key id {g.key('access_key_id', 'upper20')}, secret {g.key('secret_access_key', 'an40')}
# ask {g.em('owner_email')}; node id {g.uuid('node_id')}
'''


def rqlite_auth_json(g):
    return "json", "etc/rqlite/auth.json", f'''[
  {{ "username": "admin", "password": "{g.pw('admin_password', 'q')}", "perms": ["all"] }},
  {{ "username": "reporter", "password": "{g.pw('reporter_password', 'q')}", "perms": ["query", "status"] }},
  {{ "username": "*", "perms": ["status", "ready"] }},
  {{ "username": "joiner", "password": "{g.pw('join_password', 'q')}", "perms": ["join", "remove"],
     "_nodes": ["{g.ip4('node_ip')}:4002", "{g.shared()}", "{g.priv()}:4002"],
     "_contact": "{g.em('contact_email')}" }}
]
'''


def dqlite_notes(g):
    return "markdown", "docs/ha-cluster.md", f'''## dqlite-backed HA notes

Nodes: `{g.ip4('node_ip')}`, `{g.priv()}`, `{g.ula()}` (v6 only site).
Cluster cert fingerprint: `{g.sha(64)}` (public, fine to share).

Join a node:

```
k8s-dqlite join --address {g.docip(v4=True)}:19001 --token {g.key('join_token', 'b64u43')}
```

The token above expired 2024-05-01; new ones come from {g.em('cluster_admin')}. In docs use `--token {g.ph('<join-token>')}`.
'''


def ksqldb_props(g):
    return "properties", "ksqldb-server.properties", f'''listeners=http://{g.unspec()}:8088
bootstrap.servers={g.ip4('broker_ip')}:9093,{g.priv()}:9093
security.protocol=SASL_SSL
sasl.mechanism=SCRAM-SHA-512
sasl.jaas.config=org.apache.kafka.common.security.scram.ScramLoginModule required username="ksql" password="{g.pw('sasl_password', 'q')}";
ksql.schema.registry.url=https://{g.priv()}:8081
# ksql.schema.registry.basic.auth.user.info=ksql:{g.ph('<secret>')}
ksql.schema.registry.basic.auth.user.info=ksql:{g.pw('registry_password', 'ini')}
ksql.service.id=ksql_{g.sha(12, 'service_id')}_
# owner {g.em('owner_email')}
'''


def beam_pipeline_py(g):
    return "python", "pipelines/clickstream.py", f'''import apache_beam as beam
from apache_beam.options.pipeline_options import PipelineOptions

OPTIONS = PipelineOptions(
    runner="FlinkRunner",
    flink_master="{g.ip4('flink_master')}:8081",
    environment_type="LOOPBACK",
)
RUN_ID = "{g.uuid('run_id')}"
SINK_URL = "https://ingest:{g.key('ingest_token', 'hex40')}@{g.host('sink_ip')}:9200/clicks"
GEO_API_KEY = "{g.key('geo_api_key', 'an32')}"

def drop_internal(row):
    return row["ip"] not in ("{g.priv()}", "{g.loop()}")

with beam.Pipeline(options=OPTIONS) as p:
    (p | beam.io.ReadFromText("gs://clicks/raw/*.json")
       | beam.Filter(drop_internal)
       | beam.Map(print))
# on-call: {g.em('oncall_email')}
'''


def storm_yaml(g):
    return "yaml", "conf/storm.yaml", f'''storm.zookeeper.servers:
  - "{g.ip4('zk_ip')}"
  - "{g.priv()}"
  - "{g.priv()}"
nimbus.seeds: ["{g.ip4('nimbus_ip')}"]
ui.port: 8744
ui.filter: "org.apache.hadoop.security.authentication.server.AuthenticationFilter"
ui.filter.params:
  "type": "simple"
  "signature.secret": "{g.key('signature_secret', 'hex32')}"
storm.zookeeper.auth.payload: "storm:{g.pw('zk_password', 'yaml')}"
# alerts -> {g.em('alert_email')}
# storm {g.ver()}, topology jar sha256 {g.sha(64)}
'''


def samza_props(g):
    return "properties", "config/pageviews.properties", f'''job.factory.class=org.apache.samza.job.yarn.YarnJobFactory
job.name=pageview-sessionizer
systems.kafka.consumer.zookeeper.connect={g.priv()}:2181/
systems.kafka.producer.bootstrap.servers={g.host('broker_ip', 0.3)}:9092
systems.kafka.consumer.sasl.jaas.config=org.apache.kafka.common.security.plain.PlainLoginModule required username="samza" password="{g.pw('sasl_password', 'q')}";
stores.sessions.changelog=kafka.sessions-changelog
metrics.reporter.snapshot.stream=kafka.metrics
serializers.registry.json.class=org.apache.samza.serializers.JsonSerdeFactory
# maintainer: {g.em('maintainer_email')}  commit {g.sha(7)}
# systems.kafka.consumer.password={g.ref('${SAMZA_KAFKA_PASSWORD}')}
'''


def pgweb_service(g):
    return "ini", "etc/systemd/system/pgweb.service", f'''[Unit]
Description=pgweb read-only console
After=network.target

[Service]
ExecStart=/usr/local/bin/pgweb --bind={g.loop()} --listen=8081 --readonly \\
  --url "postgres://console:{g.pw('pg_password', 'url')}@{g.host('pg_host')}:5432/crm?sslmode=require" \\
  --auth-user=ops --auth-pass={g.pw('auth_password', 'shell')}
Restart=always
# requested by {g.em('requester_email')} in ticket OPS-{g.r.randint(100, 999)}
# pgweb {g.ver()} checksum {g.sha(64)}

[Install]
WantedBy=multi-user.target
'''


def adminer_plugin_php(g):
    return "php", "adminer/index.php", f'''<?php
function adminer_object() {{
    class AdminerSoftware extends Adminer {{
        function credentials() {{
            // server, username and password for connecting to database
            return array('{g.ip4('db_server')}', 'adminer_ro', '{g.pw('db_password', 'q')}');
        }}
        function login($login, $password) {{
            return $password == '{g.pw('login_password', 'q')}';
        }}
        function database() {{ return 'shipping'; }}
    }}
    return new AdminerSoftware;
}}
// IP allow-list lives in nginx: {g.ip('office_ip', 0.3)} and {g.priv()}; contact {g.em('owner_email')}
// docs example: credentials() returns array('{g.docip()}', 'user', '{g.ph('secret')}')
include './adminer-{g.ver()}.php';
'''


def datagrip_sources_xml(g):
    return "xml", ".idea/dataSources.local.xml", f'''<?xml version="1.0" encoding="UTF-8"?>
<project version="4">
  <component name="dataSourceStorageLocal" created-in="DB-241.14494.283">
    <data-source name="prod-replica" uuid="{g.uuid('data_source_uuid')}">
      <database-info product="PostgreSQL" version="{g.ver()}" jdbc-version="4.2" driver-name="PostgreSQL JDBC Driver"/>
      <secret-storage>master_key</secret-storage>
      <user-name>analyst</user-name>
      <driver-ref>postgresql</driver-ref>
      <remarks>{g.uuid('schema_uuid')}</remarks>
      <!-- pw for the demo laptop only: {g.pw('db_password', 'plain')} -->
      <introspection-schemas>:@</introspection-schemas>
    </data-source>
  </component>
</project>
<!-- jdbc:postgresql://{g.ip4('pg_host')}:5432/sales shared by {g.em('sharer_email')} -->
'''


def heidisql_export(g):
    return "ini", "heidisql-settings.txt", f'''Servers\\Reporting\\Host<|||>1<|||>{g.priv()}
Servers\\Reporting\\User<|||>1<|||>report_reader
Servers\\Reporting\\Password<|||>1<|||>{g.pw('mysql_password', 'ini')}
Servers\\Reporting\\Port<|||>1<|||>3306
Servers\\Reporting\\SSHtunnelHost<|||>1<|||>{g.ip('ssh_host', 0.3)}
Servers\\Reporting\\SSHtunnelUser<|||>1<|||>tunnel
Servers\\Reporting\\SSHtunnelPassword<|||>1<|||>{g.pw('ssh_password', 'ini')}
Servers\\Local\\Host<|||>1<|||>{g.loop()}
Servers\\Reporting\\LastConnect<|||>1<|||>2024-03-12 08:41:19
Servers\\Reporting\\SessionId<|||>1<|||>{g.uuid('session_id')}
Servers\\Local\\Password<|||>1<|||>{g.ph('********')}
Servers\\Reporting\\Comment<|||>1<|||>owner {g.em('owner_email')}
'''


def sqlpad_env(g):
    return "env", "sqlpad/.env", f'''SQLPAD_ADMIN={g.em('admin_email')}
SQLPAD_ADMIN_PASSWORD={g.pw('admin_password', 'ini')}
SQLPAD_COOKIE_SECRET={g.key('cookie_secret', 'an40')}
SQLPAD_CONNECTIONS__pg1__name=Warehouse
SQLPAD_CONNECTIONS__pg1__driver=postgres
SQLPAD_CONNECTIONS__pg1__host={g.ip4('pg_host')}
SQLPAD_CONNECTIONS__pg1__username=sqlpad
SQLPAD_CONNECTIONS__pg1__password={g.pw('pg_password', 'ini')}
SQLPAD_GOOGLE_CLIENT_ID={g.la('client_id', str(g.r.randint(10**11, 10**12)) + '-' + g.s('abcdefghijklmnopqrstuvwxyz0123456789', 32) + '.apps.googleusercontent.com')}
SQLPAD_GOOGLE_CLIENT_SECRET={g.key('google_client_secret', 'an24')}
SQLPAD_ALLOWED_DOMAINS=tollgate.co
# SQLPAD_SAML_CERT={g.ref('$SAML_CERT_PATH')}
SQLPAD_SEED_DATA_PATH=/etc/sqlpad/seed  # seed users like {g.resmail()}
'''


def cloudbeaver_conf(g):
    return "json", "workspace/.data/.cloudbeaver.runtime.conf", f'''{{
  "server": {{
    "serverURL": "http://{g.ip4('server_ip')}:8978",
    "expireSessionAfterPeriod": 1800000,
    "serverName": "cb-{g.sha(7)}",
    "productVersion": "{g.ver()}",
    "database": {{
      "driver": "postgres-jdbc",
      "url": "jdbc:postgresql://{g.priv()}:5432/cloudbeaver",
      "user": "cb",
      "password": "{g.pw('db_password', 'q')}"
    }}
  }},
  "app": {{
    "anonymousAccessEnabled": false,
    "defaultAuthRole": "user",
    "adminName": "cbadmin",
    "adminPassword": "{g.pw('admin_password', 'q')}",
    "supportEmail": "{g.em('support_email')}"
  }}
}}
'''


def tableplus_share(g):
    return "text", "chat/tableplus-connection.txt", f'''[10:42] {g.em('sender_email')}: can you import this TablePlus connection?
[10:42] tableplus://?id={g.uuid('connection_id')}&statusColor=007F3D&env=staging&name=orders%20staging&tLSMode=0&usePrivateKey=false&safeModeLevel=0&driverVersion=0&lazyload=false
[10:43] host {g.ip4('db_host')} user orders_ro pass {g.pw('db_password', 'plain')}
[10:43] over ssh via {g.ip('bastion_ip', 0.4)} (key, no password)
[10:44] ok connected. the prod one is {g.ref('orders-prod')} in the vault, right?
[10:45] yes, do not paste that one here
[10:46] {g.resmail()} is the test account for the docs, password {g.ph('<redacted>')}
'''


def sequelace_favorites(g):
    return "xml", "Favorites.plist", f'''<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">
<plist version="1.0">
<dict>
  <key>host</key><string>{g.priv()}</string>
  <key>name</key><string>shop replica</string>
  <key>port</key><string>3306</string>
  <key>socket</key><string></string>
  <key>sshPort</key><string>22</string>
  <key>uuid</key><string>{g.uuid('favorite_uuid')}</string>
  <key>user</key><string>shop_ro</string>
  <key>sshHost</key><string>{g.ip('ssh_host', 0.3)}</string>
  <key>sshUser</key><string>jump</string>
  <key>sshKeyLocation</key><string>~/.ssh/id_ed25519</string>
  <key>id</key><integer>{g.num('favorite_id', 19)}</integer>
  <key>notes</key><string>password in keychain; old one was {g.pw('old_password', 'xml')}</string>
  <key>contact</key><string>{g.em('contact_email')}</string>
</dict>
</plist>
'''


def usql_config(g):
    return "yaml", ".config/usql/config.yaml", f'''connections:
  warehouse: postgres://analyst:{g.pw('pg_password', 'url')}@{g.host('pg_host')}:5432/warehouse
  legacy: mysql://legacy:{g.pw('mysql_password', 'url')}@{g.priv()}/legacy
  local: postgres://{g.loop()}/dev
  mssql: sqlserver://svc_usql:{g.pw('mssql_password', 'url')}@{g.ip4('mssql_host')}/analytics
  docs: postgres://{g.ph('user:pass')}@{g.docip()}/db
init: |
  \\set SYNTAX_HL_STYLE paraiso-dark
# synced from dotfiles of {g.em('owner_email')}
'''


def harlequin_toml(g):
    return "toml", ".harlequin.toml", f'''default_profile = "prod-ro"

[profiles.prod-ro]
adapter = "postgres"
host = "{g.ip4('pg_host')}"
port = "5432"
user = "harlequin"
password = "{g.pw('pg_password', 'q')}"
dbname = "events"
sslmode = "require"

# password could also be "{g.ref('${HARLEQUIN_PG_PASSWORD}')}"
[profiles.local]
# harlequin {g.ver()}, adapter digest {g.sha(12, 'short_sha')}
adapter = "duckdb"
conn_str = ["local.db"]

# profiles maintained by {g.em('sa_email')}
'''
