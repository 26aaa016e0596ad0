"""Templates for make_heldout_5.py (synthetic contexts written for this set)."""

T = []


def t(name, path, text):
    T.append((name, path, text.lstrip("\n")))


t("java_datasource", "src/main/java/de/nordlicht/lager/DataSourceConfig.java", """
package de.nordlicht.lager;

import javax.sql.DataSource;
import com.zaxxer.hikari.HikariConfig;

/**
 * Verbindung zur Lagerdatenbank. Ansprechpartner: «E:javadoc_email:email»
 * Achtung: Zugangsdaten gehören eigentlich in den Vault («L:secret_ref:=vault:secret/data/lager/db»).
 */
public class DataSourceConfig {
    private static final String JDBC_URL = "jdbc:postgresql://«I:jdbc_ipv4:ip4»:5432/lager?sslmode=require";
    private static final String DB_USER = "lager_app";
    private static final String DB_PASSWORD = "«P:java_const_password:pw»";
    private static final String FALLBACK_HOST = "«L:private_ip:priv4»";

    public DataSource dataSource() {
        HikariConfig cfg = new HikariConfig();
        cfg.setJdbcUrl(JDBC_URL);
        cfg.setUsername(DB_USER);
        cfg.setPassword(DB_PASSWORD);
        cfg.addDataSourceProperty("applicationName", "lager-«L:version_string:version4»");
        return new com.zaxxer.hikari.HikariDataSource(cfg);
    }
}
""")

t("kotlin_client", "app/src/main/kotlin/io/vireo/sync/ApiClient.kt", """
package io.vireo.sync

import okhttp3.OkHttpClient
import okhttp3.Request

// TODO(«E:comment_email:email»): move the token to BuildConfig / local.properties
object ApiClient {
    private const val BASE_URL = "https://[«I:url_ipv6:ip6»]:8443/api/v2"
    private const val GITHUB_TOKEN = "«K:github_pat:gh_pat»"
    private const val PLACEHOLDER = "«L:placeholder:=<paste-your-token-here>»"
    val requestId = "«L:uuid:uuid»"

    fun build(): Request = Request.Builder()
        .url("$BASE_URL/sync")
        .header("Authorization", "token $GITHUB_TOKEN")
        .build()
}
""")

t("scala_kafka", "src/main/scala/com/tallgrass/ingest/KafkaSettings.scala", """
package com.tallgrass.ingest

import java.util.Properties

object KafkaSettings {
  // bootstrap brokers (prod), owner «E:comment_email:email»
  val brokers = "«I:broker_ipv4:ip4#a»:9093,«I:broker_ipv4:ip4#b»:9093"

  def props: Properties = {
    val p = new Properties()
    p.put("bootstrap.servers", brokers)
    p.put("security.protocol", "SASL_SSL")
    p.put("sasl.mechanism", "SCRAM-SHA-512")
    p.put("sasl.jaas.config",
      "org.apache.kafka.common.security.scram.ScramLoginModule required username=\\"ingest\\" password=\\"«P:jaas_password:pw»\\";")
    p.put("schema.registry.url", "https://«L:private_ip:priv4»:8081")
    p
  }
}
""")

t("go_main", "cmd/relay/main.go", """
package main

import (
	"database/sql"
	"log"
	"os"

	_ "github.com/go-sql-driver/mysql"
)

// Kontakt bei Problemen: «E:comment_email:email»
const dsn = "relay:«P:dsn_password:pw»@tcp(«I:dsn_ipv4:ip4»:3306)/relay?parseTime=true"

var stripeKey = "«K:stripe_secret_key:stripe_sk»"

func main() {
	apiKey := os.Getenv("RELAY_API_KEY") // «L:env_reference:=os.Getenv("RELAY_API_KEY")»
	_ = apiKey
	db, err := sql.Open("mysql", dsn)
	if err != nil {
		log.Fatalf("open: %v", err)
	}
	defer db.Close()
	log.Printf("listening on %s", "«L:unspecified_ip:=0.0.0.0»:8080")
	log.Printf("build %s", "«L:git_sha:sha1»")
}
""")

t("go_test_fixture", "internal/notify/slack_test.go", """
package notify

import "testing"

func TestWebhook(t *testing.T) {
	// echter Webhook aus dem Ops-Kanal, bitte nicht committen
	url := "https://hooks.slack.com/services/«K:slack_webhook:slack_hook»"
	fake := "https://hooks.slack.com/services/«L:placeholder:=TXXXXXXXX/BXXXXXXXX/XXXXXXXXXXXXXXXXXXXXXXXX»"
	bot := "«K:slack_bot_token:slack_bot»"
	if url == fake || bot == "" {
		t.Fatal("unexpected")
	}
}
""")

t("rust_config", "src/config.rs", """
//! 設定の読み込み。連絡先: «E:comment_email:email»
use std::env;

pub struct Config {
    pub redis_url: String,
    pub hf_token: String,
}

impl Default for Config {
    fn default() -> Self {
        Config {
            redis_url: "redis://:«P:url_password:pw»@«I:url_ipv4:ip4»:6379/0".to_string(),
            // 本番トークン(後で消す)
            hf_token: "«K:hf_token:hf»".to_string(),
        }
    }
}

pub fn from_env() -> Config {
    let mut c = Config::default();
    if let Ok(t) = env::var("HF_TOKEN") { c.hf_token = t; }
    c
}

#[cfg(test)]
mod tests {
    const DUMMY: &str = "«L:placeholder:=hf_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx»";
    const CHECKSUM: &str = "«L:sha256:sha256»";
}
""")

t("cpp_mqtt", "src/mqtt_bridge.cpp", """
// Brücke zwischen MQTT und AMQP.  Autor: «E:comment_email:email»
#include <mqtt/async_client.h>
#include <string>

namespace {
const std::string kBroker = "ssl://«I:broker_ipv4:ip4»:8883";
const std::string kUser = "bridge";
const std::string kPass = "«P:cpp_const_password:pw»";
const char* kAmqpUrl = "amqps://bridge:«P:url_password:pw»@«I:url_ipv4:ip4»:5671/%2Fprod";
const char* kLocalGw = "«L:private_ip:priv4»";
const char* kFirmware = "«L:version_string:version4»";
}  // namespace

int main() {
    mqtt::connect_options opts;
    opts.set_user_name(kUser);
    opts.set_password(kPass);
    return 0;
}
""")

t("swift_keys", "Sources/App/Secrets.swift", """
import Foundation

/// Schlüssel für den Staging-Build. Fragen an «E:comment_email:email»
enum Secrets {
    static let mapboxSecret = "«K:mapbox_secret_token:mapbox_sk»"
    static let googleMapsKey = "«K:google_api_key:google_api»"
    static let sentryDsnPublic = "«L:sentry_public_key:md5»"
    static let stripePublishable = "«L:publishable_key:pk_live»"
    static let apiHost = "«I:ipv4:ip4»"
    static let deviceId = "«L:uuid:uuid»"
}
""")

t("php_config", "config/database.php", """
<?php
// Konfiguration der Datenbank – Verantwortlich: «E:comment_email:email»
return [
    'default' => 'mysql',
    'connections' => [
        'mysql' => [
            'driver'   => 'mysql',
            'host'     => '«I:php_ipv4:ip4»',
            'port'     => 3306,
            'database' => 'shop',
            'username' => 'shop_rw',
            'password' => '«P:php_array_password:pw»',
        ],
        'replica' => [
            'host'     => '«L:private_ip:priv4»',
            'password' => env('DB_REPLICA_PASSWORD'),
        ],
    ],
    'mail' => ['from' => '«L:reserved_email:res_email»'],
    'mailgun_secret' => '«K:mailgun_key:mailgun»',
];
""")

