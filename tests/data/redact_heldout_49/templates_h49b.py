"""Templates 20-38 of held-out set 49 (each written one by one)."""
import base64

from gen_h49 import fill, mark


def t_tinkerbell_hardware_yaml(g):
    bmc_pw = g.pw_raw("quoted")
    bmc_b64 = base64.b64encode(bmc_pw.encode()).decode()
    text = r"""apiVersion: v1
kind: Secret
metadata:
  name: bmc-creds-rack4-n07
  namespace: tink-system
type: kubernetes.io/basic-auth
data:
  username: «L:base64_username=cm9vdA==»
  password: «bmc_b64»
---
apiVersion: bmc.tinkerbell.org/v1alpha1
kind: Machine
metadata:
  name: rack4-n07
  namespace: tink-system
spec:
  connection:
    host: «ip:bmc_host»
    insecureTLS: true
    authSecretRef:
      name: bmc-creds-rack4-n07
      namespace: tink-system
---
apiVersion: tinkerbell.org/v1alpha1
kind: Hardware
metadata:
  name: rack4-n07
  namespace: tink-system
  uid: «L:k8s_uid»
spec:
  bmcRef:
    apiGroup: bmc.tinkerbell.org
    kind: Machine
    name: rack4-n07
  disks:
    - device: /dev/nvme0n1
  interfaces:
    - dhcp:
        arch: x86_64
        hostname: rack4-n07
        ip:
          address: «ip4:node_public_ip»
          gateway: «ip4:node_gateway»
          netmask: «L:netmask=255.255.255.224»
        lease_time: 86400
        mac: «L:mac_address»
        name_servers:
          - «ip4:name_server»
        uefi: true
      netboot:
        allowPXE: true
        allowWorkflow: true
  metadata:
    instance:
      id: «L:mac_address»
      userdata: |
        #cloud-config
        chpasswd:
          list: |
            ops:«p:ops_console_password:yaml»
        ssh_authorized_keys:
          - «L:ssh_public_key=ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI«sshpub» ops@rack4»
        write_files:
          - path: /etc/default/node-agent
            content: "AGENT_TOKEN=«k:agent_token:hex40»\nREPORT_TO=«e:report_to»\n"
# BMC plain password for the runbook (also above in base64): «bmcplain»
"""
    text = text.replace("«sshpub»", g.b64(32)[:43]).replace("«bmc_b64»", mark("KEY", "bmc_password_b64", bmc_b64))
    # the plain copy in the comment is the same password as the one in `data:`
    out = fill(g, text, bmcplain=mark("PASSWORD", "bmc_password_plain", bmc_pw))
    return "yaml", "clusters/rack4/hardware-n07.yaml", out


def t_cubejs_compose_yml(g):
    text = r"""services:
  cube_api:
    image: cubejs/cube:v«L:version»
    ports:
      - 4000:4000
      - 15432:15432
    environment:
      - CUBEJS_DEV_MODE=false
      - CUBEJS_DB_TYPE=postgres
      - CUBEJS_DB_HOST=«ip:warehouse_host»
      - CUBEJS_DB_NAME=analytics
      - CUBEJS_DB_USER=cube_reader
      - CUBEJS_DB_PASS=«p:warehouse_password:ini»
      - CUBEJS_API_SECRET=«k:api_secret:hex64»
      - CUBEJS_CACHE_AND_QUEUE_DRIVER=cubestore
      - CUBEJS_CUBESTORE_HOST=cubestore_router
      - CUBEJS_SQL_USER=bi_tool
      - CUBEJS_PG_SQL_PORT=15432
      - CUBEJS_SQL_PASSWORD=«p:sql_api_password:ini»
      - CUBEJS_EXTERNAL_DEFAULT=true
      - CUBEJS_DB_EXPORT_BUCKET=s3://cube-export-eu
      - CUBEJS_DB_EXPORT_BUCKET_AWS_KEY=«k:export_bucket_key:akia»
      - CUBEJS_DB_EXPORT_BUCKET_AWS_SECRET=«k:export_bucket_secret:awssec»
      - CUBEJS_SCHEDULED_REFRESH_DEFAULT=true
      - CUBEJS_JWT_AUDIENCE=cube-api
      - CUBEJS_JWT_ISSUER=https://«ipp:issuer_host»/realms/analytics
      - ALERT_MAIL_TO=«e:alert_mail_to»
    volumes:
      - .:/cube/conf
    depends_on:
      - cubestore_router

  cubestore_router:
    image: cubejs/cubestore:v«L:version»
    environment:
      - CUBESTORE_SERVER_NAME=cubestore_router:9999
      - CUBESTORE_META_PORT=9999
      - CUBESTORE_BIND_ADDR=«L:unspecified_ip»:3030
      - CUBESTORE_REMOTE_DIR=/cube/data
      - CUBESTORE_MINIO_SERVER_ENDPOINT=http://«L:private_ip»:9000
      - CUBESTORE_MINIO_ACCESS_KEY_ID=«k:store_access_key:an20»
      - CUBESTORE_MINIO_SECRET_ACCESS_KEY=«k:store_secret_key:an40»
# owner: «e:owner_email» -- last reviewed «L:date»
"""
    return "yaml", "cube/docker-compose.yml", fill(g, text)


