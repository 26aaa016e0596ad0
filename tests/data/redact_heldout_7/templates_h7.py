"""Synthetic templates for the seventh held-out redaction set.

Markers inside the template text (rendered by make_heldout_7.py):
  «TAG:gen»          label TAG (EMAIL, IP_ADDRESS, KEY, PASSWORD) on a fresh value from generator gen (kind = gen);
                     «TAG:g1|g2» picks one generator; «TAG:gen@x» stores the value as x; «TAG=x» reuses it.
  «LA:gen»           look-alike from generator gen (kind = gen); «LA!kind!text» marks literal text as look-alike.
  «V:gen» / «V:gen@x» / «V=x»   plain value, not labelled.
  «KEY:b64pair(u,p)» base64 of "<u>:<p>" from stored values.
Each entry: (name, lang, path, context class, text).
"""

CODE = "code / config assignment"
CI = "CI / IaC"
URL = "URL / connection string"
CLI = "command line / shell"
LOG = "log / stack trace"
HTTP = "HTTP / API client export"
PROSE = "chat / ticket / email"
NB = "notebook"
SQL = "SQL / CSV"
NET = "network config"
MOBILE = "mobile / IDE config"
GIT = "commit / review"

T = []


def t(name, lang, path, cls, text):
    T.append((name, lang, path, cls, text.lstrip("\n")))


# ------------------------------------------------------------------ Python
t("django_settings_prod", "python", "mysite/settings/production.py", CODE, '''
import os

DEBUG = False
SECRET_KEY = "«KEY:django_secret»"
ALLOWED_HOSTS = ["app.«V:host»", "«IP_ADDRESS:ipv4»", "«LA:private_ip»"]
ADMINS = [("Site Ops", "«EMAIL:email_role»"), ("«V:user»", "«EMAIL:email_corp»")]
DEFAULT_FROM_EMAIL = "«LA:noreply_email»"
DATABASES = {
    "default": {
        "ENGINE": "django.db.backends.postgresql",
        "NAME": "shop",
        "USER": "«V:user»",
        "PASSWORD": "«PASSWORD:pw_q»",
        "HOST": "«IP_ADDRESS:ipv4»",
        "PORT": "5432",
    },
    "replica": {"HOST": "«LA:private_ip»", "PASSWORD": os.environ["REPLICA_DB_PASSWORD"]},
}
EMAIL_HOST_PASSWORD = "«PASSWORD:pw_q»"
INTERNAL_IPS = ["«LA:loopback_ip»"]
''')

t("flask_config_class", "python", "app/config.py", CODE, '''
class ProductionConfig:
    SQLALCHEMY_DATABASE_URI = "mysql+pymysql://«V:user»:«PASSWORD:pw_url»@«IP_ADDRESS:ipv4»:3306/orders"
    SECRET_KEY = "«KEY:hex64|b64secret»"
    MAIL_USERNAME = "«EMAIL:email_free»"
    MAIL_PASSWORD = "«PASSWORD:pw_q»"
    CELERY_BROKER_URL = "amqp://worker:«PASSWORD:pw_url»@«LA:private_ip»:5672//"
    STRIPE_PUBLISHABLE_KEY = "«LA:stripe_pk»"
    STRIPE_SECRET_KEY = "«KEY:stripe_sk»"
''')

t("requests_session", "python", "tools/sync_tickets.py", CODE, '''
import requests

JIRA = "https://«V:word».atlassian.net"
s = requests.Session()
s.auth = ("«EMAIL:email_corp»", "«KEY:atlassian»")
s.headers["X-Request-ID"] = "«LA:uuid4»"
r = s.get(JIRA + "/rest/api/3/search", params={"jql": "project = OPS"}, timeout=30)
proxies = {"https": "http://proxyuser:«PASSWORD:pw_url»@«IP_ADDRESS:ipv4»:3128"}
requests.post("https://api.«V:word».io/v1/events", json={"ip": "«IP_ADDRESS:ipv4»"},
              headers={"Authorization": "Bearer «KEY:jwt»"}, proxies=proxies)
''')

t("smtplib_script", "python", "scripts/send_report.py", CODE, '''
import smtplib
from email.message import EmailMessage

msg = EmailMessage()
msg["From"] = "«EMAIL:email_role»"
msg["To"] = "«EMAIL:email_corp», «EMAIL:email_free»"
msg["Cc"] = "«LA:reserved_email»"
msg["Subject"] = "Nightly report"
with smtplib.SMTP_SSL("«IP_ADDRESS:ipv4»", 465) as smtp:
    smtp.login("«EMAIL:email_free»", "«PASSWORD:pw_q»")
    smtp.send_message(msg)
''')

t("pytest_conftest", "python", "tests/conftest.py", CODE, '''
import pytest


@pytest.fixture
def admin_client(client):
    client.login(username="«V:user»", password="«PASSWORD:pw_q»")
    return client


@pytest.fixture
def api_headers():
    return {"X-Api-Key": "«KEY:generic_secret»", "X-Trace": "«LA:trace_id»"}


DUMMY = {"email": "«LA:reserved_email»", "password": "«LA:placeholder»", "ip": "«LA:doc_ip»"}
REAL_SMOKE_USER = ("«EMAIL:email_corp»", "«PASSWORD:pw_q»")
''')

t("boto3_client", "python", "etl/s3_export.py", CODE, '''
import boto3

session = boto3.Session(
    aws_access_key_id="«KEY:aws_akid»",
    aws_secret_access_key="«KEY:aws_secret»",
    region_name="eu-central-1",
)
# docs value, left here on purpose: «LA:aws_example»
s3 = session.client("s3")
s3.upload_file("out.parquet", "«V:word»-exports", "daily/out.parquet")
NOTIFY = "«EMAIL:email_role»"
''')

t("paramiko_sftp", "python", "deploy/push_artifacts.py", CODE, '''
import paramiko

transport = paramiko.Transport(("«IP_ADDRESS:ipv4»", 22))
transport.connect(username="«V:user»", password="«PASSWORD:pw_q»")
sftp = paramiko.SFTPClient.from_transport(transport)
sftp.put("dist/app.tar.gz", "/srv/releases/app-«LA:version3».tar.gz")
jump = {"hostname": "«IP_ADDRESS:ipv4»", "username": "ops", "key_filename": "~/.ssh/id_ed25519"}
fallback = {"hostname": "«LA:private_ip»", "password": "«LA:env_ref»"}
''')

t("sqlalchemy_engines", "python", "db/engines.py", URL, '''
from sqlalchemy import create_engine

primary = create_engine("postgresql+psycopg2://«V:user»:«PASSWORD:pw_url»@«IP_ADDRESS:ipv4»:5432/billing")
analytics = create_engine("mssql+pyodbc://sa:«PASSWORD:pw_url»@«IP_ADDRESS:ipv4»/dw?driver=ODBC+Driver+18")
local = create_engine("sqlite:///tmp/dev.db")
cache_url = "redis://:«PASSWORD:pw_url»@«IP_ADDRESS:ipv4»:6379/2"
test_url = "postgresql://postgres:postgres@«LA:loopback_ip»:5432/test"
''')

t("openai_anthropic", "python", "llm/clients.py", CODE, '''
from anthropic import Anthropic
from openai import OpenAI

openai_client = OpenAI(api_key="«KEY:openai_key»")
claude = Anthropic(api_key="«KEY:anthropic_key»")
HF_TOKEN = "«KEY:hf_token»"
MODEL_REVISION = "«LA:git_sha»"
OWNER = "«EMAIL:email_corp»"
''')

t("ldap_bind", "python", "auth/ldap_sync.py", CODE, '''
from ldap3 import ALL, Connection, Server

server = Server("ldaps://«IP_ADDRESS:ipv4»", get_info=ALL)
conn = Connection(server, user="cn=svc-sync,ou=service,dc=«V:word»,dc=com", password="«PASSWORD:pw_q»", auto_bind=True)
conn.search("dc=«V:word»,dc=com", "(mail=«EMAIL:email_corp»)", attributes=["objectGUID"])
DEFAULT_GUID = "«LA:uuid4»"
''')

t("pymongo_uri", "python", "services/mongo.py", URL, '''
from pymongo import MongoClient

client = MongoClient(
    "mongodb+srv://«V:user»:«PASSWORD:pw_url»@cluster0.«V:word».mongodb.net/?retryWrites=true&w=majority"
)
legacy = MongoClient("«IP_ADDRESS:ipv4»", 27017, username="reporting", password="«PASSWORD:pw_q»")
shadow = MongoClient("mongodb://«LA:private_ip»:27017")
''')

t("celery_settings", "python", "proj/celeryconfig.py", URL, '''
broker_url = "amqps://celery:«PASSWORD:pw_url»@«IP_ADDRESS:ipv4»:5671/prod"
result_backend = "redis://default:«PASSWORD:pw_url»@«IP_ADDRESS:ipv4»:6380/0"
task_annotations = {"tasks.send_mail": {"rate_limit": "10/m"}}
worker_hijack_root_logger = False
admins = ["«EMAIL:email_sub»"]
flower_basic_auth = ["flower:«PASSWORD:pw_q»"]
''')

t("fastapi_settings", "python", "api/core/settings.py", CODE, '''
from pydantic_settings import BaseSettings


class Settings(BaseSettings):
    jwt_secret: str = "«KEY:b64_48|hex64»"
    jwt_algorithm: str = "HS256"
    sendgrid_api_key: str = "«KEY:sendgrid»"
    support_email: str = "«EMAIL:email_role»"
    trusted_proxies: list[str] = ["«IP_ADDRESS:ipv4»", "«LA:cgnat_ip»"]
    admin_password: str = "«PASSWORD:pw_q»"
    api_version: str = "«LA:version3»"
''')

t("python_cli_argv", "python", "scripts/migrate_users.py", CODE, '''
import argparse

p = argparse.ArgumentParser()
p.add_argument("--host", default="«IP_ADDRESS:ipv4»")
p.add_argument("--user", default="migrator")
p.add_argument("--password", default="«PASSWORD:pw_q»")
p.add_argument("--notify", default="«EMAIL:email_corp»")
p.add_argument("--bind", default="«LA!unspecified_ip!0.0.0.0»")
args = p.parse_args()
''')

