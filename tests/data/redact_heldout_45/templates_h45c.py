"""Templates 38-57 of held-out set 45 (civic, events, inventory, fleet, field-data and volunteer tools)."""


def t_decidim_secrets_yml(G):
    text = f'''# config/secrets.yml  (Decidim instance of the participatory budget, pre-credentials migration)
default: &default
  omniauth:
    facebook:
      enabled: false
    developer:
      enabled: false
  maps:
    provider: here
    api_key: {G.K('maps_api_key', 'b64u43')}
  etherpad:
    server: https://pad.{G.pick(['civic-lab', 'townhall'])}.eu
    api_key: {G.K('etherpad_api_key', 'hex64')}
    api_version: "1.2.1"

production:
  <<: *default
  secret_key_base: {G.Kv('secret_key_base', G.hex(128))}
  smtp_username: {G.E('smtp_username_email')}
  smtp_password: {G.P('smtp_password', 'yaml')}
  smtp_address: smtp.{G.pick(['arnet.com.ar', 'ciudad.com.ar'])}
  smtp_domain: {G.pick(['civic-lab', 'townhall'])}.eu
  database_url: postgres://decidim:{G.P('database_url_password', 'url')}@{G.IP4('database_host_ip')}/decidim_prod
  sidekiq_redis: redis://{G.priv()}:6379/2
  # placeholder kept from the generator:
  bulletin_board_api_key: {G.L('placeholder', '<%= ENV["BULLETIN_BOARD_API_KEY"] %>')}
'''
    return "yaml", "decidim/config/secrets.yml", text


def t_loomio_mbox(G):
    a, b = G.email_raw(), G.email_raw()
    text = f'''From {G.Ev('mbox_from_email', a)} {G.pick(['Mon', 'Thu'])} Jan {G.n(10, 28)} 09:{G.n(10, 59)}:11 2026
Return-Path: <{G.Ev('return_path_email', a)}>
Received: from mail-relay ({G.IP4('relay_ip')})
	by mx.{G.pick(['ofir.dk', 'jippii.fi'])} with ESMTPSA id {G.L('queue_id', G.s('ABCDEF0123456789', 12))}
	for <{G.Ev('rcpt_email', b)}>; {G.pick(['Mon', 'Thu'])}, {G.n(10, 28)} Jan 2026 09:{G.n(10, 59)}:12 +0100
Message-ID: {G.L('message_id', '<' + G.hex(16) + '.' + G.n(1000, 9999).__str__() + '@loomio.coop-board.org>')}
From: {G.person()} <{G.Ev('from_email', a)}>
To: {G.Ev('to_email', b)}
Cc: {G.E('cc_email')}
Subject: Re: moving the co-op Loomio to the new server

Hi,

the new VM is up at {G.IP('new_vm_ip')}. For the handover:

  admin login: {G.Ev('admin_login_email', a)}
  admin password: {G.P('admin_password', 'prose')}
  SMTP relay password (for the .env): {G.P('smtp_relay_password', 'prose')}

The reply-by-email key is {G.K('reply_by_email_key', 'hex32')} -- it has to match REPLY_HOSTNAME.
Please change everything after first login. Old box ({G.priv()}) stays up until Friday.

Cheers,
{G.first().capitalize()}

> On 12 Jan, {G.Ev('quoted_from_email', b)} wrote:
> can you send me the details? the docs example uses {G.remail('admin')} which obviously fails.
'''
    return "email", "mail/loomio-handover.eml", text