t("perl_ldap", "bin/sync_ldap.pl", """
#!/usr/bin/perl
use strict;
use warnings;
use Net::LDAP;

# Verzeichnisabgleich, Betreuer: «E:comment_email:email»
my $ldap = Net::LDAP->new('ldaps://«I:ldap_ipv4:ip4»:636') or die "$@";
my $mesg = $ldap->bind('cn=sync,ou=services,dc=oakridge,dc=org',
                       password => '«P:perl_bind_password:pw»');
my $backup = '«L:private_ip:priv4»';
my $smtp_pass = "«P:perl_password:pw»";
print "ok\\n" unless $mesg->code;
""")

t("lua_nginx", "lua/auth.lua", """
-- OpenResty-Authentifizierung.  Kontakt: «E:comment_email:email»
local redis = require "resty.redis"
local red = redis:new()
local ok, err = red:connect("«I:ipv4:ip4»", 6379)
local res, err = red:auth("«P:lua_call_password:pw»")

local config = {
  upstream = "«L:loopback_ip:=127.0.0.1»:9000",
  api_key = "«K:openai_key:openai»",
  placeholder = "«L:placeholder:=sk-...»",
  checksum = "«L:md5:md5»",
}
return config
""")

t("r_script", "analysis/fetch_data.R", """
# Datenabzug für den Quartalsbericht
# Ansprechpartnerin: «E:comment_email:email»
library(DBI)
library(RPostgres)

con <- dbConnect(RPostgres::Postgres(),
                 host = "«I:r_ipv4:ip4»",
                 dbname = "warehouse",
                 user = "analyst",
                 password = "«P:r_call_password:pw»")
Sys.setenv(AWS_ACCESS_KEY_ID = "«K:aws_access_key_id:aws_id»",
           AWS_SECRET_ACCESS_KEY = "«K:aws_secret_access_key:aws_secret»")
# Beispiel aus der AWS-Doku: «L:aws_example_key:=AKIAIOSFODNN7EXAMPLE»
df <- dbGetQuery(con, "SELECT * FROM sales WHERE region = 'EMEA'")
""")

t("gradle_props", "gradle.properties", """
# Gradle-Einstellungen
org.gradle.jvmargs=-Xmx4g
mavenUser=deploy-bot
mavenPassword=«P:properties_password:pw»
artifactory_apiKey=«K:jfrog_token:jfrog»
signing.keyId=«L:key_id:=24875D73»
signing.password=«P:properties_password:pw»
signing.secretKeyRingFile=/home/ci/.gnupg/secring.gpg
sonar.host.url=http://«L:private_ip:priv4»:9000
""")

t("gradle_kts", "build.gradle.kts", """
plugins { `maven-publish` }

publishing {
    repositories {
        maven {
            url = uri("https://nexus.cobaltmesa.net/repository/releases/")
            credentials {
                username = "ci-publisher"
                password = "«P:gradle_password:pw»"
            }
        }
        maven {
            url = uri("https://maven.pkg.github.com/cobaltmesa/core")
            credentials {
                username = System.getenv("GITHUB_ACTOR")
                password = "«K:github_token:gh_pat»"
            }
        }
    }
}
// safe: «L:env_reference:=System.getenv("NEXUS_PASSWORD")»
""")

t("maven_settings", "settings.xml", """
<?xml version="1.0" encoding="UTF-8"?>
<settings xmlns="http://maven.apache.org/SETTINGS/1.0.0">
  <servers>
    <server>
      <id>internal-releases</id>
      <username>deployer</username>
      <password>«P:xml_password:pw»</password>
    </server>
    <server>
      <id>github</id>
      <username>«E:xml_email:email»</username>
      <password>«K:github_token:gh_pat»</password>
    </server>
    <server>
      <id>encrypted</id>
      <username>ci</username>
      <password>«L:maven_encrypted:={COQLCE6DU6GtcS5P=}»</password>
    </server>
  </servers>
  <proxies>
    <proxy>
      <host>«I:xml_ipv4:ip4»</host>
      <port>3128</port>
      <username>proxyuser</username>
      <password>«P:xml_password:pw»</password>
    </proxy>
  </proxies>
</settings>
""")

t("npmrc", ".npmrc", """
registry=https://registry.npmjs.org/
//registry.npmjs.org/:_authToken=«K:npm_token:npm»
@vireo:registry=https://npm.pkg.github.com
//npm.pkg.github.com/:_authToken=«K:github_token:gh_pat»
//npm.internal.lan/:_authToken=${NPM_INTERNAL_TOKEN}
email=«E:npmrc_email:email»
; integrity of last publish «L:sri_hash:sri»
""")

t("pypirc", ".pypirc", """
[distutils]
index-servers =
    pypi
    private

[pypi]
username = __token__
password = «K:pypi_token:pypi»

[private]
repository = https://«I:ipv4:ip4»/simple/
username = release
password = «P:ini_password:pw»
""")

t("gem_credentials", ".gem/credentials", """
---
:rubygems_api_key: «K:rubygems_key:rubygems»
:github: Bearer «K:github_token:gh_pat»
""")

t("pip_conf", "pip.conf", """
[global]
timeout = 60
index-url = https://__token__:«K:gitlab_token:gitlab»@gitlab.fjordbyte.no/api/v4/projects/42/packages/pypi/simple
extra-index-url =
    https://build:«P:url_password:pw»@pypi.lumenhaus.ch/simple/
    https://«L:private_ip:priv4»/devpi/root/pypi/+simple/
trusted-host = «I:ipv4:ip4»
""")

t("git_config", ".git/config", """
[core]
	repositoryformatversion = 0
[remote "origin"]
	url = https://oauth2:«K:gitlab_token:gitlab»@gitlab.com/quantapex/billing.git
	fetch = +refs/heads/*:refs/remotes/origin/*
[remote "mirror"]
	url = git@github.com:quantapex/billing.git
[user]
	name = «L:name:=Build Bot»
	email = «E:git_email:email»
[credential "https://github.com"]
	helper = "!f() { echo username=x-access-token; echo password=«K:github_token:gh_oauth»; }; f"
[credential]
	helper = store --file ~/.git-credentials
""")

t("sql_dump_users", "dump/users.sql", """
-- MySQL dump 10.13  Distrib 8.0.36
-- Host: «I:sql_ipv4:ip4»    Database: crm
LOCK TABLES `users` WRITE;
INSERT INTO `users` (`id`, `email`, `password_hash`, `last_ip`) VALUES
(1,'«E:sql_email:email»','«L:bcrypt_hash:bcrypt»','«I:sql_ipv4:ip4»'),
(2,'«E:sql_email:email»','«L:argon2_hash:argon2»','«I:sql_ipv6:ip6»'),
(3,'«L:reserved_email:res_email»','«L:bcrypt_hash:bcrypt»','«L:private_ip:priv4»');
UNLOCK TABLES;
CREATE USER 'reporting'@'%' IDENTIFIED BY '«P:sql_password:pw»';
ALTER USER 'crm_app'@'«L:private_ip:priv4»' IDENTIFIED BY '«P:sql_password:pw»';
""")

t("pg_roles", "db/roles.sql", """
-- Rollen für das Reporting (nicht in Prod ausführen ohne Rücksprache mit «E:sql_email:email»)
CREATE ROLE grafana_ro WITH LOGIN PASSWORD '«P:sql_password:pw»';
ALTER ROLE etl PASSWORD '«P:sql_password:pw»' VALID UNTIL '2027-01-01';
-- Hash-Spalte, kein Klartext:
UPDATE accounts SET pw = '«L:md5_hash:md5»' WHERE id = 7;
COMMENT ON ROLE grafana_ro IS 'read only, password stored in «L:secret_ref:=arn:aws:secretsmanager:eu-central-1:123456789012:secret:grafana-ro-AbCdEf»';
""")

