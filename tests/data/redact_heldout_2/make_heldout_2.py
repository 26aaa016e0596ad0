#!/usr/bin/env python3
"""Generate the second held-out evaluation set for the PII/secret redactor.

Evaluation only: never used to tune or debug a detector. Written without reading the detectors,
their tests, the tuning set or the first held-out set's generator.

    python tests/data/redact_heldout_2/make_heldout_2.py                   # rewrite labels.jsonl
    python tests/data/redact_heldout_2/make_heldout_2.py --refresh-sources # copy real files again

Standard library only; deterministic (fixed seed, one RNG per document).
"""
from __future__ import annotations

import ast
import base64
import hashlib
import ipaddress
import json
import random
import re
import string
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
SOURCES = HERE / "sources"
SEED = 7_310_452

# ---------------------------------------------------------------------------------------------
# marked text: a planted value is wrapped in control characters, stripped out by `unmark`
# ---------------------------------------------------------------------------------------------
_O, _M, _C = "\x1e", "\x1f", "\x1d"


def _mark(tag: str, kind: str, value: str, suffix: str = "") -> str:
    assert not any(c in value for c in (_O, _M, _C)), value
    assert value, (tag, kind)
    return f"{_O}{tag}|{kind}|{suffix}{_M}{value}{_C}"


def unmark(marked: str, column: str | None = None):
    out, labels, looks = [], [], []
    pos, n = 0, 0
    while True:
        i = marked.find(_O, pos)
        if i < 0:
            out.append(marked[pos:])
            break
        out.append(marked[pos:i])
        n += i - pos
        j = marked.index(_M, i)
        k = marked.index(_C, j)
        tag, kind, suffix = marked[i + 1 : j].split("|")
        value = marked[j + 1 : k]
        assert _O not in value, "nested marks"
        span = {"start": n, "end": n + len(value)}
        out.append(value)
        n += len(value)
        if tag == "LK":
            d = {"kind": kind, **span}
            if column:
                d["column"] = column
            looks.append((d, value))
        else:
            d = {"tag": tag, **span, "kind": kind}
            if column:
                d["column"] = column
            if suffix:
                d["suffix"] = suffix
            labels.append((d, value))
        pos = k + 1
    text = "".join(out)
    for d, v in labels + looks:
        assert text[d["start"] : d["end"]] == v, (d, v)
    return text, labels, looks


# ---------------------------------------------------------------------------------------------
# random values of real shapes (none is a real credential)
# ---------------------------------------------------------------------------------------------
UP = string.ascii_uppercase
LO = string.ascii_lowercase
DI = string.digits
ALNUM = UP + LO + DI
HEX = "0123456789abcdef"
B64 = ALNUM + "+/"
B64U = ALNUM + "-_"
B32 = UP + "234567"

FIRST = """amelia bruno carmen dmitri elena farid greta hiroshi ines jonas kalinda lars maya nikolai
olga pavel quinn rosa soren tamar ulrich vera wendell ximena yusuf zofia anders beatriz cosmin
dagny emeka fiona gustavo hana ivo jana kofi leila mateo nadia oskar priya rahul sina tobias
uma viktor wanjiru xavier yara zeno aiko bogdan chiara dario esme filip gideon hester""".split()
LAST = """abara bakker castellanos dvorak eriksen fonseca gallagher halvorsen ishikawa jankowski
kowalczyk lindqvist moreau nakamura okonkwo petrov quintero rasmussen sandoval takahashi
umarov vasquez weissman xu yilmaz zielinski achterberg brennan cavalcanti delacroix""".split()
WORDS = """amber basil cedar delta ember fjord granite harbor indigo juniper kestrel lantern meadow
nimbus orchard pepper quartz raven saffron timber umber violet willow yonder zephyr copper
falcon glacier hazel iris jasper lotus marble nectar onyx pebble river sierra thistle""".split()
DOM_A = """north blue quiet rapid bright iron silver green lunar solar urban prairie coastal
alpine hollow crimson open tidal""".split()
DOM_B = """forge labs works systems analytics cloud logistics health media bank ware data
bits robotics freight dynamics""".split()
TLDS = ["com", "io", "net", "org", "dev", "co", "de", "fr", "nl", "co.uk", "ai", "app", "tech", "se"]
RESERVED_DOMAINS = ["example.com", "example.org", "example.net", "mail.example", "corp.example",
                    "acme.test", "shop.test", "nowhere.invalid", "localhost"]

AWS_EXAMPLE_ID = "AKIAIOSFODNN7EXAMPLE"
AWS_EXAMPLE_SECRET = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"

_DOC_NETS = [ipaddress.ip_network(n) for n in (
    "192.0.2.0/24", "198.51.100.0/24", "203.0.113.0/24", "198.18.0.0/15", "100.64.0.0/10",
    "192.88.99.0/24", "2001:db8::/32", "2001::/32", "2002::/16")]


class Gen:
    """Value factory bound to one document's RNG; the capitalised methods return marked text."""

    def __init__(self, rng: random.Random):
        self.r = rng

    # -- primitives ------------------------------------------------------------------------
    def s(self, n, alpha=ALNUM):
        return "".join(self.r.choice(alpha) for _ in range(n))

    def pick(self, seq):
        return self.r.choice(seq)

    def chance(self, p):
        return self.r.random() < p

    def num(self, a, b):
        return self.r.randint(a, b)

    def word(self):
        return self.r.choice(WORDS)

    def user(self):
        f, l = self.pick(FIRST), self.pick(LAST)
        return self.pick([f, f"{f[0]}{l}", f"{f}.{l}", f"{f}_{l[:3]}", f"svc_{self.word()}", "deploy",
                          "admin", "app", f"{self.word()}_rw", "postgres", "root", "ci-bot"])

    def domain(self):
        while True:
            d = f"{self.pick(DOM_A)}{self.pick(DOM_B)}.{self.pick(TLDS)}"
            if "example" not in d:
                return d

    def host(self):
        return f"{self.pick(['db', 'pg', 'mysql', 'cache', 'api', 'mq', 'mongo', 'auth'])}" \
               f"{self.pick(['', '-1', '-prod', '01', '-eu'])}.{self.domain()}"

    # -- passwords ---------------------------------------------------------------------------
    def pw(self, style=None):
        """A random password. 'url': unreserved chars only; 'plain': no quotes, spaces, '#', '$',
        '\\', ':' ';' or '@'; 'words': passphrase."""
        style = style or self.pick(["plain", "plain", "url", "words", "alnum"])
        r = self.r
        if style == "words":
            ws = [self.word().capitalize() for _ in range(r.randint(2, 4))]
            return self.pick(["-", "_", ".", ""]).join(ws) + str(r.randint(1, 9999))
        if style == "alnum":
            n = r.randint(10, 24)
        else:
            n = r.randint(9, 22)
        sym = {"url": "-._~", "plain": "!*+=_-.~^%", "alnum": ""}[style]
        while True:
            core = [r.choice(LO), r.choice(UP), r.choice(DI)] + [r.choice(ALNUM + sym * 2) for _ in range(n - 3)]
            if sym:
                core.append(r.choice(sym))
            r.shuffle(core)
            v = "".join(core)
            if v[0] in "-.~^%=+!*" or v[-1] in ".":
                continue
            low = v.lower()
            if any(w in low for w in ("pass", "change", "secret", "example", "test", "xxx")):
                continue
            return v

    # -- emails, addresses ---------------------------------------------------------------------
    def email(self):
        f, l = self.pick(FIRST), self.pick(LAST)
        local = self.pick([f"{f}.{l}", f"{f[0]}{l}", f"{f}{self.num(1, 99)}", f"{f}_{l}",
                           f"{f}+{self.word()}", f"{l}.{f[0]}", f"ops-{self.word()}", f"{self.word()}.alerts"])
        dom = self.pick([self.domain(), self.domain(), self.domain(), "gmail.com", "outlook.com",
                         "proton.me", "yahoo.co.jp", "mail.ru"])
        if self.chance(0.15):
            dom = f"{self.pick(['mail', 'corp', 'eu', 'us'])}.{dom}"
        return f"{local}@{dom}"

    def example_email(self):
        return f"{self.pick([self.pick(FIRST), 'user', 'alice', 'bob', 'admin', 'noreply', 'someone'])}" \
               f"@{self.pick(RESERVED_DOMAINS)}"

    def ip4(self):
        r = self.r
        while True:
            a = r.randint(1, 223)
            ip = ipaddress.ip_address(f"{a}.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}")
            if ip.is_global and not ip.is_multicast and not any(ip in n for n in _DOC_NETS if n.version == 4):
                return str(ip)

    def ip6(self):
        r = self.r
        while True:
            pre = self.pick(["2a01", "2a02", "2a03", "2a05", "2a0c", "2604", "2607", "2610", "2620",
                             "2400", "2401", "2405", "2600", "2602", "2803", "2c0f", "2406", "2a10"])
            groups = [pre] + [f"{r.randint(0, 0xffff):x}" for _ in range(7)]
            if self.chance(0.6):  # typical allocations have zero runs
                k = r.randint(3, 5)
                for i in range(k, r.randint(k + 1, 7)):
                    groups[i] = "0"
            ip = ipaddress.ip_address(":".join(groups))
            if ip.is_global and not any(ip in n for n in _DOC_NETS if n.version == 6):
                return ip.compressed

    def private_ip(self):
        r = self.r
        return self.pick([f"10.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}",
                          f"172.{r.randint(16, 31)}.{r.randint(0, 255)}.{r.randint(1, 254)}",
                          f"192.168.{r.randint(0, 255)}.{r.randint(1, 254)}"])

    def doc_ip(self):
        return f"{self.pick(['192.0.2', '198.51.100', '203.0.113'])}.{self.num(1, 254)}"

    # -- keys and tokens -----------------------------------------------------------------------
    def key(self, kind):
        s, r = self.s, self.r
        if kind == "aws_access_key_id":
            return self.pick(["AKIA", "AKIA", "AKIA", "ASIA"]) + s(16, B32)
        if kind == "aws_secret_access_key":
            return s(40, B64)
        if kind == "aws_session_token":
            return "IQoJb3JpZ2luX2VjE" + s(r.randint(280, 360), B64) + "="
        if kind == "github_token":
            return self.pick([lambda: "ghp_" + s(36), lambda: "gho_" + s(36), lambda: "ghs_" + s(36),
                              lambda: "github_pat_11" + s(20, UP + DI) + "_" + s(59)])()
        if kind == "gitlab_token":
            return "glpat-" + s(20, B64U)
        if kind == "slack_token":
            return self.pick([
                lambda: f"xoxb-{s(12, DI)}-{s(13, DI)}-{s(24)}",
                lambda: f"xoxp-{s(12, DI)}-{s(12, DI)}-{s(13, DI)}-{s(32, HEX)}",
                lambda: f"xapp-1-A{s(10, UP + DI)}-{s(13, DI)}-{s(64, HEX)}"])()
        if kind == "slack_webhook":
            return f"T{s(10, UP + DI)}/B{s(10, UP + DI)}/{s(24)}"
        if kind == "stripe_key":
            return self.pick(["sk_live_", "sk_live_", "rk_live_"]) + s(self.pick([24, 99]))
        if kind == "google_api_key":
            return "AIza" + s(35, B64U)
        if kind == "openai_key":
            return self.pick([lambda: "sk-proj-" + s(74, B64U) + "T3BlbkFJ" + s(74, B64U),
                              lambda: "sk-" + s(20) + "T3BlbkFJ" + s(20)])()
        if kind == "anthropic_key":
            return "sk-ant-api03-" + s(93, B64U) + "AA"
        if kind == "hf_token":
            return "hf_" + s(34, UP + LO)
        if kind == "npm_token":
            return "npm_" + s(36)
        if kind == "pypi_token":
            return "pypi-AgEIcHlwaS5vcmc" + s(r.randint(120, 160), B64U)
        if kind == "sendgrid_key":
            return "SG." + s(22, B64U) + "." + s(43, B64U)
        if kind == "twilio_auth_token":
            return s(32, HEX)
        if kind == "mailgun_key":
            return "key-" + s(32, HEX)
        if kind == "telegram_bot_token":
            return f"{r.randint(100000000, 7999999999)}:AA{s(33, B64U)}"
        if kind == "discord_bot_token":
            return f"{s(24, B64U[:-2])}.{s(6, B64U)}.{s(38, B64U)}"
        if kind == "digitalocean_token":
            return "dop_v1_" + s(64, HEX)
        if kind == "shopify_token":
            return self.pick(["shpat_", "shpss_"]) + s(32, HEX)
        if kind == "vault_token":
            return "hvs." + s(24, B64U)
        if kind == "databricks_token":
            return "dapi" + s(32, HEX)
        if kind == "postman_key":
            return f"PMAK-{s(24, HEX)}-{s(34, HEX)}"
        if kind == "age_secret_key":
            return "AGE-SECRET-KEY-1" + s(58, "QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L".upper())
        if kind == "azure_storage_key":
            return base64.b64encode(bytes(r.getrandbits(8) for _ in range(64))).decode()
        if kind == "wireguard_private_key":
            return base64.b64encode(bytes(r.getrandbits(8) for _ in range(32))).decode()
        if kind == "datadog_api_key":
            return s(32, HEX)
        if kind == "gcp_private_key_id":
            return s(40, HEX)
        if kind == "django_secret_key":
            return self.pick(["django-insecure-", ""]) + s(50, LO + DI + "!@^&*(-_=+)")
        if kind == "wp_salt":
            return s(64, ALNUM + "!@#%^&*()-_[]{}<>~+=,.;:/?|")
        if kind == "jwt":
            return self.jwt()
        if kind == "bearer_token":
            return s(r.choice([32, 40, 43, 48]), B64U)
        if kind == "generic_secret":
            return self.pick([lambda: s(32, HEX), lambda: s(64, HEX), lambda: s(40, HEX),
                              lambda: base64.b64encode(bytes(r.getrandbits(8) for _ in range(32))).decode(),
                              lambda: s(r.randint(28, 48), B64U)])()
        if kind == "sentry_auth_token":
            return "sntrys_" + s(140, B64U)
        if kind == "newrelic_key":
            return "NRAK-" + s(27, UP + DI)
        raise KeyError(kind)

    def jwt(self):
        def b64u(b):
            return base64.urlsafe_b64encode(b).rstrip(b"=").decode()
        alg = self.pick(["HS256", "RS256", "HS512"])
        hdr = json.dumps({"alg": alg, "typ": "JWT"}, separators=(",", ":")).encode()
        iat = self.num(1_600_000_000, 1_760_000_000)
        payload = {"sub": self.pick([str(self.num(1000, 999999)), self.s(24)]),
                   "iat": iat, "exp": iat + self.pick([900, 3600, 86400, 2592000])}
        if self.chance(0.5):
            payload["role"] = self.pick(["admin", "service", "user", "ci"])
        sig = bytes(self.r.getrandbits(8) for _ in range(64 if alg != "HS256" else 32))
        return f"{b64u(hdr)}.{b64u(json.dumps(payload, separators=(',', ':')).encode())}.{b64u(sig)}"

    def pem(self, sep="\n", kind=None):
        kind = kind or self.pick(["RSA", "PKCS8", "EC", "OPENSSH", "PKCS8"])
        r = self.r
        if kind == "RSA":
            head, body = "RSA PRIVATE KEY", b"\x30\x82\x04\xa4\x02\x01\x00\x02\x82\x01\x01\x00" + \
                bytes(r.getrandbits(8) for _ in range(1180)), 
            width = 64
        elif kind == "EC":
            head, body, width = "EC PRIVATE KEY", b"\x30\x77\x02\x01\x01\x04\x20" + bytes(
                r.getrandbits(8) for _ in range(114)), 64
        elif kind == "OPENSSH":
            head, body, width = "OPENSSH PRIVATE KEY", b"openssh-key-v1\x00" + bytes(
                r.getrandbits(8) for _ in range(r.choice([384, 1800]))), 70
        else:
            head, body, width = "PRIVATE KEY", b"\x30\x82\x04\xbe\x02\x01\x00\x30\x0d\x06\x09" + bytes(
                r.getrandbits(8) for _ in range(1200)), 64
        if isinstance(body, tuple):
            body = body[0]
        b = base64.b64encode(body).decode()
        lines = [b[i:i + width] for i in range(0, len(b), width)]
        return sep.join([f"-----BEGIN {head}-----", *lines, f"-----END {head}-----"])

    def cert(self, sep="\n"):
        b = base64.b64encode(b"\x30\x82\x03\x1d\x30\x82\x02\x05\xa0\x03\x02\x01\x02" +
                             bytes(self.r.getrandbits(8) for _ in range(780))).decode()
        return sep.join(["-----BEGIN CERTIFICATE-----", *[b[i:i + 64] for i in range(0, len(b), 64)],
                         "-----END CERTIFICATE-----"])

    def pubkey_ssh(self):
        if self.chance(0.6):
            return "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI" + self.s(43, B64)
        return "ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABgQ" + self.s(508, B64) + "="

    # -- look-alikes ---------------------------------------------------------------------------
    def look(self, kind):
        s, r = self.s, self.r
        f = {
            "private_ip": self.private_ip,
            "loopback_ip": lambda: self.pick(["127.0.0.1", "127.0.0.1", f"127.0.{r.randint(0, 9)}.{r.randint(1, 9)}"]),
            "doc_ip": self.doc_ip,
            "link_local_ip": lambda: f"169.254.{r.randint(0, 255)}.{r.randint(1, 254)}",
            "cgnat_ip": lambda: f"100.{r.randint(64, 127)}.{r.randint(0, 255)}.{r.randint(1, 254)}",
            "unspecified_ip": lambda: "0.0.0.0",
            "multicast_ip": lambda: f"{r.randint(224, 239)}.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}",
            "netmask": lambda: self.pick(["255.255.255.0", "255.255.0.0", "255.255.255.128", "255.240.0.0"]),
            "loopback_ipv6": lambda: "::1",
            "doc_ipv6": lambda: f"2001:db8:{r.randint(1, 0xffff):x}::{r.randint(1, 0xff):x}",
            "link_local_ipv6": lambda: f"fe80::{r.randint(1, 0xffff):x}:{r.randint(1, 0xffff):x}",
            "ula_ipv6": lambda: f"fd{r.randint(0, 255):02x}:{r.randint(1, 0xffff):x}::{r.randint(1, 0xff):x}",
            "version_string": lambda: f"{r.randint(1, 12)}.{r.randint(0, 30)}.{r.randint(0, 20)}.{r.randint(0, 999)}",
            "oid": lambda: self.pick([f"1.3.6.1.4.1.{r.randint(1000, 60000)}.{r.randint(1, 20)}.{r.randint(1, 9)}",
                                      "1.2.840.113549.1.1.11", "2.5.4.3", "1.3.6.1.5.5.7.3.1",
                                      f"1.3.6.1.2.1.{r.randint(1, 30)}.{r.randint(1, 9)}.0"]),
            "uuid": lambda: "-".join(s(n, HEX) for n in (8, 4, 4, 4, 12)),
            "git_sha": lambda: s(40, HEX),
            "short_sha": lambda: s(7, HEX),
            "sha256": lambda: s(64, HEX),
            "sha1": lambda: s(40, HEX),
            "md5": lambda: s(32, HEX),
            "sri_hash": lambda: self.pick(["sha512-" + s(86, B64) + "==", "sha384-" + s(64, B64),
                                          "sha256-" + s(43, B64) + "="]),
            "etag": lambda: self.pick([f'W/"{s(16, HEX)}-{s(27, B64U)}"', f'"{s(32, HEX)}"']),
            "nonce": lambda: self.pick([s(32, HEX), s(22, B64U)]),
            "trace_id": lambda: s(32, HEX),
            "span_id": lambda: s(16, HEX),
            "example_email": self.example_email,
            "aws_example_key": lambda: self.pick([AWS_EXAMPLE_ID, AWS_EXAMPLE_SECRET]),
            "public_key": self.pubkey_ssh,
            "certificate": self.cert,
            "mac_address": lambda: ":".join(s(2, HEX) for _ in range(6)),
            "date": lambda: f"20{r.randint(18, 26)}-{r.randint(1, 12):02d}-{r.randint(1, 28):02d}",
            "numeric_id": lambda: str(r.randint(10 ** 11, 10 ** 12 - 1)),
            "docker_digest": lambda: "sha256:" + s(64, HEX),
        }[kind]
        return f()

    # -- marked helpers ------------------------------------------------------------------------
    def P(self, kind, style=None, value=None):
        return _mark("PASSWORD", kind, value if value is not None else self.pw(style))

    def K(self, kind, label_kind=None, value=None):
        return _mark("KEY", label_kind or kind, value if value is not None else self.key(kind))

    def E(self, kind, value=None):
        return _mark("EMAIL", kind, value or self.email())

    def I(self, kind="ipv4", suffix="", value=None):
        v = value or (self.ip6() if "ipv6" in kind else self.ip4())
        return _mark("IP_ADDRESS", kind, v, suffix) + suffix

    def L(self, kind, value=None):
        return _mark("LK", kind, value if value is not None else self.look(kind))

    def F(self, name="password"):
        return _mark("LK", "field_name", name)

    def PEM(self, kind="pem_private_key", sep="\n", pem_kind=None):
        return _mark("KEY", kind, self.pem(sep, pem_kind))