def t_retool_docker_env(g):
    text = r"""## docker.env -- Retool self-hosted (on-prem deployment, single VM)
DEPLOYMENT_TEMPLATE_TYPE=docker-compose
NODE_ENV=production

## Postgres (platform database)
POSTGRES_DB=hammerhead_production
POSTGRES_USER=retool_internal_user
POSTGRES_HOST=«ip:postgres_host»
POSTGRES_PORT=5432
POSTGRES_PASSWORD=«p:postgres_password:ini»

## secrets -- generated at install, never change ENCRYPTION_KEY after first start
JWT_SECRET=«k:jwt_secret:an40»
ENCRYPTION_KEY=«k:encryption_key:b64_32»
LICENSE_KEY=«k:license_key:uuid»

## SSO
CUSTOM_OAUTH2_SSO_CLIENT_ID=«L:client_id=retool-«cid»»
CUSTOM_OAUTH2_SSO_CLIENT_SECRET=«k:oauth_client_secret:an32»
CUSTOM_OAUTH2_SSO_AUTH_URL=https://«ipp:sso_host»/oauth2/authorize
RESTRICTED_DOMAIN=«sso_dom»
DEFAULT_GROUP_FOR_DOMAINS=«sso_dom» -> viewers

## outbound mail for invites
SMTP_HOST=«L:private_ip»
SMTP_USER=«e:smtp_user»
SMTP_PASSWORD=«p:smtp_password:ini»
BASE_DOMAIN=https://tools.«sso_dom»
# first admin created by the installer: «e:first_admin» (temporary password was «L:generated_password_shown_once=«gp»», changed on first login)
# Retool version «L:version», image digest «L:image_digest»
"""
    text = text.replace("«cid»", g.hexs(12)).replace("«gp»", g.s("ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789", 16))
    return "env", "retool/docker.env", fill(g, text, sso_dom=g.pick(["kvarteret.no", "terrapin-logistics.com", "moravia-bau.cz"]))


def t_selfoss_config_ini(g):
    text = r"""; selfoss config.ini -- overrides defaults.ini, keep this file out of the web root backup
[globals]
db_type=mysql
db_host=«ip:db_host»
db_database=selfoss
db_username=selfoss
db_password=«p:db_password:ini»
db_port=3306
db_prefix=sf_

; single-user login
username=«e:login_username»
password=«L:hashed_password=«hash»»
salt=«L:password_salt=«salt»»
; the plain one for the household vault: «p:login_password_plain:plain»
public=0
auto_mark_as_read=1
rss_max_items=300
rss_title=Kitchen feeds
homepage=newest
language=de
items_perpage=50

; fetching through the squid box with credentials
http_proxy=http://feeds:«p:proxy_password:url»@«ipp:proxy_host»:3128
; IP the update cron runs from (for the nginx allow list): «ip:cron_source_ip»
; spouts: video platform api key for the channel spout
video_spout_api_key=«k:video_api_key:aiza»
; installed «L:date», selfoss «L:version»
"""
    text = text.replace("«hash»", g.hexs(128)).replace("«salt»", g.s("abcdefghijklmnopqrstuvwxyz0123456789", 32))
    text = text.replace("«k:video_api_key:aiza»", "«aiza»")
    return "ini", "selfoss/config.ini", fill(g, text, aiza=mark("KEY", "video_api_key", "AIza" + g.s(
        "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_", 35)))


