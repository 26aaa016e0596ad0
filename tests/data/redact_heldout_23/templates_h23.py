"""Templates for held-out set 23.

Each template is a function of a context object ``c`` (which wraps a seeded random.Random) and returns the
document text with planted values wrapped in private-use markers: U+E000 ``TAG|kind`` U+E001 value U+E002.
The tag ``LOOK`` marks a look-alike. ``make_heldout_23.py`` strips the markers and records the spans.
"""
import json

import gen_h23 as G

M0, M1, M2 = "\ue000", "\ue001", "\ue002"


def mk(tag, kind, value):
    assert value and value == value.strip(), value
    return f"{M0}{tag}|{kind}{M1}{value}{M2}"


def unmark(s):
    """Plain value of a marked string (for places where the value must be derived, e.g. base64)."""
    out, i = [], 0
    while i < len(s):
        if s[i] == M0:
            j = s.index(M1, i)
            i = j + 1
            continue
        if s[i] == M2:
            i += 1
            continue
        out.append(s[i])
        i += 1
    return "".join(out)


class Ctx:
    def __init__(self, r):
        self.r = r

    # randomness passthroughs
    def choice(self, seq):
        return self.r.choice(seq)

    def randint(self, a, b):
        return self.r.randint(a, b)

    def sample(self, seq, k):
        return self.r.sample(seq, k)

    # labelled values
    def ip(self):
        return mk("IP_ADDRESS", "ipv4_public", G.ip_public(self.r))

    def email(self):
        return self.email_pub() if self.r.random() < 0.5 else self.email_corp()

    def email_pub(self):
        return mk("EMAIL", "email_public", G.email_public(self.r))

    def email_corp(self, domain=None):
        return mk("EMAIL", "email_corp", G.email_corp(self.r, domain))

    def email_role(self, domain=None):
        return mk("EMAIL", "email_role", G.role_email(self.r, domain))

    def jid(self, domain=None):
        return mk("EMAIL", "xmpp_jid", G.email_corp(self.r, domain))

    def pw(self, ctx="quoted", style=None):
        kind, v = G.pw(self.r, ctx, style)
        return mk("PASSWORD", kind, v)

    def pwk(self, kind, value):
        assert "@" not in value
        return mk("PASSWORD", kind, value)

    def snmp(self):
        return self.pwk("snmp_community", G.snmp_community(self.r))

    def radius(self, ctx="net"):
        return self.pwk("radius_secret", G.shared_secret(self.r, ctx))

    def tacacs(self, ctx="net"):
        return self.pwk("tacacs_key", G.shared_secret(self.r, ctx))

    def bgp_md5(self):
        return self.pwk("bgp_md5_password", G.shared_secret(self.r, "net"))

    def psk(self, ctx="net"):
        return self.pwk("ipsec_psk", G.shared_secret(self.r, ctx))

    def wifi(self):
        return self.pwk("wifi_passphrase", G.wifi_psk(self.r))

    def devpw(self):
        return self.pwk("device_password", G.pw(self.r, "net")[1])

    def key(self, vendor):
        kind, v = G.tok(self.r, vendor)
        return mk("KEY", kind, v)

    def keyv(self, kind, value):
        return mk("KEY", kind, value)

    def hexkey(self, kind, n=64):
        return mk("KEY", kind, G.hexs(self.r, n))

    def b64key(self, kind, nbytes=32):
        return mk("KEY", kind, G.b64(self.r, nbytes))

    def alnumkey(self, kind, n=48):
        return mk("KEY", kind, G.rs(self.r, G.ALNUM, n))

    def uuidkey(self, kind):
        return mk("KEY", kind, G.uuid4(self.r))

    # look-alikes
    def look(self, kind, value):
        return mk("LOOK", kind, value)

    def priv(self):
        return self.look("private_ip", G.ip_private(self.r))

    def loop(self):
        return self.look("loopback_ip", G.ip_loopback(self.r))

    def cgnat(self):
        return self.look("cgnat_ip", G.ip_cgnat(self.r))

    def linklocal(self):
        return self.look("linklocal_ip", G.ip_linklocal(self.r))

    def docip(self):
        return self.look("documentation_ip", G.ip_doc(self.r))

    def anyip(self):
        return self.look("unspecified_ip", "0.0.0.0")

    def mask(self):
        return self.look("netmask", G.netmask(self.r))

    def wmask(self):
        return self.look("wildcard_mask", G.wildcard_mask(self.r))

    def resv(self):
        return self.look("reserved_email", G.email_reserved(self.r))

    def ver(self):
        return self.look("version", G.version3(self.r))

    def build(self):
        return self.look("build_number", G.build4(self.r))

    def uuid_l(self, kind="uuid_id"):
        return self.look(kind, G.uuid4(self.r))

    def sha(self, n=40):
        return self.look("git_sha", G.git_sha(self.r, n))

    def sshfp(self):
        return self.look("ssh_fingerprint", G.ssh_fp(self.r))

    def tlsfp(self):
        return self.look("tls_fingerprint", G.tls_fp(self.r))

    def crypt(self):
        return self.look("sha512_crypt_hash", G.sha512crypt(self.r))

    def bcrypt(self):
        return self.look("bcrypt_hash", G.bcrypt_hash(self.r))

    def masked(self, prefix=""):
        return self.look("masked_secret", G.masked(self.r, prefix))

    def pubhex(self):
        return self.look("public_key_hex", G.public_key_hex(self.r))

    # plain helpers (unlabelled)
    def host(self, domain=None):
        return G.host(self.r, domain)

    def dom(self):
        return G.corp_domain(self.r)

    def user(self):
        return G.user(self.r)

    def svc(self):
        return G.svc_user(self.r)

    def word(self):
        return self.r.choice(G.WORDS)

    def first(self):
        return self.r.choice(G.FIRST).capitalize()

    def name(self):
        return f"{self.r.choice(G.FIRST).capitalize()} {self.r.choice(G.LAST).capitalize()}"

    def hexs(self, n):
        return G.hexs(self.r, n)

    def rs(self, alphabet, n):
        return G.rs(self.r, alphabet, n)

    def date(self, year=None):
        return f"{year or self.r.randint(2023, 2025)}-{self.r.randint(1, 12):02d}-{self.r.randint(1, 28):02d}"

    def time(self):
        return f"{self.r.randint(0, 23):02d}:{self.r.randint(0, 59):02d}:{self.r.randint(0, 59):02d}"

    def port(self):
        return str(self.r.choice([2222, 5432, 3306, 6379, 8080, 8443, 9000, 9092, 5671, 1883, 27017, 8086, 7000]))


TEMPLATES = []


def T(group, lang, path):
    def deco(fn):
        TEMPLATES.append((fn.__name__, group, lang, path, fn))
        return fn
    return deco


def jdump(obj, indent=2):
    return json.dumps(obj, ensure_ascii=False, indent=indent) + "\n"


CI = "CI / IaC"
HTTP = "HTTP / API client export"
SQL = "SQL / CSV"
CHAT = "chat / ticket / email"
CODE = "code / config assignment"
SHELL = "command line / shell"
COMMIT = "commit / review"
DATA = "data / observability config"
PROSE = "docs / prose"
LOG = "log / stack trace"
MOBILE = "mobile / IDE config"
NET = "network config"
NB = "notebook"
SELF = "self-hosted / home lab"
ODD = "unusual format"


# ====================================================================== CI / IaC

@T(CI, "yaml", "wercker.yml")
def wercker_yml(c):
    return f"""box: python:3.{c.randint(9, 12)}-slim
services:
  - id: postgres:15
    env:
      POSTGRES_USER: ci
      POSTGRES_PASSWORD: {c.pw("yaml")}
  - id: redis:7
build:
  steps:
    - pip-install:
        requirements_file: requirements/ci.txt
    - script:
        name: unit tests
        code: |
          export DATABASE_URL=postgres://ci:$POSTGRES_ENV_POSTGRES_PASSWORD@$POSTGRES_PORT_5432_TCP_ADDR/ci
          pytest -q --maxfail=1
    - script:
        name: visual snapshots
        code: |
          # TODO move to the wercker env settings, this leaked into two forks already
          export PERCY_TOKEN={c.key("percy")}
          npx percy exec -- npm run e2e
deploy:
  steps:
    - add-ssh-key:
        keyname: DEPLOY_KEY
    - add-to-known_hosts:
        hostname: {c.ip()}
        fingerprint: {c.sshfp()}
    - script:
        name: rsync release
        code: rsync -az --delete dist/ deploy@{c.ip()}:/srv/app/releases/$WERCKER_GIT_COMMIT/
  after-steps:
    - slack-notifier:
        url: $SLACK_URL
        username: wercker
    - sherzberg/email-notify:
        to: {c.email_role()}
        from: {c.email_corp()}
"""


@T(CI, "ruby", "config/deploy.rb")
def mina_deploy_rb(c):
    d = c.dom()
    return f"""require 'mina/rails'
require 'mina/git'
require 'mina/rbenv'

set :application_name, '{c.word()}-{c.word()}'
set :domain, '{c.ip()}'
set :deploy_to, '/var/www/{c.word()}'
set :repository, 'https://deploy:{c.pw("url")}@git.{d}/web/storefront.git'
set :branch, ENV.fetch('BRANCH', 'main')
set :user, 'deploy'
set :port, '{c.choice(["22", "2222", "2202"])}'
set :forward_agent, true

# staging box behind the office NAT
set :staging_host, '{c.priv()}'

set :shared_dirs, fetch(:shared_dirs, []).push('storage', 'tmp/pids')
set :shared_files, fetch(:shared_files, []).push('config/database.yml', 'config/master.key')

task :remote_environment do
  invoke :'rbenv:load'
  command %{{export SAUCE_USERNAME=ci-{c.word()}}}
  command %{{export SAUCE_ACCESS_KEY={c.key("saucelabs")}}}
  command %{{export LOB_API_KEY={c.key("lob")}}}
end

task :setup do
  command %{{mkdir -p "#{{fetch(:shared_path)}}/storage"}}
end

desc 'Deploys the current version to the server.'
task :deploy do
  deploy do
    invoke :'git:clone'
    invoke :'deploy:link_shared_paths'
    invoke :'bundle:install'
    invoke :'rails:db_migrate'
    invoke :'deploy:cleanup'
    on :launch do
      command %{{sudo systemctl restart puma-storefront}}
      command %{{echo "deployed $(git rev-parse --short HEAD)" | mail -s deploy {c.email_role(d)}}}
    end
  end
end
"""


@T(CI, "typescript", "main.ts")
def cdktf_main_ts(c):
    return f"""import {{ Construct }} from "constructs";
import {{ App, TerraformStack, TerraformOutput }} from "cdktf";
import {{ HcloudProvider }} from "./.gen/providers/hcloud/provider";
import {{ Server }} from "./.gen/providers/hcloud/server";
import {{ Firewall }} from "./.gen/providers/hcloud/firewall";

const OFFICE_EGRESS = ["{c.ip()}/32", "{c.ip()}/32"];

class EdgeStack extends TerraformStack {{
  constructor(scope: Construct, id: string) {{
    super(scope, id);

    new HcloudProvider(this, "hcloud", {{
      token: process.env.HCLOUD_TOKEN ?? "",
    }});

    const fw = new Firewall(this, "edge-fw", {{
      name: "edge-fw",
      rule: [
        {{ direction: "in", protocol: "tcp", port: "22", sourceIps: OFFICE_EGRESS }},
        {{ direction: "in", protocol: "tcp", port: "443", sourceIps: ["{c.anyip()}/0"] }},
      ],
    }});

    const edge = new Server(this, "edge-1", {{
      name: "edge-1",
      image: "debian-12",
      serverType: "cx22",
      firewallIds: [fw.id as unknown as number],
      userData: `#cloud-config
runcmd:
  - echo "TWELVEDATA_API_KEY={c.key("twelvedata")}" >> /etc/quotes.env
  - echo "PGPASSWORD={c.pw("shell")}" >> /etc/quotes.env
`,
      labels: {{ owner: "{c.first().lower()}" }},
    }});

    new TerraformOutput(this, "edge_ipv4", {{ value: edge.ipv4Address }});
    new TerraformOutput(this, "alert_contact", {{ value: "{c.email_corp()}" }});
  }}
}}

const app = new App();
new EdgeStack(app, "quotes-edge");
app.synth();
"""


@T(CI, "yaml", "kubero/app.yaml")
def kubero_pipeline_yaml(c):
    return f"""apiVersion: application.kubero.dev/v1alpha1
kind: KuberoApp
metadata:
  name: {c.word()}-api
  labels:
    manager: kubero
spec:
  name: {c.word()}-api
  pipeline: storefront
  phase: production
  branch: main
  deploymentstrategy: git
  buildstrategy: dockerfile
  gitrepo:
    clone_url: https://github.com/{c.word()}-{c.word()}/api.git
    ssh_url: ""
  domain: api.{c.dom()}
  podsize:
    name: small
  autoscale: false
  web:
    replicaCount: 2
  envVars:
    - name: DATABASE_HOST
      value: "{c.ip()}"
    - name: DATABASE_PASSWORD
      value: "{c.pw("quoted")}"
    - name: WEBFLOW_API_TOKEN
      value: "{c.key("webflow")}"
    - name: SHIPSTATION_API_KEY
      value: "{c.key("shipstation_key")}"
    - name: SHIPSTATION_API_SECRET
      value: "{c.key("shipstation_secret")}"
    - name: ORDER_MAIL_FROM
      value: "{c.email_corp()}"
    - name: INTERNAL_CACHE
      value: "{c.priv()}:6379"
  addons: []
"""


