"""Templates for held-out set 16. Each returns text with planted values wrapped in markers:
U+E000 TAG|kind U+E001 value U+E002 (TAG "LOOK" marks a look-alike)."""

import gen_h16 as G

TEMPLATES = {}


def t(cls, lang, path):
    def deco(fn):
        TEMPLATES[fn.__name__] = (fn, cls, lang, path)
        return fn
    return deco


def L(tag, kind, v):
    return f"\ue000{tag}|{kind}\ue001{v}\ue002"


def K(kind, v):
    return L("KEY", kind, v)


def P(kind, v):
    return L("PASSWORD", kind, v)


def X(kind, v):
    return L("LOOK", kind, v)


def E(v, kind="email"):
    return L("EMAIL", kind, v)


def ip(r, kind="ipv4"):
    return L("IP_ADDRESS", kind, G.ipv4(r))


def ip6(r):
    return L("IP_ADDRESS", "ipv6", G.ipv6(r))


def em(r, kind="email"):
    return E(G.email(r), kind)


def wem(r, domain=None):
    return E(G.work_email(r, domain), "work_email")


def priv(r):
    return X("private_ip", G.private_ip(r))


def docip(r):
    return X("documentation_ip", G.doc_ip(r))


def remail(r):
    return X("reserved_email", G.reserved_email(r))


def pw(r, ctx="json", kind="password", lang=None):
    return P(kind, G.pw(r, ctx, lang))


def port(r):
    return G.pick(r, [5432, 3306, 6379, 9092, 8443, 27017, 9042, 7687, 8123, 1521, 1433, 5672, 9200])


CODE = "code / config assignment"
CI = "CI / IaC"
SHELL = "command line / shell"
LOG = "log / stack trace"
NET = "network config"
CHAT = "chat / ticket / email"
SQL = "SQL / CSV"
NB = "notebook"
HTTP = "HTTP / API client export"
REVIEW = "commit / review"
DOCS = "docs / prose"
LAB = "self-hosted / home lab"
ODD = "unusual format"
DATA = "data / observability config"
MOBILE = "mobile / IDE config"


# ===================================================================== code in other languages
@t(CODE, "ocaml", "bin/config.ml")
def ocaml_config(r):
    return f'''(* config.ml -- loaded by the worker at start-up *)
let db_host = "{ip(r)}"
let db_user = "ledger_rw"
let db_password = "{pw(r, "sq")}"
let mailgun_key = "{K("mailgun", G.k_mailgun(r))}"
let alert_to = "{em(r)}"
let build_id = "{X("uuid_build_id", G.uuid4(r))}"

let dsn () = Printf.sprintf "postgresql://%s@%s:5432/ledger" db_user db_host
'''


@t(CODE, "fsharp", "src/Settings.fs")
def fsharp_settings(r):
    return f'''module Settings

[<Literal>]
let GroqApiKey = "{K("groq", G.k_groq(r))}"

let smtpHost = "smtp.fastmail.com"
let smtpUser = "{em(r)}"
let smtpPassword = "{pw(r, "sq")}"
let fallbackResolver = "{ip(r)}"
let localCache = "{priv(r)}"
let assemblyVersion = "{X("version", G.version4(r))}"
'''


@t(CODE, "racket", "private/secrets.rkt")
def racket_secrets(r):
    return f'''#lang racket/base
(provide (all-defined-out))

(define notion-token "{K("notion", G.k_notion(r))}")
(define db-spec
  (list #:server "{ip(r)}" #:port 5432
        #:user "scribe" #:password "{pw(r, "sq")}"
        #:database "notes"))
(define owner-email "{em(r)}")
(define test-email "{remail(r)}")
'''


@t(CODE, "ada", "src/credentials.ads")
def ada_credentials(r):
    return f'''package Credentials is
   --  Telemetry uplink for the ground station
   Uplink_Host     : constant String := "{ip(r)}";
   Uplink_User     : constant String := "gs_uplink";
   Uplink_Password : constant String := "{pw(r, "sq")}";
   Api_Key         : constant String := "{K("nasa_api", G.k_nasa(r))}";
   Maintainer      : constant String := "{em(r)}";
   Local_Relay     : constant String := "{priv(r)}";
end Credentials;
'''


@t(CODE, "cobol", "copybooks/DBCONN.cpy")
def cobol_copybook(r):
    pwd = G.mainframe_pw(r)
    host = G.ipv4(r)
    return f'''      *****************************************************************
      * DBCONN - CONNECTION PARAMETERS FOR NIGHTLY SETTLEMENT BATCH
      *****************************************************************
       01  WS-DB-CONNECTION.
           05  WS-DB-HOST          PIC X(15) VALUE '{L("IP_ADDRESS", "ipv4", host)}'.
           05  WS-DB-PORT          PIC 9(5)  VALUE 50000.
           05  WS-DB-USER          PIC X(8)  VALUE 'STLBATCH'.
           05  WS-DB-PASSWORD      PIC X(8)  VALUE '{P("mainframe_password", pwd)}'.
           05  WS-OPS-MAIL         PIC X(40) VALUE
               '{em(r)}'.
'''


@t(CODE, "pascal", "src/uSecrets.pas")
def delphi_secrets(r):
    return f'''unit uSecrets;

interface

const
  FB_SERVER   = '{ip(r)}';
  FB_DATABASE = 'C:\\Data\\STOCK.FDB';
  FB_USER     = 'SYSDBA';
  FB_PASSWORD = '{pw(r, "sq")}';
  SMS_API_KEY = '{K("messagebird", G.k_messagebird(r))}';
  SUPPORT_MAIL = '{em(r)}';
  BUILD       = '{X("version", G.version4(r))}';

implementation

end.
'''


@t(CODE, "erlang", "config/sys.config")
def erlang_sys_config(r):
    return f'''[
 {{kernel, [{{logger_level, info}}]}},
 {{chat, [
   {{listen_ip, {{0,0,0,0}}}},
   {{turn_server, "{ip(r)}"}},
   {{turn_secret, "{K("turn_shared_secret", G.k_hex32(r))}"}},
   {{admin_email, "{em(r)}"}},
   {{pg, [{{host, "{priv(r)}"}}, {{username, "chat"}}, {{password, "{pw(r, "sq")}"}}]}}
 ]}},
 {{ssl, [{{session_lifetime, 300}}]}}
].
'''


@t(CODE, "gleam", "src/app/env.gleam")
def gleam_env(r):
    return f'''// Generated by scripts/bootstrap.sh -- do not commit
pub const resend_api_key = "{K("resend", G.k_resend(r))}"

pub const database_url = "postgres://app:{pw(r, "url")}@{ip(r)}:5432/app_prod"

pub const from_address = "{em(r)}"

pub const sandbox_address = "{remail(r)}"
'''


@t(CODE, "v", "config.v")
def vlang_config(r):
    return f'''module main

const (
	listen_addr  = '{X("unspecified_ip", "0.0.0.0")}:8080'
	redis_host   = '{ip(r)}'
	redis_pass   = '{pw(r, "word")}'
	cf_api_token = '{K("cloudflare", G.k_cloudflare(r))}'
	notify_email = '{em(r)}'
)
'''


@t(CODE, "odin", "src/secrets.odin")
def odin_secrets(r):
    return f'''package game_server

// matchmaking backend
MATCHMAKER_HOST :: "{ip(r)}"
MATCHMAKER_PORT :: 7777
ADMIN_PASSWORD  :: "{pw(r, "sq", "rcon_password")}"
HMAC_SECRET     :: "{K("hmac_secret", G.k_hex64(r))}"
LAN_FALLBACK    :: "{priv(r)}"
BUILD_SHA       :: "{X("git_sha", G.git_sha(r))}"
'''


@t(CODE, "hare", "cmd/backup/config.ha")
def hare_config(r):
    return f'''// backup target
export def S3_ENDPOINT: str = "https://s3.eu-central-003.backblazeb2.com";
export def B2_KEY_ID: str = "{K("b2_key_id", G.k_b2_keyid(r))}";
export def B2_APP_KEY: str = "{K("b2_application_key", G.k_b2_appkey(r))}";
export def NOTIFY: str = "{em(r)}";
export def MIRROR: str = "{ip(r)}";
'''


@t(CODE, "tcl", "lib/site_config.tcl")
def tcl_config(r):
    return f'''# site_config.tcl -- sourced by the AOLserver init
set ::db(host)     {ip(r)}
set ::db(user)     wiki
set ::db(password) {pw(r, "word")}
set ::mail(admin)  {em(r)}
set ::mail(bounce) {remail(r)}
set ::api(tomtom)  {K("tomtom", G.k_tomtom(r))}
ns_log notice "site config loaded for [info hostname]"
'''


@t(CODE, "awk", "bin/push_metrics.awk")
def awk_push(r):
    return f'''#!/usr/bin/awk -f
# Summarise the access log and push to the metrics gateway
BEGIN {{
    FS = " "
    gateway = "https://{ip(r)}:9091/metrics/job/weblog"
    token = "{K("grafana_service_account", G.k_grafana_sa(r))}"
    owner = "{em(r)}"
}}
$9 ~ /^5/ {{ errors[$1]++ }}
END {{
    for (h in errors) printf "errors{{client=\\"%s\\"}} %d\\n", h, errors[h] | ("curl -s -H 'Authorization: Bearer " token "' --data-binary @- " gateway)
}}
'''


@t(CODE, "powershell", "DSC/WebFarm.ps1")
def powershell_dsc(r):
    pwd = G.pw(r, "sq")
    return f'''Configuration WebFarm {{
    Import-DscResource -ModuleName PSDesiredStateConfiguration
    $svcPass = ConvertTo-SecureString '{P("password", pwd)}' -AsPlainText -Force
    $svcCred = New-Object System.Management.Automation.PSCredential ('CONTOSO\\svc_iis', $svcPass)

    Node '{ip(r)}' {{
        WindowsFeature IIS {{ Ensure = 'Present'; Name = 'Web-Server' }}
        Service AppPool {{
            Name        = 'W3SVC'
            Credential  = $svcCred
            StartupType = 'Automatic'
        }}
    }}
    Node '{priv(r)}' {{
        WindowsFeature IIS {{ Ensure = 'Present'; Name = 'Web-Server' }}
    }}
}}
# contact: {em(r)}
'''


@t(CI, "groovy", "build.gradle")
def gradle_publish(r):
    return f'''plugins {{
    id 'java-library'
    id 'maven-publish'
}}

version = '{X("version", G.version3(r))}'

publishing {{
    repositories {{
        maven {{
            url = uri("https://{ip(r)}:8081/repository/releases/")
            credentials {{
                username = 'deployer'
                password = '{pw(r, "sq")}'
            }}
        }}
    }}
}}

ext.sonarToken = '{K("sonarqube", G.k_sonarqube(r))}'
ext.releaseManager = '{em(r)}'
'''


@t(CI, "bazelrc", ".bazelrc.user")
def bazelrc(r):
    return f'''# personal overrides, not checked in
build --remote_cache=grpcs://{ip(r)}:9092
build --remote_header=x-buildbuddy-api-key={K("buildbuddy", G.rs(r, 20))}
build --bes_backend=grpcs://remote.buildbuddy.io
build --remote_instance_name=ci/{X("uuid_instance_id", G.uuid4(r))}
test --test_env=SMOKE_USER_EMAIL={em(r)}
test --test_env=SMOKE_USER_PASSWORD={pw(r, "shell")}
'''


@t(CI, "meson", "meson_options.txt")
def meson_options(r):
    return f'''option('telemetry_endpoint', type : 'string', value : 'https://{ip(r)}/v1/ingest')
option('telemetry_key', type : 'string', value : '{K("newrelic_license", G.k_newrelic_license(r))}',
       description : 'ingest licence key (remove before tagging {X("version", G.version3(r))})')
option('maintainer', type : 'string', value : '{em(r)}')
option('docs', type : 'feature', value : 'auto')
'''


@t(CODE, "jsonnet", "environments/prod/main.jsonnet")
def jsonnet_env(r):
    return f'''local k = import 'k.libsonnet';
{{
  grafana+: {{
    admin_user: 'admin',
    admin_password: '{pw(r, "sq")}',
    smtp: {{ host: 'smtp.zoho.com:587', user: '{em(r)}', password: '{pw(r, "sq")}' }},
  }},
  datasources: [
    {{ name: 'tempo', url: 'http://{priv(r)}:3200' }},
    {{ name: 'dynatrace', url: 'https://{ip(r)}/api/v2', token: '{K("dynatrace", G.k_dynatrace(r))}' }},
  ],
}}
'''


@t(CODE, "kdl", "config/zellij-remote.kdl")
def kdl_config(r):
    return f'''remote "build-box" {{
    host "{ip(r)}"
    user "ci"
    password "{pw(r, "sq")}"
}}
notify {{
    email "{em(r)}"
    pushover-token "{K("pushover", G.rs(r, 30, G.LOW + G.DIG))}"
}}
mirror "{priv(r)}"
'''


