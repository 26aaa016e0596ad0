# Templates for held-out set 53, module d. Each template: (name, lang, path, raw text).
T = []

T.append(("openconf_config_php", "php", "openconf/config.php", r'''<?php
// OpenConf configuration -- «w:Word» Symposium «n:2025-2027» («L:date»)
$OC_configAR = array();
$OC_configAR['OC_dbhost'] = '«ip4:db_host»';
$OC_configAR['OC_dbname'] = 'openconf_«w:word»';
$OC_configAR['OC_dbuser'] = 'openconf';
$OC_configAR['OC_dbpw'] = '«p:db_password:quoted»';
$OC_configAR['OC_confName'] = '«w:Word» Symposium';
$OC_configAR['OC_pcemail'] = '«e:program_chair_email»';
$OC_configAR['OC_confirmmail'] = '«e:confirm_mail»';
$OC_configAR['OC_chair_pwd'] = '«L:bcrypt_hash»';
// Chair login reset on «L:date»: temporary password «p:chair_temp_password:plain» (must change at first login)
$OC_configAR['OC_mailParams'] = '-f «e:bounce_address»';
$OC_configAR['OC_smtpPass'] = '«p:smtp_password:quoted»';
$OC_configAR['OC_trustedProxies'] = '«ip6:proxy_ipv6», «L:loopback_ip»';
$OC_configAR['OC_recaptchaSiteKey'] = '«L:site_key»';
$OC_configAR['OC_recaptchaSecret'] = '«k:recaptcha_secret:6L+an_38»';
// submission ids are ulids now, e.g. «L:ulid»
?>
'''))

T.append(("frab_env", "env", "frab/.env.production", r'''# frab conference planning -- «w:word»camp «n:2025-2027»
RAILS_ENV=production
SECRET_KEY_BASE=«k:secret_key_base:hex_128»
DATABASE_URL=postgresql://frab:«p:database_password:url»@«ip4:database_host»/frab_production
FRAB_HOST=frab.«w:word»camp.org
FRAB_PROTOCOL=https
FROM_EMAIL=«e:from_email»
SMTP_ADDRESS=«ip4:smtp_address»
SMTP_PORT=587
SMTP_USER_NAME=«e:smtp_user_name»
SMTP_PASSWORD=«p:smtp_password:ini»
SMTP_AUTHENTICATION=plain
EXCEPTION_EMAIL=«e:exception_email»
# OIDC login via the camp's keycloak; the client id is public
OIDC_CLIENT_ID=frab
OIDC_CLIENT_SECRET=«k:oidc_client_secret:an_32»
OIDC_ISSUER=https://id.«w:word»camp.org/realms/camp
# admin bootstrap account (rake frab:add_fake_data is NOT run in prod)
FRAB_ADMIN_EMAIL=«e:admin_email»
FRAB_ADMIN_PASSWORD=«p:admin_password:ini»
# video CDN origin (v6 only): «ip6:cdn_origin_ipv6»
'''))

T.append(("allsky_ftp_settings_sh", "shell", "allsky/config/ftp-settings.sh", r'''#!/bin/bash
# Allsky upload settings -- «w:Word» observatory camera (Raspberry Pi 4), «L:date»
PROTOCOL="sftp"
REMOTE_HOST="«ip4:remote_host»"
REMOTE_PORT="22"
REMOTE_USER="allsky"
REMOTE_PASSWORD="«p:remote_password:quoted»"
REMOTE_DIR="/var/www/html/allsky"
# the IPv6 of the web host, used when the v4 tunnel is down
REMOTE_HOST_V6="«ip6:remote_host_ipv6»"

# S3 mirror (keogram + startrails only)
S3_BUCKET="allsky-«w:word»"
S3_ACCESS_KEY="«k:s3_access_key:AKIA+uan_16»"
S3_SECRET_KEY="«k:s3_secret_key:an_40»"
S3_REGION="eu-west-2"

# Allsky Map / website registration
WEBSITE_SECRET_KEY="«k:website_secret_key:hex_32»"
WEBSITE_LOCATION="«L:coordinates»"
WEBSITE_OWNER="«w:First» «w:Last»"
WEBSITE_OWNER_EMAIL="«e:owner_email»"

# (sample values from the default file, not used:)
# REMOTE_HOST="«L:documentation_ip»"  REMOTE_PASSWORD="«L:placeholder=XX_NEED_TO_UPDATE_XX»"
'''))

