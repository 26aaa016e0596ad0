"""Templates 20-38 of held-out set 45 (maker, hardware, radio, aviation and maritime tools)."""


def t_fluidnc_config_yaml(G):
    text = f'''# FluidNC config.yaml for the 6040 router in the back shop
name: "6040 router"
board: "MKS DLC32"
meta: "rev {G.ssha()} by {G.first()}"

stepping:
  engine: I2S_STATIC
  idle_ms: 250

axes:
  x:
    steps_per_mm: 800
    max_rate_mm_per_min: 2000

# WiFi: join the shop network, fall back to AP mode
# $Sta/SSID=Shop-IoT
# $Sta/Password={G.P('sta_password_comment', 'plain')}
# $AP/Password={G.P('ap_password_comment', 'plain')}
# $Sta/IPMode=Static  $Sta/IP={G.priv()}  $Sta/Gateway={G.priv()}  $Sta/Netmask={G.L('netmask', '255.255.255.0')}
# telnet port 23, web on 80; mDNS name router6040.local
# config uploaded via: curl -F "file=@config.yaml" http://{G.priv()}/upload
'''
    return "yaml", "cnc/fluidnc/config.yaml", text


def t_grblhal_sender_settings_json(G):
    text = f'''{{
  "sender": "ioSender",
  "version": "{G.version()}",
  "connection": {{
    "mode": "telnet",
    "host": "{G.priv()}",
    "port": 23
  }},
  "cloudSync": {{
    "enabled": true,
    "endpoint": "https://{G.IP4('sync_endpoint_ip')}/api/v2/jobs",
    "deviceSerial": "{G.L('device_serial', 'GH' + G.s('0123456789', 10))}",
    "apiToken": "{G.K('cloud_sync_token', 'an40')}",
    "owner": "{G.E('owner_email')}"
  }},
  "ftp": {{
    "host": "{G.IP('ftp_host_ip')}",
    "user": "grbl",
    "pass": "{G.P('ftp_password', 'quoted')}"
  }},
  "macAddress": "{G.mac()}",
  "lastJob": "{G.U('job_uuid')}"
}}
'''
    return "json", "cnc/grblhal/sender-settings.json", text


def t_lightburn_bridge_ino(G):
    ssid = G.pick(["LaserShed", "Workshop-2G", "Makerspace-IoT"])
    text = f'''// lightburn_bridge.ino -- ESP32 serial-to-WiFi bridge for the laser
#include <WiFi.h>
#include <WiFiClientSecure.h>
#include <HTTPClient.h>

const char* WIFI_SSID = "{ssid}";
const char* WIFI_PASS = "{G.P('wifi_password', 'quoted')}";

// status pings go to the makerspace dashboard
const char* DASH_URL   = "https://{G.IP4('dashboard_ip')}/api/ping";
const char* DASH_TOKEN = "{G.K('dashboard_token', 'hex32')}";
const char* OTA_PASSWORD = "{G.P('ota_password', 'quoted')}";

IPAddress local_IP(192, 168, 4, 20);
IPAddress gateway(192, 168, 4, 1);

void setup() {{
  Serial.begin(115200);
  WiFi.config(local_IP, gateway, IPAddress(255, 255, 255, 0));
  WiFi.begin(WIFI_SSID, WIFI_PASS);
  // fallback broker, see wiki: {G.docip()}
}}

void loop() {{
  HTTPClient http;
  http.begin(DASH_URL);
  http.addHeader("Authorization", String("Token ") + DASH_TOKEN);
  http.GET();
  delay(60000);
}}
'''
    return "cpp", "firmware/lightburn_bridge/lightburn_bridge.ino", text


