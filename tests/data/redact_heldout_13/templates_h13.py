"""Synthetic templates for held-out set 13 (written from scratch for this set).

A template is a function of a seeded `random.Random`; it returns text in which every planted value is wrapped in
private-use markers: U+E000 `TAG|kind` U+E001 value U+E002.  Look-alikes use the tag `LOOK`.  The build script
strips the markers and records the spans.
"""
import gen_h13 as g

M0, M1, M2 = "\ue000", "\ue001", "\ue002"
TEMPLATES = []


def tpl(cls, lang, path):
    def deco(fn):
        TEMPLATES.append((fn.__name__[2:], cls, lang, path, fn))
        return fn
    return deco


def L(tag, kind, v):
    return f"{M0}{tag}|{kind}{M1}{v}{M2}"


def E(v, kind="email"):
    return L("EMAIL", kind, v)


def IP(v, kind="ipv4"):
    return L("IP_ADDRESS", kind, v)


def K(v, kind):
    return L("KEY", kind, v)


def P(v, kind="password"):
    return L("PASSWORD", kind, v)


def X(v, kind):
    return L("LOOK", kind, v)


def em(r, **kw):
    return E(g.email(r, **kw))


def rem(r, domain=None):
    return E(g.role_email(r, domain), "role_email")


def ip(r):
    return IP(g.ip(r))


def pip_(r):
    return X(g.private_ip(r), "private_ip")


PWGENS = {
    "pw_word": g.pw_word, "pw_gen": g.pw_gen, "pw_phrase": g.pw_phrase, "pw_leet": g.pw_leet,
    "pw_alnum": g.pw_alnum, "pw_short": g.pw_short, "pw_camel": g.pw_camel, "pw_dotted": g.pw_dotted,
}
SAFE = ["pw_url", "pw_alnum", "pw_camel", "pw_phrase"]


def pw(r, *kinds, safe=False):
    """A marked password; kinds restrict the generators, safe=True keeps URL-userinfo-safe characters."""
    if not kinds:
        kinds = SAFE if safe else list(PWGENS)
    k = r.choice(kinds)
    fn = {"pw_url": g.pw_url, "pw_nonascii": g.pw_nonascii, "pw_app": g.pw_app, "pw_app_dash": g.pw_app_dash,
          "pw_spaces": g.pw_spaces, "pw_pin": g.pw_pin, **PWGENS}[k]
    return P(fn(r), k)


def key(r, fn, kind=None):
    return K(fn(r), kind or fn.__name__)


def uid(r):
    return X(g.uuid4(r), "uuid")


def sha(r, n=40, kind="git_sha"):
    return X(g.sha(r, n), kind)


def ver4(r):
    return X(g.version4(r), "version4")


def domain(r):
    return g.company_domain(r)


def host(r, d=None):
    return f"{r.choice(['db', 'mq', 'cache', 'api', 'mail', 'vpn', 'edge', 'git', 'ci', 'bastion'])}{r.randint(1, 9)}.{d or domain(r)}"


def user(r):
    f, l = g.person(r)
    return r.choice([f, f"{f[0]}{l}", f"svc_{r.choice(['etl', 'deploy', 'backup', 'report'])}", "app", "deploy"])


# =========================================================================== code / config assignment
CC = "code / config assignment"


@tpl(CC, "dotenv", ".env")
def t_sveltekit_env(r):
    return f"""# SvelteKit — anything prefixed PUBLIC_ ends up in the client bundle
PUBLIC_POSTHOG_KEY={X(g.posthog_project(r), "posthog_project_key")}
PUBLIC_SITE_URL=https://{domain(r)}
PRIVATE_DATABASE_URL=postgres://web:{pw(r, safe=True)}@{ip(r)}:5432/shop
PRIVATE_RESEND_API_KEY={key(r, g.resend)}
PRIVATE_ADMIN_EMAIL={em(r)}
ORIGIN=http://{X("127.0.0.1", "loopback_ip")}:4173
"""


@tpl(CC, "toml", "wrangler.toml")
def t_wrangler_vars(r):
    return f"""name = "relay-worker"
main = "src/index.ts"
compatibility_date = "2024-{r.randint(1, 12):02d}-{r.randint(1, 28):02d}"
account_id = "{X(g.sha(r, 32), "cloudflare_account_id")}"

[[kv_namespaces]]
binding = "CACHE"
id = "{X(g.sha(r, 32), "kv_namespace_id")}"

[vars]
# TODO move to `wrangler secret put` before launch
DISCORD_BOT_TOKEN = "{key(r, g.discord_bot)}"
UPSTREAM_ORIGIN = "https://{ip(r)}"
ALERT_EMAIL = "{em(r)}"
"""


@tpl(CC, "go", "internal/mailer/config.go")
def t_go_mailer_struct(r):
    return f"""package mailer

var defaultSMTP = SMTPConfig{{
\tHost:     "{ip(r)}",
\tPort:     587,
\tUsername: "{E(g.email(r), "email")}",
\tPassword: "{pw(r, 'pw_word', 'pw_gen', 'pw_camel')}",
\tFrom:     "Billing <{rem(r)}>",
\tReplyTo:  "{X("no-reply@" + r.choice(["example.com", "example.org"]), "reserved_email")}",
}}
"""


@tpl(CC, "toml", "config/production.toml")
def t_axum_toml(r):
    return f"""[server]
bind = "{X("0.0.0.0", "unspecified_ip")}:8080"
public_ip = "{ip(r)}"

[database]
url = "postgresql://axum:{pw(r, safe=True)}@{host(r)}:5432/axum?sslmode=require"
max_connections = 20

[auth]
jwt_secret = "{K(g.b64_secret(r, 48), "jwt_secret")}"
token_ttl_minutes = 15
admin = "{em(r)}"
"""


@tpl(CC, "yaml", "src/main/resources/application-prod.yml")
def t_spring_kotlin_yml(r):
    return f"""spring:
  datasource:
    url: jdbc:mariadb://{ip(r)}:3306/ledger
    username: ledger_app
    password: '{pw(r)}'
  mail:
    host: smtp.{domain(r)}
    username: {em(r)}
    password: {pw(r, 'pw_app')}
  security:
    oauth2:
      client:
        registration:
          keycloak:
            client-id: ledger-web
            client-secret: {key(r, g.keycloak_secret)}
management:
  server:
    address: {X("127.0.0.1", "loopback_ip")}
"""


@tpl(CC, "python", "celeryconfig.py")
def t_celeryconfig(r):
    return f"""# Celery settings for the ingest workers
broker_url = "amqp://ingest:{pw(r, safe=True)}@{ip(r)}:5672/ingest"
result_backend = "redis://:{pw(r, 'pw_alnum')}@{pip_(r)}:6379/3"
task_serializer = "json"
timezone = "Europe/Bucharest"
worker_prefetch_multiplier = 1
# flower UI: basic auth user:pass
flower_basic_auth = ["ops:{pw(r, 'pw_word', 'pw_short')}"]
"""


@tpl(CC, "python", "mysite/local_settings.py")
def t_django_local(r):
    return f"""from .base import *  # noqa

DEBUG = False
SECRET_KEY = "{K(g.django_secret(r).replace('"', ''), "django_secret")}"
ALLOWED_HOSTS = ["{domain(r)}", "{ip(r)}", "{X("127.0.0.1", "loopback_ip")}"]
ADMINS = [("{g.person(r)[0].title()}", "{em(r)}"), ("Ops", "{rem(r)}")]
EMAIL_HOST = "smtp.{domain(r)}"
EMAIL_HOST_USER = "{em(r)}"
EMAIL_HOST_PASSWORD = "{pw(r)}"
INTERNAL_IPS = ["{pip_(r)}"]
"""


@tpl(CC, "dotenv", ".env")
def t_pydantic_nested_env(r):
    return f"""# pydantic-settings, env_nested_delimiter="__"
APP__ENV=production
APP__DB__HOST={ip(r)}
APP__DB__USER=reporting
APP__DB__PASSWORD={pw(r)}
APP__REDIS__URL=redis://default:{pw(r, 'pw_alnum')}@{ip(r)}:6380/0
APP__LLM__MISTRAL_API_KEY={key(r, g.mistral)}
APP__LLM__FALLBACK_API_KEY={key(r, g.perplexity)}
APP__OWNER_EMAIL={em(r)}
APP__BUILD_ID={uid(r)}
"""


@tpl(CC, "javascript", "knexfile.js")
def t_knexfile(r):
    return f"""module.exports = {{
  production: {{
    client: 'pg',
    connection: {{
      host: '{ip(r)}',
      port: 5432,
      user: 'orders_rw',
      password: '{pw(r)}',
      database: 'orders',
    }},
    pool: {{ min: 2, max: 12 }},
  }},
  staging: {{
    client: 'pg',
    connection: process.env.STAGING_DATABASE_URL,
  }},
}};
"""


@tpl(CC, "json", "ormconfig.json")
def t_typeorm_json(r):
    return f"""[
  {{
    "name": "default",
    "type": "mysql",
    "host": "{ip(r)}",
    "port": 3306,
    "username": "inventory",
    "password": "{pw(r)}",
    "database": "inventory",
    "synchronize": false
  }},
  {{
    "name": "analytics",
    "type": "postgres",
    "host": "{pip_(r)}",
    "username": "readonly",
    "password": "{pw(r, 'pw_phrase', 'pw_dotted')}",
    "database": "events"
  }}
]
"""


@tpl(CC, "dotenv", ".env")
def t_prisma_env(r):
    return f"""# Environment variables declared in this file are automatically made available to Prisma.
# See the documentation for more detail: https://pris.ly/d/prisma-schema#accessing-environment-variables-from-the-schema

DATABASE_URL="postgresql://prisma:{pw(r, safe=True)}@{ip(r)}:5432/app?schema=public&connection_limit=5"
SHADOW_DATABASE_URL="postgresql://prisma:{pw(r, safe=True)}@{X("localhost", "hostname")}:5433/shadow"
DIRECT_URL="postgresql://postgres.{g.rs(r, g.LO, 20)}:{pw(r, safe=True)}@{ip(r)}:5432/postgres"
"""


@tpl(CC, "dotenv", ".env.local")
def t_symfony_env(r):
    return f"""###> symfony/framework-bundle ###
APP_ENV=prod
APP_SECRET={K(g.hex_secret(r, 32), "symfony_app_secret")}
###< symfony/framework-bundle ###

###> doctrine/doctrine-bundle ###
DATABASE_URL="mysql://shop:{pw(r, safe=True)}@{ip(r)}:3306/shop?serverVersion={X(g.version3(r), "version3")}&charset=utf8mb4"
###< doctrine/doctrine-bundle ###

###> symfony/mailer ###
MAILER_DSN=smtp://mailer:{pw(r, safe=True)}@smtp.{domain(r)}:587
###< symfony/mailer ###
ADMIN_NOTIFY={em(r)}
"""


@tpl(CC, "php", "wp-config.php")
def t_wp_config(r):
    salts = "\n".join(f"define( '{n}', '{K(g.rs(r, g.AN + '!#%*()-_=+[]{}<>~|.,;:?', 64), 'wp_salt')}' );"
                      for n in ["AUTH_KEY", "SECURE_AUTH_KEY", "NONCE_SALT"])
    return f"""<?php
define( 'DB_NAME', 'wp_{g.rs(r, g.LO, 6)}' );
define( 'DB_USER', 'wp_admin' );
define( 'DB_PASSWORD', '{pw(r)}' );
define( 'DB_HOST', '{ip(r)}:3306' );
define( 'DB_CHARSET', 'utf8mb4' );

{salts}

$table_prefix = 'wp_';
define( 'WP_DEBUG', false );
"""


@tpl(CC, "yaml", "config/storage.yml")
def t_activestorage(r):
    return f"""local:
  service: Disk
  root: <%= Rails.root.join("storage") %>

wasabi:
  service: S3
  endpoint: https://s3.eu-central-2.wasabisys.com
  access_key_id: {key(r, g.aws_id, "s3_access_key_id")}
  secret_access_key: {key(r, g.aws_secret, "s3_secret_access_key")}
  region: eu-central-2
  bucket: attachments-{g.rs(r, g.LO, 5)}

amazon:
  service: S3
  access_key_id: <%= ENV["AWS_ACCESS_KEY_ID"] %>
  secret_access_key: <%= Rails.application.credentials.dig(:aws, :secret) %>
"""


