"""Templates 39-57 of held-out set 50 (package registries, telephony, game servers)."""
TEMPLATES = []


def tpl(name):
    def deco(fn):
        TEMPLATES.append((name, fn))
        return fn
    return deco


@tpl("kellnr_cargo_config_toml")
def _t39(g):
    return "toml", "kellnr-setup/notes.toml", """# Private crate registry on kellnr -- pasted config from both sides
# (a) /opt/kellnr/config/default.toml (server)
[registry]
data_dir = "/opt/kellnr"
session_age_seconds = 28800
auth_required = true
admin_pwd = "«p:admin_pwd:quoted»"
admin_token = "«k:admin_token:an32»"

[local]
ip = "«L:unspecified_ip»"
port = 8000

[origin]
hostname = "crates.«w:word»-embedded.no"
port = 443
protocol = "https"

[postgresql]
enabled = true
address = "«ip:pg_address»"
port = 5432
db = "kellnr"
user = "kellnr"
pwd = "«p:pg_pwd:quoted»"

[s3]
enabled = true
access_key = "«k:s3_access_key:uan20»"
secret_key = "«k:s3_secret_key:an40»"
endpoint = "http://«L:private_ip»:9000"

# (b) ~/.cargo/credentials.toml on the CI runner
[registries.kellnr]
token = "«k:cargo_registry_token:an32»"

# (c) ~/.cargo/config.toml
[registries.kellnr]
index = "sparse+https://crates.«w:word»-embedded.no/api/v1/crates/"
[net]
git-fetch-with-cli = true
# owner: «e:owner_email»; mirror box «ip4:mirror_ip» / «ip6:mirror_ipv6»
# crates.io snapshot from «L:date»
"""


@tpl("chartmuseum_makefile")
def _t40(g):
    return "makefile", "charts/Makefile", """# Publish Helm charts to the internal ChartMuseum
# Ask «e:owner_email» before changing the repo URL.
CHARTMUSEUM_URL ?= https://charts.«w:word»-platform.io
CHARTMUSEUM_USER ?= ci-publisher
CHARTMUSEUM_PASS ?= «p:chartmuseum_pass:shell»
HELM_VERSION := «L:version»
CHARTS := $(wildcard */Chart.yaml)

.PHONY: lint package push

lint:
\thelm lint $(dir $(CHARTS))

package: lint
\thelm package $(dir $(CHARTS)) -d dist/

push: package
\tfor c in dist/*.tgz; do \\
\t\tcurl -fsS -u $(CHARTMUSEUM_USER):$(CHARTMUSEUM_PASS) --data-binary "@$$c" $(CHARTMUSEUM_URL)/api/charts; \\
\tdone

# legacy mirror behind the VPN (basic auth in the URL, yes)
push-legacy: package
\thelm cm-push dist/*.tgz https://publisher:«p:legacy_mirror_password:url»@«ipp:legacy_mirror_host»:8443

# S3 backend used by chartmuseum itself, for local runs
run-local:
\tSTORAGE=amazon STORAGE_AMAZON_BUCKET=charts STORAGE_AMAZON_REGION=eu-north-1 \\
\tAWS_ACCESS_KEY_ID=«k:aws_access_key_id:akia» AWS_SECRET_ACCESS_KEY=«k:aws_secret_access_key:aws_secret» \\
\tBASIC_AUTH_USER=admin BASIC_AUTH_PASS=«p:basic_auth_pass:shell» chartmuseum --port 8080 --host «L:loopback_ip»

notify:
\tcurl -X POST -H 'Content-type: application/json' --data '{"text":"charts pushed"}' \\
\t\thttps://chat.«w:word»-platform.io/hooks/«k:chat_hook_token:lan26»
"""


