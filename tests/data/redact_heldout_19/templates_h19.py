"""Synthetic templates for held-out set 19 (written from scratch). Each returns marked text."""
import json

import gen_h19 as G

TEMPLATES = []
m = G.mark


def t(group, lang, path):
    def deco(fn):
        TEMPLATES.append((fn.__name__, group, lang, path, fn))
        return fn
    return deco


# --------------------------------------------------------------- helpers
URL = "-_.~"
SH = "-_.+,:=%^"
INI = "-_.!+=^%~"
XML = "-_.!#%*+=?^~:,"
CODE = "-_.!#%*+=?^~:,"
YAML = "-_.!+=^"
JSONC = "-_.!#%*+=?^~:,"
CSV = "-_.!#%*+=?^~:"
NET = "-_."


def EM(r, style=None):
    return m("EMAIL", "email", G.email(r, style))


def IP(r):
    return m("IP_ADDRESS", "ipv4_public", G.public_ip(r))


def PW(r, allowed, kind=None):
    style, v = G.password(r, allowed)
    return m("PASSWORD", kind or f"pw_{style}", v)


def NP(r, kind):
    return m("PASSWORD", kind, G.netpw(r))


def K(r, kind):
    return m("KEY", kind, G.token(r, kind))


def LK(kind, v):
    return m("LOOK", kind, v)


def LIP(r, which=None):
    which = which or r.choice(["private", "private", "doc", "loopback", "cgnat", "linklocal"])
    f = {"private": G.private_ip, "doc": G.doc_ip, "loopback": G.loopback_ip, "cgnat": G.cgnat_ip,
         "linklocal": G.linklocal_ip}[which]
    return LK(f"ip_{which}", f(r))


def LEM(r):
    return LK("reserved_email", G.reserved_email(r))


def LSHA(r):
    return LK("sha256", G.sha256(r))


def LGIT(r):
    return LK("git_sha", G.git_sha(r))


def LUUID(r, role):
    return LK(f"uuid_{role}", G.uuid(r))


def LVER(r):
    return LK("version", G.version3(r))


def LVER4(r):
    return LK("version4", G.version4(r))


def LPH(r):
    return LK("placeholder", G.placeholder(r))


def user(r):
    return r.choice(["svc_ingest", "deploy", "app_rw", "etl", "reporter", "backup", "monitor", "ci-runner",
                     "admin", "ops"])


def host(r):
    return r.choice(["db01", "edge-2", "core-sw1", "ingest", "api", "mq-a", "store", "bastion"])


# =============================================================== code / config (21)
@t("code / config assignment", "starlark", "Tiltfile")
def starlark_tiltfile(r):
    return (f"# Tiltfile for local dev against the shared staging cluster\nload('ext://secret', 'secret_from_dict')\n\n"
            f"STAGING_DB = '{IP(r)}'\nk8s_yaml(secret_from_dict('api-env', inputs={{\n"
            f"    'DB_PASSWORD': '{PW(r, CODE)}',\n    'VIRUSTOTAL_KEY': '{K(r, 'virustotal_api_key')}',\n"
            f"    'OWNER': '{EM(r)}',\n}}))\nlocal_resource('seed', 'make seed HOST={LIP(r, 'private')}')\n"
            f"# pinned image digest sha256:{LSHA(r)}\n")


@t("code / config assignment", "meson", "meson_options.txt")
def meson_options(r):
    return (f"option('telemetry_host', type: 'string', value: '{IP(r)}')\n"
            f"option('telemetry_token', type: 'string', value: '{K(r, 'lightstep_access_token')}')\n"
            f"option('maintainer', type: 'string', value: '{EM(r)}')\n"
            f"option('fallback_host', type: 'string', value: '{LIP(r)}')\n"
            f"option('db_password', type: 'string', value: '{PW(r, CODE)}')\n"
            f"option('api_version', type: 'string', value: '{LVER(r)}')\n")


@t("code / config assignment", "applescript", "send_report.applescript")
def applescript_mailer(r):
    return (f'set smtpHost to "{IP(r)}"\nset senderAddr to "{EM(r)}"\nset recipientAddr to "{EM(r)}"\n'
            f'set smtpPass to "{PW(r, CODE)}"\nset ccAddr to "{LEM(r)}"\n'
            f'tell application "Mail"\n  set msg to make new outgoing message with properties {{subject:"Nightly", visible:false}}\n'
            f'  tell msg to make new to recipient with properties {{address:recipientAddr}}\nend tell\n')


@t("code / config assignment", "rebol", "deploy.r")
def rebol_script(r):
    return (f"REBOL [Title: \"deploy\" Author: \"{EM(r)}\" Version: {LVER(r)}]\n"
            f"target: {IP(r)}\nbackup: {LIP(r, 'private')}\n"
            f"ftp-pass: \"{PW(r, CODE)}\"\napi-key: \"{K(r, 'keycdn_api_key')}\"\n"
            f"write join ftp://deploy: [ftp-pass \"@\" target \"/www/index.html\"] read %index.html\n")


@t("code / config assignment", "idris", "src/Config.idr")
def idris_config(r):
    return (f"module Config\n\npublic export\nrecord Settings where\n  constructor MkSettings\n  host : String\n  apiKey : String\n  admin : String\n\n"
            f"export\ndefaultSettings : Settings\ndefaultSettings = MkSettings \"{IP(r)}\" \"{K(r, 'ai21_api_key')}\" \"{EM(r)}\"\n\n"
            f"-- dev override: {LIP(r, 'loopback')}, contact {LEM(r)}\n")


@t("code / config assignment", "chapel", "config.chpl")
def chapel_config(r):
    return (f"config const brokerHost = \"{IP(r)}\";\nconfig const brokerUser = \"{user(r)}\";\n"
            f"config const brokerPass = \"{PW(r, CODE)}\";\nconfig const notify = \"{EM(r)}\";\n"
            f"config const runId = \"{LUUID(r, 'run')}\";\n// run with --brokerHost={LIP(r, 'private')} on the cluster\n")


@t("code / config assignment", "mojo", "settings.mojo")
def mojo_settings(r):
    return (f"alias API_BASE = \"https://{IP(r)}:8443/v1\"\nalias STABILITY_KEY = \"{K(r, 'stability_api_key')}\"\n"
            f"alias OWNER_EMAIL = \"{EM(r)}\"\nalias MODEL_SHA = \"{LSHA(r)}\"\n\nfn main():\n    print(API_BASE)\n")


@t("code / config assignment", "roc", "main.roc")
def roc_app(r):
    return (f"app [main] {{ pf: platform \"https://github.com/roc-lang/basic-cli/releases/download/0.10.0/{LK('release_hash', G.b64url(r, 32))}.tar.br\" }}\n\n"
            f"import pf.Http\n\nspeechmaticsKey = \"{K(r, 'speechmatics_api_key')}\"\nreportTo = \"{EM(r)}\"\n"
            f"upstream = \"http://{IP(r)}:9000/jobs\"\n")


@t("code / config assignment", "koka", "src/settings.kk")
def koka_config(r):
    return (f"// settings for the ingest worker\nval queue-host = \"{IP(r)}\"\nval queue-pass = \"{PW(r, CODE)}\"\n"
            f"val alert-to = \"{EM(r)}\"\nval gladia-key = \"{K(r, 'gladia_api_key')}\"\n"
            f"val trace-id = \"{LUUID(r, 'trace')}\"\n")


@t("code / config assignment", "wren", "config.wren")
def wren_script(r):
    return (f"class Config {{\n  static host {{ \"{IP(r)}\" }}\n  static user {{ \"{user(r)}\" }}\n"
            f"  static password {{ \"{PW(r, CODE)}\" }}\n  static owner {{ \"{EM(r)}\" }}\n"
            f"  static localHost {{ \"{LIP(r, 'loopback')}\" }}\n}}\n")


@t("code / config assignment", "squirrel", "scripts/server_cfg.nut")
def squirrel_config(r):
    return (f"local cfg = {{\n    master_server = \"{IP(r)}\",\n    rcon_password = \"{PW(r, CODE)}\",\n"
            f"    admin_contact = \"{EM(r)}\",\n    stats_key = \"{K(r, 'alnum40_secret')}\",\n"
            f"    lan_bind = \"{LIP(r, 'private')}\"\n}};\nreturn cfg;\n")


@t("code / config assignment", "xojo", "App.xojo_code")
def xojo_constants(r):
    return (f"#tag Constant, Name = kServer, Type = String, Dynamic = False, Default = \\\"{IP(r)}\", Scope = Public\n#tag EndConstant\n"
            f"#tag Constant, Name = kLicenseEmail, Type = String, Dynamic = False, Default = \\\"{EM(r)}\", Scope = Public\n#tag EndConstant\n"
            f"#tag Constant, Name = kDBPassword, Type = String, Dynamic = False, Default = \\\"{PW(r, CODE)}\", Scope = Private\n#tag EndConstant\n"
            f"#tag Constant, Name = kBuild, Type = String, Dynamic = False, Default = \\\"{LVER4(r)}\", Scope = Public\n#tag EndConstant\n")


