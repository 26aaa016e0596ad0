"""Templates 20-38 of held-out set 50 (infrastructure, remote access, security tooling)."""
TEMPLATES = []


def tpl(name):
    def deco(fn):
        TEMPLATES.append((name, fn))
        return fn
    return deco


@tpl("bastillion_config_properties")
def _t20(g):
    return "properties", "bastillion/jetty/bastillion/WEB-INF/classes/BastillionConfig.properties", """#Bastillion config -- «L:date»
#set to true to regenerate and import SSH keys
resetApplicationSSHKey=false
#SSH key type 'dsa', 'rsa', or 'ecdsa' for generated keys
sshKeyType=ecdsa
#SSH key length for generated keys
sshKeyLength=521
#private key passphrase for the application key
privateKey=/opt/bastillion/keys/id_ecdsa
publicKey=/opt/bastillion/keys/id_ecdsa.pub
defaultSSHPassphrase=«p:ssh_passphrase:ini»
#enable audit  --set to true to enable
enableInternalAudit=true
#keep ssh keys in the database encrypted with this key (base64)
dbEncryptionKey=«k:db_encryption_key:b64_32»
#Database user and password
dbUser=bastillion
dbPassword=«p:db_password:ini»
dbConnectionURL=jdbc:h2:keydb/bastillion;CIPHER=AES;
#LDAP
jaasModule=ldap-ol
ldapUrl=ldaps://«ipp:ldap_host»:636
ldapBindDN=uid=svc-bastillion,ou=services,dc=«w:word»,dc=net
ldapBindPassword=«p:ldap_bind_password:ini»
#two-factor, otp secret for the break-glass admin (base32)
adminOtpSecret=«k:admin_otp_secret:b32_20»
#who to tell about failed logins
alertEmail=«e:alert_email»
#public address the agents report back to
callbackHost=«ip4:callback_ip»
"""


@tpl("xen_orchestra_config_toml")
def _t21(g):
    return "toml", "etc/xo-server/config.toml", """# Xen Orchestra (from sources) -- xo-server configuration
# maintainer: «e:maintainer_email», last change «L:date»

[http]
redirectToHttps = true

[[http.listen]]
hostname = '«L:unspecified_ip»'
port = 443
cert = '/etc/ssl/xo/cert.pem'
key = '/etc/ssl/xo/key.pem'

[redis]
uri = 'redis://:«p:redis_password:url»@«L:private_ip»:6379/0'

[authentication]
defaultTokenValidity = '30 days'

[plugins.auth-ldap]
uri = 'ldaps://«ipp:ldap_host»'
bind.dn = 'cn=xo,ou=svc,dc=«w:word»,dc=org'
bind.password = '«p:ldap_bind_password:quoted»'

[plugins.transport-email]
from = '«e:mail_from»'
transport = 'smtp://«e:smtp_user»:«p:smtp_password:url»@smtp.«c:azeronline.com|azdata.net|ucom.am»:587'

[remoteOptions]
# backup target, NFS on the storage VLAN
nfs = 'nfs://«L:private_ip»:/export/xo'
s3AccessKeyId = '«k:s3_access_key_id:akia»'
s3SecretAccessKey = '«k:s3_secret_access_key:aws_secret»'

[[pools]]
host = '«ip:pool_master»'
username = 'root'
password = '«p:pool_root_password:quoted»'
# xo-server «L:version» / commit «L:git_commit»
"""


@tpl("tigervnc_bash_history")
def _t22(g):
    return "shell", "home/«w:first»/.bash_history", """sudo apt install tigervnc-standalone-server tigervnc-common
vncpasswd
echo '«p:vnc_password:shell»' | vncpasswd -f > ~/.vnc/passwd
chmod 600 ~/.vnc/passwd
vncserver :1 -geometry 1920x1080 -localhost no
ss -tlnp | grep 590
sudo ufw allow from «ip:office_ip» to any port 5901 proto tcp
sudo ufw allow from «ip6:home_ipv6» to any port 5901 proto tcp
vncserver -list
ssh -L 5901:«L:loopback_ip»:5901 «w:first»@«ip4:jump_host»
x0vncserver -display :0 -PasswordFile ~/.vnc/passwd -rfbport 5902
sshpass -p '«p:jump_ssh_password:shell»' ssh -o StrictHostKeyChecking=no admin@«ipp:lab_host» uptime
vncviewer «L:private_ip»:5901
git config --global user.email «e:git_email»
export VNC_VIEWER_KEY=«k:vnc_viewer_key:uan25»
vncserver -kill :1
history | tail -n 20
"""


