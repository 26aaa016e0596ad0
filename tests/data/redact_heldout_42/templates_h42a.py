"""Templates 1-20 of the forty-second held-out set: tunnels, VPNs, proxies and cloud CLIs.

Each function takes a value generator `g` (gen_h42.G) and returns marked text.
"""


def vpncloud_yaml(g):
    net = g.word()
    return f"""# /etc/vpncloud/{net}.net -- managed by hand, do not template
device:
  type: tun
  name: vpncloud-{net}
ip: {g.priv()}
port: 3210
peers:
  - {g.ip4('peer_ip')}:3210
  - "[{g.ip6('peer_ipv6')}]:3210"
crypto:
  # shared by the whole office mesh, rotate together
  password: {g.pw('crypto_password', ctx='yaml')}
  algorithms: [AES256, CHACHA20]
beacon:
  store: /var/lib/vpncloud/{net}.beacon
  interval: 3600
  password: {g.pw('beacon_password', ctx='yaml')}
keepalive: 240
statsd:
  server: {g.loop()}:8125
  prefix: vpncloud.{net}
# contact for this mesh: {g.email('contact_email')}
# old crypto password (before the spring rotation): {g.ph('[REDACTED]', 'masked')}
# built from {g.ver()} ({g.ssha()})
"""


def iodine_notes(g):
    dom = f"t1.{g.word()}-{g.word()}.net"
    pw = g.pw_raw('shell')
    return f"""#!/bin/sh
# DNS tunnel fallback for the field laptops.
# Server side (runs on the box at {g.ip4('server_ip')}, NS for {dom}):
set -eu
TUNNEL_NET={g.priv()}
iodined -f -c -P {pw_lab(g, pw)} "$TUNNEL_NET" {dom}
# client side, laptop issued to {g.email('owner_email')}:
#   iodine -f -P {pw_lab(g, pw)} {dom}
# nameserver override when the hotel resolver is useless:
#   iodine -f -P <same as above> {g.ip4('resolver_ip')} {dom}
# do not reuse the password from the upstream README example ({g.ph('secretpassword')})
# ping the far end once the tunnel is up: the server side is always {g.ph('10.53.0.1', 'private_ip')}
# tracking ticket {g.uuid('ticket_uuid')}; iodine {g.ver()}
# management key for the wrapper's status page: {g.key('status_key', shape='hex40')}
"""


def pw_lab(g, raw):
    """label an already drawn password (used where the same value appears twice)"""
    return "\ue000PASSWORD|tunnel_password\ue001" + raw + "\ue002"


def dnstt_service(g):
    return f"""[Unit]
Description=dnstt server (DNS tunnel over DoH/DoT)
After=network-online.target

[Service]
# the public key below is what clients get: {g.pubkey(32, 'public_key')}
# private key hex, copied from server.key on {g.ip4('host_ip')}:
#   {g.key('server_privkey', shape='hex64')}
ExecStart=/usr/local/bin/dnstt-server -udp {g.unspec()}:5300 -privkey-file /etc/dnstt/server.key t.{g.word()}.org {g.loop()}:8000
Environment=DNSTT_ADMIN_PASS={g.pw('admin_password', ctx='ini')}
LoadCredential=admin-pass:{g.ph('/etc/credstore/dnstt-admin', 'secret_reference')}
Environment=NOTIFY_TO={g.email('notify_email')}
Restart=on-failure
DynamicUser=yes

[Install]
WantedBy=multi-user.target
# checksum of the binary we deployed: {g.sha256()}
"""


def ptunnel_cmd(g):
    proxy = g.ip4('proxy_ip')
    return f"""#!/usr/bin/env bash
# ICMP tunnel for the captive-portal test rig. Proxy sits at {proxy}.
# owner: {g.email('owner_email')}
PROXY={g.ph('"${PTUNNEL_PROXY:?set PTUNNEL_PROXY}"', 'secret_reference')}
sudo ptunnel-ng -p"$PROXY" -l8000 -r{g.loop()} -R22 -x {g.pw('tunnel_password', ctx='shell')}
# the old rig used a different magic and password:
# sudo ptunnel-ng -m 0x{g.hexs(8)} -p{g.ip('old_proxy_ip', v6=0.0)} -l8000 -r{g.priv()} -R22 -x {g.pw('old_tunnel_password', ctx='shell')}
ssh -p 8000 -o UserKnownHostsFile=/dev/null {g.ph('tester@localhost', 'ssh_target')}
# upstream checksum {g.sha1()}, ptunnel-ng {g.ver()}
# API token for the rig's result uploader
export RIG_UPLOAD_TOKEN={g.key('upload_token', shape='an40')}
"""


