#!/usr/bin/env python3
"""Build the held-out labelled set for PII/secret redaction (``labels.jsonl`` and ``README.md``).

The set is independent of the redaction detectors: this script never imports codelm, and its
templates and contexts were written without reading the detectors or the tuning set's generator.
It is an evaluation set only; never tune a detector on it.

Documents come from three places:

* real files from permissively licensed packages, stored verbatim under ``sources/`` (some left
  untouched, the others with planted snippets inserted at line boundaries);
* synthetic files of common kinds (``.env``, compose, Dockerfile, Kubernetes, Terraform, Java, Go,
  Rust, PHP, Ruby, C#, CI configs, logs, ...), written here;
* documents whose ``path`` carries a planted value (labels with ``"column": "path"``).

Every planted value is random, of the real shape, and never a real credential. Look-alikes that must
survive redaction are planted beside them and listed under ``lookalikes``.

    python tests/data/redact_heldout/make_heldout.py                    # rewrite labels.jsonl and README.md
    python tests/data/redact_heldout/make_heldout.py --out-dir DIR      # write them somewhere else
    python tests/data/redact_heldout/make_heldout.py --refresh-sources  # recopy sources/ from the venv

Generation is deterministic: it reads only ``sources/`` and derives one seeded RNG per document.
``--refresh-sources`` copies the listed files again from the running interpreter's site-packages
(the set then changes with the installed versions; commit the new copies and outputs together).
"""

from __future__ import annotations

import argparse
import ast
import base64
import ipaddress
import json
import re
import shutil
import string
import sys
from collections import Counter
from pathlib import Path
from random import Random
from urllib.parse import quote

HERE = Path(__file__).resolve().parent
SOURCES = HERE / "sources"
SEED = "redact-heldout-v1"

TAGS = {"E": "EMAIL", "I": "IP_ADDRESS", "K": "KEY", "P": "PASSWORD"}

# --------------------------------------------------------------------------------------------
# Real files. (package, path inside site-packages); the package's license file is copied too.
# --------------------------------------------------------------------------------------------

UNTOUCHED = [
    ("requests", "requests/auth.py"),
    ("requests", "requests/structures.py"),
    ("urllib3", "urllib3/util/retry.py"),
    ("urllib3", "urllib3/fields.py"),
    ("jinja2", "jinja2/bccache.py"),
    ("click", "click/formatting.py"),
    ("pyyaml", "yaml/resolver.py"),
    ("rich", "rich/prompt.py"),
    ("pygments", "pygments/styles/monokai.py"),
    ("huggingface_hub", "huggingface_hub/_oidc.py"),
    ("huggingface_hub", "huggingface_hub/constants.py"),
    ("packaging", "packaging/direct_url.py"),
    ("transformers", "transformers/models/llama/configuration_llama.py"),
    ("virtualenv", "virtualenv/activation/fish/activate.fish"),
    ("ray", "ray/autoscaler/azure/defaults.yaml"),
    ("ray", "ray/autoscaler/_private/_azure/azure-config-template.json"),
    ("ray", "ray/autoscaler/aws/cloudwatch/ray_prometheus_waiter.sh"),
    ("spacy", "spacy/default_config.cfg"),
    ("jsonschema_specifications", "jsonschema_specifications/schemas/draft7/metaschema.json"),
    ("markdown_it_py", "markdown_it/port.yaml"),
    ("matplotlib", "matplotlib/backends/web_backend/css/page.css"),
    ("pip", "pip/_vendor/README.rst"),
    ("deepspeed", "deepspeed/autotuning/config_templates/template_zero3.json"),
    ("torch", "torch/utils/model_dump/code.js"),
]

PLANTED = [
    ("requests", "requests/api.py"),
    ("requests", "requests/help.py"),
    ("requests", "requests/exceptions.py"),
    ("requests", "requests/status_codes.py"),
    ("urllib3", "urllib3/util/timeout.py"),
    ("urllib3", "urllib3/util/connection.py"),
    ("urllib3", "urllib3/contrib/socks.py"),
    ("urllib3", "urllib3/util/request.py"),
    ("urllib3", "urllib3/contrib/emscripten/emscripten_fetch_worker.js"),
    ("jinja2", "jinja2/meta.py"),
    ("jinja2", "jinja2/nativetypes.py"),
    ("jinja2", "jinja2/sandbox.py"),
    ("jinja2", "jinja2/debug.py"),
    ("click", "click/exceptions.py"),
    ("click", "click/globals.py"),
    ("pyyaml", "yaml/composer.py"),
    ("pyyaml", "yaml/reader.py"),
    ("pyyaml", "yaml/serializer.py"),
    ("rich", "rich/panel.py"),
    ("rich", "rich/rule.py"),
    ("rich", "rich/tree.py"),
    ("rich", "rich/theme.py"),
    ("rich", "rich/spinner.py"),
    ("rich", "rich/_log_render.py"),
    ("pygments", "pygments/util.py"),
    ("pygments", "pygments/lexers/go.py"),
    ("pygments", "pygments/styles/nord.py"),
    ("virtualenv", "virtualenv/activation/python/activate_this.py"),
    ("virtualenv", "virtualenv/config/ini.py"),
    ("virtualenv", "virtualenv/activation/bash/activate.sh"),
    ("virtualenv", "virtualenv/activation/powershell/activate.ps1"),
    ("virtualenv", "virtualenv/activation/batch/activate.bat"),
    ("virtualenv", "virtualenv/activation/batch/deactivate.bat"),
    ("transformers", "transformers/models/bert/configuration_bert.py"),
    ("transformers", "transformers/models/gpt2/configuration_gpt2.py"),
    ("transformers", "transformers/models/t5/configuration_t5.py"),
    ("markdown_it_py", "markdown_it/token.py"),
    ("packaging", "packaging/utils.py"),
    ("idna", "idna/cli.py"),
    ("attrs", "attr/converters.py"),
    ("ray", "ray/autoscaler/aws/defaults.yaml"),
    ("ray", "ray/autoscaler/gcp/defaults.yaml"),
    ("ray", "ray/autoscaler/vsphere/defaults.yaml"),
    ("ray", "ray/autoscaler/local/defaults.yaml"),
    ("ray", "ray/autoscaler/spark/defaults.yaml"),
    ("ray", "ray/autoscaler/aws/cloudwatch/prometheus.yml"),
    ("ray", "ray/dashboard/modules/metrics/export/prometheus/prometheus.yml"),
    ("ray", "ray/dashboard/modules/metrics/dashboards/default_grafana_dashboard_base.json"),
    ("ray", "ray/dashboard/modules/metrics/dashboards/serve_grafana_dashboard_base.json"),
    ("spacy", "spacy/cli/templates/quickstart_training_recommendations.yml"),
    ("spacy", "spacy/default_config_pretraining.cfg"),
    ("spacy", "spacy/tests/package/test.toml"),
    ("spacy", "spacy/cli/templates/quickstart_training.jinja"),
    ("jsonschema_specifications", "jsonschema_specifications/schemas/draft4/metaschema.json"),
    ("jsonschema_specifications", "jsonschema_specifications/schemas/draft202012/metaschema.json"),
    ("setuptools", "setuptools/config/distutils.schema.json"),
    ("deepspeed", "deepspeed/autotuning/config_templates/template_zero2.json"),
    ("deepspeed", "deepspeed/ops/csrc/adam/cpu_adam.cpp"),
    ("deepspeed", "deepspeed/ops/csrc/pin_memory/page_alloc.h"),
    ("typer", "typer/.agents/skills/typer/SKILL.md"),
    ("pyparsing", "pyparsing/ai/best_practices.md"),
    ("triton", "triton/experimental/gsan/README.md"),
    ("huggingface_hub", "huggingface_hub/templates/modelcard_template.md"),
    ("huggingface_hub", "huggingface_hub/templates/datasetcard_template.md"),
    ("numpy", "numpy/ma/README.rst"),
    ("pycparser", "pycparser/_c_ast.cfg"),
    ("matplotlib", "matplotlib/backends/web_backend/js/nbagg_mpl.js"),
    ("matplotlib", "matplotlib/backends/web_backend/single_figure.html"),
    ("matplotlib", "matplotlib/backends/web_backend/css/boilerplate.css"),
    ("matplotlib", "matplotlib/mpl-data/stylelib/ggplot.mplstyle"),
]

LANG_BY_SUFFIX = {
    ".py": "python", ".js": "javascript", ".ts": "typescript", ".json": "json", ".yaml": "yaml",
    ".yml": "yaml", ".toml": "toml", ".cfg": "ini", ".ini": "ini", ".md": "markdown",
    ".rst": "restructuredtext", ".sh": "shell", ".fish": "fish", ".ps1": "powershell",
    ".bat": "batch", ".css": "css", ".html": "html", ".jinja": "jinja", ".mplstyle": "ini",
    ".cpp": "cpp", ".h": "cpp",
}

# --------------------------------------------------------------------------------------------
# Random values of real shapes.
# --------------------------------------------------------------------------------------------

UP, LO, DIG = string.ascii_uppercase, string.ascii_lowercase, string.digits
ALNUM = UP + LO + DIG
B64 = ALNUM + "+/"
B64URL = ALNUM + "-_"
HEX = "0123456789abcdef"

NOT_PUBLIC_V4 = [ipaddress.ip_network(n) for n in (
    "0.0.0.0/8", "10.0.0.0/8", "100.64.0.0/10", "127.0.0.0/8", "169.254.0.0/16", "172.16.0.0/12",
    "192.0.0.0/24", "192.0.2.0/24", "192.88.99.0/24", "192.168.0.0/16", "198.18.0.0/15",
    "198.51.100.0/24", "203.0.113.0/24", "224.0.0.0/3",
)]
NOT_PUBLIC_V6 = [ipaddress.ip_network(n) for n in (
    "::/8", "100::/64", "2001::/23", "2001:db8::/32", "2002::/16", "fc00::/7", "fe80::/10", "ff00::/8",
)]
V6_PREFIXES = [0x2A00, 0x2A01, 0x2A02, 0x2A03, 0x2A05, 0x2A0B, 0x2600, 0x2601, 0x2602, 0x2604, 0x2605, 0x2606,
               0x2607, 0x2620, 0x2400, 0x2401, 0x2403, 0x2404, 0x2405, 0x2406, 0x2408, 0x2800, 0x2803, 0x2C0F]


def is_public_ip(text: str) -> bool:
    """Public by this set's rule (explicit ranges, so the answer never depends on the Python version)."""
    ip = ipaddress.ip_address(text)
    ranges = NOT_PUBLIC_V4 if ip.version == 4 else NOT_PUBLIC_V6
    return not any(ip in net for net in ranges)


def rs(R: Random, alphabet: str, n: int) -> str:
    return "".join(R.choice(alphabet) for _ in range(n))


def mixed(R: Random, alphabet: str, n: int) -> str:
    """Random string that has an upper-case letter, a lower-case letter and a digit (when the alphabet does)."""
    while True:
        s = rs(R, alphabet, n)
        need = [c for c in (UP, LO, DIG) if any(ch in alphabet for ch in c)]
        if all(any(ch in cls for ch in s) for cls in need) and s[0].isalnum():
            return s


def rbytes(R: Random, n: int) -> bytes:
    return bytes(R.getrandbits(8) for _ in range(n))


def b64(data: bytes) -> str:
    return base64.b64encode(data).decode()


def b64url(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).decode().rstrip("=")


# ---- IP addresses -------------------------------------------------------------------------


def g_ipv4(R):
    while True:
        ip = f"{R.randint(11, 223)}.{R.randint(0, 255)}.{R.randint(0, 255)}.{R.randint(1, 254)}"
        if is_public_ip(ip) and max(int(p) for p in ip.split(".")) >= 20:
            return ip


def _v6(groups):
    return ipaddress.IPv6Address(b"".join(g.to_bytes(2, "big") for g in groups)).compressed


def g_ipv6(R):
    while True:
        groups = [R.choice(V6_PREFIXES)] + [R.randint(0, 0xFFFF) for _ in range(7)]
        shape = R.randint(0, 3)
        if shape == 0:
            groups[3:6] = [0, 0, 0]
        elif shape == 1:
            groups[4:7] = [0, 0, 0]
        elif shape == 2:
            groups[2:6] = [0, 0, 0, 0]
            groups[6] = 0
        ip = _v6(groups)
        if is_public_ip(ip):
            return ip


def g_cidr4(R):
    while True:
        prefix = R.choice([16, 20, 22, 24, 24, 24, 25, 26, 27, 28, 29, 32])
        net = ipaddress.ip_network(f"{g_ipv4(R)}/{prefix}", strict=False)
        address = str(net.network_address)
        if is_public_ip(address) and not any(net.overlaps(n) for n in NOT_PUBLIC_V4):
            return address, f"/{prefix}"


def g_cidr6(R):
    while True:
        prefix = R.choice([32, 40, 48, 48, 56, 64])
        net = ipaddress.ip_network(f"{g_ipv6(R)}/{prefix}", strict=False)
        address = net.network_address.compressed
        if is_public_ip(address) and not any(net.overlaps(n) for n in NOT_PUBLIC_V6):
            return address, f"/{prefix}"


# ---- e-mail -------------------------------------------------------------------------------

FIRST = ["amara", "bjorn", "chloe", "dmitri", "elena", "farid", "greta", "hiroshi", "ines", "jonas", "kwame",
         "lucia", "mateo", "nadia", "oskar", "priya", "quentin", "rosa", "samir", "tamsin", "ugo", "vera",
         "wei", "ximena", "yusuf", "zofia", "aiden", "beatriz", "caspar", "daria", "emeka", "fiona", "gustavo",
         "hana", "ivan", "jade", "kofi", "leila", "marek", "noor", "olga", "pablo", "rahul", "sanna", "tomasz",
         "uma", "viktor", "wanjiru", "yara", "zeynep", "anouk", "bartek", "carmen", "deniz", "eitan", "freya"]
LAST = ["okafor", "lindqvist", "moreau", "petrov", "garcia", "haddad", "schulz", "tanaka", "ferreira", "novak",
        "mensah", "romano", "alvarez", "karimi", "nilsson", "sharma", "dubois", "castillo", "rahman", "whitlock",
        "bianchi", "kowalski", "chen", "ortega", "demir", "wojcik", "murphy", "santos", "hoffmann", "ivanova",
        "adeyemi", "larsen", "fischer", "mori", "kaplan", "oliveira", "brennan", "yilmaz", "nakamura", "abbott",
        "vasquez", "hughes", "ekstrom", "rossi", "mbeki", "quinn", "varga", "lehmann", "sato", "duarte"]
WORD1 = ["north", "blue", "iron", "kestrel", "lumen", "cedar", "orbit", "pine", "harbor", "quill", "tidal",
         "amber", "nova", "vertex", "cobalt", "maple", "zenith", "atlas", "ember", "fjord", "granite", "helix",
         "juniper", "lattice", "meridian", "opal", "prism", "sable", "tundra", "umber", "vireo", "willow"]
WORD2 = ["wind", "works", "labs", "logic", "systems", "analytics", "freight", "health", "bank", "cloud", "data",
         "robotics", "media", "retail", "energy", "soft", "grid", "mobility", "bio", "pay", "ware", "forge"]
TLDS = ["com", "com", "com", "io", "io", "net", "co", "dev", "app", "de", "fr", "nl", "se", "ch", "co.uk",
        "com.au", "ca", "tech", "cloud", "ai", "eu", "org", "us", "jp", "in", "pl", "es", "it", "com.br", "fi"]
FREEMAIL = ["gmail.com", "outlook.com", "yahoo.com", "proton.me", "icloud.com", "gmx.de", "fastmail.com",
            "hotmail.com", "web.de", "zoho.com", "yandex.ru", "mail.ru", "aol.com", "pm.me"]
ROLES = ["ops", "devops", "billing", "security", "admin", "support", "infra", "data-eng", "noreply", "alerts",
         "platform", "sre", "it-helpdesk", "release", "oncall", "accounts"]
RESERVED_MAIL_DOMAINS = ["example.com", "example.org", "example.net", "mail.example.com", "corp.example",
                         "acme.example", "shop.test", "ci.test", "nowhere.invalid", "localhost", "users.example.org",
                         "dev.example.net"]


def g_company_domain(R):
    sep = R.choice(["", "", "-"])
    domain = f"{R.choice(WORD1)}{sep}{R.choice(WORD2)}.{R.choice(TLDS)}"
    if R.random() < 0.15:
        domain = R.choice(["mail.", "corp.", "eu.", "us.", "staff."]) + domain
    return domain


def g_person(R):
    return f"{R.choice(FIRST).capitalize()} {R.choice(LAST).capitalize()}"


def g_email(R):
    first, last = R.choice(FIRST), R.choice(LAST)
    style = R.random()
    if style < 0.25:
        return f"{first}{last}{R.randint(7, 9999)}@{R.choice(FREEMAIL)}"
    if style < 0.35:
        return f"{first}.{last}.{R.randint(10, 99)}@{R.choice(FREEMAIL)}"
    domain = g_company_domain(R)
    local = R.choice([
        f"{first}.{last}", f"{first}.{last}", f"{first[0]}{last}", f"{first}_{last}", f"{first}",
        f"{first}.{last}+{R.choice(['ci', 'git', 'jira', 'news', 'aws'])}", R.choice(ROLES),
        f"{first}-{last[0]}", f"{last}.{first[0]}",
    ])
    if R.random() < 0.08:
        local = local.capitalize()
    return f"{local}@{domain}"


def g_example_email(R):
    local = R.choice([R.choice(FIRST), "user", "admin", "jdoe", "alice", "bob", "noreply", "test.user",
                      R.choice(ROLES), f"{R.choice(FIRST)}.{R.choice(LAST)}"])
    return f"{local}@{R.choice(RESERVED_MAIL_DOMAINS)}"


# ---- keys and tokens ----------------------------------------------------------------------


def g_aws_akid(R):
    return R.choice(["AKIA", "AKIA", "AKIA", "ASIA"]) + mixed(R, UP + "234567", 16)


def g_aws_secret(R):
    return mixed(R, B64, 40)


def g_gh(R):
    return R.choice(["ghp_", "ghp_", "ghp_", "gho_", "ghu_", "ghs_", "ghr_"]) + mixed(R, ALNUM, 36)


def g_ghfine(R):
    return "github_pat_11" + mixed(R, UP + DIG, 20) + "_" + mixed(R, ALNUM, 59)


def g_glpat(R):
    return "glpat-" + mixed(R, ALNUM + "_-", 20)


def g_slack(R):
    kind = R.choice(["xoxb", "xoxb", "xoxp", "xapp"])
    if kind == "xoxb":
        return f"xoxb-{R.randint(10**10, 10**13)}-{R.randint(10**11, 10**13)}-{mixed(R, ALNUM, 24)}"
    if kind == "xoxp":
        return (f"xoxp-{R.randint(10**10, 10**13)}-{R.randint(10**10, 10**13)}-{R.randint(10**11, 10**13)}-"
                f"{rs(R, HEX, 32)}")
    return f"xapp-1-A{mixed(R, UP + DIG, 10)}-{R.randint(10**12, 10**13)}-{rs(R, HEX, 64)}"


def g_stripe(R):
    prefix = R.choice(["sk_live_", "sk_live_", "rk_live_", "sk_test_"])
    return prefix + ("51" + mixed(R, ALNUM, 97) if R.random() < 0.5 else mixed(R, ALNUM, 24))


def g_google(R):
    return "AIza" + mixed(R, ALNUM + "-_", 35)


def g_openai(R):
    if R.random() < 0.5:
        return "sk-" + mixed(R, ALNUM, 20) + "T3BlbkFJ" + mixed(R, ALNUM, 20)
    return "sk-proj-" + mixed(R, ALNUM + "-_", 74) + "T3BlbkFJ" + mixed(R, ALNUM + "-_", 74)


def g_anthropic(R):
    return "sk-ant-api03-" + mixed(R, ALNUM + "-_", 93) + "AA"


def g_npm(R):
    return "npm_" + mixed(R, ALNUM, 36)


def g_pypi(R):
    return "pypi-AgEIcHlwaS5vcmc" + mixed(R, B64URL, R.randint(150, 190))


def g_hf(R):
    return "hf_" + mixed(R, UP + LO, 34)


def g_jwt(R):
    alg = R.choice(["HS256", "HS256", "RS256", "ES256"])
    header = {"alg": alg, "typ": "JWT"}
    if alg != "HS256":
        header["kid"] = rs(R, HEX, 16)
    iat = R.randint(1_600_000_000, 1_760_000_000)
    payload = {"sub": str(R.randint(10**5, 10**9)), "iat": iat, "exp": iat + R.choice([3600, 86400, 2592000])}
    if R.random() < 0.6:
        payload["scope"] = R.choice(["read:jobs write:jobs", "admin", "api", "openid profile email"])
    if R.random() < 0.4:
        payload["iss"] = f"https://auth.{g_company_domain(R)}/"
    sig = rbytes(R, {"HS256": 32, "RS256": 256, "ES256": 64}[alg])
    enc = [b64url(json.dumps(part, separators=(",", ":")).encode()) for part in (header, payload)]
    return ".".join(enc + [b64url(sig)])


PEM_KINDS = {
    "rsa": ("RSA PRIVATE KEY", b"\x30\x82\x04\xa4\x02\x01\x00\x02\x82\x01\x01\x00", 1180, 64),
    "pkcs8": ("PRIVATE KEY", b"\x30\x82\x04\xbd\x02\x01\x00\x30\x0d\x06\x09\x2a\x86\x48\x86\xf7\x0d\x01\x01\x01"
              b"\x05\x00\x04\x82\x04\xa7\x30\x82\x04\xa3\x02\x01\x00", 1190, 64),
    "ec": ("EC PRIVATE KEY", b"\x30\x77\x02\x01\x01\x04\x20", 112, 64),
    "openssh": ("OPENSSH PRIVATE KEY", b"openssh-key-v1\x00\x00\x00\x00\x04none\x00\x00\x00\x04none\x00\x00\x00\x00"
                b"\x00\x00\x00\x01\x00\x00\x00\x33\x00\x00\x00\x0bssh-ed25519\x00\x00\x00\x20", 340, 70),
}


