"""Build held-out set 32 (labels.jsonl, counts.json) for the PII/secret redactor.

Standard library only; never imports codelm. Usage:
  python make_heldout_32.py             # build and write labels.jsonl and counts.json
  python make_heldout_32.py --extract DIR   # recut excerpts from sdists unpacked in DIR
  python make_heldout_32.py --shapes    # list e-mail / IPv4 shapes in the stored excerpts
"""
import sys

sys.dont_write_bytecode = True

import hashlib  # noqa: E402
import ipaddress  # noqa: E402
import json  # noqa: E402
import os  # noqa: E402
import random  # noqa: E402
import re  # noqa: E402
import shutil  # noqa: E402
import xml.dom.minidom  # noqa: E402
from collections import Counter  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import gen_h32  # noqa: E402
import templates_h32  # noqa: E402
from gen_h32 import M0, M1, M2  # noqa: E402

SEED = "codelm-redact-heldout-32"
MAXLEN = 3500

# (package, version, licence file, path in sdist, lang, snippet style)
CARRIERS = [
    ("asn1tools", "0.169.0", "LICENSE", "tests/files/x691_a1.asn", "asn1", "asn1"),
    ("asn1tools", "0.169.0", "LICENSE", "tests/files/ietf/rfc3161.asn", "asn1", "asn1"),
    ("asn1tools", "0.169.0", "LICENSE", "tests/files/c_source/oer_fuzzer.mk", "makefile", "make"),
    ("bpython", "0.26", "LICENSE", "theme/sample.theme", "ini", "ini"),
    ("bpython", "0.26", "LICENSE", "data/org.bpython-interpreter.bpython.metainfo.xml", "xml", "xml"),
    ("cocotb", "2.1.0", "LICENSE", "src/cocotb/share/def/ghdl.def", "def", "semicolon"),
    ("cocotb", "2.1.0", "LICENSE", "src/cocotb_tools/makefiles/simulators/Makefile.verilator", "makefile", "make"),
    ("glyphslib", "6.16.2", "LICENSE", "tests/data/designspace/source-sans/features.fea", "fea", "hash"),
    ("glyphslib", "6.16.2", "LICENSE", "tests/data/DesignspaceGenTestRegular.designspace", "xml", "xml"),
    ("glyphslib", "6.16.2", "LICENSE", "tests/data/CommentedClass.glyphs", "glyphs", "block"),
    ("nwdiag", "3.0.0", "LICENSE", "examples/nwdiag/simple.diag", "diag", "slashes"),
    ("nwdiag", "3.0.0", "LICENSE", "examples/packetdiag/tcp.diag", "diag", "slashes"),
    ("nwdiag", "3.0.0", "LICENSE", "src/rackdiag/tests/diagrams/multi_racks.diag", "diag", "slashes"),
    ("pywal", "3.8.15", "LICENSE.md", "pywal/templates/colors-rofi-dark.rasi", "rasi", "block"),
    ("pywal", "3.8.15", "LICENSE.md", "pywal/templates/colors.qml", "qml", "slashes"),
    ("pywal", "3.8.15", "LICENSE.md", "pywal/templates/colors-konsole.colorscheme", "ini", "ini"),
    ("pywal", "3.8.15", "LICENSE.md", "pywal/templates/colors-zathura", "zathurarc", "hash"),
    ("pywal", "3.8.15", "LICENSE.md", "pywal/templates/colors.Xresources", "xresources", "bang"),
    ("tatsu", "5.15.1", "LICENSE.txt", "examples/calc/grammars/calc.ebnf", "ebnf", "ebnf"),
    ("tatsu", "5.15.1", "LICENSE.txt", "etc/vim/syntax/tatsu.vim", "vim", "vim"),
]
NO_FINAL_NEWLINE = set()

