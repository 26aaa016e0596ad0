"""Templates 20-38 of held-out set 48 (each written one by one)."""

ORDER = [
    "flyspray_conf_php", "zenphoto_sql_dump", "mstream_config_json", "volumio_support_chat", "moode_bash_history",
    "unmanic_settings_json", "stirling_pdf_dockerfile", "gotenberg_k8s_yaml", "collabora_coolwsd_xml",
    "standardnotes_env", "linotp_cfg_ini", "ds389_ldif", "padloc_systemd_env", "openbao_server_hcl",
    "mage_io_config_yaml", "automatisch_worker_log", "sandstorm_conf", "dnsdist_conf_lua", "sish_service_unit",
]


def t_flyspray_conf_php(g):
    return "ini", "flyspray/flyspray.conf.php", f"""; <?php die( 'Do not access this page directly.' ); ?>

; This is the Flysplay configuration file. It contains the basic settings
; needed for Flyspray to operate. All other preferences are stored in the
; database itself and are managed directly within the Flyspray admin interface.
; You should consider putting this file somewhere that isn't accessible using
; a web browser, and editing header.php to point to it.

[database]
dbtype = "pgsql"
dbhost = "{g.ip("db_host")}"
dbname = "flyspray"
dbuser = "flyspray"
dbpass = "{g.pw("db_password", "ini")}"
dbprefix = "flyspray_"

[general]
cookiesalt = "{g.key("cookie_salt", "hex32")}"
output_buffering = "on"
passwdcrypt = "argon2i"
dot_path = ""
dot_format = "png"
reminder_daemon = "1"
doku_url = "http://en.wikipedia.org/wiki/"
syntax_plugin = "none"
update_check = "1"
securecookies = "true"

[attachments]
zip = "application/zip"

[oauth]
github_secret = "{g.key("github_oauth_secret", "hex40")}"
github_id = "{g.lk("client_id", g.hx(20))}"
github_redirect = "https://bugs.coppiceford.org/index.php?do=oauth&provider=github"
google_secret = "{g.keyv("google_oauth_secret", "GOCSPX-" + g.s(28))}"
google_id = "{g.lk("client_id", str(g.num(10**11, 10**12)) + "-" + g.s(32, "abcdefghijklmnopqrstuvwxyz0123456789") + ".apps.googleusercontent.com")}"

; notification mail (the jabber section was removed in 1.0)
[notify]
smtp_server = "{g.ip("smtp_server", 0.2) if g.r.random() < 0.5 else "mx.coppiceford.org"}"
smtp_user = "{g.email("smtp_user")}"
smtp_pass = "{g.pw("smtp_password", "ini")}"
admin_email = "{g.email("admin_email")}"
; installed {g.date()}, Flyspray {g.version()}
"""


def t_zenphoto_sql_dump(g):
    h = g.lk("hashed_password", g.hx(64))
    return "sql", "backup/zenphoto-2024.sql", f"""-- MySQL dump 10.13  Distrib {g.version()}, for Linux (x86_64)
--
-- Host: {g.priv()}    Database: zenphoto
-- ------------------------------------------------------
-- Server version	{g.version()}-MariaDB-1:10.11.6+maria~ubu2204

/*!40101 SET @OLD_CHARACTER_SET_CLIENT=@@CHARACTER_SET_CLIENT */;
/*!40101 SET NAMES utf8mb4 */;

--
-- Dumping data for table `zp_administrators`
--

LOCK TABLES `zp_administrators` WRITE;
INSERT INTO `zp_administrators` VALUES (1,'admin','{h}','Site Admin','{g.email("admin_email")}',4294967295,NULL,'{g.lk("date", "2021-06-0" + str(g.num(1, 9)))} 09:14:02',1,'{g.ip("last_login_ip")}',NULL,NULL,NULL,NULL,'pbkdf2',NULL,NULL);
INSERT INTO `zp_administrators` VALUES (2,'guestbook','{g.lk("hashed_password", g.hx(64))}','Guest Uploader','{g.email("user_email")}',1288,NULL,'{g.lk("date", "2023-02-1" + str(g.num(1, 9)))} 18:40:51',1,'{g.ip("last_login_ip")}',NULL,NULL,NULL,NULL,'pbkdf2',NULL,NULL);
UNLOCK TABLES;

--
-- Dumping data for table `zp_options`
--

LOCK TABLES `zp_options` WRITE;
INSERT INTO `zp_options` VALUES (12,0,'zenphoto_install','{g.lk("serialized_install_id", g.hx(40))}',NULL,NULL);
INSERT INTO `zp_options` VALUES (31,0,'site_email','{g.email("site_email")}',NULL,NULL);
INSERT INTO `zp_options` VALUES (44,0,'extra_auth_hash_text','{g.key("auth_hash_text", "an32")}',NULL,NULL);
INSERT INTO `zp_options` VALUES (57,0,'PHPMailer_smtp_host','{g.ip("smtp_host", 0.0)}',NULL,NULL);
INSERT INTO `zp_options` VALUES (58,0,'PHPMailer_smtp_user','{g.email("smtp_user")}',NULL,NULL);
INSERT INTO `zp_options` VALUES (59,0,'PHPMailer_smtp_password','{g.pw("smtp_password", "quoted")}',NULL,NULL);
INSERT INTO `zp_options` VALUES (71,0,'reCaptcha_private_key','{g.keyv("recaptcha_secret_key", "6L" + g.s(38, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"))}',NULL,NULL);
INSERT INTO `zp_options` VALUES (72,0,'reCaptcha_public_key','{g.lk("site_key", "6L" + g.s(38, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"))}',NULL,NULL);
INSERT INTO `zp_options` VALUES (80,0,'zenphoto_release','{g.version()}',NULL,NULL);
UNLOCK TABLES;
/*!40101 SET CHARACTER_SET_CLIENT=@OLD_CHARACTER_SET_CLIENT */;

-- Dump completed on {g.lk("date", "2024-0" + str(g.num(1, 9)) + "-1" + str(g.num(0, 9)))} 02:00:04
"""


