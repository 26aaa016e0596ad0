"""Templates for held-out set 43, part c (game servers, telephony, developer tooling). Each written by hand."""


def pufferpanel_json(g):
    return "etc/pufferpanel/config.json", "json", f'''{{
  "logs": "/var/log/pufferpanel",
  "installId": "{g.uuid_x("install_uuid")}",
  "panel": {{
    "database": {{
      "dialect": "mysql",
      "url": "pufferpanel:{g.P('db_password', ctx='url')}@tcp({g.IPu('db_host')}:3306)/pufferpanel?charset=utf8&parseTime=true"
    }},
    "web": {{ "files": "/var/www/pufferpanel" }},
    "email": {{
      "provider": "smtp",
      "from": "{g.E('mail_from')}",
      "host": "mail.{g.choice(['kabelbw.de', 'vr-web.de'])}:587",
      "username": "{g.E('smtp_user')}",
      "password": "{g.P('smtp_password', ctx='quoted')}"
    }},
    "settings": {{ "companyName": "{g.org().capitalize()} Games", "masterUrl": "https://panel.{g.org()}.eu" }}
  }},
  "daemon": {{
    "auth": {{ "url": "http://{g.loop()}:8080/oauth2/token", "clientId": "{g.X('client_id', '.node_' + str(g.num(1, 9)))}", "clientSecret": "{g.K('node_client_secret', shape='an40')}" }},
    "sftp": {{ "host": "{g.unspec()}:5657" }}
  }},
  "token": {{ "private": "/etc/pufferpanel/private.pem" }}
}}
'''


def crafty_compose(g):
    return "crafty/docker-compose.yml", "yaml", f'''services:
  crafty:
    container_name: crafty_container
    image: registry.gitlab.com/crafty-controller/crafty-4:latest
    restart: always
    environment:
      - TZ=Etc/UTC
      # pinned digest sha256:{g.sha256()}
    ports:
      - "8443:8443"   # HTTPS
      - "8123:8123"   # DYNMAP
      - "19132:19132/udp"  # BEDROCK
      - "25500-25600:25500-25600"  # MC SERV PORT RANGE
    volumes:
      - ./docker/backups:/crafty/backups
      - ./docker/servers:/crafty/servers
# first-run credentials from docker/config/default-creds.txt (deleted afterwards):
#   username: admin
#   password: {g.P('default_admin_password', ctx='plain')}
# webhook for the #server-status channel:
#   https://chat.{g.org()}.eu/api/webhooks/{g.num(10**17, 10**18 - 1)}/{g.K('webhook_token', shape=g.choice(['b64url43', 'an40']))}
# public address players use: {g.IP('public_host')} (or play.{g.org()}.eu)
'''


def mcrcon_cron(g):
    return "etc/cron.d/mc-restart", "shell", f'''# m h dom mon dow user command
MCRCON_HOST={g.priv()}
MCRCON_PORT=25575
# upstream example: mcrcon -H {g.doc_ip()} -p {g.placeholder('password')}
MCRCON_PASS={g.P('rcon_password', ctx='shell')}
50 4 * * * mc /usr/local/bin/mcrcon -w 5 "say Server restart in 10 minutes" "save-all"
0 5 * * *  mc /usr/local/bin/mcrcon "stop"
# the creative world on the second box still takes the password on the command line
5 5 * * *  mc /usr/local/bin/mcrcon -H {g.IP('second_host')} -P 25576 -p '{g.P('rcon_password', ctx='shell')}' "save-all"
# MAILTO for failures
MAILTO={g.E('cron_mailto')}
'''


def itzg_env(g):
    return "mc/.env", "env", f'''EULA=TRUE
TYPE=PAPER
VERSION={g.version()}
MEMORY=6G
MOTD=Marshwick survival
OPS={g.choice(['Creeperwatch', 'BasaltBaron', 'QuinceQueen'])}
ENABLE_RCON=true
RCON_PASSWORD={g.P('rcon_password', ctx='ini')}
ENABLE_WHITELIST=true
WHITELIST={g.uuid_x('player_uuid')},{g.uuid_x('player_uuid')}
CF_API_KEY='{g.L('KEY', 'curseforge_api_key', '$2a$10$' + g.b64url(53).replace('-', '.').replace('_', '/'))}'
# backups to the offsite bucket
RESTIC_REPOSITORY=s3:https://s3.{g.org()}.eu/mc-backups
RESTIC_PASSWORD={g.P('restic_password', ctx='ini')}
AWS_ACCESS_KEY_ID={g.K('access_key_id', shape='up36')}
AWS_SECRET_ACCESS_KEY={g.K('secret_access_key', shape='an40')}
SERVER_IP={g.unspec()}
'''


