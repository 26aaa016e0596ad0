"""Build held-out set 10 for `codelm redact --eval`.

Standard library only; never imports codelm.  Writes labels.jsonl and counts.json
next to this file, byte for byte identical on every run.

    python tests/data/redact_heldout_10/make_heldout_10.py
    python tests/data/redact_heldout_10/make_heldout_10.py --extract DIR   # recut excerpts

DIR holds the unpacked sdists (`<name>-<version>/...`) listed in SOURCES.
"""

import argparse
import collections
import ipaddress
import json
import random
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.dont_write_bytecode = True

import gen_h10  # noqa: E402
import templates_h10  # noqa: E402
from gen_h10 import CLOSE, K_OPEN, L_OPEN, SEP  # noqa: E402

SEED = "codelm-redact-heldout-10"
TAGS = ("EMAIL", "IP_ADDRESS", "KEY", "PASSWORD")

# package -> (sdist folder, licence file)
SOURCES = {
    "aioftp": ("aioftp-0.28.3", "license.txt"),
    "circus": ("circus-0.19.0", "LICENSE"),
    "dkimpy": ("dkimpy-1.1.8", "LICENSE"),
    "etcd3": ("etcd3-0.12.0", "LICENSE"),
    "ftputil": ("ftputil-5.2.0", "LICENSE"),
    "ip2location": ("ip2location-8.11.0", "LICENSE.TXT"),
    "iptools": ("iptools-0.7.0", "LICENSE"),
    "netifaces": ("netifaces-0.11.0", "LICENSE"),
    "netutils": ("netutils-1.19.2", "LICENSE"),
    "pygrok": ("pygrok-1.0.0", "LICENSE"),
    "pylibmc": ("pylibmc-1.6.3", "LICENSE"),
    "pyrad": ("pyrad-2.6.0", "LICENSE.txt"),
}

# (package, path, file type, max characters)
CARRIERS = [
    ("aioftp", "history.rst", "rst", 3500),
    ("aioftp", "pyproject.toml", "toml", 3500),
    ("aioftp", "tests/conftest.py", "python", 3500),
    ("circus", "CONTRIBUTORS.txt", "text", 900),
    ("circus", "Makefile", "makefile", 3500),
    ("circus", "buildout.cfg", "ini", 3500),
    ("dkimpy", "ChangeLog", "changelog", 3500),
    ("dkimpy", "dkim/tests/data/message.mbox", "mbox", 3500),
    ("dkimpy", "man/dknewkey.1", "troff", 3500),
    ("etcd3", "AUTHORS.rst", "rst", 3500),
    ("etcd3", "docs/usage.rst", "rst", 3500),
    ("etcd3", "setup.cfg", "ini", 3500),
    ("ftputil", "README.md", "markdown", 3500),
    ("ftputil", "tox.ini", "ini", 3500),
    ("ip2location", "README.md", "markdown", 3500),
    ("ip2location", "tests/test_webservice.py", "python", 3500),
    ("iptools", "README.md", "markdown", 3500),
    ("iptools", "iptools/ipv4.py", "python", 3500),
    ("iptools", "setup.py", "python", 3500),
    ("netifaces", "README.rst", "rst", 3500),
    ("netifaces", "netifaces.c", "c", 3500),
    ("netutils", "netutils/ip.py", "python", 3500),
    ("netutils", "netutils/ping.py", "python", 3500),
    ("netutils", "pyproject.toml", "toml", 3500),
    ("pygrok", "README.md", "markdown", 3500),
    ("pygrok", "pygrok/patterns/haproxy", "grok", 3500),
    ("pygrok", "tests/test_pygrok.py", "python", 3500),
    ("pylibmc", "docs/pooling.rst", "rst", 3500),
    ("pylibmc", "src/pylibmc/__main__.py", "python", 3500),
    ("pyrad", "README.rst", "rst", 3500),
    ("pyrad", "example/auth.py", "python", 3500),
    ("pyrad", "example/dictionary", "radius_dict", 3500),
    ("pyrad", "example/server.py", "python", 3500),
]

