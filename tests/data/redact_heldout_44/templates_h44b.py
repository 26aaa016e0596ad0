"""Templates 19-36 of held-out set 44: teaching platforms, research infrastructure, GIS and HPC files.

Each template is written by hand for one file of one tool; values come from gen_h44.G (passed in as g).
"""


def t_openolat_properties(g):
    return f"""# olat.local.properties -- OpenOLAT {g.ver()} on the teaching cluster
server.domainname=lernen.hochschule-tal.eu
server.port=443
server.legacy.context=false
userdata.dir=/srv/openolat/olatdata

db.vendor=postgresql
db.name=openolat
db.user=openolat
db.pass={g.P('db_pass', 'ini')}
db.host={g.priv()}
db.host.port=5432

smtp.host=mail.{g.pick(['t-2.net', 'amis.net'])}
smtp.port=587
smtp.user={g.E('smtp_user')}
smtp.pwd={g.P('smtp_pwd', 'ini')}
smtp.starttls=true
fromemail={g.E('fromemail')}
adminemail={g.E('adminemail')}

ldap.enable=true
ldap.ldapUrl=ldaps://{g.IP('ldap_server', v6=0)}:636
ldap.ldapSystemDN=cn=olat-bind,ou=services,dc=hochschule-tal,dc=eu
ldap.ldapSystemPW={g.P('ldap_bind_password', 'ini')}

instance.id={g.uuid('instance_uuid')}
cluster.mode=Cluster
jms.broker.url=failover:(tcp://{g.priv()}:61616,tcp://{g.priv()}:61616)
jms.broker.password={g.P('jms_broker_password', 'ini', style=g.pick([1, 5]))}
onlyoffice.jwt.secret={g.K('onlyoffice_jwt_secret', 'an32')}
"""


def t_opigno_settings_php(g):
    return f"""<?php

// sites/default/settings.local.php -- Opigno LMS (Drupal 10) staging copy

$databases['default']['default'] = [
  'database' => 'opigno_stage',
  'username' => 'opigno',
  'password' => '{g.P('db_password', 'q')}',
  'prefix' => '',
  'host' => '{g.priv()}',
  'port' => '3306',
  'driver' => 'mysql',
];

$settings['hash_salt'] = '{g.K('drupal_hash_salt', 'b64u43')}';
$settings['trusted_host_patterns'] = ['^lms\\.stage\\.hochschule-tal\\.eu$'];
$settings['reverse_proxy'] = TRUE;
$settings['reverse_proxy_addresses'] = ['{g.priv()}', '{g.IP('reverse_proxy_public')}'];

// H5P hub registration
$config['h5p.settings']['h5p_site_key'] = '{g.K('h5p_site_key', 'an32')}';
// video/LTI connector (replacement of the old one)
$config['lti_tool.settings']['consumer_key'] = 'opigno-stage';
$config['lti_tool.settings']['shared_secret'] = '{g.K('lti_shared_secret', 'hex40')}';
$config['system.site']['mail'] = '{g.E('site_mail')}';
$config['smtp.settings']['smtp_username'] = '{g.E('smtp_username')}';
$config['smtp.settings']['smtp_password'] = '{g.P('smtp_password', 'q')}';
// test account for the e2e suite: {g.remail('e2e.student')}
"""