@t("code / config assignment", "abl", "src/connect.p")
def openedge_abl(r):
    return (f"/* connect.p - OpenEdge ABL connection to the sales db */\n"
            f"CONNECT sales -H {IP(r)} -S 20931 -U {user(r)} -P {PW(r, NET)} NO-ERROR.\n"
            f"DEFINE VARIABLE cNotify AS CHARACTER NO-UNDO INITIAL \"{EM(r)}\".\n"
            f"DEFINE VARIABLE cApiKey AS CHARACTER NO-UNDO INITIAL \"{K(r, 'hex32_secret')}\".\n"
            f"/* test server {LIP(r, 'private')} uses changeme */\n")


@t("code / config assignment", "cl", "QCLSRC/FTPPUSH.CLLE")
def ibmi_cl_program(r):
    return (f"PGM\n  DCL VAR(&HOST) TYPE(*CHAR) LEN(15) VALUE('{IP(r)}')\n"
            f"  DCL VAR(&PWD) TYPE(*CHAR) LEN(32) VALUE('{PW(r, NET)}')\n"
            f"  DCL VAR(&MAILTO) TYPE(*CHAR) LEN(64) VALUE('{EM(r)}')\n"
            f"  SNDDST TYPE(*LMSG) TOINTNET((&MAILTO)) DSTD('FTP push done')\nENDPGM\n")


@t("code / config assignment", "forth", "net-config.fs")
def forth_words(r):
    return (f"\\ network config for the board\n: server-ip s\" {IP(r)}\" ;\n: gateway-ip s\" {LIP(r, 'private')}\" ;\n"
            f": api-token s\" {K(r, 'hmac_key_b64url')}\" ;\n: owner s\" {EM(r)}\" ;\n: netmask s\" {LK('netmask', '255.255.255.0')}\" ;\n")


@t("code / config assignment", "eiffel", "src/settings.e")
def eiffel_settings(r):
    return (f"class SETTINGS\n\nfeature -- Access\n\n\tsmtp_host: STRING = \"{IP(r)}\"\n"
            f"\tsmtp_user: STRING = \"{EM(r)}\"\n\tsmtp_password: STRING = \"{PW(r, CODE)}\"\n"
            f"\tcdn_key: STRING = \"{K(r, 'bunny_access_key')}\"\n\nend\n")


@t("code / config assignment", "mercury", "src/conf.m")
def mercury_module(r):
    return (f":- module conf.\n:- interface.\n:- func db_host = string.\n:- func db_pass = string.\n:- func admin = string.\n:- implementation.\n"
            f"db_host = \"{IP(r)}\".\ndb_pass = \"{PW(r, CODE)}\".\nadmin = \"{EM(r)}\".\n% sha of schema: {LGIT(r)}\n")


@t("code / config assignment", "vbnet", "My Project/Settings.vb")
def vbnet_app_config(r):
    return (f"Namespace My\n    Partial Friend NotInheritable Class MySettings\n"
            f"        Public Const ConnStr As String = \"Server={IP(r)};Database=Ledger;User Id={user(r)};Password={PW(r, URL)};\"\n"
            f"        Public Const ClearbitKey As String = \"{K(r, 'clearbit_secret_key')}\"\n"
            f"        Public Const Support As String = \"{EM(r)}\"\n        Public Const DevServer As String = \"{LIP(r)}\"\n"
            f"    End Class\nEnd Namespace\n")


@t("code / config assignment", "ini", "pbapp.ini")
def powerbuilder_ini(r):
    return (f"; PowerBuilder application profile\n[Database]\nDBMS=ODBC\nServerName={IP(r)}\nLogId={user(r)}\n"
            f"LogPass={PW(r, INI)}\nDBParm=ConnectString='DSN=ledger'\n[Mail]\nFrom={EM(r)}\nTestTo={LEM(r)}\n")


@t("code / config assignment", "livecode", "stack_script.livecodescript")
def livecode_script(r):
    return (f"constant kApiHost = \"{IP(r)}\"\nconstant kApiKey = \"{K(r, 'opencage_api_key')}\"\n"
            f"constant kSupport = \"{EM(r)}\"\n\non openStack\n  put \"http://\" & kApiHost & \"/geocode?key=\" & kApiKey into tURL\nend openStack\n")


@t("code / config assignment", "modula2", "Config.def")
def modula2_module(r):
    return (f"DEFINITION MODULE Config;\n\nCONST\n  ServerAddr = \"{IP(r)}\";\n  ServerPass = \"{PW(r, CODE)}\";\n"
            f"  Operator = \"{EM(r)}\";\n  LocalAddr = \"{LIP(r, 'private')}\";\n\nEND Config.\n")


# =============================================================== CI / IaC (16)
@t("CI / IaC", "yaml", "bamboo-specs/bamboo.yml")
def bamboo_specs_yaml(r):
    return (f"---\nversion: 2\nplan:\n  project-key: ING\n  key: NIGHTLY\nvariables:\n  deploy_host: {IP(r)}\n"
            f"  bamboo_token: {K(r, 'bamboo_pat')}\n  notify: {EM(r)}\n  commit: {LGIT(r)}\n"
            f"stages:\n  - Deploy:\n      jobs: [Ship]\nShip:\n  tasks:\n    - script: scp -r dist deploy@${{bamboo.deploy_host}}:/srv/app\n")


@t("CI / IaC", "yaml", "screwdriver.yaml")
def screwdriver_yaml(r):
    return (f"shared:\n  image: node:20\n  environment:\n    REGISTRY_HOST: {IP(r)}\n    SD_TOKEN: {K(r, 'screwdriver_token')}\n"
            f"    OWNER: {EM(r)}\n    CACHE_HOST: {LIP(r, 'private')}\njobs:\n  main:\n    requires: [~pr, ~commit]\n    steps:\n      - test: npm test\n")


@t("CI / IaC", "shell", "/var/lib/laminar/cfg/jobs/deploy.run")
def laminar_job(r):
    return (f"#!/bin/bash -e\n# laminar job: deploy\nexport DEPLOY_HOST={IP(r)}\nexport DEPLOY_PASS={PW(r, SH)}\n"
            f"export ROOTLY_TOKEN={K(r, 'rootly_api_token')}\nsshpass -p \"$DEPLOY_PASS\" rsync -a build/ deploy@$DEPLOY_HOST:/srv/\n"
            f"laminarc queue notify MAILTO={EM(r)}\n")


@t("CI / IaC", "yaml", ".build.yml")
def srht_build_manifest(r):
    return (f"image: alpine/edge\npackages:\n  - rsync\nsecrets:\n  - {LUUID(r, 'secret_ref')}\nenvironment:\n"
            f"  mirror: {IP(r)}\n  SRHT_TOKEN: {K(r, 'srht_oauth_token')}\n  maintainer: {EM(r)}\n"
            f"tasks:\n  - upload: rsync -a out/ mirror@{LIP(r, 'private')}:/pub/\n")


@t("CI / IaC", "yaml", "buddy.yml")
def buddy_pipeline(r):
    return (f"- pipeline: \"Deploy to production\"\n  on: \"CLICK\"\n  actions:\n  - action: \"Upload files\"\n    type: \"SFTP\"\n"
            f"    host: \"{IP(r)}\"\n    login: \"{user(r)}\"\n    password: \"{PW(r, YAML)}\"\n"
            f"    remote_path: \"/var/www\"\n  - action: \"Notify\"\n    type: \"EMAIL\"\n    recipients: \"{EM(r)}\"\n"
            f"  variables:\n  - key: \"BUDDY_API_TOKEN\"\n    value: \"{K(r, 'buddy_token')}\"\n")


@t("CI / IaC", "yaml", "buildspec.yml")
def codebuild_buildspec(r):
    return (f"version: 0.2\nenv:\n  variables:\n    ARTIFACT_HOST: \"{IP(r)}\"\n    AWS_ACCESS_KEY_ID: \"{K(r, 'aws_access_key_id')}\"\n"
            f"    AWS_SECRET_ACCESS_KEY: \"{K(r, 'codebuild_aws_secret')}\"\n    RELEASE_CONTACT: \"{EM(r)}\"\n"
            f"  parameter-store:\n    DB_PASSWORD: /prod/db/password\nphases:\n  build:\n    commands:\n      - make release VERSION={LVER(r)}\n")


@t("CI / IaC", "yaml", ".hal/config")
def spinnaker_halconfig(r):
    return (f"currentDeployment: default\ndeploymentConfigurations:\n- name: default\n  security:\n    apiSecurity:\n"
            f"      overrideBaseUrl: https://{IP(r)}:8084\n    authn:\n      ldap:\n        managerDn: cn=admin,dc=corp\n"
            f"        managerPassword: {PW(r, YAML)}\n  notifications:\n    email:\n      fromAddress: {EM(r)}\n"
            f"  gate:\n    secret: {K(r, 'spinnaker_gate_secret')}\n")


