"""Templates 36-53 of held-out set 44: telephony, mail servers, network monitoring and shop systems.

Each template is written by hand for one file of one tool; values come from gen_h44.G (passed in as g).
"""


def t_freepbx_pjsip_custom(g):
    return f""";
; /etc/asterisk/pjsip.endpoint_custom_post.conf  (FreePBX {g.ver()})
; trunk to the wholesale carrier, added by hand because the GUI drops the outbound proxy
;
[carrier-out](+)
outbound_proxy=sip:{g.IP('carrier_outbound_proxy', v6=0)}\\;lr
from_domain=voice.carrier-nord.eu

[carrier-out-auth]
type=auth
auth_type=userpass
username=4930{g.num(1000000, 9999999)}
password={g.P('trunk_auth_password', 'ini')}

[carrier-out-identify]
type=identify
endpoint=carrier-out
match={g.IP('carrier_signalling_a', v6=0)}
match={g.IP('carrier_signalling_b', v6=0)}
match={g.IP6('carrier_signalling_ipv6')}

; reception desk phone, provisioning pulls this
[201](+)
callerid="Empfang" <201>
[201-auth](+)
password={g.P('extension_password', 'ini', style=g.pick([1, 5]))}
; voicemail to e-mail goes to {g.E('voicemail_recipient')}
; provisioning server {g.priv()}, phone MAC {g.mac()}
"""


def t_wazo_group_vars(g):
    return f"""---
# group_vars/wazo_platform.yml  (ansible, wazo-platform install)
wazo_distribution: wazo-{g.pick(['bookworm', 'trixie'])}
wazo_distribution_upgrade: ""
engine_api_configure_wizard: true
engine_api_root_password: {g.P('engine_api_root_password', 'yaml')}
engine_api_api_client_name: ansible-wizard
engine_api_api_client_password: "{g.P('api_client_password', 'q')}"
engine_api_network:
  hostname: pbx-{g.s(4, 'abcdefghijklmnopqrstuvwxyz')}
  domain: tel.vereinsheim.eu
  interface: eth0
  ip_address: {g.IP('pbx_public_ip', v6=0)}
  netmask: {g.L('netmask', '255.255.255.0')}
  gateway: {g.IP('pbx_gateway', v6=0)}
  nameservers:
    - {g.IP('nameserver_a', v6=0)}
    - {g.IP6('nameserver_ipv6')}
wazo_postgresql_admin_password: !unsafe '{g.P('postgresql_admin_password', 'q')}'
wazo_auth_service_key: {g.K('auth_service_key', 'an32')}
wazo_smtp_relay: {g.priv()}
wazo_admin_email: {g.E('admin_email')}
wazo_sip_trunk:
  host: {g.IP('sip_trunk_host')}
  username: {g.L('sip_user_number', '49' + str(g.num(100000000, 999999999)))}
  password: "{g.P('sip_trunk_password', 'q')}"
# see {g.ref('vault_wazo_license')} for the licence key in the real inventory
"""


def t_issabel_mail_thread(g):
    a, b = g.email_raw(), g.email_raw()
    host = g.pick(['mx.une.net.co', 'mail.movistar.cl'])
    return f"""Return-Path: <{g.Ev('from_address', a)}>
Received: from pbx-sede ({g.IP('received_from_ip', v6=0)}) by {host} with ESMTPSA id {g.s(12, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789')}
	for <{g.Ev('to_address', b)}>; Tue, 3 Mar 2026 09:14:52 -0500
Message-ID: <{g.msgid()}>
In-Reply-To: <{g.msgid()}>
From: Soporte Central <{g.Ev('from_address', a)}>
To: {g.Ev('to_address', b)}
Subject: Re: Issabel caído en la sede norte
Date: Tue, 3 Mar 2026 09:14:51 -0500
Content-Type: text/plain; charset=utf-8

Hola,

ya quedó. El Issabel de la sede norte vuelve a responder en https://{g.IP('issabel_public_ip', v6=0)}/ .
Entra como admin con la clave nueva: {g.P('issabel_admin_password', 'prose')}
(la de antes, {g.P('issabel_old_password', 'prose', style=2)}, ya no sirve).

La base de datos de CDR la dejé con el usuario asteriskuser / {g.P('cdr_db_password', 'prose')} .
El troncal con el operador sigue con la IP {g.IP('operator_trunk_ip')} y el usuario {g.L('sip_user_number', '57' + str(g.num(1000000000, 9999999999)))}.

Por favor no reenvíes este correo. Copia a {g.E('cc_address')}.

Saludos,
-- 
Soporte Central
"""


