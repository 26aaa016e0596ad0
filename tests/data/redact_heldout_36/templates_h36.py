"""Templates for held-out set 36.  Each returns marked text (see gen_h36)."""
import json

from gen_h36 import ALNUM


def gen_alnum():
    return ALNUM

TEMPLATES = []


def T(name, lang, path, klass):
    def deco(fn):
        TEMPLATES.append((name, lang, path, klass, fn))
        return fn
    return deco


TRADES = "trades / food"
VENUES = "venues / leisure"
SYS = "system / storage / network"
MEDIA = "audio / media / stage"
MAIL = "mail / calendars / messaging"
EMB = "embedded / boot"
DOCS = "docs / data / prose"
NOTES = "handover notes"


# ------------------------------------------------------------------ carrier snippet
def carrier_snippet(g, path):
    c = "# "
    dom = g.ch(["weighbridge-ops.eu", "gravelpit-haulage.ie", "slatebank-quarry.co.uk"])
    key = g.ch([("snippet_weighbridge_api_key", "hex40"), ("snippet_ticket_token", "b64url43"),
                ("snippet_scale_locker_key", "lower32")])
    lines = [
        "",
        "Quarry weighbridge: shift notes (do not commit)",
        f"scale PC uplink  {g.ip4('snippet_uplink_ip')}   backup route {g.ip6('snippet_backup_ipv6')}",
        f"dispatcher mail  {g.email('snippet_dispatcher_email', domain=dom)}",
        f"kiosk login      gate / {g.pw('snippet_kiosk_password', 'plain')}",
        f"ticket API       {g.key(key[0], key[1])}",
        f"docs example (not real): {g.docip()} / {g.resmail()} / firmware {g.ver()} / "
        f"commit {g.short_sha()} / site {g.uuid()}",
    ]
    return "\n".join((c + x).rstrip() for x in lines) + "\n"


# ------------------------------------------------------------------ batch 1: trades / food
@T("bookbinding_press_sysctl_notes", "sysctl", "ops/bookbinding/99-press.conf", TRADES)
def _(g):
    return f"""# /etc/sysctl.d/99-press.conf -- bookbinding guillotine controller
# tuned {g.ch(['March', 'June', 'October'])} by {g.first()}; questions to {g.email('owner_email')}
net.ipv4.ip_forward = 0
net.core.rmem_max = {g.ch([262144, 524288, 1048576])}
vm.swappiness = {g.num(5, 30)}
# uplink to the print shop: {g.ip('uplink_ip')} (static), LAN gw {g.priv()}
# controller web ui: admin / {g.pw('controller_password', 'plain')}
kernel.panic = 10
# firmware {g.ver()} build {g.short_sha()}
# press vendor remote-support key: {g.key('support_key', g.ch(['hex32', 'alnum32']))}
"""


@T("mosaic_studio_gitconfig", "gitconfig", "mosaic-studio/.gitconfig", TRADES)
def _(g):
    f = g.first()
    return f"""[user]
\tname = {f} {g.surname().capitalize()}
\temail = {g.email('author_email')}
[core]
\teditor = nano
\tautocrlf = input
[credential "https://tiles.mosaic-collective.net"]
\thelper = store
\tusername = {f.lower()}
[http "https://{g.ip('mirror_ip')}/"]
\textraHeader = Authorization: Bearer {g.key('mirror_token', g.ch(['b64url43', 'alnum40']))}
[remote "origin"]
\turl = https://{f.lower()}:{g.pw('remote_password', 'url')}@tiles.mosaic-collective.net/grout/patterns.git
[alias]
\tlg = log --oneline --graph
# last good: {g.short_sha()}  (reviewer: {g.resmail()})
"""


@T("teahouse_menu_htaccess", "htaccess", "teahouse/public/.htaccess", VENUES)
def _(g):
    return f"""# Teahouse menu site
AuthType Basic
AuthName "Kitchen staff only"
AuthUserFile /srv/teahouse/.htpasswd
Require valid-user
# htpasswd -b /srv/teahouse/.htpasswd kettle {g.pw('htpasswd_password', 'shell')}
Order deny,allow
Deny from all
Allow from {g.ip('allowed_ip')}
Allow from {g.priv()}
SetEnv MENU_API_KEY {g.key('menu_api_key', g.ch(['hex32', 'alnum32']))}
SetEnv ORDERS_MAIL {g.email('orders_email')}
ErrorDocument 403 /closed.html
# deployed {g.ver()}
"""


@T("olive_press_fluentbit_conf", "fluent-bit", "press/fluent-bit.conf", TRADES)
def _(g):
    return f"""[SERVICE]
    Flush        5
    Log_Level    info

[INPUT]
    Name         tail
    Path         /var/log/press/malaxer-*.log
    Tag          press.*

[OUTPUT]
    Name         http
    Match        press.*
    Host         {g.ip('collector_ip', 0.2)}
    Port         8443
    URI          /ingest
    Header       X-Api-Key {g.key('ingest_key', g.ch(['hex40', 'alnum48', 'alnum32']))}
    tls          On

[OUTPUT]
    Name         es
    Match        *
    Host         {g.priv()}
    HTTP_User    oliveops
    HTTP_Passwd  {g.pw('es_password', 'ini')}
# contact: {g.email('maintainer_email')}  (image digest sha256:{g.sha256()})
"""


@T("distillery_still_ignition_json", "json", "still-node/config.ign", TRADES)
def _(g):
    return f"""{{
  "ignition": {{ "version": "{g.ver()}" }},
  "passwd": {{
    "users": [
      {{
        "name": "stillman",
        "sshAuthorizedKeys": ["{g.pubkey()}"],
        "passwordHash": "$y$j9T$NotARealHashJustSalt$yU4"
      }}
    ]
  }},
  "storage": {{
    "files": [
      {{
        "path": "/etc/still/agent.env",
        "contents": {{ "source": "data:,STILL_TOKEN%3D{g.key('still_token', 'hex64')}%0A" }}
      }},
      {{
        "path": "/etc/still/alert-to",
        "contents": {{ "source": "data:,{g.email('alert_email')}" }}
      }},
      {{
        "path": "/etc/still/upstream",
        "contents": {{ "source": "data:,{g.ip('upstream_ip', 0)}%0A" }}
      }}
    ]
  }},
  "_comment": "db password for the mash log: {g.pw('mashlog_password', 'quoted')}"
}}
"""


@T("kombucha_fermentary_xorg_conf", "xorg", "kombucha/kiosk/10-touch.conf", TRADES)
def _(g):
    return f"""# Fermentation-room kiosk touchscreen
# kiosk auto-login: brewer / {g.pw('kiosk_password', 'plain')}
# dashboard pulls from {g.ip('dashboard_ip', 0.15)} ; sensor hub {g.priv()}
Section "InputClass"
    Identifier "touch"
    MatchIsTouchscreen "on"
    Driver "libinput"
    Option "CalibrationMatrix" "1 0 0 0 1 0 0 0 1"
EndSection
Section "Device"
    Identifier "card0"
    Driver "modesetting"
EndSection
# report issues: {g.email('kiosk_contact')}   panel serial {g.serial()}
# dashboard token {g.key('dashboard_token', g.ch(['b64url43', 'hex40']))}
"""


@T("mushroom_farm_pipewire_conf", "pipewire", "farm/pipewire.conf.d/50-grow-room.conf", TRADES)
def _(g):
    return f"""# grow-room humidity alarms play through the shed speakers
context.properties = {{
    default.clock.rate = 48000
}}
context.modules = [
    {{ name = libpipewire-module-rtp-sink
        args = {{
            destination.ip = "{g.ip('rtp_dest_ip', 0)}"
            destination.port = 46000
            sess.name = "shed alarms"
        }}
    }}
]
# alarm relay api key: {g.key('alarm_relay_key', g.ch(['hex32', 'gsk', 'r8']))}
# farm manager: {g.email('manager_email')}  (local fallback {g.priv()})
# shed speaker web ui: admin / {g.pw('speaker_ui_password', 'plain')} (firmware {g.ver()})
"""


@T("aquaponics_pulseaudio_pa", "pulseaudio", "aquaponics/default.pa", TRADES)
def _(g):
    return f""".include /etc/pulse/default.pa
# stream pump-room microphone to the office
load-module module-tunnel-sink server={g.ip('tunnel_server_ip', 0.2, br=False)} sink_name=office
load-module module-native-protocol-tcp auth-ip-acl={g.loop()};{g.priv()}
# tank monitor (web): fishkeeper / {g.pw('monitor_password', 'plain')}
# monitor sends mail as {g.email('monitor_email')}
# cookie fingerprint {g.md5()} (not secret, just an id)
# tank monitor api key {g.key('monitor_api_key', g.ch(['hex32', 'alnum32']))}
"""


@T("cattery_webcam_mpv_conf", "mpv", "cattery/mpv.conf", VENUES)
def _(g):
    u = g.ch(["kittycam", "viewer", "lobby"])
    return f"""# Lobby screen: loops the kitten-room cameras
fullscreen=yes
loop-playlist=inf
# playlist: rtsp://{u}:{g.pw('rtsp_password', 'url')}@{g.ip('camera_ip', 0.15, br=True)}:554/stream1
ytdl=no
# second camera {g.priv()} has no auth yet
# owner {g.email('owner_email')} ; camera MAC {g.mac()}
# camera cloud key {g.key('camera_cloud_key', 'lower32')}
"""


@T("veterinary_waiting_room_vlcrc", "vlc", "veterinary/vlcrc", VENUES)
def _(g):
    return f"""# waiting-room screen
[core]
fullscreen=1
loop=1
[http]
host={g.ip('http_host_ip', 0)}
port=8080
password={g.pw('vlc_http_password', 'ini')}
[lua]
http-password=
# reception: {g.email('reception_email')}
# content key for the practice video portal: {g.key('portal_key', g.ch(['alnum32', 'rnd']))}
# build {g.ver()}
# player serial {g.serial()}
"""


