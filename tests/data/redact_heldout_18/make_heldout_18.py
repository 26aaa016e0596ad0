#!/usr/bin/env python3
"""Build held-out set 18 for the PII/secret redactor (stdlib only; never imports codelm).

    python tests/data/redact_heldout_18/make_heldout_18.py            # rewrite labels.jsonl and counts.json
    python tests/data/redact_heldout_18/make_heldout_18.py --extract DIR
        # recut the excerpts and copy licence files from sdists unpacked in DIR/<name>-<version>/
"""
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
import gen_h18  # noqa: E402
import templates_h18  # noqa: E402
from templates_h18 import M, L  # noqa: E402

SET = "codelm-redact-heldout-18"
MAXLEN = 3500

# package, version, sdist folder, licence file, files used
PACKAGES = [
    ("CIRpy", "1.0.2", "CIRpy-1.0.2", "LICENSE", ["README.rst", "setup.py"]),
    ("astroplan", "0.10.1", "astroplan-0.10.1", "LICENSE.rst", ["CITATION.bib", ".github/workflows/ci_tests.yml"]),
    ("convertdate", "2.5.1", "convertdate-2.5.1", "LICENSE", ["README.md", "pyproject.toml"]),
    ("exchange_calendars", "4.13.2", "exchange_calendars-4.13.2", "LICENSE", ["README.md", ".pre-commit-config.yaml"]),
    ("geojson", "3.3.0", "geojson-3.3.0", "LICENSE.rst", ["CHANGELOG.rst", "setup.py"]),
    ("hijridate", "2.6.0", "hijridate-2.6.0", "LICENSE", ["CHANGELOG.md", "pyproject.toml"]),
    ("mendeleev", "1.3.0", "mendeleev-1.3.0", "LICENSE", ["AUTHORS.rst", "pyproject.toml"]),
    ("metpy", "1.7.1", "metpy-1.7.1", "LICENSE", ["CITATION.cff", "AUTHORS.txt"]),
    ("pronouncing", "0.3.0", "pronouncing-0.3.0", "LICENSE", ["AUTHORS.rst", "HISTORY.rst"]),
    ("pychord", "1.4.1", "pychord-1.4.1", "LICENSE", ["README.md", "examples/pychord-midi.py"]),
    ("pyluach", "2.3.0", "pyluach-2.3.0", "license.txt", [".readthedocs.yaml", "README.rst"]),
    ("pyvo", "1.10.0", "pyvo-1.10.0", "LICENSE.rst", ["CONTRIBUTORS.rst", "tox.ini"]),
    ("textstat", "0.7.13", "textstat-0.7.13", "LICENSE", ["README.md", "setup.py"]),
    ("vcfpy", "0.14.2", "vcfpy-0.14.2", "LICENSE", ["AUTHORS.rst", "pyproject.toml"]),
    ("yourdfpy", "0.0.60", "yourdfpy-0.0.60", "LICENSE.txt", ["AUTHORS.md", "tox.ini"]),
]

# Every e-mail- and IPv4-shaped string in the excerpts, reviewed by hand.
# (package, path) -> {shape: (TAG, kind)}; TAG is EMAIL or LOOK.  Every occurrence gets the entry.
CARRIER_REVIEW = {
    ("CIRpy", "setup.py"): {"m.swain@me.com": ("EMAIL", "carrier_email")},
    ("convertdate", "pyproject.toml"): {"contact@fakeisthenewreal.org": ("EMAIL", "carrier_email")},
    ("geojson", "setup.py"): {"sgillies@frii.com": ("EMAIL", "carrier_email"),
                              "ray.maintainer@gmail.com": ("EMAIL", "carrier_email")},
    ("mendeleev", "AUTHORS.rst"): {"lmmentel@gmail.com": ("EMAIL", "carrier_email")},
    ("mendeleev", "pyproject.toml"): {"lmmentel@gmail.com": ("EMAIL", "carrier_email")},
    ("metpy", "CITATION.cff"): {"support@unidata.ucar.edu": ("EMAIL", "carrier_email"),
                                "mohan@ucar.edu": ("EMAIL", "carrier_email"),
                                "rmay@ucar.edu": ("EMAIL", "carrier_email"),
                                "kpaul@ucar.edu": ("EMAIL", "carrier_email")},
    ("pronouncing", "AUTHORS.rst"): {"allison@decontextualize.com": ("EMAIL", "carrier_email")},
    ("pyluach", "README.rst"): {"simlist@gmail.com": ("EMAIL", "carrier_email")},
    ("textstat", "setup.py"): {"shivam5992@gmail.com": ("EMAIL", "carrier_email")},
    ("vcfpy", "AUTHORS.rst"): {"manuel.holtgrewe@bihealth.de": ("EMAIL", "carrier_email")},
}

