#!/usr/bin/env python3
"""Generate the fourth held-out redaction evaluation set (labels.jsonl).

Standard library only; never imports codelm. Written without reading the
detectors. Every planted value is random (seeded) and synthetic.

Markup used inside templates (stripped before writing):
    \ue000TAG\ue001kind\ue001value\ue002   TAG in EMAIL/IP_ADDRESS/KEY/PASSWORD, or ~ for a look-alike
"""
from __future__ import annotations

import ast
import base64
import collections
import hashlib
import ipaddress
import json
import random
import re
import string
import sys
import uuid
from pathlib import Path

HERE = Path(__file__).resolve().parent
SRC = HERE / "sources"
SEED = "codelm-redact-heldout-4"
RENDERS = 3

A = "\ue000"
B = "\ue001"
Z = "\ue002"


def K(kind, v):
    return f"{A}KEY{B}{kind}{B}{v}{Z}"


def P(kind, v):
    return f"{A}PASSWORD{B}{kind}{B}{v}{Z}"


def E(kind, v):
    return f"{A}EMAIL{B}{kind}{B}{v}{Z}"


def I(kind, v):
    return f"{A}IP_ADDRESS{B}{kind}{B}{v}{Z}"


def S(kind, v):
    return f"{A}~{B}{kind}{B}{v}{Z}"


UP = string.ascii_uppercase
LO = string.ascii_lowercase
DIG = string.digits
ALPHA = UP + LO
ALNUM = ALPHA + DIG
HEX = "0123456789abcdef"
B64 = ALNUM + "+/"
URLS = ALNUM + "-_"
BECH = "QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L"

WORDS = """amber anchor aspen basalt beacon birch bison bramble canyon cedar cinder cobalt comet copper coral
cricket delta ember falcon fennel fjord garnet glacier granite harbor hazel heron indigo jasper juniper kestrel
lagoon lantern lichen maple marble meadow mesa nimbus nutmeg obsidian onyx orchid osprey pepper pine quartz
quill raven ridge saffron sable sequoia sierra spruce summit tamarind thistle tundra umber velvet walnut willow
yarrow zephyr""".split()
FIRST = """amelia bruno carla dmitri elena farid grace hiro ines jonas kavya liam mei nadia oskar priya quentin rosa
samir tanvi ulrich valeria wei ximena yusuf zofia aaron bianca chidi daria emeka fatima goran helga ivan joon
keiko lars malik noor olga pavel rania stefan thandi uma viktor wanda yara""".split()
LAST = """abara becker castillo dubois eriksen fischer gallagher haddad ishikawa jansen kowalski lindqvist
moreau nakamura okafor petrov quintero rahman schulz tanaka ueda vasquez weber xu yilmaz zielinski achterberg
brennan costa devlin engel""".split()
MAILDOM = ["gmail.com", "outlook.com", "protonmail.com", "yahoo.co.uk", "fastmail.fm", "gmx.de", "icloud.com",
           "web.de", "hey.com", "hotmail.fr", "yandex.ru", "zoho.com", "posteo.de", "mail.com", "aol.com"]
ORGDOM = ["brightwater-analytics.io", "kestrelpay.com", "nordlicht-systems.de", "tidepool-labs.dev", "quantaforge.ai",
          "harborline.co", "mercato-digitale.it", "oakfield-health.org", "blueheron-logistics.com", "vantacore.net",
          "ridgeway-insurance.co.uk", "solstice-media.fr", "pinecrest-bank.com", "lumenfield.se", "corvid-games.com",
          "arcadia-robotics.jp", "tallgrass-ag.com", "meridian-clinic.ca", "hollowpoint.studio", "greyfern.nl"]
V6PFX = ["2a01:4f8", "2600:1f18", "2604:a880", "2a03:b0c0", "2001:41d0", "2606:4700", "2a02:c207", "2400:cb00",
         "2c0f:fb50", "2803:9810", "2a00:1450", "2620:fe", "2406:da18", "2a05:d014", "2001:67c", "2a0e:97c0"]


class G:
    """Value factory bound to one document's RNG."""

    def __init__(self, r):
        self.r = r

    def rs(self, n, cs=ALNUM):
        r = self.r
        while True:
            s = "".join(r.choice(cs) for _ in range(n))
            if n < 8 or cs not in (ALNUM, URLS, B64) or (any(c.isdigit() for c in s) and any(c.isupper() for c in s) and any(c.islower() for c in s)):
                return s

    def hx(self, n):
        while True:
            s = self.rs(n, HEX)
            if any(c.isalpha() for c in s) and any(c.isdigit() for c in s):
                return s

    def pick(self, seq):
        return self.r.choice(seq)

    def num(self, a, b):
        return self.r.randint(a, b)

    # ---- people ----
    def name(self):
        return self.pick(FIRST), self.pick(LAST)

    def email(self, org=None):
        f, l = self.name()
        dom = org or (self.pick(MAILDOM) if self.r.random() < 0.5 else self.pick(ORGDOM))
        style = self.num(0, 5)
        local = [f"{f}.{l}", f"{f[0]}{l}", f"{f}_{l}{self.num(7, 99)}", f"{f}{self.num(70, 2005)}",
                 f"{f}.{l}+{self.pick(['ci', 'billing', 'alerts', 'dev'])}", f"{l}.{f[0]}"][style]
        return f"{local}@{dom}"

    # ---- addresses ----
    def ip4(self):
        r = self.r
        while True:
            a = f"{r.randint(1, 223)}.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}"
            ip = ipaddress.ip_address(a)
            if ip.is_global and not ip.is_multicast:
                return a

    def ip6(self, full=False):
        r = self.r
        while True:
            pfx = self.pick(V6PFX)
            groups = pfx.split(":") + [format(r.randint(0, 0xFFFF), "x") for _ in range(8 - len(pfx.split(":")))]
            if r.random() < 0.5:
                for k in range(4, 7):
                    groups[k] = "0"
            ip = ipaddress.ip_address(":".join(groups))
            if ip.is_global and ip not in ipaddress.ip_network("2001:db8::/32"):
                return ip.exploded if full else ip.compressed

    def priv4(self):
        r = self.r
        return self.pick([f"10.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}",
                          f"172.{r.randint(16, 31)}.{r.randint(0, 255)}.{r.randint(1, 254)}",
                          f"192.168.{r.randint(0, 255)}.{r.randint(1, 254)}"])

    def doc4(self):
        return f"{self.pick(['192.0.2', '198.51.100', '203.0.113'])}.{self.num(1, 254)}"

    def doc6(self):
        return f"2001:db8:{self.hx(4).lstrip('0') or '1'}::{self.num(1, 0xfff):x}"

    def ula6(self):
        return f"fd{self.rs(2, HEX)}:{self.rs(4, HEX)}:{self.rs(4, HEX)}::{self.num(1, 0xff):x}"

    def ll6(self):
        return f"fe80::{self.rs(4, HEX)}:{self.rs(2, HEX)}ff:fe{self.rs(2, HEX)}:{self.rs(4, HEX)}"

    def cgnat(self):
        return f"100.{self.num(64, 127)}.{self.num(0, 255)}.{self.num(1, 254)}"

    def linklocal4(self):
        return f"169.254.{self.num(0, 255)}.{self.num(1, 254)}"

    def ver4(self):
        return f"{self.num(1, 12)}.{self.num(0, 40)}.{self.num(0, 30)}.{self.num(100, 29999)}"

    def oid(self):
        return f"1.3.6.1.4.1.{self.num(1000, 60000)}.{self.num(1, 20)}.{self.num(1, 9)}"

    def mac(self):
        return ":".join(self.rs(2, HEX) for _ in range(6))

    # ---- look-alike hashes ----
    def uuid(self):
        return str(uuid.UUID(int=self.r.getrandbits(128), version=4))

    def sha256(self):
        return self.hx(64)

    def sha1(self):
        return self.hx(40)

    def md5(self):
        return self.hx(32)

    def sri(self):
        return "sha512-" + base64.b64encode(self.r.randbytes(64)).decode()

    def digest(self):
        return "sha256:" + self.hx(64)

    def bcrypt(self):
        return "$2b$12$" + self.rs(53, ALNUM + "./")

    def argon2(self):
        return "$argon2id$v=19$m=65536,t=3,p=4$" + self.rs(22, ALNUM + "+/") + "$" + self.rs(43, ALNUM + "+/")

    def ssh_pub(self):
        return "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI" + self.rs(43, B64)

    def cert(self):
        body = "MIID" + self.rs(60, B64)
        lines = [body] + [self.rs(64, B64) for _ in range(self.num(8, 14))] + [self.rs(self.num(10, 60), B64) + "="]
        return "-----BEGIN CERTIFICATE-----\n" + "\n".join(lines) + "\n-----END CERTIFICATE-----"

    def pubkey_pem(self):
        lines = ["MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA" + self.rs(20, B64)] + [self.rs(64, B64) for _ in range(5)] + ["IDAQAB"]
        return "-----BEGIN PUBLIC KEY-----\n" + "\n".join(lines) + "\n-----END PUBLIC KEY-----"

    # ---- secrets ----
    def pw(self, url=False):
        r = self.r
        sym = "!*_-.~" if url else "!*_-+=.~^"
        style = r.randint(0, 3)
        if style == 0:
            return f"{r.choice(WORDS).capitalize()}{r.choice(sym)}{r.choice(WORDS).capitalize()}{r.randint(10, 9999)}{r.choice(sym.replace('.', '').replace('-', ''))}"
        if style == 1:
            while True:
                s = "".join(r.choice(ALNUM + sym) for _ in range(r.randint(14, 22)))
                if any(c in sym for c in s) and any(c.isdigit() for c in s) and s[0].isalnum() and s[-1] not in ".-~^":
                    return s
        if style == 2:
            w = r.choice(WORDS)
            leet = w.replace("a", "4").replace("e", "3").replace("o", "0").replace("i", "1")
            return f"{leet.capitalize()}{r.choice(sym)}{r.randint(1990, 2026)}{r.choice(LO)}"
        return self.rs(r.randint(16, 28))

    def akid(self, p="AKIA"):
        return p + self.rs(16, UP + "234567")

    def aws_secret(self):
        return self.rs(40, ALNUM + "+/")

    def aws_session(self):
        return "IQoJb3JpZ2luX2VjE" + self.rs(self.num(280, 360), B64) + "=="

    def gh(self, p="ghp_"):
        return p + self.rs(36)

    def ghpat(self):
        return "github_pat_11" + self.rs(20, UP + DIG) + "_" + self.rs(59)

    def glpat(self):
        return "glpat-" + self.rs(20, URLS)

    def slack(self, p="xoxb"):
        return f"{p}-{self.num(10**10, 10**13)}-{self.num(10**10, 10**13)}-{self.rs(24)}"

    def slack_hook(self):
        return f"T{self.rs(8, UP + DIG)}/B{self.rs(10, UP + DIG)}/{self.rs(24)}"

    def stripe(self, p="sk_live_"):
        return p + self.rs(self.pick([24, 99]))

    def gapi(self):
        return "AIza" + self.rs(35, URLS)

    def jwt(self, sub=None):
        hdr = base64.urlsafe_b64encode(json.dumps({"alg": self.pick(["HS256", "RS256"]), "typ": "JWT"}, separators=(",", ":")).encode()).decode().rstrip("=")
        payload = {"sub": sub or self.uuid(), "iat": self.num(1_650_000_000, 1_760_000_000), "role": self.pick(["service_role", "admin", "deployer"])}
        pl = base64.urlsafe_b64encode(json.dumps(payload, separators=(",", ":")).encode()).decode().rstrip("=")
        return f"{hdr}.{pl}.{self.rs(43, URLS)}"

    def pem(self, kind="RSA"):
        r = self.r
        if kind == "OPENSSH":
            lines = ["b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW"] + [self.rs(70, B64) for _ in range(r.randint(4, 6))] + [self.rs(r.randint(12, 60), B64) + "="]
            return "-----BEGIN OPENSSH PRIVATE KEY-----\n" + "\n".join(lines) + "\n-----END OPENSSH PRIVATE KEY-----"
        head = {"RSA": "MIIEpAIBAAKCAQEA", "EC": "MHcCAQEEI", "": "MIIEvQIBADANBgkqhkiG9w0BAQEFAASC", "DSA": "MIIBuwIBAAKBgQD"}[kind]
        n = {"RSA": 24, "EC": 2, "": 24, "DSA": 6}[kind]
        lines = [head + self.rs(64 - len(head), B64)] + [self.rs(64, B64) for _ in range(n)] + [self.rs(r.randint(8, 60), B64) + "="]
        label = f"{kind} PRIVATE KEY".strip()
        return f"-----BEGIN {label}-----\n" + "\n".join(lines) + f"\n-----END {label}-----"

    def pgp(self):
        lines = ["lQdGBG" + self.rs(58, B64)] + [self.rs(64, B64) for _ in range(self.num(10, 16))] + [self.rs(20, B64), "=" + self.rs(4, B64)]
        return "-----BEGIN PGP PRIVATE KEY BLOCK-----\n\n" + "\n".join(lines) + "\n-----END PGP PRIVATE KEY BLOCK-----"

    def gcp_pem_escaped(self):
        return self.pem("").replace("\n", "\\n")

    def azure_key(self):
        return self.rs(86, B64) + "=="

    def azure_sig(self):
        s = self.rs(43, B64) + "="
        return s.replace("+", "%2B").replace("/", "%2F").replace("=", "%3D")

    def azure_client_secret(self):
        return self.rs(3) + str(self.num(0, 9)) + "Q~" + self.rs(34, ALNUM + "_-.~")

    def b64key(self, n=32):
        return base64.b64encode(self.r.randbytes(n)).decode()

    def django_key(self):
        return self.rs(50, LO + DIG + "!@#%^&*(-_=+)")

    def discord(self):
        uid = str(self.num(10**17, 10**18))
        return base64.b64encode(uid.encode()).decode().rstrip("=") + "." + self.rs(6, URLS) + "." + self.rs(38, URLS)

    VENDOR = {
        "digitalocean_token": lambda g: "dop_v1_" + g.hx(64),
        "heroku_api_key": lambda g: "HRKU-AA" + g.rs(58, URLS),
        "cloudflare_api_token": lambda g: g.rs(40, URLS),
        "cloudflare_global_key": lambda g: g.hx(37),
        "datadog_api_key": lambda g: g.hx(32),
        "datadog_app_key": lambda g: g.hx(40),
        "shopify_token": lambda g: g.pick(["shpat_", "shpss_", "shpca_"]) + g.hx(32),
        "square_token": lambda g: "EAAA" + g.rs(60, URLS),
        "square_secret": lambda g: "sq0csp-" + g.rs(43, URLS),
        "braintree_token": lambda g: f"access_token$production${g.rs(16, LO + DIG)}${g.hx(32)}",
        "paypal_client_secret": lambda g: "E" + g.rs(79, URLS),
        "discord_bot_token": lambda g: g.discord(),
        "dropbox_token": lambda g: "sl.B" + g.rs(135, URLS),
        "hf_token": lambda g: "hf_" + g.rs(34, ALPHA),
        "anthropic_key": lambda g: "sk-ant-api03-" + g.rs(93, URLS) + "AA",
        "openai_key": lambda g: g.pick(["sk-proj-" + g.rs(156, URLS), "sk-" + g.rs(20) + "T3BlbkFJ" + g.rs(20), "sk-svcacct-" + g.rs(120, URLS)]),
        "postman_key": lambda g: f"PMAK-{g.hx(24)}-{g.hx(34)}",
        "doppler_token": lambda g: g.pick(["dp.st.prd.", "dp.pt.", "dp.sa.", "dp.ct."]) + g.rs(43),
        "pulumi_token": lambda g: "pul-" + g.hx(40),
        "terraform_cloud_token": lambda g: g.rs(14) + ".atlasv1." + g.rs(67),
        "grafana_token": lambda g: g.pick(["glsa_" + g.rs(32) + "_" + g.hx(8), "glc_eyJvIjoi" + g.rs(110, ALNUM) + "In19"]),
        "sentry_auth_token": lambda g: g.pick(["sntryu_" + g.hx(64), "sntrys_eyJpYXQiOjE3" + g.rs(140, URLS) + "_" + g.rs(43, URLS)]),
        "firebase_fcm_key": lambda g: "AAAA" + g.rs(7, URLS) + ":APA91b" + g.rs(134, URLS),
        "algolia_admin_key": lambda g: g.hx(32),
        "github_token": lambda g: g.gh(g.pick(["ghp_", "gho_", "ghu_", "ghs_", "ghr_"])),
        "github_pat": lambda g: g.ghpat(),
        "gitlab_token": lambda g: g.glpat(),
        "slack_token": lambda g: g.slack(g.pick(["xoxb", "xoxp", "xoxa"])),
        "stripe_key": lambda g: g.stripe(g.pick(["sk_live_", "rk_live_"])),
        "stripe_webhook_secret": lambda g: "whsec_" + g.rs(32),
        "twilio_auth_token": lambda g: g.hx(32),
        "sendgrid_key": lambda g: f"SG.{g.rs(22, URLS)}.{g.rs(43, URLS)}",
        "mailgun_key": lambda g: "key-" + g.hx(32),
        "mailchimp_key": lambda g: g.hx(32) + f"-us{g.num(2, 21)}",
        "npm_token": lambda g: "npm_" + g.rs(36),
        "pypi_token": lambda g: "pypi-AgEIcHlwaS5vcmc" + g.rs(150, URLS),
        "atlassian_token": lambda g: "ATATT3xFfGF0" + g.rs(170, URLS) + "=" + g.hx(8).upper(),
        "linear_key": lambda g: "lin_api_" + g.rs(40),
        "vault_token": lambda g: "hvs." + g.rs(90, URLS),
        "telegram_bot_token": lambda g: f"{g.num(10**9, 9 * 10**9)}:AA{g.rs(33, URLS)}",
        "databricks_token": lambda g: "dapi" + g.hx(32),
        "newrelic_key": lambda g: "NRAK-" + g.rs(27, UP + DIG),
        "okta_token": lambda g: "00" + g.rs(40, URLS),
        "mapbox_secret_token": lambda g: "sk.eyJ1Ijoi" + g.rs(60, URLS) + "." + g.rs(22, URLS),
        "netlify_token": lambda g: "nfp_" + g.rs(36),
        "dockerhub_token": lambda g: "dckr_pat_" + g.rs(27, URLS),
        "jfrog_token": lambda g: "AKCp" + g.rs(69),
        "sonar_token": lambda g: "squ_" + g.hx(40),
        "circleci_token": lambda g: "CCIPAT_" + g.rs(22) + "_" + g.hx(40),
        "google_api_key": lambda g: g.gapi(),
        "age_secret_key": lambda g: "AGE-SECRET-KEY-1" + g.rs(58, BECH),
        "wireguard_private_key": lambda g: g.b64key(32),
        "generic_hex_secret": lambda g: g.hx(64),
        "generic_b64_secret": lambda g: g.b64key(32),
    }

    def v(self, kind):
        return self.VENDOR[kind](self)