def linuxgsm_cfg(g):
    return "lgsm/config-lgsm/vhserver/vhserver.cfg", "shell", f'''##################################
####### Instance Settings ########
##################################
# PLACE INSTANCE SETTINGS HERE
## These settings will apply to a specific instance.

servername="{g.org().capitalize()} Vikings"
serverpassword="{g.P('server_password', ctx='shell')}"
port="2456"
gameworld="{g.choice(['Fjordheim', 'Mistmarch', 'Ashvale'])}"
public="0"
# lgsm {g.version()}, last update check {g.short_sha()}
ip="{g.unspec()}"

## Alerts
emailalert="on"
email="{g.E('alert_email')}"
emailfrom="{g.E('alert_from')}"
pushbulletalert="on"
pushbullettoken="{g.K('push_token', shape='an32')}"
discordalert="off"
discordwebhook="{g.placeholder('webhook')}"
## steam login (only for the dedicated-server depot)
steamuser="{g.user()}"
steampass='{g.P('steam_password', ctx='shell')}'
'''


def sourcemod_databases(g):
    return "addons/sourcemod/configs/databases.cfg", "text", f'''"Databases"
{{
	"driver_default"		"mysql"
	// config version {g.version()}

	// When specifying "host", you may use an IP address, a hostname, or a socket file path

	"default"
	{{
		"driver"			"default"
		"host"				"{g.loop()}"
		"database"			"sourcemod"
		"user"				"root"
		"pass"				""
	}}

	"sourcebans"
	{{
		"driver"			"mysql"
		"host"				"{g.IP('db_host')}"
		"database"			"sourcebans"
		"user"				"sb_game"
		"pass"				"{g.P('db_password', ctx='quoted')}"
		"port"				"3306"
	}}

	"storage-local"
	{{
		"driver"			"sqlite"
		"database"			"sourcemod-local"
	}}
}}
'''


def sauerbraten_server_init(g):
    return "sauerbraten/server-init.cfg", "text", f'''// server-init.cfg for the friday match server
serverdesc "{g.org()} friday"
serverip {g.IP4('bind_ip')}
serverport 28785
maxclients 12
// lan test box {g.priv()}, loopback {g.loop()}
adminpass {g.P('admin_password', ctx='plain')}
serverpass {g.P('server_password', ctx='plain')}
publicserver 1
updatemaster 1
mastername "master.sauerbraten.org"
// auth domain for clan members; the private key stays on the clan box
adduser {g.choice(['gravel', 'flint', 'ember'])} clan +{g.X('public_key', g.hexs(48))} m
// spectators from the office network: {g.priv()}
'''


def widelands_metaserver_notes(g):
    return "widelands/README-server.md", "markdown", f'''# Running the Widelands dedicated server

```sh
widelands --dedicated=/srv/wl/saves/friday.wgf --metaserver={g.IP4('metaserver')} \\
  --nickname=host --password='{g.P('online_password', ctx='shell')}'
```

- The online account is registered to {g.E('account_email')}.
- The password above is the *online* login, not the game password; the game password
  for the friday match is `{g.P('game_password', ctx='prose')}` and changes every season.
- If the metaserver is unreachable, try the IPv6 address `{g.IP6('metaserver6')}`.
- Never paste the server log publicly: it contains the host's address ({g.IP4('host_ip')}).
- Example from the upstream docs (do not use): `--metaserver={g.doc_ip()}`.
'''


