"""Templates for held-out set 29 (written from scratch for this set).

Each template takes a Ctx (gen_h29) and returns marked text.  TEMPLATES holds
(name, group, lang, path, function) in a fixed order.
"""
import json

from gen_h29 import Ctx, mark  # noqa: F401

TEMPLATES = []


def T(group, lang, path):
    def deco(fn):
        TEMPLATES.append((fn.__name__, group, lang, path, fn))
        return fn
    return deco


def J(obj, indent=2):
    return json.dumps(obj, ensure_ascii=False, indent=indent) + "\n"


# =====================================================================================
# CI / IaC
# =====================================================================================
@T("CI / IaC", "yaml", "deploy/score.yaml")
def humanitec_score_yaml(c):
    g = c.g
    return f"""apiVersion: score.dev/v1b1
metadata:
  name: episode-indexer
  annotations:
    # token used by humctl in the release job, rotate with the platform team
    humanitec.io/deploy-token: {c.key('humanitec_token')}
containers:
  indexer:
    image: registry.podhub.{g.pick(('io', 'dev'))}/indexer:{c.ver()}
    variables:
      PG_HOST: {c.ip('db_ip')}
      PG_PASSWORD: {c.pw('db_password', 'yaml')}
      LISTENNOTES_API_KEY: {c.key('listennotes_key')}
      ALERT_EMAIL: {c.email('email_role', company='podhub.fm')}
      CACHE_HOST: {c.priv()}
      EXAMPLE_CONTACT: {c.rmail()}
"""


@T("CI / IaC", "json", "massdriver/params.json")
def massdriver_params_json(c):
    g = c.g
    obj = {
        "md_metadata": {"name_prefix": "radio-prod-" + g.hx(4), "default_tags": {"owner": c.email("email")}},
        "database": {"instance_class": "db.t4g.small", "username": "radio_admin",
                     "password": c.pw("db_password", "quoted"), "allowed_cidr": c.ip("ip") + "/32"},
        "integrations": {"massdriver_api_key": c.key("massdriver_api_key"),
                         "pexels_key": c.key("pexels_key"),
                         "request_id": c.uuid("request_uuid")},
        "network": {"bastion": c.ip("ip"), "internal_dns": c.priv()},
    }
    return J(obj)


@T("CI / IaC", "json", "devbox.json")
def devbox_json(c):
    obj = {
        "$schema": "https://raw.githubusercontent.com/jetify-com/devbox/" + c.short() + "/.schema/devbox.schema.json",
        "packages": ["postgresql@16", "redis@7", "nodejs@20"],
        "env": {
            "PGPASSWORD": c.pw("db_password", "quoted"),
            "REDIS_URL": "redis://:" + c.pw("redis_password", "url") + "@" + c.ip("ip") + ":6379/0",
            "RAWG_API_KEY": c.key("rawg_key"),
            "DEVBOX_TOKEN": c.key("devbox_token"),
            "SEED_ADMIN_EMAIL": c.email("email"),
            "LOCAL_API": "http://" + c.priv() + ":8080",
        },
        "shell": {"init_hook": ["echo 'devbox ready'"]},
    }
    return J(obj)


@T("CI / IaC", "toml", ".flox/env/manifest.toml")
def flox_manifest_toml(c):
    return f"""version = 1

[install]
mpd.pkg-path = "mpd"
icecast.pkg-path = "icecast"

[vars]
ICECAST_SOURCE_PASSWORD = "{c.pw('source_password', 'quoted')}"
ICECAST_ADMIN_PASSWORD = "{c.pw('admin_password', 'quoted')}"
ICECAST_RELAY_HOST = "{c.ip('relay_ip')}"
FREESOUND_API_KEY = "{c.key('freesound_key')}"
STATION_CONTACT = "{c.email('email_role', company=c.g.domain())}"
# docs example only
EXAMPLE_HOST = "{c.testnet()}"

[hook]
on-activate = '''
  export FLOX_FLOXHUB_TOKEN="{c.key('flox_token')}"
'''
"""


@T("CI / IaC", "config", "/etc/hydra/hydra.conf")
def hydra_conf(c):
    g = c.g
    name = "cache." + g.domain()
    return f"""# hydra.conf -- evaluator and queue runner
max_servers = 25
compress_build_logs = 1
binary_cache_public_uri = https://{name}
binary_cache_secret_key_file = /var/lib/hydra/keys/secret
# public half, safe to publish:
#   {c.public('nix_public_key', name + '-1:' + g.b64(43) + '=')}
# private half (copied here by mistake during the migration, remove):
#   {c.keyv('nix_signing_key', name + '-1:' + g.b64(86) + '==')}
email_notification = 1
notification_sender = {c.email('email_role')}
<git-input>
  timeout = 600
</git-input>
<ldap>
  <config>
    ldap_server_options.timeout = 30
    ldap_server = {c.ip('ldap_ip')}
    ldap_bind_dn = cn=hydra,ou=svc,dc=nixbld,dc=org
    ldap_bind_password = {c.pw('ldap_password', 'ini')}
  </config>
</ldap>
database = dbi:Pg:dbname=hydra;host={c.priv()};user=hydra;password={c.pw('db_password', 'url')};
"""


@T("CI / IaC", "toml", "/etc/attic/server.toml")
def attic_server_toml(c):
    return f"""listen = "[::]:8080"
allowed-hosts = []
api-endpoint = "https://cache.{c.g.domain()}/"

[database]
url = "postgresql://atticd:{c.pw('db_password', 'url')}@{c.ip('db_ip')}:5432/attic"

[storage]
type = "s3"
region = "auto"
bucket = "attic-nar"
endpoint = "https://{c.look('account_id', c.g.hx(32))}.r2.cloudflarestorage.com"

[storage.credentials]
access_key_id = "{c.key('s3_access_key')}"
secret_access_key = "{c.key('s3_secret_key')}"

[jwt.signing]
token-hs256-secret-base64 = "{c.key('attic_hs256_secret')}"

[chunking]
nar-size-threshold = 65536
# admin token issued with `atticadm make-token --sub ci`:
# {c.key('attic_token')}
"""


@T("CI / IaC", "nix", "network.nix")
def morph_network_nix(c):
    return f"""{{
  network = {{
    pkgs = import <nixpkgs> {{ }};
    description = "radio relays";
  }};

  "relay-a" = {{ config, pkgs, ... }}: {{
    deployment.targetHost = "{c.ip('ip')}";
    deployment.secrets.icecast = {{
      source = "./secrets/icecast.xml";
      destination = "/var/keys/icecast.xml";
    }};
    services.icecast.admin.password = "{c.pw('admin_password', 'quoted')}";
    services.icecast.hostname = "{c.ip('ip')}";
    networking.defaultGateway = "{c.priv()}";
    security.acme.defaults.email = "{c.email('email')}";
  }};

  "relay-b" = {{ config, pkgs, ... }}: {{
    deployment.targetHost = "{c.ip('ip')}";
    # health check token for the stream monitor
    environment.variables.NODEPING_TOKEN = "{c.key('nodeping_token')}";
  }};
}}
"""


@T("CI / IaC", "nix", "krops.nix")
def krops_deploy_nix(c):
    return f"""let
  krops = builtins.fetchGit {{
    url = "https://cgit.krebsco.de/krops/";
    rev = "{c.sha()}";
  }};
  lib = import "${{krops}}/lib";
  pkgs = import "${{krops}}/pkgs" {{ }};

  source = lib.evalSource [{{
    nixpkgs.git = {{ ref = "{c.sha()}"; url = https://github.com/NixOS/nixpkgs; }};
    secrets.pass = {{ dir = toString ./secrets; name = "studio"; }};
    # inline fallback while pass is broken on the laptop:
    secrets.file = {{ path = toString (pkgs.writeText "wifi" "psk={c.pw('wifi_passphrase', 'plain')}"); }};
  }}];
in
  pkgs.krops.writeDeploy "deploy-studio" {{
    source = source;
    target = "root@{c.ip('ip')}";
    # mirror host for the second site
    # target = "root@{c.ip('ip')}";
  }}
"""


@T("CI / IaC", "yaml", "brigade/project.yaml")
def brigade_project_yaml(c):
    return f"""apiVersion: brigade.sh/v2
kind: Project
metadata:
  id: podcast-transcode
description: Transcodes uploaded episodes
spec:
  eventSubscriptions:
  - source: brigade.sh/cron
    types:
    - nightly
  workerTemplate:
    logLevel: DEBUG
    defaultConfigFiles:
      brigade.js: |-
        const {{ events, Job }} = require("@brigadecore/brigadier");
        events.on("brigade.sh/cron", "nightly", async event => {{
          let job = new Job("ffmpeg", "jrottenberg/ffmpeg:{c.ver()}", event);
          job.primaryContainer.environment = {{
            SFTP_HOST: "{c.ip('sftp_ip')}",
            SFTP_PASSWORD: "{c.pw('sftp_password', 'quoted')}",
            MIXCLOUD_CLIENT_SECRET: "{c.key('mixcloud_client_secret')}",
            REPORT_TO: "{c.email('email')}"
          }};
          await job.run();
        }});
# brig login --server https://brigade.internal --token {c.key('brigade_token')}
"""


# =====================================================================================
# HTTP / API client export
# =====================================================================================
@T("HTTP / API client export", "json", "atac/collections/lyrics.json")
def atac_collection_json(c):
    obj = {
        "name": "lyrics",
        "requests": [
            {"name": "search track", "method": "GET",
             "url": "https://api.musixmatch.com/ws/1.1/track.search",
             "params": [{"enabled": True, "data": ["apikey", c.key("musixmatch_api_key")]},
                        {"enabled": True, "data": ["q_artist", "{{artist}}"]}],
             "auth": "NoAuth"},
            {"name": "genius search", "method": "GET", "url": "https://api.genius.com/search",
             "auth": {"BearerToken": {"token": c.key("genius_access_token")}}},
            {"name": "staging login", "method": "POST",
             "url": "http://" + c.ip("ip") + ":8088/login",
             "auth": {"BasicAuth": {"username": c.email("email_username"),
                                    "password": c.pw("http_auth_password", "quoted")}},
             "headers": [{"enabled": False, "data": ["X-Request-Id", c.uuid("request_uuid")]}]},
        ],
    }
    return J(obj)