@T("arboretum_tape_amanda_conf", "amanda", "arboretum/amanda/daily/amanda.conf", SYS)
def _(g):
    return f"""org "Arboretum"
mailto "{g.email('amanda_mailto')}"
dumpcycle 1 week
runspercycle 5
tapecycle 10 tapes
define changer s3 {{
    tapedev "chg-multi:s3:arboretum-herbarium-backup/slot-{{01,02,03}}"
    device-property "S3_ACCESS_KEY" "{g.key('s3_access_key', 'upper20')}"
    device-property "S3_SECRET_KEY" "{g.key('s3_secret_key', 'alnum40')}"
    device-property "S3_HOST" "{g.ip('s3_host_ip', 0)}"
}}
# client list: herbarium-scanner {g.priv()}, weather mast {g.priv()}
# tape library web admin password: {g.pw('library_admin_password', 'plain')}
"""


@T("herbarium_scanner_saned_conf", "sane", "herbarium/saned.conf", SYS)
def _(g):
    return f"""# saned.conf -- herbarium sheet scanner
# hosts allowed to use the scanner
{g.priv()}
{g.ip('allowed_scanner_ip', 0.25)}
localhost
# data_portrange = 10000 - 10100
# upload script credentials (see /srv/herbarium/upload.sh):
#   curator {g.email('curator_email')}  pw {g.pw('upload_password', 'plain')}
# device serial {g.serial()}
#   portal api key {g.key('portal_api_key', 'hex40')}
"""


@T("seismograph_printer_hplip_notes", "text", "seismo/printer-setup.txt", SYS)
def _(g):
    return f"""Seismograph shelter -- printer setup (drum printer replaced by a laser)

hp-setup -i {g.ip('printer_ip', 0.2)}
Queue name: drum-log
Printer web admin: admin / {g.pw('printer_admin_password', 'prose')}
Scan-to-email sender: {g.email('scan_sender_email')}
SMTP relay: {g.priv()}:25
ePrint cloud code (keep private): {g.key('eprint_code', 'upper20')}

Model firmware {g.ver()}, serial {g.serial()}.
"""


@T("barber_booking_env", "envfile", "barber-booking/.env", TRADES)
def _(g):
    return f"""APP_ENV=production
APP_URL=https://bookings.fadeandshave.shop
DB_HOST={g.ip('db_host_ip', 0.15)}
DB_USER=barber
DB_PASSWORD={g.pw('db_password', 'ini')}
SMS_GATEWAY_KEY={g.key('sms_gateway_key', g.ch(['hex32', 'alnum32']))}
MAIL_FROM={g.email('mail_from')}
SUPPORT_MAIL={g.resmail()}
SESSION_COOKIE=barber_session
BUILD_SHA={g.short_sha()}
"""


@T("tattoo_studio_consent_yaml", "yaml", "tattoo/consent-forms/config.yaml", TRADES)
def _(g):
    return f"""studio: Inkwell & Needle
storage:
  bucket: consent-forms
  endpoint: https://{g.ip('storage_ip', 0.2, br=True)}:9000
  access_key: {g.key('storage_access_key', 'upper20')}
  secret_key: {g.key('storage_secret_key', 'alnum40')}
notify:
  to: {g.email('notify_email')}
  cc: {g.resmail()}
admin:
  user: inkwell
  password: {g.pw('admin_password', 'yaml')}
form_template_id: {g.uuid()}
"""


@T("dental_lab_milling_ini", "ini", "dental-lab/mill.ini", TRADES)
def _(g):
    return f"""[mill]
model = 5-axis
serial = {g.serial()}
firmware = {g.ver()}

[network]
address = {g.priv()}
gateway = {g.priv()}
cloud = {g.ip('cloud_ip', 0.1)}

[cloud]
lab_id = {g.uuid()}
api_secret = {g.key('api_secret', g.ch(['hex64', 'alnum48']))}
notify = {g.email('notify_email')}

[service]
; technician login, reset after each visit
user = service
pass = {g.pw('service_password', 'ini')}
"""


@T("laundry_machines_csv", "csv", "laundry/machines.csv", TRADES)
def _(g):
    rows = ["machine,location,ip,mac,payment_terminal_key,owner_contact"]
    for n in range(3):
        rows.append(f"W{n + 1},basement,{g.priv()},{g.mac()},"
                    f"{g.key('terminal_key', 'hex32') if n == 1 else ''},"
                    f"{g.email('owner_email') if n == 0 else ''}")
    rows.append(f"HUB,office,{g.ip('hub_ip', 0.1)},{g.mac()},,")
    rows.append(f"# payment portal login: laundromat / {g.pw('portal_password', 'plain')}")
    return "\n".join(rows) + "\n"


@T("scooter_share_dispatch_lua", "lua", "scooter/dispatch.lua", VENUES)
def _(g):
    return f"""-- Scooter dispatch: pushes low-battery jobs to the night crew
local cfg = {{
  api = "https://{g.ip('api_ip', 0.15, br=True)}/v2/jobs",
  token = "{g.key('dispatch_token', g.ch(['b64url43', 'jwt', 'alnum40']))}",
  crew_mail = "{g.email('crew_email')}",
  fallback = "{g.priv()}",
}}
-- old token (revoked, kept for reference): {g.ph('<revoked-token>')}
local function push(job)
  return http.post(cfg.api, job, {{ ["Authorization"] = "Bearer " .. cfg.token }})
end
-- depot wifi: scooters / {g.pw('depot_wifi_password', 'plain')}
return {{ push = push, version = "{g.ver()}" }}
"""


@T("carwash_controller_shell", "shell", "carwash/bin/sync-tokens.sh", TRADES)
def _(g):
    return f"""#!/bin/sh
# nightly: sync wash-token sales to the accounting box
set -eu
REMOTE={g.ip('remote_ip', 0.15)}
export PGPASSWORD='{g.pw('pg_password', 'shell')}'
pg_dump -h {g.priv()} -U carwash tokens > /tmp/tokens.sql
curl -fsS -H "X-Key: {g.key('accounting_key', g.ch(['hex40', 'alnum40']))}" \\
  -F file=@/tmp/tokens.sql "https://$REMOTE/upload"
echo "done" | mail -s "token sync" {g.email('report_email')}
# script rev {g.short_sha()}
"""


@T("parking_gate_toml", "toml", "parking/gate.toml", VENUES)
def _(g):
    return f"""[gate]
name = "North ramp"
plate_reader = "{g.priv()}"
barrier_serial = "{g.serial()}"

[backend]
url = "https://{g.ip('backend_ip', 0.2, br=True)}:8443/api"
client_id = "{g.uuid()}"
client_secret = "{g.key('client_secret', g.ch(['alnum48', 'hex64']))}"

[alerts]
email = "{g.email('alerts_email')}"
# night attendant PIN for the manual override panel
override_pin = "{g.pin('override_pin')}"
"""


@T("toll_booth_log", "log", "toll/lane3.log", VENUES)
def _(g):
    return f"""2026-03-02 05:58:11 lane3 boot firmware={g.ver()}
2026-03-02 05:58:14 lane3 net up addr={g.priv()} gw={g.priv()}
2026-03-02 05:58:20 lane3 tag-reader online sn={g.serial()}
2026-03-02 06:00:02 lane3 upstream connect {g.ip('upstream_ip', 0.2, br=True)}:7001 ok
2026-03-02 06:00:02 lane3 auth user=lane3 pass={g.pw('lane_password', 'shell')} (DEBUG, remove!)
2026-03-02 06:14:40 lane3 alert mailed to {g.email('alert_email')}
2026-03-02 06:15:00 lane3 report id={g.uuid()}
2026-03-02 06:16:02 lane3 DEBUG hmac_key={g.key('hmac_key', 'hex64')}
"""


@T("taxi_dispatch_chat_md", "markdown", "taxi/notes/dispatch-chat.md", VENUES)
def _(g):
    a, b = g.first(), g.first()
    return f"""**{a}** 21:04 — the new dispatch tablet can't reach the server
**{b}** 21:05 — it moved, it's {g.ip('server_ip', 0.15)} now
**{a}** 21:05 — login?
**{b}** 21:06 — `dispatch` / `{g.pw('tablet_password', 'prose')}` — change it after the shift
**{a}** 21:09 — works. map key still the old one?
**{b}** 21:10 — new map key is `{g.key('map_key', g.ch(['alnum40', 'hex32']))}`
**{a}** 21:12 — ok. sending the fare report to {g.email('report_email')}
**{b}** 21:13 — (the one in the manual, {g.resmail()}, is a placeholder)
**{a}** 21:14 — tablet serial {g.serial()}, app {g.ver()}
"""


@T("removals_quote_html", "html", "removals/quote-form.html", TRADES)
def _(g):
    return f"""<!doctype html>
<html><head><meta charset="utf-8"><title>Quote</title>
<script src="/js/form.js" integrity="{g.sri()}" crossorigin="anonymous"></script>
</head><body>
<form action="https://{g.ip('form_post_ip', 0)}/quote" method="post">
  <input type="hidden" name="form_key" value="{g.key('form_key', 'hex32')}">
  <input type="email" name="from" placeholder="{g.resmail()}">
  <button>Send</button>
</form>
<!-- quotes are copied to {g.email('quotes_email')}; staging login movers/{g.pw('staging_password', 'plain')} -->
</body></html>
"""


@T("pest_control_route_json", "json", "pest/routes/monday.json", TRADES)
def _(g):
    stops = [{"site": g.ch(["creperie", "granary", "school kitchen", "cold store"]), "trap_ids": [g.num(100, 999)]}
             for _ in range(2)]
    return f"""{{
  "route": "monday",
  "technician": "{g.email('technician_email')}",
  "stops": {json.dumps(stops)},
  "sync": {{
    "url": "https://{g.ip('sync_ip', 0.15, br=True)}/sync",
    "token": "{g.key('sync_token', g.ch(['b64url43', 'hex40', 'alnum40']))}"
  }},
  "handheld": {{ "pin": "{g.pin('handheld_pin')}", "serial": "{g.serial()}" }},
  "app_version": "{g.ver()}"
}}
"""


