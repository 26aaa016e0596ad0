"""Build held-out set 17: labels.jsonl and counts.json.

Standard library only; never imports codelm.  Deterministic: every run writes
byte-identical files.

    python make_heldout_17.py              # build
    python make_heldout_17.py --extract DIR  # recut excerpts and copy licences from sdists unpacked in DIR
"""

import argparse
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
sys.dont_write_bytecode = True

import gen_h17 as G  # noqa: E402
from templates_h17 import TEMPLATES, S, M, E  # noqa: E402

SEED = "codelm-redact-heldout-17"
SRC = os.path.join(HERE, "sources")
MAX_EXCERPT = 3500

# package -> (version, sdist folder, licence, licence file)
PACKAGES = {
    "colour-science": ("0.4.7", "colour_science-0.4.7", "BSD-3-Clause", "LICENSE"),
    "dsmr-parser": ("1.11.2", "dsmr_parser-1.11.2", "MIT", "LICENSE"),
    "epiweeks": ("2.4.0", "epiweeks-2.4.0", "MIT", "LICENSE"),
    "erddapy": ("3.3.1", "erddapy-3.3.1", "BSD-3-Clause", "LICENSE.txt"),
    "eyecite": ("2.7.8", "eyecite-2.7.8", "BSD-2-Clause", "LICENSE"),
    "langcodes": ("3.5.1", "langcodes-3.5.1", "MIT", "LICENSE.txt"),
    "nibabel": ("5.4.2", "nibabel-5.4.2", "MIT", "COPYING"),
    "pyasdf": ("0.8.2", "pyasdf-0.8.2", "BSD-3-Clause", "LICENSE.txt"),
    "pyet": ("1.5.0", "pyet-1.5.0", "MIT", "LICENSE"),
    "pyhafas": ("0.6.1", "pyhafas-0.6.1", "MIT", "LICENSE"),
    "pyhanko": ("0.38.0", "pyhanko-0.38.0", "MIT", "LICENSE"),
    "pyrankvote": ("2.0.6", "pyrankvote-2.0.6", "MIT", "LICENSE.txt"),
    "pyxform": ("4.5.0", "pyxform-4.5.0", "BSD-2-Clause", "LICENSE"),
    "sgfmill": ("1.1.1", "sgfmill-1.1.1", "MIT", "doc/licence.rst"),
    "trimesh": ("5.2.0", "trimesh-5.2.0", "MIT", "LICENSE.md"),
    "ufoLib2": ("0.19.1", "ufolib2-0.19.1", "Apache-2.0", "LICENSE"),
}

# (package, path in sdist, lang, snippet style)
CARRIERS = [
    ("colour-science", "README.rst", "rst", "rst"),
    ("colour-science", "BIBLIOGRAPHY.bib", "bibtex", "bib"),
    ("dsmr-parser", "README.rst", "rst", "rst"),
    ("dsmr-parser", "dsmr_parser/obis_references.py", "python", "python"),
    ("epiweeks", "README.md", "markdown", "md"),
    ("erddapy", "README.md", "markdown", "md"),
    ("erddapy", "CHANGES.txt", "markdown", "md"),
    ("eyecite", "README.rst", "rst", "rst"),
    ("eyecite", "pyproject.toml", "toml", "toml"),
    ("langcodes", "README.md", "markdown", "md"),
    ("nibabel", "AUTHOR", "text", "authors"),
    ("nibabel", "tox.ini", "ini", "ini"),
    ("nibabel", ".github/workflows/test.yml", "yaml", "yaml"),
    ("pyasdf", "README.md", "markdown", "md"),
    ("pyasdf", "doc/installation.rst", "rst", "rst"),
    ("pyet", "README.md", "markdown", "md"),
    ("pyet", "pyproject.toml", "toml", "toml"),
    ("pyhafas", "README.md", "markdown", "md"),
    ("pyhafas", "example.py", "python", "python"),
    ("pyhanko", "README.md", "markdown", "md"),
    ("pyhanko", "pyproject.toml", "toml", "toml"),
    ("pyrankvote", "README.md", "markdown", "md"),
    ("pyrankvote", "setup.py", "python", "python"),
    ("pyxform", "README.rst", "rst", "rst"),
    ("pyxform", "pyproject.toml", "toml", "toml"),
    ("sgfmill", "README.txt", "text", "text"),
    ("trimesh", "README.md", "markdown", "md"),
    ("trimesh", "pyproject.toml", "toml", "toml"),
    ("ufoLib2", "tests/data/MutatorSansBoldCondensed.ufo/fontinfo.plist", "xml", "xml"),
    ("ufoLib2", ".github/workflows/ci.yml", "yaml", "yaml"),
]