def t_laser_sdkconfig(G):
    text = f'''#
# Automatically generated file. DO NOT EDIT.
# Espressif IoT Development Framework (ESP-IDF) {G.version()} Project Configuration
#
CONFIG_IDF_TARGET="esp32s3"
CONFIG_ESPTOOLPY_FLASHSIZE_8MB=y
#
# Exhaust fan controller
#
CONFIG_FAN_WIFI_SSID="laser-room"
CONFIG_FAN_WIFI_PASSWORD="{G.P('wifi_password', 'quoted')}"
CONFIG_FAN_MQTT_URI="mqtts://{G.IPu('mqtt_host_ip', 8883)}"
CONFIG_FAN_MQTT_USERNAME="fan-ctrl"
CONFIG_FAN_MQTT_PASSWORD="{G.P('mqtt_password', 'quoted')}"
CONFIG_FAN_OTA_URL="https://{G.IP4('ota_host_ip')}/fw/fan.bin"
CONFIG_FAN_OTA_PSK="{G.K('ota_psk', 'hex64')}"
CONFIG_FAN_SNTP_SERVER="{G.priv()}"
CONFIG_LWIP_IPV6=y
# CONFIG_FAN_DEBUG_UART is not set
'''
    return "text", "firmware/exhaust-fan/sdkconfig", text


def t_spoolman_platformio_ini(G):
    text = f'''; platformio.ini -- filament scale that reports to Spoolman
[platformio]
default_envs = scale

[env:scale]
platform = espressif32@{G.version()}
board = esp32dev
framework = arduino
monitor_speed = 115200
upload_protocol = espota
upload_port = {G.priv()}
upload_flags =
    --auth={G.P('espota_auth_password', 'shell')}
    --host_port=3232
build_flags =
    -D WIFI_SSID=\\"FilamentRoom\\"
    -D WIFI_PASSWORD=\\"{G.P('wifi_password', 'shell')}\\"
    -D SPOOLMAN_URL=\\"http://{G.priv()}:7912\\"
    -D HEARTBEAT_URL=\\"https://{G.IP4('heartbeat_ip')}/hb/{G.K('heartbeat_slug', 'low32')}\\"
lib_deps =
    bogde/HX711@^{G.version()}
'''
    return "ini", "scale/platformio.ini", text


def t_simplyprint_micropython(G):
    text = f'''# secrets.py -- imported by main.py on the Pico W that watches the printer enclosure
# (copy to the board with: mpremote cp secrets.py :)

WIFI = {{
    "ssid": "PrintFarm",
    "password": "{G.P('wifi_password', 'quoted')}",
}}

# print-farm webhook
WEBHOOK_URL = "https://{G.IP4('webhook_host_ip')}/hooks/enclosure"
WEBHOOK_SECRET = "{G.K('webhook_secret', 'b64_32')}"

# SimplyPrint-style API key for the farm account owned by {G.E('farm_owner_email')}
FARM_API_KEY = "{G.K('farm_api_key', 'uuid')}"

NTP_HOST = "{G.priv()}"
DEVICE_ID = "{G.L('device_uuid', G.uuid())}"
'''
    return "python", "enclosure/secrets.py", text


def t_qgroundcontrol_ini(G):
    text = f'''[General]
QGCSettingsVersion=7
AppSettings.offlineEditingFirmwareClass=12
BatteryPercentRemainingAnnounce=20

[LinkConfigurations]
count=2
Link0\\name=Field UDP
Link0\\type=1
Link0\\host0={G.priv()}
Link0\\port0=14550
Link1\\name=Cloud relay
Link1\\type=2
Link1\\host={G.IP('cloud_relay_ip')}
Link1\\port=5760

[NTRIP]
ntripServerHostAddress=caster.{G.pick(['rtk-net', 'gnss-field'])}.org
ntripServerPort=2101
ntripUsername={G.E('ntrip_username_email')}
ntripPassword={G.P('ntrip_password', 'ini')}
ntripMountpoint=RTCM3_{G.n(100, 999)}

[ADSBVehicleManager]
adsbServerHostAddress={G.loop()}
adsbServerPort=30003

[Airmap]
apiKey={G.K('airspace_api_key', 'jwt')}
clientID={G.L('client_id', G.uuid())}
userName={G.E('airspace_username_email')}
password={G.P('airspace_password', 'ini')}
'''
    return "ini", "QGroundControl/QGroundControl.ini", text


