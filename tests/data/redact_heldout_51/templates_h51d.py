# Templates for held-out set 51, part d (small web apps, data dumps, security tooling). Imports nothing.
T = []


def t(name, lang, path, text):
    T.append((name, lang, path, text))


t("misago_issue_md", "markdown", "issues/«n:1200-2400».md", """### Login with e-mail fails after upgrade to «L:version»

**Reported by** @«w:first» on «L:date»

After upgrading Misago the login form returns 500. My `.env` (I know, I know - I'll rotate everything):

```
MISAGO_SECRET_KEY=«k:misago_secret_key:django»
POSTGRES_USER=misago
POSTGRES_PASSWORD=«p:postgres_password:ini»
POSTGRES_HOST=«ip4:postgres_host»
MISAGO_EMAIL_HOST_USER=«e:smtp_user»
MISAGO_EMAIL_HOST_PASSWORD=«p:smtp_password:ini»
MISAGO_ADDRESS=https://forum.«w:word».org/
```

Traceback ends with `psycopg2.OperationalError: could not connect to server «ipb:postgres_host_tb»:5432`.
Container id «L:short_sha», image «L:image_digest».

---

**«w:first»** (maintainer) replied:

> Please never paste your env here; I've hidden the comment. The DB host in your traceback («L:private_ip»
> internally) is not the one in the env. Also reset the admin account - you wrote earlier in Discord that it is
> `admin` / `«p:admin_password:prose»`. For the docs the default compose file uses `«L:default_password=misago»` which is fine
> only for local testing. Reporter's e-mail «e:reporter_email» is on file for the follow-up.
""")

t("question2answer_qa_config_php", "php", "qa-config.php", """<?php
/*
	Question2Answer «L:version» - qa-config.php for «w:word» answers («L:date»)
*/
	define('QA_MYSQL_HOSTNAME', '«ip4:mysql_host»');
	define('QA_MYSQL_PORT', '3306');
	define('QA_MYSQL_USERNAME', 'q2a');
	define('QA_MYSQL_PASSWORD', '«p:mysql_password:quoted»');
	define('QA_MYSQL_DATABASE', 'q2a_«w:word»');
	define('QA_MYSQL_TABLE_PREFIX', 'qa_');

	define('QA_EXTERNAL_USERS', false);
	define('QA_HTML_COMPRESSION', true);
	define('QA_DEBUG_PERFORMANCE', false);
	define('QA_ALLOW_UNINDEXED_QUERIES', false);

	// SMTP is set in the admin panel; copied here by «w:first» for the migration notes:
	// smtp user «e:smtp_user», password «p:smtp_password:plain»
	// reCAPTCHA keys: public «L:site_key=6L«w:an38»» private «k:recaptcha_secret:6L+b64u.28»
	// old server «L:private_ip», new «ip:new_server_ip»
""")

t("heyform_env", "env", "heyform/.env", """# HeyForm self-hosted («L:date»)
APP_HOMEPAGE_URL=https://forms.«w:word».io
SESSION_KEY=«k:session_key:an.48»
FORM_ENCRYPTION_KEY=«k:form_encryption_key:hex.64»
MONGO_URI='mongodb://heyform:«p:mongo_password:url»@«ip4:mongo_host»:27017/heyform?authSource=admin'
REDIS_HOST=«L:private_ip»
REDIS_PORT=6379
REDIS_PASSWORD=«p:redis_password:ini»
SMTP_FROM="«w:Word» Forms <«e:smtp_from»>"
SMTP_HOST=smtp.«w:word».io
SMTP_PORT=465
SMTP_USER=«e:smtp_user»
SMTP_PASSWORD=«p:smtp_password:ini»
SMTP_SECURE=true
GOOGLE_RECAPTCHA_KEY=«L:site_key=6L«w:an38»»
GOOGLE_RECAPTCHA_SECRET=«k:recaptcha_secret:6L+b64u.28»
STRIPE_PUBLISHABLE_KEY=«L:publishable_key=pk_test_«w:an24»»
STRIPE_SECRET_KEY=«k:stripe_secret_key:sk_test_+an.24»
# instance id «L:instance_uuid»
""")

