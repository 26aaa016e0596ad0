#!/usr/bin/env python3
"""Build held-out set 31 (labels.jsonl and counts.json) from the templates and the stored excerpts.

    python make_heldout_31.py              # rebuild labels.jsonl and counts.json
    python make_heldout_31.py --shapes     # list e-mail and IPv4 shapes in the stored excerpts (review aid)
    python make_heldout_31.py --extract DIR  # recut the excerpts from sdists unpacked in DIR

Standard library only; never imports codelm.
"""
import sys

sys.dont_write_bytecode = True

import ast  # noqa: E402
import glob  # noqa: E402
import hashlib  # noqa: E402
import ipaddress  # noqa: E402
import json  # noqa: E402
import os  # noqa: E402
import random  # noqa: E402
import re  # noqa: E402
import shutil  # noqa: E402
from collections import Counter  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import gen_h31  # noqa: E402
import templates_h31  # noqa: E402
from gen_h31 import MC, MO, MS, G, mark  # noqa: E402

SEED = "codelm-redact-heldout-31"
SRC = os.path.join(HERE, "sources")
CUT = 3500

# package -> licence files (copied beside the excerpts)
LICENCES = {
    "csvkit": ["COPYING"],
    "lektor": ["LICENSE"],
    "nikola": ["LICENSE.txt"],
    "pyang": ["LICENSE"],
    "pybtex": ["COPYING"],
    "pyocd": ["LICENSE"],
    "rst2pdf": ["LICENSE.txt"],
    "scons": ["LICENSE"],
    "snakemake": ["LICENSE.md"],
}

# (package, path, lang, snippet style)
CARRIERS = [
    ("csvkit", "examples/test_query.sql", "sql", "sql"),
    ("csvkit", "docs/Makefile", "makefile", "make"),
    ("csvkit", "examples/testfixed", "text", "prose"),
    ("lektor", "lektor/quickstart-templates/project/models/blog-post.ini.in", "ini", "ini"),
    ("lektor", "lektor/quickstart-templates/project/content/blog/first-post/contents.lr.in", "lektor", "lektor"),
    ("lektor", "lektor/admin/templates/build-failure.html", "html", "html"),
    ("nikola", "tests/data/plugin_manager/first.plugin", "ini", "ini"),
    ("nikola", "scripts/baseline.sh", "shell", "shell"),
    ("pyang", "modules/ietf/ietf-key-chain.yang", "yang", "slash"),
    ("pyang", "bin/yang2dsdl", "shell", "shell"),
    ("pybtex", "examples/xampl.yaml", "yaml", "yaml"),
    ("pybtex", "examples/make.sh", "shell", "shell"),
    ("pyocd", "udev/49-stlinkv2.rules", "udev", "hash"),
    ("pyocd", "src/analyzer/linker_script.ld", "linker", "cblock"),
    ("pyocd", "src/range_step/range_step.S", "asm", "asm"),
    ("rst2pdf", "doc/assets/cover.tmpl", "rst", "rst"),
    ("rst2pdf", "doc/assets/config.sample", "ini", "ini_hash"),
    ("snakemake", "src/snakemake/executors/jobscript.sh", "shell", "shell"),
    ("snakemake", "src/snakemake/report/html_reporter/template/style.css", "css", "cblock"),
    ("scons", "SCons/Tool/MSCommon/README.rst", "rst", "rst"),
]
NO_FINAL_NEWLINE = {("snakemake", "src/snakemake/report/html_reporter/template/style.css")}

# every e-mail / IPv4 shape in the excerpts, reviewed by hand: (package, path) -> {shape: (tag, kind, count)}
CARRIER_REVIEW = {
    ("pyang", "modules/ietf/ietf-key-chain.yang"): {
        "rtgwg@ietf.org": ("EMAIL", "carrier_email", 1),
        "acee@cisco.com": ("EMAIL", "carrier_email", 1),
        "yingzhen.qu@huawei.com": ("EMAIL", "carrier_email", 1),
        "derek@arrcus.com": ("EMAIL", "carrier_email", 1),
        "Ing-Wher_Chen@jabail.com": ("EMAIL", "carrier_email", 1),
        "zzhang@juniper.net": ("EMAIL", "carrier_email", 1),
    },
    ("pyang", "bin/yang2dsdl"): {
        "lhotka@nic.cz": ("EMAIL", "carrier_email", 1),
    },
}
CARRIER_EXTRA_LOOK = {}

