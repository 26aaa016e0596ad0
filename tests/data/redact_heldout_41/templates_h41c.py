"""Templates 48-72 of held-out set 41 (each written one by one)."""


def t_ipmitool_sh(g):
    return "shell", "ops/bmc-power-cycle.sh", f"""#!/bin/bash
# power-cycle a hung node through its BMC; BMCs sit on the OOB network except the colo one
declare -A BMC=(
  [node03]={g.priv()}
  [node04]={g.priv()}
  [colo01]={g.I("colo_bmc_ip", 0.0)}
)
# when DHCP on the OOB switch fails the BMCs fall back to {g.linklocal()}
BMC_USER=ADMIN
BMC_SESSION_KEY={g.K("bmc_kg_key", "hex40")}  # IPMI Kg key
BMC_PASS='{g.P("bmc_password", "shell")}'
host=${{1:?node name}}
ipmitool -I lanplus -H "${{BMC[$host]}}" -U "$BMC_USER" -P "$BMC_PASS" chassis power cycle
ipmitool -I lanplus -H "${{BMC[$host]}}" -U "$BMC_USER" -P "$BMC_PASS" sel list | tail -n 5
# vendor support case opened by {g.E("support_contact_email")}, firmware {g.ver()}
# the BMC web login for the night shift: operator / {g.P("bmc_operator_password", "shell")}
"""


def t_racadm_cmds(g):
    host = g.I("idrac_ip", 0.0)
    return "shell", "ops/idrac-alerts.txt", f"""racadm -r {host} -u root -p '{g.P("idrac_password", "shell")}' set iDRAC.EmailAlert.Address.1 {g.E("alert_email")}
racadm -r {host} -u root -p '{g.P("idrac_password", "shell")}' set iDRAC.RemoteHosts.SMTPServerIPAddress {g.priv()}
racadm -r {g.I("idrac_ip", 0.0)} -u root -p '{g.ph("calvin")}' getsysinfo   # factory default, rejected since 2024
racadm testemail -i 1
racadm -r {g.priv()} -u root -p '{g.P("idrac_password", "shell")}' set iDRAC.Users.3.Password {g.masked()}
# service tag {g.L("service_tag", g.s("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789", 7))}, lifecycle log id {g.n(10000, 99999)}
"""


def t_openbmc_curl(g):
    ip = g.IU("bmc_ip", 0.3)
    return "shell", "ops/redfish-sensors.sh", f"""#!/bin/sh
# dump thermal readings from the OpenBMC redfish API
curl -sk -u root:{g.P("bmc_root_password", "url")} https://{ip}/redfish/v1/Chassis/chassis/Thermal | jq '.Temperatures[] | {{Name, ReadingCelsius}}'
# session variant:
TOKEN=$(curl -sk -X POST https://{ip}/redfish/v1/SessionService/Sessions -d '{{"UserName":"root","Password":"'"$BMC_PASS"'"}}' -D - | awk '/X-Auth-Token/ {{print $2}}')
curl -sk -H "X-Auth-Token: {g.K("redfish_session_token", g.pick(["an24", "lo32", "hex32"]))}" https://{ip}/redfish/v1/Systems/system
# $BMC_PASS is {g.ref("BMC_PASS")} from the ops env; firmware {g.ver()}; report to {g.E("hw_team_email")}
"""


def t_upsmon_conf(g):
    return "text", "etc/nut/upsmon.conf", f"""# NUT upsmon - secondary on the NAS, primary is the UPS host in the rack
MONITOR rackups@{g.priv()} 1 monuser {g.P("nut_password", "plain")} secondary
MONITOR officeups@{g.I("branch_ups_host_ip", 0.0)} 1 monuser {g.P("nut_password", "plain")} secondary
MINSUPPLIES 1
SHUTDOWNCMD "/sbin/shutdown -h +0"
NOTIFYCMD /usr/local/bin/ups-notify
NOTIFYFLAG ONBATT SYSLOG+WALL+EXEC
NOTIFYFLAG LOWBATT SYSLOG+WALL+EXEC
POLLFREQ 5
# ups-notify also posts to https://push.{g.word()}.net/?token={g.K("push_token", "an32")} ({g.ref("$PUSH_TOKEN")} in the script)
DEADTIME 15
# ups-notify mails {g.E("facilities_email")}
# (the sample in the docs mails {g.remail()})
"""


