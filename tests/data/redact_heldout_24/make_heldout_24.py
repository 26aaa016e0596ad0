"""Build held-out set 24 for the PII/secret redactor (standard library only; never imports codelm).

    python make_heldout_24.py            # rewrite labels.jsonl and counts.json
    python make_heldout_24.py --shapes   # list e-mail/IPv4 shapes in the stored excerpts (review aid)
    python make_heldout_24.py --extract DIR   # recut excerpts / copy licences from sdists unpacked in DIR
"""
import sys
sys.dont_write_bytecode = True
import hashlib
import ipaddress
import json
import os
import random
import re
import shutil

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from gen_h24 import G, M0, M1, M2  # noqa: E402
import templates_h24  # noqa: E402

SEED = "codelm-redact-heldout-24"
LIMIT = 3500

# package -> (version, licence spdx, [licence files], [files used])
PACKAGES = {
    "backoff": ("2.2.1", "MIT", ["LICENSE"], ["README.rst", "pyproject.toml"]),
    "colorama": ("0.4.6", "BSD-3-Clause", ["LICENSE.txt"], ["CHANGELOG.rst", "demos/demo.sh"]),
    "cron_descriptor": ("2.2.1", "MIT", ["LICENSE"], ["README.md", "setup.py"]),
    "decorator": ("5.3.2", "BSD-2-Clause", ["LICENSE.txt"], ["CHANGES.md", "docs/_config.yml"]),
    "emoji": ("2.16.0", "BSD-3-Clause", ["LICENSE.txt"], ["pyproject.toml"]),
    "iso8601": ("2.1.0", "MIT", ["LICENSE"], ["README.rst"]),
    "markdown2": ("2.5.6", "MIT", ["LICENSE.txt"], ["CONTRIBUTORS.txt", "Makefile", "setup.py", "tox.ini"]),
    "tomli": ("2.5.0", "MIT", ["LICENSE"], ["pyproject.toml"]),
    "toolz": ("1.2.0", "BSD-3-Clause", ["LICENSE.txt"], ["AUTHORS.md"]),
    "tzlocal": ("5.4.5", "MIT", ["LICENSE.txt"], ["CHANGES.txt"]),
    "uritemplate": ("4.2.0", "BSD-3-Clause OR Apache-2.0", ["LICENSE", "LICENSE.BSD", "LICENSE.APACHE"],
                    ["AUTHORS.rst", "setup.cfg"]),
    "webencodings": ("0.6.1", "BSD-3-Clause", ["LICENSE"], ["docs/changelog.rst"]),
}

# Every e-mail/IPv4 shape in the excerpts, reviewed by hand:
# (package, path, shape) -> (tag or "LOOK", kind, expected count)
CARRIER_REVIEW = {
    ("backoff", "pyproject.toml", "rgreen@aquent.com"): ("EMAIL", "carrier_email", 1),
    ("emoji", "pyproject.toml", "carpedm20@gmail.com"): ("EMAIL", "carrier_email", 1),
    ("emoji", "pyproject.toml", "wursterk@gmail.com"): ("EMAIL", "carrier_email", 1),
    ("markdown2", "setup.py", "trentm@gmail.com"): ("EMAIL", "carrier_email", 2),
    ("tomli", "pyproject.toml", "hukkin@users.noreply.github.com"): ("EMAIL", "carrier_email", 1),
    ("uritemplate", "AUTHORS.rst", "graffatcolmingov@gmail.com"): ("EMAIL", "carrier_email", 1),
    ("uritemplate", "setup.cfg", "graffatcolmingov@gmail.com"): ("EMAIL", "carrier_email", 1),
}
# Extra carrier look-alikes: (package, path, string) -> (kind, count)
CARRIER_EXTRA_LOOK = {}

EMAIL_RE = re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}")
IPV4_RE = re.compile(r"(?<![\d.])(?:\d{1,3}\.){3}\d{1,3}(?![\d]|\.\d)")
RESERVED = ("example.com", "example.org", "example.net")
RESERVED_TLD = (".example", ".test", ".invalid", ".localhost")


