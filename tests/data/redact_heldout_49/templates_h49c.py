"""Templates 39-57 of held-out set 49 (each written one by one)."""
import base64

from gen_h49 import fill, mark


def t_virtualizor_api_php(g):
    text = r"""<?php
// provision_vps.php -- creates a VPS through the Virtualizor admin API for new hosting orders
// usage: php provision_vps.php <order-id>
require_once 'sdk/admin.php';

$key  = '«k:api_key:lan32»';
$pass = '«k:api_pass:lan32»';
$ip   = '«ip:master_panel_ip»';

$admin = new Virtualizor_Admin_API($ip, $key, $pass);

$order = json_decode(file_get_contents("orders/{$argv[1]}.json"), true);

$post = array();
$post['serid'] = 0;
$post['slave_server'] = 3;
$post['virt'] = 'kvm';
$post['user_email'] = '«e:customer_email»';
$post['user_pass'] = '«p:customer_panel_password:quoted»';
$post['fname'] = $order['first_name'];
$post['lname'] = $order['last_name'];
$post['osid'] = 1009;
$post['hostname'] = $order['hostname'];
$post['rootpass'] = '«p:vps_root_password:quoted»';
$post['ips'] = array('«ip4:assigned_ipv4»');
$post['ipv6'] = array('«ip6:assigned_ipv6»');
$post['space'] = array(0 => array('size' => 40, 'st_uuid' => '«L:storage_uuid»'));
$post['ram'] = 2048;
$post['bandwidth'] = 2000;
$post['cores'] = 2;
$post['vnc'] = 1;
$post['vncpass'] = '«p:vnc_password:word»';

$output = $admin->addvs_v2($post);
if (!empty($output['done'])) {
    mail('«e:ops_mailbox»', "VPS {$output['vs_info']['vpsid']} created", print_r($output, true));
}
// tested against Virtualizor «L:version» on «L:date»
"""
    return "php", "billing/hooks/provision_vps.php", fill(g, text)


def t_cloudpanel_bash_history(g):
    text = r"""clpctl --version
clpctl site:add:php --domainName=shop.«dom» --phpVersion=8.2 --vhostTemplate='WooCommerce' --siteUser=shop --siteUserPassword='«p:site_user_password:quoted»'
clpctl db:add --domainName=shop.«dom» --databaseName=shop_wp --databaseUserName=shop_wp --databaseUserPassword='«p:database_user_password:quoted»'
clpctl lets-encrypt:install:certificate --domainName=shop.«dom» --subjectAlternativeName=www.shop.«dom»
clpctl user:add --userName=agency --email=«e:agency_email» --firstName=Ines --lastName=Duarte --password='«p:panel_user_password:quoted»' --role=user --timezone='Europe/Lisbon' --status='1'
mysql -h «L:loopback_ip» -u root -p«p:mysql_root_password:shell» -e 'SHOW DATABASES;'
export AWS_ACCESS_KEY_ID=«k:backup_access_key:akia»
export AWS_SECRET_ACCESS_KEY=«k:backup_secret_key:awssec»
rclone copy /home/shop/backups remote:cp-backups-«dom» --progress
ssh -p 2222 deploy@«ip:staging_server»
scp -P 2222 dump.sql.gz deploy@«ipp:staging_server_2»:/tmp/
curl -s https://«ipp:status_host»/ping?token=«k:status_ping_token:uuid»
clpctl user:reset:mfa --userName=agency
history | tail -20
clpctl system:permissions:reset --directories=770 --files=660 --path=/home/shop/htdocs/shop.«dom»
echo "«e:report_recipient»" >> /etc/aliases && newaliases
ufw allow from «ip:office_ip» to any port 8443
cat /home/clp/htdocs/app/data/db.sq3 | wc -c
"""
    return "shell", "root/.bash_history", fill(g, text, dom=g.pick(["casa-lisboa.pt", "ceramica-norte.pt", "vinhos-douro.com"]))


