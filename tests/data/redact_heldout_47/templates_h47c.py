"""Templates for held-out set 47, part c: laboratories, clinics, document management, cameras.

Each template is written one by one; values come from gen_h47.G (passed in as g).
"""

ORDER = [
    'pymodaq_config_toml', 'scopefoundry_session_ipynb', 'serialem_properties_txt', 'relion_sbatch_sh',
    'scipion_conf_ini', 'qupath_export_groovy', 'chemotion_env', 'mytardis_settings_py',
    'librehealth_sqlconf_php', 'aidbox_compose_yaml', 'openhospital_settings_properties',
    'mayan_config_yml', 'teedy_k8s_secret_yaml', 'seeddms_settings_xml', 'logicaldoc_context_properties',
    'openkm_cfg', 'nuxeo_conf', 'papermerge_toml', 'viseron_config_yaml',
]


def t_pymodaq_config_toml(g):
    text = f"""# ~/.pymodaq/config_pymodaq.toml (optics lab, bench {g.num(1, 6)})
[style]
darkstyle = true

[network]
[network.logging]
[network.logging.user]
username = "pymodaq"
pwd = "{g.pw('logging_db_password', 'toml')}"
[network.logging.sql]
ip = "{g.ip('logging_sql_ip', 0.3)}"
port = 5432

[network.tcp-server]
ip = "{g.unspec()}"
port = 6341

[network.leco-server]
host = "{g.loop()}"
port = 12300

[user]
name = "{g.first()} {g.last()}"
email = "{g.email('user_email')}"

[data_saving]
base_path = "D:/Data"
backup_target = "sftp://labdata:{g.pw('sftp_password', 'url')}@{g.ip('sftp_host_ip', 0.0)}/bench_data"

[instruments.spectrometer]
resource = "TCPIP0::{g.priv()}::inst0::INSTR"
serial = "{g.look('device_serial', 'SP' + str(g.num(100000, 999999)))}"

[instruments.camera]
licence = "{g.key('camera_sdk_licence', 'hex40')}"
firmware = "{g.version()}"

[eln]
url = "https://eln.photonics-vidal.es/api/v1"
token = "{g.key('eln_api_token', 'an40')}"
sample_prefix = "{g.look('sample_id', 'PHX-' + str(g.num(2022, 2026)) + '-' + str(g.num(100, 999)))}"
"""
    return 'toml', '.pymodaq/config_pymodaq.toml', text


def t_scopefoundry_session_ipynb(g):
    cells = [
        {'cell_type': 'markdown', 'metadata': {}, 'source': [
            '# Confocal session log\n',
            f"Operator: {g.first()} ({g.email('operator_email')})\n",
            f"Sample: {g.look('sample_id', 'CF-' + str(g.num(1000, 9999)))}, slide DOI for the paper {g.look('doi', '10.' + str(g.num(1000, 9999)) + '/zenodo.' + str(g.num(1000000, 9999999)))}\n",
        ]},
        {'cell_type': 'code', 'execution_count': 1, 'metadata': {}, 'outputs': [], 'source': [
            'from ScopeFoundry import BaseMicroscopeApp\n',
            'from confocal_app import ConfocalApp\n',
            'app = ConfocalApp([])\n',
            f"app.settings['stage_host'] = '{g.priv()}'\n",
            f"app.settings['laser_host'] = '{g.priv()}'\n",
        ]},
        {'cell_type': 'code', 'execution_count': 2, 'metadata': {}, 'outputs': [
            {'name': 'stdout', 'output_type': 'stream', 'text': [
                f"connected to galvo controller at {g.priv()}:5025\n",
                f"controller firmware {g.version()} serial {g.look('device_serial', 'GV' + str(g.num(10000, 99999)))}\n",
            ]}], 'source': [
            "app.hardware['galvo'].settings['connected'] = True\n",
        ]},
        {'cell_type': 'code', 'execution_count': 3, 'metadata': {}, 'outputs': [], 'source': [
            '# upload to the facility share\n',
            'import paramiko\n',
            f"t = paramiko.Transport(('{g.ip('facility_share_ip', 0.3)}', 22))\n",
            f"t.connect(username='confocal', password='{g.pw('facility_share_password', 'quoted')}')\n",
            'sftp = paramiko.SFTPClient.from_transport(t)\n',
        ]},
        {'cell_type': 'code', 'execution_count': 4, 'metadata': {}, 'outputs': [
            {'name': 'stdout', 'output_type': 'stream', 'text': [
                f"posted run to ELN as entry {g.uuid('entry_uuid')}\n",
            ]}], 'source': [
            'import requests\n',
            f"ELN_TOKEN = '{g.key('eln_token', 'b64url43')}'\n",
            "requests.post('https://eln.biophys-urquhart.ac.uk/api/entries', headers={'Authorization': 'Bearer ' + ELN_TOKEN}, json=meta)\n",
        ]},
        {'cell_type': 'markdown', 'metadata': {}, 'source': [
            f"Facility manager: {g.email('facility_manager_email')}; booking system key {g.key('booking_api_key', 'hex32')}\n",
        ]},
    ]
    nb = {'cells': cells, 'metadata': {'kernelspec': {'display_name': 'Python 3', 'language': 'python', 'name': 'python3'},
                                      'language_info': {'name': 'python', 'version': g.version()}},
          'nbformat': 4, 'nbformat_minor': 5}
    return 'ipynb', 'sessions/confocal_session.ipynb', g.jdump(nb, 1) + '\n'


