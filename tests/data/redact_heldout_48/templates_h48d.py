"""Templates 58-75 of held-out set 48 (each written one by one) and the carrier snippet."""

ORDER = [
    "textpattern_config_php", "serendipity_config_local_php", "dotclear_config_php", "b2evolution_basic_config_php",
    "microweber_env", "keystonejs_keystone_ts", "hexo_config_yml", "soketi_config_json", "mercure_caddyfile",
    "aedes_broker_js", "moquette_conf", "tegola_config_toml", "pelias_json", "airtime_conf", "shoutcast_sc_serv_conf",
    "lazylibrarian_config_ini", "hubitat_driver_groovy", "oban_runtime_exs",
]


def t_textpattern_config_php(g):
    return "php", "textpattern/config.php", f"""<?php
$txpcfg['db'] = 'txp';
$txpcfg['user'] = 'txp_writer';
$txpcfg['pass'] = '{g.pw("db_password", "quoted")}';
$txpcfg['host'] = '{g.ip("db_host", 0.2)}';
$txpcfg['table_prefix'] = 'txp_';
$txpcfg['txpath'] = '/var/www/txp/textpattern';
$txpcfg['dbcharset'] = 'utf8mb4';
// For more customization options, please consult config-dist.php file.

// Mail through the relay instead of PHP mail()
define('SMTP_HOST', '{g.ip("smtp_host")}');
define('SMTP_USER', '{g.email("smtp_user")}');
define('SMTP_PASS', '{g.pw("smtp_password", "quoted")}');
// Comments are checked against the spam service
define('AKISMET_KEY', '{g.key("akismet_key", "hex32") if g.r.random() < 0.5 else g.keyv("akismet_key", g.hx(12))}');
// Site admin: {g.email("site_admin")}; publisher login "admin", set during setup on {g.date()}
// (setup printed the generated password once: {g.lk("generated_password_shown_once", g.s(12))}, changed immediately)
// Behind the CDN; real visitor IPs come from {g.priv()} (internal LB) and {g.ip("cdn_ip")}
// txp version {g.version()}
"""


def t_serendipity_config_local_php(g):
    return "php", "serendipity_config_local.inc.php", f"""<?php
        /*
          Serendipity configuration file
          Written on {g.lk("timestamp_comment", "Sun, 0" + str(g.num(1, 9)) + " Jun 2025 11:" + str(g.num(10, 59)) + ":02 +0200")}
        */

        $serendipity['versionInstalled']  = '{g.version()}';
        $serendipity['dbName']            = 's9y';
        $serendipity['dbPrefix']          = 'serendipity_';
        $serendipity['dbHost']            = '{g.ip("db_host")}';
        $serendipity['dbUser']            = 's9y';
        $serendipity['dbPass']            = '{g.pw("db_password", "quoted")}';
        $serendipity['dbType']            = 'mysqli';
        $serendipity['dbPersistent']      = false;
        $serendipity['dbCharset']         = 'utf8mb4';

        // End of Serendipity configuration file
        // You can place your own special variables after here:

        // Spamblock plugin: the Akismet/Antispam key and the SMTP login for notifications
        $serendipity['spamblock_akismet']  = '{g.key("akismet_key", "hex32")}';
        $serendipity['smtp_user']          = '{g.email("smtp_user")}';
        $serendipity['smtp_pass']          = '{g.pw("smtp_password", "quoted")}';
        $serendipity['blogMail']           = '{g.email("blog_mail")}';
        // trusted proxy header from the varnish box at {g.priv()}
        $serendipity['trustedProxies']     = array('{g.loop()}', '{g.ip("varnish_public")}');
        // IndieAuth / Webmention token for the webmention.io plugin
        $serendipity['webmention_token']   = '{g.key("webmention_token", "b64u43")}';
        // demo account on the docs site: {g.resmail("demo")} / {g.ph("demo", "default_password")}
"""


