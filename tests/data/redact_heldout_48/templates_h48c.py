"""Templates 39-57 of held-out set 48 (each written one by one)."""

ORDER = [
    "webmin_miniserv_conf", "ispconfig_remote_soap_php", "hestiacp_setup_sh", "cyberpanel_cli_transcript",
    "aapanel_ticket_eml", "froxlor_userdata_php", "ajenti_config_yml", "totara_config_php",
    "openclinic_db_properties_es", "hospitalrun_couch_local_ini", "openelis_context_xml_fr", "typebot_env",
    "ohmyform_compose_yaml", "mailtrain_production_yaml", "dittofeed_helm_values", "nipap_conf",
    "device42_import_ps1", "pimcore_database_yaml", "bludit_users_php",
]


def t_webmin_miniserv_conf(g):
    return "conf", "/etc/webmin/miniserv.conf", f"""port=10000
root=/usr/share/webmin
mimetypes=/usr/share/webmin/mime.types
addtype_cgi=internal/cgi
realm=Webmin Server
logfile=/var/webmin/miniserv.log
errorlog=/var/webmin/miniserv.error
pidfile=/var/webmin/miniserv.pid
logtime=168
ssl=1
no_ssl2=1
no_ssl3=1
ssl_honorcipherorder=1
env_WEBMIN_CONFIG=/etc/webmin
env_WEBMIN_VAR=/var/webmin
atboot=1
logout=/etc/webmin/logout-flag
listen=10000
denyfile=\\.cgi$
log=1
blockhost_failures=5
blockhost_time=60
syslog=1
ipv6=1
session=1
premodules=WebminCore
server=MiniServ/{g.version(parts=2)}
userfile=/etc/webmin/miniserv.users
keyfile=/etc/webmin/miniserv.pem
allow={g.priv()} {g.ip("allowed_admin_ip")} {g.ip6("allowed_admin_ipv6")} {g.loop()} {g.loop6()}
# when DHCP fails the box falls back to {g.ll4()}; that address is not in the allow list on purpose
# remote Webmin server in the cluster module, with its login
# cluster_host={g.ip("cluster_host", 0.0)} cluster_user=root cluster_pass={g.pw("cluster_root_password", "shell")}
twofactor_provider=totp
# TOTP seed for root (base32), from webmin.acl: {g.keyv("totp_secret", g.s(32, "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"))}
referers_none=1
passwd_mode=0
preroot=authentic-theme
# notification address for failed logins
failed_script_email={g.email("failed_login_email")}
# miniserv.users entry, hashed: root:{g.lk("hashed_password", "$6$" + g.s(16, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789./") + "$" + g.s(86, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789./"))}:0
"""


def t_ispconfig_remote_soap_php(g):
    panel = g.ip4_raw()
    return "php", "scripts/ispconfig_add_mailbox.php", f"""<?php
// Adds a mailbox through the ISPConfig remote API (SOAP). Run from the ops box only.
$username = 'remote_mailops';
$password = '{g.pw("remote_api_password", "quoted")}';
$soap_location = 'https://{g.ipv("ispconfig_panel", panel)}:8080/remote/index.php';
$soap_uri = 'https://{g.ipv("ispconfig_panel", panel)}:8080/remote/';

$client = new SoapClient(null, array('location' => $soap_location, 'uri' => $soap_uri,
    'trace' => 1, 'exceptions' => 1,
    'stream_context' => stream_context_create(array('ssl' => array('verify_peer' => false)))));

try {{
    if ($session_id = $client->login($username, $password)) {{
        echo 'Logged successfull. Session ID:' . $session_id . "\\n";
    }}
    $client_id = 4;
    $params = array(
        'server_id' => 1,
        'email' => '{g.email("new_mailbox")}',
        'login' => '{g.email("new_mailbox_login")}',
        'password' => '{g.pw("mailbox_password", "quoted")}',
        'name' => '{g.person()}',
        'uid' => 5000, 'gid' => 5000,
        'maildir' => '/var/vmail/x',
        'quota' => 2147483648,
        'cc' => '{g.email("forward_cc")}',
        'homedir' => '/var/vmail',
        'autoresponder' => 'n',
        'move_junk' => 'y',
        'postfix' => 'y',
        'disableimap' => 'n',
    );
    $mailuser_id = $client->mail_user_add($session_id, $client_id, $params);
    echo "New mailuser: " . $mailuser_id . "\\n";
    // old example from the docs, keep for reference: 'email' => '{g.resmail("joe")}'
    $client->logout($session_id);
}} catch (SoapFault $e) {{
    echo $client->__getLastResponse();
    die('SOAP Error: ' . $e->getMessage());
}}
// second panel (slave) at {g.priv()}; API user there uses {g.pw("slave_api_password", "plain")}
"""


