"""Templates 58-75 of held-out set 49 (each written one by one)."""
from gen_h49 import fill, mark


def t_cncjs_cncrc_json(g):
    text = r"""{
  "ports": [
    { "path": "/dev/ttyUSB0", "manufacturer": "FTDI" }
  ],
  "baudrates": [115200, 250000],
  "mountPoints": [
    { "route": "/pendant", "target": "http://«L:private_ip»:8081" }
  ],
  "watchDirectory": "/home/pi/gcode",
  "accessTokenLifetime": "30d",
  "allowRemoteAccess": true,
  "controller": "Grbl",
  "secret": "«k:session_secret:an32»",
  "state": {
    "checkForUpdates": false,
    "controller": { "exception": { "ignoreErrors": false } }
  },
  "users": [
    {
      "id": "«L:user_uuid»",
      "name": "«e:operator_login»",
      "password": "«L:hashed_password=$2a$10$«bc1»»",
      "enabled": true
    },
    {
      "id": "«L:user_uuid»",
      "name": "nightshift",
      "password": "«L:hashed_password=$2a$10$«bc2»»",
      "enabled": true
    }
  ],
  "commands": [
    {
      "id": "«L:command_uuid»",
      "title": "Upload job log",
      "commands": "curl -s -u shop:«p:log_upload_password:shell» -F f=@/tmp/job.log http://«ipp:log_server»:8000/upload",
      "enabled": true
    },
    {
      "id": "«L:command_uuid»",
      "title": "Notify shop",
      "commands": "curl -s -H 'X-Api-Key: «k:notify_api_key:hex32»' -d 'to=«e:shop_notify»' https://«ipp:notify_host»/send",
      "enabled": true
    }
  ],
  "macros": [],
  "remoteAccessAllowFrom": ["«L:private_ip»", "«ip:workshop_public_ip»"]
}
"""
    for n in ("1", "2"):
        text = text.replace(f"«bc{n}»", g.s("./ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789", 53))
    return "json", "home/pi/.cncrc", fill(g, text)


def t_kerberos_agent_config_go(g):
    text = r"""package config

// defaults_site.go -- site-wide defaults baked into our Kerberos.io agent build
// (values from the pilot site; production agents read them from the hub instead)

const (
	DefaultHubURI       = "https://«ipp:hub_host»:8443"
	DefaultHubKey       = "«k:hub_public_key:an24»"
	DefaultHubPrivKey   = "«k:hub_private_key:an40»"
	DefaultHubSite      = "«L:site_uuid»"
	DefaultMQTTURI      = "tcp://«ipp:mqtt_broker»:1883"
	DefaultMQTTUsername = "agent"
	DefaultMQTTPassword = "«p:mqtt_password:quoted»"
	DefaultTURNURI      = "turn:«ip4:turn_server»:3478"
	DefaultTURNUsername = "kerberos"
	DefaultTURNPassword = "«p:turn_password:quoted»"
	DefaultSTUNURI      = "stun:«ip4:stun_server»:3478"
)

// Cameras on the pilot site; RTSP credentials are per camera.
var PilotCameras = []Camera{
	{Name: "gate", RTSP: "rtsp://admin:«p:gate_camera_password:url»@«L:private_ip»:554/Streaming/Channels/101"},
	{Name: "yard", RTSP: "rtsp://viewer:«p:yard_camera_password:url»@«L:private_ip»:554/cam/realmonitor?channel=1&subtype=0"},
	{Name: "loading-dock", RTSP: "rtsp://«L:private_ip»:8554/dock", ONVIFUser: "onvif", ONVIFPass: "«p:dock_onvif_password:quoted»"},
}

// Cloud storage for recordings (Kerberos Vault).
var Vault = VaultConfig{
	URI:       "https://«ipp:vault_host»/api",
	Provider:  "s3-eu",
	Directory: "pilot",
	AccessKey: "«k:vault_access_key:an20»",
	SecretKey: "«k:vault_secret_key:an40»",
}

// AlertRecipient gets the daily health mail.
const AlertRecipient = "«e:alert_recipient»"

// BuildInfo is set by -ldflags at release time; these are the pilot values.
var BuildInfo = struct{ Version, Commit string }{"«L:version»", "«L:git_commit»"}
"""
    return "go", "machinery/src/config/defaults_site.go", fill(g, text)