def t_sakai_properties(g):
    return f"""## local.properties -- Sakai 23 (override of sakai.properties)
serverName=kurse.hochschule-tal.eu
serverUrl=https://kurse.hochschule-tal.eu
{g.L('bean_property', 'vendor@org.sakaiproject.db.api.SqlService')}=mysql
{g.L('bean_property', 'driverClassName@javax.sql.BaseDataSource')}=org.mariadb.jdbc.Driver
{g.L('bean_property', 'url@javax.sql.BaseDataSource')}=jdbc:mariadb://{g.priv()}:3306/sakai?useUnicode=true&characterEncoding=UTF-8
{g.L('bean_property', 'username@javax.sql.BaseDataSource')}=sakai
{g.L('bean_property', 'password@javax.sql.BaseDataSource')}={g.P('db_password', 'ini')}
hibernate.dialect=org.hibernate.dialect.MySQL8Dialect

{g.L('bean_property', 'smtp@org.sakaiproject.email.api.EmailService')}={g.IP('smtp_relay', v6=0)}
{g.L('bean_property', 'smtpPort@org.sakaiproject.email.api.EmailService')}=25
setup.request={g.E('setup_request_address')}
portal.error.email={g.E('portal_error_email')}
mail.support={g.remail('support')}

# Sakai sends this as a bearer to the plagiarism service
contentreview.vericite.api.key={g.K('contentreview_api_key', 'uuid')}
contentreview.vericite.account.id={g.L('account_id', str(g.num(10000, 99999)))}
webservices.allowlogin=true
webservices.allow=^192\\.168\\.10\\.[0-9]+$
# admin password for the first start only, rotate afterwards
admin.password={g.P('admin_first_start_password', 'ini')}
version.service={g.ver()}
"""


def t_claroline_parameters(g):
    return f"""# config/parameters.yml -- Claroline Connect
parameters:
    database_driver: pdo_mysql
    database_host: {g.priv()}
    database_port: null
    database_name: claroline
    database_user: claroline
    database_password: '{g.P('database_password', 'q')}'
    mailer_transport: smtp
    mailer_host: smtp.{g.pick(['rdslink.ro', 'clicknet.ro'])}
    mailer_user: {g.E('mailer_user')}
    mailer_password: {g.P('mailer_password', 'yaml')}
    locale: fr
    secret: {g.K('symfony_secret', 'hex40')}
    trusted_proxies: ['{g.IP('trusted_proxy', v6=0)}', '{g.priv()}']
    platform_admin: {g.E('platform_admin_email')}
    # SSO (CAS) was switched off in March; the service ticket below was a test one
    cas_ticket_example: {g.L('cas_ticket', 'ST-' + str(g.num(1000, 9999)) + '-' + g.s(20))}
    big_blue_button_server: https://bbb.{g.pick(['une.net.co', 'tie.cl'])}/bigbluebutton/
    big_blue_button_security_salt: {g.K('bbb_security_salt', 'an40')}
"""


def t_openpbs_hook_py(g):
    return f'''"""PBS hook (execjob_end): post job accounting to the cost centre service.

Installed with:  qmgr -c "create hook costpost event=execjob_end"
                 qmgr -c "import hook costpost application/x-python default costpost.py"
"""
import pbs
import json
import urllib.request

ENDPOINT = "https://{g.IP('cost_service_host', v6=0)}:8443/v2/usage"
# service token issued by the finance team (ticket {g.uuid('ticket_uuid')})
TOKEN = "{g.K('cost_service_token', 'jwt')}"
FALLBACK_SMTP = ("{g.priv()}", 25)
NOTIFY = "{g.E('finance_notify')}"

e = pbs.event()
job = e.job
try:
    body = json.dumps({{
        "job": job.id,
        "owner": str(job.Job_Owner),
        "walltime": str(job.resources_used["walltime"]),
        "account": str(job.Account_Name),
    }}).encode()
    req = urllib.request.Request(ENDPOINT, data=body, headers={{
        "Authorization": "Bearer " + TOKEN,
        "Content-Type": "application/json",
    }})
    urllib.request.urlopen(req, timeout=5)
except Exception as exc:  # never fail the job because of accounting
    pbs.logmsg(pbs.LOG_WARNING, "costpost: %s" % exc)
e.accept()
'''


