"""Templates 57-76 of held-out set 45 (grid/HPC, DNS, identity, streaming, school and publishing tools)."""


def t_cvmfs_stratum_transcript(G):
    text = f'''root@cvmfs-s0:~# cat /etc/cvmfs/s3.conf
CVMFS_S3_HOST={G.IP4('s3_host_ip')}
CVMFS_S3_PORT=9000
CVMFS_S3_ACCESS_KEY={G.K('s3_access_key', 'up36')}
CVMFS_S3_SECRET_KEY={G.K('s3_secret_key', 'awssecret')}
CVMFS_S3_BUCKET=sw-repo
root@cvmfs-s0:~# cvmfs_server mkfs -s /etc/cvmfs/s3.conf -w http://{G.IP4('s3_host_ip')}:9000/sw-repo -o cvmfs sw.grid-lab.eu
Creating Configuration Files... done
Creating CernVM-FS Master Key and Self-Signed Certificate... done
Master key fingerprint: {G.L('key_fingerprint', ':'.join(G.hex(2).upper() for _ in range(8)) + ':' + ':'.join(G.hex(2).upper() for _ in range(12)))}
Creating CernVM-FS Server Infrastructure... done
root@cvmfs-s0:~# cat /etc/cvmfs/gateway/repo.json
{{ "version": 2, "repos": [ {{ "domain": "sw.grid-lab.eu", "keys": ["gw-key"] }} ],
  "keys": [ {{ "type": "plain_text", "id": "gw-key", "secret": "{G.K('gateway_key_secret', 'hex64')}" }} ] }}
root@cvmfs-s0:~# grep SERVER_URL /etc/cvmfs/domain.d/grid-lab.eu.conf
CVMFS_SERVER_URL="http://{G.IPu('stratum1_ip', 8000)}/cvmfs/@fqrn@;http://{G.IP4('stratum1_ip')}:8000/cvmfs/@fqrn@"
root@cvmfs-s0:~# ip -br a
lo               UNKNOWN        {G.loop()}/8 {G.L('loopback_ipv6', '::1')}/128
eth0             UP             {G.priv()}/24 {G.ll6()}/64
root@cvmfs-s0:~# logout
Connection to {G.priv()} closed.
'''
    return "shell", "logs/cvmfs-stratum0-setup.txt", text


def t_dcache_layout_conf(G):
    text = f'''# /etc/dcache/dcache.conf  (site-wide)
dcache.layout = ${{host.name}}
dcache.enable.space-reservation = false

# chimera / pnfsmanager database
chimera.db.host = {G.IP4('chimera_db_ip')}
chimera.db.user = chimera
chimera.db.password = {G.P('chimera_db_password', 'ini')}
dcache.db.password = {G.P('dcache_db_password', 'ini')}

# macaroons for the webdav door
webdav.macaroons.secret = {G.K('macaroon_secret', 'b64_32')}

# gplazma LDAP plugin
gplazma.ldap.url = ldaps://{G.IP('ldap_server_ip')}:636
gplazma.ldap.organization = dc=grid-lab,dc=eu
gplazma.ldap.binddn = cn=dcache-reader,ou=services,dc=grid-lab,dc=eu
gplazma.ldap.bindpw = {G.P('ldap_bind_password', 'ini')}

# alarms
dcache.alarms.email.to = {G.E('alarms_to_email')}
dcache.alarms.email.from = {G.remail('dcache-alarms')}
dcache.alarms.email.smtp-host = {G.priv()}

# pool network (multicast discovery disabled)
dcache.broker.host = {G.priv()}
dcache.net.wan.multicast = {G.mcast()}
pool.mover.xrootd.tpc.authn.plugins = gsi,ztn
# node certificate SHA1 {G.L('cert_fingerprint', ':'.join(G.hex(2).upper() for _ in range(20)))}
'''
    return "properties", "dcache/dcache.conf", text


