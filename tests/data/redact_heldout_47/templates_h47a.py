"""Templates for held-out set 47, part a: web CMSs, translation, HR/CRM, booking, media.

Each template is written one by one; values come from gen_h47.G (passed in as g).
"""

ORDER = [
    'grav_email_account_yaml', 'kirby_config_php', 'statamic_env', 'processwire_site_config_php',
    'concrete5_database_php', 'typo3_additional_configuration_php', 'silverstripe_env',
    'umbraco_appsettings_json', 'backdrop_settings_php', 'pootle_local_settings_py',
    'zanata_standalone_xml', 'traduora_compose_yaml', 'icehrm_config_php', 'x2crm_support_mail_eml',
    'alfio_application_properties', 'easyappointments_config_php', 'librephotos_dockerfile',
    'rutorrent_config_php', 'phplist_config_php',
]


def t_grav_email_account_yaml(g):
    dom = g.choice(['lindenhollow-hives.co.uk', 'bulrush-honey.ie', 'copsewood-honey.nz'])
    admin = g.first().lower()
    text = f"""# user/config/plugins/email.yaml  (Grav email plugin)
enabled: true
from: {g.org_email('email_from', 'shop', dom)}
from_name: 'Hive Shop'
to: {g.email('email_to')}
mailer:
  engine: smtp
  smtp:
    server: {g.ip('smtp_server_ip', 0.25)}
    port: 587
    encryption: tls
    user: {g.email('smtp_user')}
    password: {g.pw('smtp_password', 'yaml')}
  sendmail:
    bin: '/usr/sbin/sendmail -bs'
content_type: text/html
debug: false
---
# user/accounts/{admin}.yaml
state: enabled
email: {g.email('account_email', first=admin.capitalize())}
fullname: '{admin.capitalize()} {g.last()}'
title: Administrator
hashed_password: {g.bcrypt()}
twofa_enabled: true
twofa_secret: {g.keyv('twofa_secret', g.s('ABCDEFGHIJKLMNOPQRSTUVWXYZ234567', 32))}
access:
  admin:
    login: true
    super: true
---
# user/config/security.yaml
salt: {g.key('security_salt', 'an24')}
# default that the installer shows in its docs: {g.placeholder('CHANGE_THIS_SALT')}
"""
    return 'yaml', 'user/config/plugins/email.yaml', text


def t_kirby_config_php(g):
    dom = g.choice(['fernbrook-press.de', 'quarryhill-print.at', 'slatecombe.ch'])
    text = f"""<?php
// site/config/config.{g.choice(['www', 'staging', 'localhost'])}.{dom}.php
return [
    'debug' => false,
    'url'   => 'https://{dom}',
    'panel' => [
        'install' => false,
        'slug'    => 'studio',
    ],
    'email' => [
        'transport' => [
            'type'     => 'smtp',
            'host'     => '{g.ip('smtp_host_ip', 0.3)}',
            'port'     => 465,
            'security' => true,
            'auth'     => true,
            'username' => '{g.email('smtp_username')}',
            'password' => '{g.pw('smtp_password', 'quoted')}',
        ],
    ],
    'kirby-newsletter.listKey' => '{g.key('newsletter_list_key', 'hex32')}',
    'maps.apiKey' => '{g.pkey('maps_api_key', 'aiza')}',
    'contact.recipient' => '{g.email('contact_recipient')}',
    'contact.cc' => '{g.reserved_email('editor')}', // template default, replaced in prod
    'cache' => [
        'pages' => ['active' => true, 'type' => 'memcached', 'host' => '{g.priv()}'],
    ],
    'trusted-proxies' => ['{g.loop()}', '{g.priv()}'],
    'release' => '{g.version()}',
];
"""
    return 'php', f'site/config/config.{dom}.php', text


