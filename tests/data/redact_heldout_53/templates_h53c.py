# Templates for held-out set 53, module c. Each template: (name, lang, path, raw text).
T = []

T.append(("bigcapital_env", "env", "bigcapital/.env", r'''# Bigcapital accounting -- self-hosted for «w:Word» Cooperative («L:date»)
BASE_URL=https://books.«w:word».coop
PUBLIC_PROXY_PORT=80

# Database
DB_HOST=«ip4:db_host»
DB_USER=bigcapital
DB_PASSWORD=«p:db_password:ini»
DB_ROOT_PASSWORD=«p:db_root_password:ini»
DB_CHARSET=utf8
SYSTEM_DB_NAME=bigcapital_system
TENANT_DB_NAME_PERFIX=bigcapital_tenant_

# Mongo (jobs)
MONGODB_DATABASE_URL=mongodb://jobs:«p:mongo_password:url»@«ip4:mongo_host»:27017/bigcapital

# Authentication
JWT_SECRET=«k:jwt_secret:b64_48»
# sign-up is closed; invited users only
SIGNUP_DISABLED=true
SIGNUP_ALLOWED_DOMAINS=«w:word».coop
SIGNUP_ALLOWED_EMAILS=«e:allowed_signup_1»,«e:allowed_signup_2»

# Mail
MAIL_HOST=«ip4:mail_host»
MAIL_USERNAME=«e:mail_username»
MAIL_PASSWORD=«p:mail_password:ini»
MAIL_PORT=587
MAIL_SECURE=false
MAIL_FROM_NAME=«w:Word» Books
MAIL_FROM_ADDRESS=«e:mail_from_address»

# Plaid bank feeds (sandbox)
PLAID_CLIENT_ID=«L:object_id»
PLAID_SECRET=«k:plaid_secret:hex_30»
PLAID_ENV=sandbox
'''))

T.append(("clonezilla_ocs_script_sh", "shell", "live/custom-ocs-«w:word».sh", r'''#!/bin/bash
# Custom Clonezilla live script for the «w:Word» school lab (restore image to all seats)
# Boot param: ocs_live_run="/run/live/medium/live/custom-ocs-«w:word».sh"
. /usr/share/drbl/sbin/drbl-conf-functions
. /usr/share/drbl/sbin/ocs-functions

IMAGE_NAME=lab-win11-«L:date»-img
SHARE=//«ip4:image_server»/images
# read-only account on the NAS (created by «e:nas_admin»)
MOUNT_USER=clonezilla
MOUNT_PASS=«p:cifs_password:shell»

mkdir -p /home/partimag
mount -t cifs "$SHARE" /home/partimag -o username=$MOUNT_USER,password=$MOUNT_PASS,vers=3.0,ro || {
  echo "mount failed, trying the backup share"
  mount -t cifs //«ip4:backup_image_server»/images /home/partimag -o username=clonezilla,password=«p:backup_cifs_password:shell»,vers=3.0,ro
}

# key used to rsync the restore logs back to the image server
mkdir -p /root/.ssh
cat > /root/.ssh/id_rsa <<'KEY'
«k:rsync_ssh_private_key:pemrsa»
KEY
chmod 600 /root/.ssh/id_rsa

# image checksum recorded at capture time
echo "«L:sha256_checksum»  /home/partimag/$IMAGE_NAME/sda3.ntfs-ptcl-img.zst" > /tmp/img.sha256

/usr/sbin/ocs-sr -g auto -e1 auto -e2 -r -j2 -k1 -scr -p poweroff restoredisk "$IMAGE_NAME" nvme0n1

# report to the lab dashboard (token per lab)
curl -s -H "X-Lab-Token: «k:lab_dashboard_token:lan_24»" \
  "http://«L:private_ip»:8088/report?seat=$(cat /sys/class/net/eth0/address)&image=$IMAGE_NAME"
# seat 01 mac for reference: «L:mac_address»
'''))