def libretime_yml(g):
    return "etc/libretime/config.yml", "yaml", f'''general:
  public_url: https://radio.{g.org()}.eu
  api_key: {g.K('api_key', shape=g.choice(['an32', 'hex32']))}
  secret_key: {g.K('django_secret_key', shape='b64_48')}
  timezone: Europe/Athens
  # docs example: api_key: {g.placeholder('some_secret_api_key')}

database:
  host: {g.priv()}
  port: 5432
  name: libretime
  user: libretime
  password: {g.P('db_password', ctx='yaml')}

rabbitmq:
  host: {g.loop()}
  port: 5672
  vhost: /libretime
  user: libretime
  password: {g.P('rabbitmq_password', ctx='yaml')}

email:
  from_address: {g.E('from_address')}
  host: mail.{g.choice(['nordnet.fr', 'kabelbw.de'])}
  port: 465
  encryption: ssl
  user: {g.E('smtp_user')}
  password: {g.P('smtp_password', ctx='yaml')}

stream:
  outputs:
    icecast:
      - enabled: true
        host: {g.IP('icecast_host')}
        port: 8000
        mount: main
        source_password: {g.P('source_password', ctx='yaml')}
        admin_password: {g.masked()}
'''


def sipgate_python(g):
    return "scripts/send_fax.py", "python", f'''"""Send the weekly order sheet by fax through the telephony provider's REST API."""
import base64
import requests

TOKEN_ID = "{g.X('token_id', 'token-' + g.alnum(6, 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789'))}"
TOKEN = "{g.K('personal_access_token', shape='uuid')}"  # personal access token, scope sessions:fax:write
FAXLINE = "f0"
SESSION_EXAMPLE = "{g.uuid_x("session_uuid")}"  # from the API docs
RECIPIENT = "+49{g.num(3000000000, 3999999999)}"

def send(pdf_path):
    with open(pdf_path, "rb") as fh:
        content = base64.b64encode(fh.read()).decode()
    r = requests.post(
        "https://api.sipgate.com/v2/sessions/fax",
        auth=(TOKEN_ID, TOKEN),
        json={{"faxlineId": FAXLINE, "recipient": RECIPIENT, "filename": "order.pdf", "base64Content": content}},
        timeout=30,
    )
    r.raise_for_status()
    return r.json()["sessionId"]

# fallback account (web login, used by the office manager {g.E('office_manager')}):
#   password {g.P('web_password', ctx='plain')}
'''


def placetel_curl(g):
    return "docs/telephony-api.md", "markdown", f'''### Listing the call log

```console
$ curl -s -H "Authorization: Bearer {g.K('api_token', shape=g.choice(['hex64', 'an40']))}" \\
    "https://api.placetel.de/v2/calls?filter[date]=2026-11-30" | jq '.[0]'
{{
  "id": {g.num(10**7, 10**8)},
  "type": "accepted",
  "from_number": "+4930{g.num(1000000, 9999999)}",
  "to_number": {{ "name": "Hotline", "number": "+4940{g.num(1000000, 9999999)}" }},
  "duration": 184,
  "sip_user": "{g.num(777000000, 777999999)}",
  "from_ip": "{g.IP('caller_ip')}"
}}
```

The SIP trunk registers from the office firewall ({g.IP4('office_firewall')}) with user
`{g.num(777000000, 777999999)}` and password `{g.P('sip_password', ctx='prose')}`.
Example request in the vendor docs uses `{g.res_email('billing')}` and `{g.doc_ip()}`.
Billing contact: {g.E('billing_contact')}.
'''


def zadarma_php(g):
    return "app/Telephony/Client.php", "php", f'''<?php
namespace App\\Telephony;

final class Client
{{
    // keys from the personal account, section "Settings - Integrations and API"
    private const KEY = '{g.K('api_key', shape='hex32')}';
    private const SECRET = '{g.K('api_secret', shape='hex32')}';

    public static function fromEnv(): self
    {{
        return new self(getenv('PBX_KEY') ?: self::KEY, getenv('PBX_SECRET') ?: self::SECRET);
    }}

    public function __construct(private string $key, private string $secret)
    {{
    }}

    // webhook signature check uses md5, e.g. {g.md5()}
    public function sipLogin(): array
    {{
        // sip line 100 on the office PBX ({g.IP('pbx_host')})
        return ['user' => '{g.num(100000, 999999)}-100', 'password' => '{g.P('sip_password', ctx='quoted')}'];
    }}
}}
'''