def t_serialem_properties_txt(g):
    text = f"""; SerialEMproperties.txt (excerpt) -- Krios 2, building C
GatanServerIP        {g.priv()}
GatanServerPort      48890
SocketServerIP       2 {g.priv()}
SocketServerPort     2 48892
FEIscopeServerIP     {g.ip('scope_server_ip', 0.0)}

; email on script completion (used by the overnight montage script)
MailServer           {g.ip('mail_server_ip', 0.0)}
MailPort             587
MailUsername         {g.email('mail_username')}
MailPassword         {g.pw('mail_password', 'plain')}
SendMailFrom         {g.email('send_mail_from')}
EmailAddress         {g.email('notify_address')}

; facility data transfer (robocopy wrapper reads these two lines)
; TransferShare \\\\{g.priv()}\\krios2 user=cryo-transfer pass={g.pw('transfer_share_password', 'plain')}
; TransferToken {g.key('transfer_api_token', 'an32')}

DigitalMicrographVersion {g.version4()}
CameraSerial         {g.look('device_serial', 'K3-' + str(g.num(1000, 9999)))}
; license for the stage driver: {g.key('stage_driver_licence', 'uuid')}
"""
    return 'text', 'SerialEM/SerialEMproperties.txt', text


def t_relion_sbatch_sh(g):
    text = f"""#!/bin/bash
#SBATCH --job-name=relion_refine3d
#SBATCH --partition=gpu
#SBATCH --gres=gpu:4
#SBATCH --ntasks=5
#SBATCH --cpus-per-task=8
#SBATCH --time=48:00:00
#SBATCH --mail-user={g.email('mail_user')}
#SBATCH --mail-type=END,FAIL

module load relion/{g.version()}-cuda
export RELION_SCRATCH_DIR=/scratch/$SLURM_JOB_ID

# pull the particles from the facility storage first
export FACILITY_S3_ENDPOINT=https://{g.ip('s3_endpoint_ip', 0.0)}:9000
export FACILITY_S3_ACCESS_KEY_ID={g.pkey('s3_access_key_id', 'akid')}
export FACILITY_S3_SECRET_ACCESS_KEY={g.pkey('s3_secret_access_key', 'aws_secret')}
./fetch_particles.sh cryo/project_{g.num(100, 999)}/Extract "$RELION_SCRATCH_DIR/Extract"

srun `which relion_refine_mpi` --o Refine3D/job{g.num(10, 99):03d}/run --auto_refine --split_random_halves \\
  --i Extract/particles.star --ref InitialModel/job012/run_it300_class001.mrc --ini_high 40 \\
  --dont_combine_weights_via_disc --pool 30 --pad 2 --ctf --particle_diameter 180 --flatten_solvent \\
  --zero_mask --oversampling 1 --healpix_order 2 --sym C1 --gpu "" --j 8

# notify the lab chat
curl -s -X POST -H 'Content-Type: application/json' \\
  -d '{{"text": "refine3d done on '"$SLURMD_NODENAME"'"}}' \\
  https://chat.cryoem-lab.se/hooks/{g.key('chat_hook_token', 'la32')}
# cluster login node {g.ip('login_node_ip', 0.3)}; scheduler at {g.priv()}
# data set accession {g.look('accession', 'EMPIAR-' + str(g.num(10000, 12999)))}
"""
    return 'shell', 'jobs/refine3d.sbatch', text


