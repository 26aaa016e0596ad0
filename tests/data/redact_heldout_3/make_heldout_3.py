#!/usr/bin/env python3
"""Build the third held-out labelled set for PII/secret redaction.

Evaluation data only. Written without reading the detectors, their tests or the other
labelled sets' generators and labels; never used for tuning.

Standard library only; never imports codelm. Deterministic: one RNG per document, seeded from
SEED and the document id. Rewrites labels.jsonl and README.md in this folder from sources/ and the
templates below.

Template slots (in snippets and synthetic documents):
  ⟪gen⟫ ⟪gen:kind⟫ ⟪gen|xform:kind@ref⟫   a generated value (filler, labelled value or look-alike)
  ⟪$ref⟫                                  the value stored under @ref again (same tag and kind)
  ⟪~kind:literal text⟫                    a literal look-alike (placeholder, field name, ...)
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
import urllib.parse
from pathlib import Path

HERE = Path(__file__).resolve().parent
SOURCES = HERE / "sources"
SEED = "codelm-redact-heldout-3"

# ----------------------------------------------------------------------------- real sources
SDISTS = {
    # package: (version, license, sha256 of the sdist downloaded with pip download --no-binary :all:)
    "certbot": ("3.0.1", "Apache-2.0", "4d573635840bbcc1124a2176e7188e69f6e3210f9ed94e20839547f07caee2b2"),
    "commitizen": ("4.1.0", "MIT", "4f2d9400ec411aec1c738d4c63fc7fd5807cd6ddf6be970869e03e68b88ff718"),
    "cookiecutter": ("2.6.0", "BSD-3-Clause", "db21f8169ea4f4fdc2408d48ca44859349de2647fbe494a9d6c3edfc0542c21c"),
    "datasette": ("0.65.1", "Apache-2.0", "d8be37ae6dafbfd8e510d49c0dc0fc6696081614d048a507eed86dd2ae433223"),
    "docker": ("7.1.0", "Apache-2.0", "ad8c70e6e3f8926cb8a92619b832b4ea5299e2831c14284663184e200546fa6c"),
    "flower": ("2.0.1", "BSD-3-Clause", "5ab717b979530770c16afb48b50d2a98d23c3e9fe39851dcf6bc4d01845a02a0"),
    "gunicorn": ("23.0.0", "MIT", "f014447a0101dc57e294f6c18ca6b40227a4c90e9bdb586042628030cba004ec"),
    "invoke": ("2.2.0", "BSD-2-Clause", "ee6cbb101af1a859c7fe84f2a264c059020b0cb7fe3535f9424300ab568f6bd5"),
    "locust": ("2.32.4", "MIT", "fd650cbc40842e721668a8d0f7f8224775432b40c63d0a378546b9a9f54b7559"),
    "mkdocs": ("1.6.1", "BSD-2-Clause", "7b432f01d928c084353ab39c57282f29f92136665bdd6abf7c1ec8d822ef86f2"),
    "nox": ("2024.10.9", "Apache-2.0", "7aa9dc8d1c27e9f45ab046ffd1c3b2c4f7c91755304769df231308849ebded95"),
    "pgcli": ("4.1.0", "BSD-3-Clause", "3fd16c8b51bd0145ff618c2c73264bcd854ba866aa206d4f076851f641b9b215"),
    "pre_commit": ("4.0.1", "MIT", "80905ac375958c0444c65e9cebebd948b3cdb518f335a091a670a89d652139d2"),
    "python-dotenv": ("1.0.1", "BSD-3-Clause", "e324ee90a023d808f1959c46bcbc04446a10ced277783dc6ee09987c37ec10ca"),
    "sentry_sdk": ("2.19.0", "MIT", "ee4a4d2ae8bfe3cac012dcf3e4607975904c137e1738116549fc3dbbb6ff0e36"),
    "twine": ("6.0.1", "Apache-2.0", "36158b09df5406e1c9c1fb8edb24fc2be387709443e7376689b938531582ee27"),
    "uvicorn": ("0.32.1", "BSD-3-Clause", "ee9519c246a72b1c084cea8d3b44ed6026e78a4a309cbedae9c37e4cb9fbb175"),
}

LANG_BY_EXT = {
    ".py": "python", ".md": "markdown", ".rst": "restructuredtext", ".yml": "yaml", ".yaml": "yaml",
    ".toml": "toml", ".ini": "ini", ".cfg": "ini", ".conf": "ini", ".js": "javascript", ".html": "html",
    ".json": "json", ".sh": "shell", ".env": "dotenv", ".properties": "properties", ".xml": "xml",
    ".go": "go", ".java": "java", ".cs": "csharp", ".php": "php", ".rb": "ruby", ".rs": "rust",
    ".ts": "typescript", ".tf": "hcl", ".hcl": "hcl", ".sql": "sql", ".ps1": "powershell",
    ".kt": "kotlin", ".log": "text", ".txt": "text", ".csv": "csv", ".http": "http", ".ipynb": "json",
    ".groovy": "groovy", ".swift": "swift", ".lua": "lua", ".scala": "scala", ".ex": "elixir",
    ".exs": "elixir", ".pl": "perl", ".patch": "diff", ".diff": "diff", ".zone": "text",
}


def lang_of(path: str) -> str:
    name = path.rsplit("/", 1)[-1]
    special = {"Makefile": "makefile", "Dockerfile": "dockerfile", "Jenkinsfile": "groovy",
               "pgclirc": "ini", ".netrc": "text", ".pgpass": "text", ".htpasswd": "text",
               ".npmrc": "ini", ".pypirc": "ini", "credentials": "ini", ".env": "dotenv",
               "Caddyfile": "text", "crontab": "text", "hosts": "text", "known_hosts": "text",
               ".git-credentials": "text", "config": "text", "authorized_keys": "text",
               ".my.cnf": "ini", "Procfile": "text", "Vagrantfile": "ruby", "Gemfile": "ruby"}
    if name in special:
        return special[name]
    if name.startswith(".env"):
        return "dotenv"
    if name.startswith("Dockerfile"):
        return "dockerfile"
    for ext, lang in LANG_BY_EXT.items():
        if name.endswith(ext):
            return lang
    return "text"


# ----------------------------------------------------------------------------- value generators
ALNUM = string.ascii_letters + string.digits
LOWER_ALNUM = string.ascii_lowercase + string.digits
HEX = "0123456789abcdef"
B64 = string.ascii_letters + string.digits + "+/"
B64URL = string.ascii_letters + string.digits + "-_"
BASE32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"

FIRST = ["maria", "jonas", "aiko", "tomasz", "leila", "priya", "diego", "hannah", "olu", "sven",
         "yuki", "fatima", "marek", "chloe", "rafael", "ines", "kwame", "mei", "lars", "nadia",
         "oscar", "zofia", "emre", "camila", "arjun", "bea", "tobias", "greta", "malik", "rosa",
         "victor", "anouk", "kenji", "sara", "pavel", "linnea", "joao", "amara", "felix", "ivana"]
LAST = ["okafor", "lindqvist", "tanaka", "nowak", "haddad", "raman", "alvarez", "becker", "adeyemi",
        "holm", "sato", "rahman", "kowalczyk", "dupont", "moreira", "castillo", "mensah", "zhang",
        "eriksen", "petrova", "brandt", "wojcik", "yilmaz", "herrera", "iyer", "vance", "keller",
        "lund", "osei", "marquez", "fischer", "devries", "morimoto", "costa", "novak", "strand",
        "silva", "nwosu", "hartmann", "horvat"]
MAIL_DOMAINS = ["gmail.com", "outlook.com", "proton.me", "fastmail.com", "posteo.de", "yahoo.co.uk",
                "hey.com", "icloud.com", "gmx.net", "web.de", "mailbox.org", "zoho.com"]
ORG_DOMAINS = ["brightmarrow.io", "copperline.dev", "northbeam-analytics.com", "quillfeather.co",
               "tallgrass-labs.net", "oxbowdata.com", "fernhollow.org", "kestrelworks.io",
               "bluepebble.app", "ridgeway-health.com", "sablecloud.de", "lumenfold.ai",
               "harborview-logistics.com", "ostara.studio", "pinecrest-univ.edu", "voltaire-fin.fr",
               "mangrove.systems", "cinderpath.co.uk", "arcadia-games.jp", "tidewater.coop"]
INTERNAL = ["db.internal", "pg-primary.prod.svc.cluster.local", "mysql-0.mysql", "redis.cache.local",
            "mq.corp.lan", "rds-main.cluster-local", "mongo-rs0.internal", "ldap.corp.lan",
            "smtp.mailrelay.internal", "vault.service.consul"]
SERVICES = ["billing", "orders", "ingest", "reporting", "auth", "payments", "search", "notifier",
            "scheduler", "inventory", "gateway", "exporter", "crawler", "analytics"]
WORDS = ["copper", "falcon", "orchid", "lantern", "meadow", "cobalt", "harbor", "juniper", "quartz",
         "saffron", "tundra", "violet", "walnut", "ember", "glacier", "pepper", "marble", "thistle",
         "raven", "sequoia", "nimbus", "basalt", "cedar", "willow"]


def rs(rng, alphabet, n):
    return "".join(rng.choice(alphabet) for _ in range(n))


def public_ipv4(rng):
    while True:
        a = rng.randint(1, 223)
        ip = ipaddress.IPv4Address(f"{a}.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}")
        if ip.is_global and not ip.is_multicast and not ip.is_reserved:
            return str(ip)


V6_PREFIXES = ["2a01:4f8", "2a02:c207", "2600:1f18", "2606:4700", "2a00:1450", "2604:a880",
               "2a03:2880", "2400:cb00", "2a05:d014", "2001:41d0", "2607:f8b0", "2a0c:5a80",
               "2c0f:fb50", "2804:14c", "2401:db00", "2a10:3781"]


def public_ipv6(rng):
    while True:
        pre = rng.choice(V6_PREFIXES).split(":")
        groups = pre + [format(rng.randint(0, 0xFFFF), "x") for _ in range(8 - len(pre))]
        # realistic: often a run of zero groups in the middle
        if rng.random() < 0.6:
            z = rng.randint(len(pre) + 1, 6)
            for i in range(z, min(8, z + rng.randint(1, 3))):
                groups[i] = "0"
        ip = ipaddress.IPv6Address(":".join(groups))
        if ip.is_global and ip not in ipaddress.ip_network("2001:db8::/32") \
                and ip not in ipaddress.ip_network("2001::/23") and ip not in ipaddress.ip_network("2002::/16"):
            return ip.compressed


def pw_random(rng, symbols="!*-_.+=@", n=None):
    n = n or rng.randint(12, 22)
    while True:
        s = rng.choice(string.ascii_letters) + rs(rng, ALNUM + symbols, n - 1)
        if any(c.isdigit() for c in s) and any(c.isupper() for c in s) and any(c.islower() for c in s):
            return s


def pw_human(rng):
    w1, w2 = rng.sample(WORDS, 2)
    style = rng.randint(0, 3)
    if style == 0:
        return f"{w1.capitalize()}{rng.choice('!*.-_')}{w2.capitalize()}{rng.randint(10, 99)}"
    if style == 1:
        return f"{w1}-{w2.capitalize()}-{rng.randint(1970, 2029)}"
    if style == 2:
        return f"{w1.capitalize()}{rng.randint(100, 9999)}{rng.choice('!*.')}"
    return f"{w1[:3].upper()}{w2}{rng.randint(0, 9)}{w1[-2:]}{rng.choice('!*_')}{rng.randint(10, 99)}"


def gen_pw(rng):
    return pw_human(rng) if rng.random() < 0.35 else pw_random(rng)


def gen_pw_url(rng):
    return pw_human(rng).replace("!", "-").replace("*", "_") if rng.random() < 0.35 else pw_random(rng, "-_.~")


def gen_pw_alnum(rng):
    return pw_random(rng, "", rng.randint(14, 28))


def email_addr(rng):
    f, l = rng.choice(FIRST), rng.choice(LAST)
    local = rng.choice([f"{f}.{l}", f"{f}{l[0]}", f"{f[0]}{l}", f"{f}_{l}", f"{f}.{l}{rng.randint(1, 99)}",
                        f"{l}.{f}", f"{f}+{rng.choice(['dev', 'git', 'alerts', 'ci'])}"])
    dom = rng.choice(MAIL_DOMAINS) if rng.random() < 0.45 else rng.choice(ORG_DOMAINS)
    return f"{local}@{dom}"


def jwt(rng):
    def b64u(b):
        return base64.urlsafe_b64encode(b).rstrip(b"=").decode()
    hdr = {"alg": rng.choice(["HS256", "RS256", "ES256"]), "typ": "JWT"}
    if hdr["alg"] != "HS256":
        hdr["kid"] = rs(rng, LOWER_ALNUM, 16)
    iat = rng.randint(1_650_000_000, 1_760_000_000)
    payload = {"sub": str(rng.randint(10_000, 9_999_999)), "iat": iat, "exp": iat + rng.choice([900, 3600, 86400 * 30])}
    if rng.random() < 0.6:
        payload["scope"] = rng.choice(["read write", "admin", "api:full", "repo"])
    if rng.random() < 0.5:
        payload["iss"] = f"https://auth.{rng.choice(ORG_DOMAINS)}/"
    sig = bytes(rng.getrandbits(8) for _ in range(32 if hdr["alg"] == "HS256" else 64))
    return ".".join([b64u(json.dumps(hdr, separators=(",", ":")).encode()),
                     b64u(json.dumps(payload, separators=(",", ":")).encode()), b64u(sig)])


def rand_bytes(rng, n):
    return bytes(rng.getrandbits(8) for _ in range(n))


def pem(rng, kind):
    if kind == "rsa":
        body = b"\x30\x82\x04\xa4\x02\x01\x00\x02\x82\x01\x01\x00" + rand_bytes(rng, 1180)
        label, width = "RSA PRIVATE KEY", 64
    elif kind == "ec":
        body = b"\x30\x77\x02\x01\x01\x04\x20" + rand_bytes(rng, 32) + b"\xa0\x0a\x06\x08\x2a\x86\x48\xce\x3d\x03\x01\x07\xa1\x44\x03\x42\x00\x04" + rand_bytes(rng, 64)
        label, width = "EC PRIVATE KEY", 64
    elif kind == "pkcs8":
        body = b"\x30\x82\x04\xbe\x02\x01\x00\x30\x0d\x06\x09\x2a\x86\x48\x86\xf7\x0d\x01\x01\x01\x05\x00" + rand_bytes(rng, 1190)
        label, width = "PRIVATE KEY", 64
    else:
        body = b"openssh-key-v1\x00\x00\x00\x00\x04none\x00\x00\x00\x04none\x00\x00\x00\x00\x00\x00\x00\x01\x00\x00\x00\x33\x00\x00\x00\x0bssh-ed25519" + rand_bytes(rng, 330)
        label, width = "OPENSSH PRIVATE KEY", 70
    b = base64.b64encode(body).decode()
    lines = [b[i:i + width] for i in range(0, len(b), width)]
    return f"-----BEGIN {label}-----\n" + "\n".join(lines) + f"\n-----END {label}-----"


def pypi_token(rng):
    body = base64.urlsafe_b64encode(b"\x01\x08pypi.org\x02%" + rand_bytes(rng, rng.randint(60, 110))).rstrip(b"=").decode()
    return "pypi-AgEIcHlwaS5vcmc" + body[16:]


def slack_hook(rng):
    return f"T{rs(rng, string.ascii_uppercase + string.digits, rng.choice([8, 9, 10]))}/B{rs(rng, string.ascii_uppercase + string.digits, rng.choice([9, 10, 11]))}/{rs(rng, ALNUM, 24)}"


def gh_fine(rng):
    return f"github_pat_11{rs(rng, string.ascii_uppercase + string.digits, 20)}_{rs(rng, ALNUM, 59)}"


def basic_b64(rng):
    user = rng.choice([rng.choice(FIRST), "deploy", "ci-bot", "admin", "svc_" + rng.choice(SERVICES)])
    return base64.b64encode(f"{user}:{gen_pw(rng)}".encode()).decode()


def aws_secret(rng):
    return rs(rng, ALNUM + "/+", 40)


def azure_key(rng):
    return base64.b64encode(rand_bytes(rng, 64)).decode()


def b64_secret(rng, n=32):
    return base64.b64encode(rand_bytes(rng, n)).decode()


def wg_key(rng):
    return base64.b64encode(rand_bytes(rng, 32)).decode()


# Look-alike generators ------------------------------------------------------------------------
def private_ip(rng):
    r = rng.randint(0, 2)
    if r == 0:
        return f"10.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"
    if r == 1:
        return f"172.{rng.randint(16, 31)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"
    return f"192.168.{rng.randint(0, 255)}.{rng.randint(1, 254)}"


def version4(rng):
    return f"{rng.randint(1, 12)}.{rng.randint(0, 40)}.{rng.randint(0, 30)}.{rng.randint(0, 250)}"


def oid(rng):
    return rng.choice(["1.3.6.1.4.1.", "1.2.840.113549.1.", "2.5.4.", "1.3.6.1.2.1."]) + ".".join(
        str(rng.randint(1, 60)) for _ in range(rng.randint(1, 4)))


def uuid4(rng):
    h = rs(rng, HEX, 32)
    h = h[:12] + "4" + h[13:16] + rng.choice("89ab") + h[17:]
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"


def ex_email(rng):
    local = rng.choice(["alice", "bob", "jane.doe", "john", "admin", "user", "noreply", "ops", "dev",
                        "someone", "test.user", "support", "billing"])
    dom = rng.choice(["example.com", "example.org", "example.net", "mail.example.com", "corp.example",
                      "app.test", "demo.invalid", "localhost", "example.co.test"])
    return f"{local}@{dom}"


def bcrypt_hash(rng):
    return f"$2b${rng.choice(['10', '12'])}$" + rs(rng, string.ascii_letters + string.digits + "./", 53)


def sha512crypt(rng):
    return "$6$" + rs(rng, string.ascii_letters + string.digits + "./", 16) + "$" + rs(rng, string.ascii_letters + string.digits + "./", 86)


def apr1(rng):
    return "$apr1$" + rs(rng, string.ascii_letters + string.digits + "./", 8) + "$" + rs(rng, string.ascii_letters + string.digits + "./", 22)


def argon2(rng):
    return ("$argon2id$v=19$m=65536,t=3,p=4$" + base64.b64encode(rand_bytes(rng, 16)).decode().rstrip("=")
            + "$" + base64.b64encode(rand_bytes(rng, 32)).decode().rstrip("="))


def png_data_uri(rng):
    import zlib
    w = h = rng.choice([1, 2, 4, 8])
    raw = b"".join(b"\x00" + rand_bytes(rng, 3 * w) for _ in range(h))

    def chunk(t, d):
        import struct
        return struct.pack(">I", len(d)) + t + d + struct.pack(">I", zlib.crc32(t + d) & 0xFFFFFFFF)
    import struct
    png = b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0)) + chunk(b"IDAT", zlib.compress(raw)) + chunk(b"IEND", b"")
    return "data:image/png;base64," + base64.b64encode(png).decode()


def ssh_pub(rng):
    if rng.random() < 0.5:
        return "ssh-ed25519 " + base64.b64encode(b"\x00\x00\x00\x0bssh-ed25519\x00\x00\x00\x20" + rand_bytes(rng, 32)).decode()
    return "ssh-rsa " + base64.b64encode(b"\x00\x00\x00\x07ssh-rsa\x00\x00\x00\x03\x01\x00\x01\x00\x00\x01\x01\x00" + rand_bytes(rng, 256)).decode()


def pem_public(rng):
    b = base64.b64encode(b"\x30\x82\x01\x22\x30\x0d\x06\x09\x2a\x86\x48\x86\xf7\x0d\x01\x01\x01\x05\x00\x03\x82\x01\x0f\x00" + rand_bytes(rng, 270)).decode()
    return "-----BEGIN PUBLIC KEY-----\n" + "\n".join(b[i:i + 64] for i in range(0, len(b), 64)) + "\n-----END PUBLIC KEY-----"


def certificate(rng):
    b = base64.b64encode(b"\x30\x82\x03\x55\x30\x82\x02\x3d\xa0\x03\x02\x01\x02\x02\x14" + rand_bytes(rng, 840)).decode()
    return "-----BEGIN CERTIFICATE-----\n" + "\n".join(b[i:i + 64] for i in range(0, len(b), 64)) + "\n-----END CERTIFICATE-----"


def sri(rng):
    return "sha512-" + base64.b64encode(rand_bytes(rng, 64)).decode()


def go_sum_hash(rng):
    return "h1:" + base64.b64encode(rand_bytes(rng, 32)).decode()


# name -> (tag or None for filler or "LA" for look-alike, default kind, function)
G = {
    # fillers
    "user": (None, None, lambda r: r.choice(["app", "appuser", "deploy", "svc_" + r.choice(SERVICES), r.choice(FIRST), "admin", "root", "postgres", "etl", "readonly", "ci"])),
    "host": (None, None, lambda r: r.choice(INTERNAL)),
    "pubhost": (None, None, lambda r: f"{r.choice(['api', 'db', 'git', 'ci', 'mail', 'vpn', 'registry', 'files'])}.{r.choice(ORG_DOMAINS)}"),
    "domain": (None, None, lambda r: r.choice(ORG_DOMAINS)),
    "db": (None, None, lambda r: r.choice(SERVICES) + r.choice(["", "_db", "_prod", "_staging"])),
    "svc": (None, None, lambda r: r.choice(SERVICES)),
    "word": (None, None, lambda r: r.choice(WORDS)),
    "port": (None, None, lambda r: str(r.choice([5432, 3306, 6379, 27017, 8080, 8443, 9200, 5672, 1433, 11211, 9092]))),
    "num": (None, None, lambda r: str(r.randint(2, 9999))),
    "bignum": (None, None, lambda r: str(r.randint(10 ** 9, 10 ** 12))),
    "name": (None, None, lambda r: f"{r.choice(FIRST).capitalize()} {r.choice(LAST).capitalize()}"),
    "date": (None, None, lambda r: f"20{r.randint(19, 25)}-{r.randint(1, 12):02d}-{r.randint(1, 28):02d}"),
    "time": (None, None, lambda r: f"{r.randint(0, 23):02d}:{r.randint(0, 59):02d}:{r.randint(0, 59):02d}"),
    "region": (None, None, lambda r: r.choice(["us-east-1", "eu-west-1", "eu-central-1", "ap-southeast-2", "us-west-2"])),
    "ver": (None, None, lambda r: f"{r.randint(0, 9)}.{r.randint(0, 30)}.{r.randint(0, 20)}"),
    "cidrlen": (None, None, lambda r: str(r.choice([32, 32, 29, 28, 24]))),
    "cidr6len": (None, None, lambda r: str(r.choice([128, 64, 56, 48]))),
    # EMAIL
    "email": ("EMAIL", "email", email_addr),
    # IP_ADDRESS
    "ip4": ("IP_ADDRESS", "ipv4", public_ipv4),
    "ip6": ("IP_ADDRESS", "ipv6", public_ipv6),
    # PASSWORD
    "pw": ("PASSWORD", "password", gen_pw),
    "pwu": ("PASSWORD", "password", gen_pw_url),
    "pwa": ("PASSWORD", "password", gen_pw_alnum),
    # KEY
    "aws_id": ("KEY", "aws_access_key_id", lambda r: r.choice(["AKIA", "AKIA", "AKIA", "ASIA"]) + rs(r, BASE32, 16)),
    "aws_secret": ("KEY", "aws_secret_access_key", aws_secret),
    "aws_session": ("KEY", "aws_session_token", lambda r: "IQoJb3JpZ2luX2Vj" + rs(r, ALNUM + "/+", r.randint(300, 420)) + "="),
    "ghp": ("KEY", "github_token", lambda r: "ghp_" + rs(r, ALNUM, 36)),
    "gho": ("KEY", "github_token", lambda r: r.choice(["gho_", "ghs_", "ghu_", "ghr_"]) + rs(r, ALNUM, 36)),
    "ghfine": ("KEY", "github_token", gh_fine),
    "glpat": ("KEY", "gitlab_token", lambda r: r.choice(["glpat-", "glpat-", "gldt-", "glrt-"]) + rs(r, ALNUM + "-_", 20)),
    "xoxb": ("KEY", "slack_token", lambda r: f"xoxb-{r.randint(10 ** 10, 10 ** 12)}-{r.randint(10 ** 12, 10 ** 13)}-{rs(r, ALNUM, 24)}"),
    "xoxp": ("KEY", "slack_token", lambda r: f"xoxp-{r.randint(10 ** 10, 10 ** 12)}-{r.randint(10 ** 10, 10 ** 12)}-{r.randint(10 ** 12, 10 ** 13)}-{rs(r, HEX, 32)}"),
    "xapp": ("KEY", "slack_token", lambda r: f"xapp-1-A{rs(r, string.ascii_uppercase + string.digits, 10)}-{r.randint(10 ** 12, 10 ** 13)}-{rs(r, HEX, 64)}"),
    "slack_hook": ("KEY", "slack_webhook", slack_hook),
    "slack_signing": ("KEY", "slack_signing_secret", lambda r: rs(r, HEX, 32)),
    "stripe_sk": ("KEY", "stripe_key", lambda r: r.choice(["sk_live_", "sk_live_", "rk_live_", "sk_test_"]) + rs(r, ALNUM, r.choice([24, 99]))),
    "stripe_wh": ("KEY", "stripe_webhook_secret", lambda r: "whsec_" + rs(r, ALNUM, 32)),
    "twilio_token": ("KEY", "twilio_auth_token", lambda r: rs(r, HEX, 32)),
    "twilio_sk": ("KEY", "twilio_api_key", lambda r: "SK" + rs(r, HEX, 32)),
    "sendgrid": ("KEY", "sendgrid_key", lambda r: "SG." + rs(r, B64URL, 22) + "." + rs(r, B64URL, 43)),
    "gkey": ("KEY", "google_api_key", lambda r: "AIza" + rs(r, B64URL, 35)),
    "openai": ("KEY", "openai_key", lambda r: r.choice(["sk-proj-" + rs(r, B64URL, 124) + "A", "sk-" + rs(r, ALNUM, 20) + "T3BlbkFJ" + rs(r, ALNUM, 20), "sk-svcacct-" + rs(r, B64URL, 90)])),
    "anthropic": ("KEY", "anthropic_key", lambda r: "sk-ant-api03-" + rs(r, B64URL, 93) + "AA"),
    "npm": ("KEY", "npm_token", lambda r: "npm_" + rs(r, ALNUM, 36)),
    "pypi": ("KEY", "pypi_token", pypi_token),
    "jwt": ("KEY", "jwt", jwt),
    "pem_rsa": ("KEY", "pem_private_key", lambda r: pem(r, "rsa")),
    "pem_ec": ("KEY", "pem_private_key", lambda r: pem(r, "ec")),
    "pem_pk8": ("KEY", "pem_private_key", lambda r: pem(r, "pkcs8")),
    "pem_ssh": ("KEY", "pem_private_key", lambda r: pem(r, "openssh")),
    "hf": ("KEY", "hf_token", lambda r: "hf_" + rs(r, string.ascii_letters, 34)),
    "mailgun": ("KEY", "mailgun_key", lambda r: "key-" + rs(r, HEX, 32)),
    "telegram": ("KEY", "telegram_bot_token", lambda r: f"{r.randint(10 ** 8, 10 ** 10)}:AA{rs(r, B64URL, 33)}"),
    "discord": ("KEY", "discord_bot_token", lambda r: base64.b64encode(str(r.randint(10 ** 17, 10 ** 18)).encode()).decode().rstrip("=") + "." + rs(r, B64URL, 6) + "." + rs(r, B64URL, 38)),
    "hex32": ("KEY", "generic_secret", lambda r: rs(r, HEX, 32)),
    "hex40": ("KEY", "generic_secret", lambda r: rs(r, HEX, 40)),
    "hex64": ("KEY", "generic_secret", lambda r: rs(r, HEX, 64)),
    "b64s": ("KEY", "generic_secret", lambda r: b64_secret(r, r.choice([24, 32, 48]))),
    "opaque": ("KEY", "generic_secret", lambda r: rs(r, ALNUM, r.randint(32, 48))),
    "django_key": ("KEY", "django_secret_key", lambda r: rs(r, string.ascii_lowercase + string.digits + "!@#%^&*(-_=+)", 50)),
    "bearer": ("KEY", "bearer_token", lambda r: rs(r, ALNUM + "-_.", r.randint(40, 64))),
    "basic_b64": ("KEY", "basic_auth_b64", basic_b64),
    "azure_key": ("KEY", "azure_storage_key", azure_key),
    "shopify": ("KEY", "shopify_token", lambda r: r.choice(["shpat_", "shpss_", "shpca_"]) + rs(r, HEX, 32)),
    "vault": ("KEY", "vault_token", lambda r: "hvs." + rs(r, ALNUM + "_-", 90 if r.random() < 0.3 else 24)),
    "databricks": ("KEY", "databricks_token", lambda r: "dapi" + rs(r, HEX, 32)),
    "do": ("KEY", "digitalocean_token", lambda r: "dop_v1_" + rs(r, HEX, 64)),
    "age": ("KEY", "age_secret_key", lambda r: "AGE-SECRET-KEY-1" + rs(r, "QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L".upper(), 58)),
    "nr": ("KEY", "newrelic_key", lambda r: "NRAK-" + rs(r, string.ascii_uppercase + string.digits, 27)),
    "postman": ("KEY", "postman_key", lambda r: f"PMAK-{rs(r, HEX, 24)}-{rs(r, HEX, 34)}"),
    "grafana": ("KEY", "grafana_token", lambda r: "glsa_" + rs(r, ALNUM, 32) + "_" + rs(r, HEX, 8)),
    "dockerhub": ("KEY", "dockerhub_token", lambda r: "dckr_pat_" + rs(r, B64URL, 27)),
    "replicate": ("KEY", "replicate_token", lambda r: "r8_" + rs(r, ALNUM, 37)),
    "groq": ("KEY", "groq_key", lambda r: "gsk_" + rs(r, ALNUM, 52)),
    "linear": ("KEY", "linear_key", lambda r: "lin_api_" + rs(r, ALNUM, 40)),
    "atlassian": ("KEY", "atlassian_token", lambda r: "ATATT3xFfGF0" + rs(r, B64URL, 170) + "=" + rs(r, HEX.upper(), 8)),
    "pulumi": ("KEY", "pulumi_token", lambda r: "pul-" + rs(r, HEX, 40)),
    "tfc": ("KEY", "terraform_cloud_token", lambda r: rs(r, ALNUM, 14) + ".atlasv1." + rs(r, ALNUM, 67)),
    "mapbox": ("KEY", "mapbox_secret_token", lambda r: "sk.eyJ1Ijoi" + rs(r, B64URL, 50) + "." + rs(r, B64URL, 22)),
    "cf_token": ("KEY", "cloudflare_token", lambda r: rs(r, B64URL, 40)),
    "wg_priv": ("KEY", "wireguard_private_key", wg_key),
    "gcp_kid": ("KEY", "gcp_private_key_id", lambda r: rs(r, HEX, 40)),
    "oauth_secret": ("KEY", "oauth_client_secret", lambda r: r.choice(["GOCSPX-" + rs(r, B64URL, 28), rs(r, ALNUM + "~._-", 40)])),
    "sentry_tok": ("KEY", "sentry_auth_token", lambda r: "sntryu_" + rs(r, HEX, 64)),
    "circleci": ("KEY", "circleci_token", lambda r: "CCIPAT_" + rs(r, ALNUM, 22) + "_" + rs(r, HEX, 40)),
    # look-alikes
    "priv4": ("LA", "private_ip", private_ip),
    "loop4": ("LA", "loopback_ip", lambda r: r.choice(["127.0.0.1", "127.0.0.1", f"127.0.{r.randint(0, 9)}.{r.randint(1, 9)}"])),
    "ll4": ("LA", "link_local_ip", lambda r: r.choice(["169.254.169.254", f"169.254.{r.randint(1, 254)}.{r.randint(1, 254)}"])),
    "cgnat": ("LA", "cgnat_ip", lambda r: f"100.{r.randint(64, 127)}.{r.randint(0, 255)}.{r.randint(1, 254)}"),
    "doc4": ("LA", "doc_ip", lambda r: r.choice(["192.0.2.", "198.51.100.", "203.0.113."]) + str(r.randint(1, 254))),
    "mcast": ("LA", "multicast_ip", lambda r: f"{r.choice([224, 239])}.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}"),
    "mask": ("LA", "netmask", lambda r: r.choice(["255.255.255.0", "255.255.0.0", "255.255.255.240", "255.255.252.0", "0.0.0.255"])),
    "any4": ("LA", "unspecified_ip", lambda r: "0.0.0.0"),
    "loop6": ("LA", "loopback_ipv6", lambda r: "::1"),
    "ula6": ("LA", "ula_ipv6", lambda r: f"fd{rs(r, HEX, 2)}:{format(r.randint(1, 0xffff), 'x')}:{format(r.randint(1, 0xffff), 'x')}::{format(r.randint(1, 0xfff), 'x')}"),
    "ll6": ("LA", "link_local_ipv6", lambda r: f"fe80::{format(r.randint(1, 0xffff), 'x')}:{format(r.randint(1, 0xffff), 'x')}:fe{rs(r, HEX, 2)}:{format(r.randint(1, 0xffff), 'x')}"),
    "doc6": ("LA", "doc_ipv6", lambda r: f"2001:db8:{format(r.randint(0, 0xffff), 'x')}::{format(r.randint(1, 0xffff), 'x')}"),
    "ver4": ("LA", "version_string", version4),
    "oid": ("LA", "oid", oid),
    "uuid": ("LA", "uuid", uuid4),
    "sha256": ("LA", "sha256", lambda r: rs(r, HEX, 64)),
    "sha1": ("LA", "git_sha", lambda r: rs(r, HEX, 40)),
    "short_sha": ("LA", "short_sha", lambda r: rs(r, HEX, r.choice([7, 8, 10, 12]))),
    "md5": ("LA", "md5", lambda r: rs(r, HEX, 32)),
    "sri": ("LA", "sri_hash", sri),
    "digest": ("LA", "docker_digest", lambda r: "sha256:" + rs(r, HEX, 64)),
    "gosum": ("LA", "go_sum", go_sum_hash),
    "trace": ("LA", "trace_id", lambda r: rs(r, HEX, 32)),
    "span": ("LA", "span_id", lambda r: rs(r, HEX, 16)),
    "mac": ("LA", "mac_address", lambda r: ":".join(rs(r, HEX, 2) for _ in range(6))),
    "ex_email": ("LA", "example_email", ex_email),
    "bcrypt": ("LA", "hashed_password", bcrypt_hash),
    "sha512crypt": ("LA", "hashed_password", sha512crypt),
    "apr1": ("LA", "hashed_password", apr1),
    "argon2": ("LA", "hashed_password", argon2),
    "png": ("LA", "base64_image", png_data_uri),
    "sshpub": ("LA", "public_key", ssh_pub),
    "pempub": ("LA", "public_key", pem_public),
    "cert": ("LA", "certificate", certificate),
    "aws_ex_id": ("LA", "aws_example_key", lambda r: "AKIAIOSFODNN7EXAMPLE"),
    "aws_ex_secret": ("LA", "aws_example_key", lambda r: "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"),
    "b64plain": ("LA", "base64_data", lambda r: base64.b64encode(json.dumps({"event": r.choice(SERVICES), "n": r.randint(1, 999)}).encode()).decode()),
    "isodate": ("LA", "datetime", lambda r: f"20{r.randint(19, 25)}-{r.randint(1, 12):02d}-{r.randint(1, 28):02d}T{r.randint(0, 23):02d}:{r.randint(0, 59):02d}:{r.randint(0, 59):02d}Z"),
    "npm_ver": ("LA", "version_string", lambda r: f"{r.randint(0, 9)}.{r.randint(0, 40)}.{r.randint(0, 30)}"),
}

PLACEHOLDERS = ["changeme", "<your-token>", "<password>", "xxx", "XXXXXXXX", "********", "your-api-key-here",
                "REPLACE_ME", "<YOUR_API_KEY>", "TODO", "CHANGE_ME", "placeholder", "<secret>", "xxxxxxxxxxxx",
                "your_password", "<redacted>", "[REDACTED]", "dummy-token", "insert-key-here", "<token>",
                "YOUR_SECRET_KEY", "...", "secret-goes-here", "<db-password>"]
# plain words that are placeholder values as a whole
G["ph"] = ("LA", "placeholder", lambda r: r.choice(PLACEHOLDERS))
G["wg_pub"] = ("LA", "public_key", lambda r: base64.b64encode(rand_bytes(r, 32)).decode())
G["fp"] = ("LA", "key_fingerprint", lambda r: base64.b64encode(rand_bytes(r, 32)).decode().rstrip("="))
G["age_pub"] = ("LA", "public_key", lambda r: "age1" + rs(r, "qpzry9x8gf2tvdw0s3jn54khce6mua7l", 58))
G["uuid_secret"] = ("KEY", "uuid_token", uuid4)
G["pw_b64"] = ("KEY", "k8s_secret_b64", lambda r: base64.b64encode(gen_pw(r).encode()).decode())
G["sa_email"] = ("EMAIL", "service_account_email", lambda r: f"{r.choice(SERVICES)}-sa@{r.choice(WORDS)}-prod-{r.randint(100, 999)}.iam.gserviceaccount.com")
G["ph_plain"] = ("LA", "placeholder", lambda r: r.choice(["changeme", "xxx", "REPLACE_ME", "CHANGE_ME", "placeholder", "your_password", "TODO", "changeit"]))


def xform(name, v):
    if name is None:
        return v
    if name == "jsonesc":
        return json.dumps(v)[1:-1]
    if name == "urlenc":
        return urllib.parse.quote(v, safe="")
    if name == "b64":
        return base64.b64encode(v.encode()).decode()
    if name.startswith("indent"):
        n = int(name[6:])
        return v.replace("\n", "\n" + " " * n)
    if name == "upper":
        return v.upper()
    raise ValueError(name)


SLOT = re.compile(r"⟪([^⟫]*)⟫")
SLOT_GEN = re.compile(r"^(?P<gen>[\w.]+)(?:\|(?P<x>\w+))?(?::(?P<kind>\w+))?(?:@(?P<ref>\w+))?$")


class Frag:
    """Rendered text with label and look-alike spans (relative offsets)."""

    def __init__(self):
        self.text = []
        self.n = 0
        self.labels = []
        self.looks = []

    def add(self, s):
        self.text.append(s)
        self.n += len(s)

    def value(self, tag, kind, v):
        start = self.n
        self.add(v)
        if tag == "LA":
            self.looks.append({"kind": kind, "start": start, "end": self.n})
        elif tag:
            self.labels.append({"tag": tag, "start": start, "end": self.n, "kind": kind})

    def s(self):
        return "".join(self.text)


def render(tpl, rng, refs=None):
    refs = {} if refs is None else refs
    fr = Frag()
    pos = 0
    for m in SLOT.finditer(tpl):
        fr.add(tpl[pos:m.start()])
        pos = m.end()
        body = m.group(1)
        if body.startswith("~"):
            kind, lit = body[1:].split(":", 1)
            fr.value("LA", kind, lit)
            continue
        if body.startswith("$"):
            tag, kind, v = refs[body[1:]]
            fr.value(tag, kind, v)
            continue
        mm = SLOT_GEN.match(body)
        if not mm:
            raise ValueError(f"bad slot {body!r}")
        tag, dkind, fn = G[mm.group("gen")]
        if mm.group("gen") in ("svc", "domain", "db"):
            # one service name, domain and database per document
            v = refs.setdefault("__" + mm.group("gen"), fn(rng))
            v = xform(mm.group("x"), v)
        else:
            v = xform(mm.group("x"), fn(rng))
        kind = mm.group("kind") or dkind
        if mm.group("ref"):
            refs[mm.group("ref")] = (tag, kind, v)
        fr.value(tag, kind, v)
    fr.add(tpl[pos:])
    return fr


# ----------------------------------------------------------------------------- synthetic documents
# (file kind, path template, content template)
SYN = []


def syn(kind, path, text):
    SYN.append((kind, path, text))


syn("env", "services/⟪svc⟫/.env", """\
# ⟪svc⟫ service — local overrides, never commit this file
APP_ENV=production
LOG_LEVEL=info
DATABASE_URL=postgres://⟪user⟫:⟪pwu:url_password⟫@⟪host⟫:5432/⟪db⟫
REDIS_URL=redis://:⟪pwu:url_password⟫@⟪ip4:ipv4_url⟫:6379/0
SECRET_KEY=⟪hex64⟫
STRIPE_SECRET_KEY=⟪stripe_sk⟫
STRIPE_WEBHOOK_SECRET=⟪stripe_wh⟫
SENDGRID_API_KEY=⟪sendgrid⟫
DEFAULT_FROM_EMAIL=⟪email:config_email⟫
SMTP_PASSWORD=⟪pw:env_password⟫
ALLOWED_HOSTS=⟪loop4⟫,⟪priv4⟫,⟪ip4:ipv4⟫
BUILD_SHA=⟪sha1⟫
REQUEST_TIMEOUT=30
""")

syn("env", "deploy/.env.production", """\
NODE_ENV=production
PORT=8080
MONGO_URI=mongodb+srv://⟪user⟫:⟪pwu:url_password⟫@cluster0.⟪word⟫.mongodb.net/⟪db⟫?retryWrites=true&w=majority
JWT_SECRET=⟪b64s⟫
OPENAI_API_KEY=⟪openai⟫
AWS_ACCESS_KEY_ID=⟪aws_id⟫
AWS_SECRET_ACCESS_KEY=⟪aws_secret⟫
AWS_REGION=⟪region⟫
S3_BUCKET=⟪svc⟫-uploads
ADMIN_PASSWORD="⟪pw:env_password⟫"
SUPPORT_EMAIL=⟪email:config_email⟫
SESSION_ID_EXAMPLE=⟪uuid⟫
UPSTREAM_HOST=⟪ip4:ipv4⟫
# old value kept for rollback: MAILGUN_API_KEY=⟪mailgun⟫
""")

syn("env-example", "⟪svc⟫/.env.example", """\
# Copy to .env and fill in real values.
DATABASE_URL=postgres://⟪user⟫:⟪~placeholder:<password>⟫@localhost:5432/⟪db⟫
DB_PASSWORD=⟪ph_plain⟫
SECRET_KEY=⟪ph⟫
STRIPE_SECRET_KEY=⟪~placeholder:sk_live_xxxxxxxxxxxxxxxxxxxxxxxx⟫
GITHUB_TOKEN=⟪~placeholder:<your-github-token>⟫
AWS_ACCESS_KEY_ID=⟪aws_ex_id⟫
AWS_SECRET_ACCESS_KEY=⟪aws_ex_secret⟫
ADMIN_EMAIL=⟪ex_email⟫
BIND_ADDRESS=⟪any4⟫
CACHE_HOST=⟪loop4⟫
SMTP_PASSWORD=${SMTP_PASSWORD_FROM_VAULT}
API_BASE=https://api.⟪domain⟫/v2
# leaked by mistake in an old revision of this file (rotated?):
SLACK_BOT_TOKEN=⟪xoxb⟫
""")

syn("compose", "docker-compose.yml", """\
version: "3.9"
services:
  db:
    image: postgres:16@⟪digest⟫
    environment:
      POSTGRES_USER: ⟪user⟫
      POSTGRES_PASSWORD: ⟪pw:compose_password⟫
      POSTGRES_DB: ⟪db⟫
    networks:
      backend:
        ipv4_address: ⟪priv4⟫
  cache:
    image: redis:7-alpine
    command: ["redis-server", "--requirepass", "⟪pw:cli_password⟫"]
  app:
    build: .
    ports:
      - "⟪loop4⟫:8000:8000"
    environment:
      - DATABASE_URL=postgresql://⟪user⟫:⟪pwu:url_password⟫@db:5432/⟪db⟫
      - SENTRY_RELEASE=⟪sha1⟫
      - MAIL_FROM=⟪email:config_email⟫
      - GOOGLE_MAPS_KEY=⟪gkey⟫
      - DB_PASSWORD_FILE=/run/secrets/db_password
    extra_hosts:
      - "legacy-api:⟪ip4:ipv4⟫"
