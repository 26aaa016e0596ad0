"""Templates for held-out set 14, written from scratch for this set (standard library only).

Each template is a function of a gen_h14.G instance that returns text with planted values wrapped in private-use
markers (see gen_h14.mark). TEMPLATES maps the template name to (context class, lang, path, function).
"""
from gen_h14 import L, LK, WORDS, FIRST, LAST

TEMPLATES = {}

CODE = "code / config assignment"
CI = "CI / IaC"
SHELL = "command line / shell"
LOG = "log / stack trace"
PROSE = "docs / prose"
CHAT = "chat / ticket / email"
NET = "network config"
SELF = "self-hosted / home lab"
MOB = "mobile / IDE config"
SQL = "SQL / CSV"
NB = "notebook"
HTTP = "HTTP / API client export"
REV = "commit / review"
ODD = "unusual format"


def T(name, cls, lang, path):
    def deco(fn):
        assert name not in TEMPLATES, name
        TEMPLATES[name] = (cls, lang, path, fn)
        return fn
    return deco


# ------------------------------------------------------------------ code / config assignment

@T("laravel_env", CODE, "dotenv", ".env")
def _(g):
    return f"""APP_NAME="Kettle Orders"
APP_ENV=production
APP_KEY={g.key("laravel_app_key")}
APP_DEBUG=false
APP_URL=https://orders.{g.corp_domain()}

LOG_CHANNEL=stack
DB_CONNECTION=mysql
DB_HOST={g.ip("db_host_ip")}
DB_PORT=3306
DB_DATABASE=kettle
DB_USERNAME=kettle_app
DB_PASSWORD={g.pw_shell()}

MAIL_MAILER=smtp
MAIL_HOST=smtp-relay.brevo.com
MAIL_PORT=587
MAIL_USERNAME={g.email()}
MAIL_PASSWORD={g.key("brevo")}
MAIL_FROM_ADDRESS={g.reserved_email()}

PUSHER_APP_KEY={LK("pusher_app_key_public", g.hexs(20))}
REDIS_HOST={g.priv_ip()}
REDIS_PASSWORD=null
TWILIO_SID={g.twilio_sid()}
TWILIO_AUTH_TOKEN={g.key("twilio_auth_token")}
"""


@T("rails_credentials_plain", CODE, "yaml", "config/credentials.decrypted.yml")
def _(g):
    return f"""# Decrypted with `bin/rails credentials:show` for the migration ticket -- do not commit
secret_key_base: {g.key("rails_secret_key_base")}

aws:
  access_key_id: {g.key("aws_access_key_id")}
  secret_access_key: {g.key("aws_secret")}

stripe:
  secret_key: {g.key("stripe_secret")}
  signing_secret: {g.key("stripe_webhook_secret")}
  publishable_key: {g.stripe_pk()}

action_mailer:
  user_name: {g.email()}
  password: "{g.pw_plain()}"
"""


@T("phoenix_runtime_exs", CODE, "elixir", "config/runtime.exs")
def _(g):
    return f"""import Config

if config_env() == :prod do
  config :tidepool, Tidepool.Repo,
    username: "tidepool",
    password: "{g.pw_plain()}",
    hostname: "{g.ip("db_host_ip")}",
    database: "tidepool_prod",
    pool_size: 15

  config :tidepool, TidepoolWeb.Endpoint,
    url: [host: "tidepool.{g.corp_domain()}", port: 443],
    secret_key_base: "{g.key("hmac_hex")}"

  config :tidepool, Tidepool.Mailer,
    adapter: Swoosh.Adapters.Postmark,
    api_key: "{g.key("azure_openai")}"

  config :tidepool, :admin_contact, "{g.email()}"
  config :tidepool, :build, "{g.short_sha()}"
end
"""


@T("quarkus_properties", CODE, "properties", "src/main/resources/application.properties")
def _(g):
    return f"""quarkus.http.port=8080
quarkus.datasource.db-kind=postgresql
quarkus.datasource.username=ledger
quarkus.datasource.password={g.pw(allowed="-_.!#%*+?@^~:", symbols="-_.!#%*+?@^~:")}
quarkus.datasource.jdbc.url=jdbc:postgresql://{g.ip("db_host_ip")}:5432/ledger
quarkus.oidc.auth-server-url=https://sso.{g.corp_domain()}/realms/ledger
quarkus.oidc.client-id=ledger-api
quarkus.oidc.credentials.secret={g.key("okta")}
quarkus.mailer.from={g.email()}
quarkus.mailer.username=apikey
quarkus.mailer.password={g.key("sendgrid")}
# staging overrides
%dev.quarkus.datasource.jdbc.url=jdbc:postgresql://{g.loop_ip()}:5432/ledger
%dev.quarkus.datasource.password=${{DEV_DB_PASSWORD}}
"""


@T("aspnet_appsettings", CODE, "json", "appsettings.Production.json")
def _(g):
    return f"""{{
  "ConnectionStrings": {{
    "Default": "Server={g.ip("db_host_ip")},1433;Database=Fulfil;User Id=fulfil_app;Password={g.pw(allowed="-_.!#%*+?@^~:", symbols="-_.!#%*+?@^~:")};TrustServerCertificate=True",
    "Redis": "{g.priv_ip()}:6379,password={g.pw_url()},ssl=False"
  }},
  "Jwt": {{
    "Issuer": "https://fulfil.{g.corp_domain()}",
    "SigningKey": "{g.key("jwt_secret_b64")}"
  }},
  "SendGrid": {{ "ApiKey": "{g.key("sendgrid")}", "From": "{g.email()}" }},
  "AzureAd": {{
    "TenantId": "{g.look_uuid("azure_tenant_id")}",
    "ClientId": "{g.look_uuid("azure_client_id")}",
    "ClientSecret": "{g.key("azure_openai")}"
  }},
  "ApplicationInsights": {{ "InstrumentationKey": "{g.look_uuid("appinsights_instrumentation_key")}" }}
}}
"""


@T("streamlit_secrets", CODE, "toml", ".streamlit/secrets.toml")
def _(g):
    return f"""# Streamlit Community Cloud secrets (pasted into the app settings box)
OPENAI_API_KEY = "{g.key("openai_project")}"
PINECONE_API_KEY = "{g.key("pinecone")}"

[connections.snowflake]
account = "xy{g.num(10000, 99999)}.eu-central-1"
user = "STREAMLIT_RO"
password = "{g.pw_plain()}"
warehouse = "REPORTING_WH"

[auth]
redirect_uri = "https://dash.{g.corp_domain()}/oauth2callback"
cookie_secret = "{g.key("hmac_hex")}"
client_id = "{LK("google_oauth_client_id", str(g.num(10**11, 10**12)) + "-" + g.s("abcdefghijklmnopqrstuvwxyz0123456789", 32) + ".apps.googleusercontent.com")}"
client_secret = "{g.key("google_oauth_secret")}"

[admins]
emails = ["{g.email(style="corp")}", "{g.email(style="prov")}"]
"""


@T("nuxt_runtime_config", CODE, "typescript", "nuxt.config.ts")
def _(g):
    return f"""// https://nuxt.com/docs/api/configuration/nuxt-config
export default defineNuxtConfig({{
  devtools: {{ enabled: false }},
  runtimeConfig: {{
    // server-only
    stripeSecret: '{g.key("stripe_restricted")}',
    resendKey: '{g.key("resend")}',
    dbUrl: 'postgres://nuxt:{g.pw_url()}@{g.ip("db_host_ip")}:5432/shop',
    public: {{
      stripePublishable: '{g.stripe_pk()}',
      contact: '{g.email()}',
      sentryRelease: '{g.short_sha()}',
    }},
  }},
}})
"""


@T("fastapi_settings", CODE, "python", "app/core/config.py")
def _(g):
    return f'''from pydantic_settings import BaseSettings


class Settings(BaseSettings):
    project_name: str = "harvest-api"
    secret_key: str = "{g.key("hmac_hex")}"
    access_token_expire_minutes: int = 60 * 24
    postgres_server: str = "{g.ip("db_host_ip")}"
    postgres_user: str = "harvest"
    postgres_password: str = "{g.pw_plain()}"
    first_superuser: str = "{g.email()}"
    first_superuser_password: str = "{g.pw_plain()}"
    smtp_host: str = "smtp.eu.mailgun.org"
    smtp_password: str = "{g.key("mailgun")}"
    emails_from_email: str = "{g.reserved_email()}"
    build_sha: str = "{g.sha()}"


settings = Settings()
'''


@T("flask_instance_config", CODE, "python", "instance/config.py")
def _(g):
    return f'''# instance/config.py -- loaded with app.config.from_pyfile()
SECRET_KEY = "{g.key("django_secret")}"
SQLALCHEMY_DATABASE_URI = "mysql+pymysql://gazette:{g.pw_url()}@{g.ip("db_host_ip")}/gazette?charset=utf8mb4"
MAIL_SERVER = "smtp.office365.com"
MAIL_USERNAME = "{g.email()}"
MAIL_PASSWORD = "{g.pw_plain()}"
ADMINS = ["{g.email()}", "{g.email()}"]
RECAPTCHA_PUBLIC_KEY = "{LK("recaptcha_site_key", "6L" + g.s("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-", 38))}"
'''


@T("ktor_application_conf", CODE, "hocon", "src/main/resources/application.conf")
def _(g):
    return f"""ktor {{
  deployment {{ port = 8080 }}
  application {{ modules = [ dev.quire.ApplicationKt.module ] }}
}}
jwt {{
  secret = "{g.key("jwt_secret_b64")}"
  issuer = "https://api.{g.corp_domain()}/"
  audience = "quire-mobile"
}}
database {{
  url = "jdbc:mariadb://{g.ip("db_host_ip")}:3306/quire"
  user = "quire"
  password = "{g.pw_plain()}"
}}
firebase {{ serverKey = "{g.key("firebase_server")}" }}
"""


@T("magento_env_php", CODE, "php", "app/etc/env.php")
def _(g):
    return f"""<?php
return [
    'backend' => ['frontName' => 'admin_{g.s("abcdefghijklmnopqrstuvwxyz0123456789", 7)}'],
    'crypt' => ['key' => '{g.key("rails_master_key")}'],
    'db' => [
        'table_prefix' => '',
        'connection' => [
            'default' => [
                'host' => '{g.ip("db_host_ip")}',
                'dbname' => 'magento',
                'username' => 'magento',
                'password' => '{g.pw_plain()}',
                'active' => '1',
            ],
        ],
    ],
    'session' => ['save' => 'redis', 'redis' => ['host' => '{g.priv_ip()}', 'password' => '{g.pw_plain()}']],
    'system' => ['default' => ['trans_email' => ['ident_general' => ['email' => '{g.email()}']]]],
];
"""


@T("drupal_settings_php", CODE, "php", "sites/default/settings.php")
def _(g):
    return f"""<?php
$databases['default']['default'] = [
  'database' => 'drupal10',
  'username' => 'drupal',
  'password' => '{g.pw_plain()}',
  'host' => '{g.ip("db_host_ip")}',
  'port' => '3306',
  'driver' => 'mysql',
  'prefix' => '',
];
$settings['hash_salt'] = '{g.key("fernet")}';
$settings['trusted_host_patterns'] = ['^www\\.{g.pick(["birchgate", "moorhen", "stonefly"])}\\.org$'];
$config['system.site']['mail'] = '{g.email()}';
$settings['reverse_proxy_addresses'] = ['{g.priv_ip()}', '{g.ip("proxy_ip")}'];
"""


@T("nextcloud_config_php", SELF, "php", "config/config.php")
def _(g):
    return f"""<?php
$CONFIG = array (
  'instanceid' => 'oc{g.s("abcdefghijklmnopqrstuvwxyz0123456789", 10)}',
  'secret' => '{L("KEY", "nextcloud_secret", g.s("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/", 48))}',
  'trusted_domains' => array (0 => 'cloud.{g.corp_domain()}', 1 => '{g.priv_ip()}'),
  'dbtype' => 'pgsql',
  'dbhost' => '{g.loop_ip()}',
  'dbuser' => 'oc_admin',
  'dbpassword' => '{g.pw_plain()}',
  'mail_smtpname' => '{g.email()}',
  'mail_smtppassword' => '{g.pw_plain(shape="app_groups")}',
  'version' => '{g.version4()}',
  'installed' => true,
);
"""


@T("odoo_conf", CODE, "ini", "/etc/odoo/odoo.conf")
def _(g):
    return f"""[options]
admin_passwd = {g.pw(allowed="-_.!#%*+?@^~:", symbols="-_.!#%*+?@^~:")}
db_host = {g.ip("db_host_ip")}
db_port = 5432
db_user = odoo
db_password = {g.pw(allowed="-_.!%*+?@^~:", symbols="-_.!%*+?@^~:")}
addons_path = /opt/odoo/addons,/opt/odoo/custom
email_from = {g.email()}
smtp_server = smtp.{g.corp_domain()}
smtp_user = {g.email(style="role")}
smtp_password = {g.pw(allowed="-_.!%*+?@^~", symbols="-_.!%*+?@^~")}
proxy_mode = True
"""


