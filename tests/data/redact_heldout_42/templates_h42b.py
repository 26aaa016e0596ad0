"""Templates 21-40 of the forty-second held-out set: mail tools, mail servers and messages.

Each function takes a value generator `g` (gen_h42.G) and returns marked text.
"""


def swaks_transcript(g):
    frm = g.email('from_email')
    ip = g.ip4('relay_ip')
    me = g.first().lower()
    return f"""$ swaks --to {g.email('to_email')} --from {frm} --server {ip}:587 --tls \\
    --auth LOGIN --auth-user {g.email('auth_user_email')} --auth-password '{g.pw('smtp_password', ctx='shell')}'
=== Trying {ip}:587...
=== Connected to relay.
<-  220 mx.{g.word()}.net ESMTP ready
 -> EHLO {me}-laptop
<-  250-AUTH LOGIN PLAIN
 -> STARTTLS
<-  220 2.0.0 Ready to start TLS
=== TLS started with cipher TLS_AES_256_GCM_SHA384
 ~> AUTH LOGIN
<~  334 VXNlcm5hbWU6
<~  235 2.7.0 Authentication successful
 ~> MAIL FROM:<{frm}>
<~  250 2.1.0 Ok
 ~> DATA
 ~> Message-Id: <{g.ph(g.hexs(16) + '@' + me + '-laptop.local', 'message_id')}>
 ~> X-Mailer: swaks {g.ver()}
<~  250 2.0.0 Ok: queued as {g.ph(g.s('0123456789ABCDEF', 10), 'queue_id')}
=== Connection closed with remote host.
# without --auth-password swaks prompts and echoes nothing: Password: {g.ph('********', 'masked')}
# the relay also listens on [{g.ip6('relay_ipv6')}]:587; test API key for its web UI: {g.key('relay_ui_key', shape='an32')}
"""


def mailutils_conf(g):
      return f"""# /etc/mailutils.conf -- GNU mailutils, outgoing mail from the backup host
mailer {{
  # user name and password go URL-encoded into the url
  url "smtp://{g.first().lower()}:{g.pw('smtp_password', ctx='url')}@{g.ip4('smtp_ip')}:587";
}};
address {{
  email-domain "{g.word()}-{g.word()}.net";
}};
logging {{
  syslog yes;
  facility mail;
}};
# dry-run profile (local sink): url "smtp://user:{g.ph('PASSWORD')}@{g.loop()}:25";
# who gets the nightly report: {g.email('report_email')}
# imap for the shared mailbox (read by mail.local in the cron job):
#   imaps://{g.first().lower()}:{g.pw('imap_password', ctx='url')}@{g.ip('imap_ip', v6=0.0)}
# webhook token the cron job posts its summary with: {g.key('webhook_token', shape='b64url43')}
# mailutils {g.ver()}; test address for dry runs {g.rmail()}
"""


def dma_auth(g):
    host = f"smtp.{g.word()}.eu"
    return f"""# /etc/dma/auth.conf -- dma, the small mail agent on the jail host
# format: user|smarthost:password
{g.email('auth_user_email')}|{host}:{g.pw('smtp_password', ctx='plain')}

# /etc/dma/dma.conf (relevant lines)
#   SMARTHOST {host}
#   PORT 587
#   AUTHPATH /etc/dma/auth.conf
#   SECURETRANSFER
#   STARTTLS
#   (bounces quote our Message-ID <{g.ph(g.hexs(12) + '.' + g.hexs(6) + '@' + g.word() + '-jail.local', 'message_id')}>)
#   MASQUERADE {g.email('masquerade_email')}
# {host} resolves to {g.ip4('smarthost_ip')} and {g.ip4('smarthost_ip2')}
# local relay for the jail network {g.priv()} is not used any more
# provider's API key for bounce webhooks (different from the SMTP password): {g.key('bounce_key', shape='an40')}
# dma {g.ver()}
"""


