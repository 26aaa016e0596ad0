"""Templates B: laboratory and instrument software, retail/POS and accounting, schools and courses (set 46)."""

TEMPLATES = []


def T(fn):
    TEMPLATES.append(fn)
    return fn


@T
def bika_buildout_cfg(g):
    text = f"""# buildout.cfg - Bika LIMS instance of the water-quality lab
[buildout]
extends = https://dist.plone.org/release/{g.version(f'4.3.{g.num(11, 20)}')}/versions.cfg
parts = instance zeoserver backup
index = https://pypi.org/simple/
find-links = https://eggs.waterlab-intranet.net/simple/?token={g.key('egg_index_token', 'alnum32')}

[zeoserver]
recipe = plone.recipe.zeoserver
zeo-address = {g.loopback_ip()}:8100

[instance]
recipe = plone.recipe.zope2instance
user = admin:{g.pw('zope_admin_password', 'plain')}
http-address = {g.unspecified_ip()}:8080
zeo-client = true
zeo-address = {g.loopback_ip()}:8100
eggs = Plone bika.lims
environment-vars =
    SMTP_HOST {g.ip4('smtp_host_ip')}
    SMTP_USER {g.email('smtp_user_email')}
    SMTP_PASS {g.pw('smtp_password', 'plain')}
    INSTRUMENT_IMPORT_KEY {g.key('instrument_import_key', g.pick(['hex40', 'lower32']))}

[backup]
recipe = collective.recipe.backup
location = /srv/backups/bika
# offsite: ssh {g.LK('ssh_target', 'lims-backup@' + g.priv4_raw())} (key /root/.ssh/id_ed25519)
keep = 7
# lab manager {g.email('lab_manager_email')}; results exported to the regional portal at {g.ip('portal_ip')}
"""
    return 'ini', 'bika/buildout.cfg', text


@T
def sampledb_env(g):
    text = f"""# SampleDB - environment for the docker deployment of the materials lab
SAMPLEDB_CONTACT_EMAIL={g.email('contact_email')}
SAMPLEDB_MAIL_SERVER={g.ip4('mail_server_ip')}
SAMPLEDB_MAIL_PORT=587
SAMPLEDB_MAIL_USE_TLS=True
SAMPLEDB_MAIL_USERNAME={g.email('mail_username')}
SAMPLEDB_MAIL_PASSWORD={g.pw('mail_password', 'ini')}
SAMPLEDB_MAIL_SENDER={g.email('mail_sender')}
SAMPLEDB_SQLALCHEMY_DATABASE_URI=postgresql+psycopg2://sampledb:{g.pw('db_password', 'url')}@{g.ip4('db_host_ip')}:5432/sampledb
SAMPLEDB_SECRET_KEY={g.key('secret_key', g.pick(['b64_48', 'hex64']))}
SAMPLEDB_ADMIN_USERNAME=admin
SAMPLEDB_ADMIN_EMAIL={g.reserved_email()}
SAMPLEDB_ADMIN_PASSWORD={g.pw('admin_password', 'ini')}
SAMPLEDB_LDAP_NAME=Institute LDAP
SAMPLEDB_LDAP_SERVER=ldaps://{g.ip('ldap_ip')}
SAMPLEDB_LDAP_USER_BASE_DN=ou=people,dc=mat,dc=lab
SAMPLEDB_LDAP_USER_DN=cn=sampledb-bind,ou=services,dc=mat,dc=lab
SAMPLEDB_LDAP_PASSWORD={g.pw('ldap_password', 'ini')}
SAMPLEDB_SERVICE_NAME=MatLab Samples
SAMPLEDB_FEDERATION_UUID={g.uuid('federation_uuid')}
SAMPLEDB_DOWNLOAD_SERVICE_SECRET={g.key('download_service_secret', 'alnum40')}
# image: sampledb/sampledb@{g.image_digest()}
"""
    return 'env', 'deploy/sampledb.env', text


