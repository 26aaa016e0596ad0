"""Build the 35th held-out labelled set for the PII/secret redactor.

Standard library only; never imports codelm.

    python make_heldout_35.py            # strict build
    python make_heldout_35.py --partial  # without the exact-count assertions
    python make_heldout_35.py --shapes   # list e-mail/IPv4/IPv6 shapes in the stored excerpts
    python make_heldout_35.py --extract DIR  # re-cut excerpts from sdists unpacked in DIR
"""
import sys

sys.dont_write_bytecode = True

import collections  # noqa: E402
import hashlib  # noqa: E402
import ipaddress  # noqa: E402
import json  # noqa: E402
import os  # noqa: E402
import random  # noqa: E402
import re  # noqa: E402
import shutil  # noqa: E402
import xml.dom.minidom  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import gen_h35  # noqa: E402
import templates_h35  # noqa: E402

M0, M1, M2 = gen_h35.M0, gen_h35.M1, gen_h35.M2
SEED = "codelm-redact-heldout-35"
TAGS = ("EMAIL", "IP_ADDRESS", "KEY", "PASSWORD")
XML_LANGS = {"xml", "xslt", "wsdl", "nuspec", "mei", "atom"}
JSON_LANGS = {"json"}
JSONL_LANGS = {"ndjson", "jsonl"}

N_TEMPLATES = 110
N_CARRIERS = 20
MAX_EXCERPT = 3500

# ---------------------------------------------------------------- carriers
# (package, version, sdist file name, licence, licence file, [(path in sdist, lang)])
PACKAGES = [
    ("agate", "1.14.2", "agate-1.14.2.tar.gz", "MIT", "COPYING"),
    ("tablib", "3.10.0", "tablib-3.10.0.tar.gz", "MIT", "LICENSE"),
    ("bincopy", "20.1.1", "bincopy-20.1.1.tar.gz", "MIT", "LICENSE"),
]
# (package, path, lang, comment style of the planted snippet)
_CARRIERS = [
    ("agate", "examples/test.csv", "csv", "#"),
    ("agate", "examples/test_no_header.csv", "csv", "#"),
    ("agate", "examples/testfixed_schema.csv", "csv", "#"),
    ("agate", "examples/test_quote_nonnumeric.csv", "csv", "#"),
    ("agate", "examples/tableset/table1.csv", "csv", "#"),
    ("agate", "examples/testfixed", "fixed-width", "#"),
    ("agate", "examples/test_csv_sniff.csv", "psv", "#"),
    ("tablib", "tests/files/issue_524.yaml", "yaml", "#"),
    ("tablib", "docs/_templates/sidebarintro.html", "html", "<!--"),
    ("tablib", "docs/_templates/sidebarlogo.html", "html", "<!--"),
    ("tablib", ".github/release.yml", "yaml", "#"),
    ("tablib", ".github/release-drafter.yml", "yaml", "#"),
    ("tablib", "docs/krstyle.sty", "latex", "%"),
    ("bincopy", "tests/files/in-8.vmem", "vmem", "//"),
    ("bincopy", "tests/files/in-32.vmem", "vmem", "//"),
    ("bincopy", "tests/files/in.i", "c", "//"),
    ("bincopy", "tests/files/hexdump.txt", "hexdump", "#"),
    ("bincopy", "tests/files/convert.hexdump", "hexdump", "#"),
    ("bincopy", "tests/files/info.txt", "text", "#"),
    ("bincopy", "tests/files/info_exclude_0_103.txt", "text", "#"),
]
CARRIER_FILES = [(p, path, lang) for p, path, lang, _ in _CARRIERS]
CRLF_EXCERPTS = set()
NO_FINAL_NEWLINE = set()
# shapes found in the stored excerpts: (package/path, shape) -> (look-alike kind, times used)
CARRIER_REVIEW = {}
SNIPPET_STYLE = {f"{p}/{path}": st for p, path, _, st in _CARRIERS}


def cut(text):
    if len(text) <= MAX_EXCERPT:
        return text
    t = text[:MAX_EXCERPT]
    return t[: t.rfind("\n") + 1]


def src_path(pkg, path):
    return os.path.join(HERE, "sources", pkg, path)