@t(CODE, "elm", "src/Config.elm")
def elm_config(r):
    return f'''module Config exposing (algoliaAppId, algoliaSearchKey, algoliaAdminKey, contact)


algoliaAppId : String
algoliaAppId =
    "{G.rs(r, 10, G.UP + G.DIG)}"


algoliaSearchKey : String
algoliaSearchKey =
    "{X("algolia_search_key", G.algolia_search_key(r))}"


algoliaAdminKey : String
algoliaAdminKey =
    "{K("algolia_admin", G.k_algolia_admin(r))}"


contact : String
contact =
    "{em(r)}"
'''


@t(CODE, "solidity", "hardhat.config.ts")
def hardhat_config(r):
    return f'''import {{ HardhatUserConfig }} from "hardhat/config";

const config: HardhatUserConfig = {{
  solidity: "{X("version", G.version3(r))}",
  networks: {{
    base: {{
      url: "https://base-mainnet.g.alchemy.com/v2/{K("alchemy", G.rs(r, 32, G.ALNUM + "_-"))}",
      accounts: ["0x{K("wallet_private_key", G.hexs(r, 64))}"],
    }},
  }},
  etherscan: {{ apiKey: "{K("etherscan", G.rs(r, 34, G.UP + G.DIG))}" }},
}};
// treasury: {X("eth_address", G.eth_address(r))}
export default config;
'''


# ===================================================================== service / data platform config
@t(LAB, "systemd", "etc/systemd/system/ledger-api.service.d/creds.conf")
def systemd_credentials(r):
    return f'''[Service]
# systemd-creds would be nicer, but for now:
SetCredential=db-password:{pw(r, "shell")}
SetCredential=smtp-password:{pw(r, "shell")}
Environment=DB_HOST={ip(r)}
Environment=SMTP_USER={em(r)}
Environment=BIND={X("loopback_ip", G.loopback_ip(r))}
LoadCredentialEncrypted=hmac-key:/etc/credstore.encrypted/hmac-key
'''


@t(LAB, "ini", "etc/supervisor/conf.d/worker.conf")
def supervisord_conf(r):
    return f'''[inet_http_server]
port={X("unspecified_ip", "0.0.0.0")}:9001
username=ops
password={pw(r, "ini")}

[program:ingest]
command=/opt/ingest/bin/run --broker amqp://ingest:{pw(r, "url")}@{ip(r)}:5672/
environment=SENTRY_AUTH_TOKEN="{K("sentry_user_token", G.k_sentry_user(r))}",REPORT_TO="{em(r)}"
autorestart=true
'''


@t(NET, "haproxy", "etc/haproxy/haproxy.cfg")
def haproxy_cfg(r):
    return f'''global
    log {X("loopback_ip", "127.0.0.1")} local0
    stats socket /run/haproxy/admin.sock mode 660 level admin

userlist ops_users
    user admin insecure-password {pw(r, "word")}
    user viewer password {X("sha512_crypt", G.sha512_crypt(r))}

listen stats
    bind :8404
    stats enable
    stats auth admin:{pw(r, "word")}

backend api
    server api1 {ip(r)}:8080 check
    server api2 {ip(r)}:8080 check
    server api3 {priv(r)}:8080 check backup
    server api4 [{ip6(r)}]:8080 check
'''


@t(NET, "yaml", "traefik/dynamic/middlewares.yml")
def traefik_dynamic(r):
    user = "ops"
    return f'''http:
  middlewares:
    dash-auth:
      basicAuth:
        users:
          - "{user}:{X("apr1_hash", "$apr1$" + G.rs(r, 8, G.ALNUM) + "$" + G.rs(r, 22, G.ALNUM + "./"))}"
    allow-office:
      ipWhiteList:
        sourceRange:
          - "{ip(r)}/32"
          - "{priv(r)}/24"
  serversTransports:
    insecure:
      insecureSkipVerify: true
# acme: {em(r)}  dns provider token: {K("cloudflare", G.k_cloudflare(r))}
'''


@t(NET, "yaml", "envoy/envoy.yaml")
def envoy_cluster(r):
    return f'''static_resources:
  clusters:
  - name: payments_upstream
    type: STRICT_DNS
    load_assignment:
      cluster_name: payments_upstream
      endpoints:
      - lb_endpoints:
        - endpoint: {{ address: {{ socket_address: {{ address: {ip(r)}, port_value: 443 }} }} }}
        - endpoint: {{ address: {{ socket_address: {{ address: {priv(r)}, port_value: 8443 }} }} }}
    typed_extension_protocol_options: {{}}
  - name: ext_authz
    connect_timeout: 0.25s
http_filters:
- name: envoy.filters.http.header_to_metadata
  request_headers_to_add:
  - header: {{ key: x-api-key, value: "{K("paystack", G.k_paystack(r))}" }}
'''


@t(NET, "yaml", "kong/kong.yml")
def kong_declarative(r):
    return f'''_format_version: "3.0"
services:
- name: geocoder
  url: https://{ip(r)}:8443/v1
  plugins:
  - name: request-transformer
    config:
      add:
        headers:
        - "apikey:{K("geoapify", G.k_geoapify(r))}"
consumers:
- username: mobile-app
  keyauth_credentials:
  - key: {K("kong_key_auth", G.k_kong_admin(r))}
  basicauth_credentials:
  - username: {em(r)}
    password: "{pw(r, "yaml")}"
'''


@t(DATA, "toml", "vector/vector.toml")
def vector_toml(r):
    return f'''[sources.syslog]
type = "syslog"
address = "{X("unspecified_ip", "0.0.0.0")}:514"
mode = "udp"

[sinks.newrelic]
type = "new_relic"
inputs = ["syslog"]
account_id = "{r.randrange(1000000, 9999999)}"
license_key = "{K("newrelic_license", G.k_newrelic_license(r))}"
api = "logs"

[sinks.archive]
type = "aws_s3"
inputs = ["syslog"]
endpoint = "https://{ip(r)}:9000"
auth.access_key_id = "{K("minio_access_key", G.rs(r, 20, G.UP + G.DIG))}"
auth.secret_access_key = "{K("minio_secret_key", G.rs(r, 40))}"
'''


@t(DATA, "fluentbit", "fluent-bit/fluent-bit.conf")
def fluentbit_conf(r):
    return f'''[SERVICE]
    Flush        1
    Log_Level    info

[INPUT]
    Name         tail
    Path         /var/log/app/*.log

[OUTPUT]
    Name         es
    Match        *
    Host         {ip(r)}
    Port         9243
    HTTP_User    fluent_writer
    HTTP_Passwd  {pw(r, "word")}
    tls          On

[OUTPUT]
    Name         datadog
    Match        audit.*
    apikey       {K("datadog_api", G.k_hex32(r))}
'''


@t(DATA, "yaml", "alertmanager/alertmanager.yml")
def alertmanager_yml(r):
    return f'''global:
  smtp_smarthost: 'smtp.gmail.com:587'
  smtp_from: '{em(r)}'
  smtp_auth_username: '{em(r)}'
  smtp_auth_password: '{P("app_password", G.app_password_google(r))}'
  opsgenie_api_key: '{K("opsgenie", G.uuid4(r))}'
route:
  receiver: oncall
receivers:
- name: oncall
  email_configs:
  - to: '{em(r)}'
  telegram_configs:
  - bot_token: '{K("telegram_bot", G.k_telegram(r))}'
    chat_id: -{r.randrange(10**12, 10**13)}
'''


@t(DATA, "yaml", "grafana/provisioning/datasources/ds.yaml")
def grafana_provisioning(r):
    return f'''apiVersion: 1
datasources:
  - name: Warehouse
    type: postgres
    url: {ip(r)}:5432
    user: grafana_ro
    jsonData: {{ database: metrics, sslmode: require }}
    secureJsonData:
      password: "{pw(r, "yaml")}"
  - name: Loki
    type: loki
    url: http://{priv(r)}:3100
  - name: Docs-example
    url: http://{docip(r)}:9090
  - name: Infinity
    type: yesoreyeram-infinity-datasource
    secureJsonData:
      bearerToken: "{K("newrelic_user", G.k_newrelic_user(r))}"
'''


@t(DATA, "shell", "airflow/connections.sh")
def airflow_connections(r):
    return f'''#!/usr/bin/env bash
set -euo pipefail
airflow connections add warehouse --conn-uri 'postgresql://etl:{pw(r, "url")}@{ip(r)}:5432/dwh'
airflow connections add sftp_vendor --conn-type sftp --conn-host {ip(r)} --conn-login feeds --conn-password '{pw(r, "shell")}'
airflow connections add slack_alerts --conn-type slackwebhook --conn-password 'T0{G.rs(r, 8, G.UP + G.DIG)}/B0{G.rs(r, 8, G.UP + G.DIG)}/{K("slack_webhook_secret", G.rs(r, 24))}'
airflow variables set ALERT_EMAIL {em(r)}
export AIRFLOW__CORE__FERNET_KEY={K("fernet", G.k_fernet(r))}
'''


@t(DATA, "yaml", "dbt/profiles.yml")
def dbt_profiles(r):
    return f'''analytics:
  target: prod
  outputs:
    prod:
      type: snowflake
      account: {G.rs(r, 7, G.LOW)}-{G.rs(r, 7, G.LOW + G.DIG)}
      user: {em(r)}
      password: "{pw(r, "yaml")}"
      role: TRANSFORMER
      warehouse: TRANSFORMING
      database: ANALYTICS
    ci:
      type: postgres
      host: {ip(r)}
      user: dbt_ci
      password: "{pw(r, "yaml")}"
      port: 5432
      dbname: ci
      schema: dbt_ci
'''


@t(DATA, "python", "flows/deploy.py")
def prefect_flow(r):
    return f'''from prefect import flow
from prefect.blocks.system import Secret

# one-off bootstrap of blocks; delete after first run
Secret(value="{K("databricks", G.k_databricks(r))}").save("databricks-token", overwrite=True)
Secret(value="{pw(r, "sq")}").save("sftp-password", overwrite=True)

PREFECT_API_KEY = "{K("prefect", G.k_prefect(r))}"
SFTP_HOST = "{ip(r)}"


@flow(log_prints=True)
def ingest():
    print("ingest started by {G.pick(r, G.FIRST)}")
'''


@t(DATA, "yaml", "dagster/dagster.yaml")
def dagster_yaml(r):
    return f'''storage:
  postgres:
    postgres_db:
      hostname: {ip(r)}
      username: dagster
      password: "{pw(r, "yaml")}"
      db_name: dagster
      port: 5432
run_launcher:
  module: dagster_k8s
  class: K8sRunLauncher
  config:
    env_vars:
      - "DAGSTER_CLOUD_API_TOKEN={K("dagster_cloud", G.k_dagster(r))}"
      - "OWNER_EMAIL={em(r)}"
'''


@t(DATA, "shell", "mlflow/.envrc")
def mlflow_envrc(r):
    return f'''export MLFLOW_TRACKING_URI=https://{ip(r)}:5000
export MLFLOW_TRACKING_USERNAME={em(r)}
export MLFLOW_TRACKING_PASSWORD={pw(r, "shell")}
export MLFLOW_S3_ENDPOINT_URL=http://{priv(r)}:9000
export WANDB_API_KEY={K("wandb", G.k_wandb(r))}
export MLFLOW_RUN_ID={X("hex_run_id", G.hexs(r, 32))}
'''


@t(DATA, "json", "connect/jdbc-sink.json")
def kafka_connect_jdbc(r):
    return f'''{{
  "name": "orders-jdbc-sink",
  "config": {{
    "connector.class": "io.confluent.connect.jdbc.JdbcSinkConnector",
    "topics": "orders",
    "connection.url": "jdbc:postgresql://{ip(r)}:5432/orders",
    "connection.user": "kc_sink",
    "connection.password": "{pw(r, "json")}",
    "errors.deadletterqueue.topic.name": "orders-dlq",
    "producer.override.sasl.jaas.config": "org.apache.kafka.common.security.plain.PlainLoginModule required username='{K("confluent_key", G.rs(r, 16, G.UP + G.DIG))}' password='{K("confluent_secret", G.rs(r, 64, G.ALNUM + "+/"))}';"
  }}
}}
'''


@t(DATA, "properties", "debezium/application.properties")
def debezium_server(r):
    return f'''debezium.sink.type=kinesis
debezium.sink.kinesis.region=eu-west-1
debezium.source.connector.class=io.debezium.connector.mysql.MySqlConnector
debezium.source.database.hostname={ip(r)}
debezium.source.database.port=3306
debezium.source.database.user=debezium
debezium.source.database.password={pw(r, "ini")}
debezium.source.database.server.id={r.randrange(1000, 99999)}
debezium.source.topic.prefix=shop
# AWS creds for the sink
quarkus.log.level=INFO
aws.accessKeyId={K("aws_access_key_id", G.k_aws_id(r))}
aws.secretAccessKey={K("aws_secret_access_key", G.k_aws_secret(r))}
'''