t("redis_sentinel", "python", "cache/sentinel.py", CODE, '''
from redis.sentinel import Sentinel

sentinel = Sentinel([("«IP_ADDRESS:ipv4»", 26379), ("«IP_ADDRESS:ipv4»", 26379), ("«LA:private_ip»", 26379)],
                    sentinel_kwargs={"password": "«PASSWORD:pw_q»"})
master = sentinel.master_for("mymaster", password="«PASSWORD:pw_q»", socket_timeout=0.5)
''')

t("hashed_users_fixture", "python", "tests/fixtures/users.py", CODE, '''
USERS = [
    {"email": "«EMAIL:email_corp»", "password_hash": "«LA:bcrypt_hash»", "last_ip": "«IP_ADDRESS:ipv4»"},
    {"email": "«EMAIL:email_free»", "password_hash": "«LA:argon2_hash»", "last_ip": "«LA:private_ip»"},
    {"email": "«LA:reserved_email»", "password_hash": "«LA:sha512crypt»", "last_ip": "«LA:loopback_ip»"},
]
PLAINTEXT_FOR_QA = "«PASSWORD:pw_q»"
''')

# ------------------------------------------------------------------ notebooks (JSON)
t("jupyter_notebook_api", "json", "notebooks/explore_sales.ipynb", NB, '''
{
 "cells": [
  {
   "cell_type": "code",
   "execution_count": 3,
   "metadata": {},
   "outputs": [],
   "source": [
    "import psycopg2\\n",
    "conn = psycopg2.connect(host='«IP_ADDRESS:ipv4»', dbname='sales', user='«V:user»', password='«PASSWORD:pw_q»')\\n",
    "API_KEY = '«KEY:google_api»'\\n"
   ]
  },
  {
   "cell_type": "code",
   "execution_count": 4,
   "metadata": {},
   "outputs": [
    {
     "name": "stdout",
     "output_type": "stream",
     "text": [
      "connected as «EMAIL:email_corp» from «IP_ADDRESS:ipv4»\\n",
      "run id «LA:uuid4»\\n"
     ]
    }
   ],
   "source": [
    "print(whoami())"
   ]
  }
 ],
 "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"}},
 "nbformat": 4,
 "nbformat_minor": 5
}
''')

t("jupyter_notebook_magic", "json", "analysis/hf_finetune.ipynb", NB, '''
{
 "cells": [
  {
   "cell_type": "markdown",
   "metadata": {},
   "source": ["Ping «EMAIL:email_free» before re-running; cluster head is «IP_ADDRESS:ipv4»."]
  },
  {
   "cell_type": "code",
   "execution_count": null,
   "metadata": {"id": "«LA:short_sha»"},
   "outputs": [],
   "source": [
    "!huggingface-cli login --token «KEY:hf_token»\\n",
    "%env WANDB_API_KEY=«KEY:hex40»\\n",
    "!sshpass -p '«PASSWORD:pw_shell»' rsync -a ckpt/ «V:user»@«IP_ADDRESS:ipv4»:/data/ckpt/\\n",
    "!ping -c1 «LA:private_ip»"
   ]
  }
 ],
 "metadata": {},
 "nbformat": 4,
 "nbformat_minor": 2
}
''')

# ------------------------------------------------------------------ JS / TS / Node
t("node_config_default", "javascript", "config/default.js", CODE, '''
module.exports = {
  port: 8080,
  db: {
    host: '«IP_ADDRESS:ipv4»',
    user: '«V:user»',
    password: '«PASSWORD:pw_q»',
  },
  mailer: { from: '«EMAIL:email_role»', auth: { user: '«EMAIL:email_free»', pass: '«PASSWORD:pw_q»' } },
  githubToken: '«KEY:github_pat|github_fg»',
  buildSha: '«LA:git_sha»',
};
''')

t("ts_axios_client", "typescript", "src/api/billing.ts", CODE, '''
import axios from "axios";

export const billing = axios.create({
  baseURL: "https://«IP_ADDRESS:ipv4»:8443/api",
  headers: { Authorization: `Bearer «KEY:stripe_sk»` },
  auth: { username: "svc-billing", password: "«PASSWORD:pw_q»" },
});
export const PUBLIC_KEY = "«LA:stripe_pk»";
export const SUPPORT = "«EMAIL:email_role»";
''')

t("next_env_local", "dotenv", ".env.local", CODE, '''
NEXT_PUBLIC_MAPBOX_TOKEN=«LA:mapbox_public»
MAPBOX_SECRET_TOKEN=«KEY:mapbox_secret»
DATABASE_URL=postgres://«V:user»:«PASSWORD:pw_url»@«IP_ADDRESS:ipv4»:5432/next
NEXTAUTH_SECRET=«KEY:b64secret»
GITHUB_ID=Iv1.«LA:short_sha»
GITHUB_SECRET=«KEY:hex40»
EMAIL_FROM=«EMAIL:email_role»
NEXT_PUBLIC_RECAPTCHA_SITE_KEY=«LA:recaptcha_site»
''')

t("package_json_scripts", "json", "package.json", CLI, '''
{
  "name": "@«V:word»/web",
  "version": "«LA:version3»",
  "author": "«V:word» <«EMAIL:email_corp»>",
  "scripts": {
    "deploy": "rsync -az build/ deploy@«IP_ADDRESS:ipv4»:/var/www/app",
    "db:seed": "PGPASSWORD=«PASSWORD:pw_shell» psql -h «IP_ADDRESS:ipv4» -U app -f seed.sql",
    "dev": "next dev -H «LA:loopback_ip»"
  },
  "contributors": ["«EMAIL:email_free»"]
}
''')

t("express_session", "javascript", "server/app.js", CODE, '''
const session = require('express-session');
const RedisStore = require('connect-redis').default;

app.use(session({
  secret: '«KEY:generic_secret»',
  store: new RedisStore({ client: createClient({ url: 'redis://:«PASSWORD:pw_url»@«IP_ADDRESS:ipv4»:6379' }) }),
}));
app.set('trust proxy', ['«LA:private_ip»', '«IP_ADDRESS:ipv4»']);
// maintainer: «EMAIL:email_corp»
''')

t("firebase_admin_js", "javascript", "functions/notify.js", CODE, '''
const FCM_SERVER_KEY = "«KEY:firebase_server»";
const firebaseConfig = {
  apiKey: "«KEY:google_api»",
  authDomain: "«V:word»-prod.firebaseapp.com",
  projectId: "«V:word»-prod",
  messagingSenderId: "«LA:numeric_id»",
};
const ADMIN = "«EMAIL:email_free»";
''')

# ------------------------------------------------------------------ JVM
t("spring_app_properties", "properties", "src/main/resources/application-prod.properties", CODE, '''
server.port=8443
spring.datasource.url=jdbc:postgresql://«IP_ADDRESS:ipv4»:5432/inventory?sslmode=require
spring.datasource.username=inventory
spring.datasource.password=«PASSWORD:pw_any»
spring.mail.host=smtp.«V:word».com
spring.mail.username=«EMAIL:email_corp»
spring.mail.password=«PASSWORD:pw_any»
spring.redis.host=«LA:private_ip»
jwt.secret=«KEY:b64_48»
management.endpoints.web.exposure.include=health
encrypted.api.key=«LA:jasypt»
''')

t("spring_application_yml", "yaml", "src/main/resources/application.yml", CODE, '''
spring:
  datasource:
    url: jdbc:mysql://«IP_ADDRESS:ipv4»:3306/crm?useSSL=true
    username: crm_app
    password: "«PASSWORD:pw_yaml»"
  rabbitmq:
    host: «IP_ADDRESS:ipv4»
    username: crm
    password: '«PASSWORD:pw_yaml»'
  security:
    oauth2:
      client:
        registration:
          google:
            client-id: «LA:numeric_id»-«V:word».apps.googleusercontent.com
            client-secret: «KEY:google_oauth_secret»
app:
  notify: «EMAIL:email_role»
  fallback-host: «LA:linklocal_ip»
''')

t("java_jdbc", "java", "src/main/java/com/acme/Db.java", CODE, '''
package com.acme;

import java.sql.Connection;
import java.sql.DriverManager;

public final class Db {
    private static final String URL = "jdbc:oracle:thin:@«IP_ADDRESS:ipv4»:1521/ORCLPDB1";
    private static final String USER = "APP_OWNER";
    private static final String PASS = "«PASSWORD:pw_q»";
    private static final String AUDIT_TO = "«EMAIL:email_corp»";

    static Connection open() throws Exception {
        return DriverManager.getConnection(URL, USER, PASS);
    }
}
''')

t("kotlin_okhttp", "kotlin", "app/src/main/java/net/app/Api.kt", CODE, '''
object Api {
    private const val BASE = "https://«IP_ADDRESS:ipv4»/v2"
    private const val TOKEN = "«KEY:any_vendor»"
    val credential = Credentials.basic("«EMAIL:email_free»", "«PASSWORD:pw_q»")
    const val BUILD = "«LA:version4»"
}
''')

t("gradle_properties", "properties", "gradle.properties", CI, '''
org.gradle.jvmargs=-Xmx4g
signing.keyId=«LA:short_sha»
signing.password=«PASSWORD:pw_any»
signing.secretKeyRingFile=/home/ci/.gnupg/secring.gpg
ossrhUsername=«V:user»
ossrhPassword=«PASSWORD:pw_any»
nexusUrl=http://«IP_ADDRESS:ipv4»:8081/repository/releases
systemProp.https.proxyHost=«LA:private_ip»
''')

t("maven_settings_xml", "xml", "ci/settings.xml", CI, '''
<settings>
  <servers>
    <server>
      <id>internal-releases</id>
      <username>«EMAIL:email_corp»</username>
      <password>«PASSWORD:pw_q»</password>
    </server>
    <server>
      <id>github</id>
      <username>ci-bot</username>
      <password>«KEY:github_pat»</password>
    </server>
  </servers>
  <mirrors><mirror><url>http://«IP_ADDRESS:ipv4»:8081/repository/maven-public/</url></mirror></mirrors>
  <proxies><proxy><host>«LA:private_ip»</host><password>«LA!maven_encrypted!{COQLCE6DU6GtcS5P=}»</password></proxy></proxies>
</settings>
''')