@t("CI / IaC", "yaml", "clusters/prod/grafana-values.yaml")
def flux_helmrelease_secret(r):
    return (f"apiVersion: helm.toolkit.fluxcd.io/v2\nkind: HelmRelease\nmetadata:\n  name: ingest\nspec:\n  values:\n"
            f"    smtp:\n      host: {IP(r)}\n      user: {EM(r)}\n      password: {PW(r, YAML)}\n"
            f"    internalLb: {LIP(r, 'private')}\n  chart:\n    spec:\n      version: {LVER(r)}\n")


@t("CI / IaC", "yaml", "skaffold.yaml")
def skaffold_yaml(r):
    return (f"apiVersion: skaffold/v4beta6\nkind: Config\nbuild:\n  artifacts:\n  - image: registry.local/api\n"
            f"deploy:\n  helm:\n    releases:\n    - name: api\n      setValues:\n        env.UPSTREAM: {IP(r)}\n"
            f"        env.ABUSEIPDB_KEY: {K(r, 'abuseipdb_api_key')}\n        env.OPS_EMAIL: {EM(r)}\n        env.CACHE: {LIP(r)}\n")


@t("CI / IaC", "yaml", "inventory/targets/prod.yml")
def kapitan_inventory(r):
    return (f"parameters:\n  target_name: prod\n  mysql:\n    host: {IP(r)}\n    user: {user(r)}\n"
            f"    password: {PW(r, YAML)}\n    root_password: ?{{gkms:targets/prod/mysql_root|randomstr}}\n"
            f"  alerts:\n    email: {EM(r)}\n  signing_key: {K(r, 'hex64_secret')}\n")


@t("CI / IaC", "cfengine", "masterfiles/services/ntp.cf")
def cfengine_policy(r):
    return (f"bundle agent site_settings\n{{\n  vars:\n    \"ntp_server\" string => \"{IP(r)}\";\n"
            f"    \"relay_pass\" string => \"{PW(r, CODE)}\";\n    \"admin_mail\" string => \"{EM(r)}\";\n"
            f"    \"policy_hub\" string => \"{LIP(r, 'private')}\";\n}}\n")


@t("CI / IaC", "yaml", "bundle.yaml")
def juju_bundle(r):
    return (f"series: jammy\napplications:\n  postgresql:\n    charm: postgresql\n    num_units: 1\n"
            f"    options:\n      extra_pg_auth: host all all {IP(r)}/32 md5\n  mattermost-like:\n"
            f"    charm: ./app\n    options:\n      db_password: {PW(r, YAML)}\n      site_admin: {EM(r)}\n"
            f"      smtp_key: {K(r, 'loops_api_key')}\nmachines:\n  \"0\":\n    constraints: arch=amd64\n")


@t("CI / IaC", "yaml", ".gitpod.yml")
def gitpod_yml(r):
    return (f"image: gitpod/workspace-full\ntasks:\n  - init: pip install -e .\n    command: |\n"
            f"      export GITPOD_PAT={K(r, 'gitpod_pat')}\n      export DB_URL=postgres://dev:{PW(r, URL)}@{IP(r)}:5432/app\n"
            f"      git config user.email {EM(r)}\nports:\n  - port: 8080\n")


@t("CI / IaC", "hcl", "templates/docker/main.tf")
def coder_template_tf(r):
    return (f"resource \"coder_agent\" \"main\" {{\n  os   = \"linux\"\n  arch = \"amd64\"\n  env = {{\n"
            f"    GIT_AUTHOR_EMAIL = \"{EM(r)}\"\n    CODER_SESSION_TOKEN = \"{K(r, 'coder_session_token')}\"\n"
            f"    PROXY = \"http://{IP(r)}:3128\"\n    DEV_DB = \"{LIP(r, 'private')}\"\n  }}\n}}\n")


@t("CI / IaC", "shell", "dokku-setup.sh")
def dokku_config(r):
    return (f"#!/bin/sh\ndokku apps:create ledger\ndokku config:set ledger DATABASE_URL=postgres://ledger:{PW(r, URL)}@{IP(r)}:5432/ledger \\\n"
            f"  SECRET_KEY_BASE={K(r, 'dokku_deploy_key_secret')} ADMIN_EMAIL={EM(r)}\n"
            f"dokku letsencrypt:set ledger email {EM(r)}\ndokku proxy:ports-set ledger http:80:5000\n")


@t("CI / IaC", "dotenv", "coolify/.env")
def coolify_env(r):
    return (f"APP_ID={LUUID(r, 'app')}\nAPP_KEY={K(r, 'app_key_base64')}\nDB_PASSWORD={PW(r, INI)}\n"
            f"COOLIFY_API_TOKEN={K(r, 'coolify_api_token')}\nPUSHER_HOST={IP(r)}\nROOT_USER_EMAIL={EM(r)}\n"
            f"ROOT_USER_PASSWORD=\nDOCKER_ADDRESS_POOL_BASE={LIP(r, 'private')}/16\n")


# =============================================================== table-driven config files
def _val(r, spec, fmt):
    kind, _, arg = spec.partition(":")
    allowed = {"env": INI, "ini": INI, "yaml": YAML, "toml": CODE, "props": INI, "json": JSONC, "xml": XML,
               "conf": INI, "php": CODE}[fmt]
    if kind == "ip":
        return IP(r)
    if kind == "email":
        return EM(r)
    if kind == "pw":
        return PW(r, allowed, arg or None)
    if kind == "key":
        return K(r, arg)
    if kind == "lip":
        return LIP(r, arg or None)
    if kind == "lem":
        return LEM(r)
    if kind == "uuid":
        return LUUID(r, arg)
    if kind == "sha":
        return LSHA(r)
    if kind == "git":
        return LGIT(r)
    if kind == "ver":
        return LVER(r)
    if kind == "v4":
        return LK("version4", "1.0.0.1")
    if kind == "ph":
        return LPH(r)
    if kind == "bcrypt":
        return LK("bcrypt", G.bcrypt(r))
    if kind == "argon2":
        return LK("argon2", G.argon2(r))
    if kind == "user":
        return user(r)
    if kind == "url":  # url:scheme:port -> scheme://user:PW@IP:port/path
        sch, port = arg.split(",")
        return f"{sch}://{user(r)}:{PW(r, URL)}@{IP(r)}:{port}/app"
    return arg.replace("0.0.0.0", LK("ip_unspecified", "0.0.0.0"))


def render(r, fmt, fields, header=""):
    out = [header] if header else []
    for k, spec in fields:
        if spec == "":
            out.append(k)
            continue
        v = _val(r, spec, fmt)
        if fmt == "env":
            out.append(f"{k}={v}")
        elif fmt in ("ini", "props"):
            out.append(f"{k} = {v}" if fmt == "ini" else f"{k}={v}")
        elif fmt == "yaml":
            out.append(f"{k}: {v}")
        elif fmt == "toml":
            out.append(f"{k} = \"{v}\"")
        elif fmt == "conf":
            out.append(f"{k} {v}")
        elif fmt == "php":
            out.append(f"    '{k}' => '{v}',")
    return "\n".join(out) + "\n"


def cfgt(name, group, lang, path, fmt, fields, header="", footer=""):
    def fn(r):
        return render(r, fmt, fields, header) + footer
    fn.__name__ = name
    TEMPLATES.append((name, group, lang, path, fn))


DO = "data / observability config"
cfgt("druid_runtime_properties", DO, "properties", "conf/druid/cluster/_common/common.runtime.properties", "props", [
    ("druid.zk.service.host", "ip:"), ("druid.metadata.storage.connector.user", "user:"),
    ("druid.metadata.storage.connector.password", "pw:"), ("druid.escalator.internalClientPassword", "key:druid_escalator_secret"),
    ("druid.emitter.http.recipientBaseUrl", "plain:http://localhost:9999"), ("druid.host", "lip:private")],
    "# Druid common properties")
cfgt("pinot_controller_conf", DO, "properties", "conf/pinot-controller.conf", "props", [
    ("controller.zk.str", "ip:"), ("controller.admin.access.control.principals.admin.password", "pw:"),
    ("controller.segment.fetcher.auth.token", "key:hex64_secret"), ("controller.host", "lip:private"),
    ("pinot.controller.alert.email", "email:")])
cfgt("yugabyte_ysql_env", DO, "dotenv", "deploy/yugabyte.env", "env", [
    ("YSQL_HOST", "ip:"), ("YSQL_USER", "user:"), ("YSQL_PASSWORD", "pw:"), ("YB_MASTER_ADDRESSES", "lip:private"),
    ("YB_UNIVERSE_UUID", "uuid:universe"), ("YB_ALERT_EMAIL", "email:")], "# YugabyteDB client settings")
cfgt("ravendb_settings_json_like", DO, "ini", "RavenDB/settings.conf", "ini", [
    ("ServerUrl", "plain:https://0.0.0.0:443"), ("PublicServerUrl.Tcp", "ip:"), ("Security.Certificate.Password", "pw:"),
    ("Setup.Email", "email:"), ("License.Id", "uuid:license")], "[RavenDB]")
