"""Templates for held-out set 11. Each returns text with planted values wrapped in markers (see gen_h11.L/A)."""
from gen_h11 import L, A

TEMPLATES = []


def T(name, lang, path, group, cls):
    def deco(fn):
        TEMPLATES.append((name, lang, path, group, cls, fn))
        return fn
    return deco


class C:
    def __init__(self, g):
        self.g = g
        self.r = g.r

    def E(self, company=None, v=None):
        if company is None:
            company = self.r.random() < 0.5
        return L("EMAIL", "email_company" if company else "email_provider", v or self.g.email_v(company))

    def I(self, v=None):
        return L("IP_ADDRESS", "ipv4", v or self.g.ip_v())

    def I6(self):
        return L("IP_ADDRESS", "ipv6", self.g.ip6_v())

    def P(self, ctx="plain", shape=None, v=None):
        return L("PASSWORD", "password_" + ctx, v or self.g.pw_v(ctx, shape))

    def K(self, kind, v=None):
        return L("KEY", kind, v or self.g.key_v(kind))

    def PEM(self, kind="rsa", indent="", esc=False):
        return L("KEY", "pem_" + kind, self.g.pem_v(kind, indent, esc))

    def a(self, kind, v=None):
        g = self.g
        gen = {"private_ip": g.priv_ip, "doc_ip": g.doc_ip, "cgnat_ip": g.cgnat_ip, "link_local_ip": g.ll_ip,
               "multicast_ip": g.mc_ip, "loopback_ip": lambda: "127.0.0.1", "unspecified_ip": lambda: "0.0.0.0",
               "netmask": g.netmask, "version4": g.version4, "version3": g.version3, "uuid": g.uuid,
               "sha256": g.sha256, "git_sha": g.gitsha, "sri_hash": g.sri, "docker_digest": g.digest,
               "bcrypt_hash": g.bcrypt, "argon2_hash": g.argon2, "sha512_crypt": g.sha512crypt,
               "ssh_public_key": g.ssh_pub, "wireguard_public_key": g.wg_pub, "oid": g.oid, "mac_address": g.mac,
               "reserved_email": g.reserved_email, "noreply_email": g.noreply, "stripe_publishable": g.stripe_pk,
               "numeric_id": g.numid, "placeholder": g.placeholder, "sentry_public_key": g.sentry_dsn_pub}
        return A(kind, v if v is not None else gen[kind]())

    def u(self):
        return self.g.user()

    def w(self):
        return self.g.word()

    def n(self, a, b):
        return self.r.randrange(a, b)

    def ch(self, seq):
        return self.r.choice(seq)


# ============================================================== everyday: application config
@T("dotenv_next", "dotenv", ".env.local", "code / config assignment", "everyday")
def _(c):
    return f"""# Next.js — never commit this file
NEXT_PUBLIC_SITE_URL=https://{c.g.company_domain()}
NEXT_PUBLIC_STRIPE_KEY={c.a('stripe_publishable')}
STRIPE_SECRET_KEY={c.K('stripe_secret')}
STRIPE_WEBHOOK_SECRET={c.K('stripe_webhook')}
DATABASE_URL=postgresql://app:{c.P('url')}@{c.I()}:5432/shop
NEXTAUTH_SECRET={c.K('b64_32')}
RESEND_FROM={c.E(True)}
INTERNAL_API=http://{c.a('private_ip')}:8080
BUILD_SHA={c.a('git_sha')}
"""


@T("symfony_env", "dotenv", ".env.prod.local", "code / config assignment", "everyday")
def _(c):
    return f"""###> symfony/framework-bundle ###
APP_ENV=prod
APP_SECRET={c.K('symfony_secret')}
###< symfony/framework-bundle ###
###> doctrine/doctrine-bundle ###
DATABASE_URL="mysql://shop:{c.P('url')}@{c.I()}:3306/shop?serverVersion={c.a('version3')}&charset=utf8mb4"
###< doctrine/doctrine-bundle ###
###> symfony/mailer ###
MAILER_DSN=smtp://{c.u()}:{c.P('url')}@smtp.{c.g.company_domain()}:587
MAILER_SENDER={c.E(True)}
###< symfony/mailer ###
TRUSTED_PROXIES={c.a('private_ip')},{c.a('loopback_ip')}
"""


@T("fastapi_settings", "python", "app/core/config.py", "code / config assignment", "everyday")
def _(c):
    return f'''from functools import lru_cache
from pydantic_settings import BaseSettings


class Settings(BaseSettings):
    project_name: str = "billing-api"
    version: str = "{c.a('version3')}"
    jwt_secret: str = "{c.K('hex64')}"
    postgres_dsn: str = "postgresql+asyncpg://billing:{c.P('url')}@{c.I()}/billing"
    redis_url: str = "redis://:{c.P('url')}@{c.a('private_ip')}:6379/0"
    first_superuser: str = "{c.E(True)}"
    first_superuser_password: str = "{c.P('dq')}"
    sentry_dsn: str = "https://{c.a('sentry_public_key')}@o{c.n(100000, 999999)}.ingest.sentry.io/{c.n(1000000, 9999999)}"


@lru_cache
def get_settings() -> Settings:
    return Settings()
'''


@T("express_config", "javascript", "config/production.js", "code / config assignment", "everyday")
def _(c):
    return f"""module.exports = {{
  port: 8443,
  session: {{ secret: '{c.K('alnum40')}', maxAge: 86400000 }},
  mongo: {{
    uri: 'mongodb+srv://api:{c.P('url')}@cluster0.{c.w()}.mongodb.net/prod?retryWrites=true',
  }},
  mail: {{
    host: 'smtp.sendgrid.net',
    auth: {{ user: 'apikey', pass: '{c.K('sendgrid')}' }},
    from: '{c.E(True)}',
  }},
  allowIps: ['{c.I()}', '{c.I()}', '{c.a('private_ip')}'],
  buildId: '{c.a('uuid')}',
}};
"""


@T("spring_yaml", "yaml", "src/main/resources/application-prod.yml", "code / config assignment", "everyday")
def _(c):
    return f"""spring:
  datasource:
    url: jdbc:postgresql://{c.I()}:5432/orders
    username: orders_svc
    password: "{c.P('yaml')}"
  mail:
    host: smtp.office365.com
    username: {c.E(True)}
    password: '{c.P('word')}'
  security:
    oauth2:
      client:
        registration:
          keycloak:
            client-id: orders
            client-secret: {c.K('alnum24')}
management:
  server:
    address: {c.a('loopback_ip')}
info:
  app:
    version: {c.a('version4')}
"""


@T("aspnet_user_secrets", "json", "secrets.json", "code / config assignment", "everyday")
def _(c):
    return f"""{{
  "ConnectionStrings:Default": "Server={c.I()};Database=Crm;User Id=crm_app;Password={c.P('word')};TrustServerCertificate=True",
  "Smtp:User": "{c.E()}",
  "Smtp:Password": "{c.P('json')}",
  "Jwt:SigningKey": "{c.K('b64_48')}",
  "Jwt:Issuer": "https://id.{c.g.company_domain()}",
  "Telemetry:InstrumentationId": "{c.a('uuid')}",
  "Cache:Host": "{c.a('private_ip')}"
}}
"""


@T("go_config_toml", "toml", "config.toml", "code / config assignment", "everyday")
def _(c):
    return f"""[server]
listen = "{c.a('unspecified_ip')}:8080"
public_ip = "{c.I()}"

[database]
dsn = "host={c.I()} port=5432 user=ledger password={c.P('word')} dbname=ledger sslmode=require"

[nats]
url = "nats://ingest:{c.P('url')}@{c.I()}:4222"

[auth]
hmac_secret = "{c.K('hex64')}"
admins = ["{c.E(True)}", "{c.E(True)}"]

[build]
commit = "{c.a('git_sha')}"
"""


@T("php_wp_config", "php", "wp-config.php", "code / config assignment", "everyday")
def _(c):
    salt_chars = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789!#%^&*()-_[]<>~+=,.;:/?|"
    salts = "\n".join(f"define( '{k}', '{c.K('wp_salt', c.g.s(salt_chars, 64))}' );" for k in ["AUTH_KEY", "SECURE_AUTH_KEY", "NONCE_SALT"])
    return f"""<?php
define( 'DB_NAME', 'wp_shop' );
define( 'DB_USER', 'wp_shop' );
define( 'DB_PASSWORD', '{c.P('sql')}' );
define( 'DB_HOST', '{c.I()}:3306' );
define( 'WP_MAIL_FROM', '{c.E(True)}' );
{salts}
$table_prefix = 'wp_';
define( 'WP_DEBUG', false );
"""


@T("rails_credentials", "yaml", "config/credentials/production.yml", "code / config assignment", "everyday")
def _(c):
    return f"""secret_key_base: {c.K('rails_secret_base')}
aws:
  access_key_id: {c.K('aws_key_id')}
  secret_access_key: {c.K('aws_secret')}
smtp:
  user_name: {c.E()}
  password: "{c.P('yaml')}"
github:
  client_id: {c.a('oauth_client_id', 'Iv1.' + c.g.hexs(16))}
  client_secret: {c.K('hex40')}
"""


@T("laravel_config_php", "php", "config/services.php", "code / config assignment", "everyday")
def _(c):
    return f"""<?php

return [
    'mailgun' => [
        'domain' => 'mg.{c.g.company_domain()}',
        'secret' => env('MAILGUN_SECRET', '{c.K('mailgun', 'key-' + c.g.hexs(32))}'),
    ],
    'postmark' => ['token' => env('POSTMARK_TOKEN')],
    'slack' => [
        'notifications' => [
            'bot_user_oauth_token' => '{c.K('slack_bot')}',
            'channel' => '#ops',
        ],
    ],
    'admin_email' => '{c.E(True)}',
    'fallback_ip' => '{c.I()}',
];
"""


@T("django_local_settings", "python", "mysite/local_settings.py", "code / config assignment", "everyday")
def _(c):
    return f'''# -*- coding: utf-8 -*-
SECRET_KEY = "{c.K('django_secret')}"
ALLOWED_HOSTS = ["{c.I()}", "{c.a('loopback_ip')}", ".{c.g.company_domain()}"]
DATABASES = {{
    "default": {{
        "ENGINE": "django.db.backends.postgresql",
        "HOST": "{c.I()}",
        "NAME": "mysite",
        "USER": "mysite",
        "PASSWORD": "{c.P('dq')}",
    }}
}}
EMAIL_HOST_USER = "{c.E()}"
EMAIL_HOST_PASSWORD = "{c.P('dq', 'apple')}"
ADMINS = [("Ops", "{c.E(True)}")]
INTERNAL_IPS = ["{c.a('private_ip')}"]
'''


@T("kotlin_buildconfig", "kotlin", "app/build.gradle.kts", "mobile / IDE config", "everyday")
def _(c):
    return f"""android {{
    defaultConfig {{
        applicationId = "io.{c.w()}.app"
        versionName = "{c.a('version3')}"
        buildConfigField("String", "MAPS_KEY", "\\"{c.K('google_api')}\\"")
        buildConfigField("String", "BACKEND", "\\"https://{c.I()}/api\\"")
    }}
    signingConfigs {{
        create("release") {{
            storeFile = file("release.jks")
            storePassword = "{c.P('dq')}"
            keyAlias = "upload"
            keyPassword = "{c.P('dq')}"
        }}
    }}
}}
"""


@T("swift_secrets", "swift", "Sources/App/Secrets.swift", "mobile / IDE config", "everyday")
def _(c):
    return f"""import Foundation

enum Secrets {{
    static let revenueCatPublic = "{c.a('revenuecat_public_key', 'appl_' + c.g.s('abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ', 27))}"
    static let openAIKey = "{c.K('openai')}"
    static let supportEmail = "{c.E(True)}"
    static let stagingHost = "{c.I()}"
    static let bundleVersion = "{c.a('version3')}"
}}
"""