def t_xrootd_cache_tf(G):
    text = f'''# main.tf -- XCache node for the analysis facility
terraform {{
  required_providers {{
    openstack = {{ source = "terraform-provider-openstack/openstack" }}
  }}
}}

provider "openstack" {{
  auth_url    = "https://{G.IPu('keystone_ip', 5000)}/v3"
  user_name   = "{G.E('openstack_user_email')}"
  password    = "{G.P('openstack_password', 'quoted')}"
  tenant_name = "af-cache"
}}

variable "xrd_admin_token" {{
  type    = string
  default = "{G.K('xrd_admin_token', 'b64u43')}"
}}

resource "openstack_compute_instance_v2" "xcache" {{
  name        = "xcache-01"
  flavor_name = "m1.xlarge"
  key_pair    = "{G.L('ssh_key_name', 'ops-' + G.first())}"
  network {{ fixed_ip_v4 = "{G.priv()}" }}
  user_data = <<-EOT
    #cloud-config
    chpasswd:
      list: |
        root:{G.P('cloud_init_root_password', 'plain')}
      expire: false
    write_files:
      - path: /etc/xrootd/xcache.cfg
        content: |
          pfc.blocksize 1M
          all.manager {G.IP4('redirector_ip')}:1213
          ofs.authlib ++ libXrdAccSciTokens.so
          # admin token ${{var.xrd_admin_token}}
  EOT
}}

resource "openstack_networking_floatingip_v2" "fip" {{
  pool    = "public"
  address = "{G.IP4('floating_ip')}"
}}
output "admin_token_ref" {{ value = {G.L('secret_reference', 'var.xrd_admin_token')} }}
'''
    return "hcl", "terraform/xcache/main.tf", text


def t_warewulf_nodes_yaml(G):
    text = f'''# /etc/warewulf/nodes.conf
nodeprofiles:
  default:
    comment: compute default
    ipmi:
      username: ADMIN
      password: {G.P('ipmi_profile_password', 'yaml')}
      netmask: {G.L('netmask', '255.255.255.0')}
    kernel:
      args: quiet crashkernel=no vga=791 net.naming-scheme=v238 rootpw={G.L('hashed_password', '$6$rounds=5000$' + G.s('abcdefghijklmnopqrstuvwxyz0123456789', 12) + '$' + G.s('abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789./', 86))}
nodes:
  n001:
    profiles: [default]
    ipmi:
      ipaddr: {G.priv()}
      password: {G.P('ipmi_node_password', 'yaml')}
    network devices:
      default:
        device: eno1
        hwaddr: {G.mac()}
        ipaddr: {G.priv()}
        gateway: {G.priv()}
  n002:
    profiles: [default]
    ipmi:
      ipaddr: {G.priv()}
    network devices:
      default:
        hwaddr: {G.mac()}
        ipaddr: {G.priv()}
  login01:
    comment: public login node, admin contact {G.E('admin_contact_email')}
    network devices:
      public:
        ipaddr: {G.IP4('login_public_ip')}
        ipaddr6: {G.IP6('login_public_ipv6')}
        hwaddr: {G.mac()}
'''
    return "yaml", "warewulf/nodes.conf", text


def t_xcat_tabdump_csv(G):
    text = f'''[root@mgmt ~]# tabdump passwd
#key,username,password,cryptmethod,authdomain,comments,disable
"system","root","{G.P('system_root_password', 'quoted')}",,,,
"ipmi","ADMIN","{G.P('ipmi_password', 'quoted')}",,,,
"switch","admin","{G.P('switch_password', 'quoted')}",,,,
"hmc","hscroot","{G.L('default_password', 'abc123')}",,,"vendor default, unused",
"openbmc","root","{G.P('openbmc_password', 'quoted')}",,,,
[root@mgmt ~]# tabdump site | egrep 'master|nameservers|forwarders|domain'
"master","{G.priv()}",,
"nameservers","{G.priv()}",,
"forwarders","{G.IP4('forwarder_ip')},{G.IP4('forwarder_ip')}",,
"domain","cluster.hpc-{G.n(1, 9)}.edu",,
[root@mgmt ~]# tabdump mac | head -3
#node,interface,mac,comments,disable
"cn001","eth0","{G.mac()}",,
"cn002","eth0","{G.mac()}",,
[root@mgmt ~]# lsdef -t site clustersite -i emailaddr
Object name: clustersite
    emailaddr={G.E('site_email')}
'''
    return "shell", "notes/xcat-tables-dump.txt", text


