"""Synthetic templates for held-out set 18 (written from scratch; stdlib only).

A template returns text whose planted values are wrapped in private-use markers:
U+E000 TAG|kind U+E001 value U+E002.  TAG is EMAIL, IP_ADDRESS, KEY, PASSWORD or LOOK.
"""
import json

from gen_h18 import (ALNUM, HEX, LALNUM, UALNUM, B64URL, s, uuid4, b64, public_ip, private_ip, doc_ip,
                     cgnat_ip, linklocal_ip, loopback_ip, email, role_email, reserved_email, pw, native_pw,
                     vendor_key, sha256, sha1, short_sha, md5, version3, version4, bcrypt, sha512crypt,
                     md5_hash_pgbouncer, scram, ssh_ed25519_pub, mac, placeholder, eth_address, WORDS)

TEMPLATES = []
STYLES = ["words", "gen", "phrase", "leet", "alnum", "short", "camel", "season", "walk", "pinword", "dotted", "runs"]


def M(tag, kind, v):
    return f"\ue000{tag}|{kind}\ue001{v}\ue002"


def T(name, cls, lang, path):
    def deco(fn):
        TEMPLATES.append((name, cls, lang, path, fn))
        return fn
    return deco


def E(r, company=None):
    return M("EMAIL", "email", email(r, company))


def RE(r, role):
    return M("EMAIL", "role_email", role_email(r, role))


def IP(r):
    return M("IP_ADDRESS", "ipv4", public_ip(r))


def K(r, kind):
    return M("KEY", kind, vendor_key(r, kind))


def P(r, cs="code", style=None, kind=None):
    st = style or r.choice(STYLES)
    return M("PASSWORD", kind or f"pw_{st}", pw(r, cs, st))


def L(kind, v):
    return M("LOOK", kind, v)


def LIP(r):
    k = r.choice(["private_ip", "private_ip", "loopback_ip", "doc_ip", "cgnat_ip", "linklocal_ip"])
    f = {"private_ip": private_ip, "loopback_ip": loopback_ip, "doc_ip": doc_ip, "cgnat_ip": cgnat_ip,
         "linklocal_ip": linklocal_ip}[k]
    return L(k, f(r))


def LEM(r):
    return L("reserved_email", reserved_email(r))


def J(obj):
    return json.dumps(obj, indent=2, ensure_ascii=False) + "\n"


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
PROSE = "docs / prose"


# ================================================================ code and config in other languages
@T("scheme_guile_config", CODE, "scheme", "config/deploy.scm")
def _(r):
    return f""";; deploy.scm -- read by (load "config/deploy.scm")
(define smtp-relay "{IP(r)}")
(define smtp-user "{E(r)}")
(define smtp-password "{P(r, 'code')}")
(define cerebras-api-key "{K(r, 'cerebras_key')}")
(define build-id "{L('uuid_build_id', uuid4(r))}")
"""


@T("common_lisp_asdf_secrets", CODE, "lisp", "src/secrets.lisp")
def _(r):
    return f""";;;; secrets.lisp
(in-package #:orchard-sync)

(defparameter *db-host* "{IP(r)}")
(defparameter *db-password* "{P(r, 'code')}")
(defparameter *deepgram-key* "{K(r, 'deepgram_key')}")
(defparameter *maintainer* "{E(r)}")
(defparameter *schema-checksum* "{L('sha256', sha256(r))}")
"""


@T("vbscript_mailer", CODE, "vbscript", "scripts/nightly_mail.vbs")
def _(r):
    return f"""' nightly_mail.vbs - sends the stock report
Set objMsg = CreateObject("CDO.Message")
objMsg.From = "{E(r)}"
objMsg.To = "{E(r)}"
Const SMTP_HOST = "{IP(r)}"
Const SMTP_PASS = "{P(r, 'code')}"
objMsg.Configuration.Fields.Item("http://schemas.microsoft.com/cdo/configuration/sendpassword") = SMTP_PASS
' report template version {L('version_4part', version4(r))}
"""


@T("solidity_hardhat_config", CODE, "javascript", "hardhat.config.js")
def _(r):
    return f"""require("@nomicfoundation/hardhat-toolbox");

const DEPLOYER_KEY = "{K(r, 'solidity_private_key')}";
const ETHERSCAN_KEY = "{K(r, 'etherscan_key')}";

module.exports = {{
  solidity: "0.8.24",
  networks: {{
    devnet: {{ url: "http://{IP(r)}:8545", accounts: [DEPLOYER_KEY] }},
    local: {{ url: "http://{L('loopback_ip', '127.0.0.1')}:8545" }},
  }},
  etherscan: {{ apiKey: ETHERSCAN_KEY }},
  // treasury contract (public address): {L('eth_address', eth_address(r))}
}};
"""


@T("haxe_config_class", CODE, "haxe", "src/Config.hx")
def _(r):
    return f"""package;

class Config {{
    public static inline var API_HOST = "{IP(r)}";
    public static inline var FIRECRAWL_KEY = "{K(r, 'firecrawl_key')}";
    public static inline var ADMIN_MAIL = "{E(r)}";
    public static inline var ADMIN_PASS = "{P(r, 'code')}";
    public static inline var BUILD = "{L('git_sha', sha1(r))}";
}}
"""


@T("raku_cro_service", CODE, "raku", "service.raku")
def _(r):
    return f"""use Cro::HTTP::Client;

my $api-key  = '{K(r, 'jina_key')}';
my $pg-pass  = '{P(r, 'code')}';
my $pg-host  = '{IP(r)}';
my $notify   = '{E(r)}';
my $fallback = '{LIP(r)}';
my $client = Cro::HTTP::Client.new(headers => [Authorization => "Bearer $api-key"]);
"""


@T("prolog_facts", CODE, "prolog", "kb/credentials.pl")
def _(r):
    return f"""% credentials.pl -- loaded by the planner
mirror_host('{IP(r)}').
mirror_host('{IP(r)}').
service_account('{E(r)}', '{P(r, 'code')}').
api_token(apify, '{K(r, 'apify_token')}').
ruleset_version('{L('version_3part', version3(r))}').
"""


@T("objc_constants", CODE, "objective-c", "App/Secrets.m")
def _(r):
    return f"""#import "Secrets.h"

NSString * const kClarifaiPAT = @"{K(r, 'clarifai_pat')}";
NSString * const kSupportEmail = @"{E(r)}";
NSString * const kSyncHost = @"{IP(r)}";
NSString * const kSyncPassword = @"{P(r, 'code')}";
NSString * const kInstallationID = @"{L('uuid_installation_id', uuid4(r).upper())}";
"""


@T("fennel_love_conf", CODE, "fennel", "conf.fnl")
def _(r):
    return f""";; conf.fnl
(local leaderboard {{:host "{IP(r)}"
                    :port 7711
                    :secret "{K(r, 'hmac_secret')}"}})
(local author "{E(r)}")
(local save-key "{L('placeholder', 'changeme')}")
leaderboard
"""


@T("janet_project", CODE, "janet", "project.janet")
def _(r):
    return f"""(declare-project
  :name "kiln-monitor"
  :author "{E(r)}"
  :version "{L('version_3part', version3(r))}")

(def upload-host "{IP(r)}")
(def upload-pass "{P(r, 'code')}")
(def roboflow-key "{K(r, 'roboflow_key')}")
"""


@T("vala_settings", CODE, "vala", "src/settings.vala")
def _(r):
    return f"""namespace Tidewatch {{
    const string RELAY_HOST = "{IP(r)}";
    const string RELAY_USER = "{E(r)}";
    const string RELAY_PASSWORD = "{P(r, 'code')}";
    const string BROWSERLESS_TOKEN = "{K(r, 'browserless_token')}";
    const string SCHEMA_ID = "{L('gsettings_schema_id', 'org.tidewatch.App')}";
}}
"""


@T("rescript_env", CODE, "rescript", "src/Env.res")
def _(r):
    return f"""// Env.res
let apiBase = "https://{IP(r)}/v2"
let helicone = "{K(r, 'helicone_key')}"
let contact = "{E(r)}"
let staging = "http://{LIP(r)}:3000"
let sentinelPassword = "{P(r, 'code')}"
"""


@T("purescript_config", CODE, "purescript", "src/Config.purs")
def _(r):
    return f"""module Config where

dbUri :: String
dbUri = "postgresql://orchard:{P(r, 'url')}@{IP(r)}:5432/orchard"

exaKey :: String
exaKey = "{K(r, 'exa_key')}"

maintainer :: String
maintainer = "{E(r)}"

requestId :: String
requestId = "{L('uuid_request_id', uuid4(r))}"
"""


@T("hack_config", CODE, "hack", "src/Config.hack")
def _(r):
    return f"""<?hh
namespace Relay;

const string MEMCACHE_HOST = '{IP(r)}';
const string PORTKEY_KEY = '{K(r, 'portkey_key')}';
const string BILLING_EMAIL = '{E(r)}';
const string MYSQL_PASSWORD = '{P(r, 'code')}';
const string ASSET_HASH = '{L('md5', md5(r))}';
"""


@T("pharo_smalltalk", CODE, "smalltalk", "src/Harvest-Core/HarvestSettings.class.st")
def _(r):
    return f"""Class {{ #name : 'HarvestSettings', #superclass : 'Object', #category : 'Harvest-Core' }}

{{ #category : 'defaults' }}
HarvestSettings class >> defaultConnection [
	^ Dictionary new
		at: #host put: '{IP(r)}';
		at: #user put: '{E(r)}';
		at: #password put: '{P(r, 'code')}';
		at: #scrapingBeeKey put: '{K(r, 'scrapingbee_key')}';
		at: #fallbackHost put: '{LIP(r)}';
		yourself
]
"""


@T("apex_named_credential", CODE, "apex", "force-app/main/default/classes/PaymobGateway.cls")
def _(r):
    return f"""public with sharing class PaymobGateway {{
    private static final String SECRET = '{K(r, 'paymob_secret')}';
    private static final String CALLBACK_IP = '{IP(r)}';
    private static final String OPS_EMAIL = '{E(r)}';
    private static final String INTEGRATION_USER_PW = '{P(r, 'code')}';
    // org id {L('salesforce_org_id', '00D' + s(r, 12, ALNUM))}
}}
"""