def t_hestiacp_setup_sh(g):
    backup = g.ip("backup_host")
    return "shell", "ops/hestia-provision.sh", f"""#!/bin/bash
# Provision a new customer on the Hestia panel. Usage: ./hestia-provision.sh
set -e
HESTIA=/usr/local/hestia/bin
CUSTOMER=coppiceford
DOMAIN=coppiceford.org

# 1) user with package "small"
$HESTIA/v-add-user "$CUSTOMER" '{g.pw("panel_user_password", "shell")}' {g.email("customer_email")} small "Coppiceford Parish"
# 2) web + dns on the shared public IP
$HESTIA/v-add-web-domain "$CUSTOMER" "$DOMAIN" {g.ip("shared_web_ip", 0.0)}
$HESTIA/v-add-dns-domain "$CUSTOMER" "$DOMAIN" {g.ip("dns_ip", 0.0)} ns1.hostingco.is ns2.hostingco.is
$HESTIA/v-add-dns-record "$CUSTOMER" "$DOMAIN" @ AAAA {g.ip6("aaaa_record_ipv6")}
# 3) database
$HESTIA/v-add-database "$CUSTOMER" wp wp '{g.pw("database_password", "shell")}' mysql
# 4) mail accounts
$HESTIA/v-add-mail-domain "$CUSTOMER" "$DOMAIN"
$HESTIA/v-add-mail-account "$CUSTOMER" "$DOMAIN" office '{g.pw("mail_account_password", "shell")}'
$HESTIA/v-add-mail-account "$CUSTOMER" "$DOMAIN" vicar '{g.pw("mail_account_password", "shell")}'
# 5) ftp for the web designer
$HESTIA/v-add-web-domain-ftp "$CUSTOMER" "$DOMAIN" designer '{g.pw("ftp_password", "shell")}'
# 6) API key for the billing system (prints access:secret once)
# output on {g.date()}: {g.keyv("hestia_access_key", g.s(20, "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"))}:{g.keyv("hestia_secret_key", g.s(40, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_-"))}
# 7) notify
echo "Account ready: https://$DOMAIN (panel https://{g.ip("panel_ip", 0.0)}:8083)" | mail -s "Hosting ready" {g.email("notify_customer")}
# panel itself answers on {g.priv()} internally; backups go to {backup} via sftp
$HESTIA/v-add-backup-host sftp {backup} hestia-backup '{g.pw("backup_sftp_password", "shell")}' /backups 22
"""


def t_cyberpanel_cli_transcript(g):
    vps = f"vps-{g.num(100, 999)}"
    return "text", "notes/cyberpanel-session.txt", f"""root@{vps}:~# cyberpanel createWebsite --package Default --owner admin --domainName shop.tarrow.store --email {g.email("website_email")} --php 8.1
{{"success": 1, "errorMessage": "None"}}
root@{vps}:~# cyberpanel createDatabase --databaseWebsite shop.tarrow.store --dbName tarr_shop --dbUsername tarr_shop --dbPassword {g.pw("database_password", "shell")}
{{"success": 1, "errorMessage": "None"}}
root@{vps}:~# cyberpanel createEmail --domainName shop.tarrow.store --userName orders --password {g.pw("email_account_password", "shell")}
{{"success": 1, "errorMessage": "None"}}
root@{vps}:~# cyberpanel createFTPAccount --domainName shop.tarrow.store --userName designer --password {g.pw("ftp_password", "shell")} --owner admin
{{"success": 1, "errorMessage": "None"}}
root@{vps}:~# adminPass {g.pw("admin_panel_password", "shell")}
Admin password successfully changed!
root@{vps}:~# cat /etc/cyberpanel/mysqlPassword
{g.pw("mysql_root_password", "word")}
root@{vps}:~# curl -s https://{g.ip("panel_ip", 0.0)}:8090/api/verifyConn -d '{{"adminUser":"admin","adminPass":"{g.pw("api_admin_password", "json")}"}}' -k
{{"verifyConn": 1, "error_message": "None"}}
root@{vps}:~# ip -br a
lo               UNKNOWN        {g.loop()}/8 {g.loop6()}/128
eth0             UP             {g.ip("eth0_ipv4", 0.0)}/24 {g.ip6("eth0_ipv6")}/64 {g.ll6()}/64
root@{vps}:~# cat /root/.litespeed_admin
admin:{g.lk("hashed_password", "$1$" + g.s(8) + "$" + g.s(22, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789./"))}
root@{vps}:~# version
CyberPanel {g.version(parts=2)} build {g.num(1, 9)}, OpenLiteSpeed {g.version()}
"""