def t_mistserver_conf_json(G):
    text = f'''{{
  "account": {{
    "admin": {{ "password": "{G.L('md5_hash', G.hex(32))}" }}
  }},
  "config": {{
    "controller": {{ "interface": "{G.unspec()}", "port": 4242 }},
    "prometheus": "{G.K('prometheus_path_token', 'low32')}",
    "sessionInputMode": 15,
    "protocols": [
      {{ "connector": "RTMP", "port": 1935, "pubaddr": "{G.IP4('rtmp_public_ip')}" }},
      {{ "connector": "HTTP", "port": 8080 }}
    ]
  }},
  "push_list": [
    [0, "church_live", "rtmp://a.rtmp.youtube.com/live2/{G.Kv('youtube_stream_key', '-'.join(G.s('abcdefghijklmnopqrstuvwxyz0123456789', 4) for _ in range(5)))}"],
    [0, "church_live", "rtmps://live-api-s.facebook.com:443/rtmp/{G.Kv('facebook_stream_key', 'FB-' + str(G.n(10**14, 10**15 - 1)) + '-0-' + G.s('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789', 32))}"],
    [0, "church_live", "rtmp://{G.IP('restream_ip')}/live/{G.K('restream_key', 'hex32')}"]
  ],
  "streams": {{
    "church_live": {{ "name": "church_live", "source": "push://{G.priv()}@{G.P('push_password', 'quoted')}" }}
  }},
  "uid": "{G.U('instance_uuid')}",
  "bandwidth": {{ "exceptions": ["{G.loop()}", "{G.L('loopback_ipv6', '::1')}", "{G.priv()}"] }}
}}
'''
    return "json", "mistserver/config.json", text


def t_sniproxy_nginx(G):
    b = G.b64of("monitor:" + G.pw_raw('plain'))
    text = f'''# /etc/nginx/sites-enabled/status.conf  (sniproxy terminates 443 in front of this)
upstream dash_backend {{
    server {G.priv()}:3000;
    server {G.IP4('backend_ip')}:3000 backup;
}}

server {{
    listen {G.loop()}:8081;
    server_name status.{G.pick(['hubnet', 'lanparty'])}.org;

    allow {G.priv()}/24;
    allow {G.IP('office_ip')};
    deny all;

    location / {{
        auth_basic "status";
        auth_basic_user_file /etc/nginx/htpasswd.status;
        proxy_pass http://dash_backend;
        # the backend wants its own basic auth
        proxy_set_header Authorization "Basic {G.Kv('upstream_basic_auth_b64', b)}";
        proxy_set_header X-Scope-Token {G.K('scope_token', 'an32')};
    }}

    location /push {{
        # webhook from the uptime checker, secret in the path
        if ($arg_key != "{G.K('push_query_key', 'hex40')}") {{ return 403; }}
        proxy_pass http://{G.loop()}:9091;
    }}
}}
# /etc/nginx/htpasswd.status:
# monitor:{G.L('hashed_password', '$apr1$' + G.s('abcdefghijklmnopqrstuvwxyz0123456789', 8) + '$' + G.s('abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789./', 22))}
# /etc/sniproxy.conf table: .*\\.hubnet\\.org  {G.loop()}:8081 ; fallback {G.docip()}
'''
    return "nginx", "nginx/sites-enabled/status.conf", text


