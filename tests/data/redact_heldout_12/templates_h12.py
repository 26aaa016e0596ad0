"""Synthetic templates for held-out set 12.

Each template is a function of a random.Random that returns (lang, path, text); planted values are wrapped in
markers by gen_h12.L (labels) and gen_h12.LA (look-alikes). TEMPLATES maps name -> (class, group, function).
"""
import json

import gen_h12 as G
from gen_h12 import L, LA

TEMPLATES = {}


def tpl(cls, group):
    def deco(fn):
        TEMPLATES[fn.__name__] = (cls, group, fn)
        return fn
    return deco


def E(r, domain=None, kind="email"):
    return L("EMAIL", kind, G.email(r, domain))


def RE(r, domain=None):
    return L("EMAIL", "role_email", G.role_email(r, domain))


def I(r):
    return L("IP_ADDRESS", "ipv4", G.ip(r))


def K(kind, value):
    return L("KEY", kind, value)


def P(r, safe=None, kind="password"):
    return L("PASSWORD", kind, G.password(r, safe))


def PP(r):
    return L("PASSWORD", "passphrase", G.passphrase(r))


def priv(r):
    return LA("private_ip", G.private_ip(r))


def LAr(kind, fn, r):
    return LA(kind, fn(r))


# =====================================================================================================
# Everyday: application config and code
# =====================================================================================================
@tpl("code / config assignment", "everyday")
def remix_env(r):
    return "dotenv", "apps/storefront/.env.production", f"""# Remix storefront, production
SESSION_SECRET={K("session_secret", G.hex_secret(r, 64))}
DATABASE_URL=postgresql://remix_app:{P(r, "-_.~")}@{I(r)}:5432/storefront?sslmode=require
SHOPIFY_ADMIN_TOKEN={K("shopify", G.shopify(r))}
SHOPIFY_APP_ID={LA("numeric_id", G.numeric_id(r))}
PUBLIC_STRIPE_KEY={LA("publishable_key", G.stripe_pk(r))}
STRIPE_SECRET_KEY={K("stripe_secret", G.stripe_sk(r))}
ORDER_NOTIFY={E(r)}
CACHE_HOST={priv(r)}
"""


@tpl("code / config assignment", "everyday")
def nuxt_runtime(r):
    return "typescript", "nuxt.config.ts", f"""export default defineNuxtConfig({{
  runtimeConfig: {{
    supabaseServiceKey: '{K("supabase_pat", G.supabase_pat(r))}',
    mailFrom: '{E(r)}',
    figmaToken: '{K("figma", G.figma(r))}',
    public: {{
      apiBase: 'https://{I(r)}/api',
      buildId: '{LA("uuid", G.uuid4(r))}',
    }},
  }},
  devServer: {{ host: '{LA("unspecified_ip", "0.0.0.0")}' }},
}})
"""


@tpl("code / config assignment", "everyday")
def flask_instance_cfg(r):
    return "python", "instance/config.py", f"""# instance config, not in git
SECRET_KEY = "{K("flask_secret", G.hex_secret(r, 48))}"
SQLALCHEMY_DATABASE_URI = "mysql+pymysql://inventory:{P(r, "-_.~")}@{I(r)}/inventory"
MAIL_SERVER = "smtp.{G.r_choice(r, G.COMPANY)}"
MAIL_USERNAME = "{E(r)}"
MAIL_PASSWORD = "{P(r, "!#%&*+-=?_.~")}"
ADMINS = ["{E(r)}", "{RE(r)}"]
TRUSTED_PROXIES = ["{priv(r)}", "{LAr("loopback_ip", G.loopback_ip, r)}"]
WTF_CSRF_SECRET_KEY = "{K("csrf_secret", G.b64_secret(r, 32))}"
"""


@tpl("code / config assignment", "everyday")
def fastify_env_ts(r):
    return "typescript", "src/config/env.ts", f"""import {{ z }} from "zod";

export const env = z.object({{
  DATABASE_URL: z.string().default("postgres://api:{P(r, "-_.~")}@{I(r)}:6432/core"),
  REDIS_URL: z.string().default("redis://default:{P(r, "-_.~")}@{priv(r)}:6379/0"),
  GROQ_API_KEY: z.string().default("{K("groq", G.groq(r))}"),
  SENTRY_RELEASE: z.string().default("{LA("git_sha", G.git_sha(r))}"),
}}).parse(process.env);
"""


@tpl("code / config assignment", "everyday")
def spring_properties(r):
    return "properties", "src/main/resources/application-prod.properties", f"""spring.datasource.url=jdbc:postgresql://{I(r)}:5432/ledger
spring.datasource.username=ledger_svc
spring.datasource.password={P(r, "!#%&*+-=?_.~")}
spring.mail.host=smtp.{G.r_choice(r, G.PUBLIC_MAIL)}
spring.mail.username={E(r)}
spring.mail.password={L("PASSWORD", "app_password", G.s(r, G.LO, 16))}
app.jwt.signing-key={K("jwt_secret", G.b64_secret(r, 48))}
management.server.address={LAr("loopback_ip", G.loopback_ip, r)}
info.app.version={LA("version", G.version(r))}
"""


@tpl("code / config assignment", "everyday")
def quarkus_yaml(r):
    return "yaml", "src/main/resources/application.yaml", f"""quarkus:
  datasource:
    username: quarkus
    password: "{P(r, "!#%&*+-=?_.~")}"
    jdbc:
      url: jdbc:mariadb://{I(r)}:3306/orders
  oidc:
    auth-server-url: https://sso.{G.r_choice(r, G.COMPANY)}/realms/ops
    client-id: orders-api
    credentials:
      secret: {K("oidc_client_secret", G.alnum_secret(r, 32))}
  mailer:
    from: {E(r)}
  http:
    host: {LA("unspecified_ip", "0.0.0.0")}
"""


@tpl("code / config assignment", "everyday")
def dotnet_appsettings(r):
    text = {
        "ConnectionStrings": {
            "Main": "Server=" + I(r) + ",1433;Database=Payroll;User Id=payroll_app;Password=" +
                    P(r, "!#%*+-=?_.~") + ";TrustServerCertificate=True"
        },
        "SendGrid": {"ApiKey": K("sendgrid", G.sendgrid(r)), "From": E(r)},
        "AllowedHosts": "*",
        "Kestrel": {"Endpoints": {"Http": {"Url": "http://" + LA("unspecified_ip", "0.0.0.0") + ":5080"}}},
        "Build": {"Commit": LA("git_sha", G.git_sha(r))},
    }
    return "json", "Payroll.Api/appsettings.Production.json", json.dumps(text, indent=2, ensure_ascii=False) + "\n"


@tpl("code / config assignment", "everyday")
def go_main_consts(r):
    return "go", "cmd/ingest/secrets.go", f"""package main

// TODO(move to vault) -- temporary while the sidecar is broken
const (
	ingestDSN      = "clickhouse://ingest:{P(r, "-_.~")}@{I(r)}:9000/events"
	databricksPAT  = "{K("databricks", G.databricks(r))}"
	wandbKey       = "{K("wandb", G.wandb(r))}"
	metricsBind    = "{priv(r)}:9102"
	alertRecipient = "{E(r)}"
)
"""


@tpl("code / config assignment", "everyday")
def rust_config_toml(r):
    return "toml", "crates/relay/Relay.toml", f"""[server]
bind = "{LA("unspecified_ip", "0.0.0.0")}:8443"
public_ip = "{I(r)}"

[upstream]
url = "https://{I(r)}:9443"
token = "{K("bearer_token", G.alnum_secret(r, 48))}"

[smtp]
user = "{E(r)}"
password = "{P(r, "!#%&*+-=?_.~")}"

[build]
rustc = "{LA("version", G.version(r))}"
"""


@tpl("code / config assignment", "everyday")
def laravel_env(r):
    return "dotenv", ".env", f"""APP_NAME=Helpdesk
APP_KEY=base64:{K("laravel_app_key", G.b64_secret(r, 32))}
DB_HOST={I(r)}
DB_USERNAME=helpdesk
DB_PASSWORD="{P(r, "!#%&*+-=?_.~")}"
MAIL_MAILER=smtp
MAIL_USERNAME={E(r)}
MAIL_PASSWORD={P(r, "!#%&*+-=?_.~")}
PUSHER_APP_KEY={LA("public_app_key", G.hexs(r, 20))}
PUSHER_APP_SECRET={K("pusher_secret", G.hexs(r, 20))}
REDIS_HOST={priv(r)}
"""


@tpl("code / config assignment", "everyday")
def rails_database_yml(r):
    return "yaml", "config/database.yml", f"""production:
  primary:
    adapter: postgresql
    host: {I(r)}
    database: shop_production
    username: shop
    password: '{P(r, "!#%&*+-=?_.~")}'
  cache:
    adapter: postgresql
    host: {priv(r)}
    password: <%= ENV["CACHE_DB_PASSWORD"] %>
  replica:
    host: {I(r)}
    password: '{P(r, "!#%&*+-=?_.~")}'
    replica: true
"""


@tpl("code / config assignment", "everyday")
def django_settings_env(r):
    return "python", "config/settings/prod.py", f"""from .base import *  # noqa

SECRET_KEY = "{K("django_secret", G.django_secret(r))}"
ALLOWED_HOSTS = ["{I(r)}", "shop.{G.r_choice(r, G.COMPANY)}"]
INTERNAL_IPS = ["{LAr("loopback_ip", G.loopback_ip, r)}"]
DATABASES["default"].update(HOST="{I(r)}", PASSWORD="{P(r, "!#%&*+-=?_.~")}")
ANYMAIL = {{"POSTMARK_SERVER_TOKEN": "{K("postmark_server_token", G.uuid4(r))}"}}
SERVER_EMAIL = "{RE(r)}"
DEFAULT_FROM_EMAIL = "{LA("noreply_email", G.noreply_email(r))}"
"""


