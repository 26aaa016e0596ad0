#!/usr/bin/env python3
"""Build held-out set 49 (labels.jsonl, counts.json). Standard library only; never imports codelm."""
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

import gen_h49  # noqa: E402
from gen_h49 import G, M0, M1, M2  # noqa: E402
import templates_h49a  # noqa: E402
import templates_h49b  # noqa: E402
import templates_h49c  # noqa: E402
import templates_h49d  # noqa: E402

N_TEMPLATES = 75
N_RENDER = 4
SEED = "codelm-redact-heldout-49"

# (package, version, file under sources/<package>/, first line, last line or None, lang)
CARRIERS = [
    ("sqids", "0.5.2", "README.md", 1, None, "markdown"),
    ("sqids", "0.5.2", "CHANGELOG.md", 1, None, "markdown"),
    ("pydash", "8.1.0", "docs/quickstart.rst", 1, None, "rst"),
    ("pydash", "8.1.0", "docs/installation.rst", 1, None, "rst"),
    ("parsedatetime", "2.6", "README.rst", 1, 60, "rst"),
    ("parsedatetime", "2.6", "CHANGES.txt", 1, 60, "text"),
]
LICENCES = {"sqids": "LICENSE", "pydash": "LICENSE.rst", "parsedatetime": "LICENSE.txt"}
SDIST_DIRS = {"sqids": "sqids-0.5.2", "pydash": "pydash-8.1.0", "parsedatetime": "parsedatetime-2.6"}
SNIPPET_DOMAIN = {"sqids": "brackwater-ringers.org.uk", "pydash": "tollmere-allotments.ie",
                  "parsedatetime": "wrackmoor-gig-club.co.nz"}

MARK_RE = re.compile(M0 + r"([A-Z_]+)\|([A-Za-z0-9_]+)" + M1 + r"([^" + M0 + M1 + M2 + r"]*)" + M2)
EMAIL_RE = re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}")
IPV4_RE = re.compile(r"(?<![0-9.])(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})(?![0-9])")
V6RUN_RE = re.compile(r"[0-9A-Fa-f:.]+")
ADDR_CH = set("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789._%+-")
RESERVED = ("example.com", "example.org", "example.net")
RESERVED_SUFFIX = (".example", ".invalid", ".localhost", ".test")


def templates():
    out = []
    for mod in (templates_h49a, templates_h49b, templates_h49c, templates_h49d):
        for fn in mod.TEMPLATES:
            assert fn.__name__.startswith("t_"), fn.__name__
            out.append((fn.__name__[2:], fn))
    return out


def strip_markers(marked):
    text, labels, looks = [], [], []
    pos = 0
    last = 0
    for m in MARK_RE.finditer(marked):
        text.append(marked[last:m.start()])
        pos += m.start() - last
        tag, kind, val = m.group(1), m.group(2), m.group(3)
        start, end = pos, pos + len(val)
        if tag == "LOOK":
            looks.append({"kind": kind, "start": start, "end": end})
        else:
            assert tag in ("EMAIL", "IP_ADDRESS", "KEY", "PASSWORD"), tag
            labels.append({"tag": tag, "start": start, "end": end, "kind": kind})
        text.append(val)
        pos = end
        last = m.end()
    text.append(marked[last:])
    t = "".join(text)
    for ch in (M0, M1, M2):
        assert ch not in t, "marker left"
    return t, labels, looks, [m.group(3) for m in MARK_RE.finditer(marked)]


def reserved_domain(d):
    d = d.lower()
    return d in RESERVED or any(d.endswith("." + r) for r in RESERVED) or d.endswith(RESERVED_SUFFIX)