def t_blueiris_reg(g):
    text = r"""Windows Registry Editor Version 5.00

; Blue Iris 5 settings export («L:date») -- server NVR-GARAGE
[HKEY_LOCAL_MACHINE\SOFTWARE\Perspective Software\Blue Iris\Options]
"webserver_port"=dword:00000051
"webserver_lanonly"=dword:00000000
"webserver_lan_address"="«L:private_ip»"
"webserver_wan_address"="«ip:wan_address»"
"email_server"="«ip:smtp_server»"
"email_port"=dword:0000024b
"email_username"="«e:email_username»"
"email_password"="«p:email_password:xml»"
"email_from"="«e:email_from»"
"email_to"="«e:email_to»"
"mqtt_server"="«L:private_ip»"
"mqtt_user"="blueiris"
"mqtt_password"="«p:mqtt_password:xml»"
"regkey"="«license»"
"deepstack_server"="«L:loopback_ip»"
"deepstack_port"=dword:00001389

[HKEY_LOCAL_MACHINE\SOFTWARE\Perspective Software\Blue Iris\Users\admin]
"password"="«p:admin_password:xml»"
"lanonly"=dword:00000000

[HKEY_LOCAL_MACHINE\SOFTWARE\Perspective Software\Blue Iris\Cameras\Drive]
"ip"="«L:private_ip»"
"username"="admin"
"password"="«p:camera_password:xml»"
"mac"="«L:mac_address»"

[HKEY_LOCAL_MACHINE\SOFTWARE\Perspective Software\Blue Iris\Cameras\Street]
"ip"="«L:private_ip»"
"username"="viewer"
"password"="«p:street_camera_password:xml»"
"push_token"="«k:push_token:b64u43»"
"""
    lic = "-".join(g.s("ABCDEFGHJKLMNPQRSTUVWXYZ23456789", 5) for _ in range(5))
    return "text", "backup/blueiris-settings.reg", fill(g, text, license=mark("KEY", "license_key", lic))


def t_openems_felix_config(g):
    text = r"""# OpenEMS Edge -- OSGi configuration files (excerpt of /etc/openems.d), concatenated for the ticket
### Controller/Api/Rest/ReadWrite/ctrlApiRest0.config
alias=""
apiTimeout=I"60"
connectionlimit=I"5"
debugMode=B"false"
enabled=B"true"
id="ctrlApiRest0"
port=I"8084"

### Controller/Api/Backend/ctrlBackend0.config
apikey="«k:backend_apikey:an24»"
enabled=B"true"
id="ctrlBackend0"
uri="wss://«ipp:backend_host»:443/openems-backend-ui2"
proxyAddress="«ip:proxy_address»"
proxyPort=I"3128"

### Meter/Modbus/meter0.config
enabled=B"true"
id="meter0"
modbus.id="modbus0"
modbusUnitId=I"1"

### Bridge/Modbus/Tcp/modbus0.config
enabled=B"true"
id="modbus0"
ip="«L:private_ip»"
port=I"502"

### Evcs/Keba/evcs0.config
enabled=B"true"
id="evcs0"
ip="«L:private_ip»"

### Edge/User/Authentication/userAuth.config (old dummy auth, left for the installer)
userGuest.password="«L:default_password=user»"
userAdmin.password="«p:admin_password:quoted»"
userInstaller.password="«p:installer_password:quoted»"

### Controller/Api/MQTT/ctrlApiMqtt0.config
enabled=B"true"
id="ctrlApiMqtt0"
uri="ssl://«ipp:mqtt_cloud»:8883"
username="«e:mqtt_username»"
password="«p:mqtt_password:quoted»"
clientId="edge0-«L:edge_id=«eid»»"

### Timedata/InfluxDB/influx0.config
url="http://«L:private_ip»:8086"
org="-"
apiKey="«k:influx_token:b64_48»"
bucket="openems/autogen"
# ticket opened by «e:ticket_owner», edge version «L:version», uploaded «L:timestamp»
"""
    text = text.replace("«eid»", str(g.num(100, 9999)))
    return "properties", "openems.d/combined-configs.txt", fill(g, text)