def t_liquidfeedback_lua(G):
    text = f'''-- /opt/liquid_feedback_frontend/config/myconfig.lua
config.absolute_base_url = "https://lqfb.{G.pick(['party-north', 'assembly'])}.de/"
config.instance_name = "Assembly"
config.app_service = "lqfb"

config.database = {{
  engine = "postgresql",
  host = "{G.IP4('database_host_ip')}",
  dbname = "liquid_feedback",
  user = "www-data",
  password = "{G.P('database_password', 'quoted')}",
}}

config.mail_subject_prefix = "[LQFB] "
config.mail_from_address = "{G.E('mail_from_email')}"
config.mail_reply_to = "{G.E('mail_reply_to_email')}"

-- SMTP via the association's provider
config.smtp = {{
  server = "{G.IP('smtp_server_ip')}",
  user = "lqfb",
  password = "{G.P('smtp_password', 'quoted')}",
}}

config.oauth2 = {{
  signing_secret = "{G.K('oauth2_signing_secret', 'b64_48')}",
}}

config.localhost = "{G.loop()}"
config.public_access = "{G.pick(['full', 'pseudonym'])}"
-- listen on {G.ula6()} inside the VPN too
'''
    return "lua", "lqfb/config/myconfig.lua", text


def t_pretalx_cfg(G):
    text = f'''[filesystem]
data = /var/pretalx/data
static = /var/pretalx/static

[site]
debug = False
url = https://cfp.{G.pick(['barcamp-sued', 'devconf-north'])}.org
secret = {G.K('site_secret', 'b64u43')}

[database]
backend = postgresql
name = pretalx
user = pretalx
password = {G.P('database_password', 'ini')}
host = {G.IP4('database_host_ip')}
port = 5432

[mail]
from = {G.E('mail_from_email')}
host = smtp.{G.pick(['oceanfree.net', 'slingshot.co.nz'])}
port = 587
user = {G.E('mail_user_email')}
password = {G.P('mail_password', 'ini')}
tls = True

[celery]
backend = redis://{G.priv()}/1
broker = redis://:{G.P('broker_redis_password', 'url')}@{G.priv()}/2

[logging]
email = {G.E('logging_email')}
email_level = ERROR
'''
    return "ini", "pretalx/pretalx.cfg", text


def t_openslides_setup_heredoc(G):
    text = f'''#!/bin/bash
# provision-openslides.sh  -- run once on the meeting server
set -e
mkdir -p /srv/openslides/secrets && cd /srv/openslides

cat > secrets/superadmin <<'EOF_ADMIN'
{G.P('superadmin_password', 'plain')}
EOF_ADMIN

cat > secrets/postgres_password <<EOF_PG
{G.P('postgres_password', 'shell')}
EOF_PG

printf '%s' '{G.K('auth_token_key', 'b64_32')}' > secrets/auth_token_key
printf '%s' '{G.K('auth_cookie_key', 'b64_32')}' > secrets/auth_cookie_key
chmod 600 secrets/*

cat > config.yml <<EOF_CFG
---
host: {G.unspec()}
port: 8000
defaultEnvironment:
  OPENSLIDES_LOGLEVEL: info
  EMAIL_HOST: {G.IP('email_host_ip')}
  EMAIL_HOST_USER: {G.E('email_host_user')}
  EMAIL_HOST_PASSWORD: {G.P('email_host_password', 'yaml')}
  DEFAULT_FROM_EMAIL: {G.E('default_from_email')}
EOF_CFG

openslides setup .
docker compose up -d
echo "done; superadmin is 'superadmin', see secrets/superadmin"
'''
    return "shell", "ops/provision-openslides.sh", text


def t_hoteldruid_dati_php(G):
    text = f'''<?php
# dati/dati_connessione.php  -- HotelDruid database connection (written by the installer)
$PHPR_DB_TYPE = "postgresql";
$PHPR_DB_NAME = "hoteldruid";
$PHPR_DB_HOST = "{G.IP('db_host_ip')}";
$PHPR_DB_PORT = "5432";
$PHPR_DB_USER = "hoteldruid";
$PHPR_DB_PASS = "{G.P('db_password', 'quoted')}";
$PHPR_LOAD_EXT = "NO";
$PHPR_TAB_PRE = "hd";
$PHPR_LOG = "SI";
# channel manager bridge (booking portal)
$CM_ENDPOINT = "https://{G.IP4('channel_manager_ip')}/ota/v1";
$CM_HOTEL_CODE = "{G.L('property_id', 'HTL' + str(G.n(100000, 999999)))}";
$CM_SECRET = "{G.K('channel_manager_secret', 'hex40')}";
# reception printer on {G.priv()}, card terminal on {G.priv()}
$EMAIL_RECEPTION = "{G.E('reception_email')}";
?>
'''
    return "php", "hoteldruid/dati/dati_connessione.php", text