# ---------------------------------------------------------------------------------------------
# synthetic documents: each template returns (lang, path, marked content)
# ---------------------------------------------------------------------------------------------
def _dir(g):
    return g.pick(["", "", "deploy/", "config/", "infra/", "ops/", "services/api/", "backend/", "app/", "src/"])


def t_dotenv(g):
    lines = [f"# {g.pick(['local', 'staging', 'production'])} settings for {g.word()}-service",
             f"APP_ENV={g.pick(['production', 'staging'])}", f"APP_VERSION={g.L('version_string')}",
             f"PORT={g.pick(['3000', '8000', '8080'])}"]
    u, db = g.user(), g.word()
    opts = [
        lambda: f"DB_HOST={g.I('ipv4')}",
        lambda: f"DB_PASSWORD={g.P('env_password', 'plain')}",
        lambda: f"DATABASE_URL=postgres://{u}:{g.P('url_password', 'url')}@{g.host()}:5432/{db}",
        lambda: f"REDIS_URL=redis://:{g.P('url_password', 'url')}@{g.L('private_ip')}:6379/0",
        lambda: f"AWS_ACCESS_KEY_ID={g.K('aws_access_key_id')}\nAWS_SECRET_ACCESS_KEY={g.K('aws_secret_access_key')}",
        lambda: f"STRIPE_SECRET_KEY={g.K('stripe_key')}",
        lambda: f"SENDGRID_API_KEY={g.K('sendgrid_key')}",
        lambda: f"MAIL_FROM={g.E('config_email')}",
        lambda: f"ADMIN_EMAIL=\"{g.E('config_email')}\"",
        lambda: f"SECRET_KEY={g.K('generic_secret')}",
        lambda: f"JWT_SECRET='{g.K('generic_secret')}'",
        lambda: f"OPENAI_API_KEY={g.K('openai_key')}",
        lambda: f"HF_TOKEN={g.K('hf_token')}",
        lambda: f"SMTP_PASS=\"{g.P('env_password', 'words')}\"",
        lambda: f"RABBITMQ_URL=amqp://{u}:{g.P('url_password', 'url')}@{g.I('ipv4_url')}:5672/%2F",
        lambda: f"MONGO_URI=mongodb+srv://{u}:{g.P('url_password', 'url')}@cluster0.{g.s(5, LO + DI)}.mongodb.net/{db}?retryWrites=true",
        lambda: f"SENTRY_ENVIRONMENT=prod\nTRUSTED_PROXY={g.L('private_ip')}",
        lambda: f"ALLOWED_IPS={g.I('ipv4')},{g.I('ipv4')},{g.L('loopback_ip')}",
        lambda: f"GITHUB_TOKEN={g.K('github_token')}",
        lambda: f"MYSQL_ROOT_PASSWORD='{g.P('env_password', 'plain')}'",
        lambda: f"BUILD_SHA={g.L('git_sha')}",
        lambda: f"REQUEST_ID_NAMESPACE={g.L('uuid')}",
        lambda: f"SUPPORT_EMAIL={g.L('example_email')}",
        lambda: f"# DB_PASSWORD={g.L('placeholder', '<set in vault>')}",
        lambda: f"TELEGRAM_BOT_TOKEN={g.K('telegram_bot_token')}",
        lambda: f"IPV6_EGRESS={g.I('ipv6')}",
    ]
    g.r.shuffle(opts)
    lines += [o() for o in opts[: g.num(6, 11)]]
    return "dotenv", f"{_dir(g)}{g.pick(['.env', '.env.production', '.env.local', 'prod.env'])}", "\n".join(lines) + "\n"


def t_env_example(g):
    lines = ["# Copy to .env and fill in real values", f"DB_HOST={g.L('loopback_ip')}",
             f"DB_USER={g.pick(['app', 'postgres'])}", f"DB_PASSWORD={g.L('placeholder', g.pick(['changeme', '<password>', 'your-db-password', 'CHANGE_ME']))}",
             f"AWS_ACCESS_KEY_ID={g.L('aws_example_key', AWS_EXAMPLE_ID)}",
             f"AWS_SECRET_ACCESS_KEY={g.L('aws_example_key', AWS_EXAMPLE_SECRET)}",
             f"STRIPE_SECRET_KEY={g.L('placeholder', 'sk_test_...')}",
             f"ADMIN_EMAIL={g.L('example_email')}",
             f"API_KEY={g.L('placeholder', g.pick(['<your-api-key>', 'xxxxxxxxxxxxxxxx', 'REPLACE_ME', '']) or 'TODO')}",
             f"DATABASE_URL=postgres://{g.pick(['user', 'app'])}:{g.L('placeholder', '${DB_PASSWORD}')}@{g.L('private_ip')}:5432/app",
             f"LISTEN_ADDR={g.L('unspecified_ip')}:8080"]
    if g.chance(0.5):  # someone pasted a live value into the example file
        lines.append(f"SLACK_BOT_TOKEN={g.K('slack_token')}")
    if g.chance(0.5):
        lines.append(f"SMTP_PASSWORD={g.P('env_password')}")
    return "dotenv", f"{_dir(g)}.env.example", "\n".join(lines) + "\n"


def t_compose(g):
    pg, my = g.pw("plain"), g.pw("alnum")
    out = f"""version: "3.9"
services:
  db:
    image: postgres:16@{g.L('docker_digest')}
    environment:
      POSTGRES_USER: {g.user()}
      POSTGRES_PASSWORD: {g.P('compose_password', value=pg)}
      POSTGRES_DB: {g.word()}
    ports:
      - "5432:5432"
  mysql:
    image: mysql:8.4
    environment:
      - MYSQL_ROOT_PASSWORD={g.P('compose_password', value=my)}
      - MYSQL_PASSWORD=${{MYSQL_PASSWORD:-{g.L('placeholder', 'changeme')}}}
  api:
    build: .
    environment:
      DATABASE_URL: "postgresql://{g.user()}:{g.P('url_password', 'url')}@db:5432/app"
      {g.F('SMTP_PASSWORD')}: ${{SMTP_PASSWORD}}
      STRIPE_KEY: {g.K('stripe_key')}
      CONTACT: {g.E('config_email')}
    extra_hosts:
      - "legacy-api:{g.I('ipv4')}"
      - "metadata:{g.L('link_local_ip', '169.254.169.254')}"
    networks:
      backend:
        ipv4_address: {g.L('private_ip')}
"""
    return "yaml", f"{_dir(g)}{g.pick(['docker-compose.yml', 'compose.yaml', 'docker-compose.prod.yml'])}", out


def t_k8s_secret(g):
    pw = g.pw("plain")
    b64pw = base64.b64encode(g.pw("alnum").encode()).decode()
    out = f"""apiVersion: v1
kind: Secret
metadata:
  name: {g.word()}-credentials
  namespace: {g.pick(['default', 'prod', 'payments'])}
  uid: {g.L('uuid')}
type: Opaque
stringData:
  username: {g.user()}
  password: {g.P('k8s_password', value=pw)}
  api-token: {g.K('bearer_token')}
data:
  db-password: {g.K('k8s_secret_b64', value=b64pw)}
---
apiVersion: v1
kind: ConfigMap
metadata:
  name: {g.word()}-config
data:
  DB_HOST: "{g.L('private_ip')}"
  UPSTREAM: "{g.I('ipv4')}"
  CLUSTER_DNS: "{g.L('private_ip', '10.96.0.10')}"
  IMAGE_DIGEST: "{g.L('docker_digest')}"
  {g.F('PASSWORD_MIN_LENGTH')}: "12"
"""
    return "yaml", f"k8s/{g.word()}-secret.yaml", out


def t_kubeconfig(g):
    key_b64 = base64.b64encode(g.pem().encode()).decode()
    ca = base64.b64encode(g.cert().encode()).decode()
    ip = g.ip4()
    out = f"""apiVersion: v1
kind: Config
clusters:
- cluster:
    certificate-authority-data: {g.L('certificate', ca)}
    server: https://{g.I('ipv4_url', value=ip)}:6443
  name: {g.word()}-cluster
contexts:
- context:
    cluster: {g.word()}-cluster
    user: {g.user()}
  name: prod
current-context: prod
users:
- name: admin
  user:
    client-key-data: {g.K('pem_private_key_b64', value=key_b64)}
- name: ci
  user:
    token: {g.K('jwt')}
"""
    return "yaml", g.pick(["kubeconfig", ".kube/config", "deploy/kubeconfig.yaml"]), out


def t_terraform(g):
    out = f"""terraform {{
  required_version = ">= 1.5"
}}

provider "aws" {{
  region     = "{g.pick(['eu-west-1', 'us-east-1', 'ap-southeast-2'])}"
  access_key = "{g.K('aws_access_key_id')}"
  secret_key = "{g.K('aws_secret_access_key')}"
}}

variable "db_password" {{
  type      = string
  sensitive = true
  default   = "{g.P('tf_password', 'plain')}"
}}

resource "aws_db_instance" "main" {{
  identifier        = "{g.word()}-db"
  engine            = "postgres"
  username          = "{g.user()}"
  password          = {g.L('var_reference', 'var.db_password')}
  allocated_storage = 20
}}

resource "aws_security_group_rule" "office" {{
  type        = "ingress"
  from_port   = 22
  to_port     = 22
  protocol    = "tcp"
  cidr_blocks = ["{g.I('ipv4_cidr', '/32')}", "{g.I('ipv4_cidr', '/29')}", "{g.L('private_ip')}/16"]
  ipv6_cidr_blocks = ["{g.I('ipv6_cidr', '/64')}"]
}}

resource "aws_instance" "bastion" {{
  ami           = "ami-{g.s(17, HEX)}"
  instance_type = "t3.micro"
  private_ip    = "{g.L('private_ip')}"
  tags = {{
    Owner = "{g.E('config_email')}"
  }}
}}
"""
    if g.chance(0.5):
        out += f"""
resource "random_password" "api" {{
  length = 32
}}

resource "mysql_user" "report" {{
  user               = "report"
  host               = "{g.L('private_ip')}"
  plaintext_password = "{g.P('tf_password', 'alnum')}"
}}
"""
    return "hcl", f"infra/{g.pick(['main.tf', 'prod.tf', 'database.tf'])}", out


def t_helm(g):
    out = f"""replicaCount: 2
image:
  repository: registry.{g.domain()}/{g.word()}
  tag: "{g.L('version_string')}"
postgresql:
  auth:
    username: {g.user()}
    password: "{g.P('yaml_password', 'plain')}"
    postgresPassword: {g.P('yaml_password', 'alnum')}
redis:
  auth:
    password: {g.L('placeholder', '""')}
    existingSecret: redis-auth
smtp:
  host: smtp.{g.domain()}
  user: {g.E('config_email')}
  password: '{g.P('yaml_password', 'words')}'
ingress:
  annotations:
    nginx.ingress.kubernetes.io/whitelist-source-range: "{g.I('ipv4_cidr', '/32')},{g.L('private_ip')}/8"
  hosts:
    - host: {g.word()}.{g.domain()}
externalSecrets:
  vaultToken: {g.K('vault_token')}
podAnnotations:
  checksum/config: {g.L('sha256')}
"""
    return "yaml", f"charts/{g.word()}/values{g.pick(['', '-prod', '.prod'])}.yaml", out


def t_gh_actions(g):
    u = g.user()
    out = f"""name: deploy
on:
  push:
    branches: [main]
jobs:
  deploy:
    runs-on: ubuntu-latest
    env:
      AWS_ACCESS_KEY_ID: {g.L('ci_secret_ref', '${{ secrets.AWS_ACCESS_KEY_ID }}')}
      AWS_SECRET_ACCESS_KEY: {g.L('ci_secret_ref', '${{ secrets.AWS_SECRET_ACCESS_KEY }}')}
      NPM_TOKEN: {g.K('npm_token')}
    steps:
      - uses: actions/checkout@{g.L('git_sha')}
      - name: Log in to registry
        run: echo "{g.P('ci_password', 'alnum')}" | docker login ghcr.io -u {u} --password-stdin
      - name: Notify
        run: |
          curl -X POST -H 'Content-type: application/json' \\
            --data '{{"text":"deployed"}}' https://hooks.slack.com/services/{g.K('slack_webhook')}
      - name: Release
        env:
          GH_TOKEN: {g.K('github_token')}
        run: gh release create v${{{{ github.run_number }}}}
      - name: Deploy
        run: sshpass -p '{g.P('cli_password', 'plain')}' ssh -o StrictHostKeyChecking=no deploy@{g.I('ipv4')} ./deploy.sh
"""
    return "yaml", f".github/workflows/{g.pick(['deploy', 'release', 'ci'])}.yml", out


def t_gitlab_ci(g):
    out = f"""stages: [test, deploy]

variables:
  POSTGRES_PASSWORD: "{g.P('ci_password', 'alnum')}"
  DOCKER_AUTH: {g.L('template_var', '$CI_REGISTRY_PASSWORD')}
  GIT_DEPTH: "10"

test:
  stage: test
  services: [postgres:16]
  script:
    - mysql -h {g.I('ipv4')} -u root -p{g.P('cli_password', 'alnum')} -e 'SELECT 1'
    - pytest -q

deploy:
  stage: deploy
  script:
    - export AWS_ACCESS_KEY_ID={g.K('aws_access_key_id')}
    - export AWS_SECRET_ACCESS_KEY={g.K('aws_secret_access_key')}
    - curl --header "PRIVATE-TOKEN: {g.K('gitlab_token')}" "https://gitlab.{g.domain()}/api/v4/projects"
    - echo "deployed {g.L('short_sha')} by $GITLAB_USER_EMAIL"
  only: [main]
"""
    return "yaml", ".gitlab-ci.yml", out


