"""Templates 61-84 of the forty-second held-out set: registries, chat bridges, identity, payments and tokens.

Each function takes a value generator `g` (gen_h42.G) and returns marked text.
"""


def skopeo_sync(g):
    return f"""#!/bin/sh
# mirror the base images from the vendor registry into ours
set -e
SRC=registry.{g.word()}.io
DST={g.ip4('registry_ip')}:5000
skopeo sync --src docker --dest docker \\
  --src-creds "ci-mirror:{g.key('mirror_api_key', shape='akcp')}" \\
  --dest-creds "mirror-bot:{g.key('docker_org_token', shape='orgtok')}" \\
  --dest-tls-verify=false "$SRC/base" "$DST/base"
skopeo inspect docker://$DST/base/slim:{g.ver()} | jq -r .Digest
# expected: sha256:{g.ph(g.hexs(64), 'image_digest')}
# the old reference token still sits in the runner's env, remove it:
#   MIRROR_REF_TOKEN={g.key('reference_token', shape='reftok')}
# contact: {g.email('contact_email')}; internal mirror for the lab {g.priv()}:5000
"""


def pulp_cli_toml(g):
    return f"""# ~/.config/pulp/cli.toml
[cli]
base_url = "https://{g.ip4('pulp_ip')}"
api_root = "/pulp/"
username = "{g.email('username_email')}"
password = "{g.pw('pulp_password', ctx='quoted')}"
verify_ssl = false
format = "json"
dry_run = false
timeout = 0

[cli-staging]
base_url = "https://{g.priv()}"
username = "admin"
password = "{g.ph('password')}"
# staging content guard token for the CDN: {g.key('content_guard_token', shape='hex64')}
# repo version href .../{g.uuid('repository_uuid')}/versions/{g.num(2, 90)}/
"""


def reprepro_sign(g):
    kid = g.hexs(16).upper()
    return f"""# conf/distributions
Origin: {g.word().capitalize()} packages
Label: internal
Codename: bookworm
Architectures: amd64 arm64 source
Components: main
SignWith: {g.ph(kid, 'pgp_key_id')}

# scripts/publish.sh (excerpt) -- unattended signing
#   export GNUPGHOME=/srv/repo/.gnupg
#   echo '{g.pw('gpg_passphrase', ctx='shell')}' | gpg --batch --pinentry-mode loopback --passphrase-fd 0 --detach-sign Release
#   reprepro -b /srv/repo includedeb bookworm dist/*.deb
#   rsync -a /srv/repo/ deploy@{g.ip4('mirror_ip')}:/var/www/apt/
# key owner: {g.email('key_owner_email')}, fingerprint {g.ph(g.hexs(24).upper() + kid, 'pgp_fingerprint')}
# upload API key for the package index webhook: {g.key('index_api_key', shape='an40')}
"""


def gemstash_yml(g):
    return f"""# ~/.gemstash/config.yml
---
:base_path: "/var/lib/gemstash"
:db_adapter: postgres
:db_url: postgres://gemstash:{g.pw('db_password', ctx='url')}@{g.priv()}/gemstash
:cache_type: memcached
:memcached_servers: {g.priv()}:11211
:bind: tcp://{g.unspec()}:9292
:protected_fetch: true
:fetch_timeout: 20
# authorize the CI pusher:
#   gemstash authorize push yank --name ci  ->  key {g.key('gemstash_key', shape='hex32')}
# push from a laptop:
#   gem push --key {g.ph('gemstash', 'secret_reference')} --host http://{g.ip4('gemstash_ip')}:9292/private pkg/thing-{g.ver()}.gem
# ~/.gem/credentials  ->  :gemstash: {g.key('laptop_push_key', shape='hex32')}
# owner {g.email('owner_email')}
"""


def athens_toml(g):
    return f"""# config.toml (athens proxy) -- relevant keys only
GoEnv = "production"
GoBinary = "go"
GoGetWorkers = 10
ProtocolWorkers = 30
Port = ":3000"
BasicAuthUser = "gomods"
BasicAuthPass = "{g.pw('basic_auth_password', ctx='quoted')}"
GithubToken = "{g.key('forge_token', shape='an40')}"
NETRCPath = "/etc/athens/.netrc"
StorageType = "mongo"

[Storage.Mongo]
URL = "mongodb://athens:{g.pw('mongo_password', ctx='url')}@{g.priv()}:27017/?authSource=admin"
DefaultDBName = "athens"

# /etc/athens/.netrc  (private modules on the on-prem SCM server at {g.ip4('scm_ip')}):
#   machine scm.{g.word()}.internal login {g.first().lower()} password {g.key('bbdc_token', shape='bbdc')}
# GONOSUMDB list maintained by {g.email('maintainer_email')}
# module checksum of the proxy build: {g.ph('h1:' + g.b64(32), 'checksum_b64')}
"""