def t_dotclear_config_php(g):
    return "php", "dotclear/inc/config.php", f"""<?php
# -- BEGIN LICENSE BLOCK ---------------------------------------
# This file is part of Dotclear 2.
# -- END LICENSE BLOCK -----------------------------------------
if (!defined('DC_RC_PATH')) {{ return; }}

// Database hostname (usually "localhost")
define('DC_DBHOST', '{g.ip("db_host")}');
// Database user (required)
define('DC_DBUSER', 'dotclear');
// Database password (required)
define('DC_DBPASSWORD', '{g.pw("db_password", "quoted")}');
// Database name (required)
define('DC_DBNAME', 'dotclear');
// Tables' prefix
define('DC_DBPREFIX', 'dc_');
// Persistent database connection
define('DC_DBPERSIST', false);

// Crypt key (password storage)
define('DC_MASTER_KEY', '{g.key("master_key", g.pick(["hex40", "an40", "b64_32"]))}');

// Admin URL. You need to set it for some features.
define('DC_ADMIN_URL', 'https://carnet.brindlecombe-institute.ac.uk/admin/');
// Admin mail from address. For password recovery and such.
define('DC_ADMIN_MAILFROM', '{g.email("admin_mailfrom")}');

// Cookie's name
define('DC_SESSION_NAME', 'dcxd');
// Session TTL
define('DC_SESSION_TTL', '-120 minutes');

// Proxy (le serveur de l'école passe par le proxy de l'académie)
define('HTTP_PROXY_HOST', '{g.ip("http_proxy_host", 0.0)}');
define('HTTP_PROXY_PORT', '3128');
// identifiants du proxy : {g.email("proxy_user")} / {g.pw("proxy_password", "plain")}
// Dotclear {g.version()} -- installé le {g.date()}
"""


def t_b2evolution_basic_config_php(g):
    return "php", "conf/_basic_config.php", f"""<?php
/**
 * This is b2evolution's basic config file.
 *
 * This file sets how b2evolution will connect to the database.
 */
if( !defined('EVO_CONFIG_LOADED') ) die( 'Please, do not access this page directly.' );

$db_config = array(
	'user'          => 'b2evo',
	'password'      => '{g.pw("db_password", "quoted")}',
	'name'          => 'b2evolution',
	'host'          => '{g.ip("db_host")}',
	'connection_charset' => 'utf8mb4',
);

$tableprefix = 'evo_';
$baseurl = 'https://forum.wherrymoor.net/';

/**
 * Your email. Will be used in severe error messages so that users can contact you.
 */
$admin_email = '{g.email("admin_email")}';

/**
 * Once you have edited this file to your settings, set the following to 1 (one):
 */
$config_is_done = 1;

// Antispam central blacklist reporting key
$antispam_report_key = '{g.key("antispam_report_key", "an32")}';
// Outbound SMTP gateway used by the "email campaigns" module
$smtp_gateway = array('host' => '{g.ip("smtp_gateway", 0.0)}', 'port' => 587,
                      'username' => '{g.email("smtp_username")}', 'password' => '{g.pw("smtp_password", "quoted")}');
// Version {g.version()}; instance key below identifies this install for the update checker
$instance_name = 'b2evo_{g.hx(8)}';
$evonet_instance_id = '{g.uuid("instance_uuid")}';
"""


def t_microweber_env(g):
    return "env", "microweber/.env", f"""APP_NAME=Microweber
APP_ENV=production
APP_KEY=base64:{g.key("laravel_app_key", "b64_32")}
APP_DEBUG=false
APP_URL=https://shop.pebblestock.org

LOG_CHANNEL=daily

DB_CONNECTION=mysql
DB_HOST={g.ip("db_host")}
DB_PORT=3306
DB_DATABASE=microweber
DB_USERNAME=mw
DB_PASSWORD={g.pw("db_password", "env")}
DB_PREFIX=mw_

MAIL_MAILER=smtp
MAIL_HOST=smtp.pebblestock.org
MAIL_PORT=587
MAIL_USERNAME={g.email("mail_username")}
MAIL_PASSWORD={g.pw("mail_password", "env")}
MAIL_ENCRYPTION=tls
MAIL_FROM_ADDRESS={g.email("mail_from")}

# Payments (shop module)
STRIPE_KEY={g.lk("publishable_key", "pk_test_" + g.s(24))}
STRIPE_SECRET={g.pkey("stripe_secret_key", "sk_test")}
STRIPE_WEBHOOK_SECRET={g.pkey("stripe_webhook_secret", "whsec")}
PAYPAL_CLIENT_ID={g.lk("client_id", "A" + g.s(79, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"))}
PAYPAL_SECRET={g.key("paypal_secret", "b64u43") if g.r.random() < 0.5 else g.keyv("paypal_secret", "E" + g.s(79))}

# Storage
AWS_ACCESS_KEY_ID={g.pkey("aws_access_key_id", "akia")}
AWS_SECRET_ACCESS_KEY={g.pkey("aws_secret_access_key", "aws_secret")}
AWS_DEFAULT_REGION=eu-north-1
AWS_BUCKET=mw-media

REDIS_HOST={g.priv()}
REDIS_PASSWORD={g.pw("redis_password", "env")}
# marketplace licence for premium templates
MW_LICENSE_KEY={g.keyv("mw_license_key", "MW-" + g.s(4, "ABCDEFGHJKLMNPQRSTUVWXYZ23456789") + "-" + g.s(4, "ABCDEFGHJKLMNPQRSTUVWXYZ23456789") + "-" + g.s(4, "ABCDEFGHJKLMNPQRSTUVWXYZ23456789") + "-" + g.s(4, "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"))}
"""