t("app_log", "logs/app.log", """
2026-11-02T08:14:03.118Z INFO  [http-nio-8080-exec-4] c.n.a.LoginController - login ok user=«E:log_email:email» ip=«I:log_ipv4:ip4»
2026-11-02T08:14:05.902Z WARN  [http-nio-8080-exec-7] c.n.a.LoginController - login failed user=«E:log_email:email» ip=«I:log_ipv6:ip6» attempts=3
2026-11-02T08:14:06.004Z DEBUG [pool-2-thread-1] o.a.h.c.HttpClient - POST https://api.sendgrid.com/v3/mail/send Authorization: Bearer «K:sendgrid_key:sendgrid»
2026-11-02T08:14:06.510Z INFO  [main] c.n.a.Health - upstream «L:private_ip:priv4» healthy, build «L:version_string:version4»
2026-11-02T08:14:07.777Z DEBUG [main] c.n.a.Db - connecting with password=«P:log_password:pw» to «I:log_ipv4:ip4»
2026-11-02T08:14:08.000Z INFO  [main] c.n.a.Trace - trace_id=«L:trace_id:trace» span ok
""")

t("java_trace", "logs/stacktrace.txt", """
Exception in thread "main" java.sql.SQLException: Access denied for user 'billing'@'«I:trace_ipv4:ip4»' (using password: YES)
	at com.mysql.cj.jdbc.exceptions.SQLError.createSQLException(SQLError.java:129)
	at com.mysql.cj.jdbc.ConnectionImpl.createNewIO(ConnectionImpl.java:828)
Caused by: java.lang.IllegalStateException: bad url jdbc:mysql://billing:«P:trace_url_password:pw»@«I:trace_ipv4:ip4»:3306/billing
	at de.kaffeerad.billing.Main.main(Main.java:42)
	... 12 more
Reported-By: «E:trace_email:email»
""")

t("python_trace", "logs/worker_error.txt", """
Traceback (most recent call last):
  File "/srv/worker/tasks.py", line 88, in send_report
    smtp.login("reports@kaffeerad.at", "«P:trace_password:pw»")
  File "/usr/lib/python3.12/smtplib.py", line 750, in login
    raise last_exception
smtplib.SMTPAuthenticationError: (535, b'5.7.8 Username and Password not accepted')
During handling, connection to «I:trace_ipv4:ip4»:587 was closed; owner=«E:trace_email:email»
""")

t("har", "captures/checkout.har.json", """
{
  "log": {
    "version": "1.2",
    "creator": {"name": "Firefox", "version": "«L:version_string:version4»"},
    "entries": [
      {
        "startedDateTime": "2026-10-11T09:00:00.000Z",
        "serverIPAddress": "«I:har_ipv4:ip4»",
        "request": {
          "method": "POST",
          "url": "https://api.brightforge.io/v1/checkout",
          "headers": [
            {"name": "Authorization", "value": "Bearer «K:bearer_jwt:jwt»"},
            {"name": "X-Api-Key", "value": "«K:api_key:secret32»"},
            {"name": "Cookie", "value": "sessionid=«K:session_cookie:session»; csrftoken=«L:placeholder:=REDACTED»"},
            {"name": "X-Request-Id", "value": "«L:uuid:uuid»"}
          ],
          "postData": {"mimeType": "application/json", "text": "{\\"email\\":\\"«E:har_email:email»\\",\\"password\\":\\"«P:har_password:pwalnum»\\"}"}
        },
        "response": {"status": 200, "headers": [{"name": "ETag", "value": "\\"«L:etag:md5»\\""}]}
      },
      {
        "serverIPAddress": "«I:har_ipv6:ip6»",
        "request": {"method": "GET", "url": "https://cdn.brightforge.io/app.js", "headers": []},
        "response": {"status": 304, "headers": []}
      }
    ]
  }
}
""")

t("postman", "postman/collection.json", """
{
  "info": {"name": "Lumenhaus API", "schema": "https://schema.getpostman.com/json/collection/v2.1.0/collection.json", "_postman_id": "«L:uuid:uuid»"},
  "auth": {"type": "bearer", "bearer": [{"key": "token", "value": "«K:bearer_token:secret40»", "type": "string"}]},
  "variable": [
    {"key": "baseUrl", "value": "https://«I:ipv4:ip4»:8443"},
    {"key": "apiKey", "value": "{{apiKey}}"},
    {"key": "postmanKey", "value": "«K:postman_key:postman»"}
  ],
  "item": [
    {"name": "Login", "request": {"method": "POST", "url": "{{baseUrl}}/login",
      "body": {"mode": "raw", "raw": "{\\"username\\": \\"«E:json_email:email»\\", \\"password\\": \\"«P:json_password:pwalnum»\\"}"}}},
    {"name": "Basic", "request": {"auth": {"type": "basic", "basic": [
      {"key": "username", "value": "admin"}, {"key": "password", "value": "«P:json_password:pw»"}]}}}
  ]
}
""")

t("openapi", "openapi.yaml", """
openapi: 3.0.3
info:
  title: Fjordbyte Billing
  version: «L:version_string:version4»
  contact:
    email: «E:openapi_email:email»
servers:
  - url: https://«I:url_ipv4:ip4»/v1
  - url: http://«L:private_ip:priv4»:8080/v1
components:
  securitySchemes:
    ApiKeyAuth: {type: apiKey, in: header, name: X-API-Key}
  examples:
    DocExample:
      summary: illustrative only
      value: {api_key: "«L:placeholder:=YOUR_API_KEY»", contact: "«L:reserved_email:res_email»"}
    RealLeak:
      value: {api_key: "«K:api_key:secret32»", password: "«P:yaml_password:pw»"}
""")

t("helm_values", "charts/billing/values.yaml", """
replicaCount: 2
image:
  repository: registry.cobaltmesa.net/billing
  tag: "«L:version_string:version4»"
  digest: «L:docker_digest:digest»
postgresql:
  auth:
    username: billing
    password: «P:yaml_password:pw»
    existingSecret: ""
redis:
  auth:
    password: "«P:yaml_password:pw»"
externalSecrets:
  apiKeyRef: «L:secret_ref:=vault:secret/data/billing#api_key»
env:
  DATADOG_API_KEY: «K:datadog_api_key:hex32»
  ALLOWED_CIDR: «I:cidr_ipv4:ip4»/24
  INTERNAL_CIDR: «L:private_ip:priv4»/16
""")

t("ansible_vars", "group_vars/db/vars.yml", """
---
# Variablen für die Datenbank-Hosts (ohne Vault, TODO!)
postgres_admin_password: "«P:ansible_password:pw»"
replication_user: replicator
replication_password: «P:ansible_password:pw»
backup_s3_access_key: «K:aws_access_key_id:aws_id»
backup_s3_secret_key: «K:aws_secret_access_key:aws_secret»
monitoring_password: "{{ vault_monitoring_password }}"
placeholder_ref: "«L:template_var:={{ lookup('env', 'PGPASSWORD') }}»"
primary_host: «I:ipv4:ip4»
standby_host: «L:private_ip:priv4»
dba_contact: «E:yaml_email:email»
""")

t("vagrantfile", "Vagrantfile", """
# -*- mode: ruby -*-
Vagrant.configure("2") do |config|
  config.vm.box = "bento/ubuntu-24.04"
  config.vm.network "private_network", ip: "«L:private_ip:priv4»"
  config.vm.network "public_network", ip: "«I:ipv4:ip4»"
  config.vm.provision "shell", inline: <<-SHELL
    echo "mysql-server mysql-server/root_password password «P:shell_password:pw»" | debconf-set-selections
    export DO_TOKEN=«K:digitalocean_token:do»
  SHELL
  config.vm.provider :digital_ocean do |provider, override|
    provider.token = "«K:digitalocean_token:do»"
  end
end
""")

