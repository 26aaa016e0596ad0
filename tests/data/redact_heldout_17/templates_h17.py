"""Synthetic templates for held-out set 17 (written from scratch for this set).

A template returns text in which each planted value is wrapped as
U+E000 TAG|kind U+E001 value U+E002.  TAG is EMAIL, IP_ADDRESS, KEY, PASSWORD or LOOK.
"""

import base64
import json

from gen_h17 import (
    KEYS, age_public, argon2_hash, basic_auth, bcrypt_hash, cgnat_ip, cisco_type9, corp_domain, doc_ip,
    docker_digest, email, git_sha, ipv4, ipv6, isbn13, juniper_9, key, linklocal_ip, loopback_ip, mac,
    mapbox_public, md5_hex, mysql_native_hash, netmask, npub, object_id, orcid, pbkdf2_django, pem,
    person, pgp_fingerprint, pgp_private, placeholder_password, private_ip, pw, recaptcha_site_key,
    reserved_email, role_email, rs, scram_sha256, sha256_hex, sha512_crypt, short_sha, span_id,
    ssh_ed25519_pub, stripe_publishable, trace_id, uuid4, version3, version4, wg_key, ALNUM, DIG, HEX,
    LOW, UP,
)

S, M, E = "\ue000", "\ue001", "\ue002"
TEMPLATES = {}


def t(name, cls, lang, path):
    def deco(fn):
        assert name not in TEMPLATES, name
        TEMPLATES[name] = (cls, lang, path, fn)
        return fn
    return deco


def L(tag, kind, value):
    return f"{S}{tag}|{kind}{M}{value}{E}"


def EM(v, kind="email"):
    return L("EMAIL", kind, v)


def IP(v, kind="ipv4"):
    return L("IP_ADDRESS", kind, v)


def K(r, kind, v=None):
    return L("KEY", kind, KEYS[kind](r) if v is None else v)


def PW(v, kind="password"):
    return L("PASSWORD", kind, v)


def LK(kind, v):
    return L("LOOK", kind, v)


def em(r):
    return EM(email(r))


def ip(r):
    return IP(ipv4(r))


def pv(r, ctx="any", kind="password", **kw):
    return PW(pw(r, ctx, **kw), kind)


def lk_ip(r):
    f = r.choice([("private_ip", private_ip), ("loopback_ip", loopback_ip), ("cgnat_ip", cgnat_ip),
                  ("documentation_ip", doc_ip), ("link_local_ip", linklocal_ip)])
    return LK(f[0], f[1](r))


def lk_mail(r):
    return LK("reserved_email", reserved_email(r))


def who(r):
    f, l = person(r)
    return f"{f} {l}", email(r, f, l)


CODE = "code / config assignment"
CI = "CI / IaC"
DATA = "data / observability config"
NET = "network config"
SH = "command line / shell"
SELF = "self-hosted / home lab"
LOG = "log / stack trace"
CHAT = "chat / ticket / email"
SQL = "SQL / CSV"
NB = "notebook"
HTTP = "HTTP / API client export"
REV = "commit / review"
MOB = "mobile / IDE config"
ODD = "unusual format"
DOC = "docs / prose"


# =========================================================================== code / config assignment

@t("crystal_shard", CODE, "crystal", "src/config/secrets.cr")
def _(r):
    return f'''module Harbour::Secrets
  MAIL_FROM    = "{em(r)}"
  OMISE_SECRET = "{K(r, "omise_secret")}"
  DB_URL       = "postgres://harbour:{pv(r, "url")}@{ip(r)}:5432/harbour"
  # sandbox only, safe: {LK("uuid_request_id", uuid4(r))}
  VERSION      = "{LK("version", version3(r))}"
end
'''


@t("nim_config", CODE, "nim", "src/settings.nim")
def _(r):
    return f'''const
  smtpUser* = "{em(r)}"
  smtpPass* = "{pv(r, "code")}"
  relayHost* = "{ip(r)}"
  conektaKey* = "{K(r, "conekta")}"
  buildId* = "{LK("uuid_build_id", uuid4(r))}"
'''


@t("zig_build", CODE, "zig", "build.zig")
def _(r):
    return f'''const std = @import("std");

pub fn build(b: *std.Build) void {{
    const opts = b.addOptions();
    opts.addOption([]const u8, "upload_host", "{ip(r)}");
    opts.addOption([]const u8, "upload_token", "{K(r, "crates")}");
    opts.addOption([]const u8, "maintainer", "{em(r)}");
    opts.addOption([]const u8, "loopback", "{lk_ip(r)}");
    _ = opts;
}}
'''


@t("d_dub_sdl", CODE, "sdl", "dub.sdl")
def _(r):
    return f'''name "tidewatch"
authors "{who(r)[0]}"
copyright "Copyright © 2024"
// registry mirror credentials, move to env before release
x:registryToken "{K(r, "jfrog_identity")}"
x:registryUser "{em(r)}"
x:mirrorHost "{ip(r)}"
'''


@t("vala_gsettings", CODE, "xml", "data/org.tidewatch.gschema.override.xml")
def _(r):
    return f'''<?xml version="1.0" encoding="UTF-8"?>
<schemalist>
  <schema id="org.tidewatch.sync" path="/org/tidewatch/sync/">
    <key name="account" type="s"><default>'{em(r)}'</default></key>
    <key name="server" type="s"><default>'{ip(r)}'</default></key>
    <key name="app-password" type="s"><default>'{pv(r, "xml")}'</default></key>
    <key name="client-id" type="s"><default>'{LK("uuid_client_id", uuid4(r))}'</default></key>
  </schema>
</schemalist>
'''


@t("groovy_jenkins_init", CODE, "groovy", "init.groovy.d/10-credentials.groovy")
def _(r):
    return f'''import jenkins.model.*
import com.cloudbees.plugins.credentials.*
import com.cloudbees.plugins.credentials.impl.*

def store = Jenkins.instance.getExtensionList('com.cloudbees.plugins.credentials.SystemCredentialsProvider')[0].getStore()
store.addCredentials(Domain.global(), new UsernamePasswordCredentialsImpl(
    CredentialsScope.GLOBAL, "nexus-deploy", "Nexus deploy user",
    "deployer", "{pv(r, "code")}"))
store.addCredentials(Domain.global(), new StringCredentialsImpl(
    CredentialsScope.GLOBAL, "rubygems", "RubyGems push", Secret.fromString("{K(r, "rubygems")}")))
println "seeded credentials for {em(r)} on {ip(r)}"
'''


@t("perl_dbi", CODE, "perl", "lib/Tide/DB.pm")
def _(r):
    return f'''package Tide::DB;
use strict;
use warnings;
use DBI;

my $dsn  = "DBI:mysql:database=tides;host={ip(r)};port=3306";
my $user = 'tides_rw';
my $pass = '{pv(r, "code")}';
my $admin_mail = '{em(r)}';   # gets the nightly report
my $replica = '{lk_ip(r)}';

sub connect {{ return DBI->connect($dsn, $user, $pass, {{ RaiseError => 1 }}) }}
1;
'''


@t("lua_openresty", CODE, "lua", "conf/lua/auth.lua")
def _(r):
    return f'''local _M = {{}}
_M.redis_host = "{ip(r)}"
_M.redis_password = "{pv(r, "code")}"
_M.jwt_secret = "{K(r, "jwt_secret")}"
_M.allow = {{ "{lk_ip(r)}", "{lk_ip(r)}" }}
_M.contact = "{em(r)}"
return _M
'''


@t("haskell_yesod", CODE, "yaml", "config/settings.yml")
def _(r):
    return f'''static-dir: "_env:YESOD_STATIC_DIR:static"
host: "_env:YESOD_HOST:*4"
port: "_env:YESOD_PORT:3000"
approot: "_env:YESOD_APPROOT:http://{LK("loopback_ip", "127.0.0.1")}:3000"
database:
  user: "_env:YESOD_PGUSER:tidal"
  password: "_env:YESOD_PGPASS:{pv(r, "yaml")}"
  host: "_env:YESOD_PGHOST:{ip(r)}"
copyright: "{em(r)}"
session-key: "{K(r, "hmac_secret")}"
'''


@t("clojure_edn", CODE, "clojure", "resources/config.edn")
def _(r):
    return f'''{{:db {{:dbtype "postgresql"
      :host "{ip(r)}"
      :user "ledger"
      :password "{pv(r, "code")}"}}
 :mail {{:from "{em(r)}" :api-key "{K(r, "mailersend")}"}}
 :build {{:sha "{LK("git_sha", git_sha(r))}"}}}}
'''


@t("scala_hocon", CODE, "hocon", "conf/application.conf")
def _(r):
    return f'''play.http.secret.key = "{K(r, "jwt_secret")}"
slick.dbs.default.db.url = "jdbc:postgresql://{ip(r)}:5432/regatta"
slick.dbs.default.db.user = "regatta"
slick.dbs.default.db.password = "{pv(r, "code")}"
play.mailer.user = "{em(r)}"
akka.remote.artery.canonical.hostname = "{lk_ip(r)}"
'''


@t("julia_toml_env", CODE, "julia", "scripts/upload.jl")
def _(r):
    return f'''using HTTP, JSON3

const ENDPOINT = "http://{ip(r)}:8080/api/v1/runs"
const TOKEN = "{K(r, "deepinfra")}"
const OWNER = "{em(r)}"

function push(run)
    HTTP.post(ENDPOINT, ["Authorization" => "Bearer " * TOKEN], JSON3.write(run))
end
# run id for the record: {LK("uuid_run_id", uuid4(r))}
'''


@t("kotlin_ktor", CODE, "kotlin", "src/main/resources/application.conf")
def _(r):
    return f'''ktor {{
    deployment {{ port = 8080, host = "{lk_ip(r)}" }}
}}
jwt {{
    secret = "{K(r, "jwt_secret")}"
    issuer = "http://{ip(r)}/"
}}
storage {{
    tencentSecretId = "{K(r, "tencent_secret_id")}"
    tencentSecretKey = "{K(r, "tencent_secret_key")}"
}}
owner = "{em(r)}"
'''


