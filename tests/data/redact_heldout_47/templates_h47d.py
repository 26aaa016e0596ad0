"""Templates for held-out set 47, part d: mobile core and SMS, backups, vehicles, industrial control, nodes.

Each template is written one by one; values come from gen_h47.G (passed in as g).
"""

ORDER = [
    'openbts_sqlite_transcript', 'yatebts_subscribers_conf', 'free5gc_webconsole_test_go', 'openairinterface_gnb_conf',
    'ueransim_ue_yaml', 'playsms_config_php', 'rapidsms_settings_py', 'a2billing_conf_es',
    'strider_ci_json', 'rear_local_conf_de', 'teslamate_compose_yaml', 'wialon_remote_api_py',
    'openplc_sqlite_dump_sql', 'twincat_staticroutes_xml', 'kepware_config_api_ps1', 'open62541_client_c',
    'fuxa_settings_js', 'erigon_bash_history',
]


def _imsi(g, mcc='001', mnc='01'):
    return g.look('imsi', mcc + mnc + str(g.num(10**9, 10**10 - 1)))


def t_openbts_sqlite_transcript(g):
    text = f"""$ sudo sqlite3 /etc/OpenBTS/OpenBTS.db
SQLite version {g.version()}
sqlite> UPDATE CONFIG SET VALUESTRING='{g.ip('sip_proxy_ip', 0.0)}:5062' WHERE KEYSTRING='SIP.Proxy.Registration';
sqlite> UPDATE CONFIG SET VALUESTRING='{g.ip('sip_proxy_ip', 0.0)}:5063' WHERE KEYSTRING='SIP.Proxy.SMS';
sqlite> UPDATE CONFIG SET VALUESTRING='{g.ip('sip_local_ip', 0.0)}' WHERE KEYSTRING='SIP.Local.IP';
sqlite> UPDATE CONFIG SET VALUESTRING='{g.loop()}' WHERE KEYSTRING='Peering.Neighbor.RefreshAdjust';
sqlite> SELECT KEYSTRING, VALUESTRING FROM CONFIG WHERE KEYSTRING LIKE 'Control.LUR%';
Control.LUR.OpenRegistration|^00101
Control.LUR.QueryIMEI|1
sqlite> .quit
$ sudo sqlite3 /var/lib/asterisk/sqlite3dir/sqlite3.db
sqlite> INSERT INTO sip_buddies (name, username, type, context, host, callerid, ipaddr, port, secret, dtmfmode)
   ...> VALUES ('IMSI{_imsi(g)}', 'IMSI{_imsi(g)}', 'friend', 'sip-external', 'dynamic', '2100', '{g.priv()}', 5062, '{g.pw('sip_secret', 'quoted')}', 'info');
sqlite> .quit
$ sudo sqlite3 /var/lib/OpenBTS/hlr.db "INSERT INTO subscribers (imsi, ki, opc) VALUES ('{_imsi(g)}', '{g.key('subscriber_ki', 'hex32')}', '{g.key('subscriber_opc', 'hex32')}');"
$ ssh -p 2222 fieldtech@{g.ip('bts_mgmt_ip', 0.3)}   # password {g.pw('ssh_password', 'plain')}
$ # IMEI of the test handset {g.look('imei', str(g.num(35000000000000, 35999999999999)) + str(g.num(0, 9)))}; notes to {g.email('notes_email')}
"""
    return 'text', 'notes/openbts-setup.txt', text


def t_yatebts_subscribers_conf(g):
    text = f"""; subscribers.conf -- YateBTS NIPC mode, island clinic network
[general]
country_code={g.num(30, 99)}
regexp=^001010000
gprs_roaming=on
sms_roaming=off

[{_imsi(g)}]
msisdn=8{g.num(1000, 9999)}
active=1
ki={g.key('subscriber_ki', 'hex32')}
op=001
imsi_type=3G
short_number=101

[{_imsi(g)}]
msisdn=8{g.num(1000, 9999)}
active=1
ki={g.key('subscriber_ki', 'hex32')}
op={g.key('operator_op', 'hex32')}
imsi_type=3G

; ybts.conf (excerpt)
; [gprs_roaming]
; nnsf_bits=8
; map=1000-2000={g.ip('sgsn_ip', 0.0)}
; [security]
; auth.call=no
; [web]
; admin password for the web UI: {g.pw('web_admin_password', 'plain')}
; reports mailed to {g.email('report_email')} via {g.ip('mail_relay_ip', 0.3)}
"""
    return 'ini', 'ybts/subscribers.conf', text