T.append(("fog_fogsettings", "shell", "/opt/fog/.fogsettings", r'''## Start of FOG Settings
## Created by the FOG Installer
## Version: «L:version»
## Install time: «L:date» «L:log_time»
ipaddress='«L:private_ip»'
copybackold='0'
interface='ens18'
submask='«L:netmask»'
routeraddress='«L:private_ip»'
plainrouter='«L:private_ip»'
dnsaddress='«ip:dns_address»'
username='fogproject'
password='«p:fog_service_password:quoted»'
osid='2'
osname='Debian'
dodhcp='N'
bldhcp='0'
dhcpd='isc-dhcp-server'
blexports='1'
installtype='N'
snmysqluser='fogmaster'
snmysqlpass='«p:mysql_password:quoted»'
snmysqlhost='«L:loopback_ip»'
mysqldbname='fog'
installlang='0'
storageLocation='/images'
fogupdateloaded=1
docroot='/var/www/'
webroot='/fog/'
caCreated='yes'
httpproto='https'
startrange=''
endrange=''
bootfilename='ipxe.efi'
packages='apache2 ... unzip wget xz-utils'
noTftpBuild=''
sslpath='/opt/fog/snapins/ssl/'
backupPath='/home/'
php_ver='8.2'
## End of FOG Settings
# web UI: admin / «p:web_ui_admin_password:plain» (the installer default «L:default_password=password» was changed) -- «e:it_admin_email»
'''))

T.append(("ant_media_server_properties", "properties", "webapps/LiveApp/WEB-INF/red5-web.properties", r'''# Ant Media Server -- LiveApp settings («w:word» esports broadcast), «L:date»
webapp.dbName=LiveApp.db
db.app.name=LiveApp
db.type=mongodb
db.host=mongodb://ams:«p:mongo_password:url»@«ip4:mongo_host»:27017/?authSource=admin
settings.mp4MuxingEnabled=true
settings.hlsListSize=5
settings.webRTCPortRangeMin=50000
settings.webRTCPortRangeMax=60000
settings.jwtStreamSecretKey=«k:jwt_stream_secret:an_32»
settings.publishJwtControlEnabled=true
settings.playJwtControlEnabled=false
settings.remoteAllowedCIDR=«L:loopback_ip»,«ip:studio_egress»/32
settings.jwtControlEnabled=true
settings.jwtSecretKey=«k:rest_jwt_secret:an_32»
settings.stunServerURI=stun:«ip6:stun_server_ipv6»
settings.turnServerUsername=ams
settings.turnServerCredential=«p:turn_credential:ini»
settings.vodUploadS3AccessKey=«k:s3_access_key:uan_20»
settings.vodUploadS3SecretKey=«k:s3_secret_key:an_40»
settings.webhookAuthenticateURL=https://esports.«w:word».gg/ams/auth?key=«k:webhook_key:lan_24»
settings.listenerHookURL=
# server licence key (enterprise): «k:ams_licence_key:LIC-+uan_32»
# support contact «e:support_contact»
'''))

T.append(("sems_db_reg_agent_conf", "conf", "/etc/sems/etc/db_reg_agent.conf", r'''# SEMS db_reg_agent -- registers the trunk accounts from MySQL
# «w:word» voice platform, edited «L:date»
mysql_host=«ip4:mysql_host»
mysql_port=3306
mysql_user=sems_reg
mysql_passwd=«p:mysql_password:ini»
mysql_db=provisioning

# registration timers
expires=3600
error_retry_interval=300
reregister_interval=0.5
minimum_reregister_interval=0.5

# outbound proxy for registrations (IPv6 trunk to the carrier)
outbound_proxy=sip:[«ip6:outbound_proxy_ipv6»]:5060
contact_hostport=«L:private_ip»:5080

# test account used by the monitoring probe (row id «n:1-99» in subscriber_regs):
#   user «e:probe_sip_user» password «p:probe_sip_password:plain»
# carrier portal login for the trunk: «e:carrier_portal_login» / «p:carrier_portal_password:plain»
'''))

