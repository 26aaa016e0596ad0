"""Build labels.jsonl for held-out set 27 (deterministic; standard library only; never imports codelm).

  python make_heldout_27.py              build labels.jsonl and counts.json
  python make_heldout_27.py --extract D  recut excerpts from sdists unpacked in D (hashes from D/../SDISTS)
  python make_heldout_27.py --shapes     list e-mail and IPv4 shapes in the stored excerpts (review aid)
"""
import sys

sys.dont_write_bytecode = True
import collections
import hashlib
import ipaddress
import json
import os
import random
import re
import shutil

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from gen_h27 import E, G, S, SEP  # noqa: E402
import templates_h27 as T  # noqa: E402

SEED = "codelm-redact-heldout-27"
LIMIT = 3500

# (sdist folder name, path inside the sdist, file type)
CARRIERS = [
    ("arrow", "Makefile", "makefile"),
    ("arrow", ".readthedocs.yaml", "yaml"),
    ("arrow", "setup.cfg", "ini"),
    ("asciimatics", ".pylintrc", "ini"),
    ("asciimatics", "doc/build.sh", "shell"),
    ("blessed", "tox.ini", "ini"),
    ("boltons", "CHANGELOG.md", "markdown"),
    ("cattrs", "Justfile", "justfile"),
    ("cattrs", ".github/SECURITY.md", "markdown"),
    ("commentjson", "setup.py", "python"),
    ("commentjson", "README.rst", "rst"),
    ("dateparser", "AUTHORS.rst", "rst"),
    ("dateparser", "MANIFEST.in", "manifest"),
    ("more_itertools", "docs/make.bat", "batch"),
    ("more_itertools", ".gitattributes", "gitattributes"),
    ("pyrsistent", "setup.py", "python"),
    ("simplejson", "CHANGES.txt", "text"),
    ("strictyaml", "pyproject.toml", "toml"),
    ("tenacity", ".editorconfig", "editorconfig"),
    ("tenacity", ".mergify.yml", "yaml"),
]
LICENCES = {
    "arrow": ["LICENSE"], "asciimatics": ["LICENSE"], "blessed": ["LICENSE"], "boltons": ["LICENSE"],
    "cattrs": ["LICENSE"], "commentjson": ["LICENSE.rst"], "dateparser": ["LICENSE"],
    "more_itertools": ["LICENSE"], "pyrsistent": ["LICENSE.mit"], "simplejson": ["LICENSE.txt"],
    "strictyaml": ["LICENSE.txt"], "tenacity": ["LICENSE"],
}
NO_FINAL_NEWLINE = set()  # filled in after review, see README

# Every e-mail/IPv4 shape in the excerpts, reviewed by hand: value -> (tag or LOOK, kind, times used)
CARRIER_REVIEW = {
    "kapoor.vaidik@gmail.com": ("EMAIL", "carrier_email", 1),  # commentjson setup.py, author_email
    "tobias.l.gustafsson@gmail.com": ("EMAIL", "carrier_email", 1),  # pyrsistent setup.py, author_email
    "colm.oconnor.github@gmail.com": ("EMAIL", "carrier_email", 1),  # strictyaml pyproject.toml, author
}
# Extra carrier look-alikes: value -> (kind, times)
CARRIER_EXTRA_LOOK = {}

EMAIL_RE = re.compile(r"[A-Za-z0-9._%+\-]+@[A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)*\.[A-Za-z]{2,}")
IPV4_RE = re.compile(r"(?<![\w.])(?:\d{1,3}\.){3}\d{1,3}(?![\w]|\.\d)")
RESERVED_RE = re.compile(r"@(?:[\w.-]+\.)?(?:example\.(?:com|net|org)|example|test|invalid|localhost)$|@localhost$", re.I)
MARK_RE = re.compile(re.escape(S) + r"([A-Z_]+)\|([\w]+)" + re.escape(SEP) + r"(.*?)" + re.escape(E), re.S)


def ip_shapes(text):
    out = []
    for m in IPV4_RE.finditer(text):
        if all(int(p) <= 255 for p in m.group().split(".")):
            out.append(m)
    return out


def shapes(text):
    return [("email", m) for m in EMAIL_RE.finditer(text)] + [("ipv4", m) for m in ip_shapes(text)]


