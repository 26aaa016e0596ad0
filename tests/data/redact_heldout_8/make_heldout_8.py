#!/usr/bin/env python3
"""Build the eighth held-out labelled set for PII/secret redaction.

Standard library only; never imports codelm. Rewrites labels.jsonl and counts.json byte-identically.
`--extract DIR` recuts the carrier excerpts from sdists unpacked in DIR (one NAME-VERSION folder each).
"""
import ast
import collections
import ipaddress
import json
import os
import random
import re
import shutil
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import gen_h8 as g  # noqa: E402
from templates_h8 import TEMPLATES  # noqa: E402

SEED = "codelm-redact-heldout-8"
MAX_CHARS = 3500

# package -> (sdist folder, version, licence file, licence name, sdist sha256)
PACKAGES = {
    "validators": ("validators-0.36.0", "0.36.0", "LICENSE.txt", "MIT",
                   "92ad9ed00bbed320b784cec0ea90b213cf08904cf605b3d0852cfa4108e32a2c"),
    "furl": ("furl-2.1.4", "2.1.4", "LICENSE.md", "Unlicense",
             "877657501266c929269739fb5f5980534a41abd6bbabcb367c136d1d3b2a6015"),
    "rfc3986": ("rfc3986-2.0.0", "2.0.0", "LICENSE", "Apache-2.0",
                "97aacf9dbd4bfd829baad6e6309fa6573aaf1be3f6fa735c8ab05e46cecb261c"),
    "python-json-logger": ("python_json_logger-4.2.0", "4.2.0", "LICENSE", "BSD-2-Clause",
                           "e371ebe22ec01e289850102091a2b1f6fc9e655c7f1f5f29073936756c290afa"),
    "httpretty": ("httpretty-1.1.4", "1.1.4", "COPYING", "MIT",
                  "20de0e5dd5a18292d36d928cc3d6e52f8b2ac73daec40d41eb62dee154933b68"),
    "freezegun": ("freezegun-1.5.5", "1.5.5", "LICENSE", "Apache-2.0",
                  "ac7742a6cc6c25a2c35e9292dfd554b897b517d2dec26891a2e8debf205cb94a"),
    "python-hosts": ("python-hosts-1.1.3", "1.1.3", "LICENSE.txt", "MIT",
                     "c0a757b03a052755e9c4063f507c9ed9614a3ded28c5dd8782d182cd3d3b2aae"),
    "requests-mock": ("requests-mock-1.12.1", "1.12.1", "LICENSE", "Apache-2.0",
                      "e9e12e333b525156e82a3c852f22016b9158220d2f47454de9cae8a77d371401"),
    "betamax": ("betamax-0.9.0", "0.9.0", "LICENSE", "Apache-2.0",
                "82316e1679bc6879e3c83318d016b54b7c9225ff08c4462de4813e22038d5f94"),
    "websocket-client": ("websocket_client-1.9.2", "1.9.2", "LICENSE", "Apache-2.0",
                         "0fcb57545848be86992e128218fd96dd87a6769ffdb1a968dff79632b85604d0"),
    "pysocks": ("PySocks-1.7.1", "1.7.1", "LICENSE", "BSD-3-Clause",
                "3f8804571ebe159c380ac6de37643bb4685970655d3bba243530d6558b799aa0"),
    "ntplib": ("ntplib-0.4.0", "0.4.0", "LICENSE", "MIT",
               "899d8fb5f8c2555213aea95efca02934c7343df6ace9d7628a5176b176906267"),
}

