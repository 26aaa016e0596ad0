#!/usr/bin/env python3
"""Build tests/data/redact_heldout_5/labels.jsonl (standard library only; never imports codelm).

Written without reading the detectors; never used for tuning.
Template markers: «T:kind:gen» with T in K (KEY), P (PASSWORD), E (EMAIL), I (IP_ADDRESS), L (look-alike).
gen is a generator name (optionally name#n to reuse one value within a document) or =literal text.
"""
import ipaddress
import json
import os
import random
import re
import string
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
SEED = "codelm-redact-heldout-5"
TAGS = {"K": "KEY", "P": "PASSWORD", "E": "EMAIL", "I": "IP_ADDRESS"}
ALNUM = string.ascii_letters + string.digits
UPPER_ALNUM = string.ascii_uppercase + string.digits
HEX = "0123456789abcdef"
B64 = ALNUM + "+/"
URLSAFE = ALNUM + "-_"


def rs(r, alphabet, n):
    return "".join(r.choice(alphabet) for _ in range(n))


FIRST = ["anna", "bjorn", "chiara", "dmitri", "elif", "fatima", "gustavo", "hana", "ines", "jonas", "kenji", "lucia",
         "mateusz", "nadia", "olga", "pierre", "quentin", "rahul", "sofia", "tomasz", "ulrike", "vikram", "wen", "yusuf",
         "zeynep", "aiko", "bruno", "carmen", "diego", "emre", "frida", "giulia", "hiro", "ivana", "jakub", "katarzyna"]
LAST = ["lindqvist", "moreau", "kowalski", "nakamura", "okafor", "petrov", "quispe", "rossi", "schneider", "tanaka",
        "ueda", "vasquez", "weber", "xu", "yilmaz", "zimmermann", "almeida", "brandt", "castillo", "dubois", "eriksen",
        "fischer", "garcia", "horvath", "ivanova", "jensen", "kovacs", "lehmann", "marino", "novak", "oliveira"]
DOMAINS = ["gmail.com", "outlook.com", "yahoo.co.jp", "web.de", "gmx.net", "proton.me", "yandex.ru", "mail.ru",
           "libero.it", "orange.fr", "laposte.net", "wp.pl", "seznam.cz", "uol.com.br", "qq.com", "163.com",
           "naver.com", "fastmail.fm", "icloud.com", "hotmail.es", "nordlicht-logistik.de", "kaffeerad.at",
           "brightforge.io", "tallgrass-analytics.com", "vireo-labs.dev", "quantapex.co.uk", "sakura-denki.jp",
           "pampa-software.com.ar", "fjordbyte.no", "lumenhaus.ch", "cobaltmesa.net", "oakridge-clinic.org"]
RESERVED_EMAIL_DOMAINS = ("example.com", "example.org", "example.net", ".example", ".test", ".invalid", ".localhost",
                          "localhost")
WORDS = ["Sommer", "kanarie", "Tiger", "borboleta", "Nebel", "piano", "Falcon", "lemon", "Granit", "tulipan", "Orbit",
         "zebra", "Cedro", "mango", "Walrus", "pepper", "Kirsche", "violet", "Lantern", "nimbus", "Otter", "quartz"]
PWSYM = "!*_-.~"


def g_email(r):
    f, l, d = r.choice(FIRST), r.choice(LAST), r.choice(DOMAINS)
    form = r.randrange(6)
    local = [f"{f}.{l}", f"{f[0]}{l}", f"{f}_{l}{r.randrange(10, 99)}", f"{f}.{l}+{r.choice(['ci', 'git', 'jira', 'alerts'])}",
             f"{l}.{f}{r.randrange(1970, 2005)}", f"{f}-{l}"][form]
    return f"{local}@{d}"


def g_ip4(r):
    while True:
        a = r.choice([5, 23, 31, 37, 45, 46, 51, 62, 77, 78, 81, 85, 89, 91, 94, 103, 104, 109, 128, 134, 141, 145, 151,
                      159, 162, 176, 178, 185, 188, 193, 194, 195, 197, 200, 201, 212, 213, 217])
        ip = f"{a}.{r.randrange(0, 256)}.{r.randrange(0, 256)}.{r.randrange(1, 255)}"
        if ipaddress.ip_address(ip).is_global:
            return ip