def t_keystonejs_keystone_ts(g):
    return "typescript", "keystone.ts", f"""import {{ config }} from '@keystone-6/core';
import {{ statelessSessions }} from '@keystone-6/core/session';
import {{ createAuth }} from '@keystone-6/auth';
import {{ lists }} from './schema';

// TODO(ops): move all of this to env before the next deploy. Added by {g.email("author_email")}.
const sessionSecret = process.env.SESSION_SECRET || '{g.key("session_secret", g.pick(["hex64", "b64_48", "an40"]))}';
const databaseUrl =
  process.env.DATABASE_URL ||
  'postgres://keystone:{g.pw("database_password", "url")}@{g.br(g.ip("database_host"))}:5432/keystone';

const {{ withAuth }} = createAuth({{
  listKey: 'User',
  identityField: 'email',
  secretField: 'password',
  sessionData: 'name isAdmin',
  initFirstItem: {{
    fields: ['name', 'email', 'password'],
    itemData: {{ isAdmin: true }},
  }},
}});

export default withAuth(
  config({{
    db: {{ provider: 'postgresql', url: databaseUrl, enableLogging: false }},
    server: {{
      cors: {{ origin: ['https://museum.coppiceford.org', 'http://{g.priv()}:3000'], credentials: true }},
      port: 3000,
    }},
    storage: {{
      images: {{
        kind: 's3',
        type: 'image',
        bucketName: 'collection-images',
        region: 'eu-west-2',
        accessKeyId: '{g.pkey("s3_access_key_id", "akia")}',
        secretAccessKey: '{g.pkey("s3_secret_access_key", "aws_secret")}',
        signed: {{ expiry: 5000 }},
      }},
    }},
    lists,
    session: statelessSessions({{ secret: sessionSecret, maxAge: 60 * 60 * 24 * 30 }}),
  }})
);

// Seed script credentials (used once by `npm run seed` on {g.date()}):
//   admin {g.email("seed_admin_email")} / {g.pw("seed_admin_password", "plain")}
//   cataloguer {g.email("seed_user_email")} / {g.pw("seed_user_password", "plain")}
// map tiles token for the find-spot map (public token, shipped to browsers anyway): {g.lk("public_map_token", "pk.eyJ1Ijoi" + g.s(60, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789") + "." + g.s(22, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"))}
"""


def t_hexo_config_yml(g):
    return "yaml", "blog/_config.yml", f"""# Hexo Configuration
## Docs: https://hexo.io/docs/configuration.html

# Site
title: Notes from the Fenlowe ropewalk
subtitle: ''
description: 'Rope, knots and the occasional boat'
author: {g.person()}
language: en
timezone: 'Europe/London'

# URL
url: https://ropewalk.fenlowe.org.uk
permalink: :year/:month/:day/:title/

# Writing
new_post_name: :title.md
default_layout: post

# Comments (Waline server)
waline:
  serverURL: https://{g.ip("waline_server", 0.0)}:8360
  # admin of the comment server: {g.email("waline_admin")}

# Site search -- admin key needed only at index time
site_search:
  applicationID: '{g.lk("search_app_id", g.s(10, "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"))}'
  apiKey: '{g.lk("search_only_api_key", g.hx(32))}'
  adminApiKey: '{g.key("search_admin_key", "hex32")}'
  indexName: ropewalk

# Deployment
## Docs: https://hexo.io/docs/one-command-deployment
deploy:
  - type: git
    repo: https://{g.first()}:{g.pkey("github_token", "ghp")}@github.com/fenlowe/fenlowe.github.io.git
    branch: gh-pages
    name: Fenlowe bot
    email: {g.email("deploy_git_email")}
  - type: sftp
    host: {g.ip("sftp_host")}
    user: ropewalk
    pass: {g.pw("sftp_password", "yaml")}
    remotePath: /var/www/ropewalk
    port: 22
  - type: rsync
    host: {g.priv()}
    user: www
    root: /srv/www/mirror

# Analytics
google_analytics: {g.lk("measurement_id", "G-" + g.s(10, "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"))}
# theme pinned at {g.short_sha()} (hexo {g.version()})
"""


