# Templates for held-out set 53, module a. Each template: (name, lang, path, raw text).
T = []

T.append(("kudu_master_gflagfile", "conf", "/etc/kudu/conf/master.gflagfile", r'''## Kudu master flags -- managed by hand on «w:word~site»-kudu-m1, do not let the agent overwrite
## last touched «L:date» by «w:first» (ticket KUDU-OPS-«n:100-999»)
--fs_wal_dir=/data/kudu/master/wal
--fs_data_dirs=/data/kudu/master/data
--master_addresses=«ip4:master_peer_1»:7051,«ip4:master_peer_2»:7051,«ip4:master_peer_3»:7051
--rpc_bind_addresses=«L:unspecified_ip»:7051
--webserver_interface=«L:private_ip»
--webserver_port=8051
--webserver_certificate_file=/etc/kudu/tls/master.pem
--webserver_private_key_file=/etc/kudu/tls/master.key
--webserver_private_key_password_cmd=echo «p:webserver_key_passphrase:shell»
--rpc_authentication=required
--rpc_encryption=required
--superuser_acl=kudu,impala
--unlock_experimental_flags
# the Ranger plugin is off until «L:date»; the token below is for the metrics shipper only
--metrics_log_interval_ms=60000
# shipper: https://metrics.«v:site».io/v1/push?token=«k:metrics_push_token:lan_30»
--ntp_servers=«ip:ntp_server»
# build we pinned after the tablet copy bug: kudu «L:version» (git «L:git_commit»)
'''))

T.append(("impala_default_env", "shell", "/etc/default/impala", r'''# /etc/default/impala  (sourced by the impala-* init scripts)
# Owner: data platform, «w:First» «w:Last» <«e:owner_email»>
IMPALA_CATALOG_SERVICE_HOST=«ip4:catalog_host»
IMPALA_STATE_STORE_HOST=«ip4:statestore_host»
IMPALA_LOG_DIR=/var/log/impala

export IMPALA_SERVER_ARGS=" \
    -log_dir=${IMPALA_LOG_DIR} \
    -catalog_service_host=${IMPALA_CATALOG_SERVICE_HOST} \
    -state_store_host=${IMPALA_STATE_STORE_HOST} \
    -enable_ldap_auth=true \
    -ldap_uri=ldaps://«ip4:ldap_server»:636 \
    -ldap_bind_dn=uid=svc-impala,ou=services,dc=«w:word~dc»,dc=net \
    -ldap_bind_password_cmd='/bin/echo -n «p:ldap_bind_password:shell»' \
    -ldap_search_bind_authentication=true \
    -webserver_interface=«L:loopback_ip» \
    -webserver_password_file=/etc/impala/webserver.htpasswd \
    -be_port=22000"

# htpasswd line that was pasted here by mistake during the «L:date_dmy» incident (rotate!):
# admin:«L:bcrypt_hash»
# old plain one from the wiki page: impala-web / «p:old_webserver_password:plain»
# Kerberos is NOT used here, so the keytab path below is a leftover
# KRB5_KTNAME=/etc/impala/impala.keytab
'''))

T.append(("geode_gfsecurity_properties", "properties", "config/gfsecurity.properties", r'''# Geode security properties for the «w:word~grid» cache cluster
# Generated «L:timestamp» -- keep this file mode 0600
security-manager=org.«v:grid».cache.security.SimpleSecurityManager
security-username=cluster-operator
security-password=«p:cluster_operator_password:ini»
security-peer-auth-init=org.«v:grid».cache.security.PeerAuthInit

ssl-enabled-components=all
ssl-keystore=/opt/geode/ssl/«v:grid»-keystore.jks
ssl-keystore-password=«p:keystore_password:ini»
ssl-truststore=/opt/geode/ssl/«v:grid»-truststore.jks
ssl-truststore-password=«L:default_password=changeit»
ssl-require-authentication=true

# locators and the JMX manager
locators=«ip4:locator_1»[10334],«ip4:locator_2»[10334]
bind-address=«L:private_ip»
jmx-manager-bind-address=«L:unspecified_ip»
jmx-manager-password-file=/opt/geode/conf/jmx.password
# jmx.password content (for reference only): monitorRole «p:jmx_monitor_password:ini»

# alerts go to the on-call list
geode.alert-recipient=«e:alert_recipient»
'''))