@t(DATA, "spark", "conf/spark-defaults.conf")
def spark_defaults(r):
    return f'''spark.master                     k8s://https://{ip(r)}:6443
spark.hadoop.fs.s3a.endpoint     https://s3.wasabisys.com
spark.hadoop.fs.s3a.access.key   {K("wasabi_access_key", G.k_wasabi_id(r))}
spark.hadoop.fs.s3a.secret.key   {K("wasabi_secret_key", G.rs(r, 40))}
spark.eventLog.dir               s3a://spark-logs/
spark.driver.host                {priv(r)}
spark.sql.catalog.nessie.uri     https://{ip(r)}:19120/api/v2
spark.sql.catalog.nessie.authentication.token {K("nessie_bearer", G.rs(r, 40, G.ALNUM))}
'''


@t(DATA, "properties", "trino/etc/catalog/clickhouse.properties")
def trino_catalog(r):
    return f'''connector.name=clickhouse
connection-url=jdbc:clickhouse://{ip(r)}:8443/?ssl=true
connection-user=trino_ro
connection-password={pw(r, "ini")}
# added by {em(r)}
'''


@t(DATA, "xml", "clickhouse/users.d/users.xml")
def clickhouse_users(r):
    return f'''<clickhouse>
  <users>
    <etl>
      <password>{pw(r, "xml")}</password>
      <networks>
        <ip>{ip(r)}</ip>
        <ip>{priv(r)}/16</ip>
      </networks>
      <profile>default</profile>
    </etl>
    <grafana>
      <password_sha256_hex>{X("sha256", G.sha256(r))}</password_sha256_hex>
      <networks><ip>{X("loopback_ip", "127.0.0.1")}</ip></networks>
    </grafana>
  </users>
</clickhouse>
'''


@t(LAB, "yaml", "etc/borgmatic/config.yaml")
def borgmatic(r):
    return f'''source_directories:
  - /home
  - /etc
repositories:
  - path: ssh://{X("ssh_user_at_host", G.rs(r, 6, G.LOW + G.DIG) + "@" + G.rs(r, 6, G.LOW + G.DIG) + ".repo.borgbase.com")}/./repo
    label: borgbase
  - path: ssh://borg@{ip(r)}/./backups
    label: offsite
encryption_passphrase: "{pw(r, "yaml")}"
healthchecks:
  ping_url: https://hc-ping.com/{K("healthchecks_ping_uuid", G.uuid4(r))}
'''


@t(LAB, "php", "nextcloud/config/config.php")
def nextcloud_config(r):
    return f'''<?php
$CONFIG = array (
  'instanceid' => '{X("nextcloud_instance_id", "oc" + G.rs(r, 10, G.LOW + G.DIG))}',
  'passwordsalt' => '{K("nextcloud_passwordsalt", G.rs(r, 30, G.ALNUM + "+/"))}',
  'secret' => '{K("nextcloud_secret", G.rs(r, 48, G.ALNUM + "+/"))}',
  'trusted_domains' => array (0 => 'cloud.{G.company_domain(r)}', 1 => '{priv(r)}'),
  'dbhost' => '{ip(r)}',
  'dbuser' => 'oc_admin',
  'dbpassword' => '{pw(r, "sq")}',
  'mail_from_address' => 'noreply',
  'mail_smtpname' => '{em(r)}',
  'mail_smtppassword' => '{pw(r, "sq")}',
  'version' => '{X("version", G.version4(r))}',
);
'''


@t(LAB, "ini", "gitea/conf/app.ini")
def gitea_app_ini(r):
    return f'''APP_NAME = Forge
RUN_MODE = prod

[database]
DB_TYPE  = postgres
HOST     = {ip(r)}:5432
NAME     = gitea
USER     = gitea
PASSWD   = `{pw(r, "ini")}`

[security]
INSTALL_LOCK   = true
SECRET_KEY     = {K("gitea_secret_key", G.rs(r, 64))}
INTERNAL_TOKEN = {K("gitea_internal_token", G.k_jwt(r, '{"nbf":%d}' % (1700000000 + r.randrange(10**7))))}

[oauth2]
JWT_SECRET = {K("gitea_jwt_secret", G.b64(r, 32, url=True, pad=False))}

[mailer]
USER   = {em(r)}
PASSWD = {pw(r, "ini")}
'''


@t(LAB, "dotenv", "vaultwarden/.env")
def vaultwarden_env(r):
    return f'''DOMAIN=https://vault.{G.company_domain(r)}
ADMIN_TOKEN='{X("argon2_hash", G.argon2_hash(r))}'
SMTP_HOST=smtp.zoho.eu
SMTP_FROM={em(r)}
SMTP_USERNAME={em(r)}
SMTP_PASSWORD={pw(r, "shell")}
PUSH_INSTALLATION_ID={X("uuid_installation_id", G.uuid4(r))}
PUSH_INSTALLATION_KEY={K("bitwarden_push_key", G.rs(r, 20))}
IP_HEADER=X-Real-IP
'''


@t(LAB, "ini", "etc/odoo/odoo.conf")
def odoo_conf(r):
    return f'''[options]
admin_passwd = {pw(r, "ini")}
db_host = {ip(r)}
db_port = 5432
db_user = odoo
db_password = {pw(r, "ini")}
email_from = {em(r)}
smtp_server = smtp.office365.com
smtp_user = {em(r)}
smtp_password = {pw(r, "ini")}
proxy_mode = True
'''


@t(LAB, "php", "moodle/config.php")
def moodle_config(r):
    return f'''<?php  // Moodle configuration file
unset($CFG);
global $CFG;
$CFG = new stdClass();
$CFG->dbtype    = 'pgsql';
$CFG->dbhost    = '{ip(r)}';
$CFG->dbname    = 'moodle';
$CFG->dbuser    = 'moodleuser';
$CFG->dbpass    = '{pw(r, "sq")}';
$CFG->wwwroot   = 'https://learn.{G.company_domain(r)}';
$CFG->noreplyaddress = '{em(r)}';
$CFG->forced_plugin_settings = ['local_sync' => ['wstoken' => '{K("moodle_wstoken", G.k_moodle(r))}']];
require_once(__DIR__ . '/lib/setup.php');
'''


@t(LAB, "ini", "printer_data/config/moonraker.conf")
def moonraker_conf(r):
    return f'''[server]
host: {X("unspecified_ip", "0.0.0.0")}
port: 7125

[authorization]
trusted_clients:
    {priv(r)}/24
    {X("loopback_ip", "127.0.0.1")}

[notifier print_done]
url: tgram://{K("telegram_bot", G.k_telegram(r))}/{r.randrange(10**8, 10**9)}
events: complete

[secrets]
# printer farm upload
octoeverywhere_key: {K("octoprint_api_key", G.k_octoprint(r))}
bambu_access_code: {P("bambu_access_code", str(r.randrange(10**7, 10**8)))}
'''


@t(LAB, "asterisk", "etc/asterisk/pjsip.conf")
def asterisk_pjsip(r):
    return f'''[transport-udp]
type=transport
protocol=udp
bind={X("unspecified_ip", "0.0.0.0")}
external_media_address={ip(r)}
local_net={priv(r)}/24

[trunk-auth]
type=auth
auth_type=userpass
username={r.randrange(10**7, 10**8)}
password={pw(r, "word")}

[trunk]
type=aor
contact=sip:{ip(r)}:5060

[1001]
type=auth
auth_type=userpass
username=1001
password={pw(r, "word")}
'''


@t(LAB, "postfix", "etc/postfix/sasl_passwd")
def postfix_sasl(r):
    return f'''# relayhost credentials -- run postmap after editing
[smtp.sendgrid.net]:587 apikey:{K("sendgrid", G.k_sendgrid(r))}
[smtp-relay.brevo.com]:587 {em(r)}:{pw(r, "word")}
[{ip(r)}]:2525 relay:{pw(r, "word")}
'''


# ===================================================================== CI / IaC
@t(CI, "xml", ".teamcity/settings.kts.xml")
def teamcity_params(r):
    return f'''<?xml version="1.0" encoding="UTF-8"?>
<project>
  <parameters>
    <param name="env.DEPLOY_HOST" value="{ip(r)}" />
    <param name="env.DEPLOY_PASSWORD" value="{pw(r, "xml")}" spec="password display='hidden'" />
    <param name="env.TEAMCITY_TOKEN" value="{K("teamcity", G.k_teamcity(r))}" />
    <param name="env.RELEASE_NOTES_TO" value="{em(r)}" />
    <param name="credentialsJSON:{X("uuid_credentials_ref", G.uuid4(r))}" value="" />
  </parameters>
</project>
'''


@t(CI, "yaml", "bitrise.yml")
def bitrise_yml(r):
    return f'''format_version: "13"
default_step_lib_source: https://github.com/bitrise-io/bitrise-steplib.git
app:
  envs:
    - BITRISE_PROJECT_PATH: ios/App.xcworkspace
    - FASTLANE_USER: {em(r)}
    - FASTLANE_PASSWORD: "{pw(r, "yaml")}"
    - FASTLANE_APPLE_APPLICATION_SPECIFIC_PASSWORD: {P("app_specific_password", G.app_password_apple(r))}
    - BITRISE_API_TOKEN: {K("bitrise", G.k_bitrise(r))}
workflows:
  release:
    steps:
      - deploy-to-itunesconnect-deliver@2: {{}}
'''


@t(CI, "yaml", "codemagic.yaml")
def codemagic_yaml(r):
    return f'''workflows:
  android-release:
    name: Android release
    environment:
      vars:
        CM_KEYSTORE_PASSWORD: "{pw(r, "yaml")}"
        CM_KEY_PASSWORD: "{pw(r, "yaml")}"
        CODEMAGIC_API_TOKEN: {K("codemagic", G.k_codemagic(r))}
        FIREBASE_SERVER_KEY: {K("firebase_server_key", G.k_firebase_server(r))}
    publishing:
      email:
        recipients:
          - {em(r)}
          - {remail(r)}
'''


@t(CI, "yaml", "tekton/pipelinerun.yaml")
def tekton_secret(r):
    return f'''apiVersion: v1
kind: Secret
metadata:
  name: registry-basic
  annotations:
    tekton.dev/docker-0: https://{ip(r)}:5000
type: kubernetes.io/basic-auth
stringData:
  username: tekton
  password: "{pw(r, "yaml")}"
---
apiVersion: v1
kind: Secret
metadata:
  name: git-token
stringData:
  token: {K("gitea_token", G.k_gitea(r))}
'''


@t(CI, "yaml", "ci/pipeline.yml")
def concourse_pipeline(r):
    return f'''resources:
- name: source
  type: git
  source:
    uri: https://{ip(r)}/infra/site.git
    username: concourse
    password: {pw(r, "word")}
- name: image
  type: registry-image
  source:
    repository: quay.io/tallyho/site
    username: tallyho+ci
    password: {K("quay_robot_token", G.k_quay_robot(r))}
jobs:
- name: build
  plan: [{{get: source, trigger: true}}, {{put: image}}]
'''


@t(CI, "xml", "cruise-config.xml")
def gocd_config(r):
    return f'''<cruise schemaVersion="139">
  <server artifactsdir="artifacts" agentAutoRegisterKey="{K("gocd_agent_autoregister", G.uuid4(r))}" serverId="{X("uuid_server_id", G.uuid4(r))}">
    <mailhost hostname="smtp.fastmail.com" port="587" username="{em(r)}" encryptedPassword="{X("gocd_encrypted_password", "AES:" + G.b64(r, 16) + ":" + G.b64(r, 16))}" tls="true" from="{em(r)}" admin="{em(r)}" />
  </server>
  <pipelines group="deploy">
    <pipeline name="site">
      <materials><git url="https://deploy:{pw(r, "url")}@{ip(r)}/site.git" /></materials>
    </pipeline>
  </pipelines>
</cruise>
'''


@t(CI, "yaml", ".builds/deploy.yml")
def sourcehut_builds(r):
    return f'''image: alpine/edge
# pinned runner image {X("docker_digest", G.docker_digest(r))}
packages: [rsync, openssh]
secrets:
  - {X("uuid_secret_ref", G.uuid4(r))}
environment:
  deploy_host: {ip(r)}
  NETLIFY_AUTH_TOKEN: {K("netlify", "nfp_" + G.rs(r, 36))}
tasks:
  - deploy: |
      rsync -rz site/ deploy@$deploy_host:/var/www/
triggers:
  - action: email
    condition: failure
    to: {em(r)}
'''


@t(CI, "hcl", "infra/hetzner/main.tf")
def terraform_hetzner(r):
    return f'''provider "hcloud" {{
  token = "{K("hetzner_cloud", G.k_hetzner(r))}"
}}

resource "hcloud_server" "web" {{
  name        = "web-1"
  server_type = "cx22"
  image       = "debian-12"
  ssh_keys    = ["{X("ssh_public_key", G.ssh_ed25519_pub(r))}"]
}}

resource "hcloud_firewall" "web" {{
  rule {{
    direction  = "in"
    protocol   = "tcp"
    port       = "22"
    source_ips = ["{ip(r)}/32"]
  }}
}}
'''


