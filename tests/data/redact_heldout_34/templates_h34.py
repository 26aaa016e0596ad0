"""Templates for the thirty-fourth held-out redaction set.

Each template takes a gen_h34.G and returns text with planted values wrapped in markers (see gen_h34).
"""
import sys

sys.dont_write_bytecode = True

import json

from gen_h34 import G  # noqa: F401  (type of the argument every template takes)


class Template:
    def __init__(self, name, group, lang, path, fn):
        self.name, self.group, self.lang, self.path, self.fn = name, group, lang, path, fn


TEMPLATES = []


def T(name, group, lang, path):
    def deco(fn):
        TEMPLATES.append(Template(name, group, lang, path, fn))
        return fn
    return deco


def vis(s):
    """Visible length of marked text (markers and their headers do not count)."""
    out, i = 0, 0
    while i < len(s):
        c = s[i]
        if c == "\ue000":
            i = s.index("\ue001", i) + 1
            continue
        if c != "\ue002":
            out += 1
        i += 1
    return out


def pad(s, n):
    return s + " " * max(0, n - vis(s))


def U(marked_ip):
    """An address as the host part of a URL or host:port: IPv6 goes in brackets."""
    return f"[{marked_ip}]" if "_v6\ue001" in marked_ip else marked_ip


def J(obj, indent=2):
    return json.dumps(obj, ensure_ascii=False, indent=indent)


HS = "high street / sport clubs"
SCI = "science / engineering inputs"
LANGS = "languages / proofs / hardware"
BUILD = "build / packaging / devices"
GAMES = "games / music / media"
DOCS = "docs / markup / APIs"
LOG = "log"
CHAT = "chat / command line"
NOTES = "handover notes"

# ---------------------------------------------------------------------------------------------------------------
# high street / sport clubs
# ---------------------------------------------------------------------------------------------------------------


@T("bakery_proofer_ini", HS, "ini", "bakehouse/proofer/controller.ini")
def _(g):
    return f"""; Proofing cabinet controller - Crumb & Crust bakehouse, back room
; firmware {g.version()} (do not flash during the Saturday bake)

[network]
dhcp = no
address = {g.private()}
gateway = {g.private()}
; remote logging goes to the supplier's collector
syslog_host = {g.ip4("syslog_host")}

[cloud]
tenant = crumb-and-crust
api_secret = {g.key("proofer_api_secret", g.k_alnum(32))}
owner_email = {g.email("owner_email")}

[ota]
update_token = {g.key("ota_update_token", g.k_b64url(40))}
; sha1 of the last image, for the log
image_sha1 = {g.sha1()}

[panel]
; the touch panel asks for this before changing humidity curves
service_password = {g.pw("ini", "service_password")}
"""


@T("bicycle_coop_workshop_yaml", HS, "yaml", "spokes-coop/booking/settings.yml")
def _(g):
    return f"""# Spokes Co-op workshop booking - settings shared by both benches
site:
  name: Spokes Co-op
  timezone: Europe/London
  contact: {g.email("contact_email")}
  release: {g.short_sha()}
stand_pc:
  lan: {g.private()}
  # tunnels home through the volunteer's router
  public_endpoint: {g.ip("public_endpoint", 0.7)}
payments:
  card_reader_affiliate_key: {g.key("affiliate_key", "afk_" + g.k_alnum(32))}
  refunds_pin: "{g.pw("quoted", "refunds_pin", g.pin(4, 6))}"
mailer:
  host: smtp.{g.pick(["fastmail.com", "posteo.de", "gmx.net"])}
  port: 587
  user: {g.email("mailer_user_email")}
  pass: {g.pw("yaml", "smtp_password")}
example_booking:
  rider: {g.resmail("rider")}
  bike_serial: {g.L("device_serial", "WTU" + g.s("0123456789", 7) + "C")}
"""


@T("tram_museum_signal_lua", HS, "lua", "depot/signalbox/config.lua")
def _(g):
    return f"""-- Heritage tram depot: signal box mimic panel (Lua config, read at boot)
return {{
  panel = {{ name = "Depot box 2", build = "{g.short_sha()}" }},
  plc = {{
    host = "{g.private()}",
    port = 502,
    unit_id = 7,
  }},
  upstream = {{
    -- the museum trust's status page pulls from here
    push_url = "https://status.tramtrust.org.uk/api/push",
    push_token = "{g.key("push_token", g.k_b64url(40))}",
    fallback_ip = "{g.ip("fallback_ip", 0.5)}",
  }},
  map = {{ tiles_key = "{g.key("map_tiles_key", g.k_hex(32))}", style = "heritage", version = "{g.version()}" }},
  alerts = {{
    to = {{ "{g.email("alert_email")}", "{g.email("alert_email", "tramtrust.org.uk")}" }},
  }},
  maintenance = {{ user = "fitter", password = "{g.pw("quoted", "maintenance_password")}" }},
}}
"""


@T("laundrette_payment_env", HS, "dotenv", "washhouse/.env.production")
def _(g):
    return f"""# Bubbles Washhouse card readers + SMS "your wash is done" service
APP_ENV=production
READER_BRIDGE_HOST={g.ip4("reader_bridge_ip")}
READER_BRIDGE_LAN={g.private()}
SMS_SENDER=Bubbles
SMS_API_KEY={g.key("sms_api_key", g.k_hex(32))}
SMS_API_SECRET={g.key("sms_api_secret", g.k_alnum(40))}
ADMIN_EMAIL={g.email("admin_email")}
ADMIN_PASSWORD={g.pw("ini", "admin_password")}
# example receipts in the README use {g.resmail("receipts")}
COIN_MECH_FIRMWARE={g.version()}
READER_FLEET_ID={g.uuid()}
"""


@T("bookbinder_orders_csv", HS, "csv", "bindery/orders/export-web-shop.csv")
def _(g):
    rows = []
    for i in range(3):
        rows.append(f"{1040 + i * 7},{g.name()},{g.email('customer_email')},{g.pick(['quarter leather', 'coptic', 'case binding', 'japanese stab'])},{g.num(2, 40)}.00,{g.L('uuid', g.uuid_v())}")
    return ("order_id,customer,email,binding,total_gbp,payment_ref\n" + "\n".join(rows) +
            f"\n# export page login: {g.email('export_login_email')} / {g.pw('ini', 'export_password')}"
            f"\n# exported by shop plugin {g.version()}; webhook secret rotated - new one is {g.key('webhook_secret', 'whsec_' + g.k_alnum(32))}\n")


@T("tailor_fitting_app_toml", HS, "toml", "atelier/fitting-app/config.toml")
def _(g):
    return f"""# Fitting-room tablet app (atelier on Cheapside)
[server]
bind = "{g.L("unspecified_ip", "0.0.0.0")}:8443"
public_address = "{g.ip("public_address", 0.35)}"

[measurements_backup]
# nightly rsync of the measurements database
target = "backup@{g.ip4("backup_host")}:/srv/atelier"
passphrase = "{g.pw("quoted", "backup_passphrase")}"

[notifications]
from = "{g.email("from_email")}"
test_recipient = "{g.resmail("fitting")}"

[pattern_service]
api_key = "{g.key("pattern_api_key", g.k_lower(32))}"
client_secret = "{g.key("pattern_client_secret", g.k_alnum(48))}"
version = "{g.version()}"
"""


@T("allotment_water_log", HS, "log", "allotments/tap-controller/2026-06-14.log")
def _(g):
    ip_a = g.ip4("client_ip")
    return f"""2026-06-14T05:00:01Z tapctl[412]: boot, firmware {g.version()}, mac {g.mac()}
2026-06-14T05:00:03Z tapctl[412]: dhcp lease {g.private()} from {g.private()}
2026-06-14T05:00:04Z tapctl[412]: mqtt connect user=plot-taps pass={g.pw("shell", "mqtt_password")} -> ok
2026-06-14T06:30:12Z tapctl[412]: valve 3 open (plot 14b) requested by {ip_a}
2026-06-14T06:45:12Z tapctl[412]: valve 3 closed, 38 L
2026-06-14T07:02:40Z tapctl[412]: weekly report mailed to {g.email("report_email")} via relay key {g.key("relay_key", g.k_hex(32))}
2026-06-14T07:02:41Z tapctl[412]: clock ok ({g.docip()} listed in docs, using pool)
2026-06-14T07:10:00Z tapctl[412]: ota check: {g.version()} available, sha256 {g.sha256()}
"""


@T("orchard_pressing_rmd", HS, "rmarkdown", "orchard/pressing-yields.Rmd")
def _(g):
    return f"""---
title: "Community orchard - pressing yields"
author: "{g.name()}"
output: html_document
---

```{{r setup, include=FALSE}}
library(DBI)
Sys.setenv(MET_API_KEY = "{g.key("met_api_key", g.k_alnum(32))}")
con <- dbConnect(RPostgres::Postgres(),
                 host = "{g.ip4("db_host")}", dbname = "orchard",
                 user = "presser", password = "{g.pw("quoted", "db_password")}")
```

Yields by variety for the {g.num(2021, 2026)} season. Questions to {g.email("contact_email")}.

```{{r}}
yields <- dbGetQuery(con, "SELECT variety, sum(litres) FROM pressings GROUP BY 1")
print(yields)
```

<!-- tracking id {g.uuid()} is the sheet's id, not a secret; rendered with R {g.version()} -->
"""


@T("brewery_fermenter_json", HS, "json", "taproom/fermenters/fv3.json")
def _(g):
    return J({
        "vessel": "FV3",
        "probe": {"serial": g.L("device_serial", "TLT-" + g.s("0123456789ABCDEF", 10)), "firmware": g.version()},
        "uplink": {"host": g.ip("uplink_host", 0.3), "port": 8883, "client_id": "fv3-probe",
                   "username": "fermentation", "password": g.pw("quoted", "mqtt_password")},
        "brewlog": {"endpoint": "https://brewlog.harbourbrew.co.uk/api/v2/readings",
                    "token": g.key("brewlog_token", g.k_b64url(43))},
        "notify": [g.email("notify_email"), g.email("notify_email", "harbourbrew.co.uk")],
        "lan_gateway": g.private(),
        "calibration_id": g.uuid(),
    })


@T("vineyard_weather_sh", HS, "shell", "vineyard/scripts/push-frost-alert.sh")
def _(g):
    return f"""#!/bin/sh
# Frost alert for the lower rows: pushes to phones and to the co-op dashboard.
set -eu
TEMP=$(cat /run/sensors/row4_temp)
if [ "$TEMP" -lt 1 ]; then
  curl -s -X POST "https://push.vinhateiros.pt/v1/alert?token={g.key("push_token", g.k_alnum(30))}" \\
       -d "msg=Frost risk rows 1-4 ($TEMP C)"
  curl -s -u winery:{g.pw("url", "dashboard_password")} \\
       "http://{g.ip4("dashboard_ip")}:8080/api/frost" -d "t=$TEMP"
fi
# test box on the bench: {g.private()}; docs use {g.docip()}
# script rev {g.short_sha()}; forecast key for the morning run: {g.key("forecast_key", g.k_hex(32))}
"""


@T("florist_pos_properties", HS, "properties", "petals-pos/config/application.properties")
def _(g):
    return f"""# Petals & Stems point-of-sale
pos.shop.name=Petals & Stems
pos.printer.host={g.private()}
pos.printer.mac={g.mac()}
pos.sync.url=https://{g.ip4("sync_ip")}:9443/pos
pos.sync.apiKey={g.key("sync_api_key", g.k_hex(40))}
pos.mail.username={g.email("mail_username_email")}
pos.mail.password={g.pw("ini", "mail_password")}
pos.wire.partner=relay-network
pos.wire.partnerSecret={g.key("partner_secret", g.k_alnum(48))}
pos.build={g.short_sha()}
"""