@tpl("code / config assignment", "everyday")
def php_config_array(r):
    return "php", "config/local.php", f"""<?php
return [
    'db' => [
        'dsn' => 'pgsql:host={I(r)};dbname=crm',
        'user' => 'crm',
        'pass' => '{P(r, "!#%&*+-=?_.~")}',
    ],
    'mailer' => ['from' => '{E(r)}', 'dsn' => 'smtp://mailer:{P(r, "-_.~")}@smtp.{G.r_choice(r, G.PUBLIC_MAIL)}:587'],
    'algolia' => ['app_id' => '{LA("algolia_app_id", G.s(r, G.UP + G.DG, 10))}', 'admin_key' => '{K("algolia_admin", G.algolia_admin(r))}'],
    'trusted' => ['{priv(r)}', '{LAr("cgnat_ip", G.cgnat_ip, r)}'],
];
"""


@tpl("code / config assignment", "everyday")
def java_hardcoded(r):
    return "java", "src/main/java/com/acme/sync/Creds.java", f"""package com.acme.sync;

final class Creds {{
    // FIXME: load from Secrets Manager
    static final String FTP_HOST = "{I(r)}";
    static final String FTP_USER = "sync";
    static final String FTP_PASS = "{P(r, "!#%&*+-=?_.~")}";
    static final String ALIBABA_KEY_ID = "{K("alibaba_key_id", G.alibaba_id(r))}";
    static final String ALIBABA_SECRET = "{K("alibaba_secret", G.alibaba_secret(r))}";
    static final String NOTIFY = "{E(r)}";
    static final String SCHEMA = "{LA("uuid", G.uuid4(r))}";
}}
"""


@tpl("code / config assignment", "everyday")
def kotlin_ktor_conf(r):
    return "hocon", "src/main/resources/application.conf", f"""ktor {{
  deployment {{ host = "{LA("unspecified_ip", "0.0.0.0")}", port = 8080 }}
}}
jwt {{
  secret = "{K("jwt_secret", G.hex_secret(r, 64))}"
  issuer = "https://{I(r)}/"
}}
database {{
  url = "jdbc:postgresql://{I(r)}/ktor"
  password = "{P(r, "!#%&*+-=?_.~")}"
}}
admin.email = "{E(r)}"
"""


@tpl("code / config assignment", "everyday")
def node_knex_seed(r):
    return "javascript", "scripts/seed-admin.js", f"""// one-off: create the first admin account
const {{ Client }} = require("pg");
const client = new Client({{ host: "{I(r)}", user: "seed", password: "{P(r, "!#%&*+-=?_.~")}", database: "app" }});
const admin = {{ email: "{E(r)}", password: "{P(r, "!#%&*+-=?_.~")}" }};
const demo = {{ email: "{LA("reserved_email", G.reserved_email(r))}", passwordHash: "{LA("bcrypt_hash", G.bcrypt_hash(r))}" }};
module.exports = {{ client, admin, demo }};
"""


@tpl("code / config assignment", "everyday")
def python_ai_client(r):
    return "python", "tools/summarise.py", f"""import os
from anthropic import Anthropic
from openai import OpenAI

claude = Anthropic(api_key=os.getenv("ANTHROPIC_API_KEY", "{K("anthropic", G.anthropic(r))}"))
gpt = OpenAI(api_key="{K("openai", G.openai(r))}")
REPLICATE_API_TOKEN = "{K("replicate", G.replicate(r))}"
PINECONE_API_KEY = "{K("pinecone", G.pinecone(r))}"
MODEL_REVISION = "{LA("git_sha", G.git_sha(r))}"
"""


@tpl("code / config assignment", "everyday")
def csharp_smtp(r):
    return "csharp", "Jobs/ReportMailer.cs", f"""using System.Net;
using System.Net.Mail;

public static class ReportMailer
{{
    public static SmtpClient Create() => new SmtpClient("{I(r)}", 587)
    {{
        EnableSsl = true,
        Credentials = new NetworkCredential("{E(r)}", "{P(r, "!#%&*+-=?_.~")}")
    }};
    public const string To = "{E(r)}";
    public const string Cc = "{RE(r)}";
}}
"""


@tpl("code / config assignment", "everyday")
def swift_plist_env(r):
    return "swift", "Sources/App/Env.swift", f"""enum Env {{
    static let revenueCatPublic = "{LA("public_sdk_key", "appl_" + G.s(r, G.AN, 27))}"
    static let backendBase = URL(string: "https://{I(r)}:8443")!
    static let airtablePAT = "{K("airtable", G.airtable(r))}"
    static let supportMail = "{E(r)}"
    static let buildUUID = "{LA("uuid", G.uuid4(r))}"
}}
"""


@tpl("code / config assignment", "everyday")
def dart_flutter(r):
    return "dart", "lib/env/prod.dart", f"""class ProdEnv {{
  static const apiHost = '{I(r)}';
  static const mapsKey = '{K("google_api", G.google_api(r))}';
  static const sentryDsn = 'https://{LA("sentry_public_key", G.hexs(r, 32))}@o{G.r_range(r, 100000, 999999)}.ingest.sentry.io/{G.r_range(r, 1000000, 9999999)}';
  static const supportEmail = '{E(r)}';
  static const debugProxy = '{priv(r)}:8888';
}}
"""


@tpl("code / config assignment", "everyday")
def elixir_config(r):
    return "elixir", "config/prod.secret.exs", f"""import Config

config :chat, Chat.Repo,
  username: "chat",
  password: "{P(r, "!%&*+-=?_.~")}",
  hostname: "{I(r)}"

config :chat, ChatWeb.Endpoint,
  secret_key_base: "{K("phoenix_secret_key_base", G.s(r, G.AN + "+/", 64))}"

config :chat, Chat.Mailer, username: "{E(r)}", password: "{P(r, "!%&*+-=?_.~")}"
"""


@tpl("code / config assignment", "everyday")
def r_renviron(r):
    return "shell", ".Renviron", f"""GITHUB_PAT={K("github_pat", G.github_pat(r))}
DB_HOST={I(r)}
DB_PASS={P(r, "!%+-=?_.~")}
AWS_ACCESS_KEY_ID={K("aws_access_key_id", G.aws_key_id(r))}
AWS_SECRET_ACCESS_KEY={K("aws_secret", G.aws_secret(r))}
R_LIBS_USER=~/R/{LA("version", G.version(r))}
"""


@tpl("code / config assignment", "everyday")
def kafka_jaas(r):
    return "properties", "client-ssl.properties", f"""bootstrap.servers={I(r)}:9093,{I(r)}:9093
security.protocol=SASL_SSL
sasl.mechanism=SCRAM-SHA-512
sasl.jaas.config=org.apache.kafka.common.security.scram.ScramLoginModule required username="etl" password="{P(r, "!#%&*+-=?_.~")}";
ssl.truststore.password={P(r, "!#%&*+-=?_.~")}
client.id={LA("uuid", G.uuid4(r))}
"""


# =====================================================================================================
# Everyday: CI, containers, IaC
# =====================================================================================================
@tpl("CI / IaC", "everyday")
def gha_workflow(r):
    return "yaml", ".github/workflows/release.yml", f"""name: release
on: {{ push: {{ tags: ["v*"] }} }}
jobs:
  publish:
    runs-on: ubuntu-latest
    env:
      TWINE_PASSWORD: ${{{{ secrets.PYPI_TOKEN }}}}
      HF_TOKEN: {K("hf_token", G.hf_token(r))}
      DEPLOY_HOST: {I(r)}
    steps:
      - uses: actions/checkout@{LA("git_sha", G.git_sha(r))}
      - run: echo "//registry.npmjs.org/:_authToken={K("npm", G.npm_token(r))}" > ~/.npmrc
      - run: curl -fsS -u "{E(r)}:{K("atlassian", G.atlassian(r))}" https://team.atlassian.net/rest/api/3/myself
"""


@tpl("CI / IaC", "everyday")
def gitlab_ci(r):
    return "yaml", ".gitlab-ci.yml", f"""variables:
  DOCKER_AUTH: "{K("basic_auth", G.basic_auth(r, "ci-bot", G.password(r)))}"
  STAGING_IP: "{I(r)}"
  POSTGRES_PASSWORD: "{P(r, "!#%&*+-=?_.~")}"
deploy:
  image: alpine@{LA("docker_digest", G.docker_digest(r))}
  script:
    - git push https://oauth2:{K("gitlab_pat", G.gitlab_pat(r))}@gitlab.{G.r_choice(r, G.COMPANY)}/ops/manifests.git HEAD:main
    - ssh deploy@{I(r)} ./rollout.sh
"""


@tpl("CI / IaC", "everyday")
def bitbucket_pipelines(r):
    return "yaml", "bitbucket-pipelines.yml", f"""image: python:3.12
pipelines:
  branches:
    main:
      - step:
          script:
            - export SNOWFLAKE_PASSWORD='{P(r, "!#%&*+-=?_.~")}'
            - export PREFECT_API_KEY={K("prefect", G.prefect(r))}
            - pipe: atlassian/ssh-run:0.8.0
              variables: {{ SERVER: '{I(r)}', SSH_USER: 'deploy' }}
            - echo "notify {E(r)}"
"""


