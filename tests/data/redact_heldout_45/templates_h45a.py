"""Templates 1-19 of held-out set 45 (clinical, library, archive and research tools)."""


def t_orthanc_json(G):
    peer = G.IPu("peer_host_ip", 8042)
    text = f'''{{
  "Name" : "PACS-WARD-{G.n(2, 9)}",
  "HttpPort" : 8042,
  "DicomAet" : "ORTHANC{G.n(1, 4)}",
  "DicomPort" : 4242,
  "RemoteAccessAllowed" : true,
  "AuthenticationEnabled" : true,
  "RegisteredUsers" : {{
    "radiology" : "{G.P('registered_user_password', 'quoted')}",
    "pacs-admin" : "{G.P('registered_user_password', 'quoted')}"
  }},
  "DicomModalities" : {{
    "ct-scanner" : [ "CT_SOMATOM", "{G.priv()}", 104 ],
    "mri-north" : [ "MR_NORTH", "{G.priv()}", 11112 ],
    "teleradiology" : [ "TELERAD", "{G.IP('modality_ip')}", 4242 ]
  }},
  "OrthancPeers" : {{
    "offsite-archive" : {{
      "Url" : "https://{peer}/",
      "Username" : "mirror",
      "Password" : "{G.P('peer_password', 'quoted')}"
    }}
  }},
  "PostgreSQL" : {{
    "EnableIndex" : true,
    "Host" : "{G.loop()}",
    "Port" : 5432,
    "Database" : "orthanc",
    "Username" : "orthanc",
    "Password" : "{G.P('postgres_password', 'quoted')}"
  }},
  "DicomWeb" : {{ "Enable" : true, "Root" : "/dicom-web/" }},
  "StorageDirectory" : "/var/lib/orthanc/db-v{G.n(5, 6)}",
  "Plugins" : [ "/usr/share/orthanc/plugins" ]
}}
'''
    return "json", "deploy/orthanc/orthanc.json", text


def t_dcm4chee_ldif(G):
    dom = G.pick(["ward", "clinic", "imaging"])
    text = f'''# dcm4chee-arc LDAP seed, exported {G.ts()}
# imported with: ldapadd -x -H ldap://{G.priv()} -D "cn=admin,dc={dom},dc=org" -w '{G.P('ldap_admin_password', 'shell')}' -f this.ldif
dn: cn=Device Configuration,dc={dom},dc=org
objectClass: dicomConfigurationRoot
cn: Device Configuration

dn: dicomDeviceName=dcm4chee-arc,cn=Devices,cn=DICOM Configuration,dc={dom},dc=org
objectClass: dicomDevice
dicomDeviceName: dcm4chee-arc
dicomInstalled: TRUE
dicomManufacturerModelName: archive-{G.version()}

dn: dicomNetworkConnection=dicom,dicomDeviceName=dcm4chee-arc,cn=Devices,cn=DICOM Configuration,dc={dom},dc=org
objectClass: dicomNetworkConnection
dicomHostname: {G.IP4('archive_host_ip')}
dicomPort: 11112

dn: uid=archivist,ou=people,dc={dom},dc=org
objectClass: inetOrgPerson
uid: archivist
cn: {G.person()}
mail: {G.E('archivist_email')}
userPassword: {G.P('ldif_user_password', 'plain')}

dn: uid=qc-reader,ou=people,dc={dom},dc=org
objectClass: inetOrgPerson
uid: qc-reader
mail: {G.E('reader_email')}
userPassword: {G.L('hashed_password', '{SSHA}' + G.b64(24))}
'''
    return "text", f"ldap/dcm4chee-{dom}.ldif", text


