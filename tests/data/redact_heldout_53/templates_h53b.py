# Templates for held-out set 53, module b. Each template: (name, lang, path, raw text).
T = []

T.append(("seata_registry_conf", "conf", "seata-server/conf/registry.conf", r'''registry {
  # file, nacos, eureka, redis, zk, consul, etcd3, sofa
  type = "nacos"
  nacos {
    application = "seata-server"
    serverAddr = "«ip4:nacos_addr»:8848"
    group = "SEATA_GROUP"
    namespace = "«L:namespace_uuid»"
    cluster = "default"
    username = "seata"
    password = "«p:nacos_password:quoted»"
  }
}

config {
  type = "nacos"
  nacos {
    serverAddr = "[«ip6:nacos_config_ipv6»]:8848"
    namespace = "«L:namespace_uuid»"
    group = "SEATA_GROUP"
    username = "seata"
    password = "«p:nacos_config_password:quoted»"
    dataId = "seataServer.properties"
  }
}

# store.db settings live in nacos (dataId seataServer.properties):
#   store.db.url=jdbc:mysql://«ip4:store_db»:3306/seata?rewriteBatchedStatements=true
#   store.db.user=seata
#   store.db.password=«p:store_db_password:plain»
# console login seata/«L:default_password=seata» was changed by «e:changed_by» on «L:date»
'''))

T.append(("shardingsphere_global_yaml", "yaml", "conf/global.yaml", r'''# ShardingSphere-Proxy global config («w:word» orders cluster)
mode:
  type: Cluster
  repository:
    type: ZooKeeper
    props:
      namespace: governance_«w:word»
      server-lists: «ip4:zk_a»:2181,«ip4:zk_b»:2181,«ip4:zk_c»:2181
      digest: sharding:«p:zk_digest:yaml»

authority:
  users:
    - user: root@%
      password: «p:proxy_root_password:yaml»
    - user: sharding@«L:private_ip»
      password: «p:proxy_sharding_password:yaml»
    - user: report@«ip:report_client»
      password: '«p:proxy_report_password:quoted»'
  privilege:
    type: ALL_PERMITTED

props:
  sql-show: false
  proxy-frontend-flush-threshold: 128
  proxy-default-port: 3307
  proxy-frontend-max-connections: 0
# the demo values root/«L:default_password=root» from the distribution are not used anywhere
# database-sharding.yaml holds the data sources; ds_0 password is «p:ds0_password:plain» (to move into the vault, ticket from «e:ticket_owner»)
'''))

T.append(("openwhisk_wsk_transcript", "text", "notes/openwhisk-setup-«w:word».txt", r'''$ wsk property set --apihost https://«ip4:openwhisk_api~api» --auth «k:wsk_auth:«w:hex8»-«w:hex4»-4«w:hex3»-«c:8|9|a|b»«w:hex3»-«w:hex12»:+an_64»
ok: whisk auth set. Run 'wsk property get --auth' to see the new value.
ok: whisk API host set to https://«=:api»
$ cat ~/.wskprops
APIHOST=https://«ip4:openwhisk_api_again»
AUTH=«k:wskprops_auth:«w:hex8»-«w:hex4»-4«w:hex3»-«c:8|9|a|b»«w:hex3»-«w:hex12»:+an_64»
NAMESPACE=_
$ wsk action create mailer mailer.js --param SMTP_USER «e:mailer_smtp_user» --param SMTP_PASS «p:mailer_smtp_password:shell»
ok: created action mailer
$ wsk activation list --limit 2
Datetime            Activation ID                    Kind      Start Duration   Status  Entity
«L:date» «L:log_time» «L:activation_id» nodejs:20 cold  312ms      success guest/mailer:0.0.1
«L:date» «L:log_time» «L:activation_id» nodejs:20 warm  14ms       success guest/mailer:0.0.1
$ # default guest key from the dev setup, NOT this cluster: «L:placeholder=23bc46b1-71f6-4ed5-8c54-816aa4f8c502:123zO3xZCLrMN6v2BKK1dXYFpXlPkccOFqm12CdAsMgRU4VrNZ9lyGVCGuMDGIwP»
'''))