@T(CI, "yaml", "/etc/cobbler/settings.yaml")
def cobbler_settings_yaml(c):
    srv = c.ip()
    return f"""# cobbler settings, rack B provisioning
auto_migrate_settings: false
allow_dynamic_settings: true
anamon_enabled: true
bind_master: {c.loop()}
default_password_crypted: "{c.crypt()}"
default_name_servers: [{c.ip()}, {c.ip()}]
default_ownership:
  - "admin"
enable_ipxe: true
manage_dhcp: true
manage_dhcp_v4: true
next_server_v4: {srv}
server: {srv}
power_management_default_type: ipmilanplus
# BMC defaults for the new R650 batch (rotate once enrolled)
power_user: ADMIN
power_pass: {c.pw("yaml")}
register_new_installs: false
redhat_management_server: "xmlrpc.rhn.redhat.com"
mgmt_parameters:
  from_cobbler: true
  notify_email: {c.email_role()}
ldap_server: "ldap.{c.dom()}"
ldap_base_dn: "DC=rack,DC=internal"
ldap_management_default_type: "authconfig"
reposync_flags: "-l -n -d"
pxe_just_once: true
dhcp_subnet: {c.priv()}
dhcp_netmask: {c.mask()}
"""


@T(CI, "yaml", "edge-node.bu")
def butane_config(c):
    gw = c.ip()
    return f"""variant: fcos
version: 1.5.0
passwd:
  users:
    - name: core
      password_hash: "{c.crypt()}"
      ssh_authorized_keys:
        - ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI{c.rs(G.ALNUM, 43)} {c.first().lower()}@laptop
    - name: maint
      groups: [wheel]
storage:
  files:
    - path: /etc/NetworkManager/system-connections/uplink.nmconnection
      mode: 0600
      contents:
        inline: |
          [connection]
          id=uplink
          type=ethernet
          interface-name=enp1s0
          [ipv4]
          method=manual
          addresses={c.ip()}/29
          gateway={gw}
          dns={c.ip()};{c.ip()}
    - path: /etc/telemetry/agent.env
      mode: 0600
      contents:
        inline: |
          METEO_KEY={c.key("tomorrowio")}
          INFLUX_PASSWORD={c.pw("ini")}
          OWNER={c.email_corp()}
    - path: /etc/hostname
      contents:
        inline: edge-{c.randint(10, 99)}
systemd:
  units:
    - name: telemetry-agent.service
      enabled: true
"""


@T(CI, "yaml", ".github/workflows/build.yml")
def turbo_remote_cache(c):
    return f"""name: build
on:
  push:
    branches: [main]
  pull_request:

env:
  # self-hosted turborepo cache (ducktors server on the build VM)
  TURBO_API: http://{c.ip()}:3000
  TURBO_TEAM: web
  TURBO_TOKEN: {c.keyv("turbo_remote_cache_token", c.hexs(48))}
  CHROMATIC_PROJECT_TOKEN: {c.key("chromatic")}

jobs:
  build:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
        with:
          fetch-depth: 2
      - uses: pnpm/action-setup@v4
      - uses: actions/setup-node@v4
        with:
          node-version: 20
          cache: pnpm
      - run: pnpm install --frozen-lockfile
      - run: pnpm turbo run build test --filter=...[HEAD^1]
      - name: storybook publish
        run: pnpm --filter ui chromatic --exit-zero-on-changes
      - name: notify
        if: failure()
        run: |
          curl -s --user "api:{c.pw("shell")}" \\
            https://mail.{c.dom()}/v1/send \\
            -d to={c.email_role()} -d subject="turbo build failed"
"""


@T(CI, "yaml", "blueprint.yaml")
def cloudify_blueprint(c):
    return f"""tosca_definitions_version: cloudify_dsl_1_4

imports:
  - cloudify/types/types.yaml
  - plugin:cloudify-fabric-plugin

inputs:
  host_ip:
    description: public address of the existing VM
    default: {c.ip()}
  agent_user:
    default: centos
  db_password:
    type: string
    default: {c.pw("yaml")}
  avalara_license_key:
    type: string
    default: "{c.key("avalara")}"
  avalara_account_id:
    default: "{c.randint(1100000000, 1199999999)}"
  ops_contact:
    default: {c.email_role()}

node_templates:
  vm:
    type: cloudify.nodes.Compute
    properties:
      ip: {{ get_input: host_ip }}
      agent_config:
        install_method: none
        user: {{ get_input: agent_user }}

  tax_service:
    type: cloudify.nodes.ApplicationModule
    relationships:
      - type: cloudify.relationships.contained_in
        target: vm
    interfaces:
      cloudify.interfaces.lifecycle:
        start:
          implementation: fabric.fabric_plugin.tasks.run_commands
          inputs:
            commands:
              - docker run -d -e DB_HOST={c.priv()} -e DB_PASSWORD={{ get_input: db_password }} tax-svc:{c.ver()}
            fabric_env:
              host_string: {{ get_input: host_ip }}
              user: {{ get_input: agent_user }}
              key_filename: /etc/cloudify/keys/agent.pem
"""


# ====================================================================== HTTP / API client

@T(HTTP, "http", "api/quotes.http")
def httpyac_http(c):
    return f"""@host = http://{c.ip()}:8080
@tiingo = {c.key("tiingo")}
@admin_email = {c.email_corp()}

### daily prices
# @name prices
GET https://api.tiingo.com/tiingo/daily/aapl/prices?startDate=2024-01-02
Content-Type: application/json
Authorization: Token {{{{tiingo}}}}

### internal ingest (basic auth, httpyac encodes it)
POST {{{{host}}}}/ingest
Authorization: Basic ingest:{c.pw("url")}
Content-Type: application/json

{{
  "source": "tiingo",
  "notify": "{{{{admin_email}}}}",
  "rows": {{{{prices.length}}}}
}}

### old box, keep until cut-over
GET http://{c.ip()}/healthz

### lab mirror
GET http://{c.priv()}:8080/healthz

### copied from the docs, never worked here
GET http://{c.docip()}/v1/ping
"""


@T(HTTP, "yaml", "workflow.yml")
def stepci_workflow_yml(c):
    return f"""version: "1.1"
name: market data smoke
env:
  host: http://{c.ip()}:4000
  polygon_key: {c.key("polygon")}
tests:
  login:
    steps:
      - name: session
        http:
          url: ${{{{env.host}}}}/api/session
          method: POST
          json:
            email: {c.email_pub()}
            password: {c.pw("yaml")}
          captures:
            token:
              jsonpath: $.token
          check:
            status: 200
      - name: aggregates
        http:
          url: https://api.polygon.io/v2/aggs/ticker/X:BTCUSD/range/1/day/2024-01-09/2024-02-09?apiKey=${{{{env.polygon_key}}}}
          method: GET
          check:
            status: 200
      - name: admin (basic)
        http:
          url: http://{c.ip()}:9090/admin/flush
          method: POST
          auth:
            basic:
              username: ops
              password: {c.pw("yaml")}
          check:
            status: /^20/
"""


@T(HTTP, "yaml", "tests/integration/test_signup.tavern.yaml")
def tavern_test_yaml(c):
    return f"""---
test_name: signup then fetch profile

includes:
  - !include common.yaml

stages:
  - name: create account
    request:
      url: http://{c.ip()}:8000/api/v1/signup
      method: POST
      json:
        email: {c.email_pub()}
        password: "{c.pw("quoted")}"
        referrer: {c.resv()}
    response:
      status_code: 201
      save:
        json:
          user_id: id

  - name: enrich from proxycurl
    request:
      url: https://nubela.co/proxycurl/api/v2/linkedin
      method: GET
      headers:
        Authorization: "Bearer {c.key("proxycurl")}"
      params:
        url: https://www.linkedin.com/in/{c.word()}-{c.word()}
    response:
      status_code: 200

  - name: fetch profile from the canary
    request:
      url: http://{c.ip()}:8000/api/v1/users/{{user_id}}
      method: GET
    response:
      status_code: 200
      json:
        email: {c.email_pub()}
"""


@T(HTTP, "json", "mappings/billing-proxy.json")
def wiremock_mapping_json(c):
    obj = {
        "mappings": [
            {
                "priority": 1,
                "request": {
                    "method": "POST",
                    "urlPath": "/v3/invoices",
                    "basicAuthCredentials": {"username": "billing", "password": c.pw("quoted")},
                },
                "response": {
                    "status": 201,
                    "jsonBody": {"id": "inv_" + c.hexs(12), "customer": c.email_pub(), "status": "open"},
                    "headers": {"Content-Type": "application/json"},
                },
            },
            {
                "request": {
                    "method": "GET",
                    "urlPathPattern": "/v3/customers/.*",
                    "headers": {"Authorization": {"equalTo": "Bearer " + c.key("magicbell_key")}},
                },
                "response": {"proxyBaseUrl": "http://" + c.ip() + ":8081",
                             "additionalProxyRequestHeaders": {"X-MAGICBELL-API-SECRET": c.key("magicbell_secret")}},
            },
            {
                "request": {"method": "ANY", "urlPattern": "/legacy/.*"},
                "response": {"proxyBaseUrl": "http://" + c.priv() + ":8080"},
            },
        ]
    }
    return jdump(obj)


# ====================================================================== SQL / CSV

@T(SQL, "csv", "RoboForm-export.csv")
def roboform_export_csv(c):
    rows = ["Name,Url,MatchUrl,Login,Pwd,Note,Folder,RfFieldsV2"]
    rt, nas = c.ip(), c.priv()
    mail = f"https://mail.{c.dom()}/"
    rows.append(f"Router admin,http://{rt}/,http://{rt}/,admin,{c.pw('ini')},,/Home,")
    rows.append(f"Webmail,{mail},{mail},{c.email_corp()},{c.pw('ini')},,/Work,")
    rows.append(f"Toggl,https://track.toggl.com/,https://track.toggl.com/,{c.email_pub()},{c.pw('ini')},api token {c.key('toggl')},/Work,")
    rows.append(f"NAS,http://{nas}:5000/,http://{nas}:5000/,{c.first().lower()},{c.pw('ini')},,/Home,")
    rows.append(f"Harvest,https://id.getharvest.com/,https://id.getharvest.com/,{c.email_pub()},{c.pw('ini')},PAT {c.key('harvest')},/Work,")
    vpn = c.ip()
    rows.append(f"Colo VPN,https://{vpn}/remote/login,https://{vpn}/,{c.svc()},{c.pw('ini')},,/Work/Infra,")
    return "\n".join(rows) + "\n"


@T(SQL, "sql", "migrations/0042_fdw_legacy_crm.sql")
def opengauss_fdw_sql(c):
    return f"""-- openGauss: pull the legacy CRM tables through mysql_fdw until the cut-over
CREATE EXTENSION IF NOT EXISTS mysql_fdw;

CREATE SERVER legacy_crm FOREIGN DATA WRAPPER mysql_fdw
    OPTIONS (host '{c.ip()}', port '3306');

CREATE USER MAPPING FOR crm_reader SERVER legacy_crm
    OPTIONS (username 'report', password '{c.pw("quoted")}');

CREATE USER etl_loader WITH PASSWORD '{c.pw("quoted")}' VALID UNTIL '2026-01-01';
GRANT USAGE ON FOREIGN SERVER legacy_crm TO etl_loader;

CREATE FOREIGN TABLE legacy_contacts (
    id int,
    email varchar(255),
    created_at timestamp
) SERVER legacy_crm OPTIONS (dbname 'crm', table_name 'contacts');

-- owners to notify when the mapping changes
INSERT INTO ops.contacts (team, email, source_ip) VALUES
    ('crm', '{c.email_corp()}', '{c.ip()}'),
    ('dba', '{c.email_pub()}', '{c.priv()}');
"""


# ====================================================================== chat / ticket / email

@T(CHAT, "text", "uvdesk/ticket-4471.txt")
def uvdesk_ticket(c):
    cust = c.email_pub()
    agent = c.first()
    return f"""Ticket #{c.randint(4000, 4999)} - SMTP relay stopped accepting our mails
Status: Pending | Priority: High | Group: Hosting | Agent: {agent}
Customer: {c.name()} <{cust}>

--- Customer wrote ({c.date()} {c.time()}) ---
Hi,
since this morning our shop can't send order confirmations. The relay answers 535 auth failed.
Nothing changed on our side. Settings in the shop backend:

  SMTP host: {c.ip()}
  Port: 587
  User: shop-relay
  Password: {c.pw("prose")}

Our web server is {c.ip()} if you need to whitelist it again.

--- Agent {agent} replied ---
Hello, thanks for the details. The relay blocked {c.ip()} after too many failed logins, not your shop
server. I have lifted the block. Please change the relay password from the panel, it has been posted
in a ticket now. Internal note forwarded to {c.email_role()}.

--- Customer wrote ---
Done, new one is {c.pw("prose")} - works again, thanks!
"""