@T
def skyline_panorama_upload_bat(g):
    folder = g.pick(['Proteomics', 'MetabolomicsCore', 'QC-Lab'])
    share = g.ip4('archive_share_ip')
    text = f"""@echo off
REM upload-panorama.bat - runs on the mass-spec acquisition PC after each batch
REM Skyline command line: import raw files, save, and publish the document to Panorama
setlocal
set SKYDOC=D:\\Batches\\%1\\%1.sky
set PANORAMA=https://{g.IPu('panorama_ip')}/labkey
set PUSER={g.email('panorama_user')}
set PPASS={g.pw('panorama_password', 'plain')}

"C:\\Program Files\\Skyline\\SkylineCmd.exe" --in="%SKYDOC%" --import-all=D:\\Raw\\%1 --save ^
  --panorama-server=%PANORAMA% --panorama-folder=/{folder}/%1 ^
  --panorama-username=%PUSER% --panorama-password=%PPASS%

REM the QC dashboard uses its own API key (read/insert only)
curl -s -H "apikey: {g.key('labkey_api_key', raw='apikey|' + g.hexs(32))}" "%PANORAMA%/query/{folder}/selectRows.api?schemaName=targetedms"

REM copy raw files to the archive share; credentials of the archive service account
net use \\\\{share}\\raw /user:MSLAB\\svc-archive {g.pw('archive_password', 'plain')}
robocopy D:\\Raw\\%1 \\\\{share}\\raw\\%1 /E /Z /R:2 /W:5
REM instrument controller at {g.private_ip()} (MAC {g.mac('-')}) - do not reboot during acquisition
REM questions: {g.email('core_facility_email')}
endlocal
"""
    return 'batch', 'acquisition/upload-panorama.bat', text


@T
def qcodes_station_yaml(g):
    text = f"""# station.yaml - QCoDeS station for the dilution fridge bench ({g.pick(['Fridge B', 'Fridge C', 'Bench 3'])})
instruments:
  lockin_1:
    type: qcodes.instrument_drivers.stanford_research.SR860
    address: TCPIP0::{g.private_ip()}::inst0::INSTR
  dmm_leak:
    type: qcodes.instrument_drivers.Keysight.Keysight34465A
    address: TCPIP0::{g.ip4('remote_dmm_ip')}::hislip0::INSTR
    init:
      visalib: '@py'
  awg:
    type: qcodes.instrument_drivers.tektronix.AWG5208
    address: TCPIP0::{g.private_ip()}::inst0::INSTR
    init:
      timeout: 30
  magnet:
    type: qcodes.instrument_drivers.american_magnetics.AMIModel430
    address: {g.ip4('magnet_supply_ip')}
    port: 7180
  fridge:
    type: lab_drivers.fridge_web.FridgeWebAPI
    init:
      url: https://{g.IPu('fridge_controller_ip')}:49099/
      api_key: {g.key('fridge_api_key', g.pick(['alnum32', 'b64url43']))}
      user: {g.email('fridge_user_email')}
      password: {g.pw('fridge_password', 'yaml')}
# data upload (qcodesrc.json copies this): instrumentation key {g.key('telemetry_instrumentation_key', 'uuid')}
# mux serial 'GPIB0::12::INSTR' stays on the local bus; time server {g.multicast_ip()}
"""
    return 'yaml', 'station/station.yaml', text


@T
def ophyd_startup_py(g):
    text = f'''"""00-startup.py - profile for the microfocus beamline (loaded by ipython --profile=mfx)."""
import os

from ophyd import EpicsMotor, EpicsSignalRO
from databroker import Broker

# Channel Access: gateway on the public side plus the beamline subnet
os.environ["EPICS_CA_ADDR_LIST"] = "{g.private_ip()} {g.ip4('ca_gateway_ip')}"
os.environ["EPICS_CA_AUTO_ADDR_LIST"] = "NO"

# documents go to Kafka (SASL/PLAIN) and MongoDB
KAFKA = {{
    "bootstrap.servers": "{g.ip4('kafka_broker_ip')}:9093",
    "security.protocol": "SASL_SSL",
    "sasl.mechanisms": "PLAIN",
    "sasl.username": "mfx-acq",
    "sasl.password": "{g.pw('kafka_sasl_password', 'quoted')}",
}}
db = Broker.from_config({{
    "metadatastore": {{"module": "databroker.headersource.mongo",
                      "config": {{"uri": "mongodb://mfx:{g.pw('mongo_password', 'url')}@{g.IPu('mongo_host_ip')}:27017/mfx",
                                 "database": "mfx", "timezone": "Europe/Berlin"}}}},
    "assets": {{"module": "databroker.assets.mongo",
               "config": {{"uri": "mongodb://{g.loopback_ip()}:27017", "database": "mfx_assets"}}}},
}})

# electronic logbook
OLOG_API_TOKEN = "{g.key('logbook_token', g.pick(['hex40', 'jwt']))}"
OLOG_AUTHOR = "{g.email('logbook_author_email')}"

sample_x = EpicsMotor("XF:{g.num(10, 28)}ID-ES{{Smpl-Ax:X}}Mtr", name="sample_x")
ring_current = EpicsSignalRO("SR:OPS-BI{{DCCT:1}}I:Real-I", name="ring_current")
# cold start checklist: scan id {g.uuid('scan_uuid')}, software {g.version()}
'''
    return 'python', 'profile_mfx/startup/00-startup.py', text