@tpl("CI / IaC", "everyday")
def buildkite_yaml(r):
    return "yaml", ".buildkite/pipeline.yml", f"""env:
  BUILDKITE_API_TOKEN: "{K("buildkite", G.buildkite(r))}"
  ARTIFACT_HOST: "{I(r)}"
steps:
  - label: ":docker: build"
    command: docker build -t registry.local/app:{LA("short_sha", G.hexs(r, 12))} .
    agents: {{ queue: "{priv(r)}" }}
  - label: ":slack: notify"
    command: curl -X POST https://hooks.slack.com/services/{K("slack_webhook", G.slack_webhook(r))}
"""


@tpl("CI / IaC", "everyday")
def dockerfile_args(r):
    return "dockerfile", "Dockerfile", f"""FROM node:20-bookworm@{LA("docker_digest", G.docker_digest(r))}
ARG NPM_TOKEN={K("npm", G.npm_token(r))}
ENV NEW_RELIC_LICENSE_KEY={K("newrelic_license", G.hexs(r, 36) + "NRAL")}
ENV DB_PASSWORD={P(r, "!%+-=?_.~")}
ENV UPSTREAM={I(r)}
LABEL maintainer="{E(r)}"
HEALTHCHECK CMD curl -f http://{LAr("loopback_ip", G.loopback_ip, r)}:3000/health || exit 1
"""


@tpl("CI / IaC", "everyday")
def compose_yaml(r):
    return "yaml", "docker-compose.override.yml", f"""services:
  db:
    image: mariadb:{LA("version", G.version(r))}
    environment:
      MARIADB_ROOT_PASSWORD: "{P(r, "!#%&*+-=?_.~")}"
      MARIADB_PASSWORD: "{P(r, "!#%&*+-=?_.~")}"
  app:
    environment:
      - SMTP_USER={E(r)}
      - SMTP_PASS={P(r, "!%+-=?_.~")}
      - LINEAR_API_KEY={K("linear", G.linear(r))}
    extra_hosts:
      - "ldap.corp:{priv(r)}"
      - "billing.partner:{I(r)}"
"""


@tpl("CI / IaC", "everyday")
def k8s_secret_string(r):
    return "yaml", "k8s/overlays/prod/secret.yaml", f"""apiVersion: v1
kind: Secret
metadata:
  name: worker-env
  annotations:
    owner: "{E(r)}"
type: Opaque
stringData:
  DYNATRACE_TOKEN: "{K("dynatrace", G.dynatrace(r))}"
  RABBITMQ_URL: "amqps://worker:{P(r, "-_.~")}@{I(r)}:5671/prod"
data:
  SIGNING_KEY: {K("k8s_data", G.b64_secret(r, 36))}
"""


@tpl("CI / IaC", "everyday")
def helm_values(r):
    return "yaml", "charts/gitea/values-prod.yaml", f"""gitea:
  admin:
    username: gitadmin
    password: "{P(r, "!#%&*+-=?_.~")}"
    email: "{E(r)}"
  config:
    mailer:
      SMTP_ADDR: {I(r)}
      PASSWD: "{P(r, "!#%&*+-=?_.~")}"
    security:
      INTERNAL_TOKEN: {K("jwt", G.jwt(r))}
service:
  loadBalancerIP: {I(r)}
  loadBalancerSourceRanges: ["{priv(r)}/32"]
"""


@tpl("CI / IaC", "everyday")
def terraform_tfvars(r):
    return "hcl", "envs/prod/terraform.tfvars", f"""hcloud_token        = "{K("hcloud_token", G.alnum_secret(r, 64))}"
cloudflare_api_token = "{K("cloudflare", G.cloudflare_token(r))}"
cloudflare_zone_id  = "{LA("zone_id", G.hexs(r, 32))}"
bastion_allow_cidrs = ["{I(r)}/32", "{I(r)}/32"]
db_admin_password   = "{P(r, "!#%&*+-=?_.~")}"
ssh_public_key      = "{LA("ssh_public_key", G.ssh_pubkey(r))}"
alert_email         = "{E(r)}"
"""


@tpl("CI / IaC", "everyday")
def terraform_backend(r):
    return "hcl", "backend.tf", f"""terraform {{
  cloud {{
    organization = "kestrel"
    token        = "{K("terraform_cloud", G.tfc_token(r))}"
  }}
}}

provider "postgresql" {{
  host     = "{I(r)}"
  username = "tf_admin"
  password = "{P(r, "!#%&*+-=?_.~")}"
}}
"""


@tpl("CI / IaC", "everyday")
def ansible_hostvars(r):
    return "yaml", "inventory/host_vars/mail01.yml", f"""ansible_host: {I(r)}
ansible_user: admin
ansible_become_password: "{P(r, "!#%&*+-=?_.~")}"
postfix_relayhost_user: "{E(r)}"
postfix_relayhost_password: "{P(r, "!#%&*+-=?_.~")}"
dkim_selector: s{LA("date_id", "20240117")}
mgmt_ip: {priv(r)}
vault_token_fallback: {K("vault_token", G.vault_token(r))}
"""


@tpl("CI / IaC", "everyday")
def cloud_init(r):
    return "yaml", "user-data", f"""#cloud-config
users:
  - name: ops
    passwd: {LA("sha512_crypt", G.sha512_crypt(r))}
    ssh_authorized_keys: ["{LA("ssh_public_key", G.ssh_pubkey(r))}"]
chpasswd:
  list: |
    root:{P(r, "!#%&*+-=?_.~")}
  expire: false
runcmd:
  - tailscale up --authkey={K("tailscale", G.tailscale(r))}
  - echo "{I(r)} repo.mirror" >> /etc/hosts
"""


@tpl("CI / IaC", "everyday")
def pulumi_ts(r):
    return "typescript", "infra/index.ts", f"""import * as digitalocean from "@pulumi/digitalocean";

const provider = new digitalocean.Provider("do", {{ token: "{K("digitalocean", G.digitalocean(r))}" }});
const fw = new digitalocean.Firewall("web", {{
  inboundRules: [{{ protocol: "tcp", portRange: "22", sourceAddresses: ["{I(r)}/32"] }}],
}}, {{ provider }});
export const dbPassword = "{P(r, "!#%&*+-=?_.~")}";
export const owner = "{E(r)}";
"""


@tpl("CI / IaC", "everyday")
def systemd_env(r):
    return "ini", "/etc/systemd/system/backup.service.d/override.conf", f"""[Service]
Environment="RESTIC_PASSWORD={P(r, "!#*+-=?_.~")}"
Environment="B2_ACCOUNT_ID={LA("b2_account_id", G.hexs(r, 12))}"
Environment="B2_ACCOUNT_KEY={K("b2_application_key", "K00" + G.s(r, G.AN, 28))}"
Environment="RESTIC_REPOSITORY=sftp:backup@{I(r)}:/srv/restic"
Environment="MAILTO={E(r)}"
"""


@tpl("CI / IaC", "everyday")
def argocd_repo(r):
    return "yaml", "argocd/repo-secret.yaml", f"""apiVersion: v1
kind: Secret
metadata:
  name: private-charts
  labels:
    argocd.argoproj.io/secret-type: repository
stringData:
  url: https://git.{G.r_choice(r, G.COMPANY)}/platform/charts.git
  username: argocd
  password: {K("github_fine", G.github_fine(r))}
  sshPrivateKey: |
{G.indent(K("pem_private_key", G.pem_private(r, "OPENSSH PRIVATE KEY")), 4)}
"""


# =====================================================================================================
# Everyday: shell, tools, logs
# =====================================================================================================
@tpl("command line / shell", "everyday")
def bash_history(r):
    return "shell", ".bash_history", f"""ssh -i ~/.ssh/id_ed25519 root@{I(r)}
mysql -h {I(r)} -u report -p'{P(r, "!#%&*+-=?_.~")}' sales
export GROQ_API_KEY={K("groq", G.groq(r))}
ping -c3 {priv(r)}
docker login -u {E(r)} -p {K("docker_pat", G.docker_pat(r))}
git log -1 --format=%H  # {LA("git_sha", G.git_sha(r))}
psql "postgresql://etl:{P(r, "-_.~")}@{I(r)}/dwh"
"""


@tpl("command line / shell", "everyday")
def deploy_sh(r):
    return "shell", "scripts/deploy.sh", f"""#!/usr/bin/env bash
set -euo pipefail
HOSTS=({I(r)} {I(r)} {priv(r)})
export SSHPASS='{P(r, "!#%&*+-=?_.~")}'
REGISTRY_TOKEN="{K("gitlab_pat", G.gitlab_pat(r))}"
for h in "${{HOSTS[@]}}"; do
  sshpass -e rsync -a dist/ deploy@"$h":/srv/app/
done
mail -s "deployed" {E(r)} < /dev/null
"""


@tpl("command line / shell", "everyday")
def powershell_script(r):
    return "powershell", "Connect-Tenant.ps1", f"""$secure = ConvertTo-SecureString '{P(r, "!#%&*+-=?_.~")}' -AsPlainText -Force
$cred = New-Object System.Management.Automation.PSCredential('{E(r)}', $secure)
Connect-ExchangeOnline -Credential $cred
$env:AZURE_CLIENT_SECRET = '{K("azure_client_secret", G.s(r, G.AN, 3) + "8Q~" + G.s(r, G.AN + "_-.~", 34))}'
Test-NetConnection {I(r)} -Port 443
Test-NetConnection {priv(r)} -Port 3389
"""


