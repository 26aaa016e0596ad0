# Templates for held-out set 51, part b (research software, maps, media servers, game servers). Imports nothing.
T = []


def t(name, lang, path, text):
    T.append((name, lang, path, text))


t("binderhub_config_yaml", "yaml", "binderhub/config.yaml", """# BinderHub «L:version» on the «w:word» cluster - helm upgrade «L:date»
config:
  BinderHub:
    use_registry: true
    image_prefix: registry.«w:word».org/binder/«w:word»-
    hub_url: https://hub.«w:word».org
  GitHubRepoProvider:
    access_token: «k:github_token:ghp_+an.36»
  DockerRegistry:
    url: https://registry.«w:word».org
registry:
  username: binder-push
  password: «p:registry_password:yaml»
jupyterhub:
  proxy:
    secretToken: "«k:proxy_secret_token:hex.64»"
    service:
      loadBalancerIP: «ip4:lb_ip»
  hub:
    services:
      binder:
        apiToken: "«k:hub_api_token:hex.64»"
    config:
      GitHubOAuthenticator:
        client_id: «L:client_id»
        client_secret: «k:oauth_client_secret:hex.40»
# build pods pinned to image «L:image_digest»; maintainer «e:maintainer_email»
""")

t("gradio_app_py", "python", "app.py", '''# Gradio demo for the «w:word» classifier - «L:date»
import os
import gradio as gr
from huggingface_hub import InferenceClient

HF_TOKEN = os.environ.get("HF_TOKEN", "«k:hf_token:hf_+an.34»")
client = InferenceClient(model="«w:word»/«w:word»-base", token=HF_TOKEN)
MODEL_REVISION = "«L:git_commit»"

def classify(text):
    return client.text_classification(text)

demo = gr.Interface(fn=classify, inputs="text", outputs="label", title="«w:Word» sorter")

if __name__ == "__main__":
    # reviewers log in with the shared account; «w:first» asked to rotate it after the workshop
    demo.launch(
        server_name="«L:unspecified_ip»",
        server_port=7860,
        auth=[("reviewer", "«p:reviewer_password:quoted»"), ("«e:lead_email»", "«p:lead_password:quoted»")],
        share=False,
    )
    # tunnel used during the demo: «ip4:tunnel_ip» (gradio «L:version»)
''')

t("invenio_cfg", "python", "invenio.cfg", '''# InvenioRDM instance config for «w:Word» Data Repository («L:date»)
SECRET_KEY = "«k:secret_key:an.64»"
SECURITY_LOGIN_SALT = "«k:login_salt:an.32»"
SQLALCHEMY_DATABASE_URI = "postgresql+psycopg2://invenio:«p:db_password:url»@«ip4:db_host»:5432/invenio"
BROKER_URL = "amqp://guest:guest@«L:loopback_ip»:5672//"
SEARCH_HOSTS = [{"host": "«ip4:search_host»", "port": 9200, "http_auth": ("invenio", "«p:search_password:quoted»")}]
MAIL_SERVER = "smtp.«w:word».edu"
MAIL_USERNAME = "«e:mail_username»"
MAIL_PASSWORD = "«p:mail_password:quoted»"
MAIL_DEFAULT_SENDER = "«L:reserved_email»"  # replaced at deploy time
DATACITE_ENABLED = True
DATACITE_USERNAME = "«w:word».repo"
DATACITE_PASSWORD = "«p:datacite_password:quoted»"
DATACITE_PREFIX = "«L:doi_prefix=10.«n:5000-9999»»"
ORCID_APP_CREDENTIALS = dict(consumer_key="«L:client_id=APP-«w:an16»»", consumer_secret="«k:orcid_client_secret:uuid»")
# test record owner ORCID «L:orcid», example DOI «L:doi»
APP_ALLOWED_HOSTS = ["«w:word».edu", "«L:private_ip»"]
''')

