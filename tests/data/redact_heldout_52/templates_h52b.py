"""Templates for held-out set 52, part b (forums, business, flags, chat, media, IoT)."""

T = []

T.append(("smf_settings_php", "php", "Settings.php", r'''<?php

/**
 * The settings file contains all of the basic settings that need to be present when a database/cache is not available.
 *
 * Simple Machines Forum (SMF)
 * @version «L:version»
 */

########## Maintenance ##########
$maintenance = 0;
$mtitle = 'Maintenance Mode';
$mmessage = 'Back soon, we are moving the board to the new server.';

########## Forum Info ##########
$mbname = '«w:Word» Anglers';
$language = 'english';
$boardurl = 'https://forum.«w:word».org';
$webmaster_email = '«e:webmaster_email»';
$cookiename = 'SMFCookie«n:10-999»';

########## Database Info ##########
$db_type = 'mysql';
$db_port = 0;
$db_server = '«ip:db_server»';
$db_name = 'smf_«w:word»';
$db_user = 'smf';
$db_passwd = '«p:db_passwd:quoted»';
$ssi_db_user = '';
$ssi_db_passwd = '';
$db_prefix = 'smf_';
$db_persist = false;
$db_error_send = 0;
$db_mb4 = null;

########## Cache Info ##########
$cache_accelerator = 'memcached';
$cache_memcached = '«ip4:memcached_1»:11211,«ip4:memcached_2»:11211';
$cachedir = dirname(__FILE__) . '/cache';

########## Image Proxy ##########
$image_proxy_enabled = true;
$image_proxy_secret = '«k:image_proxy_secret:hex20»';
$image_proxy_maxsize = 5192;

########## Directories/Files ##########
$boarddir = dirname(__FILE__);
$sourcedir = dirname(__FILE__) . '/Sources';
$packagesdir = dirname(__FILE__) . '/Packages';
$tasksdir = $sourcedir . '/tasks';

$db_character_set = 'utf8';
$auth_secret = '«k:auth_secret:hex64»';
# restored «L:date» from backup smf-«w:word».tar.gz (sha256 «L:sha256_checksum»), old host «L:private_ip»
'''))

T.append(("forma_core_user_sql", "sql", "backup/forma-«w:word»-core.sql", r'''-- MySQL dump 10.13  Distrib 8.0.«n:20-39», for Linux (x86_64)
--
-- Host: «ip4:dump_host»    Database: forma
-- ------------------------------------------------------
-- Server version	8.0.«n:20-39»

/*!40101 SET @OLD_CHARACTER_SET_CLIENT=@@CHARACTER_SET_CLIENT */;
/*!40101 SET NAMES utf8mb4 */;

--
-- Dumping data for table `core_user`
--

LOCK TABLES `core_user` WRITE;
/*!40000 ALTER TABLE `core_user` DISABLE KEYS */;
INSERT INTO `core_user` (`idst`, `userid`, `firstname`, `lastname`, `pass`, `email`, `lastenter`, `register_date`) VALUES («n:11000-11999»,'/admin','','','«L:bcrypt_hash»','«e:admin_email»','«L:date» «L:log_time»','«L:date» «L:log_time»'),(«n:12000-12999»,'/«w:first»','«w:First»','«w:Last»','«L:bcrypt_hash»','«e:learner_email_1»','«L:date» «L:log_time»','«L:date» «L:log_time»'),(«n:13000-13999»,'/«w:first»','«w:First»','«w:Last»','«L:bcrypt_hash»','«e:learner_email_2»',NULL,'«L:date» «L:log_time»');
/*!40000 ALTER TABLE `core_user` ENABLE KEYS */;
UNLOCK TABLES;

--
-- Dumping data for table `core_setting`
--

LOCK TABLES `core_setting` WRITE;
INSERT INTO `core_setting` (`param_name`, `param_value`, `value_type`) VALUES ('smtp_host','«ip4:smtp_host»','string'),('smtp_port','587','int'),('smtp_user','«e:smtp_user»','string'),('smtp_pwd','«p:smtp_pwd:quoted»','string'),('sender_event','«e:sender_event»','string'),('api_key','«k:api_key:an32»','string'),('api_secret','«k:api_secret:an48»','string'),('core_version','«L:version»','string');
UNLOCK TABLES;

--
-- Dumping data for table `core_user_log_attempt`
--

LOCK TABLES `core_user_log_attempt` WRITE;
INSERT INTO `core_user_log_attempt` VALUES (1,'/admin','«L:date» «L:log_time»','«ip:login_ip_1»'),(2,'/admin','«L:date» «L:log_time»','«ip:login_ip_2»'),(3,'/admin','«L:date» «L:log_time»','«L:private_ip»');
UNLOCK TABLES;
-- Dump completed on «L:date» «L:log_time»
'''))

