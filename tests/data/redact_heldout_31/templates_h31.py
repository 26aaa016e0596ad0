"""Templates for held-out set 31 (written from scratch for this set).

Each template is a function of a `gen_h31.G` that returns marked text (see gen_h31). `REG` lists
(name, context class, lang, path, function).
"""
import base64
import json

from gen_h31 import raw

REG = []


def T(name, cls, lang, path):
    def deco(f):
        REG.append((name, cls, lang, path, f))
        return f
    return deco


def J(obj, indent=2):
    return json.dumps(obj, ensure_ascii=False, indent=indent) + "\n"


CODE = "code / config assignment"
PKG = "packaging / build"
RES = "research / library systems"
MAKER = "maker / radio / energy"
SHOP = "shop / self-hosted"
NB = "notebook"
CHAT = "chat / ticket / email"
LOG = "log"
GIS = "GIS / HPC / workflow config"
ODD = "unusual format"
DOCS = "docs / prose"

# ====================================================================================================================
# code / config assignment (12)
# ====================================================================================================================


@T("free_pascal_unit", CODE, "freepascal", "src/uplink/UplinkConfig.pas")
def _(g):
    return f"""unit UplinkConfig;

{{$mode objfpc}}{{$H+}}

interface

const
  UplinkHost     = '{g.ip('uplink_ip')}';
  UplinkPort     = 7300;
  UplinkUser     = 'beacon';
  UplinkPassword = '{g.pw('uplink_password', 'quoted')}';
  // TODO rotate before the club fair
  FallbackHost   = '{g.priv()}';
  ReportTo       = '{g.em('maintainer_email')}';
  SigningKey     = '{g.K('signing_key', g.hex(40))}';
  BuildTag       = '{g.ver()}';
  MirrorHost6    = '{g.ip6('mirror_ipv6')}';
  StatsToken     = '{g.K('stats_token', g.aln(32))}';

implementation

end.
"""


@T("apl_workspace_script", CODE, "apl", "ws/ledger/Connect.aplf")
def _(g):
    return f"""⍝ Connect — open the members ledger over the club VPN
⍝ maintainer: {g.em('maintainer_email')}
 r←Connect dummy;host;user;pass;tok
 host←'{g.ip('db_ip')}'
 user←'ledger_ro'
 pass←'{g.pw('db_password', 'quoted')}'
 tok←'{g.K('api_token', 'ldg_' + g.aln(36))}'
 ⍝ treasurer copy goes to {g.em('treasurer_email')} via {g.ip('smtp_ip')}
 ⍝ old box, kept for reference: '{g.priv()}'
 ⍝ sample row id {g.luuid('record_uuid')}
 r←#.SQA.Connect'ledger' 'odbc' host user pass
"""


@T("pawn_gamemode", CODE, "pawn", "gamemodes/quayside_rp.pwn")
def _(g):
    return f"""#include <a_samp>

#define MYSQL_HOST      "{g.ip('db_ip')}"
#define MYSQL_USER      "quayside"
#define MYSQL_PASS      "{g.pw('db_password', 'quoted')}"
#define MYSQL_DB        "quayside_rp"
#define RCON_PASSWORD   "{g.pw('rcon_password', 'quoted')}"
#define STATS_API_KEY   "{g.K('api_key', g.hex(32))}"
// listed server: {g.ip('game_server_ip')}:7777  (local test: {g.priv()}:7777)
// complaints -> {g.em('support_email')}

public OnGameModeInit()
{{
    SetGameModeText("Quayside RP {raw(g.ver())}");
    return 1;
}}
"""


@T("inno_setup_iss", CODE, "inno", "installer/kilnwatch.iss")
def _(g):
    return f"""; Inno Setup script for the kiln monitor desktop client
[Setup]
AppName=Kilnwatch Client
AppVersion={g.ver()}
AppPublisher=Thornbury Makers
AppPublisherURL=https://thornbury-makers.org/
AppContact={g.em('publisher_email')}
DefaultDirName={{autopf}}\\Kilnwatch
SignTool=signer sign /f $qcert.pfx$q /p {g.pw('code_signing_password', 'shell')} $f

[Code]
const
  UpdatePassword = '{g.pw('update_password', 'quoted')}';
  UpdateMirror = '{g.ip6('update_ipv6')}';

[Registry]
Root: HKLM; Subkey: "Software\\Kilnwatch"; ValueType: string; ValueName: "Server"; ValueData: "{g.ip('server_ip')}"
Root: HKLM; Subkey: "Software\\Kilnwatch"; ValueType: string; ValueName: "LicenceKey"; ValueData: "{g.K('licence_key', '-'.join(g.upr(5) for _ in range(5)))}"
Root: HKLM; Subkey: "Software\\Kilnwatch"; ValueType: string; ValueName: "LanFallback"; ValueData: "{g.priv()}"
Root: HKLM; Subkey: "Software\\Kilnwatch"; ValueType: string; ValueName: "ProductCode"; ValueData: "{{{{{g.luuid('product_code_uuid')}}}"
"""


@T("lotusscript_agent", CODE, "lotusscript", "agents/NightlyExport.lss")
def _(g):
    return f"""Option Public
Option Declare

Sub Initialize
    Dim session As New NotesSession
    Dim smtpHost As String, smtpUser As String, smtpPass As String
    smtpHost = "{g.ip('smtp_ip')}"
    smtpUser = "{g.em('email_username')}"
    smtpPass = "{g.pw('smtp_password', 'quoted')}"
    ' export token issued by the archive office
    Const EXPORT_TOKEN = "{g.K('export_token', g.b64u(43))}"
    ' test relay: {g.tnet()}  sender in docs: {g.resem()}
    Call SendReport(smtpHost, smtpUser, smtpPass, "{g.em('report_recipient')}")
End Sub
"""


@T("cfml_application_cfc", CODE, "cfml", "site/Application.cfc")
def _(g):
    return f"""component {{
    this.name = "parishBooking";
    this.datasources["booking"] = {{
        class: "org.postgresql.Driver",
        connectionString: "jdbc:postgresql://{g.ip('db_ip')}:5432/booking",
        username: "booking_app",
        password: "{g.pw('db_password', 'quoted')}"
    }};
    this.mailservers = [{{
        host: "smtp.{g.company()}", port: 587,
        username: "{g.em('email_username')}",
        password: "{g.pw('smtp_password', 'quoted')}"
    }}];
    this.paymentKey = "{g.K('payment_secret_key', 'psk_live_' + g.aln(32))}";
    // this.paymentKey = "{g.ph('psk_test_REPLACE_ME')}";
    this.adminIp = "{g.priv()}";
}}
"""


@T("freebasic_program", CODE, "freebasic", "tools/sensorpush.bas")
def _(g):
    return f"""' sensorpush.bas - push greenhouse readings
Const SERVER_IP = "{g.ip('server_ip')}"
Const SERVER_PORT = 1883
Const MQTT_USER = "greenhouse"
Const MQTT_PASS = "{g.pw('mqtt_password', 'quoted')}"
Const INGEST_KEY = "{g.K('ingest_key', g.hex(40))}"
' Const MQTT_PASS = "{g.pw('mqtt_password', 'quoted')}"   ' last season
Dim Shared As String LocalGw = "{g.priv()}"
Dim Shared As String AlertMail = "{g.em('alert_email')}"
Dim Shared As String BackupHost = "{g.ip6('backup_ipv6')}"
Print "sensorpush {raw(g.ver())} -> "; SERVER_IP
"""


@T("clipper_prg", CODE, "clipper", "src/stockrun.prg")
def _(g):
    return f"""* STOCKRUN.PRG -- nightly stock upload to the wholesaler
#define WHOLESALE_HOST  "{g.ip('ftp_ip')}"
#define WHOLESALE_USER  "shop0417"
#define WHOLESALE_PASS  "{g.pw('ftp_password', 'plain')}"
#define NOTIFY_TO       "{g.em('notify_email')}"

PROCEDURE Main()
   LOCAL cKey := "{g.K('partner_key', g.upr(24))}"
   LOCAL cTest := "{g.tnet()}"   // docs only
   LOCAL cMirror := "{g.ip('mirror_ip')}"
   LOCAL cSmtpPass := "{g.pw('smtp_password', 'plain')}"
   ? "Uploading as", WHOLESALE_USER
   RETURN
"""


@T("progress_abl_p", CODE, "abl", "src/connect-erp.p")
def _(g):
    return f"""/* connect-erp.p -- attach the warehouse database */
DEFINE VARIABLE cHost AS CHARACTER NO-UNDO INITIAL "{g.ip('db_ip')}".
DEFINE VARIABLE cPass AS CHARACTER NO-UNDO INITIAL "{g.pw('db_password', 'quoted')}".
DEFINE VARIABLE cApiKey AS CHARACTER NO-UNDO INITIAL "{g.K('api_key', g.aln(40))}".

DEFINE VARIABLE cReplica AS CHARACTER NO-UNDO INITIAL "{g.ip6('replica_ipv6')}".
DEFINE VARIABLE cMailTo AS CHARACTER NO-UNDO INITIAL "{g.em('report_email')}".

CONNECT -db wh -H VALUE(cHost) -S 20931 -U "whadmin" -P VALUE(cPass) NO-ERROR.
/* support contact: {g.em('support_email')}, lab replica {g.priv()} */
MESSAGE "connected to" cHost VIEW-AS ALERT-BOX.
"""


@T("scilab_script", CODE, "scilab", "scripts/fetch_tide.sce")
def _(g):
    return f"""// fetch_tide.sce -- pull gauge data for the quayside plot
gauge_host = "{g.ip('server_ip')}";
gauge_user = "scilab";
gauge_pass = "{g.pw('http_password', 'url')}";
url = "https://" + gauge_user + ":" + gauge_pass + "@" + gauge_host + "/export.csv";
api_token = "{g.K('api_token', g.hex(32))}";
// mirror = "{g.ip6('mirror_ipv6')}";
// docs example host: {g.tnet()}
[f, status] = getURL(url, TMPDIR + "/tide.csv");
mprintf("done, mail {g.em('maintainer_email')} if this breaks\\n");
"""


@T("spss_syntax", CODE, "spss", "syntax/survey_import.sps")
def _(g):
    return f"""* Encoding: UTF-8.
* Import the volunteer survey straight from the database.
GET DATA
  /TYPE=ODBC
  /CONNECT='DSN=survey;UID=analyst;PWD={g.pw('db_password', 'plain')};SERVER={g.ip('db_ip')};PORT=5432;'
  /SQL='SELECT * FROM responses'.
* Contact for the DSN: {g.em('analyst_email')}.
* Backup export: SAVE TRANSLATE /OUTFILE='sftp://spss:{g.pw('sftp_password', 'url')}@{g.ip('sftp_ip')}/survey.csv'.
* Old server was {g.priv()} (retired).
* Survey id {g.luuid('survey_uuid')}.
EXECUTE.
"""


@T("micropython_boot", CODE, "python", "firmware/boot.py")
def _(g):
    return f"""# boot.py -- greenhouse node, flashed {raw(g.ver())}
import network
import time

WIFI_SSID = "Wrenfield-Barn"
WIFI_PASS = "{g.pw('wifi_passphrase', 'quoted')}"
MQTT_BROKER = "{g.ip('mqtt_ip')}"
MQTT_USER = "node07"
MQTT_PASS = "{g.pw('mqtt_password', 'quoted')}"
OTA_TOKEN = "{g.K('ota_token', g.b64u(32))}"
OTA_HOST = "{g.ip6('ota_ipv6')}"
LAN_DNS = "{g.priv()}"
DEVICE_MAC = "{g.mac()}"

sta = network.WLAN(network.STA_IF)
sta.active(True)
sta.connect(WIFI_SSID, WIFI_PASS)
while not sta.isconnected():
    time.sleep(0.5)
"""

# ====================================================================================================================
# packaging / build (10)
# ====================================================================================================================


