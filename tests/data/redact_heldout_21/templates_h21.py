"""Templates for held-out set 21 (written from scratch for this set; stdlib only)."""
import json

from gen_h21 import (email, role_email, reserved_email, ip, private_ip, netmask, version, uuid_look, git_sha,
                     md5, sha256_fp, placeholder, pw, key, look, m, rs, HEX, WORDS, FIRST, LAST, COMPANIES)

TEMPLATES = []


def t(name, group, lang, path):
    def deco(fn):
        TEMPLATES.append((name, group, lang, path, fn))
        return fn
    return deco


def J(obj):
    return json.dumps(obj, ensure_ascii=False, indent=2) + "\n"


# ============================================================ code / config assignment
@t("nemerle_config", "code / config assignment", "nemerle", "src/Settings.n")
def _(r):
    return f"""using System;

module Settings
{{
  public SmtpHost : string = "{ip(r)}";
  public SmtpUser : string = "{email(r)}";
  public SmtpPass : string = "{pw(r, 'q')}";
  public LocalizationToken : string = "{key(r, 'lokalise')}";
  public Fallback : string = "{private_ip(r)}";
  public Build : string = "{version(r)}";
}}
"""


@t("boo_script", "code / config assignment", "boo", "tools/deploy.boo")
def _(r):
    return f"""import System.Net

# Boo deploy helper
host = "{ip(r)}"
operator = "{email(r)}"
password = "{pw(r, 'q')}"
crowdin_token = "{key(r, 'crowdin')}"
test_inbox = "{reserved_email(r)}"
print "deploying to ${{host}} as ${{operator}}"
"""


@t("clarion_ini", "code / config assignment", "clarion", "app/CONNECT.CLW")
def _(r):
    return f"""  PROGRAM
  MAP
  END
DbServer    CSTRING('{ip(r)}')
DbLogin     CSTRING('sa_reports')
DbPassword  CSTRING('{pw(r, 'q')}')
NotifyTo    CSTRING('{email(r)}')
BackupHost  CSTRING('{private_ip(r)}')
  CODE
  MESSAGE('Connecting to ' & DbServer)
"""


@t("pike_module", "code / config assignment", "pike", "modules/Notify.pmod")
def _(r):
    return f"""// Pike notification module
constant relay = "{ip(r)}";
constant sender = "{email(r)}";
constant relay_password = "{pw(r, 'q')}";
constant novu_api_key = "{key(r, 'novu')}";
constant lan_gateway = "{private_ip(r)}";

int main() {{
  write("relay %s\\n", relay);
  return 0;
}}
"""


@t("dylan_module", "code / config assignment", "dylan", "sources/config.dylan")
def _(r):
    return f"""Module: config

define constant $mirror-host = "{ip(r)}";
define constant $mirror-user = "{email(r)}";
define constant $mirror-password = "{pw(r, 'q')}";
define constant $xata-api-key = "{key(r, 'xata')}";
define constant $library-version = "{version(r)}";
"""


@t("oberon_module", "code / config assignment", "oberon", "Src/Telemetry.Mod")
def _(r):
    return f"""MODULE Telemetry;
  CONST
    Collector = "{ip(r)}";
    Backup = "{ip(r)}";
    Operator = "{email(r)}";
    Passwd = "{pw(r, 'q')}";
    Local = "{private_ip(r)}";
END Telemetry.
"""


@t("kcl_config", "code / config assignment", "kcl", "config/main.k")
def _(r):
    return f"""schema Db:
    host: str
    password: str

db = Db {{
    host = "{ip(r)}"
    password = "{pw(r, 'q')}"
}}
maintainer = "{email(r)}"
fauna_secret = "{key(r, 'fauna')}"
internal_dns = "{private_ip(r)}"
"""


@t("buck2_targets", "code / config assignment", "starlark", "deploy/BUCK")
def _(r):
    return f"""genrule(
    name = "push_assets",
    out = "push.log",
    cmd = "upload --host {ip(r)} --user {email(r)} --password {pw(r, 'sh')} > $OUT",
)

export_file(
    name = "readme",
    src = "README.md",
    labels = ["owner:{reserved_email(r)}"],
)
"""


@t("tiltfile", "code / config assignment", "starlark", "Tiltfile")
def _(r):
    return f"""# Tiltfile
local_resource(
    'seed-db',
    cmd='./seed.sh',
    env={{
        'DB_HOST': '{ip(r)}',
        'DB_PASSWORD': '{pw(r, 'q')}',
        'CHECKLY_API_KEY': '{key(r, 'checkly')}',
        'ADMIN_EMAIL': '{email(r)}',
        'CACHE_HOST': '{private_ip(r)}',
    }},
)
k8s_yaml('k8s/app.yaml')
"""


@t("tanka_main", "code / config assignment", "jsonnet", "environments/prod/main.jsonnet")
def _(r):
    return f"""local k = import 'k.libsonnet';
{{
  _config+:: {{
    ingestHost: '{ip(r)}',
    adminEmail: '{email(r)}',
    tinybirdToken: '{key(r, 'tinybird')}',
    dbPassword: '{pw(r, 'q')}',
    clusterDns: '{private_ip(r)}',
    releaseId: '{uuid_look(r, 'release_id')}',
  }},
}}
"""


# ============================================================ CI / IaC
@t("pants_toml", "CI / IaC", "toml", "pants.toml")
def _(r):
    return f"""[GLOBAL]
pants_version = "{version(r)}"

[python-repos]
indexes = ["https://ci:{pw(r, 'url')}@{ip(r)}/simple/"]

[publish]
contact = "{email(r)}"
"""


@t("kapp_config", "CI / IaC", "yaml", "deploy/kapp-secrets.yml")
def _(r):
    return f"""apiVersion: v1
kind: Secret
metadata:
  name: app-credentials
  annotations:
    kapp.k14s.io/change-group: "secrets"
    owner: {email(r)}
stringData:
  DATABASE_HOST: "{ip(r)}"
  DATABASE_PASSWORD: "{pw(r, 'q')}"
  LEMLIST_API_KEY: "{key(r, 'lemlist')}"
  INTERNAL_PROXY: "{private_ip(r)}"
"""


