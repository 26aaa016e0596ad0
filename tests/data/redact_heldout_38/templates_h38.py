"""Templates for held-out set 38. Each template takes a gen_h38.G and returns (lang, path, marked text)."""
import json

TEMPLATES = {}
GROUP = {}


def reg(name, group):
    def deco(fn):
        TEMPLATES[name] = fn
        GROUP[name] = group
        return fn
    return deco


# ---------------------------------------------------------------- theme x format family
THEMES = [
    dict(key="perfumer", title="Perfumer's scentroom", app="scentbook", user="nose", host="scentroom", unit="vial"),
    dict(key="chandler", title="Ship chandler", app="chandlerdesk", user="chandler", host="wharfside", unit="crate"),
    dict(key="falconer", title="Hawking centre", app="lureboard", user="falconer", host="hawkhouse", unit="bird"),
    dict(key="shepherd", title="Hill shepherd co-op", app="flockbook", user="shepherd", host="fold", unit="ewe"),
    dict(key="tearoom", title="Village tearoom", app="tearota", user="tearoom", host="counter", unit="table"),
    dict(key="tanner", title="Oak tanyard", app="oakpit", user="tanner", host="pityard", unit="hide"),
    dict(key="limekiln", title="Limekiln trust", app="limeworks", user="burner", host="drawhole", unit="load"),
    dict(key="lacemaker", title="Lacemakers' guild", app="pillowlace", user="lacemaker", host="bobbinroom", unit="pattern"),
    dict(key="haberdasher", title="Haberdasher's shop", app="notionsdesk", user="haberdasher", host="backshop", unit="reel"),
    dict(key="organbuilder", title="Organbuilder's workshop", app="voicingbench", user="voicer", host="erecting", unit="pipe"),
]
FORMATS = ["env", "yaml", "toml", "json", "sh", "md", "csv", "ndjson", "xml", "chat", "py", "ini"]


def f_env(g, th):
    r = g.r
    A = th["app"].upper()
    L = [f"# {th['title']} - {th['app']} runtime settings", f"{A}_ENV=production",
         f"{A}_DB_URL=pg://{th['user']}:{g.pw('url', 'dsn_password')}@{g.ip('db_host', 0.3, url=True)}:5432/{th['app']}",
         f"{A}_MAIL_FROM={g.email('mail_from')}",
         f"{A}_SMTP_PASS={g.pw('ini', 'smtp_password')}",
         f"{A}_API_TOKEN={g.key(r.choice(['re_key', 'csk', 'fw', 'hex40', 'an32']), 'api_token')}"]
    if r.random() < 0.6:
        L.append(f"{A}_RELEASE={g.version()}")
    L.append(f"{A}_BUILD={g.short_sha()}")
    L.append(f"{A}_TRUSTED_PROXIES={g.lk('loopback_ip', '127.0.0.1')},{g.priv()}")
    if r.random() < 0.5:
        L.append(f"# old token, rotated {r.randrange(1, 28)} {r.choice(['Mar', 'Apr', 'Jun'])}: {g.key('hex32', 'rotated_token')}")
    L.append(f"{A}_INSTANCE_ID={g.uuid()}")
    return "env", f"deploy/{th['key']}/.env.production", "\n".join(L) + "\n"


def f_yaml(g, th):
    r = g.r
    L = [f"# {th['title']}: {th['app']} service config", f"service: {th['app']}", f"version: {g.version()}",
         "mail:", f"  host: smtp.{th['key']}-mail.net", "  port: 587", f"  user: {g.email('smtp_user')}",
         f"  password: {g.pw('yaml', 'smtp_password')}", "storage:", f"  endpoint: https://s3.{th['key']}-store.net",
         f"  access_key: {g.key('akid', 'access_key_id')}", f"  secret_key: {g.key('an40', 'secret_access_key')}",
         f"  bucket: {th['app']}-{th['unit']}s", "backup:", f"  target: {g.ip('backup_host', 0.4)}",
         f"  checksum: {g.sha256()}"]
    if r.random() < 0.5:
        L += ["webhooks:", f"  - url: https://hooks.{th['key']}-notify.net/in/{g.key('b64u43', 'webhook_secret')}",
              f"    id: {g.uuid()}"]
    L += ["lan:", f"  gateway: {g.priv()}", f"  printer: {g.priv()}"]
    return "yaml", f"config/{th['app']}.yaml", "\n".join(L) + "\n"