cfgt("singlestore_dsn", DO, "dotenv", "services/analytics/.env", "env", [
    ("SINGLESTORE_URL", "url:singlestoredb,3306"), ("SINGLESTORE_ADMIN_EMAIL", "email:"),
    ("SINGLESTORE_LICENSE", "key:b64_secret"), ("SINGLESTORE_LOCAL", "lip:loopback")])
cfgt("greenplum_gpload_yaml", DO, "yaml", "etl/gpload_orders.yml", "yaml", [
    ("VERSION", "v4:"), ("DATABASE", "plain:warehouse"), ("USER", "user:"), ("HOST", "ip:"),
    ("PORT", "plain:5432"), ("PASSWORD", "pw:"), ("NOTIFY", "email:"), ("ETL_HOST", "lip:private")],
    "# gpload control file")
cfgt("hana_hdbuserstore_script", DO, "shell", "scripts/hana_keys.sh", "conf", [
    ("hdbuserstore SET BACKUPKEY", "ip:"), ("# user/password follow:", ""), ("hdbuserstore SET BACKUPKEY_PW", "pw:"),
    ("# owner", "email:")], "#!/bin/sh\n# SAP HANA secure user store")
cfgt("sybase_interfaces", DO, "ini", "$SYBASE/interfaces.cfg", "ini", [
    ("query", "ip:"), ("sa_password", "pw:"), ("dba_contact", "email:"), ("standby", "lip:private")], "[LEDGER_ASE]")
cfgt("hsqldb_server_properties", DO, "properties", "server.properties", "props", [
    ("server.address", "ip:"), ("server.database.0", "plain:file:data/inventory"), ("server.remote_open", "plain:true"),
    ("sa.password", "pw:"), ("admin.mail", "email:")], "# HSQLDB server")
cfgt("monetdb_dotmonetdb", DO, "ini", ".monetdb", "props", [
    ("user", "user:"), ("password", "pw:"), ("host", "ip:"), ("language", "plain:sql")])
cfgt("opentsdb_conf", DO, "properties", "/etc/opentsdb/opentsdb.conf", "props", [
    ("tsd.network.bind", "ip:"), ("tsd.storage.hbase.zk_quorum", "lip:private"), ("tsd.http.auth.token", "key:alnum40_secret"),
    ("tsd.core.admin_email", "email:")])
cfgt("graphite_carbon_relay", DO, "ini", "/etc/carbon/carbon.conf", "ini", [
    ("DESTINATIONS", "ip:"), ("LINE_RECEIVER_INTERFACE", "lip:loopback"), ("AMQP_PASSWORD", "pw:"),
    ("AMQP_USER", "user:"), ("ADMIN_EMAIL", "email:")], "[relay]")
cfgt("thanos_objstore_yaml", DO, "yaml", "thanos/objstore.yml", "yaml", [
    ("type", "plain:S3"), ("config", "plain:"), ("  bucket", "plain:metrics-longterm"), ("  endpoint", "ip:"),
    ("  access_key", "key:aws_access_key_id"), ("  secret_key", "key:codebuild_aws_secret"), ("  insecure", "plain:false")])
cfgt("signoz_otel_collector", DO, "yaml", "signoz/otel-collector-config.yaml", "yaml", [
    ("exporters", "plain:"), ("  clickhouselogsexporter", "plain:"), ("    dsn", "url:tcp,9000"),
    ("    owner", "email:"), ("    fallback", "lip:private")])
cfgt("graylog_server_conf", DO, "conf", "/etc/graylog/server/server.conf", "ini", [
    ("password_secret", "key:graylog_password_secret"), ("root_password_sha2", "sha:"), ("root_email", "email:"),
    ("http_bind_address", "plain:0.0.0.0:9000"), ("http_publish_uri", "ip:"), ("transport_email_auth_password", "pw:")])
cfgt("seq_forwarder_env", DO, "dotenv", "seq/.env", "env", [
    ("SEQ_SERVER_URL", "ip:"), ("SEQ_API_KEY", "key:seq_api_key"), ("SEQ_FIRSTRUN_ADMINPASSWORD", "pw:"),
    ("SEQ_NOTIFY", "email:"), ("SEQ_LOCAL", "lip:loopback")])
cfgt("papertrail_log_files", DO, "yaml", "/etc/log_files.yml", "yaml", [
    ("files", "plain:"), ("  - /var/log/app/*.log", ""), ("destination", "plain:"), ("  host", "ip:"),
    ("  port", "plain:51234"), ("  api_token", "key:papertrail_api_token"), ("  contact", "email:")])
cfgt("lightstep_env", DO, "dotenv", "tracing.env", "env", [
    ("LS_ACCESS_TOKEN", "key:lightstep_access_token"), ("LS_SATELLITE_HOST", "ip:"), ("LS_SERVICE_VERSION", "ver:"),
    ("LS_OWNER", "email:")])
cfgt("prtg_api_script", DO, "shell", "scripts/prtg_push.env", "env", [
    ("PRTG_HOST", "ip:"), ("PRTG_USER", "user:"), ("PRTG_PASSHASH", "plain:"), ("PRTG_API_TOKEN", "key:prtg_api_token"),
    ("PRTG_NOTIFY", "email:"), ("PRTG_PROBE", "lip:private")])


@t(DO, "xml", "conf/controller-info.xml")
def appdynamics_controller_xml(r):
    return (f"<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<controller-info>\n  <controller-host>{IP(r)}</controller-host>\n"
            f"  <controller-port>8090</controller-port>\n  <account-name>customer1</account-name>\n"
            f"  <account-access-key>{K(r, 'appdynamics_access_key')}</account-access-key>\n"
            f"  <!-- owner: {EM(r)} -->\n  <node-name>{LIP(r, 'private')}</node-name>\n</controller-info>\n")


# =============================================================== self-hosted (12)
SH_ = "self-hosted / home lab"


@t(SH_, "xml", "/config/config.xml")
def lidarr_config_xml(r):
    return (f"<Config>\n  <BindAddress>*</BindAddress>\n  <Port>8686</Port>\n  <ApiKey>{K(r, 'lidarr_api_key')}</ApiKey>\n"
            f"  <AuthenticationMethod>Forms</AuthenticationMethod>\n  <PostgresHost>{IP(r)}</PostgresHost>\n"
            f"  <PostgresPassword>{PW(r, XML)}</PostgresPassword>\n  <InstanceName>{LUUID(r, 'instance')}</InstanceName>\n</Config>\n")


@t(SH_, "json", "Jackett/ServerConfig.json")
def jackett_server_config(r):
    d = {"Port": 9117, "AllowExternal": True, "APIKey": K(r, "jackett_api_key"), "AdminPassword": LK("sha512_hex", G.hexs(r, 128)),
         "ProxyUrl": IP(r), "ProxyPassword": PW(r, JSONC), "InstanceId": G.hexs(r, 0) + LK("instance_id", G.rs(r, 64, G.LOW + G.DIG)),
         "UpdateContact": EM(r)}
    return json.dumps(d, indent=2, ensure_ascii=False) + "\n"


cfgt("firefly_iii_env", SH_, "dotenv", "firefly/.env", "env", [
    ("APP_KEY", "key:firefly_app_key"), ("SITE_OWNER", "email:"), ("DB_HOST", "ip:"), ("DB_PASSWORD", "pw:"),
    ("STATIC_CRON_TOKEN", "key:hex32_secret"), ("TRUSTED_PROXIES", "lip:private"), ("MAIL_FROM", "lem:")])
cfgt("hedgedoc_env", SH_, "dotenv", "hedgedoc.env", "env", [
    ("CMD_DB_URL", "url:postgres,5432"), ("CMD_SESSION_SECRET", "key:hedgedoc_session_secret"),
    ("CMD_DOMAIN", "plain:notes.lan"), ("CMD_EMAIL", "plain:true"), ("CMD_ADMIN", "email:")])
cfgt("wikijs_config_yml", SH_, "yaml", "wiki/config.yml", "yaml", [
    ("port", "plain:3000"), ("db", "plain:"), ("  type", "plain:postgres"), ("  host", "ip:"), ("  user", "user:"),
    ("  pass", "pw:"), ("bindIP", "plain:0.0.0.0"), ("admin", "email:"), ("sessionSecret", "key:wikijs_jwt_secret")])
cfgt("flarum_config_php", SH_, "php", "config.php", "php", [
    ("host", "ip:"), ("username", "user:"), ("password", "pw:"), ("api_key", "key:flarum_api_key"),
    ("admin_email", "email:"), ("url", "plain:https://forum.lan")], "<?php return array (\n  'database' => array (",
    "  ),\n);\n")