# Every e-mail- and IPv4-shaped string in the excerpts, reviewed by hand.
# (package, path) -> {shape: (TAG or LOOK, kind)}; every occurrence of the shape gets the verdict.
CARRIER_REVIEW = {
    ("colour-science", "BIBLIOGRAPHY.bib"): {
        "thomas.mansencal@gmail.com": ("EMAIL", "carrier_email"),
    },
    ("dsmr-parser", "README.rst"): {
        "127.0.0.1": ("LOOK", "loopback_ip"),
    },
    ("eyecite", "pyproject.toml"): {
        "info@free.law": ("EMAIL", "carrier_email"),
    },
    ("nibabel", "AUTHOR"): {
        "matthew.brett@gmail.com": ("EMAIL", "carrier_email"),
        "michael.hanke@gmail.com": ("EMAIL", "carrier_email"),
        "ben.cipollini@gmail.com": ("EMAIL", "carrier_email"),
        "marc.cote.19@gmail.com": ("EMAIL", "carrier_email"),
        "effigies@gmail.com": ("EMAIL", "carrier_email"),
        "connectome@unidesign.ch": ("EMAIL", "carrier_email"),
        "larson.eric.d@gmail.com": ("EMAIL", "carrier_email"),
    },
    ("pyet", "pyproject.toml"): {
        "matevz.vremec@uni-graz.at": ("EMAIL", "carrier_email"),
        "raoulcollenteur@gmail.com": ("EMAIL", "carrier_email"),
    },
    ("pyhanko", "pyproject.toml"): {
        "dev@mvalvekens.be": ("EMAIL", "carrier_email"),
    },
    ("pyrankvote", "setup.py"): {
        "jon.tingvold@gmail.com": ("EMAIL", "carrier_email"),
    },
    ("pyxform", "pyproject.toml"): {
        "support@getodk.org": ("EMAIL", "carrier_email"),
    },
    ("sgfmill", "README.txt"): {
        "matthew@woodcraft.me.uk": ("EMAIL", "carrier_email"),
    },
    ("trimesh", "pyproject.toml"): {
        "mikedh@kerfed.com": ("EMAIL", "carrier_email"),
    },
}

# Other carrier strings recorded as look-alikes (every occurrence).
CARRIER_EXTRA_LOOK = [
    ("colour-science", "README.rst", "1f3b8d3bba7440ba9ebc1170589628b1", "carrier_public_badge_id"),
    ("colour-science", "README.rst", "4a6ebe9ec3d389f0934b154fec8df51d", "carrier_gist_id"),
    ("pyet", "README.md", "d7fdd87719588c00326e692f3b1a47b32161e533", "carrier_git_sha"),
    ("pyet", "README.md", "e49f23e356f441688422ec32cfcf6aaa", "carrier_public_badge_id"),
]

EMAIL_SHAPE = re.compile(r"[A-Za-z0-9._%+\-]+@[A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)*\.[A-Za-z]{2,}")
IPV4_SHAPE = re.compile(r"(?<![\d.])(?:(?:25[0-5]|2[0-4]\d|1?\d?\d)\.){3}(?:25[0-5]|2[0-4]\d|1?\d?\d)(?![\d.])")
RESERVED_MAIL = re.compile(r"@(?:(?:[A-Za-z0-9-]+\.)*example\.(?:com|net|org)|(?:[A-Za-z0-9-]+\.)*"
                           r"(?:example|test|invalid|localhost)|localhost)$", re.I)
IP_LOOK_KINDS = {"private_ip", "loopback_ip", "cgnat_ip", "documentation_ip", "link_local_ip", "unspecified_ip",
                 "netmask"}
TAGS = ("EMAIL", "IP_ADDRESS", "KEY", "PASSWORD")


# --------------------------------------------------------------------------- excerpts

