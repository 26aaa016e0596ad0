"""Templates for held-out set 43, part a (media automation and streaming). Each written by hand."""


def tdarr_node_json(g):
    return "tdarr/configs/Tdarr_Node_Config.json", "json", f'''{{
  "nodeName": "{g.choice(['mezzanine', 'moorhen', 'sluicegate'])}-transcoder",
  "serverIP": "{g.IP4('server_ip')}",
  "serverPort": "8266",
  "handbrakePath": "",
  "ffmpegPath": "",
  "mkvpropeditPath": "",
  "pathTranslators": [
    {{ "server": "/media", "node": "/mnt/{g.priv()}/media" }}
  ],
  "nodeType": "mapped",
  "unmappedNodeCache": "/temp",
  "logLevel": "INFO",
  "priority": -1,
  "cronPluginUpdate": "",
  "apiKey": "{g.K('api_key', shape=g.choice(['an32', 'hex32']))}",
  "maxLogSizeMB": 10,
  "serverVersion": "{g.version()}",
  "lastJobHash": "{g.md5()}",
  "pollInterval": 2000,
  "startPaused": false,
  "nodeID": "{g.uuid_x('node_uuid')}",
  "notes": "contact {g.E('owner_contact')} before changing the GPU workers"
}}
'''


def unpackerr_conf(g):
    return "unpackerr/unpackerr.conf", "toml", f'''## Unpackerr config - extracts finished downloads for the *arr apps.
debug = false
quiet = false
interval = "2m"
start_delay = "1m"
retry_delay = "5m"
max_retries = 3
parallel = 1
file_mode = "0644"
dir_mode = "0755"

[[sonarr]]
 url = "http://{g.priv()}:8989"
 api_key = "{g.K('sonarr_api_key', shape='hex32')}"
 paths = ["/downloads"]
 protocols = "torrent"

[[radarr]]
 url = "http://{g.loop()}:7878/radarr"
 api_key = "{g.K('radarr_api_key', shape='hex32')}"
 ## leave this commented unless the folder differs
 # paths = ["/downloads/movies"]

[webhook]
 url = "https://push.{g.org()}.eu/hooks/unpack"
 # bearer token issued by the relay; rotate with the relay admin ({g.E('relay_admin')})
 token = "{g.K('webhook_token', shape='b64url43')}"
 silent = false
 ## the example in the upstream docs: url = "http://{g.doc_ip()}/hook", token = "{g.placeholder("YOUR_TOKEN")}"
 events = [0]
'''


def recyclarr_yml(g):
    return "recyclarr/recyclarr.yml", "yaml", f'''# yaml-language-server: $schema=https://raw.githubusercontent.com/recyclarr/recyclarr/master/schemas/config-schema.json
sonarr:
  series-main:
    base_url: http://{g.IPu('sonarr_host')}:8989
    api_key: {g.K('sonarr_api_key', shape='hex32')}
    delete_old_custom_formats: true
    replace_existing_custom_formats: true
    quality_definition:
      type: series
    custom_formats:
      - trash_ids:
          - {g.X('trash_id', g.hexs(32))}
        assign_scores_to:
          - name: WEB-1080p

radarr:
  movies-4k:
    base_url: http://{g.priv()}:7878
    api_key: !secret radarr_key   # from secrets.yml, see below
    quality_definition:
      type: movie
# last sync: recyclarr {g.version()} against commit {g.short_sha()}; run id {g.uuid_x('run_uuid')}
'''


def recyclarr_secrets(g):
    return "recyclarr/secrets.yml", "yaml", f'''# secrets.yml - kept out of the shared repo, referenced with !secret
radarr_key: {g.K('radarr_api_key', shape='hex32')}
sonarr_anime_key: {g.K('sonarr_api_key', shape='hex32')}
# old instance, decommissioned {g.choice(['in March', 'last spring', 'after the move'])}
# sonarr_old_key: {g.K('old_api_key', shape='hex32')}
notify_email: {g.E('notify_email')}
# template for new instances: api_key: {g.placeholder('<paste from Settings > General>')}
'''