def t_mstream_config_json(g):
    import json as _j
    u1, u2 = g.first(), g.first()
    doc = f"""{{
  "port": 3000,
  "address": "{g.unspec()}",
  "secret": "{g.key("jwt_secret", g.pick(["b64_48", "hex64", "an40"]))}",
  "webAppDirectory": "public",
  "storage": {{
    "albumArtDirectory": "/srv/mstream/image-cache",
    "dbDirectory": "/srv/mstream/db",
    "logsDirectory": "/srv/mstream/logs"
  }},
  "folders": {{
    "music": {{ "root": "/mnt/nas/music", "type": "music" }},
    "audiobooks": {{ "root": "/mnt/nas/audiobooks", "type": "audio-books" }}
  }},
  "users": {{
    "{u1}": {{
      "password": "{g.pw("user_password", "json")}",
      "vpaths": ["music", "audiobooks"],
      "admin": true,
      "email": "{g.email("user_email")}"
    }},
    "{u2}": {{
      "password": "{g.pw("user_password", "json")}",
      "vpaths": ["music"],
      "admin": false
    }}
  }},
  "lastFM": {{
    "apiKey": "{g.key("lastfm_api_key", "hex32")}",
    "apiSecret": "{g.key("lastfm_api_secret", "hex32")}"
  }},
  "federation": {{
    "enabled": false,
    "folder": "/srv/mstream/sync",
    "peer": "http://{g.br(g.ip("federation_peer"))}:3000"
  }},
  "ssl": {{
    "key": "/etc/letsencrypt/live/music/privkey.pem",
    "cert": "/etc/letsencrypt/live/music/fullchain.pem"
  }},
  "lockAdmin": false,
  "noUpload": true,
  "_comment": "LAN clients also reach it at {g.priv()}; version {g.version()}"
}}
"""
    return "json", "mstream/save/conf/default.json", doc


def t_volumio_support_chat(g):
    u = g.first().capitalize()
    ip_home = g.ip4_raw()
    day = f"2024-11-{g.num(1, 27):02d}"
    when = iter(["21:04", "21:07", "21:15", "21:31", "21:40", "21:52", "22:03", "22:10", "22:12"])
    stamp = lambda: f"[{g.lk('date', day)} {next(when)}]"
    return "text", "support/volumio-forum-thread.txt", f"""Thread: streaming receiver drops every few minutes (Pi 4 + HiFiBerry DAC2 Pro)

{stamp()} {u}: hi all, Volumio {g.version()} on a Pi 4. the streaming receiver
  disconnects every 5-10 min. Log below. Device is on {g.priv()} and the router is {g.priv()}.
{stamp()} {u}: from journalctl:
  vollibrespot[{g.num(400, 9000)}]: [Connection] reconnecting to ap.stream-relay.net ({g.ip("stream_relay_ap", 0.0)}:4070)
  vollibrespot[{g.num(400, 9000)}]: Session error: ConnectionReset (client id {g.lk("client_id", g.hx(32))})
{stamp()} helper_bot: Please upload a log with `volumio logdump` and share the link.
{stamp()} {u}: done: http://logs.volumio.org/volumio/{g.lk("log_id", g.s(8))}.html
{stamp()} moderator_ines: Thanks. I see your public address {g.ipv("user_public_ip", ip_home)} in
  the log flapping every few minutes, that's your ISP renewing the lease, not Volumio. Also, your
  MyVolumio account line shows the e-mail {g.email("myvolumio_email")} in clear, you may want to edit that post.
{stamp()} {u}: oops. also pasted my wifi password further up in the log, it is
  {g.pw("wifi_password", "prose")} -- changing it tonight.
{stamp()} moderator_ines: Good. For the IPv6 prefix: your router hands out {g.ip6("delegated_ipv6")}
  and fe80 addresses like {g.ll6()} are fine to ignore. If you want a static lease use the MAC {g.mac()}.
{stamp()} {u}: and the scrobbler plugin asks for an API key, mine is
  {g.key("scrobbler_api_key", "hex32")} with secret {g.key("scrobbler_api_secret", "hex32")} - is that right format?
{stamp()} moderator_ines: Yes, 32 hex characters each. (And please don't post them.)
  Contact {g.email("support_contact")} if you need the post scrubbed.
"""


