"""Templates 1-18 of held-out set 44: observatory, weather, workshop, energy and home-automation files.

Each template is written by hand for one file of one tool; values come from gen_h44.G (passed in as g).
"""


def t_kstars_ekos_sql(g):
    return f"""-- userdb.sqlite dump (KStars 3.7, Ekos profiles), taken before the laptop swap
BEGIN TRANSACTION;
CREATE TABLE profile (id INTEGER PRIMARY KEY AUTOINCREMENT, name TEXT NOT NULL, host TEXT, port INTEGER,
  remotedrivers TEXT, indiwebmanagerport INTEGER, guidertype INTEGER, guiderhost TEXT, guiderport INTEGER);
INSERT INTO profile VALUES(1,'Simulators',NULL,NULL,NULL,NULL,0,NULL,NULL);
INSERT INTO profile VALUES(2,'Backyard EQ6','{g.priv()}',7624,NULL,8624,1,'{g.priv()}',4400);
INSERT INTO profile VALUES(3,'Remote dome (club)','{g.IP('ekos_remote_host')}',7624,'ZWO CCD@{g.IP('ekos_driver_host', v6=0)}',8624,1,'{g.loop()}',4400);
CREATE TABLE astrometry (id INTEGER PRIMARY KEY, apikey TEXT, email TEXT);
INSERT INTO astrometry VALUES(1,'{g.K('astrometry_api_key', 'lo32')}','{g.E('astrometry_account_email')}');
CREATE TABLE dslr (id INTEGER PRIMARY KEY, model TEXT, width INTEGER, height INTEGER, pixelw REAL);
INSERT INTO dslr VALUES(1,'Canon EOS 60D',5184,3456,4.3);
CREATE TABLE observatory (id INTEGER PRIMARY KEY, name TEXT, ftp_user TEXT, ftp_pass TEXT, install_id TEXT);
INSERT INTO observatory VALUES(1,'Hollowmere roll-off','{g.user()}','{g.P('observatory_ftp_password', 'q')}','{g.uuid('install_uuid')}');
COMMIT;
"""


def t_phd2_remote_md(g):
    return f"""# Guiding from the warm room (PHD2 server mode)

PHD2 listens on 4400 on the mount PC. Nothing fancy:

1. Wake the mount PC: `wakeonlan {g.mac()}` (its fixed lease is {g.priv()}).
2. RDP in as `observer`; password is `{g.P('rdp_password', 'prose')}` since the spring reset.
3. Start PHD2, *Tools → Enable Server*.
4. From the warm room: `nc {g.priv()} 4400` should print the `Version` event (currently {g.ver()}).

When we image from home we go through the club's jump box at {g.IP('jump_host')}, user `guider`:

```
ssh -L 4400:{g.priv()}:4400 -p 2222 {g.L('ssh_target', 'guider@jump.hollowmere-astro.net')}
```

The box only accepts keys. Mine is `{g.sshpub()}` (fingerprint {g.fp()}).
Questions to {g.E('club_tech_contact')} — not to the old list address {g.remail('astro-list')}.
"""


def t_astap_upload_sh(g):
    return f"""#!/bin/sh
# nightly: plate-solve the session with ASTAP, then push the solved FITS to the club NAS
set -eu
NIGHT=$(date -u +%Y%m%d)
SRC=/srv/capture/$NIGHT
astap -f "$SRC"/*.fits -r 30 -z 2 -update >> /var/log/astap-night.log 2>&1

# the NAS only speaks SMB1 on this share, so smbclient it is
smbclient //{g.priv()}/solved -U 'imaging%{g.P('smb_password', 'shell')}' -c "mkdir $NIGHT; cd $NIGHT; prompt; mput $SRC/*.fits"

# mirror a copy off site (rsync daemon, password file is created here on purpose, see ticket {g.uuid('ticket_uuid')})
printf '%s\\n' '{g.P('rsync_daemon_password', 'shell')}' > /run/astap-rsync.pw
chmod 600 /run/astap-rsync.pw
rsync -a --password-file=/run/astap-rsync.pw "$SRC"/ rsync://mirror@{g.IP('offsite_rsync_host', v6=0)}/fits/$NIGHT/
rm -f /run/astap-rsync.pw
curl -fsS -m 10 "https://status.hollowmere-astro.net/ping/{g.K('status_ping_token', 'uuid')}" >/dev/null || true
"""