def t_aapanel_ticket_eml(g):
    cust = g.email("customer_email")
    agent = g.email("support_agent", "aapanel-support.net")
    mid = g.lk("message_id", f"{g.hx(16)}.{g.num(1000, 9999)}@aapanel-support.net")
    return "email", "tickets/aapanel-48213.eml", f"""Return-Path: <{agent}>
Received: from mx2.aapanel-support.net ({g.ip("received_from")}) by mx.intnet.mu with ESMTPS id {g.lk("smtp_queue_id", g.s(10, "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789"))}
From: aaPanel Support <{agent}>
To: {cust}
Subject: Re: [Ticket #48213] panel unreachable after changing the security entrance
Message-ID: <{mid}>
Date: Wed, 13 Mar 2024 09:41:17 +0800
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8

Hello,

Thank you for the details. We logged in with the temporary credentials you provided:

  Panel:     https://{g.ip("panel_ip", 0.0)}:7800/{g.lk("security_entrance", g.s(8, "abcdefghijklmnopqrstuvwxyz0123456789"))}
  Username:  {g.s(8, "abcdefghijklmnopqrstuvwxyz0123456789")}
  Password:  {g.pw("panel_password", "prose")}

The problem was the firewall rule: port 7800 was only open for {g.ip("allowed_ip")}. We added your new office
address {g.ip("office_ip")} as well. Please change the panel password now that we are done; you can run
`bt 5` on the server to do that. The MySQL root password we reset at your request is
{g.pw("mysql_root_password", "prose")} (shown in the panel under Databases > root password).

For the API integration you asked about: enable it under Settings > API, the key looks like
{g.keyv("panel_api_key", g.s(32))} (this is the one on your server, created today) and the IP whitelist must contain
the calling server, e.g. {g.priv()} if you call from the LAN.

Best regards,
aaPanel Support

On Tue, 12 Mar 2024, {cust} wrote:
> After I changed the security entrance the panel gives 404. Server {g.ip("server_ip", 0.0)}, aaPanel {g.version()}.
> SSH root login is {g.pw("ssh_root_password", "prose")} for the next 24 hours.
"""


def t_froxlor_userdata_php(g):
    return "php", "froxlor/lib/userdata.inc.php", f"""<?php
// automatically generated userdata.inc.php for froxlor
$sql['host'] = '{g.ip("sql_host")}';
$sql['user'] = 'froxlor';
$sql['password'] = '{g.pw("sql_password", "quoted")}';
$sql['db'] = 'froxlor';
$sql_root[0]['caption'] = 'Default';
$sql_root[0]['host'] = '{g.loop()}';
$sql_root[0]['user'] = 'froxroot';
$sql_root[0]['password'] = '{g.pw("sql_root_password", "quoted")}';
// second database server for customer databases
$sql_root[1]['caption'] = 'db02 (customer DBs)';
$sql_root[1]['host'] = '{g.ip("sql_root_host", 0.2)}';
$sql_root[1]['user'] = 'froxroot';
$sql_root[1]['password'] = '{g.pw("sql_root_password", "quoted")}';
$sql['debug'] = false;
// install info: froxlor {g.version()} installed {g.date()} by {g.email("installer_email")}
// admin panel login is "admin", password hash in panel_admins:
// {g.lk("hashed_password", "$2y$10$" + g.s(53, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789./"))}
"""


def t_ajenti_config_yml(g):
    return "yaml", "/etc/ajenti/config.yml", f"""auth:
  allow_sudo: true
  emails:
    {g.email("login_email")}: root
    {g.email("login_email")}: ops
  provider: os
  user_config: os
bind:
  host: {g.unspec()}
  mode: tcp
  port: 8000
color: default
lang: en
name: ajenti-{g.num(1, 9)}.wherrymoor.net
max_sessions: 9
trusted_domains: []
trusted_proxies:
  - {g.loop()}
  - {g.priv()}
  - {g.ip("trusted_proxy")}
session_max_time: 3600
restricted_user: nobody
logo: /srv/dev/ajenti/ajenti-panel/aj/static/images/Logo.png
ssl:
  certificate: /etc/ajenti/ajenti.pem
  fqdn_certificate: /etc/ajenti/ajenti.pem
  enable: true
  force: false
  client_auth:
    certificates:
      - digest: {g.lk("cert_fingerprint", ":".join(g.hx(2, upper=True) for _ in range(20)))}
        name: C=NA,ST=NA,O=ops-laptop,CN=ops
        serial: {g.num(10**38, 10**39)}
        user: root
    enable: true
    force: false
email_config:
  enable: true
  templates:
    reset_email: /etc/ajenti/reset_email.html
  smtp:
    port: starttls
    server: {g.ip("smtp_server", 0.0)}
    user: {g.email("smtp_user")}
    password: {g.pw("smtp_password", "yaml")}
# TOTP for user root (config was copied out of /etc/ajenti/totp.yml):
totp:
  root:
    - created: {g.ts()}
      description: phone
      secret: {g.keyv("totp_secret", g.s(32, "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"))}
"""