def t_telepresence_chat_log(g):
    text = r"""#platform-dev  (exported «L:date»)

[09:02] <«u1»> morning -- anyone else getting `telepresence connect` timeouts against the staging cluster?
[09:03] <«u2»> yes since the traffic-manager upgrade to «L:version». Which kubeconfig are you using?
[09:04] <«u1»> the one from the wiki, server is https://«ipp:k8s_api_host»:6443
[09:05] <«u2»> that's the old API endpoint, use the LB one: «ip:k8s_api_lb»
[09:06] <«u1»> same. also the intercept for billing-api needs the DB, what's the staging password again?
[09:06] <«u2»> billing_stg / «p:staging_db_password:prose» (don't paste it in the other channel pls)
[09:07] <«u3»> the traffic-manager pod logs say `license invalid`, I think the cloud token expired
[09:08] <«u3»> new one: «k:ambassador_cloud_token:an40»
[09:08] <«u2»> thanks. and put `TELEPRESENCE_LOGIN_API_KEY` in your shell, not in the repo
[09:10] <«u1»> connected now. my local DNS still resolves to «L:private_ip» for the service though
[09:11] <«u2»> run `telepresence quit -s` then connect again, the daemon caches it
[09:13] <«u1»> 👍 works. the intercept header is x-telepresence-id=«L:session_uuid»
[09:15] <«u3»> for the record, registry pull secret for the dev images: «k:registry_pull_token:glpat»
[09:16] <«u3»> and if the mail preview sidecar asks, smtp login is «e:smtp_login» / «p:smtp_password:prose»
[09:20] <«u2»> also reminder: the VPN exit moved to «ip6:vpn_exit_ipv6»; update the allow list on the cluster firewall
[09:21] <«u1»> done. ping «e:oncall_email» if it breaks overnight
"""
    u = g.r.sample(["kaldor_f", "mateus.d", "wanjiru", "tevita_k", "corin", "nodira"], 3)
    return "text", "chat/platform-dev.log", fill(g, text, u1=u[0], u2=u[1], u3=u[2])


def t_remotely_appsettings_json(g):
    text = r"""{
  "ConnectionStrings": {
    "PostgreSQL": "Server=«ip:postgres_host»;Database=Remotely;Port=5432;User Id=remotely;Password=«p:postgres_password:quoted»;",
    "SQLite": "DataSource=Remotely.db",
    "SQLServer": "Server=(localdb)\\mssqllocaldb;Database=Remotely-Server;Trusted_Connection=True;MultipleActiveResultSets=true"
  },
  "ApplicationOptions": {
    "DBProvider": "PostgreSQL",
    "AllowApiLogin": true,
    "DataRetentionInDays": 90,
    "EnableWindowsEventLog": false,
    "KnownProxies": [ "«L:private_ip»", "«ip:front_proxy»" ],
    "MaxOrganizationCount": 1,
    "RedirectToHttps": true,
    "RemoteControlNotifyUser": true,
    "RemoteControlRequiresAuthentication": true,
    "RemoteControlSessionLimit": 3,
    "Require2FA": true,
    "SmtpDisplayName": "Remote support",
    "SmtpEmail": "«e:smtp_email»",
    "SmtpHost": "«ip:smtp_host»",
    "SmtpLocalDomain": "",
    "SmtpCheckCertificateRevocation": true,
    "SmtpPassword": "«p:smtp_password:quoted»",
    "SmtpPort": 587,
    "SmtpUserName": "«e:smtp_username»",
    "Theme": "Dark",
    "TrustedCorsOrigins": [],
    "UseHsts": true,
    "UseHttpLogging": false
  },
  "ApiKeys": {
    "DeployScript": { "Id": "«L:api_key_id_uuid»", "Secret": "«k:api_key_secret:an32»" }
  },
  "Organization": {
    "Id": "«L:organization_uuid»",
    "DefaultAdmin": "«e:default_admin»"
  },
  "Logging": {
    "LogLevel": {
      "Default": "Information",
      "Microsoft": "Warning"
    }
  },
  "BuildInfo": "«L:version»+«L:short_sha»"
}
"""
    return "json", "remotely/appsettings.Production.json", fill(g, text)


def t_pelican_panel_env(g):
    text = r"""APP_ENV=production
APP_DEBUG=false
APP_KEY=base64:«k:app_key:b64_32»
APP_URL=https://games.«dom»
APP_INSTALLED=true
APP_TIMEZONE=Europe/Tallinn

DB_CONNECTION=mariadb
DB_HOST=«ip:db_host»
DB_PORT=3306
DB_DATABASE=pelican
DB_USERNAME=pelican
DB_PASSWORD=«p:db_password:ini»

CACHE_STORE=redis
QUEUE_CONNECTION=redis
SESSION_DRIVER=redis
REDIS_HOST=«L:loopback_ip»
REDIS_PASSWORD=«p:redis_password:ini»
REDIS_PORT=6379

MAIL_MAILER=smtp
MAIL_HOST=«ip:mail_host»
MAIL_PORT=587
MAIL_USERNAME=«e:mail_username»
MAIL_PASSWORD=«p:mail_password:ini»
MAIL_FROM_ADDRESS=«e:mail_from_address»
MAIL_FROM_NAME="Game servers"

# wings node tokens (node 1 = fsn box)
WINGS_NODE1_TOKEN_ID=«L:token_id=«tid»»
WINGS_NODE1_TOKEN=«k:wings_node_token:an64»
# OAuth login with the community forum
OAUTH_FORUM_SECRET=«k:forum_sso_secret:an32»
RECAPTCHA_ENABLED=false
TRUSTED_PROXIES=«L:private_ip»,«ip:edge_proxy»
# panel «L:version», installed «L:date»
"""
    text = text.replace("«tid»", g.s("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789", 16))
    return "env", "pelican/.env", fill(g, text, dom=g.pick(["tallinn-lan.ee", "pixelhaven.gg", "fragfest.eu"]))


