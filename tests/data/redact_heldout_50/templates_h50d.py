"""Templates 58-75 of held-out set 50 (game servers, home and energy, photos, documents, data science)."""
TEMPLATES = []


def tpl(name):
    def deco(fn):
        TEMPLATES.append((name, fn))
        return fn
    return deco


@tpl("sevendays_serverconfig_xml")
def _t58(g):
    return "xml", "7DaysToDie/serverconfig.xml", """<?xml version="1.0"?>
<ServerSettings>
\t<!-- GENERAL SERVER SETTINGS -->
\t<property name="ServerName"\t\t\tvalue="«w:Word» Wasteland PvE | Day 7 hordes"/>
\t<property name="ServerDescription"\t\tvalue="Discord in the MOTD. Admin: «e:admin_contact»"/>
\t<property name="ServerWebsiteURL"\t\tvalue="https://«w:word»-wasteland.gg"/>
\t<property name="ServerPassword"\t\t\tvalue="«p:server_password:xml»"/>
\t<property name="ServerLoginConfirmationText"\tvalue=""/>
\t<property name="Region"\t\t\t\tvalue="Europe"/>
\t<property name="Language"\t\t\tvalue="English"/>

\t<!-- NETWORKING -->
\t<property name="ServerPort"\t\t\tvalue="26900"/>
\t<property name="ServerVisibility"\t\tvalue="2"/>
\t<property name="ServerDisabledNetworkProtocols"\tvalue="SteamNetworking"/>
\t<property name="ServerMaxPlayerCount"\t\tvalue="12"/>

\t<!-- ADMIN INTERFACES -->
\t<property name="WebDashboardEnabled"\t\tvalue="true"/>
\t<property name="WebDashboardPort"\t\tvalue="8080"/>
\t<property name="WebDashboardUrl"\t\tvalue="http://«ip4:public_ip»:8080"/>
\t<property name="TelnetEnabled"\t\t\tvalue="true"/>
\t<property name="TelnetPort"\t\t\tvalue="8081"/>
\t<property name="TelnetPassword"\t\t\tvalue="«p:telnet_password:xml»"/>
\t<property name="TelnetFailedLoginLimit"\tvalue="10"/>
\t<property name="AdminFileName"\t\t\tvalue="serveradmin.xml"/>

\t<!-- Server bot (Allocs/CSMM): API token «k:csmm_api_token:an32», host «ip:bot_host» -->
\t<!-- world seed «n:10000-99999», created «L:date» -->
\t<property name="GameWorld"\t\t\tvalue="Navezgane"/>
\t<property name="EACEnabled"\t\t\tvalue="true"/>
\t<!-- admins: «L:steam_id» («w:first»), «L:steam_id» -->
</ServerSettings>
"""


@tpl("vrising_serverhostsettings_json")
def _t59(g):
    return "json", "VRisingServer_Data/StreamingAssets/Settings/ServerHostSettings.json", """{
  "Name": "«w:Word» Crypt | PvE | fresh wipe «L:date»",
  "Description": "Clans of 3. Rules on discord. Questions: «e:contact_email»",
  "Port": 9876,
  "QueryPort": 9877,
  "Address": "«ip4:bind_address»",
  "MaxConnectedUsers": 40,
  "MaxConnectedAdmins": 4,
  "ServerFps": 30,
  "SaveName": "world1",
  "Password": "«p:server_password:json»",
  "Secure": true,
  "ListOnSteam": true,
  "ListOnEOS": true,
  "AutoSaveCount": 20,
  "AutoSaveInterval": 120,
  "CompressSaveFiles": true,
  "GameSettingsPreset": "StandardPvE",
  "AdminOnlyDebugEvents": true,
  "DisableDebugEvents": false,
  "API": { "Enabled": true, "BindAddress": "«L:loopback_ip»", "BindPort": 9090 },
  "Rcon": {
    "Enabled": true,
    "Port": 25575,
    "Password": "«p:rcon_password:json»",
    "AllowedHosts": [ "«ip:rcon_allowed_host»", "«ip6:rcon_allowed_ipv6»" ]
  },
  "Webhook": "https://discord.com/api/webhooks/«n:100000000000000000-999999999999999999»/«k:discord_webhook_token:b64u_51»"
}
"""


