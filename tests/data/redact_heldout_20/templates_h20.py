"""Synthetic templates for held-out set 20 (written from scratch for this set; stdlib only).

Each template is a function of a random.Random returning marked text (see gen_h20.mark).
"""
import json

import gen_h20 as g

TEMPLATES = []


def t(name, cls, lang, path):
    def deco(fn):
        TEMPLATES.append((name, cls, lang, path, fn))
        return fn
    return deco


class V:
    """Shorthand for planting values inside f-strings."""

    def __init__(self, r):
        self.r = r

    def ip(self):
        return g.ip(self.r)

    def em(self, company=None):
        return g.email(self.r, company)

    def role(self):
        return g.role_email(self.r)

    def pw(self, ctx="quoted", kind=None, style=None):
        return g.pw(self.r, ctx, kind, style)

    def k(self, typ):
        return g.key(self.r, typ)

    def priv(self):
        return g.lk_private(self.r)

    def lo(self):
        return g.lk_loopback(self.r)

    def cg(self):
        return g.lk_cgnat(self.r)

    def ll(self):
        return g.lk_linklocal(self.r)

    def any(self):
        return g.lk_unspec(self.r)

    def mask(self):
        return g.lk_netmask(self.r)

    def wmask(self):
        return g.lk_wildcard(self.r)

    def mac(self):
        return g.lk_mac(self.r)

    def rem(self):
        return g.lk_reserved_email(self.r)

    def ver(self, parts=3):
        return g.lk_version(self.r, parts)

    def uuid(self, role="run_id"):
        return g.lk_uuid(self.r, role)

    def sha(self):
        return g.lk_gitsha(self.r)

    def sum(self):
        return g.lk_sha256(self.r)

    def ph(self, *choices):
        return g.lk_placeholder(self.r, list(choices) or None)

    def bcrypt(self):
        return g.lk_bcrypt(self.r)

    def argon(self):
        return g.lk_argon2(self.r)

    def crypt(self):
        return g.lk_sha512crypt(self.r)

    def fp(self):
        return g.lk_ssh_fp(self.r)

    def geo(self):
        return g.lk_geohash(self.r)

    def msgid(self):
        return g.lk_msgid(self.r)

    def md5(self):
        return g.lk_md5(self.r)

    def n(self, a, b):
        return self.r.randint(a, b)

    def c(self, *xs):
        return self.r.choice(xs)

    def w(self):
        return self.r.choice(g.WORDS)


# ===================================================================== code / config assignment
CODE = "code / config assignment"


@t("gml_script", CODE, "gml", "scripts/scr_net_init/scr_net_init.gml")
def _(r):
    v = V(r)
    return f"""/// scr_net_init()
// GameMaker: leaderboard + relay settings
global.relay_host = "{v.ip()}";
global.relay_port = {v.n(7000, 7999)};
global.lan_fallback = "{v.priv()}";
global.lb_api_key = "{v.k('hex64')}";
global.support_mail = "{v.em()}";
global.admin_pass = "{v.pw('quoted')}";
global.build = "{v.ver()}";
show_debug_message("net init ok");
"""


@t("renpy_options", CODE, "renpy", "game/options.rpy")
def _(r):
    v = V(r)
    return f"""## Ren'Py options for the patron build
define config.name = _("Lanternfish Tides")
define config.version = "{v.ver()}"
define build.itch_project = "lanternfish/tides"

init python:
    PATREON_SYNC_HOST = "{v.ip()}"
    PATREON_SYNC_TOKEN = "{v.k('alnum48')}"
    FEEDBACK_MAIL = "{v.em(True)}"
    BETA_UNLOCK_PASSWORD = "{v.pw('quoted')}"
    LOCAL_TEST_SERVER = "{v.lo()}"
"""


@t("sourcepawn_plugin", CODE, "sourcepawn", "addons/sourcemod/scripting/statsync.sp")
def _(r):
    v = V(r)
    return f"""#include <sourcemod>

#define STATS_HOST "{v.ip()}"
#define STATS_USER "srcds_stats"
#define STATS_PASS "{v.pw('quoted')}"
#define WEB_API_KEY "{v.k('hex32')}"
#define OWNER_MAIL "{v.em()}"

public Plugin myinfo = {{
    name = "statsync", author = "{v.rem()}", version = "{v.ver()}"
}};
// fallback for LAN events: {v.priv()}
"""


@t("angelscript_config", CODE, "angelscript", "scripts/server/config.as")
def _(r):
    v = V(r)
    return f"""// AngelScript server config (loaded by the dedicated host)
const string MASTER_SERVER = "{v.ip()}";
const string MIRROR_SERVER = "{v.ip()}";
const string RCON_PASSWORD = "{v.pw('quoted')}";
const string TELEMETRY_KEY = "{v.k('b64_32')}";
const string ADMIN_CONTACT = "{v.em(True)}";
const string BIND_ADDR = "{v.any()}";
"""


@t("unrealscript_defaults", CODE, "unrealscript", "Classes/UTLadderMutator.uc")
def _(r):
    v = V(r)
    return f"""class UTLadderMutator extends Mutator config(LadderSync);

var config string LadderHost;
var config string LadderPassword;
var config string WebhookKey;
var config string OwnerEmail;

defaultproperties
{{
    LadderHost="{v.ip()}"
    LadderPassword="{v.pw('quoted')}"
    WebhookKey="{v.k('alnum48')}"
    OwnerEmail="{v.em()}"
    // local listen server: {v.priv()}
}}
"""


@t("lsl_script", CODE, "lsl", "objects/visitor_counter.lsl")
def _(r):
    v = V(r)
    return f"""// Second Life visitor counter -> external logger
string LOGGER_URL = "http://{v.ip()}:8080/hit";
string LOGGER_KEY = "{v.k('hex32')}";
string OWNER_MAIL = "{v.em()}";
key REGION_ID = "{v.uuid('region_id')}";

default {{
    touch_start(integer n) {{
        llHTTPRequest(LOGGER_URL + "?k=" + LOGGER_KEY, [], (string)n);
    }}
}}
"""


@t("chaiscript_config", CODE, "chaiscript", "config/plugin.chai")
def _(r):
    v = V(r)
    return f"""// ChaiScript plugin settings
var settings = Map();
settings["upstream"] = "{v.ip()}";
settings["db_password"] = "{v.pw('quoted')}";
settings["signing_secret"] = "{v.k('hex64')}";
settings["notify"] = "{v.em(True)}";
settings["listen"] = "{v.lo()}";
settings["schema"] = "{v.ver()}";
"""


@t("gosu_config", CODE, "gosu", "modules/configuration/gsrc/acme/integration/RatingConfig.gs")
def _(r):
    v = V(r)
    return f"""package acme.integration

class RatingConfig {{
  static final var ENDPOINT_HOST = "{v.ip()}"
  static final var SERVICE_USER = "gw_rating"
  static final var SERVICE_PASSWORD = "{v.pw('quoted')}"
  static final var ADDRESS_API_KEY = "{v.k('positionstack')}"
  static final var ESCALATION_MAIL = "{v.em(True)}"
  static final var STUB_HOST = "{v.priv()}"
}}
"""


@t("ceylon_module", CODE, "ceylon", "source/com/tidewright/sync/config.ceylon")
def _(r):
    v = V(r)
    return f"""shared object syncConfig {{
    shared String host = "{v.ip()}";
    shared String secondary = "{v.ip()}";
    shared String password = "{v.pw('quoted')}";
    shared String apiToken = "{v.k('ipdata')}";
    shared String maintainer = "{v.em()}";
    shared String moduleVersion = "{v.ver()}";
}}
"""


@t("purebasic_include", CODE, "purebasic", "Include/Secrets.pbi")
def _(r):
    v = V(r)
    return f"""; PureBasic include - updater constants
#UPDATE_HOST$ = "{v.ip()}"
#UPDATE_USER$ = "updater"
#UPDATE_PASS$ = "{v.pw('quoted')}"
#CRASH_TOKEN$ = "{v.k('instabug')}"
#SUPPORT_MAIL$ = "{v.em(True)}"
#APP_VERSION$ = "{v.ver(4)}"
"""


@t("structured_text_codesys", CODE, "iecst", "Application/GVL_Remote.st")
def _(r):
    v = V(r)
    return f"""(* CODESYS global variable list: remote historian *)
VAR_GLOBAL CONSTANT
    sHistorianIp   : STRING := '{v.ip()}';
    sPlcLocalIp    : STRING := '{v.priv()}';
    sSubnetMask    : STRING := '{v.mask()}';
    sHistorianUser : STRING := 'plc_writer';
    sHistorianPwd  : STRING := '{v.pw('quoted')}';
    sAlarmMail     : STRING := '{v.role()}';
END_VAR
"""


@t("kuka_krl", CODE, "krl", "KRC/R1/Program/cell_net.dat")
def _(r):
    v = V(r)
    return f"""&ACCESS RVP
DEFDAT CELL_NET PUBLIC
; vision server and MES link
DECL CHAR VISION_IP[15]
VISION_IP[]="{v.priv()}"
DECL CHAR MES_IP[15]
MES_IP[]="{v.ip()}"
DECL CHAR MES_PWD[24]
MES_PWD[]="{v.pw('net')}"
DECL CHAR SERVICE_MAIL[40]
SERVICE_MAIL[]="{v.em(True)}"
ENDDAT
"""


@t("urscript_program", CODE, "urscript", "programs/palletizer.script")
def _(r):
    v = V(r)
    return f"""def palletizer():
  # MES endpoint for cycle counts
  mes_host = "{v.ip()}"
  mes_token = "{v.k('hex32')}"
  cam_host = "{v.priv()}"
  socket_open(cam_host, 30002, "cam")
  # operator: {v.em()}
end
"""