EMAIL_SHAPE = re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}\b")
IPV4_SHAPE = re.compile(r"\b\d{1,3}(?:\.\d{1,3}){3}\b")
RESERVED_DOMAINS = ("example.com", "example.net", "example.org")
RESERVED_SUFFIXES = (".example", ".test", ".invalid", ".localhost")


def cut(text):
    if len(text) <= CUT:
        return text
    c = text[:CUT]
    return c[: c.rfind("\n") + 1]


# ---------------------------------------------------------------------------------------------------------------------
# carrier snippets
# ---------------------------------------------------------------------------------------------------------------------
VENDORS = [
    ("pvoutput_api_key", "PVOutput key", lambda g: g.hex(40)),
    ("ecowitt_application_key", "Ecowitt application key", lambda g: g.HEXU(32)),
    ("open_meteo_api_key", "Open-Meteo key", lambda g: g.aln(24)),
]


def snippet(g, style):
    kind, vname, maker = VENDORS[g.r.randrange(len(VENDORS))]
    host = mark("IP_ADDRESS", "snippet_server_ip", g.ipv4_raw())
    mirror = mark("IP_ADDRESS", "snippet_mirror_ipv6", g.ipv6_raw())
    contact = mark("EMAIL", "snippet_email", g.email_raw())
    pw = mark("PASSWORD", "snippet_password", g.pw_raw("plain"))
    key = mark("KEY", "snippet_" + kind, maker(g))
    ex_ip, ex_mail = g.tnet(), g.resem()
    items = [("host", host), ("mirror", mirror), ("contact", contact), ("password", pw), ("key", key)]
    pairs = [("tide gauge mirror host", host), ("IPv6 mirror", mirror), ("contact", contact),
             ("upload password", pw), (vname, key)]
    ex = f"docs example: {ex_ip} and {ex_mail}"
    if style == "prose":
        return (f"Tide gauge mirror: the upload host is {host} (IPv6 {mirror}), the contact is {contact}, "
                f"the upload password is {pw} and the {vname} is {key}.\n({ex}.)\n")
    if style in ("hash", "slash", "sql"):
        p = {"hash": "# ", "slash": "// ", "sql": "-- "}[style]
        return "".join(f"{p}{a}: {b}\n" for a, b in [("tidegauge", "mirror settings")] + pairs) + f"{p}{ex}\n"
    if style == "cblock":
        body = "".join(f" * {a}: {b}\n" for a, b in pairs)
        return f"/* tidegauge mirror settings\n{body} * {ex}\n */\n"
    if style == "html":
        return (f"<!-- tidegauge mirror: {host} / {mirror} -->\n<!-- contact {contact} -->\n"
                f"<!-- upload password {pw}, {vname} {key} -->\n<p>Mirror notes ({ex}).</p>\n")
    if style == "shell":
        return ("# tidegauge mirror\n" + "".join(f"export TIDEGAUGE_{a.upper()}={b}\n" for a, b in items)
                + f"# {ex}\n")
    if style == "make":
        return ("# tidegauge mirror\n" + "".join(f"TIDEGAUGE_{a.upper()} ?= {b}\n" for a, b in items)
                + f"# {ex}\n")
    if style in ("ini", "ini_hash"):
        c = "; " if style == "ini" else "# "
        return (f"[tidegauge]\n{c}mirror settings\n" + "".join(f"{a} = {b}\n" for a, b in items) + f"{c}{ex}\n")
    if style == "yaml":
        return ("# tidegauge mirror\nx-tidegauge:\n" + "".join(f"  {a}: {b}\n" for a, b in items) + f"  # {ex}\n")
    if style == "rst":
        return ("Tidegauge mirror\n================\n\n" + "".join(f":{a}: {b}\n" for a, b in items)
                + f"\n.. {ex}\n")
    if style == "lektor":
        return (f"---\ntidegauge_notes: mirror {host} / {mirror}, contact {contact}, upload password {pw}, "
                f"{vname} {key}\n---\ntidegauge_example: {ex}\n")
    if style == "asm":
        return ("// tidegauge mirror settings\n" + "".join(f"// {a}: {b}\n" for a, b in pairs) + f"// {ex}\n")
    raise ValueError(style)