def t_tastyigniter_env(G):
    text = f'''APP_NAME="Trattoria Ordering"
APP_ENV=production
APP_KEY=base64:{G.K('laravel_app_key', 'b64_32')}
APP_DEBUG=false
APP_URL=https://order.{G.pick(['trattoria-sole', 'nonna-rosa'])}.it

DB_CONNECTION=mysql
DB_HOST={G.IP4('db_host_ip')}
DB_PORT=3306
DB_DATABASE=tastyigniter
DB_USERNAME=ti_app
DB_PASSWORD="{G.P('db_password', 'quoted')}"
DB_PREFIX=ti_

MAIL_MAILER=smtp
MAIL_HOST=smtp.{G.pick(['fastwebnet.it'])}
MAIL_PORT=587
MAIL_USERNAME={G.E('mail_username_email')}
MAIL_PASSWORD={G.P('mail_password', 'ini')}
MAIL_FROM_ADDRESS={G.E('mail_from_email')}

CARD_GATEWAY_PUBLISHABLE_KEY={G.L('publishable_key', 'pk_live_' + G.s('abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789', 99))}
CARD_GATEWAY_SECRET_KEY={G.K('payment_secret_key', 'sklive')}
WALLET_CLIENT_ID={G.L('client_id', 'A' + G.s('abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_', 79))}
WALLET_CLIENT_SECRET={G.Kv('wallet_client_secret', 'E' + G.s('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_', 79))}
TRUSTED_PROXIES={G.priv()},{G.shared()}
'''
    return "env", "tastyigniter/.env", text


def t_partkeepr_parameters_php(G):
    text = f'''<?php
// app/config/parameters.php  (PartKeepr, hackerspace parts store)
$container->setParameter('database_driver', 'pdo_mysql');
$container->setParameter('database_host', '{G.IP('database_host_ip')}');
$container->setParameter('database_port', '3306');
$container->setParameter('database_name', 'partkeepr');
$container->setParameter('database_user', 'partkeepr');
$container->setParameter('database_password', '{G.P('database_password', 'quoted')}');

$container->setParameter('mailer_transport', 'smtp');
$container->setParameter('mailer_host', '{G.priv()}');
$container->setParameter('mailer_user', '{G.E('mailer_user_email')}');
$container->setParameter('mailer_password', '{G.P('mailer_password', 'quoted')}');

$container->setParameter('secret', '{G.K('symfony_secret', 'hex40')}');
$container->setParameter('partkeepr.partsearch.apikey', '{G.K('partsearch_api_key', 'hex32')}');
$container->setParameter('partkeepr.auth.max_users', 'unlimited');
// LDAP disabled; bind password left as the sample value
$container->setParameter('fr3d_ldap.driver.password', '{G.L('default_password', 'password')}');
$container->setParameter('fr3d_ldap.driver.host', '{G.docip()}');
'''
    return "php", "partkeepr/app/config/parameters.php", text


def t_partdb_env_local(G):
    text = f'''###> symfony/framework-bundle ###
APP_ENV=prod
APP_SECRET={G.K('app_secret', 'hex32')}
###< symfony/framework-bundle ###

###> doctrine/doctrine-bundle ###
DATABASE_URL="mysql://partdb:{G.P('database_url_password', 'url')}@{G.IP4('database_host_ip')}:3306/partdb?serverVersion={G.version()}"
###< doctrine/doctrine-bundle ###

###> symfony/mailer ###
MAILER_DSN=smtp://{G.pick(['partdb.notify', 'store-bot'])}:{G.P('mailer_dsn_password', 'url')}@smtp.{G.pick(['streamyx.com', 'pldtdsl.net'])}:587
EMAIL_SENDER_EMAIL={G.E('sender_email')}
###< symfony/mailer ###

# Info providers
PROVIDER_DIGIKEY_CLIENT_ID={G.L('client_id', G.s('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789', 32))}
PROVIDER_DIGIKEY_SECRET={G.K('digikey_client_secret', 'an24')}
PROVIDER_MOUSER_KEY={G.K('mouser_api_key', 'uuid')}
PROVIDER_TME_TOKEN={G.K('tme_token', 'an40')}
PROVIDER_TME_SECRET={G.K('tme_secret', 'an24')}
TRUSTED_PROXIES={G.loop()},{G.priv()}
'''
    return "env", "partdb/.env.local", text