@t("swift_package_env", CODE, "swift", "Sources/App/Secrets.swift")
def _(r):
    return f'''enum Secrets {{
    static let tossSecretKey = "{K(r, "toss_secret")}"
    static let supportAddress = "{em(r)}"
    static let stagingIP = "{ip(r)}"
    static let publishableKey = "{LK("stripe_publishable_key", stripe_publishable(r))}"
}}
'''


@t("rust_cargo_config", CODE, "toml", ".cargo/config.toml")
def _(r):
    return f'''[registries.tidal]
index = "sparse+http://{ip(r)}:8000/api/v1/crates/"
token = "{K(r, "crates")}"

[net]
git-fetch-with-cli = true

[http]
proxy = "http://{lk_ip(r)}:3128"
# maintainer: {em(r)}
'''


@t("python_settings_flask", CODE, "python", "instance/config.py")
def _(r):
    return f'''SECRET_KEY = "{K(r, "flask_secret")}"
SQLALCHEMY_DATABASE_URI = "mysql+pymysql://survey:{pv(r, "url")}@{ip(r)}/survey"
MAIL_USERNAME = "{em(r)}"
MAIL_PASSWORD = "{pv(r, "code")}"
ADMINS = ["{em(r)}", "{lk_mail(r)}"]
TRUSTED_PROXIES = ["{lk_ip(r)}"]
'''


@t("python_django_local", CODE, "python", "tally/settings/local.py")
def _(r):
    return f'''from .base import *  # noqa

SECRET_KEY = "{K(r, "django_secret", "django-insecure-" + rs(r, LOW + DIG + "^&*(-_=+)", 50))}"
DEBUG = True
ALLOWED_HOSTS = ["{ip(r)}", "{lk_ip(r)}"]
DATABASES = {{
    "default": {{
        "ENGINE": "django.db.backends.postgresql",
        "NAME": "tally",
        "USER": "tally",
        "PASSWORD": "{pv(r, "code")}",
        "HOST": "{ip(r)}",
    }}
}}
DEFAULT_FROM_EMAIL = "{em(r)}"
# test fixture hash, not a password: {LK("pbkdf2_hash", pbkdf2_django(r))}
'''


@t("php_laravel_env", CODE, "dotenv", ".env.staging")
def _(r):
    return f'''APP_NAME=Ballotbox
APP_ENV=staging
APP_KEY={K(r, "laravel_app_key")}
DB_HOST={ip(r)}
DB_USERNAME=ballot
DB_PASSWORD={pv(r, "shell")}
MAIL_FROM_ADDRESS={em(r)}
MIDTRANS_SERVER_KEY=SB-{K(r, "midtrans_server")}
REDIS_HOST={lk_ip(r)}
'''


@t("symfony_env_local", CODE, "dotenv", ".env.local")
def _(r):
    return f'''APP_SECRET={K(r, "symfony_app_secret")}
DATABASE_URL="postgresql://app:{pv(r, "url")}@{ip(r)}:5432/app?serverVersion=16&charset=utf8"
MAILER_DSN=smtp://mailer:{pv(r, "url")}@{ip(r)}:587
MAILER_FROM={em(r)}
CULQI_SECRET={K(r, "culqi")}
'''


@t("ruby_credentials_plain", CODE, "yaml", "config/credentials/staging.yml")
def _(r):
    return f'''# decrypted with bin/rails credentials:edit --environment staging (do NOT commit)
secret_key_base: {K(r, "hmac_secret", rs(r, HEX, 128))}
kora:
  secret_key: {K(r, "kora_secret")}
smtp:
  user_name: {em(r)}
  password: {pv(r, "yaml")}
  address: {ip(r)}
'''


@t("elixir_runtime", CODE, "elixir", "config/runtime.exs")
def _(r):
    return f'''import Config

config :stall, Stall.Repo,
  username: "stall",
  password: "{pv(r, "code")}",
  hostname: "{ip(r)}"

config :stall, StallWeb.Endpoint,
  secret_key_base: "{K(r, "jwt_secret")}"

config :stall, :ably_key, "{K(r, "ably")}"
config :stall, :ops_contact, "{em(r)}"
'''


# =========================================================================== CI / IaC

@t("conan_remotes", CI, "ini", ".conan2/credentials.ini")
def _(r):
    return f'''# conan remote login output saved by hand
[remotes]
tidal = http://{ip(r)}:9300/artifactory/api/conan/tidal
[tidal]
user = {em(r)}
password = {pv(r, "ini")}
token = {K(r, "conan")}
'''


@t("vcpkg_binary_cache", CI, "json", "vcpkg-configuration.json")
def _(r):
    doc = {
        "default-registry": {"kind": "git", "baseline": LK("git_sha", git_sha(r)),
                             "repository": "https://github.com/microsoft/vcpkg"},
        "registries": [{"kind": "artifact", "name": "tidal",
                        "location": f"http://{ip(r)}/vcpkg"}],
        "x-binary-cache": f"nuget,http://{ip(r)}/nuget/v3/index.json,readwrite",
        "x-nuget-api-key": K(r, "nuget"),
        "x-owner": em(r),
    }
    return json.dumps(doc, indent=2, ensure_ascii=False) + "\n"


@t("bazel_netrc", CI, "netrc", "tools/ci/.netrc")
def _(r):
    return f'''machine {ip(r)}
  login ci-bot
  password {pv(r, "bare")}
machine artifacts.{corp_domain(r)}
  login {em(r)}
  password {K(r, "jfrog_identity")}
'''


@t("nix_flake_netrc", CI, "nix", "hosts/builder/configuration.nix")
def _(r):
    return f'''{{ config, pkgs, ... }}:
{{
  nix.settings = {{
    substituters = [ "http://{ip(r)}:5000" ];
    trusted-public-keys = [ "tidal-cache:{LK("public_cache_key", wg_key(r))}" ];
  }};
  # TODO move into agenix, cachix auth token pasted for the demo
  environment.variables.CACHIX_AUTH_TOKEN = "{K(r, "cachix")}";
  users.users.ops.initialHashedPassword = "{LK("sha512_crypt", sha512_crypt(r))}";
  networking.nameservers = [ "{ip(r)}" "{lk_ip(r)}" ];
  security.acme.defaults.email = "{em(r)}";
}}
'''


@t("pulumi_alicloud", CI, "yaml", "infra/Pulumi.prod.yaml")
def _(r):
    return f'''config:
  alicloud:region: cn-hangzhou
  alicloud:accessKey: {K(r, "alibaba_ak_id")}
  alicloud:secretKey: {K(r, "alibaba_ak_secret")}
  infra:adminEmail: {em(r)}
  infra:bastionIp: {ip(r)}
  infra:dbPassword:
    secure: {LK("pulumi_ciphertext", "v1:" + rs(r, ALNUM + "+/", 16) + ":" + rs(r, ALNUM + "+/", 40))}
'''


@t("terraform_tencent", CI, "hcl", "infra/tencent/provider.tf")
def _(r):
    return f'''provider "tencentcloud" {{
  secret_id  = "{K(r, "tencent_secret_id")}"
  secret_key = "{K(r, "tencent_secret_key")}"
  region     = "ap-guangzhou"
}}

resource "tencentcloud_instance" "relay" {{
  instance_name = "relay-1"
  password      = "{pv(r, "code")}"
  private_ip    = "{LK("private_ip", private_ip(r))}"
}}

output "eip" {{ value = "{ip(r)}" }}
'''


@t("terraform_huawei", CI, "hcl", "infra/huawei/main.tf")
def _(r):
    return f'''provider "huaweicloud" {{
  region     = "ap-southeast-1"
  access_key = "{K(r, "huawei_ak")}"
  secret_key = "{K(r, "huawei_sk")}"
}}

resource "huaweicloud_rds_instance" "ledger" {{
  name = "ledger"
  db {{
    type     = "PostgreSQL"
    version  = "16"
    password = "{pv(r, "code")}"
  }}
  fixed_ip = "{LK("private_ip", private_ip(r))}"
}}
# owner {em(r)}
'''


@t("terraform_exoscale", CI, "hcl", "envs/ch-gva/terraform.tfvars")
def _(r):
    return f'''exoscale_key    = "{K(r, "exoscale")}"
exoscale_secret = "{K(r, "aws_secret")}"
ssh_pubkey      = "{LK("ssh_public_key", ssh_ed25519_pub(r))}"
allowed_cidr    = ["{ip(r)}/32", "{ip(r)}/32"]
alert_email     = "{em(r)}"
'''


@t("packer_upcloud", CI, "hcl", "packer/upcloud.pkr.hcl")
def _(r):
    return f'''source "upcloud" "base" {{
  username = "{em(r)}"
  password = "{pv(r, "code")}"
  zone     = "fi-hel2"
  storage_name = "Debian GNU/Linux 12"
  ssh_username = "root"
}}
variable "api_token" {{ default = "{K(r, "upcloud")}" }}
# builder egress {ip(r)}
'''


@t("woodpecker_ci", CI, "yaml", ".woodpecker/deploy.yml")
def _(r):
    return f'''steps:
  deploy:
    image: alpine:{LK("version", version3(r))}
    environment:
      DEPLOY_HOST: {ip(r)}
      DEPLOY_PASSWORD: {pv(r, "yaml")}
      GITLAB_TOKEN: {K(r, "gitlab_pat")}
    commands:
      - ./deploy.sh
when:
  branch: main
# agent secret is WOODPECKER_AGENT_SECRET={K(r, "woodpecker_agent")}
'''


@t("buildkite_hooks", CI, "shell", ".buildkite/hooks/environment")
def _(r):
    return f'''#!/bin/bash
set -euo pipefail
export BUILDKITE_AGENT_TOKEN={K(r, "buildkite_agent")}
export TWINE_USERNAME=__token__
export TWINE_PASSWORD={K(r, "pypi")}
export NOTIFY={em(r)}
export CACHE_HOST={ip(r)}
'''


