#!/usr/bin/env python3
"""Build held-out set 16 for the PII/secret redactor (standard library only; never imports codelm).

    python tests/data/redact_heldout_16/make_heldout_16.py            # rewrite labels.jsonl and counts.json
    python tests/data/redact_heldout_16/make_heldout_16.py --extract DIR   # recut sources/ from sdists unpacked in DIR
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

import gen_h16 as G  # noqa: E402
import templates_h16 as T  # noqa: E402

SEED = "codelm-redact-heldout-16"
MAX_EXCERPT = 3500
OPEN, MID, CLOSE = "\ue000", "\ue001", "\ue002"

# package -> (unpacked sdist directory name, licence file, licence name, version, sdist sha256)
PACKAGES = {
    "astral": ("astral-3.2", "LICENSE", "Apache-2.0", "3.2"),
    "bibtexparser": ("bibtexparser-2.1.0", "LICENSE", "MIT", "2.1.0"),
    "gffutils": ("gffutils-0.14", "LICENSE", "MIT", "0.14"),
    "gpxpy": ("gpxpy-1.6.2", "LICENSE.txt", "Apache-2.0", "1.6.2"),
    "holidays": ("holidays-0.109", "LICENSE", "MIT", "0.109"),
    "maidenhead": ("maidenhead-1.8.0", "LICENSE.txt", "MIT", "1.8.0"),
    "ocpp": ("ocpp-2.1.0", "LICENSE", "MIT", "2.1.0"),
    "pgeocode": ("pgeocode-0.5.0", "LICENSE", "BSD-3-Clause", "0.5.0"),
    "piecash": ("piecash-1.2.1", "LICENSE", "MIT", "1.2.1"),
    "pretty_midi": ("pretty_midi-0.2.11.post0", "LICENSE.txt", "MIT", "0.2.11.post0"),
    "pvlib": ("pvlib-0.16.1", "LICENSE", "BSD-3-Clause", "0.16.1"),
    "pyacoustid": ("pyacoustid-1.3.1", "LICENSE", "MIT", "1.3.1"),
    "pyembroidery": ("pyembroidery-1.5.1", "LICENSE", "MIT", "1.5.1"),
    "pymeasure": ("pymeasure-0.16.0", "LICENSE.txt", "MIT", "0.16.0"),
    "schwifty": ("schwifty-2026.10.1", "LICENSE", "MIT", "2026.10.1"),
    "sgp4": ("sgp4-2.27", "LICENSE", "MIT", "2.27"),
    "sodapy": ("sodapy-2.2.0", "LICENSE", "MIT", "2.2.0"),
    "spacetrack": ("spacetrack-2.1.0", "LICENSE.txt", "MIT", "2.1.0"),
    "srt": ("srt-3.5.3", "LICENSE", "MIT", "3.5.3"),
    "utm": ("utm-0.9.0", "LICENSE", "MIT", "0.9.0"),
}

# (package, path inside the sdist, lang)
CARRIERS = [
    ("astral", "ReadMe.md", "markdown"),
    ("astral", "pyproject.toml", "toml"),
    ("bibtexparser", "README.md", "markdown"),
    ("gffutils", "README.rst", "rst"),
    ("gffutils", "gffutils/test/data/gff_example1.gff3", "gff3"),
    ("gpxpy", "README.md", "markdown"),
    ("gpxpy", "test_files/gpx1.0_with_all_fields.gpx", "xml"),
    ("holidays", "CONTRIBUTORS", "text"),
    ("holidays", "README.md", "markdown"),
    ("maidenhead", "README.md", "markdown"),
    ("ocpp", "README.rst", "rst"),
    ("pgeocode", "README.md", "markdown"),
    ("piecash", "docs/source/tutorial/new_objects/create_business.rst", "rst"),
    ("pretty_midi", "README.md", "markdown"),
    ("pvlib", "pvlib/iotools/solcast.py", "python"),
    ("pyacoustid", "README.rst", "rst"),
    ("pyacoustid", "pyproject.toml", "toml"),
    ("pyembroidery", "README.md", "markdown"),
    ("pymeasure", "AUTHORS.txt", "text"),
    ("pymeasure", "CITATION.cff", "yaml"),
    ("pymeasure", "codecov.yml", "yaml"),
    ("schwifty", "README.rst", "rst"),
    ("sgp4", "README.rst", "rst"),
    ("sgp4", "setup.py", "python"),
    ("sodapy", "README.md", "markdown"),
    ("spacetrack", "README.rst", "rst"),
    ("spacetrack", "docs/usage.rst", "rst"),
    ("spacetrack", ".github/workflows/publish.yml", "yaml"),
    ("srt", "README.rst", "rst"),
    ("utm", "README.rst", "rst"),
]

# Every e-mail- and IPv4-shaped string in the excerpts, reviewed by hand:
# (package, path) -> {shape: (TAG or "LOOK", kind)}
CARRIER_REVIEW = {
    ("astral", "pyproject.toml"): {"sffjunkie+code@gmail.com": ("EMAIL", "carrier_email")},
    ("gpxpy", "test_files/gpx1.0_with_all_fields.gpx"): {"example@email.com": ("EMAIL", "carrier_example_user_email")},
    ("piecash", "docs/source/tutorial/new_objects/create_business.rst"): {"mickey@example.com": ("LOOK", "reserved_email")},
    ("pyacoustid", "pyproject.toml"): {"adrian@radbox.org": ("EMAIL", "carrier_email")},
    ("spacetrack", "README.rst"): {"frazer@frazermclean.co.uk": ("EMAIL", "carrier_email")},
    ("spacetrack", "docs/usage.rst"): {"user@example.com": ("LOOK", "reserved_email")},
    ("utm", "README.rst"): {
        "bavanandel@gmail.com": ("EMAIL", "carrier_email"),
        "Tobias.Bieniek@gmx.de": ("EMAIL", "carrier_email"),
    },
}

# Documentation credentials in the excerpts that are look-alikes (every occurrence is marked):
# (package, path) -> [(needle, inner, kind)]: every occurrence of needle; the look-alike is inner
CARRIER_EXTRA_LOOK = {
    ("spacetrack", "README.rst"): [("'identity', 'password')", "password", "carrier_placeholder_password")],
    ("spacetrack", "docs/usage.rst"): [('="password"', "password", "carrier_placeholder_password")],
    ("schwifty", "README.rst"): [("?token=aJj1Yg0NUq", "aJj1Yg0NUq", "carrier_public_badge_token")],
}

EMAIL_RE = re.compile(r"[A-Za-z0-9._%+\-]+@[A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)*\.[A-Za-z]{2,}")
IPV4_RE = re.compile(r"(?<![\d.])(?:\d{1,3}\.){3}\d{1,3}(?![\d])")
RESERVED_RE = re.compile(r"@(?:[A-Za-z0-9.-]*\.)?(?:example\.(?:com|net|org)|[A-Za-z0-9-]+\.(?:example|test|invalid|localhost)|example|localhost)$", re.I)
EMAIL_OK_RE = re.compile(r"^[A-Za-z0-9._%+\-]+@[A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)*\.[A-Za-z]{2,}$")


# ----------------------------------------------------------------- helpers
def parse_markers(text):
    """Strip U+E000 TAG|kind U+E001 value U+E002 markers; return (plain text, labels, lookalikes)."""
    out, labels, looks = [], [], []
    pos, n = 0, 0
    while True:
        i = text.find(OPEN, pos)
        if i < 0:
            out.append(text[pos:])
            break
        out.append(text[pos:i])
        n += len(text[pos:i])
        j = text.index(MID, i)
        k = text.index(CLOSE, j)
        head = text[i + 1:j]
        value = text[j + 1:k]
        assert OPEN not in value and MID not in value, head
        tag, kind = head.split("|", 1)
        start, end = n, n + len(value)
        if tag == "LOOK":
            looks.append({"kind": kind, "start": start, "end": end})
        else:
            assert tag in ("EMAIL", "IP_ADDRESS", "KEY", "PASSWORD"), tag
            labels.append({"tag": tag, "start": start, "end": end, "kind": kind})
        out.append(value)
        n = end
        pos = k + 1
    plain = "".join(out)
    assert OPEN not in plain and MID not in plain and CLOSE not in plain
    return plain, labels, looks


def cut_excerpt(text, lang):
    if len(text) > MAX_EXCERPT:
        text = text[:MAX_EXCERPT]
        text = text[: text.rfind("\n") + 1]
    if lang == "python":
        lines = text.splitlines(keepends=True)
        while lines:
            cand = "".join(lines)
            try:
                compile(cand, "<excerpt>", "exec")
                text = cand
                break
            except SyntaxError:
                lines.pop()
        else:
            raise SystemExit("no compiling prefix")
    return text


def extract(srcdir):
    for pkg, (dirname, lic, _lname, _ver) in PACKAGES.items():
        root = os.path.join(srcdir, dirname)
        dst = os.path.join(HERE, "sources", pkg)
        os.makedirs(dst, exist_ok=True)
        shutil.copyfile(os.path.join(root, lic), os.path.join(dst, os.path.basename(lic)))
    for pkg, path, lang in CARRIERS:
        root = os.path.join(srcdir, PACKAGES[pkg][0])
        with open(os.path.join(root, path), encoding="utf-8", newline="") as f:
            text = f.read()
        text = cut_excerpt(text, lang)
        dst = os.path.join(HERE, "sources", pkg, path)
        os.makedirs(os.path.dirname(dst), exist_ok=True)
        with open(dst, "w", encoding="utf-8", newline="") as f:
            f.write(text)
        print(f"{pkg}/{path}: {len(text)} chars")


def shapes(text):
    for m in EMAIL_RE.finditer(text):
        yield "email", m.start(), m.end(), m.group()
    for m in IPV4_RE.finditer(text):
        parts = m.group().split(".")
        if all(0 <= int(p) <= 255 for p in parts):
            yield "ipv4", m.start(), m.end(), m.group()


def carrier_doc(pkg, path, lang):
    with open(os.path.join(HERE, "sources", pkg, path), encoding="utf-8", newline="") as f:
        excerpt = f.read()
    review = CARRIER_REVIEW.get((pkg, path), {})
    used = set()
    labels, looks = [], []
    for _kind, s, e, shape in shapes(excerpt):
        assert shape in review, f"unreviewed shape {shape!r} in {pkg}/{path}"
        used.add(shape)
        tag, kind = review[shape]
        if tag == "LOOK":
            looks.append({"kind": kind, "start": s, "end": e})
        else:
            labels.append({"tag": tag, "start": s, "end": e, "kind": kind})
    assert used == set(review), f"stale review entries in {pkg}/{path}: {set(review) - used}"
    for needle, inner, kind in CARRIER_EXTRA_LOOK.get((pkg, path), []):
        # every occurrence of `needle`; the look-alike is `inner` inside it
        hits = [m.start() for m in re.finditer(re.escape(needle), excerpt)]
        assert hits and inner in needle, f"extra look-alike {needle!r} not in {pkg}/{path}"
        for s in hits:
            s += needle.index(inner)
            looks.append({"kind": kind, "start": s, "end": s + len(inner)})
    rng = random.Random(f"{SEED}:carrier:{pkg}/{path}")
    snippet = T.carrier_snippet(rng, lang, path)
    if not excerpt.endswith("\n"):
        snippet = "\n" + snippet
    plain, sl, sk = parse_markers(snippet)
    off = len(excerpt)
    for x in sl:
        x["start"] += off
        x["end"] += off
        x["kind"] = "snippet_" + x["kind"]
    for x in sk:
        x["start"] += off
        x["end"] += off
    content = excerpt + plain
    assert content.startswith(excerpt)
    return {
        "id": f"h16-real-{pkg}-{path.replace('/', '-')}",
        "lang": lang,
        "path": f"{pkg}/{path}",
        "content": content,
        "labels": labels + sl,
        "lookalikes": looks + sk,
    }, excerpt


def synthetic_docs():
    for name, (fn, cls, lang, path) in T.TEMPLATES.items():
        for n in range(3):
            rng = random.Random(f"{SEED}:{name}:{n}")
            plain, labels, looks = parse_markers(fn(rng))
            yield cls, {
                "id": f"h16-syn-{name}-{n}",
                "lang": lang,
                "path": path,
                "content": plain,
                "labels": labels,
                "lookalikes": looks,
            }


# ----------------------------------------------------------------- checks
NOT_ADDRESS_KINDS = ("version", "oid", "netmask", "wildcard_mask")


def check(doc):
    text = doc["content"]
    did = doc["id"]
    assert doc["labels"], f"{did}: no labels"
    spans = []
    for x in doc["labels"] + doc["lookalikes"]:
        s, e = x["start"], x["end"]
        assert 0 <= s < e <= len(text), f"{did}: bad span {x}"
        v = text[s:e]
        assert v == v.strip(), f"{did}: padded span {v!r}"
        spans.append((s, e, x))
    spans.sort(key=lambda t: (t[0], t[1]))
    for a, b in zip(spans, spans[1:]):
        assert a[1] <= b[0], f"{did}: overlapping spans {text[a[0]:a[1]]!r} / {text[b[0]:b[1]]!r}"
    for x in doc["labels"]:
        v = text[x["start"]:x["end"]]
        if x["tag"] == "IP_ADDRESS":
            a = ipaddress.ip_address(v)
            assert a.is_global and not a.is_multicast, f"{did}: non-global labelled IP {v}"
        elif x["tag"] == "EMAIL":
            assert EMAIL_OK_RE.match(v), f"{did}: malformed email {v!r}"
            assert not RESERVED_RE.search(v), f"{did}: reserved email labelled {v}"
    for x in doc["lookalikes"]:
        v = text[x["start"]:x["end"]]
        if x["kind"] == "reserved_email":
            assert RESERVED_RE.search(v), f"{did}: reserved_email look-alike not reserved {v}"
        if x["kind"].endswith("_ip") or x["kind"] in ("loopback", "unspecified_ip"):
            try:
                a = ipaddress.ip_address(v)
            except ValueError:
                continue
            assert not a.is_global, f"{did}: global IP as look-alike {v}"
    for _k, s, e, shape in shapes(text):
        at = text.find("@", s, e)
        ok = False
        for ss, ee, _x in spans:
            if ss <= s and e <= ee:
                ok = True
            elif at >= 0 and ss <= s and ee == at:
                ok = True
            elif at >= 0 and s <= ss < at and ee == at:
                ok = True
        assert ok, f"{did}: uncovered shape {shape!r}"
    lang = doc["lang"]
    if lang == "python":
        compile(text, did, "exec")
    elif lang in ("json", "ipynb"):
        json.loads(text)
    elif lang == "jsonl":
        for line in text.splitlines():
            if line.strip():
                json.loads(line)


def main():
    if len(sys.argv) == 3 and sys.argv[1] == "--extract":
        extract(sys.argv[2])
        return
    docs, classes = [], []
    for pkg, path, lang in CARRIERS:
        d, _ = carrier_doc(pkg, path, lang)
        docs.append(d)
        classes.append("real carrier")
    used_extra = {k for k in CARRIER_EXTRA_LOOK}
    assert used_extra <= {(p, q) for p, q, _ in CARRIERS}
    assert set(CARRIER_REVIEW) <= {(p, q) for p, q, _ in CARRIERS}
    for cls, d in synthetic_docs():
        docs.append(d)
        classes.append(cls)
    ids = [d["id"] for d in docs]
    assert len(ids) == len(set(ids)), "duplicate ids"
    for d in docs:
        check(d)

    tags = collections.Counter()
    kinds = collections.defaultdict(collections.Counter)
    look = collections.Counter()
    by_class_docs = collections.Counter(classes)
    by_class = collections.Counter()
    for cls, d in zip(classes, docs):
        for x in d["labels"]:
            tags[x["tag"]] += 1
            kinds[x["tag"]][x["kind"]] += 1
            by_class[(x["tag"], cls)] += 1
        for x in d["lookalikes"]:
            look[x["kind"]] += 1
    counts = {
        "documents": len(docs),
        "real_documents": sum(1 for c in classes if c == "real carrier"),
        "synthetic_documents": sum(1 for c in classes if c != "real carrier"),
        "templates": len(T.TEMPLATES),
        "labels": dict(sorted(tags.items())),
        "labels_total": sum(tags.values()),
        "lookalikes_total": sum(look.values()),
        "documents_by_class": dict(sorted(by_class_docs.items())),
        "labels_by_class": {f"{t}|{c}": n for (t, c), n in sorted(by_class.items())},
        "label_kinds": {t: dict(sorted(c.items())) for t, c in sorted(kinds.items())},
        "lookalike_kinds": dict(sorted(look.items())),
    }
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for d in docs:
            f.write(json.dumps(d, ensure_ascii=False, sort_keys=False) + "\n")
    with open(os.path.join(HERE, "counts.json"), "w", encoding="utf-8", newline="\n") as f:
        json.dump(counts, f, ensure_ascii=False, indent=1, sort_keys=False)
        f.write("\n")
    print(f"{len(docs)} documents, {sum(tags.values())} labels {dict(sorted(tags.items()))}, {sum(look.values())} look-alikes")


if __name__ == "__main__":
    main()