def t_scipion_conf_ini(g):
    text = f"""; ~/.config/scipion/scipion.conf
[PYWORKFLOW]
SCIPION_HOME = /opt/scipion
SCIPION_NOTES_FILE = notes.txt
SCIPION_NOTIFY = True
SCIPION_NOTIFY_URL = https://scipion.i2pc.es/report_protocols/api/workflow/workflow/

[PLUGINS]
GCTF_HOME = /opt/gctf
GCTF_LICENSE = {g.key('gctf_licence_id', 'uuid')}
EMHUB_URL = https://emhub.cryo-facility.se
EMHUB_USER = {g.email('emhub_user')}
EMHUB_PASSWORD = {g.pw('emhub_password', 'ini')}

[DEPOSITION]
EMDB_USER = {g.email('emdb_user')}
EMDB_API_TOKEN = {g.key('deposition_api_token', 'hex64')}

[CLUSTER]
QUEUE_HOST = {g.ip('queue_host_ip', 0.3)}
QUEUE_USER = scipion
QUEUE_SSH_KEY_PASSPHRASE = {g.pw('ssh_key_passphrase', 'ini')}
DB_URL = postgresql://scipion:{g.pw('db_password', 'url')}@{g.priv()}:5432/scipion
NFS_SERVER = {g.priv()}

; version pins
SCIPION_VERSION = {g.version()}
XMIPP_COMMIT = {g.sha1()}
"""
    return 'ini', '.config/scipion/scipion.conf', text


def t_qupath_export_groovy(g):
    text = f"""// export_annotations.groovy -- QuPath script, run for project from the pathology core
import qupath.lib.io.GsonTools
import java.net.http.*

def server = '{g.ip('image_server_ip', 0.3)}'
def user = '{g.email('image_server_user')}'
def password = '{g.pw('image_server_password', 'quoted')}'   // TODO: prompt instead
def apiToken = '{g.key('export_api_token', 'jwt')}'

def annotations = getAnnotationObjects()
def gson = GsonTools.getInstance(true)
def json = gson.toJson(annotations)

def client = HttpClient.newHttpClient()
def req = HttpRequest.newBuilder()
    .uri(URI.create("https://${{server}}/api/v2/annotations?slide=" + getProjectEntry().getImageName()))
    .header('Authorization', 'Bearer ' + apiToken)
    .POST(HttpRequest.BodyPublishers.ofString(json))
    .build()
def resp = client.send(req, HttpResponse.BodyHandlers.ofString())
print "uploaded ${{annotations.size()}} annotations -> ${{resp.statusCode()}}"

// backup copy to the core's share
def share = "smb://pathcore:{g.pw('share_password', 'url')}@{g.priv()}/exports"
// slide ids in this batch: {g.look('slide_id', 'S' + str(g.num(22, 26)) + '-' + str(g.num(10000, 99999)))}, {g.look('slide_id', 'S' + str(g.num(22, 26)) + '-' + str(g.num(10000, 99999)))}
// DICOM study UID {g.look('dicom_uid', '1.2.826.0.1.3680043.' + str(g.num(1, 9)) + '.' + str(g.num(100, 9999)) + '.' + str(g.num(10**8, 10**9)))}
// questions: {g.email('core_contact_email')} ; QuPath {g.version()}
"""
    return 'groovy', 'scripts/export_annotations.groovy', text


