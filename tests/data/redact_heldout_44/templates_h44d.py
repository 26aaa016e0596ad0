"""Templates 54-72 of held-out set 44: map servers, amateur-radio tooling, CI, infrastructure code and
free-form text (an issue, a chat export, a notebook).

Each template is written by hand for one file of one tool; values come from gen_h44.G (passed in as g).
"""


def t_nominatim_dockerfile(g):
    return f"""# syntax=docker/dockerfile:1.6
FROM mediagis/nominatim:4.4@{g.digest()}

ARG IMPORT_USER=nominatim
# build-time token for the private extract mirror (leaks into the image history, yes)
ARG EXTRACT_TOKEN={g.K('extract_mirror_token', 'an40')}
ENV PBF_URL=https://extracts.kartenhaus.eu/europe/benelux-latest.osm.pbf?token=${{EXTRACT_TOKEN}}
ENV REPLICATION_URL=https://extracts.kartenhaus.eu/europe/benelux-updates/
ENV NOMINATIM_PASSWORD={g.P('nominatim_db_password', 'shell')}
ENV THREADS=8
ENV IMPORT_STYLE=address

RUN <<EOF
set -e
cat > /etc/postgresql/16/main/conf.d/tuning.conf <<'PG'
shared_buffers = 2GB
listen_addresses = '{g.unspec()}'
PG
echo "host all all {g.L('private_ip', '172.16.0.0')}/12 scram-sha-256" >> /etc/postgresql/16/main/pg_hba.conf
echo "geocoder:{g.P('geocoder_basic_auth_password', 'plain')}" | chpasswd
EOF

COPY --chown=nominatim:nominatim settings/local.env /nominatim/.env
# health checker posts to the status page
HEALTHCHECK CMD curl -fs http://{g.loop()}:8080/status || curl -fs -X POST -H "X-Auth: {g.K('status_page_key', 'hex32')}" https://{g.IPu('status_page_host')}/down
LABEL maintainer="{g.E('maintainer_email')}" org.opencontainers.image.revision="{g.sha1()}"
"""


def t_pg_tileserv_toml(g):
    return f"""# pg_tileserv.toml -- vector tiles for the municipal web map
# Database connection
# DbConnection = "user=tiles password=xxx host=localhost dbname=gis"
DbConnection = "postgresql://tiles:{g.P('db_connection_password', 'url')}@{g.priv()}:5432/gis?sslmode=require"

# Close pooled connections after this interval
DbPoolMaxConnLifeTime = "1h"
DbPoolMaxConns = 4
DbTimeout = 10

HttpHost = "{g.unspec()}"
HttpPort = 7800
HttpsPort = 7801
TlsServerCertificateFile = "/etc/tls/tiles.crt"
TlsServerPrivateKeyFile = "/etc/tls/tiles.key"

UrlBase = "https://tiles.gemeinde-weserbrueck.eu/"
BasePath = "/"
CORSOrigins = ["https://karte.gemeinde-weserbrueck.eu", "http://{g.priv()}:8080"]
DefaultResolution = 4096
DefaultBuffer = 256
MaxFeaturesPerTile = 50000
DefaultMinZoom = 0
DefaultMaxZoom = 22
Debug = false

# [tileserv.cache]  (our fork) -- CDN purge credentials
# PurgeEndpoint = "https://{g.IP('cdn_purge_host', v6=0)}/purge"
# PurgeToken = "{g.K('cdn_purge_token', 'b64u43')}"
# contact for the CDN contract: {g.E('cdn_contact')}
"""


def t_tileserver_gl_json(g):
    return f"""{{
  "options": {{
    "paths": {{
      "root": "",
      "fonts": "fonts",
      "sprites": "sprites",
      "styles": "styles",
      "mbtiles": "data"
    }},
    "domains": ["tiles.gemeinde-weserbrueck.eu", "{g.IP('public_tile_ip')}"],
    "formatQuality": {{"jpeg": 80, "webp": 90}},
    "maxScaleFactor": 3,
    "maxSize": 2048,
    "pbfAlias": "pbf",
    "serveAllFonts": false,
    "serveAllStyles": false,
    "serveStaticMaps": true,
    "tileMargin": 0
  }},
  "styles": {{
    "basic": {{"style": "basic-preview/style.json", "tilejson": {{"type": "overlay", "bounds": [8.5, 52.9, 9.1, 53.3]}}}},
    "satellite-hybrid": {{
      "style": "hybrid/style.json",
      "serve_data": false,
      "tilejson": {{"attribution": "Luftbilder: Landesamt"}},
      "comment": "raster source url has the key inline",
      "raster_url": "https://imagery.kartenhaus.eu/v1/{{z}}/{{x}}/{{y}}.jpg?access_key={g.K('imagery_access_key', 'hex40')}"
    }}
  }},
  "data": {{
    "v3": {{"mbtiles": "weserbrueck.mbtiles"}},
    "contours": {{"mbtiles": "contours.mbtiles"}}
  }},
  "x-deploy": {{
    "ssh": "{g.L('ssh_target', 'deploy@tiles.gemeinde-weserbrueck.eu')}",
    "bucket_key_id": "{g.K('bucket_key_id', 'up36')}",
    "bucket_secret": "{g.K('bucket_secret', 'b64_32')}",
    "build": "{g.ssha()}",
    "contact": "{g.E('deploy_contact')}"
  }}
}}
"""