def t_jenkins(g):
    out = f"""pipeline {{
    agent any
    environment {{
        REGISTRY_CREDS = credentials('registry-creds')
        SONAR_TOKEN = '{g.K('generic_secret')}'
    }}
    stages {{
        stage('Deploy') {{
            steps {{
                withCredentials([usernamePassword(credentialsId: 'db', usernameVariable: 'U', passwordVariable: 'P')]) {{
                    sh 'psql "host={g.L('private_ip')} user=$U password=$P" -f migrate.sql'
                }}
                sh "sshpass -p '{g.P('cli_password', 'plain')}' scp build.tar.gz ops@{g.I('ipv4')}:/srv/"
                sh "curl -u admin:{g.P('cli_password', 'url')} https://nexus.{g.domain()}/service/rest/v1/status"
                mail to: '{g.E('config_email')}', subject: 'deployed', body: 'ok'
            }}
        }}
    }}
}}
"""
    return "groovy", g.pick(["Jenkinsfile", "ci/Jenkinsfile"]), out


def t_dockerfile(g):
    out = f"""FROM python:3.12-slim@{g.L('docker_digest')}
ARG PIP_INDEX=https://{g.user()}:{g.P('url_password', 'url')}@pypi.{g.domain()}/simple
ENV DB_PASSWORD={g.P('env_password', 'plain')} \\
    APP_PORT=8000 \\
    PGHOST={g.L('private_ip')}
ENV NPM_TOKEN={g.K('npm_token')}
LABEL maintainer="{g.E('maintainer_email')}"
RUN pip install --index-url "$PIP_INDEX" -r requirements.txt
RUN echo "machine api.{g.domain()} login bot password {g.P('netrc_password', 'alnum')}" > /root/.netrc
EXPOSE 8000
HEALTHCHECK CMD curl -f http://{g.L('loopback_ip')}:8000/health || exit 1
"""
    return "dockerfile", f"{_dir(g)}Dockerfile", out


def t_spring_props(g):
    out = f"""spring.application.name={g.word()}-service
spring.datasource.url=jdbc:postgresql://{g.I('ipv4_url')}:5432/{g.word()}
spring.datasource.username={g.user()}
spring.datasource.password={g.P('config_password', 'plain')}
spring.mail.host=smtp.{g.domain()}
spring.mail.username={g.E('config_email')}
spring.mail.password={g.P('config_password', 'words')}
spring.redis.password=${{REDIS_PASSWORD:{g.L('placeholder', 'changeme')}}}
app.jwt.secret={g.K('generic_secret')}
app.version={g.L('version_string')}
management.server.address={g.L('loopback_ip')}
server.port=8443
"""
    return "properties", "src/main/resources/application" + g.pick(["", "-prod"]) + ".properties", out


def t_spring_yaml(g):
    out = f"""spring:
  datasource:
    url: jdbc:mysql://{g.host()}:3306/{g.word()}?useSSL=true
    username: {g.user()}
    password: {g.P('yaml_password', 'alnum')}
  rabbitmq:
    host: {g.I('ipv4')}
    password: "{g.P('yaml_password', 'plain')}"
  cloud:
    aws:
      credentials:
        access-key: {g.K('aws_access_key_id')}
        secret-key: {g.K('aws_secret_access_key')}
logging:
  level:
    root: INFO
eureka:
  instance:
    ip-address: {g.L('private_ip')}
"""
    return "yaml", "src/main/resources/application.yml", out


def t_npmrc(g):
    auth = base64.b64encode(f"{g.user()}:{g.pw('alnum')}".encode()).decode()
    out = f"""registry=https://registry.npmjs.org/
//registry.npmjs.org/:_authToken={g.K('npm_token')}
@{g.word()}:registry=https://npm.pkg.github.com/
//npm.pkg.github.com/:_authToken={g.K('github_token')}
//nexus.{g.domain()}/repository/npm/:_auth={g.K('basic_auth_b64', value=auth)}
email={g.E('config_email')}
always-auth=true
"""
    return "ini", g.pick([".npmrc", "frontend/.npmrc"]), out


def t_pypirc(g):
    out = f"""[distutils]
index-servers =
    pypi
    internal

[pypi]
username = __token__
password = {g.K('pypi_token')}

[internal]
repository = https://pypi.{g.domain()}/
username = {g.user()}
password = {g.P('config_password', 'plain')}
"""
    if g.chance(0.5):
        return "ini", ".pypirc", out
    out = f"""[global]
index-url = https://{g.user()}:{g.P('url_password', 'url')}@pypi.{g.domain()}/simple
trusted-host = {g.I('ipv4')}
timeout = 60
"""
    return "ini", g.pick(["pip.conf", ".config/pip/pip.conf"]), out


def t_aws_credentials(g):
    out = f"""[default]
aws_access_key_id = {g.K('aws_access_key_id')}
aws_secret_access_key = {g.K('aws_secret_access_key')}

[deploy]
aws_access_key_id = {g.K('aws_access_key_id')}
aws_secret_access_key = {g.K('aws_secret_access_key')}
aws_session_token = {g.K('aws_session_token')}

[docs-sample]
aws_access_key_id = {g.L('aws_example_key', AWS_EXAMPLE_ID)}
aws_secret_access_key = {g.L('aws_example_key', AWS_EXAMPLE_SECRET)}
region = us-west-2
"""
    return "ini", g.pick([".aws/credentials", "aws/credentials"]), out


def t_gcp_sa(g):
    proj = f"{g.word()}-{g.word()}-{g.num(100000, 999999)}"
    sa = f"{g.word()}-sa@{proj}.iam.gserviceaccount.com"
    out = "{\n" + f"""  "type": "service_account",
  "project_id": "{proj}",
  "private_key_id": "{g.K('gcp_private_key_id')}",
  "private_key": "{g.PEM('pem_private_key', sep=chr(92) + 'n', pem_kind='PKCS8')}\\n",
  "client_email": "{g.E('service_account_email', sa)}",
  "client_id": "{g.L('numeric_id', str(g.num(10 ** 20, 10 ** 21 - 1)))}",
  "auth_uri": "https://accounts.google.com/o/oauth2/auth",
  "token_uri": "https://oauth2.googleapis.com/token",
  "universe_domain": "googleapis.com"
""" + "}\n"
    return "json", g.pick([f"{proj}-{g.s(12, HEX)}.json", "credentials/service-account.json", "gcp-key.json"]), out


def t_django(g):
    out = f"""from pathlib import Path
import os

BASE_DIR = Path(__file__).resolve().parent.parent

SECRET_KEY = '{g.K('django_secret_key')}'

DEBUG = False
ALLOWED_HOSTS = ['{g.word()}.{g.domain()}', '{g.I('ipv4')}', '{g.L('loopback_ip')}']

ADMINS = [('{g.pick(FIRST).title()}', '{g.E('config_email')}')]

DATABASES = {{
    'default': {{
        'ENGINE': 'django.db.backends.postgresql',
        'NAME': '{g.word()}',
        'USER': '{g.user()}',
        'PASSWORD': '{g.P('dict_password', 'plain')}',
        'HOST': '{g.L('private_ip')}',
        'PORT': '5432',
    }},
    'replica': {{
        'ENGINE': 'django.db.backends.postgresql',
        'PASSWORD': os.environ.get({g.L('env_lookup', "'REPLICA_DB_PASSWORD'")}),
        'HOST': '{g.I('ipv4')}',
    }},
}}

EMAIL_HOST = 'smtp.{g.domain()}'
EMAIL_HOST_USER = '{g.E('config_email')}'
EMAIL_HOST_PASSWORD = "{g.P('assign_password', 'words')}"
DEFAULT_FROM_EMAIL = 'noreply@{g.domain()}'
AUTH_PASSWORD_VALIDATORS = [{{'NAME': 'django.contrib.auth.password_validation.MinimumLengthValidator'}}]
"""
    # 'noreply@<domain>' is a real-looking address too: label it
    text = out
    m = re.search(r"DEFAULT_FROM_EMAIL = '([^']+)'", text)
    text = text[: m.start(1)] + _mark("EMAIL", "config_email", m.group(1)) + text[m.end(1):]
    return "python", f"{g.word()}/settings{g.pick(['', '/production', '_prod'])}.py", text


def t_flask(g):
    out = f"""import os

class Config:
    SQLALCHEMY_DATABASE_URI = "mysql+pymysql://{g.user()}:{g.P('url_password', 'url')}@{g.I('ipv4_url')}/{g.word()}"
    MAIL_SERVER = "smtp.{g.domain()}"
    MAIL_USERNAME = "{g.E('config_email')}"
    MAIL_PASSWORD = "{g.P('assign_password', 'plain')}"
    SECRET_KEY = os.environ.get("SECRET_KEY", "{g.K('generic_secret')}")
    CELERY_BROKER_URL = os.getenv({g.L('env_lookup', '"CELERY_BROKER_URL"')})
    STRIPE_API_KEY = "{g.K('stripe_key')}"


class TestConfig(Config):
    SQLALCHEMY_DATABASE_URI = "sqlite://"
    MAIL_PASSWORD = {g.L('placeholder', '"dummy"')}
    WTF_CSRF_ENABLED = False
"""
    return "python", f"{g.word()}/config.py", out


def t_py_script(g):
    parts = ["#!/usr/bin/env python3", '"""Nightly sync job."""', "import boto3", "import paramiko",
             "import requests", "import smtplib", ""]
    opts = [
        lambda: f"s3 = boto3.client(\n    's3',\n    aws_access_key_id='{g.K('aws_access_key_id')}',\n"
                f"    aws_secret_access_key='{g.K('aws_secret_access_key')}',\n)",
        lambda: f"ssh = paramiko.SSHClient()\nssh.connect('{g.I('ipv4')}', username='{g.user()}', password='{g.P('kwarg_password', 'plain')}')",
        lambda: f"resp = requests.get('https://api.{g.domain()}/v2/export', auth=('{g.user()}', '{g.P('tuple_password', 'plain')}'))",
        lambda: f"resp = requests.post(URL, headers={{'Authorization': 'Bearer {g.K('bearer_token')}'}})",
        lambda: f"server = smtplib.SMTP_SSL('smtp.{g.domain()}', 465)\nserver.login('{g.E('login_email')}', '{g.P('call_password', 'words')}')",
        lambda: f"API_KEY = '{g.K('google_api_key')}'",
        lambda: f"conn = psycopg2.connect(host='{g.I('ipv4')}', dbname='{g.word()}', user='{g.user()}', password=\"{g.P('kwarg_password', 'alnum')}\")",
        lambda: f"client = OpenAI(api_key=\"{g.K('openai_key')}\")",
        lambda: f"client = anthropic.Anthropic(api_key='{g.K('anthropic_key')}')",
        lambda: f"REPORT_TO = ['{g.E('config_email')}', '{g.E('config_email')}']",
        lambda: f"password = os.environ[{g.L('env_lookup', chr(39) + 'SYNC_PASSWORD' + chr(39))}]",
        lambda: f"NAMESPACE = uuid.UUID('{g.L('uuid')}')",
        lambda: f"EXPECTED_SHA256 = '{g.L('sha256')}'",
        lambda: f"login(user='{g.user()}', passwd='{g.P('kwarg_password', 'plain')}')",
        lambda: f"db = MySQLdb.connect('{g.L('private_ip')}', 'report', '{g.P('call_password', 'alnum')}', 'sales')",
        lambda: f"hub_token = '{g.K('hf_token')}'",
        lambda: f"# ping {g.pick(FIRST)} at {g.E('comment_email')} if this breaks",
    ]
    g.r.shuffle(opts)
    parts += [o() + "\n" for o in opts[: g.num(4, 7)]]
    return "python", f"scripts/{g.pick(['sync', 'backup', 'export_report', 'nightly', 'migrate_users'])}.py", "\n".join(parts)


def t_js_config(g):
    u = g.user()
    out = f"""// {g.word()} service configuration
module.exports = {{
  port: process.env.PORT || 3000,
  db: {{
    client: 'pg',
    connection: {{
      host: '{g.I('ipv4')}',
      user: '{u}',
      password: '{g.P('dict_password', 'plain')}',
      database: '{g.word()}',
    }},
  }},
  mongoUrl: 'mongodb://{u}:{g.P('url_password', 'url')}@{g.L('private_ip')}:27017/app?authSource=admin',
  redisPassword: process.env.{g.L('env_lookup', 'REDIS_PASSWORD')},
  stripe: {{ secretKey: "{g.K('stripe_key')}" }},
  mapsKey: "{g.K('google_api_key')}",
  mail: {{ from: "{g.E('config_email')}", replyTo: "{g.L('example_email')}" }},
  session: {{ secret: `{g.K('generic_secret')}` }},
  build: "{g.L('git_sha')}",
}};
"""
    return "javascript", g.pick(["config/default.js", "knexfile.js", "config/production.js"]), out


def t_ts(g):
    out = f"""import Stripe from "stripe";
import {{ WebClient }} from "@slack/web-api";

const stripe = new Stripe("{g.K('stripe_key')}", {{ apiVersion: "2024-06-20" }});
const slack = new WebClient("{g.K('slack_token')}");
const GITHUB_TOKEN: string = "{g.K('github_token')}";

export async function login(client: Api) {{
  return client.post("/session", {{ email: "{g.E('login_email')}", password: "{g.P('dict_password', 'plain')}" }});
}}

export const headers = {{ Authorization: `Bearer ${{process.env.{g.L('env_lookup', 'API_TOKEN')}}}` }};
export const fallbackPassword = {g.L('placeholder', '"<password>"')};
const requestId = "{g.L('uuid')}";
"""
    return "typescript", f"src/{g.pick(['lib/clients', 'services/billing', 'api/session'])}.ts", out


def t_go(g):
    out = f"""package main

import (
\t"database/sql"
\t"os"

\t"github.com/aws/aws-sdk-go/aws/credentials"
\t_ "github.com/lib/pq"
)

const apiKey = "{g.K('generic_secret')}"

var dsn = "host={g.I('ipv4')} port=5432 user={g.user()} password={g.P('conn_string_password', 'url')} dbname={g.word()} sslmode=require"

func main() {{
\tcreds := credentials.NewStaticCredentials("{g.K('aws_access_key_id')}", "{g.K('aws_secret_access_key')}", "")
\t_ = creds
\tdb, err := sql.Open("postgres", dsn)
\tif err != nil {{
\t\tpanic(err)
\t}}
\tdefer db.Close()
\tpass := os.Getenv({g.L('env_lookup', '"DB_PASSWORD"')})
\t_ = pass
\tlisten := "{g.L('unspecified_ip')}:8080"
\t_ = listen
\tmysqlDSN := "{g.user()}:{g.P('conn_string_password', 'url')}@tcp({g.L('private_ip')}:3306)/{g.word()}?parseTime=true"
\t_ = mysqlDSN
}}
"""
    return "go", f"cmd/{g.word()}/main.go", out


def t_rust(g):
    out = f"""use reqwest::Client;

const API_KEY: &str = "{g.K(g.pick(['sendgrid_key', 'openai_key', 'generic_secret']))}";
static DB_URL: &str = "postgres://{g.user()}:{g.P('url_password', 'url')}@{g.I('ipv4_url')}:5432/{g.word()}";

pub async fn fetch(client: &Client) -> reqwest::Result<String> {{
    client
        .get("https://api.{g.domain()}/v1/items")
        .basic_auth("{g.user()}", Some("{g.P('call_password', 'plain')}"))
        .send()
        .await?
        .text()
        .await
}}

#[cfg(test)]
mod tests {{
    const LOCAL: &str = "{g.L('loopback_ip')}:5432";
    const SAMPLE_ID: &str = "{g.L('uuid')}";
}}
"""
    return "rust", f"src/{g.pick(['client.rs', 'config.rs', 'main.rs'])}", out


def t_java(g):
    out = f"""package com.{g.word()}.{g.word()};

import java.sql.Connection;
import java.sql.DriverManager;

public class Database {{
    private static final String URL = "jdbc:postgresql://{g.I('ipv4_url')}:5432/{g.word()}";
    private static final String USER = "{g.user()}";
    private static final String PASSWORD = "{g.P('assign_password', 'plain')}";
    private static final String SENDGRID_KEY = "{g.K('sendgrid_key')}";
    private static final String OWNER = "{g.E('comment_email')}";

    public Connection open() throws Exception {{
        return DriverManager.getConnection(URL, USER, PASSWORD);
    }}

    public Connection openReplica() throws Exception {{
        return DriverManager.getConnection("jdbc:mysql://{g.L('private_ip')}:3306/app", "ro", "{g.P('call_password', 'alnum')}");
    }}

    public String fromEnv() {{
        return System.getenv({g.L('env_lookup', '"DB_PASSWORD"')});
    }}
}}
"""
    return "java", f"src/main/java/com/{g.word()}/Database.java", out


def t_csharp(g):
    out = f"""using System.Data.SqlClient;

namespace {g.word().title()}.Data
{{
    public static class Db
    {{
        public const string ConnectionString =
            "Server={g.I('ipv4')};Database={g.word()};User Id=sa;Password={g.P('conn_string_password', 'plain')};TrustServerCertificate=True";

        public const string StorageConnection =
            "DefaultEndpointsProtocol=https;AccountName={g.word()}{g.num(10, 99)};AccountKey={g.K('azure_storage_key')};EndpointSuffix=core.windows.net";

        public static readonly string ApiKey = Environment.GetEnvironmentVariable({g.L('env_lookup', '"API_KEY"')});
        private const string Owner = "{g.E('comment_email')}";
    }}
}}
"""
    return "csharp", f"src/{g.word().title()}/Db.cs", out


