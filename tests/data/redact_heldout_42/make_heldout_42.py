"""Build labels.jsonl for the forty-second held-out redaction set.

Standard library only; never imports codelm. Usage:
    python make_heldout_42.py            # strict build
    python make_heldout_42.py --partial  # without the exact-count assertions
    python make_heldout_42.py --extract DIR  # re-copy carrier excerpts from unpacked sdists in DIR
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

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import gen_h42  # noqa: E402
import templates_h42a  # noqa: E402
import templates_h42b  # noqa: E402
import templates_h42c  # noqa: E402
import templates_h42d  # noqa: E402

S, M, E = gen_h42.S, gen_h42.M, gen_h42.E
N_RENDER = 4
EXPECT_TEMPLATES = 83
EXPECT_CARRIERS = 8
SEED = "codelm-redact-heldout-42"

# (package, version, path inside the sdist, lang, comment style)
CARRIERS = [
    ("bumpver", "2026.1132", "test/fixtures/project_a/bumpver.toml", "toml", "#"),
    ("bumpver", "2026.1132", "test/fixtures/project_b/setup.cfg", "ini", "#"),
    ("bumpver", "2026.1132", "test/fixtures/project_c/pyproject.toml", "toml", "#"),
    ("interrogate", "1.7.0", "tox.ini", "ini", "#"),
    ("interrogate", "1.7.0", ".pre-commit-hooks.yaml", "yaml", "#"),
    ("interrogate", "1.7.0", "codecov.yml", "yaml", "#"),
    ("scriv", "1.8.0", ".editorconfig", "ini", "#"),
    ("scriv", "1.8.0", "tox.ini", "ini", "#"),
]
LICENCES = {"bumpver": "LICENSE", "interrogate": "LICENSE", "scriv": "LICENSE.txt"}
CARRIER_DOMAIN = {"bumpver": "copperbeck-ferries.eu", "interrogate": "saltcombe-kilns.ie",
                  "scriv": "larkspur-hydro.dk"}

RESERVED = re.compile(r"(^|\.)(example\.(com|org|net)|example|invalid|localhost|test)$", re.I)
EMAIL_RE = re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}")
V4_RE = re.compile(r"(?<![0-9.])(\d{1,3}(?:\.\d{1,3}){3})(?![0-9])")
V6_RE = re.compile(r"(?<![0-9A-Za-z:])[0-9A-Fa-f:.]*:[0-9A-Fa-f:.]*(?![0-9A-Za-z])")
ADDR_CH = set("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789._%+-")


def parse(text):
    """Strip markers; return (plain, labels, lookalikes)."""
    out, labels, looks = [], [], []
    pos = 0
    i = 0
    n = len(text)
    while i < n:
        c = text[i]
        if c == S:
            j = text.index(M, i)
            k = text.index(E, j)
            head = text[i + 1:j]
            val = text[j + 1:k]
            assert S not in val and M not in val, head
            tag, kind = head.split("|", 1)
            start = pos
            out.append(val)
            pos += len(val)
            if tag == "LOOK":
                looks.append({"kind": kind, "start": start, "end": pos, "_v": val})
            else:
                assert tag in ("EMAIL", "IP_ADDRESS", "KEY", "PASSWORD"), tag
                labels.append({"tag": tag, "start": start, "end": pos, "kind": kind, "_v": val})
            i = k + 1
        else:
            assert c not in (M, E), "stray marker"
            out.append(c)
            pos += 1
            i += 1
    return "".join(out), labels, looks


def covered(spans, a, b):
    return any(s["start"] <= a and b <= s["end"] for s in spans)


def check_doc(doc_id, plain, labels, looks, excerpt_len=0):
    assert labels, f"{doc_id}: no label"
    for ch in (S, M, E):
        assert ch not in plain, doc_id
    allspans = sorted(labels + looks, key=lambda s: (s["start"], s["end"]))
    for s in allspans:
        v = plain[s["start"]:s["end"]]
        assert v == s["_v"], (doc_id, v, s)
        assert v and v == v.strip(), (doc_id, repr(v))
        assert "\n" not in v, (doc_id, v)
    for a, b in zip(allspans, allspans[1:]):
        assert a["end"] <= b["start"], (doc_id, a, b)
    for s in labels:
        v = s["_v"]
        assert s["start"] >= excerpt_len, (doc_id, "label inside excerpt")
        if s["tag"] == "IP_ADDRESS":
            ip = ipaddress.ip_address(v)
            assert ip.is_global and not ip.is_multicast, (doc_id, v)
            if ip.version == 4:
                assert not v.startswith("100."), (doc_id, v)
        elif s["tag"] == "EMAIL":
            assert re.fullmatch(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)+", v), (doc_id, v)
            dom = v.split("@", 1)[1]
            assert not RESERVED.search(dom), (doc_id, v)
            before = plain[s["start"] - 1] if s["start"] else " "
            after = plain[s["end"]:s["end"] + 2]
            assert before not in ADDR_CH, (doc_id, v, before)
            if after:
                assert after[0] not in ADDR_CH or (after[0] == "." and (len(after) < 2 or not after[1].isalnum())), (doc_id, v, after)
        elif s["tag"] == "PASSWORD":
            assert "@" not in v and v.isascii(), (doc_id, v)
        elif s["tag"] == "KEY":
            assert len(v) >= 6, (doc_id, v)
    for s in looks:
        v = s["_v"]
        k = s["kind"]
        if k.endswith("_ip") or k.endswith("_ipv6"):
            ip = ipaddress.ip_address(v)
            assert not ip.is_global, (doc_id, v, k)
        if k == "reserved_email":
            assert RESERVED.search(v.split("@", 1)[1]), (doc_id, v)
    # every e-mail shape inside a label or look-alike
    for m in EMAIL_RE.finditer(plain, excerpt_len):
        a, b = m.span()
        if covered(allspans, a, b):
            continue
        at = plain.index("@", a)
        ok = any(s["tag"] in ("KEY", "PASSWORD") and s["end"] == at and plain[s["start"] - 1] == ":"
                 for s in labels)
        assert ok, (doc_id, "uncovered e-mail shape", m.group())
    for m in V4_RE.finditer(plain, excerpt_len):
        parts = m.group(1).split(".")
        if all(int(p) <= 255 for p in parts):
            assert covered(allspans, *m.span(1)), (doc_id, "uncovered IPv4 shape", m.group(1))
    for m in V6_RE.finditer(plain, excerpt_len):
        run = m.group().strip(".")
        if run.count(":") < 2:
            continue
        a = m.start() + m.group().index(run)
        b = a + len(run)
        try:
            ip = ipaddress.ip_address(run)
            need = ip.is_global or run.count(":") >= 3
        except ValueError:
            need = run.count(":") >= 3 and not re.fullmatch(r"[0-9:.]+", run)
        if need:
            assert covered(allspans, a, b), (doc_id, "uncovered IPv6 shape", run)


def finish(rec, labels, looks):
    rec["labels"] = [{"tag": s["tag"], "start": s["start"], "end": s["end"], "kind": s["kind"]} for s in labels]
    rec["lookalikes"] = [{"kind": s["kind"], "start": s["start"], "end": s["end"]} for s in looks]
    return rec


def snippet(g, pkg, cm):
    dom = CARRIER_DOMAIN[pkg]
    who = g.first().lower()
    lines = [
        "Copperbeck relay rota: notes for whoever takes the late watch",
        f"uplink {g.ip4('snippet_ip')} and fallback [{g.ip6('snippet_ipv6')}] both answer on 8443",
        f"page {g.email('snippet_email', domain=dom, local=who)} if the uplink drops for more than ten minutes",
        f"console login is {who} / {g.pw('snippet_password', ctx='plain')}",
        f"relay token {g.key('snippet_key', shape=g.pick(['hex40', 'b64url43', 'low32', 'orgtok']))}",
        f"docs example only: {g.docip()} {g.rmail()} build {g.ver()} at {g.ssha()} run {g.uuid('run_uuid')}",
    ]
    return "\n" + "\n".join(f"{cm} {ln}" for ln in lines) + "\n"


def carrier_docs(strict):
    docs = []
    for pkg, ver, path, lang, cm in CARRIERS:
        src = os.path.join(HERE, "sources", pkg, path)
        with open(src, encoding="utf-8", newline="") as fh:
            excerpt = fh.read()
        assert "\r" not in excerpt and S not in excerpt and M not in excerpt and E not in excerpt
        assert not EMAIL_RE.search(excerpt), (pkg, path)
        assert not any(all(int(p) <= 255 for p in m.group(1).split(".")) for m in V4_RE.finditer(excerpt)), (pkg, path)
        if not excerpt.endswith("\n"):
            excerpt += "\n"
        g = gen_h42.G(random.Random(f"{SEED}:carrier:{pkg}/{path}"))
        text = excerpt + snippet(g, pkg, cm)
        plain, labels, looks = parse(text)
        assert plain.startswith(excerpt)
        did = f"h42-real-{pkg}-{path.replace('/', '-')}"
        check_doc(did, plain, labels, looks, excerpt_len=len(excerpt))
        docs.append(finish({"id": did, "lang": lang, "path": f"{pkg}/{path}", "content": plain}, labels, looks))
    return docs


def synthetic_docs():
    tpls = []
    for mod in (templates_h42a, templates_h42b, templates_h42c, templates_h42d):
        tpls.extend(mod.TEMPLATES)
    names = [t[0] for t in tpls]
    assert len(names) == len(set(names)), "duplicate template names"
    docs = []
    for name, lang, path, fn in tpls:
        for n in range(N_RENDER):
            g = gen_h42.G(random.Random(f"{SEED}:{name}:{n}"))
            text = fn(g)
            plain, labels, looks = parse(text)
            did = f"h42-syn-{name}-{n}"
            check_doc(did, plain, labels, looks)
            if lang == "json":
                json.loads(plain)
            if lang == "xml":
                import xml.dom.minidom
                xml.dom.minidom.parseString(plain)
            docs.append(finish({"id": did, "lang": lang, "path": path, "content": plain}, labels, looks))
    return docs, len(tpls)


def extract(unpack):
    sums = []
    for pkg, ver, path, lang, cm in CARRIERS:
        root = os.path.join(unpack, f"{pkg}-{ver}")
        dst = os.path.join(HERE, "sources", pkg, path)
        os.makedirs(os.path.dirname(dst), exist_ok=True)
        shutil.copyfile(os.path.join(root, path), dst)
        lic = os.path.join(HERE, "sources", pkg, LICENCES[pkg])
        shutil.copyfile(os.path.join(root, LICENCES[pkg]), lic)
    for dirpath, _, files in os.walk(os.path.join(HERE, "sources")):
        for f in files:
            p = os.path.join(dirpath, f)
            rel = os.path.relpath(p, os.path.join(HERE, "sources"))
            if rel == "SHA256SUMS":
                continue
            with open(p, "rb") as fh:
                sums.append(f"{hashlib.sha256(fh.read()).hexdigest()}  {rel}")
    with open(os.path.join(HERE, "sources", "SHA256SUMS"), "w", encoding="utf-8") as fh:
        fh.write("\n".join(sorted(sums, key=lambda s: s.split("  ", 1)[1])) + "\n")


def main(argv):
    if len(argv) > 1 and argv[1] == "--extract":
        extract(argv[2])
        return
    strict = "--partial" not in argv
    cdocs = carrier_docs(strict)
    sdocs, ntpl = synthetic_docs()
    docs = cdocs + sdocs
    ids = [d["id"] for d in docs]
    assert len(ids) == len(set(ids)), "duplicate ids"
    if strict:
        assert ntpl == EXPECT_TEMPLATES, ntpl
        assert len(cdocs) == EXPECT_CARRIERS, len(cdocs)
        assert len(docs) == EXPECT_CARRIERS + EXPECT_TEMPLATES * N_RENDER, len(docs)
    tags = collections.Counter()
    lk = collections.Counter()
    lab_kinds = collections.Counter()
    v6 = 0
    for d in docs:
        for s in d["labels"]:
            tags[s["tag"]] += 1
            lab_kinds[f"{s['tag']}:{s['kind']}"] += 1
            if s["tag"] == "IP_ADDRESS" and ":" in d["content"][s["start"]:s["end"]]:
                v6 += 1
        for s in d["lookalikes"]:
            lk[s["kind"]] += 1
    if strict:
        for t in ("EMAIL", "IP_ADDRESS", "KEY", "PASSWORD"):
            assert tags[t] >= 300, (t, tags[t])
        assert sum(lk.values()) >= 900, sum(lk.values())
        assert v6 >= 45, v6
    counts = {
        "documents": len(docs),
        "carrier_documents": len(cdocs),
        "synthetic_documents": len(sdocs),
        "templates": ntpl,
        "labels": dict(sorted(tags.items())),
        "labels_total": sum(tags.values()),
        "ipv6_labels": v6,
        "lookalikes_total": sum(lk.values()),
        "lookalike_kinds": dict(sorted(lk.items())),
        "label_kinds": dict(sorted(lab_kinds.items())),
    }
    out = os.path.join(HERE, "labels.jsonl")
    data = "".join(json.dumps(d, ensure_ascii=False) + "\n" for d in docs)
    with open(out, "w", encoding="utf-8", newline="\n") as fh:
        fh.write(data)
    with open(out, encoding="utf-8", newline="") as fh:
        assert fh.read() == data
    with open(os.path.join(HERE, "counts.json"), "w", encoding="utf-8", newline="\n") as fh:
        fh.write(json.dumps(counts, indent=1, sort_keys=False) + "\n")
    print(json.dumps({k: counts[k] for k in ("documents", "labels", "ipv6_labels", "lookalikes_total")}))
    print("lookalike kinds:", len(lk))


if __name__ == "__main__":
    main(sys.argv)