@tpl(CC, "clojure", "resources/config.edn")
def t_clojure_edn(r):
    return f"""{{:http {{:port 3000 :host "{X("0.0.0.0", "unspecified_ip")}"}}
 :db {{:dbtype "postgresql"
      :host "{ip(r)}"
      :dbname "billing"
      :user "billing"
      :password "{pw(r)}"}}
 :stripe {{:secret-key "{key(r, g.stripe_rk)}"
          :publishable-key "{X(g.stripe_pk(r), "stripe_publishable")}"}}
 :support-email "{em(r)}"}}
"""


@tpl(CC, "hocon", "conf/application.conf")
def t_play_conf(r):
    return f"""play.http.secret.key = "{K(g.b64_secret(r, 48), "play_secret")}"
play.filters.hosts.allowed = ["{domain(r)}", "{ip(r)}:9000"]

slick.dbs.default {{
  profile = "slick.jdbc.PostgresProfile$"
  db.url = "jdbc:postgresql://{ip(r)}/catalog"
  db.user = "catalog"
  db.password = "{pw(r, 'pw_word', 'pw_gen', 'pw_leet')}"
}}

play.mailer.user = "{em(r)}"
play.mailer.password = "{pw(r, 'pw_app')}"
"""


@tpl(CC, "dhall", "config/prod.dhall")
def t_dhall(r):
    return f"""let Db = {{ host : Text, port : Natural, user : Text, password : Text }}

let db
    : Db
    = {{ host = "{ip(r)}", port = 5432, user = "svc", password = "{pw(r, 'pw_alnum', 'pw_camel', 'pw_word')}" }}

in  {{ db
    , replica = db // {{ host = "{pip_(r)}" }}
    , maintainer = "{em(r)}"
    , sentryRelease = "{sha(r)}"
    }}
"""


@tpl(CC, "xml", "src/main/resources/hibernate.cfg.xml")
def t_hibernate(r):
    return f"""<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE hibernate-configuration PUBLIC "-//Hibernate/Hibernate Configuration DTD 3.0//EN"
  "http://www.hibernate.org/dtd/hibernate-configuration-3.0.dtd">
<hibernate-configuration>
  <session-factory>
    <property name="hibernate.connection.driver_class">oracle.jdbc.OracleDriver</property>
    <property name="hibernate.connection.url">jdbc:oracle:thin:@{ip(r)}:1521/ORCLPDB1</property>
    <property name="hibernate.connection.username">HR_APP</property>
    <property name="hibernate.connection.password">{pw(r, 'pw_word', 'pw_alnum', 'pw_camel', 'pw_dotted')}</property>
    <property name="hibernate.dialect">org.hibernate.dialect.OracleDialect</property>
  </session-factory>
</hibernate-configuration>
"""


@tpl(CC, "c", "include/arduino_secrets.h")
def t_arduino_secrets(r):
    return f"""#pragma once
// Do not commit! (copy from arduino_secrets.h.example)
#define SECRET_SSID      "{r.choice(['Casa', 'Kotimaa', 'Workshop', 'Greenhouse'])}-{r.randint(2, 5)}G"
#define SECRET_WIFI_PASS "{pw(r, 'pw_word', 'pw_phrase', 'pw_camel')}"
#define MQTT_BROKER      "{ip(r)}"
#define MQTT_PORT        8883
#define MQTT_USER        "sensor-{r.randint(1, 40):02d}"
#define MQTT_PASS        "{pw(r, 'pw_alnum', 'pw_gen')}"
#define GATEWAY_FALLBACK "{pip_(r)}"
#define DEVICE_MAC       "{X(g.mac(r), "mac_address")}"
"""


@tpl(CC, "yaml", "esphome/greenhouse.yaml")
def t_esphome(r):
    return f"""esphome:
  name: greenhouse-node

wifi:
  ssid: "Glasshouse"
  password: "{pw(r, 'pw_word', 'pw_phrase', 'pw_spaces')}"
  manual_ip:
    static_ip: {pip_(r)}
    gateway: {X("192.168.1.1", "private_ip")}
    subnet: {X("255.255.255.0", "netmask")}
  ap:
    ssid: "Greenhouse Fallback"
    password: "{pw(r, 'pw_alnum', 'pw_short')}"

api:
  encryption:
    key: "{K(g.b64_secret(r, 32), "esphome_api_key")}"

ota:
  - platform: esphome
    password: "{pw(r, 'pw_alnum')}"
"""


@tpl(CC, "lua", ".config/nvim/lua/plugins/ai.lua")
def t_nvim_ai(r):
    return f"""return {{
  "olimorris/codecompanion.nvim",
  opts = {{
    adapters = {{
      anthropic = function()
        return require("codecompanion.adapters").extend("anthropic", {{
          env = {{ api_key = "{key(r, g.anthropic)}" }},
        }})
      end,
      deepseek = function()
        return require("codecompanion.adapters").extend("deepseek", {{
          env = {{ api_key = "{key(r, g.deepseek)}" }},
        }})
      end,
      openai = function()
        return require("codecompanion.adapters").extend("openai", {{
          env = {{ api_key = "cmd:op read op://Private/OpenAI/credential --no-newline" }},
        }})
      end,
    }},
  }},
}}
"""


@tpl(CC, "json", "secrets.json")
def t_dotnet_usersecrets(r):
    return f"""{{
  "ConnectionStrings:Default": "Server={ip(r)},1433;Database=Payroll;User Id=payroll_svc;Password={pw(r, 'pw_word', 'pw_gen', 'pw_alnum')};TrustServerCertificate=True",
  "SendGrid:ApiKey": "{key(r, g.sendgrid)}",
  "SendGrid:From": "{rem(r)}",
  "Twilio:AccountSid": "{X(g.twilio_sid(r), "twilio_account_sid")}",
  "Twilio:AuthToken": "{key(r, g.twilio_token)}"
}}
"""


@tpl(CC, "yaml", "config.yml")
def t_r_config(r):
    return f"""default:
  warehouse:
    driver: "PostgreSQL"
    server: "{pip_(r)}"
    uid: "analyst"
    pwd: !expr Sys.getenv("WAREHOUSE_PWD")

production:
  warehouse:
    server: "{ip(r)}"
    uid: "shiny_prod"
    pwd: "{pw(r)}"
  mail_to: "{em(r)}"
"""


@tpl(CC, "python", "etl/load_snowflake.py")
def t_snowflake_etl(r):
    return f"""import boto3
import snowflake.connector

s3 = boto3.client(
    "s3",
    aws_access_key_id="{key(r, g.aws_id)}",
    aws_secret_access_key="{key(r, g.aws_secret)}",
    region_name="ap-southeast-1",
)

conn = snowflake.connector.connect(
    user="ETL_LOADER",
    password="{pw(r)}",
    account="{g.rs(r, g.LO, 7)}-{g.rs(r, g.LO, 6)}",
    warehouse="LOAD_WH",
)
print("notify", "{em(r)}")
"""


@tpl(CC, "perl", "bin/nightly_report.pl")
def t_perl_dbi(r):
    return f"""#!/usr/bin/perl
use strict;
use warnings;
use DBI;

my $dbh = DBI->connect("dbi:Pg:dbname=reports;host={ip(r)};port=5432",
    "report_ro", '{pw(r, 'pw_word', 'pw_alnum', 'pw_dotted')}', {{ RaiseError => 1 }});

my @recipients = ('{E(g.email(r))}', '{E(g.email(r))}');
my $smtp_relay = '{pip_(r)}';
"""


@tpl(CC, "javascript", "next.config.js")
def t_next_config(r):
    return f"""/** @type {{import('next').NextConfig}} */
const nextConfig = {{
  reactStrictMode: true,
  env: {{
    NEXTAUTH_URL: 'https://{domain(r)}',
    NEXTAUTH_SECRET: '{K(g.b64_secret(r, 32), "nextauth_secret")}',
    GITHUB_ID: 'Iv1.{g.rs(r, g.HEX, 16)}',
    GITHUB_SECRET: '{K(g.hex_secret(r, 40), "github_oauth_secret")}',
  }},
  images: {{ remotePatterns: [{{ hostname: '{ip(r)}' }}] }},
}};

module.exports = nextConfig;
"""


@tpl(CC, "dotenv", "supabase/functions/.env")
def t_supabase_fn_env(r):
    return f"""SUPABASE_URL=https://{g.rs(r, g.LO, 20)}.supabase.co
SB_SECRET_KEY={key(r, g.supabase_secret)}
SB_PUBLISHABLE_KEY={X(g.supabase_pub(r), "supabase_publishable")}
SERVICE_ROLE_JWT={K(g.jwt(r), "jwt")}
GROQ_API_KEY={key(r, g.groq)}
WEBHOOK_ALLOW_FROM={ip(r)}
"""


@tpl(CC, "java", "src/main/java/com/acme/ftp/Uploader.java")
def t_java_ftp(r):
    return f"""package com.acme.ftp;

import org.apache.commons.net.ftp.FTPSClient;

public final class Uploader {{
    private static final String HOST = "{ip(r)}";
    private static final String USER = "edi_partner";
    private static final String PASS = "{pw(r, 'pw_word', 'pw_gen', 'pw_short', 'pw_alnum')}";
    private static final String ALERT_TO = "{rem(r)}";

    public static void main(String[] args) throws Exception {{
        FTPSClient ftps = new FTPSClient();
        ftps.connect(HOST, 990);
        ftps.login(USER, PASS);
    }}
}}
"""


@tpl(CC, "swift", "Sources/App/configure.swift")
def t_vapor(r):
    return f"""import Vapor
import Fluent
import FluentPostgresDriver

public func configure(_ app: Application) throws {{
    app.databases.use(.postgres(configuration: .init(
        hostname: "{ip(r)}",
        username: "vapor",
        password: "{pw(r)}",
        database: "vapor_prod",
        tls: .prefer(try .init(configuration: .clientDefault)))
    ), as: .psql)
    app.jwt.signers.use(.hs256(key: "{K(g.b64_secret(r, 32), "jwt_secret")}"))
}}
"""


# =========================================================================== CI / IaC
CI = "CI / IaC"


@tpl(CI, "yaml", ".circleci/config.yml")
def t_circleci(r):
    return f"""version: 2.1
jobs:
  publish:
    docker:
      - image: cimg/python:3.12
        auth:
          username: acmebot
          password: {key(r, g.dockerhub)}
    environment:
      CIRCLE_TOKEN: {key(r, g.circleci)}
      TWINE_USERNAME: __token__
      TWINE_PASSWORD: {key(r, g.pypi)}
    steps:
      - checkout
      - run: python -m build && twine upload dist/*
"""


@tpl(CI, "yaml", ".drone.yml")
def t_drone(r):
    return f"""kind: pipeline
type: docker
name: release

steps:
- name: publish
  image: plugins/docker
  settings:
    registry: registry.{domain(r)}
    username: ci
    password:
      from_secret: registry_password
- name: notify
  image: appleboy/drone-telegram
  settings:
    token: {key(r, g.telegram)}
    to: {r.randint(10 ** 8, 10 ** 9)}
- name: smoke
  image: curlimages/curl
  commands:
  - curl -fsS -u smoke:{pw(r, safe=True)} https://{ip(r)}/healthz
"""


@tpl(CI, "groovy", "Jenkinsfile")
def t_jenkinsfile(r):
    return f"""pipeline {{
  agent any
  environment {{
    NEXUS = '{ip(r)}'
    SONAR_TOKEN = '{key(r, g.sonar)}'
  }}
  stages {{
    stage('Deploy') {{
      steps {{
        withCredentials([usernamePassword(credentialsId: 'nexus-deploy', usernameVariable: 'U', passwordVariable: 'P')]) {{
          sh 'mvn -s settings.xml deploy'
        }}
        sh "curl -u admin:{pw(r, 'pw_alnum', 'pw_url')} -X POST http://${{NEXUS}}:8081/service/rest/v1/script/cleanup/run"
      }}
    }}
  }}
  post {{ failure {{ mail to: '{em(r)}', subject: "Build failed" }} }}
}}
"""