def t_opengts_private_xml(G):
    text = f'''<?xml version="1.0" encoding="UTF-8"?>
<!-- private.xml : OpenGTS private label configuration (fleet office) -->
<PrivateLabels>
  <PrivateLabel name="fleet" host="*" aliases="">
    <PageTitle>Fleet Tracking</PageTitle>
    <EMail type="default">{G.E('default_email')}</EMail>
    <EMail type="support">{G.E('support_email')}</EMail>
    <EMail type="accounts">{G.remail('accounts')}</EMail>
    <Property key="smtp.host">{G.IP4('smtp_host_ip')}</Property>
    <Property key="smtp.user">{G.E('smtp_user_email')}</Property>
    <Property key="smtp.user.password">{G.P('smtp_user_password', 'xml')}</Property>
    <Property key="db.sql.password">{G.P('db_sql_password', 'xml')}</Property>
    <Property key="db.sql.host">{G.priv()}</Property>
    <Property key="geocoder.apiKey">{G.K('geocoder_api_key', 'an32')}</Property>
    <Property key="sms.gateway.url">https://sms-gw.{G.pick(['telco-a', 'carrier-b'])}.com/send?token={G.K('sms_gateway_token', 'hex40')}</Property>
    <Property key="dcs.listen.bind">{G.unspec()}</Property>
    <Property key="dcs.upstream">{G.IP('dcs_upstream_ip')}</Property>
  </PrivateLabel>
</PrivateLabels>
'''
    return "xml", "opengts/private/private.xml", text


def t_fleetbase_k8s_secret(G):
    db_pw = G.pw_raw('url')
    text = f'''apiVersion: v1
kind: Secret
metadata:
  name: fleetbase-api
  namespace: logistics
type: Opaque
stringData:
  APP_KEY: "base64:{G.K('app_key', 'b64_32')}"
  DATABASE_URL: "mysql://fleetbase:{G.Pv('database_url_password', db_pw)}@{G.IP4('database_host_ip')}/fleetbase"
  MAIL_USERNAME: "{G.E('mail_username_email')}"
  MAIL_PASSWORD: "{G.P('mail_password', 'quoted')}"
  GOOGLE_MAPS_API_KEY: "{G.K('maps_api_key', 'aiza')}"
  SMS_ACCOUNT_SID: "{G.L('account_id', 'AC' + G.hex(32))}"
  SMS_AUTH_TOKEN: "{G.K('sms_auth_token', 'hex32')}"
data:
  # base64 of the SOCKETCLUSTER secret
  SOCKETCLUSTER_SECRET: {G.K('socket_secret_b64', 'b64_48')}
  DB_PASSWORD_B64: {G.Kv('db_password_b64', G.b64of(db_pw))}
  REGION_B64: {G.L('base64_plain', G.b64of('eu-central-1'))}
---
apiVersion: v1
kind: Service
metadata: {{ name: fleetbase-api, namespace: logistics }}
spec:
  clusterIP: {G.priv()}
  loadBalancerIP: {G.IP4('load_balancer_ip')}
  ports: [{{ port: 8000 }}]
'''
    return "yaml", "k8s/logistics/fleetbase-secret.yaml", text


