"""Templates for held-out set 10.

Each template is a function of a value generator `g` (gen_h10.G) that returns
text with inline markers: lab(TAG, kind, value) for labelled values and
look(kind, value) for look-alikes.  make_heldout_10.py turns the markers into
spans.
"""

import collections
import json

from gen_h10 import lab, look

Template = collections.namedtuple("Template", "name cls lang path fn")
TEMPLATES = []

CODE = "code / config assignment"
CI = "CI / IaC"
SHELL = "command line / shell"
LOG = "log / stack trace"
CHAT = "chat / ticket / email"
SQL = "SQL / CSV"
NET = "network config"
HTTP = "HTTP / API client export"
NB = "notebook"
COMMIT = "commit / review"
URLC = "URL / connection string"
MOBILE = "mobile / IDE config"


def T(name, cls, lang, path):
    def deco(fn):
        TEMPLATES.append(Template(name, cls, lang, path, fn))
        return fn
    return deco


# ------------------------------------------------------------------ helpers
def E(g, value=None, kind="email"):
    return lab("EMAIL", kind, value or g.email())


def WE(g, domain=None):
    return lab("EMAIL", "work_email", g.work_email(domain))


def RE(g, domain=None):
    return lab("EMAIL", "role_email", g.role_email(domain))


def IP(g, kind="ipv4"):
    return lab("IP_ADDRESS", kind, g.ip())


def IP6(g):
    return lab("IP_ADDRESS", "ipv6", g.ip6())


def PW(g, safe=None, style=None, kind="password"):
    return lab("PASSWORD", kind, g.password(style, safe))


def PHRASE(g):
    return lab("PASSWORD", "passphrase_spaces", g.passphrase_spaces())


def KY(g, kind):
    return lab("KEY", kind, g.key(kind))


def PEM(g, kind="rsa", indent="", newline="\n"):
    return lab("KEY", "pem_" + kind, g.pem_private(kind, indent, newline))


def PRIV(g):
    return look("private_ip", g.private_ip())


def LOOP(g):
    return look("loopback_ip", g.loopback_ip())


def DOCIP(g):
    return look("documentation_ip", g.doc_ip())


def CGN(g):
    return look("cgnat_ip", g.cgnat_ip())


def LL(g):
    return look("linklocal_ip", g.linklocal_ip())


def MC(g):
    return look("multicast_ip", g.multicast_ip())


def RES(g):
    return look("reserved_email", g.reserved_email())


def UUID(g):
    return look("uuid", g.uuid())


def VER(g, parts=3):
    return look("version", g.version(parts))


def PH(g, name="password"):
    return look("placeholder", g.placeholder(name))


def ENVREF(name, style="shell"):
    if style == "shell":
        return look("env_reference", "${" + name + "}")
    if style == "gha":
        return look("ci_secret_ref", "${{ secrets." + name + " }}")
    if style == "py":
        return look("env_reference", f'os.environ["{name}"]')
    if style == "node":
        return look("env_reference", f"process.env.{name}")
    if style == "jinja":
        return look("template_var", "{{ " + name + " }}")
    raise ValueError(style)


def SHA(g):
    return look("sha256", g.sha256())


def GITSHA(g):
    return look("git_sha", g.sha1())


def BCRYPT(g):
    return look("bcrypt_hash", g.bcrypt())


def one(g, *choices):
    return g.pick(choices)


# ------------------------------------------------------------------ carrier snippets
def carrier_snippet(ftype, g, pkg, path):
    """One planted snippet in the carrier's own file type."""
    if ftype == "python":
        return g.pick([
            lambda: f'\n\n# local overrides used while debugging ({pkg})\nSTAGING_HOST = "{IP(g)}"\n'
                    f'STAGING_USER = "{E(g)}"\nSTAGING_PASSWORD = "{PW(g, "json")}"\n'
                    f'FALLBACK_HOST = "{PRIV(g)}"\n',
            lambda: f'\n\nif False:  # pragma: no cover - manual smoke test\n    _cfg = {{\n'
                    f'        "endpoint": "https://{IP(g)}:8443/v1",\n        "api_token": "{KY(g, "github_classic")}",\n'
                    f'        "notify": "{E(g)}",\n        "build": "{GITSHA(g)}",\n    }}\n',
            lambda: f'\n\n_TEST_ACCOUNT = dict(\n    login="{E(g)}",\n    password="{PW(g, "json")}",\n'
                    f'    bastion="{IP(g)}",\n    upstream="{DOCIP(g)}",\n    hf_token="{KY(g, "huggingface")}",\n)\n',
        ])()
    if ftype == "rst":
        return g.pick([
            lambda: f"\n.. code-block:: bash\n\n   export SERVICE_TOKEN={KY(g, 'gitlab_pat')}\n"
                    f"   curl -u {E(g)}:{PW(g, 'url')} https://{IP(g)}/api/status\n",
            lambda: f"\n.. note::\n\n   The lab box at ``{IP(g)}`` still accepts ``root`` / ``{PW(g, 'alnum')}``;\n"
                    f"   ask {E(g)} before rotating it (the old one was ``{PH(g)}``).\n",
        ])()
    if ftype == "markdown":
        return g.pick([
            lambda: f"\n<!-- maintainers: staging mirror {IP(g)} (user {E(g)}, pass `{PW(g, 'shell')}`) -->\n",
            lambda: f"\n## Local notes\n\n- release bot token: `{KY(g, 'npm')}`\n- contact: {E(g)}\n"
                    f"- test runner: `{IP(g)}` behind `{PRIV(g)}`\n",
        ])()
    if ftype == "toml":
        return (f"\n[tool.release-helper]\nupload_url = \"https://{IP(g)}/simple/\"\nusername = \"{E(g)}\"\n"
                f"password = \"{PW(g, 'json')}\"\ntoken = \"{KY(g, 'pypi')}\"\n")
    if ftype == "ini":
        return (f"\n[testenv:integration]\nsetenv =\n    DB_HOST = {IP(g)}\n    DB_PASSWORD = {PW(g, 'yaml')}\n"
                f"    ADMIN_EMAIL = {E(g)}\n    CACHE_HOST = {PRIV(g)}\n")
    if ftype == "makefile":
        return (f"\nupload-internal:\n\tcurl -u {E(g)}:{PW(g, 'url')} -F package=@dist/latest.tar.gz "
                f"https://{IP(g)}/upload\n\tAPI_KEY={KY(g, 'datadog_api')} ./scripts/notify.sh\n")
    if ftype in ("text", "changelog"):
        return (f"\n(local note) mirror box {IP(g)} - login {E(g)} / {PW(g, 'shell')}\n"
                f"   internal alias {PRIV(g)}, build {VER(g)}\n")
    if ftype == "mbox":
        sender = g.email()
        return (f"\nFrom {E(g, sender)} Tue Mar  8 09:12:44 2011\nFrom: {E(g, sender)}\nTo: {E(g)}\nSubject: vpn access\n"
                f"Received: from relay ({IP(g)})\n\nHi,\n\nthe gateway is {IP(g)} and the shared secret is "
                f"{PW(g, 'shell')} - please change it after first login.\n")
    if ftype == "troff":
        return (f'.\\" local example, do not ship\n.SH EXAMPLE\n.nf\ndknewkey --host {IP(g)} --user {E(g)} '
                f'--password {PW(g, "shell")} selector\n.fi\n')
    if ftype == "c":
        return (f'\n/* test harness defaults */\n#define TEST_PEER "{IP(g)}"\n#define TEST_ACCOUNT "{E(g)}"\n'
                f'#define TEST_SECRET "{PW(g, "json")}"\n#define TEST_LAN "{PRIV(g)}"\n')
    if ftype == "grok":
        return (f"\n# sample line for the pattern above:\n# {IP(g)}:51234 [09/Mar/2024:12:01:02.118] fe be/srv1 "
                f"0/0/1/2/3 200 512 - - ---- 1/1/0/0/0 0/0 \"GET /login?user={E(g)}&token={KY(g, 'generic_hex')} HTTP/1.1\"\n")
    if ftype == "radius_dict":
        return (f"\n# test client used with this dictionary: {IP(g)} secret {PW(g, 'shell')}\n"
                f"# owner {E(g)}, nas {PRIV(g)}\n")
    raise ValueError(ftype)


# ================================================================== common contexts
@T("dotenv_node_api", CODE, "dotenv", ".env.production")
def _(g):
    return f"""# api service - production
NODE_ENV=production
PORT=8080
DATABASE_URL=postgresql://api_rw:{PW(g, 'url')}@{IP(g)}:5432/orders?sslmode=require
REDIS_URL=redis://default:{PW(g, 'url', 'long')}@{PRIV(g)}:6379/0
SMTP_USER={E(g)}
SMTP_PASS={PW(g, 'shell')}
STRIPE_SECRET_KEY={KY(g, 'stripe_secret')}
STRIPE_PUBLISHABLE_KEY={look('publishable_key', g.stripe_pk())}
JWT_SECRET={KY(g, 'session_secret')}
SENTRY_RELEASE={GITSHA(g)}
"""


@T("compose_postgres_pgadmin", CI, "yaml", "docker-compose.yml")
def _(g):
    return f"""services:
  db:
    image: postgres:16@{look('docker_digest', g.docker_digest())}
    environment:
      POSTGRES_USER: app
      POSTGRES_PASSWORD: "{PW(g, 'yaml')}"
      POSTGRES_DB: app
    networks:
      backend:
        ipv4_address: {PRIV(g)}
  pgadmin:
    image: dpage/pgadmin4:{look('version', g.version())}
    environment:
      PGADMIN_DEFAULT_EMAIL: {E(g)}
      PGADMIN_DEFAULT_PASSWORD: "{PW(g, 'yaml')}"
    ports:
      - "{IP(g)}:5050:80"
networks:
  backend:
    ipam:
      config:
        - subnet: {look('private_ip', '172.' + str(g.num(16, 31)) + '.0.0')}/16
"""


@T("django_settings_prod", CODE, "python", "config/settings/production.py")
def _(g):
    d = g.company_domain()
    return f'''from .base import *  # noqa

DEBUG = False
SECRET_KEY = "{KY(g, 'django_secret').replace('"', '')}"
ALLOWED_HOSTS = ["{d}", "{IP(g)}", "{PRIV(g)}"]
ADMINS = [("Ops", "{RE(g, d)}"), ("{g.first().title()}", "{WE(g, d)}")]
DATABASES = {{
    "default": {{
        "ENGINE": "django.db.backends.postgresql",
        "NAME": "shop",
        "USER": "shop",
        "PASSWORD": "{PW(g, 'json')}",
        "HOST": "{IP(g)}",
        "PORT": "5432",
    }}
}}
EMAIL_HOST = "smtp.{d}"
EMAIL_HOST_USER = "{E(g)}"
EMAIL_HOST_PASSWORD = "{PW(g, 'json')}"
DEFAULT_FROM_EMAIL = "{look('reserved_email', 'no-reply@' + g.pick(['example.com', 'example.org']))}"
'''


@T("flask_config_classes", CODE, "python", "app/config.py")
def _(g):
    return f'''import os


class Config:
    SECRET_KEY = os.environ.get("SECRET_KEY", "{KY(g, 'session_secret')}")
    SQLALCHEMY_DATABASE_URI = "mysql+pymysql://flask:{PW(g, 'url')}@{IP(g)}/flaskapp"
    MAIL_SERVER = "smtp.{g.pick(['gmail.com', 'office365.com', 'mailgun.org'])}"
    MAIL_USERNAME = "{E(g)}"
    MAIL_PASSWORD = "{PW(g, 'json')}"


class TestingConfig(Config):
    SQLALCHEMY_DATABASE_URI = "sqlite://"
    MAIL_USERNAME = "{RES(g)}"
    MAIL_PASSWORD = "{PH(g)}"
'''


@T("fastapi_settings", CODE, "python", "app/core/settings.py")
def _(g):
    return f'''from pydantic_settings import BaseSettings


class Settings(BaseSettings):
    project_name: str = "billing-api"
    postgres_dsn: str = "postgresql+asyncpg://billing:{PW(g, 'url')}@{IP(g)}:6432/billing"
    openai_api_key: str = "{KY(g, 'openai')}"
    first_superuser: str = "{E(g)}"
    first_superuser_password: str = "{PW(g, 'json')}"
    trusted_proxy: str = "{CGN(g)}"
    request_id_example: str = "{UUID(g)}"


settings = Settings()
'''


@T("gha_deploy_hardcoded", CI, "yaml", ".github/workflows/deploy.yml")
def _(g):
    return f"""name: deploy
on:
  push:
    branches: [main]
jobs:
  deploy:
    runs-on: ubuntu-latest
    env:
      REGISTRY_TOKEN: ${{{{ secrets.REGISTRY_TOKEN }}}}
      DEPLOY_HOST: {IP(g)}
      # TODO move to secrets
      SLACK_BOT_TOKEN: {KY(g, 'slack_bot')}
    steps:
      - uses: actions/checkout@{GITSHA(g)}
      - run: |
          ssh-keyscan {IP(g)} >> ~/.ssh/known_hosts
          echo "{KY(g, 'docker_pat')}" | docker login -u {g.user().replace('.', '')} --password-stdin
      - run: ./deploy.sh --notify {E(g)}
"""