@T("airflow_connections_env", CODE, "dotenv", "airflow.env")
def _(g):
    return f"""AIRFLOW__CORE__FERNET_KEY={g.key("fernet")}
AIRFLOW__WEBSERVER__SECRET_KEY={g.key("hmac_hex")}
AIRFLOW_CONN_WAREHOUSE=postgresql://etl:{g.pw_url()}@{g.ip("db_host_ip")}:5432/warehouse
AIRFLOW_CONN_SFTP_VENDOR=sftp://partner_drop:{g.pw_url()}@{g.ip("sftp_host_ip")}:22
AIRFLOW_CONN_SLACK_DEFAULT=slack://:{g.key("slack_bot")}@
AIRFLOW__SMTP__SMTP_USER={g.email()}
AIRFLOW__SMTP__SMTP_PASSWORD={g.pw_shell(shape="app_dashes")}
AIRFLOW__SMTP__SMTP_MAIL_FROM={g.reserved_email()}
AIRFLOW_VAR_S3_BUCKET=s3://lake-raw-{g.short_sha()}
"""


@T("dbt_profiles", CODE, "yaml", "~/.dbt/profiles.yml")
def _(g):
    return f"""lakehouse:
  target: prod
  outputs:
    prod:
      type: postgres
      host: {g.ip("db_host_ip")}
      user: dbt_runner
      password: "{g.pw_plain()}"
      port: 5432
      dbname: analytics
      schema: marts
      threads: 8
    ci:
      type: databricks
      host: adb-{g.num(10**15, 10**16)}.{g.num(1, 19)}.azuredatabricks.net
      http_path: /sql/1.0/warehouses/{g.hexs(16)}
      token: {g.key("databricks")}
      schema: ci_{g.short_sha()}
    dev:
      type: postgres
      host: {g.loop_ip()}
      user: "{{{{ env_var('DBT_USER') }}}}"
      password: "{{{{ env_var('DBT_PASSWORD') }}}}"
"""


@T("superset_config", CODE, "python", "superset_config.py")
def _(g):
    return f'''import os

SECRET_KEY = "{g.key("jwt_secret_b64")}"
SQLALCHEMY_DATABASE_URI = "postgresql+psycopg2://superset:{g.pw_url()}@{g.ip("db_host_ip")}:5432/superset"
MAPBOX_API_KEY = "{g.mapbox_pk()}"
SMTP_USER = "{g.email()}"
SMTP_PASSWORD = "{g.pw_plain()}"
SMTP_MAIL_FROM = "{g.reserved_email()}"
GUEST_TOKEN_JWT_SECRET = os.environ.get("GUEST_TOKEN_JWT_SECRET", "{g.placeholder()}")
SLACK_API_TOKEN = "{g.key("slack_bot")}"
'''


@T("kafka_client_properties", CODE, "properties", "client.properties")
def _(g):
    return f"""bootstrap.servers={g.ip("broker_ip")}:9093,{g.ip("broker_ip")}:9093
security.protocol=SASL_SSL
sasl.mechanism=SCRAM-SHA-512
sasl.jaas.config=org.apache.kafka.common.security.scram.ScramLoginModule required username="orders-consumer" password="{g.pw_plain()}";
ssl.truststore.location=/etc/kafka/secrets/truststore.jks
ssl.truststore.password={g.pw(allowed="-_.!%*+?@^~", symbols="-_.!%*+?@^~")}
client.id=orders-consumer-{g.short_sha()}
# Confluent Cloud schema registry
basic.auth.credentials.source=USER_INFO
schema.registry.basic.auth.user.info={L("KEY", "confluent_api_key_id", g.s("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789", 16))}:{g.key("hcloud_s3_secret")}
"""


@T("rabbitmq_definitions", CODE, "json", "definitions.json")
def _(g):
    return f"""{{
  "rabbit_version": "{g.version3()}",
  "users": [
    {{"name": "ingest", "password_hash": "{LK("rabbitmq_password_hash", g.b64bytes(36))}", "hashing_algorithm": "rabbit_password_hashing_sha256", "tags": ""}},
    {{"name": "admin", "password": "{g.pw_plain()}", "tags": "administrator"}}
  ],
  "vhosts": [{{"name": "/"}}],
  "parameters": [
    {{"component": "shovel", "name": "to-dr", "vhost": "/",
      "value": {{"src-uri": "amqp://", "dest-uri": "amqps://shovel:{g.pw_url()}@{g.ip("broker_ip")}:5671/%2f", "src-queue": "events"}}}}
  ]
}}
"""


@T("vector_toml", CODE, "toml", "/etc/vector/vector.toml")
def _(g):
    return f"""[sources.journald]
type = "journald"

[sinks.elastic]
type = "elasticsearch"
inputs = ["journald"]
endpoints = ["https://{g.ip("es_ip")}:9200"]
auth.strategy = "basic"
auth.user = "vector_writer"
auth.password = "{g.pw_plain()}"

[sinks.datadog]
type = "datadog_logs"
inputs = ["journald"]
default_api_key = "{g.key("azure_openai")}"

[sinks.axiom]
type = "http"
inputs = ["journald"]
uri = "https://api.axiom.co/v1/datasets/edge/ingest"
auth.strategy = "bearer"
auth.token = "{L("KEY", "axiom_token", "xaat-" + g.uuid())}"
"""


@T("otel_collector", CODE, "yaml", "otel-collector.yaml")
def _(g):
    return f"""receivers:
  otlp:
    protocols:
      grpc: {{ endpoint: {LK("unspecified_ip", "0.0.0.0")}:4317 }}
exporters:
  otlphttp/honeycomb:
    endpoint: https://api.honeycomb.io
    headers:
      x-honeycomb-team: "{g.key("mistral")}"
  otlp/newrelic:
    endpoint: otlp.eu01.nr-data.net:4317
    headers:
      api-key: {g.key("newrelic_license")}
  prometheusremotewrite:
    endpoint: https://{g.ip("metrics_ip")}/api/v1/push
    auth:
      authenticator: basicauth/prw
extensions:
  basicauth/prw:
    client_auth:
      username: "{g.num(100000, 999999)}"
      password: "{g.key("grafana_sa")}"
"""


@T("clickhouse_users_xml", CODE, "xml", "/etc/clickhouse-server/users.d/users.xml")
def _(g):
    return f"""<clickhouse>
  <users>
    <ingest>
      <password>{g.pw(allowed="-_.!#%*+?@^~:", symbols="-_.!#%*+?@^~:")}</password>
      <networks><ip>{g.ip("client_ip")}</ip><ip>{g.priv_ip()}/24</ip></networks>
      <profile>default</profile>
    </ingest>
    <grafana>
      <password_sha256_hex>{g.sha256("password_sha256_hex")}</password_sha256_hex>
      <networks><ip>::1</ip><ip>{g.loop_ip()}</ip></networks>
    </grafana>
  </users>
</clickhouse>
"""


@T("trino_catalog", CODE, "properties", "etc/catalog/warehouse.properties")
def _(g):
    return f"""connector.name=postgresql
connection-url=jdbc:postgresql://{g.ip("db_host_ip")}:5432/warehouse
connection-user=trino
connection-password={g.pw(allowed="-_.!%*+?@^~:", symbols="-_.!%*+?@^~:")}
# S3 for the hive catalog
hive.s3.aws-access-key={g.key("aws_access_key_id")}
hive.s3.aws-secret-key={g.key("aws_secret")}
hive.s3.endpoint=https://s3.eu-west-1.wasabisys.com
"""


@T("go_viper_yaml", CODE, "yaml", "config/prod.yaml")
def _(g):
    return f"""server:
  listen: "{LK("unspecified_ip", "0.0.0.0")}:8443"
  trusted_proxies: ["{g.priv_ip()}", "{g.cgnat_ip()}"]
storage:
  driver: s3
  endpoint: s3.us-west-004.backblazeb2.com
  key_id: {g.key("backblaze_key_id")}
  application_key: {g.key("backblaze_app_key")}
database:
  dsn: "host={g.ip("db_host_ip")} user=relay password={g.pw(allowed="-_.!#%*+?@^~:", symbols="-_.!#%*+?@^~:")} dbname=relay sslmode=require"
notify:
  telegram_token: "{g.key("telegram_bot")}"
  chat_id: -100{g.num(10**9, 10**10)}
  admin_email: "{g.email()}"
"""


@T("rust_config_toml", CODE, "toml", "config/production.toml")
def _(g):
    return f"""[server]
bind = "{LK("unspecified_ip", "0.0.0.0")}:3000"
public_url = "https://ferry.{g.corp_domain()}"

[database]
url = "postgres://ferry:{g.pw_url()}@{g.ip("db_host_ip")}/ferry"
max_connections = 20

[oauth.github]
client_id = "Iv1.{g.hexs(16)}"
client_secret = "{g.key("gitea")}"

[smtp]
host = "smtp.fastmail.com"
username = "{g.email(style="prov")}"
password = "{g.pw_plain(shape="app_dashes")}"

[release]
version = "{g.version3()}"
commit = "{g.sha()}"
"""


@T("mastodon_env_production", SELF, "dotenv", ".env.production")
def _(g):
    return f"""LOCAL_DOMAIN=social.{g.corp_domain()}
REDIS_HOST={g.priv_ip()}
DB_HOST={g.ip("db_host_ip")}
DB_USER=mastodon
DB_NAME=mastodon_production
DB_PASS={g.pw_shell()}
SECRET_KEY_BASE={g.key("rails_secret_key_base")}
OTP_SECRET={g.key("rails_secret_key_base")}
ACTIVE_RECORD_ENCRYPTION_PRIMARY_KEY={L("KEY", "ar_encryption_key", g.s("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789", 32))}
VAPID_PRIVATE_KEY={g.key("fernet")}
VAPID_PUBLIC_KEY={LK("vapid_public_key", "B" + g.s("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_", 86))}
SMTP_SERVER=email-smtp.eu-central-1.amazonaws.com
SMTP_LOGIN={g.key("aws_access_key_id")}
SMTP_PASSWORD={g.key("aws_secret")}
SMTP_FROM_ADDRESS={g.reserved_email()}
"""


@T("discourse_app_yml", SELF, "yaml", "containers/app.yml")
def _(g):
    return f"""templates:
  - "templates/postgres.template.yml"
  - "templates/redis.template.yml"
expose:
  - "80:80"
env:
  LANG: en_US.UTF-8
  DISCOURSE_HOSTNAME: forum.{g.corp_domain()}
  DISCOURSE_DEVELOPER_EMAILS: '{g.email()},{g.email()}'
  DISCOURSE_SMTP_ADDRESS: smtp.mailgun.org
  DISCOURSE_SMTP_PORT: 587
  DISCOURSE_SMTP_USER_NAME: {L("EMAIL", "email_mailgun_login", "postmaster@mg." + g.pick(["wrenfield", "jadeport", "coppervane"]) + "." + g.pick(["org", "net", "io"]))}
  DISCOURSE_SMTP_PASSWORD: "{g.pw_plain(shape="long_alnum")}"
  DISCOURSE_MAXMIND_LICENSE_KEY: {L("KEY", "maxmind_license", g.s("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789", 6) + "_" + g.s("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789", 29) + "_mmk")}
"""


@T("gitea_app_ini", SELF, "ini", "/etc/gitea/app.ini")
def _(g):
    return f"""APP_NAME = Forge
RUN_MODE = prod

[database]
DB_TYPE = postgres
HOST = {g.ip("db_host_ip")}:5432
NAME = gitea
USER = gitea
PASSWD = `{g.pw(allowed="-_.!#%*+?@^~:;", symbols="-_.!#%*+?@^~:;")}`

[security]
INSTALL_LOCK = true
SECRET_KEY = {g.key("binance_secret")}
INTERNAL_TOKEN = {g.jwt("gitea_internal_token")}

[mailer]
ENABLED = true
SMTP_ADDR = smtp.{g.corp_domain()}
FROM = {g.reserved_email()}
USER = {g.email()}
PASSWD = {g.pw(allowed="-_.!%*+?@^~", symbols="-_.!%*+?@^~")}

[oauth2]
JWT_SECRET = {g.key("fernet")}
"""


