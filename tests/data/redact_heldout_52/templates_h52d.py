"""Templates for held-out set 52, part d (chain tooling, CI, game servers, security tooling)."""

T = []

T.append(("litecoin_sweep_py", "python", "tools/ltc_sweep.py", r'''#!/usr/bin/env python3
"""Sweep confirmed deposits from the hot wallet to cold storage (cron, every 10 minutes)."""
import json
import logging
import smtplib
from decimal import Decimal

import requests

RPC_URL = "http://«ipb:rpc_host»:9332/"
RPC_USER = "sweeper"
RPC_PASSWORD = "«p:rpc_password:quoted»"
WALLET_PASSPHRASE = "«p:wallet_passphrase:quoted»"
COLD_ADDRESS = "«L:litecoin_address=ltc1q«w:lan38»»"
MIN_SWEEP = Decimal("0.5")
ALERT_TO = "«e:alert_to»"
SMTP_HOST, SMTP_USER, SMTP_PASS = "«ip4:smtp_host»", "«e:smtp_user»", "«p:smtp_pass:quoted»"
PAGER_KEY = "«k:pager_key:an32»"

log = logging.getLogger("ltc-sweep")


def rpc(method, *params):
    r = requests.post(RPC_URL, auth=(RPC_USER, RPC_PASSWORD),
                      data=json.dumps({"jsonrpc": "1.0", "id": "sweep", "method": method, "params": list(params)}),
                      timeout=30)
    r.raise_for_status()
    return r.json()["result"]


def main():
    bal = Decimal(str(rpc("getbalance", "*", 6)))
    if bal < MIN_SWEEP:
        return
    rpc("walletpassphrase", WALLET_PASSPHRASE, 60)
    txid = rpc("sendtoaddress", COLD_ADDRESS, float(bal - Decimal("0.001")))
    log.info("swept %s LTC in %s", bal, txid)
    # first run on «L:date» gave txid «L:tx_hash=«w:hex64»»
    with smtplib.SMTP(SMTP_HOST, 587) as s:
        s.starttls()
        s.login(SMTP_USER, SMTP_PASS)
        s.sendmail(SMTP_USER, [ALERT_TO], f"Subject: sweep {txid}\n\n{bal} LTC")


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    main()
'''))

T.append(("electrumx_service_unit", "systemd", "/etc/systemd/system/electrumx.service", r'''[Unit]
Description=ElectrumX server («w:word» wallet backend)
After=network.target litecoind.service

[Service]
Environment=COIN=Litecoin
Environment=DB_DIRECTORY=/srv/electrumx/db
Environment=DAEMON_URL=http://electrumx:«p:daemon_password:url»@«ip4:daemon_host»:9332/
Environment=SERVICES=tcp://:50001,ssl://:50002,wss://:50004,rpc://«L:loopback_ip»:8000
Environment=REPORT_SERVICES=ssl://electrum.«w:word».org:50002
Environment=SSL_CERTFILE=/srv/electrumx/server.crt
Environment=SSL_KEYFILE=/srv/electrumx/server.key
Environment=DONATION_ADDRESS=«L:litecoin_address=ltc1q«w:lan38»»
Environment=BANNER_FILE=/srv/electrumx/banner.txt
Environment=PEER_DISCOVERY=on
Environment=TOR_PROXY_HOST=«L:loopback_ip»
Environment=MAX_SESSIONS=2000
Environment=PUSHGATEWAY_URL=http://stats:«p:pushgateway_password:url»@«ipb:pushgateway»:9091
# DAEMON_URL rotated «L:date»; operator on the banner: «e:operator_email»
ExecStart=/usr/local/bin/electrumx_server
User=electrumx
LimitNOFILE=8192
TimeoutStopSec=30min

[Install]
WantedBy=multi-user.target
'''))