LANG_OF_FTYPE = {
    "rst": "restructuredtext", "toml": "toml", "python": "python", "text": "text", "makefile": "makefile",
    "ini": "ini", "changelog": "text", "mbox": "email", "troff": "roff", "markdown": "markdown",
    "c": "c", "grok": "text", "radius_dict": "text",
}

# Every e-mail- and IPv4-shaped string found in the excerpts, reviewed by hand.
# ("L", TAG, kind) -> labelled; ("K", kind) -> look-alike.  Keyed by the exact string.
_E = ("L", "EMAIL", "carrier_email")
_I = ("L", "IP_ADDRESS", "carrier_ip")
CARRIER_REVIEW = {
    ("aioftp", "pyproject.toml"): {s: _E for s in [
        "multisosnooley@gmail.com", "andrew.svetlov@gmail.com", "decaz89@gmail.com", "janne.ronkko@iki.fi",
        "ted@shlashdot.org", "contact@ported.pw", "t0rr@mail.ru", "michal@charemza.name",
        "paul@concertdaw.co.uk", "puddly3@gmail.com", "amdmi3@amdmi3.ru", "profile@redhat.com",
        "ryan@rcfox.ca", "thiago@bellini.dev"]},
    ("aioftp", "tests/conftest.py"): {"127.0.0.1": ("K", "loopback_ip")},
    ("circus", "CONTRIBUTORS.txt"): {s: _E for s in [
        "tarek@mozilla.com", "benoit@e-engura.com", "nchintomby@gmail.com", "ori.livneh@gmail.com",
        "petef@mozilla.com", "contact@cyberj.me", "jmorrison@mozilla.com", "xwraithanx@gmail.com",
        "sf@fermigier.com", "daker@ubuntu.com", "alexis@mozilla.com", "christian.perone@gmail.com",
        "stephane@wirtel.be", "paul@pogodan.com", "jamie.matthews@gmail.com", "npellegrino@mozilla.com",
        "ben.kampmann@gmail.com", "ben@groovie.org", "david@deadpansincerity.com", "j-mad@j-mad.com",
        ]},
    ("dkimpy", "dkim/tests/data/message.mbox"): {
        "scott@kitterman.com": _E, "com-scott@kitterman.com": _E, "com-bcc@kitterman.com": _E,
        "bcc@kitterman.com": _E, "mail@kerrickstaley.com": _E, "ncoghlan@gmail.com": _E,
        "barry@python.org": _E, "66.39.2.7": _I, "72.81.252.19": _I, "127.0.0.1": ("K", "loopback_ip"),
        "201103071423.13147.scott@kitterman.com": ("K", "message_id")},
    ("etcd3", "AUTHORS.rst"): {"louis@kragniz.eu": _E},
    ("ftputil", "README.md"): {"sschwarzer@sschwarzer.net": _E, "evan@bad.dynu.ca": _E},
    ("ip2location", "README.md"): {"support@ip2location.com": _E},
    ("ip2location", "tests/test_webservice.py"): {"8.8.8.8": _I},
    ("iptools", "README.md"): {"127.0.0.1": ("K", "loopback_ip"), "10.0.0.1": ("K", "private_ip"),
                               "10.0.0.19": ("K", "private_ip"), "172.16.0.2": ("K", "private_ip")},
    ("iptools", "iptools/ipv4.py"): {"0.0.0.0": ("K", "unspecified_ip"), "10.0.0.0": ("K", "private_ip")},
    ("iptools", "setup.py"): {"bd808@bd808.com": _E},
    ("netifaces", "README.rst"): {"127.0.0.1": ("K", "loopback_ip"), "255.0.0.0": ("K", "netmask")},
    ("netutils", "netutils/ip.py"): {
        "10.1.1.1": ("K", "private_ip"), "10.1.1.0": ("K", "private_ip"), "192.168.1.0": ("K", "private_ip"),
        "192.168.1.4": ("K", "private_ip"), "192.168.1.8": ("K", "private_ip"), "192.168.1.12": ("K", "private_ip")},
    ("netutils", "netutils/ping.py"): {"1.1.1.1": _I, "1.0.100.0": _I},
    ("netutils", "pyproject.toml"): {"opensource@networktocode.com": _E},
    ("pygrok", "README.md"): {"garygaowork@gmail.com": _E},
    ("pygrok", "tests/test_pygrok.py"): {"192.168.1.1": ("K", "private_ip"), "14.18.243.65": _I},
    ("pylibmc", "docs/pooling.rst"): {"10.0.1.1": ("K", "private_ip"), "10.0.1.2": ("K", "private_ip"),
                                      "10.0.1.3": ("K", "private_ip"), "0.0.0.0": ("K", "unspecified_ip")},
    ("pylibmc", "src/pylibmc/__main__.py"): {"127.0.0.1": ("K", "loopback_ip")},
    ("pyrad", "example/auth.py"): {"127.0.0.1": ("K", "loopback_ip"), "192.168.1.10": ("K", "private_ip"),
                                   "10.0.0.100": ("K", "private_ip")},
    ("pyrad", "example/dictionary"): {"1.1.1.1": ("K", "version")},
    ("pyrad", "example/server.py"): {"192.168.0.1": ("K", "private_ip"), "127.0.0.1": ("K", "loopback_ip"),
                                     "0.0.0.0": ("K", "unspecified_ip")},
}