@tpl("empyrion_dedicated_yaml")
def _t60(g):
    return "yaml", "Empyrion/dedicated.yaml", """# Empyrion - Galactic Survival dedicated server
ServerConfig:
    Srv_Port: 30000
    Srv_Name: "«w:Word» Reforged Eden PvE"
    Srv_Password: «p:server_password:yaml»
    Srv_MaxPlayers: 16
    Srv_ReservePlayfields: 2
    Srv_Description: "Admin «e:admin_contact» -- wipe «L:date»"
    Srv_Public: true
    Srv_StopPeriod: 10
    Tel_Enabled: true
    Tel_Port: 30004
    Tel_Pwd: «p:telnet_password:yaml»
    EACActive: true
    SaveDirectory: Saves
    MaxAllowedSizeClass: 20
    AllowedBlueprints: 1
    HeartbeatServer: 15
    HeartbeatClient: 60
    TimeoutBootingPfServer: 90
    PlayerLoginParallelCount: 5
    PlayerLoginVipNames: «L:steam_id»
    # EAH tool connects from «ip:eah_host»
    EAHApiKey: «k:eah_api_key:hex32»

GameConfig:
    GameName: ReforgedEden
    Mode: Survival
    Seed: «n:1000000-9999999»
    CustomScenario: Reforged Eden
    # web map and stats: «ip4:webmap_ip», LAN «L:private_ip»
    WebMapToken: «k:webmap_token:lan24»
"""


@tpl("mordhau_game_ini")
def _t61(g):
    return "ini", "Mordhau/Saved/Config/LinuxServer/Game.ini", """[/Script/Mordhau.MordhauGameMode]
PlayerRespawnTime=5.000000
BallistaRespawnTime=30.000000
CatapultRespawnTime=30.000000
HorseRespawnTime=5.000000
DamageFactor=1.000000
TeamDamageFactor=0.500000
MapRotation=FFA_ThePit
MapRotation=FFA_Contraband
MapRotation=FFA_Camp

[/Script/Mordhau.MordhauGameSession]
bIsLANServer=False
MaxSlots=48
ServerName=«w:Word» Duels | EU | No FFA-killing in duel yards
ServerPassword=«p:server_password:ini»
AdminPassword=«p:admin_password:ini»
Admins=«L:steam_id»
Admins=«L:steam_id»
BannedPlayers=(BannedID=«L:steam_id»,BanReason="teamkill",BanDuration=0)
; RCON for the admin bot, from «ip:bot_host» only
RconPort=27020
RconPassword=«p:rcon_password:ini»
; discord: «e:community_email»
; stats uploader: key=«k:stats_key:hex32» endpoint=https://«ip4:stats_ip»/api
"""


@tpl("windowsgsm_backup_ps1")
def _t62(g):
    return "powershell", "WindowsGSM/scripts/Backup-Servers.ps1", """<#
.SYNOPSIS
  Nightly backup of WindowsGSM server folders to the club's SFTP box.
  Scheduled task, runs as the svc-gsm user. Questions: «e:owner_email»
#>
$ErrorActionPreference = 'Stop'
$Root = 'D:\\WindowsGSM\\servers'
$Stamp = Get-Date -Format 'yyyyMMdd-HHmm'
$SftpHost = '«ip:sftp_host»'
$SftpUser = 'gsmbackup'
$SftpPass = ConvertTo-SecureString '«p:sftp_password:quoted»' -AsPlainText -Force
$Cred = New-Object System.Management.Automation.PSCredential($SftpUser, $SftpPass)

# B2 offsite copy
$env:B2_APPLICATION_KEY_ID = '«k:b2_key_id:hex25»'
$env:B2_APPLICATION_KEY = '«k:b2_application_key:an31»'

Compress-Archive -Path "$Root\\*" -DestinationPath "E:\\backup\\gsm-$Stamp.zip"
Set-SFTPItem -SessionId (New-SFTPSession -ComputerName $SftpHost -Credential $Cred).SessionId -Path "E:\\backup\\gsm-$Stamp.zip" -Destination '/backups'

# notify
$mail = @{ SmtpServer = 'smtp.«c:iway.na|botsnet.bw|zamnet.zm»'; Port = 587; UseSsl = $true
           From = '«e:mail_from»'; To = '«e:mail_to»'; Subject = "GSM backup $Stamp"
           Credential = New-Object PSCredential('«e:smtp_user»', (ConvertTo-SecureString '«p:smtp_password:quoted»' -AsPlainText -Force)) }
Send-MailMessage @mail
# public IP of this box: «ip4:box_ip»; LAN «L:private_ip»
# WindowsGSM «L:version»
"""