# ----------------------------------------------------------------------------
# look-alike pools
PLACEHOLDERS = ["changeme", "<your-token-here>", "YOUR_API_KEY", "xxxxxxxxxxxxxxxx", "REPLACE_ME", "<password>",
                "your-secret-key", "TODO", "dummy", "********", "<redacted>", "REDACTED", "sk_live_XXXXXXXXXXXXXXXXXXXXXXXX",
                "ghp_XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX", "AKIAXXXXXXXXXXXXXXXX", "•••••••••", "<API_KEY>", "insert-key-here",
                "your_password", "s3cr3t-goes-here", "{{ password }}", "%PASSWORD%", "[hidden]", "****"]
PW_WORDS = [("de", "Passwort"), ("fr", "mot de passe"), ("es", "contraseña"), ("ru", "пароль"), ("ja", "パスワード"),
            ("zh", "密码"), ("pt", "senha"), ("nl", "wachtwoord"), ("pl", "hasło"), ("sv", "lösenord"), ("fi", "salasana"),
            ("tr", "şifre"), ("it", "parola d'ordine"), ("ko", "비밀번호"), ("cs", "heslo"), ("el", "κωδικός")]
AWS_EX_ID = "AKIAIOSFODNN7EXAMPLE"
AWS_EX_SECRET = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"
RES_DOMS = ["example.com", "example.org", "example.net", "corp.example", "mail.test", "host.invalid", "localhost"]


def res_email(g):
    f, l = g.name()
    return f"{f}.{l}@{g.pick(RES_DOMS)}"


# ============================================================================
# synthetic templates: each returns (path, lang, text)
TEMPLATES = []


def tpl(fn):
    TEMPLATES.append(fn)
    return fn


@tpl
def dotenv(g):
    ks = ["stripe_key", "sendgrid_key", "openai_key", "anthropic_key", "datadog_api_key", "sentry_auth_token", "algolia_admin_key", "doppler_token"]
    g.r.shuffle(ks)
    names = {"stripe_key": "STRIPE_SECRET_KEY", "sendgrid_key": "SENDGRID_API_KEY", "openai_key": "OPENAI_API_KEY",
             "anthropic_key": "ANTHROPIC_API_KEY", "datadog_api_key": "DD_API_KEY", "sentry_auth_token": "SENTRY_AUTH_TOKEN",
             "algolia_admin_key": "ALGOLIA_ADMIN_API_KEY", "doppler_token": "DOPPLER_TOKEN"}
    lines = ["# local development overrides - DO NOT COMMIT", "NODE_ENV=development", f"APP_URL=http://{S('loopback_ip', '127.0.0.1')}:3000",
             f"DATABASE_URL=postgres://app:{P('url_password', g.pw(True))}@{I('ipv4_url', g.ip4())}:5432/app_dev",
             f"REDIS_URL=redis://:{P('url_password', g.pw(True))}@{S('private_ip', g.priv4())}:6379/0",
             f"ADMIN_EMAIL={E('env_email', g.email())}", f"SUPPORT_FROM={S('reserved_email', 'support@example.com')}"]
    for k in ks[:4]:
        lines.append(f"{names[k]}={K(k, g.v(k))}")
    lines += [f"ALGOLIA_SEARCH_ONLY_KEY={S('placeholder', 'your-search-key')}", f"SESSION_SECRET={K('generic_hex_secret', g.hx(64))}",
              f"BUILD_SHA={S('git_sha', g.sha1())}", f"REQUEST_ID_SEED={S('uuid', g.uuid())}"]
    return ".env.local", "dotenv", "\n".join(lines) + "\n"


@tpl
def env_example(g):
    return ".env.example", "dotenv", f"""# Copy to .env and fill in real values
DB_HOST={S('private_ip', g.priv4())}
DB_USER=postgres
DB_PASSWORD={S('placeholder', 'changeme')}
AWS_ACCESS_KEY_ID={S('aws_example_key', AWS_EX_ID)}
AWS_SECRET_ACCESS_KEY={S('aws_example_key', AWS_EX_SECRET)}
STRIPE_SECRET_KEY={S('placeholder', 'sk_test_XXXXXXXXXXXXXXXXXXXXXXXX')}
STRIPE_PUBLISHABLE_KEY={S('publishable_key', 'pk_live_' + g.rs(24))}
MAIL_FROM={S('reserved_email', res_email(g))}
HF_TOKEN={S('placeholder', 'hf_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx')}
OPENAI_API_KEY={S('env_reference', '${OPENAI_API_KEY}')}
# Ask {E('comment_email', g.email())} for the staging values.
"""


@tpl
def aws_credentials(g):
    return "home/deploy/.aws/credentials", "ini", f"""[default]
aws_access_key_id = {K('aws_access_key_id', g.akid())}
aws_secret_access_key = {K('aws_secret_access_key', g.aws_secret())}
region = eu-central-1

[ci-temp]
aws_access_key_id = {K('aws_access_key_id', g.akid('ASIA'))}
aws_secret_access_key = {K('aws_secret_access_key', g.aws_secret())}
aws_session_token = {K('aws_session_token', g.aws_session())}

[docs]
# values from the AWS docs, safe to keep
aws_access_key_id = {S('aws_example_key', AWS_EX_ID)}
aws_secret_access_key = {S('aws_example_key', AWS_EX_SECRET)}
"""


@tpl
def gcp_sa(g):
    proj = g.pick(["billing-prod", "ml-platform-372", "data-lake-eu", "ops-tooling"]) + f"-{g.num(100, 999)}"
    sa = f"{g.pick(['etl-runner', 'deployer', 'bq-reader', 'cloudbuild'])}@{proj}.iam.gserviceaccount.com"
    d = {"type": "service_account", "project_id": proj, "private_key_id": K("gcp_private_key_id", g.hx(40)),
         "private_key": K("pem_private_key_escaped", g.gcp_pem_escaped()) + "\\n", "client_email": E("service_account_email", sa),
         "client_id": str(g.num(10**20, 10**21)), "auth_uri": "https://accounts.google.com/o/oauth2/auth",
         "token_uri": "https://oauth2.googleapis.com/token"}
    text = json.dumps(d, indent=2, ensure_ascii=False).replace("\\\\n", "\\n")
    return f"secrets/{proj}-sa.json", "json", text + "\n"


@tpl
def azure_conn(g):
    acct = g.pick(["stproddata", "mediaassets", "backupseu", "logsarchive"]) + str(g.num(10, 99))
    return "src/Api/appsettings.Production.json", "json", f"""{{
  "Logging": {{ "LogLevel": {{ "Default": "Information" }} }},
  "ConnectionStrings": {{
    "Storage": "DefaultEndpointsProtocol=https;AccountName={acct};AccountKey={K('azure_storage_key', g.azure_key())};EndpointSuffix=core.windows.net",
    "ServiceBus": "Endpoint=sb://{acct}-bus.servicebus.windows.net/;SharedAccessKeyName=RootManageSharedAccessKey;SharedAccessKey={K('azure_servicebus_key', g.b64key(32))}",
    "Sql": "Server=tcp:{acct}.database.windows.net,1433;Initial Catalog=orders;User ID=sqladmin;Password={P('conn_string_password', g.pw())};Encrypt=True;",
    "Local": "Server=(localdb)\\\\mssqllocaldb;Database=orders;Trusted_Connection=True"
  }},
  "AzureAd": {{
    "TenantId": "{S('uuid', g.uuid())}",
    "ClientId": "{S('uuid', g.uuid())}",
    "ClientSecret": "{K('azure_client_secret', g.azure_client_secret())}"
  }},
  "BlobSas": "https://{acct}.blob.core.windows.net/exports?sv=2022-11-02&ss=b&srt=co&sp=rl&se=2026-03-01T00:00:00Z&spr=https&sig={K('azure_sas_signature', g.azure_sig())}",
  "AllowedHosts": "*"
}}
"""


@tpl
def k8s_secret(g):
    pw = g.pw()
    tok = g.v("github_token")
    return "deploy/k8s/secret.yaml", "yaml", f"""apiVersion: v1
kind: Secret
metadata:
  name: api-credentials
  namespace: payments
  annotations:
    checksum/config: {S('sha256', g.sha256())}
type: Opaque
data:
  DB_PASSWORD: {K('k8s_secret_b64', base64.b64encode(pw.encode()).decode())}
  GITHUB_TOKEN: {K('k8s_secret_b64', base64.b64encode(tok.encode()).decode())}
stringData:
  SMTP_PASSWORD: "{P('k8s_password', g.pw())}"
  DD_API_KEY: {K('datadog_api_key', g.v('datadog_api_key'))}
  ADMIN_CONTACT: {E('k8s_email', g.email())}
---
apiVersion: v1
kind: ConfigMap
metadata:
  name: api-config
data:
  UPSTREAM: "{S('private_ip', g.priv4())}"
  PASSWORD_MIN_LENGTH: "12"
  FEATURE_FLAGS_ID: "{S('uuid', g.uuid())}"
"""


@tpl
def helm_values(g):
    return "charts/shop/values-prod.yaml", "yaml", f"""replicaCount: 3
image:
  repository: registry.gitlab.com/acme/shop
  tag: "{S('version_string', '2.14.' + str(g.num(0, 40)))}"
  digest: "{S('docker_digest', g.digest())}"
postgresql:
  auth:
    username: shop
    password: "{P('helm_password', g.pw())}"
    existingSecret: ""
redis:
  auth:
    password: {S('template_var', '{{ .Values.global.redisPassword }}')}
externalApis:
  shopify:
    accessToken: {K('shopify_token', g.v('shopify_token'))}
  square:
    accessToken: {K('square_token', g.v('square_token'))}
ingress:
  whitelistSourceRange: "{I('ipv4_cidr', g.ip4())}/32,{S('private_ip', g.priv4())}/16"
alerting:
  email: {E('config_email', g.email())}
"""


@tpl
def terraform(g):
    return "infra/main.tf", "hcl", f"""provider "digitalocean" {{
  token = "{K('digitalocean_token', g.v('digitalocean_token'))}"
}}

provider "cloudflare" {{
  api_token = "{K('cloudflare_api_token', g.v('cloudflare_api_token'))}"
}}

resource "aws_db_instance" "main" {{
  engine            = "postgres"
  username          = "dbadmin"
  password          = "{P('tf_password', g.pw())}"
  allocated_storage = 50
}}

resource "aws_security_group_rule" "office" {{
  type        = "ingress"
  from_port   = 22
  to_port     = 22
  protocol    = "tcp"
  cidr_blocks = ["{I('ipv4_cidr', g.ip4())}/32", "{S('private_ip', g.priv4())}/24"]
}}

variable "datadog_api_key" {{
  type      = string
  sensitive = true
  default   = "{K('datadog_api_key', g.v('datadog_api_key'))}"
}}

variable "github_token" {{
  type = string
  # set via TF_VAR_github_token
  default = {S('var_reference', 'var.gh_token_from_vault')}
}}
"""


@tpl
def tfvars(g):
    return "infra/prod.auto.tfvars", "hcl", f"""region            = "eu-west-1"
bastion_ip        = "{I('ipv4', g.ip4())}"
vpc_cidr          = "{S('private_ip', g.priv4())}"
pulumi_token      = "{K('pulumi_token', g.v('pulumi_token'))}"
tfc_token         = "{K('terraform_cloud_token', g.v('terraform_cloud_token'))}"
grafana_auth      = "{K('grafana_token', g.v('grafana_token'))}"
db_admin_password = "{P('tf_password', g.pw())}"
ami_id            = "ami-{g.hx(17)}"
owner_email       = "{E('config_email', g.email())}"
"""


@tpl
def terraformrc(g):
    return "home/ci/.terraformrc", "hcl", f"""credentials "app.terraform.io" {{
  token = "{K('terraform_cloud_token', g.v('terraform_cloud_token'))}"
}}
plugin_cache_dir = "$HOME/.terraform.d/plugin-cache"
"""


@tpl
def ansible_vars(g):
    return "inventories/prod/group_vars/all.yml", "yaml", f"""---
ansible_user: deploy
ansible_become_pass: "{P('ansible_password', g.pw())}"
mysql_root_password: {P('ansible_password', g.pw())}
vault_api_token: {K('vault_token', g.v('vault_token'))}
ntp_servers:
  - {I('ipv4', g.ip4())}
  - {I('ipv6', g.ip6())}
internal_dns: {S('private_ip', g.priv4())}
admin_users:
  - name: {g.name()[0]}
    email: {E('config_email', g.email())}
    pubkey: "{S('ssh_public_key', g.ssh_pub())}"
secret_from_vault: "{{{{ lookup('hashi_vault', 'secret=secret/data/prod/db:password') }}}}"
"""


@tpl
def ansible_inventory(g):
    return "inventories/prod/hosts.ini", "ini", f"""[web]
web-01 ansible_host={I('ipv4', g.ip4())}
web-02 ansible_host={I('ipv4', g.ip4())} ansible_ssh_pass={P('inventory_password', g.pw())}

[db]
db-01 ansible_host={S('private_ip', g.priv4())}

[all:vars]
ansible_user=ops
ansible_become_password={P('inventory_password', g.pw())}
"""


@tpl
def gha(g):
    return ".github/workflows/deploy.yml", "yaml", f"""name: deploy
on:
  push:
    branches: [main]
env:
  REGISTRY: ghcr.io
  SLACK_WEBHOOK: https://hooks.slack.com/services/{K('slack_webhook', g.slack_hook())}
  HF_TOKEN: {K('hf_token', g.v('hf_token'))}
jobs:
  deploy:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@{S('git_sha', g.sha1())}
      - name: Login
        uses: docker/login-action@v3
        with:
          username: acmebot
          password: {S('ci_secret_ref', '${{ secrets.DOCKERHUB_TOKEN }}')}
      - name: Publish
        env:
          NPM_TOKEN: {K('npm_token', g.v('npm_token'))}
          TWINE_PASSWORD: {S('ci_secret_ref', '${{ secrets.PYPI_TOKEN }}')}
        run: |
          curl -fsS -u "release:{P('cli_password', g.pw(True))}" https://{I('ipv4_url', g.ip4())}/hooks/release
          echo "notify {E('ci_email', g.email())}"
"""