def ngircd_conf(g):
    return f"""# /etc/ngircd/ngircd.conf
[Global]
    Name = irc.{g.word()}.chat
    Info = club IRC
    Listen = {g.unspec()}, ::
    Password = {g.pw('server_password', ctx='plain')}
    Ports = 6667
[Options]
    AllowRemoteOper = no
[SSL]
    KeyFile = /etc/ngircd/key.pem
    KeyFilePassword = {g.pw('keyfile_password', ctx='plain')}
    Ports = 6697
[Operator]
    Name = {g.first().lower()}
    Password = {g.pw('oper_password', ctx='plain')}
    Mask = *!*@{g.ip4('oper_ip')}
[Server]
    Name = hub.{g.word()}.chat
    Host = {g.ip4('hub_ip')}
    Port = 6697
    MyPassword = {g.pw('my_link_password', ctx='plain', style=7)}
    PeerPassword = {g.pw('peer_link_password', ctx='plain', style=7)}
    SSLConnect = yes
# AdminInfo2 = abuse reports to {g.rmail('abuse')} (placeholder until the domain is set up)
# AdminEMail = {g.email('admin_email')}
"""


def mautrix_yaml(g):
    dom = g.word()
    return f"""# config.yaml (mautrix bridge) -- homeserver/appservice parts
homeserver:
  address: http://{g.priv()}:8008
  domain: {dom}.chat
appservice:
  address: http://{g.loop()}:29318
  hostname: {g.unspec()}
  port: 29318
  database:
    type: postgres
    uri: postgres://mautrix:{g.pw('db_password', ctx='url')}@{g.priv()}/mautrix?sslmode=disable
  id: chatbridge
  as_token: "{g.key('as_token', shape='an40')}"
  hs_token: "{g.key('hs_token', shape='an40')}"
bridge:
  permissions:
    "*": relay
    "{dom}.chat": user
    "@{g.first().lower()}:{dom}.chat": admin
  login_shared_secret_map:
    {dom}.chat: "as_token:{g.key('shared_secret', shape='b64url43')}"
  relay:
    enabled: true
  # double puppeting for other servers: "{g.word()}.org": {g.ph('as_token:$OTHER_AS_TOKEN', 'secret_reference')}
# bridge bot contact for the upstream: {g.email('contact_email')}
# the public push gateway is {g.ip4('push_ip')}
# registration id {g.uuid('registration_uuid')}
"""


def cryptpad_config_js(g):
    user = g.first().lower()
    dom = g.word()
    return f"""/* config/config.js (excerpt) */
module.exports = {{
    httpUnsafeOrigin: 'https://pad.{dom}.org',
    httpSafeOrigin: 'https://sandbox-pad.{dom}.org',
    httpAddress: '{g.loop()}',
    httpPort: 3000,
    websocketPort: 3003,
    adminKeys: [
        "[{g.email('admin_identity', domain='pad.' + dom + '.org', local=user)}/{g.ph(g.b64(32), 'public_key')}]",
    ],
    adminEmail: '{g.email('admin_email')}',
    installMethod: 'docker',
    supportMailboxPublicKey: '{g.ph(g.b64(32), 'public_key')}',
    // TODO: read from env
    blobStoreSecret: '{g.key('blob_secret', shape='hex64')}',
    logPath: './data/logs',
    logToStdout: false,
    // upstream proxy in front: {g.ip4('proxy_ip')}
}};
// the admin panel password for {user} ended up in the ticket too: {g.pw('panel_password', ctx='plain')}
"""