def t_maradns_ddns_crontab(G):
    text = f'''# crontab -l  (user dnsadmin on the MaraDNS box)
MAILTO={G.E('cron_mailto_email')}
SHELL=/bin/bash

# refresh the zone file from the office router's WAN address every 10 minutes
*/10 * * * * /usr/local/bin/wan2zone.sh --router {G.priv()} --user admin --pass '{G.P('router_cli_password', 'shell')}' >> /var/log/wan2zone.log 2>&1

# push the same address to the secondary via nsupdate (TSIG)
*/10 * * * * nsupdate -y hmac-sha256:office-key:{G.K('tsig_secret', 'b64_32')} /etc/maradns/update.txt

# dyndns fallback at the registrar
17 * * * * curl -s "https://dyn.registrar-{G.n(1, 9)}.net/nic/update?hostname=office.lanhub.org&myip={G.IP('wan_ip')}" -u "lanhub:{G.P('dyndns_password', 'shell')}"

# mararc excerpt for reference:
#   ipv4_bind_addresses = "{G.priv()}, {G.loop()}"
#   upstream_servers["."] = "{G.IP4('upstream_resolver_ip')}, {G.IP('upstream_resolver_ip')}"
#   recursive_acl = "{G.priv()}/24, {G.bench()}/32"
'''
    return "text", "dns/dnsadmin.crontab", text


def t_privacyidea_pi_cfg(G):
    pw = G.pw_raw('url')
    text = f'''# /etc/privacyidea/pi.cfg
# This file is python code.
SUPERUSER_REALM = ["super", "administrators"]
SQLALCHEMY_DATABASE_URI = "mysql+pymysql://pi:{G.Pv('sqlalchemy_uri_password', pw)}@{G.IP4('db_host_ip')}/pi?charset=utf8"
SECRET_KEY = "{G.K('secret_key', 'an40')}"
PI_PEPPER = "{G.K('pi_pepper', 'an24')}"
PI_ENCFILE = "/etc/privacyidea/enckey"
PI_AUDIT_KEY_PRIVATE = "/etc/privacyidea/private.pem"
PI_AUDIT_KEY_PUBLIC = "/etc/privacyidea/public.pem"
PI_LOGFILE = "/var/log/privacyidea/privacyidea.log"
PI_ENGINE_REGISTRY_CLASS = "shared"
PI_NODE = "pi-{G.n(1, 3)}"
PI_TRUSTED_PROXIES = ["{G.priv()}", "{G.IP('trusted_proxy_ip')}"]

# --- setup notes (pasted from the terminal) ---
# $ pi-manage admin add helpdesk -e {G.E('helpdesk_admin_email')} -p '{G.P('pi_manage_admin_password', 'shell')}'
# $ pi-manage config resolver create ldap1 ldapresolver '{{"LDAPURI": "ldaps://{G.IP4('ldap_ip')}", "BINDDN": "cn=pi,ou=svc,dc=school,dc=lan", "BINDPW": "{G.P('resolver_bind_password', 'quoted')}"}}'
# $ mysql -h {G.IP4('db_host_ip')} -u pi -p'{G.Pv('mysql_cli_password', pw)}' pi -e 'select count(*) from token'
'''
    return "python", "privacyidea/pi.cfg", text


def t_simplesamlphp_config_php(G):
    text = f'''<?php
/* config/config.php -- SimpleSAMLphp IdP for the school federation (excerpt) */
$config = [
    'baseurlpath' => 'https://idp.{G.pick(['schoolnet', 'edu-region'])}.org/simplesaml/',
    'technicalcontact_name' => '{G.person()}',
    'technicalcontact_email' => '{G.E('technical_contact_email')}',
    'secretsalt' => '{G.K('secretsalt', 'low32')}',
    'auth.adminpassword' => '{G.P('admin_password', 'quoted')}',
    'admin.protectindexpage' => true,
    'trusted.url.domains' => ['sp.{G.pick(['schoolnet', 'edu-region'])}.org'],
    'store.type' => 'sql',
    'store.sql.dsn' => 'mysql:host={G.IP('sql_host_ip')};dbname=saml',
    'store.sql.username' => 'saml',
    'store.sql.password' => '{G.P('store_sql_password', 'quoted')}',
    'store.redis.host' => '{G.loop()}',
    'logging.level' => SimpleSAML\\Logger::NOTICE,
    // 'mail.transport.options' => ['host' => '{G.priv()}', 'username' => '{G.E('mail_username_email')}', 'password' => '{G.P('mail_password_commented', 'quoted')}'],
];
/* config/authsources.php */
$config['ldap-staff'] = [
    'ldap:Ldap',
    'connection_string' => 'ldaps://{G.IP4('ldap_ip')}',
    'search.username' => 'cn=saml-bind,ou=services,dc=schoolnet,dc=org',
    'search.password' => '{G.P('ldap_search_password', 'quoted')}',
];
'''
    return "php", "simplesamlphp/config/config.php", text