t("windows_ini", "conf/Dienst.ini", """
; Konfiguration des Windows-Dienstes
[Datenbank]
Server=«I:ini_ipv4:ip4»
Benutzer=svc_lager
Passwort=«P:ini_password:pw»
[SMTP]
Host=smtp.office365.com
User=«E:ini_email:email»
Password=«P:ini_password:pw»
[Lizenz]
Seriennummer=«L:uuid:uuid»
Produktversion=«L:version_string:version4»
""")

t("reg_file", "setup/agent.reg", """
Windows Registry Editor Version 5.00

[HKEY_LOCAL_MACHINE\\SOFTWARE\\Kaffeerad\\Agent]
"ServerAddress"="«I:reg_ipv4:ip4»"
"ProxyPassword"="«P:reg_password:pw»"
"ApiToken"="«K:api_token:secret40»"
"InstallId"="«L:uuid:uuid»"
"Version"="«L:version_string:version4»"
""")

t("powershell", "scripts/Deploy-Site.ps1", """
# Bereitstellung der Website (Azure)
$ErrorActionPreference = 'Stop'
$securePass = ConvertTo-SecureString '«P:ps_password:pw»' -AsPlainText -Force
$cred = New-Object System.Management.Automation.PSCredential ('deploy@lumenhaus.ch', $securePass)
$storageKey = '«K:azure_storage_key:azure_storage»'
$conn = "DefaultEndpointsProtocol=https;AccountName=lumenhausweb;AccountKey=«K:azure_storage_key:azure_storage»;EndpointSuffix=core.windows.net"
$fromVault = (Get-AzKeyVaultSecret -VaultName 'kv-prod' -Name 'SqlPassword').SecretValue
Invoke-RestMethod -Uri "https://«I:url_ipv4:ip4»/deploy" -Headers @{ 'X-Api-Key' = '«K:api_key:secret32»' }
Write-Host "Fertig. Rückfragen an «E:ps_email:email»"
# Beispielwert aus der Doku: «L:placeholder:=<storage-account-key>»
""")

t("crontab", "crontab.txt", """
MAILTO=«E:cron_email:email»
# m h dom mon dow command
15 2 * * * PGPASSWORD='«P:cron_password:pw»' pg_dump -h «I:cron_ipv4:ip4» -U backup crm | gzip > /backup/crm.sql.gz
*/5 * * * * curl -fsS -H 'Authorization: Bearer «K:bearer_token:secret40»' https://hc-ping.com/«L:uuid:uuid» >/dev/null
0 4 * * 0 /usr/local/bin/rotate.sh --host «L:private_ip:priv4»
""")

t("systemd", "deploy/worker.service", """
[Unit]
Description=Queue worker
After=network-online.target

[Service]
User=worker
Environment=AMQP_URL=amqps://worker:«P:url_password:pw»@«I:url_ipv4:ip4»:5671/prod
Environment="SLACK_BOT_TOKEN=«K:slack_bot_token:slack_bot»"
Environment=REDIS_HOST=«L:private_ip:priv4»
EnvironmentFile=-/etc/default/worker
ExecStart=/usr/bin/worker --listen «L:unspecified_ip:=0.0.0.0»:9100

[Install]
WantedBy=multi-user.target
""")

t("smtp_imap_ldap", "config/mail.toml", """
# Mail- und Verzeichnisdienste
[smtp]
host = "«I:ipv4:ip4»"
port = 465
username = "«E:toml_email:email»"
password = "«P:toml_password:pw»"

[imap]
host = "imap.fastmail.com"
user = "«E:toml_email:email»"
password = "«P:toml_password:pw»"

[ldap]
url = "ldap://«I:ipv4:ip4»:389"
bind_dn = "cn=reader,dc=fjordbyte,dc=no"
bind_password = "«P:toml_password:pw»"

[example]
# placeholder from the docs
password = "«L:placeholder:=<your-app-password>»"
""")

t("odbc", "odbc.ini", """
[ODBC Data Sources]
Lager = ODBC Driver 18 for SQL Server

[Lager]
Driver = ODBC Driver 18 for SQL Server
Server = tcp:«I:ini_ipv4:ip4»,1433
Database = lager
UID = lager_ro
PWD = «P:ini_password:pw»

[Lokal]
Server = «L:loopback_ip:=127.0.0.1»
PWD = «L:masked:=********»
""")

t("conn_strings", "docs/connection-strings.md", """
# Verbindungszeichenfolgen (Stand: Oktober)

| Dienst | URL |
|---|---|
| MongoDB | `mongodb+srv://app:«P:url_password:pw»@cluster0.vireo-labs.dev/app?retryWrites=true` |
| Redis | `rediss://default:«P:url_password:pw»@«I:url_ipv4:ip4»:6380/0` |
| RabbitMQ | `amqp://events:«P:url_password:pw»@«I:url_ipv4:ip4»:5672/%2F` |
| Kafka SASL | `SASL_SSL://«I:url_ipv4:ip4»:9094` mit Benutzer `ingest` und Passwort `«P:md_password:pw»` |
| SQL Server | `Server=«I:ipv4:ip4»,1433;Database=erp;User Id=erp_app;Password=«P:conn_password:pw»;Encrypt=True` |
| JDBC Oracle | `jdbc:oracle:thin:scott/«P:url_password:pw»@//«I:url_ipv4:ip4»:1521/ORCLPDB1` |
| Test | `postgres://user:«L:placeholder:=password»@«L:loopback_ip:=127.0.0.1»/test` |

Kontakt: «E:md_email:email»
""")

t("webhooks", "docs/alerting.md", """
## Alarmierung

Slack: `https://hooks.slack.com/services/«K:slack_webhook:slack_hook»`

Discord: `https://discord.com/api/webhooks/«L:discord_webhook_id:discord_id»/«K:discord_webhook_token:discord_hook»`

Teams: `https://lumenhaus.webhook.office.com/webhookb2/«L:uuid:uuid»/IncomingWebhook/«K:teams_webhook:teams_hook»/«L:uuid:uuid»`

Telegram-Bot: `«K:telegram_bot_token:telegram»`

Die Werte in `docs/example.md` (z. B. `«L:placeholder:=https://hooks.slack.com/services/T00000000/B00000000/XXXXXXXXXXXXXXXXXXXXXXXX»`) sind nur Beispiele.
""")

t("cloud_vendors_env", "deploy/.env.production", """
# Alibaba Cloud
ALIBABA_CLOUD_ACCESS_KEY_ID=«K:alibaba_access_key_id:alibaba_id»
ALIBABA_CLOUD_ACCESS_KEY_SECRET=«K:alibaba_access_key_secret:alibaba_secret»
# Tencent Cloud
TENCENTCLOUD_SECRET_ID=«K:tencent_secret_id:tencent_id»
TENCENTCLOUD_SECRET_KEY=«K:tencent_secret_key:tencent_key»
# Yandex Cloud
YC_API_KEY=«K:yandex_api_key:yandex_key»
YC_IAM_TOKEN=«K:yandex_iam_token:yandex_iam»
# Scaleway
SCW_ACCESS_KEY=«K:scaleway_access_key:scaleway»
SCW_SECRET_KEY=«K:scaleway_secret_key:uuid_secret»
# Hetzner / Linode / Vultr
HCLOUD_TOKEN=«K:hetzner_token:hetzner»
LINODE_TOKEN=«K:linode_token:linode»
VULTR_API_KEY=«K:vultr_api_key:vultr»
# Backblaze
B2_APPLICATION_KEY=«K:b2_application_key:b2_key»
# IBM Cloud
IBMCLOUD_API_KEY=«K:ibm_api_key:ibm_apikey»
# Nicht geheim
REGION=eu-central-1
BUILD_SHA=«L:git_sha:sha1»
""")