def check_doc(doc, planted, excerpt_len=0):
    t = doc["content"]
    spans = [(l["start"], l["end"], l["tag"], l["kind"]) for l in doc["labels"]] + \
            [(l["start"], l["end"], "LOOK", l["kind"]) for l in doc["lookalikes"]]
    order = sorted(spans)
    assert len(planted) == len(spans)
    # round trip (in text order)
    for (s, e, tag, kind), v in zip(sorted(spans), planted):
        assert t[s:e] == v, (doc["id"], kind)
    for s, e, tag, kind in spans:
        v = t[s:e]
        assert 0 <= s < e <= len(t), (doc["id"], kind, "empty/out")
        assert v == v.strip(), (doc["id"], kind, "padded")
        assert "\n" not in v and "\r" not in v, (doc["id"], kind, "multiline")
        if excerpt_len:
            assert s >= excerpt_len, (doc["id"], "span inside excerpt")
    for a, b in zip(order, order[1:]):
        assert a[1] <= b[0], (doc["id"], "overlap", a, b)
    for l in doc["labels"]:
        v = t[l["start"]:l["end"]]
        kind = l["kind"]
        if l["tag"] == "IP_ADDRESS":
            ip = ipaddress.ip_address(v)
            assert ip.is_global and not ip.is_multicast, (doc["id"], v)
            if ip.version == 4:
                assert not v.startswith("100."), v
            assert (ip.version == 6) == (kind.endswith("_v6") or kind.endswith("ipv6")), (doc["id"], kind)
        elif l["tag"] == "EMAIL":
            assert re.fullmatch(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}", v), v
            assert not reserved_domain(v.split("@", 1)[1]), v
            s, e = l["start"], l["end"]
            assert s == 0 or t[s - 1] not in ADDR_CH, (doc["id"], v, "before")
            if e < len(t):
                c = t[e]
                assert c not in ADDR_CH or (c == "." and (e + 1 >= len(t) or not t[e + 1].isalnum())), \
                    (doc["id"], v, "after")
        elif l["tag"] == "PASSWORD":
            assert "@" not in v and v.isascii(), (doc["id"], v)
        elif l["tag"] == "KEY":
            assert len(v) >= 6, (doc["id"], v)
    for l in doc["lookalikes"]:
        v = t[l["start"]:l["end"]]
        k = l["kind"]
        if k.endswith("_ip") or k.endswith("_ipv6"):
            ip = ipaddress.ip_address(v)
            assert (not ip.is_global) or ip.is_multicast, (doc["id"], k, v)
        if k == "reserved_email":
            assert reserved_domain(v.split("@", 1)[1]), v
    covered = [(s, e) for s, e, _, _ in spans]

    def inside(a, b):
        return any(s <= a and b <= e for s, e in covered)

    pw_key_ends = {}
    for l in doc["labels"]:
        if l["tag"] in ("KEY", "PASSWORD"):
            s = l["start"]
            if (s >= 1 and t[s - 1] == ":") or (s >= 2 and t[s - 2:s] == "//"):
                pw_key_ends[l["end"]] = True
    body = t[excerpt_len:]
    for m in EMAIL_RE.finditer(body):
        a, b = m.start() + excerpt_len, m.end() + excerpt_len
        if inside(a, b):
            continue
        at = t.index("@", a)
        assert at in pw_key_ends, (doc["id"], "uncovered e-mail shape", m.group(0))
    for m in IPV4_RE.finditer(body):
        if all(int(x) <= 255 for x in m.groups()):
            a, b = m.start() + excerpt_len, m.end() + excerpt_len
            assert inside(a, b), (doc["id"], "uncovered IPv4 shape", m.group(0))
    for m in V6RUN_RE.finditer(body):
        a, b = m.start() + excerpt_len, m.end() + excerpt_len
        if (a > 0 and (t[a - 1].isalnum() or t[a - 1] == "_")) or (b < len(t) and (t[b].isalnum() or t[b] == "_")):
            continue
        run = m.group(0)
        ls = len(run) - len(run.lstrip("."))
        run2 = run.strip(".")
        a2 = a + ls
        b2 = a2 + len(run2)
        if run2.count(":") < 2:
            continue
        try:
            ip = ipaddress.ip_address(run2)
            need = ip.is_global or run2.count(":") >= 3
        except ValueError:
            need = run2.count(":") >= 3 and not re.fullmatch(r"[0-9:.]+", run2)
        if need:
            assert inside(a2, b2), (doc["id"], "uncovered IPv6 shape", run2)
    if doc["lang"] == "json":
        json.loads(t)
    if doc["lang"] == "ipynb":
        json.loads(t)
    if doc["lang"] == "xml":
        xml.dom.minidom.parseString(t.encode("utf-8"))


def render(name, fn, n):
    rng = random.Random(f"{SEED}:{name}:{n}")
    g = G(rng)
    lang, path, marked = fn(g)
    return lang, path, marked