def t_statamic_env(g):
    text = f"""APP_NAME="Wryneck Outdoor Co"
APP_ENV=production
APP_KEY=base64:{g.key('app_key', 'b64_32')}
APP_DEBUG=false
APP_URL=https://wryneck-outdoor.co.uk

STATAMIC_LICENSE_KEY={g.key('statamic_license_key', 'an24')}
STATAMIC_PRO_ENABLED=true
STATAMIC_GIT_ENABLED=true
STATAMIC_GIT_USER_EMAIL={g.email('git_user_email')}
STATAMIC_STACHE_WATCHER=false

DB_CONNECTION=mysql
DB_HOST={g.ip('db_host_ip', 0.2)}
DB_PORT=3306
DB_DATABASE=statamic
DB_USERNAME=statamic
DB_PASSWORD={g.pw('db_password', 'env')}

REDIS_HOST={g.loop()}
REDIS_PASSWORD=null

MAIL_MAILER=smtp
MAIL_HOST={g.ip('mail_host_ip', 0.2)}
MAIL_PORT=2525
MAIL_USERNAME={g.email('mail_username')}
MAIL_PASSWORD={g.pw('mail_password', 'env')}
MAIL_FROM_ADDRESS="{g.reserved_email('hello')}"

# build {g.build_id()} / commit {g.short_sha()}
"""
    return 'env', '.env', text


def t_processwire_site_config_php(g):
    text = f"""<?php namespace ProcessWire;
if(!defined("PROCESSWIRE")) die();

/*** SITE CONFIG *************************************************************************/
$config->debug = false;
$config->chmodDir = '0755';
$config->chmodFile = '0644';
$config->timezone = 'Europe/Tallinn';
$config->defaultAdminTheme = 'AdminThemeUikit';

/*** INSTALLER CONFIG ********************************************************************/
$config->dbHost = '{g.ip('db_host_ip', 0.3)}';
$config->dbName = 'pw_{g.choice(['harbour', 'ferry', 'lighthouse'])}';
$config->dbUser = 'pwuser';
$config->dbPass = '{g.pw('db_pass', 'quoted')}';
$config->dbPort = '3306';
$config->dbCharset = 'utf8mb4';
$config->dbEngine = 'InnoDB';

/** Installer: User Authentication Salt */
$config->userAuthSalt = '{g.key('user_auth_salt', 'hex40')}';
/** Installer: Table Salt (General Purpose) */
$config->tableSalt = '{g.key('table_salt', 'hex40')}';

$config->httpHosts = array('ferrytimes.ee', 'www.ferrytimes.ee');
$config->installed = {g.num(1600000000, 1760000000)};

// WireMail SMTP (module settings mirrored here for the deploy script)
$config->wireMailSmtp = array(
    'smtp_host' => 'mail.ferrytimes.ee',
    'smtp_user' => '{g.email('smtp_user')}',
    'smtp_password' => '{g.pw('smtp_password', 'quoted')}',
    'sender_email' => '{g.email('sender_email')}',
    'allow_ips' => '{g.priv()} {g.loop()}',
);
// admin login path documented for editors: /processwire/ (old default password {g.default_pw('admin123')} was rotated)
"""
    return 'php', 'site/config.php', text


def t_concrete5_database_php(g):
    text = f"""<?php

return [
    'default-connection' => 'concrete',
    'connections' => [
        'concrete' => [
            'driver' => 'c5_pdo_mysql',
            'server' => '{g.ip('db_server_ip', 0.25)}',
            'database' => 'c5_parish',
            'username' => 'c5_parish',
            'password' => '{g.pw('db_password', 'quoted')}',
            'character_set' => 'utf8mb4',
            'collation' => 'utf8mb4_unicode_ci',
        ],
        'archive' => [
            'driver' => 'c5_pdo_mysql',
            'server' => '{g.priv()}',
            'database' => 'c5_archive',
            'username' => 'reader',
            'password' => '{g.pw('archive_db_password', 'quoted')}',
        ],
    ],
];

// application/config/app.php (excerpt pasted by {g.email('pasted_by')} into the ticket)
// 'api' => ['keys' => ['mapbox' => '{g.key('mapbox_style_token', 'an32')}']],
// 'mail' => ['method' => 'smtp', 'methods' => ['smtp' => ['server' => '{g.ip('mail_server_ip', 0.25)}', 'username' => '{g.email('mail_username')}', 'password' => '{g.pw('mail_password', 'quoted')}', 'port' => 587, 'encryption' => 'TLS']]],
// core version {g.version()} ; package hash {g.md5()}
"""
    return 'php', 'application/config/database.php', text


