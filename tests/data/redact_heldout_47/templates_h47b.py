"""Templates for held-out set 47, part b: game servers, course software, signage.

Each template is written one by one; values come from gen_h47.G (passed in as g).
"""

ORDER = [
    'fivem_server_cfg', 'redm_staff_chat_log', 'altv_server_toml', 'samp_server_cfg', 'open_mp_config_json',
    'enshrouded_server_json', 'stationeers_start_bat', 'barotrauma_serversettings_xml',
    'openarena_server_cfg', 'veloren_settings_ron', 'mindustry_console_log', 'cubecoders_ampconfig_conf',
    'mahara_config_php', 'xerte_database_php', 'xibo_cms_env', 'anthias_issue_md',
    'infobeamer_hosted_py', 'fivem_resource_config_lua', 'exelearning_deploy_sh',
]


def t_fivem_server_cfg(g):
    text = f"""# server.cfg -- Kittiwake RP (FiveM)
endpoint_add_tcp "{g.unspec()}:30120"
endpoint_add_udp "{g.unspec()}:30120"

sv_hostname "^3Kittiwake RP ^7| serious roleplay | discord.gg/kittiwake"
sets sv_projectName "Kittiwake RP"
sets tags "roleplay, economy, custom"
sv_maxclients 64
sv_enforceGameBuild {g.num(2699, 3258)}

# keymaster licence key (do not share!)
sv_licenseKey "{g.keyv('license_key', 'cfxk_' + g.alnum(24) + '_' + g.alnum(6))}"
steam_webApiKey "{g.keyv('steam_web_api_key', g.hexs(32).upper())}"
rcon_password "{g.pw('rcon_password', 'quoted')}"

set mysql_connection_string "mysql://fivem:{g.pw('mysql_password', 'url')}@{g.ip('mysql_host_ip', 0.0)}/kittiwake_rp?charset=utf8mb4"
set screenshot_webhook "https://hooks.kittiwake-rp.net/upload/{g.look('webhook_id', str(g.num(10**17, 10**18)))}/{g.key('screenshot_webhook_token', 'b64url43')}"

add_ace group.admin command allow
add_principal identifier.fivem:{g.look('player_id', str(g.num(100000, 9999999)))} group.admin # {g.first()}
add_principal identifier.license:{g.look('license_identifier', g.hexs(40))} group.admin
sv_endpointPrivacy true
# txAdmin runs on http://{g.ipp('txadmin_host_ip', 40120, 0.2)} ; owner mail {g.email('owner_email')}
# artifact build {g.num(5000, 9999)} ({g.short_sha()})
"""
    return 'ini', 'server-data/server.cfg', text


def t_redm_staff_chat_log(g):
    a, b, c = g.first(), g.first(), g.first()
    text = f"""[18:02] {a}: anyone got the new box details for the RedM server?
[18:03] {b}: yeah its {g.ip('server_ip', 0.3)} now, old one {g.ip('old_server_ip', 0.0)} gets wiped friday
[18:03] {b}: txadmin login is {b.lower()} / {g.pw('txadmin_password', 'prose')}
[18:04] {a}: and the db? the oxmysql string still points at {g.priv()}
[18:04] {b}: set mysql_connection_string "mysql://redm:{g.pw('mysql_password', 'url')}@{g.ip('mysql_ip', 0.0)}/frontier?charset=utf8mb4"
[18:05] {c}: pls dont paste that here lol
[18:05] {b}: its the staff channel its fine
[18:06] {c}: rcon is still the old one btw: {g.pw('rcon_password', 'prose')}
[18:07] {a}: ok. who owns the keymaster account? need the licence key for the new ip
[18:07] {b}: {g.email('keymaster_account_email')} , key is {g.key('license_key', 'an32')}
[18:08] {c}: the store webhook secret changed too -> {g.key('store_webhook_secret', 'hex40')}
[18:09] {a}: ty. and the panel 2fa backup codes?
[18:09] {b}: dm'd you. also the docs example in the readme says {g.placeholder('changeme')} for rcon, thats just the template
[18:10] {c}: server build is {g.version()} with artifacts {g.num(1300, 1900)}
[18:11] {a}: mail me the invoice at {g.email('invoice_email')} pls
"""
    return 'text', 'logs/staff-chat-2025-10.txt', text