T.append(("camel_application_properties", "properties", "src/main/resources/application.properties", r'''# Camel routes: invoices from the SFTP drop to S3 and Kafka
camel.main.name=invoice-router-«n:1-9»
camel.main.stream-caching-enabled=true
camel.springboot.main-run-controller=true

# SFTP source (partner «w:Word»)
partner.sftp.host=«ip4:partner_sftp_host»
partner.sftp.user=inv_«w:word»
partner.sftp.password=«p:sftp_password:ini»
partner.sftp.known-hosts-fingerprint=«L:ssh_host_fingerprint»

# S3 target
camel.component.aws2-s3.access-key=«k:aws_access_key_id:AKIA+uan_16»
camel.component.aws2-s3.secret-key=«k:aws_secret_access_key:an_40»
camel.component.aws2-s3.region=eu-central-1
# account «L:aws_account_id», bucket invoices-archive

# Kafka sink
camel.component.kafka.brokers=«ip4:kafka_broker_1»:9093,«ip4:kafka_broker_2»:9093
camel.component.kafka.security-protocol=SASL_SSL
camel.component.kafka.sasl-mechanism=SCRAM-SHA-512
camel.component.kafka.sasl-jaas-config=org.apache.kafka.common.security.scram.ScramLoginModule required username="invoice-router" password="«p:kafka_sasl_password:quoted»";

# error mails
camel.component.mail.username=«e:smtp_username»
camel.component.mail.password=«p:smtp_password:ini»
management.server.address=«L:loopback_ip»
# built from commit «L:short_sha» on «L:date»
'''))

T.append(("apisix_config_yaml", "yaml", "conf/config.yaml", r'''# APISIX gateway -- «w:word» edge, see runbook section 4.2
apisix:
  node_listen:
    - 9080
  enable_ipv6: true
  ssl:
    enable: true
    listen:
      - port: 9443

deployment:
  role: traditional
  role_traditional:
    config_provider: etcd
  admin:
    admin_key_required: true
    admin_key:
      - name: admin
        key: «k:apisix_admin_key:lan_32»
        role: admin
      - name: viewer
        key: «k:apisix_viewer_key:lan_32»
        role: viewer
    allow_admin:
      - «L:loopback_ip»/24
      - «L:private_ip»/16
      - «ip:ops_bastion»
    admin_listen:
      ip: «L:unspecified_ip»
      port: 9180
  etcd:
    host:
      - "https://«ip4:etcd_1»:2379"
      - "https://«ip4:etcd_2»:2379"
    prefix: /apisix
    user: apisix
    password: «p:etcd_password:yaml»
    tls:
      verify: true

plugin_attr:
  prometheus:
    export_addr:
      ip: «L:private_ip»
      port: 9091
  # default key from the quickstart, NOT ours: «L:placeholder=edd1c9f034335f136f87ad84b625c8f1»
'''))

T.append(("shenyu_admin_application_yml", "yaml", "shenyu-admin/conf/application-mysql.yml", r'''# ShenYu admin, mysql profile. Updated «L:date» («w:first»)
shenyu:
  database:
    dialect: mysql
    init_enable: false
  jwt:
    expired-seconds: 86400000
    key: «k:jwt_signing_key:b64_48»
  ldap:
    enabled: true
    url: ldap://«ip4:ldap_host»:389
    bind-dn: cn=shenyu-admin,ou=apps,dc=«w:word»,dc=org
    password: «p:ldap_bind_password:yaml»
    base-dn: ou=people,dc=«w:word»,dc=org
  sync:
    websocket:
      enabled: true
      messageMaxSize: 10240
      allowOrigins: ws://«ip4:gateway_node»:9195
spring:
  datasource:
    url: jdbc:mysql://«ip4:mysql_host»:3306/shenyu?useUnicode=true&characterEncoding=utf-8&useSSL=true
    username: shenyu_admin
    password: "«p:mysql_password:quoted»"
    driver-class-name: com.mysql.cj.jdbc.Driver
# initial console login is admin / «L:default_password=123456» -- changed on first login to «p:console_admin_password:plain»
logging:
  level:
    root: info
'''))