def ftype(path):
    p = path.lower()
    base = os.path.basename(p)
    if p.endswith(".py"):
        return "python"
    if p.endswith(".rst") or base == "changes":
        return "rst"
    if p.endswith(".md"):
        return "markdown"
    if p.endswith(".toml"):
        return "toml"
    if p.endswith((".yml", ".yaml", ".cff")):
        return "yaml"
    if p.endswith((".ini", ".cfg")):
        return "ini"
    if base in ("makefile",):
        return "makefile"
    if p.endswith(".sh"):
        return "shell"
    return "text"


def cut(text, is_python):
    if len(text) <= LIMIT:
        ex = text
    else:
        ex = text[:LIMIT]
        ex = ex[: ex.rfind("\n") + 1]
    if is_python:
        while ex:
            try:
                compile(ex, "<excerpt>", "exec")
                break
            except SyntaxError:
                ex = ex[: ex.rstrip("\n").rfind("\n") + 1]
    return ex


def src_path(pkg, path):
    return os.path.join(HERE, "sources", pkg, path)


def extract(d):
    os.makedirs(os.path.join(HERE, "sources"), exist_ok=True)
    sums = []
    for pkg, (ver, _lic, lics, files) in PACKAGES.items():
        root = os.path.join(d, f"{pkg}-{ver}")
        for f in lics + files:
            os.makedirs(os.path.dirname(src_path(pkg, f)), exist_ok=True)
            with open(os.path.join(root, f), encoding="utf-8", newline="") as fh:
                text = fh.read()
            if f in files:
                text = cut(text, f.endswith(".py"))
            with open(src_path(pkg, f), "w", encoding="utf-8", newline="") as fh:
                fh.write(text)
    sd = os.path.join(d, "..", "SDISTS")
    for fn in sorted(os.listdir(sd)):
        with open(os.path.join(sd, fn), "rb") as fh:
            sums.append(f"{hashlib.sha256(fh.read()).hexdigest()}  {fn}\n")
    with open(os.path.join(HERE, "sources", "SHA256SUMS"), "w") as fh:
        fh.writelines(sums)


def read_excerpt(pkg, path):
    with open(src_path(pkg, path), encoding="utf-8", newline="") as fh:
        return fh.read()


def shapes(text):
    out = [m.group(0) for m in EMAIL_RE.finditer(text)]
    for m in IPV4_RE.finditer(text):
        parts = m.group(0).split(".")
        if all(int(p) <= 255 for p in parts):
            out.append(m.group(0))
    return out


def strip(marked):
    """Remove markers; return text, labels, look-alikes."""
    out, labels, looks = [], [], []
    pos = 0
    i = 0
    n = 0
    while True:
        j = marked.find(M0, i)
        if j < 0:
            out.append(marked[i:])
            break
        out.append(marked[i:j])
        n += j - i
        k = marked.index(M1, j)
        e = marked.index(M2, k)
        tag, kind = marked[j + 1:k].split("|")
        val = marked[k + 1:e]
        assert M0 not in val
        span = {"start": n, "end": n + len(val)}
        if tag == "LOOK":
            looks.append({"kind": kind, **span})
        else:
            labels.append({"tag": tag, **span, "kind": kind})
        out.append(val)
        n += len(val)
        i = e + 1
    return "".join(out), labels, looks


def is_reserved(domain):
    d = domain.lower()
    return d in RESERVED or d.endswith(tuple("." + x for x in RESERVED)) or d.endswith(RESERVED_TLD) or d == "localhost"