@t(CI, "hcl", "infra/oci/provider.tf")
def terraform_oci(r):
    return f'''provider "oci" {{
  tenancy_ocid     = "ocid1.tenancy.oc1..{G.rs(r, 60, G.LOW + G.DIG)}"
  user_ocid        = "ocid1.user.oc1..{G.rs(r, 60, G.LOW + G.DIG)}"
  fingerprint      = "{X("oci_key_fingerprint", G.oci_fingerprint(r))}"
  private_key      = <<EOT
{K("pem_private_key", G.pem_block(r, "PRIVATE KEY", 5))}
EOT
  region           = "eu-frankfurt-1"
}}

resource "oci_core_security_list" "bastion" {{
  ingress_security_rules {{
    source   = "{ip(r)}/32"
    protocol = "6"
  }}
}}
'''


@t(CI, "yaml", "hieradata/common.eyaml")
def hiera_eyaml(r):
    return f'''---
profile::db::password: ENC[PKCS7,{X("eyaml_ciphertext", G.b64(r, 96))}]
profile::monitoring::api_key: "{K("datadog_api", G.k_hex32(r))}"
profile::backup::target: "{ip(r)}"
profile::mail::relay_password: "{pw(r, "yaml")}"
profile::mail::admin: "{em(r)}"
'''


@t(CI, "yaml", "talos/controlplane.yaml")
def talos_config(r):
    return f'''version: v1alpha1
machine:
  type: controlplane
  token: {K("talos_machine_token", G.rs(r, 6, G.LOW + G.DIG) + "." + G.rs(r, 16, G.LOW + G.DIG))}
  ca:
    crt: {X("public_cert_b64", G.b64(r, 60))}
    key: {K("talos_ca_key_b64", G.b64(r, 90))}
  network:
    interfaces:
      - interface: eth0
        addresses: [{ip(r)}/29]
cluster:
  secretboxEncryptionSecret: {K("talos_secretbox", G.b64(r, 32))}
'''


@t(CI, "yaml", "argocd/repo-secret.yaml")
def argocd_repo(r):
    return f'''apiVersion: v1
kind: Secret
metadata:
  name: private-charts
  namespace: argocd
  labels:
    argocd.argoproj.io/secret-type: repository
stringData:
  url: https://{ip(r)}/charts
  username: argocd
  password: {K("gitlab_deploy_token", G.k_gitlab_deploy(r))}
  sshPrivateKey: |
{chr(10).join("    " + ln for ln in K("openssh_private_key", G.openssh_key(r)).split(chr(10)))}
'''


# ===================================================================== shells and command lines
@t(SHELL, "powershell", "history/ConsoleHost_history.txt")
def pwsh_history(r):
    return f'''Get-ADUser -Filter * -SearchBase "OU=Staff,DC=corp,DC=local" | measure
$pw = ConvertTo-SecureString "{pw(r, "shell")}" -AsPlainText -Force
New-LocalUser -Name "kiosk" -Password $pw -FullName "Kiosk"
Connect-ExchangeOnline -UserPrincipalName {em(r)}
Invoke-RestMethod -Uri "https://{ip(r)}/api/v1/sync" -Headers @{{ "X-Api-Key" = "{K("odoo_api_key", G.k_odoo(r))}" }}
Test-NetConnection {priv(r)} -Port 3389
'''


@t(SHELL, "tcsh", "home/.history")
def tcsh_history(r):
    return f'''#+{1700000000 + r.randrange(10**7)}
setenv ORACLE_SID LABDB
#+{1700000000 + r.randrange(10**7)}
sqlplus system/{pw(r, "word")}@{ip(r)}:1521/LABDB
#+{1700000000 + r.randrange(10**7)}
setenv ACOUSTID_KEY {K("acoustid_api_key", G.k_acoustid(r))}
#+{1700000000 + r.randrange(10**7)}
mail -s "done" {em(r)} < /tmp/report.txt
'''


@t(SHELL, "shell", "notes/xonsh_history.txt")
def xonsh_session(r):
    return f'''$ $HUGGINGFACE_HUB_TOKEN = "{K("huggingface", G.k_huggingface(r))}"
$ ssh -J jump@{ip(r)} gpu@{priv(r)}
$ $PGPASSWORD = "{pw(r, "shell")}"; psql -h {ip(r)} -U trainer runs
$ git config user.email {em(r)}
'''


@t(SHELL, "batch", "scripts/map_drives.cmd")
def cmd_batch(r):
    return f'''@echo off
rem map the accounting share for the night shift
net use Z: \\\\{ip(r)}\\ledger /user:ACCT\\nightshift {pw(r, "word")} /persistent:no
net use Y: \\\\{priv(r)}\\scans
set MOLLIE_KEY={K("mollie", G.k_mollie(r))}
echo Report errors to {em(r)}
'''


@t(SHELL, "shell", "notes/mongosh.txt")
def mongosh_session(r):
    return f'''$ mongosh "mongodb://{ip(r)}:27017" --username root --password '{pw(r, "shell")}' --authenticationDatabase admin
test> use shop
shop> db.createUser({{ user: "api", pwd: "{pw(r, "shell")}", roles: ["readWrite"] }})
shop> db.customers.findOne({{ _id: ObjectId("{X("mongodb_objectid", G.object_id(r))}") }}).email
'{em(r)}'
'''


@t(SHELL, "shell", "notes/cqlsh.txt")
def cqlsh_session(r):
    return f'''$ cqlsh {ip(r)} 9042 -u cassandra -p '{pw(r, "shell")}' --ssl
cqlsh> CREATE ROLE reporting WITH PASSWORD = '{pw(r, "shell")}' AND LOGIN = true;
cqlsh> SELECT host_id FROM system.local;
 host_id
--------------------------------------
 {X("uuid_host_id", G.uuid4(r))}
'''


@t(SHELL, "shell", "notes/smbclient.txt")
def smbclient_session(r):
    return f'''$ smbclient //{ip(r)}/scans -U 'OFFICE\\scanner%{pw(r, "word")}'
Try "help" to get a list of possible commands.
smb: \\> ls
$ smbclient -L //{priv(r)} -N
'''


@t(SHELL, "shell", "notes/az_login.txt")
def az_login_sp(r):
    return f'''$ az login --service-principal \\
    -u {X("uuid_client_id", G.uuid4(r))} \\
    -p '{K("entra_client_secret", G.rs(r, 3) + "8Q~" + G.rs(r, 34, G.ALNUM + "_.-~"))}' \\
    --tenant {X("uuid_tenant_id", G.uuid4(r))}
$ az vm list-ip-addresses -o table
VirtualMachine    PublicIPAddresses    PrivateIPAddresses
----------------  -------------------  --------------------
build-agent-01    {ip(r)}        {priv(r)}
'''


@t(SHELL, "shell", "scripts/b2_sync.sh")
def b2_sync(r):
    return f'''#!/usr/bin/env bash
b2 account authorize {K("b2_key_id", G.k_b2_keyid(r))} {K("b2_application_key", G.k_b2_appkey(r))}
b2 sync --keep-days 30 /srv/photos b2://family-photos
curl -fsS -m 10 https://hc-ping.com/{K("healthchecks_ping_uuid", G.uuid4(r))} >/dev/null
'''


@t(SHELL, "shell", "notes/nmcli.txt")
def nmcli_wifi(r):
    return f'''$ nmcli dev wifi connect "Lakou-5G" password '{P("wifi_password", G.wifi_pw(r))}'
Device 'wlan0' successfully activated with '{X("uuid_connection_id", G.uuid4(r))}'.
$ nmcli con add type wifi ifname wlan0 con-name eduroam ssid eduroam -- wifi-sec.key-mgmt wpa-eap 802-1x.eap peap 802-1x.identity {em(r)} 802-1x.password '{pw(r, "shell")}'
$ ip -4 addr show wlan0 | grep inet
    inet {priv(r)}/24 brd {X("private_ip", "192.168.1.255")} scope global dynamic wlan0
'''


@t(SHELL, "shell", "notes/openssl_debug.txt")
def openssl_sclient(r):
    return f'''$ openssl s_client -connect {ip(r)}:465 -crlf -quiet
220 mx.{G.company_domain(r)} ESMTP
AUTH PLAIN {K("base64_user_password", G.auth_plain(r, G.local_part(r), G.pw(r, "word")))}
235 2.7.0 Authentication successful
MAIL FROM:<{em(r)}>
'''


@t(SHELL, "shell", "notes/rabbitmqctl.txt")
def rabbitmqctl(r):
    return f'''# erlang cookie from the old node: {K("erlang_cookie", G.k_erlang_cookie(r))}
$ rabbitmqctl add_user billing '{pw(r, "shell")}'
$ rabbitmqctl set_permissions -p / billing ".*" ".*" ".*"
$ rabbitmqctl cluster_status | grep rabbit@
 rabbit@{priv(r)}
'''


# ===================================================================== logs
def _ts(r):
    return f"2025-{r.randrange(1, 13):02d}-{r.randrange(1, 28):02d}T{r.randrange(24):02d}:{r.randrange(60):02d}:{r.randrange(60):02d}"


@t(LOG, "log", "logs/apache_error.log")
def apache_error_log(r):
    return f'''[Mon Mar 03 04:12:{r.randrange(10, 59)}.{r.randrange(100000, 999999)} 2025] [php:error] [pid {r.randrange(1000, 9999)}] [client {ip(r)}:{r.randrange(1024, 65535)}] PHP Fatal error:  Uncaught PDOException: SQLSTATE[HY000] [1045] Access denied for user 'shop'@'{priv(r)}' (using password: YES) in /var/www/shop/db.php:14
Stack trace:
#0 /var/www/shop/db.php(14): PDO->__construct('mysql:host={ip(r)};dbname=shop', 'shop', '{pw(r, "sq")}')
#1 {{main}}
  thrown in /var/www/shop/db.php on line 14
[Mon Mar 03 04:12:59.000001 2025] [auth_basic:error] [pid 2231] [client {ip(r)}:51012] AH01618: user {em(r)} not found: /admin
'''


@t(LOG, "log", "logs/haproxy.log")
def haproxy_log(r):
    lines = []
    for _ in range(3):
        lines.append(f"Mar  4 10:{r.randrange(10, 59)}:{r.randrange(10, 59)} lb1 haproxy[{r.randrange(1000, 9999)}]: {ip(r)}:{r.randrange(1024, 65535)} [04/Mar/2025:10:00:01.{r.randrange(100, 999)}] fe_https~ be_api/api{r.randrange(1, 4)} 0/0/1/12/13 200 512 - - ---- 12/12/0/0/0 0/0 \"GET /v1/geocode?q=harare&apiKey={K('here_api_key', G.k_here(r))} HTTP/1.1\"")
    return "\n".join(lines) + "\n"


@t(LOG, "log", "logs/squid/access.log")
def squid_access_log(r):
    return f'''{1741000000 + r.randrange(10**6)}.{r.randrange(100, 999)}    {r.randrange(10, 999)} {priv(r)} TCP_TUNNEL/200 {r.randrange(1000, 99999)} CONNECT api.telnyx.com:443 - HIER_DIRECT/{ip(r)} -
{1741000000 + r.randrange(10**6)}.{r.randrange(100, 999)}     {r.randrange(10, 999)} {priv(r)} TCP_MISS/200 {r.randrange(1000, 99999)} GET http://{ip(r)}/feed.xml?token={K("feed_token", G.rs(r, 32))} - HIER_DIRECT/{ip(r)} application/xml
'''


@t(LOG, "log", "logs/exim/mainlog")
def exim_mainlog(r):
    mid = G.rs(r, 6, G.ALNUM) + "-" + G.rs(r, 6, G.ALNUM) + "-" + G.rs(r, 2, G.ALNUM)
    return f'''2025-03-05 08:14:22 {mid} <= {em(r)} H=({G.company_domain(r)}) [{ip(r)}] P=esmtpsa X=TLS1.3:TLS_AES_256_GCM_SHA384:256 A=dovecot_plain:{em(r)} S=4410 id={X("message_id", G.rs(r, 16) + "@" + "mail.gmail.com")}
2025-03-05 08:14:23 {mid} => {em(r)} R=dnslookup T=remote_smtp H=mx.{G.company_domain(r)} [{ip(r)}]
2025-03-05 08:14:23 {mid} Completed
2025-03-05 08:20:01 dovecot_login authenticator failed for ([{ip(r)}]) [{ip(r)}]: 535 Incorrect authentication data (set_id={em(r)})
'''


@t(LOG, "log", "logs/openvpn.log")
def openvpn_log(r):
    return f'''2025-03-06 07:44:12 {ip(r)}:{r.randrange(1024, 65535)} TLS: Username/Password authentication succeeded for username '{em(r)}'
2025-03-06 07:44:12 {ip(r)}:{r.randrange(1024, 65535)} [{em(r)}] Peer Connection Initiated with [AF_INET]{ip(r)}:{r.randrange(1024, 65535)}
2025-03-06 07:44:13 MULTI_sva: pool returned IPv4={X("private_ip", G.private_ip(r))}, IPv6=(Not enabled)
2025-03-06 07:51:40 WARNING: auth-user-pass-verify script received password '{pw(r, "sq")}' (debug level 7, disable before prod)
'''