def t_senaite_buildout_cfg(g):
    return f"""[buildout]
extends = https://dist.plone.org/release/5.2.14/versions.cfg
parts =
    instance
    zeoserver
eggs =
    senaite.lims
    senaite.app.listing
index = https://pypi.org/simple/
find-links =
    https://lab-mirror:{g.P('mirror_password', 'url')}@{g.IP('private_mirror_host', v6=0)}/simple/

[zeoserver]
recipe = plone.recipe.zeoserver
zeo-address = {g.loop()}:8100

[instance]
recipe = plone.recipe.zope2instance
user = admin:{g.P('zope_admin_password', 'plain')}
http-address = {g.unspec()}:8080
zeo-client = on
zeo-address = {g.loop()}:8100
eggs = ${{buildout:eggs}}
environment-vars =
    TZ Europe/Berlin
    SENAITE_SMTP_HOST {g.IP('smtp_host')}
    SENAITE_SMTP_USER {g.E('smtp_user')}
    SENAITE_SMTP_PASS {g.P('smtp_pass', 'shell')}
    SENAITE_LIMS_API_KEY {g.K('lims_api_key', 'hex40')}
    LAB_INSTRUMENT_IMPORT_TOKEN {g.K('instrument_import_token', 'lo32')}

[versions]
senaite.lims = {g.ver()}
senaite.core = {g.ver()}
"""


def t_chamilo_gitlab_ci(g):
    return f"""# .gitlab-ci.yml -- build and deploy our Chamilo 1.11 fork
stages: [test, package, deploy]

variables:
  MYSQL_DATABASE: chamilo_test
  MYSQL_ROOT_PASSWORD: "{g.P('ci_mysql_root_password', 'q')}"
  COMPOSER_AUTH: '{{"http-basic": {{"packages.kursraum.eu": {{"username": "ci", "password": "{g.K('composer_repo_token', 'an40')}"}}}}}}'
  DEPLOY_HOST: "{g.IP('deploy_host', v6=0)}"
  ERROR_TRACKER_AUTH: "{g.K('error_tracker_token', 'hex64')}"

test:
  stage: test
  image: php:8.1@{g.digest()}
  services: [mysql:8.0]
  script:
    - composer install --no-progress
    - vendor/bin/phpunit -c tests/phpunit.xml

package:
  stage: package
  script:
    - tar czf chamilo-$CI_COMMIT_SHORT_SHA.tgz main/ app/ vendor/
    - 'curl -fsS --header "JOB-TOKEN: $CI_JOB_TOKEN" --upload-file chamilo-$CI_COMMIT_SHORT_SHA.tgz "$CI_API_V4_URL/projects/$CI_PROJECT_ID/packages/generic/chamilo/1.11/chamilo.tgz"'

deploy:
  stage: deploy
  only: [main]
  script:
    - echo "$DEPLOY_KEY" > /tmp/k && chmod 600 /tmp/k
    - ssh -i /tmp/k -o StrictHostKeyChecking=no {g.L('ssh_target', 'deploy@kursraum.eu')} "sudo /srv/bin/release.sh $CI_COMMIT_SHA"
    # the group access token was pasted here once; rotated since:
    # glab auth login --hostname git.kursraum.eu --token {g.K('gitlab_group_token', 'glsoat')}
    - curl -fsS -X POST -F token={g.K('pipeline_trigger_token', 'hex40')} -F ref=main https://git.kursraum.eu/api/v4/projects/42/trigger/pipeline
  environment:
    name: production
    url: https://kursraum.eu
# maintainer: {g.E('ci_maintainer')}; runner tags see {g.ref('$RUNNER_TOKEN')}
"""