# ---------------------------------------------------------------- markers
def parse(marked):
    out, labels, looks = [], [], []
    i, pos = 0, 0
    while i < len(marked):
        c = marked[i]
        if c == M0:
            j = marked.index(M1, i)
            k = marked.index(M2, j)
            head = marked[i + 1:j]
            val = marked[j + 1:k]
            assert M0 not in val and M1 not in val, ("nested marker", head)
            tag, kind = head.split("|", 1)
            start = pos
            out.append(val)
            pos += len(val)
            if tag == "LOOK":
                looks.append({"kind": kind, "start": start, "end": pos})
            else:
                assert tag in TAGS, tag
                labels.append({"tag": tag, "start": start, "end": pos, "kind": kind})
            i = k + 1
            continue
        assert c not in (M1, M2), "stray marker"
        out.append(c)
        pos += 1
        i += 1
    return "".join(out), labels, looks


def remark(text, labels, looks):
    spans = [(s["start"], s["end"], s["tag"] + "|" + s["kind"]) for s in labels]
    spans += [(s["start"], s["end"], "LOOK|" + s["kind"]) for s in looks]
    spans.sort()
    out, pos = [], 0
    for a, b, h in spans:
        out.append(text[pos:a])
        out.append(M0 + h + M1 + text[a:b] + M2)
        pos = b
    out.append(text[pos:])
    return "".join(out)


RESERVED = re.compile(r"(^|\.)(example\.(com|net|org)|example|test|invalid|localhost)$")
EMAIL_FULL = re.compile(r"^[A-Za-z0-9._%+\-]+@[A-Za-z0-9\-]+(\.[A-Za-z0-9\-]+)*\.[A-Za-z]{2,}$")
EMAIL_SHAPE = re.compile(r"[A-Za-z0-9._%+\-]+@[A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)*\.[A-Za-z]{2,}(?![A-Za-z0-9])")
IPV4_SHAPE = re.compile(r"(?<![0-9.])(?:\d{1,3}\.){3}\d{1,3}(?![0-9])")
IPV6_CAND = re.compile(r"(?<![0-9A-Za-z])[0-9A-Fa-f:.]*:[0-9A-Fa-f:.]*:[0-9A-Fa-f:.]*(?![0-9A-Za-z])")


def shapes(text):
    found = []
    for m in EMAIL_SHAPE.finditer(text):
        found.append(("email", m.start(), m.end(), m.group(), m.start() + m.group().index("@")))
    for m in IPV4_SHAPE.finditer(text):
        found.append(("ipv4", m.start(), m.end(), m.group(), None))
    for m in IPV6_CAND.finditer(text):
        tok, a = m.group(), m.start()
        while tok and tok[-1] in ".:" and not tok.endswith("::"):
            tok = tok[:-1]
        while tok and (tok[0] == "." or (tok[0] == ":" and not tok.startswith("::"))):
            tok, a = tok[1:], a + 1
        if tok.count(":") < 2:
            continue
        try:
            ip = ipaddress.ip_address(tok)
        except ValueError:
            continue
        if ip.version == 6 and (ip.is_global or tok.count(":") >= 3):
            found.append(("ipv6", a, a + len(tok), tok, None))
    return found


def covered(spans, a, b, at):
    for s, e in spans:
        if s <= a and b <= e:
            return True
        if at is not None and e == at and s >= a:
            return True
    return False


def check_doc(doc, marked=None):
    t = doc["content"]
    did = doc["id"]
    assert doc["labels"], ("no labels", did)
    if marked is not None:
        assert remark(t, doc["labels"], doc["lookalikes"]) == marked, ("round trip", did)
    allsp = sorted([(s["start"], s["end"]) for s in doc["labels"]] +
                   [(s["start"], s["end"]) for s in doc["lookalikes"]])
    prev = -1
    for a, b in allsp:
        assert 0 <= a < b <= len(t), ("span bounds", did, a, b)
        v = t[a:b]
        assert v == v.strip(), ("padded", did, v)
        assert "\n" not in v and "\r" not in v, ("multiline", did, v)
        assert a >= prev, ("overlap", did, v)
        prev = b
    for s in doc["labels"]:
        v = t[s["start"]:s["end"]]
        if s["tag"] == "IP_ADDRESS":
            ip = ipaddress.ip_address(v)
            assert ip.is_global and not ip.is_multicast, ("ip not global", did, v)
            assert not v.startswith("100."), ("100/8", did, v)
        elif s["tag"] == "EMAIL":
            assert EMAIL_FULL.match(v), ("email shape", did, v)
            assert not RESERVED.search(v.split("@")[1].lower()), ("reserved email", did, v)
        elif s["tag"] == "PASSWORD":
            assert "@" not in v, ("@ in password", did, v)
            if not v.isascii():
                assert s["kind"] == "pw_native" and doc["template"].startswith("note_"), ("non-ascii", did, v)
        elif s["tag"] == "KEY":
            assert len(v) >= 6, ("short key", did, v)
    for s in doc["lookalikes"]:
        v = t[s["start"]:s["end"]]
        k = s["kind"]
        if k.endswith("_ip") or k.endswith("_ipv6"):
            ip = ipaddress.ip_address(v)
            assert not ip.is_global, ("look-alike ip is global", did, v)
        if k == "reserved_email":
            assert RESERVED.search(v.split("@")[1].lower()), ("reserved_email not reserved", did, v)
    spans = [(s["start"], s["end"]) for s in doc["labels"]] + [(s["start"], s["end"]) for s in doc["lookalikes"]]
    for kind, a, b, tok, at in shapes(t):
        assert covered(spans, a, b, at), ("uncovered shape", did, kind, tok)
    for bad in (M0, M1, M2, "\\ue00"):
        assert bad not in t, ("marker left", did)
    if doc["lang"] in JSON_LANGS:
        json.loads(t)
    if doc["lang"] in JSONL_LANGS:
        for line in t.splitlines():
            if line.strip():
                json.loads(line)
    if doc["lang"] in XML_LANGS:
        xml.dom.minidom.parseString(t.encode("utf-8"))