def corkscrew_ssh(g):
    user = g.first().lower()
    return f"""# ~/.ssh/config -- only the corporate-proxy bits
Host build-*
    User {user}
    ProxyCommand corkscrew {g.ip4('proxy_ip')} 3128 %h %p ~/.ssh/proxyauth
    IdentityFile ~/.ssh/id_ed25519

Host mirror
    HostName {g.priv()}
    ProxyCommand corkscrew {g.docip()} 8080 %h %p

# ~/.ssh/proxyauth holds a single line, user:password --
#   {user}:{g.pw('proxy_password', ctx='shell')}
# (mode 0600; the proxy team is at {g.email('team_email')})
# fingerprint of build-1: {look_fp(g)}
# old proxy login, revoked: {user}:{g.ph('********', 'masked')}
# proxy-side API key for the allow-list robot: {g.key('allowlist_key', shape='an32')}
"""


def look_fp(g):
    return g.ph("SHA256:" + g.b64(32).rstrip("="), "ssh_fingerprint")


def tun2socks_sh(g):
    return f"""#!/bin/sh
# bring up tun0 and push everything through the office SOCKS proxy
ip tuntap add mode tun dev tun0
ip addr add {g.ph('198.18.0.1', 'benchmark_ip')}/15 dev tun0
ip link set dev tun0 up
tun2socks -device tun0 \\
  -proxy socks5://{g.first().lower()}:{g.pw('proxy_password', ctx='url')}@{g.ip4('proxy_ip')}:1080 \\
  -interface eth0 -loglevel info
# keep the route to the proxy itself on eth0:
ip route add {g.ip4('proxy_ip_route')}/32 via {g.priv()}
# upstream README example, do not use: socks5://user:{g.ph('pass')}@{g.ph('198.51.100.' + str(g.num(1, 254)), 'documentation_ip')}:1080
# DNS through the tunnel goes to [{g.ip6('dns_ipv6')}]
# report problems to {g.email('report_email')}; tun2socks {g.ver()}
# telemetry ingest token (not the proxy password): {g.key('telemetry_token', shape='low32')}
"""


def hevsocks_yaml(g):
    return f"""# hev-socks5-tunnel main.yml
tunnel:
  name: tun0
  mtu: 8500
  ipv4: {g.bench()}
  ipv6: '{g.ula()}'

socks5:
  port: 1080
  address: {g.ip('socks_ip', v6=0.4)}
  udp: 'udp'
  username: '{g.email('socks_user_email')}'
  password: '{g.pw('socks_password', ctx='quoted')}'

misc:
  task-stack-size: 20480
  log-file: stderr
  log-level: warn
  pid-file: /run/hev-socks5-tunnel.pid
# username is the account e-mail; the welcome mail came from {g.rmail('welcome')}
# the provider's dashboard API key (used by the renewal cron, not by the tunnel)
# {g.key('dashboard_key', shape='an24')}
# device id {g.uuid('device_uuid')}
"""


def microsocks_unit(g):
    return f"""# /etc/systemd/system/microsocks.service
[Unit]
Description=microsocks SOCKS5 server for the lab VLAN
After=network.target

[Service]
User=nobody
ExecStart=/usr/bin/microsocks -i {g.priv()} -p 1080 -u lab -P {g.pw('socks_password', ctx='shell')} -b {g.priv()}
# previous bind, before the VLAN move: -i {g.unspec()}
# auth-once whitelist example from the man page: -w {g.docip()},{g.docip()}
# whitelisted upstream checker: {g.ip4('checker_ip')}
Restart=always

[Install]
WantedBy=multi-user.target
# Maintainer: {g.email('maintainer_email')}
# hook secret for the config-sync webhook: {g.key('hook_secret', shape='b64_32')}
# package {g.ver()} sha256 {g.sha256()}
"""