# Extra public identifiers in the excerpts that are recorded as look-alikes (every occurrence).
CARRIER_EXTRA_LOOK = {
    ("textstat", "README.md"): [("photo-1457369804613-52c61a468e7d", "carrier_public_image_id")],
    ("metpy", "CITATION.cff"): [(o, "carrier_orcid") for o in (
        "0000-0001-7246-6502", "0000-0001-7559-2432", "0000-0001-9835-113X", "0000-0002-0299-9845",
        "0000-0002-3624-1821", "0000-0002-5479-0189", "0000-0003-1959-442X", "0000-0003-2907-038X")],
}

EMAIL_RE = re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}")
IPV4_RE = re.compile(r"(?<![\w.])\d{1,3}(?:\.\d{1,3}){3}(?![\w]|\.\d)")
RESERVED_RE = re.compile(r"@(?:(?:[\w-]+\.)*example\.(?:com|net|org)|(?:[\w-]+\.)*(?:example|test|invalid|localhost)|localhost)$", re.I)


def ipv4_shapes(text):
    for m in IPV4_RE.finditer(text):
        if all(int(x) <= 255 for x in m.group().split(".")):
            yield m


def lang_of(path):
    ext = path.rsplit(".", 1)[-1].lower() if "." in os.path.basename(path) else ""
    return {"py": "python", "rst": "rst", "md": "markdown", "toml": "toml", "yml": "yaml", "yaml": "yaml",
            "cff": "yaml", "bib": "bibtex", "ini": "ini", "txt": "text"}.get(ext, "text")


def excerpt(text, path):
    if len(text) > MAXLEN:
        cut = text[:MAXLEN]
        text = cut[: cut.rfind("\n") + 1]
    if path.endswith(".py"):
        lines = text.splitlines(True)
        for n in range(len(lines), 0, -1):
            cand = "".join(lines[:n])
            try:
                compile(cand, path, "exec")
                return cand
            except SyntaxError:
                continue
        raise SystemExit(f"no compiling prefix for {path}")
    return text


# ---------------------------------------------------------------- snippets per file type
def snippet(r, path):
    base = os.path.basename(path)
    ip1, ip2 = M("IP_ADDRESS", "snippet_ipv4", gen_h18.public_ip(r)), M("IP_ADDRESS", "snippet_ipv4", gen_h18.public_ip(r))
    em = M("EMAIL", "snippet_email", gen_h18.email(r))
    kk = r.choice(["hex_secret", "alnum_secret", "jwt_secret", "forgejo_token", "cerebras_key", "firecrawl_key",
                   "coralogix_key", "rootly_key", "akamai_client_secret", "vercel_token"])

    def key():
        return M("KEY", "snippet_" + kk, gen_h18.vendor_key(r, kk))

    def pw(cs):
        return M("PASSWORD", "snippet_password", gen_h18.pw(r, cs))

    if base.endswith(".py"):
        return (f"\n\n# --- local mirror settings (not for release) ---\n"
                f"MIRROR = dict(host=\"{ip1}\", user=\"{em}\", password=\"{pw('code')}\",\n"
                f"              token=\"{key()}\", fallback=\"{ip2}\")\n")
    if base.endswith(".rst"):
        return (f"\n.. admonition:: Local mirror\n\n   Uploads go to ``{ip1}`` as ``{em}`` with password ``{pw('prose')}``;\n"
                f"   the mirror token is ``{key()}`` (backup host ``{ip2}``).\n")
    if base.endswith(".md"):
        return (f"\n<!-- mirror upload: host {ip1}, user {em}, password {pw('prose')}, token {key()}, backup {ip2} -->\n")
    if base.endswith(".toml"):
        return (f"\n[tool.mirror-upload]\nhost = \"{ip1}\"\nuser = \"{em}\"\npassword = \"{pw('code')}\"\n"
                f"token = \"{key()}\"\nbackup = \"{ip2}\"\n")
    if base.endswith((".yml", ".yaml", ".cff")):
        return (f"\nx-mirror-upload:\n  host: {ip1}\n  user: {em}\n  password: {pw('yaml')}\n  token: {key()}\n  backup: {ip2}\n")
    if base.endswith((".ini", ".cfg")):
        return (f"\n[mirror:upload]\nhost = {ip1}\nuser = {em}\npassword = {pw('ini')}\ntoken = {key()}\nbackup = {ip2}\n")
    if base.endswith(".bib"):
        return (f"\n@misc{{MirrorNote,\n  note = {{Mirror {ip1}, contact {em}, password {pw('prose')}, token {key()}, backup {ip2}}}\n}}\n")
    # plain text (AUTHORS.txt)
    return (f"\nMirror uploads: {ip1} (backup {ip2}), contact {em}, password {pw('prose')}.\n"
            f"Upload token: {key()}\n")