def _pem_lines(R, kind):
    label, prefix, size, width = PEM_KINDS[kind]
    body = b64(prefix + rbytes(R, size - len(prefix)))
    lines = [body[i:i + width] for i in range(0, len(body), width)]
    return [f"-----BEGIN {label}-----", *lines, f"-----END {label}-----"]


def g_pem(R, arg="rsa"):
    """PEM private key; ``arg`` is ``kind`` or ``kind:indent`` (continuation lines indented)."""
    kind, _, indent = arg.partition(":")
    return ("\n" + " " * int(indent or 0)).join(_pem_lines(R, kind))


def g_pemj(R, arg="pkcs8"):
    """PEM private key as it sits inside a JSON string (newlines escaped)."""
    return "\\n".join(_pem_lines(R, arg))


def g_sendgrid(R):
    return "SG." + mixed(R, B64URL, 22) + "." + mixed(R, B64URL, 43)


def g_azkey(R):
    return mixed(R, B64, 86) + "=="


def g_telegram(R):
    return f"{R.randint(10**8, 10**10)}:AA{mixed(R, B64URL, 33)}"


def g_mailgun(R):
    return "key-" + rs(R, HEX, 32)


def g_shopify(R):
    return R.choice(["shpat_", "shpss_"]) + rs(R, HEX, 32)


def g_dop(R):
    return "dop_v1_" + rs(R, HEX, 64)


def g_ya29(R):
    return "ya29." + mixed(R, B64URL, R.randint(140, 180))


def g_hex(R, n="32"):
    while True:
        s = rs(R, HEX, int(n))
        if sum(c.isdigit() for c in s) >= 3 and sum(c.isalpha() for c in s) >= 3:
            return s


def g_b64(R, n="32"):
    """Base64 of ``n`` random bytes (a generic secret key)."""
    while True:
        s = b64(rbytes(R, int(n)))
        if s[0].isalnum():
            return s


def g_alnum(R, n="32"):
    return mixed(R, ALNUM, int(n))


def g_django(R):
    return "django-insecure-" * (R.random() < 0.3) + mixed(R, LO + DIG + "!@#%^&*(-_=+)", 50)


def g_bearer(R):
    choice = R.random()
    if choice < 0.3:
        return g_jwt(R)
    if choice < 0.45:
        return g_ya29(R)
    return mixed(R, ALNUM, R.choice([32, 40, 48]))


def g_k8s_b64(R):
    """A Kubernetes ``data:`` value: base64 of a random token."""
    return b64(mixed(R, ALNUM, R.choice([24, 32, 40])).encode())


# ---- passwords ----------------------------------------------------------------------------

PW_SYMBOLS = {
    "code": "!@#%^&*-_=+.?~:,",  # inside quotes in source code, JSON, TOML, YAML quoted
    "bare": "!@*-_.+~^",  # unquoted config values (.env, .properties, YAML plain)
    "ini": "!@*-_.+~^&",  # configparser: no %, $, ; or #
    "url": "-_.~!*",  # userinfo of a URL, nothing to escape
    "sh": "_-.+@%^=:,",  # a bare shell word
    "conn": "!@#%^*-_+.?~:",  # ADO.NET / JDBC key=value; no ; = or quotes
    "xml": "!@#%^*-_=+.?~:",  # XML text and attributes
    "ps": "!@#%^*-_=+.?~:,",  # PowerShell double quotes: no $ or backtick
    "bat": "@#*-_=+.?~:,",  # cmd set: no % ^ & | < > !
}
PW_WORDS = ["Harbor", "Maple", "Falcon", "Quartz", "Tundra", "Saffron", "Copper", "Lantern", "Orchid", "Nimbus",
            "Pepper", "Granite", "Velvet", "Cobalt", "Willow", "Juniper", "Meadow", "Glacier", "Ember", "Summit",
            "Bramble", "Pixel", "Rocket", "Mango", "Otter", "Zephyr", "Walrus", "Biscuit", "Yourself", "Replace",
            "Insertion", "Tangerine", "Dolphin", "Marigold", "Thunder", "Avocado", "Kingfisher", "Sprocket"]


def g_pw(R, ctx="code"):
    encode = ctx == "urlenc"
    syms = PW_SYMBOLS["code" if encode else ctx]
    style = R.random()
    if style < 0.45:
        n = R.randint(10, 22)
        while True:
            chars = [R.choice(ALNUM) for _ in range(n)]
            for _ in range(R.randint(1, 3)):
                chars[R.randint(1, n - 1)] = R.choice(syms)
            pw = "".join(chars)
            if chars[0].isalnum() and any(c.isdigit() for c in pw) and any(c.isupper() for c in pw):
                break
    elif style < 0.8:
        pw = R.choice(PW_WORDS) + R.choice(["", R.choice(syms)]) + R.choice(PW_WORDS).lower()
        pw += str(R.randint(1, 9999)) + R.choice(syms)
    else:
        seps = [s for s in "-._" if s in syms] or [""]
        sep = R.choice(seps)
        words = [R.choice(PW_WORDS).lower() for _ in range(3)]
        words[R.randint(0, 2)] = words[0].capitalize()
        pw = sep.join(words + [str(R.randint(10, 999))])
    if encode:
        if not any(c in pw for c in "@#:%?"):
            pw = pw[:3] + R.choice("@#:?") + pw[3:]
        pw = quote(pw, safe="-_.~!*")
    return pw


# ---- look-alikes --------------------------------------------------------------------------


def g_private_ip(R):
    choice = R.random()
    if choice < 0.4:
        return f"10.{R.randint(0, 255)}.{R.randint(0, 255)}.{R.randint(1, 254)}"
    if choice < 0.7:
        return f"172.{R.randint(16, 31)}.{R.randint(0, 255)}.{R.randint(1, 254)}"
    return f"192.168.{R.randint(0, 255)}.{R.randint(1, 254)}"


def g_private_net(R):
    return R.choice([f"10.{R.randint(0, 255)}.0.0/16", f"172.{R.randint(16, 31)}.{R.randint(0, 255)}.0/24",
                     f"192.168.{R.randint(0, 255)}.0/24", "10.0.0.0/8", "172.16.0.0/12"])


def g_doc_ipv4(R):
    return R.choice(["192.0.2", "198.51.100", "203.0.113"]) + f".{R.randint(1, 254)}"


def g_doc_net(R):
    return R.choice(["192.0.2.0/24", "198.51.100.0/24", "203.0.113.0/24", f"203.0.113.{R.choice([0, 64, 128])}/26"])


def g_doc_ipv6(R):
    return _v6([0x2001, 0xDB8, R.randint(0, 0xFFFF), 0, 0, 0, 0, R.randint(1, 0xFFFF)])


def g_ula_ipv6(R):
    return _v6([0xFD00 | R.randint(0, 0xFF), R.randint(0, 0xFFFF), R.randint(0, 0xFFFF), R.randint(0, 0xFFFF),
                0, 0, 0, R.randint(1, 0xFFFF)])


def g_link_local_ipv6(R):
    return _v6([0xFE80, 0, 0, 0, R.randint(0, 0xFFFF), R.randint(0, 0xFFFF), R.randint(0, 0xFFFF),
                R.randint(0, 0xFFFF)])


def g_link_local_ip(R):
    return R.choice(["169.254.169.254", "169.254.169.254", f"169.254.{R.randint(1, 254)}.{R.randint(1, 254)}"])


def g_cgnat_ip(R):
    return f"100.{R.randint(64, 127)}.{R.randint(0, 255)}.{R.randint(1, 254)}"


def g_multicast_ip(R):
    return R.choice(["224.0.0.251", "239.255.255.250", "224.0.0.1", "239.1.1.1", "224.0.0.18"])


def g_netmask(R):
    return R.choice(["255.255.255.0", "255.255.0.0", "255.255.255.252", "255.255.240.0", "255.255.255.128"])


def g_version4(R):
    return f"{R.randint(0, 12)}.{R.randint(0, 40)}.{R.randint(0, 30)}.{R.randint(0, 250)}"


def g_oid(R):
    return R.choice(["2.5.4.3", "2.5.4.10", "2.5.4.11", "2.5.29.17", "2.5.29.19", "2.5.29.37", "2.5.4.6"])


def g_date(R):
    return f"{R.randint(2019, 2025)}-{R.randint(1, 12):02d}-{R.randint(1, 28):02d}"


def g_datetime(R):
    return f"{g_date(R)}T{R.randint(0, 23):02d}:{R.randint(0, 59):02d}:{R.randint(0, 59):02d}Z"


def g_log_time(R):
    return f"{g_date(R)} {R.randint(0, 23):02d}:{R.randint(0, 59):02d}:{R.randint(0, 59):02d}"


def _uuid_hex(R):
    h = list(rs(R, HEX, 32))
    h[12] = "4"
    h[16] = R.choice("89ab")
    return "".join(h)


def g_uuid(R):
    h = _uuid_hex(R)
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"


def g_uuid_hex(R):
    return _uuid_hex(R)


def g_sri(R):
    algo, size = R.choice([("sha384", 48), ("sha512", 64), ("sha256", 32), ("sha384", 48)])
    return f"{algo}-{b64(rbytes(R, size))}"


def g_etag(R):
    choice = R.random()
    if choice < 0.4:
        return rs(R, HEX, 32)
    if choice < 0.7:
        return f"{R.randint(0x100, 0xFFFFF):x}-{rs(R, HEX, 13)}"
    return b64url(rbytes(R, 20))


def g_csp_nonce(R):
    return b64(rbytes(R, 16))


def g_png_b64(R):
    head = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00" + bytes([R.randint(8, 64)]) + b"\x00\x00\x00"
    return b64(head + bytes([R.randint(8, 64)]) + rbytes(R, R.randint(60, 300)))


def g_digits(R, n="12"):
    n = int(n)
    return str(R.randint(1, 9)) + rs(R, DIG, n - 1)


def g_ssh_pub(R):
    if R.random() < 0.5:
        blob = b"\x00\x00\x00\x0bssh-ed25519\x00\x00\x00\x20" + rbytes(R, 32)
        return "ssh-ed25519 " + b64(blob)
    blob = b"\x00\x00\x00\x07ssh-rsa\x00\x00\x00\x03\x01\x00\x01\x00\x00\x01\x01\x00" + rbytes(R, 256)
    return "ssh-rsa " + b64(blob)


def g_pubkey_pem(R):
    body = b64(b"\x30\x82\x01\x22\x30\x0d\x06\x09\x2a\x86\x48\x86\xf7\x0d\x01\x01\x01\x05\x00\x03\x82\x01\x0f\x00"
               + rbytes(R, 270))
    return "\n".join(["-----BEGIN PUBLIC KEY-----", *[body[i:i + 64] for i in range(0, len(body), 64)],
                      "-----END PUBLIC KEY-----"])


def g_cert_pem(R):
    body = b64(b"\x30\x82\x03\x5a\x30\x82\x02\x42\xa0\x03\x02\x01\x02\x02\x14" + rbytes(R, R.randint(600, 800)))
    return "\n".join(["-----BEGIN CERTIFICATE-----", *[body[i:i + 64] for i in range(0, len(body), 64)],
                      "-----END CERTIFICATE-----"])


def g_aws_res(R, kind="ami"):
    return f"{kind}-{rs(R, HEX, 17)}"


def g_port_map(R):
    return R.choice(["8080:80", "5432:5432", "6379:6379", "3000:3000", "8443:443", "9090:9090", "127.0.0.1:8000:8000"])


def g_go_sum(R):
    return "h1:" + b64(rbytes(R, 32))


PLACEHOLDER_KEYS = ["<YOUR_API_KEY>", "YOUR_API_KEY", "${API_KEY}", "${TOKEN}", "<your-token>", "xxxx",
                    "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx", "REPLACE_ME", "<insert-token-here>", "YOUR_SECRET_HERE",
                    "sk-...", "ghp_XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX", "<api-key>", "TODO", "dummy-token",
                    "AKIAXXXXXXXXXXXXXXXX", "{{ api_key }}", "%API_KEY%", "<redacted>", "********"]
PLACEHOLDER_PWS = ["changeme", "change-me", "your-password-here", "<password>", "xxxx", "********", "REPLACE_ME",
                   "${DB_PASSWORD}", "<db-password>", "CHANGE_ME", "<YOUR_PASSWORD>", "{{ db_password }}",
                   "%(password)s", "xxxxxxxx", "<secret>", "***", "your_password", "TODO"]


def g_ph_key(R):
    return R.choice(PLACEHOLDER_KEYS)


def g_ph_pw(R):
    return R.choice(PLACEHOLDER_PWS)


def g_ph_pw_bare(R):
    return R.choice(["changeme", "change-me", "your-password-here", "xxxx", "REPLACE_ME", "CHANGE_ME", "your_password"])


def g_aws_example(R):
    return R.choice(["AKIAIOSFODNN7EXAMPLE", "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"])


# ---- plain fillers (never labelled) -------------------------------------------------------

SERVICES = ["billing", "ledger", "ingest", "search", "notifier", "auth", "reports", "gateway", "scheduler",
            "inventory", "checkout", "catalog", "analytics", "mailer", "exporter", "crawler"]
REGIONS = ["us-east-1", "us-west-2", "eu-west-1", "eu-central-1", "ap-southeast-2", "ap-northeast-1", "sa-east-1"]
PKGS = ["chartkit", "fastgrid", "pulse-ui", "tinyqueue", "vellum", "parsnip", "quarry", "lodestar", "mosaic"]
DB_USERS = ["app", "svc_reports", "etl", "admin", "webapp", "readonly", "deploy", "analytics", "root", "postgres"]


def f_host(R):
    return R.choice([f"db-{R.choice(['prod', 'stg', 'eu', 'main'])}-{R.randint(1, 9)}.{g_company_domain(R)}",
                     f"{R.choice(SERVICES)}.internal.{g_company_domain(R)}",
                     f"{R.choice(['pg', 'mysql', 'redis', 'mq', 'es'])}.{g_company_domain(R)}"])


def f_semver(R):
    return f"{R.randint(0, 9)}.{R.randint(0, 30)}.{R.randint(0, 20)}"


FILLERS = {
    "user": lambda R: R.choice(DB_USERS),
    "host": f_host,
    "db": lambda R: R.choice(["orders", "ledger", "app_prod", "analytics", "crm", "inventory", "events", "wiki"]),
    "region": lambda R: R.choice(REGIONS),
    "bucket": lambda R: f"{R.choice(WORD1)}-{R.choice(SERVICES)}-{R.choice(['exports', 'backups', 'assets'])}",
    "service": lambda R: R.choice(SERVICES),
    "org": lambda R: R.choice(WORD1) + R.choice(WORD2),
    "domain": g_company_domain,
    "project": lambda R: f"{R.choice(WORD1)}-{R.choice(SERVICES)}",
    "person": g_person,
    "anyperson": g_person,
    "pkg": lambda R: R.choice(PKGS),
    "semver": f_semver,
    "acct": lambda R: R.choice(WORD1) + R.choice(SERVICES) + str(R.randint(1, 99)),
    "int": lambda R: str(R.randint(2, 64)),
    "port": lambda R: str(R.choice([5432, 3306, 6379, 27017, 5672, 9200, 8080, 8443])),
    "date_http": lambda R: f"{R.choice(['Mon', 'Tue', 'Wed', 'Thu', 'Fri'])}, {R.randint(1, 28):02d} "
                           f"{R.choice(['Jan', 'Mar', 'Jun', 'Sep', 'Nov'])} {R.randint(2020, 2025)} "
                           f"{R.randint(0, 23):02d}:{R.randint(0, 59):02d}:{R.randint(0, 59):02d} GMT",
    "hex5": lambda R: rs(R, LO + DIG, 5),
    "cluster": lambda R: f"{R.choice(WORD1)}-{R.choice(['prod', 'staging', 'dev'])}",
    "image": lambda R: f"ghcr.io/{R.choice(WORD1)}{R.choice(WORD2)}/{R.choice(SERVICES)}",
    "javapkg": lambda R: f"com.{R.choice(WORD1)}{R.choice(WORD2)}.{R.choice(SERVICES)}",
    "Class": lambda R: R.choice(SERVICES).capitalize() + R.choice(["Client", "Config", "Service", "Repository"]),
}
FIXED_PER_DOC = ["user", "host", "db", "region", "bucket", "service", "org", "domain", "project", "person", "pkg",
                 "acct", "cluster", "image", "javapkg", "Class"]

GENERATORS = {
    "ipv4": g_ipv4, "ipv6": g_ipv6, "cidr4": g_cidr4, "cidr6": g_cidr6, "email": g_email,
    "example_email": g_example_email, "aws_akid": g_aws_akid, "aws_secret": g_aws_secret, "gh": g_gh,
    "ghfine": g_ghfine, "glpat": g_glpat, "slack": g_slack, "stripe": g_stripe, "google": g_google,
    "openai": g_openai, "anthropic": g_anthropic, "npm": g_npm, "pypi": g_pypi, "hf": g_hf, "jwt": g_jwt,
    "pem": g_pem, "pemj": g_pemj, "sendgrid": g_sendgrid, "azkey": g_azkey, "telegram": g_telegram,
    "mailgun": g_mailgun, "shopify": g_shopify, "dop": g_dop, "ya29": g_ya29, "hex": g_hex, "b64": g_b64,
    "alnum": g_alnum, "django": g_django, "bearer": g_bearer, "k8s_b64": g_k8s_b64, "pw": g_pw,
    "private_ip": g_private_ip, "private_net": g_private_net, "doc_ipv4": g_doc_ipv4, "doc_net": g_doc_net,
    "doc_ipv6": g_doc_ipv6, "ula_ipv6": g_ula_ipv6, "link_local_ipv6": g_link_local_ipv6,
    "link_local_ip": g_link_local_ip, "cgnat_ip": g_cgnat_ip, "multicast_ip": g_multicast_ip, "netmask": g_netmask,
    "version4": g_version4, "oid": g_oid, "date": g_date, "datetime": g_datetime, "log_time": g_log_time,
    "uuid": g_uuid, "uuid_hex": g_uuid_hex, "git_sha": lambda R: rs(R, HEX, 40), "sha256": lambda R: rs(R, HEX, 64),
    "sha1": lambda R: rs(R, HEX, 40), "md5": lambda R: rs(R, HEX, 32), "sha512": lambda R: rs(R, HEX, 128),
    "sri": g_sri, "etag": g_etag, "csp_nonce": g_csp_nonce, "png_b64": g_png_b64, "digits": g_digits,
    "ssh_pub": g_ssh_pub, "pubkey_pem": g_pubkey_pem, "cert_pem": g_cert_pem, "aws_res": g_aws_res,
    "port_map": g_port_map, "go_sum": g_go_sum, "ph_key": g_ph_key, "ph_pw": g_ph_pw, "ph_pw_bare": g_ph_pw_bare,
    "aws_example": g_aws_example, "short_sha": lambda R: rs(R, HEX, 7), "trace_id": lambda R: rs(R, HEX, 32),
}

# --------------------------------------------------------------------------------------------
# Documents and the template language.
#
#   ⟦T kind gen⟧  a planted value (T: E email, I IP address, K key, P password) made by generator
#                 ``gen`` (``name`` or ``name:arg``; default: the kind name); ``gen>x`` keeps the value
#                 as ``x`` and ``<x`` repeats it
#   ⟪kind gen⟫    a look-alike that must survive; ``⟪kind =text⟫`` is a literal one
#   «name»        a plain filler, fixed per document for the names in FIXED_PER_DOC
# --------------------------------------------------------------------------------------------

TOKEN = re.compile(r"⟦([EIKP]) ([\w-]+)(?: ([^⟧]+))?⟧|⟪([\w-]+)(?: ([^⟫]+))?⟫|«(\w+)»")


class Buf:
    """Text under construction with the spans planted in it."""

    def __init__(self, column=None):
        self.parts, self.n, self.column = [], 0, column
        self.labels, self.looks = [], []  # (record, planted value)

    def text(self, s):
        self.parts.append(s)
        self.n += len(s)

    def secret(self, tag, kind, value, suffix=None):
        record = {"tag": tag, "start": self.n, "end": self.n + len(value), "kind": kind}
        if suffix:
            record["suffix"] = suffix
        if self.column:
            record["column"] = self.column
        self.labels.append((record, value))
        self.text(value + (suffix or ""))

    def look(self, kind, value):
        record = {"kind": kind, "start": self.n, "end": self.n + len(value)}
        if self.column:
            record["column"] = self.column
        self.looks.append((record, value))
        self.text(value)

    def value(self):
        return "".join(self.parts)