@t("ytt_values", "CI / IaC", "yaml", "config/values.yml")
def _(r):
    return f"""#@data/values
---
smtp:
  host: {ip(r)}
  user: {email(r)}
  password: {pw(r, 'yaml')}
diffbot_token: {key(r, 'diffbot')}
fallback_resolver: {private_ip(r)}
"""


@t("cdk8s_main_ts", "CI / IaC", "typescript", "main.ts")
def _(r):
    return f"""import {{ App, Chart }} from 'cdk8s';
import {{ KubeSecret }} from './imports/k8s';

class Creds extends Chart {{
  constructor(scope: App) {{
    super(scope, 'creds');
    new KubeSecret(this, 'api', {{
      stringData: {{
        BASETEN_API_KEY: '{key(r, 'baseten')}',
        REDIS_PASSWORD: '{pw(r, 'q')}',
        UPSTREAM: '{ip(r)}',
        ONCALL: '{email(r)}',
      }},
    }});
  }}
}}
new Creds(new App()).synth();
"""


@t("argocd_repo_secret", "CI / IaC", "yaml", "argocd/repo-secret.yaml")
def _(r):
    return f"""apiVersion: v1
kind: Secret
metadata:
  name: private-repo
  namespace: argocd
  labels:
    argocd.argoproj.io/secret-type: repository
stringData:
  type: git
  url: https://{ip(r)}/platform/manifests.git
  username: {email(r)}
  password: {pw(r, 'yaml')}
  proxy: http://{private_ip(r)}:3128
"""


@t("dokploy_env", "CI / IaC", "dotenv", "dokploy/.env.production")
def _(r):
    return f"""# Dokploy environment
POSTGRES_HOST={ip(r)}
POSTGRES_PASSWORD={pw(r, 'ini')}
MAILERLITE_API_KEY={key(r, 'mailerlite')}
SUPPORT_EMAIL={email(r)}
INTERNAL_API={private_ip(r)}
APP_VERSION={version(r)}
"""


@t("northflank_json", "CI / IaC", "json", "northflank/secret-group.json")
def _(r):
    body = {
        "name": "prod-secrets",
        "secretType": "environment",
        "secrets": {"variables": {
            "AMQP_URL": f"amqp://svc:{pw(r, 'url')}@{ip(r)}:5672/",
            "ANYSCALE_API_KEY": key(r, "anyscale"),
            "ALERT_EMAIL": email(r),
            "SERVICE_ID": uuid_look(r, "service_id"),
        }},
    }
    return J(body)


@t("railway_toml", "CI / IaC", "toml", "railway.toml")
def _(r):
    return f"""[build]
builder = "nixpacks"

[deploy]
startCommand = "python worker.py --broker {ip(r)} --password {pw(r, 'sh')}"
healthcheckPath = "/health"

[variables]
OWNER = "{email(r)}"
WEBLATE_TOKEN = "{key(r, 'weblate')}"
"""


# ============================================================ data / observability config
@t("cratedb_sql", "data / observability config", "sql", "db/init_cratedb.sql")
def _(r):
    return f"""CREATE USER ingest WITH (password = '{pw(r, 'q')}');
GRANT DQL, DML ON SCHEMA sensors TO ingest;
CREATE REPOSITORY backups TYPE s3 WITH (
  endpoint = '{ip(r)}:9000',
  access_key = '{key(r, 'aws_id')}',
  secret_key = '{key(r, 'aws_secret')}'
);
-- contact: {email(r)}
"""


@t("janusgraph_properties", "data / observability config", "properties", "conf/janusgraph-cql.properties")
def _(r):
    return f"""gremlin.graph=org.janusgraph.core.JanusGraphFactory
storage.backend=cql
storage.hostname={ip(r)},{ip(r)}
storage.username=janus
storage.password={pw(r, 'ini')}
index.search.hostname={private_ip(r)}
# owner {email(r)}
"""


@t("dgraph_yaml", "data / observability config", "yaml", "dgraph/alpha.yml")
def _(r):
    return f"""my: {ip(r)}:7080
zero: {private_ip(r)}:5080
security: whitelist={private_ip(r)}/8; token={key(r, 'hex40')}
acl: secret-file=/run/secrets/hmac;
admin_email: {email(r)}
"""


@t("aerospike_conf", "data / observability config", "conf", "etc/aerospike/aerospike.conf")
def _(r):
    return f"""network {{
    service {{
        address any
        access-address {ip(r)}
        port 3000
    }}
    heartbeat {{
        mode mesh
        mesh-seed-address-port {ip(r)} 3002
        mesh-seed-address-port {private_ip(r)} 3002
    }}
}}
# xdr dc credentials: user xdr-ship password {pw(r, 'sh')}
# owner {email(r)}
"""


@t("keydb_conf", "data / observability config", "conf", "etc/keydb/keydb.conf")
def _(r):
    return f"""bind {look("loopback_ip", "127.0.0.1")} {ip(r)}
port 6379
requirepass {pw(r, 'sh')}
masterauth {pw(r, 'sh')}
replicaof {ip(r)} 6379
active-replica yes
"""


@t("rocketmq_broker_conf", "data / observability config", "properties", "conf/broker.conf")
def _(r):
    return f"""brokerClusterName=DefaultCluster
brokerName=broker-a
namesrvAddr={ip(r)}:9876;{ip(r)}:9876
brokerIP1={ip(r)}
aclEnable=true
# plain_acl: accessKey rocketmq2 secretKey below
accessKey=rocketmq2
secretKey={key(r, 'alnum40')}
"""


@t("nsqd_cfg", "data / observability config", "toml", "nsqd.cfg")
def _(r):
    return f"""broadcast_address = "{ip(r)}"
lookupd_tcp_addresses = ["{ip(r)}:4160", "{private_ip(r)}:4160"]
auth_http_address = ["https://auth:{pw(r, 'url')}@{ip(r)}/nsq-auth"]
# questions: {email(r)}
"""


@t("redpanda_yaml", "data / observability config", "yaml", "etc/redpanda/redpanda.yaml")
def _(r):
    return f"""redpanda:
  data_directory: /var/lib/redpanda/data
  seed_servers:
    - host:
        address: {ip(r)}
        port: 33145
  advertised_kafka_api:
    - address: {ip(r)}
      port: 9092
rpk:
  kafka_api:
    sasl:
      user: svc-ingest
      password: {pw(r, 'yaml')}
      mechanism: SCRAM-SHA-256
pandaproxy:
  admin_contact: {email(r)}
"""