@t("mql5_expert", CODE, "mql5", "MQL5/Experts/SignalBridge.mq5")
def _(r):
    v = V(r)
    return f"""//+------------------------------------------------------------------+
//| SignalBridge.mq5                                                   |
//+------------------------------------------------------------------+
input string BridgeHost = "{v.ip()}";
input string BridgeToken = "{v.k('alnum48')}";
input string AlertMail = "{v.em()}";
input string InvestorPassword = "{v.pw('quoted')}";
#property version "{v.c('1.00', '1.02', '2.10')}"
"""


@t("octave_script", CODE, "octave", "scripts/fetch_gauge.m")
def _(r):
    v = V(r)
    return f"""% fetch tide gauge series from the station logger
logger_host = '{v.ip()}';
logger_user = 'tgauge';
logger_pass = '{v.pw('quoted')}';
geo_token = '{v.k('ipinfo')}';
notify = '{v.em()}';
url = sprintf('http://%s/export.csv', logger_host);
data = webread(url, weboptions('Username', logger_user, 'Password', logger_pass));
"""


@t("stata_do", CODE, "stata", "do/01_pull_survey.do")
def _(r):
    v = V(r)
    return f"""* pull the household survey export
global SURVEY_HOST "{v.ip()}"
global SURVEY_USER "analyst"
global SURVEY_PASS "{v.pw('quoted')}"
global SURVEY_KEY "{v.k('hex32')}"
* questions to {v.em()}
copy "https://$SURVEY_HOST/api/export?key=$SURVEY_KEY" "raw/survey.csv", replace
"""


@t("rexx_exec", CODE, "rexx", "EXEC/FTPPUSH.rexx")
def _(r):
    v = V(r)
    return f"""/* REXX - push nightly extract */
host = '{v.ip()}'
user = 'BATCHFTP'
pass = '{v.pw('net')}'
mail = '{v.em(True)}'
address TSO "FTP" host
say 'sent to' host 'notify' mail
"""


@t("mumps_routine", CODE, "mumps", "r/ZZLABIF.m")
def _(r):
    v = V(r)
    return f"""ZZLABIF ;lab interface parameters
 ;;
 S ^ZZLAB("HOST")="{v.ip()}"
 S ^ZZLAB("PORT")={v.n(5000, 5999)}
 S ^ZZLAB("PASS")="{v.pw('net')}"
 S ^ZZLAB("MAIL")="{v.em()}"
 S ^ZZLAB("LOCAL")="{v.priv()}"
 Q
"""


@t("harbour_prg", CODE, "harbour", "src/config.prg")
def _(r):
    v = V(r)
    return f"""// Harbour config
#define DB_SERVER   "{v.ip()}"
#define DB_USER     "sa_pos"
#define DB_PASSWORD "{v.pw('quoted')}"
#define FISCAL_KEY  "{v.k('hex64')}"
#define SUPPORT     "{v.em(True)}"
FUNCTION GetServer()
RETURN DB_SERVER
"""


@t("foxpro_prg", CODE, "foxpro", "prg/connect.prg")
def _(r):
    v = V(r)
    p = v.pw('url')
    return f"""* Visual FoxPro - open the SQL link
LOCAL lcConn
lcConn = "DRIVER={{SQL Server}};SERVER={v.ip()};UID=vfp_app;PWD={p};DATABASE=stock"
gnHandle = SQLSTRINGCONNECT(lcConn)
* owner: {v.em()}
* test box: {v.priv()}
"""


@t("autoit_script", CODE, "autoit", "tools/kiosk_login.au3")
def _(r):
    v = V(r)
    return f"""; AutoIt kiosk auto-login
Global Const $sPortal = "https://{v.ip()}/login"
Global Const $sUser = "kiosk07"
Global Const $sPass = "{v.pw('quoted')}"
Global Const $sMail = "{v.em()}"
Global Const $sProxy = "{v.priv()}:3128"
"""


# ===================================================================== CI / IaC
CI = "CI / IaC"


@t("porter_yaml", CI, "yaml", "porter.yaml")
def _(r):
    v = V(r)
    return f"""schemaVersion: 1.0.1
name: tide-station
version: {v.ver()}
registry: registry.kelpharbor.io/bundles
maintainers:
  - email: {v.em(True)}
parameters:
  - name: db_host
    default: {v.ip()}
  - name: db_password
    default: {v.pw('yaml')}
  - name: porter_token
    default: {v.k('porter')}
"""


@t("garden_project", CI, "yaml", "project.garden.yml")
def _(r):
    v = V(r)
    return f"""apiVersion: garden.io/v1
kind: Project
name: gauge-ingest
environments:
  - name: staging
    variables:
      ingest-host: {v.ip()}
      ingest-password: {v.pw('yaml')}
      geo-api-key: {v.k('ipstack')}
      owner: {v.em()}
      cluster-dns: {v.priv()}
"""


@t("devspace_yaml", CI, "yaml", "devspace.yaml")
def _(r):
    v = V(r)
    return f"""version: v2beta1
name: stemmer-api
vars:
  DB_HOST: {v.ip()}
  DB_PASSWORD: {v.pw('yaml')}
  CLEARML_API_ACCESS_KEY: {v.k('clearml_access')}
  CLEARML_API_SECRET_KEY: {v.k('clearml_secret')}
  MAINTAINER: {v.em(True)}
dev:
  api:
    ports:
      - port: "8080"
"""


@t("okteto_manifest", CI, "yaml", "okteto.yml")
def _(r):
    v = V(r)
    return f"""build:
  api:
    context: .
deploy:
  - helm upgrade --install api chart --set db.host={v.ip()} --set db.password={v.pw('shell')}
dev:
  api:
    environment:
      OKTETO_TOKEN: {v.k('okteto')}
      NOTIFY: {v.em()}
      CACHE_HOST: {v.priv()}
"""


@t("capistrano_deploy_rb", CI, "ruby", "config/deploy/production.rb")
def _(r):
    v = V(r)
    return f"""# Capistrano production stage
server "{v.ip()}", user: "deploy", roles: %w[app web]
server "{v.ip()}", user: "deploy", roles: %w[db]
set :ssh_options, {{ password: "{v.pw('quoted')}", forward_agent: false }}
set :slack_notify, false
set :deploy_notify_email, "{v.em(True)}"
set :revision_hint, "{v.sha()}"
"""


@t("stackstorm_pack_config", CI, "yaml", "configs/tidepack.yaml")
def _(r):
    v = V(r)
    return f"""---
# StackStorm pack config for tidepack
api_host: {v.ip()}
username: st2_tide
password: {v.pw('yaml')}
otx_api_key: {v.k('otx')}
notify_to: {v.em()}
internal_proxy: {v.priv()}
"""


@t("agola_config", CI, "yaml", ".agola/config.yml")
def _(r):
    v = V(r)
    return f"""version: v0
runs:
  - name: build
    tasks:
      - name: test
        runtime:
          containers:
            - image: python:3.12
        environment:
          DB_HOST: {v.ip()}
          DB_PASSWORD: {v.pw('yaml')}
          PULSEDIVE_KEY: {v.k('pulsedive')}
          MAINTAINER: {v.em()}
"""


@t("onedev_buildspec", CI, "yaml", ".onedev-buildspec.yml")
def _(r):
    v = V(r)
    return f"""version: 33
jobs:
- name: deploy
  steps:
  - !CommandStep
    name: rsync
    image: alpine
    interpreter: !DefaultInterpreter
      commands: |
        export SSHPASS={v.pw('shell')}
        rsync -az dist/ deploy@{v.ip()}:/srv/app
        echo "done, mail {v.em(True)}"
"""


@t("verdaccio_config", CI, "yaml", "verdaccio/config.yaml")
def _(r):
    v = V(r)
    return f"""storage: /verdaccio/storage
secret: {v.k('verdaccio_secret')}
uplinks:
  upstream:
    url: https://{v.ip()}/npm/
    auth:
      type: bearer
      token: {v.k('hex64')}
listen: {v.any()}:4873
# admin contact: {v.em()}
"""


@t("gogs_app_ini", CI, "ini", "custom/conf/app.ini")
def _(r):
    v = V(r)
    return f"""APP_NAME = Gogs
RUN_USER = git

[database]
TYPE = postgres
HOST = {v.ip()}:5432
USER = gogs
PASSWORD = {v.pw('ini')}

[mailer]
ENABLED = true
FROM = {v.em(True)}
USER = {v.em(True)}
PASSWD = {v.pw('ini', 'smtp_password')}

[security]
SECRET_KEY = {v.k('alnum48')}
"""


@t("werf_yaml", CI, "yaml", "werf.yaml")
def _(r):
    v = V(r)
    return f"""project: sentiment-api
configVersion: 1
---
image: api
dockerfile: Dockerfile
args:
  PIP_INDEX_HOST: {v.ip()}
  PIP_INDEX_PASSWORD: {v.pw('yaml')}
  GLITCHTIP_TOKEN: {v.k('glitchtip')}
  MAINTAINER: {v.em()}
  BUILD_CACHE: {v.priv()}
"""


@t("kaniko_docker_config", CI, "json", "kaniko/.docker/config.json")
def _(r):
    v = V(r)
    host = v.ip()
    doc = {"auths": {f"{host}:5000": {"username": "kaniko", "password": v.pw('quoted'), "email": v.em()}},
           "HttpHeaders": {"X-Registry-Token": v.k('hex32')}}
    return json.dumps(doc, indent=2, ensure_ascii=False) + "\n"


@t("rancher_fleet_yaml", CI, "yaml", "fleet.yaml")
def _(r):
    v = V(r)
    return f"""defaultNamespace: gauges
helm:
  chart: ./chart
  values:
    influx:
      host: {v.ip()}
      password: {v.pw('yaml')}
    ipinfoToken: {v.k('ipinfo')}
    alertEmail: {v.em(True)}
    podCidr: {v.cg()}
"""


