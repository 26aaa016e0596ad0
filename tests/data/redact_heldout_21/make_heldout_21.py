#!/usr/bin/env python3
"""Build held-out set 21 (labels.jsonl, counts.json). Standard library only; never imports codelm.

  python make_heldout_21.py             # rebuild labels.jsonl and counts.json
  python make_heldout_21.py --shapes    # list e-mail/IPv4 shapes in the stored excerpts (review aid)
  python make_heldout_21.py --extract DIR   # recut excerpts from sdists unpacked in DIR/<name>-<version>/
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
sys.dont_write_bytecode = True

from gen_h21 import A, B, C, email, ip, key, pw  # noqa: E402
from templates_h21 import TEMPLATES  # noqa: E402

SEED = "codelm-redact-heldout-21"
MAXLEN = 3500

# package, version, licence, licence file, [files]
PACKAGES = [
    ("galois", "0.4.11", "MIT", "LICENSE", ["README.md", "pyproject.toml"]),
    ("genanki", "0.13.1", "MIT", "LICENSE.txt", ["README.md", "setup.py"]),
    ("jiwer", "4.0.0", "Apache-2.0", "LICENSE", [".github/workflows/pythonpublish.yml", "pyproject.toml"]),
    ("nashpy", "0.0.43", "MIT", "LICENSE", ["CHANGES.md", "pyproject.toml"]),
    ("pefile", "2024.8.26", "MIT", "LICENSE", ["setup.py"]),
    ("pynmea2", "1.19.0", "MIT", "LICENSE", ["README.md", "setup.py"]),
    ("pypinyin", "0.55.0", "MIT", "LICENSE.txt", ["CHANGELOG.rst", "setup.py"]),
    ("rarfile", "4.5", "ISC", "LICENSE", ["Makefile", "README.rst"]),
    ("simpy", "4.1.2", "MIT", "LICENSE.rst", ["AUTHORS.rst", "CHANGES.rst"]),
    ("tinycss2", "1.5.1", "BSD-3-Clause", "LICENSE", ["pyproject.toml"]),
    ("transitions", "0.9.3", "MIT", "LICENSE", ["Changelog.md"]),
    ("uncertainties", "3.2.3", "BSD-3-Clause", "LICENSE.txt", ["README.rst"]),
]

# Every e-mail/IPv4 shape in the stored excerpts, reviewed by hand:
# (package, path, shape) -> (tag or "LOOK", kind, expected occurrences)
CARRIER_REVIEW = {
    ("galois", "pyproject.toml", "matthostetter@gmail.com"): ("EMAIL", "carrier_email", 1),
    ("genanki", "setup.py", "k@kerrickstaley.com"): ("EMAIL", "carrier_email", 1),
    ("jiwer", "pyproject.toml", "nikvaes@gmail.com"): ("EMAIL", "carrier_email", 1),
    ("nashpy", "pyproject.toml", "vince@vknight.org"): ("EMAIL", "carrier_email", 1),
    ("pynmea2", "setup.py", "tom@zkpq.ca"): ("EMAIL", "carrier_email", 1),
    ("pypinyin", "setup.py", "mozillazg101@gmail.com"): ("EMAIL", "carrier_email", 1),
    ("tinycss2", "pyproject.toml", "simon.sapin@exyr.org"): ("EMAIL", "carrier_email", 1),
    ("tinycss2", "pyproject.toml", "contact@courtbouillon.org"): ("EMAIL", "carrier_email", 1),
}
# Extra carrier look-alikes: (package, path, string) -> (kind, expected occurrences)
CARRIER_EXTRA_LOOK = {
    ("jiwer", ".github/workflows/pythonpublish.yml", "${{ secrets.PYPI_API_TOKEN }}"): ("carrier_secret_expression", 1),
    ("galois", "README.md", "3FJML79ZUK"): ("carrier_badge_token", 1),
}

EMAIL_SHAPE = re.compile(r"[A-Za-z0-9._%+\-]+@[A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)*\.[A-Za-z]{2,}")
IPV4_SHAPE = re.compile(r"(?<![\d.])(?:\d{1,3}\.){3}\d{1,3}(?![\d.])")
RESERVED_DOMAINS = ("example.com", "example.org", "example.net")
RESERVED_SUFFIXES = (".example", ".test", ".invalid", ".localhost", "localhost")


def ftype(path):
    base = os.path.basename(path)
    if base.endswith(".py"):
        return "python"
    if base.endswith(".rst"):
        return "rst"
    if base.endswith(".md"):
        return "markdown"
    if base.endswith(".toml"):
        return "toml"
    if base.endswith(".cfg"):
        return "ini"
    if base.endswith((".yml", ".yaml")):
        return "yaml"
    if base == "Makefile":
        return "makefile"
    return "text"


def cut(text, typ):
    if len(text) > MAXLEN:
        text = text[:MAXLEN]
        text = text[: text.rfind("\n") + 1]
    if typ == "python":
        lines = text.splitlines(keepends=True)
        while lines:
            try:
                compile("".join(lines), "x", "exec")
                break
            except SyntaxError:
                lines.pop()
        text = "".join(lines)
    return text


def snippet(r, typ):
    i1, i2, e, p, k = ip(r, "snippet_ipv4"), ip(r, "snippet_ipv4"), email(r, "snippet_email"), None, None
    kt = r.choice(["lokalise", "crowdin", "phrase", "checkly", "xata", "anyscale", "weblate", "novu"])
    k = key(r, kt, "snippet_" + kt)
    if typ == "python":
        p = pw(r, "q", kind="snippet_password")
        return (f"\n\n# --- release mirror credentials (delete before tagging) ---\nRELEASE_MIRROR = {{\n"
                f"    'primary': '{i1}',\n    'secondary': '{i2}',\n    'owner': '{e}',\n"
                f"    'password': '{p}',\n    'token': '{k}',\n}}\n")
    if typ == "rst":
        p = pw(r, "prose", kind="snippet_password")
        return (f"\n\n.. note:: Release mirror\n\n   Upload to ``{i1}`` (fallback ``{i2}``) as ``{e}``\n"
                f"   with password ``{p}``; API token ``{k}``.\n")
    if typ == "markdown":
        p = pw(r, "prose", kind="snippet_password")
        return (f"\n\n> [!CAUTION]\n> Release mirror: `{i1}` and `{i2}`, account `{e}`,\n"
                f"> password `{p}`, token `{k}`.\n")
    if typ == "toml":
        p = pw(r, "q", kind="snippet_password")
        return (f"\n\n[tool.release-mirror]\nhosts = [\"{i1}\", \"{i2}\"]\nowner = \"{e}\"\n"
                f"password = \"{p}\"\ntoken = \"{k}\"\n")
    if typ == "ini":
        p = pw(r, "ini", kind="snippet_password")
        return f"\n\n[release_mirror]\nprimary = {i1}\nsecondary = {i2}\nowner = {e}\npassword = {p}\ntoken = {k}\n"
    if typ == "yaml":
        p = pw(r, "yaml", kind="snippet_password")
        return (f"\n\nx-release-mirror:\n  hosts: [{i1}, {i2}]\n  owner: {e}\n  password: {p}\n"
                f"  token: {k}\n")
    if typ == "makefile":
        p = pw(r, "sh", kind="snippet_password")
        return (f"\n\n# release mirror (local only)\nMIRROR_HOSTS := {i1} {i2}\nMIRROR_OWNER := {e}\n"
                f"MIRROR_PASSWORD := {p}\nMIRROR_TOKEN := {k}\n")
    raise ValueError(typ)


MARK = re.compile(re.escape(A) + r"([A-Z_]+)\|([A-Za-z0-9_]+)" + re.escape(B) + "(.*?)" + re.escape(C), re.S)


def strip(marked):
    out, labels, looks, pos = [], [], [], 0
    n = 0
    for mt in MARK.finditer(marked):
        out.append(marked[pos:mt.start()])
        n += len(marked[pos:mt.start()])
        tag, kind, val = mt.groups()
        span = {"start": n, "end": n + len(val), "kind": kind}
        if tag == "LOOK":
            looks.append(span)
        else:
            labels.append({"tag": tag, **span})
        out.append(val)
        n += len(val)
        pos = mt.end()
    out.append(marked[pos:])
    text = "".join(out)
    assert A not in text and B not in text and C not in text
    return text, labels, looks


def excerpt_path(pkg, path):
    return os.path.join(HERE, "sources", pkg, path)


def read_excerpt(pkg, path):
    with open(excerpt_path(pkg, path), encoding="utf-8", newline="") as fh:
        return fh.read()


def find_all(text, s):
    out, i = [], text.find(s)
    while i >= 0:
        out.append(i)
        i = text.find(s, i + 1)
    return out


def carrier_docs():
    docs, used = [], collections.Counter()
    for pkg, ver, lic, licfile, files in PACKAGES:
        for path in files:
            ex = read_excerpt(pkg, path)
            typ = ftype(path)
            r = random.Random(f"{SEED}:carrier:{pkg}/{path}")
            sn_text, sn_labels, sn_looks = strip(snippet(r, typ))
            labels, looks = [], []
            for shape_re in (EMAIL_SHAPE, IPV4_SHAPE):
                for mt in shape_re.finditer(ex):
                    k = (pkg, path, mt.group())
                    assert k in CARRIER_REVIEW, f"unreviewed carrier shape {k}"
                    tag, kind, _ = CARRIER_REVIEW[k]
                    used[("R",) + k] += 1
                    span = {"start": mt.start(), "end": mt.end(), "kind": kind}
                    (looks.append(span) if tag == "LOOK" else labels.append({"tag": tag, **span}))
            for (p2, path2, s), (kind, _) in CARRIER_EXTRA_LOOK.items():
                if (p2, path2) == (pkg, path):
                    for i in find_all(ex, s):
                        used[("X", p2, path2, s)] += 1
                        looks.append({"start": i, "end": i + len(s), "kind": kind})
            off = len(ex)
            for lab in sn_labels:
                labels.append({**lab, "start": lab["start"] + off, "end": lab["end"] + off})
            for lk in sn_looks:
                looks.append({**lk, "start": lk["start"] + off, "end": lk["end"] + off})
            content = ex + sn_text
            assert content.startswith(read_excerpt(pkg, path))
            docs.append({"id": f"h21-real-{pkg}-{path.replace('/', '-')}", "lang": typ, "path": f"{pkg}/{path}",
                         "content": content, "labels": labels, "lookalikes": looks, "_class": "real carrier"})
    for k, (tag, kind, cnt) in CARRIER_REVIEW.items():
        assert used[("R",) + k] == cnt, f"stale review entry {k}: {used[('R',) + k]} != {cnt}"
    for k, (kind, cnt) in CARRIER_EXTRA_LOOK.items():
        assert used[("X",) + k] == cnt, f"extra look-alike {k}: {used[('X',) + k]} != {cnt}"
    return docs


def synthetic_docs():
    docs = []
    for name, group, lang, path, fn in TEMPLATES:
        for n in range(3):
            r = random.Random(f"{SEED}:{name}:{n}")
            text, labels, looks = strip(fn(r))
            docs.append({"id": f"h21-syn-{name}-{n}", "lang": lang, "path": path, "content": text,
                         "labels": labels, "lookalikes": looks, "_class": group})
    return docs


def is_reserved(domain):
    d = domain.lower()
    return d in RESERVED_DOMAINS or d.endswith(RESERVED_SUFFIXES) or any(d.endswith("." + x) for x in RESERVED_DOMAINS)


def check(doc):
    t = doc["content"]
    spans = sorted([(s["start"], s["end"]) for s in doc["labels"] + doc["lookalikes"]])
    assert doc["labels"], doc["id"]
    for a, b in spans:
        v = t[a:b]
        assert 0 <= a < b <= len(t), doc["id"]
        assert v == v.strip() and "\n" not in v, (doc["id"], v)
    for (a1, b1), (a2, b2) in zip(spans, spans[1:]):
        assert b1 <= a2, (doc["id"], t[a1:b1], t[a2:b2])
    for lab in doc["labels"]:
        v = t[lab["start"]:lab["end"]]
        if lab["tag"] == "IP_ADDRESS":
            a = ipaddress.ip_address(v)
            assert a.version == 4 and a.is_global and not a.is_multicast and not v.startswith("100."), v
        elif lab["tag"] == "EMAIL":
            assert re.fullmatch(EMAIL_SHAPE, v), v
            assert not is_reserved(v.split("@")[1]), v
        elif lab["tag"] == "PASSWORD":
            if not lab["kind"].startswith("carrier"):
                assert "@" not in v, v
        else:
            assert lab["tag"] == "KEY", lab
    for lk in doc["lookalikes"]:
        v = t[lk["start"]:lk["end"]]
        if lk["kind"].endswith("_ip") or lk["kind"] == "netmask":
            try:
                a = ipaddress.ip_address(v)
            except ValueError:
                continue
            assert not a.is_global, v
        if lk["kind"] == "reserved_email":
            assert is_reserved(v.split("@")[1]), v
    for shape_re in (EMAIL_SHAPE, IPV4_SHAPE):
        for mt in shape_re.finditer(t):
            a, b = mt.span()
            at = t.find("@", a, b)
            ok = any(s <= a and b <= e for s, e in spans) or any(s <= a and e == at for s, e in spans)
            assert ok, (doc["id"], mt.group())
    if doc["lang"] == "python":
        compile(t, doc["id"], "exec")
    if doc["lang"] in ("json", "ipynb"):
        json.loads(t)


def build():
    docs = carrier_docs() + synthetic_docs()
    ids = [d["id"] for d in docs]
    assert len(ids) == len(set(ids))
    errors = []
    for d in docs:
        try:
            check(d)
        except (AssertionError, ValueError, SyntaxError) as exc:
            errors.append(f"{d['id']}: {exc!r}")
    assert not errors, "\n".join(errors)
    counts = {"documents": {"real": sum(d["_class"] == "real carrier" for d in docs),
                            "synthetic": sum(d["_class"] != "real carrier" for d in docs)},
              "labels_by_tag": collections.Counter(), "lookalikes": 0,
              "documents_by_class": collections.Counter(), "labels_by_class": collections.Counter(),
              "labels_by_kind": collections.Counter(), "lookalikes_by_kind": collections.Counter()}
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8", newline="\n") as fh:
        for d in docs:
            cls = d.pop("_class")
            counts["documents_by_class"][cls] += 1
            for lab in d["labels"]:
                counts["labels_by_tag"][lab["tag"]] += 1
                counts["labels_by_class"][f"{lab['tag']} | {cls}"] += 1
                counts["labels_by_kind"][f"{lab['tag']} | {lab['kind']}"] += 1
            for lk in d["lookalikes"]:
                counts["lookalikes"] += 1
                counts["lookalikes_by_kind"][lk["kind"]] += 1
            d["labels"].sort(key=lambda s: s["start"])
            d["lookalikes"].sort(key=lambda s: s["start"])
            fh.write(json.dumps({"id": d["id"], "lang": d["lang"], "path": d["path"], "content": d["content"],
                                 "labels": [{"tag": s["tag"], "start": s["start"], "end": s["end"], "kind": s["kind"]}
                                            for s in d["labels"]],
                                 "lookalikes": [{"kind": s["kind"], "start": s["start"], "end": s["end"]}
                                                for s in d["lookalikes"]]},
                                ensure_ascii=False) + "\n")
    for k in list(counts):
        if isinstance(counts[k], collections.Counter):
            counts[k] = dict(sorted(counts[k].items()))
    with open(os.path.join(HERE, "counts.json"), "w", encoding="utf-8", newline="\n") as fh:
        json.dump(counts, fh, indent=2, ensure_ascii=False, sort_keys=True)
        fh.write("\n")
    print(f"{len(docs)} documents, {sum(counts['labels_by_tag'].values())} labels, {counts['lookalikes']} look-alikes")


def shapes():
    for pkg, ver, lic, licfile, files in PACKAGES:
        for path in files:
            ex = read_excerpt(pkg, path)
            for shape_re in (EMAIL_SHAPE, IPV4_SHAPE):
                for mt in shape_re.finditer(ex):
                    print(f"{pkg}\t{path}\t{mt.group()}\t{ex[max(0, mt.start() - 30):mt.end() + 10]!r}")


def extract(root):
    for pkg, ver, lic, licfile, files in PACKAGES:
        src = os.path.join(root, f"{pkg}-{ver}")
        dst = os.path.join(HERE, "sources", pkg)
        os.makedirs(dst, exist_ok=True)
        shutil.copyfile(os.path.join(src, licfile), os.path.join(dst, licfile))
        for path in files:
            with open(os.path.join(src, path), encoding="utf-8", newline="") as fh:
                text = cut(fh.read(), ftype(path))
            os.makedirs(os.path.dirname(os.path.join(dst, path)), exist_ok=True)
            with open(os.path.join(dst, path), "w", encoding="utf-8", newline="") as fh:
                fh.write(text)


if __name__ == "__main__":
    if sys.argv[1:2] == ["--shapes"]:
        shapes()
    elif sys.argv[1:2] == ["--extract"]:
        extract(sys.argv[2])
    else:
        build()
