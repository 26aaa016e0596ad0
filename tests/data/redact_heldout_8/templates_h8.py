"""Templates of the eighth held-out redaction set.

Each template is a function of a `random.Random`; it returns (path, text, env) where text marks values as
\u27eaname\u27eb and env maps names to plain strings, `Lab` (labelled) or `Look` (look-alike) values.
Written from general knowledge of how secrets appear in real repositories, without reading the detectors.
"""
from gen_h8 import (Lab, Look, email, reserved_email, noreply_email, company, person, user, ip, ip6, private_ip,
                    loopback_ip, doc_ip, cgnat_ip, linklocal_ip, multicast_ip, ula6, doc6, nonglobal_ip, netmask,
                    version, uuid, git_sha, short_sha, sha256, md5, sri, docker_digest, bcrypt, argon2, sha512crypt,
                    mac, trace_id, placeholder, env_ref, masked, ssh_pub, ssh_fp, gpg_fp, stripe_pk, aws_example, oid,
                    wg_pub, build_number, pw, key, jwt, basic_b64, b64_secret, pem, cert, pubkey_pem, hexs, rs, AN,
                    HEX, DG, LO, UP, FIRST, LAST)

TEMPLATES = []


def T(name, lang, cls):
    def deco(fn):
        TEMPLATES.append((name, lang, cls, fn))
        return fn
    return deco


# ============================================================ JVM
@T("spring-boot-yaml-prod", "yaml", "code / config assignment")
def _(r):
    h = ip(r); p = pw(r, "yaml"); u = user(r); m = email(r); mp = pw(r, "yaml"); jk = key(r, "jwt_secret")
    v = version(r); lo = loopback_ip(r)
    return "src/main/resources/application-prod.yml", r"""# build ⟪v⟫
spring:
  datasource:
    url: jdbc:postgresql://⟪h⟫:5432/orders?sslmode=require
    username: ⟪u⟫
    password: ⟪p⟫
  mail:
    host: smtp.office365.com
    port: 587
    username: ⟪m⟫
    password: ⟪mp⟫
management:
  server:
    address: ⟪lo⟫
app:
  security:
    jwt-secret: ⟪jk⟫
    token-ttl: 3600
""", locals()


@T("java-jdbc-constants", "java", "code / config assignment")
def _(r):
    h = ip(r); p = pw(r, "quoted"); ph = placeholder(r, "<db-password>"); pr = private_ip(r); u = user(r)
    return "src/main/java/com/acme/billing/DbConfig.java", r"""package com.acme.billing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

public final class DbConfig {
    // TODO move to Vault before go-live
    private static final String URL = "jdbc:mysql://⟪h⟫:3306/billing?useSSL=true";
    private static final String USER = "⟪u⟫";
    private static final String PASSWORD = "⟪p⟫";
    // staging replica, password template: ⟪ph⟫
    private static final String REPLICA_URL = "jdbc:mysql://⟪pr⟫:3306/billing";

    public static Connection open() throws SQLException {
        return DriverManager.getConnection(URL, USER, PASSWORD);
    }
}
""", locals()


@T("kotlin-ktor-client", "kotlin", "code / config assignment")
def _(r):
    k = key(r, "linear_api_key"); h = ip(r); m = email(r); u = uuid(r)
    return "app/src/main/kotlin/io/fleet/LinearClient.kt", r"""package io.fleet

import io.ktor.client.*
import io.ktor.client.request.*

object LinearClient {
    private const val API_KEY = "⟪k⟫"
    private const val FALLBACK_HOST = "⟪h⟫"
    private const val TEAM_ID = "⟪u⟫"
    const val OWNER = "⟪m⟫"

    suspend fun issues(client: HttpClient) = client.post("https://api.linear.app/graphql") {
        header("Authorization", API_KEY)
    }
}
""", locals()


@T("scala-akka-conf", "hocon", "code / config assignment")
def _(r):
    h1 = ip(r); h2 = ip(r); p = pw(r, "quoted"); k = key(r, "aws_access_key_id"); s = key(r, "aws_secret_access_key")
    pr = private_ip(r)
    return "conf/application.conf", r"""akka.remote.artery.canonical.hostname = "⟪pr⟫"
slick.dbs.default {
  profile = "slick.jdbc.PostgresProfile$"
  db.url = "jdbc:postgresql://⟪h1⟫/ledger"
  db.user = "ledger"
  db.password = "⟪p⟫"
}
kafka.bootstrap.servers = "⟪h2⟫:9093"
alpakka.s3 {
  aws.credentials {
    provider = static
    access-key-id = "⟪k⟫"
    secret-access-key = "⟪s⟫"
  }
}
""", locals()


@T("gradle-kts-publishing", "kotlin", "CI / IaC")
def _(r):
    p = pw(r, "quoted"); m = email(r); k = key(r, "jfrog_api_key"); v = version(r)
    return "build.gradle.kts", r"""plugins { `maven-publish` }
version = "⟪v⟫"
publishing {
    repositories {
        maven {
            url = uri("https://artifacts.⟪dom⟫/libs-release")
            credentials {
                username = "⟪m⟫"
                password = "⟪p⟫"
            }
        }
        maven {
            name = "jfrog"
            url = uri("https://fleet.jfrog.io/artifactory/maven")
            credentials(HttpHeaderCredentials::class) { name = "X-JFrog-Art-Api"; value = "⟪k⟫" }
        }
    }
}
""", dict(locals(), dom=company(r))


@T("java-javamail-props", "properties", "code / config assignment")
def _(r):
    m = email(r); p = pw(r, "plain"); h = ip(r); re_ = reserved_email(r)
    return "src/main/resources/mail.properties", r"""mail.smtp.host=⟪h⟫
mail.smtp.port=465
mail.smtp.ssl.enable=true
mail.smtp.user=⟪m⟫
mail.smtp.password=⟪p⟫
mail.from=⟪m⟫
# default reply-to used in unit tests
mail.test.recipient=⟪re_⟫
""", locals()


@T("jenkins-credentials-xml", "xml", "CI / IaC")
def _(r):
    p = pw(r, "xml"); u = user(r); k = key(r, "github_pat"); uid = uuid(r); bc = bcrypt(r)
    return "jenkins_home/credentials.xml", r"""<?xml version='1.1' encoding='UTF-8'?>
<com.cloudbees.plugins.credentials.SystemCredentialsProvider plugin="credentials@1319.v7eb_51b_3a_c97b_">
  <domainCredentialsMap class="hudson.util.CopyOnWriteMap$Hash">
    <entry>
      <java.util.concurrent.CopyOnWriteArrayList>
        <com.cloudbees.plugins.credentials.impl.UsernamePasswordCredentialsImpl>
          <scope>GLOBAL</scope>
          <id>⟪uid⟫</id>
          <username>⟪u⟫</username>
          <password>⟪p⟫</password>
        </com.cloudbees.plugins.credentials.impl.UsernamePasswordCredentialsImpl>
        <org.jenkinsci.plugins.plaincredentials.impl.StringCredentialsImpl>
          <id>github-token</id>
          <secret>⟪k⟫</secret>
        </org.jenkinsci.plugins.plaincredentials.impl.StringCredentialsImpl>
      </java.util.concurrent.CopyOnWriteArrayList>
    </entry>
  </domainCredentialsMap>
  <!-- admin hash for reference: ⟪bc⟫ -->
</com.cloudbees.plugins.credentials.SystemCredentialsProvider>
""", locals()


@T("log4j2-smtp-appender", "xml", "code / config assignment")
def _(r):
    m1 = email(r); m2 = email(r); p = pw(r, "xml"); h = ip(r)
    return "src/main/resources/log4j2.xml", r"""<Configuration status="warn">
  <Appenders>
    <SMTP name="Mail" subject="[prod] error" to="⟪m1⟫" from="⟪m2⟫"
          smtpHost="⟪h⟫" smtpPort="587" smtpUsername="⟪m2⟫" smtpPassword="⟪p⟫" bufferSize="50">
      <PatternLayout pattern="%d %-5p [%t] %c - %m%n"/>
    </SMTP>
  </Appenders>
  <Loggers><Root level="error"><AppenderRef ref="Mail"/></Root></Loggers>
</Configuration>
""", locals()


# ============================================================ .NET
@T("dotnet-user-secrets-json", "json", "code / config assignment")
def _(r):
    h = ip(r); p = pw(r, "json"); k = key(r, "sendgrid_api_key"); m = email(r); sa = key(r, "azure_storage_key")
    g = uuid(r)
    return "secrets.json", r"""{
  "ConnectionStrings:Default": "Server=⟪h⟫,1433;Database=Crm;User Id=crm_app;Password=⟪p⟫;TrustServerCertificate=True",
  "SendGrid:ApiKey": "⟪k⟫",
  "SendGrid:From": "⟪m⟫",
  "Storage:ConnectionString": "DefaultEndpointsProtocol=https;AccountName=crmfiles;AccountKey=⟪sa⟫;EndpointSuffix=core.windows.net",
  "UserSecretsId": "⟪g⟫"
}
""", locals()


@T("csharp-smtpclient", "csharp", "code / config assignment")
def _(r):
    m = email(r); p = pw(r, "quoted"); h = ip(r); to = email(r)
    return "src/Notifications/MailSender.cs", r"""using System.Net;
using System.Net.Mail;

namespace Contoso.Notifications
{
    public static class MailSender
    {
        public static void Send(string subject, string body)
        {
            using var client = new SmtpClient("⟪h⟫", 587)
            {
                EnableSsl = true,
                Credentials = new NetworkCredential("⟪m⟫", "⟪p⟫")
            };
            client.Send(new MailMessage("⟪m⟫", "⟪to⟫", subject, body));
        }
    }
}
""", locals()


@T("csproj-nuget-config", "xml", "CI / IaC")
def _(r):
    u = email(r); p = pw(r, "xml"); k = key(r, "nuget_api_key"); v = version(r, 4)
    return "NuGet.Config", r"""<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <packageSources>
    <add key="nuget.org" value="https://api.nuget.org/v3/index.json" protocolVersion="3" />
    <add key="internal" value="https://pkgs.dev.azure.com/contoso/_packaging/internal/nuget/v3/index.json" />
  </packageSources>
  <packageSourceCredentials>
    <internal>
      <add key="Username" value="⟪u⟫" />
      <add key="ClearTextPassword" value="⟪p⟫" />
    </internal>
  </packageSourceCredentials>
  <apikeys>
    <add key="https://www.nuget.org/api/v2/package" value="⟪k⟫" />
  </apikeys>
  <!-- tool version ⟪v⟫ -->
</configuration>
""", locals()


@T("fsharp-script-blob", "fsharp", "code / config assignment")
def _(r):
    sa = key(r, "azure_storage_key"); h = ip(r); p = pw(r, "quoted")
    return "scripts/upload.fsx", r"""#r "nuget: Azure.Storage.Blobs"
open Azure.Storage.Blobs

let conn = "DefaultEndpointsProtocol=https;AccountName=reportsprod;AccountKey=⟪sa⟫;EndpointSuffix=core.windows.net"
let ftpHost = "⟪h⟫"
let ftpPass = "⟪p⟫"
let client = BlobContainerClient(conn, "daily")
""", locals()


# ============================================================ Go / Rust / C
@T("go-config-struct", "go", "code / config assignment")
def _(r):
    h = ip(r); p = pw(r, "quoted"); k = key(r, "stripe_secret_key"); pk = stripe_pk(r); pr = private_ip(r)
    return "internal/config/defaults.go", r"""package config

// Defaults used when no env file is present. Do not ship.
var Defaults = Config{
	Postgres: PG{
		Host:     "⟪h⟫",
		Port:     5432,
		User:     "payments",
		Password: "⟪p⟫",
	},
	Stripe: StripeCfg{
		SecretKey:      "⟪k⟫",
		PublishableKey: "⟪pk⟫",
	},
	MetricsAddr: "⟪pr⟫:9102",
}
""", locals()


