"""Build held-out labelled set 50 for the redactor (standard library only; never imports codelm)."""
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

import gen_h50  # noqa: E402
import templates_h50a  # noqa: E402
import templates_h50b  # noqa: E402
import templates_h50c  # noqa: E402
import templates_h50d  # noqa: E402

SEED = "codelm-redact-heldout-50"
B, M, E = gen_h50.B, gen_h50.M, gen_h50.E
TAGS = ("EMAIL", "IP_ADDRESS", "KEY", "PASSWORD")
RESERVED = re.compile(r"(^|\.)(example\.(com|org|net)|[^.]+\.example|[^.]+\.invalid|[^.]+\.localhost|[^.]+\.test)$")
ADDR = set("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789._%+-")
EMAIL_SHAPE = re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}")
V4_SHAPE = re.compile(r"(?<![0-9.])(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})(?![0-9])")
V6_RUN = re.compile(r"(?<![0-9A-Za-z_])[0-9A-Fa-f:.]*:[0-9A-Fa-f:.]*(?![0-9A-Za-z_])")

# carriers: (package, file under sources/<package>/, first line, last line or None for whole, lang, domain)
CARRIERS = [
    ("icontract", "README.rst", 1, 60, "rst", "fenwick-beekeepers.org.uk"),
    ("icontract", "README.rst", 121, 180, "rst", "fenwick-beekeepers.org.uk"),
    ("wcmatch", "README.md", None, None, "markdown", "tarrowby-orienteers.ie"),
    ("wcmatch", "docs/src/markdown/about/changelog.md", 1, 60, "markdown", "tarrowby-orienteers.ie"),
    ("braceexpand", "README.md", None, None, "markdown", "skellmoor-choir.co.nz"),
    ("braceexpand", "CHANGELOG.md", None, None, "markdown", "skellmoor-choir.co.nz"),
]


def all_templates():
    out = []
    for mod in (templates_h50a, templates_h50b, templates_h50c, templates_h50d):
        out.extend(mod.TEMPLATES)
    return out


def strip(marked):
    text, labels, looks = [], [], []
    pos = 0
    i = 0
    while i < len(marked):
        c = marked[i]
        if c == B:
            j = marked.index(M, i)
            k = marked.index(E, j)
            tag, kind = marked[i + 1:j].split("|", 1)
            val = marked[j + 1:k]
            assert B not in val and M not in val, val
            start = pos
            text.append(val)
            pos += len(val)
            if tag == "LOOK":
                looks.append({"kind": kind, "start": start, "end": pos, "_v": val})
            else:
                assert tag in TAGS, tag
                labels.append({"tag": tag, "start": start, "end": pos, "kind": kind, "_v": val})
            i = k + 1
        else:
            assert c not in (M, E), "stray marker"
            text.append(c)
            pos += 1
            i += 1
    return "".join(text), labels, looks


def snippet(g, pkg, domain, style):
    body = gen_h50.fill(g, (
        "Skellfield lantern-walk committee: handover notes for the autumn rota\n"
        "Booking mirror «ip4:snippet_booking_ip» and its v6 twin «ip6:snippet_booking_ipv6» take the sign-up form;\n"
        f"the rota mailbox is «e:snippet_rota_email@{domain}» and its password is «p:snippet_rota_password:plain».\n"
        "The map tiles are fetched with the key «k:snippet_tiles_key:" + {"icontract": "hex40", "wcmatch": "b64u_32",
                                                                            "braceexpand": "an32"}[pkg] + "».\n"
        "Docs example only: «L:documentation_ip», «L:reserved_email», release «L:snippet_version», commit "
        "«L:short_sha», form «L:snippet_uuid».\n"))
    lines = body.rstrip("\n").split("\n")
    if style == "markdown":
        return "\n<!--\n" + "\n".join(lines) + "\n-->\n"
    if style == "rst":
        return "\n..\n" + "\n".join("   " + ln for ln in lines) + "\n"
    return "\n" + "\n".join("# " + ln for ln in lines) + "\n"


def excerpt(pkg, path, a, b):
    with open(os.path.join(HERE, "sources", pkg, path), encoding="utf-8", newline="") as f:
        raw = f.read()
    assert "\r" not in raw, path
    if a is None:
        ex = raw
    else:
        ex = "".join(raw.splitlines(keepends=True)[a - 1:b])
    assert B not in ex and M not in ex and E not in ex
    assert not EMAIL_SHAPE.search(ex), path
    assert not V4_SHAPE.search(ex), path
    if not ex.endswith("\n"):
        ex += "\n"
    return ex


