"""Templates for held-out set 32 (written from scratch for this set).

Each template returns (lang, path, marked text). Values come from gen_h32.G.
"""
import json

from gen_h32 import M0, M1, M2  # noqa: F401

TEMPLATES = []


def T(cls, lang, path):
    def deco(fn):
        def run(g):
            p = path(g) if callable(path) else path
            return lang, p, fn(g)
        TEMPLATES.append((fn.__name__, cls, run))
        return fn
    return deco


def jdump(obj, indent=2):
    """json.dumps around marked strings; markers are not escaped, so the text stays valid JSON once stripped."""
    return json.dumps(obj, indent=indent, ensure_ascii=False)


# ---------------------------------------------------------------- carrier snippets
SNIP_VENDORS = [
    ("octopart_api_key", "Octopart API key", lambda g: g.hex(32)),
    ("onshape_access_key", "Onshape access key", lambda g: g.alnum(24)),
    ("astrobin_api_key", "AstroBin API key", lambda g: g.hex(40)),
]


def snippet(g, style):
    kind, vname, mk = g.pick(SNIP_VENDORS)
    ip4 = g.I("snippet_ipv4")
    ip6 = g.I6("snippet_ipv6")
    em = g.E("snippet_email", domain=g.pick(["kilnwatch.studio", "glazeroom.co.uk", "potters-guild.org.nz"]))
    pw = g.P("snippet_password", "plain")
    key = g.K("snippet_" + kind, mk(g))
    look = f"docs example: {g.Ltest()} and {g.Lres()}; logger {g.Lver()} build {g.Lgit()}"
    if style == "make":
        return (f"# kilnwatch mirror (studio kiln logger) upload settings, do not commit\n"
                f"KILNWATCH_HOST ?= {ip4}\nKILNWATCH_HOST6 ?= {ip6}\nKILNWATCH_CONTACT ?= {em}\n"
                f"KILNWATCH_PASSWORD ?= {pw}\nKILNWATCH_VENDOR_KEY ?= {key}\n# {look}\n")
    if style == "ini":
        return (f"[kilnwatch]\n# studio kiln logger mirror, {vname} below\nhost={ip4}\nhost6={ip6}\n"
                f"contact={em}\npassword={pw}\nvendor_key={key}\n# {look}\n")
    if style == "vim":
        return (f"\" kilnwatch mirror (studio kiln logger)\nlet g:kilnwatch_host = '{ip4}'\n"
                f"let g:kilnwatch_host6 = '{ip6}'\nlet g:kilnwatch_contact = '{em}'\n"
                f"let g:kilnwatch_password = '{pw}'\nlet g:kilnwatch_key = '{key}'  \" {vname}\n\" {look}\n")
    lines = [f"kilnwatch mirror (studio kiln logger) - upload settings",
             f"host {ip4} / {ip6}",
             f"contact {em}",
             f"login kiln, password {pw}",
             f"{vname}: {key}",
             f"({look})"]
    if style == "xml":
        return "".join(f"<!-- {ln} -->\n" for ln in lines)
    if style == "block":
        return "/*\n" + "".join(f" * {ln}\n" for ln in lines) + " */\n"
    if style == "ebnf":
        return "(*\n" + "".join(f"   {ln}\n" for ln in lines) + "*)\n"
    prefix = {"asn1": "-- ", "semicolon": "; ", "hash": "# ", "slashes": "// ", "bang": "! "}[style]
    return "".join(f"{prefix}{ln}\n" for ln in lines)


# ================================================================ game servers and modding
GAME = "game servers / modding"


@T(GAME, "ini", "Zomboid/Server/servertest.ini")
def zomboid_servertest_ini(g):
    return f"""PVP=true
PauseEmpty=true
GlobalChat=true
Open=false
ServerWelcomeMessage=Welcome to Kelp Coast. Whitelist requests go to {g.E('email')} <LINE> build {g.Lver()}
PublicName=Kelp Coast (EU) whitelisted
PublicDescription=Slow zombies, no raiding before day 14.
Password={g.P('server_password', 'ini')}
Public=true
server_browser_announced_ip={g.I()}
UPnP=false
DefaultPort=16261
UDPPort=16262
MaxPlayers=24
# admin account for the web panel: kelpadmin / {g.P('panel_password', 'ini')}
# backup box (LAN): {g.Lpriv()}
Mods=Hydrocraft;BetterSorting;tsarslib
WorkshopItems=2169435993;2313387159;2392709985
WorkshopApiKey={g.K('workshop_publisher_key', g.HEX(32))}
# checksum of the mod list {g.Lsha()}
"""


@T(GAME, "text", "terraria/serverconfig.txt")
def terraria_serverconfig(g):
    return f"""#this is an example config file for TerrariaServer.exe
world=/srv/terraria/Worlds/{g.word().capitalize()}Isle.wld
autocreate=2
worldname={g.word().capitalize()}Isle
difficulty=1
maxplayers=12
port=7777
password={g.P('server_password', 'shell')}
motd=Hallo! Bugs to {g.E('email')} pls
worldpath=/srv/terraria/Worlds/
banlist=banlist.txt
secure=1
language=de-DE
upnp=0
npcstream=60
priority=1
#ip the old host listened on, kept for reference
#listenip={g.I()}
#tshock REST token for the status page
#resttoken={g.K('tshock_rest_token', g.HEX(32))}
#world seed (not secret) {g.L('world_seed', g.digits(10))}
"""


@T(GAME, "json", "starbound/storage/starbound_server.config")
def starbound_server_json(g):
    u1, u2 = g.first().lower(), g.first().lower()
    cfg = {
        "allowAdminCommands": True,
        "allowAnonymousConnections": False,
        "gameServerBind": "::",
        "gameServerPort": 21025,
        "maxPlayers": 8,
        "queryServerBind": "::",
        "runQueryServer": True,
        "serverName": "Pademelon Sector",
        "serverUsers": {
            u1: {"admin": True, "password": g.P("server_user_password", "quoted")},
            u2 + "_" + g.word(): {"admin": False, "password": g.P("server_user_password", "quoted")},
        },
        "serverOverrideAddress": g.I6(),
        "motdContact": g.E("email"),
        "clearUniverseFiles": False,
        "storageVersion": g.Lver(),
        "universeId": g.L("universe_id", g.hex(32)),
    }
    return jdump(cfg) + "\n"


@T(GAME, "config", "dayz/serverDZ.cfg")
def dayz_serverdz_cfg(g):
    return f"""hostname = "Chernarus Tussock | PvE | 1PP";
password = "{g.P('server_password', 'quoted')}";
passwordAdmin = "{g.P('admin_password', 'quoted')}";
enableWhitelist = 0;
maxPlayers = 40;
verifySignatures = 2;
forceSameBuild = 1;
disableVoN = 0;
vonCodecQuality = 20;
disable3rdPerson = 1;
serverTime = "SystemTime";
serverTimeAcceleration = 6;
guaranteedUpdates = 1;
loginQueueConcurrentPlayers = 5;
instanceId = {g.digits(1)};
// CFTools cloud API secret for the ban list sync
cftoolsSecret = "{g.K('cftools_api_secret', g.b64(44))}";
storageAutoFix = 1;
// hosted at {g.I()} since the move, old box was {g.Ltest()}
// contact the host admin: {g.E('email')}
class Missions
{{
    class DayZ
    {{
        template = "dayzOffline.chernarusplus";
    }};
}};
"""


@T(GAME, "config", "arma3/server.cfg")
def arma3_server_cfg(g):
    return f"""// ARMA 3 server config - Wheatear Group ops night
hostname = "[WHT] Wheatear Group | Tuesday Ops";
password = "{g.P('server_password', 'quoted')}";
passwordAdmin = "{g.P('admin_password', 'quoted')}";
serverCommandPassword = "{g.P('server_command_password', 'quoted')}";
logFile = "server_console.log";
motd[] = {{
    "Welcome to Wheatear Group",
    "Voice chat has moved, the new voice box is at {g.I()}",
    "Questions: {g.E('email')}"
}};
motdInterval = 5;
maxPlayers = 48;
kickDuplicate = 1;
verifySignatures = 2;
allowedFilePatching = 0;
headlessClients[] = {{"{g.Lpriv()}"}};
localClient[] = {{"{g.L('loopback_ip', '127.0.0.1')}"}};
BattlEye = 1;
// stats uploader token ({g.L('stats_client_id', g.digits(8))} is the public client id)
statsToken = "{g.K('stats_upload_token', g.hex(40))}";
// mission build {g.Lgit()}
"""


@T(GAME, "text", "steamcmd/update_palworld.txt")
def steamcmd_runscript(g):
    user = f"{g.word()}_{g.first().lower()}"
    return f"""// steamcmd +runscript update_palworld.txt
// runs from cron on the game box ({g.I()}), output mailed to {g.E('email')}
@ShutdownOnFailedCommand 1
@NoPromptForPassword 1
force_install_dir /srv/games/palworld
login {user} {g.P('steamcmd_account_password', 'shell')}
app_update 2394010 validate
// web api key for the workshop check: {g.K('web_api_key', g.HEX(32))}
// the old dedicated account, keep until the licence moves
// login {g.word()}srv {g.P('steamcmd_account_password', 'shell')}
// manifest {g.L('depot_manifest_id', g.digits(19))}, build {g.L('build_id', g.digits(8))}
quit
"""


@T(GAME, "config", "openttd/secrets.cfg")
def openttd_secrets_cfg(g):
    return f"""[network]
server_password = {g.P('server_password', 'ini')}
admin_password = {g.P('admin_password', 'ini')}
default_company_pass = {g.P('company_password', 'ini')}
network_id = {g.K('network_id', g.hex(32))}
server_invite_code_secret = {g.K('invite_code_secret', g.hex(32))}

[private]
client_name = {g.first()}
server_name = Siskin Transport League
; contact for the league: {g.E('email')}
; bind address used during the tournament: {g.I()}
; LAN copy {g.Lpriv()}
"""


@T(GAME, "config", "luanti/minetest.conf")
def luanti_minetest_conf(g):
    return f"""# Luanti (formerly Minetest) server config for the school club
server_name = Bilby Valley Schools
server_description = Build club server. Parents: {g.E('email')}
server_address = {g.I6()}
server_announce = true
serverlist_url = servers.luanti.org
port = 30000
default_password = {g.P('default_password', 'shell')}
name = {g.word()}admin
disallow_empty_password = true
default_privs = interact, shout, home
enable_damage = false
creative_mode = true
# mod storage backend
mod_storage_backend = postgresql
pgsql_connection = host={g.I()} port=5432 user=luanti password={g.P('db_password', 'shell')} dbname=world
# staging copy runs on {g.Lpriv()}
auth_backend_secret = {g.K('auth_backend_secret', g.b64url(43))}
# build {g.Lver()}
"""