cfgt("plausible_conf_env", SH_, "dotenv", "plausible-conf.env", "env", [
    ("BASE_URL", "plain:https://stats.lan"), ("SECRET_KEY_BASE", "key:plausible_secret_key_base"),
    ("DATABASE_URL", "url:postgres,5432"), ("MAILER_EMAIL", "email:"), ("SMTP_HOST_ADDR", "ip:"), ("SMTP_USER_PWD", "pw:")])
cfgt("listmonk_config_toml", SH_, "toml", "listmonk/config.toml", "toml", [
    ("[app]", ""), ("address", "plain:0.0.0.0:9000"), ("admin_username", "user:"), ("admin_password", "pw:"),
    ("[db]", ""), ("host", "ip:"), ("password", "pw:"), ("from_email", "email:")])
cfgt("searxng_settings_yml", SH_, "yaml", "searxng/settings.yml", "yaml", [
    ("server", "plain:"), ("  secret_key", "key:searxng_secret_key"), ("  bind_address", "lip:loopback"),
    ("  contact_url", "email:"), ("outgoing", "plain:"), ("  source_ips", "ip:")])
cfgt("directus_env", SH_, "dotenv", "directus/.env", "env", [
    ("KEY", "uuid:project"), ("SECRET", "key:directus_secret"), ("ADMIN_EMAIL", "email:"), ("ADMIN_PASSWORD", "pw:"),
    ("DB_HOST", "ip:"), ("DB_PASSWORD", "pw:")])
cfgt("vikunja_config_yml", SH_, "yaml", "vikunja/config.yml", "yaml", [
    ("service", "plain:"), ("  JWTSecret", "key:vikunja_jwt_secret"), ("database", "plain:"), ("  host", "ip:"),
    ("  password", "pw:"), ("mailer", "plain:"), ("  fromemail", "email:"), ("  host", "lip:private")])
cfgt("bbb_properties", SH_, "properties", "/etc/bigbluebutton/bbb-web.properties", "props", [
    ("securitySalt", "key:bbb_shared_secret"), ("bigbluebutton.web.serverURL", "ip:"), ("defaultMeetingContact", "email:"),
    ("redisPassword", "pw:"), ("turnServerIp", "ip:")])


# =============================================================== network (12)
NW = "network config"


def netcfg(name, path, body):
    def fn(r):
        return body(r)
    fn.__name__ = name
    TEMPLATES.append((name, NW, "text", path, fn))


netcfg("zte_zxr10_cfg", "zxr10-startup.cfg", lambda r: (
    f"hostname ZXR10-AGG1\nusername {user(r)} password {NP(r, 'pw_device_user')} privilege 15\n"
    f"snmp-server community {NP(r, 'snmp_community')} view AllView ro\nsnmp-server host {IP(r)} trap version 2c public\n"
    f"interface vlan 100\n ip address {LIP(r, 'private')} {LK('netmask', '255.255.255.0')}\n!\nntp server {IP(r)}\n"
    f"logging host {IP(r)}\n"))
netcfg("mellanox_onyx_cfg", "onyx-running.txt", lambda r: (
    f"## Mellanox Onyx running config\nusername admin password 0 {NP(r, 'pw_device_user')}\n"
    f"radius-server host {IP(r)} key {NP(r, 'radius_secret')}\nsnmp-server community {NP(r, 'snmp_community')} ro\n"
    f"interface mgmt0 ip address {LIP(r, 'private')} /24\nlogging {IP(r)}\n"))
netcfg("iosxr_config", "iosxr-pe1.cfg", lambda r: (
    f"hostname PE1\nusername noc\n secret 10 {LK('sha512crypt', G.sha512crypt(r))}\n!\nrouter bgp 64512\n neighbor {IP(r)}\n"
    f"  remote-as 65010\n  password clear {NP(r, 'bgp_password')}\n!\ntacacs-server host {IP(r)} port 49\n key 0 {NP(r, 'tacacs_secret')}\n"
    f"!\nntp server {LIP(r, 'private')}\n"))
netcfg("netscaler_ns_conf", "ns.conf", lambda r: (
    f"set ns config -IPAddress {IP(r)} -netmask {LK('netmask', '255.255.255.0')}\n"
    f"add system user {user(r)} {NP(r, 'pw_device_user')} -encrypted\nadd server web01 {LIP(r, 'private')}\n"
    f"add authentication ldapAction corp-ldap -serverIP {IP(r)} -ldapBindDn svc_ldap -ldapBindDnPassword {NP(r, 'ldap_bind_password')}\n"
    f"set snmp community {NP(r, 'snmp_community')} ALL\n"))
netcfg("a10_acos_cfg", "a10-thunder.cfg", lambda r: (
    f"hostname vThunder\nadmin {user(r)} password {NP(r, 'pw_device_user')}\n"
    f"slb server web-1 {LIP(r, 'private')}\nslb server dr-1 {IP(r)}\nlogging host {IP(r)}\n"
    f"snmp-server community read {NP(r, 'snmp_community')}\n"))
netcfg("ruckus_unleashed_cli", "ruckus-unleashed.txt", lambda r: (
    f"ruckus(config)# wlan corp-5g\nruckus(config-wlan)# encryption wpa2 passphrase {NP(r, 'wifi_passphrase')}\n"
    f"ruckus(config)# aaa radius-srv {IP(r)} secret {NP(r, 'radius_secret')}\n"
    f"ruckus(config)# syslog server {IP(r)}\nruckus(config)# email-alarm to {EM(r)}\nruckus(config)# gateway {LIP(r, 'private')}\n"))
netcfg("cambium_epmp_cfg", "epmp-config.json.txt", lambda r: (
    f"networkLanIPAddr={LIP(r, 'private')}\nsnmpReadOnlyCommunity={NP(r, 'snmp_community')}\n"
    f"wirelessSecurityWPA2PreSharedKey={NP(r, 'wifi_passphrase')}\nsyslogServerIP={IP(r)}\n"
    f"cnMaestroAccountId={LK('cnmaestro_account_id', G.rs(r, 10, G.UP + G.DIG))}\ncnMaestroURL={IP(r)}\n"))
netcfg("hillstone_stoneos", "stoneos.cfg", lambda r: (
    f"admin user {user(r)}\n  password {NP(r, 'pw_device_user')}\nexit\nipsec proposal p1\n"
    f"isakmp peer branch\n  peer {IP(r)}\n  pre-share {NP(r, 'ipsec_psk')}\nexit\nlogging syslog {IP(r)} vrouter trust-vr udp 514\n"))
netcfg("eltex_mes_cfg", "mes2324.cfg", lambda r: (
    f"hostname MES-2324\nusername {user(r)} password {NP(r, 'pw_device_user')} privilege 15\n"
    f"radius-server host {IP(r)} key {NP(r, 'radius_secret')}\nip address {LIP(r, 'private')} /24\n"
    f"sntp server {IP(r)}\nsnmp-server community {NP(r, 'snmp_community')} ro\n"))
netcfg("moxa_edr_ini", "edr-810.ini", lambda r: (
    f"[SYSTEM]\nDeviceName=EDR-810\nAdminPassword={NP(r, 'pw_device_user')}\n[NETWORK]\nWAN_IP={IP(r)}\nLAN_IP={LIP(r, 'private')}\n"
    f"[EMAIL]\nSMTPServer={IP(r)}\nMailTo={EM(r)}\nSMTPPassword={NP(r, 'smtp_password')}\n"))
netcfg("extreme_exos_cfg", "exos-primary.xsf", lambda r: (
    f"configure snmpv3 add community {NP(r, 'snmp_community')} name {NP(r, 'snmp_community')} user v1v2c_ro\n"
    f"configure radius primary server {IP(r)} 1812 client-ip {LIP(r, 'private')} vr VR-Mgmt\n"
    f"configure radius primary shared-secret {NP(r, 'radius_secret')}\nconfigure syslog add {IP(r)} vr VR-Mgmt local0\n"))
netcfg("adtran_aos_cfg", "adtran-netvanta.cfg", lambda r: (
    f"hostname NV3140\nenable password {NP(r, 'enable_password')}\nusername {user(r)} password {NP(r, 'pw_device_user')}\n"
    f"interface eth 0/1\n ip address {IP(r)} {LK('netmask', '255.255.255.252')}\n!\nip route {LK('ip_unspecified', '0.0.0.0')} {LK('ip_unspecified', '0.0.0.0')} {IP(r)}\n"))


# =============================================================== shell (11)
CL = "command line / shell"


@t(CL, "shell", ".local/share/oils/history")
def ysh_history(r):
    return (f"var db = 'postgres://app:{PW(r, URL)}@{IP(r)}:5432/app'\npsql $db -c 'select 1'\n"
            f"setglobal VT_KEY = '{K(r, 'virustotal_api_key')}'\ncurl -H \"x-apikey: $VT_KEY\" https://www.virustotal.com/api/v3/ip_addresses/{IP(r)}\n"
            f"git log -1 {LGIT(r)}\n")