t("aws_credentials", ".aws/credentials", """
[default]
aws_access_key_id = «K:aws_access_key_id:aws_id»
aws_secret_access_key = «K:aws_secret_access_key:aws_secret»

[sts-session]
aws_access_key_id = «K:aws_access_key_id:aws_sts»
aws_secret_access_key = «K:aws_secret_access_key:aws_secret»

[docs]
# from the AWS documentation
aws_access_key_id = «L:aws_example_key:=AKIAIOSFODNN7EXAMPLE»
aws_secret_access_key = «L:aws_example_key:=wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY»
""")

t("gcp_sa", "keys/service-account.json", """
{
  "type": "service_account",
  "project_id": "sakura-denki-prod",
  "private_key_id": "«K:gcp_private_key_id:hex40»",
  "private_key": "«K:pem_private_key_escaped:gcp_json_key»\\n",
  "client_email": "«E:service_account_email:=deployer@sakura-denki-prod.iam.gserviceaccount.com»",
  "client_id": "«L:numeric_id:=104729871263548791234»",
  "token_uri": "https://oauth2.googleapis.com/token"
}
""")

t("pem_in_yaml", "k8s/tls-secret.yaml", """
apiVersion: v1
kind: Secret
metadata:
  name: tls-edge
  annotations:
    owner: «E:k8s_email:email»
type: kubernetes.io/tls
stringData:
  tls.key: |
    «K:pem_private_key:pem_ec»
  db-password: «P:yaml_password:pw»
data:
  api-token: «K:k8s_secret_b64:b64_32»
""")

t("ssh_dir", "home/deploy/.ssh/id_ed25519", """
«K:openssh_private_key:pem_openssh»
""")

t("authorized_keys", "home/deploy/.ssh/authorized_keys", """
ssh-ed25519 «L:ssh_public_key:ssh_pub» «E:key_comment_email:email»
ssh-ed25519 «L:ssh_public_key:ssh_pub» deploy@build-01
from="«L:private_ip:priv4»" ssh-ed25519 «L:ssh_public_key:ssh_pub» backup
""")

t("chat_de", "chat/teamchat-export.txt", """
[09:12] Jonas: kannst du mir das Passwort für den Staging-Server schicken?
[09:13] Ulrike: klar, user ist admin, Passwort: «P:chat_password:pw»
[09:13] Ulrike: und der Server ist «I:chat_ipv4:ip4»
[09:14] Jonas: danke! die Mail von «E:chat_email:email» mit dem Token hab ich auch: «K:gitlab_token:gitlab»
[09:15] Ulrike: bitte nach dem Login ändern, das Feld heißt „«L:password_translation:=Neues Passwort»"
""")

t("chat_es_fr", "chat/support-thread.md", """
**Carmen (10:02):** Hola, la contraseña del wifi de la oficina es «P:chat_password:pw» y el router está en «L:private_ip:priv4».
**Pierre (10:05):** Merci ! Le mot de passe du compte de test est «P:chat_password:pw», mais ne le partagez pas.
**Pierre (10:06):** Pour la base : «L:placeholder:=mot_de_passe_ici» n'est qu'un exemple.
**Carmen (10:07):** Mi correo es «E:chat_email:email», escríbeme si falla desde «I:chat_ipv4:ip4».
""")

t("chat_ja_zh_ru", "chat/notes-multilang.txt", """
田中: 本番DBのパスワードは «P:chat_password:pw» です。メールは «E:chat_email:email» まで。
王伟: 测试服务器 «I:chat_ipv4:ip4» 的密码：«P:chat_password:pw»
Ольга: пароль от админки — «P:chat_password:pw», сервер «I:chat_ipv6:ip6»
Ольга: поле «L:password_translation:=Пароль» в форме входа не трогайте.
Zeynep: yeni şifre: «P:chat_password:pw» (VPN)
Mateusz: hasło do Jiry: «P:chat_password:pw»
""")

t("commit_msgs", "git-log.txt", """
commit «L:git_sha:sha1»
Author: «E:git_author_email:email»
Date:   Tue Oct 14 11:02:17 2026 +0200

    Remove hard-coded DB password («P:commit_password:pw») from settings

    The old password was also used on «I:commit_ipv4:ip4»; rotated it.

commit «L:git_sha:sha1»
Author: «L:bot_email:=dependabot[bot] <49699333+dependabot[bot]@users.noreply.github.com>»
Date:   Mon Oct 13 09:00:00 2026 +0000

    Bump lodash from 4.17.20 to 4.17.21 (sha «L:short_sha:short_sha»)

commit «L:git_sha:sha1»
Author: «E:git_author_email:email»

    fix: revoke leaked token «K:github_token:gh_pat» and use ${{ secrets.GH_TOKEN }}
""")

t("readme_pt", "README.pt-BR.md", """
# Implantação

1. Acesse o servidor `«I:md_ipv4:ip4»` via SSH.
2. A senha do usuário `deploy` é `«P:md_password:pw»` (trocar após o primeiro acesso).
3. A chave da API do Stripe fica em `STRIPE_SECRET_KEY=«K:stripe_secret_key:stripe_rk»`.
4. Dúvidas: «E:md_email:email»

> Exemplo da documentação: `«L:placeholder:=sk_test_XXXXXXXXXXXXXXXXXXXXXXXX»`, e-mail `«L:reserved_email:res_email»`.
""")

t("readme_it", "docs/installazione.rst", """
Installazione
=============

Il server di produzione è ``«I:rst_ipv4:ip4»`` (IPv6 ``«I:rst_ipv6:ip6»``).
La password dell'utente ``admin`` è ``«P:rst_password:pw»``.

.. note::

   Il campo «L:password_translation:=Password» nel modulo di accesso deve essere compilato.
   La chiave ``«L:placeholder:=INSERISCI_LA_TUA_CHIAVE»`` è un segnaposto.

Referente: «E:rst_email:email»
""")

t("python_clients", "ops/clients.py", """
import os

import boto3
import redis

# 連絡先: «E:comment_email:email»
s3 = boto3.client(
    "s3",
    aws_access_key_id="«K:aws_access_key_id:aws_id»",
    aws_secret_access_key="«K:aws_secret_access_key:aws_secret»",
)
cache = redis.Redis(host="«I:ipv4:ip4»", port=6380, password="«P:kwarg_password:pw»", ssl=True)
ANTHROPIC_API_KEY = "«K:anthropic_key:anthropic»"
fallback = os.environ.get("OPENAI_API_KEY", "«L:placeholder:=sk-your-key-here»")
EXPECTED_DIGEST = "«L:sha256:sha256»"
""")

t("python_prose_pw", "ops/onboarding.py", '''
"""Onboarding-Skript.

Das initiale Passwort für neue Konten ist «P:docstring_password:pw» und muss beim ersten Login geändert werden.
Fragen bitte an «E:docstring_email:email».
"""

LABELS = {
    "de": "«L:password_translation:=Passwort vergessen?»",
    "fr": "«L:password_translation:=Mot de passe oublié ?»",
    "es": "«L:password_translation:=¿Olvidaste tu contraseña?»",
}


def connect(db):
    return db.connect("«I:ipv4:ip4»", "onboard", "«P:positional_password:pw»")
''')

t("js_config", "config/production.js", """
// Produktionseinstellungen – bei Fragen: «E:comment_email:email»
module.exports = {
  mongo: 'mongodb://svc:«P:url_password:pw»@«I:url_ipv4:ip4»:27017/prod?authSource=admin',
  session: { secret: '«K:session_secret:secret40»' },
  twilio: { accountSid: 'AC«L:twilio_sid:md5»', apiKey: '«K:twilio_api_key:twilio_sk»', apiSecret: '«K:twilio_api_secret:secret32»' },
  stripePublishable: '«L:publishable_key:pk_live»',
  sentryRelease: '«L:git_sha:sha1»',
};
""")