def t_moode_bash_history(g):
    return "shell", "home/pi/.bash_history", f"""sudo moodeutl -l
cat /var/local/www/currentsong.txt
sudo nano /etc/mpd.conf
mpc status
ping -c3 {g.priv()}
sudo mount -t cifs //{g.priv()}/music /mnt/NAS/music -o username=moode,password={g.pw("cifs_password", "shell")},vers=3.0
ls /mnt/NAS/music | head
sudo moodeutl -A add
sqlite3 /var/local/www/db/moode-sqlite3.db "select value from cfg_system where param='wrkready'"
sqlite3 /var/local/www/db/moode-sqlite3.db "update cfg_system set value='{g.pw("ap_password", "shell")}' where param='appassword'"
curl -s 'http://{g.loop()}/command/?cmd=get_volume'
sudo systemctl restart nginx
curl -fsSL https://{g.ip("mirror_host")}/moode/rpi-update-{g.version()}.tar.gz -o /tmp/upd.tgz
sha256sum /tmp/upd.tgz    # expect {g.sha256()}
export SCROBBLER_API_KEY={g.key("scrobbler_api_key", "hex32")}
export SCROBBLER_SECRET={g.key("scrobbler_secret", "hex32")}
sudo nmcli dev wifi connect Lantern-5G password {g.pw("wifi_password", "shell")}
ip -6 addr show wlan0
ping6 -c2 {g.ip6("isp_gateway_ipv6")}
ssh pi@{g.ip("remote_pi")} -p 2222
git clone https://{g.first()}:{g.pkey("github_token", "ghp")}@github.com/moode-fan/moode-tweaks.git
git config --global user.email {g.email("git_email")}
echo "moode backup done $(date)" | mail -s backup {g.email("backup_mail_to")}
sudo reboot
"""


def t_unmanic_settings_json(g):
    return "json", "unmanic/.unmanic/config/settings.json", f"""{{
  "ui_port": 8888,
  "debugging": false,
  "library_path": "/library",
  "enable_library_scanner": true,
  "schedule_full_scan_minutes": 1440,
  "number_of_workers": 2,
  "cache_path": "/tmp/unmanic",
  "installation_name": "unmanic-{g.first()}",
  "installation_uuid": "{g.uuid("installation_uuid")}",
  "remote_installations": [
    {{
      "address": "{g.priv()}:8888",
      "auth": "Basic",
      "username": "unmanic",
      "password": "{g.pw("remote_password", "json")}",
      "enable_receiving_tasks": true,
      "uuid": "{g.uuid("installation_uuid")}"
    }},
    {{
      "address": "{g.ipp("remote_installation", 8888)}",
      "auth": "Basic",
      "username": "transcoder",
      "password": "{g.pw("remote_password", "json")}",
      "enable_receiving_tasks": false,
      "uuid": "{g.uuid("installation_uuid")}"
    }}
  ],
  "plugin_repos": [
    "https://raw.githubusercontent.com/Unmanic/unmanic-plugins/repo/repo.json"
  ],
  "notifications": {{
    "notify_url": "mailtos://notify:{g.pw("apprise_mail_password", "url")}@{g.ip("apprise_mail_host", 0.0)}?to={g.email("notify_to")}",
    "push_user_key": "{g.key("push_user_key", "an32")}",
    "push_app_token": "{g.key("push_app_token", "an32")}"
  }},
  "support_api_key": "{g.key("unmanic_support_key", "hex40")}",
  "support_email": "{g.email("support_email")}",
  "version": "{g.version()}"
}}
"""


def t_stirling_pdf_dockerfile(g):
    return "dockerfile", "stirling/Dockerfile.custom", f"""# Custom image: Stirling-PDF with our fonts and pipeline configs baked in
FROM frooodle/s-pdf:{g.version()}-fat@sha256:{g.sha256("image_digest")}

LABEL maintainer="{g.email("maintainer_email")}"
LABEL org.opencontainers.image.revision="{g.sha1("git_commit")}"

ENV DOCKER_ENABLE_SECURITY=true \\
    SECURITY_ENABLELOGIN=true \\
    SECURITY_INITIALLOGIN_USERNAME=pdfadmin \\
    SECURITY_INITIALLOGIN_PASSWORD={g.pw("initial_admin_password", "shell")} \\
    SYSTEM_DEFAULTLOCALE=en-GB \\
    LANGS=en_GB

# OAuth2 against the staff IdP
ENV SECURITY_OAUTH2_ENABLED=true \\
    SECURITY_OAUTH2_ISSUER=https://id.fenlowe-genomics.org/realms/staff \\
    SECURITY_OAUTH2_CLIENTID=stirling-pdf \\
    SECURITY_OAUTH2_CLIENTSECRET={g.key("oauth2_client_secret", g.pick(["an32", "b64u43"]))}

ARG PREMIUM_KEY={g.key("premium_licence_key", "uuid")}
ENV PREMIUM_KEY=$PREMIUM_KEY PREMIUM_ENABLED=true

# fetch fonts from the internal mirror (basic auth)
RUN curl -fsSL -u fonts:{g.pw("mirror_password", "shell")} http://{g.priv()}/fonts/noto.tar.gz | tar -xz -C /usr/share/fonts \\
 && fc-cache -f
# mirror fallback on the public side
RUN echo "{g.ip("mirror_fallback", 0.0)} fonts.fallback.internal" >> /etc/hosts.extra

COPY pipeline/ /pipeline/defaultWebUIConfigs/
ENV SYSTEM_ROOTURIPATH=/pdf \\
    METRICS_ENABLED=false \\
    MAIL_HOST=smtp.fenlowe-genomics.org \\
    MAIL_USERNAME={g.email("mail_username")} \\
    MAIL_PASSWORD={g.pw("mail_password", "shell")}
EXPOSE 8080
HEALTHCHECK CMD curl -f http://{g.loop()}:8080/pdf/api/v1/info/status || exit 1
"""