def g_ip6(r):
    while True:
        pre = r.choice(["2a01", "2a02", "2a03", "2a05", "2a0c", "2600", "2604", "2606", "2607", "2800", "2c0f", "2401",
                        "2403", "2405", "2001:41d0", "2001:67c", "2a00"])
        n = 8 - pre.count(":") - 1
        groups = [format(r.randrange(0, 65536), "x") for _ in range(n)]
        if r.random() < 0.5:
            i = r.randrange(1, n - 2)
            ip = pre + ":" + ":".join(groups[:i]) + "::" + ":".join(groups[i + 2:])
        else:
            ip = pre + ":" + ":".join(groups)
        ip = str(ipaddress.ip_address(ip)) if r.random() < 0.7 else ip
        a = ipaddress.ip_address(ip)
        if a.is_global and not a in ipaddress.ip_network("2001:db8::/32"):
            return ip


def g_ip6full(r):
    return ipaddress.ip_address(g_ip6(r)).exploded


def g_pw(r):
    k = r.randrange(4)
    if k == 0:
        return r.choice(WORDS) + str(r.randrange(10, 9999)) + r.choice(PWSYM) + r.choice(WORDS).lower()
    if k == 1:
        while True:
            s = rs(r, ALNUM + PWSYM, r.randrange(12, 22))
            if any(c.isdigit() for c in s) and any(c in PWSYM for c in s) and s[0] not in PWSYM:
                return s
    if k == 2:
        return r.choice(WORDS) + r.choice(PWSYM) + r.choice(WORDS) + r.choice(PWSYM) + str(r.randrange(100, 999))
    return rs(r, string.ascii_lowercase, 4) + str(r.randrange(1000, 99999)) + rs(r, string.ascii_uppercase, 3) + "!"


def g_pwalnum(r):
    return rs(r, ALNUM, r.randrange(14, 24)) + str(r.randrange(10, 99))


def b64(r, n):
    import base64
    return base64.b64encode(bytes(r.randrange(256) for _ in range(n))).decode()


def g_b64user(r):
    import base64
    return base64.b64encode(f"{r.choice(FIRST)}:{g_pw(r)}".encode()).decode()


def g_pem(r, kind="RSA PRIVATE KEY"):
    body = b64(r, 600)
    lines = [body[i:i + 64] for i in range(0, len(body), 64)]
    return f"-----BEGIN {kind}-----\n" + "\n".join(lines) + f"\n-----END {kind}-----"


def g_jwt(r):
    import base64
    def enc(d):
        return base64.urlsafe_b64encode(json.dumps(d, separators=(",", ":")).encode()).decode().rstrip("=")
    h = enc({"alg": "HS256", "typ": "JWT"})
    p = enc({"sub": str(r.randrange(10 ** 6, 10 ** 7)), "name": r.choice(FIRST), "iat": 1700000000 + r.randrange(10 ** 7)})
    return f"{h}.{p}.{rs(r, URLSAFE, 43)}"