def t_chemotion_env(g):
    text = f"""# .env -- Chemotion ELN (docker), group of Prof. {g.last()}
SECRET_KEY_BASE={g.keyv('secret_key_base', g.hexs(128))}
DEVISE_SECRET_KEY={g.key('devise_secret_key', 'hex64')}
URL_HOST=eln.chemie-kowalczyk.pl
URL_PROTOCOL=https

DB_HOST={g.ip('db_host_ip', 0.2)}
DB_PORT=5432
DB_NAME=chemotion
DB_ROLE=chemotion
DB_PW={g.pw('db_password', 'env')}

SMTP_ADDRESS={g.ip('smtp_address_ip', 0.3)}
SMTP_PORT=587
SMTP_USERNAME={g.email('smtp_username')}
SMTP_PASSWORD={g.pw('smtp_password', 'env')}
DEVISE_SENDER={g.email('devise_sender')}

# datacollector: NMR and IR stations drop files on SFTP
DATACOLLECTOR_SFTP_HOST={g.priv()}
DATACOLLECTOR_SFTP_USER=dc
DATACOLLECTOR_SFTP_PASSWORD={g.pw('datacollector_sftp_password', 'env')}

# PubChem lookups through the institute proxy
HTTPS_PROXY=http://eln:{g.pw('proxy_password', 'url')}@{g.ip('proxy_ip', 0.0)}:8080
NO_PROXY={g.loop()},localhost,{g.priv()}

# repository deposition (test instance)
REPO_API_TOKEN={g.key('repo_api_token', 'an40')}
# ORCID of the PI for the deposition metadata: {g.look('orcid', '0000-000' + str(g.num(1, 3)) + '-' + str(g.num(1000, 9999)) + '-' + str(g.num(100, 999)) + g.choice(['X', '1', '7']))}
# sample InChIKey in the demo data: {g.look('inchikey', g.s('ABCDEFGHIJKLMNOPQRSTUVWXYZ', 14) + '-' + g.s('ABCDEFGHIJKLMNOPQRSTUVWXYZ', 10) + '-N')}
"""
    return 'env', '.env', text


def t_mytardis_settings_py(g):
    text = f"""# tardis/settings.py (local overrides) -- beamline data portal
from .default_settings import *  # noqa

DEBUG = False
SECRET_KEY = '{g.key('django_secret_key', 'an40')}'
ALLOWED_HOSTS = ['data.beamline-mwangi.ke', '{g.loop()}']

DATABASES = {{
    'default': {{
        'ENGINE': 'django.db.backends.postgresql',
        'HOST': '{g.ip('db_host_ip', 0.25)}',
        'PORT': 5432,
        'NAME': 'mytardis',
        'USER': 'mytardis',
        'PASSWORD': '{g.pw('db_password', 'quoted')}',
    }}
}}

CELERY_BROKER_URL = 'amqp://mytardis:{g.pw('broker_password', 'url')}@{g.priv()}:5672//'

EMAIL_HOST = '{g.ip('email_host_ip', 0.3)}'
EMAIL_HOST_USER = '{g.email('email_host_user')}'
EMAIL_HOST_PASSWORD = '{g.pw('email_host_password', 'quoted')}'
DEFAULT_FROM_EMAIL = '{g.email('default_from_email')}'
ADMINS = [('Data team', '{g.email('admin_email')}')]

LDAP_URL = 'ldaps://{g.priv()}'
LDAP_ADMIN_USER = 'uid=tardis,ou=services,dc=beamline'
LDAP_ADMIN_PASSWORD = '{g.pw('ldap_admin_password', 'quoted')}'

# facility API used by the ingestion agent
FACILITY_API_KEY = '{g.key('facility_api_key', 'hex40')}'
# instrument uuid {g.uuid('instrument_uuid')}; schema namespace http://beamline-mwangi.ke/schemas/{g.version()}
"""
    return 'python', 'tardis/settings.py', text


def t_librehealth_sqlconf_php(g):
    text = f"""<?php
//  LibreHealth EHR -- sites/default/sqlconf.php
global $disable_utf8_flag;
$disable_utf8_flag = false;

$host   = '{g.ip('db_host_ip', 0.2)}';
$port   = '3306';
$login  = 'lhehr';
$pass   = '{g.pw('db_pass', 'quoted')}';
$dbase  = 'libreehr';

$sqlconf = array();
global $sqlconf;
$sqlconf["host"] = $host;
$sqlconf["port"] = $port;
$sqlconf["login"] = $login;
$sqlconf["pass"] = $pass;
$sqlconf["dbase"] = $dbase;

//////////////////////////
//////////////////////////
//////DO NOT TOUCH THIS///
$config = 1; /////////////
//////////////////////////

// clinic notes: lab interface (HL7 over SFTP) to {g.ip('lab_sftp_ip', 0.3)}, user {g.email('lab_sftp_user')}, pass {g.pw('lab_sftp_password', 'plain')}
// eRx vendor sandbox key {g.key('erx_sandbox_key', 'an32')}
// installer default for the admin user was {g.default_pw('pass')} -- changed {g.date()}
// facility NPI {g.look('npi', str(g.num(1000000000, 1999999999)))}; LOINC panel {g.look('loinc_code', str(g.num(10000, 99999)) + '-' + str(g.num(0, 9)))}
"""
    return 'php', 'sites/default/sqlconf.php', text