def t_soketi_config_json(g):
    return "json", "soketi/config.json", f"""{{
  "debug": false,
  "host": "{g.unspec()}",
  "port": 6001,
  "appManager.driver": "array",
  "appManager.array.apps": [
    {{
      "id": "{g.num(100000, 999999)}",
      "key": "{g.lk("app_key_public", g.s(20, "abcdefghijklmnopqrstuvwxyz0123456789"))}",
      "secret": "{g.key("app_secret", g.pick(["an32", "hex32", "lan32"]))}",
      "maxConnections": 2000,
      "enableClientMessages": true,
      "enabled": true,
      "webhooks": [
        {{
          "url": "https://{g.ip("webhook_receiver", 0.0)}/soketi/hook?token={g.key("webhook_token", "hex40")}",
          "event_types": ["channel_occupied", "channel_vacated"]
        }}
      ]
    }},
    {{
      "id": "{g.num(100000, 999999)}",
      "key": "{g.lk("app_key_public", g.s(20, "abcdefghijklmnopqrstuvwxyz0123456789"))}",
      "secret": "{g.key("app_secret", g.pick(["an32", "hex32", "lan32"]))}",
      "enabled": false
    }}
  ],
  "database.redis.host": "{g.priv()}",
  "database.redis.port": 6379,
  "database.redis.password": "{g.pw("redis_password", "json")}",
  "database.mysql.host": "{g.ip("mysql_host")}",
  "database.mysql.user": "soketi",
  "database.mysql.password": "{g.pw("mysql_password", "json")}",
  "metrics.enabled": true,
  "metrics.host": "{g.loop()}",
  "adapter.driver": "cluster",
  "cluster.hostname": "{g.unspec()}",
  "_maintainer": "{g.email("maintainer")}"
}}
"""


def t_mercure_caddyfile(g):
    return "conf", "/etc/caddy/Caddyfile", f"""# Mercure hub behind Caddy
{{
	email {g.email("acme_email")}
	order mercure after encode
	servers {{
		trusted_proxies static {g.priv()}/16 {g.ip("cdn_range_ip")}/32
	}}
}}

hub.pebblestock.org {{
	log {{
		output file /var/log/caddy/mercure.log
	}}
	encode zstd gzip

	mercure {{
		# Publisher JWT key
		publisher_jwt {g.key("publisher_jwt_key", g.pick(["hex64", "b64_48", "an40"]))} HS256
		# Subscriber JWT key
		subscriber_jwt {g.key("subscriber_jwt_key", g.pick(["hex64", "b64_48", "an40"]))} HS256
		cors_origins https://app.pebblestock.org
		publish_origins https://app.pebblestock.org
		anonymous
		subscriptions
		transport bolt {{
			path /var/lib/mercure/mercure.db
		}}
	}}

	respond /healthz 200
	basicauth /.well-known/mercure/ui/* {{
		admin {g.bcrypt()}
	}}
	reverse_proxy /api/* {g.ipp("api_backend", 8080)}
}}

# internal status page only from the office
status.pebblestock.org {{
	@office remote_ip {g.ip("office_ip")} {g.loop()}
	basicauth @office {{
		# plain for reference: ops / {g.pw("status_password_note", "plain")}
		ops {g.bcrypt()}
	}}
	reverse_proxy {g.loop()}:2019
}}
# JWT for the demo publisher (expires never, issued {g.date()}):
# {g.key("publisher_demo_jwt", "jwt")}
"""


