"""Templates for held-out set 33. Written from scratch for this set.

Each template takes a gen_h33.G and returns marked text. TEMPLATES lists (name, group, lang, path, function).
Themes: outdoor clubs and rural crafts (sailing, beekeeping, weather stations, orienteering, gliding, rowing, bell
ringing, model railways, diving, kennels, cider), interactive fiction and fantasy consoles, and modelling /
documentation tools. See STATUS.md for which names were checked.
"""
import json

from gen_h33 import lab, look

TEMPLATES = []


def T(name, group, lang, path):
    def deco(fn):
        TEMPLATES.append((name, group, lang, path, fn))
        return fn
    return deco


def js(obj):
    """JSON with markers kept as raw characters (valid JSON once stripped)."""
    return json.dumps(obj, ensure_ascii=False, indent=2)


def maybe_v6(g, p=0.35):
    return g.ipv6() if g.r.random() < p else g.ipv4()


# ----------------------------------------------------------------------------------------------------- clubs
@T("sailwave_results_ini", "clubs outdoors", "ini", "regatta/sailwave-publish.ini")
def sailwave_results_ini(g):
    host = g.ipv4()
    return f"""; Results publishing for the autumn series (copied from the race office laptop)
[publish]
method=ftp
host={lab('IP_ADDRESS', 'ftp_host', host)}
port=21
user=raceoffice
password={lab('PASSWORD', 'ftp_password', g.pw('ini'))}
remote_dir=/htdocs/results/{g.r.randint(2023, 2026)}
passive=1

[notify]
from={lab('EMAIL', 'race_officer_email', g.email('lochsideyc.org.uk'))}
to={lab('EMAIL', 'results_list_email', g.role_email('lochsideyc.org.uk', ('results', 'racing', 'sailing-sec')))}
smtp_relay={look('private_ip', g.private_ip())}
; the template docs use {look('reserved_email', g.reserved_email())} as an example only

[software]
version={look('version', g.version())}
series_uid={look('uuid', g.uuid())}
"""


@T("predictwind_route_env", "clubs outdoors", "dotenv", "passage-planner/.env")
def predictwind_route_env(g):
    return f"""# passage planner for the club cruise to the outer isles
ROUTING_PROVIDER=predictwind
PREDICTWIND_API_KEY={lab('KEY', 'predictwind_api_key', g.hex(32))}
NAVIONICS_SDK_TOKEN={lab('KEY', 'navionics_token', g.b64url(40))}
TRACKER_UPLOAD_URL=https://tracks.skerrysailing.club/api/v1/push
TRACKER_SECRET={lab('KEY', 'tracker_secret', g.alnum(32))}
SKIPPER_EMAIL={lab('EMAIL', 'skipper_email', g.email())}
BOAT_GATEWAY={look('private_ip', g.private_ip())}
# leave as is, this is the sample value from the docs
EXAMPLE_KEY={look('placeholder', 'pk_XXXXXXXXXXXXXXXXXXXXXXXX')}
APP_BUILD={look('version', g.version())}
"""


@T("hivetracks_sync_py", "clubs outdoors", "python", "apiary/sync_hives.py")
def hivetracks_sync_py(g):
    key = g.alnum(40)
    return f'''"""Pull hive inspections into the association's shared sheet (runs on the honey-house mini PC)."""
import requests

HIVETRACKS_TOKEN = "{lab('KEY', 'hivetracks_token', key)}"
BROODMINDER_KEY = "{lab('KEY', 'broodminder_api_key', g.hex(32))}"
SHEET_OWNER = "{lab('EMAIL', 'apiary_secretary_email', g.email('wealdbeekeepers.org'))}"
SCALE_HUB = "http://{lab('IP_ADDRESS', 'scale_hub_ip', g.ipv4())}:8080/readings"
LAN_PRINTER = "{look('private_ip', g.private_ip())}"
QUEEN_ID = "{look('uuid', g.uuid())}"   # not secret, printed on the frame label


def fetch(apiary_id):
    r = requests.get(f"https://api.hivetracks.example/apiaries/{{apiary_id}}",
                     headers={{"Authorization": f"Bearer {{HIVETRACKS_TOKEN}}"}}, timeout=20)
    r.raise_for_status()
    return r.json()
'''


@T("broodminder_csv", "clubs outdoors", "csv", "apiary/devices.csv")
def broodminder_csv(g):
    rows = []
    for i in range(3):
        rows.append(f"hive-{i + 1},{look('mac_address', g.mac())},{look('version', g.version())},"
                    f"{lab('KEY', 'device_claim_code', g.upper_alnum(12))}")
    body = "\n".join(rows)
    return f"""device,mac,firmware,claim_code
{body}
# gateway admin: {lab('PASSWORD', 'gateway_password', g.pw('ini'))} (web UI on {look('private_ip', g.private_ip())})
# alerts go to {lab('EMAIL', 'alert_email', g.email())}
"""


@T("weatherlink_station_yaml", "clubs outdoors", "yaml", "station/weatherlink.yaml")
def weatherlink_station_yaml(g):
    return f"""# village weather station, feeding the harbour board page
station:
  name: pier-head
  id: {look('station_id', str(g.r.randint(100000, 999999)))}
weatherlink:
  api_key: {lab('KEY', 'weatherlink_api_key', g.lower_alnum(32))}
  api_secret: {lab('KEY', 'weatherlink_api_secret', g.lower_alnum(32))}
weatherflow:
  token: {lab('KEY', 'weatherflow_token', g.uuid())}
ambient:
  application_key: {lab('KEY', 'ambient_app_key', g.hex(64))}
  api_key: {lab('KEY', 'ambient_api_key', g.hex(64))}
upload:
  host: {lab('IP_ADDRESS', 'upload_host', maybe_v6(g))}
  user: pierhead
  password: {lab('PASSWORD', 'upload_password', g.pw('yaml'))}
contact: {lab('EMAIL', 'harbour_master_email', g.email('porthgwarra-harbour.co.uk'))}
logger_lan: {look('private_ip', g.private_ip())}
firmware: {look('version', g.version())}
"""


@T("eventor_import_php", "clubs outdoors", "php", "orienteering/eventor_import.php")
def eventor_import_php(g):
    return f"""<?php
// Pull entries for the night sprint from the federation's entry system.
$eventorApiKey = '{lab('KEY', 'eventor_api_key', g.hex(32))}';
$liveloxSecret = '{lab('KEY', 'livelox_secret', g.b64(44))}';
$entriesDb = ['host' => '{lab('IP_ADDRESS', 'db_host', g.ipv4())}', 'name' => 'nightsprint', 'user' => 'sprint',
              'pass' => '{lab('PASSWORD', 'db_password', g.pw('quoted'))}'];
$organiser = '{lab('EMAIL', 'organiser_email', g.email('karhu-ok.fi'))}';
$timingBox = '{look('private_ip', g.private_ip())}';   // SportIdent reader on the finish laptop
$eventGuid = '{look('uuid', g.uuid())}';
// Example from the API docs: apikey=<your-key>, do not change
$docsKey = '{look('placeholder', '<your-key>')}';
"""


@T("sportident_reader_log", "clubs outdoors", "log", "orienteering/si-reader.log")
def sportident_reader_log(g):
    ip = g.ipv4()
    lines = [
        f"18:02:11 INFO  reader started, firmware {look('version', g.version())}",
        f"18:02:12 INFO  connected to results server {lab('IP_ADDRESS', 'results_server_ip', ip)}:10000",
        f"18:02:12 DEBUG auth user=finish pass={lab('PASSWORD', 'results_server_password', g.pw('shell'))}",
        f"18:04:40 INFO  punch card={g.r.randint(2000000, 8999999)} station=F1",
        f"18:05:03 WARN  upload retry via {look('private_ip', g.private_ip())}",
        f"18:09:17 INFO  split upload token={lab('KEY', 'split_upload_token', g.b64url(32))}",
        f"18:11:00 INFO  mailed summary to {lab('EMAIL', 'results_email', g.email())}",
    ]
    return "\n".join(lines) + "\n"


@T("weglide_flight_upload_sh", "clubs outdoors", "shell", "gliding/upload_flights.sh")
def weglide_flight_upload_sh(g):
    return f"""#!/bin/sh
# Upload yesterday's IGC files from the clubhouse PC after the last launch.
WEGLIDE_USER_ID={look('public_user_id', str(g.r.randint(1000, 99999)))}
WEGLIDE_TOKEN={lab('KEY', 'weglide_token', g.b64url(43))}
SKYLINES_KEY={lab('KEY', 'skylines_key', g.hex(16, upper=True))}
FLARM_DB_MIRROR=http://{lab('IP_ADDRESS', 'flarm_mirror_ip', g.ipv4())}/ddb.csv
for f in /srv/igc/$(date -d yesterday +%F)*.igc; do
  curl -s -u launchpoint:{lab('PASSWORD', 'launchpoint_password', g.pw('url'))} -F "file=@$f" \\
       -F "token=$WEGLIDE_TOKEN" https://upload.hillgliding.club/igc
done
echo "done" | mail -s "IGC upload" {lab('EMAIL', 'tug_master_email', g.email())}
# logger sync on {look('private_ip', g.private_ip())}, build {look('short_sha', g.short_sha())}
"""


@T("xcsoar_profile_prf", "clubs outdoors", "config", "gliding/club.prf")
def xcsoar_profile_prf(g):
    return f"""PilotName="Duty Instructor"
AircraftReg="G-{g.chars('ABCDEFGHKLMNPRSTUVWXYZ', 4)}"
LoggerID="{look('logger_id', g.upper_alnum(3))}"
LiveTrackerEnabled="1"
LiveTrackerServer="{lab('IP_ADDRESS', 'livetracker_server', g.ipv4())}"
LiveTrackerUsername="{lab('EMAIL', 'livetracker_username_email', g.email())}"
LiveTrackerPassword="{lab('PASSWORD', 'livetracker_password', g.pw('quoted'))}"
WeGlideAutomaticUpload="1"
WeGlidePilotBirthDate="{g.r.randint(1950, 2004)}-0{g.r.randint(1, 9)}-1{g.r.randint(0, 9)}"
PCMetUser="club{g.r.randint(10, 99)}"
PCMetPassword="{lab('PASSWORD', 'met_service_password', g.pw('quoted'))}"
LoggerHost="{look('private_ip', g.private_ip())}"
"""


@T("concept2_logbook_json", "clubs outdoors", "json", "rowing/erg-sync.json")
def concept2_logbook_json(g):
    return js({
        "club": "Riverside Masters",
        "concept2": {"client_id": lab('KEY', 'concept2_client_id', g.alnum(40)),
                     "client_secret": lab('KEY', 'concept2_client_secret', g.alnum(40))},
        "crewlab": {"api_token": lab('KEY', 'crewlab_token', g.jwt())},
        "coach": lab('EMAIL', 'coach_email', g.email('riversidemasters.rowing.org')),
        "boathouse_nas": {"host": lab('IP_ADDRESS', 'nas_ip', maybe_v6(g, 0.5)), "user": "erg",
                          "password": lab('PASSWORD', 'nas_password', g.pw('quoted'))},
        "ergs": [{"serial": look('device_serial', "4" + str(g.r.randint(10 ** 8, 10 ** 9 - 1))),
                  "lan": look('private_ip', g.private_ip())} for _ in range(2)],
        "schema": look('version', g.version()),
    })