@t(LOG, "log", "logs/traefik.json")
def traefik_access_json(r):
    import json as _j
    rows = []
    for _ in range(2):
        rows.append('{"ClientHost":"%s","DownstreamStatus":401,"RequestMethod":"POST","RequestPath":"/api/login","request_Authorization":"Basic %s","request_User-Agent":"okhttp/4.12.0","time":"%sZ"}' % (
            ip(r), K("base64_user_password", G.basic_auth(r, G.local_part(r), G.pw(r, "word"))), _ts(r)))
    return "\n".join(rows) + "\n"


@t(LOG, "log", "logs/u_ex250307.log")
def iis_w3c_log(r):
    return f'''#Software: Microsoft Internet Information Services 10.0
#Version: 1.0
#Fields: date time s-ip cs-method cs-uri-stem cs-uri-query s-port cs-username c-ip cs(User-Agent) sc-status
2025-03-07 06:01:12 {priv(r)} GET /sync/export.ashx apikey={K("smartsheet", G.k_smartsheet(r))}&format=csv 443 - {ip(r)} Mozilla/5.0 200
2025-03-07 06:01:40 {priv(r)} POST /Account/Login ReturnUrl=%2F 443 {em(r)} {ip(r)} Mozilla/5.0 302
'''


@t(LOG, "log", "logs/transcript.txt")
def powershell_transcript(r):
    return f'''**********************
Windows PowerShell transcript start
Start time: 20250307091500
Username: CORP\\svc_sched
Machine: SCHED01 (Microsoft Windows NT {X("version", "10.0.20348.0")})
**********************
PS>$cred = New-Object PSCredential("CORP\\svc_sched", (ConvertTo-SecureString "{pw(r, "shell")}" -AsPlainText -Force))
PS>Invoke-Command -ComputerName {ip(r)} -Credential $cred -ScriptBlock {{ Restart-Service Spooler }}
PS>Send-MailMessage -To {em(r)} -From {X("local_domain_email", "sched@corp.local")} -Subject "Spooler restarted" -SmtpServer {priv(r)}
'''


@t(LOG, "log", "logs/airflow/task.log")
def airflow_task_log(r):
    return f'''[{_ts(r)}+0000] {{taskinstance.py:1157}} INFO - Dependencies all met for <TaskInstance: export.push scheduled__2025-03-08 [queued]>
[{_ts(r)}+0000] {{base.py:83}} INFO - Using connection ID 'sftp_vendor' for task execution.
[{_ts(r)}+0000] {{transport.py:1944}} INFO - Connected (version 2.0, client OpenSSH_9.6) to {ip(r)}
[{_ts(r)}+0000] {{logging_mixin.py:188}} INFO - conn extras: {{"key_passphrase": "{pw(r, "json")}", "host": "{ip(r)}"}}
[{_ts(r)}+0000] {{email.py:282}} INFO - Sent an alert email to ['{em(r)}']
'''


@t(LOG, "log", "log/production.log")
def rails_log(r):
    return f'''I, [2025-03-09T08:11:02.331 #{r.randrange(1000, 9999)}]  INFO -- : [{X("uuid_request_id", G.uuid4(r))}] Started POST "/api/webhooks/flutterwave" for {ip(r)} at 2025-03-09 08:11:02 +0000
I, [2025-03-09T08:11:02.332 #{r.randrange(1000, 9999)}]  INFO -- : [{X("uuid_request_id", G.uuid4(r))}]   Parameters: {{"event"=>"charge.completed", "data"=>{{"customer"=>{{"email"=>"{em(r)}"}}}}, "secret_hash"=>"{K("flutterwave_secret", G.k_flutterwave(r))}"}}
I, [2025-03-09T08:11:02.340 #{r.randrange(1000, 9999)}]  INFO -- : Completed 200 OK in 8ms
'''


@t(LOG, "log", "logs/app.json")
def serilog_json(r):
    return f'''{{"@t":"{_ts(r)}.123Z","@mt":"Outbound call to {{Url}} failed","Url":"https://{ip(r)}/v2/sms","@l":"Error","Headers":{{"Authorization":"Bearer {K("telnyx", G.k_telnyx(r))}"}},"TraceId":"{X("hex_trace_id", G.hexs(r, 32))}"}}
{{"@t":"{_ts(r)}.456Z","@mt":"User {{Email}} signed in from {{Ip}}","Email":"{em(r)}","Ip":"{ip(r)}","@l":"Information"}}
'''


# ===================================================================== network gear
@t(NET, "fortios", "backups/fgt-branch.conf")
def fortigate_conf(r):
    return f'''config system interface
    edit "wan1"
        set ip {ip(r)} {X("netmask", "255.255.255.248")}
        set allowaccess ping https ssh
    next
end
config vpn ipsec phase1-interface
    edit "to-hq"
        set interface "wan1"
        set remote-gw {ip(r)}
        set psksecret {P("ipsec_psk", G.pw(r, "word"))}
    next
end
config system admin
    edit "netops"
        set password {pw(r, "word")}
        set trusthost1 {ip(r)} {X("netmask", "255.255.255.255")}
    next
end
config system api-user
    edit "monitoring"
        set api-key {K("fortigate_api_key", G.k_fortigate_api(r))}
    next
end
'''


@t(NET, "panos", "backups/pa-set.txt")
def panos_set(r):
    return f'''set deviceconfig system ip-address {priv(r)}
set deviceconfig system dns-setting servers primary {ip(r)}
set network interface ethernet ethernet1/1 layer3 ip {ip(r)}/29
set network ike gateway HQ authentication pre-shared-key key {P("ipsec_psk", G.pw(r, "word"))}
set shared server-profile radius NPS server nps1 ip-address {priv(r)} secret {P("radius_secret", G.pw(r, "word"))}
set mgt-config users api-reader phash {X("md5_crypt", "$1$" + G.rs(r, 8, G.LOW) + "$" + G.rs(r, 22, G.ALNUM + "./"))}
# API key for the backup script: {K("panos_api_key", G.k_panos_api(r))}
'''


@t(NET, "aoscx", "backups/aruba-cx-core.cfg")
def aruba_cx(r):
    return f'''hostname core-sw1
user admin group administrators password plaintext {pw(r, "word")}
radius-server host {ip(r)} key plaintext {P("radius_secret", G.pw(r, "word"))} vrf mgmt
tacacs-server host {ip(r)} key plaintext {P("tacacs_secret", G.pw(r, "word"))}
snmp-server community {P("snmp_community", G.pw(r, "word"))}
interface vlan 10
    ip address {priv(r)}/24
ntp server {ip(r)} iburst
'''


@t(NET, "edgeos", "backups/edgerouter.boot")
def edgeos_config(r):
    return f'''interfaces {{
    ethernet eth0 {{
        address {ip(r)}/30
        description WAN
    }}
    ethernet eth1 {{
        address {priv(r)}/24
    }}
}}
service {{
    dns {{
        dynamic {{
            interface eth0 {{
                service dyndns {{
                    host-name home.duckdns.org
                    login nouser
                    password {K("duckdns_token", G.uuid4(r))}
                    server www.duckdns.org
                }}
            }}
        }}
    }}
}}
system {{
    login {{
        user ubnt {{
            authentication {{
                encrypted-password {X("sha512_crypt", G.sha512_crypt(r))}
                plaintext-password "{pw(r, "sq")}"
            }}
        }}
    }}
}}
'''


@t(NET, "xml", "backups/pfsense-config.xml")
def pfsense_xml(r):
    return f'''<?xml version="1.0"?>
<pfsense>
  <system>
    <hostname>fw</hostname>
    <user>
      <name>admin</name>
      <bcrypt-hash>{X("bcrypt", G.bcrypt_hash(r))}</bcrypt-hash>
    </user>
    <dnsserver>{ip(r)}</dnsserver>
  </system>
  <openvpn>
    <openvpn-client>
      <server_addr>{ip(r)}</server_addr>
      <auth_user>{em(r)}</auth_user>
      <auth_pass>{pw(r, "xml")}</auth_pass>
    </openvpn-client>
  </openvpn>
  <dyndnses>
    <dyndns><type>cloudflare</type><password>{K("cloudflare", G.k_cloudflare(r))}</password></dyndns>
  </dyndnses>
</pfsense>
'''


@t(NET, "vrp", "backups/huawei-ar.cfg")
def huawei_vrp(r):
    return f'''sysname AR-Branch
aaa
 local-user netadmin password irreversible-cipher {X("huawei_cipher", "$1c$" + G.rs(r, 40, G.ALNUM + "!@#%") + "$")}
 local-user ftpuser password cipher {pw(r, "word")}
interface GigabitEthernet0/0/1
 ip address {ip(r)} {X("netmask", "255.255.255.252")}
ike peer hq
 pre-shared-key simple {P("ipsec_psk", G.pw(r, "word"))}
 remote-address {ip(r)}
snmp-agent community read {P("snmp_community", G.pw(r, "word"))}
'''


@t(NET, "json", "omada/site-backup.json")
def omada_json(r):
    return f'''{{
  "site": "Main",
  "wlans": [
    {{"ssid": "Sundial-Staff", "security": "wpa2-psk", "psk": "{P("wifi_password", G.wifi_pw(r))}"}},
    {{"ssid": "Sundial-Guest", "security": "open", "portal": true}}
  ],
  "radius": {{"server": "{ip(r)}", "secret": "{P("radius_secret", G.pw(r, "json"))}"}},
  "gateway": {{"wan_ip": "{ip(r)}", "lan_ip": "{priv(r)}"}},
  "admin_email": "{em(r)}"
}}
'''


@t(NET, "sros", "backups/nokia-7750.cfg")
def nokia_sros(r):
    return f'''configure router "Base" bgp group "transit" neighbor "{ip(r)}" authentication-key "{P("bgp_password", G.pw(r, "word"))}"
configure router "Base" bgp group "transit" neighbor "{ip(r)}" peer-as 3356
configure router "Base" bgp group "transit-v6" neighbor "{ip6(r)}" authentication-key "{P("bgp_password", G.pw(r, "word"))}"
configure system security user-params local-user user "noc" password "{X("nokia_hashed_password", "$2y$10$" + G.rs(r, 53, G.ALNUM + "./"))}"
configure system security snmp community "{P("snmp_community", G.pw(r, "word"))}" access-permissions "r"
'''


# ===================================================================== handover notes in other human languages
def npw(r, lang):
    return P("password_" + lang, G.pw(r, "json", lang))


@t(DOCS, "markdown", "docs/gd/cur-seachad.md")
def note_scots_gaelic(r):
    return f'''# Notaichean cur-seachad — frithealaiche nan leabhraichean-cunntais

Tha am frithealaiche ùr air {ip(r)} a-nis. Cleachd an cunntas `rianaire` agus am facal-faire {npw(r, "gaelic")} airson logadh a-steach.
Ma bhios duilgheadas ann, cuir post-d gu {em(r)} (chan e {remail(r)}, sin an seòladh deuchainn).
An iuchair API airson Xero: {K("xero_client_secret", G.rs(r, 48, G.ALNUM + "_-"))}
Tha an lìonra a-staigh fhathast air {priv(r)}, na atharraich e.
'''


@t(DOCS, "markdown", "docs/bs/primopredaja.md")
def note_bosnian(r):
    return f'''## Primopredaja — mail server i baza

Novi mail server je na adresi {ip(r)}, a stari ({priv(r)}) gasimo u petak.
Lozinka za root na bazi je {npw(r, "bosnian")} — molim te promijeni je odmah nakon prvog logovanja.
Za SMTP relay koristimo Brevo, ključ: {K("brevo", G.k_brevo(r))}
Sve upite šalji na {em(r)}, a kopiju na {em(r)}.
Verzija aplikacije koju smo ostavili: {X("version", G.version3(r))}.
'''


@t(DOCS, "markdown", "docs/tk/tabşyryş.md")
def note_turkmen(r):
    return f'''Salam! Serwer barada gysga bellikler:

- Esasy serwer: {ip(r)} (ätiýaçlyk {ip(r)})
- Admin paroly: {npw(r, "turkmen")}
- Mistral API açary "{K("mistral", G.k_mistral(r))}" — muny hiç kime bermäň.
- Içki tor {priv(r)} diňe ofisden elýeter.
Soraglar bolsa, {em(r)} salgysyna ýazyň.
'''


