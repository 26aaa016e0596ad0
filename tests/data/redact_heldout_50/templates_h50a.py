"""Templates 1-19 of held-out set 50 (web, CMS, notes, workflow, access)."""
TEMPLATES = []


def tpl(name):
    def deco(fn):
        TEMPLATES.append((name, fn))
        return fn
    return deco


@tpl("breezewiki_config_ini")
def _t1(g):
    return "ini", "breezewiki/config.ini", """; BreezeWiki instance settings -- regenerated «L:date» after the move to the new VPS
[instance]
canonical_origin = https://bw.«w:word»-wiki.net
bind_address = «L:unspecified_ip»
port = «n:10400-10499»
debug = false
; upstream fetches go out through the egress box, «ip4:egress_ip» (v6: «ip6:egress_ipv6»)
feature_search_suggestions = true

[operator]
contact = «e:operator_contact»
; abuse reports are cc'd to «e:abuse_contact»

[stats]
; page-view collector on the LAN
collector_url = http://«L:private_ip»:8081/count
collector_token = «k:stats_collector_token:lan32»

[smtp]
host = smtp.«c:amnet.co.cr|netlife.ec|sr.net»
user = «e:smtp_user»
password = «p:smtp_password:ini»
; build «L:git_commit» from upstream tag v«L:version»
"""


@tpl("gancio_config_json")
def _t2(g):
    return "json", "gancio/config.json", """{
  "title": "Agenda «w:First»stad",
  "description": "eventi, presidi e cene sociali",
  "baseurl": "https://agenda.«w:word»-collettivo.org",
  "hostname": "«L:unspecified_ip»",
  "server": { "host": "«L:loopback_ip»", "port": «n:13100-13199» },
  "db": {
    "dialect": "postgres",
    "host": "«ip:db_host»",
    "database": "gancio",
    "username": "gancio",
    "password": "«p:db_password:json»"
  },
  "smtp": {
    "host": "mail.«c:puntonet.ec|entel.bo|cableonda.net»",
    "port": 587,
    "auth": { "user": "«e:smtp_user»", "pass": "«p:smtp_password:json»" }
  },
  "admin_email": "«e:admin_email»",
  "secret": "«k:session_secret:hex64»",
  "federation": { "enabled": true, "trusted_instances": ["«ip6:trusted_instance_ipv6»"] },
  "upload_path": "./uploads",
  "installed_at": "«L:timestamp»",
  "version": "«L:version»"
}
"""


@tpl("pluxml_parametres_xml")
def _t3(g):
    return "xml", "data/configuration/parametres.xml", """<?xml version="1.0" encoding="UTF-8"?>
<document>
\t<parametre name="title"><![CDATA[Carnet de «w:First»]]></parametre>
\t<parametre name="racine"><![CDATA[https://carnet.«w:word»-encre.fr/]]></parametre>
\t<parametre name="version"><![CDATA[«L:version»]]></parametre>
\t<parametre name="clef"><![CDATA[«k:plx_clef:an15»]]></parametre>
\t<parametre name="email_method"><![CDATA[smtp]]></parametre>
\t<parametre name="smtp_server"><![CDATA[«ip:smtp_server»]]></parametre>
\t<parametre name="smtp_username"><![CDATA[«e:smtp_username»]]></parametre>
\t<parametre name="smtp_password"><![CDATA[«p:smtp_password:xml»]]></parametre>
\t<parametre name="smtp_port"><![CDATA[465]]></parametre>
\t<parametre name="smtp_security"><![CDATA[ssl]]></parametre>
\t<parametre name="smtpOauth2_emailAdress"><![CDATA[«e:oauth_mailbox»]]></parametre>
\t<parametre name="smtpOauth2_clientId"><![CDATA[«L:client_id=«n:100000000000-999999999999»-«w:hex32».apps.googleusercontent.com»]]></parametre>
\t<parametre name="smtpOauth2_clientSecret"><![CDATA[«k:oauth_client_secret:GOCSPX-+an28»]]></parametre>
\t<parametre name="smtpOauth2_refreshToken"><![CDATA[«k:oauth_refresh_token:1//+b64u_72»]]></parametre>
\t<parametre name="thumbs"><![CDATA[1]]></parametre>
\t<parametre name="lastupdate"><![CDATA[«L:date»]]></parametre>
</document>
"""