def autobrr_toml(g):
    return "autobrr/config.toml", "toml", f'''# config.toml

# Hostname / IP
#
# Default: "localhost"
#
host = "{g.unspec()}"

# Port
#
# Default: 7474
#
port = 7474

# Base url
# Set custom baseUrl eg /autobrr/ to serve in subdirectory.
# Not needed for subdomain, or by accessing with the :port directly.
#
#baseUrl = "/autobrr/"

# autobrr logs file
#
#logPath = "log/autobrr.log"

logLevel = "DEBUG"

# check for updates against {g.version()} (set by the package)
checkForUpdates = true

# Session secret
#
sessionSecret = "{g.K('session_secret', shape=g.choice(['an32', 'b64url43', 'hex64']))}"

# Database Postgres
databaseType = "postgres"
postgresHost = "{g.IP('db_host')}"
postgresPort = 5432
postgresDatabase = "autobrr"
postgresUser = "autobrr"
postgresPass = "{g.P('db_password', ctx='quoted')}"
'''


def notifiarr_conf(g):
    return "notifiarr/notifiarr.conf", "toml", f'''###############################################
# Notifiarr Client Example Configuration File #
###############################################

## This API key must be copied from your notifiarr.com account.
api_key = "{g.K('notifiarr_api_key', shape='uuid')}"

## The ip:port to listen on for incoming HTTP requests.
bind_addr = "{g.unspec()}:5454"

## Allowed upstream networks (reverse proxies).
upstreams = [ "{g.loop()}", "{g.priv()}/32", "{g.IP4('upstream_proxy')}/32" ]

## UI password; an empty value keeps the UI on the API key.
ui_password = "{g.P('ui_password', ctx='quoted')}"

[[sonarr]]
  name     = "Sonarr"
  url      = "http://{g.priv()}:8989"
  api_key  = "{g.K('sonarr_api_key', shape='hex32')}"

[[lidarr]]
  name     = "Lidarr"
  url      = "http://{g.priv()}:8686"
  api_key  = "{g.placeholder('api-key-from-lidarr')}"

## local test instance; uses the docs address on purpose
# [[sonarr]]
#  url = "http://{g.doc_ip()}:8989"
#  api_key = "{g.masked("0000000000000000")}"
'''


def kometa_config(g):
    plex = g.K('plex_token', shape=g.choice(['an24', 'b64url43']))
    return "kometa/config/config.yml", "yaml", f'''libraries:
  Movies:
    collection_files:
      - default: basic
      - default: imdb
  TV Shows:
    collection_files:
      - default: network
settings:
  cache: true
  cache_expiration: 60
  asset_directory: config/assets
  run_again_delay: 2
plex:
  url: http://{g.IPu('plex_host')}:32400
  token: {plex}
  timeout: 60
  clean_bundles: false
tmdb:
  apikey: {g.K('tmdb_api_key', shape='hex32')}
  language: en
  # cache db: {g.sha1()}
trakt:
  client_id: {g.X('client_id', g.hexs(64))}
  client_secret: {g.K('trakt_client_secret', shape='hex64')}
  authorization:
    access_token: {g.K('trakt_access_token', shape='hex64')}
    token_type: Bearer
    refresh_token: {g.K('trakt_refresh_token', shape='hex64')}
    expires_in: 7889238
    scope: public
    created_at: 1763{g.num(100000, 999999)}
notifiarr:
  apikey: {g.placeholder('########')}
'''