GENS = {
    "email": g_email, "ip4": g_ip4, "ip6": g_ip6, "ip6full": g_ip6full, "pw": g_pw, "pwalnum": g_pwalnum,
    "aws_id": lambda r: "AKIA" + rs(r, "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567", 16),
    "aws_sts": lambda r: "ASIA" + rs(r, "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567", 16),
    "aws_secret": lambda r: rs(r, B64, 40),
    "gh_pat": lambda r: "ghp_" + rs(r, ALNUM, 36),
    "gh_oauth": lambda r: "gho_" + rs(r, ALNUM, 36),
    "gh_fine": lambda r: "github_pat_11" + rs(r, UPPER_ALNUM, 20) + "_" + rs(r, ALNUM, 59),
    "gitlab": lambda r: "glpat-" + rs(r, URLSAFE, 20),
    "slack_bot": lambda r: f"xoxb-{r.randrange(10**10, 10**11)}-{r.randrange(10**12, 10**13)}-{rs(r, ALNUM, 24)}",
    "slack_user": lambda r: f"xoxp-{r.randrange(10**10, 10**11)}-{r.randrange(10**10, 10**11)}-{r.randrange(10**12, 10**13)}-{rs(r, HEX, 32)}",
    "slack_hook": lambda r: f"T{rs(r, UPPER_ALNUM, 8)}/B{rs(r, UPPER_ALNUM, 10)}/{rs(r, ALNUM, 24)}",
    "discord_hook": lambda r: rs(r, URLSAFE, 68),
    "discord_id": lambda r: str(r.randrange(10**17, 10**18)),
    "teams_hook": lambda r: rs(r, HEX, 32),
    "stripe_sk": lambda r: "sk_live_" + rs(r, ALNUM, 99),
    "stripe_rk": lambda r: "rk_live_" + rs(r, ALNUM, 24),
    "twilio_sk": lambda r: "SK" + rs(r, HEX, 32),
    "hex32": lambda r: rs(r, HEX, 32),
    "hex40": lambda r: rs(r, HEX, 40),
    "hex64": lambda r: rs(r, HEX, 64),
    "sendgrid": lambda r: "SG." + rs(r, URLSAFE, 22) + "." + rs(r, URLSAFE, 43),
    "openai": lambda r: "sk-proj-" + rs(r, URLSAFE, 74) + "T3BlbkFJ" + rs(r, URLSAFE, 74),
    "anthropic": lambda r: "sk-ant-api03-" + rs(r, URLSAFE, 93) + "AA",
    "google_api": lambda r: "AIza" + rs(r, URLSAFE, 35),
    "npm": lambda r: "npm_" + rs(r, ALNUM, 36),
    "pypi": lambda r: "pypi-AgEIcHlwaS5vcmc" + rs(r, URLSAFE, 150),
    "rubygems": lambda r: "rubygems_" + rs(r, HEX, 48),
    "hf": lambda r: "hf_" + rs(r, string.ascii_letters, 34),
    "azure_storage": lambda r: b64(r, 64),
    "do": lambda r: "dop_v1_" + rs(r, HEX, 64),
    "shopify": lambda r: "shpat_" + rs(r, HEX, 32),
    "mailgun": lambda r: "key-" + rs(r, HEX, 32),
    "heroku": lambda r: "HRKU-AA" + rs(r, URLSAFE, 58),
    "jwt": g_jwt,
    "pem_rsa": lambda r: g_pem(r),
    "pem_ec": lambda r: g_pem(r, "EC PRIVATE KEY"),
    "pem_pkcs8": lambda r: g_pem(r, "PRIVATE KEY"),
    "pem_openssh": lambda r: g_pem(r, "OPENSSH PRIVATE KEY"),
    "dockerhub": lambda r: "dckr_pat_" + rs(r, URLSAFE, 27),
    "vault": lambda r: "hvs." + rs(r, URLSAFE, 90),
    "linear": lambda r: "lin_api_" + rs(r, ALNUM, 40),
    "atlassian": lambda r: "ATATT3xFfGF0" + rs(r, URLSAFE, 170) + "=" + rs(r, UPPER_ALNUM, 8),
    "age": lambda r: "AGE-SECRET-KEY-1" + rs(r, "QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L".upper(), 58),
    "alibaba_id": lambda r: "LTAI5t" + rs(r, ALNUM, 18),
    "alibaba_secret": lambda r: rs(r, ALNUM, 30),
    "tencent_id": lambda r: "AKID" + rs(r, ALNUM, 32),
    "tencent_key": lambda r: rs(r, ALNUM, 32),
    "yandex_key": lambda r: "AQVN" + rs(r, URLSAFE, 36),
    "yandex_iam": lambda r: "t1.9euelZ" + rs(r, URLSAFE, 80),
    "ibm_apikey": lambda r: rs(r, URLSAFE, 44),
    "scaleway": lambda r: "SCW" + rs(r, UPPER_ALNUM, 17),
    "uuid_secret": lambda r: "%s-%s-4%s-%s-%s" % (rs(r, HEX, 8), rs(r, HEX, 4), rs(r, HEX, 3), r.choice("89ab") + rs(r, HEX, 3), rs(r, HEX, 12)),
    "linode": lambda r: rs(r, HEX, 64),
    "vultr": lambda r: rs(r, UPPER_ALNUM, 36),
    "hetzner": lambda r: rs(r, ALNUM, 64),
    "b2_key": lambda r: "K005" + rs(r, ALNUM, 27),
    "secret32": lambda r: rs(r, ALNUM, 32),
    "secret40": lambda r: rs(r, ALNUM + "-_", 40),
    "b64_32": lambda r: b64(r, 32),
    "b64user": g_b64user,
    "gcp_json_key": lambda r: "-----BEGIN PRIVATE KEY-----\\n" + "\\n".join(
        [b64(r, 450)[i:i + 64] for i in range(0, 600, 64)]) + "\\n-----END PRIVATE KEY-----",
    "telegram": lambda r: f"{r.randrange(10**9, 7*10**9)}:AA{rs(r, URLSAFE, 33)}",
    "sentry_auth": lambda r: "sntrys_" + rs(r, ALNUM, 120),
    "newrelic": lambda r: "NRAK-" + rs(r, UPPER_ALNUM, 27),
    "mapbox_sk": lambda r: "sk.eyJ1Ijoi" + rs(r, ALNUM, 40) + "." + rs(r, URLSAFE, 22),
    "postman": lambda r: "PMAK-" + rs(r, HEX, 24) + "-" + rs(r, HEX, 34),
    "grafana": lambda r: "glsa_" + rs(r, ALNUM, 32) + "_" + rs(r, HEX, 8),
    "cloudflare": lambda r: rs(r, URLSAFE, 40),
    "okta": lambda r: "00" + rs(r, URLSAFE, 40),
    "ngrok": lambda r: rs(r, ALNUM, 27) + "_" + rs(r, ALNUM, 21),
    "square": lambda r: "EAAA" + rs(r, URLSAFE, 60),
    "paypal_secret": lambda r: "E" + rs(r, URLSAFE, 79),
    "databricks": lambda r: "dapi" + rs(r, HEX, 32),
    "pulumi": lambda r: "pul-" + rs(r, HEX, 40),
    "tfc": lambda r: rs(r, ALNUM, 14) + ".atlasv1." + rs(r, ALNUM, 67),
    "sauce": lambda r: "%s-%s-%s-%s-%s" % (rs(r, HEX, 8), rs(r, HEX, 4), rs(r, HEX, 4), rs(r, HEX, 4), rs(r, HEX, 12)),
    "firebase": lambda r: "AAAA" + rs(r, URLSAFE, 7) + ":APA91b" + rs(r, URLSAFE, 134),
    "jfrog": lambda r: "AKCp8" + rs(r, ALNUM, 68),
    "crates": lambda r: "cio" + rs(r, ALNUM, 32),
    "discord_bot": lambda r: rs(r, "MNO", 1) + rs(r, ALNUM, 25) + "." + rs(r, URLSAFE, 6) + "." + rs(r, URLSAFE, 38),
    "gitea": lambda r: rs(r, HEX, 40),
    "session": lambda r: rs(r, "abcdefghijklmnopqrstuvwxyz0123456789", 32),
    # look-alikes
    "priv4": lambda r: r.choice([f"10.{r.randrange(256)}.{r.randrange(256)}.{r.randrange(1, 255)}",
                                 f"192.168.{r.randrange(256)}.{r.randrange(1, 255)}",
                                 f"172.{r.randrange(16, 32)}.{r.randrange(256)}.{r.randrange(1, 255)}"]),
    "cgnat": lambda r: f"100.{r.randrange(64, 128)}.{r.randrange(256)}.{r.randrange(1, 255)}",
    "doc4": lambda r: r.choice(["192.0.2.", "198.51.100.", "203.0.113."]) + str(r.randrange(1, 255)),
    "linklocal4": lambda r: f"169.254.{r.randrange(256)}.{r.randrange(1, 255)}",
    "doc6": lambda r: f"2001:db8:{format(r.randrange(65536), 'x')}::{format(r.randrange(1, 65536), 'x')}",
    "ula6": lambda r: f"fd{rs(r, HEX, 2)}:{format(r.randrange(65536), 'x')}:{format(r.randrange(65536), 'x')}::{format(r.randrange(1, 65536), 'x')}",
    "ll6": lambda r: f"fe80::{format(r.randrange(65536), 'x')}:{format(r.randrange(256), 'x')}ff:fe{format(r.randrange(256), '02x')}:{format(r.randrange(65536), 'x')}",
    "multicast4": lambda r: f"239.{r.randrange(256)}.{r.randrange(256)}.{r.randrange(1, 255)}",
    "version4": lambda r: f"{r.randrange(1, 12)}.{r.randrange(0, 30)}.{r.randrange(0, 200)}.{r.randrange(0, 9000)}",
    "oid": lambda r: f"1.3.6.1.4.1.{r.randrange(1000, 60000)}.{r.randrange(1, 20)}.{r.randrange(1, 9)}",
    "uuid": lambda r: "%s-%s-4%s-%s-%s" % (rs(r, HEX, 8), rs(r, HEX, 4), rs(r, HEX, 3), r.choice("89ab") + rs(r, HEX, 3), rs(r, HEX, 12)),
    "sha1": lambda r: rs(r, HEX, 40),
    "sha256": lambda r: rs(r, HEX, 64),
    "md5": lambda r: rs(r, HEX, 32),
    "short_sha": lambda r: rs(r, HEX, 7),
    "sri": lambda r: "sha512-" + b64(r, 64),
    "digest": lambda r: "sha256:" + rs(r, HEX, 64),
    "mac": lambda r: ":".join(rs(r, HEX, 2) for _ in range(6)),
    "bcrypt": lambda r: "$2b$12$" + rs(r, ALNUM + "./", 53),
    "argon2": lambda r: "$argon2id$v=19$m=65536,t=3,p=4$" + b64(r, 16).rstrip("=") + "$" + b64(r, 32).rstrip("="),
    "res_email": lambda r: f"{r.choice(FIRST)}@{r.choice(['example.com', 'example.org', 'example.net', 'mail.example', 'corp.test', 'host.invalid'])}",
    "ssh_pub": lambda r: "AAAAC3NzaC1lZDI1NTE5AAAAI" + rs(r, B64, 43),
    "pk_live": lambda r: "pk_live_" + rs(r, ALNUM, 99),
    "masked_tail": lambda r: "****" + rs(r, ALNUM, 4),
    "trace": lambda r: rs(r, HEX, 32),
}