def strip(marked):
    out, labels, looks, pos = [], [], [], 0
    n = 0
    for m in MARK_RE.finditer(marked):
        out.append(marked[pos:m.start()])
        n += len(marked[pos:m.start()])
        tag, kind, val = m.groups()
        assert S not in val and E not in val, val
        span = {"start": n, "end": n + len(val)}
        if tag == "LOOK":
            looks.append({"kind": kind, **span})
        else:
            assert tag in ("EMAIL", "IP_ADDRESS", "KEY", "PASSWORD"), tag
            labels.append({"tag": tag, **span, "kind": kind})
        out.append(val)
        n += len(val)
        pos = m.end()
    out.append(marked[pos:])
    text = "".join(out)
    assert S not in text and E not in text and SEP not in text, "marker left"
    return text, labels, looks


def cut(text, ftype):
    if len(text) > LIMIT:
        text = text[:LIMIT]
        text = text[: text.rfind("\n") + 1]
    if ftype == "python":
        while True:
            try:
                compile(text, "x", "exec")
                break
            except SyntaxError:
                text = text[: text.rstrip("\n").rfind("\n") + 1]
    return text


def src_path(pkg, path):
    return os.path.join(HERE, "sources", pkg, path)


def extract(d):
    sums = {}
    sd = os.path.join(os.path.dirname(os.path.abspath(d)), "SDISTS")
    for f in sorted(os.listdir(sd)):
        sums[f] = hashlib.sha256(open(os.path.join(sd, f), "rb").read()).hexdigest()
    dirs = {re.sub(r"-[0-9][^-]*$", "", x): x for x in os.listdir(d)}
    for pkg, path, ftype in CARRIERS:
        raw = open(os.path.join(d, dirs[pkg], path), encoding="utf-8").read()
        ex = cut(raw, ftype)
        print(f"{pkg}/{path}: {len(raw)} -> {len(ex)}")
        os.makedirs(os.path.dirname(src_path(pkg, path)), exist_ok=True)
        with open(src_path(pkg, path), "w", encoding="utf-8", newline="") as fh:
            fh.write(ex)
    for pkg, files in LICENCES.items():
        for f in files:
            shutil.copyfile(os.path.join(d, dirs[pkg], f), src_path(pkg, f))
    with open(os.path.join(HERE, "sources", "SHA256SUMS"), "w") as fh:
        for f, h in sums.items():
            fh.write(f"{h}  {f}\n")


def excerpt(pkg, path):
    with open(src_path(pkg, path), encoding="utf-8", newline="") as fh:
        return fh.read()


def list_shapes():
    for pkg, path, _ in CARRIERS:
        ex = excerpt(pkg, path)
        for kind, m in shapes(ex):
            print(f"{pkg}/{path}\t{kind}\t{m.group()}")


def carrier_doc(pkg, path, ftype, used):
    ex = excerpt(pkg, path)
    assert "\r" not in ex
    if not ex.endswith("\n"):
        assert path in NO_FINAL_NEWLINE or f"{pkg}/{path}" in NO_FINAL_NEWLINE, path
    marked_ex = ex
    # label reviewed shapes inside the excerpt (right to left so offsets hold)
    hits = []
    for kind, m in shapes(ex):
        v = m.group()
        assert v in CARRIER_REVIEW, f"unreviewed shape {v!r} in {pkg}/{path}"
        hits.append((m.start(), m.end(), v))
    for v, (lk, n) in CARRIER_EXTRA_LOOK.items():
        for m in re.finditer(re.escape(v), ex):
            hits.append((m.start(), m.end(), v))
    for a, b, v in sorted(hits, reverse=True):
        used[v] += 1
        if v in CARRIER_REVIEW:
            tag, kind, _ = CARRIER_REVIEW[v]
            w = f"{S}{tag}|{kind}{SEP}{v}{E}"
        else:
            w = f"{S}LOOK|{CARRIER_EXTRA_LOOK[v][0]}{SEP}{v}{E}"
        marked_ex = marked_ex[:a] + w + marked_ex[b:]
    g = G(random.Random(f"{SEED}:carrier:{pkg}/{path}"))
    snip = T.snippet(ftype, g)
    assert snip.startswith("\n")
    if ex.endswith("\n"):
        snip = "\n" + snip  # one blank line between excerpt and snippet
    text, labels, looks = strip(marked_ex + snip)
    assert text.startswith(ex)
    return {"id": f"h27-real-{pkg}-{path.replace('/', '-')}", "lang": ftype, "path": f"{pkg}/{path}",
            "content": text, "labels": labels, "lookalikes": looks}