# ------------------------------------------------------------------ .NET
t("appsettings_json", "json", "src/Web/appsettings.Production.json", CODE, '''
{
  "ConnectionStrings": {
    "Default": "Server=«IP_ADDRESS:ipv4»,1433;Database=Orders;User Id=orders_app;Password=«PASSWORD:pw_url»;TrustServerCertificate=True",
    "Redis": "«IP_ADDRESS:ipv4»:6380,password=«PASSWORD:pw_url»,ssl=True"
  },
  "Smtp": { "User": "«EMAIL:email_corp»", "Password": "«PASSWORD:pw_q»" },
  "Storage": "DefaultEndpointsProtocol=https;AccountName=«V:word»store;AccountKey=«KEY:azure_storage_key»;EndpointSuffix=core.windows.net",
  "ApplicationInsights": { "InstrumentationKey": "«LA:uuid4»" },
  "AllowedHosts": "*"
}
''')

t("web_config", "xml", "Web.config", CODE, '''
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <connectionStrings>
    <add name="Legacy" connectionString="Data Source=«IP_ADDRESS:ipv4»;Initial Catalog=Legacy;User ID=webuser;Password=«PASSWORD:pw_url»" providerName="System.Data.SqlClient" />
  </connectionStrings>
  <appSettings>
    <add key="SmtpPassword" value="«PASSWORD:pw_q»" />
    <add key="AlertsTo" value="«EMAIL:email_role»" />
    <add key="PaymentGatewayKey" value="«KEY:square»" />
    <add key="ServerId" value="«LA:uuid4»" />
  </appSettings>
  <system.net><mailSettings><smtp from="«LA:reserved_email»" /></mailSettings></system.net>
</configuration>
''')

t("csharp_networkcred", "csharp", "Tools/FtpSync.cs", CODE, '''
var client = new FtpClient("«IP_ADDRESS:ipv4»", new NetworkCredential("ftpsync", "«PASSWORD:pw_q»"));
var mail = new SmtpClient("smtp.office365.com", 587) {
    Credentials = new NetworkCredential("«EMAIL:email_corp»", "«PASSWORD:pw_q»"),
    EnableSsl = true,
};
const string NugetKey = "«KEY:nuget»";
const string AssemblyVer = "«LA:version4»";
''')

# ------------------------------------------------------------------ PHP / Ruby
t("laravel_env", "dotenv", ".env", CODE, '''
APP_NAME=Shop
APP_ENV=production
APP_KEY=«KEY:laravel_key»
DB_CONNECTION=mysql
DB_HOST=«IP_ADDRESS:ipv4»
DB_USERNAME=shop
DB_PASSWORD=«PASSWORD:pw_shell»
MAIL_USERNAME=«EMAIL:email_free»
MAIL_PASSWORD=«PASSWORD:pw_shell»
MAIL_FROM_ADDRESS=«LA:reserved_email»
REDIS_HOST=«LA:loopback_ip»
PUSHER_APP_SECRET=«KEY:hex32»
''')

t("laravel_config_array", "php", "config/services.php", CODE, '''
<?php

return [
    'mailgun' => [
        'domain' => 'mg.«V:word».com',
        'secret' => '«KEY:mailgun»',
    ],
    'ses' => ['key' => '«KEY:aws_akid»', 'secret' => '«KEY:aws_secret»'],
    'legacy_db' => ['host' => '«IP_ADDRESS:ipv4»', 'username' => 'legacy', 'password' => '«PASSWORD:pw_q»'],
    'owner' => '«EMAIL:email_corp»',
    'placeholder' => env('SERVICE_KEY', '«LA:placeholder»'),
];
''')

t("rails_database_yml", "yaml", "config/database.yml", CODE, '''
default: &default
  adapter: postgresql
  encoding: unicode
  pool: 5

production:
  <<: *default
  host: «IP_ADDRESS:ipv4»
  database: store_production
  username: store
  password: «PASSWORD:pw_yaml»

staging:
  <<: *default
  url: postgres://store:«PASSWORD:pw_url»@«IP_ADDRESS:ipv4»/store_staging
development:
  <<: *default
  host: «LA:loopback_ip»
  password: <%= ENV["DEV_DB_PASSWORD"] %>
''')

t("rails_credentials_plain", "yaml", "config/credentials/production.yml", CODE, '''
secret_key_base: «KEY:rails_secret»
aws:
  access_key_id: «KEY:aws_akid»
  secret_access_key: «KEY:aws_secret»
smtp:
  user_name: «EMAIL:email_corp»
  password: «PASSWORD:pw_yaml»
github:
  webhook_secret: «KEY:hex40»
''')

t("ruby_initializer", "ruby", "config/initializers/sidekiq.rb", CODE, '''
Sidekiq.configure_server do |config|
  config.redis = { url: "redis://:«PASSWORD:pw_url»@«IP_ADDRESS:ipv4»:6379/0" }
end
Sidekiq::Web.use Rack::Auth::Basic do |user, password|
  user == "admin" && password == "«PASSWORD:pw_q»"
end
Rails.application.config.action_mailer.default_options = { from: "«EMAIL:email_role»" }
''')

# ------------------------------------------------------------------ Go / Rust
t("go_table_test", "go", "internal/dsn/dsn_test.go", CODE, '''
package dsn

import "testing"

func TestParse(t *testing.T) {
	cases := []struct{ in, host, pass string }{
		{"«V:user»:«PASSWORD:pw_url»@tcp(«IP_ADDRESS:ipv4»:3306)/app", "«IP_ADDRESS:ipv4»", "«PASSWORD:pw_url»"},
		{"root@tcp(«LA:loopback_ip»:3306)/app", "«LA:loopback_ip»", ""},
	}
	for _, c := range cases {
		_ = c
	}
}

const contact = "«EMAIL:email_corp»"
''')

t("go_main_consts", "go", "cmd/agent/main.go", CODE, '''
package main

const (
	apiToken    = "«KEY:do_token|gitlab_pat»"
	collector   = "«IP_ADDRESS:ipv4»:4317"
	nodeID      = "«LA:uuid4»"
	adminEmail  = "«EMAIL:email_sub»"
	dbPassword  = "«PASSWORD:pw_q»"
	metricsBind = "«LA:private_ip»:9100"
)
''')

t("rust_fixture", "rust", "tests/fixtures.rs", CODE, '''
pub const SMTP_USER: &str = "«EMAIL:email_free»";
pub const SMTP_PASS: &str = "«PASSWORD:pw_q»";
pub const UPSTREAM: &str = "«IP_ADDRESS:ipv4»";
pub const UPSTREAM_V6: &str = "«IP_ADDRESS:ipv6»";
pub const LOCAL_V6: &str = "«LA:ula_ipv6»";
pub const WEBHOOK_SECRET: &str = "«KEY:stripe_whsec»";
pub const CHECKSUM: &str = "«LA:sha256»";
''')

t("cargo_config", "toml", ".cargo/config.toml", CI, '''
[registries.internal]
index = "sparse+https://«IP_ADDRESS:ipv4»/api/v1/crates/"
token = "Bearer «KEY:generic_secret»"

[net]
git-fetch-with-cli = true

[http]
proxy = "http://build:«PASSWORD:pw_url»@«LA:private_ip»:3128"
''')

# ------------------------------------------------------------------ SQL
t("sql_migration_users", "sql", "db/migrations/0007_seed_admins.sql", SQL, '''
-- seed admins (author: «EMAIL:email_corp»)
CREATE USER report_ro WITH PASSWORD '«PASSWORD:pw_q»';
ALTER ROLE app_rw WITH LOGIN PASSWORD '«PASSWORD:pw_q»';
INSERT INTO admins (email, password_hash, last_login_ip) VALUES
  ('«EMAIL:email_corp»', '«LA:bcrypt_hash»', '«IP_ADDRESS:ipv4»'),
  ('«EMAIL:email_free»', '«LA:bcrypt_hash»', '«LA:private_ip»');
INSERT INTO api_clients (client_id, secret) VALUES ('«LA:uuid4»', '«KEY:hex40»');
''')

t("mysql_grants", "sql", "ops/grants.sql", SQL, '''
CREATE USER 'etl'@'«IP_ADDRESS:ipv4»' IDENTIFIED BY '«PASSWORD:pw_q»';
GRANT SELECT ON warehouse.* TO 'etl'@'«IP_ADDRESS:ipv4»';
CREATE USER 'bi'@'«LA:private_ip»' IDENTIFIED BY '«PASSWORD:pw_q»';
SET PASSWORD FOR 'root'@'localhost' = '«PASSWORD:pw_q»';
''')

t("csv_export_users", "csv", "exports/users_2025.csv", SQL, '''
id,email,signup_ip,plan,device_id
«V:num»,«EMAIL:email_free»,«IP_ADDRESS:ipv4»,pro,«LA:uuid4»
«V:num»,«EMAIL:email_corp»,«IP_ADDRESS:ipv4»,team,«LA:uuid4»
«V:num»,«EMAIL:email_plus»,«LA:cgnat_ip»,free,«LA:uuid4»
«V:num»,«LA:reserved_email»,«LA:doc_ip»,free,«LA:uuid4»
''')

# ------------------------------------------------------------------ shell / CLI
t("bash_history", "shell", ".bash_history", CLI, '''
ssh -i ~/.ssh/prod.pem ubuntu@«IP_ADDRESS:ipv4»
mysql -h «IP_ADDRESS:ipv4» -u root -p'«PASSWORD:pw_shell»' shop < dump.sql
export GITHUB_TOKEN=«KEY:github_pat»
git clone https://oauth2:«KEY:gitlab_pat»@gitlab.«V:word».com/infra/terraform.git
ping «LA:private_ip»
docker login -u «V:user» -p «PASSWORD:pw_shell» registry.«V:word».io
curl -s ifconfig.me
''')