@tpl("reposilite_build_gradle_kts")
def _t41(g):
    return "kotlin", "build.gradle.kts", """plugins {
    `java-library`
    `maven-publish`
    kotlin("jvm") version "«L:version»"
}

group = "io.«w:word».telemetry"
version = "«L:version»"

repositories {
    mavenCentral()
    maven {
        name = "reposiliteReleases"
        url = uri("https://maven.«w:word»-telemetry.dev/releases")
        credentials {
            username = "deploy"
            // token created in the Reposilite dashboard on «L:date»
            password = "«k:reposilite_token:b64u_48»"
        }
    }
    maven {
        url = uri("http://«ipp:nexus_legacy_ip»:8081/repository/thirdparty/")
        isAllowInsecureProtocol = true
        credentials {
            username = "«e:legacy_repo_user»"
            password = "«p:legacy_repo_password:quoted»"
        }
    }
}

publishing {
    repositories {
        maven {
            name = "reposilite"
            url = uri("https://maven.«w:word»-telemetry.dev/snapshots")
            credentials(PasswordCredentials::class)
        }
    }
}

// gradle.properties on the build agent:
// reposiliteUsername=«e:publisher_email»
// reposilitePassword=«k:publisher_token:b64u_48»
// signing.keyId=«L:short_gpg_id=«w:hex8»»
// signing.password=«p:signing_password:quoted»
"""


@tpl("zeebe_worker_java")
def _t42(g):
    return "java", "src/main/java/coop/billing/InvoiceWorker.java", """package coop.billing;

import io.camunda.zeebe.client.ZeebeClient;
import io.camunda.zeebe.client.impl.oauth.OAuthCredentialsProvider;
import io.camunda.zeebe.client.impl.oauth.OAuthCredentialsProviderBuilder;
import java.util.Properties;

/**
 * Zeebe job worker that pushes invoices to the ERP.
 * Maintainer: «e:maintainer_email»
 */
public final class InvoiceWorker {
    // TODO move to vault -- «w:first», «L:date»
    private static final String CLIENT_ID = "«L:client_id=billing-worker»";
    private static final String CLIENT_SECRET = "«k:client_secret:an64»";
    private static final String GATEWAY = "«ip4:gateway_ip»:26500";
    private static final String ERP_TOKEN = "«k:erp_token:jwt»";

    public static void main(String[] args) {
        OAuthCredentialsProvider credentials = new OAuthCredentialsProviderBuilder()
            .authorizationServerUrl("https://«ipp:auth_server»/auth/realms/camunda-platform/protocol/openid-connect/token")
            .audience("zeebe-api")
            .clientId(CLIENT_ID)
            .clientSecret(CLIENT_SECRET)
            .build();

        Properties db = new Properties();
        db.setProperty("user", "billing");
        db.setProperty("password", "«p:db_password:quoted»");
        String url = "jdbc:postgresql://«ipp:db_host»:5432/erp";

        try (ZeebeClient client = ZeebeClient.newClientBuilder()
                .gatewayAddress(GATEWAY)
                .credentialsProvider(credentials)
                .build()) {
            client.newWorker()
                .jobType("send-invoice")
                .handler(new InvoiceHandler(url, db, ERP_TOKEN, "«e:invoice_bcc»"))
                .open();
        }
    }
}
// build «L:build_id» from «L:git_commit»
"""


@tpl("jambonz_webhook_js")
def _t43(g):
    return "javascript", "jambonz-app/app.js", """// jambonz webhook app -- after-hours voicemail for the «w:Word» dental clinic
const express = require('express');
const {WebhookResponse} = require('@jambonz/node-client');
const nodemailer = require('nodemailer');

const app = express();
app.use(express.json());

const JAMBONZ_ACCOUNT_SID = '«L:account_uuid»';
const JAMBONZ_API_KEY = process.env.JAMBONZ_API_KEY || '«k:jambonz_api_key:uuid»';
const WEBHOOK_SECRET = '«k:webhook_secret:wh_+an28»';
const SIP_TRUNK = {host: '«ip:sip_trunk_host»', user: 'clinic«n:100-999»', pass: '«p:sip_trunk_password:quoted»'};

const mailer = nodemailer.createTransport({
  host: 'smtp.«c:ncs.com.gh|skannet.com|camnet.cm»',
  port: 587,
  auth: {user: '«e:smtp_user»', pass: '«p:smtp_password:quoted»'},
});

app.post('/voicemail', (req, res) => {
  const app = new WebhookResponse();
  app
    .say({text: 'The clinic is closed. Please leave a message after the tone.'})
    .record({action: '/recorded', maxLength: 120, transcribe: true});
  res.json(app);
});

app.post('/recorded', async (req, res) => {
  await mailer.sendMail({from: '«e:mail_from»', to: '«e:mail_to»', subject: `Voicemail from ${req.body.from}`});
  res.sendStatus(200);
});

// allow only jambonz SBCs
const ALLOWED = ['«ip4:sbc_ip»', '«ip6:sbc_ipv6»', '«L:loopback_ip»'];
app.listen(3000, '«L:unspecified_ip»');
// deployed «L:timestamp», node «L:version»
"""