def make_doc(docid, lang, path, marked, excerpt=""):
    text, labels, looks, planted = strip_markers(marked)
    content = excerpt + text
    off = len(excerpt)
    for l in labels:
        l["start"] += off
        l["end"] += off
    for l in looks:
        l["start"] += off
        l["end"] += off
    doc = collections.OrderedDict()
    doc["id"] = docid
    doc["lang"] = lang
    doc["path"] = path
    doc["content"] = content
    doc["labels"] = [{"tag": l["tag"], "start": l["start"], "end": l["end"], "kind": l["kind"]} for l in labels]
    doc["lookalikes"] = [{"kind": l["kind"], "start": l["start"], "end": l["end"]} for l in looks]
    return doc, planted


def snippet(g, pkg, lang):
    dom = SNIPPET_DOMAIN[pkg]
    shape = {"sqids": "hex40", "pydash": "b64u43", "parsedatetime": "an32"}[pkg]
    lines = [
        "Quernby bell-tower rota: notes for the Thursday practice night",
        "Tower door keypad and wifi box live on «ip4:snippet_public_ip»; the backup link is «ip6:snippet_public_ipv6».",
        "Rota questions go to «e:snippet_email:" + g.pick(gen_h49.FIRST) + ".tower:" + dom + "».",
        "The ringing-room laptop password is «p:snippet_password:plain» and the rota app key is «k:snippet_key:" + shape + "».",
        "Docs example only: «L:documentation_ip», «L:reserved_email», release «L:snippet_version=" +
        f"{g.num(1, 9)}.{g.num(0, 20)}.{g.num(0, 9)}" + "», commit «L:short_sha», id «L:snippet_uuid».",
    ]
    body = gen_h49.fill(g, "\n".join(lines))
    if lang == "markdown":
        return "\n<!--\n" + body + "\n-->\n"
    if lang == "rst":
        return "\n..\n" + "\n".join("   " + x for x in body.split("\n")) + "\n"
    return "\n" + "\n".join("# " + x for x in body.split("\n")) + "\n"


def carrier_docs():
    docs = []
    for pkg, ver, rel, a, b, lang in CARRIERS:
        src = os.path.join(HERE, "sources", pkg, rel)
        with open(src, encoding="utf-8", newline="") as f:
            full = f.read()
        assert "\r" not in full
        lines = full.split("\n")
        if b is None:
            excerpt = full
            suffix = ""
        else:
            excerpt = "\n".join(lines[a - 1:b]) + "\n"
            suffix = f".lines{a}-{b}"
        for ch in (M0, M1, M2):
            assert ch not in excerpt
        assert not EMAIL_RE.search(excerpt), (pkg, rel, "e-mail in excerpt")
        assert not IPV4_RE.search(excerpt), (pkg, rel, "IPv4 in excerpt")
        if not excerpt.endswith("\n"):
            excerpt += "\n"
        g = G(random.Random(f"{SEED}:carrier:{pkg}/{rel}"))
        marked = snippet(g, pkg, lang)
        docid = f"h49-real-{pkg}-{rel.replace('/', '-')}{suffix}"
        doc, planted = make_doc(docid, lang, f"{pkg}/{rel}", marked, excerpt)
        assert doc["content"].startswith(excerpt)
        check_doc(doc, planted, excerpt_len=len(excerpt))
        docs.append(doc)
    return docs