@t("gitlab_runner_toml", CI, "toml", "/etc/gitlab-runner/config.toml")
def _(r):
    return f'''concurrent = 4
[[runners]]
  name = "hpc-login-2"
  url = "http://{ip(r)}/"
  token = "{K(r, "gitlab_runner")}"
  executor = "shell"
  [runners.cache.s3]
    ServerAddress = "{ip(r)}:9000"
    AccessKey = "{K(r, "aws_access_key_id")}"
    SecretKey = "{K(r, "aws_secret")}"
'''


@t("ansible_vault_inline", CI, "yaml", "group_vars/hpc/vars.yml")
def _(r):
    return f'''slurm_controller: {ip(r)}
slurm_db_pass: {pv(r, "yaml")}
munge_key_b64: {K(r, "munge_key_b64")}
admin_email: {em(r)}
ldap_bind_pw: !vault |
  {LK("ansible_vault_ciphertext", "$ANSIBLE_VAULT;1.1;AES256")}
  {LK("ansible_vault_ciphertext", rs(r, HEX, 80))}
'''


@t("salt_pillar", CI, "yaml", "srv/pillar/kamailio.sls")
def _(r):
    return f'''kamailio:
  db_url: mysql://kamailio:{pv(r, "url")}@{ip(r)}/kamailio
  shared_secret: {K(r, "kamailio_secret")}
  public_ip: {ip(r)}
  private_ip: {LK("private_ip", private_ip(r))}
  admin: {em(r)}
'''


@t("chef_data_bag", CI, "json", "data_bags/secrets/radarr.json")
def _(r):
    doc = {"id": "radarr", "api_key": K(r, "radarr_api"), "smtp_user": em(r),
           "smtp_password": pv(r, "json"), "host": ip(r), "chef_node_id": LK("uuid_node_id", uuid4(r))}
    return json.dumps(doc, indent=2, ensure_ascii=False) + "\n"


@t("waypoint_hcl", CI, "hcl", "waypoint.hcl")
def _(r):
    return f'''project = "tidewatch"
app "api" {{
  deploy {{
    use "nomad" {{
      datacenter = "dc1"
      namespace  = "default"
    }}
  }}
}}
runner {{
  enabled = true
  env = {{
    NOMAD_ADDR  = "http://{ip(r)}:4646"
    NOMAD_TOKEN = "{K(r, "nomad_token")}"
    CONSUL_HTTP_TOKEN = "{K(r, "consul_acl")}"
  }}
}}
# job id {LK("uuid_job_id", uuid4(r))}, owner {em(r)}
'''


@t("github_actions_slurm", CI, "yaml", ".github/workflows/hpc.yml")
def _(r):
    return f'''name: submit-to-hpc
on: workflow_dispatch
jobs:
  submit:
    runs-on: ubuntu-latest
    env:
      HPC_HOST: {ip(r)}
      HPC_USER: {em(r)}
      HPC_PASS: {pv(r, "yaml")}
      SLURM_JWT: {K(r, "slurm_jwt_key")}
    steps:
      - uses: actions/checkout@{LK("git_sha", git_sha(r))}
      - run: ./submit.sh
'''


# =========================================================================== data / observability

@t("loki_config", DATA, "yaml", "loki/config.yaml")
def _(r):
    return f'''auth_enabled: true
server:
  http_listen_address: {lk_ip(r)}
common:
  storage:
    s3:
      endpoint: {ip(r)}:9000
      access_key_id: {K(r, "aws_access_key_id")}
      secret_access_key: {K(r, "aws_secret")}
ruler:
  alertmanager_url: http://{ip(r)}:9093
  notification:
    to: {em(r)}
'''


@t("promtail_client", DATA, "yaml", "promtail/config.yml")
def _(r):
    return f'''clients:
  - url: https://logs-prod-012.grafana.net/loki/api/v1/push
    basic_auth:
      username: "{rs(r, DIG, 6)}"
      password: "{K(r, "grafana_cloud")}"
scrape_configs:
  - job_name: radios
    static_configs:
      - targets: [{lk_ip(r)}]
        labels:
          host: {ip(r)}
'''


@t("tempo_overrides", DATA, "yaml", "tempo/tempo.yaml")
def _(r):
    return f'''distributor:
  receivers:
    otlp:
      protocols:
        grpc:
          endpoint: "{lk_ip(r)}:4317"
storage:
  trace:
    backend: s3
    s3:
      endpoint: {ip(r)}:9000
      access_key: {K(r, "huawei_ak")}
      secret_key: {K(r, "huawei_sk")}
# sample trace {LK("trace_id", trace_id(r))} span {LK("span_id", span_id(r))}
'''


@t("jaeger_es", DATA, "dotenv", "jaeger/collector.env")
def _(r):
    return f'''SPAN_STORAGE_TYPE=elasticsearch
ES_SERVER_URLS=http://{ip(r)}:9200
ES_USERNAME=jaeger
ES_PASSWORD={pv(r, "shell")}
ES_TAGS_AS_FIELDS_ALL=true
# escalation contact {em(r)}
'''


@t("zabbix_agent", DATA, "ini", "/etc/zabbix/zabbix_agent2.conf")
def _(r):
    return f'''Server={ip(r)},{lk_ip(r)}
ServerActive={ip(r)}
Hostname=tide-gauge-07
TLSConnect=psk
TLSPSKIdentity=gauge07
# psk file content pasted for the ticket:
# {K(r, "zabbix_api")}
Plugins.Postgres.Sessions.main.Password={pv(r, "ini")}
'''


@t("nagios_resource", DATA, "ini", "/usr/local/nagios/etc/resource.cfg")
def _(r):
    return f'''$USER1$=/usr/local/nagios/libexec
$USER3$=monitor
$USER4$={pv(r, "ini")}
$USER5$={K(r, "betterstack")}
# host {ip(r)} pager {em(r)}
'''


@t("icinga_api_users", DATA, "icinga", "/etc/icinga2/conf.d/api-users.conf")
def _(r):
    return f'''object ApiUser "director" {{
  password = "{K(r, "icinga_api_password")}"
  permissions = [ "*" ]
}}
object ApiUser "dashing" {{
  password = "{pv(r, "code")}"
  client_cn = "{ip(r)}"
  permissions = [ "status/query", "objects/query/*" ]
}}
object Endpoint "sat-01" {{ host = "{ip(r)}" }}
object User "oncall" {{ email = "{em(r)}" }}
'''


@t("checkmk_automation", DATA, "shell", "scripts/cmk-bulk.sh")
def _(r):
    return f'''#!/bin/sh
SITE=mon
AUTOMATION_SECRET={K(r, "checkmk_automation")}
curl -s -H "Authorization: Bearer automation $AUTOMATION_SECRET" \\
  "http://{ip(r)}/$SITE/check_mk/api/1.0/domain-types/host_config/collections/all" \\
  -d '{{"host_name": "smartmeter-gw", "attributes": {{"ipaddress": "{ip(r)}"}}}}'
# notify {em(r)}
'''


@t("rabbitmq_definitions", DATA, "json", "rabbitmq/definitions.json")
def _(r):
    doc = {"rabbit_version": LK("version", version3(r)),
           "users": [{"name": "meter-ingest", "password": pv(r, "json"), "tags": ""},
                     {"name": "admin", "password_hash": LK("rabbitmq_password_hash", rs(r, ALNUM + "+/", 44)),
                      "hashing_algorithm": "rabbit_password_hashing_sha256", "tags": "administrator"}],
           "parameters": [{"component": "shovel", "name": "to-dc2", "vhost": "/",
                           "value": {"src-uri": "amqp://", "dest-uri": f"amqp://shovel:{pv(r, 'url')}@{ip(r)}:5672"}}]}
    text = json.dumps(doc, indent=2, ensure_ascii=False) + "\n"
    return text


@t("nats_server_conf", DATA, "nats", "nats/server.conf")
def _(r):
    return f'''listen: {lk_ip(r)}:4222
authorization {{
  users = [
    {{ user: "meters", password: "{pv(r, "code")}" }}
    {{ nkey: "{LK("nats_public_nkey", "U" + rs(r, UP + "234567", 55))}" }}
  ]
}}
leafnodes {{
  remotes = [ {{ url: "nats-leaf://{ip(r)}:7422", credentials: "/etc/nats/leaf.creds" }} ]
}}
# leaf seed kept here by mistake: {K(r, "nats_nkey_seed")}
'''


@t("pulsar_client_conf", DATA, "ini", "pulsar/conf/client.conf")
def _(r):
    return f'''webServiceUrl=http://{ip(r)}:8080/
brokerServiceUrl=pulsar://{ip(r)}:6650/
authPlugin=org.apache.pulsar.client.impl.auth.AuthenticationToken
authParams=token:{K(r, "pulsar_jwt")}
# tenant admin {em(r)}
'''


@t("activemq_credentials", DATA, "ini", "activemq/conf/credentials.properties")
def _(r):
    return f'''activemq.username=system
activemq.password={pv(r, "ini")}
guest.password={LK("placeholder_password", "password")}
# jetty-realm admin: {em(r)}
broker.host={ip(r)}
'''


@t("redis_sentinel", DATA, "redis", "/etc/redis/sentinel.conf")
def _(r):
    return f'''port 26379
sentinel monitor ledger {ip(r)} 6379 2
sentinel auth-pass ledger {pv(r, "bare")}
sentinel down-after-milliseconds ledger 5000
sentinel announce-ip {ip(r)}
sentinel myid {LK("sentinel_run_id", rs(r, HEX, 40))}
'''


@t("etcd_conf", DATA, "yaml", "/etc/etcd/etcd.conf.yml")
def _(r):
    return f'''name: infra1
initial-cluster: infra1=https://{ip(r)}:2380,infra2=https://{ip(r)}:2380
initial-cluster-token: {K(r, "etcd_token")}
listen-client-urls: https://{lk_ip(r)}:2379
# root password for etcdctl --user root: {pv(r, "yaml")}
'''


@t("foundationdb_cluster", DATA, "text", "/etc/foundationdb/fdb.cluster")
def _(r):
    return f'''# description:id@coordinators, the id is the cluster key
ledger:{K(r, "fdb_cluster_key")}@{ip(r)}:4500,{ip(r)}:4500,{ip(r)}:4500
'''