T.append(("flectra_conf", "ini", "/etc/flectra/flectra.conf", r'''[options]
; This is the password that allows database operations:
admin_passwd = «p:admin_passwd:ini»
db_host = «ip:db_host»
db_port = 5432
db_user = flectra
db_password = «p:db_password:ini»
db_name = False
dbfilter = ^«w:word»$
addons_path = /usr/lib/python3/dist-packages/flectra/addons,/opt/flectra/custom
http_interface = «L:unspecified_ip»
http_port = 7073
proxy_mode = True
list_db = False
email_from = «e:email_from»
smtp_server = «ip4:smtp_server»
smtp_port = 587
smtp_ssl = False
smtp_user = «e:smtp_user»
smtp_password = «p:smtp_password:ini»
workers = 4
limit_time_cpu = 600
limit_time_real = 1200
logfile = /var/log/flectra/flectra-server.log
; attachment storage on the object store (custom module «w:word»_s3)
s3_access_key = «k:s3_access_key:uan20»
s3_secret_key = «k:s3_secret_key:b64n_30»
s3_endpoint = https://«ip4:s3_endpoint»:9000
; the demo database («L:date») still used the stock admin / «L:default_password=admin» login
server_wide_modules = base,web
; longpolling listens on «L:loopback_ip» and «L:loopback_ipv6» only
gevent_port = 7072
'''))

T.append(("hyperswitch_development_toml", "toml", "config/development.toml", r'''[log.file]
enabled = false

[log.console]
enabled = true
level = "DEBUG"
log_format = "default"

[master_database]
username = "db_user"
password = "«p:master_db_password:quoted»"
host = "«ip:master_db_host»"
port = 5432
dbname = "hyperswitch_db"
pool_size = 5
connection_timeout = 10

[replica_database]
username = "replica_user"
password = "«p:replica_db_password:quoted»"
host = "«ip4:replica_db_host»"
port = 5432
dbname = "hyperswitch_db"

[redis]
host = "«L:loopback_ip»"
port = 6379

[secrets]
admin_api_key = "«k:admin_api_key:an32»"
master_enc_key = "«k:master_enc_key:hex64»"
jwt_secret = "«k:jwt_secret:b64_48»"
recon_admin_api_key = "«k:recon_admin_api_key:an32»"

[applepay_merchant_configs]
merchant_cert_key = "«L:placeholder=APPLE_PAY_MERCHANT_CERTIFICATE_KEY»"
merchant_cert = "«L:placeholder=APPLE_PAY_MERCHANT_CERTIFICATE»"

[jwekey]
vault_private_key = """
«k:vault_pem_private_key:pem_rsa»
"""

[email]
sender_email = "«e:sender_email»"
aws_region = "eu-west-1"
allowed_unverified_days = 1
active_email_client = "SMTP"
recon_recipient_email = "«e:recon_recipient»"
prod_intent_recipient_email = "«L:reserved_email»"

[email.smtp]
host = "«ip4:smtp_host»"
port = 587
username = "«e:smtp_username»"
password = "«p:smtp_password:quoted»"
connection = "StartTls"

[connectors.stripe]
base_url = "https://api.stripe.com/"
# test-mode key from the shared sandbox, added «L:date»
api_key = "«k:stripe_test_key:sk_test_+an24»"
'''))

T.append(("openmeter_config_yaml", "yaml", "config.yaml", r'''address: «L:unspecified_ip»:8888
environment: production

telemetry:
  address: «L:loopback_ip»:10000

ingest:
  kafka:
    broker: «ip4:kafka_broker_1»:29092,«ip4:kafka_broker_2»:29092
    securityProtocol: SASL_SSL
    saslMechanisms: SCRAM-SHA-512
    saslUsername: openmeter
    saslPassword: «p:kafka_sasl_password:yaml»

aggregation:
  clickhouse:
    address: «ip4:clickhouse_host»:9440
    tls: true
    username: openmeter
    password: «p:clickhouse_password:yaml»
    database: openmeter

postgres:
  url: postgres://openmeter:«p:postgres_password:url»@«ipb:postgres_host»:5432/openmeter?sslmode=require

svix:
  apiKey: «k:svix_api_key:b64u_32»

portal:
  enabled: true
  tokenSecret: «k:portal_token_secret:an50»

notification:
  enabled: true
  consumer:
    groupId: «L:consumer_uuid»

meters:
  - slug: api_requests_total
    description: API requests
    eventType: request
    aggregation: COUNT
    groupBy:
      method: $.method
      route: $.route
  - slug: tokens_total
    eventType: prompt
    aggregation: SUM
    valueProperty: $.tokens

# image «L:image_digest», deployed «L:timestamp» by «e:deployer»
'''))