LOOKALIKE_IP_GENS = {"priv4", "cgnat", "doc4", "linklocal4", "doc6", "ula6", "ll6", "multicast4"}
MARK = re.compile(r"«([KPEIL]):([a-z0-9_]+):([^»]*)»")


def render(tpl, r):
    out, labels, looks, cache = [], [], [], {}
    pos, cur = 0, 0
    for m in MARK.finditer(tpl):
        lit = tpl[pos:m.start()]
        out.append(lit)
        cur += len(lit)
        t, kind, gen = m.groups()
        if gen.startswith("="):
            val = gen[1:]
        else:
            name = gen.split("#")[0]
            if "#" in gen and gen in cache:
                val = cache[gen]
            else:
                val = GENS[name](r)
                if "#" in gen:
                    cache[gen] = val
            if t == "I":
                assert ipaddress.ip_address(val).is_global, val
            if t == "L" and name in LOOKALIKE_IP_GENS:
                a = ipaddress.ip_address(val)
                assert not a.is_global or a.is_multicast, val
        if t == "E":
            assert not val.lower().endswith(RESERVED_EMAIL_DOMAINS), val
        span = {"start": cur, "end": cur + len(val)}
        if t == "L":
            looks.append({"kind": kind, **span})
        else:
            labels.append({"tag": TAGS[t], **span, "kind": kind})
        out.append(val)
        cur += len(val)
        pos = m.end()
    out.append(tpl[pos:])
    return "".join(out), labels, looks