def mihomo_yaml(g):
    return f"""mixed-port: 7890
allow-lan: false
bind-address: '{g.loop()}'
mode: rule
log-level: info
external-controller: {g.loop()}:9090
secret: "{g.key('controller_secret', shape='an32')}"

proxies:
  - name: "hk-{g.num(1, 9)}"
    type: ss
    server: {g.ip4('ss_server_ip')}
    port: 8388
    cipher: 2022-blake3-aes-256-gcm
    password: "{g.key('ss_psk', shape='b64_32')}"
  - name: "jp-trojan"
    type: trojan
    server: {g.ip('trojan_ip', v6=0.5)}
    port: 443
    password: "{g.pw('trojan_password', ctx='quoted')}"
    sni: cdn.{g.word()}.net
  - name: "office-socks"
    type: socks5
    server: {g.priv()}
    port: 1080
    username: {g.email('socks_user_email')}
    password: "{g.pw('socks_password', ctx='quoted')}"

proxy-groups:
  - {{name: auto, type: url-test, proxies: [hk-1, jp-trojan], url: 'http://connectivity.{g.word()}.net/generate_204', interval: 300}}
rules:
  - IP-CIDR,{g.ph('10.0.0.0', 'private_ip')}/8,DIRECT
  - MATCH,auto
# subscription URL as shown in the app (token hidden): https://sub.{g.word()}.net/api/v1/client/subscribe?token={g.ph('********', 'masked')}
# subscription uuid (not a credential, just the profile id): {g.uuid('profile_uuid')}
"""


def obfs4_torrc(g):
    fp = g.hexs(40).upper()
    return f"""## torrc for the bridge client on the reading-room kiosk
UseBridges 1
ClientTransportPlugin obfs4 exec /usr/bin/obfs4proxy
Bridge obfs4 {g.ip4('bridge_ip')}:443 {g.ph(fp, 'relay_fingerprint')} cert={g.ph(g.b64(52).rstrip('='), 'bridge_cert')} iat-mode=0
Bridge obfs4 [{g.ip6('bridge_ipv6')}]:9443 {g.ph(g.hexs(40).upper(), 'relay_fingerprint')} cert={g.ph(g.b64(52).rstrip('='), 'bridge_cert')} iat-mode=1
SocksPort {g.loop()}:9050
ControlPort 9051
# tor --hash-password output, the clear one is in the kiosk binder:
HashedControlPassword {g.ph('16:' + g.hexs(58).upper(), 'hashed_password')}
# ...and since nobody reads the binder, here it is anyway: {g.pw('control_password', ctx='plain')}
ContactInfo {g.email('contact_email')}
# bridge operator's distribution API key, needed only to fetch new lines
#   {g.key('bridgedb_key', shape='b64url43')}
"""


def wgcf_account_toml(g):
    return f"""access_token = '{g.key('access_token', shape='uuid')}'
device_id = '{g.uuid('device_id')}'
license_key = '{lic(g)}'
private_key = '{g.key('private_key', shape='b64_32')}'
# generated by wgcf {g.ver()} for the laptop of {g.email('owner_email')}
# endpoint resolved at registration time: {g.ip4('endpoint_ip')}:2408, v6 [{g.ip6('endpoint_ipv6')}]:2408
# the team enrollment mail was sent to the shared alias {g.rmail('it')}
# interface address assigned: {g.ph('172.16.0.2', 'private_ip')}
# peer public key: {g.pubkey(32)}
"""


def lic(g):
    a = g.s("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789", 8)
    b = g.s("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789", 8)
    c = g.s("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789", 8)
    return "\ue000KEY|license_key\ue001" + f"{a}-{b}-{c}" + "\ue002"


def wireproxy_conf(g):
    return f"""# wireproxy.conf
[Interface]
Address = {g.ph('10.200.' + str(g.num(0, 255)) + '.2', 'private_ip')}/32
PrivateKey = {g.key('wg_private_key', shape='b64_32')}
DNS = {g.ip4('dns_ip')}

[Peer]
PublicKey = {g.pubkey(32)}
PresharedKey = {g.key('wg_psk', shape='b64_32')}
Endpoint = {g.ip4('endpoint_ip')}:51820
PersistentKeepalive = 25

[Socks5]
BindAddress = {g.loop()}:25344
Username = {g.email('socks_user_email')}
Password = {g.pw('socks_password', ctx='ini')}

[http]
BindAddress = {g.loop()}:25345
"""


def onetun_compose(g):
    return f"""# docker-compose.yml for the onetun sidecar (exposes the db through the WG peer)
services:
  onetun:
    image: aramperes/onetun:{g.ver()}
    restart: unless-stopped
    command:
      - "{g.unspec()}:5432:{g.priv()}:5432"
      - "--endpoint-addr"
      - "{g.ip4('endpoint_ip')}:51820"
      - "--endpoint-public-key"
      - "{g.pubkey(32)}"
      - "--private-key"
      - "{g.key('wg_private_key', shape='b64_32')}"
      - "--source-peer-ip"
      - "{g.ph('192.168.4.3', 'private_ip')}"
    ports:
      - "5432:5432"
  app:
    image: registry.{g.word()}.io/ledger-api@sha256:{g.ph(g.hexs(64), 'image_digest')}
    environment:
      DATABASE_URL: "postgres://ledger:{g.pw('db_password', ctx='url')}@onetun:5432/ledger"
      ALERT_EMAIL: "{g.email('alert_email')}"
# local runs: postgres://ledger:{g.ph('ledger')}@{g.loop()}:5432/ledger
# image digest above pinned by CI run {g.ulid('ulid')}
"""


