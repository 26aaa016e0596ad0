"""Build held-out labelled set 44 for `codelm redact --eval` (standard library only; never imports codelm).

    python make_heldout_44.py              strict build
    python make_heldout_44.py --partial    build without the exact-count assertions
    python make_heldout_44.py --extract DIR  re-copy carrier excerpts from unpacked sdists in DIR
"""
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

import gen_h44  # noqa: E402
import templates_h44a  # noqa: E402
import templates_h44b  # noqa: E402
import templates_h44c  # noqa: E402
import templates_h44d  # noqa: E402

M0, M1, M2 = gen_h44.M0, gen_h44.M1, gen_h44.M2
SEED = "codelm-redact-heldout-44"
N_TEMPLATES = 72
N_RENDER = 4
TAGS = ("EMAIL", "IP_ADDRESS", "KEY", "PASSWORD")

# (package, sdist folder, file in sdist, first line, last line or None for end, lang, licence file)
CARRIERS = [
    ("yesqa", "yesqa-1.5.0", "README.md", 1, None, "markdown", "LICENSE"),
    ("yesqa", "yesqa-1.5.0", "yesqa.egg-info/SOURCES.txt", 1, None, "text", "LICENSE"),
    ("tokenize-rt", "tokenize_rt-6.2.0", "README.md", 1, None, "markdown", "LICENSE"),
    ("tokenize-rt", "tokenize_rt-6.2.0", "tokenize_rt.egg-info/entry_points.txt", 1, None, "ini", "LICENSE"),
    ("pep8-naming", "pep8_naming-0.15.1", "CHANGELOG.rst", 1, 40, "rst", "LICENSE"),
    ("pep8-naming", "pep8_naming-0.15.1", "setup.cfg", 1, None, "ini", "LICENSE"),
]
SNIPPET_DOMAIN = {
    "yesqa": "larchfold-netloft.eu",
    "tokenize-rt": "pennywhistle-foundry.ie",
    "pep8-naming": "dunmore-tackroom.dk",
}


def src_name(path, a, b):
    if a == 1 and b is None:
        return path
    return f"{path}.lines{a}-{b if b is not None else 'end'}"


def extract(unpack):
    for pkg, folder, path, a, b, lang, lic in CARRIERS:
        with open(os.path.join(unpack, folder, path), encoding="utf-8") as f:
            lines = f.read().split("\n")
        had_final = lines[-1] == ""
        if had_final:
            lines = lines[:-1]
        part = lines[a - 1:(b if b is not None else len(lines))]
        text = "\n".join(part) + ("\n" if (had_final or b is not None) else "")
        dst = os.path.join(HERE, "sources", pkg, src_name(path, a, b))
        os.makedirs(os.path.dirname(dst), exist_ok=True)
        with open(dst, "w", encoding="utf-8", newline="") as f:
            f.write(text)
        shutil.copyfile(os.path.join(unpack, folder, lic), os.path.join(HERE, "sources", pkg, lic))
    sums = []
    for root, _, files in os.walk(os.path.join(HERE, "sources")):
        for fn in files:
            if fn == "SHA256SUMS":
                continue
            p = os.path.join(root, fn)
            with open(p, "rb") as f:
                sums.append((os.path.relpath(p, os.path.join(HERE, "sources")), hashlib.sha256(f.read()).hexdigest()))
    with open(os.path.join(HERE, "sources", "SHA256SUMS"), "w", encoding="utf-8") as f:
        for rel, h in sorted(sums):
            f.write(f"{h}  {rel}\n")


def unmark(marked):
    """Strip markers; return text, labels, look-alikes."""
    out, labels, looks = [], [], []
    pos = 0
    i = 0
    n = len(marked)
    while i < n:
        c = marked[i]
        if c == M0:
            j = marked.index(M1, i)
            k = marked.index(M2, j)
            tag, kind = marked[i + 1:j].split("|", 1)
            value = marked[j + 1:k]
            assert M0 not in value and M1 not in value, value
            start = pos
            out.append(value)
            pos += len(value)
            rec = (tag, start, pos, kind, value)
            if tag == "LOOK":
                looks.append(rec)
            else:
                assert tag in TAGS, tag
                labels.append(rec)
            i = k + 1
        else:
            assert c not in (M1, M2), "stray marker"
            out.append(c)
            pos += 1
            i += 1
    return "".join(out), labels, looks


def snippet(g, pkg, lang):
    dom = SNIPPET_DOMAIN[pkg]
    who = g.first()
    keyshape = g.pick(["hex40", "b64u43", "lo32", "aio"])
    lines = [
        "Larchfold netloft: handover notes for the Thursday tarring crew",
        f"winch controller {g.IP4('snippet_public_ip')}, spare uplink {g.IP6('snippet_public_ipv6')}",
        f"orders go to {g.E('snippet_email', local=who, domain=dom)}",
        f"shed alarm code {g.P('snippet_password', 'plain')} (change it after the audit)",
        f"stock sheet token {g.K('snippet_key', keyshape)}",
        f"docs example only: {g.docip()} {g.remail()} v{g.ver()} {g.ssha()} {g.uuid('run_uuid')}",
    ]
    if lang == "markdown":
        return "\n<!--\n" + "\n".join(lines) + "\n-->\n"
    if lang == "rst":
        return "\n..\n" + "\n".join("   " + ln for ln in lines) + "\n"
    return "".join("# " + ln + "\n" for ln in lines)