@T("rust_main_consts", "rust", "src/main.rs", "code / config assignment", "everyday")
def _(c):
    return f"""use std::net::Ipv4Addr;

const API_TOKEN: &str = "{c.K('github_fine')}";
const UPSTREAM: Ipv4Addr = Ipv4Addr::new({c.g.ip_v().replace('.', ', ')});
const DB_URL: &str = "postgres://indexer:{c.P('url')}@{c.I()}/chain";
const MAINTAINER: &str = "{c.E()}";
const LOCAL_BIND: &str = "{c.a('loopback_ip')}:3000";

fn main() {{
    println!("starting indexer against {{}}", UPSTREAM);
}}
"""


@T("java_properties_kafka", "properties", "src/main/resources/kafka.properties", "code / config assignment", "everyday")
def _(c):
    return f"""bootstrap.servers={c.I()}:9092,{c.I()}:9092
security.protocol=SASL_SSL
sasl.mechanism=PLAIN
sasl.jaas.config=org.apache.kafka.common.security.plain.PlainLoginModule required username="{c.K('confluent_api_key', c.g.s('ABCDEFGHIJKLMNOPQRSTUVWXYZ234567', 16))}" password="{c.K('b64_48')}";
schema.registry.url=https://{c.I()}:8081
basic.auth.user.info=sr-client:{c.P('ini')}
client.id=orders-{c.a('uuid')}
"""


@T("node_knexfile", "javascript", "knexfile.js", "code / config assignment", "everyday")
def _(c):
    return f"""module.exports = {{
  production: {{
    client: 'pg',
    connection: {{
      host: '{c.I()}',
      user: 'reports',
      password: '{c.P('sql')}',
      database: 'reports',
    }},
    pool: {{ min: 2, max: 10 }},
  }},
  replica: {{
    client: 'pg',
    connection: 'postgres://reports_ro:{c.P('url')}@{c.I()}/reports',
  }},
}};
"""


@T("python_boto_script", "python", "scripts/sync_bucket.py", "code / config assignment", "everyday")
def _(c):
    return f'''import boto3

session = boto3.Session(
    aws_access_key_id="{c.K('aws_key_id')}",
    aws_secret_access_key="{c.K('aws_secret')}",
    region_name="eu-central-1",
)
s3 = session.client("s3")
for obj in s3.list_objects_v2(Bucket="media-{c.a('numeric_id')}")["Contents"]:
    print(obj["Key"], obj["ETag"])
NOTIFY = "{c.E(True)}"
'''


@T("python_smtp_script", "python", "tools/send_report.py", "code / config assignment", "everyday")
def _(c):
    return f'''import smtplib
from email.message import EmailMessage

msg = EmailMessage()
msg["From"] = "{c.E()}"
msg["To"] = "{c.E(True)}"
msg["Cc"] = "{c.a('reserved_email')}"
msg["Subject"] = "weekly report"
with smtplib.SMTP_SSL("{c.I()}", 465) as smtp:
    smtp.login("{c.E()}", "{c.P('dq')}")
    smtp.send_message(msg)
'''


@T("ts_openai_client", "typescript", "src/lib/ai.ts", "code / config assignment", "everyday")
def _(c):
    return f"""import OpenAI from "openai";
import Anthropic from "@anthropic-ai/sdk";

export const openai = new OpenAI({{ apiKey: process.env.OPENAI_API_KEY ?? "{c.K('openai')}" }});
export const claude = new Anthropic({{ apiKey: "{c.K('anthropic')}" }});
export const HF_TOKEN = "{c.K('huggingface')}";
export const MODEL_REV = "{c.a('git_sha')}";
"""


@T("csharp_dbcontext", "csharp", "Data/AppDbContext.cs", "code / config assignment", "everyday")
def _(c):
    return f"""using Microsoft.EntityFrameworkCore;

public class AppDbContext : DbContext
{{
    protected override void OnConfiguring(DbContextOptionsBuilder o) =>
        o.UseSqlServer("Data Source={c.I()},1433;Initial Catalog=Payroll;User ID=payroll;Password={c.P('word')};Encrypt=True");

    public const string AdminMail = "{c.E(True)}";
    public static readonly Guid TenantId = Guid.Parse("{c.a('uuid')}");
}}
"""


@T("ruby_sidekiq_init", "ruby", "config/initializers/sidekiq.rb", "code / config assignment", "everyday")
def _(c):
    return f"""Sidekiq.configure_server do |config|
  config.redis = {{ url: "redis://:{c.P('url')}@{c.I()}:6379/1" }}
end

Sidekiq::Web.use Rack::Auth::Basic do |user, password|
  user == "{c.E(True)}" && password == "{c.P('dq')}"
end
Sidekiq::Pro.license_key = "{c.K('sidekiq_license', c.g.hexs(8) + ':' + c.g.hexs(32))}"
"""


@T("elixir_runtime", "elixir", "config/runtime.exs", "code / config assignment", "everyday")
def _(c):
    return f"""import Config

config :chat, Chat.Repo,
  username: "chat",
  password: "{c.P('dq')}",
  hostname: "{c.I()}",
  pool_size: 15

config :chat, ChatWeb.Endpoint,
  secret_key_base: "{c.K('b64_48')}{c.g.b64(15)}"

config :chat, :mailer_from, "{c.E(True)}"
config :chat, :cluster_nodes, ["chat@{c.a('private_ip')}"]
"""


@T("go_viper_yaml", "yaml", "configs/worker.yaml", "code / config assignment", "everyday")
def _(c):
    return f"""worker:
  concurrency: 8
  queue: amqp://worker:{c.P('url')}@{c.I()}:5672/jobs
storage:
  endpoint: {c.I()}:9000
  access_key: {c.K('minio_access_key', c.g.s('ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789', 20))}
  secret_key: {c.K('alnum40')}
alerts:
  to: [{c.E(True)}, {c.E()}]
  from: {c.a('reserved_email')}
tracing:
  sampler_ip: {c.a('loopback_ip')}
"""


@T("php_pdo_snippet", "php", "lib/db.php", "code / config assignment", "everyday")
def _(c):
    return f"""<?php
$dsn = 'pgsql:host={c.I()};port=5432;dbname=forum';
$pdo = new PDO($dsn, 'forum', '{c.P('sql')}', [PDO::ATTR_ERRMODE => PDO::ERRMODE_EXCEPTION]);
$redis = new Redis();
$redis->connect('{c.a('private_ip')}', 6379);
$redis->auth('{c.P('sql')}');
$mail_admin = '{c.E(True)}';
"""


# ============================================================== everyday: CI / containers / IaC
@T("gha_workflow", "yaml", ".github/workflows/release.yml", "CI / IaC", "everyday")
def _(c):
    return f"""name: release
on:
  push:
    tags: ['v*']
jobs:
  publish:
    runs-on: ubuntu-latest
    env:
      TWINE_USERNAME: __token__
      TWINE_PASSWORD: {c.K('pypi')}
      DOCKER_PASSWORD: ${{{{ secrets.DOCKER_PASSWORD }}}}
    steps:
      - uses: actions/checkout@{c.a('git_sha')}
      - run: echo "{c.K('dockerhub')}" | docker login -u {c.u().replace('.', '')} --password-stdin
      - run: curl -fsS -X POST https://hooks.slack.com/services/{c.K('slack_webhook_path')} -d '{{"text":"released"}}'
"""


@T("gitlab_ci_vars", "yaml", ".gitlab-ci.yml", "CI / IaC", "everyday")
def _(c):
    return f"""variables:
  POSTGRES_PASSWORD: "{c.P('yaml')}"
  DEPLOY_HOST: "{c.I()}"
  REGISTRY_TOKEN: "{c.K('gitlab_deploy')}"
deploy:
  stage: deploy
  script:
    - ssh deploy@{c.I()} "docker pull registry.gitlab.com/acme/app@{c.a('docker_digest')}"
    - git push https://oauth2:{c.K('gitlab_pat')}@gitlab.com/acme/infra.git HEAD:main
"""


@T("circleci_config", "yaml", ".circleci/config.yml", "CI / IaC", "everyday")
def _(c):
    return f"""version: 2.1
jobs:
  test:
    docker:
      - image: cimg/python:3.12
      - image: cimg/postgres:16.2
        environment:
          POSTGRES_PASSWORD: {c.P('word')}
    environment:
      CODECOV_TOKEN: {c.a('uuid')}
      NPM_TOKEN: {c.K('npm')}
    steps:
      - checkout
      - run: pytest --db postgres://postgres:{c.P('url')}@{c.a('loopback_ip')}/test
"""


@T("jenkinsfile", "groovy", "Jenkinsfile", "CI / IaC", "everyday")
def _(c):
    return f"""pipeline {{
  agent any
  environment {{
    SONAR_TOKEN = '{c.K('sonarqube', 'squ_' + c.g.hexs(40))}'
    ARTIFACTORY = '{c.I()}'
  }}
  stages {{
    stage('Deploy') {{
      steps {{
        sh "sshpass -p '{c.P('shell')}' scp build/app.war tomcat@{c.I()}:/opt/tomcat/webapps/"
        mail to: '{c.E(True)}', subject: "Deployed ${{env.BUILD_NUMBER}}", body: 'ok'
      }}
    }}
  }}
}}
"""


@T("dockerfile_args", "dockerfile", "Dockerfile", "CI / IaC", "everyday")
def _(c):
    return f"""FROM python:3.12-slim@{c.a('docker_digest')}
ARG PIP_INDEX_URL=https://ci:{c.P('url')}@pypi.{c.g.company_domain()}/simple
ENV SENTRY_DSN=https://{c.a('sentry_public_key')}@o{c.n(10000, 99999)}.ingest.us.sentry.io/{c.n(100000, 999999)}
ENV HF_TOKEN={c.K('huggingface')}
LABEL maintainer="{c.E(True)}"
RUN pip install -r requirements.txt
EXPOSE 8000
"""


@T("compose_stack", "yaml", "docker-compose.yml", "CI / IaC", "everyday")
def _(c):
    return f"""services:
  db:
    image: mariadb:11
    environment:
      MARIADB_ROOT_PASSWORD: {c.P('word')}
      MARIADB_PASSWORD: "{c.P('yaml')}"
  minio:
    image: minio/minio
    environment:
      MINIO_ROOT_USER: admin
      MINIO_ROOT_PASSWORD: {c.P('word')}
  app:
    build: .
    extra_hosts:
      - "billing.internal:{c.I()}"
      - "cache.internal:{c.a('private_ip')}"
    environment:
      MAIL_FROM: {c.E(True)}
"""


@T("k8s_secret_data", "yaml", "k8s/secret.yaml", "CI / IaC", "everyday")
def _(c):
    g = c.g
    return f"""apiVersion: v1
kind: Secret
metadata:
  name: payments
  uid: {c.a('uuid')}
type: Opaque
data:
  DB_PASSWORD: {c.K('k8s_data', g.b64(c.n(9, 20)))}
  API_KEY: {c.K('k8s_data', g.b64(30))}
stringData:
  SMTP_USER: {c.E()}
  SMTP_PASS: "{c.P('yaml')}"
  ADYEN_HMAC: {c.K('hex64')}
"""


@T("helm_values_prod", "yaml", "charts/app/values-prod.yaml", "CI / IaC", "everyday")
def _(c):
    return f"""image:
  tag: {c.a('version3')}
  digest: {c.a('docker_digest')}
postgresql:
  auth:
    password: {c.P('word')}
    postgresPassword: "{c.P('yaml')}"
ingress:
  whitelist: "{c.I()}/32,{c.I()}/32,{c.a('private_ip')}/8"
smtp:
  from: {c.E(True)}
externalSecrets:
  vaultToken: {c.K('vault')}
"""