@T(GAME, "config", "wesnoth/wesnothd.cfg")
def wesnothd_cfg(g):
    return f"""#
# wesnothd config for the ladder server
#
[server]
    port=15000
    motd="Ladder season 7. Report cheaters to {g.E('email')}"
    passwd="{g.P('admin_passwd', 'quoted')}"
    versions_accepted="1.18.*"
    restart_command="/usr/local/bin/wesnothd -c /etc/wesnothd.cfg"
    replay_save_path="/var/lib/wesnothd/replays"
    [user_handler]
        db_host={g.I()}
        db_name=wesnoth_forum
        db_user=wesnothd
        db_password="{g.P('db_password', 'quoted')}"
        db_users_table=phpbb3_users
        mp_mod_hash_key="{g.K('mp_hash_key', g.hex(32))}"
    [/user_handler]
[/server]
# build {g.Lver()} (checksum {g.Lsha()})
"""


@T(GAME, "dotenv", "modpack-tools/.env")
def curseforge_modpack_env(g):
    bcrypt = "$2a$10$" + g.chars("./ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789", 53)
    return f"""# modpack build tools for the Crossbill pack
# the CurseForge key starts with $2a$10$ - keep the single quotes or the shell eats it
CF_API_KEY='{g.K('curseforge_api_key', bcrypt)}'
MODRINTH_TOKEN={g.K('modrinth_pat', 'mrp_' + g.alnum(36))}
PACK_VERSION={g.Lver()}
UPLOAD_HOST={g.I()}
UPLOAD_USER=packbot
UPLOAD_PASS={g.P('sftp_password', 'ini')}
MAINTAINER={g.E('email')}
# example from the docs, not ours: {g.Lph('mrp_XXXXXXXXXXXXXXXXXXXX')}
"""


@T(GAME, "ini", "Pal/Saved/Config/LinuxServer/PalWorldSettings.ini")
def palworld_settings_ini(g):
    return (f"""[/Script/Pal.PalGameWorldSettings]
OptionSettings=(Difficulty=None,DayTimeSpeedRate=1.000000,NightTimeSpeedRate=1.000000,ExpRate=1.500000,"""
            f"""PalCaptureRate=1.200000,bEnableInvaderEnemy=True,CoopPlayerMaxNum=4,ServerPlayerMaxNum=16,"""
            f"""ServerName="Numbat Ranch",ServerDescription="ask {g.E('email')} for the pw","""
            f"""AdminPassword="{g.P('admin_password', 'quoted')}",ServerPassword="{g.P('server_password', 'quoted')}","""
            f"""PublicPort=8211,PublicIP="{g.I()}",RESTAPIEnabled=True,RESTAPIPort=8212,bShowPlayerList=True,"""
            f"""Region="",bUseAuth=True,RESTAPIKey="{g.K('rest_api_key', g.alnum(32))}",BanListURL="https://api.palworldgame.com/api/banlist.txt")
; restore point {g.Luuid('world_guid')} (world id, not secret)
""")


@T(GAME, "text", "unturned/Servers/Lapwing/Server/Commands.dat")
def unturned_commands_dat(g):
    return f"""Name Lapwing Island RP
Map PEI
Port 27015
Password {g.P('server_password', 'plain')}
MaxPlayers 24
Perspective Both
Mode Normal
PvP
Owner {g.L('account_id64', '7656119' + g.digits(10))}
Welcome Welcome! Rules and appeals: {g.E('email')}
Bind {g.I()}
GSLT {g.K('game_server_login_token', g.HEX(32))}
Cheats off
"""


# ================================================================ theatre, music and AV
AV = "theatre / music / AV"


@T(AV, "json", "companion/export-foh.companionconfig")
def companion_export_json(g):
    cfg = {
        "version": 6,
        "type": "full",
        "instances": {
            g.alnum(21): {"instance_type": "renewedvision-propresenter", "label": "lyrics_pc",
                          "config": {"host": g.Lpriv(), "port": "1025", "pass": g.P("ws_password", "quoted")}},
            g.alnum(21): {"instance_type": "generic-tcp", "label": "projector_hall",
                          "config": {"host": g.I(), "port": "4352", "password": g.P("pjlink_password", "quoted")}},
            g.alnum(21): {"instance_type": "vmix", "label": "vmix_remote",
                          "config": {"host": g.I6(), "port": "8088", "apiKey": g.K("vmix_web_api_key", g.uuid())}},
        },
        "exportedBy": g.E("email"),
        "build": g.Lver(),
    }
    return jdump(cfg) + "\n"


@T(AV, "xml", "vMix/Streaming/destinations.xml")
def vmix_destinations_xml(g):
    return f"""<?xml version="1.0" encoding="utf-8"?>
<StreamingSettings>
  <Destination index="0" enabled="True">
    <Name>Parish channel</Name>
    <Url>rtmp://ingest.kelpcast.tv/live2</Url>
    <StreamKey>{g.K('stream_key', g.groups(5, 4, 'abcdefghijklmnopqrstuvwxyz0123456789'))}</StreamKey>
  </Destination>
  <Destination index="1" enabled="False">
    <Name>Backup ingest</Name>
    <Url>srt://{g.I()}:9000?passphrase={g.P('srt_passphrase', 'url')}&amp;latency=2000</Url>
  </Destination>
  <Destination index="2" enabled="False">
    <Name>Test server (docs)</Name>
    <Url>rtmp://{g.Ltest()}/live</Url>
    <StreamKey>{g.Lph('live_xxxxxxxx')}</StreamKey>
  </Destination>
  <Notify>{g.E('email')}</Notify>
</StreamingSettings>
"""


@T(AV, "puredata", "patches/foyer_sensors.pd")
def pure_data_patch(g):
    return f"""#N canvas 412 188 640 480 12;
#X obj 42 60 netsend -u -b;
#X msg 42 24 connect {g.I()} 9001;
#X msg 180 24 disconnect;
#X obj 42 120 oscformat foyer;
#X text 42 200 OSC goes to the lighting desk. wifi in the foyer: ssid foyer-crew pass {g.P('wifi_passphrase', 'plain')};
#X text 42 240 patch by {g.E('email')} - v {g.Lver()};
#X text 42 280 dashboard api key (do not share): {g.K('dashboard_api_key', g.alnum(32))};
#X connect 1 0 0 0;
#X connect 2 0 0 0;
"""


@T(AV, "chuck", "ensemble/laptop_orch.ck")
def chuck_osc_ck(g):
    return f"""// laptop orchestra - send clock to all seats
OscOut xmit;
"{g.I()}" => string conductorHost;
9000 => int port;
xmit.dest(conductorHost, port);

// seats pull the score from the shared drive, login below (temporary!)
"orch" => string shareUser;
"{g.P('share_password', 'quoted')}" => string sharePass;
// recording upload token for the archive
"{g.K('archive_upload_token', g.b64url(40))}" => string archiveToken;

// fallback conductor when the main box is down: {g.Lpriv()} (v6 {g.Lula6()})
while (true) {{
    xmit.start("/clock/beat");
    xmit.send();
    0.5::second => now;
}}
// questions: {g.E('email')}
"""


@T(AV, "qml", "musescore/plugins/imslp_upload.qml")
def musescore_plugin_qml(g):
    return f"""import QtQuick 2.9
import MuseScore 3.0

MuseScore {{
    menuPath: "Plugins.Upload to choir archive"
    version: "{g.Lver()}"
    description: "Uploads the current score to the choir archive"
    property string archiveUrl: "https://scores.linnet-choir.org.uk/api/v2/upload"
    property string archiveToken: "{g.K('archive_api_token', g.hex(40))}"
    property string uploaderMail: "{g.E('email')}"
    // TODO move to settings; the librarian's login for the old server
    property string legacyUser: "librarian"
    property string legacyPassword: "{g.P('legacy_password', 'quoted')}"
    onRun: {{
        console.log("uploading " + curScore.title)
    }}
}}
"""


@T(AV, "dotenv", "merch-sync/.env")
def bandcamp_audius_env(g):
    return f"""# merch + releases sync for the label
BANDCAMP_CLIENT_ID={g.K('bandcamp_client_id', g.digits(4))}
BANDCAMP_CLIENT_SECRET={g.K('bandcamp_client_secret', g.b64url(32))}
AUDIUS_API_KEY={g.K('audius_api_key', g.hex(40))}
AUDIUS_API_SECRET={g.K('audius_api_secret', g.hex(64))}
LISTENBRAINZ_TOKEN={g.K('listenbrainz_user_token', g.uuid())}
SMTP_URL=smtp://label:{g.P('smtp_password', 'url')}@{g.I()}:587
REPORT_TO={g.E('email')}
# release uuid in the tests, not a secret
TEST_RELEASE={g.Luuid('release_mbid')}
PIPELINE_VERSION={g.Lver()}
"""


@T(AV, "log", "tickets/webhook-2025-03.log")
def ticket_tailor_webhook_log(g):
    ts = f"2025-03-{g.r.randint(10, 28)}T19:{g.r.randint(10, 59)}"
    return f"""{ts}:02Z INFO  webhook received event=order.created id=or_{g.digits(7)} from {g.I()}
{ts}:02Z DEBUG verifying signature with secret {g.K('webhook_signing_secret', g.hex(48))}
{ts}:02Z INFO  buyer={g.E('email')} tickets=2 event=ev_{g.digits(6)}
{ts}:03Z WARN  mailer login failed user=boxoffice pass={g.P('mailer_password', 'shell')} host={g.I()}
{ts}:03Z INFO  retry queued job={g.Luuid('job_id')}
{ts}:04Z INFO  api call GET /v1/orders key={g.K('ticket_tailor_api_key', 'sk_' + g.digits(4) + '_' + g.digits(6) + '_' + g.hex(32))}
{ts}:05Z INFO  health check from {g.Lpriv()} ok
"""


@T(AV, "xml", "grandMA/macros/remote_login.xml")
def grandma_macro_xml(g):
    return f"""<?xml version="1.0" encoding="utf-8"?>
<MA xmlns="http://schemas.malighting.de/grandma2/xml/MA" major_vers="3" minor_vers="9" stream_vers="60">
  <Info datetime="2025-02-11T21:14:09" showfile="autumn_panto" />
  <Macro index="12" name="Remote login">
    <Macroline index="0"><text>Telnet {g.I()}</text></Macroline>
    <Macroline index="1"><text>Login "operator" "{g.P('console_password', 'quoted')}"</text></Macroline>
    <Macroline index="2" delay="2"><text>Go Executor 1.1</text></Macroline>
  </Macro>
  <Macro index="13" name="Backup session">
    <Macroline index="0"><text>Join Session "{g.Lpriv()}"</text></Macroline>
  </Macro>
  <!-- show programmer: {g.E('email')} -->
</MA>
"""


@T(AV, "text", "qlab/cue_list_export.txt")
def qlab_cue_notes(g):
    return f"""Cue list export - "Bittern" (tech run 3)
Number	Type	Name	Notes
1	Audio	Preshow loop	bed track, level -12
2	Network	Houselights 50%	OSC to {g.I()}:8000
3	Network	Sign in	/workspace/connect "{g.P('workspace_passcode', 'plain', style=9)}"
4	Video	Projection A	Projector login admin / {g.P('projector_password', 'plain')}
5	Memo	Streaming	stream key is {g.K('stream_key', g.groups(4, 4, 'abcdefghijklmnopqrstuvwxyz0123456789'))} (do not show on screen!)
6	Memo	Contact	SM: {g.E('email')}
7	Memo	Spare	board spare IP {g.Lpriv()}, show version {g.Lver()}
"""