def t_typo3_additional_configuration_php(g):
    text = f"""<?php
// typo3conf/AdditionalConfiguration.php -- production overrides
$GLOBALS['TYPO3_CONF_VARS']['DB']['Connections']['Default'] = [
    'charset' => 'utf8mb4',
    'dbname' => 't3_stadtwerke',
    'driver' => 'mysqli',
    'host' => '{g.ip('db_host_ip', 0.2)}',
    'password' => '{g.pw('db_password', 'quoted')}',
    'port' => 3306,
    'user' => 't3_prod',
];
$GLOBALS['TYPO3_CONF_VARS']['SYS']['encryptionKey'] = '{g.keyv('encryption_key', g.hexs(96))}';
$GLOBALS['TYPO3_CONF_VARS']['SYS']['trustedHostsPattern'] = '(www\\\\.)?stadtwerke-ulmbach\\\\.de';
$GLOBALS['TYPO3_CONF_VARS']['SYS']['reverseProxyIP'] = '{g.priv()},{g.priv()}';
$GLOBALS['TYPO3_CONF_VARS']['BE']['installToolPassword'] = '{g.argon2()}';
$GLOBALS['TYPO3_CONF_VARS']['MAIL'] = [
    'transport' => 'smtp',
    'transport_smtp_server' => '{g.br(g.ip('smtp_server_ip', 0.3))}:587',
    'transport_smtp_encrypt' => true,
    'transport_smtp_username' => '{g.email('smtp_username')}',
    'transport_smtp_password' => '{g.pw('smtp_password', 'quoted')}',
    'defaultMailFromAddress' => '{g.email('mail_from')}',
    'defaultMailFromName' => 'Stadtwerke Ulmbach',
];
$GLOBALS['TYPO3_CONF_VARS']['EXTENSIONS']['solr']['password'] = '{g.pw('solr_password', 'quoted')}';
// TYPO3 {g.version()} - deploy {g.ts()}
"""
    return 'php', 'typo3conf/AdditionalConfiguration.php', text


def t_silverstripe_env(g):
    text = f"""# .env for the Silverstripe site (copied from .env.example, see docs)
SS_ENVIRONMENT_TYPE="live"
SS_BASE_URL="https://museum-kilbeggan.ie"
SS_DATABASE_CLASS="MySQLDatabase"
SS_DATABASE_SERVER="{g.ip('db_server_ip', 0.2)}"
SS_DATABASE_USERNAME="ss_museum"
SS_DATABASE_PASSWORD="{g.pw('db_password', 'env')}"
SS_DATABASE_NAME="ss_museum_live"
SS_DEFAULT_ADMIN_USERNAME="{g.email('default_admin_username')}"
SS_DEFAULT_ADMIN_PASSWORD="{g.pw('default_admin_password', 'env')}"
SS_ERROR_LOG="silverstripe.log"
SS_TRUSTED_PROXY_IPS="{g.priv()}"
SS_SEND_ALL_EMAILS_FROM="{g.email('send_all_from')}"
MAILER_DSN="smtp://museum-mailer:{g.pw('mailer_password', 'url')}@{g.ipp('mailer_host_ip', 587, 0.0)}"
SS_MFA_SECRET_KEY="{g.key('mfa_secret_key', 'hex64')}"
# example values from the docs, not used here:
# SS_DATABASE_PASSWORD="{g.placeholder('<db-password>')}"
# SS_DEFAULT_ADMIN_USERNAME="{g.reserved_email('admin')}"
"""
    return 'env', '.env', text


def t_umbraco_appsettings_json(g):
    obj = {
        '$schema': 'appsettings-schema.json',
        'Serilog': {'MinimumLevel': {'Default': 'Information'}},
        'ConnectionStrings': {
            'umbracoDbDSN': f"Server={g.ip('sql_server_ip', 0.2)},1433;Database=UmbracoGallery;User Id=umbraco_app;Password={g.pw('sql_password', 'quoted')};TrustServerCertificate=True",
            'umbracoDbDSN_ProviderName': 'Microsoft.Data.SqlClient',
        },
        'Umbraco': {
            'CMS': {
                'Global': {
                    'Id': g.uuid('installation_uuid'),
                    'Smtp': {
                        'From': g.email('smtp_from'),
                        'Host': g.ip('smtp_host_ip', 0.3),
                        'Port': 587,
                        'Username': g.email('smtp_username'),
                        'Password': g.pw('smtp_password', 'json'),
                    },
                },
                'Unattended': {
                    'InstallUnattended': False,
                    'UnattendedUserName': 'Gallery Admin',
                    'UnattendedUserEmail': g.reserved_email('admin'),
                    'UnattendedUserPassword': g.placeholder('<set-in-user-secrets>'),
                },
                'DeliveryApi': {'Enabled': True, 'ApiKey': g.key('delivery_api_key', 'uuid')},
                'Hosting': {'Debug': False},
                'RuntimeMinification': {'Version': g.version()},
            },
        },
        'uSync': {'Settings': {'SignatureSecret': g.key('usync_signature_secret', 'b64_32')}},
        'AllowedHosts': '*',
        'KnownProxies': [g.priv(), g.loop()],
    }
    return 'json', 'appsettings.Production.json', g.jdump(obj) + '\n'