def t_aidbox_compose_yaml(g):
    text = f"""# docker-compose.yaml -- FHIR server for the regional referral pilot
services:
  aidbox-db:
    image: healthsamurai/aidboxdb:{g.version()}
    environment:
      POSTGRES_USER: postgres
      POSTGRES_PASSWORD: {g.pw('postgres_password', 'yaml')}
      POSTGRES_DB: aidbox
  aidbox:
    image: healthsamurai/aidboxone:edge
    depends_on: [aidbox-db]
    ports:
      - "{g.loop()}:8888:8888"
    environment:
      AIDBOX_LICENSE: {g.key('aidbox_license', 'jwt')}
      AIDBOX_CLIENT_ID: root
      AIDBOX_CLIENT_SECRET: {g.key('aidbox_client_secret', 'an32')}
      AIDBOX_ADMIN_ID: admin
      AIDBOX_ADMIN_PASSWORD: {g.pw('aidbox_admin_password', 'yaml')}
      AIDBOX_BASE_URL: https://fhir.referral-pilot.cy
      PGHOST: aidbox-db
      PGPORT: "5432"
      PGUSER: postgres
      PGPASSWORD: {g.pw('pg_password', 'yaml')}
      BOX_SMTP_HOST: {g.ip('smtp_host_ip', 0.3)}
      BOX_SMTP_USER: {g.email('smtp_user')}
      BOX_SMTP_PASSWORD: {g.pw('smtp_password', 'yaml')}
      BOX_FEATURES_AUTHENTICATION_AUTH__TOKEN__ISSUER: https://fhir.referral-pilot.cy
  # partner hospital VPN endpoint {g.ip('partner_vpn_ip', 0.35)}, contact {g.email('partner_contact_email')}
  # test patient (synthetic, from the docs) uses {g.reserved_email('patient')}
  # OID of the pilot's identifier system: {g.oid()}
"""
    return 'yaml', 'docker-compose.yaml', text


def t_openhospital_settings_properties(g):
    text = f"""# database.properties -- Open Hospital (district hospital, ward server)
jdbc.url=jdbc:mysql://{g.ip('jdbc_ip', 0.0)}:3306/oh?useSSL=false
jdbc.username=isf
jdbc.password={g.pw('jdbc_password', 'ini')}
jdbc.driverClassName=com.mysql.cj.jdbc.Driver

# settings.properties
LANGUAGE=sw
SINGLEUSER=no
AUTOMATICLOT_IN=no
SMSENABLED=yes
SMS_GATEWAY=httpgw
SMS_GATEWAY_KEY={g.key('sms_gateway_key', 'hex40')}
XMPPMODULEENABLED=no
DICOMMODULEENABLED=yes
DICOMSTORAGE=SqlDicomManager
TELEMETRY_ENABLED=no
PATIENTPHOTOSTORAGE=DB

# sms_gateway.properties (pasted from the hospital IT wiki)
smsgateway.user={g.email('sms_gateway_user')}
smsgateway.password={g.pw('sms_gateway_password', 'ini')}
smsgateway.server={g.ip('sms_gateway_ip', 0.3)}

# backup target
backup.host={g.priv()}
backup.user=ohbackup
backup.password={g.pw('backup_password', 'ini')}
# version {g.version()} ; demo admin password from the install guide: {g.default_pw('admin')}
# IT contact {g.email('it_contact_email')}
"""
    return 'properties', 'rsc/database.properties', text


def t_mayan_config_yml(g):
    text = f"""# /var/lib/mayan/config.yml -- document archive of the county records office
AUTHENTICATION_LOGIN_METHOD: email
COMMON_PROJECT_TITLE: Records Office
DATABASES:
  default:
    ENGINE: django.db.backends.postgresql
    HOST: {g.ip('db_host_ip', 0.25)}
    NAME: mayan
    PASSWORD: {g.pw('db_password', 'yaml')}
    PORT: '5432'
    USER: mayan
CELERY_BROKER_URL: amqp://mayan:{g.pw('broker_password', 'url')}@{g.priv()}:5672/mayan
CELERY_RESULT_BACKEND: redis://:{g.pw('redis_password', 'url')}@{g.priv()}:6379/1
COMMON_EXTRA_APPS: []
DOCUMENTS_STORAGE_BACKEND: storages.backends.s3.S3Storage
DOCUMENTS_STORAGE_BACKEND_ARGUMENTS:
  access_key: {g.pkey('s3_access_key', 'akid')}
  secret_key: {g.pkey('s3_secret_key', 'aws_secret')}
  bucket_name: records-archive
  endpoint_url: https://{g.ip('s3_endpoint_ip', 0.0)}:9000
MAILER_BACKEND: django.core.mail.backends.smtp.EmailBackend
SOURCES_EMAIL_IMAP:
  host: imap.{g.choice(['hawaiiantel.net', 'snet.net', 'gci.net'])}
  username: {g.email('imap_username')}
  password: {g.pw('imap_password', 'yaml')}
SECRET_KEY: {g.key('secret_key', 'an40')}
OCR_BACKEND_ARGUMENTS: {{environment: {{OMP_THREAD_LIMIT: 1}}}}
# autoadmin created at install: autoadmin / {g.look('generated_password_shown_once', g.alnum(10))} (shown once, changed)
# version {g.version()} image {g.digest()}
"""
    return 'yaml', 'mayan/config.yml', text