T.append(("sentrifugo_sql_dump", "sql", "backup/sentrifugo_«n:2019-2026»«n:10-12»«n:10-28».sql", r'''-- MySQL dump 10.13  Distrib «L:version», for Linux (x86_64)
--
-- Host: «L:loopback_ip»    Database: sentrifugo
-- ------------------------------------------------------
/*!40101 SET NAMES utf8mb4 */;

--
-- Dumping data for table `main_users`
--
LOCK TABLES `main_users` WRITE;
INSERT INTO `main_users` (`id`,`emprole`,`userstatus`,`firstname`,`lastname`,`emailaddress`,`emppassword`,`createddate`) VALUES
(1,1,'old','Super','Admin','«e:superadmin_email»','«L:md5_checksum»','«L:date» 09:14:02'),
(2,3,'old','«w:First»','«w:Last»','«e:hr_manager_email»','«L:md5_checksum»','«L:date» 11:40:51'),
(3,4,'old','«w:First»','«w:Last»','«e:employee_email»','«L:md5_checksum»','«L:date» 16:02:33');
UNLOCK TABLES;

--
-- Dumping data for table `main_mail_settings`
--
LOCK TABLES `main_mail_settings` WRITE;
INSERT INTO `main_mail_settings` VALUES (1,'«e:mail_settings_username»','«p:mail_settings_password:quoted»',587,'tls','«ip4:smtp_server»','login',1,'«L:date» 10:00:00');
UNLOCK TABLES;

--
-- Dumping data for table `main_logmanager` (truncated)
--
INSERT INTO `main_logmanager` VALUES (9912,1,'login',1,'«ip:login_ip_1»','«L:date» 08:01:12'),(9913,2,'login',1,'«ip:login_ip_2»','«L:date» 08:03:47');
-- Dump completed on «L:date» «L:log_time»
'''))

T.append(("pontoon_env", "env", "pontoon/.env", r'''# Pontoon (localization) -- «w:word» community instance
SECRET_KEY=«k:django_secret_key:django»
DJANGO_DEBUG=False
DJANGO_DEV=False
SITE_URL=https://pontoon.«w:word».org
ALLOWED_HOSTS=pontoon.«w:word».org
DATABASE_URL=postgres://pontoon:«p:database_password:url»@«ip4:database_host»:5432/pontoon

# auth via GitHub
AUTHENTICATION_METHOD=github
GITHUB_CLIENT_ID=«L:github_client_id=Iv1.«w:hex16»»
GITHUB_SECRET_KEY=«k:github_client_secret:hex_40»

# sync with VCS
SSH_KEY=/app/.ssh/id_ed25519
SSH_CONFIG=/app/.ssh/config
PONTOON_SYNC_GIT_TOKEN=«k:github_pat:github_pat_«w:an22»_+an_59»

# machinery
GOOGLE_TRANSLATE_API_KEY=«k:google_translate_key:AIza+b64u_26»
MICROSOFT_TRANSLATOR_API_KEY=«k:ms_translator_key:hex_32»
SYSTRAN_TRANSLATE_API_KEY=«k:systran_key:uuid»

ADMIN_EMAIL=«e:admin_email»
ADMIN_NAME=«w:First» «w:Last»
DEFAULT_FROM_EMAIL=«e:default_from_email»
EMAIL_HOST=«ip4:email_host»
EMAIL_HOST_USER=pontoon-notify
EMAIL_HOST_PASSWORD=«p:email_host_password:ini»
'''))