def t_totara_config_php(g):
    return "php", "totara/config.php", f"""<?php  // Totara configuration file

unset($CFG);
global $CFG;
$CFG = new stdClass();

$CFG->dbtype    = 'pgsql';
$CFG->dblibrary = 'native';
$CFG->dbhost    = '{g.ip("db_host")}';
$CFG->dbname    = 'totara';
$CFG->dbuser    = 'totara';
$CFG->dbpass    = '{g.pw("db_password", "quoted")}';
$CFG->prefix    = 'ttr_';
$CFG->dboptions = array('dbpersist' => false, 'dbport' => 5432);

$CFG->wwwroot   = 'https://learn.larchmere-fibre.coop';
$CFG->dataroot  = '/var/totaradata';
$CFG->directorypermissions = 02777;

// Outgoing mail
$CFG->smtphosts = '{g.ip("smtp_host", 0.0)}:587';
$CFG->smtpsecure = 'tls';
$CFG->smtpuser = '{g.email("smtp_user")}';
$CFG->smtppass = '{g.pw("smtp_password", "quoted")}';
$CFG->noreplyaddress = '{g.resmail("noreply")}';
$CFG->supportemail = '{g.email("support_email")}';

// Redis session handler
$CFG->session_handler_class = '\\core\\session\\redis';
$CFG->session_redis_host = '{g.priv()}';
$CFG->session_redis_auth = '{g.pw("redis_auth", "quoted")}';

// Site registration & integrations
$CFG->registrationcode = '{g.lk("site_identifier", g.hx(32))}';
$CFG->forced_plugin_settings = array(
    'totara_contentmarketplace' => array('go1_client_secret' => '{g.key("marketplace_client_secret", "an40")}'),
    'tool_objectfs' => array('s3_key' => '{g.pkey("s3_access_key_id", "akia")}', 's3_secret' => '{g.pkey("s3_secret", "aws_secret")}'),
);
// Cron over HTTP with a password (remote cron from the scheduler at {g.ip("scheduler_host")})
$CFG->cronremotepassword = '{g.pw("cron_remote_password", "quoted")}';
$CFG->passwordsaltmain = '{g.key("password_salt_main", "b64_32")}';

require_once(__DIR__ . '/lib/setup.php');
// Totara {g.version()} (Build: {g.build_id()})
"""


def t_openclinic_db_properties_es(g):
    return "properties", "openclinic/WEB-INF/classes/db.properties", f"""# OpenClinic GA -- parámetros de conexión (hospital distrital)
# Mantenido por: {g.email("responsable_ti")}
# Última revisión {g.date()} tras la migración al servidor nuevo
db.admin.driver=com.mysql.cj.jdbc.Driver
db.admin.url=jdbc:mysql://{g.br(g.ip("db_admin_host"))}:3306/ocadmin_dbo?useSSL=false
db.admin.user=openclinic
db.admin.password={g.pw("db_admin_password", "ini")}
db.openclinic.url=jdbc:mysql://{g.priv()}:3306/openclinic_dbo
db.openclinic.user=openclinic
db.openclinic.password={g.pw("db_openclinic_password", "ini")}
# Réplica de lectura para estadísticas (no escribir aquí)
db.stats.url=jdbc:mysql://{g.ip("db_stats_host", 0.0)}:3306/openclinic_dbo
db.stats.password={g.pw("db_stats_password", "ini")}
# Correo saliente: avisos de resultados de laboratorio
mail.smtp.host={g.ip("smtp_host", 0.0)}
mail.smtp.user={g.email("smtp_user")}
mail.smtp.password={g.pw("smtp_password", "ini")}
mail.from={g.email("mail_from")}
# Envío de SMS a pacientes (pasarela del operador); clave de la API
sms.gateway.url=https://sms.operador-movil.invalid/send
sms.gateway.apikey={g.key("sms_gateway_apikey", g.pick(["an32", "hex40"]))}
# Contraseña del usuario "4" (administrador) en texto claro, solo para la instalación; cámbiela:
# {g.pw("admin_install_password", "plain")}
# La contraseña por defecto del instalador es "{g.ph("overmeer", "default_password")}" (documentada en el manual).
# Sincronización con el servidor nacional: usuario y clave
sync.national.url=https://{g.ip("national_server", 0.0)}/api
sync.national.user=hd_{g.num(10, 99)}
sync.national.password={g.pw("national_sync_password", "ini")}
# Licencia del módulo de imágenes (PACS)
pacs.license={g.key("pacs_licence_key", "uuid")}
# versión {g.version()}; OID de la institución {g.oid()}
"""