@t("cortex_yaml", "data / observability config", "yaml", "cortex/config.yaml")
def _(r):
    return f"""blocks_storage:
  backend: s3
  s3:
    endpoint: {ip(r)}:9000
    access_key_id: {key(r, 'aws_id')}
    secret_access_key: "{key(r, 'aws_secret')}"
alertmanager:
  external_url: http://{private_ip(r)}:9093
  smtp_from: {email(r)}
"""


@t("observium_config_php", "data / observability config", "php", "observium/config.php")
def _(r):
    return f"""<?php
$config['db_host'] = '{ip(r)}';
$config['db_user'] = 'observium';
$config['db_pass'] = '{pw(r, 'q')}';
$config['snmp']['community'] = array('{pw(r, 'net', kind='snmp_community')}');
$config['email']['default'] = '{email(r)}';
$config['poller_host'] = '{private_ip(r)}';
"""


@t("hyperdx_env", "data / observability config", "dotenv", "hyperdx/.env")
def _(r):
    return f"""HYPERDX_API_KEY={key(r, 'uuid_key', 'hyperdx_api_key')}
MONGO_URI=mongodb://hdx:{pw(r, 'url')}@{ip(r)}:27017/hyperdx
OTEL_COLLECTOR={private_ip(r)}:4318
HDX_NODE_ID={uuid_look(r, 'instance_id')}
ADMIN_EMAIL={email(r)}
"""


@t("parseable_env", "data / observability config", "dotenv", "parseable.env")
def _(r):
    return f"""P_USERNAME=admin
P_PASSWORD={pw(r, 'ini')}
P_S3_URL=http://{ip(r)}:9000
P_S3_ACCESS_KEY={key(r, 'aws_id')}
P_S3_SECRET_KEY={key(r, 'hex64')}
P_ADDR={private_ip(r)}:8000
"""


# ============================================================ logs
@t("journalctl_export", "log / stack trace", "text", "logs/journal.txt")
def _(r):
    return f"""__REALTIME_TIMESTAMP=17{r.randint(10**11, 10**12 - 1)}
_HOSTNAME=edge-{r.randint(1, 9)}
SYSLOG_IDENTIFIER=sshd
MESSAGE=Accepted publickey for deploy from {ip(r)} port {r.randint(30000, 65000)} ssh2: ED25519 {sha256_fp(r)}

SYSLOG_IDENTIFIER=app
MESSAGE=login failed user={email(r)} src={ip(r)} via {private_ip(r)}
"""


@t("rsnapshot_log", "log / stack trace", "text", "var/log/rsnapshot.log")
def _(r):
    return f"""[2024-0{r.randint(1, 9)}-1{r.randint(0, 9)}T03:00:01] /usr/bin/rsnapshot daily: started
[2024-05-14T03:00:02] /usr/bin/rsync -a --delete backup@{ip(r)}:/srv/ /backup/daily.0/host1/
[2024-05-14T03:09:44] /usr/bin/rsync -a rsync://mirror:{pw(r, 'url')}@{ip(r)}/data /backup/daily.0/host2/
[2024-05-14T03:10:00] report mailed to {email(r)}
"""


@t("bareos_joblog", "log / stack trace", "text", "logs/bareos-job.log")
def _(r):
    return f"""14-May 02:10 bareos-dir JobId {r.randint(1000, 9999)}: Start Backup JobId, Job=nightly.2024-05-14
14-May 02:10 bareos-dir JobId 1: Connected Storage daemon at {ip(r)}:9103, encryption: TLS_CHACHA20_POLY1305_SHA256
14-May 02:10 client-fd JobId 1: Connected Client: client-fd at {ip(r)}:9102
14-May 02:41 bareos-dir JobId 1: Bareos {version(r)} notify {email(r)}
"""


@t("pleroma_log", "log / stack trace", "text", "logs/pleroma.log")
def _(r):
    return f"""12:04:11.019 request_id={rs(r, 20)} [info] POST /api/v1/apps
12:04:11.233 [warning] Rate limited {ip(r)} (user {email(r)})
12:04:12.900 [error] Federation with {ip(r)} failed: :econnrefused
12:04:13.100 [debug] local worker {private_ip(r)}
"""


@t("jmeter_log", "log / stack trace", "text", "jmeter.log")
def _(r):
    return f"""2024-05-14 10:00:01,120 INFO o.a.j.JMeter: Version {version(r)}
2024-05-14 10:00:02,001 INFO o.a.j.e.StandardJMeterEngine: Running the test on {ip(r)}
2024-05-14 10:00:03,557 WARN o.a.j.p.h.s.HTTPSamplerBase: Login as {email(r)} returned 403
2024-05-14 10:00:04,010 INFO o.a.j.r.Summariser: remote engine {private_ip(r)}
"""


# ============================================================ self-hosted
@t("freshrss_config_php", "self-hosted / home lab", "php", "data/config.php")
def _(r):
    return f"""<?php
return array(
  'environment' => 'production',
  'salt' => '{key(r, 'hex40', 'freshrss_salt')}',
  'db' => array(
    'type' => 'pgsql',
    'host' => '{ip(r)}',
    'user' => 'freshrss',
    'password' => '{pw(r, 'q')}',
  ),
  'mailer' => 'smtp',
  'smtp' => array('from' => '{email(r)}'),
);
"""


@t("kavita_appsettings", "self-hosted / home lab", "json", "config/appsettings.json")
def _(r):
    return J({"TokenKey": key(r, "b64_32", "kavita_token_key"), "Port": 5000,
              "IpAddresses": f"{ip(r)}", "SmtpHost": ip(r), "SenderAddress": email(r),
              "InstallId": uuid_look(r, "install_id")})


@t("komga_application_yml", "self-hosted / home lab", "yaml", "config/application.yml")
def _(r):
    return f"""komga:
  remember-me:
    key: {key(r, 'alnum40', 'komga_remember_me_key')}
  oauth2-account-creation: false
spring:
  mail:
    host: {ip(r)}
    username: {email(r)}
    password: {pw(r, 'yaml')}
server:
  address: {private_ip(r)}
"""


