"""Templates for held-out set 9 (standard library only).

A template is a function ``fn(r)`` returning ``(body, values)``: ``body`` holds ``«name»`` slots and
``values`` maps each name to a plain string, a labelled part ``(tag, kind, value)`` or a list of those.
``tag`` is EMAIL, IP_ADDRESS, KEY, PASSWORD, or LA for a look-alike.
"""

import gen_h9 as g

TEMPLATES = []


def tpl(name, lang, path, cls):
    def deco(fn):
        TEMPLATES.append((name, lang, path, cls, fn))
        return fn
    return deco


# ------------------------------------------------------------------ helpers
def E(v, kind="email"):
    return ("EMAIL", kind, v)


def I(v, kind="public_ipv4"):
    return ("IP_ADDRESS", kind, v)


def K(v, kind):
    return ("KEY", kind, v)


def P(v, kind="password"):
    return ("PASSWORD", kind, v)


def L(v, kind):
    return ("LA", kind, v)


def em(r):
    f = r.choice([g.email_personal, g.email_work, g.email_role])
    return E(f(r), f.__name__)


def emw(r, dom):
    return E(g.email_work(r, dom), "email_work")


def ip(r):
    return I(g.pub_ip(r))


def ip6(r):
    return I(g.pub_ipv6(r), "public_ipv6")


def key(r, fn):
    return K(fn(r), fn.__name__)


def pw(r, ctx="plain"):
    return P(g.password(r, ctx), "password_" + ctx)


def lip(r, which=None):
    fns = {"private": g.private_ip, "cgnat": g.cgnat_ip, "doc": g.doc_ip, "link_local": g.link_local_ip,
           "loopback": g.loopback_ip}
    which = which or r.choice(["private", "private", "private", "cgnat", "doc", "link_local", "loopback"])
    return L(fns[which](r), which + "_ip")


def la(r, fn):
    return L(fn(r), fn.__name__)


def lr(r, name):
    return L(g.env_ref(r, name), "env_reference")


def ph(r):
    return L(g.placeholder(r), "placeholder")


# ================================================================== data and ML tooling
@tpl("spark_defaults", "properties", "conf/spark-defaults.conf", "code / config assignment")
def _(r):
    return ("""# spark-defaults.conf for the nightly enrichment job
spark.master                       spark://«m»:7077
spark.driver.memory                8g
spark.hadoop.fs.s3a.endpoint       https://s3.eu-central-1.amazonaws.com
spark.hadoop.fs.s3a.access.key     «ak»
spark.hadoop.fs.s3a.secret.key     «sk»
spark.eventLog.dir                 s3a://«b»-spark-logs/events
spark.executor.extraJavaOptions    -Dlog4j.configuration=file:log4j.properties
spark.driver.host                  «dh»
spark.jars.packages                org.apache.hadoop:hadoop-aws:«v»
""", dict(m=lip(r, "private"), ak=key(r, g.aws_key_id), sk=key(r, g.aws_secret), b=r.choice(g.COMPANY_WORDS),
          dh=ip(r), v=la(r, g.version3)))


@tpl("hadoop_core_site", "xml", "etc/hadoop/core-site.xml", "code / config assignment")
def _(r):
    return ("""<?xml version="1.0"?>
<configuration>
  <property>
    <name>fs.defaultFS</name>
    <value>hdfs://«nn»:8020</value>
  </property>
  <property>
    <name>fs.azure.account.key.«acct».dfs.core.windows.net</name>
    <value>«k»</value>
  </property>
  <property>
    <name>hadoop.security.group.mapping.ldap.bind.password</name>
    <value>«p»</value>
  </property>
  <property>
    <name>hadoop.security.group.mapping.ldap.url</name>
    <value>ldaps://«ldap»:636</value>
  </property>
</configuration>
""", dict(nn=lip(r, "private"), acct=r.choice(g.COMPANY_WORDS) + "lake", k=key(r, g.azure_storage),
          p=pw(r, "xml"), ldap=ip(r)))


@tpl("trino_catalog", "properties", "etc/catalog/warehouse.properties", "code / config assignment")
def _(r):
    return ("""connector.name=postgresql
connection-url=jdbc:postgresql://«h»:5432/warehouse
connection-user=«u»
connection-password=«p»
# replica used for heavy scans
#connection-url=jdbc:postgresql://«h2»:5432/warehouse
case-insensitive-name-matching=true
""", dict(h=ip(r), u=g.user(r), p=pw(r, "ini"), h2=lip(r, "private")))


@tpl("mlflow_env", "shell", "scripts/mlflow_env.sh", "command line / shell")
def _(r):
    return ("""#!/usr/bin/env bash
# source me before `mlflow run .`
export MLFLOW_TRACKING_URI=https://mlflow.«d»
export MLFLOW_TRACKING_USERNAME=«e»
export MLFLOW_TRACKING_PASSWORD='«p»'
export MLFLOW_S3_ENDPOINT_URL=http://«mn»:9000
export AWS_ACCESS_KEY_ID=«ak»
export AWS_SECRET_ACCESS_KEY=«sk»
export WANDB_API_KEY=«wb»
""", dict(d=g.company_domain(r), e=em(r), p=pw(r, "shell"), mn=lip(r), ak=key(r, g.aws_key_id),
          sk=key(r, g.aws_secret), wb=key(r, g.wandb)))


@tpl("dvc_config", "ini", ".dvc/config.local", "code / config assignment")
def _(r):
    return ("""[core]
    remote = storage
['remote "storage"']
    url = s3://«b»-dvc/cache
    access_key_id = «ak»
    secret_access_key = «sk»
['remote "nas"']
    url = ssh://«nas»/volume1/dvc
    user = «u»
    password = «p»
""", dict(b=r.choice(g.COMPANY_WORDS), ak=key(r, g.aws_key_id), sk=key(r, g.aws_secret), nas=ip(r), u=g.user(r),
          p=pw(r, "ini")))


@tpl("kaggle_json", "json", ".kaggle/kaggle.json", "code / config assignment")
def _(r):
    return ('{"username":"«u»","key":"«k»"}\n', dict(u=g.first(r) + g.last(r).replace("-", ""), k=key(r, g.kaggle)))


@tpl("ray_cluster", "yaml", "cluster/ray-cluster.yaml", "CI / IaC")
def _(r):
    return ("""cluster_name: «c»-gpu
provider:
  type: local
  head_ip: «h»
  worker_ips:
    - «w1»
    - «w2»
    - «w3»
auth:
  ssh_user: ubuntu
  ssh_private_key: ~/.ssh/ray_«c».pem
setup_commands:
  - echo 'export HF_TOKEN=«hf»' >> ~/.bashrc
  - pip install -U "ray[default]==«v»"
""", dict(c=r.choice(g.COMPANY_WORDS), h=ip(r), w1=ip(r), w2=lip(r, "private"), w3=ip(r), hf=key(r, g.hf_token),
          v=la(r, g.version3)))


@tpl("superset_config", "python", "docker/pythonpath_dev/superset_config_local.py", "code / config assignment")
def _(r):
    return ('''import os

SECRET_KEY = "«sk»"
SQLALCHEMY_DATABASE_URI = "postgresql+psycopg2://superset:«p»@«h»:5432/superset"
MAPBOX_API_KEY = os.environ.get("MAPBOX_API_KEY", "")
SMTP_HOST = "«smtp»"
SMTP_USER = "«e»"
SMTP_PASSWORD = "«sp»"
SMTP_MAIL_FROM = "«e»"
TALISMAN_ENABLED = False
''', dict(sk=K(g.b64_secret(r, 42), "flask_secret"), p=pw(r, "url"), h=lip(r), smtp=ip(r), e=em(r),
          sp=pw(r, "dq")))


@tpl("metabase_env", "dotenv", "metabase/.env", "code / config assignment")
def _(r):
    return ("""MB_DB_TYPE=postgres
MB_DB_DBNAME=metabase
MB_DB_PORT=5432
MB_DB_USER=metabase
MB_DB_PASS=«p»
MB_DB_HOST=«h»
MB_ENCRYPTION_SECRET_KEY=«k»
MB_ADMIN_EMAIL=«e»
MB_EMAIL_SMTP_PASSWORD=«sp»
MB_JETTY_HOST=«bind»
""", dict(p=pw(r, "shell"), h=ip(r), k=K(g.b64_secret(r, 32), "encryption_secret"), e=em(r), sp=pw(r, "shell"),
          bind=L("0.0.0.0", "unspecified_ip")))


@tpl("clickhouse_users", "xml", "config/users.d/etl.xml", "code / config assignment")
def _(r):
    return ("""<clickhouse>
  <users>
    <etl>
      <password>«p»</password>
      <networks>
        <ip>«n1»/8</ip>
        <ip>«n2»</ip>
      </networks>
      <profile>default</profile>
    </etl>
    <grafana>
      <password_sha256_hex>«h»</password_sha256_hex>
      <networks><ip>«n3»</ip></networks>
    </grafana>
  </users>
</clickhouse>
""", dict(p=pw(r, "xml"), n1=L("10.0.0.0", "private_ip"), n2=ip(r), h=la(r, g.sha256_hex), n3=ip(r)))


@tpl("cqlshrc", "ini", "~/.cassandra/cqlshrc", "code / config assignment")
def _(r):
    return ("""[authentication]
username = «u»
password = «p»

[connection]
hostname = «h»
port = 9042

[ssl]
certfile = ~/.cassandra/«c».pem
validate = true
""", dict(u=g.user(r), p=pw(r, "ini"), h=ip(r), c=r.choice(g.COMPANY_WORDS)))


@tpl("kafka_connect_json", "json", "connectors/debezium-orders.json", "code / config assignment")
def _(r):
    return ("""{
  "name": "orders-cdc",
  "config": {
    "connector.class": "io.debezium.connector.mysql.MySqlConnector",
    "database.hostname": "«h»",
    "database.port": "3306",
    "database.user": "debezium",
    "database.password": "«p»",
    "database.server.id": "«sid»",
    "topic.prefix": "orders",
    "schema.history.internal.kafka.bootstrap.servers": "«b»:9092",
    "schema.history.internal.producer.sasl.jaas.config": "org.apache.kafka.common.security.plain.PlainLoginModule required username=\\"«ck»\\" password=\\"«cs»\\";"
  }
}
""", dict(h=ip(r), p=pw(r, "json"), sid=str(r.randrange(10000, 99999)), b=lip(r, "private"),
          ck=g.rs(r, g.UPPER + g.DIGITS, 16), cs=key(r, g.confluent)))


@tpl("logstash_pipeline", "text", "pipeline/beats-to-es.conf", "code / config assignment")
def _(r):
    return ("""input {
  beats { port => 5044 host => "«bind»" }
}
filter {
  if [source][ip] == "«scan»" { drop { } }
}
output {
  elasticsearch {
    hosts => ["https://«es1»:9200", "https://«es2»:9200"]
    user => "logstash_writer"
    password => "«p»"
    api_key => "«ak»"
    ssl_certificate_authorities => ["/etc/logstash/ca.crt"]
  }
}
""", dict(bind=L("0.0.0.0", "unspecified_ip"), scan=ip(r), es1=ip(r), es2=lip(r, "private"), p=pw(r, "dq"),
          ak=key(r, g.elastic_api)))


@tpl("fluentbit_conf", "ini", "fluent-bit/outputs.conf", "code / config assignment")
def _(r):
    return ("""[OUTPUT]
    Name            es
    Match           kube.*
    Host            «es»
    Port            9243
    HTTP_User       «u»
    HTTP_Passwd     «p»
    tls             On

[OUTPUT]
    Name            datadog
    Match           app.*
    apikey          «dd»

[OUTPUT]
    Name            forward
    Match           audit.*
    Host            «fw»
""", dict(es=ip(r), u=g.user(r), p=pw(r, "ini"), dd=key(r, g.datadog_api), fw=lip(r)))