@t("db2_cli_ini", DATA, "ini", "sqllib/cfg/db2cli.ini")
def _(r):
    return f'''[TIDEDB]
Database=TIDEDB
Protocol=TCPIP
Hostname={ip(r)}
Port=50000
UID=db2inst1
PWD={pv(r, "ini")}
; DBA on call: {em(r)}
'''


@t("oracle_tnsnames_wallet", DATA, "text", "network/admin/tnsnames.ora")
def _(r):
    return f'''LEDGER =
  (DESCRIPTION =
    (ADDRESS = (PROTOCOL = TCP)(HOST = {ip(r)})(PORT = 1521))
    (CONNECT_DATA = (SERVICE_NAME = ledger.{corp_domain(r)}))
  )
# sqlplus ledger_app/{pv(r, "bare")}@LEDGER
# wallet owner {em(r)}
'''


@t("sqlserver_linked", DATA, "sql", "db/linked_servers.sql")
def _(r):
    return f'''EXEC sp_addlinkedserver @server = N'POS_ARCHIVE', @srvproduct = N'', @provider = N'MSOLEDBSQL',
    @datasrc = N'{ip(r)},1433';
EXEC sp_addlinkedsrvlogin @rmtsrvname = N'POS_ARCHIVE', @useself = N'False',
    @rmtuser = N'archive_reader', @rmtpassword = N'{pv(r, "code")}';
-- requested by {em(r)}
'''


# =========================================================================== network

@t("juniper_junos", NET, "junos", "configs/edge-mx.conf")
def _(r):
    return f'''system {{
    host-name edge-mx1;
    root-authentication {{
        encrypted-password "{LK("sha512_crypt", sha512_crypt(r))}";
    }}
    radius-server {{
        {ip(r)} secret "{pv(r, "bare", kind="radius_secret")}";
    }}
    ntp {{ server {ip(r)}; }}
}}
snmp {{ community {pv(r, "bare", kind="snmp_community")} {{ authorization read-only; }} }}
protocols {{ bgp {{ group transit {{ neighbor {ip(r)} {{ authentication-key "{LK("junos_9_hash", juniper_9(r))}"; }} }} }} }}
'''


@t("sophos_xg_export", NET, "xml", "sophos/Entities.xml")
def _(r):
    return f'''<Configuration>
  <AdminSettings><WebAdminSettings><Certificate>ApplianceCertificate</Certificate></WebAdminSettings></AdminSettings>
  <VPNIPSecConnection>
    <Name>branch-2</Name>
    <RemoteHost>{ip(r)}</RemoteHost>
    <PresharedKey>{pv(r, "xml", kind="ipsec_psk")}</PresharedKey>
    <LocalSubnet>{LK("private_ip", private_ip(r))}</LocalSubnet>
  </VPNIPSecConnection>
  <Notification><MailServer>{ip(r)}</MailServer><Email>{em(r)}</Email></Notification>
  <APIConfiguration><Secret>{K(r, "sophos_api_secret")}</Secret></APIConfiguration>
</Configuration>
'''


@t("sonicwall_cli", NET, "text", "sonicwall/tz370.cli")
def _(r):
    return f'''administration
  admin name admin
  admin password {pv(r, "bare")}
exit
address-object ipv4 "uplink-peer" host {ip(r)} zone WAN
vpn policy site-to-site "hq"
  gateway primary {ip(r)}
  shared-secret {pv(r, "bare", kind="ipsec_psk")}
exit
log syslog server {lk_ip(r)}
'''


@t("watchguard_mgmt", NET, "json", "watchguard/mgmt-api.json")
def _(r):
    doc = {"device": "M390", "serial": LK("device_serial", "80" + rs(r, UP + DIG, 11)),
           "management": {"api_key": K(r, "watchguard_api"), "allowed": [ip(r), ip(r)]},
           "alerts": {"smtp": ip(r), "to": em(r)}}
    return json.dumps(doc, indent=2, ensure_ascii=False) + "\n"


@t("zyxel_usg", NET, "text", "zyxel/startup-config.conf")
def _(r):
    return f'''hostname usg-flex-200
username admin encrypted-password {LK("zyxel_encrypted", "$4$" + rs(r, ALNUM, 8) + "$" + rs(r, ALNUM + "./", 40))} user-type admin
username radio-ops password {pv(r, "bare")} user-type limited-admin
interface wan1
 ip address {ip(r)} {LK("netmask", netmask(r))}
 ip gateway {ip(r)}
nebula-agent token {K(r, "zyxel_nebula")}
'''


@t("keenetic_cli", NET, "text", "keenetic/startup-config.txt")
def _(r):
    return f'''interface WifiMaster0/AccessPoint0
    ssid Kiosk-Staff
    authentication wpa-psk {pv(r, "bare", kind="wifi_password")}
!
interface ISP
    ip address {ip(r)} {LK("netmask", netmask(r))}
!
ip name-server {ip(r)}
ip host router.lan {lk_ip(r)}
'''


@t("checkpoint_clish", NET, "text", "checkpoint/gaia-clish.txt")
def _(r):
    return f'''set hostname gw-north
set interface eth1 ipv4-address {ip(r)} mask-length 29
set static-route default nexthop gateway address {ip(r)} on
set aaa radius-servers priority 1 host {ip(r)} port 1812 secret {pv(r, "bare", kind="radius_secret")} timeout 3
set user admin password-hash {LK("md5_crypt", "$1$" + rs(r, ALNUM, 8) + "$" + rs(r, ALNUM + "./", 22))}
set expert-password-hash {LK("sha512_crypt", sha512_crypt(r))}
'''


@t("vyos_wireguard", NET, "text", "vyos/config.boot")
def _(r):
    return f'''interfaces {{
    wireguard wg0 {{
        address {LK("private_ip", private_ip(r))}/24
        private-key {K(r, "wireguard_private")}
        peer hq {{
            address {ip(r)}
            port 51820
            public-key {LK("wireguard_public_key", wg_key(r))}
            allowed-ips 0.0.0.0/0
        }}
    }}
}}
'''.replace("0.0.0.0/0", LK("unspecified_ip", "0.0.0.0") + "/0")


@t("cisco_iosxe_tacacs", NET, "text", "configs/core-sw1.txt")
def _(r):
    return f'''hostname core-sw1
enable secret 9 {LK("cisco_type9", cisco_type9(r))}
tacacs server ISE
 address ipv4 {ip(r)}
 key 0 {pv(r, "bare", kind="tacacs_secret")}
snmp-server community {pv(r, "bare", kind="snmp_community")} RO
ntp server {ip(r)}
interface Vlan10
 ip address {LK("private_ip", private_ip(r))} {LK("netmask", netmask(r))}
'''


@t("arista_eos_bgp", NET, "text", "configs/leaf3.cfg")
def _(r):
    return f'''router bgp 65012
   neighbor {ip(r)} remote-as 64512
   neighbor {ip(r)} password 0 {pv(r, "bare", kind="bgp_password")}
   neighbor {lk_ip(r)} remote-as 65012
username ops secret sha512 {LK("sha512_crypt", sha512_crypt(r))}
management api http-commands
   no shutdown
'''


@t("openwrt_uci", NET, "text", "etc/config/wireless")
def _(r):
    return f'''config wifi-iface 'guest'
	option device 'radio0'
	option network 'guest'
	option mode 'ap'
	option ssid 'Library-Guest'
	option encryption 'sae-mixed'
	option key '{pv(r, "bare", kind="wifi_password")}'

config wifi-iface 'wds'
	option mode 'sta'
	option bssid '{LK("mac_address", mac(r))}'
	option key '{pv(r, "bare", kind="wifi_password")}'
'''


@t("strongswan_secrets", NET, "text", "/etc/ipsec.secrets")
def _(r):
    return f'''# /etc/ipsec.secrets
{ip(r)} {ip(r)} : PSK "{pv(r, "bare", kind="ipsec_psk")}"
{LK("private_ip", private_ip(r))} : PSK "{LK("placeholder_password", "changeme")}"
radio-ops : EAP "{pv(r, "bare")}"
'''


# =========================================================================== command line / shell

@t("fish_history", SH, "yaml", ".local/share/fish/fish_history")
def _(r):
    return f'''- cmd: tailscale up --authkey={K(r, "tailscale_auth")} --advertise-routes={LK("private_ip", private_ip(r))}/24
  when: {r.randint(1700000000, 1760000000)}
- cmd: ssh ops@{ip(r)}
  when: {r.randint(1700000000, 1760000000)}
- cmd: git config user.email {em(r)}
  when: {r.randint(1700000000, 1760000000)}
'''


@t("zsh_extended_history", SH, "shell", ".zsh_history")
def _(r):
    n = r.randint(1700000000, 1760000000)
    return f''': {n}:0;ngrok config add-authtoken {K(r, "ngrok")}
: {n + 40}:0;mysql -h {ip(r)} -u pos_admin -p{pv(r, "shell")} pos
: {n + 95}:0;ipmitool -I lanplus -H {ip(r)} -U ADMIN -P {pv(r, "shell")} chassis status
: {n + 130}:0;ping -c1 {lk_ip(r)}
'''


@t("nushell_history", SH, "text", ".config/nushell/history.txt")
def _(r):
    return f'''let-env RESTIC_PASSWORD = "{pv(r, "code")}"
restic -r b2:tide-backups:/ snapshots
$env.B2_ACCOUNT_KEY = "{K(r, "restic_b2_key")}"
http get http://{ip(r)}:8989/api/v3/system/status -H [X-Api-Key {K(r, "radarr_api")}]
'''


@t("aliyun_cli", SH, "shell", "notes/aliyun-setup.sh")
def _(r):
    return f'''aliyun configure set --profile prod --mode AK --region cn-shanghai \\
  --access-key-id {K(r, "alibaba_ak_id")} \\
  --access-key-secret {K(r, "alibaba_ak_secret")}
aliyun ecs DescribeInstances --PublicIpAddresses '["{ip(r)}"]'
'''