# ---------------------------------------------------------------- build
def synthetic():
    docs = []
    names = set()
    for name, group, lang, path, fn in templates_h35.TEMPLATES:
        assert name not in names, name
        names.add(name)
        for n in range(3):
            rng = random.Random(f"{SEED}:{name}:{n}")
            g = gen_h35.G(rng)
            marked = fn(g)
            text, labels, looks = parse(marked)
            p = path(g) if callable(path) else path
            doc = {"id": f"h35-syn-{name}-{n}", "lang": lang, "path": p, "content": text,
                   "labels": labels, "lookalikes": looks, "template": name, "group": group}
            check_doc(doc, marked)
            docs.append(doc)
    return docs


def carriers():
    docs = []
    for pkg, path, lang in CARRIER_FILES:
        with open(src_path(pkg, path), encoding="utf-8", newline="") as f:
            excerpt = f.read()
        key = f"{pkg}/{path}"
        if key not in CRLF_EXCERPTS:
            assert "\r" not in excerpt, key
        if key in NO_FINAL_NEWLINE:
            assert not excerpt.endswith("\n"), key
        else:
            assert excerpt.endswith("\n"), key
        rng = random.Random(f"{SEED}:carrier:{key}")
        g = gen_h35.G(rng)
        snip = templates_h35.carrier_snippet(g, SNIPPET_STYLE[key])
        text, labels, looks = parse(snip)
        off = len(excerpt)
        for s in labels:
            s["start"] += off
            s["end"] += off
            s["kind"] = "snippet_" + s["kind"]
        for s in looks:
            s["start"] += off
            s["end"] += off
        # reviewed shapes inside the excerpt
        for (k2, tok), (kind, _) in CARRIER_REVIEW.items():
            if k2 != key:
                continue
            for m in re.finditer(re.escape(tok), excerpt):
                looks.append({"kind": kind, "start": m.start(), "end": m.end()})
        looks.sort(key=lambda s: s["start"])
        content = excerpt + text
        doc = {"id": "h35-real-" + pkg + "-" + path.replace("/", "-"), "lang": lang,
               "path": f"{pkg}/{path}", "content": content, "labels": labels, "lookalikes": looks,
               "template": "carrier", "group": "real carrier"}
        assert content.startswith(excerpt)
        check_doc(doc)
        docs.append(doc)
    return docs


def review_counts(docs):
    used = collections.Counter()
    for d in docs:
        if d["template"] != "carrier":
            continue
        key = d["path"]
        for (k2, tok), (kind, cnt) in CARRIER_REVIEW.items():
            if k2 == key:
                used[(k2, tok)] += d["content"].count(tok)
    for k, (kind, cnt) in CARRIER_REVIEW.items():
        assert used[k] == cnt, ("carrier review count", k, used[k], cnt)
    # every shape in the excerpts is reviewed
    for pkg, path, lang in CARRIER_FILES:
        key = f"{pkg}/{path}"
        with open(src_path(pkg, path), encoding="utf-8", newline="") as f:
            ex = f.read()
        for kind, a, b, tok, at in shapes(ex):
            assert (key, tok) in CARRIER_REVIEW, ("unreviewed carrier shape", key, tok)