@T("butcher_scale_xml", HS, "xml", "counter/scales/labelprinter.xml")
def _(g):
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<scaleConfig model="counter-2" firmware="{g.version()}">
  <network dhcp="false" ip="{g.private()}" mask="{g.L("netmask", "255.255.255.0")}"/>
  <priceSync host="{g.ip("price_sync_host", 0.4)}" port="7001" user="counter" password="{g.pw("xmlattr", "price_sync_password")}"/>
  <traceability>
    <endpoint>https://trace.meatmark.ie/v3/labels</endpoint>
    <apiKey>{g.key("trace_api_key", g.k_upper(24))}</apiKey>
    <contact>{g.email("contact_email")}</contact>
  </traceability>
  <!-- label batch id {g.uuid()} -->
  <firmwareImage sha1="{g.sha1()}"/>
</scaleConfig>
"""


@T("fishmonger_auction_py", HS, "python", "fishcounter/auction_feed.py")
def _(g):
    return f'''"""Pull the morning quay auction prices into the counter display."""
import requests

AUCTION_API = "https://{g.ip4("auction_api_ip")}/prices/today"
AUCTION_KEY = "{g.key("auction_key", g.k_hex(32))}"
DISPLAY = "http://{g.private()}:5000/update"
DISPLAY_TOKEN = "{g.key("display_token", g.k_b64url(32))}"
TEST_AUCTION = "https://{g.docip()}/prices/today"  # the example server from the API docs
# contact at the auction house: {g.email("auction_contact_email")}


def fetch():
    r = requests.get(AUCTION_API, headers={{"X-Auction-Key": AUCTION_KEY}}, timeout=10,
                     auth=("pierfish", "{g.pw("quoted", "auction_password")}"))
    r.raise_for_status()
    return r.json()
'''


@T("farmers_market_stallholders_md", HS, "markdown", "market/stallholders/README.md")
def _(g):
    return f"""# Saturday farmers market - stallholder card readers

Each stall gets a loaned card reader. Readers register with the market's hub at
`{g.ip("hub_ip", 0.7)}` (port 7443). The hub's admin login is `market` / `{g.pw("prose", "hub_password")}`
(change it after the season meeting).

| stall | holder | contact |
|---|---|---|
| 4 | {g.name()} | {g.email("stallholder_email")} |
| 9 | {g.name()} | {g.email("stallholder_email")} |
| 12 | Demo stall | {g.resmail("demo")} |

Reader pairing key for new stalls: `{g.key("pairing_key", g.k_upper(20))}`.
Reader firmware {g.version()}; the hub's LAN address is {g.private()}.
Hub certificate fingerprint (SHA-256): `{g.sha256()}`.
"""


@T("record_shop_marketplace_r", HS, "r", "vinylstock/sync_inventory.R")
def _(g):
    return f"""# Sync the shop's crate inventory with the online marketplace listing
library(httr)
library(jsonlite)

token <- "{g.key("marketplace_token", g.k_alnum(40))}"   # personal access token (shop account)
lastfm_key <- "{g.key("lastfm_api_key", g.k_hex(32))}"
res <- GET("https://api.vinylmarket.io/inventory", add_headers(Authorization = paste("Token", token)))
stock <- fromJSON(content(res, "text"))
# crate scanner PC login: crates / {g.pw("prose", "scanner_password")} (R {g.version()})
# mail the weekly list
sendmailR::sendmail(from = "{g.email("from_email")}", to = "{g.email("to_email")}",
                    subject = "Crate update", msg = nrow(stock),
                    control = list(smtpServer = "{g.ip4("smtp_ip")}"))
"""


@T("locksmith_keycutter_ini", HS, "ini", "keycutter/machine.ini")
def _(g):
    return f"""[Machine]
Model=KC-900
Serial={g.L("device_serial", "KC9" + g.s("0123456789", 8))}
Firmware={g.version()}

[Codes]
; blank-code database subscription
DatabaseUser={g.email("database_user_email")}
DatabasePassword={g.pw("ini", "database_password")}
LicenceKey={g.key("licence_key", "-".join(g.k_upper(5) for _ in range(5)))}

[Network]
Address={g.private()}
UpdateServer={g.ip("update_server_ip", 0.3)}

[Update]
Channel=stable
LastImageSha1={g.sha1()}
"""


@T("clockmaker_tower_driver_jsonc", HS, "jsonc", "towerclock/driver.jsonc")
def _(g):
    return f"""// Town hall tower clock: driver board settings (JSON with comments)
{{
  "board": {{ "serial": "{g.L("device_serial", "TCD" + g.s("0123456789", 7))}", "firmware": "{g.version()}" }},
  // the board sets the hands from GPS; the chime schedule comes from the council's server
  "chimes": {{
    "scheduleUrl": "https://{U(g.ip("schedule_ip", 0.5))}/chimes.json",
    "apiKey": "{g.key("chime_api_key", g.k_alnum(32))}",
    "quietHours": ["23:00", "07:00"]
  }},
  "service": {{
    "lan": "{g.private()}",
    "webUser": "clocksmith",
    "webPassword": "{g.pw("quoted", "web_password")}" // printed inside the case door too
  }},
  "contacts": ["{g.email("maintainer_email")}", "{g.resmail("clerk")}"]
}}
"""


@T("glassblowing_furnace_yaml", HS, "yaml", "hotshop/furnace/controllers.yaml")
def _(g):
    return f"""# Hot shop furnace + glory hole controllers (fieldbus over TCP)
controllers:
  - name: furnace
    host: {g.private()}
    unit: 1
  - name: glory_hole
    host: {g.private()}
    unit: 2
remote_support:
  vendor_vpn: {g.ip4("vendor_vpn_ip")}
  vendor_account: {g.email("vendor_account_email")}
  vendor_password: {g.pw("yaml", "vendor_password")}
firmware: {g.version()}
gas_meter:
  reading_api_key: {g.key("meter_api_key", g.k_hex(32))}
  meter_uuid: {g.uuid()}
"""


@T("blacksmith_class_booking_php", HS, "php", "forgeclass/wp-content/booking-config.php")
def _(g):
    return f"""<?php
// Anvil evenings - class booking plugin settings
define('ANVIL_DB_HOST', '{g.ip4("db_host")}');
define('ANVIL_DB_USER', 'anvil_book');
define('ANVIL_DB_PASS', '{g.pw("quoted", "db_password")}');
define('ANVIL_PAYMENT_SECRET', '{g.key("payment_secret", "sk_live_" + g.k_alnum(24))}');
define('ANVIL_PAYMENT_PUBLIC', '{g.L("publishable_key", "pk_live_" + g.k_alnum(24))}');
define('ANVIL_NOTIFY', '{g.email("notify_email")}');
define('ANVIL_SMTP_PASS', '{g.pw("quoted", "smtp_password")}');
define('ANVIL_VERSION', '{g.version()}');
// staging copy lives on {g.private()}
"""


@T("weaving_loom_wif", HS, "wif", "studio/drafts/overshot-sampler.wif")
def _(g):
    return f"""[WIF]
Version=1.1
Date=April 20, 1997
Developers={g.email("developer_email")}
Source Program=LoomLink
Source Version={g.version()}

[CONTENTS]
COLOR PALETTE=yes
TEXT=yes
WEAVING=yes

[TEXT]
Title=Overshot sampler for the guild
Author={g.name()}
; the computer-dobby loom syncs drafts over the studio network
Note1=Loom bridge {g.private()}, guild share at {g.ip4("guild_share_ip")}
Note2=Share login guild / {g.pw("plain", "share_password")}
Note3=Loom controller pairing key {g.key("loom_pairing_key", g.k_upper(16))}, draft id {g.uuid()}

[WEAVING]
Shafts=8
Treadles=10
"""


@T("knitting_pattern_shop_mdx", HS, "mdx", "knitshop/content/patterns/fair-isle-yoke.mdx")
def _(g):
    return f"""---
title: Fair Isle yoke
sku: FIY-{g.num(100, 999)}
---

import {{ BuyButton }} from '../components/BuyButton'

<script src="https://cdn.jsdelivr.net/npm/chart.js@4.4.1/dist/chart.umd.min.js" integrity="{g.sri()}" crossorigin="anonymous"></script>

# Fair Isle yoke

Worked in the round with two colours per row.

<BuyButton
  sku="FIY"
  apiSecret="{g.key("store_api_secret", g.k_alnum(32))}"
/>

{{/* preview deploy: {g.ip("preview_ip", 0.4)}; tester login is {g.email("tester_email")} with password {g.pw("prose", "tester_password")} */}}

Questions: write to {g.resmail("patterns")} (sample address) or the designer at {g.email("designer_email")}.
"""


@T("stained_glass_oven_csv", HS, "csv", "glassworks/fusing-oven-firings.csv")
def _(g):
    rows = "\n".join(f"2026-0{i + 3}-1{i},{g.pick(['fuse', 'slump', 'tack'])},{g.num(680, 820)},{g.L('short_sha', g.hex(7))}" for i in range(3))
    return f"""date,schedule,peak_c,controller_commit
{rows}
# controller upload: host={g.ip4("upload_host_ip")} user=glassworks pass={g.pw("ini", "upload_password")} key={g.key("upload_key", g.k_lower(32))}
"""


@T("organ_builder_blower_plc_st", HS, "structured-text", "organworks/blower/plc_main.st")
def _(g):
    return f"""(* Pipe organ blower and wind-pressure controller *)
PROGRAM Main
VAR
    wind_mm : REAL;
    blowerSpeed : INT := 0;
    remoteHost : STRING := '{g.ip4("remote_host_ip")}';
    remoteUser : STRING := 'organworks';
    remotePass : STRING := '{g.pw("quoted", "remote_password")}';
    (* cloud historian *)
    historianKey : STRING := '{g.key("historian_key", g.k_hex(40))}';
    panelIp : STRING := '{g.private()}';
    firmwareVer : STRING := '{g.version()}';
END_VAR
(* faults mail to {g.email("fault_email")} *)
IF wind_mm < 70.0 THEN
    blowerSpeed := blowerSpeed + 1;
END_IF;
END_PROGRAM
"""


@T("harpsichord_tuner_invoice_tex", HS, "latex", "tuning/invoices/2026-05.tex")
def _(g):
    return f"""% template rev {g.short_sha()}
\\documentclass{{letter}}
\\usepackage{{hyperref}}
% invoices are rendered on the shared box, login tuner / {g.pw("plain", "share_password")}
% uploaded to {g.ip("upload_ip", 0.4)} with key {g.key("upload_key", g.k_b64url(32))}
\\signature{{{g.name()}}}
\\address{{Harpsichord tuning and quilling}}
\\begin{{document}}
\\begin{{letter}}{{Parish office}}
\\opening{{Dear committee,}}
Tuning of the hall harpsichord and the chamber organ. Payment details on request from
\\href{{mailto:{g.email("tuner_email")}}}{{my e-mail}}.
\\closing{{With thanks,}}
\\end{{letter}}
\\end{{document}}
"""


@T("carillon_player_ts", HS, "typescript", "carillon/player/src/config.ts")
def _(g):
    return f"""// Carillon automatic player: drives the clavier solenoids from score files