@T("bellboard_peal_submit", "clubs outdoors", "text", "tower/peal-submission.txt")
def bellboard_peal_submit(g):
    return f"""Peal submission notes (tower captain's laptop)

BellBoard account: {lab('EMAIL', 'tower_captain_email', g.email())}
BellBoard password: {lab('PASSWORD', 'bellboard_password', g.pw('prose'))}
Ringing Room practice tower id: {look('tower_id', str(g.r.randint(100000000, 999999999)))}
Ringing Room bot token: {lab('KEY', 'ringing_room_bot_token', g.b64url(36))}
Simulator PC on the tower LAN: {look('private_ip', g.private_ip())}
Remote desktop from home goes through {lab('IP_ADDRESS', 'tower_router_ip', g.ipv4())} (port 3389),
login ringer / {lab('PASSWORD', 'remote_desktop_password', g.pw('prose'))}
Example from the guild's how-to, not ours: {look('reserved_email', g.reserved_email())}
"""


@T("jmri_operations_xml", "clubs outdoors", "xml", "railway/OperationsSetup.xml")
def jmri_operations_xml(g):
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<operations-config>
  <railroad name="Tarn Valley Light Railway"/>
  <email>
    <server>{lab('IP_ADDRESS', 'smtp_server_ip', g.ipv4())}</server>
    <user>{lab('EMAIL', 'smtp_user_email', g.email())}</user>
    <password>{lab('PASSWORD', 'smtp_password', g.pw('quoted'))}</password>
  </email>
  <webServer port="12080" allowRemote="true" token="{lab('KEY', 'web_server_token', g.hex(40))}"/>
  <commandStation host="{look('private_ip', g.private_ip())}" firmware="{look('version', g.version())}"/>
  <layoutId>{look('uuid', g.uuid())}</layoutId>
</operations-config>
"""


@T("dccex_wifi_config_h", "clubs outdoors", "c", "railway/config.h")
def dccex_wifi_config_h(g):
    return f"""// Command station WiFi settings for the club's portable module layout
#define WIFI_SSID "TarnValley-Exhibition"
#define WIFI_PASSWORD "{lab('PASSWORD', 'wifi_passphrase', g.pw('quoted'))}"
#define WIFI_HOSTNAME "dccex-{g.lower_alnum(4)}"
#define ENABLE_ETHERNET false
// throttle relay through the clubhouse box
#define RELAY_HOST "{lab('IP_ADDRESS', 'relay_host', g.ipv4())}"
#define RELAY_KEY "{lab('KEY', 'relay_key', g.hex(32))}"
#define MAINTAINER "{lab('EMAIL', 'maintainer_email', g.email())}"
#define IP_ADDRESS {{ {look('private_ip_octets', g.private_ip().replace('.', ', '))} }}
#define FIRMWARE_REF "{look('short_sha', g.short_sha())}"
"""


@T("rocrail_rocrail_ini", "clubs outdoors", "xml", "railway/rocrail.ini")
def rocrail_rocrail_ini(g):
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<rocrail planfile="plan.xml" occupancy="occ.xml">
  <clientconnection port="8051" controlcode="{lab('PASSWORD', 'control_code', g.pw('quoted'))}"/>
  <http port="8088" remote="{lab('IP_ADDRESS', 'remote_client_ip', g.ipv4())}"/>
  <mailer smtp="{look('private_ip', g.private_ip())}" to="{lab('EMAIL', 'operator_email', g.email())}"/>
  <cloud user="tvlr" token="{lab('KEY', 'cloud_token', g.b64url(40))}"/>
  <build version="{look('version', g.version())}"/>
</rocrail>
"""


@T("stellarium_remote_conf", "clubs outdoors", "ini", "planetarium/config.ini")
def stellarium_remote_conf(g):
    return f"""[main]
version = {look('version', g.version())}

[RemoteControl]
enabled = true
port = 8090
use_password = true
password = {lab('PASSWORD', 'remote_control_password', g.pw('ini'))}
cors_origin = https://dome.northmoorastro.org

[DomeBridge]
; projector bridge in the control booth
host = {look('private_ip', g.private_ip())}
upstream = {lab('IP_ADDRESS', 'show_server_ip', maybe_v6(g, 0.5))}
api_key = {lab('KEY', 'dome_bridge_key', g.b64(32))}
owner = {lab('EMAIL', 'dome_owner_email', g.email('northmoorastro.org'))}
"""


@T("subsurface_cloud_notes", "clubs outdoors", "markdown", "diveshop/cloud-sync.md")
def subsurface_cloud_notes(g):
    return f"""# Dive log cloud sync for rental computers

Every rental computer is downloaded on the shop PC ({look('private_ip', g.private_ip())}) and synced to the
shop's cloud account:

| what | value |
|---|---|
| cloud account | {lab('EMAIL', 'cloud_account_email', g.email('seahorsediving.gr'))} |
| cloud password | {lab('PASSWORD', 'cloud_password', g.pw('prose'))} |
| backup target | {lab('IP_ADDRESS', 'backup_target_ip', maybe_v6(g, 0.5))} |
| map tiles key | {lab('KEY', 'map_tiles_key', g.alnum(32))} |
| test account | {look('reserved_email', g.reserved_email())} |
| app version | {look('version', g.version())} |

Do not reuse the cloud password for the till.
"""


@T("gingr_kennel_env", "clubs outdoors", "dotenv", "kennel/booking-sync.env")
def gingr_kennel_env(g):
    return f"""GINGR_SUBDOMAIN=hollowfarmkennels
GINGR_API_KEY={lab('KEY', 'gingr_api_key', g.hex(32))}
PETEXEC_CLIENT_ID={lab('KEY', 'petexec_client_id', g.alnum(24))}
PETEXEC_CLIENT_SECRET={lab('KEY', 'petexec_client_secret', g.alnum(48))}
SMS_FROM=+44{g.r.randint(7000000000, 7999999999)}
MAIL_USER={lab('EMAIL', 'kennel_mail_email', g.email())}
MAIL_PASS={lab('PASSWORD', 'mail_password', g.pw('ini'))}
CAMERA_NVR={look('private_ip', g.private_ip())}
CAMERA_PUBLIC={lab('IP_ADDRESS', 'camera_public_ip', g.ipv4())}
EXAMPLE_OWNER={look('reserved_email', g.reserved_email())}
"""


@T("grainfather_cider_yaml", "clubs outdoors", "yaml", "cidery/ferment-monitor.yaml")
def grainfather_cider_yaml(g):
    return f"""# orchard cider barn: fermentation monitor
monitor:
  poll_seconds: 300
  grainfather:
    email: {lab('EMAIL', 'grainfather_email', g.email())}
    password: {lab('PASSWORD', 'grainfather_password', g.pw('yaml'))}
  hydrometer_bridge: {look('private_ip', g.private_ip())}
  push:
    endpoint: https://{lab('IP_ADDRESS', 'push_endpoint_ip', g.ipv4())}/hook
    secret: {lab('KEY', 'push_secret', g.hex(48))}
  batch_ids:
    - {look('uuid', g.uuid())}
    - {look('uuid', g.uuid())}
  recipe_checksum: {look('sha256', g.sha256())}
"""


@T("xola_tours_toml", "clubs outdoors", "toml", "tours/booking.toml")
def xola_tours_toml(g):
    return f"""# Kayak tours booking bridge
[xola]
seller_id = "{look('public_seller_id', g.hex(24))}"
api_key = "{lab('KEY', 'xola_api_key', g.alnum(32))}"

[peek]
partner_token = "{lab('KEY', 'peek_partner_token', g.b64url(48))}"

[mail]
host = "{lab('IP_ADDRESS', 'mail_host', maybe_v6(g, 0.5))}"
user = "{lab('EMAIL', 'mail_user_email', g.email('fjordpaddle.no'))}"
password = "{lab('PASSWORD', 'mail_password', g.pw('quoted'))}"

[lan]
dock_tablet = "{look('private_ip', g.private_ip())}"
release = "{look('version', g.version())}"
"""


# ------------------------------------------------------------------------ interactive fiction and tiny consoles
@T("inform7_beta_ni", "interactive fiction / tiny consoles", "inform7", "lantern-keeper/story.ni")
def inform7_beta_ni(g):
    return f""""The Lantern Keeper" by Ilse Pennycook

[Beta notes, remove before release. Transcripts from testers are mailed to {lab('EMAIL', 'beta_transcripts_email', g.email())}.
The transcript collector runs on {lab('IP_ADDRESS', 'transcript_server_ip', g.ipv4())}, upload key {lab('KEY', 'transcript_upload_key', g.hex(32))}.
Test build login for the web interpreter page: tester / {lab('PASSWORD', 'beta_page_password', g.pw('plain'))}.]

The release number is 3.
Use scoring.

The Lamp Room is a room. "Salt has crusted the great lens. A ladder leads down."
The brass key is in the Lamp Room. The description is "Stamped with {look('serial_number', g.upper_alnum(8))}, the keeper's number."

[Documentation example only: {look('reserved_email', g.reserved_email())}; build {look('short_sha', g.short_sha())}.]
"""


@T("tads3_webui_t", "interactive fiction / tiny consoles", "tads3", "reedbed/main.t")
def tads3_webui_t(g):
    return f"""#charset "us-ascii"
#include <adv3.h>
#include <en_us.h>

/*
 *   Web UI deployment notes (private):
 *   storage server {lab('IP_ADDRESS', 'storage_server_ip', maybe_v6(g, 0.5))}, api key {lab('KEY', 'storage_api_key', g.alnum(32))}
 *   admin contact {lab('EMAIL', 'admin_email', g.email('reedbedgames.ie'))}
 *   staging box {look('private_ip', g.private_ip())}
 */
versionInfo: GameID
    IFID = '{look('ifid_uuid', g.uuid().upper())}'
    name = 'Reedbed'
    byline = 'by Dorian Quayle'
    version = '{look('version', g.version())}'
;

gameMain: GameMainDef
    initialPlayerChar = me
    serverPassword = '{lab('PASSWORD', 'web_session_password', g.pw('quoted'))}'
;
"""


@T("ink_story_ink", "interactive fiction / tiny consoles", "ink", "ferry/ferry.ink")
def ink_story_ink(g):
    return f"""// Ferry crossing. Analytics hook lives in the host app; values below are for the jam build only.
// ANALYTICS_KEY = {lab('KEY', 'analytics_key', g.hex(40))}
// crash reports to {lab('EMAIL', 'crash_report_email', g.email())}
// test relay {lab('IP_ADDRESS', 'relay_ip', g.ipv4())} (old one was {look('private_ip', g.private_ip())})
VAR tickets = 2
VAR cabin_code = "{look('placeholder', 'XXXX-XXXX')}"

=== harbour ===
The horn sounds twice. The ramp is already lifting.
* [Run for it] -> deck
* [Wait for the next one] -> bench

=== deck ===
// TODO: remove before ship, the purser password used by the debug menu: {lab('PASSWORD', 'debug_menu_password', g.pw('plain'))}
Spray across the rail. {{tickets > 1: You still have a spare ticket.}}
-> END

=== bench ===
The gulls are loud. -> END
"""