def t_teslalogger_exe_config_xml(g):
    text = r"""<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <configSections>
    <sectionGroup name="applicationSettings" type="System.Configuration.ApplicationSettingsGroup, System, Version=«L:assembly_version=4.0.0.0», Culture=neutral, PublicKeyToken=«L:public_key_token=b77a5c561934e089»">
      <section name="TeslaLogger.ApplicationSettings" type="System.Configuration.ClientSettingsSection, System, Version=«L:assembly_version=4.0.0.0», Culture=neutral, PublicKeyToken=«L:public_key_token=b77a5c561934e089»" requirePermission="false"/>
    </sectionGroup>
  </configSections>
  <connectionStrings>
    <add name="TeslaLogger" connectionString="Server=«ip:db_server»;Database=teslalogger;Uid=teslalogger;Password=«p:db_password:xml»;CharSet=utf8mb4;" providerName="MySql.Data.MySqlClient"/>
  </connectionStrings>
  <applicationSettings>
    <TeslaLogger.ApplicationSettings>
      <setting name="DBConnectionstring" serializeAs="String">
        <value>Server=«L:loopback_ip»;Database=teslalogger;Uid=root;Password=«p:db_root_password:xml»;</value>
      </setting>
      <setting name="TeslaAccount" serializeAs="String">
        <value>«e:vehicle_account»</value>
      </setting>
      <setting name="RefreshToken" serializeAs="String">
        <value>«k:refresh_token:jwt»</value>
      </setting>
      <setting name="RoutePlannerToken" serializeAs="String">
        <value>«k:route_planner_token:uuid»</value>
      </setting>
      <setting name="MqttServer" serializeAs="String">
        <value>«ip:mqtt_server»</value>
      </setting>
      <setting name="MqttPassword" serializeAs="String">
        <value>«p:mqtt_password:xml»</value>
      </setting>
      <setting name="VIN" serializeAs="String">
        <value>«L:vin=5YJ3E7EB«vin»»</value>
      </setting>
      <setting name="NotificationMail" serializeAs="String">
        <value>«e:notification_mail»</value>
      </setting>
    </TeslaLogger.ApplicationSettings>
  </applicationSettings>
  <!-- updated «L:date» to «L:version» -->
</configuration>
"""
    text = text.replace("«vin»", g.s("ABCDEFGHJKLMNPRSTUVWXYZ0123456789", 1) + str(g.num(100000000, 999999999)))
    return "xml", "TeslaLogger/bin/TeslaLogger.exe.config", fill(g, text)


def t_hauk_config_php(g):
    text = r"""<?php
// Hauk configuration (/etc/hauk/config.php)
const CONFIG = array(
    "storage_backend"   => MEMCACHED,
    "memcached_host"    => '«L:loopback_ip»',
    "memcached_port"    => 11211,
    "memcached_binary"  => true,
    "memcached_use_sasl"=> true,
    "memcached_sasl_user"=> "hauk",
    "memcached_sasl_pass"=> "«p:memcached_sasl_pass:quoted»",
    "memcached_prefix"  => 'hauk',

    // Authentication: htpasswd + LDAP fallback
    "auth_method"       => LDAP,
    "password_hash"     => '«L:hashed_password=$2y$10$«bc»»',
    "htpasswd_path"     => '/etc/hauk/users.htpasswd',
    "ldap_uri"          => 'ldaps://«ipp:ldap_host»:636',
    "ldap_start_tls"    => false,
    "ldap_base_dn"      => 'ou=People,dc=trail,dc=club',
    "ldap_bind_dn"      => 'cn=hauk,ou=Services,dc=trail,dc=club',
    "ldap_bind_pass"    => '«p:ldap_bind_pass:quoted»',
    "ldap_user_filter"  => '(uid=%s)',

    "leaflet_tile_uri"  => 'https://tiles.«dom»/{z}/{x}/{y}.png?key=«k:tile_api_key:an32»',
    "leaflet_tile_uri_attrib" => '&copy; OpenStreetMap contributors',
    "default_duration"  => 30 * MINUTE,
    "max_duration"      => 48 * HOUR,
    "v_data_points"     => 2,
    "max_cached_pts"    => 3,
    "public_url"        => 'https://track.«dom»/'
);
// the plain shared password handed to runners for the 2024 ultra: «p:runners_shared_password:plain»
// maintained by «e:maintainer_email»; server «ip:server_ip»
"""
    text = text.replace("«bc»", g.s("./ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789", 53))
    return "php", "etc/hauk/config.php", fill(g, text, dom=g.pick(["trailclub.at", "ultra-tatry.sk", "fellrunners.org.uk"]))