def t_gotenberg_k8s_yaml(g):
    import base64 as _b
    pw = g.pw_raw("plain")
    pwb = _b.b64encode(pw.encode()).decode()
    wk = g.key_raw("hex40")
    return "yaml", "k8s/gotenberg.yaml", f"""apiVersion: v1
kind: Secret
metadata:
  name: gotenberg-auth
  namespace: documents
  uid: {g.uuid("k8s_uid")}
type: Opaque
data:
  # base64 of the basic-auth password
  GOTENBERG_API_BASIC_AUTH_PASSWORD: {g.keyv("basic_auth_password_b64", pwb)}
  WEBHOOK_TOKEN: {g.keyv("webhook_token_b64", _b.b64encode(wk.encode()).decode())}
stringData:
  GOTENBERG_API_BASIC_AUTH_USERNAME: gotenberg
---
apiVersion: apps/v1
kind: Deployment
metadata:
  name: gotenberg
  namespace: documents
  annotations:
    deployed-by: {g.email("deployer_email")}
spec:
  replicas: 2
  selector:
    matchLabels: {{app: gotenberg}}
  template:
    metadata:
      labels: {{app: gotenberg}}
    spec:
      containers:
        - name: gotenberg
          image: gotenberg/gotenberg:{g.version(parts=2)}@sha256:{g.sha256("image_digest")}
          args:
            - gotenberg
            - --api-enable-basic-auth
            - --webhook-allow-list=^https://(docs\\.marrowby\\.eu|hooks\\.marrowby\\.eu)/.*$
            - --api-trace-header=X-Request-Id
          envFrom:
            - secretRef: {{name: gotenberg-auth}}
          env:
            - name: DEBUG_PLAIN_PASSWORD   # TODO remove, added while testing on {g.date()}
              value: "{g.pwv("basic_auth_password_plain", pw)}"
            - name: WEBHOOK_TOKEN_PLAIN
              value: "{g.keyv("webhook_token_plain", wk)}"
          ports:
            - containerPort: 3000
      hostAliases:
        - ip: "{g.ip("callback_host", 0.0)}"
          hostnames: ["callback.marrowby.eu"]
        - ip: "{g.priv()}"
          hostnames: ["objects.documents.svc"]
"""


def t_collabora_coolwsd_xml(g):
    return "xml", "/etc/coolwsd/coolwsd.xml", f"""<?xml version="1.0" encoding="UTF-8"?>
<!-- coolwsd configuration (trimmed). Edited by hand on {g.date()}; see coolconfig for the hashed console password. -->
<config>
    <allowed_languages desc="List of supported languages" default="de_DE en_GB en_US es_ES fr_FR it nl pt_BR pt_PT ru">en_GB de_DE</allowed_languages>
    <server_name desc="External hostname:port of the server running coolwsd." type="string" default="">office.brindlecombe-institute.ac.uk</server_name>
    <net desc="Network settings">
        <proto type="string" default="all">IPv4</proto>
        <listen type="string" default="any">any</listen>
        <post_allow desc="Allow POST from these addresses">
            <host desc="The IPv4 private 192.168 block">192\\.168\\.[0-9]{{1,3}}\\.[0-9]{{1,3}}</host>
            <host desc="Loopback">{g.loop()}</host>
            <host desc="File sync front end">{g.ip("file_sync_frontend", 0.0)}</host>
            <host desc="File sync front end (v6)">{g.ip6("file_sync_frontend_ipv6")}</host>
        </post_allow>
    </net>
    <ssl desc="SSL settings">
        <enable type="bool" default="true">false</enable>
        <termination desc="Connection via proxy where coolwsd acts as working via https, but actually uses http." type="bool" default="true">true</termination>
    </ssl>
    <storage desc="Backend storage">
        <wopi desc="Allow/deny wopi storage." allow="true">
            <alias_groups mode="groups">
                <group><host desc="hostname to allow or deny." allow="true">https://cloud\\.brindlecombe-institute\\.ac\\.uk:443</host></group>
            </alias_groups>
        </wopi>
    </storage>
    <admin_console desc="Web admin console settings.">
        <enable desc="Enable the admin console functionality" type="bool" default="true">true</enable>
        <username desc="The username of the admin console. Ignored if PAM is enabled.">cooladmin</username>
        <password desc="The password of the admin console. Deprecated on most platforms. Instead, use PAM or coolconfig to set up a secure password.">{g.pw("admin_console_password", "xml")}</password>
        <secure_password desc="Stored by coolconfig">{g.lk("hashed_password", "pbkdf2.sha512.10000." + g.hx(64) + "." + g.hx(64))}</secure_password>
    </admin_console>
    <remote_font_config><url desc="URL of optional JSON file that lists fonts to be included in Online" type="string" default="">https://{g.ip("font_server", 0.0)}/fonts.json</url></remote_font_config>
    <support_key desc="Support key for paid customers">{g.key("support_key", g.pick(["b64_48", "an40"]))}</support_key>
    <mail desc="Notifications (site-local patch)">
        <smtp_user>{g.email("smtp_user")}</smtp_user>
        <smtp_password>{g.pw("smtp_password", "xml")}</smtp_password>
        <notify>{g.email("notify_email")}</notify>
    </mail>
    <!-- Product: Collabora Online {g.version()}, git hash {g.short_sha()} -->
</config>
"""