def t_ohif_app_config_js(G):
    text = f'''// platform/app/public/config/hospital.js  -- OHIF viewer deployment config
window.config = {{
  routerBasename: '/viewer',
  showStudyList: true,
  // build {G.ssha()}, viewer {G.version()}
  oidc: [
    {{
      authority: 'https://sso.radiology-{G.n(1, 9)}.net/realms/pacs',
      client_id: '{G.L('client_id', 'ohif-viewer-' + G.hex(6))}',
      client_secret: '{G.K('oidc_client_secret', 'an32')}',
      redirect_uri: '/callback',
      response_type: 'code',
    }},
  ],
  dataSources: [
    {{
      namespace: '@ohif/extension-default.dataSourcesModule.dicomweb',
      sourceName: 'dicomweb',
      configuration: {{
        wadoRoot: 'https://{G.IPu('dicomweb_host_ip', 8443)}/dicom-web',
        qidoRoot: 'https://{G.IPu('dicomweb_host_ip', 8443)}/dicom-web',
        requestOptions: {{
          // static basic auth for the reading-room kiosks only
          auth: 'kiosk:{G.P('kiosk_basic_password', 'quoted')}',
        }},
      }},
    }},
  ],
  whiteLabeling: {{ supportEmail: '{G.E('support_email')}' }},
  mapsApiKey: '{G.K('maps_api_key', 'aiza')}',
}};
'''
    return "javascript", "viewer/public/config/hospital.js", text


def t_hapi_fhir_application_yaml(G):
    text = f'''# hapi-fhir-jpaserver-starter  src/main/resources/application.yaml (site overrides)
spring:
  datasource:
    url: jdbc:postgresql://{G.IP4('fhir_db_ip')}:5432/hapi
    username: hapi_rw
    password: {G.P('datasource_password', 'yaml')}
    driverClassName: org.postgresql.Driver
  mail:
    host: smtp.{G.pick(['casema.nl', 'utanet.at', 'sasktel.net'])}
    port: 587
    username: {G.E('smtp_login_email')}
    password: "{G.P('smtp_password', 'quoted')}"
hapi:
  fhir:
    server_address: https://fhir.{G.pick(['north', 'river', 'hill'])}health.org/fhir
    fhir_version: R4
    subscription:
      email:
        from: {G.E('subscription_from_email')}
    remote_terminology_service:
      snomed:
        system: http://snomed.info/sct
        url: https://tx.terminology.org/fhir
        api_key: {G.K('terminology_api_key', 'hex40')}
    partitioning:
      allow_references_across_partitions: false
management:
  server:
    address: {G.loop()}
  endpoints.web.exposure.include: health,info
# last image: hapiproject/hapi@{G.digest()}
'''
    return "yaml", "hapi/application.yaml", text


def t_mirth_channel_xml(G):
    text = f'''<?xml version="1.0" encoding="UTF-8"?>
<channel version="{G.version()}">
  <id>{G.U('channel_uuid')}</id>
  <name>ADT to LIS</name>
  <sourceConnector>
    <transportName>TCP Listener</transportName>
    <properties class="com.mirth.connect.connectors.tcp.TcpReceiverProperties">
      <listenerConnectorProperties>
        <host>{G.unspec()}</host>
        <port>6661</port>
      </listenerConnectorProperties>
    </properties>
  </sourceConnector>
  <destinationConnectors>
    <connector>
      <name>LIS database</name>
      <properties class="com.mirth.connect.connectors.jdbc.DatabaseDispatcherProperties">
        <driver>net.sourceforge.jtds.jdbc.Driver</driver>
        <url>jdbc:jtds:sqlserver://{G.IP4('lis_db_ip')}:1433/LabResults</url>
        <username>mirth_writer</username>
        <password>{G.P('jdbc_password', 'xml')}</password>
      </properties>
    </connector>
    <connector>
      <name>Result SFTP</name>
      <properties class="com.mirth.connect.connectors.file.FileDispatcherProperties">
        <scheme>SFTP</scheme>
        <host>{G.IP('sftp_host_ip')}</host>
        <username>lab_drop</username>
        <password>{G.P('sftp_password', 'xml')}</password>
      </properties>
    </connector>
    <connector>
      <name>Alert mail</name>
      <properties class="com.mirth.connect.connectors.smtp.SmtpDispatcherProperties">
        <smtpHost>{G.priv()}</smtpHost>
        <to>{G.E('alert_to_email')}</to>
        <from>{G.remail('mirth')}</from>
      </properties>
    </connector>
  </destinationConnectors>
  <exportData><metadata><lastModified><time>{G.n(1700000000000, 1790000000000)}</time></lastModified></metadata></exportData>
</channel>
'''
    return "xml", "mirth/channels/adt-to-lis.xml", text