def t_aedes_broker_js(g):
    return "javascript", "broker/server.js", f"""'use strict'
// MQTT broker for the greenhouse sensors (Aedes + persistence on Redis)
const aedes = require('aedes')({{
  persistence: require('aedes-persistence-redis')({{
    host: '{g.priv()}',
    port: 6379,
    password: '{g.pw("redis_password", "quoted")}'
  }}),
  mq: require('mqemitter-redis')({{ host: '{g.priv()}', port: 6379, password: '{g.pw("redis_mq_password", "quoted")}' }})
}})
const server = require('net').createServer(aedes.handle)
const PORT = 1883

// device credentials: username -> password (TODO: move to the DB)
const devices = {{
  'gh-north-01': '{g.pw("device_password", "quoted")}',
  'gh-south-02': '{g.pw("device_password", "quoted")}',
  'weather-mast': '{g.pw("device_password", "quoted")}'
}}

aedes.authenticate = (client, username, password, callback) => {{
  const ok = devices[username] && password && devices[username] === password.toString()
  callback(null, !!ok)
}}

// bridge to the cloud dashboard
const bridgeUrl = 'mqtts://{g.ip("cloud_broker", 0.0)}:8883'
const bridgeToken = '{g.key("bridge_token", g.pick(["jwt", "an40", "b64u43"]))}'
const alertMail = '{g.email("alert_mail")}'
// the old broker at {g.ip("old_broker")} still has retained messages; see ticket
const dashboardKey = '{g.pkey("dashboard_service_token", "glsa")}'

server.listen(PORT, '{g.unspec()}', function () {{
  console.log('aedes listening on port', PORT)
}})
// ops contact {g.email("ops_contact")}, build {g.build_id()}
"""


def t_moquette_conf(g):
    return "conf", "moquette/config/moquette.conf", f"""##############################################
#  Moquette configuration file.
##############################################
port 1883
websocket_port 8080
host {g.unspec()}
password_file config/password_file.conf
allow_anonymous false
# ssl_port 8883
# jks_path serverkeystore.jks
# key_store_type jks
key_store_password {g.pw("key_store_password", "ini")}
key_manager_password {g.pw("key_manager_password", "ini")}
persistent_store ./moquette_store.h2
# allow_zero_byte_client_id false
# authorizator_class io.moquette.broker.security.ACLFileAuthorizator

# ------------------------------------------------------------------
# password_file.conf is username:sha256(password). Current entries:
#   telemetry:{g.lk("sha256", g.hx(64))}
#   admin:{g.lk("sha256", g.hx(64))}
# the plain admin one (for the ops runbook only): {g.pw("admin_password_plain", "plain")}
# ------------------------------------------------------------------
# bridge settings for the site-to-site link
bridge.remote_host {g.ip("bridge_remote_host")}
bridge.remote_port 1883
bridge.username site-{g.num(1, 30)}
bridge.password {g.pw("bridge_password", "ini")}
# interceptors: publish to the data lake
intercept.handler io.moquette.interception.LakeHandler
lake.endpoint https://{g.ip("lake_endpoint", 0.0)}:9443/ingest
lake.api_key {g.key("lake_api_key", "uuid")}
# operator: {g.email("operator_email")}
"""


def t_tegola_config_toml(g):
    return "toml", "tegola/config.toml", f"""# Tegola vector tile server
[webserver]
port = ":8080"
hostname = "tiles.cinderholm.net"
uri_prefix = "/maps/"

  [webserver.headers]
  Access-Control-Allow-Origin = "*"

[cache]
type = "s3"
bucket = "cinderholm-tiles"
region = "eu-west-3"
aws_access_key_id = "{g.pkey("aws_access_key_id", "akia")}"
aws_secret_access_key = "{g.pkey("aws_secret_access_key", "aws_secret")}"
max_zoom = 18

[[providers]]
name = "osm"
type = "mvt_postgis"
uri = "postgres://tegola:{g.pw("postgis_password", "url")}@{g.br(g.ip("postgis_host"))}:5432/osm?sslmode=require"
srid = 3857
max_connections = 40

  [[providers.layers]]
  name = "roads"
  geometry_fieldname = "geom"
  id_fieldname = "osm_id"
  sql = "SELECT ST_AsMVTGeom(geom, !BBOX!) AS geom, osm_id, highway FROM planet_osm_line WHERE geom && !BBOX!"

[[providers]]
name = "parcels"
type = "postgis"
host = "{g.priv()}"
port = 5432
database = "cadastre"
user = "tiles_ro"
password = "{g.pw("cadastre_password", "quoted")}"

[[maps]]
name = "base"
attribution = "© OpenStreetMap contributors"
center = [-1.5536, 47.2184, 11.0]

  [[maps.layers]]
  provider_layer = "osm.roads"
  min_zoom = 5
  max_zoom = 18

# observer key for the metrics push (metrics host {g.ip("metrics_host")})
[observer]
type = "prometheus"
# maintainers: {g.email("maintainer")}, {g.email("maintainer")}
# tegola {g.version()}
"""