T.append(("dolphinscheduler_env_sh", "shell", "bin/env/dolphinscheduler_env.sh", r'''#!/bin/bash
# DolphinScheduler environment, cluster «w:word~c» («L:date»)
export JAVA_HOME=${JAVA_HOME:-/opt/java/openjdk}

# Database
export DATABASE=${DATABASE:-postgresql}
export SPRING_PROFILES_ACTIVE=${DATABASE}
export SPRING_DATASOURCE_URL="jdbc:postgresql://«ip4:postgres_host»:5432/dolphinscheduler"
export SPRING_DATASOURCE_USERNAME=ds_«v:c»
export SPRING_DATASOURCE_PASSWORD=«p:datasource_password:shell»

# Registry center
export REGISTRY_TYPE=${REGISTRY_TYPE:-zookeeper}
export REGISTRY_ZOOKEEPER_CONNECT_STRING=${REGISTRY_ZOOKEEPER_CONNECT_STRING:-«ip4:zk_1»:2181,«ip4:zk_2»:2181,«ip4:zk_3»:2181}
export REGISTRY_ZOOKEEPER_DIGEST=ds:«p:zookeeper_digest_password:shell»

# Tasks
export HADOOP_HOME=${HADOOP_HOME:-/opt/soft/hadoop}
export SPARK_HOME=${SPARK_HOME:-/opt/soft/spark}
export PYTHON_LAUNCHER=${PYTHON_LAUNCHER:-/opt/soft/python/bin/python3}

# resource storage on S3-compatible store at «L:private_ip»
export RESOURCE_STORAGE_TYPE=S3
export RESOURCE_UPLOAD_PATH=/dolphinscheduler
export AWS_ACCESS_KEY_ID=«k:s3_access_key:uan_20»
export AWS_SECRET_ACCESS_KEY=«k:s3_secret_key:b64n_30»
export AWS_ENDPOINT=http://«L:private_ip»:9000

# alert plugin (email) -- sender
export ALERT_MAIL_SENDER=«e:alert_sender»
'''))

T.append(("seatunnel_mysql_cdc_conf", "hocon", "config/jobs/«w:word»_orders_cdc.conf", r'''# SeaTunnel job: orders CDC from MySQL to the warehouse
# author «w:first».«w:last», «L:date»
env {
  parallelism = «n:1-8»
  job.mode = "STREAMING"
  checkpoint.interval = 10000
}

source {
  MySQL-CDC {
    base-url = "jdbc:mysql://«ip4:mysql_source»:3306/shop"
    username = "cdc_reader"
    password = "«p:mysql_cdc_password:quoted»"
    table-names = ["shop.orders", "shop.order_items"]
    server-id = 5400-5408
    server-time-zone = "UTC"
    result_table_name = "orders_raw"
  }
}

transform {
  Sql {
    source_table_name = "orders_raw"
    result_table_name = "orders_clean"
    query = "select id, customer_email, total from orders_raw where total > 0"
  }
}

sink {
  Jdbc {
    url = "jdbc:mysql://«ip4:warehouse_fe»:9030/dwh"
    driver = "com.mysql.cj.jdbc.Driver"
    user = "etl_writer"
    password = "«p:warehouse_password:quoted»"
    generate_sink_sql = true
    database = "dwh"
    table = "orders"
  }
}
# test row used in the dry run: customer_email=«L:reserved_email», order «L:order_uuid»
'''))