@T("choicescript_startup_txt", "interactive fiction / tiny consoles", "choicescript", "orchard-heir/startup.txt")
def choicescript_startup_txt(g):
    return f"""*title The Orchard Heir
*author Hedda Strachan
*scene_list
  startup
  harvest
  auction
*comment beta feedback inbox {lab('EMAIL', 'beta_inbox_email', g.email())}
*comment stats server {lab('IP_ADDRESS', 'stats_server_ip', g.ipv4())} key {lab('KEY', 'stats_key', g.b64url(32))}
*comment beta site password (do not ship): {lab('PASSWORD', 'beta_site_password', g.pw('plain'))}
*comment engine {look('version', g.version())}, local test server {look('private_ip', g.private_ip())}
*create reputation 50
*create cider_barrels 0

The frost came early the year your aunt died.
"""


@T("yarn_dialogue", "interactive fiction / tiny consoles", "yarn", "lighthouse/Keeper.yarn")
def yarn_dialogue(g):
    return f"""title: Keeper_Intro
tags: intro
---
// voice-over upload: {lab('IP_ADDRESS', 'vo_upload_ip', maybe_v6(g, 0.5))}, token {lab('KEY', 'vo_upload_token', g.b64url(40))}
// VO director: {lab('EMAIL', 'vo_director_email', g.email())}
Keeper: The lamp has not failed in forty years.
Keeper: Not once. <<set $trust to 1>>
-> Ask about the storm
    Keeper: We do not talk about the storm.
-> Leave
    <<stop>>
===
title: Debug
---
// QA menu password {lab('PASSWORD', 'qa_menu_password', g.pw('plain'))}, build {look('short_sha', g.short_sha())}
Narrator: Debug node. Save slot {look('uuid', g.uuid())}.
===
"""


@T("pico8_cart_p8", "interactive fiction / tiny consoles", "pico8", "carts/kelpdiver.p8")
def pico8_cart_p8(g):
    return f"""pico-8 cartridge // http://www.pico-8.com
version 41
__lua__
-- kelp diver
-- by yannick & zofia
-- highscore relay: {lab('IP_ADDRESS', 'highscore_relay_ip', g.ipv4())}
-- relay secret {lab('KEY', 'highscore_secret', g.hex(32))}
-- bugs to {lab('EMAIL', 'bug_report_email', g.email())}
-- dev box {look('private_ip', g.private_ip())}

function _init()
 depth=0
 air=100
end

function _update()
 if btn(3) then depth+=1 end
 air-=0.1
end
__gfx__
00000000000000000000000000000000
"""


@T("tic80_cart_lua", "interactive fiction / tiny consoles", "tic80", "carts/bellfoundry.tic.lua")
def tic80_cart_lua(g):
    return f"""-- title:   bell foundry
-- author:  Casimir Ostrowski, {lab('EMAIL', 'author_email', g.email())}
-- desc:    pour, cool, tune
-- site:    bellfoundry.games
-- license: MIT License
-- version: {look('version', g.version())}
-- script:  lua
-- leaderboard: POST to http://{lab('IP_ADDRESS', 'leaderboard_ip', g.ipv4())}/scores with key {lab('KEY', 'leaderboard_key', g.alnum(24))}
-- (LAN copy on {look('private_ip', g.private_ip())})

t=0
function TIC()
 cls(13)
 print("HEAT "..t,84,84)
 t=t+1
end
"""


@T("playdate_pdxinfo", "interactive fiction / tiny consoles", "config", "source/pdxinfo")
def playdate_pdxinfo(g):
    return f"""name=Tidepool
author=Anouk Brekke
description=Collect shells before the tide turns.
bundleID=games.tidepool.{g.lower_alnum(6)}
version={look('version', g.version())}
buildNumber={g.r.randint(10, 400)}
imagePath=launcher
contentWarning=
# catalog upload (build machine only, never commit):
# uploader={lab('EMAIL', 'catalog_uploader_email', g.email())}
# upload_password={lab('PASSWORD', 'catalog_upload_password', g.pw('plain'))}
# scoreboard_key={lab('KEY', 'scoreboard_key', g.hex(32))}
# scoreboard_host={lab('IP_ADDRESS', 'scoreboard_host', g.ipv4())}
"""


@T("butler_push_sh", "interactive fiction / tiny consoles", "shell", "jam/push_builds.sh")
def butler_push_sh(g):
    return f"""#!/usr/bin/env bash
set -euo pipefail
# Push jam builds. The CI runner has these as masked variables; this copy is for the laptop.
export BUTLER_API_KEY={lab('KEY', 'butler_api_key', g.alnum(40))}
export GAMEJOLT_PRIVATE_KEY={lab('KEY', 'gamejolt_private_key', g.hex(32))}
MIRROR=sftp://jam:{lab('PASSWORD', 'mirror_password', g.pw('url'))}@{lab('IP_ADDRESS', 'mirror_ip', g.ipv4())}/builds
butler push build/web kelpdiver/kelpdiver:html5 --userversion {look('version', g.version())}
butler push build/linux kelpdiver/kelpdiver:linux
lftp -e "mirror -R build/ /builds; bye" "$MIRROR"
echo "pushed $(git rev-parse --short HEAD)" | mail {lab('EMAIL', 'jam_team_email', g.email())}
# reference run: {look('sha1', g.sha1())}
"""


@T("pyxel_gamejolt_py", "interactive fiction / tiny consoles", "python", "jam/scores.py")
def pyxel_gamejolt_py(g):
    return f'''import hashlib
import urllib.request

import pyxel

GAME_ID = {look('public_game_id', str(g.r.randint(100000, 999999)))}
PRIVATE_KEY = "{lab('KEY', 'gamejolt_private_key', g.hex(32))}"
USER_TOKEN = "{lab('KEY', 'gamejolt_user_token', g.alnum(6))}"   # tester's game token
FEEDBACK_TO = "{lab('EMAIL', 'feedback_email', g.email())}"
STAGING = "http://{look('private_ip', g.private_ip())}:8000"


def signed(url):
    return url + "&signature=" + hashlib.md5((url + PRIVATE_KEY).encode()).hexdigest()


class App:
    def __init__(self):
        pyxel.init(160, 120, title="Tidepool")
        pyxel.run(self.update, self.draw)
'''


@T("uxntal_rom_tal", "interactive fiction / tiny consoles", "uxntal", "roms/beacon.tal")
def uxntal_rom_tal(g):
    return f"""( beacon.tal -- blinking lighthouse for the varvara screen
  sync to {lab('IP_ADDRESS', 'sync_ip', g.ipv4())} with key {lab('KEY', 'sync_key', g.hex(32))}
  maintainer {lab('EMAIL', 'maintainer_email', g.email())}
  build {look('short_sha', g.short_sha())} )

|00 @System &vector $2 &wst $1 &rst $1 &pad $4 &r $2 &g $2 &b $2
|20 @Screen &vector $2 &width $2 &height $2

|0100
    #f07f .System/r DEO2
    #f0d6 .System/g DEO2
    #f0b2 .System/b DEO2
BRK
"""


@T("puzzlescript_txt", "interactive fiction / tiny consoles", "puzzlescript", "puzzles/oyster-beds.txt")
def puzzlescript_txt(g):
    return f"""title Oyster Beds
author Linnea Thorsby
homepage oysterbeds.games

(private: paste service token {lab('KEY', 'paste_token', g.alnum(40))}, export server {lab('IP_ADDRESS', 'export_server_ip', maybe_v6(g, 0.4))})
(playtest mailing list {lab('EMAIL', 'playtest_email', g.email())}, editor password {lab('PASSWORD', 'editor_password', g.pw('plain'))})

========
OBJECTS
========

Background
lightblue

Player
black

=======
LEGEND
=======

. = Background
P = Player
"""


# ------------------------------------------------------------------- modelling, proofs, docs and chip tools
@T("modelica_greenhouse_mo", "modelling / proofs / docs", "modelica", "Greenhouse/Historian.mo")
def modelica_greenhouse_mo(g):
    return f"""within Greenhouse;
model Historian "Logs zone temperatures to the nursery's historian"
  parameter String host = "{lab('IP_ADDRESS', 'historian_host', g.ipv4())}" "Historian address";
  parameter String user = "model";
  parameter String password = "{lab('PASSWORD', 'historian_password', g.pw('quoted'))}" "Historian password";
  parameter String apiToken = "{lab('KEY', 'historian_token', g.hex(40))}";
  parameter String lanGateway = "{look('private_ip', g.private_ip())}";
  Modelica.Blocks.Interfaces.RealInput T_zone[4];
  annotation (Documentation(info="<html><p>Maintainer: {lab('EMAIL', 'maintainer_email', g.email('bramblenursery.nl'))}.
Library version {look('version', g.version())}.</p></html>"));
end Historian;
"""


@T("gnuplot_tide_plt", "modelling / proofs / docs", "gnuplot", "tides/plot_week.plt")
def gnuplot_tide_plt(g):
    return f"""# weekly tide gauge plot for the harbour noticeboard
# data pulled from the gauge logger; contact {lab('EMAIL', 'gauge_contact_email', g.email())}
src = system("curl -s -u gauge:{lab('PASSWORD', 'gauge_password', g.pw('url'))} http://{lab('IP_ADDRESS', 'gauge_logger_ip', g.ipv4())}/export.csv")
set datafile separator ","
set xdata time
set timefmt "%Y-%m-%dT%H:%M"
set title "Harbour tide gauge"
set terminal pngcairo size 1200,500
set output "tide.png"
plot "<echo '".src."'" using 1:2 with lines title "level (m)"
# upload token for the noticeboard screen: {lab('KEY', 'noticeboard_token', g.b64url(32))}
# screen is on {look('private_ip', g.private_ip())}, gnuplot {look('version', g.version())}
"""


@T("plantuml_deploy_puml", "modelling / proofs / docs", "plantuml", "docs/ferry-booking-deploy.puml")
def plantuml_deploy_puml(g):
    a, b = g.ipv4(), maybe_v6(g, 0.5)
    return f"""@startuml
title Ferry booking: deployment
node "booking-web\\n{lab('IP_ADDRESS', 'web_node_ip', a)}" as web
node "db\\n{look('private_ip', g.private_ip())}" as db
node "payments relay\\n{lab('IP_ADDRESS', 'relay_node_ip', b)}" as relay
web --> db : user ferry / {lab('PASSWORD', 'db_password', g.pw('shell'))}
web --> relay : X-Relay-Key {lab('KEY', 'relay_key', g.hex(32))}
note right of relay
  on-call: {lab('EMAIL', 'oncall_email', g.email('islandferries.scot'))}
  example payload owner: {look('reserved_email', g.reserved_email())}
end note
@enduml
"""


@T("mermaid_network_md", "modelling / proofs / docs", "markdown", "docs/clubhouse-network.md")
def mermaid_network_md(g):
    return f"""# Clubhouse network

```mermaid
flowchart LR
  isp[ISP router {lab('IP_ADDRESS', 'isp_router_ip', g.ipv4())}] --> fw[firewall {look('private_ip', g.private_ip())}]
  fw --> ap[access point {look('private_ip', g.private_ip())}]
  fw --> nas[NAS {look('private_ip', g.private_ip())}]
```

* Wi-Fi for members: `{lab('PASSWORD', 'wifi_passphrase', g.pw('prose'))}`
* Firewall admin is {lab('EMAIL', 'firewall_admin_email', g.email())}; remote admin key `{lab('KEY', 'remote_admin_key', g.alnum(32))}`
* Spare ISP line: {lab('IP_ADDRESS', 'backup_line_ip', g.ipv6())}
* Firmware {look('version', g.version())}
"""