def t_yarr_systemd_unit(g):
    text = r"""# /etc/systemd/system/yarr.service
# yarr (yet another rss reader) -- single binary, listens behind the reverse proxy
[Unit]
Description=yarr feed reader
After=network-online.target
Wants=network-online.target

[Service]
User=yarr
Group=yarr
Environment=YARR_ADDR=«L:loopback_ip»:7070
Environment=YARR_BASE=/feeds
Environment=YARR_AUTH=«e:auth_user»:«p:auth_password:shell»
Environment=YARR_DB=/var/lib/yarr/storage.db
# relay for the daily digest mailer (sidecar script)
Environment=DIGEST_SMTP=smtp://«e:digest_smtp_user»:«p:digest_smtp_password:url»@«ipp:digest_smtp_host»:587
Environment=DIGEST_TO=«e:digest_to»
Environment=PUSH_WEBHOOK_TOKEN=«k:push_webhook_token:an32»
ExecStart=/usr/local/bin/yarr -addr ${YARR_ADDR} -base ${YARR_BASE} -auth ${YARR_AUTH} -db ${YARR_DB}
Restart=on-failure
RestartSec=5
NoNewPrivileges=true
ProtectSystem=strict
ReadWritePaths=/var/lib/yarr
IPAddressAllow=«L:loopback_ip» «ip:allowed_peer» «L:private_ip»
IPAddressDeny=any

[Install]
WantedBy=multi-user.target
# yarr «L:version» built «L:build_id»
"""
    return "conf", "etc/systemd/system/yarr.service", fill(g, text)


def t_filerun_config_php(g):
    text = r"""<?php
// customizables/config.php -- FileRun, overrides picked up on every request
$config['db'] = [
	'type' => 'mysql',
	'server' => '«ip:db_server»',
	'database' => 'filerun',
	'username' => 'filerun',
	'password' => '«p:db_password:quoted»',
];

$config['system']['secret_key'] = '«k:system_secret_key:hex64»';
$config['app']['settings']['smtp_host'] = '«L:private_ip»';
$config['app']['settings']['smtp_username'] = '«e:smtp_username»';
$config['app']['settings']['smtp_password'] = '«p:smtp_password:quoted»';
$config['app']['settings']['default_notification_address'] = '«e:notification_address»';

// document server integration
$config['app']['docserver']['server_url'] = 'https://«ipp:docserver_host»/';
$config['app']['docserver']['jwt_secret'] = '«k:docserver_jwt_secret:an32»';

// elasticsearch for file search
$config['app']['search']['es_host'] = 'http://elastic:«p:es_password:url»@«L:private_ip»:9200';

// allow the office LAN and the VPN exit to skip 2FA
$config['app']['auth']['2fa_skip_ips'] = ['«L:private_ip»', '«ip:vpn_exit»'];
// superuser reset on «L:date» by «e:reset_by»
// FileRun «L:version»
"""
    return "php", "filerun/customizables/config.php", fill(g, text)


def t_filestash_config_json(g):
    text = r"""{
    "general": {
        "name": "Lab drive",
        "port": 8334,
        "host": "drive.«dom»",
        "secret_key": "«k:secret_key:an16»",
        "force_ssl": true,
        "editor": "emacs",
        "fork_button": false,
        "display_hidden": false,
        "refresh_after_upload": true
    },
    "features": {
        "api": {
            "enable": true,
            "api_key": "«k:api_key_1:an24» «k:api_key_2:an24»"
        },
        "share": {
            "enable": true,
            "default_access": "viewer",
            "redirect": null
        },
        "office": {
            "enable": true,
            "docserver": "http://«L:private_ip»:8080"
        }
    },
    "auth": {
        "admin": "«L:hashed_password=$2a$10$«bc»»"
    },
    "connections": [
        {
            "type": "sftp",
            "label": "cluster scratch",
            "hostname": "«ip:sftp_host»",
            "username": "«e:sftp_username»",
            "password": "«p:sftp_password:quoted»"
        },
        {
            "type": "s3",
            "label": "archive",
            "access_key_id": "«k:s3_access_key:akia»",
            "secret_access_key": "«k:s3_secret_key:awssec»",
            "endpoint": "https://«ipp:s3_endpoint»:9000"
        },
        {
            "type": "webdav",
            "label": "old nas",
            "url": "http://«L:private_ip»/dav",
            "username": "scan",
            "password": "«p:webdav_password:quoted»"
        }
    ],
    "log": {
        "enable": true,
        "level": "INFO",
        "telemetry": false
    },
    "constant": {
        "user": "filestash",
        "emacs": true,
        "pdftotext": true
    }
}
"""
    text = text.replace("«bc»", g.s("./ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789", 53))
    return "json", "filestash/state/config/config.json", fill(g, text, dom=g.pick(["biolab.ku.lan", "imaging.core.lan", "physio-lab.lan"]))