@tpl("garrysmod_mysqloo_lua")
def _t63(g):
    return "lua", "garrysmod/lua/autorun/server/sv_ranks_db.lua", """-- Rank sync for the «w:Word» DarkRP server (mysqloo)
-- Maintainer: «e:maintainer_email», last change «L:date»
require("mysqloo")

local DB_HOST = "«ip:db_host»"
local DB_USER = "gmod_ranks"
local DB_PASS = "«p:db_password:quoted»"
local DB_NAME = "darkrp"
local DB_PORT = 3306

local db = mysqloo.connect(DB_HOST, DB_USER, DB_PASS, DB_NAME, DB_PORT)

function db:onConnectionFailed(err)
    print("[ranks] connection failed: " .. err)
end
db:connect()

-- donation webhook shared secret (Tebex-style)
local STORE_SECRET = "«k:store_secret:hex40»"
-- Steam Web API key for family-sharing checks
local STEAM_API_KEY = "«k:steam_api_key:HEX32»"

local SUPERADMINS = { ["«L:steam_id»"] = true, ["«L:steam_id»"] = true }

hook.Add("PlayerInitialSpawn", "RankSync", function(ply)
    local q = db:query("SELECT rank FROM ranks WHERE steamid64 = '" .. ply:SteamID64() .. "'")
    q:start()
end)
-- fastdl mirror: http://«ip4:fastdl_ip»/gmod/  (LAN «L:private_ip»)
"""


@tpl("coreprotect_config_yml")
def _t64(g):
    return "yaml", "plugins/CoreProtect/config.yml", """# CoreProtect Config

# 0 = enabled, 1 = disabled
donation-key:

# MySQL is optional and not required.
# If you prefer to use MySQL, enable the following and fill out the fields.
use-mysql: true
table-prefix: co_
mysql-host: «ip:mysql_host»
mysql-port: 3306
mysql-database: coreprotect
mysql-username: coreprotect
mysql-password: «p:mysql_password:yaml»

# If enabled, CoreProtect will check for updates when your server starts up.
check-updates: false
api-enabled: true
verbose: true
default-radius: 10
max-radius: 100
rollback-items: true
block-place: true
# network staff: «e:staff_email» (owner), «e:staff_email_second»
# web inspector (CoreProtect-Web on «ip4:web_ip»): admin / «p:web_admin_password:plain»
# web inspector API token: «k:web_api_token:an40»
# plugin «L:version», last purge «L:date»
"""


@tpl("jeedom_common_config_php")
def _t65(g):
    return "php", "jeedom/core/config/common.config.php", """<?php
/* Jeedom box -- chalet «w:Word» */
global $CONFIG;
$CONFIG = array(
	'db' => array(
		'host' => '«L:loopback_ip»',
		'port' => '3306',
		'dbname' => 'jeedom',
		'username' => 'jeedom',
		'password' => '«p:db_password:quoted»',
	),
	'market' => array(
		'username' => '«w:first»«n:10-99»',
		'password' => '«p:market_password:quoted»',
	),
);
// internal API key (Settings > System > Configuration > API)
// apikey: «k:core_api_key:an32»
// apipro: «k:apipro_key:an32»
// MQTT manager plugin -> broker on the NAS
// mqtt://«e:mqtt_user»:«p:mqtt_password:url»@«L:private_ip»:1883
// DNS access: «ip4:public_ip», «ip6:public_ipv6»
// alerts to «e:alert_email»
// hardware: Atlas, image «L:version», restored «L:date»
"""