# ---------------------------------------------------------------------------------------------------------------------
# marker handling
# ---------------------------------------------------------------------------------------------------------------------
def strip(marked):
    """Return (text, labels, lookalikes) with spans in the stripped text."""
    out, labels, looks = [], [], []
    i, pos = 0, 0
    while i < len(marked):
        c = marked[i]
        if c == MO:
            j = marked.index(MS, i)
            k = marked.index(MC, j)
            tag, kind = marked[i + 1:j].split("|", 1)
            val = marked[j + 1:k]
            assert MO not in val, "nested marker"
            if tag == "LOOK":
                looks.append({"kind": kind, "start": pos, "end": pos + len(val)})
            else:
                labels.append({"tag": tag, "start": pos, "end": pos + len(val), "kind": kind})
            out.append(val)
            pos += len(val)
            i = k + 1
            continue
        assert c not in (MS, MC), "stray marker"
        out.append(c)
        pos += 1
        i += 1
    return "".join(out), labels, looks


def remark(text, labels, looks):
    spans = [(s["start"], s["end"], s["tag"], s["kind"]) for s in labels]
    spans += [(s["start"], s["end"], "LOOK", s["kind"]) for s in looks]
    spans.sort()
    out, pos = [], 0
    for a, b, tag, kind in spans:
        out.append(text[pos:a])
        out.append(mark(tag, kind, text[a:b]))
        pos = b
    out.append(text[pos:])
    return "".join(out)


def email_ok(v):
    m = re.fullmatch(r"[A-Za-z0-9._%+-]+@([A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,})", v)
    return m is not None


def reserved_domain(dom):
    dom = dom.lower()
    return dom in RESERVED_DOMAINS or dom == "localhost" or dom.endswith(RESERVED_SUFFIXES)


# ---------------------------------------------------------------------------------------------------------------------
# build
# ---------------------------------------------------------------------------------------------------------------------
def build_carriers():
    docs = []
    for pkg, path, lang, style in CARRIERS:
        fn = os.path.join(SRC, pkg, path)
        with open(fn, encoding="utf-8", newline="") as f:
            excerpt = f.read()
        assert "\r" not in excerpt, fn
        if (pkg, path) in NO_FINAL_NEWLINE:
            assert not excerpt.endswith("\n"), fn
            sep = "\n"
        else:
            assert excerpt.endswith("\n"), fn
            sep = "\n"
        g = G(random.Random(f"{SEED}:carrier:{pkg}/{path}"))
        snip = snippet(g, style)
        # label the reviewed shapes of the excerpt
        review = CARRIER_REVIEW.get((pkg, path), {})
        marked_ex, used = [], Counter()
        spans = []
        for rx in (EMAIL_SHAPE, IPV4_SHAPE):
            for m in rx.finditer(excerpt):
                s = m.group()
                assert s in review, f"unreviewed shape {s!r} in {pkg}/{path}"
                spans.append((m.start(), m.end(), s))
        spans.sort()
        pos = 0
        for a, b, s in spans:
            tag, kind, _ = review[s]
            marked_ex.append(excerpt[pos:a])
            marked_ex.append(mark(tag, kind, s))
            used[s] += 1
            pos = b
        marked_ex.append(excerpt[pos:])
        for s, (_, _, n) in review.items():
            assert used[s] == n, f"review entry {s!r} used {used[s]} times, expected {n}"
        marked = "".join(marked_ex) + sep + snip
        text, labels, looks = strip(marked)
        assert text.startswith(excerpt)
        docs.append({"id": f"h31-real-{pkg}-{path.replace('/', '-')}", "lang": lang, "path": f"{pkg}/{path}",
                     "content": text, "labels": labels, "lookalikes": looks, "_marked": marked,
                     "_cls": "real carrier", "_tpl": None})
    return docs