@T(CHAT, "text", "znuny/ticket-zoom.txt")
def znuny_article(c):
    return f"""Ticket#2025{c.randint(100000, 999999)} — VPN access for the external auditors
Queue: IT::Network   State: open   Lock: lock   Owner: {c.first().lower()}
CustomerID: {c.word()}-audit   Customer user: {c.email_corp()}

Article #3 (agent → customer, email-external)
From: "IT Service Desk" <{c.email_role()}>
To: {c.email_corp()}
Subject: [Ticket#2025{c.randint(100000, 999999)}] VPN access for the external auditors

Dear colleagues,

the accounts are ready. Gateway: {c.ip()} (backup gateway {c.ip()}), group "AUDIT-EXT".

  user: audit01   initial password: {c.pw("prose")}
  user: audit02   initial password: {c.pw("prose")}

Group pre-shared key: {c.psk("prose")}

Please change the passwords at first logon. Internal systems you may reach: {c.priv()} and {c.priv()}.

Kind regards
IT Service Desk
"""


@T(CHAT, "json", "deskpro/ticket.json")
def deskpro_ticket_json(c):
    obj = {
        "data": {
            "id": c.randint(20000, 29999),
            "ref": f"{c.rs(G.UPPER, 4)}-{c.randint(1000, 9999)}-{c.rs(G.UPPER, 4)}",
            "subject": "Webhook signatures failing after key rotation",
            "status": "awaiting_agent",
            "person": {"name": c.name(), "primary_email": c.email_pub()},
            "agent": {"name": c.name(), "primary_email": c.email_corp()},
            "messages": [
                {"id": 1, "person": "user", "message": "Our endpoint rejects every webhook since yesterday. "
                 "Receiver runs on " + c.ip() + ", old one was " + c.ip() + "."},
                {"id": 2, "person": "agent", "message": "Can you confirm the signing secret configured on your side?"},
                {"id": 3, "person": "user", "message": "It's " + c.alnumkey("webhook_signing_secret", 40)
                 + " and the Iterable key we forward to is " + c.key("iterable") + ". Sorry for pasting here."},
            ],
            "fields": {"browser": "Firefox 128", "ip_address": c.ip(), "session": c.uuid_l("session_id"),
                       "previous_secret": c.masked("whsec_")},
        }
    }
    return jdump(obj)


@T(CHAT, "json", "revolt/export-ops.json")
def revolt_messages_json(c):
    def mid():
        return "01" + c.rs("0123456789ABCDEFGHJKMNPQRSTVWXYZ", 24)
    msgs = [
        {"_id": mid(), "author": "ravi", "content": "staging minio is back at " + c.ip() + ":9000"},
        {"_id": mid(), "author": "ravi", "content": "root creds unchanged: minioadmin / " + c.pw("quoted")},
        {"_id": mid(), "author": "noor", "content": "ok. who owns the tomorrow.io account? quota alarm went to " + c.email_pub()},
        {"_id": mid(), "author": "ravi", "content": "me. key is " + c.key("tomorrowio") + " but rate-limited until midnight"},
        {"_id": mid(), "author": "noor", "content": "fine, I'll point the cron at " + c.priv() + " meanwhile"},
    ]
    return jdump({"channel": mid(), "server": mid(), "messages": msgs})


@T(CHAT, "text", "keybase-chat.txt")
def keybase_chat_log(c):
    return f"""$ keybase chat read {c.word()}team#infra --at-most 6
[{c.first().lower()} {c.date()} {c.time()}] did anyone rotate the moonshot key after the demo?
[{c.first().lower()} {c.date()} {c.time()}] not yet. current one: {c.key("moonshot")}
[{c.first().lower()} {c.date()} {c.time()}] also the GPU box moved, it's {c.ip()} now (was {c.ip()})
[{c.first().lower()} {c.date()} {c.time()}] jupyter token / password on it: {c.pw("prose")}
[{c.first().lower()} {c.date()} {c.time()}] billing mails go to {c.email_pub()} btw
[{c.first().lower()} {c.date()} {c.time()}] :+1: exploding this in 1h
"""


@T(CHAT, "markdown", "tuleap/artifact-812.md")
def tuleap_artifact(c):
    return f"""**Story #{c.randint(800, 899)}** — Move product images to Filestack
Tracker: Stories · Status: In progress · Assigned to: {c.name()} ({c.email_corp()})

---

**Follow-up by {c.first()}** ({c.date()})

Upload works from the dev box. Config I used:

```
FILESTACK_API_KEY={c.key("filestack")}
FILESTACK_APP_SECRET={c.alnumkey("filestack_app_secret", 26)}
ORIGIN_IP={c.ip()}
```

**Follow-up by {c.first()}**

Please don't paste the app secret into artifacts. The legacy image host {c.ip()} still serves
`/media`; its FTP login is `media` / `{c.pw("prose")}` until we switch it off.

**Follow-up by {c.first()}**

Removed the secret from the repo. Linked commit {c.sha(12)}.
"""


@T(CHAT, "text", "jivochat/transcript.txt")
def jivochat_transcript(c):
    return f"""JivoChat transcript — {c.date()}
Visitor: {c.first()} ({c.email_pub()}), IP {c.ip()}, Chrome on Windows
Page: https://{c.dom()}/hosting/vps

{c.time()} Visitor: hi, my VPS doesn't boot after the kernel update
{c.time()} Agent {c.first()}: Hello! Which server is it? The main IP please
{c.time()} Visitor: {c.ip()}
{c.time()} Agent: I see it in rescue mode. Do you want us to check it? We would need the root password
{c.time()} Visitor: ok it's {c.pw("prose")}
{c.time()} Agent: Thank you. Please change it after we are done. (Our reports come from an address like {c.resv()}.)
{c.time()} Agent: I'll also mail the report to {c.email_pub()}?
{c.time()} Visitor: yes please
"""


@T(CHAT, "markdown", "gitter-archive.md")
def gitter_archive(c):
    return f"""### {c.word()}-sdk/community — {c.date()}

**{c.first().lower()}** {c.time()}
anyone else getting 401 from the CometChat REST API with the v3 SDK?

**{c.first().lower()}** {c.time()}
works for me. are you sending `apikey` header? mine:
```
appId: {c.hexs(16)}
region: eu
authKey: {c.key("cometchat")}
```

**{c.first().lower()}** {c.time()}
:facepalm: please revoke that, this room is public and archived

**{c.first().lower()}** {c.time()}
right, revoked. for the record the 401 was our proxy at {c.ip()} stripping headers. contact
{c.email_corp()} if you see the same with the hosted proxy ({c.ip()})
"""


# ====================================================================== code / config in other languages

@T(CODE, "moonscript", "config.moon")
def moonscript_lapis_config(c):
    return f"""config = require "lapis.config"

config "development", ->
  port 8080
  postgres ->
    host "{c.loop()}"
    user "lapis"
    password "{c.pw("quoted")}"
    database "board_dev"

config "production", ->
  port 80
  num_workers 4
  code_cache "on"
  secret "{c.alnumkey("lapis_session_secret", 40)}"
  postgres ->
    host "{c.ip()}"
    user "board"
    password "{c.pw("quoted")}"
    database "board"
  mail ->
    from "{c.email_corp()}"
    smtp_host "{c.ip()}"
    smtp_pass "{c.pw("quoted")}"
"""


@T(CODE, "teal", "src/settings.tl")
def teal_module(c):
    return f"""local record Settings
   api_base: string
   api_key: string
   fallback_ip: string
   admin_email: string
   db_password: string
end

local settings: Settings = {{
   api_base = "https://api.weatherapi.com/v1",
   api_key = "{c.key("weatherapi")}",
   fallback_ip = "{c.ip()}",
   admin_email = "{c.email_pub()}",
   db_password = "{c.pw("quoted")}",
}}

local function describe(s: Settings): string
   return ("%s via %s"):format(s.api_base, s.fallback_ip)
end

return {{ settings = settings, describe = describe }}
"""


@T(CODE, "v", "src/main.v")
def vlang_vweb(c):
    return f"""module main

import db.pg
import veb

const db_host = '{c.ip()}'
const db_pass = '{c.pw("quoted")}'
const visual_crossing_key = '{c.key("visualcrossing")}'
const report_to = '{c.email_corp()}'

pub struct Context {{
	veb.Context
}}

pub struct App {{
pub mut:
	db pg.DB
}}

fn main() {{
	db := pg.connect(pg.Config{{
		host: db_host
		port: 5432
		user: 'forecast'
		password: db_pass
		dbname: 'forecast'
	}}) or {{ panic(err) }}
	mut app := &App{{
		db: db
	}}
	veb.run_at[App, Context](mut app, host: '{c.anyip()}', port: 8082) or {{ panic(err) }}
}}
"""


@T(CODE, "processing", "Sonify/Sonify.pde")
def processing_sketch(c):
    return f"""import oscP5.*;
import netP5.*;
import http.requests.*;

OscP5 osc;
NetAddress synth;
// live weather feed for the installation; key belongs to the gallery account ({c.email_pub()})
String apiKey = "{c.key("visualcrossing")}";
String relay = "{c.ip()}";

void setup() {{
  size(800, 480);
  osc = new OscP5(this, 12000);
  synth = new NetAddress("{c.ip()}", 57120);
  GetRequest get = new GetRequest("https://weather.visualcrossing.com/VisualCrossingWebServices/rest/services/timeline/Oslo?key=" + apiKey);
  get.send();
  println(get.getContent());
}}

void draw() {{
  background(0);
  OscMessage m = new OscMessage("/wind");
  m.add(random(0, 1));
  osc.send(m, synth);
}}
"""


@T(CODE, "supercollider", "installation.scd")
def supercollider_scd(c):
    return f"""// gallery installation: sensors -> SC -> lights
(
~lights = NetAddr("{c.ip()}", 7000);
~backup = NetAddr("{c.priv()}", 7000);
~apiKey = "{c.key("tiingo")}";   // market feed, ask {c.email_pub()} before rotating
~dashPass = "{c.pw("quoted")}";

OSCdef(\\sensor, {{ |msg|
    var v = msg[1].linlin(0, 1023, 0.0, 1.0);
    ~lights.sendMsg("/dim", v);
}}, '/sensor/1');

Routine {{
    loop {{
        "curl -s -u dash:" ++ ~dashPass ++ " http://{c.ip()}:8080/ping".unixCmd;
        60.wait;
    }}
}}.play;
)
"""


@T(CODE, "livescript", "config/production.ls")
def livescript_config(c):
    return f"""module.exports =
  port: 3000
  trust-proxy: <[ {c.loop()} {c.priv()} ]>
  db:
    host: '{c.ip()}'
    user: 'kiosk'
    password: '{c.pw("quoted")}'
    name: 'kiosk'
  mail:
    transport: 'smtp'
    host: '{c.ip()}'
    from: '{c.email_corp()}'
  push:
    pushwoosh-app: '{c.rs(G.UPPER + G.DIGITS, 5)}-{c.rs(G.UPPER + G.DIGITS, 5)}'
    pushwoosh-token: '{c.key("pushwoosh")}'
"""


@T(CODE, "civet", "src/server.civet")
def civet_server(c):
    return f"""import {{ Hono }} from "hono"
import {{ serve }} from "@hono/node-server"

BROWSERBASE_KEY := "{c.key("browserbase")}"
PROJECT_ID := "{c.uuid_l("project_id")}"
ADMIN := "{c.email_corp()}"
ALLOW := ["{c.ip()}", "{c.ip()}", "{c.loop()}"]

app := new Hono

app.use "*", (ctx, next) =>
  ip := ctx.req.header("x-real-ip") ?? ""
  return ctx.text("forbidden", 403) unless ALLOW.includes ip
  await next()

app.post "/session", (ctx) =>
  res := await fetch "https://api.browserbase.com/v1/sessions",
    method: "POST"
    headers:
      "X-BB-API-Key": BROWSERBASE_KEY
      "Content-Type": "application/json"
    body: JSON.stringify projectId: PROJECT_ID
  ctx.json await res.json()

serve {{ fetch: app.fetch, port: 8787 }}
"""


@T(CODE, "c3", "src/telemetry.c3")
def c3_module(c):
    return f"""module telemetry;
import std::io;
import std::net;

const String COLLECTOR = "{c.ip()}";
const ushort COLLECTOR_PORT = 4317;
const String INGEST_USER = "edge";
const String INGEST_PASS = "{c.pw("quoted")}";
const String ALPHA_VANTAGE_KEY = "{c.key("alphavantage")}";
const String OWNER = "{c.email_pub()}";

fn void! send_batch(char[] payload)
{{
	TcpSocket sock = tcp::connect(COLLECTOR, COLLECTOR_PORT)!;
	defer (void)sock.close();
	io::fprintf(&sock, "AUTH %s %s\\n", INGEST_USER, INGEST_PASS)!;
	sock.write(payload)!;
}}
"""


@T(CODE, "scheme", "src/db.scm")
def chicken_scheme(c):
    return f""";; CHICKEN 5 -- postgresql egg
(import (chicken base) (chicken format) postgresql)

(define *db-spec*
  '((host . "{c.ip()}")
    (port . 5432)
    (user . "inventory")
    (password . "{c.pw("quoted")}")
    (dbname . "inventory")))

(define *twelve-data-key* "{c.key("twelvedata")}")
(define *alert-recipient* "{c.email_corp()}")
(define *replica-host* "{c.priv()}")

(define (with-db proc)
  (let ((conn (connect *db-spec*)))
    (dynamic-wind void (lambda () (proc conn)) (lambda () (disconnect conn)))))

(with-db
  (lambda (conn)
    (printf "~A rows~%" (row-count (query conn "SELECT 1")))))
"""