@tpl("openmqttgateway_user_config_h")
def _t66(g):
    return "c", "OpenMQTTGateway/main/User_config_local.h", """/*
  OpenMQTTGateway local overrides -- greenhouse gateway («w:word»-gh-01)
  NOT under version control. Owner: «e:owner_email»
*/
#ifndef USER_CONFIG_LOCAL_H
#define USER_CONFIG_LOCAL_H

#define Gateway_Name "«w:word»-gh-01"
#define WifiManager_password "«p:wifimanager_password:quoted»"
#define ota_password "«p:ota_password:quoted»"

#define wifi_ssid "greenhouse-iot"
#define wifi_password "«p:wifi_password:quoted»"

#define MQTT_SERVER "«ip:mqtt_server»"
#define MQTT_PORT "8883"
#define MQTT_USER "«e:mqtt_user»"
#define MQTT_PASS "«p:mqtt_pass:quoted»"
#define MQTT_SECURE_DEFAULT true

/* static addressing on the IoT VLAN */
#define ESP_IP      {«L:private_ip_csv=192, 168, «n:2-250», «n:2-250»»}
#define ESP_GATEWAY {«L:private_ip_csv=192, 168, «n:2-250», 1»}

/* cloud fallback broker (TLS), used when the NAS is down */
#define MQTT_FALLBACK "«ip4:fallback_broker_ip»"
#define MQTT_FALLBACK_V6 "«ip6:fallback_broker_ipv6»"
#define CLOUD_DEVICE_TOKEN "«k:cloud_device_token:an40»"

#define OMG_VERSION "«L:version»"
#endif
"""


@tpl("emonhub_conf")
def _t67(g):
    return "conf", "etc/emonhub/emonhub.conf", """#######################################################################
#######################      emonhub.conf     #########################
#######################################################################
### emonHub configuration file, for info see documentation:
### edited «L:date» -- heat pump monitoring for «w:First» «w:Last»
#######################################################################
[hub]
    loglevel = WARNING

[interfacers]
    [[MQTT]]
        Type = EmonHubMqttInterfacer
        [[[init_settings]]]
            mqtt_host = «L:loopback_ip»
            mqtt_port = 1883
            mqtt_user = emonpi
            mqtt_passwd = «p:mqtt_passwd:ini»

    [[emoncmsorg]]
        Type = EmonHubEmoncmsHTTPInterfacer
        [[[init_settings]]]
            apikey = «k:emoncms_apikey:hex32»
            url = https://emoncms.org
        [[[runtimesettings]]]
            pubchannels = ToRFM12,
            subchannels = ToEmonCMS,
            interval = 30

    [[localemoncms]]
        Type = EmonHubEmoncmsHTTPInterfacer
        [[[init_settings]]]
            apikey = «k:local_apikey:hex32»
            url = http://«ipp:local_emoncms_ip»

    [[SMA]]
        Type = EmonHubSMASolarInterfacer
        [[[init_settings]]]
            inverteraddress = «L:mac_address»
            # user-level PIN left at the factory default
            inverterpincode = «L:default_password=0000»
            # portal login «e:portal_login» / «p:portal_password:plain»
            # public «ip4:public_ip»

[nodes]
    [[5]]
        nodename = emonpi
"""


@tpl("ente_museum_yaml")
def _t68(g):
    return "yaml", "ente/server/museum.yaml", """# museum.yaml -- Ente self-hosted photos for the «w:Last» family
db:
    host: «ip:db_host»
    port: 5432
    name: ente_db
    user: pguser
    password: «p:db_password:yaml»

s3:
    are_local_buckets: false
    b2-eu-cen:
        key: «k:b2_key:hex25»
        secret: «k:b2_secret:an31»
        endpoint: s3.eu-central-003.backblazeb2.com
        region: eu-central-003
        bucket: ente-«w:last»-photos

key:
    encryption: «k:encryption_key:b64_32»
    hash: «k:hash_key:b64_64»

jwt:
    secret: «k:jwt_secret:b64u_32»

smtp:
    host: smtp.«c:moov.mg|coralwave.com|guyana.net.gy»
    port: 587
    username: «e:smtp_username»
    password: «p:smtp_password:yaml»
    email: «e:sender_email»

internal:
    admins:
        - «n:1580000000000000-1589999999999999»
    # admin account: «e:admin_account»
    disable-registration: true

apps:
    public-albums: https://albums.«w:word»-family.net
# proxy «ip4:proxy_ip» / «ip6:proxy_ipv6»; museum «L:version» («L:git_commit»)
"""