t("heyform_submissions_csv", "csv", "exports/«w:word»-signup-«n:2024-2026»-«n:10-12».csv", """submission_id,submitted_at,name,email,ip,country,answer_team_size,answer_referrer
«L:submission_uuid»,«L:timestamp»,«w:First» «w:Last»,«e:respondent_email»,«ip:respondent_ip»,MK,3,newsletter
«L:submission_uuid»,«L:timestamp»,«w:First» «w:Last»,«e:respondent_email»,«ip:respondent_ip»,TR,12,search
«L:submission_uuid»,«L:timestamp»,«w:First» «w:Last»,«e:respondent_email»,«ip:respondent_ip»,VN,1,friend
«L:submission_uuid»,«L:timestamp»,«w:First» «w:Last»,«L:reserved_email»,«L:documentation_ip»,--,0,test row (delete)
«L:submission_uuid»,«L:timestamp»,«w:First» «w:Last»,«e:respondent_email»,«ip:respondent_ip»,KZ,40,conference
«L:submission_uuid»,«L:timestamp»,«w:First» «w:Last»,«e:respondent_email»,«ip:respondent_ip»,TH,7,
""")

t("traggo_env", "env", "traggo/.env", """# traggo server («L:date»)
TRAGGO_PORT=3030
TRAGGO_LOG_LEVEL=info
TRAGGO_DEFAULT_USER_NAME=«w:first»
TRAGGO_DEFAULT_USER_PASS=«p:default_user_pass:ini»
TRAGGO_PASS_STRENGTH=10
TRAGGO_DATABASE_DIALECT=sqlite3
TRAGGO_DATABASE_CONNECTION=data/traggo.db
# nightly export to the NAS (smb://backup:«p:smb_password:url»@«ipb:nas_ip»/traggo)
# reverse proxy at «ip4:proxy_ip», internal «L:private_ip»
# first-run password printed in the log was «L:generated_password_shown_once=«w:an12»» (already changed)
""")

t("hakatime_compose_yml", "yaml", "hakatime/docker-compose.yml", """version: "3"
# Hakatime (WakaTime-compatible server) - «w:word» team («L:date»)
services:
  server:
    image: mujx/hakatime:latest
    environment:
      HAKA_DB_HOST: haka_db
      HAKA_DB_PORT: 5432
      HAKA_DB_NAME: hakatime
      HAKA_DB_USER: hakatime
      HAKA_DB_PASS: «p:db_password:yaml~hdb»
      HAKA_BADGE_URL: "https://haka.«w:word».dev"
      HAKA_PORT: 8080
      HAKA_SHIELDS_IO_URL: "https://img.shields.io"
      HAKA_ENABLE_REGISTRATION: "false"
      GITHUB_TOKEN: «k:github_token:ghp_+an.36»
    ports:
      - "«L:loopback_ip»:8080:8080"
  haka_db:
    image: postgres:«n:12-16»-alpine
    environment:
      POSTGRES_DB: hakatime
      POSTGRES_USER: hakatime
      POSTGRES_PASSWORD: «=hdb»
# editors use api_key = «k:haka_api_key:uuid» in ~/.wakatime.cfg (api_url https://haka.«w:word».dev/api)
# old box «ip:old_host_ip» decommissioned; image digest «L:image_digest»
""")

t("solidtime_env", "env", "solidtime/laravel.env", """APP_NAME="solidtime"
APP_ENV=production
APP_KEY=base64:«k:app_key:b64.32»
APP_DEBUG=false
APP_URL=https://time.«w:word».eu
APP_FORCE_HTTPS=true
TRUSTED_PROXIES="«L:private_ip»,«ip4:trusted_proxy»"
DB_CONNECTION=pgsql
DB_HOST=«ip4:db_host»
DB_PORT=5432
DB_DATABASE=solidtime
DB_USERNAME=solidtime
DB_PASSWORD=«p:db_password:ini»
MAIL_MAILER=smtp
MAIL_HOST=mail.«w:word».eu
MAIL_USERNAME=«e:mail_username»
MAIL_PASSWORD=«p:mail_password:ini»
MAIL_FROM_ADDRESS="«e:mail_from»"
PASSPORT_PRIVATE_KEY_PASSPHRASE=«p:passport_passphrase:ini»
SUPER_ADMINS="«e:super_admin_email»"
# app version «L:version», deployed «L:timestamp»
""")