def t_ilias_client_ini(g):
    return f"""; <?php exit; ?>
; data/ilias/client.ini.php -- ILIAS {g.ver()}
[server]
start = ./login.php

[client]
name = "ILIAS Gymnasium Weserbrück"
description = ""
access = "1"

[db]
type = "innodb"
host = "{g.priv()}"
user = "ilias"
pass = "{g.P('db_pass', 'q')}"
name = "ilias"
port = ""

[auth]
table = "usr_data"
usercol = "login"
passcol = "passwd"

[language]
default = "de"
path = "./lang"

[layout]
skin = "default"
style = "delos"

[session]
expire = "7200"

[system]
ROOT_FOLDER_ID = "1"
SYSTEM_FOLDER_ID = "9"
ROLE_FOLDER_ID = "8"
MAIL_SETTINGS_ID = "12"
DEBUG = "0"
DEVMODE = "0"

[cache]
activate_global_cache = "1"
global_cache_service_type = "2"

[mail]
; SMTP account of the school, set in the UI too
smtp_host = "{g.IP('smtp_host', v6=0)}"
smtp_user = "{g.E('smtp_user')}"
smtp_pass = "{g.P('smtp_pass', 'q')}"
; WebDAV test user from the last upgrade: {g.remail('webdav-test')}
; LTI consumer secret of the Moodle link
lti_secret = "{g.K('lti_secret', 'an32')}"
"""


def t_vtiger_main_tf(g):
    return f"""terraform {{
  required_providers {{
    hcloud = {{
      source  = "hetznercloud/hcloud"
      version = "~> 1.45"
    }}
  }}
}}

# token checked in for the workshop, replace with TF_VAR_hcloud_token
provider "hcloud" {{
  token = "{g.K('hcloud_api_token', 'an40')}"
}}

variable "crm_db_password" {{
  type      = string
  sensitive = true
  default   = "{g.P('crm_db_password', 'q')}"
}}

resource "hcloud_server" "crm" {{
  name        = "vtiger-crm"
  image       = "debian-12"
  server_type = "cx22"
  location    = "nbg1"
  ssh_keys    = ["{g.L('ssh_key_name', 'ops-' + g.first())}"]
  user_data   = <<-EOT
    #cloud-config
    write_files:
      - path: /etc/vtiger/config.inc.env
        content: |
          DB_HOST={g.priv()}
          DB_PASS={g.ref('${var.crm_db_password}')}
          SMTP_USER={g.E('smtp_user')}
          SMTP_PASS={g.P('smtp_pass', 'ini')}
          VPN_AUTHKEY={g.K('tailnet_api_key', 'tskey')}
  EOT
}}

resource "hcloud_firewall" "crm" {{
  name = "crm"
  rule {{
    direction  = "in"
    protocol   = "tcp"
    port       = "443"
    source_ips = ["{g.IP('office_public_ip', v6=0)}/32", "{g.IP6('office_public_ipv6')}/64"]
  }}
}}

output "crm_ip" {{ value = hcloud_server.crm.ipv4_address }}
# last apply: {g.uuid('run_uuid')} by {g.E('last_apply_by')}
"""


def t_svxlink_conf(g):
    return f"""###############################################################################
#                  /etc/svxlink/svxlink.conf  (excerpt)                        #
###############################################################################
[GLOBAL]
MODULE_PATH=/usr/lib/arm-linux-gnueabihf/svxlink
LOGICS=SimplexLogic,ReflectorLogic
CFG_DIR=svxlink.d
TIMESTAMP_FORMAT="%c"
CARD_SAMPLE_RATE=48000

[ReflectorLogic]
TYPE=Reflector
HOSTS={g.IP('reflector_host', v6=0)}
HOST_PORT=5300
CALLSIGN="DB0WES"
AUTH_KEY="{g.P('reflector_auth_key', 'q')}"
DEFAULT_TG=26231
MONITOR_TGS=2623,262,9

# /etc/svxlink/svxlink.d/ModuleEchoLink.conf
[ModuleEchoLink]
NAME=EchoLink
ID=2
TIMEOUT=60
SERVERS=servers.echolink.org
CALLSIGN=DB0WES-L
PASSWORD={g.P('echolink_password', 'ini', style=g.pick([2, 3, 4, 5]))}
SYSOPNAME=Ortsverband Weserbrück
LOCATION=[Svx] 439.1375, JO43
PROXY_SERVER={g.IP('echolink_proxy', v6=0)}
PROXY_PORT=8100
PROXY_PASSWORD={g.P('proxy_password', 'ini')}
# sysop mail: {g.E('sysop_email')}
"""