T.append(("flipt_config_yml", "yaml", "/etc/flipt/config/default.yml", r'''# yaml-language-server: $schema=https://raw.githubusercontent.com/flipt-io/flipt/main/config/flipt.schema.json
version: "1.0"
log:
  level: INFO
  encoding: json
server:
  protocol: https
  host: «L:unspecified_ip»
  https_port: 443
  grpc_port: 9000
  cert_file: /etc/flipt/tls.crt
  cert_key: /etc/flipt/tls.key
db:
  url: postgres://flipt:«p:db_password:url»@«ipb:db_host»:5432/flipt?sslmode=verify-full
cache:
  enabled: true
  backend: redis
  ttl: 60s
  redis:
    host: «ip4:redis_host»
    port: 6379
    password: «p:redis_password:yaml»
authentication:
  required: true
  session:
    domain: flags.«w:word».io
    secure: true
    csrf:
      key: «k:csrf_key:hex64»
  methods:
    token:
      enabled: true
      bootstrap:
        token: "«k:bootstrap_token:an32»"
        expiration: 24h
    oidc:
      enabled: true
      providers:
        gitlab:
          issuer_url: https://gitlab.«w:word».io
          client_id: «L:client_id=«w:hex64»»
          client_secret: «k:oidc_client_secret:gloas-+hex64»
          redirect_address: https://flags.«w:word».io
          scopes: [email, profile]
audit:
  sinks:
    webhook:
      enabled: true
      url: https://hooks.«w:word».io/flipt
      signing_secret: «k:audit_signing_secret:b64_32»
# audit contact «e:audit_contact»; reviewed «L:date» at commit «L:git_commit»
'''))

T.append(("kolab_conf", "ini", "/etc/kolab/kolab.conf", r'''[kolab]
primary_domain = «w:word».de
auth_mechanism = ldap
imap_backend = cyrus-imap
default_locale = de_DE
sync_interval = 300
domain_sync_interval = 600
policy_uid = %(surname)s.lower()
daemon_rcpt_policy = False

; Zugangsdaten fuer den Verzeichnisdienst (bitte nicht ins Wiki kopieren!)
[ldap]
ldap_uri = ldap://«ip4:ldap_host»:389
; Ersatzserver im Keller: «L:private_ip»
timeout = 10
supported_controls = 0,2,3
base_dn = dc=«w:word»,dc=de
bind_dn = cn=Directory Manager
bind_pw = «p:ldap_bind_pw:ini»
service_bind_dn = uid=kolab-service,ou=Special Users,dc=«w:word»,dc=de
service_bind_pw = «p:service_bind_pw:ini»
user_base_dn = ou=People,dc=«w:word»,dc=de

[cyrus-imap]
uri = imaps://«ipb:imap_host»:993
admin_login = cyrus-admin
admin_password = «p:cyrus_admin_password:ini~cyrus»

[cyrus-sasl]
admin_login = cyrus-admin
admin_password = «=cyrus»

[wallace]
modules = resources, invitationpolicy, footer
kolab_invitation_policy = ACT_ACCEPT_IF_NO_CONFLICT, ACT_MANUAL
; Absender fuer Benachrichtigungen: «e:wallace_sender»

[«w:word».de]
default_quota = 1048576
primary_mail = %(givenname)s.%(surname)s@%(domain)s
; Mailrelay des Rechenzentrums: «ip:relay_host», Postmaster «e:postmaster»
; DES-Schluessel des Webmailers: «k:webmail_des_key:an24»
; zuletzt geaendert am «L:date» (Rev. «L:short_sha»)
'''))

