"""Templates for held-out set 52, part c (infrastructure, networking, chain nodes)."""

T = []

T.append(("pigsty_yml", "yaml", "pigsty.yml", r'''all:
  children:
    infra: { hosts: { «L:private_ip»: { infra_seq: 1 } } }
    etcd: { hosts: { «L:private_ip»: { etcd_seq: 1 } }, vars: { etcd_cluster: etcd } }
    pg-meta:
      hosts: { «L:private_ip»: { pg_seq: 1, pg_role: primary } }
      vars:
        pg_cluster: pg-meta
        pg_users:
          - { name: dbuser_meta, password: «p:dbuser_meta_password:yaml», pgbouncer: true, roles: [dbrole_admin], comment: admin user }
          - { name: dbuser_view, password: «p:dbuser_view_password:yaml», pgbouncer: true, roles: [dbrole_readonly] }
        pg_databases: [{ name: meta, baseline: cmdb.sql, schemas: [pigsty] }]
        pg_vip_enabled: true
        pg_vip_address: «L:private_ip»/24
        pg_vip_interface: eth1
  vars:
    version: v«L:version»
    admin_ip: «L:private_ip»
    region: default
    proxy_env:
      no_proxy: "localhost,«L:loopback_ip=127.0.0.1»,«L:private_ip=10.0.0.0»/8,«L:private_ip=192.168.0.0»/16,*.pigsty"
      http_proxy: http://«w:word»:«p:proxy_password:url»@«ip4:proxy_host»:8118
    # public address of the admin node (for the certificate step)
    infra_public_ip: «ip:infra_public_ip»
    pg_admin_password: «p:pg_admin_password:yaml»
    pg_monitor_password: «p:pg_monitor_password:yaml»
    pg_replication_password: «p:pg_replication_password:yaml»
    patroni_password: «p:patroni_password:yaml»
    haproxy_admin_password: «p:haproxy_admin_password:yaml»
    minio_secret_key: «k:minio_secret_key:an40»
    pgbackrest_repo:
      minio:
        type: s3
        s3_endpoint: sss.pigsty
        s3_key: pgbackrest
        s3_key_secret: «k:pgbackrest_s3_secret:an32»
        cipher_type: aes-256-cbc
        cipher_pass: «p:pgbackrest_cipher_pass:yaml»
    # the template defaults «L:default_password=DBUser.Meta» and «L:default_password=pigsty» were replaced on «L:date»
    alert_email: «e:alert_email»
'''))

T.append(("resilio_sync_json", "json", "/etc/resilio-sync/config.json", r'''{
  "device_name": "«w:word»-nas",
  "listening_port": «n:20000-60000»,
  "storage_path": "/var/lib/resilio-sync/",
  "pid_file": "/var/run/resilio-sync/sync.pid",
  "use_upnp": false,
  "download_limit": 0,
  "upload_limit": 0,
  "webui": {
    "listen": "«L:unspecified_ip»:8888",
    "login": "«w:first»",
    "password": "«p:webui_password:json»",
    "force_https": true,
    "ssl_certificate": "/etc/resilio-sync/cert.pem",
    "ssl_private_key": "/etc/resilio-sync/key.pem"
  },
  "shared_folders": [
    {
      "secret": "«k:folder_secret_rw:A+uan32»",
      "dir": "/srv/photos",
      "use_relay_server": true,
      "use_tracker": true,
      "search_lan": true,
      "use_sync_trash": true,
      "overwrite_changes": false,
      "known_hosts": ["«ip4:known_host_1»:«n:20000-60000»", "«L:private_ip»:«n:20000-60000»"]
    },
    {
      "secret": "«k:folder_secret_ro:B+uan32»",
      "dir": "/srv/backups/«w:word»",
      "use_relay_server": false,
      "use_tracker": true,
      "search_lan": false,
      "known_hosts": ["«ipb:known_host_2»:«n:20000-60000»"]
    }
  ],
  "_comment": "owner «e:owner», set up «L:date»"
}
'''))

