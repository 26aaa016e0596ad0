"""Build held-out set 41 (labels.jsonl, counts.json). Standard library only; never imports codelm."""
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

import gen_h41  # noqa: E402
import templates_h41a  # noqa: E402
import templates_h41b  # noqa: E402
import templates_h41c  # noqa: E402
import templates_h41d  # noqa: E402

S, M, E = gen_h41.S, gen_h41.M, gen_h41.E
RENDERS = 4
N_TEMPLATES = 81
SEED = "codelm-redact-heldout-41"

# (package folder in sources/, path inside the sdist, lang, comment style)
CARRIERS = [
    ("vulture", "tox.ini", "ini", "#"),
    ("vulture", "setup.cfg", "ini", "#"),
    ("vulture", "tests/toml/mock_pyproject.toml", "toml", "#"),
    ("vulture", "TODO.md", "markdown", "html"),
    ("vulture", "requirements.txt", "text", "#"),
    ("tbump", "tbump/test/project/tbump.toml", "toml", "#"),
    ("flynt", ".gitignore", "text", "#"),
    ("flynt", "pyproject.toml", "toml", "#"),
]
SDIST_DIRS = {"vulture": "vulture-2.16", "tbump": "tbump-6.11.0", "flynt": "flynt-1.0.6"}
LICENCES = {"vulture": "LICENSE.txt", "tbump": "LICENSE", "flynt": "LICENSE"}
CARRIER_DOMAINS = ["tarnwick-glass.eu", "quillmere-toolshed.ie", "fellgate-fibre.dk"]

RESERVED = re.compile(r"(^|\.)(example\.(com|org|net)|[a-z0-9-]+\.(example|invalid|localhost|test)|example|invalid|localhost|test)$")
EMAIL_SHAPE = re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}")
IPV4_SHAPE = re.compile(r"(?<![\d.])(?:\d{1,3}\.){3}\d{1,3}(?!\d)(?!\.\d)")
IPV6_RUN = re.compile(r"(?<![0-9A-Za-z])[0-9A-Fa-f:.]*:[0-9A-Fa-f:.]*:[0-9A-Fa-f:.]*(?![0-9A-Za-z])")


def parse(marked):
    out, labels, looks = [], [], []
    i = 0
    pos = 0
    while True:
        j = marked.find(S, i)
        if j < 0:
            out.append(marked[i:])
            break
        out.append(marked[i:j])
        pos += j - i
        k = marked.index(M, j)
        e = marked.index(E, k)
        tag, kind = marked[j + 1:k].split("|", 1)
        val = marked[k + 1:e]
        assert S not in val and M not in val, "nested marker"
        if tag == "LOOK":
            looks.append({"kind": kind, "start": pos, "end": pos + len(val)})
        else:
            labels.append({"tag": tag, "start": pos, "end": pos + len(val), "kind": kind})
        out.append(val)
        pos += len(val)
        i = e + 1
    text = "".join(out)
    return text, labels, looks


def rebuild(text, labels, looks):
    marks = [(x["start"], x["end"], x["tag"] + "|" + x["kind"]) for x in labels]
    marks += [(x["start"], x["end"], "LOOK|" + x["kind"]) for x in looks]
    marks.sort()
    out, p = [], 0
    for s, e, tk in marks:
        out.append(text[p:s])
        out.append(S + tk + M + text[s:e] + E)
        p = e
    out.append(text[p:])
    return "".join(out)


def carrier_snippet(rng, style, pkg):
    g = gen_h41.G(rng)
    dom = CARRIER_DOMAINS[sorted(SDIST_DIRS).index(pkg)]
    lines = [
        "Tarnwick glasshouse: relay handover for the night shift",
        f"relay box {g.I4('snippet_ip')} and its v6 side [{g.I6('snippet_ip6')}]",
        f"whoever is on call mails {g.E('snippet_email', dom)} first",
        f"door panel code word: {g.P('snippet_password', 'plain')}",
        f"sensor upload token {g.K('snippet_key', g.pick(['hex40', 'b64u43', 'lo32', 'cfut']))}",
        f"docs example only: {g.doc()}, {g.remail()}, release {g.ver()}, commit {g.ssha()}, run {g.uid('run_uuid')}",
    ]
    if style == "html":
        return "<!--\n" + "\n".join(lines) + "\n-->\n"
    return "".join(f"{style} {ln}\n" for ln in lines)


def render_templates():
    docs = []
    names = []
    for mod in (templates_h41a, templates_h41b, templates_h41c, templates_h41d):
        for name, fn in vars(mod).items():
            if name.startswith("t_") and callable(fn):
                names.append((name[2:], fn))
    assert len(names) == N_TEMPLATES, len(names)
    assert len({n for n, _ in names}) == N_TEMPLATES
    for name, fn in names:
        for n in range(RENDERS):
            rng = random.Random(f"{SEED}:{name}:{n}")
            lang, path, marked = fn(gen_h41.G(rng))
            docs.append({"id": f"h41-syn-{name}-{n}", "lang": lang, "path": path, "marked": marked,
                         "origin": "synthetic"})
    return docs, [n for n, _ in names]