t("astuto_install_md", "markdown", "docs/self-hosting.md", """# Self-hosting Astuto at «w:Word»

These are our notes, written «L:date». The upstream example `.env` uses placeholders:

```
POSTGRES_PASSWORD=«L:placeholder=yourpassword»
SECRET_KEY_BASE=«L:placeholder=<generate with rails secret>»
EMAIL_SMTP_PASS=«L:placeholder=<your-smtp-password>»
```

Our production values (vault copy is authoritative, this page is internal):

```
BASE_URL=https://feedback.«w:word».app
POSTGRES_USER=astuto
POSTGRES_PASSWORD=«p:postgres_password:ini»
SECRET_KEY_BASE=«k:secret_key_base:hex.128»
EMAIL_CONFIRMATION=true
EMAIL_MAIL_FROM=«e:mail_from»
EMAIL_SMTP_HOST=smtp.«w:word».app
EMAIL_SMTP_USER=«e:smtp_user»
EMAIL_SMTP_PASS=«p:smtp_password:ini»
```

The staging box is «ip:staging_ip» (internal «L:private_ip»). The first admin is «e:admin_email»; their
temporary password was «p:admin_temp_password:prose» and they were asked to change it on first login.
Compose file checksum: «L:sha256_checksum».
""")

t("opendcim_sql_dump", "sql", "backup/opendcim-«n:2024-2026».sql", """-- MySQL dump «L:version»  Host: «L:loopback_ip»    Database: dcim
-- Dump completed on «L:date»
LOCK TABLES `fac_Config` WRITE;
INSERT INTO `fac_Config` VALUES ('SMTPServer','smtp.«w:word».net','','string','localhost'),('SMTPPort','587','','int','25'),('SMTPUser','«e:smtp_user»','','string',''),('SMTPPassword','«p:smtp_password:quoted»','','string',''),('FacMgrMail','«e:facmgr_email»','','string','«L:reserved_email»'),('LDAPServer','«ip4:ldap_server»','','string',''),('LDAPBindPassword','«p:ldap_bind_password:quoted»','','string','');
UNLOCK TABLES;
LOCK TABLES `fac_People` WRITE;
INSERT INTO `fac_People` VALUES (1,'«w:first»','«w:First»','«w:Last»','«e:person_email»','',1,1,1,1,1,1,1,0,0,0,'«L:date»'),(2,'«w:first»','«w:First»','«w:Last»','«e:person_email»','',0,1,0,0,0,0,0,0,0,0,'«L:date»');
UNLOCK TABLES;
LOCK TABLES `fac_Device` WRITE;
INSERT INTO `fac_Device` VALUES (101,'«w:word»-pdu-a','«ip4:pdu_ip»','«L:snmp_community_default=public»',2,'«L:mac_address»'),(102,'«w:word»-core','«L:private_ip»','«p:snmp_community:quoted»',3,'«L:mac_address»');
UNLOCK TABLES;
""")

t("grr_server_local_yaml", "yaml", "/etc/grr/server.local.yaml", """# GRR Rapid Response server config («w:word» IR team, generated «L:timestamp»)
Database.implementation: MysqlDB
Mysql.host: «ip4:mysql_host»
Mysql.port: 3306
Mysql.database: grr
Mysql.username: grr
Mysql.password: «p:mysql_password:yaml»
AdminUI.url: https://grr.«w:word».net:8000
AdminUI.port: 8000
AdminUI.bind: «L:unspecified_ipv6»
AdminUI.csrf_secret_key: «k:csrf_secret_key:an.50»
Client.server_urls:
  - http://«ip4:frontend_ip»:8080/
Frontend.bind_address: «L:unspecified_ip»
Logging.domain: «w:word».net
Monitoring.alert_email: «e:alert_email»
Monitoring.emergency_access_email: «e:emergency_email»
Client.executable_signing_public_key: |
  (public key omitted)
PrivateKeys.executable_signing_private_key: |
  «k:executable_signing_private_key:RSA PRIVATE KEY+pem.600.2»
Server.initialized: true
# first admin created with: grr_config_updater add_user admin --password «p:admin_password:shell»
""")

t("nuclei_provider_config_yaml", "yaml", "~/.config/nuclei/provider-config.yaml", """# nuclei «L:version» cloud/uncover provider keys («w:first», «L:date»)
shodan:
  - «k:shodan_key:an.32»
censys:
  - «k:censys_id:uuid»:«k:censys_secret:an.32»
fofa:
  - «e:fofa_email»:«k:fofa_key:hex.32»
hunter:
  - «k:hunter_key:hex.64»
zoomeye:
  - «k:zoomeye_key:uuid»
# scope for the «w:word» engagement: «ip4:scope_ip», «ip:scope_ip» (test range «L:documentation_ip» is out)
# templates pinned at «L:git_commit»
""")