@tpl
def gitlab_ci(g):
    return ".gitlab-ci.yml", "yaml", f"""variables:
  DOCKER_DRIVER: overlay2
  SONAR_TOKEN: "{K('sonar_token', g.v('sonar_token'))}"
  CI_REGISTRY_PASSWORD_OVERRIDE: "{P('ci_password', g.pw())}"
  GIT_DEPTH: "10"

stages: [test, deploy]

deploy:
  stage: deploy
  image: alpine:3.20@{S('docker_digest', g.digest())}
  script:
    - apk add --no-cache openssh-client git
    - git remote set-url origin https://oauth2:{K('gitlab_token', g.v('gitlab_token'))}@gitlab.com/acme/platform.git
    - ssh -o StrictHostKeyChecking=no {S('ssh_user_host', 'deploy@bastion-01')} "sudo systemctl restart api"
    - curl -H "PRIVATE-TOKEN: {K('gitlab_token', g.v('gitlab_token'))}" https://gitlab.com/api/v4/projects
    - echo $DEPLOY_KEY | base64 -d > key && echo "{S('env_reference', '$CI_JOB_TOKEN')}"
  only: [main]
"""


@tpl
def compose(g):
    return "docker-compose.yml", "yaml", f"""services:
  db:
    image: postgres:16
    environment:
      POSTGRES_USER: app
      POSTGRES_PASSWORD: {P('compose_password', g.pw())}
  mongo:
    image: mongo:7
    environment:
      - MONGO_INITDB_ROOT_USERNAME=root
      - MONGO_INITDB_ROOT_PASSWORD={P('compose_password', g.pw())}
  rabbit:
    image: rabbitmq:3-management
    environment:
      RABBITMQ_DEFAULT_PASS: {S('env_reference', '${RABBIT_PASS:?set in .env}')}
  api:
    build: .
    environment:
      MINIO_ROOT_PASSWORD: "{P('compose_password', g.pw())}"
      AMQP_URL: amqp://app:{P('url_password', g.pw(True))}@rabbit:5672/
      SENTRY_DSN: https://{S('sentry_public_key', g.hx(32))}@o{g.num(10000, 999999)}.ingest.sentry.io/{g.num(1000, 9999999)}
    extra_hosts:
      - "legacy-api:{I('ipv4', g.ip4())}"
      - "cache:{S('private_ip', g.priv4())}"
    ports: ["{S('unspecified_ip', '0.0.0.0')}:8080:8080"]
"""


@tpl
def dockerfile(g):
    return "Dockerfile", "dockerfile", f"""FROM python:3.12-slim@{S('docker_digest', g.digest())}
ARG PIP_INDEX_URL=https://ci:{P('url_password', g.pw(True))}@pypi.internal.acme.io/simple
ENV DATADOG_APP_KEY={K('datadog_app_key', g.v('datadog_app_key'))}
ENV SECRET_KEY_BASE={K('generic_hex_secret', g.hx(64))}
RUN curl -fsSLo /tmp/tool.tgz https://releases.example.org/tool.tgz \\
 && echo "{S('sha256', g.sha256())}  /tmp/tool.tgz" | sha256sum -c -
LABEL maintainer="{E('dockerfile_email', g.email())}"
EXPOSE 8000
CMD ["gunicorn", "-b", "{S('unspecified_ip', '0.0.0.0')}:8000", "app:app"]
"""


@tpl
def spring_props(g):
    return "src/main/resources/application-prod.properties", "properties", f"""spring.datasource.url=jdbc:postgresql://{I('ipv4', g.ip4())}:5432/orders
spring.datasource.username=orders_svc
spring.datasource.password={P('properties_password', g.pw())}
spring.mail.host=smtp.sendgrid.net
spring.mail.username=apikey
spring.mail.password={K('sendgrid_key', g.v('sendgrid_key'))}
spring.rabbitmq.password={S('env_reference', '${RABBITMQ_PASSWORD}')}
spring.security.oauth2.client.registration.okta.client-secret={K('okta_token', g.v('okta_token'))}
management.server.address={S('loopback_ip', '127.0.0.1')}
app.notify.to={E('config_email', g.email())}
app.build.version={S('version_string', g.ver4())}
"""


@tpl
def spring_yaml(g):
    return "src/main/resources/application.yml", "yaml", f"""spring:
  datasource:
    url: jdbc:mysql://{I('ipv4', g.ip4())}:3306/crm?useSSL=true
    username: crm
    password: {P('yaml_password', g.pw())}
  kafka:
    properties:
      sasl.jaas.config: org.apache.kafka.common.security.plain.PlainLoginModule required username="crm-producer" password="{P('jaas_password', g.pw())}";
  data:
    redis:
      password: {S('placeholder', '${REDIS_PASSWORD:changeme}')}
paypal:
  client-secret: {K('paypal_client_secret', g.v('paypal_client_secret'))}
"""


@tpl
def django_settings(g):
    return "mysite/settings/production.py", "python", f'''from .base import *  # noqa
import os

DEBUG = False
SECRET_KEY = "{K('django_secret_key', g.django_key())}"
ALLOWED_HOSTS = ["shop.acme.io", "{I('ipv4', g.ip4())}", "{S('loopback_ip', '127.0.0.1')}"]
DATABASES = {{
    "default": {{
        "ENGINE": "django.db.backends.postgresql",
        "NAME": "shop",
        "USER": "shop",
        "PASSWORD": "{P('dict_password', g.pw())}",
        "HOST": "{S('private_ip', g.priv4())}",
    }}
}}
EMAIL_HOST_PASSWORD = os.environ.get("EMAIL_HOST_PASSWORD", "{S('placeholder', 'changeme')}")
ADMINS = [("{g.name()[0].title()}", "{E('settings_email', g.email())}")]
DEFAULT_FROM_EMAIL = "{S('reserved_email', 'noreply@example.com')}"
AWS_ACCESS_KEY_ID = "{K('aws_access_key_id', g.akid())}"
AWS_SECRET_ACCESS_KEY = "{K('aws_secret_access_key', g.aws_secret())}"
PASSWORD_HASHERS = ["django.contrib.auth.hashers.Argon2PasswordHasher"]
'''


@tpl
def rails_db(g):
    return "config/database.yml", "yaml", f"""default: &default
  adapter: postgresql
  encoding: unicode
  pool: <%= ENV.fetch("RAILS_MAX_THREADS") {{ 5 }} %>

production:
  <<: *default
  database: storefront_production
  username: storefront
  password: {P('yaml_password', g.pw())}
  host: {I('ipv4', g.ip4())}

development:
  <<: *default
  password: <%= ENV["DATABASE_PASSWORD"] %>
"""


@tpl
def rails_creds(g):
    return "config/initializers/services.rb", "ruby", f"""Rails.application.configure do
  config.x.stripe_secret = "{K('stripe_key', g.v('stripe_key'))}"
  config.x.braintree_access_token = "{K('braintree_token', g.v('braintree_token'))}"
  config.x.mailchimp = ENV.fetch("MAILCHIMP_API_KEY") {{ "{K('mailchimp_key', g.v('mailchimp_key'))}" }}
  config.action_mailer.smtp_settings = {{
    address: "smtp.mailgun.org",
    user_name: "{E('code_email', g.email())}",
    password: "{P('hash_password', g.pw())}",
  }}
  config.x.support_address = "{S('reserved_email', res_email(g))}"
end
"""


@tpl
def python_script(g):
    return "scripts/sync_orders.py", "python", f'''"""Nightly sync of orders from the shop API into the warehouse."""
import psycopg2
import requests

API_TOKEN = "{K('shopify_token', g.v('shopify_token'))}"
HEADERS = {{"Authorization": "Bearer {K('bearer_token', g.v('github_token'))}"}}


def connect():
    return psycopg2.connect(
        host="{I('ipv4', g.ip4())}",
        user="etl",
        password="{P('kwarg_password', g.pw())}",
        dbname="warehouse",
    )


def notify(msg):
    # TODO: move to secrets manager; reach {E('comment_email', g.email())} before rotating
    requests.post("https://discord.com/api/webhooks/{g.num(10**17, 10**18)}/{K('discord_webhook_token', g.rs(68, URLS))}", json={{"content": msg}})


RUN_ID = "{S('uuid', g.uuid())}"
'''


@tpl
def python_client(g):
    return "app/clients.py", "python", f'''import boto3
from openai import OpenAI
from huggingface_hub import login

s3 = boto3.client(
    "s3",
    aws_access_key_id="{K('aws_access_key_id', g.akid())}",
    aws_secret_access_key="{K('aws_secret_access_key', g.aws_secret())}",
)
client = OpenAI(api_key="{K('openai_key', g.v('openai_key'))}")
login(token="{K('hf_token', g.v('hf_token'))}")
doc_example = boto3.client("s3", aws_access_key_id="{S('aws_example_key', AWS_EX_ID)}")
redis_pw = os.getenv("REDIS_PASSWORD")
SMTP = ("smtp.fastmail.com", 465, "{E('code_email', g.email())}", "{P('tuple_password', g.pw())}")
'''


@tpl
def pytest_fixture(g):
    return "tests/test_signing.py", "python", f'''import pytest

# deterministic values for tests only
TEST_NONCE = "{S('test_nonce', g.hx(24))}"
FIXED_UUID = "{S('uuid', g.uuid())}"
PW_HASH = "{S('bcrypt_hash', g.bcrypt())}"


@pytest.fixture
def user():
    return {{"email": "{S('reserved_email', res_email(g))}", "password": "{S('placeholder', 'hunter2-test-only')}"}}


def test_digest():
    assert sha256(b"abc").hexdigest() == "{S('sha256', 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad')}"


def test_login_prod_smoke():
    # the smoke account on staging, please rotate
    login("{E('code_email', g.email())}", "{P('positional_password', g.pw())}")
'''


@tpl
def notebook(g):
    cells = [
        {"cell_type": "markdown", "metadata": {}, "source": ["# Churn analysis\n", f"Questions to {E('notebook_email', g.email())}\n"]},
        {"cell_type": "code", "execution_count": 1, "metadata": {}, "outputs": [], "source": [
            "import os, snowflake.connector\n",
            "conn = snowflake.connector.connect(\n",
            "    account='xy12345.eu-central-1',\n",
            "    user='ANALYST',\n",
            f"    password='{P('notebook_password', g.pw())}',\n",
            ")\n"]},
        {"cell_type": "code", "execution_count": 2, "metadata": {}, "outputs": [
            {"name": "stdout", "output_type": "stream", "text": [f"connected from {I('log_ipv4', g.ip4())}\n", f"session {S('uuid', g.uuid())}\n"]}],
         "source": [f"os.environ['OPENAI_API_KEY'] = '{K('openai_key', g.v('openai_key'))}'\n",
                    f"os.environ['HUGGINGFACEHUB_API_TOKEN'] = '{K('hf_token', g.v('hf_token'))}'\n",
                    "print('connected from', requests.get('https://ifconfig.me').text)\n"]},
        {"cell_type": "code", "execution_count": 3, "metadata": {}, "outputs": [], "source": [
            f"WANDB_KEY = '{K('wandb_key', g.hx(40))}'\n", "token = os.environ.get('KAGGLE_KEY')\n"]},
    ]
    nb = {"cells": cells, "metadata": {"kernelspec": {"name": "python3", "display_name": "Python 3"}}, "nbformat": 4, "nbformat_minor": 5}
    return "notebooks/churn.ipynb", "json", json.dumps(nb, indent=1, ensure_ascii=False) + "\n"


@tpl
def node_config(g):
    return "src/config.js", "javascript", f"""// eslint-disable-next-line
module.exports = {{
  port: process.env.PORT || 3000,
  mongoUri: 'mongodb+srv://svc-api:{P('url_password', g.pw(True))}@cluster0.{g.rs(5, LO + DIG)}.mongodb.net/prod?retryWrites=true',
  stripe: {{ secret: '{K('stripe_key', g.v('stripe_key'))}', publishable: '{S('publishable_key', 'pk_live_' + g.rs(24))}' }},
  mapbox: {{ secretToken: '{K('mapbox_secret_token', g.v('mapbox_secret_token'))}', publicToken: '{S('mapbox_public_token', 'pk.eyJ1Ijoi' + g.rs(60, URLS) + '.' + g.rs(22, URLS))}' }},
  firebase: {{ serverKey: '{K('firebase_fcm_key', g.v('firebase_fcm_key'))}' }},
  discordBotToken: '{K('discord_bot_token', g.v('discord_bot_token'))}',
  trustedProxy: '{S('private_ip', g.priv4())}',
  integrity: '{S('sri_hash', g.sri())}',
}};
"""


@tpl
def ts_service(g):
    return "src/services/payments.ts", "typescript", f"""import {{ Client, Environment }} from 'square';
import Stripe from 'stripe';

const square = new Client({{
  accessToken: '{K('square_token', g.v('square_token'))}',
  environment: Environment.Production,
}});
const stripe = new Stripe(process.env.STRIPE_KEY ?? '{K('stripe_key', g.v('stripe_key'))}', {{ apiVersion: '2024-06-20' }});
export const SUPPORT = '{E('code_email', g.email())}';
export const ADMIN_PASSWORD = '{P('assign_password', g.pw())}';
const webhookSecret: string = '{K('stripe_webhook_secret', g.v('stripe_webhook_secret'))}';
const placeholder = '{S('placeholder', 'whsec_XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX')}';
"""


@tpl
def java_code(g):
    return "src/main/java/com/acme/mail/MailConfig.java", "java", f"""package com.acme.mail;

public final class MailConfig {{
    private static final String SMTP_HOST = "{I('ipv4', g.ip4())}";
    private static final String SMTP_USER = "{E('code_email', g.email())}";
    private static final String SMTP_PASSWORD = "{P('assign_password', g.pw())}";
    // TODO rotate: twilio auth token
    static final String TWILIO_AUTH_TOKEN = "{K('twilio_auth_token', g.v('twilio_auth_token'))}";
    static final String BUILD = "{S('version_string', g.ver4())}";

    Connection open() throws SQLException {{
        return DriverManager.getConnection("jdbc:oracle:thin:@{I('ipv4', g.ip4())}:1521/ORCLPDB1", "scott", "{P('call_password', g.pw())}");
    }}
}}
"""


@tpl
def go_code(g):
    return "internal/store/store.go", "go", f"""package store

import (
	"database/sql"
	"fmt"
)

const dsn = "orders:{P('conn_string_password', g.pw(True))}@tcp({I('ipv4', g.ip4())}:3306)/orders?parseTime=true"

var cfg = Config{{
	User:     "svc",
	Password: "{P('struct_password', g.pw())}",
	APIKey:   "{K('postman_key', g.v('postman_key'))}",
	Host:     "{S('private_ip', g.priv4())}",
}}

// Owner: {E('comment_email', g.email())}
var telegramToken = "{K('telegram_bot_token', g.v('telegram_bot_token'))}"
var build = "{S('git_sha', g.sha1())}"
"""


@tpl
def rust_code(g):
    return "src/config.rs", "rust", f"""use std::env;

pub const SENTRY_AUTH: &str = "{K('sentry_auth_token', g.v('sentry_auth_token'))}";
pub const DROPBOX_TOKEN: &str = "{K('dropbox_token', g.v('dropbox_token'))}";

pub fn database_url() -> String {{
    env::var("DATABASE_URL").unwrap_or_else(|_| "postgres://app:{P('url_password', g.pw(True))}@{I('ipv4_url', g.ip4())}/app".to_string())
}}

pub fn contact() -> &'static str {{ "{E('code_email', g.email())}" }}
pub const SCHEMA_ID: &str = "{S('uuid', g.uuid())}";
"""