def t_fava_beancount_ledger(G):
    text = f'''; main.beancount -- household books, served with fava on {G.loop()}:5000
option "title" "Household"
option "operating_currency" "EUR"
2026-01-01 custom "fava-option" "import-config" "importers.py"

2020-01-01 open Assets:Bank:Checking EUR
2020-01-01 open Liabilities:CreditCard EUR
2020-01-01 open Expenses:Internet EUR

; bank export login (kept here because the importer reads it, I know, I know)
;   online banking user: {G.E('bank_login_email')}
;   PIN/password:        {G.P('bank_password', 'plain')}
;   importer api token:  {G.K('bank_importer_token', 'an40')}

2026-01-03 * "Fibre ISP" "January"
  Expenses:Internet          39.90 EUR
  Assets:Bank:Checking
  ; router WAN {G.IP('router_wan_ip')}, invoice mailed to {G.E('invoice_email')}

2026-01-05 * "Hardware store" "drill bits"
  receipt: "{G.sha256()}"
  Expenses:Home              12.40 EUR
  Liabilities:CreditCard
'''
    return "text", "finance/main.beancount", text


def t_orangehrm_sql_dump(G):
    text = f'''-- MySQL dump {G.version()}  Distrib 10.6, for debian-linux-gnu (x86_64)
-- Host: {G.IP4('dump_host_ip')}    Database: orangehrm
-- ------------------------------------------------------

LOCK TABLES `ohrm_email_configuration` WRITE;
INSERT INTO `ohrm_email_configuration` VALUES (1,'smtp','{G.E('sent_as_email')}','smtp.{G.pick(['entelchile.net', 'andinanet.net'])}',587,'{G.E('smtp_username_email')}','{G.P('smtp_password', 'quoted')}','login','tls');
UNLOCK TABLES;

LOCK TABLES `hs_hr_employee` WRITE;
INSERT INTO `hs_hr_employee` (`emp_number`,`emp_lastname`,`emp_firstname`,`emp_work_email`,`emp_oth_email`) VALUES
 (1,'{G.last().capitalize()}','{G.first().capitalize()}','{G.E('work_email')}','{G.E('other_email')}'),
 (2,'{G.last().capitalize()}','{G.first().capitalize()}','{G.E('work_email')}',NULL),
 (3,'Test','Account','{G.remail('hr.test')}',NULL);
UNLOCK TABLES;

LOCK TABLES `ohrm_oauth_client` WRITE;
INSERT INTO `ohrm_oauth_client` VALUES ('{G.L('client_id', 'orangehrm_mobile_app')}','{G.K('oauth_client_secret', 'an40')}','com.orangehrm.opensource://oauthredirect',1);
UNLOCK TABLES;

LOCK TABLES `ohrm_user` WRITE;
INSERT INTO `ohrm_user` VALUES (1,1,NULL,'Admin','{G.L('hashed_password', '$2y$12$' + G.s('abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789./', 53))}',0,1);
UNLOCK TABLES;
-- Dump completed on 2026-0{G.n(1, 9)}-1{G.n(0, 9)}
'''
    return "sql", "backups/orangehrm-partial.sql", text


def t_enketo_config_json(G):
    text = f'''{{
  "app name": "Enketo Express for field surveys",
  "linked form and data server": {{
    "name": "Central",
    "server url": "https://central.{G.pick(['fieldsurvey', 'agri-census'])}.org",
    "api key": "{G.K('linked_server_api_key', 'an40')}",
    "legacy formhub": false
  }},
  "encryption key": "{G.K('encryption_key', 'an32')}",
  "less secure encryption key": "{G.K('less_secure_encryption_key', 'an24')}",
  "redis": {{
    "main": {{ "host": "{G.priv()}", "port": "6379", "password": "{G.P('redis_main_password', 'quoted')}" }},
    "cache": {{ "host": "{G.priv()}", "port": "6380", "password": null }}
  }},
  "google": {{
    "api key": "{G.K('google_api_key', 'aiza')}",
    "analytics": {{ "ua": "{G.L('analytics_id', 'UA-' + str(G.n(10000000, 99999999)) + '-1')}", "domain": "auto" }}
  }},
  "support": {{ "email": "{G.E('support_email')}" }},
  "ip filtering": {{
    "allowPrivateIPAddress": false,
    "allowMetaIPAddress": false,
    "allowIPAddressList": ["{G.IP('allowed_ip')}"],
    "denyAddressList": ["{G.linklocal()}", "{G.ll6()}"]
  }},
  "version": "{G.version()}"
}}
'''
    return "json", "enketo/config/config.json", text