@t("planka_env", "self-hosted / home lab", "dotenv", "planka/.env")
def _(r):
    return f"""BASE_URL=https://{ip(r)}
DATABASE_URL=postgresql://planka:{pw(r, 'url')}@{ip(r)}/planka
SECRET_KEY={key(r, 'hex64', 'planka_secret_key')}
DEFAULT_ADMIN_EMAIL={email(r)}
DEFAULT_ADMIN_PASSWORD={pw(r, 'ini')}
"""


@t("focalboard_config", "self-hosted / home lab", "json", "focalboard/config.json")
def _(r):
    return J({"serverRoot": f"http://{ip(r)}:8000", "dbtype": "postgres",
              "dbconfig": f"postgres://boardsuser:{pw(r, 'url')}@{ip(r)}/boards?sslmode=disable",
              "session_expire_time": 2592000, "localModeSocketLocation": "/var/tmp/focalboard_local.socket",
              "authMode": "native", "admin": email(r)})


@t("docmost_env", "self-hosted / home lab", "dotenv", "docmost/.env")
def _(r):
    return f"""APP_URL=http://{ip(r)}:3000
APP_SECRET={key(r, 'hex64', 'docmost_app_secret')}
DATABASE_URL=postgresql://docmost:{pw(r, 'url')}@{private_ip(r)}:5432/docmost
MAIL_FROM_ADDRESS={email(r)}
SMTP_PASSWORD={pw(r, 'ini')}
"""


@t("etherpad_settings", "self-hosted / home lab", "json", "etherpad/settings.json")
def _(r):
    return J({"title": "Team pad", "ip": "0.0.0.0", "port": 9001, "dbType": "mysql",
              "dbSettings": {"host": ip(r), "user": "etherpad", "password": pw(r, "q"), "database": "etherpad"},
              "users": {"admin": {"password": pw(r, "q"), "is_admin": True}},
              "contact": email(r)}).replace('"0.0.0.0"', '"' + look("unspecified_ip", "0.0.0.0") + '"', 1)


@t("joplin_server_env", "self-hosted / home lab", "dotenv", "joplin/.env")
def _(r):
    return f"""APP_BASE_URL=https://{ip(r)}:22300
POSTGRES_PASSWORD={pw(r, 'ini')}
POSTGRES_HOST={private_ip(r)}
MAILER_AUTH_USER={email(r)}
MAILER_AUTH_PASSWORD={pw(r, 'ini')}
MAILER_HOST={ip(r)}
"""


@t("trilium_config_ini", "self-hosted / home lab", "ini", "trilium-data/config.ini")
def _(r):
    return f"""[General]
instanceName=notes-{r.randint(1, 9)}
noAuthentication=false

[Network]
host={ip(r)}
port=8080
https=true

[Sync]
syncServerHost=https://{ip(r)}:8443
syncProxy=http://{private_ip(r)}:3128
; owner {email(r)}
"""


@t("akaunting_env", "self-hosted / home lab", "dotenv", "akaunting/.env")
def _(r):
    return f"""APP_KEY=base64:{key(r, 'b64_32', 'laravel_app_key')}
DB_HOST={ip(r)}
DB_PASSWORD={pw(r, 'ini')}
MAIL_USERNAME={email(r)}
MAIL_PASSWORD={pw(r, 'ini')}
"""


@t("kimai_local_yaml", "self-hosted / home lab", "yaml", "config/packages/local.yaml")
def _(r):
    return f"""kimai:
    ldap:
        activate: true
        connection:
            host: {ip(r)}
            username: cn=kimai,ou=svc,dc=corp
            password: "{pw(r, 'q', kind='ldap_bind_password')}"
    user:
        registration: false
framework:
    mailer:
        dsn: 'smtp://kimai-mailer:{pw(r, 'url')}@{ip(r)}:587'
        sender: '{email(r)}'
"""


@t("mautic_local_php", "self-hosted / home lab", "php", "app/config/local.php")
def _(r):
    return f"""<?php
$parameters = array(
    'db_host' => '{ip(r)}',
    'db_password' => '{pw(r, 'q')}',
    'mailer_from_email' => '{email(r)}',
    'secret_key' => '{key(r, 'hex64', 'mautic_secret_key')}',
    'trusted_proxies' => array('{private_ip(r)}'),
);
"""


@t("chatwoot_env", "self-hosted / home lab", "dotenv", "chatwoot/.env")
def _(r):
    return f"""SECRET_KEY_BASE={key(r, 'hex64', 'rails_secret_key_base')}
FRONTEND_URL=http://{ip(r)}:3000
POSTGRES_PASSWORD={pw(r, 'ini')}
REDIS_URL=redis://:{pw(r, 'url')}@{private_ip(r)}:6379
MAILER_SENDER_EMAIL={email(r)}
"""


# ============================================================ command line / shell
@t("lftprc", "command line / shell", "shell", ".lftprc")
def _(r):
    return f"""set ftp:ssl-force true
set sftp:auto-confirm yes
bookmark mirror sftp://sync:{pw(r, 'url')}@{ip(r)}/pub
open -u {email(r)},{pw(r, 'sh')} ftp://{ip(r)}
"""


@t("hgrc", "command line / shell", "ini", ".hgrc")
def _(r):
    return f"""[ui]
username = {r.choice(FIRST).title()} {r.choice(LAST).title()} <{email(r)}>

[auth]
forge.prefix = https://{ip(r)}/hg/
forge.username = deploy
forge.password = {pw(r, 'ini')}

[paths]
default = https://{private_ip(r)}/repo
"""


@t("getmailrc", "command line / shell", "ini", ".getmail/getmailrc")
def _(r):
    return f"""[retriever]
type = SimpleIMAPSSLRetriever
server = {ip(r)}
username = {email(r)}
password = {pw(r, 'ini')}

[destination]
type = Maildir
path = ~/Mail/inbox/
"""


@t("mpoprc", "command line / shell", "conf", ".mpoprc")
def _(r):
    return f"""defaults
tls on
account work
host {ip(r)}
user {email(r)}
password {pw(r, 'sh')}
delivery maildir ~/Mail/work
"""