@T("HTTP / API client export", "json", "firecamp/environments/production.json")
def firecamp_env_json(c):
    obj = {
        "name": "production", "__meta": {"id": c.look("record_id", c.g.an(21)), "type": "E"},
        "variables": {
            "base_url": "https://api.rawg.io/api",
            "rawg_key": c.key("rawg_key"),
            "igdb_proxy": c.ip("ip"),
            "admin_user": c.email("email_username"),
            "admin_pass": c.pw("admin_password", "quoted"),
            "local_mock": c.priv(),
            "sample_user": c.rmail(),
        },
    }
    return J(obj)


@T("HTTP / API client export", "json", "exports/talend-api-tester.json")
def talend_tester_json(c):
    obj = {
        "version": 6,
        "entities": [{
            "entity": {"type": "Project", "name": "Transit widgets", "id": c.uuid("project_uuid")},
            "children": [
                {"entity": {"type": "Request", "method": {"name": "GET"}, "name": "journeys",
                            "uri": {"scheme": {"name": "https"}, "host": "api.navitia.io",
                                    "path": "/v1/coverage/fr-idf/journeys"},
                            "headers": [{"enabled": True, "name": "Authorization",
                                         "value": c.key("navitia_key")}]}},
                {"entity": {"type": "Request", "method": {"name": "GET"}, "name": "feeds",
                            "uri": {"scheme": {"name": "https"}, "host": "transit.land",
                                    "path": "/api/v2/rest/feeds",
                                    "query": {"items": [{"enabled": True, "name": "apikey",
                                                         "value": c.key("transitland_key")}]}}}},
                {"entity": {"type": "Request", "method": {"name": "POST"}, "name": "gtfs upload",
                            "uri": {"scheme": {"name": "sftp"}, "host": c.ip("ip")},
                            "body": {"formBody": {"items": [
                                {"name": "user", "value": c.email("email_username")},
                                {"name": "password", "value": c.pw("sftp_password", "quoted")}]}}}},
            ],
        }],
    }
    return J(obj)


@T("HTTP / API client export", "http", "captures/session-0412.txt")
def fiddler_raw_request(c):
    g = c.g
    return f"""POST https://{g.domain()}/api/v2/push HTTP/1.1
Host: {g.domain()}
User-Agent: PodHubSync/{c.ver()}
X-Forwarded-For: {c.ip('client_ip')}, {c.priv()}
X-PushPlus-Token: {c.key('pushplus_token')}
Content-Type: application/x-www-form-urlencoded
Content-Length: 118

user={c.email('email_username')}&password={c.pw('user_password', 'url')}&remember=1

HTTP/1.1 200 OK
ETag: {c.look('etag', g.etag())}
X-Served-By: {c.ip('server_ip')}
"""


# =====================================================================================
# SQL / CSV
# =====================================================================================
@T("SQL / CSV", "sql", "migrations/20240311093000_seed_stations.sql")
def goose_migration_sql(c):
    return f"""-- +goose Up
-- +goose StatementBegin
INSERT INTO stations (slug, stream_host, admin_email, source_password)
VALUES ('north-fm', '{c.ip('stream_ip')}', '{c.email('email')}', '{c.pw('source_password', 'quoted')}'),
       ('harbour-radio', '{c.ip('stream_ip')}', '{c.email('email')}', '{c.pw('source_password', 'quoted')}');

INSERT INTO integrations (station, provider, api_key, note)
VALUES ('north-fm', 'listennotes', '{c.key('listennotes_key')}', 'prod key, ask Priya before rotating'),
       ('north-fm', 'sample', '{c.ph()}', 'docs only, contact {c.rmail()}');
-- +goose StatementEnd

-- +goose Down
DELETE FROM integrations WHERE station = 'north-fm';
DELETE FROM stations WHERE slug IN ('north-fm', 'harbour-radio');
"""


@T("SQL / CSV", "csv", "exports/attendees-2025-05-17.csv")
def attendize_attendees_csv(c):
    rows = ["order_ref,first_name,last_name,email,ticket,checkin_ip,wifi_code,ticket_id"]
    for _ in range(3):
        g = c.g
        f, l = g.pick(("Ana", "Jomo", "Laila", "Oskar", "Thandi", "Mehdi")), g.pick(("Silva", "Mwangi", "Haddad", "Eriksen", "Nguyen"))
        rows.append(f"{c.look('booking_ref', 'ATT-' + g.uan(6))},{f},{l},{c.email('email')},Day pass,"
                    f"{c.ip('ip')},{c.pw('wifi_passphrase', 'ini')},{c.uuid('ticket_uuid')}")
    return "\n".join(rows) + "\n"


# =====================================================================================
# chat / ticket / email
# =====================================================================================
@T("chat / ticket / email", "json", "exports/gladly-conversation.json")
def gladly_conversation_json(c):
    g = c.g
    obj = {
        "id": c.look("record_id", g.an(22)), "customerId": c.look("record_id", g.an(22)), "status": "OPEN",
        "customer": {"emails": [{"original": c.email("email")}], "name": "Wanjiru Mwangi"},
        "items": [
            {"type": "EMAIL", "content": {"subject": "Studio booking portal locked",
             "body": "Hi, I'm locked out of the booking portal. My old password was "
                     + c.pw("user_password", "prose") + " if that helps. I was on " + c.ip("client_ip") + " at the time."}},
            {"type": "NOTE", "content": {"body": "Reset done. Temporary password "
                     + c.pw("temp_password", "prose") + ", agent " + c.email("email") + ". Do not paste the Oura token ("
                     + c.key("oura_pat") + ") into tickets again."}},
            {"type": "NOTE", "content": {"body": "template sample: " + c.rmail() + " / " + c.ph("<temp-password>")}},
        ],
    }
    return J(obj)


@T("chat / ticket / email", "json", "exports/dixa-conversation-88213.json")
def dixa_conversation_json(c):
    obj = {
        "id": 88213, "channel": "WidgetChat", "requesterId": c.uuid("requester_uuid"),
        "messages": [
            {"author": "customer", "text": "the printful sync stopped, our store token is "
             + c.key("printful_token") + " and the webhook host is " + c.ip("ip")},
            {"author": "agent", "text": "Thanks! Please rotate that token now. For the sftp drop use "
             + c.email("email_username") + " / " + c.pw("sftp_password", "prose") + " until Friday."},
            {"author": "customer", "text": "ok. also our old relay " + c.ip("ip") + " can be removed"},
            {"author": "system", "text": "Conversation " + c.uuid("conversation_uuid") + " rated 5"},
        ],
    }
    return J(obj)


@T("chat / ticket / email", "email", "mail/supportbee-ticket-4471.eml")
def supportbee_ticket_email(c):
    g = c.g
    return f"""From: SupportBee desk <{c.email('email_role', company=c.g.domain())}>
To: {c.email('email')}
Subject: [#4471] Re: Weather widget shows "401 unauthorized"
Message-ID: <{c.uuid('message_id_local')}@{c.look('placeholder_host', 'mailer.invalid')}>
X-Originating-IP: [{c.ip('ip')}]

Hello,

Our widget uses Xweather. Client id {c.key('xweather_client_id')} and secret
{c.key('xweather_client_secret')} were working yesterday. Fallback is Pirate Weather
with key {c.key('pirateweather_key')}.

The admin login for the widget backend is admin / {c.pw('admin_password', 'prose')}
(yes, we will change it). Server: {c.ip('ip')}.

--
Sent from the customer portal. Example reply address: {c.rmail()}
"""


@T("chat / ticket / email", "text", "exports/deltachat-ops-group.txt")
def deltachat_export_txt(c):
    return f"""[2025-03-02 08:14] Amara ({c.email('email')}): morning! new backup box is up at {c.ip('ip')}
[2025-03-02 08:15] Amara: backup repo password is {c.pw('repo_password', 'prose')}
[2025-03-02 08:17] Vidar ({c.email('email')}): thx. the nas is still on {c.priv()} right?
[2025-03-02 08:19] Amara: yes. and the Nuki bridge token for the door script: {c.key('nuki_web_token')}
[2025-03-02 08:20] Vidar: please put that in gopass next time 🙈
[2025-03-02 08:22] Amara: done, also the LIFX token {c.key('lifx_token')} moved there
"""


@T("chat / ticket / email", "log", "jami/conversations/studio.log")
def jami_chat_log(c):
    return f"""2025-02-11 21:03:17 <mateus> vps ip is {c.ip('ip')}, ssh on 2222
2025-02-11 21:03:40 <mateus> user deploy, pw {c.pw('ssh_password', 'shell')}
2025-02-11 21:05:02 <ilse> got it. db is {c.ip('ip')} now?
2025-02-11 21:05:30 <mateus> yes, mysql root: {c.pw('db_password', 'shell')}
2025-02-11 21:06:11 <ilse> and the pexels key for the thumbnails?
2025-02-11 21:06:45 <mateus> {c.key('pexels_key')}
2025-02-11 21:07:02 <ilse> mail me the rest at {c.email('email')}
2025-02-11 21:07:20 <mateus> jami id {c.look('public_id', c.g.hx(40))} if you need to re-add me
"""