# Every e-mail- and IPv4-shaped string in the excerpts, reviewed by hand:
# (package/path, shape) -> (tag or "LOOK", kind, expected count)
CARRIER_REVIEW = {
    ("bpython/data/org.bpython-interpreter.bpython.metainfo.xml", "bpython@googlegroups.com"):
        ("EMAIL", "carrier_email", 1),
}
CARRIER_EXTRA_LOOK = {}

EMAIL_RE = re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}")
IPV4_RE = re.compile(r"(?<![\d.])\d{1,3}(?:\.\d{1,3}){3}(?![\d.])")
RESERVED = ("example.com", "example.net", "example.org")
RESERVED_SUFFIX = (".example", ".test", ".invalid", ".localhost")


def src_path(pkg, path):
    return os.path.join(HERE, "sources", pkg, path)


def cut(text):
    if len(text) <= MAXLEN:
        return text
    head = text[:MAXLEN]
    return head[: head.rfind("\n") + 1]


def extract(root):
    sums = []
    sd = os.path.join(root, "..", "SDISTS")
    for fn in sorted(os.listdir(sd)):
        with open(os.path.join(sd, fn), "rb") as f:
            sums.append(f"{hashlib.sha256(f.read()).hexdigest()}  {fn}\n")
    for pkg, ver, lic, path, _lang, _style in CARRIERS:
        base = None
        for d in os.listdir(root):
            if d.lower() == f"{pkg}-{ver}".lower():
                base = os.path.join(root, d)
        with open(os.path.join(base, path), encoding="utf-8", newline="") as f:
            text = cut(f.read())
        os.makedirs(os.path.dirname(src_path(pkg, path)), exist_ok=True)
        with open(src_path(pkg, path), "w", encoding="utf-8", newline="") as f:
            f.write(text)
        shutil.copyfile(os.path.join(base, lic), src_path(pkg, lic))
    with open(os.path.join(HERE, "sources", "SHA256SUMS"), "w") as f:
        f.writelines(sums)


def read_excerpt(pkg, path):
    with open(src_path(pkg, path), encoding="utf-8", newline="") as f:
        return f.read()


def shapes(text):
    out = [(m.start(), m.end(), m.group(), "email") for m in EMAIL_RE.finditer(text)]
    out += [(m.start(), m.end(), m.group(), "ipv4") for m in IPV4_RE.finditer(text)]
    return out


def strip_markers(marked):
    """Return (text, labels, lookalikes) from marked text."""
    out, labels, looks = [], [], []
    pos = 0
    i = 0
    n = len(marked)
    while i < n:
        j = marked.find(M0, i)
        if j < 0:
            out.append(marked[i:])
            pos += n - i
            break
        out.append(marked[i:j])
        pos += j - i
        k = marked.index(M1, j)
        e = marked.index(M2, k)
        tag, kind = marked[j + 1:k].split("|")
        val = marked[k + 1:e]
        assert M0 not in val and M1 not in val, "nested marker"
        span = {"start": pos, "end": pos + len(val)}
        if tag == "LOOK":
            looks.append({"kind": kind, **span})
        else:
            assert tag in ("EMAIL", "IP_ADDRESS", "KEY", "PASSWORD"), tag
            labels.append({"tag": tag, **span, "kind": kind})
        out.append(val)
        pos += len(val)
        i = e + 1
    return "".join(out), labels, looks


def remark(text, labels, looks):
    spans = [(s["start"], s["end"], s["tag"], s["kind"]) for s in labels]
    spans += [(s["start"], s["end"], "LOOK", s["kind"]) for s in looks]
    spans.sort()
    out, pos = [], 0
    for a, b, tag, kind in spans:
        out.append(text[pos:a])
        out.append(f"{M0}{tag}|{kind}{M1}{text[a:b]}{M2}")
        pos = b
    out.append(text[pos:])
    return "".join(out)


def reserved_domain(dom):
    dom = dom.lower()
    return dom in RESERVED or dom.endswith(tuple("." + r for r in RESERVED)) or dom.endswith(RESERVED_SUFFIX) \
        or dom in ("localhost",) or dom.endswith(RESERVED_SUFFIX)