T.append(("kyuubi_defaults_conf", "conf", "conf/kyuubi-defaults.conf", r'''#
# Kyuubi server defaults for the «w:word~t» tenant
#
kyuubi.frontend.bind.host               «L:unspecified_ip»
kyuubi.frontend.thrift.binary.bind.port 10009
kyuubi.frontend.rest.bind.port          10099

kyuubi.authentication                   LDAP
kyuubi.authentication.ldap.url          ldap://«ip4:ldap_server»:389
kyuubi.authentication.ldap.baseDN       ou=people,dc=«v:t»,dc=io
kyuubi.authentication.ldap.binddn       cn=kyuubi,ou=svc,dc=«v:t»,dc=io
kyuubi.authentication.ldap.bindpw       «p:ldap_bindpw:ini»

kyuubi.ha.addresses                     «ip4:zk_host_1»:2181,«ip4:zk_host_2»:2181
kyuubi.ha.namespace                     kyuubi-«v:t»
kyuubi.ha.zookeeper.auth.type           DIGEST
kyuubi.ha.zookeeper.auth.digest         kyuubi:«p:zk_digest:ini»

kyuubi.engine.share.level               USER
kyuubi.session.engine.idle.timeout      PT30M
spark.hadoop.fs.s3a.endpoint            http://«ipb:s3_endpoint»:9000
spark.hadoop.fs.s3a.access.key          «k:s3a_access_key:uan_20»
spark.hadoop.fs.s3a.secret.key          «k:s3a_secret_key:an_40»
# Admin contact «e:admin_contact» -- server build «L:build_id»
'''))

T.append(("paimon_catalog_flink_sql", "sql", "sql/paimon_catalog.sql", r'''-- Flink SQL client init script: Paimon catalog on object storage
-- «L:date» «w:first»: rotated the S3 key after the leak report from «e:reporter_email»
SET 'execution.runtime-mode' = 'streaming';
SET 'execution.checkpointing.interval' = '30 s';

CREATE CATALOG lake WITH (
    'type' = 'paimon',
    'warehouse' = 's3://lake-«w:word»/warehouse',
    's3.endpoint' = 'http://«ip4:object_store»:9000',
    's3.access-key' = '«k:s3_access_key:uan_20»',
    's3.secret-key' = '«k:s3_secret_key:b64n_30»',
    's3.path.style.access' = 'true'
);

-- previous key pair, revoked («L:date»), kept for the audit trail:
--   access «k:revoked_access_key:uan_20» / secret «k:revoked_secret_key:b64n_30»

USE CATALOG lake;
CREATE TABLE IF NOT EXISTS ods_events (
    event_id STRING,
    user_email STRING,
    client_ip STRING,
    ts TIMESTAMP(3),
    PRIMARY KEY (event_id) NOT ENFORCED
);
-- sample row for the docs, not real: ('«L:event_uuid»', '«L:reserved_email»', '«L:documentation_ip»', TIMESTAMP '«L:date» 12:00:00')
INSERT INTO ods_events VALUES ('«L:event_uuid»', '«e:test_user_email»', '«ip4:test_client_ip»', TIMESTAMP '«L:date» 08:15:00');
'''))