def t_teeworlds_autoexec_cfg(g):
    text = r"""# autoexec.cfg -- DM server "Baltic Frags #2"
sv_name "Baltic Frags #2 | DM | «L:version»"
sv_port 8303
bindaddr «ip:bind_address»
sv_map dm1
sv_maprotation "dm1 dm2 dm6 dm7 dm8"
sv_max_clients 16
sv_player_slots 12
sv_scorelimit 20
sv_timelimit 10
sv_gametype dm
sv_register 1
# private matches on friday: uncomment
# password "«p:server_join_password:word»"
sv_rcon_password "«p:rcon_password:quoted»"
sv_rcon_mod_password "«p:rcon_mod_password:quoted»"
sv_rcon_max_tries 3
sv_rcon_bantime 30
ec_port 8309
ec_password "«p:econ_password:quoted»"
ec_bindaddr «L:loopback_ip»
sv_motd "Rules: no spawn camping. Admins: «e:admin_contact»"
# ban list carried over from the old box
ban «ip4:banned_ip_1» 0 "aimbot"
ban «ip4:banned_ip_2» 1440 "chat spam"
ban «ip6:banned_ipv6» 0 "ban evasion"
# stats uploader
exec stats.cfg
# stats.cfg has: stats_token «k:stats_token:hex40»
"""
    return "conf", "teeworlds/autoexec.cfg", fill(g, text)


def t_freeciv_server_serv(g):
    text = r"""# longturn.serv -- freeciv-server startup script for the «L:date» longturn game
# started with: freeciv-server --auth --Database fc_auth.conf --read longturn.serv --port 5556
set timeout 86400
set unitwaittime 3600
set minplayers 2
set maxplayers 24
set ruleset civ2civ3
set savename lt-spring
set autosaves "TURN|GAMEOVER|QUITIDLE|INTERRUPT"
set metamessage "Longturn spring game -- signups via «e:signup_contact»"
metaconnection up
# admin connects from the organiser's home IP only
cmdlevel hack new
cmdlevel basic first
# fc_auth.conf (same directory):
# [fcdb]
# backend="mysql"
# host="«ip:auth_db_host»"
# user="freeciv"
# password="«p:auth_db_password:quoted»"
# database="fcauth"
# table_user="fcdb_auth"
# notes for co-admins: savegame upload goes to sftp://saves:«p:sftp_password:url»@«ipp:save_host»/lt-spring/
# webhook for the turn-change bot: https://bot.«dom»/turn?secret=«k:turn_bot_secret:hex32»
# organiser: «e:organiser_email»
"""
    return "text", "freeciv/longturn.serv", fill(g, text, dom=g.pick(["longturn.games", "civnight.club", "hexfront.org"]))


def t_urbanterror_server_cfg(g):
    text = r"""// server.cfg -- Urban Terror 4.3 public TS server
set sv_hostname "^7[^1UK^7] Saltmarsh TS | «L:version»"
set sv_joinmessage "Report cheaters on the forum"
set sv_maxclients "14"
set sv_pure "0"
set sv_fps "20"
set sv_allowdownload "0"
set sv_dlURL "http://«ipp:download_mirror»/urt/q3ut4"
set g_gametype "4"
set timelimit "20"
set g_password ""
set sv_privateClients "2"
set sv_privatePassword "«p:private_slot_password:word»"
set rconpassword "«p:rcon_password:word»"
set g_referee "1"
set g_refpass "«p:referee_password:word»"
set net_ip "«ip4:net_ip»"
set net_ip6 "«ip6:net_ipv6»"
set net_port "27960"
set sv_master1 "master.urbanterror.info"
// b3 bot uses rcon from the same box; mysql for b3:
// mysql://b3:«p:b3_db_password:url»@«L:loopback_ip»/b3
set sv_contact "«e:server_contact»"
set auth_enable "1"
set auth_owners "«L:auth_owner_id=«ao»»"
set auth_key "«k:auth_server_key:lan32»"
map ut4_turnpike
"""
    text = text.replace("«ao»", str(g.num(1000, 99999)))
    return "conf", "urt/q3ut4/server.cfg", fill(g, text)