T.append(("conduwuit_toml", "toml", "/etc/conduwuit/conduwuit.toml", r'''[global]
server_name = "«w:word».chat"
database_path = "/var/lib/conduwuit"
address = ["«L:loopback_ip»", "«L:loopback_ipv6»"]
port = 6167
max_request_size = 20_000_000

allow_registration = true
# token required to register; shared in the onboarding mail
registration_token = "«k:registration_token:an32»"

allow_federation = true
trusted_servers = ["matrix.org"]

turn_uris = ["turn:turn.«w:word».chat:3478?transport=udp", "turns:«ip4:turn_host»:5349?transport=tcp"]
turn_secret = "«k:turn_secret:b64_32»"
turn_ttl = 86400

well_known_support_email = "«e:support_email»"
well_known_support_mxid = "@«w:first»:«w:word».chat"

# emergency password for the server user (unset after recovery!)
emergency_password = "«p:emergency_password:quoted»"

sentry = true
sentry_endpoint = "https://«k:sentry_public_key:hex32»@o«n:100000-999999».ingest.sentry.io/«n:1000000-9999999»"

ip_range_denylist = [
  "«L:loopback_ip=127.0.0.0»/8",
  "«L:private_ip=10.0.0.0»/8",
  "«L:private_ip=172.16.0.0»/12",
  "«L:private_ip=192.168.0.0»/16",
  "«L:shared_ip=100.64.0.0»/10",
  "«L:link_local_ip=169.254.0.0»/16",
  "«L:benchmark_ip=198.18.0.0»/15",
  "«L:documentation_ip=192.0.2.0»/24",
  "«L:ula_ipv6=fc00::»/7",
  "«L:link_local_ipv6=fe80::»/10",
]
log = "info"
# upgraded to «L:version» on «L:date»
'''))

T.append(("mongooseim_toml", "toml", "etc/mongooseim.toml", r'''[general]
  loglevel = "warning"
  hosts = ["«w:word~dom».im"]
  default_server_domain = "«v:dom».im"
  registration_timeout = "infinity"
  language = "en"
  sm_backend = "mnesia"

[[listen.http]]
  port = 5280
  transport.num_acceptors = 10
  transport.max_connections = 1024

  [[listen.http.handlers.mod_bosh]]
    host = "_"
    path = "/http-bind"

[[listen.c2s]]
  port = 5222
  ip_address = "«L:unspecified_ip»"
  access = "c2s"
  shaper = "c2s_shaper"
  max_stanza_size = 65536

[[listen.service]]
  port = 8888
  access = "all"
  shaper_rule = "fast"
  ip_address = "«L:loopback_ip»"
  password = "«p:component_password:quoted»"

[outgoing_pools.rdbms.default]
  scope = "global"
  workers = 5

  [outgoing_pools.rdbms.default.connection]
    driver = "pgsql"
    host = "«ip:pg_host»"
    database = "mongooseim"
    username = "mongooseim"
    password = "«p:pg_password:quoted»"
    tls.required = true

[outgoing_pools.redis.global_distrib]
  scope = "global"
  workers = 10

  [outgoing_pools.redis.global_distrib.connection]
    host = "«ip4:redis_host»"
    password = "«p:redis_password:quoted»"

[auth]
  methods = ["rdbms", "jwt"]

  [auth.jwt]
    secret.value = "«k:jwt_secret:b64_32»"
    algorithm = "HS256"
    username_key = "user"

[s2s]
  default_policy = "allow"

  [[s2s.address]]
    host = "«w:word».net"
    ip_address = "«ip:s2s_peer»"

# admin JID «e:admin_jid@«v:dom».im», cluster cookie «k:erlang_cookie:uan20»
# generated «L:date» by mongooseimctl «L:version»
'''))