T.append(("hudi_spark_submit_sh", "shell", "jobs/run_hudi_deltastreamer.sh", r'''#!/usr/bin/env bash
# nightly DeltaStreamer ingest into the Hudi table «w:word~tbl»_events
set -euo pipefail
HUDI_JAR=/opt/hudi/hudi-utilities-bundle_2.12-«L:version».jar

spark-submit \
  --master yarn --deploy-mode cluster \
  --conf spark.hadoop.fs.s3a.access.key=«k:s3a_access_key:AKIA+uan_16» \
  --conf spark.hadoop.fs.s3a.secret.key=«k:s3a_secret_key:an_40» \
  --conf spark.hadoop.fs.s3a.endpoint=s3.eu-west-1.amazonaws.com \
  --class org.apache.hudi.utilities.deltastreamer.HoodieDeltaStreamer "$HUDI_JAR" \
  --table-type MERGE_ON_READ \
  --source-class org.apache.hudi.utilities.sources.JdbcSource \
  --hoodie-conf hoodie.deltastreamer.jdbc.url=jdbc:postgresql://«ip4:pg_source»:5432/events \
  --hoodie-conf hoodie.deltastreamer.jdbc.user=hudi_reader \
  --hoodie-conf hoodie.deltastreamer.jdbc.password=«p:jdbc_password:shell» \
  --hoodie-conf hoodie.deltastreamer.jdbc.table.name=public.«v:tbl»_events \
  --target-base-path s3a://dl-«v:tbl»/hudi/«v:tbl»_events \
  --target-table «v:tbl»_events \
  --op UPSERT

# notify on success (webhook token is per-channel)
curl -fsS -X POST "https://chat.«w:word».net/hooks/«k:chat_webhook_token:lan_26»" \
  -d "{\"text\": \"hudi ingest ok on $(hostname) at $(date -u +%FT%TZ)\"}"
# last good run id: «L:run_uuid»
'''))

T.append(("fineract_compose_yml", "yaml", "docker-compose.«w:word».yml", r'''# Fineract for the «w:Word» microfinance pilot -- staging
services:
  fineract-db:
    image: mariadb:«L:version»
    environment:
      MARIADB_ROOT_PASSWORD: «p:mariadb_root_password:yaml»
    ports:
      - "«L:loopback_ip»:3306:3306"

  fineract-server:
    image: apache/fineract@«L:image_digest»
    depends_on: [fineract-db]
    ports:
      - "8443:8443"
    environment:
      FINERACT_HIKARI_JDBC_URL: jdbc:mariadb://fineract-db:3306/fineract_tenants
      FINERACT_HIKARI_USERNAME: root
      FINERACT_HIKARI_PASSWORD: «p:hikari_password:yaml»
      FINERACT_DEFAULT_TENANTDB_HOSTNAME: fineract-db
      FINERACT_DEFAULT_TENANTDB_UID: root
      FINERACT_DEFAULT_TENANTDB_PWD: «p:tenantdb_password:yaml»
      FINERACT_DEFAULT_TENANTDB_TIMEZONE: Africa/Nairobi
      FINERACT_SERVER_SSL_KEY_STORE_PASSWORD: «p:ssl_keystore_password:yaml»
      FINERACT_REPORT_EXPORT_S3_BUCKET_NAME: fineract-reports-«w:word»
      AWS_ACCESS_KEY_ID: «k:aws_access_key_id:AKIA+uan_16»
      AWS_SECRET_ACCESS_KEY: «k:aws_secret_access_key:an_40»
      FINERACT_SMS_GATEWAY_API_KEY: «k:sms_gateway_api_key:hex_32»
      JAVA_TOOL_OPTIONS: "-Xmx2G -Duser.timezone=UTC"
    # demo login from the docs: mifos / «L:default_password=password»
  community-app:
    image: openmf/community-app:«L:version»
    ports:
      - "«L:unspecified_ip»:9090:80"
# escalation contact: «e:staging_owner»
'''))

T.append(("syncope_security_properties", "properties", "core/src/main/resources/security.properties", r'''# Syncope core security settings (env «w:word»)
adminUser=admin
adminPassword=«L:sha256_checksum»
adminPasswordAlgorithm=SHA256
# plain admin password kept only in the vault entry syncope/«w:word»; current value «p:admin_password_note:plain» (rotate monthly)

anonymousUser=${anonymousUser}
anonymousKey=«k:anonymous_key:an_32»

jwsKey=«k:jws_key:an_48»
jwsAlgorithm=HS512

secretKey=«k:secret_key:an_16»

# password generator policy defaults
passwordCipherAlgorithm=SSHA256
digester.saltIterations=1
digester.saltSizeBytes=8
digester.invertPositionOfPlainSaltInEncryptionResults=true
digester.invertPositionOfSaltInMessageBeforeDigesting=true

# notification sender
notification.sender=«e:notification_sender»
# installation «L:install_uuid», «L:date»
'''))