def t_mavproxy_startup_sh(G):
    text = f'''#!/bin/sh
# /home/pi/start-mavproxy.sh -- run by systemd on the companion computer
# forwards telemetry to the ground station and the club server

GCS={G.priv()}
CLUB={G.IP4('club_server_ip')}
export MAVLINK20=1
export CLUB_TOKEN='{G.K('club_token', 'an32')}'

exec mavproxy.py \\
  --master=/dev/serial0,921600 \\
  --out=udp:$GCS:14550 \\
  --out=udpout:$CLUB:14560 \\
  --state-basedir=/var/log/mavproxy \\
  --cmd="set heartbeat 1; module load signing; signing setup {G.P('mavlink_signing_passphrase', 'shell')}" \\
  --daemon

# old relay before the move, kept for reference: {G.IP('old_relay_ip')}
'''
    return "shell", "companion/start-mavproxy.sh", text


def t_dump1090_feeder_cfg(G):
    text = f'''# /etc/default/adsb-feeders  (generated by the image builder, edit by hand)
RECEIVER_LAT={G.n(40, 59)}.{G.n(10000, 99999)}
RECEIVER_LON=-{G.n(1, 9)}.{G.n(10000, 99999)}
DUMP1090_OPTIONS="--net --net-bind-address {G.unspec()} --max-range 360"

# aggregator 1
FEEDER1_HOST={G.IP('aggregator_host_ip')}
FEEDER1_PORT=30004
FEEDER1_SHARING_KEY={G.K('feeder_sharing_key', 'hex32')}

# aggregator 2 (beast reduce + mlat)
FEEDER2_UUID={G.K('feeder_uuid_key', 'uuid')}
FEEDER2_MLAT_USER="{G.first()}-rooftop"

# aggregator 3 uses an e-mail login
FEEDER3_LOGIN={G.E('feeder_login_email')}
FEEDER3_PASSWORD={G.P('feeder_password', 'ini')}

# local stats box
GRAPHS_TARGET={G.priv()}
'''
    return "ini", "adsb/etc-default-adsb-feeders", text


def t_satnogs_client_env(G):
    text = f'''# ~/.satnogs/.env -- ground station {G.n(1000, 3999)}
SATNOGS_API_TOKEN={G.K('satnogs_api_token', 'hex40')}
SATNOGS_STATION_ID={G.n(1000, 3999)}
SATNOGS_STATION_LAT={G.n(-50, 60)}.{G.n(100, 999)}
SATNOGS_STATION_ELEV={G.n(10, 900)}
SATNOGS_SOAPY_RX_DEVICE=driver=rtlsdr
SATNOGS_RX_SAMP_RATE=2.048e6
SATNOGS_ROT_ENABLED=True
SATNOGS_ROT_ADDR={G.loop()}:4533
SATNOGS_ARTIFACTS_ENABLED=True
SATNOGS_ARTIFACTS_API_TOKEN={G.K('artifacts_api_token', 'hex40')}
# uploads mirrored to our own box, ssh key auth only
MIRROR_HOST={G.IP6('mirror_host_ipv6')}
ADMIN_CONTACT={G.E('admin_contact_email')}
'''
    return "env", "satnogs/.env", text


def t_gpredict_cron_update_sh(G):
    text = f'''#!/usr/bin/env bash
# update-tle.sh: refresh TLEs for gpredict and push them to the dish controller
set -euo pipefail
TLEPORTAL_USER="{G.E('tle_portal_user_email')}"
TLEPORTAL_PASS="{G.P('tle_portal_password', 'quoted')}"
COOKIE=$(mktemp)

curl -s -c "$COOKIE" https://www.tle-portal.org/auth/login \\
  -d "identity=$TLEPORTAL_USER" -d "password=$TLEPORTAL_PASS" >/dev/null
curl -s -b "$COOKIE" "https://www.tle-portal.org/query/gp/format/3le" > ~/.config/Gpredict/satdata/cache/new.tle

# dish controller (rotctld on port 4533, ssh on 22)
scp -q ~/.config/Gpredict/satdata/cache/new.tle dish@{G.priv()}:/srv/tle/
# backup copy to the club VPS
rsync -a ~/.config/Gpredict/ "sat@[{G.IP6('club_vps_ipv6')}]:gpredict-backup/"
# crontab: 17 */6 * * * /home/{G.first()}/bin/update-tle.sh
'''
    return "shell", "bin/update-tle.sh", text