T.append(("restreamer_env", "env", "datarhei/restreamer.env", r'''# datarhei Restreamer / Core -- church livestream box («w:Word» parish)
CORE_API_AUTH_ENABLE=true
CORE_API_AUTH_USERNAME=streamdesk
CORE_API_AUTH_PASSWORD=«p:core_api_password:ini»
CORE_API_AUTH_JWT_SECRET=«k:core_jwt_secret:an_32»

CORE_RTMP_ENABLE=true
CORE_RTMP_APP=/live
CORE_RTMP_TOKEN=«k:rtmp_token:lan_16»
CORE_SRT_ENABLE=true
CORE_SRT_PASSPHRASE=«p:srt_passphrase:ini»

CORE_HOST_NAME=stream.«w:word»-parish.org
CORE_ADDRESS=:8080
CORE_TLS_ENABLE=true
CORE_TLS_AUTO=true
CORE_TLS_EMAIL=«e:letsencrypt_email»

# upstream platforms (set in the UI, copied here for the handover on «L:date»)
# YouTube stream key: «k:youtube_stream_key:«w:lan4»-«w:lan4»-«w:lan4»-«w:lan4»-+lan_4»
# Facebook: rtmps://live-api-s.facebook.com:443/rtmp/«k:facebook_stream_key:FB-«w:dig15»-0-+an_30»
# camera (PTZ) on the sanctuary LAN: rtsp://admin:«p:camera_password:url»@«L:private_ip»:554/stream1
# public IPs of the box: «ip4:box_public_ipv4» / «ip6:box_public_ipv6»
'''))

T.append(("eturnal_yml", "yaml", "/etc/eturnal.yml", r'''# eturnal STUN/TURN server for the «w:word» video rooms
eturnal:
  secret: "«k:turn_shared_secret:an_40»"
  # previous secret (still accepted by the app until «L:date»): «k:turn_previous_secret:an_40»
  relay_ipv4_addr: "«ip4:relay_ipv4»"
  relay_ipv6_addr: "«ip6:relay_ipv6»"
  relay_min_port: 49152
  relay_max_port: 65535
  listen:
    - ip: "«L:unspecified_ip»"
      port: 3478
      transport: udp
    - ip: "::"
      port: 3478
      transport: udp
    - ip: "«L:unspecified_ip»"
      port: 5349
      transport: tls
  tls_crt_file: /etc/eturnal/tls/crt.pem
  tls_key_file: /etc/eturnal/tls/key.pem
  blacklist_peers:
    - recommended
    - "«L:private_ip»/8"
    - "«L:shared_ip»/10"
    - "«L:link_local_ip»/16"
  whitelist_peers:
    - "«ip4:sfu_node»"
  credentials:
    static-user: "«p:static_turn_password:quoted»"
  log_level: notice
  log_dir: stdout
# operator: «e:operator_email»
'''))

T.append(("rasa_credentials_yml", "yaml", "credentials.yml", r'''# Rasa channel credentials -- «w:Word» helpdesk assistant
rest:
  # no auth on the internal REST channel (behind the gateway at «L:private_ip»)

socketio:
  user_message_evt: user_uttered
  bot_message_evt: bot_uttered
  session_persistence: true
  jwt_key: «k:socketio_jwt_key:b64_32»
  jwt_method: HS256

slack:
  slack_token: "«k:slack_bot_token:xoxb-«w:dig12»-«w:dig13»-+an_24»"
  slack_channel: "#helpdesk"
  slack_signing_secret: "«k:slack_signing_secret:hex_32»"

telegram:
  access_token: "«k:telegram_bot_token:«w:dig10»:AA+b64u_25»"
  verify: "«w:word»_helpdesk_bot"
  webhook_url: "https://bot.«w:word».help/webhooks/telegram/webhook"

mattermost:
  url: "https://chat.«w:word».help/api/v4"
  token: "«k:mattermost_token:lan_26»"
  webhook_url: "https://bot.«w:word».help/webhooks/mattermost/webhook"

rasa:
  url: "http://«L:loopback_ip»:5002/api"

# tracker store (endpoints.yml has the same): postgresql://rasa:«p:tracker_store_password:url»@«ip4:tracker_db»:5432/rasa
# contact for the Slack app: «e:slack_app_owner»
'''))