T.append(("submarine_site_xml", "xml", "conf/submarine-site.xml", r'''<?xml version="1.0"?>
<?xml-stylesheet type="text/xsl" href="configuration.xsl"?>
<!-- Submarine server site config, «w:word» ML platform («L:date»). Owner: «e:owner_email» -->
<configuration>
  <property>
    <name>submarine.server.addr</name>
    <value>«L:unspecified_ip»</value>
  </property>
  <property>
    <name>submarine.server.port</name>
    <value>8080</value>
  </property>
  <property>
    <name>jdbc.url</name>
    <value>jdbc:mysql://«ip4:mysql_host»:3306/submarine?useUnicode=true&amp;characterEncoding=UTF-8&amp;autoReconnect=true&amp;useSSL=true</value>
  </property>
  <property>
    <name>jdbc.username</name>
    <value>submarine</value>
  </property>
  <property>
    <name>jdbc.password</name>
    <value>«p:jdbc_password:quoted»</value>
  </property>
  <property>
    <name>metastore.jdbc.url</name>
    <value>jdbc:mysql://«ip4:metastore_host»:3306/metastore</value>
  </property>
  <property>
    <name>metastore.jdbc.password</name>
    <value>«p:metastore_password:quoted»</value>
  </property>
  <property>
    <name>submarine.auth.type</name>
    <value>token</value>
  </property>
  <property>
    <name>submarine.auth.default.secret</name>
    <value>«k:auth_default_secret:an_48»</value>
  </property>
  <property>
    <name>submarine.s3.access.key</name>
    <value>«k:s3_access_key:uan_20»</value>
  </property>
  <property>
    <name>submarine.s3.secret.key</name>
    <value>«k:s3_secret_key:an_40»</value>
  </property>
  <property>
    <name>submarine.s3.endpoint</name>
    <value>http://[«ip6:s3_endpoint_ipv6»]:9000</value>
  </property>
  <!-- default notebook image digest «L:image_digest»; the docs' example password «L:placeholder=password» is not used -->
</configuration>
'''))

T.append(("bigtop_dev_list_mbox", "mbox", "archive/dev-«w:word»-«n:2024-2026»«n:10-12».mbox", r'''From «e:sender_from_line» «L:mbox_date=Tue Mar  4 09:12:44 2025»
Return-Path: <«e:return_path»>
Received: from mail-«w:lan6».«w:word».net ([«ip4:received_from»]) by mx.«w:word».org with ESMTPS id «L:smtp_queue_id=«w:an16»»; «L:rfc2822_date=Tue, 04 Mar 2025 09:12:44 +0000»
Received: from [«L:private_ip»] (helo=build-«n:1-9») by mail-relay with esmtpsa (TLS1.3) id «L:smtp_queue_id=1t«w:an12»»
From: «w:First» «w:Last» <«e:sender»>
To: «e:list_address@bigtop.«w:word».org»
Subject: Re: smoke-test cluster for the «L:version» release
Message-ID: <«L:message_id=«w:hex8»-«w:hex4»-«w:hex12»@mail.«w:word».net»>
Date: «L:rfc2822_date=Tue, 04 Mar 2025 09:12:44 +0000»

Hi all,

the Bigtop smoke-test cluster is back. Provisioner node is «ip:provisioner» (IPv6 «ip6:provisioner_ipv6»),
the Docker provisioner's config.yaml now points at our mirror. For the record (private list, I know):

  - Ambari-less deploy, puppet hiera in /etc/puppet/hieradata/site.yaml
  - hadoop_hive::common_config::metastore_password: «p:metastore_password:prose»
  - the CI user for the mirror is ci-bigtop / «p:mirror_password:prose»
  - the Artifactory API key for the RPM push: «k:artifactory_api_key:AKCp8+an_64»

Please don't reuse the example password from BIGTOP-«n:1000-4000» («L:placeholder=bigtop123»).
Release artifacts are signed with the key «L:pgp_fingerprint».

> On «L:rfc2822_date=Mon, 03 Mar 2025 17:40:02 +0000», «e:quoted_sender» wrote:
> Can someone bring the cluster back? The last run («L:build_id») died on the Kafka smoke test.

Thanks,
«w:First»
'''))