T.append(("packetfence_pf_conf", "ini", "/usr/local/pf/conf/pf.conf", r'''[general]
domain=«w:word».local
hostname=pf
dhcpservers=«L:private_ip»
timezone=«c:Africa/Maputo|Asia/Tbilisi|Pacific/Apia»

[alerting]
emailaddr=«e:alerting_emailaddr»
fromaddr=«e:alerting_fromaddr»
smtpserver=«ip4:smtpserver»
smtp_port=587
smtp_encryption=starttls
smtp_username=«e:smtp_username»
smtp_password=«p:smtp_password:ini»

[database]
host=«ip:db_host»
user=pf
pass=«p:db_pass:ini»
db=pf

[interface eth0]
ip=«L:private_ip»
mask=«L:netmask=255.255.255.0»
type=management

[interface eth1.10]
ip=«L:private_ip»
mask=«L:netmask=255.255.255.0»
type=internal
enforcement=vlan

[active_active]
password=«p:active_active_password:ini»
virtual_router_id=«n:1-200»

[webservices]
user=webservices
pass=«p:webservices_pass:ini»

[fencing]
passthroughs=*.«w:word».org,«ip4:passthrough_host»

# core switch «L:mac_address» uses RADIUS secret «k:radius_secret:an24»
# pfcmd version «L:version», reviewed «L:date»
'''))

T.append(("octez_bash_history", "shell", "home/«w:first»/.bash_history", r'''octez-node config init --network mainnet --history-mode rolling --rpc-addr «L:loopback_ip»:8732
octez-node snapshot import /tmp/mainnet.rolling --block «L:block_hash_b58=B«w:an50»»
octez-node run --rpc-addr «L:loopback_ip»:8732 --net-addr «L:unspecified_ip»:9732 --peer «ip4:peer_1»:9732 --peer [«ip6:peer_2_ipv6»]:9732 &
octez-client -E http://«L:loopback_ip»:8732 bootstrapped
octez-client import secret key baker unencrypted:«k:baker_secret_key:edsk+b58_50» --force
octez-client list known addresses
octez-client register key baker as delegate
echo "«p:signer_passphrase:shell»" | octez-signer launch http signer -a «ip4:signer_host» -p 6732
curl -s http://«L:loopback_ip»:8732/chains/main/blocks/head/header | jq .level
scp ~/.tezos-client/secret_keys «w:first»@«ip4:backup_host»:backup/
curl -X POST -H 'Content-Type: application/json' -d '{"text":"baker restarted"}' https://hooks.slack.com/services/T«w:uan8»/B«w:uan10»/«k:slack_webhook_token:an24»
octez-client transfer 10 from baker to «L:tezos_address=tz1«w:an33»» --burn-cap 0.06
mail -s "baker restarted" «e:notify_email» < /dev/null
octez-client rpc get /chains/main/blocks/head/context/delegates/«L:tezos_address=tz1«w:an33»»
sudo ufw allow from «ip:ufw_allow» to any port 9732
journalctl -u octez-baker --since "«L:date» «L:log_time»"
'''))

T.append(("dozzle_compose_yml", "yaml", "compose.yml", r'''services:
  dozzle:
    image: amir20/dozzle:v«L:version»@«L:image_digest»
    container_name: dozzle
    environment:
      DOZZLE_AUTH_PROVIDER: simple
      DOZZLE_REMOTE_AGENT: «ip4:agent_1»:7007,«ip4:agent_2»:7007
      DOZZLE_HOSTNAME: logs.«w:word».net
      DOZZLE_ENABLE_ACTIONS: "false"
    volumes:
      - /var/run/docker.sock:/var/run/docker.sock:ro
    configs:
      - source: dozzle_users
        target: /data/users.yml
    ports:
      - "«L:loopback_ip»:8080:8080"

x-notes:
  # alert hook for the channel; the last path part is the secret
  webhook: https://hooks.slack.com/services/T«w:uan8»/B«w:uan10»/«k:slack_webhook_token:an24»
  # plain password for the ops user until the vault entry exists: «p:ops_password:plain»

configs:
  dozzle_users:
    content: |
      users:
        «w:first»:
          email: «e:user_email_1»
          name: «w:First» «w:Last»
          password: «L:bcrypt_hash»
        ops:
          email: «e:user_email_2»
          name: Ops
          password: «L:bcrypt_hash»
          filter: "label=com.«w:word».team=ops"
'''))