@T("pkgbuild", PKG, "shell", "packaging/arch/PKGBUILD")
def _(g):
    return f"""# Maintainer: {g.full()} <{g.em('maintainer_email')}>
pkgname=kilnwatch-agent
pkgver={g.ver()}
pkgrel=1
arch=('x86_64' 'aarch64')
source=("https://{g.ip('download_ip')}/releases/kilnwatch-agent-$pkgver.tar.gz")
sha256sums=('{g.sha256()}')

build() {{
  cd "$srcdir/kilnwatch-agent-$pkgver"
  # TODO drop this once the vendor API is public
  export KILN_VENDOR_TOKEN={g.K('vendor_token', g.aln(40))}
  make
}}

package() {{
  # upload hook: scp -i deploy.key pkg {g.ip('repo_ip')}:/srv/repo ; mirror v6 {g.ip6('repo_ipv6')}
  make DESTDIR="$pkgdir" install
}}
# co-maintainer {g.em('comaintainer_email')}, build box {g.priv()}
"""


@T("gentoo_make_conf", PKG, "shell", "etc/portage/make.conf")
def _(g):
    h = g.ip('binhost_ip')
    return f"""COMMON_FLAGS="-O2 -pipe -march=native"
MAKEOPTS="-j6"
# private binhost on the rack in the club room
PORTAGE_BINHOST="https://builder:{g.pw('binhost_password', 'url')}@{h}/packages"
GENTOO_MIRRORS="https://{g.ip('mirror_ip')}/gentoo/"
# distcc helpers {g.priv()} {g.priv()}
FEATURES="buildpkg getbinpkg"
# binhost signing key passphrase (gpg): {g.pw('gpg_passphrase', 'shell')}
BINPKG_GPG_SIGNING_KEY="{g.lk('gpg_fingerprint', g.HEXU(40))}"
PORTAGE_ELOG_MAILURI="{g.em('elog_email')} smtp.{g.company()}:587"
PORTAGE_ELOG_MAILFROM="{g.resem()}"
"""


@T("spack_mirrors_yaml", PKG, "yaml", "spack/mirrors.yaml")
def _(g):
    return f"""mirrors:
  campus-cache:
    fetch:
      url: s3://spack-cache-{g.low(6)}
      access_pair:
        id: {g.K('s3_access_key_id', g.upr(20))}
        secret: {g.K('s3_secret_key', g.s('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/', 40))}
      endpoint_url: https://{g.ip('object_store_ip')}:9000
    push:
      url: s3://spack-cache-push
      access_token: {g.K('mirror_token', g.b64u(43))}
    signed: true
  site-buildcache:
    url: https://{g.ip6('buildcache_ipv6')}/cache
    # maintainers: {g.em('maintainer_email')}
  # on-site fallback: http://{g.priv()}/spack  (gpg key {g.lk('gpg_fingerprint', g.HEXU(40))})
"""


@T("easybuild_cfg", PKG, "ini", "easybuild/config.cfg")
def _(g):
    return f"""[config]
prefix = /apps/easybuild
buildpath = /dev/shm/eb
# the internal source mirror wants basic auth
robot-paths = /apps/easybuild/easyconfigs
upload-test-report = True
[override]
http-header-fields-urlpat = https://{g.ip('source_mirror_ip')}/.*::Authorization: Bearer {g.K('bearer_token', g.b64u(40))}
job-backend-config = /apps/easybuild/hpc.cfg
[notify]
mail = {g.em('notify_email')}
smtp_password = {g.pw('smtp_password', 'ini')}
cluster_head = {g.priv()}
smtp_server = {g.ip('smtp_ip')}
smtp_user = {g.em('email_username')}
"""


@T("guix_system_scm", PKG, "scheme", "guix/system.scm")
def _(g):
    return f""";; config.scm -- the observatory file server
(use-modules (gnu) (gnu services web))
(define %backup-passphrase "{g.pw('backup_passphrase', 'quoted')}")
(define %stats-api-key "{g.K('stats_api_key', g.hex(32))}")

(operating-system
  (host-name "dome-fs")
  ;; store item /gnu/store/{g.lk('store_hash', g.low(32))}-httpd
  (services
    (append
      (list (service static-networking-service-type
              (list (static-networking
                      (addresses (list (network-address (device "eth0") (value "{g.ip('static_ip')}/28"))
                                       (network-address (device "eth0") (value "{g.ip6('static_ipv6')}/64"))))
                      (name-servers '("{g.priv()}"))))))
      %base-services)))
;; owner: {g.em('owner_email')}
"""


@T("macports_conf", PKG, "config", "opt/local/etc/macports/macports.conf")
def _(g):
    return f"""# MacPorts system-wide configuration
prefix                  /opt/local
buildfromsource         ifneeded
# private archive site for the design lab
host_blacklist          {g.tnet()}
preferred_hosts         {g.ip('archive_ip')}
# archive_site_local https://lab:{g.pw('archive_password', 'url')}@{g.ip('archive_ip')}/macports/packages
proxy_http              {g.priv()}:3128
proxy_https             {g.ip('proxy_ip')}:3129
# proxy auth: lab:{g.pw('proxy_password', 'shell')}
# questions: {g.em('admin_email')}
"""


@T("pkgsrc_mk_conf", PKG, "makefile", "usr/pkg/etc/mk.conf")
def _(g):
    return f""".ifdef BSD_PKG_MK
PKG_DEVELOPER=  yes
MASTER_SITE_OVERRIDE= ftp://mirror:{g.pw('ftp_password', 'url')}@{g.ip('mirror_ip')}/pub/pkgsrc/distfiles/
BINPKG_SITES=   https://{g.ip6('binpkg_ipv6')}/packages
# signing for the local repo
GPG_SIGN_AS=    {g.em('signing_email')}
SIGN_PASSPHRASE= {g.pw('signing_passphrase', 'shell')}
.endif
# build host {g.priv()}
"""


@T("flatpak_manifest_json", PKG, "json", "build-aux/org.pebblewick.Scorer.json")
def _(g):
    d = {
        "app-id": "org.pebblewick.Scorer",
        "runtime-version": raw(g.ver()),
        "command": "scorer",
        "modules": [{
            "name": "scorer",
            "buildsystem": "simple",
            "build-commands": ["make install PREFIX=/app"],
            "config-opts": [f"-Dsync_server={g.ip('sync_ip')}",
                            f"-Dsync_api_key={g.K('sync_api_key', g.aln(32))}"],
            "sources": [{"type": "archive",
                         "url": f"https://releases.pebblewick.com/scorer-{raw(g.ver())}.tar.xz",
                         "sha256": g.sha256()}],
            "build-options": {"env": {"SCORER_ADMIN_MAIL": g.em('admin_email'),
                                      "SCORER_UPLOAD_PASSWORD": g.pw('upload_password', 'quoted'),
                                      "SCORER_RELAY": g.ip6('relay_ipv6'),
                                      "SCORER_LAN": g.priv()}},
        }],
    }
    return J(d, 4)


@T("rebar3_config", PKG, "rebar3", "rebar.config")
def _(g):
    return f"""{{erl_opts, [debug_info]}}.
{{deps, [cowboy, jsx]}}.
{{hex, [{{repos, [#{{name => <<"hexpm:tallowfield">>,
                  repo_url => <<"https://{g.ip('repo_ip')}/repo">>,
                  auth_key => <<"{g.K('hex_repo_key', g.hex(32))}">>}}]}}]}}.
{{relx, [{{release, {{relay, "{g.ver()}"}}, [relay]}},
        {{sys_config, "config/sys.config"}}]}}.
%% package checksum {g.sha256('package_checksum')}
{{hex_publish_key, "{g.K('hex_publish_key', g.hex(32))}"}}.
%% sys.config snippet pasted by mistake:
%% [{{relay, [{{smtp_user, "{g.em('email_username')}"}}, {{smtp_pass, "{g.pw('smtp_password', 'quoted')}"}},
%%            {{peer, "{g.ip('peer_ip')}"}}, {{lan, "{g.priv()}"}}]}}].
"""


@T("homebrew_shell_env", PKG, "shell", "dotfiles/zprofile")
def _(g):
    return f"""# ~/.zprofile
eval "$(/opt/homebrew/bin/brew shellenv)"
export HOMEBREW_NO_ANALYTICS=1
export HOMEBREW_ARTIFACT_DOMAIN=https://{g.ip('artifact_ip')}/bottles
export STUDIO_BOTTLE_TOKEN={g.K('registry_token', g.b64(24))}
export HOMEBREW_CURL_RETRIES=3
# tap on the studio NAS, user/pass for the studio share
export STUDIO_SHARE=smb://render:{g.pw('smb_password', 'url')}@{g.priv()}/tap
export GIT_AUTHOR_EMAIL={g.em('git_author_email')}
export RENDER_FARM={g.ip('render_farm_ip')}
export RENDER_FARM_KEY={g.K('render_farm_key', g.hex(40))}
export PLACEHOLDER_TOKEN={g.ph('<paste-token-here>')}
"""

# ====================================================================================================================
# research / library systems (12)
# ====================================================================================================================


@T("redcap_export_sh", RES, "shell", "scripts/redcap_export.sh")
def _(g):
    return f"""#!/bin/sh
# nightly export of the cohort study (project 4411)
REDCAP_URL=https://{g.ip('redcap_ip')}/redcap/api/
REDCAP_TOKEN={g.K('redcap_api_token', g.HEXU(32))}
curl -s -X POST "$REDCAP_URL" \\
  -d token=$REDCAP_TOKEN -d content=record -d format=csv -d type=flat \\
  -o /data/cohort/export_$(date +%F).csv
# dev instance token (expired?): {g.K('redcap_api_token', g.HEXU(32))}
# failures to {g.em('data_manager_email')}; sandbox host {g.tnet()}
rsync -a /data/cohort/ cohort@{g.ip('backup_ip')}:/archive/   # RSYNC_PASSWORD={g.pw('rsync_password', 'shell')}
"""


@T("openclinica_datainfo", RES, "properties", "opt/openclinica.config/datainfo.properties")
def _(g):
    return f"""dbType=postgres
dbUser=clinica
dbPass={g.pw('db_password', 'ini')}
db=openclinica
dbPort=5432
dbHost={g.ip('db_ip')}
mailHost=smtp.{g.company()}
mailPort=587
mailUsername={g.em('email_username')}
mailPassword={g.pw('smtp_password', 'ini')}
adminEmail={g.em('admin_email')}
sysURL=https://{g.priv()}:8443/OpenClinica/MainMenu
# version {g.ver()}
"""


@T("labkey_netrc", RES, "netrc", "home/analyst/.netrc")
def _(g):
    return f"""machine {g.ip('labkey_ip')}
login {g.em('email_username')}
password {g.pw('labkey_password', 'shell')}

machine labkey.{g.company()}
login apikey
password {g.K('labkey_api_key', 'apikey|' + g.hex(32))}

machine {g.ip6('labkey_ipv6')}
login {g.em('email_username')}
password {g.pw('labkey_password', 'shell')}

# staging: machine {g.priv()} login {g.resem()} password {g.ph('changeme')}
"""


@T("zenodo_release_makefile", RES, "makefile", "Makefile")
def _(g):
    return f"""DATASET := tide-gauges-{raw(g.ver())}
ZENODO_TOKEN ?= {g.K('zenodo_token', g.aln(60))}
DEPOSIT_ID := {g.num(1000000, 9999999)}
MIRROR_HOST := {g.ip('mirror_ip')}
MIRROR_PASS ?= {g.pw('mirror_password', 'shell')}
MIRROR_V6 := {g.ip6('mirror_ipv6')}

release: $(DATASET).zip
\tcurl -sf -H "Authorization: Bearer $(ZENODO_TOKEN)" \\
\t  -F file=@$(DATASET).zip https://zenodo.org/api/deposit/depositions/$(DEPOSIT_ID)/files
\t@echo "uploaded, checksum $(shell md5sum $(DATASET).zip)"

# sandbox: ZENODO_TOKEN={g.ph('YOUR_SANDBOX_TOKEN')}  contact {g.em('maintainer_email')}
"""


