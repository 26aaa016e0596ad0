"""Build held-out set 40 (labels.jsonl, counts.json). Standard library only; never imports codelm."""
import sys
sys.dont_write_bytecode = True
import collections, hashlib, ipaddress, json, os, random, re, shutil
import xml.dom.minidom

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import gen_h40
import templates_h40a, templates_h40b, templates_h40c

N_RENDER = 4
N_TEMPLATES = 77
SEED = "codelm-redact-heldout-40"
MARK = re.compile("\ue000([A-Z_]+)\\|([^\ue001]*)\ue001([^\ue000\ue001\ue002]*)\ue002")
RESERVED = re.compile(r"(^|\.)(example\.(com|org|net)|example|invalid|localhost|test)$")
CARRIERS = [
    ("rstcheck", "rstcheck-6.3.1", "testing/examples/bad/rst_in_rst.rst"),
    ("rstcheck", "rstcheck-6.3.1", "testing/examples/bad/bash.rst"),
    ("rstcheck", "rstcheck-6.3.1", "testing/examples/bad/python.rst"),
    ("rstcheck", "rstcheck-6.3.1", "testing/examples/bad/markdown.rst"),
    ("rstcheck", "rstcheck-6.3.1", "testing/examples/bad/cpp.rst"),
    ("rstcheck", "rstcheck-6.3.1", "testing/examples/bad/table_substitutions.rst"),
    ("rstcheck", "rstcheck-6.3.1", "testing/examples/inline_config/with_inline_ignore.rst"),
    ("rstcheck", "rstcheck-6.3.1", "testing/examples/with_configuration/rstcheck.ini"),
    ("rstcheck", "rstcheck-6.3.1", "testing/examples/with_configuration/pyproject.toml"),
    ("rstcheck", "rstcheck-6.3.1", "testing/examples/custom/rstcheck.custom.ini"),
    ("doc8", "doc8-2.0.0", "tox.ini"),
    ("doc8", "doc8-2.0.0", "doc/source/index.rst"),
    ("doc8", "doc8-2.0.0", "doc/source/installation.rst"),
    ("doc8", "doc8-2.0.0", "CONTRIBUTING.rst"),
    ("doc8", "doc8-2.0.0", ".taplo.toml"),
    ("gitignore_parser", "gitignore_parser-0.1.13", "README.md"),
    ("gitignore_parser", "gitignore_parser-0.1.13", "setup.cfg"),
    ("gitignore_parser", "gitignore_parser-0.1.13", "pyproject.toml"),
    ("linkify_it_py", "linkify_it_py-2.2.0", "CHANGELOG.md"),
    ("linkify_it_py", "linkify_it_py-2.2.0", "tox.ini"),
]
LICENSES = {"rstcheck": "rstcheck-6.3.1/LICENSE", "doc8": "doc8-2.0.0/LICENSE",
            "gitignore_parser": "gitignore_parser-0.1.13/LICENSE", "linkify_it_py": "linkify_it_py-2.2.0/LICENSE"}
# every e-mail shape in the excerpts, reviewed: value -> (kind, expected count); reserved ones are look-alikes
CARRIER_REVIEW = {"b@example.com": ("reserved_email", 1), "user@example.com": ("reserved_email", 1)}
LANG = {".rst": "restructuredtext", ".ini": "ini", ".toml": "toml", ".cfg": "ini", ".md": "markdown"}