T.append(("evilginx_session_transcript", "text", "engagements/«w:word»/phish-session.log", r'''# authorised engagement, lead «e:engagement_lead», window ends «L:date»
: config domain login-«w:word~d».net
[«L:log_time»] [inf] server domain set to: login-«v:d».net
: config ipv4 external «ip4:external_ipv4~ext»
[«L:log_time»] [inf] server external IP set to: «=ext»
: config ipv4 bind «L:unspecified_ip»
: blacklist unauth
: phishlets hostname o365 login-«v:d».net
: phishlets enable o365
[«L:log_time»] [inf] enabled phishlet 'o365'
: lures create o365
[«L:log_time»] [inf] created lure with ID: 0
: lures get-url 0
https://login.login-«v:d».net/«w:an8»
: sessions

+----+----------+--------------------------------------+----------------------+----------+------------------+
| id | phishlet | username                             | password             | tokens   | remote ip        |
+----+----------+--------------------------------------+----------------------+----------+------------------+
| 1  | o365     | «e:victim_1~v1» | «p:victim_password_1:word~v1pw» | captured | «ip4:victim_ip_1~v1ip» |
| 2  | o365     | «e:victim_2» | «p:victim_password_2:word» | none     | «ip:victim_ip_2» |
+----+----------+--------------------------------------+----------------------+----------+------------------+

: sessions 1

 id           : 1
 phishlet     : o365
 username     : «=v1»
 password     : «=v1pw»
 tokens       : captured
 remote ip    : «=v1ip»
 create time  : «L:date» «L:log_time»

[ cookies ]
[{"path":"/","domain":"login.microsoftonline.com","expirationDate":«n:1800000000-1900000000»,"value":"«k:session_cookie:b64u_96»","name":"ESTSAUTHPERSISTENT","httpOnly":true}]

: config redirect_url https://www.«w:word».com
'''))

T.append(("kubeadm_join_runbook_md", "markdown", "docs/runbooks/add-worker.md", r'''# Adding a worker to the «w:word» cluster

Last verified «L:date» on Kubernetes v«L:version».

1. On the control plane, print a join command (tokens live 24 h):

   ```console
   $ kubeadm token create --print-join-command
   kubeadm join «ip4:api_endpoint»:6443 --token «k:bootstrap_token:«w:lan6».+lan16» --discovery-token-ca-cert-hash «L:ca_cert_hash»
   ```

2. For a new control-plane node, upload the certificates and pass the key:

   ```console
   $ sudo kubeadm init phase upload-certs --upload-certs
   [upload-certs] Using certificate key:
   «k:certificate_key:hex64»
   ```

   The key above is from the last run; it expires after two hours.

3. The API is also reachable over IPv6 at `https://[«ip6:api_endpoint_ipv6»]:6443`.

4. Upstream example (not ours): `kubeadm join --token «L:placeholder=abcdef.0123456789abcdef» «L:documentation_ip»:6443`.

5. Pull the base image with the deploy account:
   `crictl pull --creds deploy:«p:registry_password:shell» registry.«w:word».io/base:«L:version»`

Node range «L:private_ip»/20, pod CIDR «L:private_ip»/16. Questions to «e:platform_team».
'''))

T.append(("gardener_cloud_secrets_yaml", "yaml", "secrets/«w:word»-openstack.yaml", r'''# Cloud provider credentials for shoots in the «w:word» project
apiVersion: v1
kind: Secret
metadata:
  name: «w:word»-openstack
  namespace: garden-«w:word»
  annotations:
    created-by: «e:created_by»
type: Opaque
stringData:
  domainName: «w:word»
  tenantName: «w:word»-prod
  username: «e:openstack_username»
  password: "«p:openstack_password:quoted»"
  authURL: https://keystone.«w:word».cloud:5000/v3
  applicationCredentialID: «L:application_credential_id=«w:hex32»»
  applicationCredentialSecret: «k:application_credential_secret:b64un_48»
---
# DNS provider account, rotated «L:date»:
#   access key «k:aws_access_key_id:AKIA+uan16~akid»
#   secret     «k:aws_secret_access_key:b64n_30~sak»
apiVersion: v1
kind: Secret
metadata:
  name: «w:word»-dns-route
  namespace: garden-«w:word»
  uid: «L:k8s_uid»
type: Opaque
data:
  accessKeyID: «b64:aws_access_key_id_b64:akid»
  secretAccessKey: «b64:aws_secret_access_key_b64:sak»
# seed ingress «ip4:seed_ingress»
'''))

