"""Build held-out set 53 (labels.jsonl, counts.json). Standard library only; never imports codelm."""
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

import gen_h53  # noqa: E402
import templates_h53a  # noqa: E402
import templates_h53b  # noqa: E402
import templates_h53c  # noqa: E402
import templates_h53d  # noqa: E402

SEED = "codelm-redact-heldout-53"
M0, M1, M2 = gen_h53.M0, gen_h53.M1, gen_h53.M2
RESERVED_RE = re.compile(r"(?:^|\.)(?:example\.(?:com|org|net)|[^.]+\.(?:example|invalid|localhost|test)|example|invalid|localhost|test)$")

# carriers: (package, file under sources/<package>/, first line, last line or None for whole, lang)
CARRIERS = [
    ("anytree", "README.rst", 1, 60, "rst"),
    ("anytree", "README.rst", 101, 160, "rst"),
    ("cachelib", "README.md", None, None, "markdown"),
    ("cachelib", "CHANGES.rst", 1, 60, "rst"),
    ("deepdiff", "README.md", 1, 60, "markdown"),
    ("deepdiff", "troubleshoot.rst", None, None, "rst"),
]
# where the files come from inside the unpacked sdists (for --extract)
ORIGIN = {
    ("anytree", "README.rst"): "anytree-2.13.0/README.rst",
    ("anytree", "LICENSE"): "anytree-2.13.0/LICENSE",
    ("cachelib", "README.md"): "cachelib-0.17.0/README.md",
    ("cachelib", "CHANGES.rst"): "cachelib-0.17.0/CHANGES.rst",
    ("cachelib", "LICENSE.txt"): "cachelib-0.17.0/LICENSE.txt",
    ("deepdiff", "README.md"): "deepdiff-9.2.1/README.md",
    ("deepdiff", "troubleshoot.rst"): "deepdiff-9.2.1/deepdiff/docstrings/troubleshoot.rst",
    ("deepdiff", "LICENSE"): "deepdiff-9.2.1/LICENSE",
}
SNIPDOM = {"anytree": "kelderwick-orchard.org.nz", "cachelib": "brackenholt-choir.org.uk",
           "deepdiff": "skerrow-lifeboat.ie"}
SNIPPET = """Orchard volunteers' rota: hand-over note («L:snippet_date»)
The rota sheet now syncs from «ip4:snippet_sync_host» (fallback «ip6:snippet_sync_ipv6»).
Contact for the spreadsheet: «e:snippet_contact@{dom}»; share password «p:snippet_share_password:plain»,
API key for the form backend: «k:snippet_form_key:{shape}».
Docs example only, do not use: «L:snippet_documentation_ip», «L:snippet_reserved_email», release «L:snippet_version», commit «L:short_sha», form «L:snippet_uuid».
"""
SNIPSHAPE = {"anytree": "hex40", "cachelib": "b64u_32", "deepdiff": "an32"}


def strip(marked):
    """Remove markers; return plain text and spans (tag, kind, start, end, value)."""
    out = []
    spans = []
    i = 0
    pos = 0
    stack = []
    n = len(marked)
    while i < n:
        c = marked[i]
        if c == M0:
            j = marked.index(M1, i)
            tag, kind = marked[i + 1:j].split("|", 1)
            stack.append((tag, kind, pos))
            i = j + 1
        elif c == M2:
            tag, kind, start = stack.pop()
            spans.append((tag, kind, start, pos))
            i += 1
        else:
            out.append(c)
            pos += 1
            i += 1
    assert not stack
    return "".join(out), spans


def load_templates():
    T = []
    for mod in (templates_h53a, templates_h53b, templates_h53c, templates_h53d):
        T.extend(mod.T)
    return T


def render(name, lang, path, raw, n):
    rng = random.Random(f"{SEED}:{name}:{n}")
    marked = gen_h53.fill(raw, rng)
    prng = random.Random(f"{SEED}:{name}:{n}:path")
    p = gen_h53.expand_helpers(path, prng, {})
    return marked, p