networks:
  backend:
    ipam:
      config:
        - subnet: ⟪priv4⟫/24
""")

syn("compose", "stack/compose.override.yaml", """\
services:
  mysql:
    image: mysql:8.4
    environment:
      MYSQL_ROOT_PASSWORD: "⟪pw:compose_password⟫"
      MYSQL_PASSWORD: ${MYSQL_PASSWORD:?set it in .env}
      MYSQL_USER: ⟪user⟫
  grafana:
    image: grafana/grafana-oss:⟪ver⟫
    environment:
      GF_SECURITY_ADMIN_PASSWORD: ⟪pw:compose_password⟫
      GF_SMTP_USER: ⟪email:config_email⟫
      GF_SMTP_PASSWORD: ⟪ph_plain⟫
  minio:
    image: minio/minio@⟪digest⟫
    environment:
      MINIO_ROOT_USER: ⟪user⟫
      MINIO_ROOT_PASSWORD: ⟪pwa:compose_password⟫
    dns:
      - ⟪ip4:ipv4⟫
      - ⟪ip6:ipv6⟫
""")

syn("k8s-secret", "k8s/⟪svc⟫-secret.yaml", """\
apiVersion: v1
kind: Secret
metadata:
  name: ⟪svc⟫-credentials
  namespace: prod
  uid: ⟪uuid⟫