t("zsh_history", "shell", ".zsh_history", CLI, '''
: 1718123456:0;redis-cli -h «IP_ADDRESS:ipv4» -a «PASSWORD:pw_shell» --no-auth-warning info
: 1718123502:0;psql "postgresql://admin:«PASSWORD:pw_url»@«IP_ADDRESS:ipv4»:5432/postgres"
: 1718123530:0;aws configure set aws_secret_access_key «KEY:aws_secret»
: 1718123601:0;nc -vz «LA:loopback_ip» 5432
: 1718123655:0;git commit --author="«V:user» <«EMAIL:email_corp»>" -m wip
''')

t("curl_commands", "shell", "docs/api-examples.sh", CLI, '''
#!/bin/sh
curl -u «EMAIL:email_corp»:«PASSWORD:pw_shell» https://«IP_ADDRESS:ipv4»/api/v1/users
curl -H "Authorization: token «KEY:github_pat|github_app»" https://api.github.com/user
curl -H 'X-API-Key: «KEY:datadog_api»' -H 'DD-APPLICATION-KEY: «KEY:datadog_app»' https://api.datadoghq.eu/api/v1/validate
curl --resolve api.«V:word».com:443:«IP_ADDRESS:ipv4» https://api.«V:word».com/health
curl http://«LA:linklocal_ip»/latest/meta-data/
''')

t("httpie_wget", "shell", "scripts/smoke.sh", CLI, '''
http --auth «V:user»:«PASSWORD:pw_shell» POST https://«IP_ADDRESS:ipv4»/login
http GET https://api.«V:word».io/me "Authorization:Bearer «KEY:jwt»"
wget --user=mirror --password=«PASSWORD:pw_shell» ftp://«IP_ADDRESS:ipv4»/pub/iso/
wget -qO- http://«LA:doc_ip»/probe
''')

t("backup_cron", "shell", "/etc/cron.d/db-backup", CLI, '''
MAILTO=«EMAIL:email_role»
SHELL=/bin/bash
15 2 * * * postgres PGPASSWORD='«PASSWORD:pw_shell»' pg_dump -h «IP_ADDRESS:ipv4» -U backup erp | gzip > /backup/erp.sql.gz
45 2 * * * root sshpass -p «PASSWORD:pw_shell» scp /backup/erp.sql.gz archive@«IP_ADDRESS:ipv4»:/vault/
0 3 * * 0 root /usr/local/bin/rotate --keep 7 --host «LA:private_ip»
''')

t("powershell_script", "powershell", "scripts/Join-Domain.ps1", CLI, '''
$secure = ConvertTo-SecureString "«PASSWORD:pw_q»" -AsPlainText -Force
$cred = New-Object System.Management.Automation.PSCredential ("CORP\\svc_join", $secure)
Add-Computer -DomainName corp.local -Credential $cred -Server «IP_ADDRESS:ipv4»
Send-MailMessage -To "«EMAIL:email_corp»" -From "«EMAIL:email_role»" -SmtpServer «IP_ADDRESS:ipv4» -Subject done
Test-Connection «LA:private_ip»
''')

t("windows_bat", "batch", "deploy/map_drives.bat", CLI, '''
@echo off
net use Z: \\\\«IP_ADDRESS:ipv4»\\share /user:CORP\\backup «PASSWORD:pw_alnum|pw_phrase»
set SQLCMDPASSWORD=«PASSWORD:pw_alnum|pw_phrase»
sqlcmd -S «IP_ADDRESS:ipv4» -U sa -Q "BACKUP DATABASE erp TO DISK='Z:\\erp.bak'"
ping -n 1 «LA:private_ip»
''')

t("ssh_config_netrc", "text", "home/.netrc", CLI, '''
machine «IP_ADDRESS:ipv4»
  login deploy
  password «PASSWORD:pw_shell»
machine api.heroku.com
  login «EMAIL:email_free»
  password «KEY:hex32»
machine «LA:private_ip» login test password «LA:placeholder»
''')

t("pgpass_mycnf", "ini", "home/.my.cnf", CLI, '''
[client]
host=«IP_ADDRESS:ipv4»
user=analyst
password="«PASSWORD:pw_q»"

[mysqldump]
password=«PASSWORD:pw_shell»
# old replica «LA:private_ip»
''')

# ------------------------------------------------------------------ containers / k8s
t("dockerfile_env", "dockerfile", "Dockerfile", CI, '''
FROM python:3.12-slim@«LA:docker_digest»
LABEL maintainer="«EMAIL:email_corp»"
ENV PIP_INDEX_URL=https://ci:«PASSWORD:pw_url»@«IP_ADDRESS:ipv4»/simple
ARG NPM_TOKEN=«KEY:npm_token»
RUN echo "//registry.npmjs.org/:_authToken=${NPM_TOKEN}" > ~/.npmrc
ENV DB_HOST=«LA:private_ip» DB_PASSWORD=«PASSWORD:pw_shell»
EXPOSE 8000
''')

t("docker_compose", "yaml", "docker-compose.yml", CI, '''
services:
  db:
    image: postgres:16
    environment:
      POSTGRES_USER: app
      POSTGRES_PASSWORD: «PASSWORD:pw_yaml»
  pgadmin:
    image: dpage/pgadmin4
    environment:
      PGADMIN_DEFAULT_EMAIL: «EMAIL:email_corp»
      PGADMIN_DEFAULT_PASSWORD: "«PASSWORD:pw_yaml»"
  app:
    build: .
    environment:
      - DATABASE_URL=postgres://app:«PASSWORD:pw_url»@db:5432/app
      - SENTRY_DSN=https://«LA:sentry_public»@o«V:num».ingest.sentry.io/«V:num»
    extra_hosts:
      - "legacy.internal:«IP_ADDRESS:ipv4»"
    networks:
      default:
        ipv4_address: «LA:private_ip»
''')

t("k8s_secret", "yaml", "k8s/secret-app.yaml", CI, '''
apiVersion: v1
kind: Secret
metadata:
  name: app-secrets
  annotations:
    owner: «EMAIL:email_corp»
type: Opaque
data:
  DB_PASSWORD: «KEY:b64secret»
  API_TOKEN: «KEY:b64_48»
stringData:
  SMTP_PASSWORD: "«PASSWORD:pw_yaml»"
  UPSTREAM_IP: «IP_ADDRESS:ipv4»
''')

t("k8s_deployment", "yaml", "k8s/deployment.yaml", CI, '''
apiVersion: apps/v1
kind: Deployment
metadata:
  name: worker
spec:
  template:
    spec:
      hostAliases:
        - ip: "«IP_ADDRESS:ipv4»"
          hostnames: ["payments.partner"]
      containers:
        - name: worker
          image: registry.«V:word».io/worker@«LA:docker_digest»
          env:
            - name: RABBIT_URL
              value: amqp://worker:«PASSWORD:pw_url»@«IP_ADDRESS:ipv4»:5672/
            - name: DB_PASSWORD
              valueFrom: {secretKeyRef: {name: db, key: password}}
            - name: POD_CIDR
              value: «LA:private_ip»/16
''')

t("docker_config_json", "json", ".docker/config.json", CI, '''
{
  "auths": {
    "«IP_ADDRESS:ipv4»:5000": { "auth": "«KEY:b64pair(u,p)»" },
    "ghcr.io": { "auth": "«KEY:b64pair(g,t)»" }
  },
  "credsStore": "desktop"
}«H:user@u»«H:pw_url@p»«H:user@g»«H:github_pat@t»
''')

t("helm_values", "yaml", "charts/app/values-prod.yaml", CI, '''
replicaCount: 3
image:
  tag: "«LA:version3»"
postgresql:
  auth:
    username: app
    password: «PASSWORD:pw_yaml»
    postgresPassword: «PASSWORD:pw_yaml»
externalRedis:
  host: «IP_ADDRESS:ipv4»
  password: «PASSWORD:pw_yaml»
ingress:
  annotations:
    nginx.ingress.kubernetes.io/whitelist-source-range: "«IP_ADDRESS:ipv4»/32,«LA:private_ip»/8"
certManager:
  email: «EMAIL:email_role»
''')

t("kubeconfig", "yaml", ".kube/config", CI, '''
apiVersion: v1
clusters:
- cluster:
    server: https://«IP_ADDRESS:ipv4»:6443
  name: prod
users:
- name: ci
  user:
    token: «KEY:jwt»
- name: legacy
  user:
    username: admin
    password: «PASSWORD:pw_yaml»
contexts:
- context: {cluster: prod, user: ci}
  name: prod
''')

# ------------------------------------------------------------------ CI
t("gitlab_ci", "yaml", ".gitlab-ci.yml", CI, '''
variables:
  DOCKER_HOST: tcp://«LA:private_ip»:2375
  SONAR_TOKEN: "«KEY:hex40»"
  DEPLOY_HOST: «IP_ADDRESS:ipv4»

deploy:
  stage: deploy
  script:
    - sshpass -p "«PASSWORD:pw_shell»" ssh -o StrictHostKeyChecking=no deploy@$DEPLOY_HOST ./release.sh
    - curl -X POST -F token=«KEY:gitlab_runner» -F ref=main https://gitlab.«V:word».com/api/v4/projects/«V:num»/trigger/pipeline
    - echo "$CI_JOB_TOKEN"
  only: [main]
''')

t("github_actions", "yaml", ".github/workflows/release.yml", CI, '''
name: release
on: {push: {tags: ["v*"]}}
jobs:
  publish:
    runs-on: ubuntu-latest
    env:
      TWINE_USERNAME: __token__
      TWINE_PASSWORD: «KEY:pypi_token»
      SLACK_WEBHOOK: https://hooks.slack.com/services/T«V:num»AB/B«V:num»CD/«KEY:slack_webhook_secret»
    steps:
      - uses: actions/checkout@«LA:git_sha»
      - run: echo "${{ secrets.GITHUB_TOKEN }}" | docker login ghcr.io -u «EMAIL:email_free» --password-stdin
      - run: ssh-keyscan «IP_ADDRESS:ipv4» >> ~/.ssh/known_hosts
''')