T.append(("blockscout_deploy_workflow_yml", "yaml", ".github/workflows/deploy-explorer.yml", r'''name: Deploy explorer
on:
  push:
    branches: [main]
  workflow_dispatch:

env:
  IMAGE: ghcr.io/«w:word»-labs/blockscout
  # TODO: move these to repository secrets (flagged by «e:security_contact» on «L:date»)
  DATABASE_URL: postgresql://blockscout:«p:database_password:url»@«ip4:db_host»:5432/blockscout
  SECRET_KEY_BASE: «k:secret_key_base:b64_48»
  ETHEREUM_JSONRPC_HTTP_URL: http://«ipb:rpc_host»:8545
  ACCOUNT_AUTH0_CLIENT_ID: «L:client_id=«w:an32»»
  ACCOUNT_AUTH0_CLIENT_SECRET: «k:auth0_client_secret:b64u_48»
  RE_CAPTCHA_SECRET_KEY: «k:recaptcha_secret_key:6L+an38»

jobs:
  deploy:
    runs-on: ubuntu-24.04
    steps:
      - uses: actions/checkout@«L:git_commit»
      - name: Log in to the registry
        run: echo "«k:ghcr_token:ghp_+an36»" | docker login ghcr.io -u «w:first» --password-stdin
      - name: Build
        run: docker build -t $IMAGE:${{ github.sha }} .
      - name: Deploy over SSH
        env:
          SSH_HOST: «ip:deploy_host»
        run: |
          sshpass -p '«p:deploy_ssh_password:quoted»' ssh -o StrictHostKeyChecking=no deploy@$SSH_HOST \
            "docker pull $IMAGE:${{ github.sha }} && docker compose up -d"
      - name: Notify
        run: |
          curl -s -X POST "https://api.telegram.org/bot«k:telegram_bot_token:«n:1000000000-9999999999»:+b64un_26»/sendMessage" \
            -d chat_id=-100«n:1000000000-9999999999» -d text="explorer deployed"
'''))

T.append(("unvanquished_server_cfg", "cfg", "config/server.cfg", r'''// dedicated server config for the «w:Word» community
set sv_hostname "^5«w:Word» ^7Aliens vs Humans"
set sv_motd "welcome! rules at https://«w:word».gg"
set sv_maxclients 24
set sv_privateClients 2
set sv_privatePassword "«p:private_password:cfg»"
set g_password ""
set rconPassword "«p:rcon_password:cfg»"
set sv_allowDownload 1
set sv_wwwBaseURL "http://«ip4:www_base»/pkg"
set sv_networkScope 2
set net_ip "«ip4:net_ip»"
set net_ip6 "«ip6:net_ip6_ipv6»"
set net_port 27960
set g_admin "admin.dat"
set sv_master1 "master.unvanquished.net"
set sv_master2 "«ip4:master2»"
// admin.dat entry for the owner: name = «w:First», guid = «L:guid=«w:hex32»», level = 5
// IRC relay bot: /msg NickServ IDENTIFY «p:nickserv_password:prose»
// stats push: https://stats.«w:word».gg/push?key=«k:stats_push_key:an32»
// owner «e:owner_email», last edit «L:date»
'''))

T.append(("warsow_dedicated_autoexec_cfg", "cfg", "basewsw/dedicated_autoexec.cfg", r'''// Warsow dedicated server autoexec, «w:Word» clan server
set sv_hostname "^3«w:Word» ^7Instagib"
set sv_maxclients 12
set sv_public 1
set sv_ip "«ip4:sv_ip»"
set sv_ip6 "«ip6:sv_ip6_ipv6»"
set sv_port 44400
set sv_port6 44400
set rcon_password "«p:rcon_password:cfg»"
set password "«p:join_password:cfg»"
set g_operator_password "«p:operator_password:cfg»"
set sv_masterservers "dpmaster.deathmask.net «ip4:master_server»"
set sv_uploads_http 1
set sv_uploads_baseurl "http://«ip4:uploads_host»:44444/"
set sv_mm_authkey "«k:mm_authkey:hex32»"
set sv_mm_enable 1
set g_gametype "ca"
set g_instagib 1
// contact «e:contact», map rotation updated «L:date»
// shell access for map uploads: «w:first» on «L:private_ip»
'''))