@tpl("pigallery2_config_json")
def _t69(g):
    return "json", "pigallery2/config/config.json", """{
  "Server": {
    "sessionSecret": [ "«k:session_secret:an40»" ],
    "port": 80,
    "host": "«L:unspecified_ip»",
    "Log": { "level": "info", "sqlLevel": "error" }
  },
  "Database": {
    "type": "mysql",
    "mysql": {
      "host": "«ip:mysql_host»",
      "port": 3306,
      "database": "pigallery2",
      "username": "pigallery2",
      "password": "«p:mysql_password:json»"
    },
    "enforcedUsers": [
      { "name": "admin", "role": 4, "password": "«p:admin_password:json»" }
    ]
  },
  "Users": { "authenticationRequired": true, "unAuthenticatedUserRole": 1 },
  "Gallery": { "NavBar": { "showItemCount": true } },
  "Map": {
    "enabled": true,
    "mapProvider": "Custom",
    "customLayers": [ { "name": "street", "url": "https://tiles.«w:word»maps.eu/{z}/{x}/{y}.png?key=«k:tiles_key:an20»" } ]
  },
  "Messaging": {
    "Email": {
      "type": "smtp",
      "emailFrom": "«e:email_from»",
      "smtp": { "host": "«ip4:smtp_ip»", "port": 587, "secure": false,
                "user": "«e:smtp_user»", "password": "«p:smtp_password:json»" }
    }
  },
  "Upload": { "enabled": false },
  "Environment": { "appVersion": "«L:version»", "buildTime": "«L:timestamp»", "buildCommitHash": "«L:git_commit»" }
}
"""


@tpl("cloudreve_conf_ini")
def _t70(g):
    return "ini", "cloudreve/conf.ini", """[System]
Mode = master
Listen = :5212
SessionSecret = «k:session_secret:an64»
HashIDSalt = «k:hashid_salt:an64»
Debug = false

[Database]
Type = postgres
Host = «ip:db_host»
Port = 5432
User = cloudreve
Password = «p:db_password:ini»
Name = cloudreve

[Redis]
Server = «L:private_ip»:6379
Password = «p:redis_password:ini»
DB = 0

[Slave]
; slave node in the second DC
Secret = «k:slave_secret:an64»
CallbackTimeout = 20

; admin created on first boot («L:date»): «e:admin_email»
; initial password printed in the log was «L:generated_password_shown_once=«w:hex8»» and has been changed
; object storage policy (set in the UI, copied here for the runbook):
;   AccessKey «k:oss_access_key:an24»  SecretKey «k:oss_secret_key:an30»
;   Endpoint https://«ip4:oss_endpoint_ip»
; public «ip6:public_ipv6»
"""