@T
def cryosparc_config_sh(g):
    text = f"""# cryosparc_master/config.sh
export CRYOSPARC_LICENSE_ID="{g.key('license_id', 'uuid')}"
export CRYOSPARC_MASTER_HOSTNAME="em-gpu01"
export CRYOSPARC_DB_PATH="/data/cryosparc/database"
export CRYOSPARC_BASE_PORT=39000
export CRYOSPARC_DB_CONNECTION_TIMEOUT_MS=20000
export CRYOSPARC_INSECURE=false
export CRYOSPARC_DB_ENABLE_AUTH=true
export CRYOSPARC_CLUSTER_JOB_MONITOR_INTERVAL=10
export CRYOSPARC_FORCE_HOSTNAME=true

# --- install notes (do not source) ---
# ./install.sh --license $CRYOSPARC_LICENSE_ID --hostname em-gpu01 --dbpath /data/cryosparc/database --port 39000
# cryosparcm createuser --email "{g.email('facility_admin_email')}" --password '{g.pw('admin_password', 'shell')}' --username "emadmin" --firstname "{g.first()}" --lastname "{g.last()}"
# cryosparcm createuser --email "{g.email('user_email')}" --password '{g.pw('user_password', 'shell')}' --username "{g.user()}" --firstname "{g.first()}" --lastname "{g.last()}"
# workers: em-gpu02 ({g.private_ip()}), em-gpu03 ({g.private_ip()}); remote worker at the partner site {g.ip('partner_worker_ip')}
# ssh key for the workers has fingerprint {g.LK('key_fingerprint', 'SHA256:' + g.b64(32).rstrip('='))}
# version {g.version(f'v4.{g.num(0, 6)}.{g.num(0, 3)}')}
"""
    return 'shell', 'cryosparc_master/config.sh', text


@T
def leginon_sinedon_cfg(g):
    dbhost = g.ip4('db_host_ip')
    text = f"""# sinedon.cfg - database access for Leginon and Appion on the Krios support PC
[global]
host: {dbhost}
user: usr_object
passwd: {g.pw('db_password', 'ini')}

[leginondata]
db: leginondb

[projectdata]
db: projectdb

[appiondata]
db: ap{g.num(1, 90)}
host: {g.ip('appion_db_ip')}
user: appion
passwd: {g.pw('appion_db_password', 'ini')}

# leginon.cfg (same host)
# [Email]
# host: {g.ip4('smtp_ip')}
# user: {g.email('smtp_user_email')}
# password: {g.pw('smtp_password', 'ini')}
# from: {g.email('notify_from_email')}
# microscope PC {g.private_ip()} reached over the Krios network; camera PC {g.private_ip()}
"""
    return 'ini', 'leginon/sinedon.cfg', text


@T
def micromanager_beanshell_bsh(g):
    text = f"""// acquire-and-post.bsh - Micro-Manager script panel: acquire a tile scan and post it to the lab notebook
import org.micromanager.data.Datastore;
import java.net.*;
import java.io.*;

String ELN_URL  = "https://{g.IPu('eln_ip')}/api/v1/experiments/";
String ELN_KEY  = "{g.key('eln_api_key', g.pick(['hex64', 'alnum40']))}";
String SMB_PASS = "{g.pw('smb_password', 'quoted')}";   // \\\\imgstore\\confocal as LAB\\\\mmuser
String MAIL_TO  = "{g.email('pi_email')}";

Datastore store = mm.acquisitions().runAcquisition();
store.save(Datastore.SaveMode.MULTIPAGE_TIFF, "Z:/confocal/" + mm.getCurrentDate());

HttpURLConnection c = (HttpURLConnection) new URL(ELN_URL + "{g.num(1000, 9999)}/attachments").openConnection();
c.setRequestMethod("POST");
c.setRequestProperty("Authorization", "Bearer " + ELN_KEY);
c.setDoOutput(true);
OutputStream os = c.getOutputStream();
os.write(("{{\\"note\\": \\"tile scan done\\", \\"owner\\": \\"" + MAIL_TO + "\\"}}").getBytes("UTF-8"));
os.close();
print("ELN status " + c.getResponseCode());
// stage controller {g.private_ip()}, laser combiner serial {g.LK('device_serial', g.upper(10))}, MM build {g.version()}
"""
    return 'java', 'scripts/acquire-and-post.bsh', text