@T("figshare_datacite_env", RES, "dotenv", "deploy/.env.repository")
def _(g):
    return f"""FIGSHARE_TOKEN={g.K('figshare_token', g.hex(128))}
FIGSHARE_PROJECT=118202
DATACITE_REPOSITORY_ID=KMLIB.TIDES
DATACITE_PASSWORD={g.pw('datacite_password', 'ini')}
DATACITE_PREFIX=10.{g.num(10000, 99999)}
REPO_CONTACT={g.em('repository_contact')}
REPO_HOST={g.ip('repo_ip')}
REPO_HOST6={g.ip6('repo_ipv6')}
INTERNAL_HARVESTER={g.priv()}
SAMPLE_DOI_SUFFIX={g.luuid('doi_suffix_uuid')}
REPO_OAUTH_CLIENT_SECRET={g.K('oauth_client_secret', g.uuid())}
REPO_OAUTH_CLIENT_ID=APP-{g.lk('public_id', g.upr(16))}
"""


@T("protocols_io_curl", RES, "shell", "notes/protocols_io_sync.sh")
def _(g):
    return f"""$ export PIO_TOKEN={g.K('protocols_io_token', g.hex(64))}
$ curl -s -H "Authorization: Bearer $PIO_TOKEN" \\
    "https://www.protocols.io/api/v3/workspaces/wrenfield-lab/protocols?page_size=50" | jq '.items[].uri'
"dna-extraction-from-soil-{g.low(6)}"
"compost-respiration-{g.low(6)}"
$ scp protocols.json sync@{g.ip('lab_server_ip')}:/srv/lab/   # password: {g.pw('ssh_password', 'shell')}
$ echo "mirror done" | mail -s sync {g.em('lab_email')}
$ ssh sync@{g.ip6('lab_server_ipv6')} uptime
 09:41:02 up 41 days,  load average: 0.12, 0.09, 0.05   (request {g.luuid('request_uuid')})
"""


@T("koha_conf_xml", RES, "xml", "etc/koha/sites/ashgrove/koha-conf.xml")
def _(g):
    return f"""<yazgfs>
<config>
 <db_scheme>mysql</db_scheme>
 <database>koha_ashgrove</database>
 <hostname>{g.ip('db_ip')}</hostname>
 <port>3306</port>
 <user>koha_ashgrove</user>
 <pass>{g.pw('db_password', 'xml')}</pass>
 <zebra_bib_index_mode>dom</zebra_bib_index_mode>
 <!-- reports replica {g.priv()} -->
 <encryption_key>{g.K('encryption_key', g.b64u(32))}</encryption_key>
 <api_secret_passphrase>{g.K('api_secret_passphrase', g.aln(40))}</api_secret_passphrase>
 <smtp_server>
   <host>{g.ip('smtp_ip')}</host>
   <user_name>{g.em('email_username')}</user_name>
   <password>{g.pw('smtp_password', 'xml')}</password>
 </smtp_server>
</config>
</yazgfs>
"""


@T("evergreen_opensrf_xml", RES, "xml", "openils/conf/opensrf.xml")
def _(g):
    return f"""<opensrf version="{raw(g.ver())}">
  <default>
    <reporter>
      <setup>
        <database>
          <driver>Pg</driver>
          <host>{g.ip('db_ip')}</host>
          <port>5432</port>
          <db>evergreen</db>
          <user>evergreen</user>
          <pw>{g.pw('db_password', 'xml')}</pw>
        </database>
        <files><email>{g.em('reporter_email')}</email></files>
      </setup>
    </reporter>
    <z3950><services><oclc><auth>{g.K('z3950_auth', g.upr(8) + '/' + g.aln(10))}</auth></oclc></services></z3950>
    <!-- router on {g.priv()}; docs host {g.tnet()} -->
    <sip><host>{g.ip('sip_ip')}</host><password>{g.pw('sip2_password', 'xml')}</password></sip>
  </default>
</opensrf>
"""


@T("dspace_local_cfg", RES, "config", "dspace/config/local.cfg")
def _(g):
    return f"""dspace.dir = /dspace
dspace.server.url = https://{g.ip('server_ip')}/server
db.url = jdbc:postgresql://{g.priv()}:5432/dspace
db.username = dspace
# search core checksum {g.sha1()}
db.password = {g.pw('db_password', 'ini')}
mail.server = smtp.{g.company()}
mail.server.username = {g.em('email_username')}
mail.server.password = {g.pw('smtp_password', 'ini')}
mail.admin = {g.em('admin_email')}
# researcher-profile sync client
profile-sync.client-id = APP-{g.upr(16)}
profile-sync.client-secret = {g.K('profile_sync_client_secret', g.uuid())}
handle.prefix = 123456789
"""


@T("omeka_db_ini", RES, "ini", "omeka/db.ini")
def _(g):
    return f""";;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;
; Database Configuration File ;
;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;
[database]
host     = "{g.ip('db_ip')}"
username = "omeka_parish"
password = "{g.pw('db_password', 'ini')}"
dbname   = "omeka_parish"
prefix   = "omeka_"
charset  = "utf8"
;port     = ""
; replica for the reading room kiosk: {g.priv()}
[mail]
host = "{g.ip('smtp_ip')}"
username = "{g.em('email_username')}"
password = "{g.pw('smtp_password', 'ini')}"
; maintainer {g.em('maintainer_email')}, test account {g.resem()}
"""


@T("collectiveaccess_setup_php", RES, "php", "providence/setup.php")
def _(g):
    return f"""<?php
# setup.php -- Providence for the museum store
define("__CA_DB_HOST__", '{g.ip('db_ip')}');
define("__CA_DB_USER__", 'ca_museum');
define("__CA_DB_PASSWORD__", '{g.pw('db_password', 'quoted')}');
define("__CA_DB_DATABASE__", 'ca_museum');
define("__CA_APP_DISPLAY_NAME__", "Marrowdale Museum Collections");
define("__CA_ADMIN_EMAIL__", '{g.em('admin_email')}');
define("__CA_SMTP_SERVER__", '{g.ip('smtp_ip')}');
define("__CA_SMTP_USER__", '{g.em('email_username')}');
define("__CA_SMTP_PASSWORD__", '{g.pw('smtp_password', 'quoted')}');
define("__CA_APP_HASH__", '{g.K('app_secret', g.hex(64))}');
"""


@T("archivesspace_config_rb", RES, "ruby", "archivesspace/config/config.rb")
def _(g):
    return f"""AppConfig[:db_url] = "jdbc:mysql://{g.ip('db_ip')}:3306/archivesspace?user=as&password={g.pw('db_password', 'url')}&useUnicode=true"
AppConfig[:frontend_cookie_secret] = "{g.K('cookie_secret', g.hex(64))}"
AppConfig[:public_cookie_secret] = "{g.K('cookie_secret', g.hex(64))}"
AppConfig[:search_user_secret] = "{g.K('search_user_secret', g.aln(32))}"
AppConfig[:staff_user_secret] = "{g.K('staff_user_secret', g.aln(32))}"
AppConfig[:email_from_address] = "{g.em('email_from')}"
# AppConfig[:backend_url] = "http://{g.priv()}:8089"
AppConfig[:default_admin_password] = "{g.ph('admin')}"
AppConfig[:oai_admin_key] = "{g.K('oai_admin_key', g.b64u(43))}"
"""

# ====================================================================================================================
# maker / radio / energy (14)
# ====================================================================================================================


@T("prusalink_ini", MAKER, "ini", "etc/prusalink/prusalink.ini")
def _(g):
    return f"""[printer]
type = MK3
port = /dev/ttyAMA0
serial = {g.lk('serial_number', 'CZPX' + g.num(1000, 9999) + 'X004XK' + g.num(10000, 99999))}

[http]
address = {g.lk('unspecified_ip', '0.0.0.0')}
port = 8080
digest = True
username = maker
password = {g.pw('http_password', 'ini')}

[service::connect]
hostname = {g.ip('connect_ip')}
tls = True
port = 0
token = {g.K('connect_token', g.aln(20))}
# old token: {g.masked()}
# printer LAN address {g.priv()}
[camera]
upload_url = https://{g.ip('camera_upload_ip')}/c/snapshot
fingerprint = {g.sha1('camera_fingerprint')}
camera_token = {g.K('camera_token', g.aln(20))}
"""


@T("pistar_mmdvmhost_ini", MAKER, "ini", "etc/mmdvmhost")
def _(g):
    return f"""[General]
Callsign=MM0{g.upr(3)}
Id={g.num(2340000, 2349999)}
Duplex=0

[Info]
RXFrequency=438800000
Location=Club shack
URL=https://saltmarsh-radio.org

[DMR Network]
Enable=1
Address={g.ip('dmr_master_ip')}
Port=62031
Jitter=360
Password={g.pw('hotspot_password', 'plain')}
# Password={g.ph('passw0rd')}   <- default, do not use
Local={g.priv()}
Slot1=0

[DMR Network 2]
Address={g.ip6('dmr_master_ipv6')}
Password={g.pw('hotspot_password', 'plain')}

[Remote Control]
Address={g.lk('loopback_ip', '127.0.0.1')}
# sysop: {g.em('sysop_email')}
"""


@T("direwolf_conf", MAKER, "config", "home/pi/direwolf.conf")
def _(g):
    return f"""ADEVICE plughw:1,0
CHANNEL 0
MYCALL 2E0{g.upr(3)}-10
MODEM 1200
# igate to the tier-2 server
IGSERVER {g.ip('aprs_server_ip')}
IGLOGIN 2E0{g.upr(3)}-10 {g.P('aprs_passcode', g.num(10000, 32767))}
PBEACON delay=1 every=30 overlay=S symbol="digi" lat=53^25.11N long=002^58.43W comment="{g.em('igate_contact_email')}"
# backup igate {g.ip6('aprs_server_ipv6')}
# kiss over tcp for the club laptop at {g.priv()}
KISSPORT 8001
# second igate login (portable): IGLOGIN M0{g.upr(3)}-7 {g.P('aprs_passcode', g.num(10000, 32767))}
# digipeater peer {g.ip('peer_ip')}
"""


@T("weewx_conf", MAKER, "config", "etc/weewx/weewx.conf")
def _(g):
    return f"""[StdRESTful]
    [[StationRegistry]]
        register_this_station = false
    [[AWEKAS]]
        enable = true
        username = tidegauge{g.num(10, 99)}
        password = {g.pw('awekas_password', 'ini')}
    [[CWOP]]
        enable = true
        station = {g.upr(2)}{g.num(1000, 9999)}
        passcode = {g.P('cwop_passcode', g.num(10000, 32767))}
        server_list = {g.ip('cwop_server_ip')}:14580
    [[PWSweather]]
        enable = true
        station = KMOOR{g.num(10, 99)}
        password = {g.pw('pwsweather_password', 'ini')}
    [[Wunderground]]
        enable = false
        station = {g.ph('replace_me')}
        password = {g.ph('replace_me')}

[StdReport]
    [[FTP]]
        user = wx
        password = {g.pw('ftp_password', 'ini')}
        server = {g.ip('ftp_ip')}
        path = /public_html/weather
"""


@T("opendtu_config_json", MAKER, "json", "opendtu/config.json")
def _(g):
    d = {
        "cfg": {"version": int(g.num(100000, 200000)), "save_count": 41},
        "wifi": {"ssid": "Fernhallow-Solar", "password": g.pw('wifi_passphrase', 'quoted'),
                 "ip": g.priv(), "dhcp": False},
        "mqtt": {"enabled": True, "hostname": g.ip('mqtt_ip'), "port": 8883,
                 "username": "dtu-roof", "password": g.pw('mqtt_password', 'quoted'),
                 "topic": "solar/"},
        "security": {"password": g.pw('admin_password', 'quoted'), "allow_readonly": True},
        "dtu": {"serial": int(g.num(100000000000, 199999999999)), "poll_interval": 5},
        "ntp": {"server": g.ip6('ntp_ipv6')},
        "dev_notes": f"contact {g.em('owner_email')}",
    }
    return J(d)