@tpl("wondercms_database_js")
def _t4(g):
    return "json", "data/database.js", """{
    "config": {
        "siteTitle": "«w:First» Pottery Studio",
        "theme": "sky",
        "defaultPage": "home",
        "login": "«L:admin_url_path=loginURL»",
        "forceLogout": false,
        "forceHttps": true,
        "saveChangesPopup": false,
        "password": "«L:bcrypt_hash»",
        "lastLogins": {
            "«L:timestamp»": "«ip:last_login_ip»",
            "«L:timestamp»": "«ip:last_login_ip»"
        },
        "lastModulesSync": "«L:date»",
        "customModules": { "themes": {}, "plugins": {} },
        "menuItems": { "0": { "name": "Home", "slug": "home", "visibility": "show" } },
        "contactForm": {
            "recipient": "«e:contact_recipient»",
            "smtpUser": "«e:smtp_user»",
            "smtpPass": "«p:smtp_password:json»",
            "hcaptchaSecret": "«k:hcaptcha_secret:0x+hex40»",
            "hcaptchaSiteKey": "«L:site_uuid»"
        },
        "backupKey": "«k:backup_encryption_key:b64_32»"
    },
    "pages": { "home": { "title": "Home", "keywords": "clay, kiln, classes", "content": "Wheel classes every Thursday." } },
    "blocks": { "subside": { "content": "Studio opens «L:date»." }, "footer": { "content": "©2025" } }
}
"""


@tpl("wintercms_env")
def _t5(g):
    return "env", "wintercms/.env", """# Winter CMS -- production, copied from the server on «L:date»
APP_DEBUG=false
APP_URL=https://www.«w:word»-tannery.co.uk
APP_KEY=base64:«k:app_key:b64_32»

DB_CONNECTION=mysql
DB_HOST=«ip:db_host»
DB_PORT=3306
DB_DATABASE=winter_prod
DB_USERNAME=winter
DB_PASSWORD=«p:db_password:env»

REDIS_HOST=«L:private_ip»
REDIS_PASSWORD=«p:redis_password:env»
REDIS_PORT=6379

MAIL_MAILER=smtp
MAIL_HOST=smtp.«c:ucom.am|arminco.com|azdata.net»
MAIL_PORT=587
MAIL_USERNAME=«e:mail_username»
MAIL_PASSWORD=«p:mail_password:env»
MAIL_FROM_ADDRESS=«e:mail_from»
MAIL_FROM_NAME="${APP_NAME}"

# Mailgun was replaced, keep for the old queue worker until «L:date»
MAILGUN_SECRET=«k:mailgun_secret:key-+hex32»
LINK_POLICY=detect
WINTER_EDGE_UPDATES=false
WINTER_RELEASE=«L:version»
"""


@tpl("sulu_env_local")
def _t6(g):
    return "env", "sulu/.env.local", """###> symfony/framework-bundle ###
APP_ENV=prod
APP_SECRET=«k:app_secret:hex32»
###< symfony/framework-bundle ###

###> doctrine/doctrine-bundle ###
DATABASE_URL="postgresql://sulu:«p:db_password:url»@«ipp:db_host»:5432/sulu_website?serverVersion=«L:version»&charset=utf8"
###< doctrine/doctrine-bundle ###

###> symfony/mailer ###
MAILER_DSN=smtp://«c:newsletter|webmaster|noreply»:«p:mailer_password:url»@smtp.«c:saima.kg|uzpak.uz|sarkor.uz»:587
###< symfony/mailer ###

###> sulu/sulu ###
SULU_ADMIN_EMAIL=«e:admin_email»
###< sulu/sulu ###

###> elasticsearch ###
ELASTICSEARCH_HOST=http://elastic:«p:elastic_password:url»@«L:private_ip»:9200
###< elasticsearch ###

###> symfony/messenger ###
MESSENGER_TRANSPORT_DSN=doctrine://default?auto_setup=0
###< symfony/messenger ###
TRUSTED_PROXIES=«L:private_ip»,«ip4:cdn_edge_ip»
# deployed from «L:short_sha» on «L:date»
"""