@tpl(CI, "yaml", "azure-pipelines.yml")
def t_azure_pipelines(r):
    return f"""trigger:
  - main
variables:
  AZURE_DEVOPS_EXT_PAT: {key(r, g.azure_devops)}
  STORAGE_ACCOUNT: st{g.rs(r, g.LO + g.DG, 10)}
  STORAGE_KEY: {K(g.azure_storage(r), "azure_storage_key")}
  SUBSCRIPTION_ID: {uid(r)}
steps:
  - script: az storage blob upload-batch -d '$web' -s dist --account-name $(STORAGE_ACCOUNT) --account-key $(STORAGE_KEY)
    displayName: Upload site
"""


@tpl(CI, "yaml", ".woodpecker/deploy.yaml")
def t_woodpecker(r):
    return f"""when:
  - event: tag
steps:
  - name: rsync
    image: alpine:3.20
    environment:
      RSYNC_PASSWORD: {pw(r, 'pw_alnum', 'pw_gen')}
      DEPLOY_HOST: {ip(r)}
    commands:
      - apk add rsync
      - rsync -az public/ rsync://deploy@$DEPLOY_HOST/site/
  - name: mail
    image: drillster/drone-email
    settings:
      host: smtp.{domain(r)}
      username: {em(r)}
      password: {pw(r, 'pw_app')}
      recipients: [{em(r)}]
"""


@tpl(CI, "yaml", "charts/keycloak/values-prod.yaml")
def t_helm_keycloak(r):
    return f"""auth:
  adminUser: admin
  adminPassword: "{pw(r)}"
postgresql:
  enabled: false
externalDatabase:
  host: {ip(r)}
  user: keycloak
  password: "{pw(r, 'pw_alnum', 'pw_gen')}"
  database: keycloak
ingress:
  hostname: sso.{domain(r)}
  annotations:
    nginx.ingress.kubernetes.io/whitelist-source-range: {ip(r)}/32,{X("10.0.0.0", "private_ip")}/8
"""


@tpl(CI, "yaml", "overlays/prod/kustomization.yaml")
def t_kustomize(r):
    return f"""resources:
  - ../../base
secretGenerator:
  - name: api-env
    literals:
      - DB_PASSWORD={pw(r, 'pw_word', 'pw_alnum', 'pw_gen')}
      - CLICKUP_TOKEN={key(r, g.clickup)}
      - HUBSPOT_TOKEN={key(r, g.hubspot)}
      - SMTP_FROM={rem(r)}
images:
  - name: api
    newTag: {ver4(r)}
"""


@tpl(CI, "hcl", "infra/providers.tf")
def t_tf_providers(r):
    return f"""provider "mysql" {{
  endpoint = "{ip(r)}:3306"
  username = "terraform"
  password = "{pw(r)}"
}}

provider "vault" {{
  address = "https://vault.{domain(r)}:8200"
  token   = "{key(r, g.vault)}"
}}

resource "aws_db_instance" "reports" {{
  engine              = "postgres"
  username            = "reports_admin"
  password            = "{pw(r, 'pw_alnum', 'pw_camel')}"
  skip_final_snapshot = true
}}
"""


@tpl(CI, "ini", "inventory/hosts.ini")
def t_ansible_ini(r):
    rows = "\n".join(f"app{i} ansible_host={ip(r)} ansible_user=ubuntu" for i in range(1, 3))
    return f"""[web]
{rows}

[db]
pg1 ansible_host={pip_(r)} ansible_become_password='{pw(r)}'

[all:vars]
ansible_python_interpreter=/usr/bin/python3
admin_contact={em(r)}
"""


@tpl(CI, "hcl", "packer/win2022.pkr.hcl")
def t_packer(r):
    return f"""source "proxmox-iso" "win2022" {{
  proxmox_url  = "https://{ip(r)}:8006/api2/json"
  username     = "packer@pve!build"
  token        = "{K(g.uuid4(r), "proxmox_api_token")}"
  iso_checksum = "sha256:{X(g.sha(r, 64), "sha256")}"
  communicator   = "winrm"
  winrm_username = "Administrator"
  winrm_password = "{pw(r, 'pw_word', 'pw_gen', 'pw_leet')}"
}}
"""


@tpl(CI, "ruby", "Vagrantfile")
def t_vagrantfile(r):
    return f"""Vagrant.configure("2") do |config|
  config.vm.box = "generic/debian12"
  config.vm.network "public_network", ip: "{ip(r)}"
  config.vm.network "private_network", ip: "{pip_(r)}"
  config.ssh.username = "vagrant"
  config.ssh.password = "{pw(r, 'pw_word', 'pw_short', 'pw_alnum')}"
  config.vm.provision "shell", inline: <<-SHELL
    echo 'deploy:{pw(r, 'pw_alnum', 'pw_word')}' | chpasswd
  SHELL
end
"""


@tpl(CI, "hcl", "jobs/billing.nomad.hcl")
def t_nomad(r):
    return f"""job "billing" {{
  datacenters = ["fsn1"]
  group "api" {{
    task "server" {{
      driver = "docker"
      config {{ image = "ghcr.io/acme/billing:{X(g.version3(r), "version3")}" }}
      template {{
        destination = "secrets/env"
        env         = true
        data        = <<EOH
DATABASE_URL=postgres://billing:{pw(r, safe=True)}@{ip(r)}:5432/billing
CONSUL_HTTP_TOKEN={K(g.uuid4(r), "consul_acl_token")}
EOH
      }}
    }}
  }}
}}
"""


@tpl(CI, "json", ".docker/config.json")
def t_docker_config(r):
    u = r.choice(["ci-bot", "robot$deploy", "gitlab-ci-token"])
    return f"""{{
  "auths": {{
    "registry.{domain(r)}": {{
      "auth": "{K(g.basic_auth(r, u, g.pw_alnum(r)), "basic_auth_b64")}"
    }},
    "{ip(r)}:5000": {{
      "auth": "{K(g.basic_auth(r, "admin", g.pw_word(r)), "basic_auth_b64")}"
    }}
  }},
  "credHelpers": {{ "{X(g.rs(r, g.DG, 12), "aws_account_id")}.dkr.ecr.eu-west-1.amazonaws.com": "ecr-login" }}
}}
"""


@tpl(CI, "yaml", "Pulumi.prod.yaml")
def t_pulumi_stack(r):
    return f"""config:
  aws:region: eu-north-1
  app:dbPassword:
    secure: {X("v1:" + g.b64(r, 12) + ":" + g.b64(r, 40), "pulumi_encrypted")}
  app:grafanaToken: {key(r, g.grafana_sa)}
  app:alertEmail: {em(r)}
  app:allowedCidr: {ip(r)}/32
"""


@tpl(CI, "yaml", "serverless.yml")
def t_serverless(r):
    return f"""service: webhook-relay
provider:
  name: aws
  runtime: nodejs20.x
  environment:
    STRIPE_WEBHOOK_SECRET: {key(r, g.stripe_whsec)}
    SLACK_BOT_TOKEN: {key(r, g.slack_bot)}
    SLACK_APP_TOKEN: {key(r, g.slack_app)}
    AUDIT_DB: mysql://relay:{pw(r, safe=True)}@{ip(r)}/audit
functions:
  relay:
    handler: handler.relay
"""


@tpl(CI, "yaml", ".github/workflows/integration.yml")
def t_gha_services(r):
    return f"""name: integration
on: [push]
jobs:
  test:
    runs-on: ubuntu-latest
    services:
      postgres:
        image: postgres:16
        env:
          POSTGRES_PASSWORD: {pw(r, 'pw_word', 'pw_alnum')}
        ports: ["5432:5432"]
    env:
      DATABASE_URL: postgres://postgres:${{{{ secrets.PG_PASSWORD }}}}@{X("localhost", "hostname")}:5432/postgres
      CODECOV_TOKEN: {K(g.uuid4(r), "codecov_token")}
      NETLIFY_AUTH_TOKEN: {key(r, g.netlify)}
    steps:
      - uses: actions/checkout@{sha(r)}
      - run: make test
"""


@tpl(CI, "yaml", "Taskfile.yml")
def t_taskfile(r):
    return f"""version: '3'
env:
  FLY_API_TOKEN: {K("FlyV1 " + g.fly(r), "fly_token")}
  RENDER_API_KEY: {key(r, g.render_key)}
tasks:
  deploy:
    cmds:
      - fly deploy --remote-only
      - curl -s -H "Authorization: Bearer $RENDER_API_KEY" https://api.render.com/v1/services
  seed:
    cmds:
      - psql "host={ip(r)} user=seed password={pw(r, 'pw_alnum', 'pw_word')} dbname=app" -f seed.sql
"""


@tpl(CI, "yaml", "cloudbuild.yaml")
def t_cloudbuild(r):
    return f"""steps:
  - name: gcr.io/cloud-builders/docker
    args: ['build', '-t', 'europe-docker.pkg.dev/$PROJECT_ID/web/app:$SHORT_SHA', '.']
  - name: gcr.io/google.com/cloudsdktool/cloud-sdk
    entrypoint: bash
    args:
      - -c
      - |
        gcloud run deploy app --set-env-vars=MAPS_KEY={key(r, g.google_api)},DB_PASS={pw(r, 'pw_alnum', 'pw_url')}
        gcloud sql instances patch main --authorized-networks={ip(r)}/32
substitutions:
  _NOTIFY: {em(r)}
"""


# =========================================================================== command line / shell
SH = "command line / shell"


@tpl(SH, "shell", ".zsh_history")
def t_zsh_history(r):
    t = r.randint(1700000000, 1760000000)
    lines = [
        f"ssh -i ~/.ssh/id_ed25519 root@{ip(r)}",
        f"mysql -h {ip(r)} -u shop -p'{pw(r, 'pw_word', 'pw_alnum', 'pw_gen')}' shop < dump.sql",
        f"export LINEAR_API_KEY={key(r, g.linear)}",
        f"ping -c3 {pip_(r)}",
        f"git config --global user.email {em(r)}",
        f"export COHERE_API_KEY={key(r, g.cohere)}",
    ]
    return "".join(f": {t + i * r.randint(5, 400)}:0;{c}\n" for i, c in enumerate(lines))


@tpl(SH, "yaml", ".local/share/fish/fish_history")
def t_fish_history(r):
    cmds = [
        f"redis-cli -h {ip(r)} -p 6379 -a '{pw(r, 'pw_alnum', 'pw_gen')}' INFO replication",
        f"set -x NOTION_TOKEN {key(r, g.notion)}",
        f"nmap -sV {X(g.private_ip(r), 'private_ip')}",
        f"sshpass -p '{pw(r, 'pw_word', 'pw_short', 'pw_leet')}' ssh admin@{ip(r)}",
    ]
    t = r.randint(1700000000, 1760000000)
    return "".join(f"- cmd: {c}\n  when: {t + i * 97}\n" for i, c in enumerate(cmds))


@tpl(SH, "powershell", "setup-share.ps1")
def t_ps_securestring(r):
    return f"""$ErrorActionPreference = 'Stop'
$user = 'CORP\\svc_backup'
$secure = ConvertTo-SecureString '{pw(r, 'pw_word', 'pw_gen', 'pw_camel')}' -AsPlainText -Force
$cred = New-Object System.Management.Automation.PSCredential($user, $secure)
New-PSDrive -Name B -PSProvider FileSystem -Root '\\\\{ip(r)}\\backups' -Credential $cred
Send-MailMessage -To '{em(r)}' -From '{rem(r)}' -Subject 'share mounted' -SmtpServer '{pip_(r)}'
"""


@tpl(SH, "batch", "map_drives.cmd")
def t_cmd_netuse(r):
    return f"""@echo off
rem map the archive share for the scanner PCs
net use Z: \\\\{ip(r)}\\scans /user:SCAN\\scanner {pw(r, 'pw_alnum', 'pw_word', 'pw_short')} /persistent:yes
net use Y: \\\\{pip_(r)}\\public
set SUPPORT_MAIL={em(r)}
"""