@t("caprover_captain", CI, "json", "captain-definition")
def _(r):
    v = V(r)
    doc = {"schemaVersion": 2, "dockerfilePath": "./Dockerfile",
           "envVars": {"DB_HOST": v.ip(), "DB_PASSWORD": v.pw('quoted'), "REDASH_API_KEY": v.k('redash'),
                       "ADMIN_EMAIL": v.em(), "INTERNAL_DNS": v.priv()}}
    return json.dumps(doc, indent=2, ensure_ascii=False) + "\n"


@t("piku_env", CI, "env", "ENV")
def _(r):
    v = V(r)
    return f"""# piku ENV for the markov bot
NGINX_SERVER_NAME=bot.lanternfish.dev
NGINX_ALLOWED_IP={v.ip()}
DATABASE_URL=postgres://markov:{v.pw('url')}@{v.ip()}:5432/markov
VIBER_AUTH_TOKEN={v.k('viber')}
ADMIN_EMAIL={v.em()}
BIND_ADDRESS={v.lo()}
"""


@t("epinio_push", CI, "shell", "scripts/epinio-push.sh")
def _(r):
    v = V(r)
    return f"""#!/bin/sh
set -eu
epinio login -u admin -p {v.pw('shell')} https://epinio.{v.c('ops', 'apps')}.saltmarsh-labs.de
epinio push --name tidesvc \\
  --env DB_HOST={v.ip()} \\
  --env CHATWORK_TOKEN={v.k('chatwork')} \\
  --env OWNER={v.em(True)}
"""


# ===================================================================== data / observability
DATA = "data / observability config"


@t("orientdb_server_xml", DATA, "xml", "config/orientdb-server-config.xml")
def _(r):
    v = V(r)
    return f"""<orient-server>
  <network>
    <listeners>
      <listener ip-address="{v.any()}" port-range="2424-2430" protocol="binary"/>
    </listeners>
  </network>
  <users>
    <user name="root" password="{v.pw('quoted')}" resources="*"/>
    <user name="replicator" password="{v.pw('quoted')}" resources="database.passthrough"/>
  </users>
  <properties>
    <entry name="distributed.primary" value="{v.ip()}"/>
    <entry name="admin.email" value="{v.em()}"/>
  </properties>
</orient-server>
"""


@t("starrocks_fe_conf", DATA, "properties", "fe/conf/fe.conf")
def _(r):
    v = V(r)
    return f"""# StarRocks FE
priority_networks = {v.priv()}/24
http_port = 8030
query_port = 9030
aws_s3_endpoint = {v.ip()}
aws_s3_access_key = {v.k('aws_id')}
aws_s3_secret_key = {v.k('aws_secret')}
# owner {v.em()}
"""


@t("doris_routine_load_sql", DATA, "sql", "sql/routine_load_gauges.sql")
def _(r):
    v = V(r)
    return f"""-- Apache Doris routine load from the gauge topic
CREATE ROUTINE LOAD gauges.load_readings ON readings
PROPERTIES ("format" = "json")
FROM KAFKA (
  "kafka_broker_list" = "{v.ip()}:9092,{v.ip()}:9092",
  "kafka_topic" = "readings",
  "property.sasl.username" = "doris",
  "property.sasl.password" = "{v.pw('quoted')}"
);
-- owner: {v.em()}
"""


@t("milvus_yaml", DATA, "yaml", "milvus/milvus.yaml")
def _(r):
    v = V(r)
    return f"""etcd:
  endpoints: [{v.priv()}:2379]
minio:
  address: {v.ip()}
  port: 9000
  accessKeyID: {v.k('aws_id')}
  secretAccessKey: {v.k('aws_secret')}
common:
  security:
    authorizationEnabled: true
    defaultRootPassword: {v.pw('yaml')}
# vector store owner {v.em()}
"""


@t("timescale_env", DATA, "env", "deploy/timescale.env")
def _(r):
    v = V(r)
    return f"""POSTGRES_USER=tsdb
POSTGRES_PASSWORD={v.pw('ini')}
TS_TUNE_MEMORY=8GB
PGBACKREST_REPO1_S3_ENDPOINT={v.ip()}
PGBACKREST_REPO1_S3_KEY={v.k('aws_id')}
PGBACKREST_REPO1_S3_KEY_SECRET={v.k('aws_secret')}
ALERT_EMAIL={v.em()}
"""


@t("mimir_yaml", DATA, "yaml", "mimir/config.yaml")
def _(r):
    v = V(r)
    return f"""multitenancy_enabled: false
common:
  storage:
    backend: s3
    s3:
      endpoint: {v.ip()}:9000
      access_key_id: {v.k('aws_id')}
      secret_access_key: {v.k('aws_secret')}
memberlist:
  join_members: [{v.priv()}]
# on-call: {v.em(True)}
"""


@t("zipkin_env", DATA, "env", "zipkin/.env")
def _(r):
    v = V(r)
    return f"""STORAGE_TYPE=elasticsearch
ES_HOSTS=http://{v.ip()}:9200
ES_USERNAME=zipkin
ES_PASSWORD={v.pw('ini')}
SELF_TRACING_ENABLED=false
# contact {v.em()}
JAVA_OPTS=-Djava.net.preferIPv4Stack=true -Dzipkin.bind={v.any()}
"""


@t("uptrace_yml", DATA, "yaml", "uptrace.yml")
def _(r):
    v = V(r)
    return f"""ch:
  addr: {v.ip()}:9000
  user: uptrace
  password: {v.pw('yaml')}
  database: uptrace
pg:
  addr: {v.priv()}:5432
  password: {v.pw('yaml')}
auth:
  users:
    - name: Admin
      email: {v.em(True)}
      password: {v.pw('yaml')}
secret_key: {v.k('hex64')}
"""


@t("openobserve_env", DATA, "env", "openobserve.env")
def _(r):
    v = V(r)
    return f"""ZO_ROOT_USER_EMAIL={v.em()}
ZO_ROOT_USER_PASSWORD={v.pw('ini')}
ZO_S3_SERVER_URL=http://{v.ip()}:9000
ZO_S3_ACCESS_KEY={v.k('aws_id')}
ZO_S3_SECRET_KEY={v.k('aws_secret')}
ZO_HTTP_ADDR={v.any()}
"""


@t("quickwit_yaml", DATA, "yaml", "config/quickwit.yaml")
def _(r):
    v = V(r)
    return f"""version: 0.8
node_id: qw-{v.n(1, 9)}
listen_address: {v.any()}
peer_seeds:
  - {v.priv()}
storage:
  s3:
    endpoint: http://{v.ip()}:9000
    access_key_id: {v.k('aws_id')}
    secret_access_key: {v.k('aws_secret')}
# maintainer {v.em()}
"""


@t("rsyslog_conf", DATA, "rsyslog", "etc/rsyslog.d/60-forward.conf")
def _(r):
    v = V(r)
    return f"""# forward everything to the central collector
module(load="omelasticsearch")
*.* action(type="omfwd" target="{v.ip()}" port="6514" protocol="tcp")
*.* action(type="omelasticsearch" server="{v.ip()}" uid="rsyslog" pwd="{v.pw('quoted')}")
# local relay {v.priv()} ; admin {v.em(True)}
"""


@t("syslog_ng_conf", DATA, "syslog-ng", "etc/syslog-ng/conf.d/loggly.conf")
def _(r):
    v = V(r)
    return f"""destination d_loggly {{
  network("{v.ip()}" port(6514)
    transport("tls")
    template("<${{PRI}}>1 ${{ISODATE}} ${{HOST}} ${{PROGRAM}} ${{PID}} ${{MSGID}} [{v.k('loggly')}@41058 tag=\\"gauges\\"] $MSG\\n")
  );
}};
# owner: {v.em()}
source s_local {{ system(); internal(); udp(ip("{v.lo()}") port(514)); }};
"""


@t("cacti_config_php", DATA, "php", "include/config.php")
def _(r):
    v = V(r)
    return f"""<?php
$database_type     = 'mysql';
$database_default  = 'cacti';
$database_hostname = '{v.ip()}';
$database_username = 'cactiuser';
$database_password = '{v.pw('quoted')}';
$database_port     = '3306';
$url_path = '/cacti/';
// admin contact {v.em()} ; poller on {v.priv()}
"""


@t("sensu_agent_yml", DATA, "yaml", "etc/sensu/agent.yml")
def _(r):
    v = V(r)
    return f"""backend-url:
  - ws://{v.ip()}:8081
  - ws://{v.ip()}:8081
name: tide-gauge-{v.n(1, 30)}
subscriptions: [linux, gauges]
password: {v.pw('yaml')}
api-key: {v.k('sensu')}
annotations:
  owner: {v.em(True)}
"""


@t("gatus_config", DATA, "yaml", "config/config.yaml")
def _(r):
    v = V(r)
    return f"""alerting:
  email:
    from: {v.role()}
    username: {v.role()}
    password: {v.pw('yaml')}
    host: {v.ip()}
    port: 587
    to: {v.em()}
endpoints:
  - name: tide-api
    url: http://{v.priv()}:8080/health
    conditions: ["[STATUS] == 200"]
"""


@t("cronitor_cli", DATA, "shell", "crontab")
def _(r):
    v = V(r)
    return f"""# m h dom mon dow command
CRONITOR_API_KEY={v.k('cronitor')}
MAILTO={v.em()}
15 3 * * * cronitor exec nightly-backup /usr/local/bin/backup.sh --target {v.ip()}
*/10 * * * * cronitor exec sync-gauges /opt/gauges/sync --host {v.priv()}
"""


@t("mezmo_agent_env", DATA, "env", "etc/logdna.env")
def _(r):
    v = V(r)
    return f"""LOGDNA_INGESTION_KEY={v.k('mezmo')}
LOGDNA_HOST={v.ip()}
LOGDNA_TAGS=gauges,prod
LOGDNA_LOG_DIRS=/var/log
# provisioned by {v.em(True)} from {v.priv()}
"""