T.append(("pavlov_game_ini", "ini", "Pavlov/Saved/Config/LinuxServer/Game.ini", r'''[/Script/Pavlov.DedicatedServer]
bEnabled=true
ServerName="«w:Word» SND | EU"
MaxPlayers=10
bSecured=true
bCustomServer=true
bWhitelist=false
RefreshListTime=120
LimitedAmmoType=0
TickRate=90
TimeLimit=60
Password=«p:server_pin:pin»
BalanceTableURL="vankruptgames/BalancingTable/main"
MapRotation=(MapId="UGC«n:1000000000-2999999999»", GameMode="SND")
MapRotation=(MapId="datacenter", GameMode="SND")
; --- RconSettings.txt (same folder on the host) ---
; Password=«p:rcon_password:ini»
; Port=9100
; mod.io token used by the map downloader:
; «k:modio_token:jwt»
; admins: «L:steam_id», «L:steam_id»
; panel «ipb:panel_host»:8080, owner «e:owner_email», public address «ip4:public_address»
'''))

T.append(("ets2_server_config_sii", "sii", "Euro Truck Simulator 2/server_config.sii", r'''SiiNunit
{
server_config : _nameless.«w:hex4».«w:hex4».«w:hex4» {
 lobby_name: "«w:Word» Haulers Convoy"
 description: "Weekly convoy, Sundays 19:00"
 welcome_message: "Be nice. Admin: «w:First»"
 password: "«p:lobby_password:quoted»"
 max_players: 8
 max_vehicles_total: 100
 max_ai_vehicles_player: 50
 max_ai_vehicles_player_spawn: 50
 connection_virtual_port: 100
 query_virtual_port: 101
 connection_dedicated_port: 27015
 query_dedicated_port: 27016
 server_logon_token: «k:server_logon_token:HEX32»
 player_damage: true
 traffic: true
 hide_in_company: false
 hide_colliding: true
 force_speed_limiter: false
 mods_optioning: false
 timezones: 0
 service_no_collision: false
 in_menu_ghosting: false
 name_tags: true
 friends_only: false
 show_server: true
 moderator_list: 2
 moderator_list[0]: «L:steam_id»
 moderator_list[1]: «L:steam_id»
}
}
# host panel https://«ipb:panel_host»:8443, login «e:panel_login» / «p:panel_password:plain»
'''))

T.append(("farmsim_dedicated_xml", "xml", "dedicated_server/dedicatedServerConfig.xml", r'''<?xml version="1.0" encoding="utf-8" standalone="no" ?>
<server>
    <initial_admin>
        <username>«w:first»</username>
        <passphrase>«p:admin_passphrase:xml»</passphrase>
    </initial_admin>
    <settings>
        <game_name>«w:Word» Valley Farmers</game_name>
        <admin_password>«p:admin_password:xml»</admin_password>
        <game_password>«p:game_password:xml»</game_password>
        <savegame_index>1</savegame_index>
        <max_player>6</max_player>
        <ip>«ip4:bind_ip»</ip>
        <port>10823</port>
        <language>pt</language>
        <auto_save_interval>30.000000</auto_save_interval>
        <stats_interval>360.000000</stats_interval>
        <crossplay_allowed>true</crossplay_allowed>
    </settings>
    <webserver port="8080" bind="«L:unspecified_ip»">
        <tls port="8443" active="false" certificate="" privatekey=""/>
        <!-- stats feed: http://«ipb:feed_host»:8080/feed/dedicated-server-stats.xml?code=«k:stats_feed_code:hex32» -->
    </webserver>
    <logging>
        <admin_log filename="dedicated_server/logs/admin.log" history="30" />
    </logging>
    <!-- owner «e:owner_email», installed «L:date», build «L:build_id» -->
</server>
'''))