def t_vitalpbx_k8s_secret(g):
    return f"""apiVersion: v1
kind: Secret
metadata:
  name: vitalpbx-backup
  namespace: telephony
  labels:
    app.kubernetes.io/name: vitalpbx-backup
  annotations:
    owner: {g.E('secret_owner_email')}
type: Opaque
stringData:
  SFTP_HOST: "{g.IP('sftp_host', v6=0)}"
  SFTP_USER: pbxbackup
  SFTP_PASSWORD: "{g.P('sftp_password', 'q')}"
  ENCRYPTION_PASSPHRASE: "{g.P('backup_encryption_passphrase', 'q', style=0)}"
data:
  # base64 of the random API token for the call-recording bucket
  RECORDING_BUCKET_TOKEN: {g.K('recording_bucket_token_b64', 'b64_48')}
  # base64 of the static string "telephony" (namespace marker, not secret)
  NAMESPACE_TAG: {g.L('base64_plain', 'dGVsZXBob255')}
---
apiVersion: v1
kind: ConfigMap
metadata:
  name: vitalpbx-env
  namespace: telephony
data:
  PBX_HOST: "{g.priv()}"
  METRICS_BIND: "{g.unspec()}:9100"
  PUBLIC_SIP_IP: "{g.IP('public_sip_ip')}"
  BUILD: "{g.ssha()}"
"""


def t_flexisip_conf(g):
    return f"""##
## /etc/flexisip/flexisip.conf  (Flexisip {g.ver()}, proxy + presence)
##
[global]
transports=sip:*:5060 sips:*:5061;tls-verify-incoming=0
aliases=sip.kanzlei-wiese.eu {g.IP('proxy_alias_ip', v6=0)}
debug=false

[module::Authentication]
enabled=true
auth-domains=sip.kanzlei-wiese.eu
db-implementation=soci
soci-backend=mysql
soci-connection-string=db='flexisip' user='flexisip' password='{g.P('soci_db_password', 'q')}' host='{g.priv()}'
soci-password-request=SELECT password FROM accounts WHERE login = :id AND domain = :domain
trusted-hosts={g.IP('trusted_host', v6=0)} {g.priv()}

[module::Registrar]
reg-domains=sip.kanzlei-wiese.eu
redis-server-domain={g.priv()}
redis-auth-password={g.P('redis_auth_password', 'ini')}

[module::PushNotification]
enabled=true
firebase-projects-api-keys=kanzlei-app:{g.K('fcm_server_key', 'fcm')}
apple-certificate-dir=/etc/flexisip/apn

[presence-server]
transports=sip:{g.loop()}:5065;transport=tcp
# test account: {g.L('sip_uri', 'sip:test1@sip.kanzlei-wiese.eu')} / password {g.ph('secret')}
"""


def t_pjsua_cfg(g):
    return f"""# pjsua.cfg -- soft-phone test rig for the door intercom (pjsua --config-file pjsua.cfg)
--id "{g.L('sip_uri', 'sip:tuer@sip.' + g.pick(['mnet-online.de', 'wtnet.de']))}"
--registrar sip:{g.IP('sip_registrar_ip', v6=0)}
--realm *
--username tuer
--password {g.P('sip_password', 'shell')}
--proxy sip:{g.IP('sip_outbound_proxy', v6=0)};lr
--stun-srv {g.IP('stun_server', v6=0)}:3478
--auto-answer 200
--null-audio
--max-calls 1
--log-level 3
--local-port 5070
--bound-addr {g.priv()}
# second account, only for the night test
#--next-account
#--id "{g.L('sip_uri', 'sip:nacht@sip.mnet-online.de')}"
#--registrar sip:{g.IP('sip_registrar_ip_night', v6=0)}
#--username nacht
#--password {g.P('sip_password_night', 'shell')}
# TURN on the office server
--use-turn
--turn-srv {g.IP('turn_server', v6=0)}:3478
--turn-user intercom
--turn-passwd {g.P('turn_password', 'shell')}
"""