@tpl(SH, "shell", "/etc/cron.daily/mysql-backup")
def t_mysqldump_cron(r):
    return f"""#!/bin/sh
# nightly dump, kept 14 days
DEST=/srv/backup/mysql
mysqldump --host={ip(r)} --user=backup --password='{pw(r, 'pw_alnum', 'pw_word', 'pw_gen')}' --single-transaction --all-databases \\
  | gzip > "$DEST/all-$(date +%F).sql.gz"
find "$DEST" -mtime +14 -delete
echo "backup done" | mail -s "mysql backup $(hostname)" {em(r)}
"""


@tpl(SH, "markdown", "docs/oncall-snippets.md")
def t_oncall_snippets(r):
    return f"""## Handy one-liners

```bash
# check replication lag on the read replica
psql "postgresql://monitor:{pw(r, safe=True)}@{ip(r)}:5432/postgres?sslmode=require" -c 'select now() - pg_last_xact_replay_timestamp();'

# flush the rate limiter
redis-cli -u redis://:{pw(r, 'pw_alnum')}@{ip(r)}:6379/2 FLUSHDB

# local tunnel (never expose)
ssh -L 5432:{pip_(r)}:5432 bastion
```
"""


@tpl(SH, "shell", "scripts/api-smoke.sh")
def t_curl_bearer(r):
    return f"""#!/usr/bin/env bash
set -euo pipefail
curl -s https://api.linear.app/graphql \\
  -H "Authorization: {key(r, g.linear)}" \\
  -H 'Content-Type: application/json' -d '{{"query":"{{ viewer {{ id }} }}"}}'
curl -s https://api.notion.com/v1/users/me \\
  -H "Authorization: Bearer {key(r, g.notion)}" -H "Notion-Version: 2022-06-28"
curl -s -X POST https://api.elevenlabs.io/v1/text-to-speech/voice \\
  -H "xi-api-key: {key(r, g.elevenlabs)}"
"""


@tpl(SH, "shell", "bootstrap-secrets.sh")
def t_kubectl_literals(r):
    return f"""kubectl -n payments create secret generic payments-env \\
  --from-literal=DB_PASSWORD='{pw(r, 'pw_word', 'pw_gen', 'pw_alnum')}' \\
  --from-literal=ADYEN_HMAC='{K(g.hex_secret(r, 64).upper(), "hmac_key")}' \\
  --from-literal=MAILCHIMP_KEY='{key(r, g.mailchimp)}'
kubectl -n payments annotate secret payments-env owner={em(r)}
"""


@tpl(SH, "shell", "README.sh")
def t_az_sp_login(r):
    return f"""# service principal used by the nightly cost export
az login --service-principal \\
  -u {uid(r)} \\
  -p '{K(g.rs(r, g.AN + "~._-", 3) + "8Q~" + g.rs(r, g.AN + "~._-", 34), "azure_client_secret")}' \\
  --tenant {uid(r)}
az account set --subscription {uid(r)}
"""


@tpl(SH, "makefile", "Makefile")
def t_makefile_login(r):
    return f"""IMAGE ?= ghcr.io/acme/ingest
TAG   ?= $(shell git rev-parse --short HEAD)

login:
\techo {key(r, g.gh_classic)} | docker login ghcr.io -u acme-bot --password-stdin
\tdocker login -u acmeops -p {key(r, g.dockerhub)}

release: login
\tdocker push $(IMAGE):$(TAG)
\tssh deploy@{ip(r)} 'docker compose pull && docker compose up -d'
"""


@tpl(SH, "text", ".pgpass")
def t_pgpass(r):
    return f"""# hostname:port:database:username:password
{ip(r)}:5432:*:replicator:{pw(r, 'pw_alnum', 'pw_gen', 'pw_word')}
{ip(r)}:6432:billing:billing:{pw(r)}
{X("localhost", "hostname")}:5432:*:postgres:{pw(r, 'pw_short', 'pw_word')}
"""


@tpl(SH, "ini", ".my.cnf")
def t_mycnf(r):
    return f"""[client]
user=dba
password="{pw(r, 'pw_word', 'pw_gen', 'pw_alnum', 'pw_leet')}"
host={ip(r)}

[mysqldump]
user=backup
password={pw(r, 'pw_alnum')}
"""


@tpl(SH, "shell", "fly-setup.sh")
def t_fly_secrets(r):
    return f"""fly secrets set \\
  DATABASE_URL=postgres://app:{pw(r, safe=True)}@{ip(r)}:5432/app \\
  OPENAI_API_KEY={key(r, g.openai)} \\
  SESSION_SECRET={K(g.hex_secret(r, 64), "session_secret")} \\
  --app {g.rs(r, g.LO, 8)}-prod
fly ips allocate-v4 --shared   # gave us {ip(r)}
"""


# =========================================================================== log / stack trace
LOG = "log / stack trace"


@tpl(LOG, "log", "/var/log/nginx/error.log")
def t_nginx_error(r):
    d = f"2024/{r.randint(1, 12):02d}/{r.randint(10, 28)}"
    return f"""{d} 03:12:44 [error] 812#812: *91311 upstream timed out (110: Connection timed out) while reading response header from upstream, client: {ip(r)}, server: api.{domain(r)}, request: "GET /v2/export?format=csv&api_key={key(r, g.datadog_api, "api_key_in_query")} HTTP/1.1", upstream: "http://{pip_(r)}:8080/v2/export", host: "api.{domain(r)}"
{d} 03:12:51 [warn] 812#812: *91320 a client request body is buffered to a temporary file, client: {ip(r)}, server: _
"""


@tpl(LOG, "log", "/var/log/mail.log")
def t_postfix_log(r):
    qid = g.rs(r, "0123456789ABCDEF", 10)
    cip = ip(r)
    return f"""Mar {r.randint(10, 28)} 08:01:12 mx1 postfix/smtpd[2211]: connect from unknown[{cip}]
Mar {r.randint(10, 28)} 08:01:13 mx1 postfix/smtpd[2211]: {qid}: client=unknown[{ip(r)}], sasl_method=LOGIN, sasl_username={em(r)}
Mar {r.randint(10, 28)} 08:01:13 mx1 postfix/qmgr[901]: {qid}: from=<{em(r)}>, size=48213, nrcpt=1 (queue active)
Mar {r.randint(10, 28)} 08:01:14 mx1 postfix/smtp[2214]: {qid}: to=<{em(r)}>, relay=mx.{domain(r)}[{ip(r)}]:25, delay=1.2, status=sent (250 2.0.0 Ok)
"""


@tpl(LOG, "jsonl", "logs/pod-api-7f9c.jsonl")
def t_k8s_json_logs(r):
    return (
        f'{{"ts":"2024-05-0{r.randint(1, 9)}T10:00:01Z","level":"info","msg":"starting","pid":1}}\n'
        f'{{"ts":"2024-05-0{r.randint(1, 9)}T10:00:01Z","level":"debug","msg":"env dump","DATABASE_URL":"postgres://api:{pw(r, safe=True)}@{ip(r)}:5432/api","SENTRY_AUTH_TOKEN":"{key(r, g.sentry_auth)}"}}\n'
        f'{{"ts":"2024-05-0{r.randint(1, 9)}T10:00:02Z","level":"info","msg":"listening","addr":"{X("0.0.0.0", "unspecified_ip")}:8080","trace_id":"{X(g.trace_id(r), "trace_id")}"}}\n'
    )


@tpl(LOG, "log", "logs/app.log")
def t_spring_hikari(r):
    return f"""2024-06-11 09:14:03.221  INFO 1 --- [main] com.zaxxer.hikari.HikariDataSource : HikariPool-1 - Starting...
2024-06-11 09:14:03.502 DEBUG 1 --- [main] o.s.b.c.p.PropertySourcesDeployer : Resolved spring.datasource = {{url=jdbc:postgresql://{ip(r)}:5432/claims, username=claims, password={pw(r, 'pw_word', 'pw_alnum', 'pw_gen')}}}
2024-06-11 09:14:04.010  WARN 1 --- [main] o.s.b.a.m.MailHealthIndicator : Mail health check failed for {em(r)}
"""


@tpl(LOG, "log", "/var/log/fail2ban.log")
def t_fail2ban(r):
    lines = []
    for i in range(4):
        lines.append(f"2024-07-0{r.randint(1, 9)} 1{i}:0{i}:2{i},118 fail2ban.actions [733]: NOTICE  [sshd] Ban {ip(r)}")
    lines.append(f"2024-07-09 14:00:00,001 fail2ban.filter  [733]: INFO    [sshd] Ignore {pip_(r)} by ignoreip")
    return "\n".join(lines) + "\n"


@tpl(LOG, "log", "panic.log")
def t_go_panic(r):
    return f"""panic: dial tcp {ip(r)}:5672: connect: connection refused

goroutine 1 [running]:
main.mustConnect(0xc0000a8000)
\t/src/cmd/worker/main.go:48 +0x1d4
config=&{{Host:{ip(r)} Port:5672 User:worker Password:{pw(r, 'pw_alnum', 'pw_word')} VHost:/jobs Owner:{em(r)}}}
exit status 2
"""


@tpl(LOG, "json", "sentry-event.json")
def t_sentry_event(r):
    return f"""{{
  "event_id": "{X(g.sha(r, 32), "event_id")}",
  "level": "error",
  "release": "web@{X(g.version3(r), "version3")}",
  "user": {{"id": "{r.randint(1000, 99999)}", "email": "{em(r)}", "ip_address": "{ip(r)}"}},
  "request": {{
    "url": "https://{domain(r)}/checkout",
    "headers": {{"Authorization": "Bearer {key(r, g.stripe_rk)}"}}
  }},
  "exception": {{"values": [{{"type": "CardError", "value": "card declined"}}]}}
}}
"""


@tpl(LOG, "log", "/var/log/dovecot.log")
def t_dovecot(r):
    return f"""Aug 02 07:31:09 imap-login: Info: Login: user=<{em(r)}>, method=PLAIN, rip={ip(r)}, lip={pip_(r)}, mpid=4410, TLS
Aug 02 07:31:40 auth: Info: passwd-file(<{em(r)}>,{ip(r)}): unknown user
Aug 02 07:32:02 auth: Debug: plain({em(r)},{ip(r)}): login attempt with password={pw(r, 'pw_word', 'pw_short', 'pw_alnum')}
"""


@tpl(LOG, "jsonl", "caddy/access.log")
def t_caddy_access(r):
    u = user(r)
    return (
        f'{{"level":"info","logger":"http.log.access","msg":"handled request","request":{{"remote_ip":"{ip(r)}","method":"GET","host":"files.{domain(r)}","uri":"/dav/","headers":{{"Authorization":["Basic {K(g.basic_auth(r, u, g.pw_word(r)), "basic_auth_b64")}"]}}}},"status":207}}\n'
        f'{{"level":"info","logger":"http.log.access","msg":"handled request","request":{{"remote_ip":"{pip_(r)}","method":"GET","uri":"/healthz"}},"status":200}}\n'
    )


@tpl(LOG, "text", "traceback.txt")
def t_py_traceback_smtp(r):
    return f"""Traceback (most recent call last):
  File "/app/notify.py", line 41, in send
    server.login("{em(r)}", "{pw(r, 'pw_app', 'pw_word', 'pw_gen')}")
  File "/usr/lib/python3.12/smtplib.py", line 750, in login
    raise last_exception
smtplib.SMTPAuthenticationError: (535, b'5.7.8 Username and Password not accepted')
(connection was to {ip(r)}:587)
"""


# =========================================================================== docs / prose
DOC = "docs / prose"


@tpl(DOC, "markdown", "docs/self-hosting.md")
def t_selfhost_readme(r):
    return f"""# Self-hosting on a single VPS

1. Point `A` records for `app.` and `api.` at the server (ours is `{ip(r)}`).
2. Copy `.env.example` to `.env`. For the demo instance we used:

   ```env
   ADMIN_EMAIL={em(r)}
   ADMIN_PASSWORD={pw(r, 'pw_word', 'pw_phrase', 'pw_camel')}
   ```
   Change them before going live!
3. Keep the database on the private network (`{pip_(r)}`), never on the public address.
4. Example values like `{X("admin@example.com", "reserved_email")}` are placeholders.
"""