@T
def chromis_pos_properties(g):
    text = f"""#Chromis POS configuration
#{g.pick(['Sat', 'Sun', 'Mon'])} {g.pick(['Feb', 'Apr', 'Jul', 'Oct'])} {g.num(1, 28):02d} 0{g.num(6, 9)}:{g.num(10, 59)}:{g.num(10, 59)} CET 20{g.num(23, 26)}
db.driver=com.mysql.cj.jdbc.Driver
db.engine=MySQL
db.URL=jdbc\\:mysql\\://{g.ip4('db_host_ip')}\\:3306/chromispos?useSSL\\=false
db.user=till{g.num(1, 6)}
db.password={g.pw('db_password', 'ini')}
machine.hostname=TILL-{g.num(1, 6)}
machine.printer=epson\\:network,{g.private_ip()}
machine.display=window
machine.scale=not defined
payment.gateway=external
payment.commerceid={g.LK('merchant_id', g.digits(9))}
payment.commercepassword={g.pw('gateway_password', 'ini')}
payment.testmode=false
payment.terminal.ip={g.ip('payment_terminal_ip')}
payment.sharedsecret={g.key('payment_shared_secret', g.pick(['hex32', 'upper36']))}
# loyalty cloud sync
loyalty.apikey={g.key('loyalty_api_key', g.pick(['alnum32', 'b64_32']))}
loyalty.account={g.email('loyalty_account_email')}
# barcode of the test item (not a secret): {g.LK('ean13', '4' + g.digits(12))}
"""
    return 'properties', 'chromis/chromispos.properties', text


@T
def ospos_env(g):
    text = f"""# .env for Open Source Point of Sale (OSPOS) at the Ferreira hardware store
CI_ENVIRONMENT = production
app.baseURL = 'https://pos.ferragens-ferreira.pt/'
app.allowedHostnames = 'pos.ferragens-ferreira.pt'

database.default.hostname = {g.ip4('db_host_ip')}
database.default.database = ospos
database.default.username = ospos_app
database.default.password = {g.pw('db_password', 'ini')}
database.default.DBDriver = MySQLi

encryption.key = hex2bin:{g.key('encryption_key', 'hex64')}

email.protocol = smtp
email.SMTPHost = {g.ip4('smtp_host_ip')}
email.SMTPUser = {g.email('smtp_user_email')}
email.SMTPPass = {g.pw('smtp_password', 'ini')}
email.SMTPPort = 465

# MYSQL container
MYSQL_ROOT_PASSWORD={g.pw('mysql_root_password', 'ini')}
MYSQL_PASSWORD={g.LK('placeholder', '${database.default.password}')}
# receipts use the store's VAT id; first admin user is created with the default {g.LK('default_password', 'pointofsale')}
# build {g.short_sha()} / {g.version()}
"""
    return 'env', 'ospos/.env', text


@T
def openbravo_properties(g):
    text = f"""# Openbravo.properties (excerpt) - ERP/retail backend, store group {g.pick(['Norte', 'Sur', 'Centro'])}
source.path=/opt/OpenbravoERP
attach.path=/opt/openbravo/attachments
context.name=openbravo
context.url=https\\://erp.{g.pick(['ferreteria-norte', 'tiendas-quiroga', 'ultramarinos-uriarte'])}.es/openbravo
web.url=@actual_url_context@/web
bbdd.rdbms=POSTGRE
bbdd.driver=org.postgresql.Driver
bbdd.url=jdbc\\:postgresql\\://{g.ip4('db_host_ip')}\\:5432
bbdd.sid=openbravo
bbdd.systemUser=postgres
bbdd.systemPassword={g.pw('db_system_password', 'ini')}
bbdd.user=tad
bbdd.password={g.pw('db_password', 'ini')}
bbdd.sessionConfig=select update_dateFormat('DD-MM-YYYY')
# mobile store servers (WebPOS) talk to the central server with this token
retail.central.token={g.key('central_server_token', g.pick(['hex40', 'uuid']))}
retail.central.host={g.ip('central_host_ip')}
# incident mails
mail.smtp.user={g.email('smtp_user_email')}
mail.smtp.password={g.pw('smtp_password', 'ini')}
mail.replyto={g.reserved_email()}
# build {g.version(f'3.0.{g.num(20, 24)}Q{g.num(1, 4)}.{g.num(1, 9)}')}
"""
    return 'properties', 'config/Openbravo.properties', text