def t_xdmod_portal_ini(g):
    return f"""; etc/portal_settings.ini -- Open XDMoD {g.ver()}
[general]
title = "Tal HPC XDMoD"
site_address = "https://xdmod.hpc.hochschule-tal.eu/"
user_manual = "https://xdmod.hpc.hochschule-tal.eu/user_manual/"
contact_page_recipient = "{g.E('contact_page_recipient')}"
tech_support_recipient = "{g.E('tech_support_recipient')}"
debug_recipient = "{g.remail('xdmod-debug')}"
sender = "{g.E('sender')}"
application_secret = "{g.K('application_secret', 'hex64')}"
email_token_expiration = "600"

[database]
host = "{g.priv()}"
port = "3306"
user = "xdmod"
pass = "{g.P('db_pass', 'q')}"

[datawarehouse]
host = "{g.priv()}"
port = "3306"
user = "xdmod"
pass = "{g.P('datawarehouse_pass', 'q')}"

[sso]
; SAML via the campus IdP (metadata fingerprint below is public)
idp_cert_fingerprint = "{g.L('cert_fingerprint', ':'.join(g.hex(2).upper() for _ in range(20)))}"

[mailer]
sender_name = "XDMoD"
smtp_host = "{g.IP('smtp_host', v6=0)}"
smtp_password = "{g.P('smtp_password', 'q')}"
"""


def t_ood_portal_yml(g):
    return f"""---
# /etc/ood/config/ood_portal.yml -- Open OnDemand portal, regenerated with update_ood_portal
servername: ondemand.hpc.hochschule-tal.eu
port: 443
ssl:
  - 'SSLCertificateFile "/etc/pki/tls/certs/ondemand.crt"'
  - 'SSLCertificateKeyFile "/etc/pki/tls/private/ondemand.key"'
logroot: "/var/log/ondemand-nginx"
auth:
  - 'AuthType openid-connect'
  - 'Require valid-user'
oidc_uri: "/oidc"
oidc_provider_metadata_url: "https://sso.hochschule-tal.eu/realms/hpc/.well-known/openid-configuration"
oidc_client_id: "{g.L('client_id', 'ondemand-' + g.s(6, 'abcdefghijklmnopqrstuvwxyz'))}"
oidc_client_secret: "{g.K('oidc_client_secret', 'an32')}"
oidc_remote_user_claim: "preferred_username"
oidc_scope: "openid profile email"
oidc_settings:
  OIDCPassIDTokenAs: "serialized"
  OIDCPassRefreshToken: "On"
  OIDCCryptoPassphrase: "{g.K('oidc_crypto_passphrase', 'hex64')}"
  OIDCStateMaxNumberOfCookies: "10 true"
host_regex: '[^/]+'
node_uri: '/node'
rnode_uri: '/rnode'
proxy_server: ondemand.hpc.hochschule-tal.eu
# login nodes the portal may proxy to
allowlist:
  - {g.priv()}
  - {g.priv()}
  - {g.IP('login_node_public')}
support_ticket:
  email:
    from: "{g.E('support_from')}"
    to: "{g.E('support_to')}"
    delivery_method: "smtp"
    delivery_settings:
      address: "{g.IP('smtp_address', v6=0)}"
      port: 587
      user_name: "ood-tickets"
      password: "{g.P('smtp_password', 'q')}"
"""


def t_omero_config_transcript(g):
    return f"""[omero@imaging ~]$ omero config set omero.db.host {g.priv()}
[omero@imaging ~]$ omero config set omero.db.user omero
[omero@imaging ~]$ omero config set omero.db.pass '{g.P('db_pass', 'shell')}'
[omero@imaging ~]$ omero config set omero.mail.host smtp.{g.pick(['welho.com', 'elisanet.fi'])}
[omero@imaging ~]$ omero config set omero.mail.username {g.E('mail_username')}
[omero@imaging ~]$ omero config set omero.mail.password {g.P('mail_password', 'shell')}
[omero@imaging ~]$ omero config set omero.mail.from {g.E('mail_from')}
[omero@imaging ~]$ omero config set omero.security.keyStorePassword {g.P('keystore_password', 'shell')}
[omero@imaging ~]$ omero config set omero.web.secret_key {g.K('web_secret_key', 'an40')}
[omero@imaging ~]$ omero config get
omero.data.dir=/OMERO
omero.db.host={g.priv()}
omero.db.name=omero
omero.db.user=omero
omero.db.pass={g.masked('********')}
omero.mail.host=smtp.elisanet.fi
omero.web.secret_key={g.masked('********')}
[omero@imaging ~]$ omero login -s {g.IP('omero_public_host')} -u root -w {g.P('omero_root_password', 'shell')} -p 4064
Created session for {g.L('user_at_host', 'root@omero.imaging.hochschule-tal.eu')}:4064. Idle timeout: 10 min. Current group: system
[omero@imaging ~]$ omero sessions list | head -2
 Server | User | Group | Session | Active | Started
 omero.imaging.hochschule-tal.eu | root | system | {g.uuid('session_uuid')} | True | Tue Mar  3 10:12:44 2026
"""