@T(CODE, "lfe", "src/settlement-config.lfe")
def lfe_sys_config(c):
    return f"""(defmodule settlement-config
  (export (config 0) (kraken 0)))

(defun config ()
  `(#(db-host "{c.ip()}")
    #(db-user "settle")
    #(db-pass "{c.pw("quoted")}")
    #(replica "{c.priv()}")
    #(notify "{c.email_role()}")))

(defun kraken ()
  `(#(api-key "{c.key("kraken_key")}")
    #(api-secret "{c.key("kraken_secret")}")
    #(endpoint "https://api.kraken.com")))
"""


# ====================================================================== command line / shell dotfiles

@T(SHELL, "ini", "~/.config/getmail/getmailrc-work")
def getmailrc(c):
    return f"""[retriever]
type = SimpleIMAPSSLRetriever
server = {c.ip()}
port = 993
username = {c.email_corp()}
password = {c.pw("ini")}
mailboxes = ("INBOX", "Lists/ops")

[destination]
type = MDA_external
path = /usr/bin/procmail
unixfrom = True

[options]
verbose = 1
read_all = false
delete_after = 14
message_log = ~/.local/state/getmail/work.log
"""


@T(SHELL, "conf", "~/.mpoprc")
def mpoprc(c):
    return f"""# mpop: fetch the two old POP boxes until the migration is done
defaults
tls on
tls_starttls off
tls_trust_file /etc/ssl/certs/ca-certificates.crt
delivery maildir ~/Mail/inbox

account family
host {c.ip()}
port 995
user {c.email_pub()}
password {c.pw("shell")}

account club
host pop.{c.dom()}
user {c.email_corp()}
passwordeval "pass show mail/club"
tls_fingerprint {c.tlsfp()}

account default : family
"""


@T(SHELL, "conf", "~/.mcabber/mcabberrc")
def mcabberrc(c):
    return f"""# mcabber config
set jid = {c.jid()}
set password = {c.pw("shell")}
set server = {c.ip()}
set port = 5222
set tls = 1
set ssl_fingerprint = {c.tlsfp()}
set resource = laptop
set priority = 5
set disable_random_resource = 1
set beep_on_message = 0
set log_win_height = 5
set roster_width = 24
set logging = 1
set logging_dir = ~/.mcabber/histo/
set events_command = ~/.mcabber/eventcmd
# team room
set default_nick = {c.first().lower()}
"""


@T(SHELL, "shell", "notes/rsync-backup.sh")
def rsyncd_secrets(c):
    u = c.svc()
    p = c.pw("shell")
    return f"""# /etc/rsyncd.conf on the backup box
uid = nobody
gid = nogroup
use chroot = yes
max connections = 4
[photos]
    path = /srv/backup/photos
    read only = no
    auth users = {u}
    secrets file = /etc/rsyncd.secrets
    hosts allow = {c.ip()} {c.priv()}/24

# /etc/rsyncd.secrets (chmod 600)
{u}:{p}

# client cron (nightly, from the office NAS at {c.ip()})
RSYNC_PASSWORD={p} rsync -a --delete /volume1/photos/ rsync://{u}@{c.ip()}/photos/
"""


@T(SHELL, "ini", "~/.megarc")
def megarc(c):
    return f"""[Login]
Username = {c.email_pub()}
Password = {c.pw("ini")}

[Network]
# upload through the office proxy, the direct route is throttled
Proxy = socks5://{c.ip()}:1080
SpeedLimit = 2048

[Upload]
CreatePreviews = false
"""


@T(SHELL, "conf", "~/.config/yt-dlp/config")
def yt_dlp_conf(c):
    return f"""# yt-dlp defaults
-o ~/Videos/%(uploader)s/%(title)s.%(ext)s
--embed-metadata
--sponsorblock-remove sponsor
# course platform login
--username {c.email_pub()}
--password {c.pw("shell")}
# private talks from the conference channel
--video-password {c.pw("shell")}
--proxy socks5://tunnel:{c.pw("url")}@{c.ip()}:1080/
--source-address {c.priv()}
"""


@T(SHELL, "conf", "/etc/mpd.conf")
def mpd_conf(c):
    return f"""music_directory    "/srv/music"
playlist_directory "/var/lib/mpd/playlists"
db_file            "/var/lib/mpd/tag_cache"
state_file         "/var/lib/mpd/state"
bind_to_address    "{c.anyip()}"
port               "6600"
password           "{c.pw("quoted")}@read,add,control,admin"
default_permissions "read"

audio_output {{
    type    "httpd"
    name    "living room stream"
    port    "8000"
    bind_to_address "{c.priv()}"
}}

# --- /etc/mpdscribble.conf ---
# [last.fm]
# url = https://post.audioscrobbler.com/
# username = {c.first().lower()}{c.randint(70, 99)}
# password = {c.pw("quoted")}
# journal = /var/cache/mpdscribble/lastfm.journal
# [mpd]
# host = {c.ip()}
"""


@T(SHELL, "yaml", "~/.config/tmuxinator/ops.yml")
def tmuxinator_yml(c):
    return f"""name: ops
root: ~/work/ops

on_project_start: export TIINGO_API_KEY={c.key("tiingo")}

windows:
  - db:
      layout: main-vertical
      panes:
        - mysql -h {c.ip()} -u report -p{c.pw("shell")} analytics
        - pgcli postgres://ops:{c.pw("url")}@{c.ip()}:5432/ops
  - edge:
      panes:
        - ssh -J jump@{c.ip()} admin@{c.priv()}
        - sshpass -p {c.pw("shell")} ssh root@{c.ip()} 'journalctl -fu nginx'
  - mail: neomutt -F ~/.config/neomutt/{c.word()}
"""


# ====================================================================== commit / review

@T(COMMIT, "diff", "p4-describe-48213.txt")
def perforce_describe(c):
    cl = c.randint(40000, 49999)
    return f"""$ p4 describe -du {cl}
Change {cl} by {c.first().lower()}@{c.first().lower()}-ws on {c.date().replace('-', '/')} {c.time()}

	Point the build farm at the new license server; temp creds until IT issues a service account

Affected files ...

... //depot/build/farm/license.ini#7 edit

Differences ...

==== //depot/build/farm/license.ini#7 (text) ====

@@ -1,6 +1,6 @@
 [license]
-server = {c.priv()}
-port = 27000
+server = {c.ip()}
+port = 27001
 [service]
-user = build
-password = {c.pw("ini")}
+user = build
+password = {c.pw("ini")}
+notify = {c.email_corp()}
"""


@T(COMMIT, "diff", "bzr-log.txt")
def bzr_log_diff(c):
    rev = c.randint(300, 900)
    return f"""------------------------------------------------------------
revno: {rev}
committer: {c.name()} <{c.email_pub()}>
branch nick: trunk
timestamp: Tue {c.date()} {c.time()} +0200
message:
  switch newsletter to Sendy, add the new relay
diff:
=== modified file 'config/newsletter.ini'
--- config/newsletter.ini	{c.date()} {c.time()} +0000
+++ config/newsletter.ini	{c.date()} {c.time()} +0000
@@ -1,5 +1,8 @@
 [newsletter]
-provider = mailman
-host = {c.priv()}
+provider = sendy
+sendy_url = https://news.{c.dom()}
+sendy_api_key = {c.key("sendy")}
+list_id = {c.rs(G.ALNUM, 22)}
+relay = {c.ip()}
+relay_password = {c.pw("ini")}
 from = {c.email_corp()}
"""


@T(COMMIT, "text", "rhodecode-pr-118.txt")
def rhodecode_pr(c):
    return f"""Pull request !{c.randint(100, 199)}: Add ActiveCampaign sync job
{c.name()} wants to merge feature/ac-sync into default (repo: marketing/sync)
Commits: {c.sha(12)} {c.sha(12)}

--- General comments ---
{c.first()}: Looks fine overall, one blocker inline.

--- Inline comment on sync/settings.py line 14 ---
> AC_API_URL = "https://{c.word()}{c.randint(1, 99)}.api-us1.com"
> AC_API_KEY = "{c.key("activecampaign")}"
{c.first()}: This is the production key, please read it from the environment. Also the test DB
password below should not be in the repo:
> TEST_DB = "mysql://sync:{c.pw("url")}@{c.ip()}/sync_test"

--- Status ---
Review status: rejected by {c.email_corp()}
"""


# ====================================================================== data / observability

@T(DATA, "json", "config.json")
def centrifugo_config_json(c):
    obj = {
        "client": {"token": {"hmac_secret_key": c.alnumkey("centrifugo_token_hmac_secret", 44)},
                   "allowed_origins": ["https://app." + c.dom()]},
        "http_api": {"key": c.uuidkey("centrifugo_http_api_key")},
        "admin": {"enabled": True, "password": c.pw("quoted"), "secret": c.alnumkey("centrifugo_admin_secret", 40)},
        "engine": {"type": "redis", "redis": {"address": ["redis://:" + c.pw("url") + "@" + c.ip() + ":6379"]}},
        "channel": {"namespaces": [{"name": "chat", "presence": True}]},
        "http_server": {"address": c.anyip(), "port": 8000},
        "notes": "owner " + c.email_corp(),
    }
    return jdump(obj)


@T(DATA, "yaml", "pipelines/orders.yaml")
def benthos_yaml(c):
    return f"""input:
  kafka:
    addresses: [ "{c.ip()}:9093" ]
    topics: [ orders ]
    consumer_group: benthos-orders
    sasl:
      mechanism: SCRAM-SHA-512
      user: benthos
      password: {c.pw("yaml")}

pipeline:
  processors:
    - mapping: |
        root = this
        root.customer_email = this.customer.email.lowercase()
    - http:
        url: https://track.customer.io/api/v1/customers/${{! this.customer.id }}/events
        verb: POST
        basic_auth:
          enabled: true
          username: {c.key("customerio_site")}
          password: {c.key("customerio_key")}

output:
  sql_insert:
    driver: postgres
    dsn: postgres://benthos:{c.pw("url")}@{c.ip()}:5432/orders?sslmode=require
    table: order_events
    columns: [ id, customer_email ]
    args_mapping: root = [ this.id, this.customer_email ]

logger:
  level: INFO
# pager: {c.email_role()}
"""


@T(DATA, "json", "airbyte/source-mysql.json")
def airbyte_connection_json(c):
    obj = {
        "sourceDefinitionId": c.uuid_l("definition_id"),
        "workspaceId": c.uuid_l("workspace_id"),
        "name": "legacy-shop",
        "connectionConfiguration": {
            "host": c.ip(), "port": 3306, "database": "shop", "username": "airbyte",
            "password": c.pw("quoted"),
            "replication_method": {"method": "CDC", "server_time_zone": "UTC"},
            "tunnel_method": {"tunnel_method": "SSH_PASSWORD_AUTH", "tunnel_host": c.ip(), "tunnel_port": 22,
                              "tunnel_user": "bastion", "tunnel_user_password": c.pw("quoted")},
        },
    }
    dest = {"name": "braze-sync", "connectionConfiguration": {"api_key": c.key("braze"),
            "instance_url": "https://rest.fra-02.braze.eu", "alert_email": c.email_corp()}}
    return jdump({"source": obj, "destination": dest})


@T(DATA, "toml", ".dlt/secrets.toml")
def dlt_secrets_toml(c):
    return f"""[sources.rest_api.market]
api_key = "{c.key("polygon")}"

[sources.sql_database.credentials]
drivername = "postgresql"
database = "crm"
username = "loader"
password = "{c.pw("quoted")}"
host = "{c.ip()}"
port = 5432

[destination.filesystem.credentials]
aws_access_key_id = "{c.keyv("aws_style_key_id", G.aws_style_pair(c.r)[0])}"
aws_secret_access_key = "{c.keyv("aws_style_secret", G.aws_style_pair(c.r)[1])}"
endpoint_url = "http://{c.priv()}:9000"

[runtime]
slack_incoming_hook = ""
alert_email = "{c.email_corp()}"
"""


@T(DATA, "sql", "jobs/cdc_to_lake.sql")
def flink_sql_ddl(c):
    return f"""-- Flink SQL job: MySQL CDC -> Iceberg
SET 'execution.checkpointing.interval' = '60s';

CREATE TABLE orders_src (
  id BIGINT,
  customer_email STRING,
  amount DECIMAL(10, 2),
  PRIMARY KEY (id) NOT ENFORCED
) WITH (
  'connector' = 'mysql-cdc',
  'hostname' = '{c.ip()}',
  'port' = '3306',
  'username' = 'flink_cdc',
  'password' = '{c.pw("quoted")}',
  'database-name' = 'shop',
  'table-name' = 'orders'
);

CREATE CATALOG lake WITH (
  'type' = 'iceberg',
  'catalog-type' = 'rest',
  'uri' = 'http://{c.priv()}:8181',
  's3.endpoint' = 'http://{c.ip()}:9000',
  's3.access-key-id' = '{c.alnumkey("s3_compatible_access_key", 20)}',
  's3.secret-access-key' = '{c.alnumkey("s3_compatible_secret_key", 40)}'
);

-- owner: {c.email_corp()}
INSERT INTO lake.shop.orders SELECT * FROM orders_src;
"""


