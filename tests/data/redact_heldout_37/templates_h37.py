"""Templates for the thirty-seventh held-out redaction set. Each returns marked text (see gen_h37.mark)."""
import json

TEMPLATES = []


def T(group, lang, path):
    def deco(fn):
        TEMPLATES.append((fn.__name__[2:], group, lang, path, fn))
        return fn
    return deco


def carrier_snippet(g):
    dom = g.pick(["stave-and-hoop.eu", "stavewright-yard.ie", "barrelshed-works.co.uk"])
    kind, shape = g.pick([("snippet_hoop_api_key", "hex40"), ("snippet_cask_token", "b64url43"),
                          ("snippet_bung_locker_key", "low32")])
    return (
        "\n# Cooper's barrel shed: shift notes (remove before release)\n"
        f"# moisture logger uplink {g.ip4('snippet_ip')} / fallback [{g.ip6('snippet_ip6')}]\n"
        f"# shed lead: {g.email('snippet_email', domain=dom)}\n"
        f"# logger login cooper / {g.pw('snippet_password', 'plain')}\n"
        f"# cask api: {g.key(kind, shape)}\n"
        f"# docs example only: {g.docip()} {g.remail('toaster')} v{g.version()} ({g.short_sha()}) lot {g.uuid()}\n"
    )


# ===================== trades / crafts / food =====================

@T("trades / food", "fetchmail", "colony-scales/fetchmail-scales.conf")
def t_beekeeper_colony_scale_fetchmail_conf(g):
    return f"""# beekeeper colony-scale alerts: pull the scale's report mails every 10 min
set daemon 600
set logfile /var/log/colony-fetch.log
set postmaster "hivekeeper"

poll pop.{g.pick(['tiscali.it', 'freenet.de', 'onet.pl'])} proto pop3 port 995
  user "{g.email('scale_mailbox')}" there with password "{g.pw('mailbox_password', 'quoted')}" is hivekeeper here
  ssl sslfingerprint "{g.look('md5_fingerprint', ':'.join(g.s('0123456789ABCDEF', 2) for _ in range(16)))}"
  mda "/usr/local/bin/colony-ingest --token {g.key('ingest_token', 'alnum40')}"

# secondary relay at the honey house (no TLS, LAN only)
poll {g.priv()} proto imap user "extractor" password "{g.pw('relay_password', 'quoted')}"
# scale firmware {g.version()} reports from {g.ip('scale_uplink_ip', 0.3)}
"""


@T("trades / food", "smartd", "cooper-yard/smartd.conf")
def t_cooper_barrel_shed_smartd_conf(g):
    return f"""# smartd.conf -- barrel-shed logging PC (two disks, serials on the label inside the case)
# disk A serial {g.serial('WD')}, disk B serial {g.serial('ST')}
/dev/sda -a -o on -S on -s (S/../.././02|L/../../6/03) -m {g.email('smart_alert_email')} -M exec /usr/local/bin/shed-notify
/dev/sdb -a -o on -S on -s (S/../.././03) -m {g.email('smart_alert_email2')}
# shed-notify posts to the yard board: SHED_NOTIFY_KEY={g.key('notify_key', 'hex32')}
# relay: smtp via {g.ip4('relay_ip')} user stave, pass {g.pw('relay_password', 'plain')}
"""


@T("trades / food", "markdown", "saddler-shop/README.md")
def t_saddler_shop_readme_md(g):
    return f"""# Saddler's order book

Small web app the saddler uses to track bridle and saddle orders.

## Running

```sh
export ORDERS_SECRET_KEY='{g.key('app_secret', 'alnum48')}'
export ORDERS_DB=pg://saddler:{g.pw('db_password', 'url')}@{g.ipb('db_host_ip', 0.3)}:5432/orders
./orders-app serve --host {g.priv()}
```

Questions go to {g.email('maintainer_email')}. The example user in the docs is {g.remail('equestrian')} and
the build we tested is {g.version()} ({g.short_sha()}).

Stitching machine ids are not secret: {g.serial('JUK')}, {g.mac()}.
"""


@T("trades / food", "mdadm", "glassworks/mdadm.conf")
def t_glassblower_furnace_mdadm_conf(g):
    uu = ":".join(g.s('0123456789abcdef', 8) for _ in range(4))
    return f"""# mdadm.conf for the glass studio's furnace-log NAS
DEVICE partitions
HOMEHOST glory-hole
MAILADDR {g.email('mdadm_mailaddr')}
MAILFROM furnace-nas
ARRAY /dev/md0 metadata=1.2 name=glory-hole:0 UUID={g.look('md_uuid', uu)}
# PROGRAM hook pushes events to the studio dashboard (token below is live, rotate in May)
PROGRAM /usr/local/sbin/md-event --url https://{g.ipb('dashboard_ip', 0.3)}/hook --token {g.key('dashboard_token', 'fo1')}
# NAS web login: admin / {g.pw('nas_password', 'plain')}
"""


@T("trades / food", "javascript", "jewellery/50-bench.rules")
def t_jeweller_bench_polkit_rules(g):
    return f"""// polkit rule for the jeweller's bench PC: the 'setter' account may mount the camera card.
polkit.addRule(function(action, subject) {{
    if (action.id == "org.freedesktop.udisks2.filesystem-mount" && subject.user == "setter") {{
        return polkit.Result.YES;
    }}
}});
// ring-sizer sync (do not commit): SIZER_API_KEY = "{g.key('sizer_api_key', 'tvly')}"
// backup share at {g.ip('share_ip', 0.3)} user setter pass "{g.pw('share_password', 'quoted')}"
// contact: {g.email('owner_email')}  build {g.version()}
"""


@T("trades / food", "xml", "engraving/preferences.xml")
def t_engraver_inkscape_preferences_xml(g):
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<inkscape version="{g.version()}">
  <group id="extensions">
    <group id="laser_engraver"
           device_host="{g.ip('laser_ip', 0.3)}"
           device_serial="{g.serial('LZR')}"
           api_key="{g.key('laser_api_key', 'hex40')}"
           owner="{g.email('owner_email')}" />
    <group id="cloud_library" user="engraver" password="{g.pw('library_password', 'xml')}"
           fallback_host="{g.priv()}" />
  </group>
  <!-- template id {g.uuid()} -->
</inkscape>
"""


@T("trades / food", "ntpd", "typesetter/ntp.conf")
def t_typesetter_ntp_conf(g):
    return f"""# ntp.conf for the typesetter's imagesetter controller
driftfile /var/lib/ntp/ntp.drift
server {g.ip('ntp_upstream_ip', 0.35)} iburst
server {g.ip('ntp_upstream_ip2', 0.35)} iburst
restrict default kod nomodify notrap nopeer noquery
restrict {g.loopback()}
restrict {g.priv()} mask {g.look('netmask', '255.255.255.0')} nomodify notrap
keys /etc/ntp/keys
trustedkey 7
# /etc/ntp/keys line 7 (copied here by mistake): 7 SHA1 {g.key('ntp_symmetric_key', 'hex40')}
# alerts to {g.email('alert_email')}
"""


@T("trades / food", "json", "bookshop/shaarli/data/config.json")
def t_bookshop_shaarli_config_json(g):
    salt = g.sha1()
    return "{\n" + f"""    "credentials": {{
        "login": "bookseller",
        "hash": "{g.sha1()}",
        "salt": "{salt}"
    }},
    "general": {{"title": "Shop links", "timezone": "Europe/Dublin", "header_link": "https://{g.ipb('public_ip', 0.3)}/"}},
    "api": {{"enabled": true, "secret": "{g.key('api_secret', 'alnum32')}"}},
    "updates": {{"check_updates": false, "check_updates_branch": "v{g.version()}"}},
    "privacy": {{"notify_to": "{g.email('notify_email')}"}},
    "supplier_portal": {{"user": "{g.email('supplier_login_email')}", "password": "{g.pw('supplier_password', 'quoted')}"}}
""" + "}\n"


@T("trades / food", "markdown", "stationery/kmymoney-notes.md")
def t_stationer_kmymoney_notes_md(g):
    return f"""## Stationer's books -- KMyMoney setup notes

- ledger file: `~/books/stationery.kmy` (GPG-encrypted to key `{g.pgp_fpr()}`)
- bank online import uses the aqbanking setup; PIN for the bank's HBCI login is `{g.pin('bank_pin')}`
- the card terminal export at `{g.priv()}` mails the daily batch to {g.email('batch_email')}
- currency feed API key: `{g.key('fx_api_key', 'alnum32')}`
- old accountant login (still works!): accounts / {g.pw('accountant_password', 'prose')}
- app version {g.version()}, checksum of the installer `{g.sha256()}`
"""


@T("trades / food", "python", "survey/freecad_export.py")
def t_surveyor_freecad_macro_py(g):
    return f'''# FreeCAD macro: export the site survey to the client's portal
import FreeCAD
import requests

PORTAL = "https://{g.ipb('portal_ip', 0.3)}/api/upload"
PORTAL_TOKEN = "{g.key('portal_token', 'b64url43')}"   # TODO move to keyring
TOTAL_STATION_SERIAL = "{g.serial('TS')}"

def upload(doc):
    data = {{"project": "{g.uuid()}", "surveyor": "{g.email('surveyor_email')}"}}
    r = requests.post(PORTAL, data=data, headers={{"Authorization": "Bearer " + PORTAL_TOKEN}},
                      auth=("survey", "{g.pw('portal_password', 'quoted')}"))
    return r.status_code
'''


@T("trades / food", "csync2", "cheese-cave/csync2.cfg")
def t_cheesemonger_cave_csync2_cfg(g):
    return f"""# csync2.cfg -- keep the cheese-cave humidity configs in sync on both shop PCs