def t_projectsend_sys_config_php(g):
    text = r"""<?php
/**
 * ProjectSend system configuration (includes/sys.config.php)
 * Created by the installer on «L:date».
 */

/** Database driver to use (mysql / mssql) */
define('DB_DRIVER', 'mysql');

/** Database name */
define('DB_NAME', 'projectsend');

/** Database host (in most cases it's localhost) */
define('DB_HOST', '«ip:db_host»');

/** Database username (must be assigned to the database) */
define('DB_USER', 'psend');

/** Database password */
define('DB_PASSWORD', '«p:db_password:quoted»');

/** Prefix for the tables. Set to something other than tbl_ for increased security */
define('TABLES_PREFIX', 'ps_');

/** Language */
define('SITE_LANG', 'en');

/** Max upload per file in MB */
define('MAX_FILESIZE', 2048);

/** Encryption key for the download links -- do NOT change after clients got links */
define('FILES_ENCRYPTION_KEY', '«k:files_encryption_key:b64_32»');

/** SMTP (also editable in Options > E-mail notifications, DB wins) */
define('MAIL_SMTP_HOST', '«ip:smtp_host»');
define('MAIL_SMTP_USER', '«e:smtp_user»');
define('MAIL_SMTP_PASS', '«p:smtp_pass:quoted»');
define('MAIL_FROM', '«e:mail_from»');

/** reCAPTCHA for the public registration page */
define('RECAPTCHA_SITE_KEY', '«L:site_key=6L«sk»»');
define('RECAPTCHA_SECRET_KEY', '«k:recaptcha_secret:recaptcha»');

/** Used by the cron cleanup when run from the backup host only */
define('CRON_KEY', '«k:cron_key:an32»');
define('CRON_ALLOWED_IP', '«ip:backup_host»');
"""
    text = text.replace("«sk»", g.s("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_", 38))
    text = text.replace("«k:recaptcha_secret:recaptcha»", "«rsec»")
    return "php", "projectsend/includes/sys.config.php", fill(g, text, rsec=mark(
        "KEY", "recaptcha_secret", "6L" + g.s("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_", 38)))


def t_psitransfer_config_js(g):
    text = r"""// config.production.js -- PsiTransfer (loaded over config.dev.js defaults)
module.exports = {
  iface: '«L:unspecified_ip»',
  port: 3000,
  // public upload password; handed out to the event photographers
  uploadPass: '«p:upload_pass:quoted»',
  // admin page (/admin) -- keep out of the photographers' notes
  adminPass: '«p:admin_pass:quoted»',
  retentions: {
    'one-time': 'one time download',
    '3600': '1 Hour',
    '86400': '1 Day',
    '604800': '1 Week'
  },
  defaultRetention: '604800',
  maxFileSize: Math.pow(2, 32),
  maxBucketSize: Math.pow(2, 34),
  uploadDir: '/data/psitransfer',
  // behind nginx on the edge box
  trustProxy: ['«L:loopback_ip»', '«ip:edge_proxy»'],
  // notify-on-upload plugin (local patch)
  notify: {
    smtp: 'smtps://«e:notify_smtp_user»:«p:notify_smtp_password:url»@«ipp:notify_smtp_host»',
    to: '«e:notify_to»',
    webhook: 'https://hooks.«dom»/upload?key=«k:webhook_key:rndsafe»'
  }
};
// pinned psitransfer «L:version» -- «L:date»
"""
    return "javascript", "psitransfer/config.production.js", fill(g, text, dom=g.pick(["bildbyra.se", "fotoklub.hr", "lumenpress.be"]))


def t_xbackbone_sql_dump(g):
    text = r"""-- MariaDB dump 10.19  Distrib «L:version»-MariaDB, for debian-linux-gnu (x86_64)
--
-- Host: «ip:dump_source_host»    Database: xbackbone
-- ------------------------------------------------------
-- Server version	«L:version»-MariaDB-log

/*!40101 SET NAMES utf8mb4 */;

--
-- Table structure for table `users`
--

DROP TABLE IF EXISTS `users`;
CREATE TABLE `users` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `email` varchar(255) NOT NULL,
  `username` varchar(32) NOT NULL,
  `password` varchar(255) NOT NULL,
  `user_code` varchar(5) DEFAULT NULL,
  `token` varchar(256) DEFAULT NULL,
  `is_admin` tinyint(1) NOT NULL DEFAULT 0,
  `registration_date` timestamp NOT NULL DEFAULT current_timestamp(),
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

LOCK TABLES `users` WRITE;
INSERT INTO `users` VALUES (1,'«e:admin_user_email»','admin','«L:hashed_password=$2y$10$«bc1»»','K3a9x','token_«k:admin_upload_token:hex32»',1,'«L:date» 18:02:11'),(2,'«e:second_user_email»','shots','«L:hashed_password=$2y$10$«bc2»»','p0Qz7','token_«k:second_upload_token:hex32»',0,'«L:date» 09:41:57'),(3,'«L:reserved_email»','demo','«L:hashed_password=$2y$10$«bc3»»',NULL,NULL,0,'«L:date» 12:00:00');
UNLOCK TABLES;

--
-- Table structure for table `settings` (ldap + mail, stored plain by the app)
--

LOCK TABLES `settings` WRITE;
INSERT INTO `settings` VALUES ('ldap_host','«ip:ldap_host»'),('ldap_bind_password','«p:ldap_bind_password:quoted»'),('smtp_user','«e:smtp_user»'),('smtp_password','«p:smtp_password:quoted»'),('public_registration','0');
UNLOCK TABLES;

-- Dump completed on «L:date» 03:15:02
"""
    for n in ("1", "2", "3"):
        text = text.replace(f"«bc{n}»", g.s("./ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789", 53))
    return "sql", "backups/xbackbone.sql", fill(g, text)