@t("tccli_configure", SH, "shell", "scripts/tencent-login.sh")
def _(r):
    return f'''tccli configure set secretId {K(r, "tencent_secret_id")}
tccli configure set secretKey {K(r, "tencent_secret_key")}
tccli cvm DescribeInstances --Filters '[{{"Name":"public-ip-address","Values":["{ip(r)}"]}}]'
'''


@t("globus_transfer", SH, "shell", "hpc/stage-in.sh")
def _(r):
    return f'''#!/bin/bash
#SBATCH --mail-user={em(r)}
#SBATCH --mail-type=END
export GLOBUS_CLI_CLIENT_ID={LK("uuid_client_id", uuid4(r))}
export GLOBUS_CLI_CLIENT_SECRET={K(r, "globus_client_secret")}
globus transfer {LK("uuid_endpoint_id", uuid4(r))}:/seis/raw {LK("uuid_endpoint_id", uuid4(r))}:/scratch/raw --recursive
'''


@t("ldapsearch_cmd", SH, "shell", "runbooks/ldap-check.sh")
def _(r):
    return f'''ldapsearch -x -H ldap://{ip(r)} -D "uid=svc-pos,cn=users,cn=accounts,dc=shop,dc=lan" \\
  -w {pv(r, "shell")} -b "cn=accounts,dc=shop,dc=lan" "(mail={em(r)})"
'''


@t("lftp_mirror", SH, "shell", "cron/mirror-fonts.sh")
def _(r):
    return f'''#!/bin/sh
lftp -u typefoundry,{pv(r, "shell")} sftp://{ip(r)} -e "mirror -R dist/ /releases/; bye"
echo "mirrored" | mail -s fonts {em(r)}
'''


@t("sqlcmd_session", SH, "text", "logs/sqlcmd-session.txt")
def _(r):
    return f'''C:\\> sqlcmd -S {ip(r)},1433 -U sa -P {pv(r, "shell")} -Q "SELECT @@VERSION"
Microsoft SQL Server 2022 ({LK("version", version4(r))}) - X64
C:\\> net use \\\\{ip(r)}\\scans /user:POS\\scanner {pv(r, "shell")}
The command completed successfully.
'''


@t("git_credential_clone", SH, "shell", "README-deploy.sh")
def _(r):
    return f'''git clone https://oauth2:{K(r, "gitlab_pat")}@gitlab.{corp_domain(r)}/survey/xlsform-bank.git
git -C xlsform-bank config user.email {em(r)}
git -C xlsform-bank log -1 --format=%H   # {LK("git_sha", git_sha(r))}
'''


# =========================================================================== self-hosted

@t("home_assistant_secrets", SELF, "yaml", "homeassistant/secrets.yaml")
def _(r):
    return f'''# secrets.yaml
dsmr_host: {ip(r)}
mqtt_password: {pv(r, "yaml")}
notify_email: {em(r)}
long_lived_token: {K(r, "home_assistant_llat")}
router_ip: {lk_ip(r)}
'''


@t("radarr_config_xml", SELF, "xml", "radarr/config.xml")
def _(r):
    return f'''<Config>
  <BindAddress>*</BindAddress>
  <Port>7878</Port>
  <ApiKey>{K(r, "radarr_api")}</ApiKey>
  <AuthenticationMethod>Forms</AuthenticationMethod>
  <PostgresHost>{ip(r)}</PostgresHost>
  <PostgresPassword>{pv(r, "xml")}</PostgresPassword>
  <InstanceName>radarr-{LK("short_sha", short_sha(r))}</InstanceName>
</Config>
'''


@t("headscale_config", SELF, "yaml", "headscale/config.yaml")
def _(r):
    return f'''server_url: https://vpn.{corp_domain(r)}
listen_addr: {lk_ip(r)}:8080
prefixes:
  v4: {LK("cgnat_ip", "100.64.0.0")}/10
oidc:
  issuer: https://sso.{corp_domain(r)}/application/o/headscale/
  client_id: headscale
  client_secret: {K(r, "authentik_token")}
dns:
  nameservers:
    global: [{ip(r)}, {ip(r)}]
# preauth for the smart-meter pi: {K(r, "headscale_preauth")}
'''


@t("authentik_env", SELF, "dotenv", "authentik/.env")
def _(r):
    return f'''PG_PASS={pv(r, "shell")}
AUTHENTIK_SECRET_KEY={K(r, "authentik_token")}
AUTHENTIK_EMAIL__HOST={ip(r)}
AUTHENTIK_EMAIL__USERNAME={em(r)}
AUTHENTIK_EMAIL__PASSWORD={pv(r, "shell")}
AUTHENTIK_BOOTSTRAP_EMAIL={lk_mail(r)}
'''


@t("dex_config", SELF, "yaml", "dex/config.yaml")
def _(r):
    return f'''issuer: https://dex.{corp_domain(r)}
storage:
  type: postgres
  config:
    host: {ip(r)}
    user: dex
    password: {pv(r, "yaml")}
staticClients:
  - id: grafana
    secret: {K(r, "dex_client_secret")}
    redirectURIs: ["http://{lk_ip(r)}:3000/login/generic_oauth"]
staticPasswords:
  - email: {em(r)}
    hash: "{LK("bcrypt_hash", bcrypt_hash(r))}"
    userID: "{LK("uuid_user_id", uuid4(r))}"
'''


@t("keycloak_realm_export", SELF, "json", "keycloak/realm-parish.json")
def _(r):
    doc = {"realm": "parish", "enabled": True,
           "smtpServer": {"host": ip(r), "user": em(r), "password": pv(r, "json"), "from": em(r)},
           "clients": [{"clientId": "donations-portal", "id": LK("uuid_client_id", uuid4(r)),
                        "secret": K(r, "keycloak_client_secret")}],
           "users": [{"username": "office", "credentials": [{"type": "password",
                       "secretData": "{\"value\":\"" + LK("pbkdf2_hash", rs(r, ALNUM + "+/", 43) + "=") + "\"}"}]}]}
    return json.dumps(doc, indent=2, ensure_ascii=False) + "\n"


@t("freeswitch_vars", SELF, "xml", "freeswitch/conf/vars.xml")
def _(r):
    return f'''<include>
  <X-PRE-PROCESS cmd="set" data="default_password={pv(r, "xml")}"/>
  <X-PRE-PROCESS cmd="set" data="external_rtp_ip={ip(r)}"/>
  <X-PRE-PROCESS cmd="set" data="internal_sip_ip={LK("private_ip", private_ip(r))}"/>
  <X-PRE-PROCESS cmd="set" data="outbound_caller_id_number=0000000000"/>
  <!-- admin: {em(r)} -->
</include>
'''


@t("kamailio_kamctlrc", SELF, "shell", "kamailio/kamctlrc")
def _(r):
    return f'''SIP_DOMAIN={ip(r)}
DBENGINE=MYSQL
DBHOST={ip(r)}
DBRWUSER="kamailio"
DBRWPW="{pv(r, "shell")}"
DBROOTUSER="root"
# CTLENGINE secret for the dispatcher api: {K(r, "kamailio_secret")}
'''


@t("dovecot_passwd_file", SELF, "text", "/etc/dovecot/users")
def _(r):
    a, b = email(r), email(r)
    return f'''{EM(a)}:{{PLAIN}}{pv(r, "bare")}::::::
{EM(b)}:{LK("sha512_crypt", "{SHA512-CRYPT}" + sha512_crypt(r))}::::::
'''


@t("lemmy_hjson", SELF, "hjson", "lemmy/lemmy.hjson")
def _(r):
    return f'''{{
  database: {{ host: "{ip(r)}", user: "lemmy", password: "{pv(r, "code")}" }}
  hostname: "forum.{corp_domain(r)}"
  setup: {{ admin_username: "admin", admin_password: "{pv(r, "code")}", admin_email: "{em(r)}" }}
  email: {{ smtp_server: "{ip(r)}:587", smtp_login: "{em(r)}" }}
}}
'''


# =========================================================================== logs

@t("journal_export", LOG, "text", "logs/journal-export.txt")
def _(r):
    return f'''__CURSOR=s={LK("journal_cursor", rs(r, HEX, 32))};i=2f1a
__REALTIME_TIMESTAMP={r.randint(10**15, 2 * 10**15)}
_HOSTNAME=meter-gw
SYSLOG_IDENTIFIER=dsmr-uploader
MESSAGE=POST http://{ip(r)}/api/v1/readings failed, retrying with key {K(r, "smtp2go")}
_BOOT_ID={LK("boot_id", rs(r, HEX, 32))}

__REALTIME_TIMESTAMP={r.randint(10**15, 2 * 10**15)}
SYSLOG_IDENTIFIER=sshd
MESSAGE=Accepted publickey for pi from {ip(r)} port {r.randint(1024, 65535)}
'''


@t("k8s_events", LOG, "text", "logs/kubectl-get-events.txt")
def _(r):
    return f'''LAST SEEN   TYPE      REASON    OBJECT                 MESSAGE
2m          Warning   Failed    pod/ingest-7c9f        Error: failed to pull: unauthorized for {ip(r)}:5000/ingest
90s         Normal    Pulled    pod/ingest-7c9f        env DB_PASSWORD={pv(r, "bare")} injected from ConfigMap ingest-env
40s         Warning   Unhealthy pod/ingest-7c9f        Readiness probe failed: Get "http://{LK("private_ip", private_ip(r))}:8080/healthz"
'''


@t("slurmctld_log", LOG, "text", "logs/slurmctld.log")
def _(r):
    return f'''[2025-03-02T03:11:09.118] _slurm_rpc_submit_batch_job: JobId=44812 InitPrio=1 usec=590
[2025-03-02T03:11:10.002] error: Munge decode failed: Invalid credential from {ip(r)}
[2025-03-02T03:11:12.551] debug: auth/jwt: token rejected, key={K(r, "slurm_jwt_key")}
[2025-03-02T03:12:00.000] mail sent to {em(r)} for JobId=44812
'''


