"""Build held-out set 43 (labels.jsonl, counts.json). Standard library only; never imports codelm."""
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
import gen_h43  # noqa: E402
import templates_h43a  # noqa: E402
import templates_h43b  # noqa: E402
import templates_h43c  # noqa: E402
import templates_h43d  # noqa: E402

A, B, C = gen_h43.A, gen_h43.B, gen_h43.C
SEED = "codelm-redact-heldout-43"
N_RENDER = 4
TEMPLATES = templates_h43a.TEMPLATES + templates_h43b.TEMPLATES + templates_h43c.TEMPLATES + templates_h43d.TEMPLATES
# carriers: (package dir in UNPACK, path, first line, last line (inclusive, None = end), lang)
CARRIERS = [
    ("add_trailing_comma-4.0.0", "setup.cfg", 18, None, "ini"),
    ("add_trailing_comma-4.0.0", "add_trailing_comma.egg-info/entry_points.txt", 1, None, "ini"),
    ("setup_cfg_fmt-3.3.0", "setup.cfg", 18, None, "ini"),
    ("setup_cfg_fmt-3.3.0", "setup_cfg_fmt.egg-info/SOURCES.txt", 1, None, "text"),
    ("toml_sort-0.26.0", "pyproject.toml", 29, None, "toml"),
    ("toml_sort-0.26.0", "pyproject.toml", 1, 9, "toml"),
]
LICENCES = {"add_trailing_comma-4.0.0": "LICENSE", "setup_cfg_fmt-3.3.0": "LICENSE", "toml_sort-0.26.0": "LICENSE"}
SNIPPET_DOMAIN = {"add_trailing_comma-4.0.0": "glassmere-enamelworks.eu",
                  "setup_cfg_fmt-3.3.0": "tarnside-oarhouse.ie", "toml_sort-0.26.0": "fernmoor-beekeepers.dk"}

MARK_RE = re.compile(A + r"([A-Z_]+)\|([A-Za-z0-9_]+)" + B + "([^" + A + B + C + "]*)" + C)
RESERVED = re.compile(r"(^|\.)(example\.(com|org|net)|[^.]+\.example|example|invalid|localhost|test)$|\.(example|invalid|localhost|test)$")
EMAIL_SHAPE = re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}")
IPV4_SHAPE = re.compile(r"(?<![0-9.])(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})(?![0-9])")
IPV6_SHAPE = re.compile(r"(?<![0-9A-Za-z])[0-9A-Fa-f:.]*:[0-9A-Fa-f:.]*(?![0-9A-Za-z])")
ADDR_CH = set("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789._%+-")


def strip_markers(marked):
    out, labels, looks, pos, last = [], [], [], 0, 0
    for m in MARK_RE.finditer(marked):
        out.append(marked[last:m.start()])
        pos += m.start() - last
        tag, kind, val = m.groups()
        span = {"start": pos, "end": pos + len(val)}
        if tag == "LOOK":
            looks.append({"kind": kind, **span, "_v": val})
        else:
            labels.append({"tag": tag, **span, "kind": kind, "_v": val})
        out.append(val)
        pos += len(val)
        last = m.end()
    out.append(marked[last:])
    return "".join(out), labels, looks