@T
def ledgersmb_conf(g):
    text = f"""# ledgersmb.conf - bookkeeping for the cooperative bakery
[main]
auth = DB2
language = es
date_format = dd/mm/yyyy
cssdir = css/

[database]
host = {g.ip4('db_host_ip')}
port = 5432
default_db = panaderia_coop
contrib_dir = /usr/share/postgresql/contrib
# admin role used by setup.pl only
admin_user = lsmb_dbadmin
admin_password = {g.pw('db_admin_password', 'ini')}

[mail]
sendmail = /usr/sbin/sendmail -t
smtphost = {g.ip('smtp_host_ip')}
smtpuser = {g.email('smtp_user_email')}
smtppass = {g.pw('smtp_password', 'ini')}
backup_email_from = {g.email('backup_from_email')}

[paths]
spool = /var/spool/ledgersmb
templates = templates

[proxy]
# bank statement import via the aggregator (key per company)
bank_import_key = {g.key('bank_import_key', g.pick(['alnum40', 'hex64']))}
bank_import_url = https://{g.IPu('aggregator_ip')}/ofx/v2
# server LAN address {g.private_ip()}, gateway {g.private_ip()}
"""
    return 'ini', 'ledgersmb/ledgersmb.conf', text


@T
def killbill_tenant_setup_sh(g):
    api_key = g.pick(['bakehouse', 'tuckshop', 'seedbank'])
    host = g.IPu('killbill_ip')
    text = f"""#!/usr/bin/env bash
# tenant-setup.sh - creates the {api_key} tenant in Kill Bill and writes the plugin properties
set -eu
KB=http://{host}:8080
ADMIN_PW='{g.pw('admin_password', 'shell')}'
TENANT_SECRET='{g.key('tenant_api_secret', g.pick(['alnum24', 'alnum32']))}'

curl -v -u "admin:$ADMIN_PW" -H "Content-Type: application/json" -H "X-Killbill-CreatedBy: setup" \\
  -X POST --data-binary '{{"apiKey":"{api_key}","apiSecret":"'"$TENANT_SECRET"'"}}' "$KB/1.0/kb/tenants"

curl -u "admin:$ADMIN_PW" -H "X-Killbill-ApiKey: {api_key}" -H "X-Killbill-ApiSecret: $TENANT_SECRET" \\
  -H "Content-Type: text/plain" -H "X-Killbill-CreatedBy: setup" -X POST \\
  --data-binary @- "$KB/1.0/kb/tenants/uploadPluginConfig/killbill-payment-gateway" <<EOF
org.killbill.billing.plugin.gateway.merchantId={g.LK('merchant_id', g.digits(10))}
org.killbill.billing.plugin.gateway.apiKey={g.key('gateway_api_key', g.pick(['hex40', 'alnum40']))}
org.killbill.billing.plugin.gateway.webhookSecret={g.key('gateway_webhook_secret', 'b64_32')}
org.killbill.billing.plugin.gateway.notifyEmail={g.email('billing_notify_email')}
EOF

# killbill.properties on the server (for reference)
# org.killbill.dao.url=jdbc:mysql://{g.ip4('db_host_ip')}:3306/killbill
# org.killbill.dao.user=killbill
# org.killbill.dao.password={g.pw('db_password', 'ini')}
# org.killbill.server.multitenant=true   (tenant id {g.uuid('tenant_uuid')})
"""
    return 'shell', 'billing/tenant-setup.sh', text