@tpl("command line / shell", "everyday")
def netrc_file(r):
    return "netrc", ".netrc", f"""machine api.heroku.com
  login {E(r)}
  password {K("heroku", "HRKU-" + G.s(r, G.AN + "-_", 60))}
machine {I(r)}
  login backup
  password {P(r, "!#%&*+-=?_.~")}
machine ftp.{G.r_choice(r, G.COMPANY)}
  login {E(r)}
  password {P(r, "!#%&*+-=?_.~")}
"""


@tpl("command line / shell", "everyday")
def httpie_session(r):
    text = {
        "__meta__": {"about": "HTTPie session file", "httpie": LA("version", G.version(r))},
        "auth": {"type": "basic", "username": E(r), "password": P(r, "!#%&*+-=?_.~")},
        "headers": {"X-Api-Key": K("api_key", G.alnum_secret(r, 40)), "X-Forwarded-For": I(r)},
        "cookies": {"sessionid": {"value": K("session_cookie", G.s(r, G.LO + G.DG, 32))}},
    }
    return "json", ".config/httpie/sessions/api.internal/prod.json", json.dumps(text, indent=4, ensure_ascii=False) + "\n"


@tpl("log / stack trace", "everyday")
def apache_access_log(r):
    lines = []
    for _ in range(3):
        lines.append(f'{I(r)} - - [12/Mar/2025:08:{G.r_range(r, 10, 59)}:{G.r_range(r, 10, 59)} +0100] "GET /wp-login.php HTTP/1.1" 404 196 "-" "curl/8.5.0"')
    lines.append(f'{priv(r)} - admin [12/Mar/2025:08:41:02 +0100] "POST /api/v1/login?user=admin&pass={P(r, "-_.~")} HTTP/1.1" 200 812')
    lines.append(f'{I(r)} - - [12/Mar/2025:08:41:09 +0100] "GET /static/app.js?v={LA("short_sha", G.hexs(r, 8))} HTTP/2.0" 200 48121')
    return "log", "/var/log/apache2/access.log", "\n".join(lines) + "\n"


@tpl("log / stack trace", "everyday")
def java_exception(r):
    return "log", "logs/app-2025-03-14.log", f"""2025-03-14 09:12:44.120 ERROR 1 --- [main] o.s.b.SpringApplication : Application run failed
org.springframework.jdbc.CannotGetJdbcConnectionException: Failed to obtain JDBC Connection; url=jdbc:mysql://{I(r)}:3306/core?user=core&password={P(r, "-_.~")}
	at org.springframework.jdbc.datasource.DataSourceUtils.getConnection(DataSourceUtils.java:84)
Caused by: java.net.ConnectException: Connection refused (from {priv(r)})
2025-03-14 09:12:44.121  WARN 1 --- [main] c.a.Notify : paging {E(r)} trace={LA("trace_id", G.hexs(r, 32))}
"""


@tpl("log / stack trace", "everyday")
def sshd_auth_log(r):
    out = []
    for _ in range(3):
        out.append(f"Mar  9 03:1{G.r_range(r, 0, 9)}:{G.r_range(r, 10, 59)} web01 sshd[{G.r_range(r, 1000, 99999)}]: Failed password for invalid user admin from {I(r)} port {G.r_range(r, 30000, 65000)} ssh2")
    out.append(f'Mar  9 03:22:10 web01 sshd[4471]: Accepted publickey for deploy from {priv(r)} port 51234 ssh2: ED25519 SHA256:{LA("ssh_fingerprint", G.b64bytes(r, 32).rstrip("="))}')
    out.append(f'Mar  9 03:22:15 web01 sudo: deploy : TTY=pts/0 ; PWD=/home/deploy ; USER=root ; COMMAND=/usr/bin/htpasswd -b /etc/nginx/.htpasswd ops {P(r, "!#%+-=?_.~")}')
    return "log", "/var/log/auth.log", "\n".join(out) + "\n"


@tpl("log / stack trace", "everyday")
def json_lines_log(r):
    rows = [
        {"ts": "2025-05-02T11:04:12Z", "level": "info", "msg": "login ok", "user": E(r), "ip": I(r)},
        {"ts": "2025-05-02T11:04:13Z", "level": "debug", "msg": "outbound call", "headers": {"Authorization": "Bearer " + K("jwt", G.jwt(r))}},
        {"ts": "2025-05-02T11:04:15Z", "level": "warn", "msg": "rate limited", "ip": I(r), "request_id": LA("uuid", G.uuid4(r))},
        {"ts": "2025-05-02T11:04:19Z", "level": "info", "msg": "health", "peer": priv(r)},
    ]
    return "jsonl", "logs/api.jsonl", "".join(json.dumps(x, ensure_ascii=False) + "\n" for x in rows)


@tpl("log / stack trace", "everyday")
def python_traceback(r):
    return "log", "worker.err", f"""Traceback (most recent call last):
  File "/srv/worker/tasks.py", line 88, in sync_crm
    client = Salesforce(username="{E(r)}", password="{P(r, "!#%&*+-=?_.~")}", security_token="{K("salesforce_security_token", G.s(r, G.AN, 25))}")
  File "/usr/lib/python3.11/site-packages/simple_salesforce/api.py", line 146, in __init__
requests.exceptions.ConnectTimeout: HTTPSConnectionPool(host='{I(r)}', port=443): Max retries exceeded
"""


# =====================================================================================================
# Everyday: prose, docs, notebooks, SQL, chat
# =====================================================================================================
@tpl("chat / ticket / email", "everyday")
def slack_thread_md(r):
    return "markdown", "exports/incident-4411.md", f"""**#ops-incidents** — exported thread

> **{G.r_choice(r, G.FIRST)}** 09:14 — db primary at {I(r)} is refusing connections, replica {priv(r)} looks fine
> **{G.r_choice(r, G.FIRST)}** 09:15 — can you try the break-glass user? pw is `{P(r, "!#%&*+-=?_")}`
> **{G.r_choice(r, G.FIRST)}** 09:17 — worked. rotating it now, ping {E(r)} for the new one
> **{G.r_choice(r, G.FIRST)}** 09:20 — also the grafana token in the runbook is live: `{K("grafana_sa", G.grafana_sa(r))}`
> **bot** 09:21 — build {LA("short_sha", G.hexs(r, 7))} deployed to {LAr("cgnat_ip", G.cgnat_ip, r)}
"""


@tpl("chat / ticket / email", "everyday")
def email_forward(r):
    return "email", "mail/fwd-vpn-access.eml", f"""From: {E(r)}
To: {E(r)}
Cc: {RE(r)}
Subject: Fwd: VPN access for the contractor
Message-ID: <{LA("message_id", G.hexs(r, 16) + "@mail." + G.r_choice(r, G.COMPANY))}>

Hi, forwarding as discussed. Gateway: {I(r)}
Username: contractor07
Initial password: {P(r, "!#%&*+-=?_")}
Please change it on first login. Questions to {E(r)}.
"""


@tpl("chat / ticket / email", "everyday")
def jira_comment(r):
    return "text", "tickets/OPS-2291.txt", f"""OPS-2291  Payment webhooks failing since Friday
Reporter: {E(r)}
Environment: prod ({I(r)}), staging ({priv(r)})

Comment by {G.r_choice(r, G.FIRST)}:
The webhook secret in the dashboard doesn't match ours. Dashboard shows {K("stripe_webhook_secret", G.stripe_whsec(r))}
and our config has the placeholder {LA("placeholder", G.placeholder(r))}. Fixing.
"""


@tpl("chat / ticket / email", "everyday")
def discord_export(r):
    rows = [
        {"author": G.r_choice(r, G.FIRST), "content": "server ip is " + I(r) + " port 25565"},
        {"author": G.r_choice(r, G.FIRST), "content": "rcon pass: " + P(r, "!#%&*+-=?_")},
        {"author": G.r_choice(r, G.FIRST), "content": "webhook for the bot: https://discord.com/api/webhooks/" + K("discord_webhook", G.discord_webhook(r))},
        {"author": G.r_choice(r, G.FIRST), "content": "my lan box is " + priv(r) + ", dont bother"},
    ]
    return "json", "exports/discord-minecraft.json", json.dumps({"messages": rows}, indent=1, ensure_ascii=False) + "\n"


@tpl("docs / prose", "everyday")
def readme_quickstart(r):
    return "markdown", "README.md", f"""# ledger-sync

## Quick start

```bash
export LEDGER_API_KEY={K("api_key", G.hex_secret(r, 40))}
ledger-sync --host {I(r)} --user admin --password '{P(r, "!#%&*+-=?_.~")}'
```

Questions: {E(r)}. Test accounts use `{LA("reserved_email", G.reserved_email(r))}` with `{LA("placeholder", G.placeholder(r))}`.
The staging gateway is {LA("doc_ip", G.doc_ip(r))} in examples only.
"""


@tpl("docs / prose", "everyday")
def confluence_runbook(r):
    return "markdown", "runbooks/dr-failover.md", f"""## DR failover

| step | host | credentials |
|---|---|---|
| 1. promote replica | {I(r)} | `postgres` / `{P(r, "!#%&*+-=?_.~")}` |
| 2. repoint DNS | {I(r)} | API token `{K("cloudflare", G.cloudflare_token(r))}` |
| 3. warm cache | {priv(r)} | none |
| 4. notify | — | {E(r)} |

Subnet mask for the DR VLAN: {LAr("netmask", G.netmask, r)}.
"""