type: Opaque
stringData:
  DB_PASSWORD: "⟪pw:k8s_password⟫"
  API_TOKEN: ⟪ghp⟫
  SMTP_USER: ⟪email:config_email⟫
data:
  redis-password: ⟪pw_b64⟫
  twilio-auth-token: ⟪twilio_token|b64:k8s_secret_b64⟫
---
apiVersion: apps/v1
kind: Deployment
metadata:
  name: ⟪svc⟫
spec:
  template:
    spec:
      containers:
        - name: ⟪svc⟫
          image: ghcr.io/⟪word⟫/⟪svc⟫@⟪digest⟫
          env:
            - name: DB_PASSWORD
              valueFrom:
                secretKeyRef:
                  name: ⟪svc⟫-credentials
                  key: ⟪~field_name:DB_PASSWORD⟫
            - name: UPSTREAM
              value: "http://⟪ip4:ipv4_url⟫:8080"
            - name: POD_CIDR
              value: "⟪priv4⟫/16"
""")

syn("kubeconfig", "ops/kubeconfig-⟪word⟫.yaml", """\
apiVersion: v1
kind: Config
clusters:
- cluster:
    certificate-authority-data: ⟪cert|b64⟫
    server: https://⟪ip4:ipv4_url⟫:6443
  name: ⟪word⟫-prod
contexts:
- context:
    cluster: ⟪word⟫-prod
    user: ⟪email:config_email⟫
  name: prod
current-context: prod
users:
- name: ⟪user⟫
  user:
    token: ⟪jwt⟫
- name: admin-cert
  user:
    client-certificate-data: ⟪cert|b64⟫
    client-key-data: ⟪pem_ec|b64:pem_private_key_b64⟫
""")

syn("helm-values", "charts/⟪svc⟫/values-prod.yaml", """\
replicaCount: 3
image:
  repository: registry.⟪domain⟫/⟪svc⟫
  tag: "⟪ver⟫"
  digest: ⟪digest⟫
postgresql:
  auth:
    username: ⟪user⟫
    password: ⟪pw:yaml_password⟫
    existingSecret: ""
redis:
  auth:
    password: "{{ .Values.global.redisPassword }}"
externalServices:
  paymentGateway:
    apiKey: ⟪stripe_sk⟫
  analytics:
    writeKey: ⟪hex32⟫
ingress:
  whitelistSourceRange: "⟪ip4:ipv4_cidr⟫/⟪cidrlen⟫,⟪priv4⟫/8"
alerting:
  email: ⟪email:config_email⟫
  slackWebhook: https://hooks.slack.com/services/⟪slack_hook⟫
""")

syn("terraform", "infra/⟪svc⟫/main.tf", """\
provider "aws" {
  region     = "⟪region⟫"
  access_key = "⟪aws_id⟫"
  secret_key = "⟪aws_secret⟫"
}

resource "aws_db_instance" "⟪svc⟫" {
  engine            = "postgres"
  instance_class    = "db.t3.medium"
  username          = "⟪user⟫"
  password          = "⟪pw:tf_password⟫"
  allocated_storage = 50
}

resource "aws_security_group_rule" "office" {
  type        = "ingress"
  from_port   = 22
  to_port     = 22
  protocol    = "tcp"
  cidr_blocks = ["⟪ip4:ipv4_cidr⟫/32", "⟪priv4⟫/16"]
}

variable "db_password" {
  type      = string
  sensitive = true
  default   = ⟪~var_reference:var.legacy_db_password⟫
}

output "endpoint_id" {
  value = "⟪uuid⟫"
}
""")

syn("terraform", "infra/providers.tf", """\
terraform {
  cloud {
    organization = "⟪word⟫"
    token        = "⟪tfc⟫"
  }
}

provider "github" {
  token = "⟪ghfine⟫"
  owner = "⟪word⟫"
}

provider "cloudflare" {
  api_token = "⟪cf_token⟫"
}

provider "digitalocean" {
  token = "⟪do⟫"
}

resource "cloudflare_record" "www" {
  name    = "www"
  value   = "⟪ip4:ipv4⟫"
  type    = "A"
}

resource "cloudflare_record" "www6" {
  name  = "www"
  value = "⟪ip6:ipv6⟫"
  type  = "AAAA"
}

resource "github_actions_secret" "npm" {
  secret_name     = "NPM_TOKEN"
  plaintext_value = var.npm_token
}
""")

syn("ansible-inventory", "inventory/⟪word⟫.ini", """\
[web]
web1 ansible_host=⟪ip4:ipv4⟫ ansible_user=deploy
web2 ansible_host=⟪ip4:ipv4⟫ ansible_user=deploy
web3 ansible_host=⟪priv4⟫

[db]
db1 ansible_host=⟪ip4:ipv4⟫ ansible_user=root ansible_password=⟪pw:inventory_password⟫

[all:vars]
ansible_become_pass=⟪pw:inventory_password⟫
ansible_ssh_common_args='-o ProxyJump=bastion@⟪ip4:ipv4⟫'
ntp_server=⟪ip6:ipv6⟫
""")

syn("ansible-vars", "group_vars/⟪word⟫/vars.yml", """\
---
app_user: ⟪user⟫
app_db_password: "⟪pw:yaml_password⟫"
app_db_password_vault: "{{ vault_app_db_password }}"
admin_contacts:
  - ⟪email:config_email⟫
  - ⟪email:config_email⟫
  - ⟪ex_email⟫
ldap_bind_dn: "cn=admin,dc=⟪word⟫,dc=lan"
ldap_bind_password: ⟪pw:yaml_password⟫
trusted_networks:
  - ⟪ip4:ipv4_cidr⟫/⟪cidrlen⟫
  - ⟪priv4⟫/24
  - ⟪ip6:ipv6_cidr⟫/⟪cidr6len⟫
newrelic_license: ⟪hex40⟫
package_checksum: "sha256:⟪sha256⟫"
""")

syn("github-actions", ".github/workflows/deploy.yml", """\
name: deploy
on:
  push:
    branches: [main]
env:
  REGISTRY: ghcr.io
  # TODO move to repository secrets
  NPM_TOKEN: ⟪npm⟫
  DATADOG_API_KEY: ⟪hex32⟫
jobs:
  deploy:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@⟪sha1⟫ # v4
      - uses: actions/setup-node@⟪sha1⟫
      - name: Log in to registry
        run: echo "⟪ghp⟫" | docker login ghcr.io -u ⟪user⟫ --password-stdin
      - name: Upload
        env:
          AWS_ACCESS_KEY_ID: ${{ secrets.AWS_ACCESS_KEY_ID }}
          AWS_SECRET_ACCESS_KEY: ⟪~ci_secret_ref:${{ secrets.AWS_SECRET_ACCESS_KEY }}⟫
          TWINE_PASSWORD: ⟪pypi⟫
        run: |
          git config user.email "⟪email:git_email⟫"
          aws s3 sync dist/ s3://⟪svc⟫-artifacts/
      - name: Smoke test
        run: 'curl -fsS -H "Authorization: Bearer ⟪bearer⟫" https://⟪ip4:ipv4_url⟫/healthz'