@T
def aimeos_shop_php(g):
    text = f"""<?php
// config/shop.php - Aimeos shop settings (ceramics studio webshop)
return [
    'routes' => [
        'admin' => ['prefix' => 'admin', 'middleware' => ['web']],
        'jqadm' => ['prefix' => 'admin/{{site}}/jqadm', 'middleware' => ['web', 'auth']],
    ],
    'page' => ['account-index' => ['locale/select', 'basket/mini', 'catalog/tree', 'account/profile']],
    'resource' => [
        'db' => [
            'adapter' => 'mysql',
            'host' => '{g.ip4('db_host_ip')}',
            'port' => '3306',
            'database' => 'aimeos',
            'username' => 'aimeos',
            'password' => '{g.pw('db_password', 'quoted')}',
            'stmt' => ["SET SESSION sort_buffer_size=2097144; SET NAMES 'utf8mb4'"],
        ],
    ],
    'mshop' => [
        'service' => [
            'provider' => [
                'payment' => [
                    'omnipay' => [
                        'type' => 'Payone',
                        'apiKey' => '{g.key('payment_api_key', raw='live_' + g.alnum(30))}',
                        'profileId' => '{g.LK('profile_id', 'pfl_' + g.alnum(10))}',
                    ],
                    'sofort' => ['configKey' => '{g.num(10000, 99999)}:{g.num(100000, 999999)}:{g.key('sofort_config_key', 'hex32')}'],
                ],
            ],
        ],
    ],
    'email' => [
        'from-email' => '{g.email('shop_from_email')}',
        'bcc-email' => '{g.email('shop_bcc_email')}',
        'smtp' => ['host' => '{g.ip('smtp_ip')}', 'username' => 'shop', 'password' => '{g.pw('smtp_password', 'quoted')}'],
    ],
    // staging copy of the shop on the LAN: {g.private_ip()}
];
"""
    return 'php', 'config/shop.php', text


@T
def atutor_config_inc_php(g):
    text = f"""<?php
/************************************************************************/
/* ATutor config.inc.php - generated by the installer, edited by hand     */
/************************************************************************/
if (!defined('AT_INCLUDE_PATH')) {{ exit; }}

define('DB_USER',     'atutor');
define('DB_PASSWORD', '{g.pw('db_password', 'quoted')}');
define('DB_HOST',     '{g.ip4('db_host_ip')}');
define('DB_PORT',     '3306');
define('DB_NAME',     'atutor');
define('TABLE_PREFIX','AT_');

define('AT_CONTENT_DIR', '/var/atutor_content/');
define('AT_INSTALL', '1');

/* outgoing mail through the district relay */
define('MAIL_USE_SMTP', TRUE);
define('AT_SMTP_HOST', '{g.ip('smtp_ip')}');
define('AT_SMTP_USER', '{g.email('smtp_user_email')}');
define('AT_SMTP_PASS', '{g.pw('smtp_password', 'quoted')}');
define('EMAIL', '{g.email('site_admin_email')}');

/* session and patch-check secrets */
define('AT_SESSION_SALT', '{g.key('session_salt', g.pick(['alnum32', 'hex40']))}');
define('AT_PATCHER_KEY', '{g.key('patcher_key', 'hex32')}');
/* install stamp {g.timestamp(sep=' ', z='')}, version {g.version(f'2.2.{g.num(1, 4)}')} */
?>
"""
    return 'php', 'atutor/include/config.inc.php', text


@T
def kolibri_options_ini(g):
    text = f"""# KOLIBRI_HOME/options.ini - school server in the {g.pick(['Ntabankulu', 'Chiredzi', 'Mpika', 'Kasese'])} cluster
[Database]
DATABASE_ENGINE = postgres
DATABASE_NAME = kolibri
DATABASE_USER = kolibri
DATABASE_PASSWORD = {g.pw('db_password', 'ini')}
DATABASE_HOST = {g.private_ip()}
DATABASE_PORT = 5432

[Server]
CHERRYPY_START = true
LISTEN_ADDRESS = {g.unspecified_ip()}
HTTP_PORT = 8080

[Paths]
CONTENT_DIR = /srv/kolibri/content

[Deployment]
ZIP_CONTENT_ORIGIN = https://{g.IPu('content_mirror_ip')}:8081
# central sync (Kolibri Data Portal) - facility registration token and the project lead
# token {g.key('portal_registration_token', raw=g.lower(5) + '-' + g.lower(5))}
# lead {g.email('project_lead_email')}
# sync upstream fallback {g.ip('sync_upstream_ip')}

[Debug]
TELEMETRY_ENDPOINT = https://telemetry-drop.schoolnet.africa/api/{g.num(2, 40)}/store/?key={g.key('telemetry_key', 'hex32')}
# facility id {g.LK('facility_id', g.hexs(32))}; device wifi admin password is in the box manual: {g.pw('router_admin_password', 'ini')}
"""
    return 'ini', 'kolibri/options.ini', text