@tpl("notebook", "everyday")
def jupyter_nb(r):
    cells = [
        {"cell_type": "markdown", "metadata": {}, "source": ["# churn model\n", "owner: " + E(r)]},
        {"cell_type": "code", "metadata": {}, "execution_count": 3, "outputs": [],
         "source": ["import snowflake.connector\n",
                    "conn = snowflake.connector.connect(user='ds_bot', password='" + P(r, "!#%&*+-=?_.~") + "', account='ab12345')\n",
                    "WANDB_API_KEY = '" + K("wandb", G.wandb(r)) + "'\n"]},
        {"cell_type": "code", "metadata": {}, "execution_count": 4,
         "outputs": [{"output_type": "stream", "name": "stdout", "text": ["connected to " + I(r) + "\n"]}],
         "source": ["print('connected to', conn.host_ip)\n"]},
    ]
    nb = {"cells": cells, "metadata": {"kernelspec": {"name": "python3", "display_name": "Python 3"}},
          "nbformat": 4, "nbformat_minor": 5}
    return "notebook", "notebooks/churn.ipynb", json.dumps(nb, indent=1, ensure_ascii=False) + "\n"


@tpl("SQL / CSV", "everyday")
def sql_users_seed(r):
    rows = []
    for _ in range(3):
        rows.append("  ('" + E(r) + "', '" + LA("bcrypt_hash", G.bcrypt_hash(r)) + "', '" + I(r) + "')")
    return "sql", "db/seed/002_users.sql", "INSERT INTO users (email, password_hash, last_ip) VALUES\n" + ",\n".join(rows) + f""";
CREATE USER reporting WITH PASSWORD '{P(r, "!#%&*+-=?_.~")}';
ALTER ROLE etl PASSWORD '{P(r, "!#%&*+-=?_.~")}';
-- internal: {priv(r)}
"""


@tpl("SQL / CSV", "everyday")
def csv_crm(r):
    head = "id,name,email,signup_ip,referrer_code\n"
    rows = []
    for i in range(4):
        f, l = G.person(r)
        rows.append(f'{LA("numeric_id", G.numeric_id(r))},{f.capitalize()} {l.capitalize()},{E(r)},{I(r)},{LA("uuid", G.uuid4(r))}')
    return "csv", "exports/crm_contacts_2025-04.csv", head + "\n".join(rows) + "\n"


@tpl("commit / review", "everyday")
def git_patch(r):
    return "diff", "patches/0001-move-secrets.patch", f"""From {LA("git_sha", G.git_sha(r))} Mon Sep 17 00:00:00 2001
From: {G.r_choice(r, G.FIRST).capitalize()} <{E(r)}>
Subject: [PATCH] config: read secrets from env

--- a/config/prod.yml
+++ b/config/prod.yml
@@ -3,4 +3,4 @@
-smtp_password: "{P(r, "!#%&*+-=?_.~")}"
-mapbox_secret: "{K("mapbox_secret", "sk.eyJ1Ijoi" + G.s(r, G.AN, 60) + "." + G.s(r, G.AN + "-_", 22))}"
+smtp_password: "${{SMTP_PASSWORD}}"
+mapbox_secret: "${{MAPBOX_SECRET}}"
"""


@tpl("HTTP / API client export", "everyday")
def bruno_collection(r):
    return "text", "collections/billing/Create invoice.bru", f"""meta {{
  name: Create invoice
  type: http
}}

post {{
  url: https://{I(r)}/v2/invoices
}}

headers {{
  Authorization: Bearer {K("bearer_token", G.alnum_secret(r, 48))}
  X-Customer: {E(r)}
}}

auth:basic {{
  username: billing
  password: {P(r, "!#%&*+-=?_.~")}
}}
"""


@tpl("HTTP / API client export", "everyday")
def insomnia_env(r):
    text = {"_type": "environment", "name": "prod",
            "data": {"base_url": "https://" + I(r), "token": K("okta", G.okta(r)), "admin_email": E(r),
                     "client_id": LA("oauth_client_id", "0oa" + G.s(r, G.AN, 17))}}
    return "json", "insomnia/prod-env.json", json.dumps(text, indent=2, ensure_ascii=False) + "\n"


# =====================================================================================================
# Less common: network and appliance configs
# =====================================================================================================
@tpl("network config", "uncommon")
def fortigate_cli(r):
    return "text", "backup/fgt-branch.conf", f"""config system interface
    edit "wan1"
        set ip {I(r)} {LAr("netmask", G.netmask, r)}
    next
    edit "internal"
        set ip {priv(r)} {LAr("netmask", G.netmask, r)}
    next
end
config vpn ipsec phase1-interface
    edit "to-hq"
        set remote-gw {I(r)}
        set psksecret {P(r, "!#%&*+-=?_.~")}
    next
end
config system admin
    edit "admin"
        set password ENC {LA("encrypted_password", "SH2" + G.s(r, G.AN + "+/", 60))}
    next
end
"""


@tpl("network config", "uncommon")
def arista_eos(r):
    return "text", "configs/leaf03.eos", f"""hostname leaf03
username netops privilege 15 secret sha512 {LA("sha512_crypt", G.sha512_crypt(r))}
snmp-server community {L("PASSWORD", "snmp_community", G.s(r, G.AN, 14))} ro
tacacs-server host {I(r)} key 0 {P(r, "!#%&*+-=?_.~")}
router bgp 65010
   neighbor {I(r)} remote-as 64512
   neighbor {I(r)} password 0 {P(r, "!#%&*+-=?_.~")}
interface Management1
   ip address {priv(r)}/24
ntp server {I(r)}
"""


@tpl("network config", "uncommon")
def vyos_config(r):
    return "text", "config.boot", f"""interfaces {{
    ethernet eth0 {{
        address {I(r)}/29
    }}
    wireguard wg0 {{
        private-key {K("wireguard_private", G.wg_private(r))}
        peer hq {{
            public-key {LA("wireguard_public_key", G.wg_pub(r))}
            preshared-key {K("wireguard_psk", G.b64_secret(r, 32))}
            address {I(r)}
            allowed-ips {priv(r)}/24
        }}
    }}
}}
service {{
    dns {{ dynamic {{ interface eth0 {{ service cloudflare {{ login {E(r)} password {K("cloudflare", G.cloudflare_token(r))} }} }} }} }}
}}
"""


@tpl("network config", "uncommon")
def opnsense_xml(r):
    return "xml", "conf/config.xml", f"""<?xml version="1.0"?>
<opnsense>
  <system>
    <user>
      <name>root</name>
      <password>{LA("bcrypt_hash", G.bcrypt_hash(r))}</password>
    </user>
    <notifications><smtp>
      <fromaddress>{E(r)}</fromaddress>
      <username>{E(r)}</username>
      <password>{P(r, "!#%*+-=?_.~")}</password>
    </smtp></notifications>
  </system>
  <interfaces><wan><ipaddr>{I(r)}</ipaddr><gateway>{I(r)}</gateway></wan>
  <lan><ipaddr>{priv(r)}</ipaddr></lan></interfaces>
  <OPNsense><Nginx><apikey>{K("api_key", G.s(r, G.AN + "+/", 80))}</apikey></Nginx></OPNsense>
</opnsense>
"""


@tpl("network config", "uncommon")
def unifi_gateway_json(r):
    text = {"service": {"dns": {"dynamic": {"interface": {"eth8": {"service": {"custom-duckdns": {
        "host-name": ["home"], "login": "nouser", "password": K("duckdns_token", G.uuid4(r)),
        "server": "www.duckdns.org"}}}}}}},
        "interfaces": {"ethernet": {"eth8": {"address": [I(r) + "/30"]}, "eth9": {"address": [priv(r) + "/24"]}}},
        "system": {"login": {"user": {"ubnt": {"authentication": {"plaintext-password": P(r, "!#%*+-=?_.~")}}}}}}
    return "json", "unifi/sites/default/config.gateway.json", json.dumps(text, indent=2, ensure_ascii=False) + "\n"


@tpl("network config", "uncommon")
def radius_clients(r):
    return "text", "/etc/freeradius/3.0/clients.conf", f"""client ap-lobby {{
    ipaddr = {priv(r)}
    secret = {P(r, "!#%*+-=?_.~")}
}}
client partner-nas {{
    ipaddr = {I(r)}
    secret = {P(r, "!#%*+-=?_.~")}
    shortname = partner
}}
client localhost {{
    ipaddr = {LAr("loopback_ip", G.loopback_ip, r)}
    secret = {LA("placeholder", "testing123")}
}}
"""


@tpl("network config", "uncommon")
def bird_conf(r):
    return "text", "/etc/bird/bird.conf", f"""router id {I(r)};
protocol bgp upstream1 {{
    local as 207xxx;
    neighbor {I(r)} as 174;
    password "{P(r, "!#%*+-=?_.~")}";
    source address {I(r)};
}}
protocol static {{
    route {LAr("doc_ip", G.doc_ip, r)}/32 blackhole;
    route {priv(r)}/24 via {priv(r)};
}}
"""


@tpl("network config", "uncommon")
def dnsmasq_conf(r):
    return "text", "/etc/dnsmasq.d/lab.conf", f"""server={I(r)}
server={I(r)}
listen-address={LAr("loopback_ip", G.loopback_ip, r)},{priv(r)}
dhcp-range={priv(r)},{priv(r)},{LAr("netmask", G.netmask, r)},12h
dhcp-host={LA("mac_address", G.mac(r))},nas,{priv(r)}
address=/ads.tracker.net/{LA("unspecified_ip", "0.0.0.0")}
"""


@tpl("network config", "uncommon")
def openconnect_ocserv(r):
    return "shell", "/root/vpn-users.txt", f"""# ocpasswd entries created 2025-02
ocpasswd -c /etc/ocserv/ocpasswd {G.r_choice(r, G.FIRST)}   # initial password: {P(r, "!#%*+-=?_.~")}
ocpasswd -c /etc/ocserv/ocpasswd {G.r_choice(r, G.FIRST)}   # initial password: {P(r, "!#%*+-=?_.~")}
# server public address {I(r)}, pool {LAr("cgnat_ip", G.cgnat_ip, r)}/24
# stored hash example: {LA("sha512_crypt", G.sha512_crypt(r))}
"""