def t_backdrop_settings_php(g):
    cfg = g.hexs(32)
    text = f"""<?php
/**
 * @file
 * Backdrop site-specific configuration file (settings.php).
 */
$database = 'mysql://bd_choir:{g.pw('database_password', 'url')}@{g.ip('database_host_ip', 0.0)}/bd_choir';
$database_prefix = '';

$config_directories['active'] = 'files/config_{g.look('config_dir_hash', cfg)}/active';
$config_directories['staging'] = 'files/config_{g.look('config_dir_hash', cfg)}/staging';

$settings['hash_salt'] = '{g.key('hash_salt', 'b64url43')}';
$settings['update_free_access'] = FALSE;
$settings['backdrop_drupal_compatibility'] = TRUE;
$settings['reverse_proxy'] = TRUE;
$settings['reverse_proxy_addresses'] = array('{g.priv()}', '{g.ip('reverse_proxy_ip', 0.4)}');

$config['system.core']['site_mail'] = '{g.email('site_mail')}';
$config['smtp.settings']['smtp_host'] = '{g.ip('smtp_host_ip', 0.2)}';
$config['smtp.settings']['smtp_username'] = '{g.email('smtp_username')}';
$config['smtp.settings']['smtp_password'] = '{g.pw('smtp_password', 'quoted')}';
$config['recaptcha.settings']['secret_key'] = '{g.key('recaptcha_secret', 'b64url43')}';
// installer's example line (left as documentation): $database = 'mysql://user:{g.placeholder('pass')}@localhost/database_name';
"""
    return 'php', 'settings.php', text


def t_pootle_local_settings_py(g):
    text = f"""# -*- coding: utf-8 -*-
# ~/.pootle/pootle.conf -- local settings for the translation server

SECRET_KEY = '{g.keyv('django_secret_key', g.alnum(40) + g.s('!#%^&*(-_=+)', 6) + g.alnum(4))}'

DATABASES = {{
    'default': {{
        'ENGINE': 'django.db.backends.postgresql',
        'NAME': 'pootle',
        'USER': 'pootle',
        'PASSWORD': '{g.pw('db_password', 'quoted')}',
        'HOST': '{g.ip('db_host_ip', 0.3)}',
        'PORT': '5432',
        'ATOMIC_REQUESTS': True,
    }}
}}

CACHES = {{
    'default': {{
        'BACKEND': 'django_redis.cache.RedisCache',
        'LOCATION': 'redis://:{g.pw('redis_password', 'url')}@{g.priv()}:6379/1',
    }},
}}

POOTLE_CONTACT_EMAIL = '{g.email('contact_email')}'
POOTLE_CONTACT_REPORT_EMAIL = '{g.email('report_email')}'
DEFAULT_FROM_EMAIL = '{g.reserved_email('pootle')}'  # upstream default, overridden by the relay

EMAIL_HOST = '{g.ip('email_host_ip', 0.2)}'
EMAIL_HOST_USER = '{g.email('email_host_user')}'
EMAIL_HOST_PASSWORD = '{g.pw('email_host_password', 'quoted')}'
EMAIL_PORT = 587
EMAIL_USE_TLS = True

POOTLE_MT_BACKENDS = [
    ('GOOGLE_TRANSLATE', '{g.pkey('mt_api_key', 'aiza')}'),
]
ALLOWED_HOSTS = ['translate.ugnelabs.lt', '{g.loop()}']
# installed from pootle {g.version()} wheel, sha256 {g.sha256()}
"""
    return 'python', '.pootle/pootle.conf', text