def t_altv_server_toml(g):
    text = f"""# server.toml (alt:V)
name = 'Harrier Racing League'
host = '{g.unspec()}'
port = 7788
players = 128
password = '{g.pw('server_password', 'toml')}'
announce = true
token = '{g.key('masterlist_token', 'an40')}'
gamemode = 'Racing'
website = 'harrier-racing.gg'
language = 'en'
description = 'Weekly league nights, sign up on the site'
modules = ['js-module', 'csharp-module']
resources = ['race-core', 'chat', 'leaderboard']
earlyAuthUrl = 'https://auth.harrier-racing.gg/early'
useEarlyAuth = true
debug = false

[voice]
bitrate = 64000
externalSecret = '{g.key('voice_external_secret', 'an24')}'
externalHost = '{g.ip('voice_host_ip', 0.3)}'
externalPort = 7798
externalPublicHost = '{g.ip('voice_public_ip', 0.3)}'
externalPublicPort = 7799

[csharp-module]
disableDependencyDownload = true

# leaderboard DB (read by race-core):
# LEADERBOARD_DB = "postgres://league:{g.pw('leaderboard_db_password', 'url')}@{g.priv()}:5432/league"
# contact for ban appeals: {g.email('appeals_email')}
# server version {g.version()} branch release
"""
    return 'toml', 'server.toml', text


def t_samp_server_cfg(g):
    text = f"""echo Executing Server Config...
lanmode 0
rcon_password {g.pw('rcon_password', 'plain')}
maxplayers 100
port 7777
hostname [0.3.7] Bittern Freeroam | Stunts | DM
gamemode0 freeroam 1
filterscripts gl_actions gl_realtime
announce 1
chatlogging 0
weburl bittern-freeroam.net
onfoot_rate 40
incar_rate 40
weapon_rate 40
stream_distance 300.0
stream_rate 1000
maxnpc 0
logtimeformat [%H:%M:%S]
language English
bind {g.ip('bind_ip', 0.0)}
plugins mysql.so sscanf.so streamer.so
rcon 1

// scriptfiles/mysql.ini (read by the gamemode)
// hostname = {g.ip('mysql_hostname_ip', 0.0)}
// username = samp
// password = {g.pw('mysql_password', 'ini')}
// database = bittern
// auto_reconnect = true

// discord relay bot (filterscript) token: {g.key('relay_bot_token', 'b64url43')}
// server owner: {g.email('owner_email')} / backup admin {g.email('backup_admin_email')}
"""
    return 'ini', 'server.cfg', text


def t_open_mp_config_json(g):
    obj = {
        'announce': True,
        'artwork': {'enable': True, 'models_path': 'models', 'port': 7777, 'web_server_bind': g.unspec()},
        'chat_input_filter': True,
        'enable_query': True,
        'game': {'mode': 'Gannet Deathmatch', 'map': 'San Andreas', 'use_nametags': True},
        'logging': {'enable': True, 'file': 'log.txt', 'log_chat': True},
        'max_players': 50,
        'name': 'open.mp Gannet Deathmatch',
        'network': {
            'bind': g.ip('bind_ip', 0.3),
            'port': 7777,
            'public_addr': g.ip('public_addr_ip', 0.3),
            'allow_037_clients': True,
        },
        'password': '',
        'pawn': {'main_scripts': ['gannet_dm 1'], 'side_scripts': []},
        'rcon': {'allow_teleport': False, 'enable': True, 'password': g.pw('rcon_password', 'json')},
        'website': 'gannet-dm.net',
        'discord': {'bot_token': g.key('discord_bot_token', 'jwt'), 'channel': g.look('channel_id', str(g.num(10**17, 10**18)))},
        'mysql': {'host': g.priv(), 'user': 'omp', 'password': g.pw('mysql_password', 'json'), 'database': 'gannet'},
        'owner_contact': g.email('owner_contact'),
        'build': g.version(),
    }
    return 'json', 'config.json', g.jdump(obj, 4) + '\n'