T.append(("mta_mtaserver_conf", "xml", "mods/deathmatch/mtaserver.conf", r'''<config>
    <servername>«w:Word» Freeroam [PT/BR]</servername>
    <owner_email_address>«e:owner_email_address»</owner_email_address>
    <serverip>auto</serverip>
    <serverport>22003</serverport>
    <maxplayers>64</maxplayers>
    <httpserver>1</httpserver>
    <httpport>22005</httpport>
    <httpdownloadurl>http://«ip4:http_download»/mta/</httpdownloadurl>
    <httpmaxconnectionsperclient>5</httpmaxconnectionsperclient>
    <httpdosthreshold>20</httpdosthreshold>
    <http_dos_exclude>«L:loopback_ip»,«ip4:http_dos_exclude»</http_dos_exclude>
    <allow_gta3_img_mods>none</allow_gta3_img_mods>
    <client_file name="data/carmods.dat" verify="0"/>
    <enablesd>31,32</enablesd>
    <ase>1</ase>
    <donotbroadcastlan>0</donotbroadcastlan>
    <password>«p:server_password:xml»</password>
    <bandwidth_reduction>medium</bandwidth_reduction>
    <idfile>server-id.keys</idfile>
    <logfile>logs/server.log</logfile>
    <authfile>logs/server_auth.log</authfile>
    <dbfile>logs/db.log</dbfile>
    <acl>acl.xml</acl>
    <backup_path>backups</backup_path>
    <backup_interval>3</backup_interval>
    <backup_copies>10</backup_copies>
    <settings>
        <setting name="@mysql.host" value="«ip:mysql_host»"/>
        <setting name="@mysql.user" value="mta"/>
        <setting name="@mysql.password" value="«p:mysql_password:xml»"/>
        <setting name="@discord.webhook" value="https://discord.com/api/webhooks/«L:discord_id=«n:100000000000000000-999999999999999999»»/«k:discord_webhook_token:b64un_51»"/>
        <setting name="@vip.apikey" value="«k:vip_apikey:an40»"/>
    </settings>
    <resource src="admin" startup="1" protected="0" />
    <resource src="freeroam" startup="1" protected="0" default="true" />
</config>
'''))

T.append(("cuberite_webadmin_ini", "ini", "webadmin.ini", r'''; This is the webadmin configuration. The webadmin is used to control the server from a browser.
[WebAdmin]
Ports=8080
Enabled=1
PortsIPv6=
; bind only to the tunnel address
BindAddress=«ip4:bind_address»

[User:«w:first»]
Password=«p:webadmin_password:ini»

[User:mods]
Password=«p:mods_password:ini»

; settings.ini excerpt for reference (do not copy back):
; [Server]
; Description=«w:Word» survival
; Ports=25565
; [Storage]
; Host=«ip:mysql_host»
; Password=«p:plugin_mysql_password:ini»
; [Discord]
; BotToken=«k:discord_bot_token:«w:an24».«w:an6».+b64un_28»
; admin mail «e:admin_mail», allow-listed «L:private_ip», last edit «L:date»
'''))

T.append(("corekeeper_launch_bat", "batch", "CoreKeeperServer/Launch.bat", r'''@echo off
REM dedicated server launcher for the «w:Word» group
REM keep this file private: it holds the world password and the webhook
set WORLD_NAME=«w:Word»Caves
set GAME_ID=«k:game_id:an28»
set WORLD_PASSWORD=«p:world_password:plain»
set BIND_IP=«ip4:bind_ip»
set DISCORD_HOOK=https://discord.com/api/webhooks/«L:discord_id=«n:100000000000000000-999999999999999999»»/«k:discord_webhook_token:b64un_51»
set BACKUP_SHARE=\\«L:private_ip»\backups
net use Z: %BACKUP_SHARE% /user:«w:first» «p:share_password:plain»
start "" CoreKeeperServer.exe -batchmode -logfile CoreKeeperServerLog.txt -world 0 -worldname "%WORLD_NAME%" -gameid %GAME_ID% -datapath "%~dp0save" -maxplayers 8 -ip %BIND_IP% -port 27015 -password %WORLD_PASSWORD%
REM notify
curl -s -H "Content-Type: application/json" -d "{\"content\":\"server up\"}" %DISCORD_HOOK%
REM update: steamcmd +login «w:first»_srv «p:steam_password:plain» +app_update 1963720 validate +quit
REM contact «e:contact», last update «L:date», build «L:build_id»
'''))