@T("chat / ticket / email", "json", "exports/guilded-channel.json")
def guilded_message_json(c):
    msgs = [
        {"id": c.uuid("message_uuid"), "createdBy": c.g.an(8), "content":
         "server for tonight: " + c.ip("game_server_ip") + ":27015 password " + c.pw("game_server_password", "prose")},
        {"id": c.uuid("message_uuid"), "createdBy": c.g.an(8), "content":
         "rcon is " + c.pw("rcon_password", "prose") + " - don't share outside mods"},
        {"id": c.uuid("message_uuid"), "createdBy": c.g.an(8), "content":
         "bot uses the itch.io key " + c.key("itchio_key") + ", owner " + c.email("email")},
        {"id": c.uuid("message_uuid"), "createdBy": c.g.an(8), "content":
         "LAN fallback " + c.priv() + ", test account " + c.rmail()},
    ]
    return J({"messages": msgs})


@T("chat / ticket / email", "text", "exports/wickr-room-infra.txt")
def wickr_room_txt(c):
    return f"""Room: infra-oncall   Exported 2025-04-22

Thandi: rotating the UPS network card creds today
Thandi: new login admin / {c.pw('device_password', 'prose')} on {c.ip('ip')}
Hamid: snmp community for the card is {c.pw('snmp_community', 'prose')}
Hamid: and the old one was {c.look('placeholder', 'public')}, already disabled
Thandi: alerts go to {c.email('email_role')} and me ({c.email('email')})
Hamid: SIGNL4 team secret {c.key('signl4_team_secret')} is in the webhook url now
"""


@T("chat / ticket / email", "text", "briar/forum-export.txt")
def briar_forum_txt(c):
    return f"""Forum: community mesh
---
Author: kiri
The new mesh gateway is reachable on {c.ip('ip')} (backup {c.ip('ip')}).
Admin panel password for this week: {c.pw('admin_password', 'prose')}
---
Author: osei
Thanks. The LoRa gateway still listens on {c.priv()} only.
If you need an account write to {c.email('email')}.
---
Author: kiri
Reminder: the map tiles use Navitia key {c.key('navitia_key')} - do not post it elsewhere.
Version on the gateway: {c.ver()}
"""


# =====================================================================================
# code / config in other languages
# =====================================================================================
@T("code / config assignment", "snobol", "tools/rotate.sno")
def snobol_program(c):
    return f"""*       ROTATE.SNO -- rewrites the relay config
        RELAY   = '{c.ip('relay_ip')}'
        BACKUP  = '{c.ip('relay_ip')}'
        ADMIN   = '{c.email('email')}'
        PASSWD  = '{c.pw('admin_password', 'quoted')}'
        APIKEY  = '{c.key('listennotes_key')}'
*       LOCAL   = '{c.priv()}'
        OUTPUT  = 'relay ' RELAY ' admin ' ADMIN
LOOP    LINE    = INPUT                                 :F(END)
        LINE    'PASSWORD=' REM . OLD = 'PASSWORD=' PASSWD
        OUTPUT  = LINE                                  :(LOOP)
END
"""


@T("code / config assignment", "bqn", "scripts/stats.bqn")
def bqn_script(c):
    return f"""# podcast stats job
host ← "{c.ip('db_ip')}"
user ← "stats"
pass ← "{c.pw('db_password', 'quoted')}"
key  ← "{c.key('podchaser_client_secret')}"
mail ← "{c.email('email')}"
dev  ← "{c.priv()}"   # laptop db
Avg ← +´ ÷ ≠
•Out "connecting to " ∾ host
"""


@T("code / config assignment", "vale", "src/settings.vale")
def vale_module(c):
    return f"""import stdlib.*;

struct Settings {{
  smtpHost str;
  smtpUser str;
  smtpPass str;
  rawgKey str;
}}

exported func defaultSettings() Settings {{
  return Settings(
    "{c.ip('smtp_ip')}",
    "{c.email('email_username')}",
    "{c.pw('smtp_password', 'quoted')}",
    "{c.key('rawg_key')}");
}}

// fixture for the unit tests: "{c.rmail()}" / "{c.ph()}"
"""


@T("code / config assignment", "simula", "legacy/feedsync.sim")
def simula_program(c):
    return f"""BEGIN
   COMMENT feed sync, kept for the archive importer;
   TEXT host, user, pass, apikey;
   host :- "{c.ip('ip')}";
   user :- "{c.email('email_username')}";
   pass :- "{c.pw('ftp_password', 'quoted')}";
   apikey :- "{c.key('isbndb_key')}";
   COMMENT old mirror {c.priv()} retired in {c.ver()};
   OutText("syncing from "); OutText(host); OutImage;
END
"""


@T("code / config assignment", "newspeak", "src/StationConfig.ns")
def newspeak_module(c):
    return f"""Newspeak3
'Radio'
class StationConfig usingPlatform: platform = (
|
  streamHost = '{c.ip('stream_ip')}'.
  sourcePassword = '{c.pw('source_password', 'quoted')}'.
  giphyKey = '{c.key('giphy_key')}'.
  contact = '{c.email('email')}'.
  labHost = '{c.priv()}'.
|
) (
  describe = ( ^'station at ', streamHost )
)
"""


@T("code / config assignment", "slim", "app/views/layouts/player.html.slim")
def slim_template(c):
    return f"""doctype html
html
  head
    title Player
    / analytics: pendo key below is the public snippet key
    script src="https://cdn.pendo.io/agent/static/{c.public('public_api_key', c.g.uuid())}/pendo.js"
    script integrity="{c.look('sri', c.g.sri())}" src="/player.js"
  body
    / TODO remove before release: {c.key('giphy_key')}
    / stage admin: {c.email('email')} / {c.pw('admin_password', 'plain')}
    #player data-stream="https://{c.ip('stream_ip')}/live"
    = render 'footer', contact: current_station.email
"""


@T("code / config assignment", "blade", "resources/views/admin/settings.blade.php")
def blade_template(c):
    return f"""@extends('layouts.admin')

@section('content')
  {{{{-- seeded values, remove after first login: {c.email('email')} / {c.pw('admin_password', 'plain')} --}}}}
  <form method="POST" action="{{{{ route('settings.update') }}}}">
    @csrf
    <input name="relay_host" value="{{{{ old('relay_host', '{c.ip('relay_ip')}') }}}}">
    <input name="tmdb_key" type="hidden" value="{c.key('tmdb_api_key')}">
    <input name="smtp_password" type="password" placeholder="{c.ph()}">
    <input name="fallback_host" value="{c.priv()}">
  </form>
@endsection
"""


@T("code / config assignment", "jsp", "WEB-INF/jsp/status.jsp")
def jsp_page(c):
    return f"""<%@ page contentType="text/html;charset=UTF-8" %>
<%
  // TODO move to JNDI
  String dbUrl  = "jdbc:mariadb://{c.ip('db_ip')}:3306/tickets";
  String dbUser = "tickets";
  String dbPass = "{c.pw('db_password', 'quoted')}";
  String sportmonks = "{c.key('sportmonks_token')}";
%>
<html><body>
<p>Support: {c.email('email_role')}</p>
<!-- internal: {c.priv()} build {c.short()} -->
</body></html>
"""


@T("code / config assignment", "genshi", "templates/newsletter.html")
def genshi_template(c):
    return f"""<html xmlns:py="http://genshi.edgewall.org/">
  <body>
    <?python
      smtp_host = '{c.ip('smtp_ip')}'
      smtp_user = '{c.email('email_username')}'
      smtp_pass = '{c.pw('smtp_password', 'quoted')}'
      line_token = '{c.key('line_notify_token')}'
    ?>
    <p py:if="debug">sending via ${{smtp_host}} as ${{smtp_user}}</p>
    <!--! sample recipient {c.rmail()}, lab relay {c.priv()} -->
  </body>
</html>
"""


@T("code / config assignment", "selmer", "resources/templates/config.edn.selmer")
def selmer_template(c):
    return f"""{{:db {{:host "{{{{db-host|default:"{c.ip('db_ip')}"}}}}"
      :user "club"
      :password "{c.pw('db_password', 'quoted')}"}}
 :sportradar-key "{c.key('sportradar_key')}"
 :balldontlie-key "{c.key('balldontlie_key')}"
 {{# admin: {c.email('email')} #}}
 :dev-host "{c.priv()}"
 :placeholder-key "{c.ph()}"}}
"""


# =====================================================================================
# command line / shell dotfiles
# =====================================================================================
@T("command line / shell", "config", "~/.muttrc")
def muttrc(c):
    return f"""set realname = "Laila Haddad"
set from = {c.email('email')}
set imap_user = {c.email('email_username')}
set imap_pass = "{c.pw('imap_password', 'quoted')}"
set folder = imaps://{c.ip('imap_ip')}:993/
set smtp_url = "smtps://laila@{c.ip('smtp_ip')}:465/"
set smtp_pass = "{c.pw('smtp_password', 'quoted')}"
set ssl_force_tls = yes
# sample alias: alias test {c.rmail()}
"""


@T("command line / shell", "config", "~/.offlineimaprc")
def offlineimaprc(c):
    return f"""[general]
accounts = Work

[Account Work]
localrepository = WorkLocal
remoterepository = WorkRemote

[Repository WorkLocal]
type = Maildir
localfolders = ~/Mail/work

[Repository WorkRemote]
type = IMAP
remotehost = {c.ip('imap_ip')}
remoteuser = {c.email('email_username')}
remotepass = {c.pw('imap_password', 'ini')}
sslcacertfile = /etc/ssl/certs/ca-certificates.crt
cert_fingerprint = {c.look('sha1_fingerprint', c.g.hx(40))}
"""


@T("command line / shell", "config", "~/.local/share/profanity/profrc")
def profrc(c):
    return f"""[connection]
account={c.email('jid')}

[accounts]
[{c.email('jid')}]
enabled=true
jid={c.email('jid')}
server={c.ip('xmpp_ip')}
port=5222
password={c.pw('xmpp_password', 'ini')}
resource=laptop
muc.nick=rosa
"""


@T("command line / shell", "toml", "~/.config/iamb/config.toml")
def iamb_config_toml(c):
    return f"""default_profile = "home"

[profiles.home]
user_id = "@rosa:{c.g.domain()}"
url = "https://{c.ip('homeserver_ip')}:8448"

[profiles.work]
user_id = "@r.silva:{c.g.domain()}"
# access token copied from the old client, remove once SSO works
# {c.key('matrix_access_token')}

[settings]
log_level = "warn"
# bridge bot login: {c.email('email_username')} / "{c.pw('bridge_password', 'quoted')}"
"""