@tpl("zandronum_server_cfg")
def _t44(g):
    return "cfg", "zandronum/server.cfg", """// Zandronum survival coop server -- «w:Word» clan
sv_hostname "[«w:Word»] Survival Coop | Hell Revealed"
sv_website "https://«w:word»-clan.eu/wads/"
sv_hostemail "«e:host_email»"
sv_maxplayers 8
sv_maxclients 12
sv_motd "Welcome! Report griefers on discord."

// passwords
sv_forcepassword true
sv_password "«p:join_password:cfg»"
sv_rconpassword "«p:rcon_password:cfg»"
sv_forcejoinpassword false
sv_joinpassword "«p:join_password_spectator:cfg»"

// master server + banlist
sv_updatemaster true
masterhostname "master.«w:word»-clan.eu"
sv_banfile "banlist.txt"
sv_enforcebans true
// banned: «ip4:banned_ip» (aimbot, «L:date»), «ip:banned_ip»
addban «ip4:banned_ip» perm "map vote spam"

// upload stats to our site
stats_url "https://«w:word»-clan.eu/api/stats?key=«k:stats_api_key:hex32»"
skill 3
survival true
"""


@tpl("odamex_launch_bat")
def _t45(g):
    return "batch", "odamex/start-ctf.bat", """@echo off
REM Odamex CTF server launcher -- LAN party «L:date»
REM ask «e:organiser_email» for the rcon password if you need it
cd /d C:\\Games\\Odamex
set RCON=«p:rcon_password:word»
set JOINPW=«p:join_password:word»

odasrv.exe -port 10666 -ip «L:unspecified_ip» ^
  +sv_hostname "LAN CTF - «w:Word» Hall" ^
  +sv_gametype 3 +sv_maxclients 16 ^
  +rcon_password %RCON% +join_password %JOINPW% ^
  +sv_email "«e:server_email»" ^
  +sv_usemasters 1 +sv_natport 10666 ^
  -file ctf-«w:word».wad

REM backup upload to the club NAS over the internet
curl -T logs\\odasrv.log ftp://«ipp:ftp_host»/odamex/ --user club:«p:ftp_password:url»
REM public address for the scoreboard: «ip4:scoreboard_ip», v6 «ip6:scoreboard_ipv6»
REM NAS on the hall network is «L:private_ip»
pause
"""


@tpl("trinitycore_worldserver_conf")
def _t46(g):
    return "conf", "trinitycore/etc/worldserver.conf", """###################################################################################################
# WORLD SERVER SETTINGS  (private realm "«w:Word»fall")
#
#    LoginDatabaseInfo
#    WorldDatabaseInfo
#    CharacterDatabaseInfo
#        Description: Database connection settings for the world server.
#        Example:     "hostname;port;username;password;database"
#        Default:     "«L:loopback_ip»;3306;trinity;«L:default_password=trinity»;auth"       - (LoginDatabaseInfo)

LoginDatabaseInfo     = "«ip:login_db_host»;3306;trinity;«p:login_db_password:word»;auth"
WorldDatabaseInfo     = "«L:loopback_ip»;3306;trinity;«p:world_db_password:word»;world"
CharacterDatabaseInfo = "«L:loopback_ip»;3306;trinity;«p:character_db_password:word»;characters"

WorldServerPort = 8085
BindIP = "«L:unspecified_ip»"
RealmID = 1
DataDir = "/opt/trinitycore/data"

# SOAP for the website's account shop
SOAP.Enabled = 1
SOAP.IP = "«L:loopback_ip»"
SOAP.Port = 7878
# soap account: «e:soap_account» / «p:soap_password:plain»

Ra.Enable = 1
Ra.IP = "«ip4:ra_ip»"
Ra.Port = 3443
# website: API key for the vote sites
Vote.ApiKey = "«k:vote_api_key:an32»"
# last core update «L:git_commit» («L:date»)
"""