nossl * *;
group cave
{{
    host counter-pc;
    host cellar-pc;
    key /etc/csync2.key_cave;
    include /etc/cave-sensors;
    exclude *~ .*;
    action
    {{
        pattern /etc/cave-sensors/*;
        exec "/usr/local/bin/cave-reload --notify {g.email('notify_email')}";
        logfile "/var/log/csync2_action.log";
    }}
}}
# contents of /etc/csync2.key_cave (generated with csync2 -k):
# {g.key('csync2_group_key', 'alnum48')}
# cellar-pc address {g.priv()}, shop uplink {g.ip('uplink_ip', 0.3)}
"""


@T("trades / food", "sanoid", "meadery/sanoid.conf")
def t_meadery_sanoid_conf(g):
    return f"""# sanoid.conf at the meadery: snapshots of the fermentation logs
[tank/ferment-logs]
        use_template = production
        recursive = yes

[template_production]
        frequently = 0
        hourly = 36
        daily = 30
        monthly = 3
        autosnap = yes
        autoprune = yes

# syncoid to the offsite box: syncoid --sshkey ~/.ssh/mead_ed25519 tank/ferment-logs mead@{g.ipb('offsite_ip', 0.35)}:backup/ferment
# offsite box's host key: {g.pubkey()}
# offsite sudo password {g.pw('offsite_password', 'plain')}; owner {g.email('owner_email')}
# webhook after prune: MEAD_HOOK_SECRET={g.key('hook_secret', 'hex64')}
"""


@T("trades / food", "motion", "hopyard/motion.conf")
def t_hopyard_motion_conf(g):
    return f"""# motion.conf -- hop-bine camera at the hopyard drying floor
daemon on
log_level 6
netcam_url rtsp://viewer:{g.pw('camera_password', 'url')}@{g.ipb('camera_ip', 0.3)}:554/stream1
netcam_userpass viewer:{g.pw('camera_userpass', 'shell')}
width 1280
height 720
framerate 5
stream_port 8081
stream_localhost off
stream_auth_method 2
stream_authentication hops:{g.pw('stream_password', 'shell')}
webcontrol_port 8080
on_event_start /usr/local/bin/hop-alert --to {g.email('alert_email')} --key {g.key('alert_key', 'alnum32')}
# camera mac {g.mac()}, firmware {g.version()}
"""


@T("trades / food", "text", "maltings/lvm-notes.txt")
def t_maltings_lvm_notes_txt(g):
    return f"""Maltings control PC -- disk notes
=================================
vg_malt: /dev/sda3 (PV UUID {g.look('lvm_uuid', g.s('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789', 6) + '-' + g.s('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789', 4) + '-' + g.s('ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789', 4))})
lv_malthouse 20G, lv_germ 5G
LUKS passphrase for lv_malthouse: {g.pw('luks_passphrase', 'plain')}
(recovery key is in the safe, not here)
Germination PLC at {g.priv()}; vendor remote support connects from {g.ip('vendor_ip', 0.3)}
vendor support login: maltster / {g.pw('vendor_password', 'plain')}
contact {g.email('vendor_email')}
"""


@T("trades / food", "moosefs", "granary/mfsmaster.cfg")
def t_granary_moosefs_mfsmaster_cfg(g):
    return f"""# mfsmaster.cfg -- grain-silo sensor archive
WORKING_USER = mfs
WORKING_GROUP = mfs
DATA_PATH = /var/lib/mfs
MATOCS_LISTEN_HOST = *
MATOCL_LISTEN_HOST = {g.priv()}
ADMIN_PASSWORD = {g.pw('mfs_admin_password', 'ini')}
# chunkservers: {g.priv()} and {g.ip('remote_chunkserver_ip', 0.35)} (the co-op's silo)
# silo telemetry push key: {g.key('telemetry_key', 'bkua')}
# mfs {g.version()}, admin contact {g.email('admin_email')}
"""


@T("trades / food", "doas", "plastering/doas.conf")
def t_plasterer_van_doas_conf(g):
    return f"""# /etc/doas.conf on the plastering van's laptop
permit persist :wheel
permit nopass spreader cmd /usr/local/bin/moisture-read
# moisture-read uploads to https://{g.ipb('upload_ip', 0.3)}/v2 with header X-Api-Key: {g.key('moisture_api_key', 'alnum40')}
# root password (set by the shop): {g.pw('root_password', 'plain')}
# office: {g.email('office_email')}  laptop serial {g.serial('LNV')}
"""


@T("trades / food", "ini", "tiling/urbackup/settings.ini")
def t_tiler_urbackup_settings_ini(g):
    return f"""; UrBackup client settings -- tile showroom PC
[settings]
internet_server={g.ip('backup_server_ip', 0.3)}
internet_server_port=55415
internet_authkey={g.key('internet_authkey', 'alnum32')}
computername=showroom-{g.s('0123456789', 3)}
internet_mode_enabled=true
backup_dirs=C:\\Tiles\\Quotes
local_speed=-1
; web ui login for the server: admin / {g.pw('server_admin_password', 'ini')}
; reports to {g.email('report_email')}
; client {g.version()}
"""


@T("trades / food", "shell", "joinery/annex-remotes.sh")
def t_joiner_git_annex_remotes_sh(g):
    return f"""#!/bin/sh
# set up the joinery's git-annex remotes for the cutting-list photos
set -e
git annex init "bench-pc"
export AWS_ACCESS_KEY_ID={g.key('s3_access_key_id', 'up20')}
export AWS_SECRET_ACCESS_KEY={g.key('s3_secret_key', 'alnum40')}
git annex initremote photos type=S3 encryption=shared bucket=joinery-photos host={g.ip('s3_host_ip', 0.3)} port=9000
git annex initremote nas type=rsync rsyncurl=joiner@{g.priv()}:/srv/annex encryption=none
git config user.email "{g.email('git_email')}"
# annex {g.version()}, last sync commit {g.short_sha()}
"""


@T("trades / food", "python", "cabinetry/blender_addon_cutlist.py")
def t_cabinetmaker_blender_addon_py(g):
    return f'''bl_info = {{
    "name": "Cut list exporter",
    "author": "cabinet workshop",
    "version": ({g.num(0, 3)}, {g.num(0, 9)}, {g.num(0, 9)}),
    "blender": (3, 6, 0),
    "category": "Import-Export",
}}

import bpy

SHEET_SUPPLIER_API = "https://{g.ipb('supplier_ip', 0.3)}/orders"
SHEET_SUPPLIER_KEY = "{g.key('supplier_api_key', 'dppt')}"
ACCOUNT = "{g.email('account_email')}"
# supplier portal password (shared): {g.pw('portal_password', 'plain')}
MATERIAL_IDS = ["{g.uuid()}", "{g.uuid()}"]
'''


@T("trades / food", "shell", "bellfounder/announce.sh")
def t_bellfounder_espeak_announce_sh(g):
    return f"""#!/bin/bash
# bellfounder's yard PA: speak the pour schedule and push it to the site screens
PA_HOST={g.ip('pa_host_ip', 0.3)}
SCREEN_TOKEN={g.key('screen_token', 'hex40')}
espeak -v en-gb -s 140 "Pour at $(date +%H:%M), crucible two" --stdout | \\
  ssh -i ~/.ssh/pa_ed25519 founder@$PA_HOST aplay
# PA box console password: {g.pw('pa_password', 'plain')}
curl -s -H "Authorization: Token $SCREEN_TOKEN" https://{g.priv()}/screens/update
# foreman: {g.email('foreman_email')}
"""


# ===================== venues / leisure =====================

@T("venues / leisure", "rygel", "opera-house/rygel.conf")
def t_opera_house_rygel_conf(g):
    return f"""# rygel.conf -- opera house rehearsal-recording server (backstage only)
[general]
ipv6=false
interface={g.priv()}
port=8200
enable-transcoding=true
log-level=*:4

[MediaExport]
enabled=true
uris=/srv/rehearsals/;@MUSIC@
# upload robot for the archive bucket; key id {g.key('archive_key_id', 'ltai')} secret {g.key('archive_secret', 'alnum32')}

[Tracker3]
enabled=false
# stage manager: {g.email('stage_manager_email')}, archive host {g.ip('archive_ip', 0.3)}
# archive web admin password {g.pw('archive_password', 'plain')}
"""


@T("venues / leisure", "minidlna", "ballet-school/minidlna.conf")
def t_ballet_school_minidlna_conf(g):
    return f"""# minidlna.conf -- ballet school studio TVs (class videos)
port=8200
network_interface=eth0
media_dir=V,/srv/classes
friendly_name=Studio B videos
db_dir=/var/cache/minidlna
inotify=yes
notify_interval=895
serial={g.serial('DLN')}
model_number={g.version()}
# parents' portal sync (cron): curl -u barre:{g.pw('portal_password', 'shell')} https://{g.ipb('portal_ip', 0.3)}/sync
# portal api key {g.key('portal_api_key', 'hex32')}
# questions: {g.email('office_email')}
"""


@T("venues / leisure", "xml", "puppetry-stage/gerbera-config.xml")
def t_puppetry_gerbera_config_xml(g):
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<config version="2" xmlns="http://mediatomb.cc/config/2">
  <server>
    <ui enabled="yes" show-tooltips="yes">
      <accounts enabled="yes" session-timeout="30">
        <account user="puppeteer" password="{g.pw('ui_password', 'xml')}"/>
      </accounts>
    </ui>
    <name>Puppetry stage media</name>
    <udn>uuid:{g.uuid()}</udn>
    <home>/var/lib/gerbera</home>
    <ip>{g.priv()}</ip>
    <!-- ticketing webhook: https://{g.ipb('ticketing_ip', 0.3)}/hook?key={g.key('ticketing_key', 'alnum40')} -->
    <!-- maintainer {g.email('maintainer_email')} -->
  </server>
</config>
"""


@T("venues / leisure", "owntone", "magic-show/owntone.conf")
def t_magician_owntone_conf(g):
    return f"""# owntone.conf -- magic show sound cues
general {{
    uid = "owntone"
    db_path = "/var/cache/owntone/songs3.db"
    loglevel = log
    admin_password = "{g.pw('admin_password', 'quoted')}"
    trusted_networks = {{ "lan", "{g.ip('trusted_remote_ip', 0.3)}" }}
}}
library {{
    name = "Cabinet of wonders"
    port = 3689
    password = "{g.pw('library_password', 'quoted')}"
    directories = {{ "/srv/cues" }}
}}
lastfm {{
    # scrobbling app of the show (do not share)
    # id {g.look('client_id', g.s('0123456789abcdef', 32))} secret {g.key('lastfm_api_secret', 'hex32')}
}}
# tour manager {g.email('tour_email')}
"""


@T("venues / leisure", "xml", "juggling-club/mythtv-config.xml")
def t_juggler_mythtv_config_xml(g):
    return f"""<Configuration>
  <LocalHostName>juggle-box</LocalHostName>
  <Database>
    <PingHost>1</PingHost>
    <Host>{g.ip('db_host_ip', 0.25)}</Host>
    <UserName>mythtv</UserName>
    <Password>{g.pw('db_password', 'xml')}</Password>
    <DatabaseName>mythconverg</DatabaseName>
    <Port>3306</Port>
  </Database>
  <WakeOnLAN>
    <Enabled>0</Enabled>
    <MACAddress>{g.mac()}</MACAddress>
  </WakeOnLAN>
  <!-- club secretary {g.email('secretary_email')}; listings grabber key {g.key('listings_key', 'low32')} -->
</Configuration>
"""


@T("venues / leisure", "markdown", "ventriloquist/tvheadend-notes.md")
def t_ventriloquist_tvheadend_notes_md(g):
    return f"""# Recording the late show (tvheadend)

The box is at `{g.priv()}:9981`. Admin account: `vent` with password `{g.pw('admin_password', 'prose')}`.

Remote viewing goes through the relay `{g.ip('relay_ip', 0.35)}` -- the relay's persistent auth token is
`{g.key('persistent_auth_token', 'alnum32')}` (from *Configuration > Access entries*).

Tuner serial {g.serial('HDH')}, tvheadend {g.version()}, commit {g.short_sha()}.

Booking agent: {g.email('agent_email')}. Example config from the wiki uses `{g.remail('ventriloquist')}` -- ignore it.
"""


@T("venues / leisure", "json", "busking/rhasspy-profile.json")
def t_busker_rhasspy_profile_json(g):
    d = {
        "language": "en",
        "intent": {"system": "fsticuffs"},
        "mqtt": {"enabled": True, "host": "IP1", "port": 1883, "username": "pitch", "password": "PW1"},
        "intent_handler": {"access_token": "KEY1"},
        "webhooks": {"awake": ["https://IP2/wake"]},
        "contact": "EM1",
        "device_uuid": "UU1",
    }
    s = json.dumps(d, indent=2)
    for k, v in [("IP1", g.priv()), ("PW1", g.pw('mqtt_password', 'quoted')),
                 ("KEY1", g.key('access_token', 'alnum48')), ("IP2", g.ip('webhook_ip', 0.3)),
                 ("EM1", g.email('contact_email')), ("UU1", g.uuid())]:
        s = s.replace(k, v, 1)
    return s + "\n"


@T("venues / leisure", "vosk", "karaoke/vosk-server.env")
def t_karaoke_vosk_server_env(g):
    return f"""# karaoke bar lyric-scoring: vosk server environment
VOSK_MODEL_PATH=/opt/models/vosk-model-small-en-us-{g.version()}
VOSK_SERVER_INTERFACE={g.look('unspecified_ip', '0.0.0.0')}
VOSK_SERVER_PORT=2700
SCOREBOARD_URL=https://{g.ipb('scoreboard_ip', 0.3)}/api
SCOREBOARD_KEY={g.key('scoreboard_key', 'nvapi')}
BOOTH_ADMIN_PASSWORD={g.pw('booth_password', 'ini')}
MANAGER_EMAIL={g.email('manager_email')}
MODEL_SHA256={g.sha256()}
"""


@T("venues / leisure", "lightdm", "casino/lightdm.conf")
def t_casino_floor_lightdm_conf(g):
    return f"""# lightdm.conf -- cashier kiosk on the casino floor
[Seat:*]
autologin-user=cage
autologin-user-timeout=0
user-session=kiosk
greeter-hide-users=true
display-setup-script=/usr/local/bin/kiosk-display
# kiosk-display fetches the floor layout with KIOSK_TOKEN={g.key('kiosk_token', 'sntrys')}
[XDMCPServer]
enabled=false
[VNCServer]
enabled=true
listen-address={g.priv()}
# vnc password for the pit boss: {g.pw('vnc_password', 'ini')}
# surveillance relay {g.ip('relay_ip', 0.3)}; IT {g.email('it_email')}
"""


@T("venues / leisure", "toml", "bingo-hall/greetd-config.toml")
def t_bingo_hall_greetd_toml(g):
    return f"""# greetd config -- bingo caller display
[terminal]
vt = 1

[default_session]
command = "cage -s -- /opt/caller/caller --board https://{g.ipb('board_ip', 0.3)}/live"
user = "caller"

[initial_session]
command = "/opt/caller/caller --token {g.key('caller_token', 'hex40')}"
user = "caller"

# hall manager {g.email('manager_email')}; machine {g.serial('BNG')}
# board admin password: "{g.pw('board_password', 'quoted')}"
"""


@T("venues / leisure", "ini", "lottery-kiosk/sddm.conf")
def t_lottery_kiosk_sddm_conf(g):
    return f"""[Autologin]
User=ticket
Session=plasma
Relogin=true

[General]
HaltCommand=/usr/bin/systemctl poweroff
Numlock=on

[Theme]
Current=breeze

; terminal licence key from the operator: {g.key('terminal_licence', 'licence')}
; draw feed: https://{g.ipb('draw_feed_ip', 0.3)}/draws (user ticket / {g.pw('feed_password', 'ini')})
; shop owner {g.email('owner_email')}; terminal id {g.uuid()}
"""


@T("venues / leisure", "dhcpcd", "racecourse/dhcpcd.conf")
def t_racecourse_tote_dhcpcd_conf(g):
    return f"""# dhcpcd.conf -- tote board controllers at the racecourse
hostname
clientid
persistent
option rapid_commit
option domain_name_servers, domain_name, domain_search, host_name
require dhcp_server_identifier
slaac private

interface eth0
static ip_address={g.priv()}/24
static routers={g.priv()}
static domain_name_servers={g.ip('dns_ip', 0.2)} {g.ip('dns_ip2', 0.5)}

# odds feed: ODDS_KEY={g.key('odds_key', 'cfpat')}
# track office: {g.email('office_email')}, steward login steward/{g.pw('steward_password', 'plain')}
"""


@T("venues / leisure", "wvdial", "stables/wvdial.conf")
def t_stables_wvdial_conf(g):
    return f"""; wvdial.conf -- stable yard's LTE stick (feeding-camera uplink)
[Dialer Defaults]
Init1 = ATZ
Init2 = AT+CPIN={g.pin('sim_pin')}
Init3 = AT+CGDCONT=1,"IP","internet.mnc"
Modem Type = Analog Modem
Phone = *99#
ISDN = 0
Username = {g.email('apn_username')}
Password = {g.pw('apn_password', 'ini')}
Modem = /dev/ttyUSB2
Baud = 460800
Stupid Mode = 1
; camera relay endpoint {g.ip('relay_ip', 0.3)}, stick IMEI on the sticker
"""


@T("venues / leisure", "iwd", "aviary/Aviary-Staff.psk")
def t_aviary_iwd_psk(g):
    return f"""# /var/lib/iwd/Aviary-Staff.psk -- flight-cage sensors
[Security]
Passphrase={g.pw('wifi_passphrase', 'ini')}

[Settings]
AutoConnect=true

[IPv4]
Address={g.priv()}
Netmask={g.look('netmask', '255.255.255.0')}
Gateway={g.priv()}
DNS={g.ip('dns_ip', 0.2)}

# sensor cloud: SENSOR_KEY={g.key('sensor_key', 'hex40')}, keeper {g.email('keeper_email')}
"""


@T("venues / leisure", "connman", "fishery/settings")
def t_fishery_connman_settings(g):
    return f"""# connman service file -- fish-counter station at the weir
[service_wifi_{g.s('0123456789abcdef', 12)}_managed_psk]
Name=Weir-Counter
SSID={g.look('ssid_hex', g.s('0123456789abcdef', 16))}
Favorite=true
AutoConnect=true
Passphrase={g.pw('wifi_passphrase', 'ini')}
IPv4.method=manual
IPv4.local_address={g.priv()}
IPv6.method=off
Nameservers={g.ip('dns_ip', 0.3)};
# counter uploads to https://{g.ipb('upload_ip', 0.3)}/counts -- key {g.key('upload_key', 'scw')} / secret {g.key('upload_secret_key', 'uuid')}
# bailiff {g.email('bailiff_email')}
"""

# ===================== system / storage / network =====================

@T("system / storage / network", "xl2tpd", "trawler/xl2tpd.conf")
def t_trawler_xl2tpd_conf(g):
    return f"""; xl2tpd.conf -- trawler wheelhouse VPN back to the harbour office
[global]
port = 1701
access control = no

[lac harbour]
lns = {g.ip('lns_ip', 0.2)}
ppp debug = no
pppoptfile = /etc/ppp/options.l2tpd.client
length bit = yes
; /etc/ppp/options.l2tpd.client has: name skipper / password {g.pw('ppp_password', 'ini')}
; ipsec psk (ipsec.secrets): {g.key('ipsec_psk', 'b64_32')}
; office it: {g.email('it_email')}; wheelhouse lan {g.priv()}
"""


@T("system / storage / network", "pptpd", "oyster-farm/pptp-secrets")
def t_oyster_farm_pptpd_secrets(g):
    return f"""# pptpd secrets file -- oyster farm legacy VPN (to be retired)
# client        server  secret                  IP addresses
raker           pptpd   "{g.pw('chap_secret_raker', 'quoted')}"        {g.priv()}
shucker         pptpd   "{g.pw('chap_secret_shucker', 'quoted')}"      *
# pptpd.conf: localip {g.priv()}, remoteip {g.look('private_ip', '192.168.7.' + str(g.num(100, 200)))}-220
# public endpoint {g.ip('public_endpoint_ip', 0.1)} ; contact {g.email('contact_email')}
"""


@T("system / storage / network", "n2n", "mussel-lines/edge.conf")
def t_mussel_lines_n2n_edge_conf(g):
    return f"""# n2n edge.conf -- mussel-line markers to the processing shed
-d=n2n0
-c=musselnet
-k={g.pw('community_key', 'shell')}
-a={g.look('private_ip', '10.77.' + str(g.num(0, 255)) + '.' + str(g.num(2, 254)))}
-l={g.ip4('supernode_ip')}:7654
-r
-E
# marker gateway mac {g.mac()}; shed lead {g.email('lead_email')}
# telemetry: TELEMETRY_TOKEN={g.key('telemetry_token', 'hex40')}
"""


@T("system / storage / network", "vtun", "seaweed/vtund.conf")
def t_seaweed_vtund_conf(g):
    return f"""# vtund.conf -- seaweed drying racks tunnel
options {{
  port 5000;
  ifconfig /sbin/ifconfig;
  route /sbin/route;
}}
default {{
  compress no;
  speed 0;
}}
racks {{
  passwd {g.pw('tunnel_password', 'plain')};
  type tun;
  proto udp;
  encrypt yes;
  up {{ ifconfig "%% {g.priv()} pointopoint {g.priv()} mtu 1450"; }};
}}
# server runs at {g.ip('server_ip', 0.3)}; owner {g.email('owner_email')}
"""


@T("system / storage / network", "json", "heathland/cjdroute.conf")
def t_heathland_cjdroute_conf(g):
    pub = g.s('0123456789bcdfghjklmnpqrstuvwxyz', 52) + ".k"
    return "{\n" + f"""    "privateKey": "{g.key('cjdns_private_key', 'hex64')}",
    "publicKey": "{g.look('public_key', pub)}",
    "ipv6": "{g.look('unique_local_ipv6', 'fc' + g.s('0123456789abcdef', 2) + ':' + ':'.join(g.s('123456789abcdef', 4) for _ in range(7)))}",
    "authorizedPasswords": [{{"password": "{g.pw('peer_password', 'quoted')}", "user": "ranger-cabin"}}],
    "interfaces": {{"UDPInterface": [{{"bind": "{g.look('unspecified_ip', '0.0.0.0')}:41234", "connectTo": {{"{g.ip4('peer_ip')}:41234": {{"login": "heath", "password": "{g.pw('connect_password', 'quoted')}", "peerName": "{g.email('peer_contact_email')}"}}}}}}]}}
""" + "}\n"


@T("system / storage / network", "ini", "moorland/i2p-tunnels.config")
def t_moorland_i2p_tunnels_config(g):
    return f"""# i2ptunnel config -- moorland weather mast (hidden service for the logger)
tunnel.0.name=mast-logger
tunnel.0.type=httpserver
tunnel.0.targetHost={g.loopback()}
tunnel.0.targetPort=8088
tunnel.0.privKeyFile=i2ptunnel0-privKeys.dat
tunnel.0.option.outbound.nickname=mast
tunnel.0.spoofedHost={g.look('i2p_b32', g.s('abcdefghijklmnopqrstuvwxyz234567', 52) + '.b32.i2p')}
# router console password: {g.pw('console_password', 'ini')}
# mast uplink {g.ip('uplink_ip', 0.3)}, ranger {g.email('ranger_email')}
# mast api: MAST_KEY={g.key('mast_key', 'low32')}
"""


@T("system / storage / network", "3proxy", "hedgerow-survey/3proxy.cfg")
def t_hedgerow_survey_3proxy_cfg(g):
    return f"""# 3proxy.cfg -- survey tablets go out through the field office
nserver {g.ip('nameserver_ip', 0.2)}
nscache 65536
timeouts 1 5 30 60 180 1800 15 60
users surveyor:CL:{g.pw('proxy_password', 'shell')} volunteer:CL:{g.pw('proxy_password2', 'shell')}
auth strong
allow surveyor,volunteer
proxy -p3128 -i{g.priv()} -e{g.ip4('external_ip')}
log /var/log/3proxy.log D
# data portal token for the tablets: {g.key('portal_token', 'eaaa')}
# coordinator {g.email('coordinator_email')}
"""


@T("system / storage / network", "polipo", "coppice/polipo-config")
def t_coppice_polipo_config(g):
    return f"""# polipo config -- woodland coppice crew laptop (slow satellite link)
proxyAddress = "{g.loopback()}"
proxyPort = 8123
allowedClients = {g.loopback()}, {g.priv()}
parentProxy = "{g.ipb('parent_proxy_ip', 0.3)}:3128"
parentAuthCredentials = "coppicer:{g.pw('parent_proxy_password', 'shell')}"
diskCacheRoot = "/var/cache/polipo/"
# crew lead {g.email('lead_email')}; forestry API key {g.key('forestry_key', 'hex32')}
"""


@T("system / storage / network", "inspircd", "sawpit-irc/inspircd.conf")
def t_sawpit_inspircd_conf(g):
    return f"""<config format="xml">
<server name="irc.sawpit.local" description="Sawpit volunteers" network="Sawpit">
<admin name="Pit boss" nick="pitboss" email="{g.email('admin_email')}">
<bind address="{g.priv()}" port="6697" type="clients" ssl="gnutls">
<bind address="{g.ip('public_bind_ip', 0.3)}" port="7000" type="servers">
<power hash="sha256" diepass="{g.pw('die_password', 'xml')}" restartpass="{g.pw('restart_password', 'xml')}">
<oper name="pitboss" hash="sha256" password="{g.sha256()}" host="*@{g.priv()}" type="NetAdmin">
<link name="hub.sawpit.local" ipaddr="{g.ip('hub_ip', 0.3)}" port="7000" sendpass="{g.pw('link_sendpass', 'xml')}" recvpass="{g.pw('link_recvpass', 'xml')}">
<!-- services api key {g.key('services_key', 'alnum32')} -->
</config>
"""


@T("system / storage / network", "bitlbee", "tollhouse/bitlbee.conf")
def t_tollhouse_bitlbee_conf(g):
    return f"""## bitlbee.conf -- tollhouse heritage chat gateway
[settings]
RunMode = Daemon
User = bitlbee
DaemonInterface = {g.priv()}
DaemonPort = 6667
AuthMode = Closed
AuthPassword = {g.pw('auth_password', 'ini')}
OperPassword = md5:{g.md5()}
HostName = tollhouse-chat
MotdFile = /etc/bitlbee/motd.txt
# account for the volunteers' jabber room: {g.email('jabber_account_email')} / {g.pw('jabber_password', 'ini')}
# forwarded from {g.ip('forward_ip', 0.3)}
"""


@T("system / storage / network", "yaml", "turnpike-trust/ircd.yaml")
def t_turnpike_ergo_ircd_yaml(g):
    return f"""# ergo ircd.yaml (excerpt) -- turnpike trust volunteers
network:
    name: Turnpike
server:
    name: irc.turnpike.local
    listeners:
        ":6697":
            tls:
                cert: tls/fullchain.pem
                key: tls/privkey.pem
    ip-cloaking:
        enabled: true
        netname: "turnpike"
        secret: "{g.key('cloak_secret', 'alnum40')}"
    password: "{g.look('bcrypt_hash', '$2a$04$' + g.s('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789./', 53))}"
opers:
    warden:
        class: "server-admin"
        whois-line: "turnpike warden"
        password: "{g.look('bcrypt_hash', '$2a$04$' + g.s('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789./', 53))}"
# plaintext of the warden password (remove!): {g.pw('oper_password', 'plain')}
# webirc gateway {g.ip('webirc_ip', 0.3)} password {g.pw('webirc_password', 'plain')}
# admin {g.email('admin_email')}
"""


@T("system / storage / network", "bind9", "almshouse/named.conf.local")
def t_almshouse_bind9_named_conf(g):
    return f"""// named.conf.local -- almshouse trust's zones
key "ddns-almshouse" {{
    algorithm hmac-sha256;
    secret "{g.key('tsig_secret', 'b64_32')}";
}};
zone "almshouse-trust.org.uk" {{
    type master;
    file "/var/lib/bind/almshouse-trust.org.uk.db";
    allow-update {{ key "ddns-almshouse"; }};
    also-notify {{ {g.ip('secondary_ns_ip', 0.3)}; }};
    allow-transfer {{ {g.ip('transfer_ip', 0.3)}; }};
}};
// hostmaster {g.email('hostmaster_email')}; resolver for the flats {g.priv()}
// DS record digest: {g.sha256()}
"""


@T("system / storage / network", "openldap", "workhouse-heritage/openldap-server.conf")
def t_workhouse_openldap_server_conf(g):
    return f"""# openldap server config -- workhouse heritage centre staff directory
include         /etc/openldap/schema/core.schema
include         /etc/openldap/schema/inetorgperson.schema
database        mdb
suffix          "dc=workhouse,dc=heritage"
rootdn          "cn=admin,dc=workhouse,dc=heritage"
rootpw          {g.look('ssha_hash', '{SSHA}' + g.s('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/', 32))}
# cleartext used to generate it: {g.pw('rootpw_cleartext', 'plain')}
directory       /var/lib/openldap/workhouse
syncrepl rid=001 provider=ldap://{g.ipb('provider_ip', 0.3)} bindmethod=simple
        binddn="cn=replicator,dc=workhouse,dc=heritage" credentials={g.pw('replicator_credentials', 'shell')}
        searchbase="dc=workhouse,dc=heritage" type=refreshAndPersist
# curator {g.email('curator_email')}
"""


@T("system / storage / network", "usbguard", "orphanage-archive/rules.conf")
def t_orphanage_archive_usbguard_rules(g):
    return f"""# usbguard rules -- archive scanning PC (records office)
allow id 1d6b:0002 serial "{g.look('usb_serial', g.s('0123456789ABCDEF', 16))}" name "xHCI Host Controller"
allow id 04a9:{g.s('0123456789abcdef', 4)} serial "{g.serial('CNB')}" name "Flatbed scanner" with-interface 07:01:02
allow id 0781:5581 serial "{g.look('usb_serial', g.s('0123456789ABCDEF', 20))}" name "Archive stick" hash "{g.look('usbguard_hash', g.s('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/', 43) + '=')}"
reject
# IPC access for the archivist: IPCAllowedUsers=archivist
# notifier posts to https://{g.ipb('notifier_ip', 0.3)}/usb with key {g.key('notifier_key', 'hex32')}
# archivist {g.email('archivist_email')}; BIOS password {g.pw('bios_password', 'plain')}
"""


@T("system / storage / network", "lynis", "infirmary/custom.prf")
def t_infirmary_lynis_custom_prf(g):
    return f"""# lynis custom.prf -- infirmary workstations audit profile
skip-test=SSH-7408:loglevel
skip-test=KRNL-5820
config:test_skip_always:AUTH-9262
upload=yes
upload-server={g.ip('upload_server_ip', 0.3)}
license-key={g.key('lynis_license_key', 'hex40')}
compressed-uploads=yes
# ward PCs range {g.priv()} .. ; reports to {g.email('report_email')}
# audit run {g.uuid()} with lynis {g.version()}
"""


@T("system / storage / network", "rkhunter", "apothecary/rkhunter.conf.local")
def t_apothecary_rkhunter_conf(g):
    return f"""# rkhunter.conf.local -- apothecary dispensary server
MAIL-ON-WARNING={g.email('warning_email')}
MAIL_CMD=mail -s "[rkhunter] Warnings found for ${{HOST_NAME}}"
ALLOW_SSH_ROOT_USER=no
SCRIPTWHITELIST=/usr/bin/egrep
UPDATE_MIRRORS=1
WEB_CMD=curl
# the dispensing-cabinet vendor's VPN (whitelisted port): {g.ip('vendor_vpn_ip', 0.3)}
# cabinet service login: service / {g.pw('cabinet_password', 'plain')}
# dispensing api key: {g.key('dispensing_api_key', 'rdme')}
"""


@T("system / storage / network", "firejail", "herbalist/shop-browser.profile")
def t_herbalist_firejail_profile(g):
    return f"""# firejail profile -- herbalist shop till browser
include /etc/firejail/firefox.profile
private-home .config/till
netfilter
dns {g.ip('dns_ip', 0.3)}
whitelist ${{HOME}}/Downloads/orders
# till web app: https://{g.priv()}:8443/till  (login till / {g.pw('till_password', 'plain')})
# supplier catalogue key {g.key('catalogue_key', 'alnum32')}
# owner {g.email('owner_email')}
"""


@T("system / storage / network", "shell", "chemist/ipset-setup.sh")
def t_chemist_ipset_setup_sh(g):
    return f"""#!/bin/sh
# chemist's shop router: allow only the pharmacy network's hosts to the prescription server
ipset create rx-allowed hash:ip
ipset add rx-allowed {g.ip('allowed_ip', 0.25)}
ipset add rx-allowed {g.ip('allowed_ip2', 0.25)}
ipset add rx-allowed {g.priv()}
ebtables -A FORWARD -s {g.mac()} -j DROP
nft add rule inet filter input ip saddr @rx-allowed tcp dport 443 accept
# prescription server API: curl -H "X-Rx-Key: {g.key('rx_api_key', 'alnum40')}" https://{g.priv()}/v1/ping
# router admin: admin / {g.pw('router_password', 'shell')}   (pharmacist {g.email('pharmacist_email')})
"""


@T("system / storage / network", "udhcpd", "audiology/udhcpd.conf")
def t_audiologist_udhcpd_conf(g):
    return f"""# udhcpd.conf -- audiology booth equipment network
start           {g.look('private_ip', '192.168.50.' + str(g.num(20, 40)))}
end             {g.look('private_ip', '192.168.50.' + str(g.num(200, 250)))}
interface       eth1
opt     dns     {g.ip('dns_ip', 0.2)}
option  subnet  {g.look('netmask', '255.255.255.0')}
opt     router  {g.look('private_ip', '192.168.50.1')}
static_lease {g.mac()} {g.look('private_ip', '192.168.50.' + str(g.num(10, 19)))}
# audiometer cloud sync key {g.key('audiometer_key', 'hex40')}; practice {g.email('practice_email')}
# booth tablet PIN {g.pin('tablet_pin')}
"""


@T("system / storage / network", "luci", "podiatry/etc-config-network")
def t_podiatrist_luci_network(g):
    return f"""# /etc/config/network -- podiatry router (luci export)
config interface 'loopback'
        option device 'lo'
        option proto 'static'
        option ipaddr '{g.loopback()}'

config interface 'wan'
        option device 'eth1'
        option proto 'pppoe'
        option username '{g.email('pppoe_username')}'
        option password '{g.pw('pppoe_password', 'quoted')}'

config interface 'vpn'
        option proto 'l2tp'
        option server '{g.ip('l2tp_server_ip', 0.3)}'
        option username 'podiatry'
        option password '{g.pw('l2tp_password', 'quoted')}'

# ddns update key (ddns provider): {g.key('ddns_key', 'b64_32')}
# lan {g.priv()}
"""


@T("system / storage / network", "dhclient", "chiropody/dhclient.conf")
def t_chiropodist_dhclient_conf(g):
    return f"""# dhclient.conf -- chiropody reception PC
send host-name = gethostname();
request subnet-mask, broadcast-address, time-offset, routers,
        domain-name, domain-name-servers, host-name;
supersede domain-name-servers {g.ip('dns_ip', 0.2)}, {g.priv()};
# booking system: https://{g.ipb('booking_ip', 0.3)}/  receptionist / {g.pw('booking_password', 'plain')}
# booking system api key {g.key('booking_api_key', 'shppa')}
# practice manager {g.email('manager_email')}; pc {g.serial('DEL')}
"""


@T("system / storage / network", "json", "physio/targetcli-saveconfig.json")
def t_physiotherapy_targetcli_json(g):
    return "{\n" + f"""  "fabric_modules": [],
  "storage_objects": [{{"dev": "/dev/vg0/exercise_videos", "name": "videos", "plugin": "block", "wwn": "{g.uuid()}"}}],
  "targets": [{{
    "wwn": "iqn.2024-03.uk.physio:videos",
    "tpgs": [{{
      "attributes": {{"authentication": 1}},
      "portals": [{{"ip_address": "{g.priv()}", "port": 3260}}],
      "node_acls": [{{
        "node_wwn": "iqn.2024-03.uk.physio:room-{g.s('0123456789abcdef', 12)}",
        "chap_userid": "treatment-room",
        "chap_password": "{g.pw('chap_password', 'quoted')}",
        "chap_mutual_userid": "target",
        "chap_mutual_password": "{g.pw('chap_mutual_password', 'quoted')}"
      }}]
    }}]
  }}],
  "_comment": "replica at {g.ip('replica_ip', 0.3)}; owner {g.email('owner_email')}"
""" + "}\n"

# ===================== mail / calendars / messaging =====================

@T("mail / calendars / messaging", "mutt", "osteopathy/desk.mutt")
def t_osteopath_mutt_desk(g):
    me = g.email('imap_user_email')
    return f"""# desk.mutt (sourced from the mutt config) -- osteopathy front desk
set realname = "Practice desk"
set from = "{g.email('from_email')}"
set imap_user = "{me}"
set imap_pass = "{g.pw('imap_pass', 'quoted')}"
set folder = "imaps://{g.ipb('imap_ip', 0.3)}:993"
set spoolfile = "+INBOX"
set smtp_url = "smtp://desk@{g.ipb('smtp_ip', 0.3)}:587/"
set smtp_pass = "{g.pw('smtp_pass', 'quoted')}"
set ssl_force_tls = yes
set pgp_default_key = "{g.look('pgp_key_id', '0x' + g.s('0123456789ABCDEF', 16))}"
# test account for the booking-reminder robot: {g.remail('reminder')}
"""


@T("mail / calendars / messaging", "isync", "midwifery/.isyncrc")
def t_midwife_isyncrc(g):
    return f"""# isync config -- community midwives' shared on-call mailbox
IMAPAccount oncall
Host {g.ipb('imap_ip', 0.3)}
User {g.email('oncall_user_email')}
Pass "{g.pw('oncall_password', 'quoted')}"
SSLType IMAPS
CertificateFile /etc/ssl/certs/ca-certificates.crt

IMAPStore oncall-remote
Account oncall

MaildirStore oncall-local
Path ~/mail/oncall/
Inbox ~/mail/oncall/INBOX

Channel oncall
Far :oncall-remote:
Near :oncall-local:
Patterns *
# pager gateway key (SMS of new mail): {g.key('pager_key', 'alnum32')}
"""


@T("mail / calendars / messaging", "maildrop", "doula-collective/.mailfilter")
def t_doula_collective_mailfilter(g):
    return f"""# .mailfilter -- doula collective intake inbox
logfile "$HOME/.maildrop.log"
if (/^Subject:.*[Rr]eferral/)
{{
    to "$HOME/Maildir/.Referrals/"
}}
if (/^To:.*{g.email('intake_email')}/)
{{
    xfilter "/usr/local/bin/intake-push --api https://{g.ipb('intake_ip', 0.3)}/v1 --key {g.key('intake_key', 'hex40')}"
    to "$HOME/Maildir/.Intake/"
}}
# forward copies to the coordinator {g.email('coordinator_email')}
# webmail password for the intake box (shared): {g.pw('webmail_password', 'plain')}
"""


@T("mail / calendars / messaging", "ini", "crematorium/khal-config")
def t_crematorium_khal_config(g):
    return f"""# khal config -- crematorium chapel bookings calendar
[calendars]
[[chapel]]
path = ~/.calendars/chapel/
color = dark green
[[staff]]
path = ~/.calendars/staff/

[locale]
timeformat = %H:%M
dateformat = %d/%m/%Y

# the nightly sync job pulls these from https://{g.ipb('caldav_ip', 0.3)}/dav/ as {g.email('caldav_user_email')}
# caldav password: {g.pw('caldav_password', 'ini')}
# directors' portal token: {g.key('portal_token', 'atta')}
"""


@T("mail / calendars / messaging", "twinkle", "mortuary/twinkle.cfg")
def t_mortuary_twinkle_sip_cfg(g):
    return f"""# Twinkle SIP profile -- mortuary night line
user_name=nightline
user_domain={g.ipb('sip_domain_ip', 0.3)}
user_display=Night line
user_organization=
auth_realm=
auth_name=nightline
auth_pass={g.pw('sip_password', 'ini')}
outbound_proxy={g.ipb('outbound_proxy_ip', 0.3)}
use_outbound_proxy=yes
stun_server={g.ip('stun_ip', 0.2)}
# voicemail-to-mail goes to {g.email('voicemail_email')}
# phone mac {g.mac()}
"""


@T("mail / calendars / messaging", "fetchmail", "undertaker/fetchmail-enquiries.conf")
def t_undertaker_fetchmail_conf(g):
    return f"""# undertaker's office: collect enquiries from both mailboxes
set daemon 300
poll mail.{g.pick(['wanadoo.fr', 'chello.at', 'ziggo.nl'])} protocol IMAP
    user '{g.email('enquiries_email')}' password '{g.pw('enquiries_password', 'quoted')}'
    folder INBOX keep ssl
poll {g.ip('old_host_ip', 0.3)} protocol POP3
    user 'office' password '{g.pw('office_password', 'quoted')}'
mda "/usr/bin/maildrop -d %T"
# spam filter api (x-api-key): {g.key('spam_api_key', 'alnum40')}
# test mailbox for the new site: {g.remail('enquiry')}
"""


@T("mail / calendars / messaging", "text", "sexton/bitlbee-account-export.txt")
def t_sexton_chat_accounts_txt(g):
    return f"""Churchyard volunteers -- chat accounts (exported from bitlbee, 'account list')
  0 (jabber): {g.email('jabber_email')}  [connected]
  1 (jabber): sexton-rota  [connected]
  2 (irc): sexton on irc.libera.chat  [offline]
account 0 set password {g.pw('jabber_password', 'shell')}
account 1 set oauth_token {g.key('oauth_token', 'b64url43')}
identify {g.pw('identify_password', 'shell')}
# bitlbee server {g.ip('bitlbee_ip', 0.3)}, version {g.version()}
"""


@T("mail / calendars / messaging", "markdown", "vergers/rota-bot.md")
def t_verger_rota_bot_md(g):
    return f"""# Verger rota bot

Posts the weekly verger rota to the parish chat and e-mails it to the churchwardens.

| setting | value |
|---|---|
| chat webhook | `https://{g.ipb('chat_ip', 0.3)}/hooks/{g.key('webhook_key', 'alnum32')}` |
| SMTP relay | `{g.ipb('smtp_ip', 0.3)}:587`, user `rota`, password `{g.pw('smtp_password', 'prose')}` |
| recipients | {g.email('warden_email')}, {g.email('warden_email2')} |
| test recipient | {g.remail('warden')} |
| bot version | {g.version()} ({g.short_sha()}) |
"""

# ===================== audio / media / imaging =====================

@T("audio / media / imaging", "gimp", "vicarage/gimprc")
def t_vicarage_newsletter_gimprc(g):
    return f"""# gimprc -- vicarage newsletter layout PC
(default-image (width 2480) (height 3508) (unit pixels) (xresolution 300.000000) (yresolution 300.000000))
(color-management (mode display) (display-profile "/usr/share/color/icc/sRGB.icc"))
(plug-in-path "${{gimp_dir}}/plug-ins:/opt/parish/plug-ins")
# parish-upload plug-in settings (read by the plug-in, not by gimp):
#   upload_host = {g.ip('upload_ip', 0.3)}
#   upload_user = {g.email('upload_user_email')}
#   upload_password = {g.pw('upload_password', 'plain')}
#   print_shop_key = {g.key('print_shop_key', 'hex32')}
# gimp {g.version()}
"""


@T("audio / media / imaging", "darktable", "chaplaincy/darktablerc")
def t_chaplaincy_darktablerc(g):
    return f"""plugins/imageio/storage/disk/file_directory=$(FILE_FOLDER)/darktable_exported/$(FILE_NAME)
plugins/imageio/storage/webupload/server={g.ip('webupload_ip', 0.3)}
plugins/imageio/storage/webupload/username=chaplain
plugins/imageio/storage/webupload/password={g.pw('webupload_password', 'ini')}
plugins/lighttable/export/upscale=FALSE
ui_last/import_last_directory=/media/chaplaincy/card
# infirmary chaplaincy photo archive; contact {g.email('chaplain_email')}
# lens db {g.sha1()}  darktable {g.version()}
# geotag api key (openmaps) {g.key('maps_api_key', 'alnum32')}
"""


@T("audio / media / imaging", "ini", "synagogue/krita-plugin-livestream.ini")
def t_synagogue_livestream_krita_ini(g):
    return f"""; Krita plug-in 'slide-push' -- synagogue livestream overlays
[slide_push]
enabled=true
target=https://{g.ipb('stream_ip', 0.3)}/overlay
api_key={g.key('overlay_api_key', 'alnum40')}
user={g.email('stream_user_email')}
password={g.pw('stream_password', 'ini')}
[display]
screen_uuid={g.uuid()}
; krita {g.version()}
"""


@T("audio / media / imaging", "digikam", "mosque/digikamrc")
def t_mosque_digikamrc(g):
    return f"""[Database Settings]
Database Type=QMYSQL
Database Name=digikam_core
Database Hostname={g.ip('db_host_ip', 0.3)}
Database Port=3306
Database Username=digikam
Database Password={g.pw('db_password', 'ini')}
Database Connectoptions=

[SmugMug Export Settings]
api_key={g.look('public_app_id', g.s('0123456789abcdef', 32))}
secret={g.key('smugmug_api_secret', 'hex32')}

# mosque community photo archive -- volunteer {g.email('volunteer_email')}
# NAS {g.priv()} ({g.mac()})
"""


@T("audio / media / imaging", "rawtherapee", "temple/options")
def t_temple_rawtherapee_options(g):
    return f"""[General]
Version={g.version()}
DateFormat=%y-%m-%d
AdjusterDelay=0
MultiUser=true

[External Editor]
EditorKind=2
CustomEditor=/opt/temple/bin/archive-upload --to {g.ip('archive_ip', 0.3)} --token {g.key('archive_token', 'fo1')}

[Output]
Format=jpg
# temple festival photos: archive login festival / {g.pw('archive_password', 'plain')}
# committee {g.email('committee_email')}
"""


@T("audio / media / imaging", "yaml", "monastery/pocketsphinx-job.yaml")
def t_monastery_chant_transcribe_yaml(g):
    return f"""# monastery chant archive: nightly transcription job (pocketsphinx + kaldi rescoring)
job:
  id: {g.uuid()}
  input: /srv/archive/chant/incoming
  decoder: pocketsphinx
  hmm: /opt/models/en-us
  rescoring: kaldi-{g.version()}
storage:
  endpoint: https://{g.ipb('storage_ip', 0.3)}
  access_key: {g.key('storage_access_key', 'up20')}
  secret_key: {g.key('storage_secret_key', 'alnum40')}
notify:
  email: {g.email('notify_email')}
  smtp_password: {g.pw('smtp_password', 'yaml')}
checksum: {g.sha256()}
"""


@T("audio / media / imaging", "json", "abbey/mycroft.conf")
def t_abbey_mycroft_conf(g):
    return "{\n" + f"""  "lang": "en-gb",
  "listener": {{"wake_word": "hey abbey", "sample_rate": 16000}},
  "tts": {{"module": "mimic", "mimic": {{"voice": "ap"}}}},
  "server": {{"url": "https://{g.ipb('server_ip', 0.3)}", "version": "v1", "token": "{g.key('server_token', 'b64url43')}"}},
  "skills": {{"gift_shop": {{"till_url": "http://{g.priv()}:8080", "till_pin": "{g.pin('till_pin')}"}}}},
  "device": {{"uuid": "{g.uuid()}", "owner": "{g.email('owner_email')}"}},
  "wifi_fallback": {{"ssid": "Abbey-Guest", "psk": "{g.pw('wifi_psk', 'quoted')}"}}
""" + "}\n"


@T("audio / media / imaging", "shell", "convent/bell-tts.sh")
def t_convent_espeak_bells_sh(g):
    return f"""#!/bin/sh
# convent: spoken reminder before each office, then log to the sacristy server
MSG="Vespers in ten minutes"
espeak -v mb-en1 -s 120 "$MSG"
curl -fsS -u sacristan:{g.pw('sacristy_password', 'shell')} \\
  -H "X-Api-Key: {g.key('sacristy_api_key', 'alnum32')}" \\
  -d "msg=$MSG" https://{g.ipb('sacristy_ip', 0.3)}/log
# fallback speaker on {g.priv()}; maintainer {g.email('maintainer_email')}
"""


@T("audio / media / imaging", "mainsail", "hermitage/printer_data/mainsail-server.conf")
def t_hermitage_mainsail_server_conf(g):
    return f"""# mainsail server config -- hermitage gift-shop 3D printer
[server]
host: {g.look('unspecified_ip', '0.0.0.0')}
port: 7125

[authorization]
trusted_clients:
    {g.priv()}/24
    {g.loopback()}
cors_domains:
    *.local


[notifier print_done]
url: ntfys://{g.look('bot_id', str(g.num(1000000000, 9999999999)))}:{g.key('push_topic_token', 'alnum32')}/{g.num(10000000, 99999999)}
events: complete

[update_manager]
channel: stable
# printer mac {g.mac()}; shop volunteer {g.email('volunteer_email')}
# mainsail admin password {g.pw('admin_password', 'plain')}
"""


@T("audio / media / imaging", "python", "dummy-collection/freecad_mould.py")
def t_ventriloquist_collection_freecad_py(g):
    return f'''"""FreeCAD script: build the mould for a replacement dummy head and send it to the print bureau."""
import FreeCAD, Part, Mesh, urllib.request

BUREAU = "https://{g.ipb('bureau_ip', 0.3)}/jobs"
BUREAU_KEY = "{g.key('bureau_key', 'alnum48')}"
CONTACT = "{g.email('contact_email')}"
ORDER_REF = "{g.uuid()}"

def send(path):
    req = urllib.request.Request(BUREAU, data=open(path, "rb").read(),
                                 headers={{"X-Key": BUREAU_KEY, "X-Order": ORDER_REF}})
    return urllib.request.urlopen(req).status
# bureau account password (web): {g.pw('bureau_password', 'plain')}
'''


@T("audio / media / imaging", "shell", "oyster-bar/tvheadend-backup.sh")
def t_oyster_bar_tvheadend_backup_sh(g):
    return f"""#!/bin/bash
# oyster bar: back up the tvheadend config for the match-day screens
set -euo pipefail
TVH=/var/lib/tvheadend
tar czf /tmp/tvh-$(date +%F).tgz "$TVH"
rdiff-backup /tmp/ bar@{g.ipb('backup_ip', 0.3)}::/srv/backup/tvh
export ARCHIVE_PASSPHRASE='{g.pw('archive_passphrase', 'shell')}'
curl -s -F file=@/tmp/tvh-$(date +%F).tgz -H "Authorization: Bearer {g.key('upload_token', 'hex64')}" https://{g.priv()}/upload
# manager {g.email('manager_email')}; tuner {g.serial('TBS')}
"""


@T("audio / media / imaging", "csv", "bingo/caller-audio-devices.csv")
def t_bingo_caller_audio_devices_csv(g):
    rows = ["device,location,ip,mac,admin_user,admin_password,notes"]
    for loc in ["stage", "bar", "foyer"]:
        rows.append(f"amp-{loc},{loc},{g.ip('amp_ip', 0.15) if loc == 'foyer' else g.priv()},{g.mac()},admin,{g.pw('amp_password', 'ini')},fw {g.version()}")
    rows.append(f"cloud-dsp,remote,{g.ip('dsp_ip', 0.3)},,{g.email('dsp_user_email')},{g.pw('dsp_password', 'ini')},api key {g.key('dsp_api_key', 'hex32')}")
    return "\n".join(rows) + "\n"


@T("audio / media / imaging", "text", "racecourse/pa-zones.txt")
def t_racecourse_pa_zones_txt(g):
    return f"""RACECOURSE PA -- zone controllers (print for the commentary box)

Zone  Controller        Address            Login
----  ----------------  -----------------  ---------------------------
1     grandstand        {g.priv()}        engineer / {g.pw('zone_password', 'plain')}
2     parade ring       {g.priv()}        engineer / {g.pw('zone_password2', 'plain')}
3     remote (course)   {g.ip('remote_zone_ip', 0.3)}      engineer / {g.pw('zone_password3', 'plain')}

Commentary stream key: {g.key('stream_key', 'licence')}
PA contractor: {g.email('contractor_email')}
Firmware {g.version()}; matrix serial {g.serial('PAX')}
"""


@T("audio / media / imaging", "ini", "puppetry-stage/screens.ini")
def t_puppetry_stage_screens_ini(g):
    return f"""; stage screens (foyer + backstage) -- player settings
[player]
source=http://{g.priv()}:8200/MediaItems/
volume=70
[remote]
control_port=9090
control_password={g.pw('control_password', 'ini')}
[cloud]
push_url=https://{g.ipb('push_ip', 0.3)}/screens
push_key={g.key('push_key', 'shpca')}
owner={g.email('owner_email')}
; player build {g.short_sha()} / {g.version()}
"""


@T("audio / media / imaging", "markdown", "juggling/video-pipeline.md")
def t_juggling_video_pipeline_md(g):
    return f"""# Juggling convention -- video pipeline

1. Cameras record to the NAS at `{g.priv()}` (share `footage`, user `cam`, password `{g.pw('nas_password', 'prose')}`).
2. `blender --background edit.blend --python render.py` renders the daily highlight.
3. The upload step uses the video host's API:

```sh
curl -X POST https://{g.ipb('video_host_ip', 0.3)}/api/v1/videos/upload \\
     -H "Authorization: Bearer {g.key('video_api_token', 'alnum40')}" -F "channelId=4"
```

Send problems to {g.email('media_team_email')}. The highlight template is {g.uuid()}, render checksum
`{g.md5()}`.
"""

# ===================== storage / desktop / devices =====================

@T("storage / desktop / devices", "hdparm", "racecourse-photo/hdparm.conf")
def t_racecourse_photo_hdparm_conf(g):
    return f"""# /etc/hdparm.conf -- photo-finish camera recorder
/dev/disk/by-id/ata-{g.serial('WDC')} {{
    spindown_time = 240
    apm = 127
    write_cache = on
}}
/dev/disk/by-id/wwn-{g.wwn()} {{
    spindown_time = 0
}}
# the recorder's upload script (same box) uses:
#   PHOTOFINISH_KEY={g.key('photofinish_key', 'hex40')}
#   judges' share //{g.priv()}/finish  user judge  pass {g.pw('share_password', 'plain')}
#   stewards: {g.email('stewards_email')}
"""


@T("storage / desktop / devices", "shell", "aviary/btrfs-scrub.sh")
def t_aviary_btrfs_scrub_sh(g):
    return f"""#!/bin/sh
# aviary nest-cam archive: monthly scrub, then report
btrfs scrub start -B /srv/nestcam > /tmp/scrub.txt 2>&1
btrfs filesystem usage /srv/nestcam >> /tmp/scrub.txt
# fs uuid {g.uuid()}
mail -s "nestcam scrub" {g.email('report_email')} < /tmp/scrub.txt
curl -s --user keeper:{g.pw('dashboard_password', 'shell')} -T /tmp/scrub.txt https://{g.ipb('dashboard_ip', 0.3)}/reports/
# offsite: btrfs send | ssh nest@{g.ipb('offsite_ip', 0.3)} btrfs receive /backup
"""


@T("storage / desktop / devices", "nbd", "seaweed-lab/nbd-server-config")
def t_seaweed_lab_nbd_server_config(g):
    return f"""# /etc/nbd-server/config -- seaweed lab imaging stations boot disks
[generic]
    user = nbd
    group = nbd
    listenaddr = {g.priv()}
    allowlist = true
[imaging]
    exportname = /srv/nbd/imaging.img
    readonly = true
    authfile = /etc/nbd-server/allow
# allow file lists {g.priv()} and the field station {g.ip('field_station_ip', 0.3)}
# lab manager {g.email('manager_email')}; image sha256 {g.sha256()}
# station BIOS setup password {g.pw('bios_password', 'plain')}
"""


@T("storage / desktop / devices", "glusterfs", "fishery/glusterd.vol")
def t_fishery_glusterd_vol(g):
    return f"""# glusterd.vol -- fish-counter archive cluster
volume management
    type mgmt/glusterd
    option working-directory /var/lib/glusterd
    option transport-type socket
    option transport.socket.keepalive-time 10
    option ping-timeout 0
    option transport.address-family inet
end-volume
# peers: {g.priv()}, {g.priv()}, {g.ip('remote_peer_ip', 0.35)} (river trust office)
# geo-rep ssh key fingerprint {g.fingerprint()}
# geo-rep user mountbroker password {g.pw('georep_password', 'plain')}
# trust IT {g.email('it_email')}
"""


@T("storage / desktop / devices", "lizardfs", "hopyard/mfsexports.cfg")
def t_hopyard_lizardfs_exports_cfg(g):
    return f"""# mfsexports.cfg -- lizardfs exports for the hop-drying sensor archive
{g.priv()}/24          /            rw,alldirs,maproot=0,password={g.pw('export_password', 'shell')}
{g.ip('partner_ip', 0.0)}      /partner     ro,alldirs,password={g.pw('partner_password', 'shell')}
*                       .            rw
# cgiserv ui behind basic auth (htpasswd for 'hops'), alerts {g.email('alerts_email')}
# sensor gateway key {g.key('gateway_key', 'dt0c01')}
"""


@T("storage / desktop / devices", "znapzend", "maltings/znapzend-setup.txt")
def t_maltings_znapzend_setup_txt(g):
    return f"""znapzendzetup create --recursive --tsformat='%Y-%m-%d-%H%M%S' \\
  SRC '7d=>1h,30d=>4h,90d=>1d' tank/malting \\
  DST:offsite '30d=>4h,1y=>1w' malt@{g.ipb('offsite_ip', 0.3)}:backup/malting

notes:
- offsite box sudo password: {g.pw('offsite_password', 'plain')}
- offsite host key: {g.pubkey()}
- znapzend {g.version()}, on-call {g.email('oncall_email')}
- monitoring push: https://{g.ipb('monitor_ip', 0.3)}/push/{g.key('push_token', 'alnum32')}
"""


@T("storage / desktop / devices", "yaml", "county-archive/datalad-siblings.yaml")
def t_archivist_datalad_siblings_yaml(g):
    return f"""# datalad siblings for the county archive scans
siblings:
  - name: archive-store
    url: ria+ssh://archivist@{g.ipb('ria_ip', 0.3)}/srv/ria
    annex_wanted: "not metadata=distribution-restrictions=*"
  - name: osf
    url: osf://{g.look('project_id', g.s('abcdefghijklmnopqrstuvwxyz0123456789', 5))}
    credential: osf-token
credentials:
  osf-token:
    token: {g.key('osf_token', 'alnum48')}
  webdav-mirror:
    user: {g.email('webdav_user_email')}
    secret: {g.pw('webdav_password', 'yaml')}
dataset_id: {g.uuid()}
"""


@T("storage / desktop / devices", "ini", "glassworks/deconz.ini")
def t_glassblower_deconz_ini(g):
    return f"""; deCONZ gateway -- annealer room sensors (temperature + door)
[general]
http_port=8090
ws_port=8091
dbpath=/var/lib/deconz
[gateway]
bridgeid={g.look('bridge_id', g.s('0123456789ABCDEF', 16))}
apikey={g.key('deconz_api_key', 'hex32')}
; phoscon app password: {g.pw('phoscon_password', 'ini')}
; forward readings to {g.ip('forward_ip', 0.3)} ; glassblower {g.email('owner_email')}
; coordinator stick mac {g.mac()}
"""


@T("storage / desktop / devices", "picom", "casino-signage/picom.conf")
def t_casino_signage_picom_conf(g):
    return f"""# picom.conf -- jackpot signage display
backend = "glx";
vsync = true;
shadow = false;
fading = true;
fade-delta = 4;
opacity-rule = [ "90:class_g = 'jackpot-ticker'" ];
# jackpot-ticker reads JACKPOT_FEED=https://{g.ipb('feed_ip', 0.3)}/jp and JACKPOT_KEY={g.key('jackpot_key', 'eaag')}
# display admin: signage / {g.pw('signage_password', 'plain')} ; ops {g.email('ops_email')}
"""


@T("storage / desktop / devices", "shell", "lottery/.xinitrc")
def t_lottery_terminal_xinitrc(g):
    return f"""#!/bin/sh
# .xinitrc -- lottery terminal
xset -dpms
xset s off
unclutter -idle 1 &
export TERMINAL_ID={g.uuid()}
export DRAW_SERVER=https://{g.ipb('draw_ip', 0.3)}
export TERMINAL_SECRET={g.key('terminal_secret', 'hex64')}
exec /opt/lottery/terminal --operator {g.email('operator_email')} --pin {g.pin('operator_pin')}
"""


@T("storage / desktop / devices", "shell", "bookshop/bspwmrc")
def t_bookshop_bspwmrc(g):
    return f"""#!/bin/sh
# bspwmrc -- bookshop till + catalogue screens
bspc monitor -d till catalogue
bspc config border_width 2
bspc rule -a Till desktop=till
sxhkd &
/opt/till/till --server {g.ip('till_server_ip', 0.3)} --user bookseller --password '{g.pw('till_password', 'shell')}' &
/opt/catalogue/sync --isbn-api-key {g.key('isbn_api_key', 'alnum32')} &
# sample record {g.isbn()}; owner {g.email('owner_email')}
"""


@T("storage / desktop / devices", "fluxbox", "workhouse-heritage/fluxbox-startup")
def t_workhouse_kiosk_fluxbox_startup(g):
    return f"""#!/bin/sh
# fluxbox startup -- workhouse heritage centre kiosk
xmodmap "$HOME/.Xmodmap"
/opt/kiosk/audio-guide --feed https://{g.ipb('feed_ip', 0.3)}/guide --token {g.key('guide_token', 'b64url43')} &
# visitor wifi: Workhouse-Visitors / {g.pw('wifi_password', 'plain')}
# curator {g.email('curator_email')}; kiosk {g.serial('KSK')} {g.mac()}
exec fluxbox
"""


@T("storage / desktop / devices", "xmonad", "type-studio/xmonad.hs")
def t_typesetter_xmonad_hs(g):
    return f"""-- xmonad.hs -- typesetting studio
import XMonad
import XMonad.Util.Run (spawnPipe)

proofServer :: String
proofServer = "https://{g.ipb('proof_ip', 0.3)}/proofs"

-- API token for the proof server (move to pass!)
proofToken :: String
proofToken = "{g.key('proof_token', 'alnum40')}"

main = xmonad def {{ terminal = "urxvt", modMask = mod4Mask }}
-- studio manager {g.email('manager_email')}; font licence {g.key('font_licence', 'licence')}
"""


@T("storage / desktop / devices", "shell", "stationery/herbstluftwm-autostart")
def t_stationer_herbstluftwm_autostart(g):
    return f"""#!/usr/bin/env bash
# herbstluftwm autostart -- stationery shop label printer PC
hc() {{ herbstclient "$@"; }}
hc emit_hook reload
hc keybind Mod4-Return spawn foot
hc set frame_border_width 1
# label printer: lpadmin -p labels -v ipp://{g.ipb('printer_ip', 0.2)}/ipp/print -E
# label cloud: LABEL_USER={g.email('label_user_email')} LABEL_PASS={g.pw('label_password', 'shell')}
# printer serial {g.serial('BRO')}
"""


@T("storage / desktop / devices", "urxvt", "trawler/urxvt-resources")
def t_trawler_urxvt_resources(g):
    return f"""! urxvt resources -- wheelhouse chart-plotter terminal
URxvt.font: xft:DejaVu Sans Mono:size=12
URxvt.scrollBar: false
URxvt.url-launcher: /usr/bin/xdg-open
! fleet uplink helper (runs from the urxvt keybinding):
!   FLEET_HUB={g.ipb('fleet_hub_ip', 0.3)}:5631  FLEET_KEY={g.key('fleet_key', 'hex32')}
!   skipper login on the plotter: {g.pw('plotter_password', 'plain')}
!   fleet office {g.email('fleet_email')}
"""


@T("storage / desktop / devices", "ini", "herbalist/foot.ini")
def t_herbalist_foot_ini(g):
    return f"""# foot.ini -- herbalist dispensary terminal
font=monospace:size=11
term=xterm-256color
[scrollback]
lines=5000
[url]
launch=xdg-open ${{url}}
# env for the label tool started from this terminal:
#   LABELS_API={g.ipb('labels_ip', 0.3)}:8443
#   LABELS_TOKEN={g.key('labels_token', 'cfpat')}
#   LABELS_ADMIN_PASSWORD={g.pw('labels_admin_password', 'shell')}
#   owner {g.email('owner_email')}
"""

# ===================== docs / data / prose =====================

@T("docs / data / prose", "csv", "midwifery/helpdesk-export.csv")
def t_midwifery_helpdesk_export_csv(g):
    rows = ['ticket,opened,reporter,summary,body']
    rows.append(f'4411,2025-02-03,{g.email("reporter_email")},VPN broken,"tried vpn user oncall pass {g.pw("vpn_password", "plain")} from {g.ip("home_ip", 0.3)}"')
    rows.append(f'4412,2025-02-04,{g.email("reporter_email2")},rota app key,"new key is {g.key("rota_api_key", "alnum40")} (old one revoked)"')
    rows.append(f'4413,2025-02-04,{g.remail("it")},test ticket,"ignore; build {g.version()} commit {g.short_sha()}"')
    rows.append(f'4414,2025-02-05,{g.email("reporter_email3")},printer,"printer {g.priv()} mac {g.mac()} jammed"')
    return "\n".join(rows) + "\n"


@T("docs / data / prose", "text", "bellfounder/chat-export.txt")
def t_bellfoundry_chat_export_txt(g):
    return f"""[2025-03-11 07:02] Bram: morning -- pour log server is down again
[2025-03-11 07:04] Femke: it moved, new address {g.ip('pour_log_ip', 0.35)}
[2025-03-11 07:05] Bram: login?
[2025-03-11 07:05] Femke: founder / {g.pw('pour_log_password', 'prose')}
[2025-03-11 07:09] Femke: and the gantry telemetry key if you need it {g.key('gantry_key', 'tvly')}
[2025-03-11 07:10] Bram: ta. can you mail the tuning report to {g.email('tuning_email')}?
[2025-03-11 07:12] Femke: done. checksum {g.sha1()} in case the attachment breaks
[2025-03-11 07:15] Bram: the doc example says {g.remail('bell')} -- that's not a real inbox right?
[2025-03-11 07:15] Femke: right, placeholder
"""


@T("docs / data / prose", "markdown", "almshouse/postmortem-2025-01.md")
def t_almshouse_postmortem_md(g):
    return f"""# Postmortem: residents' alarm gateway outage (2025-01-14)

## Summary
The pendant-alarm gateway lost its uplink for 3h12m. Calls were routed to the warden's phone.

## Timeline
- 02:10 gateway `{g.priv()}` stops answering; monitoring from `{g.ip('monitor_ip', 0.3)}` alerts
- 02:25 on-call ({g.email('oncall_email')}) logs in with the break-glass account `warden` / `{g.pw('breakglass_password', 'prose')}`
- 03:40 vendor support connects from `{g.ip('vendor_ip', 0.4)}`
- 05:22 fixed: the gateway's SIM PIN (`{g.pin('sim_pin')}`) had been reset by the carrier

## Follow-ups
- rotate the vendor API key `{g.key('vendor_api_key', 'sntrys')}` (it was pasted in the vendor chat)
- firmware {g.version()} -> latest; gateway serial {g.serial('ALM')}
"""


@T("docs / data / prose", "ndjson", "racecourse/gate-events.ndjson")
def t_racecourse_gate_events_ndjson(g):
    lines = []
    for i in range(3):
        lines.append(json.dumps({"ts": f"2025-06-0{i + 1}T13:0{i}:00Z", "gate": f"turnstile-{i + 1}", "src": "SRC", "event": "open"}).replace("SRC", g.ip('gate_client_ip', 0.3)))
    lines.append(json.dumps({"ts": "2025-06-03T13:05:00Z", "gate": "turnstile-2", "event": "auth_fail", "user": "EM", "tried": "PW"}).replace("EM", g.email('gate_user_email')).replace("PW", g.pw('tried_password', 'quoted')))
    lines.append(json.dumps({"ts": "2025-06-03T13:06:00Z", "event": "config_push", "api_key": "KEY", "device": "UU"}).replace("KEY", g.key('gate_api_key', 'hex40')).replace("UU", g.uuid()))
    lines.append(json.dumps({"ts": "2025-06-03T13:07:00Z", "event": "heartbeat", "lan": "LAN"}).replace("LAN", g.priv()))
    return "\n".join(lines) + "\n"


@T("docs / data / prose", "xml", "lottery/retailer-portal-export.xml")
def t_lottery_retailer_portal_xml(g):
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<retailers exported="2025-04-02" schema="{g.version()}">
  <retailer id="{g.uuid()}">
    <name>Corner News</name>
    <contact>{g.email('retailer_email')}</contact>
    <terminal ip="{g.ip('terminal_ip', 0.3)}" mac="{g.mac()}"/>
    <portal user="cornernews" password="{g.pw('portal_password', 'xml')}"/>
    <apiKey>{g.key('retailer_api_key', 'patna1')}</apiKey>
  </retailer>
  <retailer id="{g.uuid()}">
    <name>Station Kiosk</name>
    <contact>{g.email('retailer_email2')}</contact>
    <terminal ip="{g.priv()}"/>
    <portal user="stationkiosk" password="{g.pw('portal_password2', 'xml')}"/>
  </retailer>
</retailers>
"""


@T("docs / data / prose", "text", "mortuary/handover-email.txt")
def t_mortuary_handover_email_txt(g):
    return f"""From: {g.email('sender_email')}
To: {g.email('recipient_email')}
Subject: Cold-room monitoring handover
Message-ID: {g.look('message_id', '<' + g.s('0123456789abcdef', 16) + '@' + 'mx.' + g.pick(['ukr.net', 'daum.net']) + '>')}

Hi,

before I go on leave, the cold-room monitoring details:

  dashboard  https://{g.ipb('dashboard_ip', 0.3)}/
  login      mortuary / {g.pw('dashboard_password', 'prose')}
  alert key  {g.key('alert_key', 'hex32')}
  probes     {g.priv()} - {g.serial('TMP')}

Please don't forward this. The vendor's doc uses {g.remail('probe')} as the example contact.

Cheers
"""

# ===================== handover notes (table-driven) =====================

NOTES = [
    ("kosraean", "Lotu wo!", "Kulo.", ["Lelu", "Tafunsak", "Malem", "Utwe"], "the dispensary at Lelu"),
    ("novial", "Saluta!", "Grandi danke.", ["Roskilde", "Helsingør", "Køge", "Ringsted"], "the reading room"),
    ("occidental", "Salute!", "Mersí.", ["Haapsalu", "Pärnu", "Rakvere", "Viljandi", "Paide"], "the harbour office"),
    ("pitkern", "Wataway!", "Tenk yu.", ["Adamstown", "Tedside"], "the co-op store"),
    ("norfuk", "Watawieh!", "Thenks.", ["Kingston", "Cascade", "Anson"], "the radio room"),
    ("guernesiais", "Bouônjour!", "Merci bi.", ["Torteval", "Vazon", "Cobo"], "the tomato packing shed"),
    ("poitevin", "Bonjhour!", "Marci.", ["Niort", "Poitiers", "Parthenay", "Melle", "Civray"], "the goat-cheese cellar"),
    ("alemannic", "Grüezi!", "Merci vilmal.", ["Freiburg", "Lörrach", "Basel", "Schaffhausen", "Konstanz", "Dornbirn"], "the clock workshop"),
]
NOTE_KEYS = ["hex40", "alnum40", "b64url43", "low32", "bkua", "rdme", "shpca", "ltai", "fo1", "dppt", "atta", "tvly"]


def make_note(lang, hello, bye, places, site):
    def fn(g):
        pw = g.pick(places) + str(g.num(10, 9999)) + g.pick("!#%*+=?~")
        pwm = "\ue000PASSWORD|pw_native\ue001" + pw + "\ue002"
        k1, k2 = g.r.sample(NOTE_KEYS, 2)
        srv = g.ip("server_ip", 0.28)
        em = g.email("contact_email")
        key1 = g.key("monitoring_key", k1)
        key2 = g.key("backup_token", k2)
        form = g.r.randint(0, 3)
        if form == 0:
            body = (f"1. server for {site}: {srv}, admin password {pwm}\n"
                    f"2. monitoring key: {key1}\n3. backup token: {key2}\n4. questions: {em}\n"
                    f"5. (LAN side is {g.priv()}; the vendor doc example is {g.remail('admin')}; firmware {g.version()})\n")
        elif form == 1:
            body = ("```\n" f"server     = {srv}\nadmin_pass = {pwm}\nmon_key    = {key1}\nbackup_tok = {key2}\n"
                    f"contact    = {em}\nhost_key   = {g.pubkey()}\nsite_id    = {g.uuid()}\n"
                    f"lan_v6     = {g.ula()}\nversion    = {g.version()}\n" "```\n")
        elif form == 2:
            body = (f"The server for {site} is {srv} and the admin password is {pwm}. Monitoring uses the key "
                    f"{key1}; the backup job's token is {key2}. Mail {em} if anything breaks. Do not confuse it "
                    f"with the test box {g.docip()}, the {g.placeholder('<token>')} in the wiki, or the switch "
                    f"{g.mac()}.\n")
        else:
            body = ("| what | value |\n|---|---|\n" f"| server | {srv} |\n| admin password | {pwm} |\n"
                    f"| monitoring key | {key1} |\n| backup token | {key2} |\n| contact | {em} |\n"
                    f"| image sha256 | {g.sha256()} |\n| lan | {g.priv()} |\n")
        return f"# Handover -- {site}\n\n{hello}\n\n{body}\n{bye}\n"
    fn.__name__ = "t_note_" + lang
    return fn


for _row in NOTES:
    T("handover notes", "markdown", f"handover/{_row[0]}.md")(make_note(*_row))
