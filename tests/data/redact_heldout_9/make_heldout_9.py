#!/usr/bin/env python3
"""Build held-out set 9 for `codelm redact --eval` (standard library only; never imports codelm).

    python tests/data/redact_heldout_9/make_heldout_9.py            # writes labels.jsonl and counts.json
    python tests/data/redact_heldout_9/make_heldout_9.py --extract DIR   # recut sources/ from sdists unpacked in DIR
"""

import argparse
import collections
import ipaddress
import json
import os
import random
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import templates_h9 as T  # noqa: E402

SEED = "codelm-redact-heldout-9"
RENDERINGS = 3
MAX_EXCERPT = 3500

EMAIL_RE = re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}")
IPV4_RE = re.compile(r"(?<![\d.])\d{1,3}(?:\.\d{1,3}){3}(?!\d)(?!\.\d)")
TAGS = ("EMAIL", "IP_ADDRESS", "KEY", "PASSWORD")

# package -> (version, licence, licence file, sdist file name, sdist sha256)
SOURCES = {
    "envelopes": ("0.4", "MIT", "LICENSE", "Envelopes-0.4.tar.gz"),
    "django-ipware": ("8.0.0", "MIT", "LICENSE", "django_ipware-8.0.0.tar.gz"),
    "graypy": ("2.1.0", "BSD-3-Clause", "LICENSE", "graypy-2.1.0.tar.gz"),
    "ovh": ("1.2.0", "BSD-3-Clause", "LICENSE", "ovh-1.2.0.tar.gz"),
    "pyhocon": ("0.3.63", "Apache-2.0", "LICENSE", "pyhocon-0.3.63.tar.gz"),
    "python-socks": ("3.2.1", "Apache-2.0", "LICENSE.txt", "python_socks-3.2.1.tar.gz"),
    "redmail": ("0.6.0", "MIT", "LICENSE", "redmail-0.6.0.tar.gz"),
    "routeros-api": ("0.21.0", "MIT", "LICENSE", "routeros_api-0.21.0.tar.gz"),
    "textfsm": ("2.1.0", "Apache-2.0", "LICENSE.txt", "textfsm-2.1.0.tar.gz"),
    "tftpy": ("0.8.7", "MIT", "LICENSE", "tftpy-0.8.7.tar.gz"),
    "ttp": ("0.10.1", "MIT", "LICENSE", "ttp-0.10.1.tar.gz"),
    "wakeonlan": ("4.0.0", "MIT", "LICENSE.rst", "wakeonlan-4.0.0.tar.gz"),
}

# (package, path inside the sdist, lang, snippet kind)
CARRIERS = [
    ("django-ipware", "CHANGELOG.md", "markdown", "markdown"),
    ("django-ipware", "SECURITY.md", "markdown", "markdown_html"),
    ("django-ipware", "tests/legacy/tests_ip.py", "python", "python_dict"),
    ("envelopes", "README.rst", "restructuredtext", "rst_code"),
    ("envelopes", "examples/example_flask.py", "python", "python_dict"),
    ("envelopes", "setup.py", "python", "python_consts"),
    ("graypy", "tests/config/create_ssl_certs.sh", "shell", "shell"),
    ("graypy", "tests/config/docker-compose.yml", "yaml", "yaml"),
    ("graypy", "tests/config/start_local_graylog_server.sh", "shell", "shell"),
    ("graypy", "tests/helper.py", "python", "python_consts"),
    ("ovh", "CONTRIBUTING.rst", "restructuredtext", "rst_note"),
    ("ovh", "docs/Makefile", "makefile", "makefile"),
    ("ovh", "setup.cfg", "ini", "ini"),
    ("pyhocon", "README.md", "markdown", "markdown"),
    ("pyhocon", "samples/database.conf", "hocon", "hocon"),
    ("python-socks", "README.md", "markdown", "markdown_html"),
    ("python-socks", "pyproject.toml", "toml", "toml"),
    ("python-socks", "tests/config.py", "python", "python_smoke"),
    ("redmail", "docs/tutorials/sending.rst", "restructuredtext", "rst_code"),
    ("redmail", "redmail/test/email/test_cookbook.py", "python", "python_dict"),
    ("routeros-api", "README.md", "markdown", "markdown"),
    ("routeros-api", "setup.py", "python", "python_smoke"),
    ("textfsm", "README.md", "markdown", "markdown_html"),
    ("textfsm", "setup.py", "python", "python_consts"),
    ("tftpy", "Makefile", "makefile", "makefile"),
    ("tftpy", "notes/sfshell.txt", "text", "text"),
    ("ttp", "README.md", "markdown", "markdown"),
    ("ttp", "pyproject.toml", "toml", "toml"),
    ("ttp", "ttp/utils/quick_parse.py", "python", "python_smoke"),
    ("wakeonlan", "README.rst", "restructuredtext", "rst_note"),
    ("wakeonlan", "pyproject.toml", "toml", "toml"),
]