@tpl("azerothcore_env")
def _t47(g):
    return "env", "azerothcore-wotlk/.env", """# AzerothCore docker -- realm "«w:Word» Rising", copied from conf/dist/.env.docker
DOCKER_DB_ROOT_PASSWORD=«p:db_root_password:env»
DOCKER_DB_EXTERNAL_PORT=3306
DOCKER_WORLD_EXTERNAL_PORT=8085
DOCKER_AUTH_EXTERNAL_PORT=3724
DOCKER_SOAP_EXTERNAL_PORT=7878

AC_LOGIN_DATABASE_INFO="ac-database;3306;root;«p:login_db_password:env»;acore_auth"
AC_WORLD_DATABASE_INFO="ac-database;3306;root;«p:world_db_password:env»;acore_world"
AC_CHARACTER_DATABASE_INFO="ac-database;3306;root;«p:character_db_password:env»;acore_characters"

# realmlist address clients connect to
AC_REALM_ADDRESS=«ip4:realm_address»
AC_REALM_LOCAL_ADDRESS=«L:private_ip»
AC_REALM_ADDRESS_V6=«ip6:realm_ipv6»

# website (CMS) talks SOAP with a GM account
CMS_SOAP_USER=«e:cms_soap_user»
CMS_SOAP_PASS=«p:cms_soap_pass:env»
RECAPTCHA_SECRET=«k:recaptcha_secret:6L+an38»
RECAPTCHA_SITEKEY=«L:site_key=6L«w:hex8»AAAAA«w:hex12»»
PAYPAL_WEBHOOK_ID=«L:webhook_id=«w:hex16»»
DISCORD_BOT_TOKEN=«k:discord_bot_token:discord»
# image digest «L:image_digest», built «L:date»
"""


@tpl("rathena_inter_athena_conf")
def _t48(g):
    return "conf", "rathena/conf/import/inter_conf.txt", """// rAthena inter-server overrides (import file, not tracked upstream)
// «w:Word»RO -- low rate, renewal. Staff mail: «e:staff_email»

// login-server <-> char-server
login_server_ip: «ip4:login_server_ip»
login_server_db: ragnarok
login_server_id: ragnarok
login_server_pw: «p:login_server_pw:word»

ipban_db_ip: «L:loopback_ip»
ipban_db_pw: «p:ipban_db_pw:word»

char_server_ip: «L:loopback_ip»
char_server_pw: «p:char_server_pw:word»

map_server_ip: «ip:map_server_ip»
map_server_port: 3306
map_server_id: ragnarok
map_server_pw: «p:map_server_pw:word»

log_db_ip: «L:private_ip»
log_db_pw: «p:log_db_pw:word»

// char_athena.conf import: the s1/p1 inter-server account
// userid: s1   passwd: «p:interserver_passwd:plain»
// FluxCP donation listener
// paypal_business: «e:paypal_business»
// control panel installer password «p:cp_installer_password:plain»
"""


@tpl("l2j_loginserver_properties")
def _t49(g):
    return "properties", "l2j/login/config/LoginServer.properties", """# ---------------------------------------------------------------------------
# L2J Login Server  -- «w:Word» Interlude x15
# ---------------------------------------------------------------------------
# This is the server configuration file. Here you can set up the connection for your server.
LoginserverHostname = «L:unspecified_ip»
LoginserverPort = 2106
LoginHostname = «L:loopback_ip»
LoginPort = 9014
# public address handed to the game server
ExternalHostname = «ip4:external_hostname»
InternalHostname = «L:private_ip»

# Database
Driver = org.mariadb.jdbc.Driver
URL = jdbc:mariadb://«ipp:db_host»/l2jls
Login = l2j
Password = «p:db_password:ini»
MaximumDbConnections = 10

# Game server registration: hexid of server 1, generated «L:date»
# HexID = «k:gameserver_hexid:hex32»
AcceptNewGameServer = False
AutoCreateAccounts = False

# Anti-brute force, whitelist the web panel
IpWhitelist = «ip:panel_ip»,«L:loopback_ip»
# panel admin (for the account page): «e:panel_admin» / «p:panel_admin_password:plain»
# captcha on the account page
CaptchaSecret = «k:captcha_secret:hex40»
"""