class Doc:
    def __init__(self, doc_id, lang):
        self.id, self.lang = doc_id, lang
        self.R = Random(f"{SEED}:{doc_id}")
        self.content, self.path = Buf(), Buf("path")
        self.ctx = {name: FILLERS[name](self.R) for name in FIXED_PER_DOC}
        self.bound = {}
        self.source = None  # path under sources/ of the real file this document is made from
        self.untouched = False
        self.inserts = []  # (start, end) of the text inserted into the real file
        self.newline = "\n"
        self.kind = ""  # file kind, for the README's counts

    def make(self, spec):
        if spec.startswith("<"):
            return self.bound[spec[1:]]
        spec, _, bind = spec.partition(">")
        name, _, arg = spec.partition(":")
        out = GENERATORS[name](self.R, arg) if arg else GENERATORS[name](self.R)
        out = out if isinstance(out, tuple) else (out, None)
        if bind:
            self.bound[bind] = out
        return out

    def put(self, tpl, buf=None):
        buf = self.content if buf is None else buf
        if self.newline != "\n":
            tpl = tpl.replace("\n", self.newline)
        pos = 0
        for m in TOKEN.finditer(tpl):
            buf.text(tpl[pos:m.start()])
            pos = m.end()
            if m.group(1):
                value, suffix = self.make(m.group(3) or m.group(2))
                buf.secret(TAGS[m.group(1)], m.group(2), value, suffix)
            elif m.group(4):
                spec = m.group(5) or m.group(4)
                buf.look(m.group(4), spec[1:] if spec.startswith("=") else self.make(spec)[0])
            else:
                name = m.group(6)
                buf.text(self.ctx[name] if name in self.ctx else FILLERS[name](self.R))
        buf.text(tpl[pos:])

    def set_path(self, tpl):
        self.put(tpl, self.path)

    def raw(self, text):
        self.content.text(text)

    def insert(self, tpl):
        start = self.content.n
        self.put(tpl)
        self.inserts.append((start, self.content.n))

    def pick(self, pool, k):
        """``k`` distinct templates of ``pool`` in random order."""
        return self.R.sample(pool, min(k, len(pool)))

    def record(self):
        return {
            "id": self.id,
            "lang": self.lang,
            "path": self.path.value(),
            "content": self.content.value(),
            "labels": [r for r, _ in self.content.labels] + [r for r, _ in self.path.labels],
            "lookalikes": [r for r, _ in self.content.looks] + [r for r, _ in self.path.looks],
        }

    def planted(self):
        """Every planted span with its value: (column, record, value, is_label)."""
        for buf in (self.content, self.path):
            for record, value in buf.labels:
                yield buf.column or "content", record, value, True
            for record, value in buf.looks:
                yield buf.column or "content", record, value, False

# --------------------------------------------------------------------------------------------
# Snippet pools, one per host language. A snippet is a complete top-level unit of its language,
# so it can be inserted at a top-level boundary of a real file.
# --------------------------------------------------------------------------------------------

PY = [
    '''BASE_IMAGE = "python@sha256:⟪sha256 sha256⟫"
FIXTURE_USERS = ["⟪example_email example_email⟫", "⟪example_email example_email⟫"]''',
    '''DEFAULT_RESOLVERS = ("⟪private_ip private_ip⟫", "⟪loopback_ip =127.0.0.53⟫")
MDNS_GROUP = "⟪multicast_ip multicast_ip⟫"
SUBNET_MASK = "⟪netmask netmask⟫"''',
    '''TRACEPARENT = "00-⟪trace_id trace_id⟫-⟪span_id hex:16⟫-01"
CSP_NONCE = "⟪nonce csp_nonce⟫"''',
    '''EXAMPLE_CONFIG = {
    "api_key": "⟪placeholder ph_key⟫",
    "password": "⟪placeholder ph_pw⟫",
    "token": ⟪env_lookup =os.getenv("SERVICE_TOKEN")⟫,
    "contact": "⟪example_email example_email⟫",
}''',
    '''# Staging account used by the nightly export job.
AWS_ACCESS_KEY_ID = "⟦K aws_access_key_id aws_akid⟧"
AWS_SECRET_ACCESS_KEY = "⟦K aws_secret_access_key aws_secret⟧"
EXPORT_BUCKET = "«bucket»"''',
    '''def _s3_client():
    import boto3

    return boto3.client(
        "s3",
        region_name="«region»",
        aws_access_key_id="⟦K aws_access_key_id aws_akid⟧",
        aws_secret_access_key="⟦K aws_secret_access_key aws_secret⟧",
    )''',
    '''DATABASES = {
    "default": {
        "ENGINE": "django.db.backends.postgresql",
        "NAME": "«db»",
        "USER": "«user»",
        "PASSWORD": "⟦P dict_password pw:code⟧",
        "HOST": "⟪private_ip private_ip⟫",
        "PORT": "5432",
    }
}''',
    '''SQLALCHEMY_DATABASE_URI = "postgresql+psycopg2://«user»:⟦P url_password pw:url⟧@«host»:5432/«db»"
SQLALCHEMY_BINDS = {"replica": "mysql+pymysql://«user»:⟦P url_password pw:urlenc⟧@⟦I ipv4_url ipv4⟧:3306/«db»"}''',
    '''import os

DB_PASSWORD = os.environ.get("DB_PASSWORD", "⟦P env_default_password pw:code⟧")
API_TOKEN = ⟪env_lookup =os.environ["API_TOKEN"]⟫
SENTRY_ENVIRONMENT = os.getenv("SENTRY_ENVIRONMENT", "production")''',
    '''def post_alert(text):
    """Send *text* to the on-call channel (the bot token below is the staging one)."""
    import requests

    return requests.post(
        "https://slack.com/api/chat.postMessage",
        headers={"Authorization": "Bearer ⟦K slack_token slack⟧"},
        json={"channel": "#«service»-alerts", "text": text},
        timeout=10,
    )''',
    '''client = OpenAI(api_key="⟦K openai_key openai⟧")''',
    '''HF_TOKEN = "⟦K hf_token hf⟧"  # read-only token for the private eval set
hub = HfApi(token=HF_TOKEN)''',
    '''SMTP_HOST = "smtp.«domain»"
SMTP_USER = "⟦E config_email email⟧"
SMTP_PASSWORD = '⟦P assign_password pw:code⟧'
DEFAULT_FROM_EMAIL = "⟪example_email example_email⟫"''',
    '''__author__ = "«person» <⟦E author_email email⟧>"''',
    '''# Ask ⟦E comment_email email⟧ before changing the retry budget: the upstream at
# ⟦I ipv4 ipv4⟧ rate-limits aggressively and bans the whole /24.''',
    '''SENSITIVE_FIELDS = ("username", "⟪field_name =password⟫", "email")
CONNECTION_KEYS = ["host", "⟪field_name =port⟫", "database", "user", "⟪field_name =password⟫"]''',
    '''MODEL_REVISION = "⟪git_sha git_sha⟫"  # pinned upstream commit
WEIGHTS_SHA256 = "⟪sha256 sha256⟫"
CONFIG_MD5 = "⟪md5 md5⟫"''',
    '''RUN_NAMESPACE = uuid.UUID("⟪uuid_hex uuid_hex⟫")
TENANT_ID = "⟪uuid uuid⟫"''',
    '''ALLOWED_HOSTS = ["⟦I ipv4 ipv4⟧", "⟪loopback_ip =127.0.0.1⟫", "⟪private_ip private_ip⟫", "localhost"]
INTERNAL_IPS = ["⟪loopback_ip =127.0.0.1⟫", "⟪loopback_ipv6 =::1⟫"]''',
    '''UPSTREAMS = [
    ("⟦I ipv4 ipv4⟧", 443),
    ("⟦I ipv6 ipv6⟧", 443),
    ("⟪doc_ip doc_ipv4⟫", 8443),
]''',
    '''def _auth_headers():
    # Long-lived service token, see the runbook.
    token = "⟦K jwt jwt⟧"
    return {"Authorization": f"Bearer {token}", "X-Request-Id": "⟪uuid uuid⟫"}''',
    '''SIGNING_KEY = """⟦K pem_private_key pem:rsa⟧
"""''',
    '''OPENAI_API_KEY = "⟪placeholder ph_key⟫"  # set your own key here
DB_PASSWORD = "⟪placeholder ph_pw⟫"''',
    '''log.info("login ok user=%s ip=%s", "⟦E log_email email⟧", "⟦I log_ipv4 ipv4⟧")''',
    '''__build_version__ = "⟪version_string version4⟫"
__build_date__ = "⟪date date⟫"''',
    '''app.config["SECRET_KEY"] = "⟦K generic_secret hex:32⟧"
app.config["SQLALCHEMY_DATABASE_URI"] = ⟪env_lookup =os.environ["DATABASE_URL"]⟫''',
    '''stripe.api_key = "⟦K stripe_key stripe⟧"''',
    '''cache = redis.Redis(host="⟦I ipv4 ipv4⟧", port=6379, db=0, password="⟦P kwarg_password pw:code⟧")''',
    '''def open_reporting_db():
    """Open the reporting database.

    The read-only account is «user» / ⟦P docstring_password pw:code⟧ (ask ⟦E docstring_email email⟧ to rotate).
    """
    return psycopg2.connect(host="⟪private_ip private_ip⟫", dbname="«db»", user="«user»",
                            password=⟪env_lookup =os.environ["PGPASSWORD"]⟫)''',
    '''GITHUB_TOKEN = "⟦K github_token gh⟧"
GITLAB_TOKEN = os.environ.get("GITLAB_TOKEN", "⟦K gitlab_token glpat⟧")''',
    '''LOGO_PNG = "data:image/png;base64,⟪base64_image png_b64⟫"''',
    '''ACCOUNT_ID = ⟪numeric_id digits:12⟫
CHANNEL_ID = "⟪numeric_id digits:18⟫"''',
    '''GOOGLE_MAPS_KEY = "⟦K google_api_key google⟧"
SENDGRID_API_KEY = "⟦K sendgrid_key sendgrid⟧"''',
    '''# curl -H "Authorization: token ⟦K github_token gh⟧" https://api.github.com/user''',
    '''DIGEST_CHALLENGE = (
    'Digest realm="«service»", qop="auth", nonce="⟪nonce hex:32⟫", '
    'opaque="⟪nonce hex:32⟫", algorithm=MD5'
)''',
    '''CDN_SCRIPT = (
    '<script src="https://cdn.jsdelivr.net/npm/«pkg»@«semver»/dist/«pkg».min.js" '
    'integrity="⟪sri_hash sri⟫" crossorigin="anonymous"></script>'
)''',
    '''CACHE_HEADERS = {"ETag": '"⟪etag etag⟫"', "Last-Modified": "«date_http»"}''',
    '''ANTHROPIC_API_KEY = "⟦K anthropic_key anthropic⟧"''',
    '''NPM_TOKEN = "⟦K npm_token npm⟧"
PYPI_TOKEN = "⟦K pypi_token pypi⟧"''',
    '''ADMINS = [("«person»", "⟦E config_email email⟧"), ("«anyperson»", "⟦E config_email email⟧")]''',
    '''MONGO_URI = "mongodb+srv://«user»:⟦P url_password pw:url⟧@cluster0.«hex5».mongodb.net/«db»?retryWrites=true&w=majority"''',
    '''BROKER_URL = "amqp://«user»:⟦P url_password pw:url⟧@⟦I ipv4_url ipv4⟧:5672/«service»"
RESULT_BACKEND = "redis://:⟦P url_password pw:url⟧@⟪private_ip private_ip⟫:6379/1"''',
    '''KNOWN_GOOD = {"«pkg»-«semver».tar.gz": "⟪sha256 sha256⟫", "model.safetensors": "⟪sha256 sha256⟫"}''',
    '''NETWORKS = {"office": "⟦I ipv4_cidr cidr4⟧", "vpn": "⟪private_ip private_net⟫", "docs": "⟪doc_ip doc_net⟫"}''',
    '''def test_login(client):
    resp = client.post("/login", data={"email": "⟪example_email example_email⟫", "password": "⟪placeholder ph_pw⟫"})
    assert resp.status_code == 200''',
    '''KEYCLOAK = {"client_id": "«service»", "client_secret": "⟦K generic_secret alnum:32⟧", "realm": "«org»"}''',
    '''WEBHOOK_SECRET = b"⟦K generic_secret hex:40⟧"''',
    '''TELEGRAM_BOT_TOKEN = "⟦K telegram_bot_token telegram⟧"''',
    '''conn = pymysql.connect(host="⟦I ipv4 ipv4⟧", user="«user»", passwd="⟦P kwarg_password pw:code⟧", db="«db»")''',
    '''ldap_conn.simple_bind_s("cn=admin,dc=«org»,dc=com", "⟦P call_password pw:code⟧")''',
    '''X509_NAME_OIDS = {"commonName": "⟪oid =2.5.4.3⟫", "organizationName": "⟪oid =2.5.4.10⟫"}
SERVER_VERSION = "⟪version_string version4⟫"''',
    '''# mirror: https://«user»:⟦P url_password pw:url⟧@«host»/simple/''',
    '''DEFAULT_HEADERS = {"X-API-Key": "⟦K generic_secret alnum:40⟧", "User-Agent": "«pkg»/«semver»"}''',
    '''smtp.login("⟦E login_email email⟧", "⟦P call_password pw:code⟧")''',
    '''GCP_SERVICE_ACCOUNT = {
    "type": "service_account",
    "project_id": "«project»",
    "private_key_id": "⟦K gcp_private_key_id hex:40⟧",
    "private_key": "⟦K pem_private_key pemj:pkcs8⟧",
    "client_email": "⟦E service_account_email sa_email⟧",
}''',
    '''METADATA_URL = "http://⟪link_local_ip =169.254.169.254⟫/latest/meta-data/"
BIND_ADDRESS = "⟪unspecified_ip =0.0.0.0⟫"''',
    '''PASSWORD_MIN_LENGTH = 12
PASSWORD_FIELD = "⟪field_name =password⟫"''',
    '''AUTH = ("«user»", "⟦P tuple_password pw:code⟧")
resp = requests.get("https://⟦I ipv4_url ipv4⟧/api/v1/status", auth=AUTH, timeout=5)''',
    '''PROFILE_URL = "https://«domain»/users/⟦E url_email email⟧/profile"
UNSUBSCRIBE_URL = "https://«domain»/unsubscribe?email=⟦E url_email email⟧&list=weekly"''',
    '''DJANGO_SECRET_KEY = '⟦K django_secret_key django⟧\'''',
    '''PUBLIC_DEPLOY_KEY = "⟪public_key ssh_pub⟫"''',
]

YAML = [
    '''cache:
  etag: "⟪etag etag⟫"
  last_modified: "⟪datetime datetime⟫"
  key: ⟪uuid uuid⟫''',
    '''network:
  gateway: ⟪private_ip private_ip⟫
  netmask: ⟪netmask netmask⟫
  multicast_group: ⟪multicast_ip multicast_ip⟫
  bind: ⟪unspecified_ip =0.0.0.0⟫''',
    '''# Credentials for the artifact mirror (temporary, see ⟦E comment_email email⟧)
artifact_mirror:
  url: https://«user»:⟦P url_password pw:url⟧@«host»/simple
  sha256: ⟪sha256 sha256⟫''',
    '''aws_credentials:
  aws_access_key_id: ⟦K aws_access_key_id aws_akid⟧
  aws_secret_access_key: ⟦K aws_secret_access_key aws_secret⟧
  region: «region»''',
    '''database:
  host: ⟦I ipv4 ipv4⟧
  port: 5432
  username: «user»
  password: "⟦P yaml_password pw:code⟧"
  replica_host: ⟪private_ip private_ip⟫''',
    '''notifications:
  slack_token: ⟦K slack_token slack⟧
  email: ⟦E config_email email⟧
  fallback_email: ⟪example_email example_email⟫''',
    '''allowed_cidrs:
  - ⟦I ipv4_cidr cidr4⟧
  - ⟦I ipv6_cidr cidr6⟧
  - ⟪private_ip private_net⟫
  - ⟪loopback_ip =127.0.0.1/32⟫''',
    '''monitoring:
  api_key: ⟪env_lookup =${DATADOG_API_KEY}⟫
  app_key: ⟦K generic_secret hex:40⟧
  endpoint: https://⟦I ipv4_url ipv4⟧:8443/v1/ingest''',
    '''build_info:
  commit: ⟪git_sha git_sha⟫
  version: ⟪version_string version4⟫
  built_at: "⟪datetime datetime⟫"
  run_id: ⟪uuid uuid⟫''',
    '''registry_auth:
  username: «user»
  password: ⟦P yaml_password pw:bare⟧
  email: ⟦E config_email email⟧''',
    '''hf_hub:
  token: ⟦K hf_token hf⟧
  revision: ⟪git_sha git_sha⟫''',
    '''smtp:
  server: smtp.«domain»
  user: ⟦E login_email email⟧
  password: '⟦P yaml_password pw:code⟧\'''',
    '''tls:
  key: |
    ⟦K pem_private_key pem:ec:4⟧
  cert_sha256: ⟪sha256 sha256⟫''',
    '''dns:
  nameservers: [⟦I ipv4 ipv4⟧, ⟦I ipv4 ipv4⟧]
  search: [«domain»]
  metadata_endpoint: ⟪link_local_ip =169.254.169.254⟫''',
    '''openai:
  api_key: "⟪placeholder ph_key⟫"
  organization: ⟪env_lookup =${OPENAI_ORG_ID}⟫''',
    '''pypi_upload:
  repository: https://upload.pypi.org/legacy/
  username: __token__
  password: ⟦K pypi_token pypi⟧''',
    '''webhook:
  url: https://hooks.«domain»/notify?email=⟦E url_email email⟧
  secret: ⟦K generic_secret b64:32⟧''',
    '''github:
  token: ⟦K github_token gh⟧
  app_id: ⟪numeric_id digits:6⟫
  installation_id: ⟪numeric_id digits:8⟫''',
    '''object_store:
  endpoint: http://⟪private_ip private_ip⟫:9000
  access_key: «user»
  secret_key: ⟦K generic_secret alnum:40⟧''',
    '''admin_contact: ⟦E config_email email⟧
support_contact: ⟪example_email example_email⟫''',
    '''redis_url: redis://default:⟦P url_password pw:url⟧@⟦I ipv4_url ipv4⟧:6379/0''',
    '''image_digest: sha256:⟪sha256 sha256⟫
base_image_version: ⟪version_string version4⟫''',
    '''bastion:
  host: ⟦I ipv6 ipv6⟧
  fallback: ⟪doc_ip doc_ipv4⟫
  user: «user»''',
]

JSON = [
    '''"checksums": {"md5": "⟪md5 md5⟫", "sha1": "⟪sha1 sha1⟫", "sha256": "⟪sha256 sha256⟫"}''',
    '''"logo": "data:image/png;base64,⟪base64_image png_b64⟫"''',
    '''"aws_access_key_id": "⟦K aws_access_key_id aws_akid⟧"
"aws_secret_access_key": "⟦K aws_secret_access_key aws_secret⟧"''',
    '''"db": {"host": "⟦I ipv4 ipv4⟧", "user": "«user»", "password": "⟦P json_password pw:code⟧"}''',
    '''"contact": "⟦E json_email email⟧"
"support": "⟪example_email example_email⟫"''',
    '''"api_token": "⟦K bearer_token bearer⟧"''',
    '''"build": {"commit": "⟪git_sha git_sha⟫", "checksum": "sha256:⟪sha256 sha256⟫", "id": "⟪uuid uuid⟫"}''',
    '''"servers": ["⟦I ipv4 ipv4⟧", "⟦I ipv6 ipv6⟧", "⟪private_ip private_ip⟫"]''',
    '''"datasource_url": "postgres://«user»:⟦P url_password pw:url⟧@«host»:5432/«db»"''',
    '''"service_account_private_key": "⟦K pem_private_key pemj:pkcs8⟧"''',
    '''"openai_api_key": "⟦K openai_key openai⟧"
"openai_api_base": "https://api.openai.com/v1"''',
    '''"integrity": "⟪sri_hash sri⟫"
"resolved": "https://registry.npmjs.org/«pkg»/-/«pkg»-«semver».tgz"''',
    '''"api_key": "⟪placeholder ph_key⟫"''',
    '''"allow_list": ["⟦I ipv4_cidr cidr4⟧", "⟪private_ip private_net⟫"]''',
    '''"grafana_admin_password": "⟦P json_password pw:code⟧"''',
    '''"schema_version": "⟪version_string version4⟫"
"released": "⟪date date⟫"''',
    '''"authorization": "Bearer ⟦K bearer_token jwt⟧"''',
    '''"maintainer": "«person» <⟦E author_email email⟧>"''',
    '''"mapbox_token_env": "⟪env_lookup =${MAPBOX_TOKEN}⟫"
"google_maps_key": "⟦K google_api_key google⟧"''',
    '''"uid": "⟪uuid uuid⟫"
"datasource_uid": "⟪uuid_hex uuid_hex⟫"''',
]