def build(strict=True):
    docs = []
    names = set()
    tl = templates()
    for name, fn in tl:
        assert name not in names, name
        names.add(name)
        for n in range(N_RENDER):
            lang, path, marked = render(name, fn, n)
            doc, planted = make_doc(f"h49-syn-{name}-{n}", lang, path, marked)
            assert doc["labels"], (doc["id"], "no label")
            check_doc(doc, planted)
            docs.append(doc)
    docs += carrier_docs()
    ids = [d["id"] for d in docs]
    assert len(ids) == len(set(ids))
    tags = collections.Counter(l["tag"] for d in docs for l in d["labels"])
    looks = collections.Counter(l["kind"] for d in docs for l in d["lookalikes"])
    v6 = sum(1 for d in docs for l in d["labels"] if l["tag"] == "IP_ADDRESS"
             and ipaddress.ip_address(d["content"][l["start"]:l["end"]]).version == 6)
    if strict:
        assert len(tl) == N_TEMPLATES, len(tl)
        assert len(docs) == N_TEMPLATES * N_RENDER + len(CARRIERS), len(docs)
        assert tags["EMAIL"] >= 250 and tags["IP_ADDRESS"] >= 250, tags
        assert tags["KEY"] >= 330 and tags["PASSWORD"] >= 300, tags
        assert sum(looks.values()) >= 1000 and len(looks) >= 45, (sum(looks.values()), len(looks))
        assert v6 >= 0.12 * tags["IP_ADDRESS"], (v6, tags["IP_ADDRESS"])
    counts = collections.OrderedDict()
    counts["documents"] = len(docs)
    counts["templates"] = len(tl)
    counts["tags"] = dict(sorted(tags.items()))
    counts["ipv6_labels"] = v6
    counts["label_kinds"] = dict(sorted(collections.Counter(
        f"{l['tag']}:{l['kind']}" for d in docs for l in d["labels"]).items()))
    counts["lookalikes"] = sum(looks.values())
    counts["lookalike_kinds"] = dict(sorted(looks.items()))
    counts["langs"] = dict(sorted(collections.Counter(d["lang"] for d in docs).items()))
    counts["origin"] = {
        "real": dict(sorted(collections.Counter(l["tag"] for d in docs if "-real-" in d["id"]
                                                for l in d["labels"]).items())),
        "synthetic": dict(sorted(collections.Counter(l["tag"] for d in docs if "-syn-" in d["id"]
                                                     for l in d["labels"]).items())),
        "real_lookalikes": sum(len(d["lookalikes"]) for d in docs if "-real-" in d["id"]),
        "synthetic_lookalikes": sum(len(d["lookalikes"]) for d in docs if "-syn-" in d["id"]),
    }
    return docs, counts


def show(marked):
    out = []
    for line in marked.split("\n"):
        if M0 in line:
            line = re.sub(M0 + r"([A-Z_]+)\|([A-Za-z0-9_]+)" + M1, lambda m: "⟦" + m.group(1)[:4] + ":" + m.group(2) + " ", line)
            line = line.replace(M2, "⟧")
        out.append(line)
    return "\n".join(out)


def main():
    args = sys.argv[1:]
    if args and args[0] == "--extract":
        unpack = args[1]
        for pkg in SDIST_DIRS:
            rels = [c[2] for c in CARRIERS if c[0] == pkg] + [LICENCES[pkg]]
            for rel in rels:
                dst = os.path.join(HERE, "sources", pkg, rel)
                os.makedirs(os.path.dirname(dst), exist_ok=True)
                shutil.copyfile(os.path.join(unpack, SDIST_DIRS[pkg], rel), dst)
        sums = []
        for root, _, files in os.walk(os.path.join(HERE, "sources")):
            for f in files:
                if f == "SHA256SUMS":
                    continue
                p = os.path.join(root, f)
                with open(p, "rb") as fh:
                    sums.append((os.path.relpath(p, os.path.join(HERE, "sources")), hashlib.sha256(fh.read()).hexdigest()))
        with open(os.path.join(HERE, "sources", "SHA256SUMS"), "w") as fh:
            for rel, h in sorted(sums):
                fh.write(f"{h}  {rel}\n")
        return
    if args and args[0] == "--only":
        name = args[1]
        fn = dict(templates())[name]
        for n in (range(N_RENDER) if "--all" in args else [0]):
            lang, path, marked = render(name, fn, n)
            print(f"=== {name} {n} {lang} {path}")
            print(show(marked))
        return
    strict = not (args and args[0] == "--partial")
    docs, counts = build(strict)
    if not strict:
        print(json.dumps({k: counts[k] for k in ("documents", "templates", "tags", "ipv6_labels", "lookalikes")}))
        print(len(counts["lookalike_kinds"]), "look-alike kinds")
        return
    lines = [json.dumps(d, ensure_ascii=False) + "\n" for d in docs]
    out = os.path.join(HERE, "labels.jsonl")
    with open(out, "w", encoding="utf-8", newline="") as f:
        f.writelines(lines)
    with open(os.path.join(HERE, "counts.json"), "w", encoding="utf-8", newline="") as f:
        json.dump(counts, f, indent=1, ensure_ascii=False)
        f.write("\n")
    with open(out, encoding="utf-8", newline="") as f:
        assert f.read() == "".join(lines)
    print(len(docs), "documents", json.dumps(counts["tags"]), "ipv6", counts["ipv6_labels"], "look-alikes",
          counts["lookalikes"], len(counts["lookalike_kinds"]), "kinds")


if __name__ == "__main__":
    main()