t("jenkinsfile", "groovy", "Jenkinsfile", CI, '''
pipeline {
  agent any
  environment {
    NEXUS_PASS = '«PASSWORD:pw_q»'
    SLACK_TOKEN = '«KEY:slack_bot»'
    TARGET = '«IP_ADDRESS:ipv4»'
  }
  stages {
    stage('Deploy') {
      steps {
        sh "sshpass -p '«PASSWORD:pw_shell»' scp build/app.war tomcat@${TARGET}:/opt/tomcat/webapps/"
        mail to: '«EMAIL:email_role»', subject: "Deployed ${env.BUILD_NUMBER}", body: 'ok'
      }
    }
  }
}
''')

t("circleci_config", "yaml", ".circleci/config.yml", CI, '''
version: 2.1
jobs:
  test:
    docker:
      - image: cimg/python:3.12
        auth:
          username: «V:user»
          password: «PASSWORD:pw_yaml»
      - image: cimg/postgres:16.2
        environment:
          POSTGRES_PASSWORD: «LA:placeholder»
    environment:
      CODECOV_TOKEN: «LA:uuid4»
      NOTIFY: «EMAIL:email_plus»
      LICENSE_SERVER: «IP_ADDRESS:ipv4»
''')

t("terraform_tfvars", "hcl", "envs/prod/terraform.tfvars", CI, '''
region          = "eu-west-1"
db_password     = "«PASSWORD:pw_q»"
admin_cidrs     = ["«IP_ADDRESS:ipv4»/32", "«IP_ADDRESS:ipv4»/32"]
vpc_cidr        = "«LA:private_ip»/16"
alert_email     = "«EMAIL:email_role»"
cloudflare_token = "«KEY:cloudflare»"
datadog_api_key = "«KEY:datadog_api»"
''')

t("terraform_resource", "hcl", "modules/db/main.tf", CI, '''
resource "aws_db_instance" "main" {
  identifier          = "orders"
  username            = "orders_admin"
  password            = "«PASSWORD:pw_q»"
  publicly_accessible = false
}

resource "aws_security_group_rule" "office" {
  type        = "ingress"
  cidr_blocks = ["«IP_ADDRESS:ipv4»/32"]
  description = "office of «EMAIL:email_corp»"
}

provider "vault" {
  address = "https://«IP_ADDRESS:ipv4»:8200"
  token   = "«KEY:vault_token»"
}
''')

t("terraform_state", "json", "terraform.tfstate", CI, '''
{
  "version": 4,
  "terraform_version": "«LA:version3»",
  "serial": 42,
  "lineage": "«LA:uuid4»",
  "resources": [
    {
      "mode": "managed",
      "type": "aws_instance",
      "name": "bastion",
      "instances": [
        {
          "attributes": {
            "public_ip": "«IP_ADDRESS:ipv4»",
            "private_ip": "«LA:private_ip»",
            "ipv6_addresses": ["«IP_ADDRESS:ipv6»"],
            "tags": {"Owner": "«EMAIL:email_corp»"}
          }
        }
      ]
    },
    {
      "mode": "managed",
      "type": "random_password",
      "name": "db",
      "instances": [{"attributes": {"result": "«PASSWORD:pw_q»", "bcrypt_hash": "«LA:bcrypt_hash»"}, "sensitive_attributes": []}]
    },
    {
      "mode": "managed",
      "type": "aws_iam_access_key",
      "name": "ci",
      "instances": [{"attributes": {"id": "«KEY:aws_akid»", "secret": "«KEY:aws_secret»"}}]
    }
  ]
}
''')

t("ansible_inventory", "ini", "inventory/production.ini", CI, '''
[web]
web1 ansible_host=«IP_ADDRESS:ipv4» ansible_user=deploy ansible_password=«PASSWORD:pw_shell»
web2 ansible_host=«IP_ADDRESS:ipv4» ansible_user=deploy ansible_ssh_pass=«PASSWORD:pw_shell»

[db]
db1 ansible_host=«LA:private_ip» ansible_become_pass='«PASSWORD:pw_shell»'

[all:vars]
admin_email=«EMAIL:email_role»
''')

t("ansible_group_vars", "yaml", "group_vars/all/vars.yml", CI, '''
mysql_root_password: "«PASSWORD:pw_yaml»"
smtp_relay: «IP_ADDRESS:ipv4»
smtp_user: «EMAIL:email_corp»
vault_db_password: !vault |
  «LA:ansible_vault_i2»
ntp_servers: [«IP_ADDRESS:ipv4», «LA:private_ip»]
app_secret: "{{ lookup('env', 'APP_SECRET') }}"
''')

t("vagrantfile_cloudinit", "yaml", "cloud-init/user-data.yaml", CI, '''
#cloud-config
users:
  - name: ops
    passwd: «LA:sha512crypt»
    ssh_authorized_keys:
      - «LA:ssh_pub» «EMAIL:email_corp»
chpasswd:
  list: |
    root:«PASSWORD:pw_yaml»
  expire: false
write_files:
  - path: /etc/app/env
    content: |
      UPSTREAM=«IP_ADDRESS:ipv4»
      API_KEY=«KEY:generic_secret»
''')

# ------------------------------------------------------------------ network configs
t("nginx_conf", "nginx", "/etc/nginx/conf.d/app.conf", NET, '''
upstream backend {
    server «IP_ADDRESS:ipv4»:8080 max_fails=3;
    server «LA:private_ip»:8080 backup;
}
server {
    listen 443 ssl;
    allow «IP_ADDRESS:ipv4»;
    deny all;
    set_real_ip_from «LA:cgnat_ip»/10;
    location /internal { proxy_set_header Authorization "Basic «KEY:b64pair(u,p)»"; }
}«H:user@u»«H:pw_url@p»
''')

t("haproxy_cfg", "haproxy", "haproxy.cfg", NET, '''
userlist admins
    user ops insecure-password «PASSWORD:pw_shell»
frontend stats
    bind «LA!unspecified_ip!0.0.0.0»:8404
    stats auth admin:«PASSWORD:pw_shell»
backend api
    server api1 «IP_ADDRESS:ipv4»:443 check ssl verify none
    server api2 «IP_ADDRESS:ipv4»:443 check ssl verify none
    server local «LA:loopback_ip»:8080
''')

t("wireguard_conf", "ini", "/etc/wireguard/wg0.conf", NET, '''
[Interface]
PrivateKey = «KEY:wg_key»
Address = «LA:private_ip»/24
ListenPort = 51820

[Peer]
PublicKey = «LA:wg_public»
PresharedKey = «KEY:wg_key»
Endpoint = «IP_ADDRESS:ipv4»:51820
AllowedIPs = «LA:private_ip»/32
''')

t("cisco_config", "text", "configs/edge-rtr-01.cfg", NET, '''
hostname edge-rtr-01
enable secret 9 «LA!cisco_type9!$9$nhEmQVczB7dqsO$X.HsgL6x1il0RxkOSSvyQYwucySCt7qFm4v7pqCxkKM»
username netops privilege 15 password 0 «PASSWORD:pw_shell»
interface GigabitEthernet0/0
 ip address «IP_ADDRESS:ipv4» «LA:netmask_ip»
snmp-server community «PASSWORD:pw_shell» RO
snmp-server host «IP_ADDRESS:ipv4» version 2c public
router bgp 64512
 neighbor «IP_ADDRESS:ipv4» password «PASSWORD:pw_shell»
ntp server «LA:private_ip»
''')

t("netplan_resolv", "yaml", "/etc/netplan/01-netcfg.yaml", NET, '''
network:
  version: 2
  ethernets:
    eth0:
      addresses: ["«IP_ADDRESS:ipv4»/24", "«IP_ADDRESS:ipv6»/64"]
      gateway4: «IP_ADDRESS:ipv4»
      nameservers:
        addresses: [«IP_ADDRESS:ipv4», «LA:doc_ip»]
    eth1:
      addresses: [«LA:private_ip»/16, «LA:linklocal_ipv6»/64]
''')

t("iptables_rules", "text", "/etc/iptables/rules.v4", NET, '''
*filter
:INPUT DROP [0:0]
-A INPUT -s «IP_ADDRESS:ipv4»/32 -p tcp --dport 22 -j ACCEPT
-A INPUT -s «IP_ADDRESS:ipv4»/32 -p tcp --dport 5432 -j ACCEPT
-A INPUT -s «LA:private_ip»/8 -j ACCEPT
-A INPUT -d «LA:multicast_ip» -j DROP
COMMIT
''')

t("sshd_hosts", "text", "/etc/hosts", NET, '''
«LA:loopback_ip»   localhost
«LA:private_ip»   db-primary.internal
«IP_ADDRESS:ipv4»   partner-sftp.«V:word».com
«IP_ADDRESS:ipv6»   partner-sftp6.«V:word».com
«LA:linklocal_ipv6» gw6
''')

t("ssh_config", "text", ".ssh/config", NET, '''
Host bastion
    HostName «IP_ADDRESS:ipv4»
    User «V:user»
    IdentityFile ~/.ssh/id_ed25519
Host db
    HostName «LA:private_ip»
    ProxyJump bastion
# host key «LA:ssh_fp»
''')

t("mosquitto_bridge", "text", "/etc/mosquitto/conf.d/bridge.conf", NET, '''
connection cloud-bridge
address «IP_ADDRESS:ipv4»:8883
remote_username gateway-«V:num»
remote_password «PASSWORD:pw_shell»
topic sensors/# out 1
bridge_cafile /etc/mosquitto/ca.crt
''')

t("openvpn_client", "text", "client.ovpn", NET, '''
client
dev tun
remote «IP_ADDRESS:ipv4» 1194 udp
remote «IP_ADDRESS:ipv4» 443 tcp
auth-user-pass creds.txt
# creds.txt: «EMAIL:email_corp» / «PASSWORD:pw_shell»
<key>
«KEY:pem»
</key>
''')

# ------------------------------------------------------------------ mobile / IDE
t("android_strings", "xml", "app/src/main/res/values/strings.xml", MOBILE, '''
<?xml version="1.0" encoding="utf-8"?>
<resources>
    <string name="app_name">Ledger</string>
    <string name="google_maps_key" translatable="false">«KEY:google_api»</string>
    <string name="backend_ip">«IP_ADDRESS:ipv4»</string>
    <string name="support_email">«EMAIL:email_role»</string>
    <string name="debug_proxy">«LA:private_ip»</string>
    <string name="demo_password">«PASSWORD:pw_q»</string>
</resources>
''')