def t_dmrgateway_ini(g):
    return f"""[General]
Timeout=10
RptAddress={g.loop()}
RptPort=62032
LocalAddress={g.loop()}
LocalPort=62031
RuleTrace=0
Daemon=1
Debug=0

[Log]
DisplayLevel=1
FileLevel=1
FilePath=/var/log/dmrgateway
FileRoot=DMRGateway

[DMR Network 1]
Enabled=1
Name=BM_2621_Germany
Address={g.IP('bm_master_ip', v6=0)}
Port=62031
TGRewrite0=2,9,2,9,1
PCRewrite=2,4009990,2,9990,1
Password="{g.P('bm_hotspot_password', 'q')}"
Location=1
Debug=0
Id={g.L('dmr_id', str(g.num(2620000, 2639999)) + '01')}

[DMR Network 2]
Enabled=1
Name=DMR+_IPSC2-Germany
Address={g.IP('dmrplus_master_ip', v6=0)}
Port=55555
Options="StartRef=4000;RelinkTime=15;UserLink=1;TS1_1=262;"
Password="{g.P('dmrplus_password', 'q', style=2)}"
Debug=0

[XLX Network]
Enabled=0
File=/usr/local/etc/XLXHosts.txt
Port=62030
Password={g.L('default_password', 'passw0rd')}
# ^ the XLX default, {g.L('default_password', 'passw0rd')} is public on purpose
# self-care API key of network 1 (for the dashboard script): {g.K('selfcare_api_key', 'jwt')}
"""


def t_cloudlog_issue_md(g):
    return f"""### Bug: QRZ upload fails after moving Cloudlog to the new VPS

**Version:** {g.ver()} (commit {g.ssha()})
**PHP:** 8.2, nginx, MariaDB 10.11

Since the move from the old box ({g.priv()}) to the VPS at {g.IP('vps_ip')} the QRZ logbook
upload returns `RESULT=AUTH`. Station profile settings look right. Here is my `application/config/config.php`
part (I removed the password... mostly):

```php
$config['base_url'] = 'https://log.{g.first()}-radio.eu/';
$config['qrz_username'] = 'DL{g.num(1, 9)}{g.s(3, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ')}';
$config['qrz_password'] = '{g.P('qrz_password', 'q')}';
$config['hamqth_password'] = '{g.ph('********')}';
$config['encryption_key'] = '{g.K('ci_encryption_key', 'hex32')}';
```

and the station's logbook API key (Station Locations > API): `{g.Kv('qrz_logbook_api_key', '-'.join(g.s(4, 'ABCDEF0123456789') for _ in range(4)))}`

Log line:

```
ERROR - 2026-03-02 21:14:07 --> QRZ upload: RESULT=AUTH&REASON=invalid api key {g.ssha()}&EXTENDED=
```

Edit: the maintainers asked me to rotate everything above, done. Ping me at {g.E('reporter_email')} if you need
the full log. (Not {g.remail('noreply')}, that one bounces.)

> **@{g.user()}** commented: please never paste keys in issues; the key above is now invalid. Also check the
> `wavelog`-style `CALLBOOK` fields are not overriding it. The VPS' IPv6 {g.IP6('vps_ipv6')} is fine.
"""


def t_wavelog_chat_export(g):
    a, b = g.first().capitalize(), g.first().capitalize()
    return f"""[2026-03-04 19:02] {a}: wavelog on the club server is up again, https://{g.IP('wavelog_server_ip', v6=0)}/
[2026-03-04 19:02] {a}: admin login is still the same, pw {g.P('wavelog_admin_password', 'prose')}
[2026-03-04 19:03] {b}: thx. the API key for the N1MM bridge?
[2026-03-04 19:03] {a}: {g.Kv('wavelog_api_key', 'wl' + g.hex(13))}  (read/write)
[2026-03-04 19:04] {a}: read-only one for the website widget: {g.Kv('wavelog_ro_key', 'wl' + g.hex(13))}
[2026-03-04 19:05] {b}: and the QSL portal upload? it asks for the app password
[2026-03-04 19:06] {a}: {g.P('qsl_portal_app_password', 'prose', style=g.pick([1, 5, 9]))} -- account is {g.E('qsl_portal_account')}
[2026-03-04 19:06] {a}: the p12 cert passphrase is in the safe, don't ask :)
[2026-03-04 19:08] {b}: lol ok. what's the VPN endpoint again, v6?
[2026-03-04 19:08] {a}: [{g.IP6('vpn_endpoint_ipv6')}]:51820 , v4 {g.IP('vpn_endpoint_v4', v6=0)}:51820
[2026-03-04 19:09] {a}: your tunnel ip is {g.shared()}, mine {g.shared()}
[2026-03-04 19:11] {b}: also Postman collection for the API is shared, key {g.K('postman_api_key', 'pmat')}
[2026-03-04 19:12] {a}: 👍 (message id {g.uuid('message_uuid')})
"""