def record(doc_id, lang, path, marked, prefix_len=0):
    text, spans = strip(marked)
    labels, looks = [], []
    for tag, kind, s, e in sorted(spans, key=lambda x: (x[2], x[3])):
        if tag == "LOOK":
            looks.append({"kind": kind, "start": s, "end": e})
        else:
            labels.append({"tag": tag, "start": s, "end": e, "kind": kind})
    return {"id": doc_id, "lang": lang, "path": path, "content": text, "labels": labels, "lookalikes": looks}


EMAIL_CH = set("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789._%+-")
EMAIL_SHAPE = re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}")
IPV4_SHAPE = re.compile(r"(?<![0-9.])(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})(?![0-9])")
IPV6_SHAPE = re.compile(r"(?<![A-Za-z0-9_:.])[0-9A-Fa-f:.]*:[0-9A-Fa-f:.]*(?![A-Za-z0-9_:.])")


def covered(spans, s, e):
    return any(a <= s and e <= b for a, b in spans)


def check_doc(rec, excerpt_len=0):
    t = rec["content"]
    allsp = []
    for l in rec["labels"]:
        s, e, tag, kind = l["start"], l["end"], l["tag"], l["kind"]
        v = t[s:e]
        assert 0 <= s < e <= len(t), rec["id"]
        assert v == v.strip(), (rec["id"], v)
        multi = tag == "KEY" and ("pem" in kind or kind.endswith("private_key"))
        assert multi or "\n" not in v, (rec["id"], kind, v)
        assert s >= excerpt_len, rec["id"]
        if tag == "IP_ADDRESS":
            a = ipaddress.ip_address(v)
            assert a.is_global and not a.is_multicast, (rec["id"], v)
            if a.version == 4:
                assert not v.startswith("100."), v
            assert (a.version == 6) == (kind.endswith("_v6") or kind.endswith("ipv6")), (rec["id"], kind, v)
        elif tag == "EMAIL":
            assert re.fullmatch(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}", v), v
            dom = v.split("@")[1].lower()
            assert not RESERVED_RE.search(dom), v
            assert s == 0 or t[s - 1] not in EMAIL_CH, (rec["id"], v, t[s - 1])
            if e < len(t):
                nx = t[e]
                assert nx not in EMAIL_CH or (nx == "." and (e + 1 >= len(t) or not t[e + 1].isalnum())), (rec["id"], v)
        elif tag == "PASSWORD":
            assert "@" not in v and v.isascii(), (rec["id"], v)
        elif tag == "KEY":
            assert len(v) >= 6, v
        else:
            raise AssertionError(tag)
        allsp.append((s, e, tag, kind))
    for l in rec["lookalikes"]:
        s, e, kind = l["start"], l["end"], l["kind"]
        v = t[s:e]
        assert 0 <= s < e <= len(t) and v == v.strip(), (rec["id"], kind, v)
        assert "\n" not in v or kind.startswith("pem_certificate"), (rec["id"], kind)
        assert s >= excerpt_len, rec["id"]
        if kind.endswith("_ip") or kind.endswith("_ipv6"):
            a = ipaddress.ip_address(v)
            assert (not a.is_global) or a.is_multicast, (rec["id"], kind, v)
        if kind.endswith("reserved_email"):
            assert RESERVED_RE.search(v.split("@")[1].lower()), v
        allsp.append((s, e, "LOOK", kind))
    allsp.sort()
    for (a, b, *_), (c, d, *_) in zip(allsp, allsp[1:]):
        assert b <= c, (rec["id"], t[a:b], t[c:d])
    spans = [(a, b) for a, b, *_ in allsp]
    keypw = {(a, b) for a, b, tag, _ in allsp if tag in ("KEY", "PASSWORD")}
    # every e-mail shape covered
    for m in EMAIL_SHAPE.finditer(t):
        s, e = m.span()
        if e <= excerpt_len:
            continue
        if covered(spans, s, e):
            continue
        at = t.index("@", s)
        ok = any(b == at and (t[a - 1] == ":" or t[a - 2:a] == "//") for a, b in keypw)
        assert ok, (rec["id"], m.group())
    for m in IPV4_SHAPE.finditer(t):
        s, e = m.span()
        if e <= excerpt_len:
            continue
        if all(int(x) <= 255 for x in m.groups()):
            assert covered(spans, s, e), (rec["id"], m.group())
    for m in IPV6_SHAPE.finditer(t):
        s, e = m.span()
        v = m.group()
        while v.startswith("."):
            v = v[1:]
            s += 1
        while v.endswith("."):
            v = v[:-1]
            e -= 1
        if e <= excerpt_len or v.count(":") < 2:
            continue
        try:
            a = ipaddress.ip_address(v)
            need = a.is_global or v.count(":") >= 3
        except ValueError:
            need = v.count(":") >= 3 and not re.fullmatch(r"[0-9:.]*", v)
        if need:
            assert covered(spans, s, e), (rec["id"], v)
    for ch in (M0, M1, M2, "«", "»"):
        assert ch not in t, rec["id"]
    if rec["lang"] in ("json", "ipynb"):
        json.loads(t)
    if rec["lang"] == "xml":
        xml.dom.minidom.parseString(t.encode())