@tpl("telegraf_toml", "toml", "telegraf/telegraf.d/outputs.toml", "code / config assignment")
def _(r):
    return ("""[[outputs.influxdb_v2]]
  urls = ["http://«i»:8086"]
  token = "«t»"
  organization = "«o»"
  bucket = "metrics"

[[inputs.snmp]]
  agents = ["udp://«sw1»:161", "udp://«sw2»:161"]
  version = 2
  community = "«c»"

[[inputs.mysql]]
  servers = ["monitor:«p»@tcp(«db»:3306)/"]
""", dict(i=lip(r, "private"), t=K(g.b64url(r, 64) + "==", "influxdb_token"), o=r.choice(g.COMPANY_WORDS),
          sw1=ip(r), sw2=lip(r, "private"), c=P(g.rs(r, g.ALNUM, 12), "snmp_community"), p=pw(r, "url"), db=ip(r)))


@tpl("vector_toml", "toml", "vector/vector.toml", "code / config assignment")
def _(r):
    return ("""[sources.syslog]
type = "syslog"
address = "«bind»:514"
mode = "udp"

[sinks.axiom]
type = "axiom"
inputs = ["syslog"]
dataset = "edge"
token = "«t»"

[sinks.loki]
type = "loki"
inputs = ["syslog"]
endpoint = "https://«lk»:3100"
auth.strategy = "basic"
auth.user = "«lu»"
auth.password = "«p»"
""", dict(bind=L("0.0.0.0", "unspecified_ip"), t=K("xaat-" + g.uuid4(r), "axiom_token"), lk=ip(r),
          lu=str(r.randrange(100000, 999999)), p=K(g.grafana_sa(r).replace("glsa_", "glc_"), "grafana_cloud")))


@tpl("alertmanager_smtp", "yaml", "alertmanager/alertmanager.yml", "CI / IaC")
def _(r):
    dom = g.company_domain(r)
    return ("""global:
  smtp_smarthost: '«smtp»:587'
  smtp_from: '«f»'
  smtp_auth_username: '«f»'
  smtp_auth_password: '«p»'
  slack_api_url: 'https://hooks.slack.com/services/«sl»'
route:
  receiver: oncall
receivers:
  - name: oncall
    email_configs:
      - to: '«to»'
    pagerduty_configs:
      - routing_key: «pd»
""", dict(smtp=ip(r), f=E(g.email_role(r, dom), "email_role"), p=pw(r, "yaml"), sl=key(r, g.slack_webhook_secret),
          to=emw(r, dom), pd=K(g.rs(r, g.HEX, 32), "pagerduty_routing_key")))


@tpl("zabbix_agent", "ini", "/etc/zabbix/zabbix_agent2.d/psk.conf", "network config")
def _(r):
    return ("""Server=«s1»,«s2»
ServerActive=«s1»
Hostname=«hn»
TLSConnect=psk
TLSAccept=psk
TLSPSKIdentity=PSK-«hn»
# PSK lives in the file below; value copied here while debugging, remove!
# «psk»
TLSPSKFile=/etc/zabbix/agent.psk
""", dict(s1=ip(r), s2=lip(r, "private"), hn=g.hostname(r).split(".")[0], psk=K(g.rs(r, g.HEX, 64), "zabbix_psk")))


# ================================================================== home automation / IoT
@tpl("esphome_yaml", "yaml", "esphome/garage-door.yaml", "code / config assignment")
def _(r):
    return ("""esphome:
  name: garage-door
wifi:
  ssid: "«ssid»"
  password: "«p»"
  manual_ip:
    static_ip: «sip»
    gateway: «gw»
    subnet: «nm»
api:
  encryption:
    key: "«k»"
ota:
  - platform: esphome
    password: "«op»"
""", dict(ssid=r.choice(["Fritz!Box 7590 XQ", "Vodafone-2.4G", "HomeNet", "TP-Link_5G"]), p=pw(r, "yaml"),
          sip=lip(r, "private"), gw=lip(r, "private"), nm=la(r, g.netmask), k=K(g.b64_secret(r, 32), "esphome_api_key"),
          op=K(g.rs(r, g.HEX, 32), "ota_password")))


@tpl("zigbee2mqtt", "yaml", "zigbee2mqtt/data/configuration.yaml", "code / config assignment")
def _(r):
    nk = ", ".join(str(r.randrange(256)) for _ in range(16))
    return ("""homeassistant: true
mqtt:
  base_topic: zigbee2mqtt
  server: mqtt://«m»:1883
  user: z2m
  password: «p»
serial:
  port: tcp://«coord»:6638
advanced:
  network_key: [«nk»]
  pan_id: «pan»
""", dict(m=lip(r, "private"), p=pw(r, "word"), coord=ip(r), nk=K(nk, "zigbee_network_key"),
          pan=str(r.randrange(1000, 65000))))


@tpl("ha_secrets", "yaml", "homeassistant/secrets.yaml", "code / config assignment")
def _(r):
    return ("""# Use !secret in configuration.yaml
http_trusted_proxy: «tp»
mqtt_password: «p1»
influx_token: «it»
openweathermap_key: «ow»
notify_smtp_user: «e»
notify_smtp_pass: «p2»
tailscale_authkey: «ts»
""", dict(tp=lip(r, "cgnat"), p1=pw(r, "word"), it=K(g.b64url(r, 64) + "==", "influxdb_token"),
          ow=K(g.rs(r, g.HEX, 32), "openweathermap_key"), e=em(r), p2=pw(r, "word"), ts=key(r, g.tailscale)))


@tpl("mosquitto_bridge", "text", "mosquitto/conf.d/bridge.conf", "network config")
def _(r):
    return ("""listener 1883 «bind»
allow_anonymous false
password_file /mosquitto/config/passwd

connection cloud-bridge
address «remote»:8883
remote_username «u»
remote_password «p»
remote_clientid «c»-bridge
topic sensors/# out 1
""", dict(bind=lip(r, "private"), remote=ip(r), u=g.user(r), p=pw(r, "shell"), c=r.choice(g.COMPANY_WORDS)))


@tpl("arduino_mqtt", "cpp", "firmware/src/secrets.h", "code / config assignment")
def _(r):
    return ("""#pragma once
// Board: ESP32-S3 DevKitC. Do not push this header.
#define WIFI_SSID      "«ssid»"
#define WIFI_PASS      "«p»"
#define MQTT_HOST      "«m»"
#define MQTT_PORT      8883
#define MQTT_USER      "device-«n»"
#define MQTT_PASS      "«mp»"
#define OTA_SERVER     "http://«ota»/firmware.bin"
static const uint8_t FALLBACK_IP[4] = {192, 168, 4, 1};
""", dict(ssid=r.choice(["warehouse-iot", "FABLAB", "Sensors_2G"]), p=pw(r, "dq"), m=ip(r),
          n=str(r.randrange(100, 999)), mp=pw(r, "dq"), ota=lip(r, "private")))


@tpl("tasmota_backlog", "text", "notes/tasmota-provisioning.txt", "command line / shell")
def _(r):
    return ("""Paste into the Tasmota console of each plug after flashing:

Backlog SSID1 «ssid»; Password1 «p»; MqttHost «m»; MqttUser plug; MqttPassword «mp»; WebPassword «wp»; Topic plug_%06X

Then check the plug answers on http://«dev»/ and in the broker log.
""", dict(ssid=r.choice(["iot-vlan", "Werkstatt", "HomeIoT"]), p=pw(r, "word"), m=ip(r), mp=pw(r, "word"),
          wp=pw(r, "word"), dev=lip(r, "private")))


@tpl("octoprint_yaml", "yaml", "octoprint/config.yaml", "code / config assignment")
def _(r):
    return ("""api:
  key: «k»
server:
  host: «bind»
  firstRun: false
plugins:
  octoeverywhere:
    PrinterKey: «pk»
  discordremote:
    bottoken: «dt»
webcam:
  stream: http://«cam»:8080/?action=stream
""", dict(k=K(g.rs(r, g.UPPER + g.DIGITS, 32), "octoprint_api_key"), bind=L("0.0.0.0", "unspecified_ip"),
          pk=K(g.rs(r, g.UPPER + g.DIGITS, 40), "octoeverywhere_key"), dt=key(r, g.discord_bot), cam=lip(r, "private")))


# ================================================================== games and voice servers
@tpl("minecraft_props", "properties", "server/server.properties", "code / config assignment")
def _(r):
    return ("""#Minecraft server properties
enable-rcon=true
rcon.port=25575
rcon.password=«p»
server-ip=«sip»
server-port=25565
motd=«c» survival - whitelist only
level-seed=«seed»
white-list=true
""", dict(p=pw(r, "ini"), sip=ip(r), c=r.choice(g.COMPANY_WORDS).capitalize(), seed=str(r.randrange(-2**62, 2**62))))


@tpl("factorio_settings", "json", "factorio/server-settings.json", "code / config assignment")
def _(r):
    return ("""{
  "name": "«c» megabase",
  "visibility": {"public": false, "lan": true},
  "username": "«u»",
  "token": "«t»",
  "game_password": "«p»",
  "admins": ["«u»"],
  "bind_address": "«b»"
}
""", dict(c=r.choice(g.COMPANY_WORDS), u=g.first(r), t=K(g.rs(r, g.HEX, 30), "factorio_token"), p=pw(r, "json"),
          b=ip(r)))


@tpl("murmur_ini", "ini", "/etc/murmur.ini", "code / config assignment")
def _(r):
    return ("""database=/var/lib/murmur/murmur.sqlite
host=«h»
port=64738
serverpassword=«p»
icesecretwrite=«ice»
registerName=«c» voice
registerPassword=«rp»
welcometext="Welcome! Ops contact: «e»"
""", dict(h=ip(r), p=pw(r, "ini"), ice=pw(r, "ini"), c=r.choice(g.COMPANY_WORDS), rp=pw(r, "ini"), e=em(r)))


@tpl("steam_api_py", "python", "tools/steam_stats.py", "code / config assignment")
def _(r):
    return ('''"""Pull concurrent-player counts for the dashboard."""
import urllib.request

STEAM_WEB_API_KEY = "«k»"
APP_ID = «app»
GAME_SERVER = ("«gs»", 27015)


def players():
    url = ("https://api.steampowered.com/ISteamUserStats/GetNumberOfCurrentPlayers/v1/"
           f"?key={STEAM_WEB_API_KEY}&appid={APP_ID}")
    with urllib.request.urlopen(url) as resp:
        return resp.read()
''', dict(k=K(g.rs(r, g.HEX.upper(), 32), "steam_web_api_key"), app=str(r.randrange(200000, 2900000)), gs=ip(r)))


# ================================================================== telephony and radius
@tpl("pjsip_conf", "ini", "/etc/asterisk/pjsip.conf", "network config")
def _(r):
    ext = str(r.randrange(100, 999))
    return ("""[transport-udp]
type=transport
protocol=udp
bind=«bind»
external_media_address=«ext»
local_net=«ln»/«nm»

[«e»]
type=auth
auth_type=userpass
username=«e»
password=«p»

[trunk-auth]
type=auth
username=«tu»
password=«tp»
""", dict(bind=L("0.0.0.0", "unspecified_ip"), ext=ip(r), ln=L("192.168.10.0", "private_ip"), nm=la(r, g.netmask),
          e=ext, p=pw(r, "ini"), tu=str(r.randrange(10 ** 9, 10 ** 10)), tp=pw(r, "ini")))


@tpl("freeradius_clients", "text", "/etc/freeradius/3.0/clients.conf", "network config")
def _(r):
    return ("""client wifi-controller {
	ipaddr = «c1»
	secret = «s1»
	shortname = unifi
}
client vpn-edge {
	ipaddr = «c2»
	secret = «s2»
	require_message_authenticator = yes
}
client localhost {
	ipaddr = «lo»
	secret = «s3»
}
""", dict(c1=lip(r, "private"), s1=P(g.rs(r, g.ALNUM, 20), "radius_secret"), c2=ip(r),
          s2=P(g.rs(r, g.ALNUM, 24), "radius_secret"), lo=L("127.0.0.1", "loopback_ip"), s3=L("testing123", "vendor_default")))