def t_pskreporter_ipynb(g):
    return f"""{{
 "cells": [
  {{
   "cell_type": "markdown",
   "metadata": {{}},
   "source": ["# Spots per band from PSK Reporter + our own skimmer\\n", "Data lands in the lakehouse; run top to bottom."]
  }},
  {{
   "cell_type": "code",
   "execution_count": 1,
   "metadata": {{}},
   "outputs": [],
   "source": [
    "import os, requests\\n",
    "from databricks import sql\\n",
    "HOST = \\"adb-{g.num(1000000000000000, 9999999999999999)}.7.azuredatabricks.net\\"\\n",
    "TOKEN = os.environ.get(\\"DATABRICKS_TOKEN\\", \\"{g.K('databricks_token', 'dsapi')}\\")\\n",
    "SKIMMER = \\"http://{g.IP('skimmer_host', v6=0)}:7373/spots\\"\\n",
    "LANGFUSE_SECRET_KEY = \\"{g.K('langfuse_secret_key', 'langfuse_sk')}\\"\\n",
    "LANGFUSE_PUBLIC_KEY = \\"{g.L('publishable_key', 'pk-lf-' + g.uuid_raw())}\\""
   ]
  }},
  {{
   "cell_type": "code",
   "execution_count": 2,
   "metadata": {{}},
   "outputs": [
    {{
     "name": "stdout",
     "output_type": "stream",
     "text": ["connected as {g.E('notebook_user_email')} to warehouse {g.L('warehouse_id', g.hex(16))}\\n"]
    }}
   ],
   "source": ["conn = sql.connect(server_hostname=HOST, http_path=\\"/sql/1.0/warehouses/{g.L('warehouse_id', g.hex(16))}\\", access_token=TOKEN)\\n", "print(conn)"]
  }},
  {{
   "cell_type": "code",
   "execution_count": 3,
   "metadata": {{}},
   "outputs": [],
   "source": ["# neon branch for scratch tables\\n", "NEON_API_KEY = \\"{g.K('neon_api_key', 'napi')}\\"\\n", "PG = \\"postgresql://spots:{g.P('neon_password', 'url')}@{g.IP('neon_endpoint_ip', v6=0)}/spots\\""]
  }}
 ],
 "metadata": {{"kernelspec": {{"display_name": "Python 3", "language": "python", "name": "python3"}}, "language_info": {{"name": "python", "version": "3.11.7"}}}},
 "nbformat": 4,
 "nbformat_minor": 5
}}
"""


def t_floreant_backup_ps1(g):
    return f"""# backup-floreant.ps1 -- nightly dump of the Floreant POS database to Azure blob storage
$ErrorActionPreference = "Stop"
$DbHost = "{g.priv()}"
$DbUser = "floreant"
$DbPass = ConvertTo-SecureString "{g.P('db_password', 'q')}" -AsPlainText -Force
$Cred = New-Object System.Management.Automation.PSCredential($DbUser, $DbPass)

$Stamp = Get-Date -Format "yyyyMMdd-HHmm"
$Dump = "C:\\Backup\\floreant-$Stamp.sql"
& "C:\\Program Files\\MySQL\\MySQL Server 8.0\\bin\\mysqldump.exe" -h $DbHost -u $DbUser "--password={g.P('db_password_cli', 'shell')}" floreantdb > $Dump

$Conn = "DefaultEndpointsProtocol=https;AccountName=posbackup{g.num(10, 99)};AccountKey={g.K('azure_storage_account_key', 'b64_64')};EndpointSuffix=core.windows.net"
$Ctx = New-AzStorageContext -ConnectionString $Conn
Set-AzStorageBlobContent -File $Dump -Container "nightly" -Context $Ctx | Out-Null

# SAS for the accountant's read-only access (expires end of quarter)
$Sas = "sv=2022-11-02&ss=b&srt=co&sp=rl&se=2026-03-31T22:00:00Z&sig={g.K('sas_signature', 'sas')}"

Send-MailMessage -SmtpServer "{g.IP('smtp_server', v6=0)}" -Port 587 -UseSsl -Credential (New-Object PSCredential("{g.E('smtp_login')}", (ConvertTo-SecureString "{g.P('smtp_password', 'q')}" -AsPlainText -Force))) `
  -From "{g.E('mail_from')}" -To "{g.E('mail_to')}" -Subject "POS backup $Stamp ok"
Write-Host "done ($((Get-FileHash $Dump).Hash))"
# example hash output: {g.L('sha256', g.hex(64).upper())}
"""