def check(doc):
    t = doc["content"]
    spans = sorted([(l["start"], l["end"]) for l in doc["labels"]] + [(l["start"], l["end"]) for l in doc["lookalikes"]])
    assert doc["labels"], doc["id"]
    for a, b in spans:
        assert 0 <= a < b <= len(t), doc["id"]
        v = t[a:b]
        assert v == v.strip() and "\n" not in v, (doc["id"], v)
    for (a1, b1), (a2, b2) in zip(spans, spans[1:]):
        assert b1 <= a2, (doc["id"], t[a1:b1], t[a2:b2])
    syn_note = doc["id"].startswith("h27-syn-note_")
    for l in doc["labels"]:
        v = t[l["start"]:l["end"]]
        if l["tag"] == "IP_ADDRESS":
            o = ipaddress.ip_address(v)
            assert o.version == 4 and o.is_global and not o.is_multicast and not v.startswith("100."), v
        elif l["tag"] == "EMAIL":
            assert EMAIL_RE.fullmatch(v) and not RESERVED_RE.search(v), v
        elif l["tag"] == "PASSWORD":
            assert "@" not in v, v
            if not v.isascii():
                assert syn_note and l["kind"] == "pw_native", (doc["id"], v)
    for l in doc["lookalikes"]:
        v = t[l["start"]:l["end"]]
        if l["kind"].endswith("_ip"):
            assert not ipaddress.ip_address(v).is_global, v
        elif l["kind"] == "netmask":
            ipaddress.ip_address(v)
        elif l["kind"] == "reserved_email":
            assert RESERVED_RE.search(v), v
    for kind, m in shapes(t):
        a, b = m.span()
        at = t.find("@", a, b) if kind == "email" else -1
        ok = any(x <= a and b <= y for x, y in spans) or any(y == at and x >= a for x, y in spans)
        assert ok, (doc["id"], m.group())
    if doc["lang"] in ("json", "ipynb"):
        json.loads(t)
    if doc["lang"] == "python":
        compile(t, doc["path"], "exec")


def build():
    docs, used = [], collections.Counter()
    classes = {}
    for pkg, path, ftype in CARRIERS:
        d = carrier_doc(pkg, path, ftype, used)
        classes[d["id"]] = "real carrier"
        docs.append(d)
    for v, (tag, kind, n) in CARRIER_REVIEW.items():
        assert used[v] == n, (v, used[v], n)
    for v, (kind, n) in CARRIER_EXTRA_LOOK.items():
        assert used[v] == n, (v, used[v], n)
    assert len(T.TEMPLATES) == 110, len(T.TEMPLATES)
    for name, (group, lang, path, fn) in T.TEMPLATES.items():
        for n in range(3):
            g = G(random.Random(f"{SEED}:{name}:{n}"))
            text, labels, looks = strip(fn(g))
            d = {"id": f"h27-syn-{name}-{n}", "lang": lang, "path": path, "content": text, "labels": labels,
                 "lookalikes": looks}
            classes[d["id"]] = group
            docs.append(d)
    ids = [d["id"] for d in docs]
    assert len(ids) == len(set(ids)) == 350, len(ids)
    for d in docs:
        check(d)
    tags = collections.Counter(l["tag"] for d in docs for l in d["labels"])
    kinds = collections.Counter(f'{l["tag"]}:{l["kind"]}' for d in docs for l in d["labels"])
    lk = collections.Counter(l["kind"] for d in docs for l in d["lookalikes"])
    by_class = collections.Counter(classes[d["id"]] for d in docs)
    tag_class = collections.Counter(f'{l["tag"]}|{classes[d["id"]]}' for d in docs for l in d["labels"])
    counts = {"documents": len(docs), "real": 20, "synthetic": len(docs) - 20, "labels": dict(sorted(tags.items())),
              "lookalikes": sum(lk.values()), "documents_by_class": dict(sorted(by_class.items())),
              "labels_by_tag_and_class": dict(sorted(tag_class.items())), "label_kinds": dict(sorted(kinds.items())),
              "lookalike_kinds": dict(sorted(lk.items()))}
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8", newline="\n") as fh:
        for d in docs:
            fh.write(json.dumps(d, ensure_ascii=False) + "\n")
    with open(os.path.join(HERE, "counts.json"), "w", encoding="utf-8", newline="\n") as fh:
        fh.write(json.dumps(counts, ensure_ascii=False, indent=1) + "\n")
    print(json.dumps({"documents": len(docs), "labels": tags, "lookalikes": sum(lk.values())}))


if __name__ == "__main__":
    if "--extract" in sys.argv:
        extract(sys.argv[sys.argv.index("--extract") + 1])
    elif "--shapes" in sys.argv:
        list_shapes()
    else:
        build()