def t_stract_config_toml(g):
    text = r"""# stract search: configs/api.toml (local cluster)
cluster-id = "api"
gossip-addr = "«L:unspecified_ip»:3005"
gossip-seed-nodes = ["«ipp:gossip_seed_1»:3006", "«ipp:gossip_seed_2»:3006"]
host = "«L:unspecified_ip»:3000"
prometheus-host = "«L:loopback_ip»:3001"
crossencoder-model-path = "data/cross_encoder"
lambda-model-path = "data/lambdamart.txt"
queries-csv-path = "data/queries_us.csv"
bangs-path = "data/bangs.json"

[widgets]
thesaurus_paths = ["data/english-wordnet-2022-subset.ttl"]
calculator_fetch_currencies_exchange = true

[llm]
api_base = "https://«ipp:llm_host»:8443/v1"
model = "local-7b"
api_key = "«k:llm_api_key:an40»"

[collector]
site_penalty = 0.1
title_penalty = 0.05

[snippet]
desired_num_chars = 275
delta_num_chars = 50

[admin]
# basic auth for /admin on the api node
user = "«e:admin_user»"
password = "«p:admin_password:quoted»"

[[improvement_queue]]
s3_endpoint = "https://«ipp:s3_endpoint»"
access_key = "«k:s3_access_key:akia»"
secret_key = "«k:s3_secret_key:awssec»"
# contact «e:ops_contact» before resetting; stract «L:version» at «L:short_sha»
"""
    return "toml", "configs/api.toml", fill(g, text)


def t_scribe_env(g):
    text = r"""# Scribe (alternative Medium frontend) -- production env, read by `lucky` at boot
LUCKY_ENV=production
PORT=8080
APP_DOMAIN=https://scribe.«dom»
SCRIBE_HOST=scribe.«dom»
SECRET_KEY_BASE=«k:secret_key_base:b64_32»
DATABASE_URL=postgres://scribe:«p:database_password:url»@«ipp:database_host»:5432/scribe_production
# outbound requests go through a rotating proxy pool (provider account below)
PROXY_URL=http://«e:proxy_username»:«p:proxy_password:url»@«ipp:proxy_gateway»:8000
GITHUB_USERNAME=scribe-gist-fetcher
GITHUB_PERSONAL_ACCESS_TOKEN=«k:github_pat:ghp»
# status page ping
HEALTHCHECK_URL=https://«ipp:status_host»/ping/«k:healthcheck_uuid:uuid»
ERROR_MAIL_TO=«e:error_mail_to»
SMTP_HOST=«L:private_ip»
SMTP_USERNAME=scribe
SMTP_PASSWORD=«p:smtp_password:ini»
# build «L:build_id» («L:git_commit»)
"""
    return "env", "scribe/.env.production", fill(g, text, dom=g.pick(["rawr.li", "lesewolke.de", "piksel.pl"]))


def t_rimgo_docker_run_sh(g):
    text = r"""#!/bin/sh
# run-rimgo.sh -- start the rimgo frontend behind the tor + clearnet proxies
# usage: ./run-rimgo.sh [tag]
TAG="${1:-latest}"

docker rm -f rimgo 2>/dev/null

docker run -d --name rimgo --restart unless-stopped \
  -p «L:loopback_ip»:3000:3000 \
  -e ADDRESS=«L:unspecified_ip» \
  -e PORT=3000 \
  -e IMGUR_CLIENT_ID=«L:client_id=«cid»» \
  -e PRIVACY_POLICY=https://rimgo.«dom»/privacy \
  -e PRIVACY_COUNTRY=«L:country=DE» \
  -e PRIVACY_PROVIDER="Hosted at home" \
  -e PRIVACY_CLOUDFLARE=false \
  -e PRIVACY_MESSAGE="Operator: «e:operator_email»" \
  -e FORCE_WEBP=1 \
  -e SECURE=true \
  -e REDIS_URL=redis://:«p:redis_password:url»@«L:private_ip»:6379/2 \
  codeberg.org/rimgo/rimgo:"$TAG"

# push the instance to the uptime monitor
curl -fsS -u "rimgo:«p:uptime_basic_password:shell»" \
  "https://«ipp:uptime_host»/api/push/«k:uptime_push_token:an10»?status=up&msg=restarted"

# log the onion and clearnet addresses
echo "clearnet: «ip:clearnet_ip» / «ip6:clearnet_ipv6»"
echo "started $(date -u +%FT%TZ) by $(whoami) -- tag $TAG"
# registry login used by CI: docker login codeberg.org -u «e:registry_user» -p «k:registry_token:hex40»
"""
    text = text.replace("«cid»", g.hexs(15))
    return "shell", "rimgo/run-rimgo.sh", fill(g, text, dom=g.pick(["pablo.li", "bilderfrei.de", "fotoschau.at"]))