def t_zanata_standalone_xml(g):
    text = f"""<?xml version="1.0" encoding="UTF-8"?>
<!-- standalone.xml (excerpt) for the Zanata server on the app host -->
<server xmlns="urn:jboss:domain:4.0">
  <system-properties>
    <property name="zanata.email.default.from.address" value="{g.email('default_from')}"/>
    <property name="zanata.email.admin.address" value="{g.email('admin_address')}"/>
    <property name="zanata.security.authpolicy.internal" value="true"/>
    <property name="javamelody.authorized-users" value="monitor:{g.pw('javamelody_password', 'xml')}"/>
  </system-properties>
  <profile>
    <subsystem xmlns="urn:jboss:domain:datasources:4.0">
      <datasources>
        <datasource jndi-name="java:jboss/datasources/zanataDatasource" pool-name="zanataDatasource" enabled="true">
          <connection-url>jdbc:mysql://{g.ipp('db_ip', 3306, 0.0)}/zanata?characterEncoding=UTF-8</connection-url>
          <driver>mysql-connector-java.jar</driver>
          <security>
            <user-name>zanata</user-name>
            <password>{g.pw('datasource_password', 'xml')}</password>
          </security>
        </datasource>
      </datasources>
    </subsystem>
    <subsystem xmlns="urn:jboss:domain:mail:2.0">
      <mail-session name="zanata-mail" jndi-name="java:jboss/mail/Default">
        <smtp-server outbound-socket-binding-ref="mail-smtp" username="{g.email('smtp_username')}" password="{g.pw('smtp_password', 'xml')}" tls="true"/>
      </mail-session>
    </subsystem>
  </profile>
  <interfaces>
    <interface name="public"><inet-address value="{g.unspec()}"/></interface>
    <interface name="management"><inet-address value="{g.loop()}"/></interface>
  </interfaces>
  <socket-binding-group name="standard-sockets" default-interface="public">
    <outbound-socket-binding name="mail-smtp">
      <remote-destination host="{g.ip('smtp_host_ip', 0.3)}" port="587"/>
    </outbound-socket-binding>
  </socket-binding-group>
  <!-- OAuth app for the sign-in button: client id {g.look('client_id', g.hexs(20))}, secret {g.key('oauth_client_secret', 'hex40')} -->
</server>
"""
    return 'xml', 'standalone/configuration/standalone.xml', text


def t_traduora_compose_yaml(g):
    text = f"""# docker-compose.yml for the string-translation stack
version: "3.7"
services:
  traduora:
    image: everco/ever-traduora:{g.version()}
    ports:
      - "{g.unspec()}:8080:8080"
    environment:
      TR_DB_TYPE: mysql
      TR_DB_HOST: {g.ip('db_host_ip', 0.2)}
      TR_DB_PORT: "3306"
      TR_DB_USER: tr
      TR_DB_PASSWORD: {g.pw('db_password', 'yaml')}
      TR_DB_DATABASE: tr_prod
      TR_SECRET: {g.key('tr_secret', 'hex64')}
      TR_VIRTUAL_HOST: https://strings.aoife-games.ie
      TR_SIGNUPS_ENABLED: "false"
      TR_MAIL_HOST: {g.ip('mail_host_ip', 0.3)}
      TR_MAIL_PORT: "587"
      TR_MAIL_USER: {g.email('mail_user')}
      TR_MAIL_PASSWORD: {g.pw('mail_password', 'yaml')}
      TR_MAIL_SENDER: {g.email('mail_sender')}
      TR_AUTH_GOOGLE_ENABLED: "true"
      TR_AUTH_GOOGLE_CLIENT_ID: {g.look('client_id', str(g.num(10**11, 10**12)) + '-' + g.lalnum(32) + '.apps.googleusercontent.com')}
      TR_AUTH_GOOGLE_CLIENT_SECRET: {g.keyv('google_client_secret', 'GOCSPX-' + g.alnum(28))}
    healthcheck:
      test: ["CMD", "wget", "-qO-", "http://{g.loop()}:8080/health"]
  mysqldb:
    image: mysql@{g.digest()}
    environment:
      MYSQL_ROOT_PASSWORD: {g.pw('mysql_root_password', 'yaml')}
      MYSQL_DATABASE: tr_prod
"""
    return 'yaml', 'docker-compose.yml', text