def t_enshrouded_server_json(g):
    obj = {
        'name': f"Flame Keepers of {g.choice(['Whimbrel', 'Avocet', 'Godwit'])}",
        'saveDirectory': './savegame',
        'logDirectory': './logs',
        'ip': g.unspec(),
        'queryPort': 15637,
        'slotCount': 16,
        'gameSettingsPreset': 'Default',
        'userGroups': [
            {'name': 'Admin', 'password': g.pw('admin_group_password', 'json'), 'canKickBan': True,
             'canAccessInventories': True, 'canEditBase': True, 'canExtendBase': True, 'reservedSlots': 0},
            {'name': 'Friend', 'password': g.pw('friend_group_password', 'json'), 'canKickBan': False,
             'canAccessInventories': True, 'canEditBase': True, 'canExtendBase': False, 'reservedSlots': 0},
            {'name': 'Guest', 'password': g.pw('guest_group_password', 'json'), 'canKickBan': False,
             'canAccessInventories': False, 'canEditBase': False, 'canExtendBase': False, 'reservedSlots': 0},
        ],
        '_notes': {
            'host': g.ip('host_ip', 0.3),
            'panel': f"https://{g.ipp('panel_ip', 8443, 0.0)}",
            'owner': g.email('owner_email'),
            'steam_id_admin': g.look('steam_id', '7656119' + str(g.num(8000000000, 9999999999))),
            'backup_s3_secret': g.pkey('backup_secret_access_key', 'aws_secret'),
            'backup_s3_key_id': g.pkey('backup_access_key_id', 'akid'),
            'server_version': g.version(),
        },
    }
    return 'json', 'enshrouded_server.json', g.jdump(obj) + '\n'


def t_stationeers_start_bat(g):
    text = f"""@echo off
REM start_stationeers.bat -- dedicated server on the Windows box in the hall
set SERVERNAME=Petrel Orbital Works
set WORLD=Mars2
set SAVE=petrel_colony
set ADMINPW={g.pw('admin_password', 'shell')}
set SERVERPW={g.pw('server_password', 'shell')}

cd /d C:\\steamcmd\\steamapps\\common\\Stationeers Dedicated Server
rocketstation_DedicatedServer.exe -load %SAVE% %WORLD% -settings StartLocalHost true ServerVisible true ^
  GamePort 27016 UpdatePort 27015 ServerName "%SERVERNAME%" ServerPassword %SERVERPW% ^
  AdminPassword %ADMINPW% ServerMaxPlayers 10 AutoSave true SaveInterval 300 ^
  LocalIpAddress {g.ip('local_ip_address', 0.0)} UPNPEnabled false

REM nightly copy of the saves to the NAS
net use Z: \\\\{g.priv()}\\games /user:{g.email('nas_user')} {g.pw('nas_password', 'shell')}
robocopy "%USERPROFILE%\\Documents\\My Games\\Stationeers\\saves" Z:\\stationeers /MIR /R:1 /W:5

REM status ping to the club site
curl -s -X POST "https://petrel-club.net/api/status?key={g.key('status_api_key', 'hex32')}" -d "up=1&ip={g.ip('reported_ip', 0.0)}"
REM server build {g.version4()}
"""
    return 'batch', 'start_stationeers.bat', text