def t_openspecimen_properties(g):
    return f"""# openspecimen.properties  (biobank, tomcat 9)
app.name=openspecimen
tomcat.dir=/usr/local/openspecimen/tomcat-as
app.data_dir=/usr/local/openspecimen/data
app.log_conf=/usr/local/openspecimen/os-log.properties

database.type=mysql
database.host={g.priv()}
database.port=3306
database.name=os_prod
database.username=openspecimen
database.password={g.P('database_password', 'ini')}

# e-mail settings (also editable in the UI; kept here for the dockerised test stack)
email.server.host=smtp.{g.pick(['stofanet.dk', 'glocalnet.net'])}
email.server.port=587
email.server.username={g.E('email_username')}
email.server.password={g.P('email_password', 'ini')}
email.admin={g.E('email_admin')}

# LDAP bind
ldap.url=ldap://{g.IP('ldap_host', v6=0)}:389
ldap.bindDn=uid=os-bind,ou=apps,dc=biobank,dc=eu
ldap.bindPassword={g.P('ldap_bind_password', 'ini')}

# REST API token for the freezer-monitoring integration
plugin.freezer.apiToken={g.K('freezer_api_token', 'hex64')}
build.commit={g.sha1()}
"""


def t_qfieldcloud_env(g):
    return f"""# .env -- QFieldCloud on the survey server (docker compose)
DEBUG=0
ENVIRONMENT=production
QFIELDCLOUD_HOST=qfield.vermessung-nord.eu
DJANGO_ALLOWED_HOSTS="qfield.vermessung-nord.eu {g.IP('public_host')} {g.loop()} localhost"
SECRET_KEY={g.K('django_secret_key', 'an40')}
SALT_KEY={g.K('salt_key', 'hex32')}

STORAGE_ACCESS_KEY_ID={g.Kv('storage_access_key_id', 'QFC' + g.s(17, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789'))}
STORAGE_SECRET_ACCESS_KEY={g.K('storage_secret_access_key', 'an40')}
STORAGE_BUCKET_NAME=qfieldcloud-prod
STORAGE_ENDPOINT_URL=http://{g.priv()}:9000

POSTGRES_USER=qfieldcloud_db_admin
POSTGRES_PASSWORD={g.P('postgres_password', 'ini')}
POSTGRES_DB=qfieldcloud_db
POSTGRES_HOST={g.priv()}
GEODB_PASSWORD={g.P('geodb_password', 'ini')}

EMAIL_HOST=smtp.{g.pick(['mchsi.com', 'epix.net'])}
EMAIL_HOST_USER={g.E('email_host_user')}
EMAIL_HOST_PASSWORD={g.P('email_host_password', 'ini')}
DEFAULT_FROM_EMAIL="QFieldCloud <{g.E('default_from_email')}>"
QFIELDCLOUD_ADMIN_URI=admin/
ERROR_TRACKER_DSN=
# QGIS worker image {g.digest()}
"""