def f_toml(g, th):
    r = g.r
    L = [f"# {th['app']}.toml ({th['title']})", "[server]", f'bind = "{g.lk("unspecified_ip", "0.0.0.0")}:8080"',
         f'public_v4 = "{g.ip4("public_v4")}"', f'public_v6 = "{g.ip6("public_v6")}"', "", "[database]",
         f'user = "{th["user"]}"', f'password = "{g.pw("quoted", "db_password")}"', "", "[notify]",
         f'admin = "{g.email("admin_email")}"', f'docs_contact = "{g.resmail()}"',
         f'token = "{g.key(r.choice(["csk", "tfc", "zpka", "rpa"]), "notify_token")}"', "", "[release]",
         f'tag = "v{g.version()}"', f'commit = "{g.short_sha()}"', f'artifact_sha256 = "{g.sha256()}"']
    if r.random() < 0.5:
        L += ["", "[kiosk]", f'pin = "{g.pin("kiosk_pin")}"', f'serial = "{g.serial()}"']
    return "toml", f"{th['app']}.toml", "\n".join(L) + "\n"


def f_json(g, th):
    r = g.r
    d = ["{", f'  "app": "{th["app"]}",', f'  "build": "{g.version()}",', '  "smtp": {',
         f'    "host": "{g.ip("smtp_host", 0.3)}",', f'    "username": "{g.email("smtp_user")}",',
         f'    "password": "{g.pw("quoted", "smtp_password")}"', "  },",
         f'  "apiKey": "{g.key(r.choice(["glcbt", "atbb", "ctx7", "hex64"]), "api_key")}",',
         f'  "deviceId": "{g.uuid()}",',
         f'  "allowlist": ["{g.ip("allow_ip", 0.4)}", "{g.priv()}"],',
         f'  "support": "{g.email("support_email")}",', f'  "example": "{g.resmail()}",',
         f'  "firmwareSha1": "{g.sha1()}"', "}"]
    return "json", f"settings/{th['app']}.json", "\n".join(d) + "\n"


def f_sh(g, th):
    r = g.r
    L = ["#!/bin/sh", f"# nightly sync for the {th['title'].lower()}", "set -eu",
         f"export {th['app'].upper()}_TOKEN={g.key(r.choice(['glcbt', 'hex40', 'an48', 're_key']), 'export_token')}",
         f"REMOTE={g.ip('sync_host', 0.3)}",
         f"curl -fsS -u {th['user']}:{g.pw('shell', 'curl_password')} https://{g.ip('upload_host', 0.25, url=True)}/upload -F f=@/srv/{th['unit']}s.tgz",
         f"rsync -a /srv/{th['app']}/ {th['user']}@$REMOTE:/backup/{th['app']}/",
         f"echo \"{g.sha256()}  {th['app']}.tgz\" | sha256sum -c -",
         f"mail -s 'sync done' {g.email('report_to')} < /tmp/{th['app']}.log"]
    if r.random() < 0.5:
        L.insert(4, f"# router lan side: {g.priv()} (not {g.docip()})")
    if r.random() < 0.5:
        L.append(f"# key for the offsite box: {g.key('b64_32', 'offsite_key')}")
    return "shell", f"bin/{th['app']}-sync.sh", "\n".join(L) + "\n"


def f_md(g, th):
    r = g.r
    L = [f"# {th['title']}: server runbook", "", f"Maintainer: {g.email('maintainer')}", "",
         "## Access", "", f"- Shell: `ssh {th['user']}@{g.ip('ssh_host', 0.35)}` (key only)",
         f"- Admin panel: https://{th['host']}.{th['key']}.net/admin, user `{th['user']}`, password `{g.pw('prose', 'admin_password')}`",
         f"- Payments API key: `{g.key(r.choice(['hex32', 'an40', 're_key', 'fw']), 'payments_key')}`",
         f"- Wi-Fi ({th['host']}): `{g.pw('prose', 'wifi_password')}`", "", "## Not secrets", "",
         f"- host key: `{g.b64pub()}`", f"- app version {g.version()}, commit {g.short_sha()}",
         f"- LAN printer {g.priv()}, docs use {g.docip()} and {g.resmail()}"]
    if r.random() < 0.5:
        L.append(f"- UPS serial {g.serial()}")
    return "markdown", f"docs/{th['app']}-runbook.md", "\n".join(L) + "\n"