@t("vdirsyncer_config", "command line / shell", "ini", ".config/vdirsyncer/config")
def _(r):
    return f"""[storage cal_remote]
type = "caldav"
url = "https://{ip(r)}/remote.php/dav/"
username = "{email(r)}"
password = "{pw(r, 'q')}"

[storage cal_local]
type = "filesystem"
path = "~/.calendars/"
"""


@t("rustic_toml", "command line / shell", "toml", "rustic.toml")
def _(r):
    return f"""[repository]
repository = "opendal:s3"
password = "{pw(r, 'q', kind='backup_repo_password')}"

[repository.options]
endpoint = "http://{ip(r)}:9000"
access_key_id = "{key(r, 'aws_id')}"
secret_access_key = "{key(r, 'aws_secret')}"
"""


@t("bareos_fd_conf", "command line / shell", "conf", "bareos-fd.d/director/bareos-dir.conf")
def _(r):
    return f"""Director {{
  Name = bareos-dir
  Password = "{pw(r, 'q')}"
  Address = {ip(r)}
}}
Messages {{
  Name = Standard
  mail = {email(r)} = all, !skipped
}}
"""


@t("zsh_history", "command line / shell", "shell", ".zsh_history")
def _(r):
    return f""": 1715670001:0;ssh admin@{ip(r)}
: 1715670042:0;mysql -h {ip(r)} -u reports -p{pw(r, 'sh')} analytics
: 1715670100:0;curl -H "Authorization: Bearer {key(r, 'lokalise')}" https://api.lokalise.com/api2/projects
: 1715670177:0;ping {private_ip(r)}
: 1715670201:0;git commit --author="{email(r)}" -m wip
"""


# ============================================================ chat / ticket
@t("crisp_api", "chat / ticket / email", "shell", "scripts/crisp_send.sh")
def _(r):
    return f"""#!/bin/sh
# Crisp: reply to a conversation
curl -s -u "{key(r, 'uuid_key', 'crisp_plugin_identifier')}:{key(r, 'hex64', 'crisp_plugin_key')}" \\
  -H 'X-Crisp-Tier: plugin' \\
  -d '{{"type":"text","from":"operator","content":"Reply sent to {email(r)}"}}' \\
  https://api.crisp.chat/v1/website/WEBSITE_ID/conversation/SESSION_ID/message
"""


@t("tawk_webhook", "chat / ticket / email", "json", "tawk/webhook_event.json")
def _(r):
    return J({"event": "chat:start", "chatId": uuid_look(r, "chat_id"), "time": "2024-05-14T09:11:00Z",
              "visitor": {"name": r.choice(FIRST).title(), "email": email(r), "city": "Porto"},
              "message": {"text": f"I can't log in from {ip(r)}", "sender": {"type": "visitor"}},
              "property": {"id": rs(r, 24, HEX), "name": "Support"}})


@t("livechat_transcript", "chat / ticket / email", "text", "exports/livechat_transcript.txt")
def _(r):
    return f"""Chat transcript
Visitor: {r.choice(FIRST).title()} ({email(r)})
IP: {ip(r)}
[09:01] Visitor: my account got locked
[09:02] Agent: can you confirm the address on file?
[09:03] Visitor: {email(r)}, and the temporary password you sent was {pw(r, 'prose')}
[09:04] Agent: thanks, resetting now.
"""


@t("mantisbt_issue", "chat / ticket / email", "text", "issues/mantis_0004812.txt")
def _(r):
    return f"""Issue 0004812: Import job fails against staging
Reporter: {email(r)}
Steps:
 1. run importer --host {ip(r)}
 2. authenticate with the staging key {key(r, 'zyte')}
Observed: 403 from {ip(r)}
Note: staging DB password rotated to {pw(r, 'prose')} yesterday.
"""


@t("plane_issue", "chat / ticket / email", "markdown", "plane/issue-318.md")
def _(r):
    return f"""### OPS-318 Tinybird pipe returns 401

Assignee: {email(r)}
Priority: urgent

The pipe token `{key(r, 'tinybird')}` was revoked. Ingest host `{ip(r)}` keeps retrying.
Internal relay `{private_ip(r)}` is fine.
"""


@t("shortcut_story", "chat / ticket / email", "json", "shortcut/story.json")
def _(r):
    return J({"id": r.randint(1000, 9999), "name": "Rotate Storyblok preview token",
              "description": f"Leaked token {key(r, 'storyblok')} in a screenshot; requested by {email(r)}",
              "owner_ids": [uuid_look(r, "member_id")], "workflow_state_id": r.randint(500000, 500099)})


@t("kakaotalk_export", "chat / ticket / email", "text", "exports/KakaoTalk_chat.txt")
def _(r):
    return f"""운영팀 님과 카카오톡 대화
저장한 날짜 : 2024-05-14 10:22

2024년 5월 14일 오전 9:01, 민지 : 서버 주소 {ip(r)} 로 접속해 주세요
2024년 5월 14일 오전 9:02, 민지 : 관리자 비밀번호는 {pw(r, 'prose')} 입니다
2024년 5월 14일 오전 9:03, 준호 : 계정은 {email(r)} 맞죠?
2024년 5월 14일 오전 9:04, 민지 : 네, 내부망은 {private_ip(r)} 이에요
"""


@t("zalo_oa_script", "chat / ticket / email", "python", "bots/zalo_notify.py")
def _(r):
    return f"""import requests

ZALO_OA_ACCESS_TOKEN = "{key(r, 'alnum40', 'zalo_oa_token')}"
FALLBACK_EMAIL = "{email(r)}"
PROXY = "http://{ip(r)}:8080"


def send(user_id, text):
    return requests.post(
        "https://openapi.zalo.me/v3.0/oa/message/cs",
        headers={{"access_token": ZALO_OA_ACCESS_TOKEN}},
        json={{"recipient": {{"user_id": user_id}}, "message": {{"text": text}}}},
        proxies={{"https": PROXY}},
    )
"""