from templates_h5 import TEMPLATES, CARRIER_SNIPPETS  # noqa: E402  (sibling module, same folder)

LANG = {"py": "Python", "java": "Java", "kt": "Kotlin", "kts": "Kotlin", "scala": "Scala", "go": "Go", "rs": "Rust",
        "cpp": "C++", "swift": "Swift", "php": "PHP", "pl": "Perl", "lua": "Lua", "r": "R", "R": "R", "xml": "XML",
        "json": "JSON", "yaml": "YAML", "yml": "YAML", "ini": "INI", "cfg": "INI", "sh": "Shell", "sql": "SQL",
        "md": "Markdown", "rst": "reStructuredText", "txt": "Text", "toml": "TOML", "ps1": "PowerShell", "js": "JavaScript",
        "ts": "TypeScript", "gradle": "Groovy", "rb": "Ruby", "html": "HTML", "cs": "C#", "bat": "Batchfile"}


def lang_of(path):
    base = os.path.basename(path).lower()
    if base == "vagrantfile":
        return "Ruby"
    if base == "dockerfile":
        return "Dockerfile"
    ext = base.rsplit(".", 1)[-1] if "." in base else ""
    return LANG.get(ext, "")


def check(doc):
    c = doc["content"]
    spans = sorted([(s["start"], s["end"]) for s in doc["labels"] + doc["lookalikes"]])
    for a, b in spans:
        assert b > a and c[a:b] == c[a:b].strip(), (doc["id"], c[a:b])
    for (a1, b1), (a2, b2) in zip(spans, spans[1:]):
        assert b1 <= a2, (doc["id"], c[a1:b1], c[a2:b2])
    if doc["path"].endswith(".json"):
        json.loads(c)
    if doc["path"].endswith(".py"):
        compile(c, doc["path"], "exec")