def t_hospitalrun_couch_local_ini(g):
    return "ini", "couchdb/etc/local.ini", f"""; CouchDB configuration for the HospitalRun deployment.
; Settings in this file override default.ini.

[couchdb]
uuid = {g.lk("couchdb_uuid", g.hx(32))}
single_node = true

[chttpd]
port = 5984
bind_address = {g.unspec()}

[couch_httpd_auth]
secret = {g.key("couch_auth_secret", "hex32")}
require_valid_user = true
timeout = 1200

[httpd]
enable_cors = true

[cors]
origins = https://hospitalrun.ahokava-clinic.to, http://{g.priv()}:3000
credentials = true

[admins]
; plain text here is hashed by CouchDB on first start
admin = {g.pw("couch_admin_password", "ini")}
hradmin = {g.lk("hashed_password", "-pbkdf2-" + g.hx(40) + "," + g.hx(32) + ",10")}

[replicator]
; nightly push to the off-site node
; target: https://replicator:{g.pw("replication_password", "url")}@{g.br(g.ip("offsite_node"))}:6984/main
max_jobs = 50

[ssl]
enable = false

; server admin contact: {g.email("server_admin")}
; HospitalRun server config keys (from server/config.js):
;   couchAdminUser = "couchadmin", couchAdminPassword = "{g.pw("couch_admin_password_js", "quoted")}"
;   googleClientId = "{g.lk("client_id", str(g.num(10**11, 10**12)) + "-" + g.s(32, "abcdefghijklmnopqrstuvwxyz0123456789") + ".apps.googleusercontent.com")}"
;   googleClientSecret = "{g.keyv("google_client_secret", "GOCSPX-" + g.s(28))}"
;   serverInfo = "{g.email("server_info_email")}"
; couchdb version {g.version()}
"""


def t_openelis_context_xml_fr(g):
    return "xml", "tomcat/conf/Catalina/localhost/OpenELIS.xml", f"""<?xml version="1.0" encoding="UTF-8"?>
<!-- Contexte Tomcat pour OpenELIS Global (laboratoire national).
     Responsable : {g.email("responsable")} ; dernière mise à jour {g.date()}.
     Le mot de passe de la base ci-dessous est aussi dans le coffre, NE PAS le réutiliser ailleurs. -->
<Context path="/OpenELIS" docBase="OpenELIS-Global.war" reloadable="false" crossContext="true">
    <Resource name="jdbc/LimsDS" auth="Container" type="javax.sql.DataSource"
              factory="org.apache.tomcat.jdbc.pool.DataSourceFactory"
              driverClassName="org.postgresql.Driver"
              url="jdbc:postgresql://{g.br(g.ip("db_host"))}:5432/clinlims"
              username="clinlims"
              password="{g.pw("db_password", "xml")}"
              maxActive="50" maxIdle="10" validationQuery="SELECT 1"/>
    <Environment name="org.openelisglobal.fhirstore.uri" value="https://{g.priv()}:8443/fhir/" type="java.lang.String"/>
    <Environment name="org.openelisglobal.remote.source.uri" value="https://{g.ip("remote_source", 0.0)}:8444/fhir/" type="java.lang.String"/>
    <Environment name="org.openelisglobal.keystore.password" value="{g.pw("keystore_password", "xml")}" type="java.lang.String"/>
    <Environment name="org.openelisglobal.truststore.password" value="{g.pw("truststore_password", "xml")}" type="java.lang.String"/>
    <!-- Envoi des résultats par courriel -->
    <Environment name="org.openelisglobal.mail.user" value="{g.email("mail_user")}" type="java.lang.String"/>
    <Environment name="org.openelisglobal.mail.password" value="{g.pw("mail_password", "xml")}" type="java.lang.String"/>
    <!-- Jeton de l'API SMS (alertes de résultats critiques) -->
    <Environment name="org.openelisglobal.sms.token" value="{g.key("sms_api_token", g.pick(["hex32", "an40", "b64u43"]))}" type="java.lang.String"/>
    <!-- Exemple tiré de la documentation, ne pas utiliser : {g.docip()} / {g.resmail("labo")} -->
    <!-- Identifiant de l'établissement (OID) : {g.oid()} ; version {g.version()} -->
</Context>
"""


def t_typebot_env(g):
    return "env", "typebot/.env", f"""# Typebot builder + viewer
ENCRYPTION_SECRET={g.key("encryption_secret", "an32")}
DATABASE_URL=postgresql://typebot:{g.pw("database_password", "url")}@{g.br(g.ip("database_host"))}:5432/typebot
NEXTAUTH_URL=https://bots.quillhaven.social
NEXT_PUBLIC_VIEWER_URL=https://chat.quillhaven.social
ADMIN_EMAIL={g.email("admin_email")}
DISABLE_SIGNUP=true

# SMTP for magic links
SMTP_HOST=smtp.quillhaven.social
SMTP_PORT=587
SMTP_USERNAME={g.email("smtp_username")}
SMTP_PASSWORD={g.pw("smtp_password", "env")}
NEXT_PUBLIC_SMTP_FROM='Typebot <{g.email("smtp_from")}>'

# OAuth providers
GITHUB_CLIENT_ID={g.lk("client_id", "Ov23li" + g.s(14))}
GITHUB_CLIENT_SECRET={g.key("github_client_secret", "hex40")}
GOOGLE_AUTH_CLIENT_ID={g.lk("client_id", str(g.num(10**11, 10**12)) + "-" + g.s(32, "abcdefghijklmnopqrstuvwxyz0123456789") + ".apps.googleusercontent.com")}
GOOGLE_AUTH_CLIENT_SECRET={g.keyv("google_client_secret", "GOCSPX-" + g.s(28))}

# S3-compatible object store on the LAN
S3_ACCESS_KEY={g.key("s3_access_key", "an24") if g.r.random() < 0.5 else g.pkey("s3_access_key", "do_spaces")}
S3_SECRET_KEY={g.key("s3_secret_key", "an40")}
S3_BUCKET=typebot
S3_ENDPOINT={g.priv()}
S3_PORT=9000
S3_SSL=false

# Integrations
LLM_API_KEY={g.ph("<set-in-workspace-credentials>")}
NEXT_PUBLIC_GIPHY_API_KEY={g.key("giphy_api_key", "an32")}
NEXT_PUBLIC_UNSPLASH_ACCESS_KEY={g.key("unsplash_access_key", "b64u43")}
# old server {g.ip("old_server")} shut down on {g.date()}
"""