@tpl(DOC, "html", "wiki/service-accounts.html")
def t_confluence_table(r):
    rows = "".join(
        f"<tr><td>{s}</td><td>{em(r)}</td><td>{pw(r, 'pw_word', 'pw_gen', 'pw_alnum', 'pw_dotted')}</td><td>{ip(r)}</td></tr>\n"
        for s in ["jira-sync", "backup-agent", "reporting"])
    return f"""<h2>Service accounts</h2>
<p>Rotated quarterly. Owner: {em(r)}</p>
<table>
<tr><th>Account</th><th>Mailbox</th><th>Password</th><th>Allowed from</th></tr>
{rows}</table>
"""


@tpl(DOC, "markdown", "Office/Wi-Fi.md")
def t_obsidian_wifi(r):
    return f"""---
tags: [office, it]
updated: 2024-0{r.randint(1, 9)}-1{r.randint(0, 9)}
---
# Wi-Fi

| SSID | Password | Notes |
|---|---|---|
| Staff | `{pw(r, 'pw_phrase', 'pw_word', 'pw_camel')}` | WPA3 |
| Guest | `{pw(r, 'pw_short', 'pw_word')}` | rotates monthly |
| Printers | `{pw(r, 'pw_alnum')}` | 2.4 GHz only, VLAN {r.randint(20, 99)} |

Controller: https://{pip_(r)}:8443 — ISP static IP {ip(r)}
"""


@tpl(DOC, "markdown", "postmortems/2024-key-leak.md")
def t_postmortem(r):
    return f"""# Postmortem: Datadog API key in public repo

**Summary.** A `docker-compose.override.yml` with `DD_API_KEY={key(r, g.datadog_api)}` and
`DD_APP_KEY={key(r, g.datadog_app)}` was pushed to a public fork on {r.randint(1, 28)} March.

**Timeline (UTC).**
- 09:12 push (commit `{sha(r, 7, "short_sha")}`)
- 09:40 GitGuardian alert to {rem(r)}
- 10:05 keys revoked; first foreign use seen from {ip(r)}

**Action items.** Pre-commit hook; move keys to Doppler (`{X("dp.st.prd.xxxxxxxx", "placeholder")}` style tokens only).
"""


@tpl(DOC, "markdown", "design/edge-routing.md")
def t_design_doc(r):
    return f"""## Edge routing (draft)

Anycast prefix is announced from three PoPs. Test ranges in this doc use documentation
addresses ({X(g.doc_ip(r), "doc_ip")}, {X(g.doc_ip(r), "doc_ip")}) except where we mean a real box:
the origin shield lives at {ip(r)} and the fallback at {ip(r)}.

The health checker authenticates with `X-Probe-Key: {K(g.hex_secret(r, 32), "probe_key")}`; rotate it together with
the one in Terraform. Questions to {em(r)}.
"""


@tpl(DOC, "markdown", "CHANGELOG.md")
def t_changelog_contrib(r):
    return f"""## {X(g.version4(r), "version4")} — 2024-0{r.randint(1, 9)}-2{r.randint(0, 8)}

- Fix DNS fallback when `{ip(r)}` is unreachable (thanks {em(r)})
- Bump bundled OpenSSL to {X(g.version3(r), "version3")}
- Docs: replace the sample address `{X("user@example.org", "reserved_email")}`

## {X(g.version4(r), "version4")}

- Initial release by {em(r)}
"""


@tpl(DOC, "markdown", "questions/connection-refused.md")
def t_qa_post(r):
    return f"""**Q: psycopg2 OperationalError on Azure Database for PostgreSQL**

I'm connecting like this and get `FATAL: no pg_hba.conf entry for host "{ip(r)}"`:

```python
conn = psycopg2.connect(
    host="{g.rs(r, g.LO, 8)}.postgres.database.azure.com",
    user="appadmin",
    password="{pw(r)}",
    dbname="orders",
)
```

**A:** add your client IP ({ip(r)}) to the server firewall rules. Also, rotate that password now that it's public.
"""


@tpl(DOC, "asciidoc", "runbooks/vpn.adoc")
def t_asciidoc_runbook(r):
    return f"""= Site-to-site VPN runbook
:toc:

== Peers

[cols="1,1,2"]
|===
|Site |Public IP |PSK

|Warehouse
|{ip(r)}
|`{pw(r, 'pw_alnum', 'pw_gen')}`

|Shop
|{ip(r)}
|`{pw(r, 'pw_alnum', 'pw_gen')}`
|===

NOTE: inside tunnel addresses are {pip_(r)} and {pip_(r)}. Escalate to {em(r)}.
"""


# =========================================================================== chat / ticket / email
CH = "chat / ticket / email"


@tpl(CH, "json", "slack-export/ops/2024-05-14.json")
def t_slack_export(r):
    return f"""[
  {{"type": "message", "user": "U0{g.rs(r, g.UP + g.DG, 8)}", "text": "who has the creds for the staging bastion?", "ts": "1715680000.000100"}},
  {{"type": "message", "user": "U0{g.rs(r, g.UP + g.DG, 8)}", "text": "ssh ops@{ip(r)} pw is {pw(r, 'pw_word', 'pw_short', 'pw_leet')} (rotating tonight)", "ts": "1715680042.000200"}},
  {{"type": "message", "user": "U0{g.rs(r, g.UP + g.DG, 8)}", "text": "and the pagerduty key: {K("u+" + g.rs(r, g.AN + "_-", 18), "pagerduty_token")}", "ts": "1715680050.000300"}}
]
"""


@tpl(CH, "text", "element-export.txt")
def t_matrix_chat(r):
    return f"""[10:02] <@{g.person(r)[0]}:matrix.{domain(r)}> the new SMTP relay is {ip(r)}
[10:03] <@{g.person(r)[0]}:matrix.{domain(r)}> login {em(r)} / {pw(r, 'pw_word', 'pw_gen', 'pw_camel')}
[10:03] <@{g.person(r)[0]}:matrix.{domain(r)}> thx. DMs please next time
"""


@tpl(CH, "email", "inbox/4711.eml")
def t_mbox_reset(r):
    d = domain(r)
    return f"""Received: from mail.{d} ([{ip(r)}])
\tby mx.{domain(r)} with ESMTPS id {g.rs(r, g.LO + g.DG, 12)}
From: IT Helpdesk <{rem(r, d)}>
To: {em(r)}
Subject: Your temporary password
Message-ID: <{X(g.rs(r, g.HEX, 16) + "@mail." + d, "message_id")}>

Hello,

your account was reset. Temporary password: {pw(r, 'pw_short', 'pw_word', 'pw_gen')}
You will be asked to change it at first login (VPN gateway {ip(r)}).
"""


@tpl(CH, "markdown", "issues/INFRA-2291.md")
def t_jira_issue(r):
    return f"""**INFRA-2291** Grafana alerts not delivered

*Reporter:* {em(r)}  *Assignee:* {em(r)}

Contact point config as exported:
```
url: https://hooks.slack.com/services/{key(r, g.slack_hook)}
smtp_password: {pw(r, 'pw_app', 'pw_word')}
```
Grafana host {ip(r)}, internal {pip_(r)}.
"""


@tpl(CH, "json", "zendesk/ticket-88231.json")
def t_zendesk_ticket(r):
    return f"""{{
  "ticket": {{
    "id": {r.randint(10000, 99999)},
    "subject": "Cannot log in to the partner portal",
    "requester": {{"name": "{g.person(r)[0].title()}", "email": "{em(r)}"}},
    "comments": [
      {{"body": "I tried {pw(r, 'pw_word', 'pw_camel', 'pw_nonascii')} and it says invalid. My IP is {ip(r)} if that helps."}},
      {{"body": "Reset done, please use the link we sent. Never share passwords in tickets."}}
    ],
    "via": {{"channel": "email", "source": {{"to": {{"address": "{rem(r)}"}}}}}}
  }}
}}
"""


@tpl(CH, "html", "teams/message.html")
def t_teams_html(r):
    return f"""<div><p>Hi all, the new Jira API token for the automation user is
<code>{key(r, g.atlassian)}</code></p>
<p>it is bound to {em(r)}. Jenkins at {ip(r)} already uses it.</p></div>
"""


@tpl(CH, "text", "WhatsApp Chat.txt")
def t_whatsapp(r):
    n1, n2 = g.person(r)[0].title(), g.person(r)[0].title()
    return f"""[0{r.randint(1, 9)}/04/2024, 18:2{r.randint(0, 9)}:11] {n1}: what's the wifi at the cabin again
[0{r.randint(1, 9)}/04/2024, 18:3{r.randint(0, 9)}:40] {n2}: {pw(r, 'pw_phrase', 'pw_spaces', 'pw_word')}
[0{r.randint(1, 9)}/04/2024, 18:3{r.randint(0, 9)}:55] {n2}: router admin is {pip_(r)}, pw {pw(r, 'pw_short', 'pw_pin')}
[0{r.randint(1, 9)}/04/2024, 18:4{r.randint(0, 9)}:02] {n1}: 👍 send the booking to {em(r)}
"""


@tpl(CH, "markdown", "github-issue-1043.md")
def t_gh_issue_paste(r):
    return f"""### Describe the bug
Uploading fails with 403.

### Logs
```
DEBUG boto3 credentials: AccessKeyId={key(r, g.aws_id)} SecretAccessKey={key(r, g.aws_secret)}
DEBUG endpoint https://{ip(r)}:9000 (minio)
```
### Environment
- version {ver4(r)}
- OS: Debian 12
"""


# =========================================================================== network config
NET = "network config"


@tpl(NET, "cisco", "configs/rtr-edge-01.cfg")
def t_iosxe(r):
    return f"""hostname rtr-edge-01
enable secret 9 {X("$9$" + g.rs(r, g.AN + "./", 14) + "$" + g.rs(r, g.AN + "./", 43), "cisco_type9_hash")}
username netops privilege 15 password 0 {pw(r, 'pw_word', 'pw_alnum', 'pw_gen')}
!
interface GigabitEthernet0/0/0
 ip address {ip(r)} {X("255.255.255.252", "netmask")}
!
router bgp 650{r.randint(10, 99)}
 neighbor {ip(r)} remote-as {r.randint(1000, 65000)}
 neighbor {ip(r)} password {pw(r, 'pw_alnum', 'pw_word')}
!
snmp-server community {pw(r, 'pw_alnum', 'pw_short')} RO
tacacs server ISE
 address ipv4 {pip_(r)}
 key 7 {X(g.rs(r, "0123456789ABCDEF", 22), "cisco_type7")}
ntp server {ip(r)}
"""


@tpl(NET, "junos", "junos/set-commands.txt")
def t_junos_set(r):
    return f"""set system host-name srx-branch-{r.randint(1, 40)}
set system root-authentication encrypted-password "{X(g.sha512crypt(r), "sha512_crypt")}"
set snmp community {pw(r, 'pw_alnum', 'pw_short')} authorization read-only
set security ike policy ike-hq pre-shared-key ascii-text "{pw(r, 'pw_gen', 'pw_alnum')}"
set security ike gateway gw-hq address {ip(r)}
set interfaces ge-0/0/0 unit 0 family inet address {ip(r)}/29
set interfaces ge-0/0/1 unit 0 family inet address {pip_(r)}/24
set system ntp server {ip(r)}
"""


@tpl(NET, "xml", "panos/running-config-excerpt.xml")
def t_panos(r):
    return f"""<ike>
  <crypto-profiles/>
  <gateway>
    <entry name="gw-dc2">
      <authentication>
        <pre-shared-key><key>{pw(r, 'pw_alnum', 'pw_word')}</key></pre-shared-key>
      </authentication>
      <peer-address><ip>{ip(r)}</ip></peer-address>
    </entry>
  </gateway>
</ike>
<server-profile>
  <ldap><entry name="corp-ad"><bind-dn>CN=svc-pan,OU=svc,DC=corp</bind-dn>
    <bind-password>{pw(r, 'pw_word', 'pw_alnum', 'pw_camel')}</bind-password>
    <server><entry name="dc1"><address>{pip_(r)}</address></entry></server></entry></ldap>
</server-profile>
"""