@T("abap_rfc_destination", CODE, "abap", "src/zcl_yoco_bridge.clas.abap")
def _(r):
    return f"""CLASS zcl_yoco_bridge DEFINITION PUBLIC FINAL CREATE PUBLIC.
  PUBLIC SECTION.
    CONSTANTS c_secret   TYPE string VALUE '{K(r, 'yoco_secret')}'.
    CONSTANTS c_host     TYPE string VALUE '{IP(r)}'.
    CONSTANTS c_user     TYPE string VALUE '{E(r)}'.
    CONSTANTS c_password TYPE string VALUE '{P(r, 'code')}'.
    CONSTANTS c_tr       TYPE string VALUE '{L('transport_request', 'DEVK9' + str(r.randint(10000, 99999)))}'.
ENDCLASS.
"""


@T("ballerina_config_toml", CODE, "toml", "Config.toml")
def _(r):
    return f"""[payments.iyzico]
apiKey = "{K(r, 'iyzico_secret')}"
secretKey = "{K(r, 'iyzico_secret')}"
callbackIp = "{IP(r)}"

[payments.db]
host = "{LIP(r)}"
user = "{E(r)}"
password = "{P(r, 'code')}"
"""


@T("pkl_config", CODE, "pkl", "config/prod.pkl")
def _(r):
    return f"""amends "base.pkl"

database {{
  host = "{IP(r)}"
  username = "svc_orders"
  password = "{P(r, 'code')}"
}}
payments {{
  cashfreeSecret = "{K(r, 'cashfree_secret')}"
  webhookIp = "{IP(r)}"
}}
owner = "{E(r)}"
imageDigest = "sha256:{L('sha256', sha256(r))}"
"""


@T("nestedtext_settings", CODE, "nestedtext", "settings.nt")
def _(r):
    return f"""server:
    address: {IP(r)}
    admin: {E(r)}
    password: {P(r, 'yaml')}
rapyd:
    secret key: {K(r, 'rapyd_secret')}
    access key: {L('rapyd_access_key_public', 'rak_' + s(r, 20, UALNUM))}
"""


@T("json5_config", CODE, "json5", "config/app.json5")
def _(r):
    return f"""// app.json5
{{
  apiHost: '{IP(r)}',
  airwallex: {{
    clientId: '{L('airwallex_client_id', s(r, 22, B64URL))}',
    apiKey: '{K(r, 'airwallex_api_key')}',
  }},
  smtp: {{ user: '{E(r)}', pass: '{P(r, 'code')}' }},
}}
"""


@T("nickel_contract", CODE, "nickel", "deploy.ncl")
def _(r):
    return f"""{{
  region = "eu-central",
  nodes = ["{IP(r)}", "{IP(r)}"],
  dlocal_secret = "{K(r, 'dlocal_secret')}",
  alert_to = "{E(r)}",
  bastion_password = "{P(r, 'code')}",
  ami = "{L('placeholder', '<your-image-id>')}",
}}
"""


# ================================================================ CI and IaC
@T("appveyor_yml", CI, "yaml", "appveyor.yml")
def _(r):
    return f"""version: {L('version_3part', version3(r))}.{{build}}
image: Visual Studio 2022
environment:
  APPVEYOR_API_TOKEN: {K(r, 'appveyor_token')}
  DEPLOY_HOST: {IP(r)}
  NOTIFY_EMAIL: {E(r)}
  SIGN_PFX_PASSWORD: {P(r, 'yaml')}
build_script:
  - msbuild /p:Configuration=Release
"""


@T("travis_env_block", CI, "yaml", ".travis.yml")
def _(r):
    return f"""language: node_js
node_js: ["20"]
env:
  global:
    - TRAVIS_API_TOKEN={K(r, 'travis_token')}
    - SMOKE_TARGET={IP(r)}
    - DB_URL=postgres://ci:{P(r, 'url')}@{IP(r)}:5432/ci
notifications:
  email:
    recipients:
      - {E(r)}
  # secure: entries are encrypted by travis encrypt
  # {L('travis_secure_blob', b64(r, 48))}
"""


@T("semaphore_pipeline", CI, "yaml", ".semaphore/semaphore.yml")
def _(r):
    return f"""version: v1.0
name: Deploy
agent:
  machine: {{type: e1-standard-2, os_image: ubuntu2204}}
blocks:
  - name: Push
    task:
      env_vars:
        - name: SEMAPHORE_API_TOKEN
          value: {K(r, 'semaphore_token')}
        - name: TARGET
          value: "{IP(r)}"
        - name: REGISTRY_PASSWORD
          value: "{P(r, 'yaml')}"
      jobs:
        - name: push
          commands:
            - checkout
            - echo "build for {E(r)}"
            - echo "job {L('uuid_job_id', uuid4(r))}"
"""


@T("codefresh_pipeline", CI, "yaml", "codefresh.yml")
def _(r):
    return f"""version: "1.0"
steps:
  deploy:
    image: alpine:3.20
    environment:
      - CF_API_KEY={K(r, 'codefresh_key')}
      - SSH_HOST={IP(r)}
      - SSH_PASS={P(r, 'shell')}
      - AUTHOR={E(r)}
      - CACHE_KEY={L('sha256', sha256(r))}
    commands:
      - ./deploy.sh
"""


@T("harness_pipeline", CI, "yaml", ".harness/pipeline.yaml")
def _(r):
    return f"""pipeline:
  name: release
  identifier: release
  variables:
    - name: harness_pat
      type: Secret
      value: {K(r, 'harness_pat')}
    - name: canary_ip
      type: String
      value: {IP(r)}
    - name: approver
      type: String
      value: {E(r)}
    - name: account_id
      type: String
      value: {L('harness_account_id', s(r, 22, B64URL))}
"""


@T("cirrus_ci_yml", CI, "yaml", ".cirrus.yml")
def _(r):
    return f"""env:
  CIRRUS_CLONE_DEPTH: 1
  DEPLOY_TOKEN: ENCRYPTED[{L('cirrus_encrypted', s(r, 96, HEX))}]
  ARTIFACT_HOST: {IP(r)}
  UPLOAD_PASSWORD: {P(r, 'yaml')}
  MAINTAINER: {E(r)}

task:
  name: build
  container: {{image: "rust:1.79"}}
  script: cargo build --release
"""


@T("earthfile", CI, "earthfile", "Earthfile")
def _(r):
    return f"""VERSION 0.8
FROM alpine:3.20

deploy:
    ENV EARTHLY_TOKEN={K(r, 'earthly_token')}
    ENV TARGET_HOST={IP(r)}
    ENV SFTP_PASS={P(r, 'shell')}
    ENV OWNER={E(r)}
    RUN ./push.sh --digest sha256:{L('sha256', sha256(r))}
"""


@T("dagger_module", CI, "go", "ci/main.go")
def _(r):
    return f"""package main

import "dagger/ci/internal/dagger"

const (
	daggerCloudToken = "{K(r, 'dagger_cloud_token')}"
	registryHost     = "{IP(r)}"
	registryUser     = "{E(r)}"
	registryPass     = "{P(r, 'code')}"
	baseImageDigest  = "{L('sha256', sha256(r))}"
)

func (m *Ci) Publish(src *dagger.Directory) *dagger.Container {{ return nil }}
"""


@T("zuul_secrets", CI, "yaml", "zuul.d/secrets.yaml")
def _(r):
    return f"""- secret:
    name: mirror-upload
    data:
      host: {IP(r)}
      username: {E(r)}
      password: {P(r, 'yaml')}
      api_key: {K(r, 'alnum_secret')}
      ssh_known_host: {L('ssh_ed25519_pub', ssh_ed25519_pub(r))}
"""


@T("buildbot_master_cfg", CI, "python", "master.cfg")
def _(r):
    return f"""# -*- python -*-
from buildbot.plugins import worker, reporters

c = BuildmasterConfig = {{}}
c['workers'] = [
    worker.Worker("arm64-1", "{P(r, 'code')}"),
    worker.Worker("x86-2", "{P(r, 'code')}"),
]
c['buildbotURL'] = "http://{IP(r)}:8010/"
c['services'] = [reporters.MailNotifier(fromaddr="{E(r)}", relayhost="{IP(r)}")]
c['db'] = {{'db_url': "sqlite:///state.sqlite"}}
c['www'] = dict(port=8010, change_hook_dialects={{'github': {{'secret': "{K(r, 'hmac_secret')}"}}}})
c['title'] = "build {L('short_sha', short_sha(r))}"
"""


@T("argocd_secret", CI, "yaml", "argocd/argocd-secret.yaml")
def _(r):
    return f"""apiVersion: v1
kind: Secret
metadata:
  name: argocd-secret
stringData:
  admin.password: {L('bcrypt', bcrypt(r))}
  server.secretkey: {K(r, 'b64_secret')}
  webhook.github.secret: {K(r, 'alnum_secret')}
  # notification sender {E(r)}; LB {IP(r)}
  accounts.ci.token: {K(r, 'argocd_token')}
"""


@T("helmfile_values", CI, "yaml", "helmfile.d/values/prod.yaml")
def _(r):
    return f"""ingress:
  loadBalancerIP: {IP(r)}
  whitelist: "{IP(r)}/32,{LIP(r)}/24"
postgresql:
  auth:
    username: wiki
    password: {P(r, 'yaml')}
smtp:
  from: {E(r)}
sentinel:
  image: bitnami/redis-sentinel:{L('version_3part', version3(r))}
"""


@T("opentofu_akamai", CI, "hcl", "infra/akamai.tf")
def _(r):
    return f"""provider "akamai" {{
  config {{
    host          = "akab-{s(r, 16, LALNUM)}.luna.akamaiapis.net"
    client_token  = "{K(r, 'akamai_client_token')}"
    client_secret = "{K(r, 'akamai_client_secret')}"
    access_token  = "{K(r, 'akamai_access_token')}"
  }}
}}

resource "akamai_property" "www" {{
  name    = "www"
  contract_id = "{L('akamai_contract_id', 'ctr_' + s(r, 7, UALNUM))}"
  origin  = "{IP(r)}"
}}

variable "noc_email" {{ default = "{E(r)}" }}
"""