@tpl("xpra_session_log")
def _t23(g):
    return "text", "var/log/xpra/«w:first»-session.log", """«L:timestamp» Xpra GTK3 server version «L:version»
«L:timestamp»  running with pid 48213 on Linux Debian 12 bookworm
«L:timestamp»  uid=1000 (xpra), gid=1000 (xpra)
«L:timestamp» TCP socket '«L:unspecified_ip»:14500' (ws) listening
«L:timestamp» TCP socket '[«L:unspecified_ipv6»]:14500' (ws) listening
«L:timestamp» authentication module 'file' using /etc/xpra/passwords.txt
«L:timestamp» Warning: password passed on the command line: --tcp-auth=password:value=«p:tcp_auth_password:shell»
«L:timestamp» New ws connection received from «ipp:client_ip»:51734 on «L:private_ip»:14500
«L:timestamp»  client «w:first»@«w:word»-laptop authenticated with 'file'
«L:timestamp» Handshake complete; enabling connection
«L:timestamp» New ws connection received from «ipp6:client_ipv6»:40112
«L:timestamp» Warning: authentication failed: invalid challenge response
«L:timestamp» mail notification sent to «e:admin_email» (relay user «e:relay_user», pass «p:relay_password:plain»)
«L:timestamp» uploading crash report with key «k:crash_report_key:hex40»
«L:timestamp» client «ip:client_ip» disconnected.
"""


@tpl("metal3_baremetalhost_yaml")
def _t24(g):
    return "yaml", "metal3/rack«n:1-9»-node«n:10-40».yaml", """---
apiVersion: v1
kind: Secret
metadata:
  name: node-bmc-secret
  namespace: metal3
  uid: «L:k8s_uid»
type: Opaque
# plain copy kept while debugging redfish, remove before merge: «p:bmc_password:plain~bmcpw»
data:
  username: «L:base64_username=YWRtaW4=»
  password: «b64:bmc_password_b64:bmcpw»
stringData:
  note: "ops contact «e:ops_contact»"
---
apiVersion: metal3.io/v1alpha1
kind: BareMetalHost
metadata:
  name: rack-node
  namespace: metal3
  annotations:
    inspect.metal3.io: disabled
spec:
  online: true
  bootMACAddress: «L:mac_address»
  bmc:
    address: redfish-virtualmedia+https://«ipp:bmc_address»/redfish/v1/Systems/1
    credentialsName: node-bmc-secret
    disableCertificateVerification: true
  rootDeviceHints:
    serialNumber: "«L:checksum_crc32»"
  userData:
    name: node-userdata
  networkData:
    name: node-networkdata
  # provisioning network «L:private_ip», public «ip4:public_ip» / «ip6:public_ipv6»
  image:
    url: http://«L:private_ip»:6180/images/ubuntu-22.04.qcow2
    checksum: «L:sha256_checksum»
    checksumType: sha256
"""


@tpl("ory_hydra_yml")
def _t25(g):
    return "yaml", "hydra/hydra.yml", """serve:
  cookies:
    same_site_mode: Lax
  public:
    host: «L:unspecified_ip»
    cors:
      enabled: true
      allowed_origins:
        - https://id.«w:word~dom»-coop.nl

urls:
  self:
    issuer: https://id.«v:dom»-coop.nl/
  consent: https://id.«v:dom»-coop.nl/consent
  login: https://id.«v:dom»-coop.nl/login

dsn: postgres://hydra:«p:db_password:url»@«ipp:db_host»:5432/hydra?sslmode=require

secrets:
  system:
    - «k:system_secret:an32»
    # previous secret, keep until all tokens rotated («L:date»)
    - «k:system_secret_old:an32»
  cookie:
    - «k:cookie_secret:an32»

oidc:
  subject_identifiers:
    supported_types: [pairwise, public]
    pairwise:
      salt: «k:pairwise_salt:an24»

log:
  level: info
  leak_sensitive_values: false

# break-glass client for the ops dashboard
# client_id: «L:client_uuid»
# client_secret: «k:ops_client_secret:b64u_32»
# registered by «e:registered_by» on «L:timestamp»
"""