def t_ccdciel_ini(g):
    return f"""[Info]
Version={g.ver()}
[Files]
CapturePath=/home/obs/Pictures/CCDciel
SaveFormat=0
[Alpaca]
CameraHost={g.priv()}
CameraPort=11111
TelescopeHost={g.IP('alpaca_telescope_host', v6=0)}
TelescopePort=32323
Login=alpaca
Password={g.P('alpaca_password', 'ini')}
[FTP]
; upload of the last frame for the club web page
Host={g.IP('ftp_host', v6=0)}
User=ccdciel-upload
Pass={g.P('ftp_password', 'ini')}
Passive=1
[Mail]
SmtpHost=smtp.{g.pick(['telepac.pt', 'wtnet.de', 'tie.cl'])}
SmtpUser={g.E('smtp_user_email')}
SmtpPass={g.P('smtp_password', 'ini')}
MailTo={g.E('alert_recipient')}
[Astrometry]
AstrometryNetKey={g.K('astrometry_key', 'lo32')}
LastSolveId={g.L('solve_id', str(g.num(8000000, 9999999)))}
"""


def t_cumulusmx_ini(g):
    return f"""[Station]
Type=11
ComPortName=/dev/ttyUSB0
Latitude=52.371
Longitude=4.899
[FTP site]
Host=ftp.{g.pick(['zeelandnet.nl', 'quicknet.nl'])}
Port=21
Username=wx{g.num(100, 999)}
Password={g.P('ftp_password', 'ini')}
Directory=/public_html/weather
Sslftp=1
[Wunderground]
ID=I{g.s(8, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789')}
Password={g.K('wunderground_station_key', 'an24')}
Enabled=1
[Windy]
APIkey={g.K('windy_api_key', 'jwt')}
StationIdx=0
[OpenWeatherMap]
APIkey={g.K('owm_api_key', 'hex32')}
StationId={g.L('station_id', g.hex(24))}
[MQTT]
Server={g.IP('mqtt_broker')}
Port=1883
Username=cumulus
Password={g.P('mqtt_password', 'ini')}
[Proxies]
HTTPproxyName={g.priv()}
HTTPproxyPort=3128
HTTPproxyUser=
HTTPproxyPassword=
[Alarms]
FromEmail={g.E('alarm_from')}
DestEmail={g.E('alarm_to')}
TestEmail={g.remail()}
"""