# ============================================================ network config
@t("netgear_cli", "network config", "text", "netgear/m4300-running.cfg")
def _(r):
    return f"""!Current Configuration:
hostname "core-sw{r.randint(1, 9)}"
network protocol none
network parms {ip(r)} {netmask(r)} {ip(r)}
snmp-server community "{pw(r, 'net', kind='snmp_community')}" ro
radius server host auth {ip(r)}
radius server key auth {ip(r)} encrypted-off "{pw(r, 'net', kind='radius_secret')}"
username "admin" password {pw(r, 'net', kind='device_user_password')} level 15
"""


@t("calix_axos", "network config", "text", "calix/axos-running.cfg")
def _(r):
    return f"""interface craft 1
 ip address {ip(r)}/24
!
ip route {look("unspecified_ip", "0.0.0.0")}/0 {ip(r)}
snmp
 v2 community {pw(r, 'net', kind='snmp_community')} ro
!
aaa radius server {ip(r)}
 secret {pw(r, 'net', kind='radius_secret')}
!
aaa user netops password {pw(r, 'net', kind='device_user_password')} role admin
! contact {email(r)}
"""


@t("hirschmann_hios", "network config", "text", "hirschmann/hios.cli")
def _(r):
    return f"""network parms {ip(r)} {netmask(r)}
network gateway {ip(r)}
snmp community rw {pw(r, 'net', kind='snmp_community')}
users password admin {pw(r, 'net', kind='device_user_password')}
logging host add 1 addr {private_ip(r)}
"""


@t("westermo_weos", "network config", "text", "westermo/weos.cfg")
def _(r):
    return f"""system
  hostname rail-node-{r.randint(1, 99)}
end
iface vlan1 inet static
  address {ip(r)}/24
end
ip
  route default {ip(r)}
end
radius
  server {ip(r)} secret {pw(r, 'net', kind='radius_secret')}
end
"""


@t("scalance_cli", "network config", "text", "scalance/xc200.cfg")
def _(r):
    return f"""interface vlan 1
 ip address {ip(r)} {netmask(r)}
exit
snmpv3 user opc auth sha {pw(r, 'net', kind='snmp_auth_password')}
ntp server {private_ip(r)}
syslogserver {ip(r)}
"""


@t("opengear_ogcli", "network config", "shell", "opengear/bootstrap.sh")
def _(r):
    return f"""#!/bin/sh
ogcli update system/hostname hostname=\\"oob-{r.randint(1, 9)}\\"
ogcli update conns/wan ipv4_static_settings.address=\\"{ip(r)}\\"
ogcli create user << 'END'
username="netops"
password="{pw(r, 'net', kind='device_user_password')}"
END
ogcli update services/smtp sender=\\"{email(r)}\\"
"""


@t("lantronix_xml", "network config", "xml", "lantronix/xport_config.xml")
def _(r):
    return f"""<?xml version="1.0" standalone="yes"?>
<configrecord version="{version(r)}">
  <configgroup name="interface" instance="eth0">
    <configitem name="ip address"><value>{ip(r)}/24</value></configitem>
    <configitem name="default gateway"><value>{private_ip(r)}</value></configitem>
  </configgroup>
  <configgroup name="cli">
    <configitem name="enable level password"><value>{pw(r, 'net', kind='device_user_password')}</value></configitem>
  </configgroup>
  <configgroup name="email" instance="1">
    <configitem name="to"><value>{email(r)}</value></configitem>
  </configgroup>
</configrecord>
"""


# ============================================================ unusual formats
@t("asbru_yml", "unusual format", "yaml", ".config/asbru/asbru.yml")
def _(r):
    return f"""environments:
  {uuid_look(r, 'session_id')}:
    name: db-primary
    ip: {ip(r)}
    method: SSH
    user: {email(r)}
    pass: {pw(r, 'yaml')}
    passphrase: ''
  {uuid_look(r, 'session_id')}:
    name: lab-switch
    ip: {private_ip(r)}
    method: Telnet
"""


@t("guacamole_user_mapping", "unusual format", "xml", "guacamole/user-mapping.xml")
def _(r):
    return f"""<user-mapping>
  <authorize username="{email(r)}" password="{md5(r)}" encoding="md5">
    <connection name="build-host">
      <protocol>rdp</protocol>
      <param name="hostname">{ip(r)}</param>
      <param name="username">builder</param>
      <param name="password">{pw(r, 'xml')}</param>
    </connection>
  </authorize>
</user-mapping>
"""


@t("bitvise_batch", "unusual format", "bat", "scripts/tunnel.bat")
def _(r):
    return f"""@echo off
REM Bitvise command-line tunnel
stnlc.exe deploy@{ip(r)} -pw={pw(r, 'sh')} -proxy=y -proxyServer={ip(r)} -proxyPort=1080 ^
  -l2r={look("loopback_ip", "127.0.0.1")}:5433:{private_ip(r)}:5432
"""


# ============================================================ HTTP / load test
@t("jmeter_jmx", "HTTP / API client export", "xml", "loadtest/login.jmx")
def _(r):
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<jmeterTestPlan version="1.2" properties="5.0">
  <hashTree>
    <HTTPSamplerProxy testname="login">
      <stringProp name="HTTPSampler.domain">{ip(r)}</stringProp>
      <stringProp name="HTTPSampler.path">/api/login</stringProp>
      <elementProp name="username" elementType="HTTPArgument"><stringProp name="Argument.value">{email(r)}</stringProp></elementProp>
      <elementProp name="password" elementType="HTTPArgument"><stringProp name="Argument.value">{pw(r, 'xml')}</stringProp></elementProp>
    </HTTPSamplerProxy>
  </hashTree>
</jmeterTestPlan>
"""


@t("gatling_scala", "HTTP / API client export", "scala", "src/test/scala/CheckoutSimulation.scala")
def _(r):
    return f"""import io.gatling.core.Predef._
import io.gatling.http.Predef._

class CheckoutSimulation extends Simulation {{
  val httpProtocol = http.baseUrl("https://{ip(r)}")
    .header("X-Api-Key", "{key(r, 'lago')}")
  val scn = scenario("checkout")
    .exec(http("login").post("/login").formParam("email", "{email(r)}").formParam("password", "{pw(r, 'q')}"))
  setUp(scn.inject(atOnceUsers(10))).protocols(httpProtocol)
}}
"""


@t("vegeta_targets", "HTTP / API client export", "text", "loadtest/targets.txt")
def _(r):
    return f"""GET https://{ip(r)}/api/v1/items?api_key={key(r, 'hex32', 'query_api_key')}