def defguard_env(g):
    return f"""# .env for defguard core
DEFGUARD_URL=https://vpn.{g.word()}-{g.word()}.com
DEFGUARD_SECRET_KEY={g.key('secret_key', shape='an40')}
DEFGUARD_AUTH_SECRET={g.key('auth_secret', shape='hex64')}
DEFGUARD_GATEWAY_SECRET={g.key('gateway_secret', shape='b64url43')}
DEFGUARD_DB_HOST={g.priv()}
DEFGUARD_DB_USER=defguard
DEFGUARD_DB_PASSWORD={g.pw('db_password', ctx='ini')}
DEFGUARD_DEFAULT_ADMIN_PASSWORD={g.pw('admin_password', ctx='ini')}
DEFGUARD_GRPC_PORT=50055
DEFGUARD_OPENID_KEY={g.ph('/run/secrets/openid.pem', 'secret_reference')}
# SMTP is configured in the UI; the relay is {g.ip4('smtp_ip')} with login {g.email('smtp_user_email')}
# leave these unset in dev:
DEFGUARD_LDAP_BIND_PASSWORD={g.ph('CHANGE_ME_LDAP')}
DEFGUARD_COOKIE_INSECURE=false
# {g.ver()} / {g.ssha()}
"""


def fastd_conf(g):
    return f"""# /etc/fastd/mesh/fastd.conf
interface "mesh-vpn";
bind {g.unspec()}:10000;
bind [::]:10000;
method "salsa2012+umac";
mtu 1406;
# our secret (fastd --generate-key); public part is {g.ph(g.hexs(64), 'public_key')}
secret "{g.key('fastd_secret', shape='hex64')}";
include peers from "peers";
on up "
  ip link set up dev $INTERFACE
  ip addr add {g.priv()}/16 dev $INTERFACE
";
# peers/supernode1:
#   key "{g.ph(g.hexs(64), 'public_key')}";
#   remote ipv4 "{g.ip4('supernode_ip')}" port 10000;
#   remote ipv6 "{g.ip6('supernode_ipv6')}" port 10000;
# status socket password for the monitoring script: {g.pw('status_password', ctx='plain')}
# community contact: {g.email('community_email')}
"""


def peervpn_conf(g):
    return f"""# peervpn.conf -- site-to-site between the two workshops
networkname {g.word()}net
psk {g.pw('psk', ctx='plain')}
enabletunneling yes
interface peervpn0
ifconfig4 {g.priv()}/24
ifconfig6 {g.ula()}/64
port 7000
initpeers {g.ip4('initpeer_ip')} 7000 {g.ip4('initpeer2_ip')} 7000
local {g.unspec()}
# the upstream example config has psk {g.ph('mysecretpassword')}; ours is above
# workshop B moved; its old address {g.docip()} was the example in the manual anyway
# maintained by {g.email('maintainer_email')}
# monitoring push key: {g.key('monitor_key', shape='hex32')}
"""


def easytier_toml(g):
    return f"""# easytier-core config (config.toml)
instance_name = "{g.word()}-edge"
instance_id = "{g.uuid('instance_uuid')}"
ipv4 = "{g.ph('10.144.144.' + str(g.num(2, 250)), 'private_ip')}"
dhcp = false
listeners = ["tcp://{g.unspec()}:11010", "udp://{g.unspec()}:11010", "wg://[::]:11011"]
rpc_portal = "{g.loop()}:15888"

[network_identity]
network_name = "{g.word()}-{g.word()}"
network_secret = "{g.pw('network_secret', ctx='quoted')}"

[[peer]]
uri = "tcp://{g.ip4('peer_ip')}:11010"

[[peer]]
uri = "udp://[{g.ip6('peer_ipv6')}]:11010"

[flags]
default_protocol = "tcp"
enable_encryption = true
# web console login for {g.email('console_email')}: token {g.key('console_token', shape='an32')}
"""


def cherryctl_yaml(g):
    return f"""# ~/.config/cherry/default.yaml  (cherryctl context)
auth-token: {g.key('auth_token', shape='jwt')}
team-id: {g.num(10000, 99999)}
project-id: {g.num(100000, 999999)}
# notes for the next person:
#  - the instance for the status page is {g.ip4('instance_ip')} ({g.uuid('instance_id')})
#  - the reserved floating IP is {g.ip4('instance_ip2')}
#  - its VPC address is {g.priv()}
#  - billing contact {g.email('billing_email')}
#  - startup script id {g.uuid('script_uuid')}
#  - root password from the create call (change it!): {g.pw('root_password', ctx='plain')}
"""