@T("go-table-test-ips", "go", "code / config assignment")
def _(r):
    a = ip(r); b = ip(r); c = ip6(r); d = private_ip(r); e = doc_ip(r); f = loopback_ip(r); g = ula6(r)
    return "pkg/geo/lookup_test.go", r"""package geo

import "testing"

func TestIsBlocked(t *testing.T) {
	cases := []struct {
		addr    string
		blocked bool
	}{
		{"⟪a⟫", true},
		{"⟪b⟫", true},
		{"⟪c⟫", true},
		{"⟪d⟫", false},
		{"⟪e⟫", false},
		{"⟪f⟫", false},
		{"⟪g⟫", false},
	}
	for _, tc := range cases {
		if got := IsBlocked(tc.addr); got != tc.blocked {
			t.Errorf("%s: got %v", tc.addr, got)
		}
	}
}
""", locals()


@T("go-sarama-sasl", "go", "code / config assignment")
def _(r):
    h = ip(r); u = user(r); p = pw(r, "quoted"); m = email(r)
    return "cmd/consumer/main.go", r"""package main

import "github.com/IBM/sarama"

// maintainer: ⟪m⟫
func newConfig() *sarama.Config {
	cfg := sarama.NewConfig()
	cfg.Net.SASL.Enable = true
	cfg.Net.SASL.Mechanism = sarama.SASLTypeSCRAMSHA512
	cfg.Net.SASL.User = "⟪u⟫"
	cfg.Net.SASL.Password = "⟪p⟫"
	return cfg
}

var brokers = []string{"⟪h⟫:9094"}
""", locals()


@T("rust-reqwest-const", "rust", "code / config assignment")
def _(r):
    k = key(r, "anthropic_api_key"); h = ip(r); m = email(r); pr = private_ip(r)
    return "src/llm.rs", r"""use reqwest::header::{HeaderMap, HeaderValue};

const ANTHROPIC_KEY: &str = "⟪k⟫";
const EGRESS_PROXY: &str = "http://⟪h⟫:3128";
const LOCAL_CACHE: &str = "⟪pr⟫:6379";
/// Contact: ⟪m⟫
pub fn headers() -> HeaderMap {
    let mut h = HeaderMap::new();
    h.insert("x-api-key", HeaderValue::from_static(ANTHROPIC_KEY));
    h.insert("anthropic-version", HeaderValue::from_static("2023-06-01"));
    h
}
""", locals()


@T("rust-diesel-env", "dotenv", "code / config assignment")
def _(r):
    h = ip(r); p = pw(r, "url"); k = key(r, "session_secret"); v = version(r)
    return ".env", r"""# diesel_cli ⟪v⟫
DATABASE_URL=postgres://inventory:⟪p⟫@⟪h⟫/inventory
ROCKET_SECRET_KEY=⟪k⟫
ROCKET_ADDRESS=⟪z⟫
""", dict(locals(), z=Look("unspecified_ip", "0.0.0.0"))


@T("c-header-defaults", "c", "code / config assignment")
def _(r):
    h = ip(r); p = pw(r, "quoted"); k = key(r, "api_key_generic"); b = multicast_ip(r); n = netmask(r)
    return "firmware/include/net_defaults.h", r"""#ifndef NET_DEFAULTS_H
#define NET_DEFAULTS_H

#define TELEMETRY_HOST      "⟪h⟫"
#define TELEMETRY_PORT      8883
#define MQTT_PASSWORD       "⟪p⟫"
#define CLOUD_API_KEY       "⟪k⟫"
#define DISCOVERY_GROUP     "⟪b⟫"
#define DEFAULT_NETMASK     "⟪n⟫"

#endif
""", locals()


@T("cpp-libcurl", "cpp", "code / config assignment")
def _(r):
    h = ip(r); u = user(r); p = pw(r, "quoted"); m = email(r)
    return "src/uploader.cpp", r"""#include <curl/curl.h>
// Author: ⟪m⟫
static const char* kEndpoint = "sftp://⟪h⟫/incoming/";

void configure(CURL* c) {
    curl_easy_setopt(c, CURLOPT_URL, kEndpoint);
    curl_easy_setopt(c, CURLOPT_USERNAME, "⟪u⟫");
    curl_easy_setopt(c, CURLOPT_PASSWORD, "⟪p⟫");
}
""", locals()


@T("arduino-wifi-sketch", "cpp", "code / config assignment")
def _(r):
    p = pw(r, "quoted"); h = ip(r); k = key(r, "api_key_generic"); gw = private_ip(r)
    return "sketch/weather_station.ino", r"""#include <WiFi.h>
#include <HTTPClient.h>

const char* ssid = "Garage-2G";
const char* password = "⟪p⟫";
const char* server = "⟪h⟫";
String apiKey = "⟪k⟫";
IPAddress gateway(⟪gwc⟫);

void setup() {
  WiFi.begin(ssid, password);
}
""", dict(locals(), gwc=gw.value.replace(".", ", "))


# ============================================================ Ruby / PHP / Perl / Lua / Elixir / Haskell / R
@T("rails-storage-yml", "yaml", "code / config assignment")
def _(r):
    k = key(r, "aws_access_key_id"); s = key(r, "aws_secret_access_key"); dk = key(r, "digitalocean_token")
    ex = aws_example(r)
    return "config/storage.yml", r"""amazon:
  service: S3
  access_key_id: ⟪k⟫
  secret_access_key: ⟪s⟫
  region: eu-central-1
  bucket: invoices-prod

# docs sample, keep for reference: ⟪ex⟫
digitalocean:
  service: S3
  endpoint: https://fra1.digitaloceanspaces.com
  access_key_id: <%= ENV["DO_SPACES_KEY"] %>
  api_token: ⟪dk⟫
""", locals()


@T("ruby-net-smtp", "ruby", "code / config assignment")
def _(r):
    m = email(r); p = pw(r, "quoted"); h = ip(r); to = email(r)
    return "lib/tasks/report_mailer.rb", r"""require 'net/smtp'

SMTP_HOST = '⟪h⟫'
msg = <<~MSG
  From: Reports <⟪m⟫>
  To: ⟪to⟫
  Subject: nightly export

  attached.
MSG

Net::SMTP.start(SMTP_HOST, 587, 'reports.local', '⟪m⟫', '⟪p⟫', :login) do |smtp|
  smtp.send_message msg, '⟪m⟫', '⟪to⟫'
end
""", locals()


@T("ruby-devise-seed", "ruby", "code / config assignment")
def _(r):
    m1 = email(r); p1 = pw(r, "quoted"); m2 = email(r); p2 = pw(r, "quoted"); re_ = reserved_email(r); ph = placeholder(r, "password123")
    return "db/seeds.rb", r"""# Seeds for the demo environment
User.find_or_create_by!(email: '⟪m1⟫') do |u|
  u.password = '⟪p1⟫'
  u.admin = true
end
User.find_or_create_by!(email: '⟪m2⟫') do |u|
  u.password = '⟪p2⟫'
end
# factory default (spec only): ⟪re_⟫ / ⟪ph⟫
""", locals()


@T("php-wp-config", "php", "code / config assignment")
def _(r):
    h = ip(r); p = pw(r, "quoted"); keys = [key(r, "session_secret") for _ in range(2)]
    k1, k2 = keys
    return "wp-config.php", r"""<?php
define( 'DB_NAME', 'wp_shop' );
define( 'DB_USER', 'wp_shop' );
define( 'DB_PASSWORD', '⟪p⟫' );
define( 'DB_HOST', '⟪h⟫:3306' );
define( 'DB_CHARSET', 'utf8mb4' );

define( 'AUTH_KEY',         '⟪k1⟫' );
define( 'SECURE_AUTH_KEY',  '⟪k2⟫' );
$table_prefix = 'wp_';
""", locals()


@T("php-laravel-mail-config", "php", "code / config assignment")
def _(r):
    m = email(r); p = pw(r, "quoted"); k = key(r, "mailgun_api_key"); h = ip(r)
    return "config/mail.php", r"""<?php

return [
    'default' => env('MAIL_MAILER', 'smtp'),
    'mailers' => [
        'smtp' => [
            'transport' => 'smtp',
            'host' => '⟪h⟫',
            'port' => 587,
            'username' => '⟪m⟫',
            'password' => '⟪p⟫',
        ],
        'mailgun' => [
            'transport' => 'mailgun',
            'secret' => '⟪k⟫',
        ],
    ],
    'from' => ['address' => '⟪m⟫', 'name' => 'Shop'],
];
""", locals()


@T("perl-dbi-script", "perl", "code / config assignment")
def _(r):
    h = ip(r); p = pw(r, "sql"); m = email(r); lo = loopback_ip(r)
    return "bin/nightly_cleanup.pl", r"""#!/usr/bin/perl
use strict;
use warnings;
use DBI;

# Maintainer: ⟪m⟫
my $dsn = "DBI:mysql:database=crm;host=⟪h⟫;port=3306";
my $dbh = DBI->connect($dsn, 'crm_cleanup', '⟪p⟫', { RaiseError => 1 })
    or die $DBI::errstr;
my $cache = "⟪lo⟫:11211";
$dbh->do("DELETE FROM sessions WHERE updated_at < NOW() - INTERVAL 30 DAY");
""", locals()


@T("lua-nginx-redis", "lua", "code / config assignment")
def _(r):
    h = ip(r); p = pw(r, "quoted"); k = key(r, "hmac_secret")
    return "lua/ratelimit.lua", r"""local redis = require "resty.redis"
local red = redis:new()
red:set_timeouts(1000, 1000, 1000)

local ok, err = red:connect("⟪h⟫", 6379)
local res, err = red:auth("⟪p⟫")

local HMAC_SECRET = "⟪k⟫"
return red
""", locals()


@T("elixir-runtime-exs", "elixir", "code / config assignment")
def _(r):
    h = ip(r); p = pw(r, "url"); k = key(r, "session_secret"); m = email(r); mp = pw(r, "quoted")
    return "config/runtime.exs", r"""import Config

config :shop, Shop.Repo,
  url: "ecto://shop:⟪p⟫@⟪h⟫/shop_prod",
  pool_size: 10

config :shop, ShopWeb.Endpoint,
  secret_key_base: "⟪k⟫"

config :shop, Shop.Mailer,
  adapter: Swoosh.Adapters.SMTP,
  relay: "smtp.eu.mailgun.org",
  username: "⟪m⟫",
  password: "⟪mp⟫"
""", locals()


@T("haskell-config", "haskell", "code / config assignment")
def _(r):
    h = ip(r); p = pw(r, "quoted"); k = key(r, "github_app_token")
    return "app/Settings.hs", r"""module Settings where

import Database.PostgreSQL.Simple

connInfo :: ConnectInfo
connInfo = defaultConnectInfo
  { connectHost = "⟪h⟫"
  , connectUser = "hackage_mirror"
  , connectPassword = "⟪p⟫"
  , connectDatabase = "mirror"
  }

githubToken :: String
githubToken = "⟪k⟫"
""", locals()


@T("r-renviron-dbi", "r", "code / config assignment")
def _(r):
    h = ip(r); p = pw(r, "quoted"); m = email(r); k = key(r, "api_key_generic")
    return "analysis/load_data.R", r"""library(DBI)
library(RPostgres)

# questions -> ⟪m⟫
con <- dbConnect(RPostgres::Postgres(),
                 host = "⟪h⟫", port = 5432, dbname = "survey",
                 user = "analyst", password = "⟪p⟫")
Sys.setenv(CENSUS_API_KEY = "⟪k⟫")
df <- dbGetQuery(con, "SELECT * FROM responses")
""", locals()


@T("swift-api-constants", "swift", "mobile / IDE config")
def _(r):
    k = key(r, "openai_api_key"); h = ip(r); m = email(r); rk = Look("recaptcha_site_key", "6L" + rs(r, 38, AN + "_-"))
    return "Sources/App/Secrets.swift", r"""import Foundation

enum Secrets {
    static let openAIKey = "⟪k⟫"
    static let stagingHost = "⟪h⟫"
    static let supportEmail = "⟪m⟫"
    static let recaptchaSiteKey = "⟪rk⟫"
}
""", locals()