@tpl("network config", "uncommon")
def zyxel_nas_mail(r):
    return "ini", "etc/msmtp-nas.conf", f"""[alert]
host = {I(r)}
port = 465
from = {E(r)}
user = {E(r)}
pass = {P(r, "!#%*+-=?_.~")}
recipients = {E(r)};{RE(r)}
gateway = {priv(r)}
"""


@tpl("network config", "uncommon")
def mikrotik_export(r):
    return "text", "backup/hap-ax3.rsc", f"""/interface wireless security-profiles
set [ find default=yes ] authentication-types=wpa2-psk mode=dynamic-keys wpa2-pre-shared-key="{P(r, "!#%*+-=?_.~")}"
/ip address
add address={I(r)}/30 interface=ether1
add address={priv(r)}/24 interface=bridge
/ppp secret
add name=roadwarrior password="{P(r, "!#%*+-=?_.~")}" service=l2tp
/tool e-mail
set address={I(r)} from={E(r)} user={E(r)} password="{P(r, "!#%*+-=?_.~")}"
/system package update set channel=stable  # {LA("version", G.version(r))}
"""


@tpl("network config", "uncommon")
def ubiquiti_edgeswitch(r):
    return "text", "startup-config.txt", f"""!Current Configuration:
!System Software Version "{LA("version4", G.version4(r))}"
network parms {priv(r)} {LAr("netmask", G.netmask, r)} {priv(r)}
username "admin" password {LA("password_hash", G.hexs(r, 128))} level 15 encrypted
snmp-server community "{L("PASSWORD", "snmp_community", G.s(r, G.AN, 12))}" ipaddress {I(r)}
logging host {I(r)} ipv4 514 info
radius server key auth {I(r)}
{P(r, "!#%*+-=?_.~")}
"""


@tpl("network config", "uncommon")
def asterisk_pjsip(r):
    return "ini", "/etc/asterisk/pjsip.conf", f"""[trunk-provider]
type=registration
server_uri=sip:{I(r)}
client_uri=sip:{LA("numeric_id", G.numeric_id(r))}@{I(r)}

[trunk-auth]
type=auth
auth_type=userpass
username={LA("numeric_id", G.numeric_id(r))}
password={P(r, "!#%*+-=?_.~")}

[201]
type=auth
password={P(r, "!#%*+-=?_.~")}
; phone at {priv(r)}
"""


@tpl("network config", "uncommon")
def coturn_conf(r):
    return "text", "/etc/turnserver.conf", f"""listening-ip={priv(r)}
external-ip={I(r)}/{priv(r)}
realm=turn.{G.r_choice(r, G.COMPANY)}
static-auth-secret={K("turn_static_auth_secret", G.hex_secret(r, 64))}
user=webrtc:{P(r, "!#%*+-=?_.~")}
denied-peer-ip={LA("unspecified_ip", "0.0.0.0")}-{LA("broadcast_ip", "0.255.255.255")}
cli-password={LA("argon2_hash", G.argon2_hash(r))}
"""


# =====================================================================================================
# Less common: self-hosted / home-lab
# =====================================================================================================
@tpl("self-hosted / home lab", "uncommon")
def home_assistant_secrets(r):
    return "yaml", "homeassistant/secrets.yaml", f"""latitude: 52.37
wifi_ssid: "Vogelnest"
wifi_password: "{P(r, "!#%*+-=?_.~")}"
mqtt_password: "{P(r, "!#%*+-=?_.~")}"
nest_client_secret: "{K("google_oauth_client_secret", "GOCSPX-" + G.s(r, G.AN + "-_", 28))}"
nest_client_id: "{LA("oauth_client_id", G.numeric_id(r) + "-" + G.s(r, G.LO + G.DG, 32) + ".apps.googleusercontent.com")}"
influx_token: "{K("influxdb_token", G.b64bytes(r, 64, url=True))}"
notify_email: "{E(r)}"
router_ip: {priv(r)}
"""


@tpl("self-hosted / home lab", "uncommon")
def nextcloud_config_php(r):
    return "php", "nextcloud/config/config.php", f"""<?php
$CONFIG = array (
  'instanceid' => '{LA("instance_id", "oc" + G.s(r, G.LO + G.DG, 10))}',
  'passwordsalt' => '{K("nextcloud_passwordsalt", G.s(r, G.AN + "+/", 30))}',
  'secret' => '{K("nextcloud_secret", G.s(r, G.AN + "+/", 48))}',
  'trusted_domains' => array (0 => 'cloud.{G.r_choice(r, G.COMPANY)}', 1 => '{I(r)}', 2 => '{priv(r)}'),
  'dbpassword' => '{P(r, "!#%*+-=?_.~")}',
  'mail_smtpname' => '{E(r)}',
  'mail_smtppassword' => '{P(r, "!#%*+-=?_.~")}',
  'version' => '{LA("version4", G.version4(r))}',
);
"""


@tpl("self-hosted / home lab", "uncommon")
def authentik_env(r):
    return "dotenv", "authentik/.env", f"""PG_PASS={P(r, "-_.~")}
AUTHENTIK_SECRET_KEY={K("authentik_secret", G.s(r, G.AN + "+/", 60))}
AUTHENTIK_EMAIL__HOST={I(r)}
AUTHENTIK_EMAIL__USERNAME={E(r)}
AUTHENTIK_EMAIL__PASSWORD={P(r, "-_.~")}
AUTHENTIK_BOOTSTRAP_EMAIL={E(r)}
AUTHENTIK_LISTEN__TRUSTED_PROXY_CIDRS={priv(r)}/32
"""


@tpl("self-hosted / home lab", "uncommon")
def pihole_toml(r):
    return "toml", "/etc/pihole/pihole.toml", f"""[dns]
upstreams = ["{I(r)}", "{I(r)}"]
hosts = ["{priv(r)} nas.lan", "{priv(r)} printer.lan"]

[webserver.api]
pwhash = "{LA("password_hash", "$BALLOON-SHA256$v=1$s=1024,t=32$" + G.b64bytes(r, 16) + "$" + G.b64bytes(r, 32))}"
app_pwhash = ""

[ntp.sync]
server = "{I(r)}"
"""


@tpl("self-hosted / home lab", "uncommon")
def jellyfin_sonarr_xml(r):
    return "xml", "sonarr/config.xml", f"""<Config>
  <BindAddress>*</BindAddress>
  <Port>8989</Port>
  <ApiKey>{K("arr_api_key", G.hexs(r, 32))}</ApiKey>
  <AuthenticationMethod>Forms</AuthenticationMethod>
  <InstanceName>Sonarr</InstanceName>
  <PostgresPassword>{P(r, "!#%*+-=?_.~")}</PostgresPassword>
  <PostgresHost>{priv(r)}</PostgresHost>
  <Branch>main</Branch>
</Config>
"""


@tpl("self-hosted / home lab", "uncommon")
def qbittorrent_conf(r):
    return "ini", ".config/qBittorrent/qBittorrent.conf", f"""[Preferences]
WebUI\\Address=*
WebUI\\Username=admin
WebUI\\Password_PBKDF2="@ByteArray({LA("pbkdf2_hash", G.b64bytes(r, 16) + ":" + G.b64bytes(r, 64))})"
Connection\\Proxy\\IP={I(r)}
Connection\\Proxy\\Username=vpnuser{G.r_range(r, 100, 999)}
Connection\\Proxy\\Password={P(r, "!#%*+-=?_.~")}
MailNotification\\email={E(r)}
MailNotification\\password={P(r, "!#%*+-=?_.~")}
"""


@tpl("self-hosted / home lab", "uncommon")
def traefik_dynamic(r):
    return "yaml", "traefik/dynamic/auth.yml", f"""http:
  middlewares:
    dash-auth:
      basicAuth:
        users:
          - "admin:{LA("apr1_hash", "$apr1$" + G.s(r, G.AN, 8) + "$" + G.s(r, G.AN + "./", 22))}"
    lan-only:
      ipAllowList:
        sourceRange: ["{priv(r)}/24", "{I(r)}/32"]
certificatesResolvers:
  le:
    acme:
      email: {E(r)}
      dnsChallenge: {{ provider: cloudflare }}
# CF_DNS_API_TOKEN={K("cloudflare", G.cloudflare_token(r))}
"""


@tpl("self-hosted / home lab", "uncommon")
def mailcow_conf(r):
    return "dotenv", "mailcow.conf", f"""MAILCOW_HOSTNAME=mail.{G.r_choice(r, G.COMPANY)}
DBPASS={P(r, "-_.~")}
DBROOT={P(r, "-_.~")}
REDISPASS={L("PASSWORD", "redis_password", G.alnum_secret(r, 28))}
SNAT_TO_SOURCE={I(r)}
IPV4_NETWORK={LA("private_prefix", "172.22.1")}
ACME_CONTACT={E(r)}
"""


@tpl("self-hosted / home lab", "uncommon")
def minecraft_properties(r):
    return "properties", "server.properties", f"""#Minecraft server properties
enable-rcon=true
rcon.password={P(r, "!#%*+-=?_.~")}
rcon.port=25575
server-ip={I(r)}
level-seed={LA("numeric_id", G.numeric_id(r))}
management-server-secret={K("management_secret", G.alnum_secret(r, 40))}
motd=\\u00a7aWelcome, ask {E(r)} for whitelist
"""