@T("command line / shell", "config", "~/.config/streamlink/config")
def streamlink_config(c):
    return f"""# streamlink config
player=mpv
default-stream=720p,best
http-proxy=http://proxy:{c.pw('proxy_password', 'url')}@{c.ip('proxy_ip')}:3128
twitch-api-header=Authorization=OAuth {c.key('stream_oauth_token')}
# record to the nas
output=/mnt/nas/recordings/{{author}}-{{time}}.ts
"""


@T("command line / shell", "config", "~/.config/ncmpcpp/config")
def ncmpcpp_config(c):
    return f"""mpd_host = "{c.pw('mpd_password', 'url')}@{c.ip('mpd_ip')}"
mpd_port = "6600"
mpd_music_dir = "~/Music"
lyrics_directory = ~/.lyrics
# second player in the kitchen
# mpd_host = "{c.pw('mpd_password', 'url')}@{c.ip('mpd_ip')}"
# dev box {c.priv()}
visualizer_data_source = "/tmp/mpd.fifo"
"""


@T("command line / shell", "toml", "~/.config/pdm/config.toml")
def pdm_config_toml(c):
    return f"""[pypi]
verify_ssl = true

[repository.pypi]
username = "__token__"
password = "{c.key('pypi_token')}"

[repository.internal]
url = "https://{c.ip('repo_ip')}/simple/"
username = "{c.email('email_username')}"
password = "{c.pw('repository_password', 'quoted')}"

[repository.mirror]
url = "http://{c.priv()}:3141/root/pypi/+simple/"
"""


@T("command line / shell", "toml", "~/.rye/credentials")
def rye_credentials_toml(c):
    return f"""[pypi]
token = "{c.key('pypi_token')}"

[club-index]
url = "https://{c.ip('repo_ip')}/api/packages/club/pypi"
username = "{c.email('email_username')}"
password = "{c.pw('repository_password', 'quoted')}"

[testpypi]
token = "{c.ph('pypi-xxxxxxxxxxxxxxxxxxxx')}"
"""


# =====================================================================================
# commit / review
# =====================================================================================
@T("commit / review", "markdown", "reviews/heptapod-mr-212.md")
def heptapod_mr_comment(c):
    return f"""**Review on !212 — "feed importer: retry on 429"** (commit {c.short()})

> `config/importer.yml` line 14

This commits a live key: `pixabay_key: {c.key('pixabay_key')}`. Please move it to the
CI variables and rotate it. Same for the sftp password on line 22
(`{c.pw('sftp_password', 'prose')}`).

Also the importer still points at `{c.ip('ip')}`; production moved to `{c.ip('ip')}`.
The private address `{c.priv()}` in the test fixture is fine.

Ping {c.email('email')} if you need the new values. My token for the API bot
(`{c.key('heptapod_token')}`) must not be used in CI either.
"""


@T("commit / review", "patch", "patches/0001-add-repo-hook-config.patch")
def gitolite_admin_commit(c):
    name = c.email('email')
    return f"""From {c.sha()} Mon Sep 17 00:00:00 2001
From: Dmitri Petrov <{name}>
Date: Thu, 6 Mar 2025 10:12:44 +0100
Subject: [PATCH] conf: add mirror hook for podcasts repo

---
 conf/gitolite.conf | 4 ++++
 1 file changed, 4 insertions(+)

diff --git a/conf/gitolite.conf b/conf/gitolite.conf
index {c.short()}..{c.short()} 100644
--- a/conf/gitolite.conf
+++ b/conf/gitolite.conf
@@ -12,3 +12,7 @@ repo podcasts
     RW+     =   @admins
     R       =   @readers
+    option mirror.slaves = {c.ip('mirror_ip')}
+    config hooks.webhook-url = https://hooks.{c.g.domain()}/gitolite?token={c.key('webhook_secret')}
+    config hooks.mailinglist = {c.email('email_role')}
+    # smtp relay auth for the hook: {c.pw('smtp_password', 'plain')}
--
{c.ver()}
"""


@T("commit / review", "email", "mail/cgit-patch-review.eml")
def cgit_patch_mail(c):
    return f"""From: Ines Fonseca <{c.email('email')}>
To: {c.email('email_role')}
Subject: Re: [PATCH v2] cgitrc: enable auth filter
In-Reply-To: <{c.uuid('message_id_local')}@{c.look('placeholder_host', 'lists.invalid')}>

> +auth-filter=lua:/usr/lib/cgit/filters/simple-authentication.lua
> +# demo login user / {c.pw('http_auth_password', 'plain')}

Please don't put the real demo password in the commit message or the
config comment. Also, the secret in
> +secure_cookie_secret = {c.key('session_secret')}
must come from an include file. The server ({c.ip('ip')}) is public.

Reviewed-by: Ines Fonseca <{c.email('email')}>
"""


# =====================================================================================
# data / observability config
# =====================================================================================
@T("data / observability config", "dotenv", "beszel-agent/.env")
def beszel_env(c):
    return f"""# beszel agent on the relay box
LISTEN=45876
# hub public key (safe to share)
KEY="{c.public('ssh_public_key', c.g.ssh_pub())}"
TOKEN={c.key('beszel_token')}
HUB_URL=http://{c.ip('hub_ip')}:8090
EXTRA_FILESYSTEMS=/mnt/episodes
# hub admin, set on first run
BESZEL_ADMIN_EMAIL={c.email('email')}
BESZEL_ADMIN_PASSWORD={c.pw('admin_password', 'ini')}
"""


@T("data / observability config", "shell", "scripts/updown-add.sh")
def updown_io_sh(c):
    return f"""#!/bin/sh
# adds the new relays to updown.io
API_KEY="{c.key('updown_key')}"
for host in {c.ip('ip')} {c.ip('ip')}; do
  curl -s -X POST https://updown.io/api/checks \\
    -d "api-key=$API_KEY" -d "url=http://$host:8000/status" -d period=60
done
# read-only key for the status page widget:
STATUS_KEY="{c.keyv('updown_readonly_key', 'ro-' + c.g.an(20))}"
# alert contact: {c.email('email_role')}
# staging (not monitored): {c.priv()}
"""


@T("data / observability config", "yaml", "monitoring/freshping.yaml")
def freshping_yaml(c):
    return f"""account:
  subdomain: harbourradio
  api_key: {c.key('freshping_key')}
checks:
  - name: stream
    url: http://{c.ip('relay_ip')}:8000/status-json.xsl
    interval: 60
  - name: admin
    url: http://{c.ip('relay_ip')}:8000/admin/
    basic_auth:
      user: monitor
      password: {c.pw('http_auth_password', 'yaml')}
alerts:
  email: {c.email('email_role')}
  # old contact, bounced: {c.email('email')}
debug_host: {c.priv()}
"""


@T("data / observability config", "cli", "systemd/parca-agent.args")
def parca_agent_flags(c):
    return f"""parca-agent \\
  --node=relay-{c.g.hx(4)} \\
  --remote-store-address={c.ip('ip')}:7070 \\
  --remote-store-bearer-token={c.key('parca_bearer_token')} \\
  --remote-store-insecure=false \\
  --http-address={c.anyip()}:7071 \\
  --metadata-external-labels=owner={c.email('email')}
"""


@T("data / observability config", "cli", "systemd/victorialogs.args")
def victorialogs_args(c):
    return f"""/usr/local/bin/victoria-logs-prod \\
  -storageDataPath=/var/lib/victorialogs \\
  -httpListenAddr={c.ip('listen_ip')}:9428 \\
  -httpAuth.username=vl \\
  -httpAuth.password={c.pw('http_auth_password', 'shell')} \\
  -retentionPeriod=30d
# vlagent on the relays pushes with:
#   -remoteWrite.url=http://{c.ip('ip')}:9428/internal/insert
#   -remoteWrite.bearerToken={c.key('victorialogs_bearer')}
#   -remoteWrite.basicAuth.username={c.email('email_username')}
"""


@T("data / observability config", "html", "public/index.html")
def pendo_snippet_html(c):
    g = c.g
    return f"""<!doctype html>
<html>
<head>
  <meta http-equiv="Content-Security-Policy" content="script-src 'self' 'nonce-{c.look('csp_nonce', g.b64(22))}'">
  <script nonce="{c.look('csp_nonce', g.b64(22))}">
    (function(apiKey){{ /* pendo loader */ }})('{c.public('public_api_key', g.uuid())}');
  </script>
  <!-- integration key for the server-side feed, NOT for the browser:
       {c.key('pendo_integration_key')} -->
  <!-- staging contact: {c.email('email')} -->
</head>
<body data-build="{c.short()}"></body>
</html>
"""


@T("data / observability config", "javascript", "src/tracker.js")
def openreplay_tracker_js(c):
    return f"""import Tracker from '@openreplay/tracker';

// project key is public (ships in the bundle)
const tracker = new Tracker({{
  projectKey: '{c.public('public_project_key', c.g.an(20))}',
  ingestPoint: 'https://{c.ip('ip')}/ingest',
}});

// server-side API key used by the export cron; move to env!
export const OPENREPLAY_API_KEY = '{c.key('openreplay_api_key')}';
export const EXPORT_DB = 'postgres://replay:{c.pw('db_password', 'url')}@{c.ip('db_ip')}:5432/replay';
export const SUPPORT = '{c.email('email_role')}';
tracker.start();
"""