@T("android-gradle-properties", "properties", "mobile / IDE config")
def _(r):
    p = pw(r, "plain"); p2 = pw(r, "plain"); k = key(r, "google_api_key"); m = email(r)
    return "gradle.properties", r"""org.gradle.jvmargs=-Xmx4g
android.useAndroidX=true
RELEASE_STORE_FILE=release.jks
RELEASE_STORE_PASSWORD=⟪p⟫
RELEASE_KEY_ALIAS=upload
RELEASE_KEY_PASSWORD=⟪p2⟫
MAPS_API_KEY=⟪k⟫
ossrhUsername=⟪m⟫
""", locals()


@T("ios-googleservice-plist", "xml", "mobile / IDE config")
def _(r):
    k = key(r, "google_api_key"); m = email(r); sid = Look("numeric_id", str(r.randrange(10**11, 10**12)))
    return "App/GoogleService-Info.plist", r"""<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">
<plist version="1.0">
<dict>
	<key>API_KEY</key>
	<string>⟪k⟫</string>
	<key>GCM_SENDER_ID</key>
	<string>⟪sid⟫</string>
	<key>SUPPORT_CONTACT</key>
	<string>⟪m⟫</string>
</dict>
</plist>
""", locals()


# ============================================================ JavaScript / TypeScript
@T("node-knexfile", "javascript", "code / config assignment")
def _(r):
    h = ip(r); p = pw(r, "quoted"); pr = private_ip(r); p2 = placeholder(r, "postgres")
    return "knexfile.js", r"""module.exports = {
  development: {
    client: 'pg',
    connection: { host: '⟪pr⟫', user: 'postgres', password: '⟪p2⟫', database: 'app_dev' },
  },
  production: {
    client: 'pg',
    connection: {
      host: '⟪h⟫',
      user: 'app',
      password: '⟪p⟫',
      database: 'app',
      ssl: { rejectUnauthorized: false },
    },
  },
};
""", locals()


@T("ts-nodemailer", "typescript", "code / config assignment")
def _(r):
    m = email(r); p = pw(r, "quoted"); to = email(r); h = ip(r)
    return "src/mail/transport.ts", r"""import nodemailer from 'nodemailer';

export const transport = nodemailer.createTransport({
  host: '⟪h⟫',
  port: 465,
  secure: true,
  auth: {
    user: '⟪m⟫',
    pass: '⟪p⟫',
  },
});

export const ADMIN_INBOX = '⟪to⟫';
""", locals()


@T("vite-env-production", "dotenv", "code / config assignment")
def _(r):
    k = key(r, "supabase_secret_key"); a = jwt(r, kind="supabase_service_role_jwt"); pk = stripe_pk(r); h = ip(r)
    return ".env.production", r"""VITE_API_BASE=https://api.shop.io
VITE_STRIPE_PUBLISHABLE_KEY=⟪pk⟫
SUPABASE_SECRET_KEY=⟪k⟫
SUPABASE_SERVICE_ROLE_KEY=⟪a⟫
ORIGIN_IP=⟪h⟫
""", locals()


@T("js-firebase-admin", "javascript", "code / config assignment")
def _(r):
    pk = pem(r, "pkcs8", escape=True); m = Lab("EMAIL", "gcp_service_account_email", f"firebase-adminsdk-{rs(r, 5, LO + DG)}@{r.choice(['shop-prod', 'tally-app', 'orbit-4f2'])}-{r.randrange(1000, 9999)}.iam.gserviceaccount.com")
    kid = key(r, "gcp_private_key_id")
    return "functions/admin.js", r"""const admin = require('firebase-admin');

admin.initializeApp({
  credential: admin.credential.cert({
    projectId: 'shop-prod',
    clientEmail: '⟪m⟫',
    privateKeyId: '⟪kid⟫',
    privateKey: '⟪pk⟫',
  }),
});
""", locals()


@T("package-json-scripts", "json", "code / config assignment")
def _(r):
    h = ip(r); p = pw(r, "shell"); k = key(r, "npm_token"); ig = sri(r); v = version(r)
    return "package.json", r"""{
  "name": "@fleet/admin-ui",
  "version": "⟪v⟫",
  "scripts": {
    "deploy": "rsync -az dist/ deploy@⟪h⟫:/srv/admin-ui/",
    "db:tunnel": "sshpass -p ⟪p⟫ ssh -N -L 5433:localhost:5432 deploy@⟪h⟫",
    "publish:ci": "NPM_TOKEN=⟪k⟫ npm publish"
  },
  "_integrity": "⟪ig⟫"
}
""", locals()


@T("ts-mongoose-connect", "typescript", "URL / connection string")
def _(r):
    p = pw(r, "url"); m = email(r); h = ip(r)
    return "src/db.ts", r"""import mongoose from 'mongoose';

const uri = process.env.MONGO_URI ??
  'mongodb+srv://api-user:⟪p⟫@cluster0.x7kq2.mongodb.net/shop?retryWrites=true&w=majority';

export async function connect() {
  await mongoose.connect(uri);
}
// legacy single node: mongodb://⟪h⟫:27017
// owner: ⟪m⟫
""", locals()


@T("deno-kv-token", "typescript", "code / config assignment")
def _(r):
    k = key(r, "groq_api_key"); k2 = key(r, "replicate_token"); u = uuid(r)
    return "main.ts", r"""const GROQ_API_KEY = "⟪k⟫";
const REPLICATE_API_TOKEN = "⟪k2⟫";
const requestId = "⟪u⟫";

Deno.serve(async (req) => {
  const r = await fetch("https://api.groq.com/openai/v1/chat/completions", {
    headers: { Authorization: `Bearer ${GROQ_API_KEY}` },
  });
  return r;
});
""", locals()


@T("webpack-devserver-proxy", "javascript", "code / config assignment")
def _(r):
    h = ip(r); b = basic_b64(r, "staging", pw(r, "plain").value); lo = loopback_ip(r)
    return "webpack.config.js", r"""module.exports = {
  devServer: {
    host: '⟪lo⟫',
    proxy: {
      '/api': {
        target: 'http://⟪h⟫:8080',
        headers: { Authorization: 'Basic ⟪b⟫' },
        changeOrigin: true,
      },
    },
  },
};
""", locals()


# ============================================================ Python variants
@T("python-django-databases", "python", "code / config assignment")
def _(r):
    h = ip(r); p = pw(r, "quoted"); k = key(r, "django_secret_key"); m = email(r); ep = pw(r, "quoted")
    k_val = k.value.replace("'", "")
    k = Lab("KEY", k.kind, k_val)
    return "mysite/settings/production.py", r"""from .base import *  # noqa

DEBUG = False
SECRET_KEY = '⟪k⟫'
ALLOWED_HOSTS = ['shop.io', '⟪h⟫']
DATABASES = {
    'default': {
        'ENGINE': 'django.db.backends.postgresql',
        'NAME': 'shop',
        'USER': 'shop',
        'PASSWORD': '⟪p⟫',
        'HOST': '⟪h⟫',
    }
}
ADMINS = [('Ops', '⟪m⟫')]
EMAIL_HOST_USER = '⟪m⟫'
EMAIL_HOST_PASSWORD = '⟪ep⟫'
""", locals()


@T("python-fabric-hosts", "python", "command line / shell")
def _(r):
    h1 = ip(r); h2 = ip(r); p = pw(r, "quoted"); pr = private_ip(r)
    return "fabfile.py", r"""from fabric import Connection, task

HOSTS = ["⟪h1⟫", "⟪h2⟫"]
BASTION = "⟪pr⟫"


@task
def deploy(c):
    for host in HOSTS:
        conn = Connection(host, user="deploy", connect_kwargs={"password": "⟪p⟫"})
        conn.run("systemctl restart api")
""", locals()


@T("python-boto3-session", "python", "code / config assignment")
def _(r):
    k = key(r, "aws_access_key_id"); s = key(r, "aws_secret_access_key"); ex = Look("aws_example_key", "AKIAIOSFODNN7EXAMPLE")
    return "etl/s3_sync.py", r"""import boto3

# copied from the AWS docs first (⟪ex⟫), then the real pair:
session = boto3.Session(
    aws_access_key_id="⟪k⟫",
    aws_secret_access_key="⟪s⟫",
    region_name="ap-southeast-2",
)
s3 = session.client("s3")
""", locals()


@T("python-psycopg-dsn", "python", "URL / connection string")
def _(r):
    h = ip(r); p = pw(r, "quoted"); p2 = pw(r, "url"); h2 = ip(r)
    return "scripts/migrate_legacy.py", r"""import psycopg

SRC = "host=⟪h⟫ port=5432 dbname=legacy user=reader password=⟪p⟫ sslmode=require"
DST = "postgresql://writer:⟪p2⟫@⟪h2⟫:5432/warehouse"

with psycopg.connect(SRC) as src, psycopg.connect(DST) as dst:
    pass
""", locals()


@T("python-openai-hf", "python", "code / config assignment")
def _(r):
    k = key(r, "openai_api_key"); hf = key(r, "huggingface_token"); m = email(r); ph = placeholder(r, "sk-...")
    return "notebooks/eval_utils.py", r"""import os
from openai import OpenAI
from huggingface_hub import login

# format: ⟪ph⟫
client = OpenAI(api_key=os.getenv("OPENAI_API_KEY", "⟪k⟫"))
login(token="⟪hf⟫")
CONTACT = "⟪m⟫"
""", locals()


@T("python-imaplib", "python", "code / config assignment")
def _(r):
    m = email(r); p = pw(r, "quoted"); h = ip(r)
    return "tools/fetch_invoices.py", r"""import imaplib

IMAP_HOST = "⟪h⟫"
mail = imaplib.IMAP4_SSL(IMAP_HOST)
mail.login("⟪m⟫", "⟪p⟫")
mail.select("INBOX")
""", locals()


@T("python-telegram-bot", "python", "code / config assignment")
def _(r):
    k = key(r, "telegram_bot_token"); cid = Look("numeric_id", str(-r.randrange(10**12, 10**13))); h = ip(r)
    return "bot/main.py", r"""from telegram.ext import ApplicationBuilder

TOKEN = "⟪k⟫"
ALERT_CHAT_ID = ⟪cid⟫
WEBHOOK_IP = "⟪h⟫"

app = ApplicationBuilder().token(TOKEN).build()
""", locals()


@T("python-pytest-conftest", "python", "code / config assignment")
def _(r):
    m = email(r); p = pw(r, "quoted"); re_ = reserved_email(r); h = ip(r); lo = loopback_ip(r)
    return "tests/conftest.py", r"""import pytest


@pytest.fixture
def live_account():
    # real sandbox account shared by the QA team
    return {"email": "⟪m⟫", "password": "⟪p⟫", "gateway": "⟪h⟫"}


@pytest.fixture
def fake_user():
    return {"email": "⟪re_⟫", "host": "⟪lo⟫"}
""", locals()


@T("python-ldap-bind", "python", "code / config assignment")
def _(r):
    h = ip(r); p = pw(r, "quoted"); m = email(r)
    return "auth/ldap_sync.py", r"""from ldap3 import Server, Connection, ALL

server = Server("ldaps://⟪h⟫", get_info=ALL)
conn = Connection(server, "cn=svc-sync,ou=services,dc=corp,dc=lan", "⟪p⟫", auto_bind=True)
conn.search("dc=corp,dc=lan", "(mail=⟪m⟫)")
""", locals()


@T("python-discord-bot", "python", "code / config assignment")
def _(r):
    k = key(r, "discord_bot_token"); gid = Look("numeric_id", str(r.randrange(10**17, 10**18)))
    return "discord_bot/run.py", r"""import discord

GUILD_ID = ⟪gid⟫
intents = discord.Intents.default()
client = discord.Client(intents=intents)
client.run("⟪k⟫")
""", locals()