def f_csv(g, th):
    r = g.r
    L = ["id,name,email,last_ip,temp_password,api_key,device"] if r.random() < 0.5 else \
        ["id,name,email,last_ip,temp_password,api_key,device".replace("last_ip,", "")]
    with_ip = "last_ip" in L[0]
    for i in range(r.randrange(2, 4)):
        nm = g.pick(["Aurelia", "Bram", "Cleo", "Dmitri", "Elsa", "Fionn", "Greta", "Hamid"])
        ipcol = f"{g.ip('row_ip', 0.3)}," if with_ip else ""
        L.append(f"{100 + i},{nm},{g.email('row_email')},{ipcol}{g.pw('ini', 'temp_password')},"
                 f"{g.key('hex32', 'row_api_key') if r.random() < 0.5 else ''},{g.uuid()}")
    return "csv", f"exports/{th['app']}-accounts.csv", "\n".join(L) + "\n"


def f_ndjson(g, th):
    r = g.r
    L = []
    t = r.randrange(10, 50)
    L.append(json.dumps({"ts": f"2026-03-{t % 28 + 1:02d}T08:{t:02d}:00Z", "event": "login_failed",
                         "user": "EM1", "src": "IP1", "tried": "PW1"}))
    L.append(json.dumps({"ts": f"2026-03-{t % 28 + 1:02d}T08:{t + 1:02d}:10Z", "event": "login_ok",
                         "user": th["user"], "src": "IP2", "session": "UU1"}))
    L.append(json.dumps({"ts": f"2026-03-{t % 28 + 1:02d}T09:{t:02d}:00Z", "event": "token_created",
                         "by": "EM2", "token": "KEY1", "request_id": "UU2"}))
    L.append(json.dumps({"ts": f"2026-03-{t % 28 + 1:02d}T09:{t + 2:02d}:00Z", "event": "deploy",
                         "version": "VER1", "commit": "SHA1", "host": "PRIV1"}))
    s = "\n".join(L) + "\n"
    for ph, val in [("EM1", g.email("event_user")), ("IP1", g.ip("event_src", 0.35)), ("PW1", g.pw("quoted", "tried_password")),
                    ("IP2", g.priv()), ("UU1", g.uuid()), ("EM2", g.email("event_by")),
                    ("KEY1", g.key(r.choice(["hvb", "tfc", "zpka", "hex64"]), "created_token")),
                    ("UU2", g.uuid()), ("VER1", g.version()), ("SHA1", g.short_sha()), ("PRIV1", g.priv())]:
        s = s.replace(f'"{ph}"', f'"{val}"')
    return "ndjson", f"logs/{th['app']}-audit.ndjson", s


def f_xml(g, th):
    r = g.r
    L = ['<?xml version="1.0" encoding="UTF-8"?>', f'<{th["app"]} version="{g.version()}">',
         f'  <mail host="{g.ip("mail_host", 0.3)}" port="465" user="{g.email("mail_user")}" password="{g.pw("quoted", "mail_password")}"/>',
         f'  <api endpoint="https://api.{th["key"]}-hub.net/v2" key="{g.key(r.choice(["hex40", "an32", "rpa", "zpka"]), "api_key")}"/>',
         f'  <station id="{g.uuid()}" lan="{g.priv()}" mac="{g.mac()}"/>',
         f'  <contact>{g.email("contact_email") if r.random() < 0.5 else g.resmail("contact")}</contact>']
    if r.random() < 0.5:
        L.append(f'  <!-- previous password: {g.pw("plain", "old_password")} -->')
    L.append(f'</{th["app"]}>')
    return "xml", f"conf/{th['app']}.xml", "\n".join(L) + "\n"


def f_chat(g, th):
    r = g.r
    a, b = g.pick(["Maud", "Ivo", "Rhoswen", "Teodor"]), g.pick(["Kasia", "Oskar", "Lumi", "Piet"])
    mins = iter(sorted(r.sample(range(10, 60), 5)) + sorted(r.sample(range(10, 60), 2)))
    L = [f"# chat export: #{th['key']}-ops", f"[08:{next(mins)}] {a}: new {th['host']} box is up at {g.ip('chat_ip', 0.35)}",
         f"[08:{next(mins)}] {b}: login?", f"[08:{next(mins)}] {a}: {th['user']} / {g.pw('prose', 'chat_password')}",
         f"[08:{next(mins)}] {b}: and the booking widget key?",
         f"[08:{next(mins)}] {a}: {g.key(r.choice(['hex32', 'an32', 'csk', 'glcbt']), 'chat_key')} (please move it to the vault)",
         f"[09:{next(mins)}] {b}: invoices go to {g.email('chat_email')} now",
         f"[09:{next(mins)}] {a}: fyi the update is {g.version()}, commit {g.short_sha()}, printer still {g.priv()}"]
    return "text", f"chat/{th['key']}-ops.txt", "\n".join(L) + "\n"