@tpl(NET, "cisco", "asa/vpn.cfg")
def t_asa(r):
    peer = g.ip(r)
    return f"""crypto map OUTSIDE_MAP 10 set peer {IP(peer)}
tunnel-group {IP(peer)} type ipsec-l2l
tunnel-group {IP(peer)} ipsec-attributes
 ikev2 remote-authentication pre-shared-key {pw(r, 'pw_alnum', 'pw_gen')}
 ikev2 local-authentication pre-shared-key {pw(r, 'pw_alnum', 'pw_gen')}
object network LAN-HQ
 subnet {X("10.40.0.0", "private_ip")} {X("255.255.0.0", "netmask")}
"""


@tpl(NET, "text", "/etc/swanctl/conf.d/branch.conf")
def t_swanctl(r):
    return f"""connections {{
  branch {{
    remote_addrs = {ip(r)}
    local {{ auth = psk; id = hq.{domain(r)} }}
    remote {{ auth = psk; id = {em(r)} }}
    children {{ net {{ local_ts = {X("10.10.0.0", "private_ip")}/16; remote_ts = {X("10.20.0.0", "private_ip")}/16 }} }}
  }}
}}
secrets {{
  ike-branch {{
    id = hq.{domain(r)}
    secret = "{pw(r, 'pw_gen', 'pw_alnum', 'pw_phrase')}"
  }}
}}
"""


@tpl(NET, "text", "/etc/keepalived/keepalived.conf")
def t_keepalived(r):
    return f"""vrrp_instance VI_1 {{
    state MASTER
    interface eth0
    virtual_router_id 51
    priority 150
    unicast_src_ip {ip(r)}
    unicast_peer {{
        {ip(r)}
    }}
    authentication {{
        auth_type PASS
        auth_pass {P(g.rs(r, g.AN, 8), "vrrp_auth_pass")}
    }}
    virtual_ipaddress {{
        {pip_(r)}/24
    }}
    notify_master "/usr/local/bin/notify.sh {em(r)}"
}}
"""


@tpl(NET, "text", "/etc/bind/named.conf.local")
def t_bind_tsig(r):
    return f"""key "xfer-key" {{
    algorithm hmac-sha256;
    secret "{K(g.b64_secret(r, 32), "tsig_secret")}";
}};

zone "{domain(r)}" {{
    type primary;
    file "/var/lib/bind/db.zone";
    allow-transfer {{ key "xfer-key"; {ip(r)}; }};
    also-notify {{ {ip(r)}; }};
}};
"""


@tpl(NET, "text", "/etc/squid/squid.conf")
def t_squid(r):
    return f"""http_port 3128
acl office src {ip(r)}/32
acl office src {pip_(r)}/32
http_access allow office
cache_peer {ip(r)} parent 8080 0 no-query default login=proxyuser:{pw(r, 'pw_alnum', 'pw_url')}
never_direct allow all
cache_mgr {em(r)}
"""


@tpl(NET, "text", "client.ovpn")
def t_ovpn(r):
    body = g.rs(r, g.HEX, 512)
    lines = "\n".join(body[i:i + 32] for i in range(0, 512, 32))
    return f"""client
dev tun
proto udp
remote {ip(r)} 1194
remote {ip(r)} 443 tcp
auth-user-pass
key-direction 1
<tls-auth>
{K("-----BEGIN OpenVPN Static key V1-----" + chr(10) + lines + chr(10) + "-----END OpenVPN Static key V1-----", "openvpn_static_key")}
</tls-auth>
"""


@tpl(NET, "yaml", "/etc/netplan/50-cloud-init.yaml")
def t_netplan(r):
    return f"""network:
  version: 2
  ethernets:
    enp1s0:
      addresses: [{ip(r)}/26]
      routes:
        - to: default
          via: {ip(r)}
      nameservers:
        addresses: [{X("127.0.0.53", "loopback_ip")}]
  wifis:
    wlp2s0:
      access-points:
        "Backoffice":
          password: "{pw(r, 'pw_word', 'pw_phrase', 'pw_spaces')}"
"""


@tpl(NET, "text", "/etc/frr/frr.conf")
def t_frr(r):
    return f"""frr defaults traditional
hostname border1
!
interface eth1
 ip ospf authentication message-digest
 ip ospf message-digest-key 1 md5 {pw(r, 'pw_alnum', 'pw_short')}
!
router bgp 64{r.randint(500, 999)}
 bgp router-id {ip(r)}
 neighbor {ip(r)} remote-as {r.randint(100, 60000)}
 neighbor {ip(r)} password {pw(r, 'pw_alnum', 'pw_word')}
 neighbor {X(g.link_local_ip(r), "link_local_ip")} remote-as internal
!
"""


@tpl(NET, "text", "/etc/postfix/sasl_passwd")
def t_postfix_sasl(r):
    return f"""# postmap /etc/postfix/sasl_passwd
[smtp.{domain(r)}]:587    {em(r)}:{pw(r, 'pw_app', 'pw_alnum', 'pw_word')}
[{ip(r)}]:2525            relay:{pw(r, 'pw_alnum')}
"""


@tpl(NET, "huawei", "vrp/ar6120.cfg")
def t_huawei(r):
    return f"""sysname AR6120-Branch
aaa
 local-user admin password irreversible-cipher {X("$1c$" + g.rs(r, g.AN + "!%&'()*+,-./:;<=>?@[]^_`{|}~", 44) .replace("@", "A") + "$", "huawei_cipher")}
 local-user ops password cipher {pw(r, 'pw_word', 'pw_alnum')}
interface GigabitEthernet0/0/1
 ip address {ip(r)} {X("255.255.255.248", "netmask")}
snmp-agent community read {pw(r, 'pw_alnum', 'pw_short')}
ntp-service unicast-server {ip(r)}
"""


# =========================================================================== self-hosted / home lab
HL = "self-hosted / home lab"


@tpl(HL, "dotenv", "immich/.env")
def t_immich(r):
    return f"""UPLOAD_LOCATION=/mnt/photos/library
IMMICH_VERSION=v{X(g.version3(r), "version3")}
DB_PASSWORD={pw(r, 'pw_alnum', 'pw_word')}
DB_USERNAME=postgres
DB_DATABASE_NAME=immich
# remote ML box
IMMICH_MACHINE_LEARNING_URL=http://{ip(r)}:3003
"""


@tpl(HL, "dotenv", "vaultwarden/.env")
def t_vaultwarden(r):
    return f"""DOMAIN=https://vault.{domain(r)}
ADMIN_TOKEN={K(g.b64_secret(r, 48), "vaultwarden_admin_token")}
# older instance uses a hashed token:
# ADMIN_TOKEN='{X(g.argon2(r), "argon2")}'
SMTP_HOST=smtp.{domain(r)}
SMTP_FROM={rem(r)}
SMTP_USERNAME={em(r)}
SMTP_PASSWORD={pw(r, 'pw_app_dash', 'pw_alnum', 'pw_word')}
"""


@tpl(HL, "yaml", "paperless/docker-compose.env.yml")
def t_paperless(r):
    return f"""services:
  webserver:
    image: ghcr.io/paperless-ngx/paperless-ngx:latest
    environment:
      PAPERLESS_SECRET_KEY: "{K(g.rs(r, g.AN, 50), "paperless_secret")}"
      PAPERLESS_ADMIN_USER: admin
      PAPERLESS_ADMIN_PASSWORD: "{pw(r)}"
      PAPERLESS_ADMIN_MAIL: {em(r)}
      PAPERLESS_DBHOST: {pip_(r)}
      PAPERLESS_EMAIL_HOST_PASSWORD: "{pw(r, 'pw_app')}"
"""


@tpl(HL, "xml", "Library/Application Support/Plex Media Server/Preferences.xml")
def t_plex_prefs(r):
    return f"""<?xml version="1.0" encoding="utf-8"?>
<Preferences MachineIdentifier="{g.uuid4(r)}" ProcessedMachineIdentifier="{X(g.sha(r, 40), "machine_id")}" PlexOnlineToken="{key(r, g.plex)}" PlexOnlineUsername="{g.person(r)[0]}" PlexOnlineMail="{em(r)}" customConnections="https://{ip(r)}:32400" LanNetworksBandwidth="{X("192.168.0.0", "private_ip")}/16"/>
""".replace(f'MachineIdentifier="', 'MachineIdentifier="', 1)


@tpl(HL, "yaml", "frigate/config.yml")
def t_frigate(r):
    return f"""mqtt:
  host: {pip_(r)}
  user: frigate
  password: "{pw(r, 'pw_alnum', 'pw_word')}"
cameras:
  driveway:
    ffmpeg:
      inputs:
        - path: rtsp://viewer:{pw(r, safe=True)}@{pip_(r)}:554/cam/realmonitor?channel=1
  cabin_gate:
    ffmpeg:
      inputs:
        - path: rtsp://admin:{pw(r, safe=True)}@{ip(r)}:8554/h264Preview_01_main
"""


@tpl(HL, "yaml", "ntfy/server.yml")
def t_ntfy(r):
    return f"""base-url: "https://ntfy.{domain(r)}"
auth-file: "/var/lib/ntfy/user.db"
auth-default-access: "deny-all"
auth-users:
  - "phil:{X(g.bcrypt(r), "bcrypt")}:admin"
auth-tokens:
  - "phil:{K("tk_" + g.rs(r, g.LO + g.DG, 29), "ntfy_token")}:backup script"
smtp-sender-addr: "smtp.{domain(r)}:587"
smtp-sender-user: "{em(r)}"
smtp-sender-pass: "{pw(r, 'pw_app', 'pw_alnum')}"
"""


@tpl(HL, "dotenv", "n8n/.env")
def t_n8n(r):
    return f"""N8N_HOST=n8n.{domain(r)}
N8N_ENCRYPTION_KEY={key(r, g.n8n_key)}
DB_POSTGRESDB_HOST={ip(r)}
DB_POSTGRESDB_PASSWORD={pw(r, 'pw_alnum', 'pw_word', 'pw_gen')}
N8N_SMTP_USER={em(r)}
N8N_SMTP_PASS={pw(r, 'pw_app_dash')}
WEBHOOK_URL=https://n8n.{domain(r)}/
"""


@tpl(HL, "yaml", "authelia/configuration.yml")
def t_authelia(r):
    return f"""identity_validation:
  reset_password:
    jwt_secret: '{K(g.rs(r, g.AN, 64), "authelia_jwt_secret")}'
session:
  secret: '{K(g.rs(r, g.AN, 64), "session_secret")}'
storage:
  encryption_key: '{K(g.rs(r, g.AN, 64), "storage_encryption_key")}'
  postgres:
    address: 'tcp://{ip(r)}:5432'
    password: '{pw(r, 'pw_alnum', 'pw_word')}'
notifier:
  smtp:
    username: '{em(r)}'
    password: '{pw(r, 'pw_app')}'
    sender: 'Authelia <{rem(r)}>'
"""


@tpl(HL, "ini", "/etc/grafana/grafana.ini")
def t_grafana_ini(r):
    return f"""[server]
http_addr = {X("0.0.0.0", "unspecified_ip")}
domain = grafana.{domain(r)}

[security]
admin_user = admin
admin_password = {pw(r)}
secret_key = {K(g.rs(r, g.AN, 16), "grafana_secret_key")}

[smtp]
enabled = true
host = {ip(r)}:587
user = {em(r)}
password = {pw(r, 'pw_app', 'pw_alnum')}
"""


@tpl(HL, "yaml", "prometheus/prometheus.yml")
def t_prometheus(r):
    return f"""scrape_configs:
  - job_name: node
    static_configs:
      - targets: ['{ip(r)}:9100', '{pip_(r)}:9100']
    basic_auth:
      username: prom
      password: '{pw(r, 'pw_alnum', 'pw_word')}'
remote_write:
  - url: https://prometheus-prod-24-prod-eu-west-2.grafana.net/api/prom/push
    basic_auth:
      username: "{r.randint(100000, 2999999)}"
      password: {key(r, g.grafana_cloud)}
"""