@T("matomo_config_ini_php", SELF, "ini", "config/config.ini.php")
def _(g):
    return f"""; <?php exit; ?> DO NOT REMOVE THIS LINE
[database]
host = "{g.ip("db_host_ip")}"
username = "matomo"
password = "{g.pw_plain()}"
dbname = "matomo"
tables_prefix = "matomo_"

[General]
salt = "{L("KEY", "matomo_salt", g.hexs(32))}"
trusted_hosts[] = "stats.{g.corp_domain()}"
proxy_client_headers[] = HTTP_X_FORWARDED_FOR
noreply_email_address = "{g.reserved_email()}"

[mail]
transport = "smtp"
username = "{g.email()}"
password = "{g.pw_plain()}"
"""


# ------------------------------------------------------------------ CI / IaC

@T("buildkite_pipeline", CI, "yaml", ".buildkite/pipeline.yml")
def _(g):
    return f"""env:
  NPM_TOKEN: "{g.key("npm")}"
  DOCKER_BUILDKIT: "1"
steps:
  - label: ":docker: build"
    command: |
      echo "{g.key("dockerhub_pat")}" | docker login -u buildbot --password-stdin
      docker build -t registry.{g.corp_domain()}/api:$$BUILDKITE_COMMIT .
    agents: {{ queue: "linux-amd64" }}
  - label: ":rocket: deploy"
    command: ./deploy.sh {g.ip("deploy_host_ip")}
    env:
      DEPLOY_SSH_PASSWORD: "{g.pw_plain()}"
      NOTIFY: "{g.email()}"
"""


@T("bitbucket_pipelines", CI, "yaml", "bitbucket-pipelines.yml")
def _(g):
    return f"""image: python:3.12
pipelines:
  branches:
    main:
      - step:
          name: Publish
          script:
            - pip install twine
            - twine upload -u __token__ -p {g.key("pypi")} dist/*
            - curl -u ci-bot:{g.key("bitbucket_app_password")} -X POST https://api.bitbucket.org/2.0/repositories/team/app/downloads -F files=@dist/app.tar.gz
            - ssh deploy@{g.ip("deploy_host_ip")} 'sudo systemctl restart app'
"""


@T("teamcity_kts", CI, "kotlin", ".teamcity/settings.kts")
def _(g):
    return f"""import jetbrains.buildServer.configs.kotlin.*

version = "2024.03"

project {{
    params {{
        param("env.SONAR_TOKEN", "{g.key("sonarqube_user")}")
        param("env.NEXUS_USER", "teamcity")
        param("env.NEXUS_PASSWORD", "{g.pw_plain()}")
        password("env.SIGNING_PASSWORD", "credentialsJSON:{g.look_uuid("teamcity_credentials_ref")}")
        param("env.ARTIFACT_HOST", "{g.ip("artifact_host_ip")}")
    }}
}}
"""


@T("concourse_credentials", CI, "yaml", "ci/credentials.yml")
def _(g):
    return f"""# fly -t main set-pipeline -p release -c pipeline.yml -l credentials.yml
github-access-token: {g.key("github_classic_pat")}
registry-username: concourse
registry-password: {g.pw_plain()}
s3-access-key-id: {g.key("aws_access_key_id")}
s3-secret-access-key: {g.key("aws_secret")}
slack-webhook: https://hooks.slack.com/services/{g.key("slack_webhook_path")}
release-email: {g.email()}
git-private-key: |
  {g.pem().replace(chr(10), chr(10) + "  ")}
"""


@T("argocd_repo_secret", CI, "yaml", "argocd/repo-secret.yaml")
def _(g):
    return f"""apiVersion: v1
kind: Secret
metadata:
  name: private-charts
  namespace: argocd
  labels:
    argocd.argoproj.io/secret-type: repository
stringData:
  type: helm
  url: https://charts.{g.corp_domain()}
  username: argocd
  password: {g.pw_plain()}
---
apiVersion: v1
kind: Secret
metadata:
  name: gitlab-repo
  namespace: argocd
stringData:
  url: https://gitlab.{g.corp_domain()}/platform/gitops.git
  username: oauth2
  password: {g.key("gitlab_pat")}
"""


@T("tekton_secret", CI, "yaml", "tekton/git-auth.yaml")
def _(g):
    return f"""apiVersion: v1
kind: Secret
metadata:
  name: basic-user-pass
  annotations:
    tekton.dev/git-0: https://github.com
    tekton.dev/docker-0: https://index.docker.io/v1/
type: kubernetes.io/basic-auth
stringData:
  username: tekton-bot
  password: {g.key("github_fine_grained")}
---
apiVersion: v1
kind: Secret
metadata: {{ name: webhook-secret }}
stringData:
  secretToken: {g.key("hmac_hex")}
data:
  encoded: {LK("k8s_secret_placeholder_b64", "cmVwbGFjZS1tZQ==")}
"""


@T("terraform_tfvars", CI, "hcl", "prod.auto.tfvars")
def _(g):
    return f"""region            = "eu-north-1"
hcloud_token      = "{g.key("hetzner_cloud")}"
cloudflare_token  = "{g.key("cloudflare_api_token")}"
zone_id           = "{LK("cloudflare_zone_id", g.hexs(32))}"
admin_cidrs       = ["{g.ip("admin_ip")}/32", "{g.ip("admin_ip")}/32"]
bastion_private   = "{g.priv_ip()}"
db_master_password = "{g.pw_plain()}"
alert_email       = "{g.email()}"
ami_id            = "ami-{g.hexs(17)}"
"""


@T("terragrunt_hcl", CI, "hcl", "live/prod/terragrunt.hcl")
def _(g):
    return f"""include "root" {{ path = find_in_parent_folders() }}

inputs = {{
  linode_token   = "{g.key("linode")}"
  root_pass      = "{g.pw_plain()}"
  authorized_ips = ["{g.ip("admin_ip")}", "{g.nonpublic_ip()}"]
  ssh_pubkey     = "{g.ssh_pub()}"
  owner          = "{g.email()}"
}}
"""


@T("cdk_typescript", CI, "typescript", "lib/pipeline-stack.ts")
def _(g):
    return f"""import * as cdk from 'aws-cdk-lib';
import * as rds from 'aws-cdk-lib/aws-rds';

export class DataStack extends cdk.Stack {{
  constructor(scope: cdk.App, id: string) {{
    super(scope, id);
    new rds.DatabaseInstance(this, 'Reports', {{
      engine: rds.DatabaseInstanceEngine.postgres({{ version: rds.PostgresEngineVersion.VER_16 }}),
      credentials: rds.Credentials.fromPassword('reports', cdk.SecretValue.unsafePlainText('{g.pw_plain()}')),
    }});
    new cdk.CfnOutput(this, 'Owner', {{ value: '{g.email()}' }});
    // office egress
    const office = '{g.ip("admin_ip")}/32';
  }}
}}
"""


@T("bicep_params", CI, "json", "main.parameters.json")
def _(g):
    return f"""{{
  "$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentParameters.json#",
  "contentVersion": "{g.version4()}",
  "parameters": {{
    "adminUsername": {{ "value": "azureops" }},
    "adminPassword": {{ "value": "{g.pw_plain()}" }},
    "sqlAdministratorLoginPassword": {{ "value": "{g.pw_plain()}" }},
    "allowedIp": {{ "value": "{g.ip("admin_ip")}" }},
    "subscriptionId": {{ "value": "{g.look_uuid("azure_subscription_id")}" }},
    "alertEmail": {{ "value": "{g.email()}" }}
  }}
}}
"""


@T("cloudformation_params", CI, "json", "params/prod.json")
def _(g):
    return f"""[
  {{ "ParameterKey": "DBPassword", "ParameterValue": "{g.pw_plain()}" }},
  {{ "ParameterKey": "DatadogApiKey", "ParameterValue": "{g.key("azure_openai")}" }},
  {{ "ParameterKey": "VpcCidr", "ParameterValue": "{g.priv_ip()}/16" }},
  {{ "ParameterKey": "NotificationEmail", "ParameterValue": "{g.email()}" }},
  {{ "ParameterKey": "AccountId", "ParameterValue": "{LK("aws_account_id", str(g.num(10**11, 10**12)))}" }}
]
"""


@T("salt_pillar", CI, "yaml", "pillar/prod/secrets.sls")
def _(g):
    return f"""mysql:
  server:
    root_password: '{g.pw_plain()}'
  user:
    wiki:
      password: '{g.pw_plain()}'
      host: '{g.ip("client_ip")}'
postfix:
  relayhost: '[{g.ip("smtp_ip")}]:587'
  sasl_passwd: '{g.email()}:{g.pw(allowed="-_.!#%*+?^~", symbols="-_.!#%*+?^~")}'
legacy:
  api_token: {g.sops()}
"""


@T("puppet_hiera", CI, "yaml", "data/nodes/db01.yaml")
def _(g):
    return f"""---
profile::postgres::replication_password: '{g.pw_plain()}'
profile::postgres::listen: '{g.priv_ip()}'
profile::backup::restic_password: '{g.pw_plain(shape="hyphen_phrase")}'
profile::backup::b2_account_key: '{g.key("backblaze_app_key")}'
profile::backup::encrypted_note: >
  ENC[PKCS7,{LK("hiera_eyaml_encrypted", "MIIBiQYJKoZIhvcNAQcDoIIBejCCAXYCAQAxggEhMIIBHQIBADAFMAACAQEw" + g.s("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/", 80))}]
profile::monitoring::contact: '{g.email()}'
"""


@T("chef_data_bag", CI, "json", "data_bags/apps/billing.json")
def _(g):
    return f"""{{
  "id": "billing",
  "db_password": "{g.pw_plain()}",
  "stripe_key": "{g.key("stripe_secret")}",
  "smtp": {{ "host": "{g.ip("smtp_ip")}", "user": "{g.email()}", "password": "{g.pw_plain()}" }},
  "deploy_revision": "{g.sha()}"
}}
"""


@T("cloud_init_userdata", CI, "yaml", "user-data")
def _(g):
    return f"""#cloud-config
hostname: edge-{g.num(1, 40)}
users:
  - name: ops
    passwd: {g.sha512crypt()}
    ssh_authorized_keys:
      - {g.ssh_pub()}
chpasswd:
  list: |
    root:{g.pw(allowed="-_.!#%*+?@^~", symbols="-_.!#%*+?@^~")}
  expire: false
write_files:
  - path: /etc/tailscale/authkey
    content: {g.key("tailscale_auth")}
runcmd:
  - tailscale up --authkey=$(cat /etc/tailscale/authkey) --advertise-routes={g.priv_ip()}/24
  - curl -fsS http://{LK("link_local_ip", "169.254.169.254")}/latest/meta-data/instance-id
  - curl -fsS https://{g.ip("bootstrap_ip")}/ready
"""


@T("docker_compose_env", CI, "yaml", "docker-compose.yml")
def _(g):
    return f"""services:
  db:
    image: postgres:16@{g.docker_digest()}
    environment:
      POSTGRES_PASSWORD: {g.pw_plain()}
  minio:
    image: minio/minio
    environment:
      MINIO_ROOT_USER: minioadmin
      MINIO_ROOT_PASSWORD: {g.key("minio_secret")}
  app:
    build: .
    environment:
      DATABASE_URL: postgres://postgres:{g.pw_url()}@db:5432/app
      OPENROUTER_API_KEY: {g.key("openrouter")}
      SMTP_URL: smtp://{g.email()}:${{SMTP_PASSWORD}}@smtp.zoho.eu:465
    extra_hosts:
      - "upstream:{g.ip("upstream_ip")}"
"""


@T("kamal_deploy", CI, "yaml", "config/deploy.yml")
def _(g):
    return f"""service: storefront
image: acme/storefront
servers:
  web:
    - {g.ip("server_ip")}
    - {g.ip("server_ip")}
registry:
  username: acme-deploy
  password:
    - KAMAL_REGISTRY_PASSWORD
env:
  clear:
    DB_HOST: {g.priv_ip()}
  secret:
    - RAILS_MASTER_KEY
# .kamal/secrets (pasted here by mistake)
# KAMAL_REGISTRY_PASSWORD={g.key("dockerhub_pat")}
# RAILS_MASTER_KEY={g.key("rails_master_key")}
"""


@T("github_actions_plain_env", CI, "yaml", ".github/workflows/nightly.yml")
def _(g):
    return f"""name: nightly
on:
  schedule: [{{cron: "17 2 * * *"}}]
jobs:
  export:
    runs-on: ubuntu-latest
    env:
      HF_TOKEN: ${{{{ secrets.HF_TOKEN }}}}
      LANGSMITH_API_KEY: {g.key("langsmith")}
      WANDB_API_KEY: {g.key("wandb")}
    steps:
      - uses: actions/checkout@{g.sha()}
      - run: python export.py --host {g.ip("export_host_ip")} --user {g.email()} --password '{g.pw_shell()}'
"""


# ------------------------------------------------------------------ shell