@tpl
def csharp_code(g):
    return "src/Worker/Program.cs", "csharp", f"""using Azure.Storage.Blobs;
var conn = "Server={I('ipv4', g.ip4())};Database=Billing;User Id=billing_app;Password={P('conn_string_password', g.pw())};TrustServerCertificate=True";
var blob = new BlobServiceClient("DefaultEndpointsProtocol=https;AccountName=billingexports;AccountKey={K('azure_storage_key', g.azure_key())};EndpointSuffix=core.windows.net");
var cred = new ClientSecretCredential("{S('uuid', g.uuid())}", "{S('uuid', g.uuid())}", "{K('azure_client_secret', g.azure_client_secret())}");
const string Owner = "{E('code_email', g.email())}";
const string Loopback = "{S('loopback_ipv6', '::1')}";
"""


@tpl
def php_code(g):
    return "wp-config.php", "php", f"""<?php
define( 'DB_NAME', 'wordpress' );
define( 'DB_USER', 'wp_prod' );
define( 'DB_PASSWORD', '{P('php_password', g.pw())}' );
define( 'DB_HOST', '{I('ipv4', g.ip4())}' );
define( 'AUTH_KEY',         '{K('wp_salt', g.rs(64, ALNUM + "!#%^*()-_=+[]{}<>~;:,.?"))}' );
define( 'SECURE_AUTH_KEY',  '{K('wp_salt', g.rs(64, ALNUM + "!#%^*()-_=+[]{}<>~;:,.?"))}' );
define( 'NONCE_SALT',       '{S('placeholder', 'put your unique phrase here')}' );
$mailgun = new Mailgun('{K('mailgun_key', g.v('mailgun_key'))}');
$admin = '{E('code_email', g.email())}';
"""


@tpl
def powershell(g):
    return "scripts/Deploy-App.ps1", "powershell", f"""param([string]$Environment = "prod")
$securePass = ConvertTo-SecureString "{P('ps_password', g.pw())}" -AsPlainText -Force
$cred = New-Object System.Management.Automation.PSCredential ("CORP\\svc_deploy", $securePass)
$env:AZURE_CLIENT_SECRET = "{K('azure_client_secret', g.azure_client_secret())}"
$env:DOPPLER_TOKEN = "{K('doppler_token', g.v('doppler_token'))}"
Invoke-Command -ComputerName {I('ipv4', g.ip4())} -Credential $cred -ScriptBlock {{ Restart-Service W3SVC }}
Send-MailMessage -To "{E('code_email', g.email())}" -From "{S('reserved_email', 'deploy@corp.example')}" -Subject "done"
$hash = "{S('sha256', g.sha256().upper())}"
"""


@tpl
def shell_script(g):
    return "bin/backup.sh", "shell", f"""#!/usr/bin/env bash
set -euo pipefail
export PGPASSWORD='{P('env_password', g.pw())}'
export CLOUDFLARE_API_KEY={K('cloudflare_global_key', g.v('cloudflare_global_key'))}
pg_dump -h {I('ipv4', g.ip4())} -U backup shop | gzip > /backup/shop.sql.gz
mysqldump -h {S('private_ip', g.priv4())} -u root -p'{P('cli_password', g.pw())}' --all-databases > /backup/all.sql
aws s3 cp /backup s3://acme-backups/ --recursive
curl -s -X POST "https://api.telegram.org/bot{K('telegram_bot_token', g.v('telegram_bot_token'))}/sendMessage" -d chat_id=-100{g.num(10**9, 10**10)}
scp /backup/shop.sql.gz {S('ssh_user_host', 'backup@nas-02')}:/volume1/
echo "done" | mail -s backup {E('shell_email', g.email())}
"""


@tpl
def curl_cmds(g):
    return "docs/api-cheatsheet.md", "markdown", f"""# API cheat sheet

```bash
curl -u admin:{P('cli_password', g.pw(True))} https://{I('ipv4_url', g.ip4())}:9200/_cluster/health
curl -H "Authorization: Bearer {K('bearer_token', g.v('linear_key'))}" https://api.linear.app/graphql
curl -H "DD-API-KEY: {K('datadog_api_key', g.v('datadog_api_key'))}" -H "DD-APPLICATION-KEY: {K('datadog_app_key', g.v('datadog_app_key'))}" https://api.datadoghq.eu/api/v1/validate
curl -H "X-Postmark-Server-Token: {S('placeholder', '<server-token>')}" https://api.postmarkapp.com/email
curl https://api.cloudflare.com/client/v4/zones -H "Authorization: Bearer {K('cloudflare_api_token', g.v('cloudflare_api_token'))}"
curl -H "X-Vault-Token: {K('vault_token', g.v('vault_token'))}" https://vault.acme.io/v1/secret/data/app
```

Docs example (not real): `curl -u {S('placeholder', 'user:password')} https://api.example.com`.
Reach the on-call at {E('docs_email', g.email())}.
"""


@tpl
def http_dump(g):
    user = g.email()
    pw = g.pw()
    b = base64.b64encode(f"{user}:{pw}".encode()).decode()
    return "debug/request.http", "http", f"""POST /v2/orders HTTP/1.1
Host: api.acme-shop.com
Authorization: Basic {K('basic_auth_b64', b)}
X-Forwarded-For: {I('header_ipv4', g.ip4())}, {S('private_ip', g.priv4())}
X-Request-Id: {S('uuid', g.uuid())}
Cookie: session={K('session_cookie', g.rs(48, URLS))}
Content-Type: application/json

{{"customer": "{E('json_email', g.email())}", "amount": {g.num(100, 99999)}}}

HTTP/1.1 201 Created
ETag: "{S('etag', g.md5())}"
X-Served-By: {I('header_ipv6', g.ip6())}
"""


@tpl
def access_log(g):
    lines = []
    for _ in range(4):
        lines.append(f'{I("log_ipv4", g.ip4())} - - [12/Mar/2025:{g.num(10, 23)}:{g.num(10, 59)}:{g.num(10, 59)} +0000] "GET /api/v1/items?page={g.num(1, 9)} HTTP/1.1" 200 {g.num(200, 9000)} "-" "Mozilla/5.0"')
    lines.append(f'{I("log_ipv6", g.ip6())} - - [12/Mar/2025:11:02:13 +0000] "POST /login HTTP/1.1" 302 0 "-" "curl/8.4.0"')
    lines.append(f'{S("private_ip", g.priv4())} - - [12/Mar/2025:11:02:14 +0000] "GET /healthz HTTP/1.1" 200 2 "-" "kube-probe/1.30"')
    lines.append(f'{I("log_ipv4", g.ip4())} - - [12/Mar/2025:11:02:15 +0000] "GET /reset?email={E("log_email", g.email())} HTTP/1.1" 200 512 "-" "Mozilla/5.0"')
    return "var/log/nginx/access.log", "text", "\n".join(lines) + "\n"


@tpl
def app_log(g):
    return "logs/app-2025-03-12.log", "text", f"""2025-03-12T10:14:02.113Z INFO  [auth] login ok user={E('log_email', g.email())} ip={I('log_ipv4', g.ip4())}
2025-03-12T10:14:05.402Z WARN  [db] retry connect postgresql://report:{P('log_password', g.pw(True))}@{I('ipv4_url', g.ip4())}:5432/reports
2025-03-12T10:14:06.001Z DEBUG [http] headers={{'Authorization': 'token {K('github_token', g.v('github_token'))}', 'X-Trace': '{S('trace_id', g.hx(32))}'}}
2025-03-12T10:14:07.870Z ERROR [mail] SMTPAuthenticationError for {E('log_email', g.email())} (password={P('log_password', g.pw())})
2025-03-12T10:14:08.000Z INFO  [auth] password reset requested; password={S('masked', '********')} masked
2025-03-12T10:14:09.000Z INFO  [net] peer {I('log_ipv6', g.ip6())} connected via {S('link_local_ipv6', g.ll6())}
2025-03-12T10:14:10.000Z INFO  [build] version {S('version_string', g.ver4())} commit {S('short_sha', g.hx(7))}
"""


@tpl
def stack_trace(g):
    return "logs/worker-crash.txt", "text", f"""Traceback (most recent call last):
  File "/srv/app/worker.py", line 88, in run
    conn = pika.BlockingConnection(pika.URLParameters("amqps://worker:{P('trace_password', g.pw(True))}@{I('ipv4_url', g.ip4())}:5671/%2F"))
  File "/srv/app/venv/lib/python3.11/site-packages/pika/adapters/blocking_connection.py", line 360, in __init__
    self._impl = self._create_connection(parameters, _impl_class)
pika.exceptions.AMQPConnectionError: Connection to {I('ipv4', g.ip4())}:5671 failed: timeout
Local variables:
    api_key = '{K('sendgrid_key', g.v('sendgrid_key'))}'
    user = '{E('trace_email', g.email())}'
    request_id = '{S('uuid', g.uuid())}'
"""


@tpl
def java_trace(g):
    return "logs/catalina.out", "text", f"""SEVERE [main] org.apache.catalina.core.StandardContext.startInternal Error
java.sql.SQLException: Access denied for user 'shop'@'{I('log_ipv4', g.ip4())}' (using password: YES)
	at com.mysql.cj.jdbc.exceptions.SQLError.createSQLException(SQLError.java:130)
	at com.acme.db.Pool.init(Pool.java:42) [url=jdbc:mysql://{I('ipv4', g.ip4())}:3306/shop?user=shop&password={P('url_password', g.pw(True))}]
Caused by: javax.net.ssl.SSLHandshakeException: PKIX path building failed (oid {S('oid', g.oid())})
"""


@tpl
def conn_strings(g):
    return "docs/connections.md", "markdown", f"""## Connection strings (staging)

| service | url |
|---|---|
| Postgres | `postgresql://analytics:{P('conn_string_password', g.pw(True))}@{I('ipv4_url', g.ip4())}:5432/analytics` |
| MySQL | `mysql://app:{P('conn_string_password', g.pw(True))}@db.acme.io:3306/app` |
| MongoDB | `mongodb://admin:{P('conn_string_password', g.pw(True))}@[{I('ipv6_url', g.ip6())}]:27017/?authSource=admin` |
| Redis | `rediss://default:{P('conn_string_password', g.pw(True))}@cache.acme.io:6380` |
| Kafka | `SASL_SSL://{I('ipv4_url', g.ip4())}:9093` |
| NATS | `nats://svc:{P('conn_string_password', g.pw(True))}@nats.acme.io:4222` |
| Neo4j | `neo4j+s://neo4j:{P('conn_string_password', g.pw(True))}@graph.acme.io` |
| ClickHouse | `clickhouse://default:{P('conn_string_password', g.pw(True))}@{S('private_ip', g.priv4())}:9000/default` |
| MSSQL (ODBC) | `Driver={{ODBC Driver 18 for SQL Server}};Server=sql.acme.io;Uid=report;Pwd={P('conn_string_password', g.pw())};` |
| Example | `postgresql://user:{S('placeholder', 'password')}@localhost/db` |
"""


@tpl
def git_remotes(g):
    return "ops/.git/config", "ini", f"""[core]
	repositoryformatversion = 0
	bare = false
[remote "origin"]
	url = https://x-access-token:{K('github_token', g.gh('ghs_'))}@github.com/acme/platform.git
	fetch = +refs/heads/*:refs/remotes/origin/*
[remote "gitlab"]
	url = https://ci-bot:{K('gitlab_token', g.v('gitlab_token'))}@gitlab.com/acme/platform.git
[remote "mirror"]
	url = {S('git_ssh_remote', 'git@github.com:acme/platform.git')}
[remote "azure"]
	url = https://acme:{K('azure_devops_pat', g.rs(52, LO + DIG))}@dev.azure.com/acme/platform/_git/platform
[user]
	email = {E('git_email', g.email())}
"""


@tpl
def git_credentials(g):
    return "home/dev/.git-credentials", "text", f"""https://{g.pick(FIRST)}:{K('github_pat', g.ghpat())}@github.com
https://oauth2:{K('gitlab_token', g.v('gitlab_token'))}@gitlab.acme.io
https://{g.pick(FIRST)}:{P('url_password', g.pw(True))}@bitbucket.org
"""


@tpl
def netrc_pgpass(g):
    return "home/dev/.netrc", "text", f"""machine api.heroku.com
  login {E('netrc_email', g.email())}
  password {K('heroku_api_key', g.v('heroku_api_key'))}
machine {I('ipv4', g.ip4())}
  login ftpuser
  password {P('netrc_password', g.pw())}
"""


@tpl
def pgpass(g):
    return "home/dev/.pgpass", "text", f"""{I('ipv4', g.ip4())}:5432:*:replicator:{P('pgpass_password', g.pw())}
db.internal:5432:billing:billing:{P('pgpass_password', g.pw())}
localhost:5432:*:postgres:{S('placeholder', 'postgres')}
"""


@tpl
def npmrc(g):
    return ".npmrc", "ini", f"""registry=https://registry.npmjs.org/
//registry.npmjs.org/:_authToken={K('npm_token', g.v('npm_token'))}
//npm.pkg.github.com/:_authToken={S('env_reference', '${GITHUB_TOKEN}')}
@acme:registry=https://acme.jfrog.io/artifactory/api/npm/npm/
//acme.jfrog.io/artifactory/api/npm/npm/:_auth={K('basic_auth_b64', base64.b64encode((g.pick(FIRST) + ':' + g.v('jfrog_token')).encode()).decode())}
email={E('config_email', g.email())}
"""


@tpl
def pypirc(g):
    return "home/dev/.pypirc", "ini", f"""[distutils]
index-servers = pypi private

[pypi]
username = __token__
password = {K('pypi_token', g.v('pypi_token'))}

[private]
repository = https://{I('ipv4_url', g.ip4())}/simple/
username = uploader
password = {P('ini_password', g.pw())}
"""


@tpl
def docker_config(g):
    u = g.pick(FIRST)
    return "home/ci/.docker/config.json", "json", f"""{{
  "auths": {{
    "https://index.docker.io/v1/": {{ "auth": "{K('basic_auth_b64', base64.b64encode((u + ':' + g.v('dockerhub_token')).encode()).decode())}" }},
    "ghcr.io": {{ "auth": "{K('basic_auth_b64', base64.b64encode((u + ':' + g.v('github_token')).encode()).decode())}" }}
  }},
  "credsStore": "desktop"
}}
"""


@tpl
def kubeconfig(g):
    return "home/ops/.kube/config", "yaml", f"""apiVersion: v1
clusters:
- cluster:
    certificate-authority-data: {S('certificate_b64', base64.b64encode(g.cert().encode()).decode())}
    server: https://{I('ipv4_url', g.ip4())}:6443
  name: prod
users:
- name: admin
  user:
    token: {K('k8s_token', g.jwt())}
- name: ci
  user:
    client-key-data: {K('pem_private_key_b64', base64.b64encode(g.pem('EC').encode()).decode())}
contexts:
- context: {{cluster: prod, user: admin}}
  name: prod
"""


@tpl
def ssh_keys(g):
    return "ops/keys/deploy_id", "text", f"""{K('pem_private_key', g.pem('OPENSSH'))}
"""


@tpl
def pem_bundle(g):
    return "certs/server-bundle.pem", "text", f"""{S('certificate', g.cert())}
{K('pem_private_key', g.pem(g.pick(['RSA', 'EC', ''])))}
"""


@tpl
def pgp_key(g):
    return "ops/signing/release-key.asc", "text", f"""# Release signing key for {E('key_comment_email', g.email())}
{K('pgp_private_key', g.pgp())}
"""


@tpl
def public_only(g):
    return "ops/keys/authorized_keys", "text", f"""{S('ssh_public_key', g.ssh_pub())} {S('key_comment_reserved_email', res_email(g))}
{S('ssh_public_key', g.ssh_pub())} {S('key_comment', 'ci@build-runner')}
# fingerprint SHA256:{S('key_fingerprint', g.rs(43, B64))}
{S('public_key_pem', g.pubkey_pem())}
"""


@tpl
def sql_script(g):
    return "db/migrations/0042_service_users.sql", "sql", f"""-- create service accounts
CREATE USER reporting WITH PASSWORD '{P('sql_password', g.pw())}';
ALTER ROLE replicator WITH LOGIN PASSWORD '{P('sql_password', g.pw())}';
CREATE LOGIN etl_loader WITH PASSWORD = '{P('sql_password', g.pw())}';
INSERT INTO users (email, password_hash, last_ip) VALUES
  ('{E('sql_email', g.email())}', '{S('bcrypt_hash', g.bcrypt())}', '{I('sql_ipv4', g.ip4())}'),
  ('{S('reserved_email', res_email(g))}', '{S('argon2_hash', g.argon2())}', '{S('private_ip', g.priv4())}');
UPDATE api_clients SET secret = '{K('generic_hex_secret', g.hx(64))}' WHERE id = {g.num(1, 999)};
"""