def f_py(g, th):
    r = g.r
    L = [f'"""Settings for {th["app"]} ({th["title"].lower()})."""', "", "DEBUG = False",
         f"SECRET_KEY = '{g.key(r.choice(['an48', 'b64u43', 'hex64']), 'app_secret_key')}'",
         f"ALLOWED_HOSTS = ['{th['host']}.{th['key']}.net', '{g.ip4('allowed_host')}']", "DATABASES = {",
         "    'default': {", f"        'NAME': '{th['app']}',", f"        'USER': '{th['user']}',",
         f"        'PASSWORD': '{g.pw('quoted', 'db_password')}',", f"        'HOST': '{g.ip('db_host', 0.3)}',", "    }", "}",
         f"EMAIL_HOST_USER = '{g.email('email_host_user')}'", f"EMAIL_HOST_PASSWORD = '{g.pw('quoted', 'email_password')}'",
         f"TEST_USER_EMAIL = '{g.resmail()}'",
         f"STATIC_VERSION = '{g.version()}'"]
    return "python", f"{th['app']}/settings.py", "\n".join(L) + "\n"


def f_ini(g, th):
    r = g.r
    L = [f"; {th['app']}.ini - {th['title']}", "[general]", f"instance = {g.uuid()}", f"version = {g.version()}", "",
         "[mail]", f"smtp_host = {g.ip('smtp_host', 0.3)}", f"smtp_user = {g.email('smtp_user')}",
         f"smtp_pass = {g.pw('ini', 'smtp_password')}", "", "[sms]", f"account_key = {g.key('hex32', 'sms_key')}",
         "", "[network]", f"lan_gateway = {g.priv()}",
         f"netmask = {g.lk('netmask', '255.255.255.0')}", f"uplink = {g.ip('uplink', 0.4)}"]
    if r.random() < 0.5:
        L += ["", "[till]", f"manager_pin = {g.pin('till_pin')}"]
    return "ini", f"etc/{th['app']}.ini", "\n".join(L) + "\n"


FMT_FN = dict(env=f_env, yaml=f_yaml, toml=f_toml, json=f_json, sh=f_sh, md=f_md, csv=f_csv, ndjson=f_ndjson,
              xml=f_xml, chat=f_chat, py=f_py, ini=f_ini)

for _i, _th in enumerate(THEMES):
    for _k in range(8):
        _f = FORMATS[(_i + _k) % 12]
        reg(f"{_th['key']}_{_f}", "theme x format")(lambda g, th=_th, f=_f: FMT_FN[f](g, th))


# ---------------------------------------------------------------- tool configs, written one by one
@reg("lamplighter_autossh_service", "tool configs")
def t_autossh(g):
    ip = g.ip("tunnel_host", 0.35)
    return "ini", "etc/systemd/system/lamp-tunnel.service", f"""[Unit]
Description=autossh tunnel for the lamplighters' gas-lamp controllers
After=network-online.target

[Service]
Environment=AUTOSSH_GATETIME=0
Environment=LAMP_RELAY_TOKEN={g.key('hex40', 'relay_token')}
ExecStart=/usr/bin/autossh -M 0 -N -o ServerAliveInterval=30 -R 2222:localhost:22 lamps@{ip}
# fallback relay {g.ip('fallback_relay', 0.3)}; LAN side {g.priv()}
# reports to {g.email('report_email')}

[Install]
WantedBy=multi-user.target
"""


@reg("signalbox_sslh_cfg", "tool configs")
def t_sslh(g):
    return "sslh", "etc/sslh.cfg", f"""# sslh for the restored signalbox web and shell
verbose: 0;
foreground: true;
listen: ( {{ host: "{g.lk('unspecified_ip', '0.0.0.0')}"; port: "443"; }} );
protocols:
(
  {{ name: "ssh"; service: "ssh"; host: "{g.lk('loopback_ip', '127.0.0.1')}"; port: "22"; }},
  {{ name: "tls"; host: "{g.priv()}"; port: "8443"; }},
  {{ name: "http"; host: "{g.ip('web_backend', 0.3)}"; port: "8080"; }}
);
# signalman login for the lever-frame simulator: signalman / {g.pw('plain', 'sim_password')}
# notices to {g.email('notice_email')}
"""