def t_passbolt_api_ipynb(G):
    def esc(s):
        return s.replace('"', '\\"')
    src1 = [
        "import requests, gnupg\\n",
        f"BASE = \\\"https://{G.IP4('passbolt_host_ip')}\\\"\\n",
        f"PASSPHRASE = \\\"{G.P('gpg_passphrase', 'quoted')}\\\"  # of the audit user key\\n",
        f"AUDIT_USER = \\\"{G.E('audit_user_email')}\\\"\\n",
        f"HEADERS = {{\\\"X-Api-Token\\\": \\\"{G.K('api_token', 'jwt')}\\\"}}\\n",
    ]
    out = [
        f"connected to {G.IP('passbolt_host_ip')} as {G.E('audit_user_email')}\\n",
        f"server fingerprint {G.L('key_fingerprint', G.hex(40).upper())}\\n",
        f"session {G.U('session_uuid')}\\n",
    ]
    text = (
        '{\n "cells": [\n  {\n   "cell_type": "code",\n   "execution_count": 3,\n   "metadata": {},\n'
        '   "outputs": [\n    {\n     "name": "stdout",\n     "output_type": "stream",\n     "text": [\n'
        + ",\n".join('      "' + x + '"' for x in out)
        + '\n     ]\n    }\n   ],\n   "source": [\n'
        + ",\n".join('    "' + x + '"' for x in src1)
        + '\n   ]\n  },\n  {\n   "cell_type": "markdown",\n   "metadata": {},\n   "source": [\n'
        + f'    "Rotate the DB password ({esc(G.P("db_password_note", "prose"))}) after the audit; ask {esc(G.remail("it"))} for nothing."\n'
        + '   ]\n  }\n ],\n "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"}},\n'
        + ' "nbformat": 4,\n "nbformat_minor": 5\n}\n'
    )
    return "json", "notebooks/passbolt-audit.ipynb", text


def t_gibbon_irc_log(G):
    a, b = G.first(), G.first()
    pw = G.pw_raw('prose')
    text = f'''[09:{G.n(10, 19)}] <{a}> gibbon upgrade to {G.version()} broke the cron mailer again
[09:{G.n(20, 29)}] <{b}> did you check config.php? $databasePassword got reset to the installer one
[09:{G.n(20, 29)}] <{a}> yep, it's back to '{G.Pv('pasted_db_password', pw)}' now, same as before
[09:{G.n(30, 39)}] <{b}> ugh, pasting that in here... anyway, mail goes via {G.E('mailer_account_email')}
[09:{G.n(30, 39)}] <{b}> smtp pw is {G.P('smtp_password', 'prose')} (the school one, not mine)
[09:{G.n(40, 49)}] <{a}> ssh {a}@{G.IP4('school_server_ip')} works from home? or only via {G.priv()}?
[09:{G.n(40, 49)}] <{b}> only via the vpn, endpoint {G.IP('vpn_endpoint_ip')}, give me your pubkey
[09:{G.n(40, 49)}] <{a}> ssh-ed25519 {G.sshpub()} {a}@laptop
[09:{G.n(50, 59)}] <{b}> added. RosarioSIS box is {G.priv()}, its db pass is in the vault: {G.L('secret_reference', 'vault:kv/rosario/db')}
[09:{G.n(50, 59)}] <{b}> and please don't answer parents from {G.remail('admin')} like the docs say lol
[10:0{G.n(0, 9)}] * {a} rotates '{G.Pv('pasted_db_password_again', pw)}' and goes for coffee
[10:1{G.n(0, 9)}] <{a}> new one is in the vault. parent-portal api key for the timetable sync: {G.K('timetable_api_key', 'an32')}
[10:1{G.n(0, 9)}] <{b}> thx. also the ticket from {G.E('parent_email')} about the login is done
'''
    return "text", "chat/it-room-2026-02-03.log", text