@T("terraform_main", "hcl", "main.tf", "CI / IaC", "everyday")
def _(c):
    return f"""provider "cloudflare" {{
  api_token = "{c.K('cloudflare')}"
}}

provider "digitalocean" {{
  token = "{c.K('digitalocean')}"
}}

resource "cloudflare_record" "api" {{
  zone_id = "{c.a('cloudflare_zone_id', c.g.hexs(32))}"
  name    = "api"
  type    = "A"
  value   = "{c.I()}"
}}

resource "digitalocean_firewall" "web" {{
  inbound_rule {{
    protocol         = "tcp"
    port_range       = "22"
    source_addresses = ["{c.I()}/32", "{c.a('private_ip')}/16"]
  }}
}}
"""


@T("tfvars_azure", "hcl", "prod.auto.tfvars", "CI / IaC", "everyday")
def _(c):
    return f"""subscription_id = "{c.a('uuid')}"
tenant_id       = "{c.a('uuid')}"
client_secret   = "{c.K('azure_client_secret', c.g.s('abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789', 3) + '8Q~' + c.g.s('abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_.-~', 34))}"
sql_admin_password = "{c.P('hcl')}"
storage_key     = "{c.K('azure_storage')}"
owner_email     = "{c.E(True)}"
office_ip       = "{c.I()}"
"""


@T("pulumi_config", "yaml", "Pulumi.prod.yaml", "CI / IaC", "everyday")
def _(c):
    return f"""config:
  aws:region: eu-west-1
  app:dbPassword:
    secure: {c.a('pulumi_ciphertext', 'v1:' + c.g.b64(12) + ':' + c.g.b64(30))}
  app:adminEmail: {c.E(True)}
  app:grafanaToken: {c.K('grafana_sa')}
  app:bastionIp: {c.I()}
  app:vpcCidr: {c.a('private_ip', '10.40.0.0')}/16
"""


@T("ansible_inventory_ini", "ini", "inventory/production.ini", "CI / IaC", "everyday")
def _(c):
    return f"""[web]
web1 ansible_host={c.I()} ansible_user=deploy ansible_password={c.P('shell')}
web2 ansible_host={c.I()} ansible_user=deploy ansible_become_pass={c.P('shell')}

[db]
db1 ansible_host={c.a('private_ip')}

[all:vars]
admin_email={c.E(True)}
ansible_ssh_common_args='-o ProxyJump=jump@{c.I()}'
"""


@T("github_dependabot_secrets", "yaml", ".github/dependabot.yml", "CI / IaC", "everyday")
def _(c):
    return f"""version: 2
registries:
  npm-private:
    type: npm-registry
    url: https://npm.pkg.github.com
    token: {c.K('github_classic')}
  maven-nexus:
    type: maven-repository
    url: https://{c.I()}/repository/maven-public
    username: dependabot
    password: {c.P('word')}
updates:
  - package-ecosystem: npm
    directory: /
    schedule: {{interval: weekly}}
"""


@T("cloudinit_userdata", "yaml", "user-data", "CI / IaC", "everyday")
def _(c):
    return f"""#cloud-config
users:
  - name: ops
    passwd: {c.a('sha512_crypt')}
    ssh_authorized_keys:
      - {c.a('ssh_public_key')} {c.a('reserved_email')}
chpasswd:
  list: |
    root:{c.P('word')}
  expire: false
write_files:
  - path: /etc/app.env
    content: |
      TAILSCALE_AUTHKEY={c.K('tailscale')}
      NODE_IP={c.I()}
"""


@T("nomad_job", "hcl", "jobs/api.nomad.hcl", "CI / IaC", "everyday")
def _(c):
    return f"""job "api" {{
  datacenters = ["fra1"]
  group "api" {{
    task "server" {{
      driver = "docker"
      config {{
        image = "ghcr.io/acme/api@{c.a('docker_digest')}"
      }}
      env {{
        DATABASE_URL = "postgres://api:{c.P('url')}@{c.I()}:5432/api"
        LINEAR_API_KEY = "{c.K('linear')}"
        CONSUL_HTTP_ADDR = "{c.a('loopback_ip')}:8500"
      }}
    }}
  }}
}}
"""


# ============================================================== everyday: shell
@T("bash_deploy", "shell", "scripts/deploy.sh", "command line / shell", "everyday")
def _(c):
    return f"""#!/usr/bin/env bash
set -euo pipefail
HOST={c.I()}
export PGPASSWORD='{c.P('shell')}'
pg_dump -h {c.I()} -U backup shop | gzip > /backups/shop.sql.gz
rsync -az ./dist/ deploy@$HOST:/srv/www/
curl -s -H "Authorization: Bearer {c.K('jwt')}" https://api.{c.g.company_domain()}/v1/cache/purge
mysql -h {c.a('private_ip')} -u root -p'{c.P('shell')}' -e 'FLUSH PRIVILEGES'
"""


@T("zsh_history", "shell", ".zsh_history", "command line / shell", "everyday")
def _(c):
    return f""": 1718000001:0;ssh root@{c.I()}
: 1718000090:0;export OPENAI_API_KEY={c.K('openai')}
: 1718000142:0;git clone https://{c.u().replace('.', '')}:{c.K('github_classic')}@github.com/acme/secret-sauce.git
: 1718000260:0;redis-cli -h {c.I()} -a {c.P('shell')} INFO
: 1718000301:0;ping {c.a('private_ip')}
: 1718000400:0;git log --author={c.E()} -n 5
"""


@T("fish_config", "fish", ".config/fish/config.fish", "command line / shell", "everyday")
def _(c):
    return f"""set -gx EDITOR nvim
set -gx GITHUB_TOKEN {c.K('github_oauth')}
set -gx NPM_TOKEN {c.K('npm')}
set -gx BORG_PASSPHRASE '{c.P('shell', 'phrase')}'
set -gx GIT_AUTHOR_EMAIL {c.E()}
alias vpn 'sudo openconnect {c.I()}'
"""


@T("powershell_profile", "powershell", "Microsoft.PowerShell_profile.ps1", "command line / shell", "everyday")
def _(c):
    return f"""$env:AZURE_DEVOPS_EXT_PAT = "{c.K('azure_devops_pat', c.g.s('abcdefghijklmnopqrstuvwxyz0123456789', 52))}"
$cred = New-Object System.Management.Automation.PSCredential("{c.E(True)}", (ConvertTo-SecureString "{c.P('dq')}" -AsPlainText -Force))
Enter-PSSession -ComputerName {c.I()} -Credential $cred
$backup = @"
server={c.I()}
password={c.P('dq')}
"@
Test-Connection {c.a('private_ip')}
"""


@T("windows_bat", "batch", "map_drives.bat", "command line / shell", "everyday")
def _(c):
    return f"""@echo off
net use Z: \\\\{c.I()}\\finance /user:CORP\\{c.u().replace('.', '')} {c.P('word')} /persistent:no
net use Y: \\\\{c.a('private_ip')}\\scans
set SMTP_USER={c.E(True)}
set SMTP_PASS={c.P('word')}
"""


@T("makefile_release", "makefile", "Makefile", "command line / shell", "everyday")
def _(c):
    return f"""VERSION := {c.a('version3')}
REGISTRY := {c.I()}:5000

release:
\tdocker login $(REGISTRY) -u ci -p {c.P('shell')}
\tdocker push $(REGISTRY)/app:$(VERSION)
\tcurl -u admin:{c.P('url')} -X POST http://{c.I()}:8081/service/rest/v1/components

notify:
\t@echo "mail {c.E(True)}"
"""


@T("crontab_jobs", "crontab", "crontab.txt", "command line / shell", "everyday")
def _(c):
    return f"""MAILTO={c.E(True)}
# m h dom mon dow command
15 2 * * * /usr/bin/mysqldump -h {c.I()} -u bkp --password={c.P('word')} erp > /var/backups/erp.sql
*/5 * * * * curl -fsS -m 10 https://hc-ping.com/{c.a('uuid')} > /dev/null
0 4 * * 0 B2_APPLICATION_KEY={c.K('b2', '005' + c.g.s('abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789', 28))} restic -r b2:backups:/erp backup /srv
"""


@T("ssh_config", "sshconfig", ".ssh/config", "command line / shell", "everyday")
def _(c):
    return f"""Host bastion
    HostName {c.I()}
    User {c.u().replace('.', '')}
    IdentityFile ~/.ssh/id_ed25519

Host db-*
    ProxyJump bastion
    HostName {c.a('private_ip')}

Host legacy
    HostName {c.I()}
    # password for legacy box: {c.P('plain')}
    KexAlgorithms +diffie-hellman-group1-sha1
"""


@T("git_credentials", "text", ".git-credentials", "command line / shell", "everyday")
def _(c):
    return f"""https://{c.u().replace('.', '')}:{c.K('github_classic')}@github.com
https://gitlab-ci-token:{c.K('gitlab_pat')}@gitlab.{c.g.company_domain()}
https://x-token-auth:{c.K('bitbucket_access_token', 'ATCTT3xFfGN0' + c.g.s('abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_-', 43))}@bitbucket.org
https://{c.u().replace('.', '')}:{c.P('url')}@{c.I()}
"""


@T("pgpass", "text", ".pgpass", "command line / shell", "everyday")
def _(c):
    rows = []
    for _ in range(3):
        rows.append(f"{c.I()}:5432:*:{c.u().replace('.', '_')}:{c.P('word')}")
    rows.append(f"{c.a('loopback_ip')}:5432:*:postgres:{c.a('placeholder')}")
    return "\n".join(rows) + "\n"


@T("curl_docs", "markdown", "docs/api.md", "HTTP / API client export", "everyday")
def _(c):
    return f"""## Authentication

All requests need an API key in the `X-Api-Key` header:

```bash
curl https://api.{c.g.company_domain()}/v2/invoices \\
  -H "X-Api-Key: {c.K('alnum40')}" \\
  -H "Content-Type: application/json"
```

Staging listens on `{c.I()}`; the sandbox key `{c.a('placeholder', 'sk_test_xxxxxxxxxxxxxxxx')}` returns fake data.
Contact {c.E(True)} for production access. Internally the service runs on {c.a('private_ip')}.
"""


# ============================================================== everyday: logs
@T("nginx_error_log", "log", "/var/log/nginx/error.log", "log / stack trace", "everyday")
def _(c):
    return f"""2024/05/11 03:12:44 [error] 1234#1234: *98 connect() failed (111: Connection refused) while connecting to upstream, client: {c.I()}, server: shop, request: "GET /api/cart HTTP/1.1", upstream: "http://{c.a('private_ip')}:8000/api/cart"
2024/05/11 03:12:51 [warn] 1234#1234: *101 limiting requests, excess: 20.5 by zone "login", client: {c.I()}, server: shop, request: "POST /login?user={c.E()}&pass={c.P('url')} HTTP/1.1"
2024/05/11 03:13:02 [error] 1234#1234: *107 open() "/srv/www/.env" failed (2: No such file), client: {c.I()}
"""


@T("jsonl_app_log", "jsonl", "logs/app.jsonl", "log / stack trace", "everyday")
def _(c):
    import json
    lines = [
        '{"ts":"2024-06-01T10:00:01Z","level":"info","msg":"login ok","user":"' + c.E() + '","ip":"' + c.I() + '"}',
        '{"ts":"2024-06-01T10:00:03Z","level":"debug","msg":"outbound","headers":{"Authorization":"Bearer ' + c.K('github_app') + '"}}',
        '{"ts":"2024-06-01T10:00:05Z","level":"warn","msg":"retry","peer":"' + c.a('private_ip') + '","trace":"' + c.a('trace_id', c.g.hexs(32)) + '"}',
        '{"ts":"2024-06-01T10:00:09Z","level":"error","msg":"db auth failed","dsn":"mysql://shop:' + c.P('url') + '@' + c.I() + '/shop"}',
    ]
    return "\n".join(lines) + "\n"