@T("python-setup-cfg-pypirc", "ini", "CI / IaC")
def _(r):
    k = key(r, "pypi_token"); p = pw(r, "ini"); m = email(r)
    return ".pypirc", r"""[distutils]
index-servers =
    pypi
    internal

[pypi]
username = __token__
password = ⟪k⟫

[internal]
repository = https://nexus.corp.lan/repository/pypi-internal/
username = ⟪m⟫
password = ⟪p⟫
""", locals()


@T("python-airflow-connections", "yaml", "CI / IaC")
def _(r):
    h = ip(r); p = pw(r, "yaml"); k = key(r, "databricks_token"); h2 = ip(r); p2 = pw(r, "url")
    return "airflow/connections.yaml", r"""postgres_dwh:
  conn_type: postgres
  host: ⟪h⟫
  login: airflow
  password: ⟪p⟫
  port: 5432
databricks_default:
  conn_type: databricks
  host: https://adb-1234567890123456.7.azuredatabricks.net
  password: ⟪k⟫
sftp_partner:
  conn_uri: sftp://partner:⟪p2⟫@⟪h2⟫:22
""", locals()


@T("python-streamlit-secrets", "toml", "code / config assignment")
def _(r):
    p = pw(r, "quoted"); h = ip(r); k = key(r, "mistral_api_key"); m = email(r)
    return ".streamlit/secrets.toml", r"""[connections.postgresql]
dialect = "postgresql"
host = "⟪h⟫"
port = "5432"
database = "dash"
username = "dash_ro"
password = "⟪p⟫"

MISTRAL_API_KEY = "⟪k⟫"
admin_email = "⟪m⟫"
""", locals()


# ============================================================ shell / command line
@T("bash-history-admin", "shell", "command line / shell")
def _(r):
    h = ip(r); p = pw(r, "shell"); h2 = ip(r); p2 = pw(r, "shell"); k = key(r, "github_pat"); pr = private_ip(r)
    return ".bash_history", r"""ssh root@⟪h⟫
mysql -h ⟪h⟫ -u root -p⟪p⟫ shop
PGPASSWORD=⟪p2⟫ psql -h ⟪h2⟫ -U postgres -c 'select 1'
ping -c 3 ⟪pr⟫
git clone https://x-access-token:⟪k⟫@github.com/fleet/infra.git
history | tail
""", locals()


@T("zsh-curl-examples", "shell", "command line / shell")
def _(r):
    k = key(r, "sendgrid_api_key"); m = email(r); to = email(r); h = ip(r); p = pw(r, "shell")
    return "docs/snippets/send_test_mail.sh", r"""#!/usr/bin/env zsh
curl --request POST \
  --url https://api.sendgrid.com/v3/mail/send \
  --header "Authorization: Bearer ⟪k⟫" \
  --header 'Content-Type: application/json' \
  --data '{"personalizations":[{"to":[{"email":"⟪to⟫"}]}],"from":{"email":"⟪m⟫"},"subject":"test"}'

curl -u admin:⟪p⟫ http://⟪h⟫:15672/api/overview
""", locals()


@T("powershell-psremoting", "powershell", "command line / shell")
def _(r):
    p = pw(r, "quoted"); h = ip(r); m = email(r); k = key(r, "azure_storage_key")
    return "ops/Restart-Pool.ps1", r"""$secure = ConvertTo-SecureString '⟪p⟫' -AsPlainText -Force
$cred = New-Object System.Management.Automation.PSCredential ('CORP\svc-iis', $secure)
Invoke-Command -ComputerName ⟪h⟫ -Credential $cred -ScriptBlock { Restart-WebAppPool -Name 'api' }
Send-MailMessage -To '⟪m⟫' -Subject 'pool restarted' -SmtpServer 'smtp.corp.lan'
$env:AZURE_STORAGE_KEY = '⟪k⟫'
""", locals()


@T("windows-bat-netuse", "batch", "command line / shell")
def _(r):
    p = pw(r, "bat"); h = ip(r); p2 = pw(r, "bat"); m = email(r)
    return "scripts\\map_drives.bat", r"""@echo off
REM questions: ⟪m⟫
net use Z: \\⟪h⟫\backup /user:BACKUP\svc_backup ⟪p⟫ /persistent:no
set SQLCMDPASSWORD=⟪p2⟫
sqlcmd -S ⟪h⟫ -U sa -Q "BACKUP DATABASE erp TO DISK='Z:\erp.bak'"
""", locals()


@T("docker-run-command", "shell", "command line / shell")
def _(r):
    p = pw(r, "shell"); k = key(r, "datadog_api_key"); h = ip(r); d = docker_digest(r)
    return "scripts/run_local.sh", r"""#!/bin/sh
docker run -d --name pg -e POSTGRES_PASSWORD=⟪p⟫ -p 5432:5432 postgres@⟪d⟫
docker run -d --name dd-agent -e DD_API_KEY=⟪k⟫ -e DD_SITE=datadoghq.eu datadog/agent:7
docker -H tcp://⟪h⟫:2376 --tlsverify ps
""", locals()


@T("sshpass-rsync-cron", "crontab", "command line / shell")
def _(r):
    p = pw(r, "shell"); h = ip(r); m = email(r); h2 = ip(r)
    return "etc/cron.d/offsite-backup", r"""MAILTO=⟪m⟫
SHELL=/bin/bash
15 2 * * * root sshpass -p '⟪p⟫' rsync -az /var/backups/ backup@⟪h⟫:/srv/offsite/
*/5 * * * * root /usr/local/bin/healthcheck --target ⟪h2⟫
""", locals()


@T("kubectl-create-secret", "shell", "command line / shell")
def _(r):
    p = pw(r, "shell"); k = key(r, "stripe_secret_key"); m = email(r); p2 = pw(r, "shell")
    return "deploy/bootstrap.sh", r"""#!/usr/bin/env bash
set -euo pipefail
kubectl create secret generic api-secrets \
  --from-literal=DB_PASSWORD=⟪p⟫ \
  --from-literal=STRIPE_KEY=⟪k⟫
kubectl create secret docker-registry regcred \
  --docker-server=ghcr.io --docker-username=fleet-bot \
  --docker-password=⟪p2⟫ --docker-email=⟪m⟫
""", locals()


@T("aws-cli-configure", "shell", "command line / shell")
def _(r):
    k = key(r, "aws_access_key_id"); s = key(r, "aws_secret_access_key"); a = Look("aws_account_id", str(r.randrange(10**11, 10**12)))
    return "README-ops.sh", r"""# one-off setup for the reporting box (account ⟪a⟫)
aws configure set aws_access_key_id ⟪k⟫
aws configure set aws_secret_access_key ⟪s⟫
aws configure set region us-east-2
""", locals()


@T("httpie-wget-examples", "shell", "command line / shell")
def _(r):
    k = key(r, "pagerduty_api_key"); p = pw(r, "shell"); h = ip(r); m = email(r)
    return "docs/api-examples.txt", r"""http GET https://api.pagerduty.com/incidents Authorization:"Token token=⟪k⟫" From:⟪m⟫
wget --user=mirror --password=⟪p⟫ ftp://⟪h⟫/pub/dump.sql.gz
""", locals()


@T("redis-cli-session", "shell", "command line / shell")
def _(r):
    h = ip(r); p = pw(r, "shell"); lo = loopback_ip(r)
    return "notes/redis_debug.txt", r"""$ redis-cli -h ⟪h⟫ -p 6380 -a ⟪p⟫ --tls info replication
# Replication
role:master
connected_slaves:1
slave0:ip=⟪lo⟫,port=6381,state=online,offset=884211,lag=0
""", locals()


@T("ftp-lftp-script", "shell", "command line / shell")
def _(r):
    h = ip(r); p = pw(r, "shell"); m = email(r)
    return "bin/publish_catalog.sh", r"""#!/bin/bash
# contact ⟪m⟫ if the partner server changes
lftp -u catalog,⟪p⟫ -e "mirror -R ./out /incoming; bye" ftp://⟪h⟫
""", locals()


@T("openssl-pkcs12-notes", "shell", "command line / shell")
def _(r):
    p = pw(r, "shell"); p2 = pw(r, "shell"); fp = ssh_fp(r)
    return "certs/README.sh", r"""# export bundle for the load balancer
openssl pkcs12 -export -in tls.crt -inkey tls.key -out bundle.p12 -passout pass:⟪p⟫
keytool -importkeystore -srckeystore bundle.p12 -srcstoretype PKCS12 -srcstorepass ⟪p⟫ -destkeystore lb.jks -deststorepass ⟪p2⟫
# host key ⟪fp⟫
""", locals()


# ============================================================ CI / IaC / containers
@T("github-actions-deploy", "yaml", "CI / IaC")
def _(r):
    h = ip(r); p = pw(r, "yaml"); k = key(r, "docker_hub_pat"); ref = Look("ci_secret_ref", "${{ secrets.SSH_KEY }}"); sh = git_sha(r)
    return ".github/workflows/deploy.yml", r"""name: deploy
on: { push: { branches: [main] } }
jobs:
  deploy:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@⟪sh⟫
      - uses: docker/login-action@v3
        with:
          username: fleetbot
          password: ⟪k⟫
      - uses: appleboy/ssh-action@v1
        with:
          host: ⟪h⟫
          username: deploy
          password: ⟪p⟫
          key: ⟪ref⟫
""", locals()


@T("gitlab-ci-variables", "yaml", "CI / IaC")
def _(r):
    k = key(r, "gitlab_pat"); p = pw(r, "yaml"); h = ip(r); m = email(r); sk = key(r, "sonar_token")
    return ".gitlab-ci.yml", r"""variables:
  GIT_AUTHOR_EMAIL: ⟪m⟫
  SONAR_TOKEN: ⟪sk⟫
  RELEASE_TOKEN: ⟪k⟫
  DEPLOY_HOST: ⟪h⟫
  MYSQL_ROOT_PASSWORD: ⟪p⟫

deploy:
  stage: deploy
  script:
    - ssh deploy@$DEPLOY_HOST ./release.sh
""", locals()


@T("circleci-config", "yaml", "CI / IaC")
def _(r):
    k = key(r, "circleci_token"); p = pw(r, "yaml"); h = ip(r)
    return ".circleci/config.yml", r"""version: 2.1
jobs:
  test:
    docker:
      - image: cimg/python:3.12
      - image: cimg/postgres:16.2
        environment:
          POSTGRES_PASSWORD: ⟪p⟫
    environment:
      CIRCLE_API_TOKEN: ⟪k⟫
      SMOKE_TARGET: ⟪h⟫
    steps: [checkout]
""", locals()


@T("jenkinsfile-withcreds", "groovy", "CI / IaC")
def _(r):
    p = pw(r, "quoted"); h = ip(r); k = key(r, "sonar_token"); m = email(r)
    return "Jenkinsfile", r"""pipeline {
  agent any
  environment {
    SONAR_LOGIN = '⟪k⟫'
    NEXUS_PASS  = '⟪p⟫'
  }
  stages {
    stage('deploy') {
      steps {
        sh "scp target/app.war tomcat@⟪h⟫:/opt/tomcat/webapps/"
      }
    }
  }
  post { failure { mail to: '⟪m⟫', subject: "failed ${env.BUILD_TAG}", body: 'see console' } }
}
""", locals()


@T("azure-pipelines-yaml", "yaml", "CI / IaC")
def _(r):
    p = pw(r, "yaml"); k = key(r, "nuget_api_key"); h = ip(r); v = build_number(r)
    return "azure-pipelines.yml", r"""trigger: [main]
variables:
  buildVersion: ⟪v⟫
  sqlAdminPassword: ⟪p⟫
  nugetApiKey: ⟪k⟫
  smokeHost: ⟪h⟫
steps:
  - script: dotnet nuget push **/*.nupkg -k $(nugetApiKey) -s https://api.nuget.org/v3/index.json
""", locals()