@T("gitlab_ci_variables", CI, "yaml", ".gitlab-ci.yml")
def _(g):
    return f"""variables:
  DOCKER_DRIVER: overlay2
  POSTGRES_PASSWORD: "{PW(g, 'yaml')}"
  SONAR_HOST: "https://{IP(g)}:9000"
  SONAR_TOKEN: "{look('ci_secret_ref', '$SONAR_TOKEN')}"
  PACKAGE_REGISTRY_TOKEN: "{KY(g, 'gitlab_deploy')}"

stages: [test, release]

release:
  stage: release
  script:
    - git remote set-url origin "https://oauth2:{KY(g, 'gitlab_pat')}@gitlab.{g.company_domain()}/platform/api.git"
    - git config user.email "{E(g)}"
    - ./release.sh --runner {PRIV(g)}
"""


@T("k8s_secret_stringdata", CI, "yaml", "k8s/app-secret.yaml")
def _(g):
    return f"""apiVersion: v1
kind: Secret
metadata:
  name: payments-env
  namespace: payments
  uid: {UUID(g)}
type: Opaque
stringData:
  DB_HOST: "{IP(g)}"
  DB_PASSWORD: "{PW(g, 'yaml')}"
  ADYEN_NOTIFY_EMAIL: "{E(g)}"
  WEBHOOK_SECRET: "{KY(g, 'stripe_webhook')}"
data:
  SMTP_PASSWORD: {lab('KEY', 'k8s_secret_data', __import__('base64').b64encode(g.password(safe='alnum').encode()).decode())}
"""


@T("helm_values_external", CI, "yaml", "charts/app/values-prod.yaml")
def _(g):
    return f"""replicaCount: 3
image:
  tag: "{look('version', g.version())}"
externalDatabase:
  host: {IP(g)}
  user: keycloak
  password: "{PW(g, 'yaml')}"
keycloak:
  adminUser: admin
  adminPassword: "{PW(g, 'yaml')}"
smtp:
  from: "{E(g)}"
  auth:
    username: "{E(g)}"
    password: "{PW(g, 'yaml')}"
podAnnotations:
  checksum/config: "{SHA(g)}"
service:
  loadBalancerSourceRanges:
    - {IP(g)}/32
    - {PRIV(g)}/24
"""


@T("tfvars_prod", CI, "hcl", "env/prod.tfvars")
def _(g):
    return f"""region          = "eu-central-1"
bastion_cidr    = "{IP(g)}/32"
office_ips      = ["{IP(g)}", "{IP(g)}"]
vpc_cidr        = "{look('private_ip', '10.' + str(g.num(0, 255)) + '.0.0')}/16"
db_master_password = "{PW(g, 'json')}"
alert_email     = "{E(g)}"
datadog_api_key = "{KY(g, 'datadog_api')}"
datadog_app_key = "{KY(g, 'datadog_app')}"
account_id      = "{look('aws_account_id', g.aws_account())}"
"""


@T("ansible_group_vars", CI, "yaml", "inventories/prod/group_vars/db.yml")
def _(g):
    return f"""---
postgresql_version: 15
postgresql_listen: "{PRIV(g)}"
postgresql_users:
  - name: replicator
    password: "{PW(g, 'yaml')}"
  - name: app
    password: "{PW(g, 'yaml')}"
pgbackrest_repo_s3_key: "{KY(g, 'aws_id')}"
pgbackrest_repo_s3_key_secret: "{KY(g, 'aws_secret')}"
monitoring_contact: "{E(g)}"
allowed_clients:
  - {IP(g)}
  - {IP(g)}
vault_ref_example: "{ENVREF('vault_pg_admin_password', 'jinja')}"
"""


@T("nginx_upstream_allow", NET, "nginx", "/etc/nginx/conf.d/api.conf")
def _(g):
    return f"""upstream api_backend {{
    server {IP(g)}:8000 max_fails=3;
    server {IP(g)}:8000 backup;
    server {PRIV(g)}:8000;
}}

server {{
    listen 443 ssl http2;
    server_name api.{g.company_domain()};
    location /admin/ {{
        allow {IP(g)};
        allow {PRIV(g)}/24;
        deny all;
        proxy_set_header Authorization "Basic {lab('KEY', 'basic_auth', g.k_basic_auth())}";
        proxy_pass http://api_backend;
    }}
    set_real_ip_from {CGN(g)};
    resolver {LL(g)} valid=30s;
}}
"""


@T("sql_seed_users", SQL, "sql", "db/seeds/001_users.sql")
def _(g):
    rows = []
    for i in range(3):
        rows.append(f"  ({i + 1}, '{E(g)}', '{BCRYPT(g)}', '{IP(g)}')")
    return ("-- seed users for the demo tenant\nINSERT INTO users (id, email, password_hash, last_login_ip) VALUES\n" +
            ",\n".join(rows) + f";\n\nINSERT INTO api_clients (name, secret) VALUES ('crm-sync', '{KY(g, 'generic_hex')}');\n"
            f"UPDATE users SET email = '{RES(g)}' WHERE id = 99;\n")


@T("pg_create_roles", SQL, "sql", "migrations/roles.sql")
def _(g):
    return f"""CREATE ROLE reporting LOGIN PASSWORD '{PW(g, 'sql')}' VALID UNTIL '2026-12-31';
CREATE ROLE etl_writer WITH LOGIN ENCRYPTED PASSWORD '{PW(g, 'sql')}';
ALTER ROLE grafana_ro PASSWORD '{PW(g, 'sql')}';
-- hashed example, safe to keep:
ALTER ROLE legacy PASSWORD '{look('scram_hash', 'SCRAM-SHA-256$4096:' + g.b64(16) + '$' + g.b64(32) + ':' + g.b64(32))}';
COMMENT ON ROLE reporting IS 'owner: {E(g)}';
"""


@T("mysql_grants", SQL, "sql", "ops/mysql_users.sql")
def _(g):
    return f"""CREATE USER 'wp'@'{PRIV(g)}' IDENTIFIED BY '{PW(g, 'sql')}';
CREATE USER 'backup'@'{IP(g)}' IDENTIFIED WITH mysql_native_password BY '{PW(g, 'sql')}';
GRANT SELECT, LOCK TABLES ON *.* TO 'backup'@'{IP(g)}';
SET PASSWORD FOR 'root'@'localhost' = '{PW(g, 'sql')}';
-- ticket raised by {E(g)}
"""


@T("deploy_sh_scp", SHELL, "shell", "scripts/deploy.sh")
def _(g):
    host = g.ip()
    return f"""#!/usr/bin/env bash
set -euo pipefail
HOST={lab('IP_ADDRESS', 'ipv4', host)}
export SSHPASS='{PW(g)}'
sshpass -e scp -o StrictHostKeyChecking=no build.tar.gz deploy@{lab('IP_ADDRESS', 'ipv4', host)}:/srv/app/
curl -fsS -X POST -H "Authorization: Bearer {KY(g, 'github_app')}" \\
  https://api.github.com/repos/{g.company()}/app/deployments -d '{{"ref":"main"}}'
curl -fsS "https://hooks.slack.com/services/{KY(g, 'slack_webhook_path')}" -d '{{"text":"deployed by {E(g)}"}}'
echo "done ({look('version', g.version())})"
"""


@T("bash_history_admin", SHELL, "shell", ".bash_history")
def _(g):
    return f"""ls -la
ssh admin@{IP(g)}
mysql -h {IP(g)} -u root -p'{PW(g)}' -e 'show databases'
export GITHUB_TOKEN={KY(g, 'github_classic')}
ping -c3 {PRIV(g)}
psql "host={IP(g)} user=analytics password={PW(g, 'shell')} dbname=dw"
git config --global user.email {E(g)}
htop
"""


@T("requests_script", CODE, "python", "tools/sync_tickets.py")
def _(g):
    return f'''import requests

ZENDESK = "https://{g.company()}.zendesk.com/api/v2"
AUTH = ("{E(g)}/token", "{KY(g, 'generic_alnum')}")
PROXY = {{"https": "http://proxy:{PW(g, 'url')}@{IP(g)}:3128"}}
METADATA = "http://{look('linklocal_ip', '169.254.169.254')}/latest/meta-data/"


def fetch(page=1):
    r = requests.get(f"{{ZENDESK}}/tickets.json?page={{page}}", auth=AUTH, proxies=PROXY, timeout=30)
    r.raise_for_status()
    return r.json()


if __name__ == "__main__":
    print(fetch()["count"], "tickets; escalations go to", "{E(g)}")
'''


@T("axios_client_ts", CODE, "typescript", "src/lib/crmClient.ts")
def _(g):
    return f'''import axios from "axios";

export const crm = axios.create({{
  baseURL: "https://{IP(g)}/crm/v3",
  headers: {{
    Authorization: "Bearer {KY(g, 'jwt')}",
    "X-Api-Key": "{KY(g, 'generic_alnum')}",
  }},
  auth: {{ username: "{E(g)}", password: "{PW(g, 'json')}" }},
}});

export const SUPPORT_INBOX = "{E(g)}";
export const DEV_API = "http://{LOOP(g)}:4000";
export const PUBLIC_KEY = "{look('publishable_key', g.stripe_test_pk())}";
'''


@T("go_main_dsn", CODE, "go", "cmd/worker/main.go")
def _(g):
    return f'''package main

import (
	"database/sql"
	"log"

	_ "github.com/go-sql-driver/mysql"
)

const (
	dsn        = "worker:{PW(g, 'url')}@tcp({IP(g)}:3306)/jobs?parseTime=true"
	natsURL    = "nats://{PRIV(g)}:4222"
	adminEmail = "{E(g)}"
	apiKey     = "{KY(g, 'sendgrid')}"
)

func main() {{
	db, err := sql.Open("mysql", dsn)
	if err != nil {{
		log.Fatalf("open: %v (build {GITSHA(g)})", err)
	}}
	defer db.Close()
}}
'''


@T("spring_properties", CODE, "properties", "src/main/resources/application-prod.properties")
def _(g):
    return f"""server.port=8443
spring.datasource.url=jdbc:postgresql://{IP(g)}:5432/inventory
spring.datasource.username=inventory
spring.datasource.password={PW(g, 'yaml')}
spring.mail.host=smtp.{g.company_domain()}
spring.mail.username={E(g)}
spring.mail.password={PW(g, 'yaml')}
spring.rabbitmq.host={PRIV(g)}
spring.rabbitmq.password={PW(g, 'yaml')}
app.jwt.secret={KY(g, 'hmac_hex')}
management.endpoints.web.exposure.include=health,info
info.app.version={look('version', g.version(4))}
"""


@T("readme_quickstart", CHAT, "markdown", "README.md")
def _(g):
    return f"""# inventory-sync

## Quick start

```bash
cp .env.example .env
docker compose up -d
```

The staging instance runs at `https://{IP(g)}` - log in as `{E(g)}` with
`{PW(g, 'shell')}` (rotate monthly!). The public demo uses `{RES(g)}` / `{PH(g)}`.

For the CI mirror ask {E(g)}. Internal DNS resolves `sync.internal` to `{PRIV(g)}`.

Current release: `{look('version', g.version())}` ({GITSHA(g)}).
"""


@T("nginx_access_log_lines", LOG, "log", "/var/log/nginx/access.log")
def _(g):
    lines = []
    for _ in range(4):
        lines.append(f'{IP(g)} - - [{g.num(10, 28)}/Feb/2025:{g.num(10, 23)}:{g.num(10, 59)}:{g.num(10, 59)} +0000] '
                     f'"GET /{g.pick(["", "login", "api/v1/me", "static/app.js"])} HTTP/1.1" {g.pick([200, 302, 404])} {g.num(100, 9000)} "-" "Mozilla/5.0"')
    lines.append(f'{PRIV(g)} - - [11/Feb/2025:10:00:00 +0000] "POST /reset?token={KY(g, "generic_hex")} HTTP/1.1" 200 12 "-" "curl/{look("version", g.version())}"')
    return "\n".join(lines) + "\n"


@T("json_app_log", LOG, "jsonl", "logs/app.jsonl")
def _(g):
    out = []
    for _ in range(3):
        out.append(json.dumps({"ts": f"2025-03-{g.num(10, 28)}T{g.num(10, 23)}:{g.num(10, 59)}:00Z", "level": "info",
                               "msg": "login ok", "user": "\ue000EMAIL\ue001email\ue001" + g.email() + "\ue002",
                               "ip": "\ue000IP_ADDRESS\ue001ipv4\ue001" + g.ip() + "\ue002",
                               "trace_id": "\ue003trace_id\ue001" + g.trace_id() + "\ue002"}, ensure_ascii=False))
    out.append(json.dumps({"ts": "2025-03-29T01:02:03Z", "level": "debug", "msg": "outbound call",
                           "headers": {"authorization": "Bearer \ue000KEY\ue001openai\ue001" + g.k_openai() + "\ue002"}}, ensure_ascii=False))
    return "\n".join(out) + "\n"