def t_mapproxy_yaml(g):
    return f"""# mapproxy.yaml -- cache in front of the state WMS and a commercial basemap
services:
  demo:
  wmts:
  wms:
    md:
      title: Vermessung Nord MapProxy
      contact:
        person: Geodata desk
        email: {g.E('contact_email')}

sources:
  state_orthophoto:
    type: wms
    req:
      url: https://{g.IP('state_wms_host', v6=0)}/wms/dop20?
      layers: dop20c
    http:
      # basic auth of our state geodata contract; MapProxy takes it from the URL userinfo
      client_timeout: 60
    coverage:
      bbox: [5.8, 47.2, 15.1, 55.1]
      srs: 'EPSG:4326'
  basemap_tiles:
    type: tile
    url: https://tiles.kartenhaus.eu/v3/%(tms_path)s.png?key={g.K('basemap_api_key', 'an32')}
    grid: GLOBAL_WEBMERCATOR
  cadastre:
    type: wms
    req:
      url: https://geo:{g.P('cadastre_wms_password', 'url')}@{g.IP('cadastre_wms_host', v6=0)}/ows?
      layers: flurstuecke

caches:
  ortho_cache:
    sources: [state_orthophoto]
    grids: [GLOBAL_WEBMERCATOR]
    cache:
      type: redis
      host: {g.priv()}
      port: 6379
      password: {g.P('redis_password', 'yaml')}
      default_ttl: 604800

globals:
  http:
    ssl_no_cert_checks: false
    headers:
      X-Api-Key: {g.K('state_gateway_api_key', 'uuid')}
"""


def t_geonetwork_jdbc(g):
    return f"""# WEB-INF/config-db/jdbc.properties (GeoNetwork {g.ver()})
jdbc.username=geonetwork
jdbc.password={g.P('jdbc_password', 'ini')}
jdbc.database=geonetwork
jdbc.host={g.priv()}
jdbc.port=5432
jdbc.connectionProperties=
jdbc.basic.removeAbandoned=true
jdbc.basic.removeAbandonedTimeout=90
jdbc.basic.logAbandoned=true
jdbc.basic.maxActive=33
jdbc.basic.maxIdle=10
jdbc.basic.initialSize=10
jdbc.basic.maxWait=200
jdbc.basic.testOnBorrow=true
jdbc.basic.validationQuery=SELECT 1
# Elasticsearch (metadata index) on the search VM
es.protocol=http
es.host={g.IP('es_host', v6=0)}
es.port=9200
es.username=gn-indexer
es.password={g.P('es_password', 'ini')}
# Harvester to the national catalogue; their support: {g.E('national_catalogue_support')}
harvester.csw.national.password={g.P('csw_harvester_password', 'ini', style=g.pick([1, 5, 9]))}
# keep: last schema migration {g.uuid('migration_uuid')}
"""


def t_limesurvey_config_php(g):
    return f"""<?php if (!defined('BASEPATH')) exit('No direct script access allowed');
/*
| LimeSurvey application/config/config.php (survey office, server "umfrage")
*/
return array(
    'components' => array(
        'db' => array(
            'connectionString' => 'mysql:host={g.priv()};port=3306;dbname=limesurvey;',
            'emulatePrepare' => true,
            'username' => 'limesurvey',
            'password' => '{g.P('db_password', 'q')}',
            'charset' => 'utf8mb4',
            'tablePrefix' => 'lime_',
        ),
        'session' => array(
            'sessionName' => 'LS-{g.s(16, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ')}',
        ),
        'urlManager' => array('urlFormat' => 'path', 'showScriptName' => true),
    ),
    'config' => array(
        'debug' => 0,
        'debugsql' => 0,
        'siteadminemail' => '{g.E('siteadminemail')}',
        'siteadminbounce' => '{g.E('siteadminbounce')}',
        'emailsmtphost' => '{g.IP('emailsmtphost', v6=0)}:587',
        'emailsmtpuser' => 'umfrage',
        'emailsmtppassword' => '{g.P('emailsmtppassword', 'q')}',
        'encryptionkeypair' => '{g.K('encryptionkeypair', 'b64_64')}',
        'encryptionpublickey' => '{g.L('public_key', g.key_raw('b64_32'))}',
        'encryptionsecretboxkey' => '{g.K('encryptionsecretboxkey', 'hex64')}',
    )
);
"""