@t("manticore_conf", DATA, "conf", "etc/manticoresearch/manticore.conf")
def _(r):
    v = V(r)
    return f"""source src_stems {{
    type = pgsql
    sql_host = {v.ip()}
    sql_user = manticore
    sql_pass = {v.pw('ini')}
    sql_db = lexicon
}}
searchd {{
    listen = {v.lo()}:9306:mysql
    listen = {v.priv()}:9312
    log = /var/log/manticore/searchd.log
}}
# owner {v.em()}
"""


@t("superset_config_py", DATA, "python", "superset_config.py")
def _(r):
    v = V(r)
    return f"""# Superset overrides
SECRET_KEY = "{v.k('django_secret')}"
SQLALCHEMY_DATABASE_URI = "postgresql://superset:{v.pw('url')}@{v.ip()}:5432/superset"
SMTP_HOST = "{v.ip()}"
SMTP_USER = "{v.role()}"
SMTP_PASSWORD = "{v.pw('quoted', 'smtp_password')}"
SMTP_MAIL_FROM = "{v.em(True)}"
WEBSERVER_ADDRESS = "{v.any()}"
"""


@t("artemis_broker_xml", DATA, "xml", "etc/broker.xml")
def _(r):
    v = V(r)
    return f"""<configuration xmlns="urn:activemq">
  <core xmlns="urn:activemq:core">
    <cluster-user>artemis-cluster</cluster-user>
    <cluster-password>{v.pw('quoted')}</cluster-password>
    <connectors>
      <connector name="peer">tcp://{v.ip()}:61616</connector>
      <connector name="local">tcp://{v.lo()}:61616</connector>
    </connectors>
  </core>
  <!-- broker admin: {v.em()} -->
</configuration>
"""


# ===================================================================== self-hosted
SELF = "self-hosted / home lab"


@t("readarr_config_xml", SELF, "xml", "config/config.xml")
def _(r):
    v = V(r)
    return f"""<Config>
  <BindAddress>*</BindAddress>
  <Port>8787</Port>
  <ApiKey>{v.k('hex32')}</ApiKey>
  <AuthenticationMethod>Forms</AuthenticationMethod>
  <PostgresHost>{v.ip()}</PostgresHost>
  <PostgresUser>readarr</PostgresUser>
  <PostgresPassword>{v.pw('quoted')}</PostgresPassword>
  <InstanceName>{v.uuid('instance_id')}</InstanceName>
</Config>
"""


@t("bazarr_config_yaml", SELF, "yaml", "config/config.yaml")
def _(r):
    v = V(r)
    return f"""general:
  ip: {v.any()}
  port: 6767
auth:
  apikey: {v.k('hex32')}
  username: admin
  password: {v.md5()}
opensubtitlescom:
  username: {v.em()}
  password: {v.pw('yaml')}
postgresql:
  host: {v.ip()}
"""


@t("overseerr_settings_json", SELF, "json", "config/settings.json")
def _(r):
    v = V(r)
    doc = {"clientId": g.look("uuid_client_id", g.uuid_raw(r)),
           "main": {"apiKey": v.k('b64_32'), "applicationTitle": "Overseerr"},
           "notifications": {"agents": {"email": {"enabled": True, "options": {
               "emailFrom": v.em(True), "smtpHost": v.ip(), "smtpPort": 587,
               "authUser": v.role(), "authPass": v.pw('quoted', 'smtp_password')}}}}}
    return json.dumps(doc, indent=2, ensure_ascii=False) + "\n"


@t("tautulli_config_ini", SELF, "ini", "config.ini")
def _(r):
    v = V(r)
    return f"""[General]
http_host = {v.any()}
http_port = 8181
http_username = admin
http_password = {v.pw('ini')}
api_key = {v.k('hex32')}
[PMS]
pms_ip = {v.priv()}
pms_url = https://{v.ip()}:32400
[Email]
email_from = {v.em()}
"""


@t("nzbget_conf", SELF, "conf", "nzbget.conf")
def _(r):
    v = V(r)
    return f"""MainDir=/downloads
Server1.Name=primary
Server1.Host={v.ip()}
Server1.Port=563
Server1.Username={v.em()}
Server1.Password={v.pw('ini')}
ControlIP={v.any()}
ControlUsername=nzbget
ControlPassword={v.pw('ini')}
"""


@t("photoprism_env", SELF, "env", "photoprism.env")
def _(r):
    v = V(r)
    return f"""PHOTOPRISM_ADMIN_USER=admin
PHOTOPRISM_ADMIN_PASSWORD={v.pw('ini')}
PHOTOPRISM_SITE_URL=https://photos.gullrock.ie/
PHOTOPRISM_DATABASE_SERVER={v.ip()}:3306
PHOTOPRISM_DATABASE_PASSWORD={v.pw('ini')}
PHOTOPRISM_HTTP_HOST={v.any()}
# owner {v.em()}
"""


@t("seafile_conf", SELF, "ini", "conf/seafile.conf")
def _(r):
    v = V(r)
    return f"""[fileserver]
host = {v.any()}
port = 8082

[database]
type = mysql
host = {v.ip()}
user = seafile
password = {v.pw('ini')}
db_name = seafile_db

[notification]
admin_email = {v.em(True)}
jwt_private_key = {v.k('hex64')}
"""


@t("mealie_env", SELF, "env", "mealie.env")
def _(r):
    v = V(r)
    return f"""BASE_URL=https://recipes.olivegrove.gr
DEFAULT_EMAIL={v.em()}
POSTGRES_SERVER={v.ip()}
POSTGRES_PASSWORD={v.pw('ini')}
SMTP_HOST={v.ip()}
SMTP_FROM_EMAIL={v.role()}
SMTP_PASSWORD={v.pw('ini', 'smtp_password')}
OPENAI_BASE_URL=http://{v.priv()}:11434/v1
"""


@t("grocy_config_php", SELF, "php", "data/config.php")
def _(r):
    v = V(r)
    return f"""<?php
Setting('MODE', 'production');
Setting('CURRENCY', 'EUR');
Setting('AUTH_CLASS', 'Grocy\\Middleware\\LdapAuthMiddleware');
Setting('LDAP_ADDRESS', 'ldap://{v.ip()}');
Setting('LDAP_BIND_DN', 'cn=grocy,ou=svc,dc=larchwood,dc=se');
Setting('LDAP_BIND_PW', '{v.pw('quoted', 'ldap_bind_password')}');
Setting('NOTIFY_MAIL', '{v.em()}');
"""


@t("kanidm_server_toml", SELF, "toml", "server.toml")
def _(r):
    v = V(r)
    return f"""bindaddress = "{v.any()}:8443"
ldapbindaddress = "{v.any()}:3636"
domain = "idm.fjordbyte.no"
origin = "https://idm.fjordbyte.no"
trust_x_forward_for = true
# replication peer {v.ip()} ; admin {v.em(True)}
[online_backup]
path = "/data/kanidm/backups/"
"""


@t("misskey_default_yml", SELF, "yaml", ".config/default.yml")
def _(r):
    v = V(r)
    return f"""url: https://notes.copperbeech.nl/
port: 3000
db:
  host: {v.ip()}
  port: 5432
  db: misskey
  user: misskey
  pass: {v.pw('yaml')}
redis:
  host: {v.priv()}
  pass: {v.pw('yaml')}
# admin: {v.em()}
"""


@t("wallabag_parameters_yml", SELF, "yaml", "app/config/parameters.yml")
def _(r):
    v = V(r)
    return f"""parameters:
    database_driver: pdo_pgsql
    database_host: {v.ip()}
    database_user: wallabag
    database_password: {v.pw('yaml')}
    mailer_dsn: smtp://{v.role()}:{v.pw('url', 'smtp_password')}@{v.ip()}:587
    from_email: {v.em(True)}
    secret: {v.k('hex32')}
"""


# ===================================================================== network
NET = "network config"


@t("ciena_saos", NET, "text", "configs/ciena-3930.cfg")
def _(r):
    v = V(r)
    return f"""! Ciena SAOS
system set host-name cn3930-{v.n(1, 20)}
interface set ip-interface local ip {v.priv()}/24
interface set ip-interface remote ip {v.ip()}/30
snmp create community {v.pw('net', 'snmp_community')} access read-only
radius-client server add server {v.ip()} secret {v.pw('net', 'radius_secret')}
user create user noc access-level super password {v.pw('net', 'device_user_password')}
! contact {v.em(True)}
"""


@t("peplink_cli", NET, "text", "configs/peplink-balance.txt")
def _(r):
    v = V(r)
    return f"""> config wan 1
  ip {v.ip()}
  netmask {v.mask()}
  gateway {v.ip()}
> config lan
  ip {v.priv()}
> config pepvpn profile hq
  remote-id hq
  psk {v.pw('net', 'ipsec_psk')}
> config admin password {v.pw('net', 'device_user_password')}
# notify {v.em()}
"""


@t("cradlepoint_ncos", NET, "text", "configs/cradlepoint-ibr900.txt")
def _(r):
    v = V(r)
    return f"""set config/wlan/radio/0/bss/0/ssid "gauge-hut"
set config/wlan/radio/0/bss/0/wpapsk "{v.pw('net', 'wifi_passphrase')}"
set config/routing/tables/0/routes/0/gateway "{v.ip()}"
set config/lan/0/ip_address "{v.priv()}"
set config/lan/0/netmask "{v.mask()}"
set config/system/users/0/password "{v.pw('net', 'device_user_password')}"
# owner {v.em()}
"""


@t("barracuda_cloudgen", NET, "text", "configs/cgf-boxnet.conf")
def _(r):
    v = V(r)
    return f"""[boxnet]
IP={v.ip()}
MASK={v.mask()}
GW={v.ip()}
MGMTIP={v.priv()}
[vpn-site-hq]
PEER={v.ip()}
PSK={v.pw('net', 'ipsec_psk')}
[notify]
MAILTO={v.em(True)}
"""