def t_microsip_ini(g):
    return f"""[Settings]
accountId=1
singleMode=1
ringingSound=
volumeRing=100
audioCodecs=opus/48000/2 PCMA/8000/1 PCMU/8000/1
enableLog=0
updatesInterval=never
[Account1]
label=Büro Zentrale
server=sip.{g.pick(['teleos-web.de', 'mnet-online.de'])}
proxy={g.IP('proxy_ip', v6=0)}
domain=sip.teleos-web.de
username=0049{g.num(10000000, 99999999)}
password={g.P('sip_password', 'ini')}
authID=zentrale
displayName=Zentrale
voicemailNumber=*55
SRTP=optional
transport=udp
publicAddr={g.IP('public_addr')}
[Account2]
label=Homeoffice ({g.E('user_email_label')})
server={g.priv()}
username=212
password={g.P('sip_password_local', 'ini', style=g.pick([2, 3, 4]))}
"""


def t_kopano_server_cfg(g):
    return f"""##############################################################
# /etc/kopano/server.cfg (excerpt, Kopano Core {g.ver()})
server_bind = {g.loop()}
server_hostname = mail.kanzlei-wiese.eu
server_listen = *:236
server_listen_tls = *:237
database_engine = mysql
mysql_host = {g.priv()}
mysql_port = 3306
mysql_user = kopano
mysql_password = {g.P('mysql_password', 'ini')}
mysql_database = kopano
attachment_storage = files
attachment_path = /var/lib/kopano/attachments
# SSO via Kerberos was never finished
server_ssl_key_file = /etc/kopano/ssl/server.pem
server_ssl_key_pass = {g.P('ssl_key_pass', 'ini')}
local_admin_users = root kopano
system_email_address = {g.E('system_email_address')}
hide_everyone = yes
# LDAP (/etc/kopano/ldap.cfg, pasted here during the migration)
ldap_uri = ldaps://{g.IP('ldap_uri_host', v6=0)}:636
ldap_bind_user = cn=kopano,ou=services,dc=kanzlei-wiese,dc=eu
ldap_bind_passwd = {g.P('ldap_bind_passwd', 'ini')}
# postmaster forwarding: {g.E('postmaster_forward')}
"""


def t_grommunio_mysql_adaptor(g):
    return f"""# /etc/gromox/mysql_adaptor.cfg
mysql_host={g.priv()}
mysql_port=3306
mysql_username=grommunio
mysql_password={g.P('mysql_password', 'ini')}
mysql_dbname=grommunio
schema_upgrade=host:mail01.kanzlei-wiese.eu

# /etc/grommunio-admin-api/conf.d/admin.yaml  (excerpt)
#   DB:
#     host: '{g.priv()}'
#     user: 'grommunio'
#     pass: '{g.P('admin_api_db_pass', 'q')}'
#   security:
#     jwtPrivateKeyFile: /etc/grommunio-admin-api/jwt-privkey.pem
#   sync:
#     defaultPolicy: {{}}
#   chat:
#     connection:
#       server: {g.IP('chat_server_ip', v6=0)}
#       login_id: {g.E('chat_login_id')}
#       password: '{g.P('chat_password', 'q')}'
#   keycloak secret (unused): {g.K('keycloak_client_secret', 'an32')}

# relay for outgoing mail (postfix main.cf excerpt)
# relayhost = [{g.IP('relayhost', v6=0)}]:587
# smtp_sasl_password_maps = hash:/etc/postfix/sasl_passwd
# sasl_passwd: [relay.{g.pick(['paradise.net.nz', 'cogeco.ca'])}]:587 {g.E('relay_login')}:{g.P('relay_password', 'plain')}
"""


def t_cypht_env(g):
    return f"""# cypht .env (docker)
AUTH_TYPE=IMAP
IMAP_AUTH_NAME=Kanzleipost
IMAP_AUTH_SERVER={g.IP('imap_server', v6=0)}
IMAP_AUTH_PORT=993
IMAP_AUTH_TLS=true
DEFAULT_SMTP_NAME=Kanzleipost
DEFAULT_SMTP_SERVER={g.priv()}
DEFAULT_SMTP_PORT=587
DEFAULT_SMTP_TLS=true
DB_CONNECTION_TYPE=host
DB_DRIVER=mysql
DB_HOST={g.priv()}
DB_NAME=cypht
DB_USER=cypht
DB_PASS={g.P('db_pass', 'ini')}
CYPHT_DOTENV=/usr/local/share/cypht/.env
USER_CONFIG_TYPE=DB
# first login created by the entrypoint
CYPHT_AUTH_USERNAME={g.E('initial_login')}
CYPHT_AUTH_PASSWORD={g.P('initial_password', 'ini')}
# feeds module: token of the internal news feed
FEED_TOKEN={g.K('feed_token', 'hex40')}
# github module (unused): client id {g.L('client_id', 'Iv1.' + g.hex(16))}
GITHUB_CLIENT_SECRET={g.K('oauth_client_secret', 'hex40')}
"""