@T(DATA, "properties", "conf/nifi.properties")
def nifi_properties(c):
    return f"""# Core Properties #
nifi.flow.configuration.file=./conf/flow.json.gz
nifi.flow.configuration.archive.enabled=true
nifi.ui.banner.text=PROD ingest
nifi.web.https.host={c.anyip()}
nifi.web.https.port=8443
nifi.web.proxy.host=nifi.{c.dom()}:8443,{c.ip()}:8443
nifi.sensitive.props.key={c.alnumkey("nifi_sensitive_props_key", 24)}
nifi.sensitive.props.algorithm=NIFI_PBKDF2_AES_GCM_256
nifi.security.keystore=./conf/keystore.p12
nifi.security.keystoreType=PKCS12
nifi.security.keystorePasswd={c.pwk("keystore_password", G.pw(c.r, "ini")[1])}
nifi.security.keyPasswd={c.pwk("keystore_password", G.pw(c.r, "ini")[1])}
nifi.security.truststore=./conf/truststore.p12
nifi.security.truststorePasswd={c.pwk("truststore_password", G.pw(c.r, "ini")[1])}
nifi.security.user.login.identity.provider=ldap-provider
nifi.cluster.node.address={c.priv()}
nifi.zookeeper.connect.string={c.ip()}:2181
# admin contact {c.email_role()}
"""


@T(DATA, "yaml", "oap-server/config/application.yml")
def skywalking_application_yml(c):
    return f"""cluster:
  selector: ${{SW_CLUSTER:standalone}}
core:
  selector: ${{SW_CORE:default}}
  default:
    restHost: ${{SW_CORE_REST_HOST:{c.anyip()}}}
    gRPCHost: ${{SW_CORE_GRPC_HOST:{c.anyip()}}}
storage:
  selector: ${{SW_STORAGE:banyandb}}
  mysql:
    properties:
      jdbcUrl: ${{SW_JDBC_URL:"jdbc:mysql://{c.ip()}:3306/swtest?rewriteBatchedStatements=true"}}
      dataSource.user: ${{SW_DATA_SOURCE_USER:sky}}
      dataSource.password: ${{SW_DATA_SOURCE_PASSWORD:{c.pw("yaml")}}}
  banyandb:
    targets: ${{SW_STORAGE_BANYANDB_TARGETS:{c.ip()}:17912}}
    user: ${{SW_STORAGE_BANYANDB_USER:admin}}
    password: ${{SW_STORAGE_BANYANDB_PASSWORD:{c.pw("yaml")}}}
receiver-sharing-server:
  default:
    authentication: ${{SW_AUTHENTICATION:{c.alnumkey("skywalking_agent_token", 32)}}}
alarm:
  # hooks are in alarm-settings.yml, escalation {c.email_role()}
  selector: default
"""


@T(DATA, "properties", "conf/iotdb-system.properties")
def iotdb_properties(c):
    return f"""cn_internal_address={c.priv()}
cn_seed_config_node={c.ip()}:10710
dn_rpc_address={c.anyip()}
dn_rpc_port=6667
dn_internal_address={c.ip()}
dn_seed_config_node={c.ip()}:10710
# root password changed during the install (ticket from {c.email_corp()})
# cli: start-cli.sh -h {c.ip()} -p 6667 -u root -pw {c.pw("shell")}
authorizer_provider_class=org.apache.iotdb.commons.auth.authorizer.LocalFileAuthorizer
iotdb_server_encrypt_decrypt_provider=org.apache.iotdb.commons.security.encrypt.MessageDigestEncrypt
trusted_uri_pattern=.*
pipe_sink_password={c.pw("ini")}
"""


@T(DATA, "xml", "extensions/hivemq-file-rbac-extension/credentials.xml")
def hivemq_credentials_xml(c):
    return f"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<file-rbac>
    <users>
        <user>
            <name>sensor-gw</name>
            <password>{c.pw("quoted")}</password>
            <roles><id>publisher</id></roles>
        </user>
        <user>
            <name>{c.email_corp()}</name>
            <password>{c.pw("quoted")}</password>
            <roles><id>superuser</id></roles>
        </user>
    </users>
    <roles>
        <role>
            <id>publisher</id>
            <permissions>
                <permission><topic>plant/+/telemetry</topic><activity>PUBLISH</activity></permission>
            </permissions>
        </role>
    </roles>
    <!-- bridge upstream: {c.ip()}:8883 ; plant gateway {c.priv()} -->
</file-rbac>
"""


@T(DATA, "conf", "/etc/vernemq/vernemq.conf")
def vernemq_conf(c):
    return f"""accept_eula = yes
allow_anonymous = off
allow_register_during_netsplit = on
listener.tcp.default = {c.anyip()}:1883
listener.ssl.default = {c.ip()}:8883
listener.vmq.clustering = {c.priv()}:44053
nodename = VerneMQ@{c.priv()}
distributed_cookie = {c.alnumkey("erlang_distribution_cookie", 32)}
plugins.vmq_passwd = on
plugins.vmq_acl = on
vmq_passwd.password_file = /etc/vernemq/vmq.passwd
# bridge to the cloud broker
vmq_bridge.ssl.br0 = {c.ip()}:8883
vmq_bridge.ssl.br0.username = plant-{c.randint(1, 9)}
vmq_bridge.ssl.br0.password = {c.pw("ini")}
vmq_bridge.ssl.br0.topic.1 = plant/# out 1
# on-call {c.email_role()}
"""


@T(DATA, "json", "~/.metaflowconfig/config.json")
def metaflow_config_json(c):
    obj = {
        "METAFLOW_DEFAULT_DATASTORE": "s3",
        "METAFLOW_DATASTORE_SYSROOT_S3": "s3://ml-" + c.word() + "/metaflow",
        "METAFLOW_S3_ENDPOINT_URL": "http://" + c.ip() + ":9000",
        "METAFLOW_SERVICE_URL": "http://" + c.ip() + ":8080",
        "METAFLOW_SERVICE_AUTH_KEY": c.alnumkey("metaflow_service_auth_key", 40),
        "METAFLOW_DEFAULT_METADATA": "service",
        "METAFLOW_USER": c.email_corp(),
        "METAFLOW_KUBERNETES_NAMESPACE": "ml",
        "SAMBANOVA_API_KEY": c.key("sambanova"),
        "PGPASSWORD": c.pw("quoted"),
    }
    return jdump(obj)


@T(DATA, "toml", "config/standalone.toml")
def greptimedb_toml(c):
    return f"""mode = "standalone"

[http]
addr = "{c.anyip()}:4000"
timeout = "30s"

[grpc]
bind_addr = "{c.anyip()}:4001"

[mysql]
enable = true
addr = "{c.anyip()}:4002"

[storage]
type = "S3"
bucket = "greptime-{c.word()}"
root = "data"
endpoint = "http://{c.ip()}:9000"
access_key_id = "{c.alnumkey("s3_compatible_access_key", 20)}"
secret_access_key = "{c.alnumkey("s3_compatible_secret_key", 40)}"

[[region_engine]]
[region_engine.mito]
num_workers = 8

# start with static users:
#   greptime standalone start --user-provider=static_user_provider:cmd:admin={c.pw("shell")}
# remote write from vmagent at {c.ip()}; owner {c.email_corp()}
"""


# ====================================================================== logs

@T(LOG, "log", "servers/AdminServer/logs/AdminServer.log")
def weblogic_server_log(c):
    d = f"{c.choice(['Mar', 'Apr', 'Oct'])} {c.randint(1, 28)}, 2025"
    h = c.ip()
    return f"""####<{d}, {c.time()},123 PM UTC> <Info> <Management> <wls-{c.randint(1, 4)}> <AdminServer> <main> <<WLS Kernel>> <> <> <{c.randint(10**12, 10**13)}> <BEA-141107> <Version: WebLogic Server 14.1.1.0.0> 
####<{d}, {c.time()},456 PM UTC> <Notice> <Server> <wls-1> <AdminServer> <main> <<WLS Kernel>> <> <> <{c.randint(10**12, 10**13)}> <BEA-002613> <Channel "Default" is now listening on {h}:7001 for protocols iiop, t3, ldap, snmp, http.> 
####<{d}, {c.time()},789 PM UTC> <Error> <JDBC> <wls-1> <AdminServer> <[ACTIVE] ExecuteThread: '3'> <<WLS Kernel>> <> <> <{c.randint(10**12, 10**13)}> <BEA-001129> <Received exception while creating connection for pool "OrdersDS": IO Error: The Network Adapter could not establish the connection (CONNECTION_ID={c.rs(G.ALNUM, 22)}==) url=jdbc:oracle:thin:orders/{c.pw("url")}@{c.ip()}:1521/ORDERS> 
####<{d}, {c.time()},012 PM UTC> <Warning> <Security> <wls-1> <AdminServer> <[ACTIVE] ExecuteThread: '5'> <<WLS Kernel>> <> <> <{c.randint(10**12, 10**13)}> <BEA-090078> <User {c.email_corp()} in security realm myrealm has had 5 invalid login attempts, locking account for 30 minutes. Remote address {c.ip()}.> 
####<{d}, {c.time()},345 PM UTC> <Info> <Health> <wls-1> <AdminServer> <weblogic.GCMonitor> <<anonymous>> <> <> <{c.randint(10**12, 10**13)}> <BEA-310002> <52% of the total memory in the server is free.> 
"""


@T(LOG, "log", "Logs/hmailserver_2025-06-11.log")
def hmailserver_log(c):
    cl = c.ip()
    user_b64 = c.email_pub()
    pw = c.pw("quoted")
    sid = c.randint(1000, 9999)
    return f""""SMTPD"	{sid}	{c.randint(100, 999)}	"2025-06-11 08:14:02.311"	"{cl}"	"SENT: 220 mail.{c.dom()} ESMTP"
"SMTPD"	{sid}	{c.randint(100, 999)}	"2025-06-11 08:14:02.402"	"{cl}"	"RECEIVED: EHLO [{c.priv()}]"
"SMTPD"	{sid}	{c.randint(100, 999)}	"2025-06-11 08:14:02.405"	"{cl}"	"RECEIVED: AUTH LOGIN"
"SMTPD"	{sid}	{c.randint(100, 999)}	"2025-06-11 08:14:02.496"	"{cl}"	"RECEIVED: (debug) username={user_b64}"
"SMTPD"	{sid}	{c.randint(100, 999)}	"2025-06-11 08:14:02.551"	"{cl}"	"RECEIVED: (debug) password={pw}"
"SMTPD"	{sid}	{c.randint(100, 999)}	"2025-06-11 08:14:02.560"	"{cl}"	"SENT: 235 authenticated."
"SMTPD"	{sid}	{c.randint(100, 999)}	"2025-06-11 08:14:02.611"	"{cl}"	"RECEIVED: MAIL FROM:<{c.email_pub()}>"
"APPLICATION"	{c.randint(1000, 9999)}	"2025-06-11 08:14:03.002"	"SMTPDeliverer - Message {c.randint(100000, 999999)}: Relaying to host {c.ip()}."
"""


@T(LOG, "log", "logs/idp-process.log")
def shibboleth_idp_log(c):
    return f"""2025-02-{c.randint(10, 28)} {c.time()},201 - {c.ip()} - INFO [net.shibboleth.idp.authn.impl.ValidateUsernamePasswordAgainstLDAP:152] - Profile Action ValidateUsernamePasswordAgainstLDAP: Login by '{c.first().lower()}' succeeded
2025-02-{c.randint(10, 28)} {c.time()},377 - {c.ip()} - INFO [Shibboleth-Audit.SSO:283] - {c.ip()}|2025-02-11T09:01:12.377Z|https://sp.{c.dom()}/shibboleth|_{c.hexs(32)}|{c.email_corp()}|urn:oasis:names:tc:SAML:2.0:nameid-format:persistent
2025-02-{c.randint(10, 28)} {c.time()},912 - {c.ip()} - WARN [org.ldaptive.pool.BlockingConnectionPool:344] - bind failed for cn=idp-svc,ou=services,dc=uni,dc=internal using credential {c.pwk("ldap_bind_password", G.pw(c.r, "quoted")[1])} on ldaps://{c.ip()}:636
2025-02-{c.randint(10, 28)} {c.time()},004 - {c.priv()} - DEBUG [net.shibboleth.idp.attribute.resolver:71] - resolved mail={c.email_pub()} for principal {c.first().lower()}
"""


@T(LOG, "log", "storage/logs/app-2025-05-02.log")
def monolog_app_log(c):
    return f"""[2025-05-02T10:{c.randint(10, 59)}:11.412031+00:00] app.INFO: Checkout started {{"cart_id":{c.randint(10000, 99999)},"ip":"{c.ip()}"}} []
[2025-05-02T10:{c.randint(10, 59)}:12.003871+00:00] app.ERROR: Lob address verification failed {{"exception":"[object] (GuzzleHttp\\\\Exception\\\\ClientException(code: 401): Client error: `POST https://api.lob.com/v1/us_verifications` resulted in a `401 Unauthorized`)","api_key":"{c.key("lob")}","customer":"{c.email_pub()}"}} []
[2025-05-02T10:{c.randint(10, 59)}:12.104552+00:00] app.WARNING: Login throttled {{"email":"{c.email_pub()}","ip":"{c.ip()}"}} []
[2025-05-02T10:{c.randint(10, 59)}:13.551900+00:00] app.DEBUG: SMTP transport configured {{"host":"{c.ip()}","username":"mailer","password":"{c.pw("quoted")}"}} []
[2025-05-02T10:{c.randint(10, 59)}:14.000100+00:00] app.INFO: Worker heartbeat {{"host":"{c.priv()}","version":"{c.ver()}"}} []
"""


@T(LOG, "log", "/var/log/nginx/passenger.log")
def passenger_log(c):
    pid = c.randint(10000, 40000)
    return f"""[ N 2025-04-{c.randint(10, 28)} {c.time()}.8123 {pid}/T1 age/Cor/SecurityUpdateChecker.h:519 ]: Security update check: no update found (next check in 24 hours)