# ================================================================== snippets appended to real carriers
def _sn_python_consts(r):
    return ('''

# --- local overrides (do not commit) ---
PROXY_HOST = "«h»"
PROXY_PASSWORD = "«p»"
NOTIFY_EMAIL = "«e»"
API_TOKEN = "«k»"
''', dict(h=ip(r), p=pw(r, "dq"), e=em(r), k=key(r, r.choice([g.github_pat, g.gitlab_pat, g.sentry_user]))))


def _sn_python_dict(r):
    return ('''

STAGING_ACCOUNT = dict(
    host="«h»",
    login="«e»",
    password="«p»",
    fallback="«lh»",
)
''', dict(h=ip(r), e=em(r), p=pw(r, "dq"), lh=lip(r, "private")))


def _sn_python_smoke(r):
    return ('''

if False:  # manual smoke test against the lab box
    SMOKE = {"url": "socks5://«u»:«p»@«h»:1080", "owner": "«e»", "token": "«k»"}
''', dict(u=g.user(r), p=pw(r, "url"), h=ip(r), e=em(r), k=key(r, r.choice([g.npm_token, g.hf_token, g.doppler]))))


def _sn_markdown(r):
    return ('''
## Maintainer notes

- Release box: `ssh «u»@«h»` (password `«p»`), fallback `«lh»`
- Questions to «e»
- CI uses `«k»` until the org secret is rotated
''', dict(u=g.user(r), h=ip(r), p=pw(r, "shell"), lh=lip(r), e=em(r),
          k=key(r, r.choice([g.github_fine, g.gitlab_pat, g.buildkite]))))


def _sn_markdown_html(r):
    return ('''
<!--
staging: «h» (admin / «p»), token «k»
owner: «e»
-->
''', dict(h=ip(r), p=pw(r, "xml"), k=key(r, r.choice([g.github_pat, g.sourcegraph, g.linear])), e=em(r)))


def _sn_rst_code(r):
    return ('''
Testing against the shared lab
------------------------------

.. code-block:: bash

    export LAB_HOST=«h»
    export LAB_PASSWORD='«p»'
    export LAB_TOKEN=«k»
    git config user.email «e»
''', dict(h=ip(r), p=pw(r, "shell"), k=key(r, r.choice([g.github_app, g.npm_token, g.replicate])), e=em(r)))


def _sn_rst_note(r):
    return ('''
.. note::

   The sandbox at «h» accepts ``«e»`` / ``«p»``; API token ``«k»``.
   Internal mirror: «lh».
''', dict(h=ip(r), e=em(r), p=pw(r, "shell"), k=key(r, r.choice([g.pypi_token, g.groq, g.figma])), lh=lip(r)))


def _sn_yaml(r):
    return ('''
x-deploy:
  host: «h»
  user: «e»
  password: "«p»"
  registry_token: «k»
  internal: «lh»
''', dict(h=ip(r), e=em(r), p=pw(r, "yaml"), k=key(r, g.docker_pat), lh=lip(r, "private")))


def _sn_shell(r):
    return ('''
# local test credentials (remove before release)
GRAYLOG_HOST=«h»
GRAYLOG_ADMIN_PASSWORD='«p»'
GRAYLOG_NOTIFY=«e»
GRAYLOG_API_TOKEN=«k»
''', dict(h=ip(r), p=pw(r, "shell"), e=em(r), k=K(g.rs(r, g.LOWER + g.DIGITS, 52), "graylog_token")))


def _sn_ini(r):
    return ('''
[testenv:integration]
setenv =
    OVH_ENDPOINT = ovh-eu
    OVH_APPLICATION_KEY = «ak»
    OVH_APPLICATION_SECRET = «as»
    OVH_CONSUMER_KEY = «ck»
    OVH_TEST_IP = «h»
    OVH_NOTIFY = «e»
''', {"ak": K(g.rs(r, g.ALNUM, 16), "ovh_application_key"),
        "as": K(g.rs(r, g.ALNUM, 32), "ovh_application_secret"),
        "ck": K(g.rs(r, g.ALNUM, 32), "ovh_consumer_key"), "h": ip(r), "e": em(r)})


def _sn_makefile(r):
    return ('''
upload-docs:
	curl -u «u»:«p» -T build/html.tar.gz https://«h»/upload/
	@echo "notify «e»"
''', dict(u=g.user(r), p=pw(r, "shell"), h=ip(r), e=em(r)))


def _sn_toml(r):
    return ('''
[tool.release-bot]
index-token = "«k»"
maintainer = "«e»"
mirror = "http://«h»:3141/root/dev"
cache = "«lh»"
''', dict(k=key(r, g.pypi_token), e=em(r), h=ip(r), lh=lip(r)))


def _sn_text(r):
    return ('''
    - new web host (2025): «u»@«h», password «p»
        - contact «e» for the DNS change
''', dict(u=g.user(r), h=ip(r), p=pw(r, "shell"), e=em(r)))


def _sn_hocon(r):
    return ('''
staging {
  host = "«h»"
  user = "«e»"
  password = "«p»"
  replica = "«lh»"
}
''', dict(h=ip(r), e=em(r), p=pw(r, "dq"), lh=lip(r, "private")))


SNIPPETS = {
    "python_consts": _sn_python_consts, "python_dict": _sn_python_dict, "python_smoke": _sn_python_smoke,
    "markdown": _sn_markdown, "markdown_html": _sn_markdown_html, "rst_code": _sn_rst_code,
    "rst_note": _sn_rst_note, "yaml": _sn_yaml, "shell": _sn_shell, "ini": _sn_ini, "makefile": _sn_makefile,
    "toml": _sn_toml, "text": _sn_text, "hocon": _sn_hocon,
}


# ================================================================== less common languages
@tpl("nim_client", "nim", "src/billing_client.nim", "code / config assignment")
def _(r):
    return ('''import httpclient, json

const
  apiBase = "https://«h»/v2"
  apiKey = "«k»"
  adminMail = "«e»"

proc fetchInvoices*(): JsonNode =
  let client = newHttpClient()
  client.headers = newHttpHeaders({"Authorization": "Bearer " & apiKey})
  result = parseJson(client.getContent(apiBase & "/invoices"))
''', dict(h=ip(r), k=key(r, g.stripe_secret), e=em(r)))


@tpl("zig_build", "zig", "src/config.zig", "code / config assignment")
def _(r):
    return ('''const std = @import("std");

pub const Upstream = struct {
    host: []const u8 = "«h»",
    port: u16 = 6379,
    password: []const u8 = "«p»",
};

pub const telemetry_token = "«k»";
pub const bind_addr = "«b»";
''', dict(h=ip(r), p=pw(r, "dq"), k=key(r, g.newrelic), b=lip(r, "private")))


@tpl("julia_db", "julia", "scripts/load_prices.jl", "code / config assignment")
def _(r):
    return ('''using LibPQ, DataFrames

conn = LibPQ.Connection("host=«h» port=5432 dbname=prices user=«u» password=«p» sslmode=require")
df = DataFrame(execute(conn, "SELECT * FROM ticks WHERE day = \\$1", ["«d»"]))
ENV["AWS_ACCESS_KEY_ID"] = "«ak»"
ENV["AWS_SECRET_ACCESS_KEY"] = "«sk»"
''', dict(h=ip(r), u=g.user(r), p=pw(r, "shell"), d=g.dsn_date(r), ak=key(r, g.aws_key_id), sk=key(r, g.aws_secret)))


@tpl("dart_flutter", "dart", "lib/env/env_prod.dart", "mobile / IDE config")
def _(r):
    return ('''// Generated by hand for the TestFlight build. TODO move to --dart-define.
class EnvProd {
  static const apiUrl = 'https://«h»/api';
  static const supabaseAnonKey = '«anon»';
  static const supabaseServiceRole = '«sr»';
  static const revenueCatKey = '«rc»';
  static const supportEmail = '«e»';
}
''', dict(h=ip(r), anon=L(g.jwt(r, {"iss": "supabase", "role": "anon"}), "supabase_anon_key"),
          sr=K(g.jwt(r, {"iss": "supabase", "role": "service_role"}), "supabase_service_role"),
          rc=L("appl_" + g.rs(r, g.ALNUM, 27), "revenuecat_public_key"), e=em(r)))


@tpl("clojure_profiles", "clojure", "profiles.clj", "code / config assignment")
def _(r):
    return ('''{:dev {:env {:database-url "jdbc:postgresql://«h»:5432/app?user=app&password=«p»"
             :mailgun-key "«k»"
             :admin-email "«e»"}}
 :test {:env {:database-url "jdbc:postgresql://«lh»:5432/app_test"}}}
''', dict(h=ip(r), p=pw(r, "url"), k=key(r, g.mailgun), e=em(r), lh=lip(r, "loopback")))


@tpl("erlang_sys_config", "erlang", "config/sys.config", "code / config assignment")
def _(r):
    return ('''[
 {kernel, [{inet_dist_use_interface, {«a»}}]},
 {my_app, [
   {db, [{host, "«h»"}, {user, "«u»"}, {password, "«p»"}]},
   {smtp_relay, "«smtp»"},
   {ops_email, <<"«e»">>},
   {cookie_secret, "«k»"}
 ]}
].
''', dict(a="10,0,3,17", h=ip(r), u=g.user(r), p=pw(r, "dq"), smtp=ip(r), e=em(r), k=K(g.hex_secret(r, 48), "cookie_secret")))


@tpl("ocaml_dune", "ocaml", "bin/settings.ml", "code / config assignment")
def _(r):
    return ('''let db_uri = "postgresql://«u»:«p»@«h»:5432/ledger"
let sentry_dsn = "https://«sk»@o«org».ingest.sentry.io/«proj»"
let admin = "«e»"
let listen = "«b»"
''', dict(u=g.user(r), p=pw(r, "url"), h=ip(r), sk=la(r, g.sentry_dsn_key), org=str(r.randrange(10 ** 5, 10 ** 7)),
          proj=str(r.randrange(10 ** 5, 10 ** 7)), e=em(r), b=L("0.0.0.0", "unspecified_ip")))


@tpl("crystal_kemal", "crystal", "src/app.cr", "code / config assignment")
def _(r):
    return ('''require "kemal"
require "db"
require "pg"

DB_URL   = "postgres://kemal:«p»@«h»/kemal_prod"
JWT_KEY  = "«k»"
ADMINS   = ["«e1»", "«e2»"]

Kemal.config.host_binding = "«b»"
Kemal.run
''', dict(p=pw(r, "url"), h=ip(r), k=K(g.hex_secret(r, 64), "jwt_secret"), e1=em(r), e2=em(r),
          b=L("0.0.0.0", "unspecified_ip")))


@tpl("vbnet_module", "vbnet", "Legacy/DbSettings.vb", "code / config assignment")
def _(r):
    return ('''Module DbSettings
    ' Old ERP bridge - keep until the migration is done
    Public Const ConnString As String = "Data Source=«h»,1433;Initial Catalog=ERP;User ID=erp_bridge;Password=«p»;"
    Public Const SmtpServer As String = "«smtp»"
    Public Const ReportMail As String = "«e»"
    Public Const FtpPassword As String = "«fp»"
End Module
''', dict(h=ip(r), p=pw(r, "sql"), smtp=ip(r), e=em(r), fp=pw(r, "dq")))


@tpl("delphi_ini", "ini", "Kasse/Kasse.ini", "code / config assignment")
def _(r):
    return ('''[Datenbank]
Server=«h»
Datenbank=C:\\Kasse\\Daten\\KASSE.FDB
Benutzer=SYSDBA
Passwort=«p»

[Mail]
SMTP=«smtp»
Absender=«e»
Kennwort=«mp»

[Terminal]
ZVT_IP=«zvt»
''', dict(h=lip(r, "private"), p=pw(r, "ini"), smtp=ip(r), e=em(r), mp=pw(r, "ini"), zvt=ip(r)))