@T("atlantis_repo_config", CI, "yaml", "atlantis-server.yaml")
def _(r):
    return f"""gh-user: atlantis-bot
gh-token: {K(r, 'forgejo_token')}
gh-webhook-secret: {K(r, 'atlantis_webhook_secret')}
atlantis-url: http://{IP(r)}:4141
repo-allowlist: github.com/saltmarsh-labs/*
web-basic-auth: true
web-username: admin
web-password: {P(r, 'yaml')}
# owner {E(r)}, commit {L('git_sha', sha1(r))}
"""


@T("spacelift_context_env", CI, "shell", "spacelift/context.env")
def _(r):
    return f"""# spacelift context "prod-shared"
SPACELIFT_API_KEY_ID={K(r, 'spacelift_key_id')}
SPACELIFT_API_KEY_SECRET={K(r, 'spacelift_key_secret')}
SPACELIFT_API_KEY_ENDPOINT=https://saltmarsh.app.spacelift.io
TF_VAR_bastion_ip={IP(r)}
TF_VAR_owner={E(r)}
TF_VAR_stack_id={L('spacelift_stack_id', 'prod-' + s(r, 6, LALNUM))}
"""


@T("rundeck_project_props", CI, "properties", "rundeck/project.properties")
def _(r):
    return f"""project.name=night-ops
project.ssh-authentication=password
project.ssh-password-storage-path=keys/night-ops/ssh.pass
project.nodes.bastion.hostname={IP(r)}
project.nodes.bastion.username=ops
project.nodes.bastion.password={P(r, 'ini')}
rundeck.api.token={K(r, 'rundeck_token')}
project.notify.email={E(r)}
project.uuid={L('uuid_project_id', uuid4(r))}
"""


# ================================================================ data stores and observability
@T("scylla_cqlshrc", DATA, "ini", ".cassandra/cqlshrc")
def _(r):
    return f"""[authentication]
username = orchard_app
password = {P(r, 'ini')}

[connection]
hostname = {IP(r)}
port = 9042

[ssl]
certfile = /etc/scylla/ca.pem
; fingerprint {L('sha1_fingerprint', ':'.join(s(r, 2, HEX.upper()) for _ in range(20)))}
"""


@T("tidb_dsn_env", DATA, "shell", "deploy/tidb.env")
def _(r):
    return f"""TIDB_DSN=root:{P(r, 'url')}@tcp({IP(r)}:4000)/ledger?tls=true
TIDB_DASHBOARD=http://{LIP(r)}:2379/dashboard
TIDB_ADMIN_EMAIL={E(r)}
TIDB_CLUSTER_ID={L('tidb_cluster_id', str(r.randint(10**18, 10**19 - 1)))}
"""


@T("vitess_credentials_json", DATA, "json", "vitess/credentials.json")
def _(r):
    return J({
        "orders_rw": [{"Password": P(r, "json"), "UserData": "orders_rw"}],
        "orders_ro": [{"Password": P(r, "json"), "UserData": "orders_ro"}],
        "vtgate_host": IP(r),
        "contact": E(r),
        "keyspace_id": L("uuid_keyspace_id", uuid4(r)),
    })


@T("arangodb_foxx_env", DATA, "javascript", "foxx/config.js")
def _(r):
    return f"""'use strict';
module.exports = {{
  endpoint: 'tcp://{IP(r)}:8529',
  username: 'root',
  password: '{P(r, 'code')}',
  jwtSecret: '{K(r, 'jwt_secret')}',
  maintainer: '{E(r)}',
  revision: '{L('arango_rev', '_' + s(r, 10, ALNUM))}',
}};
"""


@T("questdb_server_conf", DATA, "properties", "conf/server.conf")
def _(r):
    return f"""http.bind.to={L('unspecified_ip', '0.0.0.0')}:9000
pg.net.bind.to={IP(r)}:8812
pg.user=admin
pg.password={P(r, 'ini')}
pg.readonly.user.enabled=true
pg.readonly.password={P(r, 'ini')}
http.net.connection.limit=64
# cluster node {L('private_ip', private_ip(r))}
"""


@T("maxscale_cnf", DATA, "ini", "/etc/maxscale.cnf")
def _(r):
    return f"""[maxscale]
threads=auto

[db1]
type=server
address={IP(r)}
port=3306

[Read-Write-Service]
type=service
router=readwritesplit
servers=db1
user=maxscale
password={P(r, 'ini')}

[MariaDB-Monitor]
type=monitor
module=mariadbmon
servers=db1
user=monitor
password={L('maxscale_encrypted', s(r, 32, HEX.upper()))}
"""


@T("proxysql_cnf", DATA, "proxysql", "/etc/proxysql.cnf")
def _(r):
    return f"""admin_variables=
{{
    admin_credentials="admin:{P(r, 'ini')}"
    mysql_ifaces="{L('unspecified_ip', '0.0.0.0')}:6032"
}}
mysql_servers=
(
    {{ address="{IP(r)}", port=3306, hostgroup=0 }},
    {{ address="{LIP(r)}", port=3306, hostgroup=1 }}
)
mysql_users=
(
    {{ username="shop", password="{P(r, 'ini')}", default_hostgroup=0 }},
    {{ username="report", password="{L('mysql_native_hash', '*' + s(r, 40, HEX.upper()))}", default_hostgroup=1 }}
)
"""


@T("pgbouncer_userlist", DATA, "text", "/etc/pgbouncer/userlist.txt")
def _(r):
    return f""""pgbouncer" "{P(r, 'ini')}"
"orders" "{L('md5_pgbouncer', md5_hash_pgbouncer(r))}"
"reporting" "{L('scram_sha_256', scram(r))}"
"etl" "{P(r, 'ini')}"
"""


@T("patroni_yml", DATA, "yaml", "/etc/patroni/patroni.yml")
def _(r):
    return f"""scope: ledger
name: pg-node-2
restapi:
  listen: {L('unspecified_ip', '0.0.0.0')}:8008
  connect_address: {IP(r)}:8008
  authentication:
    username: patroni
    password: {P(r, 'yaml')}
postgresql:
  connect_address: {IP(r)}:5432
  authentication:
    replication:
      username: replicator
      password: {P(r, 'yaml')}
    superuser:
      username: postgres
      password: {P(r, 'yaml')}
tags:
  nofailover: false
# owner: {E(r)}
# system identifier {L('pg_system_identifier', str(r.randint(7 * 10**18, 7 * 10**18 + 10**17)))}
"""


@T("hive_site_xml", DATA, "xml", "conf/hive-site.xml")
def _(r):
    return f"""<?xml version="1.0"?>
<configuration>
  <property>
    <name>javax.jdo.option.ConnectionURL</name>
    <value>jdbc:mysql://{IP(r)}:3306/metastore?useSSL=true</value>
  </property>
  <property>
    <name>javax.jdo.option.ConnectionUserName</name>
    <value>hive</value>
  </property>
  <property>
    <name>javax.jdo.option.ConnectionPassword</name>
    <value>{P(r, 'xml')}</value>
  </property>
  <property>
    <name>hive.metastore.uris</name>
    <value>thrift://{LIP(r)}:9083</value>
  </property>
</configuration>
"""


@T("zookeeper_jaas", DATA, "jaas", "conf/zookeeper_jaas.conf")
def _(r):
    return f"""Server {{
    org.apache.zookeeper.server.auth.DigestLoginModule required
    user_super="{P(r, 'xml')}"
    user_kafka="{P(r, 'xml')}";
}};
Client {{
    org.apache.zookeeper.server.auth.DigestLoginModule required
    username="kafka"
    password="{P(r, 'xml')}";
}};
// quorum: {IP(r)}, {IP(r)}, {LIP(r)}
"""


@T("solr_security_json", DATA, "json", "server/solr/security.json")
def _(r):
    return J({
        "authentication": {
            "class": "solr.BasicAuthPlugin",
            "blockUnknown": True,
            "credentials": {"solr": L("solr_sha256_salted", b64(r, 32) + " " + b64(r, 32))},
        },
        "authorization": {"class": "solr.RuleBasedAuthorizationPlugin", "user-role": {"solr": "admin"}},
        "x_ops_note": f"bootstrap password for {E(r)} was {P(r, 'json')} (rotate after first login)",
        "x_allowed_origin": IP(r),
    })


@T("couchbase_sdk_env", DATA, "shell", ".env.couchbase")
def _(r):
    return f"""CB_CONNSTR=couchbases://{IP(r)}
CB_USERNAME=catalog_app
CB_PASSWORD={P(r, 'shell')}
CB_BUCKET=catalog
CB_ALERT_EMAIL={E(r)}
CB_NODE_UUID={L('uuid_node_id', s(r, 32, HEX))}
"""


@T("sumo_collector_user_properties", DATA, "properties", "SumoCollector/config/user.properties")
def _(r):
    return f"""name=ingest-{s(r, 4, LALNUM)}
accessid={K(r, 'sumo_access_id')}
accesskey={K(r, 'sumo_access_key')}
proxyHost={IP(r)}
proxyPort=3128
ephemeral=true
# collector build {L('version_4part', version4(r))}
"""


@T("fluentd_coralogix", DATA, "fluentd", "fluent.conf")
def _(r):
    return f"""<source>
  @type forward
  bind {L('unspecified_ip', '0.0.0.0')}
</source>

<match app.**>
  @type http
  endpoint https://ingress.eu2.coralogix.com/logs/v1/singles
  headers {{"Authorization":"Bearer {K(r, 'coralogix_key')}"}}
</match>

<match audit.**>
  @type forward
  <server>
    host {IP(r)}
    port 24224
  </server>
  <security>
    self_hostname collector-1
    shared_key {K(r, 'alnum_secret')}
  </security>
</match>
"""


@T("instana_agent_configuration", DATA, "yaml", "instana-agent/etc/instana/configuration.yaml")
def _(r):
    return f"""com.instana.plugin.generic.hardware:
  enabled: true
com.instana.plugin.mysql:
  user: 'instana'
  password: '{P(r, 'yaml')}'
  host: {IP(r)}
com.instana.plugin.redis:
  password: '{P(r, 'yaml')}'
# agent key lives in /opt/instana/agent/etc/mvn-settings.xml: {K(r, 'instana_agent_key')}
# zone contact {E(r)}
"""