def t_medplum_env(G):
    text = f'''# .env for the medplum server container (staging)
MEDPLUM_PORT=8103
MEDPLUM_BASE_URL=https://api.staging-clinic.net/
MEDPLUM_DATABASE_HOST={G.IP4('database_host_ip')}
MEDPLUM_DATABASE_PORT=5432
MEDPLUM_DATABASE_DBNAME=medplum
MEDPLUM_DATABASE_USERNAME=medplum
MEDPLUM_DATABASE_PASSWORD={G.P('database_password', 'ini')}
MEDPLUM_REDIS_HOST={G.priv()}
MEDPLUM_REDIS_PASSWORD={G.P('redis_password', 'ini')}
MEDPLUM_SIGNING_KEY_ID={G.L('key_id', 'kid-' + G.hex(12))}
MEDPLUM_SIGNING_KEY_PASSPHRASE={G.P('signing_key_passphrase', 'ini')}
MEDPLUM_RECAPTCHA_SECRET_KEY={G.K('recaptcha_secret', 'b64u43')}
MEDPLUM_AWS_ACCESS_KEY_ID={G.K('aws_access_key_id', 'akia')}
MEDPLUM_AWS_SECRET_ACCESS_KEY={G.K('aws_secret_access_key', 'awssecret')}
MEDPLUM_SUPPORT_EMAIL={G.E('support_email')}
MEDPLUM_ADMIN_CLIENT_ID={G.U('client_uuid')}
# MEDPLUM_ADMIN_CLIENT_SECRET=<set in vault>
MEDPLUM_ADMIN_CLIENT_SECRET={G.K('admin_client_secret', 'hex64')}
'''
    return "env", "medplum/.env.staging", text


def t_openmrs_runtime_properties(G):
    text = f'''#Auto generated by OpenMRS initialization wizard
#{G.pick(['Tue', 'Wed', 'Thu'])} Mar {G.n(10, 28)} 0{G.n(1, 9)}:{G.n(10, 59)}:{G.n(10, 59)} UTC 2026
encryption.vector={G.Kv('encryption_vector', G.b64(16))}
connection.url=jdbc\\:mysql\\://{G.IP4('mysql_host_ip')}\\:3306/openmrs?autoReconnect\\=true&sessionVariables\\=default_storage_engine%3DInnoDB&useUnicode\\=true&characterEncoding\\=UTF-8
connection.username=openmrs_user
module.allow_web_admin=false
connection.password={G.P('connection_password', 'ini')}
auto_update_database=false
encryption.key={G.K('encryption_key', 'b64_32')}
application_data_directory=/var/lib/OpenMRS
mail.smtp.user={G.E('mail_smtp_user_email')}
mail.smtp.password={G.P('mail_smtp_password', 'ini')}
mail.from={G.remail('noreply')}
'''
    return "properties", "openmrs/openmrs-runtime.properties", text


def t_bahmni_ansible_inventory(G):
    text = f'''# inventory/group_vars/bahmni-emr.yml  (NOT vaulted yet, see ticket)
---
bahmni_db_host: {G.priv()}
bahmni_erp_host: {G.IP4('erp_host_ip')}
openelis_db_password: {G.P('openelis_db_password', 'yaml')}
odoo_admin_passwd: "{G.P('odoo_master_password', 'quoted')}"
mysql_root_password: '{G.P('mysql_root_password', 'quoted')}'
bahmni_reports_db_password: {G.L('secret_reference', '"{{ vault_reports_db_password }}"')}
atomfeed_auth_token: {G.K('atomfeed_token', 'uuid')}
sms_gateway:
  url: https://sms.telco-{G.n(1, 9)}.com/send
  api_key: {G.K('sms_gateway_key', 'up36')}
backup_target: rsync://backup@{G.IP4('backup_host_ip')}/bahmni
ops_contacts:
  - {G.E('ops_contact_email')}
  - {G.E('ops_contact_email')}
ntp_servers: ["{G.loop()}", "{G.priv()}"]
'''
    return "yaml", "ansible/inventory/group_vars/bahmni-emr.yml", text


