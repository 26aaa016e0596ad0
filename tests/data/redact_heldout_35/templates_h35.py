"""Templates of the 35th held-out redaction set.

Each template takes a gen_h35.G and returns text with marked values.
"""
import json

from gen_h35 import mark

TEMPLATES = []


def T(name, group, lang, path):
    def deco(fn):
        TEMPLATES.append((name, group, lang, path, fn))
        return fn
    return deco


def uhost(g, kind="host", p6=0.2):
    """A host for a URL: IPv4, or a bracketed IPv6."""
    if g.r.random() < p6 * 0.55:
        return "[" + g.ip6(kind + "_v6") + "]"
    return g.ip4(kind)


OUT = "outdoor / waterside services"
CRAFT = "crafts / trades"
RADIO = "radio / flight / makers"
SYS = "desktop / system config"
GAME = "games"
BUILD = "build / packaging"
DOCS = "docs / data / markup"
LOG = "logs / chat / prose"
NOTE = "handover notes"


# ====================================================================== outdoor / waterside
@T("lighthouse_conky_conf", OUT, "conky", ".config/conky/lantern.conf")
def _(g):
    return f"""-- conky panel on the lighthouse lamp-room tablet
-- maintainer: {g.email(domain="lamproom-trust.org.uk")}
conky.config = {{
    alignment = 'top_right',
    update_interval = 5,
    own_window_type = 'desktop',
}}
-- lens rotation controller on the tower LAN: {g.priv_ip()}
-- fog-signal telemetry relay (public): {g.ip("relay", 0.3)}
conky.text = [[
${{color grey}}Lens RPM:$color ${{execi 10 curl -s -H 'X-Beacon-Key: {g.key("hex40", "beacon_api_key")}' http://{g.look("private_ip", g.priv_ip_raw())}/rpm}}
${{color grey}}Foghorn:$color ${{execi 30 curl -s -u keeper:{g.pw("shell")} http://lamp-ctl.local/horn}}
${{color grey}}Firmware:$color {g.version()}
]]
"""


@T("funicular_operator_xmobar", OUT, "xmobar", ".config/xmobar/funicular.hs")
def _(g):
    return f"""-- xmobar config for the funicular driver cab (upper station)
Config {{ font = "xft:DejaVu Sans Mono-10"
       , bgColor = "#1d2021"
       , position = TopW L 100
       , commands = [ Run Com "/usr/local/bin/cable-tension" ["--api", "https://{uhost(g, "cable_api")}/v2"
                                , "--token", "{g.key("b64url43", "cable_tension_token")}"] "tension" 50
                    , Run Com "/usr/local/bin/door-state" ["--pass", "{g.pw("quoted")}"] "doors" 20
                    , Run Date "%H:%M:%S" "date" 10
                    ]
       , template = "%tension% | %doors% }}{{ %date%"
       }}
-- ops contact {g.email(domain="bergbahn-tal.ch")}, cab tablet {g.mac()}
-- build {g.short_sha()}
"""


@T("ropeway_inspection_ris", OUT, "ris", "library/ropeway_inspection.ris")
def _(g):
    return f"""TY  - RPRT
AU  - {g.last().capitalize()}, {g.first().capitalize()}
TI  - Annual haul-rope inspection, Ropeway 3 (magnetic rope testing)
PY  - {g.n(2019, 2026)}
PB  - Mountain Ropeway Inspectorate
UR  - https://{uhost(g, "report_host")}/reports/mrt-{g.n(100, 999)}.pdf
N1  - Data export from the MRT unit: sftp inspector@{g.ip("sftp_host", 0.25)} password {g.pw("prose")}
N1  - Viewer licence key {g.key("licence5x5", "viewer_license_key")}
AD  - {g.email(domain="rope-inspect.at")}
DO  - 10.{g.n(1000, 9999)}/mrt.{g.n(2019, 2026)}.{g.n(10, 99)}
M3  - report id {g.uuid()}
ER  - 
"""


@T("regatta_results_djot", OUT, "djot", "site/results/autumn-regatta.dj")
def _(g):
    return f"""# Autumn regatta: results and race office notes

{{.note}}
::: note
Protest forms go to the race officer at {g.email(kind="email", domain="harbour-sailing-club.ie")}.
:::

| Class | Winner | Points |
|-------|--------|-------:|
| Laser | {g.first().capitalize()} {g.last().capitalize()} | {g.n(5, 20)} |
| 420   | {g.first().capitalize()} {g.last().capitalize()} | {g.n(5, 20)} |

Scoring laptop upload (for next year's volunteer):

``` sh
scp results.csv scorer@{uhost(g, "scoring_upload", 0.3)}:/srv/regatta/
# login password for scorer: {g.pw("plain")}
```

Tracking beacons post to the live map with key `{g.key("alnum32", "tracker_map_key")}`;
the start-line camera sits at {g.priv_ip()} on the committee boat. Site build {g.version()}.
"""


@T("curling_rink_ice_plant_ini", OUT, "ini", "etc/iceplant/rink.ini")
def _(g):
    return f"""; Curling rink ice plant controller
[plant]
name = Sheet A-D brine loop
brine_setpoint_c = -8.5
controller = {g.priv_ip()}

[remote]
; vendor remote support tunnel
endpoint = {g.ip("vendor_support", 0.25)}
port = 8443
user = rinktech
password = {g.pw("ini")}
api_key = {g.key("hex32", "iceplant_api_key")}

[alerts]
mail_to = {g.email(domain="curlingclub-perth.scot")}
mail_cc = {g.reserved_email()}

[firmware]
version = {g.version()}
serial = {g.serial()}
"""


@T("sauna_booking_hugo_md", OUT, "markdown", "content/sauna/booking.md")
def _(g):
    return f"""---
title: "Harbour sauna booking"
date: {g.n(2024, 2026)}-{g.n(1, 12):02d}-{g.n(1, 28):02d}
draft: false
params:
  bookingWidgetKey: "{g.key("sq0atp", "booking_payment_token")}"
  contact: "{g.email(domain="loylysauna.fi")}"
---

Book a slot below. The stove controller's dashboard (staff only) is at
`http://{g.look("private_ip", g.priv_ip_raw())}:8080`, and the door keypad code this month is {g.pin("door_pin")}.

{{{{< booking id="{g.uuid()}" >}}}}

For the webcam feed use `rtsp://cam:{g.pw("url")}@{uhost(g, "webcam", 0.2)}:554/stream1`.
"""


@T("canoe_hire_waybar_json", OUT, "json", ".config/waybar/config.json")
def _(g):
    d = {
        "layer": "top",
        "modules-left": ["custom/fleet", "clock"],
        "custom/fleet": {
            "exec": f"canoe-fleet --server https://{uhost(g, 'fleet_server')}/api --key {g.key('hex40', 'fleet_api_key')}",
            "interval": 60,
            "tooltip-format": f"Fleet tracker support: {g.email(domain='paddle-hire.co.uk')}",
        },
        "custom/till": {
            "exec": f"till-status --user hire --password {g.pw('shell')}",
            "interval": 300,
        },
        "clock": {"format": "{:%H:%M}"},
        "_comment": f"tablet {g.mac()} on dock LAN {g.priv_ip()}, config {g.short_sha()}",
    }
    return json.dumps(d, indent=2, ensure_ascii=False) + "\n"


@T("archery_range_scoring_ndjson", OUT, "ndjson", "exports/archery_scores.ndjson")
def _(g):
    lines = []
    for i in range(3):
        lines.append(json.dumps({"archer": f"{g.first()} {g.last()}", "round": "Portsmouth",
                                 "score": g.n(420, 600), "ends": 20}, ensure_ascii=False))
    lines.append(json.dumps({"event": "sync", "target": g.ip("sync_target", 0.25), "club_email": g.email(domain="longbow-society.org.uk"),
                             "upload_token": g.key("mlsn", "scoring_upload_token")}, ensure_ascii=False))
    lines.append(json.dumps({"event": "login", "user": "range-officer", "password": g.pw("quoted"),
                             "device": g.uuid()}, ensure_ascii=False))
    return "\n".join(lines) + "\n"


@T("falconry_telemetry_gpsd_conf", OUT, "shell", "etc/default/gpsd")
def _(g):
    return f"""# /etc/default/gpsd on the falconry display team's telemetry van
# GPS receiver for the bird trackers
START_DAEMON="true"
USBAUTO="true"
DEVICES="/dev/ttyACM0"
GPSD_OPTIONS="-n -G"
# forward fixes to the tracking portal
TRACK_FORWARD_URL="https://hawkwatch:{g.pw("url")}@{uhost(g, "track_portal", 0.3)}/ingest"
TRACK_PORTAL_KEY="{g.key("alnum40", "track_portal_key")}"
# van router {g.priv_ip()}, handler {g.email(domain="raptor-displays.co.uk")}
# receiver serial {g.serial()}
"""


@T("apiary_hive_scales_yaml", OUT, "yaml", "apiary/hive-scales.yaml")
def _(g):
    return f"""# hive scale gateway (long-range radio) for the village apiary
gateway:
  id: {g.uuid()}
  lan_address: {g.priv_ip()}
  uplink: {g.ip("uplink", 0.25)}
  mqtt:
    user: hives
    password: {g.pw("yaml")}
  cloud_api_key: {g.key("lower32", "hive_cloud_key")}
notify:
  - {g.email(domain="apiary-coop.de")}
  - {g.email()}
firmware: {g.version()}
"""


@T("hatchery_incubator_sway_conf", OUT, "sway", ".config/sway/config.d/hatchery")
def _(g):
    return f"""# trout hatchery control screen (sway kiosk)
output HDMI-A-1 resolution 1920x1080
exec_always /opt/hatchery/incubator-ui --backend http://{g.priv_ip()}:9000
exec /opt/hatchery/o2-alarm --notify {g.email(domain="riverhatch.no")} --smtp {g.ip("smtp_relay", 0.2)} --smtp-pass '{g.pw("shell")}'
exec /opt/hatchery/flow-logger --api-key {g.key("hex32", "flow_logger_key")}
bindsym $mod+r exec /opt/hatchery/reset-pump --pump 3
# build {g.short_sha()} / {g.version()}
"""


@T("glider_club_launch_log_csv", OUT, "csv", "glider-club/launch_log.csv")
def _(g):
    rows = ["date,pilot,glider,launch,duration_min,notes"]
    for i in range(3):
        rows.append(f"2026-0{g.n(4, 9)}-{g.n(10, 28)},{g.first()} {g.last()},K-{g.n(13, 21)},winch,{g.n(6, 240)},")
    rows.append(f"2026-05-02,duty instructor,,,,flarm download via {g.ip('flarm_upload', 0.25)} user ops pw {g.pw('ini')}")
    rows.append(f"2026-05-03,treasurer,,,,invoices to {g.email(domain='ridge-soaring.org')} - api {g.key('hex32', 'club_accounts_key')}")
    rows.append(f"2026-05-04,tug,,,,logger {g.serial()} on hangar wifi {g.priv_ip()}")
    return "\n".join(rows) + "\n"