def t_chibisafe_setup_sh(g):
    text = r"""#!/usr/bin/env bash
# bootstrap chibisafe on a fresh VM (run as root). Values below were filled in for the
# community uploads box; the real ones live in the password store, this copy is from the old wiki.
set -euo pipefail

PUBLIC_IP="«ip:public_ip»"
ADMIN_PASSWORD='«p:admin_password:quoted»'
export JWT_SECRET="«k:jwt_secret:hex64»"
export S3_ACCESS_KEY="«k:s3_access_key:an20»"
export S3_SECRET_KEY="«k:s3_secret_key:an40»"
export S3_ENDPOINT="https://«ipp:s3_endpoint»:9000"

apt-get update && apt-get install -y docker.io docker-compose-plugin ufw
ufw allow from «ip:admin_workstation» to any port 22 proto tcp
ufw allow 80,443/tcp
ufw --force enable

mkdir -p /opt/chibisafe && cd /opt/chibisafe
curl -fsSL https://raw.githubusercontent.com/chibisafe/chibisafe/master/docker-compose.yml -o docker-compose.yml
cat > .env <<EOF
BASE_API_URL=http://chibisafe_server:8000
JWT_SECRET=${JWT_SECRET}
ADMIN_ACCOUNT=admin
ADMIN_PASSWORD=${ADMIN_PASSWORD}
SMTP_URL=smtp://«e:smtp_user»:«p:smtp_password:url»@«L:private_ip»:587
ABUSE_CONTACT=«e:abuse_contact»
EOF
docker compose up -d
# smoke test
curl -s -o /dev/null -w '%{http_code}\n' -H "x-api-key: «k:smoke_test_api_key:an32»" http://«L:loopback_ip»:8000/api/health
echo "chibisafe up on ${PUBLIC_IP} -- image «L:image_digest»"
"""
    return "shell", "ops/bootstrap-chibisafe.sh", fill(g, text)


def t_opengist_config_yml(g):
    text = r"""# Opengist configuration (config.yml); env vars OG_* override these
log-level: warn
log-output: stdout,file
external-url: https://gist.«dom»
opengist-home: /var/lib/opengist
secret-key: «k:secret_key:hex64»
db-uri: postgres://opengist:«p:db_password:url»@«ipp:db_host»:5432/opengist
index: bleve
git.default-branch: main
sqlite.journal-mode: WAL
http.host: «L:unspecified_ip»
http.port: 6157
ssh.git-enabled: true
ssh.host: «L:unspecified_ip»
ssh.port: 2222
ssh.external-domain: gist.«dom»
ssh.keygen-executable: ssh-keygen
github.client-key: «L:client_id=Ov23li«ghc»»
github.secret: «k:github_oauth_secret:hex40»
gitea.client-key: «L:client_uuid»
gitea.secret: «k:gitea_oauth_secret:b64u43»
gitea.url: https://code.«dom»/
oidc.provider-name: lab-sso
oidc.client-key: opengist
oidc.secret: «k:oidc_secret:an32»
oidc.discovery-url: https://«ipp:oidc_host»/realms/dev/.well-known/openid-configuration
oidc.admin-group: gist-admins
# first admin registered as «e:first_admin», backups mailed to «e:backup_mail»
custom.name: Dev gists
# opengist «L:version»
"""
    text = text.replace("«ghc»", g.s("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789", 14))
    return "yaml", "opengist/config.yml", fill(g, text, dom=g.pick(["brickfield.dev", "ostsee-code.de", "kiwiworks.nz"]))


