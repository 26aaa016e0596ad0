# Templates for held-out set 51, part c (Source servers, chain nodes, chat bots and IRC services). Imports nothing.
T = []


def t(name, lang, path, text):
    T.append((name, lang, path, text))


t("left4dead2_server_cfg", "cfg", "left4dead2/cfg/server.cfg", """// Left 4 Dead 2 dedicated - «w:Word» versus nights («L:date»)
hostname "«w:Word» Versus | «c:EU|AU|SEA»"
sv_steamgroup "«n:1000000-40000000»"
sv_steamgroup_exclusive 1
sv_allow_lobby_connect_only 0
sv_setsteamaccount «k:gslt_token:HEX.32»
rcon_password "«p:rcon_password:cfg»"
sv_password "«p:join_password:cfg»"
sv_region 3
sv_gametypes "versus,coop"
sm_cvar sv_maxplayers 8
// stats upload
sm_stats_url "https://stats.«w:word».gg/api/push?token=«k:stats_token:hex.40»"
// admins (the admin plugin keeps the real list)
// "«L:steamid2=STEAM_1:«n:0-1»:«n:1000000-90000000»»" "99:z"
logaddress_add «ip4:log_collector_ip»:27500
// test box «L:private_ip», plugin build «L:build_id»
""")

t("tf2_srcds_start_sh", "shell", "~/tf2/start.sh", """#!/usr/bin/env bash
# Team Fortress 2 - «w:word» MvM server; steam app «L:steam_app_id=232250»
cd ~/tf2
GSLT=«k:gslt_token:HEX.32»
RCON='«p:rcon_password:shell»'
exec ./srcds_run -game tf -console -autoupdate -steam_dir ~/steamcmd -steamcmd_script ~/tf2_ds.txt \\
  +sv_pure 1 +map mvm_coaltown +maxplayers 32 \\
  -ip «ip4:public_ip» -port 27015 \\
  +sv_setsteamaccount "$GSLT" +rcon_password "$RCON" \\
  +tv_enable 1 +tv_password «p:sourcetv_password:shell» \\
  +logaddress_add «ip4:log_ip»:27500
# demos are pushed to ftp://demos:«p:ftp_password:url»@«ipb:demo_host»/tf2/ every night
# restarted «L:timestamp»; last known good build «L:build_id»
""")

t("dst_cluster_ini", "ini", "~/.klei/DoNotStarveTogether/«w:Word»/cluster.ini", """[GAMEPLAY]
game_mode = endless
max_players = «n:4-12»
pvp = false
pause_when_empty = true

[NETWORK]
cluster_description = «w:Word» base building, no griefing
cluster_name = «w:Word» Hollow
cluster_intention = cooperative
cluster_password = «p:cluster_password:ini»
tick_rate = 30

[MISC]
console_enabled = true

[SHARD]
shard_enabled = true
bind_ip = «L:unspecified_ip»
master_ip = «ip4:master_ip»
master_port = 10889
cluster_key = «k:cluster_key:an.24»

; cluster_token.txt (server token from the Klei account page, made «L:date»):
; «k:cluster_token:pds-g^KU_«w:an8»^+b64.30»
; admins: «L:klei_id=KU_«w:an8»»
""")

t("nethermind_mainnet_json", "json", "configs/mainnet.json", """{
  "Init": {
    "ChainSpecPath": "chainspec/foundation.json",
    "GenesisHash": "«L:tx_hash»",
    "BaseDbPath": "nethermind_db/mainnet",
    "LogFileName": "mainnet.logs.txt"
  },
  "Network": {
    "ExternalIp": "«ip4:external_ip»",
    "LocalIp": "«L:private_ip»",
    "P2PPort": 30303,
    "StaticPeers": "enode://«L:enode_pubkey»@«ip4:static_peer»:30303,enode://«L:enode_pubkey»@«ip4:static_peer»:30303"
  },
  "JsonRpc": {
    "Enabled": true,
    "Host": "«L:unspecified_ip»",
    "Port": 8545,
    "EnginePort": 8551,
    "EngineHost": "«L:loopback_ip»",
    "JwtSecretFile": "/secrets/jwt.hex"
  },
  "Metrics": {
    "Enabled": true,
    "PushGatewayUrl": "https://push:«p:pushgateway_password:url»@metrics.«w:word».net/metrics/job/nethermind",
    "NodeName": "«w:word»-«n:1-9»"
  },
  "Seq": {
    "ServerUrl": "http://«ipb:seq_ip»:5341",
    "ApiKey": "«k:seq_api_key:an.20»"
  },
  "Comment": "jwt.hex content for the CL pair: «k:engine_jwt_secret:0x+hex.64»"
}
""")