def t_pentaho_context_xml(g):
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<!-- tomcat/webapps/pentaho/META-INF/context.xml  (Pentaho Server {g.ver()}) -->
<Context path="/pentaho" docbase="webapps/pentaho/">
  <Resource name="jdbc/Hibernate" auth="Container" type="javax.sql.DataSource"
            factory="org.pentaho.di.core.database.util.DecryptingDataSourceFactory" maxActive="20" minIdle="0"
            maxIdle="5" initialSize="0" maxWait="10000" username="hibuser"
            password="{g.P('hibernate_password', 'xml')}"
            driverClassName="org.postgresql.Driver" url="jdbc:postgresql://{g.priv()}:5432/hibernate"
            validationQuery="select 1"/>
  <Resource name="jdbc/Quartz" auth="Container" type="javax.sql.DataSource" username="pentaho_user"
            password="{g.P('quartz_password', 'xml')}"
            driverClassName="org.postgresql.Driver" url="jdbc:postgresql://{g.priv()}:5432/quartz"/>
  <Resource name="jdbc/Warehouse" auth="Container" type="javax.sql.DataSource" username="bi_reader"
            password="{g.P('warehouse_password', 'xml')}"
            driverClassName="org.postgresql.Driver" url="jdbc:postgresql://{g.IPu('warehouse_host')}:5432/dwh"/>
  <!-- encrypted form of the same password as produced by encr.sh (still reversible): -->
  <Environment name="warehouse/encrypted" type="java.lang.String" value="Encrypted {g.Kv('kettle_encrypted_password', '2be98af' + g.hex(28))}" override="false"/>
  <Environment name="mail/from" type="java.lang.String" value="{g.E('mail_from')}" override="false"/>
  <Environment name="mail/fallback" type="java.lang.String" value="{g.remail('bi-reports')}" override="false"/>
  <Parameter name="carte.token" value="{g.K('carte_token', 'an32')}" override="false"/>
</Context>
"""


def t_knime_preferences_epf(g):
    return f"""#Exported KNIME preferences (File > Export > Preferences), {g.L('timestamp', 'Wed Mar 04 08:10:55 CET 2026')}
\\!/=
/instance/org.knime.workbench.core/knime.maxThreads=8
/instance/org.knime.workbench.core/knime.tempDir=D\\:\\\\knime-temp
/instance/org.knime.workbench.explorer.view/defaultMountpoint=LOCAL
/instance/org.knime.workbench.explorer.view/mountpointNode/hub.server=https\\://hub.analytics-weserbrueck.eu/knime
/instance/org.knime.workbench.explorer.view/mountpointNode/hub.user={g.E('hub_user_email')}
/instance/org.knime.workbench.explorer.view/mountpointNode/hub.applicationPassword={g.K('hub_application_password', 'uuid')}
/instance/org.eclipse.core.net/proxiesEnabled=true
/instance/org.eclipse.core.net/proxyData/HTTP/host={g.IP('proxy_host', v6=0)}
/instance/org.eclipse.core.net/proxyData/HTTP/port=3128
/instance/org.eclipse.core.net/proxyData/HTTP/hasAuth=true
/instance/org.eclipse.core.net/proxyData/HTTP/user=knime-svc
/instance/org.eclipse.core.net/proxyData/HTTP/password={g.P('proxy_password', 'ini')}
/instance/org.knime.database/db.default.host={g.priv()}
/instance/org.knime.database/db.default.user=analyst
/instance/org.knime.database/db.default.password={g.P('db_default_password', 'ini')}
/instance/org.knime.python3/condaEnvironment=py311_knime
/instance/org.knime.ai.assistant/apiKey={g.K('llm_api_key', 'an40')}
/instance/org.knime.update/lastCheck={g.ver()}
"""


def t_gridtracker_go(g):
    return f"""// Package spotfeed relays GridTracker UDP spots into the club's message bus.
package spotfeed