def mailsend_go_cmd(g):
    return f"""#!/bin/sh
# send the daily export with mailsend-go
mailsend-go -sub "export $(date +%F)" \\
  -smtp {g.ip4('smtp_ip')} -port 465 -ssl \\
  auth -user {g.email('auth_user_email')} -pass '{g.pw('smtp_password', ctx='shell')}' \\
  -from {g.email('from_email')} -to {g.email('to_email')} \\
  body -msg "export attached" \\
  attach -file /srv/export/latest.csv.gz
# checksum of the export is logged separately: {g.md5()}
# test run used {g.rmail('qa')} and the sandbox relay {g.docip()}
# storage token used to fetch the export before sending:
#   {g.key('storage_token', shape='jwt')}
"""


def sendemail_cron(g):
    return f"""# /etc/cron.d/disk-report
MAILTO=""
# m h dom mon dow user command
15 6 * * 1-5 root df -h | sendemail -q -f {g.email('from_email')} -t {g.email('to_email')} -u "disk report $(hostname)" -s {g.ip4('smtp_ip')}:25 -xu {g.first().lower()} -xp {g.pw('smtp_password', ctx='shell')} -o tls=auto
# the weekly one goes through the backup relay on {g.ip4('smtp_ip2')}:587
30 7 * * 1 root /usr/local/bin/weekly.sh | sendemail -q -f {g.email('from_email2')} -t {g.rmail('ops')} -u weekly -s {g.loop()}:25
# weekly.sh uploads to the bucket with key {g.key('bucket_key', shape='an40')}
# (host inventory id {g.uuid('inventory_uuid')})
"""


def mailrc_smtp(g):
    return f"""# ~/.mailrc  (mailx)
set v15-compat
set from="{g.first()} {g.last()} <{g.email('from_email')}>"
set mta=smtp://{g.first().lower()}:{g.pw('smtp_password', ctx='url')}@{g.ip4('smtp_ip')}:587 smtp-use-starttls
set smtp-auth=login
# older syntax, kept for the box that still runs heirloom mailx:
# set smtp-auth-user={g.email('auth_user_email')}
# set smtp-auth-password={g.pw('old_smtp_password', ctx='plain')}
# preferred: set smtp-auth-password-eval={g.ph('"pass show mail/smtp"', 'secret_reference')}
set hold
set sendwait
alias oncall {g.email('oncall_email')} {g.rmail()}
# Message-ID of the last test: <{g.ph(g.hexs(20) + '@' + g.word() + '.local', 'message_id')}>
# signing key id for replies {g.ph(g.hexs(16).upper(), 'pgp_key_id')}; api key for the archive: {g.key('archive_key', shape='hex32')}
"""


def imapsync_batch(g):
    return f"""#!/bin/bash
# migrate mailboxes from the old Citadel box to the new host
# list format: user1;password1;user2;password2
OLD={g.ip4('old_host_ip')}
NEW={g.ip('new_host_ip', v6=0.4)}
while IFS=';' read -r u1 p1 u2 p2; do
  imapsync --host1 "$OLD" --user1 "$u1" --password1 "$p1" \\
           --host2 "$NEW" --user2 "$u2" --password2 "$p2" --ssl1 --ssl2 --automap
done < accounts.txt
# accounts.txt (first two lines; the rest are in the vault):
#   {g.first().lower()};{g.pw('password1', ctx='plain')};{g.email('user2_email')};{g.pw('password2', ctx='plain')}
#   {g.first().lower()};{g.pw('password1b', ctx='plain')};{g.email('user2b_email')};{g.pw('password2b', ctx='plain')}
# the admin mailbox was done by hand with --authuser1 admin --password1 {g.ph('"$ADMIN_PW"', 'secret_reference')}
# imapsync {g.ver()}, run id {g.uuid('run_uuid')}
"""