@T("powershell_history", SHELL, "powershell", "ConsoleHost_history.txt")
def _(g):
    return f"""Get-ADUser -Filter * | Measure-Object
$sec = ConvertTo-SecureString '{g.pw(allowed="-_.!#%*+?@^~:", symbols="-_.!#%*+?@^~:")}' -AsPlainText -Force
New-LocalUser -Name svc_backup -Password $sec
Test-NetConnection {g.ip("remote_ip")} -Port 3389
cmdkey /generic:TERMSRV/{g.ip("rdp_ip")} /user:CORP\\helpdesk /pass:{g.pw(allowed="-_.!#%*+?@^~:", symbols="-_.!#%*+?@^~:")}
Send-MailMessage -To {g.email()} -From {g.reserved_email()} -Subject done -SmtpServer {g.priv_ip()}
Connect-ExchangeOnline -UserPrincipalName {g.email(style="corp")}
"""


@T("psql_session", SHELL, "text", "psql-session.txt")
def _(g):
    return f"""$ psql "postgresql://admin:{g.pw_url()}@{g.ip("db_host_ip")}:5432/crm?sslmode=require"
psql (16.3)
crm=> \\du
crm=> ALTER ROLE reporting WITH PASSWORD '{g.pw_plain()}';
ALTER ROLE
crm=> SELECT email, last_ip FROM users WHERE id = 4412;
          email           |    last_ip
--------------------------+---------------
 {g.email()} | {g.ip("user_ip")}
(1 row)
"""


@T("redis_cli_session", SHELL, "text", "redis-cli.txt")
def _(g):
    return f"""$ redis-cli -h {g.ip("redis_ip")} -p 6380 --tls -a '{g.pw_shell()}' --no-auth-warning
{g.ip("redis_ip")}:6380> ACL SETUSER worker on >{g.pw(allowed="-_.!#%*+?@^~:", symbols="-_.!#%*+?@^~:")} ~jobs:* +@list
OK
{g.ip("redis_ip")}:6380> CONFIG GET masterauth
1) "masterauth"
2) "{g.pw_plain()}"
"""


@T("mongosh_session", SHELL, "text", "mongosh.txt")
def _(g):
    return f"""$ mongosh "mongodb+srv://atlasAdmin:{g.pw_url()}@cluster0.{g.s("abcdefghijklmnopqrstuvwxyz0123456789", 5)}.mongodb.net/shop"
Atlas atlas-{g.s("abcdefghijklmnopqrstuvwxyz0123456789", 6)}-shard-0 [primary] shop> db.createUser({{user: "catalog", pwd: "{g.pw_plain()}", roles: ["readWrite"]}})
{{ ok: 1 }}
shop> db.customers.findOne({{}}, {{email: 1, signup_ip: 1}})
{{ _id: ObjectId('{LK("mongo_object_id", g.hexs(24))}'), email: '{g.email()}', signup_ip: '{g.ip("user_ip")}' }}
"""


@T("aws_credentials_file", SHELL, "ini", "~/.aws/credentials")
def _(g):
    return f"""[default]
aws_access_key_id = {g.key("aws_access_key_id")}
aws_secret_access_key = {g.key("aws_secret")}

[r2]
aws_access_key_id = {L("KEY", "r2_access_key_id", g.hexs(32))}
aws_secret_access_key = {L("KEY", "r2_secret", g.hexs(64))}

[sso-dev]
sso_start_url = https://d-{g.hexs(10)}.awsapps.com/start
sso_account_id = {LK("aws_account_id", str(g.num(10**11, 10**12)))}
"""


@T("sshpass_rsync", SHELL, "bash", "sync-media.sh")
def _(g):
    return f"""#!/usr/bin/env bash
set -euo pipefail
# nightly media sync to the colo box
sshpass -p '{g.pw_shell()}' rsync -az --delete /srv/media/ media@{g.ip("colo_ip")}:/data/media/
export RSYNC_PASSWORD='{g.pw_shell()}'
rsync -a /srv/backup/ rsync://backup@{g.ip("backup_ip")}/vault/
lftp -u uploader,'{g.pw_shell()}' sftp://{g.ip("sftp_host_ip")} -e 'mirror -R /srv/out /in; bye'
echo "sync ok" | mail -s media {g.email()}
"""


@T("ldap_and_smb_cmds", SHELL, "bash", "notes/ad-cmds.sh")
def _(g):
    return f"""ldapsearch -x -H ldaps://{g.ip("dc_ip")} -D "cn=svc-ldap,ou=svc,dc=corp,dc=lan" -w '{g.pw_shell()}' -b "dc=corp,dc=lan" "(mail={g.email(style="corp")})"
smbclient //{g.priv_ip()}/scans -U 'CORP\\scanner%{g.pw_shell()}' -c 'ls'
mount -t cifs //{g.ip("nas_ip")}/archive /mnt/archive -o username=archiver,password={g.pw_shell()},vers=3.0
net rpc password svc_print '{g.pw_shell()}' -U 'CORP\\admin%{g.pw_shell()}' -S {g.priv_ip()}
"""


@T("vault_op_cli", SHELL, "bash", "bootstrap-secrets.sh")
def _(g):
    return f"""export VAULT_ADDR=https://{g.ip("vault_ip")}:8200
export VAULT_TOKEN={g.key("vault_service")}
vault kv put secret/payments stripe={g.key("stripe_secret")} db_password='{g.pw_shell()}'
op item create --category=login --title="Router" username=admin password='{g.pw_shell()}'
export OP_SERVICE_ACCOUNT_TOKEN={L("KEY", "onepassword_service_account", "ops_eyJzaWduSW5BZGRyZXNzIjoi" + g.s("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789", 120))}
"""


@T("heroku_fly_cli", SHELL, "bash", "history-paas.txt")
def _(g):
    return f""" 1201  heroku config:set DATABASE_URL=postgres://u{g.hexs(10)}:{g.pw_url(shape="long_alnum")}@{g.ip("db_host_ip")}:5432/d{g.hexs(10)} -a orbit-api
 1202  heroku config:set SENTRY_AUTH_TOKEN={g.key("sentry_user_token")} -a orbit-api
 1203  fly secrets set OPENAI_API_KEY={g.key("openai_svcacct")} -a orbit-worker
 1204  doctl auth init -t {g.key("digitalocean")}
 1205  gh auth login --with-token <<< {g.key("github_oauth")}
 1206  git log -1 --format=%H
"""


@T("sqlcmd_oracle", SHELL, "bash", "dba-oneliners.sh")
def _(g):
    return f"""sqlcmd -S {g.ip("mssql_ip")},1433 -U sa -P '{g.pw_shell()}' -Q "SELECT @@VERSION"
sqlplus system/{g.pw(allowed="_#", symbols="_#", shape=g.pick(["word_digit_sym", "generated", "camel_run"]))}@//{g.ip("oracle_ip")}:1521/ORCLPDB1
mysqldump -h {g.priv_ip()} -u backup -p'{g.pw_shell()}' --all-databases | gzip > all.sql.gz
PGPASSWORD='{g.pw_shell()}' pg_dump -h {g.ip("db_host_ip")} -U postgres billing > billing.sql
"""


@T("openssl_htpasswd_cmds", SHELL, "bash", "tls-notes.sh")
def _(g):
    return f"""openssl pkcs12 -export -in cert.pem -inkey key.pem -out bundle.p12 -passout pass:{g.pw_shell()}
htpasswd -bB /etc/nginx/.htpasswd grafana '{g.pw_shell()}'
curl -sk https://{g.ip("panel_ip")}:8443/api/login -d '{{"username":"admin","password":"{g.pw_plain()}"}}'
sha256sum bundle.p12   # {g.sha256()}
"""


@T("expect_script", SHELL, "tcl", "switch-backup.exp")
def _(g):
    return f"""#!/usr/bin/expect -f
set timeout 20
spawn ssh admin@{g.ip("switch_ip")}
expect "password:"
send "{g.pw(allowed="-_.!#%*+?@^~:", symbols="-_.!#%*+?@^~:")}\\r"
expect ">"
send "enable\\r"
expect "Password:"
send "{g.pw(allowed="-_.!#%*+?@^~:", symbols="-_.!#%*+?@^~:")}\\r"
send "copy running-config tftp://{g.priv_ip()}/sw.cfg\\r"
"""


@T("docker_run_cmds", SHELL, "bash", "run-local.sh")
def _(g):
    return f"""docker run -d --name pg -e POSTGRES_PASSWORD='{g.pw_shell()}' -p {g.loop_ip()}:5432:5432 postgres:16
docker run -d -e ANTHROPIC_API_KEY={g.key("anthropic")} -e XAI_API_KEY={g.key("xai")} ghcr.io/acme/agent:{g.version3()}
docker login ghcr.io -u acme-bot -p {g.key("github_classic_pat")}
podman run --rm -e MYSQL_ROOT_PASSWORD={g.pw_shell()} -p {g.ip("bind_ip")}:3306:3306 mariadb:11
"""


# ------------------------------------------------------------------ logs

@T("sshd_auth_log", LOG, "log", "/var/log/auth.log")
def _(g):
    lines = []
    for _ in range(4):
        lines.append(f"Mar {g.num(10, 28)} 0{g.num(1, 9)}:{g.num(10, 59)}:{g.num(10, 59)} bastion sshd[{g.num(1000, 99999)}]: "
                     f"Failed password for invalid user {g.pick(['admin', 'oracle', 'pi', 'git'])} from {g.ip('attacker_ip')} port {g.num(30000, 65000)} ssh2")
    lines.append(f"Mar 12 04:11:09 bastion sshd[{g.num(1000, 99999)}]: Accepted publickey for ops from {g.priv_ip()} port 51514 ssh2: ED25519 SHA256:{LK('ssh_key_fingerprint', g.b64bytes(32, pad=False))}")
    lines.append(f"Mar 12 04:12:40 bastion sudo:      ops : TTY=pts/0 ; PWD=/home/ops ; USER=root ; COMMAND=/usr/bin/mysql -uroot -p{g.pw_shell()}")
    return "\n".join(lines) + "\n"


@T("haproxy_log", LOG, "log", "/var/log/haproxy.log")
def _(g):
    return "".join(
        f"{g.ip('client_ip')}:{g.num(1024, 65000)} [12/Mar/2025:10:{g.num(10, 59)}:{g.num(10, 59)}.{g.num(100, 999)}] fe_https~ be_api/api{g.num(1, 4)} "
        f"0/0/1/{g.num(5, 90)}/{g.num(5, 99)} 200 {g.num(200, 9000)} - - ---- 1/1/0/0/0 0/0 \"GET /v1/export?api_key={g.key(g.pick(['mailchimp', 'postman', 'brevo']))} HTTP/1.1\"\n"
        for _ in range(2)) + f"{g.priv_ip()}:40022 [12/Mar/2025:10:30:01.002] stats stats/<STATS> 0/0/0/0/0 200 1211 - - LR-- 1/1/0/0/0 0/0 \"GET /stats HTTP/1.1\"\n"


@T("traefik_json_log", LOG, "jsonl", "traefik-access.jsonl")
def _(g):
    import json as _j
    out = []
    for _ in range(3):
        out.append('{"ClientHost":"%s","RequestMethod":"POST","RequestPath":"/login","DownstreamStatus":401,'
                   '"request_X-Forwarded-For":"%s","request_Authorization":"Basic %s","time":"2025-03-12T10:0%d:00Z"}'
                   % (g.ip("client_ip"), g.priv_ip(), g.key("basic_auth_b64"), g.num(0, 9)))
    return "\n".join(out) + "\n"


@T("laravel_log_exception", LOG, "log", "storage/logs/laravel.log")
def _(g):
    return f"""[2025-02-03 11:42:17] production.ERROR: SQLSTATE[HY000] [1045] Access denied for user 'shop'@'{g.ip("client_ip")}' (using password: YES) (Connection: mysql, SQL: select * from `sessions`) {{"exception":"[object] (Illuminate\\\\Database\\\\QueryException(code: 1045))"}}
[2025-02-03 11:42:18] production.DEBUG: mail config {{"username":"{g.email()}","password":"{g.pw_plain()}","host":"{g.ip("smtp_ip")}"}}
[2025-02-03 11:42:19] production.INFO: webhook signature ok {{"secret":"{g.key("stripe_webhook_secret")}","event":"evt_{g.s("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789", 24)}"}}
"""