T.append(("converse_js_index_html", "html", "chat/index.html", r'''<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>«w:Word» support chat</title>
  <link rel="stylesheet" href="https://cdn.conversejs.org/«L:version~cv»/dist/converse.min.css"
        integrity="«L:sri_hash»" crossorigin="anonymous">
  <script src="https://cdn.conversejs.org/«=:cv»/dist/converse.min.js"
          integrity="«L:sri_hash»" crossorigin="anonymous"></script>
</head>
<body>
<script>
  // Kiosk in the lobby: auto-login as the lobby account (TODO: use a prebind token instead)
  converse.initialize({
    bosh_service_url: 'https://xmpp.«w:word».support/http-bind/',
    websocket_url: 'wss://[«ip6:xmpp_ws_ipv6»]:5443/ws',
    view_mode: 'fullscreen',
    auto_login: true,
    jid: '«e:lobby_jid@«w:word».support»',
    password: '«p:lobby_password:quoted»',
    muc_domain: 'conference.«w:word».support',
    allow_registration: false,
    // analytics
    matomo_token: '«k:matomo_token:hex_32»',
    loglevel: 'warn'
  });
  // fallback BOSH node if DNS is down: http://«ip4:bosh_fallback»:5280/http-bind/
</script>
</body>
</html>
'''))

T.append(("pion_turn_main_go", "go", "cmd/turnd/main.go", r'''// Command turnd runs the TURN relay for the «w:word» rooms (built on pion/turn).
package main

import (
	"log"
	"net"
	"os"

	"github.com/pion/turn/v4"
)

const (
	realm = "«w:word».rooms"
	// fallback static user, remove once the REST credentials are live («L:date»)
	staticUser = "relay"
	staticPass = "«p:static_turn_password:quoted»"
	// shared secret with the signalling server (REST API credentials)
	authSecret = "«k:turn_auth_secret:hex_64»"
)

// dev TLS key for the TURNS listener (TODO: load it from /etc/turnd/tls.key instead)
const tlsKeyPEM = `«k:turns_tls_private_key:pemec»`

var publicIP = net.ParseIP("«ip4:public_relay_ip»")
var publicIPv6 = net.ParseIP("«ip6:public_relay_ipv6»")

func main() {
	udp, err := net.ListenPacket("udp4", "«L:unspecified_ip»:3478")
	if err != nil {
		log.Fatal(err)
	}
	key := turn.GenerateAuthKey(staticUser, realm, staticPass)
	s, err := turn.NewServer(turn.ServerConfig{
		Realm: realm,
		AuthHandler: func(u, r string, src net.Addr) ([]byte, bool) {
			if u == staticUser {
				return key, true
			}
			return restAuth(u, authSecret)
		},
		PacketConnConfigs: []turn.PacketConnConfig{{
			PacketConn:            udp,
			RelayAddressGenerator: &turn.RelayAddressGeneratorStatic{RelayAddress: publicIP, Address: "«L:unspecified_ip»"},
		}},
	})
	if err != nil {
		log.Fatal(err)
	}
	_ = publicIPv6
	_ = s
	log.Printf("turnd %s up, alerts to %s", os.Getenv("VERSION"), "«e:alerts_email»")
	select {}
}
'''))

T.append(("magma_orc8r_values_yaml", "yaml", "orc8r/values-«w:word».yaml", r'''# Magma orchestrator values -- «w:Word» rural LTE pilot («L:date»)
secrets:
  create: true
  docker:
    registry: registry.«w:word».net
    username: magma-ci
    password: «p:registry_password:yaml»

nms:
  enabled: true
  magmalte:
    env:
      api_host: api.orc8r.«w:word».net
      mysql_host: «ip4:nms_mysql_host»
      mysql_user: magma
      mysql_pass: «p:nms_mysql_password:yaml»
      grafana_address: «L:private_ip»:3000
  # first NMS admin created with: ./create_admin_user.sh «e:nms_admin_email» «p:nms_admin_password:shell»

orc8r:
  controller:
    database:
      host: «ip4:orc8r_db_host»
      port: 5432
      user: orc8r
      pass: «p:orc8r_db_password:yaml»
  nginx:
    service:
      loadBalancerIP: «ip4:orc8r_lb_ip»
      loadBalancerSourceRanges:
        - «ip4:enodeb_backhaul»/32
        - «ip6:enodeb_backhaul_ipv6»/128
  metrics:
    alertmanager:
      slack_url: https://hooks.slack.com/services/T«w:uan8»/B«w:uan10»/«k:alertmanager_slack_secret:an_24»
# AGW hardware id of the first gateway: «L:hardware_uuid»
'''))