@T(AV, "csound", "pieces/tarn_reflections.csd")
def csound_csd(g):
    return f"""<CsoundSynthesizer>
<CsOptions>
-odac -iadc -+rtaudio=jack -B512 -b128
</CsOptions>
<CsInstruments>
sr = 48000
ksmps = 32
nchnls = 2
0dbfs = 1
; OSC from the dancers' phones, relay on {g.I()}
giOSC OSCinit 7770
; relay login (set up by {g.E('email')}): tarn / {g.P('relay_password', 'plain')}
gSrelayKey = "{g.K('relay_api_key', g.alnum(32))}"
instr 1
  aSig oscili 0.2, p4
  outs aSig, aSig
endin
</CsInstruments>
<CsScore>
i 1 0 4 220
</CsScore>
</CsoundSynthesizer>
<!-- render id {g.Luuid('render_id')} -->
"""


@T(AV, "html", "site/partials/tour-widget.html")
def bandsintown_widget_html(g):
    return f"""<!-- tour dates widget; the app id below is the management account's API key -->
<script charset="utf-8" src="https://widgetv3.bandsintown.com/main.min.js"></script>
<a class="bit-widget-initializer"
   data-artist-name="Whimbrel Quartet"
   data-app-id="{g.K('bandsintown_app_id', g.hex(32))}"
   data-display-local-dates="false"
   data-text-color="#FFFFFF"></a>
<!-- booking: {g.E('email')} -->
<!-- old staging: http://{g.Ltest()}/tour, admin pw was {g.P('staging_password', 'plain')} -->
<!-- theme version {g.Lver()} -->
"""


@T(AV, "shell", "scripts/listenbrainz_import.sh")
def listenbrainz_submit_sh(g):
    return f"""#!/bin/sh
# push the radio playout log to the station's profile
TOKEN="{g.K('listenbrainz_user_token', g.uuid())}"
curl -s -X POST https://api.listenbrainz.org/1/submit-listens \\
  -H "Authorization: Token $TOKEN" \\
  -H "Content-Type: application/json" \\
  -d @/var/spool/playout/last.json
# mirror copy to the archive box
scp -o User=playout /var/spool/playout/last.json {g.I()}:/srv/archive/
# archive box password (sshpass fallback): {g.P('archive_password', 'shell')}
# maintainer {g.E('email')}; example token from the docs: {g.Lph('00000000-0000-0000-0000-000000000000')}
"""


# ================================================================ film / VFX post-production
POST = "film / VFX post"


@T(POST, "yaml", "pipeline/config/core/shotgun.yml")
def shotgrid_toolkit_yml(g):
    return f"""# ShotGrid toolkit site connection, Sorrel Pictures
host: https://sorrel-pictures.shotgrid.autodesk.com
api_script: toolkit_pipeline
api_key: {g.K('shotgrid_script_key', g.chars('abcdefghijklmnopqrstuvwxyz0123456789', 20) + '~' + g.alnum(6))}
http_proxy: pipeline:{g.P('proxy_password', 'url')}@{g.I()}:3128
app_store_http_proxy: null
# render wranglers mailing list: {g.E('email')}
# core version {g.Lver()}, config commit {g.Lgit()}
"""


@T(POST, "dotenv", "ftrack/connect.env")
def ftrack_env(g):
    return f"""FTRACK_SERVER=https://quoll-vfx.ftrackapp.com
FTRACK_API_USER={g.E('email_username')}
FTRACK_API_KEY={g.K('ftrack_api_key', g.uuid())}
FTRACK_EVENT_PLUGIN_PATH=/mnt/pipe/ftrack/plugins
# render farm event listener runs on {g.I()}
LISTENER_DB_URL=postgresql://ftlisten:{g.P('db_password', 'url')}@{g.I()}:5432/events
# project id in the tests, not a key
TEST_PROJECT_ID={g.Luuid('project_id')}
# example from the ftrack docs: {g.Lph('your-api-key')}
"""


@T(POST, "dotenv", "kitsu/zou.env")
def kitsu_zou_env(g):
    return f"""DB_HOST={g.I()}
DB_PORT=5432
DB_USERNAME=zou
DB_PASSWORD={g.P('db_password', 'ini')}
DB_DATABASE=zoudb
SECRET_KEY={g.K('secret_key', g.hex(64))}
MAIL_SERVER=smtp.{g.word()}-studio.eu
MAIL_USERNAME={g.E('email_username')}
MAIL_PASSWORD={g.P('smtp_password', 'ini')}
MAIL_DEFAULT_SENDER={g.Lres()}
PREVIEW_FOLDER=/opt/zou/previews
INDEXER_KEY={g.K('indexer_master_key', g.alnum(32))}
# zou {g.Lver()} on {g.Lpriv()}
"""


@T(POST, "ini", "DeadlineRepository10/settings/connection.ini")
def deadline_ini(g):
    return f"""[Deadline]
ConnectionType=Remote
ProxyRoot=deadline-rcs.{g.word()}.lan:4433
ProxyUseSSL=True
ProxySSLCertificate=/opt/Thinkbox/certs/Deadline10RemoteClient.pfx
; certificate passphrase, same on every render node
ProxySSLCertificatePassword={g.P('certificate_passphrase', 'ini')}
DbHost={g.I()}
DbUser=deadline
DbPassword={g.P('db_password', 'ini')}
; monitor alerts go to {g.E('email')}
; fallback repo on {g.Lpriv()}
LicenseServer=27008@{g.I()}
WebServiceAuthKey={g.K('web_service_key', g.alnum(28))}
; repository id {g.Luuid('repository_id')}
"""


@T(POST, "properties", "opencue/cuebot/opencue.properties")
def opencue_properties(g):
    return f"""# cuebot settings
datasource.cue-data-source.driver-class-name=org.postgresql.Driver
datasource.cue-data-source.jdbc-url=jdbc:postgresql://{g.I()}/cuebot
datasource.cue-data-source.username=cuebot
datasource.cue-data-source.password={g.P('db_password', 'ini')}
grpc.cue_port=8443
smtp_host={g.I()}
smtp.username={g.E('email_username')}
smtp.password={g.P('smtp_password', 'ini')}
# rqd hosts on the farm VLAN start at {g.Lpriv()}
build.version={g.Lver()}
cuebot.api.secret={g.K('cuebot_api_secret', g.hex(48))}
# commit {g.Lgit()}
"""


@T(POST, "shell", "houdini20.5/houdini.env")
def houdini_env(g):
    return f"""# houdini.env for the FX team
HOUDINI_OTLSCAN_PATH = "/mnt/pipe/hda;&"
HOUDINI_TEMP_DIR = "/scratch/houdini"
# licence server (sesinetd) at the colo
SESI_LMHOST = "{g.I()}"
# asset library sync (temporary - move to the vault!)
ASSETLIB_URL = "https://fx:{g.P('assetlib_password', 'url')}@assets.{g.word()}fx.com/hda"
ASSETLIB_TOKEN = "{g.K('assetlib_token', g.b64url(43))}"
# questions {g.E('email')}; tested with build {g.Lver()}
# SESI_LMHOST for the home office copy: {g.Ltest()}
"""


@T(POST, "edl", "conform/reel02_v7.edl")
def edl_comments(g):
    return f"""TITLE: REEL02_V7
FCM: NON-DROP FRAME

001  A012C003 V     C        01:02:11:05 01:02:14:19 00:59:58:00 00:59:01:14
* FROM CLIP NAME: A012C003_250211_R2KZ.mxf
* COMMENT: VFX PULL - UPLOAD TO VENDOR SFTP {g.I()} USER QUOLL PASS {g.P('sftp_password', 'plain')}
002  B004C011 V     C        02:15:40:12 02:15:44:02 00:59:01:14 00:59:05:04
* FROM CLIP NAME: B004C011_250211_R3AB.mxf
* COMMENT: NOTES TO {g.E('email', value=g.email().upper())}
* LOC: 00:59:03:00 RED    ASSET ID {g.Luuid('asset_id')}
003  BL       V     C        00:00:00:00 00:00:01:00 00:59:05:04 00:59:06:04
* COMMENT: REVIEW LINK TOKEN {g.K('review_link_token', g.alnum(24))}
"""


@T(POST, "xml", "exports/rough_cut.fcpxml")
def fcpxml_metadata(g):
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE fcpxml>
<fcpxml version="1.10">
  <resources>
    <format id="r1" name="FFVideoFormat1080p25" frameDuration="100/2500s" width="1920" height="1080"/>
    <asset id="r2" name="INT_KITCHEN_T3" uid="{g.L('asset_uid', g.HEX(32))}" start="0s" duration="4852/25s" hasVideo="1">
      <media-rep kind="original-media" src="https://{g.word()}:{g.P('dailies_password', 'url')}@dailies.{g.word()}films.ie/INT_KITCHEN_T3.mov"/>
    </asset>
  </resources>
  <library>
    <event name="Day 4">
      <project name="Rough cut">
        <sequence format="r1">
          <spine>
            <asset-clip ref="r2" offset="0s" duration="4852/25s" name="INT_KITCHEN_T3">
              <note>Mixer: send stems to {g.E('email')}; transfer box {g.I()}</note>
            </asset-clip>
          </spine>
        </sequence>
      </project>
    </event>
  </library>
</fcpxml>
"""


@T(POST, "json", "editorial/sc12_v3.otio")
def otio_json(g):
    tok = g.K("signed_url_token", g.b64url(64))
    doc = {
        "OTIO_SCHEMA": "Timeline.1",
        "name": "sc12_v3",
        "metadata": {"exported_by": g.E("email"), "otio_version": g.Lver()},
        "tracks": {"OTIO_SCHEMA": "Stack.1", "children": [{
            "OTIO_SCHEMA": "Track.1", "kind": "Video", "children": [{
                "OTIO_SCHEMA": "Clip.2", "name": "sc12_t4",
                "media_references": {"DEFAULT_MEDIA": {
                    "OTIO_SCHEMA": "ExternalReference.1",
                    "target_url": f"https://{g.I()}/media/sc12_t4.mov?token={tok}"}},
                "metadata": {"shot_id": g.Luuid("shot_id")}}]}]},
    }
    return jdump(doc) + "\n"


@T(POST, "usda", "assets/set_kitchen/kitchen.usda")
def usda_layer(g):
    return f"""#usda 1.0
(
    customLayerData = {{
        string author = "{g.E('email')}"
        string assetServer = "https://{g.I()}/api/v2"
        string assetServerToken = "{g.K('asset_server_token', g.hex(40))}"
        string pipelineVersion = "{g.Lver()}"
        string sourceCommit = "{g.L('git_sha', g.sha1())}"
    }}
    defaultPrim = "Kitchen"
    metersPerUnit = 0.01
    upAxis = "Y"
)

def Xform "Kitchen" (
    kind = "assembly"
)
{{
    def "Table" (
        references = @./table.usd@
    )
    {{
    }}
}}
"""


# ================================================================ science labs and compute
LAB = "science lab / compute"


@T(LAB, "dotenv", "elabftw/elabftw.env")
def elabftw_env(g):
    return f"""# eLabFTW for the Ochre Lab (Mar 2025)