App {pid} output: Started POST "/users/sign_in" for {c.ip()} at 2025-04-17 09:12:44 +0000
App {pid} output: Processing by Users::SessionsController#create as HTML
App {pid} output:   Parameters: {{"authenticity_token"=>"[FILTERED]", "user"=>{{"email"=>"{c.email_pub()}", "password"=>"[FILTERED]"}}}}
App {pid} output: Started POST "/admin/integrations" for {c.ip()} at 2025-04-17 09:13:02 +0000
App {pid} output:   Parameters: {{"integration"=>{{"name"=>"getresponse", "api_key"=>"{c.key("getresponse")}", "from"=>"{c.email_corp()}"}}}}
App {pid} output: Redirected to https://{c.dom()}/admin/integrations
App {pid} output: Completed 302 Found in 41ms (ActiveRecord: 6.2ms | Allocations: 9312)
[ W 2025-04-{c.randint(10, 28)} {c.time()}.0051 {pid}/T5 age/Cor/Con/InternalUtils.cpp:95 ]: [Client 2-{c.randint(10, 99)}] Sending 502 response: application did not send a complete response (upstream {c.priv()}:3000)
"""


# ====================================================================== mobile

@T(MOBILE, "lua", "main.lua")
def solar2d_main_lua(c):
    return f"""-- Solar2D (Corona) entry point
local json = require( "json" )
local network = require( "network" )

local API_BASE = "http://{c.ip()}:8080/api"
local HMS_ACCESS_KEY = "{c.key("hms_key")}"
local HMS_SECRET = "{c.key("hms_secret")}"
local SUPPORT_MAIL = "{c.email_corp()}"

local function onScores( event )
    if event.isError then
        print( "network error, falling back to {c.ip()}" )
    else
        print( event.response )
    end
end

local headers = {{ ["Content-Type"] = "application/json", ["X-Access-Key"] = HMS_ACCESS_KEY }}
network.request( API_BASE .. "/scores", "GET", onScores, {{ headers = headers }} )

-- debug build only: test account
local TEST_USER, TEST_PASS = "qa-{c.randint(1, 9)}", "{c.pw("quoted")}"
"""


@T(MOBILE, "kotlin", "shared/build.gradle.kts")
def kmp_buildkonfig_kts(c):
    return f"""import com.codingfeline.buildkonfig.compiler.FieldSpec.Type.STRING

plugins {{
    kotlin("multiplatform")
    id("com.android.library")
    id("com.codingfeline.buildkonfig")
}}

kotlin {{
    androidTarget()
    iosArm64()
    iosSimulatorArm64()
}}

buildkonfig {{
    packageName = "com.{c.word()}.shared"
    defaultConfigs {{
        buildConfigField(STRING, "API_HOST", "{c.ip()}")
        buildConfigField(STRING, "NAVER_CLIENT_ID", "{c.key("naver_id")}")
        buildConfigField(STRING, "NAVER_CLIENT_SECRET", "{c.key("naver_secret")}")
        buildConfigField(STRING, "SENDBIRD_APP_ID", "{c.uuid_l("app_id")}")
        buildConfigField(STRING, "SENDBIRD_API_TOKEN", "{c.key("sendbird")}")
        buildConfigField(STRING, "SUPPORT_EMAIL", "{c.email_corp()}")
    }}
    defaultConfigs("dev") {{
        buildConfigField(STRING, "API_HOST", "{c.priv()}")
        buildConfigField(STRING, "DEV_LOGIN_PASSWORD", "{c.pw("quoted")}")
    }}
}}
"""


# ====================================================================== network gear

@T(NET, "text", "olt-an5516-running.txt")
def fiberhome_olt_cli(c):
    return f"""Admin# show running-config
!
set system name OLT-{c.word().upper()}-01
manage-vlan add name mgmt vid 4000 ip {c.ip()}/{c.choice([27, 28, 29])}
set gateway {c.ip()}
!
set snmp community read {c.snmp()} write {c.snmp()}
set snmp trap-host {c.ip()} community {c.snmp()} version v2c
!
set ntp server {c.ip()}
set tacacs+ server {c.ip()} key {c.tacacs()} port 49
set radius server {c.ip()} key {c.radius()} auth-port 1812
!
add user name noc password {c.devpw()} privilege admin
add user name field password {c.devpw()} privilege operator
!
set onu-auth mode loid
add whitelist slot 3 pon 7 loid {c.rs(G.UPPER + G.DIGITS, 10)} password {c.devpw()}
set syslog server {c.priv()}
!
end
"""


@T(NET, "text", "s4810-startup-config.txt")
def force10_ftos(c):
    return f"""!
hostname core-{c.randint(1, 4)}
! Dell Networking OS Version: {c.build()}
!
enable secret 5 {c.look("md5_crypt_hash", "$1$" + c.rs(G.ALNUM, 8) + "$" + c.rs(G.ALNUM + "./", 22))}
enable password 0 {c.devpw()}
username admin password 0 {c.devpw()} privilege 15
!
interface ManagementEthernet 0/0
 ip address {c.ip()}/28
 no shutdown
!
interface Vlan 100
 ip address {c.priv()}/24
 ip helper-address {c.priv()}
!
radius-server host {c.ip()} key {c.radius()}
tacacs-server host {c.ip()} key {c.tacacs()}
snmp-server community {c.snmp()} ro
snmp-server host {c.ip()} traps version 2c {c.snmp()}
logging {c.ip()}
ntp server {c.ip()}
management route {c.anyip()}/0 {c.ip()}
!
end
"""


@T(NET, "text", "b5-stack.cfg")
def enterasys_cli(c):
    return f"""#system
set system name "closet-{c.randint(1, 30)}"
set system contact "{c.email_role()}"
set system location "bldg {c.randint(1, 9)}"
!
#ip
set ip address {c.ip()} mask {c.mask()} gateway {c.ip()}
!
#snmp
set snmp community {c.snmp()}
set snmp targetaddr nms {c.ip()} param v2c taglist nmsTag
!
#radius
set radius server 1 {c.ip()} 1812 {c.radius()} realm management-access
set radius server 2 {c.ip()} 1812 {c.radius()} realm network-access
set radius enable
!
#system login
set system login admin super-user enable password {c.devpw()}
set system login ro read-only enable password {c.devpw()}
!
#syslog
set logging server 1 ip-addr {c.priv()} state enable
"""


@T(NET, "text", "ap230-running-config.txt")
def aerohive_hiveos(c):
    return f"""security-object guest-psk
security-object guest-psk security protocol-suite wpa2-aes-psk ascii-key {c.wifi()}
security-object corp-8021x
security-object corp-8021x security aaa radius-server primary {c.ip()} shared-secret {c.radius()}
security-object corp-8021x security aaa radius-server backup1 {c.ip()} shared-secret {c.radius()}
ssid Guest
ssid Guest security-object guest-psk
ssid Corp
ssid Corp security-object corp-8021x
hive HQ
hive HQ password {c.devpw()}
interface mgt0 ip {c.priv()} {c.mask()}
interface mgt0 hive HQ
ip default-gateway {c.priv()}
admin root-admin admin password {c.devpw()}
capwap client server name {c.ip()}
snmp reader version v2c community {c.snmp()}
snmp trap-host v2c {c.ip()} community {c.snmp()}
ntp server {c.ip()}
"""


@T(NET, "text", "/etc/bgpd.conf")
def openbgpd_conf(c):
    return f"""# openbgpd, border-{c.randint(1, 2)}
AS {c.randint(64600, 65500)}
router-id {c.ip()}
listen on {c.ip()}

prefix-set mynets {{ {c.ip()}/24 }}

group "transit" {{
    remote-as {c.randint(1000, 60000)}
    neighbor {c.ip()} {{
        descr "upstream-a"
        tcp md5sig password {c.bgp_md5()}
    }}
    neighbor {c.ip()} {{
        descr "upstream-b"
        tcp md5sig password {c.bgp_md5()}
    }}
}}

group "ibgp" {{
    remote-as {c.randint(64600, 65500)}
    neighbor {c.priv()} {{
        descr "border-2"
        ipsec esp ike
    }}
}}

allow to ebgp prefix-set mynets
deny from any prefix {c.look("private_ip", "10.0.0.0")}/8 prefixlen >= 8
# peering contact: {c.email_role()}
"""


@T(NET, "text", "steelhead-running.txt")
def riverbed_steelhead(c):
    return f"""## RiOS build {c.build()}
##
## Network interface configuration
##
   interface primary ip address {c.ip()} /28
   ip default-gateway {c.ip()}
   interface aux ip address {c.priv()} /24
##
## AAA
##
   radius-server host {c.ip()} auth-port 1812 key {c.radius()}
   tacacs-server host {c.ip()} key {c.tacacs()}
   username admin password 0 {c.devpw()}
   username monitor password 0 {c.devpw()}
##
## SNMP
##
   snmp-server community {c.snmp()}
   snmp-server host {c.ip()} traps version 2c {c.snmp()}
   snmp-server contact "{c.email_role()}"
##
## In-path rules
##
   in-path rule auto-discover srcaddr all dstaddr {c.ip()}/32 dstport "all" rulenum start
   ntp server {c.ip()} enable
"""


@T(NET, "text", "/etc/exabgp/exabgp.conf")
def exabgp_conf(c):
    local = c.ip()
    return f"""process announce-anycast {{
    run /usr/bin/python3 /etc/exabgp/healthcheck.py --ip {c.ip()}/32 --cmd "curl -sf http://{c.loop()}:8080/health";
    encoder text;
}}

template {{
    neighbor edge {{
        local-as {c.randint(64600, 65500)};
        peer-as {c.randint(64600, 65500)};
        hold-time 30;
        md5-password "{c.bgp_md5()}";
    }}
}}

neighbor {c.ip()} {{
    inherit edge;
    router-id {local};
    local-address {local};
    api {{ processes [ announce-anycast ]; }}
}}

neighbor {c.ip()} {{
    inherit edge;
    router-id {local};
    local-address {local};
    md5-password "{c.bgp_md5()}";
}}
# noc: {c.email_role()}
"""


# ====================================================================== notebooks

def _nb(cells):
    out = []
    for kind, src in cells:
        cell = {"cell_type": kind, "metadata": {}, "source": src.splitlines(keepends=True)}
        if kind == "code":
            cell["execution_count"] = None
            cell["outputs"] = []
        out.append(cell)
    return jdump({"cells": out, "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python",
                  "name": "python3"}, "language_info": {"name": "python"}}, "nbformat": 4, "nbformat_minor": 5}, indent=1)


@T(NB, "ipynb", "notebooks/kraken_fills.ipynb")
def ipynb_kraken(c):
    return _nb([
        ("markdown", "# Kraken fills reconciliation\nOwner: " + c.email_pub() + "\n"),
        ("code", "import krakenex\nfrom pykrakenapi import KrakenAPI\n\napi = krakenex.API(\n    key=\""
         + c.key("kraken_key") + "\",\n    secret=\"" + c.key("kraken_secret") + "\",\n)\nk = KrakenAPI(api)\n"),
        ("code", "import psycopg\nconn = psycopg.connect(host=\"" + c.ip() + "\", user=\"recon\", password=\""
         + c.pw("quoted") + "\", dbname=\"ledger\")\n"),
        ("code", "trades, count = k.get_trades_history()\ntrades.head()\n"),
    ])


@T(NB, "ipynb", "notebooks/asr_eval.ipynb")
def ipynb_iflytek(c):
    return _nb([
        ("markdown", "## ASR evaluation (iFlytek vs. local whisper)\nQuestions: " + c.email_corp() + "\n"),
        ("code", "APPID = \"" + c.key("iflytek_appid") + "\"\nAPIKey = \"" + c.key("iflytek_apikey")
         + "\"\nAPISecret = \"" + c.key("iflytek_apisecret") + "\"\n"),
        ("code", "WHISPER_HOST = \"http://" + c.ip() + ":9000\"  # GPU box\nFALLBACK = \"http://" + c.priv()
         + ":9000\"\n"),
        ("code", "import requests\nr = requests.get(WHISPER_HOST + \"/health\", auth=(\"eval\", \"" + c.pw("quoted") + "\"))\nr.status_code\n"),
    ])


# ====================================================================== self-hosted

@T(SELF, "ini", "writefreely/config.ini")
def writefreely_config_ini(c):
    return f"""[server]
hidden_host          =
port                 = 8080
bind                 = {c.loop()}
autocert             = false

[database]
type     = mysql
filename =
username = writefreely
password = {c.pw("ini")}
database = writefreely
host     = {c.ip()}
port     = 3306

[app]
site_name         = {c.word().capitalize()} Notes
host              = https://notes.{c.dom()}
single_user       = false
open_registration = false
min_username_len  = 3
max_blogs         = 4
federation        = true

[email]
domain          = {c.dom()}
mailgun_private =

# admin: {c.email_pub()}  (SMTP relay {c.ip()}, login notes / {c.pw("ini")})
"""


@T(SELF, "dotenv", "funkwhale/.env")
def funkwhale_env(c):
    return f"""FUNKWHALE_VERSION={c.ver()}