def t_formbricks_env(g):
    return f"""############################################
# Formbricks self-hosted -- .env (do not commit)
############################################
WEBAPP_URL=https://forms.vermessung-nord.eu
NEXTAUTH_URL=https://forms.vermessung-nord.eu
DATABASE_URL="postgresql://formbricks:{g.P('database_password', 'url')}@{g.priv()}:5432/formbricks?schema=public"
NEXTAUTH_SECRET={g.K('nextauth_secret', 'hex64')}
ENCRYPTION_KEY={g.K('encryption_key', 'hex64')}
CRON_SECRET={g.K('cron_secret', 'hex32')}

MAIL_FROM={g.E('mail_from')}
SMTP_HOST=smtp.{g.pick(['cantv.net', 'antel.com.uy'])}
SMTP_PORT=465
SMTP_SECURE_ENABLED=1
SMTP_USER={g.E('smtp_user')}
SMTP_PASSWORD='{g.P('smtp_password', 'ini')}'

# S3 for uploads (MinIO on the NAS)
S3_ACCESS_KEY={g.K('s3_access_key', 'up36')}
S3_SECRET_KEY={g.K('s3_secret_key', 'an40')}
S3_REGION=eu-central-1
S3_ENDPOINT_URL=http://{g.priv()}:9000
S3_BUCKET_NAME=formbricks-uploads

# Leave empty to disable
GOOGLE_CLIENT_ID=
GOOGLE_CLIENT_SECRET=
INVITE_DISABLED=1
# instance id reported in the footer: {g.uuid('instance_uuid')}
"""


def t_ushahidi_env(g):
    return f"""APP_ENV=production
APP_DEBUG=false
APP_KEY=base64:{g.K('laravel_app_key', 'b64_32')}
APP_TIMEZONE=UTC
APP_URL=https://reports.flutnetz.eu/api

DB_CONNECTION=mysql
DB_HOST={g.priv()}
DB_PORT=3306
DB_DATABASE=platform
DB_USERNAME=ushahidi
DB_PASSWORD="{g.P('db_password', 'q')}"

CACHE_DRIVER=redis
QUEUE_DRIVER=redis
REDIS_HOST={g.priv()}
REDIS_PASSWORD={g.P('redis_password', 'ini')}

MAIL_DRIVER=smtp
MAIL_HOST=smtp.{g.pick(['swissonline.ch', 'vtxnet.ch'])}
MAIL_USERNAME={g.E('mail_username')}
MAIL_PASSWORD={g.P('mail_password', 'ini')}
MAIL_FROM_ADDRESS={g.E('mail_from_address')}

# SMS gateway (FrontlineSMS-style HTTP sync) on the field office box
SMS_SYNC_URL=http://{g.IP('sms_gateway_host', v6=0)}:8080/sync
SMS_SYNC_SECRET={g.K('sms_sync_secret', 'an24')}
SOCIAL_BEARER=
PLATFORM_CLIENT_ID={g.L('client_id', 'ushahidiui')}
PLATFORM_CLIENT_SECRET={g.K('platform_client_secret', 'an40')}
"""


def t_slurmdbd_conf(g):
    return f"""#
# /etc/slurm/slurmdbd.conf -- accounting daemon on the head node
#
ArchiveEvents=yes
ArchiveJobs=yes
ArchiveResvs=yes
ArchiveSteps=no
ArchiveSuspend=no
ArchiveTXN=no
ArchiveUsage=no
AuthInfo=/var/run/munge/munge.socket.2
AuthType=auth/munge
DbdHost=head01
DbdAddr={g.priv()}
DebugLevel=info
PurgeEventAfter=1month
PurgeJobAfter=12month
LogFile=/var/log/slurm/slurmdbd.log
PidFile=/var/run/slurmdbd/slurmdbd.pid
SlurmUser=slurm
StorageHost={g.priv()}
StoragePort=3306
StorageType=accounting_storage/mysql
StorageUser=slurm
StoragePass={g.P('storage_pass', 'ini')}
StorageLoc=slurm_acct_db
# federation peer (second site) -- its dbd listens on the public side
#DbdBackupHost={g.IP('backup_dbd_host', v6=0)}
# reporting export for the ministry portal; questions to {g.E('hpc_admin_email')}
# munge key sha256 (for comparing nodes, not the key): {g.sha256()}
"""