def t_hastebin_config_json(g):
    text = r"""{
  "host": "«L:unspecified_ip»",
  "port": 7777,
  "keyLength": 10,
  "maxLength": 400000,
  "staticMaxAge": 86400,
  "recompressStaticAssets": true,
  "logging": [
    {
      "level": "verbose",
      "type": "Console",
      "colorize": true
    }
  ],
  "keyGenerator": {
    "type": "phonetic"
  },
  "rateLimits": {
    "categories": {
      "normal": {
        "totalRequests": 500,
        "every": 60000
      }
    },
    "whitelist": ["«L:loopback_ip»", "«ip:monitoring_host»"]
  },
  "storage": {
    "type": "postgres",
    "connectionUrl": "postgres://haste:«p:postgres_password:url»@«ipp:postgres_host»:5432/haste",
    "expire": 2592000
  },
  "documents": {
    "about": "./about.md"
  },
  "adminToken": "«k:admin_token:an32»",
  "abuseContact": "«e:abuse_contact»",
  "s3Backup": {
    "endpoint": "https://«ipp:backup_endpoint»",
    "accessKeyId": "«k:backup_key_id:an20»",
    "secretAccessKey": "«k:backup_secret:an40»"
  },
  "operator": "«e:operator_email»",
  "deployedAt": "«L:timestamp»"
}
"""
    return "json", "haste-server/config.js.json", fill(g, text)


def t_omnivore_api_client_ts(g):
    text = r"""// scripts/import-bookmark-export.ts -- one-off import of a bookmark export into our self-hosted Omnivore
import { readFileSync } from 'node:fs'
import { GraphQLClient, gql } from 'graphql-request'

const ENDPOINT = process.env.OMNIVORE_API_URL ?? 'https://«ipp:api_host»/api/graphql'
// personal API key of the importing account («e:importing_account»)
const API_KEY = process.env.OMNIVORE_API_KEY ?? '«k:omnivore_api_key:uuid»'

const client = new GraphQLClient(ENDPOINT, {
  headers: { Authorization: API_KEY },
})

const SAVE_URL = gql`
  mutation SaveUrl($input: SaveUrlInput!) {
    saveUrl(input: $input) {
      ... on SaveSuccess { url clientRequestId }
      ... on SaveError { errorCodes message }
    }
  }
`

// the content-fetch worker is reached directly while the queue is broken
const FETCH_WORKER = 'http://«L:private_ip»:9090/fetch?token=«k:content_fetch_token:hex32»'

// database fallback used by the dedupe step (read replica)
const PG_URL = 'postgres://omnivore_ro:«p:replica_password:url»@«ipp:replica_host»:5432/omnivore'

interface Row { url: string; tags: string[]; added: string }

async function main(): Promise<void> {
  const rows: Row[] = JSON.parse(readFileSync('export.json', 'utf8'))
  for (const row of rows) {
    const clientRequestId = crypto.randomUUID()
    await client.request(SAVE_URL, { input: { url: row.url, source: 'import', clientRequestId, labels: row.tags.map((name) => ({ name })) } })
  }
  console.log(`imported ${rows.length} links; report to «e:report_to»`)
  console.log('worker', FETCH_WORKER, 'pg', PG_URL.replace(/:[^:@]+@/, ':***@'))
}

main().catch((e) => { console.error(e); process.exit(1) })
// tested against omnivore «L:version» («L:short_sha») on «L:date»; example user «L:reserved_email»
"""
    return "typescript", "scripts/import-bookmark-export.ts", fill(g, text)


def t_hoarder_import_rb(g):
    text = r"""#!/usr/bin/env ruby
# frozen_string_literal: true
#
# import_bookmarks.rb -- push a browser bookmark export into Hoarder through its REST API.
# Usage: HOARDER_API_KEY=... ruby import_bookmarks.rb bookmarks.html

require 'net/http'
require 'json'
require 'uri'

API_BASE = ENV.fetch('HOARDER_URL', 'https://«ipp:hoarder_host»:3000/api/v1')
API_KEY  = ENV.fetch('HOARDER_API_KEY', 'ak1_«hkey»')

# the inference worker shares the chat-completions proxy of the lab
INFERENCE = {
  base_url: 'http://«L:private_ip»:11434/v1',
  api_key: '«k:inference_api_key:an40»'
}.freeze

# meilisearch master key (same as MEILI_MASTER_KEY in the compose file)
MEILI_KEY = '«k:meili_master_key:b64u43»'

NOTIFY = { smtp: '«ip:smtp_host»', user: '«e:smtp_user»', password: '«p:smtp_password:quoted»' }.freeze

def post_bookmark(url, title)
  uri = URI("#{API_BASE}/bookmarks")
  req = Net::HTTP::Post.new(uri, 'Content-Type' => 'application/json', 'Authorization' => "Bearer #{API_KEY}")
  req.body = { type: 'link', url: url, title: title }.to_json
  Net::HTTP.start(uri.hostname, uri.port, use_ssl: uri.scheme == 'https') { |h| h.request(req) }
end

File.read(ARGV.fetch(0)).scan(/<A HREF="([^"]+)"[^>]*>([^<]*)<\/A>/i).each do |url, title|
  res = post_bookmark(url, title)
  warn "#{res.code} #{url}" unless res.is_a?(Net::HTTPSuccess)
end
# admin for the instance: «e:admin_email» / initial password «p:admin_initial_password:quoted» (changed?)
# hoarder «L:version», script rev «L:short_sha»
"""
    hkey = mark("KEY", "hoarder_api_key", "ak1_" + g.hexs(20) + "_" + g.hexs(20))
    text = text.replace("'ak1_«hkey»'", "'«hkey»'")
    return "ruby", "scripts/import_bookmarks.rb", fill(g, text, hkey=hkey)