def t_teedy_k8s_secret_yaml(g):
    dbpw = g.pw_raw('url')
    adminpw = g.pw_raw('quoted')
    text = f"""apiVersion: v1
kind: Secret
metadata:
  name: teedy-secrets
  namespace: docs
  uid: {g.uuid('k8s_uid')}
type: Opaque
data:
  DATABASE_PASSWORD: {g.keyv('db_password_b64', g.b64(dbpw))}
  DOCS_ADMIN_PASSWORD_INIT: {g.keyv('admin_password_init_b64', g.b64(adminpw))}
  DOCS_SMTP_PASSWORD: {g.keyv('smtp_password_b64', g.b64(g.pw_raw('quoted')))}
stringData:
  DATABASE_URL: jdbc:postgresql://{g.ip('db_ip', 0.0)}:5432/teedy
  DATABASE_USER: teedy
  DOCS_ADMIN_EMAIL_INIT: {g.email('admin_email_init')}
  DOCS_SMTP_HOSTNAME: {g.ip('smtp_hostname_ip', 0.3)}
  DOCS_SMTP_USERNAME: {g.email('smtp_username')}
---
apiVersion: apps/v1
kind: Deployment
metadata:
  name: teedy
  namespace: docs
spec:
  replicas: 1
  template:
    spec:
      containers:
        - name: teedy
          image: sismics/docs:{g.version()}
          env:
            - name: DATABASE_PASSWORD
              valueFrom:
                secretKeyRef: {{name: {g.look('secret_reference', 'teedy-secrets')}, key: DATABASE_PASSWORD}}
            # plain copy left from the first test (remove!)
            - name: DATABASE_URL_DEBUG
              value: "postgresql://teedy:{g.pwv('db_password', dbpw)}@{g.priv()}:5432/teedy"
            - name: DOCS_BASE_URL
              value: https://docs.archiv-szabo.hu
      nodeSelector:
        kubernetes.io/hostname: node-{g.num(1, 5)}
      # pod network {g.priv()}/16, service VIP {g.priv()}
"""
    return 'yaml', 'k8s/teedy.yaml', text


def t_seeddms_settings_xml(g):
    text = f"""<?xml version="1.0" encoding="UTF-8"?>
<configuration>
  <site>
    <display siteName="Vesna Quality Docs" footNote="ISO 9001 documents" printDisclaimer="true" language="en_GB" theme="bootstrap"/>
    <edition strictFormCheck="false" viewOnlineFileTypes=".txt;.pdf;.png" enableConverting="true"/>
    <calendar enableCalendar="true" calendarDefaultView="y" firstDayOfWeek="1"/>
  </site>
  <system>
    <server rootDir="/var/www/seeddms/" httpRoot="/" contentDir="/var/lib/seeddms/data/" stagingDir="/var/lib/seeddms/staging/" logFileEnable="true"/>
    <authentication enableGuestLogin="false" restricted="true" encryptionKey="{g.key('encryption_key', 'hex32')}" cookieLifetime="3600">
      <connectors>
        <connector enable="true" type="AD" host="ldaps://{g.priv()}" port="636" baseDN="DC=vesna,DC=local" accountDomainName="vesna.local" bindDN="CN=seeddms,OU=Svc,DC=vesna,DC=local" bindPw="{g.pw('ad_bind_password', 'xml')}"/>
      </connectors>
    </authentication>
    <database dbDriver="mysql" dbHostname="{g.ip('db_hostname_ip', 0.2)}" dbDatabase="seeddms" dbUser="seeddms" dbPass="{g.pw('db_pass', 'xml')}" doNotCheckVersion="false"/>
    <smtp smtpServer="{g.ip('smtp_server_ip', 0.3)}" smtpPort="587" smtpSendFrom="{g.email('smtp_send_from')}" smtpUser="{g.email('smtp_user')}" smtpPassword="{g.pw('smtp_password', 'xml')}"/>
  </system>
  <advanced>
    <server coreDir="" luceneClassDir="" extraPath="" contentOffsetDir="1048576" maxDirID="0" updateNotifyTime="86400" maxExecutionTime="30" cmdTimeout="10"/>
    <authentication adminIP="{g.priv()}" apiKey="{g.key('rest_api_key', 'an32')}" apiUserId="1" apiOrigin=""/>
  </advanced>
  <!-- installed {g.version()} ; install tool default admin/{g.default_pw('admin')} disabled -->
</configuration>
"""
    return 'xml', 'conf/settings.xml', text