@reg("ferryman_openntpd_conf", "tool configs")
def t_openntpd(g):
    return "openntpd", "etc/ntpd.conf", f"""# openntpd on the wharfinger's ticket machine
listen on {g.priv()}
servers pool.ntp.org
server {g.ip('ntp_server', 0.35)}
server {g.ip('ntp_server2', 0.35)}
constraint from "https://{g.ip4('constraint_host')}/"
sensor *
# ticket machine serial {g.serial()}, firmware {g.version()}
# fleet portal login {g.email('portal_user')} / {g.pw('plain', 'portal_password')}
"""


@reg("bargee_corosync_conf", "tool configs")
def t_corosync(g):
    return "corosync", "etc/corosync/corosync.conf", f"""# two-node cluster for the narrowboat hire office
totem {{
    version: 2
    cluster_name: bargehire
    crypto_cipher: aes256
    crypto_hash: sha256
}}
nodelist {{
    node {{
        ring0_addr: {g.ip('node_addr', 0.3)}
        name: tiller
        nodeid: 1
    }}
    node {{
        ring0_addr: {g.ip('node_addr2', 0.3)}
        name: rudder
        nodeid: 2
    }}
}}
quorum {{
    provider: corosync_votequorum
    two_node: 1
}}
logging {{
    to_syslog: yes
}}
# authkey copied from tiller (base64 for the wiki): {g.key('b64_32', 'cluster_authkey')}
# owner: {g.email('owner_email')}
"""


@reg("bargee_pacemaker_crm_txt", "tool configs")
def t_crm(g):
    return "text", "cluster/crm-config.txt", f"""node 1: tiller
node 2: rudder
primitive fence-tiller stonith:fence_ipmilan \\
    params ip={g.ip4('ipmi_ip')} username=admin password={g.pw('shell', 'ipmi_password')} lanplus=1 \\
    op monitor interval=60s
primitive fence-rudder stonith:fence_ipmilan \\
    params ip={g.ip4('ipmi_ip2')} username=admin password={g.pw('shell', 'ipmi_password2')} lanplus=1
primitive vip IPaddr2 params ip={g.priv()} cidr_netmask=24
property cib-bootstrap-options: cluster-infrastructure=corosync dc-version={g.version()}-{g.short_sha()}
# BMC serials: {g.serial()} / {g.serial()}
"""


@reg("glovemaker_iscsid_conf", "tool configs")
def t_iscsid(g):
    return "iscsid", "etc/iscsi/iscsid.conf", f"""# iSCSI initiator for the glove workshop pattern archive
node.startup = automatic
node.session.auth.authmethod = CHAP
node.session.auth.username = glovemaker
node.session.auth.password = {g.pw('ini', 'chap_password')}
node.session.auth.username_in = archive
node.session.auth.password_in = {g.pw('ini', 'chap_password_in')}
discovery.sendtargets.auth.authmethod = CHAP
discovery.sendtargets.auth.username = glovemaker
discovery.sendtargets.auth.password = {g.pw('ini', 'discovery_password')}
# target portal {g.ip('portal', 0.3, url=True)}:3260, backup portal {g.priv()}:3260
# initiator iqn.2026-02.net.glovework:bench1, lun wwid {g.lk('wwid', '36' + g.s('0123456789abcdef', 31))}
"""


@reg("bootmaker_multipath_conf", "tool configs")
def t_multipath(g):
    return "multipath", "etc/multipath.conf", f"""# multipath for the bootmaker's last-scan store
defaults {{
    user_friendly_names yes
    find_multipaths yes
}}
multipaths {{
    multipath {{
        wwid  {g.lk('wwid', '36' + g.s('0123456789abcdef', 31))}
        alias lastscans
    }}
}}
blacklist {{
    wwid {g.lk('wwid', '36' + g.s('0123456789abcdef', 31))}
}}
# array mgmt: https://{g.ip('array_mgmt', 0.3, url=True)}/ user storeadmin pass {g.pw('plain', 'array_password')}
# support contract {g.key('licence', 'support_licence')} (array serial {g.serial()})
"""