def t_tremulous_irc_log(g):
    text = r"""--- Log opened «logday»
«t0» -!- «a» [~«a»@«ip:a_host»] has joined #tremded-admins
«t1» < «b»> «a»: the new box is up, same layout as before
«t2» < «a»> nice. rcon?
«t3» < «b»> rconPassword is «p:rcon_password:prose» -- change it after you're in, it's the one from the old server
«t4» < «a»> ok. and the sftp for maps?
«t5» < «b»> maps@«ip:map_server» , key auth only now. the web uploader still takes user maps / «p:uploader_password:prose»
«t6» < «c»> don't forget the master server listing, heartbeat goes to «ip:master_server»
«t7» < «b»> also the g_adminfile has your guid, «L:player_guid=«pg»» -- not secret, it's in every demo anyway
«t8» < «a»> right. what do we do about that guy from «ip:griefer_ip»? banned 3 times this week
«t9» < «c»> /ban on the ip and report to «e:abuse_contact», they answer quickly
«t10» < «b»> stats db is «L:private_ip» on the backend network, mysql root: «p:mysql_root_password:prose»
«t11» < «a»> got it, thanks. mail me anything else at «e:a_email»
«t12» -!- «c» [~«c»@«ip6:c_host_ipv6»] has quit [Ping timeout: 252 seconds]
--- Log closed «logday»
"""
    h, m = g.num(19, 21), g.num(0, 20)
    times = {}
    for i in range(13):
        m += g.num(0, 3)
        times[f"t{i}"] = f"{h:02d}:{m:02d}"
    a, b, c = g.r.sample(["Fenwick", "Sarkasm", "rjx", "Oddball", "vetchling", "n0thing", "Kilnborn"], 3)
    text = text.replace("«pg»", g.hexs(32).upper())
    day = f"{g.pick(['Mon', 'Tue', 'Sat', 'Sun'])} {g.pick(['Mar', 'Apr', 'Oct'])} {g.num(1, 28):02d} 00:00:00 {g.num(2019, 2025)}"
    return "text", "irclogs/tremded-admins.log", fill(g, text, a=a, b=b, c=c, logday=day, **times)


def t_foundryvtt_options_json(g):
    text = r"""{
  "dataPath": "/home/foundry/foundrydata",
  "compressStatic": true,
  "fullscreen": false,
  "hostname": "vtt.«dom»",
  "language": "en.core",
  "localHostname": null,
  "port": 30000,
  "protocol": null,
  "proxyPort": 443,
  "proxySSL": true,
  "routePrefix": null,
  "sslCert": null,
  "sslKey": null,
  "updateChannel": "stable",
  "upnp": false,
  "upnpLeaseDuration": null,
  "awsConfig": "aws.json",
  "compressSocket": true,
  "cssTheme": "foundry",
  "deleteNEDB": true,
  "hotReload": false,
  "passwordSalt": "«k:password_salt_secret:an32»",
  "serviceConfig": null,
  "telemetry": false,
  "adminPassword": "«p:admin_password:quoted»",
  "licenseKey": "«license»",
  "licenseOwner": "«e:license_owner»",
  "aws": {
    "buckets": ["vtt-assets-«dom»"],
    "region": "eu-west-2",
    "endpoint": "https://«ipp:object_store»:9000",
    "credentials": {
      "accessKeyId": "«k:s3_access_key:akia»",
      "secretAccessKey": "«k:s3_secret_key:awssec»"
    }
  },
  "playerPasswords": {
    "«player1»": "«p:player_password_1:quoted»",
    "«player2»": "«p:player_password_2:quoted»"
  },
  "lastLaunch": "«L:timestamp»",
  "version": "«L:version»"
}
"""
    lic = "-".join(g.s("ABCDEFGHJKLMNPQRSTUVWXYZ23456789", 4) for _ in range(6))
    p1, p2 = g.r.sample(["Brannoc", "Ysolde", "Quill", "Tamsin", "Orrik", "Veyra"], 2)
    return "json", "foundrydata/Config/options.json", fill(
        g, text, dom=g.pick(["tavern-night.net", "dicepit.club", "grimhollow.games"]),
        license=mark("KEY", "license_key", lic), player1=p1, player2=p2)