# (package, path in sdist, lang, snippet style)
CARRIERS = [
    ("validators", "src/validators/ip_address.py", "python", "python"),
    ("validators", "README.md", "markdown", "markdown"),
    ("validators", "mkdocs.yml", "yaml", "yaml"),
    ("furl", "README.md", "markdown", "markdown"),
    ("furl", "furl/furl.py", "python", "python"),
    ("rfc3986", "docs/source/user/building.rst", "restructuredtext", "rst"),
    ("rfc3986", "tests/test_uri.py", "python", "python"),
    ("rfc3986", "setup.cfg", "ini", "ini"),
    ("python-json-logger", "README.md", "markdown", "markdown"),
    ("python-json-logger", "src/pythonjsonlogger/core.py", "python", "python"),
    ("python-json-logger", "pyproject.toml", "toml", "toml"),
    ("httpretty", "Makefile", "makefile", "makefile"),
    ("httpretty", "tox.ini", "ini", "ini"),
    ("httpretty", "docs/source/introduction.rst", "restructuredtext", "rst"),
    ("freezegun", "README.rst", "restructuredtext", "rst"),
    ("freezegun", "tox.ini", "ini", "ini"),
    ("freezegun", "CHANGELOG", "text", "text"),
    ("python-hosts", "README.md", "markdown", "markdown"),
    ("python-hosts", "python_hosts/hosts.py", "python", "python"),
    ("python-hosts", "docs/make.bat", "batch", "batch"),
    ("python-hosts", "docs/usage.rst", "restructuredtext", "rst"),
    ("requests-mock", ".github/workflows/unit-test.yaml", "yaml", "yaml"),
    ("requests-mock", "doc/source/matching.rst", "restructuredtext", "rst"),
    ("requests-mock", "requests_mock/adapter.py", "python", "python"),
    ("betamax", "README.rst", "restructuredtext", "rst"),
    ("betamax", "AUTHORS.rst", "restructuredtext", "rst"),
    ("websocket-client", "README.md", "markdown", "markdown"),
    ("websocket-client", "examples/echoapp_client.py", "python", "python"),
    ("websocket-client", "websocket/tests/data/header01.txt", "http", "text"),
    ("websocket-client", "websocket/_url.py", "python", "python"),
    ("pysocks", "README.md", "markdown", "markdown"),
    ("pysocks", "socks.py", "python", "python"),
    ("ntplib", "ntplib.py", "python", "python"),
    ("ntplib", "README.md", "markdown", "markdown"),
]

# Every e-mail- and IPv4-shaped string found in an excerpt, reviewed by hand:
# value -> ("EMAIL"|"IP_ADDRESS", kind) for a label, or ("LOOK", kind) for a look-alike.
CARRIER_REVIEW = {
    ("validators", "src/validators/ip_address.py"): {
        "0.0.0.0": ("LOOK", "carrier_unspecified_ip"), "1.1.1.1": ("IP_ADDRESS", "carrier_ip"),
        "123.0.0.7": ("IP_ADDRESS", "carrier_ip"),
        "900.80.70.11": ("LOOK", "carrier_invalid_ip")},
    ("validators", "README.md"): {"someone@example.com": ("LOOK", "carrier_example_email")},
    ("furl", "README.md"): {"grunseid+icecream@gmail.com": ("EMAIL", "carrier_email")},
    ("furl", "furl/furl.py"): {"grunseid@gmail.com": ("EMAIL", "carrier_email")},
    ("rfc3986", "tests/test_uri.py"): {"user@example.com": ("LOOK", "carrier_example_email")},
    ("rfc3986", "setup.cfg"): {"graffatcolmingov@gmail.com": ("EMAIL", "carrier_email")},
    ("python-json-logger", "pyproject.toml"): {
        "info+python-json-logger@nicholashairs.com": ("EMAIL", "carrier_email"),
        "zak@madzak.com": ("EMAIL", "carrier_email")},
    ("python-hosts", "README.md"): {"1.2.3.4": ("IP_ADDRESS", "carrier_ip")},
    ("python-hosts", "docs/usage.rst"): {"1.2.3.4": ("IP_ADDRESS", "carrier_ip")},
    ("betamax", "AUTHORS.rst"): {
        "bbzbryce@gmail.com": ("EMAIL", "carrier_email"), "graffatcolmingov@gmail.com": ("EMAIL", "carrier_email"),
        "jarhill0@gmail.com": ("EMAIL", "carrier_email"), "me@kennethreitz.com": ("EMAIL", "carrier_email")},
    ("pysocks", "README.md"): {"5.5.5.5": ("IP_ADDRESS", "carrier_ip"), "127.0.0.1": ("LOOK", "carrier_loopback_ip")},
    ("ntplib", "ntplib.py"): {"cf.natali@gmail.com": ("EMAIL", "carrier_email")},
    ("ntplib", "README.md"): {"193.190.230.66": ("IP_ADDRESS", "carrier_ip")},
}

EMAIL_RE = re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}")
IPV4_RE = re.compile(r"(?<![\w.])\d{1,3}(?:\.\d{1,3}){3}(?!\.?\d)")
RESERVED_TLDS = {"test", "example", "invalid", "localhost", "local", "lan", "internal", "home", "arpa"}
RESERVED_SLD = {"example.com", "example.org", "example.net"}