@t(DOCS, "markdown", "docs/or/hastantar.md")
def note_odia(r):
    return f'''# ହସ୍ତାନ୍ତର ଟିପ୍ପଣୀ

ନୂଆ ସର୍ଭର IP: {ip(r)}
ଆଡମିନ ପାସୱାର୍ଡ ହେଉଛି {npw(r, "odia")} । ଦୟାକରି ପ୍ରଥମ ଲଗଇନ ପରେ ଏହାକୁ ବଦଳାନ୍ତୁ।
Cohere API ଚାବି: {K("cohere", G.k_cohere(r))}
କୌଣସି ସମସ୍ୟା ହେଲେ {em(r)} କୁ ଇମେଲ କରନ୍ତୁ।
ଭିତର ନେଟୱାର୍କ ({priv(r)}) ରେ କିଛି ପରିବର୍ତ୍ତନ କରନ୍ତୁ ନାହିଁ।
'''


@t(DOCS, "markdown", "docs/as/hastantar.md")
def note_assamese(r):
    return f'''## হস্তান্তৰৰ টোকা — চাহ বাগিচাৰ হিচাপ চাৰ্ভাৰ

চাৰ্ভাৰটো এতিয়া {ip(r)} ত আছে।
লগইনৰ বাবে পাছৱৰ্ড: {npw(r, "assamese")}
Odoo API চাবি ({K("odoo_api_key", G.k_odoo(r))}) কাকো নিদিব।
কিবা সমস্যা হ'লে {em(r)} লৈ ইমেইল কৰক। পৰীক্ষাৰ ঠিকনা {remail(r)} ব্যৱহাৰ নকৰিব।
'''


@t(DOCS, "markdown", "docs/ti/mreqaq.md")
def note_tigrinya(r):
    return f'''# ናይ ምርካብ መዘኻኸሪ

ሓድሽ ሰርቨር ኣብ {ip(r)} ኣሎ።
ናይ ኣድሚን መሕለፊ ቃል፡ {npw(r, "tigrinya")}
ናይ Twilio መፍትሕ {K("twilio_api_secret", G.k_twilio_secret(r))} ኣብ .env ኣሎ፣ ንማንም ኣይተሕልፉ።
ሕቶ እንተሃልዩ ናብ {em(r)} ጽሓፉ።
ውሽጣዊ መርበብ ({priv(r)}) ኣይትቀይሩ።
'''


@t(DOCS, "markdown", "docs/xh/ukunikezela.md")
def note_xhosa(r):
    return f'''## Amanqaku okunikezela — iseva yeklinikhi

Iseva entsha ikwi-{ip(r)}. Igama lomsebenzisi ngu-`admin`, iphasiwedi ngu-{npw(r, "xhosa")}.
Isitshixo se-API sakwa-Clickatell: {K("clickatell", G.rs(r, 22, G.ALNUM + "-_") + "==")}
Ukuba kukho ingxaki, thumela i-imeyile kule dilesi: {em(r)}.
Inethiwekhi yangaphakathi ({priv(r)}) musa ukuyitshintsha.
'''


@t(DOCS, "markdown", "docs/sn/kupa-basa.md")
def note_shona(r):
    return f'''Mhoro! Zvinyorwa zvekupa basa:

Server itsva iri pa {ip(r)}. Pasiwedhi ye admin ndeye {npw(r, "shona")} – ndapota ichinjei kana mapinda kekutanga.
Kiyi ye Paynow API: {K("paynow_integration_key", G.uuid4(r))}
Kana paine dambudziko, tumirai email ku {em(r)}.
Network yemukati ({priv(r)}) musaibata.
'''


@t(DOCS, "markdown", "docs/wo/joxe-liggeey.md")
def note_wolof(r):
    return f'''## Lu ñuy jox ki ñëw

Serwëer bu bees bi nekk na ci {ip(r)}.
Baatu jàll bu admin bi: {npw(r, "wolof")}
Caabi API bu Wave: {K("wave_api_key", "wave_sn_prod_" + G.rs(r, 40, G.ALNUM + "_-"))}
Su am jafe-jafe, bindal ci {em(r)}. Bul jëfandikoo {remail(r)}, ci test la.
'''


@t(DOCS, "markdown", "docs/ceb/handover.md")
def note_cebuano(r):
    return f'''# Mga nota sa handover

Ang bag-ong server naa sa {ip(r)}; ang daan ({priv(r)}) atong patyon sa Biyernes.
Password sa root: {npw(r, "cebuano")} — palihug usba dayon human sa una nimong login.
Ang yawe sa PayMongo API kay {K("paymongo_secret", "sk_live_" + G.rs(r, 24))}, ayaw ipakita sa uban.
Kung naay problema, email lang ko sa {em(r)}.
'''


@t(DOCS, "markdown", "docs/su/serah-tarima.md")
def note_sundanese(r):
    return f'''## Catetan serah tarima

Server anyar aya di {ip(r)}. Sandi admin nyaéta {npw(r, "sundanese")}, punten gentos saatos login munggaran.
Konci API Xendit: {K("xendit_secret", "xnd_production_" + G.rs(r, 50, G.ALNUM))}
Upami aya masalah, kintunkeun email ka {em(r)}.
Jaringan internal ({priv(r)}) ulah dirobih.
'''


@t(DOCS, "markdown", "docs/bo/lag-sprod.md")
def note_tibetan(r):
    return f'''# ལག་སྤྲོད་ཟིན་ཐོ།

ཞབས་ཞུ་འཕྲུལ་ཆས་གསར་པ་ནི་ {ip(r)} ལ་ཡོད།
དོ་དམ་པའི་གསང་ཚིག་ནི། {npw(r, "tibetan")}
API ལྡེ་མིག་ {K("deepl_api_key", G.uuid4(r) + ":fx")} སུ་ལའང་མ་སྟེར།
དཀའ་ངལ་ཡོད་ན་ {em(r)} ལ་གློག་འཕྲིན་གཏོང་རོགས།
'''


@t(DOCS, "markdown", "docs/ug/tapshurush.md")
def note_uyghur(r):
    return f'''# تاپشۇرۇپ بېرىش خاتىرىسى

يېڭى مۇلازىمېتىر: {ip(r)}
باشقۇرغۇچى پارولى: {npw(r, "uyghur")}
Groq API ئاچقۇچى: {K("groq", G.k_groq(r))}
مەسىلە بولسا {em(r)} غا خەت يېزىڭ.
ئىچكى تور ({priv(r)}) نى ئۆزگەرتمەڭ.
'''


@t(DOCS, "markdown", "docs/yi/iberg.md")
def note_yiddish(r):
    return f'''# איבערגאַב־נאָטיצן

דער נײַער סערווער איז אויף {ip(r)}.
דאָס פּאַראָל פֿאַרן אַדמין: {npw(r, "yiddish")}
דער API־שליסל פֿון Postmark איז {K("postmark_server_token", G.k_postmark(r))}, גיט אים נישט ווײַטער.
פֿראַגעס? שרײַבט צו {em(r)}.
'''


@t(DOCS, "markdown", "docs/ht/remèt.md")
def note_haitian(r):
    return f'''## Nòt pou remèt travay la

Nouvo sèvè a sou {ip(r)}, ansyen an ({priv(r)}) ap fèmen vandredi.
Modpas admin lan se {npw(r, "haitian")} — tanpri chanje l apre premye koneksyon w.
Kle API MonCash la: {K("moncash_secret", G.rs(r, 64, G.ALNUM + "-_"))}
Si gen pwoblèm, voye yon imel bay {em(r)} (pa {remail(r)}, se yon adrès tès).
'''


@t(DOCS, "markdown", "docs/st/phetisetso.md")
def note_sesotho(r):
    return f'''# Dintlha tsa phetisetso

Seva e ncha e ho {ip(r)}. Phasewete ya admin ke {npw(r, "sesotho")}; ka kopo e fetole kamora ho kena lekgetlo la pele.
Senotlolo sa API sa Mpesa: {K("mpesa_consumer_secret", G.rs(r, 64))}
Ha ho na le bothata, romella imeile ho {em(r)}.
'''


@t(DOCS, "markdown", "docs/tn/phetiso.md")
def note_tswana(r):
    return f'''## Dintlha tsa go neelana

Seva e ntšha e mo go {ip(r)}.
Lefoko la sephiri la admin: {npw(r, "tswana")}
Selotlolo sa API sa Orange Money ({K("orange_money_client_secret", G.rs(r, 40))}) se seka sa abelwa ope.
Fa go na le bothata, kwalela {em(r)}.
Neteweke ya ka fa gare ({priv(r)}) o se e fetole.
'''


@t(DOCS, "markdown", "docs/ny/kupereka.md")
def note_chichewa(r):
    return f'''# Zolemba zopereka ntchito

Seva yatsopano ili pa {ip(r)}.
Mawu achinsinsi a admin ndi {npw(r, "chichewa")}. Chonde asintheni mukangolowa koyamba.
Kiyi ya Airtel Money API: {K("airtel_money_client_secret", G.uuid4(r))}
Ngati pali vuto, tumizani imelo ku {em(r)}.
'''


@t(DOCS, "markdown", "docs/om/dabarsa.md")
def note_oromo(r):
    return f'''## Yaadannoo dabarsaa

Sarvarri haaraan {ip(r)} irra jira; kan durii ({priv(r)}) Jimaata ni cufama.
Jecha icciitii admin: {npw(r, "oromo")}
Furtuu API Chapa: {K("chapa_secret", "CHASECK-" + G.rs(r, 32))}
Rakkoon yoo jiraate, gara {em(r)} tti ergaa barreessaa.
'''


@t(DOCS, "markdown", "docs/ln/kopesa.md")
def note_lingala(r):
    return f'''# Makomi ya kopesa mosala

Serveur ya sika ezali na {ip(r)}.
Liloba ya sekele ya admin: {npw(r, "lingala")} — bóbongola yango nsima ya kokota mbala ya liboso.
Fungola ya API ya Flutterwave: {K("flutterwave_secret", G.k_flutterwave(r))}
Soki likambo ezali, tinda mail epai ya {em(r)}.
'''


@t(DOCS, "markdown", "docs/sd/hawalgi.md")
def note_sindhi(r):
    return f'''# حوالگي جا نوٽس

نئون سرور {ip(r)} تي آهي.
ايڊمن جو پاسورڊ: {npw(r, "sindhi")}
JazzCash API ڪنجي: {K("jazzcash_integrity_salt", G.rs(r, 10, G.ALNUM))}
ڪو مسئلو هجي ته {em(r)} تي اي ميل ڪريو.
'''


@t(DOCS, "markdown", "docs/ba/tapshyryu.md")
def note_bashkir(r):
    return f'''# Тапшырыу яҙмалары

Яңы сервер: {ip(r)} (иҫкеһе {priv(r)}, йома көнө һүндерәбеҙ).
Админ пароле — {npw(r, "bashkir")}; беренсе инеүҙән һуң алмаштырығыҙ.
Yandex Cloud асҡысы: {K("yandex_iam_token", G.k_yandex_iam(r))}
Һорауҙар булһа, {em(r)} адресына яҙығыҙ.
'''


@t(DOCS, "markdown", "docs/tpi/givim.md")
def note_tok_pisin(r):
    return f'''## Ol toktok bilong givim wok

Nupela server i stap long {ip(r)}. Paswot bilong admin em {npw(r, "tokpisin")}, plis senisim taim yu go insait pastaim.
Ki bilong Digicel API: {K("digicel_api_key", G.rs(r, 32, G.HEX))}
Sapos i gat hevi, salim imel i go long {em(r)}.
No ken senisim insait netwok ({priv(r)}).
'''


@t(DOCS, "markdown", "docs/kw/dasweres.md")
def note_cornish(r):
    return f'''# Notennow dasweres

Yma an servyer nowydh orth {ip(r)}.
Ger-tremena an menystrer: {npw(r, "cornish")}
Alhwedh API Stripe: {K("stripe_secret", G.k_stripe_secret(r))}
Mar pes kudyn, danvonewgh ebost dhe {em(r)}.
'''


@t(DOCS, "markdown", "docs/co/passagiu.md")
def note_corsican(r):
    return f'''## Note di passagiu

U servore novu hè à {ip(r)}; u vechju ({priv(r)}) si spegne venneri.
A parolla d'accessu di l'amministratore hè {npw(r, "corsican")}, cambiatela subitu.
A chjave API di Scaleway: {K("scaleway_secret_key", G.uuid4(r))} (access key {K("scaleway_access_key", "SCW" + G.rs(r, 17, G.UP + G.DIG))}).
Per ogni prublema, scrivite à {em(r)}.
'''


@t(DOCS, "markdown", "docs/ast/entrega.md")
def note_asturian(r):
    return f'''# Notes d'entrega

El sirvidor nuevu ta en {ip(r)}.
La contraseña d'alministrador ye {npw(r, "asturian")}; camúdala tres el primer aniciu de sesión.
Clave de l'API de Holded: {K("holded_api_key", G.k_hex32(r))}
Si hai problemes, unvia un corréu a {em(r)} y non a {remail(r)}.
'''