# ---------------------------------------------------------------- markers
def strip_markers(marked):
    out, labels, looks = [], [], []
    i, pos = 0, 0
    while True:
        a = marked.find("\ue000", i)
        if a < 0:
            out.append(marked[i:])
            break
        out.append(marked[i:a])
        pos += a - i
        b = marked.index("\ue001", a)
        c = marked.index("\ue002", b)
        tag, kind = marked[a + 1:b].split("|")
        val = marked[b + 1:c]
        assert "\ue000" not in val, marked[a:c]
        (looks if tag == "LOOK" else labels).append(
            {"tag": tag, "start": pos, "end": pos + len(val), "kind": kind} if tag != "LOOK" else
            {"kind": kind, "start": pos, "end": pos + len(val)})
        out.append(val)
        pos += len(val)
        i = c + 1
    return "".join(out), labels, looks


def apply_review(text, key, labels, looks, used_review, used_extra):
    review = CARRIER_REVIEW.get(key, {})
    for m in list(EMAIL_RE.finditer(text)) + list(ipv4_shapes(text)):
        shape = m.group()
        assert shape in review, f"unreviewed shape {shape!r} in {key}"
        used_review.add((key, shape))
        tag, kind = review[shape]
        if tag == "LOOK":
            looks.append({"kind": kind, "start": m.start(), "end": m.end()})
        else:
            labels.append({"tag": tag, "start": m.start(), "end": m.end(), "kind": kind})
    for val, kind in CARRIER_EXTRA_LOOK.get(key, []):
        n = 0
        for m in re.finditer(re.escape(val), text):
            looks.append({"kind": kind, "start": m.start(), "end": m.end()})
            n += 1
        assert n, f"extra look-alike {val!r} not found in {key}"
        used_extra.add((key, val))


# ---------------------------------------------------------------- checks
def check(doc):
    t, labels, looks = doc["content"], doc["labels"], doc["lookalikes"]
    assert labels, doc["id"]
    spans = sorted([(x["start"], x["end"]) for x in labels + looks])
    for (s1, e1), (s2, e2) in zip(spans, spans[1:]):
        assert e1 <= s2, (doc["id"], t[s1:e1], t[s2:e2])
    for x in labels + looks:
        v = t[x["start"]:x["end"]]
        assert 0 <= x["start"] < x["end"] <= len(t), doc["id"]
        assert v == v.strip() and "\n" not in v, (doc["id"], v)
    for x in labels:
        v = t[x["start"]:x["end"]]
        assert x["tag"] in ("EMAIL", "IP_ADDRESS", "KEY", "PASSWORD"), x
        if x["tag"] == "IP_ADDRESS":
            ip = ipaddress.ip_address(v)
            assert ip.version == 4 and ip.is_global and not ip.is_multicast, (doc["id"], v)
        if x["tag"] == "EMAIL":
            assert EMAIL_RE.fullmatch(v), (doc["id"], v)
            assert not RESERVED_RE.search(v), (doc["id"], v)
    for x in looks:
        v = t[x["start"]:x["end"]]
        if x["kind"] == "reserved_email":
            assert EMAIL_RE.fullmatch(v) and RESERVED_RE.search(v), (doc["id"], v)
        if x["kind"].endswith("_ip") or x["kind"] == "netmask":
            try:
                ip = ipaddress.ip_address(v)
            except ValueError:
                continue
            assert not ip.is_global, (doc["id"], v)
    allspans = [(x["start"], x["end"]) for x in labels + looks]
    for m in list(EMAIL_RE.finditer(t)) + list(ipv4_shapes(t)):
        a, b = m.span()
        at = t.find("@", a, b)
        ok = any(s <= a and b <= e for s, e in allspans) or (at >= 0 and any(e == at and s >= a for s, e in allspans))
        assert ok, (doc["id"], m.group())
    if doc["lang"] == "python":
        compile(t, doc["path"], "exec")
    if doc["lang"] in ("json", "ipynb"):
        json.loads(t)


# ---------------------------------------------------------------- build
def extract(src):
    for pkg, ver, folder, lic, files in PACKAGES:
        dst = os.path.join(HERE, "sources", pkg)
        os.makedirs(dst, exist_ok=True)
        shutil.copyfile(os.path.join(src, folder, lic), os.path.join(dst, os.path.basename(lic)))
        for f in files:
            with open(os.path.join(src, folder, f), encoding="utf-8", newline="") as fh:
                text = fh.read()
            out = os.path.join(dst, f)
            os.makedirs(os.path.dirname(out), exist_ok=True)
            with open(out, "w", encoding="utf-8", newline="") as fh:
                fh.write(excerpt(text, f))