def t_free5gc_webconsole_test_go(g):
    text = f"""package provision_test

import (
	"bytes"
	"net/http"
	"testing"
)

// Provisioning test against the lab webconsole. Do not run in CI: it talks to the real lab core.
const (
	webconsole = "http://{g.ip('webconsole_ip', 0.0)}:5000"
	adminUser  = "admin"
	adminPass  = "{g.pw('webconsole_password', 'quoted')}"
	mongoURI   = "mongodb://free5gc:{g.pw('mongo_password', 'url')}@{g.priv()}:27017/free5gc"
)

var subscriber = []byte(`{{
  "plmnID": "20893",
  "ueId": "imsi-{_imsi(g, '208', '93')}",
  "AuthenticationSubscription": {{
    "authenticationMethod": "5G_AKA",
    "permanentKey": {{"permanentKeyValue": "{g.key('permanent_key', 'hex32')}", "encryptionKeyId": 0}},
    "opc": {{"opcValue": "{g.key('opc_value', 'hex32')}", "encryptionKeyId": 0}},
    "sequenceNumber": "{g.look('sequence_number', g.hexs(12))}"
  }}
}}`)

func TestProvision(t *testing.T) {{
	token := login(t, adminUser, adminPass)
	req, _ := http.NewRequest("POST", webconsole+"/api/subscriber/imsi-208930000000001/20893", bytes.NewReader(subscriber))
	req.Header.Set("Token", token)
	resp, err := http.DefaultClient.Do(req)
	if err != nil || resp.StatusCode != 201 {{
		t.Fatalf("provision failed: %v", err)
	}}
}}

// session token captured from the browser while debugging (expired):
// {g.key('captured_session_token', 'jwt')}
// gNB under test at {g.ip('gnb_ip', 0.3)}, N3 {g.priv()}; owner {g.email('owner_email')}
"""
    return 'go', 'test/provision_test.go', text


def t_openairinterface_gnb_conf(g):
    text = f"""Active_gNBs = ( "gNB-Wiremu-Lab");
Asn1_verbosity = "none";

gNBs =
(
 {{
    gNB_ID    =  0xe00;
    gNB_name  =  "gNB-Wiremu-Lab";
    tracking_area_code  =  1;
    plmn_list = ({{ mcc = 001; mnc = 01; mnc_length = 2; snssaiList = ({{ sst = 1; }}); }});
    nr_cellid = 12345678L;

    amf_ip_address      = ( {{ ipv4       = "{g.ip4('amf_ipv4')}";
                              ipv6       = "{g.ip6('amf_ipv6')}";
                              active     = "yes";
                              preference = "ipv4";
                            }}
                          );

    NETWORK_INTERFACES :
    {{
        GNB_INTERFACE_NAME_FOR_NG_AMF            = "enp3s0";
        GNB_IPV4_ADDRESS_FOR_NG_AMF              = "{g.priv()}/24";
        GNB_INTERFACE_NAME_FOR_NGU               = "enp3s0";
        GNB_IPV4_ADDRESS_FOR_NGU                 = "{g.priv()}/24";
        GNB_PORT_FOR_S1U                         = 2152;
    }};
  }}
);

# telnet server for the o1 agent (lab only)
# telnetsrv = {{ listenaddr = "{g.unspec()}"; listenport = 9090; }};

# fronthaul: RU link-local {g.linklocal6()}, lab ULA prefix {g.ula6()}/48, docs example AMF {g.docip6()}
# remote RU management over ssh: ru-admin@{g.ip('ru_mgmt_ip', 0.0)} password {g.pw('ru_admin_password', 'plain')}
# test SIM: imsi {_imsi(g)} key {g.key('sim_key', 'hex32')} opc {g.key('sim_opc', 'hex32')}
# questions -> {g.email('lab_email')}  (build {g.short_sha()}, release {g.version()})
"""
    return 'conf', 'targets/PROJECTS/GENERIC-NR-5GC/CONF/gnb.sa.band78.conf', text