@T("data / observability config", "dotenv", "bugsink/.env")
def bugsink_env(c):
    return f"""SECRET_KEY={c.key('bugsink_secret_key')}
CREATE_SUPERUSER={c.email('email_username')}:{c.pw('admin_password', 'url')}
BASE_URL=https://errors.{c.g.domain()}
DATABASE_URL=mysql://bugsink:{c.pw('db_password', 'url')}@{c.ip('db_ip')}:3306/bugsink
EMAIL_HOST={c.ip('smtp_ip')}
EMAIL_HOST_USER={c.email('email_username')}
EMAIL_HOST_PASSWORD={c.pw('smtp_password', 'ini')}
DEFAULT_FROM_EMAIL={c.rmail()}
BEHIND_HTTPS_PROXY=True
"""


@T("data / observability config", "yaml", "ohdear/sites.yml")
def ohdear_yaml(c):
    return f"""api_token: {c.key('ohdear_token')}
team_id: {c.look('account_id', c.g.dg(5))}
sites:
  - url: https://radio.{c.g.domain()}
    checks: [uptime, certificate_health, broken_links]
  - url: http://{c.ip('ip')}:8000/status-json.xsl
    checks: [uptime]
    http_basic_auth:
      username: monitor
      password: {c.pw('http_auth_password', 'yaml')}
notify:
  mail: {c.email('email_role')}
  # example only
  test_mail: {c.rmail()}
"""


@T("data / observability config", "config", "/etc/hetrixtools/hetrixtools.cfg")
def hetrixtools_agent_cfg(c):
    return f"""# HetrixTools server agent
SID="{c.key('hetrixtools_key')}"
CollectEveryXSeconds="3"
NetworkInterfaces=""
CheckServices="icecast2,liquidsoap"
CheckSoftRAID="0"
# custom check target
PingTarget="{c.ip('ip')}"
# mysql check credentials
DBUser="monitor"
DBPass="{c.pw('db_password', 'ini')}"
DBHost="{c.loop()}"
"""


@T("data / observability config", "json", "nodeping/checks.json")
def nodeping_checks_json(c):
    obj = {
        "token": c.key("nodeping_token"),
        "checks": [
            {"label": "relay-a", "type": "PING", "target": c.ip("ip"), "interval": 1},
            {"label": "relay-admin", "type": "HTTPADV", "target": "http://" + c.ip("ip") + "/admin/",
             "headers": {"Authorization": "Basic"}, "username": "admin",
             "password": c.pw("http_auth_password", "quoted")},
            {"label": "smtp", "type": "SMTP", "target": c.ip("smtp_ip"), "email": c.email("email")},
        ],
        "notifications": [{"contact": c.email("email_role")}, {"contact": c.rmail()}],
    }
    return J(obj)


@T("data / observability config", "shell", "scripts/signl4-alert.sh")
def signl4_webhook_sh(c):
    return f"""#!/usr/bin/env bash
set -euo pipefail
# fire a SIGNL4 alert when the stream drops
SECRET="{c.key('signl4_team_secret')}"
curl -s -X POST "https://connect.signl4.com/webhook/$SECRET" \\
  -H 'Content-Type: application/json' \\
  -d '{{"Title":"stream down","Host":"{c.ip('ip')}","X-S4-Service":"radio"}}'
# fallback: mail to the on-call alias
echo "stream down" | mail -s alert {c.email('email_role')}
# old secret (revoked): {c.ph('xxxxxxxxxx')}
"""


# =====================================================================================
# logs
# =====================================================================================
@T("log / stack trace", "log", "/var/log/qmail/smtpd/current")
def qmail_smtpd_log(c):
    return f"""@400000006784a1f30b5c2d3c tcpserver: status: 3/40
@400000006784a1f30b5c4b7c tcpserver: pid 48123 from {c.ip('client_ip')}
@400000006784a1f30b5d1a84 tcpserver: ok 48123 mx.{c.g.domain()}:{c.priv()}:25 :{c.ip('client_ip')}::51544
@400000006784a1f40a17ff64 qmail-smtpd: AUTH LOGIN user={c.email('email_username')} pass={c.pw('smtp_password', 'shell')} (debug, remove)
@400000006784a1f40b3e1a8c qmail-smtpd: mail from <{c.email('email')}> to <{c.email('email')}>
@400000006784a1f40b3e2244 tcpserver: end 48123 status 0
"""


@T("log / stack trace", "log", "/var/log/privoxy/logfile")
def privoxy_log(c):
    return f"""2025-03-14 09:12:03.114 7f2c1b7fe700 Request: {c.g.domain()}/api/v1/tracks?api_key={c.key('musixmatch_api_key')}
2025-03-14 09:12:03.290 7f2c1b7fe700 Connect: to api.{c.g.domain()} ({c.ip('ip')}) successful
2025-03-14 09:12:05.007 7f2c1affd700 Request: {c.ip('ip')}/login?user=ops&password={c.pw('user_password', 'url')}
2025-03-14 09:12:05.441 7f2c1affd700 Info: Client {c.priv()} loaded action file
2025-03-14 09:12:07.882 7f2c1a7fc700 Crunch: Blocked: ads.{c.g.domain()}/pixel.gif
"""


@T("log / stack trace", "log", "/var/log/hiawatha/access.log")
def hiawatha_log(c):
    return f"""{c.ip('client_ip')}|Fri 14 Mar 2025 10:01:22 +0100|200|5310||GET /episodes/ HTTP/1.1|Host: radio.{c.g.domain()}|User-Agent: curl/8.5.0
{c.ip('client_ip')}|Fri 14 Mar 2025 10:01:40 +0100|302|0||POST /admin/login HTTP/1.1|Host: radio.{c.g.domain()}|X-Debug-Form: user={c.email('email_username')}&pass={c.pw('admin_password', 'url')}
{c.priv()}|Fri 14 Mar 2025 10:02:03 +0100|200|88||GET /status?key={c.key('hetrixtools_key')} HTTP/1.1|Host: {c.loop()}
"""


@T("log / stack trace", "log", "/var/log/slapd.log")
def slapd_log(c):
    return f"""Mar 14 10:11:02 ldap1 slapd[912]: conn=1043 fd=14 ACCEPT from IP={c.ip('client_ip')}:50522 (IP={c.anyip()}:389)
Mar 14 10:11:02 ldap1 slapd[912]: conn=1043 op=0 BIND dn="uid=svc-radio,ou=services,dc=club,dc=org" method=128
Mar 14 10:11:02 ldap1 slapd[912]: conn=1043 op=0 RESULT tag=97 err=49 text=
Mar 14 10:11:05 ldap1 slapd[912]: conn=1044 op=1 MOD dn="uid=ana,ou=people,dc=club,dc=org" attr=userPassword mail
Mar 14 10:11:05 ldap1 slapd[912]: conn=1044 op=1 MOD values: mail={c.email('email')} userPassword={c.pw('ldap_password', 'shell')}
Mar 14 10:11:05 ldap1 slapd[912]: conn=1044 op=1 hashed as {c.look('sha512crypt', c.g.sha512crypt())}
Mar 14 10:11:09 ldap1 slapd[912]: conn=1045 fd=16 ACCEPT from IP={c.ip('client_ip')}:41730 (IP={c.anyip()}:636)
"""


@T("log / stack trace", "log", "/var/log/afpd.log")
def netatalk_afpd_log(c):
    return f"""Mar 14 18:02:11.204 afpd[3312] {{dsi_tcp.c:242}} (note:DSI): AFP/TCP session from {c.ip('client_ip')}:60311
Mar 14 18:02:11.512 afpd[3312] {{uams_dhx2_passwd.c:122}} (debug:UAMS): DHX2 login: ana, cleartext fallback pw={c.pw('user_password', 'shell')}
Mar 14 18:02:11.530 afpd[3312] {{auth.c:258}} (note:AFPDaemon): Login by ana (AFP3.4)
Mar 14 18:03:40.001 afpd[3312] {{afp_dsi.c:173}} (note:AFPDaemon): Time machine client {c.priv()} volume "Backups"
Mar 14 18:04:02.777 afpd[3320] {{dsi_tcp.c:242}} (note:DSI): AFP/TCP session from {c.ip('client_ip')}:52001
"""


# =====================================================================================
# mobile / IDE config
# =====================================================================================
@T("mobile / IDE config", "dotenv", "mobile/.env.appcenter")
def appcenter_codepush_env(c):
    return f"""APPCENTER_ACCESS_TOKEN={c.key('hex_secret', 'appcenter_token')}
CODEPUSH_DEPLOYMENT_KEY_IOS={c.key('api_token', 'codepush_deployment_key')}
APPLE_ID={c.email('email_username')}
APPLE_APP_SPECIFIC_PASSWORD={c.pwv('app_specific_password', '-'.join(c.g.s('abcdefghijklmnopqrstuvwxyz', 4) for _ in range(4)))}
APPLE_TEAM_ID={c.public('apple_team_id', c.g.uan(10))}
TMDB_READ_TOKEN={c.key('tmdb_read_token')}
API_BASE=http://{c.priv()}:3000
"""


@T("mobile / IDE config", "json", "neutralino.config.json")
def neutralino_config_json(c):
    obj = {
        "applicationId": "fm.harbour.desktop", "version": c.g.version(),
        "defaultMode": "window", "port": 0,
        "url": "/resources/", "enableServer": True,
        "globalVariables": {
            "API_HOST": c.ip("api_ip"),
            "FLICKR_KEY": c.key("flickr_key"),
            "FLICKR_SECRET": c.key("flickr_secret"),
            "SUPPORT": c.email("email_role"),
            "DEV_HOST": c.priv(),
        },
        "modes": {"window": {"title": "Harbour", "width": 800}},
    }
    return J(obj)


# =====================================================================================
# network config
# =====================================================================================
@T("network config", "cli", "network/mimosa-b5c.txt")
def mimosa_radio_cli(c):
    return f"""# Mimosa backhaul, site north-ridge (firmware {c.build()})
set system name north-ridge-b5c
set network ip {c.ip('device_ip')} netmask {c.look('netmask', '255.255.255.248')} gateway {c.ip('gateway_ip')}
set network mgmt-vlan 20
set wireless ssid ridge-link
set wireless security wpa2 passphrase {c.pw('wifi_passphrase', 'plain')}
set system admin password {c.pw('admin_password', 'plain')}
set snmp community {c.pw('snmp_community', 'plain')}
set syslog server {c.priv()}
set cloud notify-email {c.email('email')}
commit
"""