# Every e-mail- and IPv4-shaped string in the excerpts, reviewed by hand: value -> (tag or LA, kind).
CARRIER_REVIEW = {
    # author, maintainer and contact addresses
    "tomek@bthlabs.pl": ("EMAIL", "carrier_email"),
    "it@socialwifi.com": ("EMAIL", "carrier_email"),
    "textfsm-dev@googlegroups.com": ("EMAIL", "carrier_email"),
    "d.mulyalin@gmail.com": ("EMAIL", "carrier_email"),
    "snegiryev@gmail.com": ("EMAIL", "carrier_email"),
    "api@ml.ovh.net": ("EMAIL", "carrier_email"),
    "random@developer.org": ("EMAIL", "carrier_email"),  # DCO sign-off sample, but a real, non-reserved domain
    "jd@jalogis.ch": ("EMAIL", "carrier_email"),
    "remcohaszing@gmail.com": ("EMAIL", "carrier_email"),
    "info@neekware.com": ("EMAIL", "carrier_email"),
    # SourceForge shell logins (user@host for ssh/rsync), not mailboxes
    "tftpy@shell.sourceforge.net": ("LA", "carrier_ssh_login"),
    "tftpy@web.sourceforge.net": ("LA", "carrier_ssh_login"),
    # reserved-domain examples
    "me@example.com": ("LA", "carrier_reserved_email"),
    "from@example.com": ("LA", "carrier_reserved_email"),
    "to@example.com": ("LA", "carrier_reserved_email"),
    "you@example.com": ("LA", "carrier_reserved_email"),
    "also@example.com": ("LA", "carrier_reserved_email"),
    "outsider@example.com": ("LA", "carrier_reserved_email"),
    "he@example.com": ("LA", "carrier_reserved_email"),
    "she@example.com": ("LA", "carrier_reserved_email"),
    # globally routable addresses used as examples in docs and tests
    "1.2.3.4": ("IP_ADDRESS", "carrier_ip"),
    "1.2.3.45": ("IP_ADDRESS", "carrier_ip"),
    "1.1.1.1": ("IP_ADDRESS", "carrier_ip"),
    "124.171.238.50": ("IP_ADDRESS", "carrier_ip"),
    "177.139.233.139": ("IP_ADDRESS", "carrier_ip"),
    "198.84.193.157": ("IP_ADDRESS", "carrier_ip"),
    "198.84.193.158": ("IP_ADDRESS", "carrier_ip"),
    # non-routable
    "127.0.0.1": ("LA", "carrier_loopback_ip"),
    "0.0.0.0": ("LA", "carrier_unspecified_ip"),
    "255.255.255.255": ("LA", "carrier_broadcast_ip"),
    "192.168.0.1": ("LA", "carrier_private_ip"),
    "192.168.0.2": ("LA", "carrier_private_ip"),
    "192.168.0.3": ("LA", "carrier_private_ip"),
    "192.168.0.113": ("LA", "carrier_private_ip"),
}

RESERVED_SUFFIXES = ("example.com", "example.net", "example.org")
RESERVED_TLDS = ("example", "test", "invalid", "localhost")


# ---------------------------------------------------------------------------- excerpts
def cut_excerpt(text, lang):
    if len(text) > MAX_EXCERPT:
        text = text[:MAX_EXCERPT]
        text = text[: text.rfind("\n") + 1]
    if lang == "python":
        lines = text.splitlines(keepends=True)
        while lines:
            try:
                compile("".join(lines), "<excerpt>", "exec")
                break
            except SyntaxError:
                lines.pop()
        text = "".join(lines)
    if not text.endswith("\n"):
        text += "\n"
    return text