@T("python_traceback_dsn", LOG, "text", "traceback.txt")
def _(g):
    return f'''Traceback (most recent call last):
  File "/srv/app/worker.py", line 41, in <module>
    conn = psycopg2.connect("postgresql://etl:{PW(g, 'url')}@{IP(g)}:5432/warehouse")
  File "/usr/lib/python3/dist-packages/psycopg2/__init__.py", line 122, in connect
    conn = _connect(dsn, connection_factory=connection_factory, **kwasync)
psycopg2.OperationalError: connection to server at "{IP(g)}", port 5432 failed: Connection timed out
	Is the server running on that host and accepting TCP/IP connections?
(job {UUID(g)} submitted by {E(g)})
'''


@T("github_issue_paste", CHAT, "markdown", "issue-1873.md")
def _(g):
    return f"""### Bug: sync fails after upgrading to {look('version', g.version())}

I get `401 Unauthorized` with this config (sorry for the long paste):

```yaml
endpoint: https://{IP(g)}:8443
username: {E(g)}
password: {PW(g, 'yaml')}
token: {KY(g, 'github_fine')}
```

Worked fine on the old box ({PRIV(g)}). Any idea? cc @{g.first()}

**Edit:** token revoked, don't bother trying it.
"""


@T("slack_export_handover", CHAT, "json", "slack/ops/2025-01-14.json")
def _(g):
    msgs = [
        {"user": "U0" + g.s(8, "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789"), "text": "root on the new db box is \ue000PASSWORD\ue001password\ue001" + g.password(safe="json") + "\ue002, ip \ue000IP_ADDRESS\ue001ipv4\ue001" + g.ip() + "\ue002", "ts": f"{g.num(1700000000, 1760000000)}.{g.num(100000, 999999)}"},
        {"user": "U0" + g.s(8, "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789"), "text": "thx. pls send invoices to \ue000EMAIL\ue001email\ue001" + g.email() + "\ue002", "ts": f"{g.num(1700000000, 1760000000)}.{g.num(100000, 999999)}"},
        {"user": "U0" + g.s(8, "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789"), "text": "wifi in room 4: \ue000PASSWORD\ue001passphrase_spaces\ue001" + g.passphrase_spaces() + "\ue002", "ts": f"{g.num(1700000000, 1760000000)}.{g.num(100000, 999999)}"},
    ]
    return json.dumps(msgs, indent=2, ensure_ascii=False) + "\n"


@T("jupyter_api_keys", NB, "ipynb", "notebooks/eval.ipynb")
def _(g):
    cells = [
        {"cell_type": "code", "execution_count": 1, "metadata": {}, "outputs": [], "source": [
            "import os\n", "os.environ[\"ANTHROPIC_API_KEY\"] = \"\ue000KEY\ue001anthropic\ue001" + g.k_anthropic() + "\ue002\"\n",
            "os.environ[\"WANDB_API_KEY\"] = \"\ue000KEY\ue001wandb\ue001" + g.hexs(40) + "\ue002\"\n"]},
        {"cell_type": "code", "execution_count": 2, "metadata": {}, "outputs": [
            {"name": "stdout", "output_type": "stream", "text": ["connected to \ue000IP_ADDRESS\ue001ipv4\ue001" + g.ip() + "\ue002 as \ue000EMAIL\ue001email\ue001" + g.email() + "\ue002\n"]}],
         "source": ["client = connect(host=\"\ue003private_ip\ue001" + g.private_ip() + "\ue002\")\n"]},
    ]
    nb = {"cells": cells, "metadata": {"kernelspec": {"name": "python3", "display_name": "Python 3"}}, "nbformat": 4, "nbformat_minor": 5}
    return json.dumps(nb, indent=1, ensure_ascii=False) + "\n"


@T("npmrc_tokens", CODE, "ini", ".npmrc")
def _(g):
    return f"""registry=https://registry.npmjs.org/
@{g.company()}:registry=https://npm.pkg.github.com/
//npm.pkg.github.com/:_authToken={KY(g, 'github_classic')}
//registry.npmjs.org/:_authToken={KY(g, 'npm')}
//{IP(g)}:4873/:_auth={lab('KEY', 'basic_auth', g.k_basic_auth())}
email={E(g)}
//ci.registry/:_authToken={ENVREF('NPM_TOKEN')}
"""


@T("dockerfile_env", CI, "dockerfile", "Dockerfile")
def _(g):
    return f"""FROM python:3.12-slim@{look('docker_digest', g.docker_digest())}
LABEL maintainer="{E(g)}"
ARG PIP_INDEX_URL=https://ci:{PW(g, 'url')}@{IP(g)}/simple/
ENV SENTRY_DSN=https://{look('sentry_public_key', g.sentry_dsn_key())}@o{g.num(100000, 999999)}.ingest.sentry.io/{g.num(1000000, 9999999)}
ENV MAPBOX_TOKEN={look('mapbox_public_token', g.mapbox_public())}
ENV INTERNAL_API_KEY={KY(g, 'generic_hex')}
RUN pip install -r requirements.txt
EXPOSE 8000
"""


@T("laravel_env", CODE, "dotenv", ".env")
def _(g):
    return f"""APP_NAME=Portal
APP_ENV=production
APP_KEY={KY(g, 'laravel')}
APP_URL=https://{g.company_domain()}
DB_CONNECTION=mysql
DB_HOST={IP(g)}
DB_PASSWORD="{PW(g, 'json')}"
MAIL_MAILER=smtp
MAIL_USERNAME={E(g)}
MAIL_PASSWORD={PW(g, 'shell')}
MAIL_FROM_ADDRESS="{RES(g)}"
PUSHER_APP_KEY={look('pusher_app_key', g.hexs(20))}
PUSHER_APP_SECRET={KY(g, 'generic_hex')}
"""


@T("rails_database_yml", CODE, "yaml", "config/database.yml")
def _(g):
    return f"""default: &default
  adapter: postgresql
  encoding: unicode
  pool: <%= ENV.fetch("RAILS_MAX_THREADS") {{ 5 }} %>

development:
  <<: *default
  database: shop_dev
  host: {LOOP(g)}

production:
  <<: *default
  database: shop
  host: {IP(g)}
  username: shop
  password: "{PW(g, 'yaml')}"
  replica:
    host: {IP(g)}
    password: "{PW(g, 'yaml')}"
"""


@T("csharp_appsettings", CODE, "json", "appsettings.Production.json")
def _(g):
    return json.dumps({
        "ConnectionStrings": {"Default": f"Server=\ue000IP_ADDRESS\ue001ipv4\ue001{g.ip()}\ue002,1433;Database=Orders;User Id=orders_app;Password=\ue000PASSWORD\ue001password\ue001{g.password(safe='xml')}\ue002;TrustServerCertificate=True"},
        "Smtp": {"User": f"\ue000EMAIL\ue001email\ue001{g.email()}\ue002", "Password": f"\ue000PASSWORD\ue001password\ue001{g.password(safe='json')}\ue002"},
        "AzureAd": {"ClientId": f"\ue003uuid\ue001{g.uuid()}\ue002", "ClientSecret": f"\ue000KEY\ue001azure_client_secret\ue001{g.k_azure_client_secret()}\ue002"},
        "AllowedHosts": "*",
    }, indent=2, ensure_ascii=False) + "\n"


@T("aws_credentials_file", CODE, "ini", ".aws/credentials")
def _(g):
    return f"""[default]
aws_access_key_id = {KY(g, 'aws_id')}
aws_secret_access_key = {KY(g, 'aws_secret')}

[docs-example]
aws_access_key_id = {look('aws_example_key', 'AKIAIOSFODNN7EXAMPLE')}
aws_secret_access_key = {look('aws_example_key', 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY')}

[ci]
role_arn = arn:aws:iam::{look('aws_account_id', g.aws_account())}:role/ci-deployer
source_profile = default
"""


@T("kubeconfig_token", CI, "yaml", ".kube/config")
def _(g):
    return f"""apiVersion: v1
kind: Config
clusters:
- cluster:
    server: https://{IP(g)}:6443
    certificate-authority-data: {look('certificate_b64', g.b64(180))}
  name: prod
users:
- name: ci-deployer
  user:
    token: {KY(g, 'k8s_sa_token')}
- name: {g.user().replace('.', '-')}
  user:
    username: admin
    password: {PW(g, 'yaml')}
contexts:
- context: {{cluster: prod, user: ci-deployer}}
  name: prod
current-context: prod
"""


@T("git_config_remote", SHELL, "ini", ".git/config")
def _(g):
    return f"""[core]
	repositoryformatversion = 0
	bare = false
[remote "origin"]
	url = https://{g.user().replace('.', '')}:{KY(g, 'github_classic')}@github.com/{g.company()}/infra.git
	fetch = +refs/heads/*:refs/remotes/origin/*
[remote "mirror"]
	url = https://x-token-auth:{KY(g, 'bitbucket_app_pw')}@bitbucket.org/{g.company()}/infra.git
[user]
	email = {E(g)}
	signingkey = {look('gpg_key_id', g.hexs(16).upper())}
"""


@T("pip_conf_index", CODE, "ini", "/etc/pip.conf")
def _(g):
    return f"""[global]
index-url = https://{g.user().replace('.', '')}:{PW(g, 'url')}@{IP(g)}/repository/pypi/simple
extra-index-url = https://__token__:{KY(g, 'pypi')}@upload.pypi.org/simple
trusted-host = {IP(g)}
               {PRIV(g)}
timeout = 60
"""


@T("mongo_node_connect", CODE, "javascript", "src/db.js")
def _(g):
    return f"""const {{ MongoClient }} = require("mongodb");

const uri = "mongodb+srv://app-user:{PW(g, 'url')}@cluster0.{g.s(5, 'abcdefghijklmnopqrstuvwxyz0123456789')}.mongodb.net/?retryWrites=true&w=majority";
const legacy = "mongodb://admin:{PW(g, 'url')}@{IP(g)}:27017,{IP(g)}:27017/admin?replicaSet=rs0";
const local = "mongodb://{LOOP(g)}:27017/dev";

module.exports = async function connect() {{
  const client = new MongoClient(process.env.MONGO_URI || uri);
  await client.connect();
  console.log("db ready, alerts ->", "{E(g)}");
  return client;
}};
"""


@T("systemd_unit_env", CODE, "ini", "/etc/systemd/system/exporter.service")
def _(g):
    return f"""[Unit]
Description=Postgres exporter
After=network-online.target

[Service]
User=prometheus
Environment="DATA_SOURCE_NAME=postgresql://exporter:{PW(g, 'url')}@{IP(g)}:5432/postgres?sslmode=disable"
Environment=PG_EXPORTER_WEB_LISTEN_ADDRESS={PRIV(g)}:9187
Environment=ALERT_CONTACT={E(g)}
ExecStart=/usr/local/bin/postgres_exporter
Restart=always

[Install]
WantedBy=multi-user.target
"""


@T("crontab_backups", SHELL, "crontab", "/etc/cron.d/backups")
def _(g):
    return f"""MAILTO={E(g)}
SHELL=/bin/bash
# m h dom mon dow user command
15 2 * * * root mysqldump -h {IP(g)} -u backup -p'{PW(g, 'url')}' --all-databases | gzip > /backup/db-$(date +\\%F).sql.gz
45 3 * * * root PGPASSWORD='{PW(g, 'url')}' pg_dump -h {PRIV(g)} -U postgres crm > /backup/crm.sql
0 4 * * 0 root rsync -az /backup/ backup@{IP(g)}:/vault/
"""


@T("csv_user_export", SQL, "csv", "exports/users_2025-02.csv")
def _(g):
    rows = ["id,email,signup_ip,plan,last_device"]
    for i in range(4):
        rows.append(f"{g.num(1000, 99999)},{E(g)},{IP(g)},{g.pick(['free', 'pro', 'team'])},{UUID(g)}")
    rows.append(f"{g.num(1000, 99999)},{RES(g)},{PRIV(g)},internal,{UUID(g)}")
    return "\n".join(rows) + "\n"


@T("pr_review_comment", COMMIT, "markdown", "review.md")
def _(g):
    return f"""**{g.first()}** commented on `config/prod.yaml` line 42:

> ```yaml
> redis_password: {PW(g, 'yaml')}
> ```

Please don't commit this - it's the live one. Move it to Vault (`{ENVREF('redis_password', 'jinja')}`)
and rotate. Also the hardcoded `{IP(g)}` should be the service name.

**{g.first()}** replied: rotated, new one is in 1Password. Reverting in {GITSHA(g)}.
Ping {E(g)} if the cache misbehaves.
"""


@T("git_diff_adding_secret", COMMIT, "diff", "0001-add-mailer.patch")
def _(g):
    author = g.email()
    return f"""From {GITSHA(g)} Mon Sep 17 00:00:00 2001
From: {g.first().title()} {g.last().title()} <{E(g, author)}>
Date: Thu, 6 Mar 2025 11:20:31 +0100
Subject: [PATCH] add mailer config

---
 mailer/config.py | 4 ++++
 1 file changed, 4 insertions(+)

diff --git a/mailer/config.py b/mailer/config.py
index {g.short_sha()}..{g.short_sha()} 100644
--- a/mailer/config.py
+++ b/mailer/config.py
@@ -1,3 +1,7 @@
 SMTP_PORT = 587
+SMTP_HOST = "{IP(g)}"
+SMTP_USER = "{E(g)}"
+SMTP_PASSWORD = "{PW(g, 'json')}"
+MAILGUN_KEY = "{KY(g, 'mailgun')}"
--
{look('version', g.version())}
"""