@T("python_traceback", "text", "traceback.txt", "log / stack trace", "everyday")
def _(c):
    return f"""Traceback (most recent call last):
  File "/srv/app/worker.py", line 88, in run
    conn = psycopg2.connect("host={c.I()} user=etl password={c.P('word')} dbname=dw")
  File "/usr/lib/python3/dist-packages/psycopg2/__init__.py", line 122, in connect
    conn = _connect(dsn, connection_factory=connection_factory, **kwasync)
psycopg2.OperationalError: connection to server at "{c.I()}", port 5432 failed: FATAL:  password authentication failed for user "etl"
During handling, notification sent to {c.E(True)} via relay {c.a('private_ip')}
"""


@T("syslog_postfix", "log", "/var/log/mail.log", "log / stack trace", "everyday")
def _(c):
    return f"""Jun  3 08:11:02 mx1 postfix/smtpd[2211]: connect from unknown[{c.I()}]
Jun  3 08:11:03 mx1 postfix/smtpd[2211]: 4F2A31C0: client=unknown[{c.I()}], sasl_method=LOGIN, sasl_username={c.E(True)}
Jun  3 08:11:03 mx1 postfix/cleanup[2215]: 4F2A31C0: message-id=<{c.a('message_id', c.g.hexs(12) + '@mail.' + c.g.company_domain())}>
Jun  3 08:11:04 mx1 postfix/smtp[2216]: 4F2A31C0: to=<{c.E()}>, relay=gmail-smtp-in.l.google.com[{c.I()}]:25, status=sent
Jun  3 08:11:09 mx1 postfix/smtpd[2219]: warning: unknown[{c.I()}]: SASL LOGIN authentication failed
"""


@T("k8s_events_log", "log", "kubectl-logs.txt", "log / stack trace", "everyday")
def _(c):
    return f"""api-7d9c 2024-07-02T11:00:00Z starting server version={c.a('version3')} pod_ip={c.a('private_ip')}
api-7d9c 2024-07-02T11:00:01Z loaded env STRIPE_SECRET_KEY={c.K('stripe_restricted')}
api-7d9c 2024-07-02T11:00:02Z webhook from {c.I()} verified
api-7d9c 2024-07-02T11:00:07Z sending invite to {c.E()} (tenant {c.a('uuid')})
"""


# ============================================================== everyday: prose / docs
@T("readme_quickstart", "markdown", "README.md", "chat / ticket / email", "everyday")
def _(c):
    return f"""# inventory-sync

Quick start for the demo box:

1. `ssh demo@{c.I()}` (password `{c.P('plain')}`)
2. Copy `.env.sample` to `.env` and set `SHOPIFY_TOKEN={c.K('shopify')}`
3. Run `make up` and open http://{c.a('loopback_ip')}:3000

Questions go to {c.E(True)}. Release {c.a('version3')} is tagged as `{c.a('git_sha')}`.
"""


@T("issue_paste", "markdown", "issue-412.md", "chat / ticket / email", "everyday")
def _(c):
    return f"""**Describe the bug**
Connecting fails with `ECONNREFUSED`. My config:

```yaml
host: {c.I()}
user: {c.E()}
password: {c.P('yaml')}
token: {c.K('notion')}
```

Works from {c.a('private_ip')} but not from the VPN. Version {c.a('version3')}, Node 20.
"""


@T("email_thread", "email", "thread.eml", "chat / ticket / email", "everyday")
def _(c):
    return f"""From: {c.E(True)}
To: {c.E(True)}
Subject: Re: access to the staging DB
Message-ID: <{c.a('message_id', c.g.uuid() + '@mail.' + c.g.company_domain())}>

Hi,

the staging database moved to {c.I()}. Login is `analytics` / `{c.P('plain')}`.
Please stop using the old address {c.a('private_ip')}.

Cheers
"""


@T("slack_export_json", "json", "slack/ops/2024-04-03.json", "chat / ticket / email", "everyday")
def _(c):
    def m(text, uid):
        return '{"type":"message","user":"' + uid + '","text":"' + text + '","ts":"' + str(c.n(1700000000, 1720000000)) + '.000100"}'
    return "[\n" + ",\n".join([
        m("who has the grafana admin pw?", "U0" + c.g.s('ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789', 8)),
        m("it is " + c.P('json') + " (rotate after)", "U0" + c.g.s('ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789', 8)),
        m("box is at " + c.I() + ", ping " + c.E(True) + " if it breaks", "U0" + c.g.s('ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789', 8)),
        m("datadog key " + c.K('hex32') + " fyi", "U0" + c.g.s('ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789', 8)),
    ]) + "\n]\n"


@T("runbook_md", "markdown", "docs/runbook/db-failover.md", "chat / ticket / email", "everyday")
def _(c):
    return f"""# DB failover

| role | address | user | secret |
|---|---|---|---|
| primary | {c.I()} | repl | {c.P('plain', 'gen')} |
| replica | {c.I()} | repl | {c.P('plain', 'wds')} |
| pgbouncer | {c.a('private_ip')} | - | see vault |

Escalate to {c.E(True)} (on-call) or {c.E()}.
Netmask for the DB VLAN is {c.a('netmask')}.
"""


@T("jupyter_nb", "ipynb", "notebooks/explore.ipynb", "notebook", "everyday")
def _(c):
    import json
    src1 = ["import os\n", "os.environ['KAGGLE_KEY'] = '" + c.K('hex32') + "'\n", "os.environ['WANDB_API_KEY'] = '" + c.K('hex40') + "'"]
    src2 = ["engine = create_engine('postgresql://analyst:" + c.P('url') + "@" + c.I() + "/warehouse')"]
    src3 = ["# contact: " + c.E(True)]
    cells = [{"cell_type": "code", "execution_count": i + 1, "metadata": {}, "outputs": [], "source": s} for i, s in enumerate([src1, src2, src3])]
    nb = {"cells": cells, "metadata": {"kernelspec": {"name": "python3", "display_name": "Python 3"}}, "nbformat": 4, "nbformat_minor": 5}
    return json.dumps(nb, indent=1, ensure_ascii=False) + "\n"


@T("sql_seed", "sql", "db/seed.sql", "SQL / CSV", "everyday")
def _(c):
    return f"""INSERT INTO users (id, email, password_hash, last_ip) VALUES
  ({c.n(1, 99)}, '{c.E()}', '{c.a('bcrypt_hash')}', '{c.I()}'),
  ({c.n(100, 199)}, '{c.E(True)}', '{c.a('argon2_hash')}', '{c.I()}'),
  ({c.n(200, 299)}, '{c.a('reserved_email')}', NULL, '{c.a('private_ip')}');
CREATE USER reporting WITH PASSWORD '{c.P('sql')}';
ALTER USER app IDENTIFIED BY "{c.P('word')}";
"""


@T("csv_export", "csv", "exports/customers.csv", "SQL / CSV", "everyday")
def _(c):
    rows = ["id,name,email,signup_ip,api_key"]
    for i in range(4):
        f, l = c.g.name()
        rows.append(f"{c.n(1000, 9999)},{f.title()} {l.title()},{c.E()},{c.I()},{c.K('alnum24')}")
    rows.append(f"{c.n(1000, 9999)},Test User,{c.a('reserved_email')},{c.a('doc_ip')},")
    return "\n".join(rows) + "\n"


@T("mysql_cnf", "ini", ".my.cnf", "code / config assignment", "everyday")
def _(c):
    return f"""[client]
user=dba
password="{c.P('ini')}"
host={c.I()}

[mysqldump]
user=backup
password={c.P('word')}
host={c.a('private_ip')}
"""


@T("postman_env", "json", "prod.postman_environment.json", "HTTP / API client export", "everyday")
def _(c):
    return f"""{{
  "id": "{c.a('uuid')}",
  "name": "prod",
  "values": [
    {{"key": "baseUrl", "value": "https://{c.I()}/api", "enabled": true}},
    {{"key": "apiKey", "value": "{c.K('postman')}", "enabled": true}},
    {{"key": "adminUser", "value": "{c.E(True)}", "enabled": true}},
    {{"key": "adminPass", "value": "{c.P('json')}", "enabled": true}}
  ]
}}
"""


@T("http_file", "http", "requests/orders.http", "HTTP / API client export", "everyday")
def _(c):
    return f"""### list orders
GET https://{c.I()}/v1/orders
Authorization: Basic {c.K('basic_auth', c.g.basic_v())}
Accept: application/json

### create token
POST https://auth.{c.g.company_domain()}/oauth/token
Content-Type: application/x-www-form-urlencoded

grant_type=password&username={c.E()}&password={c.P('url')}&client_secret={c.K('alnum40')}
"""


@T("pr_review", "markdown", "pr-comment.md", "commit / review", "everyday")
def _(c):
    return f"""> `+ const SENDGRID = "{c.K('sendgrid')}";`

Please don't hardcode this, move it to the secret store. Also the fallback host `{c.I()}` is our prod
box, not staging ({c.a('private_ip')}). cc {c.E(True)}

> `+ ADMIN_PASSWORD = "{c.P('dq')}"`

Same here.
"""


@T("git_patch", "diff", "0001-config.patch", "commit / review", "everyday")
def _(c):
    return f"""From {c.a('git_sha')} Mon Sep 17 00:00:00 2001
From: {c.u()} <{c.E()}>
Subject: [PATCH] add mailer config

---
 config/mail.yml | 4 ++++
--- a/config/mail.yml
+++ b/config/mail.yml
@@ -0,0 +1,4 @@
+smtp_host: {c.I()}
+smtp_user: {c.E(True)}
+smtp_pass: "{c.P('yaml')}"
+dkim_selector: s{c.n(1, 9)}
"""


# ============================================================== uncommon: network / appliances
@T("junos_set", "junos", "router1.set", "network config", "uncommon")
def _(c):
    return f"""set system host-name edge-{c.n(1, 9)}
set system root-authentication encrypted-password "{c.a('sha512_crypt')}"
set system ntp server {c.I()}
set snmp community {c.P('word', 'alnum')} authorization read-only
set protocols bgp group upstream neighbor {c.I()} authentication-key "{c.P('dq')}"
set interfaces ge-0/0/0 unit 0 family inet address {c.I()}/30
set interfaces ge-0/0/1 unit 0 family inet address {c.a('private_ip')}/24
"""


@T("cisco_ios", "cisco", "switch-core.cfg", "network config", "uncommon")
def _(c):
    return f"""hostname core-sw1
enable secret 9 {c.a('cisco_type9_hash', '$9$' + c.g.s('abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789./', 14) + '$' + c.g.s('abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789./', 43))}
username netadmin privilege 15 password 0 {c.P('word')}
ip name-server {c.I()}
snmp-server community {c.P('word', 'short')} RO
snmp-server host {c.I()} version 2c {c.P('word', 'alnum')}
tacacs server TAC1
 address ipv4 {c.I()}
 key 0 {c.P('word')}
interface Vlan10
 ip address {c.a('private_ip')} {c.a('netmask')}
"""


@T("pfsense_xml", "xml", "config-pfsense.xml", "network config", "uncommon")
def _(c):
    return f"""<?xml version="1.0"?>
<pfsense>
  <version>{c.a('version3')}</version>
  <system>
    <dnsserver>{c.I()}</dnsserver>
    <user><name>admin</name><bcrypt-hash>{c.a('bcrypt_hash')}</bcrypt-hash></user>
  </system>
  <openvpn><openvpn-server><tls>{c.PEM('pkcs8')}</tls></openvpn-server></openvpn>
  <ipsec><phase1><remote-gateway>{c.I()}</remote-gateway><pre-shared-key>{c.P('xml')}</pre-shared-key></phase1></ipsec>
  <notifications><smtp><username>{c.E()}</username><password>{c.P('xml')}</password></smtp></notifications>
</pfsense>
"""