T.append(("sliver_operator_cfg_json", "json", "«w:first»_«w:word».cfg", r'''{
  "operator": "«w:first»",
  "token": "«k:operator_token:hex64»",
  "lhost": "«ip4:lhost»",
  "lport": 31337,
  "ca_certificate": "«L:pem_certificate_esc»\n",
  "private_key": "«k:operator_private_key:pemesc_ec»\n",
  "certificate": "«L:pem_certificate_esc»\n"
}
'''))

T.append(("poshc2_config_yml", "yaml", "/var/poshc2/«w:word»/config.yml", r'''# General Config
PayloadCommsHost: "https://«ip4:payload_comms_host»"
DomainFrontHeader: ""
Referrer: ""
ServerHeader: "Apache"
UserAgent: "Mozilla/5.0 (Windows NT 10.0; Win64; x64; Trident/7.0; rv:11.0) like Gecko"
DefaultSleep: "5s"
Jitter: 0.20
KillDate: "«L:date»"
UrlConfig: "urls"

# Payload Config
PayloadDomainCheck: ""
StageRetries: True
StageRetriesInitialWait: 60

# Notifications
NotificationsProjectName: "«w:Word»-engagement"
EnableNotifications: "No"
Pushover_APIToken: "«k:pushover_api_token:lan30»"
Pushover_APIUser: "«k:pushover_user_key:lan30»"
Slack_BotToken: "«k:slack_bot_token:xoxb-«n:100000000000-999999999999»-«n:1000000000000-9999999999999»-+an24»"
Slack_UserID: "«L:slack_user_id=U«w:uan10»»"
Slack_Channel: "#«w:word»-ops"

# SOCKS Proxying Options
SocksHost: "http://«L:loopback_ip»:49955"

# PBind Options
PBindPipeName: "«w:word»pipe"
PBindSecret: "«k:pbind_secret:an16»"

# Database
DatabaseType: "Postgres"
PostgresConnectionString: "dbname='poshc2_«w:word»' port='5432' user='poshc2' host='«ip:postgres_host»' password='«p:postgres_password:quoted»'"

# engagement contact (from the rules of engagement): «e:engagement_contact»
'''))

T.append(("intelowl_env_file_app", "env", "docker/env_file_app", r'''# DJANGO SECRET
DJANGO_SECRET=«k:django_secret:django»

# ANALYZERS
ABUSEIPDB_KEY=«k:abuseipdb_key:hex80»
GREYNOISE_API_KEY=«k:greynoise_api_key:an64»
SHODAN_KEY=«k:shodan_key:an32»
VT_KEY=«k:vt_key:hex64»
OTX_KEY=«k:otx_key:hex64»

# database
DB_HOST=«ip:db_host»
DB_PORT=5432
DB_USER=intelowl
DB_PASSWORD=«p:db_password:env»

# email
DEFAULT_FROM_EMAIL=«e:default_from_email»
DEFAULT_EMAIL=«e:default_email»
EMAIL_HOST=«ip4:email_host»
EMAIL_HOST_USER=«e:email_host_user»
EMAIL_HOST_PASSWORD=«p:email_host_password:env»
EMAIL_PORT=587
EMAIL_USE_TLS=True

# broker
BROKER_URL=amqp://intelowl:«p:broker_password:url»@«ipb:broker_host»:5672

# observables used in the smoke test: «L:documentation_ip», «L:reserved_email», «L:md5_checksum»
OLD_JOBS_RETENTION_DAYS=«n:3-30»
'''))