def t_icehrm_config_php(g):
    text = f"""<?php
ini_set('error_log', '/var/log/icehrm/app.log');

define('CLIENT_NAME', 'bjornstad-logistics');
define('APP_BASE_PATH', '/var/www/icehrm/');
define('CLIENT_BASE_PATH', '/var/www/icehrm/app/');
define('BASE_URL', 'https://hr.bjornstad-logistics.no/web/');
define('CLIENT_BASE_URL', 'https://hr.bjornstad-logistics.no/app/');

define('APP_DB', 'icehrm_db');
define('APP_USERNAME', 'icehrm_user');
define('APP_PASSWORD', '{g.pw('app_db_password', 'quoted')}');
define('APP_HOST', '{g.ip('db_host_ip', 0.2)}');
define('APP_CON_STR', 'mysqli://'.APP_USERNAME.':'.APP_PASSWORD.'@'.APP_HOST.'/'.APP_DB);

//file upload
define('FILE_TYPES', 'jpg,png,jpeg,pdf,doc,docx');
define('MAX_FILE_SIZE_KB', 10 * 1024);

define('SMTP_HOST', '{g.ip('smtp_host_ip', 0.3)}');
define('SMTP_USER', '{g.email('smtp_user')}');
define('SMTP_PASS', '{g.pw('smtp_pass', 'quoted')}');
define('HR_NOTIFY_EMAIL', '{g.email('hr_notify_email')}');
define('LDAP_BIND_DN', 'cn=icehrm,ou=services,dc=bjornstad,dc=local');
define('LDAP_BIND_PASSWORD', '{g.pw('ldap_bind_password', 'quoted')}');
define('LDAP_SERVER', '{g.priv()}');
define('API_KEY_SIGNING', '{g.key('api_signing_key', 'hex40')}');
// demo login from the release notes ({g.version()}): admin / {g.default_pw('admin')}
"""
    return 'php', 'app/config.php', text


def t_x2crm_support_mail_eml(g):
    sender_first, sender_last = g.first(), g.last()
    sender = g.email('from_email', first=sender_first, last=sender_last)
    text = f"""From: {sender_first} {sender_last} <{sender}>
To: CRM support <{g.email('to_email')}>
Cc: {g.email('cc_email')}
Subject: X2CRM cron emails stopped after the move
Date: Tue, {g.num(1, 28)} Oct 2025 09:{g.num(10, 59)}:04 +0200
Message-ID: <{g.look('message_id', g.hexs(16) + '.' + str(g.num(1000, 9999)) + '@crm.dunlin-yachts.com')}>
X-Originating-IP: [{g.ip('originating_ip', 0.0)}]
Content-Type: text/plain; charset=utf-8

Hi,

since we moved X2CRM to the new box ({g.ip('new_server_ip', 0.35)}) the campaign mails are not going
out. The SMTP account in Admin > Email Settings is {g.email('smtp_account')} and I re-entered the
password ({g.pw('smtp_password', 'prose')}) twice, still "535 authentication failed".

protected/config/X2Config.php on the new host has:

    $host = '{g.priv()}';
    $user = 'x2crm';
    $pass = '{g.pw('db_pass', 'quoted')}';
    $dbname = 'x2crm';
    $appName = 'X2CRM';
    $email = '{g.email('admin_email')}';
    $buildDate = {g.num(1500000000, 1700000000)};
    $version = '{g.version()}';

The web-lead form API key is {g.key('weblead_api_key', 'an32')} (Admin > API Settings) in case you
need to test the webhook. The old server {g.ip('old_server_ip', 0.0)} is still up until Friday.

Thanks,
{sender_first}
"""
    return 'email', 'mail/x2crm-support.eml', text