@T("typst_handover_typ", "modelling / proofs / docs", "typst", "handover/handover.typ")
def typst_handover_typ(g):
    return f"""#set page(paper: "a4")
#set text(font: "Libertinus Serif", size: 11pt)

#let booking_pw = "{lab('PASSWORD', 'booking_system_password', g.pw('quoted'))}"
#let till_key = "{lab('KEY', 'till_api_key', g.hex(32))}"

= Mountain hut handover

The warden's laptop syncs bookings to {lab('IP_ADDRESS', 'booking_server_ip', maybe_v6(g, 0.4))} every hour.
Questions go to {lab('EMAIL', 'hut_committee_email', g.email('hochalm-huette.at'))}.

#table(columns: 2,
  [Booking login], [warden / #booking_pw],
  [Till API key], [#till_key],
  [Solar controller], [{look('private_ip', g.private_ip())}],
  [Controller firmware], [{look('version', g.version())}],
)
"""


@T("texinfo_manual_texi", "modelling / proofs / docs", "texinfo", "doc/seedbank.texi")
def texinfo_manual_texi(g):
    return f"""\\input texinfo
@setfilename seedbank.info
@settitle Seed Bank Catalogue Manual

@node Top
@top Seed Bank Catalogue

@node Syncing
@chapter Syncing with the regional bank

The sync client reads @file{{~/.seedsync}}.  The copy we use at the barn is:

@verbatim
server   = {lab('IP_ADDRESS', 'sync_server_ip', g.ipv4())}
account  = {lab('EMAIL', 'sync_account_email', g.email())}
password = {lab('PASSWORD', 'sync_password', g.pw('ini'))}
api_key  = {lab('KEY', 'sync_api_key', g.hex(32))}
@end verbatim

For a test catalogue use the address @code{{{look('private_ip', g.private_ip())}}}.
This manual documents version {look('version', g.version())}.
@bye
"""


@T("orgmode_notes_org", "modelling / proofs / docs", "org", "notes/marina.org")
def orgmode_notes_org(g):
    return f"""#+TITLE: Marina office notes
#+AUTHOR: Bertil Ekholm

* Berth system
  :PROPERTIES:
  :HOST:     {lab('IP_ADDRESS', 'berth_system_ip', g.ipv4())}
  :USER:     {lab('EMAIL', 'berth_user_email', g.email())}
  :PASSWORD: {lab('PASSWORD', 'berth_password', g.pw('plain'))}
  :END:
** TODO rotate the gate controller key
   Current key: ={lab('KEY', 'gate_controller_key', g.hex(40))}=
   Controller sits on {look('private_ip', g.private_ip())}.
* Fuel dock
  #+begin_src sh
  curl -H "Authorization: Bearer {lab('KEY', 'fuel_dock_token', g.b64url(43))}" https://fuel.kinsalemarina.ie/api/tanks
  #+end_src
  Vendor docs use {look('reserved_email', g.reserved_email())} in every example.
"""


@T("coq_proofs_v", "modelling / proofs / docs", "coq", "theories/Tides.v")
def coq_proofs_v(g):
    return f"""(* Tide table lemmas for the harbour app.
   CI cache: {lab('IP_ADDRESS', 'ci_cache_ip', g.ipv4())}, cache key {lab('KEY', 'ci_cache_key', g.b64(40))}
   maintainer: {lab('EMAIL', 'maintainer_email', g.email())}
   local cache mirror {look('private_ip', g.private_ip())} *)
From Coq Require Import Arith Lia.

Definition high_water (h : nat) : nat := h + 6.

Lemma high_water_gt : forall h, h < high_water h.
Proof. intros h. unfold high_water. lia. Qed.
(* proof artefact digest {look('sha1', g.sha1())} *)
"""


@T("agda_ci_agda", "modelling / proofs / docs", "agda", "src/Ferry/Schedule.agda")
def agda_ci_agda(g):
    return f"""module Ferry.Schedule where

-- Docs site deploy: user docs, password {lab('PASSWORD', 'docs_deploy_password', g.pw('plain'))}
-- to {lab('IP_ADDRESS', 'docs_host_ip', maybe_v6(g, 0.5))}; questions to {lab('EMAIL', 'docs_owner_email', g.email())}
-- (test copy on {look('private_ip', g.private_ip())}, library {look('version', g.version())})

open import Data.Nat using (ℕ; zero; suc; _+_)

departures : ℕ → ℕ
departures zero    = 0
departures (suc n) = 2 + departures n
"""


@T("varnish_purge_vcl", "modelling / proofs / docs", "vcl", "cache/default.vcl")
def varnish_purge_vcl(g):
    return f"""vcl 4.1;

backend default {{
    .host = "{look('private_ip', g.private_ip())}";
    .port = "8080";
}}

acl purgers {{
    "{lab('IP_ADDRESS', 'purger_ip', g.ipv4())}";
    "{lab('IP_ADDRESS', 'purger_ip', g.ipv6())}";
    "{look('loopback_ip', '127.0.0.1')}";
}}

sub vcl_recv {{
    if (req.method == "PURGE") {{
        if (!client.ip ~ purgers || req.http.X-Purge-Key != "{lab('KEY', 'purge_key', g.alnum(32))}") {{
            return (synth(405, "Not allowed"));
        }}
        return (purge);
    }}
}}
# questions: {lab('EMAIL', 'cache_admin_email', g.email())}
"""


@T("vyper_payout_vy", "modelling / proofs / docs", "vyper", "contracts/prize_pool.vy")
def vyper_payout_vy(g):
    return f"""# @version ^0.3.10
# Prize pool for the orienteering league (testnet only).
# deploy: RPC https://rpc.testnet-node.io/v1/{lab('KEY', 'rpc_api_key', g.hex(32))}
# deployer key lives in the treasurer's wallet, NOT here. Old test key (revoked?): {lab('KEY', 'deployer_private_key', '0x' + g.hex(64))}
# contact {lab('EMAIL', 'treasurer_email', g.email())}

owner: public(address)
pool: public(uint256)

@external
def __init__():
    self.owner = msg.sender

@external
@payable
def enter():
    self.pool += msg.value
# league registry: {look('contract_address', '0x' + g.hex(40))}
"""


@T("heptagon_weir_ept", "modelling / proofs / docs", "heptagon", "weir/controller.ept")
def heptagon_weir_ept(g):
    return f"""(* weir gate controller, mill pond trust
   telemetry goes to {lab('IP_ADDRESS', 'telemetry_ip', g.ipv4())}, user weir, password {lab('PASSWORD', 'telemetry_password', g.pw('plain'))}
   alarm e-mails: {lab('EMAIL', 'alarm_email', g.email())}
   PLC on {look('private_ip', g.private_ip())} *)
node gate(level, max_level: int) returns (o: bool)
let
  o = level > max_level
tel
"""


@T("esterel_sluice_strl", "modelling / proofs / docs", "esterel", "canal/sluice.strl")
def esterel_sluice_strl(g):
    return f"""% sluice sequencing for the canal society's demo lock
% remote panel: {lab('IP_ADDRESS', 'remote_panel_ip', maybe_v6(g, 0.5))}, panel key {lab('KEY', 'panel_key', g.hex(24))}
% lock keeper: {lab('EMAIL', 'lock_keeper_email', g.email())}
module Sluice:
input UpperOpen, LowerOpen, Level;
output Alarm;
loop
  await UpperOpen;
  present LowerOpen then emit Alarm end
end loop
end module
% build {look('version', g.version())}
"""


@T("futhark_bench_fut", "modelling / proofs / docs", "futhark", "bench/wave.fut")
def futhark_bench_fut(g):
    return f"""-- Wave height model for the surf school forecast page.
-- Benchmarks are uploaded to {lab('IP_ADDRESS', 'bench_server_ip', g.ipv4())} with token {lab('KEY', 'bench_token', g.b64url(40))}
-- ==
-- entry: main
-- random input {{ [1000]f32 }}
-- owner: {lab('EMAIL', 'owner_email', g.email())}

def main (xs: []f32): f32 =
  reduce (+) 0 (map (\\x -> x * x) xs)
-- dataset checksum {look('sha256', g.sha256())}
"""


# -------------------------------------------------------------------------------------------- unusual formats
@T("igc_flight_header", "unusual format", "igc", "gliding/flights/2025-06-14-XCS-0F3.igc")
def igc_flight_header(g):
    return f"""AXCSAAA
HFDTEDATE:140625,01
HFPLTPILOTINCHARGE:Oskar Nordgren
HFGTYGLIDERTYPE:ASK 21
HFGIDGLIDERID:D-{g.r.randint(1000, 9999)}
HFFTYFRTYPE:XCSOAR,XCSOAR {look('version', g.version())}
HFCIDCOMPETITIONID:{g.upper_alnum(2)}
LXCSCONTACT:{lab('EMAIL', 'pilot_email', g.email())}
LXCSUPLOAD:{lab('IP_ADDRESS', 'upload_server_ip', g.ipv4())} TOKEN {lab('KEY', 'upload_token', g.upper_alnum(24))}
LXCSLAN:{look('private_ip', g.private_ip())}
B1012345206123N00712345EA0050000612
B1012455206130N00712350EA0051200625
G{look('security_record', g.upper_alnum(32))}
"""


@T("pgn_club_game", "unusual format", "pgn", "chess/club-night.pgn")
def pgn_club_game(g):
    return f"""[Event "Club night rapid"]
[Site "Harbour Chess Club"]
[Date "2025.11.04"]
[Round "3"]
[White "Quirin Iversen"]
[Black "Sigrun Haldane"]
[Result "1-0"]
[Annotator "{lab('EMAIL', 'annotator_email', g.email())}"]

{{Broadcast relay for this round ran on {lab('IP_ADDRESS', 'relay_ip', maybe_v6(g, 0.4))}; board
account password {lab('PASSWORD', 'broadcast_board_password', g.pw('plain'))}, API token
{lab('KEY', 'broadcast_api_token', g.alnum(24))}. DGT board on {look('private_ip', g.private_ip())}.}}
1. e4 e5 2. Nf3 Nc6 3. Bb5 a6 4. Ba4 Nf6 5. O-O Be7 6. Re1 b5 7. Bb3 d6 {{game id {look('game_id', g.alnum(8))}}}
8. c3 O-O 9. h3 1-0
"""


@T("musicxml_score_xml", "unusual format", "xml", "carillon/evensong-arrangement.musicxml")
def musicxml_score_xml(g):
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<score-partwise version="4.0">
  <work><work-title>Evensong for carillon</work-title></work>
  <identification>
    <creator type="arranger">Nanna Lindqvist</creator>
    <rights>Contact {lab('EMAIL', 'arranger_email', g.email())}</rights>
    <encoding>
      <software>engraver {look('version', g.version())}</software>
      <miscellaneous>
        <miscellaneous-field name="upload-host">{lab('IP_ADDRESS', 'score_library_ip', g.ipv4())}</miscellaneous-field>
        <miscellaneous-field name="upload-key">{lab('KEY', 'score_library_key', g.hex(32))}</miscellaneous-field>
        <miscellaneous-field name="tower-console">{look('private_ip', g.private_ip())}</miscellaneous-field>
      </miscellaneous>
    </encoding>
  </identification>
  <part-list><score-part id="P1"><part-name>Carillon</part-name></score-part></part-list>
  <part id="P1"><measure number="1"><note><pitch><step>G</step><octave>4</octave></pitch><duration>4</duration></note></measure></part>