def check_doc(doc, tname):
    text = doc["content"]
    spans = [(x["start"], x["end"], x.get("tag", "LOOK"), x["kind"]) for x in doc["labels"] + doc["lookalikes"]]
    assert doc["labels"], doc["id"]
    spans.sort()
    for a, (s, e, tag, kind) in enumerate(spans):
        v = text[s:e]
        assert 0 <= s < e <= len(text), (doc["id"], s, e)
        assert v == v.strip() and "\n" not in v, (doc["id"], v)
        if a:
            assert spans[a - 1][1] <= s, (doc["id"], spans[a - 1], (s, e))
        if tag == "IP_ADDRESS":
            o = ipaddress.ip_address(v)
            assert o.version == 4 and o.is_global and not o.is_multicast and not v.startswith("100."), (doc["id"], v)
        if tag == "LOOK" and kind.endswith("_ip"):
            assert not ipaddress.ip_address(v).is_global, (doc["id"], v)
        if tag == "LOOK" and kind in ("netmask", "wildcard_mask"):
            ipaddress.ip_address(v)
        if tag == "EMAIL":
            assert re.fullmatch(r"[^@\s]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}", v), (doc["id"], v)
            assert not is_reserved(v.split("@")[1]), (doc["id"], v)
        if tag == "LOOK" and kind == "reserved_email":
            assert is_reserved(v.split("@")[1]), (doc["id"], v)
        if tag == "PASSWORD":
            assert "@" not in v, (doc["id"], v)
            if not v.isascii():
                assert tname and tname.startswith("note_"), (doc["id"], v)
    # every e-mail/IPv4 shape is covered
    cover = [(s, e) for s, e, _, _ in spans]
    for m in list(EMAIL_RE.finditer(text)) + [m for m in IPV4_RE.finditer(text)
                                              if all(int(p) <= 255 for p in m.group(0).split("."))]:
        ms, me = m.span()
        at = text.find("@", ms, me)
        ok = any(s <= ms and me <= e for s, e in cover)
        # a span that ends at the shape's '@' (URL userinfo, user@host) also counts
        ok = ok or (at >= 0 and any(e == at and s >= ms for s, e in cover))
        assert ok, (doc["id"], m.group(0))
    lang = doc["lang"]
    if lang == "python":
        compile(text, doc["id"], "exec")
    if lang in ("json", "ipynb"):
        json.loads(text)
    if lang == "jsonl":
        for line in text.splitlines():
            if line.strip():
                json.loads(line)


def build():
    docs, classes = [], {}
    # ---- real carriers ----
    used_review = {k: 0 for k in CARRIER_REVIEW}
    used_extra = {k: 0 for k in CARRIER_EXTRA_LOOK}
    for pkg, (ver, _lic, _lics, files) in PACKAGES.items():
        for path in files:
            ex = read_excerpt(pkg, path)
            assert "\r" not in ex
            # the stored excerpt is already cut as --extract would cut it
            assert cut(ex, path.endswith(".py")) == ex, (pkg, path)
            ft = ftype(path)
            rng = random.Random(f"{SEED}:carrier:{pkg}/{path}")
            snippet = templates_h24.carrier_snippet(G(rng), ft)
            # mark reviewed shapes in the excerpt
            marked_ex = ex
            spans = []
            for m in list(EMAIL_RE.finditer(ex)) + [m for m in IPV4_RE.finditer(ex)
                                                    if all(int(p) <= 255 for p in m.group(0).split("."))]:
                key = (pkg, path, m.group(0))
                assert key in CARRIER_REVIEW, f"unreviewed carrier shape {key}"
                used_review[key] += 1
                spans.append((m.start(), m.end(), CARRIER_REVIEW[key][0], CARRIER_REVIEW[key][1]))
            for (p2, path2, s), (kind, _c) in CARRIER_EXTRA_LOOK.items():
                if (p2, path2) != (pkg, path):
                    continue
                for m in re.finditer(re.escape(s), ex):
                    used_extra[(p2, path2, s)] += 1
                    spans.append((m.start(), m.end(), "LOOK", kind))
            spans.sort(reverse=True)
            for s, e, tag, kind in spans:
                marked_ex = marked_ex[:s] + f"{M0}{tag}|{kind}{M1}{ex[s:e]}{M2}" + marked_ex[e:]
            sep = "\n" if ex.endswith("\n") else "\n\n"
            text, labels, looks = strip(marked_ex + sep + snippet)
            assert text.startswith(ex)
            doc = {"id": f"h24-real-{pkg}-{path.replace('/', '-')}", "lang": ft, "path": f"{pkg}/{path}",
                   "content": text, "labels": labels, "lookalikes": looks}
            check_doc(doc, None)
            docs.append(doc)
            classes[doc["id"]] = "real carrier"
    for k, n in used_review.items():
        assert n == CARRIER_REVIEW[k][2], ("stale or miscounted review entry", k, n)
    for k, n in used_extra.items():
        assert n == CARRIER_EXTRA_LOOK[k][1], ("stale extra look-alike", k, n)
    # ---- synthetic ----
    assert len(templates_h24.TEMPLATES) == 110, len(templates_h24.TEMPLATES)
    for name, (group, lang, path, fn) in templates_h24.TEMPLATES.items():
        for n in range(3):
            rng = random.Random(f"{SEED}:{name}:{n}")
            text, labels, looks = strip(fn(G(rng)))
            doc = {"id": f"h24-syn-{name}-{n}", "lang": lang, "path": path, "content": text,
                   "labels": labels, "lookalikes": looks}
            check_doc(doc, name)
            docs.append(doc)
            classes[doc["id"]] = group
    ids = [d["id"] for d in docs]
    assert len(ids) == len(set(ids)) == 350, len(ids)
    return docs, classes