def t_ueransim_ue_yaml(g):
    text = f"""# ue.yaml -- UERANSIM UE for the campus 5G lab
supi: 'imsi-{_imsi(g, '999', '70')}'
mcc: '999'
mnc: '70'
routingIndicator: '0000'
protectionScheme: 0
homeNetworkPublicKey: '{g.look('public_key', g.hexs(64))}'
homeNetworkPublicKeyId: 1

# Permanent subscription key
key: '{g.key('subscription_key', 'hex32')}'
# Operator code (OP or OPC) of the UE
op: '{g.key('operator_code', 'hex32')}'
opType: 'OPC'
amf: '8000'
imei: '{g.look('imei', str(g.num(35000000000000, 35999999999999)) + str(g.num(0, 9)))}'
imeiSv: '{g.look('imei_sv', str(g.num(10**15, 10**16 - 1)))}'

gnbSearchList:
  - {g.priv()}
  - {g.ip('remote_gnb_ip', 0.3)}

uacAic: {{mps: false, mcs: false}}
uacAcc: {{normalClass: 0, class11: false, class12: false, class13: false, class14: false, class15: false}}

sessions:
  - type: 'IPv4'
    apn: 'internet'
    slice: {{sst: 1}}

configured-nssai:
  - sst: 1
default-nssai:
  - sst: 1
    sd: 1

integrity: {{IA1: true, IA2: true, IA3: true}}
ciphering: {{EA1: true, EA2: true, EA3: true}}
integrityMaxRate: {{uplink: 'full', downlink: 'full'}}
# lab core web UI: http://{g.ip('core_ui_ip', 0.0)}:9999 admin / {g.pw('core_ui_password', 'yaml')} ; contact {g.email('lab_contact_email')}
"""
    return 'yaml', 'config/ue.yaml', text


def t_playsms_config_php(g):
    text = f"""<?php
// playSMS config.php -- community health worker SMS line
$core_config['db']['type'] = 'mysql';
$core_config['db']['host'] = '{g.ip('db_host_ip', 0.2)}';
$core_config['db']['port'] = '3306';
$core_config['db']['user'] = 'playsms';
$core_config['db']['pass'] = '{g.pw('db_pass', 'quoted')}';
$core_config['db']['name'] = 'playsms';

$core_config['smtp']['relm'] = '';
$core_config['smtp']['user'] = '{g.email('smtp_user')}';
$core_config['smtp']['pass'] = '{g.pw('smtp_pass', 'quoted')}';
$core_config['smtp']['host'] = '{g.ip('smtp_host_ip', 0.3)}';
$core_config['smtp']['port'] = '587';

$core_config['logstate'] = 2;
// LAN of the health post: {g.priv()} netmask {g.netmask()} (docs example gateway {g.docip()})
$core_config['logfile'] = 'playsms.log';
$core_config['ishttps'] = true;
$core_config['webservices_ip'] = '{g.loop()} {g.priv()} {g.ip('webservices_allowed_ip', 0.3)}';

// gateway plugin (generic HTTP) settings as saved in the DB, copied here for the handover:
//   url: https://sms.tembo-telecom.co.tz/api/send?user=chw&password={g.pw('gateway_password', 'url')}
//   callback token: {g.key('callback_token', 'hex40')}
// webservices token of user 'dhis': {g.key('webservices_token', 'hex32')}
// installer default admin password: {g.default_pw('admin')} (changed)
// version {g.version()}
"""
    return 'php', 'config.php', text


def t_rapidsms_settings_py(g):
    text = f"""# settings/production.py -- RapidSMS project for the school-attendance SMS service
from .base import *  # noqa

DEBUG = False
SECRET_KEY = "{g.key('django_secret_key', 'an40')}"
ALLOWED_HOSTS = ["attendance.mbeki-edu.org.za", "{g.loop()}"]

DATABASES = {{
    "default": {{
        "ENGINE": "django.db.backends.postgresql",
        "NAME": "rapidsms",
        "USER": "rapidsms",
        "PASSWORD": "{g.pw('db_password', 'quoted')}",
        "HOST": "{g.ip('db_host_ip', 0.25)}",
    }}
}}

INSTALLED_BACKENDS = {{
    "message_tester": {{"ENGINE": "rapidsms.backends.database.DatabaseBackend"}},
    "smsgw": {{
        "ENGINE": "rapidsms.backends.http.RapidHttpBackend",
        "sendsms_url": "https://{g.ip('sms_gateway_ip', 0.0)}:13013/cgi-bin/sendsms",
        "sendsms_params": {{
            "from": "+27{g.num(600000000, 899999999)}",
            "username": "rapidsms",
            "password": "{g.pw('sms_gateway_password', 'quoted')}",
        }},
    }},
    "chat_api": {{
        "ENGINE": "rapidsms.backends.http.RapidHttpBackend",
        "access_token": "{g.keyv('chat_api_access_token', 'EAA' + g.alnum(180))}",
        "app_secret": "{g.key('chat_api_app_secret', 'hex32')}",
        "phone_number_id": "{g.look('phone_number_id', str(g.num(10**14, 10**15)))}",
    }},
}}

EMAIL_HOST = "{g.ip('email_host_ip', 0.3)}"
EMAIL_HOST_USER = "{g.email('email_host_user')}"
EMAIL_HOST_PASSWORD = "{g.pw('email_host_password', 'quoted')}"
ADMINS = [("Ops", "{g.email('admin_email')}")]
RELEASE_SHA = "{g.short_sha()}"
"""
    return 'python', 'settings/production.py', text


