#!/usr/bin/env python3
"""Build held-out set 20 for the PII/secret redactor (stdlib only; never imports codelm).

    python make_heldout_20.py              # rewrite labels.jsonl and counts.json
    python make_heldout_20.py --extract DIR  # recut excerpts from sdists unpacked in DIR/<name>-<version>/
    python make_heldout_20.py --shapes       # list e-mail/IPv4 shapes in the stored excerpts
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
SRC = os.path.join(HERE, "sources")
SEED = "codelm-redact-heldout-20"
EXCERPT_MAX = 3500

# package, version, licence file, [files]
PACKAGES = [
    ("anyascii", "0.3.3", "LICENSE", ["README.md", "pyproject.toml"]),
    ("cellpylib", "2.4.0", "LICENSE.txt", ["README.md", "setup.py"]),
    ("dendropy", "5.1.3", "LICENSE.rst", ["CHANGES.rst", "setup.py"]),
    ("fluids", "1.3.1", "LICENSE.txt", ["README.rst", "pyproject.toml"]),
    ("mahjong", "2.1.0", "LICENSE.txt", ["README.md", "pyproject.toml"]),
    ("markovify", "0.9.4", "LICENSE.txt", ["README.md", "setup.cfg"]),
    ("mplstereonet", "0.6.3", "LICENSE", ["README.rst", "setup.py"]),
    ("panphon", "0.22.2", "LICENSE.txt", ["README.md", "setup.py"]),
    ("pybamm", "26.10.1.1", "LICENSE.txt", ["CITATION.cff", "README.md"]),
    ("pygeohash", "3.5.1", "LICENSE.txt", ["CHANGELOG.md", "Makefile"]),
    ("sectionproperties", "3.10.2", "LICENSE", [".github/workflows/release.yml", "pyproject.toml"]),
    ("snowballstemmer", "3.1.1", "COPYING", ["NEWS", "setup.py"]),
    ("utide", "0.4.0", "LICENSE.txt", [".github/workflows/pypi.yml", "README.md"]),
    ("vaderSentiment", "3.3.2", "LICENSE.txt", ["README.rst", "setup.cfg"]),
    ("wfdb", "4.3.1", "LICENSE", ["README.md", "pyproject.toml"]),
]


def ftype(path):
    base = os.path.basename(path)
    if base.endswith(".py"):
        return "python"
    if base.endswith(".md"):
        return "markdown"
    if base.endswith(".rst"):
        return "rst"
    if base.endswith(".toml"):
        return "toml"
    if base.endswith(".cfg"):
        return "ini"
    if base.endswith((".yml", ".yaml", ".cff")):
        return "yaml"
    if base == "Makefile":
        return "makefile"
    if base == "NEWS":
        return "text"
    raise ValueError(path)


# Every e-mail- and IPv4-shaped string in the stored excerpts, reviewed by hand:
# (package, path) -> {shape: (decision, kind, count)}; decision is a tag or "LOOK".
CARRIER_REVIEW = {
    ("anyascii", "pyproject.toml"): {"hunter@hunterwb.com": ("EMAIL", "carrier_email", 1)},
    ("cellpylib", "setup.py"): {"lantunes@gmail.com": ("EMAIL", "carrier_email", 1)},
    ("fluids", "pyproject.toml"): {"Caleb.Andrew.Bell@gmail.com": ("EMAIL", "carrier_email", 1)},
    ("mahjong", "pyproject.toml"): {"alexey@nihisil.com": ("EMAIL", "carrier_email", 1)},
    ("mplstereonet", "setup.py"): {"joferkington@gmail.com": ("EMAIL", "carrier_email", 1)},
    ("panphon", "setup.py"): {"dmortens@cs.cmu.edu": ("EMAIL", "carrier_email", 1)},
    ("pybamm", "CITATION.cff"): {"26.10.1.1": ("LOOK", "carrier_version", 1)},
    ("sectionproperties", "pyproject.toml"): {
        "robbie.vanleeuwen@gmail.com": ("EMAIL", "carrier_email", 2),
        "connorferster@gmail.comm": ("EMAIL", "carrier_email", 1),
    },
    ("snowballstemmer", "setup.py"): {"snowball-discuss@lists.tartarus.org": ("EMAIL", "carrier_list_email", 1)},
    ("utide", "README.md"): {"d.codiga@gso.uri.edu": ("EMAIL", "carrier_email", 1)},
    ("wfdb", "pyproject.toml"): {"contact@physionet.org": ("EMAIL", "carrier_email", 1)},
}

# Extra carrier strings recorded as look-alikes (every occurrence): (package, path) -> [(string, kind)]
CARRIER_EXTRA_LOOK = {
    ("sectionproperties", ".github/workflows/release.yml"): [("${{ secrets.GITHUB_TOKEN }}", "carrier_secret_expression")],
    ("utide", ".github/workflows/pypi.yml"): [
        ("${{ secrets.PYPI_PASSWORD }}", "carrier_secret_expression"),
        ("3d3c42e5aac5ba805825da76410c181273ba90b1", "carrier_git_sha"),
        ("5fda3b95a4ea91299a34e894583c3862153e4b97", "carrier_git_sha"),
        ("dc37677b2e1c63e2034f94d8a5b11f265b73ba33", "carrier_git_sha"),
    ],
}

EMAIL_RE = re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}")
IPV4_RE = re.compile(r"(?<![0-9.])(?:\d{1,3}\.){3}\d{1,3}(?!\.?\d)")


def ip_shapes(text):
    out = []
    for m in IPV4_RE.finditer(text):
        if all(int(p) <= 255 for p in m.group().split(".")):
            out.append(m)
    return out


def shapes(text):
    return list(EMAIL_RE.finditer(text)) + ip_shapes(text)


def cut_excerpt(text, kind):
    if len(text) <= EXCERPT_MAX:
        ex = text
    else:
        ex = text[:EXCERPT_MAX]
        ex = ex[: ex.rfind("\n") + 1]
    if kind == "python":
        lines = ex.splitlines(keepends=True)
        for n in range(len(lines), 0, -1):
            cand = "".join(lines[:n])
            try:
                compile(cand, "<excerpt>", "exec")
                return cand
            except SyntaxError:
                continue
        raise SystemExit("no compiling prefix")
    return ex


def extract(root):
    if os.path.isdir(SRC):
        for name in os.listdir(SRC):
            if name != "SHA256SUMS" and os.path.isdir(os.path.join(SRC, name)):
                shutil.rmtree(os.path.join(SRC, name))
    for pkg, ver, lic, files in PACKAGES:
        d = os.path.join(root, f"{pkg}-{ver}")
        os.makedirs(os.path.join(SRC, pkg), exist_ok=True)
        shutil.copyfile(os.path.join(d, lic), os.path.join(SRC, pkg, lic))
        for f in files:
            with open(os.path.join(d, f), encoding="utf-8", newline="") as fh:
                text = fh.read()
            ex = cut_excerpt(text, ftype(f))
            out = os.path.join(SRC, pkg, f)
            os.makedirs(os.path.dirname(out), exist_ok=True)
            with open(out, "w", encoding="utf-8", newline="") as fh:
                fh.write(ex)
            print(f"{pkg}/{f}: {len(text)} -> {len(ex)}")


def read_excerpt(pkg, path):
    with open(os.path.join(SRC, pkg, path), encoding="utf-8", newline="") as fh:
        return fh.read()


def list_shapes():
    for pkg, ver, lic, files in PACKAGES:
        for f in files:
            ex = read_excerpt(pkg, f)
            for m in shapes(ex):
                line = ex[: m.start()].count("\n") + 1
                print(f"{pkg}/{f}:{line}: {m.group()!r}")


# ------------------------------------------------------------------ markers
M0, M1, M2 = "\ue000", "\ue001", "\ue002"
MARK_RE = re.compile("\ue000([A-Z_]+)\\|([A-Za-z0-9_]+)\ue001([^\ue000\ue001\ue002]*)\ue002")


def strip_markers(marked):
    out, labels, looks, pos = [], [], [], 0
    n = 0
    for m in MARK_RE.finditer(marked):
        out.append(marked[pos:m.start()])
        n += len(marked[pos:m.start()])
        tag, kind, val = m.groups()
        span = (n, n + len(val))
        if tag == "LOOK":
            looks.append({"kind": kind, "start": span[0], "end": span[1]})
        else:
            labels.append({"tag": tag, "start": span[0], "end": span[1], "kind": kind})
        out.append(val)
        n += len(val)
        pos = m.end()
    out.append(marked[pos:])
    text = "".join(out)
    assert M0 not in text and M1 not in text and M2 not in text, "stray marker"
    return text, labels, looks


# ------------------------------------------------------------------ carrier snippets
def snippet(kind, r, pkg, path):
    import gen_h20 as g
    ip1, ip2 = g.ip_public(r), g.ip_public(r)
    em = g.email_raw(r, company=True)
    ktypes = ["ipinfo", "chatwork", "zoho_refresh", "viber", "radar", "instabug", "otx", "pepipost", "ipqs",
              "hex64", "klarna", "revolut"]
    kt = ktypes[r.randrange(len(ktypes))]
    kv = g.key_raw(r, kt)
    ctxs = {"python": "quoted", "markdown": "quoted", "rst": "quoted", "toml": "quoted", "ini": "ini",
            "yaml": "yaml", "makefile": "shell", "text": "prose"}
    pv, st = g.pw_raw(r, ctxs[kind])
    I1 = g.mark("IP_ADDRESS", "snippet_ip", ip1)
    I2 = g.mark("IP_ADDRESS", "snippet_ip", ip2)
    E = g.mark("EMAIL", "snippet_email", em)
    P = g.mark("PASSWORD", "snippet_password", pv)
    K = g.mark("KEY", f"snippet_{kt}", kv)
    if kind == "python":
        return ("\n\n# --- mirror sync credentials (remove before release) ---\n"
                f"MIRROR_SYNC = {{\n    \"primary\": \"{I1}\",\n    \"fallback\": \"{I2}\",\n"
                f"    \"contact\": \"{E}\",\n    \"password\": \"{P}\",\n    \"api_key\": \"{K}\",\n}}\n")
    if kind == "markdown":
        return ("\n\n> [!WARNING]\n> Mirror sync (internal, remove before release)\n>\n"
                f"> - hosts: `{I1}`, `{I2}`\n> - contact: `{E}`\n> - password: `{P}`\n> - api key: `{K}`\n")
    if kind == "rst":
        return ("\n\n.. warning:: Mirror sync (internal, remove before release)\n\n"
                f"   Hosts ``{I1}`` and ``{I2}``; contact ``{E}``.\n"
                f"   Password ``{P}``, API key ``{K}``.\n")
    if kind == "toml":
        return ("\n\n[tool.mirror-sync]\n"
                f"hosts = [\"{I1}\", \"{I2}\"]\ncontact = \"{E}\"\npassword = \"{P}\"\napi_key = \"{K}\"\n")
    if kind == "ini":
        return ("\n\n[mirror_sync]\n"
                f"primary = {I1}\nfallback = {I2}\ncontact = {E}\npassword = {P}\napi_key = {K}\n")
    if kind == "yaml":
        return ("\n\nx-mirror-sync:\n"
                f"  hosts: [{I1}, {I2}]\n  contact: {E}\n  password: {P}\n  api_key: {K}\n")
    if kind == "makefile":
        return ("\n\n# mirror sync (internal, remove before release)\n"
                f"MIRROR_HOSTS := {I1} {I2}\nMIRROR_CONTACT := {E}\nMIRROR_PASSWORD := {P}\nMIRROR_API_KEY := {K}\n")
    if kind == "text":
        return (f"\n\nMirror sync (internal): hosts {I1} and {I2}, contact {E},\n"
                f"password {P} and API key {K} - remove before release.\n")
    raise ValueError(kind)


def carrier_docs():
    docs = []
    for pkg, ver, lic, files in PACKAGES:
        for f in files:
            ex = read_excerpt(pkg, f)
            kind = ftype(f)
            r = random.Random(f"{SEED}:carrier:{pkg}/{f}")
            # label reviewed shapes in the excerpt
            review = CARRIER_REVIEW.get((pkg, f), {})
            found = collections.Counter(m.group() for m in shapes(ex))
            for s in found:
                assert s in review, f"unreviewed shape {s!r} in {pkg}/{f}"
            for s, (dec, k, cnt) in review.items():
                assert found.get(s, 0) == cnt, f"stale review entry {s!r} in {pkg}/{f}: {found.get(s, 0)} != {cnt}"
            labels, looks = [], []
            for m in shapes(ex):
                dec, k, _ = review[m.group()]
                if dec == "LOOK":
                    looks.append({"kind": k, "start": m.start(), "end": m.end()})
                else:
                    labels.append({"tag": dec, "start": m.start(), "end": m.end(), "kind": k})
            for s, k in CARRIER_EXTRA_LOOK.get((pkg, f), []):
                idx = [m.start() for m in re.finditer(re.escape(s), ex)]
                assert idx, f"extra look-alike {s!r} not found in {pkg}/{f}"
                for i in idx:
                    looks.append({"kind": k, "start": i, "end": i + len(s)})
            sn_text, sn_labels, sn_looks = strip_markers(snippet(kind, r, pkg, f))
            off = len(ex)
            labels += [dict(l, start=l["start"] + off, end=l["end"] + off) for l in sn_labels]
            looks += [dict(l, start=l["start"] + off, end=l["end"] + off) for l in sn_looks]
            content = ex + sn_text
            assert content.startswith(ex) and content[: len(ex)] == read_excerpt(pkg, f)
            lang = {"markdown": "markdown", "rst": "rst", "python": "python", "toml": "toml", "ini": "ini",
                    "yaml": "yaml", "makefile": "makefile", "text": "text"}[kind]
            docs.append({"id": f"h20-real-{pkg}-{f.replace('/', '-')}", "lang": lang, "path": f"{pkg}/{f}",
                         "content": content, "labels": labels, "lookalikes": looks, "_class": "real carrier",
                         "_excerpt": ex})
    return docs


def synthetic_docs():
    import templates_h20 as T
    docs = []
    for name, cls, lang, path, fn in T.TEMPLATES:
        for n in range(3):
            r = random.Random(f"{SEED}:{name}:{n}")
            marked = fn(r)
            text, labels, looks = strip_markers(marked)
            docs.append({"id": f"h20-syn-{name}-{n}", "lang": lang, "path": path, "content": text,
                         "labels": labels, "lookalikes": looks, "_class": cls})
    return docs


# ------------------------------------------------------------------ checks
RESERVED_SUFFIXES = ("example.com", "example.net", "example.org", ".example", ".test", ".invalid", ".localhost",
                     "localhost")


def is_reserved_domain(dom):
    dom = dom.lower()
    return any(dom == s.lstrip(".") or dom.endswith("." + s.lstrip(".")) for s in RESERVED_SUFFIXES)


def check(doc):
    t = doc["content"]
    assert doc["labels"], doc["id"]
    spans = []
    for l in doc["labels"] + doc["lookalikes"]:
        s, e = l["start"], l["end"]
        v = t[s:e]
        assert 0 <= s < e <= len(t), (doc["id"], l)
        assert v == v.strip() and "\n" not in v, (doc["id"], repr(v))
        spans.append((s, e))
    spans.sort()
    for (a, b), (c, d) in zip(spans, spans[1:]):
        assert b <= c, (doc["id"], "overlap", t[a:b], t[c:d])
    for l in doc["labels"]:
        v = t[l["start"]:l["end"]]
        if l["tag"] == "IP_ADDRESS":
            ip = ipaddress.ip_address(v)
            assert ip.version == 4 and ip.is_global and not ip.is_multicast and not v.startswith("100."), (doc["id"], v)
        elif l["tag"] == "EMAIL":
            assert EMAIL_RE.fullmatch(v), (doc["id"], v)
            assert not is_reserved_domain(v.split("@")[1]), (doc["id"], v)
        elif l["tag"] == "PASSWORD":
            if not doc["id"].startswith("h20-real-") or l["kind"].startswith("snippet_"):
                assert "@" not in v, (doc["id"], v)
        else:
            assert l["tag"] == "KEY", l
    for l in doc["lookalikes"]:
        v = t[l["start"]:l["end"]]
        if l["kind"].endswith("_ip") or l["kind"] in ("netmask", "wildcard_mask"):
            try:
                ip = ipaddress.ip_address(v)
            except ValueError:
                continue
            assert not ip.is_global, (doc["id"], v)
        if l["kind"] == "reserved_email":
            assert is_reserved_domain(v.split("@")[1]), (doc["id"], v)
    for m in shapes(t):
        ok = any(s <= m.start() and m.end() <= e for s, e in spans)
        if not ok and "@" in m.group():
            at = m.start() + m.group().index("@")
            ok = any(s <= m.start() and e == at for s, e in spans)
        assert ok, (doc["id"], "uncovered shape", m.group())
    if doc["lang"] == "python":
        compile(t, doc["id"], "exec")
    if doc["lang"] == "json":
        json.loads(t)
    if doc["lang"] == "ipynb":
        json.loads(t)


def build():
    docs = carrier_docs() + synthetic_docs()
    ids = [d["id"] for d in docs]
    assert len(ids) == len(set(ids)), "duplicate ids"
    for d in docs:
        check(d)
    counts = {"documents": {"real": 0, "synthetic": 0}, "labels_by_tag": collections.Counter(),
              "lookalikes": 0, "documents_by_class": collections.Counter(),
              "labels_by_class": collections.Counter(), "labels_by_kind": collections.Counter(),
              "lookalikes_by_kind": collections.Counter()}
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8", newline="\n") as fh:
        for d in docs:
            cls = d["_class"]
            counts["documents"]["real" if cls == "real carrier" else "synthetic"] += 1
            counts["documents_by_class"][cls] += 1
            for l in d["labels"]:
                counts["labels_by_tag"][l["tag"]] += 1
                counts["labels_by_class"][f"{l['tag']}|{cls}"] += 1
                counts["labels_by_kind"][f"{l['tag']}|{l['kind']}"] += 1
            for l in d["lookalikes"]:
                counts["lookalikes"] += 1
                counts["lookalikes_by_kind"][l["kind"]] += 1
            rec = {"id": d["id"], "lang": d["lang"], "path": d["path"], "content": d["content"],
                   "labels": sorted(d["labels"], key=lambda x: x["start"]),
                   "lookalikes": sorted(d["lookalikes"], key=lambda x: x["start"])}
            fh.write(json.dumps(rec, ensure_ascii=False, sort_keys=False) + "\n")
    out = {k: (dict(sorted(v.items())) if isinstance(v, dict) else v) for k, v in counts.items()}
    with open(os.path.join(HERE, "counts.json"), "w", encoding="utf-8", newline="\n") as fh:
        json.dump(out, fh, indent=1, ensure_ascii=False, sort_keys=True)
        fh.write("\n")
    print(f"{len(docs)} documents, {sum(counts['labels_by_tag'].values())} labels, {counts['lookalikes']} look-alikes")


if __name__ == "__main__":
    if len(sys.argv) > 2 and sys.argv[1] == "--extract":
        extract(sys.argv[2])
    elif len(sys.argv) > 1 and sys.argv[1] == "--shapes":
        list_shapes()
    else:
        build()