T.append(("jspwiki_custom_properties", "properties", "WEB-INF/classes/jspwiki-custom.properties", r'''# JSPWiki custom properties -- «w:Word» team wiki
jspwiki.applicationName = «w:Word» Wiki
jspwiki.baseURL = https://wiki.«w:word».org/
jspwiki.fileSystemProvider.pageDir = /var/jspwiki/pages
jspwiki.workDir = /var/jspwiki/work

# mail
mail.smtp.host = «ip4:smtp_host»
mail.smtp.port = 465
mail.smtp.account = «e:smtp_account»
mail.smtp.password = «p:smtp_password:ini»
mail.from = «e:mail_from»
mail.smtp.starttls.enable = true

# JDBC user database (ldap login is disabled since «L:date»)
jspwiki.userdatabase = org.apache.wiki.auth.user.JDBCUserDatabase
jspwiki.userdatabase.datasource = jdbc/UserDatabase
# server.xml resource: url jdbc:postgresql://«ip4:userdb_host»/jspwiki user=jspwiki password=«p:userdb_password:plain»

# captcha + antispam
jspwiki.filters.spamfilter.akismet-apikey = «k:akismet_api_key:lan_12»
jspwiki.reCaptcha.public = «L:site_key»
jspwiki.reCaptcha.private = «k:recaptcha_secret:6L+an_38»
jspwiki.approver.workflow.saveWikiPage = Admin
'''))

T.append(("streampipes_env", "env", "installer/compose/.env", r'''# StreamPipes compose environment («w:word» plant pilot, «L:date»)
SP_VERSION=«L:version»
COMPOSE_PROJECT_NAME=streampipes

SP_INITIAL_ADMIN_EMAIL=«e:initial_admin_email»
SP_INITIAL_ADMIN_PASSWORD=«p:initial_admin_password:ini»
# the shipped default admin login (documented) used the password «L:default_password=admin»

SP_INITIAL_SERVICE_USER=sp-service-client
SP_INITIAL_SERVICE_USER_SECRET=«k:service_user_secret:an_35»
SP_JWT_SECRET=«k:jwt_secret:b64_64»
SP_ENCRYPTION_PASSCODE=«p:encryption_passcode:ini»

SP_COUCHDB_USER=admin
SP_COUCHDB_PASSWORD=«p:couchdb_password:ini»
SP_TS_STORAGE_TOKEN=«k:influx_token:b64u_64»
SP_TS_STORAGE_HOST=«L:private_ip»

# OPC-UA adapter test server on the shop floor (vlan 30)
OPCUA_TEST_ENDPOINT=opc.tcp://«ip4:opcua_server»:4840
MQTT_BROKER_URL=tcp://«ipb:mqtt_broker»:1883
# plant gateway mac «L:mac_address»
'''))

T.append(("plc4x_reader_java", "java", "src/main/java/org/«w:word»/line/PressReader.java", r'''package org.«w:word~pkg».line;

import org.apache.plc4x.java.api.PlcConnection;
import org.apache.plc4x.java.api.PlcDriverManager;
import org.apache.plc4x.java.api.messages.PlcReadRequest;
import org.apache.plc4x.java.api.messages.PlcReadResponse;

/**
 * Reads the press line counters every minute.
 * Maintainer: «e:maintainer_email» (since «L:date»).
 */
public final class PressReader {
    // S7 controller of press line 2; the OPC UA gateway is the fallback
    private static final String S7_URL = "s7://«ip4:s7_controller»?remote-rack=0&remote-slot=1";
    private static final String OPCUA_URL =
        "opcua:tcp://«ip4:opcua_gateway»:4840?username=press-reader&password=«p:opcua_password:url»";
    private static final String HISTORIAN_TOKEN = "«k:historian_token:hex_40»";
    // TODO move to env -- Modbus bridge at «L:private_ip» needs no auth
    private static final String MODBUS_URL = "modbus-tcp://«L:private_ip»:502";

    public static void main(String[] args) throws Exception {
        try (PlcConnection c = PlcDriverManager.getDefault().getConnectionManager().getConnection(S7_URL)) {
            PlcReadRequest req = c.readRequestBuilder()
                .addTagAddress("strokes", "%DB«n:1-99».DBD0:DINT")
                .addTagAddress("temp", "%DB«n:1-99».DBD4:REAL")
                .build();
            PlcReadResponse res = req.execute().get();
            System.out.println("strokes=" + res.getInteger("strokes"));
        }
    }
    // build «L:build_id», plc4x «L:version»
}
'''))