def extract(unpacked):
    import shutil
    for pkg, (ver, _lic, licfile, sdist) in SOURCES.items():
        root = os.path.join(unpacked, sdist[: -len(".tar.gz")])
        dst = os.path.join(HERE, "sources", pkg)
        os.makedirs(dst, exist_ok=True)
        shutil.copyfile(os.path.join(root, licfile), os.path.join(dst, licfile))
    for pkg, path, lang, _kind in CARRIERS:
        root = os.path.join(unpacked, SOURCES[pkg][3][: -len(".tar.gz")])
        with open(os.path.join(root, path), encoding="utf-8", newline="") as fh:
            text = cut_excerpt(fh.read(), lang)
        out = os.path.join(HERE, "sources", pkg, path)
        os.makedirs(os.path.dirname(out), exist_ok=True)
        with open(out, "w", encoding="utf-8", newline="") as fh:
            fh.write(text)


# ---------------------------------------------------------------------------- rendering
def render(body, values):
    out, labels, looks = [], [], []
    pos = 0

    def emit(part):
        nonlocal pos
        if isinstance(part, str):
            out.append(part)
            pos += len(part)
        elif isinstance(part, tuple):
            tag, kind, value = part
            assert isinstance(value, str) and value, part
            (looks if tag == "LA" else labels).append((tag, kind, pos, pos + len(value)))
            out.append(value)
            pos += len(value)
        else:
            for p in part:
                emit(p)

    for i, chunk in enumerate(re.split(r"«(\w+)»", body)):
        if i % 2 == 0:
            emit(chunk)
        else:
            emit(values[chunk])
    return "".join(out), labels, looks


def reserved_domain(domain):
    d = domain.lower()
    return d.endswith(RESERVED_SUFFIXES) or d.split(".")[-1] in RESERVED_TLDS or d == "localhost"


def check(doc):
    text = doc["content"]
    spans = []
    for lab in doc["labels"]:
        spans.append((lab["start"], lab["end"], lab["tag"], lab["kind"]))
    for la in doc["lookalikes"]:
        spans.append((la["start"], la["end"], "LA", la["kind"]))
    spans.sort()
    for s, e, tag, kind in spans:
        assert 0 <= s < e <= len(text), (doc["id"], kind)
        v = text[s:e]
        assert v == v.strip(), (doc["id"], kind, v)
        if tag == "IP_ADDRESS":
            a = ipaddress.ip_address(v)
            assert a.is_global and not a.is_multicast, (doc["id"], v)
        elif tag == "EMAIL":
            assert EMAIL_RE.fullmatch(v), (doc["id"], v)
            assert not reserved_domain(v.rsplit("@", 1)[1]), (doc["id"], v)
        elif tag == "LA":
            try:
                a = ipaddress.ip_address(v)
            except ValueError:
                a = None
            if a is not None:
                assert (not a.is_global) or a.is_multicast, (doc["id"], v)
    for (s1, e1, *_), (s2, e2, *_) in zip(spans, spans[1:]):
        assert e1 <= s2, (doc["id"], text[s1:e1], text[s2:e2])
    for rx in (EMAIL_RE, IPV4_RE):
        for m in rx.finditer(text):
            ok = any(s <= m.start() and m.end() <= e for s, e, *_ in spans)
            if not ok and "@" in m.group():
                # a password, token or public key that ends at a URL's "@" covers the e-mail-shaped tail
                at = m.start() + m.group().index("@")
                ok = any(e == at and s <= m.start() for s, e, *_ in spans)
            assert ok, (doc["id"], m.group(), text[max(0, m.start() - 60): m.end() + 20])
    if doc["lang"] == "python":
        compile(text, doc["id"], "exec")
    elif doc["lang"] == "json":
        json.loads(text)
    elif doc["lang"] == "jsonl":
        for line in text.splitlines():
            if line.strip():
                json.loads(line)