def zone_mta_toml(g):
    mta = f"mta1.{g.word()}.com"
    return f"""# config/zonemta.toml (local overrides)
name = "ZoneMTA"
ident = "zone-mta"

[dbs]
mongo = "mongodb://zonemta:{g.pw('mongo_password', ctx='url')}@{g.priv()}:27017/zone-mta"
redis = "redis://:{g.pw('redis_password', ctx='url')}@{g.priv()}:6379/2"

[smtpInterfaces.feeder]
enabled = true
port = 2525
host = "{g.loop()}"
authentication = true
# feeder login for the newsletter app:
user = "{g.email('feeder_user_email')}"
pass = "{g.pw('feeder_password', ctx='quoted')}"

[pools]
default = [{{ address = "{g.ip4('pool_ip')}", name = "{mta}" }}, {{ address = "{g.ip6('pool_ipv6')}", name = "{mta}" }}]

# DKIM public record for the pool: {g.ph('p=' + g.b64(40).rstrip('='), 'dkim_public')}
[plugins."core/api-send"]
enabled = "sender"
hashSecret = "{g.key('hash_secret', shape='hex40')}"
# version pinned {g.ver()}
"""


def fdm_conf(g):
    return f"""# ~/.fdm.conf
set lock-file "%h/.fdm.lock"

account "work" imaps server "{g.ip4('imap_ip')}"
    user "{g.email('imap_user_email')}" pass "{g.pw('imap_password', ctx='quoted')}"
    new-only cache "%h/.fdm-cache"

account "lists" pop3s server "pop.{g.word()}.fi" port 995
    user "{g.first().lower()}" pass "{g.pw('pop_password', ctx='quoted')}"

action "inbox" maildir "%h/Mail/INBOX"
action "spam" maildir "%h/Mail/Junk"
match "^X-Spam-Flag: YES" in headers action "spam"
match "^List-Id:.*{g.word()}" in headers action "inbox"
match all action "inbox"
# server fingerprint (pinned): {g.sha256()}
# also allowed to relay from {g.priv()}; test list address {g.rmail('list')}
# filter service token: {g.key('filter_token', shape='low32')}
"""


def opendmarc_import_cron(g):
    db = g.priv()
    return f"""# /etc/cron.d/opendmarc-reports
# import the history file and send aggregate reports nightly
SHELL=/bin/sh
10 1 * * * opendmarc opendmarc-import --dbhost={db} --dbuser=opendmarc --dbpasswd={g.pw('db_password', ctx='shell')} --dbname=opendmarc < /var/run/opendmarc/opendmarc.dat && : > /var/run/opendmarc/opendmarc.dat
20 1 * * * opendmarc opendmarc-reports --dbhost={db} --dbuser=opendmarc --dbpasswd={g.ph('$(cat /etc/opendmarc/db.pass)', 'secret_reference')} --report-email={g.email('report_email')} --smtp-server={g.ip4('smtp_ip')}
# reports also archived to the DMARC dashboard at {g.ip4('dashboard_ip2')}, upload key {g.key('dashboard_key', shape='hex40')}
# opendmarc {g.ver()}; history schema {g.ssha()}
"""


def sqlgrey_conf(g):
    return f"""## sqlgrey.conf
loglevel = 2
log_override = whitelist:1,grey:3,spam:2
reconnect_delay = 5
max_connect_age = 24
awl_age = 32
group_domain_level = 10

## Database
db_type = Pg
db_name = sqlgrey
db_host = {g.priv()}
db_port = default
db_user = sqlgrey
db_pass = {g.pw('db_password', ctx='ini')}
db_cleandelay = 1800
# package default was db_pass = {g.ph('please-change')}
# read-only replica used by the stats page: {g.ip4('replica_ip')}, same user, password {g.pw('replica_password', ctx='plain')}

## Warnings go to
admin_mail = {g.email('admin_email')}

## inet:port the policy daemon listens on
inet = {g.loop()}:2501
# optmethod = optout
# clients always greylisted for testing: {g.docip()} {g.bench()}
# stats exporter token {g.key('stats_token', shape='an24')}
"""