FUNKWHALE_API_IP={c.loop()}
FUNKWHALE_API_PORT=5000
FUNKWHALE_HOSTNAME=music.{c.dom()}
FUNKWHALE_PROTOCOL=https
DJANGO_SECRET_KEY={c.alnumkey("django_secret_key", 50)}
DATABASE_URL=postgresql://funkwhale:{c.pw("url")}@{c.ip()}:5432/funkwhale
CACHE_URL=redis://:{c.pw("url")}@{c.priv()}:6379/0
EMAIL_CONFIG=smtp+tls://{c.email_corp()}:{c.pw("url")}@{c.ip()}:587
DEFAULT_FROM_EMAIL={c.email_corp()}
MUSIC_DIRECTORY_PATH=/srv/funkwhale/data/music
"""


@T(SELF, "dotenv", "docker-jitsi-meet/.env")
def jitsi_meet_env(c):
    return f"""CONFIG=~/.jitsi-meet-cfg
HTTP_PORT=8000
HTTPS_PORT=8443
TZ=UTC
PUBLIC_URL=https://meet.{c.dom()}
JVB_ADVERTISE_IPS={c.ip()},{c.priv()}
ENABLE_AUTH=1
AUTH_TYPE=ldap
LDAP_URL=ldaps://{c.ip()}:636/
LDAP_BINDDN=cn=jitsi,ou=svc,dc=corp,dc=internal
LDAP_BINDPW={c.pwk("ldap_bind_password", G.pw(c.r, "ini")[1])}
JICOFO_AUTH_PASSWORD={c.pw("ini")}
JVB_AUTH_PASSWORD={c.pw("ini")}
JIGASI_XMPP_PASSWORD={c.pw("ini")}
JIBRI_RECORDER_PASSWORD={c.pw("ini")}
JIBRI_XMPP_PASSWORD={c.pw("ini")}
LETSENCRYPT_EMAIL={c.email_role()}
"""


@T(SELF, "php", "piwigo/local/config/database.inc.php")
def piwigo_database_inc_php(c):
    return f"""<?php
$conf['dblayer'] = 'mysqli';
$conf['db_base'] = 'piwigo';
$conf['db_user'] = 'piwigo';
$conf['db_password'] = '{c.pw("quoted")}';
$conf['db_host'] = '{c.ip()}';

$prefixeTable = 'piwigo_';

define('PHPWG_INSTALLED', true);
define('PWG_CHARSET', 'utf-8');
define('DB_CHARSET', 'utf8');
define('DB_COLLATE', '');

// local/config/config.inc.php bits kept here by the previous admin ({c.email_pub()})
$conf['smtp_host'] = '{c.ip()}:587';
$conf['smtp_user'] = 'gallery';
$conf['smtp_password'] = '{c.pw("quoted")}';
$conf['imgix_api_key'] = '{c.key("imgix")}';
?>
"""


@T(SELF, "yaml", "/opt/ejabberd/conf/ejabberd.yml")
def ejabberd_yml(c):
    d = c.dom()
    return f"""hosts:
  - {d}
loglevel: info
certfiles:
  - /opt/ejabberd/conf/{d}.pem
listen:
  - port: 5222
    ip: "::"
    module: ejabberd_c2s
    starttls_required: true
  - port: 5280
    ip: "{c.anyip()}"
    module: ejabberd_http
    request_handlers:
      /admin: ejabberd_web_admin
      /api: mod_http_api
acl:
  admin:
    user:
      - "{c.jid(d)}"
  trusted_net:
    ip:
      - {c.priv()}/24
      - {c.ip()}/32
auth_method: [sql]
sql_type: pgsql
sql_server: "{c.ip()}"
sql_database: ejabberd
sql_username: ejabberd
sql_password: "{c.pw("quoted")}"
modules:
  mod_push: {{}}
  mod_muc:
    access_create: muc_create
  mod_stun_disco:
    secret: "{c.alnumkey("turn_shared_secret", 32)}"
    services:
      - host: {c.ip()}
        port: 3478
        type: turn
        transport: udp
"""


@T(SELF, "json", "frappe-bench/sites/erp.example/site_config.json")
def erpnext_site_config_json(c):
    return jdump({
        "db_name": "_" + c.hexs(16),
        "db_password": c.pw("quoted"),
        "db_type": "mariadb",
        "db_host": c.ip(),
        "encryption_key": c.keyv("frappe_encryption_key", G.base64.urlsafe_b64encode(bytes(c.randint(0, 255) for _ in range(32))).decode()),
        "host_name": "https://erp." + c.dom(),
        "mail_server": c.ip(),
        "mail_login": c.email_corp(),
        "mail_password": c.pw("quoted"),
        "auto_email_id": c.email_corp(),
        "admin_password_hint": "see vault",
    })


@T(SELF, "yaml", "dendrite.yaml")
def dendrite_yaml(c):
    d = c.dom()
    return f"""version: 2
global:
  server_name: {d}
  private_key: matrix_key.pem
  key_validity_period: 168h0m0s
  database:
    connection_string: postgresql://dendrite:{c.pw("url")}@{c.ip()}:5432/dendrite?sslmode=require
    max_open_conns: 90
  well_known_server_name: "{d}:443"
  trusted_third_party_id_servers:
    - matrix.org
  disable_federation: false
  presence:
    enable_inbound: false
  report_stats:
    enabled: false
client_api:
  registration_disabled: true
  registration_shared_secret: "{c.alnumkey("matrix_registration_shared_secret", 40)}"
  recaptcha_public_key: ""
  turn:
    turn_uris:
      - turn:{c.ip()}?transport=udp
    turn_shared_secret: "{c.alnumkey("turn_shared_secret", 32)}"
mscs:
  mscs: []
# admin: {c.email_pub()}
"""


@T(SELF, "toml", "conduit.toml")
def conduit_toml(c):
    return f"""[global]