def mediamtx_yml(g):
    return "mediamtx/mediamtx.yml", "yaml", f'''###############################################
# Global settings -> Authentication

authMethod: internal
authInternalUsers:
  # Username. 'any' means any user, including anonymous ones.
- user: any
  pass:
  ips: []
  permissions:
  - action: read
    path: doorbell
- user: publisher
  # Password. Plain text or sha256:BASE64(hash) / argon2 hashes are accepted.
  pass: {g.P('publish_password', ctx='yaml')}
  ips: ['{g.IP4('publisher_ip')}', '{g.priv()}']
  permissions:
  - action: publish
- user: admin
  pass: sha256:{g.X('hashed_password', g.b64(32))}
  ips: ['{g.loop()}', '::1']
  permissions:
  - action: api
  - action: metrics

rtspAddress: :8554
rtspAddress6: '[::]:8554'
webrtcLocalUDPAddress: '{g.unspec()}:8189'
# docs example for a remote user: ips: ['{g.doc_ip()}', '{g.doc_ip6()}']
webrtcAdditionalHosts: [{g.IP('public_host')}]
webrtcICEServers2:
- url: turn:{g.IP4('turn_server')}:3478
  username: cam
  password: {g.P('turn_password', ctx='yaml')}

paths:
  garden:
    source: rtsp://viewer:{g.P('camera_password', ctx='url')}@{g.priv()}:554/stream1
'''


def moonfire_toml(g):
    return "etc/moonfire-nvr.toml", "toml", f'''[[binds]]
ipv4 = "{g.unspec()}:8080"
allowUnauthenticatedPermissions = {{ viewVideo = true }}

[[binds]]
unix = "/var/lib/moonfire-nvr/sock"
ownUidIsPrivileged = true

# Cameras are added with `moonfire-nvr config`; the ONVIF passwords live in the
# database. Recorded here for the handover only:
#   porch  rtsp://admin:{g.P('camera_password', ctx='url')}@{g.priv()}/cam/realmonitor
#   shed   rtsp://admin:{g.masked()}@{g.priv()}/h264Preview_01_main
# Upstream NTP for the cameras: {g.IP4('ntp_server')}
# (camera firmware {g.version()}, ONVIF uuid {g.uuid_x('device_uuid')})
'''


def raspotify_default(g):
    return "etc/raspotify/conf", "env", f'''# /etc/raspotify/conf -- Arguments/configuration for librespot
# Uncomment/edit as needed.

LIBRESPOT_NAME="{g.choice(['Kitchen', 'Study', 'Workshop'])} Speaker"
LIBRESPOT_BITRATE="320"
LIBRESPOT_DEVICE_TYPE="speaker"
LIBRESPOT_INITIAL_VOLUME="40"
# credentials cache hash after the first login: {g.sha256()}

# Only needed if zeroconf discovery does not work on this network.
LIBRESPOT_USERNAME=""
#LIBRESPOT_USERNAME="{g.E('account_user')}"
#LIBRESPOT_PASSWORD="{g.P('account_password', ctx='ini')}"

# Bind to one interface only
LIBRESPOT_ZEROCONF_INTERFACE="{g.priv()}"
#LIBRESPOT_PROXY="http://{g.IP4('proxy_host')}:3128"
'''


def mylar3_ini(g):
    return "mylar3/config.ini", "ini", f'''[Interface]
http_host = {g.unspec()}
http_port = 8090
http_root = /
http_username = {g.choice(['reader', 'comics', 'shelf'])}
http_password = {g.P('http_password', ctx='ini')}
authentication = 1
enable_https = False

[API]
api_enabled = True
api_key = {g.K('api_key', shape='hex32')}
; example key from the wiki, not ours: {g.placeholder('0123456789abcdef0123456789abcdef')}

[SABnzbd]
sab_host = http://{g.priv()}:8080/
sab_username =
sab_password =
sab_apikey = {g.K('sab_api_key', shape='hex32')}
sab_category = comics

[Email]
email_enabled = True
email_from = {g.E('sender')}
email_to = {g.E('recipient')}
email_server = smtp.{g.choice(['vodafone.ie', 'inwind.it', 'netcologne.de'])}
email_user = {g.E('smtp_user')}
email_password = {g.P('smtp_password', ctx='ini')}
email_port = 587
email_enc = 2
'''