@T("pvoutput_upload_sh", MAKER, "shell", "bin/pvoutput_upload.sh")
def _(g):
    return f"""#!/bin/bash
# push the last 5 minutes from the inverter logger to PVOutput
PVO_KEY="{g.K('pvoutput_api_key', g.hex(40))}"
PVO_SID="{g.num(10000, 99999)}"
INVERTER={g.priv()}
watts=$(curl -s "http://$INVERTER/status.json" | jq .pac)
curl -s -d "d=$(date +%Y%m%d)" -d "t=$(date +%H:%M)" -d "v2=$watts" \\
  -H "X-Pvoutput-Apikey: $PVO_KEY" -H "X-Pvoutput-SystemId: $PVO_SID" \\
  https://pvoutput.org/service/r2/addstatus.jsp
# alerts: {g.em('alert_email')}
# second site (Setubal flat), key {g.K('pvoutput_api_key', g.hex(40))}, ssh tunnel via {g.ip('tunnel_ip')}
"""


@T("evcc_yaml", MAKER, "yaml", "etc/evcc.yaml")
def _(g):
    return f"""network:
  schema: http
  host: evcc.local
  port: 7070
interval: 30s
sponsortoken: {g.K('sponsor_token', 'eyJ' + g.b64u(60) + '.' + g.b64u(40))}
chargers:
  - name: garage
    type: template
    template: easee
    user: {g.em('email_username')}
    password: {g.pw('easee_password', 'yaml')}
    charger: EH{g.upr(6)}
  - name: barn
    type: template
    template: go-e
    host: {g.priv()}
meters:
  - name: grid
    type: template
    template: fronius-gen24
    host: {g.priv()}
vehicles:
  - name: van
    type: template
    template: offline
influx:
  url: http://{g.ip('influx_ip')}:8086
  token: {g.K('influx_token', g.b64u(86) + '==')}
"""


@T("ispindel_brewfather_json", MAKER, "json", "ispindel/config.json")
def _(g):
    d = {
        "Name": "iSpindel004",
        "Token": "",
        "Sleep": 900,
        "Server": "log.brewfather.net",
        "API": 11,
        "Port": 80,
        "URL": f"/ispindel?id={g.K('brewfather_stream_id', g.aln(14))}",
        "SSID": "Oakhurst-Brewhouse",
        "PSK": g.pw('wifi_passphrase', 'quoted'),
        "BackupServer": g.ip('backup_server_ip'),
        "BackupServerV6": g.ip6('backup_server_ipv6'),
        "MQTTUser": "spindel", "MQTTPass": g.pw('mqtt_password', 'quoted'),
        "Polynominal": "0.000000012*tilt^3-0.0000033*tilt^2+0.00093*tilt+0.8",
        "Note": f"owner {g.em('owner_email')}, docs {g.resem()}",
    }
    return J(d)


@T("craftbeerpi_config_yaml", MAKER, "yaml", "craftbeerpi/config/config.yaml")
def _(g):
    return f"""name: CraftBeerPi
version: {g.ver()}
index_url: /cbpi_ui/static/index.html
port: 8000
username: cbpi
password: {g.pw('ui_password', 'yaml')}
mqtt: true
mqtt_host: {g.ip('mqtt_ip')}
mqtt_port: 1883
session_secret: {g.K('session_secret', g.hex(48))}
instance_id: {g.luuid('instance_uuid')}
mqtt_username: brewhouse
mqtt_password: {g.pw('mqtt_password', 'yaml')}
plugins:
  - cbpi4-brewfather:
      brewfather_user_id: {g.K('brewfather_user_id', g.aln(28))}
      brewfather_api_key: {g.K('brewfather_api_key', g.aln(50))}
notify_email: {g.em('notify_email')}
# kettle controller on {g.priv()}
"""


@T("log_uploader_ini", MAKER, "ini", "home/op/.config/logsync/logsync.ini")
def _(g):
    return f"""[station]
callsign = EI{g.num(2, 9)}{g.upr(3)}
grid = IO63

[clublog]
email = {g.em('clublog_email')}
password = {g.pw('clublog_password', 'ini')}
api_key = {g.K('clublog_api_key', g.hex(40))}

[lotw]
tqsl_station = home
tqsl_password = {g.pw('tqsl_password', 'ini')}

[eqsl]
user = EI{g.num(2, 9)}{g.upr(3)}
password = {g.pw('eqsl_password', 'ini')}

[logbook]
api_key = {g.K('logbook_api_key', '-'.join(g.upr(4) for _ in range(4)))}
; sample QSO id {g.luuid('qso_uuid')}

[cluster]
host = {g.ip('dx_cluster_ip')}
port = 7300
"""


@T("steve_application_properties", MAKER, "properties", "steve/src/main/resources/config/prod/main.properties")
def _(g):
    return f"""# SteVe charge point server, co-op car park
db.ip = {g.ip('db_ip')}
db.port = 3306
db.schema = stevedb
db.user = steve
db.password = {g.pw('db_password', 'ini')}
auth.user = admin
auth.password = {g.pw('web_password', 'ini')}
webapi.key = STEVE-API-KEY
# charge point serial {g.lk('serial_number', 'CP' + g.upr(10))}
webapi.value = {g.K('web_api_key', g.aln(32))}
server.host = {g.ip('server_ip')}
http.port = 8180
# charge point simulator on {g.priv()}, report problems to {g.em('operator_email')}
"""


@T("solar_logger_toml", MAKER, "toml", "solar-logger/config.toml")
def _(g):
    return f"""[goodwe]
host = "{g.priv()}"
family = "ET"

[growatt]
username = "{g.em('email_username')}"
password = "{g.pw('growatt_password', 'quoted')}"
plant_id = {g.num(1000000, 9999999)}

[forecast]
open_meteo_api_key = "{g.K('open_meteo_api_key', g.aln(24))}"
resource_id = "{g.lk('public_id', g.hex(4) + '-' + g.hex(4) + '-' + g.hex(4) + '-' + g.hex(4))}"

[export]
influx_url = "http://[{g.ip6('influx_ipv6')}]:8086"
influx_token = "{g.K('influx_token', g.b64u(86) + '==')}"
influx_org_id = "{g.lk('org_id', g.hex(16))}"
"""


@T("ecowitt_custom_upload", MAKER, "text", "notes/ecowitt-gw2000-setup.txt")
def _(g):
    return f"""GW2000 gateway, Weather Services tab, "Customized":
  Server IP / Hostname: {g.ip('upload_ip')}
  Path: /data/report/
  Station ID: gullrock-{g.low(4)}
  Station Key: {g.K('station_key', g.aln(24))}
  Port: 8080   Upload Interval: 60

Ecowitt.net API (for the dashboard):
  application_key={g.K('ecowitt_application_key', g.HEXU(32))}
  api_key={g.K('ecowitt_api_key', g.uuid())}
  mac={g.mac()}
  wunderground_key={g.K('wunderground_api_key', g.hex(32))}
Gateway LAN IP {g.priv()}, firmware {g.lk('firmware_build', 'V' + raw(g.ver()))}
Wunderground: station {g.ph('KXXXXXX0')} / key {g.ph('********')}
"""


@T("simbrief_vatsim_ini", MAKER, "ini", "Documents/FlightSim/bridge.ini")
def _(g):
    return f"""[vatsim]
cid = {g.num(1000000, 1899999)}
password = {g.pw('vatsim_password', 'ini')}
server = {g.ip('fsd_server_ip')}

[simbrief]
pilot_id = {g.num(100000, 999999)}
api_key = {g.K('simbrief_api_key', g.aln(32))}

[navigraph]
client_id = saltmarsh-bridge
client_secret = {g.K('navigraph_client_secret', g.b64u(43))}

[ivao]
vid = {g.num(100000, 799999)}
password = {g.pw('ivao_password', 'ini')}
; lan relay {g.priv()}
; navigraph sample cycle 2405, checksum {g.lk('md5', g.hex(32))}
"""

# ====================================================================================================================
# shop / self-hosted (10)
# ====================================================================================================================


@T("solidus_env", SHOP, "dotenv", "shop/.env.production")
def _(g):
    return f"""RAILS_ENV=production
DATABASE_URL=postgres://solidus:{g.pw('db_password', 'url')}@{g.ip('db_ip')}:5432/pebblewick_shop
SECRET_KEY_BASE={g.K('secret_key_base', g.hex(128))}
SOLIDUS_GATEWAY_PUBLISHABLE={g.lk('public_key', 'pub_' + g.aln(24))}
PAYMENT_GATEWAY_SECRET={g.K('payment_secret', 'gw_sec_' + g.aln(32))}
SMTP_ADDRESS={g.ip('smtp_ip')}
SMTP_USER={g.em('email_username')}
SMTP_PASSWORD={g.pw('smtp_password', 'ini')}
ADMIN_EMAIL={g.resem()}
REDIS_URL=redis://{g.priv()}:6379/2
ASSET_DIGEST={g.sha256()}
WEBHOOK_SIGNING_SECRET={g.K('webhook_secret', 'whk_' + g.b64u(40))}
"""


@T("spree_credentials_yml", SHOP, "yaml", "config/credentials.production.yml.dec")
def _(g):
    return f"""# decrypted with bin/rails credentials:show, DO NOT COMMIT
secret_key_base: {g.K('secret_key_base', g.hex(128))}
active_record_encryption:
  primary_key: {g.K('encryption_primary_key', g.aln(32))}
  deterministic_key: {g.K('encryption_deterministic_key', g.aln(32))}
  key_derivation_salt: {g.K('key_derivation_salt', g.aln(32))}
shipping:
  carrier_account: {g.num(100000, 999999)}
  carrier_password: {g.pw('carrier_password', 'yaml')}
smtp:
  user_name: {g.em('email_username')}
  password: {g.pw('smtp_password', 'yaml')}
# credentials id {g.luuid('credentials_uuid')}
"""


@T("cscart_config_local_php", SHOP, "php", "cscart/config.local.php")
def _(g):
    return f"""<?php
$config['db_host'] = '{g.ip('db_ip')}';
$config['db_name'] = 'cscart_marrowdale';
$config['db_user'] = 'cscart';
$config['db_password'] = '{g.pw('db_password', 'quoted')}';
$config['crypt_key'] = '{g.K('crypt_key', g.aln(32))}';
$config['http_host'] = 'shop.marrowdale.ie';
$config['https_host'] = 'shop.marrowdale.ie';
// $config['db_host'] = '{g.priv()}'; // staging
$config['admin_email'] = '{g.em('admin_email')}';
$config['cdn_host'] = '{g.ip6('cdn_ipv6')}';
$config['smtp_password'] = '{g.pw('smtp_password', 'quoted')}';
"""


@T("zencart_configure_php", SHOP, "php", "includes/configure.php")
def _(g):
    return f"""<?php
define('HTTP_SERVER', 'https://tallowfield.io');
define('DB_TYPE', 'mysql');
define('DB_SERVER', '{g.ip('db_ip')}');
define('DB_SERVER_USERNAME', 'zencart');
define('DB_SERVER_PASSWORD', '{g.pw('db_password', 'quoted')}');
define('DB_DATABASE', 'zencart');
define('DB_REPLICA', '{g.ip6('db_ipv6')}');
define('EMAIL_SMTPAUTH_PASSWORD', '{g.pw('smtp_password', 'quoted')}');
define('SQL_CACHE_METHOD', 'none');
// payment module settings exported from admin
define('MODULE_PAYMENT_CARDGATE_MERCHANT_ID', '{g.num(10000, 99999)}');
define('MODULE_PAYMENT_CARDGATE_HASH_KEY', '{g.K('payment_hash_key', g.hex(48))}');
define('STORE_OWNER_EMAIL_ADDRESS', '{g.em('owner_email')}');
// last installer run: {g.ver()} from {g.tnet()}
"""