def smtp4dev_json(g):
    return f"""{{
  "ServerOptions": {{
    "HostName": "smtp4dev",
    "Port": 2525,
    "AllowRemoteConnections": true,
    "BindAddress": "{g.unspec()}",
    "AuthenticationRequired": true,
    "Users": [
      {{ "Username": "{g.email('user_email')}", "Password": "{g.pw('user_password', ctx='quoted')}", "DefaultMailbox": "Default" }},
      {{ "Username": "ci", "Password": "{g.pw('ci_password', ctx='quoted')}", "DefaultMailbox": "CI" }}
    ],
    "TlsMode": "StartTls"
  }},
  "RelayOptions": {{
    "SmtpServer": "{g.ip4('relay_ip')}",
    "SmtpPort": 587,
    "TlsMode": "StartTls",
    "Login": "{g.email('relay_login_email')}",
    "Password": "{g.pw('relay_password', ctx='quoted')}",
    "AutomaticEmails": ["{g.rmail('qa')}"],
    "SenderAddress": "{g.rmail('noreply')}"
  }},
  "WebAuthenticationRequired": true,
  "Instance": "{g.uuid('instance_uuid')}",
  "ApiKey": "{g.key('api_key', shape='b64_32')}"
}}
"""


def maildev_compose(g):
    return f"""# compose.yaml -- maildev for the staging stack
services:
  maildev:
    image: maildev/maildev:{g.ver()}
    environment:
      MAILDEV_WEB_USER: staging
      MAILDEV_WEB_PASS: "{g.pw('web_password', ctx='quoted')}"
      MAILDEV_INCOMING_USER: app
      MAILDEV_INCOMING_PASS: "{g.pw('incoming_password', ctx='quoted')}"
      # relay selected messages to real inboxes
      MAILDEV_OUTGOING_HOST: {g.ip4('outgoing_ip')}
      MAILDEV_OUTGOING_PORT: 587
      MAILDEV_OUTGOING_USER: {g.email('outgoing_user_email')}
      MAILDEV_OUTGOING_PASS: "{g.pw('outgoing_password', ctx='quoted')}"
      MAILDEV_AUTO_RELAY: "true"
      MAILDEV_AUTO_RELAY_RULES: /rules.json
    ports:
      - "{g.loop()}:1080:1080"
    networks:
      stage:
        ipv4_address: {g.priv()}
  app:
    environment:
      SMTP_URL: "smtp://app:{g.ph('same-as-above')}@maildev:1025"
      ERROR_TRACKER_KEY: "{g.key('dsn_key', shape='hex32')}"
# rules.json only relays to {g.rmail()}
"""


def emailrelay_auth(g):
    return f"""# /etc/emailrelay.auth
# client secrets (used when forwarding to the smarthost)
client plain {g.email('client_user_email')} {g.pw('client_password', ctx='plain')}
# server secrets (accounts allowed to submit to us)
server plain scanner {g.pw('scanner_password', ctx='plain')}
server plain copier-2f {g.pw('copier_password', ctx='plain')}
# trusted networks need no auth
server none {g.priv()}/24 lan
server none {g.loop()}/32 localhost
# old md5 entry for the fax gateway, hash only:
# server md5 faxgw {g.ph(g.b64(24), 'cram_md5_hash')}
#
# /etc/default/emailrelay: --as-proxy {g.ip4('smarthost_ip')}:587 --client-tls --client-auth /etc/emailrelay.auth
# (relay admin on duty: {g.email('admin_email')})
# spool monitor webhook key {g.key('spool_key', shape='an32')}
"""


def wildduck_toml(g):
    return f"""# config/default.toml (wildduck) -- local overrides only
[dbs]
mongo = "mongodb://wildduck:{g.pw('mongo_password', ctx='url')}@{g.priv()}:27017/wildduck"
redis = "redis://{g.priv()}:6379/3"

[api]
enabled = true
port = 8080
host = "{g.loop()}"
accessToken = "{g.key('access_token', shape='hex40')}"

[totp]
secret = "{g.key('totp_secret', shape='an32')}"

[attachments]
type = "gridstore"
bucket = "attachments"

[emails]
# where abuse reports go (was {g.rmail('abuse')} in the sample config)
abuse = "{g.email('abuse_email')}"

[imap]
host = "{g.unspec()}"
port = 9993
# the public MX for this cluster: {g.ip4('mx_ip')} / {g.ip4('mx_ip2')}
# cluster id {g.uuid('cluster_uuid')}
# initial admin mailbox password (rotate on first login): {g.pw('mailbox_password', ctx='plain')}
"""