@T("postman_env_export", HTTP, "json", "postman/staging.postman_environment.json")
def _(g):
    vals = [
        ("baseUrl", f"https://\ue000IP_ADDRESS\ue001ipv4\ue001{g.ip()}\ue002/api"),
        ("adminEmail", f"\ue000EMAIL\ue001email\ue001{g.email()}\ue002"),
        ("adminPassword", f"\ue000PASSWORD\ue001password\ue001{g.password(safe='json')}\ue002"),
        ("accessToken", f"\ue000KEY\ue001jwt\ue001{g.k_jwt()}\ue002"),
        ("tenantId", f"\ue003uuid\ue001{g.uuid()}\ue002"),
    ]
    env = {"id": "\ue003uuid\ue001" + g.uuid() + "\ue002", "name": "staging",
           "values": [{"key": k, "value": v, "type": "default", "enabled": True} for k, v in vals],
           "_postman_variable_scope": "environment"}
    return json.dumps(env, indent=2, ensure_ascii=False) + "\n"


@T("curl_docs_examples", HTTP, "markdown", "docs/api.md")
def _(g):
    return f"""## Authentication

```sh
curl https://api.{g.company_domain()}/v2/orders \\
  -H "Authorization: Bearer {KY(g, 'generic_alnum')}"
```

Or with basic auth (legacy):

```sh
curl -u {E(g)}:{PW(g, 'url')} https://{IP(g)}/v1/orders
```

Replace the token with your own: `Authorization: Bearer {PH(g, 'api_token')}`.
Rate-limit questions: {E(g)}.
"""


@T("python_logging_smtp", CODE, "python", "app/logging_conf.py")
def _(g):
    return f'''LOGGING = {{
    "version": 1,
    "handlers": {{
        "mail_admins": {{
            "class": "logging.handlers.SMTPHandler",
            "mailhost": ("{IP(g)}", 587),
            "fromaddr": "{E(g)}",
            "toaddrs": ["{E(g)}", "{E(g)}"],
            "subject": "[app] error",
            "credentials": ("{E(g)}", "{PW(g, 'json')}"),
            "secure": (),
        }},
        "syslog": {{"class": "logging.handlers.SysLogHandler", "address": ("{PRIV(g)}", 514)}},
    }},
    "root": {{"handlers": ["mail_admins", "syslog"], "level": "ERROR"}},
}}
'''


@T("prometheus_scrape_auth", NET, "yaml", "prometheus.yml")
def _(g):
    return f"""global:
  scrape_interval: 30s
scrape_configs:
  - job_name: node
    static_configs:
      - targets: ["{IP(g)}:9100", "{IP(g)}:9100", "{PRIV(g)}:9100"]
  - job_name: federate
    basic_auth:
      username: prom
      password: "{PW(g, 'yaml')}"
    static_configs:
      - targets: ["{IP(g)}:9090"]
  - job_name: blackbox
    bearer_token: {KY(g, 'grafana')}
alerting:
  alertmanagers:
    - static_configs:
        - targets: ["{LOOP(g)}:9093"]
"""


@T("grafana_datasource", CI, "yaml", "provisioning/datasources/ds.yaml")
def _(g):
    return f"""apiVersion: 1
datasources:
  - name: Influx
    type: influxdb
    url: http://{IP(g)}:8086
    jsonData:
      version: Flux
      organization: {g.company()}
    secureJsonData:
      token: {lab('KEY', 'influx_token', g.b64(64, url=True))}
  - name: Postgres
    type: postgres
    url: {IP(g)}:5432
    user: grafana
    secureJsonData:
      password: "{PW(g, 'yaml')}"
  - name: Loki
    type: loki
    url: http://{PRIV(g)}:3100
"""


@T("apache_vhost", NET, "apache", "/etc/apache2/sites-available/intranet.conf")
def _(g):
    return f"""<VirtualHost *:443>
    ServerName intranet.{g.company_domain()}
    ServerAdmin {E(g)}
    DocumentRoot /var/www/intranet
    <Location /status>
        Require ip {IP(g)} {PRIV(g)}
    </Location>
    ProxyPass /legacy http://{IP(g)}:8080/
    RequestHeader set X-Upstream-Token "{KY(g, 'generic_hex')}"
    SSLCertificateFile /etc/ssl/certs/intranet.pem
</VirtualHost>
"""


@T("vite_env_public", CODE, "dotenv", ".env.local")
def _(g):
    return f"""VITE_API_URL=https://{IP(g)}/api
VITE_STRIPE_PK={look('publishable_key', g.stripe_pk())}
VITE_GA_ID={look('analytics_id', g.ga_id())}
VITE_RECAPTCHA_SITE_KEY={look('recaptcha_site_key', g.recaptcha_site())}
# server only - never expose!
SUPABASE_SERVICE_ROLE_KEY={KY(g, 'supabase_service')}
RESEND_API_KEY={KY(g, 'resend')}
CONTACT_FORM_TO={E(g)}
"""


@T("go_table_test", CODE, "go", "internal/auth/login_test.go")
def _(g):
    return f'''package auth

import "testing"

func TestLogin(t *testing.T) {{
	cases := []struct {{
		name, user, pass, ip string
		ok                   bool
	}}{{
		{{"valid", "{E(g)}", "{PW(g, 'json')}", "{IP(g)}", true}},
		{{"wrong pass", "{E(g)}", "{PW(g, 'json')}", "{IP(g)}", false}},
		{{"placeholder", "{RES(g)}", "{PH(g)}", "{DOCIP(g)}", false}},
	}}
	for _, c := range cases {{
		t.Run(c.name, func(t *testing.T) {{ _ = c }})
	}}
}}
'''


@T("pytest_conftest_fixture", CODE, "python", "tests/conftest.py")
def _(g):
    return f'''import pytest


@pytest.fixture(scope="session")
def ldap_settings():
    return {{
        "server": "ldaps://{IP(g)}:636",
        "bind_dn": "cn=svc-tests,ou=service,dc={g.company()},dc=com",
        "bind_password": "{PW(g, 'json')}",
        "admin_mail": "{E(g)}",
    }}


@pytest.fixture
def api_headers():
    return {{"X-API-Key": "{KY(g, 'generic_alnum')}", "X-Request-ID": "{UUID(g)}"}}
'''


@T("terraform_providers", CI, "hcl", "providers.tf")
def _(g):
    return f"""provider "cloudflare" {{
  api_token = "{KY(g, 'cloudflare')}"
}}

provider "digitalocean" {{
  token = "{KY(g, 'digitalocean')}"
}}

provider "postgresql" {{
  host     = "{IP(g)}"
  username = "tf_admin"
  password = "{PW(g, 'json')}"
}}

resource "cloudflare_record" "vpn" {{
  zone_id = "{look('zone_id', g.hexs(32))}"
  name    = "vpn"
  value   = "{IP(g)}"
  type    = "A"
}}
"""


@T("cloudformation_params", CI, "json", "cfn/params-prod.json")
def _(g):
    params = [
        {"ParameterKey": "DBMasterPassword", "ParameterValue": f"\ue000PASSWORD\ue001password\ue001{g.password(safe='json')}\ue002"},
        {"ParameterKey": "AlarmEmail", "ParameterValue": f"\ue000EMAIL\ue001email\ue001{g.email()}\ue002"},
        {"ParameterKey": "OfficeCidr", "ParameterValue": f"\ue000IP_ADDRESS\ue001ipv4\ue001{g.ip()}\ue002/32"},
        {"ParameterKey": "VpcCidr", "ParameterValue": f"\ue003private_ip\ue001{g.private_ip()}\ue002/16"},
        {"ParameterKey": "ImageDigest", "ParameterValue": f"\ue003docker_digest\ue001{g.docker_digest()}\ue002"},
    ]
    return json.dumps(params, indent=2, ensure_ascii=False) + "\n"


@T("serverless_yml", CI, "yaml", "serverless.yml")
def _(g):
    return f"""service: notifier
provider:
  name: aws
  runtime: python3.12
  environment:
    TWILIO_ACCOUNT_SID: {look('twilio_account_sid', g.twilio_sid())}
    TWILIO_AUTH_TOKEN: {KY(g, 'twilio_token')}
    SENDER: "{E(g)}"
    TELEGRAM_TOKEN: "{KY(g, 'telegram')}"
    SSM_REF: ${{ssm:/notifier/prod/db_password}}
  vpc:
    securityGroupIds: [sg-{g.hexs(17)}]
functions:
  notify:
    handler: handler.notify
"""


@T("celery_settings", CODE, "python", "proj/celeryconfig.py")
def _(g):
    return f'''broker_url = "amqp://celery:{PW(g, 'url')}@{IP(g)}:5672/prod"
result_backend = "redis://:{PW(g, 'url')}@{PRIV(g)}:6379/1"
task_serializer = "json"
timezone = "Europe/Berlin"
worker_send_task_events = True
flower_basic_auth = ["admin:{PW(g, 'shell')}"]
error_email = "{E(g)}"
'''


@T("java_jdbc_constants", CODE, "java", "src/main/java/com/acme/db/Db.java")
def _(g):
    return f'''package com.acme.db;

import java.sql.Connection;
import java.sql.DriverManager;

public final class Db {{
    private static final String URL = "jdbc:oracle:thin:@//{IP(g)}:1521/ORCLPDB1";
    private static final String USER = "APP_OWNER";
    private static final String PASS = "{PW(g, 'json')}";
    static final String SUPPORT = "{E(g)}";
    static final String FALLBACK = "jdbc:oracle:thin:@//{PRIV(g)}:1521/ORCL";

    public static Connection open() throws Exception {{
        return DriverManager.getConnection(URL, USER, PASS);
    }}
}}
'''


@T("rust_config_toml", CODE, "toml", "config/prod.toml")
def _(g):
    return f"""[server]
bind = "{look('unspecified_ip', '0.0.0.0')}:8080"
public_ip = "{IP(g)}"

[database]
url = "postgres://svc:{PW(g, 'url')}@{IP(g)}/ledger"
max_connections = 20

[mail]
from = "{E(g)}"
api_key = "{KY(g, 'sendgrid')}"

[telemetry]
otlp_endpoint = "http://{PRIV(g)}:4317"
"""


@T("prisma_env_schema", CODE, "prisma", "prisma/schema.prisma")
def _(g):
    return f"""// DO NOT COMMIT (it was committed)
datasource db {{
  provider = "postgresql"
  url      = "postgresql://prisma:{PW(g, 'url')}@{IP(g)}:5432/app?schema=public"
  shadowDatabaseUrl = env("SHADOW_DATABASE_URL")
}}

generator client {{
  provider = "prisma-client-js"
}}

model User {{
  id    String @id @default(uuid())
  email String @unique // e.g. {RES(g)}
}}
"""


@T("zshrc_exports", SHELL, "shell", ".zshrc")
def _(g):
    return f"""export PATH="$HOME/.local/bin:$PATH"
export HOMEBREW_GITHUB_API_TOKEN={KY(g, 'github_classic')}
export OPENAI_API_KEY="{KY(g, 'openai')}"
export GROQ_API_KEY={KY(g, 'groq')}
export HF_TOKEN={KY(g, 'huggingface')}
alias prod='ssh -J jump@{IP(g)} ops@{PRIV(g)}'
alias vpn='sudo openconnect --user={E(g)} {IP(g)}'
export REPLICATE_API_TOKEN=${{REPLICATE_API_TOKEN:-}}
"""


@T("vscode_sqltools", MOBILE, "json", ".vscode/settings.json")
def _(g):
    conns = [
        {"name": "prod-ro", "driver": "PostgreSQL", "server": f"\ue000IP_ADDRESS\ue001ipv4\ue001{g.ip()}\ue002", "port": 5432,
         "database": "app", "username": "readonly", "password": f"\ue000PASSWORD\ue001password\ue001{g.password(safe='json')}\ue002"},
        {"name": "local", "driver": "MySQL", "server": f"\ue003loopback_ip\ue001{g.loopback_ip()}\ue002", "port": 3306,
         "database": "app", "username": "root", "password": "\ue003placeholder\ue001" + g.placeholder() + "\ue002"},
    ]
    return json.dumps({"editor.formatOnSave": True, "sqltools.connections": conns,
                       "git.defaultCloneDirectory": "~/src"}, indent=4, ensure_ascii=False) + "\n"


@T("redis_sentinel_conf", NET, "conf", "/etc/redis/sentinel.conf")
def _(g):
    return f"""port 26379
sentinel monitor mymaster {IP(g)} 6379 2
sentinel auth-pass mymaster {PW(g, 'shell')}
sentinel down-after-milliseconds mymaster 5000
requirepass {PW(g, 'shell')}
sentinel announce-ip {PRIV(g)}
"""