def t_kanka_support_eml(g):
    text = r"""Return-Path: <«e:return_path»>
Received: from mail.«dom» («ip:sending_mta») by mx1.«dom2» with ESMTPS id «L:smtp_queue_id=«qid»»
	for <«e:support_inbox»>; «rfcdate»
Message-ID: <«L:message_id=«mid»@mail.«dom»»>
Date: «rfcdate»
From: «sender_name» <«=ret»>
To: Self-hosting support <«=inbox»>
Subject: Re: self-hosted Kanka won't send invites
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Hi,

thanks for the quick answer. Here is the .env you asked for (I blanked nothing, it's a test install on a
spare box at «ip:test_box_ip», I'll rotate everything afterwards):

APP_KEY=base64:«k:app_key:b64_32»
DB_HOST=«L:private_ip»
DB_USERNAME=kanka
DB_PASSWORD=«p:db_password:ini»
MAIL_HOST=«ip:mail_host»
MAIL_USERNAME=«e:mail_username»
MAIL_PASSWORD=«p:mail_password:ini»
MAIL_FROM_ADDRESS=«L:reserved_email»
STRIPE_KEY=«L:publishable_key=pk_test_«pk»»
STRIPE_SECRET=«k:stripe_secret:sk_test»

The log says "Expected response code 250 but got 550" when I invite «e:invitee_email» to the campaign.
Could it be the MAIL_FROM_ADDRESS?

Also, the admin login is «e:admin_login» and the password I set during install is «p:admin_password:prose» in
case you want to look yourself.

Best,
«sender_name»

> On «date» the support team wrote:
> Can you send us your .env (without secrets) and the last lines of storage/logs/laravel.log?
"""
    name = g.pick(["Ximena Cardenas", "Urmas Tamm", "Lemlem Haddad", "Keala Fonoti"])
    rfc = f"{g.pick(['Mon', 'Wed', 'Fri'])}, {g.num(1, 28)} {g.pick(['Jan', 'May', 'Sep'])} {g.num(2023, 2026)} {g.num(8, 18):02d}:{g.num(0, 59):02d}:{g.num(0, 59):02d} +0200"
    text = text.replace("«e:return_path»", "«e:return_path>ret»").replace("«e:support_inbox»", "«e:support_inbox>inbox»")
    text = text.replace("«qid»", g.s("0123456789ABCDEF", 10)).replace("«mid»", g.s("abcdefghijklmnopqrstuvwxyz0123456789", 20))
    text = text.replace("«pk»", g.s("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789", 48))
    dom = g.pick(["grimoire-tales.de", "loremasters.es", "wyrmwood.pl"])
    text = text.replace("«dom»", dom)
    return "email", "support/kanka-invites.eml", fill(g, text, dom2="kanka-support.lan", sender_name=name, rfcdate=rfc,
                                                     date=g.la_raw("date"))


def t_sharkey_default_yml(g):
    text = r"""#━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━
# Sharkey configuration (.config/default.yml)
#━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━

url: https://«dom»/
port: 3000

db:
  host: «ip:db_host»
  port: 5432
  db: sharkey
  user: sharkey
  pass: «p:db_password:yaml»

dbReplications: true
dbSlaves:
  - host: «L:private_ip»
    port: 5432
    db: sharkey
    user: sharkey_ro
    pass: «p:replica_password:yaml»

redis:
  host: «L:private_ip»
  port: 6379
  pass: «p:redis_password:yaml»

meilisearch:
  host: «L:private_ip»
  port: 7700
  apiKey: '«k:meilisearch_master_key:an32»'
  ssl: false
  index: 'sharkey'
  scope: local

id: 'aidx'
proxy: 'http://«ipp:outbound_proxy»:8080'
proxyBypassHosts:
  - media-proxy.internal
  - «L:private_ip»
signToActivityPubGet: true
setupPassword: '«p:setup_password:quoted»'
# admin account: @admin, recovery mail «e:admin_recovery_email»
# instance contact shown on /about: «e:instance_contact»
# object storage keys (also set in the control panel)
# s3AccessKey: «k:s3_access_key:an20»
# s3SecretKey: «k:s3_secret_key:an40»
# deployed «L:version» / «L:short_sha» on «L:date»
"""
    return "yaml", "sharkey/.config/default.yml", fill(g, text, dom=g.pick(["shonk.social", "fedi-moss.net", "kelpie.town"]))