t("prysm_beacon_yaml", "yaml", "/etc/prysm/beacon.yaml", """# Prysm beacon node «L:version» («w:word» staking box, «L:date»)
datadir: /var/lib/prysm/beacon
execution-endpoint: http://«L:loopback_ip»:8551
jwt-secret: /secrets/jwt.hex
p2p-host-ip: «ip4:p2p_host_ip»
p2p-tcp-port: 13000
p2p-udp-port: 12000
checkpoint-sync-url: https://sync.«w:word».org
genesis-beacon-api-url: https://sync.«w:word».org
suggested-fee-recipient: «L:eth_address»
monitoring-host: «L:unspecified_ip»
grpc-gateway-host: «L:loopback_ip»
# validator wallet (keys imported «L:date»); wallet password file holds: «p:wallet_password:plain»
# deposit tx «L:tx_hash», validator pubkey «L:bls_pubkey»
# remote signer fallback: https://signer.«w:word».org?apikey=«k:signer_api_key:an.32»
# peer of record: /ip4/«ip4:trusted_peer»/tcp/13000/p2p/«L:peer_id»
""")

t("teku_config_yaml", "yaml", "/etc/teku/config.yaml", """# Teku «L:version» - «w:word» node
network: "mainnet"
data-path: "/var/lib/teku"
ee-endpoint: "http://«L:loopback_ip»:8551"
ee-jwt-secret-file: "/secrets/jwt.hex"
p2p-advertised-ip: "«ip:advertised_ip»"
p2p-port: 9000
rest-api-enabled: true
rest-api-interface: "«L:unspecified_ip»"
rest-api-host-allowlist: ["«L:loopback_ip»", "«ip4:allowed_api_client»"]
validator-keys: "/keys/validator_keys:/keys/validator_passwords"
validators-proposer-default-fee-recipient: "«L:eth_address»"
validators-external-signer-url: "https://signer:«p:signer_password:url»@«ipb:signer_host»:9000"
metrics-enabled: true
metrics-publish-endpoint: "https://beaconcha.in/api/v1/client/metrics?apikey=«k:beaconchain_api_key:b64u.32»&machine=«w:word»"
# keystore password for the «n:2-32» validators: «p:keystore_password:plain»
# added «L:date», commit «L:short_sha»
""")

t("besu_config_toml", "toml", "besu/config.toml", """# Hyperledger Besu «L:version» - «w:word» consortium node («L:date»)
data-path="/opt/besu/data"
genesis-file="/opt/besu/genesis.json"
p2p-host="«ip4:p2p_host»"
p2p-port=30303
bootnodes=["enode://«L:enode_pubkey»@«ip4:bootnode_ip»:30303","enode://«L:enode_pubkey»@«ipb6:bootnode_ipv6»:30303"]
rpc-http-enabled=true
rpc-http-host="«L:unspecified_ip»"
rpc-http-authentication-enabled=true
rpc-http-authentication-credentials-file="/opt/besu/auth.toml"
rpc-http-authentication-jwt-algorithm="RS256"
miner-coinbase="«L:eth_address»"
host-allowlist=["«L:loopback_ip»","«ip4:allowed_host»"]

# auth.toml (for reference, kept here by «w:first»):
# [Users.ops]
# password = "«L:bcrypt_hash»"
# plaintext given to the auditors: «p:rpc_user_password:plain»
""")