def t_framadate_config_php(g):
    text = r"""<?php
/**
 * Framadate -- app/inc/config.php
 * Fichier généré par l'installeur, puis modifié à la main (relais SMTP).
 */

// Fully qualified domain name of your webserver.
const APP_URL = 'sondage.«dom»';

// Administrator email address, used for warnings
const ADRESSEMAILADMIN = '«e:admin_email»';

// Email for automatic responses (you should set it to "no-reply")
const ADRESSEMAILREPONSEAUTO = '«e:no_reply_email»';

// Database server name, leave empty to use a socket
const DB_CONNECTION_STRING = 'mysql:host=«ip:db_host»;dbname=framadate;port=3306';

// Database user
const DB_USER = 'framadate';

// Database password
const DB_PASSWORD = '«p:db_password:quoted»';

// Table name prefix
const TABLENAME_PREFIX = 'fd_';

// Name of the table that stores migration script already executed
const MIGRATION_TABLE = 'framadate_migration';

// Default Language
const DEFAULT_LANGUAGE = 'fr';

// Configuration
$config = [
    'use_smtp' => true,
    'smtp_options' => [
        'host' => '«ip:smtp_host»',
        'auth' => true,
        'username' => '«e:smtp_username»',
        'password' => '«p:smtp_password:quoted»',   // mot de passe du relais, changé le «L:date»
        'secure' => 'tls',
        'port' => 587,
    ],
    'use_sondage_admin_token' => true,
    'admin_token_secret' => '«k:admin_token_secret:an40»',
    'show_what_is_that' => true,
    'show_the_software' => true,
    'show_cultivate_your_garden' => false,
    'default_poll_duration' => 180,
    'user_can_add_img_or_link' => true,
    'markdown_editor_by_default' => true,
    'provide_fork_awesome' => true,
];
// Framadate «L:version» -- IP du serveur de secours : «ip:standby_host»
"""
    return "php", "framadate/app/inc/config.php", fill(g, text, dom=g.pick(["asso-lesjardins.fr", "mjc-vercors.fr", "collectif-brie.org"]))


def t_tigase_config_tdsl(g):
    text = r"""'config-type' = 'default'
'debug' = [ 'server' ]
'default-virtual-host' = 'chat.«dom»'
admins = [ '«e:admin_jid:admin:chat.«dom»»', '«e:admin_jid_mail»' ]
'dataSource' () {
    default () {
        uri = 'jdbc:postgresql://«ipp:db_host»/tigasedb?user=tigase&password=«p:db_password:url»&useSSL=false'
    }
}
http () {
    setup () {
        'admin-user' = 'admin'
        'admin-password' = '«p:setup_admin_password:quoted»'
    }
}
'sess-man' () {
    'urn:xmpp:push:0' () {
        'away' () {}
    }
}
'message-archive' () {}
'c2s' () {
    connections () {
        '5222' () {
            'ifc' = [ '«L:unspecified_ip»' ]
        }
    }
}
'ext' () {
    'bridge-irc' () {
        remote = '«ip:irc_bridge_host»'
        secret = '«k:external_component_secret:an32»'
    }
}
'push' () {
    'fcm-xmpp-api' () {
        'provider' = 'tigase.push.fcm.FcmXmppApiProvider'
        'fcm-sender-id' = '«L:sender_id=«sid»»'
        'fcm-server-key' = '«k:fcm_server_key:fcm»'
    }
}
'mail-sender' () {
    'smtp-host' = '«L:private_ip»'
    'smtp-user' = '«e:smtp_user»'
    'smtp-password' = '«p:smtp_password:quoted»'
    'email-from' = '«e:email_from»'
}
# tigase-server «L:version», config reviewed «L:date»
"""
    text = text.replace("«sid»", str(g.num(10**11, 10**12 - 1)))
    text = text.replace("«dom»", g.pick(["werkbank.chat", "kollektiv.im", "sudwind.net"]))
    text = text.replace("«k:fcm_server_key:fcm»", "«fcmkey»")
    return "conf", "tigase-server/etc/config.tdsl", fill(
        g, text,
        fcmkey=mark("KEY", "fcm_server_key", "AAAA" + g.s("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789", 7)
                    + ":APA91b" + g.s("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_", 134)))


def t_nginx_proxy_manager_production_json(g):
    text = r"""{
  "database": {
    "engine": "mysql",
    "host": "«ip:db_host»",
    "name": "npm",
    "user": "npm",
    "password": "«p:db_password:quoted»",
    "port": 3306
  },
  "jwt": {
    "key": "«k:jwt_private_key_pem:pem»",
    "pub": "-----BEGIN PUBLIC KEY-----\n«L:public_key_pem=«pub»»\n-----END PUBLIC KEY-----\n"
  },
  "letsencrypt": {
    "email": "«e:letsencrypt_email»",
    "dns_provider_credentials": "dns_rfc2136_secret = «k:dns_tsig_secret:b64_32»"
  },
  "default_admin": {
    "email": "«L:reserved_email=admin@example.com»",
    "password": "«L:default_password=changeme»",
    "note": "installer default, replaced on first login by «e:real_admin_email»"
  },
  "access_lists": [
    {
      "name": "office-only",
      "satisfy": "any",
      "allow": ["«ip:office_ip»", "«L:private_ip»"],
      "basic_auth": [{"username": "staff", "password": "«p:access_list_password:quoted»"}]
    }
  ],
  "streams": [
    {"incoming_port": 2222, "forward_ip": "«L:private_ip»", "forward_port": 22}
  ]
}
"""
    text = text.replace("«pub»", "MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA" + g.b64(120)[:80])
    return "json", "nginx-proxy-manager/config/production.json", fill(g, text)