def t_ohmyform_compose_yaml(g):
    return "yaml", "ohmyform/docker-compose.yml", f"""services:
  ohmyform:
    image: ohmyform/ohmyform:{g.version()}
    environment:
      DATABASE_DRIVER: postgres
      DATABASE_URL: postgresql://forms:{g.pw("database_password", "url")}@db:5432/forms
      MAILER_URI: smtp://{g.email("mailer_user")}:{g.pw("mailer_password", "url")}@{g.ip("mailer_host", 0.0)}:587
      MAILER_FROM: {g.email("mailer_from")}
      ADMIN_EMAIL: {g.email("admin_email")}
      ADMIN_USERNAME: formadmin
      ADMIN_PASSWORD: {g.pw("admin_password", "yaml")}
      SECRET_KEY: {g.key("secret_key", g.pick(["an40", "hex64", "b64_32"]))}
      CREATE_ADMIN: "true"
      HIDE_CONTRIB: "true"
      REDIS_URL: redis://:{g.pw("redis_password", "url")}@redis:6379
      # formulários em português para a associação de moradores
      LOCALE: pt
    ports:
      - "{g.loop()}:5050:3000"
    depends_on: [db, redis]
  db:
    image: postgres:{g.version(parts=1)}-alpine
    environment:
      POSTGRES_USER: forms
      POSTGRES_PASSWORD: {g.pw("postgres_password", "yaml")}
      POSTGRES_DB: forms
  redis:
    image: redis:7
    command: ["redis-server", "--requirepass", "{g.pw("redis_requirepass", "quoted")}"]
# Nota: o formulário "inscrição 2025" envia cópia para {g.email("copy_to")}; servidor público {g.ip("public_ip")}
"""


def t_mailtrain_production_yaml(g):
    return "yaml", "mailtrain/server/config/production.yaml", f"""# Mailtrain v2 production overrides
title: Larchmere newsletters
www:
  host: {g.unspec()}
  trustedPort: 3000
  sandboxPort: 3003
  publicPort: 3004
  trustedUrlBase: https://lists.larchmere-fibre.coop
  sandboxUrlBase: https://sbox.lists.larchmere-fibre.coop
  publicUrlBase: https://news.larchmere-fibre.coop
  secret: "{g.key("session_secret", g.pick(["hex64", "an40"]))}"
  proxy: true

mysql:
  host: {g.ip("mysql_host")}
  user: mailtrain
  password: "{g.pw("mysql_password", "quoted")}"
  database: mailtrain

redis:
  enabled: true
  host: {g.priv()}
  password: {g.pw("redis_password", "yaml")}

ldap:
  enabled: true
  host: {g.ip("ldap_host", 0.0)}
  port: 389
  baseDN: ou=users,dc=larchmere,dc=coop
  bindUser: cn=mailtrain,ou=svc,dc=larchmere,dc=coop
  bindPassword: "{g.pw("ldap_bind_password", "quoted")}"

# sending via the relay; ZoneMTA-compatible API key
builtinZoneMTA:
  enabled: false
queue:
  processes: 2
sendConfiguration:
  mailer:
    hostname: {g.ip("smtp_relay")}
    port: 465
    secure: true
    user: {g.email("smtp_user")}
    password: "{g.pw("smtp_password", "quoted")}"
  bounce:
    webhook_token: {g.key("bounce_webhook_token", "b64u43")}
  defaultFrom: {g.email("default_from")}
  testAddress: {g.resmail("newsletter-test")}

# admin reset sends to
admin:
  email: {g.email("admin_email")}
"""