@t("kemp_loadmaster", NET, "shell", "scripts/kemp-vs.sh")
def _(r):
    v = V(r)
    p = v.pw('url', 'device_user_password')
    return f"""#!/bin/sh
# add a virtual service on the LoadMaster
curl -sk "https://bal:{p}@{v.ip()}/access/addvs?vs={v.ip()}&port=443&prot=tcp"
curl -sk "https://bal:{p}@{v.ip()}/access/addrs?vs={v.ip()}&port=443&prot=tcp&rs={v.priv()}&rsport=8443"
# ticket raised by {v.em()}
"""


@t("radware_alteon", NET, "text", "configs/alteon.cfg")
def _(r):
    v = V(r)
    return f"""/c/sys/mmgmt
        addr {v.priv()}
        mask {v.mask()}
/c/l3/if 1
        ena
        addr {v.ip()}
        mask {v.mask()}
/c/sys/access/user/uid 1
        name "operator"
        pswd "{v.pw('net', 'device_user_password')}"
/c/sys/ssnmp
        rcomm "{v.pw('net', 'snmp_community')}"
/* contact {v.em(True)} */
"""


@t("edgecore_sonic", NET, "json", "etc/sonic/config_db.json")
def _(r):
    v = V(r)
    doc = {"MGMT_INTERFACE": {"eth0|mgmt": {"gwaddr": v.priv()}},
           "TACPLUS_SERVER": {"srv1": {"address": v.ip(), "passkey": v.pw('quoted', 'tacacs_secret')}},
           "SNMP_COMMUNITY": {"c1": {"community": v.pw('net', 'snmp_community'), "TYPE": "RO"}},
           "DEVICE_METADATA": {"localhost": {"hostname": "leaf-07", "contact": v.em()}}}
    return json.dumps(doc, indent=2, ensure_ascii=False) + "\n"


@t("dlink_dgs", NET, "text", "configs/dgs-1510.cfg")
def _(r):
    v = V(r)
    return f"""config ipif System ipaddress {v.priv()}/{v.mask()}
create iproute default {v.ip()}
create account admin noc
{v.pw('net', 'device_user_password')}
config snmp community {v.pw('net', 'snmp_community')} view CommunityView read_only
config syslog host 1 ipaddress {v.ip()}
# label: {v.em()}
"""


@t("omniswitch_aos", NET, "text", "configs/os6860.vcboot.cfg")
def _(r):
    v = V(r)
    return f"""! Alcatel-Lucent OmniSwitch
ip interface "mgmt" address {v.priv()} mask {v.mask()} vlan 10
ip static-route {v.any()}/0 gateway {v.ip()}
aaa radius-server "rad1" host {v.ip()} key {v.pw('net', 'radius_secret')}
user admin password {v.pw('net', 'device_user_password')}
snmp community-map {v.pw('net', 'snmp_community')} user public on
! owner {v.em(True)}
"""


@t("lancom_lcos", NET, "text", "configs/lancom-1793.lcs")
def _(r):
    v = V(r)
    return f"""# LANCOM LCOS script
set /Setup/TCP-IP/Network-list/INTRANET {v.priv()} {v.mask()}
set /Setup/WAN/PPP/INTERNET {{Username}} {v.em()}
set /Setup/WAN/PPP/INTERNET {{Password}} {v.pw('net')}
set /Setup/VPN/IKEv2/Auth/Parameter/HQ {{Local-Password}} {v.pw('net', 'ipsec_psk')}
set /Setup/VPN/IKEv2/Peers/HQ {{Gateway}} {v.ip()}
"""


@t("stormshield_sns", NET, "text", "configs/sns-ipsec.txt")
def _(r):
    v = V(r)
    return f"""CONFIG IPSEC PEER NEW name=hq remotegw={v.ip()} ikeprofile=strong
CONFIG IPSEC PSK peer=hq psk={v.pw('net', 'ipsec_psk')}
CONFIG NETWORK INTERFACE UPDATE ifname=in address={v.priv()} mask={v.mask()}
CONFIG SNMP COMMUNITY name={v.pw('net', 'snmp_community')}
CONFIG COMMUNICATION EMAIL from={v.em(True)} server={v.ip()}
"""


# ===================================================================== shell / CLI dotfiles
SH = "command line / shell"


@t("curlrc", SH, "conf", ".curlrc")
def _(r):
    v = V(r)
    return f"""# ~/.curlrc
proxy = "http://{v.priv()}:3128"
proxy-user = "svc_proxy:{v.pw('shell')}"
header = "X-Api-Key: {v.k('ipqs')}"
resolve = "api.tidewright.net:443:{v.ip()}"
user-agent = "gauge-sync/{v.ver()} ({v.em()})"
"""


@t("gemrc", SH, "yaml", ".gemrc")
def _(r):
    v = V(r)
    p = v.pw('url')
    return f"""---
:backtrace: false
:sources:
- https://rubygems.org/
- https://ci:{p}@{v.ip()}/private/
:update_sources: true
# gem owner {v.em()}
gem: --no-document
"""


@t("duplicity_cron_sh", SH, "shell", "bin/offsite-backup.sh")
def _(r):
    v = V(r)
    return f"""#!/bin/bash
export PASSPHRASE={v.pw('shell')}
export AWS_ACCESS_KEY_ID={v.k('aws_id')}
export AWS_SECRET_ACCESS_KEY={v.k('aws_secret')}
duplicity --full-if-older-than 1M /srv/gauges "s3://{v.ip()}:9000/offsite/gauges" \\
  --email-report {v.em()}
ping -c1 {v.priv()} >/dev/null || echo "nas down"
"""


@t("bacula_dir_conf", SH, "conf", "etc/bacula/bacula-dir.conf")
def _(r):
    v = V(r)
    return f"""Director {{
  Name = bacula-dir
  DIRport = 9101
  Password = "{v.pw('quoted')}"
}}
Client {{
  Name = gauge-fd
  Address = {v.ip()}
  Password = "{v.pw('quoted')}"
}}
Storage {{
  Name = nas
  Address = {v.priv()}
  Password = "{v.pw('quoted')}"
}}
Messages {{ Name = Standard; mailcommand = "/usr/sbin/bsmtp -f {v.role()}"; mail = {v.em()} = all }}
"""


@t("autorestic_yml", SH, "yaml", ".autorestic.yml")
def _(r):
    v = V(r)
    return f"""version: 2
locations:
  gauges:
    from: /srv/gauges
    to: [offsite]
backends:
  offsite:
    type: s3
    path: {v.ip()}:9000/restic-gauges
    key: {v.pw('yaml', 'repo_password')}
    env:
      AWS_ACCESS_KEY_ID: {v.k('aws_id')}
      AWS_SECRET_ACCESS_KEY: {v.k('aws_secret')}
# owner {v.em()}
"""


@t("resticprofile_toml", SH, "toml", "profiles.toml")
def _(r):
    v = V(r)
    return f"""version = "1"

[default]
repository = "sftp:backup@{v.ip()}:/restic"
password-file = "key.txt"

[default.env]
RESTIC_PASSWORD = "{v.pw('quoted', 'repo_password')}"

[default.backup]
source = ["/home"]
# report to {v.em()}; nas fallback {v.priv()}
"""


@t("fetchmailrc", SH, "conf", ".fetchmailrc")
def _(r):
    v = V(r)
    return f"""set daemon 300
set postmaster "{v.em()}"
poll {v.ip()} protocol imap
  user "{v.em()}" password "{v.pw('quoted')}" is localuser here ssl
poll mail.{v.c('gmx.de', 'web.de')} protocol pop3
  user "{v.em(False)}" there with password "{v.pw('quoted')}" is localuser here
"""


@t("offlineimaprc", SH, "ini", ".offlineimaprc")
def _(r):
    v = V(r)
    return f"""[general]
accounts = work

[Account work]
localrepository = local
remoterepository = remote

[Repository remote]
type = IMAP
remotehost = {v.ip()}
remoteuser = {v.em(True)}
remotepass = {v.pw('ini')}
sslcacertfile = /etc/ssl/certs/ca-certificates.crt
"""


@t("mbsyncrc", SH, "conf", ".mbsyncrc")
def _(r):
    v = V(r)
    return f"""IMAPAccount personal
Host {v.ip()}
User {v.em()}
Pass {v.pw('shell')}
SSLType IMAPS

IMAPStore personal-remote
Account personal
# old box: {v.priv()}
"""


@t("himalaya_toml", SH, "toml", ".config/himalaya/config.toml")
def _(r):
    v = V(r)
    return f"""[accounts.work]
default = true
email = "{v.em(True)}"
display-name = "Gauge Ops"
backend.type = "imap"
backend.host = "{v.ip()}"
backend.port = 993
backend.login = "{v.em(True)}"
backend.auth.type = "password"
backend.auth.raw = "{v.pw('quoted')}"
message.send.backend.host = "{v.ip()}"
"""


@t("bash_history", SH, "shell", ".bash_history")
def _(r):
    v = V(r)
    return f"""ssh -p 2222 ops@{v.ip()}
mysql -h {v.ip()} -u reports -p{v.pw('shell')} gauges
curl -s "https://api.ipgeolocation.io/ipgeo?apiKey={v.k('ipgeolocation')}&ip={v.ip()}"
ping {v.priv()}
git config user.email {v.em()}
ip addr show | grep {v.ll()}
"""


# ===================================================================== logs
LOG = "log / stack trace"


@t("pureftpd_log", LOG, "log", "var/log/pure-ftpd/transfer.log")
def _(r):
    v = V(r)
    return f"""Mar  3 02:11:{v.n(10, 59)} gauge pure-ftpd: (?@{v.ip()}) [INFO] New connection from {v.ip()}
Mar  3 02:11:{v.n(10, 59)} gauge pure-ftpd: (?@{v.ip()}) [WARNING] Authentication failed for user [{v.em()}]
Mar  3 02:12:{v.n(10, 59)} gauge pure-ftpd: (?@{v.priv()}) [INFO] logger is now logged in
Mar  3 02:12:{v.n(10, 59)} gauge pure-ftpd: (logger@{v.priv()}) [NOTICE] /srv/ftp/upload.csv uploaded
"""