def t_a2billing_conf_es(g):
    text = f"""; /etc/a2billing.conf -- centralita de la cooperativa (notas en castellano)
[database]
hostname = {g.ip('db_hostname_ip', 0.2)}
port = 3306
user = a2billinguser
; la contrasena de la base de datos la cambio {g.first()} el {g.date()}
password = {g.pw('db_password', 'ini')}
dbname = mya2billing
dbtype = mysql

[webui]
; clave para la API de recargas (no compartir)
api_security_key = {g.key('api_security_key', 'hex32')}
; usuario y clave del panel de administracion: root / {g.pw('webui_root_password', 'ini')}

[asterisk-manager]
manager_host = {g.loop()}
manager_username = a2billing
manager_secret = {g.pw('ami_secret', 'ini')}

[email]
; las facturas salen desde {g.email('invoice_from')} por el relay {g.ip('smtp_relay_ip', 0.3)}
smtp_user = {g.email('smtp_user')}
smtp_pass = {g.pw('smtp_pass', 'ini')}

[sip-trunk]
; proveedor: registro {g.look('sip_uri', 'coop' + str(g.num(100, 999)) + '@sip.voz-iturbe.es')} con clave {g.pw('trunk_secret', 'plain')}
; IP del proveedor {g.ip('trunk_provider_ip', 0.3)}, red interna {g.priv()}
; version de A2Billing {g.version()}; la clave por defecto del instalador ({g.default_pw('changepassword')}) ya no sirve
"""
    return 'ini', 'etc/a2billing.conf', text


def t_strider_ci_json(g):
    obj = {
        'name': 'kerttu/fieldlog-app',
        'display_url': 'https://git.kerttu-software.fi/kerttu/fieldlog-app',
        'public': False,
        'branches': [
            {
                'name': 'master',
                'active': True,
                'deploy_on_green': True,
                'runner': {'id': 'simple-runner', 'config': {'pty': False}},
                'plugins': [
                    {'id': 'node', 'enabled': True, 'config': {'runtime': g.version(), 'test': 'npm test'}},
                    {'id': 'env', 'enabled': True, 'config': {
                        'NPM_TOKEN': g.pkey('npm_token', 'npm'),
                        'DATABASE_URL': f"postgres://ci:{g.pw('ci_db_password', 'url')}@{g.priv()}:5432/fieldlog_test",
                        'ERROR_TRACKER_TOKEN': g.key('error_tracker_token', 'hex64'),
                        'DEPLOY_HOST': g.ip('deploy_host_ip', 0.3),
                    }},
                    {'id': 'ssh-deploy', 'enabled': True, 'config': {
                        'host': g.ip('ssh_deploy_ip', 0.3), 'user': 'deploy', 'passphrase': g.pw('ssh_key_passphrase', 'json')}},
                    {'id': 'email-notifier', 'enabled': True, 'config': {
                        'to': g.email('notify_to'), 'smtp_user': g.email('smtp_user'), 'smtp_pass': g.pw('smtp_pass', 'json')}},
                    {'id': 'webhooks', 'enabled': True, 'config': [
                        {'url': 'https://chat.kerttu-software.fi/hooks/ci', 'secret': g.key('webhook_secret', 'b64url43'), 'format': 'json'}]},
                ],
            }
        ],
        'creator': g.look('object_id', g.hexs(24)),
        'provider': {'id': 'self-hosted-git', 'config': {'auth': {'type': 'https', 'token': g.pkey('git_token', 'ghp')}}},
        'last_commit': g.sha1(),
    }
    return 'json', '.strider.json', g.jdump(obj) + '\n'