@T("oscommerce_configure_php", SHOP, "php", "catalog/includes/configure.php")
def _(g):
    return f"""<?php
  define('HTTP_SERVER', 'https://www.brindlecombe.de');
  define('DB_SERVER', '{g.ip('db_ip')}');
  define('DB_SERVER_USERNAME', 'oscom_live');
  define('DB_SERVER_PASSWORD', '{g.pw('db_password', 'quoted')}');
  define('DB_DATABASE', 'oscom_live');
  define('USE_PCONNECT', 'false');
  define('STORE_SESSIONS', 'mysql');
  // old: define('DB_SERVER_PASSWORD', '{g.pw('db_password', 'quoted')}');
  define('SHIPPING_LABEL_API_KEY', '{g.K('shipping_api_key', g.upr(32))}');
  // IPN from {g.ip('payment_callback_ip')} only
  define('IPN_SHARED_SECRET', '{g.K('ipn_shared_secret', g.aln(32))}');
  // release tag {g.ver()}, commit {g.shortsha()}
?>
"""


@T("nopcommerce_appsettings_json", SHOP, "json", "App_Data/appsettings.json")
def _(g):
    d = {
        "ConnectionStrings": {
            "ConnectionString": f"Data Source={g.ip('db_ip')};Initial Catalog=nop;User ID=nop;Password={g.pw('db_password', 'plain')};TrustServerCertificate=True",
            "DataProvider": "sqlserver",
        },
        "CacheConfig": {"DefaultCacheTime": 60},
        "DistributedCacheConfig": {"Enabled": True, "ConnectionString": f"{g.priv()}:6379,password={g.pw('cache_password', 'plain')}"},
        "InstallationConfig": {"DisableSampleData": True},
        "PluginConfig": {"UseUnsafeLoadAssembly": True},
        "CommonConfig": {"StoreOwnerEmail": g.em('owner_email'),
                         "LicenseKey": g.K('licence_key', '-'.join(g.upr(5) for _ in range(4)))},
    }
    return J(d)


@T("thelia_env", SHOP, "dotenv", "thelia/.env.local")
def _(g):
    return f"""APP_ENV=prod
APP_SECRET={g.K('app_secret', g.hex(32))}
DB_HOST={g.ip('db_ip')}
DB_PORT=3306
DB_NAME=thelia
DB_USER=thelia
DB_PASSWORD={g.pw('db_password', 'ini')}
MAILER_DSN=smtp://shop:{g.pw('smtp_password', 'url')}@{g.ip('smtp_ip')}:587
# MAILER_DSN=null://null
TRUSTED_PROXIES={g.priv()},{g.lk('loopback_ip', '127.0.0.1')}
"""


@T("oxid_config_inc_php", SHOP, "php", "source/config.inc.php")
def _(g):
    return f"""<?php
    $this->dbType = 'pdo_mysql';
    $this->dbHost = '{g.ip('db_ip')}';
    $this->dbPort  = 3306;
    $this->dbName = 'oxid';
    $this->dbUser = 'oxid';
    $this->dbPwd  = '{g.pw('db_password', 'quoted')}';
    $this->sShopURL = 'https://shop.quarrybrook.coop';
    $this->sAdminEmail = '{g.em('admin_email')}';
    $this->sConfigKey = '{g.K('config_key', g.aln(20))}';
    $this->blDebugMode = 0;
    $this->sMailHost = '{g.ip('smtp_ip')}';
    $this->sMailPassword = '{g.pw('smtp_password', 'quoted')}';
    // $this->aTrustedIPs = ['{g.priv()}', '{g.tnet()}'];
"""


@T("plentymarkets_rest_sh", SHOP, "shell", "ops/plenty_orders.sh")
def _(g):
    return f"""#!/bin/sh
# fetch new orders from the plentymarkets REST API
PM_HOST=https://p{g.num(10000, 99999)}.my.plentysystems.com
TOKEN=$(curl -s -X POST "$PM_HOST/rest/login" \\
  -d username=api-wrenfield -d password={g.pw('api_password', 'url')} | jq -r .access_token)
curl -s -H "Authorization: Bearer $TOKEN" "$PM_HOST/rest/orders?updatedAtFrom=$(date -d yesterday +%F)"
# fallback token from the admin UI (valid 24h): {g.K('bearer_token', 'eyJ' + g.b64u(80) + '.' + g.b64u(43))}
# allowed egress {g.ip('egress_ip')} and {g.ip6('egress_ipv6')}; questions {g.em('ops_email')}
# order example {g.luuid('order_uuid')}
"""


@T("gramps_web_cfg", SHOP, "config", "gramps-web/config.cfg")
def _(g):
    return f"""TREE="Abernathy family"
BASE_URL="https://genealogy.{g.company()}"
SECRET_KEY="{g.K('secret_key', g.b64u(43))}"
USER_DB_URI="postgresql://gramps:{g.pw('db_password', 'url')}@{g.ip('db_ip')}:5432/grampsuser"
EMAIL_HOST="{g.ip('smtp_ip')}"
EMAIL_HOST_USER="{g.em('email_username')}"
EMAIL_HOST_PASSWORD="{g.pw('smtp_password', 'quoted')}"
DEFAULT_FROM_EMAIL="{g.em('email_from')}"
# FamilySearch sync (unofficial): app key {g.K('familysearch_app_key', g.upr(4) + '-' + g.upr(4) + '-' + g.upr(4) + '-' + g.upr(4) + '-' + g.upr(4) + '-' + g.upr(4) + '-' + g.upr(4) + '-' + g.upr(4))}
"""

# ====================================================================================================================
# notebooks (3)
# ====================================================================================================================


def NBK(cells):
    out = []
    for kind, text in cells:
        lines = text.split("\n")
        src = [ln + "\n" for ln in lines[:-1]] + [lines[-1]]
        c = {"cell_type": kind, "metadata": {}, "source": src}
        if kind == "code":
            c["execution_count"] = None
            c["outputs"] = []
        out.append(c)
    return J({"cells": out, "metadata": {"kernelspec": {"name": "python3", "display_name": "Python 3",
                                                          "language": "python"}},
              "nbformat": 4, "nbformat_minor": 5}, 1)


@T("ipynb_flight_tracking", NB, "ipynb", "notebooks/arrivals_board.ipynb")
def _(g):
    return NBK([
        ("markdown", "# Arrivals board for the aero club\nData: AeroDataBox + OpenSky. Ask "
                     f"{g.em('author_email')} before re-running (quota)."),
        ("code", f"AERO_KEY = \"{g.K('aerodatabox_api_key', g.aln(50))}\"\n"
                 f"OPENSKY_USER = \"{g.em('email_username')}\"\n"
                 f"OPENSKY_PASS = \"{g.pw('opensky_password', 'quoted_sp')}\"\n"
                 f"# SimBrief user id {g.num(100000, 999999)}, token below\n"
                 f"SIMBRIEF_TOKEN = \"{g.K('simbrief_api_key', g.aln(32))}\""),
        ("code", "import requests\n"
                 "r = requests.get('https://aerodatabox.p.example/airports/icao/EGNS/flights',\n"
                 "                 headers={'x-api-key': AERO_KEY}, timeout=20)\n"
                 f"# proxy {g.priv()}:8080; replay id {g.luuid('request_uuid')}"),
        ("markdown", f"Feeder box at {g.ip('feeder_ip')} (port 30005), IPv6 {g.ip6('feeder_ipv6')}."),
    ])


@T("ipynb_ride_stats", NB, "ipynb", "notebooks/club_rides_2024.ipynb")
def _(g):
    return NBK([
        ("markdown", "## Club ride statistics\nPulls routes from Komoot and RideWithGPS, workouts from Wahoo."),
        ("code", f"KOMOOT_EMAIL = \"{g.em('email_username')}\"\n"
                 f"KOMOOT_PASSWORD = \"{g.pw('komoot_password', 'quoted_sp')}\"\n"
                 f"RWGPS_API_KEY = \"{g.K('ridewithgps_api_key', g.hex(8))}\"\n"
                 f"RWGPS_AUTH_TOKEN = \"{g.K('ridewithgps_auth_token', g.hex(32))}\"\n"
                 f"WAHOO_CLIENT_SECRET = \"{g.K('wahoo_client_secret', g.b64u(43))}\""),
        ("code", f"# TrainingPeaks export uses the coach login\ntp_login = (\"{g.em('coach_email')}\", "
                 f"\"{g.pw('trainingpeaks_password', 'quoted_sp')}\")\n"
                 f"route_ids = [{g.num(10000000, 99999999)}, {g.num(10000000, 99999999)}]"),
        ("markdown", f"Notebook {g.ver('version')}; results server {g.ip('server_ip')}."),
    ])


@T("ipynb_media_catalog", NB, "ipynb", "notebooks/library_games_catalog.ipynb")
def _(g):
    return NBK([
        ("markdown", "# Board-game and video-game shelf\nEnrich the library catalogue from IGDB, Giant Bomb, "
                     "Comic Vine and Tenor."),
        ("code", f"IGDB_CLIENT_ID = \"{g.K('igdb_client_id', g.low(30))}\"\n"
                 f"IGDB_CLIENT_SECRET = \"{g.K('igdb_client_secret', g.low(30))}\"\n"
                 f"GIANTBOMB_KEY = \"{g.K('giantbomb_api_key', g.hex(40))}\"\n"
                 f"COMICVINE_KEY = \"{g.K('comicvine_api_key', g.hex(40))}\"\n"
                 f"TENOR_KEY = \"{g.K('tenor_api_key', g.upr(12))}\""),
        ("code", f"catalogue_db = 'postgresql://catalog:{g.pw('db_password', 'url')}@{g.ip('db_ip')}/shelf'\n"
                 f"sample_isbn = '978{g.num(1000000000, 9999999999)}'\n"
                 f"# sha of the cover cache: {g.sha1()}"),
        ("markdown", f"Contact {g.em('librarian_email')}; test mail goes to {g.resem()}."),
    ])

# ====================================================================================================================
# chat / ticket / email (8)
# ====================================================================================================================


@T("reflector_mail_contest", CHAT, "email", "mail/reflector-0412.eml")
def _(g):
    frm = g.em('sender_email')
    return f"""From: {g.full()} <{frm}>
To: {g.em('list_email', user='contest-team')}
Subject: Re: remote station login for the weekend
Date: Thu, 11 Apr 2024 21:14:02 +0100
Message-ID: <{g.luuid('message_id_uuid')}@{g.lk('placeholder_host', 'lists.invalid')}>

The remote rig is back. Web control is at http://{g.ip('remote_rig_ip')}:8073
user: op   password: {g.pw('remote_rig_password', 'prose')}

If the rotator controller hangs, its IPv6 is {g.ip6('rotator_ipv6')}. Log uploads go
through the Clublog key {g.K('clublog_api_key', g.hex(40))} (please do not paste it in the wiki).

73, and reply to {g.em('sender_email')} not the list.
"""


@T("planning_center_forward", CHAT, "email", "mail/fwd-rota-access.eml")
def _(g):
    return f"""From: Parish Office <{g.em('office_email', user='office')}>
To: {g.em('volunteer_email')}
Subject: Fwd: your rota login

Hi, forwarding what the vicar set up. The Planning Center login for the
music rota is {g.em('email_username')} with password {g.pw('account_password', 'prose')}
(change it when you first log in!). The app token for the projector laptop is
{g.K('personal_access_token', g.hex(64))} and the app id {g.K('application_id', g.hex(64))}.

ChurchSuite is still on the old address, {g.ip('legacy_server_ip')}.
Please ignore the test address {g.resem()}.
"""