def kapowarr_db_notes(g):
    return "docs/kapowarr-setup.md", "markdown", f'''# Kapowarr on the NAS

Kapowarr runs in the `media` stack next to the download client. Settings we changed from the defaults:

| setting | value |
|---|---|
| Host | `{g.unspec()}` |
| Port | `5656` |
| Login password | `{g.P('login_password', ctx='prose')}` |
| API key (Settings → General) | `{g.K('api_key', shape='hex32')}` |
| ComicVine API key | `{g.K('comicvine_key', shape='hex40')}` |
| Download folder | `/data/temp_downloads` |

The qBittorrent client is at `http://{g.priv()}:8081`, user `kapow`, password `{g.P('torrent_password', ctx='prose')}`.

Questions go to {g.E('maintainer')}; the NAS itself is reachable from outside only through
the VPN on `{g.IP('vpn_endpoint')}` (port 51820). Image pinned to `{g.version()}`, digest
`sha256:{g.sha256()}`.
'''


def flaresolverr_compose(g):
    return "docker-compose.flaresolverr.yml", "yaml", f'''services:
  flaresolverr:
    image: ghcr.io/flaresolverr/flaresolverr:v{g.version()}
    container_name: flaresolverr
    environment:
      - LOG_LEVEL=info
      - LOG_HTML=false
      - CAPTCHA_SOLVER=none
      - TZ=Europe/Vienna
      # image built from {g.short_sha()}, sha256:{g.sha256()}
      # outbound proxy for the solver (residential exit)
      - PROXY_URL=http://{g.IP4('proxy_host')}:8000
      - PROXY_USERNAME={g.user()}
      - PROXY_PASSWORD={g.P('proxy_password', ctx='shell')}
    ports:
      - "{g.loop()}:8191:8191"
    restart: unless-stopped
    networks:
      media:
        ipv4_address: {g.priv()}
networks:
  media:
    external: true
'''


def cross_seed_js(g):
    return "cross-seed/config.js", "javascript", f'''// Generated by cross-seed gen-config, then edited by hand.
"use strict";
module.exports = {{
	delay: 30,

	// API keys of your Torznab feeds (via the feed manager)
	torznab: [
		"http://{g.priv()}:9696/1/api?apikey={g.K('indexer_api_key', shape='hex32')}",
		"http://{g.priv()}:9696/7/api?apikey={g.K('indexer_api_key', shape='hex32')}",
	],

	sonarr: ["http://{g.priv()}:8989/?apikey={g.K('sonarr_api_key', shape='hex32')}"],

	// qBittorrent with a password that contains no URL-special characters
	torrentClients: ["qbittorrent:http://admin:{g.P('client_password', ctx='url')}@{g.IPu('client_host')}:8080"],

	apiKey: "{g.K('cross_seed_api_key', shape=g.choice(['hex32', 'an24']))}",
	host: "{g.unspec()}",
	port: 2468,
	linkDirs: ["/data/torrents/cross-seed-links"],
	matchMode: "partial",
	// notificationWebhookUrl: "http://{g.loop()}:8123/api/webhook/{g.placeholder("cross-seed-hook")}",
	action: "inject",
}};
'''


def jdownloader_myjd(g):
    return "jdownloader/cfg/org.jdownloader.api.myjdownloader.MyJDownloaderSettings.json", "json", f'''{{
  "email" : "{g.E('myjd_account')}",
  "password" : "{g.P('myjd_password', ctx='quoted')}",
  "devicename" : "jd-{g.choice(['basement', 'rack', 'seedbox'])}",
  "autoconnectenabledv2" : true,
  "uniquedeviceidv2" : "{g.X('device_id', g.hexs(32))}",
  "lastlocalport" : 3129,
  "lastupnpport" : -1,
  "lastlocaladdress" : "{g.priv()}",
  "lastpublicaddress" : "{g.IP4('public_address')}",
  "latestError" : "NONE",
  "lastconnectionid" : "{g.uuid_x("connection_uuid")}"
}}
'''