def main():
    docs = []
    # real carriers
    src = os.path.join(HERE, "sources")
    for pkg in sorted(os.listdir(src)):
        for root, _, files in sorted(os.walk(os.path.join(src, pkg))):
            for fn in sorted(files):
                if fn == "LICENSE.txt":
                    continue
                full = os.path.join(root, fn)
                rel = os.path.relpath(full, src)
                orig = open(full, encoding="utf-8").read()
                ext = fn.rsplit(".", 1)[-1]
                r = random.Random(f"{SEED}:real:{rel}")
                snippet = r.choice(CARRIER_SNIPPETS[ext])
                text, labels, looks = render(snippet, r)
                base = orig if orig.endswith("\n") else orig + "\n"
                content = base + text
                assert content.startswith(orig)
                off = len(base)
                for s in labels + looks:
                    s["start"] += off
                    s["end"] += off
                # real e-mails and loopback addresses already in the carrier
                for m in re.finditer(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)*\.[a-z]{2,}", orig):
                    labels.append({"tag": "EMAIL", "start": m.start(), "end": m.end(), "kind": "carrier_email"})
                for m in re.finditer(r"\b127\.0\.0\.1\b", orig):
                    looks.append({"kind": "carrier_loopback_ip", "start": m.start(), "end": m.end()})
                doc = {"id": f"h5-real-{rel.replace('/', '-')}", "lang": lang_of(fn), "path": rel,
                       "content": content, "labels": sorted(labels, key=lambda s: s["start"]),
                       "lookalikes": sorted(looks, key=lambda s: s["start"])}
                check(doc)
                docs.append(doc)
    # synthetic
    for name, path, tpl in TEMPLATES:
        for n in range(3):
            r = random.Random(f"{SEED}:{name}:{n}")
            content, labels, looks = render(tpl, r)
            doc = {"id": f"h5-syn-{name}-{n}", "lang": lang_of(path), "path": path, "content": content,
                   "labels": labels, "lookalikes": looks}
            check(doc)
            docs.append(doc)
    ids = [d["id"] for d in docs]
    assert len(ids) == len(set(ids))
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as f:
        for d in docs:
            f.write(json.dumps(d, ensure_ascii=False, sort_keys=True) + "\n")
    # counts
    from collections import Counter
    tag = Counter(l["tag"] for d in docs for l in d["labels"])
    kind = Counter((l["tag"], l["kind"]) for d in docs for l in d["labels"])
    lk = Counter(l["kind"] for d in docs for l in d["lookalikes"])
    stats = {"documents": len(docs), "real": sum(1 for d in docs if d["id"].startswith("h5-real-")),
             "tags": dict(sorted(tag.items())), "lookalikes": sum(lk.values()),
             "kinds": {f"{a}\t{b}": v for (a, b), v in sorted(kind.items())}, "lookalike_kinds": dict(sorted(lk.items()))}
    with open(os.path.join(HERE, "counts.json"), "w", encoding="utf-8") as f:
        json.dump(stats, f, indent=1, sort_keys=True)
        f.write("\n")
    print(json.dumps({k: stats[k] for k in ("documents", "real", "tags", "lookalikes")}))


if __name__ == "__main__":
    sys.path.insert(0, HERE)
    main()