def t_aprx_conf(G):
    call = G.pick(["OH2", "SM5", "LA9", "OZ1"]) + G.s("ABCDEFGHIJKLMNOPQRSTUVWXYZ", 3)
    text = f'''# /etc/aprx.conf
mycall  {call}-10
myloc lat 60{G.n(10, 59)}.{G.n(10, 99)}N lon 024{G.n(10, 59)}.{G.n(10, 99)}E

<aprsis>
    passcode {G.n(10000, 32767)}
    server    rotate.aprs2.net
    # tier-2 fallback we run ourselves
    server    {G.IP('aprsis_fallback_ip')}
    heartbeat-timeout 2m
</aprsis>

<logging>
    pidfile /var/run/aprx.pid
    rflog /var/log/aprx/aprx-rf.log
</logging>

<interface>
    tcp-device   {G.priv()}  8001 KISS
    callsign     $mycall
    tx-ok        true
</interface>

# telemetry uploader (custom script reads these)
# uploader-url  https://{G.IP4('uploader_ip')}/api/frames
# uploader-key  {G.K('uploader_key', 'an32')}
# sysop         {G.E('sysop_email')}
'''
    return "text", "aprx/aprx.conf", text


def t_ysfgateway_ini(G):
    text = f'''[General]
Callsign={G.pick(['EA', 'CT', 'IK'])}{G.n(1, 9)}{G.s('ABCDEFGHIJKLMNOPQRSTUVWXYZ', 3)}
Suffix=ND
Id={G.L('dmr_id', str(G.n(2140000, 2149999)))}
RptAddress={G.loop()}
RptPort=3200
LocalAddress={G.unspec()}
LocalPort=4200
Daemon=1

[Info]
RXFrequency=43{G.n(0, 9)}{G.n(100000, 999999)}
Name=Hotspot
Description={G.person()}

[Network]
Startup=EA-Multimode
InactivityTimeout=20
Revert=1

[APRS]
Enable=1
Server=euro.aprs2.net
Port=14580
Password={G.L('aprs_passcode', str(G.n(10000, 32767)))}

[GPSD]
Enable=0
Address={G.loop()}

[Remote Commands]
Enable=1
Port=6073
Password={G.P('remote_commands_password', 'ini')}

[Dashboard]
; pushed to the club status page
Url=https://{G.IP4('dashboard_ip')}/ysf/push
ApiKey={G.K('dashboard_api_key', 'hex32')}
'''
    return "ini", "mmdvm/YSFGateway.ini", text


def t_opencpn_signalk_settings(G):
    text = f'''{{
  "interfaces": {{}},
  "ssl": true,
  "security": {{ "strategy": "./tokensecurity" }},
  "pipedProviders": [
    {{
      "id": "nmea0183-wifi",
      "pipeElements": [
        {{
          "type": "providers/simple",
          "options": {{
            "type": "NMEA0183",
            "subOptions": {{ "type": "tcp", "host": "{G.priv()}", "port": "10110" }}
          }}
        }}
      ],
      "enabled": true
    }}
  ],
  "mdns": true,
  "port": 3000,
  "sslport": 3443,
  "settings": {{
    "secretKey": "{G.K('token_security_secret', 'hex64')}",
    "acls": [],
    "users": [
      {{ "username": "skipper", "type": "admin", "password": "{G.L('hashed_password', '$2a$10$' + G.s('abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789./', 53))}" }}
    ]
  }},
  "plugins": {{
    "signalk-to-influxdb": {{ "host": "{G.IP('influx_host_ip')}", "token": "{G.K('influx_token', 'b64_64')}", "org": "{G.E('influx_org_email')}" }},
    "ais-relay": {{ "stationKey": "{G.K('ais_station_key', 'up36')}", "mmsi": "{G.L('mmsi', '2' + str(G.n(10000000, 99999999)))}" }}
  }}
}}
'''
    return "json", "signalk/settings.json", text