server_name = "chat.{c.dom()}"
database_backend = "rocksdb"
database_path = "/var/lib/matrix-conduit/"
port = 6167
address = "{c.loop()}"
max_request_size = 20_000_000
allow_registration = true
registration_token = "{c.alnumkey("matrix_registration_token", 32)}"
allow_federation = true
trusted_servers = ["matrix.org"]
turn_uris = ["turn:{c.ip()}:3478?transport=udp", "turn:{c.ip()}:3478?transport=tcp"]
turn_secret = "{c.alnumkey("turn_shared_secret", 40)}"
# emergency admin password (remove after first login): {c.pw("prose")}
# contact: {c.email_corp()}
"""


@T(SELF, "ini", "privatebin/cfg/conf.php")
def privatebin_conf_php(c):
    return f""";<?php http_response_code(403); /*
; config file for PrivateBin

[main]
name = "{c.word().capitalize()} Paste"
discussion = false
opendiscussion = false
password = true
fileupload = true
burnafterreadingselected = true
defaultformatter = "plaintext"
sizelimit = 10485760
template = "bootstrap-dark"

[traffic]
limit = 10
exempted = "{c.priv()}/24,{c.ip()}"
creators = "{c.ip()}"

[model]
class = Database
[model_options]
dsn = "mysql:host={c.ip()};dbname=privatebin;charset=UTF8"
tbl = "privatebin_"
usr = "privatebin"
pwd = "{c.pw("ini")}"
opt[12] = true

; maintainer: {c.email_pub()}
"""


@T(SELF, "json", "/etc/onlyoffice/documentserver/local.json")
def onlyoffice_local_json(c):
    return jdump({
        "services": {"CoAuthoring": {
            "sql": {"type": "postgres", "dbHost": c.ip(), "dbPort": "5432", "dbName": "onlyoffice",
                    "dbUser": "onlyoffice", "dbPass": c.pw("quoted")},
            "token": {"enable": {"request": {"inbox": True, "outbox": True}, "browser": True}},
            "secret": {"inbox": {"string": c.alnumkey("onlyoffice_jwt_secret", 32)},
                       "outbox": {"string": c.alnumkey("onlyoffice_jwt_secret", 32)},
                       "session": {"string": c.alnumkey("onlyoffice_session_secret", 32)}},
            "request-filtering-agent": {"allowPrivateIPAddress": True, "allowMetaIPAddress": False},
        }},
        "rabbitmq": {"url": "amqp://onlyoffice:" + c.pw("url") + "@" + c.priv()},
        "storage": {"fs": {"secretString": c.alnumkey("onlyoffice_storage_secret", 24)}},
        "wopi": {"enable": False},
        "notes": "nextcloud connector at " + c.ip() + "; admin " + c.email_corp() + "; metadata endpoint " + c.linklocal() + " stays blocked",
        "version": c.build(),
    })


@T(SELF, "yaml", "/home/psono/psono-server/settings.yaml")
def psono_settings_yaml(c):
    return f"""SECRET_KEY: '{c.alnumkey("psono_secret_key", 64)}'
ACTIVATION_LINK_SECRET: '{c.alnumkey("psono_activation_link_secret", 64)}'
DB_SECRET: '{c.alnumkey("psono_db_secret", 64)}'
EMAIL_SECRET_SALT: '{c.look("bcrypt_salt", "$2b$12$" + c.rs(G.ALNUM + "./", 22))}'
PRIVATE_KEY: '{c.hexkey("psono_private_key", 64)}'
PUBLIC_KEY: '{c.pubhex()}'
HOST_URL: 'https://vault.{c.dom()}/server'
ALLOWED_HOSTS: ['*']
ALLOWED_DOMAINS: ['{c.dom()}']
ALLOW_REGISTRATION: False
EMAIL_FROM: '{c.email_corp()}'
EMAIL_HOST: '{c.ip()}'
EMAIL_HOST_USER: 'psono'
EMAIL_HOST_PASSWORD: '{c.pw("quoted")}'
EMAIL_PORT: 587
EMAIL_USE_TLS: True
DATABASES:
    default:
        'ENGINE': 'django.db.backends.postgresql_psycopg2'
        'NAME': 'psono'
        'USER': 'psono'
        'PASSWORD': '{c.pw("quoted")}'
        'HOST': '{c.ip()}'
        'PORT': '5432'
"""


@T(SELF, "json", "/etc/netbird/management.json")
def netbird_management_json(c):
    return jdump({
        "Stuns": [{"Proto": "udp", "URI": "stun:" + c.ip() + ":3478"}],
        "TURNConfig": {"TimeBasedCredentials": False, "CredentialsTTL": "12h",
                       "Secret": c.alnumkey("turn_shared_secret", 32),
                       "Turns": [{"Proto": "udp", "URI": "turn:" + c.ip() + ":3478", "Username": "self",
                                  "Password": c.pw("quoted")}]},
        "Signal": {"Proto": "https", "URI": "netbird." + c.dom() + ":443"},
        "Datadir": "/var/lib/netbird/",
        "DataStoreEncryptionKey": c.b64key("netbird_datastore_encryption_key", 32),
        "HttpConfig": {"Address": c.anyip() + ":33073", "AuthIssuer": "https://auth." + c.dom(),
                       "AuthAudience": "netbird", "IdpSignKeyRefreshEnabled": True},
        "IdpManagerConfig": {"ManagerType": "zitadel", "ClientConfig": {"ClientID": "netbird",
                             "ClientSecret": c.alnumkey("oidc_client_secret", 64)}},
        "Admin": c.email_corp(),
    })


@T(SELF, "toml", "lldap_config.toml")
def lldap_config_toml(c):
    return f"""verbosity = 1
ldap_host = "{c.anyip()}"
ldap_port = 3890
http_host = "{c.anyip()}"
http_port = 17170
http_url = "https://ldap.{c.dom()}"
jwt_secret = "{c.alnumkey("lldap_jwt_secret", 48)}"
ldap_base_dn = "dc={c.word()},dc=home"
ldap_user_dn = "admin"
ldap_user_email = "{c.email_pub()}"
ldap_user_pass = "{c.pwk("ldap_bind_password", G.pw(c.r, "quoted")[1])}"
database_url = "postgres://lldap:{c.pw("url")}@{c.ip()}/lldap"
key_seed = "{c.alnumkey("lldap_key_seed", 40)}"

[smtp_options]
enable_password_reset = true
server = "{c.ip()}"
port = 587
smtp_encryption = "STARTTLS"
user = "{c.email_corp()}"
password = "{c.pw("quoted")}"
from = "LLDAP <{c.email_corp()}>"
"""


# ====================================================================== unusual formats

@T(ODD, "text", "preseed.cfg")
def preseed_cfg(c):
    return f"""# Debian preseed for the lab rack
d-i debian-installer/locale string en_US.UTF-8
d-i keyboard-configuration/xkb-keymap select us
d-i netcfg/choose_interface select auto
d-i netcfg/disable_autoconfig boolean true
d-i netcfg/get_ipaddress string {c.ip()}
d-i netcfg/get_netmask string {c.mask()}
d-i netcfg/get_gateway string {c.ip()}
d-i netcfg/get_nameservers string {c.ip()} {c.ip()}
d-i netcfg/confirm_static boolean true
d-i mirror/http/proxy string http://proxy:{c.pw("url")}@{c.ip()}:3128/
d-i passwd/root-password password {c.pw("shell")}
d-i passwd/root-password-again password {c.pw("shell")}
d-i passwd/user-fullname string Lab Admin
d-i passwd/username string labadmin
d-i passwd/user-password-crypted password {c.crypt()}
d-i preseed/late_command string in-target sh -c 'echo "{c.email_role()}" > /etc/lab-owner'
"""


@T(ODD, "m3u", "tv.m3u")
def iptv_m3u(c):
    host = c.ip()
    u = f"{c.first().lower()}{c.randint(100, 999)}"
    p = c.pw("url", "long_alnum")
    lines = ["#EXTM3U x-tvg-url=\"http://" + host + ":8080/xmltv.php?username=" + u + "&password=" + p + "\""]
    for ch in ["News 24", "Sport 1", "Cinema HD", "Kids"]:
        cid = c.randint(1000, 99999)
        lines.append(f'#EXTINF:-1 tvg-id="{ch.lower().replace(" ", ".")}" group-title="Main",{ch}')
        lines.append(f"http://{host}:8080/live/{u}/{p}/{cid}.ts")
    lines.append("#EXTINF:-1,Backup")
    lines.append(f"http://{c.ip()}/get.php?username={u}&password={p}&type=m3u_plus")
    lines.append("#EXTINF:-1,LAN tuner")
    lines.append(f"http://{c.priv()}:5004/auto/v{c.randint(2, 60)}")
    return "\n".join(lines) + "\n"


@T(ODD, "text", "captures/ftp-http.txt")
def tcpdump_ascii(c):
    cl, sv = c.ip(), c.ip()
    t = c.time()
    return f"""$ sudo tcpdump -A -n -i eth0 'port 21 or port 80' -c 12
{t}.104211 IP {cl}.51514 > {sv}.21: Flags [P.], seq 1:18, ack 52, win 502, length 17
E..E..@.@.....USER backup-ftp
{t}.160032 IP {sv}.21 > {cl}.51514: Flags [P.], seq 52:86, ack 18, win 509, length 34
E..V..@.@.....331 Password required for backup-ftp
{t}.160512 IP {cl}.51514 > {sv}.21: Flags [P.], seq 18:40, ack 86, win 502, length 22
E..J..@.@.....PASS {c.pw("shell")}
{t}.203315 IP {sv}.21 > {cl}.51514: Flags [P.], seq 86:115, ack 40, win 509, length 29
E..Q..@.@.....230 User backup-ftp logged in
{t}.911877 IP {cl}.40022 > {c.ip()}.80: Flags [P.], seq 1:214, ack 1, win 502, length 213
E.....@.@.....POST /api/v1/subscribe HTTP/1.1
Host: news.{c.dom()}
X-Api-Key: {c.key("plunk")}
Content-Type: application/x-www-form-urlencoded

email={c.email_pub()}&list=weekly
"""


# ====================================================================== prose

@T(PROSE, "markdown", "docs/runbooks/nifi-failover.md")
def runbook_nifi_failover(c):
    return f"""# Runbook: NiFi cluster failover (ingest)

**Owner:** data platform on-call ({c.email_role()}) · **Last reviewed:** {c.date()}

## When to use
The primary NiFi node `nifi-1` ({c.ip()}) stops heartbeating and the ZooKeeper ensemble elects nothing
within 5 minutes.

## Steps
1. Log in to the bastion `{c.ip()}` as `oncall`. The break-glass password is in the vault; if the vault is
   down too, use the sealed envelope copy: `{c.pw("prose")}`.
2. Check the ZooKeeper quorum on `{c.priv()}`, `{c.priv()}` and `{c.priv()}` (`echo ruok | nc host 2181`).
3. Promote `nifi-2` ({c.ip()}): edit `conf/nifi.properties`, set `nifi.cluster.is.node=true` and restart.
4. The keystore password for the new node certificate is `{c.pwk("keystore_password", G.pw(c.r, "prose")[1])}`.
5. Re-point the load balancer (admin UI at `https://{c.ip()}:8443`, user `lbadmin`, password
   `{c.pw("prose")}`).
6. Tell the downstream team ({c.email_corp()}) that the Kafka offsets may replay for ~10 minutes.

## Afterwards
- The vendor doc example address `{c.docip()}` in old notes is a placeholder, ignore it.
- Rotate the break-glass password and the LB password.
- File the incident; attach the NiFi bulletin board export (it contains no secrets; the sensitive
  properties key `{c.alnumkey("nifi_sensitive_props_key", 24)}` must **not** be pasted into the ticket).
"""


@T(PROSE, "markdown", "docs/postmortems/2025-llm-keys-public-issue.md")
def postmortem_llm_keys(c):
    return f"""# Postmortem: LLM provider keys pasted into a public issue

**Date:** {c.date()} · **Severity:** SEV-2 · **Author:** {c.name()} ({c.email_corp()})

## Summary
While reporting a tokenizer bug on a public tracker, an engineer pasted a debug dump that contained our
StepFun key (`{c.key("stepfun")}`) and the Baichuan key used by the summariser
(`{c.key("baichuan")}`). A scraper used the StepFun key from {c.ip()} and {c.ip()} within 40 minutes.

## Timeline (UTC)
- {c.time()} issue opened with the dump attached.
- {c.time()} provider usage alert to {c.email_role()}.
- {c.time()} both keys revoked; the Novita fallback key `{c.key("novita")}` was rotated as a precaution.
- {c.time()} the inference gateway ({c.ip()}) redeployed with the new keys from the secret store.

## What went wrong
The debug dump also printed the gateway admin password (`{c.pw("prose")}`), which was changed the same day.
Internal addresses in the dump ({c.priv()}, {c.cgnat()}, {c.linklocal()}) are not reachable from outside; the
revoked StepFun key now shows as `{c.masked("sk-")}` in the provider console.

## Action items
- Redact debug dumps by default (owner: {c.email_corp()}).
- Move all provider keys to per-service credentials with spend caps.
"""


@T(PROSE, "markdown", "handbook/newsroom-it.md")
def newsroom_handbook(c):
    return f"""# Newsroom IT handbook (internal)

Welcome! This page is for new reporters and editors. Ask {c.email_role()} if anything is unclear.
Accounts follow the pattern shown in the template ({c.resv()}).

## Office network
- Staff Wi-Fi **Pressroom**: passphrase `{c.wifi()}`
- Guest Wi-Fi **Visitors**: `{c.wifi()}` (changes every quarter)
- The printer is at {c.priv()}; the file server (NAS) is at {c.priv()}, login with your own account.

## Remote access
The VPN concentrator is {c.ip()} (backup {c.ip()}). Group name `newsroom`, group pre-shared key
`{c.psk("prose")}`. Your personal password is sent separately.

## Shared accounts
- Newsletter (Sendy): API key `{c.key("sendy")}` — only the audience team uses it.
- Transcription (iFlytek) app id `{c.key("iflytek_appid")}` and API key `{c.key("iflytek_apikey")}`.
- Archive scanner admin: user `scan`, password `{c.pw("prose")}`.
- Tip line inbox: {c.email_pub()} (forwarded to {c.email_corp()}).
"""


# Handover notes: one row per language. Fields: template name, title, server word, phrase for
# "password of the server", key word, e-mail word, copula, "and", place name in the language's own script.
NOTES = [
    ("note_bavarian", "Übergob-Notizn", "Server", "Passwort vom Server", "Schlüssl", "E-Mail", "is", "und", "Minga"),
    ("note_koelsch", "Övverjaab-Notize", "Server", "Passwoot vum Server", "Schlössel", "E-Mail", "es", "un", "Kölle"),
    ("note_seto", "Üleandmise kiri", "server", "serveri salasõna", "võti", "e-post", "om", "ja", "Petseri"),
    ("note_mari", "Пуымо шотыш", "сервер", "серверын пароль", "почкыч", "электрон почто", "улеш", "да", "Йошкар-Ола"),
    ("note_newar", "ज्याया नोट", "सर्भर", "सर्भरया पासवर्ड", "ताःचा", "इमेल", "ख", "व", "येँ"),
    ("note_chittagonian", "দায়িত্ব বুঝাই দিবার নোট", "সার্ভার", "সার্ভারর পাসওয়ার্ড", "চাবি", "ইমেইল", "অয়", "আর", "চাটগাঁ"),
    ("note_santali", "ᱠᱟᱹᱢᱤ ᱦᱟᱹᱛᱟᱣ ᱚᱞ", "ᱥᱟᱨᱵᱷᱟᱨ", "ᱥᱟᱨᱵᱷᱟᱨ ᱨᱮᱭᱟᱜ ᱯᱟᱥᱣᱟᱨᱰ", "ᱪᱟᱵᱤ", "ᱤᱢᱮᱞ", "ᱠᱟᱱᱟ", "ᱟᱨ", "ᱫᱩᱢᱠᱟ"),
    ("note_meitei", "ꯊꯕꯛ ꯁꯤꯟꯅꯕꯒꯤ ꯅꯣꯠ", "ꯁꯔꯚꯔ", "ꯁꯔꯚꯔꯒꯤ ꯄꯥꯁꯋꯥꯔꯗ", "ꯆꯥꯕꯤ", "ꯏꯃꯦꯜ", "ꯅꯤ", "ꯑꯃꯁꯨꯡ", "ꯏꯝꯐꯥꯜ"),
    ("note_rakhine", "တာဝန်လွှဲ မှတ်စု", "ဆာဗာ", "ဆာဗာ စကားဝှက်", "သော့", "အီးမေးလ်", "ရေ", "နန့်", "စစ်တွေ"),
    ("note_ladakhi", "ལས་ཀ་རྩིས་སྤྲོད་ཟིན་ཐོ", "སར་བར", "སར་བར་གྱི་གསང་ཚིག", "ལྡེ་མིག", "གློག་འཕྲིན", "ཡིན", "དང", "གླེ"),
    ("note_hazaragi", "یادداشت تحویل کار", "سرور", "رمز سرور", "کلید", "ایمیل", "استه", "و", "بامیان"),
    ("note_balochi", "کارءِ سپارگءِ نبشتانک", "سرور", "سرورءِ پاسورڈ", "کلیت", "ای میل", "اِنت", "و", "گوادر"),
    ("note_assyrian", "ܟܬܒܐ ܕܡܫܠܡܢܘܬܐ", "ܣܝܪܒܪ", "ܡܠܬܐ ܕܐܪܙܐ ܕܣܝܪܒܪ", "ܩܠܝܕܐ", "ܐܝܡܝܠ", "ܝܠܗ", "ܘܐܦ", "ܐܘܪܗܝ"),
    ("note_tigre", "ማስታወሻ ምህላፍ ስራሕ", "ሰርቨር", "ቃል ምስጢር ሰርቨር", "መፍትሕ", "ኢመይል", "ቱ", "ወ", "ከረን"),
    ("note_kikuyu", "Ndũmĩrĩri ya gũcenjania wĩra", "sava", "kiugo kĩa hitho kĩa sava", "kĩhingũro", "imeli", "nĩ", "na", "Nyeri"),
    ("note_krio", "Nots fɔ di pɔsin we de tek ova", "sava", "di paswɔd fɔ di sava", "ki", "imel", "na", "ɛn", "Fritɔŋ"),
    ("note_cape_verdean", "Nota di pasaji di sirvisu", "sirvidor", "sénha di sirvidor", "xavi", "imeil", "é", "i", "Mindelu"),
    ("note_sepedi", "Dintlha tša go fetišetša mošomo", "seba", "lentšu la sephiri la seba", "senotlelo", "imeile", "ke", "le", "Polokwane"),
    ("note_reunion_creole", "Bann not pou pas lo travay", "servèr", "modpas lo servèr", "la klé", "imèl", "lé", "èk", "Sin-Dni"),
    ("note_gullah", "Note fuh de one wuh tek obuh", "suhbuh", "de paaswud fuh de suhbuh", "key", "email", "duh", "an", "Bufut"),
]

NOTE_VENDORS = ["stepfun", "baichuan", "moonshot", "novita", "twelvedata", "alphavantage", "weatherapi", "tiingo",
                "beehiiv", "convertkit", "omnisend", "flagsmith", "statsig", "configcat", "growthbook", "unleash",
                "lambdatest", "coveralls", "apivideo", "wistia"]


def _make_note(idx, title, server, pw_phrase, key_word, mail_word, cop, and_w, place):
    def note(c):
        ip1, ip2, lan = c.ip(), c.ip(), c.priv()
        pw1 = c.pw("prose")
        native = c.pwk("pw_native", place + str(c.randint(10, 2025)) + c.choice("!#%*+=?^~"))
        tok = c.key(NOTE_VENDORS[idx])
        mail1, mail2 = c.email_pub(), c.email_corp()
        form = c.randint(0, 2)
        if form == 0:
            return (f"# {title}\n\n- {server} ({place}): {ip1}\n- {pw_phrase} {cop} {pw1}\n"
                    f"- {server} 2: {ip2} — {pw_phrase} {cop} {native}\n- LAN: {lan}\n"
                    f"- {key_word}: {tok}\n- {mail_word}: {mail1} {and_w} {mail2}\n")
        if form == 1:
            return (f"{title}\n{'=' * 12}\n{server} {ip1} {and_w} {ip2}\n{pw_phrase}: {pw1}\n"
                    f"{pw_phrase} ({place}): {native}\n{key_word} {cop} {tok}\n"
                    f"{mail_word}: {mail1}, {mail2}\nVPN/LAN {lan}\n")
        return (f"## {title}\n\n| | |\n|---|---|\n| {server} | {ip1} |\n| {server} ({place}) | {ip2} |\n"
                f"| {pw_phrase} | {pw1} |\n| {pw_phrase} 2 | {native} |\n| {key_word} | {tok} |\n"
                f"| {mail_word} | {mail1} {and_w} {mail2} |\n| LAN | {lan} |\n")
    return note


for _i, _row in enumerate(NOTES):
    _fn = _make_note(_i, *_row[1:])
    _fn.__name__ = _row[0]
    T(PROSE, "markdown", f"notes/{_row[0][5:]}.md")(_fn)