@T("openvpn_client", "openvpn", "client.ovpn", "network config", "uncommon")
def _(c):
    return f"""client
dev tun
proto udp
remote {c.I()} 1194
remote {c.I()} 443 tcp
auth-user-pass creds.txt
route {c.a('private_ip')} {c.a('netmask')}
<key>
{c.PEM('pkcs8')}
</key>
# creds.txt: {c.E()} / {c.P('plain')}
"""


@T("strongswan_secrets", "text", "/etc/ipsec.secrets", "network config", "uncommon")
def _(c):
    return f"""# ipsec.secrets
{c.I()} {c.I()} : PSK "{c.P('dq')}"
{c.a('private_ip')} %any : PSK "{c.a('placeholder')}"
: RSA server.key
{c.E()} : EAP "{c.P('dq')}"
"""


@T("haproxy_cfg", "haproxy", "haproxy.cfg", "network config", "everyday")
def _(c):
    return f"""global
    stats socket {c.a('loopback_ip')}:9999 level admin
userlist admins
    user ops password {c.a('sha512_crypt')}
    user viewer insecure-password {c.P('word')}
listen stats
    bind {c.a('unspecified_ip')}:8404
    stats auth admin:{c.P('word')}
backend api
    server api1 {c.I()}:8080 check
    server api2 {c.I()}:8080 check
    server local {c.a('private_ip')}:8080 backup
"""


@T("unbound_conf", "unbound", "unbound.conf", "network config", "uncommon")
def _(c):
    return f"""server:
    interface: {c.a('unspecified_ip')}
    access-control: {c.a('private_ip')}/24 allow
    access-control: {c.I()}/32 allow
forward-zone:
    name: "."
    forward-tls-upstream: yes
    forward-addr: {c.I()}@853#dns.{c.g.company_domain()}
    forward-addr: {c.I()}@853
remote-control:
    control-interface: {c.a('loopback_ip')}
"""


@T("keepalived_conf", "keepalived", "keepalived.conf", "network config", "uncommon")
def _(c):
    return f"""global_defs {{
    notification_email {{ {c.E(True)} }}
    smtp_server {c.I()}
}}
vrrp_instance VI_1 {{
    interface eth0
    virtual_router_id {c.n(1, 250)}
    authentication {{
        auth_type PASS
        auth_pass {c.P('word', 'short')}
    }}
    virtual_ipaddress {{
        {c.I()}/32
    }}
    unicast_peer {{ {c.a('private_ip')} }}
    mcast_src_ip {c.a('multicast_ip')}
}}
"""


@T("snmpd_conf", "snmp", "snmpd.conf", "network config", "uncommon")
def _(c):
    return f"""agentAddress udp:{c.a('unspecified_ip')}:161
rocommunity {c.P('word', 'alnum')} {c.I()}
rocommunity public {c.a('loopback_ip')}
createUser monitor SHA "{c.P('dq')}" AES "{c.P('dq')}"
sysContact {c.E(True)}
trap2sink {c.I()} {c.P('word')}
sysObjectID {c.a('oid')}
"""


@T("routeros_script", "routeros", "backup.rsc", "network config", "uncommon")
def _(c):
    return f"""/interface wireguard add listen-port=13231 name=wg0 private-key="{c.K('wireguard_private')}"
/interface wireguard peers add allowed-address={c.a('private_ip')}/32 interface=wg0 public-key="{c.a('wireguard_public_key')}" endpoint-address={c.I()}
/ip ipsec identity add peer=office secret="{c.P('dq')}"
/tool e-mail set server={c.I()} user={c.E()} password={c.P('word')}
/system ntp client servers add address={c.I()}
/ip address add address={c.a('cgnat_ip')}/10 interface=ether1
"""


@T("opnsense_wg", "ini", "wg0.conf", "network config", "uncommon")
def _(c):
    return f"""[Interface]
PrivateKey = {c.K('wireguard_private')}
Address = {c.a('private_ip')}/24
DNS = {c.I()}

[Peer]
PublicKey = {c.a('wireguard_public_key')}
PresharedKey = {c.K('wireguard_psk', c.g.b64(32))}
Endpoint = {c.I()}:51820
AllowedIPs = {c.a('unspecified_ip')}/0
"""


@T("bind_zone", "dns", "db.shop", "network config", "uncommon")
def _(c):
    return f"""$TTL 3600
@   IN SOA ns1.{c.g.company_domain()}. hostmaster.{c.g.company_domain()}. ( 2024060101 7200 3600 1209600 3600 )
@   IN A     {c.I()}
www IN A     {c.I()}
mx  IN A     {c.I()}
dev IN A     {c.a('private_ip')}
_dmarc IN TXT "v=DMARC1; p=quarantine; rua=mailto:{c.E(True)}"
; TSIG secret for transfers: {c.K('b64_32')}
"""


@T("tsig_named_conf", "named", "named.conf.local", "network config", "uncommon")
def _(c):
    return f"""key "xfer-key" {{
    algorithm hmac-sha256;
    secret "{c.K('b64_32')}";
}};
zone "shop.internal" {{
    type secondary;
    primaries {{ {c.I()} key "xfer-key"; }};
    allow-transfer {{ {c.a('private_ip')}; {c.I()}; }};
}};
"""


@T("squid_conf", "squid", "squid.conf", "network config", "uncommon")
def _(c):
    return f"""http_port {c.a('unspecified_ip')}:3128
acl office src {c.I()}/32
acl lan src {c.a('private_ip')}/16
cache_peer {c.I()} parent 8080 0 no-query login={c.u().replace('.', '')}:{c.P('url')}
cache_mgr {c.E(True)}
cachemgr_passwd {c.P('word')} all
"""


@T("ntp_keys", "text", "/etc/ntp.keys", "network config", "uncommon")
def _(c):
    return f"""# ntpd symmetric keys
1 SHA1 {c.K('hex40')}
2 SHA1 {c.K('hex40')}
3 M {c.P('word', 'short')}
# trusted servers: {c.I()}, {c.I()}
"""


@T("mikrotik_hotspot_csv", "csv", "hotspot-users.csv", "SQL / CSV", "uncommon")
def _(c):
    rows = ["name,password,profile,mac-address,comment"]
    for _ in range(3):
        rows.append(f"{c.u().replace('.', '')},{c.P('word')},1d,{c.a('mac_address')},{c.E()}")
    return "\n".join(rows) + "\n"


# ============================================================== uncommon: self-hosted apps / hobby
@T("vaultwarden_env", "dotenv", "vaultwarden.env", "code / config assignment", "uncommon")
def _(c):
    return f"""DOMAIN=https://vault.{c.g.company_domain()}
ADMIN_TOKEN='{c.a('argon2_hash')}'
SMTP_HOST={c.I()}
SMTP_FROM={c.E(True)}
SMTP_USERNAME={c.E()}
SMTP_PASSWORD={c.P('shell')}
PUSH_INSTALLATION_KEY={c.K('alnum20', c.g.s('abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789', 20))}
PUSH_INSTALLATION_ID={c.a('uuid')}
"""


@T("immich_env", "dotenv", "immich/.env", "code / config assignment", "uncommon")
def _(c):
    return f"""UPLOAD_LOCATION=/mnt/photos
DB_PASSWORD={c.P('word')}
DB_HOSTNAME={c.a('private_ip')}
IMMICH_VERSION=v{c.a('version3')}
MAPBOX_KEY={c.a('mapbox_public', 'pk.eyJ1Ijoi' + c.g.s('abcdefghijklmnopqrstuvwxyz0123456789', 30) + '.' + c.g.s('abcdefghijklmnopqrstuvwxyz0123456789', 22))}
BACKUP_TARGET=sftp://{c.u().replace('.', '')}:{c.P('url')}@{c.I()}/photos
"""


@T("paperless_conf", "ini", "paperless.conf", "code / config assignment", "uncommon")
def _(c):
    return f"""PAPERLESS_SECRET_KEY={c.K('django_secret')}
PAPERLESS_DBHOST={c.I()}
PAPERLESS_DBPASS={c.P('ini')}
PAPERLESS_ADMIN_MAIL={c.E()}
PAPERLESS_EMAIL_HOST_PASSWORD={c.P('ini', 'apple')}
PAPERLESS_ALLOWED_HOSTS={c.a('private_ip')},{c.a('loopback_ip')}
"""


@T("synapse_homeserver", "yaml", "homeserver.yaml", "code / config assignment", "uncommon")
def _(c):
    return f"""server_name: "chat.{c.g.company_domain()}"
registration_shared_secret: "{c.K('alnum40')}"
macaroon_secret_key: "{c.K('alnum40')}"
form_secret: "{c.K('alnum40')}"
database:
  name: psycopg2
  args:
    user: synapse
    password: "{c.P('yaml')}"
    host: {c.I()}
email:
  smtp_host: {c.I()}
  notif_from: "Chat <{c.E(True)}>"
trusted_key_servers:
  - server_name: "matrix.org"
admin_token: {c.K('matrix_access')}
"""


@T("gotify_config", "yaml", "gotify/config.yml", "code / config assignment", "uncommon")
def _(c):
    return f"""server:
  listenaddr: "{c.a('unspecified_ip')}"
  port: 80
database:
  dialect: mysql
  connection: gotify:{c.P('url')}@tcp({c.I()}:3306)/gotify?charset=utf8&parseTime=True
defaultuser:
  name: admin
  pass: {c.P('word')}
"""


@T("uptime_notif_json", "json", "notifications.json", "code / config assignment", "uncommon")
def _(c):
    return f"""[
  {{"name": "telegram", "telegramBotToken": "{c.K('telegram_bot')}", "telegramChatID": "-{c.a('numeric_id')}"}},
  {{"name": "discord", "discordWebhookUrl": "https://discord.com/api/webhooks/{c.a('numeric_id')}/{c.K('discord_webhook', c.g.s('abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_-', 68))}"}},
  {{"name": "smtp", "smtpHost": "{c.I()}", "smtpUsername": "{c.E()}", "smtpPassword": "{c.P('json')}"}}
]
"""


@T("frigate_config", "yaml", "frigate.yml", "code / config assignment", "uncommon")
def _(c):
    return f"""mqtt:
  host: {c.a('private_ip')}
  user: frigate
  password: "{c.P('yaml')}"
cameras:
  driveway:
    ffmpeg:
      inputs:
        - path: rtsp://admin:{c.P('url')}@{c.a('private_ip')}:554/Streaming/Channels/101
        - path: rtsp://viewer:{c.P('url')}@{c.I()}:8554/garage
"""


@T("octoprint_yaml", "yaml", "octoprint/config.yaml", "code / config assignment", "uncommon")
def _(c):
    return f"""api:
  key: {c.K('octoprint_api_key', c.g.hexs(32).upper())}
server:
  secretKey: {c.K('alnum32', c.g.s('abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789', 32))}
plugins:
  octoeverywhere:
    PrinterKey: {c.K('alnum40')}
  telegram:
    token: {c.K('telegram_bot')}
accessControl:
  salt: {c.K('alnum32', c.g.s('abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789', 32))}
"""


@T("zigbee2mqtt", "yaml", "zigbee2mqtt/configuration.yaml", "code / config assignment", "uncommon")
def _(c):
    return f"""mqtt:
  server: mqtts://{c.I()}:8883
  user: z2m
  password: '{c.P('yaml')}'
advanced:
  network_key: [{c.K('zigbee_network_key', ', '.join(str(c.n(0, 256)) for _ in range(16)))}]
  pan_id: {c.n(1000, 60000)}
  ext_pan_id: [{', '.join(str(c.n(0, 256)) for _ in range(8))}]
frontend:
  auth_token: {c.K('alnum24')}
"""