@t("jetty_request_log", LOG, "log", "logs/jetty-request.log")
def _(r):
    v = V(r)
    return f"""{v.ip()} - - [03/Mar/2025:10:02:11 +0000] "GET /api/tides?station=7&apikey={v.k('hex32')} HTTP/1.1" 200 812
{v.ip()} - - [03/Mar/2025:10:02:14 +0000] "POST /login HTTP/1.1" 302 0
{v.priv()} - - [03/Mar/2025:10:02:20 +0000] "GET /health HTTP/1.1" 200 2
2025-03-03 10:02:21.114:WARN:oejs.HttpChannel:qtp-17: /admin java.lang.IllegalStateException: bad credential for {v.em()}
"""


@t("lighttpd_access_log", LOG, "log", "var/log/lighttpd/access.log")
def _(r):
    v = V(r)
    return f"""{v.ip()} stations.tidewright.net - [03/Mar/2025:04:10:01 +0000] "GET /cgi-bin/export?user=ops&pass={v.pw('url')} HTTP/1.1" 200 5120 "-" "curl/8.5.0"
{v.ip()} stations.tidewright.net - [03/Mar/2025:04:10:05 +0000] "GET /favicon.ico HTTP/1.1" 404 345 "-" "Mozilla/5.0"
{v.lo()} stations.tidewright.net - [03/Mar/2025:04:11:00 +0000] "GET /server-status HTTP/1.1" 200 900 "-" "munin/{v.ver()}"
"""


@t("varnishlog", LOG, "log", "varnishlog.txt")
def _(r):
    v = V(r)
    return f"""*   << Request  >> 32770
-   Begin          req 32769 rxreq
-   ReqStart       {v.ip()} 51412 a0
-   ReqURL         /v1/geo?token={v.k('ipinfo')}
-   ReqHeader      X-Forwarded-For: {v.ip()}, {v.priv()}
-   ReqHeader      From: {v.em()}
-   BackendOpen    26 boot.api {v.priv()} 8080 {v.lo()} 40112
-   End
"""


@t("cups_error_log", LOG, "log", "var/log/cups/error_log")
def _(r):
    v = V(r)
    return f"""E [03/Mar/2025:08:14:22 +0000] [Job 412] Unable to connect to printer; will retry in 30 seconds.
D [03/Mar/2025:08:14:22 +0000] [Job 412] Device URI: ipp://scan:{v.pw('url')}@{v.ip()}/ipp/print
I [03/Mar/2025:08:14:40 +0000] [Job 412] Job submitted by {v.em()} from {v.priv()}
W [03/Mar/2025:08:15:01 +0000] printer-state-reasons=media-empty-warning
"""


@t("modsecurity_audit_log", LOG, "log", "var/log/modsec_audit.log")
def _(r):
    v = V(r)
    return f"""--a1b2c3d4-A--
[03/Mar/2025:11:20:31 +0000] Z8x1 {v.ip()} 44120 {v.priv()} 443
--a1b2c3d4-B--
POST /wp-login.php HTTP/1.1
Host: blog.marlpit.ch
Content-Type: application/x-www-form-urlencoded

log={v.em()}&pwd={v.pw('url')}
--a1b2c3d4-H--
Message: Warning. Matched phrase "wp-login" [id "9001"] [msg "login brute force"] [client {v.ip()}]
"""


@t("glitchtip_event_json", LOG, "json", "events/event-4411.json")
def _(r):
    v = V(r)
    doc = {"event_id": g.look("uuid_event_id", g.uuid_raw(r).replace("-", "")),
           "level": "error", "platform": "python",
           "user": {"email": v.em(), "ip_address": v.ip()},
           "request": {"url": "https://api.brinefield.org/v2/export", "env": {"REMOTE_ADDR": v.ip()},
                       "headers": {"Authorization": "Bearer " + v.k('zammad')}},
           "exception": {"values": [{"type": "OperationalError", "value":
                         "connection to server at \"" + v.priv() + "\", port 5432 failed"}]}}
    return json.dumps(doc, indent=2, ensure_ascii=False) + "\n"


@t("instabug_crash_log", LOG, "log", "crash/instabug-report.txt")
def _(r):
    v = V(r)
    return f"""Instabug report #{v.n(1000, 9999)}
App: TideWatch {v.ver()} (build {v.n(100, 999)})
Reporter: {v.em()}
Device IP: {v.ip()}
Token used: {v.k('instabug')}
Fatal Exception: java.net.SocketTimeoutException: failed to connect to /{v.ip()} (port 443) from /{v.priv()} after 10000ms
    at libcore.io.IoBridge.connectErrno(IoBridge.java:185)
"""


# ===================================================================== chat / ticket / email
CHAT = "chat / ticket / email"


@t("zammad_ticket", CHAT, "json", "zammad/ticket-create.json")
def _(r):
    v = V(r)
    doc = {"title": "Gauge 12 offline", "group": "NOC", "customer": v.em(),
           "article": {"subject": "offline since 02:00", "body":
                       "Logger at " + v.ip() + " is unreachable. Login is logger / " + v.pw('quoted') +
                       " if you need to check it. Internal jump host " + v.priv() + ".",
                       "type": "note", "internal": True}}
    return json.dumps(doc, indent=2, ensure_ascii=False) + "\n"


@t("kayako_api", CHAT, "shell", "scripts/kayako-ticket.sh")
def _(r):
    v = V(r)
    return f"""#!/bin/sh
API_KEY={v.k('kayako_id')}
SECRET_KEY={v.k('kayako_secret')}
curl -s -X POST "https://{v.ip()}/api/index.php?e=/Tickets/Ticket" \\
  -d "subject=Tide gauge offline" -d "email={v.em()}" -d "apikey=$API_KEY"
"""


@t("basecamp_message", CHAT, "markdown", "basecamp/message-board.md")
def _(r):
    v = V(r)
    return f"""**Re: moving the gauge server** - posted by {v.em(True)}

The new box is up at {v.ip()} (old one {v.priv()} stays until Friday).
Admin password for the web UI is {v.pw('prose')} - please change it after first login.
For the API script I used the OAuth token `{v.k('basecamp')}`; it expires in two weeks.
"""


@t("wrike_task", CHAT, "text", "wrike/task-comment.txt")
def _(r):
    v = V(r)
    return f"""Task: Migrate tide exports to new storage
Comment by {v.em()}:
 done - storage endpoint is {v.ip()}, bucket creds in the vault except the Wrike token
 I used for the sync script: {v.k('wrike')}
 (rotate it when you close this task). Staging copy on {v.priv()}.
"""


@t("kanboard_jsonrpc", CHAT, "shell", "scripts/kanboard-create.sh")
def _(r):
    v = V(r)
    return f"""#!/bin/sh
curl -s -u "jsonrpc:{v.k('kanboard')}" -d '{{"jsonrpc": "2.0", "method": "createTask", "id": 1, "params": {{"project_id": 3, "title": "gauge {v.ip()} down", "reference": "{v.em()}"}}}}' \\
  http://{v.priv()}/jsonrpc.php
"""


@t("viber_bot", CHAT, "python", "bots/viber_alerts.py")
def _(r):
    v = V(r)
    return f"""import requests

VIBER_TOKEN = "{v.k('viber')}"
ADMIN = "{v.em()}"
WEBHOOK_HOST = "{v.ip()}"


def alert(text):
    requests.post("https://chatapi.viber.com/pa/send_message",
                  headers={{"X-Viber-Auth-Token": VIBER_TOKEN}},
                  json={{"receiver": "{v.uuid('receiver_id')}", "type": "text", "text": text}})
"""


@t("wechat_work_webhook", CHAT, "shell", "scripts/wecom-notify.sh")
def _(r):
    v = V(r)
    return f"""#!/bin/sh
# WeChat Work group robot
curl -s "https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key={v.k('wechat_webhook')}" \\
  -H 'Content-Type: application/json' \\
  -d '{{"msgtype": "text", "text": {{"content": "gauge {v.ip()} offline, owner {v.em()}"}}}}'
"""


@t("chatwork_post", CHAT, "python", "bots/chatwork_notify.py")
def _(r):
    v = V(r)
    return f"""import urllib.request

CHATWORK_TOKEN = "{v.k('chatwork')}"
ROOM = {v.n(100000000, 399999999)}
REPORTER = "{v.em(True)}"


def notify(msg):
    req = urllib.request.Request(f"https://api.chatwork.com/v2/rooms/{{ROOM}}/messages",
                                 data=("body=" + msg).encode(), headers={{"X-ChatWorkToken": CHATWORK_TOKEN}})
    return urllib.request.urlopen(req)
# relay host {v.ip()}
"""


# ===================================================================== SQL / CSV
SQL = "SQL / CSV"


@t("ingres_sql", SQL, "sql", "sql/ingres_setup.sql")
def _(r):
    v = V(r)
    return f"""/* Ingres: service users for the gauge loader */
CREATE USER gauge_loader WITH PASSWORD = '{v.pw('quoted')}';
CREATE USER gauge_report WITH PASSWORD = '{v.pw('quoted')}';
INSERT INTO contacts (name, email, host) VALUES ('loader', '{v.em()}', '{v.ip()}');
INSERT INTO contacts (name, email, host) VALUES ('test', '{v.rem()}', '{v.priv()}');
"""