def glauth_cfg(g):
    return f"""# glauth.cfg
[ldap]
  enabled = true
  listen = "{g.unspec()}:3893"

[ldaps]
  enabled = false

[backend]
  datastore = "config"
  baseDN = "dc={g.word()},dc=org"

[[users]]
  name = "{g.first().lower()}"
  mail = "{g.email('user_email')}"
  uidnumber = 5001
  primarygroup = 5501
  passsha256 = "{g.sha256()}"

[[users]]
  name = "svc-files"
  uidnumber = 5002
  primarygroup = 5502
  passsha256 = "{g.sha256()}"
  # clear text for the app config (yes, really): {g.pw('svc_password', ctx='plain')}
  [[users.capabilities]]
    action = "search"
    object = "*"

[[users]]
  name = "{g.first().lower()}"
  uidnumber = 5003
  primarygroup = 5501
  passbcrypt = "{g.ph(g.bcrypt().split(chr(0xe001))[1].split(chr(0xe002))[0].encode().hex(), 'bcrypt_hex')}"

[api]
  enabled = true
  listen = "{g.ip4('api_ip')}:5555"
  secretToken = "{g.key('api_secret_token', shape='an32')}"
"""


def hanko_yaml(g):
    dom = g.word()
    return f"""# hanko config.yaml
database:
  user: hanko
  password: {g.pw('db_password', ctx='yaml')}
  host: {g.priv()}
  port: 5432
  dialect: postgres
secrets:
  keys:
    - {g.key('jwk_secret', shape='an40')}
    - {g.key('jwk_secret_old', shape='an32')}
email_delivery:
  from_address: {g.email('from_email')}
  smtp:
    host: {g.ip4('smtp_ip')}
    port: 465
    user: {g.email('smtp_user_email')}
    password: {g.pw('smtp_password', ctx='yaml')}
    # staging overlay keeps it encrypted: {g.ph('ENC[AES256_GCM,data:' + g.b64(18) + ',iv:' + g.b64(32) + ',tag:' + g.b64(16) + ',type:str]', 'encrypted_value')}
webauthn:
  relying_party:
    id: login.{dom}.com
    origins: [https://login.{dom}.com]
server:
  public:
    cors:
      allow_origins: [https://app.{dom}.com]
  admin:
    address: "{g.loop()}:8001"
# tenant {g.uuid('tenant_uuid')}
"""


def rauthy_cfg(g):
    kid = g.s("abcdefghijklmnopqrstuvwxyz0123456789", 8)
    return f"""# rauthy.cfg
PUB_URL=auth.{g.word()}.net
LISTEN_ADDRESS={g.unspec()}
ENC_KEYS="
{g.ph(kid, 'key_id')}/{g.key('enc_key', shape='b64_32')}
"
ENC_KEY_ACTIVE={g.ph(kid, 'key_id')}
HQL_SECRET_RAFT={g.key('raft_secret', shape='an40')}
HQL_SECRET_API={g.key('api_secret', shape='an40')}
HQL_NODE_ID=1
BOOTSTRAP_ADMIN_EMAIL={g.email('admin_email')}
BOOTSTRAP_ADMIN_PASSWORD_PLAIN="{g.pw('admin_password', ctx='quoted')}"
SMTP_URL={g.ip4('smtp_ip')}
SMTP_USERNAME={g.email('smtp_user_email')}
SMTP_PASSWORD={g.pw('smtp_password', ctx='ini')}
SMTP_FROM="Rauthy <{g.rmail('noreply')}>"
PEER_IP_HEADER_NAME=X-Forwarded-For
TRUSTED_PROXIES={g.priv()}/32
"""


def parse_server_js(g):
    return f"""// index.js -- Parse Server for the shipping app
const express = require('express');
const {{ ParseServer }} = require('parse-server');

const server = new ParseServer({{
  databaseURI: 'mongodb://parse:{g.pw('db_password', ctx='url')}@{g.ip4('db_ip')}:27017/shipping',
  cloud: './cloud/main.js',
  appId: '{g.ph(g.s('abcdefghijklmnopqrstuvwxyz0123456789', 24), 'application_id')}',
  masterKey: '{g.key('master_key', shape='an40')}',
  masterKeyIps: ['{g.priv()}', '{g.loop()}'],
  serverURL: 'http://{g.loop()}:1337/parse',
  emailAdapter: {{
    module: 'parse-server-api-mail-adapter',
    options: {{ sender: '{g.email('sender_email')}' }},
  }},
}});

// cloud/main.js reads this for label purchases
process.env.SHIPPING_API_KEY = process.env.SHIPPING_API_KEY || '{g.key('shipping_key', shape='shiplive')}';

const app = express();
app.use('/parse', server.app);
app.listen(1337);
// deployed {g.ver()} from {g.ssha()}
"""