T.append(("kairos_cloud_config_yaml", "yaml", "kairos-«w:word».yaml", r'''#cloud-config

hostname: kairos-«w:word»-{{ trunc 4 .MachineID }}
users:
  - name: kairos
    passwd: «p:kairos_passwd:yaml»
    ssh_authorized_keys:
      - github:«w:first»
      - «L:ssh_pubkey» «w:first»-laptop
    groups:
      - admin

install:
  device: auto
  auto: true
  reboot: true

p2p:
  disable_dht: true
  network_token: «k:p2p_network_token:b64_96»
  network_id: «w:word»-edge
  auto:
    enable: true
    ha:
      enable: true
      master_nodes: 2

k3s:
  enabled: true
  args:
    - --tls-san=«ip:tls_san»
    - --node-external-ip=«ip4:node_external_ip»
  env:
    K3S_TOKEN: «k:k3s_token:K10+hex64»

stages:
  boot:
    - name: "Registry mirror"
      files:
        - path: /etc/rancher/k3s/registries.yaml
          content: |
            configs:
              "registry.«w:word».io":
                auth:
                  username: edge
                  password: «p:registry_password:yaml»
  initramfs:
    - name: "Set timezone and NTP"
      timesyncd:
        NTP: «ip4:ntp_server»
      commands:
        - echo "provisioned «L:date» for «e:site_owner»" > /etc/motd
'''))

T.append(("xmrig_config_json", "json", "xmrig/config.json", r'''{
    "autosave": true,
    "cpu": true,
    "opencl": false,
    "cuda": false,
    "api": {
        "id": null,
        "worker-id": "«w:word»-rig-«n:1-9»"
    },
    "http": {
        "enabled": true,
        "host": "«L:unspecified_ip»",
        "port": 18080,
        "access-token": "«k:http_access_token:an32»",
        "restricted": true
    },
    "pools": [
        {
            "algo": "rx/0",
            "coin": null,
            "url": "«ip4:pool_host»:3333",
            "user": "«L:monero_address»",
            "pass": "«p:pool_pass:json»",
            "rig-id": "«w:word»",
            "keepalive": true,
            "tls": true,
            "tls-fingerprint": "«L:sha256_checksum»"
        },
        {
            "url": "«ipb:backup_pool»:443",
            "user": "«L:monero_address»",
            "pass": "«L:placeholder=x»",
            "tls": true
        }
    ],
    "log-file": "/var/log/xmrig.log",
    "donate-level": 1,
    "_notes": "dashboard login «e:dashboard_login»"
}
'''))

T.append(("zcash_conf", "conf", "home/«w:first»/.zcash/zcash.conf", r'''# zcashd configuration for the «w:word» explorer node
mainnet=1
txindex=1
insightexplorer=1
experimentalfeatures=1
lightwalletd=1
rpcuser=«w:word»rpc
rpcpassword=«p:rpcpassword:ini»
rpcbind=«L:loopback_ip»
rpcallowip=«L:loopback_ip»
rpcallowip=«L:private_ip»/24
rpcport=8232
addnode=«ip4:addnode_1»
addnode=«ipb:addnode_2»:8233
externalip=«ip:externalip»
# mining address: «L:zcash_taddr=t1«w:an33»»
# lightwalletd: --grpc-bind-addr «L:unspecified_ip»:9067 --zcash-conf-path ~/.zcash/zcash.conf
# rpcauth for the explorer: «L:rpcauth_hash=explorer:«w:hex32»$«w:hex64»»
# alerts to «e:alerts_email»; last reindex «L:date»
'''))

T.append(("dogecoin_conf", "conf", "home/«w:first»/.dogecoin/dogecoin.conf", r'''# dogecoind config for the tipping bot backend
server=1
daemon=1
txindex=1
rpcuser=tipbot
rpcpassword=«p:rpcpassword:ini»
rpcport=22555
rpcbind=«L:loopback_ip»
rpcallowip=«L:loopback_ip»
rpcallowip=«L:private_ip»/16
rpcallowip=«ip4:rpcallowip_public»
addnode=«ip4:addnode_1»
addnode=«ipb:addnode_2»:22556
externalip=«ip:externalip»
walletnotify=/opt/tipbot/notify.sh %s
paytxfee=0.01
# hot wallet encrypted with: «p:wallet_passphrase:plain»
# dumpprivkey for the faucet address «L:dogecoin_address=D«w:an33»» (do NOT keep it here):
# «k:faucet_wif_key:Q+b58_51»
# bot contact «e:bot_contact»; checked block «L:block_hash» on «L:date»
'''))