MD = [
    '''Example request (all values are placeholders):

```http
GET /v1/items HTTP/1.1
Host: ⟪doc_ip doc_ipv4⟫
Authorization: Bearer ⟪placeholder ph_key⟫
If-None-Match: "⟪etag etag⟫"
X-Request-Id: ⟪uuid uuid⟫
```
''',
    '''## Deployment notes

Production runs on `⟦I ipv4 ipv4⟧` (IPv6 `⟦I ipv6 ipv6⟧`); staging lives at `⟪private_ip private_ip⟫` behind the VPN.
Questions go to ⟦E plain_email email⟧.
''',
    '''### Quick start

```bash
export OPENAI_API_KEY=⟦K openai_key openai⟧
export HF_TOKEN=⟪placeholder =<your-hf-token>⟫
python -m «pkg».serve --port 8080
```
''',
    '''> **Note:** the shared test account is `«user»` / `⟦P md_password pw:code⟧`; do not use it for anything else.
''',
    '''| Setting | Value |
|---|---|
| Access key ID | ⟦K aws_access_key_id aws_akid⟧ |
| Secret access key | ⟦K aws_secret_access_key aws_secret⟧ |
| Region | «region» |
''',
    '''The CI uploads with the key pair ⟦K aws_access_key_id aws_akid⟧:⟦K aws_secret_access_key aws_secret⟧ (rotate quarterly).
''',
    '''```
postgresql://«user»:⟦P url_password pw:url⟧@⟦I ipv4_url ipv4⟧:5432/«db»?sslmode=require
```
''',
    '''Set `API_KEY` to your own key (for example `⟪placeholder ph_key⟫`) and keep the default password
`⟪placeholder ph_pw_bare⟫` for local runs only.
''',
    '''```console
$ curl -H "Authorization: Bearer ⟦K bearer_token bearer⟧" https://⟦I ipv4_url ipv4⟧/api/v2/jobs
```
''',
    '''| File | SHA-256 |
|---|---|
| «pkg»-«semver».tar.gz | `⟪sha256 sha256⟫` |
| «pkg»-«semver»-py3-none-any.whl | `⟪sha256 sha256⟫` |
''',
    '''## Maintainers

- «person» ([⟦E mailto_email email>m1⟧](mailto:⟦E mailto_email <m1⟧))
- «anyperson» (⟪example_email example_email⟫, test account)
''',
    '''Tested with driver ⟪version_string version4⟫ on ⟪date date⟫ (commit ⟪git_sha git_sha⟫).
''',
    '''```
⟦K pem_private_key pem:openssh⟧
```
''',
    '''Add this deploy key to `~/.ssh/authorized_keys`:

    ⟪public_key ssh_pub⟫
''',
    '''```sh
git clone https://«user»:⟦K github_token gh⟧@github.com/«org»/«project».git
```
''',
    '''![status](data:image/png;base64,⟪base64_image png_b64⟫)
''',
    '''Report abuse from ⟦I ipv4 ipv4⟧ or ⟦I ipv4_cidr cidr4⟧ to ⟦E plain_email email⟧; the documentation range
⟪doc_ip doc_net⟫ is used in all examples.
''',
    '''```python
from huggingface_hub import login

login(token="⟦K hf_token hf⟧")
```
''',
    '''[Unsubscribe](https://lists.«domain»/u?email=⟦E url_email email⟧&id=⟪numeric_id digits:9⟫) ·
[Profile](https://«domain»/people/⟦E url_email email⟧)
''',
    '''Bot token for the demo workspace: `⟦K slack_token slack⟧`; the webhook secret is `⟦K generic_secret hex:32⟧`.
''',
]

RST = [
    '''Deployment
----------

The demo server runs at ``⟦I ipv4 ipv4⟧``; mail ⟦E plain_email email⟧ for an account.

''',
    '''Credentials
-----------

.. code-block:: ini

    [server]
    user = «user»
    password = ⟦P config_password pw:ini⟧
    api_key = ⟦K generic_secret hex:32⟧

''',
    '''Checksums
---------

* ``«pkg»-«semver».tar.gz``: sha256 ``⟪sha256 sha256⟫``
* built from commit ``⟪git_sha git_sha⟫`` on ⟪date date⟫

''',
    '''Contact
-------

«person» <⟦E author_email email⟧>, or the list at ⟪example_email example_email⟫ for examples.

''',
    '''Remote access
-------------

Use ``ssh -p 2222 «user»@⟦I ipv4 ipv4⟧`` (IPv6: ``⟦I ipv6 ipv6⟧``) with the token ``⟦K github_token gh⟧``.

''',
]

SH = [
    '''# --- deploy helpers ---
export AWS_ACCESS_KEY_ID=⟦K aws_access_key_id aws_akid⟧
export AWS_SECRET_ACCESS_KEY=⟦K aws_secret_access_key aws_secret⟧
export AWS_DEFAULT_REGION=«region»''',
    '''PGPASSWORD='⟦P env_password pw:code⟧' psql -h ⟦I ipv4 ipv4⟧ -U «user» «db» -c 'select 1\'''',
    '''mysql -h ⟪private_ip private_ip⟫ -u root -p⟦P cli_password pw:sh⟧ «db» < dump.sql''',
    '''curl -fsS -u «user»:⟦P basic_auth_password pw:sh⟧ https://«host»/api/health''',
    '''echo "⟦P cli_password pw:sh⟧" | docker login -u «user» --password-stdin registry.«domain»''',
    '''curl -H "Authorization: Bearer ⟦K bearer_token bearer⟧" https://api.«domain»/v1/me''',
    '''git config --global user.email "⟦E git_author_email email⟧"''',
    '''TOKEN="⟪env_lookup =${GITHUB_TOKEN}⟫"''',
    '''echo "⟪sha256 sha256⟫  «pkg»-«semver».tar.gz" | sha256sum -c -''',
    '''ssh -i ~/.ssh/id_ed25519 -p 2222 deploy@⟦I ipv4 ipv4⟧ 'systemctl restart «service»\'''',
    '''npm config set //registry.npmjs.org/:_authToken ⟦K npm_token npm⟧''',
    '''export DATABASE_URL="postgres://«user»:⟦P url_password pw:url⟧@«host»:5432/«db»"''',
    '''ip route add ⟦I ipv4_cidr cidr4⟧ via ⟪private_ip private_ip⟫ dev eth0''',
    '''docker run -d -p "⟪port_mapping port_map⟫" -e POSTGRES_PASSWORD=⟦P env_password pw:sh⟧ postgres:16''',
    '''export GH_TOKEN=⟦K github_token gh⟧''',
    '''htpasswd -b -c /etc/nginx/.htpasswd «user» ⟦P cli_password pw:sh⟧''',
    '''redis-cli -h ⟦I ipv4 ipv4⟧ -a '⟦P cli_password pw:code⟧' ping''',
    '''export HF_TOKEN=⟪env_lookup =$(cat /run/secrets/hf_token)⟫''',
    '''aws configure set aws_secret_access_key ⟦K aws_secret_access_key aws_secret⟧''',
    '''export SENDGRID_API_KEY='⟦K sendgrid_key sendgrid⟧\'''',
    '''ping -c 1 ⟪loopback_ip =127.0.0.1⟫ && ping6 -c 1 ⟦I ipv6 ipv6⟧''',
    '''# build ⟪git_sha git_sha⟫ (⟪datetime datetime⟫), contact ⟦E comment_email email⟧''',
]

PS1 = [
    '''$env:AZURE_STORAGE_CONNECTION_STRING = "DefaultEndpointsProtocol=https;AccountName=«acct»;AccountKey=⟦K azure_storage_key azkey⟧;EndpointSuffix=core.windows.net"''',
    '''$securePass = ConvertTo-SecureString "⟦P assign_password pw:ps⟧" -AsPlainText -Force
$cred = New-Object System.Management.Automation.PSCredential ("«user»", $securePass)''',
    '''Invoke-RestMethod -Uri "https://⟦I ipv4_url ipv4⟧/api/jobs" -Headers @{ Authorization = "Bearer ⟦K bearer_token bearer⟧" }''',
    '''$env:GITHUB_TOKEN = ⟪env_lookup =$env:GH_TOKEN⟫''',
    '''# Maintainer: ⟦E comment_email email⟧ (build ⟪git_sha git_sha⟫)''',
    '''$env:OPENAI_API_KEY = "⟦K openai_key openai⟧"''',
]

BAT = [
    '''set "DB_PASSWORD=⟦P env_password pw:bat⟧"
set "API_KEY=⟦K generic_secret alnum:32⟧"''',
    '''set ADMIN_EMAIL=⟦E config_email email⟧''',
    '''set PROXY_HOST=⟦I ipv4 ipv4⟧
set NO_PROXY=⟪loopback_ip =127.0.0.1⟫,⟪private_ip private_ip⟫''',
    '''rem build ⟪git_sha git_sha⟫ version ⟪version_string version4⟫''',
    '''set "HF_TOKEN=⟦K hf_token hf⟧"''',
]

INI = [
    '''[network]
gateway = ⟪private_ip private_ip⟫
netmask = ⟪netmask netmask⟫
dns = ⟪loopback_ip =127.0.0.53⟫''',
    '''[credentials]
username = «user»
password = ⟦P config_password pw:ini⟧
api_key = ⟦K generic_secret hex:32⟧''',
    '''[database]
url = mysql://«user»:⟦P url_password pw:url⟧@⟦I ipv4_url ipv4⟧:3306/«db»
replica = ⟪private_ip private_ip⟫''',
    '''[notify]
email = ⟦E config_email email⟧
cc = ⟪example_email example_email⟫
slack_token = ⟦K slack_token slack⟧''',
    '''[build]
commit = ⟪git_sha git_sha⟫
checksum = sha256:⟪sha256 sha256⟫
version = ⟪version_string version4⟫''',
    '''[aws]
aws_access_key_id = ⟦K aws_access_key_id aws_akid⟧
aws_secret_access_key = ⟦K aws_secret_access_key aws_secret⟧''',
    '''[proxy]
host = ⟦I ipv4 ipv4⟧
no_proxy = ⟪loopback_ip =127.0.0.1⟫, ⟪private_ip private_net⟫
password = ⟪placeholder ph_pw_bare⟫''',
    '''[tracking]
wandb_api_key = ⟦K generic_secret hex:40⟧
run_id = ⟪uuid uuid⟫''',
]

TOML = [
    '''[tool.«pkg».publish]
username = "__token__"
password = "⟦K pypi_token pypi⟧"''',
    '''[database]
url = "postgresql://«user»:⟦P url_password pw:url⟧@⟦I ipv4_url ipv4⟧/«db»"
password = "⟦P config_password pw:code⟧"''',
    '''[contact]
maintainer = "⟦E config_email email⟧"
docs = "⟪example_email example_email⟫"''',
    '''[lock]
checksum = "⟪sha256 sha256⟫"
commit = "⟪git_sha git_sha⟫"''',
    '''[service.auth]
token = "⟦K bearer_token bearer⟧"
token_env = "⟪env_lookup =${SERVICE_TOKEN}⟫"''',
]

JS = [
    '''const API_KEY = "⟦K google_api_key google⟧";''',
    '''const STRIPE_SECRET = ⟪env_lookup =process.env.STRIPE_SECRET⟫ || "⟦K stripe_key stripe⟧";''',
    '''async function fetchJobs() {
  const res = await fetch("https://⟦I ipv4_url ipv4⟧/api/jobs", {
    headers: { Authorization: "Bearer ⟦K bearer_token bearer⟧", "X-Request-Id": "⟪uuid uuid⟫" },
  });
  return res.json();
}''',
    '''// TODO(⟦E comment_email email⟧): move these to the vault
const dbConfig = { host: "⟪private_ip private_ip⟫", user: "«user»", password: "⟦P dict_password pw:code⟧", port: 5432 };''',
    '''const s3 = new S3Client({
  region: "«region»",
  credentials: { accessKeyId: "⟦K aws_access_key_id aws_akid⟧", secretAccessKey: "⟦K aws_secret_access_key aws_secret⟧" },
});''',
    '''const octokit = new Octokit({ auth: "⟦K github_token gh⟧" });''',
    '''const token = ⟪env_lookup =process.env.TOKEN⟫;''',
    '''const INTEGRITY = "⟪sri_hash sri⟫";''',
    '''const mongoUri = "mongodb://«user»:⟦P url_password pw:url⟧@⟦I ipv4_url ipv4⟧:27017/«db»?authSource=admin";''',
    '''const ICON = "data:image/png;base64,⟪base64_image png_b64⟫";''',
    '''const BUILD = { sha: "⟪git_sha git_sha⟫", version: "⟪version_string version4⟫", date: "⟪date date⟫" };''',
    '''const FIELDS = ["username", "⟪field_name =password⟫", "⟪field_name =port⟫"];''',
    '''// jwt for local testing: ⟦K jwt jwt⟧''',
    '''const openai = new OpenAI({ apiKey: "⟦K openai_key openai⟧" });''',
    '''const inviteUrl = `https://app.«domain»/invite?to=⟦E url_email email⟧&ref=${campaignId}`;''',
    '''const PEERS = ["⟦I ipv4 ipv4⟧", "⟦I ipv6 ipv6⟧", "⟪loopback_ip =127.0.0.1⟫"];''',
]

CSS = [
    '''/* Theme by «person» <⟦E author_email email⟧> */''',
    '''.logo { background-image: url("data:image/png;base64,⟪base64_image png_b64⟫"); }''',
    '''/* build ⟪git_sha git_sha⟫, generated ⟪datetime datetime⟫ */''',
    '''@import url("https://⟦I ipv4_url ipv4⟧/fonts/inter.css");''',
]

HTML = [
    '''<script src="https://cdn.jsdelivr.net/npm/«pkg»@«semver»/dist/«pkg».min.js" integrity="⟪sri_hash sri⟫" crossorigin="anonymous"></script>''',
    '''<script>window.MAPS_API_KEY = "⟦K google_api_key google⟧";</script>''',
    '''<meta name="author" content="⟦E author_email email⟧">''',
    '''<!-- staging: http://⟦I ipv4_url ipv4⟧:8080 (admin / ⟦P comment_password pw:xml⟧) -->''',
    '''<input type="⟪field_name =password⟫" name="⟪field_name =password⟫" autocomplete="current-password">''',
    '''<script nonce="⟪nonce csp_nonce⟫">window.__BUILD__ = "⟪git_sha git_sha⟫";</script>''',
    '''<a href="mailto:⟦E mailto_email email⟧">Contact</a>''',
]

JINJA = [
    '''{# maintainer: ⟦E comment_email email⟧; demo wandb key ⟦K generic_secret hex:40⟧ #}''',
    '''{# remote storage: s3://«bucket» (key ⟦K aws_access_key_id aws_akid⟧, secret ⟦K aws_secret_access_key aws_secret⟧) #}''',
    '''{# template revision ⟪git_sha git_sha⟫, ⟪date date⟫ #}''',
    '''{# tracking server http://⟦I ipv4_url ipv4⟧:5000, password ⟦P comment_password pw:code⟧ #}''',
]

HASHC = [
    '''# style by «person» <⟦E author_email email⟧>''',
    '''# generated from commit ⟪git_sha git_sha⟫ on ⟪date date⟫''',
    '''# preview server ⟦I ipv4 ipv4⟧ (fallback ⟪private_ip private_ip⟫)''',
]

CPP = [
    '''// Contact: ⟦E comment_email email⟧
static const char* kTelemetryEndpoint = "https://⟦I ipv4_url ipv4⟧:4318/v1/traces";
static const char* kTelemetryToken = "⟦K generic_secret hex:32⟧";''',
    '''static const char* kBuildSha = "⟪git_sha git_sha⟫";
static const char* kBuildVersion = "⟪version_string version4⟫";''',
    '''// Profiling uploads: https://«user»:⟦P url_password pw:url⟧@«host»/upload''',
    '''static const char* kFallbackHost = "⟪loopback_ip =127.0.0.1⟫";
static const char* kMirrorHost = "⟦I ipv4 ipv4⟧";''',
]

# --------------------------------------------------------------------------------------------
# Real files: where a snippet may go (offsets of line starts at top-level boundaries).
# --------------------------------------------------------------------------------------------


def _line_starts(lines):
    starts = [0]
    for line in lines:
        starts.append(starts[-1] + len(line))
    return starts


def _above_comments(lines, i, mark="#"):
    while i > 0 and lines[i - 1].startswith(mark):
        i -= 1
    return i


def _after_header(lines, marks):
    """Index of the first line after the leading comment block (and blank lines)."""
    i = 0
    if lines and lines[0].lstrip().startswith("/*"):
        while i < len(lines) and "*/" not in lines[i]:
            i += 1
        return min(i + 1, len(lines))
    if lines and lines[0].startswith("<#"):
        while i < len(lines) and lines[i].strip() != "#>":
            i += 1
        return min(i + 1, len(lines))
    while i < len(lines) and (lines[i].startswith(marks) or not lines[i].strip()):
        i += 1
    return i


def insertion_points(text, suffix):
    lines = text.splitlines(keepends=True)
    starts = _line_starts(lines)
    idx = []
    if suffix == ".py":
        body = ast.parse(text).body
        first = 0
        for i, node in enumerate(body):
            docstring = i == 0 and isinstance(node, ast.Expr) and isinstance(getattr(node, "value", None), ast.Constant)
            if docstring or (isinstance(node, ast.ImportFrom) and node.module == "__future__"):
                first = i + 1
        for node in body[first:]:
            line = min([node.lineno] + [d.lineno for d in getattr(node, "decorator_list", [])]) - 1
            idx.append(_above_comments(lines, line))
    elif suffix in (".yaml", ".yml"):
        idx = [_above_comments(lines, i) for i, line in enumerate(lines) if i and re.match(r"[A-Za-z_][\w.-]*:", line)]
    elif suffix == ".json":
        return [starts[1]]
    elif suffix == ".md":
        fence = False
        for i, line in enumerate(lines):
            if line.startswith("```"):
                fence = not fence
            elif not fence and i > 1 and re.match(r"#{1,6} ", line) and not lines[i - 1].strip():
                idx.append(i)
    elif suffix == ".rst":
        for i in range(1, len(lines) - 1):
            under = lines[i + 1].rstrip("\n")
            if (lines[i].strip() and not lines[i - 1].strip() and len(under) >= len(lines[i].rstrip("\n"))
                    and len(set(under)) == 1 and under[0] in "=-~^"):
                idx.append(i)
    elif suffix in (".cfg", ".toml", ".jinja"):
        idx = [i for i, line in enumerate(lines) if i and line.startswith("[")]
    elif suffix in (".sh", ".mplstyle", ".ps1"):
        idx = [_after_header(lines, ("#",))]
    elif suffix == ".bat":
        idx = [1]
    elif suffix in (".js", ".css", ".cpp", ".h"):
        idx = [_after_header(lines, ("//",))]
    elif suffix == ".html":
        return [starts[i] for i, line in enumerate(lines) if line.strip() in ("</head>", "</body>")]
    points = sorted({starts[i] for i in idx if 0 < i < len(lines)})
    return points + [len(text)]


POOLS = {
    ".py": PY, ".yaml": YAML, ".yml": YAML, ".json": JSON, ".md": MD, ".rst": RST, ".sh": SH, ".ps1": PS1,
    ".bat": BAT, ".cfg": INI, ".toml": TOML, ".js": JS, ".css": CSS, ".html": HTML, ".jinja": JINJA,
    ".mplstyle": HASHC, ".cpp": CPP, ".h": CPP,
}
SECTION_LIKE = (".md", ".rst", ".cfg", ".toml", ".py")


def _slug(path):
    return re.sub(r"[^a-z0-9]+", "-", path.lower()).strip("-")


def real_doc(package, relpath, untouched):
    source = f"{package}/{relpath}"
    text = (SOURCES / source).read_bytes().decode("utf-8")
    suffix = Path(relpath).suffix
    doc = Doc(("real-" if untouched else "real-planted-") + _slug(relpath), LANG_BY_SUFFIX.get(suffix, "text"))
    doc.source, doc.untouched = source, untouched
    doc.kind = f"real {suffix} ({'untouched' if untouched else 'planted'})"
    doc.path.text(relpath)
    if untouched:
        doc.raw(text)
        return doc
    if "\r\n" in text:
        doc.newline = "\r\n"
    R = doc.R
    points = insertion_points(text, suffix)
    pool = POOLS[suffix]
    k = R.randint(2, 4) if suffix == ".py" else R.randint(1, 3)
    snippets = doc.pick(pool, k)
    chosen = sorted(R.choice(points) for _ in snippets)
    nl = doc.newline
    prev = 0
    for point, tpl in zip(chosen, snippets):
        doc.raw(text[prev:point])
        prev = point
        if suffix == ".json":
            indent = re.match(r"\s*", text[point:]).group(0)
            doc.insert("".join(f"{indent}{line},\n" for line in tpl.split("\n")))
        elif point == len(text):
            lead = "" if text.endswith("\n") or not text else "\n"
            doc.insert(lead + "\n" + tpl.strip("\n") + "\n")
        else:
            gap = "\n\n" if suffix in SECTION_LIKE else "\n"
            doc.insert(tpl.strip("\n") + gap)
    doc.raw(text[prev:])
    assert nl == doc.newline
    return doc

# --------------------------------------------------------------------------------------------
# Synthetic files.
# --------------------------------------------------------------------------------------------


def g_wpsalt(R):
    return mixed(R, ALNUM + "!@#$%^&*()-_[]{}<>~+=,.;:/?|", 64)


def g_aws_session(R):
    return "IQoJb3JpZ2luX2VjE" + mixed(R, B64, R.randint(280, 380))


def g_b64pem(R):
    return b64(("\n".join(_pem_lines(R, R.choice(["rsa", "ec"]))) + "\n").encode())


def g_b64cert(R):
    return b64((g_cert_pem(R) + "\n").encode())


GENERATORS.update({"wpsalt": g_wpsalt, "aws_session": g_aws_session, "b64pem": g_b64pem, "b64cert": g_b64cert})


def some(doc, pool, lo, hi, sep="\n", end="\n"):
    """Put ``lo..hi`` random items of ``pool`` (joined by ``sep``)."""
    items = doc.pick(pool, doc.R.randint(lo, hi))
    for i, tpl in enumerate(items):
        doc.put(tpl + (sep if i < len(items) - 1 else end))


def default_path(doc, *choices):
    if not doc.path.parts:
        doc.set_path(doc.R.choice(choices))