@t(CL, "shell", ".config/ion/initrc")
def ion_initrc(r):
    return (f"export HUNTER_API_KEY = \"{K(r, 'hunter_api_key')}\"\nexport BASTION = \"{IP(r)}\"\n"
            f"export GIT_COMMITTER_EMAIL = \"{EM(r)}\"\nalias tunnel = \"ssh -L 5432:{LIP(r, 'private')}:5432 ops@$BASTION\"\n")


@t(CL, "shell", ".murex_profile")
def murex_profile(r):
    return (f"set str PROXY_HOST={IP(r)}\nexport SECURITYTRAILS_KEY={K(r, 'securitytrails_api_key')}\n"
            f"config set shell prompt {{ out: \"{EM(r)} » \" }}\nexport LAN_DNS={LIP(r, 'private')}\n")


@t(CL, "shell", ".yashrc")
def yash_rc(r):
    return (f"# yash rc\nexport SMTP_RELAY={IP(r)}\nexport SMTP_PASS={PW(r, SH)}\nexport MAILFROM={EM(r)}\n"
            f"alias vpn='openconnect --user={user(r)} {IP(r)}'\n")


@t(CL, "shell", ".tmux.conf")
def tmux_conf(r):
    return (f"set -g status-right '#(curl -s http://{IP(r)}:9100/health)'\nset-environment -g AI21_API_KEY {K(r, 'ai21_api_key')}\n"
            f"set-environment -g GIT_AUTHOR_EMAIL {EM(r)}\nbind-key D run-shell 'ssh {LIP(r, 'private')} uptime'\n")


@t(CL, "shell", ".screenrc")
def screenrc(r):
    return (f"screen -t prod ssh -i ~/.ssh/id_ed25519 ops@{IP(r)}\nscreen -t db mysql -h {IP(r)} -u {user(r)} -p{PW(r, SH)} ledger\n"
            f"screen -t local ssh {LIP(r, 'loopback')}\nsetenv NOTIFY {EM(r)}\n")


@t(CL, "shell", ".envrc")
def direnv_envrc(r):
    return (f"export DATABASE_URL=postgres://dev:{PW(r, URL)}@{IP(r)}:5432/dev\nexport FRONTEGG_API_KEY={K(r, 'frontegg_api_key')}\n"
            f"export OWNER_EMAIL={EM(r)}\nexport OTEL_EXPORTER_OTLP_ENDPOINT=http://{LIP(r, 'private')}:4317\ndotenv_if_exists .env.local\n")


@t(CL, "toml", "mise.toml")
def mise_toml(r):
    return (f"[tools]\nnode = \"20\"\n\n[env]\nAPI_HOST = \"{IP(r)}\"\nKUSHKI_PRIVATE_ID = \"{K(r, 'kushki_private_id')}\"\n"
            f"DB_PASSWORD = \"{PW(r, CODE)}\"\nMAINTAINER = \"{EM(r)}\"\nLOCAL_REDIS = \"{LIP(r, 'loopback')}\"\n")


@t(CL, "make", "justfile")
def justfile(r):
    return (f"host := \"{IP(r)}\"\nexport TRANSBANK_API_KEY := \"{K(r, 'transbank_api_key')}\"\n\ndeploy:\n    rsync -a dist/ deploy@{{{{host}}}}:/srv/app\n"
            f"\nnotify:\n    mail -s done {EM(r)} < /dev/null\n\nbackup:\n    pg_dump \"postgres://bk:{PW(r, URL)}@{IP(r)}/app\" > app.sql\n")


@t(CL, "ruby", "Rakefile")
def rakefile(r):
    return (f"SERVER = '{IP(r)}'\nINFISICAL_TOKEN = '{K(r, 'infisical_service_token')}'\n\n"
            f"task :deploy do\n  sh \"scp pkg/*.gem deploy@#{{SERVER}}:/srv/gems\"\n  sh \"mail -s deployed {EM(r)}\"\nend\n")


@t(CL, "ini", ".aria2/aria2.conf")
def aria2_conf(r):
    return (f"rpc-listen-all=false\nrpc-secret={K(r, 'hex32_secret')}\nall-proxy=http://{IP(r)}:3128\n"
            f"all-proxy-user={user(r)}\nall-proxy-passwd={PW(r, INI)}\nftp-passwd={PW(r, INI)}\ninterface={LIP(r, 'private')}\n")


# =============================================================== logs (9)
LG = "log / stack trace"


@t(LG, "log", "/var/log/maillog")
def sendmail_maillog(r):
    return (f"Mar  3 04:12:09 mx1 sendmail[2211]: 52T4C9x2002211: from=<{EM(r)}>, size=4211, class=0, nrcpts=1, relay=[{IP(r)}]\n"
            f"Mar  3 04:12:10 mx1 sendmail[2212]: 52T4C9x2002211: to=<{EM(r)}>, delay=00:00:01, mailer=esmtp, relay=mx.lan. [{LIP(r, 'private')}], stat=Sent\n"
            f"Mar  3 04:13:41 mx1 sendmail[2290]: AUTH=server, relay=[{IP(r)}], authid={user(r)}, mech=PLAIN, bits=0 passwd={PW(r, NET)}\n")


@t(LG, "log", "journal-export.txt")
def journalctl_export(r):
    return (f"Apr 11 09:02:11 web1 sshd[9921]: Failed password for invalid user admin from {IP(r)} port 51234 ssh2\n"
            f"Apr 11 09:02:15 web1 sshd[9921]: Accepted publickey for ops from {IP(r)} port 40022 ssh2: ED25519 {LK('ssh_fingerprint', G.ssh_fp(r))}\n"
            f"Apr 11 09:03:00 web1 app[311]: starting with DB_PASSWORD={PW(r, SH)} (debug dump)\n"
            f"Apr 11 09:03:01 web1 app[311]: bound to {LIP(r, 'private')}:8080\n")


@t(LG, "log", "/var/log/ufw.log")
def ufw_block_log(r):
    lines = []
    for _ in range(3):
        lines.append(f"Jun  2 22:41:0{r.randint(0, 9)} gw kernel: [UFW BLOCK] IN=eth0 OUT= MAC={LK('mac', G.mac(r))} SRC={IP(r)} DST={LIP(r, 'private')} LEN=60 PROTO=TCP SPT={r.randint(1024, 65000)} DPT=22")
    return "\n".join(lines) + "\n"


@t(LG, "text", "/var/lib/dhcp/dhcpd.leases")
def dhcpd_leases(r):
    return (f"lease {LIP(r, 'private')} {{\n  starts 4 2024/05/16 10:01:22;\n  hardware ethernet {LK('mac', G.mac(r))};\n"
            f"  client-hostname \"kiosk-3\";\n}}\n# failover peer {IP(r)} (secret {K(r, 'hmac_key_b64url')})\n"
            f"# OMAPI key: {K(r, 'b64_secret')}\n")


@t(LG, "log", "/var/log/guacamole/guacd.log")
def guacamole_log(r):
    return (f"guacd[1203]: INFO:  Creating new client for protocol \"rdp\"\n"
            f"guacd[1203]: DEBUG: Connection params: hostname={IP(r)} username={user(r)} password={PW(r, SH)}\n"
            f"guacd[1203]: INFO:  User \"{EM(r)}\" joined connection {LUUID(r, 'connection')}\n"
            f"guacd[1203]: INFO:  Listening on host {LIP(r, 'loopback')}, port 4822\n")


@t(LG, "log", "x11vnc.log")
def x11vnc_log(r):
    return (f"05/07/2024 08:12:01 x11vnc version: {LVER(r)}\n05/07/2024 08:12:02 -passwd {PW(r, SH)} given on command line\n"
            f"05/07/2024 08:13:44 Got connection from client {IP(r)}\n05/07/2024 08:14:02 other clients: {LIP(r, 'private')}\n")


@t(LG, "log", "ad_svc.trace")
def anydesk_trace(r):
    return (f"   info 2024-06-01 10:02:11.102  back  4411  main  app.session - Incoming session request: {EM(r)} ({r.randint(100000000, 999999999)})\n"
            f"   info 2024-06-01 10:02:11.450  back  4411  main  net.connection - Connecting to relay {IP(r)}:443\n"
            f"warning 2024-06-01 10:02:12.001 back 4411 main app.unattended - password for unattended access set to {PW(r, SH)} (legacy log)\n"
            f"   info 2024-06-01 10:02:12.300  back  4411  main  net.local - LAN discovery {LIP(r, 'private')}\n")


@t(LG, "log", "TeamViewer15_Logfile.log")
def teamviewer_log(r):
    return (f"2024/07/03 11:22:01.551  2211  2230 S0   CKeepAliveClientClient::HandleKeepAliveConnect: Keepalive connected to {IP(r)}\n"
            f"2024/07/03 11:22:05.001  2211  2230 S0   Account login {EM(r)} token {K(r, 'alnum40_secret')}\n"
            f"2024/07/03 11:22:09.120  2211  2230 S0   LAN IP {LIP(r, 'private')}\n")