T.append(("sqoop_bash_history", "shell", "home/etl/.bash_history", r'''kinit -kt /etc/security/keytabs/etl.keytab etl@«w:uan6»
sqoop list-databases --connect jdbc:mysql://«ip4:crm_mysql»:3306/ --username sqoop_ro --password «p:crm_mysql_password:shell»
sqoop import --connect jdbc:mysql://«ip4:crm_mysql_again»:3306/crm --username sqoop_ro --password «p:crm_mysql_password_2:shell» --table customers --target-dir /data/raw/crm/customers -m 4
sqoop import --connect "jdbc:sqlserver://«ip4:erp_sqlserver»:1433;databaseName=ERP" --username SQOOP --password-file hdfs:///user/etl/.erp.pwd --table INVOICES --split-by INVOICE_ID
echo -n '«p:erp_password_file:shell»' | hdfs dfs -put -f - /user/etl/.erp.pwd
hdfs dfs -chmod 400 /user/etl/.erp.pwd
sqoop export --connect jdbc:postgresql://«ip4:dwh_pg»/dwh --username loader --password «p:dwh_password:shell» --table agg_daily --export-dir /data/agg/daily
hdfs dfs -ls /data/raw/crm/customers | head
yarn application -list | grep SQOOP
yarn logs -applicationId application_«L:epoch_ms»_00«n:10-99» | less
ssh «w:first»@«ip:edge_node»
mail -s "sqoop import done" «e:mail_recipient» < /tmp/sqoop.log
ping «ip6:dwh_replica_ipv6»
'''))

T.append(("ozone_s3_getsecret_transcript", "text", "docs/ozone-s3-access.md", r'''# Getting S3 credentials for Ozone («w:Word» cluster)

Log in with Kerberos first, then ask the OM for a secret:

```
$ kinit «L:kerberos_principal=«w:first~u»@«w:uan6~realm».LOCAL»
Password for «L:kerberos_principal=«v:u»@«v:realm».LOCAL»:
$ ozone s3 getsecret --om-service-id=omservice
awsAccessKey=«L:kerberos_principal=«v:u»@«v:realm».LOCAL»
awsSecret=«k:ozone_aws_secret:hex_64»
```

Configure the AWS CLI with it:

```
$ aws configure set aws_access_key_id «L:kerberos_principal=«v:u»@«v:realm».LOCAL»
$ aws configure set aws_secret_access_key «k:ozone_aws_secret_cli:hex_64»
$ aws s3api --endpoint http://«ip4:s3g_host»:9878 list-buckets
{
    "Buckets": [{"Name": "analytics", "CreationDate": "«L:timestamp»"}],
    "Owner": {"DisplayName": "s3g", "ID": "s3g"}
}
```

The S3 gateways are «ip4:s3g_1», «ip4:s3g_2» and (IPv6) «ip6:s3g_v6». Recon UI is on «L:private_ip»:9888.
If `getsecret` says the secret already exists, ask the admins («e:ozone_admins») to revoke it.
Example output in the upstream docs uses `awsSecret=«L:placeholder=c261b6ecabf7d37d5f9ded654b1c724adac9bd9f13e247a235e567e8296d2999»` -- that one is not valid anywhere.
'''))