X-Client: vegeta

POST https://{ip(r)}/api/v1/login
Content-Type: application/json
@body.json
# owner {email(r)}
"""


@t("artillery_yml", "HTTP / API client export", "yaml", "artillery/smoke.yml")
def _(r):
    return f"""config:
  target: "https://{ip(r)}"
  phases:
    - duration: 60
      arrivalRate: 5
  defaults:
    headers:
      Authorization: "Bearer {key(r, 'betterstack')}"
scenarios:
  - flow:
      - post:
          url: "/login"
          json:
            email: "{email(r)}"
            password: "{pw(r, 'q')}"
"""


# ============================================================ commit / review
@t("pijul_change", "commit / review", "text", "changes/remove-creds.change")
def _(r):
    return f"""message = 'Move mirror credentials out of config'
timestamp = '2024-05-1{r.randint(0, 9)}T08:11:42Z'

[[authors]]
key = '{rs(r, 44, "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz")}'
email = '{email(r)}'

# Hunks

1. Edit in "mirror.toml":3
  up 2.11, new 2.40:3.0
- host = "{ip(r)}"
- password = "{pw(r, 'q')}"
+ host = "{private_ip(r)}"
"""


@t("sapling_export", "commit / review", "diff", "patches/D41.patch")
def _(r):
    return f"""# Sapling changeset patch
# User {r.choice(FIRST).title()} {r.choice(LAST).title()} <{email(r)}>
# Date 1715670001 0
# Node ID {git_sha(r)}
Rotate Phrase token

diff --git a/ci/env b/ci/env
--- a/ci/env
+++ b/ci/env
@@ -1,2 +1,2 @@
-PHRASE_TOKEN={key(r, 'phrase')}
+PHRASE_TOKEN=${{PHRASE_TOKEN}}
 MIRROR={ip(r)}
"""


@t("jujutsu_config", "commit / review", "toml", ".config/jj/config.toml")
def _(r):
    return f"""[user]
name = "{r.choice(FIRST).title()} {r.choice(LAST).title()}"
email = "{email(r)}"

[git]
push-bookmark-prefix = "wip/"

[aliases]
sync = ["git", "fetch", "--remote", "https://bot:{pw(r, 'url')}@{ip(r)}/repo.git"]
"""


# ============================================================ mobile
@t("ionic_environment_ts", "mobile / IDE config", "typescript", "src/environments/environment.prod.ts")
def _(r):
    return f"""export const environment = {{
  production: true,
  apiBase: 'https://{ip(r)}/api',
  datocmsToken: '{key(r, 'datocms')}',
  supportEmail: '{email(r)}',
  appVersion: '{version(r)}',
}};
"""


@t("android_signing_properties", "mobile / IDE config", "properties", "android/signing.properties")
def _(r):
    return f"""storeFile=release.keystore
storePassword={pw(r, 'ini', kind='keystore_password')}
keyAlias=upload
keyPassword={pw(r, 'ini', kind='keystore_password')}
# maintainer {email(r)}
"""


# ============================================================ notebook
def _nb(cells):
    return J({"cells": [{"cell_type": "code", "execution_count": i + 1, "metadata": {}, "outputs": [],
                         "source": [s]} for i, s in enumerate(cells)],
              "metadata": {"kernelspec": {"name": "python3", "display_name": "Python 3"}},
              "nbformat": 4, "nbformat_minor": 5})


@t("ipynb_tinybird", "notebook", "ipynb", "notebooks/events_explore.ipynb")
def _(r):
    return _nb([f"TB_TOKEN = '{key(r, 'tinybird')}'\n",
                f"HOST = '{ip(r)}'  # ask {email(r)}\n",
                f"import requests\nr = requests.get(f'https://{{HOST}}/v0/pipes/top.json', params={{'token': TB_TOKEN}})\n"])


@t("ipynb_strapi", "notebook", "ipynb", "notebooks/cms_audit.ipynb")
def _(r):
    return _nb([f"STRAPI_URL = 'http://{ip(r)}:1337'\nSTRAPI_TOKEN = '{key(r, 'strapi')}'\n",
                f"ADMIN = '{email(r)}'\nDB_PASS = '{pw(r, 'q')}'\n"])


# ============================================================ SQL / CSV
@t("lemlist_export_csv", "SQL / CSV", "csv", "exports/lemlist_leads.csv")
def _(r):
    rows = ["email,firstName,companyName,lastIp"]
    for _ in range(3):
        rows.append(f"{email(r)},{r.choice(FIRST).title()},{r.choice(COMPANIES)},{ip(r)}")
    rows.append(f"{reserved_email(r)},Test,{r.choice(COMPANIES)},{private_ip(r)}")
    return "\n".join(rows) + "\n"


@t("mautic_seed_sql", "SQL / CSV", "sql", "db/seed_users.sql")
def _(r):
    return f"""INSERT INTO users (username, email, password_hash, api_key, last_ip) VALUES
  ('admin', '{email(r)}', '{md5(r)}', '{key(r, 'hex40', 'api_key_hex')}', '{ip(r)}'),
  ('qa', '{reserved_email(r)}', '{md5(r)}', NULL, '{private_ip(r)}');
-- temporary db password for the import: {pw(r, 'prose')}
"""


# ============================================================ docs / prose
@t("runbook_redpanda", "docs / prose", "markdown", "docs/runbooks/redpanda-failover.md")
def _(r):
    return f"""# Redpanda failover

1. SSH to the standby broker `{ip(r)}` (the old primary was `{ip(r)}`).
2. The SASL user `svc-ingest` has password `{pw(r, 'prose')}` until the vault migration is done.
3. Page {email(r)} if lag stays above 10k messages.
4. Do not touch `{private_ip(r)}`, it is the lab cluster.

Runbook version {version(r)}.
"""


@t("postmortem_lokalise", "docs / prose", "markdown", "docs/postmortems/2024-05-lokalise-token.md")
def _(r):
    return f"""## Postmortem: translation tokens in a public gist