export const config = {{
  controller: {{ host: "{g.private()}", port: 4040 }},
  scheduleFeed: "https://bells.stmartins-parish.org/api/schedule",
  scheduleToken: "{g.key("schedule_token", g.k_b64url(40))}",
  remoteConsole: {{
    host: "{g.ip("remote_console_ip", 0.4)}",
    user: "carillonneur",
    password: "{g.pw("quoted", "console_password")}",
  }},
  weatherKey: "{g.key("weather_key", g.k_hex(32))}", // stops the bells in high wind
  contacts: ["{g.email("contact_email")}"],
  build: "{g.short_sha()}",
}};
"""


@T("korfball_scoreboard_json", HS, "json", "korfball/scoreboard/settings.json")
def _(g):
    return J({
        "league": "Harbour City Korfball",
        "scoreboard": {"operatorPassword": g.pw("quoted", "operator_password"), "lanIp": g.private(), "mac": g.mac()},
        "stream": {"ingest": "https://" + g.ip4("ingest_ip") + "/live/ingest", "streamKey": g.key("stream_key", "live_" + g.s("0123456789", 9) + "_" + g.k_alnum(30))},
        "statsbook_upload": {"account": g.email("statsbook_account_email"), "password": g.pw("quoted", "statsbook_password"), "apiKey": g.key("statsbook_api_key", g.k_hex(32))},
        "version": g.version(),
    })


# ---------------------------------------------------------------------------------------------------------------
# carriers: excerpts of real files from PyPI sdists, each followed by one planted snippet
# (package, version, path in the sdist, lang, comment style, key kind)
# ---------------------------------------------------------------------------------------------------------------
CARRIERS = [
    ("yamale", "6.1.0", "yamale/tests/fixtures/ip_good.yaml", "yaml", "hash", "hex32"),
    ("yamale", "6.1.0", "yamale/tests/fixtures/ip.yaml", "yaml", "hash", "b64url40"),
    ("yamale", "6.1.0", "yamale/tests/fixtures/mac_good.yaml", "yaml", "hash", "lower32"),
    ("yamale", "6.1.0", "yamale/tests/fixtures/nested_good_data.yaml", "yaml", "hash", "hex32"),
    ("yamale", "6.1.0", "yamale/tests/fixtures/custom_types_good.yaml", "yaml", "hash", "b64url40"),
    ("pyshacl", "0.40.1", "test/resources/cmdline_tests/s1.ttl", "turtle", "hash", "lower32"),
    ("pyshacl", "0.40.1", "test/resources/cmdline_tests/d1.ttl", "turtle", "hash", "hex32"),
    ("pyshacl", "0.40.1", "test/resources/cmdline_tests/d2.ttl", "turtle", "hash", "b64url40"),
    ("pyshacl", "0.40.1", "test/resources/cmdline_tests/o1.ttl", "turtle", "hash", "lower32"),
    ("pyshacl", "0.40.1", "test/resources/cmdline_tests/rules_s.ttl", "turtle", "hash", "hex32"),
    ("pyshacl", "0.40.1", "test/resources/cmdline_tests/rules_d.ttl", "turtle", "hash", "b64url40"),
    ("pyshacl", "0.40.1", "test/issues/test_040/sample-network.ttl", "turtle", "hash", "lower32"),
    ("rdflib", "7.6.0", "test/test_rdf4j/data/quads-1.nq", "nquads", "hash", "hex32"),
    ("rdflib", "7.6.0", "test/test_rdf4j/data/quads-2.nq", "nquads", "hash", "b64url40"),
    ("rdflib", "7.6.0", "test/test_rdf4j/test_e2e/repo-configs/test-repo-config.ttl", "turtle", "hash", "lower32"),
    ("rdflib", "7.6.0", "test/test_rdf4j/test_e2e/repo-configs/test-graphdb-repo-config.ttl", "turtle", "hash", "hex32"),
    ("python-docx", "1.2.0", "src/docx/templates/default-header.xml", "xml", "xmlc", "b64url40"),
    ("python-docx", "1.2.0", "src/docx/templates/default-footer.xml", "xml", "xmlc", "lower32"),
    ("python-docx", "1.2.0", "src/docx/templates/default-comments.xml", "xml", "xmlc", "hex32"),
    ("python-docx", "1.2.0", "src/docx/templates/default-docx-template/docProps/core.xml", "xml", "xmlc", "b64url40"),
]
LICENCES = {"yamale": "LICENSE", "pyshacl": "LICENSE.txt", "rdflib": "LICENSE", "python-docx": "LICENSE"}
NO_FINAL_NEWLINE = set()
# (package/path, exact string in the excerpt) -> (tag or LOOK, kind, occurrences); every e-mail/IP shape of
# the excerpts must be listed here
CARRIER_REVIEW = {
    ("yamale/yamale/tests/fixtures/ip_good.yaml", "192.168.1.3"): ("LOOK", "private_ip", 1),
    ("yamale/yamale/tests/fixtures/ip_good.yaml", "192.168.3.1"): ("LOOK", "private_ip", 1),
    ("yamale/yamale/tests/fixtures/ip_good.yaml", "2001::db8"): ("LOOK", "test_fixture_address", 1),
    ("yamale/yamale/tests/fixtures/ip_good.yaml", "2002::db8"): ("LOOK", "test_fixture_address", 1),
}
SNIPPET_DOMAINS = ["leafmould.net", "plotholders.ie", "allotment-society.org.uk"]


def carrier_snippet(g, style, keykind):
    if keykind == "hex32":
        key = g.key("snippet_sensor_key", g.k_hex(32))
    elif keykind == "b64url40":
        key = g.key("snippet_upload_token", g.k_b64url(40))
    else:
        key = g.key("snippet_plot_map_key", g.k_lower(32))
    lines = [
        f"Leafmould plot sensors: readings are copied to {g.ip4('snippet_ipv4')} and {g.ip6('snippet_ipv6')}",
        f"contact {g.email('snippet_email', g.pick(SNIPPET_DOMAINS))}; uploader login plots / {g.pw('plain', 'snippet_password')}",
        f"uploader key {key}",
        f"docs example: {g.docip()}, {g.resmail('plots')}, client {g.version()} ({g.short_sha()}), sensor {g.uuid()}",
    ]
    if style == "hash":
        return "".join(f"# {l}\n" for l in lines)
    if style == "xmlc":
        return "".join(f"<!-- {l} -->\n" for l in lines)
    raise ValueError(style)


# ---------------------------------------------------------------------------------------------------------------
# science / engineering inputs
# ---------------------------------------------------------------------------------------------------------------


def fits_card(key, value=None, comment=None):
    if key in ("COMMENT", "HISTORY"):
        return f"{key:<8}{value}"
    s = f"{key:<8}= {value:>20}"
    if comment:
        s += f" / {comment}"
    return s


@T("fits_header_txt", SCI, "fits-header", "stargazers/night-2026-03-02/frame_0142.hdr")
def _(g):
    cards = [
        fits_card("SIMPLE", "T", "conforms to FITS standard"),
        fits_card("BITPIX", "16"),
        fits_card("NAXIS", "2"),
        fits_card("OBSERVER", f"'{g.first().capitalize()}'"),
        fits_card("TELESCOP", "'Club 40cm RC'"),
        fits_card("SWCREATE", f"'camctl {g.version()}'"),
        fits_card("COMMENT", f" raw frames are pushed to the club archive {g.ip4('archive_ip')}"),
        fits_card("COMMENT", f" archive login frames / {g.pw('plain', 'archive_password')}"),
        fits_card("COMMENT", f" questions: {g.email('observer_email')}"),
        fits_card("COMMENT", f" archive upload key {g.key('archive_upload_key', g.k_hex(32))}"),
        fits_card("HISTORY", f" dark subtracted with master {g.short_sha()}"),
        "END",
    ]
    return "\n".join(pad(c, 80) if not c.startswith("COMMENT") else c for c in cards) + "\n"


@T("netcdf_cdl_buoy", SCI, "cdl", "buoys/wave_buoy_07.cdl")
def _(g):
    return f"""netcdf wave_buoy_07 {{
dimensions:
    time = UNLIMITED ;
variables:
    double time(time) ;
        time:units = "seconds since 1970-01-01" ;
    float hs(time) ;
        hs:long_name = "significant wave height" ;

// global attributes:
        :title = "Harbour approach wave buoy 07" ;
        :creator_email = "{g.email("creator_email")}" ;
        :publisher_email = "{g.resmail("data")}" ;
        :source_url = "https://coastwatch:{g.pw("url", "opendap_password")}@{g.ip4("thredds_ip")}/thredds/dodsC/buoy07" ;
        :history = "converted with ncgen {g.version()}" ;
        :id = "{g.L("uuid", g.uuid_v())}" ;
}}
"""


@T("orca_input_inp", SCI, "orca", "qc/jobs/cu-complex/opt.inp")
def _(g):
    return f"""# Cu(II) complex geometry optimisation
# results are copied to the group store: rsync -e ssh qcgroup@{U(g.ip("group_store_ip", 0.4))}:/store/cu
# store password (if the key fails): {g.pw("plain", "store_password")}
# notify {g.email("notify_email")} when done
# input written by qcprep {g.version()}
! B3LYP D3BJ def2-TZVP Opt TightSCF
%pal nprocs 16 end
%maxcore 3000
* xyzfile 0 2 cu_start.xyz
"""


@T("vasp_incar", SCI, "incar", "dft/slab-110/INCAR")
def _(g):
    return f"""SYSTEM = TiO2(110) slab, water adsorption
# cluster: submit from the login node {g.ip4("login_node_ip")} as dftuser
# licence portal account {g.email("licence_account_email")} / {g.pw("plain", "licence_portal_password")}
# job monitor token {g.key("job_monitor_token", g.k_b64url(32))}
ENCUT = 520
ISMEAR = 0 ; SIGMA = 0.05
EDIFF = 1E-6
IBRION = 2 ; NSW = 200
# run id {g.uuid()}
"""


@T("qe_pw_in", SCI, "pwscf", "dft/hbn/scf.in")
def _(g):
    return f""" &CONTROL
    calculation = 'scf'
    prefix = 'hbn'
    outdir = './tmp'
    pseudo_dir = './pseudo'
 /
 &SYSTEM
    ibrav = 4, celldm(1) = 4.74, celldm(3) = 6.0, nat = 2, ntyp = 2,
    ecutwfc = 45.0
 /
 &ELECTRONS
    conv_thr = 1.0d-9
 /
ATOMIC_SPECIES
 B 10.811 B.pbe-n-kjpaw_psl.{g.version()}.UPF
 N 14.007 N.pbe-n-kjpaw_psl.{g.version()}.UPF
! pseudopotentials mirrored from http://pseudos:{g.pw("url", "mirror_password")}@{g.ip4("mirror_ip")}/upf/
! results token for the group's dashboard: {g.key("dashboard_token", g.k_hex(40))}
"""


@T("gromacs_mdp", SCI, "mdp", "md/lysozyme/npt.mdp")
def _(g):
    return f"""; NPT equilibration - lysozyme in water
; trajectories are uploaded by the wrapper (see run.sh): host {g.ip("upload_host", 0.45)}
; wrapper upload key {g.key("upload_key", g.k_alnum(32))}
; contact {g.email("contact_email")}
; generated by prep.py at {g.short_sha()}
integrator  = md
nsteps      = 50000
dt          = 0.002
tcoupl      = V-rescale
pcoupl      = C-rescale
ref_t       = 300 300
"""


@T("pbs_job_script", SCI, "shell", "cluster/jobs/assemble_reef_fish.pbs")
def _(g):
    return f"""#!/bin/bash
#PBS -N assemble_reef_fish
#PBS -l select=1:ncpus=32:mem=256gb
#PBS -l walltime=48:00:00
#PBS -M {g.email("pbs_mail_email")}
#PBS -m abe