def t_barotrauma_serversettings_xml(g):
    text = f"""<?xml version="1.0" encoding="utf-8"?>
<serversettings
  name="Nuthatch Deep Salvage"
  port="27015"
  queryport="27016"
  public="true"
  listenip="{g.unspec()}"
  enableupnp="false"
  maxplayers="12"
  password="{g.pw('server_password', 'xml')}"
  karmaenabled="true"
  gamemodeidentifier="campaign"
  language="English"
  allowspectating="true"
  serverMessage="Discord: nuthatch-deep. Report griefers to {g.email('report_email')}"
  AutoBanTime="60"
  MaxAutoBanTime="360">
  <!-- remote console for the helper bot -->
  <rcon enabled="true" bind="{g.loop()}" port="27017" password="{g.pw('rcon_password', 'xml')}" />
  <monstersenabled />
  <banlist>
    <banned name="griefer" endpoint="{g.ip('banned_endpoint_ip', 0.3)}" reason="team killing" />
    <banned name="spammer" endpoint="{g.ip('banned_endpoint_ip', 0.3)}" reason="spam" />
    <banned name="old-test" endpoint="{g.priv()}" reason="test entry" />
  </banlist>
  <workshop apikey="{g.keyv('workshop_web_api_key', g.hexs(32).upper())}" />
  <!-- game version {g.version4()}; content package hash {g.md5()} -->
</serversettings>
"""
    return 'xml', 'serversettings.xml', text


def t_openarena_server_cfg(g):
    text = f"""// server.cfg -- OpenArena CTF on the club box
set sv_hostname "^1Skua^7 CTF ^3Tuesdays"
set sv_maxclients 16
set g_motd "Rules and demos: skua-ctf.net"
set g_gametype 4
set capturelimit 8
set timelimit 20
set sv_pure 1
set sv_allowDownload 1
set sv_dlURL "http://{g.ip('download_url_ip', 0.0)}/oa"
set net_ip "{g.ip('net_ip', 0.0)}"
set net_ip6 "{g.ip6('net_ipv6')}"
set net_port 27960
set rconpassword "{g.pw('rcon_password', 'quoted')}"
set g_password ""
set sv_privatePassword "{g.pw('private_password', 'quoted')}"
set sv_privateClients 2
set sv_master1 "dpmaster.deathmask.net"
set sv_master2 "{g.ip('master_server_ip', 0.0)}"

// stats uploader (qstat wrapper)
// STATS_URL=https://skua-ctf.net/api/match?token={g.key('stats_token', 'la32')}
// admins: {g.email('admin_email')}, {g.email('admin_email')}
map oasago2
// engine {g.version()} build {g.build_id()}
"""
    return 'ini', 'baseoa/server.cfg', text


def t_veloren_settings_ron(g):
    text = f"""// userdata/server/server_config/settings.ron
(
    gameserver_protocols: [
        Tcp(address: "{g.unspec()}:14004"),
        Quic(address: "[{g.unspec6()}]:14004", cert_file_path: "/etc/veloren/cert.pem", key_file_path: "/etc/veloren/key.pem"),
    ],
    auth_server_address: Some("https://auth.veloren.net"),
    query_address: Some("{g.ipp('query_address_ip', 14006, 0.3)}"),
    max_players: 60,
    world_seed: {g.num(10000, 99999999)},
    server_name: "Dipper Valley",
    start_time: 32400.0,
    map_file: None,
    max_view_distance: Some(65),
    banned_words_files: [],
    max_player_group_size: 6,
    client_timeout: (secs: 40, nanos: 0),
    metrics_address: "{g.loop()}:14005",
)

// userdata/server/server_config/admins.ron
[
    "{g.uuid('player_uuid')}",
    "{g.uuid('player_uuid')}",
]

// ops notes (kept next to the config, not loaded by the server)
// sftp deploy: veloren@{g.ip('deploy_host_ip', 0.35)} password {g.pw('sftp_password', 'plain')}
// grafana admin: {g.email('grafana_admin_email')} / {g.pw('grafana_password', 'plain')}
// discord bridge token {g.key('bridge_token', 'b64url43')}
// server binary {g.version()} ({g.short_sha()})
"""
    return 'ron', 'userdata/server/server_config/settings.ron', text