ENV_LINES = [
    "DATABASE_URL=postgres://«user»:⟦P url_password pw:url⟧@«host»:5432/«db»",
    "DB_PASSWORD=⟦P env_password pw:bare⟧",
    "POSTGRES_PASSWORD='⟦P env_password pw:code⟧'",
    "REDIS_URL=redis://:⟦P url_password pw:url⟧@⟪private_ip private_ip⟫:6379/0",
    "SECRET_KEY=⟦K generic_secret hex:64⟧",
    "JWT_SECRET=⟦K generic_secret b64:48⟧",
    "STRIPE_SECRET_KEY=⟦K stripe_key stripe⟧",
    "OPENAI_API_KEY=⟦K openai_key openai⟧",
    "ANTHROPIC_API_KEY=⟦K anthropic_key anthropic⟧",
    "GITHUB_TOKEN=⟦K github_token ghfine⟧",
    "SLACK_BOT_TOKEN=⟦K slack_token slack⟧",
    "SENDGRID_API_KEY=⟦K sendgrid_key sendgrid⟧",
    "AWS_ACCESS_KEY_ID=⟦K aws_access_key_id aws_akid⟧\nAWS_SECRET_ACCESS_KEY=⟦K aws_secret_access_key aws_secret⟧",
    "MAIL_FROM=⟦E config_email email⟧",
    'ADMIN_EMAIL="⟦E config_email email⟧"',
    "SUPPORT_EMAIL=⟪example_email example_email⟫",
    "API_BIND=⟪unspecified_ip =0.0.0.0⟫",
    "PUBLIC_IP=⟦I ipv4 ipv4⟧",
    "UPSTREAM_V6=⟦I ipv6 ipv6⟧",
    "SMTP_PASSWORD=⟦P env_password pw:bare⟧",
    "MYSQL_ROOT_PASSWORD=⟪placeholder ph_pw_bare⟫",
    "HF_TOKEN=⟦K hf_token hf⟧",
    "NPM_TOKEN=⟪env_lookup =${NPM_TOKEN}⟫",
    'MAPBOX_ACCESS_TOKEN="⟪placeholder ph_key⟫"',
    "APP_VERSION=⟪version_string version4⟫",
    "GIT_COMMIT=⟪git_sha git_sha⟫",
    "TELEGRAM_TOKEN=⟦K telegram_bot_token telegram⟧",
    "DIGITALOCEAN_TOKEN=⟦K digitalocean_token dop⟧",
    "SHOPIFY_ACCESS_TOKEN=⟦K shopify_token shopify⟧",
    "MAILGUN_API_KEY=⟦K mailgun_key mailgun⟧",
    "ALLOWED_CIDR=⟦I ipv4_cidr cidr4⟧",
    "INTERNAL_NET=⟪private_ip private_net⟫",
    "GOOGLE_API_KEY=⟦K google_api_key google⟧",
    'SESSION_SECRET="⟦K generic_secret alnum:48⟧"',
    'DEPLOY_PASSWORD="⟦P env_password pw:code⟧"',
    "RABBITMQ_URL=amqp://«user»:⟦P url_password pw:urlenc⟧@⟦I ipv4_url ipv4⟧:5672/",
    "GITLAB_TOKEN=⟦K gitlab_token glpat⟧",
    "ADMIN_PASSWORD=⟪placeholder ph_pw_bare⟫",
    "TENANT_ID=⟪uuid uuid⟫",
    "METADATA_HOST=⟪link_local_ip =169.254.169.254⟫",
]
ENV_PLAIN = ["TZ=UTC", "LOG_LEVEL=info", "PORT=8080", "NODE_ENV=production", "DEBUG=false", "WORKERS=4",
             "CACHE_TTL=300", "FEATURE_FLAGS=search,export"]


def k_env(doc):
    default_path(doc, ".env", "services/«service»/.env", ".env.production", "deploy/.env.staging", "docker/.env",
                 ".env.local")
    doc.put(doc.R.choice(["# «project» environment\n", "# generated by setup.sh, do not commit\n", ""]))
    items = doc.pick(ENV_LINES, doc.R.randint(6, 13)) + doc.pick(ENV_PLAIN, doc.R.randint(1, 4))
    doc.R.shuffle(items)
    for tpl in items:
        doc.put(tpl + "\n")


COMPOSE_SERVICES = [
    '''  db:
    image: postgres:16
    environment:
      POSTGRES_USER: «user»
      POSTGRES_PASSWORD: ⟦P compose_password pw:bare⟧
      POSTGRES_DB: «db»
    ports:
      - "⟪port_mapping =5432:5432⟫"
    networks:
      backend:
        ipv4_address: ⟪private_ip private_ip⟫
''',
    '''  mysql:
    image: mysql:8.4
    environment:
      - MYSQL_ROOT_PASSWORD=⟦P compose_password pw:bare⟧
      - MYSQL_PASSWORD=⟪env_lookup =${MYSQL_PASSWORD}⟫
''',
    '''  cache:
    image: redis:7
    command: ["redis-server", "--requirepass", "⟦P cli_password pw:code⟧"]
''',
    '''  app:
    image: «image»:«semver»
    environment:
      - DATABASE_URL=postgres://«user»:⟦P url_password pw:url⟧@db:5432/«db»
      - SECRET_KEY=⟦K generic_secret hex:48⟧
      - API_TOKEN=⟪env_lookup =${API_TOKEN}⟫
      - MAIL_ADMIN=⟦E config_email email⟧
    extra_hosts:
      - "license.«domain»:⟦I ipv4 ipv4⟧"
    ports:
      - "⟪port_mapping port_map⟫"
''',
    '''  minio:
    image: minio/minio
    environment:
      MINIO_ROOT_USER: «user»
      MINIO_ROOT_PASSWORD: "⟦P compose_password pw:code⟧"
''',
    '''  grafana:
    image: grafana/grafana:11.1.0
    environment:
      GF_SECURITY_ADMIN_PASSWORD: ⟦P compose_password pw:bare⟧
      GF_SMTP_FROM_ADDRESS: ⟦E config_email email⟧
      GF_SERVER_ROOT_URL: http://⟪private_ip private_ip⟫:3000
''',
    '''  rabbitmq:
    image: rabbitmq:3-management
    environment:
      RABBITMQ_DEFAULT_USER: «user»
      RABBITMQ_DEFAULT_PASS: "⟪placeholder ph_pw⟫"
''',
    '''  worker:
    image: «image»-worker@sha256:⟪sha256 sha256⟫
    environment:
      OPENAI_API_KEY: ⟦K openai_key openai⟧
      AWS_ACCESS_KEY_ID: ⟦K aws_access_key_id aws_akid⟧
      AWS_SECRET_ACCESS_KEY: ⟦K aws_secret_access_key aws_secret⟧
''',
    '''  proxy:
    image: nginx:1.27
    ports:
      - "⟪port_mapping =8443:443⟫"
    dns:
      - ⟦I ipv4 ipv4⟧
      - ⟪private_ip private_ip⟫
''',
]


def k_compose(doc):
    default_path(doc, "docker-compose.yml", "deploy/docker-compose.yml", "compose.yaml", "docker-compose.prod.yml")
    doc.put(doc.R.choice(['version: "3.9"\n', ""]) + "services:\n")
    some(doc, COMPOSE_SERVICES, 2, 4, sep="", end="")
    doc.put('''networks:
  backend:
    ipam:
      config:
        - subnet: ⟪private_ip private_net⟫
''')


DOCKER_LINES = [
    'LABEL maintainer="⟦E maintainer_email email⟧"',
    "ENV PIP_INDEX_URL=https://«user»:⟦P url_password pw:url⟧@«host»/simple",
    "ENV API_KEY=⟦K generic_secret alnum:40⟧",
    'RUN echo "//registry.npmjs.org/:_authToken=⟦K npm_token npm⟧" > /root/.npmrc && npm ci && rm /root/.npmrc',
    "RUN curl -fsSL -o /tmp/tool.tgz https://⟦I ipv4_url ipv4⟧/dist/tool-«semver».tgz \\\n"
    ' && echo "⟪sha256 sha256⟫  /tmp/tool.tgz" | sha256sum -c -',
    "ARG HF_TOKEN=⟪placeholder ph_key⟫",
    "ENV DB_PASSWORD=⟦P env_password pw:bare⟧",
    "ARG GITHUB_TOKEN",
    "ENV GITHUB_TOKEN=⟦K github_token gh⟧",
    "RUN git clone https://oauth2:⟦K gitlab_token glpat⟧@gitlab.«domain»/«org»/«project».git /src",
    "ENV BUILD_SHA=⟪git_sha git_sha⟫ BUILD_DATE=⟪date date⟫",
    "ENV STRIPE_KEY=⟦K stripe_key stripe⟧",
    "ENV NO_PROXY=⟪loopback_ip =127.0.0.1⟫,⟪private_ip private_ip⟫",
    "RUN echo '⟦I ipv4 ipv4⟧ license.«domain»' >> /etc/hosts",
    'RUN useradd -m app && echo "app:⟦P cli_password pw:code⟧" | chpasswd',
]


def k_dockerfile(doc):
    default_path(doc, "Dockerfile", "docker/Dockerfile", "services/«service»/Dockerfile", "Dockerfile.prod")
    doc.put(doc.R.choice(["FROM python:3.12-slim@sha256:⟪sha256 sha256⟫\n", "FROM node:20-bookworm\n",
                          "FROM eclipse-temurin:21-jre\n"]))
    doc.put("WORKDIR /app\nCOPY . .\n")
    some(doc, DOCKER_LINES, 4, 8)
    doc.put('EXPOSE 8080\nCMD ["«service»", "--bind", "⟪unspecified_ip =0.0.0.0⟫:8080"]\n')


K8S_DOCS = [
    '''apiVersion: v1
kind: Secret
metadata:
  name: «service»-credentials
  namespace: «cluster»
type: Opaque
stringData:
  DB_PASSWORD: "⟦P k8s_password pw:code⟧"
  API_KEY: ⟦K generic_secret hex:32⟧
data:
  token: ⟦K k8s_secret_b64 k8s_b64⟧
''',
    '''apiVersion: apps/v1
kind: Deployment
metadata:
  name: «service»
  annotations:
    checksum/config: ⟪sha256 sha256⟫
spec:
  replicas: 3
  selector:
    matchLabels:
      app: «service»
  template:
    metadata:
      labels:
        app: «service»
    spec:
      containers:
        - name: «service»
          image: «image»@sha256:⟪sha256 sha256⟫
          env:
            - name: DB_PASSWORD
              valueFrom:
                secretKeyRef:
                  name: «service»-credentials
                  key: DB_PASSWORD
            - name: SMTP_PASSWORD
              value: "⟦P k8s_password pw:code⟧"
            - name: STRIPE_KEY
              value: ⟦K stripe_key stripe⟧
            - name: OPS_EMAIL
              value: ⟦E config_email email⟧
''',
    '''apiVersion: v1
kind: Service
metadata:
  name: «service»-lb
spec:
  type: LoadBalancer
  loadBalancerIP: ⟦I ipv4 ipv4⟧
  loadBalancerSourceRanges:
    - ⟦I ipv4_cidr cidr4⟧
    - ⟪private_ip private_net⟫
  clusterIP: ⟪private_ip private_ip⟫
  ports:
    - port: 443
      targetPort: 8443
''',
    '''apiVersion: v1
kind: ConfigMap
metadata:
  name: «service»-config
data:
  UPSTREAM: "https://⟦I ipv4_url ipv4⟧:8443"
  UPSTREAM_V6: "⟦I ipv6 ipv6⟧"
  ADMIN_CONTACT: "⟦E config_email email⟧"
  DOCS_CONTACT: "⟪example_email example_email⟫"
  BUILD: "⟪git_sha git_sha⟫"
  METADATA: "http://⟪link_local_ip =169.254.169.254⟫"
''',
    '''apiVersion: v1
kind: Secret
metadata:
  name: registry-pull
type: kubernetes.io/dockerconfigjson
stringData:
  .dockerconfigjson: '{"auths": {"registry.«domain»": {"username": "«user»", "password": "⟦P json_password pw:code⟧", "email": "⟦E json_email email⟧"}}}'
''',
    '''apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata:
  name: allow-office
spec:
  podSelector: {}
  ingress:
    - from:
        - ipBlock:
            cidr: ⟦I ipv4_cidr cidr4⟧
        - ipBlock:
            cidr: ⟪private_ip private_net⟫
''',
]


def k_k8s(doc):
    default_path(doc, "k8s/«service».yaml", "deploy/manifests/«service».yaml", "charts/«service»/templates/all.yaml")
    some(doc, K8S_DOCS, 2, 3, sep="---\n", end="")


TF_BLOCKS = [
    '''provider "aws" {
  region     = "«region»"
  access_key = "⟦K aws_access_key_id aws_akid⟧"
  secret_key = "⟦K aws_secret_access_key aws_secret⟧"
}
''',
    '''resource "aws_db_instance" "main" {
  identifier          = "«service»-db"
  engine              = "postgres"
  instance_class      = "db.t3.medium"
  username            = "«user»"
  password            = "⟦P tf_password pw:code⟧"
  skip_final_snapshot = true
}
''',
    '''resource "aws_security_group_rule" "office" {
  type             = "ingress"
  from_port        = 443
  to_port          = 443
  protocol         = "tcp"
  cidr_blocks      = ["⟦I ipv4_cidr cidr4⟧", "⟪private_ip private_net⟫"]
  ipv6_cidr_blocks = ["⟦I ipv6_cidr cidr6⟧"]
}
''',
    '''resource "aws_instance" "bastion" {
  ami           = "⟪aws_resource_id aws_res:ami⟫"
  subnet_id     = "⟪aws_resource_id aws_res:subnet⟫"
  private_ip    = "⟪private_ip private_ip⟫"
  instance_type = "t3.micro"
}
''',
    '''variable "db_password" {
  type      = string
  sensitive = true
  default   = "⟦P tf_password pw:code⟧"
}
''',
    '''resource "github_actions_secret" "npm" {
  repository      = "«project»"
  secret_name     = "NPM_TOKEN"
  plaintext_value = "⟦K npm_token npm⟧"
}
''',
    '''provider "cloudflare" {
  api_token = ⟪var_reference =var.cloudflare_api_token⟫
}
''',
    '''output "lb_address" {
  value = "⟦I ipv4 ipv4⟧"
}
''',
    '''provider "datadog" {
  api_key = "⟦K generic_secret hex:32⟧"
  app_key = "⟦K generic_secret hex:40⟧"
}
''',
    '''resource "aws_route53_record" "api" {
  name    = "api.«domain»"
  type    = "AAAA"
  ttl     = 300
  records = ["⟦I ipv6 ipv6⟧"]
}
''',
    '''variable "admin_password" {
  type    = string
  default = "⟪placeholder ph_pw⟫"
}
''',
    '''locals {
  owner_email = "⟦E config_email email⟧"
  docs_email  = "⟪example_email example_email⟫"
}
''',
]


def k_terraform(doc):
    default_path(doc, "main.tf", "infra/«service».tf", "terraform/prod/main.tf", "modules/«service»/main.tf")
    some(doc, TF_BLOCKS, 3, 6, sep="\n", end="")


PROPS_LINES = [
    "spring.datasource.url=jdbc:postgresql://⟦I ipv4_url ipv4⟧:5432/«db»",
    "spring.datasource.username=«user»",
    "spring.datasource.password=⟦P config_password pw:bare⟧",
    "spring.mail.host=smtp.«domain»",
    "spring.mail.username=⟦E config_email email⟧",
    "spring.mail.password=⟦P config_password pw:bare⟧",
    "jwt.secret=⟦K generic_secret b64:64⟧",
    "app.admin.email=⟪example_email example_email⟫",
    "server.port=8443",
    "server.address=⟪unspecified_ip =0.0.0.0⟫",
    "aws.accessKeyId=⟦K aws_access_key_id aws_akid⟧\naws.secretKey=⟦K aws_secret_access_key aws_secret⟧",
    "spring.rabbitmq.password=⟪template_var =${RABBITMQ_PASSWORD}⟫",
    "management.endpoints.web.exposure.include=health,info",
    "spring.data.redis.host=⟪private_ip private_ip⟫",
    "app.build.commit=⟪git_sha git_sha⟫",
    "app.build.version=⟪version_string version4⟫",
    "app.github.token=⟦K github_token gh⟧",
    "ldap.urls=ldap://⟦I ipv4 ipv4⟧:389",
    "ldap.password=⟦P config_password pw:bare⟧",
    "stripe.api.key=⟦K stripe_key stripe⟧",
    "logging.level.root=INFO",
]


def k_properties(doc):
    default_path(doc, "src/main/resources/application.properties", "config/application-prod.properties",
                 "src/main/resources/application-staging.properties")
    doc.put("# «project» configuration\n")
    some(doc, PROPS_LINES, 7, 12)


def k_npmrc(doc):
    default_path(doc, ".npmrc", "frontend/.npmrc", "packages/«pkg»/.npmrc")
    lines = [
        "//registry.npmjs.org/:_authToken=⟦K npm_token npm⟧",
        "@«org»:registry=https://npm.pkg.github.com",
        "//npm.pkg.github.com/:_authToken=⟦K github_token gh⟧",
        "//registry.«domain»/:_authToken=⟪env_lookup =${NPM_TOKEN}⟫",
        "email=⟦E config_email email⟧",
        "always-auth=true",
        "//npm.«domain»/repository/npm/:_authToken=⟦K npm_token npm⟧",
    ]
    doc.put("registry=https://registry.npmjs.org/\n")
    some(doc, lines, 3, 6)


def k_pypirc(doc):
    if doc.R.random() < 0.5:
        default_path(doc, ".pypirc", "ci/.pypirc")
        doc.put('''[distutils]
index-servers =
    pypi
    private

[pypi]
username = __token__
password = ⟦K pypi_token pypi⟧

[private]
repository = https://«host»/pypi/
username = «user»
password = ⟦P config_password pw:ini⟧
''')
    else:
        default_path(doc, "pip.conf", ".config/pip/pip.conf")
        doc.put('''[global]
index-url = https://«user»:⟦P url_password pw:url⟧@«host»/simple
extra-index-url = https://⟦I ipv4_url ipv4⟧/pypi/simple
trusted-host = ⟪private_ip private_ip⟫
timeout = 60
''')


SETTINGS_LINES = [
    'SECRET_KEY = "⟦K django_secret_key django⟧"',
    'SECRET_KEY = ⟪env_lookup =os.environ["DJANGO_SECRET_KEY"]⟫',
    'ALLOWED_HOSTS = ["«domain»", "⟦I ipv4 ipv4⟧", "⟪loopback_ip =127.0.0.1⟫"]',
    '''DATABASES = {
    "default": {
        "ENGINE": "django.db.backends.postgresql",
        "NAME": "«db»",
        "USER": "«user»",
        "PASSWORD": "⟦P dict_password pw:code⟧",
        "HOST": "⟦I ipv4 ipv4⟧",
        "PORT": "5432",
    }
}''',
    'EMAIL_HOST = "smtp.«domain»"\nEMAIL_HOST_USER = "⟦E config_email email⟧"\nEMAIL_HOST_PASSWORD = "⟦P assign_password pw:code⟧"',
    'ADMINS = [("«person»", "⟦E config_email email⟧")]',
    'AUTH_PASSWORD_VALIDATORS = [{"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"}]',
    'AWS_STORAGE_BUCKET_NAME = "«bucket»"\nAWS_ACCESS_KEY_ID = ⟪env_lookup =os.environ["AWS_ACCESS_KEY_ID"]⟫\n'
    'AWS_SECRET_ACCESS_KEY = os.environ.get("AWS_SECRET_ACCESS_KEY", "⟦K aws_secret_access_key aws_secret⟧")',
    '''CACHES = {
    "default": {
        "BACKEND": "django.core.cache.backends.redis.RedisCache",
        "LOCATION": "redis://:⟦P url_password pw:url⟧@⟪private_ip private_ip⟫:6379/1",
    }
}''',
    'CSRF_TRUSTED_ORIGINS = ["https://«domain»"]',
    'DEFAULT_FROM_EMAIL = "⟪example_email example_email⟫"',
    'STRIPE_SECRET_KEY = "⟦K stripe_key stripe⟧"',
    'SOCIAL_AUTH_GITHUB_SECRET = "⟦K generic_secret hex:40⟧"',
    'INTERNAL_IPS = ["⟪loopback_ip =127.0.0.1⟫"]',
    'SENTRY_RELEASE = "⟪git_sha git_sha⟫"',
    'SESSION_COOKIE_NAME = "«service»_session"',
]


def k_settings(doc):
    default_path(doc, "«service»/settings.py", "config/settings/production.py", "project/settings.py")
    doc.put('"""Django settings for «project»."""\n\nimport os\nfrom pathlib import Path\n\n'
            "BASE_DIR = Path(__file__).resolve().parent.parent\nDEBUG = False\n\n")
    some(doc, SETTINGS_LINES, 6, 11, sep="\n\n")


def k_readme(doc):
    default_path(doc, "README.md", "docs/setup.md", "services/«service»/README.md", "docs/deploy.md")
    doc.put("# «project»\n\nInternal service for «service» jobs. See below for setup.\n\n")
    some(doc, MD, 3, 6, sep="\n")


def k_script(doc):
    default_path(doc, "deploy.sh", "scripts/release.sh", "bin/bootstrap.sh", "ops/restore_db.sh")
    doc.put("#!/usr/bin/env bash\nset -euo pipefail\n\n")
    some(doc, SH, 4, 8)