@t(LG, "log", "raygun-crash.log")
def raygun_crash(r):
    return (f"Unhandled exception: Npgsql.NpgsqlException: Failed to connect to {IP(r)}:5432\n"
            f"   Connection string: Host={IP(r)};Username={user(r)};Password={PW(r, URL)};Database=orders\n"
            f"   at Npgsql.NpgsqlConnector.Connect()\nRaygunSettings.ApiKey={K(r, 'raygun_api_key')} user={EM(r)}\n")


# =============================================================== chat / ticket (7)
CT = "chat / ticket / email"


@t(CT, "json", "signal-cli-rest/send.json")
def signal_cli_rest(r):
    d = {"message": f"db failover to {IP(r)} done, pw is {PW(r, JSONC)}", "number": "+4915112345678",
         "recipients": ["+4917612345678"], "base64_attachments": [], "api_token": K(r, "signal_cli_rest_token"),
         "from_account": EM(r)}
    return json.dumps(d, indent=2, ensure_ascii=False) + "\n"


@t(CT, "python", "notify_gchat.py")
def google_chat_webhook(r):
    return (f"import json, urllib.request\n\nWEBHOOK = ('https://chat.googleapis.com/v1/spaces/AAAA{LK('gchat_space_id', G.rs(r, 7))}/messages'\n"
            f"           '?key={K(r, 'google_chat_webhook_key')}&token={K(r, 'google_chat_webhook_token')}')\n"
            f"body = {{'text': 'backup from {IP(r)} finished, owner {EM(r)}'}}\n"
            f"urllib.request.urlopen(urllib.request.Request(WEBHOOK, json.dumps(body).encode()))\n")


@t(CT, "text", "mantis-bugnote-4411.txt")
def mantis_bugnote(r):
    return (f"Bugnote (0012231) by {EM(r)}\n-------------------------\nReproduced against {IP(r)}. The REST call needs\n"
            f"Authorization: {K(r, 'mantis_api_token')}\nStaging box {LIP(r, 'private')} uses the reporter account, password {PW(r, SH)}\n"
            f"Fixed in commit {LGIT(r)}.\n")


@t(CT, "text", "trac-ticket-881.txt")
def trac_ticket(r):
    return (f"Ticket #881 (defect) - LDAP sync fails\nReported by: {EM(r)}\nDescription:\n  The bind against {IP(r)} fails.\n"
            f"  trac.ini has [ldap] bind_passwd = {PW(r, INI)}\n  Please rotate; cc {LEM(r)}\n")


@t(CT, "shell", "osticket_cron.sh")
def osticket_api(r):
    return (f"curl -d @ticket.json -H 'X-API-Key: {K(r, 'osticket_api_key')}' https://{IP(r)}/api/tickets.json\n"
            f"# key is bound to source IP {IP(r)}; requester {EM(r)}\n")


@t(CT, "email", "rt-ticket-5521.eml")
def request_tracker_eml(r):
    return (f"From: {EM(r)}\nTo: {EM('co' and r, 'role')}\nSubject: [rt.corp #5521] VPN for contractor\nMessage-ID: <{LK('message_id', G.rs(r, 16, G.LOW + G.DIG) + '@rt.corp.example')}>\n\n"
            f"Hi, the contractor VPN endpoint is {IP(r)}. Temporary password: {PW(r, SH)}\nREST token for the bot: {K(r, 'rt_auth_token')}\n")


@t(CT, "markdown", "taiga-us-132.md")
def taiga_userstory(r):
    return (f"## US #132 Move media to new object store\n\n- endpoint: `{IP(r)}`\n- access id `{K(r, 'aws_access_key_id')}`, secret `{K(r, 'codebuild_aws_secret')}`\n"
            f"- owner: {EM(r)}\n- old bucket host {LIP(r, 'private')}\n")


# =============================================================== SQL / CSV (4)
SQ = "SQL / CSV"


@t(SQ, "sql", "derby/setup.sql")
def derby_ij_sql(r):
    return (f"connect 'jdbc:derby://{IP(r)}:1527/inventory;user={user(r)};password={PW(r, URL)}';\n"
            f"CALL SYSCS_UTIL.SYSCS_CREATE_USER('{user(r)}', '{PW(r, CODE)}');\n"
            f"INSERT INTO contacts VALUES ('{EM(r)}', '{LIP(r, 'private')}');\n")


@t(SQ, "sql", "h2/init.sql")
def h2_init_sql(r):
    return (f"CREATE USER IF NOT EXISTS REPORTER PASSWORD '{PW(r, CODE)}';\n"
            f"CREATE LINKED TABLE ORDERS_REMOTE('org.postgresql.Driver', 'jdbc:postgresql://{IP(r)}/shop', 'shop', '{PW(r, CODE)}', 'ORDERS');\n"
            f"INSERT INTO ADMINS(EMAIL) VALUES ('{EM(r)}');\n")


@t(SQ, "csv", "keeper_export.csv")
def keeper_export_csv(r):
    rows = ["Folder,Title,Login,Password,Website Address,Notes"]
    for _ in range(3):
        rows.append(f"Infra,{host(r)},{EM(r)},{PW(r, CSV)},https://{IP(r)}/,")
    rows.append(f"Infra,lab-router,admin,{LPH(r)},http://{LIP(r, 'private')}/,")
    return "\n".join(rows) + "\n"


@t(SQ, "sql", "materialize/sources.sql")
def materialize_connection_sql(r):
    return (f"CREATE SECRET pgpass AS '{PW(r, CODE)}';\nCREATE CONNECTION pg TO POSTGRES (HOST '{IP(r)}', PORT 5432, USER '{user(r)}',\n"
            f"  PASSWORD SECRET pgpass, DATABASE 'shop');\nCOMMENT ON CONNECTION pg IS 'owner {EM(r)}';\n")


# =============================================================== notebook (2), HTTP (3), review (2), mobile (2)
@t("notebook", "notebook", "analysis.ipynb")
def deepnote_ipynb(r):
    cells = [{"cell_type": "code", "metadata": {"deepnote_cell_type": "code"}, "execution_count": 1, "outputs": [],
              "source": ["import os\n", f"UNSTRUCTURED_API_KEY = \"{K(r, 'unstructured_api_key')}\"\n",
                         f"DB = \"postgresql://nb:{PW(r, URL)}@{IP(r)}:5432/warehouse\"\n", f"# author {EM(r)}\n"]}]
    return json.dumps({"cells": cells, "metadata": {}, "nbformat": 4, "nbformat_minor": 5}, indent=1, ensure_ascii=False) + "\n"


@t("notebook", "javascript", "observable/geo.js")
def observable_notebook(r):
    return (f"locationiqKey = \"{K(r, 'locationiq_token')}\"\n\nw3w = \"{K(r, 'what3words_api_key')}\"\n\n"
            f"tiles = `http://{IP(r)}:8080/tiles/{{z}}/{{x}}/{{y}}.png`\n\n// forked from a notebook by {EM(r)}\n")


@t("HTTP / API client export", "json", ".restfox/env.json")
def restfox_env(r):
    d = {"name": "prod", "environment": {"base": f"https://{IP(r)}", "token": K(r, "nuvei_secret_key"),
                                          "user": EM(r), "local": LIP(r, "loopback")}}
    return json.dumps(d, indent=2, ensure_ascii=False) + "\n"


@t("HTTP / API client export", "json", "apidog-env.json")
def apidog_env(r):
    d = {"environments": [{"name": "sandbox", "baseUrl": f"http://{IP(r)}:8080",
                           "variables": [{"name": "moyasar_key", "value": K(r, "moyasar_secret_key")},
                                         {"name": "tabby_key", "value": K(r, "tabby_secret_key")},
                                         {"name": "requestId", "value": LUUID(r, "request")},
                                         {"name": "login", "value": EM(r)}]}]}
    return json.dumps(d, indent=2, ensure_ascii=False) + "\n"


@t("HTTP / API client export", "json", "requestly-rules.json")
def requestly_rules(r):
    d = [{"name": "inject auth", "ruleType": "Headers", "pairs": [{"header": "X-Api-Key", "value": K(r, "hyperpay_access_token")},
          {"header": "X-Forwarded-For", "value": IP(r)}], "createdBy": EM(r), "id": LUUID(r, "rule")}]
    return json.dumps(d, indent=2, ensure_ascii=False) + "\n"


@t("commit / review", "text", "fossil-checkin.txt")
def fossil_checkin(r):
    return (f"check-in: {LK('fossil_artifact_id', G.sha256(r))}\nuser: {EM(r)}\ncomment: Remove leaked PayU secret {K(r, 'payu_client_secret')}\n"
            f"  from config; it was also valid on {IP(r)}. New one is in the vault.\n")


@t("commit / review", "text", "review-board-comment.txt")
def review_board_comment(r):
    return (f"Review request #4410 - diff revision 3\n{EM(r)} commented on settings/prod.py line 42:\n"
            f"> KHIPU_SECRET = \"{K(r, 'khipu_secret')}\"\nPlease don't commit this; also the DB password {PW(r, SH)} for {IP(r)}.\n"
            f"Base commit {LGIT(r)}.\n")