def t_helios_dockerfile(G):
    text = f'''# Dockerfile for the helios voting server (election office fork)
FROM python:3.11-slim@{G.digest()}
ARG PIP_INDEX_TOKEN={G.K('pip_index_token', 'an40')}
ENV DJANGO_SETTINGS_MODULE=settings \\
    DATABASE_URL=postgres://helios:{G.P('database_url_password', 'url')}@{G.IP4('db_host_ip')}:5432/helios \\
    SECRET_KEY={G.K('django_secret_key', 'b64_48')} \\
    DEFAULT_FROM_EMAIL={G.E('default_from_email')} \\
    HELP_EMAIL_ADDRESS={G.E('help_email')}
RUN pip install --extra-index-url https://ci:${{PIP_INDEX_TOKEN}}@pypi.election-office.eu/simple -r requirements.txt
RUN useradd -m helios && echo "helios:{G.P('chpasswd_password', 'shell')}" | chpasswd
RUN --mount=type=secret,id=google_oauth cp /run/secrets/google_oauth /app/oauth.json
# stage box: {G.IP('stage_box_ip')} ; never use the docs host {G.docip()}
COPY <<EOF /app/local_settings.py
EMAIL_HOST = "smtp.{G.pick(['menara.ma', 'gnet.tn'])}"
EMAIL_HOST_USER = "{G.E('email_host_user')}"
EMAIL_HOST_PASSWORD = "{G.P('email_host_password', 'quoted')}"
CELERY_BROKER_URL = "amqp://helios:{G.P('amqp_password', 'url')}@{G.priv()}:5672//"
EOF
EXPOSE 8000
CMD ["gunicorn", "wsgi:application", "-b", "{G.unspec()}:8000"]
'''
    return "dockerfile", "helios/Dockerfile", text


def t_mycodo_influx_go(G):
    text = f'''// cmd/grow-export/main.go -- copies Mycodo sensor rows into the shared InfluxDB
package main

import (
	"context"
	"log"
	"time"

	influxdb2 "github.com/influxdata/influxdb-client-go/v2"
)

const (
	influxURL   = "https://{G.IPu('influx_host_ip', 8086)}"
	influxToken = "{G.K('influx_token', 'b64_64')}"
	influxOrg   = "{G.E('influx_org_email')}"
	mycodoAPI   = "http://{G.priv()}/api"
	// X-API-KEY of the read-only mycodo user "exporter"
	mycodoKey = "{G.K('mycodo_api_key', 'b64_48')}"
)

var mqttPassword = "{G.P('mqtt_password', 'quoted')}" // broker on {G.loop()}:1883

func main() {{
	client := influxdb2.NewClient(influxURL, influxToken)
	defer client.Close()
	w := client.WriteAPIBlocking(influxOrg, "greenhouse")
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	if err := w.WriteRecord(ctx, "temp,room=veg value=23.4"); err != nil {{
		log.Fatal(err)
	}}
	log.Printf("exported (build %s)", "{G.ssha()}")
}}
// go.sum: github.com/influxdata/influxdb-client-go/v2 v2.14.0 h1:{G.L('go_sum_hash', G.b64(32))}
'''
    return "go", "grow-export/main.go", text