@tpl("opensim_standalone_ini")
def _t50(g):
    return "ini", "opensim/bin/config-include/StandaloneCommon.ini", """; StandaloneCommon.ini -- «w:Word» Isles grid (standalone + hypergrid)
[DatabaseService]
    StorageProvider = "OpenSim.Data.MySQL.dll"
    ConnectionString = "Data Source=«ip:db_host»;Database=opensim;User ID=opensim;Password=«p:db_password:word»;Old Guids=true;SslMode=None;"

[Hypergrid]
    HomeURI = "http://grid.«w:word»-isles.org:9000"
    GatekeeperURI = "http://grid.«w:word»-isles.org:9000"

[GridInfoService]
    gridname = "«w:Word» Isles"
    gridnick = "isles"
    welcome = http://grid.«w:word»-isles.org/welcome

[EstateDataStore]
    ; first estate owner, created at first boot on «L:date»
    DefaultEstateOwnerName = «w:First» «w:Last»
    DefaultEstateOwnerUUID = «L:avatar_uuid»
    DefaultEstateOwnerEMail = «e:estate_owner_email»
    DefaultEstateOwnerPassword = «p:estate_owner_password:ini»

[Messaging]
    OfflineMessageURL = http://«ip4:offline_msg_ip»/offline.php
    ; remote admin for the web console
[RemoteAdmin]
    enabled = true
    access_password = «p:remote_admin_password:ini»
    access_ip_addresses = «ip:console_ip», «L:loopback_ip»
[LLProxyLoginModule]
    ; address behind the NAT: «L:private_ip»
    ExternalHostName = «ip6:external_ipv6»
"""


@tpl("vintagestory_serverconfig_json")
def _t51(g):
    return "json", "VintagestoryData/serverconfig.json", """{
  "FileEditWarning": "PLEASE NOTE: This file is also updated by the server, make sure the server is stopped",
  "ConfigVersion": "«L:version»",
  "ServerName": "«w:Word»vale survival",
  "ServerUrl": null,
  "ServerDescription": "Whitelisted, ask on the forum. Admin mail «e:admin_mail»",
  "WelcomeMessage": "Welcome {0}, may you survive the temporal storms",
  "Ip": "«L:unspecified_ip»",
  "Port": 42420,
  "Upnp": false,
  "CompressPackets": true,
  "AdvertiseServer": false,
  "MaxClients": 16,
  "Password": "«p:server_password:json»",
  "WhitelistMode": 1,
  "AntiAbuse": 1,
  "ModDbUrl": "https://mods.vintagestory.at/",
  "StartupCommands": "/op «w:first»",
  "Roles": [ { "Code": "admin", "PrivilegeLevel": 99999, "Color": "«L:hex_color»" } ],
  "ModPaths": [ "Mods", "/srv/vs/data/Mods" ],
  "WorldConfig": { "Seed": "«n:100000000-999999999»", "SaveFileLocation": "/srv/vs/data/Saves/default.vcdbs" },
  "RemoteBackup": {
    "Host": "«ip:backup_host»",
    "User": "«e:backup_user»",
    "Password": "«p:backup_password:json»",
    "DiscordWebhook": "https://discord.com/api/webhooks/«n:100000000000000000-999999999999999999»/«k:discord_webhook_token:b64u_51»"
  },
  "LastStarted": "«L:timestamp»"
}
"""