@T("teamsnap_chat_csv", CHAT, "csv", "exports/teamsnap_messages.csv")
def _(g):
    return f"""timestamp,sender,message
2024-05-02T18:01:11Z,{g.full()},"training moved to pitch 3"
2024-05-02T18:03:40Z,{g.full()},"who has the login for the camera on the clubhouse? it's at {g.ip('camera_ip')}"
2024-05-02T18:05:02Z,{g.full()},"admin / {g.pw('camera_password', 'ini')} - don't share outside the committee"
2024-05-02T18:07:55Z,{g.full()},"and the treasurer email is {g.em('treasurer_email')}"
2024-05-02T18:09:30Z,{g.full()},"thanks! fixture id {g.luuid('fixture_uuid')} btw"
2024-05-02T18:11:02Z,{g.full()},"wifi for the tea hut: {g.pw('wifi_passphrase', 'ini')}"
2024-05-02T18:13:47Z,{g.full()},"the camera also answers on {g.ip6('camera_ipv6')}, and the old one was {g.priv()}"
2024-05-02T18:15:03Z,{g.full()},"secretary is {g.em('secretary_email')} if anything breaks"
"""


@T("spond_group_json", CHAT, "json", "exports/spond_group_messages.json")
def _(g):
    msgs = [
        {"id": g.luuid('message_uuid'), "author": g.full(), "text": "Minibus booked for Saturday."},
        {"id": g.luuid('message_uuid'), "author": g.full(),
         "text": f"Booking portal login: {g.em('email_username')} / {g.pw('booking_password', 'prose')}"},
        {"id": g.luuid('message_uuid'), "author": g.full(),
         "text": f"The fuel card PIN is on the key fob, the tracker is at {g.ip('tracker_ip')}"},
        {"id": g.luuid('message_uuid'), "author": g.full(),
         "text": f"Tracker API key if someone wants the map: {g.K('tracker_api_key', g.aln(32))}"},
        {"id": g.luuid('message_uuid'), "author": g.full(),
         "text": f"Coach's mail is {g.em('coach_email')}, boathouse wifi {g.pw('wifi_passphrase', 'prose')}"},
    ]
    return J({"group": "Under-14 Rowing", "messages": msgs})


@T("wikitree_g2g_post", CHAT, "markdown", "posts/g2g-gedcom-upload.md")
def _(g):
    return f"""**Question:** family-tree file upload keeps failing from my script

I'm pushing our one-name study to the test server before WikiTree. My script:

```
UPLOAD_URL=https://{g.ip('upload_server_ip')}/tree-upload
UPLOAD_USER={g.em('email_username')}
UPLOAD_PASS={g.pw('upload_password', 'shell')}
APP_ID={g.K('app_id', 'KettleboroughONS_' + g.aln(16))}
```

It returns 403 from {g.ip('upload_server_ip')} but works from home ({g.priv()}). Any ideas?
— answered by {g.full()} ({g.em('answerer_email')}): the server only allows the address you registered.
Sample person id {g.lk('record_id', 'Kettleborough-' + g.num(10, 999))}.
"""


@T("koha_list_message", CHAT, "email", "mail/koha-list-sip2.eml")
def _(g):
    return f"""From: {g.em('sender_email')}
To: {g.em('list_email', user='koha')}
Subject: SIP2 self-check loses connection every hour

Hello list,

our self-check kiosk talks SIP2 to {g.ip('sip_server_ip')} port 6001. In SIPconfig.xml we have

  <login id="selfcheck" password="{g.pw('sip2_password', 'xml')}" delimiter="|" error-detect="enabled" institution="ASHG" />

and the kiosk is at {g.priv()}. Logs attached; the kiosk vendor's support key is {g.K('support_key', g.upr(20))}.
Koha {g.ver()}, installed from packages.

Thanks, {g.full()}
"""


@T("vatsim_forum_post", CHAT, "markdown", "posts/vatsim-atc-client.md")
def _(g):
    return f"""### ATC client won't connect after the update

Posting my config so someone can spot the problem (yes I know, I'll change the password after):

| setting | value |
|---|---|
| server | `{g.ip('fsd_server_ip')}` |
| CID | `{g.num(1000000, 1899999)}` |
| password | `{g.pw('vatsim_password', 'quoted')}` |
| voice server | `{g.ip6('voice_server_ipv6')}` |
| plugin key | `{g.K('plugin_key', g.hex(32))}` |
| local | `{g.priv()}` |

PM me at {g.em('poster_email')} — thanks!
"""


@T("librarything_group_msg", CHAT, "text", "messages/librarything-group.txt")
def _(g):
    return f"""[LibraryThing group: Small Library Volunteers]

{g.full()} wrote:
> Can someone share the TinyCat login again? I lost it in the move.

{g.full()} replied:
The admin account is {g.em('email_username')} and the password {g.pw('account_password', 'prose')}.
The API key for the catalogue widget is {g.K('librarything_api_key', g.hex(32))}.
Our server in the back office is {g.ip('server_ip')} (or {g.priv()} on the wifi).

{g.full()} replied:
Thanks. Sample record {g.luuid('record_uuid')} shows up now. I also added {g.em('volunteer_email')} as a
second admin, and the backup copy is on {g.ip6('backup_ipv6')}.
"""

# ====================================================================================================================
# logs (6)
# ====================================================================================================================


@T("direwolf_log", LOG, "log", "logs/direwolf.log")
def _(g):
    c = g.upr(3)
    return f"""Dire Wolf version 1.7
Audio device for both receive and transmit: plughw:1,0  (channel 0)
Now connected to IGate server {g.ip('aprs_server_ip')}
Check server status here http://{g.ip('aprs_server_ip')}:14501
[ig] user 2E0{c}-10 pass {g.P('aprs_passcode', g.num(10000, 32767))} vers Dire-Wolf 1.7
[ig] # logresp 2E0{c}-10 verified, server T2SALT
[0L] 2E0{c}-10>APDW17,WIDE1-1:!5325.11NS00258.43W#PHG7130 {g.em('igate_contact_email')}
[ig] # aprsc 2.1.14 from {g.ip6('aprs_client_ipv6')}
Ready to accept KISS TCP client application 0 on port 8001 from {g.priv()}
"""


@T("weewx_syslog", LOG, "log", "logs/weewx.log")
def _(g):
    pw = g.pw('pwsweather_password', 'url')
    return f"""May 14 06:10:02 wx weewxd[812]: engine: Starting up weewx version {g.ver()}
May 14 06:10:03 wx weewxd[812]: restx: PWSweather: Data for station KMOOR{g.num(10, 99)} will be posted
May 14 06:15:05 wx weewxd[812]: restx: PWSweather: Failed upload attempt 1: HTTP Error 401: https://pwsupdate.pwsweather.com/api/v1/submitwx?ID=KMOOR1&PASSWORD={pw}&dateutc=2024-05-14
May 14 06:15:06 wx weewxd[812]: restx: CWOP: Connected to server {g.ip('cwop_server_ip')}:14580
May 14 06:15:06 wx weewxd[812]: restx: CWOP: login EW{g.num(1000, 9999)} pass {g.P('cwop_passcode', g.num(10000, 32767))}
May 14 06:15:09 wx weewxd[812]: ftpupload: Uploaded 27 files to {g.ip('ftp_ip')} as wx
May 14 06:15:09 wx weewxd[812]: reportengine: mail alert sent to {g.em('alert_email')} via {g.priv()}
"""


@T("htcondor_schedlog", LOG, "log", "logs/SchedLog")
def _(g):
    return f"""05/14/24 09:12:44 (pid:2241) ******************************************************
05/14/24 09:12:44 (pid:2241) ** condor_schedd (CONDOR_SCHEDD) STARTING UP
05/14/24 09:12:44 (pid:2241) ** {g.ver()} May 02 2024 BuildID: {g.num(600000, 699999)}
05/14/24 09:12:45 (pid:2241) Daemon Log is logging: D_ALWAYS
05/14/24 09:12:45 (pid:2241) Sending e-mail notifications to {g.em('condor_admin_email')}
05/14/24 09:13:02 (pid:2241) Authenticated user {g.em('submitter_email')} from <{g.ip('submit_host_ip')}:9618>
05/14/24 09:13:05 (pid:2241) DC_AUTHENTICATE: received invalid POOL password from <{g.ip('peer_ip')}:42211>; expected hash for token {g.lk('token_id', g.hex(32))}
05/14/24 09:13:05 (pid:2241) Job 4411.0 env: S3_SECRET={g.K('s3_secret_key', g.b64(30))} S3_ENDPOINT=https://[{g.ip6('object_store_ipv6')}]:9000
05/14/24 09:13:07 (pid:2241) Starter on <{g.priv()}:9618> exited
"""


@T("galaxy_server_log", LOG, "log", "logs/galaxy_main.log")
def _(g):
    return f"""galaxy.web.framework.decorators ERROR 2024-05-14 10:02:31,442 [pN:main.1] Uncaught exception in exposed API method:
  request: GET /api/histories?key={g.K('galaxy_api_key', g.hex(32))}&view=summary
  remote_addr: {g.ip('client_ip')}
  user: {g.em('galaxy_user_email')}
galaxy.jobs.runners.local DEBUG 2024-05-14 10:02:33,108 [pN:handler.0] executing: sh -c 'wget --user=seqdata --password={g.pw('http_password', 'shell')} https://{g.ip('sequencer_ip')}/runs/R{g.num(100, 999)}.tar'
galaxy.objectstore INFO 2024-05-14 10:02:34,001 [pN:handler.0] using store at {g.priv()}:/export
galaxy.tools.toolbox.base INFO 2024-05-14 10:02:35,552 [pN:main.1] Loaded tool id: fastqc/{g.ver()}, dataset {g.luuid('dataset_uuid')}
"""


@T("geoserver_log", LOG, "log", "logs/geoserver.log")
def _(g):
    return f"""2024-05-14 11:20:03,117 INFO [geoserver.catalog] - Loading datastore 'parcels'
2024-05-14 11:20:03,502 WARN [org.geotools.jdbc] - Connection failed: jdbc:postgresql://{g.ip('db_ip')}:5432/cadastre?user=gs_reader&password={g.pw('db_password', 'url')}
2024-05-14 11:20:05,011 INFO [geoserver.security] - Authenticated admin from {g.ip('admin_client_ip')}
2024-05-14 11:20:05,880 ERROR [geoserver.wms] - Remote WMS cascade failed for https://maps:{g.pw('wms_password', 'url')}@{g.ip('wms_ip')}/wms?SERVICE=WMS
2024-05-14 11:20:06,003 INFO [geoserver.monitor] - notification sent to {g.em('gis_admin_email')}
2024-05-14 11:20:06,410 DEBUG [geoserver.config] - cluster peer {g.priv()} ok, doc host {g.tnet()}
"""


@T("evcc_log", LOG, "log", "logs/evcc.log")
def _(g):
    return f"""[main  ] INFO 2024/05/14 07:00:01 evcc {g.ver()}
[main  ] INFO 2024/05/14 07:00:01 using config file: /etc/evcc.yaml
[easee ] TRACE 2024/05/14 07:00:03 POST https://api.easee.com/api/accounts/login {{"userName":"{g.em('email_username')}","password":"{g.pw('easee_password', 'quoted')}"}}
[easee ] TRACE 2024/05/14 07:00:04 {{"accessToken":"{g.K('access_token', 'eyJ' + g.b64u(70) + '.' + g.b64u(43))}","expiresIn":86400}}
[site  ] DEBUG 2024/05/14 07:00:05 grid meter: {g.priv()}
[mqtt  ] INFO 2024/05/14 07:00:06 connecting evcc-{g.low(6)} at tcp://{g.ip('mqtt_ip')}:1883
[main  ] INFO 2024/05/14 07:00:06 telemetry: {g.luuid('instance_uuid')}
[mqtt  ] DEBUG 2024/05/14 07:00:07 auth user=evcc password={g.pw('mqtt_password', 'shell')} from {g.ip6('mqtt_client_ipv6')}
"""

# ====================================================================================================================
# GIS / HPC / workflow config (8)
# ====================================================================================================================