t("blacklight_ci_workflow_yml", "yaml", ".github/workflows/ci.yml", """name: CI
# Blacklight catalogue app for «w:Word» Library - pipeline updated «L:date»
on: [push, pull_request]
jobs:
  test:
    runs-on: ubuntu-latest
    services:
      solr:
        image: solr:«n:8-9».«n:0-9»
        ports: ["8983:8983"]
      postgres:
        image: postgres:«n:13-17»
        env:
          POSTGRES_USER: blacklight
          POSTGRES_PASSWORD: «p:ci_postgres_password:url~cpw»
    env:
      RAILS_ENV: test
      SOLR_URL: http://solr_admin:«p:solr_password:url»@«L:loopback_ip»:8983/solr/blacklight-core
      DATABASE_URL: postgres://blacklight:«=cpw»@«L:loopback_ip»:5432/bl_test
      SECRET_KEY_BASE: «k:secret_key_base:hex.128»
    steps:
      - uses: actions/checkout@v4
      - uses: ruby/setup-ruby@«L:git_commit»
        with:
          bundler-cache: true
      - run: bundle exec rake ci
      - name: Notify
        if: failure()
        run: curl -s -X POST -H 'Content-Type: application/json' -d '{"text":"CI failed"}' https://chat.«w:word».edu/hooks/«k:chat_webhook_token:an.24»
# deploy key fingerprint «L:ssh_host_fingerprint»; questions to «e:maintainer_email»
""")

t("hyrax_initializer_rb", "ruby", "config/initializers/hyrax.rb", """# frozen_string_literal: true
# Hyrax «L:version» initializer - «w:Word» University repository («L:date»)
Hyrax.config do |config|
  config.register_curation_concern :generic_work
  config.contact_email = '«e:contact_email»'
  config.noid_template = '.reeddeeddk'
  config.analytics = true
  config.analytics_provider = 'matomo'
  config.matomo_site_id = '«n:1-40»'
  config.matomo_base_url = 'https://stats.«w:word».edu'
  config.matomo_auth_token = '«k:matomo_auth_token:hex.32»'
  config.fits_path = '/opt/fits/fits.sh'
  config.geonames_username = '«w:word»lib'
  config.identifier_registrars = { datacite: { username: '«w:word».lib', password: '«p:datacite_password:quoted»' } }
end

Hyrax::Engine.routes.default_url_options[:host] = '«w:word».edu'
ActiveFedora.fedora_config.credentials = { url: 'http://«ip4:fedora_host»:8080/rest', user: 'fedoraAdmin', password: '«p:fedora_password:quoted»' }
# Redis for sidekiq: redis://:«p:redis_password:url»@«ipb:redis_host»:6379/0
# sample DOI used in specs: «L:doi»
""")

t("janeway_settings_py", "python", "src/core/janeway_global_settings_local.py", '''# Janeway local settings for «w:Word» Open Press («L:date»)
SECRET_KEY = "«k:django_secret_key:django»"
DEBUG = False
ALLOWED_HOSTS = ["press.«w:word».ac.uk", "«ip4:public_host»"]
DATABASES = {
    "default": {
        "ENGINE": "django.db.backends.postgresql",
        "NAME": "janeway",
        "USER": "janeway",
        "PASSWORD": "«p:db_password:quoted»",
        "HOST": "«ip4:db_host»",
        "PORT": "5432",
    }
}
EMAIL_HOST = "smtp.«w:word».ac.uk"
EMAIL_HOST_USER = "«e:smtp_user»"
EMAIL_HOST_PASSWORD = "«p:smtp_password:quoted»"
ORCID_CLIENT_ID = "«L:client_id=APP-«w:an16»»"
ORCID_CLIENT_SECRET = "«k:orcid_client_secret:uuid»"
CROSSREF_LOGIN = "«w:word»"
CROSSREF_PASSWORD = "«p:crossref_password:quoted»"
# editor-in-chief ORCID «L:orcid»; journal ISSN placeholder «L:placeholder=XXXX-XXXX»
ADMINS = [("«w:First»", "«e:admin_email»")]
''')