def t_horde_conf_php(g):
    return f"""<?php
/* CONFIG START. DO NOT CHANGE ANYTHING IN OR AFTER THIS LINE. */
// $Id: {g.sha1()} $
$conf['vhosts'] = false;
$conf['debug_level'] = E_ALL & ~E_DEPRECATED;
$conf['max_exec_time'] = 0;
$conf['compress_pages'] = true;
$conf['umask'] = 077;
$conf['session']['name'] = 'Horde';
$conf['sql']['username'] = 'horde';
$conf['sql']['password'] = '{g.P('sql_password', 'q')}';
$conf['sql']['hostspec'] = '{g.priv()}';
$conf['sql']['port'] = 3306;
$conf['sql']['protocol'] = 'tcp';
$conf['sql']['database'] = 'horde';
$conf['sql']['phptype'] = 'mysqli';
$conf['auth']['admins'] = array('{g.E('horde_admin')}');
$conf['auth']['driver'] = 'imap';
$conf['auth']['params']['hostspec'] = '{g.IP('imap_hostspec')}';
$conf['mailer']['params']['host'] = '{g.priv()}';
$conf['mailer']['params']['username'] = '{g.E('mailer_username')}';
$conf['mailer']['params']['password'] = '{g.P('mailer_password', 'q')}';
$conf['mailer']['type'] = 'smtp';
$conf['secret_key'] = '{g.K('secret_key', 'uuid')}';
$conf['problems']['email'] = '{g.E('problems_email')}';
$conf['problems']['maildomain'] = 'kanzlei-wiese.eu';
$conf['alarms']['driver'] = 'Sql';
/* CONFIG END. DO NOT CHANGE ANYTHING IN OR BEFORE THIS LINE. */
"""


def t_librespeed_telemetry_php(g):
    return f"""<?php

// results/telemetry_settings.php -- LibreSpeed on the club's speedtest VM

$db_type = 'postgresql'; // Type of db: "mysql", "sqlite" or "postgresql"
$stats_password = '{g.P('stats_password', 'q')}'; // password to login to stats.php. Change this!!!
$enable_id_obfuscation = true;
$redact_ip_addresses = false;

// Sqlite3 settings
$Sqlite_db_file = '../../speedtest_telemetry.sql';

// PostgreSQL settings
$PostgreSql_username = 'speedtest';
$PostgreSql_password = '{g.P('postgresql_password', 'q')}';
$PostgreSql_hostname = '{g.priv()}';
$PostgreSql_databasename = 'speedtest';

// ipinfo.io token for the ISP lookup
$IPINFO_APIKEY = '{g.Kv('ipinfo_api_key', g.hex(14))}';

// servers list shown to users (servers.json is generated from this)
// [{{"name":"Vereinsheim (DE)","server":"//{g.IP('speedtest_server_de', v6=0)}/","id":1}},
//  {{"name":"Backup (NL)","server":"//[{g.IP6('speedtest_server_nl_ipv6')}]/","id":2}}]
// test client used for the screenshots: {g.docip()}, {g.docip6()}
"""


def t_pmacct_conf(g):
    return f"""! /etc/pmacct/nfacctd.conf -- flow collector for the campus border
daemonize: true
pidfile: /var/run/nfacctd.pid
syslog: daemon
nfacctd_port: 2100
nfacctd_ip: {g.unspec()}
nfacctd_time_new: true
plugins: pgsql[border], print[debug]
aggregate[border]: src_host, dst_host, src_port, dst_port, proto, peer_src_ip
sql_host[border]: {g.priv()}
sql_db[border]: pmacct
sql_user[border]: pmacct
sql_passwd[border]: {g.P('sql_passwd', 'ini')}
sql_refresh_time[border]: 60
sql_history[border]: 5m
print_output_file[debug]: /tmp/flows-debug.json
print_output[debug]: json
! exporters we accept flows from
nfacctd_allow_file: /etc/pmacct/allow.lst
!   allow.lst: {g.IP('exporter_router_a', v6=0)}
!   allow.lst: {g.IP6('exporter_router_ipv6')}
!   allow.lst: {g.priv()}
! BGP feed from the border router for AS paths
bgp_daemon: true
bgp_daemon_ip: {g.priv()}
bgp_daemon_max_peers: 2
bgp_agent_map: /etc/pmacct/agent.map
!   agent.map: bgp_ip={g.IP('bgp_peer_ip', v6=0)} ip={g.IP('bgp_agent_ip', v6=0)}
bgp_daemon_md5_file: /etc/pmacct/bgp_md5.lst
!   bgp_md5.lst: {g.IP('bgp_md5_peer', v6=0)}, {g.P('bgp_md5_password', 'plain')}
"""