@T("htcondor_config_local", GIS, "config", "etc/condor/config.d/99-site.conf")
def _(g):
    return f"""CONDOR_HOST = {g.ip('central_manager_ip')}
CONDOR_ADMIN = {g.em('condor_admin_email')}
UID_DOMAIN = cinderford-astro.org
ALLOW_WRITE = {g.priv()}, $(CONDOR_HOST)
SEC_PASSWORD_FILE = /etc/condor/pool_password
# pool password was set with: condor_store_cred add -c -p {g.pw('pool_password', 'shell')}
SEC_TOKEN_ISSUER_KEY = POOL
# pool signing key fingerprint {g.sha256('key_fingerprint')}
STARTD_CRON_S3_ENV = S3_KEY={g.K('s3_access_key_id', g.upr(20))} S3_SECRET={g.K('s3_secret_key', g.b64(30))}
NETWORK_INTERFACE = {g.ip6('node_ipv6')}
"""


@T("qgis_project_qgs", GIS, "xml", "projects/flood_zones.qgs")
def _(g):
    return f"""<!DOCTYPE qgis PUBLIC 'http://mrcc.com/qgis.dtd' 'SYSTEM'>
<qgis projectname="Flood zones" version="{raw(g.ver())}-Prizren">
  <projectlayers>
    <maplayer type="vector" geometry="Polygon">
      <id>flood_zones_{g.hex(8)}_{g.hex(4)}</id>
      <datasource>dbname='gis' host={g.ip('db_ip')} port=5432 user='qgis_editor' password='{g.pw('db_password', 'plain')}' sslmode=require key='fid' table="public"."flood_zones" (geom)</datasource>
      <layername>flood_zones</layername>
    </maplayer>
    <maplayer type="raster">
      <datasource>contextualWMSLegend=0&amp;crs=EPSG:3857&amp;format=image/png&amp;layers=ortho&amp;password={g.pw('wms_password', 'plain')}&amp;url=https://{g.ip('wms_ip')}/wms&amp;username=surveyor</datasource>
    </maplayer>
  </projectlayers>
  <!-- basemap key {g.K('basemap_api_key', g.aln(32))}; layer style id {g.luuid('style_uuid')} -->
  <properties><WMSContactMail type="QString">{g.em('contact_email')}</WMSContactMail></properties>
</qgis>
"""


@T("geoserver_datastore_xml", GIS, "xml", "data_dir/workspaces/cadastre/parcels/datastore.xml")
def _(g):
    return f"""<dataStore>
  <id>DataStoreInfoImpl-{g.hex(8)}:{g.hex(12)}</id>
  <name>parcels</name>
  <type>PostGIS</type>
  <enabled>true</enabled>
  <connectionParameters>
    <entry key="host">{g.ip('db_ip')}</entry>
    <entry key="port">5432</entry>
    <entry key="database">cadastre</entry>
    <entry key="user">geoserver</entry>
    <entry key="passwd">plain:{g.pw('db_password', 'xml')}</entry>
    <entry key="schema">public</entry>
    <entry key="Expose primary keys">true</entry>
    <entry key="fallback host">{g.ip6('db_ipv6')}</entry>
  </connectionParameters>
  <!-- previous passwd (encrypted, harmless): crypt1:{g.lk('encrypted_value', g.b64(24))} -->
  <!-- maintainer {g.em('maintainer_email')}, replica {g.priv()} -->
</dataStore>
"""


@T("mapserver_mapfile", GIS, "mapfile", "maps/quayside.map")
def _(g):
    return f"""MAP
  NAME "quayside"
  EXTENT -3.2 53.3 -2.8 53.5
  WEB
    METADATA
      "wms_contactelectronicmailaddress" "{g.em('contact_email')}"
      "wms_onlineresource" "https://{g.ip('server_ip')}/cgi-bin/mapserv?map=quayside.map"
    END
  END
  LAYER
    NAME "moorings"
    TYPE POINT
    CONNECTIONTYPE POSTGIS
    CONNECTION "host={g.ip('db_ip')} dbname=quayside user=mapserv password={g.pw('db_password', 'plain')} port=5432"
    DATA "geom FROM moorings USING UNIQUE id"
  END
  # cache seeder at {g.priv()}
  # tile cache upload: ftp://tiles:{g.pw('ftp_password', 'url')}@{g.ip('tile_cache_ip')}/quayside
END
"""


@T("geonode_env", GIS, "dotenv", "geonode/.env")
def _(g):
    return f"""COMPOSE_PROJECT_NAME=geonode_coastal
SITEURL=https://maps.{g.company()}/
GEONODE_DATABASE_PASSWORD={g.pw('db_password', 'ini')}
GEONODE_GEODATABASE_PASSWORD={g.pw('db_password', 'ini')}
DATABASE_URL=postgis://geonode:{g.pw('db_password', 'url')}@{g.ip('db_ip')}:5432/geonode
GEOSERVER_ADMIN_PASSWORD={g.pw('admin_password', 'ini')}
SECRET_KEY={g.K('secret_key', g.b64u(50))}
OAUTH2_CLIENT_SECRET={g.K('oauth_client_secret', g.aln(128))}
ADMIN_EMAIL={g.em('admin_email')}
DEFAULT_FROM_EMAIL={g.resem()}
GEONODE_LB_HOST_IP={g.priv()}
PUBLIC_IP={g.ip('public_ip')}
GEOSERVER_LB_HOST_IP={g.priv()}
"""


@T("lizmap_ini_php", GIS, "ini", "lizmap/var/config/localconfig.ini.php")
def _(g):
    return f""";<?php die(''); ?>
;for security reasons, don't remove or modify the first line

[mailer]
webmasterEmail="{g.em('webmaster_email')}"
webmasterName="Quayside GIS"
mailerType=smtp
smtpHost={g.ip('smtp_ip')}
smtpAuth=on
smtpUsername={g.em('email_username')}
smtpPassword="{g.pw('smtp_password', 'ini')}"

[lizmap]
adminContactEmail={g.em('admin_email')}

[jcommunity]
;registrationEnabled=off
; qgis server backend {g.priv()}
[lizmap_cache]
redis_password={g.pw('cache_password', 'ini')}
redis_host={g.ula6()}
"""


@T("nextflow_config", GIS, "nextflow", "nextflow.config")
def _(g):
    return f"""params {{
    reads  = 's3://soil-runs/*_{{1,2}}.fastq.gz'
    outdir = 'results'
}}

env {{
    S3_ACCESS_KEY = '{g.K('s3_access_key_id', g.upr(20))}'
    S3_SECRET_KEY = '{g.K('s3_secret_key', g.b64(30))}'
    S3_ENDPOINT = 'https://{g.ip('object_store_ip')}:9000'
}}

// container digest {g.sha256('image_digest')}
secrets_hint = '{g.ph('secrets.MY_KEY')}'

tower {{
    accessToken = '{g.K('tower_access_token', 'eyJ' + g.b64u(60) + '.' + g.b64u(43))}'
    enabled = false
}}

notification {{
    to = '{g.em('notify_email')}'
}}
// executor host {g.priv()}
"""


@T("galaxy_yml", GIS, "yaml", "galaxy/config/galaxy.yml")
def _(g):
    return f"""galaxy:
  brand: Wrenfield soil lab
  database_connection: postgresql://galaxy:{g.pw('db_password', 'url')}@{g.ip('db_ip')}/galaxy
  id_secret: {g.K('id_secret', g.hex(32))}
  admin_users: {g.em('admin_email')},{g.em('admin_email')}
  smtp_server: {g.ip('smtp_ip')}:587
  smtp_username: galaxy-notify
  smtp_password: {g.pw('smtp_password', 'yaml')}
  error_email_to: {g.em('error_email')}
  tool_sheds_key: {g.K('tool_shed_api_key', g.hex(32))}
  # docs: https://{g.tnet()}/galaxy  (sample admin {g.resem()})
  bootstrap_admin_api_key: {g.K('bootstrap_admin_api_key', g.hex(32))}
  # old master key: {g.ph('changethis')}
  allowed_origin_hostnames: {g.priv()}
"""

# ====================================================================================================================
# unusual formats (8)
# ====================================================================================================================


@T("kml_placemarks", ODD, "kml", "maps/relay_sites.kml")
def _(g):
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<kml xmlns="http://www.opengis.net/kml/2.2">
<Document>
  <name>Relay sites</name>
  <Placemark>
    <name>Hill relay</name>
    <description>Mast controller {g.ip('relay_ip')} (admin / {g.pw('relay_admin_password', 'xml')}).
      Gate code is with {g.em('site_contact_email')}.</description>
    <Point><coordinates>-3.0412,53.4021,0</coordinates></Point>
  </Placemark>
  <Placemark>
    <name>Quayside office</name>
    <description>Backhaul {g.ip6('backhaul_ipv6')}; LAN {g.priv()}; spare radio MAC {g.mac()}</description>
    <Point><coordinates>-2.9981,53.4102,0</coordinates></Point>
    <ExtendedData><Data name="camera"><value>rtsp://view:{g.pw('camera_password', 'url')}@{g.ip('camera_ip')}/stream1</value></Data></ExtendedData>
  </Placemark>
</Document>
</kml>
"""


@T("sonic_pi_set", ODD, "sonicpi", "live/open_night.rb")
def _(g):
    return f"""# open night set -- lights follow the beat
use_bpm 96
# sample packs come from the club box; user/pass in the URL so it works offline
packs = "https://samples:{g.pw('sample_server_password', 'url')}@{g.ip('sample_server_ip')}/packs/"
set :lights_token, "{g.K('lights_token', g.aln(32))}"
use_osc "{g.priv()}", 7700          # light desk
# use_osc "{g.ip6('light_desk_ipv6')}", 7700   # desk at the other venue
# set list mailed to {g.em('performer_email')}, version {g.ver()}

live_loop :beat do
  sample :bd_haus
  cue :lights, token: get[:lights_token]
  sleep 1
end
"""


@T("subrip_tutorial", ODD, "srt", "videos/setup_tutorial_en.srt")
def _(g):
    return f"""1
00:00:01,000 --> 00:00:04,200
Welcome back. Today we connect the kiln controller to the cloud.

2
00:00:04,400 --> 00:00:08,900
First open a browser and type the address, {g.ip('controller_ip')}.

3
00:00:09,100 --> 00:00:13,600
Log in as admin, the password on my unit is {g.pw('controller_password', 'prose')}.

4
00:00:13,800 --> 00:00:18,300
Paste the cloud key, {g.K('cloud_key', g.upr(24))}, and press save.

5
00:00:18,500 --> 00:00:20,000
If the cloud is down it falls back to {g.ip6('fallback_ipv6')}.

6
00:00:20,100 --> 00:00:22,000
Questions? Write to {g.em('channel_email')}. The address in the docs, {g.tnet()}, is only an example.
"""


@T("webvtt_meeting", ODD, "vtt", "recordings/committee_2024-03.vtt")
def _(g):
    return f"""WEBVTT

00:12:01.000 --> 00:12:05.500
<v {g.full()}>Can you put the mailing-list password in the chat?

00:12:06.000 --> 00:12:11.200
<v {g.full()}>Sure, the admin address is {g.em('list_admin_email')} and the password is {g.pw('list_password', 'prose')}.

00:12:11.500 --> 00:12:16.000
<v {g.full()}>And the server is still {g.ip('server_ip')}? Or the new one, {g.ip6('server_ipv6')}?

00:12:16.400 --> 00:12:20.000
<v {g.full()}>The new one. Recording id {g.luuid('recording_uuid')}.

00:12:21.000 --> 00:12:25.000
<v {g.full()}>Also the bulk-mail key is {g.K('bulk_mail_key', g.aln(40))}, I'll send it to {g.em('secretary_email')}.
"""


@T("hledger_journal", ODD, "journal", "finance/club.journal")
def _(g):
    return f"""; club.journal -- treasurer's books
; bank export login: {g.em('email_username')} / {g.pw('bank_portal_password', 'prose')}
; payment provider key (for the import script): {g.K('payment_api_key', 'live_' + g.aln(30))}