EMAIL_RE = re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}")
IP4_RE = re.compile(r"(?<![\d.])(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})(?![\d])")
IP6_RE = re.compile(r"(?<![0-9A-Za-z])[0-9A-Fa-f:.]*:[0-9A-Fa-f:.]*(?![0-9A-Za-z])")
RESERVED = re.compile(r"@(?:[^@]*\.)?(?:example\.(?:com|org|net)|example|invalid|localhost|test)$")
ADDR_CH = set("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789._%+-")


def covered(spans, a, b):
    return any(s <= a and b <= e for s, e in spans)


def check_doc(doc, raw_labels, raw_looks, excerpt_len=0):
    t = doc["content"]
    assert M0 not in t and M1 not in t and M2 not in t, doc["id"]
    assert raw_labels, f"no label: {doc['id']}"
    allsp = sorted([(s, e, v) for _, s, e, _, v in raw_labels + raw_looks])
    for s, e, v in allsp:
        assert 0 <= s < e <= len(t), (doc["id"], v)
        assert t[s:e] == v, (doc["id"], v)
        assert v == v.strip() and "\n" not in v, (doc["id"], repr(v))
    for (s1, e1, v1), (s2, e2, v2) in zip(allsp, allsp[1:]):
        assert e1 <= s2, ("overlap", doc["id"], v1, v2)
    for tag, s, e, kind, v in raw_labels:
        assert s >= excerpt_len, ("label in excerpt", doc["id"])
        if tag == "IP_ADDRESS":
            a = ipaddress.ip_address(v)
            assert a.is_global and not a.is_multicast, (doc["id"], v)
            if a.version == 4:
                assert not v.startswith("100."), v
            assert kind.endswith("_v6") == (a.version == 6) or kind.endswith("ipv6"), (doc["id"], kind, v)
        elif tag == "EMAIL":
            assert EMAIL_RE.fullmatch(v), (doc["id"], v)
            assert not RESERVED.search(v), v
            before = t[s - 1] if s > 0 else ""
            after = t[e] if e < len(t) else ""
            after2 = t[e + 1] if e + 1 < len(t) else ""
            assert before not in ADDR_CH, (doc["id"], v, before)
            assert after not in ADDR_CH or (after == "." and not after2.isalnum()), (doc["id"], v, after)
        elif tag == "PASSWORD":
            assert "@" not in v and v.isascii(), (doc["id"], v)
        elif tag == "KEY":
            assert len(v) >= 6, (doc["id"], v)
    for tag, s, e, kind, v in raw_looks:
        if kind.endswith("_ip") or kind.endswith("_ipv6"):
            assert not ipaddress.ip_address(v).is_global, (doc["id"], kind, v)
        if kind == "reserved_email":
            assert RESERVED.search(v), v
    spans = [(s, e) for _, s, e, _, _ in raw_labels + raw_looks]
    secret_ends = {e for tag, s, e, _, _ in raw_labels if tag in ("KEY", "PASSWORD") and s > 0 and t[s - 1] == ":"}
    body = t[excerpt_len:]
    off = excerpt_len
    for m in EMAIL_RE.finditer(body):
        a, b = m.start() + off, m.end() + off
        if covered(spans, a, b):
            continue
        at = t.index("@", a)
        assert at in secret_ends, ("unmarked e-mail shape", doc["id"], m.group())
    for m in IP4_RE.finditer(body):
        if all(int(x) <= 255 for x in m.groups()):
            a, b = m.start() + off, m.end() + off
            assert covered(spans, a, b), ("unmarked IPv4 shape", doc["id"], m.group())
    for m in IP6_RE.finditer(body):
        run = m.group().strip(".")
        if run.count(":") < 2:
            continue
        a = m.start() + off + m.group().index(run)
        b = a + len(run)
        try:
            addr = ipaddress.ip_address(run)
            need = addr.is_global or run.count(":") >= 3
        except ValueError:
            need = run.count(":") >= 3 and not re.fullmatch(r"[\d:.]+", run)
        if need:
            assert covered(spans, a, b), ("unmarked IPv6 shape", doc["id"], run)
    if doc["lang"] == "json":
        json.loads(t)
    if doc["lang"] == "xml":
        xml.dom.minidom.parseString(t)