def t_mindustry_console_log(g):
    text = f"""[{g.date()} 19:00:01] [I] Server loaded. Type 'help' for help.
[19:00:02] [I] Opened a server on port 6567.
[19:00:02] [I] Loaded 3 plugins: AuthGuard, DiscordRelay, BackupToS3
[19:00:03] [I] AuthGuard: database jdbc:mariadb://{g.ipp('db_ip', 3306, 0.0)}/mindustry user=mdt
[19:00:03] [W] AuthGuard: password supplied on the command line ({g.pw('db_password', 'plain')}) -- use the config file instead
[19:00:04] [I] DiscordRelay: logged in with token {g.key('discord_relay_token', 'b64url43')}
[19:00:04] [I] BackupToS3: using key id {g.pkey('s3_access_key_id', 'akid')} bucket mdt-saves
[19:00:05] [I] Hosting map 'Frozen Forest' with mode survival.
[19:02:11] [I] {g.first()} has connected. [{g.look('player_uuid_b64', g.b64(g.rbytes(8)).rstrip('='))}] ip {g.ip('player_ip', 0.2)}
[19:02:40] [I] {g.first()} has connected. [{g.look('player_uuid_b64', g.b64(g.rbytes(8)).rstrip('='))}] ip {g.ip('player_ip', 0.2)}
[19:03:05] [I] {g.first()} has connected. [{g.look('player_uuid_b64', g.b64(g.rbytes(8)).rstrip('='))}] ip {g.priv()}
[19:05:17] [I] AuthGuard: new account registered: {g.email('registered_email')}
[19:06:02] [I] admin > config serverPassword {g.pw('server_password', 'plain')}
[19:06:02] [I] serverPassword set.
[19:07:44] [E] BackupToS3: upload failed: SignatureDoesNotMatch (request id {g.look('request_id', g.hexs(16).upper())})
[19:10:00] [I] Autosave... saved to slot 3 (build {g.num(140, 150)}, save hash {g.sha1()})
"""
    return 'text', 'config/logs/log-0.txt', text


def t_cubecoders_ampconfig_conf(g):
    text = f"""## AMPConfig.conf -- instance "Godwit-SotF01"
Meta.Version={g.version4()}
Meta.ConfigReleaseStream=Mainline
Core.AMP.LicenceKey={g.keyv('amp_licence_key', g.uuid_raw())}
Core.Webserver.IPBinding={g.unspec()}
Core.Webserver.Port=8081
Core.Webserver.UsingReverseProxy=True
Core.Login.UseAuthServer=False
Core.Login.AuthServerURL=http://{g.loop()}:8080/
Core.Monitoring.ShowDiskUsage=True
Core.Privacy.ExcludeFromStats=False
ADSModule.Network.Mode=Standalone
ADSModule.Network.TargetURL=http://{g.priv()}:8080/
Mail.SMTPHost={g.ip('smtp_host_ip', 0.2)}
Mail.SMTPPort=587
Mail.SMTPUsername={g.email('smtp_username')}
Mail.SMTPPassword={g.pw('smtp_password', 'ini')}
Mail.SMTPFrom={g.email('smtp_from')}
Webhooks.StatusURL=https://status.godwit-hosting.net/hook/{g.key('status_webhook_token', 'an32')}
SonsOfTheForest.ServerPassword={g.pw('game_server_password', 'ini')}
SonsOfTheForest.AdminList={g.look('steam_id', '7656119' + str(g.num(8000000000, 9999999999)))}
Backup.S3.Endpoint=https://{g.ipp('s3_endpoint_ip', 9000, 0.3)}
Backup.S3.AccessKey=godwit-backup
Backup.S3.SecretKey={g.key('s3_secret_key', 'an40')}
## first-run admin (documented default, changed): admin / {g.default_pw('ampadmin')}
"""
    return 'ini', 'instances/Godwit-SotF01/AMPConfig.conf', text