@tpl(HL, "text", "/etc/mosquitto/conf.d/bridge.conf")
def t_mosquitto_bridge(r):
    return f"""listener 1883 {X("127.0.0.1", "loopback_ip")}
password_file /etc/mosquitto/passwd
# passwd line for reference: sensors:{X(g.mosquitto_hash(r), "mosquitto_hash")}

connection cloud-bridge
address {ip(r)}:8883
remote_username bridge-{r.randint(1, 9)}
remote_password {pw(r, 'pw_alnum', 'pw_gen', 'pw_word')}
topic home/# out 1
"""


@tpl(HL, "javascript", ".node-red/settings.js")
def t_nodered(r):
    return f"""module.exports = {{
    uiPort: process.env.PORT || 1880,
    credentialSecret: "{K(g.rs(r, g.AN, 32), "nodered_credential_secret")}",
    adminAuth: {{
        type: "credentials",
        users: [{{ username: "admin", password: "{X(g.bcrypt(r), "bcrypt")}", permissions: "*" }}]
    }},
    httpNodeAuth: {{ user: "hooks", pass: "{X(g.bcrypt(r), "bcrypt")}" }},
    functionGlobalContext: {{ influxToken: "{K(g.b64(r, 64, url=True, pad=False) + "==", "influxdb_token")}", influxHost: "{ip(r)}" }},
}};
"""


@tpl(HL, "yaml", "synapse/homeserver.yaml")
def t_synapse(r):
    return f"""server_name: "{domain(r)}"
registration_shared_secret: "{K(g.rs(r, g.AN + "~;:.=^,&", 50).replace("&", "A"), "synapse_registration_secret")}"
macaroon_secret_key: "{K(g.rs(r, g.AN, 50), "synapse_macaroon_key")}"
form_secret: "{K(g.rs(r, g.AN, 50), "synapse_form_secret")}"
database:
  name: psycopg2
  args:
    user: synapse
    password: "{pw(r, 'pw_alnum', 'pw_word')}"
    host: {ip(r)}
email:
  smtp_host: smtp.{domain(r)}
  smtp_user: "{em(r)}"
  smtp_pass: "{pw(r, 'pw_app', 'pw_alnum')}"
  notif_from: "Matrix <{rem(r)}>"
"""


# =========================================================================== mobile / IDE config
MOB = "mobile / IDE config"


@tpl(MOB, "properties", "gradle.properties")
def t_gradle_signing(r):
    return f"""org.gradle.jvmargs=-Xmx4g
RELEASE_STORE_FILE=../keys/release.jks
RELEASE_STORE_PASSWORD={pw(r, 'pw_word', 'pw_alnum', 'pw_camel')}
RELEASE_KEY_ALIAS=upload
RELEASE_KEY_PASSWORD={pw(r, 'pw_word', 'pw_alnum', 'pw_camel')}
mavenCentralUsername={g.rs(r, g.AN, 8)}
mavenCentralPassword={K(g.rs(r, g.AN, 44), "sonatype_user_token")}
"""


@tpl(MOB, "dotenv", "fastlane/.env.default")
def t_fastlane_env(r):
    return f"""FASTLANE_USER={em(r)}
FASTLANE_PASSWORD={pw(r, 'pw_word', 'pw_gen')}
FASTLANE_APPLE_APPLICATION_SPECIFIC_PASSWORD={pw(r, 'pw_app_dash')}
MATCH_PASSWORD={pw(r, 'pw_phrase', 'pw_alnum')}
FIREBASE_APP_ID={X("1:" + g.rs(r, g.DG, 12) + ":ios:" + g.rs(r, g.HEX, 22), "firebase_app_id")}
"""


@tpl(MOB, "json", ".vscode/launch.json")
def t_vscode_launch(r):
    return f"""{{
  "version": "0.2.0",
  "configurations": [
    {{
      "type": "debugpy",
      "request": "launch",
      "name": "worker (prod data)",
      "program": "${{workspaceFolder}}/worker.py",
      "env": {{
        "PGHOST": "{ip(r)}",
        "PGPASSWORD": "{pw(r, 'pw_alnum', 'pw_word', 'pw_gen')}",
        "REPLICATE_API_TOKEN": "{key(r, g.replicate)}",
        "FIGMA_TOKEN": "{key(r, g.figma)}"
      }}
    }}
  ]
}}
"""


@tpl(MOB, "typescript", "app.config.ts")
def t_expo_config(r):
    return f"""import {{ ExpoConfig }} from 'expo/config';

const config: ExpoConfig = {{
  name: 'Trailhead',
  slug: 'trailhead',
  extra: {{
    eas: {{ projectId: '{g.uuid4(r)}' }},
    mapsApiKey: '{key(r, g.google_api)}',
    revenueCatKey: '{X("appl_" + g.rs(r, g.AN, 27), "revenuecat_public_key")}',
    supportEmail: '{em(r)}',
    airtableToken: '{key(r, g.airtable)}',
  }},
}};

export default config;
"""


# =========================================================================== SQL / CSV
SQL = "SQL / CSV"


@tpl(SQL, "sql", "migrations/0042_roles.sql")
def t_pg_roles(r):
    return f"""-- 0042: reporting roles
CREATE ROLE metabase LOGIN PASSWORD '{pw(r, 'pw_alnum', 'pw_word', 'pw_gen')}';
ALTER ROLE replicator WITH PASSWORD '{pw(r, 'pw_alnum')}';
CREATE ROLE legacy LOGIN PASSWORD '{X("md5" + g.sha(r, 32), "pg_md5_hash")}';
ALTER ROLE app_rw PASSWORD '{X(g.scram(r), "scram_hash")}';
COMMENT ON ROLE metabase IS 'owner {E(g.email(r))}, connects from {IP(g.ip(r))}';
"""


@tpl(SQL, "sql", "grants.sql")
def t_mysql_users(r):
    return f"""CREATE USER 'shop'@'{ip(r)}' IDENTIFIED BY '{pw(r, 'pw_word', 'pw_alnum', 'pw_gen')}';
CREATE USER 'report'@'{X("10.%", "host_pattern")}' IDENTIFIED WITH mysql_native_password AS '{X(g.mysql_native(r), "mysql_native_hash")}';
GRANT SELECT ON shop.* TO 'report'@'10.%';
UPDATE shop.settings SET value = '{em(r)}' WHERE name = 'order_notify';
"""


@tpl(SQL, "csv", "exports/newsletter_subscribers.csv")
def t_newsletter_csv(r):
    rows = "\n".join(f"{r.randint(1000, 99999)},{em(r)},{ip(r)},2024-0{r.randint(1, 9)}-1{r.randint(0, 9)},{r.choice(['true', 'false'])}"
                     for _ in range(4))
    return f"id,email,signup_ip,signed_up,double_opt_in\n{rows}\n"


@tpl(SQL, "sql", "dump/users.sql")
def t_sqlite_users(r):
    rows = ",\n".join(f"({i},'{em(r)}','{X(g.bcrypt(r), 'bcrypt')}','{ip(r)}')" for i in range(1, 4))
    return f"""BEGIN TRANSACTION;
CREATE TABLE users (id INTEGER PRIMARY KEY, email TEXT UNIQUE, password_hash TEXT, last_login_ip TEXT);
INSERT INTO users VALUES
{rows};
INSERT INTO settings VALUES('smtp_password','{pw(r, 'pw_app', 'pw_alnum')}');
COMMIT;
"""


# =========================================================================== notebook
NB = "notebook"


@tpl(NB, "notebook", "notebooks/eval_llm.ipynb")
def t_ipynb_llm(r):
    src1 = f'import os\\n", "os.environ[\\"OPENAI_API_KEY\\"] = \\"{key(r, g.openai)}\\"\\n", "os.environ[\\"FIREWORKS_API_KEY\\"] = \\"{key(r, g.fireworks)}\\"'
    return f"""{{
 "cells": [
  {{"cell_type": "code", "execution_count": 1, "metadata": {{}}, "outputs": [],
   "source": ["{src1}"]}},
  {{"cell_type": "code", "execution_count": 2, "metadata": {{}},
   "outputs": [{{"name": "stdout", "output_type": "stream", "text": ["connected to {ip(r)} as {em(r)}\\n"]}}],
   "source": ["client = connect()"]}}
 ],
 "metadata": {{"kernelspec": {{"name": "python3", "display_name": "Python 3"}}}},
 "nbformat": 4,
 "nbformat_minor": 5
}}
"""


@tpl(NB, "python", "notebooks/ingest_orders.py")
def t_databricks_nb(r):
    return f"""# Databricks notebook source
jdbc_url = "jdbc:sqlserver://{ip(r)}:1433;database=orders"

# COMMAND ----------

props = {{
    "user": "dbx_reader",
    "password": "{pw(r, 'pw_word', 'pw_alnum', 'pw_gen')}",
    "driver": "com.microsoft.sqlserver.jdbc.SQLServerDriver",
}}
token = dbutils.secrets.get(scope="kv", key="sf-token")  # noqa: F821

# COMMAND ----------

df = spark.read.jdbc(jdbc_url, "dbo.orders", properties=props)  # noqa: F821
owner = "{em(r)}"
"""


# =========================================================================== HTTP / API client export
HTTP = "HTTP / API client export"


@tpl(HTTP, "json", "http-client.private.env.json")
def t_jetbrains_http_env(r):
    return f"""{{
  "prod": {{
    "host": "https://{ip(r)}",
    "token": "{key(r, g.okta)}",
    "password": "{pw(r, 'pw_word', 'pw_alnum', 'pw_gen')}"
  }},
  "local": {{
    "host": "http://{X("127.0.0.1", "loopback_ip")}:8080",
    "token": "dev"
  }}
}}
"""


@tpl(HTTP, "json", "postman/prod.postman_environment.json")
def t_postman_env(r):
    return f"""{{
  "id": "{g.uuid4(r)}",
  "name": "prod",
  "values": [
    {{"key": "baseUrl", "value": "https://{ip(r)}/api", "enabled": true}},
    {{"key": "zendeskToken", "value": "{key(r, g.zendesk)}", "enabled": true}},
    {{"key": "agentEmail", "value": "{em(r)}", "enabled": true}},
    {{"key": "intercomToken", "value": "{key(r, g.intercom)}", "enabled": true}}
  ]
}}
"""


@tpl(HTTP, "http", "requests/billing.http")
def t_rest_client(r):
    u = user(r)
    return f"""@host = https://{ip(r)}
@token = {key(r, g.contentful)}

### list entries
GET {{{{host}}}}/spaces/main/entries
Authorization: Bearer {{{{token}}}}

### legacy endpoint
GET {{{{host}}}}/v1/invoices
Authorization: Basic {K(g.basic_auth(r, u, g.pw_word(r)), "basic_auth_b64")}
"""


# =========================================================================== commit / review
CR = "commit / review"


@tpl(CR, "diff", "0001-remove-hardcoded-key.patch")
def t_commit_removal(r):
    return f"""From {X(g.sha(r, 40), "git_sha")} Mon Sep 17 00:00:00 2001
From: {g.person(r)[0].title()} <{em(r)}>
Subject: [PATCH] config: read the Mailgun key from the environment

---
 app/config.py | 2 +-
@@ -12,7 +12,7 @@
-MAILGUN_API_KEY = "{key(r, g.mailgun)}"
+MAILGUN_API_KEY = os.environ["MAILGUN_API_KEY"]
 MAILGUN_DOMAIN = "mg.{domain(r)}"
"""


@tpl(CR, "markdown", "review-comments.md")
def t_review_comment(r):
    return f"""> **{g.person(r)[0]}** commented on `deploy/values.yaml` line 31
>
> ```yaml
> redisPassword: {pw(r, 'pw_alnum', 'pw_word')}
> ```
> This is the real prod password, please move it to the sealed secret
> (`{X("AgB" + g.b64(r, 120, pad=False), "sealed_secret")}`) and rotate.

> **{g.person(r)[0]}** replied: done in {sha(r, 7, "short_sha")}, rotated on {ip(r)}.
"""


# =========================================================================== unusual formats
UN = "unusual format"