def t_iceshrimp_configuration_ini(g):
    text = r"""; Iceshrimp.NET configuration.overrides.ini
[Instance]
ListenPort = 3000
ListenHost = «L:loopback_ip»
WebDomain = «dom»
AccountDomain = «dom»
AdditionalDomains =

[Security]
AuthorizedFetch = true
AttachLdSignatures = false
Registrations = Invite
PublicPreview = RestrictedNoMedia

[Database]
Host = «ip:db_host»
Port = 5432
Database = iceshrimp
Username = iceshrimp
Password = «p:db_password:ini»
MaxConnections = 100

[Storage]
Provider = ObjectStorage
[Storage:ObjectStorage]
Endpoint = «ip:object_storage_host»:9000
Region = us-east-1
KeyId = «k:object_storage_key_id:an20»
SecretKey = «k:object_storage_secret:an40»
Bucket = iceshrimp
AccessUrl = https://media.«dom»

[Queue:Inbox]
Parallelism = 4

[Logging:LogLevel]
Default = Information

; SMTP for password resets (used by the local patch)
[Mail]
Host = «L:private_ip»
Username = «e:mail_username»
Password = «p:mail_password:ini»
From = «e:mail_from»
; admin: «e:admin_email» -- invite code for the moderators: «k:invite_code:an16»
; version «L:version», image «L:image_digest»
"""
    text = text.replace("Endpoint = «ip:object_storage_host»:9000", "Endpoint = «ipp:object_storage_host»:9000")
    return "ini", "iceshrimp/configuration.overrides.ini", fill(g, text, dom=g.pick(["shrimp.garden", "polder.social", "fjell.network"]))


def t_vernissage_configure_swift(g):
    text = r"""import Vapor
import Fluent
import FluentPostgresDriver
import Redis

// Sources/VernissageServer/configure.swift (local fork) -- defaults used when the env is empty
extension Application {
    func configureDatabase() throws {
        let host = Environment.get("VERNISSAGE_DB_HOST") ?? "«ip:db_host»"
        let password = Environment.get("VERNISSAGE_DB_PASSWORD") ?? "«p:db_password:quoted»"
        let config = SQLPostgresConfiguration(hostname: host,
                                              port: 5432,
                                              username: "vernissage",
                                              password: password,
                                              database: "vernissage",
                                              tls: .disable)
        self.databases.use(.postgres(configuration: config), as: .psql)
    }

    func configureRedis() throws {
        let url = Environment.get("VERNISSAGE_QUEUE_URL") ?? "redis://:«p:redis_password:url»@«L:private_ip»:6379"
        self.redis.configuration = try RedisConfiguration(url: url)
    }

    func configureMail() {
        self.settings.smtpHost = "«ip:smtp_host»"
        self.settings.smtpUser = "«e:smtp_user»"
        self.settings.smtpPassword = "«p:smtp_password:quoted»"
        self.settings.emailFrom = "«e:email_from»"
    }

    func configureStorage() {
        self.settings.s3AccessKeyId = "«k:s3_access_key:akia»"
        self.settings.s3SecretAccessKey = "«k:s3_secret_key:awssec»"
        self.settings.s3Bucket = "vernissage-photos"
        // JWT signing (also in keys/jwt.json), rotate with the mobile app release
        self.settings.jwtPrivateKey = "«k:jwt_private_key_pem:eckey»"
        self.settings.openAiKey = nil
    }
}
// seed admin for local dev only: «L:reserved_email» / «L:default_password=admin»
// reviewed by «e:reviewer_email» at «L:git_commit»
"""
    return "swift", "Sources/VernissageServer/configure+local.swift", fill(g, text)


def t_podgrab_compose_yaml(g):
    text = r"""version: "2.1"
services:
  podgrab:
    image: akhilrex/podgrab@«L:image_digest»
    container_name: podgrab
    environment:
      - CHECK_FREQUENCY=240
      - PASSWORD=«p:basic_auth_password:ini»
      - PUID=1000
      - PGID=1000
    volumes:
      - /srv/podgrab/config:/config
      - /srv/media/podcasts:/assets
    ports:
      - «L:loopback_ip»:8080:8080
    restart: unless-stopped

  # pushes new episodes to the kitchen speaker box
  notifier:
    image: ghcr.io/homelab/episode-notify:«L:version»
    environment:
      PODGRAB_URL: http://podgrab:8080
      PODGRAB_USER: podgrab
      PODGRAB_PASSWORD: «p:notifier_podgrab_password:yaml»
      SPEAKER_HOST: «L:private_ip»
      MQTT_URL: mqtts://podcasts:«p:mqtt_password:url»@«ipp:mqtt_broker»:8883
      PUSH_TOKEN: «pushtok»
      REPORT_EMAIL: «e:report_email»
    depends_on: [podgrab]

  backup:
    image: restic/restic:«L:version»
    environment:
      RESTIC_REPOSITORY: s3:https://«ipp:backup_target»/podgrab
      RESTIC_PASSWORD: «p:restic_password:yaml»
      AWS_ACCESS_KEY_ID: «k:backup_key_id:an20»
      AWS_SECRET_ACCESS_KEY: «k:backup_secret:an40»
    entrypoint: ["restic", "backup", "/config"]
# maintainer «e:maintainer_email»
"""
    text = text.replace("s3:https://«ipp:backup_target»/", "s3:https://«ipp:backup_target»/")
    return "yaml", "homelab/podgrab/docker-compose.yaml", fill(
        g, text, pushtok=mark("KEY", "push_token", "tk_" + g.key_raw("lan29")))