def extract(unpack):
    for pkg, rel, _lang, _st in CARRIERS:
        src = os.path.join(unpack, SDIST_DIRS[pkg], rel)
        dst = os.path.join(HERE, "sources", pkg, rel)
        os.makedirs(os.path.dirname(dst), exist_ok=True)
        shutil.copyfile(src, dst)
    for pkg, lic in LICENCES.items():
        shutil.copyfile(os.path.join(unpack, SDIST_DIRS[pkg], lic), os.path.join(HERE, "sources", pkg, lic))
    lines = []
    for root, _d, files in sorted(os.walk(os.path.join(HERE, "sources"))):
        for f in sorted(files):
            if f == "SHA256SUMS":
                continue
            p = os.path.join(root, f)
            rel = os.path.relpath(p, os.path.join(HERE, "sources"))
            lines.append(f"{hashlib.sha256(open(p, 'rb').read()).hexdigest()}  {rel}")
    with open(os.path.join(HERE, "sources", "SHA256SUMS"), "w") as fh:
        fh.write("\n".join(sorted(lines, key=lambda x: x.split("  ")[1])) + "\n")


def carrier_docs():
    docs = []
    for pkg, rel, lang, style in CARRIERS:
        with open(os.path.join(HERE, "sources", pkg, rel), encoding="utf-8", newline="") as fh:
            excerpt = fh.read()
        assert "\r" not in excerpt
        assert S not in excerpt and M not in excerpt and E not in excerpt
        assert not EMAIL_SHAPE.search(excerpt), (pkg, rel)
        assert not IPV4_SHAPE.search(excerpt), (pkg, rel)
        if not excerpt.endswith("\n"):
            excerpt += "\n"
        rng = random.Random(f"{SEED}:carrier:{pkg}/{rel}")
        marked = excerpt + carrier_snippet(rng, style, pkg)
        docs.append({"id": f"h41-real-{pkg}-{rel.replace('/', '-')}", "lang": lang, "path": f"{pkg}/{rel}",
                     "marked": marked, "origin": "carrier", "excerpt_len": len(excerpt)})
    return docs


def check_doc(d, text, labels, looks):
    did = d["id"]
    assert labels, f"{did}: no label"
    assert S not in text and M not in text and E not in text
    spans = sorted([(x["start"], x["end"], "L") for x in labels] + [(x["start"], x["end"], "K") for x in looks])
    for a, b in zip(spans, spans[1:]):
        assert a[1] <= b[0], f"{did}: overlap {a} {b}"
    for s, e, _ in spans:
        v = text[s:e]
        assert 0 <= s < e <= len(text), did
        assert v == v.strip() and "\n" not in v, f"{did}: bad span {v!r}"
    for x in labels:
        v = text[x["start"]:x["end"]]
        if x["tag"] == "IP_ADDRESS":
            ip = ipaddress.ip_address(v)
            assert ip.is_global and not ip.is_multicast, f"{did}: {v}"
            if ip.version == 4:
                assert not v.startswith("100."), v
        elif x["tag"] == "EMAIL":
            assert re.fullmatch(r"[A-Za-z0-9._%+-]+@[a-z0-9-]+(\.[a-z0-9-]+)*\.[a-z]{2,}", v), f"{did}: {v}"
            assert not RESERVED.search(v.split("@")[1]), f"{did}: reserved {v}"
            # complete in context: not glued to more address characters
            before = text[x["start"] - 1] if x["start"] else " "
            after = text[x["end"]] if x["end"] < len(text) else " "
            assert not re.match(r"[A-Za-z0-9._%+-]", before), f"{did}: email glued before {v}"
            assert not re.match(r"[A-Za-z0-9_%+-]", after) and not (after == "." and x["end"] + 1 < len(text) and text[x["end"] + 1].isalnum()), f"{did}: email glued after {v}"
        elif x["tag"] == "PASSWORD":
            assert "@" not in v and v.isascii(), f"{did}: {v}"
        elif x["tag"] == "KEY":
            assert len(v) >= 6, f"{did}: {v}"
        else:
            raise AssertionError(x["tag"])
    for x in looks:
        v = text[x["start"]:x["end"]]
        k = x["kind"]
        if k.endswith("_ip") or k.endswith("_ipv6"):
            assert not ipaddress.ip_address(v).is_global, f"{did}: lookalike {v} is global"
        if k == "reserved_email":
            assert RESERVED.search(v.split("@")[1]), f"{did}: {v}"
    covered = [(x["start"], x["end"]) for x in labels + looks]

    def inside(s, e):
        return any(a <= s and e <= b for a, b in covered)

    lab_ends = {x["end"]: x for x in labels if x["tag"] in ("KEY", "PASSWORD")}
    lo = d.get("excerpt_len", 0)
    for m in EMAIL_SHAPE.finditer(text):
        if m.start() < lo:
            continue
        if inside(m.start(), m.end()):
            continue
        at = m.start() + m.group().index("@")
        lab = lab_ends.get(at)
        if lab and text[lab["start"] - 1] == ":" and lab["start"] <= m.start() + 1:
            continue
        # userinfo: the password label is followed by @ and the shape starts inside it
        if lab and lab["start"] >= m.start() and text[lab["start"] - 1] == ":":
            continue
        raise AssertionError(f"{did}: uncovered e-mail shape {m.group()!r}")
    for m in IPV4_SHAPE.finditer(text):
        if m.start() < lo:
            continue
        try:
            ipaddress.ip_address(m.group())
        except ValueError:
            continue
        assert inside(m.start(), m.end()), f"{did}: uncovered IPv4 {m.group()!r}"
    for m in IPV6_RUN.finditer(text):
        if m.start() < lo:
            continue
        run = m.group().strip(".")
        s = m.start() + m.group().index(run) if run else m.start()
        if run.count(":") < 2:
            continue
        try:
            ip = ipaddress.ip_address(run)
            need = ip.is_global or run.count(":") >= 3
        except ValueError:
            need = run.count(":") >= 3 and not re.fullmatch(r"[0-9:.]+", run)
        if need:
            assert inside(s, s + len(run)), f"{did}: uncovered IPv6-shaped {run!r}"
    if d["lang"] == "json":
        json.loads(text)
    if d["lang"] == "xml":
        xml.dom.minidom.parseString(text)
    assert rebuild(text, labels, looks) == d["marked"], f"{did}: round trip"