@T("minecraft_bungee", "yaml", "bungeecord/config.yml", "code / config assignment", "uncommon")
def _(c):
    return f"""listeners:
- host: {c.a('unspecified_ip')}:25577
  motd: '&1Welcome'
servers:
  lobby:
    address: {c.a('private_ip')}:25565
  survival:
    address: {c.I()}:25566
ip_forward: true
forwarding_secret: {c.K('velocity_forwarding_secret', c.g.s('abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789', 12))}
admins: ['{c.E()}']
rcon_password: {c.P('word')}
"""


@T("factorio_settings", "json", "server-settings.json", "code / config assignment", "uncommon")
def _(c):
    return f"""{{
  "name": "{c.w()} megabase",
  "visibility": {{"public": false, "lan": true}},
  "username": "{c.u().replace('.', '')}",
  "token": "{c.K('factorio_token', c.g.hexs(30))}",
  "game_password": "{c.P('json')}",
  "rcon": "{c.I()}:27015",
  "admins_contact": "{c.E()}"
}}
"""


@T("valheim_start", "shell", "start_server.sh", "command line / shell", "uncommon")
def _(c):
    return f"""#!/bin/bash
export SteamAppId=892970
./valheim_server.x86_64 -name "Vikings" -port 2456 -world Midgard -password "{c.P('shell')}" -public 0
# public address {c.I()}, LAN {c.a('private_ip')}
# discord relay token {c.K('discord_bot')}
"""


@T("teamspeak_ini", "ini", "ts3server.ini", "code / config assignment", "uncommon")
def _(c):
    return f"""machine_id=
default_voice_port=9987
voice_ip={c.a('unspecified_ip')}
query_ip={c.I()}
dbplugin=ts3db_mariadb
dbsqlpath=sql/
[ts3db_mariadb]
host={c.I()}
username=ts3
password={c.P('ini')}
serveradmin_password={c.P('ini', 'alnum')}
"""


@T("bitcoin_electrs", "toml", "electrs.toml", "code / config assignment", "uncommon")
def _(c):
    return f"""network = "bitcoin"
daemon_rpc_addr = "{c.I()}:8332"
auth = "electrs:{c.P('hcl')}"
electrum_rpc_addr = "{c.a('unspecified_ip')}:50001"
monitoring_addr = "{c.a('loopback_ip')}:4224"
"""


@T("lnd_conf", "ini", "lnd.conf", "code / config assignment", "uncommon")
def _(c):
    return f"""[Application Options]
alias={c.w()}-node
externalip={c.I()}
tlsextraip={c.a('private_ip')}
[Bitcoind]
bitcoind.rpchost={c.I()}
bitcoind.rpcuser=lnd
bitcoind.rpcpass={c.P('ini')}
bitcoind.zmqpubrawblock=tcp://{c.a('loopback_ip')}:28332
"""


@T("nixos_module", "nix", "hosts/nas/default.nix", "code / config assignment", "uncommon")
def _(c):
    return f"""{{ config, pkgs, ... }}:
{{
  networking.interfaces.eth0.ipv4.addresses = [ {{ address = "{c.I()}"; prefixLength = 24; }} ];
  services.samba.shares.media.path = "/srv/media";
  users.users.backup.initialPassword = "{c.P('dq')}";
  services.restic.backups.b2.environmentFile = pkgs.writeText "env" ''
    B2_ACCOUNT_ID={c.a('b2_account_id', c.g.hexs(12))}
    B2_ACCOUNT_KEY={c.K('b2', 'K005' + c.g.s('abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789+/', 27))}
  '';
  security.acme.defaults.email = "{c.E()}";
  system.stateVersion = "24.05";
}}
"""


@T("ddclient_conf", "ini", "ddclient.conf", "network config", "uncommon")
def _(c):
    return f"""daemon=300
use=web, web=checkip.dyndns.org
protocol=cloudflare
zone={c.g.company_domain()}
login={c.E()}
password={c.K('cloudflare')}
# last ip {c.I()}
protocol=dyndns2
server=dynupdate.no-ip.com
login={c.E()}
password='{c.P('shell')}'
"""


@T("fail2ban_jail", "ini", "jail.local", "network config", "everyday")
def _(c):
    return f"""[DEFAULT]
ignoreip = {c.a('loopback_ip')}/8 {c.a('private_ip')}/24 {c.I()}
destemail = {c.E(True)}
sender = {c.a('reserved_email')}
[sshd]
enabled = true
# banned today: {c.I()}, {c.I()}
"""


@T("msmtprc", "text", ".msmtprc", "mobile / IDE config", "uncommon")
def _(c):
    return f"""defaults
auth on
tls on
account personal
host smtp.fastmail.com
from {c.E(False)}
user {c.E(False)}
password {c.P('plain')}
account work
host {c.I()}
from {c.E(True)}
passwordeval "pass show mail/work"
"""


@T("offlineimaprc", "ini", ".offlineimaprc", "mobile / IDE config", "uncommon")
def _(c):
    return f"""[Repository remote]
type = IMAP
remotehost = {c.I()}
remoteuser = {c.E()}
remotepass = {c.P('ini')}
sslcacertfile = /etc/ssl/certs/ca-certificates.crt
[Repository gmail]
type = Gmail
remoteuser = {c.E(False)}
remotepass = {c.P('ini', 'apple')}
"""


@T("rclone_conf", "ini", "rclone.conf", "mobile / IDE config", "everyday")
def _(c):
    return f"""[b2]
type = b2
account = {c.a('b2_account_id', c.g.hexs(12))}
key = {c.K('b2', 'K005' + c.g.s('abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789+/', 27))}

[s3-wasabi]
type = s3
access_key_id = {c.K('wasabi_access_key', c.g.s('ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789', 20))}
secret_access_key = {c.K('aws_secret')}

[nas]
type = sftp
host = {c.I()}
user = {c.u().replace('.', '')}
pass = {c.a('rclone_obscured', c.g.b64(24, url=True).rstrip('='))}
"""


@T("thunderbird_prefs", "javascript", "prefs.js", "mobile / IDE config", "uncommon")
def _(c):
    return f"""user_pref("mail.identity.id1.useremail", "{c.E()}");
user_pref("mail.server.server2.hostname", "{c.I()}");
user_pref("mail.server.server2.userName", "{c.E(True)}");
user_pref("mail.smtpserver.smtp1.hostname", "{c.I()}");
user_pref("extensions.webextensions.uuids", "{{\\"ext@{c.w()}\\":\\"{c.g.uuid()}\\"}}");
user_pref("services.sync.username", "{c.E()}");
"""


@T("jetbrains_datasources", "xml", ".idea/dataSources.local.xml", "mobile / IDE config", "everyday")
def _(c):
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<project version="4">
  <component name="dataSourceStorageLocal">
    <data-source name="prod@{c.I()}" uuid="{c.a('uuid')}">
      <database-info product="PostgreSQL" version="{c.a('version3')}" />
      <user-name>{c.E(True)}</user-name>
      <secret-storage>master_key</secret-storage>
      <url>jdbc:postgresql://{c.I()}:5432/app?user=app&amp;password={c.P('url')}</url>
    </data-source>
  </component>
</project>
"""


@T("dbeaver_json", "json", ".dbeaver/data-sources.json", "mobile / IDE config", "everyday")
def _(c):
    return f"""{{
  "connections": {{
    "mysql8-{c.g.hexs(10)}": {{
      "provider": "mysql",
      "configuration": {{
        "host": "{c.I()}",
        "port": "3306",
        "user": "analyst",
        "password": "{c.P('json')}",
        "auth-model": "native"
      }}
    }}
  }}
}}
"""


@T("filezilla_xml", "xml", "sitemanager.xml", "mobile / IDE config", "uncommon")
def _(c):
    import base64
    pw = c.g.pw_v('plain', 'wds')
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<FileZilla3 version="{c.a('version3')}">
  <Servers>
    <Server>
      <Host>{c.I()}</Host>
      <Port>21</Port>
      <User>{c.u()}</User>
      <Pass encoding="base64">{c.K('b64_password', base64.b64encode(pw.encode()).decode())}</Pass>
    </Server>
    <Server>
      <Host>{c.a('private_ip')}</Host>
      <User>nas</User>
      <Pass>{c.P('xml')}</Pass>
    </Server>
  </Servers>
</FileZilla3>
"""


@T("vscode_sftp", "json", ".vscode/sftp.json", "mobile / IDE config", "everyday")
def _(c):
    return f"""{{
  "name": "prod",
  "host": "{c.I()}",
  "protocol": "sftp",
  "username": "www",
  "password": "{c.P('json')}",
  "remotePath": "/var/www/html",
  "uploadOnSave": true
}}
"""


@T("android_gradle_props", "properties", "gradle.properties", "mobile / IDE config", "everyday")
def _(c):
    return f"""org.gradle.jvmargs=-Xmx4g
RELEASE_STORE_PASSWORD={c.P('ini')}
RELEASE_KEY_PASSWORD={c.P('ini')}
sonatypeUsername={c.u()}
sonatypePassword={c.P('ini')}
signing.keyId={c.a('gpg_key_id', c.g.hexs(8).upper())}
signing.password={c.P('ini', 'spaced')}
mavenCentralContact={c.E()}
"""


# ============================================================== uncommon: prose in other languages
def _prose(c, lang, path, fmt):
    return fmt.format(ip=c.I(), ip2=c.I(), pw=c.P('plain'), mail=c.E(True), mail2=c.E(), key=c.K('github_classic'),
                      lan=c.a('private_ip'), res=c.a('reserved_email'))


@T("note_fr", "text", "notes/acces-serveur.txt", "chat / ticket / email", "uncommon")
def _(c):
    return _prose(c, "fr", "", "Bonjour,\n\nle nouveau serveur de fichiers est joignable à l'adresse {ip} (le réseau interne reste {lan}).\n"
                  "Identifiant : comptabilite, mot de passe : {pw}\nEn cas de souci, écrivez à {mail} ou à {mail2}.\n"
                  "Le jeton GitHub du robot de déploiement est {key}.\n")


@T("note_es", "text", "notas/servidor.txt", "chat / ticket / email", "uncommon")
def _(c):
    return _prose(c, "es", "", "Hola equipo:\n\nLa VPN nueva apunta a {ip} y el respaldo a {ip2}.\nUsuario: soporte — contraseña: {pw}\n"
                  "Dudas a {mail}. No uséis la cuenta de pruebas {res}.\nToken para el CI: {key}\n")


@T("note_pt", "markdown", "docs/acesso.md", "chat / ticket / email", "uncommon")
def _(c):
    return _prose(c, "pt", "", "## Acesso ao ambiente de homologação\n\n- Servidor: `{ip}`\n- Senha do usuário `deploy`: `{pw}`\n"
                  "- Responsável: {mail}\n- Rede interna: {lan}\n\nO token `{key}` expira em 30 dias.\n")


@T("note_sv", "text", "anteckningar.txt", "chat / ticket / email", "uncommon")
def _(c):
    return _prose(c, "sv", "", "Hej!\nRoutern i stugan har fått en ny publik adress: {ip}. Lösenordet till admin-sidan är {pw}.\n"
                  "Kontakta {mail2} om något krånglar. Lokalt nät: {lan}.\n")


@T("note_ja", "text", "メモ/サーバー.txt", "chat / ticket / email", "uncommon")
def _(c):
    return _prose(c, "ja", "", "お疲れ様です。\n本番サーバーのIPアドレスは {ip} です（社内は {lan}）。\nログインパスワード：{pw}\n"
                  "問い合わせ先：{mail}\nGitHubトークン：{key}\n")


@T("note_cs", "text", "poznamky.txt", "chat / ticket / email", "uncommon")
def _(c):
    return _prose(c, "cs", "", "Ahoj,\nzáložní server běží na {ip}, heslo k účtu root je {pw}.\nPoštu posílej na {mail2}, kopii na {mail}.\n"
                  "Interní adresa {lan} už neplatí.\n")