""")

syn("gitlab-ci", ".gitlab-ci.yml", """\
variables:
  POSTGRES_PASSWORD: ⟪pw:ci_password⟫
  POSTGRES_DB: ⟪db⟫
  DOCKER_AUTH_CONFIG: $DOCKER_AUTH_CONFIG
  DEPLOY_HOST: ⟪ip4:ipv4⟫

test:
  image: python:3.12@⟪digest⟫
  services:
    - postgres:16
  script:
    - pip install -r requirements.txt
    - pytest -q

release:
  stage: deploy
  script:
    - 'curl --header "PRIVATE-TOKEN: ⟪glpat⟫" --upload-file dist/pkg.tgz "https://gitlab.⟪domain⟫/api/v4/projects/⟪num⟫/packages/generic/pkg/⟪ver⟫/pkg.tgz"'
    - sshpass -p '⟪pw:cli_password⟫' scp dist/* deploy@⟪ip4:ipv4⟫:/srv/releases/
    - echo "notify ⟪email:ci_email⟫"
  only:
    - tags
""")

syn("jenkinsfile", "Jenkinsfile", """\
pipeline {
  agent any
  environment {
    REGISTRY_CREDS = credentials('registry-creds')
    SONAR_TOKEN = '⟪hex40⟫'
    ARTIFACTORY_PASSWORD = "⟪pw:ci_password⟫"
  }
  stages {
    stage('Migrate') {
      steps {
        sh "mysql -h ⟪ip4:ipv4⟫ -u ⟪user⟫ -p'⟪pw:cli_password⟫' ⟪db⟫ < migrations/latest.sql"
      }
    }
    stage('Notify') {
      steps {
        mail to: '⟪email:ci_email⟫', subject: "Build ${env.BUILD_NUMBER}", body: "done"
        sh 'curl -X POST -d @payload.json https://hooks.slack.com/services/⟪slack_hook⟫'
      }
    }
  }
}
""")

syn("dockerfile", "docker/⟪svc⟫/Dockerfile", """\
FROM python:3.12-slim@⟪digest⟫
ARG PIP_INDEX_URL=https://⟪user⟫:⟪pwu:url_password⟫@pypi.⟪domain⟫/simple/
ENV PYTHONUNBUFFERED=1 \\
    SENTRY_DSN=${SENTRY_DSN} \\
    API_KEY=⟪opaque⟫ \\
    DB_PASSWORD=${DB_PASSWORD}
LABEL maintainer="⟪name⟫ <⟪email:maintainer_email⟫>"
RUN pip install --no-cache-dir -r requirements.txt \\
 && echo "//registry.npmjs.org/:_authToken=⟪npm⟫" > /root/.npmrc
EXPOSE 8000
HEALTHCHECK CMD curl -f http://⟪loop4⟫:8000/ || exit 1
""")

syn("shell", "scripts/⟪svc⟫-backup.sh", """\
#!/usr/bin/env bash
set -euo pipefail
# nightly backup of ⟪db⟫ — contact ⟪email:comment_email⟫ if it fails
export AWS_ACCESS_KEY_ID=⟪aws_id⟫
export AWS_SECRET_ACCESS_KEY=⟪aws_secret⟫
export PGPASSWORD='⟪pw:env_password⟫'
pg_dump -h ⟪ip4:ipv4⟫ -U ⟪user⟫ ⟪db⟫ | gzip > /tmp/⟪db⟫.sql.gz
aws s3 cp /tmp/⟪db⟫.sql.gz s3://⟪svc⟫-backups/$(date +%F)/
mysqldump --host=⟪priv4⟫ --user=⟪user⟫ --password=⟪pw:cli_password⟫ ⟪db⟫ > /tmp/mysql.sql
redis-cli -h ⟪ip4:ipv4⟫ -a '⟪pw:cli_password⟫' BGSAVE
curl -fsS -u "⟪user⟫:⟪pw:cli_password⟫" -T /tmp/⟪db⟫.sql.gz https://files.⟪domain⟫/backups/
echo "backup id ⟪uuid⟫ done" | mail -s ok ⟪email:shell_email⟫
""")

syn("shell", "scripts/bootstrap.sh", """\
#!/bin/sh
# Bootstrap a new build agent.
GITHUB_TOKEN="⟪ghp⟫"
HF_TOKEN=⟪hf⟫
export VAULT_ADDR=https://⟪ip4:ipv4_url⟫:8200
export VAULT_TOKEN=⟪vault⟫
DB_PASS="${DB_PASS:-⟪pw:env_default_password⟫}"
git clone https://x-access-token:${GITHUB_TOKEN}@github.com/⟪word⟫/⟪svc⟫.git
git clone https://oauth2:⟪glpat⟫@gitlab.⟪domain⟫/ops/infra.git
docker login -u ⟪user⟫ -p ⟪pw:cli_password⟫ registry.⟪domain⟫
keytool -importkeystore -srckeystore in.p12 -srcstorepass ⟪pw:cli_password⟫ -deststorepass ⟪pw:cli_password⟫ -destkeystore out.jks
openssl pkcs12 -export -in cert.pem -inkey key.pem -out bundle.p12 -passout pass:⟪pw:cli_password⟫
sudo ip route add ⟪ip4:ipv4_cidr⟫/⟪cidrlen⟫ via ⟪priv4⟫
ping6 -c1 ⟪ip6:ipv6⟫
""")

syn("django-settings", "⟪svc⟫/settings/production.py", """\
from .base import *  # noqa

DEBUG = False
SECRET_KEY = "⟪django_key⟫"
ALLOWED_HOSTS = ["⟪svc⟫.⟪domain⟫", "⟪ip4:ipv4⟫"]
INTERNAL_IPS = ["⟪loop4⟫", "⟪priv4⟫"]
ADMINS = [("⟪name⟫", "⟪email:config_email⟫"), ("Ops", "⟪email:config_email⟫")]

DATABASES = {
    "default": {
        "ENGINE": "django.db.backends.postgresql",
        "NAME": "⟪db⟫",
        "USER": "⟪user⟫",
        "PASSWORD": "⟪pw:dict_password⟫",
        "HOST": "⟪ip4:ipv4⟫",
        "PORT": "5432",
    },
    "replica": {
        "ENGINE": "django.db.backends.postgresql",
        "NAME": "⟪db⟫",
        "USER": "⟪user⟫",
        "PASSWORD": ⟪~env_lookup:os.environ["REPLICA_DB_PASSWORD"]⟫,
        "HOST": "⟪priv4⟫",
    },
}

EMAIL_HOST = "smtp.⟪domain⟫"
EMAIL_HOST_USER = "⟪email:config_email⟫"
EMAIL_HOST_PASSWORD = "⟪pw:assign_password⟫"
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator", "OPTIONS": {"min_length": 12}},
]
PASSWORD_RESET_TIMEOUT = 3600
AWS_STORAGE_BUCKET_NAME = "⟪svc⟫-static"
AWS_S3_ACCESS_KEY_ID = "⟪aws_id⟫"
AWS_S3_SECRET_ACCESS_KEY = "⟪aws_secret⟫"
""")

syn("flask-config", "⟪svc⟫/config.py", """\
import os


class Config:
    SECRET_KEY = os.environ.get("SECRET_KEY", "⟪hex32:env_default_secret⟫")
    SQLALCHEMY_DATABASE_URI = "mysql+pymysql://⟪user⟫:⟪pwu:url_password⟫@⟪ip4:ipv4_url⟫:3306/⟪db⟫"
    MAIL_USERNAME = "⟪email:config_email⟫"
    MAIL_PASSWORD = os.getenv("MAIL_PASSWORD")
    CELERY_BROKER_URL = "amqp://⟪user⟫:⟪pwu:url_password⟫@⟪host⟫:5672//"
    RECAPTCHA_PRIVATE_KEY = "⟪opaque⟫"


class TestConfig(Config):
    SECRET_KEY = ⟪~placeholder:"test"⟫
    SQLALCHEMY_DATABASE_URI = "sqlite://"
    MAIL_USERNAME = "⟪ex_email⟫"
""")

syn("python-script", "tools/sync_⟪svc⟫.py", """\
\"\"\"Sync ⟪svc⟫ exports to S3 and notify the channel.\"\"\"
import boto3
import psycopg2
import requests
from slack_sdk import WebClient

s3 = boto3.client(
    "s3",
    aws_access_key_id="⟪aws_id⟫",
    aws_secret_access_key="⟪aws_secret⟫",
    region_name="⟪region⟫",
)
conn = psycopg2.connect(host="⟪ip4:ipv4⟫", dbname="⟪db⟫", user="⟪user⟫", password="⟪pw:kwarg_password⟫")
slack = WebClient(token="⟪xoxb⟫")
HEADERS = {"Authorization": "Bearer ⟪bearer⟫", "X-Request-Id": "⟪uuid⟫"}


def main(password=None):
    # password=None is just the parameter name; real value comes from the keyring
    r = requests.get("https://api.⟪domain⟫/v1/export", headers=HEADERS, timeout=30)
    r.raise_for_status()
    slack.chat_postMessage(channel="#⟪svc⟫", text=f"export ok ({len(r.content)} bytes)")


if __name__ == "__main__":
    main()
""")

syn("python-script", "scripts/mailer_⟪word⟫.py", """\
import os
import smtplib
import ftplib
import pymysql
from email.message import EmailMessage
from twilio.rest import Client

SENDER = "⟪email:code_email⟫"
RECIPIENTS = ["⟪email:code_email⟫", "⟪ex_email⟫"]

msg = EmailMessage()
msg["From"] = SENDER
msg["To"] = ", ".join(RECIPIENTS)
with smtplib.SMTP_SSL("smtp.⟪domain⟫", 465) as s:
    s.login(SENDER, "⟪pw:positional_password⟫")
    s.send_message(msg)

ftp = ftplib.FTP("⟪ip4:ipv4⟫", "⟪user⟫", "⟪pw:positional_password⟫")
db = pymysql.connect("⟪priv4⟫", "⟪user⟫", "⟪pw:positional_password⟫", "⟪db⟫")
client = Client(os.environ["TWILIO_ACCOUNT_SID"], "⟪twilio_token⟫")
client.messages.create(to="+15550100", from_="+15550101", body="deploy done")
""")

syn("python-script", "notebooks/llm_eval_⟪word⟫.py", """\
import os
from openai import OpenAI
import anthropic
from huggingface_hub import login

client = OpenAI(api_key="⟪openai⟫")
claude = anthropic.Anthropic(api_key="⟪anthropic⟫")
login(token="⟪hf⟫")
groq_key = "⟪groq⟫"
replicate_token = "⟪replicate⟫"
backup_key = os.environ.get("OPENAI_API_KEY_BACKUP")
safe = os.environ["OPENAI_API_KEY"]
MODEL_REVISION = "⟪sha1⟫"
run_id = "⟪uuid⟫"
""")

syn("pytest", "tests/test_⟪svc⟫_auth.py", """\
import os

import pytest

from ⟪svc⟫.auth import hash_password, verify

KNOWN_HASH = "⟪bcrypt⟫"
ARGON_HASH = "⟪argon2⟫"


@pytest.fixture
def user():
    return {"email": "⟪ex_email⟫", "password": os.environ.get("TEST_PASSWORD", ""), "id": "⟪uuid⟫"}


def test_login_with_staging_account(client):
    # staging account, shared with QA
    resp = client.post("/login", json={"email": "⟪email:fixture_email⟫", "password": "⟪pw:fixture_password⟫"})
    assert resp.status_code == 200


def test_api_key_header(client):
    resp = client.get("/v1/me", headers={"X-Api-Key": "⟪opaque:fixture_key⟫"})
    assert resp.status_code == 200


def test_password_field_name():
    form = {"username": "alice", "password_confirm": ⟪~field_name:"password"⟫}
    assert "password" in form.values()
""")

syn("js-config", "src/config/⟪svc⟫.js", """\
const { S3Client } = require("@aws-sdk/client-s3");
const mongoose = require("mongoose");

const s3 = new S3Client({
  region: "⟪region⟫",
  credentials: {
    accessKeyId: "⟪aws_id⟫",
    secretAccessKey: "⟪aws_secret⟫",
  },
});

mongoose.connect("mongodb://⟪user⟫:⟪pwu:url_password⟫@⟪ip4:ipv4_url⟫:27017/⟪db⟫?authSource=admin");

module.exports = {
  stripeKey: process.env.STRIPE_KEY || "⟪stripe_sk⟫",
  dbPassword: process.env.DB_PASSWORD || "⟪pw:js_password⟫",
  sessionSecret: ⟪~env_lookup:process.env.SESSION_SECRET⟫,
  sentryDsn: process.env.SENTRY_DSN,
  supportEmail: "⟪email:code_email⟫",
  allowedOrigins: ["http://⟪loop4⟫:3000", "https://⟪ip4:ipv4_url⟫"],
};
""")

syn("typescript", "src/clients/⟪svc⟫.ts", """\
import axios from "axios";
import { WebClient } from "@slack/web-api";

const api = axios.create({
  baseURL: "https://⟪ip4:ipv4_url⟫:8443/api",
  headers: { Authorization: `Bearer ⟪jwt⟫` },
});

const slack = new WebClient("⟪xoxp⟫");
export const DISCORD_TOKEN = "⟪discord⟫";
export const TELEGRAM_BOT = "⟪telegram⟫";

export async function login(user: string, password: string = "⟪pw:default_arg_password⟫") {
  return api.post("/login", { user, password });
}

export const placeholders = { token: "⟪ph⟫", password: "${PASSWORD}" };
""")

syn("go", "internal/⟪svc⟫/db.go", """\
package ⟪svc⟫

import (
\t"database/sql"
\t"os"

\t_ "github.com/go-sql-driver/mysql"
)

const apiKey = "⟪hex40⟫"

type Config struct {
\tUser     string
\tPassword string
\tHost     string
}

var defaultConfig = Config{
\tUser:     "⟪user⟫",
\tPassword: "⟪pw:struct_password⟫",
\tHost:     "⟪ip4:ipv4⟫",
}

func Open() (*sql.DB, error) {
\tdsn := "⟪user⟫:⟪pw:conn_string_password⟫@tcp(⟪ip4:ipv4⟫:3306)/⟪db⟫?parseTime=true"
\tif v := os.Getenv("DSN"); v != "" {
\t\tdsn = v
\t}
\treturn sql.Open("mysql", dsn)
}

// Maintainer: ⟪email:comment_email⟫
""")

syn("java", "src/main/java/com/⟪word⟫/⟪svc⟫/DataSourceFactory.java", """\
package com.⟪word⟫.⟪svc⟫;

import java.sql.Connection;
import java.sql.DriverManager;

public final class DataSourceFactory {
    private static final String URL = "jdbc:postgresql://⟪ip4:ipv4⟫:5432/⟪db⟫";
    private static final String USER = "⟪user⟫";
    private static final String PASSWORD = "⟪pw:assign_password⟫";
    private static final String SENDGRID_KEY = "⟪sendgrid⟫";

    @Value("${spring.datasource.password}")
    private String configuredPassword;

    public static Connection open() throws Exception {
        return DriverManager.getConnection(URL, USER, "⟪pw:positional_password⟫");
    }

    /** Questions: ⟪email:comment_email⟫ */
    public static String uuid() { return "⟪uuid⟫"; }
}
""")

syn("spring-properties", "src/main/resources/application-prod.properties", """\
spring.datasource.url=jdbc:mysql://⟪ip4:ipv4⟫:3306/⟪db⟫?useSSL=true
spring.datasource.username=⟪user⟫
spring.datasource.password=⟪pw:properties_password⟫
spring.mail.host=smtp.⟪domain⟫
spring.mail.username=⟪email:config_email⟫
spring.mail.password=⟪pw:properties_password⟫
spring.rabbitmq.password=${RABBIT_PASSWORD}
app.jwt.secret=⟪b64s⟫
app.security.password-min-length=12
management.server.address=⟪loop4⟫
server.ssl.key-store-password=⟪pw:properties_password⟫
""")

syn("spring-yaml", "src/main/resources/application.yml", """\
spring:
  datasource:
    url: jdbc:postgresql://⟪host⟫:5432/⟪db⟫
    username: ⟪user⟫
    password: '⟪pw:yaml_password⟫'
  security:
    oauth2:
      client:
        registration:
          google:
            client-id: ⟪bignum⟫-⟪word⟫.apps.googleusercontent.com
            client-secret: ⟪oauth_secret⟫
  mail:
    password: ${MAIL_PASSWORD:}
server:
  address: ⟪any4⟫
logging:
  file: /var/log/⟪svc⟫.log
""")

syn("csharp", "src/⟪svc⟫/Program.cs", """\
using System.Data.SqlClient;
using Microsoft.Azure.Storage;