T.append(("ponymail_yaml", "yaml", "ponymail-foal/server/ponymail.yaml", r'''# Pony Mail Foal server configuration («w:word» lists archive)
server:
  port: 8080
  bind: «L:loopback_ip»

database:
  dburl: https://ponymail:«p:elasticsearch_password:url»@«ip4:es_host»:9200/
  db_prefix: ponymail
  max_hits: 15000
  pool_size: 15

ui:
  wordcloud: true
  mailhost: lists.«w:word».org
  sender_domains: "lists.«w:word».org"
  traceback: false
  mgmtconsole: true
  true_gdpr: true

oauth:
  authoritative_domains:
    - login.«w:word».org
  admins:
    - «e:admin_1»
    - «e:admin_2»
  github_client_id: «L:client_id»
  github_client_secret: «k:github_client_secret:hex_40»
  google_client_id: «L:google_client_id»

tasks:
  refresh_rate: 150
# importer on the MX (mbox push) authenticates with this token:
archiver_token: «k:archiver_token:b64u_32»
# moderator for the list: «e:moderator_email»; bounce example in the docs is «L:reserved_email»
# MX addresses: «ip4:mx_v4» / «ip6:mx_v6»
'''))

T.append(("streampark_config_yaml", "yaml", "conf/config.yaml", r'''# StreamPark console config -- «w:word» realtime team
logging:
  level:
    root: info

server:
  port: 10000
  address: «L:unspecified_ip»

datasource:
  dialect: pgsql
  username: streampark
  password: «p:datasource_password:yaml»
  url: jdbc:postgresql://«ip4:pg_host»:5432/streampark?stringtype=unspecified

streampark:
  workspace:
    local: /opt/streampark_workspace
    remote: hdfs://«ip4:namenode»:8020/streampark
  proxy:
    lark-url:
    yarn-url: http://«L:private_ip»:8088
  yarn:
    http-auth: simple
  # console login: admin/«L:default_password=streampark» until the LDAP switch («L:date»)

ldap:
  enable: true
  urls: ldap://«ip4:ldap_host»:389
  base-dn: dc=«w:word»,dc=tech
  username: cn=streampark,ou=svc,dc=«w:word»,dc=tech
  password: «p:ldap_password:yaml»
  user:
    identity-attribute: uid
    email-attribute: mail

sso:
  enable: false
  clientId: «L:client_id»
  clientSecret: «k:sso_client_secret:an_32»

alert:
  mail:
    from: «e:alert_mail_from»
    password: «p:alert_mail_password:yaml»
  dingtalk-token: «k:dingtalk_token:hex_64»
'''))

T.append(("gravitino_conf", "conf", "conf/gravitino.conf", r'''#
# Gravitino server configuration («w:word» metadata lake)
#
gravitino.server.webserver.host = «L:unspecified_ip»
gravitino.server.webserver.httpPort = 8090
gravitino.server.shutdown.timeout = 3000

# Entity store (relational, MySQL)
gravitino.entity.store = relational
gravitino.entity.store.relational = JDBCBackend
gravitino.entity.store.relational.jdbcUrl = jdbc:mysql://«ip4:mysql_host»:3306/gravitino
gravitino.entity.store.relational.jdbcDriver = com.mysql.cj.jdbc.Driver
gravitino.entity.store.relational.jdbcUser = gravitino
gravitino.entity.store.relational.jdbcPassword = «p:jdbc_password:ini»

# Authentication: OAuth (tokens signed by the IdP)
gravitino.authenticators = oauth
gravitino.authenticator.oauth.serviceAudience = gravitino-«w:word»
gravitino.authenticator.oauth.defaultSignKey = «k:oauth_default_sign_key:b64_32»
gravitino.authenticator.oauth.serverUri = https://idp.«w:word».tech
gravitino.authenticator.oauth.tokenPath = /oauth2/token

# Iceberg REST service
gravitino.iceberg-rest.catalog-backend = jdbc
gravitino.iceberg-rest.uri = jdbc:postgresql://«ip4:iceberg_pg»:5432/iceberg
gravitino.iceberg-rest.jdbc-user = iceberg
gravitino.iceberg-rest.jdbc-password = «p:iceberg_jdbc_password:ini»
gravitino.iceberg-rest.s3-access-key-id = «k:s3_access_key_id:AKIA+uan_16»
gravitino.iceberg-rest.s3-secret-access-key = «k:s3_secret_access_key:an_40»
gravitino.iceberg-rest.s3-endpoint = http://[«ip6:s3_endpoint_ipv6»]:9000
# owner «e:owner_email» -- release «L:version», commit «L:git_commit»
'''))