EMAIL_RE = re.compile(r"[A-Za-z0-9._%+\-]+@[A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)*\.[A-Za-z]{2,}")
IPV4_RE = re.compile(r"(?<![\d.])\d{1,3}(?:\.\d{1,3}){3}(?!\.?\d)")
MARK_RE = re.compile(
    re.escape(L_OPEN) + "([^" + SEP + "]+)" + SEP + "([^" + SEP + "]+)" + SEP + "(.*?)" + CLOSE + "|" +
    re.escape(K_OPEN) + "([^" + SEP + "]+)" + SEP + "(.*?)" + CLOSE, re.S)
RESERVED_EMAIL_DOMAINS = ("example.com", "example.net", "example.org")
RESERVED_SUFFIXES = (".example", ".test", ".invalid", ".localhost", "localhost")
IP_LOOK_KINDS = ("_ip", "ipv6", "netmask", "ip_")


def parse_marked(text):
    """Strip markers, return (plain text, labels, look-alikes)."""
    out, labels, looks, pos = [], [], [], 0
    cur = 0
    for m in MARK_RE.finditer(text):
        out.append(text[pos:m.start()])
        cur += m.start() - pos
        if m.group(1) is not None:
            tag, kind, val = m.group(1), m.group(2), m.group(3)
            assert tag in TAGS, tag
            labels.append({"tag": tag, "start": cur, "end": cur + len(val), "kind": kind})
        else:
            kind, val = m.group(4), m.group(5)
            looks.append({"kind": kind, "start": cur, "end": cur + len(val)})
        assert L_OPEN not in val and K_OPEN not in val, val
        out.append(val)
        cur += len(val)
        pos = m.end()
    out.append(text[pos:])
    plain = "".join(out)
    for ch in (L_OPEN, K_OPEN, SEP, CLOSE):
        assert ch not in plain, "stray marker"
    return plain, labels, looks


def email_ok(addr):
    local, _, domain = addr.rpartition("@")
    assert local and domain and "." in domain, addr
    assert re.fullmatch(r"[A-Za-z0-9._%+\-]+", local), addr
    assert re.fullmatch(r"[A-Za-z0-9\-]+(\.[A-Za-z0-9\-]+)*\.[A-Za-z]{2,}", domain), addr
    d = domain.lower()
    assert not any(d == r or d.endswith("." + r) for r in RESERVED_EMAIL_DOMAINS), addr
    assert not any(d.endswith(s) for s in RESERVED_SUFFIXES), addr