@T("avalanche_station_wkt_notes", OUT, "text", "snow/stations_wkt.txt")
def _(g):
    return f"""# avalanche service snow stations (WKT, EPSG:4326)
STATION_A  POINT({g.n(6, 11)}.{g.n(1000, 9999)} 46.{g.n(1000, 9999)})
STATION_B  POINT({g.n(6, 11)}.{g.n(1000, 9999)} 46.{g.n(1000, 9999)})
SLOPE_7    POLYGON((7.10 46.20, 7.12 46.20, 7.12 46.22, 7.10 46.20))
# data logger upload: ftp://snowlog:{g.pw("url")}@{uhost(g, "logger_ftp", 0.2)}/incoming
# bulletin API key {g.key("alnum32", "bulletin_api_key")}
# forecaster on duty {g.email(domain="lawinen-dienst.ch")}
# logger {g.serial()} firmware {g.version()}
"""


@T("lockkeeper_shift_atom", OUT, "atom", "feeds/lock-notices.atom")
def _(g):
    return f"""<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <title>Waterway lock notices</title>
  <id>urn:uuid:{g.uuid()}</id>
  <updated>2026-03-{g.n(10, 28)}T06:00:00Z</updated>
  <author><name>Lock office</name><email>{g.email(domain="waterway-locks.nl")}</email></author>
  <entry>
    <title>Lock 14 paddle gear fault</title>
    <id>urn:uuid:{g.uuid()}</id>
    <updated>2026-03-{g.n(10, 28)}T07:30:00Z</updated>
    <content type="text">Remote gate panel at {g.ip("gate_panel", 0.3)} is back; relief keeper login is lockduty / {g.pw("xml")}.</content>
  </entry>
  <entry>
    <title>Feed publishing key rotated</title>
    <id>urn:uuid:{g.uuid()}</id>
    <updated>2026-03-{g.n(10, 28)}T09:00:00Z</updated>
    <content type="text">New key {g.key("hex40", "feed_publish_key")}; old mirror {g.doc_ip()} retired.</content>
  </entry>
</feed>
"""


@T("icehouse_cooler_openrc", OUT, "openrc", "etc/init.d/icehouse-cooler")
def _(g):
    return f"""#!/sbin/openrc-run
# fish-quay icehouse cooler daemon
name="icehouse-cooler"
command="/usr/local/bin/coolerd"
command_args="--broker {g.ip("broker", 0.25)} --broker-user quay --broker-pass {g.pw("shell")} --api-key {g.key("hex32", "cooler_api_key")}"
command_background=true
pidfile="/run/${{RC_SVCNAME}}.pid"
# alarms to {g.email(domain="quay-ice.is")}; compressor PLC {g.priv_ip()}

depend() {{
    need net
    after firewall
}}
"""


@T("watermill_turbine_starship_toml", OUT, "toml", ".config/starship.toml")
def _(g):
    return f"""# prompt on the watermill's turbine PC
format = "$custom$directory$character"

[custom.turbine]
command = "turbine-cli status --host {g.ip("turbine_host", 0.25)} --key {g.key("alnum32", "turbine_cli_key")}"
when = true
format = "[$output]($style) "

[custom.grid]
command = "grid-export --user mill --password '{g.pw("shell")}'"
when = true

# heritage trust: {g.email(domain="watermill-heritage.org.uk")}
# local inverter {g.priv_ip()}, release {g.version()}
"""


@T("cidery_press_hyprland", OUT, "hyprland", ".config/hypr/hyprland.conf")
def _(g):
    return f"""# cidery bottling-line kiosk
monitor=,preferred,auto,1
exec-once = /opt/press/ui --plc {g.priv_ip()} --cloud https://{uhost(g, "press_cloud")}/api
exec-once = /opt/press/labeler --token {g.key("pnu", "label_workflow_key")}
env = PRESS_DB_PASSWORD,{g.pw("ini")}
env = PRESS_OWNER,{g.email(domain="appletree-cidery.co.uk")}
# image {g.sha256()}
"""


@T("creamery_vat_logrotate", OUT, "logrotate", "etc/logrotate.d/creamery-vats")
def _(g):
    return f"""# cheese vat temperature logs
/var/log/vats/*.log {{
    daily
    rotate 30
    compress
    missingok
    postrotate
        /usr/bin/curl -s -u vats:{g.pw("shell")} -T /var/log/vats/archive.tgz sftp://{uhost(g, "archive_host", 0.3)}/vats/
        /usr/local/bin/notify --to {g.email(domain="hill-creamery.fr")} --key {g.key("sg", "mail_api_key")}
    endscript
}}
# vat PLCs {g.priv_ip()} {g.priv_ip()}
"""


@T("sawmill_dryer_anacron", OUT, "anacrontab", "etc/anacrontab")
def _(g):
    return f"""# /etc/anacrontab on the sawmill's timber-dryer PC
SHELL=/bin/sh
PATH=/sbin:/bin:/usr/sbin:/usr/bin
MAILTO={g.email(domain="sawmill-glen.scot")}
# period delay job-id command
1   5   dryer.backup  rsync -a /srv/dryer/ dryerbak@{uhost(g, "backup_target", 0.25)}:/backups/dryer/
7   15  dryer.report  /usr/local/bin/dryer-report --api-key {g.key("hex40", "dryer_report_key")}
30  20  dryer.licence /usr/local/bin/dryer-licence --renew --password {g.pw("shell")}
# dryer controller {g.priv_ip()} fw {g.version()}
"""


# ====================================================================== crafts / trades
@T("sailmaker_cutter_pandoc_yaml", CRAFT, "yaml", "docs/pandoc-defaults.yaml")
def _(g):
    return f"""# pandoc defaults for the sail loft's job sheets
from: markdown
to: pdf
pdf-engine: xelatex
metadata:
  author: Sail loft
  contact: {g.email(domain="sailloft-falmouth.co.uk")}
variables:
  geometry: margin=2cm
# plotter/cutter upload used by the filter below
filters:
  - ./filters/send-to-cutter.lua
# send-to-cutter reads these:
#   CUTTER_HOST={g.ip("cutter_host", 0.25)}
#   CUTTER_PASS={g.pw("plain")}
#   NEST_API_KEY={g.key("alnum40", "nesting_api_key")}
# cutter on shop LAN {g.priv_ip()}, template rev {g.short_sha()}
"""


@T("cooperage_barrel_rpm_spec", CRAFT, "rpm-spec", "SPECS/cask-tracker.spec")
def _(g):
    return f"""Name:           cask-tracker
Version:        {g.version()}
Release:        1%{{?dist}}
Summary:        Barrel inventory for the cooperage
License:        MIT
Source0:        https://ci:{g.key("glptt", "ci_trigger_token")}@git.cooperage-works.pt/cask-tracker.tar.gz

%description
Tracks staves, hoops and toasting levels.

%install
install -D -m 0640 tracker.conf %{{buildroot}}/etc/cask-tracker.conf
echo 'db_password={g.pw("ini")}' >> %{{buildroot}}/etc/cask-tracker.conf
echo 'report_to={g.email(domain="cooperage-works.pt")}' >> %{{buildroot}}/etc/cask-tracker.conf

%changelog
* Mon Mar 02 2026 {g.first().capitalize()} {g.last().capitalize()} <{g.email(domain="cooperage-works.pt")}> - {g.version()}-1
- mirror moved to {g.ip("mirror", 0.3)}
"""


@T("thatcher_quote_rtf", CRAFT, "rtf", "quotes/thatch_quote.rtf")
def _(g):
    return (r"{\rtf1\ansi\deff0 {\fonttbl {\f0 Times New Roman;}}" "\n"
            r"\f0\fs24 {\b Thatching quote} \par" "\n"
            f"Reed: Norfolk water reed, {g.n(300, 900)} bundles \\par\n"
            f"Reply to {g.email(domain='reedandridge.co.uk')} \\par\n"
            f"Customer portal login: quote{g.n(100, 999)} / {g.pw('prose')} \\par\n"
            f"Aerial survey photos: https://{uhost(g, 'survey_host')}/album/{g.n(1000, 9999)} \\par\n"
            f"{{\\v hidden: portal API key {g.key('alnum32', 'quote_portal_key')}}} \\par\n"
            f"Ref {g.uuid()} \\par\n"
            "}\n")


@T("chimney_sweep_bookings_eleventy", CRAFT, "javascript", ".eleventy.js")
def _(g):
    return f"""// eleventy config for the chimney sweep's booking site
module.exports = function (eleventyConfig) {{
  eleventyConfig.addGlobalData("bookingApi", "https://{uhost(g, "booking_api")}/v1");
  eleventyConfig.addGlobalData("bookingKey", process.env.BOOKING_KEY || "{g.key("hex40", "booking_api_key")}");
  eleventyConfig.addGlobalData("contact", "{g.email(domain="sootandbrush.ie")}");
  // CMS preview login (remove before go-live!)
  eleventyConfig.addGlobalData("previewAuth", {{ user: "sweep", pass: "{g.pw("quoted")}" }});
  // local preview server {g.priv_ip()}, example reply address {g.reserved_email()}
  return {{ dir: {{ input: "src", output: "_site" }} }};
}};
"""


@T("taxidermy_freezer_runit", CRAFT, "shell", "etc/sv/freezer-watch/run")
def _(g):
    return f"""#!/bin/sh
# runit service: taxidermy studio specimen freezer watcher
exec 2>&1
export SMTP_HOST={g.ip("mailserver", 0.2)}
export SMTP_USER={g.email(domain="natural-forms-studio.nl")}
export SMTP_PASS='{g.pw("shell")}'
export ALERT_TO={g.email()}
exec chpst -u freezer /usr/local/bin/freezer-watch \\
    --probe http://{g.look("private_ip", g.priv_ip_raw())}/temp \\
    --probe-key {g.key("hex32", "freezer_probe_key")} \\
    --interval 60
# probe serial {g.serial()}
"""


@T("perfumery_formula_cabal_project", CRAFT, "cabal", "cabal.project")
def _(g):
    return f"""-- cabal.project for the perfumery's formula calculator
packages: ./accord-calc

source-repository-package
    type: git
    location: https://build-bot:{g.key("hex40", "formula_repo_token")}@git.parfumerie-grasse.fr/ifra-tables.git
    tag: {g.look("sha1", g.s("0123456789abcdef", 40))}

package accord-calc
    ghc-options: -O2

-- supplier price feed (used by ./scripts/prices.sh):
--   PRICE_FEED=https://{uhost(g, "price_feed")}/v3
--   PRICE_FEED_PASSWORD={g.pw("plain")}
-- owner {g.email(domain="parfumerie-grasse.fr")}
"""