def main(argv):
    partial = "--partial" in argv
    if "--shapes" in argv:
        for pkg, path, lang in CARRIER_FILES:
            with open(src_path(pkg, path), encoding="utf-8", newline="") as f:
                ex = f.read()
            for kind, a, b, tok, at in shapes(ex):
                print(f"{pkg}/{path}\t{kind}\t{tok}")
        return
    if "--extract" in argv:
        extract(argv[argv.index("--extract") + 1])
        return
    docs = synthetic()
    if CARRIER_FILES:
        docs += carriers()
        review_counts(docs)
    ids = [d["id"] for d in docs]
    assert len(ids) == len(set(ids))
    if not partial:
        assert len(templates_h35.TEMPLATES) == N_TEMPLATES, len(templates_h35.TEMPLATES)
        assert len(CARRIER_FILES) == N_CARRIERS
        assert len(docs) == 3 * N_TEMPLATES + N_CARRIERS
    counts = {"documents": len(docs), "synthetic": sum(d["template"] != "carrier" for d in docs),
              "carriers": sum(d["template"] == "carrier" for d in docs),
              "labels": {t: 0 for t in TAGS}, "lookalikes": 0, "label_kinds": {}, "lookalike_kinds": {},
              "groups": {}, "langs": {}}
    lk, lok, grp, langs = collections.Counter(), collections.Counter(), collections.Counter(), collections.Counter()
    for d in docs:
        grp[d["group"]] += 1
        langs[d["lang"]] += 1
        for s in d["labels"]:
            counts["labels"][s["tag"]] += 1
            lk[s["tag"] + ":" + s["kind"]] += 1
        for s in d["lookalikes"]:
            counts["lookalikes"] += 1
            lok[s["kind"]] += 1
    counts["label_kinds"] = dict(sorted(lk.items()))
    counts["lookalike_kinds"] = dict(sorted(lok.items()))
    counts["groups"] = dict(sorted(grp.items()))
    counts["langs"] = dict(sorted(langs.items()))
    lines = []
    for d in docs:
        rec = {"id": d["id"], "lang": d["lang"], "path": d["path"], "content": d["content"],
               "labels": [{"tag": s["tag"], "start": s["start"], "end": s["end"], "kind": s["kind"]}
                          for s in d["labels"]],
               "lookalikes": [{"kind": s["kind"], "start": s["start"], "end": s["end"]}
                              for s in d["lookalikes"]]}
        lines.append(json.dumps(rec, ensure_ascii=False, sort_keys=False))
    data = "\n".join(lines) + "\n"
    out = os.path.join(HERE, "labels.jsonl")
    with open(out, "w", encoding="utf-8", newline="") as f:
        f.write(data)
    with open(out, encoding="utf-8", newline="") as f:
        assert f.read() == data
    cj = json.dumps(counts, indent=1, ensure_ascii=False, sort_keys=False) + "\n"
    with open(os.path.join(HERE, "counts.json"), "w", encoding="utf-8", newline="") as f:
        f.write(cj)
    print(f"documents {len(docs)}  " + "  ".join(f"{t} {counts['labels'][t]}" for t in TAGS) +
          f"  lookalikes {counts['lookalikes']}")
    print("sha256 labels.jsonl", hashlib.sha256(data.encode()).hexdigest())
    print("sha256 counts.json ", hashlib.sha256(cj.encode()).hexdigest())


def extract(unpack):
    for pkg, ver, sdist, lic, licfile in PACKAGES:
        root = os.path.join(unpack, sdist[: -len(".tar.gz")])
        os.makedirs(os.path.join(HERE, "sources", pkg), exist_ok=True)
        shutil.copyfile(os.path.join(root, licfile), os.path.join(HERE, "sources", pkg, os.path.basename(licfile)))
        for p2, path, lang in CARRIER_FILES:
            if p2 != pkg:
                continue
            with open(os.path.join(root, path), encoding="utf-8", newline="") as f:
                ex = cut(f.read())
            dst = src_path(pkg, path)
            os.makedirs(os.path.dirname(dst), exist_ok=True)
            with open(dst, "w", encoding="utf-8", newline="") as f:
                f.write(ex)
    sd = os.path.join(unpack, "..", "SDISTS")
    names = sorted(os.listdir(sd))
    assert names == sorted(p[2] for p in PACKAGES), names
    with open(os.path.join(HERE, "sources", "SHA256SUMS"), "w", encoding="utf-8", newline="") as f:
        for nm in names:
            with open(os.path.join(sd, nm), "rb") as g:
                f.write(f"{hashlib.sha256(g.read()).hexdigest()}  {nm}\n")


if __name__ == "__main__":
    main(sys.argv[1:])
