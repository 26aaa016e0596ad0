"""Build held-out labelled set 45 for `codelm redact --eval`.

Standard library only; never imports codelm.
Usage: python make_heldout_45.py [--partial] [--extract UNPACK_DIR]
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
import xml.dom.minidom

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import gen_h45  # noqa: E402
import templates_h45a  # noqa: E402
import templates_h45b  # noqa: E402
import templates_h45c  # noqa: E402
import templates_h45d  # noqa: E402

SEED = "codelm-redact-heldout-45"
N_TEMPLATES = 77
N_RENDER = 4
MS, MM, ME = gen_h45.MS, gen_h45.MM, gen_h45.ME
TAGS = ("EMAIL", "IP_ADDRESS", "KEY", "PASSWORD")
RESERVED = ("example.com", "example.org", "example.net")
RESERVED_TLD = (".example", ".invalid", ".localhost", ".test")

# (package, version, path inside the unpacked sdist, name under sources/<package>/, line range, lang, licence file)
CARRIERS = [
    ("astpretty", "3.0.0", "README.md", "README.md", None, "markdown", "LICENSE"),
    ("astpretty", "3.0.0", "astpretty.egg-info/SOURCES.txt", "astpretty.egg-info/SOURCES.txt", None, "text", "LICENSE"),
    ("flake8-comprehensions", "3.17.0", "CHANGELOG.rst", "CHANGELOG.rst", (1, 40), "rst", "LICENSE"),
    ("flake8-comprehensions", "3.17.0", "MANIFEST.in", "MANIFEST.in", None, "text", "LICENSE"),
    ("cfgv", "3.5.0", "README.md", "README.md", (1, 60), "markdown", "LICENSE"),
    ("cfgv", "3.5.0", "cfgv.egg-info/SOURCES.txt", "cfgv.egg-info/SOURCES.txt", None, "text", "LICENSE"),
]
SDIR = {"astpretty": "astpretty-3.0.0", "flake8-comprehensions": "flake8_comprehensions-3.17.0",
        "cfgv": "cfgv-3.5.0"}
SNIP_DOMAIN = {"astpretty": "kelpmill-saltern.eu", "flake8-comprehensions": "tidewrack-ferrymen.ie",
               "cfgv": "skerry-marram.dk"}

EMAIL_RE = re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}")
EMAIL_FULL = re.compile(r"^[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}$")
V4_RE = re.compile(r"(?<![\d.])(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})(?!\d)")
V6_RE = re.compile(r"(?<![0-9A-Za-z])[0-9A-Fa-f:.]+(?![0-9A-Za-z])")
ADDR_CH = set("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789._%+-")


def all_templates():
    ts = []
    for mod in (templates_h45a, templates_h45b, templates_h45c, templates_h45d):
        ts.extend(mod.TEMPLATES)
    return ts


def strip_markers(marked):
    out, labels, looks = [], [], []
    pos, i = 0, 0
    while True:
        j = marked.find(MS, i)
        if j < 0:
            out.append(marked[i:])
            break
        out.append(marked[i:j])
        pos += j - i
        k = marked.index(MM, j)
        e = marked.index(ME, k)
        head, value = marked[j + 1:k], marked[k + 1:e]
        assert MS not in value and MM not in value, "nested marker"
        tag, kind = head.split("|", 1)
        span = (pos, pos + len(value))
        if tag == "LOOK":
            looks.append({"kind": kind, "start": span[0], "end": span[1], "_v": value})
        else:
            assert tag in TAGS, tag
            labels.append({"tag": tag, "start": span[0], "end": span[1], "kind": kind, "_v": value})
        out.append(value)
        pos += len(value)
        i = e + 1
    return "".join(out), labels, looks


def snippet(g, package, lang):
    dom = SNIP_DOMAIN[package]
    lines = [
        "Kelpmill saltern: handover notes for the Friday brine-pan crew",
        f"relay host {g.IP4('snippet_relay_ip')}, fallback {g.IP6('snippet_fallback_ipv6')}",
        f"rota contact {g.Ev('snippet_contact_email', g.first() + '.' + g.last() + '@' + dom)}",
        f"pan-house door code {g.P('snippet_door_password', 'plain')}",
        f"tide feed token {g.K('snippet_feed_token', g.pick(['hex40', 'b64u43', 'low32', 'an32']))}",
        f"docs example only: {g.docip()} {g.remail()} v{g.version()} {g.ssha()} {g.U('snippet_uuid')}",
    ]
    if lang == "markdown":
        return "\n<!--\n" + "\n".join(lines) + "\n-->\n"
    if lang == "rst":
        return "\n..\n" + "\n".join("   " + l for l in lines) + "\n"
    return "".join("# " + l + "\n" for l in lines)


def read_excerpt(package, name, rng_lines):
    with open(os.path.join(HERE, "sources", package, name), encoding="utf-8", newline="") as f:
        text = f.read()
    if rng_lines:
        a, b = rng_lines
        text = "".join(text.splitlines(keepends=True)[a - 1:b])
    return text


def extract(unpack):
    src = os.path.join(HERE, "sources")
    sums = []
    for package, version, rel, name, rng_lines, lang, lic in CARRIERS:
        dst = os.path.join(src, package, name)
        os.makedirs(os.path.dirname(dst), exist_ok=True)
        shutil.copyfile(os.path.join(unpack, SDIR[package], rel), dst)
        ldst = os.path.join(src, package, lic)
        shutil.copyfile(os.path.join(unpack, SDIR[package], lic), ldst)
    for root, _, files in os.walk(src):
        for fn in files:
            if fn == "SHA256SUMS":
                continue
            p = os.path.join(root, fn)
            with open(p, "rb") as f:
                sums.append((os.path.relpath(p, src), hashlib.sha256(f.read()).hexdigest()))
    with open(os.path.join(src, "SHA256SUMS"), "w") as f:
        for rel, h in sorted(sums):
            f.write(f"{h}  {rel}\n")


def check_doc(doc, labels, looks, excerpt_len=0):
    text = doc["content"]
    spans = sorted([(x["start"], x["end"]) for x in labels + looks])
    for a, b in spans:
        assert 0 <= a < b <= len(text), (doc["id"], a, b)
        seg = text[a:b]
        assert seg == seg.strip() and "\n" not in seg, (doc["id"], seg)
    for (a1, b1), (a2, b2) in zip(spans, spans[1:]):
        assert b1 <= a2, (doc["id"], "overlap", text[a1:b1], text[a2:b2])
    for x in labels + looks:
        assert text[x["start"]:x["end"]] == x["_v"], (doc["id"], x)
        assert x["start"] >= excerpt_len, (doc["id"], "span inside excerpt")
    for x in labels:
        v = x["_v"]
        if x["tag"] == "IP_ADDRESS":
            ip = ipaddress.ip_address(v)
            assert ip.is_global and not ip.is_multicast, (doc["id"], v)
            if ip.version == 4:
                assert not v.startswith("100."), v
            assert (ip.version == 6) == (x["kind"].endswith("_v6") or x["kind"].endswith("ipv6")), (doc["id"], x["kind"], v)
        elif x["tag"] == "EMAIL":
            assert EMAIL_FULL.match(v), (doc["id"], v)
            d = v.split("@")[1].lower()
            assert d not in RESERVED and not d.endswith(RESERVED_TLD), v
            a, b = x["start"], x["end"]
            assert a == 0 or text[a - 1] not in ADDR_CH, (doc["id"], v, text[a - 1])
            if b < len(text):
                assert text[b] not in ADDR_CH or (text[b] == "." and not (b + 1 < len(text) and text[b + 1].isalnum())), (doc["id"], v, text[b:b + 3])
        elif x["tag"] == "PASSWORD":
            assert "@" not in v and v.isascii(), (doc["id"], v)
        elif x["tag"] == "KEY":
            assert len(v) >= 6, (doc["id"], v)
    for x in looks:
        v = x["_v"]
        if x["kind"].endswith("_ip") or x["kind"].endswith("_ipv6"):
            lip = ipaddress.ip_address(v)
            assert not lip.is_global or lip.is_multicast, (doc["id"], x)
        if x["kind"] == "reserved_email":
            d = v.split("@")[1].lower()
            assert d in RESERVED or d.endswith(RESERVED_TLD), v

    def covered(a, b):
        return any(s <= a and b <= e for s, e in spans)

    secrets = [(x["start"], x["end"]) for x in labels if x["tag"] in ("KEY", "PASSWORD")]
    for m in EMAIL_RE.finditer(text):
        if m.end() <= excerpt_len:
            continue
        if covered(m.start(), m.end()):
            continue
        at = m.start() + m.group().index("@")
        ok = any(e == at and s > 0 and text[s - 1] == ":" for s, e in secrets)
        assert ok, (doc["id"], "uncovered e-mail shape", m.group())
    for m in V4_RE.finditer(text):
        if m.end() <= excerpt_len:
            continue
        if all(int(o) <= 255 for o in m.groups()):
            assert covered(m.start(), m.end()), (doc["id"], "uncovered IPv4 shape", m.group())
    for m in V6_RE.finditer(text):
        run, a = m.group(), m.start()
        while run.startswith("."):
            run, a = run[1:], a + 1
        run = run.rstrip(".")
        if run.count(":") < 2 or a + len(run) <= excerpt_len:
            continue
        try:
            ip = ipaddress.ip_address(run)
            need = ip.version == 6 and (ip.is_global or run.count(":") >= 3)
        except ValueError:
            need = run.count(":") >= 3 and not set(run) <= set("0123456789:.")
        if need:
            assert covered(a, a + len(run)), (doc["id"], "uncovered IPv6 shape", run)
    for ch in (MS, MM, ME):
        assert ch not in text
    if doc["lang"] == "json":
        json.loads(text)
    if doc["lang"] == "xml":
        xml.dom.minidom.parseString(text.encode())


def build(partial=False):
    docs = []
    names = set()
    templates = all_templates()
    for fn in templates:
        name = fn.__name__[2:]
        assert fn.__name__.startswith("t_") and name not in names, name
        names.add(name)
        for n in range(N_RENDER):
            g = gen_h45.G(random.Random(f"{SEED}:{name}:{n}"))
            lang, path, marked = fn(g)
            text, labels, looks = strip_markers(marked)
            doc = {"id": f"h45-syn-{name}-{n}", "lang": lang, "path": path, "content": text}
            check_doc(doc, labels, looks)
            assert labels, doc["id"]
            docs.append((doc, labels, looks, "synthetic"))
    for package, version, rel, name, rng_lines, lang, lic in CARRIERS:
        excerpt = read_excerpt(package, name, rng_lines)
        assert "\r" not in excerpt and not any(c in excerpt for c in (MS, MM, ME))
        assert not EMAIL_RE.search(excerpt) and not V4_RE.search(excerpt), name
        if not excerpt.endswith("\n"):
            excerpt += "\n"
        g = gen_h45.G(random.Random(f"{SEED}:carrier:{package}/{rel}"))
        snip, labels, looks = strip_markers(snippet(g, package, lang))
        off = len(excerpt)
        for x in labels + looks:
            x["start"] += off
            x["end"] += off
        suffix = name.replace("/", "-") + (f".lines{rng_lines[0]}-{rng_lines[1]}" if rng_lines else "")
        doc = {"id": f"h45-real-{package}-{suffix}", "lang": lang, "path": f"{package}/{rel}",
               "content": excerpt + snip}
        check_doc(doc, labels, looks, excerpt_len=off)
        assert doc["content"].startswith(excerpt)
        docs.append((doc, labels, looks, "carrier"))
    ids = [d["id"] for d, *_ in docs]
    assert len(ids) == len(set(ids))
    tag_n = collections.Counter(x["tag"] for _, ls, _, _ in docs for x in ls)
    look_n = collections.Counter(x["kind"] for _, _, lk, _ in docs for x in lk)
    ip_labels = [x for _, ls, _, _ in docs for x in ls if x["tag"] == "IP_ADDRESS"]
    v6 = sum(1 for x in ip_labels if ":" in x["_v"])
    if not partial:
        assert len(templates) == N_TEMPLATES, len(templates)
        assert len(docs) == N_TEMPLATES * N_RENDER + len(CARRIERS), len(docs)
        assert tag_n["EMAIL"] >= 250 and tag_n["IP_ADDRESS"] >= 250, tag_n
        assert tag_n["KEY"] >= 330 and tag_n["PASSWORD"] >= 300, tag_n
        assert sum(look_n.values()) >= 1000 and len(look_n) >= 45, (sum(look_n.values()), len(look_n))
        assert v6 >= 0.12 * len(ip_labels), (v6, len(ip_labels))
    records = []
    for doc, labels, looks, _ in docs:
        rec = dict(doc)
        rec["labels"] = [{"tag": x["tag"], "start": x["start"], "end": x["end"], "kind": x["kind"]}
                         for x in sorted(labels, key=lambda x: x["start"])]
        rec["lookalikes"] = [{"kind": x["kind"], "start": x["start"], "end": x["end"]}
                             for x in sorted(looks, key=lambda x: x["start"])]
        records.append(rec)
    out = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records)
    by_origin = {}
    for origin in ("carrier", "synthetic"):
        sel = [d for d in docs if d[3] == origin]
        c = collections.Counter(x["tag"] for _, ls, _, _ in sel for x in ls)
        by_origin[origin] = {"documents": len(sel), **{t: c[t] for t in TAGS},
                             "lookalikes": sum(len(lk) for _, _, lk, _ in sel)}
    counts = {
        "documents": len(docs),
        "templates": len(templates),
        "labels": {t: tag_n[t] for t in TAGS},
        "ipv6_labels": v6,
        "lookalikes": sum(look_n.values()),
        "lookalike_kinds": dict(sorted(look_n.items())),
        "label_kinds": dict(sorted(collections.Counter(f"{x['tag']}:{x['kind']}" for _, ls, _, _ in docs for x in ls).items())),
        "by_origin": by_origin,
        "lang": dict(sorted(collections.Counter(d["lang"] for d, *_ in docs).items())),
    }
    lp = os.path.join(HERE, "labels.jsonl")
    with open(lp, "w", encoding="utf-8", newline="\n") as f:
        f.write(out)
    with open(os.path.join(HERE, "counts.json"), "w", encoding="utf-8", newline="\n") as f:
        f.write(json.dumps(counts, indent=1, ensure_ascii=False) + "\n")
    with open(lp, encoding="utf-8", newline="") as f:
        assert f.read() == out
    print(f"{len(docs)} documents, {len(templates)} templates, labels {dict(tag_n)}, ipv6 {v6}/{len(ip_labels)}, "
          f"look-alikes {sum(look_n.values())} of {len(look_n)} kinds")


if __name__ == "__main__":
    if "--extract" in sys.argv:
        extract(sys.argv[sys.argv.index("--extract") + 1])
    else:
        build(partial="--partial" in sys.argv)