def main():
    args = sys.argv[1:]
    if args[:1] == ["--extract"]:
        extract(args[1])
        print("extracted")
        return
    partial = "--partial" in args
    syn, names = render_templates()
    car = carrier_docs()
    docs = car + syn
    ids = [d["id"] for d in docs]
    assert len(ids) == len(set(ids))
    if not partial:
        assert len(car) == len(CARRIERS) and len(docs) == len(CARRIERS) + N_TEMPLATES * RENDERS
    records = []
    tags = collections.Counter()
    tagkinds = collections.Counter()
    lkinds = collections.Counter()
    origin = collections.defaultdict(collections.Counter)
    langs = collections.Counter()
    for d in docs:
        text, labels, looks = parse(d["marked"])
        check_doc(d, text, labels, looks)
        if d["origin"] == "carrier":
            with open(os.path.join(HERE, "sources", d["path"]), encoding="utf-8", newline="") as fh:
                ex = fh.read()
            assert text.startswith(ex)
            assert all(x["start"] >= d["excerpt_len"] for x in labels)
        records.append({"id": d["id"], "lang": d["lang"], "path": d["path"], "content": text,
                        "labels": labels, "lookalikes": looks})
        langs[d["lang"]] += 1
        origin[d["origin"]]["documents"] += 1
        for x in labels:
            tags[x["tag"]] += 1
            tagkinds[f"{x['tag']}:{x['kind']}"] += 1
            origin[d["origin"]][x["tag"]] += 1
        for x in looks:
            lkinds[x["kind"]] += 1
            origin[d["origin"]]["lookalikes"] += 1
    out = os.path.join(HERE, "labels.jsonl")
    body = "".join(json.dumps(r, ensure_ascii=False, sort_keys=False) + "\n" for r in records)
    with open(out, "w", encoding="utf-8", newline="\n") as fh:
        fh.write(body)
    with open(out, encoding="utf-8", newline="") as fh:
        assert fh.read() == body
    counts = {
        "documents": len(records),
        "templates": names,
        "labels": dict(sorted(tags.items())),
        "labels_total": sum(tags.values()),
        "lookalikes_total": sum(lkinds.values()),
        "by_origin": {k: dict(sorted(v.items())) for k, v in sorted(origin.items())},
        "label_kinds": dict(sorted(tagkinds.items())),
        "lookalike_kinds": dict(sorted(lkinds.items())),
        "langs": dict(sorted(langs.items())),
    }
    with open(os.path.join(HERE, "counts.json"), "w", encoding="utf-8", newline="\n") as fh:
        fh.write(json.dumps(counts, indent=1, sort_keys=False) + "\n")
    print(len(records), "documents", dict(tags), sum(lkinds.values()), "look-alikes")


if __name__ == "__main__":
    main()