JAVA_MEMBERS = [
    '    private static final String DB_URL = "jdbc:mysql://⟦I ipv4_url ipv4⟧:3306/«db»?useSSL=true";',
    '    private static final String DB_USER = "«user»";\n'
    '    private static final String DB_PASSWORD = "⟦P assign_password pw:code⟧";',
    '    private static final String API_KEY = "⟦K generic_secret hex:32⟧";',
    '    private static final String SUPPORT_EMAIL = "⟦E config_email email⟧";',
    '    private final String token = ⟪env_lookup =System.getenv("SERVICE_TOKEN")⟫;',
    '    @Value("⟪template_var =${db.password}⟫")\n    private String configuredPassword;',
    '''    public Connection open() throws SQLException {
        return DriverManager.getConnection("jdbc:postgresql://«host»:5432/«db»", "«user»", "⟦P call_password pw:code⟧");
    }''',
    '''    private final AmazonS3 s3 = AmazonS3ClientBuilder.standard()
            .withCredentials(new AWSStaticCredentialsProvider(
                    new BasicAWSCredentials("⟦K aws_access_key_id aws_akid⟧", "⟦K aws_secret_access_key aws_secret⟧")))
            .build();''',
    '''    void authorize(HttpRequest.Builder request) {
        request.header("Authorization", "Bearer ⟦K bearer_token bearer⟧");
    }''',
    '    // Owner: ⟦E comment_email email⟧',
    '    private static final String MIRROR = "https://«user»:⟦P url_password pw:url⟧@«host»/maven2";',
    '    private static final UUID NAMESPACE = UUID.fromString("⟪uuid uuid⟫");',
    '    private static final String FALLBACK_HOST = "⟪loopback_ip =127.0.0.1⟫";',
    '    private static final String[] CREDENTIAL_FIELDS = {"user", "⟪field_name =password⟫", "host", "⟪field_name =port⟫"};',
    '    private static final String SLACK_TOKEN = "⟦K slack_token slack⟧";',
    '    private static final String VERSION = "⟪version_string version4⟫";',
    '    private static final InetAddress PEER = InetAddresses.forString("⟦I ipv6 ipv6⟧");',
]


def k_java(doc):
    cls = doc.ctx["Class"]
    default_path(doc, f"src/main/java/{doc.ctx['javapkg'].replace('.', '/')}/{cls}.java")
    doc.put("package «javapkg»;\n\nimport java.sql.Connection;\nimport java.sql.DriverManager;\n"
            "import java.sql.SQLException;\nimport java.util.UUID;\n\n/** «service» client. */\npublic class «Class» {\n")
    some(doc, JAVA_MEMBERS, 4, 8, sep="\n\n")
    doc.put("}\n")


GO_DECLS = [
    'const apiToken = "⟦K generic_secret alnum:40⟧"',
    'var dsn = "host=⟦I ipv4 ipv4⟧ port=5432 user=«user» password=⟦P conn_string_password pw:bare⟧ dbname=«db» sslmode=require"',
    '''func newRequest(ctx context.Context) (*http.Request, error) {
	req, err := http.NewRequestWithContext(ctx, "GET", "https://⟦I ipv4_url ipv4⟧/v1/items", nil)
	if err != nil {
		return nil, err
	}
	req.Header.Set("Authorization", "Bearer ⟦K bearer_token bearer⟧")
	return req, nil
}''',
    'var githubToken = ⟪env_lookup =os.Getenv("GITHUB_TOKEN")⟫',
    'var awsCreds = credentials.NewStaticCredentials("⟦K aws_access_key_id aws_akid⟧", "⟦K aws_secret_access_key aws_secret⟧", "")',
    'var mysqlDSN = "«user»:⟦P conn_string_password pw:url⟧@tcp(⟦I ipv4 ipv4⟧:3306)/«db»?parseTime=true"',
    'var buildCommit = "⟪git_sha git_sha⟫"',
    'var listenAddr = "⟪unspecified_ip =0.0.0.0⟫:8080"',
    'var docsPeer = net.ParseIP("⟪doc_ip doc_ipv4⟫")',
    'var upstream6 = net.ParseIP("⟦I ipv6 ipv6⟧")',
    '// maintainer: ⟦E comment_email email⟧',
    'const signingKey = `⟦K pem_private_key pem:ec⟧\n`',
    'var smtpAuth = smtp.PlainAuth("", "⟦E login_email email⟧", "⟦P call_password pw:code⟧", "smtp.«domain»")',
    'var moduleSum = "⟪go_sum go_sum⟫"',
    'var slackToken = "⟦K slack_token slack⟧"',
    'var pprofAddr = "⟪loopback_ip =127.0.0.1⟫:6060"',
]


def k_go(doc):
    default_path(doc, "main.go", "cmd/«service»/main.go", "internal/«service»/client.go")
    doc.put('package main\n\nimport (\n\t"context"\n\t"net"\n\t"net/http"\n\t"os"\n)\n\n')
    some(doc, GO_DECLS, 4, 8, sep="\n\n")


RUST_ITEMS = [
    'const DATABASE_URL: &str = "postgres://«user»:⟦P url_password pw:url⟧@⟦I ipv4_url ipv4⟧:5432/«db»";',
    'const STRIPE_KEY: &str = "⟦K stripe_key stripe⟧";',
    '''fn token() -> String {
    ⟪env_lookup =env::var("API_TOKEN")⟫.unwrap_or_else(|_| "⟦K generic_secret hex:40⟧".to_string())
}''',
    '''async fn fetch(client: &reqwest::Client) -> reqwest::Result<String> {
    client.get("https://api.«domain»/v2/me").bearer_auth("⟦K bearer_token bearer⟧").send().await?.text().await
}''',
    '''fn peers() -> Vec<IpAddr> {
    vec!["⟦I ipv6 ipv6⟧".parse().unwrap(), "⟪loopback_ip =127.0.0.1⟫".parse().unwrap()]
}''',
    'const CONTACT: &str = "⟦E config_email email⟧";',
    'const ARCHIVE_SHA256: &str = "⟪sha256 sha256⟫";',
    '/// Example: `Client::with_key("⟪placeholder ph_key⟫")`\npub struct Client;',
    'const HF_TOKEN: &str = "⟦K hf_token hf⟧";',
    'const SMTP_PASSWORD: &str = "⟦P assign_password pw:code⟧";',
    'const BUILD_ID: &str = "⟪uuid uuid⟫";',
    'const UPSTREAM: &str = "⟦I ipv4 ipv4⟧:7000";',
]


def k_rust(doc):
    default_path(doc, "src/main.rs", "src/config.rs", "crates/«service»/src/lib.rs")
    doc.put("use std::env;\nuse std::net::IpAddr;\n\n")
    some(doc, RUST_ITEMS, 4, 7, sep="\n\n")


def k_php(doc):
    if doc.R.random() < 0.5:
        default_path(doc, "wp-config.php", "public/wp-config.php")
        doc.put('''<?php
define( 'DB_NAME', '«db»' );
define( 'DB_USER', '«user»' );
define( 'DB_PASSWORD', '⟦P php_password pw:code⟧' );
define( 'DB_HOST', '⟦I ipv4 ipv4⟧' );
define( 'DB_CHARSET', 'utf8mb4' );

define( 'AUTH_KEY',         '⟦K wp_salt wpsalt⟧' );
define( 'SECURE_AUTH_KEY',  '⟦K wp_salt wpsalt⟧' );
define( 'LOGGED_IN_KEY',    '⟦K wp_salt wpsalt⟧' );
define( 'NONCE_KEY',        '⟦K wp_salt wpsalt⟧' );

$table_prefix = 'wp_';
define( 'WP_DEBUG', false );
''')
    else:
        default_path(doc, "src/Mailer.php", "app/Services/Billing.php", "lib/notify.php")
        doc.put("<?php\n\n")
        some(doc, [
            "$mail = new PHPMailer(true);\n$mail->Host = 'smtp.«domain»';\n$mail->Username = '⟦E login_email email⟧';\n"
            "$mail->Password = '⟦P assign_password pw:code⟧';",
            "$mail->setFrom('⟦E config_email email⟧', '«person»');",
            "$apiKey = ⟪env_lookup =getenv('MAILCHIMP_API_KEY')⟫;",
            "$pdo = new PDO('mysql:host=⟦I ipv4 ipv4⟧;dbname=«db»', '«user»', '⟦P call_password pw:code⟧');",
            "$stripe = new \\Stripe\\StripeClient('⟦K stripe_key stripe⟧');",
            "$redis->auth('⟦P call_password pw:code⟧');",
            "$headers = ['Authorization: Bearer ⟦K bearer_token bearer⟧', 'X-Trace: ⟪trace_id trace_id⟫'];",
            "// contact ⟦E comment_email email⟧ for the sandbox at ⟪doc_ip doc_ipv4⟫",
            "$fallback = $_ENV['DB_PASSWORD'] ?? '⟪placeholder ph_pw⟫';",
            "$version = '⟪version_string version4⟫';",
        ], 4, 7, sep="\n\n")


def k_ruby(doc):
    if doc.R.random() < 0.4:
        doc.lang = "yaml"
        default_path(doc, "config/database.yml")
        doc.put('''default: &default
  adapter: postgresql
  pool: 5

production:
  <<: *default
  host: ⟦I ipv4 ipv4⟧
  username: «user»
  password: <%= ⟪env_lookup =ENV['DATABASE_PASSWORD']⟫ %>

staging:
  <<: *default
  host: ⟪private_ip private_ip⟫
  username: «user»
  password: ⟦P yaml_password pw:bare⟧
''')
    else:
        default_path(doc, "config/initializers/«service».rb", "lib/«service»/client.rb")
        some(doc, [
            'Stripe.api_key = "⟦K stripe_key stripe⟧"',
            '''ActionMailer::Base.smtp_settings = {
  address: "smtp.«domain»",
  user_name: "⟦E login_email email⟧",
  password: "⟦P assign_password pw:code⟧",
  authentication: :plain
}''',
            'Aws.config.update(credentials: Aws::Credentials.new("⟦K aws_access_key_id aws_akid⟧", "⟦K aws_secret_access_key aws_secret⟧"))',
            'GITHUB_TOKEN = ENV.fetch("GITHUB_TOKEN", "⟦K github_token gh⟧")',
            'OCTOKIT_TOKEN = ⟪env_lookup =ENV["OCTOKIT_TOKEN"]⟫',
            'SIDEKIQ_REDIS = "redis://:⟦P url_password pw:url⟧@⟦I ipv4_url ipv4⟧:6379/0"',
            '# owner: «person» <⟦E comment_email email⟧>',
            'ALLOWED_IPS = %w[⟦I ipv4 ipv4⟧ ⟪private_ip private_ip⟫ ⟪loopback_ip =127.0.0.1⟫].freeze',
            'SECRET_KEY_BASE = "⟦K generic_secret hex:128⟧"',
            'REVISION = "⟪git_sha git_sha⟫"',
        ], 4, 7, sep="\n\n")


def k_csharp(doc):
    if doc.R.random() < 0.5:
        doc.lang = "json"
        default_path(doc, "appsettings.json", "src/«Class»/appsettings.Production.json")
        items = doc.pick([
            '''  "ConnectionStrings": {
    "Default": "Server=⟦I ipv4 ipv4⟧;Database=«db»;User Id=«user»;Password=⟦P conn_string_password pw:conn⟧;TrustServerCertificate=True"
  }''',
            '''  "Jwt": { "Key": "⟦K generic_secret b64:32⟧", "Issuer": "https://«domain»" }''',
            '''  "Smtp": { "User": "⟦E config_email email⟧", "Password": "⟦P json_password pw:code⟧" }''',
            '''  "Storage": {
    "ConnectionString": "DefaultEndpointsProtocol=https;AccountName=«acct»;AccountKey=⟦K azure_storage_key azkey⟧;EndpointSuffix=core.windows.net"
  }''',
            '''  "Support": { "Email": "⟪example_email example_email⟫", "InstanceId": "⟪uuid uuid⟫" }''',
            '''  "Telemetry": { "Endpoint": "https://⟦I ipv4_url ipv4⟧:4317", "ApiKey": "⟪placeholder ph_key⟫" }''',
            '''  "SendGrid": { "ApiKey": "⟦K sendgrid_key sendgrid⟧" }''',
        ], doc.R.randint(3, 6))
        doc.put("{\n")
        for tpl in items:
            doc.put(tpl + ",\n")
        doc.put('  "AllowedHosts": "*"\n}\n')
    else:
        default_path(doc, "src/«Class»/Program.cs", "Services/«Class».cs")
        doc.put("using System;\nusing System.Net.Http.Headers;\n\nnamespace «Class»App\n{\n    public static class Secrets\n    {\n")
        some(doc, [
            '        public const string ApiKey = "⟦K generic_secret alnum:32⟧";',
            '        public static readonly string DbPassword = ⟪env_lookup =Environment.GetEnvironmentVariable("DB_PASSWORD")⟫;',
            '        public const string ConnectionString = "Data Source=⟪private_ip private_ip⟫;Initial Catalog=«db»;User ID=«user»;Password=⟦P conn_string_password pw:conn⟧;";',
            '        public static AmazonS3Client S3() => new AmazonS3Client("⟦K aws_access_key_id aws_akid⟧", "⟦K aws_secret_access_key aws_secret⟧", RegionEndpoint.USEast1);',
            '        public static void Authorize(HttpClient client) =>\n            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", "⟦K bearer_token bearer⟧");',
            '        // owner: ⟦E comment_email email⟧',
            '        public const string Upstream = "⟦I ipv4 ipv4⟧";',
            '        public static readonly Guid TenantId = Guid.Parse("⟪uuid uuid⟫");',
            '        public const string SmtpPassword = "⟦P assign_password pw:code⟧";',
            '        public const string AssemblyVersion = "⟪version_string version4⟫";',
        ], 4, 7, sep="\n")
        doc.put("    }\n}\n")


def k_github_actions(doc):
    default_path(doc, ".github/workflows/release.yml", ".github/workflows/deploy.yml", ".github/workflows/ci.yml")
    doc.put('''name: release
on:
  push:
    tags: ["v*"]
jobs:
  publish:
    runs-on: ubuntu-latest
    env:
''')
    some(doc, [
        "      NODE_AUTH_TOKEN: ⟪ci_secret_ref =${{ secrets.NPM_TOKEN }}⟫",
        "      PYPI_TOKEN: ⟦K pypi_token pypi⟧",
        "      DOCKER_PASSWORD: ⟦P ci_password pw:bare⟧",
        "      HF_TOKEN: ⟪ci_secret_ref =${{ secrets.HF_TOKEN }}⟫",
        "      SLACK_TOKEN: ⟦K slack_token slack⟧",
        "      AWS_ACCESS_KEY_ID: ⟦K aws_access_key_id aws_akid⟧\n      AWS_SECRET_ACCESS_KEY: ⟦K aws_secret_access_key aws_secret⟧",
        "      DEPLOY_HOST: ⟦I ipv4 ipv4⟧",
    ], 3, 5)
    doc.put("    steps:\n      - uses: actions/checkout@⟪git_sha git_sha⟫  # v4\n")
    some(doc, [
        "      - uses: actions/setup-node@⟪git_sha git_sha⟫  # v4\n        with:\n          registry-url: https://registry.npmjs.org",
        '      - run: echo "${{ secrets.GH_TOKEN }}" | gh auth login --with-token',
        "      - run: 'curl -fsS -X POST -H \"Authorization: Bearer ⟦K bearer_token bearer⟧\" https://⟦I ipv4_url ipv4⟧/hooks/release'",
        '      - run: git config user.email "⟦E git_author_email email⟧"',
        "      - run: docker login -u «user» -p ⟦P cli_password pw:sh⟧ registry.«domain»",
        '      - run: twine upload --username __token__ --password "⟦K pypi_token pypi⟧" dist/*',
        '      - run: echo "⟪sha256 sha256⟫  dist/«pkg».tar.gz" | sha256sum -c -',
    ], 3, 5)


def k_gitlab_ci(doc):
    default_path(doc, ".gitlab-ci.yml")
    doc.put("variables:\n")
    some(doc, [
        "  DOCKER_HOST: tcp://⟪private_ip private_ip⟫:2375",
        '  REGISTRY_PASSWORD: "⟦P ci_password pw:code⟧"',
        "  GITLAB_API_TOKEN: ⟦K gitlab_token glpat⟧",
        "  SONAR_TOKEN: ⟦K generic_secret hex:40⟧",
        '  APP_VERSION: "⟪version_string version4⟫"',
    ], 2, 4)
    doc.put("\ndeploy:\n  stage: deploy\n  script:\n")
    some(doc, [
        '    - \'curl --header "PRIVATE-TOKEN: ⟦K gitlab_token glpat⟧" "https://gitlab.«domain»/api/v4/projects"\'',
        '    - ssh deploy@⟦I ipv4 ipv4⟧ "./deploy.sh ⟪git_sha git_sha⟫"',
        '    - echo "$CI_REGISTRY_PASSWORD" | docker login -u "$CI_REGISTRY_USER" --password-stdin "$CI_REGISTRY"',
        "    - mysql -h ⟦I ipv4 ipv4⟧ -u «user» -p⟦P cli_password pw:sh⟧ -e 'select 1'",
        '    - git config user.email "⟦E git_author_email email⟧"',
        "    - curl -s https://⟦I ipv6_url ipv6⟧/health || true",
    ], 2, 5)


def k_aws_credentials(doc):
    default_path(doc, ".aws/credentials", "ci/aws/credentials")
    doc.put('''[default]
aws_access_key_id = ⟦K aws_access_key_id aws_akid⟧
aws_secret_access_key = ⟦K aws_secret_access_key aws_secret⟧
region = «region»

[ci]
aws_access_key_id = ⟦K aws_access_key_id aws_akid⟧
aws_secret_access_key = ⟦K aws_secret_access_key aws_secret⟧
aws_session_token = ⟦K aws_session_token aws_session⟧

[docs-example]
aws_access_key_id = ⟪aws_example_key =AKIAIOSFODNN7EXAMPLE⟫
aws_secret_access_key = ⟪aws_example_key =wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY⟫
''')


def k_kubeconfig(doc):
    default_path(doc, ".kube/config", "clusters/«cluster»/kubeconfig.yaml")
    doc.put('''apiVersion: v1
kind: Config
clusters:
- cluster:
    certificate-authority-data: ⟪certificate b64cert⟫
    server: https://⟦I ipv4_url ipv4⟧:6443
  name: «cluster»
contexts:
- context:
    cluster: «cluster»
    user: «user»
  name: «cluster»
current-context: «cluster»
users:
- name: «user»
  user:
    token: ⟦K bearer_token jwt⟧
- name: «user»-cert
  user:
    client-certificate-data: ⟪certificate b64cert⟫
    client-key-data: ⟦K pem_private_key_b64 b64pem⟧
''')


def k_gcp_sa(doc):
    default_path(doc, "credentials/«project»-sa.json", "service-account.json", "keys/«service».json")
    doc.put('''{
  "type": "service_account",
  "project_id": "«project»",
  "private_key_id": "⟦K gcp_private_key_id hex:40⟧",
  "private_key": "⟦K pem_private_key pemj:pkcs8⟧\\n",
  "client_email": "⟦E service_account_email sa_email⟧",
  "client_id": "⟪numeric_id digits:21⟫",
  "auth_uri": "https://accounts.google.com/o/oauth2/auth",
  "token_uri": "https://oauth2.googleapis.com/token",
  "auth_provider_x509_cert_url": "https://www.googleapis.com/oauth2/v1/certs"
}
''')


def g_sa_email(R):
    return f"{R.choice(SERVICES)}-{R.choice(['sa', 'runner', 'etl', 'ci'])}@{R.choice(WORD1)}-{R.choice(SERVICES)}-{R.randint(100000, 999999)}.iam.gserviceaccount.com"


GENERATORS["sa_email"] = g_sa_email


def k_nginx(doc):
    default_path(doc, "nginx/conf.d/«service».conf", "deploy/nginx.conf", "etc/nginx/sites-available/«service»")
    doc.put("upstream backend {\n")
    some(doc, ["    server ⟦I ipv4 ipv4⟧:8080 weight=3;", "    server ⟪private_ip private_ip⟫:8080;",
               "    server [⟦I ipv6 ipv6⟧]:8080 backup;", "    server ⟦I ipv4 ipv4⟧:8080 max_fails=3;"], 2, 4)
    doc.put("}\n\nserver {\n    listen 443 ssl;\n    server_name «domain»;\n")
    some(doc, [
        "    allow ⟦I ipv4_cidr cidr4⟧;\n    allow ⟪private_ip private_net⟫;\n    deny all;",
        "    set_real_ip_from ⟦I ipv4_cidr cidr4⟧;\n    set_real_ip_from ⟦I ipv6_cidr cidr6⟧;",
        '    add_header Content-Security-Policy "script-src \'self\' \'nonce-⟪nonce csp_nonce⟫\'";',
        "    resolver ⟪loopback_ip =127.0.0.53⟫ valid=30s;",
        '    location /api/ {\n        proxy_set_header Authorization "Bearer ⟦K bearer_token bearer⟧";\n        proxy_pass http://backend;\n    }',
        '    location /metrics {\n        auth_basic "metrics";\n        auth_basic_user_file /etc/nginx/.htpasswd;\n        allow ⟪loopback_ip =127.0.0.1⟫;\n    }',
        "    # on-call: ⟦E comment_email email⟧",
        '    add_header ETag "⟪etag etag⟫";',
    ], 3, 6)
    doc.put("}\n")