T.append(("causeway_application_yml", "yaml", "webapp/src/main/resources/application.yml", r'''# Causeway app: «w:word» grants registry
causeway:
  applib:
    annotation:
      action:
        explicit: true
  core:
    meta-model:
      introspector:
        policy: annotation_required
  viewer:
    wicket:
      application:
        name: «w:Word» Grants
        brand-logo-header: images/logo.png
  security:
    keycloak:
      realm: grants
      base-url: https://sso.«w:word».org/realms/grants
      login-success-url: /wicket
      client-secret: «k:keycloak_client_secret:an_32»
spring:
  datasource:
    url: jdbc:postgresql://«ip4:grants_db»:5432/grants
    username: grants
    password: «p:grants_db_password:yaml»
  mail:
    host: «ip4:smtp_host»
    username: «e:smtp_username»
    password: «p:smtp_password:yaml»
server:
  address: «L:unspecified_ip»
  port: 8080
# prototyping user sven/«L:default_password=pass» only in the PROTOTYPING profile
# grants office: «e:grants_office_email», reviewer «e:reviewer_email»
'''))

T.append(("kentico_web_config", "xml", "CMS/web.config", r'''<?xml version="1.0" encoding="utf-8"?>
<!-- Kentico site «w:Word»: production web.config (moving secrets to Key Vault is still TODO, «L:date») -->
<configuration>
  <appSettings>
    <add key="CMSApplicationGuid" value="«L:application_uuid»" />
    <add key="CMSApplicationName" value="«w:Word»_Prod" />
    <add key="CMSHashStringSalt" value="«k:hash_string_salt:uuid»" />
    <add key="CMSAzureAccountName" value="«w:word»media" />
    <add key="CMSAzureSharedKey" value="«k:azure_storage_key:b64_64»" />
    <add key="CMSSMTPServerPassword" value="«p:smtp_password:quoted»" />
    <add key="CMSSMTPServerUser" value="«e:smtp_user»" />
    <add key="CMSTrustedProxies" value="«ip4:trusted_proxy_1»;«ip4:trusted_proxy_2»;«L:private_ip»" />
  </appSettings>
  <connectionStrings>
    <add name="CMSConnectionString" connectionString="Data Source=«ip4:sql_server»,1433;Initial Catalog=Kentico_«w:Word»;User ID=kentico_app;Password=«p:sql_password:quoted»;Encrypt=True;TrustServerCertificate=False" />
  </connectionStrings>
  <system.web>
    <machineKey validationKey="«k:machine_validation_key:HEX_128»" decryptionKey="«k:machine_decryption_key:HEX_48»" validation="HMACSHA256" decryption="AES" />
    <compilation debug="false" targetFramework="4.8" />
  </system.web>
</configuration>
'''))

T.append(("sitecore_connectionstrings_config", "xml", "App_Config/ConnectionStrings.config", r'''<?xml version="1.0" encoding="utf-8"?>
<!-- Sitecore XP «L:version», CD role, «w:word»-cd-0«n:1-4» -->
<connectionStrings>
  <add name="security" connectionString="Data Source=«ip4:sql_primary»;Initial Catalog=Sitecore.Core;User ID=securityuser;Password=«p:security_password:quoted»" />
  <add name="web" connectionString="Data Source=«ip4:sql_primary_web»;Initial Catalog=Sitecore.Web;User ID=webuser;Password=«p:web_password:quoted»" />
  <add name="experienceforms" connectionString="Data Source=«ip4:sql_forms»;Initial Catalog=Sitecore.ExperienceForms;User ID=formsuser;Password=«p:forms_password:quoted»" />
  <add name="solr.search" connectionString="https://solr:«p:solr_password:url»@«ip4:solr_host»:8983/solr;solrCloud=true" />
  <add name="redis.sessions" connectionString="«ip4:redis_host»:6380,password=«k:redis_access_key:b64_32»,ssl=True,abortConnect=False" />
  <add name="xconnect.collection" connectionString="https://«w:word»-xconnect.azurewebsites.net" />
  <add name="xconnect.collection.certificate" connectionString="StoreName=My;StoreLocation=LocalMachine;FindType=FindByThumbprint;FindValue=«L:sha1_checksum»" />
  <add name="sitecoreidentity.secret" connectionString="«k:identity_secret:an_64»" />
  <add name="telerik.encryption.key" connectionString="«k:telerik_key:an_48»" />
</connectionStrings>
'''))