def is_reserved_domain(dom):
    dom = dom.lower()
    parts = dom.split(".")
    return parts[-1] in RESERVED_TLDS or ".".join(parts[-2:]) in RESERVED_SLD


# ------------------------------------------------------------ carrier snippets
SNIPPETS = {
    "python": [
        r'''

# --- local overrides used while debugging the release (remove before tagging) ---
RELEASE_UPLOAD_HOST = "⟪h⟫"
RELEASE_UPLOAD_PASSWORD = "⟪p⟫"
RELEASE_GITHUB_TOKEN = "⟪k⟫"
RELEASE_NOTIFY = "⟪m⟫"
RELEASE_MIRROR = "⟪pr⟫"
''',
        r'''

if False:  # pragma: no cover - manual smoke test against the staging box
    _SMOKE = {
        "url": "https://smoke:⟪p⟫@⟪h⟫/v1/",
        "token": "⟪k⟫",
        "owner": "⟪m⟫",
        "fallback": "⟪pr⟫",
    }
''',
        r'''

_TEST_ACCOUNT = dict(
    email="⟪m⟫",
    password="⟪p⟫",
    api_key="⟪k⟫",
    upstream="⟪h⟫",
    sandbox="⟪pr⟫",
)
''',
    ],
    "markdown": [
        r'''

## Maintainer notes

The nightly benchmark box is `⟪h⟫` (log in as `bench` / `⟪p⟫`); results are mailed to ⟪m⟫.
Docs preview token: `⟪k⟫`. The cache lives on `⟪pr⟫`.
''',
        r'''

<!-- release checklist (private):
  HOST=⟪h⟫  TOKEN=⟪k⟫
  fallback mirror ⟪pr⟫, ping ⟪m⟫ when done, mirror password ⟪p⟫
-->
''',
    ],
    "rst": [
        r'''

Deployment notes
----------------

.. code-block:: bash

    export DOCS_HOST=⟪h⟫
    export DOCS_DEPLOY_TOKEN=⟪k⟫
    sshpass -p '⟪p⟫' rsync -a _build/html/ docs@⟪h⟫:/srv/docs/
    # internal preview: ⟪pr⟫, questions to ⟪m⟫
''',
        r'''

.. note::

   The staging server at ⟪h⟫ uses the account ``staging`` with password ``⟪p⟫``.
   Its API key is ``⟪k⟫``; report problems to ⟪m⟫ (LAN address ⟪pr⟫).
''',
    ],
    "yaml": [
        r'''

# local overrides
x-deploy:
  host: ⟪h⟫
  password: ⟪p⟫
  token: ⟪k⟫
  notify: ⟪m⟫
  cache: ⟪pr⟫
''',
    ],
    "ini": [
        r'''

[testenv:integration]
setenv =
    INTEGRATION_HOST = ⟪h⟫
    INTEGRATION_PASSWORD = ⟪p⟫
    INTEGRATION_TOKEN = ⟪k⟫
    INTEGRATION_CONTACT = ⟪m⟫
    INTEGRATION_CACHE = ⟪pr⟫
''',
    ],
    "toml": [
        r'''

[tool.release-bot]
host = "⟪h⟫"
password = "⟪p⟫"
token = "⟪k⟫"
notify = "⟪m⟫"
cache = "⟪pr⟫"
''',
    ],
    "makefile": [
        r'''

upload-docs:
	curl -u docs:⟪p⟫ -T docs.tar.gz https://⟪h⟫/upload/
	curl -H "Authorization: token ⟪k⟫" https://api.github.com/repos/o/r/dispatches
	@echo "done, tell ⟪m⟫ (cache ⟪pr⟫)"
''',
    ],
    "batch": [
        r'''

REM local build server
set DOCS_HOST=⟪h⟫
set DOCS_PASSWORD=⟪p⟫
set DOCS_TOKEN=⟪k⟫
set DOCS_CONTACT=⟪m⟫
set DOCS_CACHE=⟪pr⟫
''',
    ],
    "text": [
        r'''

Internal: staging host ⟪h⟫, login admin / ⟪p⟫, token ⟪k⟫, contact ⟪m⟫, LAN ⟪pr⟫
''',
    ],
}

SNIPPET_KEYS = ["github_pat", "pypi_token", "npm_token", "gitlab_pat", "slack_bot_token", "sendgrid_api_key",
                "openai_api_key", "huggingface_token", "readthedocs_token", "codecov_token"]