def t_seiscomp_scmaster_cfg(g):
    return f"""# ~/seiscomp/etc/scmaster.cfg
queues = production, playback
queues.production.groups = AMPLITUDE, PICK, LOCATION, MAGNITUDE, FOCMECH, EVENT, QC, PUBLICATION, GUI, INVENTORY, ROUTING, CONFIG, LOGGING, IMPORT_GROUP, SERVICE_REQUEST, SERVICE_PROVIDE
queues.production.processors.messages = dbstore
queues.production.processors.messages.dbstore.driver = mysql
queues.production.processors.messages.dbstore.read = sysop:{g.P('db_read_password', 'url')}@{g.priv()}/seiscomp
queues.production.processors.messages.dbstore.write = sysop:{g.P('db_write_password', 'url')}@{g.priv()}/seiscomp

# ~/seiscomp/etc/seedlink.cfg (excerpt)
plugins.chain.address = {g.IP('chain_plugin_source', v6=0)}:18000

# ~/seiscomp/etc/fdsnws.cfg (excerpt)
serveDataSelect = true
serveEvent = true
listenAddress = {g.unspec()}
port = 8080
# eida auth token for restricted streams (issued per station operator)
eidaAuth.enable = true
# token file content pasted here for the audit, remove after
# {g.K('eida_token_signature', 'b64_48')}
agencyID = GFZ-DEMO
organization = Seismic network Nordwald, contact {g.E('network_operator_email')}
"""


TEMPLATES = [
    ("openolat_properties", "properties", "openolat/olat.local.properties", t_openolat_properties),
    ("opigno_settings_php", "php", "web/sites/default/settings.local.php", t_opigno_settings_php),
    ("sakai_properties", "properties", "sakai/local.properties", t_sakai_properties),
    ("claroline_parameters", "yaml", "claroline/config/parameters.yml", t_claroline_parameters),
    ("openpbs_hook_py", "python", "pbs/hooks/costpost.py", t_openpbs_hook_py),
    ("xdmod_portal_ini", "ini", "etc/xdmod/portal_settings.ini", t_xdmod_portal_ini),
    ("ood_portal_yml", "yaml", "etc/ood/config/ood_portal.yml", t_ood_portal_yml),
    ("omero_config_transcript", "shell", "notes/omero-setup.log", t_omero_config_transcript),
    ("openspecimen_properties", "properties", "openspecimen/openspecimen.properties", t_openspecimen_properties),
    ("qfieldcloud_env", "env", "qfieldcloud/.env", t_qfieldcloud_env),
    ("mapproxy_yaml", "yaml", "mapproxy/mapproxy.yaml", t_mapproxy_yaml),
    ("geonetwork_jdbc", "properties", "geonetwork/WEB-INF/config-db/jdbc.properties", t_geonetwork_jdbc),
    ("limesurvey_config_php", "php", "limesurvey/application/config/config.php", t_limesurvey_config_php),
    ("formbricks_env", "env", "formbricks/.env", t_formbricks_env),
    ("ushahidi_env", "env", "platform/.env", t_ushahidi_env),
    ("slurmdbd_conf", "text", "etc/slurm/slurmdbd.conf", t_slurmdbd_conf),
    ("seiscomp_scmaster_cfg", "text", "seiscomp/etc/scmaster.cfg", t_seiscomp_scmaster_cfg),
]