t("ios_plist", "xml", "App/Info.plist", MOBILE, '''
<?xml version="1.0" encoding="UTF-8"?>
<plist version="1.0">
<dict>
    <key>CFBundleShortVersionString</key>
    <string>«LA:version3»</string>
    <key>SegmentWriteKey</key>
    <string>«KEY:generic_secret»</string>
    <key>APIHost</key>
    <string>«IP_ADDRESS:ipv4»</string>
    <key>FeedbackEmail</key>
    <string>«EMAIL:email_corp»</string>
    <key>StagingBasicAuthPassword</key>
    <string>«PASSWORD:pw_q»</string>
</dict>
</plist>
''')

t("swift_constants", "swift", "Sources/App/Secrets.swift", MOBILE, '''
enum Secrets {
    static let revenueCatKey = "«KEY:any_vendor»"
    static let backendHost = "«IP_ADDRESS:ipv4»"
    static let qaLogin = (email: "«EMAIL:email_free»", password: "«PASSWORD:pw_q»")
    static let deviceId = "«LA:uuid4»"
}
''')

t("intellij_run_config", "xml", ".idea/runConfigurations/App_Prod.xml", MOBILE, '''
<component name="ProjectRunConfigurationManager">
  <configuration name="App (prod db)" type="SpringBootApplicationConfigurationType">
    <envs>
      <env name="DB_HOST" value="«IP_ADDRESS:ipv4»" />
      <env name="DB_PASSWORD" value="«PASSWORD:pw_q»" />
      <env name="GITLAB_TOKEN" value="«KEY:gitlab_pat»" />
      <env name="LOCAL_BIND" value="«LA:loopback_ip»" />
    </envs>
  </configuration>
</component>
''')

t("vscode_launch", "json", ".vscode/launch.json", MOBILE, '''
{
  "version": "0.2.0",
  "configurations": [
    {
      "name": "Attach prod",
      "type": "python",
      "request": "attach",
      "connect": {"host": "«IP_ADDRESS:ipv4»", "port": 5678},
      "env": {"PG_PASSWORD": "«PASSWORD:pw_q»", "OPENAI_API_KEY": "«KEY:openai_key»", "TZ": "UTC"}
    },
    {"name": "Local", "type": "python", "request": "launch", "env": {"HOST": "«LA:loopback_ip»", "TOKEN": "«LA:env_ref»"}}
  ]
}
''')

t("dbeaver_datasources", "json", ".dbeaver/data-sources.json", MOBILE, '''
{
  "connections": {
    "postgres-jdbc-«LA:short_sha»": {
      "name": "prod-readonly",
      "configuration": {
        "host": "«IP_ADDRESS:ipv4»",
        "port": "5432",
        "user": "«EMAIL:email_corp»",
        "password": "«PASSWORD:pw_q»",
        "url": "jdbc:postgresql://«IP_ADDRESS:ipv4»:5432/analytics"
      }
    }
  }
}
''')

# ------------------------------------------------------------------ HTTP / API tools
t("postman_collection", "json", "postman/Payments.postman_collection.json", HTTP, '''
{
  "info": {"_postman_id": "«LA:uuid4»", "name": "Payments", "schema": "https://schema.getpostman.com/json/collection/v2.1.0/collection.json"},
  "auth": {"type": "basic", "basic": [{"key": "username", "value": "«EMAIL:email_corp»"}, {"key": "password", "value": "«PASSWORD:pw_q»"}]},
  "item": [
    {
      "name": "Create charge",
      "request": {
        "method": "POST",
        "header": [{"key": "Authorization", "value": "Bearer «KEY:stripe_sk»"}],
        "url": {"raw": "https://«IP_ADDRESS:ipv4»/v1/charges", "host": ["«IP_ADDRESS:ipv4»"]}
      }
    }
  ],
  "variable": [{"key": "postman_api_key", "value": "«KEY:postman»"}]
}
''')

t("insomnia_export", "json", "insomnia/export.json", HTTP, '''
{
  "_type": "export",
  "__export_format": 4,
  "resources": [
    {"_id": "env_«LA:short_sha»", "_type": "environment", "data": {"base_url": "https://«IP_ADDRESS:ipv4»", "token": "«KEY:linear|databricks»", "user": "«EMAIL:email_free»"}},
    {"_id": "req_«LA:short_sha»", "_type": "request", "method": "POST", "url": "{{ base_url }}/login",
     "body": {"mimeType": "application/x-www-form-urlencoded", "params": [{"name": "password", "value": "«PASSWORD:pw_q»"}]}}
  ]
}
''')

t("http_request_dump", "http", "captures/login.http", HTTP, '''
POST /api/session HTTP/1.1
Host: «IP_ADDRESS:ipv4»
Authorization: Basic «KEY:b64pair(u,p)»
X-Forwarded-For: «IP_ADDRESS:ipv4», «LA:private_ip»
Cookie: sessionid=«KEY:hex32»
Content-Type: application/x-www-form-urlencoded

email=«EMAIL:email_free»&password=«PASSWORD:pw_url»
«H:user@u»«H:pw_url@p»''')

t("har_entry", "json", "debug/session.har", HTTP, '''
{
  "log": {
    "version": "1.2",
    "entries": [
      {
        "serverIPAddress": "«IP_ADDRESS:ipv4»",
        "request": {
          "method": "GET",
          "url": "https://api.«V:word».com/v1/me?access_token=«KEY:github_app»",
          "headers": [{"name": "X-Real-IP", "value": "«IP_ADDRESS:ipv4»"}, {"name": "X-Request-Id", "value": "«LA:uuid4»"}]
        },
        "response": {"status": 200, "content": {"text": "{\\"email\\": \\"«EMAIL:email_corp»\\"}"}}
      }
    ]
  }
}
''')

t("openapi_example", "yaml", "openapi/users.yaml", HTTP, '''
components:
  schemas:
    User:
      type: object
      properties:
        email: {type: string, example: «LA:reserved_email»}
        last_ip: {type: string, example: «LA:doc_ip»}
  securitySchemes:
    apiKey: {type: apiKey, in: header, name: X-API-Key}
servers:
  - url: https://«IP_ADDRESS:ipv4»/v1
    description: prod (contact «EMAIL:email_role»)
x-test-credentials:
  apiKey: «KEY:generic_secret»
  password: «PASSWORD:pw_yaml»
''')

t("curl_verbose", "text", "debug/curl-v.txt", HTTP, '''
*   Trying «IP_ADDRESS:ipv4»:443...
* Connected to api.«V:word».io («IP_ADDRESS:ipv4») port 443 (#0)
> GET /v2/accounts HTTP/2
> Host: api.«V:word».io
> authorization: Bearer «KEY:tfc_token|vault_token»
> user-agent: curl/«LA:version3»
< HTTP/2 200
< x-request-id: «LA:trace_id»
< x-served-by: «LA:private_ip»
''')

# ------------------------------------------------------------------ logs / traces / dumps
t("app_log", "log", "logs/app-2025.log", LOG, '''
«V:date» «V:time» INFO  auth: login ok user=«EMAIL:email_corp» ip=«IP_ADDRESS:ipv4»
«V:date» «V:time» WARN  auth: failed login user=«EMAIL:email_free» ip=«IP_ADDRESS:ipv4» attempts=3
«V:date» «V:time» DEBUG db: connecting postgres://app:«PASSWORD:pw_url»@«IP_ADDRESS:ipv4»/app
«V:date» «V:time» INFO  health: probe from «LA:private_ip» ok
«V:date» «V:time» ERROR request_id=«LA:uuid4» upstream timeout
''')

t("nginx_access_log", "log", "logs/access.log", LOG, '''
«IP_ADDRESS:ipv4» - - [12/Mar/2025:10:11:12 +0000] "GET /reset?token=«KEY:hex40» HTTP/1.1" 200 512 "-" "Mozilla/5.0"
«IP_ADDRESS:ipv6» - - [12/Mar/2025:10:11:14 +0000] "GET /health HTTP/1.1" 200 2 "-" "kube-probe/«LA:version3»"
«LA:private_ip» - - [12/Mar/2025:10:11:15 +0000] "POST /login HTTP/1.1" 302 0 "-" "curl/8.5.0"
«IP_ADDRESS:ipv4» - «EMAIL:email_corp» [12/Mar/2025:10:11:19 +0000] "GET /admin HTTP/1.1" 403 9 "-" "-"
''')

t("auth_log", "log", "/var/log/auth.log", LOG, '''
Mar 12 03:14:07 bastion sshd[«V:num»]: Failed password for invalid user admin from «IP_ADDRESS:ipv4» port 51234 ssh2
Mar 12 03:14:09 bastion sshd[«V:num»]: Accepted publickey for deploy from «IP_ADDRESS:ipv4» port 40022 ssh2: ED25519 «LA:ssh_fp»
Mar 12 03:15:00 bastion sudo:   deploy : TTY=pts/0 ; COMMAND=/usr/bin/mysql -uroot -p«PASSWORD:pw_shell»
Mar 12 03:15:02 bastion sshd[«V:num»]: Connection closed by «LA:private_ip» port 22
''')

t("jsonl_log", "jsonl", "logs/events.jsonl", LOG, '''
{"ts": "«V:date»T«V:time»Z", "level": "info", "msg": "signup", "email": "«EMAIL:email_plus»", "ip": "«IP_ADDRESS:ipv4»"}
{"ts": "«V:date»T«V:time»Z", "level": "debug", "msg": "outbound", "headers": {"authorization": "Bearer «KEY:sendgrid»"}}
{"ts": "«V:date»T«V:time»Z", "level": "info", "msg": "probe", "ip": "«LA:private_ip»", "trace_id": "«LA:trace_id»"}
''')