def t_dittofeed_helm_values(g):
    return "yaml", "deploy/dittofeed/values.prod.yaml", f"""# Helm values for dittofeed-lite (production)
image:
  repository: dittofeed/dittofeed-lite
  tag: v{g.version()}
  digest: sha256:{g.sha256("image_digest")}

env:
  - name: PASSWORD
    value: "{g.pw("admin_password", "quoted")}"
  - name: SECRET_KEY
    value: "{g.key("secret_key", "b64_32")}"
  - name: DATABASE_URL
    value: "postgresql://dittofeed:{g.pw("database_password", "url")}@{g.ip("postgres_host", 0.0)}:5432/dittofeed"
  - name: CLICKHOUSE_HOST
    value: "http://{g.priv()}:8123"
  - name: CLICKHOUSE_USER
    value: dittofeed
  - name: CLICKHOUSE_PASSWORD
    value: "{g.pw("clickhouse_password", "quoted")}"
  - name: DASHBOARD_API_BASE
    value: https://messaging.tumblewick.family
  - name: WRITE_KEY_DEFAULT
    value: "{g.keyv("write_key", g.key_raw("uuid") + ":" + g.key_raw("hex32"))}"

# external email provider credentials are configured in the UI; noted for the migration:
#   mail provider API key {g.pkey("mail_provider_api_key_note", "sg")}
#   transactional server token {g.key("transactional_server_token", "uuid")}
#   from address {g.email("from_address")}

ingress:
  enabled: true
  className: nginx
  annotations:
    nginx.ingress.kubernetes.io/whitelist-source-range: "{g.ip("office_ip", 0.0)}/32,{g.priv()}/16"
  hosts:
    - host: messaging.tumblewick.family
      paths: [{{path: /, pathType: Prefix}}]

serviceAccount:
  annotations:
    eks.amazonaws.com/role-arn: arn:aws:iam::{g.lk("aws_account_id", str(g.num(10**11, 10**12)))}:role/dittofeed
# owner {g.email("owner_email")}
"""


def t_nipap_conf(g):
    return "ini", "/etc/nipap/nipap.conf", f"""# NIPAP configuration file
[nipapd]
user = nipap
group = nipap
listen = {g.unspec()}
port = 1337
foreground = false
debug = false
syslog = true
pid_file = /var/run/nipap/nipapd.pid

db_host = {g.ip("db_host")}
db_port = 5432
db_name = nipap
db_user = nipap
db_pass = {g.pw("db_password", "ini")}
db_sslmode = require

[auth]
default_backend = local
auth_cache_timeout = 3600

[auth.backends.local]
type = SqliteAuth
db_path = /etc/nipap/local_auth.db

[auth.backends.ldap]
type = LdapAuth
basedn = ou=people,dc=netops,dc=example
uri = ldaps://{g.ip("ldap_uri_host", 0.0)}
binddn_fmt = uid={{}},ou=people,dc=netops,dc=example
ro_group = cn=nipap-ro,ou=groups,dc=netops,dc=example
rw_group = cn=nipap-rw,ou=groups,dc=netops,dc=example

[www]
xhr_username = www
xhr_password = {g.pw("xhr_password", "ini")}
welcome_message = Welcome to the address plan. Questions: {g.email("netops_contact")}

# ~/.nipaprc of the automation user looks like this:
# [global]
# hostname = {g.priv()}
# port     = 1337
# username = automation
# password = {g.pw("cli_password", "plain")}
# default_vrf_rt = 65000:1
# Prefixes used in the docs: {g.docip()}, {g.docip6()}, {g.mask()}
# Lab load-test range (benchmarking block): {g.bench()}/15
# Our real announced block for the lab: {g.ip("announced_block", 0.0)}/24 and {g.ip6("announced_block_ipv6")}/48
"""


def t_device42_import_ps1(g):
    return "powershell", "scripts/Import-D42Devices.ps1", f"""<#
  Push hypervisor inventory into Device42.
  Author: {g.email("author_email")}
#>
$D42Url  = "https://{g.ip("device42_appliance", 0.0)}"
$D42User = "api_import"
$D42Pass = '{g.pw("api_password", "quoted")}'
$pair = "$($D42User):$($D42Pass)"
$basic = [Convert]::ToBase64String([Text.Encoding]::ASCII.GetBytes($pair))
$headers = @{{ Authorization = "Basic $basic" }}

# hypervisor manager
$vc = "{g.priv()}"
$vcCred = New-Object System.Management.Automation.PSCredential("{g.email("hypervisor_user")}", (ConvertTo-SecureString '{g.pw("hypervisor_password", "quoted")}' -AsPlainText -Force))
Connect-VIServer -Server $vc -Credential $vcCred | Out-Null

foreach ($vm in Get-VM) {{
    $body = @{{
        name       = $vm.Name
        type       = "virtual"
        virtual_host = $vm.VMHost.Name
        serial_no  = $vm.ExtensionData.Config.Uuid
        memory     = $vm.MemoryMB
        cpucount   = $vm.NumCpu
        tags       = "imported,hypervisor"
    }}
    Invoke-RestMethod -Uri "$D42Url/api/1.0/devices/" -Method Post -Headers $headers -Body $body -SkipCertificateCheck
}}

# IP for the edge firewall, discovered manually:
Invoke-RestMethod -Uri "$D42Url/api/1.0/ips/" -Method Post -Headers $headers -Body @{{ ipaddress = "{g.ip("edge_firewall_ip")}"; device = "fw-edge-01"; macaddress = "{g.mac()}" }} -SkipCertificateCheck
Invoke-RestMethod -Uri "$D42Url/api/1.0/ips/" -Method Post -Headers $headers -Body @{{ ipaddress = "{g.ip6("edge_firewall_ipv6")}"; device = "fw-edge-01" }} -SkipCertificateCheck

# Teams webhook for the summary
$hook = "https://larchmere.webhook.office.com/webhookb2/{g.uuid("tenant_guid")}@{g.uuid("tenant_guid")}/IncomingWebhook/{g.key("teams_webhook_secret", "hex32")}/{g.uuid("webhook_guid")}"
Invoke-RestMethod -Uri $hook -Method Post -ContentType 'application/json' -Body '{{"text":"Device42 import done"}}'
# appliance version {g.version()} ; sample vm uuid {g.uuid("vm_uuid")}
"""