def t_mahara_config_php(g):
    text = f"""<?php
/**
 * Mahara config.php for the ePortfolio site of the college
 */
$cfg = new stdClass();

$cfg->dbtype   = 'postgres';
$cfg->dbhost   = '{g.ip('dbhost_ip', 0.25)}';
$cfg->dbport   = null;
$cfg->dbname   = 'mahara';
$cfg->dbuser   = 'mahara';
$cfg->dbpass   = '{g.pw('dbpass', 'quoted')}';
$cfg->dbprefix = '';

$cfg->wwwroot = 'https://portfolio.ekwueme-college.ng/';
$cfg->dataroot = '/var/lib/maharadata';
$cfg->passwordsaltmain = '{g.key('password_salt_main', 'an40')}';
$cfg->urlsecret = '{g.key('url_secret', 'la32')}';
$cfg->sendemail = true;
$cfg->noreplyaddress = '{g.email('noreply_address')}';
$cfg->emailcontact = '{g.email('email_contact')}';
$cfg->smtphosts = '{g.ip('smtp_host_ip', 0.3)}';
$cfg->smtpport = 587;
$cfg->smtpuser = '{g.email('smtp_user')}';
$cfg->smtppass = '{g.pw('smtp_pass', 'quoted')}';
$cfg->smtpsecure = 'tls';
$cfg->productionmode = true;
$cfg->elasticsearch_host = '{g.priv()}';
$cfg->elasticsearch_username = 'mahara';
$cfg->elasticsearch_password = '{g.pw('elasticsearch_password', 'quoted')}';
// the sample file ships with: $cfg->dbpass = '{g.placeholder('put your password here')}';
// release {g.version()} (build {g.build_id()})
"""
    return 'php', 'htdocs/config.php', text


def t_xerte_database_php(g):
    text = f"""<?php
/**
 * Xerte Online Toolkits -- database.php written by the installer, then edited by hand
 */
$xerte_toolkits_site->database_type = "mysql";
$xerte_toolkits_site->database_host = "{g.ip('database_host_ip', 0.25)}";
$xerte_toolkits_site->database_username = "xot";
$xerte_toolkits_site->database_password = "{g.pw('database_password', 'quoted')}";
$xerte_toolkits_site->database_name = "xerte";
$xerte_toolkits_site->database_table_prefix = "";

// LDAP for staff logins
$xerte_toolkits_site->ldap_host = "{g.priv()}";
$xerte_toolkits_site->ldap_port = 636;
$xerte_toolkits_site->bind_pwd = "{g.pw('ldap_bind_password', 'quoted')}";
$xerte_toolkits_site->bind_dn = "CN=svc-xerte,OU=Service,DC=staff,DC=local";
$xerte_toolkits_site->basedn = "OU=Staff,DC=staff,DC=local";

// LTI 1.3 tool registration for the VLE
$xerte_toolkits_site->lti_client_id = "{g.look('client_id', g.alnum(16))}";
$xerte_toolkits_site->lti_deployment_id = "{g.look('deployment_id', str(g.num(1, 40)) + ':' + g.hexs(40))}";
$xerte_toolkits_site->lti_private_key_passphrase = "{g.pw('lti_key_passphrase', 'quoted')}";

// site admin (from the installer) -- contact {g.email('site_admin_email')}
$xerte_toolkits_site->admin_username = "xotadmin";
$xerte_toolkits_site->admin_password = "{g.pw('admin_password', 'quoted')}";
$xerte_toolkits_site->recaptcha_secret = "{g.key('recaptcha_secret', 'b64url43')}";
// version {g.version()}
"""
    return 'php', 'database.php', text