@tpl("invoiceplane_ipconfig_php")
def _t7(g):
    return "php", "invoiceplane/ipconfig.php", """<?php exit('No direct script access allowed'); ?>
# InvoicePlane Configuration File

# Set your URL without trailing slash here, e.g. http://your-domain.com
IP_URL=https://facturas.«w:word»-taller.com.ec
REMOVE_INDEXPHP=true

# Database Settings
DB_HOSTNAME=«ip:db_hostname»
DB_USERNAME=invoiceplane
DB_PASSWORD=«p:db_password:ini»
DB_DATABASE=invoiceplane
DB_PORT=3306

# Session Settings
SESS_EXPIRATION=864000
SESS_MATCH_IP=true

# Encryption Settings
ENCRYPTION_KEY=base64:«k:encryption_key:b64_32»
ENCRYPTION_CIPHER=AES-256

# Setup Settings
DISABLE_SETUP=true
SETUP_COMPLETED=true

# Mail: the owner asked to be notified at «e:owner_email»
# SMTP relay account «e:smtp_account», password «p:smtp_password:plain» (rotated «L:date»)
X_FRAME_OPTIONS=SAMEORIGIN
ENABLE_DEBUG=false
# version «L:version», installed from «L:sha256_checksum»
"""


@tpl("wallos_compose_yml")
def _t8(g):
    return "yaml", "wallos/docker-compose.yml", """services:
  wallos:
    container_name: wallos
    image: bellamy/wallos:«L:version»
    ports:
      - "«L:unspecified_ip»:8282:80/tcp"
    environment:
      TZ: "America/Guayaquil"
      # first-run admin, change after login
      WALLOS_ADMIN_USER: «w:first»
      WALLOS_ADMIN_EMAIL: «e:admin_email»
      WALLOS_ADMIN_PASSWORD: «p:admin_password:yaml»
      FIXER_API_KEY: «k:fixer_api_key:hex32»
      WALLOS_NOTIFY_SMTP: "smtp://«e:notify_user»:«p:notify_smtp_password:url»@smtp.«c:mos.com.np|wlink.com.np|supernet.com.bo»:465"
      WALLOS_PUSH_TOKEN: «k:push_token:an15»
    volumes:
      - './db:/var/www/html/db'
      - './logos:/var/www/html/images/uploads/logos'
    restart: unless-stopped
    extra_hosts:
      - "push.lan:«L:private_ip»"
      - "rates.mirror:«ip4:rates_mirror_ip»"
# image digest pinned by the update bot: «L:image_digest»
"""


@tpl("krayin_imap_php")
def _t9(g):
    return "php", "krayin/config/imap.php", """<?php

return [
    /*
    |--------------------------------------------------------------------------
    | Inbound leads mailbox (Krayin CRM)
    |--------------------------------------------------------------------------
    | Sales asked on «L:date» for the shared inbox to be polled every 5 min.
    */
    'default' => env('IMAP_DEFAULT_ACCOUNT', 'leads'),

    'accounts' => [
        'leads' => [
            'host'          => env('IMAP_HOST', '«ip:imap_host»'),
            'port'          => env('IMAP_PORT', 993),
            'encryption'    => 'ssl',
            'validate_cert' => true,
            'username'      => env('IMAP_USERNAME', '«e:imap_username»'),
            'password'      => env('IMAP_PASSWORD', '«p:imap_password:quoted»'),
            'protocol'      => 'imap',
        ],
        'support' => [
            'host'          => 'imap.«c:cyber.net.pk|brain.net.pk|ptcl.net.pk»',
            'port'          => 993,
            'encryption'    => 'ssl',
            'username'      => '«e:support_username»',
            'password'      => '«p:support_password:quoted»',
            'authentication' => 'oauth',
            'oauth_token'   => '«k:oauth_access_token:ya29.+b64u_96»',
        ],
    ],

    'options' => [
        'delimiter'  => '/',
        'fetch_order' => 'desc',
        'soft_fail'  => false,
        'message_key' => '«L:placeholder=<list|id|uid>»',
    ],
];
"""


@tpl("siyuan_conf_json")
def _t10(g):
    return "json", "SiYuan/conf/conf.json", """{
  "logLevel": "info",
  "appearance": { "mode": 1, "codeBlockThemeDark": "dracula", "lang": "de_DE" },
  "langs": [ { "label": "Deutsch", "name": "de_DE" } ],
  "system": {
    "id": "«L:install_uuid»",
    "name": "«w:first»-thinkpad",
    "kernelVersion": "«L:version»",
    "os": "linux",
    "networkServe": true,
    "networkProxy": { "scheme": "socks5", "host": "«ip:proxy_host»", "port": "1080" },
    "uploadErrLog": false
  },
  "accessAuthCode": "«p:access_auth_code:json»",
  "sync": {
    "enabled": true,
    "provider": 2,
    "s3": {
      "endpoint": "https://s3.«w:word»-storage.eu",
      "accessKey": "«k:s3_access_key:akia»",
      "secretKey": "«k:s3_secret_key:aws_secret»",
      "bucket": "siyuan-«w:first»",
      "region": "eu-central-1"
    },
    "webdav": {
      "endpoint": "https://dav.«w:word»box.de/remote.php/dav/files/«w:first»/",
      "username": "«e:webdav_username»",
      "password": "«p:webdav_password:json»"
    }
  },
  "api": { "token": "«k:api_token:lan16»" },
  "repo": { "key": "«k:repo_key:b64_32»" },
  "user": { "userId": "«L:user_uuid»", "userName": "«w:first»", "userEmail": "«e:user_email»" },
  "updated": «L:epoch»
}
"""