@t("mobile / IDE config", "ini", "buildozer.spec")
def buildozer_spec(r):
    return (f"[app]\ntitle = Field Survey\npackage.domain = org.survey\nversion = {LVER(r)}\n"
            f"android.release_keystore_password = {PW(r, INI, 'keystore_password')}\nandroid.release_keyalias_password = {PW(r, INI, 'keystore_password')}\n"
            f"[app:env]\nAPI_HOST = {IP(r)}\nSUPPORT = {EM(r)}\n")


@t("mobile / IDE config", "json", "cordova/build.json")
def cordova_build_json(r):
    d = {"android": {"release": {"keystore": "release.keystore", "storePassword": PW(r, JSONC, "keystore_password"),
                                 "alias": "upload", "password": PW(r, JSONC, "keystore_password")}},
         "ios": {"release": {"developmentTeam": LK("apple_team_id", G.rs(r, 10, G.UP + G.DIG))}},
         "backend": IP(r), "owner": EM(r)}
    return json.dumps(d, indent=2, ensure_ascii=False) + "\n"


# =============================================================== unusual (5)
UF = "unusual format"


@t(UF, "xml", "confCons.xml")
def mremoteng_confcons(r):
    return (f"<Connections Name=\"Connections\" Protected=\"{LK('mremoteng_protected', G.b64(r, 64))}\">\n"
            f"  <Node Name=\"dc01\" Hostname=\"{IP(r)}\" Username=\"{user(r)}\" Password=\"{LK('mremoteng_encrypted_password', G.b64(r, 48))}\" />\n"
            f"  <Node Name=\"lab\" Hostname=\"{LIP(r, 'private')}\" Username=\"{EM(r)}\" />\n</Connections>\n")


@t(UF, "ini", "SecureCRT/Sessions/prod.ini")
def securecrt_session(r):
    return (f"S:\"Hostname\"={IP(r)}\nS:\"Username\"={user(r)}\nS:\"Password V2\"=02:{LK('securecrt_encrypted', G.hexs(r, 96))}\n"
            f"S:\"Firewall Name\"={LIP(r, 'private')}\nS:\"Login Script V3\"=send {PW(r, INI)}\n")


@t(UF, "ini", "MobaXterm.ini")
def mobaxterm_ini(r):
    return (f"[Bookmarks]\nSubRep=\nImgNum=42\nprod-db=#109#0%{IP(r)}%22%{user(r)}%%-1%-1%%%\n[Passwords]\n"
            f"ssh22:{user(r)}@{IP(r)}={LK('mobaxterm_encrypted', G.b64(r, 30))}\n[Misc]\nRelayPassword={PW(r, INI)}\nContact={EM(r)}\n")


@t(UF, "text", "dc01.rdp")
def freerdp_rdp_file(r):
    return (f"full address:s:{IP(r)}\nusername:s:CORP\\{user(r)}\npassword 51:b:{LK('dpapi_blob', G.hexs(r, 120).upper())}\n"
            f"gatewayhostname:s:{IP(r)}\nalternate shell:s:\nremoteapplicationcmdline:s:/pass:{PW(r, SH)}\n")


@t(UF, "yaml", ".config/tabby/config.yaml")
def tabby_config(r):
    return (f"profiles:\n  - type: ssh\n    name: prod\n    options:\n      host: {IP(r)}\n      user: {user(r)}\n"
            f"      password: {PW(r, YAML)}\n  - type: ssh\n    name: lab\n    options:\n      host: {LIP(r, 'private')}\n"
            f"      user: {EM(r)}\nversion: 8\n")


# =============================================================== prose (27)
PR = "docs / prose"


@t(PR, "markdown", "docs/runbooks/turbine-scada-ingest.md")
def runbook_turbine_scada(r):
    return (f"# Turbine SCADA ingest runbook\n\n1. SSH to the collector at {IP(r)} (jump host {LIP(r, 'private')}).\n"
            f"2. The historian account is `{user(r)}` with password `{PW(r, SH)}` until rotation.\n"
            f"3. Forecast API key: `{K(r, 'hex32_secret')}`. Escalate to {EM(r)}.\n"
            f"4. Do not confuse the release checksum `{LSHA(r)}` with a key.\n")


@t(PR, "markdown", "docs/postmortems/2024-virustotal-key.md")
def postmortem_virustotal_key(r):
    return (f"# Postmortem: VirusTotal key in a public gist\n\nOn 12 March {EM(r)} pasted a debug script containing\n"
            f"`{K(r, 'virustotal_api_key')}` and the scanner host {IP(r)}. The key was revoked; the replacement is in the vault.\n"
            f"Reporter: {EM(r)}. Request id {LUUID(r, 'request')}.\n")


NOTES = [
    ("lower_sorbian", "gronidło", "kluc", "Chóśebuz", "Serwer", "Zdźěłenje"),
    ("northern_sami", "beassansátni", "čoavdda", "Guovdageaidnu", "Bálvvás", "Diehtu"),
    ("karelian", "salasana", "avain", "Petroskoi", "Palvelin", "Ilmoitus"),
    ("latgalian", "parole", "atslāgs", "Rēzekne", "Serveris", "Zinia"),
    ("zazaki", "şifre", "kilît", "Dêrsim", "Server", "Not"),
    ("bhojpuri", "पासवर्ड", "चाभी", "बलिया", "सर्वर", "सूचना"),
    ("sanskrit", "गुप्तशब्दः", "कुञ्चिका", "काशी", "सेवकः", "सूचना"),
    ("ido", "pasvorto", "klefo", "Parizo", "Servilo", "Noto"),
    ("mirandese", "palabra-passe", "chabe", "Miranda", "Serbidor", "Nota"),
    ("neapolitan", "parola segreta", "chiave", "Napule", "Server", "Appunto"),
    ("piedmontese", "paròla segreta", "ciav", "Turin", "Server", "Nòta"),
    ("mauritian_creole", "modpas", "lakle", "Porlwi", "Server", "Not"),
    ("interlingue", "passa-parol", "clave", "Tallinn", "Servitor", "Nota"),
    ("toki_pona", "nimi len", "ilo open", "Tomalinja", "ilo lawa", "sona"),
    ("hunsrik", "Passwoot", "Schlissel", "Novo Hamburgo", "Server", "Notiz"),
    ("plautdietsch", "Passwuat", "Schlätel", "Steinbach", "Server", "Notiz"),
    ("jerriais", "mot d'passe", "clié", "St Hélyi", "Sèrveux", "Nouote"),
    ("voro", "salasõna", "võti", "Võro", "Serveri", "Tiidüs"),
    ("veps", "salasana", "avadim", "Šoutjärv", "Server", "Tedotuz"),
    ("tachelhit", "ⴰⵡⴰⵍ ⵏ ⵓⵣⵔⴰⵢ", "ⵜⴰⵙⴰⵔⵓⵜ", "ⵜⵉⵣⵏⵉⵜ", "ⴰⵎⵙⵙⵓⴷⵙ", "ⵜⴰⵏⵖⵎⵉⵙⵜ"),
    ("saraiki", "پاس ورڈ", "چابی", "ملتان", "سرور", "اطلاع"),
    ("awadhi", "पासवर्ड", "ताली", "लखनऊ", "सर्वर", "सूचना"),
    ("kumyk", "пароль", "ачгъыч", "Магьачкъала", "Сервер", "Билдирив"),
    ("balinese", "kruna sandi", "kunci", "Singaraja", "Server", "Pangeling"),
    ("ladin", "parola de segurëza", "tlé", "Urtijëi", "Server", "Nota"),
]


def _note(lang, pw_word, key_word, place, server_word, note_word):
    def fn(r):
        v = r.choice([0, 1, 2])
        _, pwn = G.password(r, "-_.")
        native = f"{place.replace(' ', '')}{r.randint(10, 99)}{r.choice('!.#')}"
        lines = [f"{note_word} / handover ({lang.replace('_', ' ')})", "",
                 f"{server_word}: {IP(r)} ({LIP(r, 'private')})",
                 f"{pw_word}: {m('PASSWORD', 'pw_' + G.password(r, '-_.')[0], pwn)}",
                 f"- {key_word} ({K(r, r.choice(['hex64_secret', 'alnum40_secret', 'opencage_api_key', 'securitytrails_api_key']))})",
                 f"- {pw_word} ({m('PASSWORD', 'pw_native', native)})",
                 f"{EM(r)} / {LEM(r)}"]
        if v == 1:
            lines.append(f"{key_word} {K(r, 'stability_api_key')}.")
        elif v == 2:
            lines.append(f"{pw_word} = {PW(r, '-_.')}, {server_word} {IP(r)}.")
        else:
            lines.append(f"{LVER(r)} / {LGIT(r)}")
        return "\n".join(lines) + "\n"
    name = f"note_{lang}"
    fn.__name__ = name
    TEMPLATES.append((name, PR, "text", f"notes/{lang}.txt", fn))


for _row in NOTES:
    _note(*_row)