# ===================================================================== chat, tickets, mail
@t(CHAT, "json", "exports/discord/channel.json")
def discord_export(r):
    import json as _j
    a = G.pw(r, "json")
    return f'''{{
  "guild": {{"name": "Parsec Labs"}},
  "channel": {{"name": "infra"}},
  "messages": [
    {{"id": "{r.randrange(10**17, 10**18)}", "author": {{"name": "tendai"}}, "content": "new bot token for the status bot: {K("discord_bot_token", G.k_discord_bot(r))}"}},
    {{"id": "{r.randrange(10**17, 10**18)}", "author": {{"name": "morag"}}, "content": "thx. db box is {ip(r)}, user grafana / {P("password", a)}"}},
    {{"id": "{r.randrange(10**17, 10**18)}", "author": {{"name": "tendai"}}, "content": "ping {em(r)} if it breaks"}}
  ]
}}
'''


@t(CHAT, "json", "exports/teams/messages.json")
def teams_export(r):
    return f'''[
  {{"createdDateTime": "{_ts(r)}Z", "from": {{"user": {{"displayName": "Sipho Ndlovu"}}}}, "body": {{"contentType": "html", "content": "<p>The SFTP for the auditors is {ip(r)}, login audit2025 / {pw(r, "json")}</p>"}}}},
  {{"createdDateTime": "{_ts(r)}Z", "from": {{"user": {{"displayName": "Liya Tesfaye"}}}}, "body": {{"contentType": "html", "content": "<p>Got it. Their contact is {em(r)}</p>"}}}}
]
'''


@t(CHAT, "text", "exports/zulip/stream-ops.txt")
def zulip_export(r):
    return f'''#ops > database move
**Dorji Wangchuk** (09:12): replica is up on {ip(r)} (v6: {ip6(r)})
**Dorji Wangchuk** (09:13): replication user `repl` / `{pw(r, "sq")}`
**Pema Tsering** (09:20): and the Neon API key for the preview branches? 
**Dorji Wangchuk** (09:21): `{K("neon_api_key", G.k_neon(r))}` — rotate after the migration
**Pema Tsering** (09:22): cc {em(r)}
'''


@t(CHAT, "json", "exports/telegram/result.json")
def telegram_export(r):
    return f'''{{
 "name": "Shop admins",
 "type": "private_group",
 "messages": [
  {{"id": {r.randrange(1000, 9999)}, "type": "message", "from": "Aminata", "text": "WooCommerce consumer secret: {K("woocommerce_consumer_secret", "cs_" + G.hexs(r, 40))}"}},
  {{"id": {r.randrange(1000, 9999)}, "type": "message", "from": "Moussa", "text": "cpanel login is {em(r)} pass {pw(r, "json")}"}},
  {{"id": {r.randrange(1000, 9999)}, "type": "message", "from": "Aminata", "text": "server IP {ip(r)}"}}
 ]
}}
'''


@t(CHAT, "text", "tickets/redmine-4411.txt")
def redmine_ticket(r):
    return f'''Bug #{r.randrange(1000, 9999)}: Nightly GTFS import fails
Author: {em(r)}
Status: New   Priority: High

The importer cannot reach the feed server at {ip(r)} any more. Log excerpt:

    requests.exceptions.HTTPError: 401 Client Error for url: https://{ip(r)}/gtfs.zip?apikey={K("transit_feed_key", G.rs(r, 32))}

The FTP fallback still works with user `gtfs` and password `{pw(r, "sq")}`.
'''


@t(CHAT, "text", "tickets/glpi-export.csv")
def glpi_csv(r):
    rows = ["ID;Title;Requester;Description"]
    for i in range(3):
        rows.append(f'{r.randrange(10000, 99999)};VPN access;{em(r)};"New starter needs VPN. Temporary password {pw(r, "ini")}, gateway {ip(r)}"')
    return "\n".join(rows) + "\n"


@t(CHAT, "email", "mail/forwarded.eml")
def eml_vendor(r):
    return f'''Return-Path: <{em(r)}>
Received: from mail-ej1-f41.google.com ({ip(r)}) by mx.{G.company_domain(r)}
Message-ID: {X("message_id", G.msg_id(r))}
From: Kofi Mensah <{em(r)}>
To: {em(r)}
Subject: Fwd: Your Paddle API credentials

---------- Forwarded message ---------
Your live API key is: {K("paddle_api_key", G.k_paddle(r))}
Webhook secret: {K("paddle_webhook_secret", "pdl_ntfset_" + G.rs(r, 26, G.LOW + G.DIG) + "_" + G.rs(r, 32))}
'''


@t(CHAT, "text", "mail/list-archive.txt")
def mbox_list(r):
    return f'''From {em(r)}  Tue Mar 11 10:21:07 2025
From: Joel Halvorsen <{em(r)}>
Subject: Re: [astro-users] Telescope control server down?

> Is the INDI server at {ip(r)} down for everyone?

Yes -- I restarted it. The web client password is still "{pw(r, "sq")}".
For the Astrometry.net API use the shared key {K("astrometry_net_key", G.rs(r, 16, G.LOW))}.
Test reports go to {remail(r)}.
'''


# ===================================================================== SQL / CSV
@t(SQL, "sql", "db/oracle_users.sql")
def oracle_users(r):
    return f'''-- provisioning for the reporting schema
CREATE USER rpt_reader IDENTIFIED BY "{pw(r, "sq")}"
  DEFAULT TABLESPACE users QUOTA 100M ON users;
GRANT CREATE SESSION TO rpt_reader;
CREATE DATABASE LINK dwh CONNECT TO etl IDENTIFIED BY "{pw(r, "sq")}" USING '{ip(r)}:1521/DWH';
INSERT INTO app_settings (k, v) VALUES ('alert_email', '{em(r)}');
'''


@t(SQL, "sql", "db/snowflake_setup.sql")
def snowflake_users(r):
    return f'''USE ROLE SECURITYADMIN;
CREATE USER looker PASSWORD = '{pw(r, "sq")}' DEFAULT_ROLE = REPORTER MUST_CHANGE_PASSWORD = FALSE;
ALTER USER svc_dbt SET RSA_PUBLIC_KEY = '{X("rsa_public_key_b64", "MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA" + G.b64(r, 48))}';
CREATE NETWORK POLICY office ALLOWED_IP_LIST = ('{ip(r)}/32', '{ip(r)}/32');
ALTER USER looker SET EMAIL = '{em(r)}';
'''


@t(SQL, "cypher", "db/seed.cypher")
def neo4j_cypher(r):
    return f''':param apiKey => '{K("openai", G.k_openai_proj(r))}';
CALL dbms.security.createUser('reader', '{pw(r, "sq")}', false);
CREATE (:Server {{name: 'ingest', ip: '{ip(r)}'}}),
       (:Server {{name: 'cache', ip: '{priv(r)}'}}),
       (:Person {{name: 'Efua Owusu', email: '{em(r)}'}});
'''


@t(SQL, "csv", "exports/members.csv")
def members_csv(r):
    rows = ["member_id,full_name,email,last_login_ip,password_hash,api_token"]
    for i in range(4):
        f, l = G.person(r)
        rows.append(f"{r.randrange(1000, 9999)},{f.title()} {l.title()},{E(G.work_email(r) if i % 2 else G.email(r))},{ip(r)},{X('bcrypt', G.bcrypt_hash(r))},{K('member_api_token', G.rs(r, 40))}")
    return "\n".join(rows) + "\n"


# ===================================================================== notebooks
def _nb(cells):
    import json as _j
    out = []
    for kind, src in cells:
        out.append({"cell_type": kind, "metadata": {}, "source": src} | ({"outputs": [], "execution_count": None} if kind == "code" else {}))
    return _j.dumps({"cells": out, "metadata": {"kernelspec": {"name": "python3", "display_name": "Python 3"}}, "nbformat": 4, "nbformat_minor": 5}, ensure_ascii=False, indent=1) + "\n"


@t(NB, "rmarkdown", "analysis/soil_samples.Rmd")
def rmarkdown_nb(r):
    return f'''---
title: "Soil samples 2025"
author: "{G.pick(r, G.FIRST).title()}"
---

```{{r setup}}
library(DBI)
con <- dbConnect(RPostgres::Postgres(), host = "{ip(r)}", user = "agro",
                 password = "{pw(r, "sq")}", dbname = "field")
Sys.setenv(EARTHDATA_TOKEN = "{K("earthdata_token", G.k_jwt(r))}")
```

Questions: {em(r)}
'''


@t(NB, "quarto", "reports/telescope_time.qmd")
def quarto_nb(r):
    return f'''---
title: "Telescope time allocation"
format: html
---

```{{python}}
from astroquery.esa.hubble import ESAHubble
import requests
TOKEN = "{K("astro_archive_token", G.rs(r, 40))}"
ARCHIVE = "https://{ip(r)}/tap"
r = requests.get(ARCHIVE, auth=("observer", "{pw(r, "sq")}"))
```

Send the final table to {em(r)}.
'''


@t(NB, "julia", "notebooks/spectra.jl")
def pluto_nb(r):
    return f'''### A Pluto.jl notebook ###
# v{X("version", G.version3(r))}

using Markdown
using InteractiveUtils

# ╔═╡ {X("uuid_cell_id", G.uuid4(r))}
const LIMS_URL = "https://{ip(r)}/api"

# ╔═╡ {X("uuid_cell_id", G.uuid4(r))}
const LIMS_TOKEN = "{K("lims_api_token", G.rs(r, 48))}"

# ╔═╡ {X("uuid_cell_id", G.uuid4(r))}
md"Spectrometer owner: {em(r)}"
'''


@t(NB, "ipynb", "notebooks/ais_tracks.ipynb")
def jupyter_ais(r):
    return _nb([
        ("markdown", [f"# Vessel tracks\n", f"Data from the receiver at {ip(r)}\n"]),
        ("code", [f'MARINETRAFFIC_KEY = "{K("marinetraffic_key", G.hexs(r, 40))}"\n',
                  f'DB = "postgresql://ais:{pw(r, "url")}@{priv(r)}/ais"\n']),
        ("markdown", [f"Contact {em(r)} for receiver access."]),
    ])


# ===================================================================== HTTP clients
@t(HTTP, "bru", "bruno/payments/create-charge.bru")
def bruno_request(r):
    return f'''meta {{
  name: create charge
  type: http
  seq: 2
}}

post {{
  url: https://{ip(r)}/v1/charges
  body: json
  auth: bearer
}}

auth:bearer {{
  token: {K("paystack", G.k_paystack(r))}
}}

body:json {{
  {{ "email": "{em(r)}", "amount": 50000 }}
}}
'''


@t(HTTP, "json", "insomnia/export.json")
def insomnia_export(r):
    return f'''{{
  "_type": "export",
  "__export_format": 4,
  "resources": [
    {{"_id": "env_{G.hexs(r, 12)}", "_type": "environment", "name": "prod",
     "data": {{"base_url": "https://{ip(r)}", "api_key": "{K("smartsheet", G.k_smartsheet(r))}", "admin_user": "{em(r)}", "admin_password": "{pw(r, "json")}"}}}},
    {{"_id": "req_{G.hexs(r, 12)}", "_type": "request", "name": "List sheets", "url": "{{{{ base_url }}}}/2.0/sheets"}}
  ]
}}
'''


@t(HTTP, "javascript", "load/k6-checkout.js")
def k6_script(r):
    return f'''import http from 'k6/http';
import {{ check }} from 'k6';

const BASE = 'https://{ip(r)}';
const USER = '{em(r)}';
const PASS = '{pw(r, "sq")}';
const KEY = '{K("rapidapi", G.k_rapidapi(r))}';

export default function () {{
  const res = http.post(`${{BASE}}/login`, {{ user: USER, pass: PASS }}, {{ headers: {{ 'X-RapidAPI-Key': KEY }} }});
  check(res, {{ 'status 200': (r) => r.status === 200 }});
}}
'''


# ===================================================================== commits and review
@t(REVIEW, "diff", "patches/0001-add-sms-gateway.patch")
def format_patch_sms(r):
    return f'''From {G.git_sha(r)} Mon Sep 17 00:00:00 2001
From: Ifeoma Oyelaran <{em(r)}>
Date: Wed, 12 Mar 2025 14:03:11 +0100
Subject: [PATCH] add SMS gateway for appointment reminders

---
 clinic/settings.py | 3 +++
 1 file changed, 3 insertions(+)

diff --git a/clinic/settings.py b/clinic/settings.py
index {X("git_short_sha", G.git_sha(r, True))}..{X("git_short_sha", G.git_sha(r, True))} 100644
--- a/clinic/settings.py
+++ b/clinic/settings.py
@@ -40,3 +40,6 @@ TIME_ZONE = "Africa/Harare"
+AFRICASTALKING_USERNAME = "clinic"
+AFRICASTALKING_API_KEY = "{K("africastalking", "atsk_" + G.hexs(r, 64))}"
+SMS_GATEWAY_IP = "{ip(r)}"
'''


@t(REVIEW, "text", "review/gerrit-comments.txt")
def review_comments(r):
    return f'''Patch Set 3:

(2 comments)

File deploy/values-prod.yaml:

Line 18: smtpPassword: "{pw(r, "yaml")}"
> Please don't commit this -- move it to the sealed secret. Also the relay at {ip(r)} is being retired.

Line 31: sentryAuthToken: {K("sentry_user_token", G.k_sentry_user(r))}
> Same here. Ping {em(r)} to rotate it.
'''