def t_alfio_application_properties(g):
    text = f"""# alf.io application-prod.properties
spring.profiles.active=jdbc-session,prod
spring.datasource.url=jdbc:postgresql://{g.ipp('datasource_ip', 5432, 0.0)}/alfio?sslmode=require
spring.datasource.username=alfio
spring.datasource.password={g.pw('datasource_password', 'ini')}
spring.datasource.hikari.maximum-pool-size=10
alfio.version={g.version()}
alfio.admin.email={g.email('admin_email')}
alfio.cors.allowed-origins=https://tickets.kittiwake-festival.ie

# payment provider keys (test mode on staging)
stripe.secret.key={g.pkey('payment_secret_key', 'sk_test')}
stripe.public.key={g.look('publishable_key', 'pk_test_' + g.alnum(24))}
stripe.webhook.key={g.keyv('webhook_signing_secret', 'whsec_' + g.alnum(32))}

mail.smtp.host={g.ip('smtp_host_ip', 0.3)}
mail.smtp.port=587
mail.smtp.username={g.email('smtp_username')}
mail.smtp.password={g.pw('smtp_password', 'ini')}
mail.from={g.email('mail_from')}
mail.reply-to={g.reserved_email('tickets')}

management.server.address={g.loop()}
server.forward-headers-strategy=native
server.tomcat.remoteip.trusted-proxies={g.priv()}
"""
    return 'properties', 'config/application-prod.properties', text


def t_easyappointments_config_php(g):
    text = f"""<?php
/* ----------------------------------------------------------------------------
 * Easy!Appointments - config.php (physiotherapy practice, {g.choice(['Vilnius', 'Kaunas', 'Klaipeda'])})
 * ---------------------------------------------------------------------------- */
class Config {{
    // GENERAL SETTINGS
    const BASE_URL      = 'https://booking.kineziterapija-zuberi.lt';
    const LANGUAGE      = 'lithuanian';
    const DEBUG_MODE    = false;

    // DATABASE SETTINGS
    const DB_HOST       = '{g.ip('db_host_ip', 0.25)}';
    const DB_NAME       = 'easyappointments';
    const DB_USERNAME   = 'ea_user';
    const DB_PASSWORD   = '{g.pw('db_password', 'quoted')}';

    // GOOGLE CALENDAR SYNC
    const GOOGLE_SYNC_FEATURE   = true;
    const GOOGLE_PRODUCT_NAME   = 'Kineziterapija';
    const GOOGLE_CLIENT_ID      = '{g.look('client_id', str(g.num(10**11, 10**12)) + '-' + g.lalnum(32) + '.apps.googleusercontent.com')}';
    const GOOGLE_CLIENT_SECRET  = '{g.key('google_client_secret', 'an24')}';
    const GOOGLE_API_KEY        = '{g.pkey('google_api_key', 'aiza')}';
}}
/* mail: application/config/email.php
   $config['smtp_host'] = '{g.ip('smtp_host_ip', 0.2)}';
   $config['smtp_user'] = '{g.email('smtp_user')}';
   $config['smtp_pass'] = '{g.pw('smtp_pass', 'quoted')}';
   $config['smtp_crypto'] = 'tls';
   reception inbox: {g.email('reception_email')} */
"""
    return 'php', 'config.php', text


def t_librephotos_dockerfile(g):
    text = f"""# Dockerfile for our patched LibrePhotos backend (build on the NAS)
FROM reallibrephotos/librephotos:{g.version()}
LABEL maintainer="{g.email('maintainer_email')}"

# TODO: move these to the compose .env before pushing the image anywhere
ENV SECRET_KEY={g.key('django_secret_key', 'an40')} \\
    DB_BACKEND=postgresql \\
    DB_NAME=librephotos \\
    DB_USER=docker \\
    DB_PASS={g.pw('db_pass', 'shell')} \\
    DB_HOST={g.ip('db_host_ip', 0.2)} \\
    DB_PORT=5432 \\
    MAPBOX_API_KEY={g.keyv('mapbox_secret_token', 'sk.' + g.b64(g.rbytes(45)).replace('+', 'A').replace('/', 'z').rstrip('=') + '.' + g.alnum(22))} \\
    WEB_CONCURRENCY=2 \\
    ALLOW_UPLOAD=true

ARG ADMIN_EMAIL={g.email('admin_email')}
ARG ADMIN_PASSWORD={g.pw('admin_password', 'shell')}
RUN python manage.py createadmin -u admin "$ADMIN_EMAIL" || true

# mount the photo share from the NAS
RUN echo "//{g.priv()}/photos /data cifs username=photos,password={g.pw('cifs_password', 'shell')},vers=3.0 0 0" >> /etc/fstab

HEALTHCHECK CMD curl -fs http://{g.loop()}:8001/api/health || exit 1
EXPOSE 8001
# base image digest pinned in CI: {g.digest()}
"""
    return 'dockerfile', 'backend/Dockerfile', text