def t_appsettings(g):
    out = "{\n" + f"""  "ConnectionStrings": {{
    "Default": "Host={g.I('ipv4')};Port=5432;Database={g.word()};Username={g.user()};Password={g.P('conn_string_password', 'plain')}",
    "Redis": "{g.L('private_ip')}:6379,password={g.P('conn_string_password', 'alnum')},ssl=False"
  }},
  "Smtp": {{
    "User": "{g.E('json_email')}",
    "{g.F('Password')}": "{g.P('json_password', 'words')}"
  }},
  "Jwt": {{
    "Key": "{g.K('generic_secret')}",
    "Issuer": "https://auth.{g.domain()}"
  }},
  "AllowedHosts": "*",
  "Version": "{g.L('version_string')}"
""" + "}\n"
    return "json", g.pick(["appsettings.json", "appsettings.Production.json"]), out


def t_php(g):
    out = f"""<?php
define( 'DB_NAME', '{g.word()}' );
define( 'DB_USER', '{g.user()}' );
define( 'DB_PASSWORD', '{g.P('php_password', 'plain')}' );
define( 'DB_HOST', '{g.I('ipv4')}' );

define( 'AUTH_KEY',         '{g.K('wp_salt').replace(chr(39), '')}' );
define( 'SECURE_AUTH_KEY',  '{g.K('wp_salt').replace(chr(39), '')}' );
define( 'NONCE_SALT',       '{g.K('wp_salt').replace(chr(39), '')}' );

$pdo = new PDO('mysql:host={g.L('private_ip')};dbname=shop', 'shop', '{g.P('call_password', 'alnum')}');
$mailer->Username = '{g.E('config_email')}';
$mailer->Password = "{g.P('assign_password', 'plain')}";
$apiKey = getenv({g.L('env_lookup', "'MAILGUN_KEY'")});
$mailgun = '{g.K('mailgun_key')}';
"""
    return "php", g.pick(["wp-config.php", "config/database.php", "public/config.php"]), out


def t_rails(g):
    out = f"""default: &default
  adapter: postgresql
  encoding: unicode
  pool: <%= ENV.fetch("RAILS_MAX_THREADS") {{ 5 }} %>

development:
  <<: *default
  database: {g.word()}_development
  host: {g.L('loopback_ip')}

production:
  <<: *default
  database: {g.word()}_production
  username: {g.user()}
  password: {g.P('yaml_password', 'plain')}
  host: {g.I('ipv4')}

staging:
  <<: *default
  password: <%= ENV[{g.L('env_lookup', '"STAGING_DB_PASSWORD"')}] %>
"""
    return "yaml", "config/database.yml", out


def t_ruby(g):
    out = f"""require "net/smtp"
require "aws-sdk-s3"

Aws.config.update(
  credentials: Aws::Credentials.new("{g.K('aws_access_key_id')}", "{g.K('aws_secret_access_key')}"),
  region: "eu-central-1"
)

Net::SMTP.start("smtp.{g.domain()}", 587, "localhost", "{g.E('login_email')}", "{g.P('call_password', 'plain')}", :login) do |smtp|
  smtp.send_message(body, "{g.E('config_email')}", "{g.L('example_email')}")
end

Rails.application.config.stripe_key = "{g.K('stripe_key')}"
ADMIN_PASSWORD = ENV.fetch({g.L('env_lookup', '"ADMIN_PASSWORD"')})
"""
    return "ruby", g.pick(["config/initializers/services.rb", "lib/tasks/mailer.rb"]), out


def t_shell(g):
    lines = ["#!/usr/bin/env bash", "set -euo pipefail", ""]
    u = g.user()
    opts = [
        lambda: f"export PGPASSWORD='{g.P('env_password', 'plain')}'\npsql -h {g.I('ipv4')} -U {u} -d {g.word()} -f schema.sql",
        lambda: f"mysqldump -h {g.L('private_ip')} -u root --password={g.P('cli_password', 'plain')} --all-databases > dump.sql",
        lambda: f"mysql -u{u} -p'{g.P('cli_password', 'plain')}' -h {g.I('ipv4')} app < seed.sql",
        lambda: f"curl -fsS -u {u}:{g.P('cli_password', 'url')} https://artifacts.{g.domain()}/api/upload -T build.tgz",
        lambda: f"curl -H \"Authorization: Bearer {g.K('jwt')}\" https://api.{g.domain()}/v1/me",
        lambda: f"export GITHUB_TOKEN={g.K('github_token')}",
        lambda: f"export AWS_ACCESS_KEY_ID={g.K('aws_access_key_id')}\nexport AWS_SECRET_ACCESS_KEY={g.K('aws_secret_access_key')}",
        lambda: f"docker login -u {u} -p {g.P('cli_password', 'alnum')} registry.{g.domain()}",
        lambda: f"sshpass -p \"{g.P('cli_password', 'plain')}\" rsync -az ./dist/ {u}@{g.I('ipv4')}:/var/www/",
        lambda: f"git clone https://{u}:{g.K('github_token')}@github.com/{g.word()}/{g.word()}.git",
        lambda: f"ssh -i ~/.ssh/deploy {u}@{g.I('ipv6')} 'systemctl restart app'",
        lambda: f"DB_PASS=\"${{DB_PASS:-{g.L('placeholder', 'changeme')}}}\"",
        lambda: f"redis-cli -h {g.L('private_ip')} -a '{g.P('cli_password', 'alnum')}' FLUSHALL",
        lambda: f"echo \"deploying {g.L('git_sha')}\"",
        lambda: f"htpasswd -b -c /etc/nginx/.htpasswd {u} '{g.P('cli_password', 'words')}'",
        lambda: f"openssl pkcs12 -export -in cert.pem -inkey key.pem -out bundle.p12 -passout pass:{g.P('cli_password', 'alnum')}",
        lambda: f"# owner: {g.E('comment_email')}",
        lambda: f"ping -c1 {g.L('doc_ip')} >/dev/null || true",
    ]
    g.r.shuffle(opts)
    lines += [o() for o in opts[: g.num(5, 8)]]
    return "shell", f"{g.pick(['scripts/', 'bin/', ''])}{g.pick(['deploy', 'backup', 'bootstrap', 'release', 'restore'])}.sh", "\n".join(lines) + "\n"


def t_powershell(g):
    out = f"""$ErrorActionPreference = "Stop"
$password = ConvertTo-SecureString "{g.P('cli_password', 'plain')}" -AsPlainText -Force
$cred = New-Object System.Management.Automation.PSCredential ("{g.user()}", $password)
Enter-PSSession -ComputerName {g.I('ipv4')} -Credential $cred

$headers = @{{ Authorization = "Bearer {g.K('bearer_token')}" }}
Invoke-RestMethod -Uri "https://api.{g.domain()}/deploy" -Headers $headers -Method Post

$env:AZURE_STORAGE_KEY = "{g.K('azure_storage_key')}"
$fromVault = $env:{g.L('env_lookup', 'DB_PASSWORD')}
Send-MailMessage -To "{g.E('config_email')}" -From "{g.L('example_email')}" -Subject "done"
"""
    return "powershell", f"scripts/{g.pick(['Deploy', 'Setup', 'Rotate'])}.ps1", out


def t_sql(g):
    out = f"""-- provisioning for {g.word()}
CREATE USER {g.user().replace('-', '_').replace('.', '_')} WITH PASSWORD '{g.P('sql_password', 'plain')}';
CREATE ROLE reporting LOGIN PASSWORD '{g.P('sql_password', 'alnum')}';
ALTER USER 'app'@'{g.L('private_ip')}' IDENTIFIED BY '{g.P('sql_password', 'plain')}';
GRANT SELECT ON shop.* TO 'ro'@'{g.L('private_ip')}';

INSERT INTO users (id, email, last_login_ip, created_at) VALUES
  ('{g.L('uuid')}', '{g.E('sql_email')}', '{g.I('ipv4')}', '{g.L('date')}'),
  ('{g.L('uuid')}', '{g.E('sql_email')}', '{g.I('ipv6')}', '{g.L('date')}'),
  ('{g.L('uuid')}', '{g.L('example_email')}', '{g.L('loopback_ip')}', '{g.L('date')}');

UPDATE settings SET value = '{g.K('generic_secret')}' WHERE name = 'webhook_secret';
"""
    return "sql", f"db/{g.pick(['seed', 'provision', 'migrations/0042_users'])}.sql", out


def t_nginx(g):
    auth = base64.b64encode(f"{g.user()}:{g.pw('alnum')}".encode()).decode()
    out = f"""upstream backend {{
    server {g.I('ipv4')}:8080 weight=3;
    server {g.L('private_ip')}:8080;
    server [{g.I('ipv6')}]:8080 backup;
}}

server {{
    listen 443 ssl;
    listen [::]:443 ssl;
    server_name {g.word()}.{g.domain()};
    ssl_certificate /etc/ssl/certs/site.pem;

    location /admin {{
        allow {g.I('ipv4')};
        allow {g.I('ipv4_cidr', '/24')};
        allow {g.L('private_ip')};
        deny all;
    }}

    location /legacy/ {{
        proxy_pass http://{g.L('private_ip')}:9000;
        proxy_set_header Authorization "Basic {g.K('basic_auth_b64', value=auth)}";
    }}
    set_real_ip_from {g.L('cgnat_ip')};
}}
"""
    return "nginx", f"nginx/{g.pick(['sites-available/app.conf', 'conf.d/default.conf'])}", out


def t_access_log(g):
    lines = []
    for _ in range(g.num(8, 14)):
        ts = f"{g.num(10, 28)}/Mar/2025:{g.num(0, 23):02d}:{g.num(0, 59):02d}:{g.num(0, 59):02d} +0000"
        who = g.pick(["pub", "pub", "pub6", "priv", "loop"])
        ip = {"pub": lambda: g.I('log_ipv4'), "pub6": lambda: g.I('log_ipv6'),
              "priv": lambda: g.L('private_ip'), "loop": lambda: g.L('loopback_ip')}[who]()
        path = g.pick(["/", "/login", "/api/v1/items?page=2", "/static/app.js", "/healthz", "/wp-login.php"])
        lines.append(f'{ip} - - [{ts}] "GET {path} HTTP/1.1" {g.pick(["200", "301", "404", "401"])} {g.num(90, 9000)} "-" "Mozilla/5.0"')
    return "text", f"logs/{g.pick(['access.log', 'nginx-access.log.1'])}", "\n".join(lines) + "\n"


def t_app_log(g):
    lines = []
    for _ in range(g.num(7, 12)):
        ts = f"{g.L('date')}T{g.num(0, 23):02d}:{g.num(0, 59):02d}:{g.num(0, 59):02d}.{g.num(0, 999):03d}Z"
        lines.append(g.pick([
            lambda: f"{ts} INFO  auth: login ok user={g.E('log_email')} ip={g.I('log_ipv4')} request_id={g.L('uuid')}",
            lambda: f"{ts} WARN  auth: failed login for {g.E('log_email')} from {g.I('log_ipv4')}",
            lambda: f"{ts} DEBUG db: connecting with password={g.P('log_password', 'plain')} host={g.L('private_ip')}",
            lambda: f"{ts} ERROR http: upstream {g.I('log_ipv6')} timed out trace_id={g.L('trace_id')}",
            lambda: f"{ts} INFO  worker: job {g.L('uuid')} done in {g.num(10, 900)}ms",
            lambda: f"{ts} DEBUG http: Authorization: Bearer {g.K('bearer_token')}",
            lambda: f"{ts} INFO  build: version {g.L('version_string')} commit {g.L('short_sha')}",
            lambda: f"{ts} INFO  mailer: sent reset link to {g.E('log_email')}",
        ])())
    return "text", f"logs/{g.pick(['app', 'server', 'worker'])}-{g.num(1, 28):02d}.log", "\n".join(lines) + "\n"


def t_readme(g):
    u = g.user()
    out = f"""# {g.word().title()} {g.word().title()}

Internal tool for syncing {g.word()} data.

## Quick start

```bash
git clone https://github.com/{g.word()}/{g.word()}.git
cp .env.example .env
```

The staging database lives at `{g.I('ipv4')}` (user `{u}`, password `{g.P('md_password', 'plain')}`).
Ask {g.E('docs_email')} for access to production.

Connect with:

```bash
psql "postgresql://{u}:{g.P('url_password', 'url')}@{g.host()}:5432/{g.word()}"
```

| service | user | password |
|---------|------|----------|
| grafana | admin | {g.P('md_password', 'alnum')} |
| rabbitmq | {g.user()} | {g.P('md_password', 'words')} |
| kibana | elastic | {g.L('placeholder', '<see vault>')} |

## Configuration

Set `API_KEY` to your own key (for example `{g.L('placeholder', 'sk_test_xxxxxxxxxxxxxxxx')}`); the CI key is
`{g.K(g.pick(['stripe_key', 'sendgrid_key', 'google_api_key', 'hf_token']))}`.
The service listens on `{g.L('unspecified_ip')}:8080` and calls the metadata endpoint at
`{g.L('link_local_ip', '169.254.169.254')}`. Report bugs to {g.L('example_email')}.
"""
    return "markdown", g.pick(["README.md", "docs/SETUP.md", "docs/onboarding.md"]), out


def t_rst(g):
    out = f"""Deployment notes
================

The build box is ``{g.I('ipv4')}``; log in as ``{g.user()}`` with password
``{g.P('docs_password', 'plain')}`` and run ``make release``.

.. code-block:: ini

   [database]
   host = {g.L('private_ip')}
   password = {g.P('config_password', 'alnum')}

Maintainer: {g.pick(FIRST).title()} {g.pick(LAST).title()} <{g.E('maintainer_email')}>

The example key ``{g.L('aws_example_key', AWS_EXAMPLE_ID)}`` from the AWS docs will not work.
"""
    return "restructuredtext", g.pick(["docs/deploy.rst", "DEPLOY.rst"]), out


def t_notebook(g):
    cells = [
        ["import openai\n", f"openai.api_key = \"{g.K('openai_key')}\"\n"],
        ["import pandas as pd\n", f"engine = create_engine(\"postgresql://{g.user()}:{g.P('url_password', 'url')}@{g.I('ipv4_url')}/warehouse\")\n"],
        [f"from huggingface_hub import login\n", f"login(token=\"{g.K('hf_token')}\")\n"],
        [f"df = pd.read_sql(\"select * from users where email = '{g.E('sql_email')}'\", engine)\n"],
        [f"# model revision {g.L('git_sha')}\n", f"run_id = \"{g.L('uuid')}\"\n"],
        [f"wandb_key = os.environ[{g.L('env_lookup', chr(39) + 'WANDB_API_KEY' + chr(39))}]\n"],
    ]
    g.r.shuffle(cells)
    nb = {"cells": [{"cell_type": "code", "execution_count": i + 1, "metadata": {}, "outputs": [], "source": c}
                    for i, c in enumerate(cells[: g.num(4, 6)])],
          "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"}},
          "nbformat": 4, "nbformat_minor": 5}
    # json.dumps would escape the mark characters; serialise by hand, keeping marks intact
    text = json.dumps(nb, indent=1, ensure_ascii=True)
    text = re.sub(r"\\u001e|\\u001f|\\u001d", lambda m: {"\\u001e": _O, "\\u001f": _M, "\\u001d": _C}[m.group(0)], text)
    return "json", f"notebooks/{g.pick(['explore', 'eval', 'report'])}_{g.num(1, 9)}.ipynb", text + "\n"


def t_netrc(g):
    if g.chance(0.5):
        out = f"""machine api.{g.domain()}
  login {g.user()}
  password {g.P('netrc_password', 'plain')}

machine {g.I('ipv4')} login backup password {g.P('netrc_password', 'alnum')}
machine github.com login {g.user()} password {g.K('github_token')}
"""
        return "text", g.pick([".netrc", "home/.netrc"]), out
    out = (f"https://{g.user()}:{g.K('github_token')}@github.com\n"
           f"https://oauth2:{g.K('gitlab_token')}@gitlab.{g.domain()}\n"
           f"https://{g.user()}:{g.P('url_password', 'url')}@bitbucket.org\n")
    return "text", ".git-credentials", out


def t_ssh(g):
    out = f"""Host bastion
    HostName {g.I('ipv4')}
    User {g.user()}
    IdentityFile ~/.ssh/id_ed25519

Host db-*
    ProxyJump bastion
    HostName {g.L('private_ip')}

Host v6box
    HostName {g.I('ipv6')}
"""
    if g.chance(0.5):
        return "text", ".ssh/config", out
    if g.chance(0.5):
        return "text", ".ssh/authorized_keys", "\n".join(
            f"{g.L('public_key')} {g.pick([g.E('comment_email'), g.L('example_email')])}" for _ in range(g.num(2, 4))) + "\n"
    return "text", g.pick([".ssh/id_rsa", "deploy_key", "keys/ci.pem"]), g.PEM('pem_private_key') + "\n"


def t_ansible(g):
    out = f"""[web]
web1 ansible_host={g.I('ipv4')} ansible_user={g.user()} ansible_password={g.P('config_password', 'plain')}
web2 ansible_host={g.I('ipv4')} ansible_user=deploy ansible_ssh_pass='{g.P('config_password', 'alnum')}'
web3 ansible_host={g.L('private_ip')}

[db]
db1 ansible_host={g.I('ipv6')} ansible_become_pass={g.P('config_password', 'plain')}

[all:vars]
ansible_python_interpreter=/usr/bin/python3
admin_email={g.E('config_email')}
vault_db_password={g.L('template_var', '{{ vault_db_password }}')}
"""
    return "ini", g.pick(["inventory/hosts.ini", "ansible/inventory", "hosts"]), out