@T("network config", "config", "provisioning/fanvil-0c383e.cfg")
def fanvil_phone_cfg(c):
    return f"""<<VOIP CONFIG FILE>>Version:{c.build()}
<SIP CONFIG MODULE>
SIP  Port          :5060
--SIP Line List--  :
SIP1 Phone Number  :2104
SIP1 Display Name  :Front desk
SIP1 Sip Name      :2104
SIP1 Register Addr :{c.ip('sip_ip')}
SIP1 Register Port :5060
SIP1 Register User :2104
SIP1 Register Pswd :{c.pw('sip_password', 'plain')}
SIP1 Proxy Addr    :{c.ip('sip_ip')}
<WEB CONFIG MODULE>
Web Admin Password :{c.pw('admin_password', 'plain')}
<AUTOUPDATE CONFIG MODULE>
Download Server IP :{c.priv()}
<<END OF FILE>>
"""


@T("network config", "xml", "provisioning/gigaset-N870.xml")
def gigaset_provisioning_xml(c):
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<ProviderFrame xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
  <Provider>
    <MAC_ADDRESS value="{c.look('mac_address', ':'.join(c.g.hx(2, upper=True) for _ in range(6)))}"/>
    <PROFILE_NAME class="string" value="club-voip"/>
    <SYMB_ITEM ID="BS_IP_Data1.aucS_SIP_DOMAIN" class="symb_item" value='"{c.ip('sip_ip')}"'/>
    <SYMB_ITEM ID="BS_IP_Data1.aucS_SIP_LOGIN_ID" class="symb_item" value='"{c.email('sip_uri_user', company=c.g.domain())}"'/>
    <SYMB_ITEM ID="BS_IP_Data1.aucS_SIP_PASSWORD" class="symb_item" value='"{c.pw('sip_password', 'plain')}"'/>
    <SYMB_ITEM ID="BS_IP_Data1.aucS_PROV_SERVER" class="symb_item" value='"{c.priv()}"'/>
    <SYMB_ITEM ID="BS_AE_SwConfig.aucWebPassword" class="symb_item" value='"{c.pw('admin_password', 'plain')}"'/>
  </Provider>
</ProviderFrame>
"""


@T("network config", "shell", "scripts/dahua-provision.sh")
def dahua_camera_cgi(c):
    devpw = c.g.pw_raw('url')
    return f"""#!/bin/sh
CAM={c.ip('device_ip')}
# set NTP and SMTP on the lobby camera
curl -s --digest -u admin:{c.pwv('device_password', devpw)} \\
  "http://$CAM/cgi-bin/configManager.cgi?action=setConfig&NTP.Address={c.ip('ntp_ip')}&NTP.Enable=true"
curl -s --digest -u admin:{c.pwv('device_password', devpw)} \\
  "http://$CAM/cgi-bin/configManager.cgi?action=setConfig&Email.Address={c.ip('smtp_ip')}&Email.UserName={c.email('email_username')}&Email.Password={c.pw('smtp_password', 'url')}"
# P2P serial (not a secret): {c.look('serial_number', c.g.uan(15))}
"""


@T("network config", "cli", "network/inhand-ir615.txt")
def inhand_router_cli(c):
    return f"""!
hostname site-7-ir615
!
cellular 1 apn internet.m2m username m2m password {c.pw('apn_password', 'plain')}
!
interface vlan 1
 ip address {c.priv()} {c.look('netmask', '255.255.255.0')}
!
crypto isakmp key {c.pw('ipsec_psk', 'plain')} address {c.ip('peer_ip')}
crypto ipsec transform-set TS esp-aes esp-sha-hmac
!
ip route {c.anyip()} {c.look('netmask', '0.0.0.0')} cellular 1
ip name-server {c.ip('dns_ip')}
!
username adm privilege 15 password {c.pw('admin_password', 'plain')}
!
"""


@T("network config", "json", "backup/milesight-ug65.json")
def milesight_gateway_json(c):
    obj = {
        "system": {"hostname": "ug65-barn", "firmware": c.build()},
        "lorawan": {"server_address": c.ip("ip"), "gateway_eui": c.public("public_id", c.g.hx(16, upper=True))},
        "mqtt": {"host": c.ip("mqtt_ip"), "port": 8883, "username": "barn-gw",
                 "password": c.pw("mqtt_password", "quoted")},
        "wifi": {"ssid": "barn-sensors", "key": c.pw("wifi_passphrase", "quoted")},
        "admin": {"user": "admin", "password_hash": c.look("bcrypt", c.g.bcrypt())},
        "lan": {"ip": c.priv()},
        "notify": {"email": c.email("email")},
    }
    return J(obj)


@T("network config", "ini", "backup/cyberpower-rmcard205.ini")
def cyberpower_ups_cfg(c):
    return f"""[Network]
IPAddress={c.ip('device_ip')}
SubnetMask={c.look('netmask', '255.255.255.192')}
Gateway={c.ip('gateway_ip')}
DNS={c.priv()}

[SNMPv1]
ReadCommunity={c.look('placeholder', 'public')}
WriteCommunity={c.pw('snmp_community', 'ini')}
TrapReceiver={c.ip('ip')}

[SNMPv3]
User1=upsmon
AuthPassword={c.pw('snmp_auth_password', 'ini')}
PrivPassword={c.pw('snmp_priv_password', 'ini')}

[Mail]
SMTPServer={c.ip('smtp_ip')}
Account={c.email('email_username')}
Password={c.pw('smtp_password', 'ini')}
Recipient1={c.email('email_role')}

[System]
Firmware={c.build()}
"""


# =====================================================================================
# notebooks
# =====================================================================================
def _nb(cells):
    out = []
    for kind, src in cells:
        cell = {"cell_type": kind, "metadata": {}, "source": src.splitlines(keepends=True)}
        if kind == "code":
            cell["execution_count"] = None
            cell["outputs"] = []
        out.append(cell)
    return J({"cells": out, "metadata": {"kernelspec": {"name": "python3", "display_name": "Python 3"}},
              "nbformat": 4, "nbformat_minor": 5}, indent=1)


@T("notebook", "ipynb", "notebooks/catalogue_enrichment.ipynb")
def ipynb_media_keys(c):
    return _nb([
        ("markdown", "# Catalogue enrichment\nPulls posters, lyrics and ISBNs for the archive."),
        ("code", f'TMDB_KEY = "{c.key("tmdb_api_key")}"\nTMDB_BEARER = "{c.key("tmdb_read_token")}"\n'
                 f'GENIUS_TOKEN = "{c.key("genius_access_token")}"\nISBNDB_KEY = "{c.key("isbndb_key")}"'),
        ("code", f'from archive_db import connect\nconn = connect(host="{c.ip("db_ip")}", user="archive",\n'
                 f'               password="{c.pw("db_password", "quoted_sp")}", dbname="archive")'),
        ("markdown", f"Questions to {c.email('email')}. Sample row id {c.uuid('row_uuid')}."),
    ])


@T("notebook", "ipynb", "notebooks/solar_dashboard.ipynb")
def ipynb_home_energy(c):
    return _nb([
        ("markdown", "## Solar + battery overview"),
        ("code", f'ENPHASE_API_KEY = "{c.key("enphase_api_key")}"\nVRM_TOKEN = "{c.key("victron_vrm_token")}"\n'
                 f'SOLCAST_KEY = "{c.key("solcast_key")}"\nSHELLY_AUTH = "{c.key("shelly_auth_key")}"'),
        ("code", f'mqtt_host = "{c.ip("mqtt_ip")}"\nmqtt_user = "{c.email("email_username")}"\n'
                 f'mqtt_pass = "{c.pw("mqtt_password", "quoted_sp")}"\nlocal_gateway = "{c.priv()}"'),
        ("markdown", f"Forecast.Solar key `{c.key('forecastsolar_key')}`; firmware {c.ver()}."),
    ])


# =====================================================================================
# self-hosted / home lab
# =====================================================================================
@T("self-hosted / home lab", "dotenv", "castopod/.env")
def castopod_env(c):
    return f"""app.baseURL="https://pod.{c.g.domain()}/"
media.baseURL="https://cdn.{c.g.domain()}/"
admin.gateway="cp-admin"
database.default.hostname="{c.ip('db_ip')}"
database.default.database="castopod"
database.default.username="castopod"
database.default.password="{c.pw('db_password', 'quoted')}"
analytics.salt="{c.key('hex_secret', 'analytics_salt')}"
email.fromEmail="{c.email('email_role')}"
email.SMTPHost="{c.ip('smtp_ip')}"
email.SMTPUser="{c.email('email_username')}"
email.SMTPPass="{c.pw('smtp_password', 'quoted')}"
restapi.enabled=true
restapi.basicAuthUsername="podapi"
restapi.basicAuthPassword="{c.pw('api_password', 'quoted')}"
"""


@T("self-hosted / home lab", "dotenv", "budibase/.env")
def budibase_env(c):
    return f"""MAIN_PORT=10000
API_ENCRYPTION_KEY={c.key('encryption_key')}
JWT_SECRET={c.key('jwt_secret')}
MINIO_ACCESS_KEY={c.key('s3_access_key')}
MINIO_SECRET_KEY={c.key('s3_secret_key')}
COUCH_DB_PASSWORD={c.pw('db_password', 'ini')}
COUCH_DB_USER=budibase
REDIS_PASSWORD={c.pw('redis_password', 'ini')}
INTERNAL_API_KEY={c.key('api_token', 'internal_api_key')}
BB_ADMIN_USER_EMAIL={c.email('email')}
BB_ADMIN_USER_PASSWORD={c.pw('admin_password', 'ini')}
# proxy is bound to {c.anyip()}; LAN DNS {c.priv()}
"""


@T("self-hosted / home lab", "dotenv", "tooljet/.env")
def tooljet_env(c):
    return f"""TOOLJET_HOST=http://{c.ip('ip')}:8082