def t_xibo_cms_env(g):
    text = f"""# config.env for the Xibo CMS containers (signage in the station concourse)
MYSQL_HOST={g.ip('mysql_host_ip', 0.2)}
MYSQL_PORT=3306
MYSQL_DATABASE=cms
MYSQL_USER=cms
MYSQL_PASSWORD={g.pw('mysql_password', 'env')}

CMS_SERVER_NAME=signage.eastquay-station.co.uk
CMS_SMTP_SERVER={g.ipp('smtp_server_ip', 587, 0.3)}
CMS_SMTP_USERNAME={g.email('smtp_username')}
CMS_SMTP_PASSWORD={g.pw('smtp_password', 'env')}
CMS_SMTP_USE_TLS=YES
CMS_SMTP_USE_STARTTLS=YES
CMS_SMTP_REWRITE_DOMAIN=eastquay-station.co.uk
CMS_SMTP_FROM_LINE_OVERRIDE=YES
CMS_ALIAS=/cms
CMS_PHP_SESSION_GC_MAXLIFETIME=1440

# XMR push (players connect to this)
XMR_HOST={g.ip('xmr_host_ip', 0.3)}
XMR_PUB_ADDRESS=tcp://{g.unspec()}:9505

# CMS secret key entered on each display player (Settings > CMS Secret Key)
CMS_KEY={g.key('cms_secret_key', 'an24')}
# API application for the timetable feed
TIMETABLE_CLIENT_ID={g.look('client_id', g.alnum(40))}
TIMETABLE_CLIENT_SECRET={g.key('timetable_client_secret', 'an40')}
# first player registered: display key {g.look('display_hardware_key', g.hexs(32))}
# image tag {g.version()} digest {g.digest()}
"""
    return 'env', 'config.env', text


def t_anthias_issue_md(g):
    text = f"""### Screens go blank after upgrade to {g.version()} (Raspberry Pi 4)

**Describe the bug**
After updating Anthias on our two lobby screens the web UI loads but the asset loop stops after
a few minutes. Screen A is at {g.priv()} and screen B at {g.priv()}; both were fine on the previous
release.

**Config**
`/home/pi/.anthias/anthias.conf`:

```ini
[main]
database = /data/.anthias/anthias.db
date_format = mm/dd/yyyy
use_24_hour_clock = True
debug_logging = True

[auth_basic]
user = lobby
password = {g.pw('basic_auth_password', 'ini')}
```

I know the password is in there, we will rotate it, it is only reachable from the office LAN.

**Logs**
```
anthias-server-1  | [INFO] Listening at: http://{g.unspec()}:8080
anthias-viewer-1  | [ERROR] Failed to fetch asset https://cdn.lobby-displays.nz/feed?token={g.key('feed_token', 'hex40')}
anthias-viewer-1  | [ERROR] connect to {g.ipp('cdn_ip', 443, 0.3)} timed out
anthias-celery-1  | [INFO] balena supervisor at {g.loop()}:48484 with key {g.key('supervisor_api_key', 'la32')}
```

**Environment**
- Pi OS bookworm, image digest {g.digest()}
- reported by {g.email('reporter_email')}

---

> **maintainer:** Thanks. Please do not post the supervisor key in public issues; can you attach the
> output of `docker logs anthias-viewer-1` instead? Also check that {g.ip('cdn_ip_2', 0.3)} is reachable
> from the Pi. If you want, mail the full logs to {g.email('maintainer_email')}.
"""
    return 'markdown', 'issues/anthias-blank-screens.md', text