@T("bitbucket-pipelines", "yaml", "CI / IaC")
def _(r):
    k = key(r, "aws_access_key_id"); s = key(r, "aws_secret_access_key"); h = ip(r)
    return "bitbucket-pipelines.yml", r"""pipelines:
  branches:
    main:
      - step:
          script:
            - pipe: atlassian/aws-s3-deploy:1.1.0
              variables:
                AWS_ACCESS_KEY_ID: ⟪k⟫
                AWS_SECRET_ACCESS_KEY: ⟪s⟫
                S3_BUCKET: static-site-prod
            - curl -fsS http://⟪h⟫/purge
""", locals()


@T("dockerfile-args", "dockerfile", "CI / IaC")
def _(r):
    k = key(r, "npm_token"); p = pw(r, "shell"); h = ip(r); d = docker_digest(r); m = email(r)
    return "Dockerfile", r"""FROM node:20-alpine@⟪d⟫
LABEL maintainer="⟪m⟫"
ARG NPM_TOKEN=⟪k⟫
RUN echo "//registry.npmjs.org/:_authToken=${NPM_TOKEN}" > .npmrc && npm ci && rm .npmrc
ENV DB_PASSWORD=⟪p⟫ \
    METRICS_PUSH=⟪h⟫:9091
CMD ["node", "server.js"]
""", locals()


@T("docker-compose-stack", "yaml", "CI / IaC")
def _(r):
    p = pw(r, "yaml"); p2 = pw(r, "url"); k = key(r, "flask_secret_key"); h = ip(r); pr = private_ip(r); m = email(r); p3 = pw(r, "yaml")
    return "docker-compose.yml", r"""services:
  db:
    image: mariadb:11
    environment:
      MARIADB_ROOT_PASSWORD: ⟪p⟫
  web:
    build: .
    environment:
      - DATABASE_URL=mysql://app:⟪p2⟫@db:3306/app
      - SECRET_KEY=⟪k⟫
      - SMTP_RELAY=⟪h⟫
    extra_hosts:
      - "ldap.corp:⟪pr⟫"
  pgadmin:
    image: dpage/pgadmin4
    environment:
      PGADMIN_DEFAULT_EMAIL: ⟪m⟫
      PGADMIN_DEFAULT_PASSWORD: ⟪p3⟫
""", locals()


@T("k8s-secret-data", "yaml", "CI / IaC")
def _(r):
    pv = pw(r, "plain").value; b1 = b64_secret(r, pv); b2 = b64_secret(r, KEY_PLAIN := rs(r, 40)); h = ip(r); u = uuid(r)
    return "k8s/secret.yaml", r"""apiVersion: v1
kind: Secret
metadata:
  name: backend
  uid: ⟪u⟫
type: Opaque
data:
  DB_PASSWORD: ⟪b1⟫
  API_SIGNING_KEY: ⟪b2⟫
---
apiVersion: v1
kind: Endpoints
metadata: { name: external-db }
subsets:
  - addresses: [{ ip: ⟪h⟫ }]
    ports: [{ port: 5432 }]
""", locals()


@T("helm-values-prod", "yaml", "CI / IaC")
def _(r):
    p = pw(r, "yaml"); k = key(r, "grafana_service_token"); m = email(r); h = ip(r); pk = pem(r, "ec", indent="    ")
    return "charts/api/values-prod.yaml", r"""postgresql:
  auth:
    password: ⟪p⟫
grafana:
  adminUser: ⟪m⟫
  serviceAccountToken: ⟪k⟫
ingress:
  loadBalancerIP: ⟪h⟫
tls:
  key: |
    ⟪pk⟫
""", locals()


@T("terraform-provider-block", "hcl", "CI / IaC")
def _(r):
    k = key(r, "digitalocean_token"); p = pw(r, "quoted"); h = ip(r); cf = key(r, "cloudflare_api_token"); pr = private_ip(r)
    return "infra/main.tf", r"""provider "digitalocean" {
  token = "⟪k⟫"
}

provider "cloudflare" {
  api_token = "⟪cf⟫"
}

resource "digitalocean_database_user" "app" {
  cluster_id = digitalocean_database_cluster.pg.id
  name       = "app"
}

resource "cloudflare_record" "api" {
  zone_id = var.zone_id
  name    = "api"
  value   = "⟪h⟫"
  type    = "A"
}

locals {
  admin_password = "⟪p⟫"
  vpc_gateway    = "⟪pr⟫"
}
""", locals()


@T("terraform-tfvars-aws", "hcl", "CI / IaC")
def _(r):
    p = pw(r, "quoted"); h = ip(r); h2 = ip(r); m = email(r); k = key(r, "terraform_cloud_token")
    return "envs/prod/terraform.tfvars", r"""db_master_password = "⟪p⟫"
office_cidrs       = ["⟪h⟫/32", "⟪h2⟫/32"]
alarm_email        = "⟪m⟫"
tfe_token          = "⟪k⟫"
""", locals()


@T("ansible-inventory-yaml", "yaml", "CI / IaC")
def _(r):
    h1 = ip(r); h2 = ip(r); p = pw(r, "yaml"); p2 = pw(r, "yaml"); pr = private_ip(r)
    return "inventory/prod.yml", r"""all:
  children:
    web:
      hosts:
        web01: { ansible_host: ⟪h1⟫ }
        web02: { ansible_host: ⟪h2⟫ }
      vars:
        ansible_user: deploy
        ansible_password: ⟪p⟫
        ansible_become_password: ⟪p2⟫
    internal:
      hosts:
        db01: { ansible_host: ⟪pr⟫ }
""", locals()


@T("pulumi-stack-config", "yaml", "CI / IaC")
def _(r):
    k = key(r, "pulumi_token"); sec = Look("pulumi_secure_value", "AAABA" + rs(r, 40, AN + "+/")); h = ip(r); p = pw(r, "yaml")
    return "Pulumi.prod.yaml", r"""config:
  aws:region: eu-west-1
  app:dbPassword:
    secure: ⟪sec⟫
  app:legacyDbPassword: ⟪p⟫
  app:pulumiAccessToken: ⟪k⟫
  app:natIp: ⟪h⟫
""", locals()


@T("vault-agent-hcl", "hcl", "CI / IaC")
def _(r):
    k = key(r, "vault_token"); h = ip(r); rid = uuid(r)
    return "vault/agent.hcl", r"""vault {
  address = "https://⟪h⟫:8200"
}
auto_auth {
  method "approle" {
    config = {
      role_id_file_path = "/etc/vault/role-id"   # ⟪rid⟫
    }
  }
}
# bootstrap token, revoke after first run
token = "⟪k⟫"
""", locals()


@T("cloud-init-userdata", "yaml", "CI / IaC")
def _(r):
    p = pw(r, "yaml"); h = ip(r); sp = ssh_pub(r); hp = sha512crypt(r); m = email(r)
    return "cloud-init/user-data.yaml", r"""#cloud-config
users:
  - name: ops
    passwd: ⟪hp⟫
    ssh_authorized_keys:
      - ⟪sp⟫ ⟪m⟫
chpasswd:
  list: |
    root:⟪p⟫
  expire: false
runcmd:
  - [ sh, -c, "echo 'nameserver ⟪h⟫' > /etc/resolv.conf" ]
""", locals()


@T("packer-hcl", "hcl", "CI / IaC")
def _(r):
    p = pw(r, "quoted"); k = key(r, "hmac_secret"); h = ip(r)
    return "packer/windows.pkr.hcl", r"""source "vsphere-iso" "win2022" {
  vcenter_server = "⟪h⟫"
  username       = "⟪vu⟫"
  password       = "⟪p⟫"
  winrm_password = "⟪p⟫"
}
variable "signing_key" { default = "⟪k⟫" }
""", dict(locals(), vu=Look("reserved_email", "administrator@vsphere.local"))


@T("argo-cd-repo-secret", "yaml", "CI / IaC")
def _(r):
    k = key(r, "github_fine_grained_pat"); pk = pem(r, "openssh", indent="    "); h = ip(r)
    return "argocd/repo-creds.yaml", r"""apiVersion: v1
kind: Secret
metadata:
  name: private-repo
  labels: { argocd.argoproj.io/secret-type: repository }
stringData:
  url: https://github.com/fleet/gitops
  password: ⟪k⟫
  username: not-used
---
apiVersion: v1
kind: Secret
metadata:
  name: legacy-git
stringData:
  url: ssh://git@⟪h⟫:2222/ops/legacy.git
  sshPrivateKey: |
    ⟪pk⟫
""", locals()


# ============================================================ network config
@T("nginx-upstream-auth", "nginx", "network config")
def _(r):
    h1 = ip(r); h2 = ip(r); b = basic_b64(r, "partner", pw(r, "plain").value); pr = private_ip(r); d = doc_ip(r)
    return "etc/nginx/conf.d/partner.conf", r"""upstream partner_api {
    server ⟪h1⟫:443;
    server ⟪h2⟫:443 backup;
}
server {
    listen 443 ssl;
    allow ⟪pr⟫;
    deny ⟪d⟫;
    location /partner/ {
        proxy_pass https://partner_api;
        proxy_set_header Authorization "Basic ⟪b⟫";
    }
}
""", locals()


@T("haproxy-userlist", "haproxy", "network config")
def _(r):
    p = pw(r, "shell"); h = ip(r); h2 = ip(r); hp = sha512crypt(r)
    return "etc/haproxy/haproxy.cfg", r"""userlist ops
    user admin insecure-password ⟪p⟫
    user viewer password ⟪hp⟫

backend api
    balance roundrobin
    server api1 ⟪h⟫:8080 check
    server api2 ⟪h2⟫:8080 check
""", locals()


@T("wireguard-peer-conf", "ini", "network config")
def _(r):
    k = key(r, "wireguard_private_key"); psk = key(r, "wireguard_private_key"); psk.kind = "wireguard_preshared_key"
    pub = wg_pub(r); h = ip(r); a = Look("private_ip", f"10.{r.randrange(256)}.0.{r.randrange(2, 250)}")
    return "wg0.conf", r"""[Interface]
PrivateKey = ⟪k⟫
Address = ⟪a⟫/24
DNS = ⟪dns⟫

[Peer]
PublicKey = ⟪pub⟫
PresharedKey = ⟪psk⟫
Endpoint = ⟪h⟫:51820
AllowedIPs = ⟪z⟫/0
""", dict(locals(), dns=Lab("IP_ADDRESS", "public_resolver_ip", "1.1.1.1"), z=Look("unspecified_ip", "0.0.0.0"))


@T("cisco-ios-running", "cisco", "network config")
def _(r):
    p = pw(r, "shell"); c = Lab("PASSWORD", "snmp_community", rs(r, 12, AN)); h = ip(r); h2 = ip(r); n = netmask(r)
    bp = pw(r, "shell"); t9 = Look("cisco_type9_hash", "$9$" + rs(r, 14, AN + "./") + "$" + rs(r, 43, AN + "./"))
    return "configs/edge-rtr01.cfg", r"""hostname edge-rtr01
enable secret 9 ⟪t9⟫
username netops privilege 15 password 0 ⟪p⟫
!
interface GigabitEthernet0/0
 ip address ⟪h⟫ ⟪n⟫
!
snmp-server community ⟪c⟫ RO
router bgp 65010
 neighbor ⟪h2⟫ remote-as 174
 neighbor ⟪h2⟫ password ⟪bp⟫
""", locals()


@T("juniper-set-commands", "junos", "network config")
def _(r):
    h = ip(r); h2 = ip(r); p = pw(r, "shell"); enc = Look("junos_encrypted", "$9$" + rs(r, 24, AN + "./"))
    return "junos/border.set", r"""set system root-authentication encrypted-password "⟪enc⟫"
set system login user noc authentication plain-text-password-value ⟪p⟫
set interfaces ge-0/0/0 unit 0 family inet address ⟪h⟫/30
set protocols bgp group transit neighbor ⟪h2⟫ peer-as 3356
""", locals()