@T("supervisord_program", CODE, "ini", "/etc/supervisor/conf.d/worker.conf")
def _(g):
    return f"""[program:worker]
command=/srv/venv/bin/rq worker --url redis://:{PW(g, 'url')}@{IP(g)}:6379/0 high default
environment=MAIL_PASSWORD="{PW(g, 'shell')}",MAIL_USER="{E(g)}",PYTHONUNBUFFERED="1"
autorestart=true

[inet_http_server]
port={PRIV(g)}:9001
username=admin
password={PW(g, 'shell')}
"""


# ================================================================== less common contexts
@T("freeradius_clients", NET, "conf", "/etc/freeradius/3.0/clients.conf")
def _(g):
    return f"""client branch_office {{
    ipaddr = {IP(g)}
    secret = {PW(g, 'shell')}
    shortname = branch
    nas_type = cisco
}}

client wifi_controller {{
    ipv4addr = {PRIV(g)}/24
    secret = {PW(g, 'shell')}
    require_message_authenticator = yes
}}

client localhost {{
    ipaddr = {LOOP(g)}
    secret = {look('placeholder', 'testing123')}
}}
"""


@T("asterisk_pjsip", NET, "conf", "/etc/asterisk/pjsip.conf")
def _(g):
    ext = g.num(100, 999)
    return f"""[transport-udp]
type=transport
protocol=udp
bind={look('unspecified_ip', '0.0.0.0')}
external_media_address={IP(g)}
external_signaling_address={IP(g)}
local_net={PRIV(g)}/16

[{ext}]
type=auth
auth_type=userpass
username={ext}
password={PW(g, 'shell')}

[trunk-provider]
type=registration
server_uri=sip:{IP(g)}
client_uri=sip:{g.num(10000000, 99999999)}@{IP(g)}
contact_user={g.num(10000000, 99999999)}
"""


@T("postfix_sasl_passwd", NET, "text", "/etc/postfix/sasl_passwd")
def _(g):
    return f"""# relayhost credentials - postmap after editing
[smtp.sendgrid.net]:587 apikey:{KY(g, 'sendgrid')}
[{IP(g)}]:submission {E(g)}:{PW(g, 'shell')}
[smtp.{g.pick(['gmail.com', 'office365.com'])}]:587 {E(g)}:{PW(g, 'shell')}
"""


@T("dovecot_passwd_file", NET, "text", "/etc/dovecot/users")
def _(g):
    lines = []
    for _ in range(3):
        lines.append(f"{E(g)}:{{SHA512-CRYPT}}{look('sha512_crypt', g.sha512crypt())}:5000:5000::/var/vmail::")
    lines.append(f"{E(g)}:{{PLAIN}}{PW(g, 'shell')}:5000:5000::/var/vmail::userdb_quota_rule=*:storage=2G")
    return "\n".join(lines) + "\n"


@T("samba_smb_conf", NET, "ini", "/etc/samba/smb.conf")
def _(g):
    return f"""[global]
   workgroup = {g.company().upper()[:10]}
   server string = files
   interfaces = {PRIV(g)}/24 lo
   hosts allow = {IP(g)} {PRIV(g)} 127.
   wins server = {IP(g)}
   # ldap admin bind - set with smbpasswd -w {PW(g, 'shell')}
   ldap admin dn = cn=samba,dc={g.company()},dc=local

[scans]
   path = /srv/scans
   valid users = scanner
   comment = scanner drops, owner {E(g)}
"""


@T("icecast_xml", NET, "xml", "/etc/icecast2/icecast.xml")
def _(g):
    return f"""<icecast>
    <location>Studio B</location>
    <admin>{E(g)}</admin>
    <authentication>
        <source-password>{PW(g, 'xml')}</source-password>
        <relay-password>{PW(g, 'xml')}</relay-password>
        <admin-user>admin</admin-user>
        <admin-password>{PW(g, 'xml')}</admin-password>
    </authentication>
    <hostname>{IP(g)}</hostname>
    <listen-socket><port>8000</port><bind-address>{PRIV(g)}</bind-address></listen-socket>
</icecast>
"""


@T("mosquitto_bridge", NET, "conf", "/etc/mosquitto/conf.d/bridge.conf")
def _(g):
    return f"""listener 1883 {PRIV(g)}
allow_anonymous false
password_file /etc/mosquitto/passwd

connection cloud-bridge
address {IP(g)}:8883
remote_username {g.user()}
remote_password {PW(g, 'shell')}
remote_clientid {look('uuid', g.uuid())}
topic sensors/# out 1
"""


@T("homeassistant_secrets", CODE, "yaml", "config/secrets.yaml")
def _(g):
    return f"""# Home Assistant secrets
wifi_ssid: "FRITZ!Box {g.num(1000, 9999)}"
wifi_password: "{PHRASE(g)}"
mqtt_password: "{PW(g, 'yaml')}"
latitude: 52.{g.num(1000, 9999)}
longitude: 13.{g.num(1000, 9999)}
notify_email: {E(g)}
tibber_token: {KY(g, 'generic_alnum')}
router_ip: {PRIV(g)}
telegram_bot_token: "{KY(g, 'telegram')}"
"""


@T("esphome_device", CODE, "yaml", "esphome/garage.yaml")
def _(g):
    return f"""esphome:
  name: garage-door
wifi:
  ssid: "IoT"
  password: "{PW(g, 'yaml')}"
  manual_ip:
    static_ip: {PRIV(g)}
    gateway: {PRIV(g)}
    subnet: {look('netmask', '255.255.255.0')}
api:
  encryption:
    key: "{lab('KEY', 'esphome_api_key', g.b64(32))}"
ota:
  - platform: esphome
    password: "{PW(g, 'yaml', 'long')}"
"""


@T("arduino_esp32_sketch", CODE, "cpp", "firmware/src/main.cpp")
def _(g):
    return f"""#include <WiFi.h>
#include <PubSubClient.h>

const char* WIFI_SSID = "Werkstatt";
const char* WIFI_PASS = "{PW(g, 'json')}";
const char* MQTT_HOST = "{IP(g)}";
const char* MQTT_USER = "{E(g)}";
const char* MQTT_PASS = "{PW(g, 'json')}";
IPAddress fallbackGw({PRIV(g).replace('.', ', ')});

void setup() {{
  WiFi.begin(WIFI_SSID, WIFI_PASS);
}}

void loop() {{}}
"""


@T("routeros_script", NET, "routeros", "mikrotik-export.rsc")
def _(g):
    return f"""# {look('version', g.version())} by RouterOS
/interface wireguard
add listen-port=13231 name=wg0 private-key="{KY(g, 'wireguard_private')}"
/interface wireguard peers
add allowed-address={PRIV(g)}/32 endpoint-address={IP(g)} endpoint-port=51820 interface=wg0 public-key="{look('wireguard_public_key', g.wg_public())}"
/ip address
add address={IP(g)}/29 interface=ether1
/user add name=backup group=read password="{PW(g, 'shell')}"
/tool e-mail set server={IP(g)} port=587 user={E(g)} password={PW(g, 'shell')}
/snmp community set [ find default=yes ] name={lab('PASSWORD', 'snmp_community', g.password(safe='alnum', style='short'))}
"""


@T("dnsmasq_conf", NET, "conf", "/etc/dnsmasq.d/lan.conf")
def _(g):
    return f"""domain=lan
server={IP(g)}
server={IP(g)}
server=/corp.internal/{PRIV(g)}
dhcp-range={PRIV(g)},{PRIV(g)},12h
dhcp-option=option:router,{PRIV(g)}
dhcp-host={look('mac_address', g.mac())},nas,{PRIV(g)}
address=/blocked.ads/{look('unspecified_ip', '0.0.0.0')}
"""


@T("chrony_ntp_conf", NET, "conf", "/etc/chrony/chrony.conf")
def _(g):
    return f"""server {IP(g)} iburst
server {IP(g)} iburst
pool 2.debian.pool.ntp.org iburst
allow {PRIV(g)}/16
bindcmdaddress {LOOP(g)}
broadcast 64 {MC(g)}
keyfile /etc/chrony/chrony.keys
# key 10 for the GPS box: SHA1 HEX:{lab('KEY', 'ntp_key', g.hexs(40).upper())}
"""


@T("nagios_host_defs", NET, "nagios", "/etc/nagios/objects/hosts.cfg")
def _(g):
    return f"""define host {{
    use                 linux-server
    host_name           db-primary
    address             {IP(g)}
    contacts            dba-team
}}

define host {{
    use                 linux-server
    host_name           db-replica
    address             {PRIV(g)}
}}

define contact {{
    contact_name        dba-team
    email               {E(g)}
    pager               {E(g)}
}}

define command {{
    command_name check_mysql_auth
    command_line $USER1$/check_mysql -H $HOSTADDRESS$ -u nagios -p '{PW(g)}'
}}
"""


@T("zabbix_agent_psk", NET, "conf", "/etc/zabbix/zabbix_agentd.conf")
def _(g):
    return f"""Server={IP(g)},{PRIV(g)}
ServerActive={IP(g)}
Hostname=web-{g.num(1, 40):02d}
TLSConnect=psk
TLSAccept=psk
TLSPSKIdentity=PSK {g.num(1, 99):03d}
# psk file content (/etc/zabbix/agent.psk):
# {lab('KEY', 'zabbix_psk', g.hexs(64))}
"""


@T("telegraf_toml", CI, "toml", "/etc/telegraf/telegraf.conf")
def _(g):
    return f"""[agent]
  interval = "10s"
  hostname = ""

[[outputs.influxdb_v2]]
  urls = ["http://{IP(g)}:8086"]
  token = "{lab('KEY', 'influx_token', g.b64(64, url=True))}"
  organization = "{g.company()}"
  bucket = "metrics"

[[inputs.mysql]]
  servers = ["telegraf:{PW(g, 'url')}@tcp({PRIV(g)}:3306)/"]

[[inputs.snmp]]
  agents = ["udp://{IP(g)}:161"]
  community = "{lab('PASSWORD', 'snmp_community', g.password(safe='alnum', style='short'))}"
"""


@T("fluentbit_outputs", LOG, "conf", "/etc/fluent-bit/fluent-bit.conf")
def _(g):
    return f"""[SERVICE]
    Flush        5
    Log_Level    info

[OUTPUT]
    Name         es
    Match        *
    Host         {IP(g)}
    Port         9200
    HTTP_User    fluent
    HTTP_Passwd  {PW(g, 'shell')}
    tls          On

[OUTPUT]
    Name         splunk
    Match        audit.*
    Host         {PRIV(g)}
    Splunk_Token {lab('KEY', 'splunk_hec', g.uuid().upper())}
"""


@T("logstash_pipeline", LOG, "logstash", "/etc/logstash/conf.d/10-beats.conf")
def _(g):
    return f"""input {{
  beats {{ port => 5044 }}
}}
filter {{
  if [source][ip] == "{IP(g)}" {{ drop {{}} }}
  cidr {{ address => ["%{{[source][ip]}}"] network => ["{PRIV(g)}/8"] add_tag => ["internal"] }}
}}
output {{
  elasticsearch {{
    hosts => ["https://{IP(g)}:9200"]
    user => "logstash_writer"
    password => "{PW(g, 'json')}"
    api_key => "{lab('KEY', 'elastic_api_key', g.s(20) + ':' + g.s(22))}"
  }}
  email {{ to => "{E(g)}" subject => "pipeline alert" }}
}}
"""


@T("kafka_jaas", CI, "conf", "config/kafka_server_jaas.conf")
def _(g):
    return f"""KafkaServer {{
    org.apache.kafka.common.security.plain.PlainLoginModule required
    username="admin"
    password="{PW(g, 'json')}"
    user_admin="{PW(g, 'json')}"
    user_producer="{PW(g, 'json')}";
}};

Client {{
    org.apache.zookeeper.server.auth.DigestLoginModule required
    username="kafka"
    password="{PW(g, 'json')}";
}};
// brokers: {IP(g)}:9093, {PRIV(g)}:9093
"""


@T("tomcat_users_xml", CODE, "xml", "conf/tomcat-users.xml")
def _(g):
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<tomcat-users xmlns="http://tomcat.apache.org/xml" version="1.0">
  <role rolename="manager-gui"/>
  <role rolename="manager-script"/>
  <user username="deployer" password="{PW(g, 'xml')}" roles="manager-script"/>
  <user username="{g.first()}" password="{PW(g, 'xml')}" roles="manager-gui"/>
  <user username="legacy" password="{look('sha256', g.sha256())}" roles="manager-gui"/>
  <!-- managed by {E(g)}; jmx bound to {PRIV(g)} -->
</tomcat-users>
"""


@T("wildfly_datasource", CODE, "xml", "standalone/configuration/standalone.xml")
def _(g):
    return f"""<subsystem xmlns="urn:jboss:domain:datasources:7.0">
    <datasources>
        <datasource jndi-name="java:jboss/datasources/ErpDS" pool-name="ErpDS">
            <connection-url>jdbc:sqlserver://{IP(g)}:1433;databaseName=ERP</connection-url>
            <driver>mssql</driver>
            <security>
                <user-name>erp_app</user-name>
                <password>{PW(g, 'xml')}</password>
            </security>
        </datasource>
        <datasource jndi-name="java:jboss/datasources/Audit" pool-name="Audit">
            <connection-url>jdbc:postgresql://{PRIV(g)}:5432/audit</connection-url>
            <security><user-name>audit</user-name><password>{look('vault_ref', '${VAULT::ds::audit::1}')}</password></security>
        </datasource>
    </datasources>