@tpl("matlab_script", "matlab", "analysis/fetch_sensor_data.m", "code / config assignment")
def _(r):
    return ('''% fetch_sensor_data.m - pull last week of readings
opts = weboptions('Username', '«u»', 'Password', '«p»', 'Timeout', 30);
url = 'https://«h»/api/readings?days=7';
data = webread(url, opts);
thingspeakKey = '«k»';
sendmail('«e»', 'weekly readings', 'see attachment');
''', dict(u=g.user(r), p=pw(r, "dq"), h=ip(r), k=K(g.rs(r, g.UPPER + g.DIGITS, 16), "thingspeak_write_key"), e=em(r)))


@tpl("tcl_expect", "tcl", "tools/router_backup.exp", "command line / shell")
def _(r):
    return ('''#!/usr/bin/expect -f
set timeout 20
set host «h»
set user «u»
set pass «p»
spawn ssh $user@$host
expect "assword:"
send "$pass\\r"
expect "#"
send "enable\\r"
expect "assword:"
send "«en»\\r"
send "copy running-config tftp://«tftp»/backup.cfg\\r"
expect eof
''', dict(h=ip(r), u=g.user(r), p=pw(r, "word"), en=pw(r, "word"), tftp=lip(r, "private")))


@tpl("autohotkey", "autohotkey", "scripts/vpn_login.ahk", "code / config assignment")
def _(r):
    return ('''; Ctrl+Alt+V logs into the VPN client
^!v::
Run, "C:\\Program Files\\OpenVPN Connect\\OpenVPNConnect.exe"
WinWaitActive, OpenVPN Connect
Send, «e»{Tab}
Send, «p»{Enter}
Return
; gateway «h»
''', dict(e=em(r), p=pw(r, "word"), h=ip(r)))


@tpl("vba_macro", "vba", "Makros/Export.bas", "code / config assignment")
def _(r):
    return ('''Attribute VB_Name = "Export"
Sub UploadReport()
    Dim http As Object
    Set http = CreateObject("MSXML2.XMLHTTP")
    http.Open "POST", "https://«h»/upload", False, "«u»", "«p»"
    http.setRequestHeader "X-Api-Key", "«k»"
    http.send ThisWorkbook.Sheets("Report").Range("A1").Value
    MsgBox "Sent to «e»"
End Sub
''', dict(h=ip(r), u=g.user(r), p=pw(r, "dq"), k=K(g.rs(r, g.HEX, 40), "api_key_hex"), e=em(r)))


@tpl("sas_libname", "sas", "etl/libnames.sas", "code / config assignment")
def _(r):
    return ('''/* warehouse connections */
libname dwh oracle path="//«h»:1521/DWHPRD" user=sas_etl password="«p»" schema=STAGE;
libname pg postgres server="«h2»" port=5432 user=sas_read password="«p2»" database=analytics;
filename mailbox email to="«e»" subject="ETL finished";
''', dict(h=ip(r), p=pw(r, "dq"), h2=lip(r, "private"), p2=pw(r, "dq"), e=em(r)))


@tpl("solidity_hardhat", "javascript", "hardhat.config.js", "code / config assignment")
def _(r):
    return ('''require("@nomicfoundation/hardhat-toolbox");

const DEPLOYER_KEY = "0x«pk»";

module.exports = {
  solidity: "0.8.24",
  networks: {
    sepolia: {
      url: "https://eth-sepolia.g.alchemy.com/v2/«alc»",
      accounts: [DEPLOYER_KEY],
    },
    local: { url: "http://«lh»:8545" },
  },
  etherscan: { apiKey: "«es»" },
};
''', dict(pk=K(g.hex_secret(r, 64), "eth_private_key"), alc=K(g.rs(r, g.B64URL, 32), "alchemy_key"),
          lh=L("127.0.0.1", "loopback_ip"), es=K(g.rs(r, g.UPPER + g.DIGITS, 34), "etherscan_key")))


@tpl("foundry_env", "dotenv", "contracts/.env", "code / config assignment")
def _(r):
    words = " ".join(r.choice(g.WORDS) for _ in range(12))
    return ('''MNEMONIC="«m»"
PRIVATE_KEY=«pk»
RPC_URL=https://mainnet.infura.io/v3/«inf»
DEPLOYER_ADDRESS=0x«addr»
''', dict(m=K(words, "bip39_mnemonic"), pk=K(g.hex_secret(r, 64), "eth_private_key"),
          inf=K(g.rs(r, g.HEX, 32), "infura_project_secret"), addr=L(g.hex_secret(r, 40), "eth_address")))


@tpl("groovy_script", "groovy", "jenkins/scripts/rotate_nexus.groovy", "CI / IaC")
def _(r):
    return ('''import groovy.json.JsonOutput

def nexus = "http://«h»:8081"
def auth = "admin:«p»".bytes.encodeBase64().toString()
def conn = new URL("${nexus}/service/rest/v1/security/users/deployer/change-password").openConnection()
conn.setRequestProperty("Authorization", "Basic ${auth}")
conn.setRequestMethod("PUT")
conn.doOutput = true
conn.outputStream.withWriter { it << "«np»" }
println "notified «e»"
''', dict(h=ip(r), p=pw(r, "dq"), np=pw(r, "dq"), e=em(r)))


@tpl("sbt_credentials", "text", "~/.sbt/.credentials", "code / config assignment")
def _(r):
    return ('''realm=Sonatype Nexus Repository Manager
host=«h»
user=«u»
password=«p»
''', dict(h=ip(r), u=g.user(r), p=pw(r, "ini")))


@tpl("nix_config", "nix", "hosts/edge/configuration.nix", "code / config assignment")
def _(r):
    return ('''{ config, pkgs, ... }:
{
  networking.interfaces.ens3.ipv4.addresses = [ { address = "«a»"; prefixLength = 24; } ];
  networking.defaultGateway = "«gw»";
  networking.nameservers = [ "«ns»" ];
  users.users.ops.hashedPassword = "«hp»";
  services.tailscale.authKeyFile = pkgs.writeText "ts" "«ts»";
  services.restic.backups.b2.environmentFile = "/run/secrets/restic";
  environment.variables.B2_ACCOUNT_KEY = "«b2»";
}
''', dict(a=ip(r), gw=ip(r), ns=ip(r), hp=la(r, g.sha512_crypt), ts=key(r, g.tailscale),
          b2=K("K00" + g.rs(r, g.ALNUM + "/+", 28), "backblaze_app_key")))


@tpl("powershell_dsc", "powershell", "dsc/SqlNode.ps1", "command line / shell")
def _(r):
    return ('''$cred = New-Object System.Management.Automation.PSCredential("CORP\\svc_sql", (ConvertTo-SecureString "«p»" -AsPlainText -Force))
Configuration SqlNode {
    Node "«h»" {
        WindowsFeature NetFx { Name = "NET-Framework-45-Core"; Ensure = "Present" }
    }
}
Send-MailMessage -To "«e»" -From "«f»" -SmtpServer «smtp» -Subject "DSC applied"
''', dict(p=pw(r, "dq"), h=ip(r), e=em(r), f=em(r), smtp=ip(r)))


@tpl("unattend_xml", "xml", "autounattend.xml", "CI / IaC")
def _(r):
    return ('''<?xml version="1.0" encoding="utf-8"?>
<unattend xmlns="urn:schemas-microsoft-com:unattend">
  <settings pass="oobeSystem">
    <component name="Microsoft-Windows-Shell-Setup" processorArchitecture="amd64">
      <AutoLogon>
        <Password><Value>«p»</Value><PlainText>true</PlainText></Password>
        <Enabled>true</Enabled>
        <Username>kiosk</Username>
      </AutoLogon>
      <UserAccounts>
        <AdministratorPassword><Value>«ap»</Value><PlainText>true</PlainText></AdministratorPassword>
      </UserAccounts>
      <RegisteredOwner>«e»</RegisteredOwner>
    </component>
  </settings>
</unattend>
''', dict(p=pw(r, "xml"), ap=pw(r, "xml"), e=em(r)))


@tpl("putty_reg", "text", "exports/putty-sessions.reg", "mobile / IDE config")
def _(r):
    return ('''Windows Registry Editor Version 5.00

[HKEY_CURRENT_USER\\Software\\SimonTatham\\PuTTY\\Sessions\\jump-«n»]
"HostName"="«u»@«h»"
"PortNumber"=dword:00000016
"ProxyHost"="«ph»"
"ProxyUsername"="«pu»"
"ProxyPassword"="«pp»"
"ProxyMethod"=dword:00000003
''', dict(n=str(r.randrange(1, 20)), u=g.user(r), h=ip(r), ph=ip(r), pu=g.user(r), pp=pw(r, "dq")))


@tpl("filezilla_sites", "xml", "FileZilla/sitemanager.xml", "mobile / IDE config")
def _(r):
    return ('''<?xml version="1.0" encoding="UTF-8"?>
<FileZilla3 version="3.67.0" platform="windows">
  <Servers>
    <Server>
      <Host>«h»</Host>
      <Port>21</Port>
      <Protocol>0</Protocol>
      <User>«u»</User>
      <Pass>«p»</Pass>
      <Name>«c» shop</Name>
    </Server>
    <Server>
      <Host>«lh»</Host>
      <Protocol>1</Protocol>
      <User>backup</User>
      <Logontype>2</Logontype>
    </Server>
  </Servers>
</FileZilla3>
''', dict(h=ip(r), u=g.user(r), p=pw(r, "xml"), c=r.choice(g.COMPANY_WORDS), lh=lip(r, "private")))


@tpl("rdp_file", "text", "remote/terminalserver.rdp", "mobile / IDE config")
def _(r):
    return ('''full address:s:«h»:3389
username:s:CORP\\«u»
gatewayhostname:s:«gw»
gatewayusagemethod:i:1
prompt for credentials:i:0
; old gateway «old»
''', dict(h=lip(r, "private"), u=g.user(r), gw=ip(r), old=ip(r)))


# ================================================================== network equipment and services
@tpl("routeros_export", "text", "backups/core-rtr.rsc", "network config")
def _(r):
    return ('''# 2025-03-02 11:04:31 by RouterOS 7.14.1
/interface wireguard
add listen-port=13231 name=wg-ops private-key="«wk»"
/interface wireguard peers
add allowed-address=«pa»/32 interface=wg-ops public-key="«pub»" endpoint-address=«ep»
/ip address
add address=«wan»/29 interface=ether1
add address=«lan»/24 interface=bridge
/ppp secret
add name=«u» password=«p» service=l2tp
/snmp community
set [ find default=yes ] name=«c»
/tool e-mail
set address=«smtp» from=«e» user=«e» password=«mp»
''', dict(wk=key(r, g.wireguard_priv), pa=L("10.66.0.2", "private_ip"), pub=la(r, g.wg_pub), ep=ip(r), wan=ip(r),
          lan=L("192.168.88.1", "private_ip"), u=g.user(r), p=pw(r, "shell"), c=P(g.rs(r, g.ALNUM, 14), "snmp_community"),
          smtp=ip(r), e=em(r), mp=pw(r, "shell")))


@tpl("fortigate_conf", "text", "configs/fw01.conf", "network config")
def _(r):
    return ('''config system admin
    edit "netops"
        set accprofile "super_admin"
        set password ENC «enc»
    next
end
config vpn ipsec phase1-interface
    edit "to-dc2"
        set interface "wan1"
        set remote-gw «gw»
        set psksecret «psk»
    next
end
config system dns
    set primary «dns1»
    set secondary «dns2»
end
config user local
    edit "vpnuser1"
        set passwd «up»
    next
end
''', dict(enc=L("SH2" + g.rs(r, g.B64, 60) + "=", "fortigate_hash"), gw=ip(r), psk=P(g.password(r, "shell"), "ipsec_psk"),
          dns1=ip(r), dns2=lip(r, "private"), up=pw(r, "shell")))