@T("java_jdbc_trace", LOG, "log", "catalina.out")
def _(g):
    return f"""12-Mar-2025 09:14:02.118 SEVERE [main] org.apache.catalina.core.StandardContext.startInternal One or more listeners failed to start.
java.sql.SQLException: Cannot create PoolableConnectionFactory (IO Error: The Network Adapter could not establish the connection)
	url=jdbc:oracle:thin:@{g.ip("oracle_ip")}:1521/PROD user=APP_OWNER password={g.pw(allowed="-_.!#%*+?^~", symbols="-_.!#%*+?^~")}
	at org.apache.tomcat.dbcp.dbcp2.BasicDataSource.createPoolableConnectionFactory(BasicDataSource.java:653)
	at org.apache.tomcat.dbcp.dbcp2.BasicDataSource.createDataSource(BasicDataSource.java:531)
Caused by: java.net.ConnectException: Connection refused (from {g.priv_ip()})
"""


@T("python_requests_debug", LOG, "log", "worker.log")
def _(g):
    return f"""DEBUG:urllib3.connectionpool:Starting new HTTPS connection (1): api.mistral.ai:443
send: b'POST /v1/chat/completions HTTP/1.1\\r\\nHost: api.mistral.ai\\r\\nAuthorization: Bearer {g.key("mistral")}\\r\\nContent-Type: application/json\\r\\n\\r\\n'
reply: 'HTTP/1.1 429 Too Many Requests\\r\\n'
header: x-request-id: {g.look_uuid("request_id")}
WARNING:worker:retrying job for {g.email()} from {g.ip("client_ip")} (attempt 2)
"""


@T("cloudtrail_event", LOG, "json", "cloudtrail-event.json")
def _(g):
    return f"""{{
  "eventVersion": "1.09",
  "userIdentity": {{
    "type": "IAMUser",
    "accountId": "{LK("aws_account_id", str(g.num(10**11, 10**12)))}",
    "accessKeyId": "{g.key("aws_access_key_id")}",
    "userName": "{g.email(style="corp")}"
  }},
  "eventName": "CreateAccessKey",
  "sourceIPAddress": "{g.ip("source_ip")}",
  "responseElements": {{
    "accessKey": {{ "accessKeyId": "{g.key("aws_access_key_id")}", "secretAccessKey": "{g.key("aws_secret")}", "status": "Active" }}
  }},
  "requestID": "{g.look_uuid("request_id")}"
}}
"""


@T("exim_mainlog", LOG, "log", "/var/log/exim4/mainlog")
def _(g):
    mid = lambda: LK("exim_message_id", f"{g.s('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789', 6)}-{g.s('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789', 6)}-{g.s('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789', 2)}")
    return f"""2025-03-12 08:01:44 {mid()} <= {g.email()} H=mail-ed1.{g.corp_domain()} [{g.ip("mta_ip")}] P=esmtps S=4211
2025-03-12 08:01:45 {mid()} => {g.email()} R=dnslookup T=remote_smtp H=mx.{g.corp_domain()} [{g.ip("mta_ip")}]
2025-03-12 08:02:10 dovecot_login authenticator failed for ([{g.priv_ip()}]) [{g.ip("attacker_ip")}]: 535 Incorrect authentication data (set_id={g.email()})
"""


@T("suricata_eve", LOG, "jsonl", "eve.json")
def _(g):
    return "\n".join([
        '{"timestamp":"2025-03-12T11:02:03.112+0000","event_type":"alert","src_ip":"%s","src_port":%d,"dest_ip":"%s","dest_port":21,"proto":"TCP","alert":{"signature":"ET POLICY FTP Login Successful","severity":3},"payload_printable":"USER anonymous\\r\\nPASS %s\\r\\n"}'
        % (g.ip("src_ip"), g.num(1024, 65000), g.priv_ip(), g.pw(allowed="-_.!#%*+?@^~:", symbols="-_.!#%*+?@^~:")),
        '{"timestamp":"2025-03-12T11:02:04.009+0000","event_type":"http","src_ip":"%s","dest_ip":"%s","http":{"hostname":"intranet","url":"/login?user=%s","http_user_agent":"curl/%s"}}'
        % (g.ip("src_ip"), g.priv_ip(), g.email(), g.version3()),
    ]) + "\n"


@T("k8s_events_describe", LOG, "text", "kubectl-describe.txt")
def _(g):
    return f"""Name:         payments-7c9f8d7b6-x2kq9
Namespace:    prod
Node:         ip-{g.num(10, 10)}-0-3-17.eu-west-1.compute.internal/{g.priv_ip()}
Containers:
  api:
    Image:   registry.{g.corp_domain()}/payments@{g.docker_digest()}
    Environment:
      STRIPE_KEY:         {g.key("stripe_restricted")}
      DB_PASSWORD:        {g.pw_plain()}
      PAYPAL_CLIENT_SECRET: {g.key("paypal_secret")}
      OTEL_ENDPOINT:      http://{g.priv_ip()}:4318
Events:
  Warning  Failed  3m  kubelet  Failed to pull image: dial tcp {g.ip("registry_ip")}:443: i/o timeout
"""


# ------------------------------------------------------------------ prose (several human languages)

def _handover(g, lead, host_w, user_w, pw_w, key_w, mail_w, tail):
    return (f"{lead}\n\n- {host_w}: {g.ip('public_ip')} ({g.priv_ip()})\n- {user_w}: {g.email()}\n"
            f"- {pw_w}: {g.pw_plain(shape=g.pick(['nonascii', 'word_digit_sym', 'hyphen_phrase', 'generated']))}\n"
            f"- {key_w}: {g.key(g.pick(['github_fine_grained', 'groq', 'hetzner_cloud', 'resend', 'notion']))}\n"
            f"- {mail_w}: {g.email()}\n\n{tail} {g.doc_ip()}\n")


LANGS = {
    "welsh": ("Nodiadau trosglwyddo ar gyfer y gweinydd newydd.", "Gweinydd", "Cyfrif", "Cyfrinair", "Allwedd API",
              "Cyswllt", "Peidiwch â defnyddio'r cyfeiriad enghreifftiol"),
    "estonian": ("Üleandmise märkmed uue serveri kohta.", "Server", "Konto", "Parool", "API võti", "Kontakt",
                 "Ära kasuta näidisaadressi"),
    "latvian": ("Nodošanas piezīmes jaunajam serverim.", "Serveris", "Konts", "Parole", "API atslēga",
                "Kontaktpersona", "Neizmantojiet parauga adresi"),
    "slovak": ("Poznámky k odovzdaniu nového servera.", "Server", "Účet", "Heslo", "API kľúč", "Kontakt",
               "Nepoužívajte ukážkovú adresu"),
    "basque": ("Zerbitzari berriaren eskualdatze-oharrak.", "Zerbitzaria", "Kontua", "Pasahitza", "API gakoa",
               "Harremana", "Ez erabili adibideko helbidea"),
    "galician": ("Notas de traspaso do novo servidor.", "Servidor", "Conta", "Contrasinal", "Chave da API",
                 "Contacto", "Non uses o enderezo de exemplo"),
    "afrikaans": ("Oordragnotas vir die nuwe bediener.", "Bediener", "Rekening", "Wagwoord", "API-sleutel",
                  "Kontak", "Moenie die voorbeeldadres gebruik nie"),
    "malay": ("Nota serahan untuk pelayan baharu.", "Pelayan", "Akaun", "Kata laluan", "Kunci API", "Hubungi",
              "Jangan guna alamat contoh"),
    "bengali": ("নতুন সার্ভারের হস্তান্তর নোট।", "সার্ভার", "অ্যাকাউন্ট", "পাসওয়ার্ড", "API কী", "যোগাযোগ",
                "উদাহরণ ঠিকানা ব্যবহার করবেন না"),
    "tamil": ("புதிய சேவையகத்திற்கான ஒப்படைப்பு குறிப்புகள்.", "சேவையகம்", "கணக்கு", "கடவுச்சொல்", "API விசை",
              "தொடர்பு", "உதாரண முகவரியைப் பயன்படுத்த வேண்டாம்"),
    "amharic": ("ለአዲሱ አገልጋይ የርክክብ ማስታወሻ።", "አገልጋይ", "መለያ", "የይለፍ ቃል", "የAPI ቁልፍ", "አድራሻ",
                "የምሳሌ አድራሻውን አይጠቀሙ"),
    "armenian": ("Նոր սերվերի փոխանցման նշումներ։", "Սերվեր", "Հաշիվ", "Գաղտնաբառ", "API բանալի", "Կապ",
                 "Մի օգտագործեք օրինակի հասցեն"),
    "azerbaijani": ("Yeni server üçün təhvil qeydləri.", "Server", "Hesab", "Şifrə", "API açarı", "Əlaqə",
                    "Nümunə ünvanından istifadə etməyin"),
    "kazakh": ("Жаңа серверді тапсыру жазбалары.", "Сервер", "Тіркелгі", "Құпиясөз", "API кілті", "Байланыс",
               "Үлгі мекенжайын пайдаланбаңыз"),
    "mongolian": ("Шинэ серверийн хүлээлгэн өгөх тэмдэглэл.", "Сервер", "Бүртгэл", "Нууц үг", "API түлхүүр",
                  "Холбоо барих", "Жишээ хаягийг бүү ашигла"),
    "albanian": ("Shënime dorëzimi për serverin e ri.", "Serveri", "Llogaria", "Fjalëkalimi", "Çelësi API",
                 "Kontakti", "Mos përdorni adresën shembull"),
    "macedonian": ("Белешки за предавање на новиот сервер.", "Сервер", "Сметка", "Лозинка", "API клуч",
                   "Контакт", "Не ја користете адресата за пример"),
    "slovenian": ("Zapiski ob predaji novega strežnika.", "Strežnik", "Račun", "Geslo", "Ključ API", "Kontakt",
                  "Ne uporabljajte primerovnega naslova"),
    "maltese": ("Noti tal-għoti għas-server il-ġdid.", "Server", "Kont", "Password", "Ċavetta API", "Kuntatt",
                "Tużax l-indirizz tal-eżempju"),
    "esperanto": ("Transdonaj notoj por la nova servilo.", "Servilo", "Konto", "Pasvorto", "API-ŝlosilo",
                  "Kontakto", "Ne uzu la ekzemplan adreson"),
    "nepali": ("नयाँ सर्भरको हस्तान्तरण टिप्पणी।", "सर्भर", "खाता", "पासवर्ड", "API कुञ्जी", "सम्पर्क",
               "उदाहरण ठेगाना प्रयोग नगर्नुहोस्"),
}

for _lang, _w in LANGS.items():
    T(f"handover_{_lang}", PROSE, "markdown", f"docs/handover-{_lang}.md")(
        lambda g, _w=_w: _handover(g, *_w))


@T("selfhost_blog_post", PROSE, "markdown", "content/posts/moving-off-the-cloud.md")
def _(g):
    return f"""---
title: "Moving our side project off the cloud"
date: 2025-01-19
---

We rented a dedicated box ({g.ip("server_ip")}) and put WireGuard in front. The peer config from my laptop:

```ini
[Interface]
PrivateKey = {g.key("wireguard_private")}
Address = {g.priv_ip()}/32

[Peer]
PublicKey = {g.wg_public()}
Endpoint = {g.ip("server_ip")}:51820
```

Yes, that private key was rotated after publishing. Questions: {g.email()}. Docs use {g.doc_ip()} as the example.
"""


@T("incident_report", PROSE, "markdown", "postmortems/2025-02-credential-leak.md")
def _(g):
    return f"""# Incident 2025-02-07: Mailjet credentials in a public gist

**Summary.** A support engineer pasted the Mailjet API secret `{g.key("mailjet_secret")}` together with the SMTP
password `{g.pw_plain()}` into a public gist while debugging deliverability for {g.email()}.

**Detection.** GitHub secret scanning notified {g.email(style="role")}; abuse traffic came from {g.ip("attacker_ip")}
and {g.ip("attacker_ip")}. Internal relay {g.priv_ip()} was not affected.

**Follow-up.** Rotate, then verify with the new key id `{LK("mailjet_key_placeholder", "<new-key-id>")}`.
Release {g.version3()} adds a pre-commit hook.
"""


@T("stackexchange_answer", PROSE, "markdown", "answers/psycopg-ssl.md")
def _(g):
    return f"""You're passing the password in the DSN, which is fine, but it has a `%` in it, so percent-encode it. Your
original line was:

    conn = psycopg2.connect("host={g.ip("db_host_ip")} dbname=app user=app password={g.pw(allowed="-_.!#%*+?@^~:", symbols="%")}")

(You really should rotate that now that it's on the internet.) Use `{LK("placeholder", "password=<your password>")}` in
questions. For local testing point it at {g.loop_ip()} instead; the documented example is {g.doc_ip()}.

Edit: the mail address in the question, {g.email()}, should probably go too.
"""