DB_HOST={g.I()}
DB_PORT=3306
DB_NAME=elabftw
DB_USER=elabftw
DB_PASSWORD={g.P('db_password', 'ini')}
SECRET_KEY={g.K('elabftw_secret_key', 'def00000' + g.hex(128))}
SITE_URL=https://eln.ochrelab.ac.nz
SMTP_ADDRESS={g.I()}
SMTP_USERNAME={g.E('email_username')}
SMTP_PASSWORD={g.P('smtp_password', 'ini')}
# image tag {g.Lver()} digest sha256:{g.Lsha256()}
"""


@T(LAB, "properties", "openbis/servers/openBIS-server/jetty/etc/service.properties")
def openbis_properties(g):
    return f"""# openBIS AS
database.url-host-part = //{g.I()}:5432
database.owner = openbis
database.owner-password = {g.P('db_password', 'ini')}
database.admin-user = postgres
database.admin-password = {g.P('db_admin_password', 'ini')}
mail.from = {g.Lres()}
mail.smtp.host = {g.I()}
mail.smtp.user = {g.E('email_username')}
mail.smtp.password = {g.P('smtp_password', 'ini')}
# personal access token for the sync job (rotate yearly)
sync.pat = {g.K('openbis_pat', g.hex(32))}
"""


@T(LAB, "config", "~/.basespace/default.cfg")
def basespace_cfg(g):
    return f"""apiServer   = https://api.euc1.sh.basespace.illumina.com
accessToken = {g.K('basespace_access_token', g.hex(32))}
# run folder sync user for the core (contact {g.E('email')})
# rsync target: seqcore@{g.I()}:/data/runs  password {g.P('rsync_password', 'shell')}
# flowcell id in the log is not a secret: {g.L('flowcell_id', g.upper(9))}
"""


@T(LAB, "yaml", "cwl/jobs/align_batch7.yml")
def cwl_job_yml(g):
    return f"""# job order for align-reads.cwl, batch 7
reads_1:
  class: File
  location: https://{g.I()}/runs/b7/R1.fastq.gz
reads_2:
  class: File
  location: https://{g.I()}/runs/b7/R2.fastq.gz
reference_index:
  class: Directory
  location: s3://ochre-refs/GRCh38/
s3_access_key_id: {g.K('s3_access_key_id', g.upper(20))}
s3_secret_access_key: {g.K('s3_secret_access_key', g.b64(40))}
notify_email: {g.E('email')}
example_endpoint: http://{g.Ltest()}:8080
pipeline_version: {g.Lver()}
sample_uuid: {g.Luuid('sample_id')}
"""


@T(LAB, "json", "wdl/inputs/joint_genotyping.inputs.json")
def wdl_inputs_json(g):
    d = {
        "JointGenotyping.callset_name": "cohort_2025_q1",
        "JointGenotyping.sample_map": "gs://lab-cohort/sample_map.tsv",
        "JointGenotyping.dbsnp_vcf": "gs://lab-refs/dbsnp_156.vcf.gz",
        "JointGenotyping.notify_to": g.E("email"),
        "JointGenotyping.drs_bearer_token": g.K("drs_bearer_token", g.jwt()),
        "JointGenotyping.db_uri": f"postgresql://genotyper:{g.P('db_password', 'url')}@{g.I()}:5432/calls",
        "JointGenotyping.workflow_version": g.Lver(),
        "JointGenotyping.reference_md5": g.L("md5_checksum", g.hex(32)),
    }
    return jdump(d) + "\n"


@T(LAB, "config", "cromwell/cromwell.conf")
def cromwell_conf(g):
    return f"""include required(classpath("application"))

webservice {{
  port = 8000
  interface = {g.L('unspecified_ip', '0.0.0.0')}
}}

database {{
  profile = "slick.jdbc.MySQLProfile$"
  db {{
    driver = "com.mysql.cj.jdbc.Driver"
    url = "jdbc:mysql://{g.I()}/cromwell?rewriteBatchedStatements=true&useSSL=false"
    user = "cromwell"
    password = "{g.P('db_password', 'quoted')}"
    connectionTimeout = 5000
  }}
}}

filesystems.drs.auth {{
  bearer = "{g.K('drs_bearer_token', g.jwt())}"
  # docs placeholder: {g.Lph('YOUR_DRS_TOKEN')}
}}

engine {{
  filesystems {{
    http {{ }}
  }}
}}
# maintainer {g.E('email')}; the dev copy runs on {g.Lpriv()}
"""


@T(LAB, "json", "~/.dnanexus_config/environment.json")
def dnanexus_env_json(g):
    d = {
        "DX_APISERVER_HOST": "api.dnanexus.com",
        "DX_APISERVER_PORT": "443",
        "DX_APISERVER_PROTOCOL": "https",
        "DX_PROJECT_CONTEXT_ID": g.L("project_id", "project-" + g.alnum(24)),
        "DX_SECURITY_CONTEXT": json.dumps({"auth_token_type": "Bearer",
                                           "auth_token": g.K("dnanexus_auth_token", g.alnum(32))},
                                          ensure_ascii=False),
        "DX_USERNAME": g.first().lower() + "." + g.last().lower(),
        "DX_CLI_WD": "/",
        "DX_USER_EMAIL": g.E("email"),
    }
    return jdump(d) + "\n"


@T(LAB, "gaussian", "calcs/ts_search/ts07.gjf")
def gaussian_gjf(g):
    return f"""%NProcShared=32
%Mem=96GB
%Chk=ts07.chk
#p opt=(ts,calcfc,noeigentest) freq b3lyp/def2tzvp empiricaldispersion=gd3bj scrf=(smd,solvent=water)

TS07 ring closure, run by {g.E('email')} (queue key {g.K('queue_api_key', g.hex(32))}) (results sync to {g.I()}; scratch user chem / {g.P('scratch_password', 'plain')})

0 1
C    -1.20481    0.41233   -0.02117
C     0.12006    0.89410    0.00562
O     1.10994   -0.03377    0.11891
H    -1.43015   -0.64802   -0.10288
H     0.33541    1.96135   -0.05019

"""


@T(LAB, "lammps", "md/runs/ionic_liquid/in.production")
def lammps_in(g):
    return f"""# LAMMPS production run, ionic liquid box
units           real
atom_style      full
boundary        p p p
read_data       data.il_box
include         ff.params
thermo          1000
timestep        1.0
fix             1 all npt temp 298.0 298.0 100.0 iso 1.0 1.0 1000.0
dump            1 all custom 5000 traj.lammpstrj id mol type x y z
run             5000000
# push the trajectory when done (password in the url is temporary, yes I know)
shell           curl -T traj.lammpstrj ftp://md:{g.P('ftp_password', 'url')}@{g.I()}/incoming/
# owner {g.E('email')}, build {g.L('version_date', '29Aug2024')}, job {g.Luuid('job_id')}
# archive api key {g.K('archive_api_key', g.alnum(40))}, input checksum {g.Lsha256()}
"""


@T(LAB, "maxima", "notes/band_gaps.mac")
def maxima_mac(g):
    return f"""/* band gaps from the Materials Project for the course sheet */
mp_api_key : "{g.K('materials_project_api_key', g.alnum(32))}"$
mp_url : "https://api.materialsproject.org/materials/summary/"$
/* proxy for the teaching lab: proxy.{g.word()}.edu user student pass {g.P('proxy_password', 'plain')} */
gaps : [1.12, 0.67, 3.4, 5.5]$
mean_gap : apply("+", gaps) / length(gaps);
/* tutor contact: {g.E('email')}; the lab mirror runs on {g.I()} */
/* course package {g.Lver()}, sheet id {g.Luuid('sheet_id')} */
"""


@T(LAB, "mkfg", "~/.ncbi/user-settings.mkfg")
def ncbi_user_settings(g):
    return f"""/LIBS/GUID = "{g.Luuid('install_guid')}"
/config/default = "false"
/repository/user/main/public/root = "/scratch/ncbi"
/repository/user/main/public/apps/sra/volumes/sraFlat = "sra"
/tools/prefetch/download_to_cache = "true"
/http/proxy/path = "http://seq:{g.P('proxy_password', 'url')}@{g.I()}:3128"
/entrez/api_key = "{g.K('ncbi_api_key', g.hex(36))}"
/entrez/email = "{g.E('email')}"
/tools/prefetch/last_checksum = "{g.L('md5_checksum', g.hex(32))}"
"""


@T(LAB, "mathematica", "labguru/SyncInventory.wl")
def labguru_wl(g):
    return f"""(* sync freezer inventory from Labguru into the group sheet *)
$labguruToken = "{g.K('labguru_api_token', g.hex(40))}";
$labguruBase = "https://my.labguru.com/api/v1/";
(* old login flow, kept for the cluster nodes that cannot reach the SSO *)
$lgUser = "{g.E('email_username')}";
$lgPassword = "{g.P('labguru_password', 'quoted')}";
req = HTTPRequest[$labguruBase <> "boxes.json",
  <|"Query" -> {{"token" -> $labguruToken, "page" -> 1}}|>];
boxes = Import[req, "RawJSON"];
(* freezer controller on the lab VLAN: {g.Lpriv()}; paclet {g.Lver()} *)
"""


@T(LAB, "yaml", "scinote/config/application.yml")
def scinote_yml(g):
    return f"""production:
  DATABASE_URL: postgresql://scinote:{g.P('db_password', 'url')}@{g.I()}:5432/scinote_production
  SECRET_KEY_BASE: {g.K('secret_key_base', g.hex(128))}
  MAIL_FROM: {g.Lres()}
  SMTP_ADDRESS: {g.I()}
  SMTP_USERNAME: {g.E('email_username')}
  SMTP_PASSWORD: {g.P('smtp_password', 'yaml')}
  PASTE_API_KEY: {g.K('chem_editor_license_key', g.upper(24))}
  APP_VERSION: {g.Lver()}
"""


# ================================================================ makers, electronics and FPGA
MAKER = "maker / electronics / FPGA"


@T(MAKER, "json", "fluidd/config.json")
def fluidd_config_json(g):
    d = {"instances": [
        {"name": "Voron 2.4", "apiUrl": f"http://{g.Lpriv()}", "apiKey": g.K("printer_api_key", g.hex(32))},
        {"name": "Makerspace Ender", "apiUrl": f"https://{g.I()}:7125",
         "apiKey": g.K("printer_api_key", g.hex(32))},
    ], "hosted": False, "owner": g.E("email"),
        "webcamAuth": {"user": "cam", "password": g.P("webcam_password", "quoted")},
        "version": g.Lver()}
    return jdump(d) + "\n"


@T(MAKER, "gcode", "sys/config.g")
def reprap_config_g(g):
    return f"""; config.g for Duet 3 Mini 5+ (generated by RepRapFirmware Configuration Tool, edited by hand)