def render(text):
    out, labels, looks, pos = [], [], [], 0
    n = 0
    for m in MARK.finditer(text):
        out.append(text[pos:m.start()]); n += len(text[pos:m.start()])
        tag, kind, val = m.groups()
        rec = {"start": n, "end": n + len(val)}
        if tag == "LOOK":
            looks.append({"kind": kind, **rec})
        else:
            labels.append({"tag": tag, "kind": kind, **rec})
        out.append(val); n += len(val); pos = m.end()
    out.append(text[pos:])
    s = "".join(out)
    for ch in "\ue000\ue001\ue002":
        assert ch not in s, "marker left"
    labels = [{"tag": l["tag"], "start": l["start"], "end": l["end"], "kind": l["kind"]} for l in labels]
    # round trip: putting the markers back at the recorded spans gives exactly the marked text
    spans = sorted([(l["start"], l["end"], l["tag"], l["kind"]) for l in labels] + [(x["start"], x["end"], "LOOK", x["kind"]) for x in looks])
    back, p = [], 0
    for a, b, tag, kind in spans:
        back.append(s[p:a]); back.append(gen_h40.mark(tag, kind, s[a:b])); p = b
    back.append(s[p:])
    assert "".join(back) == text, "round trip"
    return s, labels, looks


def snippet(g, ext):
    lines = [
        "Saltcote weave-room: night hand-off",
        f"relay box {g.ip4('snippet_ipv4')} and [{g.ip6('snippet_ipv6')}] (port 2222)",
        f"handover to {gen_h40.mark('EMAIL', 'snippet_email', g.r.choice(['odile', 'casimir', 'ysolde', 'hale']) + '.' + g.r.choice(['hale', 'marr', 'quist']) + '@' + g.r.choice(['saltcote-loom.co.uk', 'wicklow-paperworks.ie', 'brindlecote.eu']))}",
        f"weave console password {g.pw('snippet_password', 'plain')}",
        f"sync key {g.key('snippet_key', g.r.choice(['hex40', 'b64u43', 'lower32']))}",
        f"docs example only: {g.docip()} {g.resmail()} v{g.ver()} {g.sha(7)} {g.uuid()}",
    ]
    if ext == ".rst":
        return "\n" + "\n".join(".. " + l for l in lines) + "\n"
    if ext == ".md":
        return "\n<!--\n" + "\n".join(lines) + "\n-->\n"
    return "\n" + "\n".join("# " + l for l in lines) + "\n"


def spans_ok(doc):
    s = doc["content"]
    allsp = sorted([(l["start"], l["end"]) for l in doc["labels"]] + [(x["start"], x["end"]) for x in doc["lookalikes"]])
    for a, b in allsp:
        assert 0 <= a < b <= len(s), doc["id"]
        v = s[a:b]
        assert v == v.strip() and "\n" not in v, (doc["id"], v)
    for (a1, b1), (a2, b2) in zip(allsp, allsp[1:]):
        assert b1 <= a2, ("overlap", doc["id"], s[a1:b1], s[a2:b2])
    return allsp


def covered(allsp, a, b):
    return any(x <= a and b <= y for x, y in allsp)


EMAIL_RE = re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}")
V4_RE = re.compile(r"(?<![\d.])\d{1,3}(?:\.\d{1,3}){3}(?![\d.])")
V6_RE = re.compile(r"(?<![A-Za-z0-9])[0-9A-Fa-f:.]*:[0-9A-Fa-f:.]*(?![A-Za-z0-9])")