var connStr = "Server=⟪ip4:ipv4⟫,1433;Database=⟪db⟫;User Id=sa;Password=⟪pw:conn_string_password⟫;TrustServerCertificate=True";
var storage = CloudStorageAccount.Parse("DefaultEndpointsProtocol=https;AccountName=⟪word⟫store;AccountKey=⟪azure_key⟫;EndpointSuffix=core.windows.net");
var cred = new NetworkCredential("⟪user⟫", "⟪pw:positional_password⟫");
var mailer = new SmtpClient("smtp.⟪domain⟫") { Credentials = new NetworkCredential("⟪email:code_email⟫", "⟪pw:positional_password⟫") };
var fromConfig = builder.Configuration["Db:Password"];
Console.WriteLine("started {0}", "⟪uuid⟫");
""")

syn("appsettings", "src/⟪svc⟫/appsettings.Production.json", """\
{
  "ConnectionStrings": {
    "Default": "Host=⟪ip4:ipv4⟫;Port=5432;Database=⟪db⟫;Username=⟪user⟫;Password=⟪pw:conn_string_password⟫",
    "Redis": "⟪priv4⟫:6379,password=⟪pw:conn_string_password⟫,ssl=False"
  },
  "Smtp": {
    "User": "⟪email:json_email⟫",
    "Password": "⟪pw:json_password⟫"
  },
  "Jwt": { "Key": "⟪b64s⟫", "Issuer": "https://auth.⟪domain⟫" },
  "ApplicationInsights": { "InstrumentationKey": "⟪uuid⟫" },
  "AllowedHosts": "*"
}
""")

syn("php", "wp-config.php", """\
<?php
define( 'DB_NAME', '⟪db⟫' );
define( 'DB_USER', '⟪user⟫' );
define( 'DB_PASSWORD', '⟪pw:php_password⟫' );
define( 'DB_HOST', '⟪ip4:ipv4⟫' );
define( 'AUTH_KEY',         '⟪django_key:wp_salt⟫' );
define( 'SECURE_AUTH_KEY',  '⟪django_key:wp_salt⟫' );
define( 'NONCE_SALT',       '⟪django_key:wp_salt⟫' );
$table_prefix = 'wp_';
$pdo = new PDO('mysql:host=⟪priv4⟫;dbname=⟪db⟫', 'root', '⟪pw:positional_password⟫');
$mail->Username = '⟪email:code_email⟫';
$mail->Password = getenv('SMTP_PASSWORD');
""")

syn("ruby", "config/initializers/⟪svc⟫.rb", """\
Stripe.api_key = "⟪stripe_sk⟫"
Rails.application.config.action_mailer.smtp_settings = {
  address: "smtp.⟪domain⟫",
  user_name: "⟪email:code_email⟫",
  password: "⟪pw:kwarg_password⟫",
  authentication: :plain
}
Sidekiq.configure_server do |config|
  config.redis = { url: "redis://:⟪pwu:url_password⟫@⟪ip4:ipv4_url⟫:6379/1" }
end
Octokit.configure { |c| c.access_token = ENV.fetch("GITHUB_TOKEN") }
SHOPIFY_TOKEN = "⟪shopify⟫"
""")

syn("rails-database", "config/database.yml", """\
default: &default
  adapter: postgresql
  encoding: unicode
  pool: <%= ENV.fetch("RAILS_MAX_THREADS") { 5 } %>

development:
  <<: *default
  database: ⟪db⟫_development
  password: <%= ENV["DATABASE_PASSWORD"] %>

production:
  <<: *default
  database: ⟪db⟫_production
  username: ⟪user⟫
  password: ⟪pw:yaml_password⟫
  host: ⟪ip4:ipv4⟫
""")

syn("rust", "src/client.rs", """\
use reqwest::Client;

const GITHUB_TOKEN: &str = "⟪ghp⟫";
const FALLBACK_HOST: &str = "⟪ip6:ipv6⟫";

pub async fn fetch(user: &str) -> reqwest::Result<String> {
    let client = Client::new();
    client
        .get("https://api.⟪domain⟫/v1/items")
        .basic_auth(user, Some("⟪pw:positional_password⟫"))
        .header("X-Api-Key", "⟪opaque⟫")
        .send()
        .await?
        .text()
        .await
}

// Author: ⟪name⟫ <⟪email:comment_email⟫>
""")

syn("powershell", "scripts/Deploy-⟪svc⟫.ps1", """\
$SecurePass = ConvertTo-SecureString "⟪pw:ps_password⟫" -AsPlainText -Force
$Cred = New-Object System.Management.Automation.PSCredential ("⟪user⟫", $SecurePass)
Enter-PSSession -ComputerName ⟪ip4:ipv4⟫ -Credential $Cred
net use \\\\⟪priv4⟫\\share /user:CORP\\⟪user⟫ ⟪pw:cli_password⟫
$env:AZURE_STORAGE_KEY = "⟪azure_key⟫"
$env:DB_PASSWORD = $env:VAULT_DB_PASSWORD
Send-MailMessage -To "⟪email:code_email⟫" -From "⟪ex_email⟫" -Subject "deployed" -SmtpServer smtp.⟪domain⟫
""")

syn("sql", "db/migrations/⟪num⟫_grants.sql", """\
-- grants for the ⟪svc⟫ service (owner: ⟪email:comment_email⟫)
CREATE USER '⟪user⟫'@'%' IDENTIFIED BY '⟪pw:sql_password⟫';
GRANT SELECT, INSERT ON ⟪db⟫.* TO '⟪user⟫'@'%';
CREATE ROLE reporting WITH LOGIN PASSWORD '⟪pw:sql_password⟫';
ALTER USER replicator WITH PASSWORD '⟪pw:sql_password⟫';
INSERT INTO users (id, email, password_hash, last_ip) VALUES
  ('⟪uuid⟫', '⟪email:sql_email⟫', '⟪bcrypt⟫', '⟪ip4:ipv4⟫'),
  ('⟪uuid⟫', '⟪email:sql_email⟫', '⟪bcrypt⟫', '⟪priv4⟫'),
  ('⟪uuid⟫', '⟪ex_email⟫', '⟪bcrypt⟫', '⟪loop4⟫');
""")

syn("netrc", "home/.netrc", """\
machine api.⟪domain⟫
  login ⟪email:login_email⟫
  password ⟪pw:netrc_password⟫
machine ⟪ip4:ipv4⟫ login deploy password ⟪pw:netrc_password⟫
machine github.com login ⟪user⟫ password ⟪ghp⟫
default login anonymous password ⟪ex_email⟫
""")

syn("pgpass", "home/.pgpass", """\
# hostname:port:database:username:password
⟪ip4:ipv4⟫:5432:⟪db⟫:⟪user⟫:⟪pw:pgpass_password⟫
⟪host⟫:5432:*:⟪user⟫:⟪pw:pgpass_password⟫
localhost:5432:*:postgres:⟪ph_plain⟫
""")

syn("htpasswd", "nginx/.htpasswd", """\
⟪user⟫:⟪apr1⟫
⟪email:login_email⟫:⟪bcrypt⟫
ops:⟪sha512crypt⟫
""")

syn("git-credentials", "home/.git-credentials", """\
https://⟪user⟫:⟪ghp⟫@github.com
https://oauth2:⟪glpat⟫@gitlab.⟪domain⟫
https://⟪user⟫:⟪pwu:url_password⟫@⟪ip4:ipv4_url⟫
""")

syn("my-cnf", "home/.my.cnf", """\
[client]
user=⟪user⟫
password=⟪pw:ini_password⟫
host=⟪ip4:ipv4⟫

[mysqldump]
user=backup
password="⟪pw:ini_password⟫"
""")

syn("npmrc", ".npmrc", """\
registry=https://registry.npmjs.org/
//registry.npmjs.org/:_authToken=⟪npm⟫
@⟪word⟫:registry=https://npm.pkg.github.com/
//npm.pkg.github.com/:_authToken=⟪gho⟫
//nexus.⟪domain⟫/repository/npm/:_auth=⟪basic_b64⟫
email=⟪email:config_email⟫
always-auth=true
""")

syn("pypirc", ".pypirc", """\
[distutils]
index-servers =
    pypi
    internal

[pypi]
username = __token__
password = ⟪pypi⟫

[internal]
repository = https://pypi.⟪domain⟫/
username = ⟪user⟫
password = ⟪pw:ini_password⟫
""")

syn("pip-conf", "etc/pip.conf", """\
[global]
index-url = https://⟪user⟫:⟪pwu:url_password⟫@pypi.⟪domain⟫/simple
extra-index-url = https://__token__:⟪glpat⟫@gitlab.⟪domain⟫/api/v4/projects/⟪num⟫/packages/pypi/simple
trusted-host = ⟪ip4:ipv4⟫
""")

syn("aws-credentials", "home/.aws/credentials", """\
[default]
aws_access_key_id = ⟪aws_id⟫
aws_secret_access_key = ⟪aws_secret⟫

[staging]
aws_access_key_id = ⟪aws_id⟫
aws_secret_access_key = ⟪aws_secret⟫
aws_session_token = ⟪aws_session⟫

[docs-example]
aws_access_key_id = ⟪aws_ex_id⟫
aws_secret_access_key = ⟪aws_ex_secret⟫
""")

syn("docker-config", "home/.docker/config.json", """\
{
  "auths": {
    "https://index.docker.io/v1/": {
      "auth": "⟪basic_b64⟫",
      "email": "⟪email:json_email⟫"
    },
    "registry.⟪domain⟫": {
      "auth": "⟪basic_b64⟫"
    },
    "ghcr.io": {
      "identitytoken": "⟪dockerhub⟫"
    }
  },
  "credsStore": "desktop"
}
""")

syn("gcp-service-account", "secrets/⟪word⟫-sa.json", """\
{
  "type": "service_account",
  "project_id": "⟪word⟫-prod-⟪num⟫",
  "private_key_id": "⟪gcp_kid⟫",
  "private_key": "⟪pem_pk8|jsonesc⟫\\n",
  "client_email": "⟪sa_email⟫",
  "client_id": "⟪bignum⟫",
  "auth_uri": "https://accounts.google.com/o/oauth2/auth",
  "token_uri": "https://oauth2.googleapis.com/token"
}
""")

syn("ssh", "home/.ssh/config", """\
Host bastion
    HostName ⟪ip4:ipv4⟫
    User ⟪user⟫
    IdentityFile ~/.ssh/id_ed25519

Host db-*
    ProxyJump bastion
    HostName ⟪priv4⟫

Host v6box
    HostName ⟪ip6:ipv6⟫
""")

syn("ssh-key", "deploy/id_⟪word⟫", """\
⟪pem_ssh⟫
""")

syn("known-hosts", "home/.ssh/known_hosts", """\
⟪ip4:ipv4⟫ ⟪sshpub⟫
[⟪ip4:ipv4⟫]:2222 ⟪sshpub⟫
git.⟪domain⟫,⟪ip6:ipv6⟫ ⟪sshpub⟫
""")

syn("authorized-keys", "home/.ssh/authorized_keys", """\
⟪sshpub⟫ ⟪email:key_comment_email⟫
from="⟪ip4:ipv4⟫" ⟪sshpub⟫ deploy@ci
⟪sshpub⟫ ⟪ex_email⟫
""")

syn("pem-bundle", "certs/⟪word⟫.pem", """\
⟪cert⟫
⟪pem_rsa⟫
""")

syn("http", "requests/⟪svc⟫.http", """\
### Get profile
GET https://⟪ip4:ipv4_url⟫/api/v1/me
Authorization: Bearer ⟪jwt⟫
X-Trace-Id: ⟪trace⟫

### Basic auth
POST https://api.⟪domain⟫/v2/login
Authorization: Basic ⟪basic_b64⟫
Content-Type: application/json

{"email": "⟪email:json_email⟫", "password": "⟪pw:json_password⟫"}

### Variables
GET {{baseUrl}}/items
Authorization: Bearer {{token}}
""")

syn("nginx", "nginx/sites-available/⟪svc⟫.conf", """\
upstream ⟪svc⟫_backend {
    server ⟪priv4⟫:8000;
    server ⟪ip4:ipv4⟫:8000 backup;
}
server {
    listen 443 ssl;
    listen [::]:443 ssl;
    server_name ⟪svc⟫.⟪domain⟫;
    allow ⟪ip4:ipv4_cidr⟫/⟪cidrlen⟫;
    allow ⟪ip6:ipv6_cidr⟫/⟪cidr6len⟫;
    allow ⟪priv4⟫/24;
    deny all;
    location /internal/ {
        proxy_set_header Authorization "Basic ⟪basic_b64⟫";
        proxy_set_header X-Api-Key "⟪opaque⟫";
        proxy_pass http://⟪svc⟫_backend;
    }
    set_real_ip_from ⟪ip4:ipv4_cidr⟫/⟪cidrlen⟫;
    auth_basic_user_file /etc/nginx/.htpasswd;
}
""")

syn("firewall", "ops/firewall.sh", """\
#!/bin/sh
iptables -A INPUT -s ⟪ip4:ipv4⟫ -p tcp --dport 22 -j ACCEPT
iptables -A INPUT -s ⟪ip4:ipv4_cidr⟫/⟪cidrlen⟫ -j DROP
iptables -A INPUT -s ⟪priv4⟫/8 -j ACCEPT
ip6tables -A INPUT -s ⟪ip6:ipv6_cidr⟫/⟪cidr6len⟫ -j DROP
ufw allow from ⟪ip4:ipv4⟫ to any port 5432
ufw allow from ⟪cgnat⟫ to any port 41641 proto udp
ufw deny from ⟪ip6:ipv6⟫
""")

syn("access-log", "logs/access.log", """\
⟪ip4:log_ipv4⟫ - - [12/Mar/2025:⟪time⟫ +0000] "GET /api/v1/items?page=2 HTTP/1.1" 200 5123 "-" "Mozilla/5.0"
⟪ip6:log_ipv6⟫ - - [12/Mar/2025:⟪time⟫ +0000] "POST /login HTTP/2.0" 302 0 "-" "curl/8.5.0"
⟪priv4⟫ - - [12/Mar/2025:⟪time⟫ +0000] "GET /healthz HTTP/1.1" 200 2 "-" "kube-probe/1.29"
⟪ip4:log_ipv4⟫ - ⟪email:log_email⟫ [12/Mar/2025:⟪time⟫ +0000] "GET /account HTTP/1.1" 200 812 "-" "Mozilla/5.0"
⟪loop4⟫ - - [12/Mar/2025:⟪time⟫ +0000] "GET /metrics HTTP/1.1" 200 9921 "-" "Prometheus/2.51.0"
""")

syn("app-log", "logs/⟪svc⟫.log", """\
⟪isodate⟫ INFO  request_id=⟪uuid⟫ trace=⟪trace⟫ user=⟪email:log_email⟫ ip=⟪ip4:log_ipv4⟫ login ok
⟪isodate⟫ WARN  failed login for ⟪email:log_email⟫ from ⟪ip4:log_ipv4⟫ (attempt 3)
⟪isodate⟫ DEBUG connecting to postgresql://⟪user⟫:⟪pwu:log_password⟫@⟪host⟫:5432/⟪db⟫
⟪isodate⟫ ERROR upstream ⟪ip6:log_ipv6⟫ timed out; retrying via ⟪priv4⟫
⟪isodate⟫ INFO  build ⟪short_sha⟫ version ⟪ver4⟫ started
""")

syn("auth-log", "logs/auth.log", """\
Mar 12 ⟪time⟫ bastion sshd[⟪num⟫]: Failed password for root from ⟪ip4:log_ipv4⟫ port ⟪num⟫ ssh2
Mar 12 ⟪time⟫ bastion sshd[⟪num⟫]: Failed password for invalid user admin from ⟪ip4:log_ipv4⟫ port ⟪num⟫ ssh2
Mar 12 ⟪time⟫ bastion sshd[⟪num⟫]: Accepted publickey for deploy from ⟪ip6:log_ipv6⟫ port ⟪num⟫ ssh2: ED25519 SHA256:⟪fp⟫
Mar 12 ⟪time⟫ bastion sshd[⟪num⟫]: Connection closed by ⟪priv4⟫ port ⟪num⟫
""")

syn("readme", "README.md", """\
# ⟪svc⟫-client

Maintained by ⟪name⟫ (⟪email:docs_email⟫).

## Quick start

```bash
export ⟪svc|upper⟫_TOKEN=⟪~placeholder:<your-token>⟫
curl -H "Authorization: Bearer $⟪svc|upper⟫_TOKEN" https://api.⟪domain⟫/v1/ping
```

For the shared staging instance use the service account below (rotate after the demo!):

```bash
curl -u demo:⟪pw:md_password⟫ https://⟪ip4:ipv4_url⟫:8443/v1/ping
export STAGING_API_KEY=⟪opaque⟫
```

| setting | value |
|---|---|
| host | `⟪ip4:ipv4⟫` |
| admin password | `⟪pw:md_password⟫` |
| docs contact | ⟪ex_email⟫ |
| password field | `⟪~field_name:password⟫` |

Default credentials are `admin` / `⟪~placeholder:changeme⟫`; change them on first login.
""")

syn("readme", "docs/deploy.md", """\
## Deploying ⟪svc⟫

1. Create `~/.aws/credentials` with your own key (the one below is the AWS docs example):

   ```ini
   aws_access_key_id = ⟪aws_ex_id⟫
   aws_secret_access_key = ⟪aws_ex_secret⟫
   ```

2. The CI uses the deploy key ⟪aws_id:docs_aws_key⟫ with secret `⟪aws_secret⟫` — ask ⟪email:docs_email⟫ to rotate it.
3. Point DNS at ⟪ip4:ipv4⟫ (v6: ⟪ip6:ipv6⟫); the load balancer health check comes from ⟪ll4⟫.
4. The database password is `⟪pw:md_password⟫` (staging only).
5. Checksum of the release tarball: `⟪sha256⟫`.
""")

syn("changelog", "CHANGELOG.md", """\
# Changelog

## ⟪ver⟫ (⟪date⟫)