@T("netdata_claim_conf", DATA, "ini", "/var/lib/netdata/cloud.d/claim.conf")
def _(r):
    return f"""[global]
    url = https://app.netdata.cloud
    token = {K(r, 'netdata_claim_token')}
    rooms = {L('uuid_room_id', uuid4(r))}
    proxy = http://{IP(r)}:3128
"""


@T("vmagent_remote_write", DATA, "yaml", "vmagent/scrape.yml")
def _(r):
    return f"""global:
  scrape_interval: 30s
scrape_configs:
  - job_name: edge-nodes
    static_configs:
      - targets: ["{IP(r)}:9100", "{IP(r)}:9100", "{LIP(r)}:9100"]
    basic_auth:
      username: scraper
      password: {P(r, 'yaml')}
# remote write: -remoteWrite.bearerToken={K(r, 'jwt')}
"""


@T("collectd_network_conf", DATA, "collectd", "/etc/collectd/collectd.conf.d/network.conf")
def _(r):
    return f"""LoadPlugin network
<Plugin network>
  <Server "{IP(r)}" "25826">
    SecurityLevel Encrypt
    Username "edge07"
    Password "{P(r, 'xml')}"
  </Server>
  <Listen "{LIP(r)}" "25826">
    SecurityLevel Sign
    AuthFile "/etc/collectd/passwd"
  </Listen>
</Plugin>
"""


@T("librenms_config_php", DATA, "php", "librenms/config.php")
def _(r):
    return f"""<?php
$config['db_host'] = '{LIP(r)}';
$config['db_pass'] = '{P(r, 'code')}';
$config['snmp']['community'] = ['{P(r, 'net', kind='snmp_community')}'];
$config['email_from'] = '{E(r)}';
$config['nets'][] = '{IP(r)}/28';
$config['api']['token'] = '{K(r, 'librenms_token')}';
"""


# ================================================================ network gear
@T("edgerouter_config_boot", NET, "edgeos", "config/config.boot")
def _(r):
    return f"""interfaces {{
    ethernet eth0 {{
        address {IP(r)}/29
        description WAN
    }}
    ethernet eth1 {{
        address {LIP(r)}/24
    }}
}}
service {{
    snmp {{
        community {P(r, 'net', kind='snmp_community')} {{
            authorization ro
        }}
    }}
}}
system {{
    login {{
        user ubnt {{
            authentication {{
                encrypted-password {L('sha512crypt', sha512crypt(r))}
                plaintext-password ""
            }}
        }}
    }}
    name-server {IP(r)}
}}
vpn {{
    ipsec {{
        site-to-site {{
            peer {IP(r)} {{
                authentication {{
                    pre-shared-secret {P(r, 'net', kind='ipsec_psk')}
                }}
            }}
        }}
    }}
}}
"""


@T("h3c_comware_cfg", NET, "comware", "backup/h3c-core.cfg")
def _(r):
    return f"""#
 sysname CORE-H3C
#
interface Vlan-interface100
 ip address {IP(r)} {L('netmask', '255.255.255.248')}
#
radius scheme campus
 primary authentication {IP(r)} key simple {P(r, 'net', kind='radius_secret')}
#
snmp-agent community read simple {P(r, 'net', kind='snmp_community')}
#
local-user admin class manage
 password hash {L('comware_hash', '$h$6$' + s(r, 16, ALNUM + '+/') + '$' + s(r, 86, ALNUM + '+/'))}
#
"""


@T("ruijie_switch_cfg", NET, "ruijie", "configs/ruijie-s5750.txt")
def _(r):
    return f"""hostname S5750-ACCESS
!
enable secret 5 {L('md5crypt', '$1$' + s(r, 4, ALNUM) + '$' + s(r, 22, ALNUM + './'))}
!
username netops privilege 15 password 0 {P(r, 'net')}
!
tacacs-server host {IP(r)} key 0 {P(r, 'net', kind='tacacs_secret')}
!
interface VLAN 10
 ip address {LIP(r)} {L('netmask', '255.255.255.0')}
!
ip route {L('unspecified_ip', '0.0.0.0')} {L('netmask', '0.0.0.0')} {IP(r)}
!
"""


@T("brocade_icx_cfg", NET, "brocade", "icx7150.cfg")
def _(r):
    return f"""ver 08.0.95
!
username admin password {P(r, 'net')}
snmp-server community {P(r, 'net', kind='snmp_community')} ro
snmp-server host {IP(r)} version v2c public
!
ip address {IP(r)} {L('netmask', '255.255.255.0')}
ip default-gateway {IP(r)}
!
radius-server host {IP(r)} auth-port 1812 acct-port 1813 default key {P(r, 'net', kind='radius_secret')}
! serial {L('device_serial', s(r, 3, UALNUM) + str(r.randint(1000000, 9999999)))}
"""


@T("cumulus_nclu_frr", NET, "frr", "etc/frr/frr.conf")
def _(r):
    return f"""frr version {L('version_3part', version3(r))}
frr defaults datacenter
hostname leaf01
!
router bgp 65011
 bgp router-id {LIP(r)}
 neighbor {IP(r)} remote-as 64600
 neighbor {IP(r)} password {P(r, 'net', kind='bgp_password')}
 neighbor swp51 interface remote-as external
!
line vty
"""


@T("sonic_config_db", NET, "json", "etc/sonic/config_db.json")
def _(r):
    return J({
        "DEVICE_METADATA": {"localhost": {"hostname": "sonic-spine-1", "mac": L("mac_address", mac(r))}},
        "MGMT_INTERFACE": {f"eth0|{IP(r)}/24": {"gwaddr": IP(r)}},
        "TACPLUS_SERVER": {IP(r): {"priority": "1", "passkey": P(r, "net", kind="tacacs_secret")}},
        "SNMP_COMMUNITY": {P(r, "net", kind="snmp_community"): {"TYPE": "RO"}},
    })


@T("nxos_running_config", NET, "nxos", "nexus-9300.run")
def _(r):
    return f"""!Command: show running-config
version 10.3(4a)
hostname N9K-CORE-1
username admin password 5 {L('sha256crypt', '$5$' + s(r, 8, ALNUM) + '$' + s(r, 43, ALNUM + './'))} role network-admin
username backup password 0 {P(r, 'net')} role network-operator
radius-server host {IP(r)} key 0 "{P(r, 'net', kind='radius_secret')}" authentication accounting
snmp-server user monitor network-operator auth sha {P(r, 'net', kind='snmpv3_auth')} priv aes-128 {P(r, 'net', kind='snmpv3_priv')}
vrf context management
  ip route {L('unspecified_ip', '0.0.0.0')}/0 {IP(r)}
"""


@T("draytek_vigor_cli", NET, "draytek", "vigor2927-notes.txt")
def _(r):
    return f"""DrayTek> sys name VIGOR-SHOP
DrayTek> vpn setup 1 name HQ
DrayTek> vpn setup 1 server {IP(r)}
DrayTek> vpn setup 1 psk {P(r, 'net', kind='ipsec_psk')}
DrayTek> sys passwd {P(r, 'net')}
DrayTek> mngt rmtcfg https on
DrayTek> mngt acl 1 {IP(r)}
DrayTek> sys name ?   (firmware {L('version_4part', version4(r))})
"""


@T("allied_telesis_awplus", NET, "awplus", "x530-config.cfg")
def _(r):
    return f"""!
hostname AT-x530-DIST
username manager privilege 15 password 8 {L('awplus_hash', '$1$' + s(r, 8, ALNUM) + '$' + s(r, 22, ALNUM + './'))}
username field privilege 7 password {P(r, 'net')}
!
radius-server host {IP(r)} key {P(r, 'net', kind='radius_secret')}
!
interface vlan1
 ip address {LIP(r)}/24
!
ip route {L('unspecified_ip', '0.0.0.0')}/0 {IP(r)}
!
"""


@T("dell_os10_cfg", NET, "os10", "os10-running.cfg")
def _(r):
    return f"""hostname OS10-TOR-07
username admin password {L('sha512crypt', sha512crypt(r))} role sysadmin
username deploy password {P(r, 'net')} role netadmin
tacacs-server host {IP(r)} key 0 {P(r, 'net', kind='tacacs_secret')}
!
interface mgmt1/1/1
 ip address {IP(r)}/26
!
snmp-server community {P(r, 'net', kind='snmp_community')} ro
"""


@T("teltonika_rutos_uci", NET, "uci", "etc/config/network")
def _(r):
    return f"""config interface 'mob1s1a1'
	option proto 'wwan'
	option apn 'iot.bornholm-it'
	option username 'iot'
	option password '{P(r, 'net')}'

config interface 'vpn'
	option proto 'openvpn'
	option remote '{IP(r)}'
	option auth_user_pass_password '{P(r, 'net')}'

config interface 'lan'
	option ipaddr '{LIP(r)}'
	option netmask '{L('netmask', '255.255.255.0')}'
"""


@T("quagga_bgpd_conf", NET, "quagga", "/etc/quagga/bgpd.conf")
def _(r):
    return f"""hostname bgpd
password {P(r, 'net', kind='vty_password')}
enable password {P(r, 'net')}
!
router bgp 64512
 bgp router-id {IP(r)}
 neighbor {IP(r)} remote-as 3356
 neighbor {IP(r)} password {P(r, 'net', kind='bgp_password')}
 network {L('doc_ip', doc_ip(r))}/24
!
log file /var/log/quagga/bgpd.log
"""


# ================================================================ shells and command lines
@T("ksh_history", SH, "shell", ".sh_history")
def _(r):
    return f"""cd /opt/ledger
export ISQL_PASS={P(r, 'shell')}
isql -U ledger_ro -P $ISQL_PASS -S {IP(r)}:5000
scp -P 2222 dump.gz batch@{IP(r)}:/incoming/
curl -s -H "Authorization: Bearer {K(r, 'vercel_token')}" https://api.vercel.com/v9/projects
ping -c3 {LIP(r)}
"""


@T("elvish_rc", SH, "elvish", ".config/elvish/rc.elv")
def _(r):
    return f"""# rc.elv
set-env CIVO_TOKEN {K(r, 'civo_key')}
set-env BACKUP_HOST {IP(r)}
set-env GIT_AUTHOR_EMAIL {E(r)}
set-env RESTIC_PASSWORD {P(r, 'shell')}
set-env EDITOR hx
fn mirror {{ rsync -az ./out/ mirror@{IP(r)}:/srv/www/ }}
"""