@tpl("vyos_config", "text", "vyos/config.boot.commands", "network config")
def _(r):
    return ('''set interfaces ethernet eth0 address '«wan»/30'
set interfaces ethernet eth1 address '«lan»/24'
set protocols bgp «asn» neighbor «nb» remote-as '«ras»'
set protocols bgp «asn» neighbor «nb» password '«bp»'
set service snmp community «c» authorization 'ro'
set system login user vyos authentication encrypted-password '«hp»'
set system login user ops authentication plaintext-password '«p»'
set vpn ipsec authentication psk dc2 secret '«psk»'
''', dict(wan=ip(r), lan=lip(r, "private"), asn=str(r.randrange(64512, 65534)), nb=ip(r),
          ras=str(r.randrange(1000, 60000)), bp=P(g.password(r, "shell"), "bgp_password"),
          c=P(g.rs(r, g.ALNUM, 12), "snmp_community"), hp=la(r, g.sha512_crypt), p=pw(r, "shell"),
          psk=P(g.password(r, "shell"), "ipsec_psk")))


@tpl("paloalto_set", "text", "pan/running-config.set", "network config")
def _(r):
    return ('''set deviceconfig system ip-address «mgmt»
set deviceconfig system netmask «nm»
set deviceconfig system dns-setting servers primary «dns»
set network ike gateway gw-aws authentication pre-shared-key key «psk»
set network ike gateway gw-aws peer-address ip «peer»
set shared server-profile ldap corp-ldap server dc1 address «dc»
set shared server-profile ldap corp-ldap bind-password «bp»
set shared log-settings email alerts server smtp to «e»
''', dict(mgmt=lip(r, "private"), nm=la(r, g.netmask), dns=ip(r), psk=P(g.password(r, "shell"), "ipsec_psk"),
          peer=ip(r), dc=lip(r, "private"), bp=pw(r, "shell"), e=em(r)))


@tpl("netplan_yaml", "yaml", "/etc/netplan/01-netcfg.yaml", "network config")
def _(r):
    return ('''network:
  version: 2
  ethernets:
    eno1:
      addresses: [«a»/26]
      routes:
        - to: default
          via: «gw»
      nameservers:
        addresses: [«ns1», «ns2»]
  wifis:
    wlp2s0:
      access-points:
        "«ssid»":
          password: "«p»"
      addresses: [«la»/24]
''', dict(a=ip(r), gw=ip(r), ns1=ip(r), ns2=ip(r),
          ssid=r.choice(["office-5g", "Lab-WLAN", "guest"]), p=pw(r, "yaml"), la=lip(r, "private")))


@tpl("dnsmasq_conf", "text", "/etc/dnsmasq.d/lab.conf", "network config")
def _(r):
    return ('''interface=br0
listen-address=«l1»
dhcp-range=«r1»,«r2»,12h
dhcp-option=option:router,«gw»
dhcp-host=«m1»,nas,«nas»
dhcp-host=«m2»,printer,«pr»
server=«up1»
server=/corp.internal/«up2»
address=/registry.lab/«reg»
''', dict(l1=L("127.0.0.1", "loopback_ip"), r1=L("192.168.50.100", "private_ip"), r2=L("192.168.50.200", "private_ip"),
          gw=L("192.168.50.1", "private_ip"), m1=la(r, g.mac), nas=L("192.168.50.10", "private_ip"), m2=la(r, g.mac),
          pr=L("192.168.50.11", "private_ip"), up1=ip(r), up2=lip(r, "private"), reg=lip(r, "private")))


@tpl("unbound_conf", "text", "/etc/unbound/unbound.conf.d/forward.conf", "network config")
def _(r):
    return ('''server:
    interface: «b»
    access-control: «acl»/16 allow
    private-address: «pa»/8
forward-zone:
    name: "."
    forward-tls-upstream: yes
    forward-addr: «f1»@853#dns.«d»
    forward-addr: «f2»@853#dns.«d»
remote-control:
    control-interface: «ci»
''', dict(b=L("0.0.0.0", "unspecified_ip"), acl=L("192.168.0.0", "private_ip"), pa=L("10.0.0.0", "private_ip"),
          f1=ip(r), f2=ip(r), d=g.company_domain(r), ci=L("127.0.0.1", "loopback_ip")))


@tpl("openwrt_uci", "text", "/etc/config/network", "network config")
def _(r):
    return ('''config interface 'wan'
	option proto 'pppoe'
	option device 'eth1'
	option username '«u»'
	option password '«p»'

config interface 'lan'
	option proto 'static'
	option ipaddr '«lan»'
	option netmask '«nm»'

config interface 'wg0'
	option proto 'wireguard'
	option private_key '«wk»'
	list addresses '«wa»/24'

config wireguard_wg0
	option public_key '«pub»'
	option endpoint_host '«ep»'
	option preshared_key '«psk»'
''', dict(u=E(g.email_personal(r), "isp_login_email"), p=pw(r, "shell"), lan=lip(r, "private"), nm=la(r, g.netmask),
          wk=key(r, g.wireguard_priv), wa=L("10.14.0.2", "private_ip"), pub=la(r, g.wg_pub), ep=ip(r),
          psk=K(g.b64_secret(r, 32), "wireguard_psk")))


@tpl("samba_creds", "text", "/etc/samba/.smbcred-archive", "network config")
def _(r):
    return ('''username=«u»
password=«p»
domain=CORP
# mounted from fstab: //«h»/archive /mnt/archive cifs credentials=/etc/samba/.smbcred-archive,uid=1000 0 0
# old filer: //«old»/archive
''', dict(u=g.user(r), p=pw(r, "ini"), h=ip(r), old=lip(r, "private")))


@tpl("postfix_sasl", "text", "/etc/postfix/sasl_passwd", "network config")
def _(r):
    e = g.email_role(r)
    return ('''# postmap /etc/postfix/sasl_passwd after editing
[«relay»]:587    «e»:«p»
[smtp.sendgrid.net]:587    apikey:«sg»
[«relay2»]:25    «e2»:«p2»
''', dict(relay=ip(r), e=E(e, "email_role"), p=pw(r, "shell"), sg=key(r, g.sendgrid), relay2=ip(r),
          e2=em(r), p2=pw(r, "shell")))


@tpl("dovecot_passwd", "text", "/etc/dovecot/users", "network config")
def _(r):
    d = g.company_domain(r)
    rows = []
    for _ in range(3):
        rows += [emw(r, d), ":", la(r, r.choice([g.sha512_crypt, g.bcrypt])), ":5000:5000::/var/mail/vhosts\n"]
    rows += ["# temporary: ", emw(r, d), " ", pw(r, "shell"), " (plain, replace with hash)\n"]
    return ("«rows»", dict(rows=rows))


@tpl("fetchmailrc", "text", "~/.fetchmailrc", "network config")
def _(r):
    return ('''set postmaster "«u»"
set daemon 300
poll «h» with proto IMAP
    user '«e»' there with password '«p»' is '«u»' here
    options ssl keep
poll «h2» with proto POP3
    user '«e2»' there with password '«p2»' is '«u»' here
''', dict(u=g.first(r), h=ip(r), e=em(r), p=pw(r, "shell"), h2=ip(r), e2=em(r), p2=pw(r, "shell")))


@tpl("muttrc", "text", "~/.config/mutt/muttrc", "network config")
def _(r):
    return ('''set realname = "«n»"
set from = "«e»"
set imap_user = "«e»"
set imap_pass = "«p»"
set folder = "imaps://«h»:993"
set smtp_url = "smtps://«e_local»@«h»:465"
set smtp_pass = "«p»"
my_hdr Bcc: «bcc»
''', _muttrc_vals(r))


def _muttrc_vals(r):
    e = g.email_personal(r)
    pwv = g.password(r, "dq")
    return dict(n=g.full_name(r), e=E(e, "email_personal"), p=P(pwv, "password_dq"), h=ip(r),
                e_local=e.split("@")[0], bcc=em(r))


@tpl("cisco_asa_syslog", "text", "logs/asa-fw01.log", "log / stack trace")
def _(r):
    lines = []
    for _ in range(4):
        lines += ["%ASA-6-302013: Built inbound TCP connection ", str(r.randrange(10 ** 6, 10 ** 8)),
                  " for outside:", ip(r), "/", str(r.randrange(1024, 65535)), " (", ip(r), "/",
                  str(r.randrange(1024, 65535)), ") to inside:", lip(r, "private"), "/443 (", ip(r), "/443)\n"]
    lines += ["%ASA-6-113005: AAA user authentication Rejected : reason = AAA failure : server = ", lip(r, "private"),
              " : user = ", em(r), " : user IP = ", ip(r), "\n"]
    return ("«l»", dict(l=lines))


@tpl("suricata_eve", "jsonl", "logs/eve.json", "log / stack trace")
def _(r):
    out = []
    for _ in range(3):
        out += ['{"timestamp":"2025-05-', str(r.randrange(10, 28)), 'T0', str(r.randrange(10)), ':12:44.118+0000",',
                '"event_type":"alert","src_ip":"', ip(r), '","src_port":', str(r.randrange(1024, 65535)),
                ',"dest_ip":"', lip(r, "private"), '","dest_port":22,"proto":"TCP",',
                '"alert":{"signature_id":', str(r.randrange(2000000, 2999999)),
                ',"signature":"ET SCAN Potential SSH Scan"},"flow_id":', str(r.randrange(10 ** 14, 10 ** 15)), '}\n']
    return ("«o»", dict(o=out))


@tpl("zeek_conn", "text", "logs/zeek/conn.log", "log / stack trace")
def _(r):
    out = ["#separator \\x09\n#fields\tts\tuid\tid.orig_h\tid.orig_p\tid.resp_h\tid.resp_p\tproto\tservice\n"]
    for _ in range(5):
        out += ["%d.%06d\tC%s\t" % (r.randrange(1.7e9, 1.75e9), r.randrange(10 ** 6), g.rs(r, g.ALNUM, 17)),
                lip(r, "private"), "\t%d\t" % r.randrange(1024, 65535), ip(r), "\t%s\ttcp\t%s\n" % (
                    r.choice(["443", "22", "25", "993"]), r.choice(["ssl", "ssh", "smtp", "-"]))]
    return ("«o»", dict(o=out))


@tpl("vpc_flow_logs", "text", "logs/vpc-flow-2025-06-01.log", "log / stack trace")
def _(r):
    acct = g.aws_account(r)
    out = ["version account-id interface-id srcaddr dstaddr srcport dstport protocol packets bytes start end action\n"]
    for _ in range(4):
        out += ["2 ", L(acct, "aws_account_id"), " eni-%s " % g.rs(r, g.HEX, 17), ip(r), " ", lip(r, "private"),
                " %d 443 6 %d %d %d %d %s OK\n" % (r.randrange(1024, 65535), r.randrange(1, 90), r.randrange(60, 90000),
                                                   r.randrange(1.7e9, 1.75e9), r.randrange(1.7e9, 1.75e9),
                                                   r.choice(["ACCEPT", "REJECT"]))]
    return ("«o»", dict(o=out))


@tpl("windows_event_xml", "xml", "exports/security-4625.xml", "log / stack trace")
def _(r):
    return ('''<Event xmlns="http://schemas.microsoft.com/win/2004/08/events/event">
  <System><EventID>4625</EventID><Computer>«host»</Computer></System>
  <EventData>
    <Data Name="TargetUserName">«e»</Data>
    <Data Name="LogonType">10</Data>
    <Data Name="IpAddress">«ip»</Data>
    <Data Name="IpPort">«pt»</Data>
    <Data Name="WorkstationName">-</Data>
    <Data Name="TargetLogonId">0x«lid»</Data>
  </EventData>
</Event>
''', dict(host="DC01.corp.local", e=em(r), ip=ip(r), pt=str(r.randrange(1024, 65535)), lid=g.rs(r, g.HEX, 6)))


@tpl("postgres_log", "text", "logs/postgresql-Mon.log", "log / stack trace")
def _(r):
    return ('''2025-06-02 09:14:02.118 UTC [«pid»] LOG:  connection received: host=«h1» port=«p1»
2025-06-02 09:14:02.131 UTC [«pid»] FATAL:  password authentication failed for user "«u»"
2025-06-02 09:14:02.131 UTC [«pid»] DETAIL:  Connection matched file "/etc/postgresql/16/main/pg_hba.conf" line 101: "host all all «net»/0 scram-sha-256"
2025-06-02 09:15:40.552 UTC [«pid2»] LOG:  statement: ALTER ROLE «u» WITH PASSWORD '«p»';
2025-06-02 09:15:41.003 UTC [«pid2»] LOG:  connection authorized: user=«u» database=app host=«h2»
''', dict(pid=str(r.randrange(1000, 99999)), h1=ip(r), p1=str(r.randrange(1024, 65535)), u=g.user(r),
          net=L("0.0.0.0", "unspecified_ip"), pid2=str(r.randrange(1000, 99999)), p=pw(r, "sql"), h2=lip(r, "private")))