@tpl("pocketid_support_eml")
def _t26(g):
    return "email", "mail/pocket-id-support.eml", """Return-Path: <«e:sender~from»>
Received: from mail.«c:habari.co.tz|utl.co.ug|swiftkenya.com~isp» ([«ip4:sender_relay_ip»])
	by mx.«w:word~dom»-clinic.co.ke with ESMTPS id «L:smtp_queue_id=«w:hex12»»
	for <«e:recipient~recipient»>; «L:date»
Message-ID: <«L:message_id=«w:hex32»@mail.«v:dom»-clinic.co.ke»>
From: «w:First» «w:Last» <«=from»>
To: «=recipient»
Subject: Pocket ID login broken after update
Content-Type: text/plain; charset=utf-8

Hi,

since the update to «L:version» nobody can log in with passkeys on id.«v:dom»-clinic.co.ke.
I pasted our env below (the docs example used «L:reserved_email» and «L:documentation_ip», ours differ):

PUBLIC_APP_URL=https://id.«v:dom»-clinic.co.ke
TRUST_PROXY=true
MAXMIND_LICENSE_KEY=«k:maxmind_license_key:an16»
ENCRYPTION_KEY=«k:encryption_key:b64_32»
SMTP_HOST=smtp.«v:isp»
SMTP_USER=«e:smtp_user»
SMTP_PASSWORD=«p:smtp_password:env»

The proxy in front is on «ip:proxy_ip». If you need to get in, the temporary admin password
for the one-time access page is «p:temp_admin_password:prose» (I will change it tonight).

Thanks,
«w:First»
"""


@tpl("greenbone_gvmd_transcript")
def _t27(g):
    return "text", "notes/greenbone-setup.txt", """# Greenbone community containers -- setup notes, copied from the terminal

$ docker compose -f greenbone-community-edition/docker-compose.yml exec -u gvmd gvmd \\
    gvmd --user=admin --new-password='«p:gvmd_admin_password:shell»'
md   main:MESSAGE:«L:timestamp»: Greenbone Vulnerability Manager version «L:version» (DB revision 255)
md manage:   INFO:«L:timestamp»: Modifying user password.

$ docker compose exec -u gvmd gvmd gvmd --create-user=«w:first» --password=«p:analyst_password:shell»
User created.

$ docker compose exec -u gvmd gvmd gvmd --get-users --verbose
admin «L:user_uuid»
«w:first» «L:user_uuid»

# scan target for the DMZ, plus the upstream router
$ gvm-cli --gmp-username admin --gmp-password '«p:gmp_password:shell»' socket --xml \\
    "<create_target><name>dmz</name><hosts>«ip4:dmz_host», «ip:router_ip», «ip6:dmz_ipv6»</hosts><port_list id='«L:port_list_uuid»'/></create_target>"
<create_target_response status="201" status_text="OK, resource created" id="«L:target_uuid»"/>

# report mails
$ gvm-cli ... --xml "<create_alert><method><name>Email</name><data>«e:report_recipient»<name>to_address</name></data></method></create_alert>"
# feed sync key (community feed, not secret? keep it anyway): «L:gpg_fingerprint»
# SMTP relay creds for the alert: «e:relay_user» / «p:relay_password:plain»
"""