def t_pelias_json(g):
    return "json", "pelias/pelias.json", f"""{{
  "logger": {{ "level": "info", "timestamp": false }},
  "esclient": {{
    "apiVersion": "7.x",
    "hosts": [
      {{ "protocol": "https", "host": "{g.ip("es_host", 0.0)}", "port": 9200,
         "auth": "pelias:{g.pw("elasticsearch_password", "json")}" }},
      {{ "protocol": "http", "host": "{g.priv()}", "port": 9200 }}
    ]
  }},
  "elasticsearch": {{ "settings": {{ "index": {{ "refresh_interval": "10s", "number_of_replicas": "0" }} }} }},
  "acceptance-tests": {{ "endpoints": {{ "docker": "http://{g.loop()}:4000/v1/" }} }},
  "api": {{
    "services": {{
      "placeholder": {{ "url": "http://placeholder:4100" }},
      "libpostal": {{ "url": "http://libpostal:4400" }},
      "pip": {{ "url": "http://pip:4200" }}
    }},
    "accessLog": "common",
    "textAnalyzer": "libpostal"
  }},
  "imports": {{
    "adminLookup": {{ "enabled": true }},
    "geonames": {{ "datapath": "/data/geonames", "countryCode": "NZ" }},
    "openaddresses": {{
      "datapath": "/data/openaddresses",
      "token": "{g.key("openaddresses_token", g.pick(["an40", "jwt"]))}",
      "files": ["nz/countrywide.csv"]
    }},
    "whosonfirst": {{ "datapath": "/data/whosonfirst", "importPostalcodes": true }},
    "transit": {{
      "datapath": "/data/transit",
      "feeds": [{{ "agencyId": "MT", "url": "https://gtfs.cinderholm-transit.nz/gtfs.zip?subscription-key={g.key("gtfs_subscription_key", "hex32")}" }}]
    }}
  }},
  "_notes": "interpolation server {g.ip("interpolation_host")}; contact {g.email("contact")}; build {g.build_id()}"
}}
"""


def t_airtime_conf(g):
    return "ini", "/etc/airtime/airtime.conf", f"""[database]
host = {g.ip("db_host")}
dbname = airtime
dbuser = airtime
dbpass = {g.pw("db_password", "ini")}

[rabbitmq]
host = {g.priv()}
port = 5672
user = airtime
password = {g.pw("rabbitmq_password", "ini")}
vhost = /airtime

[general]
api_key = {g.key("api_key", g.pick(["an24", "lan32", "an32"]))}
web_server_user = www-data
base_url = radio.samphire-fm.org
base_port = 80
base_dir = /
cache_ahead_hours = 1
airtime_dir = /usr/share/airtime

[monit]
monit_user = guest
monit_password = {g.pw("monit_password", "ini")}

[soundcloud]
connection_retries = 3
time_between_retries = 60
client_id = {g.lk("client_id", g.hx(32))}
client_secret = {g.key("soundcloud_client_secret", "hex32")}

[stream]
; Icecast source credentials for the main and backup outputs
s1_host = {g.ip("icecast_host", 0.0)}
s1_port = 8000
s1_user = source
s1_pass = {g.pw("icecast_source_password", "ini")}
s1_admin_user = admin
s1_admin_pass = {g.pw("icecast_admin_password", "ini")}
s2_host = {g.ip("icecast_backup_host")}
s2_pass = {g.pw("icecast_backup_password", "ini")}
; station manager {g.email("station_manager")}; programme director {g.email("programme_director")}
; version {g.version()}
"""