@tpl("traefik_access_json", "jsonl", "logs/traefik-access.log", "log / stack trace")
def _(r):
    out = []
    for i in range(3):
        out += ['{"ClientAddr":"', ip(r), ':%d","ClientUsername":"' % r.randrange(1024, 65535),
                em(r) if i != 1 else "-", '","DownstreamStatus":%d,"RequestPath":"/api/v1/' % r.choice([200, 401, 302]),
                r.choice(["orders", "login", "export"]), '","RequestHost":"app.', g.company_domain(r),
                '","ServiceAddr":"', lip(r, "private"), ':8080","request_X-Request-Id":"', la(r, g.uuid4), '"}\n']
    return ("«o»", dict(o=out))


@tpl("spring_boot_log", "text", "logs/app-startup.log", "log / stack trace")
def _(r):
    return ('''2025-06-01T07:00:02.114Z  INFO 1 --- [main] c.a.billing.BillingApplication : Starting BillingApplication v«v» using Java 21.0.3
2025-06-01T07:00:04.871Z DEBUG 1 --- [main] o.s.b.c.c.ConfigDataEnvironment  : spring.datasource.url=jdbc:mysql://«h»:3306/billing?user=billing&password=«p»
2025-06-01T07:00:04.872Z DEBUG 1 --- [main] o.s.b.c.c.ConfigDataEnvironment  : spring.mail.username=«e»
2025-06-01T07:00:05.301Z  WARN 1 --- [main] o.h.e.j.e.i.JdbcEnvironmentInitiator : HHH000342: Could not obtain connection to «h2»
2025-06-01T07:00:06.990Z  INFO 1 --- [main] o.s.b.w.e.tomcat.TomcatWebServer : Tomcat started on port 8080 (http), bound to «b»
''', dict(v=la(r, g.version3), h=ip(r), p=pw(r, "url"), e=em(r), h2=lip(r, "private"), b=L("0.0.0.0", "unspecified_ip")))


@tpl("heroku_router_log", "text", "logs/heroku-router.log", "log / stack trace")
def _(r):
    out = []
    for _ in range(3):
        out += ['2025-06-03T1%d:%02d:%02d.000000+00:00 heroku[router]: at=info method=POST path="/webhooks/stripe" '
                % (r.randrange(10), r.randrange(60), r.randrange(60)), 'host=api.', g.company_domain(r),
                ' request_id=', la(r, g.uuid4), ' fwd="', ip(r), ',', lip(r, "private"),
                '" dyno=web.1 connect=0ms service=%dms status=200 bytes=%d\n' % (r.randrange(5, 900), r.randrange(50, 900))]
    out += ['2025-06-03T12:00:01.000000+00:00 app[web.1]: mailer: sent receipt to ', em(r), '\n']
    return ("«o»", dict(o=out))


# ================================================================== CI, deployment and infrastructure as code
@tpl("woodpecker_ci", "yaml", ".woodpecker.yml", "CI / IaC")
def _(r):
    return ('''steps:
  publish:
    image: plugins/docker
    settings:
      repo: «c»/api
      username: «u»
      password: «dp»
  notify:
    image: appleboy/drone-telegram
    settings:
      token: «tg»
      to: «chat»
  sentry:
    image: getsentry/sentry-cli
    environment:
      SENTRY_AUTH_TOKEN: «st»
''', dict(c=r.choice(g.COMPANY_WORDS), u=g.user(r), dp=key(r, g.docker_pat), tg=key(r, g.telegram_bot),
          chat=str(-r.randrange(10 ** 12, 10 ** 13)), st=key(r, g.sentry_auth)))


@tpl("drone_secrets_cli", "shell", "ops/drone-secrets.sh", "command line / shell")
def _(r):
    return ('''#!/bin/sh
set -eu
drone secret add --repository «c»/web --name npm_token --data «npm»
drone secret add --repository «c»/web --name figma_token --data «fig»
drone secret add --repository «c»/web --name deploy_host --data «h»
drone secret add --repository «c»/web --name ssh_password --data '«p»'
drone secret ls --repository «c»/web
''', dict(c=r.choice(g.COMPANY_WORDS), npm=key(r, g.npm_token), fig=key(r, g.figma), h=ip(r), p=pw(r, "shell")))


@tpl("buildkite_pipeline", "yaml", ".buildkite/pipeline.yml", "CI / IaC")
def _(r):
    return ('''env:
  BUILDKITE_ANALYTICS_TOKEN: «t»
  LANGCHAIN_API_KEY: «ls»
  PINECONE_API_KEY: «pc»
steps:
  - label: ":pytest: tests"
    command: pytest -q
    agents:
      queue: «q»
  - label: ":rocket: deploy"
    command: ssh deploy@«h» ./deploy.sh
''', dict(t=K(g.rs(r, g.ALNUM, 24), "buildkite_analytics_token"), ls=key(r, g.langsmith), pc=key(r, g.pinecone),
          q=r.choice(["default", "gpu", "arm64"]), h=ip(r)))


@tpl("nomad_job", "hcl", "jobs/payments.nomad.hcl", "CI / IaC")
def _(r):
    return ('''job "payments" {
  datacenters = ["dc1"]
  group "api" {
    task "server" {
      driver = "docker"
      config {
        image = "registry.«d»/payments@«dig»"
        auth {
          username = "robot$payments"
          password = "«rp»"
        }
      }
      env {
        DATABASE_URL   = "postgres://payments:«p»@«h»:5432/payments"
        SQUARE_TOKEN   = "«sq»"
        CONSUL_HTTP_ADDR = "«ch»:8500"
      }
    }
  }
}
''', dict(d=g.company_domain(r), dig=la(r, g.docker_digest), rp=K(g.rs(r, g.ALNUM, 32), "harbor_robot_secret"),
          p=pw(r, "url"), h=ip(r), sq=key(r, g.square), ch=lip(r, "private")))


@tpl("consul_acl", "hcl", "consul.d/agent.hcl", "CI / IaC")
def _(r):
    return ('''datacenter = "eu-west"
bind_addr = "«b»"
advertise_addr = "«adv»"
retry_join = ["«j1»", "«j2»"]
encrypt = "«gk»"
acl {
  enabled = true
  tokens {
    agent = "«at»"
  }
}
''', dict(b=L("0.0.0.0", "unspecified_ip"), adv=ip(r), j1=ip(r), j2=lip(r, "private"),
          gk=K(g.b64_secret(r, 32), "consul_gossip_key"), at=K(g.uuid4(r), "consul_acl_token")))


@tpl("traefik_dynamic", "yaml", "traefik/dynamic/middlewares.yml", "CI / IaC")
def _(r):
    return ('''http:
  middlewares:
    admin-auth:
      basicAuth:
        users:
          - "admin:«h1»"
          - "ops:«h2»"
    office-only:
      ipAllowList:
        sourceRange:
          - "«o1»/32"
          - "«o2»/24"
  routers:
    dash:
      rule: "Host(`traefik.«d»`)"
      middlewares: [admin-auth, office-only]
''', dict(h1=L("$apr1$" + g.rs(r, g.ALNUM, 8) + "$" + g.rs(r, g.ALNUM + "./", 22), "apr1_hash"), h2=la(r, g.bcrypt),
          o1=ip(r), o2=lip(r, "private"), d=g.company_domain(r)))


@tpl("caddyfile", "text", "Caddyfile", "CI / IaC")
def _(r):
    return ('''{
	email «e»
	acme_dns cloudflare «cf»
}

grafana.«d» {
	basicauth /* {
		ops «bh»
	}
	reverse_proxy «up»:3000
}

legacy.«d» {
	reverse_proxy «lg»:8080
}
''', dict(e=em(r), cf=key(r, g.cloudflare), d=g.company_domain(r), bh=la(r, g.bcrypt), up=lip(r, "private"), lg=ip(r)))


@tpl("kustomize_secret", "yaml", "overlays/prod/kustomization.yaml", "CI / IaC")
def _(r):
    return ('''resources:
  - ../../base
secretGenerator:
  - name: api-secrets
    literals:
      - DB_PASSWORD=«p»
      - RESEND_API_KEY=«rs»
      - CLERK_SECRET_KEY=«ck»
      - ADMIN_EMAIL=«e»
images:
  - name: api
    digest: «dig»
''', dict(p=pw(r, "yaml"), rs=key(r, g.resend), ck=K("sk_live_" + g.rs(r, g.ALNUM, 40), "clerk_secret"), e=em(r), dig=la(r, g.docker_digest)))


@tpl("sops_yaml_decrypted", "yaml", "secrets/prod.dec.yaml", "CI / IaC")
def _(r):
    return ('''# decrypted with `sops -d secrets/prod.yaml` for debugging - never commit
postgres:
  host: «h»
  password: «p»
redis_url: redis://:«rp»@«rh»:6379/0
stripe_webhook_secret: «wh»
age_recipient: «pub»
age_identity: «ak»
''', dict(h=ip(r), p=pw(r, "word"), rp=pw(r, "url"), rh=lip(r, "private"), wh=key(r, g.stripe_webhook),
          pub=L("age1" + g.rs(r, g.BECH32, 58), "age_public_key"), ak=key(r, g.age_secret)))


@tpl("salt_pillar", "yaml", "pillar/mysql/init.sls", "CI / IaC")
def _(r):
    return ('''mysql:
  server:
    root_password: '«rp»'
    bind-address: «b»
  user:
    app:
      password: '«p»'
      host: '«h»'
    replica:
      password_hash: '*«hash»'
      host: '«lh»'
''', dict(rp=pw(r, "yaml"), b=L("0.0.0.0", "unspecified_ip"), p=pw(r, "yaml"), h=ip(r),
          hash=L(g.rs(r, "0123456789ABCDEF", 40), "mysql_native_hash"), lh=lip(r, "private")))


@tpl("hiera_eyaml", "yaml", "hieradata/common.yaml", "CI / IaC")
def _(r):
    return ('''profile::mail::relay: «relay»
profile::mail::admin: «e»
profile::db::password: ENC[PKCS7,«enc»]
profile::db::legacy_password: «p»
profile::monitoring::api_key: «k»
''', dict(relay=ip(r), e=em(r), enc=L(g.b64(r, 180), "eyaml_encrypted"), p=pw(r, "word"), k=key(r, g.datadog_api)))


@tpl("chef_databag", "json", "data_bags/credentials/smtp.json", "CI / IaC")
def _(r):
    return ('''{
  "id": "smtp",
  "server": "«h»",
  "username": "«e»",
  "password": "«p»",
  "postmark_token": "«pt»"
}
''', dict(h=ip(r), e=em(r), p=pw(r, "json"), pt=K(g.uuid4(r), "postmark_server_token")))


@tpl("vagrantfile", "ruby", "Vagrantfile", "CI / IaC")
def _(r):
    return ('''Vagrant.configure("2") do |config|
  config.vm.box = "bento/ubuntu-24.04"
  config.vm.network "private_network", ip: "«pi»"
  config.vm.network "public_network", ip: "«pub»", bridge: "en0"
  config.vm.provision "shell", env: { "REGISTRY_TOKEN" => "«k»", "ADMIN_PASS" => "«p»" }, inline: <<-SHELL
    echo "$REGISTRY_TOKEN" | docker login ghcr.io -u «u» --password-stdin
  SHELL
end
''', dict(pi=L("192.168.56.10", "private_ip"), pub=ip(r), k=key(r, g.github_pat), p=pw(r, "dq"), u=g.first(r)))