import (
	"context"
	"fmt"
	"net"
	"time"

	"github.com/Azure/azure-sdk-for-go/sdk/messaging/azservicebus"
)

const (
	listenAddr   = "{g.unspec()}:2237"
	upstreamAddr = "{g.IP('upstream_relay_ip', v6=0)}:2237"
	// TODO(move to env): connection string of the spots queue
	busConn = "Endpoint=sb://clubspots.servicebus.windows.net/;SharedAccessKeyName=relay;SharedAccessKey={g.K('service_bus_shared_access_key', 'b64_32')}"
	alertTo = "{g.E('alert_to')}"
)

var fallbackRelays = []string{{"{g.IP('fallback_relay_a')}", "{g.priv()}", "{g.IP6('fallback_relay_ipv6')}"}}

// mqttPassword is only used on the field-day laptop.
var mqttPassword = "{g.P('mqtt_password', 'q')}"

func Run(ctx context.Context) error {{
	client, err := azservicebus.NewClientFromConnectionString(busConn, nil)
	if err != nil {{
		return fmt.Errorf("bus: %w", err)
	}}
	defer client.Close(ctx)
	conn, err := net.ListenPacket("udp", listenAddr)
	if err != nil {{
		return err
	}}
	defer conn.Close()
	buf := make([]byte, 2048)
	for {{
		_ = conn.SetReadDeadline(time.Now().Add(30 * time.Second))
		n, _, err := conn.ReadFrom(buf)
		if err != nil {{
			continue
		}}
		_ = n // forward ...
	}}
}}

// build {g.ssha()}, module checksum h1:{g.L('go_sum_hash', g.key_raw('b64_32'))}
"""


def t_hamclock_systemd_nginx(g):
    user, pw = "hamclock", g.pw_raw('plain')
    return f"""# /etc/systemd/system/hamclock.service
[Unit]
Description=HamClock (web only) for the shack display
After=network-online.target

[Service]
User=hamclock
Environment=HAMCLOCK_OPENWEATHER_KEY={g.K('openweather_key', 'hex32')}
Environment="HAMCLOCK_DXCLUSTER=dxc.{g.pick(['t-2.net', 'amis.net'])}:7300"
Environment=HAMCLOCK_CLUSTER_LOGIN=DK{g.num(1, 9)}XYZ
Environment=HAMCLOCK_CLUSTER_PASSWORD={g.P('dxcluster_password', 'shell')}
ExecStart=/usr/local/bin/hamclock-web-1600x960 -t 20 -w 8081 -o
Restart=always

[Install]
WantedBy=multi-user.target

# /etc/nginx/sites-available/hamclock  (basic auth in front of the live web view)
server {{
    listen 443 ssl;
    listen [::]:443 ssl;
    server_name clock.{g.first()}-shack.eu;
    allow {g.IP('allowed_remote_ip', v6=0)};
    allow {g.priv()}/24;
    deny all;
    location / {{
        proxy_pass http://{g.loop()}:8081;
        # upstream expects its own basic auth; base64 of "{user}:{g.Pv('upstream_basic_password', pw)}"
        proxy_set_header Authorization "Basic {g.Kv('upstream_basic_auth_b64', g.b64(user + ':' + pw))}";
        proxy_set_header X-Real-IP $remote_addr;
    }}
    access_log /var/log/nginx/hamclock.log;
}}
"""


def t_log4om_upload_pl(g):
    return f"""#!/usr/bin/perl
# log4om-sync.pl -- copy new QSOs from the Log4OM SQLite file into the club MySQL log
use strict;
use warnings;
use DBI;
use Net::SMTP;

my $src = DBI->connect("dbi:SQLite:dbname=C:/Users/shack/Documents/Log4OM2/log.SQLite", "", "",
                       {{ RaiseError => 1 }});
my $dst = DBI->connect("DBI:mysql:database=qsolog;host={g.IP('club_mysql_host', v6=0)};port=3306",
                       "log4om_sync", '{g.P('club_mysql_password', 'q')}', {{ RaiseError => 1 }});

my $last = $dst->selectrow_array("SELECT MAX(qso_date) FROM qsos WHERE op = ?", undef, 'DL{g.num(1, 9)}ABC');
my $rows = $src->selectall_arrayref("SELECT callsign, qsodate, band, mode FROM Log WHERE qsodate > ?", undef, $last);
my $ins = $dst->prepare("INSERT INTO qsos (call, qso_date, band, mode) VALUES (?,?,?,?)");
$ins->execute(@$_) for @$rows;