def check_doc(doc, marked):
    text, labels, looks = doc["content"], doc["labels"], doc["lookalikes"]
    did = doc["id"]
    assert labels, did
    assert not any(c in text for c in (M0, M1, M2)), did
    # markers escaped by an inner json.dumps would survive as text and hide a label
    assert "\\ue00" not in text.lower(), f"{did}: escaped marker"
    if doc["lang"] in ("xml", "opml"):
        xml.dom.minidom.parseString(text.encode("utf-8"))
    assert remark(text, labels, looks) == marked, f"round trip {did}"
    spans = sorted([(s["start"], s["end"]) for s in labels + looks])
    for (a, b) in spans:
        v = text[a:b]
        assert 0 <= a < b <= len(text), did
        assert v == v.strip() and "\n" not in v, f"{did}: bad span {v!r}"
    for (a1, b1), (a2, b2) in zip(spans, spans[1:]):
        assert b1 <= a2, f"{did}: overlap"
    for s in labels:
        v = text[s["start"]:s["end"]]
        if s["tag"] == "IP_ADDRESS":
            o = ipaddress.ip_address(v)
            assert o.is_global and not o.is_multicast, f"{did}: {v}"
            assert not (o.version == 4 and v.startswith("100.")), v
        elif s["tag"] == "EMAIL":
            assert re.fullmatch(EMAIL_RE, v), f"{did}: {v}"
            assert not reserved_domain(v.split("@")[1]), f"{did}: {v}"
        elif s["tag"] == "PASSWORD":
            assert "@" not in v, f"{did}: {v}"
            if any(ord(c) > 127 for c in v):
                assert did.startswith("h32-syn-note_") and s["kind"] == "pw_native", f"{did}: {v}"
    for s in looks:
        v = text[s["start"]:s["end"]]
        if s["kind"].endswith("_ip") or s["kind"].endswith("_ipv6"):
            assert not ipaddress.ip_address(v).is_global, f"{did}: {v}"
        if s["kind"] == "reserved_email":
            assert re.fullmatch(EMAIL_RE, v) and reserved_domain(v.split("@")[1]), f"{did}: {v}"
    allspans = [(s["start"], s["end"]) for s in labels + looks]
    for a, b, v, what in shapes(text):
        at = a + v.index("@") if what == "email" else None
        ok = any(x <= a and b <= y for x, y in allspans) or (at is not None and any(y == at for x, y in allspans))
        assert ok, f"{did}: unlabelled {what} shape {v!r}"


def build():
    docs, marks, classes = [], [], {}
    # real carriers
    used = Counter()
    for pkg, ver, lic, path, lang, style in CARRIERS:
        ex = read_excerpt(pkg, path)
        assert "\r" not in ex, path
        assert ex.endswith("\n") or f"{pkg}/{path}" in NO_FINAL_NEWLINE, path
        marked_ex = ex
        for (key, shape), (tag, kind, cnt) in CARRIER_REVIEW.items():
            if key == f"{pkg}/{path}":
                c = marked_ex.count(shape)
                assert c == cnt, (key, shape, c)
                marked_ex = marked_ex.replace(shape, f"{M0}{tag}|{kind}{M1}{shape}{M2}")
                used[(key, shape)] += c
        for _a, _b, v, _w in shapes(ex):
            assert (f"{pkg}/{path}", v) in CARRIER_REVIEW or (f"{pkg}/{path}", v) in CARRIER_EXTRA_LOOK, (path, v)
        rng = random.Random(f"{SEED}:carrier:{pkg}/{path}")
        snip = templates_h32.snippet(gen_h32.G(rng), style)
        sep = "\n" if ex.endswith("\n") else "\n"
        if ex.endswith("\n"):
            marked = marked_ex + "\n" + snip
        else:
            marked = marked_ex + sep + snip
        text, labels, looks = strip_markers(marked)
        assert text.startswith(ex)
        did = f"h32-real-{pkg}-{path.replace('/', '-')}"
        doc = {"id": did, "lang": lang, "path": f"{pkg}/{path}", "content": text, "labels": labels,
               "lookalikes": looks}
        docs.append(doc)
        marks.append(marked)
        classes[did] = "real carrier"
    for key, (_t, _k, cnt) in CARRIER_REVIEW.items():
        assert used[key] == cnt, key
    # synthetic
    names = [t[0] for t in templates_h32.TEMPLATES]
    assert len(names) == 110 and len(set(names)) == 110, len(names)
    for name, cls, fn in templates_h32.TEMPLATES:
        for n in range(3):
            g = gen_h32.G(random.Random(f"{SEED}:{name}:{n}"))
            lang, path, marked = fn(g)
            text, labels, looks = strip_markers(marked)
            did = f"h32-syn-{name}-{n}"
            if lang in ("json", "ipynb"):
                json.loads(text)
            docs.append({"id": did, "lang": lang, "path": path, "content": text, "labels": labels,
                         "lookalikes": looks})
            marks.append(marked)
            classes[did] = cls
    assert len(docs) == 350, len(docs)
    assert len({d["id"] for d in docs}) == 350
    for d, m in zip(docs, marks):
        check_doc(d, m)
    return docs, classes