def t_rear_local_conf_de(g):
    text = f"""# /etc/rear/local.conf -- Notfall-Wiederherstellung fuer den Praxisserver
# Achtung: enthaelt Zugangsdaten, Datei nur fuer root lesbar (chmod 600)!
OUTPUT=ISO
OUTPUT_URL=cifs://{g.priv()}/rear
OUTPUT_OPTIONS="cred=/etc/rear/cifs"
BACKUP=NETFS
BACKUP_URL=nfs://{g.ip('backup_nfs_ip', 0.0)}/export/rear
BACKUP_PROG_EXCLUDE=("${{BACKUP_PROG_EXCLUDE[@]}}" '/tmp/*' '/var/cache/*')
# Sicherung verschluesseln; Passphrase steht auch im Tresor (Umschlag Nr. {g.num(1, 40)})
BACKUP_PROG_CRYPT_ENABLED=1
BACKUP_PROG_CRYPT_KEY="{g.pw('crypt_passphrase', 'shell')}"
SSH_ROOT_PASSWORD="{g.pw('rescue_root_password', 'shell')}"
USE_DHCLIENT=no
NETWORKING_PREPARATION_COMMANDS=( 'ip addr add {g.ip('rescue_ip', 0.0)}/29 dev eth0' 'ip link set eth0 up' 'ip route add default via {g.ip('rescue_gateway_ip', 0.0)}' )

# /etc/rear/cifs
#   username=rearbackup
#   password={g.pw('cifs_password', 'plain')}
#   domain=PRAXIS

# Benachrichtigung an {g.email('notify_email')} und Vertretung {g.email('deputy_email')}
# ReaR-Version {g.version()}; letzter erfolgreicher Test am {g.date()}
# ISO-Pruefsumme {g.sha256()}
"""
    return 'shell', 'etc/rear/local.conf', text


def t_teslamate_compose_yaml(g):
    text = f"""# docker-compose.yml -- car logger on the garage mini PC
services:
  teslamate:
    image: teslamate/teslamate:{g.version()}
    restart: always
    environment:
      - ENCRYPTION_KEY={g.key('encryption_key', 'an32')}
      - DATABASE_USER=teslamate
      - DATABASE_PASS={g.pw('database_pass', 'yaml')}
      - DATABASE_NAME=teslamate
      - DATABASE_HOST=database
      - MQTT_HOST={g.ip('mqtt_host_ip', 0.3)}
      - MQTT_USERNAME=teslamate
      - MQTT_PASSWORD={g.pw('mqtt_password', 'yaml')}
      - VIRTUAL_HOST=car.home-{g.last().lower()}.nz
      - TZ=Pacific/Auckland
    ports:
      - "{g.loop()}:4000:4000"
  database:
    image: postgres:16
    environment:
      - POSTGRES_USER=teslamate
      - POSTGRES_PASSWORD={g.pw('postgres_password', 'yaml')}
      - POSTGRES_DB=teslamate
  grafana:
    image: teslamate/grafana:{g.version()}
    environment:
      - GF_SECURITY_ADMIN_USER=admin
      - GF_SECURITY_ADMIN_PASSWORD={g.pw('grafana_admin_password', 'yaml')}
      - GF_SMTP_USER={g.email('grafana_smtp_user')}
# car: VIN {g.look('vin', '5YJ3E1EA' + str(g.num(1, 9)) + g.s('LMNPR', 1) + g.s('FPR', 1) + str(g.num(100000, 999999)))}
# API refresh token pasted during setup (rotated since):
# {g.keyv('api_refresh_token', 'eyJhbGciOiJSUzI1NiIsInR5cCI6IkpXVCJ9.' + g.b64(g.rbytes(90)).replace('+', '-').replace('/', '_').rstrip('=') + '.' + g.alnum(86))}
# remote access via wireguard peer {g.ip('wg_peer_ip', 0.4)}
"""
    return 'yaml', 'docker-compose.yml', text