@tpl("fly_toml_secrets", "shell", "scripts/fly_bootstrap.sh", "command line / shell")
def _(r):
    return ('''#!/usr/bin/env bash
fly secrets set \\
  DATABASE_URL="postgres://app:«p»@«h»:5432/app" \\
  OPENAI_API_KEY=«oa» \\
  RENDER_API_KEY=«rk» \\
  SMTP_FROM=«e» \\
  --app «c»-prod
export FLY_API_TOKEN="«ft»"
''', dict(p=pw(r, "url"), h=ip(r), oa=key(r, g.openai_key), rk=key(r, g.render_key), e=em(r),
          c=r.choice(g.COMPANY_WORDS), ft=K(g.fly_token(r), "fly_token")))


@tpl("cloudbuild_yaml", "yaml", "cloudbuild.yaml", "CI / IaC")
def _(r):
    proj = g.gcp_project(r)
    return ('''steps:
  - name: gcr.io/cloud-builders/docker
    args: ["build", "-t", "europe-docker.pkg.dev/«proj»/app/api:$SHORT_SHA", "."]
  - name: gcr.io/google.com/cloudsdktool/cloud-sdk
    entrypoint: bash
    args:
      - -c
      - |
        gcloud run deploy api --image europe-docker.pkg.dev/«proj»/app/api:$SHORT_SHA \\
          --service-account «sa» \\
          --set-env-vars GEMINI_API_KEY=«gk»,NOTIFY=«e»
serviceAccount: projects/«proj»/serviceAccounts/«sa»
''', dict(proj=proj, sa=E(g.sa_email(r, proj), "service_account_email"), gk=key(r, g.google_api), e=em(r)))


@tpl("packer_hcl", "hcl", "packer/windows.pkr.hcl", "CI / IaC")
def _(r):
    return ('''source "vsphere-iso" "win2022" {
  vcenter_server      = "«vc»"
  username            = "«e»"
  password            = "«p»"
  insecure_connection = true
  communicator        = "winrm"
  winrm_username      = "Administrator"
  winrm_password      = "«wp»"
  ip_wait_address     = "«net»/16"
}
''', dict(vc=ip(r), e=em(r), p=pw(r, "dq"), wp=pw(r, "dq"), net=L("10.20.0.0", "private_ip")))


# ================================================================== HTTP clients and API exports
@tpl("insomnia_export", "json", "exports/insomnia.json", "HTTP / API client export")
def _(r):
    return ('''{
  "_type": "export",
  "__export_format": 4,
  "resources": [
    {"_type": "environment", "name": "Prod", "data": {
      "base_url": "https://«h»",
      "notion_token": "«nt»",
      "airtable_pat": "«at»",
      "login": "«e»",
      "password": "«p»"}},
    {"_type": "request", "name": "List pages", "url": "{{ base_url }}/v1/search", "method": "POST"}
  ]
}
''', dict(h=ip(r), nt=key(r, g.notion), at=key(r, g.airtable), e=em(r), p=pw(r, "json")))


@tpl("bruno_request", "text", "api/orders/create.bru", "HTTP / API client export")
def _(r):
    return ('''meta {
  name: create order
  type: http
  seq: 3
}

post {
  url: https://«h»/v2/orders
  body: json
  auth: bearer
}

auth:bearer {
  token: «t»
}

headers {
  X-Shopify-Access-Token: «sh»
  X-Forwarded-For: «xf»
}
''', dict(h=ip(r), t=K(g.jwt(r), "jwt"), sh=key(r, g.shopify), xf=lip(r, "private")))


@tpl("vscode_rest", "http", "requests/admin.http", "HTTP / API client export")
def _(r):
    return ('''@host = https://«h»
@token = «t»

### login
POST {{host}}/auth/login
Content-Type: application/json

{"email": "«e»", "password": "«p»"}

### list users
GET {{host}}/admin/users
Authorization: Bearer {{token}}
X-Real-IP: «xr»
''', dict(h=ip(r), t=key(r, g.okta), e=em(r), p=pw(r, "json"), xr=ip(r)))


@tpl("k6_script", "javascript", "load/checkout.k6.js", "HTTP / API client export")
def _(r):
    return ('''import http from 'k6/http';
import { check } from 'k6';

export const options = { vus: 50, duration: '5m' };
const BASE = 'http://«h»:8080';
const USERS = [
  { email: '«e1»', password: '«p1»' },
  { email: '«e2»', password: '«p2»' },
];

export default function () {
  const u = USERS[__VU % USERS.length];
  const res = http.post(`${BASE}/login`, JSON.stringify(u), { headers: { 'X-Api-Key': '«k»' } });
  check(res, { 'logged in': (r) => r.status === 200 });
}
''', dict(h=ip(r), e1=em(r), p1=pw(r, "dq"), e2=em(r), p2=pw(r, "dq"), k=key(r, g.perplexity)))


@tpl("graphql_headers", "json", "playground/headers.json", "HTTP / API client export")
def _(r):
    return ('''{
  "Authorization": "Bearer «t»",
  "X-Hasura-Admin-Secret": "«hs»",
  "X-Forwarded-For": "«xf»"
}
''', dict(t=key(r, g.github_app), hs=P(g.password(r, "json"), "hasura_admin_secret"), xf=ip(r)))


@tpl("openapi_examples", "yaml", "docs/openapi.yaml", "HTTP / API client export")
def _(r):
    return ('''openapi: 3.1.0
info:
  title: Partner API
  version: «v»
  contact:
    email: «e»
servers:
  - url: https://«h»/v1
components:
  securitySchemes:
    apiKey:
      type: apiKey
      in: header
      name: X-API-Key
  examples:
    sampleKey:
      value: «ph»
    realKeyFromStaging:
      value: «k»
''', dict(v=la(r, g.version3), e=em(r), h=ip(r), ph=L("YOUR_API_KEY", "placeholder"), k=key(r, g.xai)))


@tpl("httpie_session", "json", "~/.config/httpie/sessions/api.acme/default.json", "HTTP / API client export")
def _(r):
    return ('''{
    "__meta__": {"about": "HTTPie session file", "httpie": "«v»"},
    "auth": {"type": "basic", "username": "«e»", "password": "«p»"},
    "cookies": [{"name": "sessionid", "value": "«sid»", "domain": "«h»"}],
    "headers": [{"name": "X-Client-IP", "value": "«ci»"}]
}
''', dict(v=la(r, g.version3), e=em(r), p=pw(r, "json"), sid=K(g.rs(r, g.LOWER + g.DIGITS, 32), "session_cookie"),
          h=ip(r), ci=lip(r, "private")))


# ================================================================== chat, tickets and mail
@tpl("matrix_export", "json", "exports/matrix-room-ops.json", "chat / ticket / email")
def _(r):
    return ('''{"messages": [
  {"sender": "@«a»:matrix.org", "body": "new bastion is «h», login «u» / «p»"},
  {"sender": "@«b»:«d»", "body": "thx. bot token for the bridge: «mt»"},
  {"sender": "@«a»:matrix.org", "body": "cc «e» for the invoice"}
]}
''', dict(a=g.first(r), b=g.first(r), h=ip(r), u=g.user(r), p=pw(r, "json"), d=g.company_domain(r),
          mt=key(r, g.matrix_token), e=em(r)))


@tpl("irc_log", "text", "logs/#infra.2025-05-12.log", "chat / ticket / email")
def _(r):
    return ('''[09:02] <«a»> anyone know the ipmi pw for «h»?
[09:03] <«b»> ADMIN / «p»  (yes, really)
[09:03] <«b»> and the switch mgmt is on «lh»
[09:05] <«a»> ta. also who owns «e»? it keeps bouncing
[09:06] <«b»> «e2» i think
''', dict(a=g.first(r), b=g.first(r), h=ip(r), p=pw(r, "word"), lh=lip(r, "private"), e=em(r), e2=em(r)))


@tpl("teams_message_nl", "text", "notes/teams-overdracht.txt", "chat / ticket / email")
def _(r):
    return ('''Hoi team,

Overdracht voor het weekend:
- De nieuwe SFTP-server is «h» (gebruiker «u», wachtwoord «p»).
- API-sleutel voor de koppeling met de boekhouding: «k»
- Vragen? Mail «e» of bel de storingsdienst.

Groet, «n»
''', dict(h=ip(r), u=g.user(r), p=pw(r, "shell"), k=key(r, g.mailchimp), e=em(r), n=g.full_name(r)))


@tpl("zendesk_ticket_it", "text", "tickets/ZD-48211.txt", "chat / ticket / email")
def _(r):
    return ('''Ticket #«n» - Accesso negato al gestionale
Richiedente: «e»
Descrizione: Buongiorno, dal nostro ufficio («h») non riusciamo più ad accedere.
L'utente è «u» e la password che usiamo è «p».
Nota interna: whitelist aggiornata, vecchio IP «old» rimosso. Chiave API temporanea «k».
''', dict(n=str(r.randrange(10000, 99999)), e=em(r), h=ip(r), u=g.user(r), p=pw(r, "plain"), old=ip(r),
          k=key(r, g.shopify)))


@tpl("polish_wiki", "markdown", "docs/wdrozenie.md", "chat / ticket / email")
def _(r):
    return ('''# Wdrożenie nowego pracownika

1. Konto w GitLabie zakłada «e».
2. VPN: serwer «h», login to adres e-mail, hasło startowe `«p»` (zmień przy pierwszym logowaniu).
3. Token do rejestru paczek: `«k»`
4. Drukarka w biurze: «lh»
''', dict(e=em(r), h=ip(r), p=pw(r, "shell"), k=key(r, g.gitlab_deploy), lh=lip(r, "private")))


@tpl("turkish_note", "text", "notlar/sunucu.txt", "chat / ticket / email")
def _(r):
    return ('''Sunucu bilgileri (geçici):
IP: «h»
Kullanıcı: root
Şifre: «p»
Yedek sunucu: «h2» (şifre aynı değil: «p2»)
Sorumlu: «e»
''', dict(h=ip(r), p=pw(r, "plain"), h2=ip(r), p2=pw(r, "plain"), e=em(r)))


@tpl("korean_slack", "text", "notes/slack-export-ko.txt", "chat / ticket / email")
def _(r):
    return ('''[오후 2:14] «a»: 스테이징 DB 접속 정보 공유드립니다
[오후 2:14] «a»: 호스트 «h» / 계정 «u» / 비밀번호 «p»
[오후 2:16] «b»: 감사합니다! 그리고 Slack 봇 토큰 «t» 은 만료됐나요?
[오후 2:17] «a»: 네, 새 토큰은 «e» 에게 요청하세요
''', dict(a=g.first(r), b=g.first(r), h=ip(r), u=g.user(r), p=pw(r, "plain"), t=key(r, g.slack_bot), e=em(r)))


@tpl("hindi_email", "text", "mail/handover-hi.eml", "chat / ticket / email")
def _(r):
    return ('''From: «n» <«e»>
To: «e2»
Subject: सर्वर एक्सेस

नमस्ते,
प्रोडक्शन सर्वर «h» का पासवर्ड «p» है। कृपया लॉगिन के बाद बदल दें।
मॉनिटरिंग API key: «k»
धन्यवाद
''', dict(n=g.full_name(r), e=em(r), e2=em(r), h=ip(r), p=pw(r, "plain"), k=key(r, g.dynatrace)))


@tpl("arabic_note", "text", "notes/vpn-ar.txt", "chat / ticket / email")
def _(r):
    return ('''ملاحظات الشبكة:
عنوان بوابة VPN هو «h»
اسم المستخدم: «e»
كلمة المرور: «p»
الشبكة الداخلية «lh»/24
''', dict(h=ip(r), e=em(r), p=pw(r, "plain"), lh=L("10.8.0.0", "private_ip")))


@tpl("swedish_mail", "text", "mail/lösenord.eml", "chat / ticket / email")
def _(r):
    return ('''Från: «e»
Till: «e2»
Ämne: Inloggning till nya kassasystemet

Hej! Här är uppgifterna: https://«h»/admin, användare «u», lösenord «p».
Vidarebefordra inte detta mejl. Kopia till «e3».
''', dict(e=em(r), e2=em(r), h=ip(r), u=g.user(r), p=pw(r, "plain"), e3=em(r)))