def archivebox_conf(g):
    dom = g.word()
    return f"""# ArchiveBox.conf
[SERVER_CONFIG]
SECRET_KEY = {g.key('secret_key', shape='an40')}
PUBLIC_INDEX = False
PUBLIC_SNAPSHOTS = False
PUBLIC_ADD_VIEW = False
ALLOWED_HOSTS = archive.{dom}.org
CSRF_TRUSTED_ORIGINS = https://archive.{dom}.org
ADMIN_USERNAME = {g.first().lower()}
ADMIN_PASSWORD = {g.pw('admin_password', ctx='ini')}
# (the docker-compose example ships ADMIN_PASSWORD = {g.ph('SomeSecretPassword')})

[ARCHIVE_METHOD_OPTIONS]
CHROME_USER_AGENT = Mozilla/5.0 ArchiveBox/{g.ver()}
COOKIES_FILE = /data/cookies.txt

[SEARCH_BACKEND_CONFIG]
SEARCH_BACKEND_ENGINE = sonic
SEARCH_BACKEND_HOST_NAME = {g.priv()}
SEARCH_BACKEND_PASSWORD = {g.pw('sonic_password', ctx='ini', style=7)}
# the crawler egress IP allow-listed by the paywalled sites: {g.ip4('egress_ip')}
# contact for takedowns: {g.email('takedown_email')}
"""


def lndconnect_md(g):
    ip = g.ip4('node_ip')
    return f"""## Connecting the phone wallet to the node

The node listens for gRPC on `{ip}:10009` (LAN: `{g.priv()}`).

Generate the QR on the node with `lndconnect --host={ip} --port=10009 --readonly`. For the
record, the admin URL that was pasted into the team chat on the first day was:

```
lndconnect://{g.ip4('node_ip_chat')}:10009?cert={g.ph(g.s('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_', 64), 'tls_cert_excerpt')}&macaroon={g.key('admin_macaroon', shape='macaroon')}
```

That macaroon is the **admin** one; bake a new root key (`lncli bakemacaroon ...`) and revoke it.
Wallet unlock password (the one in `/root/unlock.txt`): `{g.pw('wallet_password', ctx='prose')}`.

Node pubkey (public, fine to share): `{g.ph('0' + g.pick(['2', '3']) + g.hexs(64), 'public_key')}`.
Ask {g.email('node_owner_email')} before opening channels.
"""


def cln_config(g):
    return f"""# ~/.lightning/config (core-lightning)
network=bitcoin
alias={g.word().upper()}-{g.num(1, 9)}
rgb={g.hexs(6)}
bitcoin-rpcconnect={g.priv()}
bitcoin-rpcport=8332
bitcoin-rpcuser=cln
bitcoin-rpcpassword={g.pw('rpc_password', ctx='plain')}
bind-addr={g.unspec()}:9735
announce-addr={g.ip4('announce_ip')}:9735
log-file=/var/log/lightning/cln.log
# the REST plugin uses this rune (commando-rune, full access!):
#   {g.key('rune', shape='b64url43')}
clnrest-port=3010
clnrest-host={g.loop()}
# wallet encryption passphrase typed at start via --encrypted-hsm: {g.pw('hsm_passphrase', ctx='plain')}
# node operator: {g.email('operator_email')}
"""


def eclair_conf(g):
    return f"""// eclair.conf (HOCON)
eclair {{
  chain = "mainnet"
  node-alias = "{g.word()}-eclair"
  server {{
    public-ips = ["{g.ip4('public_ip')}"]
    port = 9735
  }}
  api {{
    enabled = true
    binding-ip = "{g.loop()}"
    port = 8080
    password = "{g.pw('api_password', ctx='quoted')}"
  }}
  bitcoind {{
    host = "{g.priv()}"
    rpcport = 8332
    rpcuser = "eclair"
    rpcpassword = "{g.pw('rpc_password', ctx='quoted')}"
    zmqblock = "tcp://{g.priv()}:29000"
  }}
  // webhook notifications (plugin); signed with the key below
  notifications.secret = "{g.key('notify_secret', shape='hex64')}"
  // operator: {g.email('operator_email')}
}}
"""


def electrum_notes(g):
    return f"""testnet faucet wallet -- setup notes
====================================

$ electrum --testnet restore {g.key('master_xprv', shape='tprv')}
$ electrum --testnet setconfig rpcuser faucet
$ electrum --testnet setconfig rpcpassword {g.pw('rpc_password', ctx='shell')}
$ electrum --testnet setconfig rpcport 7777
$ electrum --testnet daemon -d
$ electrum --testnet load_wallet

The faucet web app calls the daemon at {g.loop()}:7777. The public server it is pinned to:
{g.ip4('server_ip')}:51002 (cert fingerprint {g.sha256()}).

Receiving address for donations (public): {g.ph('tb1q' + g.s('qpzry9x8gf2tvdw0s3jn54khce6mua7l', 38), 'bitcoin_address')}
Maintainer: {g.email('maintainer_email')} -- electrum {g.ver()}
"""