def carrier_docs(strict):
    docs = []
    for pkg, fname, a, b, lang in CARRIERS:
        src = os.path.join(HERE, "sources", pkg, fname)
        if not os.path.exists(src):
            assert not strict, src
            continue
        raw = open(src, encoding="utf-8", newline="").read()
        assert "\r" not in raw
        if a is None:
            ex = raw
            suffix = ""
        else:
            lines = raw.split("\n")
            ex = "\n".join(lines[a - 1:b]) + "\n"
            suffix = f".lines{a}-{b}"
        if not ex.endswith("\n"):
            ex += "\n"
        for ch in (M0, M1, M2, "«", "»"):
            assert ch not in ex
        assert not EMAIL_SHAPE.search(ex), (pkg, fname)
        assert not IPV4_SHAPE.search(ex), (pkg, fname)
        snip = SNIPPET.replace("{dom}", SNIPDOM[pkg]).replace("{shape}", SNIPSHAPE[pkg])
        if lang == "markdown":
            body = "\n" + "".join("> " + ln + "\n" if ln else ">\n" for ln in snip.rstrip("\n").split("\n"))
        else:
            body = "\n..\n" + "".join("   " + ln + "\n" for ln in snip.rstrip("\n").split("\n"))
        rng = random.Random(f"{SEED}:carrier:{pkg}/{fname}{suffix}")
        marked = gen_h53.fill(body, rng)
        fid = fname.replace("/", "-")
        rec = record(f"h53-real-{pkg}-{fid}{suffix}", lang, f"{pkg}/{fname}", ex + marked)
        assert rec["content"].startswith(ex)
        check_doc(rec, excerpt_len=len(ex))
        docs.append(rec)
    return docs


def build(strict=True, only=None, show_all=False):
    T = load_templates()
    names = [t[0] for t in T]
    assert len(names) == len(set(names)), [n for n, c in collections.Counter(names).items() if c > 1]
    docs = []
    for name, lang, path, raw in T:
        assert not re.search(r"«(?!c:|n:|w:|v:)", path), name
        if only and name != only:
            continue
        for n in range(4):
            marked, p = render(name, lang, path, raw, n)
            rec = record(f"h53-syn-{name}-{n}", lang, p, marked)
            if only:
                if n == 0 or show_all:
                    show(rec)
            check_doc(rec)
            assert rec["labels"], rec["id"]
            docs.append(rec)
    if only:
        return None
    docs = carrier_docs(strict) + docs
    ids = [d["id"] for d in docs]
    assert len(ids) == len(set(ids))
    return T, docs


def show(rec):
    t = rec["content"]
    marks = sorted([(l["start"], l["end"], l["tag"] + ":" + l["kind"]) for l in rec["labels"]] +
                   [(l["start"], l["end"], "LOOK:" + l["kind"]) for l in rec["lookalikes"]])
    out = []
    last = 0
    for s, e, k in marks:
        out.append(t[last:s])
        out.append("[[" + t[s:e] + "|" + k + "]]")
        last = e
    out.append(t[last:])
    print("=== " + rec["id"] + " " + rec["path"])
    print("".join(out))