def t_openemr_sqlconf_php(G):
    text = f'''<?php
//  OpenEMR
//  MySQL Config
//  sites/default/sqlconf.php  -- copied from the 2019 clinic box by {G.first().capitalize()}

global $disable_utf8_flag;
$disable_utf8_flag = false;

$host   = '{G.IP('mysql_host_ip')}';
$port   = '3306';
$login  = 'openemr';
$pass   = '{G.P('sqlconf_password', 'quoted')}';
$dbase  = 'openemr';
$db_encoding = 'utf8mb4';

// replication slave used by the reporting box ({G.priv()})
$rep_login = 'openemr_ro';
$rep_pass  = "{G.P('replica_password', 'quoted')}";

$sqlconf = array();
global $sqlconf;
$sqlconf["host"] = $host;
$sqlconf["port"] = $port;
$sqlconf["login"] = $login;
$sqlconf["pass"] = $pass;
$sqlconf["dbase"] = $dbase;
$sqlconf["db_encoding"] = $db_encoding;

// patient portal SMS reminder provider
$GLOBALS['sms_api_sid'] = '{G.L('account_id', 'AC' + G.hex(32))}';
$GLOBALS['sms_api_secret'] = '{G.K('sms_api_secret', 'hex32')}';
$config = 1; /////////////
?>
'''
    return "php", "openemr/sites/default/sqlconf.php", text


def t_gnuhealth_trytond_conf(G):
    text = f'''# /home/gnuhealth/gnuhealth/tryton/server/config/trytond.conf
[web]
listen = {G.unspec()}:8000
root = /home/gnuhealth/gnuhealth/tryton/server/sao

[database]
uri = postgresql://gnuhealth:{G.P('database_uri_password', 'url')}@{G.IP4('database_host_ip')}:5432/
path = /home/gnuhealth/attach

[session]
super_pwd = {G.L('hashed_password', '$6$' + G.s('abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789./', 16) + '$' + G.s('abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789./', 86))}
timeout = 3600

[email]
uri = smtps://hospital-mailer:{G.P('smtp_uri_password', 'url')}@smtp.{G.pick(['tdcadsl.dk', 'ofir.dk'])}:465
from = {G.E('email_from')}

[password]
secret = {G.K('password_secret', 'hex64')}

[cache]
uri = redis://:{G.P('redis_password', 'url')}@{G.priv()}:6379/1
'''
    return "ini", "gnuhealth/trytond.conf", text


def t_vufind_config_ini(G):
    text = f'''; local/config/vufind/config.ini  -- overrides only
[Site]
url             = https://catalogue.{G.pick(['townlibrary', 'uni-shelf', 'readingroom'])}.org
email           = {G.E('site_email')}
title           = "Catalogue"
theme           = bootstrap5

[Database]
database        = mysql://vufind:{G.P('database_url_password', 'url')}@{G.IP4('database_host_ip')}/vufind

[Mail]
host            = smtp.{G.pick(['fastwebnet.it', 'gnet.tn', 'menara.ma'])}
port            = 587
username        = {G.E('mail_username_email')}
password        = "{G.P('mail_password', 'quoted')}"
secure          = tls

[Authentication]
method          = ILS
hash_passwords  = true
encrypt_ils_password = true
ils_encryption_key = {G.K('ils_encryption_key', 'hex40')}

[Content]
; cover images
coverimages     = Syndetics:{G.L('customer_id', 'lib' + str(G.n(10000, 99999)))}
; summaries
summaries       = Syndetics
recordMap       = "{G.K('map_tiles_token', 'an32')}"

[Index]
url             = http://{G.loop()}:8983/solr
; proxy hop documented for the reading room PCs: {G.docip()}
'''
    return "ini", "vufind/local/config/vufind/config.ini", text