T.append(("chatterbot_trainer_py", "python", "bot/train_«w:word».py", r'''"""Train the «w:Word» FAQ bot and expose it on the intranet.

Owner: «w:First» «w:Last» <«e:owner_email»>
"""
import os

from chatterbot import ChatBot
from chatterbot.trainers import ListTrainer

# NOTE: credentials should come from the environment; the fallbacks below were left in by mistake
DB_URI = os.environ.get(
    "BOT_DB_URI",
    "postgresql://faqbot:«p:db_password:url»@«ip4:db_host»:5432/faqbot",
)
ADMIN_TOKEN = os.environ.get("BOT_ADMIN_TOKEN", "«k:admin_token:hex_48»")
SENTRY_DSN = "https://«k:sentry_dsn_key:hex_32»@sentry.«w:word».net/«n:2-40»"

bot = ChatBot(
    "«w:Word»Helper",
    storage_adapter="chatterbot.storage.SQLStorageAdapter",
    database_uri=DB_URI,
    read_only=True,
)

trainer = ListTrainer(bot)
trainer.train([
    "How do I reset my VPN password?",
    "Go to https://vpn.«w:word».net/reset and use your staff number.",
    "What is the guest Wi-Fi password?",
    "This week it is «p:guest_wifi_password:quoted», it changes every Monday.",
    "Who do I contact about payroll?",
    "Write to «e:payroll_contact» or call extension «n:1000-9999».",
])

if __name__ == "__main__":
    # bind to the intranet interface only
    from bot.web import serve
    serve(bot, host="«L:private_ip»", port=«n:5000-5999», metrics_host="«L:loopback_ip»")
'''))

T.append(("rapidpro_settings_py", "python", "temba/settings.py", r'''# RapidPro local settings -- «w:Word» health hotline (country deployment)
from .settings_common import *  # noqa

DEBUG = False
HOSTNAME = "textit.«w:word».health"
ALLOWED_HOSTS = [HOSTNAME, "«ip4:public_host_ip»", "«L:loopback_ip»"]

SECRET_KEY = "«k:django_secret_key:django»"

DATABASES = {
    "default": {
        "ENGINE": "django.contrib.gis.db.backends.postgis",
        "NAME": "temba",
        "USER": "temba",
        "PASSWORD": "«p:database_password:quoted»",
        "HOST": "«ip4:database_host»",
        "PORT": "5432",
    }
}
REDIS_URL = "redis://:«p:redis_password:url»@«L:private_ip»:6379/15"

AWS_ACCESS_KEY_ID = "«k:aws_access_key_id:AKIA+uan_16»"
AWS_SECRET_ACCESS_KEY = "«k:aws_secret_access_key:an_40»"
AWS_STORAGE_BUCKET_NAME = "rapidpro-«w:word»-media"

EMAIL_HOST = "«ip4:email_host»"
EMAIL_HOST_USER = "«e:email_host_user»"
EMAIL_HOST_PASSWORD = "«p:email_host_password:quoted»"
DEFAULT_FROM_EMAIL = "«e:default_from_email»"

# courier <-> mailroom shared token
MAILROOM_AUTH_TOKEN = "«k:mailroom_auth_token:hex_32»"
COURIER_AUTH_TOKEN = "«k:courier_auth_token:hex_32»"
# Vonage channel (the API key is public-ish, the secret is not)
VONAGE_API_KEY = "«L:client_id»"
VONAGE_API_SECRET = "«k:vonage_api_secret:an_16»"
'''))