@reg("umbrella_ntopng_conf", "tool configs")
def t_ntopng(g):
    return "ntopng", "etc/ntopng/ntopng.conf", f"""# ntopng for the umbrella repair shop's two uplinks
-i=eth0
-i=eth1
-w=3000
-m="{g.priv()}/24"
--redis={g.lk('loopback_ip', '127.0.0.1')}:6379:{g.pw('shell', 'redis_password')}
--community
--dump-flows=nindex
# uplink A {g.ip('uplink_a', 0.3)}  uplink B {g.ip('uplink_b', 0.5)}
# licence {g.key('licence', 'ntopng_licence')}
# alerts to {g.email('alert_email')}
"""


@reg("accordion_rainloop_domain_ini", "tool configs")
def t_rainloop(g):
    return "ini", "rainloop/data/domains/reedbox.ini", f"""; rainloop domain for the accordion school webmail
imap_host = "{g.ip('imap_host', 0.3)}"
imap_port = 993
imap_secure = "SSL"
smtp_host = "{g.ip('smtp_host', 0.3)}"
smtp_port = 465
smtp_secure = "SSL"
smtp_auth = On
white_list = "{g.email('white_list')} {g.email('white_list2')}"
; admin panel: admin / {g.pw('ini', 'admin_password')}
"""


@reg("bagpipe_mlmmj_control_txt", "tool configs")
def t_mlmmj(g):
    return "text", "var/spool/mlmmj/pipeband/control/README.txt", f"""Pipe band announce list (mlmmj) - control files, as set on {g.r.randrange(1, 28)} March

owner        : {g.email('list_owner')}
moderators   : {g.email('moderator')}, {g.email('moderator2')}
relayhost    : {g.ip('relayhost', 0.3)}
smtpport     : 587
delimiter    : +
listaddress  : {g.m('EMAIL', 'list_address', 'pipeband@lists.pipeband-trust.org.uk')}
customheaders: X-Band-Secret: {g.key('low32', 'header_secret')}

Test subscriber for docs: {g.resmail('chanter')}; archive host {g.priv()}.
"""


@reg("dyer_schleuder_list_yml", "tool configs")
def t_schleuder(g):
    fp = g.s("0123456789ABCDEF", 40)
    return "yaml", "var/lib/schleuder/lists/madderworks/list.yml", f"""# schleuder list for the natural dye workshop
email: {g.m('EMAIL', 'list_address', 'madderworks@lists.madderworks-coop.org')}
fingerprint: {g.lk('pgp_fingerprint', fp)}
admins:
  - email: {g.email('list_admin')}
    fingerprint: {g.lk('pgp_fingerprint', g.s('0123456789ABCDEF', 40))}
log_level: warn
send_encrypted_only: true
# smtp relay {g.ip('smtp_relay', 0.3)}, relay password {g.pw('plain', 'relay_password')}
"""


@reg("collier_oxidized_config", "tool configs")
def t_oxidized(g):
    return "yaml", "home/oxidized/.config/oxidized/config", f"""---
# oxidized for the colliery archive's switches
username: backup
password: {g.pw('yaml', 'device_password')}
model: aosw
interval: 3600
rest: {g.lk('loopback_ip', '127.0.0.1')}:8888
source:
  default: csv
  csv:
    file: ~/.config/oxidized/router.db
    delimiter: !ruby/regexp /:/
    map:
      name: 0
      model: 1
output:
  default: git
  git:
    user: Oxidized
    email: {g.email('git_email')}
    repo: "~/devices.git"
hooks:
  push:
    type: githubrepo
    remote_repo: git@{g.ip('git_remote', 0.3, url=True)}:collier/devices.git
    password: {g.key('hex40', 'push_token')}
# router.db: pit-sw1:aosw at {g.priv()}, pit-sw2:aosw at {g.priv()}
"""


@reg("netmaker_rancid_cloginrc", "tool configs")
def t_rancid(g):
    return "rancid", "home/rancid/.cloginrc", f"""# .cloginrc for the net-loft's routers
add user        net-loft-*     {{backup}}
add password    net-loft-gw    {{{g.pw('plain', 'login_password')}}} {{{g.pw('plain', 'enable_password')}}}
add password    net-loft-sw*   {{{g.pw('plain', 'switch_password')}}}
add method      *              {{ssh}}
add autoenable  net-loft-sw*   1
# hosts: net-loft-gw {g.ip('gw_ip', 0.3)}, net-loft-sw1 {g.priv()}
# mailto {g.email('rancid_admin')}
"""