T.append(("fulcrum_dockerfile", "dockerfile", "docker/fulcrum/Dockerfile", r'''FROM cculianu/fulcrum:v«L:version» AS base
# pinned digest «L:image_digest»

LABEL maintainer="«e:maintainer»"

ENV DATA_DIR=/data \
    SSL_CERTFILE=/data/fulcrum.crt \
    SSL_KEYFILE=/data/fulcrum.key

# build-time credentials for the private apt mirror (to be moved to a BuildKit secret)
ARG MIRROR_USER=builder
ARG MIRROR_PASS=«p:mirror_pass:shell»
RUN echo "deb https://${MIRROR_USER}:${MIRROR_PASS}@apt.«w:word».net/debian bookworm main" > /etc/apt/sources.list.d/internal.list \
 && apt-get update && apt-get install -y --no-install-recommends jq curl && rm -rf /var/lib/apt/lists/*

COPY fulcrum.conf /etc/fulcrum.conf
RUN sed -i "s|^rpcpassword = .*|rpcpassword = «p:node_rpcpassword:shell»|" /etc/fulcrum.conf \
 && sed -i "s|^bitcoind = .*|bitcoind = «ip4:node_rpc_host»:8332|" /etc/fulcrum.conf

ENV ADMIN_RPC_TOKEN=«k:admin_rpc_token:hex40»
ENV STATS_WEBHOOK=https://hooks.«w:word».net/fulcrum/«k:stats_webhook_key:b64u_28»
HEALTHCHECK CMD curl -fs http://«L:loopback_ip»:8080/stats || exit 1
EXPOSE 50001 50002
# announced as tcp://«ipb:announce_host»:50001
CMD ["Fulcrum", "/etc/fulcrum.conf"]
'''))

T.append(("rippled_cfg", "cfg", "/etc/opt/ripple/rippled.cfg", r'''[server]
port_rpc_admin_local
port_peer
port_ws_admin_local

[port_rpc_admin_local]
port = 5005
ip = «L:loopback_ip»
admin = «L:loopback_ip»
protocol = http

[port_peer]
port = 51235
ip = «L:unspecified_ip»
protocol = peer

[port_ws_admin_local]
port = 6006
ip = «L:loopback_ip»
admin = «L:loopback_ip»
admin_user = «w:word»
admin_password = «p:admin_password:ini»
protocol = ws

[node_size]
medium

[node_db]
type=NuDB
path=/var/lib/rippled/db/nudb
online_delete=512
advisory_delete=0

[ips_fixed]
«ip4:ips_fixed_1» 51235
«ip:ips_fixed_2» 51235

[validators_file]
validators.txt

[validation_seed]
«k:validation_seed:s+b58_28»

[rpc_startup]
{ "command": "log_level", "severity": "warning" }

[ssl_verify]
1
# validator public key «L:validator_public_key», domain verified «L:date»
# contact «e:validator_contact»
'''))

T.append(("java_tron_config_conf", "hocon", "config.conf", r'''net {
  type = mainnet
}

storage {
  db.version = 2,
  db.engine = "LEVELDB",
  db.directory = "database",
  index.directory = "index",
}

node.discovery = {
  enable = true
  persist = true
  external.ip = "«ip4:external_ip»"
}

node {
  trustNode = "«L:loopback_ip»:50051"
  listen.port = 18888
  connection.timeout = 2
  active = [
    "«ip4:active_peer_1»:18888",
    "«ip4:active_peer_2»:18888"
  ]
  passive = [
    "«L:private_ip»:18888"
  ]
  http {
    fullNodePort = 8090
    solidityPort = 8091
  }
  rpc {
    port = 50051
  }
}

seed.node = {
  ip.list = [
    "«ip4:seed_1»:18888",
    "«ipb:seed_2»:18888"
  ]
}

localwitness = [
  "«k:localwitness_private_key:hex64»"
]
# localwitnesskeystore = ["localwitnesskeystore.json"]  (keystore password «p:keystore_password:plain»)

block = {
  needSyncCheck = true
  maintenanceTimeInterval = 21600000
  proposalExpireTime = 259200000
}
# SR address «L:tron_address=T«w:an33»», operator «e:operator»
# monitoring job API key «k:monitoring_api_key:uuid»
'''))