def t_pastey_nginx_conf(g):
    text = r"""# /etc/nginx/sites-available/pastey.conf
upstream pastey_app {
    server «L:loopback_ip»:5000;
}

server {
    listen 443 ssl http2;
    listen [::]:443 ssl http2;
    server_name paste.«dom»;

    ssl_certificate     /etc/letsencrypt/live/paste.«dom»/fullchain.pem;
    ssl_certificate_key /etc/letsencrypt/live/paste.«dom»/privkey.pem;

    client_max_body_size 8m;

    # only the office and the VPN may create pastes
    location /new {
        allow «ip:office_ip»;
        allow «ip6:vpn_ipv6»;
        allow «L:private_ip»;
        deny all;
        proxy_pass http://pastey_app;
    }

    # admin area: basic auth (file below) + header token for the cleanup cron
    location /admin {
        auth_basic "pastey admin";
        auth_basic_user_file /etc/nginx/pastey.htpasswd;
        # pastey.htpasswd -> admin:«L:hashed_password=$apr1$«salt»$«hash»»
        # plain for the vault: «p:admin_basic_password:plain»
        if ($http_x_cleanup_token != "«k:cleanup_token:an32»") { return 403; }
        proxy_pass http://pastey_app;
    }

    location / {
        proxy_set_header Host $host;
        proxy_set_header X-Real-IP $remote_addr;
        proxy_pass http://pastey_app;
    }

    # ship access logs to the collector
    access_log syslog:server=«ip4:syslog_collector»:514,tag=pastey combined;
}
# PASTEY_RATE_LIMIT and PASTEY_BLACKLIST_CIDR live in /etc/default/pastey:
#   PASTEY_BLACKLIST_CIDR=«ip4:blocked_cidr_base»/24
#   PASTEY_ADMIN_EMAIL=«e:admin_email»
"""
    text = text.replace("«salt»", g.s("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789", 8))
    text = text.replace("«hash»", g.s("./abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789", 22))
    return "conf", "etc/nginx/sites-available/pastey.conf", fill(g, text, dom=g.pick(["kodeklubb.no", "werkstatt.dev", "hackspace.lv"]))


def t_keeweb_config_json(g):
    text = r"""{
  "settings": {
    "theme": "dark",
    "autoSave": true,
    "idleMinutes": 15,
    "canOpenDemo": false,
    "canOpenGoogleDrive": false,
    "webdav": true,
    "webdavSaveMethod": "put",
    "webdavStatReload": true
  },
  "files": [
    {
      "storage": "webdav",
      "name": "Family vault",
      "path": "https://«ipp:nas_public_ip»:5006/keeweb/family.kdbx",
      "options": {
        "user": "«e:webdav_user»",
        "password": "«p:webdav_password:quoted»"
      }
    },
    {
      "storage": "webdav",
      "name": "Shop vault",
      "path": "https://dav.«dom»/remote.php/dav/files/shop/vaults/shop.kdbx",
      "options": {
        "user": "shop",
        "password": "«p:shop_webdav_password:quoted»"
      }
    }
  ],
  "plugins": [
    { "url": "https://plugins.keeweb.info/plugins/haveibeenpwned", "enabled": false }
  ],
  "notes": "master password hint: the one with the dog's name. hardware key challenge slot 2 secret «k:challenge_response_secret:hex40»",
  "exportedBy": "«e:exported_by»",
  "exportedAt": "«L:timestamp»",
  "appVersion": "«L:version»"
}
"""
    return "json", "keeweb/config.json", fill(g, text, dom=g.pick(["familie-lind.de", "stokke-hjem.no", "domek-nowak.pl"]))