2024-04-02 * Membership fees
    ; ref {g.luuid('transaction_uuid')}
    assets:bank:current          £240.00
    income:membership

2024-04-09 Hosting
    ; VPS {g.ip('vps_ip')} / {g.ip6('vps_ipv6')}, panel password {g.pw('vps_panel_password', 'prose')}
    expenses:hosting              £6.00
    assets:bank:current
"""


@T("beancount_ledger", ODD, "beancount", "books/main.beancount")
def _(g):
    return f"""option "title" "Quarrybrook co-op"
option "operating_currency" "EUR"
plugin "beancount_fetch.prices" "{{'api_key': '{g.K('price_api_key', g.aln(32))}', 'proxy': 'http://{g.priv()}:3128'}}"

2024-01-01 open Assets:Bank:Checking EUR
2024-01-01 open Income:Shares EUR
  ; online banking user {g.em('email_username')} pin-password {g.pw('bank_portal_password', 'prose')}

2024-03-15 * "Member share" "{g.full()}"
  Assets:Bank:Checking   50.00 EUR
  Income:Shares
  document: "receipts/{g.sha1('sha1')}.pdf"

2024-03-20 * "Web hosting" "server {g.ip('vps_ip')}"
  ; panel login {g.em('hosting_login_email')}
  Expenses:Hosting   7.50 EUR
  Assets:Bank:Checking
"""


@T("todo_txt", ODD, "todotxt", "notes/todo.txt")
def _(g):
    return f"""(A) 2024-05-10 Rotate the SMTP password on the shop ({g.pw('smtp_password', 'prose')} is the old one) +shop @ops
(B) 2024-05-11 Move DNS for the club site to {g.ip('new_server_ip')} +club
(B) 2024-05-11 Give {g.em('volunteer_email')} access to the photo archive +archive
2024-05-12 Put the new map tiles key {g.K('tiles_api_key', g.aln(32))} into the viewer +maps
x 2024-05-09 Replace old router {g.priv()} +home
2024-05-13 Tell {g.em('member_email')} the new wifi password {g.pw('wifi_passphrase', 'prose')} +club
2024-05-12 Check firmware {g.ver()} on the AP @home
"""


@T("org_mode_notes", ODD, "org", "notes/infra.org")
def _(g):
    return f"""#+TITLE: Infra notes
* Servers
** Archive box
   - address :: {g.ip('archive_ip')}
   - v6 :: {g.ip6('archive_ipv6')}
   - root password :: ={g.pw('root_password', 'quoted')}=
** Backup
   #+begin_src shell
   export ARCHIVE_PASSPHRASE={g.pw('backup_passphrase', 'shell')}
   sftp -b upload.batch backup@{g.ip('backup_ip')}
   #+end_src
* Accounts
  | service | login | secret |
  |---------+-------+--------|
  | maps    | {g.em('email_username')} | ={g.K('maps_api_key', g.aln(32))}= |
  | printer | admin | ={g.ph('admin')}= |
* Misc
  - LAN gateway {g.priv()}, mac {g.mac()}
"""

# ====================================================================================================================
# docs / prose (3 documents + 16 notes)
# ====================================================================================================================


@T("runbook_library_migration", DOCS, "markdown", "docs/runbook-koha-to-folio.md")
def _(g):
    return f"""# Runbook: moving the branch libraries from Koha to FOLIO

## 1. Freeze the old system
Put Koha into read-only mode. The database host is `{g.ip('db_ip')}`; the migration account is
`migrator` with password `{g.pw('db_password', 'quoted')}` (created for this move only, drop it afterwards).

## 2. Export
Run the bibliographic export on the Koha box. The export uses the SFTP drop at {g.ip('sftp_ip')} (IPv6 {g.ip6('sftp_ipv6')});
log in as `drop` / `{g.pw('sftp_password', 'quoted')}`.

## 3. Load into FOLIO
The Okapi tenant admin is {g.em('tenant_admin_email')}. Get a token with:

    curl -s -X POST https://okapi.{g.company()}/authn/login -H 'X-Okapi-Tenant: ashgrove' \\
      -d '{{"username":"diku_admin","password":"{g.pw('okapi_admin_password', 'quoted')}"}}'

The data-import job profile key is `{g.K('import_profile_key', g.hex(40))}`. Do not confuse it with the job id
`{g.luuid('job_uuid')}`, which is harmless.

## 4. Afterwards
Revoke the Semantic Scholar key used for the enrichment step (`{g.K('semantic_scholar_api_key', g.aln(40))}`) and
mail {g.em('project_lead_email')}. Examples in the vendor guide use {g.tnet()} and {g.resem()}; ignore them.
"""


@T("postmortem_station_keys", DOCS, "markdown", "docs/postmortem-2024-05-dashboard-keys.md")
def _(g):
    return f"""# Postmortem: station keys published with the public dashboard

**Summary.** On 3 May the weather dashboard's config was pushed to the public repository in commit
`{g.shortsha()}`. It held the PVOutput key `{g.K('pvoutput_api_key', g.hex(40))}`, the Open-Meteo key
`{g.K('open_meteo_api_key', g.aln(24))}` and the Ecowitt application key `{g.K('ecowitt_application_key', g.HEXU(32))}`.

**Detection.** A member noticed uploads from {g.ip('abuse_ip')} and {g.ip6('abuse_ipv6')} that were not ours.

**Impact.** The CWOP passcode ({g.P('cwop_passcode', g.num(10000, 32767))}) and the FTP password
({g.pw('ftp_password', 'prose')}) for the web host were also in the file. No member e-mail addresses leaked,
except the maintainer's own ({g.em('maintainer_email')}).

**Not secrets** (left in the write-up on purpose): the build id {g.luuid('build_uuid')}, the full commit
`{g.gitsha()}`, the station's LAN address {g.priv()} and the firmware {g.ver()}.

**Actions.** Keys rotated by {g.full()} ({g.em('responder_email')}); pre-commit scanning added.
"""


@T("farm_coop_handbook", DOCS, "markdown", "docs/handbook-farm-it.md")
def _(g):
    return f"""# Wrenfield Farm Co-op — IT handbook

## Field records
We keep field records in farmOS at https://{g.ip('farmos_ip')}/ . The API client for the tablet app is
`field_tablet` with client secret `{g.K('farmos_client_secret', g.b64u(43))}`. Ask {g.em('records_email')} for
an account.

## Crop planning
LiteFarm is used for the crop plan. The shared login is {g.em('email_username')}, password
{g.pw('litefarm_password', 'prose')}.

## Irrigation
The OpenSprinkler controller in the pump house is at {g.priv()} on the farm wifi
(passphrase {g.pw('wifi_passphrase', 'prose')}); its device password is {g.pw('device_password', 'prose')}.
Remote access goes through the relay at {g.ip('relay_ip')}.

## Brewing shed
The iSpindel posts to Brewfather; the stream id `{g.K('brewfather_stream_id', g.aln(14))}` is in the config.
The Plaato auth token is `{g.K('plaato_auth_token', g.aln(32))}`.

## Examples you can ignore
The vendor manual shows {g.tnet()}, {g.doc6()} and `{g.ph('YOUR-AUTH-TOKEN')}`.
"""


NOTES = [
    # name, greeting, server, password, key, email, and, pw place, vendor, key maker
    ("venda", "Ndaa — nzudzanyo", "seva", "phasiwede", "khii", "imeili", "na", "Thohoyandou", "Open-Meteo",
     lambda g: g.aln(24)),
    ("serer", "Na feto — passation", "serveur", "mot de passe", "clé", "courriel", "&", "Fatik", "Imgur",
     lambda g: g.hex(40)),
    ("mende", "Bua — hanova", "sava", "password", "ki", "imel", "kɛ", "Kenema", "Letterboxd",
     lambda g: g.hex(64)),
    ("temne", "Seke — hanova", "sava", "password", "ki", "imel", "ɔ", "Makeni", "Semantic Scholar",
     lambda g: g.aln(40)),
    ("mossi", "Ne y windga — passation", "serveur", "mot de passe", "clé", "e-mail", "la", "Wagadugu", "Quartzy",
     lambda g: g.hex(40)),
    ("zarma", "Fofo — passation", "serveur", "mot de passe", "clé", "imel", "nda", "Niamey", "TeamSnap",
     lambda g: g.hex(64)),
    ("tuareg", "Azul — passation", "serveur", "mot de passe", "clé", "courriel", "d", "Agadez", "ChurchSuite",
     lambda g: g.hex(40)),
    ("rapa_nui", "Iorana — entrega", "servidor", "contraseña", "llave", "correo", "ko", "HangaRoa", "Overleaf",
     lambda g: "olp_" + g.aln(36)),
    ("nauruan", "Ekamowir omo — handover", "server", "password", "key", "email", "me", "Yaren", "Growatt",
     lambda g: g.aln(32)),
    ("ojibwe", "Aaniin — handover", "server", "password", "key", "email", "miinawaa", "Baawitigong", "Fronius",
     lambda g: "FKIA" + g.upr(36)),
    ("lakota", "Hau — handover", "server", "password", "key", "email", "na", "Aháŋhaŋ", "Yodlee",
     lambda g: g.aln(32)),
    ("hopi", "Um pitu'u — handover", "server", "password", "key", "email", "niqw", "Orayvi", "LabArchives",
     lambda g: g.hex(32)),
    ("zuni", "Keshshi — handover", "server", "password", "key", "email", "taap", "Halonawa", "Plaato",
     lambda g: g.aln(32)),
    ("zapotec", "Padiuxhi — entrega", "servidor", "contraseña", "llave", "correo", "ne", "Juchitán", "Giant Bomb",
     lambda g: g.hex(40)),
    ("mixtec", "Nakuvi — entrega", "servidor", "contraseña", "llave", "correo", "ta", "Ndijiñuhu", "Clublog",
     lambda g: g.hex(40)),
    ("otomi", "Ki hatsi — entrega", "servidor", "contraseña", "llave", "correo", "ne", "Ixmiquilpan", "Zaptec",
     lambda g: g.uuid()),
]


def note_builder(row):
    name, title, srv, pwd, key, mail, conj, place, vendor, keymaker = row
    vkind = vendor.lower().replace(" ", "_").replace("-", "_") + "_api_key"

    def f(g):
        form = g.r.randrange(3)
        native = g.P('pw_native', place + g.num(10, 9999) + g.pick("!#%*+=?^~"))
        ip1, ip2 = g.ip('server_ip'), g.ip6('server_ipv6')
        wifi = g.pw('wifi_passphrase', 'prose')
        k = g.K(vkind, keymaker(g))
        em = g.em('contact_email')
        if form == 0:
            return (f"# {title}\n\n"
                    f"- {srv}: {ip1} {conj} {ip2}\n"
                    f"- Wi-Fi {pwd}: {wifi}\n"
                    f"- {srv} {pwd}: {native}\n"
                    f"- {key} ({vendor}): {k}\n"
                    f"- {mail}: {em}\n"
                    f"- test: {g.priv()} {conj} {g.resem()}\n")
        if form == 1:
            return (f"{title}\n\n{srv}\n{ip1}\n{ip2}\n\n{pwd} (Wi-Fi)\n{wifi}\n\n{pwd} ({srv})\n{native}\n\n"
                    f"{key} {vendor}\n{k}\n\n{mail}\n{em}\n\nv {g.ver()} — {g.luuid('install_uuid')}\n")
        return (f"## {title}\n\n| | |\n|---|---|\n| {srv} | {ip1} {conj} {ip2} |\n| Wi-Fi {pwd} | {wifi} |\n"
                f"| {srv} {pwd} | {native} |\n| {key} {vendor} | `{k}` |\n| {mail} | {em} |\n"
                f"| test | {g.tnet()} {conj} `{g.ph('<' + key + '>')}` |\n")
    return f


for _row in NOTES:
    T("note_" + _row[0], DOCS, "markdown", f"docs/handover/{_row[0]}.md")(note_builder(_row))