def t_wialon_remote_api_py(g):
    text = f"""\"\"\"Nightly mileage export from the fleet tracking server (Wialon Remote API).\"\"\"
import json
import smtplib
import urllib.parse
import urllib.request

HOST = "https://hst-api.wialon.com/wialon/ajax.html"
TOKEN = "{g.keyv('wialon_token', g.hexs(72))}"
REPORT_RESOURCE = {g.num(10000000, 29999999)}
UNIT_GROUP = {g.num(10000000, 29999999)}

SMTP_HOST = "{g.ip('smtp_host_ip', 0.3)}"
SMTP_USER = "{g.email('smtp_user')}"
SMTP_PASS = "{g.pw('smtp_pass', 'quoted')}"
REPORT_TO = ["{g.email('report_to')}", "{g.email('report_to')}"]

# legacy retranslator target (IPS protocol) still configured on the server:
#   {g.ip('retranslator_ip', 0.0)}:20332, unit password {g.pw('ips_unit_password', 'plain')}


def call(svc, params, sid=None):
    q = {{"svc": svc, "params": json.dumps(params)}}
    if sid:
        q["sid"] = sid
    with urllib.request.urlopen(HOST + "?" + urllib.parse.urlencode(q), timeout=30) as r:
        return json.load(r)


def main():
    sid = call("token/login", {{"token": TOKEN}})["eid"]
    res = call("report/exec_report", {{"reportResourceId": REPORT_RESOURCE, "reportTemplateId": 1,
                                        "reportObjectId": UNIT_GROUP, "reportObjectSecId": 0,
                                        "interval": {{"flags": 16777220, "from": 0, "to": 1}}}}, sid)
    body = json.dumps(res, indent=1)
    with smtplib.SMTP(SMTP_HOST, 587) as s:
        s.starttls()
        s.login(SMTP_USER, SMTP_PASS)
        s.sendmail(SMTP_USER, REPORT_TO, "Subject: mileage\\n\\n" + body)


if __name__ == "__main__":
    main()
# trackers: IMEI {g.look('imei', str(g.num(86000000000000, 86999999999999)) + str(g.num(0, 9)))} (van 3), IMEI {g.look('imei', str(g.num(86000000000000, 86999999999999)) + str(g.num(0, 9)))} (van 7)
"""
    return 'python', 'jobs/mileage_export.py', text


def t_openplc_sqlite_dump_sql(g):
    text = f"""-- sqlite3 openplc.db .dump (excerpt) -- pumping station 4
PRAGMA foreign_keys=OFF;
BEGIN TRANSACTION;
CREATE TABLE Users (user_id INTEGER PRIMARY KEY, name TEXT, username TEXT UNIQUE, email TEXT, password TEXT, pict_file TEXT);
INSERT INTO Users VALUES(10,'OpenPLC User','openplc','{g.reserved_email('openplc')}','{g.default_pw('openplc')}',NULL);
INSERT INTO Users VALUES(11,'{g.first()} {g.last()}','stationtech','{g.email('user_email')}','{g.pw('user_password', 'quoted')}',NULL);
INSERT INTO Users VALUES(12,'{g.first()} {g.last()}','scada','{g.email('user_email')}','{g.pw('user_password', 'quoted')}',NULL);
CREATE TABLE Slave_dev (dev_id INTEGER PRIMARY KEY, dev_name TEXT, dev_type TEXT, slave_id INTEGER, ip_address TEXT, ip_port INTEGER);
INSERT INTO Slave_dev VALUES(1,'VFD pump A','TCP',1,'{g.priv()}',502);
INSERT INTO Slave_dev VALUES(2,'VFD pump B','TCP',2,'{g.priv()}',502);
INSERT INTO Slave_dev VALUES(3,'Level sensor (remote)','TCP',7,'{g.ip('remote_slave_ip', 0.0)}',502);
CREATE TABLE Settings (Key TEXT PRIMARY KEY, Value TEXT);
INSERT INTO Settings VALUES('Modbus_port','502');
INSERT INTO Settings VALUES('Dnp3_port','20000');
INSERT INTO Settings VALUES('Start_run_mode','true');
INSERT INTO Settings VALUES('Slave_polling','100');
INSERT INTO Settings VALUES('Telemetry_url','https://telemetry.wasserverband-laine.de/ingest?key={g.key('telemetry_key', 'la32')}');
INSERT INTO Settings VALUES('Vpn_psk','{g.key('vpn_psk', 'b64_32')}');
INSERT INTO Settings VALUES('Vpn_peer','{g.ip('vpn_peer_ip', 0.3)}');
COMMIT;
-- dump taken by {g.email('dump_by_email')} on {g.date()}; runtime {g.version()} ({g.short_sha()})
"""
    return 'sql', 'backup/openplc_dump.sql', text