def build(strict=True):
    docs = []
    names = set()
    tpls = all_templates()
    for name, fn in tpls:
        assert name not in names, name
        names.add(name)
        for n in range(4):
            g = gen_h50.G(random.Random(f"{SEED}:{name}:{n}"))
            lang, path, raw = fn(g)
            path = gen_h50.SIMPLE.sub(lambda m: gen_h50.simple_saved(g, m), path)
            assert "«" not in path, path
            marked = gen_h50.fill(g, raw)
            text, labels, looks = strip(marked)
            assert labels, name
            docs.append({"id": f"h50-syn-{name}-{n}", "lang": lang, "path": path, "content": text,
                         "labels": labels, "lookalikes": looks, "_origin": "synthetic", "_ex": 0})
    for pkg, path, a, b, lang, dom in CARRIERS:
        ex = excerpt(pkg, path, a, b)
        g = gen_h50.G(random.Random(f"{SEED}:carrier:{pkg}/{path}"))
        sn = snippet(g, pkg, dom, lang)
        text, labels, looks = strip(ex + sn)
        fid = path.replace("/", "-") + (f".lines{a}-{b}" if a else "")
        docs.append({"id": f"h50-real-{pkg}-{fid}", "lang": lang, "path": f"{pkg}/{path}", "content": text,
                     "labels": labels, "lookalikes": looks, "_origin": "carrier", "_ex": len(ex)})
    check(docs, strict, len(tpls))
    return docs, len(tpls)


def email_ok(v):
    m = re.fullmatch(r"[A-Za-z0-9._%+-]+@([A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+)", v)
    return bool(m) and not RESERVED.search(m.group(1).lower()) and not v.startswith(".")


def check(docs, strict, ntpl):
    ids = [d["id"] for d in docs]
    assert len(set(ids)) == len(ids)
    for d in docs:
        t = d["content"]
        spans = []
        for s in d["labels"] + d["lookalikes"]:
            a, b = s["start"], s["end"]
            assert 0 <= a < b <= len(t), (d["id"], s)
            v = t[a:b]
            assert v == s["_v"], (d["id"], s)
            assert v == v.strip() and "\n" not in v, (d["id"], v)
            spans.append((a, b))
        spans.sort()
        for (a1, b1), (a2, b2) in zip(spans, spans[1:]):
            assert b1 <= a2, (d["id"], t[a1:b1], t[a2:b2])
        for s in d["labels"]:
            v = s["_v"]
            if s["tag"] == "IP_ADDRESS":
                ip = ipaddress.ip_address(v)
                assert ip.is_global and not ip.is_multicast, (d["id"], v)
                if ip.version == 4:
                    assert not v.startswith("100."), v
                assert (ip.version == 6) == (s["kind"].endswith("_v6") or s["kind"].endswith("ipv6")), (d["id"], s)
            elif s["tag"] == "EMAIL":
                assert email_ok(v), (d["id"], v)
                a, b = s["start"], s["end"]
                assert a == 0 or t[a - 1] not in ADDR, (d["id"], v, t[a - 1])
                assert b == len(t) or t[b] not in ADDR or (
                    t[b] == "." and (b + 1 == len(t) or not t[b + 1].isalnum())), (d["id"], v, t[b:b + 2])
            elif s["tag"] == "PASSWORD":
                assert "@" not in v and v.isascii(), (d["id"], v)
            elif s["tag"] == "KEY":
                assert len(v) >= 6, (d["id"], v)
        for s in d["lookalikes"]:
            v = s["_v"]
            if s["kind"].endswith("_ip") or s["kind"].endswith("_ipv6"):
                ip = ipaddress.ip_address(v)
                assert (not ip.is_global) or ip.is_multicast, (d["id"], v)
            if s["kind"] == "reserved_email":
                assert RESERVED.search(v.split("@")[1].lower()), v
        covered = spans
        lab_end = {s["end"]: s for s in d["labels"] if s["tag"] in ("KEY", "PASSWORD")}

        def inside(a, b):
            return any(x <= a and b <= y for x, y in covered)
        ex = d["_ex"]
        for m in EMAIL_SHAPE.finditer(t):
            if m.start() < ex:
                continue
            if inside(m.start(), m.end()):
                continue
            at = t.index("@", m.start())
            s = lab_end.get(at)
            if s and (t[s["start"] - 1] == ":" or t[s["start"] - 2:s["start"]] == "//"):
                continue
            # an e-mail label inside the shape (the shape picked up a preceding key/password char)
            if any(s2["tag"] == "EMAIL" and s2["end"] == m.end() and s2["start"] > m.start() and
                   t[s2["start"] - 1] not in ADDR for s2 in d["labels"]):
                continue
            raise AssertionError((d["id"], "uncovered e-mail shape", m.group()))
        for m in V4_SHAPE.finditer(t):
            if m.start() < ex:
                continue
            if all(int(x) <= 255 for x in m.groups()) and not inside(m.start(), m.end()):
                raise AssertionError((d["id"], "uncovered IPv4 shape", m.group(), t[m.start() - 30:m.end() + 10]))
        for m in V6_RUN.finditer(t):
            if m.start() < ex:
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
            if need and not inside(a, b):
                raise AssertionError((d["id"], "uncovered IPv6 shape", run))
        assert B not in t and M not in t and E not in t
        if d["lang"] in ("json", "ipynb"):
            json.loads(t)
        if d["lang"] == "xml":
            xml.dom.minidom.parseString(t.encode("utf-8"))
        if d["_origin"] == "carrier":
            assert all(s["start"] >= ex for s in d["labels"] + d["lookalikes"])
    c = counts(docs, ntpl)
    ipv6 = c["ipv6_labels"]
    if strict:
        assert ntpl == 75 and len(docs) == 306, (ntpl, len(docs))
        assert c["tags"]["EMAIL"] >= 250 and c["tags"]["IP_ADDRESS"] >= 250, c["tags"]
        assert c["tags"]["KEY"] >= 330 and c["tags"]["PASSWORD"] >= 300, c["tags"]
        assert c["lookalikes_total"] >= 1000 and len(c["lookalike_kinds"]) >= 45, (
            c["lookalikes_total"], len(c["lookalike_kinds"]))
        assert ipv6 >= 0.12 * c["tags"]["IP_ADDRESS"], ipv6