def t_shoutcast_sc_serv_conf(g):
    return "conf", "sc_serv.conf", f"""; SHOUTcast DNAS v2 configuration
; Station: Samphire FM (community radio)
logfile=logs/sc_serv.log
w3clog=logs/sc_w3c.log
banfile=control/sc_serv.ban
ripfile=control/sc_serv.rip

portbase=8000
publicserver=always
; bind to the public address only
destip={g.ip("bind_ip")}
; Password used by sources to broadcast
password={g.pw("source_password", "ini")}
; Password for the admin pages
adminpassword={g.pw("admin_password", "ini")}
requirestreamconfigs=1

streamid_1=1
streampath_1=/live
streamauthhash_1={g.key("stream_auth_hash", "hex32") if g.r.random() < 0.4 else g.keyv("stream_auth_hash", g.s(32, "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"))}
streampassword_1={g.pw("stream_password", "ini")}
streamadminpassword_1={g.pw("stream_admin_password", "ini")}
streammaxuser_1=250

streamid_2=2
streampath_2=/backup
; backup feed from the relay at {g.ip("relay_ip")}
relayurl_2=http://relay:{g.pw("relay_password", "url")}@{g.ipp("relay_source", 8010)}/stream

; YP listing
publicip={g.ip("yp_public_ip", 0.0)}
yp2debug=0
; licence holder contact {g.email("licence_contact")}
; test listener from the studio LAN {g.priv()} and the codec box {g.mac("-")}
"""


def t_lazylibrarian_config_ini(g):
    return "ini", "lazylibrarian/config.ini", f"""[General]
http_host = {g.unspec()}
http_port = 5299
http_user = reader
http_pass = {g.pw("http_password", "ini")}
http_root = /books
api_enabled = True
api_key = {g.key("api_key", "hex32")}
launch_browser = False
logdir = /config/log
ebook_dir = /books/ebooks
audio_dir = /books/audio

[SABnzbd]
sab_host = {g.priv()}
sab_port = 8080
sab_user = lazy
sab_pass = {g.pw("sab_password", "ini")}
sab_api = {g.key("sab_api_key", "hex32")}
sab_cat = books

[Torznab_0]
enabled = True
host = http://{g.priv()}:9696/2/api
api = {g.key("torznab_api_key", "hex32")}

[Email]
use_email = True
email_notify_onsnatch = True
email_from = {g.email("email_from")}
email_to = {g.email("email_to")}
email_smtp_server = {g.ip("smtp_server", 0.0)}
email_smtp_user = {g.email("smtp_user")}
email_smtp_password = {g.pw("smtp_password", "ini")}
email_smtp_port = 465
email_ssl = True

[Goodreads]
gr_api = {g.key("goodreads_api_key", "an24") if g.r.random() < 0.5 else g.keyv("goodreads_api_key", g.s(20))}
gr_secret = {g.key("goodreads_secret", "an40")}

[Git]
git_user = lazylibrarian
git_repo = lazylibrarian
git_branch = master
current_version = {g.sha1("git_commit")}
latest_version = {g.sha1("git_commit")}
; proxy for the metadata lookups
proxy_host = http://{g.ip("proxy_host")}:3128
"""


def t_hubitat_driver_groovy(g):
    return "groovy", "drivers/PoolControllerBridge.groovy", f"""/**
 *  Pool Controller Bridge (Hubitat driver)
 *  Polls the pool controller on the LAN and pushes to the cloud dashboard.
 *  Author: {g.person()} <{g.email("author_email")}>
 */
metadata {{
    definition(name: "Pool Controller Bridge", namespace: "wherrymoor", author: "wm") {{
        capability "Refresh"
        capability "TemperatureMeasurement"
        attribute "pumpState", "string"
    }}
    preferences {{
        input name: "controllerIp", type: "string", title: "Controller IP", defaultValue: "{g.priv()}"
        input name: "controllerPass", type: "password", title: "Controller password", defaultValue: "{g.pw("controller_password", "quoted")}"
        input name: "logEnable", type: "bool", title: "Enable debug logging", defaultValue: false
    }}
}}

// Cloud dashboard credentials (hard-coded while testing)
@groovy.transform.Field static final String DASH_URL = "https://{g.ip("dashboard_ip", 0.0)}/api/v2/ingest"
@groovy.transform.Field static final String DASH_TOKEN = "{g.key("dashboard_token", g.pick(["hex40", "b64u43", "an32"]))}"
@groovy.transform.Field static final String MAKER_API_TOKEN = "{g.key("maker_api_token", "uuid")}"
@groovy.transform.Field static final String NOTIFY_TO = "{g.email("notify_to")}"

def refresh() {{
    def params = [uri: "http://${{controllerIp}}/api/state", headers: [Authorization: "Basic " + "pool:${{controllerPass}}".bytes.encodeBase64().toString()]]
    httpGet(params) {{ resp ->
        sendEvent(name: "temperature", value: resp.data.water.temp, unit: "C")
        sendEvent(name: "pumpState", value: resp.data.pump.state)
    }}
    httpPostJson([uri: DASH_URL, headers: ["X-Api-Key": DASH_TOKEN], body: [device: device.id, hub: "{g.lk("hub_id", g.uuid_raw())}"]]) {{ }}
}}

// Hub local address {g.priv()}; hub firmware {g.version(parts=4)}
// Maker API example (local): http://{g.priv()}/apps/api/{g.num(10, 999)}/devices?access_token={g.ph("<token>")}
"""