def t_standardnotes_env(g):
    return "env", "standardnotes/.env", f"""######
# DB #
######

DB_HOST=db
DB_PORT=3306
DB_USERNAME=std_notes_user
DB_PASSWORD={g.pw("db_password", "env")}
DB_DATABASE=standard_notes_db
DB_TYPE=mysql

#########
# CACHE #
#########

REDIS_PORT=6379
REDIS_HOST=cache
CACHE_TYPE=redis

########
# KEYS #
########

AUTH_JWT_SECRET={g.key("auth_jwt_secret", "hex64")}
AUTH_SERVER_ENCRYPTION_SERVER_KEY={g.key("encryption_server_key", "hex64")}
VALET_TOKEN_SECRET={g.key("valet_token_secret", "b64_32")}

# Files server
PUBLIC_FILES_SERVER_URL=https://files.notes.coppiceford.org

# Mail (for email backups)
EMAIL_SMTP_HOST={g.ip("smtp_host", 0.25)}
EMAIL_SMTP_USER={g.email("smtp_user")}
EMAIL_SMTP_PASSWORD={g.pw("smtp_password", "env")}
EMAIL_FROM={g.resmail("backups")}

# Internal network ranges allowed to hit /healthcheck
TRUSTED_PROXIES={g.priv()}/8,{g.loop()}
# the old syncing-server (decommissioned {g.date()}) ran at {g.ip("old_server")}
# admin account for the subscription tool: {g.email("admin_account")}
# offline subscription token issued by the dashboard:
OFFLINE_SUBSCRIPTION_TOKEN={g.key("offline_subscription_token", "jwt")}
"""


def t_linotp_cfg_ini(g):
    return "ini", "/etc/linotp/linotp.cfg", f"""#
# LinOTP - paste deploy configuration
#
[DEFAULT]
debug = false
profile = false
smtp_server = {g.ip("smtp_server", 0.0)}
error_email_from = {g.email("error_email_from")}
email_to = {g.email("error_email_to")}

[server:main]
use = egg:Paste#http
host = {g.unspec()}
port = 5001

[app:main]
use = egg:LinOTP
sqlalchemy.url = mysql+pymysql://linotp:{g.pw("sqlalchemy_password", "url")}@{g.br(g.ip("db_host"))}:3306/LinOTP2
sqlalchemy.pool_recycle = 3600
linotpAudit.type = linotp.lib.audit.SQLAudit
linotpAudit.key.private = %(here)s/private.pem
linotpAudit.key.public = %(here)s/public.pem
linotpAudit.sql.url = mysql+pymysql://linotp_audit:{g.pw("audit_db_password", "url")}@{g.priv()}/LinOTPAudit
linotp.DefaultSyncWindow = 1000
linotpSecretFile = %(here)s/encKey
beaker.session.secret = {g.key("beaker_session_secret", "hex64")}
# SMS provider for the sms tokens (HTTP)
linotp.SMSProvider.Config = {{"URL": "https://sms.tele.fo/api/send", "PARAMETER": {{"user": "otp-gw", "password": "{g.pw("sms_gateway_password", "json")}"}}, "CHECK_STATUS": "1"}}
# LDAP resolver bind (moved to DB resolver config; kept for reference)
# ldapresolver.BINDPW = {g.pw("ldap_bindpw_comment", "plain")}
# ldapresolver.LDAPURI = ldaps://{g.ip("ldap_host")}
# test token seed for the lab device only, 20-byte HOTP:
# otpkey = {g.key("hotp_seed", "hex40")}

[loggers]
keys = root, linotp
# version {g.version()}
"""