t("chainlink_secrets_toml", "toml", "chainlink/secrets.toml", """# Chainlink node secrets - «w:word» oracle («L:date»)
[Database]
URL = 'postgresql://chainlink:«p:db_password:url~cdb»@«ip4:db_host»:5432/chainlink?sslmode=require'
BackupURL = 'postgresql://chainlink:«=cdb»@«ipb:db_replica»:5432/chainlink?sslmode=require'

[Password]
Keystore = '«p:keystore_password:quoted»'
VRF = '«p:vrf_password:quoted»'

[WebServer.LDAP]
ServerAddress = 'ldaps://«ipb:ldap_host»:636'
ReadOnlyUserLogin = '«e:ldap_bind_email»'
ReadOnlyUserPass = '«p:ldap_password:quoted»'

[Mercury.Credentials.«w:word»]
URL = 'https://mercury.«w:word».net'
Username = '«L:mercury_user_uuid»'
Password = '«p:mercury_password:quoted»'

# job spec external id «L:job_uuid», operator contract «L:eth_address»
""")

t("geth_bash_history", "shell", "~/.bash_history", """geth version
geth --datadir /data/geth account list
echo '«p:account_password:shell»' > /tmp/pw.txt
geth --datadir /data/geth account import --password /tmp/pw.txt key.hex
shred -u /tmp/pw.txt
geth --datadir /data/geth --http --http.addr «L:unspecified_ip» --http.api eth,net,web3 --authrpc.jwtsecret /secrets/jwt.hex --nat extip:«ip4:nat_ip»
geth attach /data/geth/geth.ipc --exec 'admin.addPeer("enode://«L:enode_pubkey»@«ip4:peer_ip»:30303")'
curl -s https://mainnet.«w:word»-rpc.io/v3/«k:rpc_provider_key:hex.32» -d '{"jsonrpc":"2.0","method":"eth_blockNumber","params":[],"id":1}'
geth attach --exec 'personal.unlockAccount("«L:eth_address»", "«p:unlock_password:quoted»", 300)'
geth attach --exec 'eth.getTransaction("«L:tx_hash»")'
ssh ops@«ipb:node_ip» 'journalctl -u geth --since "«L:date»"'
history -d «n:100-900»
""")

t("lnbits_env", "env", "lnbits/.env", """# LNbits «L:version» (started «L:date»)
HOST=«L:unspecified_ip»
PORT=5000
LNBITS_ADMIN_UI=true
LNBITS_ADMIN_USERS="«L:admin_user_hex=«w:hex32»»"
LNBITS_DATABASE_URL="postgres://lnbits:«p:db_password:url»@«ip4:db_host»:5432/lnbits"
LNBITS_BACKEND_WALLET_CLASS=LndRestWallet
LND_REST_ENDPOINT=https://«ipb:lnd_host»:8080
LND_REST_CERT="/lnd/tls.cert"
LND_REST_MACAROON="«k:admin_macaroon:hex.228»"
# node pubkey (public, fine to share): «L:ln_node_pubkey»
LNBITS_SITE_TITLE="«w:Word» Tips"
AUTH_SECRET_KEY=«k:auth_secret_key:hex.64»
# support mailbox «e:support_email»
""")

t("errbot_config_py", "python", "errbot/config.py", """import logging

BACKEND = 'XMPP'
BOT_DATA_DIR = r'/srv/errbot/data'
BOT_EXTRA_PLUGIN_DIR = r'/srv/errbot/plugins'
BOT_LOG_FILE = r'/srv/errbot/errbot.log'
BOT_LOG_LEVEL = logging.INFO

BOT_IDENTITY = {
    'username': '«e:bot_jid»',
    'password': '«p:xmpp_password:quoted»',
    'server': ('«ip:xmpp_server»', 5222),
}
BOT_ADMINS = ('«e:admin_jid»', '«e:admin_jid»')
CHATROOM_PRESENCE = ('«e:room_jid@conference.«w:word».chat»',)
CHATROOM_FN = '«w:Word»Bot'
BOT_PREFIX = '!'
# webhook plugin shared secret («L:date»)
WEBSERVER_SECRET = '«k:webhook_secret:b64.30»'
# plugin pinned to «L:git_commit»
""")