@tpl("defectdojo_local_settings_py")
def _t28(g):
    return "python", "dojo/settings/local_settings.py", """# DefectDojo local settings -- imported at the end of settings.dist.py
# Owner: appsec team (contact «e:appsec_contact»)
import os

SECRET_KEY = "«k:secret_key:django50»"
CREDENTIAL_AES_256_KEY = "«k:credential_aes_key:an32»"
DD_ADMIN_USER = "admin"
DD_ADMIN_MAIL = "«e:admin_mail»"
DD_ADMIN_PASSWORD = os.environ.get("DD_ADMIN_PASSWORD", "«p:admin_password:quoted»")

DATABASES = {
    "default": {
        "ENGINE": "django.db.backends.postgresql",
        "NAME": "defectdojo",
        "USER": "defectdojo",
        "PASSWORD": "«p:db_password:quoted»",
        "HOST": "«ip:db_host»",
        "PORT": 5432,
    }
}

CELERY_BROKER_URL = "redis://:«p:broker_password:url»@«L:private_ip»:6379/0"
ALLOWED_HOSTS = ["dojo.«w:word»-secure.io", "«ip4:public_ip»", "«L:loopback_ip»"]

JIRA_WEBHOOK_SECRET = "«k:jira_webhook_secret:hex40»"
SLACK_TOKEN = "«k:slack_token:xoxb»"
# SLA config id «L:uuid_id», last migration «L:date»
EMAIL_URL = "smtp+tls://«e:email_user»:«p:email_password:url»@smtp.«c:zamnet.zm|iway.na|botsnet.bw»:587"
"""


@tpl("misp_config_php")
def _t29(g):
    return "php", "MISP/app/Config/config.php", """<?php
$config = array (
  'debug' => 0,
  'MISP' =>
  array (
    'baseurl' => 'https://misp.«w:word~dom»-cert.org',
    'org' => '«w:Word» CERT',
    'email' => '«e:misp_email»',
    'contact' => '«e:misp_contact»',
    'uuid' => '«L:organisation_uuid»',
    'live' => true,
    'language' => 'eng',
    'redis_host' => '«L:private_ip»',
    'redis_password' => '«p:redis_password:quoted»',
  ),
  'GnuPG' =>
  array (
    'onlyencrypted' => false,
    'email' => '«e:gpg_email»',
    'homedir' => '/var/www/MISP/.gnupg',
    'password' => '«p:gpg_passphrase:quoted»',
    'binary' => '/usr/bin/gpg',
  ),
  'Security' =>
  array (
    'salt' => '«k:security_salt:an32»',
    'encryption_key' => '«k:encryption_key:an32»',
    'advanced_authkeys' => true,
  ),
  'Plugin' =>
  array (
    'Enrichment_virustotal_apikey' => '«k:virustotal_apikey:hex64»',
    'Enrichment_shodan_apikey' => '«k:shodan_apikey:an32»',
    'ZeroMQ_host' => '«L:loopback_ip»',
  ),
  'sync' => array ( 'remote_misp' => 'https://«ipp:remote_misp_host»', 'authkey' => '«k:remote_authkey:an40»' ),
  'SimpleBackgroundJobs' => array ( 'supervisor_password' => '«p:supervisor_password:quoted»' ),
);
// feed cache refreshed «L:timestamp»
"""


@tpl("opencti_compose_yml")
def _t30(g):
    return "yaml", "opencti/docker-compose.override.yml", """services:
  opencti:
    environment:
      - NODE_OPTIONS=--max-old-space-size=8096
      - APP__PORT=8080
      - APP__BASE_URL=https://cti.«w:word»-soc.eu
      - APP__ADMIN__EMAIL=«e:admin_email»
      - APP__ADMIN__PASSWORD=«p:admin_password:yaml»
      - APP__ADMIN__TOKEN=«k:admin_token:uuid»
      - REDIS__HOSTNAME=redis
      - ELASTICSEARCH__URL=http://«L:private_ip»:9200
      - MINIO__ACCESS_KEY=«k:minio_access_key:uan20»
      - MINIO__SECRET_KEY=«k:minio_secret_key:an40»
      - RABBITMQ__USERNAME=opencti
      - RABBITMQ__PASSWORD=«p:rabbitmq_password:yaml»
      - SMTP__HOSTNAME=«ip:smtp_host»
      - SMTP__USERNAME=«e:smtp_username»
      - SMTP__PASSWORD=«p:smtp_password:yaml»
  connector-abuseipdb:
    image: opencti/connector-abuseipdb:«L:version»
    environment:
      - OPENCTI_TOKEN=«k:connector_token:uuid»
      - CONNECTOR_ID=«L:connector_uuid»
      - ABUSEIPDB_API_KEY=«k:abuseipdb_api_key:hex80»
      - ABUSEIPDB_MAX_TLP=TLP:AMBER
  connector-misp:
    environment:
      - OPENCTI_TOKEN=«k:connector_token:uuid»
      - CONNECTOR_ID=«L:connector_uuid»
      - MISP_URL=https://«ip4:misp_ip»
      - MISP_KEY=«k:misp_key:an40»
      # import window starts «L:date»
"""