def t_ds389_ldif(g):
    base = "dc=wherrymoor,dc=net"
    return "text", "ldap/import-staff.ldif", f"""# 389 Directory Server import for the Wherrymoor staff tree
# Apply with: ldapmodify -H ldaps://{g.ip("ldap_server", 0.0)} -D "cn=Directory Manager" -w {g.pw("directory_manager_password", "shell")} -f import-staff.ldif
version: 1

dn: ou=people,{base}
changetype: add
objectClass: top
objectClass: organizationalUnit
ou: people

dn: uid={g.first()},ou=people,{base}
changetype: add
objectClass: inetOrgPerson
objectClass: posixAccount
cn: {g.person()}
sn: staff
uid: x
uidNumber: {g.num(2000, 2999)}
gidNumber: 2000
homeDirectory: /home/x
mail: {g.email("staff_mail")}
userPassword: {g.pw("user_password", "plain")}
nsUniqueId: {g.lk("ns_unique_id", g.hx(8) + "-" + g.hx(8) + "-" + g.hx(8) + "-" + g.hx(8))}

dn: uid={g.first()},ou=people,{base}
changetype: add
objectClass: inetOrgPerson
cn: {g.person()}
sn: staff
mail: {g.email("staff_mail")}
userPassword: {g.lk("hashed_password", "{PBKDF2_SHA256}AAAIAA" + g.s(60, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"))}

dn: cn=replication manager,cn=config
changetype: add
objectClass: inetOrgPerson
cn: replication manager
sn: RM
userPassword: {g.pw("replication_manager_password", "plain")}
description: supplier on {g.ip("supplier_host")}, consumer on {g.priv()}

dn: cn=svc-mailrelay,ou=services,{base}
changetype: add
objectClass: applicationProcess
objectClass: simpleSecurityObject
cn: svc-mailrelay
userPassword: {g.pw("service_password", "plain")}
description: relay host {g.ip("relay_host")} ({g.oid()})
"""


def t_padloc_systemd_env(g):
    return "env", "/etc/padloc/padloc.env", f"""# EnvironmentFile for padloc-server.service
PL_PWA_URL=https://vault.pebblestock.org
PL_SERVER_PORT=3000
PL_DATA_BACKEND=postgres
PL_DATA_POSTGRES_HOST={g.ip("postgres_host")}
PL_DATA_POSTGRES_PORT=5432
PL_DATA_POSTGRES_DATABASE=padloc
PL_DATA_POSTGRES_USER=padloc
PL_DATA_POSTGRES_PASSWORD={g.pw("postgres_password", "env")}
PL_ATTACHMENTS_BACKEND=s3
PL_ATTACHMENTS_S3_REGION=eu-central-1
PL_ATTACHMENTS_S3_ENDPOINT=https://{g.ip("s3_endpoint", 0.0)}:9000
PL_ATTACHMENTS_S3_ACCESS_KEY_ID={g.pkey("s3_access_key_id", "akia")}
PL_ATTACHMENTS_S3_SECRET_ACCESS_KEY={g.pkey("s3_secret_access_key", "aws_secret")}
PL_ATTACHMENTS_S3_BUCKET=padloc-attachments
PL_EMAIL_BACKEND=smtp
PL_EMAIL_SMTP_HOST={g.priv()}
PL_EMAIL_SMTP_PORT=587
PL_EMAIL_SMTP_USER={g.email("smtp_user")}
PL_EMAIL_SMTP_PASSWORD={g.pw("smtp_password", "env")}
PL_EMAIL_SMTP_FROM={g.email("smtp_from")}
PL_ADMIN_EMAIL={g.email("admin_email")}
# hardware OTP validation
PL_AUTH_OTP_CLIENT_ID={g.lk("client_id", str(g.num(10000, 99999)))}
PL_AUTH_OTP_SECRET_KEY={g.key("otp_secret_key", "b64_32") if g.r.random() < 0.5 else g.keyv("otp_secret_key", g.key_raw("b64_48")[:28])}
# PL_AUTH_WEBAUTHN_RP_ID=vault.pebblestock.org
PL_LOG_LEVEL=info
# backup ping (healthchecks) -- token is in the path
PL_BACKUP_PING=https://hc.pebblestock.org/ping/{g.key("healthcheck_ping_key", "uuid")}
"""


def t_openbao_server_hcl(g):
    pem = g.pem_raw("EC PRIVATE KEY", "\\n", 3)
    return "text", "/etc/openbao/openbao.hcl", f"""# OpenBao server configuration (HCL)
ui            = true
cluster_addr  = "https://{g.ip("cluster_addr", 0.0)}:8201"
api_addr      = "https://{g.br(g.ip("api_addr"))}:8200"
disable_mlock = true

storage "raft" {{
  path    = "/opt/openbao/data"
  node_id = "bao-{g.num(1, 5)}"

  retry_join {{
    leader_api_addr = "https://{g.priv()}:8200"
  }}
  retry_join {{
    leader_api_addr = "https://{g.br(g.ip("peer_api_addr"))}:8200"
  }}
}}

listener "tcp" {{
  address       = "{g.unspec()}:8200"
  tls_cert_file = "/opt/openbao/tls/tls.crt"
  tls_key_file  = "/opt/openbao/tls/tls.key"
}}

seal "transit" {{
  address         = "https://{g.ip("transit_addr", 0.0)}:8200"
  token           = "{g.keyv("transit_token", "s." + g.s(24))}"
  disable_renewal = "false"
  key_name        = "autounseal"
  mount_path      = "transit/"
}}

# Audit to syslog and to the SIEM over TLS
telemetry {{
  statsd_address = "{g.priv()}:8125"
  disable_hostname = true
}}

# Break-glass notes (to be moved to the safe; do NOT commit):
#   root token  : {g.keyv("root_token", "s." + g.s(24))}
#   unseal key 1: {g.key("unseal_key", "b64_32")}
#   recovery contact: {g.email("recovery_contact")}
#   inline client key used in the bootstrap test: "{g.keyv("bootstrap_client_key_pem", pem)}"
#   server CA: "{g.cert_pem()}"
# Release {g.version()} ({g.short_sha()})
"""