def record(did, lang, path, text, labels, looks):
    return {
        "id": did,
        "lang": lang,
        "path": path,
        "content": text,
        "labels": [{"tag": tag, "start": s, "end": e, "kind": kind} for tag, s, e, kind, _ in labels],
        "lookalikes": [{"kind": kind, "start": s, "end": e} for _, s, e, kind, _ in looks],
    }


def build(strict=True):
    docs = []
    templates = []
    for mod in (templates_h44a, templates_h44b, templates_h44c, templates_h44d):
        templates.extend(mod.TEMPLATES)
    names = [t[0] for t in templates]
    assert len(names) == len(set(names)), [n for n, c in collections.Counter(names).items() if c > 1]
    if strict:
        assert len(templates) == N_TEMPLATES, len(templates)
    stats = collections.Counter()
    # carriers
    for pkg, folder, path, a, b, lang, lic in CARRIERS:
        sname = src_name(path, a, b)
        with open(os.path.join(HERE, "sources", pkg, sname), encoding="utf-8", newline="") as f:
            excerpt = f.read()
        assert "\r" not in excerpt and M0 not in excerpt
        assert not EMAIL_RE.search(excerpt) and not IP4_RE.search(excerpt), sname
        if not excerpt.endswith("\n"):
            excerpt += "\n"
        g = gen_h44.G(random.Random(f"{SEED}:carrier:{pkg}/{path}"))
        sn_text, sn_labels, sn_looks = unmark(snippet(g, pkg, lang))
        text = excerpt + sn_text
        shift = len(excerpt)
        labels = [(tg, s + shift, e + shift, k, v) for tg, s, e, k, v in sn_labels]
        looks = [(tg, s + shift, e + shift, k, v) for tg, s, e, k, v in sn_looks]
        did = f"h44-real-{pkg}-{sname.replace('/', '-')}"
        doc = record(did, lang, f"{pkg}/{path}", text, labels, looks)
        assert text.startswith(excerpt)
        check_doc(doc, labels, looks, excerpt_len=shift)
        docs.append(doc)
        stats["carrier_docs"] += 1
    for name, lang, path, fn in templates:
        for n in range(N_RENDER):
            g = gen_h44.G(random.Random(f"{SEED}:{name}:{n}"))
            text, labels, looks = unmark(fn(g))
            doc = record(f"h44-syn-{name}-{n}", lang, path, text, labels, looks)
            check_doc(doc, labels, looks)
            docs.append(doc)
    ids = [d["id"] for d in docs]
    assert len(ids) == len(set(ids))
    tagc = collections.Counter(l["tag"] for d in docs for l in d["labels"])
    kindc = collections.Counter(f"{l['tag']}:{l['kind']}" for d in docs for l in d["labels"])
    lookc = collections.Counter(l["kind"] for d in docs for l in d["lookalikes"])
    v6 = sum(1 for d in docs for l in d["labels"]
             if l["tag"] == "IP_ADDRESS" and ":" in d["content"][l["start"]:l["end"]])
    counts = {
        "documents": len(docs),
        "templates": len(templates),
        "carrier_documents": stats["carrier_docs"],
        "labels": dict(sorted(tagc.items())),
        "ipv6_labels": v6,
        "lookalikes": sum(lookc.values()),
        "lookalike_kinds": len(lookc),
        "label_kinds": dict(sorted(kindc.items())),
        "lookalike_by_kind": dict(sorted(lookc.items())),
        "lang": dict(sorted(collections.Counter(d["lang"] for d in docs).items())),
    }
    if strict:
        assert len(docs) == N_TEMPLATES * N_RENDER + len(CARRIERS), len(docs)
        assert tagc["EMAIL"] >= 250 and tagc["IP_ADDRESS"] >= 250, tagc
        assert tagc["KEY"] >= 330 and tagc["PASSWORD"] >= 300, tagc
        assert sum(lookc.values()) >= 1000 and len(lookc) >= 45, (sum(lookc.values()), len(lookc))
        assert v6 >= 0.12 * tagc["IP_ADDRESS"], (v6, tagc["IP_ADDRESS"])
    return docs, counts


def main():
    args = sys.argv[1:]
    if args[:1] == ["--extract"]:
        extract(args[1])
        return
    strict = "--partial" not in args
    docs, counts = build(strict)
    out = os.path.join(HERE, "labels.jsonl")
    data = "".join(json.dumps(d, ensure_ascii=False) + "\n" for d in docs)
    with open(out, "w", encoding="utf-8", newline="") as f:
        f.write(data)
    with open(os.path.join(HERE, "counts.json"), "w", encoding="utf-8", newline="") as f:
        f.write(json.dumps(counts, indent=1, ensure_ascii=False) + "\n")
    with open(out, encoding="utf-8", newline="") as f:
        back = [json.loads(line) for line in f]
    assert back == docs
    print(json.dumps({k: counts[k] for k in ("documents", "templates", "labels", "ipv6_labels", "lookalikes",
                                             "lookalike_kinds")}))


if __name__ == "__main__":
    main()