@tpl(UN, "org", "notes/infra.org")
def t_org_mode(r):
    return f"""#+TITLE: Infra notes
* Hosts
| name   | addr         | user  | pass |
|--------+--------------+-------+------|
| nas    | {pip_(r)} | admin | {pw(r, 'pw_word', 'pw_alnum')} |
| vps    | {ip(r)} | root  | {pw(r, 'pw_gen', 'pw_alnum')} |
* TODO rotate the [[mailto:{em(r)}][shared mailbox]] password
"""


@tpl(UN, "registry", "autologon.reg")
def t_winlogon_reg(r):
    return f"""Windows Registry Editor Version 5.00

[HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion\\Winlogon]
"AutoAdminLogon"="1"
"DefaultUserName"="kiosk"
"DefaultDomainName"="SHOPFLOOR"
"DefaultPassword"="{pw(r, 'pw_word', 'pw_short', 'pw_alnum')}"

[HKEY_LOCAL_MACHINE\\SOFTWARE\\Vendor\\Sync]
"Server"="{ip(r)}"
"""


@tpl(UN, "xml", "autounattend.xml")
def t_unattend(r):
    return f"""<UserAccounts>
  <AdministratorPassword>
    <Value>{pw(r, 'pw_word', 'pw_gen', 'pw_camel')}</Value>
    <PlainText>true</PlainText>
  </AdministratorPassword>
  <LocalAccounts>
    <LocalAccount wcm:action="add">
      <Password><Value>{X(g.b64(r, 30), "unattend_encoded")}</Value><PlainText>false</PlainText></Password>
      <Name>tech</Name>
    </LocalAccount>
  </LocalAccounts>
</UserAccounts>
<RegisteredOwner>{em(r)}</RegisteredOwner>
"""


@tpl(UN, "kickstart", "ks.cfg")
def t_kickstart(r):
    return f"""lang en_US.UTF-8
network --bootproto=static --ip={ip(r)} --netmask={X("255.255.255.0", "netmask")} --gateway={ip(r)} --nameserver={ip(r)}
rootpw --plaintext {pw(r, 'pw_word', 'pw_alnum', 'pw_gen')}
user --name=ansible --iscrypted --password={X(g.sha512crypt(r), "sha512_crypt")}
%post
echo "built by {em(r)}" > /etc/motd
%end
"""


@tpl(UN, "text", ".git-credentials")
def t_git_credentials(r):
    return f"""https://{g.person(r)[0]}:{key(r, g.gh_fine)}@github.com
https://oauth2:{key(r, g.gitlab_pat)}@gitlab.{domain(r)}
https://x-token-auth:{key(r, g.bitbucket_app)}@bitbucket.org
"""


@tpl(UN, "text", ".fetchmailrc")
def t_fetchmailrc(r):
    return f"""set daemon 300
poll imap.{domain(r)} protocol IMAP
  user '{g.email(r).split("@")[0]}' there with password '{pw(r, 'pw_word', 'pw_alnum', 'pw_app')}' is 'mbox' here
  ssl
poll {ip(r)} protocol POP3
  user "{E(g.email(r))}" there with password "{pw(r, 'pw_alnum', 'pw_short')}" is 'mbox' here
"""


@tpl(UN, "text", "/etc/redis/redis.conf")
def t_redis_conf(r):
    return f"""bind {X("127.0.0.1", "loopback_ip")} {pip_(r)}
requirepass {pw(r, 'pw_alnum', 'pw_gen')}
masterauth {pw(r, 'pw_alnum')}
replicaof {ip(r)} 6379
user monitor on >{pw(r, 'pw_alnum', 'pw_word')} ~* +info +ping
"""


@tpl(UN, "text", "/etc/wpa_supplicant/wpa_supplicant.conf")
def t_wpa_supplicant(r):
    return f"""ctrl_interface=DIR=/var/run/wpa_supplicant GROUP=netdev
country=FI
network={{
    ssid="Mökki"
    psk="{pw(r, 'pw_word', 'pw_phrase', 'pw_nonascii')}"
}}
network={{
    ssid="eduroam"
    key_mgmt=WPA-EAP
    identity="{em(r)}"
    password="{pw(r, 'pw_gen', 'pw_alnum')}"
}}
"""


@tpl(UN, "ini", "/etc/supervisor/conf.d/app.conf")
def t_supervisord(r):
    return f"""[inet_http_server]
port={X("127.0.0.1", "loopback_ip")}:9001
username=admin
password={pw(r, 'pw_alnum', 'pw_word')}

[program:worker]
command=/srv/app/venv/bin/python -m worker
environment=PINECONE_API_KEY="{K("pcsk_" + g.rs(r, g.AN, 5) + "_" + g.rs(r, g.AN, 64), "pinecone")}",BROKER="{ip(r)}"
"""


@tpl(UN, "text", "keys.txt")
def t_age_keys(r):
    return f"""# created: 2024-0{r.randint(1, 9)}-0{r.randint(1, 9)}T12:00:00Z
# public key: {X(g.age_public(r), "age_public_key")}
{key(r, g.age_secret)}
"""


# =========================================================================== non-English prose
NE = "docs / prose"


@tpl(NE, "text", "ghi-chu/ban-giao.txt")
def t_vi_handover(r):
    return f"""Ghi chú bàn giao — máy chủ kế toán
Địa chỉ máy chủ: {ip(r)}
Tài khoản quản trị: admin / mật khẩu: {pw(r, 'pw_word', 'pw_nonascii', 'pw_alnum')}
Khóa API của Mailgun: {key(r, g.mailgun)}
Nếu có sự cố, liên hệ {em(r)}.
"""


@tpl(NE, "text", "note/predare.txt")
def t_ro_handover(r):
    return f"""Predare server facturare
Adresa serverului: {ip(r)} (rețeaua internă {pip_(r)})
Utilizator: facturi, parola: {pw(r, 'pw_word', 'pw_camel', 'pw_nonascii')}
Tokenul pentru GitLab: {key(r, g.gitlab_pat)}
Întrebări la {em(r)}.
"""


@tpl(NE, "markdown", "ohjeet/palvelin.md")
def t_fi_notes(r):
    return f"""## Palvelimen tiedot
- Julkinen osoite: {ip(r)}
- Tietokannan salasana: `{pw(r, 'pw_alnum', 'pw_nonascii', 'pw_word')}`
- Varmuuskopioiden avain: `{key(r, g.do_pat)}`
- Yhteyshenkilö: {em(r)}
"""


@tpl(NE, "text", "notatky/peredacha.txt")
def t_uk_notes(r):
    return f"""Передача справ: сервер звітності
IP-адреса: {ip(r)}
Логін: reports, пароль: {pw(r, 'pw_nonascii', 'pw_word', 'pw_alnum')}
Токен Telegram-бота: {key(r, g.telegram)}
Питання — на {em(r)}.
"""


@tpl(NE, "text", "yaddasht/tahvil.txt")
def t_fa_notes(r):
    return f"""یادداشت تحویل سرور
آدرس سرور: {ip(r)}
نام کاربری: admin و رمز عبور: {pw(r, 'pw_word', 'pw_alnum')}
کلید API سرویس ابری: {key(r, g.vultr)}
برای هماهنگی با {em(r)} تماس بگیرید.
"""


@tpl(NE, "text", "notes/hastantaran.txt")
def t_hi_notes(r):
    return f"""सर्वर हस्तांतरण नोट्स
सर्वर का पता: {ip(r)}
डेटाबेस पासवर्ड: {pw(r, 'pw_word', 'pw_alnum', 'pw_gen')}
Slack बॉट टोकन: {key(r, g.slack_bot)}
किसी भी समस्या के लिए {em(r)} पर संपर्क करें।
"""


@tpl(NE, "text", "tala/paglilipat.txt")
def t_tl_notes(r):
    return f"""Mga tala sa paglilipat ng server
Address ng server: {ip(r)}
Password ng admin: {pw(r, 'pw_word', 'pw_camel', 'pw_alnum')}
API key ng SendGrid: {key(r, g.sendgrid)}
Makipag-ugnayan kay {em(r)} kung may problema.
"""


@tpl(NE, "text", "notes/traspas.txt")
def t_ca_notes(r):
    return f"""Notes de traspàs del servidor de reserves
Adreça pública: {ip(r)}
Contrasenya de l'usuari «reserves»: {pw(r, 'pw_word', 'pw_nonascii', 'pw_alnum')}
Clau de l'API de Stripe: {key(r, g.stripe_sk)}
Per a dubtes, escriviu a {em(r)}.
"""


@tpl(NE, "text", "poznamky/predani.txt")
def t_cs_notes(r):
    return f"""Předávací poznámky k serveru
Veřejná adresa: {ip(r)}, interní {pip_(r)}
Heslo k databázi: {pw(r, 'pw_nonascii', 'pw_word', 'pw_alnum')}
Token pro Hugging Face: {key(r, g.hf)}
Kontakt: {em(r)}
"""


@tpl(NE, "text", "pastabos/perdavimas.txt")
def t_lt_notes(r):
    return f"""Serverio perdavimo pastabos
Serverio adresas: {ip(r)}
Administratoriaus slaptažodis: {pw(r, 'pw_nonascii', 'pw_word', 'pw_alnum')}
Tailscale raktas: {key(r, g.tailscale)}
Klausimus siųskite {em(r)}.
"""


# =========================================================================== look-alike-heavy contexts
@tpl(CC, "html", "public/index.html")
def t_html_assets(r):
    return f"""<!doctype html>
<html>
<head>
  <link rel="icon" href="/img/{X("logo@2x.png", "asset_filename")}">
  <script src="https://cdn.jsdelivr.net/npm/htmx.org@{X(g.version3(r), "version3")}" integrity="{X(g.sri(r), "sri_hash")}" crossorigin="anonymous"></script>
  <script>
    window.posthog && posthog.init('{X(g.posthog_project(r), "posthog_project_key")}', {{api_host: 'https://eu.i.posthog.com'}});
    window.STRIPE_PK = '{X(g.stripe_pk(r), "stripe_publishable")}';
    window.SUPPORT = '{em(r)}';
  </script>
</head>
<body data-build="{sha(r)}" data-release="{ver4(r)}"></body>
</html>
"""


@tpl(SH, "shell", "ops/notes-systemd.sh")
def t_systemd_units(r):
    return f"""# instance units look like addresses but are not
systemctl enable --now {X("wg-quick@wg0.service", "systemd_instance")}
systemctl restart {X("openvpn-client@office.service", "systemd_instance")}
systemctl status {X("getty@tty1.service", "systemd_instance")}
git remote add upstream {X("git@github.com", "git_ssh_remote")}:acme/infra.git
# the one real thing here: the monitoring box
curl -s -u prom:{pw(r, 'pw_alnum', 'pw_url')} http://{ip(r)}:9090/-/ready
gpg --recv-keys {X(g.rs(r, "0123456789ABCDEF", 16), "gpg_key_id")}
docker pull ghcr.io/acme/api@{X(g.docker_digest(r), "docker_digest")}
"""


@tpl(DOC, "markdown", "docs/configuration.md")
def t_config_reference(r):
    return f"""## Configuration reference

| variable | example | notes |
|---|---|---|
| `DATABASE_URL` | `{X("postgres://user:<password>@host:5432/db", "placeholder")}` | required |
| `SMTP_PASSWORD` | `{X("${SMTP_PASSWORD}", "env_lookup")}` | read from env |
| `ADMIN_EMAIL` | `{X("admin@example.net", "reserved_email")}` | |
| `BIND` | `{X("0.0.0.0", "unspecified_ip")}` | |
| `TRUSTED_PROXIES` | `{X(g.cgnat_ip(r), "cgnat_ip")}`, `{X(g.private_ip(r), "private_ip")}` | |
| `INSTANCE_ID` | `{uid(r)}` | generated |
| `API_KEY` | `{X("sk-xxxxxxxxxxxxxxxxxxxxxxxx", "placeholder")}` | |
| `JASYPT_SECRET` | `{X(g.jasypt(r), "jasypt_enc")}` | encrypted |
| `DB_PASSWORD` | `{X(g.sops_enc(r), "sops_enc")}` | SOPS |

Our public demo runs at {ip(r)}; write to {em(r)} for an account. The demo admin password is
`{pw(r, 'pw_word', 'pw_dotted', 'pw_camel')}` and is reset nightly.
"""
