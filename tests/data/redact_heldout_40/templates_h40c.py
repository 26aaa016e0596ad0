"""Templates 62-76 of held-out set 40."""


def swarm_join_transcript(g):
    return "shell", "notes/swarm-bootstrap.txt", f'''ops@mgr1:~$ docker swarm init --advertise-addr {g.ip4('manager_ip')}
Swarm initialized: current node ({g.la('node_id', g.s('abcdefghijklmnopqrstuvwxyz0123456789', 25))}) is now a manager.

To add a worker to this swarm, run the following command:

    docker swarm join --token {g.key('swarm_worker_token', 'swmtkn')} {g.ip4('manager_ip')}:2377

ops@mgr1:~$ docker swarm join-token manager -q
{g.key('swarm_manager_token', 'swmtkn')}
ops@mgr1:~$ docker node ls --format '{{{{.Hostname}}}} {{{{.Status}}}}'
mgr1 Ready
wrk1 Ready
# overlay subnet {g.priv()}/24, docs token {g.ph('SWMTKN-1-<redacted>')}
'''


def bombardier_ci_sh(g):
    return "shell", "perf/smoke.sh", f'''#!/bin/sh
# quick load smoke against the canary ({g.ip('canary_ip', 0.4)}) before promoting
bombardier -c 50 -d 30s -l \\
  -H "Authorization: Bearer {g.key('canary_token', 'jwt')}" \\
  -H "X-Tenant: {g.uuid('tenant_id')}" \\
  https://canary.oakridge.dev/api/v2/search?q=boots
bombardier -c 10 -n 2000 -m POST -f login.json https://{g.priv()}/login
# last run id {g.uuid('run_id')}, bombardier {g.ver()}
# login.json: {{"user": "{g.em('loadtest_user')}", "password": "{g.pw('loadtest_password', 'q')}"}}
'''


def oha_notes(g):
    return "markdown", "perf/README.md", f'''# Load tests with oha / wrk / hey

Baseline (oha {g.ver()}):

    oha -z 60s -c 64 -H 'x-api-key: {g.key('perf_api_key', 'hex32')}' https://{g.host('target_ip')}:8443/v1/quote

wrk with a Lua script that logs in first:

    wrk -t4 -c100 -d30s -s login.lua http://{g.priv()}:8080/

`login.lua` posts `username={g.em('perf_user')}&password={g.pw('perf_password', 'url')}`.

hey, for the old endpoint: `hey -n 5000 -c 50 -a perfbot:{g.pw('basic_password', 'shell')} http://{g.priv()}/health`.
Never use the production key; the staging one is named {g.ref('PERF_STAGING_API_KEY')} in CI.
'''


def sonar_project_props(g):
    return "properties", "sonar-project.properties", f'''sonar.projectKey=hearthstone_payments
sonar.organization=hearthstone
sonar.sources=src
sonar.tests=tests
sonar.host.url=https://{g.ip4('scanner_host')}:9000
# temporary: token pasted here until the runner secret works ({g.em('author_email')})
sonar.token={g.key('scanner_token', 'squ')}
# project analysis token used by the nightly job
# sonar.login={g.key('project_token', 'sqp')}
sonar.python.version={g.ver()}
sonar.scm.revision={g.sha(40)}
# sonar.token={g.ref('${SONAR_TOKEN}')} in CI
'''


def dockerfile_build(g):
    return "dockerfile", "docker/worker.Dockerfile", f'''FROM python:{g.ver()}-slim AS build
ARG PIP_EXTRA_INDEX_URL=https://build:{g.key('index_token', 'an32')}@{g.ip4('index_ip')}/simple
RUN pip wheel --wheel-dir /wheels -r requirements.txt

FROM python:{g.ver()}-slim
LABEL maintainer="{g.em('maintainer_email')}"
ENV MP_ACCESS_TOKEN={g.key('payments_access_token', 'app_usr')} \\
    REDIS_URL=redis://:{g.pw('redis_password', 'url')}@{g.host('redis_ip')}:6379/0 \\
    BIND={g.unspec()}
COPY --from=build /wheels /wheels
# digest pinned in CI: sha256:{g.sha(64)}
# ENV MP_ACCESS_TOKEN={g.ph('APP_USR-xxxx')} for local builds
CMD ["python", "-m", "worker"]
'''