def t_tamanu_helm_values(G):
    text = f'''# values-prod.yaml for the tamanu chart (facility server, island clinic)
image:
  repository: registry.{G.pick(['health-ops', 'clinic-infra'])}.net/tamanu/facility-server
  tag: v{G.version()}
  digest: {G.digest()}

config:
  port: 4000
  db:
    host: {G.IP4('db_host_ip')}
    name: tamanu_facility
    username: tamanu
    password: {G.P('db_password', 'yaml')}
  sync:
    host: https://central.{G.pick(['health-ops', 'clinic-infra'])}.net
    email: {G.E('sync_user_email')}
    password: "{G.P('sync_password', 'quoted')}"
  auth:
    secret: {G.K('jwt_secret', 'b64_48')}
    refreshToken:
      secret: {G.K('refresh_token_secret', 'hex64')}
  mailgunLike:
    apiKey: {G.Kv('mail_api_key', G.hex(32) + '-' + G.hex(8) + '-' + G.hex(8))}
    from: {G.E('mail_from_email')}

networkPolicy:
  allowFrom:
    - {G.priv()}/24
    - {G.shared()}/32
    - {G.IP4('vpn_egress_ip')}/32
podAnnotations:
  checksum/config: {G.sha256()}
'''
    return "yaml", "helm/tamanu/values-prod.yaml", text


def t_commcare_localsettings_py(G):
    text = f'''# commcare-hq  localsettings.py (partial; managed by commcare-cloud, do not commit)
import os

DATABASES = {{
    "default": {{
        "ENGINE": "django.db.backends.postgresql_psycopg2",
        "NAME": "commcarehq",
        "USER": "commcarehq",
        "PASSWORD": "{G.P('db_password', 'quoted')}",
        "HOST": "{G.IP('db_host_ip')}",
        "PORT": "6432",
    }},
}}

SECRET_KEY = "{G.Kv('django_secret_key', G.s('abcdefghijklmnopqrstuvwxyz0123456789!#%^*-_=+', 50))}"
EMAIL_LOGIN = "{G.E('email_login')}"
EMAIL_PASSWORD = "{G.P('email_password', 'quoted')}"
SERVER_EMAIL = "{G.E('server_email')}"
DEFAULT_FROM_EMAIL = "{G.E('default_from_email')}"
SUPPORT_EMAIL = "{G.E('support_email')}"

COUCH_DATABASES = {{
    "default": {{
        "COUCH_HTTPS": False,
        "COUCH_SERVER_ROOT": "{G.priv()}:5984",
        "COUCH_USERNAME": "commcarehq",
        "COUCH_PASSWORD": "{G.P('couch_password', 'quoted')}",
        "COUCH_DATABASE_NAME": "commcarehq",
    }},
}}
SMS_GATEWAY_PASSWORD = os.environ.get("SMS_GATEWAY_PASSWORD", "{G.L('placeholder', 'changeme')}")
ALLOWED_HOSTS = ["{G.loop()}", "hq.{G.pick(['fieldhealth', 'ngo-data'])}.org"]
'''
    return "python", "commcare/localsettings.py", text