t("python_traceback", "text", "crash/trace.txt", LOG, '''
Traceback (most recent call last):
  File "/srv/app/jobs/sync.py", line 88, in run
    conn = psycopg2.connect(dsn)
psycopg2.OperationalError: connection to server at "«IP_ADDRESS:ipv4»", port 5432 failed: FATAL:  password authentication failed for user "etl"
Locals: dsn = 'host=«IP_ADDRESS:ipv4» user=etl password=«PASSWORD:pw_shell» dbname=dw'
        owner = '«EMAIL:email_corp»'
''')

t("java_crash_dump", "text", "crash/hs_err_pid4242.log", LOG, '''
# A fatal error has been detected by the Java Runtime Environment:
#  SIGSEGV (0xb) at pc=0x00007f3a1c2b4e10, pid=4242, tid=4243
# JRE version: OpenJDK Runtime Environment (17.0.9+9)
---------------  S Y S T E M  ---------------
jvm_args: -Dspring.datasource.password=«PASSWORD:pw_shell» -Dmail.user=«EMAIL:email_corp» -Dapi.key=«KEY:any_vendor»
java_command: app.jar --server.address=«IP_ADDRESS:ipv4»
Host: «LA:private_ip», 16 cores
''')

t("mail_server_log", "log", "/var/log/mail.log", LOG, '''
Mar 12 09:01:02 mx1 postfix/smtpd[«V:num»]: connect from unknown[«IP_ADDRESS:ipv4»]
Mar 12 09:01:03 mx1 postfix/smtpd[«V:num»]: NOQUEUE: reject: RCPT from unknown[«IP_ADDRESS:ipv4»]: 554 5.7.1 <«EMAIL:email_corp»>: Relay access denied; from=<«EMAIL:email_free»>
Mar 12 09:01:05 mx1 postfix/cleanup[«V:num»]: message-id=«LA:msgid»
Mar 12 09:01:06 mx1 postfix/smtp[«V:num»]: to=<«LA:reserved_email»>, relay=«LA:loopback_ip»[«LA:loopback_ip»]:10025
''')

# ------------------------------------------------------------------ chat / tickets / emails / docs
t("slack_message", "text", "exports/slack-ops.txt", PROSE, '''
[10:02] «V:user»: who has the staging db password?
[10:03] «V:user»: it's «PASSWORD:pw_any», host «IP_ADDRESS:ipv4», please rotate after
[10:04] «V:user»: also the datadog key is «KEY:datadog_api» — don't paste it again pls
[10:05] «V:user»: ping «EMAIL:email_corp» for access; ignore «LA:private_ip», that's the old box
''')

t("email_handover", "text", "mail/handover.eml", PROSE, '''
From: «EMAIL:email_corp»
To: «EMAIL:email_corp»
Message-ID: «LA:msgid»
Subject: handover for the FTP migration

Hi,
the new FTP endpoint is «IP_ADDRESS:ipv4» (old: «LA:private_ip»). Login is transfer / «PASSWORD:pw_any».
Vendor contact: «EMAIL:email_free». The SFTP fallback uses the same password.
Cheers
''')

t("jira_ticket", "markdown", "tickets/OPS-1234.md", PROSE, '''
## OPS-«V:num»: Partner cannot reach webhook

Reporter: «EMAIL:email_corp»
Partner egress IPs: «IP_ADDRESS:ipv4», «IP_ADDRESS:ipv4»
Steps: `curl -u partner:«PASSWORD:pw_shell» https://hooks.«V:word».com/in`
Our side logs show requests from «LA:cgnat_ip» only (carrier NAT).
Version: «LA:version3»
''')

t("code_review_comment", "markdown", "reviews/pr-812.md", GIT, '''
**«V:user»** commented on `config/prod.py` line 14:

> `REDIS_PASSWORD = "«PASSWORD:pw_q»"`

Please don't commit this; the same password is set on «IP_ADDRESS:ipv4». Move it to the vault
(`«LA:vault_ref»`). Also the Slack token `«KEY:slack_bot|slack_user»` in the test must go.
cc «EMAIL:email_corp»
''')

t("git_log", "text", "git-log.txt", GIT, '''
commit «LA:git_sha»
Author: «V:user» <«EMAIL:email_corp»>
Date:   Tue Mar 11 14:02:11 2025 +0100

    remove hard-coded token «KEY:github_pat» (rotated)

commit «LA:git_sha»
Author: bot <«LA:noreply_email»>
    bump to «LA:version3»
''')

t("git_config_remote", "ini", ".git/config", GIT, '''
[core]
	repositoryformatversion = 0
[remote "origin"]
	url = https://«V:user»:«KEY:github_pat|gitlab_pat»@github.com/«V:word»/infra.git
	fetch = +refs/heads/*:refs/remotes/origin/*
[remote "mirror"]
	url = ssh://git@«IP_ADDRESS:ipv4»:2222/infra.git
[user]
	email = «EMAIL:email_corp»
	signingkey = «LA:gpg_fp»
''')

t("chat_german", "text", "chat/teams-de.txt", PROSE, '''
Hallo zusammen, der neue Testserver ist «IP_ADDRESS:ipv4». Benutzer: testadmin, Passwort: «PASSWORD:pw_any»
Bitte bei Problemen an «EMAIL:email_corp» wenden. Intern erreichbar unter «LA:private_ip».
''')

t("chat_spanish_french", "text", "chat/support-es-fr.txt", PROSE, '''
Cliente: la contraseña del portal es «PASSWORD:pw_any» y mi correo «EMAIL:email_free»
Agente: merci, le mot de passe temporaire est «PASSWORD:pw_any» ; serveur «IP_ADDRESS:ipv4»
''')

t("chat_asian", "text", "chat/ops-ja-zh.txt", PROSE, '''
本番DBのパスワードは «PASSWORD:pw_any» です。接続先は «IP_ADDRESS:ipv4»。
测试账号: «EMAIL:email_free» 密码: «PASSWORD:pw_any»
内部地址 «LA:private_ip» 不要对外公开。
''')

t("chat_passphrase_prose", "text", "notes/wifi.txt", PROSE, '''
Guest wifi passphrase this quarter: "«PASSWORD:pw_spaces»"
Admin panel at http://«LA:private_ip» (admin / «PASSWORD:pw_any»)
Questions to «EMAIL:email_role». Public uplink: «IP_ADDRESS:ipv4»
''')

t("onboarding_doc", "markdown", "docs/onboarding.md", PROSE, '''
# Onboarding

1. Ask «EMAIL:email_corp» for VPN access (gateway «IP_ADDRESS:ipv4»).
2. Use the shared read-only login: `analyst` / `«PASSWORD:pw_shell»`.
3. Sentry token for local dev: `«KEY:sentry_token»`
4. Do **not** use the example credentials from the vendor docs (`«LA:aws_example»`).
5. Test accounts live at «LA:reserved_email».
''')

t("rst_docs", "rst", "docs/deploy.rst", PROSE, '''
Deployment
==========

The staging box is ``«IP_ADDRESS:ipv4»``. Log in with::

    ssh deploy@«IP_ADDRESS:ipv4»
    export ADMIN_PASSWORD='«PASSWORD:pw_shell»'

Report problems to «EMAIL:email_role». The internal mirror is ``«LA:private_ip»``.
''')

t("issue_report", "markdown", "ISSUE.md", PROSE, '''
### Bug: sync fails with 401

Config used:
```yaml
api_url: https://«IP_ADDRESS:ipv4»/v3
api_key: «KEY:any_vendor»
user: «EMAIL:email_free»
```
Expected the job to fall back to «LA:loopback_ip». Running version «LA:version3» on commit «LA:short_sha».
''')

t("authors_mailmap", "text", ".mailmap", GIT, '''
«V:user» <«EMAIL:email_corp»> <«EMAIL:email_free»>
Build Bot <«LA:noreply_email»>
«V:user» <«EMAIL:email_sub»>
Test User <«LA:reserved_email»>
''')

# ------------------------------------------------------------------ misc config files
t("ini_generic", "ini", "conf/service.ini", CODE, '''
[database]
host = «IP_ADDRESS:ipv4»
user = svc
password = «PASSWORD:pw_shell»

[smtp]
user = «EMAIL:email_corp»
pass = «PASSWORD:pw_shell»

[api]
key = «KEY:generic_secret»
checksum = «LA:md5»
''')

t("toml_app", "toml", "config/app.toml", CODE, '''
[server]
bind = "«LA!unspecified_ip!0.0.0.0»:8080"
public_ip = "«IP_ADDRESS:ipv4»"

[auth]
admin_email = "«EMAIL:email_corp»"
admin_password = "«PASSWORD:pw_q»"
session_secret = "«KEY:hex64»"

[telegram]
bot_token = "«KEY:telegram»"
''')

t("pypirc_npmrc", "ini", ".pypirc", CI, '''
[distutils]
index-servers = pypi internal

[pypi]
username = __token__
password = «KEY:pypi_token»

[internal]
repository = http://«IP_ADDRESS:ipv4»:8080/simple
username = «V:user»
password = «PASSWORD:pw_shell»
''')

t("npmrc", "ini", ".npmrc", CI, '''
registry=https://registry.npmjs.org/
//registry.npmjs.org/:_authToken=«KEY:npm_token»
//«IP_ADDRESS:ipv4»:4873/:_auth=«KEY:b64pair(u,p)»
«H:user@u»«H:pw_url@p»email=«EMAIL:email_corp»
''')

t("aws_credentials", "ini", ".aws/credentials", CI, '''
[default]
aws_access_key_id = «KEY:aws_akid»
aws_secret_access_key = «KEY:aws_secret»

[example]
aws_access_key_id = «LA!aws_example!AKIAIOSFODNN7EXAMPLE»
aws_secret_access_key = «LA!aws_example!wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY»
''')

t("gcp_service_account", "json", "keys/sa.json", CI, '''
{
  "type": "service_account",
  "project_id": "«V:word»-prod",
  "private_key_id": "«KEY:hex40»",
  "private_key": "«KEY:pem_json»\\n",
  "client_email": "«EMAIL:gcp_sa_email»",
  "client_id": "«LA:numeric_id»",
  "token_uri": "https://oauth2.googleapis.com/token"
}
''')