def t_group_vars(g):
    out = f"""---
mysql_root_password: "{g.P('yaml_password', 'plain')}"
mysql_users:
  - name: app
    host: "{g.L('private_ip')}"
    password: {g.P('yaml_password', 'alnum')}
  - name: ro
    password: "{g.L('template_var', '{{ vault_ro_password }}')}"
ntp_servers:
  - {g.I('ipv4')}
  - {g.I('ipv4')}
letsencrypt_email: {g.E('config_email')}
api_token: "{g.K(g.pick(['digitalocean_token', 'generic_secret', 'databricks_token']))}"
"""
    return "yaml", f"group_vars/{g.pick(['all', 'prod', 'dbservers'])}.yml", out


def t_http(g):
    out = f"""### login
POST https://api.{g.domain()}/v1/auth/login
Content-Type: application/json

{{"email": "{g.E('json_email')}", "password": "{g.P('json_password', 'plain')}"}}

### me
GET https://api.{g.domain()}/v1/me
Authorization: Bearer {g.K('jwt')}

### local
GET http://{g.L('loopback_ip')}:8080/health
X-Request-Id: {g.L('uuid')}

### basic
GET http://{g.I('ipv4_url')}/status
Authorization: Basic {g.K('basic_auth_b64', value=base64.b64encode(f"{g.user()}:{g.pw('alnum')}".encode()).decode())}
"""
    return "http", f"requests/{g.pick(['api', 'auth', 'smoke'])}.http", out


def t_html(g):
    out = f"""<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>{g.word().title()} status</title>
  <link rel="stylesheet" href="https://cdn.jsdelivr.net/npm/bootstrap@5.3.3/dist/css/bootstrap.min.css"
        integrity="{g.L('sri_hash')}" crossorigin="anonymous">
  <script src="https://maps.googleapis.com/maps/api/js?key={g.K('google_api_key')}&callback=initMap" async></script>
</head>
<body>
  <form method="post" action="/login">
    <input type="email" name="email" placeholder="{g.L('example_email')}">
    <input type="password" name="{g.F('password')}" placeholder="{g.L('placeholder', '********')}">
    <input type="hidden" name="csrf_token" value="{g.L('nonce')}">
  </form>
  <p>Questions? <a href="mailto:{g.E('mailto_email')}">write to us</a>.</p>
  <!-- staging: {g.I('ipv4')} -->
  <script nonce="{g.L('nonce')}">window.SEGMENT_KEY = "{g.K('generic_secret')}";</script>
</body>
</html>
"""
    return "html", g.pick(["public/index.html", "templates/status.html"]), out


def t_lockfile(g):
    kind = g.pick(["npm", "poetry", "gosum", "req"])
    if kind == "npm":
        pk = {}
        lines = ['{', '  "name": "app",', '  "lockfileVersion": 3,', '  "packages": {']
        names = g.r.sample(["lodash", "react", "axios", "chalk", "debug", "ms", "semver", "yargs"], 5)
        for i, n in enumerate(names):
            lines.append(f'    "node_modules/{n}": {{')
            lines.append(f'      "version": "{g.num(1, 9)}.{g.num(0, 20)}.{g.num(0, 9)}",')
            lines.append(f'      "resolved": "https://registry.npmjs.org/{n}/-/{n}-1.0.0.tgz",')
            lines.append(f'      "integrity": "{g.L("sri_hash")}"')
            lines.append("    }" + ("," if i < 4 else ""))
        lines += ["  }", "}"]
        return "json", "package-lock.json", "\n".join(lines) + "\n"
    if kind == "poetry":
        out = []
        for n in g.r.sample(["certifi", "idna", "urllib3", "attrs", "six", "click"], 3):
            out.append(f'[[package]]\nname = "{n}"\nversion = "{g.num(1, 9)}.{g.num(0, 9)}.{g.num(0, 9)}"\nfiles = [\n'
                       f'    {{file = "{n}-py3-none-any.whl", hash = "sha256:{g.L("sha256")}"}},\n]\n')
        return "toml", "poetry.lock", "\n".join(out)
    if kind == "gosum":
        out = []
        for n in g.r.sample(["github.com/pkg/errors", "golang.org/x/sys", "github.com/google/uuid", "gopkg.in/yaml.v3"], 3):
            out.append(f"{n} v0.{g.num(1, 20)}.{g.num(0, 9)} h1:{g.L('sri_hash', g.s(43, B64) + '=')}")
        return "text", "go.sum", "\n".join(out) + "\n"
    out = "\n".join(f"{n}=={g.num(1, 9)}.{g.num(0, 9)}.{g.num(0, 9)} \\\n    --hash=sha256:{g.L('sha256')}"
                    for n in g.r.sample(["requests", "numpy", "idna", "pyyaml"], 3))
    return "text", "requirements.lock", out + "\n"


def t_changelog(g):
    out = ["# Changelog", ""]
    for _ in range(g.num(3, 5)):
        out.append(f"## {g.num(1, 4)}.{g.num(0, 20)}.{g.num(0, 9)} ({g.L('date')})")
        out.append(f"- Fix {g.word()} handling ({g.L('short_sha')}) — thanks {g.pick(FIRST).title()} <{g.E('changelog_email')}>")
        out.append(f"- Bump bundled schema to {g.L('version_string')}")
        out.append("")
    return "markdown", "CHANGELOG.md", "\n".join(out)


def t_gitlog(g):
    out = []
    for _ in range(g.num(3, 5)):
        out.append(f"commit {g.L('git_sha')}\nAuthor: {g.pick(FIRST).title()} {g.pick(LAST).title()} <{g.E('git_author_email')}>\n"
                   f"Date:   Tue Mar 4 1{g.num(0, 9)}:2{g.num(0, 9)}:00 2025 +0100\n\n    {g.word()}: tidy {g.word()} handling\n")
    return "text", g.pick(["git-log.txt", "docs/history.txt"]), "\n".join(out)


def t_chat_bots(g):
    out = f"""# bot settings
slack:
  bot_token: {g.K('slack_token')}
  signing_secret: {g.K('generic_secret', value=g.s(32, HEX))}
  webhook: https://hooks.slack.com/services/{g.K('slack_webhook')}
telegram:
  token: "{g.K('telegram_bot_token')}"
discord:
  token: {g.K('discord_bot_token')}
admins: [{g.E('config_email')}]
"""
    return "yaml", g.pick(["bot/config.yaml", "chatops.yml"]), out


def t_openapi(g):
    out = f"""openapi: 3.0.3
info:
  title: {g.word().title()} API
  version: {g.L('version_string')}
  contact:
    email: {g.E('config_email')}
servers:
  - url: https://{g.I('ipv4_url')}/v1
  - url: http://{g.L('loopback_ip')}:8000/v1
components:
  securitySchemes:
    apiKey:
      type: apiKey
      in: header
      name: X-API-Key
  schemas:
    Login:
      type: object
      properties:
        email: {{type: string, example: {g.L('example_email')}}}
        {g.F('password')}: {{type: string, format: password, example: {g.L('placeholder', 'hunter2')}}}
        {g.F('port')}: {{type: integer, example: 5432}}
"""
    return "yaml", g.pick(["openapi.yaml", "api/spec.yml"]), out


def t_csv(g):
    rows = ["id,email,signup_ip,plan,created"]
    for _ in range(g.num(5, 9)):
        e = g.pick([lambda: g.E('csv_email'), lambda: g.E('csv_email'), lambda: g.L('example_email')])()
        ip = g.pick([lambda: g.I('ipv4'), lambda: g.I('ipv4'), lambda: g.I('ipv6'), lambda: g.L('private_ip')])()
        rows.append(f"{g.num(1000, 99999)},{e},{ip},{g.pick(['free', 'pro', 'team'])},{g.L('date')}")
    return "csv", f"data/{g.pick(['users_export', 'signups', 'customers'])}.csv", "\n".join(rows) + "\n"


def t_prometheus(g):
    out = f"""global:
  scrape_interval: 30s
scrape_configs:
  - job_name: node
    static_configs:
      - targets: ['{g.L('private_ip')}:9100', '{g.I('ipv4')}:9100']
  - job_name: pushgateway
    basic_auth:
      username: {g.user()}
      password: {g.P('yaml_password', 'plain')}
    static_configs:
      - targets: ['{g.host()}:9091']
remote_write:
  - url: https://prometheus-prod.{g.domain()}/api/prom/push
    bearer_token: {g.K('bearer_token')}
alerting:
  alertmanagers:
    - static_configs:
        - targets: ['{g.L('loopback_ip')}:9093']
"""
    return "yaml", "prometheus.yml", out


def t_redis_mongo(g):
    if g.chance(0.5):
        out = f"""bind {g.L('loopback_ip')} {g.L('private_ip')}
protected-mode yes
port 6379
requirepass {g.P('config_password', 'alnum')}
masterauth {g.P('config_password', 'plain')}
replicaof {g.I('ipv4')} 6379
"""
        return "text", "redis.conf", out
    out = f"""net:
  port: 27017
  bindIp: {g.L('loopback_ip')},{g.L('private_ip')}
security:
  authorization: enabled
  keyFile: /etc/mongo/keyfile
replication:
  replSetName: rs0
# seed members: {g.I('ipv4')}, {g.I('ipv4')}
"""
    return "yaml", "mongod.conf", out


def t_vault_hcl(g):
    out = f"""storage "consul" {{
  address = "{g.L('loopback_ip')}:8500"
  token   = "{g.L('uuid')}"
}}

listener "tcp" {{
  address     = "{g.L('unspecified_ip')}:8200"
  tls_disable = 0
}}

api_addr = "https://{g.I('ipv4_url')}:8200"

seal "awskms" {{
  access_key = "{g.K('aws_access_key_id')}"
  secret_key = "{g.K('aws_secret_access_key')}"
}}
# root token for the lab cluster: {g.K('vault_token')}
"""
    return "hcl", "vault/config.hcl", out


def t_systemd(g):
    out = f"""[Unit]
Description={g.word().title()} worker
After=network-online.target

[Service]
User={g.user()}
Environment="DATABASE_URL=postgres://app:{g.P('url_password', 'url')}@{g.L('private_ip')}/app"
Environment="DATADOG_API_KEY={g.K('datadog_api_key')}"
Environment=LISTEN={g.L('unspecified_ip')}:9000
ExecStart=/usr/local/bin/worker --upstream {g.I('ipv4')} --admin-password={g.P('cli_password', 'plain')}
Restart=always

[Install]
WantedBy=multi-user.target
"""
    return "ini", f"systemd/{g.word()}-worker.service", out


def t_crontab(g):
    out = f"""MAILTO={g.E('config_email')}
SHELL=/bin/bash
# m h dom mon dow command
15 2 * * * mysqldump -u backup -p{g.P('cli_password', 'alnum')} --single-transaction shop | gzip > /backup/shop.sql.gz
*/5 * * * * curl -s https://{g.I('ipv4_url')}/ping?key={g.K('generic_secret')} >/dev/null
0 4 * * 0 /usr/local/bin/rotate --bucket s3://{g.word()}-logs --region eu-west-1
"""
    return "text", g.pick(["crontab", "etc/cron.d/backup"]), out


def t_postfix(g):
    out = f"""[smtp.{g.domain()}]:587 {g.E('login_email')}:{g.P('config_password', 'plain')}
[email-smtp.eu-west-1.amazonaws.com]:587 {g.K('aws_access_key_id')}:{g.K('generic_secret', 'smtp_credential', value=g.s(44, B64))}
"""
    return "text", "etc/postfix/sasl_passwd", out


def t_wireguard(g):
    out = f"""[Interface]
Address = {g.L('private_ip')}/24, {g.L('ula_ipv6')}/64
PrivateKey = {g.K('wireguard_private_key')}
ListenPort = 51820
DNS = {g.I('ipv4')}

[Peer]
PublicKey = {g.L('public_key', base64.b64encode(bytes(g.r.getrandbits(8) for _ in range(32))).decode())}
PresharedKey = {g.K('wireguard_private_key', 'wireguard_psk')}
Endpoint = {g.I('ipv4')}:51820
AllowedIPs = {g.L('unspecified_ip')}/0, ::/0
"""
    return "ini", g.pick(["wg0.conf", "etc/wireguard/wg0.conf"]), out


def t_pgpass(g):
    out = "\n".join(f"{g.pick([g.host(), g.ip4(), 'localhost'])}:5432:{g.word()}:{g.user()}:{g.P('pgpass_password', 'plain')}"
                    for _ in range(g.num(2, 4))) + "\n"
    # the host column may be a public address: label it
    out2, lines = [], out.split("\n")
    for ln in lines:
        host = ln.split(":", 1)[0]
        if re.fullmatch(r"\d+\.\d+\.\d+\.\d+", host):
            ln = _mark("IP_ADDRESS", "ipv4", host) + ln[len(host):]
        out2.append(ln)
    return "text", ".pgpass", "\n".join(out2)


def t_docker_config(g):
    out = "{\n" + f"""  "auths": {{
    "https://index.docker.io/v1/": {{
      "auth": "{g.K('basic_auth_b64', value=base64.b64encode(f"{g.user()}:{g.pw('alnum')}".encode()).decode())}"
    }},
    "ghcr.io": {{
      "auth": "{g.K('basic_auth_b64', value=base64.b64encode(f"{g.user()}:{g.key('github_token')}".encode()).decode())}"
    }},
    "{g.I('ipv4')}:5000": {{
      "username": "{g.user()}",
      "password": "{g.P('json_password', 'plain')}"
    }}
  }},
  "credsStore": "desktop",
  "currentContext": "default"
""" + "}\n"
    return "json", ".docker/config.json", out


def t_makefile(g):
    out = f"""REGISTRY ?= registry.{g.domain()}
VERSION := $(shell git describe --tags)

deploy:
\tdocker login -u ci -p {g.P('cli_password', 'alnum')} $(REGISTRY)
\tscp dist/*.whl deploy@{g.I('ipv4')}:/opt/wheels/
\ttwine upload -u __token__ -p {g.K('pypi_token')} dist/*

db-shell:
\tPGPASSWORD=$(DB_PASSWORD) psql -h {g.L('private_ip')} -U app

.PHONY: deploy db-shell
"""
    return "makefile", "Makefile", out


def t_conftest(g):
    out = f"""import pytest

TEST_USER = {{"email": "{g.L('example_email')}", "password": {g.L('placeholder', '"correct horse"')}}}
STAGING_ADMIN = {{"email": "{g.E('config_email')}", "password": "{g.P('dict_password', 'plain')}"}}


@pytest.fixture
def client():
    return Client(base_url="http://{g.L('loopback_ip')}:8000", token="{g.K(g.pick(['jwt', 'bearer_token']))}")


def test_version():
    assert parse("{g.L('version_string')}") > parse("1.0")


def test_oid():
    assert sig_alg.dotted_string == "{g.L('oid')}"
"""
    return "python", f"tests/{g.pick(['conftest', 'test_api', 'test_login'])}.py", out


def t_ini_app(g):
    out = f"""[server]
host = {g.L('unspecified_ip')}
port = 8080

[database]
host = {g.I('ipv4')}
user = {g.user()}
password = {g.P('config_password', 'plain')}

[ldap]
uri = ldaps://{g.I('ipv4')}:636
bind_dn = cn=svc,dc={g.word()},dc=com
bind_password = {g.P('config_password', 'words')}

[mail]
sender = {g.E('config_email')}
api_key = {g.K(g.pick(['mailgun_key', 'sendgrid_key', 'postman_key']))}
"""
    return "ini", g.pick(["config.ini", "settings.cfg", "app.conf"]), out


def t_toml_app(g):
    out = f"""[app]
name = "{g.word()}"
version = "{g.L('version_string')}"

[database]
url = "postgresql://{g.user()}:{g.P('url_password', 'url')}@{g.I('ipv4_url')}:5432/{g.word()}"
pool_size = 10

[secrets]
signing_key = "{g.K('generic_secret')}"
age_recipient_key = "{g.K('age_secret_key')}"

[owner]
email = "{g.E('config_email')}"
"""
    return "toml", g.pick(["config.toml", "settings.toml", "app/config.toml"]), out


def t_cloud_init(g):
    out = f"""#cloud-config
users:
  - name: {g.user()}
    ssh_authorized_keys:
      - {g.L('public_key')}
chpasswd:
  list: |
    root:{g.P('config_password', 'plain')}
  expire: false
write_files:
  - path: /etc/app/env
    content: |
      API_TOKEN={g.K(g.pick(['github_token', 'gitlab_token', 'newrelic_key']))}
      UPSTREAM={g.I('ipv4')}
runcmd:
  - [ sh, -c, "echo nameserver {g.L('private_ip')} >> /etc/resolv.conf" ]
"""
    return "yaml", g.pick(["cloud-init.yaml", "user-data"]), out


def t_kafka_jaas(g):
    out = f"""KafkaClient {{
  org.apache.kafka.common.security.plain.PlainLoginModule required
  username="{g.user()}"
  password="{g.P('config_password', 'plain')}";
}};
"""
    if g.chance(0.5):
        out = f"""bootstrap.servers={g.I('ipv4')}:9092,{g.L('private_ip')}:9092
security.protocol=SASL_SSL
sasl.mechanism=PLAIN
sasl.jaas.config=org.apache.kafka.common.security.plain.PlainLoginModule required username="{g.user()}" password="{g.P('config_password', 'alnum')}";
ssl.truststore.password={g.P('config_password', 'plain')}
"""
        return "properties", "client.properties", out
    return "text", "kafka_client_jaas.conf", out