@reg("telegraph_mender_conf", "tool configs")
def t_mender(g):
    return "json", "etc/mender/mender.conf", f"""{{
  "ServerURL": "https://updates.sounder-collection.org",
  "TenantToken": "{g.key('b64u43', 'tenant_token')}",
  "InventoryPollIntervalSeconds": 28800,
  "UpdatePollIntervalSeconds": 1800,
  "ServerCertificate": "/etc/mender/server.crt",
  "DeviceSerial": "{g.serial()}",
  "FallbackServer": "{g.ip('fallback_server', 0.3)}",
  "ArtifactName": "sounder-{g.version()}",
  "Maintainer": "{g.email('maintainer')}"
}}
"""


@reg("postmaster_swupdate_cfg", "tool configs")
def t_swupdate(g):
    return "swupdate", "etc/swupdate.cfg", f"""globals :
{{
    verbose = true;
    loglevel = 5;
}};
suricatta :
{{
    tenant = "sortingoffice";
    id = "{g.uuid()}";
    url = "https://{g.ip('rollout_host', 0.3, url=True)}:8443";
    targettoken = "{g.key('hex32', 'target_token')}";
    gatewaytoken = "{g.key('hex32', 'gateway_token')}";
    polldelay = 360;
}};
webserver :
{{
    document_root = "/www";
    userauth = "postmaster:{g.pw('quoted', 'web_password')}";
}};
# image {g.version()} sha256 {g.sha256()}
"""


@reg("lengthsman_rauc_system_conf", "tool configs")
def t_rauc(g):
    return "ini", "etc/rauc/system.conf", f"""[system]
compatible=lock-keeper-panel
bootloader=uboot
data-directory=/data/rauc

[keyring]
path=/etc/rauc/keyring.pem

[slot.rootfs.0]
device=/dev/mmcblk0p2
type=ext4
bootname=A

[slot.rootfs.1]
device=/dev/mmcblk0p3
type=ext4
bootname=B

# bundle server {g.ip('bundle_server', 0.3)}  token {g.key(g.pick(['hex40', 'rpa', 'atbb']), 'bundle_token')}
# signing cert sha256 {g.sha256()}; panel serial {g.serial()}; lan {g.priv()}
"""


@reg("ratcatcher_homebox_env", "tool configs")
def t_homebox(g):
    return "env", "homebox/.env", f"""# homebox inventory for the vermin-control van
HBOX_MODE=production
HBOX_WEB_PORT=7745
HBOX_OPTIONS_ALLOW_REGISTRATION=false
HBOX_MAILER_HOST={g.ip('mailer_host', 0.3)}
HBOX_MAILER_PORT=587
HBOX_MAILER_USERNAME={g.email('mailer_user')}
HBOX_MAILER_PASSWORD={g.pw('ini', 'mailer_password')}
HBOX_MAILER_FROM={g.email('mailer_from')}
HBOX_STORAGE_DATA=/data
# trap labels printer {g.priv()}, mac {g.mac()}
"""


@reg("spinner_handbrake_preset_json", "tool configs")
def t_handbrake(g):
    return "json", "presets/spinning-demo.json", f"""{{
  "PresetList": [
    {{
      "PresetName": "Spinning wheel demo 720p",
      "FileFormat": "av_mp4",
      "VideoEncoder": "x264",
      "VideoQualitySlider": 21,
      "AudioList": [{{"AudioEncoder": "av_aac", "AudioBitrate": 160}}],
      "PresetDescription": "upload with key {g.key('an32', 'upload_key')} to {g.ip('upload_host', 0.3)}"
    }}
  ],
  "VersionMajor": 47,
  "Build": "{g.version()}",
  "Owner": "{g.email('owner')}",
  "FtpPassword": "{g.pw('quoted', 'ftp_password')}"
}}
"""


@reg("fuller_kdenlive_render_notes_md", "tool configs")
def t_kdenlive(g):
    return "markdown", "docs/fulling-mill-video.md", f"""# Fulling mill film: render and upload

Render profile in kdenlive: `atsc_1080p_25`, proxy clips on, version {g.version()}.

Upload goes to the trust's media box `{g.ip('media_box', 0.35)}` as `fuller`, password `{g.pw('prose', 'media_password')}`.
The captioning service wants the key `{g.key(g.pick(['csk', 'fw', 'an40', 're_key']), 'caption_key')}`.
Questions to {g.email('editor_email')}; reviewers use {g.resmail('reviewer')}.

Project file checksum: `{g.sha1()}`
"""