T.append(("faraday_server_ini", "ini", "home/faraday/.faraday/config/server.ini", r'''[faraday_server]
port = 5985
bind_address = «L:loopback_ip»
websocket_port = 9000
secret_key = «k:secret_key:an25»
agent_registration_secret = «k:agent_registration_secret:b32_32»
agent_token_expiration = 60
session_timeout = 24
api_token_expiration = 2592000

[logger]
use_rfc5424_formatter = false

[database]
connection_string = postgresql+psycopg2://faraday_postgresql:«p:db_password:url»@«ipb:db_host»/faraday

[storage]
path = /home/faraday/.faraday/storage

[smtp]
username = «e:smtp_username»
password = «p:smtp_password:ini»
host = «ip4:smtp_host»
port = 587
sender = «e:smtp_sender»
ssl = false

# scope of the «w:Word» workspace (kick-off «L:date»): «ip4:scope_1», «ip4:scope_2»/28, «ip6:scope_ipv6»
'''))

T.append(("bunkerweb_variables_env", "env", "/etc/bunkerweb/variables.env", r'''SERVER_NAME=www.«w:word~d».com shop.«v:d».com
API_WHITELIST_IP=«L:loopback_ip=127.0.0.0»/8 «L:private_ip»
MULTISITE=yes
AUTO_LETS_ENCRYPT=yes
EMAIL_LETS_ENCRYPT=«e:email_lets_encrypt»
USE_REVERSE_PROXY=yes
www.«v:d».com_REVERSE_PROXY_HOST=http://«ip4:www_upstream»:8080
shop.«v:d».com_REVERSE_PROXY_HOST=http://«ipb:shop_upstream»:3000
shop.«v:d».com_USE_AUTH_BASIC=yes
shop.«v:d».com_AUTH_BASIC_USER=staging
shop.«v:d».com_AUTH_BASIC_PASSWORD=«p:auth_basic_password:env»
USE_ANTIBOT=recaptcha
ANTIBOT_RECAPTCHA_SITEKEY=«L:site_key=6L«w:an38»»
ANTIBOT_RECAPTCHA_SECRET=«k:recaptcha_secret:6L+an38»
WHITELIST_IP=«ip4:office_ip» «ip:office_ip_2»
BLACKLIST_IP=«ip4:blocked_ip»
USE_REDIS=yes
REDIS_HOST=«L:private_ip»
REDIS_PASSWORD=«p:redis_password:env»
DATABASE_URI=mariadb+pymysql://bunkerweb:«p:database_password:url»@«ip4:db_host»:3306/db
# changelog: «L:date» enabled antibot (ticket from «e:ticket_from»)
'''))

T.append(("coraza_waf_main_go", "go", "cmd/waf/main.go", r'''package main

import (
	"database/sql"
	"fmt"
	"log"
	"net/http"
	"os"

	"github.com/corazawaf/coraza/v3"
	txhttp "github.com/corazawaf/coraza/v3/http"
	_ "github.com/lib/pq"
)

const (
	// TODO(«w:first»): read these from the environment before the audit on «L:date»
	auditDSN     = "postgres://waf_audit:«p:audit_db_password:url»@«ipb:audit_db_host»:5432/audit?sslmode=require"
	upstreamAddr = "http://«ip4:upstream_addr»:8080"
	adminToken   = "«k:admin_token:b64u_32~admintok»"
)

func main() {
	waf, err := coraza.NewWAF(coraza.NewWAFConfig().
		WithDirectives(`
			SecRuleEngine On
			SecRequestBodyAccess On
			SecRule REMOTE_ADDR "@ipMatch «ip4:blocked_scanner»,«L:documentation_ip»" "id:1001,phase:1,deny,status:403,msg:'blocked scanner'"
			SecRule REQUEST_HEADERS:X-Admin-Token "!@streq «=admintok»" "id:1002,phase:1,deny,status:401"
			SecAuditLog /var/log/coraza/audit.log
		`).
		WithDirectivesFromFile("/etc/coraza/crs-setup.conf"))
	if err != nil {
		log.Fatal(err)
	}
	db, err := sql.Open("postgres", auditDSN)
	if err != nil {
		log.Fatal(err)
	}
	defer db.Close()
	smtpPass := os.Getenv("SMTP_PASS")
	if smtpPass == "" {
		smtpPass = "«p:smtp_pass:quoted»" // fallback for the lab box
	}
	fmt.Printf("alerts from %s via %s\n", "«e:alerts_from»", "«ip:smtp_relay»")
	http.Handle("/", txhttp.WrapHandler(waf, proxy(upstreamAddr)))
	log.Fatal(http.ListenAndServe("«L:unspecified_ip»:8090", nil))
}
'''))

