"""Templates 1-19 of held-out set 48 (each written one by one)."""

ORDER = [
    "arvados_cluster_config_yml", "toil_launch_cluster_sh", "irida_api_notebook_ipynb", "nextstrain_crontab",
    "rspace_deployment_properties", "kbin_env", "firefish_default_yml", "takahe_journal_log", "bookwyrm_env",
    "kresus_config_ini", "ihatemoney_cfg", "solidinvoice_parameters_yml", "metasfresh_properties",
    "axelor_config_properties", "ofbiz_entityengine_xml", "kitchenowl_compose_yaml", "davical_config_php",
    "mailinabox_issue_md", "dawarich_env",
]


def t_arvados_cluster_config_yml(g):
    cid = g.s(5, "abcdefghijklmnopqrstuvwxyz0123456789")
    dbh = g.ip("postgres_host")
    return "yaml", "/etc/arvados/config.yml", f"""# Arvados cluster configuration -- managed by hand on the API host
# Last reviewed {g.date()} after the {g.version()} upgrade
Clusters:
  {cid}:
    SystemRootToken: "{g.key("system_root_token", "lan32")}"
    ManagementToken: {g.key("management_token", "an40")}
    # ManagementToken: {g.key("management_token", "an40")}   (old value, remove after rollout)
    Collections:
      BlobSigningKey: {g.key("blob_signing_key", "lan32")}
      BlobSigningTTL: 336h
    PostgreSQL:
      ConnectionPool: 64
      Connection:
        host: {dbh}
        port: "5432"
        user: arvados
        password: {g.pw("postgres_password", "yaml")}
        dbname: arvados_production
        client_encoding: utf8
    Services:
      Controller:
        InternalURLs:
          "http://{g.priv()}:8003": {{}}
        ExternalURL: "https://{cid}.hpc.fenlowe-genomics.org"
      Keepstore:
        InternalURLs:
          "http://{g.priv()}:25107": {{}}
          "http://{g.br(g.ip("keepstore_public"))}:25107": {{}}
      Websocket:
        InternalURLs:
          "http://{g.loop()}:8005": {{}}
    Users:
      AutoSetupNewUsersWithRepository: false
      UserNotifierEmailFrom: {g.resmail("arvados-noreply")}
      NewUserNotificationRecipients:
        {g.email("admin_notify")}: {{}}
        {g.email("admin_notify")}: {{}}
      AnonymousUserToken: ""
    Login:
      OpenIDConnect:
        ClientID: {g.lk("client_id", str(g.num(10**11, 10**12)) + "-" + g.s(32, "abcdefghijklmnopqrstuvwxyz0123456789") + ".apps.googleusercontent.com")}
        ClientSecret: {g.keyv("oidc_client_secret", "GOCSPX-" + g.s(28, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"))}
    Containers:
      DefaultKeepCacheRAM: 268435456
      CloudVMs:
        ImageID: {g.lk("image_id", "ami-" + g.hx(17))}
        DriverParameters:
          AccessKeyID: {g.pkey("aws_access_key_id", "akia")}
          SecretAccessKey: {g.pkey("aws_secret_access_key", "aws_secret")}
          SubnetID: {g.lk("subnet_id", "subnet-" + g.hx(17))}
    InstanceTypes:
      m5large: {{ProviderType: m5.large, VCPUs: 2, RAM: 8GiB, Price: 0.096}}
"""


def t_toil_launch_cluster_sh(g):
    email = g.email("owner_email")
    return "shell", "scripts/launch_toil_cluster.sh", f"""#!/usr/bin/env bash
# Spin up the autoscaling Toil cluster for the variant-calling sweep.
# Owner: {email}   (ping before tearing anything down)
set -euo pipefail

export AWS_ACCESS_KEY_ID={g.pkey("aws_access_key_id", "akia")}
export AWS_SECRET_ACCESS_KEY={g.pkey("aws_secret_access_key", "aws_secret")}
export AWS_DEFAULT_REGION=eu-west-1
export TOIL_APPLIANCE_SELF=quay.io/ucsc_cgl/toil:{g.version()}-{g.short_sha()}-py3.11
# the old appliance pin was {g.version()} -- do not go back, it leaks file handles
export TOIL_AWS_ZONE=eu-west-1b

LEADER_IP={g.ip("leader_ip", 0.0)}
BASTION={g.ip("bastion_ip")}

toil launch-cluster vcsweep \\
  --leaderNodeType t3.medium \\
  --keyPairName vcsweep-ops \\
  --zone "$TOIL_AWS_ZONE" \\
  --awsEc2ExtraSecurityGroupId {g.lk("security_group_id", "sg-" + g.hx(17))} \\
  --owner {g.email("cluster_owner_email")}

# GitHub token for pulling the private workflow repo on the leader
toil ssh-cluster vcsweep "git config --global url.https://x-access-token:{g.pkey("github_token", "ghp")}@github.com/.insteadOf https://github.com/"

ssh -o ProxyJump=ops@"$BASTION" core@"$LEADER_IP" \\
  'sudo -u toil env MYSQL_PWD={g.pw("results_db_password", "shell")} mysql -h {g.priv()} -u vcsweep results < /tmp/init.sql'

# results bucket uses its own key pair (read-only)
aws configure set aws_access_key_id {g.pkey("results_access_key_id", "akia")} --profile results
aws configure set aws_secret_access_key {g.pkey("results_secret_access_key", "aws_secret")} --profile results

echo "cluster up at $(date -u +%FT%TZ); job store aws:eu-west-1:vcsweep-{g.hx(8)}"
"""