t("hubot_start_sh", "shell", "bin/hubot-start", """#!/bin/sh
# start the «w:word» hubot (adapter irc) - systemd calls this; edited «L:date»
set -e
npm install
export PATH="node_modules/.bin:node_modules/hubot/node_modules/.bin:$PATH"
export HUBOT_IRC_SERVER=«ip4:irc_server»
export HUBOT_IRC_PORT=6697
export HUBOT_IRC_USESSL=true
export HUBOT_IRC_ROOMS="#«w:word»,#ops"
export HUBOT_IRC_NICK=«w:word»bot
export HUBOT_IRC_PASSWORD=«p:irc_password:shell»
export HUBOT_IRC_NICKSERV_PASSWORD=«p:nickserv_password:shell»
export REDIS_URL=redis://:«p:redis_password:url»@«L:loopback_ip»:6379/hubot
export HUBOT_JENKINS_URL=https://ci.«w:word».dev
export HUBOT_JENKINS_AUTH=deploy:«k:jenkins_api_token:hex.34»
export HUBOT_PAGER_EMAIL=«e:pager_email»
exec hubot --name «w:word»bot --adapter irc "$@"
""")

t("sopel_default_cfg", "ini", "~/.sopel/default.cfg", """[core]
nick = «w:Word»Bot
host = «ip4:irc_host»
use_ssl = true
port = 6697
owner = «w:first»
channels = "#«w:word»" "#«w:word»-dev"
auth_method = sasl
auth_username = «w:word»bot
auth_password = «p:sasl_password:ini»
server_auth_method = server
server_auth_password = «p:server_password:ini»
admins = «w:first» «w:first»
enable = admin,weather,reload,url
logdir = ~/.sopel/logs

[url]
exclude = «L:loopback_ip», «L:private_ip»

[weather]
weather_api_key = «k:weather_api_key:hex.32»
; contact: «e:owner_email»  (config rev «L:short_sha», «L:date»)
""")

t("limnoria_conf", "conf", "limnoria/«w:Word»Bot.conf", """###
# Limnoria configuration, written by supybot-wizard on «L:timestamp»
###
supybot.nick: «w:Word»Bot
supybot.ident: limnoria
supybot.user: Limnoria «L:version»
supybot.networks: libera
supybot.networks.libera.servers: «ip4:irc_server»:6697
supybot.networks.libera.password: «p:server_password:ini»
supybot.networks.libera.ssl: True
supybot.networks.libera.sasl.username: «w:word»bot
supybot.networks.libera.sasl.password: «p:sasl_password:ini»
supybot.networks.libera.channels: #«w:word» #«w:word»-ops
supybot.networks.libera.channels.key: «p:channel_key:word»
supybot.plugins.RSS.feeds: news
supybot.plugins.Web.fetch.maximum: 0
supybot.servers.http.hosts4: «L:unspecified_ip»
supybot.servers.http.hosts6: «L:unspecified_ipv6»
supybot.plugins.Github.api.token: «k:github_token:ghp_+an.36»
###
# owner hostmask: «w:first»!~«w:first»@«ipb:owner_host»
###
""")

t("anope_services_conf", "conf", "anope/conf/services.conf", """/*
 * Anope «L:version» services.conf («w:word» IRC network) - edited «L:date»
 */
uplink
{
	host = "«ip:uplink_host»"
	ipv6 = no
	ssl = yes
	port = 7000
	password = "«p:link_password:quoted»"
}

serverinfo
{
	name = "services.«w:word».chat"
	description = "Services for «w:Word» IRC"
	pid = "data/services.pid"
	motd = "conf/services.motd"
}

networkinfo
{
	networkname = "«w:Word»Net"
	nicklen = 31
}

mail
{
	usemail = yes
	sendmailpath = "/usr/sbin/sendmail -t"
	sendfrom = "«e:sendfrom_email»"
	delay = 5m
}

module
{
	name = "m_sql_authentication"
	engine = "mysql/main"
}
mysql
{
	name = "mysql/main"
	database = "anope"
	server = "«L:loopback_ip»"
	username = "anope"
	password = "«p:mysql_password:quoted»"
	port = 3306
}
""")

t("atheme_conf", "conf", "atheme/etc/atheme.conf", """/* Atheme «L:version» - «w:word» network («L:date») */
serverinfo {
	name = "services.«w:word».org";
	desc = "Atheme IRC Services";
	numeric = "00A";
	netname = "«w:Word»Net";
	adminname = "«w:First»";
	adminemail = "«e:admin_email»";
	registeremail = "«L:reserved_email»";
	mta = "/usr/sbin/sendmail";
	auth = email;
};

uplink "hub.«w:word».org" {
	host = "«ip:uplink_ip»";
	vhost = "«L:unspecified_ip»";
	send_password = "«p:send_password:quoted»";
	receive_password = "«p:receive_password:quoted»";
	port = 6667;
};

operator "«w:first»" {
	operclass = "sra";
	password = "«L:sha512crypt_hash»";
};

httpd {
	host = "«L:loopback_ip»";
	port = 8080;
};
""")