def t_webodm_gh_workflow(G):
    text = f'''# .github/workflows/deploy-webodm.yml
name: deploy webodm
on:
  push:
    branches: [main]
jobs:
  deploy:
    runs-on: ubuntu-latest
    env:
      WO_HOST: {G.IP4('webodm_host_ip')}
      WO_DEFAULT_NODES: 2
      # TODO move to repository secrets before going public
      WO_ADMIN_PASSWORD: "{G.P('admin_password', 'quoted')}"
      NODEODM_TOKEN: {G.K('nodeodm_token', 'hex32')}
      REGISTRY_TOKEN: ${{{{ secrets.REGISTRY_TOKEN }}}}
    steps:
      - uses: actions/checkout@{G.sha1()}
      - name: ship
        run: |
          echo "${{{{ secrets.DEPLOY_KEY }}}}" > key && chmod 600 key
          ssh -i key -o StrictHostKeyChecking=no odm@$WO_HOST \\
            "cd /opt/webodm && WO_ADMIN_PASSWORD=$WO_ADMIN_PASSWORD ./webodm.sh restart --default-nodes 2"
          curl -fsS -u "ci:{G.P('status_page_password', 'shell')}" https://{G.IPu('status_page_ip', 8443)}/ping/odm
      - name: notify
        run: |
          curl -X POST -H "Authorization: Bearer {G.K('chat_webhook_bearer', 'ghp')}" https://api.github.com/repos/survey-team/odm/dispatches -d '{{"event_type":"deployed"}}'
'''
    return "yaml", ".github/workflows/deploy-webodm.yml", text


def t_nodeodm_systemd(G):
    text = f'''# /etc/systemd/system/nodeodm.service
[Unit]
Description=NodeODM processing node
After=network-online.target

[Service]
User=odm
WorkingDirectory=/opt/NodeODM
Environment=NODE_ENV=production
Environment="NODEODM_TOKEN={G.K('nodeodm_token', 'an32')}"
Environment=S3_ACCESS_KEY={G.K('s3_access_key', 'an24')}
Environment=S3_SECRET_KEY={G.K('s3_secret_key', 'an40')}
Environment=S3_ENDPOINT=https://{G.IP4('s3_endpoint_ip')}:9000
Environment="WEBHOOK=https://{G.IP4('webhook_ip')}/odm/done?auth={G.K('webhook_auth', 'hex40')}"
ExecStart=/usr/bin/node index.js --port 3000 --token ${{NODEODM_TOKEN}} --s3_endpoint ${{S3_ENDPOINT}}
Restart=on-failure

[Install]
WantedBy=multi-user.target
# bound to {G.priv()} only; firewall allows {G.IP('allowed_client_ip')}
'''
    return "ini", "systemd/nodeodm.service", text


def t_boinc_client_files(G):
    text = f'''==> /var/lib/boinc-client/gui_rpc_auth.cfg <==
{G.P('gui_rpc_password', 'plain')}

==> /var/lib/boinc-client/remote_hosts.cfg <==
# hosts allowed to control this client
{G.priv()}
{G.IP('remote_control_ip')}

==> /var/lib/boinc-client/account_einstein.phys.uwm.edu.xml <==
<account>
    <master_url>https://einstein.phys.uwm.edu/</master_url>
    <authenticator>{G.K('project_authenticator', 'hex32')}</authenticator>
    <project_name>Einstein@Home</project_name>
</account>

==> /var/lib/boinc-client/acct_mgr_login.xml <==
<acct_mgr_login>
    <login>{G.E('account_manager_login_email')}</login>
    <password_hash>{G.L('md5_hash', G.hex(32))}</password_hash>
    <authenticator>{G.K('account_manager_authenticator', 'hex32')}</authenticator>
</acct_mgr_login>

==> /etc/default/boinc-client <==
BOINC_OPTS="--allow_remote_gui_rpc --gui_rpc_port 31416"
'''
    return "text", "notes/boinc-client-files.txt", text


TEMPLATES = [
    t_decidim_secrets_yml, t_loomio_mbox, t_liquidfeedback_lua, t_pretalx_cfg, t_openslides_setup_heredoc,
    t_hoteldruid_dati_php, t_tastyigniter_env, t_partkeepr_parameters_php, t_partdb_env_local,
    t_opengts_private_xml, t_fleetbase_k8s_secret, t_fava_beancount_ledger, t_orangehrm_sql_dump,
    t_enketo_config_json, t_tamanu_helm_values, t_commcare_localsettings_py, t_webodm_gh_workflow,
    t_nodeodm_systemd, t_boinc_client_files,
]