T.append(("modx_config_inc_php", "php", "core/config/config.inc.php", r'''<?php
/**
 *  MODX Configuration file -- «w:word»-museum.org («L:date»)
 */
$database_type = 'mysql';
$database_server = '«ip4:db_server~db»';
$database_user = 'modx_«w:word»';
$database_password = '«p:database_password:quoted»';
$database_connection_charset = 'utf8mb4';
$dbase = 'modx_museum';
$table_prefix = 'modx_';
$database_dsn = 'mysql:host=«=:db»;dbname=modx_museum;charset=utf8mb4';
$config_options = array();
$driver_options = array();

$lastInstallTime = «L:epoch_s»;

$site_id = 'modx«L:short_sha»';
$site_sessionname = 'SN«L:short_sha»';
$https_port = '443';
$uuid = '«L:install_uuid»';

/* mail via the hosting provider relay */
$modx_mail_smtp_user = '«e:smtp_user»';
$modx_mail_smtp_pass = '«p:smtp_password:quoted»';
/* the previous developer's account, remove: «e:old_developer_email» */

if (!defined('MODX_CORE_PATH')) {
    $modx_core_path= '/var/www/«w:word»/core/';
    define('MODX_CORE_PATH', $modx_core_path);
}
'''))

T.append(("invision_conf_global_php", "php", "conf_global.php", r'''<?php
$INFO = array (
  'sql_host' => '«ip4:sql_host»',
  'sql_database' => 'ips_«w:word»',
  'sql_user' => 'ips_«w:word»',
  'sql_pass' => '«p:sql_password:quoted»',
  'sql_port' => 3306,
  'sql_socket' => '',
  'sql_tbl_prefix' => 'ibf_',
  'sql_utf8mb4' => true,
  'board_start' => «L:epoch_s»,
  'installed' => true,
  'base_url' => 'https://community.«w:word».gg/',
  'guest_group' => 2,
  'member_group' => 3,
  'admin_group' => 4,
  'cookie_prefix' => 'ips4_',
  'redis' => '{"server":"«ip4:redis_server»","port":6379,"password":"«p:redis_password:quoted»"}',
  'redis_enabled' => true,
  'email_smtp_user' => '«e:smtp_user»',
  'email_smtp_pass' => '«p:smtp_password:quoted»',
  'licence_key' => '«L:placeholder=XXXX-XXXX-XXXX-XXXX-XXXX»',
);
// support ticket ref «L:ticket_uuid»: licence key is in the client area, not here
// IP allow-list for the ACP: «ip:acp_admin_home», «ip:acp_admin_office»
'''))

T.append(("spacebar_env", "env", "spacebar/.env", r'''# Spacebar server (self-hosted chat) -- «w:word» guild
PORT=3001
THREADS=«n:1-8»
DATABASE=postgres://spacebar:«p:database_password:url»@«ip4:database_host»:5432/spacebar
# Old sqlite path, unused: database.db

# Gateway / CDN / API are bundled
CONFIG_PATH=/srv/spacebar/config.json
LOG_REQUESTS=-200

# secrets copied from config.json after first boot on «L:date»
SECURITY_JWT_SECRET=«k:jwt_secret:b64_48»
SECURITY_REQUEST_SIGNATURE=«k:request_signature:hex_64»
MAIL_SMTP_USER=«e:smtp_user»
MAIL_SMTP_PASS=«p:smtp_password:ini»
MAIL_SENDER=«e:mail_sender»
CAPTCHA_SITEKEY=«L:site_key»
CAPTCHA_SECRET=«k:hcaptcha_secret:0x+hex_40»
# bot application id «L:snowflake_id» (public), bot token below is private
BOT_TOKEN=«k:bot_token:«w:an24».«w:an6».+b64u_28»
TRUSTED_PROXIES=«L:loopback_ip»,«ip6:cdn_edge_ipv6»
'''))