@T("note_uk", "text", "нотатки.txt", "chat / ticket / email", "uncommon")
def _(c):
    return _prose(c, "uk", "", "Привіт!\nНовий сервер бази даних: {ip}, резервний — {ip2}.\nПароль користувача admin: {pw}\n"
                  "Питання надсилайте на {mail}. Тестова адреса {res} не працює.\n")


@T("note_ar", "text", "ملاحظات.txt", "chat / ticket / email", "uncommon")
def _(c):
    return _prose(c, "ar", "", "مرحبا،\nعنوان الخادم الجديد هو {ip} وكلمة المرور هي {pw}\nللتواصل: {mail}\nالشبكة الداخلية: {lan}\n")


@T("note_vi", "text", "ghichu.txt", "chat / ticket / email", "uncommon")
def _(c):
    return _prose(c, "vi", "", "Chào anh,\nMáy chủ mới ở địa chỉ {ip}. Mật khẩu quản trị: {pw}\nLiên hệ {mail2} hoặc {mail}.\nMã GitHub: {key}\n")


@T("note_fi", "text", "muistiinpanot.txt", "chat / ticket / email", "uncommon")
def _(c):
    return _prose(c, "fi", "", "Moi,\nuusi palvelin löytyy osoitteesta {ip} ja varapalvelin {ip2}.\nSalasana: {pw}\nYhteyshenkilö: {mail}\n")


# ============================================================== uncommon: unusual file formats
@T("latex_cv", "latex", "cv.tex", "chat / ticket / email", "uncommon")
def _(c):
    return f"""\\documentclass{{article}}
\\newcommand{{\\mail}}{{{c.E(False)}}}
\\begin{{document}}
\\section*{{Contact}}
E-mail: \\href{{mailto:{c.E(False)}}}{{\\mail}} \\\\
Homelab: \\texttt{{{c.I()}}}
% overleaf git token: {c.K('overleaf_git_token', 'olp_' + c.g.s('abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789', 36))}
\\end{{document}}
"""


@T("org_mode", "org", "work.org", "chat / ticket / email", "uncommon")
def _(c):
    return f"""* TODO Rotate credentials
  - prod db :: {c.I()}
  - user :: app, password :: ={c.P('plain')}=
  - [[mailto:{c.E(True)}][ping DBA]]
* DONE Renew cert for {c.a('private_ip')}
#+BEGIN_SRC sh
  export DOPPLER_TOKEN={c.K('doppler')}
#+END_SRC
"""


@T("vcard", "vcard", "contacts.vcf", "chat / ticket / email", "uncommon")
def _(c):
    out = []
    for _ in range(3):
        f, l = c.g.name()
        out.append(f"BEGIN:VCARD\nVERSION:3.0\nFN:{f.title()} {l.title()}\nEMAIL;TYPE=work:{c.E(True)}\nEMAIL;TYPE=home:{c.E(False)}\nUID:{c.a('uuid')}\nEND:VCARD")
    return "\n".join(out) + "\n"


@T("ics_invite", "ical", "invite.ics", "chat / ticket / email", "uncommon")
def _(c):
    return f"""BEGIN:VCALENDAR
VERSION:2.0
BEGIN:VEVENT
UID:{c.a('uuid')}
ORGANIZER;CN=Ops:mailto:{c.E(True)}
ATTENDEE;CN=Guest:mailto:{c.E()}
LOCATION:Jitsi on {c.I()}
DESCRIPTION:Room password {c.P('plain', 'wds')}
END:VEVENT
END:VCALENDAR
"""


@T("mbox_alert", "mbox", "alerts.mbox", "chat / ticket / email", "uncommon")
def _(c):
    return f"""From {c.a('reserved_email')} Tue Jun  4 10:01:02 2024
Return-Path: <{c.E(True)}>
Received: from mail.{c.g.company_domain()} ([{c.I()}]) by mx.{c.g.company_domain()} with ESMTPS
Subject: [ALERT] brute force from {c.I()}
To: {c.E(True)}

{c.n(40, 400)} failed logins for {c.E()} from {c.I()} in 5 minutes.
"""


@T("ldif_export", "ldif", "users.ldif", "SQL / CSV", "uncommon")
def _(c):
    out = []
    for _ in range(2):
        u = c.g.user().replace('.', '')
        out.append(f"dn: uid={u},ou=people,dc=corp,dc=local\nobjectClass: inetOrgPerson\nuid: {u}\nmail: {c.E(True)}\nuserPassword: {c.a('ssha_hash', '{SSHA}' + c.g.b64(24))}\nentryUUID: {c.a('uuid')}")
    out.append(f"dn: cn=admin,dc=corp,dc=local\nuserPassword: {c.P('plain')}")
    return "\n\n".join(out) + "\n"


@T("htpasswd_and_notes", "text", "auth/README.txt", "command line / shell", "uncommon")
def _(c):
    return f"""Generated with: htpasswd -b -B .htpasswd grafana {c.P('shell')}
Resulting line:
grafana:{c.a('bcrypt_hash')}
Upstream IP allow-list: {c.I()} {c.I()}
"""


@T("r_script", "r", "analysis/load.R", "code / config assignment", "everyday")
def _(c):
    return f"""library(DBI)
con <- dbConnect(RPostgres::Postgres(), host = "{c.I()}", user = "stats",
                 password = "{c.P('dq')}", dbname = "survey")
Sys.setenv(OPENAI_API_KEY = "{c.K('openai')}")
maintainer <- "{c.E(False)}"
"""


@T("julia_script", "julia", "scripts/fetch.jl", "code / config assignment", "uncommon")
def _(c):
    return f"""using HTTP, JSON3
const TOKEN = "{c.K('huggingface')}"
const HOST = "{c.I()}"
resp = HTTP.get("https://$HOST/api/datasets"; headers = ["Authorization" => "Bearer $TOKEN"])
println(JSON3.read(resp.body))
# owner: {c.E()}
"""


@T("lua_nvim", "lua", ".config/nvim/lua/plugins/ai.lua", "mobile / IDE config", "uncommon")
def _(c):
    return f"""return {{
  "jackMort/ChatGPT.nvim",
  opts = {{
    api_key_cmd = "echo {c.K('openai')}",
    openai_params = {{ model = "gpt-4o" }},
  }},
  dependencies = {{ "nvim-lua/plenary.nvim" }},
  -- author {c.E()}
}}
"""


@T("perl_cgi", "perl", "cgi-bin/contact.pl", "code / config assignment", "uncommon")
def _(c):
    return f"""#!/usr/bin/perl
use strict; use DBI;
my $dbh = DBI->connect("DBI:mysql:database=guestbook;host={c.I()}", "gb", '{c.P('sql')}');
my $to = '{c.E(True)}';
my $relay = '{c.a('private_ip')}';
"""


@T("vba_macro", "vba", "Module1.bas", "code / config assignment", "uncommon")
def _(c):
    return f"""Attribute VB_Name = "Module1"
Sub RefreshData()
    Dim cn As Object
    Set cn = CreateObject("ADODB.Connection")
    cn.Open "Driver={{MySQL ODBC 8.0 Driver}};Server={c.I()};Database=sales;Uid=excel;Pwd={c.P('word')};"
    ' questions: {c.E(True)}
End Sub
"""


@T("abap_rfc", "ini", "sapnwrfc.ini", "code / config assignment", "uncommon")
def _(c):
    return f"""DEST=PRD
ASHOST={c.I()}
SYSNR=00
CLIENT=100
USER=RFC_BATCH
PASSWD={c.P('ini')}
LANG=EN
SAPROUTER=/H/{c.I()}/S/3299/H/
"""


@T("cobol_jcl", "jcl", "NIGHTLY.jcl", "command line / shell", "uncommon")
def _(c):
    return f"""//NIGHTLY  JOB (ACCT),'BATCH',CLASS=A,MSGCLASS=X,NOTIFY=&SYSUID
//STEP1    EXEC PGM=FTP,PARM='{c.I()} (EXIT'
//INPUT    DD *
batchusr
{c.P('word', 'short').upper()}
put 'PROD.DAILY.EXTRACT' extract.dat
quit
/*
//* questions to {c.E(True)}
"""


@T("ini_odbc", "ini", "odbc.ini", "code / config assignment", "everyday")
def _(c):
    return f"""[Warehouse]
Driver=/opt/snowflake/lib/libSnowflake.so
Server={c.w()}-{c.n(100, 999)}.snowflakecomputing.com
uid={c.E(True)}
pwd={c.P('ini')}
[Legacy]
Driver=FreeTDS
Server={c.I()}
Port=1433
UID=sa
PWD={c.P('ini')}
"""


@T("hocon_akka", "hocon", "application.conf", "code / config assignment", "everyday")
def _(c):
    return f"""akka.remote.artery.canonical.hostname = "{c.I()}"
db {{
  url = "jdbc:mysql://{c.I()}:3306/events"
  user = "events"
  password = "{c.P('dq')}"
}}
play.http.secret.key = "{c.K('b64_48')}"
mail.admin = "{c.E(True)}"
cluster.seed = "akka://app@{c.a('private_ip')}:25520"
"""


@T("edn_config", "clojure", "resources/config.edn", "code / config assignment", "uncommon")
def _(c):
    return f"""{{:db {{:dbtype "postgresql" :host "{c.I()}" :user "app" :password "{c.P('dq')}"}}
 :mailer {{:from "{c.E(True)}" :api-key "{c.K('mailchimp')}"}}
 :nrepl {{:bind "{c.a('loopback_ip')}" :port 7888}}}}
"""


@T("dhall_config", "dhall", "config.dhall", "code / config assignment", "uncommon")
def _(c):
    return f"""let db = {{ host = "{c.I()}", port = 5432, password = "{c.P('dq')}" }}
in  {{ db, sentryToken = "{c.K('sentry_auth')}", owner = "{c.E()}" }}
"""


@T("plist_app", "xml", "Config.plist", "mobile / IDE config", "uncommon")
def _(c):
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">
<plist version="1.0">
<dict>
  <key>FirebaseServerKey</key><string>{c.K('firebase_server')}</string>
  <key>SupportEmail</key><string>{c.E(True)}</string>
  <key>StagingIP</key><string>{c.I()}</string>
  <key>GoogleAppID</key><string>{c.a('firebase_app_id', '1:' + c.g.numid() + ':ios:' + c.g.hexs(16))}</string>
</dict>
</plist>
"""


@T("systemd_override", "ini", "/etc/systemd/system/app.service.d/override.conf", "CI / IaC", "everyday")
def _(c):
    return f"""[Service]
Environment="DATABASE_URL=postgres://app:{c.P('url')}@{c.I()}/app"
Environment=NEW_RELIC_LICENSE_KEY={c.K('hex40')}
Environment=NEW_RELIC_API_KEY={c.K('newrelic')}
Environment=BIND={c.a('unspecified_ip')}
"""


@T("ansible_vault_mixed", "yaml", "group_vars/all/vars.yml", "CI / IaC", "everyday")
def _(c):
    return f"""ntp_servers: [{c.I()}, {c.I()}]
smtp_relay: {c.I()}
vault_smtp_password: !vault |
  $ANSIBLE_VAULT;1.1;AES256
  {c.a('ansible_vault_blob', c.g.hexs(64))}
admin_contact: {c.E(True)}
grafana_admin_password: "{c.P('yaml')}"
"""


@T("salt_pillar", "yaml", "pillar/mysql.sls", "CI / IaC", "uncommon")
def _(c):
    return f"""mysql:
  server:
    root_password: '{c.P('yaml')}'
    bind-address: {c.a('unspecified_ip')}
  user:
    app:
      password: {c.P('word')}
      host: {c.I()}
  replication:
    master_host: {c.I()}