T.append(("corda_node_conf", "hocon", "node.conf", r'''myLegalName = "O=«w:Word» Cooperative Bank,L=«c:Maputo|Apia|Tbilisi|Suva»,C=«c:MZ|WS|GE|FJ»"
p2pAddress = "«ip4:p2p_address»:10002"
rpcSettings {
    address = "«L:unspecified_ip»:10003"
    adminAddress = "«L:loopback_ip»:10043"
}
rpcUsers = [
    {
        username = "ops"
        password = "«p:rpc_ops_password:quoted»"
        permissions = [ ALL ]
    },
    {
        username = "reporting"
        password = "«p:rpc_reporting_password:quoted»"
        permissions = [ "InvokeRpc.vaultQueryBy", "InvokeRpc.networkMapSnapshot" ]
    }
]
dataSourceProperties {
    dataSourceClassName = "org.postgresql.ds.PGSimpleDataSource"
    dataSource.url = "jdbc:postgresql://«ipb:db_host»:5432/corda"
    dataSource.user = corda
    dataSource.password = "«p:datasource_password:quoted»"
}
keyStorePassword = "«p:keystore_password:quoted»"
trustStorePassword = "«p:truststore_password:quoted»"
devMode = false
networkServices {
    doormanURL = "https://doorman.«w:word».net"
    networkMapURL = "https://netmap.«w:word».net"
}
emailAddress = "«e:node_email»"
# network parameters hash «L:sha256_checksum», CorDapp «L:version»
# the dev default for the trust store was «L:default_password=trustpass»
'''))

T.append(("ponder_config_ts", "typescript", "ponder.config.ts", r'''import { createConfig } from "ponder";
import { http } from "viem";
import { ERC20Abi } from "./abis/ERC20Abi";

// RPC keys are per project; rotate them from the provider dashboard («e:rpc_account»)
const ALCHEMY_KEY = process.env.ALCHEMY_KEY ?? "«k:alchemy_key:an32»";
const ARCHIVE_RPC = "http://indexer:«p:archive_rpc_password:url»@«ipb:archive_rpc_host»:8545";

export default createConfig({
  database: {
    kind: "postgres",
    connectionString: "postgres://ponder:«p:db_password:url»@«ip4:db_host»:5432/ponder",
  },
  chains: {
    mainnet: { id: 1, rpc: http(`https://eth-mainnet.g.alchemy.com/v2/${ALCHEMY_KEY}`) },
    base: { id: 8453, rpc: http(ARCHIVE_RPC) },
  },
  contracts: {
    RewardToken: {
      chain: "mainnet",
      abi: ERC20Abi,
      address: "«L:eth_address»",
      startBlock: «n:15000000-21000000»,
    },
    Treasury: {
      chain: "base",
      abi: ERC20Abi,
      address: "«L:eth_address»",
      startBlock: «n:1000000-9000000»,
    },
  },
});

// deployer for the testnet scripts only: «k:deployer_private_key:0x+hex64»
// last sync «L:timestamp», commit «L:git_commit»
'''))

T.append(("cometbft_config_toml", "toml", ".«w:word»d/config/config.toml", r'''# This is a TOML config file.
proxy_app = "tcp://«L:loopback_ip»:26658"
moniker = "«w:word»-validator-«n:1-9»"
db_backend = "goleveldb"
log_level = "info"

[rpc]
laddr = "tcp://«L:unspecified_ip»:26657"
cors_allowed_origins = []

[p2p]
laddr = "tcp://«L:unspecified_ip»:26656"
external_address = "«ip4:external_address»:26656"
seeds = "«L:node_id»@«ip4:seed_1»:26656,«L:node_id»@«ip4:seed_2»:26656"
persistent_peers = "«L:node_id»@«ipb:peer_1»:26656"
private_peer_ids = "«L:node_id»"
pex = true

[mempool]
size = 5000

[statesync]
enable = true
rpc_servers = "https://rpc.«w:word».network:443,https://rpc2.«w:word».network:443"
trust_height = «n:1000000-9000000»
trust_hash = "«L:block_hash»"
trust_period = "168h0m0s"

[instrumentation]
prometheus = true

# priv_validator_key.json, pasted during the migration (delete after the move!):
# {"address": "«L:validator_address»",
#  "pub_key": {"type": "tendermint/PubKeyEd25519", "value": "«L:pubkey_b64»"},
#  "priv_key": {"type": "tendermint/PrivKeyEd25519", "value": "«k:priv_validator_key:b64_64»"}}
'''))