@t("haraka_log", LOG, "text", "logs/haraka.log")
def _(r):
    user = email(r)
    plain = base64.b64encode(("\0" + user + "\0" + pw(r, "any", ascii_only=True)).encode()).decode()
    return f'''[INFO] [-] [core] connect ip={ip(r)} port=51244 local_ip={LK("private_ip", private_ip(r))} local_port=587
[PROTOCOL] [{LK("uuid_connection_id", uuid4(r).upper())}] [core] C: AUTH PLAIN {K(r, "smtp_auth_plain", plain)}
[INFO] [-] [auth/flat_file] AUTH user="{em(r)}" success=true
'''


@t("dovecot_auth_log", LOG, "text", "logs/dovecot.log")
def _(r):
    return f'''Mar 02 10:01:44 mx dovecot: auth: Debug: passwd-file(u={em(r)},rip={ip(r)}): lookup: user={em(r)} file=/etc/dovecot/users
Mar 02 10:01:44 mx dovecot: auth: Debug: client passdb out: FAIL	user={em(r)}	pass={pv(r, "bare")}
Mar 02 10:01:45 mx dovecot: imap-login: Aborted login (auth failed, 1 attempts): rip={ip(r)}, lip={lk_ip(r)}
'''


@t("keycloak_server_log", LOG, "text", "logs/keycloak.log")
def _(r):
    return f'''2025-02-11 08:14:02,441 WARN  [org.keycloak.events] type=LOGIN_ERROR, realmId={LK("uuid_realm_id", uuid4(r))}, clientId=pos-terminal, ipAddress={ip(r)}, error=invalid_user_credentials, username={em(r)}
2025-02-11 08:14:05,120 DEBUG [org.keycloak.services] client_secret={K(r, "keycloak_client_secret")} grant_type=client_credentials
'''


@t("nodered_log", LOG, "text", "logs/node-red.log")
def _(r):
    return f'''11 Mar 09:00:01 - [info] Node-RED version: v{LK("version", version3(r))}
11 Mar 09:00:03 - [info] [mqtt-broker:meters] Connected to broker: mqtt://meter:{pv(r, "url")}@{ip(r)}:1883
11 Mar 09:00:04 - [error] [http request:twilio] 401 - sid AC{rs(r, HEX, 32)} token {K(r, "hmac_secret", rs(r, HEX, 32))}
'''


@t("java_jdbc_trace", LOG, "text", "logs/tomcat-catalina.out")
def _(r):
    return f'''SEVERE [main] org.apache.catalina.core.StandardContext.startInternal Error listenerStart
java.sql.SQLException: Listener refused the connection with the following error: ORA-12505
  url=jdbc:oracle:thin:ledger/{pv(r, "url")}@{ip(r)}:1521:LEDGER
  at oracle.jdbc.driver.T4CConnection.logon(T4CConnection.java:{r.randint(100, 999)})
  at com.tidal.pos.Bootstrap.main(Bootstrap.java:42)
Caused by: oracle.net.ns.NetException: reported by {LK("private_ip", private_ip(r))}
'''


@t("nginx_error_log", LOG, "text", "logs/nginx-error.log")
def _(r):
    return f'''2025/01/30 22:10:41 [error] 812#812: *19 upstream timed out, client: {ip(r)}, server: forms.{corp_domain(r)}, request: "GET /api/submissions?token={K(r, "n8n_api")} HTTP/1.1", upstream: "http://{lk_ip(r)}:8080/"
2025/01/30 22:10:44 [warn] 812#812: *20 an upstream response is buffered, client: {ip(r)}
'''


# =========================================================================== chat / tickets / mail

@t("rocketchat_export", CHAT, "json", "exports/rocketchat-ops.json")
def _(r):
    msgs = [{"u": {"username": "nakato"}, "msg": f"ssh is up on {ip(r)}, the sudo password is " + pv(r, "json")},
            {"u": {"username": "kamau"}, "msg": "thanks, also the bot PAT: " + K(r, "rocketchat_pat")},
            {"u": {"username": "nakato"}, "msg": "mail me at " + em(r)}]
    return json.dumps({"room": "ops", "messages": msgs}, indent=2, ensure_ascii=False) + "\n"


@t("mattermost_bulk", CHAT, "jsonl", "exports/mattermost-bulk.jsonl")
def _(r):
    return "\n".join([
        json.dumps({"type": "user", "user": {"username": "dispatch", "email": em(r)}}, ensure_ascii=False),
        json.dumps({"type": "post", "post": {"team": "transit", "channel": "ops", "user": "dispatch",
                    "message": f"API token for the departures board: {K(r, 'mattermost_pat')} (host {ip(r)})"}},
                   ensure_ascii=False),
        json.dumps({"type": "post", "post": {"message": f"request id {LK('uuid_request_id', uuid4(r))}"}}),
    ]) + "\n"


@t("youtrack_issue", CHAT, "markdown", "exports/youtrack-ELEC-412.md")
def _(r):
    return f'''# ELEC-412 Ballot import fails on precinct 17

Reporter: {em(r)}

The importer on {ip(r)} dies with 401. I regenerated the permanent token:
`{K(r, "youtrack")}` and the DB password is now {pv(r, "code")}.

Build {LK("version", version3(r))}, commit {LK("short_sha", short_sha(r))}.
'''


@t("gitlab_issue_comment", CHAT, "markdown", "exports/gitlab-issue-88.md")
def _(r):
    return f'''**@otieno** commented:

> Still failing against the staging printer at {ip(r)}.

Try with the service account `pos-bot` / `{pv(r, "code")}`; the Square token is `{K(r, "square")}`.
Ping {em(r)} if it breaks again. Trace id `{LK("trace_id", trace_id(r))}`.
'''


@t("matrix_export", CHAT, "text", "exports/matrix-room.txt")
def _(r):
    hs = corp_domain(r)
    return f'''[10:02] <@aputsiaq:matrix.{hs}> the bridge bot lost its login
[10:03] <@rudzani:matrix.{hs}> new access token {K(r, "matrix_access")}
[10:03] <@rudzani:matrix.{hs}> homeserver IP is {ip(r)}, registration shared secret {K(r, "hmac_secret", rs(r, ALNUM, 40))}
[10:05] <@aputsiaq:matrix.{hs}> ok, mail the config to {em(r)}
'''


@t("mbox_forward", CHAT, "email", "mail/forwarded.eml")
def _(r):
    a, b = em(r), em(r)
    return f'''From: {a}
To: {b}
Subject: Fwd: Bluesky app password for the museum account
Message-ID: <{LK("message_id", rs(r, HEX, 16) + "@mail.gmail.com")}>
Date: Tue, 4 Mar 2025 09:12:44 +0000

The app password for @collections is {PW(KEYS["bluesky_app"](r), "bluesky_app_password")} and the
CMS admin login at {ip(r)} is curator / {pv(r, "any", ascii_only=True)}.
'''


# =========================================================================== SQL / CSV

@t("pg_authid_dump", SQL, "sql", "db/roles.sql")
def _(r):
    return f'''CREATE ROLE ingest LOGIN PASSWORD '{LK("scram_hash", scram_sha256(r))}';
CREATE ROLE reporter LOGIN PASSWORD '{pv(r, "code")}';
ALTER ROLE reporter SET search_path = reports;
COMMENT ON ROLE reporter IS 'owner {em(r)}, connects from {ip(r)}';
'''


@t("volunteer_roster_csv", SQL, "csv", "exports/volunteer-roster.csv")
def _(r):
    rows = ["name,email,role,portal_password,last_login_ip"]
    for _ in range(3):
        n, e = who(r)
        rows.append(f"{n},{EM(e)},{r.choice(['usher', 'treasurer', 'choir', 'food bank'])},{pv(r, 'csv')},{ip(r)}")
    rows.append(f"Test Account,{lk_mail(r)},test,{LK('placeholder_password', 'changeme')},{lk_ip(r)}")
    return "\n".join(rows) + "\n"


@t("meter_gateways_tsv", SQL, "tsv", "exports/meter-gateways.tsv")
def _(r):
    rows = ["serial\tpublic_ip\tlan_ip\tadmin_password\tfirmware"]
    for _ in range(3):
        rows.append(f"{LK('device_serial', 'E0' + rs(r, DIG, 14))}\t{ip(r)}\t{LK('private_ip', private_ip(r))}\t"
                    f"{pv(r, 'bare')}\t{LK('version', version3(r))}")
    return "\n".join(rows) + "\n"


@t("mysql_users_dump", SQL, "sql", "db/mysql-users.sql")
def _(r):
    return f'''CREATE USER 'pos'@'{ip(r)}' IDENTIFIED BY '{pv(r, "code")}';
CREATE USER 'report'@'%' IDENTIFIED WITH mysql_native_password AS '{LK("mysql_native_hash", mysql_native_hash(r))}';
INSERT INTO settings (k, v) VALUES ('smtp_user', '{em(r)}'), ('conekta_key', '{K(r, "conekta")}');
'''


# =========================================================================== notebooks

def _nb(cells, lang="python"):
    nb = {"cells": [{"cell_type": "code", "execution_count": i + 1, "metadata": {}, "outputs": [],
                     "source": src.splitlines(True)} for i, src in enumerate(cells)],
          "metadata": {"kernelspec": {"name": lang, "display_name": lang, "language": lang}},
          "nbformat": 4, "nbformat_minor": 5}
    return json.dumps(nb, indent=1, ensure_ascii=False) + "\n"


@t("zeppelin_note", NB, "json", "notebooks/seismic-qc.zpln")
def _(r):
    doc = {"name": "seismic-qc", "id": LK("zeppelin_note_id", "2" + rs(r, UP + DIG, 8)),
           "paragraphs": [{"text": f"%jdbc\nSELECT * FROM picks -- conn user=qc password={pw(r, 'bare')}"},
                          {"text": f"%python\nFDSN = 'http://{ipv4(r)}:8080'\nTOKEN = 'x'"}]}
    # plant with markers
    doc["paragraphs"][0]["text"] = f"%jdbc\nSELECT * FROM picks -- conn user=qc password={pv(r, 'bare')}"
    doc["paragraphs"][1]["text"] = (f"%python\nFDSN = 'http://{ip(r)}:8080'\nTOKEN = '{K(r, 'ibm_cloud')}'\n"
                                    f"NOTIFY = '{em(r)}'")
    return json.dumps(doc, indent=2, ensure_ascii=False) + "\n"