def k8s_secret_yaml(g):
    return "yaml", "k8s/overlays/prod/secrets.yaml", f'''apiVersion: v1
kind: Secret
metadata:
  name: checkout-env
  annotations:
    owner: {g.em('owner_email')}
type: Opaque
stringData:
  PAYMENT_KEY_ID: {g.key('payment_key_id', 'rzp')}
  PAYMENT_KEY_SECRET: {g.key('payment_key_secret', 'an24')}
  DB_PASSWORD: "{g.pw('db_password', 'q')}"
  MONITORING_TOKEN: {g.key('monitoring_token', 'dt0s01')}
---
apiVersion: v1
kind: ConfigMap
metadata:
  name: checkout-config
data:
  DB_HOST: {g.priv()}
  EGRESS_IP: {g.ip('egress_ip', 0.3)}
  SQUARE_APP_ID: {g.la('application_id', 'sq0idp-' + g.s('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_', 22))}
  RELEASE: "{g.ver()}"
  CLUSTER_DNS: {g.priv()}
  DB_PASSWORD_REF: {g.ref('checkout-env/DB_PASSWORD')}
'''


def terraform_vars(g):
    return "hcl", "envs/prod/terraform.tfvars", f'''region          = "eu-west-3"
admin_cidrs     = ["{g.ip4('admin_ip')}/32", "{g.docip()}/32"]
subnet_id       = "{g.la('subnet_id', 'subnet-' + g.hexs(17))}"
vpc_cidr        = "{g.priv()}/16"
alert_email     = "{g.em('alert_email')}"
db_master_pass  = "{g.pw('db_master_password', 'q')}"
ingest_api_key  = "{g.key('ingest_api_key', 'nrii')}"
ami_id          = "{g.la('image_id', 'ami-' + g.hexs(17))}"
runner_reg      = "{g.key('runner_registration_token', 'gr')}"
# db_master_pass should come from var.db_master_pass / {g.ref('TF_VAR_db_master_pass')}
'''


def sql_users(g):
    return "sql", "db/migrations/0042_service_accounts.sql", f'''-- service accounts for the reporting stack (ticket by {g.em('requester_email')})
CREATE USER 'reports_ro'@'{g.priv()}' IDENTIFIED BY '{g.pw('mysql_password', 'q')}';
CREATE USER 'etl_loader'@'%' IDENTIFIED BY '{g.pw('mysql_password', 'q')}';
GRANT SELECT ON reports.* TO 'reports_ro'@'{g.priv()}';
-- etl_loader hash after create: {g.la('mysql_native_hash', '*' + g.hexs(40).upper())}
INSERT INTO app_settings (name, value) VALUES
  ('support_address', '{g.em('support_email')}'),
  ('geo_api_key', '{g.key('geo_api_key', 'hex32')}'),
  ('webhook_ip_allow', '{g.ip('webhook_ip', 0.3)}'),
  ('schema_version', '{g.ver()}');
-- test row only: ('contact', '{g.resmail()}')
'''


def makefile_release(g):
    return "makefile", "Makefile", f'''VERSION ?= {g.ver()}
REGISTRY := {g.ip4('registry_ip')}:5000
STORAGE_TOKEN ?= {g.key('storage_token', 'slb')}

release: build
\tdocker login $(REGISTRY) -u ci -p '{g.pw('registry_password', 'shell')}'
\tdocker push $(REGISTRY)/app:$(VERSION)
\tcurl -s -X POST https://content.boxlane.io/2/files/upload -H "Authorization: Bearer $(STORAGE_TOKEN)" --data-binary @dist/app.tgz

sbom:
	@echo "sbom digest {g.sha(64)} commit {g.sha(7)}"

notify:
\tmail -s "released $(VERSION)" {g.em('release_list')} < CHANGELOG.md

local:
\t./run --bind {g.loop()}:8000
'''


def jupyter_cell(g):
    return "json", "notebooks/churn_exploration.ipynb", f'''{{
 "cells": [
  {{
   "cell_type": "code",
   "execution_count": 3,
   "metadata": {{}},
   "outputs": [],
   "source": [
    "import psycopg2\\n",
    "conn = psycopg2.connect(host=\\"{g.ip4('pg_host')}\\", user=\\"analyst\\", password=\\"{g.pw('pg_password', 'plain')}\\", dbname=\\"crm\\")\\n",
    "DB_KEY = \\"{g.key('db_api_key', 'sb_secret')}\\"  # from {g.em('colleague_email')}\\n",
    "PROJECT_ANON = \\"{g.la('public_key', 'sb_publishable_' + g.s('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_', 22) + '_' + g.s('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz', 8))}\\"\\n"
   ]
  }},
  {{
   "cell_type": "markdown",
   "metadata": {{}},
   "source": ["Run id {g.uuid('run_id')}; data pulled from replica {g.priv()}."]
  }}
 ],
 "metadata": {{ "run_uuid": "{g.uuid('run_uuid')}", "kernelspec": {{ "name": "python3", "display_name": "Python 3" }} }},
 "nbformat": 4,
 "nbformat_minor": 5
}}
'''