def check_doc(doc):
    text = doc["content"]
    spans = sorted([(l["start"], l["end"], "L", l["tag"], l["kind"]) for l in doc["labels"]] +
                   [(k["start"], k["end"], "K", None, k["kind"]) for k in doc["lookalikes"]])
    prev_end = -1
    for s, e, which, tag, kind in spans:
        assert 0 <= s < e <= len(text), (doc["id"], s, e)
        v = text[s:e]
        assert v == v.strip(), (doc["id"], repr(v))
        assert s >= prev_end, (doc["id"], "overlap", v)
        prev_end = e
        if which == "L" and tag == "IP_ADDRESS":
            a = ipaddress.ip_address(v)
            assert a.is_global and not a.is_multicast, (doc["id"], v)
        if which == "L" and tag == "EMAIL":
            email_ok(v)
        if which == "K" and any(x in kind for x in IP_LOOK_KINDS):
            try:
                a = ipaddress.ip_address(v)
            except ValueError:
                a = None
            if a is not None:
                assert (not a.is_global) or a.is_multicast, (doc["id"], v, kind)
    ranges = [(s, e) for s, e, *_ in spans]

    def covered(ms, me, at=None):
        for s, e in ranges:
            if s <= ms and me <= e:
                return True
            if at is not None and s <= ms < e and e == at:
                return True
        return False

    for m in EMAIL_RE.finditer(text):
        assert covered(m.start(), m.end(), at=text.index("@", m.start())), (doc["id"], "uncovered email", m.group())
    for m in IPV4_RE.finditer(text):
        assert covered(m.start(), m.end()), (doc["id"], "uncovered ipv4", m.group())
    if doc["lang"] == "python":
        compile(text, doc["path"], "exec")
    if doc["lang"] in ("json", "ipynb"):
        json.loads(text)
    if doc["lang"] == "jsonl":
        for line in text.splitlines():
            if line.strip():
                json.loads(line)


def excerpt_path(pkg, path):
    return HERE / "sources" / pkg / path


def cut(text, limit, python):
    if len(text) > limit:
        text = text[:limit]
        text = text[: text.rfind("\n") + 1]
    if python:
        while True:
            try:
                compile(text, "x", "exec")
                break
            except SyntaxError:
                text = text[: text.rstrip("\n").rfind("\n") + 1]
    return text


def extract(src_dir):
    src_dir = Path(src_dir)
    for pkg, path, ftype, limit in CARRIERS:
        folder, lic = SOURCES[pkg]
        raw = (src_dir / folder / path).read_text(encoding="utf-8")
        ex = cut(raw, limit, ftype == "python")
        dst = excerpt_path(pkg, path)
        dst.parent.mkdir(parents=True, exist_ok=True)
        dst.write_text(ex, encoding="utf-8", newline="")
        (HERE / "sources" / pkg / lic).write_text((src_dir / folder / lic).read_text(encoding="utf-8"), encoding="utf-8", newline="")