</score-partwise>
"""


@T("place_notation_txt", "unusual format", "text", "tower/methods-practice.txt")
def place_notation_txt(g):
    return f"""# practice night methods, loaded into the simulator
# simulator web UI {look('private_ip', g.private_ip())}, remote access {lab('IP_ADDRESS', 'simulator_remote_ip', g.ipv4())}
# remote login: ringer / {lab('PASSWORD', 'simulator_password', g.pw('plain'))}
# method library sync key {lab('KEY', 'method_library_key', g.hex(32))}
# send corrections to {lab('EMAIL', 'ringing_master_email', g.email())}
Plain Bob Doubles        &5.1.5.1.5,125
Grandsire Doubles        3,1.5.1.5.1
Stedman Doubles          3.1.5.3.1.3.1.3.5.1.3.1
Cambridge Surprise Minor &-36-14-12-36-14-56,12
"""


@T("pls_stream_playlist", "unusual format", "pls", "ward/bedside-audio.pls")
def pls_stream_playlist(g):
    return f"""[playlist]
NumberOfEntries=2
File1=http://source:{lab('PASSWORD', 'stream_source_password', g.pw('url'))}@{lab('IP_ADDRESS', 'stream_server_ip', g.ipv4())}:8000/live
Title1=Ward bedside audio (source login, studio only)
Length1=-1
File2=http://{look('private_ip', g.private_ip())}:8000/ward
Title2=Ward bedside audio (LAN relay)
Length2=-1
Version=2
; studio contact {lab('EMAIL', 'studio_manager_email', g.email())}
"""


@T("lrc_lyrics", "unusual format", "lrc", "singers/lyrics/harvest-home.lrc")
def lrc_lyrics(g):
    return f"""[ti:Harvest Home]