def t_rutorrent_config_php(g):
    text = f"""<?php
	// ruTorrent conf/config.php on the seedbox (web UI in front of the torrent daemon)
	@define('HTTP_USER_AGENT', 'Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:109.0) Gecko/20100101 Firefox/115.0', true);
	@define('HTTP_TIME_OUT', 30, true);
	@define('HTTP_USE_GZIP', true, true);
	$httpIP = '{g.loop()}';
	@define('RPC_TIME_OUT', 5, true);
	@define('LOG_RPC_CALLS', false, true);
	@define('LOG_RPC_FAULTS', true, true);
	@define('PHP_USE_GZIP', false, true);
	@define('PHP_GZIP_LEVEL', 2, true);

	$schedule_rand = 10;
	$do_diagnostic = true;
	$log_file = '/tmp/errors.log';
	$saveUploadedTorrents = true;
	$overwriteUploadedTorrents = false;
	$topDirectory = '/srv/seed/';
	$forbidUserSettings = false;

	$scgi_port = 0;
	$scgi_host = "unix:///run/seedbox/rpc.socket";
	$XMLRPCMountPoint = "/RPC2";

	$pathToExternals = array("php" => '', "curl" => '', "gzip" => '', "id" => '', "stat" => '');
	$localHostedMode = false;
	$cachedPluginLoading = false;
	$localhosts = array("{g.loop()}", "localhost", "{g.priv()}");
	$proxy_ip = '{g.ip('proxy_ip', 0.4)}';

	// notes for the box owner (remove before sharing this file)
	// web UI basic auth: user seed, password {g.pw('basic_auth_password', 'plain')}
	// htpasswd line: seed:{g.look('hashed_password', '$apr1$' + g.s('abcdefghijklmnopqrstuvwxyz0123456789', 8) + '$' + g.s('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789./', 22))}
	// daemon binds to {g.ip('public_bind_ip', 0.0)} (listen port 51413), dht off
	// private tracker announce: https://tracker.fulmar-trackers.net/announce?passkey={g.key('tracker_passkey', 'hex32')}
	// rss feed: https://tracker.fulmar-trackers.net/rss?uid={g.num(10000, 99999)}&auth={g.key('rss_auth', 'hex32')}
	// plugin autodl irc password: {g.pw('irc_password', 'plain')} ; notifications to {g.email('notify_email')}
	// release {g.version()}
"""
    return 'php', 'rutorrent/conf/config.php', text


def t_phplist_config_php(g):
    text = f"""<?php
/*
 * phpList config.php - newsletter for the allotment society
 */
$database_host = '{g.ip('database_host_ip', 0.2)}';
$database_name = 'phplistdb';
$database_user = 'phplist';
$database_password = '{g.pw('database_password', 'quoted')}';
$table_prefix = 'phplist_';
$usertable_prefix = 'phplist_user_';

define('PHPMAILERHOST', '{g.ip('mailer_host_ip', 0.3)}');
$phpmailer_smtpuser = '{g.email('smtp_user')}';
$phpmailer_smtppassword = '{g.pw('smtp_password', 'quoted')}';
define('PHPMAILERPORT', 587);
define('PHPMAILER_SECURE', 'tls');

define('TEST', 0);
define('MANUALLY_PROCESS_BOUNCES', 1);
$bounce_protocol = 'pop';
$bounce_mailbox_host = 'pop.{g.choice(['netidea.com', 'uniserve.com', 'execulink.com'])}';
$bounce_mailbox_user = '{g.email('bounce_mailbox_user')}';
$bounce_mailbox_password = '{g.pw('bounce_mailbox_password', 'quoted')}';
$message_envelope = '{g.email('message_envelope')}';

define('REMOTE_URL_REFETCH_TIMEOUT', 3600);
$check_for_host = 1;
define('CAPTCHA_SECRET', '{g.key('captcha_secret', 'b64url43')}');
// default admin created by the installer: admin / {g.default_pw('phplist')} (changed on first login)
// tested with phpList {g.version()} on PHP {g.look('version', '8.' + str(g.num(1, 3)) + '.' + str(g.num(0, 20)))}
"""
    return 'php', 'config/config.php', text