def t_akvorado_yaml(g):
    return f"""---
# akvorado.yaml -- flow analytics for the regional IX
clickhouse:
  servers:
    - {g.priv()}:9000
  username: akvorado
  password: {g.P('clickhouse_password', 'yaml')}
kafka:
  brokers:
    - {g.priv()}:9092
  sasl:
    username: akvorado
    password: "{g.P('kafka_sasl_password', 'q')}"
    mechanism: scram-sha512
inlet:
  flow:
    inputs:
      - type: udp
        decoder: netflow
        listen: {g.unspec()}:2055
  metadata:
    provider:
      type: snmp
      credentials:
        {g.L('private_ip', '10.0.0.0')}/8:
          communities: {g.P('snmp_community', 'yaml', style=g.pick([1, 5, 7]))}
        {g.IP('member_prefix_base', v6=0)}/28:
          user-name: akvorado
          authentication-protocol: SHA
          authentication-passphrase: {g.P('snmpv3_auth_passphrase', 'yaml')}
          privacy-protocol: AES
          privacy-passphrase: {g.P('snmpv3_privacy_passphrase', 'yaml')}
  routing:
    provider:
      type: bioris
      ris-instances:
        - grpc-addr: {g.IP('ris_grpc_host', v6=0)}:4321
          grpc-secure: true
console:
  http:
    listen: {g.loop()}:8080
  authentication:
    headers:
      login: Remote-User
      email: Remote-Email
    default-user:
      login: guest
      email: {g.remail('guest')}
  geoip:
    maxmind-license-key: {g.Kv('maxmind_license_key', g.s(6) + '_' + g.s(29))}
"""


def t_unimus_properties(g):
    return f"""# /etc/unimus/unimus.properties -- Unimus network config backup
database.type=POSTGRESQL
database.host={g.priv()}
database.port=5432
database.name=unimus
database.user=unimus
database.password={g.P('database_password', 'ini')}
database.encryption.key={g.K('database_encryption_key', 'b64_32')}

# API token for the ticket-system integration (Settings > API tokens, created by {g.E('token_creator_email')})
# curl -H "Authorization: Bearer <token>" https://{g.IP('unimus_public_host', v6=0)}:8085/api/v2/health
api.integration.token={g.K('api_token', 'jwt')}

# Core connections from the remote sites (Unimus Core on each site, access key per core)
core.site-north.access-key={g.K('core_access_key', 'an40')}
core.site-south.access-key={g.K('core_access_key', 'an40')}
# default device credentials pushed by the discovery job (rotate!)
# ssh admin / {g.P('default_device_password', 'plain')} , enable {g.P('default_enable_password', 'plain', style=g.pick([2, 3, 8]))}
"""


def t_icinga2_api_users(g):
    return f"""/**
 * /etc/icinga2/conf.d/api-users.conf
 * The director and the dashboards talk to the API with these users.
 */

object ApiUser "root" {{
  password = "{g.P('api_root_password', 'q')}"
  // client_cn = ""
  permissions = [ "*" ]
}}

object ApiUser "director" {{
  password = "{g.P('api_director_password', 'q')}"
  permissions = [ "object/modify/*", "object/query/*", "status/query", "actions/*", "events/*" ]
}}

object ApiUser "dashing" {{
  password = "{g.P('api_dashing_password', 'q', style=g.pick([2, 3, 4, 8]))}"
  permissions = [ "status/query", "objects/query/*" ]
}}

/* notification user, mails go through the relay at {g.IP('relay_ip', v6=0)} */
object User "netops" {{
  display_name = "Network on-call"
  email = "{g.E('netops_email')}"
  pager = "{g.E('netops_pager_email')}"
  vars.messenger_chat_id = "{g.L('chat_id', '-100' + str(g.num(1000000000, 9999999999)))}"
}}
const TicketSalt = "{g.K('ticket_salt', 'hex32')}"
const NodeName = "master1.mon.kanzlei-wiese.eu"
"""