t("ts_firebase", "src/push.ts", """
// Server key for legacy FCM (to be migrated)
export const FCM_SERVER_KEY = "«K:firebase_fcm_key:firebase»";
export const NEWRELIC_KEY = "«K:newrelic_key:newrelic»";
export const publicVapidKey = "«L:public_key:=BEl62iUYgUivxIkv69yViEuiBIa-Ib9-SkvMeAtA3LFgDzkrxZJjSgSnfckjBJuBkr3qBUYIHBQFLXYp5Nksh8U»";
export const adminContact = "«E:code_email:email»";
export const apiBase = "https://[«I:url_ipv6:ip6»]/push";
""")

t("dockerfile", "Dockerfile", """
FROM python:3.12-slim@«L:docker_digest:digest»
LABEL maintainer="«E:dockerfile_email:email»"
ARG PIP_INDEX_URL=https://ci:«P:url_password:pw»@pypi.nordlicht-logistik.de/simple
ENV HF_TOKEN=«K:hf_token:hf»
ENV SENTRY_AUTH_TOKEN=«K:sentry_auth_token:sentry_auth»
RUN pip install --no-cache-dir -r requirements.txt
EXPOSE 8000
""")

t("gha", ".github/workflows/release.yml", """
name: release
on: { push: { tags: ['v*'] } }
jobs:
  publish:
    runs-on: ubuntu-latest
    env:
      TWINE_PASSWORD: ${{ secrets.PYPI_TOKEN }}
      DOCKERHUB_TOKEN: «K:dockerhub_token:dockerhub»
      NGROK_AUTHTOKEN: «K:ngrok_token:ngrok»
    steps:
      - uses: actions/checkout@«L:git_sha:sha1»
      - run: echo "«K:linear_api_key:linear»" | gh secret set LINEAR_KEY
      - run: curl -u "ci:«P:cli_password:pw»" https://«I:url_ipv4:ip4»/hook
""")

t("terraform", "infra/main.tf", """
provider "cloudflare" {
  api_token = "«K:cloudflare_api_token:cloudflare»"
}
provider "vault" {
  address = "https://«I:url_ipv4:ip4»:8200"
  token   = "«K:vault_token:vault»"
}
resource "aws_db_instance" "main" {
  username = "admin"
  password = "«P:hcl_password:pw»"
  # password = var.db_password
}
resource "aws_security_group_rule" "office" {
  cidr_blocks = ["«I:cidr_ipv4:ip4»/32", "«L:private_ip:priv4»/8"]
  ipv6_cidr_blocks = ["«I:cidr_ipv6:ip6»/128"]
}
""")

t("netrc", ".netrc", """
machine api.heroku.com
  login «E:netrc_email:email»
  password «K:heroku_api_key:heroku»
machine ftp.cobaltmesa.net
  login backup
  password «P:netrc_password:pw»
machine «I:netrc_ipv4:ip4» login monitor password «P:netrc_password:pw»
""")

t("docker_config", ".docker/config.json", """
{
  "auths": {
    "https://index.docker.io/v1/": {"auth": "«K:basic_auth_b64:b64user»"},
    "registry.fjordbyte.no": {"auth": "«K:basic_auth_b64:b64user»", "email": "«E:json_email:email»"}
  },
  "credsStore": "desktop"
}
""")

t("http_dump", "captures/request.txt", """
POST /api/v1/login HTTP/1.1
Host: «I:header_ipv4:ip4»:8080
Authorization: Basic «K:basic_auth_b64:b64user»
X-Forwarded-For: «I:header_ipv4:ip4», «L:private_ip:priv4»
Content-Type: application/x-www-form-urlencoded

username=«E:form_email:email»&password=«P:form_password:pwalnum»&remember=1

HTTP/1.1 200 OK
Set-Cookie: session=«K:session_cookie:session»; HttpOnly; Secure
X-Trace-Id: «L:trace_id:trace»
""")

t("curl_cheats", "docs/curl.sh", """
#!/bin/sh
# Spickzettel für die API
curl -H "Authorization: Bearer «K:openai_key:openai»" https://api.openai.com/v1/models
curl -u admin:«P:cli_password:pw» http://«I:cli_ipv4:ip4»:15672/api/overview
mysql -h «I:cli_ipv4:ip4» -u root -p'«P:cli_password:pw»' -e 'show databases'
sshpass -p '«P:cli_password:pw»' ssh deploy@«L:private_ip:priv4»
curl -H "X-Shopify-Access-Token: «K:shopify_token:shopify»" https://vireo.myshopify.com/admin/api/2024-10/shop.json
# Platzhalter: curl -H "Authorization: Bearer $TOKEN"
""")

t("cloud_keys_yaml", "config/providers.yml", """
providers:
  atlassian:
    email: «E:yaml_email:email»
    api_token: «K:atlassian_token:atlassian»
  databricks:
    host: https://adb-1234567890123456.7.azuredatabricks.net
    token: «K:databricks_token:databricks»
  pulumi:
    access_token: «K:pulumi_token:pulumi»
  terraform_cloud:
    token: «K:terraform_cloud_token:tfc»
  grafana:
    service_account_token: «K:grafana_token:grafana»
  okta:
    api_token: «K:okta_token:okta»
  square:
    access_token: «K:square_token:square»
  paypal:
    client_id: «L:client_id:=AYSq3RDGsmBLJE-otTkBtM-jBRd1TCQwFf9RGfwddNXWz0uFU9ztymylOhRS»
    client_secret: «K:paypal_client_secret:paypal_secret»
  age:
    identity: «K:age_secret_key:age»
  sample:
    token: «L:placeholder:=xxxxxxxxxxxxxxxxxxxx»
""")

t("ipv6_forms", "network/peers.txt", """
# BGP peers (public)
peer «I:ipv6:ip6» remote-as 64512
peer «I:ipv6_full:ip6full» remote-as 64513
peer «I:ipv4:ip4» remote-as 64514
# internal / documentation, not real peers
peer «L:doc_ipv6:doc6» remote-as 64515
peer «L:ula_ipv6:ula6» remote-as 64516
peer «L:link_local_ipv6:ll6» remote-as 64517
peer «L:doc_ip:doc4» remote-as 64518
peer «L:cgnat_ip:cgnat» remote-as 64519
listen «L:link_local_ip:linklocal4»
mcast «L:multicast_ip:multicast4»
""")

t("nginx_log", "logs/access.log", """
«I:log_ipv4:ip4» - - [02/Nov/2026:08:14:03 +0000] "GET /login HTTP/1.1" 200 512 "-" "Mozilla/5.0"
«I:log_ipv6:ip6» - - [02/Nov/2026:08:14:04 +0000] "POST /login?user=«E:log_email:email» HTTP/1.1" 302 0 "-" "curl/8.5"
«L:private_ip:priv4» - - [02/Nov/2026:08:14:05 +0000] "GET /health HTTP/1.1" 200 2 "-" "kube-probe/«L:version_string:version4»"
«I:log_ipv4:ip4» - - [02/Nov/2026:08:14:06 +0000] "GET /reset?token=«K:reset_token:secret40» HTTP/1.1" 200 128 "-" "Mozilla/5.0"
""")

t("csv_export", "exports/customers.csv", """
id,name,email,signup_ip,plan
1,Anna L.,«E:csv_email:email»,«I:csv_ipv4:ip4»,pro
2,Kenji N.,«E:csv_email:email»,«I:csv_ipv6:ip6»,free
3,Test User,«L:reserved_email:res_email»,«L:doc_ip:doc4»,free
4,Fatima O.,«E:csv_email:email»,«I:csv_ipv4:ip4»,team
""")