def iredmail_tips(g):
    dom = f"{g.word()}-{g.word()}.com"
    return f"""****************************************************************************
*********************************** WARNING ********************************
This file contains sensitive account information, please delete it after
you've read it, or keep it somewhere safe.
****************************************************************************

Admin of domain {dom}:

    * Account: {g.email('postmaster_email', domain=dom, local='postmaster')}
    * Password: {g.pw('admin_password', ctx='plain')}

    You can login to iRedAdmin with this account, login name is full email address.

* SQL Server
    - Root user: root, Password: "{g.pw('sql_root_password', ctx='quoted')}"
    - vmail user: vmail, Password: "{g.pw('vmail_password', ctx='quoted')}"
    - vmailadmin user: vmailadmin, Password: "{g.pw('vmailadmin_password', ctx='quoted')}"

* Demo mailbox {g.rmail('demo')} has password "{g.ph('demo1234')}" (test only, deleted)

* Webmail
    - des_key: {g.key('des_key', shape='an24')}

* Mail server IPs
    - public: {g.ip4('public_ip')}, {g.ip6('public_ipv6')}
    - internal: {g.priv()}

* Notification address for this install: {g.email('notify_email')}
* iRedMail version {g.ver()}
"""


def modoboa_installer_cfg(g):
    return f"""# installer.cfg (modoboa-installer)
[general]
hostname = mail.%(domain)s

[certificate]
generate = true
type = letsencrypt

[letsencrypt]
email = {g.email('acme_email')}

[database]
engine = postgres
host = {g.priv()}
install = false

[postgres]
user = postgres
password = {g.pw('postgres_password', ctx='ini')}

[modoboa]
user = modoboa
home_dir = /srv/modoboa
dbname = modoboa
dbuser = modoboa
dbpassword = {g.pw('modoboa_db_password', ctx='ini')}
secret_key = {g.key('secret_key', shape='an40')}
extensions = modoboa-pdfcredentials modoboa-webmail

[radicale]
enabled = true

[opendkim]
# public part only; the private key is generated on the box: {g.ph('p=' + g.b64(48).rstrip('='), 'dkim_public')}

[fail2ban]
email = {g.rmail('root')}
# whitelist our office: {g.ip4('office_ip')}
"""


def phpunit_xml(g):
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<phpunit xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
         xsi:noNamespaceSchemaLocation="vendor/phpunit/phpunit/phpunit.xsd"
         bootstrap="vendor/autoload.php" colors="true">
  <testsuites>
    <testsuite name="Feature"><directory>tests/Feature</directory></testsuite>
  </testsuites>
  <php>
    <env name="APP_ENV" value="testing"/>
    <env name="APP_KEY" value="base64:{g.key('app_key', shape='b64_32')}"/>
    <env name="DB_HOST" value="{g.ip4('db_ip')}"/>
    <env name="DB_USERNAME" value="ci_runner"/>
    <env name="DB_PASSWORD" value="{g.pw('db_password', ctx='xml')}"/>
    <env name="MAIL_HOST" value="{g.loop()}"/>
    <env name="MAIL_FROM_ADDRESS" value="{g.email('mail_from_email')}"/>
    <env name="TEST_USER_EMAIL" value="{g.rmail('tester')}"/>
    <env name="TEST_USER_PASSWORD" value="{g.ph('password')}"/>
    <env name="PAYMENT_SANDBOX_SECRET" value="{g.key('sandbox_secret', shape='an32')}"/>
    <env name="TRUSTED_PROXY" value="{g.priv()}"/>
  </php>