T.append(("openvidu_env", "env", "/opt/openvidu/.env", r'''# OpenVidu configuration
# ----------------------
# NOTE: This file doesn't need to quote assignment values, like most shells do.
# All values are stored as-is, even if they contain spaces, so don't quote them.

# Domain name. If you do not have one, the public IP of the machine.
# For example: «L:documentation_ip=198.51.100.1», or openvidu.example.com
DOMAIN_OR_PUBLIC_IP=«ip4:public_ip»

# OpenVidu SECRET used for apps to connect to OpenVidu server and users to access to OpenVidu Dashboard
# (the installer default «L:default_password=MY_SECRET» was replaced on «L:date»)
OPENVIDU_SECRET=«p:openvidu_secret:env»

# Certificate type
CERTIFICATE_TYPE=letsencrypt
LETSENCRYPT_EMAIL=«e:letsencrypt_email»

HTTP_PORT=80
HTTPS_PORT=443

OPENVIDU_RECORDING=true
OPENVIDU_RECORDING_PATH=/opt/openvidu/recordings

OPENVIDU_WEBHOOK=true
OPENVIDU_WEBHOOK_ENDPOINT=https://hooks.«w:word».tv/openvidu?token=«k:webhook_token:an32»
OPENVIDU_WEBHOOK_HEADERS=["Authorization: Basic «k:webhook_basic_auth:b64_18»"]
OPENVIDU_WEBHOOK_EVENTS=["sessionCreated","sessionDestroyed","recordingStatusChanged"]

# media nodes (dual stack)
MEDIA_NODES_PUBLIC_IPS=[«ip4:media_node_1», «ip4:media_node_2»]
# media node 1 over IPv6: «ip6:media_node_ipv6»

OPENVIDU_STREAMS_VIDEO_MAX_RECV_BANDWIDTH=1000
ELASTICSEARCH_USERNAME=elasticadmin
ELASTICSEARCH_PASSWORD=«p:elasticsearch_password:env»
# release «L:version»
'''))

T.append(("flussonic_conf", "conf", "/etc/flussonic/flussonic.conf", r'''# Global settings:
http 80;
https 443;
rtmp 1935;
rtsp 554;
pulsedb /var/lib/flussonic;
session_log /var/lib/flussonic;
edit_auth flussonic «p:edit_auth_password:cfg»;
view_auth viewer «p:view_auth_password:cfg»;
cluster_key «k:cluster_key:hex32~ck»;
loglevel error;
license_key «L:placeholder=YOUR-LICENSE-KEY»;

peer «ip4:peer_1» {
  cluster_key «=ck»;
  fetch_timeout 3000;
}

source «ip4:source_1» {
  cluster_key «=ck»;
}

stream cam-«w:word»-01 {
  input rtsp://admin:«p:camera_password:url»@«ipb:camera_1»:554/Streaming/Channels/101;
  dvr /storage 7d;
  on_publish http://«L:loopback_ip»:8080/publish;
}

stream studio {
  input publish://;
  password «p:publish_password:cfg»;
  push rtmp://a.rtmp.youtube.com/live2/«k:youtube_stream_key:«w:lan4»-«w:lan4»-«w:lan4»-«w:lan4»-+lan4»;
}

auth_backend vod_auth {
  backend http://«ipb:auth_backend»/auth;
  allow ip «L:private_ip»;
}
# ops contact «e:ops_contact», config rev «L:short_sha»
'''))

T.append(("nimble_rules_json", "json", "/etc/nimble/rules.conf", r'''{
  "SyncResponse": {
    "status": "success",
    "RtmpSettings": {
      "hash": "«L:epoch_ms»",
      "interfaces": [{"ip": "«L:unspecified_ip»", "port": 1935, "ssl": false}],
      "login": "«w:word»",
      "password": "«p:rtmp_password:json»",
      "duration": 6,
      "chunk_count": 4,
      "apps": [
        {"app": "live", "push_login": "encoder", "push_password": "«p:push_password:json»", "hls_enabled": true, "dash_enabled": true}
      ],
      "pull": [
        {"app": "live", "stream": "relay", "url": "rtmp://«ip4:origin_host»:1935/live/main?token=«k:pull_token:hex32»"}
      ]
    },
    "PanelSettings": {
      "server_id": "«L:server_uuid»",
      "push_api_url": "https://api.«w:word».tv/v1/server",
      "token": "«k:panel_token:hex40»"
    },
    "SrtSettings": {
      "listeners": [{"ip": "«ip:srt_listen»", "port": 4000, "passphrase": "«p:srt_passphrase:json»", "pbkeylen": 16}]
    },
    "contact": "«e:contact»",
    "updated": "«L:timestamp»"
  }
}
'''))