@T("openvpn-client-ovpn", "openvpn", "network config")
def _(r):
    h = ip(r); k = pem(r, "pkcs8"); c = cert(r); p = pw(r, "shell")
    return "client/office.ovpn", r"""client
dev tun
proto udp
remote ⟪h⟫ 1194
auth-user-pass creds.txt
# creds.txt: vpnuser / ⟪p⟫
<cert>
⟪c⟫
</cert>
<key>
⟪k⟫
</key>
""", locals()


@T("ssh-config-hosts", "sshconfig", "network config")
def _(r):
    h1 = ip(r); h2 = ip(r); pr = private_ip(r); m = email(r)
    return ".ssh/config", r"""# managed by ⟪m⟫
Host bastion
    HostName ⟪h1⟫
    User ops
    IdentityFile ~/.ssh/id_ed25519
Host db-*
    ProxyJump bastion
    HostName ⟪pr⟫
Host legacy
    HostName ⟪h2⟫
    Port 2222
""", locals()


@T("bind-zone-file", "dns", "network config")
def _(r):
    h1 = ip(r); h2 = ip(r); h3 = ip6(r)
    mail = email(r)
    return "zones/db.shop.io", r"""$TTL 3600
@   IN SOA ns1.shop.io. hostmaster.shop.io. ( 2024061801 7200 3600 1209600 3600 )
@   IN NS  ns1.shop.io.
@   IN A   ⟪h1⟫
www IN A   ⟪h2⟫
www IN AAAA ⟪h3⟫
@   IN TXT "v=spf1 ip4:⟪h1⟫ -all"
_dmarc IN TXT "v=DMARC1; p=reject; rua=mailto:⟪mail⟫"
""", locals()


@T("iptables-rules", "iptables", "network config")
def _(r):
    h1 = ip(r); h2 = ip(r); pr = private_ip(r); mc = multicast_ip(r)
    return "etc/iptables/rules.v4", r"""*filter
:INPUT DROP [0:0]
-A INPUT -s ⟪h1⟫/32 -p tcp --dport 22 -j ACCEPT
-A INPUT -s ⟪h2⟫/32 -p tcp --dport 5432 -j ACCEPT
-A INPUT -s ⟪pr⟫/24 -j ACCEPT
-A INPUT -d ⟪mc⟫ -j DROP
COMMIT
""", locals()


@T("keepalived-vrrp", "keepalived", "network config")
def _(r):
    p = Lab("PASSWORD", "vrrp_auth_pass", rs(r, 8, AN)); h = ip(r); pr = private_ip(r)
    return "etc/keepalived/keepalived.conf", r"""vrrp_instance VI_1 {
    state MASTER
    interface eth0
    virtual_router_id 51
    unicast_src_ip ⟪pr⟫
    authentication {
        auth_type PASS
        auth_pass ⟪p⟫
    }
    virtual_ipaddress {
        ⟪h⟫
    }
}
""", locals()


@T("strongswan-ipsec-secrets", "ipsec", "network config")
def _(r):
    h1 = ip(r); h2 = ip(r); psk = Lab("PASSWORD", "ipsec_psk", rs(r, 32, AN))
    return "etc/ipsec.secrets", r"""# site-to-site with the Frankfurt DC
⟪h1⟫ ⟪h2⟫ : PSK "⟪psk⟫"
""", locals()


@T("squid-cache-peer", "squid", "network config")
def _(r):
    h = ip(r); p = pw(r, "shell"); pr = private_ip(r)
    return "etc/squid/squid.conf", r"""http_port ⟪pr⟫:3128
cache_peer ⟪h⟫ parent 8080 0 no-query login=proxyuser:⟪p⟫
never_direct allow all
""", locals()


@T("etc-hosts-mixed", "hosts", "network config")
def _(r):
    a = ip(r); b = ip(r); c = private_ip(r); d = loopback_ip(r); e = ip6(r)
    return "etc/hosts", r"""⟪lo4⟫       localhost
⟪lo6⟫             localhost ip6-localhost
⟪c⟫    nas.home
⟪a⟫   api.partner-prod.com
⟪b⟫   sftp.partner-prod.com
⟪e⟫ api.partner-prod.com
⟪d⟫   dev.local
""", dict(locals(), lo4=Look("loopback_ip", "127.0.0.1"), lo6=Look("loopback_ipv6", "::1"))


# ============================================================ logs / traces
@T("nginx-access-log", "log", "log / stack trace")
def _(r):
    a = ip(r); b = ip(r); c = ip(r); k = key(r, "session_secret"); pr = private_ip(r)
    return "logs/access.log", r"""⟪a⟫ - - [12/Mar/2024:10:14:02 +0000] "GET /api/v1/orders HTTP/1.1" 200 5120 "-" "okhttp/4.12.0"
⟪b⟫ - - [12/Mar/2024:10:14:05 +0000] "GET /password/reset?token=⟪k⟫ HTTP/1.1" 302 0 "-" "Mozilla/5.0"
⟪pr⟫ - - [12/Mar/2024:10:14:09 +0000] "GET /healthz HTTP/1.1" 200 2 "-" "kube-probe/1.29"
⟪c⟫ - - [12/Mar/2024:10:14:11 +0000] "POST /login HTTP/1.1" 401 61 "-" "python-requests/2.31.0"
""", locals()


@T("sshd-auth-log", "log", "log / stack trace")
def _(r):
    a = ip(r); b = ip(r); c = ip(r)
    return "var/log/auth.log", r"""Mar 12 03:11:52 web01 sshd[20211]: Failed password for invalid user oracle from ⟪a⟫ port 51122 ssh2
Mar 12 03:11:55 web01 sshd[20211]: Failed password for root from ⟪b⟫ port 40218 ssh2
Mar 12 03:12:01 web01 sshd[20230]: Accepted publickey for deploy from ⟪c⟫ port 60110 ssh2
""", locals()


@T("java-stacktrace-jdbc", "log", "log / stack trace")
def _(r):
    h = ip(r); p = pw(r, "url"); m = email(r)
    return "logs/catalina.out", r"""2024-03-12 10:22:41.118 ERROR [http-nio-8080-exec-7] c.a.b.OrderService - checkout failed for ⟪m⟫
org.postgresql.util.PSQLException: Connection to ⟪h⟫:5432 refused.
	at org.postgresql.core.v3.ConnectionFactoryImpl.openConnectionImpl(ConnectionFactoryImpl.java:346)
	at com.zaxxer.hikari.pool.HikariPool.createPoolEntry(HikariPool.java:477)
Caused by: datasource url=jdbc:postgresql://⟪h⟫:5432/orders?user=orders&password=⟪p⟫
""", locals()


@T("json-lines-app-log", "jsonl", "log / stack trace")
def _(r):
    a = ip(r); m = email(r); k = jwt(r, kind="jwt_bearer"); t = trace_id(r); p = pw(r, "json")
    return "logs/app.jsonl", r"""{"ts":"2024-03-12T10:00:01Z","level":"info","msg":"login","user":"⟪m⟫","remote_ip":"⟪a⟫","trace_id":"⟪t⟫"}
{"ts":"2024-03-12T10:00:02Z","level":"debug","msg":"outgoing request","headers":{"Authorization":"Bearer ⟪k⟫"}}
{"ts":"2024-03-12T10:00:03Z","level":"warn","msg":"config dump","smtp_password":"⟪p⟫"}
""", locals()


@T("python-traceback-locals", "log", "log / stack trace")
def _(r):
    p = pw(r, "quoted"); h = ip(r); m = email(r)
    return "logs/worker-error.txt", r"""Traceback (most recent call last):
  File "/srv/app/worker.py", line 88, in sync_mailbox
    conn.login(user, password)
    user = '⟪m⟫'
    password = '⟪p⟫'
    host = '⟪h⟫'
imaplib.IMAP4.error: b'[AUTHENTICATIONFAILED] Invalid credentials (Failure)'
""", locals()


@T("postfix-maillog", "log", "log / stack trace")
def _(r):
    a = ip(r); m1 = email(r); m2 = email(r); b = ip(r)
    return "var/log/mail.log", r"""Mar 12 04:02:11 mx1 postfix/smtpd[3321]: connect from unknown[⟪a⟫]
Mar 12 04:02:12 mx1 postfix/smtpd[3321]: NOQUEUE: reject: RCPT from unknown[⟪a⟫]: 554 5.7.1 <⟪m1⟫>: Relay access denied
Mar 12 04:02:40 mx1 postfix/smtp[3330]: 4F2A11C02: to=<⟪m2⟫>, relay=mx.partner.com[⟪b⟫]:25, status=sent
""", locals()


@T("fail2ban-log", "log", "log / stack trace")
def _(r):
    a = ip(r); b = ip(r); c = ip6(r)
    return "var/log/fail2ban.log", r"""2024-03-12 05:01:12,331 fail2ban.actions [811]: NOTICE  [sshd] Ban ⟪a⟫
2024-03-12 05:03:44,902 fail2ban.actions [811]: NOTICE  [nginx-botsearch] Ban ⟪b⟫
2024-03-12 05:20:01,118 fail2ban.actions [811]: NOTICE  [sshd] Ban ⟪c⟫
""", locals()


@T("kubernetes-events-debug", "log", "log / stack trace")
def _(r):
    a = ip(r); k = key(r, "gitlab_runner_token"); pr = private_ip(r); cg = cgnat_ip(r)
    return "debug/runner-startup.log", r"""Runtime platform  arch=amd64 os=linux pid=7 revision=782c6ecb version=16.9.1
Registering runner... succeeded  runner=⟪k⟫ url=https://gitlab.partner.com
Checking for jobs... received  job=99121 repo_url=https://gitlab.partner.com/x/y.git runner=abc
Pod IP ⟪pr⟫, node external IP ⟪a⟫, tailscale ⟪cg⟫
""", locals()


# ============================================================ chat / tickets / emails (several languages)
@T("slack-handover-en", "text", "chat / ticket / email")
def _(r):
    h = ip(r); p = Lab("PASSWORD", "space_passphrase", " ".join(r.sample(["cactus", "violin", "harbor", "lemon", "quartz", "tiger", "pebble", "comet"], 4)))
    m = email(r); k = key(r, "slack_bot_token")
    return "exports/slack-ops-2024-03.txt", r"""[09:12] priya: new staging box is up at ⟪h⟫
[09:13] priya: wifi in the lab is "⟪p⟫" (with spaces, yes)
[09:15] lars: bot token for the deploy notifier → ⟪k⟫
[09:16] lars: if anything breaks ping ⟪m⟫
""", locals()


@T("email-handover-de", "email", "chat / ticket / email")
def _(r):
    m1 = email(r); m2 = email(r); h = ip(r); p = pw(r, "plain"); rs_ = reserved_email(r)
    return "mail/uebergabe.eml", r"""From: ⟪m1⟫
To: ⟪m2⟫
Cc: ⟪rs_⟫
Subject: Übergabe Monitoring-Server

Hallo,

der neue Monitoring-Server läuft unter ⟪h⟫. Der Admin-Zugang ist
Benutzer: admin
Passwort: ⟪p⟫

Bitte nach dem ersten Login ändern.

Viele Grüße
""", locals()


@T("jira-ticket-es", "text", "chat / ticket / email")
def _(r):
    h = ip(r); p = pw(r, "plain"); m = email(r); u = uuid(r)
    return "tickets/OPS-4411.txt", r"""OPS-4411  No se puede conectar a la base de datos de reportes
Reportado por: ⟪m⟫
Correlation-Id: ⟪u⟫

Pasos: conectar a ⟪h⟫:5432 con el usuario reportes y la contraseña ⟪p⟫ → timeout.
""", locals()