@tpl("self-hosted / home lab", "uncommon")
def syncthing_config(r):
    return "xml", ".local/state/syncthing/config.xml", f"""<configuration version="37">
    <device id="{LA("syncthing_device_id", "-".join(G.s(r, G.UP + "234567", 7) for _ in range(8)))}" name="nas">
        <address>tcp://{I(r)}:22000</address>
        <address>tcp://{priv(r)}:22000</address>
    </device>
    <gui enabled="true" tls="true">
        <address>{LAr("loopback_ip", G.loopback_ip, r)}:8384</address>
        <user>{E(r)}</user>
        <password>{LA("bcrypt_hash", G.bcrypt_hash(r))}</password>
        <apikey>{K("syncthing_api_key", G.s(r, G.AN, 32))}</apikey>
    </gui>
</configuration>
"""


@tpl("self-hosted / home lab", "uncommon")
def wg_easy_json(r):
    text = {"server": {"privateKey": K("wireguard_private", G.wg_private(r)), "publicKey": LA("wireguard_public_key", G.wg_pub(r)),
                       "address": LAr("cgnat_ip", G.cgnat_ip, r)},
            "clients": {LA("uuid", G.uuid4(r)): {"name": "phone", "address": LA("private_ip", G.private_ip(r)),
                                                   "privateKey": K("wireguard_private", G.wg_private(r)),
                                                   "preSharedKey": K("wireguard_psk", G.b64_secret(r, 32))}},
            "endpoint": I(r)}
    return "json", "wg-easy/wg0.json", json.dumps(text, indent=2, ensure_ascii=False) + "\n"


@tpl("self-hosted / home lab", "uncommon")
def restic_rclone(r):
    return "ini", ".config/rclone/rclone.conf", f"""[pcloud]
type = pcloud
token = {{"access_token":"{K("oauth_access_token", G.s(r, G.AN, 40))}","token_type":"bearer","expiry":"0001-01-01T00:00:00Z"}}

[storagebox]
type = sftp
host = {I(r)}
user = u{G.r_range(r, 100000, 999999)}
pass = {LA("rclone_obscured", G.b64bytes(r, 24, url=True).rstrip("="))}

[s3]
type = s3
access_key_id = {K("aws_access_key_id", G.aws_key_id(r))}
secret_access_key = {K("aws_secret", G.aws_secret(r))}
"""


@tpl("self-hosted / home lab", "uncommon")
def gitea_app_ini(r):
    return "ini", "gitea/conf/app.ini", f"""[database]
HOST = {I(r)}:5432
PASSWD = `{P(r, "!#%*+-=?_.~")}`

[security]
INTERNAL_TOKEN = {K("jwt", G.jwt(r))}
SECRET_KEY = {K("gitea_secret_key", G.alnum_secret(r, 64))}

[oauth2]
JWT_SECRET = {K("jwt_secret", G.b64bytes(r, 32, url=True).rstrip("="))}

[mailer]
USER = {E(r)}
PASSWD = `{P(r, "!#%*+-=?_.~")}`
"""


@tpl("self-hosted / home lab", "uncommon")
def mastodon_env(r):
    return "dotenv", ".env.production", f"""LOCAL_DOMAIN=social.{G.r_choice(r, G.COMPANY)}
SECRET_KEY_BASE={K("rails_secret_key_base", G.hex_secret(r, 128))}
OTP_SECRET={K("otp_secret", G.hex_secret(r, 128))}
VAPID_PRIVATE_KEY={K("vapid_private_key", G.b64bytes(r, 32, url=True).rstrip("="))}
VAPID_PUBLIC_KEY={LA("vapid_public_key", "B" + G.b64bytes(r, 64, url=True).rstrip("="))}
DB_HOST={priv(r)}
DB_PASS={P(r, "-_.~")}
SMTP_LOGIN={E(r)}
SMTP_PASSWORD={P(r, "-_.~")}
"""


@tpl("self-hosted / home lab", "uncommon")
def frigate_go2rtc(r):
    return "yaml", "go2rtc.yaml", f"""streams:
  driveway: rtsp://admin:{P(r, "-_.~")}@{priv(r)}:554/h264Preview_01_main
  garden: rtsp://viewer:{P(r, "-_.~")}@{I(r)}:8554/live
webrtc:
  candidates:
    - {I(r)}:8555
    - stun:8555
api:
  listen: "{LAr("loopback_ip", G.loopback_ip, r)}:1984"
"""


# =====================================================================================================
# Less common: personal tools and unusual formats
# =====================================================================================================
@tpl("mobile / IDE config", "uncommon")
def aerc_accounts(r):
    return "ini", ".config/aerc/accounts.conf", f"""[Work]
source   = imaps://eero:{P(r, "-_.~")}@imap.{G.r_choice(r, G.COMPANY)}
outgoing = smtps+plain://eero:{P(r, "-_.~")}@smtp.{G.r_choice(r, G.COMPANY)}
from     = Eero R <{E(r)}>
copy-to  = Sent

[Home]
source-cred-cmd = pass show mail/home
from = {E(r)}
"""


@tpl("mobile / IDE config", "uncommon")
def neomutt_rc(r):
    return "text", ".config/neomutt/neomuttrc", f"""set imap_user = "{E(r)}"
set imap_pass = "{P(r, "!#%*+-=?_.~")}"
set smtp_url = "smtps://{E(r)}@smtp.{G.r_choice(r, G.PUBLIC_MAIL)}:465/"
set smtp_pass = "{P(r, "!#%*+-=?_.~")}"
set from = "{E(r)}"
set pgp_default_key = {LA("gpg_key_id", "0x" + G.hexs(r, 16).upper())}
"""


@tpl("mobile / IDE config", "uncommon")
def gh_hosts_yml(r):
    return "yaml", ".config/gh/hosts.yml", f"""github.com:
    users:
        {G.r_choice(r, G.FIRST)}dev:
            oauth_token: {K("github_oauth", "gho_" + G.s(r, G.AN, 36))}
    git_protocol: ssh
    user: {G.r_choice(r, G.FIRST)}dev
ghe.{G.r_choice(r, G.COMPANY)}:
    oauth_token: {K("github_pat", G.github_pat(r))}
    git_protocol: https
"""


@tpl("mobile / IDE config", "uncommon")
def vscode_settings(r):
    text = {"sqltools.connections": [{"name": "prod-ro", "server": I(r), "port": 5432, "username": "ro",
                                      "password": P(r, "!#%*+-=?_.~"), "driver": "PostgreSQL"}],
            "remote.SSH.remotePlatform": {priv(r): "linux"},
            "github.copilot.advanced": {"debug.overrideProxyUrl": "http://" + LAr("loopback_ip", G.loopback_ip, r) + ":8080"},
            "rest-client.environmentVariables": {"prod": {"token": K("bearer_token", G.alnum_secret(r, 40)), "user": E(r)}}}
    return "json", ".vscode/settings.json", json.dumps(text, indent=4, ensure_ascii=False) + "\n"


@tpl("mobile / IDE config", "uncommon")
def aws_config_sso(r):
    return "ini", ".aws/credentials", f"""[default]
aws_access_key_id = {K("aws_access_key_id", G.aws_key_id(r))}
aws_secret_access_key = {K("aws_secret", G.aws_secret(r))}

[wasabi]
aws_access_key_id = {K("wasabi_access_key", G.s(r, G.UP + G.DG, 20))}
aws_secret_access_key = {K("wasabi_secret", G.s(r, G.AN, 40))}
# account {LA("aws_account_id", str(G.r_range(r, 10**11, 10**12)))}
"""


@tpl("mobile / IDE config", "uncommon")
def kdeconnect_kwallet(r):
    return "text", "kwallet-export.xml", f"""<wallet name="kdewallet">
 <folder name="Network Management">
  <map name="{LA("uuid", G.uuid4(r))};802-11-wireless-security;psk">
   <mapentry name="psk">{P(r, "!#%*+-=?_.~")}</mapentry>
  </map>
 </folder>
 <folder name="Passwords">
  <password name="ssh://{I(r)}">{P(r, "!#%*+-=?_.~")}</password>
  <password name="imap {E(r)}">{P(r, "!#%*+-=?_.~")}</password>
 </folder>
</wallet>
"""


@tpl("mobile / IDE config", "uncommon")
def android_local_props(r):
    return "properties", "local.properties", f"""sdk.dir=/home/ci/Android/Sdk
RELEASE_STORE_PASSWORD={P(r, "!#%*+-=?_.~")}
RELEASE_KEY_PASSWORD={P(r, "!#%*+-=?_.~")}
MAPS_API_KEY={K("google_api", G.google_api(r))}
FIREBASE_APP_ID={LA("firebase_app_id", "1:" + G.numeric_id(r) + ":android:" + G.hexs(r, 16))}
DEV_SERVER={priv(r)}
"""


@tpl("unusual format", "uncommon")
def ansible_vault_mix(r):
    return "yaml", "group_vars/dbservers/vars.yml", f"""db_admin_user: postgres
db_admin_password: "{P(r, "!#%*+-=?_.~")}"
db_replication_password: !vault |
  $ANSIBLE_VAULT;1.1;AES256
  {LA("ansible_vault_blob", G.hexs(r, 64))}
db_listen: {I(r)}
db_backup_target: {priv(r)}
pgbackrest_repo_cipher_pass: "{K("pgbackrest_cipher_pass", G.b64_secret(r, 48))}"
"""