def t_papercut_server_properties(g):
    return f"""### /opt/papercut/server/server.properties ###
# Print accounting for the school (PaperCut MF {g.ver()})
server.port=9191
server.ssl.port=9192
server.ssl.keystore=custom/my-ssl-keystore
server.ssl.keystore-password={g.P('keystore_password', 'ini')}
server.ssl.key-password={g.P('key_password', 'ini')}

database.type=PostgreSQL
database.driver=org.postgresql.Driver
database.url=jdbc:postgresql://{g.priv()}:5432/papercut
database.username=papercut
database.password={g.P('database_password', 'ini')}

# site server at the annex (talks to the primary over the WAN)
site-server.primary-host={g.IP('primary_server_public', v6=0)}
# mobility print cloud connector
mobility.cloud.token={g.K('mobility_cloud_token', 'b64u43')}
# health API key, used by the monitoring (Options > Advanced > System health)
health.api.key={g.K('health_api_key', 'an32')}
admin.notify.email={g.E('admin_notify_email')}
"""


def t_unicenta_properties(g):
    return f"""#unicenta-opos.properties
#{g.L('timestamp', 'Tue Mar 03 11:42:17 CET 2026')}
db.driver=com.mysql.jdbc.Driver
db.driverlib=/opt/unicentaopos/lib/mysql-connector-java.jar
db.engine=MySQL
db.URL=jdbc\\:mysql\\://{g.priv()}\\:3306/unicentaopos
db.user=kasse1
db.password={g.P('db_password', 'ini')}
db1.name=Filiale Hafen
db1.URL=jdbc\\:mysql\\://{g.IP('branch_db_ip', v6=0)}\\:3306/unicentaopos_hafen
db1.user=kasse-hafen
db1.password={g.P('branch_db_password', 'ini')}
machine.hostname=KASSE-01
machine.printer=epson\\:file,/dev/usb/lp0
payment.gateway=external
payment.merchantid={g.L('merchant_id', str(g.num(10000000, 99999999)))}
payment.merchantkey={g.K('payment_merchant_key', 'hex40')}
swing.defaultlaf=com.formdev.flatlaf.FlatLightLaf
user.language=de
# support contact of the POS vendor: {g.E('pos_vendor_support')}
"""


TEMPLATES = [
    ("freepbx_pjsip_custom", "ini", "etc/asterisk/pjsip.endpoint_custom_post.conf", t_freepbx_pjsip_custom),
    ("wazo_group_vars", "yaml", "ansible/group_vars/wazo_platform.yml", t_wazo_group_vars),
    ("issabel_mail_thread", "email", "mail/issabel-sede-norte.eml", t_issabel_mail_thread),
    ("vitalpbx_k8s_secret", "yaml", "k8s/telephony/vitalpbx-backup.yaml", t_vitalpbx_k8s_secret),
    ("flexisip_conf", "ini", "etc/flexisip/flexisip.conf", t_flexisip_conf),
    ("pjsua_cfg", "text", "intercom/pjsua.cfg", t_pjsua_cfg),
    ("microsip_ini", "ini", "AppData/Roaming/MicroSIP/MicroSIP.ini", t_microsip_ini),
    ("kopano_server_cfg", "text", "etc/kopano/server.cfg", t_kopano_server_cfg),
    ("grommunio_mysql_adaptor", "text", "etc/gromox/mysql_adaptor.cfg", t_grommunio_mysql_adaptor),
    ("cypht_env", "env", "cypht/.env", t_cypht_env),
    ("horde_conf_php", "php", "horde/config/conf.php", t_horde_conf_php),
    ("librespeed_telemetry_php", "php", "speedtest/results/telemetry_settings.php", t_librespeed_telemetry_php),
    ("pmacct_conf", "text", "etc/pmacct/nfacctd.conf", t_pmacct_conf),
    ("akvorado_yaml", "yaml", "akvorado/akvorado.yaml", t_akvorado_yaml),
    ("unimus_properties", "properties", "etc/unimus/unimus.properties", t_unimus_properties),
    ("icinga2_api_users", "text", "etc/icinga2/conf.d/api-users.conf", t_icinga2_api_users),
    ("papercut_server_properties", "properties", "papercut/server/server.properties", t_papercut_server_properties),
    ("unicenta_properties", "properties", "unicenta/unicenta-opos.properties", t_unicenta_properties),
]