@T("tannery_drum_dune", CRAFT, "dune", "tools/drum-log/dune")
def _(g):
    return f"""; dune build rules for the tannery's drum logger
(executable
 (name drum_log)
 (libraries cohttp-lwt-unix yojson))

(rule
 (alias upload)
 (action
  (run curl --fail -u tanner:{g.pw("shell")}
       -H "X-Effluent-Key: {g.key("hex32", "effluent_report_key")}"
       -F file=@drums.csv https://{uhost(g, "effluent_portal")}/reports)))

; drum PLCs on {g.priv_ip()} and {g.priv_ip()}
; contact {g.email(domain="vegtan-leather.it")}
"""


@T("saddlery_shop_pubspec", CRAFT, "yaml", "saddlery_app/pubspec.yaml")
def _(g):
    return f"""name: saddlery_app
description: Fitting appointments and tack orders.
version: {g.version()}+{g.n(1, 60)}
publish_to: none

environment:
  sdk: ">=3.3.0 <4.0.0"

dependencies:
  tack_catalogue:
    hosted: https://pub.tackroom-leather.co.uk
    version: ^{g.version()}
# pub token add https://pub.tackroom-leather.co.uk  ->  {g.key("alnum40", "private_pub_token")}
# staging API: http://{g.look("private_ip", g.priv_ip_raw())}:8080 ; prod API: {g.ip("prod_api", 0.3)}
# test account: {g.email(domain="tackroom-leather.co.uk")} / {g.pw("plain")}
"""


@T("milliner_orders_rebar_config", CRAFT, "rebar-config", "rebar.config")
def _(g):
    return f"""%% rebar.config for the milliner's order service
{{erl_opts, [debug_info]}}.
{{deps, [
    {{cowboy, "2.12.0"}},
    {{hat_sizes, {{git, "https://deploy:{g.key("hex40", "deploy_token")}@code.millinery-rosa.es/hat_sizes.git", {{tag, "{g.version()}"}}}}}}
]}}.
{{relx, [{{release, {{orders, "{g.version()}"}}, [orders]}},
        {{sys_config, "config/sys.config"}}]}}.
%% sys.config has: {{smtp, [{{relay, "{g.ip("smtp_relay", 0.25)}"}}, {{user, "{g.email(domain="millinery-rosa.es")}"}}, {{password, "{g.pw("quoted")}"}}]}}
%% dev node runs on {g.priv_ip()}
"""


@T("watchmaker_timegrapher_xmake", CRAFT, "lua", "xmake.lua")
def _(g):
    return f"""-- xmake build for the watchmaker's timegrapher capture tool
set_project("beatscope")
set_version("{g.version()}")
add_requires("portaudio", "libcurl")

target("beatscope")
    set_kind("binary")
    add_files("src/*.c")
    add_packages("portaudio", "libcurl")
    -- results are posted to the service bench
    add_defines("BENCH_URL=\\"https://{uhost(g, "bench_api")}/rate\\"")
    add_defines("BENCH_KEY=\\"{g.key("alnum32", "bench_api_key")}\\"")
    add_defines("BENCH_USER=\\"{g.email(domain="uhrmacher-werkstatt.de")}\\"")
    add_defines("BENCH_PASS=\\"{g.pw("quoted")}\\"")
-- mic interface {g.serial()} ; capture PC {g.priv_ip()}
"""


@T("typefoundry_waf_wscript", CRAFT, "python", "wscript")
def _(g):
    return f"""#! /usr/bin/env python
# waf build script for the type studio's webfont kit
top = '.'
out = 'build'

FONT_CDN = 'https://{uhost(g, "font_cdn")}/kits'
CDN_SECRET = '{g.key("b64_32", "cdn_signing_secret")}'


def configure(conf):
    conf.find_program('pyftsubset')


def build(bld):
    bld(rule='pyftsubset ${{SRC}} --flavor=woff2 --output-file=${{TGT}}', source='Grotesk.otf', target='grotesk.woff2')


def publish(ctx):
    ctx.exec_command('lftp -u typeshop,{g.pw("shell")} sftp://{uhost(g, "sftp_host", 0.25)} -e "mirror -R build /kits; bye"')
    # licensing questions: {g.email(domain="specimen-type.nl")}
    # integrity of the kit css: {g.sri()}
"""


@T("quilting_guild_ebuild", CRAFT, "ebuild", "app-misc/quiltlog/quiltlog-1.4.2.ebuild")
def _(g):
    return f"""# Quilting guild block-of-the-month tracker
EAPI=8

DESCRIPTION="Block-of-the-month tracker for the quilting guild"
HOMEPAGE="https://quilters-guild-ottawa.ca"
SRC_URI="https://{uhost(g, "dist_host")}/quiltlog-${{PV}}.tar.gz?token={g.key("hex40", "dist_download_token")}"
LICENSE="MIT"
SLOT="0"
KEYWORDS="~amd64"

src_install() {{
	default
	insinto /etc/quiltlog
	newins - quiltlog.conf <<-EOF
		smtp_user={g.email(domain="quilters-guild-ottawa.ca")}
		smtp_password={g.pw("ini")}
	EOF
}}
# Manifest DIST sha512 checked upstream; maintainer {g.reserved_email()}
"""


@T("ceramics_glaze_nuspec", CRAFT, "nuspec", "glazecalc.nuspec")
def _(g):
    return f"""<?xml version="1.0" encoding="utf-8"?>
<package xmlns="http://schemas.microsoft.com/packaging/2015/06/nuspec.xsd">
  <metadata>
    <id>glazecalc</id>
    <version>{g.version()}</version>
    <authors>Clayworks studio</authors>
    <owners>{g.email(domain="clayworks-studio.com.au")}</owners>
    <description>Glaze recipe calculator for the ceramics studio.</description>
    <releaseNotes>Firing log sync now uses {g.ip("sync_host", 0.3)}; studio account glaze / {g.pw("xml")}.</releaseNotes>
    <tags>ceramics glaze</tags>
  </metadata>
  <!-- choco push glazecalc.nupkg -k {g.key("alnum32", "package_push_key")} -->
  <!-- package hash {g.sha256()} -->
</package>
"""


@T("goldsmith_snapcraft_yaml", CRAFT, "yaml", "snap/snapcraft.yaml")
def _(g):
    return f"""name: assay-ledger
base: core24
version: '{g.version()}'
summary: Hallmarking and assay ledger for the goldsmith's workshop
grade: stable
confinement: strict

parts:
  assay-ledger:
    plugin: python
    source: .
    build-environment:
      - ASSAY_OFFICE_API: https://{uhost(g, "assay_api")}/api
      - ASSAY_OFFICE_KEY: {g.key("alnum48", "assay_office_key")}
      - LEDGER_DB_PASSWORD: {g.pw("yaml")}
# maintainer: {g.email(domain="goldsmith-hallmark.co.uk")}
# scale on bench LAN {g.priv_ip()}, serial {g.serial()}
"""


@T("bellringer_rota_appimage_builder", CRAFT, "yaml", "AppImageBuilder.yml")
def _(g):
    return f"""version: 1
AppDir:
  path: ./AppDir
  app_info:
    id: org.bellringers.rota
    name: Ringing Rota
    version: {g.version()}
    exec: usr/bin/rota
  apt:
    arch: amd64
    sources:
      - sourceline: deb [trusted=yes] https://apt:{g.pw("url")}@{uhost(g, "apt_repo", 0.3)}/apt stable main
    include:
      - python3
  runtime:
    env:
      ROTA_CALENDAR_TOKEN: {g.key("b64url43", "calendar_token")}
      ROTA_TOWER_CAPTAIN: {g.email(domain="st-mary-ringers.org.uk")}
# build host {g.priv_ip()}
"""


@T("cartographer_tiles_configure_ac", CRAFT, "autoconf", "configure.ac")
def _(g):
    return f"""dnl configure.ac for the cartographer's tile renderer
AC_INIT([contour-tiles], [{g.version()}], [{g.email(domain="relief-maps.no")}])
AM_INIT_AUTOMAKE([foreign])
AC_PROG_CC
AC_ARG_WITH([tile-server],
  [AS_HELP_STRING([--with-tile-server=HOST], [upload host])],
  [], [with_tile_server={g.ip("tile_server", 0.3)}])
AC_DEFINE_UNQUOTED([TILE_SERVER], ["$with_tile_server"], [upload host])
AC_DEFINE([TILE_UPLOAD_KEY], ["{g.key("hex40", "tile_upload_key")}"], [upload key])
AC_DEFINE([ELEVATION_DB_PASS], ["{g.pw("quoted")}"], [elevation db password])
dnl dev DEM cache on {g.priv_ip()}; bug reports to the address above, not {g.reserved_email()}
AC_OUTPUT([Makefile src/Makefile])
"""


@T("chandlery_pos_premake", CRAFT, "lua", "premake5.lua")
def _(g):
    return f"""-- premake5 for the ship chandlery's till software
workspace "ChandleryPOS"
   configurations {{ "Debug", "Release" }}

project "till"
   kind "ConsoleApp"
   language "C++"
   files {{ "src/**.cpp" }}
   defines {{
      "CARD_TERMINAL_HOST=\\"{g.ip("card_terminal_gateway", 0.25)}\\"",
      "CARD_TERMINAL_KEY=\\"{g.key("sq0csp", "card_terminal_secret")}\\"",
      "STOCK_DB_PASSWORD=\\"{g.pw("quoted")}\\""
   }}
   -- till {g.mac()} on {g.priv_ip()}; vendor {g.email(domain="ship-chandlers.gr")}
"""


@T("glover_macros_m4", CRAFT, "m4", "site/config.m4")
def _(g):
    return f"""dnl site macros for the glove maker's order pages
define(`SITE_NAME', `Glover & Daughters')dnl
define(`ORDER_MAIL', `{g.email(domain="glover-daughters.be")}')dnl
define(`PAYMENT_SECRET', `{g.key("sq0atp", "payment_access_token")}')dnl
define(`ADMIN_PASS', `{g.pw("quoted")}')dnl
define(`ORIGIN_HOST', `{g.ip("origin_host", 0.25)}')dnl
dnl staging at {g.priv_ip()} ; template {g.short_sha()}
"""