def cut(text, path):
    if len(text) > MAX_EXCERPT:
        text = text[:MAX_EXCERPT]
        text = text[:text.rfind("\n") + 1]
    if path.endswith(".py"):
        while True:
            try:
                compile(text, path, "exec")
                break
            except SyntaxError:
                text = text[:text.rstrip("\n").rfind("\n") + 1]
    return text


def extract(root):
    for pkg, (_ver, folder, _lic, licfile) in sorted(PACKAGES.items()):
        dst = os.path.join(SRC, pkg)
        os.makedirs(dst, exist_ok=True)
        shutil.copyfile(os.path.join(root, folder, licfile), os.path.join(dst, os.path.basename(licfile)))
    for pkg, path, _lang, _style in CARRIERS:
        folder = PACKAGES[pkg][1]
        with open(os.path.join(root, folder, path), encoding="utf-8", newline="") as fh:
            text = cut(fh.read(), path)
        out = os.path.join(SRC, pkg, path)
        os.makedirs(os.path.dirname(out), exist_ok=True)
        with open(out, "w", encoding="utf-8", newline="") as fh:
            fh.write(text)
        print("wrote", out, len(text))


def load_excerpt(pkg, path):
    with open(os.path.join(SRC, pkg, path), encoding="utf-8", newline="") as fh:
        return fh.read()


# --------------------------------------------------------------------------- markers

def strip_markers(marked):
    out, spans, i = [], [], 0
    pos = 0
    while i < len(marked):
        c = marked[i]
        if c == S:
            j = marked.index(M, i)
            k = marked.index(E, j)
            tag, kind = marked[i + 1:j].split("|", 1)
            value = marked[j + 1:k]
            assert S not in value and M not in value, "nested marker"
            spans.append((tag, kind, pos, pos + len(value)))
            out.append(value)
            pos += len(value)
            i = k + 1
        else:
            assert c not in (M, E), "stray marker"
            out.append(c)
            pos += 1
            i += 1
    return "".join(out), spans


# --------------------------------------------------------------------------- carrier snippets

def snippet(style, r):
    from templates_h17 import EM, IP, K, LK, PW, em, ip, lk_ip, pv, who  # noqa: F401
    if style == "python":
        return (f'\n\n# local smoke settings, never used in releases\nif __name__ == "__local_smoke__":\n'
                f'    LOCAL = {{"host": "{ip(r)}", "user": "{em(r)}", "password": "{pv(r, "code")}",\n'
                f'             "token": "{K(r, "gitlab_pat")}"}}\n')
    if style == "rst":
        return (f"\n.. note::\n\n   Staging mirror for maintainers: ``{ip(r)}``, login ``{em(r)}``,\n"
                f"   password ``{pv(r, 'code')}``. Upload token ``{K(r, 'pypi')}``.\n")
    if style == "md":
        return (f"\n<!-- release checklist (private): mirror {ip(r)}, maintainer {em(r)},\n"
                f"     twine password {pv(r, 'code')}, crates token {K(r, 'docker_pat')} -->\n")
    if style == "toml":
        return (f'\n[tool.local-deploy]\nhost = "{ip(r)}"\nuser = "{em(r)}"\n'
                f'password = "{pv(r, "code")}"\napi_token = "{K(r, "rubygems")}"\n')
    if style == "yaml":
        return (f"\nx-local-deploy:\n  host: {ip(r)}\n  user: {em(r)}\n  password: {pv(r, 'yaml')}\n"
                f"  token: {K(r, 'docker_pat')}\n")
    if style == "ini":
        return (f"\n[testenv:local-upload]\nsetenv =\n    UPLOAD_HOST = {ip(r)}\n    UPLOAD_USER = {em(r)}\n"
                f"    UPLOAD_PASSWORD = {pv(r, 'ini')}\n    UPLOAD_TOKEN = {K(r, 'pypi')}\n")
    if style == "bib":
        return (f"\n@misc{{LocalMirrorNote,\n  note = {{mirror {ip(r)}, curator {em(r)},\n"
                f"          password {pv(r, 'bare')}, token {K(r, 'zulip_api')}}},\n}}\n")
    if style == "xml":
        return (f"\n<!-- font server upload: host {ip(r)}, user {em(r)}, password {pv(r, 'xml')},\n"
                f"     api key {K(r, 'buildkite_agent')} -->\n")
    if style == "authors":
        n, e = who(r)
        return f"{n} <{EM(e)}>\n"
    if style == "text":
        return (f"\nLocal mirror (maintainers only): {ip(r)}; contact {em(r)};\n"
                f"upload password {pv(r, 'any', ascii_only=True)} and token {K(r, 'nuget')}.\n")
    raise ValueError(style)