On 14 May a contractor ({email(r)}) pasted a Lokalise token ({key(r, 'lokalise')}) and a Crowdin
token {key(r, 'crowdin')} into a public gist. Both were revoked within 40 minutes. Requests with the
Lokalise token came from {ip(r)} and {ip(r)}. The build agent at {private_ip(r)} was unaffected.
Follow-up owner: {email(r)}.
"""


@t("onboarding_wiki", "docs / prose", "text", "wiki/onboarding.txt")
def _(r):
    return f"""Welcome aboard!

Your mailbox is {email(r)}; the initial password is {pw(r, 'prose')} and you must change it on first login.
VPN gateway: {ip(r)} (pre-shared key {pw(r, 'prose', kind='ipsec_psk')}).
The Wi-Fi in the office is "Kelp-Guest", passphrase {pw(r, 'prose', kind='wifi_passphrase')}.
Printers live on {private_ip(r)}. Test accounts use addresses like {reserved_email(r)}.
"""


# ============================================================ handover notes (table-driven)
# lang code, name, script sample words: server, password, key, email, connective sentences
NOTES = [
    ("kapampangan", "Kapampangan", "server", "password", "susi", "email", "Ing", "Para king", "Ustu ne ing"),
    ("pangasinan", "Pangasinan", "server", "password", "susi", "email", "Say", "Parad", "Ayadi so"),
    ("madurese", "Madurese", "server", "kata sandhi", "konce", "imel", "Reya", "Kaangguy", "Jareya"),
    ("banjar", "Banjar", "server", "kata sandi", "kunci", "surel", "Ini", "Gasan", "Nang ini"),
    ("ndebele", "Northern Ndebele", "iseva", "iphasiwedi", "isikhiya", "i-imeyili", "Le", "Okwe", "Yile"),
    ("sotho", "Sesotho", "seva", "phasewete", "senotlolo", "imeile", "Ena", "Bakeng sa", "Ke ena"),
    ("tsonga", "Xitsonga", "sevha", "phasiwedi", "xikhiya", "imeyili", "Leyi", "Eka", "I leyi"),
    ("venda", "Tshivenda", "sevha", "phasiwede", "khiya", "imeili", "Iyi", "Kha", "Ndi iyi"),
    ("gascon", "Gascon", "servidor", "mot de passa", "clau", "corrièr", "Aquí", "Tà", "Qu'ei"),
    ("extremaduran", "Extremaduran", "sirvior", "contraseña", "llavi", "correu", "Esti", "Pal", "Es esti"),
    ("alsatian", "Alsatian", "Server", "Passwort", "Schlìssel", "E-Mail", "Do", "Fer dr", "Des isch"),
    ("komi", "Komi", "сервер", "пароль", "ключ", "электрон почта", "Тайӧ", "Вылӧ", "Тайӧ"),
    ("khakas", "Khakas", "сервер", "пароль", "ключ", "электрон почта", "Пу", "Ӱчӱн", "Пу"),
    ("ingush", "Ingush", "сервер", "пароль", "догӀа", "электрон почта", "Ер", "Духьа", "Ер"),
    ("laz", "Laz", "serveri", "paroli", "kilidi", "elektronuli postʼa", "Hak", "Şeni", "Ha"),
    ("talysh", "Talysh", "server", "parol", "kilid", "e-poçt", "In", "Bəçi", "İn"),
    ("chhattisgarhi", "Chhattisgarhi", "सर्वर", "पासवर्ड", "कुची", "ईमेल", "ए", "बर", "एहा"),
    ("dzongkha", "Dzongkha", "སར་བར", "གསང་ཚིག", "ལྡེ་མིག", "གློག་འཕྲིན", "འདི", "དོན་ལུ", "འདི"),
    ("hakka", "Hakka", "伺服器", "密碼", "鎖匙", "電子信箱", "這係", "分", "就係"),
    ("hokkien", "Hokkien (POJ)", "sū-ho̍k-khì", "bi̍t-bé", "só-sî", "e-mail", "Che sī", "Hō͘", "Tō sī"),
]
PLACES = {
    "kapampangan": "Pampanga", "pangasinan": "Dagupan", 
    "madurese": "Sumenep", "banjar": "Martapura", "ndebele": "Bulawayo", "sotho": "Maseru", "tsonga": "Giyani",
    "venda": "Thohoyandou", "gascon": "Auch", "extremaduran": "Cáceres", 
    "alsatian": "Colmer", "komi": "Сыктывкар", "khakas": "Абакан", "ingush": "Магас",
    "laz": "Atina", "talysh": "Lənkəran", "chhattisgarhi": "रायपुर",
    "dzongkha": "ཐིམ་ཕུ", "hakka": "美濃", "hokkien": "Tâi-lâm", 
}


def _note(code, name, server, pwd, kw, mail, this, for_, it):
    def fn(r):
        native = PLACES[code] + str(r.randint(1950, 2024)) + r.choice("!#%*+=?^~")
        form = r.randrange(3)
        p1, p2 = pw(r, "prose"), m("PASSWORD", "pw_native", native)
        k1 = key(r, r.choice(["tolgee", "transifex", "convex_deploy", "nhost_admin", "fauna", "xata", "gumroad"]))
        e1, e2 = email(r), email(r)
        i1, i2 = ip(r), ip(r)
        if form == 0:
            return (f"{name}\n\n{this} {server}: {i1}\n{server} 2 = {i2}\n{pwd}: {p1}\n{pwd} 2 ({p2})\n"
                    f"{kw}: {k1}\n{mail}: {e1}, {e2}\nLAN {private_ip(r)}\n")
        if form == 1:
            return (f"## {name}\n\n- {server}: {i1}\n- {server}: {i2}\n- {pwd}: {p1}\n- {pwd} {for_} {e1}: {p2}\n"
                    f"- {kw} = {k1}\n- {mail}: {e2}\n- test: {reserved_email(r)}\n")
        return (f"{name}. {this} {server} {i1}. {it} {pwd}: {p1}. {for_} {e1}, {pwd} = {p2}.\n"
                f"{kw}: {k1}\n{server} 2: {i2} ({mail} {e2}). {private_ip(r)}\n")
    return fn


for _row in NOTES:
    TEMPLATES.append((f"note_{_row[0]}", "docs / prose", "text", f"notes/handover_{_row[0]}.txt", _note(*_row)))