@T("chat-fr-pt", "text", "chat / ticket / email")
def _(r):
    h = ip(r); p = pw(r, "plain"); m = email(r); h2 = ip(r); p2 = pw(r, "plain")
    return "notes/chat-export.txt", r"""Camille: le serveur FTP du client est ⟪h⟫, identifiant: import, mot de passe : ⟪p⟫
João: valeu! o servidor de homologação é ⟪h2⟫, senha: ⟪p2⟫
Camille: et l'adresse du support : ⟪m⟫
""", locals()


@T("chat-ru-ja-zh", "text", "chat / ticket / email")
def _(r):
    h = ip(r); p = pw(r, "plain"); m = email(r); p2 = pw(r, "plain"); h2 = ip(r)
    return "notes/team-notes.md", r"""- Сервер БД: ⟪h⟫, пароль: ⟪p⟫
- 本番DBのパスワードは ⟪p2⟫ です（来週変更予定）
- 跳板机地址：⟪h2⟫，联系人邮箱：⟪m⟫
""", locals()


@T("github-issue-leak", "markdown", "chat / ticket / email")
def _(r):
    k = key(r, "github_pat"); h = ip(r); v = version(r); ph = placeholder(r, "ghp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx")
    return "issue_1832.md", r"""### Bug: sync fails with 401 on ⟪v⟫

Steps to reproduce:

```
export GITHUB_TOKEN=⟪k⟫
./sync --mirror ⟪h⟫
```

(the README shows `⟪ph⟫`, I replaced it with my own token)
""", locals()


@T("onboarding-wiki", "markdown", "chat / ticket / email")
def _(r):
    m = email(r); p = pw(r, "plain"); h = ip(r); k = key(r, "atlassian_api_token"); pr = private_ip(r)
    return "docs/onboarding.md", r"""# Welcome to the data team

* VPN gateway: `⟪h⟫` (internal DNS at `⟪pr⟫`)
* Shared Tableau login: `⟪m⟫` / `⟪p⟫`
* Confluence API token for the exporter: `⟪k⟫`
""", locals()


@T("pagerduty-incident-email", "email", "chat / ticket / email")
def _(r):
    m = email(r); h = ip(r); b = ip(r); msg = Look("message_id", f"<{rs(r, 16, HEX)}.{r.randrange(10**5, 10**6)}@mail.gmail.com>")
    return "mail/incident.eml", r"""Message-ID: ⟪msg⟫
From: ⟪m⟫
Subject: [SEV2] elevated 5xx on edge

Traffic spike from ⟪h⟫ and ⟪b⟫, both now blocked at the WAF.
""", locals()


# ============================================================ SQL / CSV
@T("sql-create-users", "sql", "SQL / CSV")
def _(r):
    p1 = pw(r, "sql"); p2 = pw(r, "sql"); h = ip(r); m = email(r)
    return "db/migrations/V12__service_accounts.sql", r"""-- owner: ⟪m⟫
CREATE USER reporting WITH PASSWORD '⟪p1⟫';
GRANT SELECT ON ALL TABLES IN SCHEMA public TO reporting;
CREATE USER 'etl'@'⟪h⟫' IDENTIFIED BY '⟪p2⟫';
""", locals()


@T("sql-seed-customers", "sql", "SQL / CSV")
def _(r):
    m1 = email(r); m2 = email(r); a = ip(r); b = ip(r); re_ = reserved_email(r); hb = bcrypt(r)
    return "db/seed/customers.sql", r"""INSERT INTO customers (id, email, last_login_ip, password_hash) VALUES
  (1, '⟪m1⟫', '⟪a⟫', '⟪hb⟫'),
  (2, '⟪m2⟫', '⟪b⟫', NULL),
  (3, '⟪re_⟫', NULL, NULL);
""", locals()


@T("csv-user-export", "csv", "SQL / CSV")
def _(r):
    m1 = email(r); m2 = email(r); m3 = email(r); a = ip(r); b = ip(r); c = ip(r); u1 = uuid(r)
    return "exports/users_2024-03.csv", r"""id,email,signup_ip,external_id
1,⟪m1⟫,⟪a⟫,⟪u1⟫
2,⟪m2⟫,⟪b⟫,
3,⟪m3⟫,⟪c⟫,
""", locals()


@T("mssql-linked-server", "sql", "SQL / CSV")
def _(r):
    h = ip(r); p = pw(r, "sql"); k = key(r, "azure_storage_key")
    return "sql/linked_server.sql", r"""EXEC sp_addlinkedserver @server = N'LEGACY', @srvproduct = N'', @provider = N'SQLNCLI', @datasrc = N'⟪h⟫';
EXEC sp_addlinkedsrvlogin @rmtsrvname = N'LEGACY', @useself = N'False', @rmtuser = N'sa', @rmtpassword = N'⟪p⟫';
CREATE DATABASE SCOPED CREDENTIAL blobcred WITH IDENTITY = 'SHARED ACCESS SIGNATURE', SECRET = '⟪k⟫';
""", locals()


# ============================================================ HTTP / API client exports
@T("postman-environment", "json", "HTTP / API client export")
def _(r):
    k = key(r, "postman_api_key"); p = pw(r, "json"); m = email(r); h = ip(r); u = uuid(r)
    return "postman/prod.postman_environment.json", r"""{
  "id": "⟪u⟫",
  "name": "prod",
  "values": [
    {"key": "baseUrl", "value": "https://⟪h⟫/api", "enabled": true},
    {"key": "username", "value": "⟪m⟫", "enabled": true},
    {"key": "password", "value": "⟪p⟫", "enabled": true},
    {"key": "postmanApiKey", "value": "⟪k⟫", "enabled": true}
  ]
}
""", locals()


@T("jetbrains-http-client", "http", "HTTP / API client export")
def _(r):
    k = key(r, "okta_api_token"); h = ip(r); m = email(r); p = pw(r, "json")
    return "requests/okta.http", r"""### list users
GET https://fleet.okta.com/api/v1/users?limit=25
Authorization: SSWS ⟪k⟫
Accept: application/json

### login against staging
POST http://⟪h⟫:8080/auth/login
Content-Type: application/json

{"username": "⟪m⟫", "password": "⟪p⟫"}
""", locals()


@T("curl-verbose-output", "text", "HTTP / API client export")
def _(r):
    h = ip(r); k = key(r, "shopify_access_token"); cid = Look("request_id", uuid(r).value)
    return "debug/curl-shopify.txt", r"""*   Trying ⟪h⟫:443...
* Connected to fleet-shop.myshopify.com (⟪h⟫) port 443
> GET /admin/api/2024-01/orders.json HTTP/2
> Host: fleet-shop.myshopify.com
> X-Shopify-Access-Token: ⟪k⟫
>
< HTTP/2 200
< x-request-id: ⟪cid⟫
""", locals()


@T("har-entry", "json", "HTTP / API client export")
def _(r):
    h = ip(r); c = key(r, "session_secret"); a = jwt(r, kind="jwt_bearer"); m = email(r)
    return "har/checkout.har", r"""{"log": {"version": "1.2", "entries": [{
  "serverIPAddress": "⟪h⟫",
  "request": {"method": "POST", "url": "https://shop.io/api/checkout",
    "headers": [{"name": "Authorization", "value": "Bearer ⟪a⟫"},
                {"name": "Cookie", "value": "sessionid=⟪c⟫"}],
    "postData": {"mimeType": "application/json", "text": "{\"email\": \"⟪m⟫\"}"}}
}]}}
""", locals()


# ============================================================ notebooks
@T("jupyter-notebook-db", "json", "notebook")
def _(r):
    h = ip(r); p = pw(r, "url"); k = key(r, "huggingface_token"); m = email(r)
    return "notebooks/explore.ipynb", r"""{
 "cells": [
  {"cell_type": "code", "execution_count": 1, "metadata": {}, "outputs": [],
   "source": ["import sqlalchemy as sa\n", "engine = sa.create_engine(\"postgresql://analyst:⟪p⟫@⟪h⟫/dwh\")\n"]},
  {"cell_type": "code", "execution_count": 2, "metadata": {}, "outputs": [],
   "source": ["%env HF_TOKEN=⟪k⟫\n", "# ask ⟪m⟫ for access\n"]}
 ],
 "metadata": {"kernelspec": {"name": "python3", "display_name": "Python 3"}},
 "nbformat": 4, "nbformat_minor": 5
}
""", locals()


@T("rmarkdown-notebook", "rmarkdown", "notebook")
def _(r):
    h = ip(r); p = pw(r, "quoted"); k = key(r, "api_key_generic")
    return "reports/weekly.Rmd", r"""---
title: "Weekly KPIs"
output: html_document
---

```{r setup}
con <- DBI::dbConnect(RMariaDB::MariaDB(), host = "⟪h⟫", user = "kpi", password = "⟪p⟫", dbname = "kpi")
Sys.setenv(OPENWEATHER_KEY = "⟪k⟫")
```
""", locals()


# ============================================================ commits / reviews
@T("git-log-patch", "diff", "commit / review")
def _(r):
    m = email(r); sh = git_sha(r); k = key(r, "slack_user_token"); p = pw(r, "quoted"); nr = noreply_email(r)
    return "patches/0001-remove-hardcoded.patch", r"""From ⟪sh⟫ Mon Sep 17 00:00:00 2001
From: ⟪name⟫ <⟪m⟫>
Date: Tue, 12 Mar 2024 10:01:22 +0100
Subject: [PATCH] remove hardcoded credentials

Co-authored-by: bot <⟪nr⟫>
---
-SLACK_TOKEN = "⟪k⟫"
-DB_PASSWORD = "⟪p⟫"
+SLACK_TOKEN = os.environ["SLACK_TOKEN"]
+DB_PASSWORD = os.environ["DB_PASSWORD"]
""", dict(locals(), name=person(r))


@T("code-review-comment", "markdown", "commit / review")
def _(r):
    k = key(r, "anthropic_api_key"); h = ip(r); ss = short_sha(r); m = email(r)
    return "review/pr-2291-comments.md", r"""**reviewer** commented on `⟪ss⟫`:

> `client = Anthropic(api_key="⟪k⟫")`

Please don't commit keys — rotate this one. Also the fallback host `⟪h⟫` should come from config.
cc ⟪m⟫
""", locals()


# ============================================================ misc configs
@T("netrc-multi", "netrc", "code / config assignment")
def _(r):
    p = pw(r, "shell"); k = key(r, "heroku_api_key"); m = email(r); h = ip(r); p2 = pw(r, "shell")
    return ".netrc", r"""machine api.heroku.com
  login ⟪m⟫
  password ⟪k⟫
machine ⟪h⟫
  login mirror
  password ⟪p⟫
machine nexus.internal.lan login ci password ⟪p2⟫
""", locals()


@T("docker-config-json", "json", "code / config assignment")
def _(r):
    b = basic_b64(r, "fleetbot", pw(r, "plain").value); b2 = basic_b64(r, "AWS", rs(r, 60)); h = ip(r)
    return ".docker/config.json", r"""{
  "auths": {
    "ghcr.io": {"auth": "⟪b⟫"},
    "⟪h⟫:5000": {"auth": "⟪b2⟫"}
  },
  "credsStore": "desktop"
}
""", locals()


@T("rclone-s3cfg", "ini", "code / config assignment")
def _(r):
    k = key(r, "aws_access_key_id"); s = key(r, "aws_secret_access_key"); h = ip(r); p = pw(r, "ini"); obs = Look("rclone_obscured", rs(r, 40, AN + "-_"))
    return ".config/rclone/rclone.conf", r"""[wasabi]
type = s3
provider = Wasabi
access_key_id = ⟪k⟫
secret_access_key = ⟪s⟫
endpoint = s3.eu-central-1.wasabisys.com

[nas]
type = sftp
host = ⟪h⟫
user = backup
pass = ⟪obs⟫
# plain for the recovery sheet: ⟪p⟫
""", locals()