def truffle_config_js(g):
    return f"""const HDWalletProvider = require('@truffle/hdwallet-provider');

// TODO move to .env before pushing
const mnemonic = '{mnemonic(g)}';
const deployerKey = '0x{g.key('deployer_private_key', shape='hex64')}';
const rpcKey = '{g.key('rpc_key', shape='hex32')}';

module.exports = {{
  networks: {{
    development: {{ host: '{g.loop()}', port: 8545, network_id: '*' }},
    testnet: {{
      provider: () => new HDWalletProvider(mnemonic, `https://sepolia.node-{g.word()}.io/v3/${{rpcKey}}`),
      network_id: 11155111,
      confirmations: 2,
    }},
    mainnet: {{
      provider: () => new HDWalletProvider([deployerKey], 'http://{g.ip4('rpc_ip')}:8545'),
      network_id: 1,
      gasPrice: 30e9,
    }},
  }},
  compilers: {{ solc: {{ version: '{g.ver()}' }} }},
  // contract owner address (public): {g.ph('0x' + g.hexs(40), 'eth_address')}
  // audit contact: {g.email('audit_email')}
}};
// explorer account password, for the verify plugin: {g.pw('explorer_password', ctx='plain')}
"""


def mnemonic(g):
    ws = ["abandon", "walnut", "mango", "dolphin", "velvet", "summer", "cradle", "peanut", "wrist", "ladder",
          "buffalo", "kitten", "tissue", "amber", "blossom", "vessel", "marble", "noble", "mosquito", "spider"]
    return "\ue000KEY|mnemonic\ue001" + " ".join(g.pick(ws) for _ in range(12)) + "\ue002"


def lwa_refresh_transcript(g):
    cid = "amzn1.application-oa2-client." + g.hexs(32)
    rt = g.key('refresh_token', shape='atzr')
    return f"""$ curl -s -X POST "$LWA_TOKEN_URL" \\
    -d grant_type=refresh_token \\
    -d client_id={g.ph(cid, 'client_id')} \\
    -d client_secret={g.key('client_secret', shape='hex64')} \\
    -d refresh_token='{rt}'
{{"access_token":"{g.key('access_token', shape='atza')}","refresh_token":"{rt}","token_type":"bearer","expires_in":3600}}
$ # works. the skill's account-linking test user is {g.email('test_user_email')} / {g.pw('test_user_password', ctx='shell')}
$ # called from {g.ip4('caller_ip')}; request id {g.uuid('request_uuid')}
"""


def ttn_bridge(g):
    return f"""# station.conf / tc.key setup for the rooftop gateway (basicstation, pointed at our own network server)
# tc.uri  -> wss://{g.ip4('network_server_ip')}:8887
# tc.key  -> Authorization: Bearer {g.key('gateway_api_key', shape='nnsxs')}
#
# created with:
#   ttn-lw-cli gateways api-keys create --gateway-id rooftop-{g.num(1, 9)} --right-gateway-link
# the user that ran it: {g.email('cli_user_email')}
# gateway EUI (not secret): {g.ph(g.hexs(16).upper(), 'gateway_eui')}
# backhaul LTE router web UI: http://{g.priv()} admin / {g.pw('router_password', ctx='plain')}
# network server console OAuth client secret for the dashboard: {g.key('oauth_client_secret', shape='an40')}
"""


def authorized_user_json(g):
    return f"""{{
  "type": "authorized_user",
  "client_id": "{g.ph(str(g.num(100000000000, 999999999999)) + '-' + g.s('abcdefghijklmnopqrstuvwxyz0123456789', 32) + '.apps.googleusercontent.com', 'client_id')}",
  "client_secret": "{g.key('client_secret', shape='an24')}",
  "refresh_token": "{g.key('refresh_token', shape='g1')}",
  "account": "{g.email('account_email')}",
  "universe_domain": "googleapis.com",
  "_note": "written by gcalcli {g.ver()} on the kiosk ({g.ip4('kiosk_ip')}); calendar password not stored, it was {g.pw('calendar_password', ctx='quoted')}"
}}
"""