def email_handoff(g):
    return "email", "mail/handoff.eml", f'''From: {g.em('sender_email')}
To: {g.em('recipient_email')}
Cc: {g.em('cc_email')}
Subject: keys for the new box
Message-ID: <{g.la('message_id', g.hexs(16) + '.' + str(g.r.randint(10**5, 10**6)) + '@mx.tallowfield.net')}>
Date: Tue, 05 Mar 2024 09:14:22 +0100

Hi,

the new build box is up at {g.ip('build_ip', 0.4)}. Console login is admin / {g.pw('console_password', 'prose')}
and the database token is {g.key('db_token', 'npg')}. The old box ({g.priv()}) will be wiped Friday.

For the docs please write the token as {g.ph('<your-token>')} and never the real one.

Checksum of the attached bundle: {g.sha(64)}

Cheers
'''


def chat_export(g):
    cu = g.em('chat_user')
    return "text", "exports/ops-channel.txt", f'''2024-04-11 09:02 <tomasz> deploy is stuck, the deploy CLI says unauthorized
2024-04-11 09:03 <{cu}> use the org token: FlyV1 {g.key('deploy_token', 'fm2')}
2024-04-11 09:03 <tomasz> thanks. also the dashboards on {g.ip('dash_ip', 0.4)} wants a password
2024-04-11 09:04 <{cu}> admin / {g.pw('dash_password', 'plain')} (rotate after!)
2024-04-11 09:05 <tomasz> and the cluster CI token? mine expired
2024-04-11 09:06 <{cu}> {g.key('ci_token', 'ccipat')}
2024-04-11 09:06 <tomasz> that's in {g.ref('CIRCLE_TOKEN')} now, right? fine
2024-04-11 09:07 <bot> reminder: hash of last release {g.sha(40)}
2024-04-11 09:08 <tomasz> docs say FlyV1 {g.ph('<token>')}, ok
'''


def access_log(g):
    rows = []
    for i in range(3):
        rows.append(f'''{g.ip('client_ip', 0.2)} - - [11/Apr/2024:10:{i + 10}:07 +0000] "GET /api/v1/orders?api_key={g.key('api_key_in_url', 'hex32')} HTTP/1.1" 200 512 "-" "python-requests/{g.ver()}"''')
    rows.append(f'''{g.shared()} - - [11/Apr/2024:10:19:00 +0000] "GET /healthz HTTP/1.1" 200 2 "-" "kube-probe/{g.ver()}"''')
    rows.append(f'''{g.priv()} - - [11/Apr/2024:10:20:00 +0000] "POST /login HTTP/1.1" 302 0 "-" "curl/8.5.0"''')
    rows.append(f'''{g.ip4('client_ip')} - {g.em('basic_user')} [11/Apr/2024:10:21:13 +0000] "GET /admin HTTP/1.1" 401 18 "-" "Mozilla/5.0"''')
    return "text", "var/log/app/access.log", "\n".join(rows) + "\n"


def support_ticket(g):
    return "text", "tickets/SUP-7741.txt", f'''Ticket SUP-7741 — customer cannot reach the SFTP drop
Reporter: {g.em('reporter_email')}
Customer IP (from their firewall): {g.ip('customer_ip', 0.4)}

Customer wrote: "we use user acme_drop with password {g.pw('sftp_password', 'prose')}; it worked last week."
Agent note: their source changed to {g.ip4('customer_ip')}; allow-listed. Also they sent the volume key
{g.key('volume_key', 'aklt')} by mistake; asked them to rotate.
Reference: request {g.uuid('request_id')}, server build {g.ver()}, old allow-list entry {g.docip()}.
Escalated to {g.em('escalation_email')}.
'''


def julia_script(g):
    return "julia", "scripts/fetch_prices.jl", f'''using HTTP, JSON3

const API = "https://{g.ip4('api_ip')}/v3/prices"
const TOKEN = "{g.key('prices_token', 'an40')}"
const WORKSPACE_TOKEN = "{g.key('workspace_token', 'xoxc')}"   # posts the summary

r = HTTP.get(API; headers = ["Authorization" => "Token " * TOKEN])
prices = JSON3.read(r.body)
println("fetched ", length(prices), " rows for ", "{g.em('owner_email')}")
# local mirror {g.loop()}:8899, lab mirror {g.priv()}
# HTTP.jl {g.ver()}; TOKEN = ENV["{g.ref('PRICES_TOKEN')}"] once CI is fixed
'''