@t("polynote_ipynb", NB, "ipynb", "notebooks/epi-weekly.ipynb")
def _(r):
    return _nb([f"val surveillanceApi = \"http://{ip(r)}/api\"\nval apiKey = \"{K(r, 'assemblyai')}\"",
                f"val mailTo = \"{em(r)}\"\n// dataset {LK('uuid_dataset_id', uuid4(r))}"], "scala")


@t("jupyter_r_kernel", NB, "ipynb", "notebooks/ballot-audit.ipynb")
def _(r):
    return _nb([f"library(DBI)\ncon <- dbConnect(RPostgres::Postgres(), host = \"{ip(r)}\", user = \"audit\",\n"
                f"                 password = \"{pv(r, 'code')}\")",
                f"# contact {em(r)}; loopback test {lk_ip(r)}"], "ir")


# =========================================================================== HTTP / API client

@t("hoppscotch_export", HTTP, "json", "api/hoppscotch-collection.json")
def _(r):
    doc = {"v": 2, "name": "payments", "requests": [
        {"name": "charge", "method": "POST", "endpoint": f"http://{ip(r)}/v1/charges",
         "headers": [{"key": "Authorization", "value": "Basic " + K(r, "basic_auth", basic_auth(KEYS["omise_secret"](r), ""))}]},
        {"name": "webhook test", "endpoint": "https://api.conekta.io/webhooks",
         "auth": {"authType": "bearer", "token": K(r, "conekta")}, "owner": em(r)}]}
    return json.dumps(doc, indent=2, ensure_ascii=False) + "\n"


@t("jetbrains_http_env", HTTP, "json", "http-client.private.env.json")
def _(r):
    doc = {"staging": {"host": ip(r), "username": em(r), "password": pv(r, "json"),
                       "token": K(r, "toss_secret")},
           "local": {"host": LK("loopback_ip", "127.0.0.1"), "password": LK("placeholder_password", "changeme")}}
    return json.dumps(doc, indent=2, ensure_ascii=False) + "\n"


# =========================================================================== commit / review

@t("commit_message_revert", REV, "text", "COMMIT_EDITMSG")
def _(r):
    return f'''Revert "Hard-code FDSN credentials for the demo"

This reverts commit {LK("git_sha", git_sha(r))}.
The password ({pv(r, "any", ascii_only=True)}) and the token {K(r, "ibm_cloud")} were
rotated on {ip(r)}; see ticket SEIS-210.

Signed-off-by: {who(r)[0]} <{em(r)}>
'''


@t("gerrit_style_patch", REV, "diff", "patches/0001-meter-gateway.patch")
def _(r):
    return f'''From {LK("git_sha", git_sha(r))} Mon Sep 17 00:00:00 2001
From: {who(r)[0]} <{em(r)}>
Subject: [PATCH] gateway: add uplink

--- a/gateway.ini
+++ b/gateway.ini
@@ -1,2 +1,4 @@
 [uplink]
+host = {ip(r)}
+password = {pv(r, "ini")}
'''


# =========================================================================== mobile / IDE

@t("eas_json", MOB, "json", "eas.json")
def _(r):
    doc = {"build": {"production": {"env": {"API_HOST": ip(r), "SENTRY_AUTH_TOKEN": K(r, "hmac_secret"),
                                             "KAKAO_REST_KEY": K(r, "kakao_rest")}}},
           "submit": {"production": {"ios": {"appleId": em(r), "ascAppId": LK("app_store_id", rs(r, DIG, 10))}}}}
    return json.dumps(doc, indent=2, ensure_ascii=False) + "\n"


@t("fastlane_env", MOB, "dotenv", "fastlane/.env.default")
def _(r):
    return f'''FASTLANE_USER={em(r)}
FASTLANE_PASSWORD={pv(r, "shell")}
FASTLANE_APPLE_APPLICATION_SPECIFIC_PASSWORD={PW("-".join(rs(r, LOW, 4) for _ in range(4)), "app_specific_password")}
MATCH_PASSWORD={pv(r, "shell")}
LINE_CHANNEL_SECRET={K(r, "line_channel")}
'''


# =========================================================================== unusual formats

@t("rclone_conf", ODD, "ini", ".config/rclone/rclone.conf")
def _(r):
    return f'''[b2-backups]
type = b2
account = {K(r, "restic_b2_key")}
key = {K(r, "aws_secret")}

[nas]
type = sftp
host = {ip(r)}
user = archivist
pass = {LK("rclone_obscured", rs(r, ALNUM + "-_", 40))}
'''


@t("kopia_repository_config", ODD, "json", ".config/kopia/repository.config")
def _(r):
    doc = {"storage": {"type": "sftp", "config": {"host": ip(r), "username": "kopia",
                                                  "password": pv(r, "json")}},
           "caching": {"cacheDirectory": "/var/cache/kopia"},
           "hostname": "scanner-pc", "username": em(r),
           "uniqueID": LK("kopia_unique_id", rs(r, ALNUM + "+/", 43) + "=")}
    return json.dumps(doc, indent=2, ensure_ascii=False) + "\n"


@t("duplicati_export", ODD, "json", "duplicati/backup-config.json")
def _(r):
    doc = {"Backup": {"Name": "parish-docs", "TargetURL":
                      f"ftp://{ip(r)}/backups?auth-username=dup&auth-password={pv(r, 'url')}",
                      "Settings": [{"Name": "passphrase", "Value": K(r, "duplicati_passphrase")},
                                   {"Name": "send-mail-to", "Value": em(r)}]}}
    return json.dumps(doc, indent=2, ensure_ascii=False) + "\n"


@t("age_identity", ODD, "text", ".config/sops/age/keys.txt")
def _(r):
    return f'''# created: 2025-01-14T10:22:09+13:00
# public key: {LK("age_public_key", age_public(r))}
{K(r, "age_secret")}
'''


@t("godot_export_credentials", ODD, "ini", ".godot/export_credentials.cfg")
def _(r):
    return f'''[preset.0]
keystore/release_user="upload"
keystore/release_password="{pv(r, "ini")}"
[preset.1]
application/app_store_team_id="{LK("apple_team_id", rs(r, UP + DIG, 10))}"
notarization/apple_id_name="{em(r)}"
notarization/apple_id_password="{PW("-".join(rs(r, LOW, 4) for _ in range(4)), "app_specific_password")}"
'''


@t("unreal_default_engine", ODD, "ini", "Config/DefaultEngine.ini")
def _(r):
    return f'''[/Script/OnlineSubsystemEOS.EOSSettings]
+Artifacts=(ArtifactName="Regatta",ClientId="xyza{rs(r, ALNUM, 28)}",ClientSecret="{K(r, "unreal_eos_secret")}",ProductId="{LK("eos_product_id", rs(r, HEX, 32))}")
[OnlineSubsystemSteam]
SteamDevAppId=480
SteamWebApiKey={K(r, "steam_web_api")}
[/Script/Engine.NetworkSettings]
DedicatedServerIP={ip(r)}
'''


# =========================================================================== prose

def pn(r, lang):
    return PW(pw(r, "any", lang=lang), "password_" + lang)


@t("runbook_slurm_globus", DOC, "markdown", "docs/runbooks/hpc-onboarding.md")
def _(r):
    return f'''## Onboarding a new group on the seismic cluster

1. Create the account in FreeIPA and mail the temporary password ({pv(r, "any", ascii_only=True)}) to the PI,
   e.g. {em(r)}. Never reuse the default `{LK("placeholder_password", "Welcome1")}` from the old wiki.
2. The login node is {ip(r)}; the transfer node is {ip(r)} (internal {LK("private_ip", private_ip(r))}).
3. Register the Globus app. Client id {LK("uuid_client_id", uuid4(r))} is public; the secret
   {K(r, "globus_client_secret")} is not, keep it in Vault.
4. Munge key for new compute nodes (base64): {K(r, "munge_key_b64")}
'''


@t("postmortem_ngrok", DOC, "markdown", "docs/postmortems/2025-02-ngrok-leak.md")
def _(r):
    return f'''# Postmortem: ngrok authtoken in a public survey form

**Summary.** A volunteer pasted the ngrok authtoken `{K(r, "ngrok")}` into the free-text field of a public
XLSForm. Anyone reading the submissions could tunnel traffic to our kiosk at {ip(r)}.

**Timeline.** 09:14 report from {em(r)}; 09:30 token revoked; 09:41 new tunnel from {ip(r)}.

**What went right.** The Tailscale key ({K(r, "tailscale_auth")}) was scoped to one tag.

**Not affected.** Form id {LK("uuid_form_id", uuid4(r))}, release {LK("version", version3(r))}.
'''


@t("note_manx", DOC, "text", "notes/gv/coardyn-beggey.txt")
def _(r):
    return f'''Moghrey mie! Notaghyn son y tuarystal:
- Enmys y serveyr: {ip(r)} (cha nel {lk_ip(r)} agh son tastal).
- Fockle follit son y çhaghteraght: {pn(r, "manx")}
- Yn ogher API: {K(r, "mailersend")} — ny cur eh ayns Git!
Scrieu hym ec {em(r)} my ta doilleeid ayd.
'''


@t("note_hmong", DOC, "text", "notes/hmn/xa-rau-pab.txt")
def _(r):
    return f'''Nyob zoo, qhov no yog cov ntaub ntawv rau lub server tshiab.
Chaw nyob IP: {ip(r)}. Tus account yog {em(r)} thiab lo lus zais yog {pn(r, "hmong")}.
Tus yuam sij API ({K(r, "termii")}) tsis txhob qhia rau leej twg.
Qhov chaw sim yog {lk_ip(r)} xwb.
'''


@t("note_kabyle", DOC, "text", "notes/kab/tazmilt.txt")
def _(r):
    return f'''Azul! Tilɣa i uqeddac amaynut:
Tansa IP: {ip(r)}
Imayl n unedbal: {em(r)}
Awal uffir: {pn(r, "kabyle")}
Tasarut n API d {K(r, "arkesel")}, ur tt-ttaru ara deg GitHub.
Lqem n useɣẓan: {LK("version", version3(r))}.
'''