</subsystem>
"""


@T("tnsnames_sqlplus", SQL, "text", "network/admin/tnsnames.ora")
def _(g):
    return f"""ERP =
  (DESCRIPTION =
    (ADDRESS = (PROTOCOL = TCP)(HOST = {IP(g)})(PORT = 1521))
    (CONNECT_DATA = (SERVICE_NAME = erp.{g.company()}))
  )

DWH =
  (DESCRIPTION = (ADDRESS = (PROTOCOL = TCP)(HOST = {PRIV(g)})(PORT = 1521))(CONNECT_DATA = (SID = DWH)))

# quick check:
#   sqlplus system/{PW(g, 'shell')}@{IP(g)}:1521/erp
#   expdp scott/{PW(g, 'shell')}@DWH directory=DUMP
"""


@T("r_dbi_connect", CODE, "r", "analysis/load.R")
def _(g):
    return f"""library(DBI)
library(RPostgres)

con <- dbConnect(
  Postgres(),
  host = "{IP(g)}",
  dbname = "survey",
  user = "analyst",
  password = "{PW(g, 'json')}"
)
Sys.setenv(QUALTRICS_API_KEY = "{KY(g, 'generic_alnum')}")
# send results to {E(g)}
df <- dbGetQuery(con, "SELECT * FROM responses")
"""


@T("matlab_weboptions", CODE, "matlab", "scripts/fetch_prices.m")
def _(g):
    return f"""% fetch daily prices
opts = weboptions('Username', '{E(g)}', 'Password', '{PW(g, 'json')}', 'Timeout', 30);
url = 'https://{IP(g)}/export/prices.csv';
data = webread(url, opts);
apiKey = '{KY(g, 'generic_hex')}';
resp = webread(['https://api.{g.company_domain()}/v1/fx?key=' apiKey]);
"""


@T("sas_libname", CODE, "sas", "etl/libs.sas")
def _(g):
    return f"""/* warehouse connections */
libname dwh oracle user=etl password="{PW(g, 'json')}" path="{IP(g)}:1521/DWH" schema=STAGE;
libname crm postgres server="{IP(g)}" port=5432 user=sas password='{PW(g, 'sql')}' database=crm;
libname enc oracle user=etl password="{look('sas_encoded_password', '{SAS002}' + g.hexs(32).upper())}" path=DWH;
filename out email to="{E(g)}" subject="ETL done";
"""


@T("powershell_securestring", SHELL, "powershell", "scripts/Connect-Prod.ps1")
def _(g):
    return f"""$User = "{g.company().upper()[:8]}\\svc_deploy"
$Pass = ConvertTo-SecureString '{PW(g, 'sql')}' -AsPlainText -Force
$Cred = New-Object System.Management.Automation.PSCredential($User, $Pass)
Enter-PSSession -ComputerName {IP(g)} -Credential $Cred
Send-MailMessage -To "{E(g)}" -From "{E(g)}" -SmtpServer {PRIV(g)} -Subject "deployed"
$Secure = "{look('dpapi_blob', '01000000d08c9ddf0115d1118c7a00c04fc297eb0100' + g.hexs(60))}"
"""


@T("vba_adodb_macro", CODE, "vb", "Modul1.bas")
def _(g):
    return f"""Sub RefreshSales()
    Dim cn As Object
    Set cn = CreateObject("ADODB.Connection")
    cn.Open "Provider=SQLOLEDB;Data Source={IP(g)};Initial Catalog=Sales;User ID=excel_ro;Password={PW(g, 'xml')};"
    ' questions: {E(g)}
    Sheets("Data").Range("A2").CopyFromRecordset cn.Execute("SELECT * FROM v_sales")
    cn.Close
End Sub
"""


@T("authinfo_emacs", CODE, "text", ".authinfo")
def _(g):
    return f"""machine imap.{g.pick(['gmail.com', 'fastmail.com'])} login {E(g)} password {PW(g, 'shell')} port 993
machine smtp.{g.pick(['gmail.com', 'fastmail.com'])} login {E(g)} password {PW(g, 'shell')} port 587
machine api.github.com login {g.user().replace('.', '')}^forge password {KY(g, 'github_classic')}
machine {IP(g)} login root password {PW(g, 'shell')}
"""


@T("muttrc_imap", CODE, "muttrc", ".muttrc")
def _(g):
    me = g.email()
    return f"""set realname = "{g.first().title()} {g.last().title()}"
set from = "{E(g, me)}"
set imap_user = "{E(g, me)}"
set imap_pass = "{PW(g, 'shell')}"
set smtp_url = "smtps://smtp.{g.company_domain()}:465/"
set smtp_pass = "{PW(g, 'shell')}"
set folder = "imaps://{IP(g)}:993"
"""


@T("mbsyncrc", CODE, "text", ".mbsyncrc")
def _(g):
    return f"""IMAPAccount work
Host {IP(g)}
User {E(g)}
Pass {PW(g, 'shell')}
SSLType IMAPS
CertificateFile /etc/ssl/certs/ca-certificates.crt

IMAPAccount personal
Host imap.{g.pick(['gmail.com', 'mailbox.org'])}
User {E(g)}
PassCmd "pass show mail/personal"
"""


@T("weechat_irc_sasl", CODE, "ini", ".weechat/irc.conf")
def _(g):
    return f"""[server]
libera.addresses = "irc.libera.chat/6697"
libera.sasl_mechanism = plain
libera.sasl_username = "{g.user().replace('.', '_')}"
libera.sasl_password = "{PW(g, 'json')}"
libera.autojoin = "#python,#postgresql"
bouncer.addresses = "{IP(g)}/6697"
bouncer.password = "{g.user()}/libera:{PW(g, 'json')}"
"""


@T("minecraft_server_props", CODE, "properties", "server.properties")
def _(g):
    return f"""#Minecraft server properties
motd=Friday night build club
server-ip=
server-port=25565
enable-rcon=true
rcon.port=25575
rcon.password={PW(g, 'yaml')}
white-list=true
# proxy in front: {IP(g)} (velocity secret {lab('KEY', 'velocity_forwarding_secret', g.s(12))})
"""


@T("srcds_server_cfg", CODE, "cfg", "csgo/cfg/server.cfg")
def _(g):
    return f"""hostname "{g.company().title()} community #{g.num(1, 9)}"
rcon_password "{PW(g, 'json')}"
sv_password "{PW(g, 'json', 'short')}"
sv_setsteamaccount {lab('KEY', 'steam_gslt', g.hexs(32).upper())}
sv_contact "{E(g)}"
logaddress_add {IP(g)}:27500
"""


@T("nextcloud_config_php", CODE, "php", "config/config.php")
def _(g):
    return f"""<?php
$CONFIG = array (
  'instanceid' => '{look('instance_id', 'oc' + g.s(10, 'abcdefghijklmnopqrstuvwxyz0123456789'))}',
  'passwordsalt' => '{KY(g, 'session_secret')}',
  'secret' => '{lab('KEY', 'nextcloud_secret', g.s(48, 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789+/'))}',
  'trusted_domains' => array (0 => 'cloud.{g.company_domain()}', 1 => '{IP(g)}'),
  'dbtype' => 'mysql',
  'dbhost' => '{PRIV(g)}',
  'dbuser' => 'nextcloud',
  'dbpassword' => '{PW(g, 'sql')}',
  'mail_from_address' => 'cloud',
  'mail_smtpname' => '{E(g)}',
  'mail_smtppassword' => '{PW(g, 'sql')}',
  'version' => '{look('version', g.version(4))}',
);
"""


@T("odoo_conf", CODE, "ini", "/etc/odoo/odoo.conf")
def _(g):
    return f"""[options]
admin_passwd = {PW(g, 'yaml')}
db_host = {IP(g)}
db_port = 5432
db_user = odoo
db_password = {PW(g, 'yaml')}
email_from = {E(g)}
smtp_server = {PRIV(g)}
smtp_user = {E(g)}
smtp_password = {PW(g, 'yaml')}
proxy_mode = True
"""


@T("gitea_app_ini", CODE, "ini", "custom/conf/app.ini")
def _(g):
    return f"""APP_NAME = Git
RUN_MODE = prod

[database]
DB_TYPE  = postgres
HOST     = {IP(g)}:5432
NAME     = gitea
USER     = gitea
PASSWD   = `{PW(g, 'shell')}`

[security]
INSTALL_LOCK   = true
SECRET_KEY     = {KY(g, 'session_secret')}
INTERNAL_TOKEN = {KY(g, 'jwt')}

[mailer]
ENABLED = true
FROM    = {E(g)}
USER    = {E(g)}
PASSWD  = {PW(g, 'shell')}

[oauth2]
JWT_SECRET = {lab('KEY', 'jwt_secret', g.b64(32, url=True, pad=False))}
"""


@T("mattermost_config_json", CODE, "json", "config/config.json")
def _(g):
    cfg = {
        "ServiceSettings": {"SiteURL": "https://chat." + g.company_domain(), "ListenAddress": ":8065"},
        "SqlSettings": {"DriverName": "postgres", "DataSource": f"postgres://mmuser:\ue000PASSWORD\ue001password\ue001{g.password(safe='url')}\ue002@\ue000IP_ADDRESS\ue001ipv4\ue001{g.ip()}\ue002:5432/mattermost?sslmode=disable",
                        "AtRestEncryptKey": f"\ue000KEY\ue001mattermost_at_rest\ue001{g.s(32)}\ue002"},
        "EmailSettings": {"FeedbackEmail": f"\ue000EMAIL\ue001email\ue001{g.email()}\ue002", "SMTPUsername": f"\ue000EMAIL\ue001email\ue001{g.email()}\ue002",
                          "SMTPPassword": f"\ue000PASSWORD\ue001password\ue001{g.password(safe='json')}\ue002", "SMTPServer": f"\ue003private_ip\ue001{g.private_ip()}\ue002"},
        "FileSettings": {"PublicLinkSalt": f"\ue000KEY\ue001link_salt\ue001{g.s(32)}\ue002"},
    }
    return json.dumps(cfg, indent=4, ensure_ascii=False) + "\n"


@T("gitlab_rb", CI, "ruby", "/etc/gitlab/gitlab.rb")
def _(g):
    return f"""external_url 'https://git.{g.company_domain()}'
gitlab_rails['initial_root_password'] = '{PW(g, 'sql')}'
gitlab_rails['smtp_enable'] = true
gitlab_rails['smtp_address'] = "{IP(g)}"
gitlab_rails['smtp_user_name'] = "{E(g)}"
gitlab_rails['smtp_password'] = "{PW(g, 'json')}"
gitlab_rails['gitlab_email_from'] = '{E(g)}'
gitlab_rails['initial_shared_runners_registration_token'] = "{KY(g, 'gitlab_runner')}"
nginx['real_ip_trusted_addresses'] = ['{PRIV(g)}/16', '{IP(g)}']
"""


@T("wireguard_wg0", NET, "ini", "/etc/wireguard/wg0.conf")
def _(g):
    return f"""[Interface]
Address = {PRIV(g)}/24
ListenPort = 51820
PrivateKey = {KY(g, 'wireguard_private')}
DNS = {IP(g)}