LOCKBOX_MASTER_KEY={c.key('encryption_key', 'lockbox_master_key')}
SECRET_KEY_BASE={c.key('hex_secret', 'secret_key_base')}
PG_HOST={c.ip('db_ip')}
PG_USER=tooljet
PG_PASS={c.pw('db_password', 'ini')}
PG_DB=tooljet_production
DEFAULT_FROM_EMAIL={c.email('email_role')}
SMTP_USERNAME={c.email('email_username')}
SMTP_PASSWORD={c.pw('smtp_password', 'ini')}
SMTP_DOMAIN={c.ip('smtp_ip')}
SMTP_PORT=587
# example
# SMTP_USERNAME={c.rmail()}
"""


@T("self-hosted / home lab", "config", "snikket/snikket.conf")
def snikket_conf(c):
    return f"""# Snikket settings
SNIKKET_DOMAIN=chat.{c.g.domain()}
SNIKKET_ADMIN_EMAIL={c.email('email')}
SNIKKET_EXTERNAL_IP={c.ip('public_ip')}
SNIKKET_SMTP_URL=smtp+starttls://relay:{c.pw('smtp_password', 'url')}@{c.ip('smtp_ip')}:587
SNIKKET_TWEAK_TURNSERVER_SECRET={c.key('hex_secret', 'turn_secret')}
# internal address of the turn box: {c.priv()}
"""


@T("self-hosted / home lab", "dotenv", "mirotalk/.env")
def mirotalk_env(c):
    return f"""# MiroTalk SFU
SFU_ANNOUNCED_IP={c.ip('public_ip')}
SFU_LISTEN_IP={c.anyip()}
HOST_PROTECTED=true
HOST_USERS=[{{"username":"coach","password":"{c.pw('host_password', 'quoted')}"}},{{"username":"{c.email('email_username')}","password":"{c.pw('host_password', 'quoted')}"}}]
API_KEY_SECRET={c.key('api_token', 'mirotalk_api_secret')}
JWT_KEY={c.key('jwt_secret')}
TURN_SERVER_URL=turn:{c.ip('turn_ip')}:3478
TURN_SERVER_USERNAME=mirotalk
TURN_SERVER_CREDENTIAL={c.pw('turn_password', 'ini')}
"""


@T("self-hosted / home lab", "dotenv", "rallly/.env")
def rallly_env(c):
    return f"""NEXT_PUBLIC_BASE_URL=https://meet.{c.g.domain()}
SECRET_PASSWORD={c.key('session_secret', 'rallly_secret_password')}
DATABASE_URL=postgres://rallly:{c.pw('db_password', 'url')}@{c.ip('db_ip')}:5432/rallly
SUPPORT_EMAIL={c.email('email_role')}
NOREPLY_EMAIL={c.rmail()}
SMTP_HOST={c.ip('smtp_ip')}
SMTP_USER={c.email('email_username')}
SMTP_PWD={c.pw('smtp_password', 'ini')}
ALLOWED_EMAILS=*@{c.g.domain()}
"""


@T("self-hosted / home lab", "yaml", "wakapi/config.yml")
def wakapi_yml(c):
    return f"""env: production
server:
  listen_ipv4: {c.loop()}
  port: 3000
  public_url: https://code-stats.{c.g.domain()}
security:
  password_salt: {c.key('session_secret', 'password_salt')}
  insecure_cookies: false
db:
  host: {c.ip('db_ip')}
  port: 5432
  user: wakapi
  password: {c.pw('db_password', 'yaml')}
  name: wakapi
  dialect: postgres
mail:
  enabled: true
  sender: Wakapi <{c.email('email_role')}>
  smtp:
    host: {c.ip('smtp_ip')}
    username: {c.email('email_username')}
    password: {c.pw('smtp_password', 'yaml')}
"""


@T("self-hosted / home lab", "yaml", "/etc/pterodactyl/config.yml")
def pterodactyl_wings_yml(c):
    return f"""debug: false
uuid: {c.uuid('node_uuid')}
token_id: {c.key('wings_token_id')}
token: {c.key('wings_token')}
api:
  host: {c.anyip()}
  port: 8080
  ssl:
    enabled: true
    cert: /etc/letsencrypt/live/node1/fullchain.pem
system:
  root_directory: /var/lib/pterodactyl
  sftp:
    bind_address: {c.anyip()}
    bind_port: 2022
remote: https://panel.{c.g.domain()}
allowed_origins:
  - http://{c.ip('ip')}
docker:
  network:
    interface: {c.priv()}
"""


@T("self-hosted / home lab", "dotenv", "documenso/.env")
def documenso_env(c):
    return f"""NEXTAUTH_SECRET="{c.key('session_secret', 'nextauth_secret')}"
NEXT_PRIVATE_ENCRYPTION_KEY="{c.key('b64_secret', 'encryption_key')}"
NEXT_PRIVATE_ENCRYPTION_SECONDARY_KEY="{c.key('b64_secret', 'encryption_key')}"
NEXT_PUBLIC_WEBAPP_URL="https://sign.{c.g.domain()}"
NEXT_PRIVATE_DATABASE_URL="postgres://documenso:{c.pw('db_password', 'url')}@{c.ip('db_ip')}:5432/documenso"
NEXT_PRIVATE_SIGNING_PASSPHRASE="{c.pw('keystore_password', 'quoted')}"
NEXT_PRIVATE_SMTP_HOST="{c.ip('smtp_ip')}"
NEXT_PRIVATE_SMTP_USERNAME="{c.email('email_username')}"
NEXT_PRIVATE_SMTP_PASSWORD="{c.pw('smtp_password', 'quoted')}"
NEXT_PRIVATE_SMTP_FROM_ADDRESS="{c.rmail()}"
"""


@T("self-hosted / home lab", "json", "technitium/dns.config.json")
def technitium_dns_json(c):
    obj = {
        "version": c.g.version(),
        "dnsServerDomain": "dns.home.arpa",
        "dnsServerLocalEndPoints": [c.anyip() + ":53"],
        "forwarders": [c.ip("dns_ip"), c.ip("dns_ip")],
        "webServiceHttpPort": 5380,
        "apiTokens": [{"user": "admin", "tokenName": "ha-integration", "token": c.key("technitium_token")}],
        "adminCredentials": {"username": "admin", "password": c.pw("admin_password", "quoted")},
        "blockListUrls": ["https://" + c.g.domain() + "/hosts.txt"],
        "logging": {"syslog": c.priv()},
    }
    return J(obj)


@T("self-hosted / home lab", "json", "shinobi/conf.json")
def shinobi_conf_json(c):
    obj = {
        "port": 8080,
        "passwordType": "sha256",
        "detectorPluginsCluster": False,
        "db": {"host": c.ip("db_ip"), "user": "majesticflame", "password": c.pw("db_password", "quoted"),
               "database": "ccio", "port": 3306},
        "mail": {"service": "smtp", "host": c.ip("smtp_ip"),
                 "auth": {"user": c.email("email_username"), "pass": c.pw("smtp_password", "quoted")}},
        "cron": {"key": c.key("api_token", "shinobi_cron_key")},
        "pluginKeys": {"Motion": c.key("hex_secret", "plugin_key")},
        "superUserHash": c.sha256("password_hash"),
        "cameraRange": c.priv(),
    }
    return J(obj)


@T("self-hosted / home lab", "dotenv", "firezone/.env")
def firezone_env(c):
    return f"""EXTERNAL_URL=https://vpn.{c.g.domain()}
DEFAULT_ADMIN_EMAIL={c.email('email')}
DEFAULT_ADMIN_PASSWORD={c.pw('admin_password', 'ini')}
GUARDIAN_SECRET_KEY={c.key('b64_secret', 'guardian_secret_key')}
SECRET_KEY_BASE={c.key('b64_secret', 'secret_key_base')}
LIVE_VIEW_SIGNING_SALT={c.key('session_secret', 'signing_salt')}
DATABASE_ENCRYPTION_KEY={c.key('b64_secret', 'encryption_key')}
DATABASE_HOST={c.ip('db_ip')}
DATABASE_PASSWORD={c.pw('db_password', 'ini')}
WIREGUARD_IPV4_NETWORK={c.look('private_ip', '10.3.2.0')}/24
WIREGUARD_PUBLIC_KEY={c.public('wireguard_public_key', c.g.b64(43) + '=')}
"""


# =====================================================================================
# unusual formats
# =====================================================================================
@T("unusual format", "config", "~/.procmailrc")
def procmailrc(c):
    return f"""MAILDIR=$HOME/Mail
LOGFILE=$MAILDIR/procmail.log

# forward ticket mails to the helpdesk box
:0c
* ^To:.*{c.email('email_role')}
! {c.email('email')}

# push a note through PushDeer when the boss writes
:0c
* ^From:.*{c.email('email')}
| curl -s "https://api2.pushdeer.com/message/push?pushkey={c.key('pushdeer_key')}&text=boss"

# old server, do not use: {c.ip('ip')}
"""


@T("unusual format", "config", "/etc/stunnel/psk.txt")
def stunnel_psk_txt(c):
    return f"""relay-north:{c.key('stunnel_psk')}
relay-south:{c.key('stunnel_psk')}
# test identity from the manual, not used: demo:{c.ph('0123456789abcdef0123456789abcdef')}
"""


@T("unusual format", "config", "/etc/xinetd.d/feedsync")
def xinetd_service(c):
    return f"""service feedsync
{{
    disable     = no
    type        = UNLISTED
    socket_type = stream
    protocol    = tcp
    port        = 7071
    wait        = no
    user        = feeds
    server      = /usr/local/bin/feedsync
    env         = FEED_DB_PASS={c.pw('db_password', 'shell')} FREESOUND_KEY={c.key('freesound_key')}
    only_from   = {c.ip('ip')} {c.priv()}
    bind        = {c.ip('listen_ip')}
    log_on_failure += USERID HOST
}}
"""


# =====================================================================================
# docs / prose
# =====================================================================================
@T("docs / prose", "markdown", "docs/runbook-podcast-stats-migration.md")
def runbook_podcast_migration(c):
    g = c.g
    return f"""# Runbook: moving episode stats from Podchaser to Listen Notes