@t("note_tamazight", DOC, "text", "notes/zgh/ⵜⴰⵏⵓⵜⵜⴰ.txt")
def _(r):
    return f'''ⴰⵣⵓⵍ! ⵜⵉⵏⵖⵎⵉⵙⵉⵏ ⵏ ⵓⵎⵙⵎⴰⵔ ⴰⵎⴰⵢⵏⵓ:
IP: {ip(r)}
ⴰⵡⴰⵍ ⵓⴼⴼⵉⵔ: {pn(r, "tamazight")}
ⵜⴰⵙⴰⵔⵓⵜ API: {K(r, "hubtel_secret", rs(r, LOW, 8))} ⴷ {K(r, "arkesel")}
ⵉⵎⴰⵢⵍ: {em(r)}
'''


@t("note_sami", DOC, "text", "notes/se/rapporta.txt")
def _(r):
    return f'''Bures! Dá leat dieđut ođđa bálvválii.
Bálvá lea {ip(r)}, ja geavaheaddji lea {em(r)}.
Beassansátni: {pn(r, "sami")}. Čoavdda (API) lea {K(r, "zulip_api")} – ale bija dan Gihtii.
Geahččal {lk_ip(r)} dušše báikkálaččat.
'''


@t("note_greenlandic", DOC, "text", "notes/kl/nalunaarut.txt")
def _(r):
    return f'''Aluu! Qarasaasiaq nutaaq pillugu:
IP: {ip(r)}
E-mail: {em(r)}
Kode isertugaq: {pn(r, "greenlandic")}
Matuersaat (API) {K(r, "betterstack")} allanut takutinnagu.
Misileraaneq {lk_ip(r)}-mi kisimi.
'''


@t("note_friulian", DOC, "text", "notes/fur/consegne.txt")
def _(r):
    return f'''Mandi! Ve chi lis informazions pal gnûf servidôr:
il IP al è {ip(r)}, l'utent {em(r)}, la peraule clâf ({pn(r, "friulian")}) e va cambiade ai 30 di Març.
La clâf API e je {K(r, "openrouter")}; no sta metile su Git.
Version dal program: {LK("version", version3(r))}.
'''


@t("note_ladino", DOC, "text", "notes/lad/notas.txt")
def _(r):
    return f'''Shalom! Aki las informasiones para el servidor muevo:
- Adreso IP: {ip(r)}
- Korreo: {em(r)}
- Kontrasenya: {pn(r, "ladino")}
- La yave del API es {K(r, "voyage")}, no la mandes a dinguno.
El adreso {lk_ip(r)} es solo para pruevas.
'''


@t("note_romani", DOC, "text", "notes/rom/lila.txt")
def _(r):
    return f'''Sastipe! Kadala si o informàcie vaš o nevo serveri:
IP: {ip(r)}, e-mail {em(r)}.
O garado lav (šifra) si {pn(r, "romani")}, na phen les khanikaske.
O klidin API: {K(r, "elevenlabs")}
'''


@t("note_luganda", DOC, "text", "notes/lg/ebiwandiiko.txt")
def _(r):
    return f'''Ssebo/Nnyabo, wano waliwo ebikwata ku seva empya:
Endagiriro ya IP: {ip(r)}. Email: {em(r)}.
Ekigambo ky'ekyama kye {pn(r, "luganda")} — tokiwa muntu yenna.
Ekisumuluzo kya API: {K(r, "momo_subscription")}
Seva ey'okugezesa eri ku {lk_ip(r)}.
'''


@t("note_kirundi", DOC, "text", "notes/rn/amakuru.txt")
def _(r):
    return f'''Amahoro! Aya ni amakuru y'imashini nshasha:
IP: {ip(r)}
Imeyili: {em(r)}
Ijambo ry'ibanga: {pn(r, "kirundi")}
Urufunguzo rwa API ({K(r, "termii")}) ntirugasohoke hanze.
'''


@t("note_ewe", DOC, "text", "notes/ee/nuŋlɔɖi.txt")
def _(r):
    return f'''Woezɔ! Nyatakakawo le server yeyea ŋu:
IP adrɛs: {ip(r)}; email: {em(r)}.
Nya ɣaɣla: {pn(r, "ewe")}
Safui (API) nye {K(r, "hmac_secret", rs(r, ALNUM, 36))}. Mègaɖee fia ame aɖeke o.
'''


@t("note_twi", DOC, "text", "notes/tw/nkrato.txt")
def _(r):
    return f'''Akwaaba! Nsɛm a ɛfa server foforo no ho:
IP no ne {ip(r)}, na email no ne {em(r)}.
Kokoam asɛmfua: {pn(r, "twi")}
API safoa no ({K(r, "momo_subscription")}) mfa nkyerɛ obiara.
Sɔ hwɛ wɔ {lk_ip(r)} nko ara.
'''


@t("note_bambara", DOC, "text", "notes/bm/kunnafoni.txt")
def _(r):
    return f'''I ni ce! Server kura kunnafoniw filɛ:
IP: {ip(r)}
Email: {em(r)}
Gundo daɲɛ: {pn(r, "bambara")}
API kile: {K(r, "kora_secret")} (a kana di mɔgɔ si ma).
'''


@t("note_fijian", DOC, "text", "notes/fj/itukutuku.txt")
def _(r):
    return f'''Bula vinaka! Oqo na itukutuku me baleta na server vou:
Na IP: {ip(r)}. Na imeli: {em(r)}.
Na vosa vuni e {pn(r, "fijian")} — kua ni tukuna vei ira tale eso.
Na ki ni API: {K(r, "deepinfra")}
'''


@t("note_tahitian", DOC, "text", "notes/ty/parau-faaite.txt")
def _(r):
    return f'''Ia ora na! Teie te mau parau no te tavini api:
IP: {ip(r)}, imēra: {em(r)}.
Parau huna: {pn(r, "tahitian")}
Tāviri API: {K(r, "together")}. Eiaha e hōro'a i te taata ē.
'''


@t("note_ilocano", DOC, "text", "notes/ilo/pakaammo.txt")
def _(r):
    return f'''Naimbag nga aldaw! Dagitoy ti detalye iti baro a server:
IP: {ip(r)} (ti {lk_ip(r)} ket para iti panagsubok laeng).
Email: {em(r)}; nalimed a sao: {pn(r, "ilocano")}.
Ti susi ti API ket {K(r, "neon")}.
'''


@t("note_hiligaynon", DOC, "text", "notes/hil/pahibalo.txt")
def _(r):
    return f'''Maayong adlaw! Ari ang mga detalye sang bag-o nga server:
IP address: {ip(r)}
Email: {em(r)}
Tinago nga pulong: {pn(r, "hiligaynon")}
Yabi sang API: {K(r, "ovh_app_secret")}
'''


@t("note_tetum", DOC, "text", "notes/tet/informasaun.txt")
def _(r):
    return f'''Bondia! Ne'e mak informasaun ba server foun:
IP: {ip(r)}; email: {em(r)}.
Liafuan-segredu: {pn(r, "tetum")}. Xave API ({K(r, "ebanx")}) labele fahe.
Versaun: {LK("version", version3(r))}.
'''


@t("note_bislama", DOC, "text", "notes/bi/toktok.txt")
def _(r):
    return f'''Halo olgeta! Hemia ol infomesen blong niufala seva:
IP: {ip(r)}. Imel: {em(r)}.
Pasword i {pn(r, "bislama")} — yu no talem long narafala man.
Ki blong API: {K(r, "zapier_hook_secret", rs(r, ALNUM, 32))}
'''


@t("note_sakha", DOC, "text", "notes/sah/суруйуу.txt")
def _(r):
    return f'''Дорообо! Саҥа сиэрбэр туһунан:
IP: {ip(r)}
Электрон почта: {em(r)}
Кистэлэҥ тыл: {pn(r, "sakha")}
API күлүүһэ: {K(r, "yandex_static")} — ким да көрбөтүн.
'''


@t("note_ossetian", DOC, "text", "notes/os/фыстæг.txt")
def _(r):
    return f'''Салам! Ног серверы тыххæй:
IP: {ip(r)}; электрон пост: {em(r)}.
Сусæг дзырд: {pn(r, "ossetian")}
API-йы дæгъæл ({K(r, "ibm_cloud")}) макæмæн ратт.
'''


@t("note_buryat", DOC, "text", "notes/bxr/тэмдэглэл.txt")
def _(r):
    return f'''Сайн байна! Шэнэ серверэй мэдээсэл:
IP: {ip(r)} (туршалга {lk_ip(r)} дээрэ).
Email: {em(r)}
Нюуса үгэ: {pn(r, "buryat")}
API түлхюур: {K(r, "yandex_static")}
'''


@t("note_chechen", DOC, "text", "notes/ce/хаам.txt")
def _(r):
    return f'''Ассалам Ӏалайкум! Керла сервер лаьцна:
IP: {ip(r)}. Электронан пошт: {em(r)}.
Къайлаха дош: {pn(r, "chechen")} — цхьаьнгге а ма ала.
API догӀа: {K(r, "rails_master_key")}
'''


@t("note_konkani", DOC, "text", "notes/gom/सुचोवण्यो.txt")
def _(r):
    return f'''नमस्कार! नव्या सर्वराची म्हायती:
IP: {ip(r)}
ईमेल: {em(r)}
गुपीत उतर: {pn(r, "konkani")}
API चावी: {K(r, "kakao_rest", rs(r, HEX, 40))} — कोणाकच दिवंक नाका.
'''


@t("note_nahuatl", DOC, "text", "notes/nah/amatlahcuilolli.txt")
def _(r):
    return f'''Niltze! Nican tlamachiliztli ic yancuic server:
IP: {ip(r)}; email: {em(r)}.
Ichtacatlahtolli: {pn(r, "nahuatl")}
Tlatlapoloni API: {K(r, "anthropic")}
Ahmo xiquitta {lk_ip(r)}, zan tlayehyecoliztli.
'''