def t_hivetool_rust(G):
    text = f'''// src/upload.rs -- pushes hive scale readings to the beekeeping association server
use reqwest::blocking::Client;
use std::net::IpAddr;

const UPLOAD_URL: &str = "https://{G.IP4('upload_host_ip')}/hive/api/v1/readings";
const HIVE_API_KEY: &str = "{G.K('hive_api_key', 'hex40')}";
const WEATHER_KEY: &str = "{G.K('weather_key', 'hex32')}";
const FALLBACK: &str = "{G.IP('fallback_host_ip')}";
const CONTACT: &str = "{G.E('beekeeper_email')}";

pub fn upload(weight_kg: f32) -> reqwest::Result<()> {{
    let client = Client::new();
    let _: IpAddr = FALLBACK.parse().unwrap();
    client
        .post(UPLOAD_URL)
        .basic_auth("apiary-{G.n(1, 40)}", Some("{G.P('basic_auth_password', 'quoted')}"))
        .header("X-Hive-Key", HIVE_API_KEY)
        .json(&serde_json::json!({{ "w": weight_kg, "contact": CONTACT }}))
        .send()?;
    Ok(())
}}

#[cfg(test)]
mod tests {{
    // test vectors from the spec, not real
    const DOC_HOST: &str = "{G.docip()}";
    const DOC_MAIL: &str = "{G.remail('beekeeper')}";
    const SPEC_VERSION: &str = "{G.version()}";
}}
'''
    return "rust", "hive-scale/src/upload.rs", text


def t_antora_playbook_git(G):
    tok = G.key_raw('glpat')
    text = f'''# antora-playbook.yml  (docs site build)
site:
  title: Field Manual
  url: https://docs.{G.pick(['rescue-team', 'water-board'])}.org
content:
  sources:
  - url: https://ci-docs:{G.Kv('git_url_token', tok)}@git.{G.pick(['rescue-team', 'water-board'])}.org/manual/ops.git
    branches: [main, v{G.version()}]
  - url: {G.L('git_remote', 'git@git.example.com:manual/radio.git')}
    branches: main
ui:
  bundle:
    url: https://git.{G.pick(['rescue-team', 'water-board'])}.org/manual/ui/-/jobs/artifacts/main/raw/build/ui-bundle.zip?job=bundle-stable&private_token={G.Kv('ui_bundle_token', tok)}
    snapshot: true
asciidoc:
  attributes:
    support-mail: {G.E('support_email')}
    radio-relay: {G.IP('radio_relay_ip')}
    page-pagination: ''
# ~/.git-credentials on the build runner:
#   https://docs-bot:{G.K('git_credentials_token', 'ghp')}@github.com
#   https://{G.first()}:{G.P('git_credentials_password', 'url')}@git.{G.pick(['rescue-team', 'water-board'])}.org
# CODEOWNERS:
#   /modules/ROOT/   {G.E('codeowner_email')}
#   /modules/radio/  {G.E('codeowner_email')}
# last build: commit {G.sha1()} at {G.ts()}
'''
    return "yaml", "docs/antora-playbook.yml", text


def t_chevereto_backup_ps1(G):
    text = f'''# Backup-Chevereto.ps1 -- nightly backup of the photo club gallery (Windows task scheduler)
$ErrorActionPreference = "Stop"
$DbHost   = "{G.IP4('db_host_ip')}"
$DbUser   = "chevereto"
$DbPass   = '{G.P('db_password', 'quoted')}'
$Stamp    = Get-Date -Format "yyyyMMdd"

& "C:\\Program Files\\MariaDB 10.11\\bin\\mysqldump.exe" -h $DbHost -u $DbUser "-p$DbPass" chevereto |
    Out-File -Encoding utf8 "D:\\backup\\chevereto-$Stamp.sql"

# upload to the offsite NAS share
$sec  = ConvertTo-SecureString '{G.P('nas_share_password', 'quoted')}' -AsPlainText -Force
$cred = New-Object System.Management.Automation.PSCredential ("NAS\\backup", $sec)
New-PSDrive -Name B -PSProvider FileSystem -Root "\\\\{G.IP4('nas_ip')}\\photo-backup" -Credential $cred

# tell the gallery API the backup finished
Invoke-RestMethod -Method Post -Uri "https://gallery.{G.pick(['photoclub', 'lensguild'])}.org/api/1/ping" `
    -Headers @{{ "X-API-Key" = "{G.K('gallery_api_key', 'an32')}" }}

Send-MailMessage -To "{G.E('report_to_email')}" -From "{G.E('report_from_email')}" `
    -Subject "Chevereto backup $Stamp ok" -SmtpServer "{G.priv()}"
# runs as SID {G.L('windows_sid', 'S-1-5-21-' + str(G.n(10**9, 4 * 10**9)) + '-' + str(G.n(10**9, 4 * 10**9)) + '-' + str(G.n(10**9, 4 * 10**9)) + '-1001')}
'''
    return "powershell", "scripts/Backup-Chevereto.ps1", text