cd "$PBS_O_WORKDIR"
export SEQ_PORTAL_TOKEN={g.key("seq_portal_token", g.k_b64url(43))}
# reads tarball md5 {g.md5()}
assembler --threads 32 --reads reads/*.fq.gz --out asm/
# copy to the lab store (no key on the compute nodes, so password it is)
sshpass -p '{g.pw("shell", "store_password")}' scp -r asm/ reeflab@{g.ip4("store_ip")}:/data/asm/
"""


@T("ntrip_base_station_sh", SCI, "shell", "rtk-base/start-base.sh")
def _(g):
    user = g.pick(["farmrtk", "survey-coop", "base_kirk"])
    return f"""#!/bin/sh
# RTK base station on the barn roof: receiver -> local caster -> regional caster
# receiver on {g.private()}:5017
str2str -in tcpcli://{g.private()}:5017#ubx \\
        -out ntrips://:{g.pw("url", "caster_source_password")}@{U(g.ip("caster_ip", 0.35))}:2101/BARN01#rtcm3 \\
        -msg "1005(10),1074,1084,1094,1124,1230" -p 52.1 -1.2 88.4
# rover login for members: ntrip://{user}:{g.pw("url", "rover_password")}@{g.ip4("regional_caster_ip")}:2101/NEAR
# admin: {g.email("admin_email")}
"""


@T("mmcif_header_cif", SCI, "cif", "crystals/deposit/lig7_refine.cif")
def _(g):
    return f"""data_lig7
#
_audit.revision_id  1_0
_audit.creation_date 2026-02-11
#
loop_
_audit_author.name
_audit_author.pdbx_ordinal
'{g.last().capitalize()}, {g.first()[0].upper()}.' 1
'{g.last().capitalize()}, {g.first()[0].upper()}.' 2
#
_audit_contact_author.name '{g.name()}'
_audit_contact_author.email {g.email("contact_author_email")}
_audit_contact_author.phone '(44) 0113 496 0731'
#
_software.name refinement-suite
_software.version {g.version()}
# deposition portal password (shared lab account): {g.pw("plain", "deposition_password")}
# deposition session key (valid 24 h): {g.key("deposition_session_key", g.k_upper(16))}
"""


@T("vcf_header", SCI, "vcf", "variants/cohort_b/chr21.vcf")
def _(g):
    return f"""##fileformat=VCFv4.3
##fileDate=20260418
##source=caller-{g.version()}
##contact=<ID=lab,Email={g.email("contact_email")}>
##reference=ftp://refs:{g.pw("url", "ftp_password")}@{g.ip4("ref_ftp_ip")}/grch38/chr21.fa
##INFO=<ID=DP,Number=1,Type=Integer,Description="Total Depth">
##run_id={g.uuid()}
##pipeline_commit={g.short_sha()}
#CHROM\tPOS\tID\tREF\tALT\tQUAL\tFILTER\tINFO
chr21\t5030578\t.\tC\tT\t58\tPASS\tDP=31
"""


@T("beast_xml", SCI, "beast", "phylo/flu_h3/run1.xml")
def _(g):
    return f"""<?xml version="1.0" encoding="UTF-8" standalone="no"?>
<beast version="2.7" namespace="beast.base.core:beast.base.inference">
  <!-- run on the lab box {g.private()}; live trace pushed to {g.ip4("trace_ip")} -->
  <!-- trace viewer token {g.key("trace_token", g.k_hex(32))}, owner {g.email("owner_email")} -->
  <!-- analysis id {g.uuid()} -->
  <data id="h3_ha" spec="Alignment" dataType="nucleotide"/>
  <run id="mcmc" spec="MCMC" chainLength="50000000">
    <logger id="tracelog" fileName="h3.log" logEvery="5000"/>
  </run>
</beast>
"""


@T("stan_model_stan", SCI, "stan", "models/hierarchical_yield.stan")
def _(g):
    return f"""// Hierarchical yield model for the trial plots.
// Data pulled by fit.R from postgresql://agri:{g.pw("url", "db_password")}@{g.ip4("db_ip")}:5432/trials
// Author: {g.name()} <{g.email("author_email")}>
// fit.R posts summaries to the dashboard with key {g.key("dashboard_key", g.k_hex(40))}
data {{
  int<lower=1> N;
  int<lower=1> J;
  array[N] int<lower=1, upper=J> plot;
  vector[N] y;
}}
parameters {{
  vector[J] alpha;
  real mu;
  real<lower=0> sigma;
}}
model {{
  alpha ~ normal(mu, 5);
  y ~ normal(alpha[plot], sigma);
}}
"""


@T("gams_model_gms", SCI, "gams", "energy/dispatch/model.gms")
def _(g):
    return f"""$title Community microgrid dispatch
* Demand profiles are downloaded from the co-op's meter portal before the solve
$call curl -s -u gams:{g.pw("shell", "meter_portal_password")} https://{g.ip4("meter_portal_ip")}/export/demand.csv -o demand.csv
$call csv2gdx demand.csv id=load index=1 values=2 useHeader=y
* model rev {g.short_sha()}
* results mailed to {g.email("results_email")}
Set h hours /h1*h24/;
Parameter load(h);
Variable cost;
"""


@T("minizinc_rota_mzn", SCI, "minizinc", "rota/lifeguards.mzn")
def _(g):
    return f"""% Pool lifeguard rota. Data file generated by export.py from the booking system
% booking system: https://{U(g.ip("booking_ip", 0.4))}/api (key {g.key("booking_key", g.k_hex(32))})
% export.py logs in as rota / {g.pw("plain", "rota_password")}
% maintainer {g.email("maintainer_email")}
int: n_guards;
int: n_shifts;
array[1..n_shifts] of var 1..n_guards: on_duty;
constraint forall(s in 1..n_shifts-1)(on_duty[s] != on_duty[s+1]);
solve satisfy;
"""


@T("openfoam_controldict", SCI, "openfoam", "cfd/weir/system/controlDict")
def _(g):
    return f"""/*--------------------------------*- C++ -*----------------------------------*\\
  =========                 |
  \\\\      /  F ield         | OpenFOAM: The Open Source CFD Toolbox
\\*---------------------------------------------------------------------------*/
FoamFile
{{
    version     2.0;
    format      ascii;
    class       dictionary;
    object      controlDict;
}}
// case id {g.uuid()}
application     interFoam;
endTime         30;
deltaT          0.001;
writeControl    adjustable;

functions
{{
    liveProbe
    {{
        type            remoteProbe;   // site plugin, posts probe values
        url             "https://{g.ip4("probe_ip")}:8443/probe";
        token           "{g.key("probe_token", g.k_b64url(40))}";
        notify          "{g.email("notify_email")}";
    }}
}}
"""


@T("gmsh_geo", SCI, "gmsh", "mesh/bridge_deck.geo")
def _(g):
    return f"""// Footbridge deck mesh
// meshes are published to the analysis server {g.ip("analysis_ip", 0.45)} (user fe / {g.pw("plain", "analysis_password")})
lc = 0.05;
Point(1) = {{0, 0, 0, lc}};
Point(2) = {{12, 0, 0, lc}};
Point(3) = {{12, 2.4, 0, lc}};
Point(4) = {{0, 2.4, 0, lc}};
Line(1) = {{1, 2}}; Line(2) = {{2, 3}}; Line(3) = {{3, 4}}; Line(4) = {{4, 1}};
Curve Loop(1) = {{1, 2, 3, 4}};
Plane Surface(1) = {{1}};
// generated for revision {g.short_sha()}
"""


@T("energyplus_idf", SCI, "idf", "buildings/village_hall/hall.idf")
def _(g):
    return f"""! Village hall retrofit model
! weather files synced from {g.ip4("weather_sync_ip")} using account {g.email("weather_account_email")}
! sync password {g.pw("plain", "weather_sync_password")}
! weather API key {g.key("weather_api_key", g.k_alnum(32))}
Version,
    {g.version()};          !- Version Identifier

Building,
    Village Hall,           !- Name
    0,                      !- North Axis {{deg}}
    Suburbs;                !- Terrain
"""


@T("rinex_obs_header", SCI, "rinex", "gnss/barn/BARN0600.26O")
def _(g):
    def line(body, label):
        return pad(body, 60) + label
    return "\n".join([
        line("     3.04           OBSERVATION DATA    M", "RINEX VERSION / TYPE"),
        line(pad(f"convbin {g.version()}", 20) + "barn-base".ljust(20) + "20260301 000000 UTC", "PGM / RUN BY / DATE"),
        line(f"stream from ntrip caster {g.ip4('caster_ip')}", "COMMENT"),
        line(f"caster login barn01 / {g.pw('plain', 'caster_password')}", "COMMENT"),
        line(f"contact {g.email('contact_email')}", "COMMENT"),
        line(f"receiver MAC {g.mac()}", "COMMENT"),
        line("BARN", "MARKER NAME"),
        line("", "END OF HEADER"),
    ]) + "\n"


@T("gdal_vrt_tiles", SCI, "vrt", "gis/orthophoto/county_2025.vrt")
def _(g):
    return f"""<VRTDataset rasterXSize="40000" rasterYSize="32000">
  <SRS>EPSG:27700</SRS>
  <Metadata><MDI key="source_sha1">{g.sha1()}</MDI></Metadata>
  <!-- tiles come from the county's tile server; access token is the parish council's -->
  <VRTRasterBand dataType="Byte" band="1">
    <SimpleSource>
      <SourceFilename relativeToVRT="0">/vsicurl/https://{U(g.ip("tile_server_ip", 0.4))}/ortho/2025.tif?access_token={g.key("tile_access_token", g.k_b64url(43))}</SourceFilename>
      <OpenOptions>
        <OOI key="USERPWD">parish:{g.pw("url", "tile_password")}</OOI>
      </OpenOptions>
    </SimpleSource>
  </VRTRasterBand>
</VRTDataset>
"""


@T("osm2pgsql_flex_lua", SCI, "lua", "maps/import/footpaths.lua")
def _(g):
    return f"""-- osm2pgsql flex style for the footpath map
-- run: osm2pgsql -O flex -S footpaths.lua -d "postgresql://mapper:{g.pw("url", "db_password")}@{g.ip4("db_ip")}/paths" region.osm.pbf
local paths = osm2pgsql.define_way_table('paths', {{
    {{ column = 'kind', type = 'text' }},
    {{ column = 'geom', type = 'linestring' }},
}})

function osm2pgsql.process_way(object)
    if object.tags.highway == 'footway' or object.tags.highway == 'path' then
        paths:insert({{ kind = object.tags.highway, geom = object:as_linestring() }})
    end
end
-- issues to {g.email("maintainer_email")}; style version {g.version()}
"""


@T("irods_connect_md", SCI, "markdown", "lab-wiki/storage/irods-zone.md")
def _(g):
    return f"""# Connecting to the lab's iRODS zone

Put this in `~/.irods/irods_environment.json`:

```json
{{
  "irods_host": "{g.ip4("irods_host_ip")}",
  "irods_port": 1247,
  "irods_user_name": "labreader",
  "irods_zone_name": "sealab"
}}
```