G90                                          ; send absolute coordinates
M83                                          ; relative extruder moves
M550 P"Dunnart"                              ; set printer name
M551 P"{g.P('web_password', 'quoted')}"                           ; set web/ftp password
M552 S0                                      ; disable network while configuring
M587 S"makerspace-2g" P"{g.P('wifi_passphrase', 'quoted')}"           ; add wifi network
M552 S1                                      ; enable network
M586 P1 S1                                   ; enable FTP
; static fallback used at the fair: M552 P{g.Ltest()} S1
; telemetry relay {g.I()}, owner {g.E('email')}
; firmware {g.Lver()}
"""


@T(MAKER, "ini", "PrusaSlicer/physical_printer/MK4S_lab.ini")
def prusaslicer_printer_ini(g):
    return f"""# generated by PrusaSlicer {g.Lver()} on 2025-01-19 at 14:02:11 UTC
host_type = repetier
preset_name = Voron 2.4 350 0.4 nozzle
print_host = {g.I()}
printhost_apikey = {g.K('printer_api_key', g.alnum(16))}
printhost_authorization_type = key
printhost_cafile = 
printhost_password = {g.P('printhost_password', 'ini')}
printhost_port = voron_350
printhost_user = maker
# lab contact {g.E('email')}
# printer serial {g.L('device_serial', 'CZPX' + g.digits(10))}, MAC {g.Lmac()}
"""


@T(MAKER, "kicad", "hw/tracker_v3/tracker.kicad_sch")
def kicad_sch_titleblock(g):
    return f"""(kicad_sch (version 20231120) (generator "eeschema") (generator_version "8.0")
  (uuid "{g.Luuid('sheet_uuid')}")
  (paper "A4")
  (title_block
    (title "Tracker v3")
    (date "2025-02-02")
    (rev "C")
    (company "Redpoll Robotics")
    (comment 1 "Drawn by {g.E('email')}")
    (comment 2 "BOM sync: LCSC key {g.K('parts_api_key', g.hex(32))}")
    (comment 3 "Fab upload login redpoll / {g.P('fab_portal_password', 'quoted')}")
    (comment 4 "Test fixture {g.I()}")
  )
  (lib_symbols)
)
"""


@T(MAKER, "dotenv", "bom-tool/.env")
def digikey_octopart_env(g):
    return f"""DIGIKEY_CLIENT_ID={g.K('digikey_client_id', g.alnum(32))}
DIGIKEY_CLIENT_SECRET={g.K('digikey_client_secret', g.alnum(16))}
DIGIKEY_STORAGE_PATH=.cache/digikey
OCTOPART_TOKEN={g.K('octopart_token', g.hex(32))}
JLCPCB_APP_KEY={g.K('jlcpcb_app_key', g.alnum(24))}
JLCPCB_APP_SECRET={g.K('jlcpcb_app_secret', g.alnum(32))}
NOTIFY={g.E('email')}
# cache server {g.Lpriv()}
# example from the README: DIGIKEY_CLIENT_ID={g.Lph('<your-client-id>')}
"""


@T(MAKER, "json", "~/.config/onshape/creds.json")
def onshape_creds_json(g):
    d = {"https://cad.onshape.com": {"access_key": g.K("onshape_access_key", g.alnum(24)),
                                     "secret_key": g.K("onshape_secret_key", g.alnum(48))},
         "https://makerspace.onshape.com": {"access_key": g.K("onshape_access_key", g.alnum(24)),
                                            "secret_key": g.K("onshape_secret_key", g.alnum(48))},
         "_comment": f"owned by {g.E('email')}; document id {g.L('document_id', g.hex(24))} is not a secret"}
    return jdump(d) + "\n"


@T(MAKER, "openscad", "models/enclosure_lid.scad")
def openscad_scad(g):
    return f"""// enclosure lid for the sensor box, v{g.Lver()}