@T("cmd_exe_batch", SH, "batch", "tools/sync_share.bat")
def _(r):
    return f"""@echo off
REM map the archive share and copy the nightly export
net use Z: \\\\{IP(r)}\\archive /user:ARCHIVE\\svc_export {P(r, 'shell')} /persistent:no
robocopy C:\\exports Z:\\nightly /MIR /R:2
set CONTABO_CLIENT_SECRET={K(r, 'contabo_client_secret')}
set NOTIFY={E(r)}
REM fallback share \\\\{LIP(r)}\\archive
"""


@T("git_bash_history", SH, "shell", ".bash_history_gitbash")
def _(r):
    return f"""git remote add forge https://ci-bot:{K(r, 'forgejo_token')}@codeberg.org/saltmarsh/forecast.git
git push forge main
git config user.email "{E(r)}"
ssh -i ~/.ssh/id_ed25519 deploy@{IP(r)}
git log --oneline -1   # {L('short_sha', short_sha(r))} release
"""


@T("msys2_pacman_proxy", SH, "shell", "etc/profile.d/proxy.sh")
def _(r):
    return f"""# MSYS2 proxy for pacman (office network)
export http_proxy=http://jdoe:{P(r, 'url')}@{IP(r)}:8080
export https_proxy=$http_proxy
export no_proxy=localhost,{L('loopback_ip', '127.0.0.1')},{LIP(r)}
export MAINTAINER_EMAIL={E(r)}
"""


@T("cygwin_cron_script", SH, "shell", "home/backup/push.sh")
def _(r):
    return f"""#!/bin/bash
# runs under cygwin cron on FILESRV2
RSYNC_PASSWORD={P(r, 'shell')} rsync -az /cygdrive/d/projects/ rsync://backup@{IP(r)}/projects/
echo "done $(date)" | mail -s backup {E(r)}
# key fingerprint SHA256:{L('ssh_fingerprint', s(r, 43, ALNUM + '+/'))}
"""


@T("termux_history", SH, "shell", "data/data/com.termux/files/home/.bash_history")
def _(r):
    return f"""pkg install openssh rsync
ssh -p 8022 u0_a231@{LIP(r)}
sshpass -p {P(r, 'shell')} ssh pi@{IP(r)}
export RUNPOD_API_KEY={K(r, 'runpod_key')}
termux-sms-send -n 0700000000 "key sent to {E(r)}"
"""


@T("busybox_udhcpc_script", SH, "shell", "etc/init.d/S99report")
def _(r):
    return f"""#!/bin/sh
# busybox init script on the weather mast logger
wget -q -O - "http://{IP(r)}/ingest?station=mast7&key={K(r, 'alnum_secret')}"
ftpput -u mast7 -p {P(r, 'shell')} {IP(r)} /upload/mast7.csv /tmp/mast7.csv
logger -t report "sent to {IP(r)} (fallback {LIP(r)})"
"""


@T("mksh_profile", SH, "shell", ".mkshrc")
def _(r):
    return f"""# ~/.mkshrc on the OpenBSD jump host
export PKG_PATH=https://cdn.openbsd.org/pub/OpenBSD/7.5/packages/amd64/
export KAMATERA_CLIENT_ID={L('kamatera_client_id', s(r, 32, HEX))}
export KAMATERA_SECRET={K(r, 'kamatera_secret')}
alias vault='ssh -l ops {IP(r)}'
export REPORT_TO={E(r)}
"""


@T("csh_login", SH, "csh", ".cshrc")
def _(r):
    return f"""# .cshrc for the instrument account
setenv ORACLE_SID LIMS
setenv LIMS_PASSWORD {P(r, 'shell')}
setenv LIMS_HOST {IP(r)}
setenv MAILTO {E(r)}
setenv EQUINIX_METAL_TOKEN {K(r, 'equinix_token')}
alias lab 'ssh {LIP(r)}'
"""


@T("psreadline_history", SH, "powershell", "AppData/Roaming/Microsoft/Windows/PowerShell/PSReadLine/ConsoleHost_history.txt")
def _(r):
    return f"""Connect-VIServer -Server {IP(r)} -User {L('vsphere_sso_upn', 'administrator@vsphere.local')} -Password {P(r, 'shell')}
Get-VM | Where-Object PowerState -eq PoweredOn
$env:RACKSPACE_API_KEY = "{K(r, 'rackspace_api_key')}"
Send-MailMessage -To {E(r)} -From {E(r)} -Subject "snapshots done" -SmtpServer {IP(r)}
Test-NetConnection {LIP(r)} -Port 443
"""


# ================================================================ self-hosted and home lab
@T("prowlarr_config_xml", SELF, "xml", "prowlarr/config.xml")
def _(r):
    return f"""<Config>
  <BindAddress>*</BindAddress>
  <Port>9696</Port>
  <ApiKey>{K(r, 'prowlarr_api_key')}</ApiKey>
  <AuthenticationMethod>Forms</AuthenticationMethod>
  <PostgresHost>{LIP(r)}</PostgresHost>
  <PostgresUser>prowlarr</PostgresUser>
  <PostgresPassword>{P(r, 'xml')}</PostgresPassword>
  <InstanceName>Prowlarr</InstanceName>
  <ProxyHostname>{IP(r)}</ProxyHostname>
</Config>
"""


@T("miniflux_env", SELF, "shell", "miniflux/.env")
def _(r):
    return f"""DATABASE_URL=postgres://miniflux:{P(r, 'url')}@{LIP(r)}/miniflux?sslmode=disable
ADMIN_USERNAME=admin
ADMIN_PASSWORD={P(r, 'shell')}
BASE_URL=http://{IP(r)}:8080/
POLLING_FREQUENCY=30
# API token for the reader app: {K(r, 'miniflux_token')}
OAUTH2_USER_CREATION=0
"""


@T("outline_env", SELF, "shell", "outline/docker.env")
def _(r):
    return f"""SECRET_KEY={K(r, 'hex_secret')}
UTILS_SECRET={K(r, 'hex_secret')}
DATABASE_URL=postgres://outline:{P(r, 'url')}@{IP(r)}:5432/outline
SMTP_USERNAME={E(r)}
SMTP_PASSWORD={P(r, 'shell')}
SMTP_FROM_EMAIL={L('reserved_email', 'wiki@' + r.choice(['example.com', 'example.org']))}
OUTLINE_API_KEY={K(r, 'outline_key')}
"""


@T("bookstack_env", SELF, "shell", "bookstack/.env")
def _(r):
    return f"""APP_URL=https://{IP(r)}
APP_KEY={K(r, 'snipeit_app_key')}
DB_HOST={LIP(r)}
DB_DATABASE=bookstack
DB_USERNAME=bookstack
DB_PASSWORD={P(r, 'shell')}
MAIL_FROM={E(r)}
# API token id {L('bookstack_token_id', s(r, 32, ALNUM))} secret {K(r, 'bookstack_token_secret')}
"""


@T("snipeit_env", SELF, "shell", "snipe-it/.env")
def _(r):
    return f"""APP_ENV=production
APP_KEY={K(r, 'snipeit_app_key')}
APP_URL=http://{IP(r)}
DB_HOST={LIP(r)}
DB_PASSWORD={P(r, 'shell')}
MAIL_USERNAME={E(r)}
MAIL_PASSWORD={P(r, 'shell')}
MAIL_REPLYTO_ADDR={E(r)}
APP_TRUSTED_PROXIES={IP(r)}
"""


@T("ghost_config_production", SELF, "json", "ghost/config.production.json")
def _(r):
    return J({
        "url": f"https://{IP(r)}",
        "database": {"client": "mysql", "connection": {"host": LIP(r), "user": "ghost", "password": P(r, "json"), "database": "ghost_prod"}},
        "mail": {"transport": "SMTP", "options": {"host": IP(r), "auth": {"user": E(r), "pass": P(r, "json")}}},
        "x_integrations": {"admin_api_key": K(r, "ghost_admin_key"), "content_api_key": L("ghost_content_key_public", s(r, 26, HEX))},
    })


@T("sabnzbd_ini", SELF, "ini", "sabnzbd/sabnzbd.ini")
def _(r):
    return f"""[misc]
host = {L('unspecified_ip', '0.0.0.0')}
port = 8080
api_key = {K(r, 'sabnzbd_api_key')}
nzb_key = {K(r, 'sabnzbd_api_key')}
username = admin
password = {P(r, 'ini')}
email_to = {E(r)}
[servers]
[[news.saltmarsh-labs.net]]
host = {IP(r)}
username = sabuser
password = {P(r, 'ini')}
"""


@T("zitadel_steps", SELF, "yaml", "zitadel/steps.yaml")
def _(r):
    return f"""FirstInstance:
  Org:
    Human:
      UserName: root
      Email:
        Address: {E(r)}
      Password: {P(r, 'yaml')}
  MachineKeyPath: /machinekey/zitadel-admin-sa.json
ExternalDomain: {IP(r)}
Database:
  postgres:
    Host: {LIP(r)}
    Admin:
      Password: {P(r, 'yaml')}
# masterkey passed via --masterkey {K(r, 'alnum_secret')}
"""


@T("emqx_conf", SELF, "hocon", "emqx/etc/emqx.conf")
def _(r):
    return f"""node {{
  name = "emqx@{IP(r)}"
  cookie = "{K(r, 'alnum_secret')}"
}}
dashboard {{
  listeners.http.bind = 18083
  default_username = "admin"
  default_password = "{P(r, 'code')}"
}}
api_key {{
  bootstrap_file = "/opt/emqx/etc/bootstrap.keys"
}}
# bootstrap.keys line: {L('emqx_api_key_name', 'ops-' + s(r, 8, LALNUM))}:{K(r, 'emqx_api_secret')}
"""


@T("peertube_production_yaml", SELF, "yaml", "peertube/config/production.yaml")
def _(r):
    return f"""webserver:
  hostname: 'video.laguna-agri.ph'
secrets:
  peertube: '{K(r, 'hex_secret')}'
database:
  hostname: '{LIP(r)}'
  username: 'peertube'
  password: '{P(r, 'yaml')}'
smtp:
  hostname: '{IP(r)}'
  username: '{E(r)}'
  password: '{P(r, 'yaml')}'
admin:
  email: '{E(r)}'
trust_proxy:
  - '{IP(r)}'
"""