@tpl("conanexiles_serversettings_ini")
def _t52(g):
    return "ini", "ConanSandbox/Saved/Config/WindowsServer/ServerSettings.ini", """[ServerSettings]
AdminPassword=«p:admin_password:ini»
ServerPassword=«p:server_password:ini»
MaxNudity=2
PVPBlitzServer=False
PVPEnabled=True
ServerRegion=1
ServerCommunity=3
IsBattlEyeEnabled=True
RestartTimes=«L:date»
serverRuleFile=rules_«w:word».txt
; clan contact «e:clan_contact»
; RCON (used by the discord bot on «ip:bot_host»)
RconEnabled=1
RconPassword=«p:rcon_password:ini»
RconPort=25575
RconMaxKarma=60

[/Script/Engine.GameSession]
MaxPlayers=40

[/Script/OnlineSubsystemUtils.IpNetDriver]
NetServerMaxTickRate=30

[URL]
Port=7777
; public «ip4:public_ip», LAN «L:private_ip»
MultiHome=«L:private_ip»

[Backups]
UploadKey=«k:backup_upload_key:an40»
UploadUrl=https://«ipp:backup_host»/upload
"""


@tpl("spaceengineers_dedicated_cfg")
def _t53(g):
    return "xml", "SpaceEngineersDedicated/SpaceEngineers-Dedicated.cfg", """<?xml version="1.0"?>
<MyConfigDedicated xmlns:xsd="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
  <SessionSettings>
    <GameMode>Survival</GameMode>
    <MaxPlayers>12</MaxPlayers>
    <EnableRemoteBlockRemoval>false</EnableRemoteBlockRemoval>
    <EnableOxygen>true</EnableOxygen>
  </SessionSettings>
  <LoadWorld>C:\\SE\\Saves\\«w:Word»Belt</LoadWorld>
  <IP>«L:unspecified_ip»</IP>
  <SteamPort>8766</SteamPort>
  <ServerPort>27016</ServerPort>
  <Administrators>
    <unsignedLong>«L:steam_id»</unsignedLong>
    <unsignedLong>«L:steam_id»</unsignedLong>
  </Administrators>
  <Banned />
  <GroupID>«L:steam_id»</GroupID>
  <ServerName>«w:Word» Belt Mining Co.</ServerName>
  <WorldName>«w:Word»Belt</WorldName>
  <ServerPasswordHash>«L:password_hash=«w:hex32»»</ServerPasswordHash>
  <ServerPasswordSalt>«L:password_salt=«w:hex16»»</ServerPasswordSalt>
  <RemoteApiEnabled>true</RemoteApiEnabled>
  <RemoteSecurityKey>«k:remote_security_key:b64_16»</RemoteSecurityKey>
  <RemoteApiPort>8080</RemoteApiPort>
  <RemoteApiIP>«ip:remote_api_ip»</RemoteApiIP>
  <Plugins />
  <WatcherInterval>30</WatcherInterval>
  <AutoUpdateEnabled>false</AutoUpdateEnabled>
  <!-- Torch plugin: web panel login «e:panel_login» / «p:panel_password:plain» -->
  <!-- Mods: «L:workshop_id», «L:workshop_id» -->
  <!-- public «ip4:public_ip» -->
</MyConfigDedicated>
"""


@tpl("assettocorsa_server_cfg_ini")
def _t54(g):
    return "ini", "acserver/cfg/server_cfg.ini", """[SERVER]
NAME=«w:Word» Racing Club | Nordschleife | Sunday league
CARS=ks_porsche_911_gt3_r_2016;ks_ferrari_488_gt3
CONFIG_TRACK=
TRACK=ks_nordschleife
SUN_ANGLE=16
PASSWORD=«p:server_password:ini»
ADMIN_PASSWORD=«p:admin_password:ini»
UDP_PORT=9600
TCP_PORT=9600
HTTP_PORT=8081
MAX_BALLAST_KG=50
QUALIFY_MAX_WAIT_PERC=120
RACE_PIT_WINDOW_START=0
PICKUP_MODE_ENABLED=1
REGISTER_TO_LOBBY=1
MAX_CLIENTS=24
; league steward: «e:steward_email»

[DATA]
DESCRIPTION=Results go to the league site
WEB_LINK=http://«ip4:results_ip»:8772/
WELCOME_PATH=cfg/welcome.txt

[FTP]
HOST=«ip:ftp_host»
LOGIN=«e:ftp_login»
PASSWORD=«p:ftp_password:ini»
FOLDER=/results

[STRACKER]
; stracker http interface on the same box («L:private_ip»)
ADMIN_PASSWORD=«p:stracker_admin_password:ini»
API_KEY=«k:stracker_api_key:hex32»
LAST_EDIT=«L:date»
"""