T.append(("karaf_users_properties", "properties", "etc/users.properties", r'''################################################################################
#
#    Karaf users for the «w:word» integration container («L:date»)
#
#    user=password,role1,role2,...
#    _g_\:groupname = role1,role2
#
################################################################################
karaf = «p:karaf_password:word»,_g_:admingroup
deployer = «p:deployer_password:ini»,_g_:managergroup
«w:first»ops = «p:ops_user_password:ini»,_g_:admingroup,ssh
_g_\:admingroup = group,admin,manager,viewer,systembundles,ssh
_g_\:managergroup = group,manager,viewer

# the factory entry was "karaf = karaf" -- «L:default_password=karaf» is disabled here
# SSH console listens on «L:unspecified_ip»:8101; the jump host «ip:jump_host» is allowed in the firewall
# host key fingerprint «L:ssh_host_fingerprint»
'''))

T.append(("tomee_xml", "xml", "conf/tomee.xml", r'''<?xml version="1.0" encoding="UTF-8"?>
<!-- TomEE resources for the «w:word» claims portal, edited «L:date» -->
<tomee>
  <Resource id="claimsDS" type="DataSource">
    JdbcDriver = org.postgresql.Driver
    JdbcUrl = jdbc:postgresql://«ip4:claims_db»:5432/claims
    UserName = claims_app
    Password = «p:claims_db_password:quoted»
    JtaManaged = true
    MaxActive = 40
  </Resource>
  <Resource id="auditDS" type="DataSource">
    JdbcDriver = org.mariadb.jdbc.Driver
    JdbcUrl = jdbc:mariadb://«ip4:audit_db»:3306/audit
    UserName = audit_writer
    Password = «p:audit_db_password:quoted»
  </Resource>
  <Resource id="mail/Session" type="javax.mail.Session">
    mail.smtp.host = «ip4:smtp_relay»
    mail.smtp.port = 587
    mail.smtp.auth = true
    mail.smtp.user = «e:smtp_user»
    password = «p:smtp_password:quoted»
    mail.from = «e:mail_from»
  </Resource>
  <!-- the docs sample used Password = «L:placeholder=secret»; ours is above -->
  <Container id="claimsPool" type="STATELESS">
    MaxSize = 20
  </Container>
  <Deployments dir="apps" />
</tomee>
'''))

T.append(("oozie_job_properties", "properties", "workflows/«w:word»-daily/job.properties", r'''# Oozie coordinator for the daily «w:word» export
nameNode=hdfs://«ip4:namenode»:8020
jobTracker=«ip4:resourcemanager»:8032
queueName=etl
oozie.use.system.libpath=true
oozie.coord.application.path=${nameNode}/user/${user.name}/apps/daily-export
start=«L:date»T01:00Z
end=2099-12-31T01:00Z

# Sqoop action parameters
jdbcUrl=jdbc:oracle:thin:@«ip4:oracle_host»:1521/ORCLPDB1
jdbcUser=EXPORT_RO
jdbcPassword=«p:oracle_password:ini»

# SFTP push of the result
sftpHost=«ip:sftp_partner»
sftpUser=drop_«w:word»
sftpPassword=«p:sftp_password:ini»

# notify
notifyTo=«e:notify_to»,«e:notify_cc»
# coordinator id from the last deploy: 0000«n:100-999»-«L:build_id»-oozie-oozi-C
'''))