# ===================================================================== unusual formats
@t(ODD, "authinfo", "home/.authinfo")
def emacs_authinfo(r):
    return f'''machine imap.gmail.com login {em(r)} password "{P("app_password", G.app_password_google(r))}" port 993
machine smtp.gmail.com login {em(r)} password "{P("app_password", G.app_password_google(r))}" port 587
machine api.github.com login ncube^forge password {K("github_pat", G.k_github_pat(r))}
machine {ip(r)} login root password {pw(r, "word")} port 22
'''


@t(ODD, "netrc", "home/.netrc")
def netrc(r):
    return f'''machine urs.earthdata.nasa.gov login {G.rs(r, 8, G.LOW)} password {pw(r, "word")}
machine {ip(r)} login ftpuser password {pw(r, "word")}
machine api.heroku.com
  login {em(r)}
  password {K("heroku_api_key", G.uuid4(r))}
'''


@t(ODD, "ini", "home/.npmrc")
def npmrc(r):
    return f'''registry=https://registry.npmjs.org/
//registry.npmjs.org/:_authToken={K("npm", G.k_npm(r))}
@tallyho:registry=https://{ip(r)}:4873/
//{ip(r)}:4873/:_auth={K("base64_user_password", G.basic_auth(r, "ci", G.pw(r, "word")))}
email={em(r)}
'''


@t(ODD, "xml", "home/.m2/settings.xml")
def maven_settings(r):
    return f'''<settings>
  <servers>
    <server>
      <id>central-portal</id>
      <username>{K("sonatype_portal_token_user", G.rs(r, 8, G.ALNUM))}</username>
      <password>{K("sonatype_portal_token", G.rs(r, 44, G.ALNUM + "+/"))}</password>
    </server>
    <server>
      <id>nexus-internal</id>
      <username>deployer</username>
      <password>{pw(r, "xml")}</password>
    </server>
  </servers>
  <mirrors>
    <mirror><id>nexus</id><url>https://{ip(r)}:8081/repository/maven-public/</url><mirrorOf>*</mirrorOf></mirror>
  </mirrors>
  <profiles><profile><id>gpg</id><properties><gpg.passphrase>{pw(r, "xml")}</gpg.passphrase></properties></profile></profiles>
</settings>
'''


@t(ODD, "xml", "filezilla/sitemanager.xml")
def filezilla_sites(r):
    pwd = G.pw(r, "word")
    return f'''<?xml version="1.0" encoding="UTF-8" standalone="yes" ?>
<FileZilla3 version="3.67.1" platform="windows">
  <Servers>
    <Server>
      <Host>{ip(r)}</Host>
      <Port>22</Port>
      <Protocol>1</Protocol>
      <User>webmaster</User>
      <Pass encoding="base64">{K("base64_password", G.base64.b64encode(pwd.encode()).decode())}</Pass>
      <Name>Shop live</Name>
    </Server>
    <Server>
      <Host>{priv(r)}</Host>
      <User>staging</User>
      <Pass>{pw(r, "xml")}</Pass>
    </Server>
  </Servers>
</FileZilla3>
'''


@t(ODD, "rdp", "remote/finance-pc.rdp")
def rdp_file(r):
    return f'''full address:s:{ip(r)}:3389
username:s:FIN\\{G.rs(r, 6, G.LOW)}
gatewayhostname:s:rdg.{G.company_domain(r)}
gatewaycredentialssource:i:0
password 51:b:{X("dpapi_blob_hex", G.hexs(r, 96).upper())}
screen mode id:i:2
# temp password for first logon (remove!): {pw(r, "word")}
'''


@t(ODD, "xml", "exports/keepassxc.xml")
def keepassxc_xml(r):
    langs = ["dhivehi", "chuvash", "tongan", "fijian", "sardinian"]
    entries = []
    for lang in r.sample(langs, 3):
        entries.append(f'''      <Entry>
        <String><Key>Title</Key><Value>{G.pick(r, ["Router", "NAS", "Payroll", "Webmail", "Printer"])}</Value></String>
        <String><Key>UserName</Key><Value>{em(r)}</Value></String>
        <String><Key>Password</Key><Value ProtectInMemory="True">{P("password_" + lang, G.pw(r, "xml", lang))}</Value></String>
        <String><Key>URL</Key><Value>https://{ip(r)}/</Value></String>
      </Entry>''')
    return f'''<?xml version="1.0" encoding="utf-8" standalone="yes"?>
<KeePassFile>
  <Root>
    <Group>
      <Name>Office</Name>
{chr(10).join(entries)}
    </Group>
  </Root>
</KeePassFile>
'''


@t(ODD, "json", "exports/bitwarden.json")
def bitwarden_json(r):
    return f'''{{
  "encrypted": false,
  "items": [
    {{"id": "{X("uuid_item_id", G.uuid4(r))}", "type": 1, "name": "Hetzner", "login": {{"username": "{em(r)}", "password": "{pw(r, "json")}", "totp": "{K("totp_seed", G.k_totp(r))}"}}}},
    {{"id": "{X("uuid_item_id", G.uuid4(r))}", "type": 2, "name": "Hetzner API", "notes": "{K("hetzner_cloud", G.k_hetzner(r))}"}}
  ]
}}
'''


@t(ODD, "yaml", "k8s/sealed-secret.yaml")
def sealed_secret(r):
    return f'''apiVersion: bitnami.com/v1alpha1
kind: SealedSecret
metadata:
  name: app-db
spec:
  encryptedData:
    DB_PASSWORD: {X("sealed_secret_ciphertext", "Ag" + G.b64(r, 120))}
  template:
    data:
      # plain value left by mistake during debugging
      DB_PASSWORD_PLAIN: "{pw(r, "yaml")}"
      DB_HOST: "{ip(r)}"
'''


@t(ODD, "xml", "netboot/autounattend.xml")
def autounattend(r):
    return f'''<?xml version="1.0" encoding="utf-8"?>
<unattend xmlns="urn:schemas-microsoft-com:unattend">
  <settings pass="oobeSystem">
    <component name="Microsoft-Windows-Shell-Setup">
      <UserAccounts>
        <AdministratorPassword><Value>{pw(r, "xml")}</Value><PlainText>true</PlainText></AdministratorPassword>
      </UserAccounts>
      <AutoLogon><Username>kiosk</Username><Password><Value>{pw(r, "xml")}</Value><PlainText>true</PlainText></Password></AutoLogon>
      <RegisteredOwner>{em(r)}</RegisteredOwner>
    </component>
  </settings>
  <!-- domain join via {ip(r)} -->
</unattend>
'''


# ===================================================================== mobile / IDE
@t(MOBILE, "xcconfig", "ios/Config/Release.xcconfig")
def xcconfig(r):
    return f'''// Release.xcconfig
API_HOST = {ip(r)}
REVENUECAT_PUBLIC_KEY = {X("revenuecat_public_key", "appl_" + G.rs(r, 27))}
ONESIGNAL_APP_ID = {X("uuid_app_id", G.uuid4(r))}
AGORA_APP_CERTIFICATE = {K("agora_app_certificate", G.k_agora_cert(r))}
SUPPORT_EMAIL = {em(r)}
'''


@t(MOBILE, "properties", "android/gradle.properties")
def android_gradle_props(r):
    return f'''org.gradle.jvmargs=-Xmx4g
RELEASE_STORE_FILE=release.keystore
RELEASE_STORE_PASSWORD={pw(r, "ini")}
RELEASE_KEY_ALIAS=upload
RELEASE_KEY_PASSWORD={pw(r, "ini")}
MAPS_API_KEY={K("google_api_key", G.k_gcp_key(r))}
STREAM_CHAT_SECRET={K("stream_chat_secret", G.k_stream_secret(r))}
DEBUG_BACKEND={priv(r)}
GOOGLE_WEB_CLIENT_ID={X("google_oauth_client_id", G.google_client_id(r))}
'''


@t(MOBILE, "json", ".vscode/sftp.json")
def vscode_sftp(r):
    return f'''{{
    "name": "Live theme",
    "host": "{ip(r)}",
    "protocol": "sftp",
    "port": 22,
    "username": "theme",
    "password": "{pw(r, "json")}",
    "remotePath": "/var/www/shop/wp-content/themes/child",
    "uploadOnSave": true
}}
'''


# ===================================================================== prose
@t(DOCS, "markdown", "docs/discourse-post.md")
def discourse_post(r):
    return f'''**Re: OCPP charger keeps dropping off the backend**

I had the same issue with our Wallbox units. In the end it was the Basic Auth key: the charger sends
`AuthorizationKey` as the password, and ours had been set to `{P("ocpp_authorization_key", G.hexs(r, 40))}` on the charger
but something else on the CSMS. Once both matched it stayed online. Our CSMS is at {ip(r)} (port 9000) if anyone from
the co-op wants to compare -- drop me a line at {em(r)}.

Charger firmware {X("version", G.version3(r))}, local controller {priv(r)}. (The OCPP spec examples use {docip(r)}, which of course never answers.)
'''


@t(DOCS, "markdown", "docs/runbook-radio.md")
def runbook_radio(r):
    return f'''# Runbook: APRS iGate and SDR receiver

1. The iGate logs in to the APRS-IS tier-2 server at {ip(r)} with passcode `{P("aprs_passcode", str(r.randrange(10000, 32767)))}`.
2. The web SDR dashboard is protected by HTTP basic auth: `operator` / `{pw(r, "sq")}`.
3. The QRZ XML subscription key is `{K("qrz_api_key", G.hexs(r, 4).upper() + "-" + G.hexs(r, 4).upper() + "-" + G.hexs(r, 4).upper() + "-" + G.hexs(r, 4).upper())}`.
4. Station locator {X("maidenhead_locator", G.maidenhead(r))}; the receiver itself is on {priv(r)} (over Tailscale: {X("cgnat_ip", G.cgnat_ip(r))}).

Questions: {em(r)}.
'''


@t(DOCS, "markdown", "docs/postmortem-2025-03.md")
def postmortem(r):
    return f'''# Postmortem: leaked Airtable token (2025-03-14)

**Summary.** A personal access token (`{K("airtable_pat", G.k_airtable(r))}`) was pasted into a public gist by
{em(r)} while debugging the sync job. It was used from {ip(r)} and {ip(r)} within 40 minutes.

**Impact.** Read access to the `Inventory` base. (The runbook's example address {docip(r)} was not involved.) No writes observed (request ids such as
`{X("uuid_request_id", G.uuid4(r))}` were all GETs).

**Remediation.** Token revoked; the sync job now reads it from Vault. The internal runner ({priv(r)}) was rebuilt.
'''


# ===================================================================== carrier snippets
def _carrier_key(r):
    k = r.randrange(8)
    if k == 0:
        return K("nasa_api", G.k_nasa(r))
    if k == 1:
        return K("spotify_client_secret", G.k_spotify_secret(r))
    if k == 2:
        return K("discogs_token", G.k_discogs(r))
    if k == 3:
        return K("geoapify", G.k_geoapify(r))
    if k == 4:
        return K("zotero_api_key", G.k_zotero(r))
    if k == 5:
        return K("solaredge_api_key", G.k_solaredge(r))
    if k == 6:
        return K("arcgis_api_key", G.k_arcgis(r))
    return K("acoustid_api_key", G.k_acoustid(r))


def carrier_snippet(r, lang, path):
    if lang == "python":
        return f'''

if False:  # local smoke test, never runs in CI
    SMOKE = dict(
        host="{ip(r)}",
        user="{em(r)}",
        password="{pw(r, "sq")}",
        api_key="{_carrier_key(r)}",
    )
'''
    if lang == "markdown":
        return f'''
<!-- local test setup: mirror {ip(r)}, account {em(r)} / {pw(r, "sq")}, key {_carrier_key(r)} -->
'''
    if lang == "rst":
        return f'''

.. note::

   For the shared test box use ``{ip(r)}`` with the account ``{em(r)}`` and the
   password ``{pw(r, "sq")}``; the API key there is ``{_carrier_key(r)}``.
'''
    if lang == "toml":
        return f'''
[tool.smoke-local]
host = "{ip(r)}"
user = "{em(r)}"
password = "{pw(r, "sq")}"
api-key = "{_carrier_key(r)}"
'''
    if lang == "yaml":
        return f'''
local-env:
  host: "{ip(r)}"
  user: "{em(r)}"
  password: "{pw(r, "sq")}"
  api_key: "{_carrier_key(r)}"
'''
    if lang == "xml":
        return f'''<!-- test upload: sftp://{ip(r)} as {em(r)}, password {pw(r, "word")}, key {_carrier_key(r)} -->
'''
    if lang == "gff3":
        return f'''# uploaded by {em(r)} to {ip(r)} (sftp password {pw(r, "word")}; annotation API key {_carrier_key(r)})
'''
    f, l = G.person(r)
    return f'''{f.title()} {l.title()} <{em(r)}>
'''