def t_irida_api_notebook_ipynb(g):
    import json as _j
    user = g.email("irida_user")
    cs = g.key("oauth_client_secret", g.pick(["an40", "b64u43", "hex40"]))
    host = g.ip("irida_host", 0.0)
    cells = [
        {"cell_type": "markdown", "metadata": {}, "source": [
            "# Pulling assemblies from IRIDA for the outbreak cluster\n",
            f"Run {g.date()} by the on-call bioinformatician. Samples come from project 418.\n"]},
        {"cell_type": "code", "execution_count": 1, "metadata": {}, "outputs": [], "source": [
            "import requests\n",
            f"IRIDA = \"https://{host}/irida/api\"\n",
            "TOKEN_URL = IRIDA.replace('/api', '/api/oauth/token')\n",
            "CLIENT_ID = \"notebook-pull\"\n",
            f"CLIENT_SECRET = \"{cs}\"\n",
            f"USERNAME = \"{user}\"\n",
            f"PASSWORD = \"{g.pw('irida_password', 'json')}\"\n"]},
        {"cell_type": "code", "execution_count": 2, "metadata": {}, "outputs": [
            {"name": "stdout", "output_type": "stream", "text": [
                f"token: {g.keyv('access_token_printed', g.key_raw('uuid'))} expires_in=43199\n",
                f"server version {g.version()} build {g.build_id()}\n"]}], "source": [
            "r = requests.post(TOKEN_URL, data={'grant_type': 'password', 'client_id': CLIENT_ID,\n",
            "      'client_secret': CLIENT_SECRET, 'username': USERNAME, 'password': PASSWORD})\n",
            "tok = r.json()\n",
            "print('token:', tok['access_token'], 'expires_in=%d' % tok['expires_in'])\n"]},
        {"cell_type": "code", "execution_count": 3, "metadata": {}, "outputs": [
            {"data": {"text/plain": [
                f"[{{'sampleName': 'ONT-{g.num(1000, 9999)}', 'sha256': '{g.sha256()}'}},\n",
                f" {{'sampleName': 'ONT-{g.num(1000, 9999)}', 'sha256': '{g.sha256()}'}}]"]},
             "execution_count": 3, "metadata": {}, "output_type": "execute_result"}], "source": [
            "# mirror copy also listens on the lab VLAN\n",
            f"MIRROR = 'http://{g.priv()}:8080/irida/api'\n",
            "fetch_assemblies(IRIDA, tok, project=418)[:2]\n"]},
        {"cell_type": "markdown", "metadata": {}, "source": [
            f"Questions about access go to {g.email('data_steward')} (data steward). Workflow id ",
            f"`{g.uuid('workflow_uuid')}`.\n"]},
    ]
    nb = {"cells": cells, "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python",
                                                      "name": "python3"},
                                       "language_info": {"name": "python", "version": "3.11.6"}},
          "nbformat": 4, "nbformat_minor": 5}
    return "ipynb", "notebooks/irida_pull_cluster418.ipynb", _j.dumps(nb, indent=1, ensure_ascii=False) + "\n"


def t_nextstrain_crontab(g):
    return "text", "/etc/cron.d/nextstrain-builds", f"""# Nightly Nextstrain/augur builds for the regional dashboard.
# Edit with care: cron does not read your shell profile, everything is inline.
SHELL=/bin/bash
MAILTO={g.email("cron_mailto")}
PATH=/usr/local/bin:/usr/bin:/bin
AWS_ACCESS_KEY_ID={g.pkey("aws_access_key_id", "akia")}
AWS_SECRET_ACCESS_KEY={g.pkey("aws_secret_access_key", "aws_secret")}
GISAID_USERNAME_AND_PASSWORD=rdash_ingest:{g.pw("gisaid_password", "shell")}
CHAT_TOKEN={g.pkey("chat_bot_token", "xoxb")}
CHAT_CHANNELS=C0{g.s(9, "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")}

# m h dom mon dow user command
15 2 * * * nextstrain cd /srv/builds/ncov && nextstrain build --aws-batch --detach . --configfile regional.yaml >> /var/log/nextstrain/ncov.log 2>&1
40 3 * * 1 nextstrain curl -fsS -u "rdash:{g.pw("dashboard_basic_auth", "url")}" https://{g.ip("dashboard_host")}/hooks/refresh
# pinned CLI {g.version()}, image nextstrain/base@sha256:{g.sha256("image_digest")}
0 6 * * * nextstrain /srv/builds/bin/notify --to {g.email("notify_to")} --cc {g.resmail("builds")} --from {g.priv()}
"""