def t_islandora_drush_transcript(G):
    h = G.IP4('prod_host_ip')
    pw = G.pw_raw('shell')
    text = f'''$ ssh deploy@{h}
Last login: {G.pick(['Mon', 'Fri'])} Feb  {G.n(1, 9)} 10:{G.n(10, 59)}:02 2026 from {G.IP('last_login_ip')}
deploy@repo-prod:~$ cd /var/www/islandora && vendor/bin/drush user:password fedoraAdmin '{G.Pv('drush_set_password', pw)}'
 [success] Changed password for fedoraAdmin.
deploy@repo-prod:~$ vendor/bin/drush config:set islandora.settings broker_url 'tcp://{G.priv()}:61613' -y
deploy@repo-prod:~$ vendor/bin/drush config:get key.key.jwt_rsa
key.key.jwt_rsa:
  key_provider: file
  key_provider_settings:
    file_location: /opt/keys/private.key
deploy@repo-prod:~$ grep -n password /opt/fcrepo/fcrepo.env
4:FCREPO_DB_PASSWORD={G.P('fcrepo_db_password', 'ini')}
deploy@repo-prod:~$ grep ALPACA_ /etc/default/alpaca
ALPACA_JMS_PASSWORD={G.P('jms_password', 'ini')}
ALPACA_HOUDINI_TOKEN={G.K('houdini_token', 'jwt')}
deploy@repo-prod:~$ git -C web log -1 --format=%H
{G.sha1()}
deploy@repo-prod:~$ exit
'''
    return "shell", "notes/islandora-prod-session.txt", text


def t_eprints_cfg_pl(G):
    text = f'''# archives/repo/cfg/cfg.d/z_local.pl  -- EPrints local settings
$c->{{host}} = "eprints.{G.pick(['coastaluni', 'northfield', 'glenmore'])}.ac.uk";
$c->{{port}} = 443;
$c->{{adminemail}} = '{G.E('admin_email')}';

# database
$c->{{dbhost}} = "{G.IP4('db_host_ip')}";
$c->{{dbname}} = "repo";
$c->{{dbuser}} = "eprints";
$c->{{dbpass}} = '{G.P('dbpass', 'quoted')}';

# IRStats2 pulls from the reporting mirror
$c->{{irstats2}}->{{datasets}}->{{eprint}}->{{dbpass}} = "{G.P('irstats_dbpass', 'quoted')}";

# ORCID support plugin
$c->{{plugins}}{{"Screen::ORCID"}}{{params}}{{client_id}} = "{G.L('client_id', 'APP-' + G.s('ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789', 16))}";
$c->{{plugins}}{{"Screen::ORCID"}}{{params}}{{client_secret}} = "{G.K('orcid_client_secret', 'uuid')}";

# trusted proxies (load balancer + {G.docip()} from the docs, remove)
$c->{{trusted_proxies}} = [ "{G.priv()}", "{G.IP('proxy_ip')}" ];
1;
'''
    return "perl", "eprints/archives/repo/cfg/cfg.d/z_local.pl", text


def t_ojs_config_inc_php(G):
    text = f'''; <?php exit; // DO NOT DELETE ?>
; OJS config.inc.php (excerpt)

[general]
installed = On
base_url = "https://journals.{G.pick(['seafarers', 'soilscience', 'lowlands'])}-press.org"
session_cookie_name = OJSSID
app_key = "base64:{G.K('app_key', 'b64_32')}"

[database]
driver = mysqli
host = {G.IP('database_host_ip')}
username = ojs
password = "{G.P('database_password', 'quoted')}"
name = ojs

[security]
salt = "{G.K('security_salt', 'an40')}"
api_key_secret = "{G.K('api_key_secret', 'hex64')}"

[email]
smtp = On
smtp_server = mail.{G.pick(['etb.net.co', 'andinanet.net'])}
smtp_port = 465
smtp_auth = ssl
smtp_username = {G.E('smtp_username_email')}
smtp_password = {G.P('smtp_password', 'ini')}
default_envelope_sender = {G.E('envelope_sender_email')}

[captcha]
recaptcha_public_key = {G.L('publishable_key', '6L' + G.s('abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_', 38))}
recaptcha_private_key = {G.K('recaptcha_private_key', 'b64u43')}
'''
    return "ini", "ojs/config.inc.php", text