@T
def fedena_database_smtp_yml(g):
    text = f"""# config/database.yml
production:
  adapter: mysql2
  database: fedena_prod
  username: fedena
  password: {g.pw('db_password', 'yaml')}
  host: {g.ip4('db_host_ip')}
  encoding: utf8
  pool: 10
---
# config/smtp_settings.yml
production:
  address: {g.ip('smtp_ip')}
  port: 587
  domain: school-portal.sch.ng
  user_name: {g.email('smtp_user_email')}
  password: {g.pw('smtp_password', 'yaml')}
  authentication: login
  enable_starttls_auto: true
---
# config/sms_settings.yml
sms_settings:
  username: {g.user()}
  password: {g.pw('sms_gateway_password', 'yaml')}
  sendername: SCHOOL
  host_url: https://bulk.sms-relay.ng/api/v3/send?token={g.key('sms_api_token', g.pick(['alnum32', 'hex40']))}
---
# config/secret_token (copied here during the migration)
secret_token: {g.key('secret_token', raw=g.hexs(128))}
# staging box {g.private_ip()}; principal {g.email('principal_email')}
"""
    return 'yaml', 'fedena/config/settings-combined.yml', text


@T
def opensis_data_php(g):
    text = f"""<?php
// openSIS Data.php - written by the installer
$DatabaseType = 'mysqli';
$DatabaseServer = '{g.ip4('db_host_ip')}';
$DatabaseUsername = 'opensis';
$DatabasePassword = '{g.pw('db_password', 'quoted')}';
$DatabaseName = 'opensis';
$DatabasePort = '3306';

// district SSO bridge
$SsoSharedSecret = '{g.key('sso_shared_secret', g.pick(['b64_32', 'alnum40']))}';
$SsoIdpUrl = 'https://{g.IPu('idp_ip')}/saml2/idp';
// SMTP for report cards
$SmtpHost = '{g.ip('smtp_ip')}';
$SmtpUser = '{g.email('smtp_user_email')}';
$SmtpPass = '{g.pw('smtp_password', 'quoted')}';
// default admin account after install is admin / {g.LK('default_password', 'admin123')} (changed on first login)
// backup cron pushes to {g.private_ip()}; registrar {g.email('registrar_email')}
?>
"""
    return 'php', 'opensis/Data.php', text


@T
def nbgrader_jupyterhub_config_py(g):
    text = f"""# jupyterhub_config.py - course hub for STAT{g.num(100, 499)} with nbgrader and LTI 1.1 from the campus LMS
c = get_config()  # noqa

c.JupyterHub.bind_url = "http://{g.unspecified_ip()}:8000"
c.JupyterHub.hub_ip = "{g.private_ip()}"
c.JupyterHub.authenticator_class = "ltiauthenticator.LTIAuthenticator"
c.LTI11Authenticator.consumers = {{
    "{g.LK('client_id', g.hexs(24))}": "{g.key('lti_consumer_secret', g.pick(['hex64', 'alnum40']))}",
}}
c.LTI11Authenticator.username_key = "ext_user_username"

c.JupyterHub.services = [
    {{"name": "formgrader", "url": "http://{g.loopback_ip()}:9999",
     "command": ["jupyter-notebook", "--port=9999", "--no-browser"],
     "api_token": "{g.key('formgrader_api_token', 'hex64')}"}},
    {{"name": "cull-idle", "admin": True, "api_token": "{g.key('cull_api_token', 'hex32')}"}},
]
c.JupyterHub.cookie_secret = bytes.fromhex("{g.key('cookie_secret', 'hex64')}")

# shared grading database
c.CourseDirectory.db_url = "postgresql://nbgrader:{g.pw('db_password', 'url')}@{g.IPu('db_host_ip')}:5432/stat_grades"
# instructor contact, shown on the spawn page
c.Spawner.environment = {{"COURSE_CONTACT": "{g.email('instructor_email')}"}}
"""
    return 'python', 'hub/jupyterhub_config.py', text