@reg("tapestry_shotcut_export_sh", "tool configs")
def t_shotcut(g):
    return "shell", "bin/tapestry-export.sh", f"""#!/bin/bash
# export the tapestry restoration timelapse (shotcut / melt) and push it
melt /srv/tapestry/timelapse.mlt -consumer avformat:/srv/out/tapestry.mp4 vcodec=libx264
UPLOAD_KEY={g.key('hex64', 'upload_key')}
curl -H "Authorization: Bearer $UPLOAD_KEY" -T /srv/out/tapestry.mp4 https://{g.ip('upload_host', 0.3, url=True)}/put/
# we use keys now; the old password was {g.pw('shell', 'old_password')}
scp /srv/out/tapestry.mp4 conservator@{g.ip('mirror_host', 0.4, url=True)}:/media/
echo "done" | mail -s tapestry {g.email('notify_email')}
# built from {g.short_sha()} on {g.priv()}
"""


@reg("organbuilder_audacity_macro_txt", "tool configs")
def t_audacity(g):
    return "text", "macros/pipe-voicing.txt", f"""Select:Start="0" End="30" RelativeTo="ProjectStart"
Normalize:PeakLevel="-1" ApplyGain="1" RemoveDcOffset="1"
ExportMp3:
# voicing recordings go to the archive: {g.ip('archive_host', 0.3)} (smb user voicer, pass {g.pw('plain', 'smb_password')})
# archive API key {g.key('hex40', 'archive_key')}; cataloguer {g.email('cataloguer')}
# audio device serial {g.serial()}
"""


@reg("perfumer_mkvtoolnix_batch_sh", "tool configs")
def t_mkv(g):
    return "shell", "bin/mux-lectures.sh", f"""#!/bin/sh
# mux the scent lecture recordings and send them to the streaming box
for f in /srv/lectures/*.mp4; do
  mkvmerge -o "${{f%.mp4}}.mkv" --language 0:eng "$f"
done
export STREAM_KEY={g.key(g.pick(['an32', 'low32', 'hvb']), 'stream_key')}
for f in /srv/lectures/*.mkv; do curl -sS --user lectures:{g.pw('shell', 'ftp_password')} -T "$f" sftp://{g.ip('sftp_host', 0.3, url=True)}/in/; done
# contact {g.email('contact')}; tool version {g.version()}
"""


# ---------------------------------------------------------------- handover notes (table-driven)
NOTES = [
    ("sambahsa", "Sambahsa", "Sei salvet!", "Dank."),
    ("elefen", "Elefen", "Alo!", "Grasias."),
    ("kotava", "Kotava", "Kiavaf!", "Bretkat."),
    ("solresol", "Solresol", "Doremi!", "Fasol."),
    ("yumplatok", "Yumplatok", "Yawo!", "Eso."),
    ("hiri_motu", "Hiri Motu", "Namona!", "Tanikiu."),
    ("lingwa", "Lingwa de Planeta", "Privet!", "Spasibo."),
    ("glosa", "Glosa", "Ave!", "Gratia."),
]


def make_note(code, lang_name, hello, bye):
    def t(g):
        r = g.r
        srv = g.ip("server", 0.3)
        form = r.randrange(3)
        k1 = g.key(r.choice(["hex40", "re_key", "tfc", "rpa"]), "note_key")
        k2 = g.key(r.choice(["an32", "zpka", "ctx7", "hvb"]), "note_key2")
        pw = g.pw("prose", "note_password")
        if form == 0:
            body = (f"1. Server {srv}, admin password {pw}\n2. Deploy key {k1}\n3. Mail token {k2}\n"
                    f"4. Contact {g.email('note_email')}\n5. Not secret: LAN {g.priv()}, version {g.version()}\n")
        elif form == 1:
            body = (f"```\nserver   = {srv}\npassword = {pw}\nkey      = {k1}\nmailkey  = {k2}\n"
                    f"owner    = {g.email('note_email')}\nhostkey  = {g.b64pub()}\n```\n")
        else:
            body = (f"The box is at {srv}; log in with {pw}. The deploy key is {k1} and the mail token is {k2}. "
                    f"Questions to {g.email('note_email')}. The docs example {g.docip()} and id {g.uuid()} are not ours.\n")
        return "markdown", f"notes/handover-{code}.md", f"{hello}\n\nHandover ({lang_name} greeting and closing only).\n\n{body}\n{bye}\n"
    return t


for _n in NOTES:
    reg(f"note_{_n[0]}", "handover notes")(make_note(*_n))