t("openmpi_hostfile_run_sh", "shell", "jobs/run_«w:word».sh", """#!/bin/bash
# OpenMPI «L:version» run on the «w:word» lab nodes - «L:date»
cat > hosts.txt <<EOF
«ip4:mpi_node» slots=16
«ip4:mpi_node» slots=16
«ip6:mpi_node_ipv6» slots=8
«L:private_ip» slots=8
EOF
export OMPI_MCA_btl_tcp_if_include=«L:private_ip»/24
export OMPI_MCA_oob_tcp_if_include=eth0
# the lab nodes only take password ssh until the keys are pushed («w:first» has the list)
export SSHPASS='«p:ssh_password:shell»'
for h in $(cut -d' ' -f1 hosts.txt); do sshpass -e ssh-copy-id -i ~/.ssh/id_ed25519.pub mpi@$h; done
mpirun --hostfile hosts.txt -np 48 --mca plm_rsh_args "-p 2222" ./solver --input «w:word».nml
# results go to sftp://mpi:«p:sftp_password:url»@«ipb:results_host»/incoming/
# job id «L:build_id», git «L:short_sha»
""")

t("foldingathome_config_xml", "xml", "/etc/fahclient/config.xml", """<config>
  <!-- Folding@home client config, «w:word» lab, «L:date» -->
  <user value="«w:Word»_«w:word»"/>
  <team value="«n:10000-999999»"/>
  <passkey value="«k:fah_passkey:hex.32»"/>
  <power value="full"/>
  <gpu value="true"/>
  <!-- remote control (FAHControl) -->
  <password v="«p:remote_password:xml»"/>
  <allow v="«L:loopback_ip» «ip4:allowed_ip» «L:private_ip»"/>
  <web-allow v="«L:loopback_ip» «ip4:web_allowed_ip»"/>
  <command-allow-no-pass v="«L:loopback_ip»"/>
  <!-- proxy, added for the campus firewall -->
  <proxy v="«ip4:proxy_ip»:8080"/>
  <proxy-user v="fah"/>
  <proxy-pass v="«p:proxy_password:xml»"/>
  <proxy-enable v="true"/>
  <slot id="0" type="CPU"/>
  <slot id="1" type="GPU"/>
  <!-- client id «L:client_hex_id=«w:hex16»», version «L:version» -->
</config>
""")

t("pygeoapi_config_yml", "yaml", "pygeoapi-config.yml", """server:
  bind:
    host: «L:unspecified_ip»
    port: 5000
  url: https://maps.«w:word».gov/api
  mimetype: application/json; charset=UTF-8
  encoding: utf-8
  languages: [en-US]
  limit: 10
metadata:
  identification:
    title: «w:Word» open geodata
  contact:
    name: «w:Last», «w:First»
    email: «e:contact_email»
    updated: «L:date»
resources:
  parcels:
    type: collection
    title: Parcels
    providers:
      - type: feature
        name: PostgreSQL
        data:
          host: «ip4:postgis_host»
          dbname: gis
          user: pygeoapi
          password: «p:postgis_password:yaml»
          search_path: [cadastre]
        id_field: gid
        table: parcels
        geom_field: geom
  sensors:
    type: collection
    title: Sensors
    providers:
      - type: feature
        name: Elasticsearch
        data: https://geo:«p:es_password:url»@«ipb:es_host»:9200/sensors
        id_field: sensor_id
# upstream version «L:version», config hash «L:md5_checksum»
""")

t("umap_local_settings_py", "python", "umap/settings/local.py", '''# uMap local settings - «w:Word» community maps («L:date»)
from umap.settings.base import *  # noqa

SECRET_KEY = "«k:django_secret_key:django»"
DEBUG = False
ADMINS = (("«w:First» «w:Last»", "«e:admin_email»"),)
DATABASES = {
    "default": {
        "ENGINE": "django.contrib.gis.db.backends.postgis",
        "NAME": "umap",
        "USER": "umap",
        "PASSWORD": "«p:db_password:quoted»",
        "HOST": "«ip4:db_host»",
    }
}
SOCIAL_AUTH_OPENSTREETMAP_OAUTH2_KEY = "«L:client_id»"
SOCIAL_AUTH_OPENSTREETMAP_OAUTH2_SECRET = "«k:oauth2_secret:an.40»"
UMAP_ALLOW_ANONYMOUS = True
SITE_URL = "https://umap.«w:word».org"
UMAP_EXTRA_URLS = {"routing": "http://«L:private_ip»:5000/route/v1/driving/{lon1},{lat1};{lon2},{lat2}"}
# tile cache purge uses the key below (not the OSM one)
TILE_CACHE_PURGE_KEY = "«k:purge_key:lan.26»"
''')