def t_twincat_staticroutes_xml(g):
    remote = g.ip4('remote_service_ip').split('\ue001')[1].rstrip('\ue002')
    text = f"""<?xml version="1.0" encoding="utf-8"?>
<!-- C:\\TwinCAT\\3.1\\Target\\StaticRoutes.xml on the line-3 IPC -->
<TcConfig xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
  <RemoteConnections>
    <Route>
      <Name>ENG-LAPTOP-07</Name>
      <Address>{g.priv()}</Address>
      <NetId>{g.look('ams_net_id', g.priv_raw() + '.1.1')}</NetId>
      <Type>TCP_IP</Type>
      <Flags>64</Flags>
    </Route>
    <Route>
      <Name>REMOTE-SERVICE</Name>
      <Address>{g.ipv('remote_service_ip', remote)}</Address>
      <NetId>{g.look('ams_net_id', str(g.num(5, 90)) + '.' + str(g.num(0, 255)) + '.' + str(g.num(0, 255)) + '.' + str(g.num(1, 254)) + '.1.1')}</NetId>
      <Type>TCP_IP</Type>
    </Route>
  </RemoteConnections>
  <!-- route was added with:
       Add-AdsRoute -Name REMOTE-SERVICE -Address {g.ipv('remote_service_ip', remote)} -NetId ... -Username Administrator -Password {g.pw('ipc_admin_password', 'plain')}
       IPC Windows admin password is the one from the service sheet, not the factory default {g.default_pw('1')} -->
  <!-- OPC UA server on this IPC: opc.tcp://{g.priv()}:4840 user opcua / {g.pw('opcua_password', 'xml')} -->
  <!-- remote service portal account {g.email('service_portal_email')} token {g.key('service_portal_token', 'hex40')} -->
  <!-- TwinCAT build {g.version4()} -->
</TcConfig>
"""
    return 'xml', 'TwinCAT/3.1/Target/StaticRoutes.xml', text


def t_kepware_config_api_ps1(g):
    text = f"""# kepware_add_channel.ps1 -- add the packing-line channel through the Configuration API
$ErrorActionPreference = 'Stop'
$server = '{g.ip('config_api_ip', 0.25)}'
$user = 'Administrator'
$pass = '{g.pw('config_api_password', 'quoted')}'
$pair = "$($user):$($pass)"
$auth = [Convert]::ToBase64String([Text.Encoding]::ASCII.GetBytes($pair))
$headers = @{{ Authorization = "Basic $auth" }}

$channel = @{{
  'common.ALLTYPES_NAME' = 'PackingLine'
  'servermain.MULTIPLE_TYPES_DEVICE_DRIVER' = 'Allen-Bradley ControlLogix Ethernet'
}} | ConvertTo-Json

Invoke-RestMethod -Uri "https://$($server):57512/config/v1/project/channels" -Method Post `
  -Headers $headers -Body $channel -ContentType 'application/json' -SkipCertificateCheck

$device = @{{
  'common.ALLTYPES_NAME' = 'PLC1'
  'servermain.DEVICE_ID_STRING' = '<{g.priv()}>,1,0'
}} | ConvertTo-Json
Invoke-RestMethod -Uri "https://$($server):57512/config/v1/project/channels/PackingLine/devices" -Method Post `
  -Headers $headers -Body $device -ContentType 'application/json' -SkipCertificateCheck

# MQTT agent to the plant historian broker
$mqtt = @{{ 'common.ALLTYPES_NAME' = 'historian'; 'iot_gateway.MQTT_CLIENT_URL' = 'ssl://{g.ip('mqtt_broker_ip', 0.0)}:8883';
  'iot_gateway.MQTT_CLIENT_USERNAME' = '{g.email('mqtt_username')}'; 'iot_gateway.MQTT_CLIENT_PASSWORD' = '{g.pw('mqtt_password', 'quoted')}' }} | ConvertTo-Json
# licence activation id {g.key('licence_activation_id', 'uuid')}; server version {g.version4()}
# ask {g.email('controls_engineer_email')} before changing the channel
"""
    return 'powershell', 'scripts/kepware_add_channel.ps1', text


def t_open62541_client_c(g):
    text = f"""/* read_tank_level.c -- open62541 client polling the tank PLC */
#include <open62541/client_config_default.h>
#include <open62541/client_highlevel.h>
#include <stdio.h>
#include <stdlib.h>

#define ENDPOINT "opc.tcp://{g.ip('opcua_endpoint_ip', 0.0)}:4840"
#define OPC_USER "tankreader"
#define OPC_PASS "{g.pw('opcua_password', 'quoted')}"
/* historian REST (fallback when OPC UA is down) */
#define HISTORIAN_URL "https://{g.priv()}/api/v2/points"
#define HISTORIAN_KEY "{g.key('historian_api_key', 'an32')}"

int main(void) {{
    UA_Client *client = UA_Client_new();
    UA_ClientConfig_setDefault(UA_Client_getConfig(client));
    UA_StatusCode rc = UA_Client_connectUsername(client, ENDPOINT, OPC_USER, OPC_PASS);
    if(rc != UA_STATUSCODE_GOOD) {{
        fprintf(stderr, "connect failed: %s\\n", UA_StatusCode_name(rc));
        UA_Client_delete(client);
        return EXIT_FAILURE;
    }}
    UA_Variant value;
    UA_Variant_init(&value);
    rc = UA_Client_readValueAttribute(client, UA_NODEID_STRING(2, "Tank1.Level"), &value);
    if(rc == UA_STATUSCODE_GOOD && UA_Variant_hasScalarType(&value, &UA_TYPES[UA_TYPES_DOUBLE]))
        printf("level %.2f\\n", *(UA_Double *)value.data);
    UA_Variant_clear(&value);
    UA_Client_delete(client);
    return EXIT_SUCCESS;
}}
/* build: gcc -o read_tank_level read_tank_level.c -lopen62541 (library {g.version()})
 * server certificate thumbprint {g.cert_fp()}
 * maintainer {g.email('maintainer_email')}; old endpoint opc.tcp://{g.ip('old_endpoint_ip', 0.0)}:4840 */
"""
    return 'c', 'src/read_tank_level.c', text