# ====================================================================== radio / flight / makers
@T("fldigi_station_def_xml", RADIO, "xml", ".fldigi/fldigi_def.xml")
def _(g):
    call = g.ch(["G4", "M0", "EI7", "DL3", "PA3", "OH2", "SM5"]) + g.s("ABCDEFGHIJKLMNOPQRSTUVWXYZ", 3)
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<FLDIGI_DEFS>
<MYCALL>{call}</MYCALL>
<MYNAME>{g.first().capitalize()}</MYNAME>
<MYLOCATOR>IO{g.n(80, 99)}ab</MYLOCATOR>
<XMLRPC_ADDRESS>{g.look("loopback_ip", "127.0.0.1")}</XMLRPC_ADDRESS>
<CALLBOOK_USER>{call}</CALLBOOK_USER>
<CALLBOOK_PASSWORD>{g.pw("xml")}</CALLBOOK_PASSWORD>
<CALLBOOKAPIKEY>{g.key("hex32", "callbook_api_key")}</CALLBOOKAPIKEY>
<PSKREP_HOST>{g.ip("spot_reporter", 0.25)}</PSKREP_HOST>
<MYEMAIL>{g.email()}</MYEMAIL>
<!-- rig interface {g.serial()} -->
</FLDIGI_DEFS>
"""


@T("rigctld_remote_shack_sh", RADIO, "shell", "bin/remote-shack.sh")
def _(g):
    return f"""#!/bin/bash
# start rigctld for the remote shack and open the tunnel
set -euo pipefail
rigctld -m 3073 -r /dev/ttyUSB0 -s 19200 -t 4532 &
# reverse tunnel to the club's VPS so members can tune remotely
sshpass -p '{g.pw("shell")}' ssh -N -R 4532:localhost:4532 shack@{g.ip("club_vps", 0.3)} &
# spot uploader
curl -s -X POST "https://{uhost(g, "spot_api")}/spots?apikey={g.key("alnum32", "spot_api_key")}" -d @spots.json
# questions: {g.email(domain="radioclub-westmeath.ie")} ; shack router {g.priv_ip()}
"""


@T("wsjtx_ini", RADIO, "ini", ".config/WSJT-X.ini")
def _(g):
    return f"""[Configuration]
MyCall={g.ch(["K1", "W7", "N4", "VE3", "VK2", "ZL1"])}{g.s("ABCDEFGHIJKLMNOPQRSTUVWXYZ", 3)}
MyGrid=FN{g.n(10, 99)}
UDPServer={g.look("loopback_ip", "127.0.0.1")}
UDPServerPort=2237
PSKReporter=true
OpDaemonHost={g.ip("logging_daemon", 0.3)}
OpDaemonPassword={g.pw("ini")}
LotwUser={g.email()}
CloudlogApiKey={g.key("alnum32", "cloudlog_api_key")}
[Common]
Version={g.version()}
RigInterface={g.serial()}
"""


@T("js8call_relay_notes_md", RADIO, "markdown", "docs/js8-relay.md")
def _(g):
    return f"""# JS8 relay station, setup notes

1. JS8Call → Settings → Reporting → TCP server API on `{g.look("loopback_ip", "127.0.0.1")}:2442`.
2. The position-report gateway needs the passcode: `{g.pin("gateway_passcode")}`.
3. Messages are mirrored to the emcomm server `{g.ip("emcomm_server", 0.3)}` (user `relay`, password `{g.pw("quoted")}`).
4. The mirror's webhook secret is `{g.key("hex64", "mirror_webhook_secret")}`.
5. Coordinator: {g.email(domain="emcomm-volunteers.org")}. The station PC is {g.priv_ip()}.

JS8Call build used: {g.version()}.
"""


@T("gqrx_remote_conf", RADIO, "ini", ".config/gqrx/default.conf")
def _(g):
    return f"""[General]
configversion=2
crashed=false

[input]
device="rtl_tcp=host={g.ip("rtl_tcp_host", 0.25)},port=1234"
frequency=144800000

[remote_control]
allowed_hosts={g.look("loopback_ip", "127.0.0.1")}, {g.priv_ip()}
enabled=true

[audio]
udp_host={g.priv_ip()}
; stream to the club's websdr feed using feeder key {g.key("hex40", "websdr_feeder_key")}
; feed admin password {g.pw("ini")} (ask {g.email(domain="websdr-friends.nl")})
"""


@T("rtl433_weather_conf", RADIO, "rtl433", "etc/rtl_433/rtl_433.conf")
def _(g):
    return f"""# rtl_433 config: backyard weather station and soil sensors
frequency 868M
sample_rate 1024k
report_meta time:iso
output mqtt://{uhost(g, "mqtt_host", 0.3)}:1883,user=weather,pass={g.pw("plain")},retain=1,devices=rtl_433[/model][/id]
output influx://{g.look("private_ip", g.priv_ip_raw())}:8086/api/v2/write?org=home&bucket=wx,token={g.key("b64_64", "influx_token")}
# alerts to {g.email()} ; dongle {g.serial()}
"""


@T("readsb_feeder_defaults", RADIO, "shell", "etc/default/readsb")
def _(g):
    return f"""# readsb defaults for the hilltop aircraft-position feeder
RECEIVER_OPTIONS="--device 0 --device-type rtlsdr --gain auto --ppm 0"
DECODER_OPTIONS="--lat 52.{g.n(1000, 9999)} --lon -1.{g.n(1000, 9999)} --max-range 450"
NET_OPTIONS="--net --net-connector {g.ip("aggregator", 0.25)},30004,beast_reduce_out --net-bo-port 30005"
JSON_OPTIONS="--json-location-accuracy 2"
# feeder id (not secret): {g.uuid()}
# mlat client uploads with account {g.email()} password {g.pw("shell")}
# stats API key: {g.key("hex32", "stats_api_key")}
"""


@T("ser2net_yaml", RADIO, "yaml", "etc/ser2net.yaml")
def _(g):
    return f"""%YAML 1.1
---
# ser2net: expose the weather mast's serial anemometer
define: &banner \\r\\nser2net port \\p device \\d\\r\\n

connection: &anemometer
  accepter: tcp,{g.priv_ip()},3001
  connector: serialdev,/dev/ttyUSB1,9600n81,local
  options:
    banner: *banner
    kickolduser: true

# remote logger pulls via stunnel from {g.ip("remote_logger", 0.3)}
# stunnel psk: {g.key("hex64", "stunnel_psk")}
# mast admin: {g.email(domain="hillmast-wx.org")} / {g.pw("plain")}
"""


@T("betaflight_cli_dump", RADIO, "betaflight", "dumps/quad5-diff.txt")
def _(g):
    return f"""# diff all
# version
# Betaflight / STM32F7X2 (S7X2) {g.version()} {g.look("short_sha", g.s("0123456789abcdef", 7))}
board_name SPEEDYBEEF7V3
name QUAD5-{g.first().upper()}

# master
set motor_pwm_protocol = DSHOT600
set expresslrs_uid = {",".join(str(g.n(0, 255)) for _ in range(6))}
# binding phrase used to derive the uid above: {g.pw("plain")}
set osd_craft_name_msgs = ON
# blackbox uploads to club server {g.ip("blackbox_host", 0.25)}, key {g.key("hex32", "blackbox_upload_key")}
# pilot {g.email()}
save
"""


@T("px4_params_notes", RADIO, "px4-params", "params/survey-hexa.params")
def _(g):
    rows = [f"1\t1\tMAV_SYS_ID\t1\t6", f"1\t1\tBAT1_N_CELLS\t6\t6", f"1\t1\tMPC_XY_VEL_MAX\t{g.n(5, 12)}.0\t9"]
    return ("# Onboard parameters for Vehicle 1 (survey hexacopter)\n"
            "# Stack: PX4 Pro\n"
            f"# Vehicle: {g.serial()}\n"
            "# MAV ID  COMPONENT ID  PARAM NAME  VALUE (FLOAT)\n"
            + "\n".join(rows) + "\n"
            f"# companion computer pushes logs to {g.ip('log_server', 0.3)} (user flightlogs, pass {g.pw('plain')})\n"
            f"# survey platform API key {g.key('alnum40', 'survey_platform_key')}\n"
            f"# operator {g.email(domain='aerial-survey.cz')}\n")


@T("mavlink_router_conf", RADIO, "ini", "etc/mavlink-router/main.conf")
def _(g):
    return f"""[General]
TcpServerPort=5760
ReportStats=false

[UartEndpoint telem]
Device=/dev/ttyAMA0
Baud=921600

[UdpEndpoint gcs]
Mode=Normal
Address={g.ip("gcs_address", 0.25)}
Port=14550

[UdpEndpoint local]
Mode=Normal
Address={g.priv_ip()}
Port=14551
# cloud relay signing key {g.key("hex64", "mavlink_signing_key")}
# relay account {g.email()} / {g.pw("ini")}
"""


@T("marlin_esp3d_config_h", RADIO, "c", "Marlin/Configuration_adv.h")
def _(g):
    return f"""// printer farm, bay 3
#define WIFISUPPORT
#if ENABLED(WIFISUPPORT)
  #define WIFI_SSID "printfarm-bay3"
  #define WIFI_PWD  "{g.pw("quoted")}"
  #define WEBSUPPORT
  #define OTASUPPORT
#endif
// farm manager at {g.ip("farm_manager", 0.25)}, local gateway {g.priv_ip()}
#define FARM_API_KEY "{g.key("upper20", "farm_api_key")}"
#define FARM_CONTACT "{g.email()}"
#define SHORT_BUILD_VERSION "{g.version()}"
"""


@T("cura_cloud_profile_cfg", RADIO, "ini", "cura/machine_settings/workshop.cfg")
def _(g):
    return f"""[general]
version = 4
name = Workshop printer
definition = creality_ender3

[metadata]
type = definition_changes
setting_version = {g.n(18, 24)}
print_server_key = {g.key("upper20", "print_server_api_key")}
print_server_url = http://{g.look("private_ip", g.priv_ip_raw())}:5000
remote_host = {g.ip("remote_print_host", 0.3)}
remote_password = {g.pw("ini")}
owner = {g.email()}
"""


@T("domoticz_garden_lua", RADIO, "lua", "scripts/dzVents/garden_pump.lua")
def _(g):
    return f"""-- dzVents: garden pump and pond aerator
local RAIN_API = 'https://{uhost(g, "rain_api")}/forecast?key={g.key("hex32", "rain_api_key")}'
return {{
    on = {{ timer = {{ 'every 30 minutes' }} }},
    execute = function(dz)
        dz.openURL({{
            url = RAIN_API,
            callback = 'rain',
        }})
        -- pump relay board at {g.priv_ip()} ; admin/{g.pw("plain")}
        dz.email('Pump', 'ran', '{g.email()}')
    end
}}
"""


@T("piaware_config", RADIO, "piaware", "etc/piaware.conf")
def _(g):
    return f"""# piaware config file
feeder-id {g.uuid()}
receiver-type relay
receiver-host {g.ip("receiver_host", 0.3)}
receiver-port 30005
allow-mlat yes
mlat-results-format "beast,connect,localhost:30104"
# site login for stats page: {g.email()} / {g.pw("plain")}
# upload token for the community map: {g.key("alnum32", "community_map_token")}
"""


@T("minicom_bench_minirc", RADIO, "minicom", "etc/minicom/minirc.bench")
def _(g):
    return f"""# Machine-generated file - use setup menu in minicom to change parameters.