def t_rspace_deployment_properties(g):
    return "properties", "/etc/rspace/deployment.properties", f"""# RSpace ELN deployment properties
# generated {g.ts()} -- server.urlPrefix must match the proxy
server.urlPrefix=https://eln.brindlecombe-institute.ac.uk
jdbc.url=jdbc:mysql://{g.ip("mysql_host", 0.0)}:3306/rspace?useSSL=true
jdbc.username=rspacedbuser
jdbc.password={g.pw("jdbc_password", "ini")}
sysadmin.errorfile.path=/var/log/rspace/error.log
mail.transport.protocol=smtp
mail.default.host={g.ip("smtp_host")}
mail.username={g.email("smtp_user")}
mail.password={g.pw("smtp_password", "ini")}
mail.from={g.resmail("rspace")}
mail.replyTo={g.email("reply_to")}
# ORCID integration
orcid.client.id={g.lk("orcid_client_id", "APP-" + g.s(16, "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"))}
orcid.client.secret={g.key("orcid_client_secret", "uuid")}
# data repository connectors
repository.apikey={g.key("repository_api_key", "uuid")}
repository.token={g.key("repository_token", g.pick(["hex40", "an40"]))}
deployment.sysadmin.email={g.email("sysadmin_email")}
# licence server pings from the public address only
license.server.location=https://{g.br(g.ip("licence_server"))}:8443
licensekey={g.key("rspace_licence_key", "uuid")}
deployment.buildNumber={g.build_id()}
"""


def t_kbin_env(g):
    return "env", "kbin/.env.local", f"""###> symfony/framework-bundle ###
APP_ENV=prod
APP_SECRET={g.key("app_secret", "hex32")}
###< symfony/framework-bundle ###

SERVER_NAME=kbin.quillhaven.social
KBIN_DOMAIN=kbin.quillhaven.social
KBIN_CONTACT_EMAIL={g.email("contact_email")}
KBIN_SENDER_EMAIL={g.resmail("noreply")}
KBIN_ADMIN_ONLY_OAUTH_CLIENTS=true

###> doctrine/doctrine-bundle ###
POSTGRES_DB=kbin
POSTGRES_USER=kbin
POSTGRES_PASSWORD={g.pw("postgres_password", "env")}
POSTGRES_VERSION={g.version(parts=1)}
DATABASE_URL="postgresql://kbin:{g.pw("database_url_password", "url")}@{g.priv()}:5432/kbin?serverVersion=15&charset=utf8"
###< doctrine/doctrine-bundle ###

REDIS_PASSWORD={g.pw("redis_password", "env")}
REDIS_DNS=redis://{g.pw("redis_dsn_password", "url")}@{g.br(g.ip("redis_host"))}:6379

###> symfony/mailer ###
MAILER_DSN=smtp://apikey:{g.pkey("mail_relay_api_key", "sg")}@smtp.relay.quillhaven.social:587
###< symfony/mailer ###

###> lexik/jwt-authentication-bundle ###
JWT_SECRET_KEY=%kernel.project_dir%/config/jwt/private.pem
JWT_PASSPHRASE={g.pw("jwt_passphrase", "env")}
###< lexik/jwt-authentication-bundle ###

OAUTH_ENCRYPTION_KEY={g.key("oauth_encryption_key", "hex32")}
OAUTH_GITHUB_ID={g.lk("client_id", "Iv1." + g.hx(16))}
OAUTH_GITHUB_SECRET={g.key("github_oauth_secret", "hex40")}
# trusted proxies: ingress + the old VPS
TRUSTED_PROXIES={g.loop()},{g.priv()},{g.ip("trusted_proxy")}
"""


def t_firefish_default_yml(g):
    return "yaml", "firefish/.config/default.yml", f"""#━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━
# Firefish configuration
#━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━
url: https://ff.cinderholm.net/
port: 3000

db:
  host: {g.ip("db_host")}
  port: 5432
  db: firefish
  user: firefish
  pass: {g.pw("db_password", "yaml")}

redis:
  host: {g.priv()}
  port: 6379
  pass: {g.pw("redis_password", "yaml")}
  #prefix: example-prefix
  #db: 1

# sonic search (disabled for now)
#sonic:
#  host: {g.loop()}
#  port: 1491
#  auth: {g.pw("sonic_auth_commented", "yaml")}

id: 'aid'

maxNoteLength: 3000
# proxy for outbound requests, keeps our real address {g.ip("outbound_ip")} out of remote logs
proxy: 'http://relay:{g.pw("proxy_password", "url")}@{g.br(g.ip("proxy_host"))}:3128'
proxyBypassHosts:
  - api.deepl.com
  - {g.priv()}

deepl:
  authKey: '{g.keyv("translation_auth_key", g.uuid_raw() + ":fx")}'
  isPro: false

# admin contact shown on /about
maintainerEmail: {g.email("maintainer_email")}
# object storage is configured in the control panel, this is only a note:
# access key {g.pkey("s3_access_key_note", "do_spaces")} / secret in the vault
"""