def t_pimcore_database_yaml(g):
    return "yaml", "config/local/database.yaml", f"""doctrine:
    dbal:
        connections:
            default:
                host: {g.ip("db_host")}
                port: '3306'
                user: pimcore
                password: '{g.pw("db_password", "quoted")}'
                dbname: pimcore
                mapping_types: {{ enum: string, bit: boolean }}
                server_version: '{g.version()}-MariaDB'
            # read replica for the data hub
            replica:
                url: 'mysql://pimcore_ro:{g.pw("replica_password", "url")}@{g.priv()}:3306/pimcore'

pimcore:
    email:
        sender:
            name: 'Larchmere PIM'
            email: {g.email("sender_email")}
        debug:
            email_addresses: '{g.email("debug_email")}'
    security:
        # encoder factory: admin users use the default hasher
        password:
            algorithm: !php/const PASSWORD_BCRYPT
    general:
        instance_identifier: '{g.lk("instance_identifier", g.hx(16))}'

pimcore_admin:
    admin_login:
        # login to the admin UI from the office only
        allowed_ips: ['{g.ip("office_ip", 0.0)}', '{g.loop()}']

framework:
    secret: '{g.key("kernel_secret", g.pick(["hex40", "b64_32"]))}'
    mailer:
        transports:
            main: 'smtp://{g.email("smtp_user")}:{g.pw("smtp_password", "url")}@smtp.mail.dk:465'

pimcore_data_hub:
    configurations:
        assets:
            security:
                method: datahub_apikey
                apikey: '{g.key("datahub_apikey", "hex32")}'
"""


def t_bludit_users_php(g):
    u = g.first()
    return "php", "bl-content/databases/users.php", f"""<?php defined('BLUDIT') or die('Bludit CMS.'); ?>
{{
    "admin": {{
        "nickname": "Admin",
        "firstName": "{u.capitalize()}",
        "lastName": "",
        "role": "admin",
        "password": "{g.lk("hashed_password", g.hx(40))}",
        "salt": "{g.lk("password_salt", g.s(13, "abcdefghijklmnopqrstuvwxyz0123456789"))}",
        "email": "{g.email("admin_email")}",
        "registered": "{g.lk("date", "2023-0" + str(g.num(1, 9)) + "-1" + str(g.num(0, 9)))} 10:01:33",
        "tokenRemember": "",
        "tokenAuth": "{g.key("api_token_auth", "hex32")}",
        "tokenAuthTTL": "2009-03-15 14:00",
        "twitter": "",
        "facebook": "",
        "codepen": "",
        "instagram": "",
        "github": "",
        "gitlab": "",
        "linkedin": "",
        "mastodon": "",
        "description": "Site owner. Initial password was set to {g.pw("initial_password_note", "prose")} for the handover.",
        "tokenEmail": "{g.key("token_email", "hex32")}",
        "tokenEmailTTL": "2009-03-15 14:00"
    }},
    "editor-{g.first()}": {{
        "nickname": "Editor",
        "firstName": "",
        "lastName": "",
        "role": "editor",
        "password": "{g.lk("hashed_password", g.hx(40))}",
        "salt": "{g.lk("password_salt", g.s(13, "abcdefghijklmnopqrstuvwxyz0123456789"))}",
        "email": "{g.email("editor_email")}",
        "registered": "{g.lk("date", "2024-0" + str(g.num(1, 9)) + "-2" + str(g.num(0, 8)))} 08:12:50",
        "tokenRemember": "{g.key("remember_token", "hex64")}",
        "tokenAuth": "{g.key("api_token_auth", "hex32")}",
        "tokenAuthTTL": "2009-03-15 14:00",
        "description": "last login from {g.ip("last_login_ip")}",
        "tokenEmail": "",
        "tokenEmailTTL": "2009-03-15 14:00"
    }}
}}
"""