@T("rfc_style_doc", PROSE, "text", "docs/design/relay-protocol.txt")
def _(g):
    return f"""3.2.  Relay registration

   A relay registers by sending REGISTER with its public address, e.g.
   {g.doc_ip()} or {g.doc_ip()}, and an operator contact such as
   {g.reserved_email()}.  Implementations MUST NOT accept addresses in
   {g.priv_ip()} style private ranges.

   Appendix B (test vectors, production relay captured by mistake):
      relay-addr  = {g.ip("public_ip")}
      operator    = {g.email()}
      shared-key  = {g.key("hmac_hex")}
"""


@T("meeting_notes_es_pt", PROSE, "markdown", "notas/reuniao-infra.md")
def _(g):
    return f"""## Reunião de infraestrutura / Reunión de infraestructura

- O novo servidor de backup está em {g.ip("public_ip")}; a senha do painel é `{g.pw_plain(shape="nonascii")}`.
- La cuenta de facturación es {g.email()}; la clave de la API de Mollie: `{g.key("mollie_live")}`.
- Rede interna: {g.priv_ip()} / máscara {g.netmask()}.
- Próxima versão: {g.version3()}.
"""


# ------------------------------------------------------------------ chat / ticket / email

@T("discord_export_json", CHAT, "json", "exports/discord-ops.json")
def _(g):
    return f"""{{
  "guild": {{ "name": "homelab-crew" }},
  "channel": {{ "name": "ops" }},
  "messages": [
    {{ "author": {{ "name": "{g.pick(FIRST)}" }}, "content": "new vps is {g.ip("public_ip")}, root pw {g.pw_plain()}" }},
    {{ "author": {{ "name": "{g.pick(FIRST)}" }}, "content": "bot token for the music bot: {g.key("discord_bot")}" }},
    {{ "author": {{ "name": "{g.pick(FIRST)}" }}, "content": "pls don't paste creds here. mail me at {g.email()}" }}
  ]
}}
"""


@T("telegram_export_json", CHAT, "json", "result.json")
def _(g):
    return f"""{{
  "name": "Ops Chat",
  "type": "private_group",
  "messages": [
    {{ "id": {g.num(1000, 9999)}, "from": "{g.pick(FIRST).capitalize()}", "text": "the ERP admin login is {g.email()} / {g.pw_plain(shape="nonascii")}" }},
    {{ "id": {g.num(1000, 9999)}, "from": "{g.pick(FIRST).capitalize()}", "text": "bot: {g.key("telegram_bot")}" }},
    {{ "id": {g.num(1000, 9999)}, "from": "{g.pick(FIRST).capitalize()}", "text": "firewall allows {g.ip("public_ip")} only" }}
  ]
}}
"""


@T("irc_log", CHAT, "text", "logs/#infra.log")
def _(g):
    a, b = g.pick(FIRST), g.pick(LAST)
    return f"""[09:12] <{a}> anyone have the ipmi pw for the new rack?
[09:13] <{b}> ADMIN / {g.pw(allowed="-_.!#%*+?@^~:", symbols="-_.!#%*+?@^~:")} on {g.ip("ipmi_ip")}
[09:13] <{a}> thx. also irc bouncer pass is {g.pw(shape="dotted_words")}
[09:14] <{b}> ping {g.email()} if it breaks; test box {g.priv_ip()}
"""


@T("mbox_thread", CHAT, "email", "thread.mbox")
def _(g):
    return f"""From MAILER-DAEMON Wed Mar 12 10:00:00 2025
From: {g.email()}
To: {g.email()}
Subject: Re: SFTP access for the auditors
Message-ID: <{LK("message_id", g.hexs(16) + "@mail.gmail.com")}>
Date: Wed, 12 Mar 2025 10:00:00 +0100

Host: {g.ip("sftp_host_ip")}
User: audit2025
Password: {g.pw(allowed="-_.!#%*+?@^~:", symbols="-_.!#%*+?@^~:")}

The account expires on 31 March.
"""


@T("servicenow_ticket", CHAT, "text", "INC0012345.txt")
def _(g):
    return f"""Number: INC00{g.num(10000, 99999)}
Caller: {g.email(style="corp")}
Short description: VPN login fails after password reset
Work notes:
  2025-03-11 14:02 - Reset AD password for user to temporary value {g.pw(shape="season_year", allowed="!#%*+?@^~", symbols="!#%*+?@^~")} (must change at next logon).
  2025-03-11 14:10 - Client public IP {g.ip("client_ip")}, assigned tunnel IP {g.cgnat_ip()}.
  2025-03-11 14:25 - Resolved. Shared RADIUS secret on concentrator is {g.pw(shape="generated", allowed="-_.!#%*+?^~", symbols="-_.!#%*+?^~")}, unchanged.
"""


@T("redmine_issue", CHAT, "textile", "issues/8812.textile")
def _(g):
    return f"""h2. Payment callback rejected

Reproduce with:

<pre>
curl -X POST https://{g.ip("api_ip")}/callback -H "X-Razorpay-Signature: {LK("hmac_signature", g.hexs(64))}" \\
  -u {g.key("razorpay_key_id")}:{g.key("razorpay_secret")}
</pre>

Reported by {g.email()}.
"""


@T("zulip_message", CHAT, "markdown", "zulip/stream-infra.md")
def _(g):
    return f"""**{g.pick(FIRST).capitalize()} {g.pick(LAST).capitalize()}** (in #infra > grafana):
The Grafana admin is `admin` / `{g.pw_plain()}`, service account token `{g.key("grafana_sa")}`.
Prometheus scrapes {g.priv_ip()} and the public exporter on {g.ip("exporter_ip")}.
@**{g.pick(FIRST)}** can you rotate? cc {g.email()}
"""


@T("github_discussion", CHAT, "markdown", "discussions/4410.md")
def _(g):
    return f"""### Q: Upload to PyPI fails with 403

My `~/.pypirc`:

```ini
[pypi]
username = __token__
password = {g.key("pypi")}
```

Running from {g.ip("client_ip")} behind {g.cgnat_ip()}. twine {g.version3()}.

> **Answer** ({g.reserved_email()} is not a real account): regenerate the token; it is public now.
"""


# ------------------------------------------------------------------ network

@T("mikrotik_export", NET, "routeros", "export.rsc")
def _(g):
    return f"""# mar/12/2025 10:00:00 by RouterOS {g.version3()}
/interface wireless security-profiles
set [ find default=yes ] authentication-types=wpa2-psk mode=dynamic-keys wpa2-pre-shared-key="{g.pw_plain()}"
/ip address
add address={g.ip("wan_ip")}/29 interface=ether1
add address={g.priv_ip()}/24 interface=bridge
/ip ipsec peer
add address={g.ip("peer_ip")}/32 name=branch
/ip ipsec identity
add peer=branch secret="{g.pw_plain(shape="generated")}"
/user add name=backup group=read password="{g.pw_plain()}"
/snmp community set [ find default=yes ] name={g.pw(shape="pronounceable")}
"""


@T("openwrt_uci", NET, "uci", "/etc/config/wireless")
def _(g):
    return f"""config wifi-iface 'default_radio0'
	option device 'radio0'
	option network 'lan'
	option mode 'ap'
	option ssid 'Casa-{g.pick(WORDS)}'
	option encryption 'sae-mixed'
	option key '{g.pw_plain(shape=g.pick(["space_phrase", "nonascii", "hyphen_phrase"]))}'

config interface 'wg0'
	option proto 'wireguard'
	option private_key '{g.key("wireguard_private")}'
	list addresses '{g.priv_ip()}/24'

config wireguard_wg0
	option public_key '{g.wg_public()}'
	option endpoint_host '{g.ip("peer_ip")}'
	option preshared_key '{L("KEY", "wireguard_psk", g.b64bytes(32))}'
"""


@T("fortigate_cli", NET, "fortios", "fgt-backup.conf")
def _(g):
    return f"""config system admin
    edit "netops"
        set accprofile "super_admin"
        set password ENC {LK("fortios_encrypted_password", "SH2" + g.s("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/", 60) + "=")}
    next
end
config vpn ipsec phase1-interface
    edit "to-dc"
        set remote-gw {g.ip("peer_ip")}
        set psksecret {g.pw(allowed="-_.!#%*+?@^~:", symbols="-_.!#%*+?@^~:")}
    next
end
config user radius
    edit "nps"
        set server "{g.priv_ip()}"
        set secret {g.pw(allowed="-_.!#%*+?@^~:", symbols="-_.!#%*+?@^~:")}
    next
end
"""


@T("edgeos_config_boot", NET, "edgeos", "config.boot")
def _(g):
    return f"""service {{
    dns {{ forwarding {{ name-server {g.ip("dns_ip")} }} }}
}}
system {{
    login {{
        user ubnt {{
            authentication {{
                encrypted-password {g.sha512crypt()}
                plaintext-password "{g.pw_plain()}"
            }}
        }}
    }}
    ntp {{ server {g.ip("ntp_ip")} }}
}}
interfaces {{ ethernet eth0 {{ address {g.ip("wan_ip")}/30 }} ethernet eth1 {{ address {g.priv_ip()}/24 }} }}
"""


@T("arista_eos", NET, "eos", "startup-config")
def _(g):
    return f"""hostname leaf-{g.num(1, 48)}
username admin privilege 15 role network-admin secret sha512 {g.sha512crypt()}
username automation privilege 15 secret 0 {g.pw(allowed="-_.!#%*+?@^~:", symbols="-_.!#%*+?@^~:")}
snmp-server community {g.pw(shape="pronounceable")} ro
tacacs-server host {g.priv_ip()} key 0 {g.pw(allowed="-_.!#%*+?@^~:", symbols="-_.!#%*+?@^~:")}
router bgp 65{g.num(100, 999)}
   neighbor {g.ip("bgp_peer_ip")} remote-as 174
   neighbor {g.ip("bgp_peer_ip")} password 0 {g.pw(shape="generated", allowed="-_.!#%*+?@^~:", symbols="-_.!#%*+?@^~:")}
"""


@T("nokia_sros", NET, "sros", "bof-and-config.cfg")
def _(g):
    return f"""configure
    system
        security
            user "ops"
                password "{g.pw_plain()}"
            exit
        exit
    exit
    router Base
        bgp
            group "transit"
                authentication-key "{g.pw_plain(shape="generated")}"
                neighbor {g.ip("bgp_peer_ip")}
                exit
            exit
        exit
        interface "system" address {g.priv_ip()}/32
    exit
exit
"""


@T("freeradius_clients", NET, "freeradius", "/etc/freeradius/3.0/clients.conf")
def _(g):
    return f"""client wlc-hq {{
	ipaddr = {g.priv_ip()}
	secret = {g.pw(allowed="-_.!%*+?@^~:", symbols="-_.!%*+?@^~:")}
	shortname = wlc
}}
client branch-fw {{
	ipaddr = {g.ip("branch_ip")}
	secret = {g.pw(shape="long_alnum")}
}}
"""


@T("libreswan_secrets", NET, "text", "/etc/ipsec.secrets")
def _(g):
    return f"""# left right : PSK "secret"
{g.ip("vpn_ip")} {g.ip("peer_ip")} : PSK "{g.pw_plain(shape="generated")}"
{g.ip("vpn_ip")} %any : XAUTH "{g.pw_plain()}"
{g.doc_ip()} %any : PSK "{LK("placeholder", "0sReplaceWithBase64Secret")}"
"""


@T("bird_conf", NET, "bird", "/etc/bird/bird.conf")
def _(g):
    return f"""router id {g.ip("router_id_ip")};
protocol bgp upstream1 {{
  local {g.ip("wan_ip")} as 2{g.num(1000, 9999)};
  neighbor {g.ip("bgp_peer_ip")} as 6939;
  password "{g.pw_plain()}";
  ipv4 {{ import all; export where net ~ [ {g.ip("prefix_ip")}/24 ]; }};
}}
"""


@T("kea_dhcp_json", NET, "json", "/etc/kea/kea-dhcp4.conf")
def _(g):
    return f"""{{
  "Dhcp4": {{
    "interfaces-config": {{ "interfaces": ["eth1"] }},
    "control-socket": {{ "socket-type": "unix", "socket-name": "/run/kea/kea4-ctrl-socket" }},
    "lease-database": {{ "type": "postgresql", "host": "{g.ip("db_host_ip")}", "user": "kea", "password": "{g.pw_plain()}", "name": "kea" }},
    "subnet4": [{{ "subnet": "{g.priv_ip()}/24", "pools": [{{ "pool": "{g.priv_ip()} - {g.priv_ip()}" }}],
      "option-data": [{{ "name": "domain-name-servers", "data": "{g.ip("dns_ip")}" }}] }}],
    "reservations": [{{ "hw-address": "{g.mac()}", "ip-address": "{g.priv_ip()}" }}],
    "dhcp-ddns": {{ "enable-updates": true }}
  }}
}}
"""