def t_takahe_journal_log(g):
    clock = [g.num(10, 20) * 3600 + g.num(0, 3599)]
    day = g.num(10, 28)

    def ts():
        clock[0] += g.num(1, 90)
        c = clock[0]
        return g.lk("timestamp_syslog", f"Dec {day} {c // 3600:02d}:{c // 60 % 60:02d}:{c % 60:02d}")
    email = g.email("signup_email")
    return "text", "logs/takahe-journal.txt", f"""-- Journal begins at Mon {g.date()} 00:00:01 UTC. --
{ts()} pebble systemd[1]: Started Takahe ActivityPub server (gunicorn).
{ts()} pebble takahe[{g.num(1000, 9999)}]: Takahe {g.version()} starting, config from environment
{ts()} pebble takahe[{g.num(1000, 9999)}]: TAKAHE_DATABASE_SERVER=postgres://takahe:{g.pw("database_password", "url")}@{g.br(g.ip("database_host"))}:5432/takahe
{ts()} pebble takahe[{g.num(1000, 9999)}]: TAKAHE_SECRET_KEY={g.key("django_secret_key", "b64u43")}
{ts()} pebble takahe[{g.num(1000, 9999)}]: TAKAHE_EMAIL_SERVER=smtp://{g.email("smtp_login")}:{g.pw("smtp_password", "url")}@mail.wherrymoor.net:587/?tls=true
{ts()} pebble takahe[{g.num(1000, 9999)}]: TAKAHE_MEDIA_BACKEND=s3://{g.pkey("s3_key_id", "akia")}:{g.keyv("s3_secret_key", g.s(40))}@s3.eu-central-2.wasabisys.com/takahe-media
{ts()} pebble takahe[{g.num(1000, 9999)}]: TAKAHE_AUTO_ADMIN_EMAIL={g.email("auto_admin_email")}
{ts()} pebble takahe[{g.num(1000, 9999)}]: WARNING: environment dump enabled by TAKAHE_DEBUG_ENV; disable it!
{ts()} pebble takahe[{g.num(1000, 9999)}]: Listening at: http://{g.unspec()}:8000
{ts()} pebble takahe[{g.num(1000, 9999)}]: inbox POST from {g.ip("remote_server")} (signature ok, key id https://ruffle.social/users/x#main-key)
{ts()} pebble takahe[{g.num(1000, 9999)}]: inbox POST from {g.ip("remote_server")} rejected: bad signature
{ts()} pebble takahe[{g.num(1000, 9999)}]: signup: {email} from {g.ip("signup_ip")} request {g.uuid("request_id")}
{ts()} pebble takahe[{g.num(1000, 9999)}]: healthcheck from {g.loop()} ok
"""


def t_bookwyrm_env(g):
    return "env", "bookwyrm/.env", f"""# BookWyrm production environment
SECRET_KEY="{g.key("django_secret_key", "b64_32")}"
DEBUG=false
USE_HTTPS=true
DOMAIN=books.pebblestock.org
EMAIL={g.email("instance_email")}
LANGUAGE_CODE="en-us"
ALLOWED_HOSTS="books.pebblestock.org,{g.loop()},{g.priv()}"

# Database
POSTGRES_PASSWORD={g.pw("postgres_password", "env")}
POSTGRES_USER=fedireads
POSTGRES_DB=fedireads
POSTGRES_HOST=db

# Redis activity stream manager
MAX_STREAM_LENGTH=200
REDIS_ACTIVITY_HOST=redis_activity
REDIS_ACTIVITY_PORT=6379
REDIS_ACTIVITY_PASSWORD={g.pw("redis_activity_password", "env")}
REDIS_BROKER_PASSWORD={g.pw("redis_broker_password", "env")}

# Monitoring for celery
FLOWER_PORT=8888
FLOWER_USER=admin
FLOWER_PASSWORD={g.pw("flower_password", "env")}

# Email config
EMAIL_HOST=smtp.relaymail.pebblestock.org
EMAIL_PORT=587
EMAIL_HOST_USER={g.email("mail_user", "mg.pebblestock.org")}
EMAIL_HOST_PASSWORD={g.pw("email_host_password", "env")}
EMAIL_USE_TLS=true
EMAIL_USE_SSL=false
EMAIL_SENDER_NAME=admin
EMAIL_SENDER_DOMAIN=pebblestock.org

# S3 media
USE_S3=true
AWS_ACCESS_KEY_ID={g.pkey("aws_access_key_id", "akia")}
AWS_SECRET_ACCESS_KEY={g.pkey("aws_secret_access_key", "aws_secret")}
AWS_STORAGE_BUCKET_NAME=bookwyrm-media
# Preview image generation
ENABLE_PREVIEW_IMAGES=false
ENABLE_THUMBNAIL_GENERATION=true
# OpenTelemetry
OTEL_EXPORTER_OTLP_ENDPOINT=https://{g.br(g.ip("otel_collector", 0.5))}:4317
OTEL_EXPORTER_OTLP_HEADERS="x-otlp-token={g.key("otel_api_key", "an32")}"
"""