t("mapbender_parameters_yaml", "yaml", "application/config/parameters.yaml", """# Mapbender «L:version» parameters for the «w:word» geoportal («L:date»)
parameters:
    database_driver: pdo_pgsql
    database_host: «ip4:db_host»
    database_port: 5432
    database_name: mapbender
    database_path: ~
    database_user: mapbender
    database_password: «p:db_password:yaml»
    mailer_transport: smtp
    mailer_host: smtp.«w:word».de
    mailer_user: «e:mailer_user»
    mailer_password: «p:mailer_password:yaml»
    locale: de
    secret: «k:symfony_secret:hex.40»
    fom:
        mail_from: «e:from_email»
        user_own_self: false
    ows_proxy3_host: «ipb:proxy_host»
    ows_proxy3_port: 3128
    ows_proxy3_user: mb
    ows_proxy3_password: «p:proxy_password:yaml»
    ows_proxy3_noproxy:
        - «L:loopback_ip»
        - «L:private_ip»
""")

t("mediasoup_config_js", "javascript", "server/config.js", """// mediasoup SFU settings - «w:word» meet («L:date»)
const os = require('os');

module.exports = {
  domain: 'meet.«w:word».io',
  https: {
    listenIp: '«L:unspecified_ip»',
    listenPort: 4443,
    tls: { cert: '/etc/ssl/meet/fullchain.pem', key: '/etc/ssl/meet/privkey.pem' },
  },
  mediasoup: {
    numWorkers: Object.keys(os.cpus()).length,
    webRtcTransportOptions: {
      listenInfos: [
        { protocol: 'udp', ip: '«L:unspecified_ip»', announcedAddress: '«ip:announced_ip~aip»' },
        { protocol: 'tcp', ip: '«L:unspecified_ip»', announcedAddress: '«=aip»' },
      ],
      initialAvailableOutgoingBitrate: 1000000,
    },
  },
  turn: {
    urls: ['turn:«ip4:turn_ip»:3478?transport=udp'],
    username: 'meet',
    credential: '«p:turn_credential:quoted»',
  },
  // room admin token (header X-Admin-Token) - rotate after «L:date»
  adminToken: '«k:admin_token:b64u.32»',
  buildVersion: '«L:version»',
};
""")

t("kurento_webrtcendpoint_conf_ini", "ini", "/etc/kurento/modules/kurento/WebRtcEndpoint.conf.ini", """; Kurento Media Server «L:version» - «w:word» classroom (edited «L:date»)
; STUN
stunServerAddress=«ip4:stun_ip»
stunServerPort=3478

; TURN relay (on the edge box)
turnURL=kurento:«p:turn_password:url»@«ip4:turn_ip»:3478?transport=udp

; Network
networkInterfaces=eth0
externalIPv4=«ip4:external_ipv4»
externalIPv6=«ip6:external_ipv6»
; old TURN, now internal only: «L:private_ip»
""")

t("wowza_admin_password_txt", "text", "/usr/local/WowzaStreamingEngine/conf/admin.password", """# Admin password file (format [username] [password] [group])
# groups: admin, advUser, basic  -- «w:word» live rig, updated «L:date»
admin «p:admin_password:word» admin|advUser
«w:first» «p:operator_password:word» admin
encoder «p:encoder_password:word» basic
# publish.password holds the RTMP source logins (encoder at «ip4:encoder_ip»)
# license key fragment for support: «L:placeholder=EDEV4-XXXXX-XXXXX-XXXXX»
""")