def t_umbrel_app_exports_sh(g):
    text = r"""#!/usr/bin/env bash
# umbrel-apps/btc-explorer/exports.sh -- sourced by the umbrel app framework before compose up
export APP_EXPLORER_IP="«L:private_ip»"
export APP_EXPLORER_PORT="3002"

# RPC credentials of the node app (copied from bitcoin/exports.sh on this device)
export APP_BITCOIN_NODE_IP="«L:private_ip»"
export APP_BITCOIN_RPC_USER="umbrel"
export APP_BITCOIN_RPC_PASS="«p:bitcoin_rpc_password:quoted»"
export APP_BITCOIN_RPC_AUTH="umbrel:«L:rpcauth_salted_hash=«salt»$«hash»»"

# electrum server
export APP_ELECTRS_NODE_IP="«L:private_ip»"

# tor hidden service for remote access
hidden_service_file="${EXPORTS_TOR_DATA_DIR}/app-btc-explorer/hostname"
export APP_EXPLORER_HIDDEN_SERVICE="$(cat "${hidden_service_file}" 2>/dev/null || echo "notyetset.onion")"

# added by the owner for push notifications and the remote backup
export EXPLORER_PUSH_TOKEN="«k:push_token:an32»"
export EXPLORER_BACKUP_TARGET="sftp://backup:«p:backup_sftp_password:url»@«ipp:backup_host»/umbrel"
export EXPLORER_ADMIN_EMAIL="«e:admin_email»"
export EXPLORER_PUBLIC_PEER="«ip:public_peer»:8333"
# APP_SEED is derived by umbrel from the device seed; value below is from `umbreld client apps.seed`
export APP_SEED="«k:app_seed:hex64»"
# umbrelOS «L:version», app manifest rev «L:short_sha»
"""
    text = text.replace("«salt»", g.hexs(32)).replace("«hash»", g.hexs(64))
    text = text.replace('export EXPLORER_PUBLIC_PEER="«ip:public_peer»:8333"', 'export EXPLORER_PUBLIC_PEER="«ipp:public_peer»:8333"')
    return "shell", "umbrel-apps/btc-explorer/exports.sh", fill(g, text)


def t_freedombox_backup_log(g):
    text = r"""«t0» freedombox plinth[«pid»]: INFO backups: starting scheduled backup "weekly" to repository «L:repository_uuid»
«t1» freedombox plinth[«pid»]: DEBUG backups: remote repository ssh://fbx@«ipp:remote_repo_host»:22/~/fbx-backup
«t2» freedombox plinth[«pid»]: DEBUG actions: running borg create --stats ... (BORG_PASSPHRASE=«p:borg_passphrase:shell»)
«t3» freedombox plinth[«pid»]: WARNING backups: ssh password auth used for remote repository (password «p:remote_ssh_password:shell»), consider a key
«t4» freedombox plinth[«pid»]: INFO backups: archive "weekly-«L:date»" created, 1.92 GB, dedup 311 MB
«t5» freedombox sshd[«pid2»]: Accepted publickey for fbx from «ip:admin_client_ip» port 51122 ssh2: ED25519 SHA256:«L:ssh_fingerprint=«fp»»
«t6» freedombox sshd[«pid2»]: Failed password for invalid user admin from «ip:bruteforce_ip» port 40412 ssh2
«t7» freedombox plinth[«pid»]: INFO email: sending backup report to «e:report_recipient» via «L:loopback_ip»
«t8» freedombox postfix/smtp[«pid3»]: «L:smtp_queue_id=«qid»»: to=<«=rep»>, relay=«ipp:relay_host»:587, status=sent (250 2.0.0 Ok)
«t9» freedombox plinth[«pid»]: INFO dynamicdns: update for home.«dom» -> «ip:wan_ip» (user «e:ddns_user», secret «k:ddns_update_key:an24»)
«t10» freedombox plinth[«pid»]: INFO upgrades: «L:version» installed, next check «L:date»
"""
    m, d, h, mi = g.pick(["Mar", "Jun", "Nov"]), g.num(1, 28), g.num(1, 4), g.num(0, 30)
    times = {}
    s = 0
    for i in range(11):
        s += g.num(1, 40)
        times[f"t{i}"] = f"{m} {d:2d} {h:02d}:{mi + s // 60:02d}:{s % 60:02d}"
    text = text.replace("«e:report_recipient»", "«e:report_recipient>rep»")
    text = text.replace("«fp»", g.b64(32).rstrip("=")).replace("«qid»", g.s("0123456789ABCDEF", 11))
    return "text", "var/log/freedombox-backup.log", fill(
        g, text, pid=str(g.num(400, 3000)), pid2=str(g.num(3000, 60000)), pid3=str(g.num(3000, 60000)),
        dom=g.pick(["gunnarsen.freedombox.rocks", "tamm-home.ee", "vella.mt"]), **times)