def t_clevis_tang(g):
    return "shell", "provision/bind-luks-to-tang.sh", f"""#!/bin/bash
# bind the data volume to two tang servers (2-of-2) so it unlocks on boot in the office
set -e
DEV=/dev/nvme0n1p3
echo -n '{g.P("luks_passphrase", "shell")}' > /run/luks.pass   # existing passphrase, slot 0
clevis luks bind -y -k /run/luks.pass -d "$DEV" sss '{{"t":2,"pins":{{"tang":[{{"url":"http://{g.priv()}:7500"}},{{"url":"http://{g.I("tang_remote_ip", 0.0)}:7500","thp":"{g.L("tang_thumbprint", g.s("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_", 43))}"}}]}}}}'
shred -u /run/luks.pass
# recovery key (slot 2), print and file it: {g.K("luks_recovery_key", "hex64")}
clevis luks list -d "$DEV"
# asked {g.E("security_email")} to keep the tang keys backed up
"""


def t_dracut_iscsi(g):
    return "text", "etc/kernel/cmdline.d/iscsi-root.conf", f"""# diskless lab nodes boot from the SAN; dracut picks these up
ip=dhcp rd.neednet=1
netroot=iscsi:{g.first()}:{g.P("chap_password", "plain")}@{g.I("iscsi_target_ip", 0.0)}::3260::iqn.2026-01.net.{g.word()}:lab-root
rd.iscsi.initiator=iqn.2026-01.net.{g.word()}:node-{g.n(1, 40)}
rd.iscsi.firmware=0
# target-side CHAP secret (copy into the SAN config): {g.K("mutual_chap_secret", "an24")} (hash {g.sha1()})
# the mutual CHAP secret for the reverse direction is kept by {g.E("storage_admin_email")}
# test target on the bench switch: {g.priv()}
"""


def t_networkd_wg(g):
    return "ini", "etc/systemd/network/40-wg0.netdev", f"""[NetDev]
Name=wg0
Kind=wireguard
Description=site-to-site tunnel to the branch office

[WireGuard]
PrivateKey={g.K("wg_private_key", "b64_32")}
ListenPort=51820

[WireGuardPeer]
PublicKey={g.wgpub()}
PresharedKey={g.K("wg_preshared_key", "b64_32")}
Endpoint={g.I4("branch_endpoint_ip")}:51820
AllowedIPs={g.priv()}/24
PersistentKeepalive=25
# set up by {g.E("netadmin_email")}
"""


def t_wpa_cli_log(g):
    return "text", "notes/lab-wifi-eap.txt", f"""> add_network
0
> set_network 0 ssid "{g.word().capitalize()}-Staff"
OK
> set_network 0 key_mgmt WPA-EAP
OK
> set_network 0 eap PEAP
OK
> set_network 0 identity "{g.E("eap_identity_email")}"
OK
> set_network 0 password "{g.P("eap_password", "quoted")}"
OK
> set_network 0 anonymous_identity "{g.EX("anonymous_identity_email", "anonymous@" + g.word() + "-" + g.word() + ".ac.uk")}"
OK
> set_network 0 ca_cert_hash "hash://server/sha256/{g.sha256()}"
OK
> enable_network 0
<3>CTRL-EVENT-CONNECTED - Connection to {g.L("bssid", ":".join(g.hx(2) for _ in range(6)))} completed
> status
ip_address={g.priv()}
"""


def t_nm_keyfile(g):
    return "ini", "etc/NetworkManager/system-connections/Office.nmconnection", f"""[connection]
id=Office
uuid={g.uid("connection_uuid")}
type=wifi
interface-name=wlp2s0

[wifi]
mode=infrastructure
ssid=Office-{g.n(2, 9)}G

[wifi-security]
key-mgmt=wpa-psk
psk={g.P("wifi_psk", "ini")}

[vpn-secrets]
# imported from the vendor profile
shared-secret={g.K("ipsec_shared_secret", "an32")}

[ipv4]
method=manual
address1={g.priv()}/24,{g.priv()}
dns={g.I("dns_ip", 0.0)};{g.I("dns_ip", 0.0)};

[ipv6]
method=auto
# provisioned by {g.E("it_email")}
# guest network psk is printed on the wall: {g.P("guest_psk", "plain")}
"""