@T("navidrome_toml", SELF, "toml", "navidrome/navidrome.toml")
def _(r):
    return f"""MusicFolder = "/music"
Address = "{L('unspecified_ip', '0.0.0.0')}"
PasswordEncryptionKey = "{K(r, 'navidrome_encryption_key')}"
Backup.Passphrase = "{P(r, 'code')}"
ReverseProxyWhitelist = "{IP(r)}/32"
Prometheus.Password = "{P(r, 'code')}"
"""


@T("homebridge_config_json", SELF, "json", "homebridge/config.json")
def _(r):
    return J({
        "bridge": {"name": "Homebridge", "username": L("mac_address", mac(r).upper()), "port": 51826, "pin": M("PASSWORD", "homekit_setup_code", vendor_key(r, "homebridge_pin"))},
        "platforms": [
            {"platform": "Camera-ffmpeg", "cameras": [{"name": "Gate", "videoConfig": {"source": f"-i rtsp://viewer:{P(r, 'url')}@{IP(r)}:554/stream1"}}]},
            {"platform": "MqttThing", "url": f"mqtt://{LIP(r)}", "username": "hb", "password": P(r, "json")},
        ],
        "x_owner": E(r),
    })


# ================================================================ logs
@T("windows_event_xml", LOG, "xml", "exports/security-4625.xml")
def _(r):
    return f"""<Event xmlns="http://schemas.microsoft.com/win/2004/08/events/event">
  <System><EventID>4625</EventID><Computer>FS01.corp.saltmarsh-labs.net</Computer></System>
  <EventData>
    <Data Name="TargetUserName">{E(r)}</Data>
    <Data Name="IpAddress">{IP(r)}</Data>
    <Data Name="ProcessName">C:\\Windows\\System32\\net.exe</Data>
    <Data Name="CommandLine">net use \\\\{LIP(r)}\\scans /user:scan {P(r, 'shell')}</Data>
    <Data Name="LogonGuid">{{{L('uuid_logon_guid', uuid4(r).upper())}}}</Data>
  </EventData>
</Event>
"""


@T("snort_alert_fast", LOG, "log", "/var/log/snort/alert")
def _(r):
    ts = f"{r.randint(1, 12):02d}/{r.randint(1, 28):02d}-{r.randint(0, 23):02d}:{r.randint(0, 59):02d}:{r.randint(0, 59):02d}.{r.randint(100000, 999999)}"
    return f"""{ts}  [**] [1:2012887:3] ET POLICY Http Client Body contains pass= in cleartext [**] [Priority: 1] {{TCP}} {IP(r)}:51544 -> {IP(r)}:80
    payload: user={E(r)}&pass={P(r, 'url')}&remember=1
{ts}  [**] [1:2013028:7] ET POLICY curl User-Agent Outbound [**] [Priority: 3] {{TCP}} {LIP(r)}:40122 -> {IP(r)}:443
"""


@T("crowdsec_decisions", LOG, "text", "cscli-decisions.txt")
def _(r):
    return f"""+--------+----------+--------------------+------------------------------------+--------+
|   ID   |  Source  |    Scope:Value     |               Reason               | Action |
+--------+----------+--------------------+------------------------------------+--------+
| {r.randint(10000, 99999)} | crowdsec | Ip:{IP(r)} | crowdsecurity/ssh-bf               | ban    |
| {r.randint(10000, 99999)} | crowdsec | Ip:{IP(r)} | crowdsecurity/http-probing         | ban    |
| {r.randint(10000, 99999)} | cscli    | Ip:{IP(r)} | manual ban by {E(r)} | ban    |
+--------+----------+--------------------+------------------------------------+--------+
bouncer registered with key {K(r, 'crowdsec_bouncer_key')} (machine id {L('crowdsec_machine_id', s(r, 48, HEX))})
"""


@T("wazuh_alert_json", LOG, "json", "alerts/alerts.json")
def _(r):
    return json.dumps({
        "timestamp": "2025-03-14T09:12:44.118+0000",
        "rule": {"level": 10, "description": "sshd: brute force trying to get access to the system.", "id": "5712"},
        "agent": {"id": "007", "name": "web-03", "ip": IP(r)},
        "data": {"srcip": IP(r), "dstuser": "root"},
        "full_log": f"Failed password for invalid user deploy from {IP(r)} port 41122 ssh2",
        "manager": {"name": "wazuh-manager"},
        "x_enrollment": f"agent-auth -m {IP(r)} -P {K(r, 'wazuh_enroll_password')}",
        "id": L("wazuh_alert_id", f"{r.randint(1700000000, 1760000000)}.{r.randint(100000, 999999)}"),
    }, ensure_ascii=False) + "\n"


@T("auditd_execve", LOG, "log", "/var/log/audit/audit.log")
def _(r):
    n = r.randint(1700000000, 1760000000)
    return f"""type=EXECVE msg=audit({n}.412:88213): argc=6 a0="mysql" a1="-h" a2="{IP(r)}" a3="-uroot" a4="-p{P(r, 'shell')}" a5="billing"
type=USER_AUTH msg=audit({n}.981:88214): pid=4121 uid=0 auid=1001 ses=7 msg='op=PAM:authentication acct="{E(r)}" exe="/usr/sbin/sshd" hostname={IP(r)} addr={IP(r)} terminal=ssh res=success'
type=USER_LOGIN msg=audit({n + 1}.003:88215): pid=4121 uid=0 auid=1001 ses=7 msg='op=login id=1001 exe="/usr/sbin/sshd" hostname=? addr={LIP(r)} terminal=/dev/pts/1 res=success'
"""


@T("vsftpd_log", LOG, "log", "/var/log/vsftpd.log")
def _(r):
    return f"""Mon Mar  3 02:11:09 2025 [pid 2211] CONNECT: Client "::ffff:{IP(r)}"
Mon Mar  3 02:11:09 2025 [pid 2211] FTP command: Client "::ffff:{IP(r)}", "USER {E(r)}"
Mon Mar  3 02:11:09 2025 [pid 2211] FTP command: Client "::ffff:{IP(r)}", "PASS {P(r, 'shell')}"
Mon Mar  3 02:11:10 2025 [pid 2210] [{E(r)}] OK LOGIN: Client "::ffff:{LIP(r)}"
"""


@T("proftpd_sql_log", LOG, "log", "/var/log/proftpd/sql.log")
def _(r):
    return f"""2025-02-11 04:17:55,118 mod_sql/4.5[31102]: entering 	mysql cmd_open
2025-02-11 04:17:55,119 mod_sql/4.5[31102]: connecting to 'proftpd@{IP(r)}' with password '{P(r, 'ini')}'
2025-02-11 04:17:55,121 mod_sql/4.5[31102]: cache miss for user '{E(r)}'
2025-02-11 04:17:55,122 mod_sql/4.5[31102]: stored hash {L('sha512crypt', sha512crypt(r))}
2025-02-11 04:17:55,130 mod_sql/4.5[31102]: client {IP(r)} authenticated
"""


@T("pm2_error_log", LOG, "log", ".pm2/logs/api-error.log")
def _(r):
    return f"""2025-04-02T11:02:17: Error: connect ECONNREFUSED {IP(r)}:6379
    at TCPConnectWrap.afterConnect [as oncomplete] (node:net:1607:16)
2025-04-02T11:02:18: [config] loaded {{ redisUrl: 'redis://:{P(r, 'url')}@{IP(r)}:6379/0', checkoutKey: '{K(r, 'checkout_secret')}', alerts: '{E(r)}' }}
2025-04-02T11:02:18: PM2 | App [api:0] exited with code [1] via signal [SIGINT] (pm2 {L('version_3part', version3(r))})
"""


@T("hangfire_dashboard_log", LOG, "log", "logs/hangfire-20250301.txt")
def _(r):
    return f"""2025-03-01 03:00:01.442 +00:00 [INF] Starting Hangfire Server using job storage: 'SQL Server: {IP(r)}@Jobs'
2025-03-01 03:00:02.019 +00:00 [ERR] Failed to process the job '{L('hangfire_job_id', str(r.randint(100000, 999999)))}': an exception occurred.
System.Data.SqlClient.SqlException: Login failed for user 'jobs'. ConnectionString: Server={IP(r)};Database=Jobs;User Id=jobs;Password={P(r, 'ini')};
   at Hangfire.SqlServer.SqlServerStorage.CreateAndOpenConnection()
2025-03-01 03:00:02.020 +00:00 [WRN] Notifying {E(r)}
"""


# ================================================================ chat, tickets and mail
@T("webex_room_export", CHAT, "json", "exports/webex-room-ops.json")
def _(r):
    return J({"items": [
        {"personEmail": E(r), "created": "2025-02-03T08:14:22.117Z", "text": f"bot token for the alert relay: {K(r, 'webex_bot_token')}"},
        {"personEmail": E(r), "created": "2025-02-03T08:16:02.551Z", "text": f"thanks, and the relay box is {IP(r)} (the old one at {LIP(r)} is gone)"},
        {"personEmail": L("reserved_email", "bot@webex.example"), "created": "2025-02-03T08:16:03.000Z", "text": "Message id " + L("uuid_message_id", uuid4(r))},
    ]})


@T("lark_bot_snippet", CHAT, "markdown", "docs/lark-bot.md")
def _(r):
    return f"""## Lark (Feishu) alert bot

The custom app lives in the tenant owned by {E(r)}.

| field | value |
|---|---|
| App ID | `{L('lark_app_id', 'cli_' + s(r, 16, HEX))}` |
| App Secret | `{K(r, 'lark_app_secret')}` |
| callback server | `{IP(r)}` |

Webhook signing key (copied from the console): `{K(r, 'alnum_secret')}`
"""


@T("dingtalk_robot_py", CHAT, "python", "alerts/dingtalk_robot.py")
def _(r):
    return f"""import hashlib, hmac, base64, time, urllib.parse

ACCESS_TOKEN = "{K(r, 'dingtalk_access_token')}"
SECRET = "{K(r, 'dingtalk_sign_secret')}"
OWNER = "{E(r)}"
EGRESS_IP = "{IP(r)}"  # whitelisted in the robot security settings


def signed_url():
    ts = str(round(time.time() * 1000))
    sign = base64.b64encode(hmac.new(SECRET.encode(), f"{{ts}}\\n{{SECRET}}".encode(), hashlib.sha256).digest())
    return f"https://oapi.dingtalk.com/robot/send?access_token={{ACCESS_TOKEN}}&timestamp={{ts}}&sign={{urllib.parse.quote(sign)}}"
"""