// upload with: thingiverse-cli --token {g.K('thingiverse_app_token', g.hex(32))} lid.stl
// printed at the library makerspace, login on the printer PC: maker / {g.P('pc_password', 'plain')}
$fn = 64;
wall = 2.2;
difference() {{
    cube([80, 52, 6]);
    translate([wall, wall, wall]) cube([80 - 2*wall, 52 - 2*wall, 6]);
    // cable gland hole
    translate([40, 26, -1]) cylinder(d = 12.5, h = 10);
}}
// questions to {g.E('email')}
// STL checksum {g.Lsha256()}
"""


@T(MAKER, "systemverilog", "rtl/tb/tb_secure_boot.sv")
def systemverilog_tb(g):
    return f"""`timescale 1ns/1ps
// testbench for the secure-boot block. the key below is the DEV key that is also
// burned into the first 40 eval boards (sigh) - do not reuse
module tb_secure_boot;
  localparam logic [255:0] AES_DEV_KEY = 256'h{g.K('aes_device_key', g.hex(64))};
  localparam logic [127:0] JTAG_UNLOCK = 128'h{g.K('jtag_unlock_key', g.hex(32))};
  // lab DUT board reachable at {g.I()} (telnet password {g.P('board_password', 'plain')})
  logic clk = 0;
  always #5 clk = ~clk;
  initial begin
    $display("tb_secure_boot rev %s", "{g.Lgit()}");
    #1000 $finish;
  end
endmodule
// maintainer {g.E('email')}
"""


@T(MAKER, "vhdl", "rtl/net/net_config_pkg.vhd")
def vhdl_pkg(g):
    return f"""-- network defaults for the camera FPGA
library ieee;
use ieee.std_logic_1164.all;

package net_config_pkg is
  -- management UI login (factory default, printed on the label too)
  constant MGMT_USER     : string := "admin";
  constant MGMT_PASSWORD : string := "{g.P('device_password', 'quoted')}";
  -- cloud relay (see {g.I()}) and its device token
  constant RELAY_TOKEN   : string := "{g.K('relay_device_token', g.b64url(32))}";
  -- default MAC from the eval board sticker: {g.Lmac()}
  -- default address {g.Lpriv()}
  -- owner {g.E('email')}
end package net_config_pkg;
"""


@T(MAKER, "yaml", "fusesoc/redpoll_soc.core")
def fusesoc_core(g):
    return f"""CAPI=2:
name: redpoll:soc:top:{g.Lver()}
description: SoC top with the uart bootloader

filesets:
  rtl:
    files: [rtl/top.sv, rtl/uart_boot.sv]
    file_type: systemVerilogSource

parameters:
  BOOT_PASSWORD:
    datatype: str
    default: {g.P('bootloader_password', 'yaml')}
    paramtype: vlogparam
  TELEMETRY_KEY:
    datatype: str
    default: {g.K('telemetry_key', g.hex(32))}
    paramtype: vlogparam

targets:
  default:
    filesets: [rtl]
    parameters: [BOOT_PASSWORD, TELEMETRY_KEY]
    toplevel: top
# contact {g.E('email')}
"""


@T(MAKER, "yaml", "tinytapeout/info.yaml")
def tinytapeout_info_yaml(g):
    return f"""# Tiny Tapeout project information
project:
  title: "Wryneck PWM synth"
  author: "{g.name()}"
  discord: ""
  description: "4-voice PWM synth"
  language: "Verilog"
  clock_hz: 10000000
  tiles: "1x2"
  top_module: "tt_um_wryneck_synth"
  source_files:
    - "project.v"
# CI secrets, moved to the repo settings on 2025-03-02 (old ones rotated? check):
# TT_UPLOAD_TOKEN: {g.K('upload_token', g.b64url(40))}
# notify: {g.E('email')}
# template commit {g.Lgit()}
# die id {g.Luuid('die_id')}
"""


# ================================================================ small ISPs, shops, clinics, agencies
BIZ = "small business systems"


@T(BIZ, "php", "daloradius/app/common/includes/daloradius.conf.php")
def daloradius_conf_php(g):
    return f"""<?php
$configValues['DALORADIUS_VERSION'] = '{g.Lver()}';
$configValues['CONFIG_DB_ENGINE'] = 'mysqli';
$configValues['CONFIG_DB_HOST'] = '{g.I()}';
$configValues['CONFIG_DB_PORT'] = '3306';
$configValues['CONFIG_DB_USER'] = 'radius';
$configValues['CONFIG_DB_PASS'] = '{g.P('db_password', 'quoted')}';
$configValues['CONFIG_DB_NAME'] = 'radius';
$configValues['CONFIG_MAIL_SMTPADDR'] = '{g.I()}';
$configValues['CONFIG_MAIL_SMTPFROM'] = '{g.E('email')}';
$configValues['CONFIG_MAIL_SMTPAUTH'] = '{g.P('smtp_password', 'quoted')}';
// NAS shared secret for the tower AP (also in clients.conf)
$configValues['CONFIG_NAS_SECRET_TOWER2'] = '{g.K('radius_shared_secret', g.alnum(20))}';
"""


@T(BIZ, "toml", "etc/lqos.conf")
def lqos_conf_toml(g):
    return f"""version = "1.5"
lqos_directory = "/opt/libreqos/src"
node_id = "{g.L('node_id', g.hex(40))}"
node_name = "Pemba tower"
packet_capture_time = 10
queue_check_period_ms = 1000

[usage_stats]
send_anonymous = false

[integration_common]
circuit_name_as_address = false
always_overwrite_network_json = true

[uisp_integration]
enable_uisp = true
token = "{g.K('uisp_api_token', g.uuid())}"
url = "https://{g.I()}"
site = "Pemba tower"

[splynx_integration]
enable_splynx = false
api_key = "{g.K('splynx_api_key', g.hex(32))}"
api_secret = "{g.K('splynx_api_secret', g.hex(32))}"
url = "https://billing.pembanet.co.tz"
# NOC contact {g.E('email')}
# docs example url: https://{g.Ltest()}/nms
"""


@T(BIZ, "php", "scripts/splynx_suspend.php")
def splynx_api_php(g):
    return f"""<?php
// suspend customers with overdue invoices (cron, 02:00)
require 'vendor/autoload.php';
const API_URL = 'https://{g.I()}/';
const API_KEY = '{g.K('splynx_api_key', g.hex(32))}';
const API_SECRET = '{g.K('splynx_api_secret', g.hex(32))}';
$db = new PDO('mysql:host={g.Lpriv()};dbname=reports', 'reports', '{g.P('db_password', 'quoted')}');
$api = new SplynxAPI(API_URL, API_KEY, API_SECRET);
$api->setVersion(SplynxApi::API_VERSION_2);
mail('{g.E('email')}', 'suspend run', 'done');
"""


@T(BIZ, "php", "qloapps/config/settings.inc.php")
def qloapps_settings_php(g):
    return f"""<?php
define('_DB_SERVER_', '{g.I()}');
define('_DB_NAME_', 'qloapps');
define('_DB_USER_', 'qlo_user');
define('_DB_PASSWD_', '{g.P('db_password', 'quoted')}');
define('_DB_PREFIX_', 'qlo_');
define('_MYSQL_ENGINE_', 'InnoDB');
define('_PS_CACHING_SYSTEM_', 'CacheMemcache');
define('_PS_CACHE_ENABLED_', '0');
define('_COOKIE_KEY_', '{g.K('cookie_key', g.alnum(56))}');
define('_COOKIE_IV_', '{g.K('cookie_iv', g.alnum(8))}');
define('_PS_CREATION_DATE_', '2024-11-03');
define('_PS_VERSION_', '{g.Lver()}');
define('_RIJNDAEL_KEY_', '{g.K('rijndael_key', g.alnum(32))}');
define('_RIJNDAEL_IV_', '{g.K('rijndael_iv', g.b64(22) + '==')}');
// hotel front desk: {g.E('email')}
"""


@T(BIZ, "dotenv", "pos-sync/.env")
def zettle_loyverse_env(g):
    return f"""# cafe POS -> accounting sync
ZETTLE_CLIENT_ID={g.K('zettle_client_id', g.uuid())}
ZETTLE_API_KEY={g.K('zettle_api_key', g.jwt())}
LOYVERSE_ACCESS_TOKEN={g.K('loyverse_access_token', g.hex(32))}
ACCOUNTING_USER={g.E('email_username')}
ACCOUNTING_PASSWORD={g.P('accounting_password', 'ini')}
# till in the kiosk {g.Lpriv()}, store id {g.Luuid('store_id')}
"""


@T(BIZ, "yaml", "integrations/ezyvet.yaml")
def ezyvet_integration_yaml(g):
    return f"""ezyvet:
  partner_id: {g.L('partner_id', 'ph' + g.digits(6))}
  client_id: {g.K('ezyvet_client_id', g.hex(32))}
  client_secret: {g.K('ezyvet_client_secret', g.hex(64))}
  site_uid: {g.K('ezyvet_site_uid', g.hex(32))}
  base_url: https://api.trial.ezyvet.com
reminders:
  sms_gateway: https://{g.I()}/send
  sms_password: {g.P('sms_gateway_password', 'yaml')}
  reply_to: {g.E('email')}
lab:
  analyser_host: {g.Lpriv()}
"""


@T(BIZ, "shell", "scripts/vetspire_export.sh")
def vetspire_graphql_sh(g):
    return f"""#!/usr/bin/env bash
# nightly appointment export for the two clinics
set -euo pipefail
VETSPIRE_KEY="{g.K('vetspire_api_key', g.alnum(40))}"
curl -s https://api.vetspire.com/graphql \\
  -H "Authorization: $VETSPIRE_KEY" \\
  -H 'Content-Type: application/json' \\
  -d '{{"query":"{{ appointments(start:\\"2025-03-01\\") {{ id patient {{ name }} }} }}"}}' > /srv/exports/appts.json
lftp -u clinicsync,{g.P('ftp_password', 'shell')} sftp://{g.I()} -e "put /srv/exports/appts.json; bye"
echo "export ok" | mail -s vetspire {g.E('email')}
# script {g.Lver()}, clinic ids {g.Luuid('clinic_id')} and {g.Luuid('clinic_id')}
"""


@T(BIZ, "properties", "omegat/repositories_credentials.properties")
def omegat_credentials_properties(g):
    host = f"tm.{g.word()}-translations.eu"
    return f"""#OmegaT team project credentials
#Sun Feb 09 11:02:44 CET 2025
https\\://{host}/svn/fr-de/username={g.E('email_username')}
https\\://{host}/svn/fr-de/password={g.P('svn_password', 'ini')}
https\\://{host}/svn/fr-de/save_plain_password=true
https\\://{g.I()}/git/glossaries.git/username=omegat
https\\://{g.I()}/git/glossaries.git/password={g.P('git_password', 'ini')}
mt.engine.key={g.K('mt_api_key', g.hex(32))}
#project id {g.Luuid('project_id')}
#mt.engine.key example={g.Lph('YOUR_KEY_HERE')}
"""


@T(BIZ, "shell", "astro/upload_session.sh")
def astrobin_upload_sh(g):
    return f"""#!/bin/sh
# push last night's stack to AstroBin and the club archive
API="https://www.astrobin.com/api/v2/images/image/?api_key={g.K('astrobin_api_key', g.hex(40))}&api_secret={g.K('astrobin_api_secret', g.hex(40))}"
curl -F "image_file=@$1" -F "title=$2" "$API"
# club archive (the observatory pc)
rsync -av "$1" observer@{g.I()}:/archive/2025/
# remote observatory roof controller: http://roof:{g.P('roof_password', 'url')}@{g.I()}/status
# plate solve job id for the log: {g.Luuid('solve_job_id')}
# contact {g.E('email')}
"""


# ================================================================ logs
LOG = "log"


@T(LOG, "log", "luanti/debug.txt")
def luanti_debug_log(g):
    return f"""2025-03-02 19:04:11: ACTION[Server]: {g.first().lower()} [{g.I()}] joins game. List of players: {g.first().lower()}
2025-03-02 19:04:40: WARNING[Server]: Mod "mail_sync" sent SMTP AUTH user={g.E('email_username')} pass={g.P('smtp_password', 'shell')}
2025-03-02 19:05:02: ACTION[Server]: Server: User {g.first().lower()} at {g.I6()} supplied wrong password (auth mechanism: SRP).
2025-03-02 19:05:30: ERROR[Main]: mapgen: bad seed {g.L('map_seed', g.digits(19))}
2025-03-02 19:06:12: ACTION[Server]: Admin set default_password to {g.P('default_password', 'shell')} via /set
2025-03-02 19:07:00: ACTION[Server]: Announcing to servers.luanti.org from {g.Lpriv()}
"""


@T(LOG, "log", "Deadline10/logs/deadlineslave-render07-2025-02-14.log")
def deadline_slave_log(g):
    return f"""2025-02-14 03:11:02:  Deadline Worker {g.Lver()} [v10.3 Release]
2025-02-14 03:11:02:  Repository: {g.I()}:4433 (RemoteConnectionServer)
2025-02-14 03:11:05:  Scheduler Thread - Job {g.L('job_id', g.hex(24))} picked up
2025-02-14 03:11:06:  0: STDOUT: sync_assets.sh --user render --password {g.P('asset_password', 'shell')} --host {g.I()}
2025-02-14 03:11:09:  0: STDOUT: ShotGrid event key={g.K('shotgrid_script_key', g.chars('abcdefghijklmnopqrstuvwxyz0123456789', 26))}
2025-02-14 03:14:51:  0: Render finished, notifying {g.E('email')}
"""


@T(LOG, "log", "rqd/rqd-2025-01-30.log")
def opencue_rqd_log(g):
    return f"""INFO   rqd.rqcore  Launching frame 0042-sc12_fx_sim on {g.Lpriv()}
DEBUG  rqd.rqcore  env: CUE_USER=fx CUE_SHOW=sorrel DB_PASS={g.P('db_password', 'shell')}
DEBUG  rqd.rqcore  env: ASSET_TOKEN={g.K('asset_server_token', g.hex(40))}
INFO   rqd.rqnetwork  reporting to cuebot {g.I()}:8443
WARN   rqd.rqnetwork  cuebot {g.I6()} unreachable, retry in 30s
INFO   rqd.rqcore  frame done, mail to {g.E('email')} (frame id {g.Luuid('frame_id')})
"""


@T(LOG, "log", "radius/radius.log")
def radius_auth_log(g):
    return f"""Tue Mar  4 06:12:45 2025 : Auth: (1934) Login OK: [{g.E('email_username')}/{g.P('subscriber_password', 'shell')}] (from client tower2 port 0 cli {g.Lmac()})
Tue Mar  4 06:12:51 2025 : Auth: (1935) Login incorrect (pap: Cleartext password does not match): [pemba{g.digits(4)}/{g.P('subscriber_password', 'shell')}] (from client tower2 port 0)
Tue Mar  4 06:13:02 2025 : Info: Loaded virtual server <default>, NAS {g.I()} secret {g.K('radius_shared_secret', g.alnum(20))}
Tue Mar  4 06:13:07 2025 : Auth: (1936) Login OK: [pemba{g.digits(4)}] (from client {g.Lpriv()} port 0)
Tue Mar  4 06:13:09 2025 : Info: Ready to process requests (build {g.Lver()}, session {g.Luuid('session_id')})
"""


@T(LOG, "log", "companion/companion.log")
def companion_log(g):
    return f"""[2025-02-01T18:02:11.402Z] Instance/vmix_remote: connecting to [{g.I6()}]:8088
[2025-02-01T18:02:11.519Z] Instance/projector_hall: PJLINK auth with {g.P('pjlink_password', 'shell')} failed
[2025-02-01T18:02:12.003Z] Cloud: region eu, key {g.K('companion_cloud_key', g.uuid())}
[2025-02-01T18:02:14.227Z] Surface: streamdeck {g.L('device_serial', g.upper(12))} added
[2025-02-01T18:02:20.910Z] Export: config emailed to {g.E('email')} from {g.I()}
"""


@T(LOG, "log", "elabftw/php-error.log")
def elabftw_php_log(g):
    return f"""[09-Mar-2025 10:14:02 UTC] PHP Warning:  Undefined array key "team" in /elabftw/src/classes/Auth.php on line 211
[09-Mar-2025 10:14:02 UTC] Login attempt: {g.E('email')} from {g.I()}
[09-Mar-2025 10:14:03 UTC] PDOException: SQLSTATE[HY000] [1045] Access denied for user 'elabftw'@'{g.Lpriv()}' (using password: YES) dsn=mysql:host={g.I()} pwd={g.P('db_password', 'shell')}
[09-Mar-2025 10:15:20 UTC] API call with key {g.K('elabftw_api_key', g.digits(1) + '-' + g.hex(84))} -> 200
[09-Mar-2025 10:15:21 UTC] request id {g.Luuid('request_id')}
"""


# ================================================================ chat, forums, notes apps
CHAT = "chat / forum / notes"


@T(CHAT, "text", "forum/thread-88213-post-4.txt")
def xenforo_post(g):
    return f"""[QUOTE="{g.first()}, post: {g.digits(6)}, member: {g.digits(5)}"]anyone got the new box running?[/QUOTE]
Yep, moved everything last night. New address is [B]{g.I()}[/B] (v6: {g.I6()}).
Panel login for the mod team, same as before but new pw:
[CODE]user: modteam
pass: {g.P('panel_password', 'shell')}[/CODE]
Don't paste it in the public channels please. If the panel throws a 502 ping me at {g.E('email')}.
[SPOILER=old stuff]old box was {g.Ltest()}, ignore anything that says so[/SPOILER]
"""


@T(CHAT, "text", "forum/private_messages/pm_11904.txt")
def vbulletin_pm(g):
    return f"""From: {g.first()}{g.digits(2)}
To: {g.first()}_{g.word()}
Date: 02-11-2025, 09:41 PM
Subject: FTP for the skin pack

Hi, here is the FTP for the skin uploads, it's only for you and Rustam:
host {g.I()} port 21
user skins
pass {g.P('ftp_password', 'shell')}

The site API key (for the gallery script) is {g.K('gallery_api_key', g.hex(32))} - I'll rotate it after the contest.
Mail me at {g.E('email')} if anything breaks (skin pack {g.Lver()}). Docs say to use {g.Lres()} for testing, don't.
"""


@T(CHAT, "email", "usenet/comp.os.fidonet.misc/4471.eml")
def usenet_article(g):
    me = g.E("email")
    return f"""Path: news.{g.word()}.net!not-for-mail
From: {g.name()} <{me}>
Newsgroups: alt.comp.bbs.sysops
Subject: Re: moving the BBS to a VPS - telnet + binkp settings
Date: Sat, 08 Feb 2025 22:14:05 +0100
Message-ID: <{g.Luuid('message_id_local')}@{g.L('placeholder_host', 'news.invalid')}>
NNTP-Posting-Host: {g.I()}
Lines: 14

> what does your binkd.conf look like?

Roughly this (session password changed before posting... I think):

  node 2:{g.digits(3)}/{g.digits(2)} {g.I()} {g.P('binkp_session_password', 'shell')} c
  domain fidonet /var/spool/ftn/outbound 2

The VPS provider panel is at {g.I6()}, not that you need it.
"""


@T(CHAT, "markdown", "logseq/journals/2025_03_07.md")
def logseq_journal(g):
    return f"""- [[Makerspace]] evening
	- fixed the laser cutter PC, new local admin pw `{g.P('admin_password', 'shell')}`
	- TODO tell {g.E('email')} about the new door controller address {g.I()}
	- door controller API key for the membership app:
		- `{g.K('door_api_key', g.alnum(32))}`
	- LATER move these to the password manager
- [[Reading]] notes on the firmware {g.Lver()}
	- example config uses {g.Ltest()} - just docs
"""


@T(CHAT, "xml", "exports/lab_notes.enex")
def evernote_enex(g):
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE en-export SYSTEM "http://xml.evernote.com/pub/evernote-export4.dtd">
<en-export export-date="20250214T101500Z" application="Evernote" version="10.84">
  <note>
    <title>Freezer alarm setup</title>
    <content><![CDATA[<?xml version="1.0" encoding="UTF-8" standalone="no"?>
<!DOCTYPE en-note SYSTEM "http://xml.evernote.com/pub/enml2.dtd">
<en-note><div>Alarm gateway: {g.I()} (admin / {g.P('gateway_password', 'quoted')})</div>
<div>SMS relay token: {g.K('sms_relay_token', g.alnum(34))}</div>
<div>On-call list: {g.E('email')}</div></en-note>]]></content>
    <created>20250213T160211Z</created>
    <note-attributes><author>{g.first()} {g.last()}</author><source-url>http://{g.Lpriv()}/setup</source-url></note-attributes>
  </note>
</en-export>
"""


@T(CHAT, "tiddlywiki", "wiki/tiddlers/Server Notes.tid")
def tiddlywiki_tid(g):
    return f"""created: 20250119104522000
modified: 20250302180311000
tags: infra private
title: Server Notes
type: text/vnd.tiddlywiki

!! Hosting
* VPS: {g.I()} / {g.I6()}
* root login disabled; user `deploy`, sudo pw: {g.P('sudo_password', 'shell')}

!! Backups
* Tarsnap key file lives in the safe; the passphrase is ''{g.P('backup_passphrase', 'prose')}''
* Offsite bucket key: {g.K('bucket_access_key', g.upper(20))} / {g.K('bucket_secret_key', g.b64(40))}

Contact: {g.E('email')}. Version of the wiki: {g.Lver()}
"""


@T(CHAT, "text", "exports/yammer/thread_55120.txt")
def yammer_thread(g):
    return f"""[Facilities & IT] {g.name()} - 3 Mar 2025 08:12
Guest wifi for the open day is "OpenDay-2025" / {g.P('wifi_passphrase', 'prose')}
Please don't forward outside the staff group.

[Facilities & IT] {g.name()} - 3 Mar 2025 08:30
thanks! also the visitor kiosk needs the booking API key again, it's {g.K('booking_api_key', g.hex(32))}
and the kiosk itself is on {g.Lpriv()}

[Facilities & IT] {g.name()} - 3 Mar 2025 09:02
Kiosk sends its reports to {g.E('email')} through the relay at {g.I()}, if that fails ping me.
Kiosk software is {g.Lver()}, serial {g.L('device_serial', g.upper(10))}.
"""


# ================================================================ notebooks
NB = "notebook"


def notebook(cells):
    out = {"cells": [], "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python",
                                                     "name": "python3"}}, "nbformat": 4, "nbformat_minor": 5}
    for kind, src in cells:
        c = {"cell_type": kind, "metadata": {}, "source": src.splitlines(keepends=True)}
        if kind == "code":
            c["execution_count"] = None
            c["outputs"] = []
        out["cells"].append(c)
    return jdump(out, indent=1) + "\n"


@T(NB, "ipynb", "notebooks/chembl_kinase_hits.ipynb")
def ipynb_chembl(g):
    return notebook([
        ("markdown", "# Kinase hits vs ChEMBL\nQuick look before group meeting."),
        ("code", f"import requests\nCHEMBL = 'https://www.ebi.ac.uk/chembl/api/data'\n"
                 f"NCBI_KEY = '{g.K('ncbi_api_key', g.hex(36))}'\n"
                 f"DB = 'postgresql://screen:{g.P('db_password', 'url')}@{g.I()}:5432/hits'\n"),
        ("code", f"# share results\nMAIL_TO = '{g.E('email')}'\nRUN_ID = '{g.Luuid('run_id')}'\n"),
    ])


@T(NB, "ipynb", "notebooks/astro_session_stats.ipynb")
def ipynb_astro(g):
    return notebook([
        ("markdown", "## Session stats\nPulls the last month of subs from the club archive."),
        ("code", f"ASTROBIN_KEY = \"{g.K('astrobin_api_key', g.hex(40))}\"\n"
                 f"ASTROBIN_SECRET = \"{g.K('astrobin_api_secret', g.hex(40))}\"\n"
                 f"ARCHIVE = 'sftp://observer@{g.I()}/archive'\n"
                 f"ARCHIVE_PW = \"{g.P('archive_password', 'quoted_sp')}\"\n"),
        ("code", f"# mount sensors on the roof: {g.Lpriv()}\n# contact {g.E('email')}\n"),
    ])


@T(NB, "ipynb", "notebooks/modpack_downloads.ipynb")
def ipynb_modpack(g):
    bcrypt = "$2a$10$" + g.chars("./ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789", 53)
    return notebook([
        ("markdown", "### Downloads per version\n"),
        ("code", f"CF_KEY = '{g.K('curseforge_api_key', bcrypt)}'\n"
                 f"MODRINTH = '{g.K('modrinth_pat', 'mrp_' + g.alnum(36))}'\n"
                 f"PACK_VERSION = '{g.Lver()}'\n"),
        ("code", f"# stats db\nconn = psycopg.connect(host='{g.I()}', user='stats', password='{g.P('db_password', 'quoted_sp')}')\n"
                 f"# author {g.E('email')}\n"),
    ])


# ================================================================ unusual formats
ODD = "unusual format"


@T(ODD, "lilypond", "scores/whinchat_suite/movement2.ly")
def lilypond_ly(g):
    return f"""\\version "2.24.4"
% engraving notes: upload parts with the choir archive token
% {g.K('archive_api_token', g.hex(40))}
% (login for the old site was librarian / {g.P('legacy_password', 'plain')})
\\header {{
  title = "Whinchat Suite"
  subtitle = "II. Nocturne"
  composer = "{g.name()}"
  tagline = "engraved by {g.E('email')}"
}}
\\relative c'' {{
  \\key d \\major
  \\time 3/4
  d4 fis a | b2. | a4 g fis | e2. |
}}
% render host {g.I()}; lilypond {g.Lver()}
"""


@T(ODD, "abc", "tunes/session_book.abc")
def abc_tunebook(g):
    return f"""%abc-2.1
%%writefields Z
% session book, Thursday sessions at the Bothy
% shared drive: http://{g.I()}/tunes  (user session, pass {g.P('share_password', 'plain')})
% maintainer {g.E('email')}

X:1
T:The Dunlin's Reel
R:reel
M:4/4
L:1/8
Z:transcribed by {g.first()}, checksum {g.Lsha()}
K:Gmaj
|:GABc dBAG|FGAF DEFD|GABc dBAG|FAGF G2 GA:|
"""


@T(ODD, "genbank", "submissions/draft_MK_isolates.gb")
def genbank_record(g):
    return f"""LOCUS       OCH0017               1432 bp    DNA     linear   BCT 11-FEB-2025
DEFINITION  Pseudomonas sp. isolate OCH0017 16S ribosomal RNA gene, partial
            sequence.
ACCESSION   OCH0017
VERSION     OCH0017.1
KEYWORDS    .
SOURCE      Pseudomonas sp.
  ORGANISM  Pseudomonas sp.
            Bacteria; Pseudomonadota; Gammaproteobacteria.
REFERENCE   1  (bases 1 to 1432)
  AUTHORS   {g.last()},{g.first()[0]}. and {g.last()},{g.first()[0]}.
  TITLE     Direct Submission
  JOURNAL   Submitted (11-FEB-2025) Ochre Lab, {g.E('email')}
COMMENT     Sequencing core upload: sftp://core@{g.I()} password
            {g.P('sftp_password', 'plain')} (remove before submission!).
            Run id {g.Luuid('run_id')}.
FEATURES             Location/Qualifiers
     source          1..1432
                     /organism="Pseudomonas sp."
                     /mol_type="genomic DNA"
ORIGIN
        1 agagtttgat catggctcag attgaacgct ggcggcaggc ctaacacatg caagtcgagc
//
"""


@T(ODD, "opml", "feeds/export-2025-03.opml")
def opml_feeds(g):
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<opml version="2.0">
  <head>
    <title>Subscriptions of {g.first()}</title>
    <ownerEmail>{g.E('email')}</ownerEmail>
  </head>
  <body>
    <outline text="Podcasts">
      <outline type="rss" text="Studio Premium (private feed)" xmlUrl="https://feeds.{g.word()}cast.fm/premium/{g.K('private_feed_token', g.alnum(32))}.xml"/>
      <outline type="rss" text="Makerspace news" xmlUrl="https://{g.I()}/news/feed.xml"/>
      <outline type="rss" text="NAS logs" xmlUrl="http://admin:{g.P('nas_password', 'url')}@{g.Lpriv()}/logs.rss"/>
    </outline>
  </body>
</opml>
"""


@T(ODD, "ass", "subs/tutorial_ep4.ass")
def ass_subtitles(g):
    return f"""[Script Info]
; Script generated by Aegisub 3.2.2
Title: Setting up the club server, part 4
ScriptType: v4.00+
PlayResX: 1920
PlayResY: 1080

[V4+ Styles]
Format: Name, Fontname, Fontsize, PrimaryColour, SecondaryColour, OutlineColour, BackColour, Bold, Italic, Underline, StrikeOut, ScaleX, ScaleY, Spacing, Angle, BorderStyle, Outline, Shadow, Alignment, MarginL, MarginR, MarginV, Encoding
Style: Default,Arial,54,&H00FFFFFF,&H000000FF,&H00000000,&H64000000,0,0,0,0,100,100,0,0,1,2,1,2,40,40,40,1

[Events]
Format: Layer, Start, End, Style, Name, MarginL, MarginR, MarginV, Effect, Text
Dialogue: 0,0:01:02.10,0:01:05.40,Default,,0,0,0,,Now we SSH into the box at {g.I()}
Dialogue: 0,0:01:05.40,0:01:09.00,Default,,0,0,0,,and type the password, here it's {g.P('server_password', 'plain')}
Dialogue: 0,0:01:09.00,0:01:13.20,Default,,0,0,0,,then paste the API key {g.K('panel_api_key', g.alnum(32))}
Dialogue: 0,0:01:13.20,0:01:16.00,Default,,0,0,0,,(blur this in the final cut!! - {g.E('email')})
Dialogue: 0,0:01:16.00,0:01:19.50,Default,,0,0,0,,In your case it'll be something like {g.Ltest()}
Dialogue: 0,0:01:19.50,0:01:23.00,Default,,0,0,0,,and the panel version should say {g.Lver()}
"""


@T(ODD, "strace", "debug/strace-sync.txt")
def strace_output(g):
    return f"""execve("/usr/local/bin/nas-sync", ["nas-sync", "--daemon"], 0x7ffd6c1a2e10 /* 21 vars */) = 0
openat(AT_FDCWD, "/etc/nas-sync.conf", O_RDONLY) = 3
read(3, "remote={g.I()}\\nuser=sync\\npass={g.P('sync_password', 'plain')}\\n", 4096) = 61
close(3)                                = 0
socket(AF_INET, SOCK_STREAM, IPPROTO_TCP) = 4
connect(4, {{sa_family=AF_INET, sin_port=htons(443), sin_addr=inet_addr("{g.I()}")}}, 16) = 0
write(4, "POST /api/v1/login HTTP/1.1\\r\\nX-Api-Key: {g.K('sync_api_key', g.hex(32))}\\r\\n", 64) = 64
write(2, "notify {g.E('email')}\\n", 34) = 34
connect(5, {{sa_family=AF_INET, sin_port=htons(53), sin_addr=inet_addr("{g.Lpriv()}")}}, 16) = 0
"""


@T(ODD, "desktop", "~/.local/share/applications/club-share.desktop")
def desktop_entry(g):
    return f"""[Desktop Entry]
Type=Application
Name=Club share
Comment=Mounts the club share (ask {g.E('email')} for access)
Exec=sh -c 'gio mount "davs://club:{g.P('webdav_password', 'url')}@{g.I()}/remote.php/webdav" && xdg-open "davs://{g.I()}/remote.php/webdav"'
Icon=folder-remote
Terminal=false
Categories=Network;
X-Club-Token={g.K('share_token', g.alnum(15))}
X-Version={g.Lver()}
X-Club-Id={g.Luuid('club_id')}
"""


# ================================================================ prose
PROSE = "docs / prose"


@T(PROSE, "markdown", "docs/runbooks/game-box-migration.md")
def runbook_game_migration(g):
    return f"""# Runbook: moving the game servers to the new box

Owner: {g.name()} ({g.E('email')}). Last tested 2025-03-01.

1. Stop the servers on the old box (`{g.Lpriv()}` on the LAN, public `{g.I()}`).
2. Copy the world folders with `rsync -a` to the new box, `{g.I()}` (IPv6 `{g.I6()}`).
3. Log in to the host panel as `ops` with the password `{g.P('panel_password', 'shell')}` and
   change the DNS record. The panel API key, if you script it, is `{g.K('host_panel_api_key', g.hex(48))}`.
4. The Palworld admin password stays `{g.P('admin_password', 'shell')}` until the next season.
5. Post in the members channel. Use {g.Lres()} in screenshots, never a real address.

The old box's disk image checksum is `{g.Lsha256()}`, keep it with the image.
"""


@T(PROSE, "markdown", "docs/incidents/2025-02-stream-key.md")
def incident_stream_key(g):
    return f"""# Incident: stream key shown on the projector

**Summary.** During the Saturday matinee the stream settings window was visible on the lobby screen for about
four minutes. The stream key `{g.K('stream_key', g.groups(5, 4, 'abcdefghijklmnopqrstuvwxyz0123456789'))}` and
the projector's admin password `{g.P('projector_password', 'prose')}` were readable. Someone in the audience
mailed {g.E('email')} about it, which is how we noticed.

**Timeline.** 14:02 window opened on the ops laptop ({g.Lpriv()}). 14:06 closed. 14:20 key rotated.
An unknown client connected to the ingest from {g.I()} at 14:11 and was kicked.

**Follow-up.** Rotate the relay key `{g.K('relay_api_key', g.alnum(32))}` as well; it was in the same window.
Build of the ops laptop image: {g.Lgit()}.
"""


@T(PROSE, "markdown", "docs/onboarding/sequencing-core.md")
def lab_onboarding(g):
    return f"""# Welcome to the sequencing core

Your first week, in order:

- Get an account on the LIMS from {g.E('email')}. Until then use the shared bench login, `bench` /
  `{g.P('bench_password', 'prose')}` (it only works on the bench PCs).
- The instrument PCs send runs to the storage server at {g.I()}; do not browse the web on them.
- For BaseSpace uploads the core's token is `{g.K('basespace_access_token', g.hex(32))}`; ask before using it.
- The freezer monitor is `{g.Lpriv()}`, the UPS is `{g.Lpriv()}`.
- Example sample sheet ids look like `{g.Luuid('sample_id')}`; they are not secrets.

Questions go to the core list, {g.E('list_email')}.
"""


@T(PROSE, "markdown", "docs/tech-rider-2025.md")
def tech_rider(g):
    return f"""## Tech rider, spring tour 2025

**FOH.** We bring our own console. Please give us a network drop on the house VLAN and a fixed address; last
venue gave us {g.Lpriv()}. Our remote mixing tablet talks to the console, password `{g.P('console_password', 'prose')}`
(changed per tour).

**Streaming.** If the venue streams, the key for our channel is sent by the tour manager ({g.E('email')}) on the day.
This year's is `{g.K('stream_key', g.groups(4, 4, 'abcdefghijklmnopqrstuvwxyz0123456789'))}`. Upload target for
multitracks: `{g.I()}` (user `tour`, password `{g.P('upload_password', 'prose')}`).

**Lighting.** grandMA onPC session, our show file {g.Lver()}.
"""


# ================================================================ handover notes in 16 languages
# (name, greeting, word for server, password, key, e-mail, "and", place for pw_native, vendor, key maker)
NOTES = [
    ("niuean", "Fakaalofa lahi atu", "server", "password", "key", "imeli", "mo", "Alofi",
     "Thingiverse", lambda g: g.hex(32)),
    ("tokelauan", "Mālō ni", "server", "password", "key", "imeli", "ma", "Fakaofo",
     "Octopart", lambda g: g.hex(32)),
    ("rotuman", "Noaʻia", "server", "password", "key", "imel", "ma", "Ahau",
     "Labguru", lambda g: g.hex(40)),
    ("wallisian", "Mālō te maʻuli", "serveur", "mot de passe", "clé", "courriel", "mo", "MataUtu",
     "Loyverse", lambda g: g.hex(32)),
    ("marquesan", "Kaoha nui", "serveur", "mot de passe", "clé", "courriel", "me", "Taiohae",
     "Materials Project", lambda g: g.alnum(32)),
    ("pohnpeian", "Kaselehlie", "server", "password", "key", "email", "oh", "Kolonia",
     "ListenBrainz", lambda g: g.uuid()),
    ("drehu", "Bozu", "serveur", "mot de passe", "clé", "courriel", "me", "Wé",
     "Obico", lambda g: g.alnum(40)),
    ("saramaccan", "Fa i tei", "server", "wachtwoord", "sleutel", "e-mail", "ku", "PikinSlee",
     "Vetspire", lambda g: g.alnum(40)),
    ("nheengatu", "Puranga ara", "servidor", "senha", "chave", "e-mail", "asui", "SãoGabriel",
     "DNAnexus", lambda g: g.alnum(32)),
    ("wichi", "Is ta", "servidor", "contraseña", "clave", "correo", "wet", "Tartagal",
     "Audius", lambda g: g.hex(40)),
    ("wakhi", "Salom", "сервер", "пароль", "ключ", "почта", "и", "Ishkashim",
     "Onshape", lambda g: g.alnum(24)),
    ("tabasaran", "Салам", "сервер", "пароль", "ключ", "почта", "ва", "Хучни",
     "Modrinth", lambda g: "mrp_" + g.alnum(36)),
    ("udi", "Salam", "server", "parol", "açar", "e-poçt", "va", "Nic",
     "Zettle", lambda g: g.uuid()),
    ("gurung", "फ्याफुल्ला", "सर्भर", "पासवर्ड", "साँचो", "इमेल", "र", "घान्द्रुक",
     "ftrack", lambda g: g.uuid()),
    ("saurashtra", "நமஸ்காரம்", "சர்வர்", "கடவுச்சொல்", "சாவி", "மின்னஞ்சல்", "ஹோர்", "மதுரை",
     "NCBI Entrez", lambda g: g.hex(36)),
    ("vedda", "ආයුබෝවන්", "සේවාදායකය", "මුරපදය", "යතුර", "ඊමේල්", "සහ", "දඹාන",
     "AstroBin", lambda g: g.hex(40)),
]

NOTE_DOMAINS = ["reef-radio.nu", "atoll-school.tk", "island-coop.to", "lagoon-clinic.wf", "valley-clinic.np",
                "river-school.sr", "hill-lab.lk", "pamir-net.tj"]


def make_note(row):
    lang, greet, server, pw_word, key_word, mail_word, and_word, place, vendor, keymk = row

    def note(g):
        form = g.r.randint(0, 2)
        ip = g.I6() if g.r.random() < 0.4 else g.I()
        wifi = g.P("wifi_passphrase", "prose")
        pwn = g.P("pw_native", value=f"{place}{g.r.randint(10, 9999)}{g.pick('!#%*+=?')}")
        mail = g.E("email", domain=g.pick(NOTE_DOMAINS))
        key = g.K(f"{vendor.lower().replace(' ', '_')}_key", keymk(g))
        who = g.first()
        if form == 0:
            body = (f"{greet} {who},\n\n{server}: {ip}\nWi-Fi {pw_word}: {wifi}\n"
                    f"{server} {pw_word}: {pwn}\n{vendor} {key_word}: {key}\n{mail_word}: {mail}\n\n"
                    f"(LAN {g.Lpriv()} {and_word} {g.Lres()} = test, v{g.Lver()})\n")
        elif form == 1:
            body = (f"{greet}!\n```\n{server} = {ip}\nwifi_{pw_word.replace(' ', '_')} = {wifi}\n"
                    f"{pw_word.replace(' ', '_')} = {pwn}\n{key_word} ({vendor}) = {key}\n{mail_word} = {mail}\n```\n"
                    f"v{g.Lver()} {and_word} {g.Luuid('device_id')} ({g.Lula6()})\n")
        else:
            body = (f"**{greet}**\n\n| | |\n|---|---|\n| {server} | {ip} |\n| Wi-Fi {pw_word} | {wifi} |\n"
                    f"| {server} {pw_word} | {pwn} |\n| {vendor} {key_word} | {key} |\n| {mail_word} | {mail} |\n"
                    f"| test | {g.Ltest()} {and_word} {g.Lph('<' + key_word + '>')} |\n| MAC | {g.Lmac()} |\n")
        return body
    note.__name__ = f"note_{lang}"
    return note


for _row in NOTES:
    _fn = make_note(_row)
    T(PROSE, "markdown", f"notes/handover-{_row[0]}.md")(_fn)