def t_solusvm_api_pl(g):
    text = r"""#!/usr/bin/perl
# solusvm_reboot_stuck.pl -- reboot VMs that stopped answering the monitoring ping
use strict;
use warnings;
use LWP::UserAgent;
use Net::SMTP;

my $api_url = 'https://«ipp:master_ip»:5656/api/admin/command.php';
my $api_id  = '«k:api_id:an40»';
my $api_key = '«k:api_key:an40»';

my %vms = (
    '1042' => '«ip:vm_1042_ip»',
    '1057' => '«ip:vm_1057_ip»',
    '1103' => '«L:private_ip»',
);

my $ua = LWP::UserAgent->new(timeout => 20);
for my $vserverid (sort keys %vms) {
    next if system("ping -c 2 -W 2 $vms{$vserverid} >/dev/null 2>&1") == 0;
    my $res = $ua->post($api_url, {
        id => $api_id, key => $api_key, action => 'vserver-reboot', vserverid => $vserverid,
    });
    print "$vserverid: ", $res->decoded_content, "\n";
}

# report
my $smtp = Net::SMTP->new('«ip:smtp_host»', Port => 587, Timeout => 30) or die "smtp: $!";
$smtp->starttls();
$smtp->auth('«e:smtp_user»', '«p:smtp_password:quoted»');
$smtp->mail('«e:report_from»');
$smtp->to('«e:report_to»');
$smtp->data("Subject: stuck VM reboot run\n\nsee cron log\n");
$smtp->quit;
# reseller panel login for manual checks: «e:reseller_login» / «p:reseller_password:quoted»
# SolusVM «L:version»
"""
    return "perl", "cron/solusvm_reboot_stuck.pl", fill(g, text)


def t_runcloud_api_java(g):
    text = r"""package net.hostingtools.runcloud;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Base64;

/**
 * Small RunCloud API v2 client used by the agency's site-provisioning job.
 * Credentials below belong to the staging team account (see ticket OPS-«ticket»).
 */
public final class RunCloudClient {
    private static final String API = "https://manage.runcloud.io/api/v2";
    private static final String API_KEY = "«k:api_key:an40»";
    private static final String API_SECRET = "«k:api_secret:an64»";

    // database of the staging web app created by the job
    static final String STAGING_DB_USER = "wp_staging";
    static final String STAGING_DB_PASSWORD = "«p:staging_db_password:quoted»";

    // server registered in RunCloud (public address of the droplet)
    static final String SERVER_IP = "«ip:server_ip»";
    static final String SSH_DEPLOY_PASSWORD = "«p:ssh_deploy_password:quoted»";

    private final HttpClient http = HttpClient.newHttpClient();

    String get(String path) throws Exception {
        String auth = Base64.getEncoder().encodeToString((API_KEY + ":" + API_SECRET).getBytes());
        HttpRequest req = HttpRequest.newBuilder(URI.create(API + path))
            .header("Authorization", "Basic " + auth)
            .header("Accept", "application/json")
            .build();
        return http.send(req, HttpResponse.BodyHandlers.ofString()).body();
    }

    public static void main(String[] args) throws Exception {
        RunCloudClient c = new RunCloudClient();
        System.out.println(c.get("/servers?search=" + SERVER_IP));
        // notify the account owner
        Mailer.send("«e:account_owner»", "«e:cc_address»", "servers listed");
    }
}
// webhook secret for GitHub deploys of the staging app: «k:deploy_webhook_secret:hex40»
// last run «L:timestamp» from «L:private_ip», client «L:version»
"""
    return "java", "src/main/java/net/hostingtools/runcloud/RunCloudClient.java", fill(g, text, ticket=str(g.num(100, 9999)))


TEMPLATES = [
    t_cncjs_cncrc_json, t_kerberos_agent_config_go, t_blueiris_reg, t_openems_felix_config,
    t_teslalogger_exe_config_xml, t_hauk_config_php, t_stract_config_toml, t_scribe_env, t_rimgo_docker_run_sh,
    t_hastebin_config_json, t_omnivore_api_client_ts, t_hoarder_import_rb, t_pastey_nginx_conf,
    t_keeweb_config_json, t_umbrel_app_exports_sh, t_freedombox_backup_log, t_solusvm_api_pl,
    t_runcloud_api_java,
]