"""


@T("chef_databag", "json", "data_bags/secrets/prod.json", "CI / IaC", "everyday")
def _(c):
    return f"""{{
  "id": "prod",
  "pagerduty_key": "{c.K('hex32')}",
  "db_password": "{c.P('json')}",
  "ldap_bind_dn": "cn=svc,dc=corp",
  "ldap_host": "{c.I()}",
  "deploy_key": "{c.PEM('openssh', esc=True)}"
}}
"""


@T("sops_age", "yaml", ".sops.yaml", "CI / IaC", "everyday")
def _(c):
    return f"""creation_rules:
  - path_regex: secrets/.*\\.yaml$
    age: {c.a('age_public_key', 'age1' + c.g.s('qpzry9x8gf2tvdw0s3jn54khce6mua7l', 58))}
# local dev private key (do not commit!):
# {c.K('age_secret')}
# owner {c.E()}
"""


@T("vagrantfile", "ruby", "Vagrantfile", "CI / IaC", "everyday")
def _(c):
    return f"""Vagrant.configure("2") do |config|
  config.vm.box = "bento/ubuntu-24.04"
  config.vm.network "private_network", ip: "{c.a('private_ip')}"
  config.vm.network "public_network", ip: "{c.I()}"
  config.ssh.password = "{c.P('dq')}"
  config.vm.provision "shell", inline: "echo '{c.K('github_classic')}' > /root/.gh_token"
end
"""


@T("packer_hcl", "hcl", "ubuntu.pkr.hcl", "CI / IaC", "everyday")
def _(c):
    return f"""source "proxmox-iso" "ubuntu" {{
  proxmox_url = "https://{c.I()}:8006/api2/json"
  username    = "packer@pve!build"
  token       = "{c.K('proxmox_token', c.g.uuid())}"
  ssh_password = "{c.P('hcl')}"
  http_bind_address = "{c.a('unspecified_ip')}"
}}
"""


@T("proxmox_storage", "text", "/etc/pve/storage.cfg", "network config", "uncommon")
def _(c):
    return f"""pbs: backup
	datastore main
	server {c.I()}
	username backup@pbs
	fingerprint {c.a('tls_fingerprint', ":".join(c.g.hexs(2) for _ in range(32)))}
	password {c.P('word')}
nfs: iso
	server {c.a('private_ip')}
	export /srv/iso
"""


@T("truenas_cloudsync", "json", "cloudsync.json", "network config", "uncommon")
def _(c):
    return f"""{{
  "credentials": {{"provider": "S3", "attributes": {{"access_key_id": "{c.K('aws_key_id')}", "secret_access_key": "{c.K('aws_secret')}"}}}},
  "schedule": {{"minute": "0", "hour": "3"}},
  "notify": "{c.E()}",
  "nas_ip": "{c.a('private_ip')}"
}}
"""


@T("asterisk_sip", "ini", "sip.conf", "network config", "uncommon")
def _(c):
    return f"""[general]
externip={c.I()}
localnet={c.a('private_ip')}/{c.a('netmask')}
register => {c.n(1000000, 9999999)}:{c.P('ini')}@sip.{c.g.company_domain()}

[{c.n(100, 999)}]
type=friend
secret={c.P('ini')}
host=dynamic
"""


@T("printer_scan_to_mail", "text", "printer-settings.txt", "network config", "uncommon")
def _(c):
    return f"""Device: MFP-{c.n(1000, 9999)} (firmware {c.a('version4')})
SMTP server ........ {c.I()}
SMTP user .......... {c.E(True)}
SMTP password ...... {c.P('plain')}
Scan-to-folder ..... \\\\{c.a('private_ip')}\\scans
Admin PIN .......... {c.n(10000000, 99999999)}
"""


@T("ups_nut_conf", "ini", "upsd.users", "network config", "uncommon")
def _(c):
    return f"""[monuser]
    password = {c.P('word')}
    upsmon master
[admin]
    password = {c.P('word')}
    actions = SET
# MONITOR ups@{c.I()} 1 monuser <password> master
"""


@T("grafana_alloy", "hcl", "config.alloy", "CI / IaC", "everyday")
def _(c):
    return f"""prometheus.remote_write "cloud" {{
  endpoint {{
    url = "https://prometheus-prod-{c.n(10, 40)}-prod-eu-west-2.grafana.net/api/prom/push"
    basic_auth {{
      username = "{c.n(100000, 999999)}"
      password = "{c.K('grafana_cloud', 'glc_' + c.g.b64(90).rstrip('='))}"
    }}
  }}
}}
discovery.relabel "local" {{ targets = [{{"__address__" = "{c.a('private_ip')}:9100"}}] }}
"""


@T("vector_toml", "toml", "vector.toml", "CI / IaC", "everyday")
def _(c):
    return f"""[sources.syslog]
type = "syslog"
address = "{c.a('unspecified_ip')}:514"

[sinks.datadog]
type = "datadog_logs"
inputs = ["syslog"]
default_api_key = "{c.K('hex32')}"

[sinks.es]
type = "elasticsearch"
endpoints = ["https://{c.I()}:9200"]
auth.strategy = "basic"
auth.user = "vector"
auth.password = "{c.P('dq')}"
"""


@T("mqtt_passwd_notes", "text", "mosquitto/notes.txt", "network config", "uncommon")
def _(c):
    return f"""mosquitto_passwd -b /etc/mosquitto/passwd sensor01 {c.P('shell')}
mosquitto_pub -h {c.I()} -p 8883 -u sensor01 -P {c.P('shell')} -t home/temp -m 21.5
mosquitto_sub -h {c.a('private_ip')} -t '#' -v
# broker multicast discovery {c.a('multicast_ip')}
"""


@T("esphome_yaml", "yaml", "esphome/garage.yaml", "code / config assignment", "uncommon")
def _(c):
    return f"""esphome:
  name: garage
wifi:
  ssid: "{c.w().title()}Net"
  password: "{c.P('yaml')}"
  manual_ip:
    static_ip: {c.a('private_ip')}
    gateway: {c.a('private_ip')}
    subnet: {c.a('netmask')}
api:
  encryption:
    key: "{c.K('b64_32')}"
ota:
  - platform: esphome
    password: "{c.K('hex32')}"
"""


@T("tasmota_backup", "text", "tasmota-cmds.txt", "network config", "uncommon")
def _(c):
    return f"""Backlog SSID1 Attic; Password1 {c.P('word')}; MqttHost {c.I()}; MqttUser tasmota; MqttPassword {c.P('word')}; WebPassword {c.P('word', 'short')}
IPAddress1 {c.a('private_ip')}
Subnetmask {c.a('netmask')}
"""


@T("kodi_advancedsettings", "xml", "advancedsettings.xml", "code / config assignment", "uncommon")
def _(c):
    return f"""<advancedsettings>
  <videodatabase>
    <type>mysql</type>
    <host>{c.I()}</host>
    <user>kodi</user>
    <pass>{c.P('xml')}</pass>
  </videodatabase>
  <pathsubstitution><substitute><to>smb://{c.a('private_ip')}/media/</to></substitute></pathsubstitution>
</advancedsettings>
"""


@T("irssi_config", "text", ".irssi/config", "mobile / IDE config", "uncommon")
def _(c):
    return f"""servers = (
  {{ address = "irc.libera.chat"; chatnet = "libera"; port = "6697"; use_tls = "yes";
    password = "{c.u().replace('.', '')}:{c.P('word')}"; }},
  {{ address = "{c.I()}"; chatnet = "bouncer"; port = "6667"; }}
);
settings = {{ core = {{ real_name = "{c.E()}"; }}; }};
"""


@T("gpg_agent_notes", "text", "keys/README", "chat / ticket / email", "uncommon")
def _(c):
    return f"""Signing subkey: {c.a('gpg_fingerprint', ' '.join(c.g.hexs(4).upper() for _ in range(10)))}
uid  Release Bot <{c.E(True)}>
Passphrase (sealed envelope copy): {c.P('plain', 'spaced')}
Keyserver: hkps://keys.openpgp.org
Backup host: {c.I()}
"""


@T("release_verify", "text", "RELEASE-NOTES.txt", "commit / review", "uncommon")
def _(c):
    return f"""v{c.a('version3')} ({c.a('git_sha')})

SHA256 ({c.w()}.tar.gz) = {c.a('sha256')}
Integrity: {c.a('sri_hash')}
Image: ghcr.io/acme/{c.w()}@{c.a('docker_digest')}
Signed-off-by: {c.a('noreply_email')}
Thanks to {c.E()} for the report.
OID arc: {c.a('oid')}
"""


@T("lookalike_network_doc", "markdown", "docs/network-plan.md", "network config", "uncommon")
def _(c):
    return f"""# Address plan

| segment | range | gateway | mask |
|---|---|---|---|
| office | {c.a('private_ip')} | {c.a('private_ip')} | {c.a('netmask')} |
| tailscale | {c.a('cgnat_ip')} | - | - |
| docs | {c.a('doc_ip')} | {c.a('doc_ip')} | {c.a('netmask')} |
| mdns | {c.a('multicast_ip')} | - | - |
| metadata | {c.a('link_local_ip')} | - | - |

Public egress: {c.I()} (NAT). Firmware {c.a('version4')}, switch MAC {c.a('mac_address')}.
"""


@T("docker_inspect", "json", "inspect.json", "CI / IaC", "everyday")
def _(c):
    return f"""[
  {{
    "Id": "{c.a('container_id', c.g.hexs(64))}",
    "Image": "{c.a('docker_digest')}",
    "Config": {{"Env": ["PATH=/usr/local/bin", "APP_VERSION={c.a('version3')}", "REDIS_PASSWORD={c.P('json')}", "SMTP_USER={c.E()}"]}},
    "NetworkSettings": {{
      "Gateway": "{c.a('private_ip')}",
      "IPAddress": "{c.a('private_ip')}",
      "MacAddress": "{c.a('mac_address')}",
      "Ports": {{"443/tcp": [{{"HostIp": "{c.a('unspecified_ip')}", "HostPort": "443"}}]}}
    }},
    "Labels": {{"org.opencontainers.image.revision": "{c.a('git_sha')}", "org.opencontainers.image.authors": "{c.a('reserved_email')}"}}
  }}
]
"""


@T("ip_addr_output", "text", "ip-addr.txt", "command line / shell", "everyday")
def _(c):
    return f"""$ ip -4 addr
2: eth0: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500
    inet {c.I()}/26 brd {c.I()} scope global eth0
3: tailscale0: <POINTOPOINT,MULTICAST,NOARP,UP,LOWER_UP> mtu 1280
    inet {c.a('cgnat_ip')}/32 scope global tailscale0
4: docker0: <NO-CARRIER,BROADCAST,MULTICAST,UP> mtu 1500
    inet {c.a('private_ip')}/16 brd {c.a('private_ip')} scope global docker0
$ ip route
default via {c.I()} dev eth0
{c.a('link_local_ip')} dev eth0 scope link
$ cat /etc/resolv.conf
nameserver {c.a('loopback_ip', '127.0.0.53')}
"""


@T("package_lock_excerpt", "json", "package-lock.json", "code / config assignment", "everyday")
def _(c):
    def pkg(name):
        return f'"node_modules/{name}": {{"version": "{c.a("version3")}", "resolved": "https://registry.npmjs.org/{name}/-/{name}.tgz", "integrity": "{c.a("sri_hash", "sha512-" + c.g.b64(64))}"}}'
    priv = f'"node_modules/@acme/ui": {{"version": "{c.a("version3")}", "resolved": "https://ci-bot:{c.P("url")}@npm.{c.g.company_domain()}/@acme/ui/-/ui.tgz"}}'
    return "{\n  \"name\": \"web\",\n  \"lockfileVersion\": 3,\n  \"packages\": {\n    " + ",\n    ".join([pkg(n) for n in ["left-pad", "ms", "debug", "uuid"]] + [priv]) + "\n  }\n}\n"