def t_fuxa_settings_js(g):
    text = f"""/**
 * FUXA settings.js -- HMI for the greenhouse climate controller
 */
module.exports = {{
    version: '{g.version()}',
    language: 'nl',
    uiPort: 1881,
    uiHost: '{g.unspec()}',
    logDir: '_logs',
    dbDir: '_db',
    secureEnabled: true,
    secretCode: '{g.key('jwt_secret_code', 'an40')}',
    tokenExpiresIn: '1h',
    // initial admin from the docs is admin/{g.default_pw('123456')}; replaced below
    adminPassword: '{g.pw('admin_password', 'quoted')}',
    smtp: {{
        host: '{g.ip('smtp_host_ip', 0.3)}',
        port: 587,
        secure: false,
        auth: {{ user: '{g.email('smtp_user')}', pass: '{g.pw('smtp_pass', 'quoted')}' }},
        from: '{g.email('smtp_from')}',
    }},
    alarmsRecipients: ['{g.email('alarm_recipient')}', '{g.email('alarm_recipient')}'],
    devices: {{
        climate: {{ type: 'ModbusTCP', address: '{g.priv()}', port: 502 }},
        weather: {{ type: 'WebAPI', url: 'https://api.weer-station.nl/v1/current?apikey={g.key('weather_api_key', 'hex32')}' }},
        remoteSite: {{ type: 'OPCUA', address: 'opc.tcp://{g.ip('remote_site_ip', 0.0)}:4840' }},
    }},
    mac: '{g.mac()}',
}};
"""
    return 'javascript', 'server/_appdata/settings.js', text


def t_erigon_bash_history(g):
    vhost = g.ip('validator_host_ip', 0.3)
    text = f"""ls -la /srv/erigon
sudo systemctl stop erigon
openssl rand -hex 32 | tr -d "\\n" > /srv/erigon/jwt.hex
cat /srv/erigon/jwt.hex
{g.key('engine_jwt_secret', 'hex64')}
erigon --datadir=/srv/erigon --chain=mainnet --prune.mode=full --http.addr={g.unspec()} --http.api=eth,erigon,web3,net --authrpc.jwtsecret=/srv/erigon/jwt.hex --nat=extip:{g.ip('nat_extip', 0.0)} --private.api.addr={g.loop()}:9090
curl -s -X POST -H 'Content-Type: application/json' --data '{{"jsonrpc":"2.0","method":"eth_syncing","params":[],"id":1}}' http://{g.loop()}:8545
export EXPLORER_API_KEY={g.keyv('explorer_api_key', g.s('ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789', 34))}
export DEPLOYER_PRIVATE_KEY=0x{g.key('deployer_private_key', 'hex64')}
cast balance {g.look('eth_address', '0x' + g.hexs(40))} --rpc-url http://{g.loop()}:8545
ssh validator@{vhost}
scp keystore-m_12381_3600_0_0_0-{g.num(1600000000, 1760000000)}.json validator@{g.br(vhost)}:~/keys/
echo '{g.pw('keystore_password', 'shell')}' > ~/keys/password.txt
rsync -avz -e "ssh -p 2202" /srv/erigon/snapshots backup@{g.br(g.ip('backup_host_ip', 0.3))}:/vol/snapshots
git config --global user.email {g.email('git_user_email')}
docker login registry.validator-ops.net -u {g.first().lower()} -p {g.pkey('registry_token', 'ghp')}
erigon --version   # {g.version()}-stable-{g.short_sha()}
"""
    return 'shell', '.bash_history', text