t("pem_in_yaml", "yaml", "certs/tls-secret.yaml", CI, '''
tls:
  cert: |
    «LA:certificate_i4»
  key: |
    «KEY:pem_i4»
contact: «EMAIL:email_role»
''')

t("systemd_unit", "ini", "/etc/systemd/system/exporter.service", CODE, '''
[Unit]
Description=Postgres exporter

[Service]
Environment=DATA_SOURCE_NAME=postgresql://exporter:«PASSWORD:pw_url»@«IP_ADDRESS:ipv4»:5432/postgres?sslmode=disable
Environment=WEB_LISTEN=«LA:private_ip»:9187
ExecStart=/usr/local/bin/postgres_exporter
''')

t("supervisor_odbc", "ini", "/etc/odbc.ini", CODE, '''
[DW]
Driver = ODBC Driver 18 for SQL Server
Server = tcp:«IP_ADDRESS:ipv4»,1433
UID = «EMAIL:email_corp»
PWD = «PASSWORD:pw_shell»

[LOCAL]
Server = «LA:loopback_ip»
''')

t("grafana_ini", "ini", "grafana/grafana.ini", CODE, '''
[security]
admin_user = admin
admin_password = «PASSWORD:pw_shell»
secret_key = «KEY:generic_secret»

[smtp]
host = «IP_ADDRESS:ipv4»:587
user = «EMAIL:email_role»
password = «PASSWORD:pw_shell»
''')

t("vendor_tokens_yaml", "yaml", "config/integrations.yaml", CODE, '''
integrations:
  linear: «KEY:linear»
  databricks: «KEY:databricks»
  digitalocean: «KEY:do_token»
  shopify: «KEY:shopify»
  newrelic: «KEY:newrelic»
  grafana: «KEY:grafana_sa»
  age_identity: «KEY:age_secret»
  age_recipient: «LA:age_public»
  twilio_account: «LA:twilio_sid»
  twilio_token: «KEY:twilio_token»
  discord: «KEY:discord_bot»
''')

t("webhooks_list", "yaml", "alerting/receivers.yml", CODE, '''
receivers:
  - name: slack
    slack_configs:
      - api_url: https://hooks.slack.com/services/T0«V:num»/B0«V:num»/«KEY:slack_webhook_secret»
  - name: telegram
    telegram_configs:
      - bot_token: «KEY:telegram»
  - name: email
    email_configs:
      - to: «EMAIL:email_role»
        auth_password: «PASSWORD:pw_yaml»
        smarthost: «IP_ADDRESS:ipv4»:587
''')

# ------------------------------------------------------------------ look-alike heavy documents
t("lookalike_lockfile", "json", "package-lock.json", CODE, '''
{
  "name": "web",
  "lockfileVersion": 3,
  "packages": {
    "node_modules/left-pad": {
      "version": "«LA:version3»",
      "resolved": "https://registry.npmjs.org/left-pad/-/left-pad-1.3.0.tgz",
      "integrity": "«LA:sri»"
    },
    "node_modules/ip": {"version": "«LA:version3»", "integrity": "«LA:sri»"}
  }
}
''')

t("lookalike_network", "text", "docs/addressing-plan.txt", NET, '''
office LAN     «LA:private_ip»/24
guest LAN      «LA:private_ip»/24
carrier NAT    «LA:cgnat_ip»
test nets      «LA:doc_ip», «LA:doc_ip»
benchmarks     «LA:bench_ip»
mDNS           «LA!multicast_ip!224.0.0.251»
v6 ULA         «LA:ula_ipv6»
v6 docs        «LA:doc_ipv6»
OID            «LA:oid»
MAC            «LA:mac»
''')

t("lookalike_hashes", "text", "SHA256SUMS", CODE, '''
«LA:sha256»  app-«LA:version3».tar.gz
«LA:sha256»  app-«LA:version3»-py3-none-any.whl
# md5 «LA:md5»
# signed by «LA:gpg_fp»
''')

t("lookalike_env_example", "dotenv", ".env.example", CODE, '''
DB_HOST=«LA:loopback_ip»
DB_PASSWORD=«LA:placeholder»
API_KEY=«LA:placeholder»
SMTP_PASSWORD=«LA:env_ref»
STRIPE_PUBLISHABLE_KEY=«LA:stripe_pk»
ADMIN_EMAIL=«LA:reserved_email»
MASKED_TOKEN=«LA:masked»
SECRET_REF=«LA:vault_ref»
''')


# ------------------------------------------------------------------ snippets appended to real carriers
# (file type -> list of snippets; the carrier table in make_heldout_7.py picks one by index)
SNIPPETS = {
    "python": [
        '''

# local override, do not commit
_DEPLOY_HOST = "«IP_ADDRESS:ipv4»"
_DEPLOY_USER = "«EMAIL:email_corp»"
_DEPLOY_PASSWORD = "«PASSWORD:pw_q»"
''',
        '''

_TEST_ACCOUNTS = {
    "smoke": ("«EMAIL:email_free»", "«PASSWORD:pw_q»"),
    "ci_token": "«KEY:github_pat|gitlab_pat»",
    "mirror": "«LA:private_ip»",
}
''',
        '''

if False:  # debugging against production
    _DSN = "postgresql://report:«PASSWORD:pw_url»@«IP_ADDRESS:ipv4»:5432/metrics"
    _SENTRY_AUTH = "«KEY:sentry_token»"
    _LOCAL = "«LA:loopback_ip»"
''',
        '''

_UPLOAD_KEY = "«KEY:aws_akid»"
_UPLOAD_SECRET = "«KEY:aws_secret»"
_MAINTAINER = "«EMAIL:email_sub»"  # build id «LA:uuid4»
''',
    ],
    "rst": [
        '''

.. note:: Staging credentials (remove before release)

   Host ``«IP_ADDRESS:ipv4»``, user ``«EMAIL:email_corp»``, password ``«PASSWORD:pw_shell»``.
   Internal mirror: ``«LA:private_ip»``.
''',
        '''

Troubleshooting
---------------

If the upload fails, retry with::

    curl -u release:«PASSWORD:pw_shell» -T dist.tar.gz https://«IP_ADDRESS:ipv4»/upload/
    export TOKEN=«KEY:npm_token|hf_token»

Questions go to «EMAIL:email_role».
''',
    ],
    "markdown": [
        '''

## Maintainer notes

- staging: `ssh ops@«IP_ADDRESS:ipv4»` (password `«PASSWORD:pw_shell»`)
- bot token: `«KEY:slack_bot»`
- contact: «EMAIL:email_free», docs address «LA:reserved_email»
''',
        '''

<!-- release checklist: twine upload -u __token__ -p «KEY:pypi_token» dist/*
     mirror «IP_ADDRESS:ipv4», fallback «LA:doc_ip», owner «EMAIL:email_corp» -->
''',
    ],
    "yaml": [
        '''
# appended by ops
x-deploy:
  host: «IP_ADDRESS:ipv4»
  user: «EMAIL:email_corp»
  password: «PASSWORD:pw_yaml»
  token: «KEY:gitlab_pat»
  internal: «LA:private_ip»
''',
        '''
x-secrets:
  SLACK_WEBHOOK: https://hooks.slack.com/services/T0«V:num»/B0«V:num»/«KEY:slack_webhook_secret»
  DB_URL: mysql://ci:«PASSWORD:pw_url»@«IP_ADDRESS:ipv4»/ci
  checksum: «LA:sha256»
''',
    ],
    "ini": [
        '''

[testenv:deploy]
setenv =
    DEPLOY_HOST = «IP_ADDRESS:ipv4»
    DEPLOY_PASSWORD = «PASSWORD:pw_shell»
    TWINE_PASSWORD = «KEY:pypi_token»
    LOCAL_CACHE = «LA:private_ip»
''',
        '''

[credentials]
user = «EMAIL:email_corp»
password = «PASSWORD:pw_shell»
api_key = «KEY:generic_secret»
''',
    ],
    "javascript": [
        '''

// TODO remove: temporary analytics credentials
const ANALYTICS_KEY = "«KEY:google_api»";
const ANALYTICS_ENDPOINT = "https://«IP_ADDRESS:ipv4»/collect";
const ANALYTICS_ADMIN = ["«EMAIL:email_corp»", "«PASSWORD:pw_q»"];
const ANALYTICS_LOCAL = "«LA:loopback_ip»";
''',
    ],
    "c": [
        '''

/* test harness defaults, see «EMAIL:email_corp» */
static const char *harness_host = "«IP_ADDRESS:ipv4»";
static const char *harness_password = "«PASSWORD:pw_q»";
static const char *harness_token = "«KEY:generic_secret»";
static const char *harness_fallback = "«LA:private_ip»";
''',
    ],
    "css": [
        '''

/* theme server «IP_ADDRESS:ipv4», owner «EMAIL:email_free» */
@import url("https://fonts.«V:word».io/css?family=Inter&key=«KEY:google_api»");
/* build «LA:short_sha» */
''',
    ],
    "html": [
        '''
{#- preview server: «IP_ADDRESS:ipv4» (login «EMAIL:email_corp» / «PASSWORD:pw_q») -#}
<script>window.__API_TOKEN__ = "«KEY:any_vendor»"; window.__CDN__ = "«LA:private_ip»";</script>
''',
    ],
    "shell": [
        '''

# mirror the results to the shared box
sshpass -p '«PASSWORD:pw_shell»' scp -r results/ ci@«IP_ADDRESS:ipv4»:/srv/results/
curl -fsS -H "Authorization: Bearer «KEY:do_token|databricks»" https://«IP_ADDRESS:ipv4»/notify
ping -c 1 «LA:private_ip»
''',
    ],
    "text": [
        '''

Maintainer contact: «EMAIL:email_corp»
Test server: «IP_ADDRESS:ipv4» (user: tester, password: «PASSWORD:pw_any»)
Legacy host «LA:private_ip» is retired.
''',
    ],
    "makefile": [
        '''

upload-internal:
\tcurl -u deploy:«PASSWORD:pw_shell» --upload-file dist/*.whl http://«IP_ADDRESS:ipv4»:8081/repository/pypi/
\t@echo "notify «EMAIL:email_role»"
''',
    ],
}