def t_archivematica_compose_override(G):
    text = f'''# docker-compose.override.yml for the Archivematica lab stack
services:
  mysql:
    environment:
      MYSQL_ROOT_PASSWORD: "{G.P('mysql_root_password', 'quoted')}"
  archivematica-mcp-server:
    environment:
      ARCHIVEMATICA_MCPSERVER_CLIENT_PASSWORD: {G.P('mcp_client_password', 'yaml')}
      ARCHIVEMATICA_MCPSERVER_CLIENT_HOST: {G.priv()}
  archivematica-dashboard:
    environment:
      ARCHIVEMATICA_DASHBOARD_DASHBOARD_SECRET_KEY: "{G.K('dashboard_secret_key', 'an40')}"
      ARCHIVEMATICA_DASHBOARD_EMAIL_HOST_USER: {G.E('email_host_user')}
      ARCHIVEMATICA_DASHBOARD_EMAIL_HOST_PASSWORD: "{G.P('email_host_password', 'quoted')}"
  archivematica-storage-service:
    environment:
      SS_DB_URL: mysql://ss:{G.P('ss_db_url_password', 'url')}@mysql/SS
      SS_S3_ACCESS_KEY: {G.K('s3_access_key', 'akia')}
      SS_S3_SECRET_KEY: {G.K('s3_secret_key', 'awssecret')}
    ports:
      - "{G.IP4('published_ip')}:8000:8000"
    image: artefactual/archivematica-storage-service@{G.digest()}
'''
    return "yaml", "archivematica/compose/docker-compose.override.yml", text


def t_webtrees_config_ini_php(G):
    text = f'''; <?php return; ?> DO NOT DELETE THIS LINE
dbtype="mysql"
dbhost="{G.IP('dbhost_ip')}"
dbport="3306"
dbuser="webtrees"
dbpass="{G.P('dbpass', 'quoted')}"
dbname="family_tree"
tblpfx="wt_"
base_url="https://kinfolk.{G.pick(['vukovic', 'moravec', 'ebbesen'])}-family.net"
rewrite_urls="1"
; backups go to the NAS ({G.priv()}) via cron, see README
; smtp is set in the control panel: {G.E('tree_owner_email')} / {G.P('control_panel_smtp_password', 'plain')}
'''
    return "ini", "webtrees/data/config.ini.php", text


def t_churchcrm_issue_md(G):
    ip = G.IP4('server_ip')
    text = f'''### Emails to members fail after upgrade to {G.version()}

**Describe the bug**
Since the upgrade our weekly newsletter fails with `SMTP Error: Could not authenticate.` Our settings
(System Settings → Email) are:

| setting | value |
|---|---|
| sSMTPHost | smtp.{G.pick(['iafrica.com', 'tedata.net.eg'])}:587 |
| sSMTPUser | {G.E('smtp_user_email')} |
| sSMTPPass | {G.P('smtp_pass', 'prose')} |
| sToEmailAddress | {G.E('to_email')} |
| bSMTPAuth | true |

Server is at {ip} (Ubuntu 22.04), PHP {G.version()}, ChurchCRM logs say nothing useful.

**Expected behavior**
Mail goes out like before.

---

> **maintainer** commented
> Please do not post credentials in issues; rotate that password now. Also `{G.docip()}` in your hosts file
> looks like a leftover from our docs. Try `tls` instead of `ssl` and check `{G.loop()}:25` is not intercepting.
'''
    return "markdown", "issues/churchcrm-smtp-auth.md", text


def t_openlmis_settings_env(G):
    text = f'''# settings.env  for openlmis-ref-distro (training server)
BASE_URL=http://{G.IP4('base_url_ip')}
VIRTUAL_HOST={G.IP4('virtual_host_ip')}
DATABASE_URL=jdbc:postgresql://db:5432/open_lmis?stringtype=unspecified
POSTGRES_USER=postgres
POSTGRES_PASSWORD={G.P('postgres_password', 'ini')}
USER_API_CLIENT_ID=user-client
USER_API_CLIENT_SECRET={G.K('user_api_client_secret', 'an24')}
SERVICE_CLIENT_ID=trusted-client
SERVICE_CLIENT_SECRET={G.K('service_client_secret', 'uuid')}
SPRING_MAIL_USERNAME={G.E('spring_mail_username')}
SPRING_MAIL_PASSWORD={G.P('spring_mail_password', 'ini')}
MAIL_ADDRESS={G.remail('noreply')}
LOG_LEVEL=INFO
# statsd sidecar on the docker bridge
STATSD_HOST={G.priv()}
'''
    return "env", "openlmis/settings.env", text