def counts(docs, classes):
    tags, kinds, lk, langs = Counter(), Counter(), Counter(), Counter()
    by_cls, lab_cls = Counter(), Counter()
    ipv6 = 0
    for d in docs:
        langs[d["lang"]] += 1
        by_cls[classes[d["id"]]] += 1
        for s in d["labels"]:
            tags[s["tag"]] += 1
            kinds[f'{s["tag"]}/{s["kind"]}'] += 1
            lab_cls[f'{s["tag"]}|{classes[d["id"]]}'] += 1
            if s["tag"] == "IP_ADDRESS" and ":" in d["content"][s["start"]:s["end"]]:
                ipv6 += 1
        for s in d["lookalikes"]:
            lk[s["kind"]] += 1
    return {
        "documents": len(docs),
        "real": sum(1 for d in docs if d["id"].startswith("h32-real-")),
        "synthetic": sum(1 for d in docs if d["id"].startswith("h32-syn-")),
        "labels": dict(sorted(tags.items())),
        "ipv6_labels": ipv6,
        "lookalikes": sum(lk.values()),
        "label_kinds": dict(sorted(kinds.items())),
        "lookalike_kinds": dict(sorted(lk.items())),
        "documents_by_class": dict(sorted(by_cls.items())),
        "labels_by_class": dict(sorted(lab_cls.items())),
        "lang": dict(sorted(langs.items())),
    }


def main():
    if len(sys.argv) > 2 and sys.argv[1] == "--extract":
        extract(sys.argv[2])
        return
    if len(sys.argv) > 1 and sys.argv[1] == "--shapes":
        for pkg, _v, _l, path, _lang, _s in CARRIERS:
            for a, b, v, w in shapes(read_excerpt(pkg, path)):
                print(f"{pkg}/{path}\t{w}\t{v}")
        return
    docs, classes = build()
    out = os.path.join(HERE, "labels.jsonl")
    with open(out, "w", encoding="utf-8", newline="\n") as f:
        for d in docs:
            f.write(json.dumps(d, ensure_ascii=False) + "\n")
    with open(os.path.join(HERE, "counts.json"), "w", encoding="utf-8", newline="\n") as f:
        f.write(json.dumps(counts(docs, classes), indent=1, ensure_ascii=False) + "\n")
    with open(out, encoding="utf-8") as f:
        back = [json.loads(line) for line in f]
    assert back == docs
    c = counts(docs, classes)
    print(json.dumps({k: c[k] for k in ("documents", "labels", "ipv6_labels", "lookalikes")}))


if __name__ == "__main__":
    main()