@t("interbase_isql", SQL, "sql", "sql/connect_stock.sql")
def _(r):
    v = V(r)
    return f"""-- InterBase isql script
CONNECT '{v.ip()}:/data/stock.ib' USER 'SYSDBA' PASSWORD '{v.pw('quoted')}';
UPDATE settings SET smtp_host = '{v.ip()}', smtp_pass = '{v.pw('quoted', 'smtp_password')}' WHERE id = 1;
UPDATE settings SET notify_to = '{v.em(True)}' WHERE id = 1;
COMMIT;
"""


@t("nordpass_export_csv", SQL, "csv", "exports/nordpass.csv")
def _(r):
    v = V(r)
    rows = ["name,url,username,password,note,cardholdername,cardnumber,cvc,expirydate,zipcode,folder,full_name,phone_number,email,address1,address2,city,country,state,type"]
    for site in ("gauge-admin", "nas", "router"):
        rows.append(f"{site},https://{v.ip()}/,{v.em()},{v.pw('csv')},,,,,,,Work,,,,,,,,,password")
    rows.append(f"lab-switch,http://{v.priv()}/,admin,{v.ph('changeme')},default,,,,,,Work,,,,,,,,,password")
    return "\n".join(rows) + "\n"


# ===================================================================== notebook
NB = "notebook"


@t("datalore_ipynb", NB, "ipynb", "notebooks/tides_analysis.ipynb")
def _(r):
    v = V(r)
    src1 = [f"TIDE_DB = \"postgresql://analyst:{v.pw('url')}@{v.ip()}:5432/tides\"\n",
            f"NEPTUNE_API_TOKEN = \"{v.k('neptune')}\"\n",
            f"OWNER = \"{v.em()}\"\n"]
    src2 = ["import utide\n", f"# run {g.look('uuid_run_id', g.uuid_raw(r))}\n"]
    doc = {"cells": [{"cell_type": "code", "execution_count": 1, "metadata": {}, "outputs": [], "source": src1},
                     {"cell_type": "code", "execution_count": 2, "metadata": {}, "outputs": [
                         {"name": "stdout", "output_type": "stream", "text": [f"connected to {v.ip()}\n"]}], "source": src2}],
           "metadata": {"datalore": {"version": 1, "computation_mode": "JUPYTER"}}, "nbformat": 4, "nbformat_minor": 5}
    return json.dumps(doc, indent=1, ensure_ascii=False) + "\n"


@t("nextjournal_md", NB, "markdown", "notebooks/gauge-drift.md")
def _(r):
    v = V(r)
    return f"""# Gauge drift check

```python id=setup
import requests
LABELBOX_KEY = "{v.k('labelbox')}"
GAUGE_HOST = "{v.ip()}"
```

```python id=fetch
r = requests.get(f"http://{{GAUGE_HOST}}/drift", auth=("ops", "{v.pw('quoted')}"))
```

Questions to {v.em()}. The lab copy runs on {v.priv()}.
"""


# ===================================================================== HTTP / API client export
HTTP = "HTTP / API client export"


@t("thunder_client_env", HTTP, "json", ".vscode/thunder-tests/thunderEnvironment.json")
def _(r):
    v = V(r)
    doc = [{"_id": g.look("uuid_environment_id", g.uuid_raw(r)), "name": "prod", "default": False,
            "data": [{"name": "host", "value": v.ip()}, {"name": "radarKey", "value": v.k('radar')},
                     {"name": "user", "value": v.em()}, {"name": "password", "value": v.pw('quoted')}]}]
    return json.dumps(doc, indent=2, ensure_ascii=False) + "\n"


@t("paw_export", HTTP, "text", "api/paw-export.txt")
def _(r):
    v = V(r)
    return f"""GET https://{v.ip()}/v1/lookup?access_key={v.k('positionstack')}&query=Harbour HTTP/1.1
Host: api.positionstack.com
From: {v.em()}

###
POST https://{v.ip()}/v1/login HTTP/1.1
Content-Type: application/json

{{"user": "ops", "password": "{v.pw('quoted')}"}}
"""


@t("altair_graphql_env", HTTP, "json", "altair/environments.json")
def _(r):
    v = V(r)
    doc = {"base": {"title": "Environment", "variables": {"endpoint": "https://" + v.ip() + "/graphql",
                                                          "token": v.k('zammad'), "owner": v.em(True)}},
           "subEnvironments": [{"title": "local", "variables": {"endpoint": "http://" + v.lo() + ":4000/graphql"}}]}
    return json.dumps(doc, indent=2, ensure_ascii=False) + "\n"


# ===================================================================== commit / review
REV = "commit / review"


@t("mercurial_export", REV, "diff", "patches/0001-gauge-settings.patch")
def _(r):
    v = V(r)
    return f"""# HG changeset patch
# User Sorrel Achterberg <{v.em()}>
# Date 1709460000 0
# Node ID {v.sha()}
add gauge settings

diff -r 000000000000 -r 111111111111 settings.ini
--- /dev/null
+++ b/settings.ini
@@ -0,0 +1,4 @@
+[gauge]
+host = {v.ip()}
+password = {v.pw('ini')}
+api_key = {v.k('hybrid_analysis')}
"""


@t("darcs_patch", REV, "text", "_darcs/patches/relay.dpatch")
def _(r):
    v = V(r)
    return f"""New patches:

[add relay credentials
{v.em()}**20250303101500
 Ignore-this: {v.md5()}
] hunk ./relay.conf 1
+relay_host = {v.ip()}
+relay_pass = {v.pw('ini')}
+relay_mirror = {v.priv()}
"""


# ===================================================================== mobile / IDE
MOB = "mobile / IDE config"


@t("nativescript_release", MOB, "shell", "scripts/ns-release.sh")
def _(r):
    v = V(r)
    return f"""#!/bin/sh
ns build android --release \\
  --key-store-path ./keys/tidewatch.jks \\
  --key-store-password {v.pw('shell', 'keystore_password')} \\
  --key-store-alias tidewatch \\
  --key-store-alias-password {v.pw('shell', 'keystore_password')}
# uploads go to {v.ip()}; owner {v.em()}
"""


@t("tauri_android_keystore", MOB, "properties", "src-tauri/gen/android/keystore.properties")
def _(r):
    v = V(r)
    return f"""# Tauri Android signing (do not commit)
storeFile=/home/ci/keys/stemmer-upload.jks
keyAlias=upload
password={v.pw('ini', 'keystore_password')}
keyPassword={v.pw('ini', 'keystore_password')}
# updater endpoint {v.ip()} ; dev server {v.lo()}:1420 ; publisher {v.em(True)}
"""


# ===================================================================== unusual formats
ODD = "unusual format"


@t("royalts_document", ODD, "xml", "connections/Gauges.rtsz.xml")
def _(r):
    v = V(r)
    return f"""<RTSDocument>
  <RoyalRDSConnection Name="gauge-hmi" URI="{v.ip()}" CredentialUsername="hmi" CredentialPassword="{v.pw('quoted')}"/>
  <RoyalSSHConnection Name="logger" URI="{v.priv()}" CredentialUsername="root" EncryptedPassword="{g.look('royalts_encrypted', g.b64_raw(r, 48))}"/>
  <RoyalDocument Owner="{v.em()}"/>
</RTSDocument>
"""


@t("termius_export", ODD, "json", "termius/hosts.json")
def _(r):
    v = V(r)
    doc = {"hosts": [{"label": "gauge-7", "address": v.ip(), "port": 22, "username": "ops",
                      "password": v.pw('quoted'), "fingerprint": v.fp()},
                     {"label": "nas", "address": v.priv(), "username": "admin"}],
           "account": v.em()}
    return json.dumps(doc, indent=2, ensure_ascii=False) + "\n"


@t("cyberduck_bookmark", ODD, "xml", "Bookmarks/gauge.duck")
def _(r):
    v = V(r)
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<plist version="1.0">
<dict>
  <key>Protocol</key><string>sftp</string>
  <key>Hostname</key><string>{v.ip()}</string>
  <key>Username</key><string>{v.em()}</string>
  <key>UUID</key><string>{v.uuid('bookmark_id')}</string>
  <key>Notes</key><string>pw {v.pw('quoted')} (temporary)</string>
</dict>
</plist>
"""


@t("kitty_session", ODD, "ini", "Sessions/gauge-7")
def _(r):
    v = V(r)
    return f"""HostName\\{v.ip()}\\
UserName\\ops\\
Password\\{g.look('kitty_encrypted_password', g.rs(r, '0123456789ABCDEF', 48))}\\
Autocommand\\echo {v.em()}\\
ProxyHost\\{v.priv()}\\
"""


@t("xshell_session", ODD, "ini", "Xshell/Sessions/gauge.xsh")
def _(r):
    v = V(r)
    return f"""[CONNECTION]
Host={v.ip()}
Port=22
[CONNECTION:AUTHENTICATION]
UserName=ops
Password={g.look('xshell_encrypted_password', g.b64_raw(r, 36))}
[SESSION]
Description=owner {v.em()} ; jump {v.priv()} ; plain {v.pw('ini')}
"""


# ===================================================================== docs / prose
DOC = "docs / prose"


@t("runbook_tide_gauge", DOC, "markdown", "docs/runbook-tide-gauge.md")
def _(r):
    v = V(r)
    return f"""# Runbook: tide gauge logger unreachable

1. Check the modem at {v.ip()} (web UI user `admin`, password `{v.pw('quoted')}`).
2. If the modem answers but the logger does not, SSH to the jump host {v.ip()} and try {v.priv()}.
3. The upload job uses the Afterpay-style merchant secret `{v.k('afterpay')}` only for the invoice
   export; do not use it for anything else.
4. Escalate to {v.em(True)}; the vendor contact is {v.em()}.

Netmask on the hut LAN is {v.mask()}; the logger firmware should report {v.ver()}.
"""


@t("postmortem_urlscan_key", DOC, "markdown", "docs/postmortems/2025-02-urlscan-key.md")
def _(r):
    v = V(r)
    return f"""# Postmortem: urlscan.io key in a public notebook