def t_euroscope_prf(G):
    text = f'''Settings\tSettingsfileSECTORFILE\\EDMM.sct
Settings\tsector\\EDMM-{G.n(2301, 2313)}.sct
LastSession\trealname\t{G.person()}
LastSession\tcallsign\tEDDM_N_APP
LastSession\tcertificate\t{G.n(1000000, 1899999)}
LastSession\tpassword\t{G.P('network_password', 'plain')}
LastSession\trating\t4
LastSession\tserver\tAUTOMATIC
LastSession\ttovatsim\t1
LastSession\tproxyserver\t{G.IP('proxy_server_ip')}
Plugins\tPlugin0\tC:\\EuroScope\\plugins\\TopSky.dll
Plugins\tPlugin1\tC:\\EuroScope\\plugins\\CDM.dll
TeamSpeakVccs\tTs3NickName\t{G.n(1000000, 1899999)}
TeamSpeakVccs\tTs3G2APortNum\t{G.n(2000, 9000)}
; hoppie ACARS logon code
Hoppie\tlogon\t{G.K('hoppie_logon_code', 'an24')}
; mailing list: {G.E('list_email')}
'''
    return "text", "EuroScope/EDMM/EDMM.prf", text


def t_flightgear_multiplayer_nas(G):
    text = f'''<?xml version="1.0"?>
<!-- ~/.fgfs/autosave_2020_4.xml (trimmed) -->
<PropertyList>
  <sim>
    <multiplay>
      <callsign>{G.pick(['FG', 'SAT', 'QB'])}{G.n(100, 999)}</callsign>
      <txhost>{G.IP('mp_server_ip')}</txhost>
      <txport>5000</txport>
      <rxport>5000</rxport>
    </multiplay>
    <remote>
      <telnet-password>{G.P('telnet_password', 'xml')}</telnet-password>
    </remote>
    <terrasync>
      <http-server>https://{G.IP4('terrasync_mirror_ip')}/ws2</http-server>
    </terrasync>
  </sim>
  <fgcom>
    <server>{G.priv()}</server>
    <username>{G.E('fgcom_username_email')}</username>
    <password>{G.P('fgcom_password', 'xml')}</password>
  </fgcom>
  <addons>
    <metar-service api-key="{G.K('metar_api_key', 'an32')}" />
  </addons>
</PropertyList>
'''
    return "xml", "fgfs/autosave_2020_4.xml", text


def t_onebusaway_data_sources_xml(G):
    text = f'''<?xml version="1.0" encoding="UTF-8"?>
<beans xmlns="http://www.springframework.org/schema/beans"
       xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
       xsi:schemaLocation="http://www.springframework.org/schema/beans http://www.springframework.org/schema/beans/spring-beans.xsd">

  <bean id="dataSource" class="org.springframework.jdbc.datasource.DriverManagerDataSource">
    <property name="driverClassName" value="org.postgresql.Driver" />
    <property name="url" value="jdbc:postgresql://{G.IP4('db_host_ip')}:5432/oba" />
    <property name="username" value="oba" />
    <property name="password" value="{G.P('datasource_password', 'xml')}" />
  </bean>

  <bean class="org.onebusaway.transit_data_federation.impl.realtime.gtfs_realtime.GtfsRealtimeSource">
    <property name="tripUpdatesUrl" value="https://gtfsr.metro-{G.n(1, 9)}.net/TripUpdates?api_key={G.K('gtfs_rt_api_key', 'hex32')}" />
    <property name="vehiclePositionsUrl" value="http://{G.IPu('avl_feed_ip', 8080)}/vehicles.pb" />
    <property name="headersMap">
      <map>
        <entry key="Ocp-Apim-Subscription-Key" value="{G.K('subscription_key', 'hex32')}" />
      </map>
    </property>
  </bean>

  <bean id="notificationMail" class="org.onebusaway.util.MailSenderImpl">
    <property name="host" value="{G.priv()}" />
    <property name="from" value="{G.E('mail_from_email')}" />
  </bean>
</beans>
'''
    return "xml", "onebusaway/data-sources.xml", text