LOG_LINES = [
    "⟪datetime log_time⟫ INFO  [auth] login ok user=⟦E log_email email⟧ ip=⟦I log_ipv4 ipv4⟧ session=⟪uuid uuid⟫",
    "⟪datetime log_time⟫ WARN  [db] retrying postgresql://«user»:⟦P url_password pw:url⟧@«host»:5432/«db» (attempt 2)",
    "⟪datetime log_time⟫ DEBUG [http] GET /v1/items headers={'Authorization': 'Bearer ⟦K bearer_token bearer⟧'}",
    "⟪datetime log_time⟫ ERROR [smtp] 535 authentication failed for ⟦E log_email email⟧ from ⟦I log_ipv6 ipv6⟧",
    "⟪datetime log_time⟫ INFO  [http] ⟪private_ip private_ip⟫ GET /healthz 200 etag=⟪etag etag⟫",
    "⟪datetime log_time⟫ INFO  [deploy] version=⟪version_string version4⟫ commit=⟪git_sha git_sha⟫",
    "⟪datetime log_time⟫ INFO  [http] ⟪doc_ip doc_ipv4⟫ GET /docs 200",
    '⟦I log_ipv4 ipv4⟧ - - [10/Oct/2024:13:55:36 +0000] "GET /api/v1/orders HTTP/1.1" 200 2326 "-" "curl/8.5.0"',
    '⟦I log_ipv4 ipv4⟧ - ⟦E log_email email⟧ [11/Oct/2024:08:01:02 +0000] "POST /login HTTP/2.0" 302 0',
    "⟪datetime log_time⟫ DEBUG [auth] payload={\"user\": \"⟦E log_email email⟧\", \"password\": \"⟦P log_password pw:code⟧\"}",
    "⟪datetime log_time⟫ INFO  [trace] trace_id=⟪trace_id trace_id⟫ span=⟪short_sha short_sha⟫ duration=12ms",
    "⟪datetime log_time⟫ WARN  [aws] using static credentials ⟦K aws_access_key_id aws_akid⟧ from environment",
    "⟪datetime log_time⟫ INFO  [net] bound to ⟪unspecified_ip =0.0.0.0⟫:8080 and [⟪loopback_ipv6 =::1⟫]:8080",
    "⟪datetime log_time⟫ INFO  [sync] pulled sha256:⟪sha256 sha256⟫ from registry",
    "⟪datetime log_time⟫ ERROR [auth] token rejected: ⟦K github_token gh⟧ (expired)",
    "⟪datetime log_time⟫ INFO  [cluster] peer joined ⟦I log_ipv4 ipv4⟧:7946 (⟪cgnat_ip cgnat_ip⟫ via tailscale)",
    "⟪datetime log_time⟫ INFO  [mail] queued message for ⟪example_email example_email⟫",
    '⟦I log_ipv4 ipv4⟧ - - [12/Oct/2024:09:14:51 +0000] "GET /api/users/⟦E url_email email⟧/settings HTTP/1.1" 200 512',
    "⟪datetime log_time⟫ INFO  [http] GET /reset?email=⟦E url_email email⟧&token_id=⟪uuid uuid⟫ 302",
]


def k_log(doc):
    default_path(doc, "logs/«service».log", "var/log/«service»/app.log", "debug.log", "logs/access.log")
    some(doc, LOG_LINES, 7, 13)


SQL_LINES = [
    "CREATE USER «user» WITH PASSWORD '⟦P sql_password pw:code⟧';",
    "ALTER USER «user» IDENTIFIED BY \"⟦P sql_password pw:code⟧\";",
    "CREATE USER 'report'@'⟪private_ip private_ip⟫' IDENTIFIED BY '⟦P sql_password pw:code⟧';",
    "GRANT SELECT ON «db».* TO 'report'@'⟦I ipv4 ipv4⟧';",
    "INSERT INTO users (id, email, created_at) VALUES (⟪numeric_id digits:8⟫, '⟦E sql_email email⟧', '⟪date date⟫');",
    "INSERT INTO api_clients (name, client_secret) VALUES ('«service»', '⟦K generic_secret hex:40⟧');",
    "INSERT INTO test_users (email) VALUES ('⟪example_email example_email⟫');",
    "UPDATE settings SET value = '⟦K stripe_key stripe⟧' WHERE name = 'stripe_secret_key';",
    "INSERT INTO audit_log (actor, ip, at) VALUES ('⟦E sql_email email⟧', '⟦I ipv4 ipv4⟧', '⟪datetime datetime⟫');",
    "INSERT INTO nodes (name, address) VALUES ('edge-1', '⟦I ipv6 ipv6⟧'), ('local', '⟪loopback_ip =127.0.0.1⟫');",
    "-- migration ⟪uuid uuid⟫, checksum ⟪md5 md5⟫",
    "CREATE TABLE credentials (id BIGINT PRIMARY KEY, username TEXT, ⟪field_name =password⟫ TEXT, ⟪field_name =port⟫ INT);",
]


def k_sql(doc):
    default_path(doc, "migrations/0042_seed.sql", "db/seed.sql", "sql/grants.sql")
    doc.put("-- «project» seed data\nBEGIN;\n")
    some(doc, SQL_LINES, 5, 9)
    doc.put("COMMIT;\n")


def k_netrc(doc):
    choice = doc.R.randint(0, 2)
    if choice == 0:
        default_path(doc, ".netrc", "home/ci/.netrc")
        some(doc, [
            "machine api.«domain»\n  login «user»\n  password ⟦P netrc_password pw:bare⟧",
            "machine ⟦I ipv4 ipv4⟧ login deploy password ⟦P netrc_password pw:bare⟧",
            "machine github.com login «user» password ⟦K github_token gh⟧",
            "machine ftp.«domain» login anonymous password ⟪example_email example_email⟫",
        ], 2, 4)
    elif choice == 1:
        default_path(doc, ".git-credentials", "home/ci/.git-credentials")
        some(doc, [
            "https://«user»:⟦K github_token gh⟧@github.com",
            "https://oauth2:⟦K gitlab_token glpat⟧@gitlab.«domain»",
            "https://«user»:⟦P url_password pw:url⟧@bitbucket.org",
            "https://«user»:⟦K github_token ghfine⟧@github.com",
        ], 2, 4)
    else:
        default_path(doc, ".ssh/config", "home/ops/.ssh/config")
        some(doc, [
            "Host bastion\n  HostName ⟦I ipv4 ipv4⟧\n  User «user»\n  IdentityFile ~/.ssh/id_ed25519",
            "Host db-*\n  ProxyJump bastion\n  HostName ⟪private_ip private_ip⟫",
            "Host v6box\n  HostName ⟦I ipv6 ipv6⟧\n  Port 2222",
            "Host lab\n  HostName ⟪doc_ip doc_ipv4⟫\n  User ⟪example_email example_email⟫",
            "Host edge\n  HostName ⟦I ipv4 ipv4⟧\n  LocalForward 5432 ⟪private_ip private_ip⟫:5432",
        ], 3, 5, sep="\n\n")


def k_jsconfig(doc):
    default_path(doc, "config/default.js", "src/config.js", "server/config.ts", "lib/clients.js")
    doc.put('"use strict";\n\n')
    some(doc, JS, 4, 8, sep="\n\n")
    doc.put(doc.R.choice(["\nmodule.exports = { API_KEY: typeof API_KEY === 'undefined' ? null : API_KEY };\n", ""]))


def k_pyscript(doc):
    default_path(doc, "scripts/«service»_sync.py", "tools/export_«db».py", "jobs/«service».py", "notebooks/«service»_eda.py")
    doc.put('"""«service» maintenance job."""\n\nimport logging\nimport os\nimport uuid\n\nlog = logging.getLogger(__name__)\n\n')
    some(doc, PY, 4, 8, sep="\n\n\n")
    doc.put('\n\nif __name__ == "__main__":\n    logging.basicConfig(level=logging.INFO)\n')


def k_jenkins(doc):
    default_path(doc, "Jenkinsfile", "ci/Jenkinsfile")
    doc.put('''pipeline {
  agent any
  environment {
    SONAR_TOKEN = '⟦K generic_secret hex:40⟧'
    DEPLOY_HOST = '⟦I ipv4 ipv4⟧'
    REGISTRY = 'registry.«domain»'
  }
  stages {
    stage('Deploy') {
      steps {
        withCredentials([string(credentialsId: 'npm-token', variable: 'NPM_TOKEN')]) {
          sh 'npm publish'
        }
        sh "sshpass -p '⟦P cli_password pw:code⟧' ssh «user»@⟦I ipv4 ipv4⟧ ./deploy.sh"
        mail to: '⟦E config_email email⟧', subject: "Deployed ${env.BUILD_NUMBER}", body: '⟪git_sha git_sha⟫'
      }
    }
  }
}
''')


def k_inventory(doc):
    if doc.R.random() < 0.6:
        default_path(doc, "inventory/hosts.ini", "ansible/inventory", "inventory/production")
        doc.put("[web]\n")
        some(doc, ["web1 ansible_host=⟦I ipv4 ipv4⟧ ansible_user=«user»", "web2 ansible_host=⟪private_ip private_ip⟫",
                   "web3 ansible_host=⟦I ipv6 ipv6⟧"], 2, 3)
        doc.put("\n[db]\ndb1 ansible_host=⟦I ipv4 ipv4⟧ ansible_become_pass=⟦P config_password pw:bare⟧\n\n[all:vars]\n")
        some(doc, ["ansible_ssh_pass=⟦P config_password pw:bare⟧", "ntp_server=⟪private_ip private_ip⟫",
                   "admin_email=⟦E config_email email⟧", "vault_addr=https://⟦I ipv4_url ipv4⟧:8200"], 2, 4)
    else:
        default_path(doc, "etc/hosts", "docker/hosts")
        doc.put("⟪loopback_ip =127.0.0.1⟫\tlocalhost\n⟪loopback_ipv6 =::1⟫\tlocalhost ip6-localhost ip6-loopback\n")
        some(doc, ["⟦I ipv4 ipv4⟧\tapi.«domain»", "⟪private_ip private_ip⟫\tdb.internal", "⟦I ipv6 ipv6⟧\tcdn.«domain»",
                   "⟦I ipv4 ipv4⟧\tlicense.«domain» license", "⟪link_local_ip =169.254.169.254⟫\tmetadata.google.internal",
                   "⟪multicast_ip multicast_ip⟫\tmdns"], 3, 6)


def k_http(doc):
    default_path(doc, "requests/«service».http", "api.http", "docs/«service».rest")
    some(doc, [
        "### Get jobs\nGET https://⟦I ipv4_url ipv4⟧/api/jobs\nAuthorization: Bearer ⟦K bearer_token bearer⟧\nX-Request-Id: ⟪uuid uuid⟫\n",
        '### Login\nPOST https://api.«domain»/login\nContent-Type: application/json\n\n{"email": "⟦E json_email email⟧", "password": "⟦P json_password pw:code⟧"}\n',
        '### Digest\nGET https://api.«domain»/digest\nAuthorization: Digest username="«user»", realm="api", nonce="⟪nonce hex:32⟫", uri="/digest", '
        'cnonce="⟪nonce hex:16⟫", nc=00000001, qop=auth, response="⟪digest_response md5⟫", opaque="⟪nonce hex:32⟫"\n',
        '### Cached\nGET https://api.«domain»/file\nIf-None-Match: "⟪etag etag⟫"\nx-api-key: ⟦K anthropic_key anthropic⟧\n',
        "### Upload\nPUT https://api.«domain»/v1/files\nAuthorization: token ⟦K github_token gh⟧\nContent-MD5: ⟪md5 md5⟫\n",
        "### Example\nGET https://api.«domain»/v1/me\nAuthorization: Bearer ⟪placeholder ph_key⟫\n",
    ], 3, 5, sep="\n")


def k_html(doc):
    default_path(doc, "public/index.html", "templates/base.html", "site/contact.html")
    doc.put('<!DOCTYPE html>\n<html lang="en">\n<head>\n  <meta charset="utf-8">\n  <title>«project»</title>\n')
    some(doc, ["  " + h for h in HTML[:3] + HTML[5:6]], 2, 3)
    doc.put("</head>\n<body>\n")
    some(doc, ["  " + h for h in HTML[3:5] + HTML[6:]] + [
        '  <img alt="logo" src="data:image/png;base64,⟪base64_image png_b64⟫">',
        '  <p>Write to ⟦E plain_email email⟧ or see ⟪example_email example_email⟫ in the docs.</p>',
        '  <form><label>Password <input type="⟪field_name =password⟫" placeholder="⟪placeholder =Your password⟫"></label></form>',
    ], 2, 4)
    doc.put("</body>\n</html>\n")


def k_lockfile(doc):
    """Look-alikes only: hashes and ids that must all survive."""
    choice = doc.R.randint(0, 2)
    if choice == 0:
        doc.lang = "json"
        default_path(doc, "package-lock.json", "frontend/package-lock.json")
        doc.put('{\n  "name": "«project»",\n  "lockfileVersion": 3,\n  "packages": {\n')
        names = doc.pick(["left-pad", "ms", "debug", "semver", "chalk", "lodash", "uuid", "qs", "mime"], doc.R.randint(3, 5))
        for i, name in enumerate(names):
            doc.put(f'    "node_modules/{name}": {{\n      "version": "«semver»",\n'
                    f'      "resolved": "https://registry.npmjs.org/{name}/-/{name}-«semver».tgz",\n'
                    f'      "integrity": "⟪sri_hash sri⟫"\n    }}' + (",\n" if i < len(names) - 1 else "\n"))
        doc.put("  }\n}\n")
    elif choice == 1:
        default_path(doc, "go.sum")
        for mod in doc.pick(["github.com/google/uuid", "golang.org/x/net", "github.com/spf13/cobra",
                             "github.com/stretchr/testify", "go.uber.org/zap"], doc.R.randint(3, 5)):
            doc.put(f"{mod} v«semver» ⟪go_sum go_sum⟫\n{mod} v«semver»/go.mod ⟪go_sum go_sum⟫\n")
    else:
        doc.lang = "toml"
        default_path(doc, "Cargo.lock")
        doc.put("# This file is automatically @generated by Cargo.\nversion = 3\n")
        for crate in doc.pick(["serde", "tokio", "rand", "regex", "anyhow", "itoa"], doc.R.randint(3, 5)):
            doc.put(f'\n[[package]]\nname = "{crate}"\nversion = "«semver»"\n'
                    'source = "registry+https://github.com/rust-lang/crates.io-index"\nchecksum = "⟪sha256 sha256⟫"\n')


def k_helm(doc):
    default_path(doc, "charts/«service»/values.yaml", "helm/values-prod.yaml")
    doc.put("image:\n  repository: «image»\n  tag: \"«semver»\"\n  digest: sha256:⟪sha256 sha256⟫\n")
    some(doc, [
        "postgresql:\n  auth:\n    username: «user»\n    password: ⟦P yaml_password pw:bare⟧\n    postgresPassword: \"⟪placeholder ph_pw⟫\"",
        'redis:\n  password: "⟪template_var ={{ .Values.global.redisPassword }}⟫"',
        'ingress:\n  annotations:\n    nginx.ingress.kubernetes.io/whitelist-source-range: "⟦I ipv4_cidr cidr4⟧,⟪private_ip private_net⟫"',
        "smtp:\n  from: ⟦E config_email email⟧\n  password: ⟦P yaml_password pw:bare⟧",
        "secrets:\n  apiKey: ⟦K generic_secret hex:32⟧\n  sentryDsnKey: ⟦K generic_secret hex:32⟧",
        "podAnnotations:\n  checksum/secret: ⟪sha256 sha256⟫",
        "externalDatabase:\n  host: ⟦I ipv4 ipv4⟧\n  existingSecret: «service»-db",
        "serviceAccount:\n  annotations:\n    iam.gke.io/gcp-service-account: ⟦E service_account_email sa_email⟧",
    ], 3, 6)


def k_notebook(doc):
    default_path(doc, "notebooks/«service»_analysis.ipynb", "eda.ipynb")
    doc.put('{\n "cells": [\n  {\n   "cell_type": "code",\n   "execution_count": 1,\n   "metadata": {},\n   "outputs": [],\n   "source": [\n')
    some(doc, [
        '    "import openai\\n",\n    "openai.api_key = \\"⟦K openai_key openai⟧\\"\\n"',
        '    "conn = psycopg2.connect(host=\\"⟦I ipv4 ipv4⟧\\", user=\\"«user»\\", password=\\"⟦P kwarg_password pw:code⟧\\")\\n"',
        '    "df = pd.read_csv(\\"s3://«bucket»/export.csv\\", storage_options={\\"key\\": \\"⟦K aws_access_key_id aws_akid⟧\\", \\"secret\\": \\"⟦K aws_secret_access_key aws_secret⟧\\"})\\n"',
        '    "login(token=\\"⟦K hf_token hf⟧\\")\\n"',
        '    "# owner: ⟦E comment_email email⟧\\n"',
        '    "RUN_ID = \\"⟪uuid uuid⟫\\"\\n"',
    ], 2, 4, sep=",\n")
    doc.put('   ]\n  }\n ],\n "metadata": {"kernelspec": {"name": "python3", "display_name": "Python 3"}},\n'
            ' "nbformat": 4,\n "nbformat_minor": 5\n}\n')


def g_ipv4p(R):
    """A host address with the prefix length of its network (``34.12.9.7`` + ``/24``)."""
    return g_ipv4(R), "/" + str(R.choice([20, 22, 24, 24, 26, 28]))


def g_private_host_cidr(R):
    return f"{g_private_ip(R)}/{R.choice([16, 20, 24, 24])}"


GENERATORS.update({"ipv4p": g_ipv4p, "private_host_cidr": g_private_host_cidr})

ENV_EXAMPLE_LINES = [
    "DATABASE_URL=postgres://«user»:⟪placeholder ph_pw_bare⟫@⟪loopback_ip =127.0.0.1⟫:5432/«db»",
    'SECRET_KEY="⟪placeholder ph_key⟫"',
    'OPENAI_API_KEY="⟪placeholder ph_key⟫"',
    "DB_PASSWORD=⟪placeholder ph_pw_bare⟫",
    "ADMIN_EMAIL=⟪example_email example_email⟫",
    "AWS_ACCESS_KEY_ID=⟪aws_example_key =AKIAIOSFODNN7EXAMPLE⟫",
    "AWS_SECRET_ACCESS_KEY=⟪aws_example_key =wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY⟫",
    "REDIS_HOST=⟪private_ip private_ip⟫",
    "BIND=⟪unspecified_ip =0.0.0.0⟫",
    "GITHUB_TOKEN=⟪env_lookup =${GH_TOKEN}⟫",
    "STRIPE_SECRET_KEY=⟪placeholder =sk_test_XXXXXXXXXXXXXXXXXXXXXXXX⟫",
    "SLACK_BOT_TOKEN=⟪placeholder =xoxb-your-bot-token⟫",
    "HF_TOKEN=⟪placeholder =hf_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx⟫",
    "SMTP_PASSWORD=⟪placeholder ph_pw_bare⟫",
    "JWT_SECRET=⟪placeholder =change-this-to-a-long-random-string⟫",
    "TENANT_ID=⟪uuid =00000000-0000-0000-0000-000000000000⟫",
    "API_BASE=http://⟪loopback_ip =127.0.0.1⟫:8000",
    "DNS_SERVER=⟪private_ip private_ip⟫",
    "SESSION_SECRET=⟪placeholder =xxxxxxxxxxxxxxxx⟫",
    "MAIL_FROM=⟪example_email example_email⟫",
    "PUBLIC_URL=http://⟪doc_ip doc_ipv4⟫:3000",
    "ALLOWED_NETWORK=⟪private_ip private_net⟫",
    "GOOGLE_API_KEY=⟪placeholder =your-google-api-key⟫",
    "BUILD_SHA=⟪git_sha git_sha⟫",
]


def k_env_example(doc):
    default_path(doc, ".env.example", ".env.sample", "config/.env.template", "services/«service»/.env.example")
    doc.put("# Copy to .env and fill in real values. Never commit the real file.\n")
    some(doc, ENV_EXAMPLE_LINES, 9, 15)


CHANGELOG_ITEMS = [
    "- Never log the `⟪field_name =password⟫` field of connection settings (⟪short_sha short_sha⟫).",
    "- Accept IPv6 literals such as `[⟪doc_ip doc_ipv6⟫]:8080` in proxy URLs.",
    "- Update the bundled CA list (sha256 `⟪sha256 sha256⟫`).",
    "- Examples now use `⟪placeholder =<YOUR_API_KEY>⟫` instead of a sample key.",
    "- Fix parsing of four-part versions like `⟪version_string version4⟫`.",
    "- Default bind address is now `⟪loopback_ip =127.0.0.1⟫` instead of `⟪unspecified_ip =0.0.0.0⟫`.",
    "- Thanks to «anyperson» (⟪example_email example_email⟫) for the report.",
    "- Reported by «anyperson» (⟦E changelog_email email⟧).",
    "- Drop support for the `⟪field_name =port⟫` alias in connection strings.",
    "- Revert ⟪git_sha git_sha⟫; it broke the `⟪private_ip private_net⟫` allow-list.",
    "- Request ids are UUIDs now (`⟪uuid uuid⟫`).",
    "- Cache entries are keyed by ETag (`⟪etag etag⟫`).",
]


def k_changelog(doc):
    default_path(doc, "CHANGELOG.md", "docs/changelog.md", "HISTORY.md")
    doc.put("# Changelog\n")
    for _ in range(doc.R.randint(3, 5)):
        doc.put("\n## [⟪version_string version4⟫] - ⟪date date⟫\n\n")
        some(doc, CHANGELOG_ITEMS, 2, 4)


def k_checksums(doc):
    if doc.R.random() < 0.6:
        default_path(doc, "SHA256SUMS", "dist/SHA256SUMS.txt", "release/checksums.txt")
        for arch in doc.pick(["linux-amd64", "linux-arm64", "darwin-arm64", "darwin-amd64", "windows-amd64"], 4):
            doc.put(f"⟪sha256 sha256⟫  «pkg»-«semver»-{arch}.tar.gz\n")
    else:
        default_path(doc, "MD5SUMS", "dist/md5sums.txt")
        for name in doc.pick(["install.sh", "«pkg».tar.gz", "README.txt", "LICENSE", "«pkg».sig"], 4):
            doc.put(f"MD5 ({name}) = ⟪md5 md5⟫\n")
    doc.put("# signed by release key fingerprint ⟪sha1 sha1⟫ on ⟪date date⟫\n")