def t_logicaldoc_context_properties(g):
    text = f"""#LogicalDOC context.properties (excerpt, site {g.choice(['Porto', 'Braga', 'Coimbra'])})
#{g.look('timestamp_comment', 'Mon Oct ' + str(g.num(10, 28)) + ' 10:' + str(g.num(10, 59)) + ':05 WEST 2025')}
product.release={g.version()}
jdbc.dbms=mysql
jdbc.driver=com.mysql.cj.jdbc.Driver
jdbc.url=jdbc\\:mysql\\://{g.ip('jdbc_ip', 0.0)}\\:3306/logicaldoc?useSSL\\=false
jdbc.username=ldoc
jdbc.password={g.pw('jdbc_password', 'ini')}
smtp.host={g.ip('smtp_host_ip', 0.2)}
smtp.port=587
smtp.username={g.email('smtp_username')}
smtp.password={g.pw('smtp_password', 'ini')}
smtp.sender={g.email('smtp_sender')}
smtp.connectionSecurity=2
ldap.url=ldap\\://{g.priv()}\\:389
ldap.username=cn\\=ldoc,ou\\=svc,dc\\=arquivo,dc\\=pt
ldap.password={g.pw('ldap_password', 'ini')}
store.1.dir=/opt/logicaldoc/repository/docs/
ocr.enabled=true
webservice.apikey.default={g.key('webservice_api_key', 'la32')}
cluster.node.host={g.ip('cluster_node_ip', 0.3)}
cluster.node.mac={g.mac()}
# licence activation code {g.key('activation_code', 'an24')}
"""
    return 'properties', 'conf/context.properties', text


def t_openkm_cfg(g):
    text = f"""# OpenKM.cfg
hibernate.dialect=org.hibernate.dialect.MySQL5InnoDBDialect
hibernate.hbm2ddl=none
repository.home=/opt/openkm/repository
system.ocr=/usr/bin/tesseract
system.openoffice.path=/usr/lib/libreoffice
principal.adapter=com.openkm.principal.LdapPrincipalAdapter
principal.ldap.server=ldap://{g.priv()}:389
principal.ldap.security.principal=cn=openkm,ou=services,dc=notariat,dc=ro
principal.ldap.security.credentials={g.pw('ldap_credentials', 'ini')}

# datasource (openkm-ds in server.xml, mirrored here for the migration)
# url: jdbc:mysql://{g.ip('datasource_ip', 0.0)}:3306/okmdb   user okmdb   pass {g.pw('datasource_password', 'plain')}

mail.smtp.host={g.ip('mail_smtp_ip', 0.3)}
mail.smtp.user={g.email('mail_smtp_user')}
mail.smtp.password={g.pw('mail_smtp_password', 'ini')}
notification.message.from={g.email('notification_from')}
validator.password=com.openkm.validator.password.ComplexPasswordValidator
# initial okmAdmin password from the docs is {g.default_pw('admin')}; it was changed to {g.pw('okmadmin_password', 'plain')} on {g.date()}
webdav.fix=true
# license node id {g.look('node_id', g.hexs(8).upper() + '-' + g.hexs(8).upper())}
"""
    return 'properties', 'OpenKM.cfg', text