@T
def coderunner_jobe_config_php(g):
    text = f"""<?php
// jobe/application/config/config.php (excerpt) and the question-bank notes
$config['jobe_max_users'] = 8;
$config['jobe_wait_timeout'] = 10;
$config['cputime_upper_limit_secs'] = 50;
$config['clean_up_path'] = '/var/www/html/jobe/files';

// API keys accepted by this Jobe server; one per CodeRunner installation
$config['require_api_keys'] = TRUE;
$config['api_keys'] = array(
    '{g.key('jobe_api_key', 'alnum32')}' => 0,     // main campus
    '{g.key('jobe_api_key', 'alnum32')}' => 200,   // summer school, rate-limited
);

// CodeRunner admin settings on the course site (set via the CLI):
//   php admin/cli/cfg.php --component=qtype_coderunner --name=jobe_host --set={g.ip4('jobe_host_ip')}:4000
//   php admin/cli/cfg.php --component=qtype_coderunner --name=jobe_apikey --set={g.key('jobe_api_key_cli', 'alnum32')}
// Test student for sandbox checks: {g.email('test_student_email')} / {g.pw('test_student_password', 'plain')}
// Jobe runs behind the firewall at {g.private_ip()}; fallback to the public demo is disabled.
// owner: {g.email('owner_email')}  version {g.version()}
"""
    return 'php', 'jobe/application/config/config.php', text


@T
def webwork_localoverrides_conf(g):
    text = f"""#!perl
# localOverrides.conf - WeBWorK settings for the mathematics department
$webwork_url = '/webwork2';
$server_root_url = 'https://webwork.{g.pick(['matematicas-uvc', 'math-hollins', 'wiskunde-hs'])}.edu';

$database_dsn = "DBI:mysql:database=webwork;host={g.ip4('db_host_ip')};port=3306";
$database_username = 'webworkWrite';
$database_password = '{g.pw('db_password', 'quoted')}';

$mail{{smtpServer}} = '{g.ip('smtp_ip')}';
$mail{{smtpSender}} = '{g.email('smtp_sender_email')}';
$mail{{smtpUsername}} = '{g.email('smtp_username')}';
$mail{{smtpPassword}} = '{g.pw('smtp_password', 'quoted')}';
$mail{{allowedRecipients}} = ['{g.email('allowed_recipient_email')}'];

# LTI 1.1 shared secret with the campus LMS
$LTIBasicConsumerSecret = '{g.key('lti_consumer_secret', g.pick(['alnum32', 'b64_32']))}';
# LTI 1.3 platform key id (public) and the tool's private key file
$LTI{{v1p3}}{{PlatformID}} = '{g.LK('key_id', g.uuid_raw())}';
$LTI{{v1p3}}{{PrivateKeyFile}} = "$webwork_dir/conf/lti_private.pem";
# renderer API token
$webworkRendererToken = '{g.key('renderer_token', 'jwt')}';
# internal renderer at {g.private_ip()}:3000 ; admin contact {g.email('admin_email')}
1;
"""
    return 'perl', 'conf/localOverrides.conf', text


@T
def docebo_api_sync_py(g):
    text = f'''#!/usr/bin/env python3
"""sync_hr_to_lms.py - pushes new hires from the HR export to the training platform (Docebo-style API)."""
import csv
import json
import urllib.parse
import urllib.request

BASE = "https://training.{g.pick(['ostrava-rail', 'kallergis-shipping', 'haugland-foods'])}.com"
CLIENT_ID = "{g.LK('client_id', 'hr-sync-' + g.lower(6))}"
CLIENT_SECRET = "{g.key('oauth_client_secret', g.pick(['alnum40', 'hex40']))}"
API_USER = "{g.email('api_user_email')}"
API_PASSWORD = "{g.pw('api_user_password', 'quoted')}"
PROXY = "http://{g.ip4('proxy_ip')}:3128"


def token():
    body = urllib.parse.urlencode({{
        "grant_type": "password", "client_id": CLIENT_ID, "client_secret": CLIENT_SECRET,
        "username": API_USER, "password": API_PASSWORD, "scope": "api",
    }}).encode()
    with urllib.request.urlopen(BASE + "/oauth2/token", body) as r:
        return json.load(r)["access_token"]


def main():
    t = token()
    with open("/srv/hr/new_hires.csv") as f:
        for row in csv.DictReader(f):
            req = urllib.request.Request(BASE + "/manage/v1/user", method="POST",
                                         headers={{"Authorization": "Bearer " + t, "Content-Type": "application/json"}},
                                         data=json.dumps({{"userid": row["email"], "email": row["email"],
                                                          "password": "{g.pw('initial_user_password', 'quoted')}",
                                                          "force_change": 1}}).encode())
            urllib.request.urlopen(req)


if __name__ == "__main__":
    # report failures to {g.email('hr_it_email')}; the HR export server is {g.private_ip()}
    main()
'''
    return 'python', 'scripts/sync_hr_to_lms.py', text