# --------------------------------------------------------------------------- build

def doc_id_real(pkg, path):
    return f"h17-real-{pkg}-{path.replace('/', '-')}"


def build_carrier(pkg, path, lang, style):
    excerpt = load_excerpt(pkg, path)
    review = CARRIER_REVIEW.get((pkg, path), {})
    labels, looks = [], []
    found = set()
    for rx in (EMAIL_SHAPE, IPV4_SHAPE):
        for m in rx.finditer(excerpt):
            shape = m.group()
            assert shape in review, f"unreviewed shape {shape!r} in {pkg}/{path}"
            found.add(shape)
            tag, kind = review[shape]
            if tag == "LOOK":
                looks.append({"kind": kind, "start": m.start(), "end": m.end()})
            else:
                labels.append({"tag": tag, "start": m.start(), "end": m.end(), "kind": kind})
    stale = set(review) - found
    assert not stale, f"stale review entries {stale} for {pkg}/{path}"
    for p2, f2, s, kind in CARRIER_EXTRA_LOOK:
        if (p2, f2) == (pkg, path):
            n = 0
            for m in re.finditer(re.escape(s), excerpt):
                looks.append({"kind": kind, "start": m.start(), "end": m.end()})
                n += 1
            assert n, f"extra look-alike {s!r} not found in {pkg}/{path}"
    r = random.Random(f"{SEED}:carrier:{pkg}/{path}")
    sn, spans = strip_markers(snippet(style, r))
    if not excerpt.endswith("\n"):
        sn = "\n" + sn
        spans = [(a, b, c + 1, d + 1) for a, b, c, d in spans]
    base = len(excerpt)
    for tag, kind, s0, e0 in spans:
        if tag == "LOOK":
            looks.append({"kind": "snippet_" + kind, "start": base + s0, "end": base + e0})
        else:
            labels.append({"tag": tag, "start": base + s0, "end": base + e0, "kind": "snippet_" + kind})
    content = excerpt + sn
    assert content.startswith(excerpt)
    return {"id": doc_id_real(pkg, path), "lang": lang, "path": path, "content": content,
            "labels": sorted(labels, key=lambda x: (x["start"], x["end"])),
            "lookalikes": sorted(looks, key=lambda x: (x["start"], x["end"]))}, excerpt


def build_synthetic(name, n):
    cls, lang, path, fn = TEMPLATES[name]
    r = random.Random(f"{SEED}:{name}:{n}")
    content, spans = strip_markers(fn(r))
    labels = [{"tag": t, "start": s, "end": e, "kind": k} for t, k, s, e in spans if t != "LOOK"]
    looks = [{"kind": k, "start": s, "end": e} for t, k, s, e in spans if t == "LOOK"]
    return {"id": f"h17-syn-{name}-{n}", "lang": lang, "path": path, "content": content,
            "labels": labels, "lookalikes": looks}, cls


# --------------------------------------------------------------------------- checks

def is_reserved_mail(addr):
    return bool(RESERVED_MAIL.search(addr))