T.append(("eventmesh_properties", "properties", "eventmesh-runtime/conf/eventmesh.properties", r'''########################## EventMesh runtime («w:word» order events) ##########################
eventMesh.server.env=PRD
eventMesh.server.idc=«w:uan4»
eventMesh.server.cluster=«w:word»-cluster
eventMesh.server.name=eventmesh-«n:1-9»
eventMesh.sysid=«n:1000-9999»
eventMesh.server.tcp.port=10000
eventMesh.server.http.port=10105
eventMesh.server.grpc.port=10205
eventMesh.server.hostIp=«L:private_ip»

# storage plugin: rocketmq
eventMesh.storage.plugin.type=rocketmq
eventMesh.server.rocketmq.namesrvAddr=«ip4:namesrv_1»:9876;«ip4:namesrv_2»:9876
eventMesh.server.rocketmq.accessKey=«k:rocketmq_access_key:an_20»
eventMesh.server.rocketmq.secretKey=«k:rocketmq_secret_key:an_32»

# registry: nacos
eventMesh.registry.plugin.type=nacos
eventMesh.registry.plugin.server-addr=[«ip6:nacos_ipv6»]:8848
eventMesh.registry.plugin.username=nacos
eventMesh.registry.plugin.password=«p:nacos_password:ini»

# security
eventMesh.server.security.enabled=true
eventMesh.server.security.plugin.type=security
eventMesh.security.publickey=«L:pubkey_b64=«w:an43»=»
eventMesh.server.webhook.admin.token=«k:webhook_admin_token:lan_32»

# metrics & tracing
eventMesh.metrics.plugin=prometheus
eventMesh.trace.plugin=zipkin
eventMesh.server.trace.zipkin.ip=«L:loopback_ip»
# owner: «e:owner_email»
'''))

T.append(("jackrabbit_repository_xml", "xml", "repository/repository.xml", r'''<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE Repository PUBLIC "-//The Apache Software Foundation//DTD Jackrabbit 2.6//EN" "http://jackrabbit.apache.org/dtd/repository-2.6.dtd">
<!-- Jackrabbit repository for the «w:word» document archive; DB on «ip4:db_host» (see ticket of «e:ticket_author») -->
<Repository>
  <DataSources>
    <DataSource name="ds1">
      <param name="driver" value="org.postgresql.Driver"/>
      <param name="url" value="jdbc:postgresql://«ip4:db_host_url»:5432/jackrabbit"/>
      <param name="user" value="jackrabbit"/>
      <param name="password" value="«p:db_password:quoted»"/>
      <param name="databaseType" value="postgresql"/>
      <param name="maxPoolSize" value="20"/>
    </DataSource>
  </DataSources>
  <FileSystem class="org.apache.jackrabbit.core.fs.db.DbFileSystem">
    <param name="dataSourceName" value="ds1"/>
    <param name="schemaObjectPrefix" value="fs_"/>
  </FileSystem>
  <DataStore class="org.apache.jackrabbit.aws.ext.ds.S3DataStore">
    <param name="accessKey" value="«k:s3_access_key:AKIA+uan_16»"/>
    <param name="secretKey" value="«k:s3_secret_key:an_40»"/>
    <param name="s3Bucket" value="jackrabbit-«w:word»"/>
    <param name="s3Region" value="eu-west-1"/>
  </DataStore>
  <Security appName="Jackrabbit">
    <SecurityManager class="org.apache.jackrabbit.core.DefaultSecurityManager" workspaceName="security"/>
    <AccessManager class="org.apache.jackrabbit.core.security.DefaultAccessManager"/>
    <LoginModule class="org.apache.jackrabbit.core.security.authentication.DefaultLoginModule">
      <param name="anonymousId" value="anonymous"/>
      <param name="adminId" value="admin"/>
      <!-- admin password was set via the JCR API to «p:admin_password_note:plain» on «L:date»; default was «L:default_password=admin» -->
    </LoginModule>
  </Security>
  <Workspaces rootPath="${rep.home}/workspaces" defaultWorkspace="default"/>
  <!-- cluster node id «L:cluster_node_uuid», journal on «ip6:journal_ipv6» -->
</Repository>
'''))