def check_doc(doc, labels, looks, excerpt_len=0):
    t = doc["content"]
    assert labels, doc["id"]
    for ch in (A, B, C):
        assert ch not in t, (doc["id"], "marker left")
    spans = []
    for s in labels + looks:
        v = t[s["start"]:s["end"]]
        assert v == s["_v"] and v, (doc["id"], v, s)
        assert v == v.strip() and "\n" not in v, (doc["id"], v)
        spans.append((s["start"], s["end"], v))
    spans.sort()
    for a, b in zip(spans, spans[1:]):
        assert a[1] <= b[0], (doc["id"], "overlap", a, b)
    for s in labels:
        v = s["_v"]
        assert s["start"] >= excerpt_len, (doc["id"], "label inside excerpt")
        if s["tag"] == "IP_ADDRESS":
            ip = ipaddress.ip_address(v)
            assert ip.is_global and not ip.is_multicast, (doc["id"], v)
            if ip.version == 4:
                assert not v.startswith("100."), v
        elif s["tag"] == "EMAIL":
            assert re.fullmatch(EMAIL_SHAPE, v), (doc["id"], v)
            dom = v.split("@")[1].lower()
            assert not RESERVED.search(dom), (doc["id"], v)
            before = t[s["start"] - 1] if s["start"] else " "
            after = t[s["end"]:s["end"] + 2]
            assert before not in ADDR_CH, (doc["id"], v, before)
            assert not after or (after[0] not in ADDR_CH or (after[0] == "." and (len(after) == 1 or not after[1].isalnum()))), (doc["id"], v, after)
        elif s["tag"] == "PASSWORD":
            assert "@" not in v and v.isascii(), (doc["id"], v)
        elif s["tag"] == "KEY":
            assert len(v) >= 6, (doc["id"], v)
        else:
            raise AssertionError(s)
    for s in looks:
        v = s["_v"]
        if s["kind"].endswith("_ip") or s["kind"].endswith("_ipv6"):
            assert not ipaddress.ip_address(v).is_global, (doc["id"], v)
        if s["kind"] == "reserved_email":
            assert RESERVED.search(v.split("@")[1].lower()), (doc["id"], v)

    def covered(a, b):
        return any(x <= a and b <= y for x, y, _ in spans)
    lab_by_end = {s["end"]: s for s in labels if s["tag"] in ("KEY", "PASSWORD")}
    for m in EMAIL_SHAPE.finditer(t):
        if m.start() < excerpt_len:
            continue
        if covered(m.start(), m.end()):
            continue
        at = t.index("@", m.start())
        lab = lab_by_end.get(at)
        if lab and t[lab["start"] - 1] == ":":
            continue
        # a shape whose local part starts inside a label and ends at its end (userinfo)
        raise AssertionError((doc["id"], "uncovered email shape", m.group()))
    for m in IPV4_SHAPE.finditer(t):
        if m.start() < excerpt_len:
            continue
        if all(int(g) <= 255 for g in m.groups()) and not covered(m.start(), m.end()):
            raise AssertionError((doc["id"], "uncovered ipv4", m.group()))
    for m in IPV6_SHAPE.finditer(t):
        if m.start() < excerpt_len:
            continue
        run = m.group()
        a, b = m.start(), m.end()
        while run.startswith("."):
            run, a = run[1:], a + 1
        while run.endswith("."):
            run, b = run[:-1], b - 1
        if run.count(":") < 2:
            continue
        try:
            ip = ipaddress.ip_address(run)
            need = ip.is_global or run.count(":") >= 3
        except ValueError:
            need = run.count(":") >= 3 and not re.fullmatch(r"[0-9:.]+", run)
        if need and not covered(a, b):
            raise AssertionError((doc["id"], "uncovered ipv6", run))
    if doc["lang"] == "json":
        json.loads(t)
    if doc["lang"] == "xml":
        xml.dom.minidom.parseString(t)


def render_template(name, fn, n):
    g = gen_h43.G(random.Random(f"{SEED}:{name}:{n}"))
    path, lang, marked = fn(g)
    text, labels, looks = strip_markers(marked)
    return path, lang, text, labels, looks


def carrier_excerpt(unpack, pkg, path, first, last):
    with open(os.path.join(unpack, pkg, path), encoding="utf-8", newline="") as f:
        lines = f.read().splitlines(keepends=True)
    return "".join(lines[first - 1:last])


def carrier_snippet(pkg, path):
    g = gen_h43.G(random.Random(f"{SEED}:carrier:{pkg}/{path}"))
    dom = SNIPPET_DOMAIN[pkg]
    who = g.user()
    shape = g.choice(["hex40", "b64url43", "low32", "orypat"])
    return (
        "\n# Glassmere enamel room: notes for whoever opens the slipware store on Monday\n"
        f"# - the firing panel answers on {g.IP4('snippet_host')} and, behind the lab switch, on [{g.IP6('snippet_host6')}]\n"
        f"# - firing reports go to {g.E('snippet_contact', local=who, domain=dom)}\n"
        f"# - panel login is enamel / {g.P('snippet_password', ctx='plain')}\n"
        f"# - the upload token for the report bucket: {g.K('snippet_token', shape=shape)}\n"
        f"# (docs example only: {g.doc_ip()}, {g.res_email('enamelroom')}, firmware {g.version()}, "
        f"commit {g.short_sha()}, batch {g.uuid_x('batch_uuid')})\n"
    )