Owner: {c.email('email')} · Reviewed by {c.email('email')} · Last run {c.ver()} of the importer

## Before you start

1. Log in to the stats box ({c.ip('ip')}) as `stats`. The password is in the vault; if the vault is
   down, the break-glass password is {c.pw('ssh_password', 'prose')} (rotate it afterwards).
2. Export the Podchaser data with the client secret `{c.key('podchaser_client_secret')}`. The client id
   `{c.public('public_client_id', g.an(32))}` is public and may stay in the repo.
3. Point the importer at Listen Notes. The production key is {c.key('listennotes_key')}; the test
   key in the README (`{c.ph()}`) does not work.

## Cut-over

| step | host | credential |
|---|---|---|
| stop the old cron | {c.ip('ip')} | ssh key only |
| start the importer | {c.ip('ip')} | db password `{c.pw('db_password', 'prose')}` |
| check the dashboard | {c.priv()} | none |

If the importer fails with HTTP 429, lower the rate and mail {c.email('email_role')}. Do not use the
address in the vendor docs ({c.rmail()}). Mixcloud uploads keep working with secret
{c.key('mixcloud_client_secret')} — the Jamendo secret {c.key('jamendo_client_secret')} is only needed for the
music bed.
"""


@T("docs / prose", "markdown", "docs/postmortem-2025-02-energy-dashboard.md")
def postmortem_energy_keys(c):
    g = c.g
    return f"""# Postmortem: energy dashboard keys published in a public repository

**Summary.** On 2025-02-03 the home-energy dashboard repository was made public with its `.env`
committed in {c.sha()}. It held four live credentials: the Enphase key {c.key('enphase_api_key')},
the Victron VRM token {c.key('victron_vrm_token')}, the Solcast key {c.key('solcast_key')} and the SwitchBot
token {c.key('switchbot_token')} with secret {c.key('switchbot_secret')}.

**Detection.** A stranger wrote to {c.email('email')} from {c.email('email')} after seeing requests from
{c.ip('ip')} in their own logs. Our MQTT broker ({c.ip('mqtt_ip')}) also accepted a login with the
password {c.pw('mqtt_password', 'prose')}, which was in the same file.

**What was not leaked.** The bundle's SRI hash ({c.look('sri', g.sri())}), the build id
{c.short()}, the ETag {c.look('etag', g.etag())} and the inverter serial {c.look('serial_number', g.uan(12))} are
public values. The Wi-Fi address {c.priv()} is internal.

**Follow-up.** All keys rotated; the broker password is now {c.pw('mqtt_password', 'prose')}
(shared by phone only — this line is here by mistake and will be removed).
"""


@T("docs / prose", "markdown", "docs/club-it-handbook.md")
def sports_club_handbook(c):
    return f"""# Harbour Rovers FC — IT handbook for volunteers

## Clubhouse
- Wi-Fi `rovers-guest`: password {c.pw('wifi_passphrase', 'prose')} (changes each season).
- Scoreboard controller: {c.ip('device_ip')}, admin password {c.pw('device_password', 'prose')}.
- The NAS lives at {c.priv()}; do not expose it.

## Match-day feeds
The results page pulls fixtures from SportMonks with token {c.key('sportmonks_token')} and
player stats from balldontlie with key {c.key('balldontlie_key')}. Our Sportradar trial key was
{c.key('sportradar_key')}; it expires in June.

## Notifications
Line Notify token for the committee group: {c.key('line_notify_token')}. Simplepush key for the
groundskeeper's phone: {c.key('simplepush_key')}. WxPusher app token (for the Shenzhen supporters'
club): {c.key('wxpusher_app_token')}.

## People
Secretary {c.email('email')}, treasurer {c.email('email')}. Never reply to {c.rmail()}; it's the
address from the template.
"""


# ---------------------------------------------------------------------------------------
# handover notes in 20 languages (table-driven)
# ---------------------------------------------------------------------------------------
# name, language, script note, title, server, password, key, e-mail, and, native place, vendor key
NOTES = [
    ("note_chukchi", "Chukchi", "Передача дел — сервер", "сервер", "пароль", "ключ", "почта", "и", "Анадырь", "tmdb_api_key"),
    ("note_mazandarani", "Mazandarani", "تحویل کار", "سرور", "رمز", "کلید", "ایمیل", "و", "ساری", "genius_access_token"),
    ("note_shina", "Shina", "کام حوالہ", "سرور", "پاس ورڈ", "چابی", "ای میل", "اور", "گلگت", "pexels_key"),
    ("note_mundari", "Mundari", "काम सौंपना", "सर्वर", "पासवर्ड", "चाबी", "ईमेल", "ओड़ो", "रांची", "pixabay_key"),
    ("note_bhili", "Bhili", "काम हाथ बदली", "सर्वर", "पासवर्ड", "चाबी", "ईमेल", "अने", "झाबुआ", "giphy_key"),
    ("note_ainu", "Ainu", "ヒキツギ", "サーバー", "パスワード", "キー", "メール", "ネ", "シラオイ", "rawg_key"),
    ("note_tamasheq", "Tamasheq", "ⴰⵙⵉⵡⴻⴹ", "serveur", "mot de passe", "clé", "e-mail", "d", "ⴰⴳⴰⴷⴻⵣ", "oura_pat"),
    ("note_mandinka", "Mandinka", "ߓߊ߯ߙߊ ߘߌ߬ߦߊ߬ߕߊ", "server", "password", "key", "email", "ning", "ߞߊ߲ߞߊ߲", "withings_client_secret"),
    ("note_wolaytta", "Wolaytta", "የሥራ ርክክብ", "ሰርቨር", "የይለፍ ቃል", "ቁልፍ", "ኢሜይል", "nne", "ሶዶ", "printful_token"),
    ("note_tay", "Tày", "Bàn giao", "máy chủ", "mật khẩu", "khoá", "thư", "cắp", "LạngSơn", "pirateweather_key"),
    ("note_kadazan", "Kadazan", "Serah tugas", "pelayan", "kata laluan", "kunci", "emel", "om", "Penampang", "navitia_key"),
    ("note_sasak", "Sasak", "Serah terime", "server", "kata sandi", "kunci", "surel", "dait", "Praya", "transitland_key"),
    ("note_palauan", "Palauan", "Handover", "server", "password", "key", "email", "me a", "Melekeok", "citymapper_key"),
    ("note_dagbani", "Dagbani", "Tuma zaŋ tahi", "server", "password", "key", "email", "ni", "Tamali", "digitransit_key"),
    ("note_ibibio", "Ibibio", "Ukpono utom", "server", "password", "key", "email", "ye", "Uyo", "forecastsolar_key"),
    ("note_luo", "Luo", "Chiwo tich", "server", "nyinglingʼ siri", "funguo", "email", "kod", "Kisumu", "govee_key"),
    ("note_kalenjin", "Kalenjin", "Kayaet ab boisiet", "server", "password", "key", "email", "ak", "Eldoret", "lifx_token"),
    ("note_tshiluba", "Tshiluba", "Dipeta mudimu", "serveur", "mot de passe", "clé", "e-mail", "ne", "Kananga", "netatmo_client_secret"),
    ("note_sango", "Sango", "Mbeni kusala", "serveur", "mot de passe", "clé", "e-mail", "na", "Bangî", "nuki_web_token"),
    ("note_comorian", "Comorian", "Ulaguzi wa kazi", "serveur", "mot de passe", "clé", "e-mail", "na", "Mroni", "flickr_key"),
]


def _note(row):
    name, lang, title, server, pwd, key, mail, and_, place, vendor = row

    def fn(c):
        g = c.g
        native = c.pwv("pw_native", place + str(g.r.randint(10, 9999)) + g.pick("!#%*+=?"))
        form = g.r.randint(0, 2)
        if form == 0:
            return (f"# {title}\n\n"
                    f"- {server}: {c.ip('ip')} {and_} {c.ip('ip')}\n"
                    f"- {server} (LAN): {c.priv()}\n"
                    f"- {mail}: {c.email('email')}\n"
                    f"- {pwd}: {c.pw('server_password', 'prose')}\n"
                    f"- Wi-Fi {pwd}: {native}\n"
                    f"- {key}: {c.key(vendor)}\n"
                    f"- test: {c.rmail()} / {c.ph()}\n")
        if form == 1:
            return (f"{title}\n\n"
                    f"{server}\n{c.ip('ip')}\n\n"
                    f"{pwd}\n{c.pw('server_password', 'prose')}\n\n"
                    f"Wi-Fi {pwd}\n{native}\n\n"
                    f"{key}\n{c.key(vendor)}\n\n"
                    f"{mail}\n{c.email('email')} {and_} {c.email('email')}\n\n"
                    f"v {c.ver()} · {c.uuid()}\n")
        return (f"## {title}\n\n"
                f"| | |\n|---|---|\n"
                f"| {server} | {c.ip('ip')} |\n"
                f"| {pwd} | `{c.pw('server_password', 'prose')}` |\n"
                f"| Wi-Fi {pwd} | {native} |\n"
                f"| {key} | `{c.key(vendor)}` |\n"
                f"| {mail} | {c.email('email')} |\n"
                f"| test | {c.masked()} · {c.testnet()} |\n")

    fn.__name__ = name
    return fn


for _row in NOTES:
    TEMPLATES.append((_row[0], "docs / prose", "markdown", f"notes/{_row[0][5:]}.md", _note(_row)))

NOTE_LANGUAGES = [(r[0], r[1]) for r in NOTES]
