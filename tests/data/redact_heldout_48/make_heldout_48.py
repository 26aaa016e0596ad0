"""Build held-out set 48 for the redactor. Standard library only; never imports codelm."""
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
import gen_h48  # noqa: E402
import templates_h48a  # noqa: E402
import templates_h48b  # noqa: E402
import templates_h48c  # noqa: E402
import templates_h48d  # noqa: E402

SEED = "codelm-redact-heldout-48"
A, B, C = gen_h48.A, gen_h48.B, gen_h48.C
MARK = re.compile(A + r"([A-Z_]+)\|([A-Za-z0-9_]+)" + B + r"([^" + A + B + C + r"]*)" + C)
TAGS = ("EMAIL", "IP_ADDRESS", "KEY", "PASSWORD")
RESERVED = ("example.com", "example.org", "example.net")
RES_SUFFIX = (".example", ".invalid", ".localhost", ".test")
ADDR = set("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789._%+-")
EMAIL_RE = re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}")
IP4_RE = re.compile(r"(?<![\d.])(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})(?!\d)")
IP6_RE = re.compile(r"[0-9A-Fa-f:.]*:[0-9A-Fa-f:.]*")

# Carriers: (package, sdist dir name, path in sdist, (first, last) line range or None, licence file, lang)
CARRIERS = [
    ("delorean", "delorean-2.0.0", "docs/install.rst", None, "LICENSE.txt", "rst"),
    ("delorean", "delorean-2.0.0", "CHANGES.rst", (1, 60), "LICENSE.txt", "rst"),
    ("delorean", "delorean-2.0.0", ".github/workflows/tests.yml", None, "LICENSE.txt", "yaml"),
    ("pyjokes", "pyjokes-0.8.3", "README.md", (1, 60), "LICENCE.txt", "markdown"),
    ("treelib", "treelib-1.8.0", "README.md", None, "LICENSE", "markdown"),
    ("treelib", "treelib-1.8.0", "HISTORY", None, "LICENSE", "text"),
]


def extract(unpack):
    done = set()
    for pkg, sd, path, _rng, lic, _lang in CARRIERS:
        for rel in (path, lic):
            if (pkg, rel) in done:
                continue
            done.add((pkg, rel))
            dst = os.path.join(HERE, "sources", pkg, rel)
            os.makedirs(os.path.dirname(dst), exist_ok=True)
            shutil.copyfile(os.path.join(unpack, sd, rel), dst)
    lines = []
    for root, _d, files in os.walk(os.path.join(HERE, "sources")):
        for f in files:
            if f == "SHA256SUMS":
                continue
            p = os.path.join(root, f)
            rel = os.path.relpath(p, os.path.join(HERE, "sources"))
            lines.append(f"{hashlib.sha256(open(p, 'rb').read()).hexdigest()}  {rel}")
    with open(os.path.join(HERE, "sources", "SHA256SUMS"), "w", encoding="utf-8") as fh:
        fh.write("\n".join(sorted(lines, key=lambda x: x.split("  ", 1)[1])) + "\n")


def strip(marked):
    """Remove markers, return text, labels and look-alikes."""
    out, labels, looks, pos, last = [], [], [], 0, 0
    for mo in MARK.finditer(marked):
        out.append(marked[last:mo.start()])
        pos += mo.start() - last
        tag, kind, val = mo.groups()
        span = (pos, pos + len(val))
        if tag == "LOOK":
            looks.append({"kind": kind, "start": span[0], "end": span[1], "_v": val})
        else:
            assert tag in TAGS, tag
            labels.append({"tag": tag, "start": span[0], "end": span[1], "kind": kind, "_v": val})
        out.append(val)
        pos += len(val)
        last = mo.end()
    out.append(marked[last:])
    text = "".join(out)
    assert not any(ch in text for ch in (A, B, C)), "marker left"
    return text, labels, looks


def is_reserved(dom):
    dom = dom.lower()
    return dom in RESERVED or any(dom.endswith("." + r) for r in RESERVED) or dom.endswith(RES_SUFFIX)