def t_interfaces_d(g):
    return "text", "etc/network/interfaces.d/eth1", f"""# uplink with the static block from the ISP
auto eth1
iface eth1 inet static
    address {g.I4("static_uplink_ip")}
    netmask {g.L("netmask", "255.255.255.248")}
    gateway {g.I4("isp_gateway_ip")}
    dns-nameservers {g.I4("isp_dns_ip")}

iface eth1 inet6 static
    address {g.I6("static_uplink_ip6")}
    netmask 64

# tunnel key for the GRE/IPsec to the DC
    pre-up ip xfrm state add src {g.priv()} dst {g.priv()} proto esp spi 0x{g.hx(8)} enc aes 0x{g.K("xfrm_enc_key", "hex32")}

# management vlan
auto eth1.20
iface eth1.20 inet static
    address {g.priv()}
    netmask {g.L("netmask", "255.255.255.0")}
# ISP portal login: {g.E("isp_portal_email")} / {g.P("isp_portal_password", "plain")}
"""


def t_ezipupdate_conf(g):
    return "ini", "etc/ez-ipupdate.conf", f"""service-type=dyndns
user={g.first()}{g.n(1, 99)}:{g.P("ddns_password", "plain")}
host={g.word()}{g.word()}.dyndns.org
interface=ppp0
max-interval=2073600
cache-file=/var/cache/ez-ipupdate/ppp0
# wildcard API key for the second provider: {g.K("ddns_api_key", "lo32")}
daemon
# last address pushed: {g.I4("last_pushed_ip")}
# before the ISP change we had {g.shared()} (CGNAT, which is why updates failed)
"""


def t_godns_json(g):
    return "json", "godns/config.json", f"""{{
  "provider": "DNSPod",
  "login_token": "{g.n(100000, 999999)},{g.K("dnspod_token", "hex32")}",
  "domains": [
    {{ "domain_name": "{g.word()}{g.word()}.net", "sub_domains": ["www", "home"] }}
  ],
  "ip_urls": ["https://api.ipify.org"],
  "ip_type": "IPv4",
  "user_agent_id": "{g.uid("install_uuid")}",
  "interval": 300,
  "notify": {{
    "mail": {{
      "enabled": true,
      "smtp_server": "smtp.{g.word()}.net",
      "smtp_username": "{g.E("smtp_username_email")}",
      "smtp_password": "{g.P("smtp_password", "quoted")}",
      "smtp_port": 465,
      "send_to": "{g.E("notify_to_email")}"
    }}
  }},
  "socks5_proxy": "{g.loop()}:7890"
}}
"""


def t_ddnsgo_yaml(g):
    return "yaml", "ddns-go/.ddns_go_config.yaml", f"""dnsconf:
  - name: home
    ipv4:
      enable: true
      gettype: url
      url: https://myip.ipip.net
      domains:
        - home.{g.word()}{g.word()}.top
    ipv6:
      enable: true
      gettype: netInterface
      netinterface: eth0
      domains:
        - v6.{g.word()}{g.word()}.top
    dns:
      name: dnspod
      id: {g.L("token_id", str(g.n(100000, 999999)))}
      secret: {g.K("dns_api_secret", "an32")}
    ttl: "600"
user:
  username: admin
  password: {g.bcrypt()}
webhook:
  webhookurl: https://hooks.{g.word()}.chat/ddns?key={g.KU("webhook_key")}
  webhookrequestbody: '{{"text":"#{{ipv6Addr}} now {g.I6("current_ip6")}"}}'
lang: en
"""


def t_dnscontrol_creds(g):
    return "json", "dns/creds.json", f"""{{
  "bind": {{
    "TYPE": "BIND",
    "directory": "zones"
  }},
  "r53_main": {{
    "TYPE": "ROUTE53",
    "KeyId": "{g.K("aws_access_key_id", g.pick(["an24"]))}",
    "SecretKey": "{g.K("aws_secret_key", "an40")}"
  }},
  "desec": {{
    "TYPE": "DESEC",
    "auth-token": "$DESEC_TOKEN"
  }},
  "cfcompat": {{
    "TYPE": "CLOUDFLAREAPI",
    "accountid": "{g.L("account_id", g.hx(32))}",
    "apitoken": "{g.K("dns_api_token", g.pick(["an40", "cfut"]))}"
  }},
  "_comment": "zone admin {g.E("zone_admin_email")}; glue record ns2 -> {g.I("glue_ip", 0.3)}"
}}
"""