def t_pinchflat_k8s_secret_yaml(g):
    b = lambda s: base64.b64encode(s.encode()).decode()  # noqa: E731
    basic_pw = g.pw_raw("quoted")
    cookie = g.key_raw("b64_48")
    ytkey = g.key_raw("an32")
    text = r"""apiVersion: v1
kind: Secret
metadata:
  name: pinchflat-env
  namespace: media
  annotations:
    owner: «e:owner_email»
type: Opaque
data:
  BASIC_AUTH_USERNAME: «L:base64_username=«bu»»
  BASIC_AUTH_PASSWORD: «bpw»
  SECRET_KEY_BASE: «bsk»
  YT_API_KEY: «byt»
stringData:
  APPRISE_RUN_URL: "mailtos://«e:apprise_smtp_user»:«p:apprise_smtp_password:url»@«ipp:apprise_smtp_host»"
---
apiVersion: apps/v1
kind: Deployment
metadata:
  name: pinchflat
  namespace: media
  uid: «L:k8s_uid»
spec:
  replicas: 1
  selector:
    matchLabels: {app: pinchflat}
  template:
    metadata:
      labels: {app: pinchflat}
    spec:
      hostAliases:
        - ip: «ip4:downloads_mirror»
          hostnames: [dl-mirror.media.lan]
      containers:
        - name: pinchflat
          image: keglin/pinchflat:v«L:version»
          envFrom:
            - secretRef: {name: pinchflat-env}
          env:
            - name: TZ
              value: Europe/Vilnius
            # debug: same password as above, plain
            - name: DEBUG_BASIC_AUTH
              value: "«pw_plain»"
"""
    text = text.replace("«bu»", b("pinchflat"))
    return "yaml", "k8s/media/pinchflat.yaml", fill(
        g, text, bpw=mark("KEY", "basic_auth_password_b64", b(basic_pw)),
        bsk=mark("KEY", "secret_key_base_b64", b(cookie)), byt=mark("KEY", "video_api_key_b64", b(ytkey)),
        pw_plain=mark("PASSWORD", "basic_auth_password_plain", basic_pw))


def t_tubearchivist_forum_post_md(g):
    text = r"""**Title: Tube Archivist stuck at "Waiting for Elasticsearch" after moving to a new host**

Hi all, I moved my setup from the old NUC to a proper server and now the web container never gets past
`Waiting for Elasticsearch`. Compose below, passwords are the real ones but the box isn't reachable from outside
(well, apart from the public IP «ip:server_public_ip», firewall only allows my home IP «ip:home_ip»).

```yaml
  tubearchivist:
    image: bbilly1/tubearchivist:v«L:version»
    environment:
      - ES_URL=http://archivist-es:9200
      - REDIS_CON=redis://archivist-redis:6379
      - HOST_UID=1000
      - HOST_GID=1000
      - TA_HOST=«L:private_ip» tube.home.lan
      - TA_USERNAME=tubeadmin
      - TA_PASSWORD=«p:ta_password:ini»
      - ELASTIC_PASSWORD=«p:elastic_password:ini»
      - TZ=Europe/Riga
  archivist-es:
    image: bbilly1/tubearchivist-es
    environment:
      - "ELASTIC_PASSWORD=«p:elastic_password_es:ini»"
      - "ES_JAVA_OPTS=-Xms1g -Xmx1g"
      - "xpack.security.enabled=true"
      - "discovery.type=single-node"
      - "path.repo=/usr/share/elasticsearch/data/snapshot"
```

The browser extension is configured with the API token from the settings page: `«k:ta_api_token:hex40»`.

Logs from `archivist-es`:

```
{"@timestamp":"«L:timestamp»", "log.level": "WARN", "message":"received plaintext http traffic on an https channel, closing connection Netty4HttpChannel{localAddress=/«L:private_ip»:9200, remoteAddress=/«L:private_ip»:51512}"}
```

Thanks! You can also reach me at «e:poster_email».

---

> **Reply from a moderator:** your two `ELASTIC_PASSWORD` values must be identical -- right now the web
> container uses a different one than the ES container. Also, please edit your post and remove the passwords and
> the token. If you need remote help, mail «e:moderator_email».
"""
    return "markdown", "forum/tubearchivist-es-waiting.md", fill(g, text)