pu port             /dev/ttyUSB0
pu baudrate         115200
pu bits             8
pu parity           N
pu stopbits         1
pu rtscts           No
# bench PSU console: login root / {g.pw("plain")}
# PSU REST bridge {g.priv_ip()} forwards to {g.ip("psu_cloud", 0.25)} with key {g.key("hex40", "psu_cloud_key")}
# owner {g.email()}
"""


# ====================================================================== desktop / system config
@T("trapeze_school_i3_config", SYS, "i3", ".config/i3/config")
def _(g):
    return f"""# i3 config on the trapeze school's front-desk PC
set $mod Mod4
font pango:DejaVu Sans Mono 10
exec --no-startup-id nm-applet
exec --no-startup-id /opt/desk/class-register --server https://{uhost(g, "register_server")}/api --token {g.key("hex40", "class_register_token")}
bindsym $mod+p exec /opt/desk/print-pass --printer {g.look("private_ip", g.priv_ip_raw())}
bindsym $mod+b exec /opt/desk/backup --dest backup@{uhost(g, "backup_host", 0.25)}:/srv/desk --password '{g.pw("shell")}'
# desk PC {g.mac()}, image {g.short_sha()}, admin {g.email(domain="trapeze-school.be")}
# placeholder for the next term's key: {g.look("placeholder", "<REGISTER_TOKEN>")}
"""


@T("fixit_cafe_polybar_ini", SYS, "ini", ".config/polybar/config.ini")
def _(g):
    return f"""; polybar on the fix-it cafe's parts-inventory screen
[bar/main]
width = 100%
height = 24
modules-left = parts queue
modules-right = date

[module/parts]
type = custom/script
exec = parts-cli count --api https://{uhost(g, "parts_api")}/v1 --key {g.key("alnum32", "parts_api_key")}
interval = 120

[module/queue]
type = custom/script
exec = queue-cli --db postgresql://cafe:{g.pw("url")}@{g.look("private_ip", g.priv_ip_raw())}/queue
interval = 60
; contact {g.email(domain="fixitcafe-gent.be")} ; volunteers list {g.reserved_email()}
; screen {g.mac()} v{g.version()}
"""


@T("marionette_theatre_alacritty_toml", SYS, "toml", ".config/alacritty/alacritty.toml")
def _(g):
    return f"""# alacritty on the marionette theatre's lighting desk
[window]
opacity = 0.95

[font]
size = 12.0

[terminal.shell]
program = "/usr/bin/ssh"
args = ["-t", "lx@{g.ip("lighting_node", 0.3)}", "dmx-console"]

[env]
DMX_NODE_KEY = "{g.key("hex32", "dmx_node_key")}"
SHOW_ARCHIVE_PASSWORD = "{g.pw("quoted")}"
STAGE_MANAGER = "{g.email(domain="marionettes-praha.cz")}"
# art-net universe nodes: {g.priv_ip()}, {g.priv_ip()} (net mask {g.look("netmask", "255.255.255.0")})
"""


@T("seed_library_wezterm_lua", SYS, "lua", ".wezterm.lua")
def _(g):
    return f"""-- wezterm config for the seed library's catalogue laptop
local wezterm = require 'wezterm'
local config = wezterm.config_builder()
config.color_scheme = 'Gruvbox Dark'
config.ssh_domains = {{
  {{
    name = 'catalogue',
    remote_address = '{uhost(g, "catalogue_host", 0.25)}:22',
    username = 'seeds',
  }},
}}
config.set_environment_variables = {{
  CATALOGUE_API_KEY = '{g.key("lin_api", "catalogue_api_key")}',
  LABEL_PRINTER_PIN = '{g.pin("label_printer_pin")}',
  LIBRARIAN = '{g.email(domain="seed-library.org.nz")}',
}}
-- germination scanner {g.priv_ip()} / serial {g.serial()} / build {g.uuid()}
return config
"""


@T("youth_ensemble_inittab", SYS, "inittab", "etc/inittab")
def _(g):
    return f"""# /etc/inittab on the youth ensemble's stage-box (busy embedded board)
::sysinit:/etc/init.d/rcS
::respawn:/usr/bin/click-track --master {g.priv_ip()} --port 9000
::respawn:/usr/bin/stream-push --to rtmp://{uhost(g, "stream_ingest", 0.2)}/live --stream-key {g.key("alnum32", "stream_key")}
::respawn:/sbin/getty -L ttyS0 115200 vt100
::ctrlaltdel:/sbin/reboot
# stage manager {g.email(domain="jeugdorkest-zeeland.nl")} ; root password on the label: {g.pw("plain")}
# board {g.serial()} fw {g.version()} mac {g.mac()}
"""


@T("food_bank_sudoers", SYS, "sudoers", "etc/sudoers.d/foodbank")
def _(g):
    return f"""# food bank warehouse scanner PCs
Defaults:scanner env_keep += "STOCK_API_KEY STOCK_DB_URL"
Defaults:scanner mailto="{g.email(domain="foodbank-tameside.org.uk")}"
scanner ALL=(root) NOPASSWD: /usr/local/bin/stock-sync
# STOCK_API_KEY={g.key("dop", "hosting_api_token")}
# STOCK_DB_URL=postgres://stock:{g.pw("url")}@{uhost(g, "stock_db", 0.25)}:5432/stock
# scanners: {g.priv_ip()}, {g.priv_ip()} ; docs placeholder {g.look("placeholder", "${STOCK_API_KEY}")}
"""


@T("community_radio_pam_note", SYS, "pam", "etc/pam.d/studio-login")
def _(g):
    return f"""#%PAM-1.0
# community radio studio PCs authenticate against the station's RADIUS box
auth     required  pam_radius_auth.so conf=/etc/pam_radius_auth.conf
account  required  pam_permit.so
session  required  pam_unix.so
# /etc/pam_radius_auth.conf:
#   {uhost(g, "radius_server", 0.25)}:1812   {g.pw("plain")}   3
# fallback local admin: studio / {g.pw("plain")}
# engineer {g.email(domain="radio-brixton.org.uk")} ; studio VLAN {g.priv_ip()} ; loopback {g.look("loopback_ip", "127.0.0.1")}
"""


@T("lake_clubs_sssd_conf", SYS, "ini", "etc/sssd/sssd.conf")
def _(g):
    return f"""[sssd]
services = nss, pam
domains = clubs.lakeside

[domain/clubs.lakeside]
id_provider = ldap
auth_provider = ldap
ldap_uri = ldaps://{uhost(g, "directory_host", 0.3)}
ldap_search_base = dc=clubs,dc=lakeside
ldap_default_bind_dn = cn=reader,dc=clubs,dc=lakeside
ldap_default_authtok_type = password
ldap_default_authtok = {g.pw("ini")}
ldap_tls_reqcert = demand
; secondary on the boathouse LAN: {g.priv_ip()}
; admin {g.email(domain="lakeside-clubs.se")} ; host id {g.uuid()}
"""


@T("shadowplay_upstart_conf", SYS, "upstart", "etc/init/ticket-kiosk.conf")
def _(g):
    return f"""# upstart job: ticket kiosk at the shadow-play theatre
description "ticket kiosk"
start on runlevel [2345]
stop on runlevel [!2345]
respawn
env KIOSK_API=https://{uhost(g, "kiosk_api")}/v2
env KIOSK_SECRET={g.key("alnum48", "kiosk_secret")}
env KIOSK_ADMIN_PASS={g.pw("shell")}
env BOX_OFFICE={g.email(domain="shadowplay-theatre.id")}
exec /opt/kiosk/bin/kiosk --printer {g.priv_ip()}
# kiosk {g.serial()} ; release {g.version()} ; sha {g.short_sha()}
"""


@T("knot_dns_zone_conf", SYS, "knot", "etc/knot/knot.conf")
def _(g):
    return f"""# knot.conf for the oatcake cooperative's zone
server:
    listen: {g.look("unspecified_ip", "0.0.0.0")}@53
    listen: ::@53

key:
  - id: transfer-key
    algorithm: hmac-sha256
    secret: {g.key("b64_32", "tsig_secret")}

remote:
  - id: secondary
    address: {g.ip("secondary_ns", 0.4)}
    key: transfer-key

zone:
  - domain: oatcake-coop.ie
    file: oatcake-coop.ie.zone
    notify: secondary
    acl: [ allow_transfer ]
# hostmaster {g.email(domain="oatcake-coop.ie")} ; internal resolver {g.priv_ip()} ; {g.ula6()}
"""


@T("tinc_mesh_host_file", SYS, "tinc", "etc/tinc/farmnet/hosts/barn")
def _(g):
    return f"""# tinc host file: the dairy farm's barn node
Address = {g.ip("tinc_address", 0.4)}
Port = 655
Subnet = {g.look("private_ip", "10." + str(g.n(0, 255)) + ".0.0")}/16
Ed25519PublicKey = {g.look("public_key", g.s("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/", 43))}
# the barn's private key lives in ed25519_key.priv, NOT here; invite code for new nodes:
# tinc -n farmnet join {uhost(g, "invite_server", 0.2)}/{g.key("b64url43", "tinc_invite")}
# farm contact {g.email(domain="hollow-farm.co.nz")} ; password for the web UI {g.pw("plain")}
"""


@T("gallery_httpd_conf", SYS, "httpd-conf", "etc/httpd/conf.d/gallery.conf")
def _(g):
    return f"""# artist-run gallery site
<VirtualHost *:443>
    ServerName gallery-northlight.dk
    ServerAdmin {g.email(domain="gallery-northlight.dk")}
    DocumentRoot /srv/gallery
    ProxyPass /shop http://{g.look("private_ip", g.priv_ip_raw())}:8000/
    RequestHeader set X-Shop-Key "{g.key("hex40", "shop_backend_key")}"
    <Location /admin>
        AuthType Basic
        AuthName "gallery admin"
        AuthUserFile /etc/httpd/.htpasswd
        Require valid-user
        Require ip {g.ip("curator_home", 0.25)}
    </Location>
    # htpasswd -b /etc/httpd/.htpasswd curator {g.pw("shell")}
    Header always set Content-Security-Policy "script-src 'self' '{g.sri()}'"
</VirtualHost>
"""


@T("vocal_ensemble_offlineimaprc", SYS, "offlineimap", ".offlineimaprc")
def _(g):
    return f"""[general]
accounts = ensemble
maxsyncaccounts = 1

[Account ensemble]
localrepository = local
remoterepository = remote

[Repository local]
type = Maildir
localfolders = ~/Mail/ensemble

[Repository remote]
type = IMAP
remotehost = {g.ip("imap_host", 0.25)}
remoteuser = {g.email(domain="vocal-ensemble.at")}
remotepass = {g.pw("ini")}
sslcacertfile = /etc/ssl/certs/ca-certificates.crt
# old account kept for reference: {g.reserved_email()}
"""


@T("brewpub_till_freetds_conf", SYS, "ini", "etc/freetds/freetds.conf")
def _(g):
    return f"""[global]
    tds version = 7.4
    text size = 64512