t("zap_automation_yaml", "yaml", "zap/«w:word»-af-plan.yaml", """env:
  contexts:
    - name: «w:word»-portal
      urls:
        - https://portal.«w:word».com
      includePaths:
        - https://portal.«w:word».com/.*
      authentication:
        method: form
        parameters:
          loginPageUrl: https://portal.«w:word».com/login
          loginRequestUrl: https://portal.«w:word».com/api/session
          loginRequestBody: "username={%username%}&password={%password%}"
      users:
        - name: tester
          credentials:
            username: «e:test_user_email»
            password: «p:test_user_password:yaml»
        - name: admin-tester
          credentials:
            username: «e:admin_test_email»
            password: «p:admin_test_password:yaml»
  parameters:
    failOnError: true
    progressToStdout: true
jobs:
  - type: spider
    parameters:
      maxDuration: 5
  - type: activeScan
    parameters:
      maxRuleDurationInMins: 2
  - type: report
    parameters:
      reportDir: /zap/wrk/
# run with: zap.sh -cmd -autorun plan.yaml -config api.key=«k:zap_api_key:lan.26» -host «L:unspecified_ip»
# target allow-listed from «ip4:scanner_ip» only («L:date»)
""")

t("caldera_local_yml", "yaml", "caldera/conf/local.yml", """ability_refresh: 60
api_key_blue: «k:api_key_blue:an.32»
api_key_red: «k:api_key_red:an.32»
app.contact.dns.domain: mycaldera.caldera
app.contact.dns.socket: «L:unspecified_ip»:8853
app.contact.gist: «L:placeholder=API_KEY»
app.contact.http: http://«ip4:contact_ip»:8888
app.contact.tcp: «L:unspecified_ip»:7010
app.contact.udp: «L:unspecified_ip»:7011
app.contact.websocket: «L:unspecified_ip»:7012
crypt_salt: «k:crypt_salt:an.32»
encryption_key: «k:encryption_key:an.32»
exfil_dir: /tmp/caldera
host: «L:unspecified_ip»
plugins:
- access
- atomic
- compass
- debrief
- fieldmanual
- manx
- response
- sandcat
- stockpile
- training
port: 8888
reports_dir: /tmp
requirements:
  go:
    command: go version
    type: installed_program
    version: 1.«n:19-23»
users:
  blue:
    blue: «p:blue_password:yaml»
  red:
    admin: «p:red_admin_password:yaml»
    red: «p:red_password:yaml»
# exercise «L:date», range «L:private_ip»; default creds in upstream docs: «L:default_password=admin»
""")

t("gophish_sending_profile_json", "json", "gophish/exports/sending_profile_«n:1-40».json", """{
  "id": «n:1-40»,
  "name": "«w:Word» awareness Q«n:1-4»",
  "interface_type": "SMTP",
  "from_address": "IT Service Desk <«e:from_address»>",
  "host": "«ip4:smtp_relay»:587",
  "username": "«e:smtp_username»",
  "password": "«p:smtp_password:json»",
  "ignore_cert_errors": false,
  "headers": [
    {"key": "X-Campaign-Ref", "value": "«L:campaign_uuid»"},
    {"key": "X-Mailer", "value": "Microsoft Outlook 16.0"}
  ],
  "modified_date": "«L:timestamp»",
  "_notes": "admin UI at https://«L:loopback_ip»:3333, admin api key «k:gophish_api_key:hex.64»; landing page server «ip:landing_ip»"
}
""")

t("beef_config_yaml", "yaml", "beef/config.yaml", """# BeEF «L:version» - lab instance for the «w:word» browser security course («L:date»)
beef:
    version: '«L:version»'
    debug: false
    credentials:
        user:   "«w:first»"
        passwd: "«p:ui_password:quoted»"
    restrictions:
        permitted_hooking_subnet: ["«L:private_ip»/24", "«ip4:lab_public_ip»/32"]
        permitted_ui_subnet: ["«L:loopback_ip»/32", "«L:private_ip»/24"]
    http:
        host: "«L:unspecified_ip»"
        port: "3000"
        public:
            host: "«ip4:public_host»"
            port: "443"
            https: true
        hook_file: "/hook.js"
        hook_session_name: "BEEFHOOK"
    database:
        file: "beef.db"
    extension:
        admin_ui:
            base_path: "/ui"
        notifications:
            email:
                enable: true
                from_address: "«e:notify_from»"
                to_address: "«e:notify_to»"
                smtp_host: "«ip:smtp_host»"
                smtp_password: "«p:smtp_password:quoted»"
    # REST API token printed at startup looks like «L:placeholder=<beef-api-token>»
""")