def t_ejson_file(g):
    return "json", "config/secrets.production.ejson", f"""{{
  "_public_key": "{g.L("public_key", g.hx(64))}",
  "database_password": "EJ[1:{g.L("encrypted_value", g.s("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/", 44) + "=:" + g.s("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/", 32) + ":" + g.s("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/", 40))}]",
  "_smtp_user": "{g.E("smtp_user_email")}",
  "_note": "decrypt with the private key in /opt/ejson/keys; do NOT paste it here",
  "_legacy_plain_api_key": "{g.K("legacy_api_key", g.pick(["hex40", "an32"]))}"
}}
"""


def t_gitsecret_notes(g):
    return "markdown", "docs/secrets.md", f"""# Secrets in this repo

We use `git secret`. Files listed in `.gitsecret/paths/mapping.cfg` are encrypted for everyone on the list:

```
$ git secret tell {g.remail()}   # docs example, not run
$ git secret whoknows
{g.E("keyholder_email")}
{g.E("keyholder_email")}
{g.remail()}
```

To add someone: they send you their public key (fingerprint like `{g.L("pgp_fingerprint", " ".join(g.hx(4).upper() for _ in range(10)))}`),
then `gpg --import` it and run `git secret tell their@address` followed by `git secret reveal; git secret hide -d`.

The CI decrypt key (`GPG_PRIVATE_KEY` variable) is referenced as {g.ref("$GITSECRET_KEY")}; its passphrase used to be `{g.P("gpg_passphrase", "prose")}`.

Never commit the revealed `.env.production`. (Incident 14: someone did, with
`DATABASE_URL=postgres://app:{g.P("leaked_db_password", "url")}@{g.IU("db_ip", 0.1)}:5432/app` - that password was rotated.)
"""


def t_blackbox_admins(g):
    return "text", "keyrings/live/blackbox-admins.txt", f"""{g.E("admin_email")}
{g.E("admin_email")}
{g.E("admin_email")}
# CI signer: {g.E("ci_signer_email")} (subkey {g.keyid()})
# GPG passphrase for the CI subkey: {g.P("ci_gpg_passphrase", "plain")}
# removed {g.n(2, 28)} Sep: {g.remail()}
# list mail thread: {g.msgid()}
# keyring pubring fingerprint {g.L("pgp_fingerprint", g.hx(40).upper())}
"""


def t_transcrypt_setup(g):
    return "shell", "scripts/setup-transcrypt.sh", f"""#!/usr/bin/env bash
# one-time setup for new clones. Ask in #infra if the password has changed.
set -e
transcrypt -c aes-256-cbc -p '{g.P("transcrypt_password", "shell")}' -y
git ls-crypt
# CI variant reads {g.ref("TRANSCRYPT_PASSWORD")}; old context key: {g.K("transcrypt_old_key", "b64_32")}
# files covered: see .gitattributes ("secrets/** filter=crypt diff=crypt merge=crypt")
# repo fingerprint after setup: {g.sha1()}
# maintainer: {g.E("maintainer_email")}
"""


def t_envchain_notes(g):
    return "text", "notes/envchain.txt", f"""envchain keeps the cloud creds in the macOS keychain instead of ~/.aws:

$ envchain --set storage ACCESS_KEY_ID SECRET_ACCESS_KEY
storage.ACCESS_KEY_ID: {g.K("access_key_id", "an24")}
storage.SECRET_ACCESS_KEY: {g.K("secret_access_key", "b64_32")}
storage.SESSION_NOTE: see {g.ref("keychain://envchain/storage")}

$ envchain storage ./sync-scans.sh --endpoint https://{g.IU("object_store_ip", 0.2)}:9000 ls s3://scans/
2026/10/{g.n(10, 28)} 08:{g.n(10, 59)}:{g.n(10, 59)}    {g.n(10000, 999999)}  scan-{g.uid("scan_uuid")}.pdf

Don't use `envchain --set --noecho` for this one, I typo'd the secret twice. — {g.E("note_author_email")}
"""