def t_infobeamer_hosted_py(g):
    text = f"""#!/usr/bin/env python3
\"\"\"Push the canteen menu to all info-beamer hosted setups of the school.\"\"\"
import os
import requests

API = "https://info-beamer.com/api/v1"
# TODO read from env; pasted here for the first test run
API_KEY = os.environ.get("IB_API_KEY", "{g.key('hosted_api_key', 'an32')}")
SETUP_IDS = [{g.num(10000, 99999)}, {g.num(10000, 99999)}]

MENU_FEED = "https://canteen.brannigan-school.ie/menu.json"
FEED_USER = "{g.email('feed_user')}"
FEED_PASSWORD = "{g.pw('feed_password', 'quoted')}"
PROXY = "http://proxy:{g.pw('proxy_password', 'url')}@{g.ipp('proxy_ip', 3128, 0.0)}"


def fetch_menu():
    r = requests.get(MENU_FEED, auth=(FEED_USER, FEED_PASSWORD), proxies={{"https": PROXY}}, timeout=20)
    r.raise_for_status()
    return r.json()


def push(setup_id, menu):
    r = requests.post(
        f"{{API}}/setup/{{setup_id}}",
        auth=("", API_KEY),
        data={{"config": menu, "mode": "update"}},
        timeout=20,
    )
    print(setup_id, r.status_code)


if __name__ == "__main__":
    menu = fetch_menu()
    for sid in SETUP_IDS:
        push(sid, menu)
    # devices: {g.look('device_serial', str(g.num(10000000, 99999999)))} at {g.priv()}, {g.look('device_serial', str(g.num(10000000, 99999999)))} at {g.priv()}
    # questions -> {g.email('contact_email')}
"""
    return 'python', 'tools/push_menu.py', text


def t_fivem_resource_config_lua(g):
    text = f"""-- resources/[jobs]/kestrel_garage/config.lua
Config = {{}}

Config.Locale = 'en'
Config.Debug = false
Config.Framework = 'qb'

-- Discord logging for impounds
Config.Webhook = 'https://logs.kestrel-city.gg/api/webhooks/{g.look('webhook_id', str(g.num(10**17, 10**18)))}/{g.keyv('logging_webhook_token', g.s('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_', 68))}'

-- external REST API of the garage panel
Config.Api = {{
    Url = 'https://{g.ipp('api_host_ip', 8443, 0.3)}/v1',
    Key = '{g.key('panel_api_key', 'hex64')}',
    User = '{g.email('panel_api_user')}',
    Password = '{g.pw('panel_api_password', 'lua')}',
}}

Config.Garages = {{
    ['legion'] = {{ label = 'Legion Square', coords = vector3(215.8, -810.1, 30.7) }},
    ['pillbox'] = {{ label = 'Pillbox Hill', coords = vector3(273.0, -343.8, 44.9) }},
}}

-- admin menu pin (not the rcon password)
Config.AdminPin = '{g.pw('admin_pin_password', 'lua', style=g.choice([1, 5, 9]))}'
Config.Version = '{g.version()}'
-- maintainer: {g.email('maintainer_email')}
"""
    return 'lua', 'resources/[jobs]/kestrel_garage/config.lua', text


def t_exelearning_deploy_sh(g):
    text = f"""#!/usr/bin/env bash
# deploy_exe.sh -- bring up eXeLearning online for the teacher training centre
set -euo pipefail

export APP_ENV=prod
export APP_SECRET={g.key('app_secret', 'hex32')}
export DB_DRIVER=pdo_pgsql
export DB_HOST={g.ip('db_host_ip', 0.2)}
export DB_PORT=5432
export DB_NAME=exelearning
export DB_USER=exe
export DB_PASSWORD='{g.pw('db_password', 'shell')}'
export TEST_USER_EMAIL={g.reserved_email('user')}
export TEST_USER_PASSWORD={g.placeholder('1234')}
export ADMIN_EMAIL={g.email('admin_email')}
export JWT_PASSPHRASE='{g.pw('jwt_passphrase', 'shell')}'
export MAILER_DSN="smtp://cfp-mailer:{g.pw('mailer_password', 'url')}@{g.ipp('mailer_ip', 587, 0.0)}"

docker login registry.cfp-formacion.es -u deploy -p '{g.pw('registry_password', 'shell')}'
docker compose -f docker-compose.prod.yml pull
docker compose -f docker-compose.prod.yml up -d

# smoke test through the VPN
curl -fsS --resolve exe.cfp-formacion.es:443:{g.ip('resolve_ip', 0.3)} https://exe.cfp-formacion.es/healthcheck
echo "deployed $(git rev-parse --short HEAD) -- ping {g.email('notify_email')}"
# image {g.version()} / {g.digest()}
"""
    return 'shell', 'deploy_exe.sh', text