@tpl("status_page_incident", "markdown", "incidents/2025-05-30-db.md", "chat / ticket / email")
def _(r):
    return ('''# Incident 2025-05-30: primary database unreachable

**Reporter:** «e»  **Commander:** «e2»

- 02:11 UTC alerts from «mon» on «h» (replica «lh» healthy)
- 02:40 failover; the break-glass password `«p»` was pasted here during the call, rotated at 03:05
- Follow-up: revoke the Grafana token `«gt»` that was used in the runbook
- Trace id for the failing query: `«tr»`
''', dict(e=em(r), e2=em(r), mon=ip(r), h=ip(r), lh=lip(r, "private"), p=pw(r, "shell"), gt=key(r, g.grafana_sa),
          tr=la(r, g.trace_id)))


# ================================================================== SQL and CSV
@tpl("oracle_dblink", "sql", "db/links.sql", "SQL / CSV")
def _(r):
    return ('''CREATE DATABASE LINK erp_link
  CONNECT TO erp_reader IDENTIFIED BY "«p»"
  USING '(DESCRIPTION=(ADDRESS=(PROTOCOL=TCP)(HOST=«h»)(PORT=1521))(CONNECT_DATA=(SERVICE_NAME=ERP)))';
ALTER USER app_owner IDENTIFIED BY "«p2»";
-- contact: «e»
''', dict(p=pw(r, "sql"), h=ip(r), p2=pw(r, "sql"), e=em(r)))


@tpl("pg_fdw", "sql", "migrations/0042_remote_orders.sql", "SQL / CSV")
def _(r):
    return ('''CREATE SERVER orders_remote FOREIGN DATA WRAPPER postgres_fdw
  OPTIONS (host '«h»', port '5432', dbname 'orders');
CREATE USER MAPPING FOR app SERVER orders_remote
  OPTIONS (user 'fdw_reader', password '«p»');
INSERT INTO notify_targets(email, source_ip) VALUES ('«e»', '«sip»'), ('«e2»', '«lip»');
''', dict(h=ip(r), p=pw(r, "sql"), e=em(r), sip=ip(r), e2=em(r), lip=lip(r, "private")))


@tpl("mysql_replication", "sql", "ops/replica_setup.sql", "SQL / CSV")
def _(r):
    return ('''CHANGE REPLICATION SOURCE TO
  SOURCE_HOST='«h»',
  SOURCE_USER='repl',
  SOURCE_PASSWORD='«p»',
  SOURCE_AUTO_POSITION=1,
  SOURCE_SSL=1;
CREATE USER 'reporting'@'«net»' IDENTIFIED BY '«p2»';
START REPLICA;
''', dict(h=ip(r), p=pw(r, "sql"), net=lip(r, "private"), p2=pw(r, "sql")))


@tpl("snowflake_user", "sql", "snowflake/users.sql", "SQL / CSV")
def _(r):
    return ('''CREATE USER dbt_ci PASSWORD = '«p»' DEFAULT_ROLE = TRANSFORMER LOGIN_NAME = '«e»';
ALTER USER dbt_ci SET RSA_PUBLIC_KEY = '«pk»';
CREATE NETWORK POLICY office ALLOWED_IP_LIST = ('«o1»', '«o2»');
''', dict(p=pw(r, "sql"), e=em(r), pk=L(g.b64(r, 270), "rsa_public_key_b64"), o1=ip(r), o2=ip(r)))


@tpl("customer_csv", "csv", "exports/newsletter_signups.csv", "SQL / CSV")
def _(r):
    rows = ["id,email,signup_ip,consent_version,created_at\n"]
    for i in range(5):
        rows += ["%d," % r.randrange(10 ** 5, 10 ** 6), em(r), ",", ip(r) if i % 2 == 0 else lip(r),
                 ",", la(r, g.version3), ",", g.dsn_date(r), "\n"]
    return ("«rows»", dict(rows=rows))


@tpl("sqlite_dump", "sql", "fixtures/dev.sqlite.sql", "SQL / CSV")
def _(r):
    rows = ["PRAGMA foreign_keys=OFF;\nBEGIN TRANSACTION;\n"
            "CREATE TABLE users (id INTEGER PRIMARY KEY, email TEXT, password_hash TEXT, api_token TEXT, last_ip TEXT);\n"]
    for i in range(3):
        rows += ["INSERT INTO users VALUES(%d,'" % (i + 1), em(r), "','", la(r, g.pbkdf2_django), "','",
                 key(r, r.choice([g.github_pat, g.linear, g.hf_token])), "','", ip(r), "');\n"]
    rows += ["COMMIT;\n"]
    return ("«rows»", dict(rows=rows))


# ================================================================== commits, reviews and notebooks
@tpl("git_am_patch", "diff", "patches/0003-use-prod-mailer.patch", "commit / review")
def _(r):
    return ('''From «sha» Mon Sep 17 00:00:00 2001
From: «n» <«e»>
Date: Tue, 3 Jun 2025 10:12:09 +0200
Subject: [PATCH 3/4] use prod mailer

---
 config/mailer.yml | 4 ++--
 1 file changed, 2 insertions(+), 2 deletions(-)

diff --git a/config/mailer.yml b/config/mailer.yml
index «i1»..«i2» 100644
--- a/config/mailer.yml
+++ b/config/mailer.yml
@@ -1,4 +1,4 @@
-host: «lh»
-api_key: «ph»
+host: «h»
+api_key: «k»
''', dict(sha=la(r, g.sha1_hex), n=g.full_name(r), e=em(r), i1=L(g.sha1_hex(r)[:7], "short_sha"),
          i2=L(g.sha1_hex(r)[:7], "short_sha"), lh=lip(r, "loopback"), ph=L("changeme", "placeholder"), h=ip(r),
          k=key(r, g.sendgrid)))


@tpl("gerrit_review", "text", "reviews/change-88213.txt", "commit / review")
def _(r):
    return ('''Patch Set 2: Code-Review-2

(2 comments)

File deploy/inventory.ini:

Line 14: ansible_host=«h» ansible_password=«p»
> Please don't commit the vault password, use ansible-vault. Rotate it now.

Line 20: internal_vip=«vip»
> fine.

Reviewer: «e»
''', dict(h=ip(r), p=pw(r, "shell"), vip=lip(r, "private"), e=em(r)))


@tpl("marimo_notebook", "python", "notebooks/churn.py", "notebook")
def _(r):
    return ('''import marimo

app = marimo.App(width="medium")


@app.cell
def _():
    import os
    os.environ["COHERE_API_KEY"] = "«k»"
    DB = "postgresql://analyst:«p»@«h»:5432/crm"
    return DB, os


@app.cell
def _(DB):
    owner = "«e»"
    return (owner,)
''', dict(k=K(g.rs(r, g.ALNUM, 40), "cohere_key"), p=pw(r, "url"), h=ip(r), e=em(r)))


@tpl("quarto_doc", "markdown", "reports/weekly.qmd", "notebook")
def _(r):
    return ('''---
title: "Weekly KPIs"
author: "«e»"
---

```{python}
import duckdb
con = duckdb.connect()
con.execute("SET s3_access_key_id='«ak»'; SET s3_secret_access_key='«sk»'; SET s3_endpoint='«h»:9000'")
```
''', dict(e=em(r), ak=key(r, g.aws_key_id), sk=key(r, g.aws_secret), h=ip(r)))


# ================================================================== mostly look-alikes
@tpl("lookalike_cargo_lock", "toml", "Cargo.lock", "code / config assignment")
def _(r):
    rows = ["version = 4\n\n"]
    for name in r.sample(["serde", "tokio", "hyper", "rustls", "ring", "bytes", "tracing"], 4):
        rows += ['[[package]]\nname = "%s"\nversion = "' % name, la(r, g.version3),
                 '"\nsource = "registry+https://github.com/rust-lang/crates.io-index"\nchecksum = "', la(r, g.sha256_hex),
                 '"\n\n']
    return ("«rows»", dict(rows=rows))


@tpl("lookalike_ipam", "csv", "network/ipam-export.csv", "network config")
def _(r):
    rows = ["prefix,gateway,vlan,description\n"]
    for _ in range(5):
        rows += [lip(r, r.choice(["private", "cgnat", "doc", "link_local"])), "/24,", lip(r, "private"),
                 ",%d,%s\n" % (r.randrange(2, 4000), r.choice(["servers", "voip", "guest", "mgmt", "storage"]))]
    rows += ["# mgmt mask ", la(r, g.netmask), ", mcast ", la(r, g.multicast_ip), ", ula ", la(r, g.ula_ipv6), "\n"]
    return ("«rows»", dict(rows=rows))


@tpl("lookalike_snmp_mib", "text", "monitoring/oids.txt", "network config")
def _(r):
    rows = []
    for label in ["ifHCInOctets", "cpuLoad", "tempSensor", "fanSpeed"]:
        rows += [label, " = ", la(r, g.oid), "\n"]
    rows += ["firmware ", la(r, g.version4), " build ", la(r, g.short_sha), "\n", "poller: ", lip(r, "private"), "\n"]
    return ("«rows»", dict(rows=rows))


@tpl("lookalike_env_template", "dotenv", ".env.template", "code / config assignment")
def _(r):
    return ('''# copy to .env and fill in
DATABASE_URL=postgres://app:«p1»@«h»:5432/app
STRIPE_PUBLISHABLE_KEY=«pk»
STRIPE_SECRET_KEY=«p2»
RECAPTCHA_SITE_KEY=«rc»
GA_MEASUREMENT_ID=«ga»
SMTP_PASSWORD=«p3»
ADMIN_EMAIL=«e»
TWILIO_ACCOUNT_SID=«sid»
''', dict(p1=L("${DB_PASSWORD}", "env_reference"), h=lip(r, "loopback"), pk=la(r, g.stripe_pub), p2=ph(r),
          rc=la(r, g.recaptcha_site), ga=la(r, g.ga_id), p3=lr(r, "SMTP_PASSWORD"), e=L(g.reserved_email(r), "reserved_email"),
          sid=la(r, g.twilio_sid)))


@tpl("lookalike_known_keys", "text", "deploy/trusted_keys.txt", "code / config assignment")
def _(r):
    return ('''# deploy keys allowed on the build hosts
«k1»
«k2»
# host fingerprints
«fp1»
«fp2»
# release signing public key
«pub»
''', dict(k1=L(g.ssh_pub(r, "ci@build-1"), "ssh_public_key"), k2=L(g.ssh_pub(r, "release"), "ssh_public_key"),
          fp1=la(r, g.ssh_fp), fp2=la(r, g.ssh_fp), pub=la(r, g.pem_public)))


@tpl("lookalike_argon_users", "yaml", "fixtures/users.yaml", "code / config assignment")
def _(r):
    return ('''- username: alice
  email: «e1»
  password_hash: «h1»
- username: bob
  email: «e2»
  password_hash: «h2»
- username: dependabot
  email: «e3»
  password_hash: «h3»
''', dict(e1=L(g.reserved_email(r), "reserved_email"), h1=la(r, g.argon2), e2=L(g.reserved_email(r), "reserved_email"),
          h2=la(r, g.bcrypt), e3=L(g.noreply_email(r), "noreply_email"), h3=la(r, g.pbkdf2_django)))


@tpl("lookalike_sbom", "json", "sbom.cdx.json", "code / config assignment")
def _(r):
    return ('''{
  "bomFormat": "CycloneDX",
  "specVersion": "1.5",
  "serialNumber": "urn:uuid:«u»",
  "components": [
    {"name": "openssl", "version": "«v1»", "hashes": [{"alg": "SHA-256", "content": "«h1»"}]},
    {"name": "zlib", "version": "«v2»", "purl": "pkg:generic/zlib@«v2b»"},
    {"name": "left-pad", "version": "«v3»", "integrity": "«sri»"}
  ]
}
''', dict(u=la(r, g.uuid4), v1=la(r, g.version3), h1=la(r, g.sha256_hex), v2=la(r, g.version4), v2b=la(r, g.version3),
          v3=la(r, g.version3), sri=la(r, g.sri)))