def snippet_env(rng, style):
    kk = rng.choice(SNIPPET_KEYS)
    if kk == "readthedocs_token":
        k = g.Lab("KEY", kk, g.rs(rng, 40, g.HEX))
    elif kk == "codecov_token":
        k = g.Lab("KEY", kk, g.uuid(rng).value)
    else:
        k = g.key(rng, kk)
    ctx = {"python": "url", "markdown": "plain", "rst": "shell", "yaml": "yaml", "ini": "ini", "toml": "quoted",
           "makefile": "url", "batch": "bat", "text": "plain"}[style]
    env = {"h": g.ip(rng), "p": g.pw(rng, ctx), "k": k, "m": g.email(rng), "pr": g.private_ip(rng)}
    return env


# ------------------------------------------------------------ excerpt extraction
def cut(text, is_python):
    if len(text) <= MAX_CHARS:
        t = text
    else:
        t = text[:MAX_CHARS]
        t = t[: t.rfind("\n") + 1]
    if not t.endswith("\n"):
        t = t[: t.rfind("\n") + 1] if "\n" in t else t
    if is_python:
        while t:
            try:
                compile(t, "<excerpt>", "exec")
                break
            except SyntaxError:
                t = t[: t.rstrip("\n").rfind("\n") + 1]
    return t


def extract(src_dir):
    for pkg, path, lang, _ in CARRIERS:
        folder, _, lic, _, _ = PACKAGES[pkg]
        with open(os.path.join(src_dir, folder, path), encoding="utf-8", newline="") as f:
            text = f.read()
        ex = cut(text, lang == "python")
        dst = os.path.join(HERE, "sources", pkg, path)
        os.makedirs(os.path.dirname(dst), exist_ok=True)
        with open(dst, "w", encoding="utf-8", newline="") as f:
            f.write(ex)
        shutil.copyfile(os.path.join(src_dir, folder, lic), os.path.join(HERE, "sources", pkg, lic))


def read_excerpt(pkg, path):
    with open(os.path.join(HERE, "sources", pkg, path), encoding="utf-8", newline="") as f:
        return f.read()


# ------------------------------------------------------------ documents
def carrier_docs():
    docs = []
    for pkg, path, lang, style in CARRIERS:
        ex = read_excerpt(pkg, path)
        review = CARRIER_REVIEW.get((pkg, path), {})
        labels, looks = [], []
        seen = set()
        for rx in (EMAIL_RE, IPV4_RE):
            for m in rx.finditer(ex):
                s = m.group(0)
                if rx is IPV4_RE and not all(0 <= int(x) <= 999 for x in s.split(".")):
                    continue
                assert s in review, f"unreviewed string {s!r} in {pkg}/{path}"
                seen.add(s)
                tag, kind = review[s]
                if tag == "LOOK":
                    looks.append({"kind": kind, "start": m.start(), "end": m.end()})
                else:
                    labels.append({"tag": tag, "start": m.start(), "end": m.end(), "kind": kind})
        assert seen == set(review), f"review entries not found in {pkg}/{path}: {set(review) - seen}"
        rng = random.Random(f"{SEED}:carrier:{pkg}/{path}")
        snip = rng.choice(SNIPPETS[style])
        text, sl, sk = g.render(snip, snippet_env(rng, style))
        off = len(ex)
        for lab in sl:
            labels.append({"tag": lab["tag"], "start": lab["start"] + off, "end": lab["end"] + off,
                           "kind": "snippet_" + lab["kind"]})
        for lk in sk:
            looks.append({"kind": "snippet_" + lk["kind"], "start": lk["start"] + off, "end": lk["end"] + off})
        content = ex + text
        assert content.startswith(read_excerpt(pkg, path))
        docs.append({"id": f"h8-real-{pkg}-{path}", "lang": lang, "path": f"{pkg}/{path}", "content": content,
                     "labels": sorted(labels, key=lambda x: x["start"]),
                     "lookalikes": sorted(looks, key=lambda x: x["start"]), "_class": "real carrier"})
    return docs


def synthetic_docs():
    docs = []
    names = set()
    for name, lang, cls, fn in TEMPLATES:
        assert name not in names, name
        names.add(name)
        for n in range(3):
            rng = random.Random(f"{SEED}:{name}:{n}")
            path, text, env = fn(rng)
            content, labels, looks = g.render(text, env)
            docs.append({"id": f"h8-syn-{name}-{n}", "lang": lang, "path": path, "content": content,
                         "labels": labels, "lookalikes": looks, "_class": cls})
    return docs