T.append(("openmeetings_admin_install_transcript", "text", "ops/openmeetings-install-«w:word».log", r'''$ cd /opt/openmeetings && ./admin.sh -i -v -tz Europe/Vienna -email «e:admin_email» -group «w:word»-staff \
    -user om_admin --password «p:om_admin_password:shell» \
    --db-type mysql --db-host «ip4:db_host~dbh» --db-name openmeetings --db-user om --db-pass «p:db_password:shell» \
    --smtp-server «ip4:smtp_server» --smtp-port 587 --email-auth-user «e:smtp_auth_user» --email-auth-pass «p:smtp_password:shell» \
    --email-use-tls --system-email-address «e:system_email»
OpenMeetings «L:version» admin console
«L:timestamp_ms» INFO  [main] ImportInitvalues - Install started
«L:timestamp_ms» INFO  [main] ImportInitvalues - DB connection: jdbc:mysql://«=:dbh»:3306/openmeetings?serverTimezone=UTC
«L:timestamp_ms» INFO  [main] ImportInitvalues - Default timezone: Europe/Vienna
«L:timestamp_ms» INFO  [main] ImportInitvalues - Admin user om_admin created, id «n:1-9»
«L:timestamp_ms» WARN  [main] ImportInitvalues - Red5 / Kurento media server not reachable at ws://«L:loopback_ip»:8888/kurento
Install complete in «n:20-90» s
$ grep -n 'kurento\|turn' webapps/openmeetings/WEB-INF/classes/openmeetings.properties
12:kurento.ws.url=ws://«ip4:kurento_host»:8888/kurento
14:kurento.turn.url=«ipb6:turn_ipv6»:3478
15:kurento.turn.user=omturn
16:kurento.turn.secret=«k:kurento_turn_secret:an_32»
17:kurento.turn.mode=rest
$ # reminder for the hand-over: demo rooms use the docs password «L:placeholder=Q!w2e3r4t5»; ours are in the vault
'''))

T.append(("weka_databaseutils_props", "properties", "wekafiles/props/DatabaseUtils.props", r'''# Database settings for Weka (Experimenter + Explorer), «w:first»'s workstation
jdbcDriver=org.postgresql.Driver
jdbcURL=jdbc:postgresql://«ip4:experiments_db»:5432/experiments

# user/password used by the Experimenter when writing results
# (the dialog also saves these in the .exp file, see below)
jdbcUser=weka_«w:word»
jdbcPassword=«p:jdbc_password:ini»

# specific data types
CHAR=0
TEXT=0
VARCHAR=0
DOUBLE=2
INTEGER=5
DATE=8

# Experiment file «w:word»_«L:date».exp had this embedded:
#   <string name="password">«p:exp_embedded_password:plain»</string>
# Reported by «e:reporter_email» -- results table hash «L:md5_checksum»
createDouble=DOUBLE PRECISION
createString=TEXT
'''))

T.append(("zenoss_global_conf", "conf", "/opt/zenoss/etc/global.conf", r'''# Zenoss global.conf -- collector pool «w:word»
zodb-db-type mysql
zodb-host «ip4:zodb_host»
zodb-port 3306
zodb-db zodb
zodb-user zenoss
zodb-password «p:zodb_password:word»
zodb-admin-user root
zodb-admin-password «p:zodb_admin_password:ini»

zep-host «L:loopback_ip»
zep-port 8084
zep-db-type mysql
zep-user zenoss
zep-password «p:zep_password:ini»

amqphost «ip4:rabbitmq_host»
amqpport 5672
amqpvhost /zenoss
amqpuser zenoss
amqppassword «p:amqp_password:ini»
# default amqp guest/«L:default_password=guest» is disabled on the broker

# collector daemons report to hub «ip6:hub_ipv6» via port 8789
hubhost «ip4:hub_host»
# snmp community for the «w:word» switches (v2c): «p:snmp_community:word»
'''))

T.append(("linkis_db_sh", "shell", "linkis/deploy-config/db.sh", r'''#!/bin/sh
### Linkis metadata database («w:word» data middle platform), edited «L:date» by «w:first»
### Used to store user's custom variables, configuration and UDFs
MYSQL_HOST=«ip4:mysql_host»
MYSQL_PORT=3306
MYSQL_DB=linkis
MYSQL_USER=linkis
MYSQL_PASSWORD=«p:mysql_password:shell»

### Provide the DB information of Hive metadata database.
### Attention! If there are special characters like "&", they need to be enclosed in quotation marks.
HIVE_META_URL="jdbc:mysql://«ip4:hive_meta_host»:3306/hive?useSSL=false"
HIVE_META_USER=hive_ro
HIVE_META_PASSWORD="«p:hive_meta_password:quoted»"

### linkis-env.sh excerpt kept here for the installer run on «L:date_dmy»
LINKIS_GATEWAY_URL=http://«ipb:gateway_host»:9001
GATEWAY_INSTALL_IP=«L:private_ip»
EUREKA_INSTALL_IP=«L:private_ip»
### web console admin (default hadoop/«L:default_password=123456» replaced):
### LINKIS_ADMIN_PASSWORD=«p:console_admin_password:shell»
### token used by the DSS app to call the gateway:
LINKIS_DSS_TOKEN=«k:dss_token:uuid»
### mail alarm
ALERT_RECEIVER=«e:alert_receiver»
'''))