t("mythic_env", "env", "Mythic/.env", """ALLOWED_IP_BLOCKS="«L:private_ip»/16,«ip4:allowed_block_ip»/32"
COMPOSE_PROJECT_NAME=mythic
DEBUG_LEVEL=warning
DEFAULT_OPERATION_NAME="«w:Word» Purple Team"
DOCUMENTATION_HOST=mythic_documentation
HASURA_SECRET="«k:hasura_secret:an.30»"
JWT_SECRET="«k:jwt_secret:an.30»"
MYTHIC_ADMIN_PASSWORD="«p:admin_password:ini»"
MYTHIC_ADMIN_USER="mythic_admin"
MYTHIC_SERVER_BIND_LOCALHOST_ONLY="true"
MYTHIC_SERVER_HOST=«L:loopback_ip»
NGINX_PORT=7443
POSTGRES_PASSWORD="«p:postgres_password:ini»"
RABBITMQ_PASSWORD="«p:rabbitmq_password:ini»"
# operator invites sent to «e:operator_email» on «L:date»
# external redirector «ip:redirector_ip»; Mythic build «L:short_sha»
""")

t("havoc_profile_yaotl", "text", "profiles/«w:word».yaotl", """Teamserver {
    Host = "«L:unspecified_ip»"
    Port = 40056

    Build {
        Compiler64 = "data/x86_64-w64-mingw32-cross/bin/x86_64-w64-mingw32-gcc"
        Nasm = "/usr/bin/nasm"
    }
}

Operators {
    user "«w:first»" {
        Password = "«p:operator_password:quoted»"
    }
    user "«w:first»" {
        Password = "«p:operator_password:quoted»"
    }
}

Listeners {
    Http {
        Name         = "«w:word»-https"
        Hosts        = ["«ip4:listener_host»"]
        HostBind     = "«L:unspecified_ip»"
        HostRotation = "round-robin"
        PortBind     = 443
        PortConn     = 443
        Secure       = true
        UserAgent    = "Mozilla/5.0 (Windows NT 10.0; Win64; x64)"
    }
}

WebHook {
    Discord {
        Url = "https://discord.com/api/webhooks/«L:discord_id»/«k:discord_webhook_token:b64u.51»"
        User = "Havoc"
    }
}
// engagement «L:date», scope owner «e:scope_owner_email»
""")

t("nfdump_flows_txt", "text", "reports/nfdump-«w:word»-«n:1-28».txt", """$ nfdump -R /var/cache/nfdump/«w:word» -o extended -c 8 'not net «L:private_ip»/8'
Date first seen             Event  XEvent Proto      Src IP Addr:Port          Dst IP Addr:Port   X-Src IP Addr:Port        X-Dst IP Addr:Port   In Byte Out Byte
«L:date» «L:log_time».«n:100-999» INVALID  Ignore TCP   «ip4:src_ip»:«n:1024-65000» ->   «ip4:dst_ip»:443   «L:unspecified_ip»:0     ->   «L:unspecified_ip»:0    «n:100-9000»    «n:100-9000»
«L:date» «L:log_time».«n:100-999» INVALID  Ignore UDP   «ip4:src_ip»:«n:1024-65000» ->   «ip4:dst_ip»:53    «L:unspecified_ip»:0     ->   «L:unspecified_ip»:0    «n:60-200»      «n:60-400»
«L:date» «L:log_time».«n:100-999» INVALID  Ignore TCP   «ip4:src_ip»:«n:1024-65000» ->   «ip4:dst_ip»:22    «L:unspecified_ip»:0     ->   «L:unspecified_ip»:0    «n:100-9000»    «n:100-9000»
«L:date» «L:log_time».«n:100-999» INVALID  Ignore TCP6  [«ip6:src_ipv6»]:«n:1024-65000» -> [«ip6:dst_ipv6»]:443   «L:unspecified_ip»:0     ->   «L:unspecified_ip»:0    «n:100-9000»    «n:100-9000»
Summary: total flows: 4, total bytes: «n:2000-90000», total packets: «n:20-900»
$ # pushed to the analyst share:
$ sshpass -p '«p:share_password:shell»' scp nfdump-«w:word».txt analyst@«ip4:share_host»:/reports/
$ # escalated to «e:abuse_contact» (case «L:case_uuid»)
""")