def t_mage_io_config_yaml(g):
    pem = g.pem_raw("PRIVATE KEY", "\\n", 6)
    return "yaml", "mage_project/io_config.yaml", f"""version: {g.version(parts=2)}
default:
  # Default profile created for data IO access.
  AWS_ACCESS_KEY_ID: {g.pkey("aws_access_key_id", "akia")}
  AWS_SECRET_ACCESS_KEY: {g.pkey("aws_secret_access_key", "aws_secret")}
  AWS_REGION: ap-southeast-2
  # warehouse: inline service account (yes, the private key is in here)
  GOOGLE_SERVICE_ACC_KEY:
    type: service_account
    project_id: reef-survey-{g.num(1000, 9999)}
    private_key_id: {g.key("gcp_private_key_id", "hex40")}
    private_key: "{g.keyv("gcp_private_key_pem", pem)}"
    client_email: {g.emv("service_account_email", "etl-runner@reef-survey-" + str(g.num(100, 999)) + ".iam.gserviceaccount.com")}
    client_id: "{g.lk("client_id", str(g.num(10**20, 10**21)))}"
  POSTGRES_CONNECT_TIMEOUT: 10
  POSTGRES_DBNAME: reefs
  POSTGRES_SCHEMA: public
  POSTGRES_USER: mage
  POSTGRES_PASSWORD: {g.pw("postgres_password", "yaml")}
  POSTGRES_HOST: {g.ip("postgres_host")}
  POSTGRES_PORT: 5432
  FTP_USER: {g.email("ftp_user")}
  FTP_PASSWORD: {g.pw("ftp_password", "yaml")}
  FTP_ACCOUNT: {g.lk("account_locator", g.s(7, "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789").lower() + "-" + g.s(7, "abcdefghijklmnopqrstuvwxyz"))}
  MONGODB_CONNECTION_STRING: mongodb://reefs:{g.pw("mongodb_password", "url")}@{g.priv()}:27017/
dev:
  POSTGRES_HOST: {g.loop()}
  POSTGRES_PASSWORD: {g.ph("postgres", "default_password")}
  # dev warehouse owner {g.resmail("dev")}
"""


def t_automatisch_worker_log(g):
    clock = [g.num(1700000000, 1790000000)]

    def ts():
        import datetime as _dt
        clock[0] += g.num(1, 40)
        t = _dt.datetime.fromtimestamp(clock[0], _dt.timezone.utc)
        return g.lk("timestamp", t.strftime("%Y-%m-%dT%H:%M:%SZ"))
    return "text", "logs/automatisch-worker.log", f"""{ts()} info: Worker started (Automatisch {g.version()}), redis={g.priv()}:6379
{ts()} info: Flow {g.uuid("flow_id")} triggered by webhook from {g.ip("webhook_source")}
{ts()} debug: step 1 (http-request) POST https://crm.tumblewick.family/api/v1/persons?api_token={g.key("pipedrive_api_token", "hex40")}
{ts()} debug: step 1 response 201 person_id={g.num(1000, 99999)} email={g.email("person_email")}
{ts()} debug: step 2 (smtp) connecting to {g.ip("smtp_host", 0.3)} as {g.email("smtp_user")}
{ts()} error: step 2 (smtp) 535 Authentication failed for password "{g.pw("smtp_password", "quoted")}"
{ts()} warn: retrying step 2 in 30s (attempt 2/3)
{ts()} debug: step 3 (team-chat) chat.postMessage with token {g.pkey("chat_bot_token", "xoxb")}
{ts()} debug: step 4 (postgres) connect postgresql://flows:{g.pw("postgres_password", "url")}@{g.br(g.ip("postgres_host"))}:5432/crm
{ts()} info: execution {g.uuid("execution_id")} finished in 4.21s
{ts()} info: Flow {g.uuid("flow_id")} triggered by schedule
{ts()} debug: step 1 (chat-bot) sendMessage via bot{g.pkey("chat_bot_token", "tg_bot")}
{ts()} info: ENCRYPTION_KEY loaded ({g.lk("key_fingerprint", "sha256:" + g.hx(16))}), WEBHOOK_SECRET_KEY loaded
{ts()} debug: env APP_SECRET_KEY={g.key("app_secret_key", "an32")} (debug dump, remove)
{ts()} info: health probe from {g.loop()} ok; public url https://flows.tumblewick.family ({g.ip("public_ip")})
"""