def check_doc(doc, excerpt_len=0):
    t = doc["content"]
    spans = []
    for sp in doc["labels"] + doc["lookalikes"]:
        s, e = sp["start"], sp["end"]
        v = t[s:e]
        assert v == sp["_v"], (doc["id"], v, sp["_v"])
        assert 0 <= s < e <= len(t), doc["id"]
        assert v == v.strip() and "\n" not in v and "\r" not in v, (doc["id"], v)
        spans.append((s, e))
    spans.sort()
    for (s1, e1), (s2, e2) in zip(spans, spans[1:]):
        assert e1 <= s2, (doc["id"], "overlap", t[s1:e1], t[s2:e2])
    for lb in doc["labels"]:
        v, k = lb["_v"], lb["kind"]
        assert lb["start"] >= excerpt_len, (doc["id"], "label inside excerpt")
        if lb["tag"] == "IP_ADDRESS":
            a = ipaddress.ip_address(v)
            assert a.is_global and not a.is_multicast, (doc["id"], v)
            if a.version == 4:
                assert not v.startswith("100."), v
            assert (a.version == 6) == (k.endswith("_v6") or k.endswith("ipv6")), (doc["id"], k, v)
        elif lb["tag"] == "EMAIL":
            assert EMAIL_RE.fullmatch(v), (doc["id"], v)
            assert not is_reserved(v.split("@")[1]), v
            s, e = lb["start"], lb["end"]
            assert s == 0 or t[s - 1] not in ADDR, (doc["id"], v, t[s - 1])
            assert e == len(t) or t[e] not in ADDR or (t[e] == "." and (e + 1 == len(t) or not t[e + 1].isalnum())), (doc["id"], v, t[e:e + 3])
        elif lb["tag"] == "PASSWORD":
            assert "@" not in v and v.isascii(), (doc["id"], v)
        elif lb["tag"] == "KEY":
            assert len(v) >= 6, (doc["id"], v)
    for lk in doc["lookalikes"]:
        k, v = lk["kind"], lk["_v"]
        if k.endswith("_ip") or k.endswith("_ipv6"):
            a = ipaddress.ip_address(v)
            assert (not a.is_global) or a.is_multicast, (doc["id"], k, v)
        if k == "reserved_email":
            assert is_reserved(v.split("@")[1]), v
    covered = [(sp["start"], sp["end"]) for sp in doc["labels"] + doc["lookalikes"]]

    def inside(s, e):
        return any(cs <= s and e <= ce for cs, ce in covered)
    for mo in EMAIL_RE.finditer(t):
        if mo.end() <= excerpt_len:
            continue
        if inside(mo.start(), mo.end()):
            continue
        at = mo.start() + mo.group().index("@")
        ok = any(lb["end"] == at and lb["tag"] in ("KEY", "PASSWORD") and lb["start"] > 1
                 and (t[lb["start"] - 1] == ":" or t[lb["start"] - 2:lb["start"]] == "//")
                 for lb in doc["labels"])
        assert ok, (doc["id"], "uncovered e-mail shape", mo.group())
    for mo in IP4_RE.finditer(t):
        if mo.end() <= excerpt_len:
            continue
        if all(int(x) <= 255 for x in mo.groups()):
            assert inside(mo.start(), mo.end()), (doc["id"], "uncovered IPv4 shape", mo.group())
    for mo in IP6_RE.finditer(t):
        s, e = mo.start(), mo.end()
        if e <= excerpt_len:
            continue
        run = mo.group()
        if (s > 0 and t[s - 1].isalnum()) or (e < len(t) and t[e].isalnum()):
            continue
        while run.startswith("."):
            run, s = run[1:], s + 1
        while run.endswith("."):
            run, e = run[:-1], e - 1
        if run.count(":") < 2:
            continue
        try:
            a = ipaddress.ip_address(run)
            need = a.is_global or run.count(":") >= 3
        except ValueError:
            need = run.count(":") >= 3 and not re.fullmatch(r"[0-9:.]+", run)
        if need:
            assert inside(s, e), (doc["id"], "uncovered IPv6 shape", run)
    if doc["lang"] in ("json", "ipynb"):
        json.loads(t)
    if doc["lang"] == "xml":
        xml.dom.minidom.parseString(t.encode("utf-8"))


def templates():
    out = []
    for mod in (templates_h48a, templates_h48b, templates_h48c, templates_h48d):
        for name in mod.ORDER:
            out.append((name, getattr(mod, "t_" + name)))
    return out


def carrier_docs():
    import templates_h48d as td
    docs = []
    for pkg, _sd, path, rng, _lic, lang in CARRIERS:
        src = os.path.join(HERE, "sources", pkg, path)
        raw = open(src, encoding="utf-8").read()
        assert "\r" not in raw
        if rng:
            excerpt = "".join(raw.splitlines(True)[rng[0] - 1:rng[1]])
        else:
            excerpt = raw
        assert not any(ch in excerpt for ch in (A, B, C))
        assert not EMAIL_RE.search(excerpt), (pkg, path, "e-mail in excerpt")
        assert not IP4_RE.search(excerpt), (pkg, path, "IPv4 in excerpt")
        if not excerpt.endswith("\n"):
            excerpt += "\n"
        g = gen_h48.G(random.Random(f"{SEED}:carrier:{pkg}/{path}"))
        snippet = td.carrier_snippet(g, pkg, lang)
        text, labels, looks = strip(excerpt + snippet)
        fid = path.replace("/", "-") + (f".lines{rng[0]}-{rng[1]}" if rng else "")
        doc = {"id": f"h48-real-{pkg}-{fid}", "lang": lang, "path": f"{pkg}/{path}", "content": text,
               "labels": labels, "lookalikes": looks}
        assert text.startswith(excerpt)
        check_doc(doc, len(excerpt))
        docs.append(doc)
    return docs