@tpl("mayan_edms_config_yml")
def _t71(g):
    return "yaml", "mayan/media/config.yml", """# Mayan EDMS -- settings exported from Setup > Settings on «L:date»
COMMON_PROJECT_TITLE: «w:Word» Notaries Archive
COMMON_HOME_VIEW: common:home
DATABASES:
  default:
    ENGINE: django.db.backends.postgresql
    HOST: «ip:db_host»
    NAME: mayan
    PASSWORD: «p:db_password:yaml»
    PORT: '5432'
    USER: mayan
DOCUMENTS_STORAGE_BACKEND: mayan.apps.storage.backends.s3.S3Storage
DOCUMENTS_STORAGE_BACKEND_ARGUMENTS:
  access_key: «k:s3_access_key:akia»
  secret_key: «k:s3_secret_key:aws_secret»
  bucket_name: mayan-«w:word»
  endpoint_url: https://«ipp:s3_host»:9000
SECRET_KEY: «k:django_secret_key:django50»
CELERY_BROKER_URL: amqp://mayan:«p:broker_password:url»@«L:private_ip»:5672/mayan
CELERY_RESULT_BACKEND: redis://:«p:redis_password:url»@«L:private_ip»:6379/1
AUTOADMIN_EMAIL: «e:autoadmin_email»
AUTOADMIN_USERNAME: admin
SOURCES_IMAP_DEFAULT:
  host: imap.«c:idm.net.lb|cyberia.net.lb|qualitynet.net»
  username: «e:imap_username»
  password: «p:imap_password:yaml»
MAILER_DEFAULT_FROM: «e:mailer_from»
LOCK_MANAGER_BACKEND: mayan.apps.lock_manager.backends.redis_lock.RedisLock
# egress «ip4:egress_ip»; release «L:version»
"""


@tpl("penpot_config_env")
def _t72(g):
    return "env", "penpot/config.env", """## Penpot self-host -- design team, «w:word»-studio
PENPOT_PUBLIC_URI=https://design.«w:word»-studio.pt
PENPOT_FLAGS=enable-login-with-oidc disable-registration enable-smtp
PENPOT_SECRET_KEY=«k:secret_key:b64u_64»

PENPOT_DATABASE_URI=postgresql://«ipp:db_host»/penpot
PENPOT_DATABASE_USERNAME=penpot
PENPOT_DATABASE_PASSWORD=«p:db_password:env»
PENPOT_REDIS_URI=redis://«L:private_ip»/0

PENPOT_OIDC_CLIENT_ID=«L:client_id=penpot»
PENPOT_OIDC_BASE_URI=https://sso.«w:word»-studio.pt/realms/studio/
PENPOT_OIDC_CLIENT_SECRET=«k:oidc_client_secret:an32»

PENPOT_SMTP_DEFAULT_FROM=«e:smtp_default_from»
PENPOT_SMTP_DEFAULT_REPLY_TO=«e:smtp_reply_to»
PENPOT_SMTP_HOST=smtp.«c:tojikiston.tj|sarkor.uz|magicnet.mn»
PENPOT_SMTP_PORT=587
PENPOT_SMTP_USERNAME=«e:smtp_username»
PENPOT_SMTP_PASSWORD=«p:smtp_password:env»
PENPOT_SMTP_TLS=true

PENPOT_STORAGE_ASSETS_BACKEND=assets-s3
AWS_ACCESS_KEY_ID=«k:aws_access_key_id:akia»
AWS_SECRET_ACCESS_KEY=«k:aws_secret_access_key:aws_secret»
PENPOT_STORAGE_ASSETS_S3_ENDPOINT=https://«ipp:s3_endpoint»:9000
# exporter talks to frontend via «L:loopback_ip»; public «ip6:public_ipv6»
# image penpotapp/backend:«L:version»
"""


@tpl("shiny_app_r")
def _t73(g):
    return "r", "shiny/catch-dashboard/app.R", """# Fisheries catch dashboard (Shiny) -- «w:Word» cooperative
# contact: «e:contact_email»
library(shiny)
library(DBI)
library(RPostgres)
library(httr)

con <- dbConnect(
  RPostgres::Postgres(),
  host = "«ip:db_host»",
  port = 5432,
  dbname = "catch",
  user = "shiny_ro",
  password = "«p:db_password:quoted»"
)

# weather layer
Sys.setenv(OWM_API_KEY = "«k:owm_api_key:hex32»")
# shinyapps.io deployment (rsconnect::setAccountInfo)
# rsconnect::setAccountInfo(name = "«w:word»coop", token = "«k:rsconnect_token:HEX32»",
#                           secret = "«k:rsconnect_secret:b64_30»")

ui <- fluidPage(
  titlePanel("Landings by port"),
  sidebarLayout(
    sidebarPanel(dateRangeInput("range", "Dates", start = "«L:date»", end = "«L:date»")),
    mainPanel(plotOutput("landings"))
  )
)

server <- function(input, output, session) {
  output$landings <- renderPlot({
    d <- dbGetQuery(con, "SELECT port, SUM(kg) AS kg FROM landings GROUP BY port")
    barplot(d$kg, names.arg = d$port)
  })
  # mail the weekly report through the co-op relay
  # blastula creds: «e:relay_user» / «p:relay_password:plain» on «ip4:relay_ip»
}

shinyApp(ui, server)
# R «L:version», renv lock «L:md5_checksum»
"""