def build_synthetic():
    docs = []
    names = [r[0] for r in templates_h31.REG]
    assert len(names) == 110 and len(set(names)) == 110, len(names)
    for name, cls, lang, path, f in templates_h31.REG:
        for n in range(3):
            g = G(random.Random(f"{SEED}:{name}:{n}"))
            marked = f(g)
            text, labels, looks = strip(marked)
            docs.append({"id": f"h31-syn-{name}-{n}", "lang": lang, "path": path, "content": text,
                         "labels": labels, "lookalikes": looks, "_marked": marked, "_cls": cls, "_tpl": name})
    return docs


def check(docs):
    assert len(docs) == 350, len(docs)
    ids = [d["id"] for d in docs]
    assert len(set(ids)) == len(ids)
    bad = []
    for d in docs:
        t = d["content"]
        assert d["labels"], d["id"] + " has no label"
        assert remark(t, d["labels"], d["lookalikes"]) == d["_marked"], d["id"] + " round trip"
        for ch in (MO, MS, MC):
            assert ch not in t, d["id"]
        allspans = sorted([(s["start"], s["end"]) for s in d["labels"]] +
                          [(s["start"], s["end"]) for s in d["lookalikes"]])
        for a, b in allspans:
            v = t[a:b]
            assert 0 <= a < b <= len(t), d["id"]
            assert v == v.strip() and "\n" not in v, (d["id"], v)
        for (a1, b1), (a2, b2) in zip(allspans, allspans[1:]):
            assert b1 <= a2, (d["id"], "overlap", t[a1:b1], t[a2:b2])
        for s in d["labels"]:
            v = t[s["start"]:s["end"]]
            if s["tag"] == "IP_ADDRESS":
                o = ipaddress.ip_address(v)
                assert o.is_global and not o.is_multicast, (d["id"], v)
                if o.version == 4:
                    assert not v.startswith("100."), v
            elif s["tag"] == "EMAIL":
                assert email_ok(v), (d["id"], v)
                assert not reserved_domain(v.split("@")[1]), (d["id"], v)
            elif s["tag"] == "PASSWORD":
                assert "@" not in v, (d["id"], v)
                if not v.isascii():
                    assert d["_tpl"] and d["_tpl"].startswith("note_") and s["kind"] == "pw_native", (d["id"], v)
            else:
                assert s["tag"] == "KEY", s
        for s in d["lookalikes"]:
            v = t[s["start"]:s["end"]]
            if s["kind"].endswith("_ip") or s["kind"].endswith("_ipv6"):
                o = ipaddress.ip_address(v)
                assert not o.is_global, (d["id"], v)
            if s["kind"] == "reserved_email":
                assert email_ok(v) and reserved_domain(v.split("@")[1]), (d["id"], v)
        # every e-mail / IPv4 shape is inside a label or look-alike (or a span ends at its '@')
        for rx in (EMAIL_SHAPE, IPV4_SHAPE):
            for m in rx.finditer(t):
                at = m.group().find("@")
                ok = any(a <= m.start() and m.end() <= b for a, b in allspans)
                if not ok and at >= 0:
                    ok = any(b == m.start() + at for a, b in allspans)
                if not ok:
                    bad.append((d["id"], "uncovered shape", m.group()))
        if d["lang"] in ("json", "ipynb"):
            json.loads(t)
        if d["lang"] == "python":
            ast.parse(t)
    assert not bad, bad