def t_pelican_makefile_netrc(G):
    text = f'''# Makefile (excerpt) -- Pelican blog of the rowing club
PELICAN ?= pelican
OUTPUTDIR = output
SSH_HOST = {G.IP4('ssh_host_ip')}
SSH_USER = rowing
FTP_HOST = {G.IP4('ftp_host_ip')}
FTP_USER = rowing-web
FTP_PASS = {G.P('ftp_password', 'shell')}
S3_BUCKET = rowing-blog
CDN_KEY = {G.K('cdn_storage_key', 'uuid')}

rsync_upload: publish
\trsync -e "ssh -p 22" -P -rvzc --delete $(OUTPUTDIR)/ $(SSH_USER)@$(SSH_HOST):/var/www/blog

ftp_upload: publish
\tlftp ftp://$(FTP_USER):$(FTP_PASS)@$(FTP_HOST) -e "mirror -R $(OUTPUTDIR) /htdocs ; quit"

cdn_purge:
\tcurl -X POST -H "AccessKey: $(CDN_KEY)" https://api.cdn-provider.net/pullzone/{G.n(100000, 999999)}/purgeCache

# ~/.netrc on the club laptop (used by lftp):
# machine {G.IP('netrc_machine_ip')} login rowing-web password {G.P('netrc_password', 'plain')}
# machine api.paas-host.net login {G.E('netrc_login_email')} password {G.K('netrc_api_token', 'uuid')}
# publishconf.py: SITEURL = "https://rowing.{G.pick(['riverside', 'lakeside'])}.club"  FEED_DOMAIN = SITEURL
'''
    return "makefile", "blog/Makefile", text


def t_gluu_kubeconfig(G):
    text = f'''apiVersion: v1
kind: Config
clusters:
- cluster:
    certificate-authority-data: {G.L('ca_certificate_b64', 'LS0tLS1CRUdJTiBDRVJUSUZJQ0FURS0tLS0tCk1JSUM' + G.b64(48))}
    server: https://{G.IPu('apiserver_ip', 6443)}
  name: gluu-prod
- cluster:
    server: https://{G.loop()}:6443
    insecure-skip-tls-verify: true
  name: kind-local
contexts:
- context: {{ cluster: gluu-prod, user: deployer, namespace: gluu }}
  name: gluu-prod
current-context: gluu-prod
users:
- name: deployer
  user:
    token: {G.K('service_account_token', 'jwt')}
- name: breakglass
  user:
    client-certificate-data: {G.L('client_certificate_b64', 'LS0tLS1CRUdJTiBDRVJUSUZJQ0FURS0tLS0tCk1JSUQ' + G.b64(48))}
    client-key-data: {G.Kv('client_key_data', 'LS0tLS1CRUdJTiBSU0EgUFJJVkFURSBLRVktLS0tLQpNSUlF' + G.b64(96))}
- name: basic-legacy
  user:
    username: {G.E('legacy_basic_username_email')}
    password: {G.P('legacy_basic_password', 'yaml')}
# gluu admin-ui: https://{G.IPu('admin_ui_ip', 443)}/admin  (LDAP on {G.priv()}:1636)
'''
    return "yaml", "kube/gluu-prod.kubeconfig", text


TEMPLATES = [
    t_cvmfs_stratum_transcript, t_dcache_layout_conf, t_xrootd_cache_tf, t_warewulf_nodes_yaml,
    t_xcat_tabdump_csv, t_mistserver_conf_json, t_sniproxy_nginx, t_maradns_ddns_crontab,
    t_privacyidea_pi_cfg, t_simplesamlphp_config_php, t_passbolt_api_ipynb, t_gibbon_irc_log,
    t_helios_dockerfile, t_mycodo_influx_go, t_hivetool_rust, t_antora_playbook_git,
    t_chevereto_backup_ps1, t_pelican_makefile_netrc, t_gluu_kubeconfig,
]