**Summary.** On 14 Feb a notebook with our urlscan.io API key (`{v.k('urlscan')}`) and the OTX key
`{v.k('otx')}` was pushed to a public repository by {v.em()}.
The scanner box ({v.ip()}) also had its root password ({v.pw('prose')}) in the same cell.

**Timeline.** 09:12 push; 09:40 alert from {v.role()}; 10:05 keys revoked; 10:30 box {v.ip()} rebuilt.
Internal mirror {v.priv()} was not affected. Commit {v.sha()} was rewritten.
"""


NOTE_KEYS = ["ipinfo", "ipdata", "pulsedive", "otx", "zoho_refresh", "revolut", "klarna", "chatwork", "viber",
             "radar", "wrike", "basecamp", "hex64", "redash", "pepipost", "afterpay", "exceptionless",
             "hybrid_analysis", "ipqs", "truelayer", "ipstack", "cronitor", "mezmo", "glitchtip", "kanboard",
             "instabug", "zammad"]

# name, title, intro, server word, password word, key word, mail word, outro, native place
NOTES = [
    ("waray", "Mga nota para ha sunod nga duty", "Ini an mga detalye han server han tide gauge.", "server", "password", "yabi", "email", "Ayaw paghatag hini ha iba. An bag-o nga password amo an", "Tacloban"),
    ("chamorro", "Nota para i sigiente na turnu", "Estague i detåye siha para i server.", "server", "kontraseña", "yabi", "email", "Ti para un sångan ni otro taotao. I nuebu na kontraseña", "Hagåtña"),
    ("bikol", "Tala para sa sunod na duty", "Uya an mga detalye kan server kan gauge.", "server", "password", "susi", "email", "Dai ipaaram sa iba. An bagong password iyo an", "Naga"),
    ("udmurt", "Азьланьяз дежурлы гожтэт", "Татын сервер сярысь ивор.", "сервер", "пароль", "усьтон", "почта", "Мукетъёслы эн сётэ. Выль пароль", "Ижкар"),
    ("erzya", "Сыця дежурнойнень сёрмадовкс", "Тесэ сервердэнь корясь мезе содамс.", "сервер", "пароль", "панжема", "почта", "Лиятненень иляр максо. Од пароль", "Саран"),
    ("sakha", "Кэлэр дьуһуурунайга суруйуу", "Манна сервер туһунан сибидиэнньэлэр.", "сервер", "кистэлэҥ тыл", "күлүүс", "почта", "Атын дьоҥҥо биэримэ. Саҥа кистэлэҥ тыл", "Дьокуускай"),
    ("kalmyk", "Дарук дежурд бичг", "Энд серверин тускар медәтнь.", "сервер", "нууц үг", "түлкүр", "почт", "Нань улсд бичә өгтн. Шин нууц үг", "Элст"),
    ("adyghe", "Къыкӏэлъыкӏорэ дежурным тхылъ", "Мыщ серверым ехьылӏэгъэ къэбархэр.", "сервер", "пароль", "ӏункӏыбзэ", "почт", "Нэмыкӏхэм ямыт. Пароль кӏэр", "Мыекъуапэ"),
    ("avar", "Цебесеб дежурныйлъе кагъат", "Гьанир сервералъул баянал.", "сервер", "пароль", "кӏул", "почта", "Цогидазе кьеге. Цӏияб пароль", "МахӀачхъала"),
    ("lezgian", "Къведай дежурныйдиз чар", "Инал серверди гьакъиндай малуматар ава.", "сервер", "пароль", "куьлег", "почта", "Масадбуруз гумир. Цийи пароль", "Ахцегь"),
    ("nogai", "Кележек дежурныйга хат", "Мунда сервер туьгисинде малимет.", "сервер", "парол", "кильт", "почта", "Баскаларга бермен. Янъы парол", "Терекли"),
    ("mingrelian", "მოსქიდალ მორიგეშო ნოტა", "აქ რე სერვერიშ მონაცემეფი.", "სერვერი", "პაროლი", "გასაღები", "ფოსტა", "შხვეფს ვაუჩქუათ. ახალ პაროლი", "ზუგდიდი"),
    ("gilaki", "یادداشت بی بعدی کشیک", "اَیا سرورˇ جزئیات ایسه.", "سرور", "رمز", "کلید", "ایمیل", "بقیه رِه ندی. نو رمز", "رشت"),
    ("mazanderani", "یادداشت وسه بعدی کشیک", "ایجه سرور جزئیات دره.", "سرور", "رمز", "کلید", "ایمیل", "دیگرون ره نده. نو رمز", "ساری"),
    ("kashmiri", "یِمہٕ ڈیوٹی خٲطرٕ نوٹ", "یتہِ چھےٚ سرورٕچ تفصیل.", "سرور", "پاس ورڈ", "کُنٛز", "ای میل", "بیٚین نہٕ دِیِو. نوٚو پاس ورڈ", "سرینگر"),
    ("dogri", "अगली ड्यूटी आस्तै नोट", "इत्थें सर्वर दी जानकारी ऐ.", "सर्वर", "पासवर्ड", "चाबी", "ईमेल", "कुसै होर गी नेईं देओ. नमां पासवर्ड", "जम्मू"),
    ("magahi", "अगला ड्यूटी ला नोट", "इहाँ सर्वर के जानकारी हे.", "सर्वर", "पासवर्ड", "चाभी", "ईमेल", "केकरो दोसर के मत दऽ. नयका पासवर्ड", "गया"),
    ("rajasthani", "आगली ड्यूटी सारू नोट", "अठै सर्वर री जाणकारी है.", "सर्वर", "पासवर्ड", "कूंची", "ईमेल", "दूजां नै मत दीजो. नुवो पासवर्ड", "जोधाणो"),
    ("tulu", "ಬೊಕ್ಕದ ಡ್ಯೂಟಿಗ್ ನೋಟ್", "ಮುಲ್ಪ ಸರ್ವರ್ದ ವಿವರೊ ಉಂಡು.", "ಸರ್ವರ್", "ಪಾಸ್‌ವರ್ಡ್", "ಬೀಗದ ಕೈ", "ಇಮೇಲ್", "ಬೇತೆಕುಲೆಗ್ ಕೊರೊಡ್ಚಿ. ಪೊಸ ಪಾಸ್‌ವರ್ಡ್", "ಕುಡ್ಲ"),
    ("sylheti", "ফরের ডিউটির লাগি নোট", "ইখানো সার্ভারর খবর আছে.", "সার্ভার", "পাসওয়ার্ড", "চাবি", "ইমেইল", "অন্য কেউরে দিবায় না. নয়া পাসওয়ার্ড", "সিলেট"),
    ("aromanian", "Notã trã turnul ci yini", "Aoa suntu detaliili a serverlui.", "server", "zbor ascumtu", "cljai", "email", "Nu lj-u dats a altoru. Zborlu ascumtu nou easti", "Sãmarina"),
    ("walloon", "Note po l' ci ki vént après", "Vochal les detays do sierveu.", "sierveu", "sicret", "clé", "emile", "Nel dinez a nouk. Li novea sicret c' est", "Lîdje"),
    ("picard", "Note pour chti qui vient après", "Vlà chés détails du sérveu.", "sérveu", "mot d'passe", "clé", "imèle", "Nel donne point à d'eutes. Ch' nouvieu mot d'passe ch'est", "Anmien"),
    ("meankieli", "Muistiinpano seuraavale vuorole", "Tässä on serverin tieot.", "serveri", "salasana", "avain", "e-posti", "Älä anna muile. Uusi salasana oon", "Matarenki"),
    ("rarotongan", "Tuatua no te angaanga i muri", "Teia te au tuatua no te server.", "server", "kupu muna", "ki", "imere", "Eiaa e oronga ki etai ke. Te kupu muna ou", "Avarua"),
    ("emilian", "Nota par quel ch'a vin dop", "Chè a gh'è i detài dal server.", "server", "paróla ṡgrêta", "ciav", "email", "An la dèr a inciún. La paróla ṡgrêta nôva l'é", "Bulåggna"),
    ("ingrian", "Kirjutus tulevalle vuorolle", "Tässä ono serverin tiijot.", "serveri", "salasana", "avvain", "e-posti", "Elä anna muile. Uus salasana ono", "Soikkola"),
]


def _make_note(idx, name, title, intro, srv, pw_w, key_w, mail_w, outro, place):
    def fn(r):
        v = V(r)
        native = g.mark("PASSWORD", "pw_native", f"{place}{r.randint(1950, 2030)}{r.choice(['!', '#', '-', '*'])}{r.randint(1, 99)}")
        kt = NOTE_KEYS[(idx + r.randrange(3)) % len(NOTE_KEYS)]
        form = r.randrange(3)
        if form == 0:
            body = (f"- {srv}: {v.ip()} ({pw_w}: {v.pw('prose')})\n- {key_w}: {v.k(kt)}\n"
                    f"- {mail_w}: {v.em()}\n- {pw_w} (2): {native}\n")
        elif form == 1:
            body = (f"{srv} {v.ip()}, {pw_w}: {v.pw('prose')}\n{key_w} ({kt}): {v.k(kt)}\n"
                    f"{mail_w} {v.em()} / {v.em(True)}\n{pw_w}: {native}\n")
        else:
            body = (f"* {srv} = {v.ip()}\n* {pw_w} = {v.pw('prose')}\n* {key_w} = {v.k(kt)}\n"
                    f"* {pw_w} VPN = {native}\n* {mail_w} = {v.em()}\n")
        return (f"{title}\n\n{intro}\n\n{body}\n{outro} {v.pw('prose', style=v.c('camel', 'passphrase', 'alnum'))}.\n"
                f"LAN {v.priv()} / {v.mask()}, {srv} 2: {v.ip()}.\n")
    return fn


for _i, _n in enumerate(NOTES):
    t(f"note_{_n[0]}", DOC, "text", f"docs/handover/{_n[0]}.txt")(_make_note(_i, *_n))