def t_meteobridge_push_txt(g):
    stn = g.s(6, 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789')
    return f"""Meteobridge "HTTP requests" export (Services > Push Services), station shed-north
# event  | url
every 5m | http://{g.IP('push_target_host', v6=0)}/wx/ingest.php?key={g.K('ingest_key', 'hex40')}&t=[th0temp-act]&h=[th0hum-act]&p=[thb0seapress-act]
every 1m | https://rtupdate.wunderground.com/weatherstation/updateweatherstation.php?ID={stn}&PASSWORD={g.K('wunderground_key', 'an24')}&tempf=[th0temp-act=F.1]&realtime=1&rtfreq=60
every 10m | https://upload.wetterring-nord.eu/push.php?user=shednorth&pass={g.P('weather_ring_password', 'url')}&temp=[th0temp-act]
every 15m | ftp://meteo:{g.P('ftp_password', 'url')}@{g.IP('ftp_host', v6=0)}/cam/current.jpg
daily 00:05 | mailto:{g.E('daily_report_to')}?subject=Daily%20[YYYY]-[MM]-[DD]
# disabled:
# every 5m | http://{g.priv()}:8080/json.htm?type=command&param=udevice&idx=[idx]&svalue=[th0temp-act]
# station MAC {g.mac()}, firmware {g.ver()}, build {g.ssha()}
"""


def t_linuxcnc_shop_md(g):
    return f"""# Mill room network and logins (LinuxCNC boxes)

| machine | address | login | notes |
|---|---|---|---|
| Tormach clone (LinuxCNC {g.ver()}) | {g.priv()} | `cnc` / `{g.P('cnc_login_password', 'prose')}` | VNC on :1 |
| plasma table | {g.priv()} | `cnc` / `{g.P('plasma_login_password', 'prose')}` | THCAD on /dev/ttyS1 |
| lathe (retrofit) | {g.priv()} | `cnc` / `{g.ph('<ask Dorota>')}` | not networked on weekdays |
| CAM workstation | {g.IP('cam_workstation_public', v6=0)} (port-forward 5901) | `cam` | only through the VPN |

VNC password for all three (x11vnc `-rfbauth`): `{g.P('vnc_password', 'prose', style=g.pick([2, 3, 5]))}`.

G-code drop share: `\\\\{g.priv()}\\gcode`, user `shop`, password `{g.P('smb_password', 'prose')}`.

Our VPN is WireGuard on the router; the peer public key is `{g.L('public_key', g.key_raw('b64_32'))}`,
the shop laptop's private key is `{g.K('wireguard_private_key', 'b64_32')}` (yes, it should not be here).
Endpoint `{g.IPu('vpn_endpoint')}:51820`. Contact: {g.E('shop_owner_email')}.
"""


def t_brewpi_compose(g):
    return f"""# docker-compose.yml for the fermentation fridge (BrewPi Remix + InfluxDB)
services:
  brewpi:
    image: brewpiremix/brewpi-remix:{g.ver()}
    restart: unless-stopped
    ports:
      - "{g.unspec()}:80:80"
    devices:
      - /dev/ttyACM0
    environment:
      TZ: Europe/Amsterdam
      BREWPI_ADMIN_USER: brewer
      BREWPI_ADMIN_PASSWORD: "{g.P('brewpi_admin_password', 'q')}"
      BREWLOG_STREAM_URL: "http://log.gaerkeller.eu/stream?id={g.K('brewlog_stream_id', 'an24')}"
  influx:
    image: influxdb@{g.digest()}
    environment:
      DOCKER_INFLUXDB_INIT_MODE: setup
      DOCKER_INFLUXDB_INIT_USERNAME: brewlog
      DOCKER_INFLUXDB_INIT_PASSWORD: {g.P('influx_init_password', 'yaml')}
      DOCKER_INFLUXDB_INIT_ORG: kettle
      DOCKER_INFLUXDB_INIT_ADMIN_TOKEN: {g.K('influx_admin_token', 'b64_48')}
    volumes:
      - ./influx:/var/lib/influxdb2
  notify:
    image: alpine:3.19
    command: ["sh", "-c", "echo started | mail -s fridge {g.E('notify_recipient')}"]
    extra_hosts:
      - "gw:{g.priv()}"
"""


def t_reef_pi_json(g):
    return f"""{{
  "settings": {{
    "name": "reef-pi (sump)",
    "interface": "wlan0",
    "address": "{g.unspec()}:443",
    "display": false,
    "notification": true,
    "capabilities": {{"ato": true, "lighting": true, "temperature": true, "dashboard": true}},
    "https": true,
    "pprof": false,
    "rpi_pwm_freq": 100,
    "cors": ["http://{g.priv()}:3000"]
  }},
  "credentials": {{"user": "reefer", "password": "{g.P('ui_password', 'q')}"}},
  "telemetry": {{
    "adafruitio": {{"enable": true, "user": "{g.user()}", "token": "{g.K('adafruit_io_key', 'aio')}", "prefix": "sump-"}},
    "mailer": {{
      "server": "smtp.{g.pick(['mnet-online.de', 'vtxnet.ch', 'frisurf.no'])}",
      "port": 587,
      "from": "{g.E('mailer_from')}",
      "password": "{g.P('mailer_password', 'q')}",
      "to": ["{g.E('mailer_to')}", "{g.remail('aquarium')}"]
    }},
    "throttle": 10,
    "historical_limit": 720,
    "current_limit": 3000
  }},
  "device": {{"serial": "{g.L('device_serial', 'RP' + g.s(10, '0123456789ABCDEF'))}", "id": "{g.uuid('device_uuid')}"}}
}}
"""


def t_ahoydtu_json(g):
    return f"""{{
  "version": "{g.ver()}",
  "wifi": {{"ssid": "Dachboden", "pwd": "{g.P('wifi_password', 'q')}", "ap_pwd": "{g.P('ap_password', 'q', style=g.pick([1, 5]))}"}},
  "static_ip": {{"ip": "{g.priv()}", "mask": "{g.L('netmask', '255.255.255.0')}", "dns1": "{g.IP('dns_server', v6=0)}", "gw": "{g.priv()}"}},
  "ntp": {{"addr": "{g.IP('ntp_server', v6=0)}", "port": 123, "intvl": 720}},
  "mqtt": {{"addr": "{g.IP('mqtt_broker', v6=0)}", "port": 1883, "user": "ahoy", "pwd": "{g.P('mqtt_password', 'q')}", "topic": "inverter", "intvl": 5}},
  "inverters": [
    {{"name": "Garage HM-800", "serial": "{g.L('inverter_serial', '1161' + g.s(8, '0123456789'))}", "ch_max_pwr": [410, 410]}},
    {{"name": "Balkon HMS-400", "serial": "{g.L('inverter_serial', '1125' + g.s(8, '0123456789'))}", "ch_max_pwr": [420]}}
  ],
  "sys": {{"dev_name": "ahoy-dtu", "adm_pwd": "{g.P('admin_password', 'q')}", "prot_mask": 0, "chip_id": "{g.mac()}"}}
}}
"""


def t_emoncms_settings_php(g):
    return f"""<?php
// emoncms settings.php (local overrides) -- copied from the old Pi, check before the move
$settings = array(
    "sql" => array(
        "server"   => "{g.loop()}",
        "database" => "emoncms",
        "username" => "emoncms",
        "password" => "{g.P('mysql_password', 'q')}",
        "port"     => 3306,
    ),
    "redis" => array(
        "enabled" => true,
        "host"    => "{g.priv()}",
        "auth"    => '{g.P('redis_auth', 'q')}',
        "prefix"  => "emoncms",
    ),
    "mqtt" => array(
        "enabled"  => true,
        "host"     => "{g.IP('mqtt_host')}",
        "user"     => "emonpi",
        "password" => "{g.P('mqtt_password', 'q')}",
    ),
    "smtp" => array(
        "default_emailto" => '{g.E('default_emailto')}',
        "host"            => "smtp.{g.pick(['cogeco.ca', 'eastlink.ca'])}",
        "from_email"      => '{g.E('from_email')}',
        "username"        => '{g.E('smtp_username')}',
        "password"        => '{g.P('smtp_password', 'q')}',
    ),
    "interface" => array("appname" => "emoncms", "email_verification" => false),
);
// read-only API key of the public dashboard (ok to share): {g.L('readonly_api_key', g.hex(32))}
// write key of the remote feed on emoncms.org: {g.K('remote_write_apikey', 'hex32')}
"""


def t_vzlogger_conf(g):
    return f"""{{
  // /etc/vzlogger.conf  -- JSON with comments, as vzlogger reads it
  "retry": 30,
  "verbosity": 1,
  "log": "/var/log/vzlogger.log",
  "local": {{"enabled": true, "port": 8081, "index": true, "timeout": 30, "buffer": -1}},
  "push": [
    {{"url": "http://{g.IP('push_host', v6=0)}:5582/"}}
  ],
  "mqtt": {{
    "enabled": true,
    "host": "{g.priv()}",
    "port": 1883,
    "user": "vz",
    "pass": "{g.P('mqtt_pass', 'q')}",
    "topic": "vzlogger/data"
  }},
  "meters": [
    {{
      "enabled": true,
      "protocol": "sml",
      "device": "/dev/ttyUSB0",
      "channels": [
        {{"uuid": "{g.uuid('channel_uuid')}", "middleware": "https://demo.volkszaehler.org/middleware.php", "identifier": "1-0:1.8.0"}},
        {{"api": "volkszaehler", "uuid": "{g.uuid('channel_uuid')}", "middleware": "http://{g.priv()}/middleware.php", "identifier": "1-0:2.8.0"}}
      ]
    }},
    {{
      "enabled": false,
      "protocol": "fluksov2",
      "fifo": "/var/run/spid/delta/out",
      "channels": [
        {{"api": "influxdb", "uuid": "{g.uuid('channel_uuid')}", "host": "http://{g.IPu('influx_host')}:8086",
          "username": "meter", "password": "{g.P('influx_password', 'q')}", "token": "{g.K('influx_token', 'b64_48')}"}}
      ]
    }}
  ]
}}
"""


def t_ebusd_default(g):
    return f"""# /etc/default/ebusd -- options for the eBUS daemon (Vaillant heat pump via eBUS adapter v5)
#
# The adapter sits on the Wi-Fi at {g.priv()}; the MQTT broker is the NAS.
# Do not put quotes inside the password, the init script splits on spaces.
EBUSD_OPTS="--scanconfig --device=ens:{g.priv()}:9999 --latency=50 \\
  --mqtthost={g.IP('mqtt_host', v6=0)} --mqttport=8883 --mqttuser=ebusd \\
  --mqttpass={g.P('mqtt_password', 'shell')} \\
  --mqttca=/etc/ebusd/ca.pem --mqttint=/etc/ebusd/mqtt-hassio.cfg --mqttjson \\
  --accesslevel=* --httpport=8889 --log=all:notice"

# old local broker, kept for the migration weekend:
#EBUSD_OPTS="--scanconfig -d /dev/ttyUSB0 --mqtthost={g.loop()} --mqttuser=ebusd --mqttpass={g.P('old_mqtt_password', 'shell')}"

# firmware of the adapter: {g.ver()} (sha1 {g.sha1()})
"""


def t_knx_keyring_notes(g):
    return f"""KNX Secure - handover notes (knxd on the plant-room Pi)
================================================================

Project: Haus Lindenstraße, ETS 6, exported {g.num(2024, 2026)}-0{g.num(1, 9)}-1{g.num(0, 9)}.
knxd runs with `-e 1.1.250 -E 1.1.251:8 -b ipt:{g.priv()} -u /tmp/eib -i`.

Keyring file: Haus.knxkeys (password for the keyring: {g.P('keyring_password', 'plain')})
Backbone key (IP secure): {g.K('backbone_key', 'hex32')}
Device authentication code, IP router: {g.P('device_auth_code', 'plain', style=g.pick([1, 5]))}
Commissioning password, IP router: {g.P('commissioning_password', 'plain')}
Tunnel 1 user id 2, password: {g.P('tunnel_password', 'plain')}

FDSK of the router (printed on the device, needed for a factory reset): {g.Kv('knx_fdsk', g.s(36, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567'))}
Individual address of the router: 1.1.250 (not secret). Router MAC {g.mac()}.
Remote access via the installer's VPN to {g.IP('installer_vpn')}; questions to {g.E('installer_email')}.
"""


def t_zwave_js_settings(g):
    def k():
        return g.key_raw('hex32').upper()
    return f"""{{
  "mqtt": {{
    "name": "zwave-js-ui",
    "host": "{g.IP('mqtt_host', v6=0)}",
    "port": 1883,
    "qos": 1,
    "prefix": "zwave",
    "reconnectPeriod": 3000,
    "retain": true,
    "clean": true,
    "auth": true,
    "username": "zwave",
    "password": "{g.P('mqtt_password', 'q')}",
    "_ca": "", "ca": "", "_cert": "", "cert": "", "_key": "", "key": ""
  }},
  "zwave": {{
    "port": "/dev/serial/by-id/usb-0658_0200-if00",
    "allowBootloaderOnly": false,
    "commandsTimeout": 30,
    "logLevel": "info",
    "securityKeys": {{
      "S2_Unauthenticated": "{g.Kv('s2_unauthenticated_key', k())}",
      "S2_Authenticated": "{g.Kv('s2_authenticated_key', k())}",
      "S2_AccessControl": "{g.Kv('s2_access_control_key', k())}",
      "S0_Legacy": "{g.Kv('s0_legacy_key', k())}"
    }},
    "deviceConfigPriorityDir": "/usr/src/app/store/config",
    "enableSoftReset": true
  }},
  "gateway": {{
    "type": 0,
    "authEnabled": true,
    "versions": {{"app": "{g.ver()}", "driver": "{g.ver()}", "server": "{g.ver()}"}},
    "homeHex": "{g.L('home_id', '0x' + g.hex(8))}"
  }},
  "ui": {{"darkMode": true, "navTabs": false}}
}}
"""


def t_openwb_bridge_conf(g):
    return f"""# /etc/mosquitto/conf.d/99-bridge-cloud.conf  (openWB 1.9 "Cloud-Bridge", hand-edited)
connection cloud-wallbox
address {g.IPu('bridge_remote')}:8883
remote_clientid {g.L('client_id', 'openwb-' + g.hex(12))}
remote_username {g.user()}
remote_password {g.P('bridge_remote_password', 'plain', style=g.pick([1, 5, 9]))}
bridge_protocol_version mqttv311
bridge_insecure false
bridge_cafile /etc/ssl/certs/ca-certificates.crt
try_private true
cleansession true
topic openWB/lp/1/# out 2 "" openWB/
topic openWB/set/lp/1/# in 2 "" openWB/

# second bridge to the energy co-op's portal (disabled, see mail from {g.E('coop_contact')})
#connection coop
#address [{g.IP6('coop_broker_ipv6')}]:8883
#remote_username wb-{g.num(1000, 9999)}
#remote_password {g.P('coop_remote_password', 'plain')}

listener 1883 {g.unspec()}
allow_anonymous false
password_file /etc/mosquitto/passwd
# passwd line for the local user (hashed, fine to keep): openwb:{g.L('hashed_password', '$7$101$' + g.s(16, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/') + '$' + g.s(86, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/') + '==')}
"""


def t_solaranzeige_user_config(g):
    return f"""<?php
/******************************************************************************
//  user.config.php  --  Solaranzeige, Regler 1 (MPPT-Laderegler + Batteriemonitor)
******************************************************************************/
$Regler = "17";
$Platine = "2";
$USBRegler = "/dev/ttyUSB0";
$WR_IP = "{g.priv()}";
$WR_Port = "502";
$WR_Adresse = "1";

// InfluxDB ausserhalb (Grafana beim Nachbarn)
$InfluxDB_remote = true;
$InfluxDB_remote_IP = "{g.IP('influx_remote_ip', v6=0)}";
$InfluxDB_remote_Port = 8086;
$InfluxDB_remote_user = "solar";
$InfluxDB_remote_pass = '{g.P('influx_remote_password', 'q')}';

// Meldungen per Push und Mail
$Push_Token = "{g.K('push_app_token', 'lo32')}";
$Push_User = "{g.K('push_user_key', 'lo32')}";
$Mail_Empfaenger = "{g.E('mail_recipient')}";
$SMTP_Passwort = "{g.P('smtp_password', 'q')}";

// Wetterprognose (forecast.solar), ohne Key = public
$Prognose_Key = "";
$Anlagen_ID = "{g.L('plant_id', str(g.num(100000, 999999)))}";
// Version {g.ver()}
"""


def t_iammeter_transcript(g):
    tok = g.key_raw('hex32')
    return f"""$ curl -s -X POST https://www.iammeter.com/api/v1/user/login \\
    -H 'Content-Type: application/json' \\
    -d '{{"userName":"{g.E('iammeter_account_email')}","password":"{g.P('iammeter_password', 'q')}"}}'
{{"successful":true,"message":null,"data":{{"token":"{g.Kv('iammeter_session_token', tok)}","expire":"2026-12-31T00:00:00"}}}}
$ export IAMMETER_TOKEN={g.Kv('iammeter_session_token', tok)}
$ curl -s -H "token: $IAMMETER_TOKEN" https://www.iammeter.com/api/v1/site/sitelist | jq '.data[] | {{siteId, name}}'
{{
  "siteId": {g.num(10000, 99999)},
  "name": "WEM3080T Hof"
}}
$ curl -s http://admin:{g.P('meter_local_password', 'url', style=g.pick([2, 4, 8]))}@{g.priv()}/monitorjson
{{"method":"uploadsn","mac":"{g.mac()}","version":"{g.ver()}","server":"em","SN":"{g.L('device_serial', g.s(8, '0123456789ABCDEF'))}","Datas":[[229.1,1.23,213,1120.4,34.2,50.0,0.99]]}}
$ ping -c1 {g.IP('meter_upstream_host', v6=0)} >/dev/null && echo reachable
reachable
"""


TEMPLATES = [
    ("kstars_ekos_sql", "sql", "backup/kstars-userdb.sql", t_kstars_ekos_sql),
    ("phd2_remote_md", "markdown", "docs/guiding-remote.md", t_phd2_remote_md),
    ("astap_upload_sh", "shell", "bin/astap-night.sh", t_astap_upload_sh),
    ("ccdciel_ini", "ini", ".config/ccdciel/ccdciel.conf", t_ccdciel_ini),
    ("cumulusmx_ini", "ini", "CumulusMX/Cumulus.ini", t_cumulusmx_ini),
    ("meteobridge_push_txt", "text", "exports/meteobridge-push.txt", t_meteobridge_push_txt),
    ("linuxcnc_shop_md", "markdown", "wiki/mill-room.md", t_linuxcnc_shop_md),
    ("brewpi_compose", "yaml", "brewery/docker-compose.yml", t_brewpi_compose),
    ("reef_pi_json", "json", "reef-pi/config.json", t_reef_pi_json),
    ("ahoydtu_json", "json", "ahoy/settings.json", t_ahoydtu_json),
    ("emoncms_settings_php", "php", "emoncms/settings.php", t_emoncms_settings_php),
    ("vzlogger_conf", "text", "etc/vzlogger.conf", t_vzlogger_conf),
    ("ebusd_default", "shell", "etc/default/ebusd", t_ebusd_default),
    ("knx_keyring_notes", "text", "handover/knx-secure.txt", t_knx_keyring_notes),
    ("zwave_js_settings", "json", "zwave-js-ui/store/settings.json", t_zwave_js_settings),
    ("openwb_bridge_conf", "text", "etc/mosquitto/conf.d/99-bridge-cloud.conf", t_openwb_bridge_conf),
    ("solaranzeige_user_config", "php", "var/www/html/user.config.php", t_solaranzeige_user_config),
    ("iammeter_transcript", "shell", "notes/iammeter-api.txt", t_iammeter_transcript),
]