T.append(("doccano_issue_md", "markdown", "issues/«n:1000-2999»-login-fails-after-upgrade.md", r'''### Login fails after upgrading to «L:version»

**Describe the bug**
After upgrading our doccano instance (docker compose, «L:date») nobody can log in. The admin account created with
`ADMIN_USERNAME=admin`, `ADMIN_EMAIL=«e:admin_email»` and `ADMIN_PASSWORD=«p:admin_password:prose»` gets
"Unable to log in with provided credentials".

**Environment**
- Server: Ubuntu 22.04 on «ip:server_ip» (public, behind nginx)
- DB: postgres «L:version» at «L:private_ip»
- `DATABASE_URL=postgres://doccano:«p:database_password:url»@«L:private_ip»:5432/doccano?sslmode=disable`
- Celery broker: `amqp://doccano:«p:rabbitmq_password:url»@rabbitmq:5672//`

**Logs**
```
web_1     | «L:timestamp» WARNING Forbidden: /v1/auth/login/
web_1     | «L:timestamp» INFO "POST /v1/auth/login/ HTTP/1.1" 403 58 from «ip:client_ip»
```

---

**Comment by «w:word»-maintainer**
Thanks. Please don't post real passwords in issues -- I edited nothing, but you should change the ones above.
The new version requires `SECRET_KEY` to stay the same across upgrades; your old one is in the previous
`.env`. Also `CSRF_TRUSTED_ORIGINS` must include the scheme.

**Comment by reporter («e:reporter_email»)**
That was it -- the compose file regenerated `SECRET_KEY`. Restored the old one («k:django_secret_key:django») and
it works. Closing. (and yes, rotated everything.)
'''))

T.append(("polyaxon_values_yaml", "yaml", "deploy/polyaxon-values.yaml", r'''# Helm values for Polyaxon CE -- «w:word» ML team («L:date»)
rbac:
  enabled: true
ingress:
  enabled: true
  hostName: polyaxon.«w:word».ai
  tls:
    - secretName: polyaxon-tls
      hosts: [polyaxon.«w:word».ai]

user:
  username: root
  email: «e:root_user_email»
  password: «p:root_user_password:yaml»

postgresql:
  enabled: false
externalServices:
  postgresql:
    user: polyaxon
    password: «p:postgres_password:yaml»
    port: 5432
    database: polyaxon
    host: «ip4:postgres_host»
  redis:
    host: «ip4:redis_host»
    port: 6379
    password: «p:redis_password:yaml»
  gateway:
    port: 80
    host: «L:private_ip»

artifactsStore:
  name: s3-artifacts
  kind: s3
  schema: {"bucket": "s3://polyaxon-«w:word»"}
  secret:
    name: s3-secret
    # keys from the IAM user created «L:date» (AWS_ACCESS_KEY_ID / AWS_SECRET_ACCESS_KEY):
    # «k:aws_access_key_id:AKIA+uan_16» / «k:aws_secret_access_key:an_40»
encryptionSecret: «k:encryption_secret:b64_32»
platformSecret: «k:platform_secret:an_50»
# allowed CIDRs for the API: «ip:office_egress»/32, «L:private_ip»/16
'''))

T.append(("zenml_bash_history", "shell", ".bash_history", r'''zenml init
zenml login https://zenml.«w:word».ai
zenml secret create s3_artifacts --aws_access_key_id=«k:aws_access_key_id:AKIA+uan_16» --aws_secret_access_key=«k:aws_secret_access_key:an_40»
zenml artifact-store register s3_store -f s3 --path=s3://zenml-«w:word» --authentication_secret=s3_artifacts
zenml secret create mlflow_secret --username=mlflow --password=«p:mlflow_password:shell»
zenml experiment-tracker register mlflow_tracker --flavor=mlflow --tracking_uri=http://«ip4:mlflow_host»:5000 --tracking_username={{mlflow_secret.username}} --tracking_password={{mlflow_secret.password}}
zenml stack register prod -a s3_store -o default -e mlflow_tracker --set
zenml service-account create ci-runner
export ZENML_STORE_API_KEY=«k:zenml_api_key:ZENKEY_+b64_96»
export ZENML_STORE_URL=https://zenml.«w:word».ai
ssh -i ~/.ssh/id_ed25519 ubuntu@«ip:gpu_box»
git log -1 --format=%H   # «L:git_commit»
zenml pipeline runs list --size 5
docker login ghcr.io -u «w:first»-«w:last» -p «k:ghcr_token:ghp_+an_36»
zenml secret create hf --token=«k:hf_token:hf_+an_34»
zenml secret get hf
cat ~/.netrc
echo 'machine «ip4:artifact_proxy» login zenml password «p:netrc_password:shell»' >> ~/.netrc
ping -c1 «L:private_ip»
'''))