def t_keywhiz_dev_yaml(g):
    text = r"""# keywhiz-staging.yaml -- Dropwizard config for the keywhiz server (staging)
server:
  applicationConnectors:
    - type: https
      port: 4444
      keyStorePath: /etc/keywhiz/keystore.p12
      keyStorePassword: «p:keystore_password:yaml»
      keyStoreType: PKCS12
      trustStorePath: /etc/keywhiz/truststore.p12
      trustStorePassword: «p:truststore_password:yaml»
      needClientAuth: true
      bindHost: «L:unspecified_ip»
  adminConnectors:
    - type: http
      port: 8085
      bindHost: «L:loopback_ip»

environment: staging

database:
  driverClass: org.postgresql.Driver
  url: jdbc:postgresql://«ipp:db_host»:5432/keywhizdb_staging
  user: keywhiz
  password: «p:db_password:yaml»

readonlyDatabase:
  driverClass: org.postgresql.Driver
  url: jdbc:postgresql://«L:private_ip»:5432/keywhizdb_staging
  user: keywhiz_ro
  password: «p:ro_db_password:yaml»

cookieKey: «k:cookie_key:b64_32»
contentKeyStore:
  path: /etc/keywhiz/derivation.jceks
  type: JCEKS
  password: «p:content_keystore_password:yaml»
  alias: basekey

userAuth:
  type: ldap
  url: ldaps://«ipp:ldap_host»:636
  userFilter: (uid=%s)
  bindDN: cn=keywhiz,ou=apps,dc=corp
  bindPassword: «p:ldap_bind_password:yaml»

alertEmail: «e:alert_email»
backupExportKey: «k:backup_export_key:hex64»
# build «L:git_commit» deployed «L:timestamp»
"""
    return "yaml", "keywhiz/keywhiz-staging.yaml", fill(g, text)


def t_tacticalrmm_local_settings_py(g):
    text = r"""# /rmm/api/tacticalrmm/tacticalrmm/local_settings.py
SECRET_KEY = "«k:django_secret_key:django»"
DEBUG = False
ALLOWED_HOSTS = ['api.«dom»']
ADMIN_URL = "«L:admin_url_path=«adm»»/"
CORS_ORIGIN_WHITELIST = ["https://rmm.«dom»"]

DATABASES = {
    'default': {
        'ENGINE': 'django.db.backends.postgresql',
        'NAME': 'tacticalrmm',
        'USER': 'tactical',
        'PASSWORD': '«p:db_password:quoted»',
        'HOST': '«L:loopback_ip»',
        'PORT': '5432',
    }
}

MESH_USERNAME = "tactical"
MESH_SITE = "https://mesh.«dom»"
MESH_TOKEN_KEY = "«k:mesh_token_key:hex128»"
REDIS_HOST = "«L:loopback_ip»"
ADMIN_ENABLED = False

# NATS websocket reachable from the agents' NAT gateway
NATS_STANDARD_PORT = 4222
AGENT_NAT_GATEWAY = "«ip:agent_nat_gateway»"

# alerting
EMAIL_ALERT_SMTP_HOST = "«ip:alert_smtp_host»"
EMAIL_ALERT_SMTP_USER = "«e:alert_smtp_user»"
EMAIL_ALERT_SMTP_PASSWORD = "«p:alert_smtp_password:quoted»"
EMAIL_ALERT_RECIPIENTS = ["«e:alert_recipient_1»", "«e:alert_recipient_2»"]
SMS_ALERT_GATEWAY_SID = "«L:account_sid=AC«acsid»»"
SMS_ALERT_GATEWAY_TOKEN = "«k:sms_auth_token:hex32»"
# installed by install.sh «L:version» on «L:date»
"""
    text = text.replace("«adm»", g.s("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ", 70)).replace("«acsid»", g.hexs(32))
    return "python", "rmm/api/tacticalrmm/tacticalrmm/local_settings.py", fill(g, text, dom=g.pick(["msp-nordlicht.de", "helpdeskpro.co.za", "tech-arbor.com"]))