my $smtp = Net::SMTP->new('{g.priv()}', Port => 587, Timeout => 20) or die;
$smtp->starttls();
$smtp->auth('{g.E('smtp_auth_user')}', '{g.P('smtp_auth_password', 'q')}');
$smtp->mail('{g.E('report_from')}');
$smtp->to('{g.E('report_to')}');
$smtp->data("Subject: log4om sync\\n\\n" . scalar(@$rows) . " QSOs copied\\n");
$smtp->quit;
# QRZ XML key for lookups (session key is fetched with it): {g.K('qrz_xml_api_key', 'hex32')}
"""


def t_echolink_proxy_rs(g):
    return f"""//! echolink-proxy-watch: keeps an eye on our public EchoLink proxies and restarts them.
use std::net::SocketAddr;
use std::time::Duration;

/// proxies we operate (the registration password is the same on all, sadly)
const PROXIES: &[&str] = &["{g.IP('proxy_a_ip', v6=0)}:8100", "{g.IP('proxy_b_ip', v6=0)}:8100"];
const PROXY_PASSWORD: &str = "{g.P('proxy_password', 'q')}";
const ADMIN_MAIL: &str = "{g.E('admin_mail')}";
const WEBHOOK: &str = "https://chat.{g.first()}-radio.eu/hooks/{g.K('chat_webhook_token', 'an24')}/{g.K('chat_webhook_secret', 'an40')}";
const FALLBACK_DNS: &str = "{g.IP6('fallback_dns_ipv6')}";

fn main() {{
    let timeout = Duration::from_secs(5);
    for p in PROXIES {{
        let addr: SocketAddr = p.parse().expect("addr");
        match std::net::TcpStream::connect_timeout(&addr, timeout) {{
            Ok(_) => println!("{{p}} ok"),
            Err(e) => eprintln!("{{p}} down: {{e}}"),
        }}
    }}
    let _ = (PROXY_PASSWORD, ADMIN_MAIL, WEBHOOK, FALLBACK_DNS);
}}

#[cfg(test)]
mod tests {{
    #[test]
    fn parses_doc_addresses() {{
        assert!("{g.docip()}:8100".parse::<std::net::SocketAddr>().is_ok());
        assert!("[{g.docip6()}]:8100".parse::<std::net::SocketAddr>().is_ok());
    }}
}}
"""


TEMPLATES = [
    ("nominatim_dockerfile", "dockerfile", "nominatim/Dockerfile", t_nominatim_dockerfile),
    ("pg_tileserv_toml", "toml", "tiles/pg_tileserv.toml", t_pg_tileserv_toml),
    ("tileserver_gl_json", "json", "tileserver/config.json", t_tileserver_gl_json),
    ("senaite_buildout_cfg", "ini", "senaite/buildout.cfg", t_senaite_buildout_cfg),
    ("chamilo_gitlab_ci", "yaml", "chamilo/.gitlab-ci.yml", t_chamilo_gitlab_ci),
    ("ilias_client_ini", "ini", "ilias/data/ilias/client.ini.php", t_ilias_client_ini),
    ("vtiger_main_tf", "hcl", "infra/crm/main.tf", t_vtiger_main_tf),
    ("svxlink_conf", "ini", "etc/svxlink/svxlink.conf", t_svxlink_conf),
    ("dmrgateway_ini", "ini", "etc/dmrgateway.ini", t_dmrgateway_ini),
    ("cloudlog_issue_md", "markdown", "issues/qrz-upload-auth.md", t_cloudlog_issue_md),
    ("wavelog_chat_export", "text", "chat/club-tech-2026-03.txt", t_wavelog_chat_export),
    ("pskreporter_ipynb", "json", "notebooks/spots_per_band.ipynb", t_pskreporter_ipynb),
    ("floreant_backup_ps1", "powershell", "scripts/backup-floreant.ps1", t_floreant_backup_ps1),
    ("pentaho_context_xml", "xml", "pentaho/META-INF/context.xml", t_pentaho_context_xml),
    ("knime_preferences_epf", "text", "knime/preferences.epf", t_knime_preferences_epf),
    ("gridtracker_go", "go", "spotfeed/spotfeed.go", t_gridtracker_go),
    ("hamclock_systemd_nginx", "text", "deploy/hamclock.conf", t_hamclock_systemd_nginx),
    ("log4om_upload_pl", "perl", "scripts/log4om-sync.pl", t_log4om_upload_pl),
    ("echolink_proxy_rs", "rust", "src/main.rs", t_echolink_proxy_rs),
]