def counts(docs):
    c = {"documents": len(docs),
         "origin": dict(Counter("real" if d["_tpl"] is None else "synthetic" for d in docs)),
         "tags": {}, "lookalikes": 0, "ipv6_labels": 0,
         "documents_by_class": {}, "labels_by_class": {}, "labels_by_kind": {}, "lookalikes_by_kind": {},
         "lang": {}, "templates": len(templates_h31.REG)}
    tags, cls, lbc, lbk, lkk, lang = Counter(), Counter(), Counter(), Counter(), Counter(), Counter()
    for d in docs:
        cls[d["_cls"]] += 1
        lang[d["lang"]] += 1
        for s in d["labels"]:
            tags[s["tag"]] += 1
            lbc[f"{s['tag']}|{d['_cls']}"] += 1
            lbk[f"{s['tag']}|{s['kind']}"] += 1
            if s["tag"] == "IP_ADDRESS" and ":" in d["content"][s["start"]:s["end"]]:
                c["ipv6_labels"] += 1
        for s in d["lookalikes"]:
            lkk[s["kind"]] += 1
    c["tags"] = dict(sorted(tags.items()))
    c["labels"] = sum(tags.values())
    c["lookalikes"] = sum(lkk.values())
    c["documents_by_class"] = dict(sorted(cls.items()))
    c["labels_by_class"] = dict(sorted(lbc.items()))
    c["labels_by_kind"] = dict(sorted(lbk.items()))
    c["lookalikes_by_kind"] = dict(sorted(lkk.items()))
    c["lang"] = dict(sorted(lang.items()))
    return c


def main():
    docs = build_carriers() + build_synthetic()
    check(docs)
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for d in docs:
            f.write(json.dumps({k: d[k] for k in ("id", "lang", "path", "content", "labels", "lookalikes")},
                               ensure_ascii=False) + "\n")
    with open(os.path.join(HERE, "counts.json"), "w", encoding="utf-8", newline="\n") as f:
        f.write(json.dumps(counts(docs), ensure_ascii=False, indent=2) + "\n")
    # the written files must agree with what was built
    back = [json.loads(ln) for ln in open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8")]
    assert len(back) == 350
    for d, b in zip(docs, back):
        assert d["content"] == b["content"]
        for s in b["labels"] + b["lookalikes"]:
            assert b["content"][s["start"]:s["end"]] == d["content"][s["start"]:s["end"]]
    c = counts(docs)
    print(f"documents {c['documents']}, labels {c['labels']} {c['tags']}, lookalikes {c['lookalikes']}, "
          f"ipv6 {c['ipv6_labels']}")


def shapes():
    for pkg, path, _, _ in CARRIERS:
        with open(os.path.join(SRC, pkg, path), encoding="utf-8", newline="") as f:
            t = f.read()
        for rx in (EMAIL_SHAPE, IPV4_SHAPE):
            for m in rx.finditer(t):
                print(f"{pkg}/{path}\t{m.group()}")


def extract(d):
    sums = []
    for tgz in sorted(glob.glob(os.path.join(d, "..", "SDISTS", "*.tar.gz"))):
        with open(tgz, "rb") as f:
            sums.append(f"{hashlib.sha256(f.read()).hexdigest()}  {os.path.basename(tgz)}")
    for pkg, path, _, _ in CARRIERS:
        (top,) = [p for p in glob.glob(os.path.join(d, "*")) if os.path.basename(p).lower().startswith(pkg + "-")]
        with open(os.path.join(top, path), encoding="utf-8", newline="") as f:
            t = cut(f.read())
        out = os.path.join(SRC, pkg, path)
        os.makedirs(os.path.dirname(out), exist_ok=True)
        with open(out, "w", encoding="utf-8", newline="") as f:
            f.write(t)
        for lic in LICENCES[pkg]:
            shutil.copyfile(os.path.join(top, lic), os.path.join(SRC, pkg, lic))
    with open(os.path.join(SRC, "SHA256SUMS"), "w") as f:
        f.write("\n".join(sums) + "\n")


if __name__ == "__main__":
    if len(sys.argv) > 1 and sys.argv[1] == "--shapes":
        shapes()
    elif len(sys.argv) > 2 and sys.argv[1] == "--extract":
        extract(sys.argv[2])
    else:
        main()