def t_sandstorm_conf(g):
    return "conf", "/opt/sandstorm/sandstorm.conf", f"""SERVER_USER=sandstorm
PORT=80,6080
MONGO_PORT=6081
BIND_IP={g.unspec()}
BASE_URL=https://sandstorm.cinderholm.net
WILDCARD_HOST=*.sandstorm.cinderholm.net
UPDATE_CHANNEL=dev
ALLOW_DEV_ACCOUNTS=false
SMTP_LISTEN_PORT=30025
SANDCATS_BASE_DOMAIN=sandcats.io
HTTPS_PORT=443
# Outgoing mail (configured in Admin > Email, copied here for the migration)
#   login {g.email("smtp_login")}
#   server {g.ip("smtp_host")} port 587, password {g.pw("smtp_password_note", "plain")}
# Sandcats registration key (do not lose -- recovery needs it):
#   /opt/sandstorm/var/sandcats/id_rsa, fingerprint {g.fp()}
# Admin token printed by `sandstorm admin-token`, used once on {g.date()}:
#   {g.lk("one_time_admin_token_used", g.hx(40))}
# Mongo (internal) -- sandstorm generates this itself, kept for backups:
#   mongodb://sandstorm:{g.pw("mongo_password", "url")}@{g.loop()}:6081/meteor
# Allowed outgoing IPs for grains (firewall): {g.priv()}, {g.ip("allowed_egress")}
# Owner: {g.email("owner_email")}
# release {g.build_id()}
"""


def t_dnsdist_conf_lua(g):
    return "lua", "/etc/dnsdist/dnsdist.conf", f"""-- dnsdist configuration (Lua)
setLocal("{g.unspec()}:53")
addLocal("[{g.unspec6()}]:53")
setACL({{"{g.priv()}/8", "{g.loop()}/32", "{g.ip("allowed_client")}/32", "{g.ip6("allowed_client_ipv6")}/128"}})

-- console for dnsdist -c
controlSocket("{g.loop()}:5199")
setKey("{g.key("console_key", "b64_32")}")
setConsoleACL("{g.loop()}/32")

-- built-in web server + API
webserver("{g.unspec()}:8083")
setWebserverConfig({{password=hashPassword("{g.pw("webserver_password", "quoted")}"),
                    apiKey="{g.key("webserver_api_key", g.pick(["an32", "hex32", "b64u43"]))}",
                    acl="{g.priv()}/24, {g.ip("monitoring_host")}"}})

-- upstream resolvers
newServer({{address="{g.ip("upstream_resolver")}", name="isp1", checkInterval=5}})
newServer({{address="{g.ip("upstream_resolver")}", name="isp2"}})
newServer({{address="[{g.ip6("upstream_resolver_ipv6")}]:53", name="isp1-v6"}})
newServer({{address="{g.docip()}", name="doc-example", order=99}}) -- copied from the manual, disabled
getServer(3):setDown()

-- DNS-over-HTTPS frontend
addDOHLocal("{g.unspec()}:443", "/etc/dnsdist/doh.crt", "/etc/dnsdist/doh.key", "/dns-query")

-- cache sync between the two resolvers uses multicast group {g.mcast()}
-- carbon export to the metrics box
carbonServer("{g.ip("carbon_server", 0.0)}", "dnsdist.resolver1", 30)
-- contact for abuse reports: {g.email("abuse_contact")}
-- dnsdist {g.version()}
"""


def t_sish_service_unit(g):
    return "conf", "/etc/systemd/system/sish.service", f"""[Unit]
Description=sish SSH tunnelling reverse proxy
After=network-online.target
Wants=network-online.target

[Service]
Type=simple
User=sish
# public address of this VM: {g.ip("vm_public_ip")} / {g.ip6("vm_public_ipv6")}
ExecStart=/usr/local/bin/sish \\
  --ssh-address=:2222 \\
  --http-address=:80 \\
  --https-address=:443 \\
  --https=true \\
  --https-certificate-directory=/etc/sish/certs \\
  --authentication-keys-directory=/etc/sish/pubkeys \\
  --authentication-password={g.pw("auth_password", "shell")} \\
  --private-keys-directory=/etc/sish/keys \\
  --bind-random-ports=false \\
  --domain=tunnel.larchmere-fibre.coop \\
  --admin-console \\
  --admin-console-token={g.key("admin_console_token", g.pick(["an32", "hex40", "b64u43"]))} \\
  --service-console \\
  --service-console-token={g.key("service_console_token", "an24")} \\
  --whitelisted-ips={g.ip("whitelisted_ip")},{g.priv()}/16 \\
  --proxy-protocol-listener=false
Restart=always
RestartSec=2
Environment=SISH_LOG_EMAIL={g.email("log_email")}
# tunnels inside the WireGuard overlay use {g.ula6()} (ULA)
# pubkey of the CI deploy user is {g.ssh_pub("ci@runner-03")}

[Install]
WantedBy=multi-user.target
"""