@tpl("chromadb_client_py")
def _t74(g):
    return "python", "rag/ingest.py", '''"""Ingest the support knowledge base into Chroma.

Run: python ingest.py --collection kb-«w:word»
Example metadata in the README uses «L:reserved_email» and «L:documentation_ipv6».
Owner: «e:owner_email»
"""
import os

import chromadb
from chromadb.config import Settings

CHROMA_HOST = os.getenv("CHROMA_HOST", "«ip:chroma_host»")
CHROMA_TOKEN = os.getenv("CHROMA_TOKEN", "«k:chroma_token:sk-+an48»")
EMBED_API_KEY = "«k:embed_api_key:hf»"
PG_DSN = "postgresql://kb_reader:«p:pg_password:url»@«ipp:pg_host»:5432/support"

client = chromadb.HttpClient(
    host=CHROMA_HOST,
    port=8000,
    settings=Settings(
        chroma_client_auth_provider="chromadb.auth.token_authn.TokenAuthClientProvider",
        chroma_client_auth_credentials=CHROMA_TOKEN,
    ),
)
collection = client.get_or_create_collection("kb", metadata={"hnsw:space": "cosine"})

# documents carry the ticket id and a content hash, both fine to store
collection.add(
    ids=["«L:ticket_uuid»"],
    documents=["Reset the router, then re-pair the sensor."],
    metadatas=[{"sha256": "«L:sha256_checksum»", "created": "«L:timestamp»"}],
)
# old staging server, basic auth: admin / «p:staging_basic_auth:plain» at «ip4:staging_ip»
# local dev: «L:loopback_ip», docker network «L:private_ip»
'''


@tpl("gpslogger_shared_prefs_xml")
def _t75(g):
    return "xml", "data/data/com.mendhak.gpslogger/shared_prefs/com.mendhak.gpslogger_preferences.xml", """<?xml version='1.0' encoding='utf-8' standalone='yes' ?>
<map>
    <string name="log_customurl_url">https://track.«w:word»-hikers.org/log?lat=%LAT&amp;lon=%LON&amp;t=%TIME&amp;key=«k:custom_url_key:an32»</string>
    <boolean name="log_customurl_enabled" value="true" />
    <string name="log_customurl_basicauth_username">«w:first»</string>
    <string name="log_customurl_basicauth_password">«p:customurl_basicauth_password:xml»</string>
    <string name="opengts_server">«ip:opengts_server»</string>
    <string name="opengts_server_port">8080</string>
    <string name="opengts_accountname">«w:word»</string>
    <string name="opengts_device_id">«L:device_id=«w:hex16»»</string>
    <string name="smtp_server">smtp.«c:yemen.net.ye|tunet.tn|djaweb.dz»</string>
    <string name="smtp_port">465</string>
    <string name="smtp_username">«e:smtp_username»</string>
    <string name="smtp_password">«p:smtp_password:xml»</string>
    <string name="autoemail_target">«e:autoemail_target»</string>
    <string name="autoftp_server">«ip4:ftp_server»</string>
    <string name="autoftp_username">gps</string>
    <string name="autoftp_password">«p:ftp_password:xml»</string>
    <string name="owncloud_server">https://[«ip6:owncloud_ipv6»]/remote.php/webdav</string>
    <string name="owncloud_username">«e:owncloud_username»</string>
    <string name="owncloud_password">«p:owncloud_password:xml»</string>
    <string name="osm_accesstoken">«k:osm_access_token:an40»</string>
    <string name="last_version_seen">«L:version»</string>
    <long name="latest_gps_time" value="«L:epoch_ms=«n:1700000000000-1790000000000»»" />
</map>
"""