def t_kresus_config_ini(g):
    return "ini", "kresus/config.ini", f"""; Kresus configuration file
; Values here are overridden by KRESUS_* environment variables.

[kresus]
datadir=/var/lib/kresus
userid=1
; the public address the reverse proxy answers on
urlprefix=/
salt={g.key("kresus_salt", "an32")}
; 0 or 1, requests basic auth from the reverse proxy
forceDemoMode=false

[woob]
srcdir=/opt/woob
fakemodules=
py_path=/usr/bin/python3

[email]
transport=smtp
from={g.email("from_address")}
host={g.ip("smtp_host")}
port=465
secure=true
user={g.email("smtp_user")}
password={g.pw("smtp_password", "ini")}
forceTLS=true
rejectUnauthorizedTLS=true

[notifications]
; Apprise API behind the LAN address
appriseApiBaseUrl=http://{g.priv()}:8000/
; notify url kept here for reference: chatbot://{g.pkey("chat_bot_token", "tg_bot")}/{g.num(10**8, 10**9)}

[db]
type=postgres
host={g.ip("db_host")}
port=5432
username=kresus
password={g.pw("db_password", "ini")}
database=kresus
; log = error

[logs]
log_file=/var/log/kresus.log
; banking module version check: {g.version()} (woob), last sync {g.ts()}
"""


def t_ihatemoney_cfg(g):
    return "python", "/etc/ihatemoney/ihatemoney.cfg", f"""# ihatemoney configuration -- this file is Python.
DEBUG = False
SQLALCHEMY_DATABASE_URI = "postgresql://ihm:{g.pw("db_password", "url")}@{g.br(g.ip("db_host"))}:5432/ihatemoney"
SQLALCHEMY_TRACK_MODIFICATIONS = False

# Will likely become the default value in flask-sqlalchemy >=3.0
SECRET_KEY = "{g.key("flask_secret_key", g.pick(["hex64", "b64_48", "an40"]))}"

# Admin dashboard is enabled; the hash below is of the admin password
ACTIVATE_ADMIN_DASHBOARD = True
ADMIN_PASSWORD = "{g.lk("hashed_password", "pbkdf2:sha256:600000$" + g.s(16) + "$" + g.hx(64))}"
# plain one for the handover note, rotate after: {g.pw("admin_password_note", "plain")}

MAIL_DEFAULT_SENDER = ("Budget sharing", "{g.email("mail_sender")}")
MAIL_SERVER = "{g.ip("mail_server", 0.2)}"
MAIL_PORT = 587
MAIL_USE_TLS = True
MAIL_USERNAME = "{g.email("mail_username")}"
MAIL_PASSWORD = "{g.pw("mail_password", "quoted")}"

ALLOW_PUBLIC_PROJECT_CREATION = False
SHOW_ADMIN_EMAIL = True
ACTIVATE_DEMO_PROJECT = False
ENABLE_CAPTCHA = True
# app version {g.version()} ; deployed from {g.short_sha()}
APPLICATION_ROOT = "/"
"""


def t_solidinvoice_parameters_yml(g):
    return "yaml", "config/parameters.yml", f"""# This file is auto-generated during the SolidInvoice install wizard
parameters:
    database_driver: pdo_mysql
    database_host: {g.ip("database_host")}
    database_port: 3306
    database_name: solidinvoice
    database_user: solidinvoice
    database_password: {g.pw("database_password", "yaml")}
    mailer_transport: smtp
    mailer_host: {g.priv()}
    mailer_user: {g.email("mailer_user")}
    mailer_password: '{g.pw("mailer_password", "quoted")}'
    mailer_port: 587
    mailer_encryption: tls
    locale: en
    currency: ZAR
    secret: {g.key("symfony_secret", "hex40")}
    installed: '{g.ts("timestamp")}'
    notification_email: {g.email("notification_email")}
    # payment gateway (test mode until the bank signs off)
    payment.stripe.secret_key: {g.pkey("stripe_secret_key", "sk_test")}
    payment.stripe.publishable_key: {g.lk("publishable_key", "pk_test_" + g.s(24))}
    payment.paypal.username: {g.email("paypal_api_user")}
    payment.paypal.password: {g.pw("paypal_api_password", "yaml")}
    payment.paypal.signature: {g.keyv("paypal_signature", g.s(56))}
    version: {g.version()}
"""