def counts(docs, classes):
    c = {"documents": {"real": 0, "synthetic": 0}, "labels": {}, "lookalikes": 0, "documents_by_class": {},
         "labels_by_class": {}, "labels_by_kind": {}, "lookalikes_by_kind": {}}
    for d in docs:
        cls = classes[d["id"]]
        c["documents"]["real" if cls == "real carrier" else "synthetic"] += 1
        c["documents_by_class"][cls] = c["documents_by_class"].get(cls, 0) + 1
        for l in d["labels"]:
            c["labels"][l["tag"]] = c["labels"].get(l["tag"], 0) + 1
            k = f"{l['tag']}|{cls}"
            c["labels_by_class"][k] = c["labels_by_class"].get(k, 0) + 1
            k = f"{l['tag']}|{l['kind']}"
            c["labels_by_kind"][k] = c["labels_by_kind"].get(k, 0) + 1
        for l in d["lookalikes"]:
            c["lookalikes"] += 1
            c["lookalikes_by_kind"][l["kind"]] = c["lookalikes_by_kind"].get(l["kind"], 0) + 1
    for k in ("labels", "documents_by_class", "labels_by_class", "labels_by_kind", "lookalikes_by_kind"):
        c[k] = dict(sorted(c[k].items()))
    return c


def main():
    if len(sys.argv) > 2 and sys.argv[1] == "--extract":
        extract(sys.argv[2])
        return
    if len(sys.argv) > 1 and sys.argv[1] == "--shapes":
        for pkg, (_v, _l, _ls, files) in PACKAGES.items():
            for path in files:
                for s in shapes(read_excerpt(pkg, path)):
                    print(f"{pkg}\t{path}\t{s}")
        return
    docs, classes = build()
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8", newline="\n") as fh:
        for d in docs:
            fh.write(json.dumps(d, ensure_ascii=False, sort_keys=False) + "\n")
    with open(os.path.join(HERE, "counts.json"), "w", encoding="utf-8", newline="\n") as fh:
        json.dump(counts(docs, classes), fh, indent=1, ensure_ascii=False)
        fh.write("\n")
    c = counts(docs, classes)
    print(json.dumps({"documents": c["documents"], "labels": c["labels"], "lookalikes": c["lookalikes"]}))


if __name__ == "__main__":
    main()