def mesh_ci_deploy(g):
    return f"""# .ci/deploy.yml -- joins the tailnet, then deploys over SSH
name: deploy
on:
  push:
    branches: [main]
jobs:
  deploy:
    runs-on: ubuntu-24.04
    steps:
      - uses: actions/checkout@{g.ph(g.hexs(40), 'sha1')}
      - name: join tailnet
        run: |
          sudo tailscale up --authkey '{g.key('oauth_client_secret', shape='tsclient')}?ephemeral=true&preauthorized=true' \\
            --advertise-tags=tag:ci --hostname=ci-$(date +%s)
      - name: deploy
        env:
          DEPLOY_HOST: {g.shared()}
          FALLBACK_HOST: {g.ip4('fallback_ip')}
          SSH_KEY_PASSPHRASE: {g.pw('ssh_passphrase', ctx='yaml')}
          SECRETS_TOKEN: {g.key('secrets_service_token', shape='dpsa')}
          REGISTRY_TOKEN: {g.ph('${{ secrets.REGISTRY_TOKEN }}', 'secret_reference')}
        run: ./deploy.sh
      - name: notify
        run: echo "deployed by {g.email('deployer_email')}"
"""


def nak_publish(g):
    return f"""#!/bin/sh
# post the weekly changelog note from the release bot's key
NOTE=$(cat CHANGELOG-week.md)
nak event --sec {g.key('bot_secret_key', shape='bechsec')} \\
  -k 1 -c "$NOTE" wss://relay.{g.word()}.social wss://{g.ip4('relay_ip')}:7777
# the bot's public key, for people to follow: {g.ph('npub1' + g.s('qpzry9x8gf2tvdw0s3jn54khce6mua7l', 58), 'public_key')}
# strfry relay admin on the box: {g.first().lower()} / {g.pw('relay_admin_password', ctx='plain')}
# the summary step uses the tracing service key {g.key('tracing_key', shape='tracesk')}
# bucket for images: key id {g.key('storage_key_id', shape='an24')} app key {g.key('storage_app_key', shape='k005')}
# ops contact {g.email('ops_email')}; event id of last week's post {g.sha256()}
"""


TEMPLATES = [
    ("skopeo_sync", "shell", "ci/mirror-images.sh", skopeo_sync),
    ("pulp_cli_toml", "toml", "home/.config/pulp/cli.toml", pulp_cli_toml),
    ("reprepro_sign", "text", "repo/conf/distributions", reprepro_sign),
    ("gemstash_yml", "yaml", "home/.gemstash/config.yml", gemstash_yml),
    ("athens_toml", "toml", "deploy/athens/config.toml", athens_toml),
    ("ngircd_conf", "ini", "etc/ngircd/ngircd.conf", ngircd_conf),
    ("mautrix_yaml", "yaml", "bridges/chatbridge/config.yaml", mautrix_yaml),
    ("cryptpad_config_js", "javascript", "cryptpad/config/config.js", cryptpad_config_js),
    ("glauth_cfg", "toml", "etc/glauth/glauth.cfg", glauth_cfg),
    ("hanko_yaml", "yaml", "deploy/hanko/config.yaml", hanko_yaml),
    ("rauthy_cfg", "env", "rauthy/rauthy.cfg", rauthy_cfg),
    ("parse_server_js", "javascript", "server/index.js", parse_server_js),
    ("archivebox_conf", "ini", "data/ArchiveBox.conf", archivebox_conf),
    ("lndconnect_md", "markdown", "docs/node/wallet-connect.md", lndconnect_md),
    ("cln_config", "text", "home/.lightning/config", cln_config),
    ("eclair_conf", "hocon", "home/.eclair/eclair.conf", eclair_conf),
    ("electrum_notes", "text", "notes/faucet-wallet.txt", electrum_notes),
    ("truffle_config_js", "javascript", "contracts/truffle-config.js", truffle_config_js),
    ("lwa_refresh_transcript", "shell", "notes/skill-token-refresh.txt", lwa_refresh_transcript),
    ("ttn_bridge", "text", "gateway/rooftop/NOTES", ttn_bridge),
    ("authorized_user_json", "json", "kiosk/token.json", authorized_user_json),
    ("mesh_ci_deploy", "yaml", ".ci/deploy.yml", mesh_ci_deploy),
    ("nak_publish", "shell", "bots/post-changelog.sh", nak_publish),
]