@tpl("velociraptor_server_config_yaml")
def _t31(g):
    return "yaml", "velociraptor/server.config.yaml", """version:
  name: velociraptor
  version: «L:version»
  commit: «L:short_sha»
  build_time: "«L:timestamp»"
Client:
  server_urls:
  - https://dfir.«w:word~dom»-ir.net:8000/
  ca_certificate: |
    (ca certificate omitted)
  nonce: «k:client_nonce:b64_8»
  writeback_linux: /etc/velociraptor.writeback.yaml
  use_self_signed_ssl: true
API:
  hostname: «L:loopback_ip»
  bind_address: «L:loopback_ip»
  bind_port: 8001
GUI:
  bind_address: «L:unspecified_ip»
  bind_port: 8889
  authenticator:
    type: oidc
    oidc_issuer: https://login.«v:dom»-ir.net
    oauth_client_id: «L:client_id=velociraptor-gui»
    oauth_client_secret: «k:oauth_client_secret:an40»
  initial_users:
  - name: «e:initial_admin»
Frontend:
  hostname: dfir.«v:dom»-ir.net
  bind_address: «L:unspecified_ip»
  bind_port: 8000
  # public VIP «ip4:frontend_vip» / «ip6:frontend_ipv6»
Datastore:
  implementation: FileBaseDataStore
  location: /opt/velociraptor
Mail:
  server: «ip:mail_server»
  auth_username: «e:mail_auth_username»
  auth_password: «p:mail_auth_password:yaml»
obfuscation_nonce: «k:obfuscation_nonce:b64_8»
"""


@tpl("kismet_site_conf")
def _t32(g):
    return "conf", "etc/kismet/kismet_site.conf", """# kismet_site.conf -- local overrides, survives package upgrades
# Sensor «w:word»-roof-01, maintained by «e:maintainer»

server_name=«w:Word» roof sensor
server_description=2.4/5GHz survey, north mast
httpd_username=kismet
httpd_password=«p:httpd_password:ini»
httpd_bind_address=«L:unspecified_ip»
httpd_allow_cors=false

# remote capture from the van (shared secret is the api key below)
remote_capture_listen=«L:unspecified_ip»
remote_capture_port=3501
api_key=«k:api_key:HEX32»

source=wlan1mon:name=north,channel_hop=true
source=rtl433-0:name=ism
gps=gpsd:host=«L:loopback_ip»,port=2947

# forward alerts to the NOC syslog and to the MQTT broker
alert_syslog=«ip:noc_syslog»
mqtt_server=«ip4:mqtt_server»
mqtt_user=«e:mqtt_user»
mqtt_password=«p:mqtt_password:ini»
# whitelist our own AP «L:mac_address» and the neighbour's «L:mac_address»
devicefilter=phy80211,«L:mac_address»,block
"""


@tpl("bettercap_caplet")
def _t33(g):
    return "text", "caplets/lab-audit.cap", """# lab-audit.cap -- authorised assessment of the training VLAN only («L:date»)
# usage: sudo bettercap -iface eth1 -caplet lab-audit.cap

set api.rest.address «L:loopback_ip»
set api.rest.port 8083
set api.rest.username «w:first»
set api.rest.password «p:rest_api_password:cfg»

set net.probe.throttle 10
set arp.spoof.targets «L:private_ip», «L:private_ip»
set arp.spoof.whitelist «L:private_ip»

# ship captured events to the lab collector
set events.stream.output /var/log/bettercap/lab.log
set http.proxy.script /opt/caplets/inject.js

# the report upload uses the lab's S3 account
set s3.key «k:s3_access_key:akia»
set s3.secret «k:s3_secret_key:aws_secret»
set s3.endpoint https://«ip4:s3_endpoint_ip»:9000

# send summary to the instructor
set mail.to «e:instructor_email»
set mail.smtp «ip6:mail_relay_ipv6»
set mail.password «p:mail_password:cfg»

net.probe on
arp.spoof on
api.rest on
"""