def wizarr_env(g):
    return "wizarr/.env", "env", f'''# Wizarr - invitation portal for the media server
APP_URL=https://join.{g.org()}.eu
DISABLE_BUILTIN_AUTH=false
TZ=Europe/Lisbon
# DATABASE_URL is derived; never set it here (see {g.res_email('docs')})
SECRET_KEY={g.K('flask_secret_key', shape=g.choice(['hex64', 'b64_32']))}
# first admin, created on first boot
ADMIN_USERNAME={g.choice(['curator', 'host', 'keeper'])}
ADMIN_PASSWORD={g.P('admin_password', ctx='ini')}
ADMIN_EMAIL={g.E('admin_email')}
# SMTP for invites
SMTP_HOST=mail.{g.choice(['pt.lu', 'hol.gr', 'takas.lt'])}
SMTP_USER={g.E('smtp_user')}
SMTP_PASSWORD={g.P('smtp_password', ctx='ini')}
SMTP_FROM={g.res_email('no-reply')}
'''


def maintainerr_notes(g):
    return "notes/maintainerr.txt", "text", f'''Maintainerr - what we set up on {g.choice(['Saturday', 'Sunday'])}

Web UI: http://{g.priv()}:6246  (no login, only on the LAN)
Plex: {g.priv()}:32400, token {g.K('plex_token', shape='an24')}
  (the token from Preferences.xml, PlexOnlineToken)
Media request app: http://{g.priv()}:5055, API key {g.K('requests_api_key', shape='b64_32')}
Tautulli: API key {g.K('tautulli_api_key', shape='hex32')}

Rule "old and unwatched": delete after 30 days in the collection.
If anything goes wrong, mail {g.E('admin')} or {g.E('deputy')}.
Remote box for offsite copies: {g.IP('offsite_host')} (ssh key only, not password).
Example rule export in the docs uses {g.doc_ip()} and {g.res_email('viewer')}; ignore those.
'''


def requestrr_settings(g):
    return "requestrr/config/settings.json", "json", f'''{{
  "Authentication": {{
    "Username": "{g.choice(['butler', 'concierge'])}",
    "Password": "{g.P('ui_password', ctx='quoted')}",
    "PrivateKey": "{g.K('jwt_private_key', shape='uuid')}"
  }},
  "ChatClients": {{
    "Discord": {{
      "BotToken": "{g.K('bot_token', shape='an40')}",
      "ClientId": "{g.X('client_id', str(g.num(10**17, 10**18 - 1)))}",
      "EnableRequestsThroughDirectMessages": false
    }}
  }},
  "DownloadClients": {{
    "Radarr": {{
      "Hostname": "{g.IP('radarr_host')}",
      "Port": 7878,
      "ApiKey": "{g.K('radarr_api_key', shape='hex32')}",
      "UseSSL": false
    }}
  }},
  "Port": 4545,
  "BaseUrl": "",
  "InstanceId": "{g.uuid_x("instance_uuid")}",
  "Version": "{g.version()}"
}}
'''


def diun_yml(g):
    return "diun/diun.yml", "yaml", f'''watch:
  workers: 10
  schedule: "0 */6 * * *"
  firstCheckNotif: false

notif:
  mail:
    host: smtp.{g.choice(['versanet.de', 'osnanet.de'])}
    port: 587
    ssl: false
    insecureSkipVerify: false
    username: {g.E('smtp_user')}
    password: {g.P('smtp_password', ctx='yaml')}
    from: {g.E('sender')}
    to:
      - {g.E('recipient')}
      - {g.res_email('ops')}
  gotify:
    endpoint: http://{g.priv()}:8070
    token: {g.K('push_token', shape=g.choice(['an24', 'b64url43']))}
    priority: 1

regopts:
  - name: "registry.{g.org()}.eu"
    selector: image
    username: diun
    password: {g.P('registry_password', ctx='yaml')}
  - name: "docker.io"
    selector: image
    username: {g.user()}
    passwordFile: {g.ref('/run/secrets/dockerhub_token')}

providers:
  docker:
    endpoint: tcp://{g.loop()}:2375
    watchByDefault: true
'''