def k_openapi(doc):
    default_path(doc, "openapi.yaml", "api/openapi.yml", "docs/api/«service».yaml")
    doc.put('''openapi: 3.0.3
info:
  title: «service» API
  version: «semver»
  contact:
    email: ⟪example_email example_email⟫
servers:
  - url: https://⟪doc_ip doc_ipv4⟫:8443/v1
  - url: http://⟪loopback_ip =127.0.0.1⟫:8080/v1
components:
  securitySchemes:
    bearerAuth:
      type: http
      scheme: bearer
      bearerFormat: JWT
  schemas:
    User:
      type: object
      properties:
        id: {type: string, format: uuid, example: ⟪uuid uuid⟫}
        email: {type: string, format: email, example: ⟪example_email example_email⟫}
        ⟪field_name =password⟫: {type: string, format: ⟪field_name =password⟫, example: "⟪placeholder ph_pw⟫"}
        created_at: {type: string, format: date-time, example: "⟪datetime datetime⟫"}
        last_ip: {type: string, format: ipv4, example: ⟪doc_ip doc_ipv4⟫}
        last_ip6: {type: string, format: ipv6, example: "⟪doc_ip doc_ipv6⟫"}
        avatar_sha256: {type: string, example: ⟪sha256 sha256⟫}
        api_key: {type: string, example: "⟪placeholder ph_key⟫"}
        account_id: {type: integer, example: ⟪numeric_id digits:10⟫}
    Node:
      type: object
      properties:
        address: {type: string, example: ⟪private_ip private_ip⟫}
        ⟪field_name =port⟫: {type: integer, example: 7946}
        agent_version: {type: string, example: "⟪version_string version4⟫"}
''')


def k_docker_inspect(doc):
    default_path(doc, "debug/inspect-«service».json", "support/docker-inspect.json")
    doc.put('''[
  {
    "Id": "⟪sha256 sha256⟫",
    "Created": "⟪datetime datetime⟫",
    "Image": "sha256:⟪sha256 sha256⟫",
    "Config": {
      "Env": ["PATH=/usr/local/sbin:/usr/local/bin", "PASSWORD_FILE=/run/secrets/db_password", "APP_VERSION=⟪version_string version4⟫"],
      "Labels": {"org.opencontainers.image.revision": "⟪git_sha git_sha⟫", "maintainer": "⟪example_email example_email⟫"}
    },
    "NetworkSettings": {
      "Gateway": "⟪private_ip =172.17.0.1⟫",
      "IPAddress": "⟪private_ip private_ip⟫",
      "IPPrefixLen": 16,
      "LinkLocalIPv6Address": "⟪link_local_ipv6 link_local_ipv6⟫",
      "Ports": {"8080/tcp": [{"HostIp": "⟪unspecified_ip =0.0.0.0⟫", "HostPort": "8080"}]}
    },
    "RepoDigests": ["«image»@sha256:⟪sha256 sha256⟫"]
  }
]
''')


def k_netplan(doc):
    default_path(doc, "etc/netplan/01-netcfg.yaml", "netplan/50-cloud-init.yaml")
    doc.put('''network:
  version: 2
  ethernets:
    eth0:
      addresses: [⟪private_ip private_host_cidr⟫]
      routes:
        - to: default
          via: ⟪private_ip private_ip⟫
      nameservers:
        addresses: [⟪private_ip private_ip⟫, ⟪loopback_ip =127.0.0.53⟫]
    eth1:
      addresses:
        - ⟦I ipv4_cidr ipv4p⟧
        - "⟦I ipv6_cidr cidr6⟧"
      gateway4: ⟦I ipv4 ipv4⟧
      mtu: 9000
    eth2:
      addresses: [⟪cgnat_ip cgnat_ip⟫/10]
      link-local: [ipv6]
''')


PYTEST_ITEMS = [
    '''@pytest.fixture
def user():
    return {"email": "⟪example_email example_email⟫", "password": "⟪placeholder ph_pw⟫", "id": "⟪uuid uuid⟫"}''',
    '''def test_masks_password(client, user):
    resp = client.post("/login", json=user)
    assert "⟪field_name =password⟫" not in resp.text''',
    '''def test_ip_allowlist():
    assert is_allowed("⟪private_ip private_ip⟫")
    assert not is_allowed("⟪doc_ip doc_ipv4⟫")
    assert is_allowed("⟪loopback_ipv6 =::1⟫")''',
    '''def test_version_order():
    assert parse("⟪version_string version4⟫") > parse("1.0")''',
    '''def test_empty_digest():
    assert hashlib.sha256(b"").hexdigest() == "⟪sha256 =e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855⟫"''',
    '''def test_token_from_env(monkeypatch):
    monkeypatch.setenv("API_TOKEN", "⟪placeholder =test-token⟫")
    assert ⟪env_lookup =os.environ["API_TOKEN"]⟫ == "test-token"''',
    '''def test_uuid_hex():
    assert uuid.UUID("⟪uuid_hex uuid_hex⟫").version == 4''',
    '''def test_etag_header(client):
    resp = client.get("/file", headers={"If-None-Match": '"⟪etag etag⟫"'})
    assert resp.status_code == 304''',
    '''def test_metadata_endpoint_blocked():
    assert not fetch_allowed("http://⟪link_local_ip =169.254.169.254⟫/latest/meta-data/")''',
    '''def test_connection_keys():
    assert CONNECTION_KEYS == ("host", "⟪field_name =port⟫", "user", "⟪field_name =password⟫")''',
    '''def test_placeholder_is_rejected():
    with pytest.raises(ValueError):
        Client(api_key="⟪placeholder ph_key⟫")''',
    '''def test_sri(page):
    assert 'integrity="⟪sri_hash sri⟫"' in page''',
    '''# regression: the fixture used to hard-code a real token
LEAKED = "⟦K github_token gh⟧"''',
    '''def test_smtp_login(smtp):
    smtp.login("⟦E login_email email⟧", "⟦P call_password pw:code⟧")''',
]


def k_pytest(doc):
    default_path(doc, "tests/test_«service».py", "tests/unit/test_client.py", "tests/test_config.py")
    doc.put('import hashlib\nimport os\nimport uuid\n\nimport pytest\n\n\n')
    some(doc, PYTEST_ITEMS, 5, 8, sep="\n\n\n")


def k_patch(doc):
    default_path(doc, "patches/0001-rotate-staging-credentials.patch", "0001-update-config.patch")
    doc.put('''From ⟪git_sha git_sha⟫ Mon Sep 17 00:00:00 2001
From: «person» <⟦E git_author_email email>a⟧>
Date: «date_http»
Subject: [PATCH] Rotate staging credentials

Signed-off-by: «person» <⟦E git_author_email <a⟧>
---
 config/staging.env | 3 ++-
 1 file changed, 2 insertions(+), 1 deletion(-)

diff --git a/config/staging.env b/config/staging.env
index ⟪short_sha short_sha⟫..⟪short_sha short_sha⟫ 100644
--- a/config/staging.env
+++ b/config/staging.env
@@ -1,3 +1,4 @@
 DB_HOST=⟪private_ip private_ip⟫
-DB_PASSWORD=⟦P env_password pw:bare⟧
+DB_PASSWORD=⟦P env_password pw:bare⟧
+REPLICA_HOST=⟦I ipv4 ipv4⟧
 DB_USER=«user»
--
2.43.0
''')


def k_css(doc):
    default_path(doc, "static/css/site.css", "assets/theme.css")
    doc.put("/*! «pkg» v«semver» | build ⟪git_sha git_sha⟫ */\n")
    some(doc, CSS + [
        '.icon-ok { background: url("data:image/png;base64,⟪base64_image png_b64⟫") no-repeat; }',
        '.spinner { background-image: url("data:image/png;base64,⟪base64_image png_b64⟫"); }',
        "/* palette from ⟪example_email example_email⟫, sha256 ⟪sha256 sha256⟫ */",
    ], 3, 5)
    doc.put("body { margin: 0; font-family: system-ui, sans-serif; }\n")


SYNTH_KINDS = [
    # (name, lang, count, builder)
    ("env", "dotenv", 10, k_env),
    ("compose", "yaml", 7, k_compose),
    ("dockerfile", "dockerfile", 6, k_dockerfile),
    ("k8s", "yaml", 8, k_k8s),
    ("terraform", "hcl", 7, k_terraform),
    ("properties", "properties", 6, k_properties),
    ("npmrc", "ini", 4, k_npmrc),
    ("pypirc", "ini", 4, k_pypirc),
    ("django-settings", "python", 6, k_settings),
    ("readme", "markdown", 8, k_readme),
    ("shell", "shell", 7, k_script),
    ("java", "java", 6, k_java),
    ("go", "go", 6, k_go),
    ("rust", "rust", 5, k_rust),
    ("php", "php", 6, k_php),
    ("ruby", "ruby", 5, k_ruby),
    ("csharp", "csharp", 6, k_csharp),
    ("github-actions", "yaml", 4, k_github_actions),
    ("gitlab-ci", "yaml", 3, k_gitlab_ci),
    ("aws-credentials", "ini", 3, k_aws_credentials),
    ("kubeconfig", "yaml", 2, k_kubeconfig),
    ("gcp-service-account", "json", 2, k_gcp_sa),
    ("nginx", "nginx", 3, k_nginx),
    ("log", "text", 6, k_log),
    ("sql", "sql", 4, k_sql),
    ("netrc", "text", 5, k_netrc),
    ("js-config", "javascript", 5, k_jsconfig),
    ("python-script", "python", 6, k_pyscript),
    ("jenkinsfile", "groovy", 2, k_jenkins),
    ("inventory", "ini", 4, k_inventory),
    ("http", "http", 3, k_http),
    ("html", "html", 3, k_html),
    ("lockfile", "text", 4, k_lockfile),
    ("helm-values", "yaml", 3, k_helm),
    ("notebook", "json", 3, k_notebook),
    ("env-example", "dotenv", 10, k_env_example),
    ("changelog", "markdown", 5, k_changelog),
    ("checksums", "text", 3, k_checksums),
    ("openapi", "yaml", 4, k_openapi),
    ("docker-inspect", "json", 3, k_docker_inspect),
    ("netplan", "yaml", 3, k_netplan),
    ("pytest", "python", 8, k_pytest),
    ("patch", "diff", 4, k_patch),
    ("css", "css", 2, k_css),
]


def k_yaml(doc):
    default_path(doc, "config/«service».yaml")
    some(doc, YAML, 3, 5, sep="\n")


def k_json(doc):
    default_path(doc, "config/«service».json")
    doc.put("{\n")
    for tpl in doc.pick(JSON, doc.R.randint(3, 5)):
        for line in tpl.split("\n"):
            doc.put(f"  {line},\n")
    doc.put('  "enabled": true\n}\n')


KINDS = {name: (lang, fn) for name, lang, _, fn in SYNTH_KINDS}
KINDS.update({"yaml": ("yaml", k_yaml), "json": ("json", k_json)})

# Documents whose path carries a planted value (labels with "column": "path") or a look-alike.
PATH_DOCS = [
    ("users/⟦E path_email email⟧/profile.py", "python-script"),
    ("keys/key_⟦K aws_access_key_id aws_akid⟧.py", "python-script"),
    ("backups/⟦I ipv4 ipv4⟧/restore.sh", "shell"),
    ("inventory/host_vars/⟦I ipv4 ipv4⟧.yml", "yaml"),
    ("sites/⟦E path_email email⟧/wp-config.php", "php"),
    ("clients/⟦I ipv4 ipv4⟧/⟦E path_email email⟧/README.md", "readme"),
    ("mail/⟦E path_email email⟧/settings.json", "json"),
    ("hosts/⟦I ipv6 ipv6⟧/nginx.conf", "nginx"),
    ("tokens/⟦K npm_token npm⟧/.npmrc", "npmrc"),
    ("config/slack-⟦K slack_token slack⟧.env", "env"),
    ("uploads/⟦E path_email email⟧/deploy.log", "log"),
    ("exports/⟦I ipv4 ipv4⟧/dump.sql", "sql"),
    ("app/key_⟦K github_token gh⟧/config.js", "js-config"),
    ("certs/⟦I ipv4 ipv4⟧/kubeconfig.yaml", "kubeconfig"),
    ("profiles/⟦E path_email email⟧/Dockerfile", "dockerfile"),
    ("home/⟦E path_email email⟧/notes/⟦I ipv4 ipv4⟧.md", "readme"),
    ("vendor/⟦K hf_token hf⟧/train.py", "python-script"),
    ("releases/⟪version_string version4⟫/notes.md", "readme"),
    ("hosts/⟪private_ip private_ip⟫.yml", "yaml"),
    ("cache/⟪sha256 sha256⟫/meta.json", "json"),
    ("runs/⟪uuid uuid⟫/config.yaml", "yaml"),
    ("users/⟪example_email example_email⟫/settings.py", "django-settings"),
    ("snapshots/⟪date date⟫/seed.sql", "sql"),
    ("staging/⟪doc_ip doc_ipv4⟫/.env", "env"),
]


def build():
    """Every document, in output order (deterministic)."""
    docs = [real_doc(package, rel, True) for package, rel in UNTOUCHED]
    docs += [real_doc(package, rel, False) for package, rel in PLANTED]
    for name, lang, count, fn in SYNTH_KINDS:
        for i in range(count):
            doc = Doc(f"synth-{name}-{i + 1:02d}", lang)
            doc.kind = name
            fn(doc)
            docs.append(doc)
    for i, (path_tpl, name) in enumerate(PATH_DOCS):
        lang, fn = KINDS[name]
        doc = Doc(f"path-{i + 1:02d}-{name}", lang)
        doc.kind = f"{name} (value in path)"
        doc.set_path(path_tpl)
        fn(doc)
        docs.append(doc)
    return docs


def to_jsonl(docs):
    return "".join(json.dumps(doc.record(), ensure_ascii=False) + "\n" for doc in docs)


def _table(header, rows):
    out = [f"| {' | '.join(header)} |", "|" + "---|" * len(header)]
    out += [f"| {' | '.join(str(c) for c in row)} |" for row in rows]
    return "\n".join(out) + "\n"


def readme(docs):
    records = [doc.record() for doc in docs]
    labels = [lab for r in records for lab in r["labels"]]
    looks = [look for r in records for look in r["lookalikes"]]
    by_tag = Counter(lab["tag"] for lab in labels)
    by_kind = Counter((lab["tag"], lab["kind"]) for lab in labels)
    by_look = Counter(look["kind"] for look in looks)
    by_lang = Counter(r["lang"] for r in records)
    by_file_kind = Counter(d.kind for d in docs)
    origin = Counter("real, untouched" if d.untouched else "real, with planted snippets" if d.source
                     else "synthetic, value in path" if d.id.startswith("path-") else "synthetic" for d in docs)
    path_labels = sum(1 for lab in labels if lab.get("column") == "path")
    path_looks = sum(1 for look in looks if look.get("column") == "path")
    return f"""# Held-out labelled set for PII/secret redaction

`labels.jsonl` holds {len(records)} documents with {len(labels)} planted secrets and {len(looks)} planted
look-alikes that must survive redaction. It is an **evaluation set only**: it is never used to tune,
write or debug a detector. Whoever works on the detectors should not read `make_heldout.py` or the
contents of `labels.jsonl`; a detector fitted to them makes this set worthless as a check.

It is independent of the tuning set in `tests/data/redact/`: other real files, and templates and
contexts written separately, by someone who had not read the detectors, their tests or the tuning
set's generator, and without running `codelm redact` while writing them.

## What is in it

* **Real files** from permissively licensed packages, copied verbatim into `sources/` (package,
  version and license in `sources/LICENSES.md`, license texts beside them). Some are left untouched
  (nothing planted; they must come out of redaction unchanged), the others get planted snippets in
  their own language, inserted whole at top-level boundaries (between top-level statements, keys,
  sections or headings), so the rest of the file is byte for byte the original.
* **Synthetic files** of the kinds credentials really sit in: `.env`, compose files, Dockerfiles,
  Kubernetes manifests and kubeconfigs, Helm values, Terraform, Spring properties, `.npmrc`,
  `.pypirc`/`pip.conf`, AWS credentials, GCP service-account JSON, Django settings, READMEs, shell
  scripts, Java, Go, Rust, PHP, Ruby, C#, GitHub Actions, GitLab CI, Jenkinsfiles, nginx, logs, SQL,
  `.netrc`/`.git-credentials`/ssh config, Ansible inventories, `.http` files, HTML, notebooks, and
  lock files that carry only look-alikes.
* **Values in the path**: some documents carry a planted value (or a look-alike) in `path`
  ({path_labels} labels and {path_looks} look-alikes, marked `"column": "path"`, offsets into `path`).

Every planted value is random and of the real shape (key prefixes, lengths, alphabets, JWT
structure, PEM framing, public address ranges); none is a real credential. Look-alikes are the values
that must not be redacted: private, loopback, link-local, multicast, CGNAT and documentation
addresses, netmasks, version strings and OIDs with four dotted numbers, dates, UUIDs, git SHAs,
content hashes, SRI hashes, ETags, nonces, placeholders, environment look-ups and CI secret
references, template variables, e-mail addresses at reserved domains (`example.com/.org/.net`,
`*.example`, `*.test`, `*.invalid`, `localhost`), the words `password`/`port` as field names,
base64 images, numeric ids, public keys and certificates, and the AWS documentation example keys.

## Format

One JSON object per line:

```json
{{"id": "...", "lang": "python", "path": "some/path.py", "content": "...",
 "labels": [{{"tag": "PASSWORD", "start": 64, "end": 81, "kind": "url_password"}},
            {{"tag": "IP_ADDRESS", "start": 5264, "end": 5278, "kind": "ipv4_cidr", "suffix": "/32"}}],
 "lookalikes": [{{"kind": "private_ip", "start": 5313, "end": 5320}}]}}
```

Offsets are Python `str` offsets (half-open) into `content`, or into `path` when the span has
`"column": "path"`. Tags: `EMAIL`, `IP_ADDRESS`, `KEY`, `PASSWORD`. An `IP_ADDRESS` label never
includes a CIDR suffix or a port; the suffix is recorded as `"suffix"`. A `PASSWORD` label in a URL,
connection string or command line covers the password only. A PEM private key is labelled from
`-----BEGIN` to the closing `KEY-----`. `kind` is this set's own sub-category.

## Regenerate

```sh
python tests/data/redact_heldout/make_heldout.py
```

It rewrites `labels.jsonl` and this README from `sources/` only, with a fixed seed (one RNG per
document), in a second or two; the output is byte-identical on every run and machine, and
`tests/pipeline/test_redact_heldout_data.py` checks that and the spans. The script never imports
codelm. `--refresh-sources` copies the listed real files again from the running interpreter's
site-packages; that changes the set, so commit the new sources and outputs together.

## Counts

{_table(["origin", "documents"], sorted(origin.items()))}
{_table(["tag", "labels"], sorted(by_tag.items()))}
### Labels by kind

{_table(["tag", "kind", "labels"], [(t, k, n) for (t, k), n in sorted(by_kind.items())])}
### Look-alikes by kind

{_table(["kind", "look-alikes"], sorted(by_look.items()))}
### Documents by file kind

{_table(["file kind", "documents"], sorted(by_file_kind.items()))}
### Documents by language

{_table(["lang", "documents"], sorted(by_lang.items()))}"""


# --------------------------------------------------------------------------------------------
# Copying the real files (only with --refresh-sources).
# --------------------------------------------------------------------------------------------


def refresh_sources():
    from importlib import metadata

    by_package = {}
    for package, rel in UNTOUCHED + PLANTED:
        by_package.setdefault(package, []).append(rel)
    if SOURCES.exists():
        shutil.rmtree(SOURCES)
    rows = []
    for package in sorted(by_package):
        dist = metadata.distribution(package)
        target = SOURCES / package
        for rel in by_package[package]:
            (target / rel).parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(dist.locate_file(rel), target / rel)
        licenses = []
        for f in dist.files or []:
            parts = Path(str(f)).parts
            name = parts[-1]
            own = parts[0].endswith(".dist-info") and (len(parts) == 2 or parts[1:-1] == ("licenses",))
            if own and re.match(r"(LICEN[CS]E|COPYING|NOTICE)", name, re.I):
                shutil.copyfile(dist.locate_file(f), target / name)
                licenses.append(name)
        meta = dist.metadata
        license_name = meta.get("License-Expression")
        if not license_name:
            classifiers = [c.split("::")[-1].strip() for c in meta.get_all("Classifier") or [] if c.startswith("License")]
            license_name = ", ".join(classifiers) or (meta.get("License") or "").strip().splitlines()[0]
        rows.append((package, dist.version, license_name, ", ".join(sorted(licenses)),
                     "<br>".join(f"`{rel}`" for rel in sorted(by_package[package]))))
    (SOURCES / "LICENSES.md").write_text(
        "# Sources of the real files\n\nVerbatim copies of files from these packages (as installed in the "
        "project's virtualenv when the set was made), under their own licenses; each package's license "
        "files are in its folder.\n\n" + _table(["package", "version", "license", "license files", "files"], rows),
        encoding="utf-8")


def write(out_dir):
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    docs = build()
    with open(out_dir / "labels.jsonl", "w", encoding="utf-8", newline="\n") as f:
        f.write(to_jsonl(docs))
    with open(out_dir / "README.md", "w", encoding="utf-8", newline="\n") as f:
        f.write(readme(docs))
    return docs


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--out-dir", default=str(HERE), help="where to write labels.jsonl and README.md")
    parser.add_argument("--refresh-sources", action="store_true", help="copy the real files again from site-packages")
    args = parser.parse_args(argv)
    if args.refresh_sources:
        refresh_sources()
    docs = write(args.out_dir)
    n_labels = sum(len(d.content.labels) + len(d.path.labels) for d in docs)
    n_looks = sum(len(d.content.looks) + len(d.path.looks) for d in docs)
    print(f"{len(docs)} documents, {n_labels} labels, {n_looks} look-alikes -> {args.out_dir}", file=sys.stderr)


if __name__ == "__main__":
    main()