T.append(("movim_env", "env", "movim/.env", r'''# Movim (XMPP web client) -- «w:word».chat pod
DB_DRIVER=pgsql
DB_HOST=«ip4:db_host»
DB_PORT=5432
DB_DATABASE=movim
DB_USERNAME=movim
DB_PASSWORD=«p:db_password:ini»

DAEMON_URL=https://«w:word».chat/
DAEMON_PORT=8080
DAEMON_INTERFACE=«L:loopback_ip»
DAEMON_DEBUG=false
DAEMON_VERBOSE=false

# admin panel (movim's /?admin page)
MOVIM_ADMIN_USERNAME=admin
MOVIM_ADMIN_PASSWORD=«p:admin_password:ini»
# XMPP server that hosts the accounts; its IPv6 is published in DNS
XMPP_SERVER=«ip6:xmpp_server_ipv6»
# first account created: «e:first_account@«w:word».chat» (XMPP JID, also used for mail)
GIPHY_API_KEY=«k:giphy_api_key:an_32»
WEBPUSH_VAPID_PUBLIC=«L:pubkey_b64u=BEl62iUYgUivxIkv69yViEuiBIa-Ib9-SkvMeAtA3LFgDzkrxZJjSgSnfckjBJuBkr3qBUYIHBQFLXYp5Nksh8U»
WEBPUSH_VAPID_PRIVATE=«k:vapid_private_key:b64u_32»
'''))

T.append(("libervia_chat_log", "text", "logs/muc/ops@conference.«w:word».im/«w:dig4».log", r'''[«L:log_time»] <«w:first~a»> morning. the new backup target is up: «ip:backup_target»
[«L:log_time»] <«w:first~b»> sftp user is backup-«w:word», password is «p:backup_sftp_password:prose» (same as the old box, sorry)
[«L:log_time»] <«v:a»> ugh, please don't paste that here
[«L:log_time»] <«v:b»> room is members-only, it's fine. rotating next week anyway
[«L:log_time»] <«v:a»> also the libervia web frontend now runs on «ip6:web_frontend_ipv6», certbot renewed («L:date»)
[«L:log_time»] <«v:b»> who owns the pubsub node for the newsletter? mails bounce to «e:newsletter_owner»
[«L:log_time»] <«v:a»> that's «w:first», but she's away till «L:date». cc «e:newsletter_backup»
[«L:log_time»] <«v:b»> ok. for the record the component secret in prosody is «k:component_secret:an_24» -- I'll move it to the vault
[«L:log_time»] <«v:a»> and the test account for the CI is «e:ci_account_jid@«w:word».im» / «p:ci_account_password:prose»
[«L:log_time»] <«v:b»> fwiw the docs example uses «L:reserved_email=louise@example.org» / «L:placeholder=password123», don't copy that into the bridge config
[«L:log_time»] <«v:a»> ack, bridge config fixed in «L:short_sha»
'''))

T.append(("evershop_config_json", "json", "config/production.json", r'''{
  "shop": {
    "currency": "EUR",
    "language": "en",
    "weightUnit": "kg",
    "homeUrl": "https://shop.«w:word».store"
  },
  "system": {
    "database": {
      "host": "«ip4:database_host»",
      "port": 5432,
      "name": "evershop",
      "user": "evershop",
      "password": "«p:database_password:quoted»",
      "ssl": true
    },
    "session": {
      "cookieSecret": "«k:cookie_secret:hex_64»"
    }
  },
  "stripe": {
    "publishableKey": "«L:publishable_key»",
    "secretKey": "«k:stripe_secret_key:sk_test_+an_24»",
    "endpointSecret": "«k:stripe_webhook_secret:whsec_+an_32»"
  },
  "paypal": {
    "clientId": "«L:client_id»",
    "clientSecret": "«k:paypal_client_secret:b64u_60»"
  },
  "sendgrid": {
    "apiKey": "«k:sendgrid_api_key:SG.«w:an22».+b64u_32»",
    "from": "«e:sendgrid_from»",
    "adminEmail": "«e:admin_email»"
  },
  "notes": "admin created «L:timestamp» from «ip:admin_created_from»; test card 4242 4242 4242 4242 is Stripe's documented test number"
}
'''))