@T("chrony_ntp_keys", NET, "text", "/etc/chrony/chrony.keys")
def _(g):
    return f"""# ID  TYPE  KEY
1 SHA1 HEX:{L("KEY", "ntp_symmetric_key", g.hexs(40).upper())}
2 AES128 HEX:{L("KEY", "ntp_symmetric_key", g.hexs(32).upper())}
# servers: {g.ip("ntp_ip")} key 1, {g.priv_ip()} key 2
"""


@T("snmpd_v3", NET, "text", "/etc/snmp/snmpd.conf")
def _(g):
    return f"""agentAddress udp:{g.priv_ip()}:161
rocommunity {g.pw(shape="pronounceable")} {g.ip("nms_ip")}
createUser nms SHA-512 "{g.pw_plain()}" AES "{g.pw_plain()}"
rouser nms authpriv
sysContact {g.email()}
"""


@T("nginx_upstream_auth", NET, "nginx", "/etc/nginx/conf.d/api.conf")
def _(g):
    return f"""upstream api {{
    server {g.priv_ip()}:8080;
    server {g.ip("upstream_ip")}:8080 backup;
}}
server {{
    listen 443 ssl;
    server_name api.{g.corp_domain()};
    set_real_ip_from {g.cgnat_ip()};
    location /internal/ {{
        proxy_set_header Authorization "Basic {g.key("basic_auth_b64")}";
        proxy_set_header X-Api-Key "{g.key("cloudflare_api_token")}";
        allow {g.ip("office_ip")};
        deny all;
    }}
}}
"""


# ------------------------------------------------------------------ self-hosted

@T("home_assistant_secrets", SELF, "yaml", "secrets.yaml")
def _(g):
    return f"""http_trusted_proxy: {g.priv_ip()}
mqtt_password: "{g.pw_plain()}"
tibber_token: "{g.key("mqtt_token")}"
owntracks_secret: "{g.pw_plain(shape="hyphen_phrase")}"
latitude_home: 5{g.num(0, 9)}.{g.num(1000, 9999)}
notify_email: {g.email()}
router_password: "{g.pw_plain(shape="nonascii")}"
vaultwarden_admin_token_hash: '{g.argon2()}'
"""


@T("zigbee2mqtt_config", SELF, "yaml", "zigbee2mqtt/configuration.yaml")
def _(g):
    return f"""mqtt:
  base_topic: zigbee2mqtt
  server: mqtt://{g.priv_ip()}:1883
  user: z2m
  password: '{g.pw_plain()}'
serial:
  port: /dev/ttyUSB0
advanced:
  network_key: [{L("KEY", "zigbee_network_key", ", ".join(str(g.num(0, 255)) for _ in range(16)))}]
  pan_id: {g.num(1000, 60000)}
  ext_pan_id: [{", ".join(str(g.num(0, 255)) for _ in range(8))}]
frontend:
  auth_token: {g.key("mqtt_token")}
"""


@T("syncthing_config_xml", SELF, "xml", "config.xml")
def _(g):
    return f"""<configuration version="37">
    <device id="{LK("syncthing_device_id", "-".join(g.s("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567", 7) for _ in range(8)))}" name="nas" compression="metadata">
        <address>tcp://{g.ip("peer_ip")}:22000</address>
    </device>
    <gui enabled="true" tls="true">
        <address>{g.priv_ip()}:8384</address>
        <user>admin</user>
        <password>{g.bcrypt()}</password>
        <apikey>{L("KEY", "syncthing_api_key", g.s("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789", 32))}</apikey>
    </gui>
</configuration>
"""


@T("arr_config_xml", SELF, "xml", "sonarr/config.xml")
def _(g):
    return f"""<Config>
  <BindAddress>*</BindAddress>
  <Port>8989</Port>
  <ApiKey>{L("KEY", "sonarr_api_key", g.hexs(32))}</ApiKey>
  <AuthenticationMethod>Forms</AuthenticationMethod>
  <PostgresUser>sonarr</PostgresUser>
  <PostgresPassword>{g.pw(allowed="-_.!#%*+?@^~:", symbols="-_.!#%*+?@^~:")}</PostgresPassword>
  <PostgresHost>{g.priv_ip()}</PostgresHost>
  <Branch>main</Branch>
  <InstanceName>Sonarr {g.version4()}</InstanceName>
</Config>
"""


@T("qbittorrent_conf", SELF, "ini", "qBittorrent.conf")
def _(g):
    return f"""[BitTorrent]
Session\\Interface=wg0
Session\\InterfaceAddress={g.priv_ip()}

[Preferences]
WebUI\\Username=admin
WebUI\\Password_PBKDF2="@ByteArray({LK("qbittorrent_pbkdf2", g.b64bytes(16) + ":" + g.b64bytes(64))})"
WebUI\\AuthSubnetWhitelist={g.priv_ip()}/24
Connection\\Proxy\\Password={g.pw(allowed="-_.!#%*+?@^~:", symbols="-_.!#%*+?@^~:")}
Connection\\Proxy\\IP={g.ip("proxy_ip")}
MailNotification\\email={g.email()}
MailNotification\\password={g.pw(allowed="-_.!#%*+?@^~:", symbols="-_.!#%*+?@^~:")}
"""


@T("adguard_home_yaml", SELF, "yaml", "AdGuardHome.yaml")
def _(g):
    return f"""http:
  address: {LK("unspecified_ip", "0.0.0.0")}:3000
users:
  - name: admin
    password: {g.bcrypt()}
dns:
  bind_hosts: [{g.priv_ip()}]
  upstream_dns:
    - https://dns.quad9.net/dns-query
    - {g.ip("dns_ip")}
  bootstrap_dns: [{g.ip("dns_ip")}]
clients:
  persistent:
    - name: tv
      ids: [{g.priv_ip()}]
"""


@T("restic_borg_env", SELF, "dotenv", "/etc/backup/restic.env")
def _(g):
    return f"""RESTIC_REPOSITORY=s3:https://s3.eu-central-003.backblazeb2.com/homelab-backup
RESTIC_PASSWORD='{g.pw_shell(shape=g.pick(["hyphen_phrase", "generated", "nonascii"]))}'
AWS_ACCESS_KEY_ID={g.key("backblaze_key_id")}
AWS_SECRET_ACCESS_KEY={g.key("backblaze_app_key")}
BORG_PASSPHRASE='{g.pw_shell(shape="space_phrase")}'
BORG_REPO=ssh://borg@{g.ip("backup_ip")}:23/./homelab
HEALTHCHECK_URL=https://hc-ping.com/{g.look_uuid("healthchecks_ping_uuid")}
"""


@T("octoprint_config", SELF, "yaml", "octoprint/config.yaml")
def _(g):
    return f"""api:
  key: {L("KEY", "octoprint_api_key", g.s("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789", 32))}
server:
  secretKey: {L("KEY", "octoprint_secret_key", g.s("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789", 32))}
  host: {g.priv_ip()}
plugins:
  telegram:
    token: {g.key("telegram_bot")}
  octoeverywhere:
    PrinterId: {LK("printer_id", g.s("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789", 40))}
webcam:
  stream: http://{g.priv_ip()}:8080/?action=stream
"""


@T("gotify_ntfy_watchtower", SELF, "yaml", "watchtower-compose.yml")
def _(g):
    return f"""services:
  watchtower:
    image: containrrr/watchtower
    environment:
      WATCHTOWER_NOTIFICATION_URL: >
        gotify://push.{g.corp_domain()}/{L("KEY", "gotify_app_token", "A" + g.s("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789._-", 14))}
        smtp://{g.email_raw("prov").split("@")[0]}:{g.pw_url()}@smtp.gmail.com:587/?from={g.email(style="prov")}&to={g.email()}
      REPO_USER: homelab
      REPO_PASS: {g.key("dockerhub_pat")}
"""


# ------------------------------------------------------------------ mobile / IDE

@T("ios_xcconfig", MOB, "xcconfig", "Config/Release.xcconfig")
def _(g):
    return f"""// Release.xcconfig
API_BASE_URL = https:/$()/api.{g.corp_domain()}
REVENUECAT_PUBLIC_KEY = {LK("revenuecat_public_key", "appl_" + g.s("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz", 27))}
ONESIGNAL_REST_KEY = {g.key("onesignal")}
SENTRY_AUTH_TOKEN = {g.key("sentry_user_token")}
MATCH_PASSWORD = {g.pw(allowed="-_.!#%*+?@^~:", symbols="-_.!#%*+?@^~:")}
"""


@T("intellij_datasources", MOB, "xml", ".idea/dataSources.local.xml")
def _(g):
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<project version="4">
  <component name="dataSourceStorageLocal">
    <data-source name="prod-replica" uuid="{g.look_uuid("intellij_datasource_uuid")}">
      <database-info product="PostgreSQL" version="{g.version3()}" />
      <secret-storage>master_key</secret-storage>
      <user-name>readonly</user-name>
      <jdbc-url>jdbc:postgresql://{g.ip("db_host_ip")}:5432/app?user=readonly&amp;password={g.pw_url()}</jdbc-url>
    </data-source>
  </component>
</project>
"""


@T("vscode_sqltools", MOB, "json", ".vscode/settings.json")
def _(g):
    return f"""{{
  "sqltools.connections": [
    {{
      "name": "staging",
      "driver": "MySQL",
      "server": "{g.ip("db_host_ip")}",
      "port": 3306,
      "username": "dev",
      "password": "{g.pw_plain()}",
      "database": "shop"
    }}
  ],
  "rest-client.environmentVariables": {{ "prod": {{ "token": "{g.key("clerk_secret")}" }} }},
  "git.defaultCloneDirectory": "~/src"
}}
"""


@T("android_keystore_props", MOB, "properties", "keystore.properties")
def _(g):
    return f"""storeFile=../keys/release.jks
storePassword={g.pw(allowed="-_.!#%*+?@^~", symbols="-_.!#%*+?@^~")}
keyAlias=upload
keyPassword={g.pw(allowed="-_.!#%*+?@^~", symbols="-_.!#%*+?@^~")}
MAPS_API_KEY={g.key("google_api")}
"""


# ------------------------------------------------------------------ SQL / CSV

@T("oracle_mssql_users", SQL, "sql", "migrations/0042_service_accounts.sql")
def _(g):
    return f"""-- Oracle
CREATE USER report_ro IDENTIFIED BY "{g.pw(allowed="_#$", symbols="_#$", shape=g.pick(["generated", "word_digit_sym", "camel_run"]))}";
GRANT CREATE SESSION TO report_ro;
-- SQL Server
CREATE LOGIN etl_loader WITH PASSWORD = N'{g.pw(allowed="-_.!#%*+?@^~:", symbols="-_.!#%*+?@^~:")}', CHECK_POLICY = ON;
-- ClickHouse
CREATE USER grafana IDENTIFIED WITH sha256_password BY '{g.pw_plain()}' HOST IP '{g.ip("client_ip")}';
CREATE USER old_bi IDENTIFIED WITH sha256_hash BY '{g.sha256("password_sha256_hex")}';
"""


@T("audit_table_insert", SQL, "sql", "seed/audit_log.sql")
def _(g):
    rows = ",\n".join(
        f"  ({g.num(1000, 9999)}, '{g.email()}', '{g.ip('login_ip')}', '{g.look_uuid('session_id')}', 'login_ok')"
        for _ in range(3))
    return f"""INSERT INTO audit_log (user_id, email, ip, session_id, action) VALUES
{rows},
  ({g.num(1000, 9999)}, '{g.reserved_email()}', '{g.priv_ip()}', '{g.look_uuid('session_id')}', 'login_fail');
"""


@T("customer_csv_export", SQL, "csv", "exports/customers-2025-03.csv")
def _(g):
    lines = ["id,name,email,signup_ip,plan,referral_code"]
    for i in range(4):
        f, l = g.person()
        lines.append(f"{g.num(10000, 99999)},{f.capitalize()} {l.capitalize()},{g.email()},{g.ip('signup_ip')},"
                     f"{g.pick(['free', 'pro', 'team'])},{LK('referral_code', g.s('ABCDEFGHJKLMNPQRSTUVWXYZ23456789', 8))}")
    return "\n".join(lines) + "\n"


@T("snowflake_setup", SQL, "sql", "snowflake/setup.sql")
def _(g):
    return f"""CREATE USER IF NOT EXISTS dbt_cloud PASSWORD = '{g.pw_plain()}' DEFAULT_ROLE = TRANSFORMER MUST_CHANGE_PASSWORD = FALSE;
ALTER USER fivetran SET RSA_PUBLIC_KEY = '{LK("rsa_public_key_body", "MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA" + g.s("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/", 60))}';
CREATE NETWORK POLICY office ALLOWED_IP_LIST = ('{g.ip("office_ip")}', '{g.ip("office_ip")}');
CREATE STORAGE INTEGRATION s3_int TYPE = EXTERNAL_STAGE STORAGE_PROVIDER = 'S3'
  STORAGE_AWS_ROLE_ARN = 'arn:aws:iam::{LK("aws_account_id", str(g.num(10**11, 10**12)))}:role/snowflake';