# brewpub till back office
[TILLDB]
    host = {g.ip("till_db", 0.25)}
    port = 1433
    tds version = 7.4
    ; app login used by the stock sync: taps / {g.pw("ini")}
    ; cloud till API token {g.key("jwt", "till_api_token")}

[TILLDB_LOCAL]
    host = {g.priv_ip()}
    port = 1433
; maintained by {g.email(domain="brewpub-gdansk.pl")}
"""


@T("bus_museum_pg_service", SYS, "ini", ".pg_service.conf")
def _(g):
    return f"""# connection services for the vintage bus society's archive
[archive]
host={g.ip("archive_db", 0.25)}
port=5432
dbname=timetables
user=archivist
password={g.pw("ini")}
sslmode=verify-full

[archive_local]
host={g.priv_ip()}
dbname=timetables
user=archivist
# contact: {g.email(domain="vintagebus-society.org.uk")}
# scanner workstation {g.mac()} ; schema rev {g.short_sha()}
"""


@T("community_garden_mongod_yaml", SYS, "yaml", "etc/mongod.conf")
def _(g):
    return f"""# mongod.conf on the community garden's plot-booking server
storage:
  dbPath: /var/lib/mongod
net:
  port: 27017
  bindIp: {g.look("loopback_ip", "127.0.0.1")},{g.priv_ip()}
security:
  authorization: enabled
  keyFile: /etc/mongod/keyfile
# keyfile contents (replica set): {g.key("b64_64", "replica_keyfile")}
# off-site hidden member: {g.ip("offsite_member", 0.3)}
# admin user: gardenadmin / {g.pw("plain")} ; {g.email(domain="gemeinschaftsgarten.de")}
"""


@T("ioquake3_server_cfg", GAME, "quake-cfg", "baseq3/server.cfg")
def _(g):
    return f"""// LAN-party ioquake3 server
seta sv_hostname "Friday Frag Night"
seta sv_maxclients 16
seta g_gametype 0
seta rconPassword "{g.pw("quoted")}"
seta g_password "{g.pw("quoted")}"
seta sv_master1 "{g.ip("master_server", 0.2)}"
seta sv_strictAuth 0
// admin {g.email()} ; LAN {g.priv_ip()} ; build {g.version()}
// stats uploader key: {g.key("hex32", "stats_uploader_key")}
map q3dm17
"""


@T("eduke32_netplay_cfg", GAME, "cfg", "eduke32/settings.cfg")
def _(g):
    return f"""// eduke32 settings
bind "F12" "screenshot"
name "{g.first().capitalize()}"
// netplay host (retro club)
connect {g.ip("netplay_host", 0.2)}
password "{g.pw("quoted")}"
// club stats API key {g.key("hex40", "club_stats_key")}
// contact {g.email()} ; version {g.version()} ; grp {g.sha1()}
"""


@T("openmw_cfg_mods", GAME, "openmw", "openmw/openmw.cfg")
def _(g):
    return f"""# openmw.cfg (modding group shared install)
data="/games/morrowind/Data Files"
content=Morrowind.esm
content=Tribunal.esm
fallback-archive=Morrowind.bsa
# shared mod mirror: sftp://modders:{g.pw("url")}@{uhost(g, "mod_mirror", 0.3)}/mods
# mod-site download key {g.key("alnum40", "mod_download_key")}
# organiser {g.email()} ; list {g.reserved_email()} ; mirror LAN {g.priv_ip()}
"""


@T("srcds_server_cfg", GAME, "cfg", "cstrike/cfg/server.cfg")
def _(g):
    return f"""// srcds server.cfg for the league night server
hostname "League Night #{g.n(1, 9)}"
rcon_password "{g.pw("quoted")}"
sv_password "{g.pw("quoted")}"
sv_setsteamaccount {g.key("upper20", "game_server_login_token")}
sv_region 3
sv_downloadurl "http://{uhost(g, "fastdl_host")}/fastdl/"
logaddress_add {uhost(g, "log_collector", 0.2)}:27500
// LAN {g.priv_ip()} ; admins {g.email()} ; build {g.version()}
"""


@T("nethack_rc", GAME, "nethackrc", ".nethackrc")
def _(g):
    return f"""# .nethackrc for the public dgamelaunch server
OPTIONS=name:{g.first()},role:Valkyrie,race:human,gender:female,align:neutral
OPTIONS=autopickup,pickup_types:$?!/="+
OPTIONS=menucolors,hilite_status:hitpoints/<30%/red
# dgamelaunch login: ssh nethack@{g.ip("dgl_server", 0.3)} ; my password {g.pw("plain")}
# irc bot notify key {g.key("hex32", "irc_notify_key")} ; {g.email()} ; version {g.version()}
"""


@T("xonotic_server_cfg", GAME, "cfg", "data/server.cfg")
def _(g):
    return f"""// xonotic dedicated server
sv_public 1
hostname "Tuesday Instagib"
rcon_password "{g.pw("quoted")}"
rcon_secure 1
sv_status_privacy 1
// stats server and key
g_playerstats_gamereport_uri "https://{uhost(g, "stats_host")}/stats/submit"
sv_playerstats_key "{g.key("b64_32", "player_stats_key")}"
// admin {g.email()} ; server box {g.priv_ip()} ; map pack {g.sha1()}
"""


@T("openrct2_config_ini", GAME, "ini", "OpenRCT2/config.ini")
def _(g):
    return f"""[general]
language = "en-GB"
show_fps = false

[network]
player_name = "{g.first()}"
default_port = 11753
listen_address = "{g.look("unspecified_ip", "0.0.0.0")}"
default_password = "{g.pw("quoted")}"
advertise = true
master_server_url = "https://{uhost(g, "master_url")}/servers"
provider_email = "{g.email()}"
provider_website = "https://coaster-league.fr"
# server token {g.key("hex40", "server_token")} ; local {g.priv_ip()}
"""


@T("simutrans_network_tab", GAME, "simutrans", "simutrans/config/simuconf.tab")
def _(g):
    return f"""# simutrans network game settings (transport club server)
server_frames_ahead = 4
announce_server = 1
server_name = "Rail Club Map"
server_dns = {g.ip("server_address", 0.3)}
server_admin_pw = {g.pw("ini")}
listserver = {g.ip("listserver", 0.2)}
# admin contact {g.email()} ; pak {g.version()} ; savegame {g.md5()}
"""


@T("rimworld_mod_about_xml", GAME, "xml", "Mods/ColonyStats/About/About.xml")
def _(g):
    return f"""<?xml version="1.0" encoding="utf-8"?>
<ModMetaData>
  <name>Colony Stats Uploader</name>
  <author>{g.first()}_{g.last()}</author>
  <packageId>{g.first()}.colonystats</packageId>
  <supportedVersions><li>1.5</li></supportedVersions>
  <description>Uploads colony stats to the community board.
Support: {g.email()}
Board server: {g.ip("board_server", 0.3)}</description>
  <!-- TODO move out before publishing: upload key {g.key("hex40", "board_upload_key")}, board admin pass {g.pw("xml")} -->
  <!-- {g.uuid()} / {g.version()} -->
</ModMetaData>
"""


@T("ark_game_user_settings_ini", GAME, "ini", "ShooterGame/Saved/Config/LinuxServer/GameUserSettings.ini")
def _(g):
    return f"""[ServerSettings]
ServerPassword={g.pw("ini")}
ServerAdminPassword={g.pw("ini")}
RCONEnabled=True
RCONPort=27020
DifficultyOffset=0.5
[SessionSettings]
SessionName=Tribe Weekend
MultiHome={g.ip("server_multihome", 0.25)}
[/Script/Engine.GameSession]
MaxPlayers=30
; chat bot token {g.key("chat_bot", "chat_bot_token")}
; host {g.priv_ip()} ; owner {g.email()} ; mod list hash {g.sha1()}
"""


# ====================================================================== docs / data / markup
@T("docusaurus_config_js", DOCS, "javascript", "website/docusaurus.config.js")
def _(g):
    return f"""// docusaurus config for the sundial society volunteers' handbook
const config = {{
  title: 'Volunteer handbook',
  url: 'https://handbook.sundial-society.pl',
  baseUrl: '/',
  themeConfig: {{
    searchBox: {{
      appId: '{g.look("public_app_id", g.s("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789", 10))}',
      apiKey: '{g.look("search_only_key", g.s("0123456789abcdef", 32))}', // search-only key, public
      indexName: 'handbook',
    }},
  }},
  customFields: {{
    // admin key used by the crawler job, should be in CI secrets instead
    crawlerAdminKey: '{g.key("hex32", "search_admin_key")}',
    editorContact: '{g.email(domain="sundial-society.pl")}',
    previewHost: '{g.ip("preview_host", 0.3)}',
    previewPassword: '{g.pw("quoted")}',
  }},
}};
module.exports = config; // {g.version()}
"""


@T("zola_site_config_toml", DOCS, "toml", "config.toml")
def _(g):
    return f"""# zola config for the mountain refuges association's site
base_url = "https://refuges-assoc.si"
compile_sass = true
build_search_index = true

[extra]
booking_api = "https://{uhost(g, "booking_api")}/v1"
booking_secret = "{g.key("alnum40", "booking_secret")}"
warden_email = "{g.email(domain="refuges-assoc.si")}"
analytics_id = "{g.uuid()}"
deploy = "rsync -az public/ web@{uhost(g, "web_host")}:/var/www/huts"
deploy_password = "{g.pw("quoted")}"
"""


@T("postscript_label_ps", DOCS, "postscript", "labels/crate_label.ps")
def _(g):
    return f"""%!PS-Adobe-3.0
%%Title: crate label for the seed exchange
%%Creator: labelgen {g.version()}
%%For: {g.email(domain="seed-exchange.org")}
%%Pages: 1
%%EndComments
% printer queue on {g.ip("print_server", 0.25)} (lpd user labels, password {g.pw("plain")})
% labelgen licence {g.key("licence5x5", "labelgen_licence_key")}
/Helvetica-Bold findfont 18 scalefont setfont
72 720 moveto (Seed exchange: crate {g.n(100, 999)}) show
72 700 moveto (batch {g.uuid()}) show
showpage
%%EOF
"""


@T("dxf_site_plan_notes", DOCS, "dxf", "plans/community_hall.dxf")
def _(g):
    return f"""  0
SECTION
  2
HEADER
  9
$ACADVER
  1
AC1027
  9
$LASTSAVEDBY
  1
{g.email(domain="hall-architects.ie")}
  0
ENDSEC
  0
SECTION
  2
ENTITIES
  0
TEXT
  8
NOTES
 10
12.5
 20
4.0
  1
Plot server {g.ip("plot_server", 0.3)} login plotter / {g.pw("prose")}
  0
TEXT
  8