def socketlabs_cs(g):
    return "src/Mailer/SocketLabsSender.cs", "csharp", f'''using SocketLabs.InjectionApi;
using SocketLabs.InjectionApi.Message;

namespace Shop.Mailer;

public static class SocketLabsSender
{{
    // TODO move to user-secrets before the next release
    private const int ServerId = {g.num(10000, 99999)};
    private const string InjectionApiKey = "{g.K('injection_api_key', shape=g.choice(['an40', 'b64url43']))}";

    // sample recipient from the docs: {g.res_email('customer')}
    public static SendResponse SendReceipt(string to, string html)
    {{
        var client = new SocketLabsClient(ServerId, InjectionApiKey);
        var message = new BasicMessage
        {{
            Subject = "Your receipt",
            HtmlBody = html,
            From = {{ Email = "{g.E('sender')}" }},
            ReplyTo = {{ Email = "{g.E('reply_to')}" }},
        }};
        message.To.Add(to);
        message.Bcc.Add("{g.E('archive_bcc')}");
        return client.Send(message);
    }}
}}
'''


def unisender_go(g):
    return "internal/notify/unisender.go", "go", f'''package notify

import (
	"bytes"
	"encoding/json"
	"net/http"
	"time"
)

// apiKey is the campaign account key; the transactional key is in the vault.
const apiKey = "{g.K('api_key', shape='low32')}"

const listAddr = "{g.E('list_owner')}"

// docs list id sample: {g.uuid_x('list_uuid')}
type subscribeReq struct {{
	APIKey string `json:"api_key"`
	ListIDs string `json:"list_ids"`
	Email  string `json:"fields[email]"`
}}

func Subscribe(email string) error {{
	body, _ := json.Marshal(subscribeReq{{APIKey: apiKey, ListIDs: "{g.num(100, 999)}", Email: email}})
	c := &http.Client{{Timeout: 10 * time.Second}}
	resp, err := c.Post("https://api.unisender.com/en/api/subscribe?format=json", "application/json", bytes.NewReader(body))
	if err != nil {{
		return err
	}}
	return resp.Body.Close()
}}

// test double listens on {g.loop()}:8025; staging relay is {g.IP('staging_relay')}
'''


def easybell_router_notes(g):
    return "notes/router-telephony.txt", "text", f'''Router / telephony setup, copied from the old wiki page

  Provider:           the SIP provider (business trunk)
  Registrar:          voip.easybell.de
  Outbound proxy:     {g.IP4('outbound_proxy')}
  SIP user:           {g.num(10**9, 10**10 - 1)}
  SIP password:       {g.P('sip_password', ctx='plain')}
  Customer login:     {g.E('customer_login')} / {g.P('portal_password', ctx='plain')}

  WAN (fibre):        {g.IP('wan_ip')}, gateway {g.IP4('wan_gateway')}
  LAN:                {g.priv()}/24, DHCP from .20
  Router firmware:    {g.version()}
  DNS (local):        {g.loop()}
  Guest Wi-Fi key:    {g.P('wifi_key', ctx='plain')}
  Remote access user: admin-remote, password kept in the safe (not here)

  Support ticket reference sent to {g.E('support_contact')}, see ticket {g.uuid_x('ticket_uuid')}.
'''


def ghostfolio_env(g):
    return "ghostfolio/.env", "env", f'''COMPOSE_PROJECT_NAME=ghostfolio
# CACHE
REDIS_HOST=redis
REDIS_PORT=6379
REDIS_PASSWORD={g.P('redis_password', ctx='ini')}
# POSTGRES
POSTGRES_DB=ghostfolio-db
POSTGRES_USER=user
POSTGRES_PASSWORD={g.P('postgres_password', ctx='ini')}
# VARIOUS
ACCESS_TOKEN_SALT={g.K('access_token_salt', shape=g.choice(['hex64', 'an32']))}
DATABASE_URL=postgresql://${{POSTGRES_USER}}:{g.ref('${POSTGRES_PASSWORD}')}@postgres:5432/${{POSTGRES_DB}}?connect_timeout=300&sslmode=prefer
JWT_SECRET_KEY={g.K('jwt_secret', shape='b64_32')}
# market data
API_KEY_EOD_HISTORICAL_DATA={g.K('market_data_key', shape='an24')}
API_KEY_COINGECKO_DEMO={g.placeholder('CG-xxxxxxxxxxxxxxxxxxxxxxxx')}
HOST={g.unspec()}
# example from the README: REDIS_PASSWORD={g.placeholder('<INSERT_REDIS_PASSWORD>')}
'''