def counts(docs, ntpl):
    tags = collections.Counter()
    kinds = collections.Counter()
    lk = collections.Counter()
    lang = collections.Counter()
    by = {"carrier": collections.Counter(), "synthetic": collections.Counter()}
    ipv6 = 0
    for d in docs:
        lang[d["lang"]] += 1
        for s in d["labels"]:
            tags[s["tag"]] += 1
            kinds[f'{s["tag"]}:{s["kind"]}'] += 1
            by[d["_origin"]][s["tag"]] += 1
            if s["tag"] == "IP_ADDRESS" and ":" in s["_v"]:
                ipv6 += 1
        for s in d["lookalikes"]:
            lk[s["kind"]] += 1
            by[d["_origin"]]["LOOK"] += 1
    return {
        "documents": len(docs),
        "templates": ntpl,
        "tags": {t: tags[t] for t in TAGS},
        "ipv6_labels": ipv6,
        "label_kinds": dict(sorted(kinds.items())),
        "lookalikes_total": sum(lk.values()),
        "lookalike_kinds": dict(sorted(lk.items())),
        "lang": dict(sorted(lang.items())),
        "by_origin": {o: {t: by[o][t] for t in TAGS + ("LOOK",)} for o in ("carrier", "synthetic")},
    }


def record(d):
    return {"id": d["id"], "lang": d["lang"], "path": d["path"], "content": d["content"],
            "labels": [{"tag": s["tag"], "start": s["start"], "end": s["end"], "kind": s["kind"]}
                       for s in d["labels"]],
            "lookalikes": [{"kind": s["kind"], "start": s["start"], "end": s["end"]} for s in d["lookalikes"]]}


def show(docs, name, every):
    for d in docs:
        if not d["id"].startswith(f"h50-syn-{name}-") or (not every and not d["id"].endswith("-0")):
            continue
        t = d["content"]
        ins = []
        for s in d["labels"]:
            ins.append((s["start"], 1, "⟦" + s["tag"][:2] + ":" + s["kind"] + " "))
            ins.append((s["end"], 0, "⟧"))
        for s in d["lookalikes"]:
            ins.append((s["start"], 1, "⟨L:" + s["kind"] + " "))
            ins.append((s["end"], 0, "⟩"))
        for pos, _, txt in sorted(ins, reverse=True):
            t = t[:pos] + txt + t[pos:]
        print(f"==== {d['id']} {d['lang']} {d['path']}")
        print(t)


LICENCES = {"icontract": "LICENSE.txt", "wcmatch": "LICENSE.md", "braceexpand": "LICENSE"}


def extract(unpack):
    for pkg, path, *_ in CARRIERS + [(p, f) for p, f in LICENCES.items()]:
        src = [p for p in os.listdir(unpack) if p.lower().startswith(pkg.lower() + "-")]
        assert len(src) == 1, (pkg, src)
        dst = os.path.join(HERE, "sources", pkg, path)
        os.makedirs(os.path.dirname(dst), exist_ok=True)
        shutil.copyfile(os.path.join(unpack, src[0], path), dst)


def main():
    args = sys.argv[1:]
    if args[:1] == ["--extract"]:
        extract(args[1])
        return
    if args[:1] == ["--only"]:
        docs, _ = build(strict=False)
        show(docs, args[1], "--all" in args)
        return
    partial = "--partial" in args
    docs, ntpl = build(strict=not partial)
    c = counts(docs, ntpl)
    if partial:
        print(json.dumps({k: c[k] for k in ("documents", "templates", "tags", "ipv6_labels", "lookalikes_total")}))
        print("lookalike kinds:", len(c["lookalike_kinds"]))
        return
    lines = [json.dumps(record(d), ensure_ascii=False) for d in docs]
    out = os.path.join(HERE, "labels.jsonl")
    with open(out, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")
    with open(os.path.join(HERE, "counts.json"), "w", encoding="utf-8", newline="\n") as f:
        f.write(json.dumps(c, indent=1, ensure_ascii=False) + "\n")
    with open(out, encoding="utf-8") as f:
        back = [json.loads(x) for x in f.read().splitlines()]
    assert back == [record(d) for d in docs]
    h = hashlib.sha256(open(out, "rb").read()).hexdigest()
    print(json.dumps(c["tags"]), "ipv6", c["ipv6_labels"], "look", c["lookalikes_total"],
          len(c["lookalike_kinds"]), "docs", c["documents"], "sha256", h)


if __name__ == "__main__":
    main()