T.append(("hedgewars_lobby_chatlog", "text", "logs/hedgewars-lobby-«w:word».log", r'''[«L:log_time»] *** «w:first» has joined the lobby
[«L:log_time»] <«w:first»> alguém sabe a senha do servidor dedicado? o antigo caiu
[«L:log_time»] <«w:first»> o novo está em «ip4:dedicated_server», porta 46631
[«L:log_time»] <«w:first»> senha da sala: «p:room_password:word»
[«L:log_time»] <«w:first»> valeu!! e o painel web?
[«L:log_time»] <«w:first»> painel: http://«ipb:panel_host»:8080 user admin / «p:panel_password:prose»
[«L:log_time»] <«w:first»> não coloca isso no chat público kkk
[«L:log_time»] <«w:first»> tarde demais. troquei agora, a nova é «p:panel_password_new:prose»
[«L:log_time»] <«w:first»> se tiver problema manda e-mail pro «e:admin_email»
[«L:log_time»] *** «w:first» has left («c:Quit|Ping timeout|Leaving»)
[«L:log_time»] <«w:first»> btw the stats bot token is «k:stats_bot_token:an36», don't share
[«L:log_time»] <«w:first»> server version is «L:version», map pack «L:short_sha»
[«L:log_time»] <«w:first»> my ipv6 is «ip6:player_ipv6» if anyone wants to host
'''))

T.append(("kura_snapshot_xml", "xml", "/opt/eclipse/kura/user/snapshots/snapshot_«n:1600000000-1790000000»000.xml", r'''<?xml version="1.0" encoding="UTF-8"?>
<esf:configurations xmlns:esf="http://eurotech.com/esf/2.0" xmlns:ocd="http://www.osgi.org/xmlns/metatype/v1.2.0">
    <esf:configuration pid="org.eclipse.kura.cloud.MqttDataTransport">
        <esf:properties>
            <esf:property array="false" encrypted="false" name="broker-url" type="String">
                <esf:value>mqtts://«ip4:broker_host»:8883/</esf:value>
            </esf:property>
            <esf:property array="false" encrypted="false" name="username" type="String">
                <esf:value>gw-«w:word»-«n:100-999»</esf:value>
            </esf:property>
            <esf:property array="false" encrypted="false" name="password" type="Password">
                <esf:value>«p:mqtt_password:xml»</esf:value>
            </esf:property>
            <esf:property array="false" encrypted="false" name="client-id" type="String">
                <esf:value>«L:mac_address»</esf:value>
            </esf:property>
        </esf:properties>
    </esf:configuration>
    <esf:configuration pid="org.eclipse.kura.net.admin.NetworkConfigurationService">
        <esf:properties>
            <esf:property array="false" encrypted="false" name="net.interface.eth0.config.ip4.address" type="String">
                <esf:value>«L:private_ip»</esf:value>
            </esf:property>
            <esf:property array="false" encrypted="false" name="net.interface.eth0.config.ip4.gateway" type="String">
                <esf:value>«L:private_ip»</esf:value>
            </esf:property>
            <esf:property array="false" encrypted="false" name="net.interface.eth0.config.dnsServers" type="String">
                <esf:value>«ip4:dns_server»</esf:value>
            </esf:property>
            <esf:property array="false" encrypted="false" name="net.interface.wlan0.config.wifi.master.passphrase" type="Password">
                <esf:value>«p:wifi_passphrase:xml»</esf:value>
            </esf:property>
            <esf:property array="false" encrypted="false" name="net.interface.ppp0.config.password" type="Password">
                <esf:value>«p:ppp_password:xml»</esf:value>
            </esf:property>
        </esf:properties>
    </esf:configuration>
    <esf:configuration pid="org.eclipse.kura.db.H2DbService">
        <esf:properties>
            <esf:property array="false" encrypted="false" name="db.user" type="String">
                <esf:value>SA</esf:value>
            </esf:property>
            <esf:property array="false" encrypted="false" name="db.password" type="Password">
                <esf:value>«p:h2_password:xml»</esf:value>
            </esf:property>
        </esf:properties>
    </esf:configuration>
    <esf:configuration pid="org.eclipse.kura.cloudconnection.«w:word».DeviceApi">
        <esf:properties>
            <esf:property array="false" encrypted="false" name="device.api.key" type="String">
                <esf:value>«k:device_api_key:b64u_32»</esf:value>
            </esf:property>
            <esf:property array="false" encrypted="false" name="alert.recipient" type="String">
                <esf:value>«e:alert_recipient»</esf:value>
            </esf:property>
            <esf:property array="false" encrypted="false" name="firmware.checksum" type="String">
                <esf:value>«L:sha1_checksum»</esf:value>
            </esf:property>
        </esf:properties>
    </esf:configuration>
</esf:configurations>
'''))