t("lookalike_only_cfg", "config/defaults.yaml", """
# Defaults – keine Geheimnisse hier, alles kommt aus dem Secret-Store
database:
  host: «L:private_ip:priv4»
  password: "«L:env_reference:=${DB_PASSWORD}»"
  password_file: /run/secrets/db_password
api:
  key: "«L:secret_ref:=projects/sakura-denki/secrets/api-key/versions/latest»"
  legacy_key: "«L:masked:masked_tail»"
  azure_key: "«L:secret_ref:=@Microsoft.KeyVault(SecretUri=https://kv-prod.vault.azure.net/secrets/api-key/)»"
ui:
  login_label: "«L:password_translation:=Enter your password»"
  hint: "«L:password_translation:=Password must be at least 12 characters»"
build:
  version: «L:version_string:version4»
  commit: «L:git_sha:sha1»
  checksum: «L:sha256:sha256»
snmp:
  oid: «L:oid:oid»
network:
  gateway_mac: «L:mac_address:mac»
  dns: «L:loopback_ip:=127.0.0.53»
contact: «L:reserved_email:res_email»
""")

t("lookalike_only_code", "src/constants.py", '''
"""Constants that look secret but are not."""
import os

PASSWORD_FIELD = "«L:field_name:=password»"
PASSWORD_PROMPT = "«L:password_translation:=Bitte Passwort eingeben»"
DB_PASSWORD = os.environ["DB_PASSWORD"]
TOKEN_PLACEHOLDER = "«L:placeholder:=<TOKEN>»"
EXAMPLE_KEY = "«L:aws_example_key:=AKIAIOSFODNN7EXAMPLE»"
EMPTY_SHA256 = "«L:sha256:=e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855»"
REQUEST_ID = "«L:uuid:uuid»"
MASKED = "«L:masked:=sk_live_****************************»"
STRIPE_TEST_PK = "«L:publishable_key:pk_live»"
SUPPORT = "«L:reserved_email:res_email»"
DEFAULT_BIND = "«L:unspecified_ip:=0.0.0.0»"
METADATA_IP = "«L:link_local_ip:=169.254.169.254»"
DOCS_IP = "«L:doc_ip:doc4»"
LIBVERSION = "«L:version_string:version4»"
HASH = "«L:bcrypt_hash:bcrypt»"
''')

t("kotlin_android", "app/build.gradle", """
android {
    defaultConfig {
        buildConfigField "String", "MAPS_API_KEY", "\\"«K:google_api_key:google_api»\\""
        buildConfigField "String", "BACKEND_IP", "\\"«I:ipv4:ip4»\\""
        versionName "«L:version_string:version4»"
    }
    signingConfigs {
        release {
            storePassword "«P:gradle_password:pw»"
            keyAlias "upload"
            keyPassword "«P:gradle_password:pw»"
        }
    }
}
""")

t("rust_cargo_creds", ".cargo/credentials.toml", """
[registry]
token = "«K:crates_io_token:crates»"
""")

t("php_wp", "wp-config.php", """
<?php
define( 'DB_NAME', 'wp_blog' );
define( 'DB_USER', 'wp_user' );
define( 'DB_PASSWORD', '«P:php_define_password:pw»' );
define( 'DB_HOST', '«I:php_ipv4:ip4»:3306' );
define( 'AUTH_KEY',  '«K:wp_salt:secret40»' );
define( 'SECURE_AUTH_KEY', '«K:wp_salt:secret40»' );
define( 'WP_HOME', 'https://blog.kaffeerad.at' );
// admin: «E:php_email:email»
""")

t("swift_keychain_test", "Tests/AuthTests.swift", """
import XCTest
@testable import App

final class AuthTests: XCTestCase {
    // Zugang für das Testkonto (echter Staging-Account!)
    let username = "«E:code_email:email»"
    let password = "«P:swift_password:pw»"
    let mockToken = "«L:test_nonce:=test-token-not-real»"

    func testLogin() async throws {
        let client = Client(host: "«I:ipv4:ip4»")
        try await client.login(username, password: password)
    }
}
""")

t("java_props", "src/main/resources/application-prod.properties", """
spring.datasource.url=jdbc:sqlserver://«I:jdbc_ipv4:ip4»:1433;databaseName=erp;encrypt=true
spring.datasource.username=erp
spring.datasource.password=«P:properties_password:pw»
spring.mail.host=smtp.gmail.com
spring.mail.username=«E:properties_email:email»
spring.mail.password=«P:properties_password:pw»
spring.kafka.properties.sasl.jaas.config=org.apache.kafka.common.security.plain.PlainLoginModule required username="«L:confluent_key_id:=QXJ4WK7PFLS3H2NB»" password="«K:confluent_api_secret:secret40»";
spring.ldap.urls=ldaps://«I:url_ipv4:ip4»:636
spring.ldap.password=«P:properties_password:pw»
management.server.address=«L:loopback_ip:=127.0.0.1»
""")

t("lua_game", "scripts/server_config.lua", """
-- Servereinstellungen
return {
  admin_password = "«P:lua_password:pw»",
  rcon = { host = "«I:ipv4:ip4»", port = 27015, password = "«P:lua_password:pw»" },
  discord_bot_token = "«K:discord_bot_token:discord_bot»",
  motd = "Willkommen! Kontakt: «E:comment_email:email»",
}
""")

t("perl_dbi", "lib/Shop/DB.pm", """
package Shop::DB;
use DBI;
# DSN für die Bestelldatenbank
my $dbh = DBI->connect("dbi:Pg:dbname=shop;host=«I:ipv4:ip4»", "shop", "«P:perl_call_password:pw»",
                       { RaiseError => 1 });
my %cfg = (api_key => '«K:api_key:secret32»', contact => '«E:comment_email:email»');
my $example = '«L:placeholder:=CHANGE_ME»';
1;
""")

t("cpp_header", "include/secrets.h", """
#pragma once
// Erzeugt vom Build – nicht einchecken!  (Verantwortlich: «E:comment_email:email»)
#define WIFI_SSID "Lager-IoT"
#define WIFI_PASSWORD "«P:cpp_define_password:pw»"
#define MQTT_HOST "«I:ipv4:ip4»"
#define AWS_IOT_ENDPOINT_KEY "«K:aws_secret_access_key:aws_secret»"
#define FW_VERSION "«L:version_string:version4»"
#define DEVICE_MAC "«L:mac_address:mac»"
""")

t("issue_text", "issues/1742.md", """
### Fehlerbeschreibung

Beim Start kommt `FATAL: password authentication failed for user "app"`. Ich habe das Passwort `«P:issue_password:pw»` gesetzt,
wie in der Anleitung. Server: «I:issue_ipv4:ip4», IPv6 «I:issue_ipv6:ip6».

Log-Auszug mit Token (sorry): `Authorization: token «K:github_token:gh_fine»`

-- «E:issue_email:email»
""")

t("mongodb_yaml", "config/mongod.yaml", """
net:
  bindIp: «L:loopback_ip:=127.0.0.1»,«I:ipv4:ip4»
security:
  authorization: enabled
  keyFile: /etc/mongo/keyfile
replication:
  replSetName: rs0
# Migrations-URL (Admin): mongodb://admin:«P:url_password:pw»@«I:url_ipv4:ip4»:27017/?replicaSet=rs0
# Docs: mongodb://«L:placeholder:=<username>»:«L:placeholder:=<password>»@host/
""")