def t_metasfresh_properties(g):
    return "properties", "metasfresh/metasfresh.properties", f"""#metasfresh properties
#{g.lk("timestamp_comment", "Tue Mar 12 " + str(g.num(10, 23)) + ":" + str(g.num(10, 59)) + ":07 CET 2024")}
METASFRESH_HOME=/opt/metasfresh
METASFRESH_DB_SERVER={g.ip("db_server")}
METASFRESH_DB_PORT=5432
METASFRESH_DB_NAME=metasfresh
METASFRESH_DB_UID=metasfresh
METASFRESH_DB_PWD={g.pw("db_password", "ini")}
METASFRESH_APPS_SERVER={g.priv()}
METASFRESH_APPS_PORT=8282
METASFRESH_MAIL_SERVER={g.ip("mail_server")}
METASFRESH_ADMIN_EMAIL={g.email("admin_email")}
METASFRESH_MAIL_USER={g.email("mail_user")}
METASFRESH_MAIL_PWD={g.pw("mail_password", "ini")}
# RabbitMQ for the async processors
spring.rabbitmq.host={g.priv()}
spring.rabbitmq.username=metasfresh
spring.rabbitmq.password={g.pw("rabbitmq_password", "ini")}
# Elasticsearch (FTS)
elastic_enable=true
elastic_host={g.ip("elastic_host", 0.4)}
# webui app API token for the shop connector
de.metas.webshop.api.clientSecret={g.key("shop_client_secret", "an40")}
de.metas.webshop.api.clientId={g.lk("client_id", "WS" + g.s(22, "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"))}
metasfresh.version={g.version()}
"""


def t_axelor_config_properties(g):
    return "properties", "src/main/resources/axelor-config.properties", f"""# Axelor Open Suite application configuration
application.name = Axelor ERP
application.description = Cooperative ERP (wool and fibre)
application.version = {g.version()}
application.author = Larchmere Fibre Co-op
application.base-url = https://erp.larchmere-fibre.coop

# Database settings
db.default.driver = org.postgresql.Driver
db.default.ddl = update
db.default.url = jdbc:postgresql://{g.br(g.ip("db_host"))}:5432/axelor
db.default.user = axelor
db.default.password = {g.pw("db_password", "ini")}

# Mail settings (outgoing)
mail.smtp.host = {g.ip("smtp_host", 0.25)}
mail.smtp.port = 587
mail.smtp.user = {g.email("smtp_user")}
mail.smtp.password = {g.pw("smtp_password", "ini")}
mail.smtp.channel = starttls
mail.imap.host = {g.priv()}
mail.imap.user = {g.email("imap_user")}
mail.imap.password = {g.pw("imap_password", "ini")}

# Encryption of sensitive fields (do not change once data exists)
encryption.password = {g.key("encryption_key", "b64_32")}
encryption.algorithm = GCM

# CORS
cors.allow-origins = https://shop.larchmere-fibre.coop
# LDAP
auth.ldap.server.url = ldap://{g.br(g.ip("ldap_server"))}:389
auth.ldap.system.user = cn=axelor,ou=svc,dc=larchmere,dc=coop
auth.ldap.system.password = {g.pw("ldap_bind_password", "ini")}
# data-export token for the BI export job
data.export.token = {g.key("export_token", "jwt")}
"""


def t_ofbiz_entityengine_xml(g):
    return "xml", "framework/entity/config/entityengine.xml", f"""<?xml version="1.0" encoding="UTF-8"?>
<!-- OFBiz entity engine configuration: local overrides for the warehouse deployment.
     Maintainer: {g.email("maintainer")} -->
<entity-config xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
        xsi:noNamespaceSchemaLocation="http://ofbiz.apache.org/dtds/entity-config.xsd">
    <resource-loader name="fieldfile" class="org.apache.ofbiz.base.config.FileLoader"
            prepend-env="ofbiz.home" prefix="/framework/entity/fieldtype/"/>
    <transaction-factory class="org.apache.ofbiz.entity.transaction.DumbTransactionFactory"/>
    <connection-factory class="org.apache.ofbiz.entity.connection.DBCPConnectionFactory"/>
    <delegator name="default" entity-model-reader="main" entity-group-reader="main" entity-eca-reader="main"
            distributed-cache-clear-enabled="false">
        <group-map group-name="org.apache.ofbiz" datasource-name="localpostgres"/>
        <group-map group-name="org.apache.ofbiz.olap" datasource-name="localpostgresolap"/>
    </delegator>
    <datasource name="localpostgres" helper-class="org.apache.ofbiz.entity.datasource.GenericHelperDAO"
            schema-name="public" field-type-name="postgres" check-on-start="true" add-missing-on-start="true"
            use-fk-initially-deferred="false" alias-view-columns="false" join-style="ansi">
        <read-data reader-name="tenant"/>
        <read-data reader-name="seed"/>
        <inline-jdbc jdbc-driver="org.postgresql.Driver"
                jdbc-uri="jdbc:postgresql://{g.ip("postgres_host", 0.0)}:5432/ofbiz"
                jdbc-username="ofbiz"
                jdbc-password="{g.pw("jdbc_password", "xml")}"
                isolation-level="ReadCommitted" pool-minsize="2" pool-maxsize="250" time-between-eviction-runs-millis="600000"/>
    </datasource>
    <datasource name="localpostgresolap" helper-class="org.apache.ofbiz.entity.datasource.GenericHelperDAO"
            schema-name="public" field-type-name="postgres">
        <inline-jdbc jdbc-driver="org.postgresql.Driver"
                jdbc-uri="jdbc:postgresql://{g.priv()}:5432/ofbizolap"
                jdbc-username="ofbizolap"
                jdbc-password="{g.pw("olap_jdbc_password", "xml")}"
                isolation-level="ReadCommitted" pool-minsize="2" pool-maxsize="50"/>
    </datasource>
    <!-- replica in the second data centre ({g.ip("replica_host")}) is read-only; creds identical to primary -->
    <!-- seed admin login: admin / {g.ph("ofbiz", "default_password")} is the shipped default, changed on {g.date()} -->
</entity-config>
"""