def t_transitclock_transcript(G):
    pw = G.pw_raw('shell')
    text = f'''ops@avl-01:~$ java -Dtransitclock.configFiles=/etc/transitclock/tc.properties \\
>   -Dtransitclock.db.dbUserName=transitclock \\
>   -Dtransitclock.db.dbPassword={G.Pv('jvm_flag_db_password', pw)} \\
>   -Dtransitclock.db.dbHost={G.IP4('db_host_ip')}:5432 \\
>   -Dtransitclock.avl.url="https://avl.vendor-feed.com/positions?key={G.K('avl_feed_key', 'up36')}" \\
>   -jar Core.jar
[main] INFO  Config - Read config from /etc/transitclock/tc.properties
[main] INFO  DbConfig - connecting to jdbc:postgresql://{G.IP4('db_host_ip')}:5432/tc as transitclock
[main] WARN  AvlClient - feed {G.priv()} timed out, retrying
[main] INFO  ApiKeyManager - api key {G.K('api_key_in_log', 'hex40')} created for {G.E('api_key_owner_email')}
^C
ops@avl-01:~$ history | tail -n 2
  512  psql "postgresql://transitclock:{G.Pv('history_db_password', pw)}@localhost/tc" -c 'select count(*) from avlreports'
  513  history | tail -n 2
'''
    return "shell", "runbooks/transitclock-start.log", text


def t_qlc_lighting_pi_runbook_md(G):
    text = f"""# Lighting desk Pi (QLC+) -- network runbook

The desk Pi runs QLC+ {G.version()} in kiosk mode and outputs Art-Net and sACN.

## Addresses

| what | address |
|---|---|
| desk Pi (house LAN) | {G.priv()} |
| Art-Net node, stage left | {G.priv()} |
| Art-Net node, stage right | {G.priv()} |
| sACN universe 1 multicast | {G.L('multicast_ip', '239.255.0.1')} |
| desk Pi (public v6, remote support) | {G.IP6('remote_support_ipv6')} |
| venue router (public v6) | {G.IP6('venue_router_ipv6')} |
| venue router (public v4) | {G.IP4('venue_router_ip')} |
| ULA for the show network | {G.ula6()} |
| link-local of eth0 | {G.ll6()} |
| eth0 MAC | {G.mac()} |

## Wi-Fi for the tablet remote

`/etc/hostapd/hostapd.conf`:

```
interface=wlan0
ssid=FOH-Remote
wpa=2
wpa_passphrase={G.P('hostapd_passphrase', 'ini')}
```

`/etc/wpa_supplicant/wpa_supplicant.conf` (venue Wi-Fi, upstream):

```
network={{
    ssid="Venue-Crew"
    psk="{G.P('wpa_psk_password', 'quoted')}"
}}
```

## Remote access

- VNC password (QLC+ kiosk user): `{G.P('vnc_password', 'quoted')}`
- QLC+ web access: `qlcplus --web --web-auth` with user `foh` / `{G.P('web_auth_password', 'quoted')}`
- Support tunnel token: `{G.K('support_tunnel_token', 'b64u43')}`
- Questions: {G.E('lighting_contact_email')} (not {G.remail('lighting')}, that is the template address)

Firmware images are checked against `{G.sha256()}` before flashing. Do not copy the docs addresses
({G.docip()}, {G.docip6()}) into the desk.
"""
    return "markdown", "runbooks/lighting-desk-pi.md", text


TEMPLATES = [
    t_fluidnc_config_yaml, t_grblhal_sender_settings_json, t_lightburn_bridge_ino, t_laser_sdkconfig,
    t_spoolman_platformio_ini, t_simplyprint_micropython, t_qgroundcontrol_ini, t_mavproxy_startup_sh,
    t_dump1090_feeder_cfg, t_satnogs_client_env, t_gpredict_cron_update_sh, t_aprx_conf,
    t_ysfgateway_ini, t_opencpn_signalk_settings, t_euroscope_prf, t_flightgear_multiplayer_nas,
    t_onebusaway_data_sources_xml, t_transitclock_transcript, t_qlc_lighting_pi_runbook_md,
]