@T("wecom_webhook_issue", CHAT, "markdown", "issues/412.md")
def _(r):
    return f"""**WeCom notifications stopped after the proxy change**

Reported by {E(r)}.

Our egress moved to `{IP(r)}` and WeCom now rejects the calls. Config in use:

```
WECOM_CORPID={L('wecom_corpid', 'ww' + s(r, 16, HEX))}
WECOM_CORPSECRET={K(r, 'wecom_corpsecret')}
WECOM_WEBHOOK=https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key={K(r, 'wecom_webhook_key')}
```

(Yes, I know the secret is in the ticket, will rotate.)
"""


@T("threema_gateway_eml", CHAT, "eml", "mail/threema-gateway.eml")
def _(r):
    a, b = email(r), email(r)
    return f"""From: {M('EMAIL', 'email', a)}
To: {M('EMAIL', 'email', b)}
Subject: Threema Gateway credentials for the on-call pager
Message-ID: <{L('message_id', s(r, 12, LALNUM) + '.' + str(r.randint(1000, 9999)) + '@mail.saltmarsh-labs.test')}>
Content-Type: text/plain; charset=utf-8

Gateway ID: *PAGR{s(r, 3, UALNUM)}
API secret: {K(r, 'threema_secret')}

The sender box is {IP(r)}. The private key file stays on that host.
"""


@T("bugzilla_comment", CHAT, "text", "bugzilla/bug-19244-comment-7.txt")
def _(r):
    return f"""Comment 7 by {E(r)} 2025-01-22 14:03:51 UTC

Reproduced against the staging mirror ({IP(r)}). The failing request in the attached HAR has

    X-BUGZILLA-API-KEY: {K(r, 'bugzilla_api_key')}

which is my personal key, please mark the attachment private. The admin account on
that box still uses {P(r, 'prose')} as the password, see bug 19230.
Build: {L('git_sha', sha1(r))}
"""


@T("openproject_work_package", CHAT, "markdown", "openproject/wp-3311.md")
def _(r):
    return f"""### WP #3311 Migrate the LDAP sync to the new directory

* Assignee: {E(r)}
* Watchers: {E(r)}, {E(r)}

Bind DN `cn=op-sync,ou=svc,dc=larchfield,dc=org`, bind password `{P(r, 'prose')}`.
Directory host `{IP(r)}`, replica `{LIP(r)}`.
API access for the script: `{K(r, 'openproject_key')}`.
"""


# ================================================================ SQL and spreadsheets
@T("informix_sqlhosts_dbaccess", SQL, "sql", "sql/connect_stores.sql")
def _(r):
    return f"""-- run with dbaccess - connect_stores.sql
CONNECT TO 'stores@ol_{s(r, 4, LALNUM)}' USER 'informix' USING '{P(r, 'code')}';
-- server ol host: {IP(r)} port 9088
CREATE USER report_ro WITH PASSWORD '{P(r, 'code')}';
GRANT CONNECT TO report_ro;
UPDATE contact SET email = '{E(r)}' WHERE contact_id = {r.randint(100, 999)};
"""


@T("teradata_bteq", SQL, "sql", "etl/load_daily.bteq")
def _(r):
    return f""".LOGON {IP(r)}/etl_user,{P(r, 'ini')};
DATABASE sales;
INSERT INTO contact_audit VALUES ('{E(r)}', CURRENT_TIMESTAMP, '{L('uuid_batch_id', uuid4(r))}');
.IF ERRORCODE <> 0 THEN .QUIT 8;
.LOGOFF;
"""


@T("exasol_users_sql", SQL, "sql", "exasol/users.sql")
def _(r):
    return f"""CREATE USER dashboard IDENTIFIED BY "{P(r, 'code')}";
CREATE CONNECTION ftp_drop TO 'ftp://{IP(r)}/drop' USER 'drop' IDENTIFIED BY '{P(r, 'code')}';
CREATE CONNECTION s3_lake TO 'https://lake.s3.eu-west-1.amazonaws.com' USER '{K(r, 'aws_access_key_id')}' IDENTIFIED BY '{K(r, 'aws_secret')}';
COMMENT ON USER dashboard IS 'owner {E(r)}';
"""


@T("lastpass_export_csv", SQL, "csv", "exports/lastpass_export.csv")
def _(r):
    rows = ["url,username,password,totp,extra,name,grouping,fav"]
    for name in ["router", "nas", "mail"]:
        host = IP(r) if name != "nas" else LIP(r)
        rows.append(f"http://{host},{E(r)},{P(r, 'csv')},,,{name},Home,0")
    return "\n".join(rows) + "\n"


# ================================================================ notebooks, HTTP clients and review
def _nb(cells, kernel="python3", lang="python"):
    return J({"cells": [{"cell_type": "code", "execution_count": i + 1, "metadata": {}, "outputs": [],
                          "source": c.splitlines(True)} for i, c in enumerate(cells)],
              "metadata": {"kernelspec": {"display_name": kernel, "language": lang, "name": kernel}},
              "nbformat": 4, "nbformat_minor": 5})


@T("jupyter_cerebras", NB, "ipynb", "notebooks/cerebras_eval.ipynb")
def _(r):
    return _nb([
        f"import os\nos.environ['CEREBRAS_API_KEY'] = '{K(r, 'cerebras_key')}'\n",
        f"BASE = 'http://{IP(r)}:8000/v1'\nCONTACT = '{E(r)}'\n",
        f"# dataset revision {L('git_sha', sha1(r))}\nrows = load('eval.jsonl')\n",
    ])


@T("livebook_deepgram", NB, "markdown", "notebooks/transcribe.livemd")
def _(r):
    return f"""# Transcribe field recordings

```elixir
Mix.install([{{:req, "~> 0.5"}}])
deepgram_key = "{K(r, 'deepgram_key')}"
archive = "sftp://field:{P(r, 'url')}@{IP(r)}/recordings"
```

Owner: {E(r)}. Recording set id `{L('uuid_dataset_id', uuid4(r))}`.
"""


@T("thunder_client_env", HTTP, "json", "thunder-tests/thunderEnvironment.json")
def _(r):
    return J([{"_id": L("uuid_env_id", uuid4(r)), "name": "prod", "default": False, "data": [
        {"name": "baseUrl", "value": f"https://{IP(r)}/api"},
        {"name": "apiKey", "value": K(r, "lemonsqueezy_api_key")},
        {"name": "adminUser", "value": E(r)},
        {"name": "adminPass", "value": P(r, "json")},
    ]}])


@T("kreya_project_env", HTTP, "json", "kreya/environments/prod.krenv")
def _(r):
    return J({"name": "prod", "variables": {
        "grpcHost": f"{IP(r)}:50051",
        "vippsClientSecret": K(r, "vipps_client_secret"),
        "vippsSubscriptionKey": K(r, "vipps_subscription_key"),
        "merchantSerial": L("vipps_merchant_serial", str(r.randint(100000, 999999))),
        "support": E(r),
    }})


@T("yaak_workspace_yaml", HTTP, "yaml", "yaak/workspace.yaml")
def _(r):
    return f"""type: environment
name: staging
variables:
  - name: host
    value: https://{IP(r)}
  - name: wompi_private
    value: {K(r, 'wompi_private')}
  - name: wompi_public
    value: {L('wompi_public_key', 'pub_prod_' + s(r, 32, ALNUM))}
  - name: owner
    value: {E(r)}
"""


@T("phabricator_inline_comment", REV, "text", "review/D8812-inline.txt")
def _(r):
    return f"""D8812: Move geocoder credentials to the vault
File: conf/geocoder.ini, line 14

{E(r)} wrote:
> -password = {P(r, 'ini')}
> +password = {L('env_reference', '${GEOCODER_PASSWORD}')}

Good. The old value is still in the history (commit {L('git_sha', sha1(r))}), so please rotate it
on {IP(r)} as well. Also the Gcore token on line 22 ({K(r, 'gcore_token')}) should go.
"""


@T("commit_message_revert", REV, "text", "COMMIT_EDITMSG")
def _(r):
    return f"""Revert "ci: hardcode the Payfast passphrase for the sandbox job"

This reverts commit {L('git_sha', sha1(r))}.

The passphrase ({K(r, 'payfast_passphrase')}) and the merchant password
{P(r, 'prose')} were pushed by mistake; both were rotated on {IP(r)}.

Reported-by: {E(r)}
Signed-off-by: {E(r)}
"""


# ================================================================ mobile, IDE and unusual formats
@T("capacitor_config_ts", MOB, "typescript", "capacitor.config.ts")
def _(r):
    return f"""import type {{ CapacitorConfig }} from '@capacitor/cli';

const config: CapacitorConfig = {{
  appId: '{L('bundle_id', 'tz.co.mbeyacoffee.orders')}',
  appName: 'Mbeya Orders',
  server: {{ url: 'http://{IP(r)}:8100', cleartext: true }},
  android: {{ buildOptions: {{ keystorePassword: '{P(r, 'code', kind='keystore_password')}', keystoreAliasPassword: '{P(r, 'code', kind='keystore_password')}' }} }},
  plugins: {{ Instamojo: {{ authToken: '{K(r, 'instamojo_auth_token')}' }} }},
}};
// maintainer {E(r)}
export default config;
"""


@T("sublime_sftp_config", MOB, "json", "sftp-config.json")
def _(r):
    return J({
        "type": "sftp", "save_before_upload": True, "upload_on_save": True,
        "host": IP(r), "user": "deploy", "password": P(r, "json"), "port": "22",
        "remote_path": "/var/www/shop/", "ignore_regexes": ["\\.git/", "node_modules/"],
        "x_owner": E(r), "x_host_key": L("ssh_fingerprint_md5", ":".join(s(r, 2, HEX) for _ in range(16))),
    })