@tpl("notesnook_sync_env")
def _t11(g):
    return "env", "notesnook-sync/.env", """# Notesnook sync server (self-hosted) -- see docker-compose.yml
INSTANCE_NAME=«w:word~dom»-notes
NOTESNOOK_API_SECRET=«k:api_secret:b64_48»
DISABLE_SIGNUPS=true

# SMTP for 2FA codes and password resets
SMTP_USERNAME=«e:smtp_username»
SMTP_PASSWORD=«p:smtp_password:env»
SMTP_HOST=smtp.«c:sltnet.lk|eureka.lk|druknet.bt»
SMTP_PORT=587
NOTESNOOK_SENDER_EMAIL=«e:sender_email»

# public URLs
AUTH_SERVER_PUBLIC_URL=https://auth.notes.«v:dom»net.lk/
NOTESNOOK_APP_PUBLIC_URL=https://app.notes.«v:dom»net.lk/
MONOGRAPH_PUBLIC_URL=https://monograph.notes.«v:dom»net.lk/
ATTACHMENTS_SERVER_PUBLIC_URL=https://files.notes.«v:dom»net.lk/

# S3 (MinIO on the storage node «L:private_ip»)
MINIO_ROOT_USER=notesnook
MINIO_ROOT_PASSWORD=«p:minio_root_password:env»
S3_ACCESS_KEY_ID=«k:s3_access_key_id:uan20»
S3_ACCESS_KEY=«k:s3_secret_access_key:an40»
# outbound NAT seen by the mail relay: «ip:nat_ip» / «ip6:nat_ipv6»
# template revision «L:short_sha» («L:date»)
"""


@tpl("appflowy_cloud_issue_md")
def _t12(g):
    return "markdown", "issues/appflowy-cloud-gotrue-502.md", """### Bug: GoTrue returns 502 after upgrading AppFlowy Cloud to «L:version»

**Environment**
- AppFlowy Cloud self-hosted, docker compose, image tag `«L:version»`
- host: Debian 12, public address «ip4:host_ip» (IPv6 «ip6:host_ipv6»)
- reverse proxy: nginx from the compose file

**What happens** (the compose docs still show `«L:reserved_email»` and `«L:documentation_ip»` as examples)
After `docker compose pull && docker compose up -d` the web client shows "Network error".
`docker logs appflowy-cloud-gotrue-1`:

```
{"level":"error","msg":"failed to connect to `host=postgres user=postgres database=postgres`","time":"«L:timestamp»"}
{"level":"info","msg":"GOTRUE_ADMIN_EMAIL=«e:gotrue_admin_email»","time":"«L:timestamp»"}
```

My `.env` (I removed what I thought was secret, sorry if I missed something):

```
FQDN=notes.«w:word»-lab.cz
GOTRUE_JWT_SECRET=«k:gotrue_jwt_secret:an48»
GOTRUE_ADMIN_EMAIL=«e:gotrue_admin_email_env»
GOTRUE_ADMIN_PASSWORD=«p:gotrue_admin_password:env»
GOTRUE_SMTP_USER=«e:smtp_user»
GOTRUE_SMTP_PASS=«p:smtp_pass:env»
POSTGRES_PASSWORD=«p:postgres_password:env»
APPFLOWY_S3_ACCESS_KEY=minioadmin
APPFLOWY_S3_SECRET_KEY=«L:default_password=minioadmin»
```

(`minioadmin` is the documented MinIO default, I know, it only listens on «L:private_ip».)

---

**Maintainer reply («L:date»):** Please rotate `GOTRUE_JWT_SECRET` now that it is public. The 502 is the
Postgres password mismatch: the volume was initialised with the old password. Run the migration from commit
`«L:git_commit»`.
"""