T.append(("ditto_connection_sh", "shell", "scripts/create-ditto-connection.sh", r'''#!/usr/bin/env bash
# Creates the MQTT connection for the «w:word» greenhouse sensors.
# (the compose default «L:default_password=foobar» for the devops user is disabled here)
set -euo pipefail

DITTO_HOST=${DITTO_HOST:-«ip4:ditto_host»}
DEVOPS_PWD=${DEVOPS_PWD:-«p:devops_password:shell»}

curl -sS -X POST -u "devops:${DEVOPS_PWD}" -H 'Content-Type: application/json' \
  "http://${DITTO_HOST}:8080/devops/piggyback/connectivity?timeout=10" -d @- <<JSON
{
  "targetActorSelection": "/system/sharding/connection",
  "headers": { "aggregate": false },
  "piggybackCommand": {
    "type": "connectivity.commands:createConnection",
    "connection": {
      "id": "mqtt-«w:word»-«L:connection_uuid»",
      "connectionType": "mqtt-5",
      "connectionStatus": "open",
      "uri": "ssl://sensors:«p:mqtt_password:url»@«ipb:mqtt_broker»:8883",
      "sources": [{ "addresses": ["«w:word»/+/telemetry"], "authorizationContext": ["nginx:sensors"], "qos": 1 }],
      "targets": [],
      "validateCertificates": true,
      "specificConfig": { "clientId": "ditto-«w:hex8»", "cleanSession": "false" }
    }
  }
}
JSON

curl -sS -X PUT -u "ditto:«p:ditto_user_password:shell»" -H 'Content-Type: application/json' \
  "http://${DITTO_HOST}:8080/api/2/things/org.«w:word»:gh-01" \
  -d '{"policyId": "org.«w:word»:gh-policy", "attributes": {"owner": "«e:thing_owner»", "gateway": "«L:mac_address»", "installed": "«L:date»"}}'

# alerts webhook token: «k:alerts_webhook_token:an40»
'''))

T.append(("magistrala_env", "env", "docker/.env", r'''## Nginx
MG_NGINX_HTTP_PORT=80
MG_NGINX_SSL_PORT=443
MG_NGINX_MQTT_PORT=1883

## Users
MG_USERS_LOG_LEVEL=debug
MG_USERS_SECRET_KEY=«k:users_secret_key:hex64»
MG_USERS_ADMIN_EMAIL=«e:admin_email»
MG_USERS_ADMIN_PASSWORD=«p:admin_password:env»
MG_USERS_PASS_REGEX=^.{8,}$
MG_USERS_DB_HOST=users-db
MG_USERS_DB_USER=magistrala
MG_USERS_DB_PASS=«p:users_db_pass:env»

## Email
MG_EMAIL_HOST=«ip4:email_host»
MG_EMAIL_PORT=587
MG_EMAIL_USERNAME=«e:email_username»
MG_EMAIL_PASSWORD=«p:email_password:env»
MG_EMAIL_FROM_ADDRESS=«e:email_from»
MG_EMAIL_FROM_NAME=«w:Word» IoT

## Google OAuth
MG_GOOGLE_CLIENT_ID=«L:client_id=«n:100000000000-999999999999»-«w:lan32».apps.googleusercontent.com»
MG_GOOGLE_CLIENT_SECRET=«k:google_client_secret:GOCSPX-+an28»
MG_GOOGLE_REDIRECT_URL=https://iot.«w:word».io/oauth/callback/google

## Traces
MG_JAEGER_URL=http://«L:private_ip»:14268/api/traces
MG_JAEGER_TRACE_RATIO=1.0

## Bootstrap and certs
MG_BOOTSTRAP_ENCRYPT_KEY=«k:bootstrap_encrypt_key:hex32»
MG_CERTS_VAULT_APPROLE_ROLEID=«L:role_uuid»
MG_CERTS_VAULT_APPROLE_SECRET=«k:approle_secret_id:uuid»
MG_RELEASE_TAG=v«L:version»
# public endpoint «ip:public_endpoint», DNS updated «L:date»
'''))