t("red5_properties", "properties", "red5/conf/red5.properties", """# Red5 Pro «L:version» server properties («w:word» events, «L:date»)
http.host=«L:unspecified_ip»
http.port=5080
https.port=443
rtmp.host=«L:unspecified_ip»
rtmp.port=1935
rtmps.keystorepass=«p:rtmps_keystore_password:ini»
rtmps.truststorepass=«p:rtmps_truststore_password:ini»
jmx.rmi.host=«L:loopback_ip»
jmx.rmi.port=9999
jmx.keystorepass=«p:jmx_keystore_password:ini»
# cluster
cluster.password=«p:cluster_password:ini»
cluster.edge.origin=«ip4:origin_ip»
stream.manager.host=«ip:stream_manager_ip»
stream.manager.api.accessToken=«k:sm_access_token:an.32»
# license owner «e:license_email»
""")

t("avorion_server_ini", "ini", "galaxies/«w:word»/server.ini", """[Administration]
Password=«p:server_password:ini»
Admins=«L:steam_id»
Moderators=«L:steam_id» «L:steam_id»

[Networking]
IP=«ip4:bind_ip»
Port=27000
SteamQueryPort=27020
SteamMasterPort=27021
Public=true
Listed=true
UseSteam=true
RconPassword=«p:rcon_password:ini»

[Game]
Seed=«w:an10»
Difficulty=0
MaxPlayers=«n:4-20»
Name=«w:Word» Frontier
; world created «L:date» with build «L:build_id»
""")

t("tmodloader_serverconfig_txt", "text", "tModLoader/serverconfig.txt", """#this is an example config file for TerrariaServer.exe / tModLoader «L:version»
world=/home/terraria/.local/share/Terraria/tModLoader/Worlds/«w:Word».wld
autocreate=2
worldname=«w:Word»
difficulty=1
maxplayers=«n:4-16»
port=7777
password=«p:server_password:word»
motd=Welcome to «w:Word» - discord in #server
#banlist=banlist.txt
secure=1
language=en-US
upnp=0
npcstream=60
priority=1
#ip=«L:unspecified_ip»
# hosted at «ip:host_ip», backup box «L:private_ip»; wipe planned «L:date»
# discord webhook for the join log:
# https://discord.com/api/webhooks/«L:discord_id»/«k:discord_webhook_token:b64u.51»
""")

t("killingfloor2_kfweb_ini", "ini", "KFGame/Config/PCServer-KFGame.ini", """[Engine.AccessControl]
IPPolicies=ACCEPT;*
AdminPassword=«p:admin_password:ini»
GamePassword=«p:game_password:ini»

[Engine.GameInfo]
MaxPlayers=6
bAdminCanPause=True

[Engine.GameReplicationInfo]
ServerName=«w:Word» Zed Farm
ShortName=«w:word»
AdminName=«w:First»
AdminEmail=«e:admin_email»

[IpDrv.WebServer]
bEnabled=true
ListenPort=8080
ServerName=«ip4:web_admin_ip»

[KFGame.KFGameInfo]
BannedIDs=(Uid=(A=«n:10000000-99999999»,B=17825793))
; last map cycle edit «L:date», workshop item «L:workshop_id=«n:600000000-2999999999»»
""")

t("squad_rcon_admins_cfg", "cfg", "SquadGame/ServerConfig/Rcon.cfg", """//// Squad RCON configuration («w:word» server, «L:date»)
IP=«ip4:rcon_ip»
Port=21114
Password=«p:rcon_password:cfg»
MaxConnections=5
// Admins.cfg (excerpt) - Steam ids are public
Group=SuperAdmin:changemap,pause,cheat,private,balance,chat,kick,ban,config,cameraman,immune,manageserver,featuretest,reserve,demos,clientdemos,debug,teamchange,forceteamchange,canseeadminchat
Admin=«L:steam_id»:SuperAdmin // «w:first»
Admin=«L:steam_id»:SuperAdmin // «w:first»
// Remote ban list
RemoteBanListHost=https://bans.«w:word».gg/list?key=«k:banlist_key:an.32»
// license renewal «L:date», query port test from «ip:query_test_ip»
""")