def check_doc(doc, excerpt_len=0):
    s = doc["content"]
    assert doc["labels"], doc["id"]
    allsp = spans_ok(doc)
    for l in doc["labels"]:
        v = s[l["start"]:l["end"]]
        if l["tag"] == "IP_ADDRESS":
            ip = ipaddress.ip_address(v)
            assert ip.is_global and not ip.is_multicast, v
            assert not (ip.version == 4 and v.startswith("100.")), v
        elif l["tag"] == "EMAIL":
            assert re.fullmatch(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)+", v), v
            assert not RESERVED.search(v.split("@")[1].lower()), v
        elif l["tag"] == "PASSWORD":
            assert "@" not in v and v.isascii(), v
        elif l["tag"] == "KEY":
            assert len(v) >= 6, v
        else:
            raise AssertionError(l)
    for x in doc["lookalikes"]:
        v = s[x["start"]:x["end"]]
        if x["kind"].endswith("_ip") or x["kind"].endswith("_ipv6"):
            assert not ipaddress.ip_address(v).is_global, v
        if x["kind"] == "reserved_email":
            assert RESERVED.search(v.split("@")[1].lower()), v
    pw_key_ends = {l["end"]: l["start"] for l in doc["labels"] if l["tag"] in ("KEY", "PASSWORD")}
    for m in EMAIL_RE.finditer(s):
        if covered(allsp, m.start(), m.end()):
            continue
        at = s.index("@", m.start())
        st = pw_key_ends.get(at)
        assert st is not None and st <= m.start() and s[st - 1] == ":", ("uncovered email shape", doc["id"], m.group())
    for m in V4_RE.finditer(s):
        if m.start() < excerpt_len:
            raise AssertionError(("v4 in excerpt", doc["id"]))
        assert covered(allsp, m.start(), m.end()), ("uncovered v4", doc["id"], m.group())
    for m in V6_RE.finditer(s):
        a, b = m.start(), m.end()
        while a < b and s[a] == ".": a += 1
        while b > a and s[b - 1] == ".": b -= 1
        run = s[a:b]
        if a < excerpt_len or run.count(":") < 2:
            continue
        try:
            ip = ipaddress.ip_address(run); ok = ip.is_global or run.count(":") >= 3
        except ValueError:
            # unparsed runs: three or more colons, unless every group is decimal (timestamps like 2024:10:10:07)
            ok = run.count(":") >= 3 and not re.fullmatch(r"[0-9:.]+", run)
        if ok:
            assert covered(allsp, a, b), ("uncovered v6", doc["id"], run)
    if doc["lang"] == "json":
        json.loads(s)
    if doc["lang"] == "xml":
        xml.dom.minidom.parseString(s.encode())


def templates():
    out = []
    for mod in (templates_h40a, templates_h40b, templates_h40c):
        for name, fn in vars(mod).items():
            if callable(fn) and getattr(fn, "__module__", "") == mod.__name__:
                out.append((name, fn))
    return out


def build(partial=False):
    docs = []
    src = os.path.join(HERE, "sources")
    for pkg, top, path in CARRIERS:
        excerpt = open(os.path.join(src, pkg, path), encoding="utf-8").read()
        assert "\r" not in excerpt
        if not excerpt.endswith("\n"):
            excerpt += "\n"
        g = gen_h40.G(random.Random(f"{SEED}:carrier:{pkg}/{path}"))
        ext = os.path.splitext(path)[1]
        sn = snippet(g, ext)
        s, labels, looks = render(sn)
        off = len(excerpt)
        labels = [{**l, "start": l["start"] + off, "end": l["end"] + off} for l in labels]
        looks = [{**x, "start": x["start"] + off, "end": x["end"] + off} for x in looks]
        for m in EMAIL_RE.finditer(excerpt):
            kind, _ = CARRIER_REVIEW[m.group()]
            looks.append({"kind": "carrier_" + kind if not kind.startswith("reserved") else kind, "start": m.start(), "end": m.end()})
        looks.sort(key=lambda x: x["start"])
        doc = {"id": f"h40-real-{pkg}-{path.replace('/', '-')}", "lang": LANG[ext], "path": f"{pkg}/{path}",
               "content": excerpt + s, "labels": labels, "lookalikes": looks}
        check_doc(doc, excerpt_len=len(excerpt))
        assert doc["content"].startswith(excerpt)
        docs.append(doc)
    seen = collections.Counter()
    for pkg, top, path in CARRIERS:
        for m in EMAIL_RE.finditer(open(os.path.join(src, pkg, path), encoding="utf-8").read()):
            seen[m.group()] += 1
    assert dict(seen) == {k: v[1] for k, v in CARRIER_REVIEW.items()}, seen
    tl = templates()
    names = [n for n, _ in tl]
    assert len(set(names)) == len(names)
    if not partial:
        assert len(tl) == N_TEMPLATES, len(tl)
    for name, fn in tl:
        for n in range(N_RENDER):
            g = gen_h40.G(random.Random(f"{SEED}:{name}:{n}"))
            lang, path, text = fn(g)
            s, labels, looks = render(text)
            doc = {"id": f"h40-syn-{name}-{n}", "lang": lang, "path": path, "content": s, "labels": labels, "lookalikes": looks}
            try:
                check_doc(doc)
            except Exception:
                if partial:
                    print("FAIL", doc["id"], sys.exc_info()[1]); continue
                raise
            docs.append(doc)
    ids = [d["id"] for d in docs]
    assert len(set(ids)) == len(ids)
    if not partial:
        assert len(docs) == len(CARRIERS) + N_TEMPLATES * N_RENDER
    return docs