[ar:Valley Harvest Singers]
[by:{lab('EMAIL', 'lrc_author_email', g.email())}]
[re:lyric sync tool {look('version', g.version())}]
[#:upload key {lab('KEY', 'lyrics_upload_key', g.alnum(32))} to {lab('IP_ADDRESS', 'lyrics_server_ip', maybe_v6(g, 0.5))}]
[00:01.20]Come, ye thankful people, come
[00:05.80]Raise the song of harvest home
[00:10.40]All is safely gathered in
[00:14.90]Ere the winter storms begin
"""


@T("tmx_memory_xml", "unusual format", "xml", "museum/labels.tmx")
def tmx_memory_xml(g):
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<tmx version="1.4">
  <header creationtool="labelcat" creationtoolversion="{look('version', g.version())}" datatype="plaintext"
          segtype="sentence" adminlang="en" srclang="en" o-tmf="labelcat">
    <note>Sync to {lab('IP_ADDRESS', 'tm_server_ip', g.ipv4())} as {lab('EMAIL', 'translator_email', g.email())}, password {lab('PASSWORD', 'tm_server_password', g.pw('quoted'))}</note>
    <note>API key {lab('KEY', 'tm_api_key', g.hex(32))}; local cache {look('private_ip', g.private_ip())}</note>
  </header>
  <body>
    <tu><tuv xml:lang="en"><seg>Whaling harpoon, about 1860.</seg></tuv><tuv xml:lang="nb"><seg>Hvalharpun, omkring 1860.</seg></tuv></tu>
  </body>
</tmx>
"""


@T("xliff_strings_xml", "unusual format", "xml", "app/locale/cy.xlf")
def xliff_strings_xml(g):
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<xliff version="1.2">
  <file source-language="en" target-language="cy" datatype="plaintext" original="tide-app">
    <header>
      <note from="pm">Vendor portal login {lab('EMAIL', 'vendor_portal_email', g.email())} / {lab('PASSWORD', 'vendor_portal_password', g.pw('quoted'))}</note>
    </header>
    <body>
      <trans-unit id="low_water"><source>Low water</source><target>Distyll</target></trans-unit>
      <trans-unit id="api_note"><source>Server: {lab('IP_ADDRESS', 'app_server_ip', g.ipv4())}</source>
        <note>Do not translate. Key {lab('KEY', 'app_api_key', g.b64url(40))}, id {look('uuid', g.uuid())}</note></trans-unit>
    </body>
  </file>
</xliff>
"""


@T("gerber_comments_gbr", "unusual format", "gerber", "hardware/hive-scale-B_Cu.gbr")
def gerber_comments_gbr(g):
    return f"""G04 hive scale board, bottom copper*
G04 fab upload account {lab('EMAIL', 'fab_account_email', g.email())}*
G04 fab API key {lab('KEY', 'fab_api_key', g.hex(32))}*
G04 panel server {lab('IP_ADDRESS', 'panel_server_ip', g.ipv4())} local {look('private_ip', g.private_ip())}*
G04 design rev {look('short_sha', g.short_sha())}*
%FSLAX46Y46*%
%MOMM*%
%ADD10C,0.250000*%
D10*
X100000000Y50000000D02*
X120000000Y50000000D01*
M02*
"""


@T("excellon_drill_drl", "unusual format", "excellon", "hardware/hive-scale.drl")
def excellon_drill_drl(g):
    return f"""M48
; DRILL file, hive scale rev B
; order portal {lab('EMAIL', 'order_portal_email', g.email())} / {lab('PASSWORD', 'order_portal_password', g.pw('plain'))}
; uploaded from {look('private_ip', g.private_ip())} via {lab('IP_ADDRESS', 'upload_gateway_ip', g.ipv4())}
FMAT,2
METRIC,TZ
T1C0.800
T2C1.000
%
G90
G05
T1
X10.16Y5.08
X12.7Y5.08
M30
"""


@T("finger_plan", "unusual format", "text", "home/warden/.plan")
def finger_plan(g):
    return f"""Hut warden, summer season.

Bookings: {lab('EMAIL', 'bookings_email', g.email('glencoyhut.org.uk'))}
Solar logger: {look('private_ip', g.private_ip())}
Link relay: {lab('IP_ADDRESS', 'link_relay_ip', maybe_v6(g, 0.5))}

Note to self: the booking page login is still {lab('PASSWORD', 'booking_page_password', g.pw('prose'))}.
Change it when the season ends.
"""


@T("xschem_sch", "modelling / proofs / docs", "xschem", "chip/bandgap.sch")
def xschem_sch(g):
    return f"""v {{xschem version={look('version', g.version())} file_version=1.2}}
G {{}}
K {{}}
V {{}}
S {{}}
E {{}}
T {{shuttle portal: {lab('EMAIL', 'shuttle_portal_email', g.email())}}} -300 -400 0 0 0.3 0.3 {{}}
T {{portal password {lab('PASSWORD', 'shuttle_portal_password', g.pw('plain'))}}} -300 -370 0 0 0.3 0.3 {{}}
T {{sim farm {lab('IP_ADDRESS', 'sim_farm_ip', g.ipv4())} key {lab('KEY', 'sim_farm_key', g.hex(32))}}} -300 -340 0 0 0.3 0.3 {{}}
N -120 -80 -40 -80 {{lab=vref}}
C {{res.sym}} -120 -40 0 0 {{name=R1 value=10k}}
"""


@T("klayout_macro_lym", "modelling / proofs / docs", "xml", "chip/drc_upload.lym")
def klayout_macro_lym(g):
    return f"""<?xml version="1.0" encoding="utf-8"?>
<klayout-macro>
 <description>Upload DRC report</description>
 <version/>
 <category/>
 <autorun>false</autorun>
 <interpreter>dsl</interpreter>
 <dsl-interpreter-name>drc-dsl-xml</dsl-interpreter-name>
 <text># report server {lab('IP_ADDRESS', 'report_server_ip', g.ipv4())}, token {lab('KEY', 'report_token', g.b64url(40))}
# reviewer {lab('EMAIL', 'reviewer_email', g.email())}
# lab server {look('private_ip', g.private_ip())}
report("DRC")
met1 = input(68, 20)
met1.width(0.15).output("met1 width")
</text>
</klayout-macro>
"""


@T("ngspice_cir", "modelling / proofs / docs", "ngspice", "chip/ldo_tb.cir")
def ngspice_cir(g):
    return f"""* LDO testbench
* results pushed to {lab('IP_ADDRESS', 'results_db_ip', g.ipv4())} (user sim, password {lab('PASSWORD', 'results_db_password', g.pw('plain'))})
* owner {lab('EMAIL', 'owner_email', g.email())}, license server {look('private_ip', g.private_ip())}
V1 in 0 DC 3.3
R1 in out 1k
C1 out 0 1u
.control
tran 1u 1m
shell curl -s -H "X-Key: {lab('KEY', 'results_api_key', g.hex(32))}" -F f=@ldo.raw http://results.lab/upload
.endc
.end
"""


@T("yosys_synth_sh", "modelling / proofs / docs", "shell", "chip/synth.sh")
def yosys_synth_sh(g):
    return f"""#!/bin/sh
# Synthesise the tide-clock macro and push the netlist to the lab's signoff server.
yosys -p "read_verilog rtl/tideclock.v; synth -top tideclock; abc -liberty lib/cells.lib; write_verilog out/netlist.v"
sshpass -p '{lab('PASSWORD', 'signoff_ssh_password', g.pw('shell'))}' scp out/netlist.v lab@{lab('IP_ADDRESS', 'signoff_server_ip', g.ipv4())}:/srv/signoff/
# the server's LAN address when you are in the lab: {look('private_ip', g.private_ip())}
# notify {lab('EMAIL', 'lab_manager_email', g.email())}, netlist sha {look('sha256', g.sha256())}
"""


# ------------------------------------------------------------------------------------------------------ logs
@T("winch_launch_log", "log", "log", "gliding/winch/launch-2025-08-02.log")
def winch_launch_log(g):
    ip = g.ipv4()
    return f"""2025-08-02 09:58:01 winchctl {look('version', g.version())} starting, controller at {look('private_ip', g.private_ip())}
2025-08-02 09:58:02 telemetry: connecting to {lab('IP_ADDRESS', 'telemetry_ip', ip)}:7020
2025-08-02 09:58:02 telemetry: auth key={lab('KEY', 'telemetry_key', g.hex(32))} ok
2025-08-02 10:14:33 launch 1 cable 1 peak 4.1 kN height 412 m
2025-08-02 10:31:05 launch 2 cable 2 weak link break at 180 m
2025-08-02 10:31:06 alert mailed to {lab('EMAIL', 'winch_alert_email', g.email())}
2025-08-02 11:02:47 remote session from {lab('IP_ADDRESS', 'remote_session_ip', maybe_v6(g, 0.5))} user=winch pass={lab('PASSWORD', 'winch_remote_password', g.pw('shell'))}
"""


@T("marina_gate_log", "log", "log", "marina/gatectl.log")
def marina_gate_log(g):
    return f"""[2025-07-19T06:00:00Z] INFO gatectl boot, build {look('short_sha', g.short_sha())}
[2025-07-19T06:00:01Z] INFO cloud link {lab('IP_ADDRESS', 'cloud_link_ip', g.ipv4())} using device secret {lab('KEY', 'device_secret', g.b64(44))}
[2025-07-19T07:12:40Z] INFO fob {look('fob_id', g.hex(8, upper=True))} pontoon B opened
[2025-07-19T07:40:02Z] WARN admin login failed from {lab('IP_ADDRESS', 'admin_login_ip', g.ipv4())}
[2025-07-19T07:40:09Z] DEBUG admin login ok user=harbourmaster password={lab('PASSWORD', 'gate_admin_password', g.pw('shell'))}
[2025-07-19T07:41:00Z] INFO report sent to {lab('EMAIL', 'harbourmaster_email', g.email('kinsalemarina.ie'))}
[2025-07-19T07:41:01Z] INFO lan peer {look('private_ip', g.private_ip())} ok
"""


@T("weather_upload_log", "log", "log", "station/uploader.log")
def weather_upload_log(g):
    k = g.hex(32)
    return f"""uploader {look('version', g.version())} pid 2211
GET https://api.stationnet.org/v2/current?station={look('station_id', str(g.r.randint(100000, 999999)))}&api-key={lab('KEY', 'station_api_key', k)} 200 88ms
POST http://{lab('IP_ADDRESS', 'mirror_ip', g.ipv4())}/ingest 502 1203ms
retrying via {lab('IP_ADDRESS', 'mirror_ip_v6', g.ipv6())} ... ok
smtp auth {lab('EMAIL', 'station_mail_email', g.email())} {lab('PASSWORD', 'station_mail_password', g.pw('shell'))} -> 235
logger {look('private_ip', g.private_ip())} clock drift 3s
"""


@T("kennel_door_log", "log", "log", "kennel/door-controller.log")
def kennel_door_log(g):
    return f"""Nov 12 05:30:02 doorctl[412]: starting, firmware {look('version', g.version())}, mac {look('mac_address', g.mac())}
Nov 12 05:30:03 doorctl[412]: booking API token {lab('KEY', 'booking_api_token', g.alnum(40))}
Nov 12 05:30:03 doorctl[412]: upstream {lab('IP_ADDRESS', 'upstream_ip', g.ipv4())} reachable
Nov 12 06:45:10 doorctl[412]: run 4 opened for drop-off (staff {lab('EMAIL', 'staff_email', g.email())})
Nov 12 06:45:11 doorctl[412]: camera {look('private_ip', g.private_ip())} snapshot saved
Nov 12 07:02:55 doorctl[412]: maintenance PIN changed to {lab('PASSWORD', 'maintenance_pin', g.chars('0123456789', g.r.randint(4, 8)))}
"""


@T("planetarium_show_log", "log", "log", "planetarium/showctl.log")
def planetarium_show_log(g):
    return f"""I 19:00:00 showctl: dome bridge {look('private_ip', g.private_ip())} connected
I 19:00:01 showctl: content server {lab('IP_ADDRESS', 'content_server_ip', maybe_v6(g, 0.5))} login presenter/{lab('PASSWORD', 'content_server_password', g.pw('shell'))}
I 19:00:02 showctl: licence check key={lab('KEY', 'licence_key', g.upper_alnum(25))}
W 19:20:43 showctl: projector 2 lamp hours high
I 19:45:00 showctl: show report to {lab('EMAIL', 'show_report_email', g.email('northmoorastro.org'))}
I 19:45:00 showctl: schedule id {look('uuid', g.uuid())}
"""


@T("ferry_booking_jsonl", "log", "jsonl", "ferry/booking-api.jsonl")
def ferry_booking_jsonl(g):
    rows = [
        {"ts": "2025-05-01T08:00:01Z", "lvl": "info", "msg": "start", "version": look('version', g.version())},
        {"ts": "2025-05-01T08:00:02Z", "lvl": "debug", "msg": "payments relay configured",
         "relay": lab('IP_ADDRESS', 'relay_ip', g.ipv4()), "relay_key": lab('KEY', 'relay_key', g.hex(40))},
        {"ts": "2025-05-01T08:12:40Z", "lvl": "info", "msg": "booking", "passenger": lab('EMAIL', 'passenger_email', g.email()),
         "client_ip": lab('IP_ADDRESS', 'client_ip', maybe_v6(g, 0.5))},
        {"ts": "2025-05-01T08:13:00Z", "lvl": "warn", "msg": "db reconnect", "db": look('private_ip', g.private_ip())},
        {"ts": "2025-05-01T08:13:01Z", "lvl": "debug", "msg": "db dsn",
         "dsn": "host=db.internal user=ferry password=" + lab('PASSWORD', 'db_password', g.pw('url')) + " dbname=bookings"},
    ]
    return "\n".join(json.dumps(r, ensure_ascii=False) for r in rows) + "\n"


@T("dive_compressor_log", "log", "log", "diveshop/compressor.log")
def dive_compressor_log(g):
    return f"""2025-06-03 08:00 compressor monitor {look('version', g.version())} online ({look('private_ip', g.private_ip())})
2025-06-03 08:00 cloud: {lab('IP_ADDRESS', 'cloud_ip', g.ipv4())} token {lab('KEY', 'monitor_token', g.b64url(32))}
2025-06-03 09:14 fill 12L 232 bar, CO 0.4 ppm
2025-06-03 09:30 filter hours 41/50, notified {lab('EMAIL', 'shop_owner_email', g.email('seahorsediving.gr'))}
2025-06-03 09:31 service portal login owner:{lab('PASSWORD', 'service_portal_password', g.pw('shell'))} accepted
"""


# ------------------------------------------------------------------------------------------- chat and notes
@T("club_chat_export", "chat / notes", "text", "exports/committee-chat.txt")
def club_chat_export(g):
    a, b = g.name(), g.name()
    return f"""[03/03/2025, 19:02] {a[0]} {a[1]}: who has the login for the berth booking site?
[03/03/2025, 19:04] {b[0]} {b[1]}: {lab('EMAIL', 'berth_login_email', g.email())} / {lab('PASSWORD', 'berth_booking_password', g.pw('prose'))}
[03/03/2025, 19:04] {b[0]} {b[1]}: please don't forward it
[03/03/2025, 19:10] {a[0]} {a[1]}: thanks. the new CCTV box is {lab('IP_ADDRESS', 'cctv_public_ip', g.ipv4())} from outside, {look('private_ip', g.private_ip())} inside
[03/03/2025, 19:11] {a[0]} {a[1]}: installer left this key for the app: {lab('KEY', 'cctv_app_key', g.upper_alnum(20))}
[03/03/2025, 19:15] {b[0]} {b[1]}: the manual says use {look('reserved_email', g.reserved_email())} for testing, ignore that
"""


@T("mailing_list_digest", "chat / notes", "email", "lists/bee-assoc-digest-142.eml")
def mailing_list_digest(g):
    return f"""From: {lab('EMAIL', 'list_email', 'beekeepers-digest@wealdbeekeepers.org')}
To: {lab('EMAIL', 'subscriber_email', g.email())}
Subject: Bee association digest, Vol 14, Issue 2
Message-ID: <{look('uuid', g.uuid())}@{look('placeholder_host', 'lists.invalid')}>

Today's topics:
  1. Apiary scale readings (Eero Aaltonen)
  2. Shared extractor booking

----------------------------------------------------------------------
Message: 1
From: {lab('EMAIL', 'member_email', g.email())}

The scale hub is back online at {lab('IP_ADDRESS', 'scale_hub_ip', g.ipv4())}. If the dashboard asks,
the read-only password is {lab('PASSWORD', 'dashboard_password', g.pw('prose'))} and the feed key is
{lab('KEY', 'scale_feed_key', g.hex(32))}.

----------------------------------------------------------------------
Message: 2

The extractor calendar is on the village hall PC ({look('private_ip', g.private_ip())}).
"""


@T("noticeboard_ocr", "chat / notes", "text", "scans/clubhouse-noticeboard-ocr.txt")
def noticeboard_ocr(g):
    return f"""ROWING CLUB - BOATHOUSE NOTICES
-------------------------------
Erg room wifi: RiversideErgs   pass: {lab('PASSWORD', 'wifi_passphrase', g.pw('prose'))}
Boat booking queries -> {lab('EMAIL', 'boat_captain_email', g.email('riversidemasters.rowing.org'))}
Erg results upload (coaches only): {lab('IP_ADDRESS', 'erg_upload_ip', g.ipv4())}  key {lab('KEY', 'erg_upload_key', g.alnum(16))}
Printer: {look('private_ip', g.private_ip())}
Safety officer: see rota
"""


@T("voicemail_transcript", "chat / notes", "text", "office/voicemail-0412.txt")
def voicemail_transcript(g):
    return f"""Voicemail transcript (automatic, may contain errors)
From: +44 {g.r.randint(1000, 9999)} {g.r.randint(100000, 999999)}   Duration: 0:52

"Hi, it's the installer about the solar logger at the hut. I've reset it and changed the admin password.
I'll text you the details now. Cheers."

Text message from the same number, two minutes later:
new admin password {lab('PASSWORD', 'solar_logger_password', g.pw('prose'))}
outside address {lab('IP_ADDRESS', 'solar_logger_ip', maybe_v6(g, 0.5))} (inside still {look('private_ip', g.private_ip())})
email me at {lab('EMAIL', 'installer_email', g.email())} if the portal key {lab('KEY', 'portal_key', g.hex(24))} doesn't work
"""


@T("sms_backup_xml", "chat / notes", "xml", "phone/sms-export.xml")
def sms_backup_xml(g):
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<smses count="3">
  <sms address="+3538{g.r.randint(10000000, 99999999)}" date="1741024800000" type="1"
       body="Gate code for the marina this week is {lab('PASSWORD', 'gate_code', g.chars('0123456789', g.r.randint(4, 6)))}"/>
  <sms address="+3538{g.r.randint(10000000, 99999999)}" date="1741025100000" type="1"
       body="Fuel dock app key: {lab('KEY', 'fuel_dock_app_key', g.alnum(32))} (from {lab('EMAIL', 'fuel_dock_email', g.email())})"/>
  <sms address="+3538{g.r.randint(10000000, 99999999)}" date="1741025400000" type="2"
       body="Thanks. Router is {lab('IP_ADDRESS', 'router_public_ip', g.ipv4())}, inside {look('private_ip', g.private_ip())}"/>
</smses>
"""


@T("committee_minutes_md", "chat / notes", "markdown", "minutes/2025-02-committee.md")
def committee_minutes_md(g):
    return f"""# Committee minutes, February

Present: chair, treasurer, hut warden, bookings secretary.

1. **Bookings system.** The hosting company moved us to {lab('IP_ADDRESS', 'hosting_ip', g.ipv4())}. Admin login is
   now {lab('EMAIL', 'bookings_admin_email', g.email('glencoyhut.org.uk'))} with password `{lab('PASSWORD', 'bookings_admin_password', g.pw('prose'))}`.
   ACTION: treasurer to move it into the password manager and delete it from these minutes.
2. **Card reader.** Merchant key `{lab('KEY', 'merchant_key', g.alnum(32))}` was sent by mail; it should be rotated.
3. **Solar.** Controller on {look('private_ip', g.private_ip())} runs firmware {look('version', g.version())}.
4. AOB: the vendor's sample config lists {look('reserved_email', g.reserved_email())}; not ours.
"""


# ------------------------------------------------------------------------------------------------- notebooks
def nb(cells):
    out = []
    for kind, src in cells:
        c = {"cell_type": kind, "metadata": {}, "source": src.splitlines(True)}
        if kind == "code":
            c["execution_count"] = None
            c["outputs"] = []
        out.append(c)
    return js({"cells": out, "metadata": {"language_info": {"name": "python"}}, "nbformat": 4,
               "nbformat_minor": 5})


@T("ipynb_station_rain", "notebook", "ipynb", "notebooks/station-rainfall.ipynb")
def ipynb_station_rain(g):
    return nb([
        ("markdown", "# Rainfall at the pier-head station\nOwner: " + lab('EMAIL', 'notebook_owner_email', g.email())),
        ("code", "import pandas as pd\n"
                 f"API_KEY = \"{lab('KEY', 'weatherlink_api_key', g.lower_alnum(32))}\"\n"
                 f"API_SECRET = \"{lab('KEY', 'weatherlink_api_secret', g.lower_alnum(32))}\"\n"
                 f"ARCHIVE = \"http://{lab('IP_ADDRESS', 'archive_ip', g.ipv4())}:8000/rain.csv\"\n"
                 f"LOGGER = \"{look('private_ip', g.private_ip())}\""),
        ("code", "df = pd.read_csv(ARCHIVE)\ndf.resample('D').sum()"),
    ])


@T("ipynb_erg_scores", "notebook", "ipynb", "notebooks/erg-scores.ipynb")
def ipynb_erg_scores(g):
    return nb([
        ("markdown", "## Winter erg tests\nData from the logbook export."),
        ("code", f"CLIENT_ID = \"{lab('KEY', 'concept2_client_id', g.alnum(40))}\"\n"
                 f"CLIENT_SECRET = \"{lab('KEY', 'concept2_client_secret', g.alnum(40))}\"\n"
                 f"NAS_PASSWORD = \"{lab('PASSWORD', 'nas_password', g.pw('quoted_sp'))}\"\n"
                 f"NAS = \"{lab('IP_ADDRESS', 'nas_ip', maybe_v6(g, 0.5))}\"\n"
                 f"COACH = \"{lab('EMAIL', 'coach_email', g.email())}\""),
        ("code", f"RUN_ID = \"{look('uuid', g.uuid())}\"  # not secret"),
    ])


@T("ipynb_hive_weights", "notebook", "ipynb", "notebooks/hive-weights.ipynb")
def ipynb_hive_weights(g):
    return nb([
        ("markdown", "# Hive weight curves\nNectar flow starts when the daily gain exceeds 0.5 kg."),
        ("code", f"TOKEN = \"{lab('KEY', 'broodminder_api_key', g.hex(32))}\"\n"
                 f"HUB = \"{lab('IP_ADDRESS', 'scale_hub_ip', g.ipv4())}\"\n"
                 f"SHARE_WITH = [\"{lab('EMAIL', 'share_email', g.email())}\", \"{look('reserved_email', g.reserved_email())}\"]\n"
                 f"DB_URL = \"postgresql://bees:{lab('PASSWORD', 'db_password', g.pw('url'))}@{look('private_ip', g.private_ip())}/hives\""),
        ("code", "weights.plot()"),
    ])


# ----------------------------------------------------------------------------------- more clubs and crafts
@T("lifeboat_pager_ini", "clubs outdoors", "ini", "station/pager-gateway.ini")
def lifeboat_pager_ini(g):
    return f"""[gateway]
name = Lifeboat station pager gateway
listen = {look('private_ip', g.private_ip())}
firmware = {look('version', g.version())}

[upstream]
host = {lab('IP_ADDRESS', 'upstream_host', g.ipv4())}
username = station{g.r.randint(10, 99)}
password = {lab('PASSWORD', 'upstream_password', g.pw('ini'))}
api_key = {lab('KEY', 'pager_api_key', g.hex(32))}

[notify]
coxswain = {lab('EMAIL', 'coxswain_email', g.email())}
ops = {lab('EMAIL', 'ops_email', g.role_email('harbourlifeboat.org.uk', ('ops', 'launch', 'station')))}
"""


@T("aquarium_dosing_dts", "clubs outdoors", "devicetree", "aquarium/dosing-overlay.dts")
def aquarium_dosing_dts(g):
    return f"""/dts-v1/;
/plugin/;

/* reef tank dosing pumps, public aquarium workshop
 * telemetry: {lab('IP_ADDRESS', 'telemetry_ip', g.ipv4())}, key {lab('KEY', 'telemetry_key', g.hex(32))}
 * curator: {lab('EMAIL', 'curator_email', g.email())}
 * bench controller {look('private_ip', g.private_ip())}
 */
/ {{
    fragment@0 {{
        target = <&i2c1>;
        __overlay__ {{
            dosing@40 {{
                compatible = "reeflab,doser4";
                reg = <0x40>;
                status = "okay";
            }};
        }};
    }};
}};
"""


@T("hydroponics_greenhouse_toml", "clubs outdoors", "toml", "greenhouse/controller.toml")
def hydroponics_greenhouse_toml(g):
    return f"""# community greenhouse, NFT channels
[controller]
id = "{look('uuid', g.uuid())}"
lan = "{look('private_ip', g.private_ip())}"

[cloud]
endpoint = "{lab('IP_ADDRESS', 'cloud_endpoint_ip', maybe_v6(g, 0.5))}"
device_key = "{lab('KEY', 'device_key', g.b64(44))}"

[alerts]
to = ["{lab('EMAIL', 'grower_email', g.email())}", "{lab('EMAIL', 'volunteer_email', g.email())}"]
smtp_password = "{lab('PASSWORD', 'smtp_password', g.pw('quoted'))}"
"""


@T("escape_room_sdl", "clubs outdoors", "sdlang", "rooms/lighthouse-room.sdlang")
def escape_room_sdl(g):
    return f"""// lighthouse escape room prop controller
room "lighthouse" {{
    controller host="{look('private_ip', g.private_ip())}" firmware="{look('version', g.version())}"
    booking-sync url="https://{lab('IP_ADDRESS', 'booking_sync_ip', g.ipv4())}/sync" token="{lab('KEY', 'booking_sync_token', g.alnum(40))}"
    gm-panel password="{lab('PASSWORD', 'gm_panel_password', g.pw('quoted'))}"
    owner "{lab('EMAIL', 'owner_email', g.email())}"
    prop "lens" pin=17
    prop "foghorn" pin=22
}}
"""


@T("velodrome_timing_ucl", "clubs outdoors", "ucl", "velodrome/timing.conf")
def velodrome_timing_ucl(g):
    return f"""# track timing relay
timing {{
    loops = 4;
    decoder = "{look('private_ip', g.private_ip())}";
}}
results {{
    server = "{lab('IP_ADDRESS', 'results_server_ip', g.ipv4())}";
    user = "timekeeper";
    password = "{lab('PASSWORD', 'results_password', g.pw('quoted'))}";
    key = "{lab('KEY', 'results_key', g.hex(40))}";
}}
contact = "{lab('EMAIL', 'commissaire_email', g.email())}";
"""


@T("karting_transponders_csv", "clubs outdoors", "csv", "karting/transponders.csv")
def karting_transponders_csv(g):
    rows = "\n".join(f"{i + 1},{look('transponder_id', str(g.r.randint(1000000, 9999999)))},{lab('EMAIL', 'driver_email', g.email())}"
                     for i in range(3))
    return f"""kart,transponder,driver_email
{rows}
# decoder upload: {lab('IP_ADDRESS', 'decoder_upload_ip', g.ipv4())} user club pass {lab('PASSWORD', 'decoder_upload_password', g.pw('ini'))}
"""


@T("rocketry_kconfig", "clubs outdoors", "kconfig", "rocketry/flight-computer/defconfig")
def rocketry_kconfig(g):
    return f"""# flight computer build for the club's high-power launch
CONFIG_TELEMETRY=y
CONFIG_TELEMETRY_GROUND_HOST="{lab('IP_ADDRESS', 'ground_station_ip', g.ipv4())}"
CONFIG_TELEMETRY_AUTH_KEY="{lab('KEY', 'telemetry_auth_key', g.hex(32))}"
CONFIG_WIFI_PSK="{lab('PASSWORD', 'wifi_passphrase', g.pw('quoted'))}"
CONFIG_RANGE_SAFETY_CONTACT="{lab('EMAIL', 'range_safety_email', g.email())}"
CONFIG_BENCH_HOST="{look('private_ip', g.private_ip())}"
CONFIG_BUILD_ID="{look('short_sha', g.short_sha())}"
# CONFIG_DEBUG_UART is not set
"""


@T("letterpress_shop_env", "clubs outdoors", "dotenv", "letterpress/shop.env")
def letterpress_shop_env(g):
    return f"""SHOP_NAME="Quoin & Chase Press"
SHOP_ADMIN={lab('EMAIL', 'shop_admin_email', g.email('quoinandchase.co.nz'))}
ADMIN_PASSWORD={lab('PASSWORD', 'shop_admin_password', g.pw('ini'))}
PAYMENT_SECRET={lab('KEY', 'payment_secret', 'sec_' + g.alnum(32))}
PAYMENT_PUBLIC={look('publishable_key', 'pub_' + g.alnum(32))}
POSTAGE_API_KEY={lab('KEY', 'postage_api_key', g.hex(32))}
IMAGE_CDN={lab('IP_ADDRESS', 'image_cdn_ip', g.ipv4())}
STUDIO_NAS={look('private_ip', g.private_ip())}
"""


@T("luthier_cnc_cfg", "clubs outdoors", "config", "workshop/cnc-sender.cfg")
def luthier_cnc_cfg(g):
    return f"""# CNC sender for the guitar workshop (neck pockets, fret slots)
machine.port = /dev/ttyACM0
machine.baud = 115200
remote.enabled = true
remote.bind = {look('private_ip', g.private_ip())}
remote.pin = {lab('PASSWORD', 'remote_pin', g.chars('0123456789', g.r.randint(4, 6)))}
cloud.host = {lab('IP_ADDRESS', 'cloud_host', g.ipv4())}
cloud.key = {lab('KEY', 'cloud_key', g.alnum(32))}
owner = {lab('EMAIL', 'owner_email', g.email())}
version = {look('version', g.version())}
"""


@T("mountain_rescue_callout_yaml", "clubs outdoors", "yaml", "team/callout.yaml")
def mountain_rescue_callout_yaml(g):
    return f"""# callout bridge for the rescue team
bridge:
  listen: {look('private_ip', g.private_ip())}
  upstream: {lab('IP_ADDRESS', 'upstream_ip', maybe_v6(g, 0.5))}
  api_key: {lab('KEY', 'callout_api_key', g.hex(40))}
  sms_gateway_password: {lab('PASSWORD', 'sms_gateway_password', g.pw('yaml'))}
team_leader: {lab('EMAIL', 'team_leader_email', g.email())}
test_recipient: {look('reserved_email', g.reserved_email())}
"""


@T("zoo_keeper_rota_csv", "clubs outdoors", "csv", "zoo/keeper-rota.csv")
def zoo_keeper_rota_csv(g):
    rows = "\n".join(f"{d},{g.pick(['otters', 'penguins', 'red pandas', 'lemurs'])},{lab('EMAIL', 'keeper_email', g.email())}"
                     for d in ("Mon", "Tue", "Wed"))
    return f"""day,section,keeper_email
{rows}
# rota app sync: {lab('IP_ADDRESS', 'rota_sync_ip', g.ipv4())} key {lab('KEY', 'rota_sync_key', g.alnum(32))}
# kiosk {look('private_ip', g.private_ip())}
"""


@T("seed_bank_eno", "clubs outdoors", "eno", "seedbank/catalogue.eno")
def seed_bank_eno(g):
    return f"""> seed bank catalogue sync
catalogue: heritage grains
version: {look('version', g.version())}

# sync
server: {lab('IP_ADDRESS', 'sync_server_ip', g.ipv4())}
account: {lab('EMAIL', 'sync_account_email', g.email())}
password: {lab('PASSWORD', 'sync_password', g.pw('plain'))}
api key: {lab('KEY', 'sync_api_key', g.hex(32))}

# local
scanner: {look('private_ip', g.private_ip())}
"""


@T("museum_archieml", "clubs outdoors", "archieml", "museum/exhibit-copy.aml")
def museum_archieml(g):
    return f"""headline: Whalers of the North Atlantic
byline: Collections team

[+body]
The harpoon gun in case 4 was made about 1860.
:end
[]

{{private}}
cms_host: {lab('IP_ADDRESS', 'cms_host_ip', g.ipv4())}
cms_user: {lab('EMAIL', 'cms_user_email', g.email())}
cms_password: {lab('PASSWORD', 'cms_password', g.pw('plain'))}
image_api_key: {lab('KEY', 'image_api_key', g.alnum(32))}
kiosk: {look('private_ip', g.private_ip())}
{{}}
"""


@T("chordpro_songbook", "clubs outdoors", "chordpro", "singers/songbook/harvest-home.cho")
def chordpro_songbook(g):
    return f"""{{title: Harvest Home}}
{{subtitle: arr. for the Valley Harvest Singers}}
# songbook build uploads to {lab('IP_ADDRESS', 'songbook_upload_ip', g.ipv4())} (user singers, password {lab('PASSWORD', 'songbook_upload_password', g.pw('plain'))})
# corrections to {lab('EMAIL', 'music_director_email', g.email())}
# print room printer {look('private_ip', g.private_ip())}
{{start_of_verse}}
[G]Come, ye thankful [C]people, [G]come
[Em]Raise the song of [D]harvest [G]home
{{end_of_verse}}
"""


# -------------------------------------------------------------------------------------------------- prose
@T("runbook_marina_move", "docs / prose", "markdown", "docs/runbook-marina-server-move.md")
def runbook_marina_move(g):
    old, new = g.ipv4(), maybe_v6(g, 0.5)
    return f"""# Runbook: moving the marina office server

1. Announce the outage to berth holders from {lab('EMAIL', 'marina_office_email', g.email('kinsalemarina.ie'))}.
2. Stop the berth booking service on the old box ({lab('IP_ADDRESS', 'old_server_ip', old)}).
3. Copy the database. The dump user is `berths` and its password is `{lab('PASSWORD', 'dump_password', g.pw('prose'))}`.
4. Restore on the new box ({lab('IP_ADDRESS', 'new_server_ip', new)}); the gate controller at
   {look('private_ip', g.private_ip())} must be re-paired with the key `{lab('KEY', 'gate_pairing_key', g.hex(32))}`.
5. Check the fuel dock app still logs in (it uses the shared account {lab('EMAIL', 'fuel_dock_account_email', g.email())}).
6. Do not copy the sample users (`{look('reserved_email', g.reserved_email())}`).

Software on the new box: booking service {look('version', g.version())}.
"""


@T("incident_wifi_poster", "docs / prose", "markdown", "docs/incident-2025-04-wifi-poster.md")
def incident_wifi_poster(g):
    return f"""# Incident: admin credentials printed on the open-day poster

**What happened.** The open-day poster for the planetarium was made from a screenshot of the show controller.
The screenshot showed the remote control password (`{lab('PASSWORD', 'remote_control_password', g.pw('prose'))}`) and the
content server's public address, {lab('IP_ADDRESS', 'content_server_ip', g.ipv4())}.
About 200 copies went out before {lab('EMAIL', 'volunteer_email', g.email())} noticed.

**What we did.** Changed the password, rotated the licence key (old key {lab('KEY', 'old_licence_key', g.upper_alnum(25))}),
and blocked remote access except from the office line {lab('IP_ADDRESS', 'office_line_ip', g.ipv6())}.

**What was not affected.** The dome bridge ({look('private_ip', g.private_ip())}) is not reachable from outside.
Report written by {lab('EMAIL', 'report_author_email', g.email('northmoorastro.org'))}.
"""


@T("volunteer_onboarding", "docs / prose", "markdown", "docs/volunteer-onboarding.md")
def volunteer_onboarding(g):
    return f"""# Welcome, new lock volunteers

You will get a rota invite from {lab('EMAIL', 'volunteer_coordinator_email', g.email())}. Until your own account
works, use the shared lock-keeper login: `lockkeeper` / `{lab('PASSWORD', 'shared_login_password', g.pw('prose'))}`.

The level sensors report to {lab('IP_ADDRESS', 'sensor_server_ip', maybe_v6(g, 0.5))}. The sluice panel in the hut is
{look('private_ip', g.private_ip())}; its app needs the key {lab('KEY', 'sluice_app_key', g.hex(24))}.

Examples in the manual use {look('reserved_email', g.reserved_email())} and {look('documentation_ip', g.testnet_ip())};
those are not real.
"""


@T("race_office_setup", "docs / prose", "text", "regatta/race-office-setup.txt")
def race_office_setup(g):
    return f"""RACE OFFICE SETUP (for whoever runs the laptop this season)

Results go up by FTP to {lab('IP_ADDRESS', 'results_ftp_ip', g.ipv4())}. The login is raceoffice and the password
is {lab('PASSWORD', 'results_ftp_password', g.pw('prose'))}. If it fails, ring the webmaster or mail
{lab('EMAIL', 'webmaster_email', g.email('lochsideyc.org.uk'))}.

The committee boat tracker pushes positions with the secret {lab('KEY', 'tracker_secret', g.alnum(32))}.
The laptop itself is {look('private_ip', g.private_ip())} on the clubhouse network. Scoring software
{look('version', g.version())}; do not upgrade mid-series.
"""


# Handover notes: (name, greeting, server word, password word, key word, email word, and-word, place, vendor kind,
# key shape, contact-language note). Greetings are common greetings as the author knew them; not checked with
# speakers.
NOTES = [
    ("yupik", "Waqaa", "server", "password", "key", "email", "and", "Bethel", "predictwind_api_key", "hex32"),
    ("mikmaq", "Kwe'", "server", "password", "key", "email", "and", "Eskasoni", "weatherlink_api_key", "lower32"),
    ("choctaw", "Halito", "server", "password", "key", "email", "and", "Tuskahoma", "eventor_api_key", "hex32"),
    ("kaqchikel", "Saqarik", "servidor", "clave de acceso", "clave", "correo", "y", "Iximché", "xola_api_key",
     "alnum32"),
    ("yapese", "Mogethin", "server", "password", "key", "email", "and", "Colonia", "hivetracks_token", "alnum40"),
    ("seychellois", "Bonzour", "server", "password", "key", "email", "and", "Praslin", "gingr_api_key", "hex32"),
    ("herero", "Moro", "server", "password", "key", "email", "and", "Okahandja", "weatherflow_token", "uuid"),
    ("kikongo", "Mbote", "serveur", "code d'accès", "clef", "courriel", "et", "MbanzaKongo", "concept2_client_secret",
     "alnum40"),
    ("kalasha", "Ishpata", "server", "password", "key", "email", "and", "Bumburet", "weglide_token", "b64url43"),
    ("ivatan", "Capian ka pa nu Dios", "server", "password", "key", "email", "and", "Sabtang", "ambient_api_key",
     "hex64"),
    ("blackfoot", "Oki", "server", "password", "key", "email", "and", "Browning", "petexec_client_secret", "alnum48"),
    ("potawatomi", "Bozho", "server", "password", "key", "email", "and", "Mayetta", "broodminder_api_key", "hex32"),
    ("innu", "Kuei", "serveur", "code d'accès", "clef", "courriel", "et", "Uashat", "peek_partner_token", "b64url48"),
    ("atikamekw", "Kwei", "serveur", "code d'accès", "clef", "courriel", "et", "Manawan", "livelox_secret", "b64_44"),
    ("abenaki", "Kwai", "server", "password", "key", "email", "and", "Wôlinak", "skylines_key", "upperhex16"),
    ("dakota", "Hau", "server", "password", "key", "email", "and", "Sisseton", "gingr_api_key", "hex32"),
]


def note_key(g, shape):
    return {"hex32": lambda: g.hex(32), "lower32": lambda: g.lower_alnum(32), "alnum32": lambda: g.alnum(32),
            "alnum40": lambda: g.alnum(40), "uuid": g.uuid, "b64url43": lambda: g.b64url(43),
            "hex64": lambda: g.hex(64), "alnum48": lambda: g.alnum(48), "b64url48": lambda: g.b64url(48),
            "b64_44": lambda: g.b64(44), "upperhex16": lambda: g.hex(16, upper=True)}[shape]()


def pw_native(g, place):
    return place + str(g.r.randint(10, 9999)) + g.pick("!#%*+=?~")


def make_note(row):
    name, greet, w_srv, w_pw, w_key, w_mail, w_and, place, vendor, shape = row

    def fn(g):
        srv = g.ipv6() if g.r.random() < 0.4 else g.ipv4()
        f, l = g.name()
        form = g.r.randint(0, 2)
        if form == 0:
            return f"""{greet} {f},

{w_srv}: {lab('IP_ADDRESS', 'note_server_ip', srv)}
{w_pw}: {lab('PASSWORD', 'pw_native', pw_native(g, place))}
{w_key}: {lab('KEY', vendor, note_key(g, shape))}
{w_mail}: {lab('EMAIL', 'note_email', g.email())}
Wi-Fi {w_and} {w_pw}: {lab('PASSWORD', 'wifi_passphrase', g.pw('prose'))}

(LAN {look('private_ip', g.private_ip())}, test {look('reserved_email', g.reserved_email())}, v{look('version', g.version())})
-- {l}
"""
        if form == 1:
            return f"""{greet}!

```
{w_srv} = {lab('IP_ADDRESS', 'note_server_ip', srv)}
{w_pw} = {lab('PASSWORD', 'pw_native', pw_native(g, place))}
{w_key} = {lab('KEY', vendor, note_key(g, shape))}
{w_mail} = {lab('EMAIL', 'note_email', g.email())}
```

{look('version', g.version())} / {look('uuid', g.uuid())} / {look('unique_local_ipv6', g.ula6())}
{f} {l}
"""
        return f"""{greet},

| | |
|---|---|
| {w_srv} | {lab('IP_ADDRESS', 'note_server_ip', srv)} |
| {w_pw} | {lab('PASSWORD', 'pw_native', pw_native(g, place))} |
| {w_key} | {lab('KEY', vendor, note_key(g, shape))} |
| {w_mail} | {lab('EMAIL', 'note_email', g.email())} |
| test | {look('documentation_ip', g.testnet_ip())} |
| {w_key} (docs) | {look('placeholder', '<' + w_key.replace(' ', '-') + '>')} |
| MAC | {look('mac_address', g.mac())} |

{f}
"""
    return fn


for _row in NOTES:
    T(f"note_{_row[0]}", "docs / prose", "markdown", f"notes/handover-{_row[0]}.md")(make_note(_row))