</phpunit>
"""


def biboumi_cfg(g):
    return f"""# /etc/biboumi/biboumi.cfg
hostname=irc.{g.word()}.chat
password={g.pw('component_password', ctx='ini', style=7)}
xmpp_server_ip={g.loop()}
port=5347
admin={g.email('admin_jid')}
realname_customization=true
realname_from_jid=false
log_file=/var/log/biboumi/biboumi.log
db_name=postgresql://biboumi:{g.pw('db_password', ctx='url')}@{g.priv()}/biboumi
identd_port=113
# outgoing IRC connections are made from {g.ip4('outgoing_ip')} (and {g.ip4('outgoing_ip2')}); the IRC network has that on its list
# NickServ password for the bridge bot, sent by the admin script: {g.pw('nickserv_password', ctx='plain')}
# build {g.ver()}
"""


def eml_message(g):
    who = g.first()
    sender = g.email('sender_email')
    return f"""Return-Path: <{sender}>
Received: from laptop ([{g.ip4('client_ip')}]) by mx.{g.word()}.net with ESMTPSA id {g.ph(g.s('0123456789ABCDEF', 12), 'queue_id')}
	for <{g.email('to_email')}>; Tue, 3 Nov 2026 09:14:02 +0100
From: {who} {g.last()} <{sender}>
To: Site Ops <{g.email('to_email2')}>
Subject: new NAS credentials
Message-ID: <{g.ph(g.uuid_raw() + '@' + g.word() + '.local', 'message_id')}>
In-Reply-To: <{g.ph(g.ulid('ulid').split(chr(0xe001))[1].split(chr(0xe002))[0] + '@' + g.word() + '.local', 'message_id')}>
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8

Hi,

the NAS at {g.priv()} is reset. Web login is admin / {g.pw('nas_password', ctx='prose')} (I'll
change it once you confirm). The offsite copy goes to {g.ip('offsite_ip', v6=0.5)} with the sync key
{g.key('sync_key', shape='b64_48')}.

Firmware is {g.ver()}; the serial is on the sticker.

{who}
"""


TEMPLATES = [
    ("swaks_transcript", "text", "notes/relay-check.txt", swaks_transcript),
    ("mailutils_conf", "text", "etc/mailutils.conf", mailutils_conf),
    ("dma_auth", "text", "etc/dma/auth.conf", dma_auth),
    ("mailsend_go_cmd", "shell", "bin/send-export.sh", mailsend_go_cmd),
    ("sendemail_cron", "text", "etc/cron.d/disk-report", sendemail_cron),
    ("mailrc_smtp", "text", "home/.mailrc", mailrc_smtp),
    ("imapsync_batch", "shell", "migrate/imapsync-all.sh", imapsync_batch),
    ("zone_mta_toml", "toml", "config/zonemta.toml", zone_mta_toml),
    ("fdm_conf", "text", "home/.fdm.conf", fdm_conf),
    ("opendmarc_import_cron", "text", "etc/cron.d/opendmarc-reports", opendmarc_import_cron),
    ("sqlgrey_conf", "ini", "etc/sqlgrey/sqlgrey.conf", sqlgrey_conf),
    ("smtp4dev_json", "json", "smtp4dev/appsettings.json", smtp4dev_json),
    ("maildev_compose", "yaml", "staging/compose.yaml", maildev_compose),
    ("emailrelay_auth", "text", "etc/emailrelay.auth", emailrelay_auth),
    ("wildduck_toml", "toml", "config/default.toml", wildduck_toml),
    ("iredmail_tips", "text", "root/iRedMail.tips", iredmail_tips),
    ("modoboa_installer_cfg", "ini", "modoboa-installer/installer.cfg", modoboa_installer_cfg),
    ("phpunit_xml", "xml", "phpunit.xml", phpunit_xml),
    ("biboumi_cfg", "ini", "etc/biboumi/biboumi.cfg", biboumi_cfg),
    ("eml_message", "email", "mail/cur/1730621642.eml", eml_message),
]