@tpl("unusual format", "uncommon")
def nix_flake_secrets(r):
    return "nix", "hosts/atlas/configuration.nix", f"""{{ config, ... }}:
{{
  networking.interfaces.enp3s0.ipv4.addresses = [ {{ address = "{I(r)}"; prefixLength = 28; }} ];
  services.postgresql.initialScript = pkgs.writeText "init.sql" ''
    CREATE ROLE grafana WITH LOGIN PASSWORD '{P(r, "!#%*+-=?_.~")}';
  '';
  services.grafana.settings.security.admin_password = "{P(r, "!#%*+-=?_.~")}";
  services.grafana.settings.smtp.from_address = "{E(r)}";
  users.users.root.hashedPassword = "{LA("sha512_crypt", G.sha512_crypt(r))}";
}}
"""


@tpl("unusual format", "uncommon")
def cue_config(r):
    return "cue", "deploy/prod.cue", f"""package deploy

prod: {{
	region: "eu-central-1"
	db: {{host: "{I(r)}", user: "svc", password: "{P(r, "!#%*+-=?_.~")}"}}
	sentry: {{token: "{K("sentry_token", G.sentry_token(r))}"}}
	owners: ["{E(r)}", "{E(r)}"]
	image: "ghcr.io/kestrel/api@{LA("docker_digest", G.docker_digest(r))}"
}}
"""


@tpl("unusual format", "uncommon")
def jsonnet_config(r):
    return "jsonnet", "environments/prod/main.jsonnet", f"""local base = import '../base.libsonnet';
base {{
  _config+:: {{
    slackToken: '{K("slack_bot", G.slack_bot(r))}',
    alertmanagerPeers: ['{I(r)}:9094', '{priv(r)}:9094'],
    smtpAuthPassword: '{P(r, "!#%*+-=?_.~")}',
    smtpFrom: '{E(r)}',
  }},
}}
"""


@tpl("unusual format", "uncommon")
def ics_invite(r):
    return "ics", "invites/kickoff.ics", f"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Fjordline//Planner {LA("version", G.version(r))}//EN
BEGIN:VEVENT
UID:{LA("ical_uid", G.uuid4(r))}
ORGANIZER;CN=Project Office:mailto:{E(r)}
ATTENDEE;CN=Vendor:mailto:{E(r)}
SUMMARY:Kickoff
DESCRIPTION:Dial-in bridge {I(r)} PIN {L("PASSWORD", "meeting_pin", str(G.r_range(r, 100000, 999999)))}\\nWiki pass: {P(r, "!#%*+-=?_.~")}
END:VEVENT
END:VCALENDAR
"""


@tpl("unusual format", "uncommon")
def ldif_entry(r):
    return "ldif", "export/people.ldif", f"""dn: uid={G.r_choice(r, G.FIRST)},ou=people,dc=corp,dc=lan
objectClass: inetOrgPerson
mail: {E(r)}
userPassword: {LA("ssha_hash", "{SSHA}" + G.b64bytes(r, 24))}

dn: cn=replicator,dc=corp,dc=lan
userPassword: {P(r, "!#%*+-=?_.~")}
description: syncs from {I(r)}
"""


@tpl("unusual format", "uncommon")
def haproxy_userlist(r):
    return "text", "/etc/haproxy/haproxy.cfg", f"""userlist stats_users
    user admin insecure-password {P(r, "!#%*+-=?_.~")}
    user viewer password {LA("sha512_crypt", G.sha512_crypt(r))}
frontend fe_https
    bind {I(r)}:443 ssl crt /etc/haproxy/certs/
    acl office src {I(r)}/32 {priv(r)}/16
backend be_app
    server app1 {priv(r)}:8080 check
"""


@tpl("unusual format", "uncommon")
def crontab_file(r):
    return "crontab", "crontab.txt", f"""MAILTO={E(r)}
PGPASSWORD={P(r, "!#*+-=?_.~")}
15 2 * * * pg_dump -h {I(r)} -U backup crm | gzip > /srv/dumps/crm.sql.gz
*/5 * * * * curl -fsS -m 10 https://hc-ping.com/{LA("uuid", G.uuid4(r))} >/dev/null
0 4 * * 0 rsync -a /srv/dumps/ backup@{priv(r)}:/vol1/dumps/
"""


@tpl("unusual format", "uncommon")
def toml_pyproject_poetry(r):
    return "toml", "poetry.toml", f"""[repositories.internal]
url = "https://{I(r)}/simple/"

[http-basic.internal]
username = "{E(r)}"
password = "{P(r, "!#%*+-=?_.~")}"

[pypi-token]
pypi = "{K("pypi", G.pypi_token(r))}"
"""


@tpl("unusual format", "uncommon")
def latex_letter(r):
    return "latex", "letters/onboarding.tex", f"""\\documentclass{{letter}}
\\begin{{document}}
\\begin{{letter}}{{{G.r_choice(r, G.FIRST).capitalize()}}}
\\opening{{Dear colleague,}}
your laptop account is ready. Log in with the temporary password \\texttt{{{P(r, "!*+-=?.")}}}
and contact \\url{{{E(r)}}} if the VPN gateway {I(r)} does not respond.
\\closing{{Regards}}
\\end{{letter}}
\\end{{document}}
"""


# =====================================================================================================
# Less common: non-English prose
# =====================================================================================================
@tpl("docs / prose", "uncommon")
def prose_dutch(r):
    return "text", "notities/overdracht.txt", f"""Overdracht beheer — voor {G.r_choice(r, G.FIRST)}

De NAS staat op {priv(r)}, de externe back-up gaat naar {I(r)}.
Wachtwoord van de beheerdersaccount: {P(r, "!#%*+-=?_")}
Bij storingen mail naar {E(r)} of bel de leverancier.
De API-sleutel van de monitoring is {K("api_key", G.hex_secret(r, 32))}.
"""


@tpl("docs / prose", "uncommon")
def prose_polish(r):
    return "text", "dokumentacja/serwer.txt", f"""Dane dostępowe do serwera pocztowego

Adres IP: {I(r)}
Login: {E(r)}
Hasło: {P(r, "!#%*+-=?_")}
Zapasowy kontakt: {E(r)}
Sieć wewnętrzna: {priv(r)} maska {LAr("netmask", G.netmask, r)}
"""


@tpl("docs / prose", "uncommon")
def prose_turkish(r):
    return "text", "notlar/devir-teslim.md", f"""# Devir teslim notları

- Sunucu IP adresi: {I(r)}
- Yönetici şifresi: `{P(r, "!#%*+-=?_")}`
- Yedekleme hesabı: {E(r)}
- Telegram bot anahtarı: `{K("telegram_bot", G.telegram_bot(r))}`
- Test ortamı: {LAr("doc_ip", G.doc_ip, r)} (yalnızca belgelerde)
"""


@tpl("docs / prose", "uncommon")
def prose_korean(r):
    return "text", "docs/인수인계.md", f"""## 인수인계 메모

운영 DB 서버는 {I(r)} 이고, 관리자 비밀번호는 `{P(r, "!#%*+-=?_")}` 입니다.
장애 시 {E(r)} 로 연락 주세요.
내부망 게이트웨이: {priv(r)}
GitHub 토큰: `{K("github_fine", G.github_fine(r))}`
"""


@tpl("docs / prose", "uncommon")
def prose_greek(r):
    return "text", "σημειώσεις/πρόσβαση.txt", f"""Στοιχεία πρόσβασης (προσωρινά)

Διακομιστής: {I(r)}
Χρήστης: {E(r)}
Κωδικός: {P(r, "!#%*+-=?_")}
Τοπικό δίκτυο: {priv(r)}
"""


@tpl("docs / prose", "uncommon")
def prose_indonesian(r):
    return "text", "catatan/akses-server.md", f"""### Catatan akses

Server produksi: {I(r)} (SSH port 2222)
Kata sandi root: `{P(r, "!#%*+-=?_")}`
Kunci API Midtrans: `{K("midtrans_server_key", "Mid-server-" + G.s(r, G.AN + "_-", 24))}`
Kontak: {E(r)}
Versi aplikasi: {LA("version", G.version(r))}
"""


@tpl("docs / prose", "uncommon")
def prose_hungarian(r):
    return "text", "jegyzetek/atadas.txt", f"""Átadás-átvétel

A levelezőszerver címe {I(r)}, a belső tartalék {priv(r)}.
Rendszergazdai jelszó: {P(r, "!#%*+-=?_")}
Felelős: {E(r)}
Jelmondat a titkosított meghajtóhoz: {PP(r)}
"""


@tpl("docs / prose", "uncommon")
def prose_hebrew(r):
    return "text", "notes/handover-he.txt", f"""הערות העברה

כתובת השרת: {I(r)}
שם משתמש: {E(r)}
סיסמה: {P(r, "!#%*+-=?_")}
רשת פנימית: {priv(r)}
"""


@tpl("docs / prose", "uncommon")
def prose_swahili(r):
    return "text", "maelezo/seva.txt", f"""Maelezo ya seva

Anwani ya IP ya seva kuu: {I(r)}
Nenosiri la msimamizi: {P(r, "!#%*+-=?_")}
Barua pepe ya msaada: {E(r)}
Ufunguo wa M-Pesa API: {K("api_key", G.alnum_secret(r, 32))}
"""


@tpl("docs / prose", "uncommon")
def prose_thai(r):
    return "text", "docs/บันทึก.md", f"""# บันทึกส่งมอบงาน

- เซิร์ฟเวอร์หลัก: {I(r)}
- รหัสผ่านผู้ดูแลระบบ: `{P(r, "!#%*+-=?_")}`
- ติดต่อ: {E(r)}
- เครือข่ายภายใน: {priv(r)}
"""