(The tutorial's example host is {g.docip()}.) Then run `iinit` and give the shared reader password `{g.pw("prose", "irods_password")}`. Do not use the
old test zone on {g.private()}. Data stewards: {g.email("steward_email")}, {g.email("steward_email")}.
"""


@T("dataverse_upload_sh", SCI, "shell", "data/publish_to_dataverse.sh")
def _(g):
    tok = g.uuid_v()
    return f"""#!/bin/bash
# Publish the survey dataset to the institutional data repository.
# API token (Account > API Token); it looks like a UUID but it is a secret.
API_TOKEN={g.key("dataverse_api_token", tok)}
SERVER_URL=https://{g.ip4("dataverse_ip")}
PERSISTENT_ID=doi:10.70122/FK2/{g.s("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789", 6)}
curl -H "X-Dataverse-key:$API_TOKEN" -X POST -F "file=@survey.csv" \\
     "$SERVER_URL/api/datasets/:persistentId/add?persistentId=$PERSISTENT_ID"
# dataset id in the old script was {g.uuid()}; contact {g.email("contact_email")}
"""


# ---------------------------------------------------------------------------------------------------------------
# languages / proofs / hardware
# ---------------------------------------------------------------------------------------------------------------


@T("isabelle_theory_thy", LANGS, "isabelle", "proofs/Queue_Refinement.thy")
def _(g):
    return f"""(*  Title:      Queue_Refinement.thy
    Author:     {g.name()} <{g.email("author_email")}>
    Build farm: {g.ip("build_farm_ip", 0.45)} (user isabuild, password {g.pw("plain", "build_farm_password")})
    Heap cache key: {g.key("heap_cache_key", g.k_hex(40))}
    Session id: {g.uuid()}
*)
theory Queue_Refinement
  imports Main
begin

fun enqueue :: "'a list \\<Rightarrow> 'a \\<Rightarrow> 'a list" where
  "enqueue xs x = xs @ [x]"

lemma enqueue_length: "length (enqueue xs x) = Suc (length xs)"
  by simp

end
"""


@T("acl2_book_lisp", LANGS, "acl2", "books/arith/cert-notes.lisp")
def _(g):
    return f"""; cert-notes.lisp -- notes for certifying the arithmetic books on the shared box
; The shared box is {g.ip4("shared_box_ip")}; log in as acl2 (password {g.pw("plain", "shared_box_password")}).
; Certification results are posted with the dashboard key below.
; tested with books at commit {g.short_sha()}
(in-package "ACL2")
(defconst *dashboard-key* "{g.key("dashboard_key", g.k_hex(32))}")
(defconst *maintainer* "{g.email("maintainer_email")}")
(defthm plus-commutes
  (equal (+ a b) (+ b a)))
"""


@T("dafny_telemetry_dfy", LANGS, "dafny", "verified/telemetry/Client.dfy")
def _(g):
    return f"""// Verified telemetry client (compiled to C# for the pump house)
module TelemetryClient {{
  const Endpoint: string := "https://{g.ip4("endpoint_ip")}/ingest"
  const DeviceKey: string := "{g.key("device_key", g.k_b64pad(32))}"
  // the test bench runs on {g.private()}

  method Send(readings: seq<int>) returns (ok: bool)
    requires |readings| > 0
  {{
    ok := true;
  }}
}}
// maintainer: {g.email("maintainer_email")}; verified with Dafny {g.version()}
"""


@T("tla_spec_tla", LANGS, "tla", "specs/LeaderLease.tla")
def _(g):
    return f"""----------------------------- MODULE LeaderLease -----------------------------
\\* Lease-based leader election for the ticketing cluster.
\\* Model checking runs on the spare box {g.ip("spare_box_ip", 0.5)}; results upload token
\\* {g.key("results_token", g.k_b64url(32))}. Ping {g.email("owner_email")} before changing Next.
\\* last TLC run {g.uuid()}
EXTENDS Naturals, FiniteSets
CONSTANTS Nodes, MaxTerm
VARIABLES leader, term

Init == leader = {{}} /\\ term = 0
Next == \\E n \\in Nodes : term < MaxTerm /\\ leader' = {{n}} /\\ term' = term + 1
=============================================================================
"""


@T("promela_pml", LANGS, "promela", "models/door_interlock.pml")
def _(g):
    return f"""/* Door interlock model for the clean room.
 * verification server {g.ip4("verif_ip")} (pan runs there: user spinner, pw {g.pw("plain", "verif_password")})
 * author {g.email("author_email")}
 * results key {g.key("results_key", g.k_hex(32))}
 */
mtype = {{ open, closed }};
mtype inner = closed, outer = closed;

active proctype Operator() {{
  do
  :: inner == closed -> outer = open; outer = closed
  :: outer == closed -> inner = open; inner = closed
  od
}}
"""


@T("nusmv_smv", LANGS, "nusmv", "models/level_crossing.smv")
def _(g):
    return f"""-- Level crossing barrier controller
-- CI: results pushed to {g.ip4("ci_ip")} with token {g.key("ci_token", g.k_hex(40))}
-- owner: {g.email("owner_email")}
-- CI login (web UI): ci / {g.pw("plain", "ci_password")}
MODULE main
VAR
  train : {{away, near, crossing}};
  gate  : {{up, down}};
ASSIGN
  init(gate) := up;
  next(gate) := case
    train = near : down;
    train = away : up;
    TRUE         : gate;
  esac;
LTLSPEC G (train = crossing -> gate = down)
"""


@T("maude_module_maude", LANGS, "maude", "rewriting/vending.maude")
def _(g):
    return f"""*** Vending machine rewrite theory, used in the course labs
*** lab server {g.ip("lab_server_ip", 0.45)}, account maude / {g.pw("plain", "lab_password")}
*** contact {g.email("contact_email")}
*** grading token {g.key("grading_token", g.k_b64url(40))}
mod VENDING is
  sorts Coin Item State .
  subsorts Coin Item < State .
  ops $ q : -> Coin .
  ops cake apple : -> Item .
  op __ : State State -> State [assoc comm] .
  rl [buy-c] : $ => cake .
  rl [buy-a] : $ => apple q .
endm
"""


@T("wat_module_wat", LANGS, "wat", "edge/worker/auth.wat")
def _(g):
    key = g.k_alnum(32)
    return f""";; Edge worker auth module (hand-written WAT, compiled with wat2wasm)
;; the shared key is baked into the data segment - rotate by rebuilding
(module
  (memory (export "memory") 1)
  (data (i32.const 1024) "{g.key("edge_shared_key", key)}")
  (data (i32.const 1088) "{g.email("alert_email")}")
  (func (export "key_ptr") (result i32) (i32.const 1024))
  (func (export "key_len") (result i32) (i32.const 32))
)
;; origin: {g.ip("origin_ip", 0.5)}  (build {g.short_sha()})
;; sha256 of the compiled module: {g.sha256()}
"""


@T("glsl_shader_frag", LANGS, "glsl", "planetshow/shaders/starfield.frag")
def _(g):
    return f"""#version 330 core
// Starfield shader for the dome show.
// Textures are fetched at start-up from the asset CDN with token {g.key("asset_token", g.k_b64url(40))}
// (asset server {g.ip4("asset_server_ip")}; ask {g.email("asset_owner_email")} for a new one)
// asset server login assets / {g.pw("plain", "asset_password")}; shader rev {g.short_sha()}
uniform float uTime;
in vec2 vUv;
out vec4 fragColor;
void main() {{
    float band = sin(vUv.y * 12.0 + uTime * 0.4) * 0.5 + 0.5;
    fragColor = vec4(0.1, band, 0.4 * band, 1.0);
}}
"""


@T("povray_scene_pov", LANGS, "povray", "renders/chapel_window.pov")
def _(g):
    return f"""// Chapel window render for the restoration appeal leaflet
// render farm: {g.ip("render_farm_ip", 0.4)}  login renderer / {g.pw("plain", "render_farm_password")}
// farm API key {g.key("render_api_key", g.k_hex(32))}
// scene checksum {g.md5()}
#version 3.7;
global_settings {{ assumed_gamma 1.0 }}
camera {{ location <0, 1.5, -6> look_at <0, 1.2, 0> }}
light_source {{ <10, 20, -10> color rgb 1 }}
box {{ <-2, 0, 0>, <2, 3, 0.1> pigment {{ color rgb <0.6, 0.3, 0.8> }} }}
"""


@T("cadquery_parts_py", LANGS, "python", "cad/brackets/shelf_bracket.py")
def _(g):
    return f'''import cadquery as cq
import os

# parts library upload (the workshop's PLM); key is per-user
PLM_URL = "https://{g.ip4("plm_ip")}/api/parts"
PLM_KEY = os.environ.get("PLM_KEY", "{g.key("plm_key", g.k_lower(40))}")
PLM_PASSWORD = os.environ.get("PLM_PASSWORD", "{g.pw("quoted", "plm_password")}")
OWNER = "{g.email("owner_email")}"
# tested with CadQuery {g.version()}

bracket = (cq.Workplane("XY").box(60, 40, 4)
           .faces(">Z").workplane().hole(5)
           .edges("|Z").fillet(3))
cq.exporters.export(bracket, "shelf_bracket.step")
'''


@T("d2_network_diagram", LANGS, "d2", "docs/diagrams/studio-network.d2")
def _(g):
    wan = g.ip4("wan_ip")
    return f"""# Studio network (rendered into the wiki)
direction: right
isp: ISP fibre
router: "Edge router\\nWAN {wan}\\nLAN {g.private()}"
nas: "NAS\\nadmin / {g.pw("quoted", "nas_password")}"
vpn: "VPN peer\\n{g.ip("vpn_peer_ip", 0.6)}"
switch: "Switch\\nMAC {g.mac()}"
isp -> router
router -> nas: "smb"
router -> vpn: "51820/udp"
owner: "{g.email("owner_email")}" {{ shape: text }}
"""


@T("pikchr_wiki_md", LANGS, "markdown", "wiki/backup-flow.md")
def _(g):
    return f"""# Backup flow

``` pikchr
box "Till PC" "{g.private()}" fit
arrow right 200%
box "Office NAS" "{g.private()}" fit
arrow right 200%
box "Switch" "{g.private()}" fit
arrow right 200%
box "Offsite" "{g.ip4("offsite_ip")}" fit
```

The offsite target accepts backups over SFTP as `shopbackup`; the repository password is
`{g.pw("prose", "repo_password")}`. Alerts go to {g.email("alert_email")}. The offsite provider's API token
(for quota checks) is `{g.key("offsite_api_token", g.k_alnum(40))}`.
"""


@T("verilog_aes_key_v", LANGS, "verilog", "rtl/boot/secure_boot.v")
def _(g):
    return f"""// Secure boot ROM wrapper.
// NOTE: development key, but it is the one in the shipped prototypes.
module secure_boot (
    input  wire        clk,
    input  wire        rst_n,
    output reg  [127:0] aes_key_o
);
    localparam [127:0] BOOT_AES_KEY = 128'h{g.key("boot_aes_key", g.k_hex(32))};
    localparam [255:0] HMAC_KEY     = 256'h{g.key("hmac_key", g.k_hex(64))};
    localparam [31:0]  BUILD_ID     = 32'h{g.L("short_sha", g.hex(8))};
    always @(posedge clk or negedge rst_n)
        if (!rst_n) aes_key_o <= 128'h0;
        else        aes_key_o <= BOOT_AES_KEY;
endmodule
// questions: {g.email("rtl_owner_email")}
"""


@T("chisel_uart_scala", LANGS, "scala", "hw/src/main/scala/BootUart.scala")
def _(g):
    return f"""package bootuart

import chisel3._
import chisel3.util._

// generated from {g.short_sha()}
// UART boot loader. The unlock word below gates the debug console.
class BootUart extends Module {{
  val io = IO(new Bundle {{
    val rx = Input(Bool())
    val unlocked = Output(Bool())
  }})
  val unlockPhrase = "{g.pw("quoted", "debug_unlock_password")}"
  // telemetry from the dev board lands on {g.ip4("telemetry_ip")}; owner {g.email("owner_email")}
  io.unlocked := false.B
}}
"""


@T("xdc_constraints_xdc", LANGS, "xdc", "hw/constraints/board.xdc")
def _(g):
    return f"""## Board constraints
## Remote lab: hardware server at {U(g.ip("hw_server_ip", 0.4))}:3121 (login lab / {g.pw("plain", "hw_server_password")})
set_property PACKAGE_PIN W5 [get_ports clk]
set_property IOSTANDARD LVCMOS33 [get_ports clk]
create_clock -period 10.000 -name sys_clk [get_ports clk]
## bitstream signing key id {g.uuid()}
"""


@T("flexlm_license_dat", LANGS, "license", "eda/licenses/license.dat")
def _(g):
    ip = g.ip4("license_server_ip")
    return f"""# Site licence for the layout tools. Clients: LM_LICENSE_FILE=27020@{ip}
SERVER edalic1 {g.L("host_id", g.hex(12))} 27020
VENDOR layoutd PORT=27021
USE_SERVER
FEATURE layout_pro layoutd 2026.12 31-dec-2026 4 SIGN="{g.key("license_signature", " ".join(g.k_upper(4).translate(str.maketrans("GHIJKLMNOPQRSTUVWXYZ", "0123456789ABCDEF0123")) for _ in range(15)))}"
# licence contact {g.email("licence_contact_email")}
"""


@T("openocd_remote_cfg", LANGS, "openocd", "debug/remote-probe.cfg")
def _(g):
    return f"""# OpenOCD config for the probe in the lab rack
adapter driver remote_bitbang
remote_bitbang host {g.ip("probe_host_ip", 0.45)}
remote_bitbang port 44242
transport select swd
source [find target/stm32f4x.cfg]
# the rack's web power switch: http://admin:{g.pw("url", "power_switch_password")}@{g.private()}/outlet?3=CCL
# probe MAC {g.mac()}; owner {g.email("owner_email")}
"""


# ---------------------------------------------------------------------------------------------------------------
# games / music / media
# ---------------------------------------------------------------------------------------------------------------


@T("love2d_conf_lua", GAMES, "lua", "games/tramdash/conf.lua")
def _(g):
    return f"""-- LOVE configuration for Tram Dash (jam build)
local NG_APP_ID = "{g.L("public_app_id", str(g.num(50000, 59999)) + ':' + g.s('ABCDEFGHJKLMNPQRSTUVWXYZabcdefghjkmnpqrstuvwxyz23456789', 8))}"
local NG_AES_KEY = "{g.key("newgrounds_encryption_key", g.k_b64pad(16))}"   -- scoreboard encryption key
local SCORE_RELAY = "http://{g.ip4("score_relay_ip")}:8088/submit"

function love.conf(t)
    t.identity = "tramdash"
    t.version = "11.5"
    t.window.title = "Tram Dash"
    t.window.width = 960
    t.window.height = 540
end
-- build {g.short_sha()}; feedback to {g.email("feedback_email")}
return {{ ng_app = NG_APP_ID, ng_key = NG_AES_KEY, relay = SCORE_RELAY }}
"""


@T("tiled_map_tmj", GAMES, "json", "games/bakerybrawl/maps/level3.tmj")
def _(g):
    return J({
        "type": "map", "version": "1.10", "tiledversion": g.version(), "orientation": "orthogonal",
        "width": 40, "height": 22, "tilewidth": 16, "tileheight": 16, "infinite": False,
        "properties": [
            {"name": "leaderboardKey", "type": "string", "value": g.key("leaderboard_key", g.k_hex(32))},
            {"name": "playtestServer", "type": "string", "value": g.ip("playtest_server", 0.4)},
            {"name": "designer", "type": "string", "value": g.email("designer_email")},
            {"name": "lan_fallback", "type": "string", "value": g.private()},
            {"name": "debugMenuPassword", "type": "string", "value": g.pw("quoted", "debug_menu_password")},
        ],
        "layers": [{"id": 1, "name": "ground", "type": "tilelayer", "width": 40, "height": 22, "data": [1] * 4}],
        "tilesets": [{"firstgid": 1, "source": "kitchen.tsj"}],
    })


@T("retroarch_cfg", GAMES, "config", "arcade-cabinet/retroarch.cfg")
def _(g):
    return f"""# Cabinet in the record shop: RetroArch settings (excerpt)
video_fullscreen = "true"
input_player1_joypad_index = "0"
cheevos_enable = "true"
cheevos_username = "recordshop_cab"
cheevos_password = "{g.pw("quoted", "cheevos_password")}"
cheevos_token = ""
netplay_ip_address = "{g.ip4("netplay_host_ip")}"
netplay_ip_port = "55435"
netplay_password = "{g.pw("quoted", "netplay_password")}"
netplay_spectate_password = ""
netplay_nickname = "cab-{g.num(1, 9)}"
core_updater_buildbot_cores_url = "http://{g.private()}/cores/"
# cabinet MAC {g.mac()}
"""


@T("dosbox_conf", GAMES, "config", "retro-lan/dosbox-ipx.conf")
def _(g):
    server = g.ip4("ipx_server_ip")
    return f"""# Retro LAN night: IPX over the internet
[sdl]
fullscreen=false
[cpu]
cycles=max
[ipx]
ipx=true
[serial]
serial1=modem listenport:23
[autoexec]
mount c ~/dosgames
c:
rem host runs: ipxnet startserver 213 (host PC on the LAN is {g.private()})
rem everybody else:
ipxnet connect {server} 213
rem scoreboard upload key {g.key("scoreboard_key", g.k_upper(20))} - ask {g.email("organiser_email")}
"""


@T("reaper_rpp", GAMES, "reaper", "studio/sessions/choral_evensong.rpp")
def _(g):
    return f"""<REAPER_PROJECT 0.1 "{g.version()}/linux-x86_64" 1767225600
  RIPPLE 0
  TEMPO 72 4 4
  <NOTES 0 2
    |Evensong session. Stems upload to the diocese share:
    |sftp://audio@{U(g.ip("share_ip", 0.45))}/evensong  password {g.pw("plain", "share_password")}
    |Engineer: {g.email("engineer_email")}
  >
  <TRACK {{{g.L("uuid", g.uuid_v().upper())}}}
    NAME "Chancel L"
    VOLPAN 1 0 -1 -1 1
  >
>
"""


@T("xspf_playlist", GAMES, "xspf", "shopradio/playlists/saturday.xspf")
def _(g):
    ip = g.ip4("stream_ip")
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<playlist version="1" xmlns="http://xspf.org/ns/0/">
  <title>Saturday in-store</title>
  <creator>{g.email("creator_email")}</creator>
  <trackList>
    <track>
      <location>http://shopaudio:{g.pw("url", "stream_password")}@{ip}:8000/instore.ogg</location>
      <title>In-store stream</title>
    </track>
    <track>
      <location>http://{g.private()}:8000/fallback.ogg</location>
      <title>Fallback (back office)</title>
      <identifier>urn:uuid:{g.uuid()}</identifier>
    </track>
  </trackList>
</playlist>
"""


@T("ttml_subtitles", GAMES, "ttml", "film-society/subs/q-and-a.ttml")
def _(g):
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<tt xmlns="http://www.w3.org/ns/ttml" xml:lang="en">
  <head>
    <metadata xmlns:ttm="http://www.w3.org/ns/ttml#metadata">
      <ttm:title>Q and A after the screening</ttm:title>
      <ttm:desc>capture {g.uuid()}</ttm:desc>
      <!-- captioner {g.email("captioner_email")}; upload key {g.key("caption_upload_key", g.k_hex(32))} -->
    </metadata>
  </head>
  <body>
    <div>
      <p begin="00:00:03.000" end="00:00:06.500">Thanks for staying for the Q and A.</p>
      <p begin="00:00:06.500" end="00:00:11.000">The Wi-Fi in the hall is FilmSoc, password {g.pw("quoted", "wifi_password")}.</p>
      <p begin="00:00:11.000" end="00:00:14.000">Send your questions to {g.email("questions_email")}.</p>
    </div>
  </body>
</tt>
"""


@T("sfz_instrument", GAMES, "sfz", "samples/church-organ/principal8.sfz")
def _(g):
    return f"""// Principal 8' sampled at St Aidan's, {g.num(2019, 2025)}
// samples mirrored on {g.ip4("sample_mirror_ip")} (rsync user samples, password {g.pw("plain", "mirror_password")})
// licence server key {g.key("sample_licence_key", g.k_upper(25))}
<control> default_path=principal8/
<global> ampeg_release=0.8
<region> sample=C2.flac pitch_keycenter=36 lokey=34 hikey=37
<region> sample=E2.flac pitch_keycenter=40 lokey=38 hikey=41
// checksum of the sample pack: {g.sha256()}
"""


@T("mcfunction_datapack", GAMES, "mcfunction", "datapacks/library_quest/data/quest/functions/setup.mcfunction")
def _(g):
    return f"""# Library quest setup (school server)
# server console at {g.ip("console_ip", 0.4)}, remote console password {g.pw("plain", "console_password")}
# pack built from {g.short_sha()}
scoreboard objectives add books dummy "Books returned"
tellraw @a {{"text":"Welcome to the library quest!","color":"gold"}}
# results webhook token {g.key("webhook_token", g.k_b64url(36))}, teacher {g.email("teacher_email")}
"""


@T("zil_adventure_zil", GAMES, "zil", "if/bakehouse/bakehouse.zil")
def _(g):
    return f"""\"Bakehouse - an interactive fiction in ZIL\"
;\"beta testers: report to {g.email("report_email")}; transcripts upload to {g.ip4("transcript_ip")}\"
;\"upload key {g.key("transcript_key", g.k_hex(24))}\"
;\"beta server password {g.pw("plain", "beta_password")} (build {g.short_sha()})\"
<VERSION ZIP>
<CONSTANT RELEASEID 2>
<ROOM OVEN-ROOM
    (DESC "Oven Room")
    (IN ROOMS)
    (LDESC "The bread oven ticks as it cools.")>
<ROUTINE GO () <MOVE ,PLAYER ,OVEN-ROOM> <V-LOOK>>
"""


@T("newgrounds_medals_js", GAMES, "javascript", "games/pedalpanic/src/medals.js")
def _(g):
    return f"""// Medal unlocks for Pedal Panic (bicycle co-op fundraiser game)
import {{ NGIO }} from './vendor/ngio.js';

const APP_ID = '{g.L("public_app_id", str(g.num(50000, 59999)) + ':' + g.s('ABCDEFGHJKLMNPQRSTUVWXYZabcdefghjkmnpqrstuvwxyz23456789', 8))}';
const ENCRYPTION_KEY = '{g.key("newgrounds_encryption_key", g.k_b64pad(16))}';
NGIO.init(APP_ID, ENCRYPTION_KEY, {{ debug: false, version: '{g.version()}' }});

// local test server: {g.private()}; stats proxy: {g.ip4("stats_proxy_ip")}
export function unlock(id) {{ NGIO.unlockMedal(id); }}
"""


# ---------------------------------------------------------------------------------------------------------------
# build / packaging / devices
# ---------------------------------------------------------------------------------------------------------------


@T("apkbuild_private_source", BUILD, "apkbuild", "aports/local/till-agent/APKBUILD")
def _(g):
    tok = g.key("source_token", g.k_hex(40))
    return f"""# Maintainer: {g.name()} <{g.email("maintainer_email")}>
pkgname=till-agent
pkgver={g.version()}
pkgrel=0
pkgdesc="Till agent for the co-op shop"
url="https://code.coopshop.net/shop/till-agent"
arch="noarch"
license="MIT"
depends="python3"
source="$pkgname-$pkgver.tar.gz::https://code.coopshop.net/api/v4/projects/12/repository/archive.tar.gz?sha=v$pkgver&private_token={tok}"

package() {{
	install -Dm755 till-agent "$pkgdir"/usr/bin/till-agent
}}

sha512sums="
{g.L("sha512", g.hex(128))}  till-agent-$pkgver.tar.gz
"
"""


@T("gemfile_private_source", BUILD, "ruby", "shopfront/Gemfile")
def _(g):
    return f"""source "https://rubygems.org"

# private gems for the allotment society's site
source "https://deploy:{g.pw("url", "gem_server_password")}@{g.ip4("gem_server_ip")}/private/" do
  gem "plot_ledger", "~> {g.L("version", f"{g.num(0, 3)}.{g.num(0, 9)}")}"
end

gem "rails", "~> 7.1"
gem "pg"
# gemserver admin: {g.email("admin_email")}
# CI push key for the gem server: {g.key("gem_push_key", g.k_hex(40))}
"""


@T("podfile_private_spec", BUILD, "ruby", "ios/Podfile")
def _(g):
    tok = g.key("spec_repo_token", "ghp_" + g.k_alnum(36))
    return f"""platform :ios, '15.0'
# private spec repo (read-only token of the CI account)
source 'https://ci-bot:{tok}@code.bakerysoft.io/ios/Specs.git'
source 'https://cdn.cocoapods.org/'

target 'CrumbOrders' do
  use_frameworks!
  pod 'CrumbKit', '~> {g.version()}'
end
# CI machine {g.private()}; build owner {g.email("owner_email")}
"""


@T("scoop_manifest_json", BUILD, "json", "bucket/shop-label-printer.json")
def _(g):
    return J({
        "version": g.version(),
        "description": "Label printer helper for the record shop",
        "homepage": "https://labels.vinylcorner.shop",
        "license": "Proprietary",
        "url": "https://labels.vinylcorner.shop/dl/label-printer.zip?key=" + g.key("download_key", g.k_hex(32)),
        "hash": g.sha256(),
        "bin": "label-printer.exe",
        "notes": ["Printer expects the print server at " + g.private(), "Support: " + g.email("support_email")],
    })


@T("winget_manifest_yaml", BUILD, "yaml", "manifests/v/VinylCorner/Labels/installer.yaml")
def _(g):
    return f"""# yaml-language-server: $schema=https://aka.ms/winget-manifest.installer.1.6.0.schema.json
PackageIdentifier: VinylCorner.Labels
PackageVersion: {g.version()}
InstallerType: nullsoft
Installers:
  - Architecture: x64
    InstallerUrl: https://labels.vinylcorner.shop/dl/setup.exe
    InstallerSha256: {g.L("sha256", g.hex(64).upper())}
ManifestType: installer
ManifestVersion: 1.6.0
# publisher contact {g.email("publisher_email")}; staging mirror {g.ip4("staging_mirror_ip")}
"""


@T("pcs_fence_setup_sh", BUILD, "shell", "cluster/setup-fencing.sh")
def _(g):
    return f"""#!/bin/bash
# Two-node cluster for the clinic's records server: fencing through the BMCs
pcs stonith create fence-node1 fence_ipmilan ip={g.private()} username=fenceadm password='{g.pw("shell", "bmc_password")}' lanplus=1 pcmk_host_list=node1
pcs stonith create fence-node2 fence_ipmilan ip={g.private()} username=fenceadm password='{g.pw("shell", "bmc_password")}' lanplus=1 pcmk_host_list=node2
pcs resource create vip ocf:heartbeat:IPaddr2 ip={g.private()} cidr_netmask=24
# external monitoring pings {g.ip("monitor_ip", 0.4)}; alerts to {g.email("alert_email")}
"""


@T("yggdrasil_conf", BUILD, "yggdrasil", "etc/yggdrasil.conf")
def _(g):
    return f"""{{
  # Peers for the workshop mesh node
  Peers: [
    tls://{g.ip4("peer_ip")}:443
    tls://[{g.ip6("peer_ipv6")}]:443
  ]
  Listen: []
  # PublicKey (safe to share): {g.L("public_key", g.hex(64))}
  # Your private key. DO NOT share this with anyone!
  PrivateKey: {g.key("yggdrasil_private_key", g.k_hex(128))}
  IfName: auto
  NodeInfo: {{
    name: workshop-node
    contact: {g.email("contact_email")}
  }}
}}
"""


@T("shadowsocks_json", BUILD, "json", "etc/shadowsocks-libev/config.json")
def _(g):
    return J({
        "server": g.ip("server_ip", 0.6),
        "server_port": g.num(20000, 60000),
        "local_address": g.loopback(),
        "local_port": 1080,
        "password": g.pw("quoted", "proxy_password"),
        "timeout": 300,
        "method": "chacha20-ietf-poly1305",
        "mode": "tcp_and_udp",
    })


@T("openhab_things", BUILD, "openhab", "openhab/things/shop.things")
def _(g):
    return f"""// Shop front: awning, lights and the alarm panel
Thing network:pingdevice:router "Router" [ hostname="{g.private()}", macAddress="{g.mac()}" ]
Bridge mqtt:broker:shop "Shop broker" [ host="{g.private()}", port=1883, username="openhab", password="{g.pw("quoted", "mqtt_password")}" ]
Thing http:url:weather "Weather" [ baseURL="https://{g.ip4("weather_api_ip")}/v1/now?key={g.key("weather_api_key", g.k_hex(32))}", refresh=600 ]
Thing mail:smtp:shop "Mail" [ hostname="smtp.{g.pick(["fastmail.com", "posteo.de"])}", sender="{g.email("sender_email")}", security="STARTTLS", port=587, username="{g.email("smtp_username_email")}", password="{g.pw("quoted", "smtp_password")}" ]
"""


@T("ardupilot_params_txt", BUILD, "ardupilot-params", "uav/survey-hex/params.parm")
def _(g):
    return f"""# Survey hexacopter parameters (orchard mapping)
# telemetry forwarded by mavproxy to the co-op's ground station at {U(g.ip("ground_station_ip", 0.4))}:14550
# ground station login: mapper / {g.pw("plain", "ground_station_password")}
# flight log upload token {g.key("log_upload_token", g.k_b64url(32))}
ARMING_CHECK,1
BATT_CAPACITY,10000
FENCE_ENABLE,1
FENCE_RADIUS,300
SERIAL2_PROTOCOL,2
SYSID_THISMAV,3
# firmware {g.version()} build {g.short_sha()}
"""


@T("userscript_js", BUILD, "javascript", "userscripts/stock-checker.user.js")
def _(g):
    return f"""// ==UserScript==
// @name         Wholesaler stock checker
// @namespace    https://florist.local/
// @version      {g.version()}
// @description  Shows stock from the wholesaler's API on their order page
// @author       {g.email("author_email")}
// @match        https://orders.flowerauction.nl/*
// @require      https://cdn.jsdelivr.net/npm/dayjs@1.11.10/dayjs.min.js#sha256={g.L("sha256", g.hex(64))}
// @grant        GM_xmlhttpRequest
// ==/UserScript==

(function () {{
  'use strict';
  const API = 'https://{g.ip4("api_ip")}/stock';
  const KEY = '{g.key("wholesaler_api_key", g.k_alnum(32))}';
  GM_xmlhttpRequest({{ method: 'GET', url: API, headers: {{ 'X-Api-Key': KEY }}, onload: r => console.log(r.responseText) }});
}})();
"""


# ---------------------------------------------------------------------------------------------------------------
# docs / markup / APIs
# ---------------------------------------------------------------------------------------------------------------


@T("wikitext_village_wiki", DOCS, "wikitext", "villagewiki/Hall_bookings_system.wiki")
def _(g):
    return f"""{{{{Infobox system
| name = Hall bookings
| host = {g.ip("host_ip", 0.4)}
| owner = {g.email("owner_email")}
}}}}
== Logging in ==
The booking admin page is at <code>https://{g.ip4("admin_ip")}/admin</code>. The shared committee login is
'''committee''' with the password '''{g.pw("prose", "admin_password")}''' (changed at the {g.num(2024, 2026)} AGM).

== Card payments ==
The card terminal talks to the payment gateway with the merchant key <code>{g.key("merchant_key", g.k_alnum(32))}</code>
and the webhook secret <code>{g.key("webhook_secret", "whsec_" + g.k_b64pad(24))}</code>.

== Router ==
The hall router's admin page password is <code>{g.pw("prose", "router_password")}</code>.

== Example ==
A test booking confirmation is sent to {g.resmail("booking")} from {g.docip()}; the hall PC itself is {g.private()}.
[[Category:Systems]]
"""


@T("confluence_storage_xml", DOCS, "confluence", "space-OPS/pages/pharmacy-fridge-alarms.xml")
def _(g):
    return f"""<ac:structured-macro xmlns:ac="http://www.atlassian.com/schema/confluence/4/ac/" xmlns:ri="http://www.atlassian.com/schema/confluence/4/ri/" ac:name="info">
  <ac:rich-text-body>
    <p>Vaccine fridge alarms (pharmacy, High Street branch)</p>
    <table>
      <tbody>
        <tr><th>Gateway</th><td>{g.ip4("gateway_ip")} (LAN {g.private()})</td></tr>
        <tr><th>Portal user</th><td>{g.email("portal_user_email")}</td></tr>
        <tr><th>Portal password</th><td>{g.pw("quoted", "portal_password")}</td></tr>
        <tr><th>SMS API key</th><td>{g.key("sms_api_key", g.k_hex(32))}</td></tr>
        <tr><th>Sensor firmware</th><td>{g.version()}</td></tr>
        <tr><th>Gateway MAC</th><td>{g.mac()}</td></tr>
      </tbody>
    </table>
  </ac:rich-text-body>
</ac:structured-macro>
"""


@T("docbook_chapter_xml", DOCS, "docbook", "manual/en/ch04-remote-access.xml")
def _(g):
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<chapter xmlns="http://docbook.org/ns/docbook" version="5.0" xml:id="remote-access">
  <title>Remote access to the optician's lens edger</title>
  <para>The edger's vendor connects through the support gateway at
    <systemitem class="ipaddress">{g.ip("support_gateway_ip", 0.45)}</systemitem>.</para>
  <para>Log in as <userinput>edger-support</userinput> with the password
    <userinput>{g.pw("quoted", "support_password")}</userinput>; the session token in the vendor portal is
    <literal>{g.key("vendor_session_token", g.k_b64url(40))}</literal>.</para>
  <note><para>Screenshots in this chapter use <systemitem class="ipaddress">{g.docip()}</systemitem> and
    <email>{g.resmail("optician")}</email>. Real questions go to <email>{g.email("support_email")}</email>.</para></note>
</chapter>
"""


@T("asyncapi_yaml", DOCS, "yaml", "api/asyncapi/locker-events.yaml")
def _(g):
    return f"""asyncapi: 3.0.0
info:
  title: Parcel locker events
  version: {g.version()}
  contact:
    email: {g.email("contact_email")}
servers:
  production:
    host: {g.ip4("broker_ip")}:8883
    protocol: mqtts
    description: Locker bank behind the newsagent
  test:
    host: {g.private()}:1883
    protocol: mqtt
# broker credentials for the locker firmware (do not commit - too late)
#   username: lockers
#   password: {g.pw("plain", "broker_password")}
#   client cert fingerprint: {g.sha256()}
channels:
  lockerOpened:
    address: lockers/{{lockerId}}/opened
    # example lockerId: {g.uuid()}
"""


@T("txt2tags_manual_t2t", DOCS, "txt2tags", "docs/shop-wifi-manual.t2t")
def _(g):
    return f"""Shop Wi-Fi and card reader manual
{g.name()}
%%mtime(%Y-%m-%d)

%!target: html
%!encoding: utf-8

= Moving the card reader =

The reader's bridge is now on ``{g.ip("bridge_ip", 0.6)}`` (it used to be ``{g.ip4("old_bridge_ip")}``).

- the bridge login is **reader** / **{g.pw("prose", "bridge_password")}**
- the acquirer's terminal key is ``{g.key("terminal_key", g.k_upper(32).translate(str.maketrans("GHIJKLMNOPQRSTUVWXYZ", "0123456789ABCDEF0123")))}``
- the TLS fingerprint is ``{g.sha256()}``


Questions: [write to me mailto:{g.email("owner_email")}]. The example in the appendix uses {g.resmail("shop")}.
"""


@T("groff_manpage", DOCS, "groff", "man/man1/shelfscan.1")
def _(g):
    return f""".TH SHELFSCAN 1 "2026-05-01" "shelfscan {g.version()}" "Bookshop tools"
.SH NAME
shelfscan \\- push barcode scans to the stock server
.SH SYNOPSIS
.B shelfscan
.RI [ \\-s " server" ]
.RI [ \\-k " key" ]
.SH EXAMPLES
Against the shop's stock server:
.PP
.nf
shelfscan \\-s {g.ip4("stock_server_ip")} \\-k {g.key("stock_api_key", g.k_hex(32))} \\-u till \\-p {g.pw("shell", "stock_password")}
.fi
.PP
Against the demo server, as in the tutorial:
.PP
.nf
shelfscan \\-s {g.docip()} \\-k {g.ph("<your-api-key>")}
.fi
.SH ENVIRONMENT
.TP
.B SHELFSCAN_KEY
used when \\-k is not given, e.g. \\-k {g.envref("SHELFSCAN_KEY")}
.SH AUTHOR
{g.name()} <{g.email("author_email")}>
"""


# ---------------------------------------------------------------------------------------------------------------
# logs
# ---------------------------------------------------------------------------------------------------------------


@T("journald_export_txt", LOG, "journald-export", "exports/booking-kiosk.journal.txt")
def _(g):
    cursor = g.hex(32)
    return f"""__CURSOR=s={g.L("journal_cursor", cursor)};i=4f1
__REALTIME_TIMESTAMP=1767261600123456
_BOOT_ID={g.L("boot_id", g.hex(32))}
_HOSTNAME=kiosk-2
SYSLOG_IDENTIFIER=booking-kiosk
MESSAGE=starting booking kiosk {g.version()}, api base https://{g.ip4("api_ip")}/v2

__REALTIME_TIMESTAMP=1767261600456789
_HOSTNAME=kiosk-2
SYSLOG_IDENTIFIER=booking-kiosk
MESSAGE=auth: using api key {g.key("kiosk_api_key", g.k_alnum(40))} for tenant climbing-wall

__REALTIME_TIMESTAMP=1767261601000001
_HOSTNAME=kiosk-2
SYSLOG_IDENTIFIER=booking-kiosk
MESSAGE=smtp login {g.email("smtp_user_email")} password={g.pw("shell", "smtp_password")} ok
"""


@T("cef_door_syslog", LOG, "log", "siem/door-controller-cef.log")
def _(g):
    lines = []
    for i in range(3):
        src = g.ip4("src_ip") if i != 1 else g.private()
        lines.append(f"Jun 03 21:{10 + i * 7:02d}:0{i} doorctl CEF:0|Turnstile Works|DC-400|{g.version()}|{100 + i}|Door event|{3 + i}|src={src} suser={g.pick(['night_porter', 'cleaner2', 'coach'])} cs1Label=zone cs1=back-door")
    lines.append(f"Jun 03 21:40:12 doorctl CEF:0|Turnstile Works|DC-400|4.1|900|Config push|8|src={g.private()} msg=pushed admin credentials admin/{g.pw('shell', 'admin_password')} to panel {g.mac()}")
    return "\n".join(lines) + "\n"


@T("gelf_jsonl", LOG, "jsonl", "logs/ticket-scanner.gelf.jsonl")
def _(g):
    recs = [
        {"version": "1.1", "host": "scanner-3", "short_message": "scanner online", "level": 6,
         "_client_ip": g.ip("client_ip", 0.5), "_build": g.short_sha()},
        {"version": "1.1", "host": "scanner-3", "short_message": "refreshing event list with token " + g.key("event_token", g.k_hex(40)), "level": 6},
        {"version": "1.1", "host": "scanner-3", "short_message": "sync failed for " + g.email("organiser_email") + ", retrying", "level": 4,
         "_upstream": g.ip4("upstream_ip")},
        {"version": "1.1", "host": "scanner-3", "short_message": "wifi reconnect", "level": 6, "_device_mac": g.mac()},
        {"version": "1.1", "host": "scanner-3", "short_message": "debug: basic auth scanner:" + g.pw("url", "scanner_password"), "level": 7},
    ]
    return "\n".join(json.dumps(r, ensure_ascii=False) for r in recs) + "\n"


@T("shift_log_pool_txt", LOG, "text", "leisure-centre/shift-log-week23.txt")
def _(g):
    return f"""SHIFT LOG - Lido pool plant room - week 23

Mon 06:10  Chlorine dosing alarm reset. Dosing controller now on {g.private()}.
Mon 14:30  Contractor ({g.name()}) changed the controller web login: admin / {g.pw("prose", "controller_password")}
Tue 07:00  Remote monitoring back up - their server {g.ip("monitoring_ip", 0.4)} was blocking us.
Tue 07:05  Monitoring app key (from the contractor's e-mail, {g.email("contractor_email")}): {g.key("monitoring_app_key", g.k_upper(20))}
Wed 22:15  Night shift: all readings normal. Backwash done. Controller firmware now {g.version()}.
Thu 08:15  Staff Wi-Fi password changed to {g.pw("prose", "staff_wifi_password")} (old one was on the door).
Thu 09:40  Booking screen froze; restarted. Booking system support: {g.email("support_email")}
"""


# ---------------------------------------------------------------------------------------------------------------
# chat / command line
# ---------------------------------------------------------------------------------------------------------------


@T("espanso_matches_yaml", CHAT, "yaml", ".config/espanso/match/shop.yml")
def _(g):
    return f"""# Text expansions for the shop laptop
matches:
  - trigger: ":addr"
    replace: "Unit 4, Tannery Yard"
  - trigger: ":mail"
    replace: "{g.email("shop_email")}"
  - trigger: ":wifi"
    replace: "{g.pw("quoted", "wifi_password")}"
  - trigger: ":tillpw"
    replace: "{g.pw("quoted", "till_password")}"
  - trigger: ":apikey"
    replace: "{g.key("dispatch_api_key", g.k_alnum(32))}"
  - trigger: ":smskey"
    replace: "{g.key("sms_gateway_key", g.k_hex(32))}"
  - trigger: ":nas"
    replace: "{g.private()}"
"""


@T("doskey_macros_mac", CHAT, "doskey", "tools/macros.doskey")
def _(g):
    ip = g.ip4("server_ip")
    return f"""; doskey /macrofile=macros.doskey  (loaded by the clinic's reception PC)
backup=robocopy C:\\Appointments \\\\{g.private()}\\backup /MIR
vpn=rasdial "Clinic VPN" reception {g.pw("shell", "vpn_password")}
sync=curl -H "Authorization: Bearer {g.key("sync_bearer_token", g.k_b64url(43))}" https://{ip}/sync $*
mail=start mailto:{g.email("practice_manager_email")}
ver=echo reception-pc image {g.version()}
"""


@T("script_session_typescript", CHAT, "text", "support/sessions/2026-04-09-tillserver.typescript")
def _(g):
    ip = g.ip("till_server_ip", 0.45)
    pw = g.pw("url", "db_password")
    return f"""Script started on 2026-04-09 10:14:02+01:00 [TERM="xterm-256color" TTY="/dev/pts/1" COLUMNS="120" LINES="40"]
tech@laptop:~$ ssh shopadmin@{ip}
shopadmin@till-server:~$ cockroach sql --url 'postgresql://till:{pw}@localhost:26257/tills' -e 'select count(*) from sales'
+----------+
| count(*) |
+----------+
|    48211 |
+----------+
shopadmin@till-server:~$ export CARD_GATEWAY_KEY={g.key("card_gateway_key", "sk_live_" + g.k_alnum(32))}
shopadmin@till-server:~$ sha256sum reconcile
{g.sha256()}  reconcile
shopadmin@till-server:~$ ./reconcile --notify {g.email("notify_email")}
reconcile {g.version()}: 3 batches, 0 mismatches
shopadmin@till-server:~$ exit
Script done on 2026-04-09 10:19:47+01:00 [COMMAND_EXIT_CODE="0"]
"""


@T("fax_cover_ocr_txt", CHAT, "text", "scans/fax-2026-02-17-0931.ocr.txt")
def _(g):
    return f"""FAX  COVER  SHEET
To: Practice manager, Riverside Vet Clinic          From: {g.name()}, lab services
Pages: 2 (incl. cover)                               Date: 17/02/2026

Re: results portal access for the clinic

Your new portal login is below. Please change the password after first login.
  Portal:    https://{g.ip4("portal_ip")}/results
  User:      {g.email("portal_user_email")}
  Password:  {g.pw("prose", "portal_password")}
  Results feed key: {g.key("results_feed_key", g.k_hex(32))}

If this fax reached you in error please call us or write to {g.email("lab_email")}.
"""


# ---------------------------------------------------------------------------------------------------------------
# handover notes (one table-driven builder)
# ---------------------------------------------------------------------------------------------------------------

NOTE_LANGS = [
    # name, greeting, closing, place names for the password, org
    ("pulaar", "Jam waali", "A jaraama", ["Kédougou", "Podor", "Matam"], "the dye works"),
    ("nyanja", "Moni", "Zikomo kwambiri", ["Nkhotakota", "Mangochi", "Chipata"], "the bicycle co-op"),
    ("dholuo", "Misawa", "Erokamano", ["Siaya", "Bondo", "Homabay"], "the fish landing office"),
    ("siswati", "Sawubona", "Ngiyabonga", ["Lobamba", "Mbabane", "Manzini"], "the weaving studio"),
    ("kabuverdianu", "Bon dia", "Obrigadu", ["SãoFilipe", "Mindelo", "Tarrafal"], "the bakery"),
    ("tashelhit", "Azul", "Tanmmirt", ["AïtBaha", "Tafraout", "Tiznit"], "the clinic pharmacy"),
    ("gilbertese", "Mauri", "Ko rabwa", ["Tabiteuea", "Abaiang", "Bairiki"], "the harbour cold store"),
    ("kichwa", "Alli puncha", "Yupaychani", ["Cañar", "Otavalo", "Cayambe"], "the market co-op"),
]


def note_key(g):
    k = g.num(0, 9)
    if k == 0:
        return "model hub token", g.key("model_hub_token", g.k_hf())
    if k == 1:
        return "chat bot token", g.key("chat_bot_token", g.k_tg())
    if k == 2:
        return "route planner auth token", g.key("route_planner_auth_token", g.k_hex(32))
    if k == 3:
        return "VPN private key", g.key("vpn_private_key", g.k_wg())
    if k == 4:
        return "shop API keystring", g.key("etsy_keystring", g.k_lower(24))
    if k == 5:
        return "video upload token", g.key("vimeo_token", g.k_hex(32))
    if k == 6:
        return "DNS update token", g.key("desec_token", g.k_alnum(28))
    if k == 7:
        return "ticketing API key", g.key("pretix_token", g.k_lower(64))
    if k == 8:
        return "members' page token", g.key("patreon_creator_token", g.k_b64url(43))
    return "dashboard JWT", g.key("dashboard_jwt", g.k_jwt())


def make_note(code, greet, close, places, org):
    def fn(g):
        place = g.pick(places)
        pwn = g.pw("prose", "pw_native", place + str(g.num(10, 9999)) + g.pick("!#%*+=?~"))
        wifi = g.pw("prose", "wlan_passphrase")
        server = g.ip("server_ip", 0.5)
        mail = g.email("admin_email")
        k1n, k1 = note_key(g)
        k2n, k2 = note_key(g)
        while k2n == k1n:
            k2n, k2 = note_key(g)
        form = g.num(0, 2)
        who = g.first().capitalize()
        if form == 0:
            return f"""{greet} {who},

Handover for {org} while I am away:

1. Server: {server} (office box on {g.private()})
2. Admin login: admin / {pwn}
3. Admin e-mail: {mail}
4. Wi-Fi: {wifi}
5. {k1n}: {k1}
6. {k2n}: {k2}

The manual uses {g.resmail()} and version {g.version()} in its screenshots; ignore those.

{close},
{g.first().capitalize()}
"""
        if form == 1:
            return f"""{greet}!

```
server      = {server}
admin_pass  = {pwn}
admin_mail  = {mail}
wifi        = {wifi}
key_1       = {k1}   # {k1n}
key_2       = {k2}   # {k2n}
vpn_pubkey  = {g.pubkey_b64()}   # public, fine to share
inventory   = {g.uuid()}
internal_v6 = {g.ula()}
```

{close}. ({org}; router firmware {g.version()})
"""
        return f"""{greet} {who}. For {org}: the server is at {server} and the admin password is {pwn} (admin
mail {mail}). Guest Wi-Fi passphrase: {wifi}. The {k1n} is {k1} and the {k2n} is {k2}.
Do not use the sample values from the leaflet ({g.docip()}, {g.ph("<token>")}); the printer's MAC is {g.mac()}.
{close}.
"""
    return fn


for _code, _greet, _close, _places, _org in NOTE_LANGS:
    T(f"note_{_code}", NOTES, "text" if _code not in ("dholuo", "gilbertese") else "markdown",
      f"handover/{_code}/notes.txt" if _code not in ("dholuo", "gilbertese") else f"handover/{_code}/README.md")(
        make_note(_code, _greet, _close, _places, _org))