def t_oban_runtime_exs(g):
    return "elixir", "config/runtime.exs", f"""import Config

if config_env() == :prod do
  database_url =
    System.get_env("DATABASE_URL") ||
      "ecto://harvest:{g.pw("database_password", "url")}@{g.br(g.ip("database_host"))}:5432/harvest_prod"

  config :harvest, Harvest.Repo,
    url: database_url,
    pool_size: String.to_integer(System.get_env("POOL_SIZE") || "10")

  secret_key_base =
    System.get_env("SECRET_KEY_BASE") ||
      "{g.key("secret_key_base", "b64_48")}"

  config :harvest, HarvestWeb.Endpoint,
    url: [host: "jobs.samphire-fm.org", port: 443, scheme: "https"],
    http: [ip: {{0, 0, 0, 0, 0, 0, 0, 0}}, port: 4000],
    secret_key_base: secret_key_base

  # Oban Pro licence (private hex repo) and Oban Web dashboard
  config :harvest, Oban,
    repo: Harvest.Repo,
    engine: Oban.Pro.Engines.Smart,
    queues: [default: 10, mailers: 20, exports: 2],
    plugins: [{{Oban.Plugins.Pruner, max_age: 60 * 60 * 24 * 7}}]

  # hex repo: mix hex.repo add oban https://getoban.pro/repo --fetch-public-key {g.lk("hex_public_key_fingerprint", "SHA256:" + g.s(43, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"))} --auth-key {g.key("oban_license_key", "hex32")}

  config :harvest, Harvest.Mailer,
    adapter: Swoosh.Adapters.SMTP,
    relay: "{g.ip("smtp_relay", 0.0)}",
    username: "{g.email("smtp_username")}",
    password: "{g.pw("smtp_password", "quoted")}",
    tls: :always

  config :harvest, :basic_auth, username: "oban", password: "{g.pw("dashboard_password", "quoted")}"
  config :harvest, :alerts, to: "{g.email("alerts_to")}", from: "{g.resmail("jobs")}"
  config :harvest, :error_tracker, dsn: "https://{g.key("error_tracker_dsn_key", "hex32")}@errors.samphire-fm.org/{g.num(2, 40)}"
end
# deployed {g.short_sha()} on {g.date()}
"""


def carrier_snippet(g, pkg, lang):
    dom = {"delorean": "fenlowe-ropeworks.co.uk", "pyjokes": "cinderholm-ferry.is",
           "treelib": "quillhaven-orchard.nz"}[pkg]
    shape = {"delorean": "hex40", "pyjokes": "b64u43", "treelib": "an32"}[pkg]
    lines = [
        "Fenlowe ropewalk volunteers: notes for the Saturday tarring shift",
        f"Shift box: {g.ip4('snippet_host')} (v6 {g.ip6('snippet_host_ipv6')}), rota keeper {g.email('snippet_contact', dom)}",
        f"Label printer login: tarring / {g.pw('snippet_password', 'plain')}",
        f"Rota sync key: {g.key('snippet_key', shape)}",
        f"Docs example only: {g.docip()} and {g.resmail('volunteer')}, rota tool {g.version('snippet_version')}, commit {g.short_sha()}, shift id {g.uuid('snippet_uuid')}",
    ]
    if lang == "markdown":
        return "\n<!--\n" + "\n".join(lines) + "\n-->\n"
    if lang == "rst":
        return "\n..\n" + "".join("   " + x + "\n" for x in lines)
    return "\n" + "".join("# " + x + "\n" for x in lines)