@tpl
def csv_export(g):
    rows = ["id,name,email,signup_ip,plan"]
    for i in range(4):
        f, l = g.name()
        rows.append(f"{g.num(1000, 9999)},{f.title()} {l.title()},{E('csv_email', g.email())},{I('csv_ipv4', g.ip4())},pro")
    rows.append(f"{g.num(1000, 9999)},Test User,{S('reserved_email', res_email(g))},{S('doc_ip', g.doc4())},free")
    rows.append(f"{g.num(1000, 9999)},Ipv6 User,{E('csv_email', g.email())},{I('csv_ipv6', g.ip6())},free")
    return "exports/customers.csv", "csv", "\n".join(rows) + "\n"


@tpl
def readme_runbook(g):
    return "docs/runbook.md", "markdown", f"""# On-call runbook

1. SSH to the jump host `{I('ipv4', g.ip4())}` (fallback `{I('ipv6', g.ip6())}`).
2. The Grafana admin password is `{P('md_password', g.pw())}` until we move it into 1Password.
3. If PagerDuty is down, mail {E('docs_email', g.email())} or {E('docs_email', g.email())}.
4. The internal LB is {S('private_ip', g.priv4())}; the docs subnet {S('doc_ip', g.doc4())} is only an example.
5. Never paste tokens like `{S('placeholder', 'ghp_' + 'x' * 36)}` in Slack.

> Note: the word for password in the German UI is "{S('password_translation', 'Passwort')}".
"""


@tpl
def rst_doc(g):
    return "docs/deployment.rst", "restructuredtext", f"""Deployment
==========

Configure the client with your key::

    client = Client(api_key="{S('placeholder', 'YOUR_API_KEY')}")

For the staging cluster use::

    client = Client(api_key="{K('algolia_admin_key', g.v('algolia_admin_key'))}", app_id="{g.rs(10, UP + DIG)}")

The database superuser password is ``{P('rst_password', g.pw())}``; contact :email:`{E('docs_email', g.email())}`
before changing it. Servers: ``{I('ipv4', g.ip4())}`` and ``{I('ipv4', g.ip4())}``.
"""


@tpl
def changelog(g):
    return "CHANGELOG.md", "markdown", f"""## {S('version_string', '3.' + str(g.num(0, 9)) + '.' + str(g.num(0, 9)) + '.' + str(g.num(1, 99)))} - 2025-02-11

- Fix crash when the proxy at {S('private_ip', g.priv4())} returns 502 ({S('short_sha', g.hx(7))}).
- Rotate the leaked test key; thanks {E('changelog_email', g.email())} for the report.
- Remove hard-coded password `{P('changelog_password', g.pw())}` from `seed.py`.
- Bump OID table to {S('oid', g.oid())}.
"""


@tpl
def git_log(g):
    f, l = g.name()
    return "git-log.txt", "text", f"""commit {S('git_sha', g.sha1())}
Author: {f.title()} {l.title()} <{E('git_author_email', g.email())}>
Date:   Tue Feb 11 14:02:33 2025 +0100

    remove creds from config (old password was {P('commit_password', g.pw())})

    Co-authored-by: {g.pick(FIRST).title()} <{E('git_author_email', g.email())}>

commit {S('git_sha', g.sha1())}
Author: dependabot[bot] <{S('bot_email', '49699333+dependabot[bot]@users.noreply.github.com')}>
Date:   Mon Feb 10 09:00:00 2025 +0000

    Bump lodash from 4.17.20 to 4.17.21
"""


@tpl
def patch_diff(g):
    return "patches/0001-move-token-to-env.patch", "diff", f"""From {S('git_sha', g.sha1())} Mon Sep 17 00:00:00 2001
From: {g.pick(FIRST).title()} <{E('git_author_email', g.email())}>
Subject: [PATCH] move token to env

--- a/app/settings.py
+++ b/app/settings.py
@@ -10,3 +10,3 @@
-ALGOLIA_ADMIN_KEY = "{K('algolia_admin_key', g.v('algolia_admin_key'))}"
+ALGOLIA_ADMIN_KEY = os.environ["ALGOLIA_ADMIN_KEY"]
-REDIS_PASSWORD = "{P('diff_password', g.pw())}"
+REDIS_PASSWORD = os.environ["REDIS_PASSWORD"]
"""


@tpl
def issue_text(g):
    return "issues/1842.md", "markdown", f"""### Bug: login fails on staging

Steps: log in as {E('issue_email', g.email())} with password {P('prose_password', g.pw())} and open /admin.
Expected the dashboard, got 500. Server {I('ipv4', g.ip4())} logs below. My colleague's login
is {E('issue_email', g.email())} / {P('prose_password', g.pw())} and that one works.

```
request_id={S('uuid', g.uuid())} upstream={S('private_ip', g.priv4())} version={S('version_string', g.ver4())}
```
"""


@tpl
def chat_export(g):
    return "exports/slack-ops.txt", "text", f"""[09:12] {g.pick(FIRST)}: can someone share the staging db pw?
[09:13] {g.pick(FIRST)}: it's {P('chat_password', g.pw())} - please don't paste it elsewhere
[09:14] {g.pick(FIRST)}: and the new HF token is {K('hf_token', g.v('hf_token'))}
[09:15] {g.pick(FIRST)}: thanks! btw the VPN endpoint moved to {I('ipv4', g.ip4())}
[09:16] {g.pick(FIRST)}: mail me at {E('chat_email', g.email())} if it breaks
[09:17] {g.pick(FIRST)}: the old password was *** (masked by the bot)
"""


@tpl
def email_ticket(g):
    return "support/ticket-55121.eml", "text", f"""From: {g.pick(FIRST).title()} <{E('header_email', g.email())}>
To: {E('header_email', 'support@' + g.pick(ORGDOM))}
Subject: Cannot connect after password change
Received: from mail.{g.pick(ORGDOM)} ([{I('header_ipv4', g.ip4())}])

Hi, I changed my password to {P('ticket_password', g.pw())} yesterday and since then the app says
"invalid credentials". My API key is {K('openai_key', g.v('openai_key'))}, in case that helps.
Reply-To: {S('reserved_email', res_email(g))}
"""


@tpl
def nginx_conf(g):
    return "etc/nginx/conf.d/admin.conf", "nginx", f"""server {{
    listen 443 ssl;
    listen [::]:443 ssl;
    server_name admin.acme.io;
    allow {I('ipv4', g.ip4())};
    allow {I('ipv4_cidr', g.ip4())}/29;
    allow {I('ipv6_cidr', g.ip6())}/64;
    allow {S('private_ip', g.priv4())}/8;
    deny all;
    location / {{
        proxy_pass http://{S('private_ip', g.priv4())}:8080;
        proxy_set_header Authorization "Basic {K('basic_auth_b64', base64.b64encode(('admin:' + g.pw()).encode()).decode())}";
        set_real_ip_from {S('cgnat_ip', g.cgnat())};
    }}
}}
"""


@tpl
def iptables(g):
    return "etc/firewall.sh", "shell", f"""#!/bin/sh
iptables -A INPUT -s {I('ipv4', g.ip4())} -p tcp --dport 22 -j ACCEPT
iptables -A INPUT -s {I('ipv4_cidr', g.ip4())}/24 -j DROP
ip6tables -A INPUT -s {I('ipv6', g.ip6(full=True))} -j ACCEPT
iptables -A INPUT -s {S('private_ip', g.priv4())} -j ACCEPT
iptables -A INPUT -d {S('multicast_ip', '224.0.0.251')} -j ACCEPT
iptables -A INPUT -s {S('linklocal_ip', g.linklocal4())} -j DROP
route add -net {S('private_ip', g.priv4())} netmask {S('netmask', '255.255.255.0')} gw {S('private_ip', g.priv4())}
"""


@tpl
def hosts_file(g):
    return "etc/hosts", "text", f"""{S('loopback_ip', '127.0.0.1')}   localhost
{S('loopback_ipv6', '::1')}         localhost ip6-localhost
{I('ipv4', g.ip4())}   api.partner.net
{I('ipv6', g.ip6())}   cdn.partner.net
{S('private_ip', g.priv4())}   db.internal
{S('ula_ipv6', g.ula6())}   nas.lan
{S('doc_ipv6', g.doc6())}   example-host
"""


@tpl
def wireguard(g):
    return "etc/wireguard/wg0.conf", "ini", f"""[Interface]
Address = {S('private_ip', g.priv4())}/24
PrivateKey = {K('wireguard_private_key', g.v('wireguard_private_key'))}
ListenPort = 51820

[Peer]
PublicKey = {S('wireguard_public_key', g.b64key(32))}
Endpoint = {I('ipv4', g.ip4())}:51820
AllowedIPs = {S('private_ip', g.priv4())}/32
"""


@tpl
def systemd_unit(g):
    return "etc/systemd/system/exporter.service", "ini", f"""[Unit]
Description=metrics exporter

[Service]
Environment=NEWRELIC_API_KEY={K('newrelic_key', g.v('newrelic_key'))}
Environment="DB_PASS={P('env_password', g.pw())}"
Environment=LISTEN={S('unspecified_ip', '0.0.0.0')}:9100
ExecStart=/usr/local/bin/exporter --push {I('ipv4_url', g.ip4())}:9091
"""


@tpl
def supervisor_conf(g):
    return "etc/supervisor/conf.d/celery.conf", "ini", f"""[program:celery]
command=/srv/venv/bin/celery -A app worker
environment=BROKER_URL="amqp://celery:{P('url_password', g.pw(True))}@{I('ipv4_url', g.ip4())}:5672//",SLACK_BOT_TOKEN="{K('slack_token', g.v('slack_token'))}"
user=app

[inet_http_server]
port={S('loopback_ip', '127.0.0.1')}:9001
username=admin
password={P('ini_password', g.pw())}
"""


@tpl
def redis_conf(g):
    return "etc/redis/redis.conf", "text", f"""bind {S('loopback_ip', '127.0.0.1')} {S('private_ip', g.priv4())}
port 6379
requirepass {P('config_password', g.pw())}
masterauth {P('config_password', g.pw())}
replicaof {I('ipv4', g.ip4())} 6379
"""


@tpl
def maven_settings(g):
    return "home/ci/.m2/settings.xml", "xml", f"""<settings>
  <servers>
    <server>
      <id>acme-releases</id>
      <username>deployer</username>
      <password>{P('xml_password', g.pw())}</password>
    </server>
    <server>
      <id>jfrog</id>
      <username>{E('xml_email', g.email())}</username>
      <password>{K('jfrog_token', g.v('jfrog_token'))}</password>
    </server>
    <server>
      <id>central</id>
      <password>{S('env_reference', '${env.CENTRAL_PASSWORD}')}</password>
    </server>
  </servers>
</settings>
"""


@tpl
def web_config(g):
    return "Web.config", "xml", f"""<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <connectionStrings>
    <add name="Main" connectionString="Data Source={I('ipv4', g.ip4())};Initial Catalog=Crm;User ID=crm;Password={P('conn_string_password', g.pw())}" providerName="System.Data.SqlClient" />
  </connectionStrings>
  <appSettings>
    <add key="PayPalClientSecret" value="{K('paypal_client_secret', g.v('paypal_client_secret'))}" />
    <add key="MachineKeyValidation" value="{K('generic_hex_secret', g.hx(64).upper())}" />
    <add key="SchemaOid" value="{S('oid', g.oid())}" />
  </appSettings>
</configuration>
"""


@tpl
def toml_secrets(g):
    return ".streamlit/secrets.toml", "toml", f"""[connections.snowflake]
account = "ab12345.eu-west-1"
user = "DASHBOARD"
password = "{P('toml_password', g.pw())}"

[api]
anthropic = "{K('anthropic_key', g.v('anthropic_key'))}"
replicate = "{K('replicate_token', 'r8_' + g.rs(37))}"
owner = "{E('config_email', g.email())}"
"""


@tpl
def cargo_cfg(g):
    return "home/dev/.cargo/credentials.toml", "toml", f"""[registry]
token = "{K('crates_io_token', 'cio' + g.rs(32))}"

[registries.acme]
token = "Bearer {K('bearer_token', g.v('github_token'))}"
"""


@tpl
def jenkinsfile(g):
    return "Jenkinsfile", "groovy", f"""pipeline {{
  agent any
  environment {{
    SONAR = credentials('sonar-token')
    ARTIFACTORY_KEY = '{K('jfrog_token', g.v('jfrog_token'))}'
  }}
  stages {{
    stage('Deploy') {{
      steps {{
        sh "sshpass -p '{P('cli_password', g.pw())}' ssh ops@{I('ipv4', g.ip4())} ./deploy.sh"
        sh 'docker login -u ci -p {P('cli_password', g.pw())} registry.acme.io'
        mail to: '{E('ci_email', g.email())}', subject: 'deployed'
      }}
    }}
  }}
}}
"""


@tpl
def makefile(g):
    return "Makefile", "makefile", f"""REGISTRY ?= registry.acme.io
CF_TOKEN := {K('cloudflare_api_token', g.v('cloudflare_api_token'))}
DB_PASS = {P('make_password', g.pw())}

deploy:
\tdocker login -u deploy --password-stdin $(REGISTRY) <<< "$(REGISTRY_PASSWORD)"
\tpsql "postgresql://admin:$(DB_PASS)@{I('ipv4_url', g.ip4())}/app" -f migrate.sql
\tcurl -X POST -H "Authorization: Bearer $(CF_TOKEN)" https://api.cloudflare.com/client/v4/zones/purge
"""


@tpl
def cloud_init(g):
    return "cloud-init/user-data.yaml", "yaml", f"""#cloud-config
users:
  - name: ops
    passwd: {S('sha512_crypt', '$6$' + g.rs(16, ALNUM + './') + '$' + g.rs(86, ALNUM + './'))}
    ssh_authorized_keys:
      - {S('ssh_public_key', g.ssh_pub())}
chpasswd:
  list: |
    root:{P('cloudinit_password', g.pw())}
  expire: false
write_files:
  - path: /etc/app/token
    content: {K('digitalocean_token', g.v('digitalocean_token'))}
runcmd:
  - [ sh, -c, "echo nameserver {I('ipv4', g.ip4())} >> /etc/resolv.conf" ]
"""


@tpl
def ruby_code(g):
    return "lib/notifier.rb", "ruby", f"""require 'net/smtp'
SLACK = Slack::Web::Client.new(token: '{K('slack_token', g.v('slack_token'))}')
Net::SMTP.start('{I('ipv4', g.ip4())}', 587, 'acme.io', '{E('code_email', g.email())}', '{P('call_password', g.pw())}', :login)
Dropbox::Client.new(ENV['DROPBOX_TOKEN'])
"""


@tpl
def kotlin_code(g):
    return "app/src/main/java/com/acme/Keys.kt", "kotlin", f"""object Keys {{
    const val GOOGLE_MAPS_SERVER_KEY = "{K('google_api_key', g.v('google_api_key'))}"
    const val NETLIFY = "{K('netlify_token', g.v('netlify_token'))}"
    val dbPassword = "{P('assign_password', g.pw())}"
    val buildId = "{S('uuid', g.uuid())}"
}}
"""


@tpl
def lua_conf(g):
    return "conf/app.lua", "lua", f"""local config = {{
  redis_host = "{I('ipv4', g.ip4())}",
  redis_password = "{P('table_password', g.pw())}",
  circleci_token = "{K('circleci_token', g.v('circleci_token'))}",
  admin = "{E('code_email', g.email())}",
}}
return config
"""


@tpl
def i18n(g):
    items = g.r.sample(PW_WORDS, 6)
    body = ",\n".join(f'  "{lang}": {{"password": "{S("password_translation", w)}", "email": "{S("reserved_email", "you@example.com")}"}}' for lang, w in items)
    return "locales/login.json", "json", "{\n" + body + "\n}\n"