def make_doc(doc_id, lang, path, cls, text, labels, looks, origin):
    return {
        "id": doc_id,
        "lang": lang,
        "path": path,
        "content": text,
        "labels": [{"tag": t, "start": s, "end": e, "kind": k} for t, k, s, e in labels],
        "lookalikes": [{"kind": k, "start": s, "end": e} for _t, k, s, e in looks],
        "_class": cls,
        "_origin": origin,
    }


def carrier_docs():
    docs = []
    for pkg, path, lang, kind in CARRIERS:
        with open(os.path.join(HERE, "sources", pkg, path), encoding="utf-8", newline="") as fh:
            excerpt = fh.read()
        labels, looks = [], []
        seen = []
        for rx in (EMAIL_RE, IPV4_RE):
            for m in rx.finditer(excerpt):
                assert m.group() in CARRIER_REVIEW, ("unreviewed", pkg, path, m.group())
                seen.append((m.start(), m.end(), m.group()))
        for s, e, v in sorted(seen):
            tag, k = CARRIER_REVIEW[v]
            (looks if tag == "LA" else labels).append((tag, k, s, e))
        r = random.Random(f"{SEED}:carrier:{pkg}/{path}")
        body, values = T.SNIPPETS[kind](r)
        text, sl, slooks = render(body, values)
        off = len(excerpt)
        labels += [(t, "snippet_" + k, s + off, e + off) for t, k, s, e in sl]
        looks += [(t, "snippet_" + k, s + off, e + off) for t, k, s, e in slooks]
        content = excerpt + text
        assert content.startswith(excerpt)
        doc_id = "h9-real-%s-%s" % (pkg, path)
        docs.append(make_doc(doc_id, lang, path, "real carrier", content, labels, looks, "real"))
    return docs


def synthetic_docs():
    docs = []
    names = [t[0] for t in T.TEMPLATES]
    assert len(names) == len(set(names)), [n for n in names if names.count(n) > 1]
    for name, lang, path, cls, fn in T.TEMPLATES:
        for n in range(RENDERINGS):
            r = random.Random(f"{SEED}:{name}:{n}")
            body, values = fn(r)
            text, labels, looks = render(body, values)
            docs.append(make_doc(f"h9-syn-{name}-{n}", lang, path, cls, text, labels, looks, "synthetic"))
    return docs


def counts(docs):
    c = {"documents": len(docs), "by_origin": collections.Counter(), "labels_by_tag": collections.Counter(),
         "lookalikes": 0, "labels_by_tag_and_class": collections.Counter(), "labels_by_kind": collections.Counter(),
         "lookalikes_by_kind": collections.Counter(), "templates": len(T.TEMPLATES)}
    for d in docs:
        c["by_origin"][d["_origin"]] += 1
        for lab in d["labels"]:
            c["labels_by_tag"][lab["tag"]] += 1
            c["labels_by_tag_and_class"][lab["tag"] + " | " + d["_class"]] += 1
            c["labels_by_kind"][lab["tag"] + " | " + lab["kind"]] += 1
        for la in d["lookalikes"]:
            c["lookalikes"] += 1
            c["lookalikes_by_kind"][la["kind"]] += 1
    c["labels"] = sum(c["labels_by_tag"].values())
    return {k: (dict(sorted(v.items())) if isinstance(v, collections.Counter) else v) for k, v in c.items()}


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--extract", metavar="DIR", help="recut sources/ from sdists unpacked in DIR")
    args = ap.parse_args()
    if args.extract:
        extract(args.extract)
    docs = carrier_docs() + synthetic_docs()
    ids = [d["id"] for d in docs]
    assert len(ids) == len(set(ids))
    for d in docs:
        check(d)
    c = counts(docs)
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8", newline="\n") as fh:
        for d in docs:
            row = {k: v for k, v in d.items() if not k.startswith("_")}
            fh.write(json.dumps(row, ensure_ascii=False, sort_keys=False) + "\n")
    with open(os.path.join(HERE, "counts.json"), "w", encoding="utf-8", newline="\n") as fh:
        json.dump(c, fh, indent=1, ensure_ascii=False, sort_keys=False)
        fh.write("\n")
    print("documents %d, labels %d %s, look-alikes %d" % (c["documents"], c["labels"], c["labels_by_tag"],
                                                         c["lookalikes"]))


if __name__ == "__main__":
    main()