def t_sentry_datadog(g):
    out = f"""# monitoring.yaml
datadog:
  api_key: {g.K('datadog_api_key')}
  site: datadoghq.eu
sentry:
  auth_token: {g.K('sentry_auth_token')}
newrelic:
  api_key: {g.K('newrelic_key')}
hosts:
  - {g.I('ipv4')}
  - {g.L('private_ip')}
trace_sample: {g.L('trace_id')}
"""
    return "yaml", "monitoring.yaml", out


def t_etc_hosts(g):
    out = f"""{g.L('loopback_ip', '127.0.0.1')}\tlocalhost
{g.L('loopback_ipv6')}\tlocalhost ip6-localhost
{g.I('ipv4')}\tapi.{g.domain()}
{g.I('ipv6')}\tmirror.{g.domain()}
{g.L('private_ip')}\tnas.lan
{g.L('doc_ip')}\tdocs-sample.internal
"""
    return "text", g.pick(["etc/hosts", "hosts.txt"]), out


def t_netplan(g):
    out = f"""network:
  version: 2
  ethernets:
    eth0:
      addresses:
        - {g.I('ipv4_cidr', '/24')}
        - "{g.I('ipv6_cidr', '/64')}"
      gateway4: {g.I('ipv4')}
      nameservers:
        addresses: [{g.L('private_ip')}, {g.I('ipv4')}]
      macaddress: {g.L('mac_address')}
    eth1:
      addresses: [{g.L('private_ip')}/16]
      netmask: {g.L('netmask')}
"""
    return "yaml", "etc/netplan/01-netcfg.yaml", out


def t_diff(g):
    out = f"""diff --git a/config/settings.py b/config/settings.py
index {g.L('short_sha')}..{g.L('short_sha')} 100644
--- a/config/settings.py
+++ b/config/settings.py
@@ -10,7 +10,7 @@ DATABASES = {{
         'HOST': '{g.L('private_ip')}',
-        'PASSWORD': os.environ['DB_PASSWORD'],
+        'PASSWORD': '{g.P('dict_password', 'plain')}',
     }}
 }}
-API_KEY = os.environ.get('API_KEY')
+API_KEY = '{g.K(g.pick(['stripe_key', 'openai_key', 'github_token']))}'
+ALLOWED_HOSTS = ['{g.I('ipv4')}']
"""
    return "diff", f"patches/{g.num(1, 40):04d}-hotfix.patch", out


def t_json_config(g):
    out = "{\n" + f"""  "name": "{g.word()}-worker",
  "database": {{
    "host": "{g.I('ipv4')}",
    "user": "{g.user()}",
    "password": "{g.P('json_password', 'plain')}"
  }},
  "queue": {{
    "url": "amqps://{g.user()}:{g.P('url_password', 'url')}@{g.host()}/vhost"
  }},
  "github": {{ "token": "{g.K('github_token')}" }},
  "notify": ["{g.E('json_email')}", "{g.L('example_email')}"],
  "buildId": "{g.L('uuid')}",
  "etag": "{g.L('etag', g.s(32, HEX))}"
""" + "}\n"
    return "json", g.pick(["config.json", "worker/config.json", "settings.local.json"]), out


def t_maven(g):
    out = f"""<?xml version="1.0" encoding="UTF-8"?>
<settings xmlns="http://maven.apache.org/SETTINGS/1.0.0">
  <servers>
    <server>
      <id>nexus-releases</id>
      <username>{g.user()}</username>
      <password>{g.P('xml_password', 'plain')}</password>
    </server>
    <server>
      <id>github</id>
      <username>{g.user()}</username>
      <password>{g.K('github_token')}</password>
    </server>
    <server>
      <id>vault-managed</id>
      <password>{g.L('placeholder', '${{env.NEXUS_PASSWORD}}')}</password>
    </server>
  </servers>
  <mirrors>
    <mirror>
      <id>internal</id>
      <url>http://{g.L('private_ip')}:8081/repository/maven-public/</url>
      <mirrorOf>*</mirrorOf>
    </mirror>
  </mirrors>
</settings>
"""
    return "xml", g.pick([".m2/settings.xml", "ci/maven-settings.xml"]), out


def t_gradle(g):
    out = f"""org.gradle.jvmargs=-Xmx2g
version={g.L('version_string')}
signing.keyId={g.s(8, HEX.upper())}
signing.password={g.P('config_password', 'plain')}
ossrhUsername={g.user()}
ossrhPassword={g.P('config_password', 'alnum')}
sonatypeToken={g.K('generic_secret')}
systemProp.http.proxyHost={g.I('ipv4')}
systemProp.http.proxyPassword={g.P('config_password', 'url')}
"""
    return "properties", g.pick(["gradle.properties", "android/gradle.properties"]), out


def t_cli_cheatsheet(g):
    u = g.user()
    cmds = [
        lambda: f"kubectl create secret generic db-creds --from-literal=username={u} --from-literal=password={g.P('cli_password', 'plain')}",
        lambda: f"az login --service-principal -u {g.L('uuid')} -p {g.P('cli_password', 'alnum')} --tenant {g.L('uuid')}",
        lambda: f"mongosh \"mongodb://{u}:{g.P('url_password', 'url')}@{g.I('ipv4_url')}:27017/admin\"",
        lambda: f"sqlcmd -S {g.I('ipv4')},1433 -U sa -P '{g.P('cli_password', 'plain')}' -Q \"SELECT @@VERSION\"",
        lambda: f"ldapsearch -x -H ldap://{g.I('ipv4')} -D \"cn=admin,dc={g.word()},dc=org\" -w {g.P('cli_password', 'alnum')} -b dc={g.word()}",
        lambda: f"smbclient //{g.I('ipv4')}/share -U {u}%{g.P('cli_password', 'alnum')}",
        lambda: f"wget --user={u} --password='{g.P('cli_password', 'plain')}' https://files.{g.domain()}/dump.tar.gz",
        lambda: f"helm upgrade --install app ./chart --set db.password={g.P('cli_password', 'alnum')} --set image.tag={g.L('short_sha')}",
        lambda: f"psql \"host={g.I('ipv4')} dbname=app user={u} password={g.P('conn_string_password', 'url')} sslmode=require\"",
        lambda: f"vault login {g.K('vault_token')}",
        lambda: f"gh auth login --with-token <<< {g.K('github_token')}",
        lambda: f"huggingface-cli login --token {g.K('hf_token')}",
        lambda: f"docker run -e POSTGRES_PASSWORD={g.P('cli_password', 'alnum')} -p {g.L('loopback_ip')}:5432:5432 postgres:16",
        lambda: f"curl https://api.stripe.com/v1/charges -u {g.K('stripe_key')}:",
        lambda: f"ssh -L 5432:{g.L('private_ip')}:5432 {u}@{g.I('ipv4')}",
        lambda: f"export DB_PASSWORD=$(vault kv get -field=password secret/db)",
        lambda: f"ftp://{u}:{g.P('url_password', 'url')}@{g.I('ipv4_url')}/incoming/",
    ]
    g.r.shuffle(cmds)
    body = "\n".join(f"    {c()}" for c in cmds[: g.num(5, 8)])
    out = f"""# Ops cheat sheet

Commands we keep needing. Real values, do not paste outside the team.

```bash
{body}
```
"""
    return "markdown", g.pick(["docs/cheatsheet.md", "ops/NOTES.md", "RUNBOOK.md"]), out


def t_chat(g):
    lines = []
    for _ in range(g.num(5, 8)):
        who = f"{g.pick(FIRST)}"
        lines.append(f"[{g.num(8, 18):02d}:{g.num(0, 59):02d}] <{who}> " + g.pick([
            lambda: f"new pw for the staging db is {g.P('chat_password', 'plain')}",
            lambda: f"creds for the grafana box: admin / {g.P('chat_password', 'alnum')}",
            lambda: f"can you whitelist {g.I('ipv4')}? that's the office egress",
            lambda: f"ping {g.E('chat_email')} about the invoice export",
            lambda: f"the token is {g.K(g.pick(['github_token', 'slack_token', 'openai_key', 'anthropic_key']))} - rotate it after the demo",
            lambda: f"password changed to {g.P('chat_password', 'words')}, same user",
            lambda: f"it's on {g.L('private_ip')} behind the vpn",
            lambda: f"build {g.L('short_sha')} is green, deploying",
            lambda: f"use {g.L('example_email')} for the test signup",
            lambda: f"v6 address of the new lb: {g.I('ipv6')}",
        ])())
    return "text", f"chat/{g.pick(['ops', 'incident', 'deploys'])}-{g.L('date')}.txt", "\n".join(lines) + "\n"


def t_ticket(g):
    out = f"""Subject: Access request for {g.word()} reporting
From: {g.pick(FIRST).title()} {g.pick(LAST).title()} <{g.E('header_email')}>
To: {g.E('header_email')}
Cc: {g.L('example_email')}
X-Request-Id: {g.L('uuid')}

Hi,

as discussed, the account is ready:

  host:     {g.I('ipv4')}
  user:     {g.user()}
  password: {g.P('docs_password', 'plain')}

The temporary password must be changed at first login. The API key for the
export endpoint is {g.K(g.pick(['sendgrid_key', 'datadog_api_key', 'postman_key', 'stripe_key']))}.

Thanks,
{g.pick(FIRST).title()}
"""
    return "text", g.pick(["mail/access-request.eml", "tickets/OPS-%d.txt" % g.num(100, 9999)], ), out


def t_perl(g):
    out = f"""#!/usr/bin/perl
use strict;
use warnings;
use DBI;

my $dbh = DBI->connect("DBI:mysql:database={g.word()};host={g.I('ipv4')}", "{g.user()}", "{g.P('call_password', 'alnum')}")
    or die $DBI::errstr;
my $api_key = '{g.K('generic_secret')}';
my $admin = '{g.E('config_email')}';
my $from_env = $ENV{{{g.L('env_lookup', 'DB_PASS')}}};
"""
    return "perl", f"bin/{g.pick(['report', 'cleanup', 'import'])}.pl", out


def t_elixir(g):
    out = f"""import Config

config :app, App.Repo,
  username: "{g.user()}",
  password: "{g.P('kwarg_password', 'plain')}",
  hostname: "{g.I('ipv4')}",
  database: "{g.word()}_prod",
  pool_size: 10

config :app, AppWeb.Endpoint,
  secret_key_base: "{g.s(64, ALNUM + '/+')}"

config :app, :mailer, api_key: System.get_env({g.L('env_lookup', '"MAILER_KEY"')})
"""
    m = re.search(r'secret_key_base: "([^"]+)"', out)
    out = out[: m.start(1)] + _mark("KEY", "generic_secret", m.group(1)) + out[m.end(1):]
    return "elixir", "config/prod.exs", out


def t_go_struct(g):
    out = f"""package config

var Default = Config{{
\tDB: DBConfig{{
\t\tHost:     "{g.L('private_ip')}",
\t\tPort:     5432,
\t\tUser:     "{g.user()}",
\t\tPassword: "{g.P('struct_password', 'plain')}",
\t}},
\tSMTP: SMTPConfig{{
\t\tHost:     "smtp.{g.domain()}",
\t\tUsername: "{g.E('config_email')}",
\t\tPassword: "{g.P('struct_password', 'words')}",
\t}},
\tSlackToken: "{g.K('slack_token')}",
\tPublicIP:   "{g.I('ipv4')}",
\tProbeAddr:  "[{g.L('loopback_ipv6')}]:9090",
}}
"""
    return "go", "internal/config/defaults.go", out


def t_kotlin(g):
    out = f"""package com.{g.word()}.app

object Secrets {{
    const val MAPS_API_KEY = "{g.K('google_api_key')}"
    const val BACKEND = "https://{g.I('ipv4_url')}:8443/api"
    val credentials = NetworkCredential("{g.user()}", "{g.P('call_password', 'plain')}")
    val passwordHint = R.string.{g.F('password')}_hint
}}
"""
    return "kotlin", f"app/src/main/java/com/{g.word()}/Secrets.kt", out


def t_ansible_vault(g):
    blob = "\n".join("          " + g.s(80, HEX[:10]) for _ in range(4))
    out = f"""---
- hosts: db
  become: true
  vars:
    pg_password: !vault |
          $ANSIBLE_VAULT;1.1;AES256
{blob}
    pg_admin_email: {g.E('config_email')}
    replication_password: "{g.P('yaml_password', 'plain')}"
  tasks:
    - name: create user
      postgresql_user:
        name: app
        password: "{g.L('template_var', '{{ pg_password }}')}"
        login_host: {g.L('loopback_ip')}
"""
    return "yaml", g.pick(["playbooks/db.yml", "site.yml"]), out


def t_ua_log(g):
    lines = []
    for _ in range(g.num(6, 10)):
        ua = g.pick([
            lambda: f"Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/{g.L('version_string', f'{g.num(110, 131)}.0.{g.num(5000, 6999)}.{g.num(10, 250)}')} Safari/537.36",
            lambda: f"python-requests/2.{g.num(20, 32)}.0",
            lambda: f"Mozilla/5.0 (X11; Linux x86_64; rv:{g.num(100, 130)}.0) Gecko/20100101 Firefox/{g.num(100, 130)}.0"])()
        ip = g.pick([lambda: g.I('log_ipv4'), lambda: g.I('log_ipv6'), lambda: g.L('private_ip'), lambda: g.L('cgnat_ip')])()
        lines.append(json.dumps({"ts": "T", "remote_addr": "R", "status": g.pick([200, 302, 404]), "ua": "U"})
                     .replace('"T"', f'"{g.L("date")}T{g.num(0, 23):02d}:{g.num(10, 59)}:{g.num(10, 59)}Z"')
                     .replace('"R"', f'"{ip}"').replace('"U"', f'"{ua}"'))
    return "json", f"logs/{g.pick(['edge', 'lb', 'cdn'])}.jsonl", "\n".join(lines) + "\n"


def t_odbc(g):
    out = f"""[ODBC Data Sources]
warehouse = ODBC Driver 18 for SQL Server

[warehouse]
Driver = ODBC Driver 18 for SQL Server
Server = tcp:{g.I('ipv4')},1433
UID = {g.user()}
PWD = {g.P('config_password', 'plain')}

[legacy]
Driver = PostgreSQL Unicode
Servername = {g.L('private_ip')}
Username = report
Password = {g.P('config_password', 'alnum')}
"""
    return "ini", g.pick(["odbc.ini", "etc/odbc.ini"]), out


def t_js_calls(g):
    out = f"""const {{ Sequelize }} = require("sequelize");
const nodemailer = require("nodemailer");

const sequelize = new Sequelize("{g.word()}", "{g.user()}", "{g.P('call_password', 'plain')}", {{
  host: "{g.I('ipv4')}",
  dialect: "mysql",
}});

const transport = nodemailer.createTransport({{
  host: "smtp.{g.domain()}",
  auth: {{ user: "{g.E('login_email')}", pass: "{g.P('dict_password', 'alnum')}" }},
}});

const password = process.env.{g.L('env_lookup', 'APP_PASSWORD')} ?? {g.L('placeholder', '""')};
axios.defaults.headers.common["X-Api-Key"] = "{g.K(g.pick(['generic_secret', 'datadog_api_key', 'newrelic_key']))}";
"""
    return "javascript", g.pick(["src/db.js", "server/mail.js"]), out


SYNTHETIC = [
    (t_dotenv, "env", 6), (t_env_example, "env-example", 4), (t_compose, "compose", 5), (t_k8s_secret, "k8s", 4),
    (t_kubeconfig, "kubeconfig", 3), (t_terraform, "terraform", 5), (t_helm, "helm-values", 3),
    (t_gh_actions, "github-actions", 4), (t_gitlab_ci, "gitlab-ci", 3), (t_jenkins, "jenkinsfile", 3),
    (t_dockerfile, "dockerfile", 3), (t_spring_props, "properties", 3), (t_spring_yaml, "spring-yaml", 3),
    (t_npmrc, "npmrc", 3), (t_pypirc, "pypirc", 3), (t_aws_credentials, "aws-credentials", 3),
    (t_gcp_sa, "gcp-service-account", 3), (t_django, "django-settings", 3), (t_flask, "flask-config", 3),
    (t_py_script, "python-script", 6), (t_js_config, "js-config", 3), (t_ts, "typescript", 3), (t_go, "go", 3),
    (t_rust, "rust", 3), (t_java, "java", 3), (t_csharp, "csharp", 3), (t_appsettings, "appsettings", 3),
    (t_php, "php", 3), (t_rails, "rails-database", 3), (t_ruby, "ruby", 3), (t_shell, "shell", 6),
    (t_powershell, "powershell", 3), (t_sql, "sql", 3), (t_nginx, "nginx", 3), (t_access_log, "access-log", 3),
    (t_app_log, "app-log", 4), (t_readme, "readme", 4), (t_rst, "rst", 3), (t_notebook, "notebook", 3),
    (t_netrc, "netrc", 3), (t_ssh, "ssh", 3), (t_ansible, "inventory", 3), (t_group_vars, "group-vars", 3),
    (t_http, "http", 3), (t_html, "html", 3), (t_lockfile, "lockfile", 4), (t_changelog, "changelog", 3),
    (t_gitlog, "git-log", 3), (t_chat_bots, "chatops", 3), (t_openapi, "openapi", 3), (t_csv, "csv", 2),
    (t_prometheus, "prometheus", 2), (t_redis_mongo, "redis-mongo", 3), (t_vault_hcl, "vault", 2),
    (t_systemd, "systemd", 3), (t_crontab, "crontab", 2), (t_postfix, "postfix", 2), (t_wireguard, "wireguard", 2),
    (t_pgpass, "pgpass", 2), (t_docker_config, "docker-config", 2), (t_makefile, "makefile", 2),
    (t_conftest, "pytest", 2), (t_ini_app, "ini", 3), (t_toml_app, "toml", 2), (t_cloud_init, "cloud-init", 2),
    (t_kafka_jaas, "kafka", 2), (t_sentry_datadog, "monitoring", 2), (t_etc_hosts, "hosts", 2),
    (t_netplan, "netplan", 2), (t_diff, "patch", 2), (t_json_config, "json-config", 3),
    (t_maven, "maven-settings", 2), (t_gradle, "gradle", 2), (t_cli_cheatsheet, "cheatsheet", 3), (t_chat, "chat", 3),
    (t_ticket, "email-ticket", 3), (t_perl, "perl", 2), (t_elixir, "elixir", 2), (t_go_struct, "go-struct", 2),
    (t_kotlin, "kotlin", 2), (t_ansible_vault, "playbook", 2), (t_ua_log, "jsonl-log", 2), (t_odbc, "odbc", 2),
    (t_js_calls, "js-calls", 2),
]