@tpl("arkime_config_ini")
def _t34(g):
    return "ini", "opt/arkime/etc/config.ini", """# Arkime capture/viewer config -- node «w:word»-sensor-02
[default]
elasticsearch=https://arkime:«p:es_password:url»@«ipp:es_host»:9200
rotateIndex=daily
passwordSecret=«k:password_secret:an24»
serverSecret=«k:server_secret:an32»
httpRealm=Moloch
interface=ens1f0;ens1f1
pcapDir=/data/pcap
maxFileSizeG=12
viewPort=8005
viewHost=«L:unspecified_ip»
geoLite2Country=/var/lib/GeoIP/GeoLite2-Country.mmdb
# license key for the geoip updater
maxMindLicenseKey=«k:maxmind_license_key:an16»
# do not capture our own management traffic
bpf=not host «L:private_ip» and not host «ip:mgmt_jump_ip»
dontSaveBPFs=port 22:10
smtpHost=«ip:smtp_host»
smtpUser=«e:smtp_user»
smtpPassword=«p:smtp_password:ini»
alertEmail=«e:alert_email»
# cont3xt integration
cont3xtKeys=virustotal:«k:virustotal_key:hex64»
[«w:word»-sensor-02]
s2sHost=«ip6:s2s_ipv6»
"""


@tpl("cowrie_cfg")
def _t35(g):
    return "ini", "cowrie/etc/cowrie.cfg", """# Cowrie honeypot -- local overrides (research sensor, university network)
[honeypot]
hostname = svr04
log_path = var/log/cowrie
download_path = var/lib/cowrie/downloads
contents_path = honeyfs
# we report to the sensor owner «e:sensor_owner»
internet_facing_ip = «ip4:internet_facing_ip»
out_addr = «L:unspecified_ip»
fake_addr = «L:private_ip»

[ssh]
enabled = true
listen_endpoints = tcp:2222:interface=«L:unspecified_ip»
version = SSH-2.0-OpenSSH_6.0p1 Debian-4+deb7u2

[output_hpfeeds3]
enabled = true
server = «ip:hpfeeds_server»
port = 10000
identifier = «L:uuid_id»
secret = «k:hpfeeds_secret:an32»

[output_mysql]
enabled = true
host = «ip:mysql_host»
database = cowrie
username = cowrie
password = «p:mysql_password:ini»

[output_virustotal]
enabled = true
api_key = «k:virustotal_api_key:hex64»
upload = false

# userdb.txt entries are fake credentials offered to attackers, not real ones:
# root:x:«L:honeypot_decoy_password=123456»
# the old honeypot login was root/«L:honeypot_decoy_password=admin»
[output_slack]
enabled = true
channel = #honeypot
token = «k:slack_token:xoxb»
"""


@tpl("opencanary_conf_json")
def _t36(g):
    return "json", "etc/opencanaryd/opencanary.conf", """{
    "device.node_id": "«w:word»-canary-«n:1-9»",
    "ip.ignorelist": [ "«L:private_ip»", "«ip4:scanner_ip»" ],
    "git.enabled": false,
    "ftp.enabled": true,
    "ftp.port": 21,
    "ftp.banner": "FTP server ready",
    "http.banner": "Apache/2.2.22 (Ubuntu)",
    "http.enabled": true,
    "http.port": 80,
    "http.skin": "nasLogin",
    "logger": {
        "class": "PyLogger",
        "kwargs": {
            "handlers": {
                "SMTP": {
                    "class": "logging.handlers.SMTPHandler",
                    "mailhost": [ "«ip:mailhost»", 587 ],
                    "fromaddr": "«e:fromaddr»",
                    "toaddrs": [ "«e:toaddr»", "«e:toaddr_second»" ],
                    "subject": "OpenCanary Alert",
                    "credentials": [ "«e:smtp_credential_user»", "«p:smtp_credential_password:json»" ],
                    "secure": []
                },
                "WebHook": {
                    "class": "opencanary.logger.WebhookHandler",
                    "url": "https://hooks.«w:word»-sec.io/services/«k:webhook_token:an24»",
                    "method": "POST",
                    "status_code": 200
                },
                "syslog-unix": { "class": "logging.handlers.SysLogHandler", "address": [ "«ip6:syslog_ipv6»", 514 ] }
            }
        }
    },
    "portscan.enabled": true,
    "portscan.ignore_localhost": true,
    "ssh.enabled": true,
    "ssh.port": 22,
    "ssh.version": "SSH-2.0-OpenSSH_5.1p1 Debian-4",
    "mysql.banner": "«L:version»-0ubuntu0.22.04",
    "rdp.enabled": false
}
"""