@T("winscp_ini", ODD, "ini", "WinSCP.ini")
def _(r):
    return f"""[Sessions\\deploy@{IP(r)}]
HostName={IP(r)}
UserName=deploy
Password={L('winscp_obfuscated', s(r, 72, HEX.upper()))}
PublicKeyFile=C:\\Users\\ops\\keys\\deploy.ppk
[Sessions\\backup%20box]
HostName={IP(r)}
UserName=backup
; plain password left by the previous admin: {P(r, 'ini')}
"""


@T("remmina_profile", ODD, "ini", ".local/share/remmina/group_rdp_accounts.remmina")
def _(r):
    return f"""[remmina]
name=Accounts RDP
protocol=RDP
server={IP(r)}:3389
username=acct
domain=LARCHFIELD
password={L('remmina_encrypted', b64(r, 24))}
gateway_server={IP(r)}
gateway_username={E(r)}
gateway_password={P(r, 'ini')}
"""


@T("wgetrc", ODD, "ini", ".wgetrc")
def _(r):
    return f"""# ~/.wgetrc
use_proxy = on
http_proxy = http://proxyuser:{P(r, 'url')}@{IP(r)}:3128/
https_proxy = http://proxyuser:{P(r, 'url')}@{IP(r)}:3128/
ftp_user = mirror
ftp_password = {P(r, 'ini')}
no_proxy = {L('loopback_ip', '127.0.0.1')},{LIP(r)}
"""


@T("networkmanager_nmconnection", ODD, "ini", "etc/NetworkManager/system-connections/Office.nmconnection")
def _(r):
    return f"""[connection]
id=Office
uuid={L('uuid_connection_id', uuid4(r))}
type=wifi

[wifi]
ssid=LARCH-STAFF

[wifi-security]
key-mgmt=wpa-eap

[802-1x]
eap=peap;
identity={E(r)}
password={P(r, 'ini', kind='wifi_password')}
phase2-auth=mschapv2

[ipv4]
dns={IP(r)};{IP(r)};
method=auto
"""


@T("ppp_chap_secrets", ODD, "text", "etc/ppp/chap-secrets")
def _(r):
    return f"""# Secrets for authentication using CHAP
# client        server  secret                  IP addresses
"{E(r)}"   *       "{P(r, 'net')}"        *
"branch-7"      pptpd   "{P(r, 'net')}"        {IP(r)}
"lab"           pptpd   "{L('placeholder', 'changeme')}"                 {LIP(r)}
"""


# ================================================================ prose
@T("runbook_observatory_pipeline", PROSE, "markdown", "docs/runbook-observatory.md")
def _(r):
    return f"""# Runbook: night-sky survey ingest

1. The camera controller uploads FITS files to `{IP(r)}` over SFTP as user `ingest`
   (password `{P(r, 'prose')}`; it is also in the team vault).
2. The reduction cluster pulls from there. Its head node is `{IP(r)}`; the workers are on
   `{LIP(r)}/24` and are not reachable from outside.
3. Plate-solving uses the Roboflow detector; the key is `{K(r, 'roboflow_key')}`.
4. Problems go to {E(r)} (weekdays) or {E(r)} (weekends).

Pipeline version {L('version_3part', version3(r))}; calibration frames checksum `{L('sha256', sha256(r))}`.
"""


@T("postmortem_uptimerobot_key", PROSE, "markdown", "docs/postmortems/2025-02-uptimerobot.md")
def _(r):
    return f"""# Postmortem: monitoring key pasted into a public status page

**Summary.** While adding a maintenance notice, {E(r)} pasted the UptimeRobot main API key
(`{K(r, 'uptimerobot_key')}`) into the public incident text. It was visible for 41 minutes.

**Impact.** Requests with that key came from {IP(r)} and {IP(r)}; both belong to a scanning service.
The Statuspage key `{K(r, 'statuspage_key')}` was in the same draft and was rotated too.

**Not affected.** The internal probe at {LIP(r)} and the example address in our docs
({L('reserved_email', 'status@example.com')}) were never exposed.
"""


# (language, header, sentence with {ip} and {email}, word for password, word for key, a native word for passwords)
NOTES = [
    ("scottish_gaelic", "Nòtaichean airson na h-oidhche", "Tha am frithealaiche ùr aig {ip}; cuir post-d gu {email} ma tha duilgheadas ann.", "Facal-faire", "Iuchair", "Eilean"),
    ("limburgish", "Euverdrachsnotitie", "De nuje server sjteit op {ip}; mail nao {email} es get neet wirk.", "Wachwaord", "Sleutel", "Maoshaven"),
    ("upper_sorbian", "Přepodaće za nócnu słužbu", "Nowy serwer je na {ip}; pisaj na {email}, jeli něšto njefunguje.", "Hesło", "Kluč", "Łužica"),
    ("kashubian", "Notatka do przekazaniô", "Nowi serwer je pòd {ip}; napiszë na {email}, czej cos nie dzejô.", "Parola", "Klucz", "Kaszëbë"),
    ("silesian", "Notka do przekozanio", "Nowy serwer je na {ip}, jak coś niy dziołŏ, piszcie na {email}.", "Hasło", "Klucz", "Gruba"),
    ("rusyn", "Записка про переданя", "Новый сервер є на {ip}; кедь дашто не робить, пиште на {email}.", "Гесло", "Ключ", "Карпаты"),
    ("cantonese", "交更筆記", "新伺服器喺 {ip}，有問題就電郵 {email}。", "密碼", "鎖匙", "維港"),
    ("maori", "Ngā tuhipoka tuku", "Kei {ip} te tūmau hou; tukuna he īmēra ki {email} mēnā he raru.", "Kupuhipa", "Kī", "Maunga"),
    ("papiamento", "Nota di entrega", "E server nobo ta riba {ip}; manda un email na {email} si algu no ta traha.", "Kontraseña", "Yabi", "Kunuku"),
    ("crimean_tatar", "Nöbet notları", "Yañı server {ip} adresinde; bir problema olsa, {email} adresine yazıñız.", "Parol", "Anahtar", "Qaradağ"),
    ("gagauz", "Nöbet notaları", "Eni server {ip} adresindä; bir zorluk olursa, {email} adresinä yazın.", "Parol", "Anaftar", "Komrat"),
    ("tuvan", "Солуушкунга бижик", "Чаа сервер {ip} адресте; берге чүве турар болза, {email} че бижиңер.", "Чажыт сөс", "Дүлгүүр", "Улуғ-Хем"),
    ("setswana", "Dintlha tsa phetisetso", "Seva e ntšha e mo {ip}; kwalela {email} fa sengwe se sa dire.", "Lefoko la sephiri", "Senotlolo", "Kgalagadi"),
    ("minangkabau", "Catatan sarah tarimo", "Server baru ado di {ip}; kirim surel ka {email} kalau ado masalah.", "Kato sandi", "Kunci", "Singgalang"),
    ("dari", "یادداشت تحویل", "سرور جدید در {ip} است؛ اگر مشکلی بود به {email} ایمیل بزنید.", "رمز عبور", "کلید", "هندوکش"),
    ("sorani", "تێبینی ڕادەستکردن", "ڕاژەکاری نوێ لە {ip} دایە؛ ئەگەر کێشە هەبوو بۆ {email} بنووسە.", "وشەی نهێنی", "کلیل", "زاگرۆس"),
    ("interlingua", "Notas de transferentia", "Le nove servitor es a {ip}; scribe a {email} si alco non functiona.", "Contrasigno", "Clave", "Lingua"),
    ("chavacano", "Nota para el entrega", "El nuevo server ta na {ip}; escribi kay {email} si tiene problema.", "Contraseña", "Llave", "Zamboanga"),
    ("maithili", "हस्तांतरण टिप्पणी", "नव सर्वर {ip} पर अछि; कोनो समस्या हो तँ {email} पर लिखू।", "कूटशब्द", "कुंजी", "मिथिला"),
    ("sicilian", "Noti di passaggiu", "Lu server novu è a {ip}; scrivìti a {email} si quarchi cosa nun va.", "Palora sigreta", "Chiavi", "Muncibbeddu"),
    ("venetian", "Note de consegna", "El server novo el xe a {ip}; scrivi a {email} se calcossa no va.", "Parola segreta", "Ciave", "Laguna"),
    ("aragonese", "Notas d'entrega", "O servidor nuevo ye en {ip}; escribe a {email} si bella cosa no funciona.", "Parola de paso", "Clau", "Moncayo"),
    ("ligurian", "Nòtte de consegna", "O server nêuvo o l'é a {ip}; scrivi a {email} se quarcösa o no va.", "Paròlla segreta", "Ciave", "Lanterna"),
    ("lombard", "Noeud de consegna", "El server noeuv l'è a {ip}; scriv a {email} se quaicoss el va minga.", "Parola segreta", "Ciav", "Naviglio"),
    ("karakalpak", "Tapsırıw jazbaları", "Jańa server {ip} mánzilinde; mashqala bolsa, {email} ga jazıń.", "Parol", "Gilt", "Ámiwdárya"),
]


def _make_note(lang, header, sentence, pwword, keyword, native):
    def fn(r):
        ip, em = IP(r), E(r)
        p1 = P(r, "prose")
        p2 = M("PASSWORD", "pw_native", native_pw(r, native))
        k1 = K(r, r.choice(["alnum_secret", "hex_secret", "apify_token", "comet_api_key", "civo_key", "otc_secret_key"]))
        look = r.choice([LIP(r), L("version_3part", version3(r)), L("placeholder", "changeme"), LEM(r)])
        order = r.randrange(3)
        if order == 0:
            body = f"{sentence.format(ip=ip, email=em)}\n\n{pwword}: {p1}\n{keyword} ({k1})\n{pwword} (VPN): {p2}.\n"
        elif order == 1:
            body = f"{pwword}: {p2}\n{sentence.format(ip=ip, email=em)}\n{keyword}: {k1}\n({pwword}, admin: {p1})\n"
        else:
            body = f"- {keyword} = {k1}\n- {pwword} = {p1}\n- {sentence.format(ip=ip, email=em)}\n- {pwword} 2: {p2}\n"
        return f"# {header}\n\n{body}\n({look})\n"
    return fn


for _lang, _hdr, _sent, _pw, _key, _nat in NOTES:
    T(f"note_{_lang}", PROSE, "markdown", f"docs/handover/{_lang}.md")(_make_note(_lang, _hdr, _sent, _pw, _key, _nat))