# ---------------------------------------------------------------------------------------------
# documents whose path carries a value
# ---------------------------------------------------------------------------------------------
def p_email_export(g):
    return "csv", f"exports/{g.E('path_email')}/contacts.csv", f"name,phone\n{g.pick(FIRST).title()},+1 555 0100\n"


def p_ip_logs(g):
    return "text", f"logs/hosts/{g.I('path_ipv4')}/syslog.log", \
        f"Mar  3 10:01:22 web sshd[{g.num(1000, 9999)}]: Accepted publickey for deploy from {g.I('log_ipv4')} port 51515\n"


def p_aws_keyfile(g):
    kid = g.key("aws_access_key_id")
    return "csv", f"keys/{g.K('aws_access_key_id', value=kid)}_accessKeys.csv", \
        f"Access key ID,Secret access key\n{g.K('aws_access_key_id', value=kid)},{g.K('aws_secret_access_key')}\n"


def p_token_file(g):
    return "text", f"secrets/{g.K('github_token')}.txt", "rotated; keep for audit\n"


def p_user_settings(g):
    return "json", f"users/{g.E('path_email')}/settings.json", '{\n  "theme": "dark",\n  "password": ' \
        + f'"{g.P("json_password", "plain")}"' + "\n}\n"


def p_backup(g):
    return "sql", f"backups/{g.I('path_ipv4')}_{g.L('date')}.sql", \
        f"-- dump from shop\nCREATE USER backup WITH PASSWORD '{g.P('sql_password', 'alnum')}';\n"


def p_version_notes(g):
    return "markdown", f"releases/{g.L('version_string')}/NOTES.md", f"# Release\n\nBuilt from {g.L('git_sha')}.\n"


def p_cache_blob(g):
    return "json", f"cache/sha256/{g.L('sha256')}.json", '{"size": 1024}\n'


def p_private_host(g):
    return "yaml", f"host_vars/{g.L('private_ip')}.yml", f"ansible_user: deploy\nansible_password: {g.P('yaml_password', 'plain')}\n"


def p_session(g):
    return "json", f"sessions/{g.L('uuid')}.json", '{"user": ' + f'"{g.L("example_email")}"' + "}\n"


def p_fixture_email(g):
    return "json", f"fixtures/{g.L('example_email')}/profile.json", '{"plan": "pro"}\n'


def p_ipv6_host(g):
    return "ini", f"inventory/{g.I('path_ipv6')}.ini", f"[host]\nuser = root\npassword = {g.P('config_password', 'plain')}\n"


PATHDOCS = [(p_email_export, 2), (p_ip_logs, 2), (p_aws_keyfile, 1), (p_token_file, 1), (p_user_settings, 1),
            (p_backup, 1), (p_version_notes, 1), (p_cache_blob, 1), (p_private_host, 1), (p_session, 1),
            (p_fixture_email, 1), (p_ipv6_host, 1)]


# ---------------------------------------------------------------------------------------------
# real files: verbatim copies, some with planted snippets at top-level boundaries
# ---------------------------------------------------------------------------------------------
STDLIB = "python"  # package name used for the standard library
REAL = [  # (package, path inside site-packages or the stdlib, lang)
    ("pytest", "_pytest/stash.py", "python"), ("pytest", "_pytest/scope.py", "python"),
    ("aiohttp", "aiohttp/worker.py", "python"), ("aiohttp", "aiohttp/resolver.py", "python"),
    ("anyio", "anyio/streams/text.py", "python"), ("anyio", "anyio/streams/buffered.py", "python"),
    ("catalogue", "catalogue/__init__.py", "python"), ("cloudpathlib", "cloudpathlib/client.py", "python"),
    ("confection", "confection/_errors.py", "python"), ("python-dateutil", "dateutil/easter.py", "python"),
    ("python-dateutil", "dateutil/tz/_common.py", "python"), ("distlib", "distlib/manifest.py", "python"),
    ("einops", "einops/packing.py", "python"), ("fire", "fire/decorators.py", "python"),
    ("fire", "fire/value_types.py", "python"), ("fsspec", "fsspec/implementations/dirfs.py", "python"),
    ("fsspec", "fsspec/implementations/cache_metadata.py", "python"), ("h11", "h11/_writers.py", "python"),
    ("h11", "h11/_headers.py", "python"), ("httpx", "httpx/_api.py", "python"),
    ("httpx", "httpx/_exceptions.py", "python"), ("iniconfig", "iniconfig/__init__.py", "python"),
    ("jsonschema", "jsonschema/protocols.py", "python"), ("jsonschema", "jsonschema/_types.py", "python"),
    ("markupsafe", "markupsafe/__init__.py", "python"), ("mdurl", "mdurl/_decode.py", "python"),
    ("msgpack", "msgpack/ext.py", "python"), ("multidict", "multidict/_abc.py", "python"),
    ("networkx", "networkx/algorithms/flow/dinitz_alg.py", "python"),
    ("networkx", "networkx/algorithms/flow/preflowpush.py", "python"),
    ("platformdirs", "platformdirs/_paths.py", "python"), ("pluggy", "pluggy/_result.py", "python"),
    ("pluggy", "pluggy/_execution.py", "python"), ("prometheus_client", "prometheus_client/metrics_core.py", "python"),
    ("prometheus_client", "prometheus_client/bridge/graphite.py", "python"), ("psutil", "psutil/_ntuples.py", "python"),
    ("pydantic", "pydantic/deprecated/parse.py", "python"), ("referencing", "referencing/retrieval.py", "python"),
    ("shellingham", "shellingham/posix/proc.py", "python"), ("termcolor", "termcolor/__main__.py", "python"),
    ("wasabi", "wasabi/tables.py", "python"), ("weasel", "weasel/util/git.py", "python"),
    ("wheel", "wheel/_metadata.py", "python"), ("yarl", "yarl/_quoting_py.py", "python"),
    (STDLIB, "hmac.py", "python"), (STDLIB, "graphlib.py", "python"), (STDLIB, "colorsys.py", "python"),
    (STDLIB, "fnmatch.py", "python"), (STDLIB, "sched.py", "python"), (STDLIB, "getpass.py", "python"),
    (STDLIB, "netrc.py", "python"), (STDLIB, "secrets.py", "python"), (STDLIB, "zipapp.py", "python"),
    (STDLIB, "wsgiref/simple_server.py", "python"),
    (STDLIB, "idlelib/config-main.def", "ini"), (STDLIB, "idlelib/config-extensions.def", "ini"),
    (STDLIB, "venv/scripts/common/activate", "shell"), (STDLIB, "venv/scripts/common/Activate.ps1", "powershell"),
    (STDLIB, "pydoc_data/_pydoc.css", "css"), (STDLIB, "email/architecture.rst", "restructuredtext"),
    ("playwright", "playwright/driver/package/browsers.json", "json"),
    ("playwright", "playwright/driver/package/lib/tools/cli-client/minimist.js", "javascript"),
    ("playwright", "playwright/driver/package/lib/tools/skills/playwright-cli/references/storage-state.md", "markdown"),
    ("playwright", "playwright/driver/package/lib/tools/skills/playwright-cli/references/tracing.md", "markdown"),
    ("playwright", "playwright/driver/package/lib/tools/skills/playwright-cli/references/session-management.md", "markdown"),
    ("playwright", "playwright/driver/package/bin/reinstall_chrome_stable_linux.sh", "shell"),
    ("playwright", "playwright/driver/package/lib/vite/recorder/index.html", "html"),
    ("datasets", "datasets/utils/resources/readme_structure.yaml", "yaml"),
    ("torchgen", "torchgen/packaged/ATen/native/tags.yaml", "yaml"),
    ("torchgen", "torchgen/packaged/autograd/deprecated.yaml", "yaml"),
    ("pandas", "pandas/io/formats/templates/html_table.tpl", "jinja"),
    ("liger_kernel", "liger_kernel/chunked_loss/README.md", "markdown"),
    ("numba", "numba/core/annotations/template.html", "html"),
]
DIST_NAME = {"pytest": "pytest", "python-dateutil": "python_dateutil", "torchgen": "torch",
             "liger_kernel": "liger_kernel"}


def _src_path(pkg, rel):
    return SOURCES / pkg / rel


def _line_starts(text):
    out, i = [0], 0
    while True:
        i = text.find("\n", i)
        if i < 0 or i + 1 >= len(text):
            return out
        out.append(i + 1)
        i += 1


def insertion_points(text, lang):
    """Offsets (line starts, or the end) between top-level units of the file."""
    lines = text.splitlines(keepends=True)
    starts = _line_starts(text)
    pts = []
    if lang == "python":
        tree = ast.parse(text)
        body = tree.body
        for a, b in zip(body, body[1:] + [None]):
            if b is not None and b.lineno <= a.end_lineno:
                continue
            # after the statement and any blank lines that follow it; before comments/decorators of b
            ln = a.end_lineno  # 1-based; next line index = ln
            if ln < len(starts) and (b is None or ln < b.lineno - 1 or ln == b.lineno - 1):
                if b is not None and getattr(b, "decorator_list", None):
                    first = min(d.lineno for d in b.decorator_list)
                    if first - 1 < ln:
                        continue
                pts.append(starts[ln])
    elif lang == "yaml":
        if not any(l.startswith("- ") for l in lines):
            pts = [starts[i] for i, l in enumerate(lines) if i > 0 and re.match(r"[A-Za-z_][\w.-]*:(\s|$)", l)]
        else:
            pts = [starts[i] for i, l in enumerate(lines) if i > 0 and l.startswith("- ")]
    elif lang == "json":
        m = re.match(r"\{\n", text)
        if m:
            pts = [m.end()]
    elif lang == "markdown":
        fence = False
        for i, l in enumerate(lines):
            if l.startswith("```"):
                fence = not fence
            elif not fence and i > 0 and re.match(r"#{1,2} ", l) and lines[i - 1].strip() == "":
                pts.append(starts[i])
    elif lang == "ini":
        pts = [starts[i] for i, l in enumerate(lines) if i > 0 and l.startswith("[")]
    elif lang == "css":
        pts = [starts[i + 1] for i, l in enumerate(lines[:-1]) if l.rstrip("\n") == "}"]
    if text.endswith("\n") and lang != "json":
        pts.append(len(text))
    return sorted(set(pts))


def _fresh(g, opts, used, k):
    """k options not used before in this document (by position in the list)."""
    idx = [i for i in range(len(opts)) if (len(opts), i) not in used]
    pick = g.r.sample(idx, min(k, len(idx)))
    used.update((len(opts), i) for i in pick)
    return [opts[i] for i in pick]


def real_snippet(g, lang, at_end, text, pos, used):
    """A snippet in the file's own language, whole lines, ending with a newline."""
    u = g.user()
    if lang == "python":
        opts = [
            lambda: f'DEPLOY_PASSWORD = "{g.P("assign_password", "plain")}"\n',
            lambda: f"_DEFAULT_TOKEN = '{g.K(g.pick(['github_token', 'hf_token', 'gitlab_token', 'npm_token']))}'\n",
            lambda: f"# Maintainer: {g.pick(FIRST).title()} {g.pick(LAST).title()} <{g.E('comment_email')}>\n",
            lambda: f'_UPSTREAM = ("{g.I("ipv4")}", 443)\n',
            lambda: f'_MIRROR_V6 = "{g.I("ipv6")}"\n',
            lambda: f'AWS_CREDENTIALS = {{\n    "aws_access_key_id": "{g.K("aws_access_key_id")}",\n'
                    f'    "aws_secret_access_key": "{g.K("aws_secret_access_key")}",\n}}\n',
            lambda: f'_PROXY = "http://{u}:{g.P("url_password", "url")}@{g.I("ipv4_url")}:3128"\n',
            lambda: f'_SMTP_PASSWORD = __import__("os").environ.get("SMTP_PASSWORD", "{g.L("placeholder", "changeme")}")\n',
            lambda: f'__build_id__ = "{g.L("uuid")}"\n',
            lambda: f'_SCHEMA_OID = "{g.L("oid")}"\n',
            lambda: f'_MIN_SERVER_VERSION = "{g.L("version_string")}"\n',
            lambda: f'_DEV_HOST = "{g.L("private_ip")}"\n_DEV_PORT = 8080\n',
            lambda: f'_STRIPE_KEY = "{g.K("stripe_key")}"\n',
            lambda: f'_SUPPORT = "{g.L("example_email")}"\n',
            lambda: f'_DSN = "dbname=app user={u} password={g.P("conn_string_password", "url")} host={g.I("ipv4")}"\n',
            lambda: f'_JWT_FOR_TESTS = "{g.K("jwt")}"\n',
            lambda: f'_ARTIFACT_SHA256 = "{g.L("sha256")}"\n',
            lambda: f'_login_kwargs = dict(user="{u}", password="{g.P("kwarg_password", "alnum")}")\n',
            lambda: f'_SIGNING_KEY = """\n{g.PEM("pem_private_key", pem_kind=g.pick(["EC", "RSA"]))}\n"""\n',
        ]
        body = "".join(o() for o in _fresh(g, opts, used, g.num(1, 3)))
    elif lang == "yaml":
        if re.search(r"^- ", text, re.M):
            body = g.pick([
                lambda: f"# deploy: ssh {u}@{g.I('ipv4')} (password {g.P('comment_password', 'plain')})\n",
                lambda: f"# owner: {g.E('comment_email')}; mirror {g.L('private_ip')}\n",
                lambda: f"# registry token {g.K('gitlab_token')}\n"])()
        else:
            body = "".join(o() for o in _fresh(g, [
                lambda: f"deploy_password: \"{g.P('yaml_password', 'plain')}\"\n",
                lambda: f"notify_email: {g.E('config_email')}\n",
                lambda: f"upstream_ip: {g.I('ipv4')}\n",
                lambda: f"registry_token: {g.K(g.pick(['github_token', 'slack_token', 'digitalocean_token']))}\n",
                lambda: f"build_sha: {g.L('git_sha')}\n",
                lambda: f"bind_address: {g.L('unspecified_ip')}\n"], used, g.num(1, 3)))
    elif lang == "json":
        nxt = text[pos:].split("\n", 1)[0]
        ind = nxt[: len(nxt) - len(nxt.lstrip())] or "  "
        ent = g.r.sample([
            lambda: f'"_deploy_password": "{g.P("json_password", "plain")}"',
            lambda: f'"_contact": "{g.E("json_email")}"',
            lambda: f'"_api_key": "{g.K(g.pick(["google_api_key", "openai_key", "sendgrid_key"]))}"',
            lambda: f'"_mirror": "{g.I("ipv4")}"',
            lambda: f'"_build": "{g.L("uuid")}"'], g.num(1, 3))
        body = "".join(f"{ind}{e()},\n" for e in ent)
    elif lang == "markdown":
        body = g.pick([
            lambda: f"## Credentials for the demo box\n\nHost `{g.I('ipv4')}`, user `{u}`, password `{g.P('md_password', 'plain')}`.\n"
                    f"Write to {g.E('docs_email')} if it stops working.\n\n",
            lambda: f"## Private registry\n\n```bash\nnpm config set //npm.{g.domain()}/:_authToken {g.K('npm_token')}\n```\n\n",
            lambda: f"## Notes\n\nThe sample key `{g.L('aws_example_key', AWS_EXAMPLE_ID)}` is the AWS documentation key; "
                    f"use `{g.L('placeholder', '<your-access-key>')}` locally and reach the dev server at `{g.L('private_ip')}`.\n\n",
        ])()
    elif lang == "ini":
        body = f"[deploy]\nhost = {g.I('ipv4')}\npassword = {g.P('config_password', 'plain')}\n" \
               f"token = {g.K('generic_secret')}\n\n"
        if at_end and not text.endswith("\n\n"):
            body = "\n" + body
    elif lang == "css":
        body = f"/* maintainer: {g.E('comment_email')}; staging server {g.I('ipv4')} */\n"
        if not at_end:
            body = "\n" + body
    elif lang == "shell":
        body = f"\n# deploy helper\nexport DEPLOY_PASSWORD='{g.P('env_password', 'plain')}'\n" \
               f"curl -fsS -u {u}:{g.P('cli_password', 'url')} https://{g.I('ipv4_url')}/hooks/deploy\n"
    elif lang == "powershell":
        body = f"\n$env:DEPLOY_TOKEN = \"{g.K('github_token')}\"\n# contact {g.E('comment_email')}\n"
    elif lang == "javascript":
        body = f"\nconst DEPLOY_TOKEN = \"{g.K(g.pick(['npm_token', 'github_token']))}\";\n// contact {g.E('comment_email')}, dev box {g.L('private_ip')}\n"
    elif lang == "html":
        body = f"<!-- staging {g.I('ipv4')}, admin password {g.P('comment_password', 'plain')} -->\n"
    elif lang == "jinja":
        body = f"{{# owner {g.E('comment_email')}, preview host {g.I('ipv4')} #}}\n"
    elif lang == "restructuredtext":
        body = f"\nDeploy notes\n------------\n\nServer ``{g.I('ipv4')}``, password ``{g.P('docs_password', 'plain')}``,\n" \
               f"contact {g.E('docs_email')}.\n"
    else:
        raise KeyError(lang)
    if lang == "python" and not at_end:
        body = body + "\n"
    if lang == "python" and at_end:
        body = "\n" + body
    return body