@tpl("restyaboard_config_inc_php")
def _t13(g):
    return "php", "restyaboard/server/php/config.inc.php", """<?php
/**
 * Core configurations
 *
 * @package    Restyaboard
 * @copyright  see LICENSE.txt
 */
if (!defined('R_DB_HOST')) {
    define('R_DB_HOST', '«ip:db_host»');
    define('R_DB_PORT', '5432');
    define('R_DB_USER', 'restya');
    define('R_DB_PASSWORD', '«p:db_password:quoted»');
    define('R_DB_NAME', 'restyaboard');
}
define('SECURITYSALT', '«k:security_salt:an20»');
define('OAUTH_CLIENTID', '«L:client_id=«n:1000-9999»«n:1000-9999»«n:1000-9999»«n:1000-9999»»');
define('OAUTH_CLIENT_SECRET', '«k:oauth_client_secret:hex32»');
define('R_ADMIN_EMAIL', '«e:admin_email»');
define('IMAP_EMAIL', '«e:imap_email»');
define('IMAP_EMAIL_PASSWORD', '«p:imap_email_password:quoted»');
define('IMAP_HOST', '«ip4:imap_host»');
define('ELASTICSEARCH_URL', 'http://«L:loopback_ip»:9200/');
define('R_API_VERSION', '«L:version»');
// TODO(«w:first», «L:date»): move these to env, see ticket
"""


@tpl("zoekt_mirror_cron_sh")
def _t14(g):
    return "shell", "ops/zoekt/mirror-and-index.sh", """#!/usr/bin/env bash
# Nightly mirror + index for the internal code search (zoekt-webserver on «L:private_ip»:6070)
# cron: «L:cron_expr»   owner: «e:owner_email»
set -euo pipefail

export GITHUB_TOKEN=«k:github_token:ghp»
export GITLAB_TOKEN="«k:gitlab_token:glpat»"
DEST=/srv/zoekt/repos
INDEX=/srv/zoekt/index

zoekt-mirror-github -org «w:word»-labs -dest "$DEST" -token "$GITHUB_TOKEN"
zoekt-mirror-gitlab -url https://gitlab.«w:word»-labs.io/api/v4/ -dest "$DEST" -token "$GITLAB_TOKEN"
# the old gerrit box still serves two repos over http with basic auth
zoekt-mirror-gerrit -dest "$DEST" "https://ci-bot:«p:gerrit_password:url»@«ipp:gerrit_host»/a/"

zoekt-indexserver -mirror_config /etc/zoekt/mirror.json -data_dir "$INDEX" -index_flags "-max_trigram_count=800000"
curl -fsS -m 10 --retry 3 "https://hc.«w:word»-labs.io/ping/«k:healthcheck_ping_key:uuid»" >/dev/null
echo "done «L:placeholder=$(date -Is)»"
"""


@tpl("opengrok_tomcat_users_xml")
def _t15(g):
    return "xml", "opengrok/tomcat/conf/tomcat-users.xml", """<?xml version="1.0" encoding="UTF-8"?>
<!-- OpenGrok host «w:word»-grok: Tomcat users for the manager app and the
     /api/v1 endpoints (indexer pushes the configuration from «ip:indexer_host»).
     Last edited «L:date» by «e:last_editor». -->
<tomcat-users xmlns="http://tomcat.apache.org/xml" version="1.0">
  <role rolename="manager-gui"/>
  <role rolename="manager-script"/>
  <user username="admin" password="«p:manager_password:xml»" roles="manager-gui"/>
  <user username="indexer" password="«p:indexer_password:xml»" roles="manager-script"/>
  <!-- bearer token for the REST API, mirrored in read-only configuration -->
  <!-- authenticationTokens: «k:api_bearer_token:an43» -->
  <!-- old digest user, disabled: «L:sha256_checksum» -->
</tomcat-users>
"""


@tpl("camunda_application_yaml")
def _t16(g):
    return "yaml", "camunda/src/main/resources/application.yaml", """camunda.bpm:
  admin-user:
    id: «w:first»
    password: «p:admin_password:yaml»
    firstName: «w:First»
    email: «e:admin_email»
  filter:
    create: All tasks
  job-execution:
    enabled: true
  generic-properties:
    properties:
      historyTimeToLive: P180D

spring:
  datasource:
    url: jdbc:postgresql://«ipp:db_host»:5432/camunda
    username: camunda
    password: «p:db_password:yaml»
  mail:
    host: smtp.«c:tunet.tn|planet.tn|djaweb.dz»
    username: «e:mail_username»
    password: «p:mail_password:yaml»

server:
  port: 8080
  address: «L:unspecified_ip»

rest:
  connector:
    erp-api-key: «k:erp_api_key:an32»
    erp-base-url: https://«ip4:erp_host»/api
management:
  info:
    build:
      id: «L:build_id»
"""