def check(doc, excerpt=None):
    text = doc["content"]
    assert doc["labels"], f"{doc['id']}: no labels"
    spans = []
    for lab in doc["labels"]:
        assert lab["tag"] in TAGS, lab
        spans.append((lab["start"], lab["end"], lab["tag"]))
    for lk in doc["lookalikes"]:
        spans.append((lk["start"], lk["end"], "LOOK"))
    for s, e, tag in spans:
        assert 0 <= s < e <= len(text), f"{doc['id']}: bad span {s},{e}"
        v = text[s:e]
        assert v == v.strip(), f"{doc['id']}: padded span {v!r}"
    ordered = sorted(spans)
    for (s1, e1, _), (s2, e2, _) in zip(ordered, ordered[1:]):
        assert e1 <= s2, f"{doc['id']}: overlap {text[s1:e1]!r} / {text[s2:e2]!r}"
    for lab in doc["labels"]:
        v = text[lab["start"]:lab["end"]]
        if lab["tag"] == "IP_ADDRESS":
            a = ipaddress.ip_address(v)
            assert a.is_global and not a.is_multicast, f"{doc['id']}: non-global IP {v}"
        if lab["tag"] == "EMAIL":
            assert re.fullmatch(EMAIL_SHAPE, v), f"{doc['id']}: malformed e-mail {v!r}"
            assert not is_reserved_mail(v), f"{doc['id']}: reserved e-mail labelled {v}"
    for lk in doc["lookalikes"]:
        v = text[lk["start"]:lk["end"]]
        kind = lk["kind"].removeprefix("snippet_")
        if kind in IP_LOOK_KINDS:
            try:
                a = ipaddress.ip_address(v)
            except ValueError:
                a = None
            assert a is None or not a.is_global, f"{doc['id']}: global IP as look-alike {v}"
        if kind == "reserved_email":
            assert is_reserved_mail(v), f"{doc['id']}: reserved_email not reserved {v}"
    for rx in (EMAIL_SHAPE, IPV4_SHAPE):
        for m in rx.finditer(text):
            ok = False
            at = m.group().find("@")
            for s, e, _tag in spans:
                if s <= m.start() and m.end() <= e:
                    ok = True
                elif at >= 0 and e == m.start() + at:
                    ok = True
            assert ok, f"{doc['id']}: uncovered shape {m.group()!r}"
    if excerpt is not None:
        assert text.startswith(excerpt), f"{doc['id']}: excerpt mismatch"
    if doc["lang"] == "python":
        compile(text, doc["path"], "exec")
    if doc["lang"] in ("json", "ipynb"):
        json.loads(text)


# --------------------------------------------------------------------------- main

def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--extract", metavar="DIR")
    args = ap.parse_args()
    if args.extract:
        extract(args.extract)
        return

    docs, classes = [], {}
    for pkg, path, lang, style in CARRIERS:
        doc, excerpt = build_carrier(pkg, path, lang, style)
        check(doc, excerpt)
        docs.append(doc)
        classes[doc["id"]] = "real carrier"
    for name in TEMPLATES:
        for n in range(3):
            doc, cls = build_synthetic(name, n)
            check(doc)
            docs.append(doc)
            classes[doc["id"]] = cls
    ids = [d["id"] for d in docs]
    assert len(ids) == len(set(ids)), "duplicate ids"

    tags = collections.Counter()
    by_kind = collections.Counter()
    look_kinds = collections.Counter()
    docs_by_class = collections.Counter()
    labels_by_class = collections.Counter()
    for d in docs:
        cls = classes[d["id"]]
        docs_by_class[cls] += 1
        for lab in d["labels"]:
            tags[lab["tag"]] += 1
            by_kind[f"{lab['tag']}/{lab['kind']}"] += 1
            labels_by_class[f"{lab['tag']} | {cls}"] += 1
        for lk in d["lookalikes"]:
            look_kinds[lk["kind"]] += 1
    counts = {
        "documents": len(docs),
        "documents_by_origin": {"real": len(CARRIERS), "synthetic": len(docs) - len(CARRIERS)},
        "templates": len(TEMPLATES),
        "labels": {t: tags[t] for t in TAGS},
        "lookalikes": sum(look_kinds.values()),
        "documents_by_class": dict(sorted(docs_by_class.items())),
        "labels_by_class": dict(sorted(labels_by_class.items())),
        "labels_by_kind": dict(sorted(by_kind.items())),
        "lookalikes_by_kind": dict(sorted(look_kinds.items())),
    }
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8", newline="\n") as fh:
        for d in docs:
            fh.write(json.dumps(d, ensure_ascii=False, sort_keys=False) + "\n")
    with open(os.path.join(HERE, "counts.json"), "w", encoding="utf-8", newline="\n") as fh:
        json.dump(counts, fh, indent=2, ensure_ascii=False)
        fh.write("\n")
    print(f"{len(docs)} documents, labels {dict(tags)}, look-alikes {sum(look_kinds.values())}")


if __name__ == "__main__":
    main()