def counts(T, docs):
    tags = collections.Counter()
    kinds = collections.Counter()
    lk = collections.Counter()
    langs = collections.Counter()
    origin = {"real": collections.Counter(), "synthetic": collections.Counter()}
    ipv6 = 0
    for d in docs:
        o = "real" if d["id"].startswith("h53-real-") else "synthetic"
        langs[d["lang"]] += 1
        origin[o]["documents"] += 1
        for l in d["labels"]:
            tags[l["tag"]] += 1
            kinds[l["tag"] + ":" + l["kind"]] += 1
            origin[o][l["tag"]] += 1
            if l["tag"] == "IP_ADDRESS" and ":" in d["content"][l["start"]:l["end"]]:
                ipv6 += 1
        for l in d["lookalikes"]:
            lk[l["kind"]] += 1
            origin[o]["lookalikes"] += 1
    return {
        "documents": len(docs),
        "templates": len(T),
        "tags": dict(sorted(tags.items())),
        "labels": sum(tags.values()),
        "ipv6_labels": ipv6,
        "label_kinds": dict(sorted(kinds.items())),
        "lookalikes": sum(lk.values()),
        "lookalike_kind_count": len(lk),
        "lookalike_kinds": dict(sorted(lk.items())),
        "langs": dict(sorted(langs.items())),
        "by_origin": {k: dict(sorted(v.items())) for k, v in origin.items()},
    }


def extract(unpack):
    sums = []
    for (pkg, fname), rel in sorted(ORIGIN.items()):
        dst = os.path.join(HERE, "sources", pkg, fname)
        os.makedirs(os.path.dirname(dst), exist_ok=True)
        shutil.copyfile(os.path.join(unpack, rel), dst)
    for (pkg, fname) in sorted(ORIGIN):
        dst = os.path.join(HERE, "sources", pkg, fname)
        h = hashlib.sha256(open(dst, "rb").read()).hexdigest()
        sums.append(f"{h}  {pkg}/{fname}\n")
    with open(os.path.join(HERE, "sources", "SHA256SUMS"), "w", encoding="utf-8") as f:
        f.writelines(sums)


def main(argv):
    if "--extract" in argv:
        extract(argv[argv.index("--extract") + 1])
        return
    if "--only" in argv:
        build(strict=False, only=argv[argv.index("--only") + 1], show_all="--all" in argv)
        return
    strict = "--partial" not in argv
    T, docs = build(strict=strict)
    c = counts(T, docs)
    if not strict:
        print(json.dumps({k: c[k] for k in ("documents", "templates", "tags", "labels", "ipv6_labels",
                                            "lookalikes", "lookalike_kind_count", "by_origin")}, indent=1))
        return
    assert len(T) == 75 and len(docs) == 306, (len(T), len(docs))
    tg = c["tags"]
    assert tg["EMAIL"] >= 250 and tg["IP_ADDRESS"] >= 250 and tg["KEY"] >= 330 and tg["PASSWORD"] >= 300, tg
    assert c["lookalikes"] >= 1000 and c["lookalike_kind_count"] >= 45, (c["lookalikes"], c["lookalike_kind_count"])
    assert c["ipv6_labels"] >= 0.12 * tg["IP_ADDRESS"], c["ipv6_labels"]
    out = os.path.join(HERE, "labels.jsonl")
    data = "".join(json.dumps(d, ensure_ascii=False) + "\n" for d in docs)
    with open(out, "w", encoding="utf-8", newline="\n") as f:
        f.write(data)
    with open(os.path.join(HERE, "counts.json"), "w", encoding="utf-8", newline="\n") as f:
        f.write(json.dumps(c, indent=1, ensure_ascii=False) + "\n")
    assert open(out, encoding="utf-8", newline="").read() == data
    print("wrote", len(docs), "documents;", json.dumps(c["tags"]), "ipv6", c["ipv6_labels"], "lookalikes",
          c["lookalikes"], "kinds", c["lookalike_kind_count"])


if __name__ == "__main__":
    main(sys.argv[1:])