@tpl("flowable_ui_properties")
def _t17(g):
    return "properties", "flowable/flowable-ui.properties", """# Flowable UI -- production overrides («L:date»)
server.port=8080
server.address=«L:unspecified_ip»
spring.datasource.driver-class-name=org.mariadb.jdbc.Driver
spring.datasource.url=jdbc:mariadb://«ipp:db_host»:3306/flowable?characterEncoding=UTF-8
spring.datasource.username=flowable
spring.datasource.password=«p:db_password:ini»

flowable.common.app.idm-admin.user=admin
flowable.common.app.idm-admin.password=«p:idm_admin_password:ini»
flowable.idm.app.admin.user-id=admin
flowable.idm.app.admin.password=«p:idm_app_admin_password:ini»
flowable.idm.app.admin.email=«e:admin_email»

flowable.mail.server.host=smtp.«c:djaweb.dz|ethionet.et|sudanet.sd»
flowable.mail.server.username=«e:mail_username»
flowable.mail.server.password=«p:mail_password:ini»
flowable.mail.server.default-from=«e:default_from»

flowable.rest.app.authentication-mode=verify-privilege
flowable.common.app.security.remember-me-key=«k:remember_me_key:an32»
flowable.ldap.server=ldap://«ipp:ldap_host»:389
flowable.ldap.user=cn=flowable,ou=svc,dc=«w:word»,dc=local
flowable.ldap.password=«p:ldap_bind_password:ini»
# flowable «L:version», schema «L:version»
"""


@tpl("jumpserver_config_txt")
def _t18(g):
    return "conf", "opt/jumpserver/config/config.txt", """# JumpServer configuration, generated by jmsctl on «L:date»
VOLUME_DIR=/data/jumpserver
DOCKER_SUBNET=«L:private_ip»/24
USE_IPV6=1
DOCKER_SUBNET_IPV6=«L:ula_ipv6»/64

SECRET_KEY=«k:secret_key:an50»
BOOTSTRAP_TOKEN=«k:bootstrap_token:an24»
LOG_LEVEL=ERROR

DB_ENGINE=postgresql
DB_HOST=«ip:db_host»
DB_PORT=5432
DB_USER=jumpserver
DB_PASSWORD=«p:db_password:env»
DB_NAME=jumpserver

REDIS_HOST=«ip:redis_host»
REDIS_PORT=6379
REDIS_PASSWORD=«p:redis_password:env»

DOMAINS=jms.«w:word»-fintech.kz,«ip4:public_ip»:443
HTTP_PORT=80
HTTPS_PORT=443
# admin notifications go to «e:admin_email»
CURRENT_VERSION=v«L:version»
"""


@tpl("warpgate_yaml")
def _t19(g):
    return "yaml", "etc/warpgate.yaml", """---
# Warpgate bastion -- hand edited after the «L:date» incident review
sso_providers: []
recordings:
  enable: true
  path: /var/lib/warpgate/recordings
external_host: bastion.«w:word»-robotics.se
database_url: "sqlite:/var/lib/warpgate/db"
ssh:
  enable: true
  listen: "[«L:unspecified_ipv6»]:2222"
  keys: /var/lib/warpgate/ssh-keys
  host_key_verification: prompt
http:
  enable: true
  listen: "«L:unspecified_ip»:8888"
  certificate: /var/lib/warpgate/tls.certificate.pem
  key: /var/lib/warpgate/tls.key.pem
targets:
  - name: build-runner
    allow_roles: [ci]
    ssh:
      host: «ip:build_runner_host»
      port: 22
      username: ci
      auth:
        password:
          password: «p:runner_ssh_password:yaml»
  - name: nas
    ssh:
      host: «L:private_ip»
      username: backup
  - name: dashboards
    http:
      url: "https://[«ip6:dashboards_ipv6»]:3000"
      headers:
        Authorization: "Bearer «k:dashboards_service_token:glsa»"
users:
  - username: «w:first»
    roles: [warpgate:admin, ci]
    credentials:
      - type: password
        hash: "«L:argon2_hash»"
      - type: publickey
        key: "ssh-ed25519 «L:ssh_public_key» «e:user_key_comment»"
log:
  retention: 7days
  send_to: «e:log_recipient»
"""