def t_dhis2_conf(G):
    text = f'''# /opt/dhis2/dhis.conf
# ----------------------------------------------------------------------
# Database connection
# ----------------------------------------------------------------------
connection.dialect = org.hibernate.dialect.PostgreSQLDialect
connection.driver_class = org.postgresql.Driver
connection.url = jdbc:postgresql://{G.IP4('db_host_ip')}/dhis2
connection.username = dhis
connection.password = {G.P('connection_password', 'ini')}

# read replica for analytics
read1.connection.url = jdbc:postgresql://{G.priv()}/dhis2
read1.connection.username = dhis_ro
read1.connection.password = {G.P('read_replica_password', 'ini')}

# ----------------------------------------------------------------------
# Encryption
# ----------------------------------------------------------------------
encryption.password = {G.P('encryption_password', 'ini')}

# ----------------------------------------------------------------------
# File store (MinIO-compatible)
# ----------------------------------------------------------------------
filestore.provider = s3
filestore.endpoint = http://{G.IPu('filestore_ip', 9000)}
filestore.identity = {G.K('filestore_identity', 'an24')}
filestore.secret = {G.K('filestore_secret', 'an40')}

server.base.url = https://hmis.district{G.n(1, 40)}.gov.na
system.monitoring.url = http://{G.loop()}:9090
# server version {G.version()}
'''
    return "properties", "dhis2/dhis.conf", text


def t_hubzilla_firewall_and_htconfig(G):
    text = f"""# /etc/iptables/rules.v6 on the Hubzilla hub (ip6tables-save, trimmed)
*filter
:INPUT DROP [0:0]
:FORWARD DROP [0:0]
:OUTPUT ACCEPT [0:0]
-A INPUT -i lo -j ACCEPT
-A INPUT -s {G.ll6()}/128 -p ipv6-icmp -j ACCEPT
-A INPUT -d {G.L('multicast_ipv6', 'ff02::1')}/128 -p ipv6-icmp -j ACCEPT
-A INPUT -s {G.IP6('admin_home_ipv6')}/128 -p tcp --dport 22 -j ACCEPT
-A INPUT -s {G.IP6('backup_host_ipv6')}/128 -p tcp --dport 22 -j ACCEPT
-A INPUT -s {G.ula6()}/64 -p tcp --dport 5432 -j ACCEPT
-A INPUT -p tcp -m multiport --dports 80,443 -j ACCEPT
-A INPUT -s {G.docip6()}/48 -j DROP
COMMIT
# /etc/iptables/rules.v4 (excerpt)
-A INPUT -s {G.IP4('admin_home_ip')}/32 -p tcp --dport 22 -j ACCEPT
-A INPUT -s {G.priv()}/24 -p tcp --dport 5432 -j ACCEPT

# /var/www/hubzilla/.htconfig.php (excerpt)
# $db_host = '{G.IP('db_host_ip')}';
# $db_user = 'hubzilla';
# $db_pass = '{G.P('htconfig_db_pass', 'quoted')}';
# App::$config['system']['admin_email'] = '{G.E('admin_email')}';
# App::$config['system']['location_hash'] = '{G.L('location_hash', G.hex(64))}';
# App::$config['system']['smtp_pass'] = '{G.P('smtp_pass', 'quoted')}';
"""
    return "text", "hubzilla/firewall-and-config.txt", text


TEMPLATES = [
    t_orthanc_json, t_dcm4chee_ldif, t_ohif_app_config_js, t_hapi_fhir_application_yaml,
    t_mirth_channel_xml, t_medplum_env, t_openmrs_runtime_properties, t_bahmni_ansible_inventory,
    t_openemr_sqlconf_php, t_gnuhealth_trytond_conf, t_vufind_config_ini, t_islandora_drush_transcript,
    t_eprints_cfg_pl, t_ojs_config_inc_php, t_archivematica_compose_override, t_webtrees_config_ini_php,
    t_churchcrm_issue_md, t_openlmis_settings_env, t_dhis2_conf, t_hubzilla_firewall_and_htconfig,
]