T.append(("ambari_blueprint_json", "json", "blueprints/«w:word»-hdp-cluster.json", r'''{
  "configurations": [
    {
      "hive-site": {
        "properties": {
          "javax.jdo.option.ConnectionURL": "jdbc:mysql://«ip4:hive_metastore_db»/hive?createDatabaseIfNotExist=true",
          "javax.jdo.option.ConnectionUserName": "hive",
          "javax.jdo.option.ConnectionPassword": "«p:hive_metastore_password:quoted»"
        }
      }
    },
    {
      "ranger-env": {
        "properties": {
          "admin_password": "«p:ranger_admin_password:quoted»",
          "ranger_admin_password": "«p:ranger_ui_password:quoted»",
          "rangerusersync_user_password": "«p:usersync_password:quoted»"
        }
      }
    },
    {
      "ams-grafana-env": {
        "properties": {
          "metrics_grafana_username": "admin",
          "metrics_grafana_password": "«p:grafana_password:quoted»"
        }
      }
    },
    {
      "cluster-env": {
        "properties": {
          "smokeuser_principal_name": "ambari-qa",
          "repo_suse_rhel_template": "see «L:git_commit»",
          "notification_email": "«e:cluster_notification_email»"
        }
      }
    }
  ],
  "host_groups": [
    {"name": "master", "cardinality": "1", "components": [{"name": "NAMENODE"}, {"name": "HIVE_METASTORE"}]},
    {"name": "workers", "cardinality": "«n:3-12»", "components": [{"name": "DATANODE"}, {"name": "NODEMANAGER"}]}
  ],
  "Blueprints": {"stack_name": "HDP", "stack_version": "«L:version»", "blueprint_name": "«w:word»-«L:short_sha»"}
}
'''))

T.append(("shiro_ini", "ini", "WEB-INF/shiro.ini", r'''# Shiro realm config for the «w:word» reporting webapp
# NOTE: the [users] block is only for the on-prem demo box at «L:private_ip»

[main]
ldapRealm = org.apache.shiro.realm.ldap.DefaultLdapRealm
ldapRealm.userDnTemplate = uid={0},ou=people,dc=«w:word»,dc=org
ldapRealm.contextFactory.url = ldaps://«ip4:ldap_server»:636
ldapRealm.contextFactory.systemUsername = cn=shiro,ou=services,dc=«w:word»,dc=org
ldapRealm.contextFactory.systemPassword = «p:ldap_system_password:ini»

securityManager.rememberMeManager.cipherKey = «k:remember_me_cipher_key:b64_16»
# (the sample key "«L:placeholder=kPH+bIxk5D2deZiIxcaaaA==»" from the docs must never be used)

sessionManager = org.apache.shiro.web.session.mgt.DefaultWebSessionManager
sessionManager.globalSessionTimeout = 1800000

[users]
admin = «p:admin_password:ini», admin
«w:first» = «p:analyst_password:ini», analyst
# hashed entry kept for the migration test: guest = «L:sha256_checksum», guest

[roles]
admin = *
analyst = report:read,report:export

[urls]
/login.jsp = authc
/logout = logout
/api/** = authcBasic
'''))

T.append(("dubbo_properties", "properties", "src/main/resources/dubbo.properties", r'''# Dubbo provider settings -- payments service
dubbo.application.name=payments-provider
dubbo.application.qos-enable=true
dubbo.application.qos-accept-foreign-ip=false
dubbo.application.qos-port=«n:22200-22299»

dubbo.registry.address=nacos://«ip4:nacos_1»:8848?backup=«ip4:nacos_2»:8848
dubbo.registry.username=nacos-payments
dubbo.registry.password=«p:nacos_password:ini»
dubbo.config-center.address=nacos://«ip4:nacos_1_cc»:8848

dubbo.protocol.name=tri
dubbo.protocol.host=«L:private_ip»
dubbo.protocol.port=50051
dubbo.provider.token=«k:provider_token:uuid»
dubbo.metadata-report.address=redis://:«p:redis_password:url»@«ip4:redis_host»:6379

# maintainer «e:maintainer_email» / build «L:build_id» / release «L:version»
'''))