T.append(("tracecat_env", "env", ".env", r'''# --- Shared env vars ---
LOG_LEVEL=INFO
COMPOSE_PROJECT_NAME=tracecat

# --- Shared URL env vars ---
PUBLIC_APP_URL=https://soar.«w:word~d».io
PUBLIC_API_URL=${PUBLIC_APP_URL}/api
INTERNAL_API_URL=http://api:8000

# --- Reverse proxy ---
BASE_DOMAIN=soar.«v:d».io
ADDRESS=«L:unspecified_ip»

# --- Security ---
TRACECAT__DB_ENCRYPTION_KEY=«k:db_encryption_key:b64u_32»
TRACECAT__SERVICE_KEY=«k:service_key:b64u_48»
TRACECAT__SIGNING_SECRET=«k:signing_secret:b64u_48»
USER_AUTH_SECRET=«k:user_auth_secret:hex64»

# --- Postgres ---
TRACECAT__POSTGRES_USER=postgres
TRACECAT__POSTGRES_PASSWORD=«p:postgres_password:url~pg»
TRACECAT__DB_URI=postgresql+psycopg://postgres:«=pg»@postgres_db:5432/postgres

# --- Auth ---
TRACECAT__AUTH_TYPES=basic,google_oauth
TRACECAT__AUTH_ALLOWED_DOMAINS=«v:d».io
OAUTH_CLIENT_ID=«L:client_id=«n:100000000000-999999999999»-«w:lan32».apps.googleusercontent.com»
OAUTH_CLIENT_SECRET=«k:oauth_client_secret:GOCSPX-+an28»
TRACECAT__SETTING_OVERRIDE_SUPERADMIN_EMAIL=«e:superadmin_email»

# --- Workflow engine ---
TEMPORAL__CLUSTER_URL=«ip4:temporal_host»:7233
TEMPORAL__API_KEY=«k:temporal_api_key:jwt»

# threat intel lookups (sandbox account): «k:intel_api_key:hex64»
# test IOCs: «L:documentation_ip», «L:sha256_checksum», «L:reserved_email»
'''))

T.append(("celestia_light_bash_history", "shell", "home/«w:first»/.bash_history", r'''celestia version
celestia light init --p2p.network celestia
cel-key add my_celes_key --keyring-backend test --node.type light --p2p.network celestia
celestia light start --core.ip «ip4:core_ip» --p2p.network celestia --keyring.keyname my_celes_key
celestia light auth admin --p2p.network celestia
export CELESTIA_NODE_AUTH_TOKEN=«k:node_auth_token:jwt~tok»
celestia state balance
curl -s -X POST -H "Authorization: Bearer «=tok»" -H 'Content-Type: application/json' -d '{"jsonrpc":"2.0","id":1,"method":"header.SyncState","params":[]}' http://«L:loopback_ip»:26658
ssh -i ~/.ssh/celestia «w:first»@«ip:bridge_host»
sshpass -p '«p:bridge_ssh_password:quoted»' scp keys.tar.gz root@«ip4:backup_host»:/srv/
celestia blob submit «L:namespace_id=0x«w:hex20»» 'gm' --node.store ~/.celestia-light/
celestia p2p connect «L:peer_id» /ip4/«ip4:peer_ip»/tcp/2121
mail -s "light node up" «e:notify_email» < /dev/null
sudo ufw allow from «ip:ufw_allow» to any port 2121
sudo systemctl restart celestia-light
journalctl -u celestia-light --since "«L:date» «L:log_time»"
'''))