@tpl("dependencytrack_application_properties")
def _t37(g):
    return "properties", "dependency-track/application.properties", """# Dependency-Track API server
alpine.data.directory=/data/.dependency-track
alpine.database.mode=external
alpine.database.url=jdbc:postgresql://«ipp:db_host»:5432/dtrack?sslmode=require
alpine.database.driver=org.postgresql.Driver
alpine.database.username=dtrack
alpine.database.password=«p:db_password:ini»
alpine.secret.key.path=/data/keys/secret.key
alpine.ldap.enabled=true
alpine.ldap.server.url=ldaps://«ipp:ldap_host»:636
alpine.ldap.bind.username=«e:ldap_bind_user»
alpine.ldap.bind.password=«p:ldap_bind_password:ini»
alpine.oidc.enabled=true
alpine.oidc.client.id=«L:client_id=dtrack-frontend»
alpine.oidc.issuer=https://sso.«w:word»-software.de/realms/dev
alpine.http.proxy.address=«L:private_ip»
alpine.http.proxy.port=3128
alpine.http.proxy.username=«e:proxy_user»
alpine.http.proxy.password=«p:proxy_password:ini»
alpine.no.proxy=localhost,«L:loopback_ip»,«ip4:mirror_ip»
# NVD API key and OSS Index token (set through the UI normally, kept here for the migration)
# nvd.api.key=«k:nvd_api_key:uuid»
# ossindex.api.token=«k:ossindex_api_token:hex40»
# system version «L:version», bom schema «L:version»
"""


@tpl("archiva_xml")
def _t38(g):
    return "xml", "archiva/conf/archiva.xml", """<?xml version="1.0" encoding="UTF-8"?>
<configuration>
  <version>3.0.1</version>
  <managedRepositories>
    <managedRepository>
      <id>internal</id>
      <name>Archiva Managed Internal Repository</name>
      <location>./repositories/internal</location>
      <layout>default</layout>
      <releases>true</releases>
      <snapshots>false</snapshots>
    </managedRepository>
  </managedRepositories>
  <remoteRepositories>
    <remoteRepository>
      <id>vendor-releases</id>
      <url>https://«ip4:vendor_repo_ip»/repository/releases/</url>
      <username>«e:vendor_username»</username>
      <password>«p:vendor_password:xml»</password>
      <timeout>60</timeout>
    </remoteRepository>
    <remoteRepository>
      <id>partner-mirror</id>
      <url>https://[«ip6:partner_mirror_ipv6»]:8443/maven2/</url>
      <username>ci-«w:word~dom»</username>
      <password>«p:partner_password:xml»</password>
    </remoteRepository>
  </remoteRepositories>
  <networkProxies>
    <networkProxy>
      <id>corp</id>
      <protocol>http</protocol>
      <host>«L:private_ip»</host>
      <port>3128</port>
      <username>svc-archiva</username>
      <password>«p:proxy_password:xml»</password>
    </networkProxy>
  </networkProxies>
  <redbackRuntimeConfiguration>
    <ldapConfiguration>
      <hostName>«ip:ldap_host»</hostName>
      <bindDn>cn=archiva,ou=svc,dc=«v:dom»,dc=local</bindDn>
      <password>«p:ldap_bind_password:xml»</password>
    </ldapConfiguration>
    <configurationProperties>
      <entry><key>security.policy.password.encoding.salt</key><value>«k:password_encoding_salt:an16»</value></entry>
      <entry><key>rest.csrffilter.absoluteurl</key><value>https://repo.«v:dom»-software.de</value></entry>
      <entry><key>mail.from.address</key><value>«e:mail_from»</value></entry>
      <entry><key>last.upgrade</key><value>«L:date»</value></entry>
    </configurationProperties>
  </redbackRuntimeConfiguration>
</configuration>
"""