def wud_compose(g):
    return "wud/docker-compose.yml", "yaml", f'''services:
  whatsupdocker:
    image: getwud/wud:{g.version()}
    container_name: wud
    volumes:
      - /var/run/docker.sock:/var/run/docker.sock
    environment:
      - WUD_WATCHER_LOCAL_CRON=0 4 * * *
      - WUD_WATCHER_NAS_HOST={g.priv()}
      - WUD_WATCHER_NAS_PORT=2375
      - WUD_REGISTRY_HUB_PRIVATE_LOGIN={g.user()}
      - WUD_REGISTRY_HUB_PRIVATE_PASSWORD={g.K('hub_access_token', shape='uuid')}
      - WUD_TRIGGER_SMTP_MAIL_HOST=mail.{g.choice(['tvnet.lv', 'vtr.net', 'surnet.cl'])}
      - WUD_TRIGGER_SMTP_MAIL_USER={g.E('smtp_user')}
      - WUD_TRIGGER_SMTP_MAIL_PASS={g.P('smtp_password', ctx='shell')}
      - WUD_TRIGGER_SMTP_MAIL_TO={g.E('recipient')}
      - WUD_AUTH_BASIC_ADMIN_USER=admin
      - WUD_AUTH_BASIC_ADMIN_HASH=$$apr1$${g.X('apr1_hash', g.alnum(8) + '$$' + g.alnum(22))}
    ports:
      - 3000:3000
# WUD_TRIGGER_SMTP_MAIL_PASS example in docs: {g.placeholder('mysmtppassword')}; test relay {g.priv()}
'''


def ezstream_xml(g):
    return "etc/ezstream/radio.xml", "xml", f'''<?xml version="1.0" encoding="UTF-8"?>
<ezstream>
  <servers>
    <server>
      <name>relay</name>
      <protocol>HTTP</protocol>
      <hostname>{g.IP4('icecast_host')}</hostname>
      <port>8000</port>
      <user>source</user>
      <password>{g.P('source_password', ctx='xml')}</password>
      <tls>None</tls>
      <!-- test mount on {g.loop()}, docs host {g.doc_ip()} -->
    </server>
    <server>
      <name>backup</name>
      <hostname>{g.IP('backup_host')}</hostname>
      <port>8000</port>
      <password>{g.P('source_password', ctx='xml')}</password>
    </server>
  </servers>
  <streams>
    <stream>
      <mountpoint>/night.ogg</mountpoint>
      <format>Ogg</format>
      <stream_name>Night shift</stream_name>
      <stream_url>https://radio.{g.org()}.eu</stream_url>
      <stream_genre>Ambient</stream_genre>
      <stream_description>contact: {g.E('station_contact')}</stream_description>
    </stream>
  </streams>
  <intakes>
    <intake>
      <type>playlist</type>
      <filename>/srv/radio/night.m3u</filename>
    </intake>
  </intakes>
</ezstream>
'''


TEMPLATES = [
    ("tdarr_node_json", tdarr_node_json),
    ("unpackerr_conf", unpackerr_conf),
    ("recyclarr_yml", recyclarr_yml),
    ("recyclarr_secrets", recyclarr_secrets),
    ("autobrr_toml", autobrr_toml),
    ("notifiarr_conf", notifiarr_conf),
    ("kometa_config", kometa_config),
    ("mediamtx_yml", mediamtx_yml),
    ("moonfire_toml", moonfire_toml),
    ("raspotify_default", raspotify_default),
    ("mylar3_ini", mylar3_ini),
    ("kapowarr_notes", kapowarr_db_notes),
    ("flaresolverr_compose", flaresolverr_compose),
    ("cross_seed_js", cross_seed_js),
    ("jdownloader_myjd", jdownloader_myjd),
    ("wizarr_env", wizarr_env),
    ("maintainerr_notes", maintainerr_notes),
    ("requestrr_settings", requestrr_settings),
    ("diun_yml", diun_yml),
    ("wud_compose", wud_compose),
    ("ezstream_xml", ezstream_xml),
]