def build(strict=True, unpack=None):
    docs, recs = [], []
    names = [n for n, _ in TEMPLATES]
    assert len(names) == len(set(names)), "duplicate template names"
    src = os.path.join(HERE, "sources")
    for pkg, path, first, last, lang in CARRIERS:
        if unpack:
            os.makedirs(os.path.join(src, pkg, os.path.dirname(path)), exist_ok=True)
            ex = carrier_excerpt(unpack, pkg, path, first, last)
            sfx = "" if (first == 1 and last is None) else f".lines{first}-{last or 'end'}"
            with open(os.path.join(src, pkg, path + sfx), "w", encoding="utf-8", newline="") as f:
                f.write(ex)
            shutil.copyfile(os.path.join(unpack, pkg, LICENCES[pkg]), os.path.join(src, pkg, LICENCES[pkg]))
        sfx = "" if (first == 1 and last is None) else f".lines{first}-{last or 'end'}"
        with open(os.path.join(src, pkg, path + sfx), encoding="utf-8", newline="") as f:
            ex = f.read()
        assert "\r" not in ex and not any(c in ex for c in (A, B, C))
        assert not EMAIL_SHAPE.search(ex) and not IPV4_SHAPE.search(ex), (pkg, path)
        if not ex.endswith("\n"):
            ex += "\n"
        text, labels, looks = strip_markers(ex + carrier_snippet(pkg, path))
        assert text.startswith(ex)
        short = pkg.rsplit("-", 1)[0]
        did = f"h43-real-{short}-{(path + sfx).replace('/', '-')}"
        docs.append(({"id": did, "lang": lang, "path": f"{short}/{path}"}, text, labels, looks, len(ex)))
    if unpack:
        with open(os.path.join(src, "SHA256SUMS"), "w") as f:
            for root, _, files in sorted(os.walk(src)):
                for fn in sorted(files):
                    if fn == "SHA256SUMS":
                        continue
                    p = os.path.join(root, fn)
                    f.write(f"{hashlib.sha256(open(p, 'rb').read()).hexdigest()}  {os.path.relpath(p, src)}\n")
    for name, fn in TEMPLATES:
        for n in range(N_RENDER):
            path, lang, text, labels, looks = render_template(name, fn, n)
            docs.append(({"id": f"h43-syn-{name}-{n}", "lang": lang, "path": path}, text, labels, looks, 0))
    ids = set()
    counts = collections.Counter()
    kinds = collections.Counter()
    lkinds = collections.Counter()
    origin = {"real": collections.Counter(), "synthetic": collections.Counter()}
    for head, text, labels, looks, exl in docs:
        rec = dict(head)
        rec["content"] = text
        check_doc(rec, labels, looks, exl)
        assert rec["id"] not in ids
        ids.add(rec["id"])
        rec["labels"] = [{"tag": s["tag"], "start": s["start"], "end": s["end"], "kind": s["kind"]} for s in labels]
        rec["lookalikes"] = [{"kind": s["kind"], "start": s["start"], "end": s["end"]} for s in looks]
        o = "real" if rec["id"].startswith("h43-real") else "synthetic"
        origin[o]["documents"] += 1
        origin[o]["lookalikes"] += len(looks)
        for s in labels:
            counts[s["tag"]] += 1
            origin[o][s["tag"]] += 1
            kinds[f"{s['tag']}:{s['kind']}"] += 1
            if s["tag"] == "IP_ADDRESS" and ":" in s["_v"]:
                counts["IPv6"] += 1
        for s in looks:
            lkinds[s["kind"]] += 1
        recs.append(rec)
    nlook = sum(lkinds.values())
    if strict:
        assert len(TEMPLATES) == STRICT_TEMPLATES, len(TEMPLATES)
        assert len(recs) == STRICT_TEMPLATES * N_RENDER + len(CARRIERS)
        for tag in ("EMAIL", "IP_ADDRESS", "KEY", "PASSWORD"):
            assert counts[tag] >= 250, (tag, counts[tag])
        assert nlook >= 800, nlook
        assert 35 <= counts["IPv6"] <= 60, counts["IPv6"]
    out = os.path.join(HERE, "labels.jsonl")
    body = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in recs)
    with open(out, "w", encoding="utf-8", newline="\n") as f:
        f.write(body)
    with open(out, encoding="utf-8") as f:
        assert f.read() == body
    summary = {
        "documents": len(recs), "templates": len(TEMPLATES), "carriers": len(CARRIERS),
        "labels": {k: counts[k] for k in ("EMAIL", "IP_ADDRESS", "KEY", "PASSWORD")},
        "ipv6_labels": counts["IPv6"], "lookalikes": nlook,
        "by_origin": {o: dict(sorted(c.items())) for o, c in origin.items()},
        "label_kinds": dict(sorted(kinds.items())), "lookalike_kinds": dict(sorted(lkinds.items())),
    }
    with open(os.path.join(HERE, "counts.json"), "w", encoding="utf-8", newline="\n") as f:
        json.dump(summary, f, indent=1, sort_keys=False)
        f.write("\n")
    return summary


STRICT_TEMPLATES = 68

if __name__ == "__main__":
    args = sys.argv[1:]
    unpack = None
    if "--extract" in args:
        unpack = args[args.index("--extract") + 1]
    s = build(strict="--partial" not in args, unpack=unpack)
    print(json.dumps({k: s[k] for k in ("documents", "templates", "labels", "ipv6_labels", "lookalikes")}))