def t_nuxeo_conf(g):
    text = f"""## nuxeo.conf -- case files platform, cluster node {g.num(1, 3)}
nuxeo.templates=postgresql,mongodb,s3binaries
nuxeo.bind.address={g.unspec()}
nuxeo.server.http.port=8080
nuxeo.url=https://cases.oyelaran-law.ng/nuxeo

nuxeo.db.host={g.ip('db_host_ip', 0.2)}
nuxeo.db.port=5432
nuxeo.db.name=nuxeo
nuxeo.db.user=nuxeo
nuxeo.db.password={g.pw('db_password', 'ini')}

nuxeo.mongodb.server=mongodb://nuxeo:{g.pw('mongodb_password', 'url')}@{g.priv()}:27017
nuxeo.s3storage.bucket=cases-binaries
nuxeo.s3storage.awsid={g.pkey('s3_access_key_id', 'akid')}
nuxeo.s3storage.awssecret={g.pkey('s3_secret_access_key', 'aws_secret')}

mail.transport.host={g.ip('mail_host_ip', 0.3)}
mail.transport.user={g.email('mail_user')}
mail.transport.password={g.pw('mail_password', 'ini')}
mail.from={g.email('mail_from')}

server.status.key={g.key('status_key', 'hex32')}
nuxeo.jwt.secret={g.key('jwt_secret', 'b64_48')}
JAVA_OPTS=$JAVA_OPTS -Dnuxeo.cluster.nodeid={g.num(1, 3)} -Djava.net.preferIPv4Stack=true
# studio project version {g.version()} ; connect instance {g.uuid('instance_uuid')}
"""
    return 'ini', 'nuxeo.conf', text


def t_papermerge_toml(g):
    text = f"""# papermerge.toml -- family document archive on the home server
[main]
media_dir = "/srv/papermerge/media"
timezone = "Europe/Helsinki"
secret_key = "{g.key('secret_key', 'an40')}"

[database]
type = "postgres"
host = "{g.ip('db_host_ip', 0.2)}"
user = "papermerge"
password = "{g.pw('db_password', 'toml')}"
name = "papermerge"

[redis]
url = "redis://:{g.pw('redis_password', 'url')}@{g.priv()}:6379/0"

[ocr]
default_language = "fin"

[importer]
# scanner drops to this IMAP folder
imap_host = "imap.{g.choice(['anvia.fi', 'dnainternet.net'])}"
imap_username = "{g.email('imap_username')}"
imap_password = "{g.pw('imap_password', 'toml')}"
imap_folder = "INBOX/Scans"

[superuser]
username = "admin"
email = "{g.email('superuser_email')}"
password = "{g.pw('superuser_password', 'toml')}"
# docs example for the same block: email = "{g.reserved_email('admin')}", password = "{g.placeholder('<strong password>')}"
# scanner at {g.priv()} (mac {g.mac()}); version {g.version()}
"""
    return 'toml', 'papermerge.toml', text


def t_viseron_config_yaml(g):
    def cam(name):
        return f"""      {name}:
        name: {name.replace('_', ' ').title()}
        host: {g.priv()}
        port: 554
        path: /Streaming/Channels/101
        username: viewer
        password: {g.pw('camera_password', 'yaml')}"""
    text = f"""# /config/config.yaml -- Viseron NVR for the farm yard
ffmpeg:
  camera:
{cam('yard_gate')}
{cam('barn_east')}
{cam('milking_parlour')}

darknet:
  object_detector:
    cameras:
      yard_gate:
        fps: 1
        labels:
          - label: person
            confidence: 0.7

mqtt:
  broker: {g.ip('mqtt_broker_ip', 0.3)}
  port: 8883
  username: viseron
  password: {g.pw('mqtt_password', 'yaml')}

webserver:
  port: 8888
  auth:
    session_expiry: 24h

notifications:
  chatbot:
    bot_token: {g.keyv('chatbot_token', str(g.num(10**9, 7 * 10**9)) + ':' + g.s('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_', 35))}
    chat_id: {g.look('chat_id', '-100' + str(g.num(10**9, 10**10)))}
  email:
    smtp_user: {g.email('smtp_user')}
    smtp_password: {g.pw('smtp_password', 'yaml')}
    to: {g.email('notify_to')}
# remote access via {g.ip('wan_ip', 0.3)} (port forward 8888) ; image {g.version()}
# camera multicast stream group {g.mcast()}, carrier-grade NAT on the farm LTE router {g.shared()}, router fallback {g.linklocal()}
"""
    return 'yaml', 'config/config.yaml', text