def carrier_docs():
    docs = []
    for pkg, path, ftype, _limit in CARRIERS:
        ex = excerpt_path(pkg, path).read_text(encoding="utf-8")
        review = CARRIER_REVIEW.get((pkg, path), {})
        labels, looks = [], []
        seen = set()
        for rx in (EMAIL_RE, IPV4_RE):
            for m in rx.finditer(ex):
                s = m.group()
                assert s in review, (pkg, path, "unreviewed", s)
                seen.add(s)
                d = review[s]
                if d[0] == "L":
                    labels.append({"tag": d[1], "start": m.start(), "end": m.end(), "kind": d[2]})
                else:
                    looks.append({"kind": d[1], "start": m.start(), "end": m.end()})
        assert seen == set(review), (pkg, path, set(review) - seen)
        rng = random.Random(f"{SEED}:carrier:{pkg}/{path}")
        g = gen_h10.G(rng)
        snippet = templates_h10.carrier_snippet(ftype, g, pkg, path)
        if not ex.endswith("\n"):
            ex_join = ex + "\n"
        else:
            ex_join = ex
        plain, sl, sk = parse_marked(snippet)
        off = len(ex_join)
        for l in sl:
            labels.append({"tag": l["tag"], "start": l["start"] + off, "end": l["end"] + off, "kind": "snippet_" + l["kind"]})
        for k in sk:
            looks.append({"kind": k["kind"], "start": k["start"] + off, "end": k["end"] + off})
        content = ex_join + plain
        assert content.startswith(ex)
        labels.sort(key=lambda x: (x["start"], x["end"]))
        looks.sort(key=lambda x: (x["start"], x["end"]))
        slug = path.replace("/", "-")
        docs.append({"id": f"h10-real-{pkg}-{slug}", "lang": LANG_OF_FTYPE[ftype], "path": f"{pkg}/{path}",
                     "content": content, "labels": labels, "lookalikes": looks, "_class": "real carrier"})
    return docs


def synthetic_docs():
    docs = []
    names = set()
    for t in templates_h10.TEMPLATES:
        assert t.name not in names, t.name
        names.add(t.name)
        for n in range(3):
            g = gen_h10.G(random.Random(f"{SEED}:{t.name}:{n}"))
            marked = t.fn(g)
            plain, labels, looks = parse_marked(marked)
            docs.append({"id": f"h10-syn-{t.name}-{n}", "lang": t.lang, "path": t.path(g, n) if callable(t.path) else t.path,
                         "content": plain, "labels": labels, "lookalikes": looks, "_class": t.cls})
    return docs


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--extract", metavar="DIR")
    a = ap.parse_args()
    if a.extract:
        extract(a.extract)
    docs = carrier_docs() + synthetic_docs()
    ids = set()
    for d in docs:
        assert d["id"] not in ids, d["id"]
        ids.add(d["id"])
        check_doc(d)
    by_tag = collections.Counter()
    by_kind = collections.Counter()
    by_class = collections.Counter()
    look_kinds = collections.Counter()
    for d in docs:
        for l in d["labels"]:
            by_tag[l["tag"]] += 1
            by_kind[f'{l["tag"]}/{l["kind"]}'] += 1
            by_class[f'{l["tag"]}|{d["_class"]}'] += 1
        for k in d["lookalikes"]:
            look_kinds[k["kind"]] += 1
    n_real = sum(1 for d in docs if d["id"].startswith("h10-real-"))
    counts = {
        "documents": len(docs), "real_documents": n_real, "synthetic_documents": len(docs) - n_real,
        "templates": len(templates_h10.TEMPLATES),
        "labels": {t: by_tag[t] for t in TAGS}, "labels_total": sum(by_tag.values()),
        "lookalikes": sum(look_kinds.values()),
        "labels_by_kind": dict(sorted(by_kind.items())),
        "labels_by_class": {k: v for k, v in sorted(by_class.items())},
        "lookalike_kinds": dict(sorted(look_kinds.items())),
    }
    with open(HERE / "labels.jsonl", "w", encoding="utf-8", newline="\n") as f:
        for d in docs:
            rec = {k: d[k] for k in ("id", "lang", "path", "content", "labels", "lookalikes")}
            f.write(json.dumps(rec, ensure_ascii=False, sort_keys=False) + "\n")
    with open(HERE / "counts.json", "w", encoding="utf-8", newline="\n") as f:
        json.dump(counts, f, ensure_ascii=False, indent=1)
        f.write("\n")
    print(json.dumps({k: counts[k] for k in ("documents", "labels", "lookalikes")}))


if __name__ == "__main__":
    main()