T.append(("thingerio_sketch_ino", "cpp", "«w:word~sk»_sensor/«v:sk»_sensor.ino", r'''#define THINGER_SERIAL_DEBUG
#include <ThingerESP32.h>
#include <DHT.h>

// device credentials from the console (created «L:date»)
#define USERNAME "«w:first»"
#define DEVICE_ID "greenhouse-«n:1-40»"
#define DEVICE_CREDENTIAL "«k:device_credential:an20»"

#define SSID "«w:Word»-IoT"
#define SSID_PASSWORD "«p:wifi_password:quoted»"

ThingerESP32 thing(USERNAME, DEVICE_ID, DEVICE_CREDENTIAL);
DHT dht(4, DHT22);

// fallback MQTT broker on the farm LAN, and the public one
const char* MQTT_LAN = "«L:private_ip»";
const char* MQTT_WAN = "«ip4:mqtt_wan»";
const char* MQTT_USER = "gh";
const char* MQTT_PASS = "«p:mqtt_password:quoted»";
const char* OTA_PASSWORD = "«p:ota_password:quoted»";
const char* PAYLOAD_AES_KEY = "«k:payload_aes_key:hex32»";
const char* NTP_SERVER = "«ip4:ntp_server»";

// build «L:build_id», board MAC «L:mac_address»

void setup() {
  Serial.begin(115200);
  dht.begin();
  thing.add_wifi(SSID, SSID_PASSWORD);
  thing["temperature"] >> outputValue(dht.readTemperature());
  thing["humidity"] >> outputValue(dht.readHumidity());
  thing["relay"] << digitalPin(LED_BUILTIN);
  // alerts go to «e:alert_email» through the endpoint "gh_alert"
}

void loop() {
  thing.handle();
}
'''))

T.append(("openevse_issue_md", "markdown", "issues/«n:100-900».md", r'''### Charger drops off MQTT after firmware «L:version»

**Describe the bug**
Since updating the WiFi module to «L:version» (build «L:short_sha») the charger stops publishing to my broker after a
few hours. The web UI still answers on «L:private_ip».

**Settings** (copied from the MQTT page, I meant to blank the password... I didn't)

| field | value |
|---|---|
| Host | «ip4:mqtt_host~mh» |
| Port | 1883 |
| Username | openevse |
| Password | «p:mqtt_password:prose» |
| Base topic | openevse-«w:hex4» |

The energy dashboard feed is on too: node `evse`, write API key `«k:dashboard_write_key:hex32»`.

**Log**
```
«L:log_time» MQTT connecting to «=mh»...
«L:log_time» MQTT connected
«L:log_time» MQTT disconnected, reason 4
«L:log_time» WiFi RSSI -71, IP «L:private_ip», IPv6 «ip6:evse_global_ipv6»
```

**Edit:** changed the password now, the new one is «p:mqtt_password_new:prose» (please remove it from the issue).
The web UI login is still admin / «p:webui_password:prose».

---

> **maintainer** commented on «L:date»
>
> Please don't post credentials here; mail the full dump to «e:maintainer_email» instead. The OhmConnect key
> `«k:ohm_key:uan12»` is visible too, rotate it.
'''))

T.append(("things_stack_config_yml", "yaml", "config/stack/ttn-lw-stack-docker.yml", r'''# Identity Server configuration
is:
  database-uri: 'postgres://root:«p:db_password:url»@«ipb:db_host»:5432/ttn_lorawan?sslmode=disable'
  email:
    sender-name: '«w:Word» LoRa'
    sender-address: '«e:sender_address»'
    network:
      name: '«w:Word» LoRa'
      console-url: 'https://lora.«w:word».net/console'
      identity-server-url: 'https://lora.«w:word».net/oauth'
    provider: smtp
    smtp:
      address: '«ip4:smtp_host»:587'
      username: '«e:smtp_username»'
      password: '«p:smtp_password:quoted»'

# HTTP server configuration
http:
  cookie:
    block-key: '«k:cookie_block_key:hex64»'
    hash-key: '«k:cookie_hash_key:hex128»'
  metrics:
    password: '«p:metrics_password:quoted»'
  pprof:
    password: '«p:pprof_password:quoted»'

redis:
  address: '«ip4:redis_host»:6379'
  password: '«p:redis_password:quoted»'

tls:
  source: acme
  acme:
    dir: /var/lib/acme
    email: '«e:acme_email»'
    hosts: ['lora.«w:word».net']
    default-host: 'lora.«w:word».net'

console:
  oauth:
    client-id: 'console'
    client-secret: '«k:console_client_secret:an40»'

# gateway «L:gateway_eui=«w:hex16»» registered «L:date» with API key
#   «k:gateway_api_key:NNSXS.«w:uan39».+uan52»
# public gateway server address: «ip:gs_public»
'''))