@tpl
def lockfile(g):
    return "package-lock.json", "json", f"""{{
  "name": "web",
  "lockfileVersion": 3,
  "packages": {{
    "node_modules/left-pad": {{
      "version": "1.3.0",
      "resolved": "https://registry.npmjs.org/left-pad/-/left-pad-1.3.0.tgz",
      "integrity": "{S('sri_hash', g.sri())}"
    }},
    "node_modules/@types/node": {{
      "version": "{S('version_string', '20.' + str(g.num(0, 17)) + '.' + str(g.num(0, 30)))}",
      "integrity": "{S('sri_hash', g.sri())}"
    }}
  }}
}}
"""


@tpl
def go_sum(g):
    return "go.sum", "text", "".join(
        f"github.com/{g.pick(['spf13', 'stretchr', 'google', 'hashicorp'])}/{g.pick(['cobra', 'testify', 'uuid', 'vault'])} v1.{g.num(0, 9)}.{g.num(0, 9)} h1:{S('go_sum_hash', g.rs(43, B64) + '=')}\n"
        for _ in range(3))


@tpl
def lookalike_code(g):
    return "src/auth/constants.py", "python", f'''PASSWORD_FIELD = "password"
PASSWORD_RESET_TOKEN_TTL = 3600
API_KEY_HEADER = "X-Api-Key"
SECRET_NAME = "{S('secret_ref', 'projects/acme-prod/secrets/db-password/versions/latest')}"
VAULT_PATH = "{S('secret_ref', 'vault:secret/data/prod/api#token')}"
AWS_SECRET_ARN = "{S('secret_ref', 'arn:aws:secretsmanager:eu-west-1:' + str(g.num(10**11, 10**12)) + ':secret:prod/db-' + g.rs(6))}"
DEFAULT_PASSWORD = None
MASKED = "{S('masked', '*' * g.num(6, 12))}"
EXAMPLE_TOKEN = "{S('placeholder', g.pick(PLACEHOLDERS))}"
CHECKSUM = "{S('md5', g.md5())}"
CORRELATION = "{S('uuid', g.uuid())}"
SNMP_OID = "{S('oid', g.oid())}"
MAC = "{S('mac_address', g.mac())}"
KERNEL = "{S('version_string', g.ver4())}"
NONCE_FOR_TESTS = "{S('test_nonce', g.hx(32))}"
'''


@tpl
def lookalike_yaml(g):
    return "config/settings.yaml", "yaml", f"""database:
  host: {S('private_ip', g.priv4())}
  password: {S('env_reference', '${DB_PASSWORD}')}
  password_file: /run/secrets/db_password
api:
  key: {S('ci_secret_ref', '${{ secrets.API_KEY }}')}
  token: {S('template_var', '{{ api_token }}')}
  secret: !vault |
    $ANSIBLE_VAULT;1.1;AES256
    {S('ansible_vault_blob', g.hx(64))}
network:
  bind: {S('unspecified_ipv6', '::')}
  metrics: {S('cgnat_ip', g.cgnat())}
  dns: [{S('doc_ip', g.doc4())}, {S('doc_ipv6', g.doc6())}]
  multicast: {S('multicast_ip', '239.255.255.250')}
owner: {S('reserved_email', res_email(g))}
image: {S('docker_digest', g.digest())}
"""


@tpl
def vendor_mix_yaml(g):
    ks = ["heroku_api_key", "dropbox_token", "postman_key", "atlassian_token", "databricks_token", "okta_token",
          "grafana_token", "sentry_auth_token", "square_secret", "firebase_fcm_key", "mailchimp_key", "linear_key"]
    g.r.shuffle(ks)
    body = "\n".join(f"  {k}: {K(k, g.v(k))}" for k in ks[:6])
    return "config/integrations.prod.yaml", "yaml", f"integrations:\n{body}\n  owner: {E('config_email', g.email())}\n  egress_ip: {I('ipv4', g.ip4())}\n"


@tpl
def heroku_legacy(g):
    return "scripts/heroku_release.sh", "shell", f"""#!/bin/bash
# legacy key format still works for the Platform API
export HEROKU_API_KEY={K('heroku_api_key', g.uuid())}
heroku config:set DATABASE_URL=postgres://u{g.rs(12, LO)}:{P('url_password', g.pw(True))}@{I('ipv4_url', g.ip4())}:5432/d{g.rs(12, LO)} -a acme-api
heroku config:set SENTRY_RELEASE={S('git_sha', g.sha1())} -a acme-api
"""


@tpl
def age_sops(g):
    return "secrets/keys.txt", "text", f"""# created: 2025-01-02T10:00:00Z
# public key: {S('age_public_key', 'age1' + g.rs(58, BECH.lower()))}
{K('age_secret_key', g.v('age_secret_key'))}
"""


@tpl
def prometheus(g):
    return "monitoring/prometheus.yml", "yaml", f"""scrape_configs:
  - job_name: node
    static_configs:
      - targets: ['{I('ipv4', g.ip4())}:9100', '{S('private_ip', g.priv4())}:9100', '[{I('ipv6', g.ip6())}]:9100']
  - job_name: blackbox
    basic_auth:
      username: prom
      password: {P('yaml_password', g.pw())}
remote_write:
  - url: https://prometheus-prod-01-eu-west-0.grafana.net/api/prom/push
    basic_auth:
      username: "{g.num(100000, 999999)}"
      password: {K('grafana_token', g.v('grafana_token'))}
"""


@tpl
def alertmanager(g):
    return "monitoring/alertmanager.yml", "yaml", f"""global:
  smtp_smarthost: 'smtp.gmail.com:587'
  smtp_from: '{E('config_email', g.email())}'
  smtp_auth_username: '{E('config_email', g.email())}'
  smtp_auth_password: '{P('yaml_password', g.pw())}'
  slack_api_url: 'https://hooks.slack.com/services/{K('slack_webhook', g.slack_hook())}'
receivers:
  - name: pager
    pagerduty_configs:
      - routing_key: {K('pagerduty_key', g.hx(32))}
"""


@tpl
def vault_hcl(g):
    return "vault/config.hcl", "hcl", f"""storage "consul" {{
  address = "{I('ipv4', g.ip4())}:8500"
  token   = "{K('consul_token', g.uuid())}"
}}
listener "tcp" {{
  address = "{S('unspecified_ip', '0.0.0.0')}:8200"
}}
seal "awskms" {{
  access_key = "{K('aws_access_key_id', g.akid())}"
  secret_key = "{K('aws_secret_access_key', g.aws_secret())}"
  kms_key_id = "{S('uuid', g.uuid())}"
}}
"""


@tpl
def smtp_py(g):
    return "tools/send_report.py", "python", f'''import smtplib

server = smtplib.SMTP_SSL("smtp.gmail.com", 465)
server.login("{E('code_email', g.email())}", "{P('positional_password', g.pw())}")
server.sendmail("{E('code_email', g.email())}", ["{E('code_email', g.email())}"], body)
ftp = FTP("{I('ipv4', g.ip4())}")
ftp.login(user="uploader", passwd="{P('kwarg_password', g.pw())}")
ldap_conn.simple_bind_s("cn=admin,dc=acme,dc=io", "{P('positional_password', g.pw())}")
'''


@tpl
def js_fetch(g):
    return "web/src/api.js", "javascript", f"""const ALGOLIA_ADMIN = '{K('algolia_admin_key', g.v('algolia_admin_key'))}';
export async function upload(file) {{
  const res = await fetch('https://content.dropboxapi.com/2/files/upload', {{
    method: 'POST',
    headers: {{ Authorization: 'Bearer {K('dropbox_token', g.v('dropbox_token'))}' }},
    body: file,
  }});
  return res.json();
}}
const db = mysql.createConnection({{ host: '{I('ipv4', g.ip4())}', user: 'web', password: '{P('object_password', g.pw())}' }});
const ANON = '{S('jwt_anon_placeholder', 'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.<payload>.<signature>')}';
const SUPABASE_SERVICE_ROLE = '{K('jwt', g.jwt())}';
"""


@tpl
def gitlab_runner(g):
    return "etc/gitlab-runner/config.toml", "toml", f"""concurrent = 4
[[runners]]
  name = "docker-runner"
  url = "https://gitlab.acme.io/"
  token = "{K('gitlab_runner_token', 'glrt-' + g.rs(20, URLS))}"
  executor = "docker"
  [runners.cache.s3]
    AccessKey = "{K('aws_access_key_id', g.akid())}"
    SecretKey = "{K('aws_secret_access_key', g.aws_secret())}"
    ServerAddress = "{I('ipv4', g.ip4())}:9000"
"""


@tpl
def circleci(g):
    return ".circleci/config.yml", "yaml", f"""version: 2.1
jobs:
  build:
    docker:
      - image: cimg/python:3.12
        auth:
          username: acmeci
          password: {P('ci_password', g.pw())}
    environment:
      CODECOV_TOKEN: {K('codecov_token', g.uuid())}
      SNYK_TOKEN: {S('env_reference', '$SNYK_TOKEN')}
    steps:
      - run: pip config set global.index-url https://ci:{K('jfrog_token', g.v('jfrog_token'))}@acme.jfrog.io/artifactory/api/pypi/pypi/simple
"""


@tpl
def bitbucket(g):
    return "bitbucket-pipelines.yml", "yaml", f"""pipelines:
  default:
    - step:
        script:
          - export DIGITALOCEAN_ACCESS_TOKEN={K('digitalocean_token', g.v('digitalocean_token'))}
          - doctl kubernetes cluster kubeconfig save prod
          - ssh-keyscan {I('ipv4', g.ip4())} >> ~/.ssh/known_hosts
          - echo "$BITBUCKET_COMMIT"
"""


@tpl
def known_hosts(g):
    return "home/ops/.ssh/known_hosts", "text", f"""{I('ipv4', g.ip4())} {S('ssh_public_key', g.ssh_pub())}
[{I('ipv4', g.ip4())}]:2222 {S('ssh_public_key', g.ssh_pub())}
{I('ipv6', g.ip6())} {S('ssh_public_key', g.ssh_pub())}
{S('private_ip', g.priv4())} {S('ssh_public_key', g.ssh_pub())}
"""


@tpl
def ssh_config(g):
    return "home/ops/.ssh/config", "text", f"""Host bastion
  HostName {I('ipv4', g.ip4())}
  User ops
  IdentityFile ~/.ssh/id_ed25519
Host db
  HostName {S('private_ip', g.priv4())}
  ProxyJump bastion
Host v6box
  HostName {I('ipv6', g.ip6())}
"""


@tpl
def snippets_prose(g):
    return "notes/handover.txt", "text", f"""Handover notes

- The router admin UI: user admin, pass {P('prose_password', g.pw())}
- Wi-Fi for guests: {S('placeholder', 'ask reception')}
- Backup NAS login is root and the password is {P('prose_password', g.pw())}
- Our public egress IPs are {I('ipv4', g.ip4())} and {I('ipv4', g.ip4())}
- New Relic key (rotate in May): {K('newrelic_key', g.v('newrelic_key'))}
- Contact {E('prose_email', g.email())} for vendor access.
- Default password for the wiki is "{S('placeholder', 'password')}" — you must change it on first login.
"""


@tpl
def mobile_plist(g):
    return "ios/App/Secrets.plist", "xml", f"""<?xml version="1.0" encoding="UTF-8"?>
<plist version="1.0">
<dict>
  <key>SentryAuthToken</key>
  <string>{K('sentry_auth_token', g.v('sentry_auth_token'))}</string>
  <key>RevenueCatSecret</key>
  <string>{K('generic_secret', 'sk_' + g.rs(28))}</string>
  <key>BundleVersion</key>
  <string>{S('version_string', g.ver4())}</string>
</dict>
</plist>
"""


@tpl
def odbc_ini(g):
    return "etc/odbc.ini", "ini", f"""[warehouse]
Driver = /opt/snowflake/libSnowflake.so
Server = ab12345.snowflakecomputing.com
UID = LOADER
PWD = {P('ini_password', g.pw())}

[legacy_mssql]
Driver = ODBC Driver 18 for SQL Server
Server = {I('ipv4', g.ip4())},1433
Password = {P('ini_password', g.pw())}
"""


@tpl
def mycnf(g):
    return "home/dba/.my.cnf", "ini", f"""[client]
user = dba
password = "{P('ini_password', g.pw())}"
host = {I('ipv4', g.ip4())}
"""


@tpl
def php_laravel_env(g):
    return "laravel/.env", "dotenv", f"""APP_KEY=base64:{K('laravel_app_key', g.b64key(32))}
DB_CONNECTION=mysql
DB_HOST={I('ipv4', g.ip4())}
DB_PASSWORD={P('env_password', g.pw())}
MAIL_USERNAME={E('env_email', g.email())}
MAIL_PASSWORD={P('env_password', g.pw())}
PUSHER_APP_SECRET={K('generic_hex_secret', g.hx(20))}
PAYPAL_CLIENT_SECRET={K('paypal_client_secret', g.v('paypal_client_secret'))}
"""


@tpl
def flask_cfg(g):
    return "instance/config.py", "python", f'''SECRET_KEY = b"{K('flask_secret_key', g.hx(32))}"
SQLALCHEMY_DATABASE_URI = "mysql+pymysql://flask:{P('url_password', g.pw(True))}@{I('ipv4_url', g.ip4())}/flask"
MAIL_PASSWORD = "{P('assign_password', g.pw())}"
MAIL_DEFAULT_SENDER = "{E('settings_email', g.email())}"
CELERY_BROKER_URL = "redis://:{P('url_password', g.pw(True))}@{S('private_ip', g.priv4())}:6379/1"
'''


@tpl
def github_actions_matrix(g):
    return ".github/workflows/nightly.yml", "yaml", f"""name: nightly
on:
  schedule: [{{cron: "0 3 * * *"}}]
jobs:
  e2e:
    runs-on: ubuntu-latest
    env:
      E2E_USER: {E('ci_email', g.email())}
      E2E_PASSWORD: {P('ci_password', g.pw())}
      CYPRESS_RECORD_KEY: {K('cypress_record_key', g.uuid())}
      BROWSERSTACK_ACCESS_KEY: {K('browserstack_key', g.rs(20))}
      OPENAI_API_KEY: {S('ci_secret_ref', '${{ secrets.OPENAI_API_KEY }}')}
    steps:
      - uses: actions/setup-node@{S('git_sha', g.sha1())}
      - run: npx playwright test --base-url http://{S('loopback_ip', '127.0.0.1')}:3000
"""


@tpl
def k8s_deploy_env(g):
    return "deploy/k8s/deployment.yaml", "yaml", f"""apiVersion: apps/v1
kind: Deployment
metadata:
  name: worker
spec:
  template:
    spec:
      containers:
        - name: worker
          image: ghcr.io/acme/worker@{S('docker_digest', g.digest())}
          env:
            - name: ANTHROPIC_API_KEY
              value: "{K('anthropic_key', g.v('anthropic_key'))}"
            - name: DB_PASSWORD
              valueFrom:
                secretKeyRef: {{name: db, key: password}}
            - name: REDIS_PASSWORD
              value: {P('k8s_password', g.pw())}
            - name: UPSTREAM_IP
              value: "{I('ipv4', g.ip4())}"
"""


@tpl
def groovy_gradle(g):
    return "gradle.properties", "properties", f"""org.gradle.jvmargs=-Xmx2g
signing.keyId={g.hx(8).upper()}
signing.password={P('properties_password', g.pw())}
ossrhUsername={E('config_email', g.email())}
ossrhPassword={P('properties_password', g.pw())}
mavenCentralToken={S('env_reference', '${System.getenv("MAVEN_TOKEN")}')}
"""


@tpl
def swift_code(g):
    return "Sources/App/Config.swift", "swift", f"""struct Config {{
    static let revenueCatKey = "{K('generic_secret', 'sk_' + g.rs(32))}"
    static let backendHost = "{I('ipv4', g.ip4())}"
    static let adminPassword = "{P('assign_password', g.pw())}"
    static let support = "{E('code_email', g.email())}"
}}
"""


@tpl
def elixir_cfg(g):
    return "config/prod.secret.exs", "elixir", f"""import Config
config :shop, Shop.Repo,
  username: "shop",
  password: "{P('kwarg_password', g.pw())}",
  hostname: "{I('ipv4', g.ip4())}"
config :shop, ShopWeb.Endpoint,
  secret_key_base: "{K('generic_secret', g.rs(64, URLS))}"
"""