- Fix token refresh race (#⟪num⟫, ⟪short_sha⟫) — thanks ⟪name⟫ <⟪email:changelog_email⟫>
- Bump urllib3 to ⟪ver4⟫
- Drop support for ⟪npm_ver⟫; see commit ⟪sha1⟫

## ⟪ver⟫ (⟪date⟫)

- Reported by ⟪email:changelog_email⟫: example config leaked `⟪~placeholder:sk_test_xxxxxxxx⟫` placeholder
- Moved CI to ⟪ip4:ipv4⟫
""")

syn("git-log", "git-log.txt", """\
commit ⟪sha1⟫
Author: ⟪name⟫ <⟪email:git_author_email⟫>
Date:   Tue Mar 11 14:02:11 2025 +0100

    Rotate staging credentials

    Signed-off-by: ⟪name⟫ <⟪email:git_author_email⟫>

commit ⟪sha1⟫
Author: ⟪name⟫ <⟪email:git_author_email⟫>
Date:   Mon Mar 10 09:41:55 2025 +0000

    Merge ⟪short_sha⟫ into main
""")

syn("patch", "patches/⟪num⟫-config.patch", """\
From ⟪sha1⟫ Mon Sep 17 00:00:00 2001
From: ⟪name⟫ <⟪email:git_author_email⟫>
Subject: [PATCH] use env vars for credentials

--- a/config/settings.py
+++ b/config/settings.py
@@ -10,7 +10,7 @@
-API_TOKEN = "⟪ghp⟫"
+API_TOKEN = os.environ["API_TOKEN"]
-DB_PASSWORD = "⟪pw:diff_password⟫"
+DB_PASSWORD = os.environ.get("DB_PASSWORD", "")
 DB_HOST = "⟪priv4⟫"
""")

syn("csv", "exports/users-⟪date⟫.csv", """\
id,email,signup_ip,created_at,plan
⟪uuid⟫,⟪email:csv_email⟫,⟪ip4:csv_ipv4⟫,⟪isodate⟫,pro
⟪uuid⟫,⟪email:csv_email⟫,⟪ip6:csv_ipv6⟫,⟪isodate⟫,free
⟪uuid⟫,⟪email:csv_email⟫,⟪priv4⟫,⟪isodate⟫,free
⟪uuid⟫,⟪ex_email⟫,⟪doc4⟫,⟪isodate⟫,trial
""")

syn("xml", "settings.xml", """\
<settings>
  <servers>
    <server>
      <id>releases</id>
      <username>⟪user⟫</username>
      <password>⟪pw:xml_password⟫</password>
    </server>
    <server>
      <id>snapshots</id>
      <username>⟪user⟫</username>
      <password>${env.NEXUS_PASSWORD}</password>
    </server>
  </servers>
  <proxies>
    <proxy>
      <host>⟪ip4:ipv4⟫</host>
      <username>proxyuser</username>
      <password>⟪pw:xml_password⟫</password>
    </proxy>
  </proxies>
</settings>
""")

syn("xml", "Web.config", """\
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <connectionStrings>
    <add name="Main" connectionString="Data Source=⟪ip4:ipv4⟫;Initial Catalog=⟪db⟫;User ID=⟪user⟫;Password=⟪pw:conn_string_password⟫" />
  </connectionStrings>
  <appSettings>
    <add key="SendGridApiKey" value="⟪sendgrid⟫" />
    <add key="AdminEmail" value="⟪email:config_email⟫" />
    <add key="PasswordMinLength" value="10" />
    <add key="MachineKeyId" value="⟪uuid⟫" />
  </appSettings>
</configuration>
""")

syn("gradle-properties", "gradle.properties", """\
org.gradle.jvmargs=-Xmx2g
signing.keyId=⟪short_sha⟫
signing.password=⟪pw:properties_password⟫
signing.secretKeyRingFile=/home/⟪user⟫/.gnupg/secring.gpg
ossrhUsername=⟪user⟫
ossrhPassword=⟪pw:properties_password⟫
systemProp.https.proxyHost=⟪ip4:ipv4⟫
systemProp.https.proxyPassword=⟪pw:properties_password⟫
""")

syn("toml-secrets", ".streamlit/secrets.toml", """\
[connections.postgresql]
dialect = "postgresql"
host = "⟪ip4:ipv4⟫"
port = "5432"
database = "⟪db⟫"
username = "⟪user⟫"
password = "⟪pw:toml_password⟫"

[api]
openai_key = "⟪openai⟫"
mapbox_token = "⟪mapbox⟫"
contact = "⟪email:config_email⟫"
""")

syn("toml-config", "config/⟪svc⟫.toml", """\
title = "⟪svc⟫"

[server]
bind = "⟪any4⟫:8080"
public_addr = "⟪ip4:ipv4⟫"

[database]
url = "postgres://⟪user⟫:⟪pwu:url_password⟫@⟪host⟫/⟪db⟫"
password_env = "DB_PASSWORD"

[notify]
email = "⟪email:config_email⟫"
linear_api_key = "⟪linear⟫"
pagerduty_key = "⟪hex32⟫"

[dependencies]
checksum = "⟪sha256⟫"
""")

syn("ini-alembic", "alembic.ini", """\
[alembic]
script_location = migrations
sqlalchemy.url = postgresql+psycopg2://⟪user⟫:⟪pwu:url_password⟫@⟪ip4:ipv4_url⟫:5432/⟪db⟫

[loggers]
keys = root,sqlalchemy
""")

syn("supervisord", "etc/supervisord.conf", """\
[inet_http_server]
port=⟪any4⟫:9001
username=⟪user⟫
password=⟪pw:ini_password⟫

[program:⟪svc⟫]
command=/srv/⟪svc⟫/bin/run --token ⟪hex40:cli_token⟫
environment=API_KEY="⟪opaque⟫",DB_HOST="⟪priv4⟫"
""")

syn("grafana-ini", "etc/grafana/grafana.ini", """\
[server]
http_addr = ⟪priv4⟫
domain = grafana.⟪domain⟫

[security]
admin_user = admin
admin_password = ⟪pw:ini_password⟫
secret_key = ⟪opaque⟫

[smtp]
enabled = true
host = smtp.⟪domain⟫:587
user = ⟪email:config_email⟫
password = """ + '"""⟪pw:ini_password⟫"""' + """
from_address = ⟪ex_email⟫
""")

syn("redis-conf", "etc/redis/redis.conf", """\
bind ⟪priv4⟫ ⟪loop4⟫
port 6379
requirepass ⟪pw:redis_password⟫
masterauth ⟪pw:redis_password⟫
replicaof ⟪ip4:ipv4⟫ 6379
""")

syn("systemd", "etc/systemd/system/⟪svc⟫.service", """\
[Unit]
Description=⟪svc⟫ worker
After=network-online.target

[Service]
User=⟪svc⟫
Environment="DATABASE_URL=postgres://⟪user⟫:⟪pwu:url_password⟫@⟪ip4:ipv4_url⟫/⟪db⟫"
Environment=SLACK_APP_TOKEN=⟪xapp⟫
Environment=POSTMAN_API_KEY=⟪postman⟫
EnvironmentFile=-/etc/⟪svc⟫/env
ExecStart=/usr/local/bin/⟪svc⟫ --listen ⟪any4⟫:9000 --admin-password ⟪pw:cli_password⟫

[Install]
WantedBy=multi-user.target
""")

syn("crontab", "etc/cron.d/⟪svc⟫", """\
MAILTO=⟪email:config_email⟫
*/5 * * * * ⟪svc⟫ curl -fsS -u admin:⟪pw:cli_password⟫ https://⟪ip4:ipv4_url⟫/cron/tick >/dev/null
0 3 * * * root /usr/local/bin/backup --s3-key ⟪aws_id⟫ --s3-secret ⟪aws_secret⟫
30 4 * * 1 root wget --user=⟪user⟫ --password=⟪pw:cli_password⟫ -q https://mirror.⟪domain⟫/list.txt
""")

syn("prometheus", "monitoring/alertmanager.yml", """\
global:
  smtp_smarthost: smtp.⟪domain⟫:587
  smtp_from: ⟪email:config_email⟫
  smtp_auth_username: ⟪email:config_email⟫
  smtp_auth_password: ⟪pw:yaml_password⟫
  slack_api_url: https://hooks.slack.com/services/⟪slack_hook⟫
receivers:
  - name: oncall
    pagerduty_configs:
      - service_key: ⟪hex32⟫
    webhook_configs:
      - url: http://⟪ip4:ipv4_url⟫:9095/alert
        http_config:
          bearer_token: ⟪grafana⟫
""")

syn("prometheus", "monitoring/prometheus.yml", """\
scrape_configs:
  - job_name: node
    static_configs:
      - targets: ["⟪ip4:ipv4⟫:9100", "⟪priv4⟫:9100", "[⟪ip6:ipv6⟫]:9100"]
  - job_name: secured
    basic_auth:
      username: prometheus
      password: ⟪pw:yaml_password⟫
    static_configs:
      - targets: ["⟪ip4:ipv4⟫:9090"]
  - job_name: local
    static_configs:
      - targets: ["⟪loop4⟫:9090"]
""")

syn("wireguard", "etc/wireguard/wg0.conf", """\
[Interface]
PrivateKey = ⟪wg_priv⟫
Address = ⟪priv4⟫/24, ⟪ula6⟫/64
ListenPort = 51820
DNS = ⟪ip4:ipv4⟫

[Peer]
PublicKey = ⟪wg_pub⟫
Endpoint = ⟪ip4:ipv4⟫:51820
AllowedIPs = ⟪any4⟫/0, ::/0
""")

syn("hosts", "etc/hosts", """\
⟪loop4⟫\tlocalhost
::1\tlocalhost ip6-localhost
⟪priv4⟫\tdb.internal
⟪ip4:ipv4⟫\tapi.⟪domain⟫
⟪ip6:ipv6⟫\tapi.⟪domain⟫
⟪ll4⟫\tmetadata.google.internal
""")

syn("dns-zone", "dns/⟪domain⟫.zone", """\
$ORIGIN ⟪domain⟫.
@       IN  A      ⟪ip4:ipv4⟫
@       IN  AAAA   ⟪ip6:ipv6⟫
mail    IN  A      ⟪ip4:ipv4⟫
vpn     IN  A      ⟪ip4:ipv4⟫
@       IN  TXT    "v=spf1 ip4:⟪ip4:ipv4_cidr⟫/⟪cidrlen⟫ include:_spf.google.com -all"
@       IN  TXT    "google-site-verification=⟪b64plain:verification_token⟫"
""")

syn("cloud-init", "cloud-init/user-data.yaml", """\
#cloud-config
users:
  - name: ⟪user⟫
    ssh_authorized_keys:
      - ⟪sshpub⟫
    passwd: ⟪sha512crypt⟫
chpasswd:
  list: |
    root:⟪pw:cloudinit_password⟫
  expire: false
write_files:
  - path: /etc/⟪svc⟫/token
    content: ⟪hex64⟫
runcmd:
  - curl -sfL https://get.k3s.io | K3S_TOKEN=⟪hex64:cli_token⟫ K3S_URL=https://⟪ip4:ipv4_url⟫:6443 sh -
""")

syn("html", "templates/⟪svc⟫/login.html", """\
<!doctype html>
<html>
<head>
  <link rel="icon" href="⟪png⟫">
  <script src="https://cdn.⟪domain⟫/app.js" integrity="⟪sri⟫" crossorigin="anonymous"></script>
  <script>
    window.APP_CONFIG = { mapsKey: "⟪gkey⟫", env: "prod", build: "⟪short_sha⟫" };
  </script>
</head>
<body>
  <form method="post" action="/login">
    <label for="password">⟪~field_name:Password⟫</label>
    <input type="password" name="⟪~field_name:password⟫" placeholder="⟪~placeholder:Enter your password⟫">
    <input type="hidden" name="csrf" value="{{ csrf_token }}">
  </form>
  <p>Contact <a href="mailto:⟪email:mailto_email⟫">⟪email:html_email⟫</a> or ⟪ex_email⟫.</p>
  <!-- TODO remove before launch: test login qa / ⟪pw:comment_password⟫ -->
</body>
</html>
""")

syn("notebook", "notebooks/⟪word⟫.ipynb", """\
{
 "cells": [
  {
   "cell_type": "code",
   "execution_count": 3,
   "metadata": {},
   "outputs": [],
   "source": [
    "import openai\\n",
    "openai.api_key = \\"⟪openai⟫\\"\\n",
    "conn = psycopg2.connect(host=\\"⟪ip4:ipv4⟫\\", password=\\"⟪pw:kwarg_password⟫\\")\\n",
    "owner = \\"⟪email:code_email⟫\\""
   ]
  }
 ],
 "metadata": {"kernelspec": {"name": "python3", "display_name": "Python 3"}},
 "nbformat": 4,
 "nbformat_minor": 5
}
""")

syn("chat", "support/ticket-⟪num⟫.txt", """\
From: ⟪name⟫ <⟪email:header_email⟫>
To: ⟪email:header_email⟫
Subject: staging access
Received: from mail.⟪domain⟫ ([⟪ip4:header_ipv4⟫]) by mx.⟪domain⟫

Hi, I reset the staging DB password to ⟪pw:prose_password⟫ — please rotate it after
the demo. The new API key is ⟪opaque:prose_key⟫ and the VPN endpoint is ⟪ip4:ipv4⟫.
Temporary admin login: admin / ⟪pw:prose_password⟫
Reach me at ⟪email:prose_email⟫.
""")

syn("chatops", "support/slack-export-⟪num⟫.json", """\
[
  {"ts": "⟪bignum⟫.000200", "user": "U⟪num⟫", "text": "can someone add ⟪email:json_email⟫ to the on-call rota?"},
  {"ts": "⟪bignum⟫.000300", "user": "U⟪num⟫", "text": "prod redis password is ⟪pw:chat_password⟫ fyi, will rotate"},
  {"ts": "⟪bignum⟫.000400", "user": "U⟪num⟫", "text": "blocked ⟪ip4:ipv4⟫ at the edge, trace ⟪trace⟫"},
  {"ts": "⟪bignum⟫.000500", "user": "U⟪num⟫", "text": "here's my PAT for the mirror job: ⟪ghp⟫"}
]
""")

syn("vault-hcl", "vault/⟪svc⟫.hcl", """\
storage "consul" {
  address = "⟪priv4⟫:8500"
  token   = "⟪uuid_secret:consul_token⟫"
}
seal "awskms" {
  access_key = "⟪aws_id⟫"
  secret_key = "⟪aws_secret⟫"
}
api_addr = "https://⟪ip4:ipv4_url⟫:8200"
""")

syn("lockfile", "package-lock.json", """\
{
  "name": "⟪svc⟫",
  "lockfileVersion": 3,
  "packages": {
    "node_modules/lodash": {
      "version": "⟪npm_ver⟫",
      "resolved": "https://registry.npmjs.org/lodash/-/lodash-4.17.21.tgz",
      "integrity": "⟪sri⟫"
    },
    "node_modules/axios": {
      "version": "⟪npm_ver⟫",
      "integrity": "⟪sri⟫"
    },
    "node_modules/uuid": {
      "version": "⟪npm_ver⟫",
      "integrity": "⟪sri⟫"
    }
  }
}
""")

syn("lockfile", "requirements.lock", """\
requests==2.32.3 \\
    --hash=sha256:⟪sha256⟫ \\
    --hash=sha256:⟪sha256⟫
urllib3==2.2.2 \\
    --hash=sha256:⟪sha256⟫
certifi==2024.7.4 \\
    --hash=sha256:⟪sha256⟫
""")

syn("lockfile", "go.sum", """\
github.com/google/uuid v1.6.0 ⟪gosum⟫
github.com/google/uuid v1.6.0/go.mod ⟪gosum⟫
golang.org/x/crypto v0.21.0 ⟪gosum⟫
golang.org/x/net v0.22.0/go.mod ⟪gosum⟫
""")

syn("snmp", "etc/snmp/snmpd.conf", """\
# OIDs exported
view systemonly included .⟪oid⟫
view systemonly included .⟪oid⟫
agentAddress udp:⟪priv4⟫:161
rocommunity ⟪pwa:snmp_community⟫ ⟪ip4:ipv4⟫
createUser monitor SHA "⟪pw:snmp_password⟫" AES "⟪pw:snmp_password⟫"
sysContact ⟪email:config_email⟫
""")

syn("lookalike-config", "config/⟪svc⟫.yaml", """\
# nothing here is a secret
password_policy:
  min_length: 12
  require_symbols: true
auth:
  password: ${⟪svc|upper⟫_PASSWORD}
  token: "{{ lookup('env', 'API_TOKEN') }}"
  api_key: !ENV ${API_KEY}
  session_secret: ⟪~placeholder:<generated-at-deploy>⟫
  hashed_admin_password: "⟪bcrypt⟫"
i18n:
  password: "⟪~translation:Mot de passe⟫"
  password_de: "⟪~translation:Passwort⟫"
build:
  commit: ⟪sha1⟫
  image: registry.⟪domain⟫/⟪svc⟫@⟪digest⟫
  version: ⟪ver4⟫
network:
  listen: ⟪any4⟫
  pod_cidr: ⟪priv4⟫/16
  dns: ⟪ll4⟫
  multicast_group: ⟪mcast⟫
  netmask: ⟪mask⟫
  v6_internal: ⟪ula6⟫
  v6_link: ⟪ll6⟫
  v6_docs: ⟪doc6⟫
  cgnat: ⟪cgnat⟫
  test_net: ⟪doc4⟫
snmp:
  sysobjectid: ⟪oid⟫
ids:
  tenant: ⟪uuid⟫
  trace: ⟪trace⟫
  span: ⟪span⟫
  mac: ⟪mac⟫
contacts:
  - ⟪ex_email⟫
  - ⟪ex_email⟫
logo: ⟪png⟫
""")

syn("lookalike-code", "src/⟪svc⟫/auth.py", """\
import os
import keyring

PASSWORD_FIELD = "⟪~field_name:password⟫"
TOKEN_HEADER = "⟪~field_name:Authorization⟫"
DEFAULT_PASSWORD = None


def get_credentials(user):
    password = keyring.get_password("⟪svc⟫", user)
    token = os.environ.get("⟪svc|upper⟫_TOKEN", "")
    api_key = ⟪~env_lookup:os.environ["API_KEY"]⟫
    secret = settings.SECRET_KEY
    return {"user": user, "password": password, "token": token, "api_key": api_key}


def check(password: str) -> bool:
    if password == "":
        raise ValueError("password must not be empty")
    return len(password) >= 12


EXAMPLE_HASH = "⟪argon2⟫"
PUBLIC_KEY = \"\"\"⟪pempub⟫\"\"\"
SCHEMA_VERSION = "⟪ver4⟫"
BUILD = "⟪sha1⟫"
ADMIN = "⟪ex_email⟫"
""")

syn("lookalike-env", ".env.template", """\
DB_HOST=⟪loop4⟫
DB_PASSWORD=
API_KEY=⟪ph⟫
GITHUB_TOKEN=⟪~placeholder:ghp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx⟫
SECRET_KEY=⟪~placeholder:please-change-this-secret⟫
AWS_ACCESS_KEY_ID=⟪aws_ex_id⟫
AWS_SECRET_ACCESS_KEY=⟪aws_ex_secret⟫
REDIS_URL=redis://:⟪~placeholder:password⟫@⟪loop4⟫:6379
MAIL_FROM=⟪ex_email⟫
NODE_OPTIONS=--max-old-space-size=4096
""")

syn("certificate", "certs/ca-bundle.crt", """\
# Root CA for ⟪svc⟫ (public, not secret)
⟪cert⟫
⟪pempub⟫
""")

syn("k8s-configmap", "k8s/configmap-⟪svc⟫.yaml", """\
apiVersion: v1
kind: ConfigMap
metadata:
  name: ⟪svc⟫-config
  resourceVersion: "⟪bignum⟫"
  uid: ⟪uuid⟫
data:
  DB_HOST: ⟪priv4⟫
  DB_PASSWORD_FILE: /var/run/secrets/db/password
  UPSTREAM_DNS: ⟪ip4:ipv4⟫
  CONTACT: ⟪email:config_email⟫
  LEGACY_API_TOKEN: ⟪hex40⟫
  CLUSTER_CIDR: ⟪cgnat⟫/10
""")

syn("mongo-cli", "docs/runbook-⟪svc⟫.md", """\
## Runbook: ⟪svc⟫ database

Connect from the bastion:

    mongosh "mongodb://⟪user⟫:⟪pwu:url_password⟫@⟪ip4:ipv4_url⟫:27017/admin"
    psql "host=⟪ip4:ipv4⟫ dbname=⟪db⟫ user=⟪user⟫ password=⟪pw:conn_string_password⟫ sslmode=require"
    mysql -h ⟪priv4⟫ -u root --password='⟪pw:cli_password⟫'
    htpasswd -b /etc/nginx/.htpasswd ⟪user⟫ ⟪pw:cli_password⟫

If that fails, page ⟪email:docs_email⟫. Do **not** use the example login `⟪ex_email⟫` / `⟪~placeholder:<password>⟫`.
""")

syn("rst-doc", "docs/configuration.rst", """\
Configuration
=============

Set the token in your environment::

    export API_TOKEN=⟪~placeholder:<token>⟫

The shared demo tenant (read-only) uses::

    api_token = ⟪glpat⟫
    webhook_secret = ⟪stripe_wh⟫
    server = ⟪ip4:ipv4⟫

Questions go to ⟪email:docs_email⟫.

.. note:: The ``password`` option names a field; its value is read from ``$DB_PASSWORD``.
""")

syn("kotlin", "app/src/main/kotlin/⟪svc⟫/Api.kt", """\
object ApiConfig {
    const val BASE_URL = "https://⟪ip4:ipv4_url⟫/api/"
    const val API_KEY = "⟪gkey⟫"
    val mailer = Mailer(user = "⟪email:code_email⟫", password = "⟪pw:kwarg_password⟫")
    val token = BuildConfig.API_TOKEN
}
""")

syn("swift", "Sources/⟪svc⟫/Secrets.swift", """\
enum Secrets {
    static let revenueCatKey = "⟪opaque⟫"
    static let sentryToken = "⟪sentry_tok⟫"
    static let serverIP = "⟪ip4:ipv4⟫"
    static let fallback = ProcessInfo.processInfo.environment["API_KEY"] ?? ""
}
""")

syn("elixir", "config/prod.exs", """\
import Config

config :⟪svc⟫, ⟪svc|upper⟫.Repo,
  username: "⟪user⟫",
  password: "⟪pw:kwarg_password⟫",
  hostname: "⟪ip4:ipv4⟫",
  database: "⟪db⟫"

config :⟪svc⟫, :mailer, api_key: "⟪sendgrid⟫", from: "⟪email:config_email⟫"
config :⟪svc⟫, :secret_key_base, System.fetch_env!("SECRET_KEY_BASE")
""")

syn("lua", "conf/⟪svc⟫.lua", """\
local M = {}
M.redis = { host = "⟪ip4:ipv4⟫", port = 6379, password = "⟪pw:table_password⟫" }
M.discord_token = "⟪discord⟫"
M.owner = "⟪email:code_email⟫"
M.salt = "⟪md5⟫" -- md5 of the build, not a secret
return M
""")

syn("makefile", "Makefile", """\
REGISTRY ?= registry.⟪domain⟫
DEPLOY_HOST = ⟪ip4:ipv4⟫
NPM_TOKEN ?= ⟪npm⟫

deploy:
\tdocker login -u ⟪user⟫ -p '⟪pw:cli_password⟫' $(REGISTRY)
\tssh deploy@$(DEPLOY_HOST) 'systemctl restart ⟪svc⟫'

publish:
\tTWINE_USERNAME=__token__ TWINE_PASSWORD=⟪pypi⟫ twine upload dist/*
""")

syn("circleci", ".circleci/config.yml", """\
version: 2.1
jobs:
  build:
    docker:
      - image: cimg/python:3.12
        auth:
          username: ⟪user⟫
          password: ⟪pw:ci_password⟫
    environment:
      CIRCLE_TOKEN: ⟪circleci⟫
      DATABRICKS_TOKEN: ⟪databricks⟫
      PULUMI_ACCESS_TOKEN: ⟪pulumi⟫
    steps:
      - checkout
      - run: echo "by ⟪email:ci_email⟫"
""")

syn("age-sops", "secrets/keys.txt", """\
# created: ⟪isodate⟫
# public key: ⟪age_pub⟫
⟪age⟫
""")

syn("atlassian", "tools/jira_sync.py", """\
from jira import JIRA

jira = JIRA(server="https://⟪word⟫.atlassian.net", basic_auth=("⟪email:code_email⟫", "⟪atlassian⟫"))
NEW_RELIC = "⟪nr⟫"
""")

syn("lockfile", "Cargo.lock", """\
[[package]]
name = "serde"
version = "⟪npm_ver⟫"
source = "registry+https://github.com/rust-lang/crates.io-index"
checksum = "⟪sha256⟫"

[[package]]
name = "tokio"
version = "⟪npm_ver⟫"
source = "registry+https://github.com/rust-lang/crates.io-index"
checksum = "⟪sha256⟫"

[[package]]
name = "internal-sdk"
version = "⟪npm_ver⟫"
source = "git+https://github.com/⟪word⟫/sdk?rev=⟪sha1⟫#⟪sha1⟫"
""")

syn("docker-inspect", "debug/inspect-⟪svc⟫.json", """\
[
  {
    "Id": "⟪sha256⟫",
    "Created": "⟪isodate⟫",
    "Image": "⟪digest⟫",
    "Config": {
      "Env": ["PATH=/usr/local/bin:/usr/bin", "DB_PASSWORD_FILE=/run/secrets/db", "APP_VERSION=⟪ver4⟫"],
      "Labels": {"org.opencontainers.image.revision": "⟪sha1⟫", "maintainer": "⟪ex_email⟫"}
    },
    "NetworkSettings": {
      "Gateway": "⟪priv4⟫",
      "IPAddress": "⟪priv4⟫",
      "MacAddress": "⟪mac⟫",
      "GlobalIPv6Address": "⟪ula6⟫",
      "LinkLocalIPv6Address": "⟪ll6⟫"
    }
  }
]
""")


# ----------------------------------------------------------------------------- snippets for real files
SNIPPETS = {
    "python": [
        """\
# Staging credentials — TODO(⟪email:comment_email⟫): move to the vault before release
STAGING_DB_URL = "postgresql://⟪user⟫:⟪pwu:url_password⟫@⟪ip4:ipv4_url⟫:5432/⟪db⟫"
STAGING_API_TOKEN = "⟪ghp⟫"

""",
        """\
_FALLBACK_CREDENTIALS = {
    "aws_access_key_id": "⟪aws_id⟫",
    "aws_secret_access_key": "⟪aws_secret⟫",
    "password": "⟪pw:dict_password⟫",
}

""",
        """\
def _debug_client():
    # quick hack for local debugging, see ⟪sha1⟫
    return Client(host="⟪ip4:ipv4⟫", username="⟪user⟫", password="⟪pw:kwarg_password⟫", api_key="⟪opaque⟫")

""",
        """\
_EXAMPLE_CONFIG = {
    "password": ⟪~env_lookup:os.environ.get("APP_PASSWORD")⟫,
    "token": "⟪ph⟫",
    "contact": "⟪ex_email⟫",
    "listen": "⟪any4⟫",
    "build": "⟪sha1⟫",
    "id": "⟪uuid⟫",
}

""",
        """\
SLACK_WEBHOOK_URL = "https://hooks.slack.com/services/⟪slack_hook⟫"
SENDGRID_API_KEY = "⟪sendgrid⟫"
NOTIFY = ["⟪email:code_email⟫", "⟪ex_email⟫"]
TRUSTED_PROXIES = ["⟪ip4:ipv4⟫", "⟪ip6:ipv6⟫", "⟪priv4⟫"]

""",
        """\
_SMTP = ("smtp.⟪domain⟫", 587, "⟪email:code_email⟫", "⟪pw:tuple_password⟫")
_SIGNING_KEY = \"\"\"⟪pem_ec⟫\"\"\"

""",
    ],
    "markdown": [
        """\
## Staging access

Use `curl -u ops:⟪pw:md_password⟫ https://⟪ip4:ipv4_url⟫/status` to check the staging box, or ask ⟪email:docs_email⟫.
The token in CI is `⟪glpat⟫`; the one in the examples (`⟪~placeholder:<your-token>⟫`) is a placeholder.

""",
        """\
## Deployment notes

```yaml
database:
  host: ⟪ip4:ipv4⟫
  password: ⟪pw:yaml_password⟫
  replica: ⟪priv4⟫
smtp_user: ⟪email:config_email⟫
```

Release ⟪ver⟫ was built from ⟪sha1⟫ (sha256 `⟪sha256⟫`).

""",
        """\
## Maintainers

- ⟪name⟫ — ⟪email:maintainer_email⟫
- ⟪name⟫ — ⟪email:maintainer_email⟫
- Security reports: ⟪ex_email⟫

""",
        """\
## Using the API

```python
client = Client(api_key="⟪openai⟫")
headers = {"Authorization": "Bearer ⟪jwt⟫"}
```

""",
    ],
    "restructuredtext": [
        """\
Staging credentials
-------------------

For the shared demo server at ``⟪ip4:ipv4⟫`` log in as ``demo`` with password ``⟪pw:rst_password⟫``.
Report problems to ⟪email:docs_email⟫.

""",
        """\
.. code-block:: bash

    export AWS_ACCESS_KEY_ID=⟪aws_id⟫
    export AWS_SECRET_ACCESS_KEY=⟪aws_secret⟫
    export NPM_TOKEN=⟪npm⟫

""",
        """\
.. note:: The ``password`` option is only a field name; the example value ``⟪~placeholder:<password>⟫``
   must be replaced, and the sample host ``⟪doc4⟫`` is a documentation address.

""",
    ],
    "yaml": [
        """\
# deploy credentials (temporary) — ⟪email:comment_email⟫
x-deploy:
  registry_password: ⟪pw:yaml_password⟫
  token: ⟪ghp⟫
  host: ⟪ip4:ipv4⟫
""",
        """\
# To debug locally:
#   act -s PYPI_API_TOKEN=⟪pypi⟫ -s GITHUB_TOKEN=⟪ghp⟫
#   (runner at ⟪ip4:ipv4⟫, contact ⟪email:comment_email⟫)
""",
        """\
# secrets come from ${{ secrets.PYPI_TOKEN }}; pinned action ⟪sha1⟫; never commit ⟪ph⟫ values; runner ⟪priv4⟫
""",
    ],
    "toml": [
        """\
[tool.deploy]
index_url = "https://⟪user⟫:⟪pwu:url_password⟫@pypi.⟪domain⟫/simple"
api_token = "⟪pypi⟫"
maintainer = "⟪email:config_email⟫"
host = "⟪ip4:ipv4⟫"

""",
        """\
[tool.release-bot]
slack_token = "⟪xoxb⟫"
password = "${RELEASE_PASSWORD}"
checksum = "⟪sha256⟫"

""",
    ],
    "ini": [
        """\
[deploy]
host = ⟪ip4:ipv4⟫
user = ⟪user⟫
password = ⟪pw:ini_password⟫
notify = ⟪email:config_email⟫

""",
        """\
[upload]
repository = https://upload.pypi.org/legacy/
username = __token__
password = ⟪pypi⟫
fallback_host = ⟪ip6:ipv6⟫

""",
        """\
[example]
password = ⟪ph_plain⟫
listen = ⟪loop4⟫
build = ⟪short_sha⟫

""",
    ],
    "javascript": [
        """\

// TODO: remove hard-coded keys before publishing (⟪email:comment_email⟫)
const STAGING_KEYS = {
  mapbox: "⟪mapbox⟫",
  stripe: "⟪stripe_sk⟫",
  api: "https://⟪ip4:ipv4_url⟫:8443",
};
""",
        """\

fetch("https://api.⟪domain⟫/v1/events", {
  headers: { "Authorization": "Bearer ⟪bearer⟫", "X-Request-Id": "⟪uuid⟫" },
});
""",
    ],
    "html": [
        """\
<script>window.__CONFIG__ = {"mapsKey": "⟪gkey⟫", "owner": "⟪email:html_email⟫", "build": "⟪sha1⟫"};</script>
""",
        """\
<!-- QA login for the staging site: user qa, password ⟪pw:comment_password⟫; questions to ⟪email:html_email⟫ -->
""",
    ],
    "shell": [
        """\

# local testing only
export GITHUB_TOKEN=⟪ghp⟫
curl -s -u "⟪user⟫:⟪pw:cli_password⟫" https://⟪ip4:ipv4_url⟫/api/status
""",
    ],
    "makefile": [
        """\

release-staging:
\tcurl -H "Authorization: token ⟪gho⟫" https://api.github.com/repos/⟪word⟫/⟪svc⟫/releases
\tscp dist/* deploy@⟪ip4:ipv4⟫:/srv/
""",
    ],
    "conf": [
        """\
# upstream backup ⟪ip4:ipv4⟫:8000 (auth header: Basic ⟪basic_b64⟫), owner ⟪email:comment_email⟫
""",
    ],
}


def boundaries(text, strategy):
    """Offsets (line starts) where a whole snippet can go without changing the file's structure."""
    lines = text.splitlines(keepends=True)
    starts, pos = [], 0
    for ln in lines:
        starts.append(pos)
        pos += len(ln)
    out = []
    if strategy == "python":
        tree = ast.parse(text)
        for node in tree.body[1:]:
            first = min([node.lineno] + [d.lineno for d in getattr(node, "decorator_list", [])])
            i = first - 1
            if i > 0 and lines[i - 1].strip() == "":
                out.append(starts[i])
    elif strategy == "markdown":
        fence = False
        for i, ln in enumerate(lines):
            if ln.lstrip().startswith("```"):
                fence = not fence
            if not fence and ln.startswith("#") and i > 0 and lines[i - 1].strip() == "":
                out.append(starts[i])
    elif strategy == "restructuredtext":
        for i in range(1, len(lines) - 1):
            ul = lines[i + 1].rstrip("\n")
            if (lines[i].strip() and lines[i - 1].strip() == "" and re.fullmatch(r"([=\-~^\"'`#*+])\1{2,}", ul)
                    and len(ul) >= len(lines[i].rstrip("\n"))):
                out.append(starts[i])
    elif strategy == "yaml":
        for i, ln in enumerate(lines):
            if i > 0 and re.match(r"[A-Za-z_][\w.-]*:", ln):
                out.append(starts[i])
    elif strategy in ("toml", "ini"):
        for i, ln in enumerate(lines):
            if i > 0 and ln.startswith("[") and lines[i - 1].strip() == "":
                out.append(starts[i])
    if not out or strategy in ("javascript", "html", "shell", "makefile", "conf"):
        out.append(len(text))
    return out


def strategy_of(path):
    lang = lang_of(path)
    if path.endswith("nginx.conf"):
        return "conf"
    if lang in SNIPPETS:
        return lang
    return None


EMAIL_RE = re.compile(r"(?<![\w.+-])[A-Za-z0-9][A-Za-z0-9._%+-]*@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}")
IPV4_RE = re.compile(r"(?<![\w.])(\d{1,3}(?:\.\d{1,3}){3})(?![\w.]*\d)")
RESERVED_MAIL = re.compile(r"@(?:[\w.-]*\.)?(?:example\.(?:com|org|net)|example|test|invalid|localhost)$", re.I)


def scan_carrier(text):
    """Labels/look-alikes for values that were already in the real file."""
    labels, looks = [], []
    for m in EMAIL_RE.finditer(text):
        v = m.group(0)
        if "sentry.io" in v:
            continue
        if RESERVED_MAIL.search(v):
            looks.append({"kind": "carrier_example_email", "start": m.start(), "end": m.end()})
        else:
            labels.append({"tag": "EMAIL", "start": m.start(), "end": m.end(), "kind": "carrier_email"})
    for m in IPV4_RE.finditer(text):
        v = m.group(1)
        try:
            ip = ipaddress.IPv4Address(v)
        except ValueError:
            continue
        pre = text[max(0, m.start() - 1):m.start()]
        if ip.is_global and not (pre in "^~=v`\"'[" and pre) and text[m.end():m.end() + 1] != "+":
            raise SystemExit(f"public address {v} in a real file: label it or drop the file")
        kind = ("carrier_version_string" if ip.is_global else "carrier_loopback_ip" if ip.is_loopback
                else "carrier_unspecified_ip" if ip.is_unspecified else "carrier_private_ip")
        looks.append({"kind": kind, "start": m.start(), "end": m.end()})
    return labels, looks


# ----------------------------------------------------------------------------- building
def doc_rng(doc_id):
    return random.Random(f"{SEED}:{doc_id}")


def make_real_docs():
    docs, stats = [], []
    files = sorted(p for p in SOURCES.rglob("*") if p.is_file() and not p.name.startswith("LICENSE")
                   and p.name not in ("LICENSE.md", "LICENSE.txt"))
    order = random.Random(SEED + ":real").sample(files, len(files))
    for n, p in enumerate(order):
        rel = p.relative_to(SOURCES).as_posix()
        text = p.read_text(encoding="utf-8")
        doc_id = f"h3-real-{n:03d}"
        rng = doc_rng(doc_id)
        strat = strategy_of(rel)
        untouched = strat is None or rng.random() < 0.2
        inserts = []
        if not untouched:
            cands = boundaries(text, strat)
            pool = SNIPPETS[strat]
            k = min(len(cands), rng.choice([1, 1, 2, 2, 3]))
            positions = sorted(rng.sample(cands, k)) if len(cands) >= k else cands
            refs = {}
            chosen = rng.sample(pool, min(len(pool), len(positions)))
            for i, pos in enumerate(positions):
                tpl = chosen[i % len(chosen)]
                if strat == "yaml" and not re.search(r"(?m)^[A-Za-z_][\w.-]*:", text):
                    tpl = pool[1]
                inserts.append((pos, render(tpl, rng, refs)))
        content, labels, looks, pos0, orig_map = [], [], [], 0, []
        off = 0
        for pos, fr in inserts:
            seg = text[pos0:pos]
            orig_map.append((off, seg))
            content.append(seg)
            off += len(seg)
            for l in fr.labels:
                labels.append({**l, "start": l["start"] + off, "end": l["end"] + off})
            for l in fr.looks:
                looks.append({**l, "start": l["start"] + off, "end": l["end"] + off})
            s = fr.s()
            content.append(s)
            off += len(s)
            pos0 = pos
        seg = text[pos0:]
        orig_map.append((off, seg))
        content.append(seg)
        content = "".join(content)
        # removing the snippets gives the original back
        assert "".join(s for _, s in orig_map) == text
        for o, seg in orig_map:
            cl, cla = scan_carrier(seg)
            labels += [{**l, "start": l["start"] + o, "end": l["end"] + o} for l in cl]
            looks += [{**l, "start": l["start"] + o, "end": l["end"] + o} for l in cla]
        if strat == "python" and inserts:
            ast.parse(content)
        origin = "real, untouched" if not inserts else "real, with planted snippets"
        ext = "." + rel.rsplit(".", 1)[-1] if "." in rel.rsplit("/", 1)[-1] else rel.rsplit("/", 1)[-1]
        docs.append({"id": doc_id, "lang": lang_of(rel), "path": rel, "content": content,
                     "labels": sorted(labels, key=lambda x: x["start"]), "lookalikes": sorted(looks, key=lambda x: x["start"])})
        stats.append((origin, f"real {ext} ({'planted' if inserts else 'untouched'})"))
    return docs, stats


REPEATS = 3


def make_syn_docs():
    docs, stats = [], []
    n = 0
    for rep in range(REPEATS):
        for kind, path_t, tpl in SYN:
            doc_id = f"h3-syn-{n:04d}"
            n += 1
            rng = doc_rng(doc_id)
            refs = {}
            path = render(path_t, rng, refs).s()
            fr = render(tpl, rng, refs)
            docs.append({"id": doc_id, "lang": lang_of(path), "path": path, "content": fr.s(),
                         "labels": fr.labels, "lookalikes": fr.looks})
            stats.append(("synthetic", kind))
    return docs, stats


def is_reserved_email(v):
    return bool(RESERVED_MAIL.search(v))


def check(doc):
    c = doc["content"]
    spans = []
    for l in doc["labels"]:
        v = c[l["start"]:l["end"]]
        assert v and v == v.strip(), (doc["id"], l, v)
        if l["tag"] == "IP_ADDRESS":
            ip = ipaddress.ip_address(v)
            assert ip.is_global, (doc["id"], v)
            m = re.match(r"/(\d+)", c[l["end"]:])
            if m:
                l["suffix"] = "/" + m.group(1)
        if l["tag"] == "EMAIL":
            assert "@" in v and not is_reserved_email(v), (doc["id"], v)
        spans.append((l["start"], l["end"]))
    for l in doc["lookalikes"]:
        assert c[l["start"]:l["end"]], (doc["id"], l)
        if l["kind"] in ("private_ip", "loopback_ip", "link_local_ip", "cgnat_ip", "doc_ip", "unspecified_ip",
                         "loopback_ipv6", "ula_ipv6", "link_local_ipv6", "doc_ipv6", "multicast_ip"):
            ip = ipaddress.ip_address(c[l["start"]:l["end"]])
            assert ip.is_multicast or not ip.is_global, (doc["id"], l)
        spans.append((l["start"], l["end"]))
    spans.sort()
    for a, b in zip(spans, spans[1:]):
        assert a[1] <= b[0], (doc["id"], a, b)


def table(rows, header):
    out = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    out += ["| " + " | ".join(str(x) for x in r) + " |" for r in rows]
    return "\n".join(out)


def main():
    real, rstats = make_real_docs()
    syn_docs, sstats = make_syn_docs()
    docs = real + syn_docs
    stats = rstats + sstats
    for d in docs:
        check(d)
    with open(HERE / "labels.jsonl", "w", encoding="utf-8") as f:
        for d in docs:
            f.write(json.dumps(d, ensure_ascii=False) + "\n")
    write_readme(docs, stats)
    n_lab = sum(len(d["labels"]) for d in docs)
    n_la = sum(len(d["lookalikes"]) for d in docs)
    print(f"{len(docs)} documents, {n_lab} labels, {n_la} look-alikes", file=sys.stderr)


def write_readme(docs, stats):
    by_tag = collections.Counter(l["tag"] for d in docs for l in d["labels"])
    by_kind = collections.Counter((l["tag"], l["kind"]) for d in docs for l in d["labels"])
    la_kind = collections.Counter(l["kind"] for d in docs for l in d["lookalikes"])
    origin = collections.Counter(s[0] for s in stats)
    fk_docs = collections.Counter(s[1] for s in stats)
    fk_lab = collections.defaultdict(collections.Counter)
    fk_la = collections.Counter()
    for d, s in zip(docs, stats):
        for l in d["labels"]:
            fk_lab[s[1]][l["tag"]] += 1
        fk_la[s[1]] += len(d["lookalikes"])
    langs = collections.Counter(d["lang"] for d in docs)
    n_lab = sum(by_tag.values())
    n_la = sum(la_kind.values())
    src_rows = []
    for pkg, (ver, lic, sha) in sorted(SDISTS.items()):
        nfiles = sum(1 for d in docs if d["id"].startswith("h3-real") and d["path"].split("/")[0].rsplit("-", 1)[0].replace("-", "_").lower() == pkg.replace("-", "_").lower())
        src_rows.append((pkg, ver, lic, nfiles, f"`{sha}`"))
    text = f"""# Third held-out labelled set for PII/secret redaction

Written without reading the detectors; never used for tuning.

`labels.jsonl` holds {len(docs)} documents with {n_lab} labelled values (planted, plus the few personal
e-mail addresses already present in the real files) and {n_la} look-alikes that must come out of
redaction unchanged. It is an **evaluation set only**. Whoever works on the detectors should not read
`make_heldout_3.py` or `labels.jsonl`; a detector fitted to them makes this set worthless as a check.

Score it with:

```sh
.venv/bin/codelm redact --eval tests/data/redact_heldout_3/labels.jsonl
```

## How it was built

By someone who had not read the detectors (`pipeline/redact/`), their tests, the tuning set, the
audits or the other held-out sets' generators and labels, and who did not run `codelm redact` while
writing it. Only the two earlier held-out READMEs were read, for the label format and for the list
of sources earlier sets used (installed packages and the standard library; every package here is an
sdist that is not installed in the project's virtualenv).

* **Real carriers**: {sum(1 for s in stats if s[0].startswith('real'))} files from the source
  distributions of {len(SDISTS)} permissively licensed packages, downloaded with
  `pip download --no-deps --no-binary :all: PKG==VER` and copied verbatim into `sources/` (license
  text of each package beside its files). Markdown, reST, YAML (GitHub workflows, pre-commit,
  issue templates), TOML, INI/cfg, nginx and certbot conf, JavaScript, HTML/Jinja templates, JSON,
  shell, Makefiles and Python. {origin['real, untouched']} of them (every JSON file among them) are left untouched; the others get
  one to three snippets in their own language inserted whole at structural boundaries (between
  top-level Python statements after a blank line, before Markdown headings outside code fences,
  before reST section titles, before top-level YAML keys, before TOML/INI tables, at the end of JS,
  HTML, shell, Makefile and conf files). The generator checks that removing the snippets gives the
  original file back and that planted Python still parses. Files whose own text held example
  credentials of doubtful status (a DSN, `user:password` pairs in docs) were not used; the real
  personal e-mail addresses that the used files already contain (author/maintainer fields,
  a contact line) are labelled `EMAIL` with kind `carrier_email`, and their own reserved-domain
  e-mails, private/loopback/unspecified addresses and IP-shaped version strings are recorded as
  `carrier_*` look-alikes. Other look-alikes in the real files (their own hashes, field names, ...)
  are not listed.
* **Synthetic documents**: {len(SYN)} templates written for this set, each rendered {REPEATS} times
  with different random values: `.env`/`.env.example`/`.env.template`, compose files, Kubernetes
  Secrets/ConfigMaps, kubeconfigs, Helm values, Terraform, Vault HCL, Ansible inventories and vars,
  GitHub Actions, GitLab CI, CircleCI, Jenkinsfiles, Dockerfiles, Makefiles, shell scripts,
  firewall scripts, Django and Flask settings, Python scripts and pytest fixtures, JavaScript,
  TypeScript, Go, Java, Kotlin, Swift, C#, PHP (wp-config), Ruby, Rails `database.yml`, Rust,
  Elixir, Lua, PowerShell, SQL, Spring properties/YAML, `appsettings.json`, Maven `settings.xml`,
  `Web.config`, `gradle.properties`, TOML configs and Streamlit secrets, alembic/supervisord/grafana
  INI, redis.conf, systemd units, crontabs, Prometheus/Alertmanager, WireGuard, snmpd.conf,
  `/etc/hosts`, DNS zone files, cloud-init, `.netrc`, `.pgpass`, `.htpasswd`, `.git-credentials`,
  `.my.cnf`, `.npmrc`, `.pypirc`, `pip.conf`, AWS credentials, Docker `config.json`, GCP
  service-account JSON, ssh config/known_hosts/authorized_keys/private keys, PEM bundles, sops/age key
  files, `.http` request files, nginx, access/app/auth logs, CSV exports, READMEs and runbooks,
  reST docs, changelogs, git logs, patches, HTML login pages, notebooks, support tickets and chat
  exports, lock files (look-alikes only) and look-alike-only configs and code.

Every planted value is random (one seeded RNG per document, `random.Random("{SEED}:<id>")`) and of
the real shape; none is a real credential. Keys: AWS access key ids (`AKIA`/`ASIA`), secret keys and
session tokens, GitHub (`ghp_`, `gho_`/`ghs_`/`ghu_`/`ghr_`, `github_pat_`), GitLab (`glpat-`,
`gldt-`, `glrt-`), Slack (`xoxb-`, `xoxp-`, `xapp-`, webhook paths, signing secrets), Stripe
(`sk_live_`, `rk_live_`, `sk_test_`, `whsec_`), Twilio auth tokens, SendGrid, Google API keys and
OAuth client secrets, OpenAI (`sk-proj-`, legacy, `sk-svcacct-`), Anthropic, Hugging Face, npm,
PyPI, Mailgun, Telegram, Discord, Shopify, Vault, Databricks, DigitalOcean, age, New Relic,
Postman, Grafana, Docker Hub, Replicate, Groq, Linear, Atlassian, Pulumi, Terraform Cloud, Mapbox,
Cloudflare, Sentry user tokens, CircleCI, Consul (UUID-shaped) tokens, WireGuard private keys, GCP
private key ids, Azure storage keys, Django secret keys and WordPress salts, JWTs, PEM private keys
(RSA, EC, PKCS#8, OpenSSH; also base64-wrapped in a kubeconfig and `\\n`-escaped in JSON), base64
`user:password` pairs, base64 values under a Kubernetes Secret's `data:`, and generic hex/base64/
alphanumeric secrets named as secrets. Passwords: in assignments, dicts, keyword and positional
arguments, tuples, struct literals, env files, config files, connection strings, URLs, command lines,
SQL, logs, Markdown/reST prose, tables, comments, chat and tickets. E-mails: personal-looking
addresses at made-up or mail-provider domains (never reserved ones). Addresses: global unicast
IPv4/IPv6 only.

Look-alikes: private, loopback, link-local, CGNAT, unspecified, multicast, ULA, IPv6 link-local and
documentation addresses, netmasks, four-part version strings, OIDs, UUIDs, git SHAs (full and short),
sha256/md5 hashes, SRI hashes, Docker digests, go.sum hashes, trace/span ids, MAC addresses,
datetimes, placeholders (`changeme`, `<your-token>`, `xxx`, `ghp_xxxx…`, ...), environment look-ups,
CI secret references, variable references, field names and form labels, translations of the word
"password", e-mails at reserved domains, hashed passwords (bcrypt, argon2, sha512-crypt, apr1),
base64 PNG data URIs and base64 data, public keys (ssh, PEM, WireGuard, age), key fingerprints,
certificates and the AWS documentation example keys.

## Format

The same as `tests/data/redact_heldout_2/labels.jsonl`: one JSON object per line with `id`, `lang`,
`path`, `content`, `labels` (`tag`, `start`, `end`, `kind`, and `suffix` for a CIDR suffix) and
`lookalikes` (`kind`, `start`, `end`). Offsets are Python `str` offsets (half-open) into `content`;
nothing is planted in `path` in this set. Tags: `EMAIL`, `IP_ADDRESS`, `KEY`, `PASSWORD`. An
`IP_ADDRESS` label never includes a CIDR suffix or a port. A `PASSWORD` label in a URL, connection
string or command line covers the password only. A PEM private key is labelled from `-----BEGIN` to
the closing `KEY-----`. `kind` is this set's own sub-category: for `EMAIL`, `IP_ADDRESS` and
`PASSWORD` it names the context class, for `KEY` mostly the token type. Conventions: a Slack webhook
is labelled `KEY` on its secret path (`T…/B…/…`); base64 `user:password` pairs and base64 values
under a Kubernetes Secret's `data:` are labelled `KEY`; escaped values are labelled on the text as it
appears; `user@host` in ssh/scp commands is not an e-mail; a GCP service-account `client_email`
is labelled `EMAIL` (kind `service_account_email`); the user name of an `.htpasswd` line is labelled when it is an
e-mail, the hash is a look-alike. `id` starts with `h3-real-` for real carriers and `h3-syn-` for
synthetic documents.

## Regenerate

```sh
python tests/data/redact_heldout_3/make_heldout_3.py
```

Standard library only, never imports codelm; rewrites `labels.jsonl` and this README from
`sources/` and the templates; byte-identical on every run. It asserts that every labelled span is
non-empty and unpadded, that labels and look-alikes do not overlap, that labelled addresses are
global and look-alike addresses are not, that labelled e-mails are not at reserved domains, that
removing the snippets from a real file gives the original back and that planted Python parses.

## Sources

| package | version | license | files used | sdist sha256 |
|---|---|---|---|---|
""" + "\n".join("| " + " | ".join(str(x) for x in r) + " |" for r in src_rows) + f"""

## Counts

{table(sorted(origin.items()), ["origin", "documents"])}

{table(sorted(by_tag.items()), ["tag", "labels"])}

look-alikes: {n_la}

### Labels by kind (context class)

{table([(t, k, v) for (t, k), v in sorted(by_kind.items())], ["tag", "kind", "labels"])}

### Look-alikes by kind

{table(sorted(la_kind.items()), ["kind", "look-alikes"])}

### Documents and labels by file kind

{table([(k, fk_docs[k], fk_lab[k]["EMAIL"], fk_lab[k]["IP_ADDRESS"], fk_lab[k]["KEY"], fk_lab[k]["PASSWORD"], fk_la[k]) for k in sorted(fk_docs)], ["file kind", "documents", "EMAIL", "IP_ADDRESS", "KEY", "PASSWORD", "look-alikes"])}

### Documents by language

{table(sorted(langs.items()), ["lang", "documents"])}
"""
    (HERE / "README.md").write_text(text, encoding="utf-8")


if __name__ == "__main__":
    main()