def t_harvester_install_config_yaml(g):
    text = r"""# harvester install config served over PXE (config-create.yaml) for node hv-01
scheme_version: 1
server_url: https://«vip»:443
token: «k:cluster_token:an40»
os:
  hostname: hv-01
  password: «p:os_password:yaml»
  ssh_authorized_keys:
    - «L:ssh_public_key=ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI«sshpub» admin@jump»
  ntp_servers:
    - «ip:ntp_server»
  dns_nameservers:
    - «ip:dns_server_1»
    - «ip:dns_server_2»
install:
  mode: create
  management_interface:
    interfaces:
      - name: ens1f0
        hwAddr: "«L:mac_address»"
    method: static
    ip: «ip4:node_ip»
    subnet_mask: «L:netmask=255.255.255.0»
    gateway: «ip4:node_gateway»
    bond_options:
      mode: active-backup
      miimon: 100
  device: /dev/sda
  data_disk: /dev/nvme0n1
  iso_url: http://«L:private_ip»/harvester/harvester-v«L:version»-amd64.iso
  tty: ttyS1,115200n8
  vip: «vip»
  vip_mode: static
system_settings:
  auto-disk-provision-paths: ""
  http-proxy: '{"httpProxy":"http://harvester:«p:proxy_password:url»@«ipp:proxy_host»:3128"}'
# rancher integration registered by «e:registered_by»; rancher import token «k:rancher_import_token:lan32»
"""
    text = text.replace("«sshpub»", g.b64(32)[:43])
    vip = g.ip4("cluster_vip")
    text = text.replace("server_url: https://«vip»:443", "server_url: https://«vip1»:443")
    text = text.replace("vip: «vip»", "vip: «vip2»")
    raw = vip[vip.index("\ue001") + 1:vip.index("\ue002")]
    return "yaml", "pxe/harvester/hv-01.yaml", fill(g, text, vip1=vip, vip2=mark("IP_ADDRESS", "cluster_vip", raw))


def t_ganeti_cluster_transcript(g):
    text = r"""root@gnt-master:~# gnt-cluster info | head -12
Cluster name: gnt.lab.lan
Cluster UUID: «L:cluster_uuid»
Creation time: «L:date» 10:14:31
Master node: gnt-master.lab.lan
Architecture (this node): 64bit (x86_64)
Tags: (none)
Default hypervisor: kvm
Hypervisors: kvm
Software version: «L:version»
Internode protocol: 2170000
Configuration format: 2170000
OS api version: 20
root@gnt-master:~# cat /var/lib/ganeti/rapi/users
# RAPI users for the web portal and the backup job
portal {HA1}«L:ha1_digest=«ha1»» write
backup «p:rapi_backup_password:word>rapi» read
root@gnt-master:~# gnt-network info public-v4 | grep -E 'Subnet|Gateway'
  Subnet: «ip4:public_subnet_base»/28
  Gateway: «ip4:public_gateway»
root@gnt-master:~# gnt-instance add -t drbd -o debootstrap+bookworm -s 20G -B memory=4G \
    --net 0:ip=«ip4:instance_ip»,network=public-v4 --no-start web07.lab.lan
Wed «L:date_short=Jun 12» 14:22:07 2024 * creating instance disks...
root@gnt-master:~# curl -sk -u backup:«=rapi» https://«L:loopback_ip»:5080/2/instances | head -c 120
["web01.lab.lan", "web02.lab.lan", "db01.lab.lan"]
root@gnt-master:~# grep -i smtp /etc/ganeti/notify.conf
smtp_host = «ip:notify_smtp_host»
smtp_login = «e:notify_smtp_login»
smtp_password = «p:notify_smtp_password:ini»
notify_to = «e:notify_to»
root@gnt-master:~# gnt-node list -o name,pip,sip
Node               PrimaryIP     SecondaryIP
gnt-master.lab.lan «L:private_ip»  «L:private_ip»
gnt-n2.lab.lan     «L:private_ip»  «L:private_ip»
"""
    text = text.replace("«ha1»", g.hexs(32))
    return "text", "notes/ganeti-onboarding.txt", fill(g, text)


TEMPLATES = [
    t_tinkerbell_hardware_yaml, t_cubejs_compose_yml, t_retool_docker_env, t_selfoss_config_ini,
    t_yarr_systemd_unit, t_filerun_config_php, t_filestash_config_json, t_projectsend_sys_config_php,
    t_psitransfer_config_js, t_xbackbone_sql_dump, t_chibisafe_setup_sh, t_opengist_config_yml,
    t_framadate_config_php, t_tigase_config_tdsl, t_nginx_proxy_manager_production_json, t_keywhiz_dev_yaml,
    t_tacticalrmm_local_settings_py, t_harvester_install_config_yaml, t_ganeti_cluster_transcript,
]