@tpl
def perl_script(g):
    return "bin/legacy_sync.pl", "perl", f"""use DBI;
my $dbh = DBI->connect("DBI:Pg:dbname=legacy;host={I('ipv4', g.ip4())}", "legacy", "{P('call_password', g.pw())}");
my $token = '{K('github_token', g.v('github_token'))}';
my $to = '{E('code_email', g.email())}';
"""


@tpl
def win_bat(g):
    return "scripts/map_share.bat", "batch", f"""@echo off
net use Z: \\\\{I('ipv4', g.ip4())}\\share /user:CORP\\backup {P('cli_password', g.pw())}
set AWS_ACCESS_KEY_ID={K('aws_access_key_id', g.akid())}
set AWS_SECRET_ACCESS_KEY={K('aws_secret_access_key', g.aws_secret())}
"""


@tpl
def kafka_props(g):
    return "config/client.properties", "properties", f"""bootstrap.servers={I('ipv4', g.ip4())}:9092,{I('ipv4', g.ip4())}:9092
security.protocol=SASL_SSL
sasl.mechanism=PLAIN
sasl.jaas.config=org.apache.kafka.common.security.plain.PlainLoginModule required username="{g.rs(16, UP + DIG)}" password="{K('confluent_api_secret', g.rs(64, ALNUM + '+/'))}";
ssl.truststore.password={P('properties_password', g.pw())}
"""


@tpl
def openapi_spec(g):
    return "api/openapi.yaml", "yaml", f"""openapi: 3.0.3
info:
  title: Orders
  version: {S('version_string', '1.' + str(g.num(0, 9)) + '.' + str(g.num(0, 9)))}
  contact:
    email: {S('reserved_email', 'api@example.com')}
servers:
  - url: https://{S('doc_ip', g.doc4())}/v1
components:
  securitySchemes:
    apiKey:
      type: apiKey
      name: X-API-Key
      in: header
  schemas:
    Login:
      properties:
        password:
          type: string
          format: password
          example: "{S('placeholder', 'P@ssw0rd!')}"
"""


@tpl
def ipv6_mix(g):
    return "net/peers.txt", "text", f"""# upstream peers (BGP)
neighbor {I('ipv6', g.ip6())} remote-as 64512
neighbor {I('ipv6', g.ip6(full=True))} remote-as 64513
neighbor {I('ipv4', g.ip4())} remote-as 64514
neighbor {S('ula_ipv6', g.ula6())} remote-as 65001
prefix-list allow {I('ipv6_cidr', g.ip6())}/48
prefix-list allow {S('doc_ipv6', g.doc6())}/64
loopback {S('loopback_ipv6', '::1')}
"""


@tpl
def authors_file(g):
    rows = [f"{g.pick(FIRST).title()} {g.pick(LAST).title()} <{E('authors_email', g.email())}>" for _ in range(4)]
    rows.append(f"Build Bot <{S('reserved_email', 'bot@build.example')}>")
    rows.append(f"{g.pick(FIRST).title()} <{S('bot_email', str(g.num(10**6, 10**8)) + '+' + g.pick(FIRST) + '@users.noreply.github.com')}>")
    return "AUTHORS", "text", "# People who contributed\n" + "\n".join(rows) + "\n"


@tpl
def codeowners(g):
    return ".github/CODEOWNERS", "text", f"""# owners
*.tf        {E('codeowners_email', g.email())} @acme/platform
/docs/      {E('codeowners_email', g.email())}
/payments/  @acme/payments {S('reserved_email', res_email(g))}
"""


@tpl
def lookalike_network(g):
    return "docs/network-plan.txt", "text", f"""Network plan (all example/internal values)
  office LAN        {S('private_ip', g.priv4())}/24   mask {S('netmask', '255.255.255.0')}
  servers           {S('private_ip', g.priv4())}/16   mask {S('netmask', '255.255.0.0')}
  carrier NAT       {S('cgnat_ip', g.cgnat())}
  APIPA             {S('linklocal_ip', g.linklocal4())}
  broadcast         {S('broadcast_ip', '255.255.255.255')}
  docs examples     {S('doc_ip', g.doc4())}, {S('doc_ip', g.doc4())}, {S('doc_ipv6', g.doc6())}
  v6 site-local     {S('ula_ipv6', g.ula6())}
  link-local gw     {S('link_local_ipv6', g.ll6())}
  firmware          {S('version_string', g.ver4())} (was {S('version_string', g.ver4())})
  enterprise OID    {S('oid', g.oid())}
  switch MAC        {S('mac_address', g.mac())}
"""


@tpl
def lookalike_hashes(g):
    return "requirements.lock", "text", f"""certifi==2024.8.30 \\
    --hash=sha256:{S('sha256', g.sha256())} \\
    --hash=sha256:{S('sha256', g.sha256())}
idna==3.10 \\
    --hash=sha256:{S('sha256', g.sha256())}
# SHA256SUMS
{S('sha256', g.sha256())}  app-linux-amd64.tar.gz
{S('md5', g.md5())}  app-linux-amd64.tar.gz.md5
# build {S('git_sha', g.sha1())} / {S('short_sha', g.hx(8))}
"""


@tpl
def lookalike_refs(g):
    return "deploy/secrets-refs.yaml", "yaml", f"""# Only references below; the values live in the secret stores.
db_password: {S('secret_ref', '{{resolve:secretsmanager:prod/db:SecretString:password}}')}
api_key: {S('secret_ref', 'op://Production/Stripe/credential')}
ssm_token: {S('secret_ref', '${ssm:/prod/api/token}')}
keyvault: {S('secret_ref', '@Microsoft.KeyVault(SecretUri=https://acme-kv.vault.azure.net/secrets/DbPassword/)')}
gcp: {S('secret_ref', 'sm://acme-prod/db-password')}
doppler: {S('env_reference', '${DOPPLER_TOKEN}')}
cfn: {S('secret_ref', '!Ref DatabasePassword')}
github: {S('ci_secret_ref', '${{ secrets.GH_PAT }}')}
gitlab: {S('env_reference', '$CI_REGISTRY_PASSWORD')}
powershell: {S('env_reference', '$env:ADMIN_PASSWORD')}
windows: {S('env_reference', '%DB_PASSWORD%')}
"""


@tpl
def i18n_po(g):
    items = g.r.sample(PW_WORDS, 5)
    body = "\n\n".join(f'#: templates/login.html:{g.num(10, 90)}\nmsgid "Password"\nmsgstr "{S("password_translation", w)}"' for _, w in items)
    head = f'msgid ""\nmsgstr ""\n"Last-Translator: Translation Team <{S("reserved_email", "i18n@example.org")}>\\n"\n\n'
    return "locale/messages.po", "text", head + body + "\n"


@tpl
def vendor_examples(g):
    return "docs/quickstart.md", "markdown", f"""# Quickstart

The vendors' documentation uses these published sample credentials; they do not work anywhere:

- AWS: `{S('aws_example_key', AWS_EX_ID)}` / `{S('aws_example_key', AWS_EX_SECRET)}`
- Stripe test mode: `{S('vendor_docs_example', 'sk_test_4eC39HqLyjWDarjtT1zdp7dc')}` and `{S('vendor_docs_example', 'pk_test_TYooMQauvdEDq54NiTphI7jx')}`
- jwt.io sample: `{S('vendor_docs_example', 'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c')}`
- Slack: `{S('placeholder', 'xoxb-your-bot-token')}`

Masked in the dashboard: `{S('masked', 'sk_live_' + '*' * 20 + g.rs(4, DIG))}`, `{S('masked', 'AKIA' + '*' * 12 + 'MPLE')}`, `{S('masked', '•••• •••• •••• ' + g.rs(4, DIG))}`.
"""


# ============================================================================
# real carriers: planted snippets, appended at the end of the file (the
# original text is a prefix of the planted document; the generator checks it)
def snip_python(g):
    return f'''

# --- local overrides (do not commit) ---
STAGING_DB_PASSWORD = "{P('assign_password', g.pw())}"
SENTRY_TOKEN = "{K('sentry_auth_token', g.v('sentry_auth_token'))}"
OWNER = "{E('code_email', g.email())}"
UPSTREAM = "{I('ipv4', g.ip4())}"
LOCAL_UPSTREAM = "{S('private_ip', g.priv4())}"
RELEASE_ID = "{S('uuid', g.uuid())}"
'''


def snip_yaml(g):
    return f"""
x-staging-overrides:
  registry_password: {P('yaml_password', g.pw())}
  pulumi_access_token: {K('pulumi_token', g.v('pulumi_token'))}
  notify: {E('config_email', g.email())}
  runner_ip: {I('ipv4', g.ip4())}
  example_token: {S('placeholder', 'ghp_XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX')}
"""


def snip_md(g):
    return f"""
## Troubleshooting (internal)

If publishing fails, log in to the mirror at `{I('ipv4', g.ip4())}` with the shared password
`{P('md_password', g.pw())}` and re-run. The upload token is `{K('github_token', g.v('github_token'))}`.
Questions go to {E('docs_email', g.email())}; the sample address {S('reserved_email', res_email(g))} is fake.
"""


def snip_rst(g):
    return f"""

Internal notes
--------------

Staging API key: ``{K('hf_token', g.v('hf_token'))}``. Admin password: ``{P('rst_password', g.pw())}``.
Maintainer: {E('docs_email', g.email())}. Build host ``{I('ipv4', g.ip4())}``, docs host ``{S('doc_ip', g.doc4())}``.
"""


def snip_ini(g):
    return f"""
[staging]
password = {P('ini_password', g.pw())}
token = {K('doppler_token', g.v('doppler_token'))}
host = {I('ipv4', g.ip4())}
contact = {E('config_email', g.email())}
checksum = {S('sha256', g.sha256())}
"""


def snip_toml(g):
    return f"""
[tool.deploy.staging]
password = "{P('toml_password', g.pw())}"
api_key = "{K('anthropic_key', g.v('anthropic_key'))}"
host = "{I('ipv4', g.ip4())}"
maintainer = "{E('config_email', g.email())}"
"""


def snip_makefile(g):
    return f"""
# staging upload (temporary)
STAGING_TOKEN := {K('dockerhub_token', g.v('dockerhub_token'))}
staging-upload:
\tcurl -u deploy:{P('cli_password', g.pw(True))} -T dist.tgz https://{I('ipv4_url', g.ip4())}/upload
"""


def snip_shell(g):
    return f"""
# temporary credentials for the staging mirror
export MIRROR_PASSWORD='{P('env_password', g.pw())}'
export GITLAB_TOKEN={K('gitlab_token', g.v('gitlab_token'))}
rsync -av dist/ mirror@{I('ipv4', g.ip4())}:/srv/mirror/  # ping {E('comment_email', g.email())}
"""


def snip_js(g):
    return f"""
// staging config (temporary)
const stagingConfig = {{
  apiKey: '{K('postman_key', g.v('postman_key'))}',
  password: '{P('object_password', g.pw())}',
  host: '{I('ipv4', g.ip4())}',
  owner: '{E('code_email', g.email())}',
  requestId: '{S('uuid', g.uuid())}',
}};
"""


def snip_go(g):
    return f"""
// staging credentials (temporary)
var stagingToken = "{K('shopify_token', g.v('shopify_token'))}"
var stagingDSN = "app:{P('conn_string_password', g.pw(True))}@tcp({I('ipv4', g.ip4())}:3306)/app"
"""


def snip_rust(g):
    return f"""
// staging credentials (temporary)
pub const STAGING_TOKEN: &str = "{K('linear_key', g.v('linear_key'))}";
pub const STAGING_PASSWORD: &str = "{P('assign_password', g.pw())}";
pub const STAGING_HOST: &str = "{I('ipv6', g.ip6())}";
"""


def snip_cs(g):
    return f"""
// staging credentials (temporary)
var stagingConn = "Server={I('ipv4', g.ip4())};Database=nb;User Id=nb;Password={P('conn_string_password', g.pw())};";
var stagingSecret = "{K('azure_client_secret', g.azure_client_secret())}";
"""


def snip_java(g):
    return f"""
// staging credentials (temporary)
// String STAGING_PASSWORD = "{P('assign_password', g.pw())}";
// String STAGING_KEY = "{K('sendgrid_key', g.v('sendgrid_key'))}";
"""


def snip_ps1(g):
    return f"""
# staging credentials (temporary)
$env:STAGING_PASSWORD = "{P('ps_password', g.pw())}"
$env:STAGING_TOKEN = "{K('databricks_token', g.v('databricks_token'))}"
"""


def snip_lua(g):
    return f"""
-- staging credentials (temporary)
local staging = {{ password = "{P('table_password', g.pw())}", token = "{K('telegram_bot_token', g.v('telegram_bot_token'))}", host = "{I('ipv4', g.ip4())}" }}
"""


def snip_sql(g):
    return f"""
-- staging service user
CREATE ROLE staging_app LOGIN PASSWORD '{P('sql_password', g.pw())}';
INSERT INTO admins (email, ip) VALUES ('{E('sql_email', g.email())}', '{I('sql_ipv4', g.ip4())}');
"""


def snip_xml(g):
    return f"""
<!-- staging: user deploy, password {P('comment_password', g.pw())}, token {K('jfrog_token', g.v('jfrog_token'))}, owner {E('comment_email', g.email())} -->
"""


def snip_html(g):
    return f"""
<!-- debug build: api key {K('google_api_key', g.v('google_api_key'))}, reported by {E('html_email', g.email())} from {I('ipv4', g.ip4())} -->
"""


def snip_docker(g):
    return f"""
# staging build args (temporary)
ENV STAGING_DB_PASSWORD={P('env_password', g.pw())}
ENV STAGING_HF_TOKEN={K('hf_token', g.v('hf_token'))}
"""


def snip_cmake(g):
    return f"""
# staging upload (temporary)
set(UPLOAD_TOKEN "{K('github_token', g.v('github_token'))}")
set(UPLOAD_HOST "{I('ipv4', g.ip4())}")
"""


def snip_conf(g):
    return f"""
[inet_http_server]
port={S('loopback_ip', '127.0.0.1')}:9001
username=admin
password={P('ini_password', g.pw())}
"""


SNIP_BY_EXT = {".py": snip_python, ".yml": snip_yaml, ".yaml": snip_yaml, ".md": snip_md, ".rst": snip_rst,
               ".ini": snip_ini, ".cfg": snip_ini, ".toml": snip_toml, "Makefile": snip_makefile, ".sh": snip_shell,
               ".js": snip_js, ".ts": snip_js, ".go": snip_go, ".rs": snip_rust, ".cs": snip_cs, ".java": snip_java,
               ".ps1": snip_ps1, ".lua": snip_lua, ".sql": snip_sql, ".xml": snip_xml, ".html": snip_html,
               "Dockerfile": snip_docker, ".cmake": snip_cmake, ".conf": snip_conf}
LANG_BY_EXT = {".py": "python", ".yml": "yaml", ".yaml": "yaml", ".md": "markdown", ".rst": "restructuredtext",
               ".ini": "ini", ".cfg": "ini", ".toml": "toml", "Makefile": "makefile", ".sh": "shell", ".js": "javascript",
               ".ts": "typescript", ".go": "go", ".rs": "rust", ".cs": "csharp", ".java": "java", ".ps1": "powershell",
               ".lua": "lua", ".sql": "sql", ".xml": "xml", ".html": "html", "Dockerfile": "dockerfile", ".cmake": "cmake",
               ".conf": "ini", ".ipynb": "json", ".json": "json"}
# real files that already hold personal e-mail addresses or look-alikes of their own (checked by hand)
CARRIER_EMAILS = {"wenzel.jakob@epfl.ch", "github@amplify.com", "philip.graham.jones@googlemail.com"}
CARRIER_LOOKALIKES = [(re.compile(r"(?<![\w.])127\.0\.0\.1(?![\w.])"), "carrier_loopback_ip"),
                      (re.compile(r"(?<![\w-])[\w-]*icon@2x\.png"), "carrier_retina_filename")]


def ext_of(p):
    name = p.name
    if name in ("Makefile", "Dockerfile"):
        return name
    return p.suffix


# ============================================================================
MARK = re.compile(A + "([^" + B + "]*)" + B + "([^" + B + "]*)" + B + "(.*?)" + Z, re.S)
SUFFIX = re.compile(r"/\d{1,3}(?![\d.])")