def t_kitchenowl_compose_yaml(g):
    return "yaml", "kitchenowl/docker-compose.yml", f"""version: "3"
services:
  front:
    image: tombursch/kitchenowl-web:{g.version()}
    restart: unless-stopped
    ports:
      - "{g.unspec()}:8080:80"
    depends_on:
      - back
  back:
    image: tombursch/kitchenowl:{g.version()}
    restart: unless-stopped
    environment:
      - JWT_SECRET_KEY={g.key("jwt_secret_key", g.pick(["hex64", "b64_32", "an40"]))}
      - FRONT_URL=https://kitchen.tumblewick.family
      - DB_DRIVER=postgresql
      - DB_HOST={g.ip("db_host")}
      - DB_NAME=kitchenowl
      - DB_USER=kitchenowl
      - DB_PASSWORD={g.pw("db_password", "yaml")}
      # - LLM_API_KEY={g.ph("<paste-key-to-enable-recipe-scan>")}
      - EMAIL_MODE=smtp
      - SMTP_HOST={g.priv()}
      - SMTP_USER={g.email("smtp_user")}
      - SMTP_PASS={g.pw("smtp_password", "yaml")}
      - SMTP_FROM={g.email("smtp_from")}
      - OIDC_ISSUER=https://auth.tumblewick.family/application/o/kitchenowl/
      - OIDC_CLIENT_ID={g.lk("client_id", g.s(40))}
      - OIDC_CLIENT_SECRET={g.key("oidc_client_secret", g.pick(["an40", "b64u43"]))}
    volumes:
      - kitchenowl_data:/data
  # backup sidecar pushes to the family NAS over the tailnet
  backup:
    image: local/volume-backup:2
    environment:
      - BACKUP_CRON_EXPRESSION=0 3 * * *
      - SSH_HOST_NAME={g.shared()}
      - SSH_USER=backup
      - SSH_PASSWORD={g.pw("ssh_password", "yaml")}
      - NOTIFICATION_URLS=smtp://alerts:{g.pw("notify_smtp_password", "url")}@{g.ip("notify_smtp_host", 0.0)}:587/?from={g.email("notify_from")}&to={g.email("notify_to")}
volumes:
  kitchenowl_data:
"""


def t_davical_config_php(g):
    return "php", "/etc/davical/calendar.quillhaven.org-conf.php", f"""<?php
//  DAViCal configuration for calendar.quillhaven.org
//  See https://wiki.davical.org/ for the full list of options.

  $c->pg_connect[] = "dbname=davical port=5432 user=davical_app password={g.pw("pg_password", "shell")} host={g.ip("pg_host", 0.0)}";
  // Fallback to the standby if the primary is down
  $c->pg_connect[] = "dbname=davical port=5432 user=davical_app password={g.pw("pg_standby_password", "shell")} host={g.priv()}";

  $c->system_name = "Quillhaven shared calendars";
  $c->admin_email = '{g.email("admin_email")}';
  $c->restrict_setup_to_admin = true;
  $c->default_locale = "en_NZ.UTF-8";

  /* LDAP authentication against the parish directory */
  $c->authenticate_hook['call'] = 'LDAP_check';
  $c->authenticate_hook['config'] = array(
      'host'       => 'ldaps://{g.ip("ldap_host")}',
      'port'       => '636',
      'bindDN'     => 'cn=davical,ou=services,dc=quillhaven,dc=org',
      'passDN'     => '{g.pw("ldap_bind_password", "quoted")}',
      'baseDNUsers'=> 'ou=people,dc=quillhaven,dc=org',
      'filterUsers'=> 'objectClass=inetOrgPerson',
      'mapping_field' => array("username" => "uid", "fullname" => "cn", "email" => "mail"),
  );
  // $c->authenticate_hook['optional'] = true;

  // iSchedule / outgoing invitations
  $c->enable_scheduling = true;
  $c->scheduling_dkim_domain = 'quillhaven.org';
  $c->from_email = '{g.resmail("calendar")}';
  $c->invitation_from = '{g.email("invitation_from")}';

  // The admin user was created with password {g.ph("admin", "default_password")} by the installer;
  // current one lives in the sealed envelope, NOT here.
  $c->trust_x_forwarded = true;
  $c->trusted_proxies = array('{g.loop()}', '{g.priv()}');
  // version seen in the footer: {g.version()}
"""