def cherry_tfvars(g):
    return f"""# prod.auto.tfvars -- do NOT commit (it was committed; rotate everything below)
cherry_auth_token = "{g.key('auth_token', shape='an40')}"
region          = "eu_nord_1"
plan            = "e5_1620v4"
admin_cidrs     = ["{g.ip4('admin_ip')}/32", "{g.ip('admin_ip2', v6=0.5)}/32"]
vpc_gateway     = "{g.priv()}"
db_password     = "{g.pw('db_password', ctx='quoted')}"
acme_email      = "{g.email('acme_email')}"
ssh_public_key  = "ssh-ed25519 {g.pubkey(32)} deploy"
# smtp_password comes from {g.ph("TF_VAR_smtp_password", "secret_reference")} in CI, never from this file
image_checksum  = "{g.sha256()}"
tags = {{
  owner   = "{g.first().lower()}"
  release = "{g.ver()}"
}}
"""


def wg_portal_yaml(g):
    return f"""# wg-portal config.yml
core:
  admin_user: {g.email('admin_email')}
  admin_password: {g.pw('admin_password', ctx='yaml')}
  admin_api_token: {g.key('admin_api_token', shape='b64url43')}
  create_default_peer: true
  # ldap bind password is read from {g.ph('${WG_PORTAL_LDAP_PASSWORD}', 'secret_reference')}

web:
  external_url: https://wg.{g.word()}.org
  listening_address: {g.unspec()}:8888
  session_secret: "{g.key('session_secret', shape='an32')}"
  csrf_secret: "{g.key('csrf_secret', shape='hex32')}"

database:
  type: postgres
  dsn: "host={g.priv()} user=wgportal password={g.pw('db_password', ctx='quoted')} dbname=wgportal sslmode=require"

mail:
  host: {g.ip4('smtp_ip')}
  port: 587
  encryption: starttls
  user: {g.email('smtp_user_email')}
  password: "{g.pw('smtp_password', ctx='quoted')}"
  from: "WG Portal <{g.rmail('noreply')}>"

advanced:
  start_listen_port: 51820
  use_ip_v6: true
  # ipv6 range handed to peers: {g.ula()}/64
"""


TEMPLATES = [
    ("vpncloud_yaml", "yaml", "etc/vpncloud/office.net", vpncloud_yaml),
    ("iodine_notes", "shell", "ops/dns-tunnel/run-iodined.sh", iodine_notes),
    ("dnstt_service", "ini", "etc/systemd/system/dnstt-server.service", dnstt_service),
    ("ptunnel_cmd", "shell", "rig/icmp-tunnel.sh", ptunnel_cmd),
    ("corkscrew_ssh", "text", "home/.ssh/config", corkscrew_ssh),
    ("tun2socks_sh", "shell", "scripts/tun-up.sh", tun2socks_sh),
    ("hevsocks_yaml", "yaml", "etc/hev-socks5-tunnel/main.yml", hevsocks_yaml),
    ("microsocks_unit", "ini", "etc/systemd/system/microsocks.service", microsocks_unit),
    ("mihomo_yaml", "yaml", "home/.config/mihomo/config.yaml", mihomo_yaml),
    ("obfs4_torrc", "text", "etc/tor/torrc", obfs4_torrc),
    ("wgcf_account_toml", "toml", "wgcf-account.toml", wgcf_account_toml),
    ("wireproxy_conf", "ini", "etc/wireproxy/wireproxy.conf", wireproxy_conf),
    ("onetun_compose", "yaml", "deploy/onetun/docker-compose.yml", onetun_compose),
    ("defguard_env", "env", "deploy/defguard/.env", defguard_env),
    ("fastd_conf", "text", "etc/fastd/mesh/fastd.conf", fastd_conf),
    ("peervpn_conf", "text", "etc/peervpn/peervpn.conf", peervpn_conf),
    ("easytier_toml", "toml", "etc/easytier/config.toml", easytier_toml),
    ("cherryctl_yaml", "yaml", "home/.config/cherry/default.yaml", cherryctl_yaml),
    ("cherry_tfvars", "hcl", "infra/prod.auto.tfvars", cherry_tfvars),
    ("wg_portal_yaml", "yaml", "config/wg-portal/config.yml", wg_portal_yaml),
]