def check(doc):
    c = doc["content"]
    spans = []
    for lab in doc["labels"]:
        s, e = lab["start"], lab["end"]
        v = c[s:e]
        assert 0 <= s < e <= len(c), doc["id"]
        assert v == v.strip(), (doc["id"], v)
        assert lab["tag"] in ("EMAIL", "IP_ADDRESS", "KEY", "PASSWORD"), lab
        if lab["tag"] == "IP_ADDRESS":
            assert ipaddress.ip_address(v).is_global, (doc["id"], v)
        if lab["tag"] == "EMAIL":
            assert EMAIL_RE.fullmatch(v), (doc["id"], v)
            assert not is_reserved_domain(v.rsplit("@", 1)[1]), (doc["id"], v)
        spans.append((s, e))
    for lk in doc["lookalikes"]:
        s, e = lk["start"], lk["end"]
        v = c[s:e]
        assert 0 <= s < e <= len(c) and v == v.strip(), (doc["id"], v)
        if lk["kind"].endswith("_ip") or lk["kind"].endswith("_ipv6"):
            if "invalid" not in lk["kind"]:
                a = ipaddress.ip_address(v)
                assert (not a.is_global) or a.is_multicast, (doc["id"], v)
        if lk["kind"].endswith("email") and "@" in v:
            dom = v.rsplit("@", 1)[1]
            assert is_reserved_domain(dom) or dom == "users.noreply.github.com", (doc["id"], v)
        spans.append((s, e))
    spans.sort()
    for (s1, e1), (s2, e2) in zip(spans, spans[1:]):
        assert e1 <= s2, (doc["id"], c[s1:e1], c[s2:e2])
    # every e-mail / IPv4 shape must be covered by a span (labelled or look-alike)
    for rx in (EMAIL_RE, IPV4_RE):
        for m in rx.finditer(c):
            if rx is IPV4_RE:
                try:
                    ipaddress.ip_address(m.group(0))
                except ValueError:
                    if not any(s <= m.start() and m.end() <= e for s, e in spans):
                        continue
            if rx is EMAIL_RE and any(e == m.start() + m.group(0).index("@") for s, e in spans):
                continue  # URL userinfo: the secret before '@' is the span, the host is not an e-mail
            assert any(s <= m.start() and m.end() <= e for s, e in spans), (doc["id"], m.group(0))
    if doc["lang"] == "python":
        compile(c, doc["path"], "exec")
    if doc["lang"] == "json":
        json.loads(c)
    if doc["lang"] == "jsonl":
        for line in c.splitlines():
            json.loads(line)


def main():
    if len(sys.argv) == 3 and sys.argv[1] == "--extract":
        extract(sys.argv[2])
    docs = carrier_docs() + synthetic_docs()
    ids = set()
    by_tag, by_class, by_kind, look_kinds = (collections.Counter() for _ in range(4))
    n_look = 0
    for d in docs:
        assert d["id"] not in ids, d["id"]
        ids.add(d["id"])
        check(d)
        for lab in d["labels"]:
            by_tag[lab["tag"]] += 1
            by_class[f"{lab['tag']}/{d['_class']}"] += 1
            by_kind[f"{lab['tag']}/{lab['kind']}"] += 1
        for lk in d["lookalikes"]:
            look_kinds[lk["kind"]] += 1
            n_look += 1
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for d in docs:
            out = {k: d[k] for k in ("id", "lang", "path", "content", "labels", "lookalikes")}
            f.write(json.dumps(out, ensure_ascii=False, sort_keys=False) + "\n")
    real = sum(1 for d in docs if d["_class"] == "real carrier")
    counts = {
        "documents": {"real": real, "synthetic": len(docs) - real, "total": len(docs)},
        "templates": len(TEMPLATES),
        "labels_by_tag": dict(sorted(by_tag.items())),
        "lookalikes": n_look,
        "labels_by_class": dict(sorted(by_class.items())),
        "labels_by_kind": dict(sorted(by_kind.items())),
        "lookalike_kinds": dict(sorted(look_kinds.items())),
    }
    with open(os.path.join(HERE, "counts.json"), "w", encoding="utf-8", newline="\n") as f:
        f.write(json.dumps(counts, indent=1, ensure_ascii=False) + "\n")
    print(json.dumps({"documents": counts["documents"], "labels_by_tag": counts["labels_by_tag"],
                      "lookalikes": n_look}))


if __name__ == "__main__":
    main()