def build():
    docs = []
    used_review, used_extra = set(), set()
    for pkg, ver, folder, lic, files in PACKAGES:
        for f in files:
            with open(os.path.join(HERE, "sources", pkg, f), encoding="utf-8", newline="") as fh:
                exc = fh.read()
            key = (pkg, f)
            labels, looks = [], []
            apply_review(exc, key, labels, looks, used_review, used_extra)
            r = random.Random(f"{SET}:carrier:{pkg}/{f}")
            snip, sl, sk = strip_markers(snippet(r, f))
            off = len(exc)
            labels += [dict(x, start=x["start"] + off, end=x["end"] + off) for x in sl]
            looks += [dict(x, start=x["start"] + off, end=x["end"] + off) for x in sk]
            content = exc + snip
            assert content.startswith(exc)
            docs.append({"id": f"h18-real-{pkg}-{f.replace('/', '-')}", "lang": lang_of(f), "path": f,
                         "content": content, "labels": sorted(labels, key=lambda x: x["start"]),
                         "lookalikes": sorted(looks, key=lambda x: x["start"]), "_class": "real carrier"})
    for key, review in CARRIER_REVIEW.items():
        for shape in review:
            assert (key, shape) in used_review, f"stale review entry {shape!r} for {key}"
    for key, vals in CARRIER_EXTRA_LOOK.items():
        for val, _ in vals:
            assert (key, val) in used_extra
    for name, cls, lang, path, fn in templates_h18.TEMPLATES:
        for n in range(3):
            r = random.Random(f"{SET}:{name}:{n}")
            content, labels, looks = strip_markers(fn(r))
            docs.append({"id": f"h18-syn-{name}-{n}", "lang": lang, "path": path, "content": content,
                         "labels": labels, "lookalikes": looks, "_class": cls})
    ids = [d["id"] for d in docs]
    assert len(ids) == len(set(ids))
    for d in docs:
        check(d)
    return docs


def counts(docs):
    c = {"documents": {"real, with planted snippet": sum(d["_class"] == "real carrier" for d in docs),
                       "synthetic": sum(d["_class"] != "real carrier" for d in docs)},
         "labels_by_tag": {}, "lookalikes": 0, "documents_by_class": {}, "labels_by_tag_and_class": {},
         "labels_by_kind": {}, "lookalike_kinds": {}, "templates": len(templates_h18.TEMPLATES)}
    tags, cls, tc, kinds, lk = (collections.Counter() for _ in range(5))
    for d in docs:
        cls[d["_class"]] += 1
        for x in d["labels"]:
            tags[x["tag"]] += 1
            tc[f"{x['tag']} | {d['_class']}"] += 1
            kinds[f"{x['tag']} | {x['kind']}"] += 1
        for x in d["lookalikes"]:
            lk[x["kind"]] += 1
    c["labels_by_tag"] = dict(sorted(tags.items()))
    c["lookalikes"] = sum(lk.values())
    c["documents_by_class"] = dict(sorted(cls.items()))
    c["labels_by_tag_and_class"] = dict(sorted(tc.items()))
    c["labels_by_kind"] = dict(sorted(kinds.items()))
    c["lookalike_kinds"] = dict(sorted(lk.items()))
    return c


def main():
    if len(sys.argv) == 3 and sys.argv[1] == "--extract":
        extract(sys.argv[2])
        return
    if len(sys.argv) == 2 and sys.argv[1] == "--shapes":
        for pkg, ver, folder, lic, files in PACKAGES:
            for f in files:
                with open(os.path.join(HERE, "sources", pkg, f), encoding="utf-8", newline="") as fh:
                    t = fh.read()
                for m in list(EMAIL_RE.finditer(t)) + list(ipv4_shapes(t)):
                    print(pkg, f, repr(m.group()))
        return
    docs = build()
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8", newline="\n") as fh:
        for d in docs:
            d = {k: v for k, v in d.items() if k != "_class"}
            fh.write(json.dumps(d, ensure_ascii=False, sort_keys=False) + "\n")
    with open(os.path.join(HERE, "counts.json"), "w", encoding="utf-8", newline="\n") as fh:
        json.dump(counts(docs), fh, indent=2, ensure_ascii=False)
        fh.write("\n")
    print(f"{len(docs)} documents")


if __name__ == "__main__":
    main()