def t_mailinabox_issue_md(g):
    ip = g.ip4_raw()
    ip6 = g.ip6_raw()
    return "markdown", "issues/mailinabox-2419.md", f"""### Backups to S3 fail after upgrade: "SignatureDoesNotMatch"

**Mail-in-a-Box version:** {g.version()}  
**OS:** Ubuntu 22.04.4 LTS  

After upgrading last night the nightly backup fails. Status checks page is all green otherwise. The box's
public IPv4 is {g.ipv("box_ipv4", ip)} and IPv6 {g.ipv("box_ipv6", ip6)} (both have matching PTR records).

Here is the relevant part of `/home/user-data/backup/custom.yaml` (I know, I should not paste this, I will rotate
after):

```yaml
min_age_in_days: 3
target: s3://s3.eu-central-003.backblazeb2.com/miab-backups-{g.hx(6)}
target_user: {g.keyv("b2_key_id", "003" + g.hx(22))}
target_pass: {g.keyv("b2_application_key", "K003" + g.s(27))}
```

and the error from `/var/log/syslog`:

```
{g.lk("timestamp_syslog", "Mar  4 03:00:12")} box1 management[{g.num(900, 9999)}]: duplicity: BackendException: SignatureDoesNotMatch (request {g.lk("request_id", g.s(16, "ABCDEF0123456789"))})
{g.lk("timestamp_syslog", "Mar  4 03:00:12")} box1 management[{g.num(900, 9999)}]: backup failed, notifying administrator {g.email("admin_notify")}
```

Admin account is {g.email("admin_account")}, and I also tried with a fresh API key, same error. Upstream DNS from
`/etc/resolv.conf` is {g.loop()} (bind), and the status page shows "IPv6 address {g.ipv("box_repeat_ipv6", ip6)} OK".

---

**Reply from a maintainer:**

Thanks for the report. First, please do rotate that application key now: it is in a public issue. The error is
almost certainly clock skew; can you paste `timedatectl` output? Also, for anyone reading: the docs use
`{g.resmail("me")}` and {g.docip()} as placeholders, do not copy those.

**Reply from the reporter:**

Clock was 9 minutes off, chrony was disabled during the upgrade. Fixed, rotated the key. For the record the
nightly job runs from {g.ipv("box_ipv4_repeat", ip)}; my test user for mail is {g.email("test_mail_user")} with
password {g.pw("test_mail_password", "prose")} (that one is disposable, deleted now). Closing.
"""


def t_dawarich_env(g):
    return "env", "dawarich/.env.production", f"""# Dawarich (location history) production environment
RAILS_ENV=production
SECRET_KEY_BASE={g.key("secret_key_base", "hex64")}
APPLICATION_HOSTS=where.marrowby.eu,{g.loop()},{g.priv()}
APPLICATION_PROTOCOL=https
TIME_ZONE=Pacific/Auckland

DATABASE_HOST={g.ip("database_host")}
DATABASE_PORT=5432
DATABASE_USERNAME=dawarich
DATABASE_PASSWORD={g.pw("database_password", "env")}
DATABASE_NAME=dawarich_production
REDIS_URL=redis://:{g.pw("redis_password", "url")}@{g.priv()}:6379/0

# reverse geocoding through our own geocoding box (API key required)
REVERSE_GEOCODING_API_KEY={g.key("geocoding_api_key", "hex32")}
REVERSE_GEOCODING_HOST={g.ip("geocoding_host", 0.0)}:2322
REVERSE_GEOCODING_USE_HTTPS=false

# mail for password resets
SMTP_SERVER=smtp.marrowby.eu
SMTP_PORT=587
SMTP_USERNAME={g.email("smtp_username")}
SMTP_PASSWORD={g.pw("smtp_password", "env")}
SMTP_FROM={g.email("smtp_from")}

# first admin created by the seed task; change after first login
# seed default was {g.resmail("demo")} / {g.ph("password", "default_password")}
ADMIN_EMAIL={g.email("admin_email")}
ADMIN_PASSWORD={g.pw("admin_password", "env")}

# phone apps post here with the per-user API key (this is the owner's key, kept for the import script)
TRACKER_IMPORT_URL=https://where.marrowby.eu/api/v1/points?api_key={g.key("user_api_key", "hex32")}
# tracker last seen from {g.ip("phone_public_ip")} ({g.ts()}); app {g.version()}
"""