@T("roofing_estimates_python", "python", "roofing/estimates/settings.py", TRADES)
def _(g):
    return f"""# Roofing estimates app -- production settings
DEBUG = False
ALLOWED_HOSTS = ["estimates.slateandlead.co", "{g.ip('allowed_host_ip', 0)}"]
DATABASES = {{
    "default": {{
        "DRIVER": "pg",
        "HOST": "{g.priv()}",
        "NAME": "estimates",
        "USER": "roofer",
        "PASSWORD": "{g.pw('db_password', 'quoted')}",
    }}
}}
SECRET_KEY = "{g.key('secret_key', g.ch(['alnum48', 'b64url43']))}"
FROM_EMAIL = "{g.email('from_email')}"
ADMINS = [("Office", "{g.resmail()}")]
"""


@T("scaffolding_inspection_xml", "xml", "scaffolding/inspection-upload.xml", TRADES)
def _(g):
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<upload>
  <endpoint host="{g.ip('endpoint_ip', 0.15)}" port="443" path="/inspections"/>
  <auth user="{g.email('uploader_email')}" password="{g.pw('uploader_password', 'xml')}"/>
  <device serial="{g.serial()}" firmware="{g.ver()}"/>
  <batch id="{g.uuid()}" checksum="{g.sha1()}"/>
  <!-- signing key for the tag photos -->
  <signing>{g.key('signing_key', 'b64_32')}</signing>
</upload>
"""


@T("crane_hire_telematics_ini", "ini", "crane/telematics.ini", TRADES)
def _(g):
    return f"""; crane telematics box
[modem]
apn = telematics.m2m
apn_user = crane
apn_pass = {g.pw('apn_password', 'ini')}

[server]
primary = {g.ip('primary_ip', 0.15)}
secondary = {g.ip('secondary_ip', 0)}
port = 5055
device_key = {g.key('device_key', 'hex40')}

[contacts]
fleet = {g.email('fleet_email')}
imei = {g.num(100000000000000, 999999999999999)}
firmware = {g.ver()}
"""


# ------------------------------------------------------------------ batch 2: system / storage / network
@T("quarry_blast_coredns_corefile", "corefile", "quarry/dns/Corefile", SYS)
def _(g):
    return f""". {{
    forward . {g.ip('forward_ip', 0.3)} {g.ip('forward2_ip', 0)}
    cache 300
    log
}}
blast.quarry.lan {{
    hosts {{
        {g.priv()} blast-logger
        {g.priv()} siren-ctl
        fallthrough
    }}
}}
# dynamic-dns update key for blast.quarry.lan: {g.key('ddns_key', 'b64_32')}
# owner: {g.email('owner_email')}
# router login blaster / {g.pw('router_password', 'plain')}
"""


@T("brickworks_pihole_setupvars", "pihole", "brickworks/setupVars.conf", SYS)
def _(g):
    return f"""PIHOLE_INTERFACE=eth0
IPV4_ADDRESS={g.priv()}/24
IPV6_ADDRESS={g.ula()}
PIHOLE_DNS_1={g.ip('upstream_dns_ip', 0)}
PIHOLE_DNS_2={g.ip('upstream_dns2_ip', 0.5)}
QUERY_LOGGING=true
WEBPASSWORD={g.sha256()}
# ^ that is the double-hashed web password; the plain one is {g.pw('web_password', 'plain')}
ADMIN_EMAIL={g.email('admin_email')}
API_QUERY_TOKEN={g.key('api_token', 'hex64')}
"""


@T("dyeworks_blocky_yaml", "yaml", "dyeworks/blocky/config.yml", SYS)
def _(g):
    return f"""upstreams:
  groups:
    default:
      - {g.ip('upstream_ip', 0.2)}
      - tcp-tls:dns.dyeworks-coop.org:853
blocking:
  denylists:
    ads:
      - https://lists.dyeworks-coop.org/ads.txt
customDNS:
  mapping:
    dyebath-sensor.lan: {g.priv()}
    mordant-pump.lan: {g.priv()}
sharedCache:
  address: {g.priv()}:6379
  password: {g.pw('cache_password', 'yaml')}
queryLog:
  type: remote
  target: dyeworks:{g.pw('querylog_password', 'url')}@{g.ip('querylog_db_ip', 0.1, br=True)}:5432/querylog
# maintainer: {g.email('maintainer_email')}
# list mirror token: {g.key('mirror_token', g.ch(['alnum40', 'hex32']))}
"""


@T("ropewalk_stubby_yml", "stubby", "ropewalk/stubby.yml", SYS)
def _(g):
    return f"""resolution_type: GETDNS_RESOLUTION_STUB
dns_transport_list:
  - GETDNS_TRANSPORT_TLS
tls_authentication: GETDNS_AUTHENTICATION_REQUIRED
listen_addresses:
  - {g.loop()}@5353
upstream_recursive_servers:
  - address_data: {g.ip('resolver_ip', 0.3)}
    tls_auth_name: "dns.hempline.net"
    tls_pubkey_pinset:
      - digest: "sha256"
        value: {g.look('public_key_pin', g.s(gen_alnum(), 43) + '=')}
# admin contact {g.email('admin_email')}
# router admin (same box): ropemaker / {g.pw('router_password', 'plain')}
# resolver api key {g.key('resolver_api_key', 'alnum32')}
"""


@T("saltworks_dnscrypt_toml", "toml", "saltworks/dnscrypt-proxy.toml", SYS)
def _(g):
    return f"""listen_addresses = ['{g.loop()}:53']
server_names = ['saltpan-resolver']
require_dnssec = true

[static.'saltpan-resolver']
stamp = 'sdns://{g.look('dns_stamp', 'AQcAAAAAAAAA' + g.s(gen_alnum(), 60))}'

[query_log]
file = '/var/log/dnscrypt/query.log'

# the evaporation-pond loggers upload through {g.ip('upload_ip', 0.2)}
# upload token: {g.key('upload_token', g.ch(['hex40', 'sgp', 'alnum32']))}
# questions: {g.email('questions_email')}
# logger ftp: saltpan / {g.pw('logger_ftp_password', 'plain')}
"""


@T("peat_bog_nsd_conf", "nsd", "peatbog/nsd.conf", SYS)
def _(g):
    return f"""server:
    ip-address: {g.ip('listen_ip', 0.3)}
    hide-version: yes
key:
    name: "transfer.bog"
    algorithm: hmac-sha256
    secret: "{g.key('tsig_secret', 'b64_32')}"
zone:
    name: "peatbog-monitor.org"
    zonefile: "peatbog-monitor.org.zone"
    notify: {g.ip('secondary_ip', 0)} transfer.bog
    provide-xfr: {g.priv()} transfer.bog
# hostmaster {g.email('hostmaster_email')}
# monitoring box root password {g.pw('root_password', 'plain')} (nsd {g.ver()})
"""


@T("charcoal_burners_radvd_conf", "radvd", "charcoal/radvd.conf", SYS)
def _(g):
    return f"""# charcoal burners' shed -- router advertisements
interface eth1 {{
    AdvSendAdvert on;
    prefix {g.ula()}/64 {{ AdvOnLink on; AdvAutonomous on; }};
    RDNSS {g.ip6('rdnss_ip')} {{ }};
}};
# uplink {g.ip4('uplink_ip')} ; temp probes on {g.priv()}
# probe cloud login: burner / {g.pw('probe_cloud_password', 'plain')} ({g.email('probe_cloud_email')})
"""


@T("chocolatier_conntrackd_conf", "conntrackd", "chocolatier/conntrackd.conf", SYS)
def _(g):
    return f"""Sync {{
    Mode FTFW {{ DisableExternalCache Off }}
    UDP {{
        IPv4_address {g.priv()}
        IPv4_Destination_Address {g.priv()}
        Port 3780
        Interface eth2
    }}
}}
General {{
    LogFile on
    LockFile /var/lock/conntrack.lock
}}
# failover pair for the tempering-room shop; public VIP {g.ip('public_vip', 0)}
# vrrp auth_pass {g.pw('vrrp_password', 'plain')}
# on-call {g.email('oncall_email')}
# web shop app secret {g.key('shop_app_secret', g.ch(['shpss', 'hex64']))}
"""


@T("patisserie_firewalld_zone_xml", "xml", "patisserie/firewalld/zones/shop.xml", SYS)
def _(g):
    return f"""<?xml version="1.0" encoding="utf-8"?>
<zone>
  <short>shop</short>
  <description>Patisserie tills and ovens. Owner: {g.email('owner_email')}</description>
  <service name="https"/>
  <source address="{g.ip('till_vendor_ip', 0.2)}"/>
  <source address="{g.priv()}"/>
  <rule family="ipv4">
    <source address="{g.ip('oven_vendor_ip', 0)}"/>
    <port protocol="tcp" port="8883"/>
    <accept/>
  </rule>
  <!-- oven vendor support login: patissier / {g.pw('vendor_support_password', 'xml')} -->
</zone>
<!-- oven vendor api key {g.key('oven_api_key', g.ch(['hex32', 'alnum40']))}, generated by zone-tool {g.ver()} -->
"""


@T("noodle_shop_shorewall_rules", "shorewall", "noodle/shorewall/rules", SYS)
def _(g):
    return f"""#ACTION     SOURCE              DEST              PROTO  DPORT
ACCEPT      net:{g.ip('pos_vendor_ip', 0)}   $FW               tcp    22
ACCEPT      loc:{g.priv()}     $FW               tcp    443
DNAT        net                 loc:{g.priv()}:80  tcp    8080
# kitchen display admin: wok / {g.pw('kds_password', 'plain')}
# rules reviewed by {g.email('reviewer_email')} -- rev {g.short_sha()}
# delivery platform token {g.key('delivery_token', 'b64url43')}
"""


@T("dumpling_bar_sshguard_conf", "sshguard", "dumpling/sshguard.conf", SYS)
def _(g):
    return f"""BACKEND="/usr/libexec/sshg-fw-nft-sets"