-- owner: {g.email()}
"""


# ------------------------------------------------------------------ notebooks

@T("colab_notebook", NB, "ipynb", "notebooks/finetune.ipynb")
def _(g):
    import json as _j
    cells = [
        {"cell_type": "markdown", "metadata": {}, "source": ["# Fine-tune run\n", "Owner: " + g.email()]},
        {"cell_type": "code", "metadata": {}, "execution_count": 1, "outputs": [],
         "source": ["import os\n", "os.environ['HF_TOKEN'] = '" + g.key("huggingface") + "'\n",
                    "os.environ['WANDB_API_KEY'] = '" + g.key("wandb") + "'\n",
                    "REPLICATE_API_TOKEN = '" + g.key("replicate") + "'"]},
        {"cell_type": "code", "metadata": {}, "execution_count": 2,
         "outputs": [{"output_type": "stream", "name": "stdout", "text": ["Connected to " + g.ip("gpu_host_ip") + "\n"]}],
         "source": ["!ssh -p 2222 root@" + g.ip("gpu_host_ip") + " nvidia-smi  # pw: " + g.pw(allowed="-_.!#%*+?@^~:", symbols="-_.!#%*+?@^~:")]},
    ]
    nb = {"cells": cells, "metadata": {"kernelspec": {"name": "python3", "display_name": "Python 3"}},
          "nbformat": 4, "nbformat_minor": 5}
    return _j.dumps(nb, indent=1, ensure_ascii=False) + "\n"


@T("zeppelin_note", NB, "json", "notebook/2K8Q/note.json")
def _(g):
    return f"""{{
  "name": "ingest-check",
  "paragraphs": [
    {{ "text": "%jdbc(postgres)\\nSELECT email FROM users LIMIT 5", "results": {{ "msg": [{{ "type": "TABLE", "rows": ["email", "{g.email()}", "{g.email()}"] }}] }} }},
    {{ "text": "%sh\\ncurl -H 'Authorization: Bearer {g.key("deepseek")}' https://api.deepseek.com/models" }},
    {{ "text": "%spark\\nval df = spark.read.jdbc(\\"jdbc:mysql://{g.ip("db_host_ip")}/events\\", \\"clicks\\", props) // password={g.pw_plain()}" }}
  ],
  "id": "2K8Q{g.s("ABCDEFGHJKLMNPQRSTUVWXYZ23456789", 5)}"
}}
"""


# ------------------------------------------------------------------ HTTP clients

@T("bruno_request", HTTP, "bru", "collections/payments/Create refund.bru")
def _(g):
    return f"""meta {{
  name: Create refund
  type: http
  seq: 3
}}

post {{
  url: https://{g.ip("api_ip")}/v1/refunds
  body: json
  auth: bearer
}}

auth:bearer {{
  token: {g.key("paystack_secret")}
}}

body:json {{
  {{ "transaction": "{g.num(10**9, 10**10)}", "merchant_note": "requested by {g.email()}" }}
}}
"""


@T("insomnia_export", HTTP, "json", "insomnia-export.json")
def _(g):
    return f"""{{
  "_type": "export",
  "__export_format": 4,
  "resources": [
    {{ "_id": "env_{g.hexs(12)}", "_type": "environment", "name": "Production",
      "data": {{ "base_url": "https://{g.ip("api_ip")}", "api_key": "{g.key("flutterwave_secret")}", "admin_email": "{g.email()}", "admin_password": "{g.pw_plain()}" }} }},
    {{ "_id": "req_{g.hexs(12)}", "_type": "request", "name": "List payouts", "url": "{{{{ _.base_url }}}}/payouts",
      "headers": [{{ "name": "Authorization", "value": "Bearer {{{{ _.api_key }}}}" }}] }}
  ]
}}
"""


@T("httpie_session", HTTP, "json", "~/.config/httpie/sessions/api/default.json")
def _(g):
    return f"""{{
  "__meta__": {{ "about": "HTTPie session file", "httpie": "{g.version3()}" }},
  "auth": {{ "type": "basic", "username": "{g.email()}", "password": "{g.pw_plain()}" }},
  "cookies": [{{ "name": "sessionid", "value": "{L("KEY", "session_cookie", g.s("abcdefghijklmnopqrstuvwxyz0123456789", 32))}", "domain": "{g.ip("api_ip")}" }}],
  "headers": {{ "X-Trace": "{g.look_uuid("trace_id")}" }}
}}
"""


# ------------------------------------------------------------------ commit / review

@T("patch_removing_env", REV, "diff", "0001-remove-committed-env.patch")
def _(g):
    return f"""From {g.sha()} Mon Sep 17 00:00:00 2001
From: {g.pick(FIRST).capitalize()} {g.pick(LAST).capitalize()} <{g.email()}>
Date: Tue, 11 Mar 2025 16:20:11 +0100
Subject: [PATCH] Remove committed .env

---
 .env | 4 ----
 1 file changed, 4 deletions(-)

diff --git a/.env b/.env
deleted file mode 100644
index {g.short_sha()}..0000000
--- a/.env
+++ /dev/null
@@ -1,4 +0,0 @@
-PLANETSCALE_TOKEN={g.key("planetscale_token")}
-DATABASE_PASSWORD={L("PASSWORD", "planetscale_password", "pscale_pw_" + g.s("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-", 43))}
-DATABASE_HOST={g.ip("db_host_ip")}
-ADMIN_EMAIL={g.email()}
"""


@T("review_comments", REV, "markdown", "review/pr-2291.md")
def _(g):
    return f"""**{g.pick(FIRST)}** commented on `deploy/values-prod.yaml` line 41:

> ```yaml
> smtp:
>   password: {g.pw_plain()}
>   relay: {g.ip("smtp_ip")}
> ```

Please move this to the sealed secret; the encrypted form is already there:
`{LK("sealed_secret", "AgB" + g.s("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/", 120))}`

**{g.pick(FIRST)}** replied: done in {g.short_sha()}. Also rotated the Airtable PAT `{g.key("airtable_pat")}`.
"""


# ------------------------------------------------------------------ unusual formats

@T("maven_settings_xml", ODD, "xml", "~/.m2/settings.xml")
def _(g):
    return f"""<settings>
  <servers>
    <server>
      <id>releases</id>
      <username>deployer</username>
      <password>{g.pw(allowed="-_.!#%*+?@^~:", symbols="-_.!#%*+?@^~:")}</password>
    </server>
    <server>
      <id>artifactory</id>
      <username>{g.email()}</username>
      <password>{g.key("artifactory_ref")}</password>
    </server>
    <server>
      <id>encrypted</id>
      <password>{LK("maven_encrypted_password", "{" + g.b64bytes(24) + "}")}</password>
    </server>
  </servers>
  <mirrors><mirror><id>nexus</id><url>http://{g.priv_ip()}:8081/repository/maven-public/</url><mirrorOf>*</mirrorOf></mirror></mirrors>
</settings>
"""


@T("cargo_composer_nuget", ODD, "toml", "~/.cargo/credentials.toml")
def _(g):
    return f"""[registry]
token = "{L("KEY", "crates_io_token", "cio" + g.s("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789", 32))}"

[registries.internal]
token = "Bearer {g.key("gitea")}"
# index = "sparse+http://{g.priv_ip()}:3000/api/packages/rust/cargo/"
# maintainer: {g.email()}
"""


@T("helm_repos_kubeconfig", ODD, "yaml", "~/.kube/config")
def _(g):
    return f"""apiVersion: v1
kind: Config
clusters:
- cluster:
    certificate-authority-data: {LK("ca_certificate_b64", "LS0tLS1CRUdJTiBDRVJUSUZJQ0FURS0tLS0t" + g.s("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789", 60))}
    server: https://{g.ip("k8s_api_ip")}:6443
  name: prod
users:
- name: ci-deployer
  user:
    token: {g.jwt("k8s_service_account_token")}
- name: basic-admin
  user:
    username: admin
    password: {g.pw_plain()}
contexts:
- context: {{ cluster: prod, user: ci-deployer }}
  name: prod
current-context: prod
"""


@T("muttrc_msmtprc", ODD, "text", "~/.msmtprc")
def _(g):
    return f"""defaults
auth on
tls on
account personal
host smtp.{g.pick(["fastmail.com", "mailbox.org", "posteo.de"])}
port 465
from {g.email(style="prov")}
user {g.email(style="prov")}
password {g.pw(allowed="-_.!#%*+?@^~:", symbols="-_.!#%*+?@^~:")}

# ~/.muttrc
set imap_user = "{g.email(style="prov")}"
set imap_pass = "{g.pw_plain(shape="app_groups")}"
"""


@T("znc_weechat", ODD, "text", "~/.znc/configs/znc.conf")
def _(g):
    return f"""<Listener l>
	Port = 6697
	IPv4 = true
	SSL = true
</Listener>
<User ops>
	Pass = sha256#{LK("znc_password_hash", g.hexs(64))}#{g.s("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz", 20)}#
	<Network libera>
		Server = {g.ip("irc_server_ip")} +6697
		LoadModule = sasl
		LoadModule = nickserv {g.pw(allowed="-_.!#%*+?@^~:", symbols="-_.!#%*+?@^~:")}
	</Network>
</User>
"""


@T("filezilla_sitemanager", ODD, "xml", "sitemanager.xml")
def _(g):
    import base64 as _b
    pw = g.pw_raw(allowed="-_.!#%*+?@^~:", symbols="-_.!#%*+?@^~:")
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<FileZilla3 version="{g.version3()}" platform="windows">
  <Servers>
    <Server>
      <Host>{g.ip("ftp_ip")}</Host>
      <Port>21</Port>
      <Protocol>0</Protocol>
      <User>webmaster</User>
      <Pass encoding="base64">{L("KEY", "base64_password", _b.b64encode(pw.encode()).decode())}</Pass>
      <Name>shared hosting</Name>
    </Server>
    <Server>
      <Host>{g.priv_ip()}</Host>
      <User>nas</User>
      <Pass>{g.pw(allowed="-_.!#%*+?@^~:", symbols="-_.!#%*+?@^~:")}</Pass>
    </Server>
  </Servers>
</FileZilla3>
"""


@T("mobileconfig_wifi", ODD, "xml", "Office-WiFi.mobileconfig")
def _(g):
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<plist version="1.0">
<dict>
  <key>PayloadContent</key>
  <array><dict>
    <key>SSID_STR</key><string>Office-5G</string>
    <key>EncryptionType</key><string>WPA3</string>
    <key>Password</key><string>{g.pw(allowed="-_.!#%*+?@^~: ", symbols="-_.!#%*+?@^~:", shape=g.pick(["space_phrase", "nonascii", "word_digit_sym"]))}</string>
    <key>ProxyServer</key><string>{g.priv_ip()}</string>
  </dict></array>
  <key>PayloadUUID</key><string>{g.look_uuid("payload_uuid")}</string>
  <key>PayloadOrganization</key><string>{g.email()}</string>
</dict>
</plist>
"""


@T("bitwarden_json_export", ODD, "json", "bitwarden_export_20250312.json")
def _(g):
    return f"""{{
  "encrypted": false,
  "items": [
    {{ "type": 1, "name": "Router", "login": {{ "username": "admin", "password": "{g.pw_plain(shape="keyboard_walk")}", "uris": [{{ "uri": "http://{g.priv_ip()}" }}] }} }},
    {{ "type": 1, "name": "Bank", "login": {{ "username": "{g.email()}", "password": "{g.pw_plain(shape="nonascii")}", "totp": "{g.key("totp_seed")}" }} }},
    {{ "type": 1, "name": "VPS", "login": {{ "username": "root", "password": "{g.pw_plain(shape="generated")}", "uris": [{{ "uri": "ssh://{g.ip("vps_ip")}" }}] }} }},
    {{ "type": 2, "name": "Wallet note", "notes": "eth key {g.key("eth_private")} (address {g.eth_address()})" }}
  ]
}}
"""


@T("latex_appendix", ODD, "latex", "thesis/appendix-setup.tex")
def _(g):
    return f"""\\section{{Experimental setup}}
The cluster head node ({g.ip("cluster_ip")}) was accessed as \\texttt{{{g.email(style="corp").replace("_", "_")}}}.
\\begin{{verbatim}}
export COHERE_API_KEY={g.key("cohere")}
sshpass -p '{g.pw_shell()}' ssh student@{g.ip("cluster_ip")}
\\end{{verbatim}}
Internal nodes used addresses such as {g.priv_ip()}; software version {g.version4()}.
"""