def t_dotenvx_keys(g):
    return "env", ".env.keys", f"""#/------------------!DOTENV_PRIVATE_KEYS!-------------------/
#/ private decryption keys. DO NOT commit to source control /
#/     [how it works](https://dotenvx.com/encryption)       /
#/----------------------------------------------------------/

# .env
DOTENV_PRIVATE_KEY={g.K("dotenvx_private_key", "hex64")}

# .env.production
DOTENV_PRIVATE_KEY_PRODUCTION={g.K("dotenvx_private_key", "hex64")}

# the matching public key in .env is {g.L("public_key", "03" + g.hx(64))}
# and values there look like encrypted:{g.L("encrypted_value", g.s("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/", 60))}
# rotated by {g.E("rotator_email")}
"""


def t_berglas_notes(g):
    return "markdown", "docs/runtime-secrets.md", f"""## How the worker gets its secrets

The container env holds references only:

```
DB_PASSWORD={g.ref("berglas://" + g.word() + "-secrets/db-password")}
API_KEY={g.ref("sm://" + g.word() + "-prod/payments-api-key")}
```

and `berglas exec -- /app/worker` resolves them at start.
The leaked one from incident 22 was `API_KEY={g.K("leaked_payments_key", "rk_test")}` (revoked).

Locally you can still do `export DB_PASSWORD={g.P("local_db_password", "shell")}` (this is the *staging* one, shared
on purpose) and point at `{g.I("staging_db_ip", 0.2)}`.

Access is granted per service account, e.g. `{g.EX("service_account_email", "worker@" + g.word() + "-prod.iam.gserviceaccount.com")}`; humans ask
{g.E("secrets_owner_email")}. KMS key version: {g.n(1, 9)}, key ring id {g.uid("kms_key_ring_id")}.
"""


def t_rbw_session(g):
    return "text", "notes/rbw-setup.txt", f"""$ rbw config set email {g.E("vault_account_email")}
$ rbw config set base_url https://vault.{g.word()}{g.word()}.org
$ rbw register
$ rbw login
$ rbw get "staging postgres"
{g.P("stored_password", "plain")}
$ rbw get --full "storage box"
{g.P("stored_password", "plain")}
Username: u{g.n(100000, 999999)}
URI: sftp://{g.I("storage_box_ip", 0.0)}:23
$ rbw get "mail relay"
{g.P("stored_password", "plain")}
$ rbw get --field "api key" "storage box"
{g.K("stored_api_key", g.pick(["an40", "hex40", "lo32"]))}
$ rbw get "wifi guest"
{g.ph("(no password set)")}
"""


def t_bitbucket_pipelines(g):
    return "yaml", "bitbucket-pipelines.yml", f"""image: python:3.12

definitions:
  steps:
    - step: &test
        name: Test
        caches: [pip]
        script:
          - pip install -r requirements-dev.txt
          - pytest -q
    - step: &deploy
        name: Deploy
        deployment: production
        script:
          - pipe: atlassian/ssh-run:0.8.1
            variables:
              SSH_USER: deploy
              SERVER: {g.I("deploy_server_ip", 0.0)}
              COMMAND: /srv/app/deploy.sh
          - curl -fsS -X POST "https://status.{g.word()}.io/api/ping?token={g.KU("status_ping_token")}"
          # REGISTRY_PASSWORD is a secured repo variable: ${{{g.ref("REGISTRY_PASSWORD")}}}
          - echo "deployed $BITBUCKET_COMMIT by {g.E("release_manager_email")}"

pipelines:
  default:
    - step: *test
  branches:
    main:
      - step: *test
      - step: *deploy
"""


def t_azure_pipelines(g):
    return "yaml", "azure-pipelines.yml", f"""trigger:
  branches:
    include: [main]

pool:
  vmImage: windows-2022

variables:
  buildConfiguration: Release
  sqlServer: {g.I("sql_server_ip", 0.0)}
  # TODO: move to a secret variable group
  sqlPassword: '{g.P("sql_password", "yaml")}'
  appInsightsKey: '{g.uid("instrumentation_key")}'
  deployWebhookSecret: '{g.K("deploy_webhook_secret", "an32")}'

steps:
  - task: DotNetCoreCLI@2
    inputs:
      command: build
      arguments: '--configuration $(buildConfiguration)'
  - script: sqlcmd -S $(sqlServer) -U deployer -P $(sqlPassword) -i migrations\\latest.sql
    displayName: Apply migrations
  - script: echo "built {g.ssha()} for {g.E("product_owner_email")}"
  - task: PublishBuildArtifacts@1
"""