t("eggdrop_conf", "tcl", "eggdrop/«w:word».conf", """#! /path/to/executable/eggdrop
# Eggdrop «L:version» config for «w:Word»Keeper («L:date»)
set username "keeper"
set admin "«w:First» <email: «e:admin_email»>"
set network "«w:Word»Net"
set timezone "UTC"
set listen-addr «ip4:listen_addr»
set nat-ip «ip4:nat_ip»
listen 3333 all
set owner "«w:first»"
set nick "«w:Word»Keeper"
set altnick "«w:Word»Keep?"
set realname "/msg «w:Word»Keeper hello"
server add «ipb:irc_server» +6697 «p:server_password:tcl»
set net-type "Libera"
# botnet link to the hub bot
set botnet-nick "«w:word»keep"
addbot hub «ip4:hub_bot_ip» 3333/3333
set pass-hub "«p:botnet_password:tcl»"
loadmodule blowfish
# channel key for #«w:word»-staff
channel add #«w:word»-staff { chanmode "+k «p:channel_key:word»" }
""")

t("eggdrop_channel_log", "text", "eggdrop/logs/«w:word».log.«n:2024-2026»«n:10-12»«n:10-28»", """[«L:log_time»] «w:first» («w:first»@«ipb:user_host») joined #«w:word».
[«L:log_time»] <«w:first»> morning all
[«L:log_time»] <«w:first»> /msg NickServ REGISTER «p:nickserv_password:word» «e:nickserv_email»
[«L:log_time»] <«w:first»> ugh, missing slash, wrong window
[«L:log_time»] <«w:first»> change it right away, this channel is logged
[«L:log_time»] <«w:first»> done, NickServ SET PASSWORD done. new one is not going here :)
[«L:log_time»] <«w:first»> btw the new mirror is up at «ip4:mirror_ip», old one «L:private_ip» goes away «L:date»
[«L:log_time»] <«w:first»> sha256 of the tarball: «L:sha256_checksum»
[«L:log_time»] <«w:first»> also the bouncer login for the guest account is guest / «p:bouncer_password:prose» until friday
[«L:log_time»] «w:first» («w:first»@«ip6:user_host_ipv6») left #«w:word» (Quit: bye)
[«L:log_time»] <«w:first»> mails about it go to «e:list_email», not to me
""")

t("mbin_env", "env", "mbin/.env", """# Mbin «L:version» - «w:word».social («L:date»)
SERVER_NAME=«w:word».social
KBIN_DOMAIN=«w:word».social
KBIN_TITLE="«w:Word» Social"
KBIN_DEFAULT_LANG=en
KBIN_CONTACT_EMAIL=«e:contact_email»
KBIN_SENDER_EMAIL=«L:reserved_email»
KBIN_ADMIN_ONLY_OAUTH_CLIENTS=true
APP_ENV=prod
APP_SECRET=«k:app_secret:hex.32»
POSTGRES_PASSWORD=«p:postgres_password:url~mpg»
DATABASE_URL="postgresql://mbin:«=mpg»@«ip4:db_host»:5432/mbin?serverVersion=«n:13-16»&charset=utf8"
REDIS_PASSWORD=«p:redis_password:ini»
RABBITMQ_PASSWORD=«p:rabbitmq_password:url~mrq»
MESSENGER_TRANSPORT_DSN=amqp://mbin:«=mrq»@«ipb:rabbitmq_host»:5672/%2f/messages
MAILER_DSN=smtp://«w:word»:«p:mailer_password:url»@smtp.«w:word».social:587
OAUTH_PASSPHRASE=«p:oauth_passphrase:ini»
OAUTH_ENCRYPTION_KEY=«k:oauth_encryption_key:hex.32»
MERCURE_JWT_SECRET="«k:mercure_jwt_secret:b64.48»"
TRUSTED_PROXIES=«L:private_ip»,«L:loopback_ip»
""")