T.append(("kserve_storage_secret_yaml", "yaml", "kserve/«w:word»-storage.yaml", r'''# S3 credentials + InferenceService for the «w:word» churn model
apiVersion: v1
kind: Secret
metadata:
  name: s3creds
  namespace: models-«w:word»
  annotations:
    serving.kserve.io/s3-endpoint: «ip4:minio_endpoint»:9000
    serving.kserve.io/s3-usehttps: "0"
    serving.kserve.io/s3-region: "us-east-1"
  uid: «L:k8s_uid»
type: Opaque
stringData:
  AWS_ACCESS_KEY_ID: «k:minio_access_key:uan_20~ak»
  AWS_SECRET_ACCESS_KEY: «k:minio_secret_key:an_40~sk»
data:
  # same values, base64 (as applied by the operator, «L:date»)
  AWS_ACCESS_KEY_ID: «b64:minio_access_key_b64:ak»
  AWS_SECRET_ACCESS_KEY: «b64:minio_secret_key_b64:sk»
---
apiVersion: v1
kind: ServiceAccount
metadata:
  name: sa-s3
  namespace: models-«w:word»
secrets:
  - name: s3creds
---
apiVersion: serving.kserve.io/v1beta1
kind: InferenceService
metadata:
  name: churn
  namespace: models-«w:word»
spec:
  predictor:
    serviceAccountName: sa-s3
    model:
      modelFormat:
        name: sklearn
      storageUri: s3://models/churn/«L:short_sha»
      env:
        - name: ALERT_EMAIL
          value: «e:alert_email»
'''))

T.append(("seldon_gitlab_ci_yml", "yaml", ".gitlab-ci.yml", r'''# CI for the «w:word»-recsys model: build the image, push, roll out via Seldon
stages: [test, build, deploy]

variables:
  IMAGE: registry.«w:word».dev/ml/recsys
  SELDON_NAMESPACE: seldon-«w:word»
  # TODO: move to masked CI variables (reported by «e:reporter_email», «L:date»)
  REGISTRY_PASSWORD: "«p:registry_password:quoted»"
  KUBE_TOKEN: "«k:kube_sa_token:jwt»"
  MLFLOW_TRACKING_TOKEN: "«k:mlflow_tracking_token:hex_40»"

test:
  stage: test
  image: python:3.11
  script:
    - pip install -r requirements.txt
    - pytest -q

build:
  stage: build
  script:
    - echo "$REGISTRY_PASSWORD" | docker login registry.«w:word».dev -u ci-bot --password-stdin
    - docker build -t $IMAGE:$CI_COMMIT_SHORT_SHA .
    - docker push $IMAGE:$CI_COMMIT_SHORT_SHA

deploy:
  stage: deploy
  image: bitnami/kubectl:«L:version»
  script:
    - kubectl --server=https://«ip4:kube_api»:6443 --token="$KUBE_TOKEN" --insecure-skip-tls-verify -n $SELDON_NAMESPACE apply -f seldon/deployment.yaml
    - curl -s -X POST http://«L:private_ip»:9000/api/v1.0/feedback -H "Authorization: Bearer «k:seldon_feedback_token:an_32»" -d @ci/feedback.json
  only: [main]
  # pinned runner image digest «L:image_digest»
'''))