def real_doc(pkg, rel, lang, g, plant):
    with open(_src_path(pkg, rel), encoding="utf-8", newline="") as f:
        text = f.read()
    assert not any(c in text for c in (_O, _M, _C))
    if not plant:
        return text, text, []
    pts = insertion_points(text, lang)
    assert pts, rel
    chosen = sorted(g.r.sample(pts, min(len(pts), g.num(1, 3) if lang in ("python", "yaml", "markdown", "ini", "css") else 1)))
    out, prev, inserted, used = [], 0, [], set()
    for p in chosen:
        out.append(text[prev:p])
        snip = real_snippet(g, lang, p == len(text), text, p, used)
        inserted.append(snip)
        out.append(snip)
        prev = p
    out.append(text[prev:])
    return text, "".join(out), inserted


def refresh_sources():
    import importlib.metadata as md
    import shutil
    import sysconfig
    sp = Path(sysconfig.get_paths()["purelib"])
    std = Path(sysconfig.get_paths()["stdlib"])
    if SOURCES.exists():
        shutil.rmtree(SOURCES)
    rows = {}
    for pkg, rel, _ in REAL:
        src = (std if pkg == STDLIB else sp) / rel
        dst = _src_path(pkg, rel)
        dst.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(src, dst)
        rows.setdefault(pkg, []).append(rel)
    lines = ["# Sources of the real files", "",
             "Verbatim copies of files from these packages (as installed in the project's virtualenv, or from the "
             "Python standard library, when the set was made), under their own licenses; each package's license "
             "files are in its folder.", "",
             "| package | version | license | license files | files |", "|---|---|---|---|---|"]
    for pkg in sorted(rows):
        if pkg == STDLIB:
            ver, lic, lfiles = sys.version.split()[0], "PSF-2.0 (Python Software Foundation License)", [std / "LICENSE.txt"]
        else:
            dist = md.distribution(DIST_NAME.get(pkg, pkg))
            ver = dist.version
            meta = dist.metadata
            lic = meta.get("License-Expression") or meta.get("License") or ""
            if not lic or len(lic) > 60:
                cls = [c.split("::")[-1].strip() for c in meta.get_all("Classifier") or [] if c.startswith("License ::")]
                lic = ", ".join(cls) or lic.splitlines()[0]
            lfiles = [Path(str(f.locate())) for f in dist.files or []
                      if re.search(r"(LICEN[CS]E|COPYING|NOTICE)[^/]*$", str(f), re.I)
                      and re.search(r"\.dist-info/(licenses/)?[^/]+$", str(f))]
        names = []
        for f in lfiles:
            shutil.copyfile(f, SOURCES / pkg / f.name)
            names.append(f.name)
        files = "<br>".join(f"`{r}`" for r in sorted(rows[pkg]))
        shown = {STDLIB: "Python standard library", "torchgen": "torch (its `torchgen` package)"}.get(pkg, pkg)
        lines.append(f"| {shown} | {ver} | {lic} | {', '.join(sorted(names))} | {files} |")
    (SOURCES / "LICENSES.md").write_text("\n".join(lines) + "\n", encoding="utf-8")


# ---------------------------------------------------------------------------------------------
# checks and output
# ---------------------------------------------------------------------------------------------
_RESERVED_RE = re.compile(r"@(?:[\w-]+\.)*(?:example\.(?:com|org|net)|[\w-]+\.(?:example|test|invalid)|localhost)$", re.I)


def check_doc(doc, label_vals, look_vals):
    spans = []
    for (d, v) in label_vals:
        src = doc["path"] if d.get("column") == "path" else doc["content"]
        assert src[d["start"]:d["end"]] == v and v == v.strip(), (doc["id"], d, v)
        if d["tag"] == "IP_ADDRESS":
            ip = ipaddress.ip_address(v)
            assert ip.is_global and not ip.is_multicast, (doc["id"], v)
        if d["tag"] == "EMAIL":
            assert "@" in v and not _RESERVED_RE.search(v), (doc["id"], v)
        spans.append((d.get("column", ""), d["start"], d["end"]))
    for (d, v) in look_vals:
        if d["kind"].endswith("_ip") or d["kind"].endswith("_ipv6"):
            assert not ipaddress.ip_address(v).is_global or d["kind"] == "doc_ip", (doc["id"], v)
        if d["kind"] == "example_email":
            assert _RESERVED_RE.search(v), v
    spans.sort()
    for a, b in zip(spans, spans[1:]):
        assert a[0] != b[0] or a[2] <= b[1], (doc["id"], "overlapping labels", a, b)


def build():
    docs, origin = [], []

    def add(doc_id, lang, path_marked, content_marked, org, kindname):
        path, pl, plk = unmark(path_marked, "path")
        content, cl, clk = unmark(content_marked)
        doc = {"id": doc_id, "lang": lang, "path": path, "content": content,
               "labels": [d for d, _ in cl + pl], "lookalikes": [d for d, _ in clk + plk]}
        check_doc(doc, cl + pl, clk + plk)
        docs.append(doc)
        origin.append((org, kindname))

    # real files
    for i, (pkg, rel, lang) in enumerate(REAL):
        g = Gen(random.Random(f"{SEED}:real:{pkg}:{rel}"))
        plant = g.r.random() < 0.7
        original, marked, inserted = real_doc(pkg, rel, lang, g, plant)
        content, _, _ = unmark(marked)
        rest = content
        for snip in inserted:  # removing the snippets gives the original back, byte for byte
            s, _, _ = unmark(snip)
            k = rest.find(s)
            assert k >= 0
            rest = rest[:k] + rest[k + len(s):]
        assert rest == original, rel
        if lang == "python":
            ast.parse(content)
        if lang == "json":
            json.loads(content)
        ext = Path(rel).suffix or Path(rel).name
        add(f"real-{pkg}-{i:02d}", lang, f"{pkg}/{rel}", marked,
            "real, with planted snippets" if plant else "real, untouched", f"real {ext} ({'planted' if plant else 'untouched'})")

    # synthetic files
    for fn, kindname, n in SYNTHETIC:
        for j in range(n):
            g = Gen(random.Random(f"{SEED}:syn:{kindname}:{j}"))
            lang, path, marked = fn(g)
            if lang == "json":
                body = unmark(marked)[0]
                for chunk in (body.splitlines() if path.endswith(".jsonl") else [body]):
                    json.loads(chunk)
            if lang == "python":
                ast.parse(unmark(marked)[0])
            add(f"syn-{kindname}-{j:02d}", lang, path, marked, "synthetic", kindname)

    # values in the path
    for fn, n in PATHDOCS:
        for j in range(n):
            g = Gen(random.Random(f"{SEED}:path:{fn.__name__}:{j}"))
            lang, path, marked = fn(g)
            add(f"path-{fn.__name__[2:]}-{j:02d}", lang, path, marked, "synthetic, value in path", fn.__name__[2:])

    ids = [d["id"] for d in docs]
    assert len(ids) == len(set(ids))
    return docs, origin


def table(title, rows, heads):
    out = [f"| {' | '.join(heads)} |", "|" + "---|" * len(heads)]
    out += [f"| {' | '.join(str(c) for c in r)} |" for r in rows]
    return (f"### {title}\n\n" if title else "") + "\n".join(out) + "\n"


def write_readme(docs, origin):
    from collections import Counter
    n_lab = sum(len(d["labels"]) for d in docs)
    n_look = sum(len(d["lookalikes"]) for d in docs)
    tags = Counter(l["tag"] for d in docs for l in d["labels"])
    kinds = Counter((l["tag"], l["kind"]) for d in docs for l in d["labels"])
    looks = Counter(l["kind"] for d in docs for l in d["lookalikes"])
    orgs = Counter(o for o, _ in origin)
    fk = Counter(k for _, k in origin)
    langs = Counter(d["lang"] for d in docs)
    in_path_l = sum(1 for d in docs for l in d["labels"] if l.get("column") == "path")
    in_path_k = sum(1 for d in docs for l in d["lookalikes"] if l.get("column") == "path")
    text = f"""# Second held-out labelled set for PII/secret redaction

`labels.jsonl` holds {len(docs)} documents with {n_lab} planted secrets and {n_look} planted look-alikes
that must survive redaction. It is an **evaluation set only: never used to tune or debug a detector**.
Whoever works on the detectors should not read `make_heldout_2.py` or the contents of `labels.jsonl`;
a detector fitted to them makes this set worthless as a check.

## How it was built

Independently of the detectors and of the other labelled sets: the templates, contexts and value
shapes were written from scratch, from knowledge of how credentials show up in real projects, by
someone who had not read the detectors (`pipeline/redact/`), their tests, the tuning set
(`tests/data/redact/`) or the first held-out set's generator and labels, and who did not run
`codelm redact` (or any redactor) while writing them. The first held-out set's `sources/LICENSES.md`
was read only to pick other packages' files.

* **Real files** from permissively licensed packages installed in the project's virtualenv and
  from the Python standard library, copied verbatim into `sources/` (package, version and license
  in `sources/LICENSES.md`, license texts beside the files). None of them is among the first
  held-out set's files. About a third are left untouched (nothing planted: they must come out of
  redaction unchanged); the others get one to three planted snippets in their own language,
  inserted whole at top-level boundaries (between top-level Python statements, before top-level
  YAML keys or list items, INI sections, Markdown headings, after CSS rules, at the end of the
  file), so the rest of the file is byte for byte the original (the generator checks this, and that
  planted Python still parses and planted JSON still loads).
* **Synthetic files** of the kinds credentials really live in: `.env` and `.env.example`, compose
  files, Kubernetes secrets and kubeconfigs, Helm values, Terraform, Vault HCL, Spring properties and
  YAML, `.npmrc`, `.pypirc`/`pip.conf`, AWS credentials, GCP service-account JSON, Docker
  `config.json`, Django/Flask settings, Python/JS/TS/Go/Rust/Java/C#/PHP/Ruby/PowerShell/shell code,
  GitHub Actions, GitLab CI, Jenkinsfiles, Makefiles, systemd units, crontabs, nginx, Redis/Mongo
  configs, WireGuard, netplan, `/etc/hosts`, Postfix `sasl_passwd`, Kafka JAAS, `.pgpass`, `.netrc`,
  `.git-credentials`, ssh config/keys, Ansible inventories and group vars, cloud-init, `.http` files,
  HTML, notebooks, SQL, CSV exports, access and application logs, READMEs, reST docs, changelogs,
  git logs, patches, OpenAPI specs, Maven `settings.xml`, `gradle.properties`, `odbc.ini`, Perl,
  Elixir and Kotlin code, Ansible playbooks (with a `!vault` blob), ops cheat sheets, chat
  transcripts, e-mails/tickets, JSON-lines edge logs with user agents, and lock files that carry
  only look-alikes.
* **Values in the path**: some documents carry a planted value (or a look-alike) in `path`
  ({in_path_l} labels and {in_path_k} look-alikes, marked `"column": "path"`, offsets into `path`).

Every planted value is random (one seeded RNG per document) and of the real shape: AWS key ids
(`AKIA`/`ASIA` + 16 base32) and 40-char secrets, session tokens, GitHub (`ghp_`, `gho_`, `ghs_`,
`github_pat_`), GitLab, Slack tokens and webhook paths, Stripe, Google, OpenAI, Anthropic, Hugging
Face, npm, PyPI, SendGrid, Mailgun, Telegram, Discord, DigitalOcean, Shopify, Vault, Databricks,
Postman, Datadog, Sentry, New Relic, age keys, Azure storage keys, WireGuard keys, Django secret
keys, WordPress salts, JWTs, PEM private keys (RSA, EC, PKCS#8, OpenSSH; also base64-wrapped in a
kubeconfig and `\\n`-escaped in JSON), base64 `user:password` pairs, generic hex/base64 secrets named
as secrets; passwords in assignments, dicts, keyword arguments, tuples, config files, connection
strings and DSNs, URLs, command lines, SQL, logs, docs prose and tables; e-mail addresses at
non-reserved made-up domains; public IPv4/IPv6 addresses (global unicast only). None is a real
credential.

Look-alikes are values that must not be redacted: private, loopback, link-local, CGNAT, unspecified,
ULA and documentation addresses, netmasks, MAC addresses, four-part version strings, OIDs, dates,
UUIDs, git SHAs, sha256/sha1/md5 hashes, SRI hashes, Docker digests, ETags, nonces, trace ids,
placeholders (`<password>`, `changeme`, `${{DB_PASSWORD}}`, ...), environment look-ups, CI secret
references (`${{{{ secrets.X }}}}`), template variables, e-mail addresses at reserved domains
(`example.com/.org/.net`, `*.example`, `*.test`, `*.invalid`, `localhost`), field names such as
`password`/`port`, public keys and certificates, numeric ids, and the AWS documentation example keys.
Look-alikes are listed where planted; the real files may hold more (unlisted) look-alikes of their own.

## Format

One JSON object per line:

```json
{{"id": "...", "lang": "python", "path": "some/path.py", "content": "...",
 "labels": [{{"tag": "PASSWORD", "start": 64, "end": 81, "kind": "url_password"}},
            {{"tag": "IP_ADDRESS", "start": 520, "end": 533, "kind": "ipv4_cidr", "suffix": "/32"}}],
 "lookalikes": [{{"kind": "private_ip", "start": 613, "end": 620}}]}}
```

Offsets are Python `str` offsets (half-open) into `content`, or into `path` when the span has
`"column": "path"`. Tags: `EMAIL`, `IP_ADDRESS`, `KEY`, `PASSWORD`. An `IP_ADDRESS` label never
includes a CIDR suffix or a port; a CIDR suffix is recorded as `"suffix"`. A `PASSWORD` label in a
URL, connection string or command line covers the password only. A PEM private key is labelled from
`-----BEGIN` to the closing `KEY-----`. `kind` is this set's own sub-category.

Conventions of this set worth knowing when scoring: a Slack webhook is labelled `KEY` on its
secret path (`T…/B…/…` after `/services/`); base64 `user:password` pairs (`_auth`, Docker `auth`,
`Authorization: Basic`) and base64 values under a Kubernetes Secret's `data:` are labelled `KEY`;
a PEM key inside a GCP service-account JSON (with `\\n` escapes) and values in a notebook's JSON
are labelled on the text exactly as it appears in the file. `user@host` in ssh/scp/rsync commands and the `user:password@host` userinfo of
URLs are not e-mail addresses and carry no `EMAIL` label (the password and a public host address
are labelled on their own).

## Regenerate

```sh
python tests/data/redact_heldout_2/make_heldout_2.py
```

It rewrites `labels.jsonl` and this README from `sources/` only, with a fixed seed (one RNG per
document); the output is byte-identical on every run. It uses the standard library only and never
imports codelm. The generator asserts that every label's span text is the planted value, that labels
do not overlap, that labelled addresses are global and labelled e-mails are not at reserved domains,
and that removing the snippets from a planted real file gives the original back.
`--refresh-sources` copies the listed real files again from the running interpreter's
site-packages and standard library; that changes the set, so commit the new sources and outputs
together.

## Counts

{table('', sorted(orgs.items()), ['origin', 'documents'])}
{table('', sorted(tags.items()), ['tag', 'labels'])}
{table('Labels by kind', [(t, k, c) for (t, k), c in sorted(kinds.items())], ['tag', 'kind', 'labels'])}
{table('Look-alikes by kind', sorted(looks.items()), ['kind', 'look-alikes'])}
{table('Documents by file kind', sorted(fk.items()), ['file kind', 'documents'])}
{table('Documents by language', sorted(langs.items()), ['lang', 'documents'])}"""
    (HERE / "README.md").write_text(text.rstrip("\n") + "\n", encoding="utf-8")


def main(argv):
    if "--refresh-sources" in argv:
        refresh_sources()
    docs, origin = build()
    with open(HERE / "labels.jsonl", "w", encoding="utf-8", newline="\n") as f:
        for d in docs:
            f.write(json.dumps(d, ensure_ascii=False) + "\n")
    write_readme(docs, origin)
    from collections import Counter
    print(len(docs), "documents", dict(Counter(l["tag"] for d in docs for l in d["labels"])),
          sum(len(d["lookalikes"]) for d in docs), "look-alikes")


if __name__ == "__main__":
    main(sys.argv[1:])