LOGREADER="LANG=C journalctl -afb -p info -n1 -t sshd -o cat"
THRESHOLD=30
BLOCK_TIME=120
WHITELIST_FILE=/etc/sshguard/whitelist
# whitelist contents:
#   {g.priv()}
#   {g.ip('whitelisted_ip', 0.3)}
# order tablet pushes to https://orders.steamedbuns.kitchen with key {g.key('order_push_key', g.ch(['hex32', 'phx', 'alnum40']))}
# alerts {g.email('alerts_email')}
# till admin password: {g.pw('till_admin_password', 'plain')} ; rev {g.short_sha()}
"""


@T("foodtruck_aide_conf", "aide", "foodtruck/aide.conf", SYS)
def _(g):
    return f"""database_in=file:/var/lib/aide/aide.db
database_out=file:/var/lib/aide/aide.db.new
report_url=mailto:{g.email('report_email')}
report_url=syslog:LOG_AUTH
/etc    CONTENT_EX
/srv/truck-menu CONTENT_EX
!/var/log
# db checksum after last init: {g.sha256()}
# remote copy: scp aide.db truck@{g.ip('remote_ip', 0)}:/backups/
# card reader api key (in /srv/truck-menu/.env): {g.key('card_reader_key', g.ch(['flw', 'hex40']))}
# truck router: admin / {g.pw('router_password', 'plain')} (aide {g.ver()})
"""


@T("farrier_van_tripwire_txt", "text", "farrier/tripwire-policy-notes.txt", SYS)
def _(g):
    return f"""Farrier van laptop - integrity checks
------------------------------------
site key passphrase:   {g.pw('site_passphrase', 'prose')}
local key passphrase:  {g.pw('local_passphrase', 'prose')}
Reports go to {g.email('reports_email')} via the relay at {g.ip('relay_ip', 0.15)}.
Policy file hash {g.sha1()}; laptop serial {g.serial()}.
Van tracker API key: {g.key('tracker_key', 'hex32')}
"""


@T("wheelwright_apparmor_profile", "apparmor", "wheelwright/apparmor.d/usr.bin.spokecalc", SYS)
def _(g):
    return f"""#include <tunables/global>