T.append(("hopsworks_feature_notebook_ipynb", "json", "notebooks/«w:word»_features.ipynb", r'''{
 "cells": [
  {
   "cell_type": "markdown",
   "metadata": {},
   "source": ["# «w:Word» churn features\n", "Author: «e:author_email», last run «L:date»"]
  },
  {
   "cell_type": "code",
   "execution_count": 1,
   "metadata": {},
   "outputs": [
    {"name": "stdout", "output_type": "stream", "text": ["Connected. Call `.close()` to terminate connection gracefully.\n", "Logged in to project, explore it here https://«ip4:hopsworks_host~hw»/p/«n:100-999»\n"]}
   ],
   "source": [
    "import hopsworks\n",
    "project = hopsworks.login(host=\"«=:hw»\", project=\"«w:word»_churn\",\n",
    "                          api_key_value=\"«k:hopsworks_api_key:«w:an16».+an_64»\")\n",
    "fs = project.get_feature_store()"
   ]
  },
  {
   "cell_type": "code",
   "execution_count": 2,
   "metadata": {},
   "outputs": [],
   "source": [
    "# snowflake source for the raw events\n",
    "sf = {\"account\": \"«w:uan8»-«w:uan7»\", \"user\": \"HOPS_LOADER\", \"password\": \"«p:snowflake_password:quoted»\"}\n",
    "events = fs.get_or_create_feature_group(name=\"events\", version=1, primary_key=[\"event_id\"])"
   ]
  },
  {
   "cell_type": "code",
   "execution_count": 3,
   "metadata": {},
   "outputs": [
    {"data": {"text/plain": ["FeatureGroup(id=«n:1000-9999», name='events', version=1, created='«L:timestamp»')"]}, "execution_count": 3, "metadata": {}, "output_type": "execute_result"}
   ],
   "source": ["events"]
  }
 ],
 "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"}, "language_info": {"name": "python", "version": "3.10.«n:1-14»"}},
 "nbformat": 4,
 "nbformat_minor": 5
}
'''))

T.append(("pachyderm_github_actions_yml", "yaml", ".github/workflows/pachyderm-pipelines.yml", r'''name: Update Pachyderm pipelines
on:
  push:
    branches: [main]
    paths: ["pipelines/**"]

env:
  PACHD_ADDRESS: grpcs://«ip4:pachd_address»:30650
  # the token below was pasted during the migration on «L:date_us»; use secrets.PACH_TOKEN instead
  PACH_TOKEN_FALLBACK: «k:pach_token:hex_32»

jobs:
  deploy:
    runs-on: ubuntu-22.04
    steps:
      - uses: actions/checkout@«L:git_commit»
      - name: Install pachctl
        run: |
          curl -o /tmp/pachctl.deb -L https://github.com/pachyderm/pachyderm/releases/download/v«L:version~pv»/pachctl_«=:pv»_amd64.deb
          echo "«L:sha256_checksum»  /tmp/pachctl.deb" | sha256sum -c -
          sudo dpkg -i /tmp/pachctl.deb
      - name: Connect
        run: |
          echo '{"pachd_address": "${{ env.PACHD_ADDRESS }}"}' | pachctl config set context ci --overwrite
          pachctl config set active-context ci
          echo "${{ secrets.PACH_TOKEN }}" | pachctl auth use-auth-token
      - name: Create secrets
        run: |
          pachctl create secret -f - <<EOF
          {"kind": "Secret", "apiVersion": "v1", "metadata": {"name": "warehouse"},
           "stringData": {"PGPASSWORD": "«p:warehouse_pg_password:quoted»", "PGHOST": "«ip4:warehouse_host»"}}
          EOF
      - name: Update
        run: pachctl update pipeline -f pipelines/edges.json --reprocess
      - name: Notify
        if: failure()
        run: curl -s -X POST -H 'Content-type: application/json' --data '{"text":"pachyderm deploy failed"}' https://hooks.slack.com/services/T«w:uan8»/B«w:uan10»/«k:slack_webhook_secret:an_24»
# maintainers: «e:maintainer_1», «e:maintainer_2»
'''))