def counts(docs):
    c = {"documents": len(docs), "labels": collections.Counter(), "lookalikes": collections.Counter(),
         "label_kinds": collections.Counter(), "by_origin": {}}
    for d in docs:
        o = "real" if "-real-" in d["id"] else "synthetic"
        bo = c["by_origin"].setdefault(o, collections.Counter())
        bo["documents"] += 1
        for l in d["labels"]:
            c["labels"][l["tag"]] += 1; c["label_kinds"][f"{l['tag']}:{l['kind']}"] += 1; bo[l["tag"]] += 1
        for x in d["lookalikes"]:
            c["lookalikes"][x["kind"]] += 1; bo["lookalikes"] += 1
    c["ipv6_labels"] = sum(1 for d in docs for l in d["labels"] if l["tag"] == "IP_ADDRESS" and ":" in d["content"][l["start"]:l["end"]])
    c["lookalikes_total"] = sum(c["lookalikes"].values())
    c["langs"] = collections.Counter(d["lang"] for d in docs)
    def srt(x):
        return {k: (srt(v) if isinstance(v, dict) else v) for k, v in sorted(x.items())} if isinstance(x, dict) else x
    return srt({k: (dict(v) if isinstance(v, collections.Counter) else v) for k, v in c.items()})


def extract(unpack):
    for pkg, top, path in CARRIERS + [(p, None, None) for p in LICENSES]:
        if top is None:
            srcp, dst = os.path.join(unpack, LICENSES[pkg]), os.path.join(HERE, "sources", pkg, "LICENSE")
        else:
            srcp, dst = os.path.join(unpack, top, path), os.path.join(HERE, "sources", pkg, path)
        os.makedirs(os.path.dirname(dst), exist_ok=True)
        shutil.copyfile(srcp, dst)
    lines = []
    for root, _, files in sorted(os.walk(os.path.join(HERE, "sources"))):
        for f in sorted(files):
            if f == "SHA256SUMS": continue
            p = os.path.join(root, f)
            lines.append(f"{hashlib.sha256(open(p, 'rb').read()).hexdigest()}  {os.path.relpath(p, os.path.join(HERE, 'sources'))}")
    open(os.path.join(HERE, "sources", "SHA256SUMS"), "w").write("\n".join(sorted(lines, key=lambda x: x[66:])) + "\n")


def main():
    if "--extract" in sys.argv:
        extract(sys.argv[sys.argv.index("--extract") + 1]); return
    partial = "--partial" in sys.argv
    docs = build(partial)
    out = os.path.join(HERE, "labels.jsonl")
    data = "".join(json.dumps(d, ensure_ascii=False, sort_keys=False) + "\n" for d in docs)
    with open(out, "w", encoding="utf-8", newline="\n") as f:
        f.write(data)
    assert open(out, encoding="utf-8").read() == data
    c = counts(docs)
    with open(os.path.join(HERE, "counts.json"), "w", encoding="utf-8", newline="\n") as f:
        json.dump(c, f, indent=1, sort_keys=True); f.write("\n")
    print(len(docs), "documents", c["labels"], "lookalikes", c["lookalikes_total"], "ipv6", c["ipv6_labels"])


if __name__ == "__main__":
    main()