t("email_thread", "mail/handover.eml", """
From: «E:header_email:email»
To: «E:header_email:email»
Cc: «L:reserved_email:res_email»
Subject: Übergabe Server
Message-ID: <«L:uuid:uuid»@mail.fjordbyte.no>
X-Originating-IP: [«I:header_ipv4:ip4»]

Hallo,

hier die Zugangsdaten für den neuen Server («I:ipv4:ip4»):
Benutzer: root
Passwort: «P:prose_password:pw»

Der API-Schlüssel für SendGrid lautet «K:sendgrid_key:sendgrid».

Grüße
""")


t("lockfile", "package-lock.json", """
{
  "name": "vireo-web",
  "lockfileVersion": 3,
  "packages": {
    "node_modules/left-pad": {"version": "1.3.0", "resolved": "https://registry.npmjs.org/left-pad/-/left-pad-1.3.0.tgz", "integrity": "«L:sri_hash:sri»"},
    "node_modules/uuid": {"version": "9.0.1", "integrity": "«L:sri_hash:sri»"},
    "node_modules/ip": {"version": "2.0.1", "integrity": "«L:sri_hash:sri»", "_commit": "«L:git_sha:sha1»"}
  }
}
""")

t("netplan", "etc/netplan/01-lan.yaml", """
network:
  version: 2
  ethernets:
    eth0:
      addresses: [«L:private_ip:priv4»/24, «L:ula_ipv6:ula6»/64]
      gateway4: «L:private_ip:priv4»
      nameservers: {addresses: [«L:loopback_ip:=127.0.0.53», «L:private_ip:priv4»]}
      macaddress: «L:mac_address:mac»
    eth1:
      addresses: [«I:ipv4:ip4»/29, «I:ipv6:ip6»/64]
      link-local: [«L:link_local_ipv6:ll6»]
      netmask_note: "«L:netmask:=255.255.255.248»"
""")

t("i18n_po", "locale/de/LC_MESSAGES/app.po", """
msgid ""
msgstr ""
"Last-Translator: «E:po_email:email»\\n"
"Language-Team: German <«L:reserved_email:res_email»>\\n"

msgid "Password"
msgstr "«L:password_translation:=Passwort»"

msgid "Forgot your password?"
msgstr "«L:password_translation:=Passwort vergessen?»"

msgid "Your API key"
msgstr "«L:password_translation:=Ihr API-Schlüssel»"

msgid "Enter the secret token"
msgstr "«L:password_translation:=Geheimes Token eingeben»"
""")

t("k8s_configmap", "k8s/configmap.yaml", """
apiVersion: v1
kind: ConfigMap
metadata:
  name: billing-config
data:
  DB_HOST: «L:private_ip:priv4»
  DB_PASSWORD_REF: «L:secret_ref:=secretKeyRef:billing-db/password»
  API_KEY_PATH: «L:secret_ref:=/vault/secrets/api-key»
  BUILD_ID: «L:uuid:uuid»
  IMAGE: registry.cobaltmesa.net/billing@«L:docker_digest:digest»
  RELEASE: «L:version_string:version4»
  PUBLIC_IP: «I:ipv4:ip4»
  OWNER: «E:k8s_email:email»
""")

t("authors", "AUTHORS.md", """
# Authors

* Sofia Rossi <«E:authors_email:email»>
* Hiro Tanaka <«E:authors_email:email»>
* Build Bot <«L:bot_email:=41898282+github-actions[bot]@users.noreply.github.com»>
* Docs sample <«L:reserved_email:res_email»>
""")

t("sha256sums", "release/SHA256SUMS.txt", """
«L:sha256:sha256»  fjord-cli-«L:version_string:version4»-linux-amd64.tar.gz
«L:sha256:sha256»  fjord-cli-«L:version_string:version4»-darwin-arm64.tar.gz
«L:md5:md5»  fjord-cli.deb (md5)
signed-by: «L:key_fingerprint:sha1»
""")

TEMPLATES = T

CARRIER_SNIPPETS = {
    "py": [
        """
# --- local overrides (do not commit) ---
DEV_DB_PASSWORD = "«P:carrier_password:pw»"
DEV_API_TOKEN = "«K:carrier_token:secret40»"
DEV_HOST = "«I:carrier_ipv4:ip4»"
MAINTAINER = "«E:carrier_email_planted:email»"
DOC_HOST = "«L:doc_ip:doc4»"
""",
        """
# Kontakt: «E:carrier_email_planted:email»; Staging-Host «I:carrier_ipv6:ip6»
_SLACK = "«K:slack_bot_token:slack_bot»"
_LOGIN = ("ops", "«P:carrier_password:pw»")
_UUID = "«L:uuid:uuid»"
""",
    ],
    "java": ["""
class LocalSecrets {
    // Zugang zum Testcluster
    static final String PASSWORD = "«P:carrier_password:pw»";
    static final String HOST = "«I:carrier_ipv4:ip4»";
    static final String GITLAB = "«K:gitlab_token:gitlab»";
    static final String SAMPLE = "«L:placeholder:=<gitlab-token>»";
}
"""],
    "cpp": ["""
// Debug-Zugang (entfernen!): «E:carrier_email_planted:email»
static const char* kDebugPassword = "«P:carrier_password:pw»";
static const char* kDebugHost = "«I:carrier_ipv4:ip4»";
static const char* kDebugKey = "«K:carrier_token:secret40»";
static const char* kNotAKey = "«L:sha256:sha256»";
"""],
    "xml": ["""
<!-- deploy credentials: user=deploy password=«P:carrier_password:pw» host=«I:carrier_ipv4:ip4» contact=«E:carrier_email_planted:email» -->
<!-- example only: «L:reserved_email:res_email» -->
"""],
    "hcl": ["""
seal "transit" {
  address = "https://«I:carrier_ipv4:ip4»:8200"
  token   = "«K:vault_token:vault»"
  # example token: «L:placeholder:=s.XXXXXXXXXXXXXXXXXXXXXXXX»
}
"""],
    "ini": ["""
[testenv:deploy]
setenv =
    TWINE_PASSWORD = «K:pypi_token:pypi»
    DEPLOY_HOST = «I:carrier_ipv4:ip4»
    DB_PASSWORD = «P:carrier_password:pw»
    PLACEHOLDER = «L:env_reference:={env:DB_PASSWORD}»
"""],
    "cfg": ["""
[deploy]
host = «I:carrier_ipv4:ip4»
password = «P:carrier_password:pw»
maintainer = «E:carrier_email_planted:email»
mirror = «L:private_ip:priv4»
"""],
    "rst": ["""
.. Interne Notiz: der Testserver ist «I:carrier_ipv4:ip4», Passwort «P:carrier_password:pw», Token «K:github_token:gh_pat».
   Beispielwert aus der Doku: «L:placeholder:=ghp_XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX».
"""],
    "md": ["""
<!-- Zugang für die Release-Pipeline: password `«P:carrier_password:pw»`, host `«I:carrier_ipv6:ip6»`, contact «E:carrier_email_planted:email» -->
<!-- not a secret: «L:git_sha:sha1» -->
"""],
    "js": ["""
// analytics (staging)
var STAGING_KEY = "«K:google_api_key:google_api»";
var STAGING_HOST = "«I:carrier_ipv4:ip4»";
var STAGING_PASS = "«P:carrier_password:pw»";
var BUILD = "«L:version_string:version4»";
"""],
    "tmpl": ["""
## Zugang: «E:carrier_email_planted:email» / «P:carrier_password:pw» @ «I:carrier_ipv4:ip4»
## example: «L:reserved_email:res_email»
"""],
    "yaml": ["""
# local hook credentials
- repo: https://x-access-token:«K:github_token:gh_pat»@github.com/vireo/hooks
  rev: «L:git_sha:sha1»
  hooks: [{id: check, args: [--password, "«P:carrier_password:pw»", --host, «I:carrier_ipv4:ip4»]}]
"""],
}