# spoke-length calculator, uploads orders to the rim supplier
/usr/bin/spokecalc {{
  #include <abstractions/base>
  network inet stream,
  /etc/spokecalc/** r,
  /var/lib/spokecalc/** rw,
  # supplier endpoint {g.ip('supplier_ip', 0.2)} ; token lives in /etc/spokecalc/token:
  #   {g.key('supplier_token', g.ch(['b64url43', 'tskey', 'alnum32']))}
  # orders cc {g.email('orders_cc')}
}}
# db user spokes, password {g.pw('db_password', 'plain')}; profile rev {g.short_sha()}
"""


@T("hatter_clamav_freshclam_conf", "clamav", "hatter/freshclam.conf", SYS)
def _(g):
    return f"""DatabaseOwner clamav
UpdateLogFile /var/log/clamav/freshclam.log
DatabaseMirror {g.ip('mirror_ip', 0)}
PrivateMirror https://sigs.millinery-trade.org
# private mirror basic auth: hatter:{g.pw('mirror_password', 'shell')}
Checks 12
NotifyClamd /etc/clamav/clamd.conf
# signature set {g.ver()} md5 {g.md5()}
# maintainer {g.email('maintainer_email')}
# private mirror token header: {g.key('mirror_token', 'alnum40')}
"""


@T("weaver_spamassassin_local_cf", "spamassassin", "weaver/local.cf", MAIL)
def _(g):
    return f"""required_score 5.0
report_safe 0
whitelist_from {g.email('wholesaler_email')}
whitelist_from *@weft-supplies.net
trusted_networks {g.priv()}/32 {g.ip('trusted_ip', 0)}
bayes_sql_dsn DBI:Pg:dbname=bayes;host={g.priv()}
bayes_sql_username weaver
bayes_sql_password {g.pw('bayes_password', 'shell')}
# test address for the rule below: {g.resmail()}
# report api key {g.key('report_api_key', 'hex40')}
"""


@T("potter_opendkim_conf", "opendkim", "potter/opendkim.conf", MAIL)
def _(g):
    return f"""Syslog yes
Domain wheelthrown-wares.com
Selector s2026
KeyFile /etc/opendkim/keys/s2026.private
Socket inet:8891@{g.loop()}
InternalHosts {g.priv()}, {g.ip('internal_host_ip', 0)}
# DNS record (public half, fine to share):
# s2026._domainkey TXT "v=DKIM1; k=rsa; p={g.look('public_key', 'MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA' + g.s(gen_alnum(), 40))}"
# postmaster {g.email('postmaster_email')} / webmail {g.pw('webmail_password', 'plain')}
# shipping labels api key {g.key('shipping_api_key', g.ch(['ezak', 'hex32']))}
"""


@T("tinsmith_sympa_conf", "sympa", "tinsmith/sympa.conf", MAIL)
def _(g):
    return f"""domain lists.tinsmiths-union.org
listmaster {g.email('listmaster_email')}
db_type Pg
db_host {g.ip('db_host_ip', 0.1)}
db_name sympa
db_user sympa
db_passwd {g.pw('db_password', 'ini')}
cookie {g.key('cookie_secret', g.ch(['alnum32', 'hex40']))}
wwsympa_url https://lists.tinsmiths-union.org/sympa
# test subscriber {g.resmail()}
# test list id {g.uuid()}
"""


@T("pewterers_snappymail_ini", "ini", "pewterers/snappymail/application.ini", MAIL)
def _(g):
    return f"""[webmail]
title = "Pewterers mail"
[security]
admin_login = "pewteradmin"
admin_password = "{g.pw('admin_password', 'quoted')}"
[contacts]
enable = On
pdo_dsn = "pgsql:host={g.priv()};port=5432;dbname=contacts"
pdo_user = "contacts"
pdo_password = "{g.pw('contacts_db_password', 'quoted')}"
[labs]
imap_host = "{g.ip('imap_ip', 0.15)}"
; support {g.email('support_email')}
plugin_api_key = "{g.key('plugin_api_key', 'alnum32')}"
; build {g.ver()}
"""


@T("calligraphy_xandikos_service", "unit-file", "calligraphy/xandikos.service", MAIL)
def _(g):
    return f"""[Unit]
Description=Calligraphy class calendars (xandikos)
After=network.target

[Service]
User=xandikos
ExecStart=/usr/bin/xandikos --listen-address {g.loop()} --port 8090 -d /srv/dav --autocreate
Environment=DAV_ADMIN={g.email('dav_admin_email')}
Environment=DAV_BACKUP_URL=https://quill:{g.pw('backup_password', 'url')}@{g.ip('backup_ip', 0.15, br=True)}/dav-backup
# reverse proxy in front on {g.priv()}

[Install]
WantedBy=multi-user.target
# sync token (move to a credential file): {g.key('dav_sync_token', 'hex40')}
"""


@T("sign_painter_janus_jcfg", "janus", "signpainter/janus.jcfg", MEDIA)
def _(g):
    return f"""general: {{
    admin_secret = "{g.key('admin_secret', g.ch(['alnum32', 'hex32']))}"
    server_name = "brushwork-live"
}}
nat: {{
    stun_server = "{g.ip('stun_ip', 0.2)}"
    stun_port = 3478
    nat_1_1_mapping = "{g.ip('nat_ip', 0)}"
    turn_user = "brush"
    turn_pwd = "{g.pw('turn_password', 'quoted')}"
}}
# livestream of the lettering class; contact {g.email('contact_email')}
# build {g.short_sha()}
# docs example stun server {g.docip()}
"""


@T("mural_project_hylafax_config", "hylafax", "mural/hylafax/config.ttyS0", MAIL)
def _(g):
    return f"""CountryCode:            44
LocalIdentifier:        "Mural project"
FAXNumber:              +44 161 555 0174
ModemType:              Class2
# fax-to-email relay
NotifyAddr:             {g.email('notify_email')}
# gateway api (ip {g.ip('gateway_ip', 0)}), key {g.key('gateway_key', g.ch(['hex40', 'alnum32']))}
# modem serial {g.serial()}
# fax web ui: mural / {g.pw('fax_ui_password', 'plain')} (firmware {g.ver()})
"""


@T("upholstery_gammurc", "gammu", "upholstery/.gammurc", MAIL)
def _(g):
    return f"""[gammu]
device = /dev/ttyUSB0
connection = at
logfile = /var/log/gammu.log
# SIM PIN for the workshop SMS modem
pin = {g.pin('sim_pin')}
[smsd]
service = sql
driver = native_pgsql
host = {g.ip('sql_host_ip', 0.1)}
user = smsd
password = {g.pw('smsd_password', 'ini')}
# delivery receipts to {g.email('receipts_email')}
# shop sms api key = {g.key('sms_api_key', g.ch(['hex32', 'alnum32']))}
# modem serial {g.serial()}
"""


@T("carpet_shop_smstools_conf", "smstools", "carpet/smsd.conf", MAIL)
def _(g):
    return f"""devices = GSM1
outgoing = /var/spool/sms/outgoing
checked = /var/spool/sms/checked
incoming = /var/spool/sms/incoming
[GSM1]
device = /dev/ttyUSB2
incoming = yes
pin = {g.pin('modem_pin')}
# eventhandler forwards to the shop mail {g.email('shop_email')}
# and posts to https://{g.ip('webhook_ip', 0.2, br=True)}/sms?token={g.key('webhook_token', 'b64url43')}
# modem serial {g.serial()}
"""


@T("dairy_parlour_drbd_res", "drbd", "dairy/drbd.d/herdbook.res", SYS)
def _(g):
    return f"""resource herdbook {{
    net {{
        cram-hmac-alg sha256;
        shared-secret "{g.key('drbd_shared_secret', g.ch(['alnum32', 'b64_32']))}";
    }}
    on milkroom {{
        device /dev/drbd0;
        disk /dev/vg0/herdbook;
        address {g.priv()}:7789;
        meta-disk internal;
    }}
    on farmoffice {{
        device /dev/drbd0;
        disk /dev/vg0/herdbook;
        address {g.ip('offsite_ip', 0.2, br=True)}:7789;
        meta-disk internal;
    }}
}}
# offsite box belongs to the co-op; contact {g.email('coop_email')}, console login dairy / {g.pw('console_password', 'plain')}
# parlour controller serial {g.serial()}
"""


@T("funeral_home_lsyncd_lua", "lua", "funeral-home/lsyncd.conf.lua", SYS)
def _(g):
    return f"""-- mirror the records share to the offsite box every 15 s
settings {{
    logfile = "/var/log/lsyncd.log",
    statusFile = "/var/run/lsyncd.status",
    insist = true,
}}
sync {{
    default.rsync,
    source = "/srv/records",
    target = "mirror@{g.ip('target_ip', 0.2, br=True)}::records",
    delay = 15,
    rsync = {{
        password_file = "/etc/lsyncd/rsync.pass",  -- contains: {g.pw('rsync_password', 'plain')}
        compress = true,
    }},
}}
-- alerts: {g.email('alerts_email')}; offsite api key {g.key('offsite_api_key', g.ch(['hex40', 'alnum32']))}
-- local share {g.priv()}, config rev {g.short_sha()}
"""


@T("electrician_apcupsd_conf", "apcupsd", "electrician/apcupsd.conf", SYS)
def _(g):
    return f"""UPSNAME workshop-ups
UPSCABLE usb
UPSTYPE usb
NETSERVER on
NISIP {g.priv()}
NISPORT 3551
ONBATTERYDELAY 6
# notify script mails {g.email('notify_email')}
# and hits the monitoring box {g.ip('monitor_ip', 0.2)} with key {g.key('monitor_key', 'hex32')}
# UPS serial {g.serial()}
# UPS network card admin: apc / {g.pw('nmc_password', 'plain')}
"""


# ------------------------------------------------------------------ batch 3: audio / media / stage, embedded / boot
@T("bathing_poolside_darkice_cfg", "darkice", "bathing/darkice.cfg", MEDIA)
def _(g):
    return f"""[general]
duration = 0
bufferSecs = 5

[input]
device = hw:1,0
sampleRate = 44100
channel = 2

[icecast2-0]
bitrateMode = vbr
format = mp3
server = {g.ip('stream_server_ip', 0.2)}
port = 8000
password = {g.pw('source_password', 'ini')}
mountPoint = poolside.mp3
name = Poolside stream
url = https://poolside-stream.swim
# listener stats api key {g.key('stats_key', g.ch(['hex32', 'alnum32']))}; dj rota from {g.email('dj_rota_email')}
# encoder build {g.ver()}
"""


@T("hammam_snapserver_conf", "snapcast", "hammam/snapserver.conf", MEDIA)
def _(g):
    return f"""[server]
threads = -1
[http]
enabled = true
bind_to_address = {g.priv()}
[tcp]
bind_to_address = {g.look('unspecified_ip', '0.0.0.0')}
[stream]
source = pipe:///tmp/snapfifo?name=steamroom
source = tcp://{g.ip('remote_source_ip', 0)}:4953?name=lounge
# streaming account for the lounge playlist: {g.email('playlist_email')} / {g.pw('playlist_password', 'plain')}
# player MACs: {g.mac()} {g.mac()}
# streaming api token {g.key('stream_token', 'b64url43')}
"""


@T("skatepark_squeezelite_defaults", "shell", "skatepark/default/squeezelite", MEDIA)
def _(g):
    return f"""# /etc/default/squeezelite -- bowl speakers
SL_NAME="bowl-speakers"
SL_SOUNDCARD="hw:CARD=Device,DEV=0"
SB_SERVER_IP="{g.ip('music_server_ip', 0)}"
SB_EXTRA_ARGS="-a 80:4 -m {g.mac()}"
# music server web login: skate / {g.pw('music_server_password', 'plain')}
# contact {g.email('contact_email')}
# player {g.ver()}
"""


@T("trampoline_park_shairport_conf", "shairport-sync", "trampoline/shairport-sync.conf", MEDIA)
def _(g):
    return f"""general = {{
    name = "Jump Hall";
    password = "{g.pw('airplay_password', 'quoted')}";
    interpolation = "soxr";
}};
mqtt = {{
    enabled = "yes";
    hostname = "{g.ip('mqtt_host_ip', 0.2)}";
    port = 8883;
    username = "jumphall";
    password = "{g.pw('mqtt_password', 'quoted')}";
}};
// owner {g.email('owner_email')}
// booking system key "{g.key('booking_key', g.ch(['hex32', 'alnum40']))}" (build {g.short_sha()})
"""


@T("paintball_librespot_service_env", "shell", "paintball/librespot.env", MEDIA)
def _(g):
    return f"""LIBRESPOT_NAME="Arena PA"
LIBRESPOT_BITRATE=160
LIBRESPOT_USERNAME="{g.email('music_account_email')}"
LIBRESPOT_PASSWORD="{g.pw('music_account_password', 'quoted')}"
LIBRESPOT_CACHE=/var/cache/librespot
# device id (not secret) {g.look('device_id', g.hexs(40))}
# arena controller {g.priv()}, scoreboard feed {g.ip('scoreboard_ip', 0.2)}
LIBRESPOT_CLIENT_SECRET="{g.key('client_secret', 'hex32')}"
"""


@T("gokart_track_jackd_notes", "markdown", "gokart/audio/README.md", MEDIA)
def _(g):
    return f"""# Track PA (jackd)

Start:

```
jackd -d alsa -d hw:USB -r 48000 -p 256 &
jack_netsource -H {g.ip('netsource_host_ip', 0)} -n 2
```

The lap-timer announcer posts to the PA bridge at `http://{g.priv()}:9000` with header
`X-Token: {g.key('announcer_token', g.ch(['hex32', 'alnum40', 'r8']))}`.

Track office: {g.email('office_email')} (not {g.resmail()}).
Version pinned: {g.ver()}.
Announcer laptop login: `pit` / `{g.pw('laptop_password', 'prose')}`.
"""


@T("racetrack_ardour_session_notes", "xml", "racetrack/commentary.ardour", MEDIA)
def _(g):
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<Session version="7003" name="commentary" sample-rate="48000" id-counter="{g.num(1000, 9999)}">
  <Config>
    <Option name="audio-search-path" value="/srv/commentary/interchange"/>
  </Config>
  <Metadata>
    <user_email>{g.email('engineer_email')}</user_email>
    <comment>upload to {g.ip('upload_ip', 0.2)} as producer / {g.pw('upload_password', 'xml')}</comment>
  </Metadata>
  <Sources>
    <Source name="mic1" id="{g.num(100, 999)}" origin="{g.uuid()}"/>
  </Sources>
</Session>
<!-- timing feed key {g.key('timing_feed_key', 'hex40')}; session {g.uuid()} -->
"""


@T("boardwalk_renoise_notes", "text", "boardwalk/renoise-setup.txt", MEDIA)
def _(g):
    return f"""Boardwalk light show -- music machine

Renoise licence key (registered to {g.email('licence_email')}):
  {g.key('renoise_licence', 'licence')}
OSC server on {g.priv()}:8000 -> lighting desk at {g.ip('lighting_desk_ip', 0)}
Remote desktop: showrunner / {g.pw('remote_desktop_password', 'prose')}
Song file checksum {g.md5()}
"""


@T("pier_arcade_openmpt_ini", "ini", "pier/OpenMPT.ini", MEDIA)
def _(g):
    return f"""[Version]
Version={g.ver()}
[Display]
MDIMaximize=1
[Update]
UpdateCheckPeriod_DEPRECATED=7
UpdateURL=https://{g.ip('update_mirror_ip', 0.15, br=True)}/api/v3/
APIKey={g.key('update_api_key', g.ch(['hex40', 'alnum32']))}
[Paths]
Samples=D:\\Arcade\\chip
; registered to {g.email('registered_email')}
; cabinet service menu code: {g.pin('service_menu_code')} ; cabinet serial {g.serial()}
"""


@T("dogshow_mixxx_notes_md", "markdown", "dogshow/ring-music.md", MEDIA)
def _(g):
    return f"""## Ring music laptop

- Mixxx broadcast: server `{g.ip('broadcast_ip', 0.2)}` port 8000, mount `/ring1`, login `source` / `{g.pw('broadcast_password', 'prose')}`
- library on NAS `{g.priv()}` (share `music`, guest)
- playlists synced from {g.email('playlist_email')}
- laptop MAC `{g.mac()}`, asset tag {g.serial()}
- results site api key `{g.key('results_api_key', g.ch(['alnum32', 'hex32']))}`
"""


@T("kite_festival_ola_conf", "ola", "kite/ola-artnet.conf", MEDIA)
def _(g):
    return f"""enabled = true
ip = {g.priv()}
long_name = Kite festival night lights
short_name = kites
# remote universe from the main stage
output_ports = {g.ip('stage_node_ip', 0)}
# stage crew mail {g.email('crew_email')}
# wifi for the nodes: KiteNet / {g.pw('node_wifi_password', 'plain')}
# weather api key {g.key('weather_key', 'hex32')}; node MAC {g.mac()}
"""


@T("torchlight_parade_dmx_csv", "csv", "torchlight-parade/dmx-patch.csv", MEDIA)
def _(g):
    rows = ["fixture,universe,address,node_ip,notes"]
    rows.append(f"glow-1,1,1,{g.priv()},")
    rows.append(f"glow-2,1,17,{g.priv()},")
    rows.append(f"banner-wash,2,1,{g.ip('remote_node_ip', 0)},remote node (crew box)")
    rows.append(f"# crew box login: glow / {g.pw('crew_box_password', 'plain')} - ask {g.email('crew_lead_email')}")
    return "\n".join(rows) + "\n"


@T("koi_pond_touchdesigner_py", "python", "koi/td/pond_sync.py", MEDIA)
def _(g):
    return f"""# TouchDesigner callback: pushes the pond camera colour average to the lights
import urllib.request

ENDPOINT = "https://{g.ip('endpoint_ip', 0.2, br=True)}/pond"
TOKEN = "{g.key('pond_token', g.ch(['b64url43', 'alnum40', 'figd']))}"
LOCAL_HUB = "{g.priv()}"
# ops: {g.email('ops_email')}


def onValueChange(channel, sampleIndex, val, prev):
    req = urllib.request.Request(ENDPOINT, data=str(val).encode(),
                                 headers={{"Authorization": "Bearer " + TOKEN}})
    urllib.request.urlopen(req, timeout=2)
# TD remote panel password: {g.pw('panel_password', 'plain')} (build {g.ver()})
"""


@T("orchid_house_espidf_sdkconfig", "esp-idf", "orchid/sdkconfig.defaults", EMB)
def _(g):
    return f"""CONFIG_ESPTOOLPY_FLASHSIZE_4MB=y
CONFIG_EXAMPLE_WIFI_SSID="OrchidHouse"
CONFIG_EXAMPLE_WIFI_PASSWORD="{g.pw('wifi_password', 'quoted')}"
CONFIG_MQTT_BROKER_URL="mqtts://{g.ip('broker_ip', 0.15, br=True)}:8883"
CONFIG_MQTT_USERNAME="{g.email('mqtt_username_email')}"
CONFIG_MQTT_PASSWORD="{g.pw('mqtt_password', 'quoted')}"
CONFIG_APP_PROJECT_VER="{g.ver()}"
# CONFIG_OTA_KEY is set in CI, local builds use {g.ph('<ota-key>')}
CONFIG_CLOUD_DEVICE_KEY="{g.key('cloud_device_key', 'hex40')}"
"""


@T("pigeon_racing_freertos_header", "c", "pigeon/firmware/net_config.h", EMB)
def _(g):
    return f"""/* Racing clock: arrival timestamps for the racing club */
#ifndef NET_CONFIG_H
#define NET_CONFIG_H

#define CLUB_SERVER_ADDR   "{g.ip('club_server_ip', 0)}"
#define CLUB_SERVER_PORT   4431
#define CLUB_API_KEY       "{g.key('club_api_key', g.ch(['hex32', 'upper20', 'alnum32']))}"
#define COTE_WIFI_SSID     "dovecote"
#define COTE_WIFI_PASS     "{g.pw('cote_wifi_password', 'quoted')}"
/* maintainer: {g.email('maintainer_email')}, board rev {g.ver()} */

#endif
/* build {g.short_sha()} */
"""


@T("shearing_shed_nuttx_defconfig", "nuttx", "shearing/nuttx/defconfig", EMB)
def _(g):
    return f"""CONFIG_ARCH="arm"
CONFIG_ARCH_BOARD="shed-scales"
CONFIG_NET=y
CONFIG_NETINIT_IPADDR=0x{g.num(0xC0A80000, 0xC0A8FFFF):08x}
CONFIG_NETUTILS_FTPC=y
# wool-bale uploads go to {g.ip('upload_ip', 0)} (ftp user "bales", pass {g.pw('ftp_password', 'plain')})
# cooperative contact {g.email('coop_email')}
CONFIG_VERSION_STRING="{g.ver()}"
# board serial {g.serial()}
"""


@T("wool_mill_uboot_env", "u-boot", "woolmill/uboot.env.txt", EMB)
def _(g):
    return f"""bootdelay=3
baudrate=115200
ethaddr={g.mac()}
ipaddr={g.priv()}
serverip={g.ip('tftp_server_ip', 0)}
bootcmd=tftp 0x82000000 carding.itb; bootm 0x82000000
# factory: root password {g.pw('root_password', 'plain')}
# mill engineer {g.email('engineer_email')}
# vendor unlock code: {g.key('unlock_code', 'upper20')}
"""


@T("smokehouse_grub_cfg", "grub", "smokehouse/grub.cfg", EMB)
def _(g):
    return f"""set timeout=3
set superusers="smoker"
password_pbkdf2 smoker grub.pbkdf2.sha512.10000.{g.look('pbkdf2_hash', g.hexs(64).upper())}.{g.hexs(32).upper()}
# plain version on the shop laptop sticker: {g.pw('grub_password', 'plain')}
menuentry "Smokehouse controller" {{
    linux /vmlinuz root=/dev/sda2 ro ip={g.ip('static_ip', 0)}::{g.priv()}:{g.look('netmask', '255.255.255.0')}::eth0:off
    initrd /initrd.img
}}
# owner {g.email('owner_email')}
# controller cloud token {g.key('cloud_token', g.ch(['b64url43', 'alnum40']))}
"""


@T("greengrocer_syslinux_cfg", "syslinux", "greengrocer/pxelinux.cfg/default", EMB)
def _(g):
    return f"""DEFAULT scales
PROMPT 0
TIMEOUT 30
LABEL scales
  KERNEL scales/vmlinuz
  APPEND initrd=scales/initrd.img boot=live fetch=http://{g.ip('fetch_ip', 0)}/scales.squashfs till_token={g.key('till_token', g.ch(['hex40', 'alnum32']))}
# scale calibration tech: {g.email('tech_email')}
# image sha1 {g.sha1()}
MENU MASTER PASSWD {g.pw('menu_master_password', 'shell')}
"""


@T("jumble_fair_ipxe_script", "ipxe", "jumblefair/boot.ipxe", EMB)
def _(g):
    return f"""#!ipxe
dhcp
set base https://{g.ip('boot_server_ip', 0.15, br=True)}/stalls
set username stalls
set password {g.pw('boot_password', 'shell')}
kernel ${{base}}/vmlinuz console=tty0 stall_api_key={g.key('stall_api_key', g.ch(['hex32', 'dapi']))}
initrd ${{base}}/initrd.img
boot
# organiser {g.email('organiser_email')} ; fallback tftp {g.priv()}
# script rev {g.short_sha()}
"""


@T("pawnshop_tftp_notes", "markdown", "pawnshop/it/tftp.md", EMB)
def _(g):
    return f"""### Till firmware via TFTP

1. `tftp {g.ip('tftp_ip', 0)} -c get till-{g.ver()}.bin`
2. flash, then log in as `pawn` with `{g.pw('till_password', 'prose')}`
3. register with `--key {g.key('register_key', g.ch(['upper20', 'licence']))}`

Questions to {g.email('it_email')}. Checksums: `{g.sha256()}`.
"""


@T("lumberyard_lmsensors_conf", "lm-sensors", "lumberyard/sensors.d/drying-shed-pc.conf", EMB)
def _(g):
    return f"""chip "nct6775-isa-0290"
    label temp1 "Board"
    label temp2 "CPU"
    set temp2_max 85
# drying-shed PC posts temps to https://{g.ip('telemetry_ip', 0.2, br=True)}/t with key {g.key('telemetry_key', 'hex40')}
# alert list {g.email('alert_email')}
# drying-shed PC bios password {g.pw('bios_password', 'plain')}; sensor chip rev {g.ver()}
"""


@T("nursery_fancontrol_notes", "fancontrol", "nursery/fancontrol", EMB)
def _(g):
    return f"""INTERVAL=10
DEVPATH=hwmon1=devices/platform/nct6775.656
FCTEMPS=hwmon1/pwm2=hwmon1/temp2_input
MINTEMP=hwmon1/pwm2=35
MAXTEMP=hwmon1/pwm2=60
# seedling house PC; remote: {g.ip('remote_ip', 0)} user grower pw {g.pw('remote_password', 'plain')}
# seller account {g.email('seller_email')}
# controller MAC {g.mac()}
"""


@T("flowerstall_tlp_conf", "tlp", "flowerstall/tlp.conf", EMB)
def _(g):
    return f"""TLP_ENABLE=1
CPU_SCALING_GOVERNOR_ON_BAT=powersave
WIFI_PWR_ON_BAT=on
USB_DENYLIST="{g.look('usb_id', f'{g.hexs(4)}:{g.hexs(4)}')}"
# delivery-van laptop. Order sync: https://{g.ip('order_sync_ip', 0.2, br=True)}/sync
# sync key {g.key('order_sync_key', g.ch(['alnum40', 'oy2']))}
# shop {g.email('shop_email')}
# laptop login stall / {g.pw('laptop_password', 'plain')}; serial {g.serial()}
"""


@T("cemetery_records_earlyoom_default", "earlyoom", "cemetery/default/earlyoom", EMB)
def _(g):
    return f"""EARLYOOM_ARGS="-m 5 -s 5 --avoid '(^|/)(init|sshd|plotmap)$' -N /usr/local/bin/oom-notify"
# oom-notify mails {g.email('notify_email')} via {g.ip('relay_ip', 0)}
# plot-map database user: registrar / {g.pw('db_password', 'plain')}
# host {g.priv()}
# earlyoom {g.ver()}
"""


@T("hospice_snapper_config", "snapper", "hospice/snapper/configs/root", EMB)
def _(g):
    return f"""SUBVOLUME="/"
FSTYPE="btrfs"
TIMELINE_CREATE="yes"
TIMELINE_LIMIT_DAILY="7"
ALLOW_USERS="nurse-it"
# snapshots replicated to {g.ip('replica_ip', 0.2)} with btrbk; ssh key fingerprint SHA256:{g.look('ssh_fingerprint', g.s(gen_alnum(), 43))}
# replica encryption passphrase: {g.pw('replica_passphrase', 'plain')}
# IT: {g.email('it_email')}
# backup api key {g.key('backup_api_key', 'hex32')} (snapper {g.ver()})
"""


@T("daycare_timeshift_json", "json", "daycare/timeshift.json", EMB)
def _(g):
    return f"""{{
  "backup_device_uuid": "{g.uuid()}",
  "do_first_run": "false",
  "btrfs_mode": "false",
  "schedule_daily": "true",
  "count_daily": "5",
  "exclude": ["/home/parents-portal/cache/**"],
  "remote_copy": "rsync://{g.ip('remote_copy_ip', 0)}/daycare",
  "remote_user": "{g.email('remote_user_email')}",
  "remote_password": "{g.pw('remote_password', 'quoted')}"
}}
"""


@T("kindergarten_cryptsetup_crypttab", "crypttab", "kindergarten/crypttab", EMB)
def _(g):
    return f"""# <name>   <device>                                  <keyfile>        <options>
photos     UUID={g.uuid()}  /root/photos.key luks,discard
records    UUID={g.uuid()}  none             luks
# records passphrase (office safe copy): {g.pw('luks_passphrase', 'plain')}
# photos.key is backed up to {g.ip('backup_ip', 0)} ; admin {g.email('admin_email')}
# photos.key content (base64, do not share): {g.key('luks_keyfile', 'b64_64')}
"""


# ------------------------------------------------------------------ batch 4: venues, docs / data / prose
@T("climbing_gym_checkin_js", "javascript", "climbing-gym/checkin/config.js", VENUES)
def _(g):
    return f"""// Front-desk check-in kiosk
module.exports = {{
  api: "https://{g.ip('api_ip', 0.15, br=True)}/members",
  apiKey: "{g.key('members_api_key', g.ch(['alnum32', 'hex40']))}",
  paymentsSecret: "{g.key('payments_secret', g.ch(['rnd', 'shpss', 'hex64']))}",
  waiverMail: "{g.email('waiver_email')}",
  kioskPin: "{g.pin('kiosk_pin')}",
  buildId: "{g.short_sha()}",
  analyticsId: "{g.look('public_app_id', 'phc_' + g.s(gen_alnum(), 43))}", // public project key
}};
"""


@T("bowling_alley_lanes_yaml", "yaml", "bowling/lanes.yaml", VENUES)
def _(g):
    return f"""scoring:
  server: {g.priv()}
  lanes: 12
  firmware: {g.ver()}
league_sync:
  url: https://{g.ip('league_ip', 0.2, br=True)}/sync
  api_key: {g.key('league_api_key', g.ch(['hex40', 'alnum40']))}
  webhook_secret: {g.key('webhook_secret', 'hex64')}
bar_pos:
  user: bar
  password: {g.pw('pos_password', 'yaml')}
manager: {g.email('manager_email')}
"""


@T("billiards_hall_booking_db_notes", "markdown", "billiards/docs/db.md", VENUES)
def _(g):
    return f"""# Table booking database

Connect:

    PGPASSWORD='{g.pw('db_password', 'shell')}' psql -h {g.ip('db_ip', 0.15)} -U cue bookings

Replica at `{g.priv()}` (read only). Payment webhook signing secret: `{g.key('webhook_signing_secret', g.ch(['hex64', 'b64_32']))}`.
Owner: {g.email('owner_email')}. Table controller ids: `{g.uuid()}`, `{g.uuid()}`.
"""


@T("cinema_projection_kdm_notes", "text", "cinema/booth/notes.txt", VENUES)
def _(g):
    return f"""Projection booth notes

Server (playback):   {g.priv()}   admin / {g.pw('playback_admin_password', 'prose')}
Theatre mgmt:        {g.ip('tms_ip', 0.2)}
KDM inbox:           {g.email('kdm_email')}
Distributor portal API token: {g.key('portal_token', g.ch(['b64url43', 'alnum48']))}
Projector serial {g.serial()}, lamp hours reset on firmware {g.ver()}.
"""


@T("dubbing_studio_session_json", "json", "dubbing/session.json", MEDIA)
def _(g):
    return f"""{{
  "session": "{g.uuid()}",
  "project": "episode-{g.num(1, 40)}",
  "upload": {{
    "host": "{g.ip('upload_ip', 0.2)}",
    "user": "{g.email('upload_user_email')}",
    "key": "{g.key('upload_key', g.ch(['hex40', 'dckr', 'alnum40']))}"
  }},
  "transcription": {{ "api_key": "{g.key('transcription_key', g.ch(['gsk', 'pplx', 'alnum48']))}" }},
  "checksum": "{g.md5()}"
}}
"""


@T("costume_rental_inventory_csv", "csv", "costumes/inventory-export.csv", VENUES)
def _(g):
    rows = ["sku,item,size,rfid_tag,renter_email,notes"]
    for _ in range(3):
        rows.append(f"C{g.num(1000, 9999)},{g.ch(['cape', 'doublet', 'crinoline', 'tricorn'])},{g.ch(['S', 'M', 'L'])},"
                    f"{g.look('rfid_tag', g.hexs(24).upper())},{g.email('renter_email')},")
    rows.append(f"SYS,admin,,,,\"admin password {g.pw('admin_password', 'quoted')}\"")
    rows.append(f"SYS,export,,,,\"shop api key {g.key('shop_api_key', g.ch(['hex32', 'alnum32']))}\"")
    return "\n".join(rows) + "\n"


@T("boatyard_hauling_md", "markdown", "boatyard/hoist.md", VENUES)
def _(g):
    return f"""## Boat hoist controller

* Panel: `{g.priv()}` — login `hoist` / `{g.pw('panel_password', 'prose')}`
* Remote monitoring: `{g.ip('remote_ip', 0.2)}` (vendor VPN)
* Vendor support token: `{g.key('vendor_token', g.ch(['hex32', 'tfcloud', 'alnum40']))}`
* Yard manager: {g.email('manager_email')}
* Hoist serial `{g.serial()}`, controller firmware `{g.ver()}`
"""


@T("scouts_camp_signup_ndjson", "ndjson", "scouts/signups.ndjson", VENUES)
def _(g):
    lines = []
    for _ in range(2):
        lines.append(json.dumps({"id": "{U}", "parent": "{E}", "patrol": g.ch(["otters", "badgers", "herons"])})
                     .replace('"{U}"', '"' + g.uuid() + '"').replace('"{E}"', '"' + g.email('parent_email') + '"'))
    lines.append('{"type": "config", "form_api_key": "' + g.key('form_api_key', g.ch(['alnum32', 'hex32'])) +
                 '", "mailer": "' + g.ip('mailer_ip', 0) + '"}')
    return "\n".join(lines) + "\n"


@T("stonemason_quotes_latex", "latex", "stonemason/quote.tex", TRADES)
def _(g):
    return f"""\\documentclass{{letter}}
\\usepackage[utf8]{{inputenc}}
% quote template; send PDF through the mail API (key {g.key('mail_api_key', g.ch(['hex32', 'alnum40']))})
% SMTP fallback: mason / {g.pw('smtp_password', 'plain')} at {g.ip('smtp_ip', 0)}
\\signature{{Ashlar \\& Mallet Stoneworks}}
\\address{{Yard 4, Quarry Lane}}
\\begin{{document}}
\\begin{{letter}}{{Client}}
\\opening{{Dear client,}}
Please reply to \\texttt{{{g.email('quotes_email')}}}.
\\closing{{Regards}}
\\end{{letter}}
\\end{{document}}
% template rev {g.short_sha()}
"""


@T("glazier_jobs_ticket_export_csv", "csv", "glazier/tickets-export.csv", DOCS)
def _(g):
    return f"""id,opened,reporter,subject,body
{g.num(1000, 1999)},2026-02-11,{g.email('reporter_email')},"cutting table offline","table at {g.priv()} stopped; restarted"
{g.num(2000, 2999)},2026-02-12,{g.email('reporter2_email')},"supplier portal","new portal password is {g.pw('portal_password', 'quoted')} - please store it in the vault"
{g.num(3000, 3999)},2026-02-14,{g.resmail()},"test ticket","ignore"
{g.num(4000, 4999)},2026-02-15,ops,"api key rotated","new key {g.key('supplier_api_key', g.ch(['hex40', 'alnum32']))} deployed to {g.ip('deploy_ip', 0.15)}"
"""


@T("mason_lodge_chat_export", "text", "lodge/chat-export.txt", DOCS)
def _(g):
    a, b, c = g.first(), g.first(), g.first()
    return f"""[2026-01-09 19:02] {a}: who has the hall booking system login?
[2026-01-09 19:04] {b}: user is treasurer, pw {g.pw('booking_password', 'plain')}
[2026-01-09 19:04] {b}: and the server moved to {g.ip('server_ip', 0.2)}
[2026-01-09 19:07] {c}: please don't post passwords here...
[2026-01-09 19:08] {a}: also the card reader key: {g.key('card_reader_key', g.ch(['upper20', 'hex32']))}
[2026-01-09 19:10] {c}: mail {g.email('secretary_email')} if you need access
[2026-01-09 19:11] {b}: app version {g.ver()} btw
[2026-01-09 19:12] Ilse: the hall tablet is serial {g.serial()} if anyone asks
"""


@T("shipyard_incident_postmortem_md", "markdown", "shipyard/postmortems/2026-02-crane-net.md", DOCS)
def _(g):
    return f"""# Postmortem: crane network outage

**Summary.** The gantry crane PLCs lost their uplink for 40 minutes.

**Timeline.**
- 06:10 alarms from `{g.priv()}` (PLC gateway)
- 06:25 traced to the uplink router `{g.ip('uplink_ip', 0.2)}`; its admin password
  (`{g.pw('router_password', 'prose')}`) had been reset by the vendor
- 06:50 restored. Vendor access token `{g.key('vendor_token', g.ch(['alnum40', 'nfp', 'hex40']))}` revoked and reissued

**Contacts.** {g.email('author_email')} (author). Incident id {g.uuid()}.
"""


@T("drydock_pump_logs_ndjson", "ndjson", "drydock/pumps.ndjson", DOCS)
def _(g):
    out = []
    for n in range(3):
        rec = {"ts": f"2026-03-0{n + 1}T04:00:00Z", "pump": n + 1, "ok": True}
        out.append(json.dumps(rec))
    out.append('{"ts": "2026-03-04T04:00:00Z", "event": "login", "src": "' + g.ip('login_src_ip', 0.25) +
               '", "user": "' + g.email('login_user_email') + '"}')
    out.append('{"ts": "2026-03-04T04:00:01Z", "event": "config", "telemetry_key": "' +
               g.key('telemetry_key', g.ch(['hex40', 'b64url43'])) + '", "gateway": "' + g.priv() + '"}')
    return "\n".join(out) + "\n"


@T("dredger_survey_readme_md", "markdown", "dredger/survey/README.md", DOCS)
def _(g):
    return f"""# Dredger survey uploads

Upload soundings after each shift:

```sh
curl -u survey:{g.pw('survey_password', 'url')} -T soundings.xyz https://{g.ip('upload_ip', 0.15, br=True)}/incoming/
```

The harbour authority's API uses the header `Authorization: Token {g.key('authority_token', g.ch(['hex40', 'alnum40']))}`.
For access, ask {g.email('survey_lead_email')}. The sample file in `tests/` uses {g.resmail()} and {g.docip()}.
"""


@T("tugboat_crew_portal_xml", "xml", "tugboat/portal-config.xml", DOCS)
def _(g):
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<portal>
  <database host="{g.priv()}" user="crew" password="{g.pw('db_password', 'xml')}"/>
  <ais feed="{g.ip('ais_feed_ip', 0.2)}" key="{g.key('ais_key', g.ch(['hex32', 'alnum32']))}"/>
  <mail from="{g.email('from_email')}" relay="{g.priv()}"/>
  <build version="{g.ver()}" commit="{g.short_sha()}"/>
</portal>
"""


@T("wavesensor_telemetry_c_source", "c", "wavesensor/src/uplink.c", EMB)
def _(g):
    return f"""#include "uplink.h"

/* Wave sensor uplink. TODO: move secrets to the provisioning blob. */
static const char *UPLINK_HOST = "{g.ip('uplink_host_ip', 0)}";
static const char *UPLINK_KEY  = "{g.key('uplink_key', g.ch(['hex64', 'hex40']))}";
static const char *MODEM_APN_PASS = "{g.pw('apn_password', 'quoted')}";
/* owner: {g.email('owner_email')}; board id {g.serial()} */

int uplink_send(const uint8_t *buf, size_t n) {{
    return modem_post(UPLINK_HOST, 443, UPLINK_KEY, buf, n);
}}
/* fw {g.ver()} */
"""


@T("misting_room_shell_history_md", "markdown", "seedlings/notes/history.md", DOCS)
def _(g):
    return f"""What I ran to bring the misting controller back:

```
$ ssh grower@{g.ip('controller_ip', 0.2)}
$ sudo systemctl restart misting
$ export MIST_API_KEY={g.key('mist_api_key', g.ch(['alnum32', 'hex32']))}
$ mistctl --user {g.email('mist_user_email')} --password '{g.pw('mist_password', 'shell')}' sync
$ ping {g.priv()}
```

Controller version afterwards: {g.ver()}.
"""


@T("veterinary_referral_email_txt", "text", "veterinary/referral-mail.txt", DOCS)
def _(g):
    return f"""From: {g.email('from_email')}
To: {g.email('to_email')}
Subject: referral portal access
Message-ID: {g.look('message_id', '<' + g.hexs(16) + '@mx.petcare-referrals.org>')}

Hi,

the referral portal is at {g.ip('portal_ip', 0.15)} for now (DNS pending). Your login is
the practice code and the temporary password {g.pw('portal_password', 'prose')} .
The imaging upload key is {g.key('imaging_key', g.ch(['hex40', 'alnum40']))}.

Thanks
Sent from the practice app {g.ver()}
"""


@T("botanical_records_api_yaml", "yaml", "botanical/api/servers.yaml", DOCS)
def _(g):
    return f"""spec: 3.0.3
info:
  title: Plant records
  version: {g.ver()}
  contact:
    email: {g.email('contact_email')}
servers:
  - url: https://{g.ip('api_ip', 0.2, br=True)}/v1
  - url: http://{g.priv()}:8080/v1
components:
  securitySchemes:
    apiKey:
      type: apiKey
      in: header
      name: X-Api-Key
# x-test-key (staging, still valid!): {g.key('staging_api_key', g.ch(['hex32', 'alnum32']))}
# example key in docs: {g.ph('YOUR_API_KEY')}
# staging basic auth: plants / {g.pw('staging_password', 'plain')}
"""


@T("gelato_parlour_pos_lua", "lua", "gelato/pos/settings.lua", TRADES)
def _(g):
    return f"""-- POS settings (freezer alarms + card terminal)
return {{
  terminal = {{ host = "{g.priv()}", merchant_key = "{g.key('merchant_key', g.ch(['hex32', 'flw', 'alnum40']))}" }},
  alarms = {{ push_url = "https://{g.ip('push_ip', 0.15, br=True)}/alarm", token = "{g.key('alarm_token', g.ch(['b64url43', 'hex32']))}" }},
  owner = "{g.email('owner_email')}",
  version = "{g.ver()}",
}}
-- freezer panel PIN {g.pin('freezer_pin')}
"""


# ------------------------------------------------------------------ handover notes (table-driven)
NOTE_LANGS = [
    # name, language, greeting, closing, places (for the admin password)
    ("volapuk", "Volapük", "Glidis!", "Danob!", ["Überlingen", "Konstanz", "Meersburg", "Litzelstetten"]),
    ("isan", "Isan", "Sabaidee!", "Khob jai lai lai.", ["KhonKaen", "UdonThani", "Ubon", "RoiEt"]),
    ("batak", "Batak Toba", "Horas!", "Mauliate.", ["Balige", "Samosir", "Tarutung", "Parapat"]),
    ("maranao", "Maranao", "Assalamu alaikum.", "Sokor.", ["Marawi", "Malabang", "Tugaya", "Iligan"]),
    ("bajan", "Bajan", "Wuh gine on?", "Thanks bad.", ["Bridgetown", "Speightstown", "Oistins", "Holetown"]),
    ("pijin", "Pijin", "Gud moning!", "Tanggio tumas.", ["Honiara", "Auki", "Gizo"]),
    ("kriol", "Kriol", "Yu orait?", "Dengkyu.", ["Katherine", "Ngukurr", "Barunga", "Beswick"]),
    ("lojban", "Lojban", "coi", "ki'e", ["Fairfax", "Reston", "Arlington"]),
]
NOTE_KEYS = [("hex40", "deploy_key"), ("alnum32", "backup_api_key"), ("b64url43", "webhook_token"),
             ("sgp", "code_search_token"), ("dckr", "container_registry_token"), ("tskey", "vpn_auth_key"),
             ("oy2", "package_push_key"), ("pmak", "api_client_key"), ("atatt", "wiki_api_token"),
             ("xoxe", "chat_refresh_token"), ("eaab", "social_page_token"), ("jwt", "service_jwt")]


def make_note(code, lang, hello, bye, places):
    def fn(g):
        place = g.ch(places)
        pw = gen_mark("PASSWORD", "pw_native", place + str(g.num(10, 9999)) + g.ch("!#%*+=?~"))
        srv = g.ip("server_ip", 0.28)
        mail = g.email("admin_email")
        (s1, r1), (s2, r2) = g.r.sample(NOTE_KEYS, 2)
        k1, k2 = g.key(r1, s1), g.key(r2, s2)
        who = g.first()
        form = g.r.randrange(4)
        if form == 0:
            body = (f"{hello}\n\nHandover for the box I looked after ({lang} note, rest in English):\n\n"
                    f"1. server: {srv}\n2. admin mail: {mail}\n3. admin password: {pw}\n"
                    f"4. {r1.replace('_', ' ')}: {k1}\n5. {r2.replace('_', ' ')}: {k2}\n"
                    f"6. LAN gateway {g.priv()}, docs use {g.resmail()}, agent {g.ver()}\n\n{bye}\n{who}\n")
        elif form == 1:
            body = (f"{hello}\n\n```\nserver = {srv}\nadmin = {mail}\npassword = {pw}\n{r1} = {k1}\n"
                    f"{r2} = {k2}\nhost_key = {g.pubkey()}\nsite_id = {g.uuid()}\nmgmt6 = {g.ula()}\n"
                    f"agent = {g.ver()}\n```\n\n{bye} -- {who}\n")
        elif form == 2:
            body = (f"{hello} The server is {srv}; log in as admin with {pw} (mail goes to {mail}). "
                    f"The {r1.replace('_', ' ')} is {k1} and the {r2.replace('_', ' ')} is {k2}. "
                    f"The wiki example uses {g.docip()} and {g.ph('<token>')}; the switch is {g.mac()}. {bye} {who}\n")
        else:
            body = (f"{hello}\n\n| what | value |\n|---|---|\n| server | {srv} |\n| admin mail | {mail} |\n"
                    f"| admin password | {pw} |\n| {r1} | {k1} |\n| {r2} | {k2} |\n"
                    f"| image sha256 | {g.sha256()} |\n| LAN | {g.priv()} |\n\n{bye} {who}\n")
        return body
    return fn


def gen_mark(tag, kind, val):
    from gen_h36 import mark
    return mark(tag, kind, val)


for _code, _lang, _hello, _bye, _places in NOTE_LANGS:
    T(f"note_{_code}", "markdown", f"handover/{_code}.md", NOTES)(make_note(_code, _lang, _hello, _bye, _places))