T.append(("jabref_prefs_xml", "xml", "jabref-preferences-«w:word».xml", r'''<?xml version="1.0" encoding="UTF-8" standalone="no"?>
<!DOCTYPE preferences SYSTEM "http://java.sun.com/dtd/preferences.dtd">
<!-- JabRef preferences export of «w:First» («L:date»), shared library of the «w:Word» lab -->
<preferences EXTERNAL_XML_VERSION="1.0">
  <root type="user">
    <map/>
    <node name="org">
      <map/>
      <node name="jabref">
        <map>
          <entry key="sharedDatabaseType" value="PostgreSQL"/>
          <entry key="sharedDatabaseHost" value="«ip4:shared_db_host»"/>
          <entry key="sharedDatabasePort" value="5432"/>
          <entry key="sharedDatabaseName" value="«w:word»_library"/>
          <entry key="sharedDatabaseUser" value="jabref"/>
          <entry key="sharedDatabasePassword" value="«p:shared_db_password:quoted»"/>
          <entry key="sharedDatabaseRememberPassword" value="true"/>
          <entry key="proxyHostname" value="«ip4:proxy_host»"/>
          <entry key="proxyUsername" value="«e:proxy_username»"/>
          <entry key="proxyPassword" value="«p:proxy_password:quoted»"/>
          <entry key="springerApiKey" value="«k:springer_api_key:hex_32»"/>
          <entry key="defaultOwner" value="«w:first»"/>
          <entry key="lastUsedExport" value="«L:doi»"/>
          <entry key="emailSubject" value="References"/>
          <entry key="orcid" value="«L:orcid»"/>
        </map>
      </node>
    </node>
  </root>
</preferences>
'''))

T.append(("opencpu_r_script", "r", "R/score_batch.R", r'''# Score a batch against the OpenCPU server of the «w:Word» stats unit
# «w:first» «w:last», «L:date» -- questions to «e:stats_unit_email»
library(httr)
library(jsonlite)

ocpu_base <- "https://«ip4:opencpu_host»/ocpu/library/«w:word»model/R/score/json"
# basic auth in front of OpenCPU (nginx)
ocpu_user <- "scorer"
ocpu_pass <- Sys.getenv("OCPU_PASS", unset = "«p:ocpu_password:quoted»")

dbcon <- DBI::dbConnect(RPostgres::Postgres(),
                        host = "«ip4:warehouse_host»", dbname = "warehouse",
                        user = "r_reader", password = "«p:warehouse_password:quoted»")
batch <- DBI::dbGetQuery(dbcon, "select * from scoring_queue where created > '«L:date»'")

res <- POST(ocpu_base, authenticate(ocpu_user, ocpu_pass),
            body = list(x = toJSON(batch)), encode = "json",
            add_headers(`X-Api-Key` = "«k:opencpu_api_key:an_32»"))
stop_for_status(res)
scores <- fromJSON(content(res, "text"))
# session key of the last call, for debugging: «L:session_id=x0«w:hex9»»
write.csv(scores, sprintf("scores_%s.csv", format(Sys.Date())), row.names = FALSE)
# sftp upload to «ip:partner_sftp» handled by cron (see crontab of «w:first»)
'''))

T.append(("gollum_config_rb", "ruby", "config.rb", r'''# Gollum wiki config for the «w:word» handbook (run: gollum --config config.rb)
require 'omnigollum'
require 'omniauth-github'
require 'omniauth-google-oauth2'

wiki_options = {
  :live_preview => false,
  :allow_uploads => true,
  :per_page_uploads => true,
  :h1_title => true,
}
Precious::App.set(:wiki_options, wiki_options)

options = {
  :providers => Proc.new do
    provider :github, '«L:client_id»', '«k:github_client_secret:hex_40»'
    provider :google_oauth2, '«L:google_client_id»', '«k:google_client_secret:GOCSPX-+b64u_21»'
  end,
  :dummy_auth => false,
  :protected_routes => ['/private*', '/edit/*', '/create/*', '/delete/*'],
  :author_format => Proc.new { |user| user.name },
  :author_email => Proc.new { |user| user.email },
  :authorized_users => ['«e:authorized_user_1»', '«e:authorized_user_2»', '«e:authorized_user_3»'],
}
Precious::App.set(:omnigollum, options)
Precious::App.register Omnigollum::Sinatra

# session cookies
Precious::App.set(:session_secret, '«k:session_secret:hex_128»')
# git push mirror (deploy key lives in ~/.ssh); mirror host «ip:mirror_host»
# example login from the README that we do NOT use: «L:reserved_email» / «L:placeholder=letmein»
'''))