def strip_marks(text):
    out, spans, pos = [], [], 0
    n = 0
    for m in MARK.finditer(text):
        out.append(text[pos:m.start()])
        n += len(text[pos:m.start()])
        tag, kind, val = m.group(1), m.group(2), m.group(3)
        spans.append((tag, kind, n, n + len(val)))
        out.append(val)
        n += len(val)
        pos = m.end()
    out.append(text[pos:])
    clean = "".join(out)
    assert A not in clean and B not in clean and Z not in clean
    labels, looks = [], []
    for tag, kind, s, e in spans:
        if tag == "~":
            looks.append({"kind": kind, "start": s, "end": e})
        else:
            d = {"tag": tag, "start": s, "end": e, "kind": kind}
            if tag == "IP_ADDRESS":
                m = SUFFIX.match(clean, e)
                if m:
                    d["suffix"] = m.group(0)
            labels.append(d)
    return clean, labels, looks


RESERVED_RE = re.compile(r"@(?:[\w-]+\.)*(example\.(com|org|net)|[\w-]+\.(example|test|invalid|localhost)|localhost)$")


def check(doc):
    c = doc["content"]
    allspans = []
    for lab in doc["labels"]:
        t = c[lab["start"]:lab["end"]]
        assert t and t == t.strip(), (doc["id"], lab, t)
        if lab["tag"] == "IP_ADDRESS":
            ip = ipaddress.ip_address(t)
            assert ip.is_global and ip not in ipaddress.ip_network("2001:db8::/32"), (doc["id"], t)
        if lab["tag"] == "EMAIL":
            assert "@" in t and not RESERVED_RE.search(t), (doc["id"], t)
        allspans.append((lab["start"], lab["end"]))
    for lk in doc["lookalikes"]:
        t = c[lk["start"]:lk["end"]]
        assert t and t == t.strip(), (doc["id"], lk, t)
        if lk["kind"].endswith("_ip") or lk["kind"].endswith("_ipv6"):
            ip = ipaddress.ip_address(t)
            assert ip.is_multicast or not ip.is_global, (doc["id"], t)
        allspans.append((lk["start"], lk["end"]))
    allspans.sort()
    for (s1, e1), (s2, e2) in zip(allspans, allspans[1:]):
        assert e1 <= s2, (doc["id"], s1, e1, s2, e2)


def build_real():
    docs = []
    files = sorted(p for p in SRC.rglob("*") if p.is_file() and not p.name.startswith("LICENSE"))
    for i, p in enumerate(files):
        rel = p.relative_to(SRC).as_posix()
        orig = p.read_text(encoding="utf-8")
        ext = ext_of(p)
        r = random.Random(f"{SEED}:real:{rel}")
        g = G(r)
        snip = SNIP_BY_EXT.get(ext)
        sep = "" if orig.endswith("\n") else "\n"
        marked_orig = orig
        if snip is None:
            text = marked_orig
            origin = "real, untouched"
        else:
            text = marked_orig + sep + snip(g)
            origin = "real, with planted snippet"
        clean, labels, looks = strip_marks(text)
        assert clean.startswith(orig)
        if ext == ".py":
            ast.parse(clean)
        # carrier e-mails and look-alikes inside the original text
        for m in re.finditer(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+", orig):
            if m.group(0) in CARRIER_EMAILS:
                labels.append({"tag": "EMAIL", "start": m.start(), "end": m.end(), "kind": "carrier_email"})
        for rx, kind in CARRIER_LOOKALIKES:
            for m in rx.finditer(orig):
                looks.append({"kind": kind, "start": m.start(), "end": m.end()})
        labels.sort(key=lambda d: d["start"])
        looks.sort(key=lambda d: d["start"])
        doc = {"id": f"h4-real-{i:03d}", "lang": LANG_BY_EXT.get(ext, "text"), "path": rel, "content": clean,
               "labels": labels, "lookalikes": looks}
        check(doc)
        docs.append((doc, origin, f"real {ext or p.name}"))
    return docs


def build_syn():
    docs = []
    for t in TEMPLATES:
        for k in range(RENDERS):
            r = random.Random(f"{SEED}:{t.__name__}:{k}")
            g = G(r)
            path, lang, text = t(g)
            clean, labels, looks = strip_marks(text)
            if lang == "json":
                json.loads(clean)
            if lang == "python":
                ast.parse(clean)
            doc = {"id": f"h4-syn-{t.__name__}-{k}", "lang": lang, "path": path, "content": clean,
                   "labels": labels, "lookalikes": looks}
            check(doc)
            docs.append((doc, "synthetic", t.__name__))
    return docs


def main():
    docs = build_real() + build_syn()
    with open(HERE / "labels.jsonl", "w", encoding="utf-8") as f:
        for doc, _, _ in docs:
            f.write(json.dumps(doc, ensure_ascii=False) + "\n")
    stats = {
        "origin": collections.Counter(o for _, o, _ in docs),
        "tag": collections.Counter(l["tag"] for d, _, _ in docs for l in d["labels"]),
        "kind": collections.Counter((l["tag"], l["kind"]) for d, _, _ in docs for l in d["labels"]),
        "look": collections.Counter(l["kind"] for d, _, _ in docs for l in d["lookalikes"]),
        "docclass": collections.defaultdict(collections.Counter),
        "lang": collections.Counter(d["lang"] for d, _, _ in docs),
        "n": len(docs),
    }
    for d, _, cls in docs:
        stats["docclass"][cls]["docs"] += 1
        for l in d["labels"]:
            stats["docclass"][cls][l["tag"]] += 1
        stats["docclass"][cls]["look"] += len(d["lookalikes"])
    (HERE / "README.md").write_text(readme(stats), encoding="utf-8")
    print(stats["n"], dict(stats["tag"]), sum(stats["look"].values()))


def table(header, rows):
    out = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    out += ["| " + " | ".join(str(c) for c in row) + " |" for row in rows]
    return "\n".join(out)


def readme(st):
    pk = json.loads((HERE / "sources.json").read_text())
    nlabels = sum(st["tag"].values())
    nlook = sum(st["look"].values())
    src_rows = [(p["package"], p["version"], p["license"], p["files"], f"`{p['sha256']}`") for p in pk]
    parts = [README_HEAD.format(n=st["n"], nlabels=nlabels, nlook=nlook, ntpl=len(TEMPLATES), renders=RENDERS,
                                nreal=sum(p["files"] for p in pk), npkg=len(pk)),
             "## Sources\n", table(["package", "version", "license", "files used", "sdist sha256"], src_rows),
             "\n## Counts\n", table(["origin", "documents"], sorted(st["origin"].items())), "",
             table(["tag", "labels"], sorted(st["tag"].items())), f"\nlook-alikes: {nlook}\n",
             "### Labels by kind (context class for EMAIL/IP_ADDRESS/PASSWORD, token type for KEY)\n",
             table(["tag", "kind", "labels"], [(t, k, n) for (t, k), n in sorted(st["kind"].items())]),
             "\n### Look-alikes by kind\n", table(["kind", "look-alikes"], sorted(st["look"].items())),
             "\n### Documents by template / carrier kind\n",
             table(["class", "documents", "EMAIL", "IP_ADDRESS", "KEY", "PASSWORD", "look-alikes"],
                   [(c, v["docs"], v["EMAIL"], v["IP_ADDRESS"], v["KEY"], v["PASSWORD"], v["look"]) for c, v in sorted(st["docclass"].items())]),
             "\n### Documents by language\n", table(["lang", "documents"], sorted(st["lang"].items())), ""]
    return "\n".join(parts)


README_HEAD = """# Fourth held-out labelled set for PII/secret redaction

Written without reading the detectors; never used for tuning.

`labels.jsonl` holds {n} documents with {nlabels} labelled values (planted, plus the few real e-mail
addresses already present in the carrier files) and {nlook} look-alikes that must come out of redaction
unchanged. It is an **evaluation set only**. Whoever works on the detectors should not read
`make_heldout_4.py` or `labels.jsonl`; a detector fitted to them makes this set worthless as a check.

Score it with:

```sh
.venv/bin/codelm redact --eval tests/data/redact_heldout_4/labels.jsonl
```

## How it was built

By someone who had not read the detectors (`pipeline/redact/`), their tests, the tuning set, the audits'
samples or labels, or any other held-out set's generator or labels, and who did not run `codelm redact`
while writing it (it was run once, after the set was finished, only to check that the file loads). Only
the READMEs of the second and third held-out sets (label format, sources used) and the package tables of
the audit READMEs were read, to pick packages no earlier set used; none of the packages here is installed
in the project's virtualenv.

* **Real carriers**: {nreal} files from the source distributions of {npkg} permissively licensed packages
  (`pip download --no-deps --no-binary :all: PKG==VER`), copied verbatim into `sources/` with each
  package's license text beside them: C#, Rust, Go, JavaScript, TypeScript, Java, PowerShell, Lua and
  shell scripts (jupytext's notebook-to-script test outputs), Python, GitHub workflows and other YAML,
  TOML, INI/cfg, supervisor conf, Makefiles, Dockerfiles, CMake, SQL, XML, HTML, Markdown, reST, and
  JSON/Jupyter notebooks. JSON and notebook files are left untouched; every other file gets one snippet
  in its own language appended at the end (after a newline), so the original file is a byte-exact prefix
  of the document (the generator checks this, and that planted Python still parses). The real personal
  or team e-mail addresses already in three of the files (author/maintainer fields, a contact line) are
  labelled `EMAIL` with kind `carrier_email`; the carriers' own loopback addresses and `icon@2x.png`
  file names are recorded as `carrier_*` look-alikes. Other look-alikes already in the real files are not
  listed.
* **Synthetic documents**: {ntpl} templates written for this set, each rendered {renders} times with
  different random values (one RNG per document, seeded with `codelm-redact-heldout-4:<template>:<n>`):
  `.env`/`.env.example`/Laravel `.env`, AWS credentials, GCP service-account JSON, Azure
  `appsettings.json` (storage and Service Bus connection strings, SQL, client secret, SAS URL), Kubernetes
  Secrets (base64 `data:` and `stringData:`), Deployments, kubeconfig, Helm values, Terraform, tfvars,
  `.terraformrc`, Vault HCL, Ansible vars and inventories, GitHub Actions, GitLab CI, GitLab runner
  config, CircleCI, Bitbucket Pipelines, Jenkinsfile, compose, Dockerfile, Makefile, Spring properties and
  YAML, Kafka client properties, Django/Flask settings, Rails `database.yml` and initializers, Python
  scripts/clients/pytest fixtures, Jupyter notebook (JSON), JavaScript, TypeScript, Java, Kotlin, Swift,
  Go, Rust, C#, PHP (`wp-config.php`), Ruby, Elixir, Lua, Perl, PowerShell, Windows batch, shell and
  firewall scripts, SQL migrations, CSV exports, nginx, redis.conf, systemd, supervisord, WireGuard,
  `/etc/hosts`, ssh config/known_hosts/authorized_keys, OpenSSH/RSA/EC/PKCS#8 PEM private keys, a PGP
  private key block, age keys, `.git/config` remotes and `.git-credentials` with tokens, `.netrc`,
  `.pgpass`, `.my.cnf`, `odbc.ini`, `.npmrc`, `.pypirc`, cargo credentials, Docker `config.json`,
  Maven `settings.xml`, `Web.config`, `gradle.properties`, iOS plist, Streamlit `secrets.toml`,
  Prometheus/Alertmanager, cloud-init, OpenAPI, BGP peer lists, HTTP request dumps, curl cheat sheets,
  access/app logs, Python and Java stack traces, runbooks, reST docs, changelogs, git logs, patches,
  issue text, chat exports, support e-mails, handover notes, lock files/`go.sum`/locale files and
  look-alike-only configs and code.

Every planted value is random and of the real shape; none is a real credential. Keys: AWS (`AKIA`/
`ASIA` ids, secrets, session tokens), GCP private key ids and `\\n`-escaped PEM keys, Google API keys,
Azure storage and Service Bus keys, client secrets and SAS signatures, DigitalOcean, Heroku (new `HRKU-`
and legacy UUID-shaped), Cloudflare (API tokens and global keys), Datadog API/app keys, Shopify, Square,
Braintree, PayPal, Discord bot tokens and webhook secrets, Dropbox, Hugging Face, Anthropic, OpenAI,
Postman, Doppler, Pulumi, Terraform Cloud, Grafana, Sentry, Firebase FCM server keys, Algolia admin keys,
GitHub (classic, fine-grained, app tokens), GitLab (PAT, runner), Slack tokens and webhook paths, Stripe
secret/restricted keys and webhook secrets, Twilio, SendGrid, Mailgun, Mailchimp, npm, PyPI, Atlassian,
Linear, Vault, Telegram, Databricks, New Relic, Okta, Mapbox secret tokens, Netlify, Docker Hub, JFrog,
SonarQube, CircleCI, Consul, PagerDuty, BrowserStack, Confluent, Azure DevOps PATs, age, WireGuard,
Django/Flask/Laravel/WordPress secrets, JWTs, session cookies, base64 `user:password` pairs and
Kubernetes `data:` values, PEM/OpenSSH/PGP private keys (also base64 in a kubeconfig). Passwords: in
assignments, dicts, kwargs, positional arguments, tuples, structs, object literals, env files, config
files, connection strings for many databases/brokers, URLs, command lines, SQL, logs, stack traces,
Markdown/reST prose, tables, comments, commit messages, issues, chats, tickets and notebooks. E-mails:
personal-looking addresses at mail providers or made-up company domains (never reserved ones). Addresses:
global unicast IPv4/IPv6 only (checked with `ipaddress`), plain, with ports, in URLs, bracketed, CIDR,
fully written out IPv6, in logs, headers, CSV and SQL.

Look-alikes: private, loopback, link-local, CGNAT, unspecified, multicast, ULA, IPv6 link-local and
documentation addresses, netmasks, four-part version strings, OIDs, UUIDs, git SHAs, short SHAs, sha256/
md5 hashes, SRI hashes, Docker digests, `go.sum` hashes, trace ids, MAC addresses, ETags, test nonces
named as such, placeholders, masked values, environment/CI/template/secret-manager references (Vault
paths, AWS Secrets Manager ARNs), an Ansible vault blob, reserved-domain e-mails, a GitHub noreply bot
address, `git@github.com:` remotes and `user@host` in ssh/scp, translations of the word "password",
bcrypt/argon2/sha512-crypt hashes, Stripe publishable and Mapbox public tokens, a Sentry DSN public key,
ssh/WireGuard/age public keys, key fingerprints, PEM public keys and certificates (also base64 in a
kubeconfig) and the AWS documentation example keys.

## Format

The same as the second and third held-out sets: one JSON object per line with `id`, `lang`, `path`,
`content`, `labels` (`tag`, `start`, `end`, `kind`, and `suffix` for a CIDR suffix) and `lookalikes`
(`kind`, `start`, `end`). Offsets are Python `str` offsets (half-open) into `content`; nothing is
planted in `path`. Tags: `EMAIL`, `IP_ADDRESS`, `KEY`, `PASSWORD`. Conventions: an `IP_ADDRESS` label
never includes a CIDR suffix, port or brackets; a `PASSWORD` label in a URL, connection string or
command line covers the password only; a PEM/OpenSSH/PGP private key is labelled from `-----BEGIN` to
the closing dashes; tokens in URLs (git remotes, `x-access-token:`, `oauth2:`, Discord webhooks, Slack
webhook paths `T…/B…/…`, Azure `sig=`) are labelled `KEY` on the token only; base64 `user:password`
pairs and base64 values under a Kubernetes Secret's `data:` are `KEY`; a bearer/`token` value is
labelled `KEY` even when its shape is a vendor's; a password-like value used as an API secret
(Confluent, JFrog, SendGrid as SMTP password) is `KEY`; escaped values are labelled as they appear;
`user@host` in ssh/scp/rsync and the user part of URL userinfo are not e-mails; a GCP service-account
`client_email` is `EMAIL` (kind `service_account_email`). `id` starts with `h4-real-` for real carriers
and `h4-syn-<template>-` for synthetic documents.

## Regenerate

```sh
python tests/data/redact_heldout_4/make_heldout_4.py
```

Standard library only, never imports codelm; rewrites `labels.jsonl` and this README from `sources/`,
`sources.json` and the templates; byte-identical on every run. It asserts that every span is non-empty
and unpadded, that labels and look-alikes do not overlap, that labelled addresses are global and
look-alike addresses are not, that labelled e-mails are not at reserved domains, that every planted real
file starts with the original text, that planted Python parses and that JSON documents load.
"""

if __name__ == "__main__":
    main()