@tpl("beammp_serverconfig_toml")
def _t55(g):
    return "toml", "BeamMP-Server/ServerConfig.toml", """# This is the BeamMP-Server config file.
# Help & Documentation: `https://docs.beammp.com/server/server-maintenance/`
# IMPORTANT: Fill in the AuthKey with the key you got from `https://keymaster.beammp.com/` on the left under "Keys"

[General]
Name = "«w:Word» Drift Club | Utah"
Port = 30814
# AuthKey has to be filled out in order to run the server
AuthKey = "«k:auth_key:uuid»"
AllowGuests = false
LogChat = true
Debug = false
IP = "«L:unspecified_ip»"
Private = true
InformationPacket = true
Password = "«p:server_password:quoted»"
MaxCars = 2
MaxPlayers = 12
Map = "/levels/utah/info.json"
Description = "Weekly drift night. Contact «e:contact_email»"
ResourceFolder = "Resources"

[Misc]
ImScaredOfUpdates = false
UpdateReminderTime = "30s"

# Discord bridge plugin (Resources/Server/bridge/config.toml)
# bot_token = "«k:discord_bot_token:discord»"
# relay host «ip:relay_host», fallback «ip6:relay_ipv6»
# plugin version «L:version»
"""


@tpl("supertuxkart_server_config_xml")
def _t56(g):
    return "xml", "stk/server_config.xml", """<?xml version="1.0"?>
<server-config version="6" >
    <!-- Name of server, encode in XML if you want to use unicode characters. -->
    <server-name value="«w:Word» Karts (EU)" />
    <server-port value="2759" />
    <server-mode value="3" />
    <server-difficulty value="3" />
    <gp-track-count value="3" />
    <private-server-password value="«p:private_server_password:xml»" />
    <motd value="Be nice. Report problems to «e:motd_contact»" />
    <wan-server value="true" />
    <enable-console value="false" />
    <max-players value="8" />
    <!-- If true, server will only accept players with validated online accounts -->
    <validating-player value="true" />
    <firewalled-server value="false" />
    <ipv6-connection value="true" />
    <server-ip value="«ip4:server_ip»" />
    <server-ipv6 value="«ip6:server_ipv6»" />
    <!-- database for rankings -->
    <sql-management value="true" />
    <database-file value="stkservers.db" />
    <!-- bridge account used by the stats bot -->
    <stats-bot-user value="«e:stats_bot_user»" />
    <stats-bot-token value="«k:stats_bot_token:hex40»" />
    <ip-ban-table value="ip_ban" />
    <!-- banned: «ip:banned_ip» on «L:date» -->
    <lan-server-address value="«L:private_ip»" />
</server-config>
"""


@tpl("redeclipse_servinit_cfg")
def _t57(g):
    return "cfg", "redeclipse/servinit.cfg", """// Red Eclipse dedicated server -- «w:Word» instagib
sv_serverdesc "«w:Word» insta | EU"
sv_servermotd "no bots, no campers. Contact: «e:server_contact»"
sv_serverclients 16
sv_serverport 28801
sv_serverip "«L:unspecified_ip»"

// passwords (server, admin) -- the admin one is shared with «w:first» on IRC
sv_serverpass "«p:server_pass:cfg»"
sv_adminpass "«p:admin_pass:cfg»"

// master server auth: local auth key for the clan
addauth «w:first» m «L:auth_public_key=+«w:hex48»»
sv_masterip "«ip:master_ip»"

// demo uploads to the clan site
sv_demo_upload_url "https://«w:word»-clan.org/demos?token=«k:demo_upload_token:an32»"
// IRC relay
sv_irc_server "«ip4:irc_server»"
sv_irc_pass "«p:irc_pass:cfg»"
// LAN mirror «L:private_ip», v6 «ip6:mirror_ipv6»
sv_ipban "«ip:banned_ip»"
"""