[Peer]
# laptop of {E(g)}
PublicKey = {look('wireguard_public_key', g.wg_public())}
PresharedKey = {KY(g, 'wireguard_psk')}
AllowedIPs = {PRIV(g)}/32
Endpoint = {IP(g)}:51820
PersistentKeepalive = 25
"""


@T("openstack_clouds_yaml", CI, "yaml", "~/.config/openstack/clouds.yaml")
def _(g):
    return f"""clouds:
  prod:
    auth:
      auth_url: https://{IP(g)}:5000/v3
      username: "{E(g)}"
      password: "{PW(g, 'yaml')}"
      project_id: {look('project_id', g.hexs(32))}
      user_domain_name: Default
    region_name: RegionOne
  ci:
    auth_type: v3applicationcredential
    auth:
      auth_url: https://{IP(g)}:5000/v3
      application_credential_id: {look('app_credential_id', g.hexs(32))}
      application_credential_secret: {lab('KEY', 'openstack_app_credential', g.s(86, 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_'))}
"""


@T("restic_borg_env", SHELL, "shell", "/root/.backup-env")
def _(g):
    return f"""export RESTIC_REPOSITORY=s3:https://s3.eu-central-003.backblazeb2.com/{g.company()}-restic
export RESTIC_PASSWORD='{PW(g)}'
export AWS_ACCESS_KEY_ID={lab('KEY', 'b2_key_id', '003' + g.hexs(22))}
export AWS_SECRET_ACCESS_KEY={lab('KEY', 'b2_application_key', 'K003' + g.s(27))}
export BORG_REPO=ssh://borg@{IP(g)}:23/./backups
export BORG_PASSPHRASE='{PHRASE(g)}'
export BORG_RELOCATED_REPO_ACCESS_IS_OK=no
# report -> {E(g)}
"""


@T("s3cfg", CODE, "ini", ".s3cfg")
def _(g):
    return f"""[default]
access_key = {KY(g, 'aws_id')}
secret_key = {KY(g, 'aws_secret')}
host_base = {IP(g)}:9000
host_bucket = {IP(g)}:9000
gpg_passphrase = {PW(g, 'shell')}
use_https = True
proxy_host = {PRIV(g)}
"""


@T("wpa_supplicant", NET, "conf", "/etc/wpa_supplicant/wpa_supplicant.conf")
def _(g):
    return f"""ctrl_interface=DIR=/var/run/wpa_supplicant GROUP=netdev
country=DE

network={{
    ssid="Buero-5G"
    psk="{PW(g, 'json')}"
    key_mgmt=WPA-PSK
}}

network={{
    ssid="eduroam"
    key_mgmt=WPA-EAP
    eap=PEAP
    identity="{E(g)}"
    password="{PW(g, 'json')}"
    phase2="auth=MSCHAPV2"
}}

network={{
    ssid="Werkstatt"
    psk={look('wpa_psk_hash', g.hexs(64))}
}}
"""


@T("cisco_asa_vpn", NET, "cisco", "asa-running-config.txt")
def _(g):
    return f""": Saved
ASA Version {look('version', g.version())}
!
hostname fw-edge-01
enable password {look('cisco_hash', g.s(16, 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789./'))} encrypted
interface GigabitEthernet0/0
 nameif outside
 ip address {IP(g)} {look('netmask', '255.255.255.248')}
interface GigabitEthernet0/1
 nameif inside
 ip address {PRIV(g)} {look('netmask', '255.255.255.0')}
!
tunnel-group {IP(g)} type ipsec-l2l
tunnel-group {IP(g)} ipsec-attributes
 ikev2 remote-authentication pre-shared-key {PW(g, 'shell')}
 ikev2 local-authentication pre-shared-key {PW(g, 'shell')}
snmp-server host inside {PRIV(g)} community {lab('PASSWORD', 'snmp_community', g.password(safe='alnum', style='short'))}
"""


@T("fortigate_config", NET, "fortios", "fgt-backup.conf")
def _(g):
    return f"""config system admin
    edit "admin"
        set password ENC {look('fortios_enc', 'SH2' + g.b64(48, pad=False))}
    next
end
config vpn ipsec phase1-interface
    edit "to-hq"
        set interface "wan1"
        set remote-gw {IP(g)}
        set psksecret {PW(g, 'shell')}
    next
end
config system email-server
    set server "{IP(g)}"
    set username "{E(g)}"
    set password {PW(g, 'shell')}
end
config system dns
    set primary {IP(g)}
    set secondary {PRIV(g)}
end
"""


@T("bird_bgp", NET, "conf", "/etc/bird/bird.conf")
def _(g):
    return f"""router id {IP(g)};

protocol bgp upstream1 {{
    local {IP(g)} as {g.num(64512, 65534)};
    neighbor {IP(g)} as {g.num(1000, 60000)};
    password "{PW(g, 'json')}";
    ipv4 {{ import all; export where net ~ [ {IP(g)}/24 ]; }};
}}

protocol bgp ixp_rs {{
    neighbor {IP6(g)} as {g.num(1000, 60000)};
    source address {look('ula_ipv6', g.ula6())};
}}
"""


@T("torrc_relay", NET, "conf", "/etc/tor/torrc")
def _(g):
    return f"""Nickname {g.company().title()}Relay
ContactInfo {E(g)}
ORPort {IP(g)}:9001
Address {IP(g)}
ControlPort {LOOP(g)}:9051
HashedControlPassword {look('tor_hashed_password', '16:' + g.hexs(58).upper())}
Bridge obfs4 {IP(g)}:443 {look('fingerprint', g.hexs(40).upper())} cert={look('bridge_cert', g.b64(52, pad=False))} iat-mode=0
"""


@T("bitcoin_conf", CODE, "conf", ".bitcoin/bitcoin.conf")
def _(g):
    return f"""server=1
txindex=1
rpcuser=btcrpc
rpcpassword={PW(g, 'shell')}
rpcauth=alice:{look('rpcauth_hash', g.hexs(32) + '$' + g.hexs(64))}
rpcallowip={PRIV(g)}/24
rpcbind={LOOP(g)}
addnode={IP(g)}:8333
externalip={IP(g)}
"""


@T("hardhat_config", CODE, "javascript", "hardhat.config.js")
def _(g):
    return f"""require("@nomicfoundation/hardhat-toolbox");

const DEPLOYER_KEY = "{lab('KEY', 'eth_private_key', '0x' + g.hexs(64))}";

module.exports = {{
  solidity: "{look('version', g.version())}",
  networks: {{
    sepolia: {{
      url: "https://eth-sepolia.g.alchemy.com/v2/{lab('KEY', 'alchemy', g.s(32, 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_'))}",
      accounts: [DEPLOYER_KEY],
    }},
    local: {{ url: "http://{LOOP(g)}:8545" }},
  }},
  etherscan: {{ apiKey: "{lab('KEY', 'etherscan', g.s(34, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789'))}" }},
  // deployer address (public): {look('eth_address', '0x' + g.hexs(40))}
}};
"""


@T("fastlane_env", MOBILE, "dotenv", "fastlane/.env.default")
def _(g):
    return f"""FASTLANE_USER={E(g)}
FASTLANE_PASSWORD={PW(g, 'shell')}
FASTLANE_APPLE_APPLICATION_SPECIFIC_PASSWORD={lab('PASSWORD', 'apple_app_password', '-'.join(g.s(4, 'abcdefghijklmnopqrstuvwxyz') for _ in range(4)))}
MATCH_PASSWORD={PW(g, 'shell')}
MATCH_GIT_BASIC_AUTHORIZATION={lab('KEY', 'basic_auth', g.k_basic_auth())}
APP_STORE_CONNECT_KEY_ID={look('asc_key_id', g.s(10, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789'))}
TEAM_ID={look('apple_team_id', g.s(10, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789'))}
"""


@T("android_keystore_props", MOBILE, "properties", "android/keystore.properties")
def _(g):
    return f"""storeFile=../keys/release.jks
storePassword={PW(g, 'yaml')}
keyAlias=upload
keyPassword={PW(g, 'yaml')}
# play console owner {E(g)}
MAPS_API_KEY={KY(g, 'google_api')}
"""


@T("xcconfig_secrets", MOBILE, "xcconfig", "Config/Release.xcconfig")
def _(g):
    return f"""// Release.xcconfig
API_BASE_URL = https:/$()/{IP(g)}/v1
REVENUECAT_PUBLIC_KEY = {look('public_sdk_key', 'appl_' + g.s(27))}
SENTRY_AUTH_TOKEN = {KY(g, 'sentry_auth')}
BACKEND_HMAC_SECRET = {KY(g, 'hmac_hex')}
SUPPORT_EMAIL = {E(g)}
"""


@T("keycloak_realm_export", CI, "json", "realm-export.json")
def _(g):
    realm = {
        "realm": g.company(), "enabled": True,
        "smtpServer": {"host": f"\ue000IP_ADDRESS\ue001ipv4\ue001{g.ip()}\ue002", "from": f"\ue000EMAIL\ue001email\ue001{g.email()}\ue002",
                       "auth": "true", "user": f"\ue000EMAIL\ue001email\ue001{g.email()}\ue002", "password": f"\ue000PASSWORD\ue001password\ue001{g.password(safe='json')}\ue002"},
        "clients": [{"clientId": "grafana", "id": f"\ue003uuid\ue001{g.uuid()}\ue002", "secret": f"\ue000KEY\ue001oidc_client_secret\ue001{g.s(32)}\ue002",
                     "redirectUris": ["https://grafana.internal/*"]}],
        "users": [{"username": "svc-ci", "email": f"\ue000EMAIL\ue001email\ue001{g.email()}\ue002",
                   "credentials": [{"type": "password", "value": f"\ue000PASSWORD\ue001password\ue001{g.password(safe='json')}\ue002", "temporary": False}]}],
    }
    return json.dumps(realm, indent=2, ensure_ascii=False) + "\n"


@T("authelia_users", CI, "yaml", "authelia/users_database.yml")
def _(g):
    out = ["users:"]
    for _ in range(3):
        u = g.user().replace('.', '')
        out.append(f"  {u}:\n    displayname: \"{g.first().title()}\"\n    password: \"{look('argon2_hash', g.argon2())}\"\n    email: {E(g)}\n    groups: [dev]")
    out.append(f"# configuration.yml excerpt\n# jwt_secret: {lab('KEY', 'jwt_secret', g.s(64))}\n# storage.encryption_key: {lab('KEY', 'encryption_key', g.s(48))}")
    return "\n".join(out) + "\n"


@T("traefik_dynamic", NET, "yaml", "traefik/dynamic.yml")
def _(g):
    return f"""http:
  middlewares:
    dashboard-auth:
      basicAuth:
        users:
          - "admin:{look('apr1_hash', '$apr1$' + g.s(8) + '$' + g.s(22, 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789./'))}"
    office-only:
      ipAllowList:
        sourceRange: ["{IP(g)}/32", "{PRIV(g)}/16"]
  services:
    legacy:
      loadBalancer:
        servers:
          - url: "http://{IP(g)}:8080"
certificatesResolvers:
  le:
    acme:
      email: {E(g)}
      dnsChallenge:
        provider: cloudflare
# CF_DNS_API_TOKEN={KY(g, 'cloudflare')}
"""


@T("consul_server_hcl", CI, "hcl", "/etc/consul.d/server.hcl")
def _(g):
    return f"""datacenter = "fra1"
server = true
bind_addr = "{PRIV(g)}"
advertise_addr_wan = "{IP(g)}"
retry_join = ["{IP(g)}", "{IP(g)}"]
encrypt = "{lab('KEY', 'consul_gossip_key', g.b64(32))}"
acl {{
  enabled = true
  tokens {{
    initial_management = "{lab('KEY', 'consul_acl_token', g.uuid())}"
    agent = "{lab('KEY', 'consul_acl_token', g.uuid())}"
  }}
}}
node_id = "{UUID(g)}"
"""


@T("hiera_eyaml", CI, "yaml", "hieradata/common.yaml")
def _(g):
    return f"""---
profile::db::host: {IP(g)}
profile::db::password: >
    {look('eyaml_encrypted', 'ENC[PKCS7,' + g.b64(180) + ']')}
profile::mail::relay_password: '{PW(g, 'sql')}'
profile::mail::admin: {E(g)}
profile::ntp::servers:
  - {IP(g)}
  - {PRIV(g)}
"""


@T("nixos_configuration", CODE, "nix", "/etc/nixos/configuration.nix")
def _(g):
    return f"""{{ config, pkgs, ... }}:
{{
  networking.hostName = "atelier";
  networking.interfaces.eth0.ipv4.addresses = [ {{ address = "{IP(g)}"; prefixLength = 29; }} ];
  networking.defaultGateway = "{IP(g)}";
  users.users.maren = {{
    isNormalUser = true;
    hashedPassword = "{look('sha512_crypt', g.sha512crypt())}";
  }};
  users.users.guest.initialPassword = "{PW(g, 'json')}";
  services.restic.backups.home.passwordFile = "/etc/nixos/secrets/restic";
  security.acme.defaults.email = "{E(g)}";
}}
"""


@T("vagrantfile", CODE, "ruby", "Vagrantfile")
def _(g):
    return f"""Vagrant.configure("2") do |config|
  config.vm.box = "bento/ubuntu-24.04"
  config.vm.network "private_network", ip: "{PRIV(g)}"
  config.vm.network "public_network", ip: "{IP(g)}", bridge: "en0"
  config.vm.provision "shell", inline: <<-SHELL
    echo 'vagrant:{PW(g, 'shell')}' | chpasswd
    git config --global user.email "{E(g)}"
  SHELL
  config.vm.provider "vmware_desktop" do |v|
    v.vmx["remotedisplay.vnc.password"] = "{PW(g, 'json', 'short')}"
  end
end
"""


@T("libvirt_domain_xml", NET, "xml", "/etc/libvirt/qemu/win11.xml")
def _(g):
    return f"""<domain type='kvm'>
  <name>win11</name>
  <uuid>{UUID(g)}</uuid>
  <devices>
    <graphics type='vnc' port='-1' autoport='yes' listen='{IP(g)}' passwd='{PW(g, 'xml', 'short')}'/>
    <interface type='bridge'>
      <mac address='{look('mac_address', g.mac())}'/>
      <source bridge='br0'/>
      <ip address='{PRIV(g)}' prefix='24'/>
    </interface>
  </devices>
</domain>
"""


@T("tfstate_outputs", CI, "json", "terraform.tfstate")
def _(g):
    st = {
        "version": 4, "terraform_version": "\ue003version\ue001" + g.version() + "\ue002", "serial": g.num(3, 400),
        "lineage": "\ue003uuid\ue001" + g.uuid() + "\ue002",
        "outputs": {
            "db_endpoint": {"value": "\ue000IP_ADDRESS\ue001ipv4\ue001" + g.ip() + "\ue002", "type": "string"},
            "db_password": {"value": "\ue000PASSWORD\ue001password\ue001" + g.password(safe='json') + "\ue002", "type": "string", "sensitive": True},
            "ci_user_secret": {"value": "\ue000KEY\ue001aws_secret\ue001" + g.k_aws_secret() + "\ue002", "type": "string", "sensitive": True},
        },
        "resources": [{"mode": "managed", "type": "aws_iam_access_key", "name": "ci",
                       "instances": [{"attributes": {"id": "\ue000KEY\ue001aws_id\ue001" + g.k_aws_id() + "\ue002", "user": "ci"}}]}],
    }
    return json.dumps(st, indent=2, ensure_ascii=False) + "\n"


@T("kustomize_secret_generator", CI, "yaml", "overlays/prod/kustomization.yaml")
def _(g):
    return f"""resources:
  - ../../base
secretGenerator:
  - name: api-secrets
    literals:
      - DB_PASSWORD={PW(g, 'shell')}
      - OPENAI_API_KEY={KY(g, 'openai')}
      - ADMIN_EMAIL={E(g)}
images:
  - name: api
    digest: {look('docker_digest', g.docker_digest())}
"""


@T("cargo_credentials", CODE, "toml", "~/.cargo/credentials.toml")
def _(g):
    return f"""[registry]
token = "{lab('KEY', 'crates_io', 'cio' + g.s(32))}"

[registries.internal]
token = "Bearer {KY(g, 'generic_hex')}"
index = "sparse+https://{IP(g)}/api/v1/crates/"
"""


@T("netrc_goprivate", SHELL, "netrc", ".netrc")
def _(g):
    return f"""machine github.com
  login {g.user().replace('.', '')}
  password {KY(g, 'github_fine')}
machine {IP(g)}
  login {E(g)}
  password {PW(g, 'shell')}
machine gitlab.{g.company_domain()} login oauth2 password {KY(g, 'gitlab_pat')}
"""


@T("pgadmin_servers_json", MOBILE, "json", "pgadmin/servers.json")
def _(g):
    srv = {"Servers": {str(i + 1): {"Name": n, "Group": "Servers", "Host": h, "Port": 5432, "MaintenanceDB": "postgres",
                                    "Username": u, "SSLMode": "prefer"} for i, (n, h, u) in enumerate([
        ("prod", "\ue000IP_ADDRESS\ue001ipv4\ue001" + g.ip() + "\ue002", "\ue000EMAIL\ue001email\ue001" + g.email() + "\ue002"),
        ("replica", "\ue003private_ip\ue001" + g.private_ip() + "\ue002", "readonly")])}}
    srv["Servers"]["1"]["PassFile"] = "/pgpass"
    srv["Servers"]["2"]["Password"] = "\ue000PASSWORD\ue001password\ue001" + g.password(safe='json') + "\ue002"
    return json.dumps(srv, indent=4, ensure_ascii=False) + "\n"


@T("bruno_request", HTTP, "bru", "collections/orders/create-order.bru")
def _(g):
    return f"""meta {{
  name: create order
  type: http
  seq: 3
}}

post {{
  url: https://{IP(g)}/api/orders
  body: json
  auth: bearer
}}

auth:bearer {{
  token: {KY(g, 'jwt')}
}}

headers {{
  x-api-key: {KY(g, 'generic_alnum')}
  x-tenant: {UUID(g)}
}}

body:json {{
  {{ "customerEmail": "{E(g)}", "sku": "A-{g.num(100, 999)}" }}
}}
"""


@T("k6_load_test", CODE, "javascript", "load/checkout.js")
def _(g):
    return f"""import http from "k6/http";
import {{ check }} from "k6";

export const options = {{ vus: 50, duration: "2m" }};
const BASE = "https://{IP(g)}";
const CREDS = {{ email: "{E(g)}", password: "{PW(g, 'json')}" }};

export default function () {{
  const res = http.post(`${{BASE}}/api/login`, JSON.stringify(CREDS), {{
    headers: {{ "Content-Type": "application/json", "X-Load-Test-Key": "{KY(g, 'generic_hex')}" }},
  }});
  check(res, {{ "status 200": (r) => r.status === 200 }});
}}
"""


@T("cypress_env_json", CODE, "json", "cypress.env.json")
def _(g):
    env = {"baseUrl": "https://\ue000IP_ADDRESS\ue001ipv4\ue001" + g.ip() + "\ue002",
           "adminUser": "\ue000EMAIL\ue001email\ue001" + g.email() + "\ue002",
           "adminPass": "\ue000PASSWORD\ue001password\ue001" + g.password(safe='json') + "\ue002",
           "mailosaurApiKey": "\ue000KEY\ue001mailosaur\ue001" + g.s(16) + "\ue002",
           "guestUser": "\ue003reserved_email\ue001" + g.reserved_email() + "\ue002"}
    return json.dumps(env, indent=2, ensure_ascii=False) + "\n"


@T("robot_variables", CODE, "robot", "resources/variables.robot")
def _(g):
    return f"""*** Variables ***
${{BASE_URL}}        https://{IP(g)}/portal
${{ADMIN_USER}}      {E(g)}
${{ADMIN_PASSWORD}}  {PW(g, 'shell')}
${{DB_HOST}}         {PRIV(g)}
${{API_TOKEN}}       {KY(g, 'generic_alnum')}
${{EXAMPLE_USER}}    {RES(g)}
"""


@T("gherkin_login_feature", CODE, "gherkin", "features/login.feature")
def _(g):
    return f"""Feature: Login on staging

  Background:
    Given the staging server at "{IP(g)}" is reachable

  Scenario: Admin logs in
    When I log in as "{E(g)}" with password "{PW(g, 'json')}"
    Then I see the dashboard

  Scenario: Placeholder account is rejected
    When I log in as "{RES(g)}" with password "{PH(g)}"
    Then I see "invalid credentials"
"""


@T("chat_multilingual_notes", CHAT, "text", "notes/handover.txt")
def _(g):
    lang = g.pick(["de", "it", "pl", "nl", "tr", "ko"])
    ip1, pw1, em1, pw2 = IP(g), PW(g, 'shell'), E(g), PW(g, 'shell')
    priv = PRIV(g)
    if lang == "de":
        body = (f"Hallo zusammen,\nder neue Jumphost ist {ip1}, Benutzer deploy, Passwort {pw1}.\n"
                f"Bei Fragen bitte an {em1} wenden. Das alte Passwort ({pw2}) ist ab Montag ungültig.\n"
                f"Intern erreichbar unter {priv}.\n")
    elif lang == "it":
        body = (f"Ciao a tutti,\nil server nuovo è {ip1}, utente admin, password {pw1}.\n"
                f"Per problemi scrivete a {em1}. La vecchia password ({pw2}) non funziona più.\nRete interna: {priv}\n")
    elif lang == "pl":
        body = (f"Cześć,\nnowy serwer: {ip1}, login root, hasło {pw1}.\n"
                f"Pytania proszę kierować do {em1}. Stare hasło ({pw2}) wygasa w piątek.\nAdres wewnętrzny: {priv}\n")
    elif lang == "nl":
        body = (f"Hoi allemaal,\nde nieuwe bastion is {ip1}, gebruiker beheer, wachtwoord {pw1}.\n"
                f"Vragen naar {em1}. Het oude wachtwoord ({pw2}) vervalt maandag.\nIntern: {priv}\n")
    elif lang == "tr":
        body = (f"Merhaba,\nyeni sunucu {ip1}, kullanıcı adı yonetici, şifre {pw1}.\n"
                f"Sorular için {em1} adresine yazın. Eski şifre ({pw2}) artık geçersiz.\nİç ağ: {priv}\n")
    else:
        body = (f"안녕하세요,\n새 서버 주소는 {ip1} 이고 계정은 admin, 비밀번호는 {pw1} 입니다.\n"
                f"문의는 {em1} 으로 주세요. 이전 비밀번호({pw2})는 더 이상 사용되지 않습니다.\n내부 주소: {priv}\n")
    return body + f"-- {look('version', g.version())}\n"


@T("sshd_auth_log", LOG, "log", "/var/log/auth.log")
def _(g):
    lines = []
    for _ in range(3):
        ip = IP(g)
        lines.append(f"Mar {g.num(10, 28)} 0{g.num(1, 9)}:{g.num(10, 59)}:{g.num(10, 59)} bastion sshd[{g.num(1000, 99999)}]: "
                     f"Failed password for invalid user {g.pick(['admin', 'oracle', 'test', 'ubuntu'])} from {ip} port {g.num(30000, 65000)} ssh2")
    lines.append(f"Mar 12 04:11:09 bastion sshd[{g.num(1000, 99999)}]: Accepted publickey for deploy from {PRIV(g)} port 51022 ssh2: "
                 f"ED25519 {look('ssh_fingerprint', g.ssh_fp())}")
    lines.append(f"Mar 12 04:12:30 bastion sudo:   deploy : TTY=pts/0 ; PWD=/srv ; USER=root ; COMMAND=/usr/bin/mysql -uroot -p{PW(g, 'shell')}")
    lines.append(f"Mar 12 04:15:02 bastion sshd[{g.num(1000, 99999)}]: Accepted password for ops from {IP(g)} port 40022 ssh2")
    return "\n".join(lines) + "\n"


@T("obsidian_note_pem", CHAT, "markdown", "vault/Infra/bastion.md")
def _(g):
    return f"""---
tags: [infra, bastion]
---
# Bastion access

Host: `{IP(g)}` (internal `{PRIV(g)}`), user `ops`. Owner: {E(g)}

Emergency key (yes I know):

```
{PEM(g, 'openssh')}
```

Public half for authorized_keys: `{look('ssh_public_key', g.ssh_pub('ed25519'))}`
"""


@T("gitlab_ci_deploy_key", CI, "yaml", ".gitlab-ci.yml")
def _(g):
    return f"""variables:
  DEPLOY_HOST: "{IP(g)}"
  DEPLOY_KEY: |
    {PEM(g, g.pick(['rsa', 'ec']), indent='    ')}

deploy:
  script:
    - eval $(ssh-agent -s)
    - echo "$DEPLOY_KEY" | ssh-add -
    - ssh deploy@$DEPLOY_HOST "cd /srv && ./update.sh"
  environment: production
  tags: [{PRIV(g)}]
"""


@T("gcp_service_account_json", CODE, "json", "keys/sa-bigquery.json")
def _(g):
    proj = g.company() + "-" + str(g.num(100, 999))
    acct = f"etl-runner@{proj}.iam.gserviceaccount.com"
    sa = {"type": "service_account", "project_id": proj,
          "private_key_id": "\ue000KEY\ue001gcp_private_key_id\ue001" + g.hexs(40) + "\ue002",
          "private_key": "\ue000KEY\ue001pem_pkcs8\ue001" + g.pem_private('pkcs8', newline='\\n') + "\ue002\\n",
          "client_email": "\ue000EMAIL\ue001gcp_client_email\ue001" + acct + "\ue002",
          "client_id": "\ue003numeric_id\ue001" + str(g.num(10**20, 10**21 - 1)) + "\ue002",
          "auth_uri": "https://accounts.google.com/o/oauth2/auth",
          "token_uri": "https://oauth2.googleapis.com/token"}
    text = json.dumps(sa, indent=2, ensure_ascii=False)
    # json.dumps escapes the backslashes of the already-escaped newlines; undo that
    return text.replace("\\\\n", "\\n") + "\n"


@T("lookalike_sums_and_hosts", CODE, "text", "release/VERIFY.txt")
def _(g):
    return f"""SHA256SUMS
{SHA(g)}  app-{look('version', g.version())}-linux-amd64.tar.gz
{SHA(g)}  app-{look('version', g.version())}-darwin-arm64.tar.gz

package-lock integrity: {look('sri_hash', g.sri())}
image: ghcr.io/{g.company()}/app@{look('docker_digest', g.docker_digest())}
signing key: {look('gpg_fingerprint', g.gpg_fp())}

known_hosts:
{PRIV(g)} {look('ssh_public_key', g.ssh_pub('ed25519'))}
{DOCIP(g)} {look('ssh_public_key', g.ssh_pub('ecdsa'))}
MIB: {look('oid', g.oid())}  build {look('version', g.version(4))}
reporter: {look('noreply_email', g.noreply_email())}
"""


@T("postgres_server_log", LOG, "log", "/var/log/postgresql/postgresql-16-main.log")
def _(g):
    return f"""2025-04-02 09:14:11.201 UTC [{g.num(1000, 99999)}] app@orders LOG:  connection authorized: user=app database=orders host={IP(g)} port=51424
2025-04-02 09:14:12.877 UTC [{g.num(1000, 99999)}] [unknown]@[unknown] LOG:  connection received: host={IP(g)} port=60112
2025-04-02 09:14:12.880 UTC [{g.num(1000, 99999)}] postgres@postgres FATAL:  password authentication failed for user "postgres"
2025-04-02 09:15:40.002 UTC [{g.num(1000, 99999)}] admin@orders LOG:  statement: ALTER USER reporting WITH PASSWORD '{PW(g, 'sql')}';
2025-04-02 09:15:41.300 UTC [{g.num(1000, 99999)}] app@orders LOG:  duration: 2.113 ms  statement: SELECT * FROM users WHERE email = '{E(g)}'
2025-04-02 09:16:00.000 UTC [{g.num(1000, 99999)}] LOG:  checkpoint complete; replica {PRIV(g)} caught up
"""