def ttrss_config_php(g):
    return "tt-rss/config.php", "php", f'''<?php
	// *******************************************
	// *** Database configuration (important!) ***
	// *******************************************
	putenv('TTRSS_DB_TYPE=pgsql');
	putenv('TTRSS_DB_HOST={g.IP('db_host')}');
	putenv('TTRSS_DB_USER=ttrss');
	putenv('TTRSS_DB_NAME=ttrss');
	putenv('TTRSS_DB_PASS={g.P('db_password', ctx='quoted')}');
	putenv('TTRSS_DB_PORT=5432');
	// example value from the docs: {g.placeholder('XXXXXXXX')}; schema {g.version()}

	putenv('TTRSS_SELF_URL_PATH=https://feeds.{g.org()}.eu/tt-rss/');

	// mail
	putenv('TTRSS_SMTP_FROM_ADDRESS={g.E('smtp_from')}');
	putenv('TTRSS_SMTP_SERVER=mail.{g.choice(['inode.at', 'htp-tel.de'])}:587');
	putenv('TTRSS_SMTP_LOGIN={g.E('smtp_login')}');
	putenv('TTRSS_SMTP_PASSWORD={g.P('smtp_password', ctx='quoted')}');
	// the proxy between the feeds and the web: {g.priv()}
	putenv('TTRSS_HTTP_PROXY=http://{g.IP4('http_proxy')}:3128');
'''


def scrypted_notes(g):
    return "docs/camera-hub.md", "markdown", f'''# Camera hub (Scrypted)

* Management console: `https://{g.priv()}:10443` — login `{g.E('console_login')}`, password `{g.P('console_password', ctx='prose')}`.
* Cloud plugin token for remote access: `{g.K('cloud_token', shape='jwt')}`
* The doorbell speaks ONVIF on `{g.priv()}`; its admin password is `{g.P('camera_password', ctx='prose')}`.
* The NVR plugin pushes motion clips to the offsite box `{g.IP6('offsite6')}` over WireGuard,
  peer public key `{g.X('public_key', g.b64(32))}`.
* Plugin build `{g.short_sha()}`, device id `{g.uuid_x('device_uuid')}`.
* Old notes mention `{g.doc_ip6()}`; that was from the upstream example.
'''


def sane_airscan_conf(g):
    return "etc/sane.d/airscan.conf", "ini", f'''# sane-airscan configuration
[devices]
"Office MFP" = http://{g.priv()}:80/eSCL, eSCL
"Branch copier" = http://{g.IPu('branch_scanner')}:8080/eSCL
"Old WSD printer" = disable

[options]
discovery = enable
model = network
protocol = auto
ws-discovery = fast
# sane-airscan {g.version()}
socket_dir = /var/run

[blacklist]
ip = {g.linklocal()}/16
ip = {g.cgnat()}
# scan-to-mail account on the copier web UI: {g.E('scan_to_mail')} / {g.P('scan_mail_password', ctx='plain')}
'''


TEMPLATES = [
    ("pufferpanel_json", pufferpanel_json),
    ("crafty_compose", crafty_compose),
    ("mcrcon_cron", mcrcon_cron),
    ("itzg_env", itzg_env),
    ("linuxgsm_cfg", linuxgsm_cfg),
    ("sourcemod_databases", sourcemod_databases),
    ("sauerbraten_init", sauerbraten_server_init),
    ("widelands_md", widelands_metaserver_notes),
    ("libretime_yml", libretime_yml),
    ("sipgate_fax_py", sipgate_python),
    ("placetel_md", placetel_curl),
    ("zadarma_php", zadarma_php),
    ("socketlabs_cs", socketlabs_cs),
    ("unisender_go", unisender_go),
    ("easybell_notes", easybell_router_notes),
    ("ghostfolio_env", ghostfolio_env),
    ("ttrss_config_php", ttrss_config_php),
    ("scrypted_md", scrypted_notes),
    ("sane_airscan_conf", sane_airscan_conf),
]