def t_redlib_fly_toml(g):
    text = r"""# fly.toml app configuration file generated for redlib-«app» on «L:timestamp»
app = "redlib-«app»"
primary_region = "ams"

[build]
  image = "quay.io/redlib/redlib:latest"

[env]
  REDLIB_DEFAULT_THEME = "dark"
  REDLIB_DEFAULT_FRONT_PAGE = "popular"
  REDLIB_DEFAULT_SHOW_NSFW = "off"
  REDLIB_ROBOTS_DISABLE_INDEXING = "on"
  REDLIB_BANNER = "Private instance -- contact «e:instance_contact»"
  REDLIB_PUSHSHIFT_FRONTEND = "undelete.pullpush.io"
  # outbound through the home proxy so the upstream doesn't rate-limit the fly IPs
  HTTPS_PROXY = "http://redlib:«p:proxy_password:url»@«ipp:home_proxy»:3128"

[http_service]
  internal_port = 8080
  force_https = true
  auto_stop_machines = true
  min_machines_running = 0

[[http_service.checks]]
  grace_period = "10s"
  interval = "30s"
  method = "GET"
  path = "/settings"
  timeout = "5s"

# `fly secrets set` values, noted here by mistake:
#   FLY_API_TOKEN="FlyV1 «flytok»"
#   REDLIB_OAUTH_CLIENT_SECRET="«k:oauth_client_secret:an32»"
# allocated addresses: «ip4:shared_v4_addr» and «ip6:dedicated_ipv6»
# deployer: «e:deployer_email», last deploy «L:version»
"""
    return "toml", "redlib/fly.toml", fill(g, text, app=g.pick(["kvist", "boreal", "tallow"]),
                                           flytok=mark("KEY", "fly_deploy_token", "fm2_" + g.key_raw("b64_48")))


def t_yacy_init_properties(g):
    text = r"""# yacy.conf excerpt (DATA/SETTINGS/yacy.conf) -- peer "«peer»"
# this file is written by YaCy itself; edit only while the peer is stopped
port=8090
port.ssl=8443
bindPort=
staticIP=«ip:static_ip»
serverClient=*
network.unit.definition=defaults/yacy.network.freeworld.unit
peerName=«peer»
# admin account: user name and MD5 digest written by the admin page (not the plain password)
adminAccountUserName=admin
adminAccountBase64MD5=MD5:«L:md5_checksum»
adminAccountForLocalhost=false
# plain copy for the team wiki: «p:admin_plain_password:plain»
remoteProxyUse=true
remoteProxyHost=«ip:remote_proxy_host»
remoteProxyPort=3128
remoteProxyUser=«e:remote_proxy_user»
remoteProxyPwd=«p:remote_proxy_password:ini»
crawler.http.acceptCharset=utf-8
federated.service.solr.indexing.url=http://yacy:«p:solr_password:url»@«L:private_ip»:8983/solr/collection1
federated.service.solr.indexing.enabled=false
msgForwardingEnabled=true
msgForwardingCmd=/usr/sbin/sendmail
msgForwardingTo=«e:msg_forwarding_to»
peerHash=«L:peer_hash=«ph»»
# debian packaging «L:version», settings migrated «L:date»
"""
    text = text.replace("«ph»", g.s("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-", 12))
    return "conf", "DATA/SETTINGS/yacy.conf", fill(g, text, peer=g.pick(["kvarn-index", "lindenpeer", "ostwind-crawl"]))


TEMPLATES = [
    t_virtualizor_api_php, t_cloudpanel_bash_history, t_telepresence_chat_log, t_remotely_appsettings_json,
    t_pelican_panel_env, t_teeworlds_autoexec_cfg, t_freeciv_server_serv, t_urbanterror_server_cfg,
    t_tremulous_irc_log, t_foundryvtt_options_json, t_kanka_support_eml, t_sharkey_default_yml,
    t_iceshrimp_configuration_ini, t_vernissage_configure_swift, t_podgrab_compose_yaml,
    t_pinchflat_k8s_secret_yaml, t_tubearchivist_forum_post_md, t_redlib_fly_toml, t_yacy_init_properties,
]