@T("composer-auth-json", "json", "code / config assignment")
def _(r):
    k = key(r, "github_oauth"); p = pw(r, "json"); m = email(r); gl = key(r, "gitlab_pat")
    return "auth.json", r"""{
  "github-oauth": {"github.com": "⟪k⟫"},
  "gitlab-token": {"gitlab.com": "⟪gl⟫"},
  "http-basic": {"repo.magento.com": {"username": "⟪m⟫", "password": "⟪p⟫"}}
}
""", locals()


@T("msmtprc", "ini", "code / config assignment")
def _(r):
    m = email(r); p = pw(r, "shell"); h = ip(r)
    return ".msmtprc", r"""defaults
auth on
tls on
account work
host ⟪h⟫
port 587
from ⟪m⟫
user ⟪m⟫
password ⟪p⟫
account default : work
""", locals()


@T("gcp-service-account", "json", "code / config assignment")
def _(r):
    kid = key(r, "gcp_private_key_id"); pk = pem(r, "pkcs8", escape=True); proj = r.choice(["billing-prod-4821", "ml-pipeline-88", "ingest-31"])
    m = Lab("EMAIL", "gcp_client_email", f"etl-runner@{proj}.iam.gserviceaccount.com"); cid = Look("numeric_id", str(r.randrange(10**20, 10**21)))
    return "keys/sa.json", r"""{
  "type": "service_account",
  "project_id": "⟪proj⟫",
  "private_key_id": "⟪kid⟫",
  "private_key": "⟪pk⟫\n",
  "client_email": "⟪m⟫",
  "client_id": "⟪cid⟫",
  "token_uri": "https://oauth2.googleapis.com/token"
}
""", locals()


@T("vscode-launch-json", "json", "mobile / IDE config")
def _(r):
    p = pw(r, "json"); h = ip(r); k = key(r, "stripe_restricted_key")
    return ".vscode/launch.json", r"""{
  "version": "0.2.0",
  "configurations": [
    {
      "type": "node",
      "request": "launch",
      "name": "api (prod data)",
      "program": "${workspaceFolder}/src/index.js",
      "env": {"DB_HOST": "⟪h⟫", "DB_PASSWORD": "⟪p⟫", "STRIPE_KEY": "⟪k⟫"}
    }
  ]
}
""", locals()


@T("dbeaver-datasources", "json", "mobile / IDE config")
def _(r):
    h = ip(r); h2 = ip(r); p = pw(r, "json"); u = uuid(r)
    return ".dbeaver/data-sources.json", r"""{
  "connections": {
    "postgres-jdbc-⟪u⟫": {
      "provider": "postgresql", "name": "prod-ro",
      "configuration": {"host": "⟪h⟫", "port": "5432", "database": "app", "user": "ro", "password": "⟪p⟫",
                        "handlers": {"ssh_tunnel": {"properties": {"host": "⟪h2⟫"}}}}
    }
  }
}
""", locals()


# ============================================================ look-alike-only
@T("lookalike-lockfile", "yaml", "code / config assignment")
def _(r):
    a = sri(r); b = sri(r); sh = git_sha(r); v1 = version(r); v2 = version(r); d = docker_digest(r)
    return "pnpm-lock.yaml", r"""lockfileVersion: '6.0'
packages:
  /left-pad@⟪v1⟫:
    resolution: {integrity: ⟪a⟫}
  /ms@⟪v2⟫:
    resolution: {integrity: ⟪b⟫}
  github.com/fleet/utils/⟪sh⟫:
    resolution: {tarball: https://codeload.github.com/fleet/utils/tar.gz/⟪sh⟫}
# base image ⟪d⟫
""", locals()


@T("lookalike-env-example", "dotenv", "code / config assignment")
def _(r):
    a = placeholder(r, "changeme-in-prod"); b = placeholder(r, "<stripe-secret-key>"); c = env_ref(r, "REDIS_PASSWORD")
    d = reserved_email(r); e = doc_ip(r); f = aws_example(r); g = masked(r)
    return ".env.example", r"""DB_PASSWORD=⟪a⟫
STRIPE_SECRET_KEY=⟪b⟫
REDIS_PASSWORD=⟪c⟫
ADMIN_EMAIL=⟪d⟫
PUBLIC_IP=⟪e⟫
AWS_ACCESS_KEY_ID=⟪f⟫
SENTRY_AUTH_TOKEN=⟪g⟫
""", locals()


@T("lookalike-addressing-plan", "markdown", "network config")
def _(r):
    a = private_ip(r); b = cgnat_ip(r); c = linklocal_ip(r); d = doc6(r); e = ula6(r); f = netmask(r); g = mac(r); h = oid(r); i = build_number(r)
    return "docs/addressing.md", r"""| segment | address | note |
|---|---|---|
| office LAN | ⟪a⟫ | mask ⟪f⟫ |
| carrier NAT | ⟪b⟫ | |
| APIPA | ⟪c⟫ | |
| v6 docs | ⟪d⟫ | |
| v6 ULA | ⟪e⟫ | |
| switch MAC | ⟪g⟫ | SNMP OID ⟪h⟫ |
| firmware | ⟪i⟫ | |
""", locals()


@T("lookalike-sha256sums-release", "text", "CI / IaC")
def _(r):
    a, b, c, d = sha256(r), sha256(r), sha256(r), md5(r); v = version(r); gf = gpg_fp(r); sh = git_sha(r); m = noreply_email(r)
    return "release/SHA256SUMS.txt", r"""⟪a⟫  tool-⟪v⟫-linux-amd64.tar.gz
⟪b⟫  tool-⟪v⟫-darwin-arm64.tar.gz
⟪c⟫  tool-⟪v⟫-windows-amd64.zip
# md5 (legacy mirrors): ⟪d⟫
# signed with ⟪gf⟫, commit ⟪sh⟫, tagger ⟪m⟫
""", locals()


@T("lookalike-password-hashes", "text", "code / config assignment")
def _(r):
    a = bcrypt(r); b = argon2(r); c = sha512crypt(r); d = bcrypt(r); e = masked(r); f = placeholder(r, "hunter2-is-not-a-password")
    m = reserved_email(r); n = reserved_email(r)
    return "fixtures/htpasswd_and_shadow.txt", r"""# fixture hashes only, no plaintext anywhere
⟪m⟫:⟪a⟫
⟪n⟫:⟪d⟫
svc:⟪b⟫
root:⟪c⟫:19700:0:99999:7:::
display value in UI: ⟪e⟫
docs example placeholder: ⟪f⟫
""", locals()


@T("mixed-deploy-manifest", "yaml", "CI / IaC")
def _(r):
    d1 = docker_digest(r); d2 = docker_digest(r); u = uuid(r); sh = git_sha(r); pr = private_ip(r); pr2 = private_ip(r)
    v = version(r); ref = env_ref(r, "DB_PASSWORD"); p = pw(r, "yaml"); h = ip(r); tid = trace_id(r)
    return "deploy/manifest.lock.yaml", r"""release: ⟪v⟫
commit: ⟪sh⟫
images:
  api: registry.fleet.io/api@⟪d1⟫
  worker: registry.fleet.io/worker@⟪d2⟫
deployment_id: ⟪u⟫
last_trace: ⟪tid⟫
nodes: [⟪pr⟫, ⟪pr2⟫]
egress_ip: ⟪h⟫
db_password: ⟪ref⟫
legacy_db_password: ⟪p⟫
""", locals()


@T("mixed-network-inventory", "csv", "network config")
def _(r):
    rows = []
    env = {}
    for i in range(4):
        env[f"m{i}"] = mac(r); env[f"l{i}"] = private_ip(r)
    env["g"] = ip(r); env["n"] = netmask(r); env["o"] = oid(r); env["c"] = Lab("PASSWORD", "snmp_community", rs(r, 10, AN))
    env["ll"] = linklocal_ip(r); env["mc"] = multicast_ip(r)
    return "inventory/switches.csv", r"""hostname,mgmt_ip,mac,notes
sw-core-1,⟪l0⟫,⟪m0⟫,uplink ⟪g⟫ mask ⟪n⟫
sw-core-2,⟪l1⟫,⟪m1⟫,snmp community ⟪c⟫
sw-edge-1,⟪l2⟫,⟪m2⟫,sysObjectID ⟪o⟫
sw-edge-2,⟪l3⟫,⟪m3⟫,fallback ⟪ll⟫ igmp ⟪mc⟫
""", env


@T("mixed-public-keys-known-hosts", "text", "network config")
def _(r):
    a = ssh_pub(r); b = ssh_pub(r); f = ssh_fp(r); h = ip(r); h2 = ip(r); pr = private_ip(r); w = wg_pub(r); cp = pubkey_pem(r)
    return "ops/keys-inventory.txt", r"""known_hosts:
⟪h⟫ ⟪a⟫
⟪pr⟫ ⟪b⟫
fingerprint of ⟪h2⟫: ⟪f⟫
wireguard peer public key: ⟪w⟫
jwt verification key:
⟪cp⟫
""", locals()


@T("mixed-stripe-frontend", "javascript", "code / config assignment")
def _(r):
    pk = stripe_pk(r); rk = Look("recaptcha_site_key", "6L" + rs(r, 38, AN + "_-")); mb = Look("mapbox_public_token", "pk.eyJ1Ijoi" + rs(r, 40, AN) + "." + rs(r, 22, AN + "-_"))
    sp = Look("sentry_public_dsn_key", rs(r, 32, HEX)); tw = Look("twilio_account_sid", "AC" + rs(r, 32, HEX)); ga = Look("analytics_id", "G-" + rs(r, 10, UP + DG))
    sk = key(r, "stripe_secret_key")
    return "web/src/config.public.js", r"""// public, safe to ship to the browser
export const STRIPE_PK = '⟪pk⟫';
export const RECAPTCHA_SITE_KEY = '⟪rk⟫';
export const MAPBOX_TOKEN = '⟪mb⟫';
export const SENTRY_DSN = 'https://⟪sp⟫@o12345.ingest.sentry.io/678';
export const TWILIO_ACCOUNT_SID = '⟪tw⟫';
export const GA_ID = '⟪ga⟫';
// FIXME server-only, must move out of the bundle:
export const STRIPE_SK = '⟪sk⟫';
""", locals()


@T("mixed-changelog-versions", "markdown", "commit / review")
def _(r):
    v1 = version(r, 4); v2 = version(r); v3 = version(r, 4); s1 = short_sha(r); s2 = short_sha(r); s3 = short_sha(r); m = email(r); nr = noreply_email(r); u = uuid(r)
    return "CHANGELOG.md", r"""## ⟪v1⟫
- fix retry loop (⟪s1⟫)
- bump client to ⟪v2⟫ (⟪s2⟫), thanks ⟪nr⟫
## ⟪v3⟫
- migration ⟪u⟫ (⟪s3⟫), reported by ⟪m⟫
""", locals()


@T("mixed-ci-refs", "yaml", "CI / IaC")
def _(r):
    a = Look("ci_secret_ref", "${{ secrets.NPM_TOKEN }}"); b = Look("ci_secret_ref", "$CI_JOB_TOKEN"); c = env_ref(r, "SONAR_TOKEN")
    d = Look("secret_store_ref", "arn:aws:secretsmanager:eu-west-1:" + str(r.randrange(10**11, 10**12)) + ":secret:prod/db-" + rs(r, 6, AN))
    e = Look("secret_store_ref", "vault:secret/data/ci#token"); sh = git_sha(r); k = key(r, "netlify_token"); h = ip(r)
    return ".github/workflows/release.yml", r"""on: { release: { types: [published] } }
jobs:
  publish:
    runs-on: ubuntu-latest
    env:
      NODE_AUTH_TOKEN: ⟪a⟫
      GITLAB_TOKEN: ⟪b⟫
      SONAR_TOKEN: ⟪c⟫
      DB_SECRET_ARN: ⟪d⟫
      VAULT_PATH: ⟪e⟫
      NETLIFY_AUTH_TOKEN: ⟪k⟫
      DEPLOY_HOOK_IP: ⟪h⟫
    steps:
      - uses: actions/setup-node@⟪sh⟫
""", locals()