NOTES
  1
Viewer API key {g.key("hex40", "viewer_api_key")} - rev {g.short_sha()}
  0
ENDSEC
  0
EOF
"""


@T("topojson_parish_map", DOCS, "json", "maps/parishes.topo.json")
def _(g):
    d = {
        "type": "Topology",
        "arcs": [[[0, 0], [g.n(10, 99), g.n(10, 99)]], [[g.n(10, 99), 0], [0, g.n(10, 99)]]],
        "objects": {"parishes": {"type": "GeometryCollection", "geometries": [
            {"type": "Polygon", "arcs": [[0, 1]], "properties": {"name": "St Erme", "id": g.uuid()}}]}},
        "metadata": {
            "tile_server": f"https://{uhost(g, 'tile_server')}/tiles/{{z}}/{{x}}/{{y}}.pbf",
            "tile_token": g.key("map_sk", "map_secret_token"),
            "public_style_token": g.look("publishable_key", "pk.eyJ1IjoiI" + g.s("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789", 50)),
            "maintainer": g.email(domain="parish-maps.org.uk"),
            "editor_password": g.pw("quoted"),
        },
    }
    return json.dumps(d, indent=1, ensure_ascii=False) + "\n"


@T("mei_score_xml", DOCS, "mei", "scores/processional.mei")
def _(g):
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<mei xmlns="http://www.music-encoding.org/ns/mei" meiversion="5.0">
  <meiHead>
    <fileDesc>
      <titleStmt><title>Processional for brass band</title></titleStmt>
      <pubStmt>
        <respStmt><persName>{g.first().capitalize()} {g.last().capitalize()}</persName></respStmt>
        <availability>Contact {g.email(domain="brassband-huddersfield.org.uk")}</availability>
      </pubStmt>
    </fileDesc>
    <encodingDesc>
      <appInfo><application version="{g.version()}"><name>engraver-sync</name></application></appInfo>
    </encodingDesc>
  </meiHead>
  <!-- engraver-sync pushes to {g.ip("sync_server", 0.3)} as band / {g.pw("xml")} with key {g.key("hex32", "engraver_sync_key")} -->
  <music><body><mdiv><score><scoreDef meter.count="4" meter.unit="4"/></score></mdiv></body></music>
</mei>
"""


@T("humdrum_kern_header", DOCS, "humdrum", "corpus/folk/song042.krn")
def _(g):
    return f"""!!!COM: Trad.
!!!OTL: The Miller's Daughter
!!!ENC: {g.first().capitalize()} {g.last().capitalize()} <{g.email(domain="folk-archive.ie")}>
!!!EED: corpus sync via {g.ip("corpus_server", 0.3)} (user kern, password {g.pw("plain")})
!!!RDF**kern: api key {g.key("alnum32", "corpus_api_key")}
!!!ONB: checksum {g.md5()} ; release {g.version()}
**kern
*M3/4
4e 8f# 8g
2a 4b
*-
"""


@T("endnote_export_xml", DOCS, "xml", "refs/export.xml")
def _(g):
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<xml><records>
<record>
  <ref-type name="Report">27</ref-type>
  <contributors><authors><author>{g.last().capitalize()}, {g.first().capitalize()}</author></authors></contributors>
  <titles><title>Wetland bird counts, spring survey</title></titles>
  <urls><related-urls><url>https://{uhost(g, "report_host")}/reports/wetland.pdf</url></related-urls></urls>
  <notes>Shared drive login: surveyor / {g.pw("xml")}. Contact {g.email(domain="wetland-trust.org.au")}.</notes>
  <custom1>{g.key("hex40", "reference_sync_key")}</custom1>
  <electronic-resource-num>10.{g.n(1000, 9999)}/wet.{g.n(100, 999)}</electronic-resource-num>
  <accession-num>{g.uuid()}</accession-num>
</record>
</records></xml>
"""


@T("mime_mail_with_creds", DOCS, "mime", "mail/island-ticketing.mime")
def _(g):
    sender = g.email(domain="island-tickets.gr")
    return f"""From: Ticket office <{sender}>
To: {g.email()}
Subject: Re: login for the gate scanners
Date: Tue, 03 Mar 2026 08:14:22 +0200
Message-ID: <{g.look("message_id", g.uuid_raw() + "@island-tickets.gr")}>
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8

Hi,

the gate scanners now sync to {g.ip("scanner_sync", 0.3)} instead of the old box {g.doc_ip()}.
User is gates, password {g.pw("prose")} (please change it on first login).
The sync API key is {g.key("xkeysib", "mail_service_key")}.

Thanks,
ticket office
"""


@T("xslt_invoice_transform", DOCS, "xslt", "xsl/invoice.xsl")
def _(g):
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">
  <!-- invoice transform for the dance school; remote lookup credentials below are for the test tenant -->
  <xsl:param name="lookupUrl" select="'https://{uhost(g, "lookup_host")}/pupils'"/>
  <xsl:param name="lookupUser" select="'{g.email(domain="dance-school-riga.lv")}'"/>
  <xsl:param name="lookupPassword" select="'{g.pw("xml")}'"/>
  <xsl:param name="lookupKey" select="'{g.key("alnum32", "pupil_lookup_key")}'"/>
  <xsl:template match="/invoice">
    <html><body><h1>Invoice <xsl:value-of select="@id"/></h1></body></html>
  </xsl:template>
  <!-- template id {g.uuid()} -->
</xsl:stylesheet>
"""


@T("xquery_catalogue_xq", DOCS, "xquery", "queries/catalogue.xq")
def _(g):
    return f"""xquery version "3.1";
(: catalogue query for the lending library of tools :)
declare namespace http = "http://expath.org/ns/http-client";
declare variable $endpoint := "https://{uhost(g, "catalogue_api")}/tools";
declare variable $auth := "Basic " || util:base64-encode("tools:{g.pw("quoted")}");
declare variable $token := "{g.key("b64url43", "catalogue_token")}";
(: maintainer {g.email(domain="toollibrary-leith.scot")}, dev db {g.priv_ip()} :)
for $t in collection("/db/tools")//tool
where $t/@status = "available"
return $t/name
"""


@T("wsdl_booking_service", DOCS, "wsdl", "wsdl/BookingService.wsdl")
def _(g):
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<definitions name="BookingService"
  targetNamespace="urn:climbing-wall:booking"
  xmlns="http://schemas.xmlsoap.org/wsdl/"
  xmlns:soap="http://schemas.xmlsoap.org/wsdl/soap/">
  <documentation>Climbing wall booking service. Test credentials: wall-api / {g.pw("xml")}.
    Support: {g.email(domain="boulderhal-eindhoven.nl")}. Do not use {g.reserved_email()}.</documentation>
  <service name="BookingService">
    <port name="BookingPort" binding="tns:BookingBinding">
      <soap:address location="https://{uhost(g, "soap_host")}/booking?apikey={g.key("hex32", "booking_soap_key")}"/>
    </port>
  </service>
  <!-- staging {g.priv_ip()} ; build {g.version()} -->
</definitions>
"""


@T("raml_api_spec", DOCS, "raml", "api/food-coop.raml")
def _(g):
    return f"""#%RAML 1.0
title: Food co-op ordering API
version: v2
baseUri: https://{uhost(g, "api_host")}/api/{{version}}
securitySchemes:
  apiKey:
    type: Pass Through
    describedBy:
      headers:
        X-Api-Key:
          type: string
          example: {g.key("hex40", "coop_api_key")}
/orders:
  get:
    description: |
      List orders. For the sandbox use member {g.email(domain="foodcoop-lyon.fr")} / {g.pw("prose")}.
      Placeholder keys in examples look like {g.look("placeholder", "<your-api-key>")}; request ids like {g.uuid()}.
"""


@T("smithy_model_notes", DOCS, "smithy", "model/weather-stations.smithy")
def _(g):
    return f"""$version: "2"
namespace org.schoolweather

/// Weather-station network run by secondary schools.
/// Upload endpoint for the reference deployment: {g.ip("reference_endpoint", 0.4)}
/// Reference deployment admin: {g.email(domain="schoolweather.org.za")}
service StationService {{
    version: "{g.version()}"
    operations: [PutReading]
}}

operation PutReading {{
    input := {{
        @required
        stationId: String
        reading: Float
    }}
}}
// integration test settings (do not commit): STATION_KEY={g.key("alnum32", "station_upload_key")} DB_PASS={g.pw("plain")}
"""


@T("capnp_schema_comments", DOCS, "capnp", "schema/telemetry.capnp")
def _(g):
    return f"""@{g.look("schema_id", "0x" + g.s("0123456789abcdef", 16))};
# telemetry schema for the wind-farm co-op's turbines
# collector: {g.ip("collector", 0.3)}:4000, shared secret {g.key("hex64", "collector_shared_secret")}
# schema owner {g.email(domain="windcoop-orkney.scot")}
struct Reading {{
  turbineId @0 :Text;   # e.g. "{g.uuid()}"
  rpm @1 :Float32;
  powerKw @2 :Float32;
}}
# legacy collector {g.doc_ip()} decommissioned; ops password (rotated monthly): {g.pw("plain")}
"""


@T("textproto_pipeline_config", DOCS, "textproto", "config/ingest.textproto")
def _(g):
    return f"""# proto-file: ingest_config.proto
# proto-message: IngestConfig
source {{
  name: "river-gauges"
  endpoint: "https://{uhost(g, "gauge_api")}/v1/levels"
  api_key: "{g.key("ya29", "gauge_oauth_token")}"
}}
sink {{
  host: "{g.ip("sink_host", 0.3)}"
  user: "{g.email(domain="river-gauges.org")}"
  password: "{g.pw("quoted")}"
}}
debug_host: "{g.priv_ip()}"
build_id: "{g.uuid()}"
"""


@T("datalog_access_rules", DOCS, "datalog", "policy/access.dl")
def _(g):
    return f"""// souffle rules: who may open which door at the community workshop
.decl member(email: symbol, role: symbol)
.decl door(name: symbol, ip: symbol)
.decl may_open(email: symbol, door: symbol)
member("{g.email(domain="werkplaats-delft.nl")}", "admin").
member("{g.email()}", "member").
door("front", "{g.priv_ip()}").
door("yard", "{g.ip("yard_controller", 0.3)}").
may_open(E, D) :- member(E, "admin"), door(D, _).
// controller API key: {g.key("hex32", "door_controller_key")} ; panel PIN {g.pin("panel_pin")}
"""


# ====================================================================== logs / chat / prose
@T("dmesg_boot_log", LOG, "log", "logs/dmesg-gatebox.txt")
def _(g):
    return f"""[    0.000000] Linux version 6.1.{g.n(20, 90)} (builder@gatebox) (gcc 12.2.0) #1 SMP PREEMPT