def main():
    if "--extract" in sys.argv:
        extract(sys.argv[sys.argv.index("--extract") + 1])
        return
    partial = "--partial" in sys.argv
    only = None
    if "--only" in sys.argv:
        only = sys.argv[sys.argv.index("--only") + 1]
    docs = []
    names = [n for n, _ in templates()]
    assert len(names) == len(set(names)), "duplicate template names"
    for name, fn in templates():
        if only and name != only:
            continue
        for n in range(4):
            g = gen_h48.G(random.Random(f"{SEED}:{name}:{n}"))
            lang, path, marked = fn(g)
            text, labels, looks = strip(marked)
            doc = {"id": f"h48-syn-{name}-{n}", "lang": lang, "path": path, "content": text, "labels": labels,
                   "lookalikes": looks}
            assert labels, (doc["id"], "no labels")
            check_doc(doc)
            docs.append(doc)
    if only:
        for d in docs:
            if d["id"].endswith("-0") or "--all" in sys.argv:
                show(d)
        return
    docs += carrier_docs()
    ids = [d["id"] for d in docs]
    assert len(ids) == len(set(ids))
    tag = collections.Counter(lb["tag"] for d in docs for lb in d["labels"])
    v6 = sum(1 for d in docs for lb in d["labels"] if lb["tag"] == "IP_ADDRESS" and ":" in lb["_v"])
    lks = collections.Counter(lk["kind"] for d in docs for lk in d["lookalikes"])
    if not partial:
        assert len(names) == 75 and len(docs) == 306, (len(names), len(docs))
        assert tag["EMAIL"] >= 250 and tag["IP_ADDRESS"] >= 250 and tag["KEY"] >= 330 and tag["PASSWORD"] >= 300, tag
        assert sum(lks.values()) >= 1000 and len(lks) >= 45, (sum(lks.values()), len(lks))
        assert v6 >= 0.12 * tag["IP_ADDRESS"], (v6, tag["IP_ADDRESS"])
    kinds = collections.Counter(f"{lb['tag']}:{lb['kind']}" for d in docs for lb in d["labels"])
    langs = collections.Counter(d["lang"] for d in docs)
    counts = {
        "documents": len(docs),
        "tags": {t: tag[t] for t in TAGS},
        "ipv6_labels": v6,
        "label_kinds": dict(sorted(kinds.items())),
        "lookalikes": sum(lks.values()),
        "lookalike_kinds": dict(sorted(lks.items())),
        "langs": dict(sorted(langs.items())),
    }
    lines = []
    for d in docs:
        rec = {"id": d["id"], "lang": d["lang"], "path": d["path"], "content": d["content"],
               "labels": [{"tag": lb["tag"], "start": lb["start"], "end": lb["end"], "kind": lb["kind"]}
                          for lb in d["labels"]],
               "lookalikes": [{"kind": lk["kind"], "start": lk["start"], "end": lk["end"]} for lk in d["lookalikes"]]}
        lines.append(json.dumps(rec, ensure_ascii=False, sort_keys=False))
    data = "\n".join(lines) + "\n"
    if partial and "--write" not in sys.argv:
        print(json.dumps({k: counts[k] for k in ("documents", "tags", "ipv6_labels", "lookalikes")}),
              len(counts["lookalike_kinds"]))
        return
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as fh:
        fh.write(data)
    with open(os.path.join(HERE, "counts.json"), "w", encoding="utf-8") as fh:
        json.dump(counts, fh, indent=1, sort_keys=False)
        fh.write("\n")
    assert open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8").read() == data
    print(json.dumps({k: counts[k] for k in ("documents", "tags", "ipv6_labels", "lookalikes")}),
          len(counts["lookalike_kinds"]))


def show(d):
    t = d["content"]
    marks = sorted([(lb["start"], lb["end"], lb["tag"] + ":" + lb["kind"]) for lb in d["labels"]] +
                   [(lk["start"], lk["end"], "look:" + lk["kind"]) for lk in d["lookalikes"]])
    out, last = [], 0
    for s, e, k in marks:
        out.append(t[last:s] + "[[" + t[s:e] + "|" + k + "]]")
        last = e
    out.append(t[last:])
    print("=====", d["id"], d["lang"], d["path"])
    for line in "".join(out).splitlines():
        print(line[:220])


if __name__ == "__main__":
    main()