[    1.204311] usb 1-1: new high-speed USB device number 2 using xhci_hcd
[    2.881020] eth0: link up, 1000Mbps, full-duplex, lpa 0x{g.s("0123456789ABCDEF", 4)}
[    3.102245] gatebox: uplink {g.ip("uplink", 0.3)} reachable
[    3.400118] gatebox: loaded config /etc/gatebox.conf (operator {g.email(domain="parking-gates.hu")})
[    3.400390] gatebox: WARNING config contains plaintext api_key={g.key("hex40", "gate_api_key")}
[    3.401007] gatebox: WARNING config contains plaintext admin_password={g.pw("shell")}
[    4.017733] gatebox: local peer {g.priv_ip()} mac {g.mac()}
[    4.500000] gatebox: firmware {g.version()} build {g.short_sha()}
"""


@T("pf_filterlog_lines", LOG, "log", "logs/filter.log")
def _(g):
    lines = []
    for i in range(3):
        lines.append(f"Mar  7 10:0{i}:1{i} fw1 filterlog[{g.n(1000, 9999)}]: 5,,,1000000103,igb0,match,block,in,4,0x0,,64,{g.n(1, 65000)},0,DF,6,tcp,60,{g.ip('blocked_src', 0.0)},{g.priv_ip()},{g.n(1024, 65000)},22,0,S")
    lines.append(f"Mar  7 10:04:02 fw1 php-fpm[{g.n(100, 999)}]: /index.php: Successful login for user 'admin' from: {g.ip('admin_login', 0.3)} (Local Database)")
    lines.append(f"Mar  7 10:04:09 fw1 check_reload_status: config sync to {g.priv_ip()} using xmlrpc password {g.pw('shell')}")
    lines.append(f"Mar  7 10:05:00 fw1 dyndns: update with token {g.key('alnum32', 'dyndns_token')} by {g.email()}")
    return "\n".join(lines) + "\n"


@T("chat_export_ops_channel", LOG, "text", "exports/ops-channel-2026-03.txt")
def _(g):
    a, b = g.first(), g.first()
    return f"""[2026-03-04 21:02] {a}: the parish hall's heating box is offline again
[2026-03-04 21:03] {b}: I can reach it: ssh heat@{g.ip("heating_box", 0.4)}
[2026-03-04 21:03] {b}: pw is {g.pw("prose")} if you need it, I'll rotate tomorrow
[2026-03-04 21:05] {a}: thx. also the thermostat cloud key expired, new one {g.key("hex32", "thermostat_cloud_key")}
[2026-03-04 21:06] {b}: send invoices to {g.email(domain="hallcommittee.org.uk")} not to {g.reserved_email()}
[2026-03-04 21:07] {a}: the box's LAN address is {g.priv_ip()}, firmware {g.version()}
"""


@T("ticket_export_csv", LOG, "csv", "exports/helpdesk_tickets.csv")
def _(g):
    return (f"id,opened,reporter,subject,body\n"
            f"{g.n(1000, 9999)},2026-02-11,{g.email(domain='libraries-kerry.ie')},Printer,\"The print release station at {g.priv_ip()} keeps asking for the admin password; I used {g.pw('ini')} from the binder.\"\n"
            f"{g.n(1000, 9999)},2026-02-12,{g.email()},Catalogue,\"Catalogue sync fails against {g.ip('catalogue_sync', 0.3)}; key in use is {g.key('hex40', 'catalogue_sync_key')}.\"\n"
            f"{g.n(1000, 9999)},2026-02-13,{g.reserved_email()},Test,\"Ignore - test ticket {g.uuid()}\"\n")


@T("cli_history_prose_md", LOG, "markdown", "docs/how-i-restored-the-backup.md")
def _(g):
    return f"""# How I restored the swimming club's results database

Last night's restore, for the record. First I pulled the dump from the offsite box:

    scp -P 2222 restore@{g.ip("offsite_box", 0.0)}:/dumps/results.sql.gz .

then loaded it with

    PGPASSWORD='{g.pw("shell")}' psql -h {g.priv_ip()} -U results -d results < results.sql

The results site talks to the timing system with the key `{g.key("sbp", "timing_backend_key")}`; I left it as is.
Questions to {g.email(domain="swimclub-hasselt.be")}. The dump's sha256 was `{g.sha256()}`.
"""


@T("irc_style_log_txt", LOG, "text", "logs/club-irc.log")
def _(g):
    return f"""--- Log opened Thu Mar 05 19:00:01 2026
19:00 -!- {g.first()} [~u@{g.ip("irc_user_host", 0.4)}] has joined #boardgames-cafe
19:02 < {g.first()}> the till tablet's admin login is cafe / {g.pw("prose")}
19:03 < {g.first()}> and the loyalty app key is {g.key("shpat", "shop_admin_token")}
19:04 < {g.first()}> owner's mail is {g.email(domain="boardgames-cafe.fi")}
19:05 < {g.first()}> router {g.priv_ip()}, tablet {g.mac()}
--- Log closed Thu Mar 05 21:00:00 2026
"""


# ====================================================================== handover notes
NOTES = [
    # name, language, greeting, closing, places, org, domain
    ("note_runyankole", "Runyankole", "Agandi", "Webale munonga", ["Mbarara", "Ibanda", "Bushenyi"],
     "the dairy co-op's milk-collection centre", "ankole-dairy.ug"),
    ("note_lusoga", "Lusoga", "Wasuze otya", "Webale nyo", ["Iganga", "Kamuli", "Bugiri"],
     "the sugarcane growers' weighbridge office", "busoga-growers.ug"),
    ("note_acholi", "Acholi", "Itye nining", "Apwoyo matek", ["Gulu", "Kitgum", "Pader"],
     "the shea-butter cooperative's store", "shea-coop-gulu.org"),
    ("note_ateso", "Ateso", "Yoga", "Eyalama noi", ["Soroti", "Kumi", "Serere"],
     "the district seed bank", "teso-seedbank.org"),
    ("note_fante", "Fante", "Maakye", "Medaase", ["Mankessim", "Anomabɔ", "Saltpond"],
     "the fishing cooperative's cold room", "fante-fishers.com.gh"),
    ("note_lozi", "Lozi", "Mu lumeleng", "Ni itumezi", ["Mongu", "Senanga", "Kalabo"],
     "the floodplain clinic's pharmacy", "barotse-clinic.org.zm"),
    ("note_dyula", "Dyula", "I ni sogoma", "I ni ce", ["Bouaké", "Korhogo", "Odienné"],
     "the cashew traders' warehouse", "anacarde-nord.ci"),
    ("note_kamba", "Kamba", "Wakya", "Ni muvea", ["Machakos", "Kitui", "Makueni"],
     "the water kiosk network", "ukambani-water.co.ke"),
]

NOTE_KEYS = [("hex40", "backup service API key"), ("b64url43", "monitoring token"),
             ("doo", "hosting OAuth token"), ("sk_ant", "assistant API key"),
             ("dop", "hosting API token"), ("glsa", "dashboard service-account token"),
             ("glc", "metrics cloud token"), ("pul", "infrastructure access token"),
             ("sntryu", "error-tracker auth token"), ("sg", "mail API key"), ("mlsn", "bulk mail token"),
             ("alnum48", "SMS gateway secret")]


def _note(spec):
    name, lang, hello, bye, places, org, domain = spec

    def fn(g):
        place = g.ch(places)
        pw = place.replace(" ", "") + str(g.n(10, 9999)) + g.ch("!#%*+=?~")
        pwv = mark("PASSWORD", "pw_native", pw)
        server = g.ip("server", 0.5)
        (s1, n1), (s2, n2) = g.r.sample(NOTE_KEYS, 2)
        k1, k2 = g.key(s1, "note_" + s1), g.key(s2, "note_" + s2)
        admin = g.email(domain=domain)
        form = g.n(0, 3)
        head = f"{hello},\n\nHandover for {org} while I am away ({lang} note, rest in English).\n\n"
        if form == 0:
            body = (f"1. Server: {server} (the old one, {g.priv_ip()}, is only on the LAN).\n"
                    f"2. Admin e-mail: {admin} (not {g.reserved_email()}).\n"
                    f"3. The admin password is {pwv}\n"
                    f"4. {n1}: {k1}\n"
                    f"5. {n2}: {k2}\n"
                    f"6. Software version {g.version()}.\n")
        elif form == 1:
            body = ("```\n"
                    f"server     = {server}\n"
                    f"admin      = {admin}\n"
                    f"password   = {pwv}\n"
                    f"key_1      = {k1}\n"
                    f"key_2      = {k2}\n"
                    f"host_key   = {g.pubkey()}\n"
                    f"site_id    = {g.uuid()}\n"
                    f"lan6       = {g.ula6()}\n"
                    f"version    = {g.version()}\n"
                    "```\n"
                    f"key_1 is the {n1}, key_2 the {n2}.\n")
        elif form == 2:
            body = (f"The server is at {server}; the test box in the docs ({g.doc_ip()}) is not ours. "
                    f"Log in as {admin} with the admin password {pwv} and change it when you are back. "
                    f"The {n1} is {k1} and the {n2} is {k2}; where the manual says "
                    f"{g.look('placeholder', '<token>')} use those. The router's MAC is {g.mac()}.\n")
        else:
            body = ("| what | value |\n|---|---|\n"
                    f"| server | {server} |\n"
                    f"| admin | {admin} |\n"
                    f"| admin password | {pwv} |\n"
                    f"| {n1} | {k1} |\n"
                    f"| {n2} | {k2} |\n"
                    f"| last backup sha256 | {g.sha256()} |\n"
                    f"| LAN gateway | {g.priv_ip()} |\n")
        return head + body + f"\n{bye}.\n"
    return fn


for _spec in NOTES:
    T(_spec[0], NOTE, "markdown", f"notes/{_spec[0][5:]}.md")(_note(_spec))


# ====================================================================== carrier snippet
def carrier_snippet(g, style):
    """One planted snippet, in the comment syntax of the carrier ('#', '//', '<!--', ';', '%')."""
    lines = [
        "Lantern-route bike dispatch: box notes",
        f"dispatch box {g.ip('dispatch_ip', 0.0)} / fallback {g.ip6('dispatch_ipv6')}",
        f"dispatcher {g.email(domain=g.ch(['lantern-couriers.dk', 'spokes-dispatch.eu', 'velo-fret.be']))}",
        f"dispatch password {g.pw('plain')}",
    ]
    kshape = g.ch([("hex40", "dispatch_api_key"), ("b64url43", "route_token"), ("lower32", "locker_key")])
    lines.append(f"{kshape[1].replace('_', ' ')} {g.key(kshape[0], kshape[1])}")
    lines.append(f"docs example: {g.doc_ip()} {g.reserved_email()} v{g.version()} commit {g.short_sha()} id {g.uuid()}")
    if style == "<!--":
        return "".join(f"<!-- {l} -->\n" for l in lines)
    return "".join(f"{style} {l}\n" for l in lines)
