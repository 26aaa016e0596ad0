"""Build held-out set 51 for the redactor (standard library only; never imports codelm).

python make_heldout_51.py               strict build, writes labels.jsonl and counts.json
python make_heldout_51.py --partial     build without the exact-count assertions, print counts, write nothing
python make_heldout_51.py --only NAME [--all]   print rendering 0 (or all four) of one template, marked
python make_heldout_51.py --extract DIR re-copy the excerpts and licences from unpacked sdists in DIR
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

import gen_h51  # noqa: E402
import templates_h51a  # noqa: E402
import templates_h51b  # noqa: E402
import templates_h51c  # noqa: E402
import templates_h51d  # noqa: E402

SEED = "codelm-redact-heldout-51"
M0, M1, M2 = gen_h51.M0, gen_h51.M1, gen_h51.M2

# (package, sdist folder, file inside the sdist, (first, last) line range or None, lang, licence file)
CARRIERS = [
    ("clize", "clize-5.0.2", "README.rst", None, "rst", "LICENSE.txt"),
    ("clize", "clize-5.0.2", "docs/why.rst", (61, 120), "rst", "LICENSE.txt"),
    ("pybreaker", "pybreaker-1.4.1", "README.rst", (1, 60), "rst", "LICENSE"),
    ("pybreaker", "pybreaker-1.4.1", "README.rst", (181, 240), "rst", "LICENSE"),
    ("sqlitedict", "sqlitedict-2.1.0", "README.rst", (1, 60), "rst", "LICENSE.md"),
    ("sqlitedict", "sqlitedict-2.1.0", "Makefile", None, "makefile", "LICENSE.md"),
]
CARRIER_DOMAIN = {
    "clize": "whitsand-bellringers.org.nz",
    "pybreaker": "kilbride-rowing.ie",
    "sqlitedict": "annerley-allotments.org.au",
}
CARRIER_KEY = {"clize": "hex.40", "pybreaker": "b64u.32", "sqlitedict": "an.32"}

SNIPPET = """{c} Harrowfold tide-pool survey: volunteer hand-over, «L:date»
{c} coordinator mailbox: «e:snippet_email@{dom}»
{c} upload box: «ip4:snippet_ip» (v6 «ip6:snippet_ipv6»)
{c} upload login survey / «p:snippet_password:plain»
{c} upload token: «k:snippet_key:{shape}»
{c} Docs example only: «L:snippet_documentation_ip=192.0.2.«n:1-254»», «L:snippet_reserved_email», v«L:snippet_version», commit «L:short_sha», id «L:snippet_uuid»
"""


def all_templates():
    out = []
    for mod in (templates_h51a, templates_h51b, templates_h51c, templates_h51d):
        out.extend(mod.T)
    return out


def strip_markers(marked):
    """Return (text, labels, lookalikes) from a marked string."""
    out = []
    labels, looks = [], []
    pos = 0
    i = 0
    n = len(marked)
    while i < n:
        ch = marked[i]
        if ch == M0:
            j = marked.index(M1, i)
            k = marked.index(M2, j)
            tag, kind = marked[i + 1:j].split("|", 1)
            value = marked[j + 1:k]
            assert M0 not in value and M1 not in value, value
            start = pos
            out.append(value)
            pos += len(value)
            if tag == "LOOK":
                looks.append({"kind": kind, "start": start, "end": pos, "_v": value})
            else:
                labels.append({"tag": tag, "start": start, "end": pos, "kind": kind, "_v": value})
            i = k + 1
        else:
            assert ch not in (M1, M2)
            out.append(ch)
            pos += 1
            i += 1
    return "".join(out), labels, looks


def expand_path(path, rnd):
    return gen_h51._helpers(gen_h51.G(rnd), path, {})


def snippet_for(package, lang):
    c = ".." if lang == "rst" else "#"
    body = SNIPPET.format(c=c, dom=CARRIER_DOMAIN[package], shape=CARRIER_KEY[package])
    if lang == "rst":
        lines = body.splitlines()
        body = "..\n" + "".join("   " + ln[3:] + "\n" for ln in lines)
    return body


def carrier_docs():
    docs = []
    for package, _sd, rel, rng, lang, _lic in CARRIERS:
        src = os.path.join(HERE, "sources", package, rel)
        with open(src, encoding="utf-8", newline="") as f:
            full = f.read()
        if rng:
            lines = full.splitlines(keepends=True)
            excerpt = "".join(lines[rng[0] - 1:rng[1]])
            suffix = ".lines%d-%d" % rng
        else:
            excerpt = full
            suffix = ""
        assert "\r" not in excerpt and M0 not in excerpt and "«" not in excerpt
        if not excerpt.endswith("\n"):
            excerpt += "\n"
        rnd = random.Random("%s:carrier:%s/%s" % (SEED, package, rel + suffix))
        marked = excerpt + "\n" + gen_h51.fill(rnd, snippet_for(package, lang))
        text, labels, looks = strip_markers(marked)
        labels = [dict(l, kind=l["kind"] if l["kind"].startswith("snippet_") else "snippet_" + l["kind"]) for l in labels]
        docs.append({
            "id": "h51-real-%s-%s%s" % (package, rel.replace("/", "-"), suffix),
            "lang": lang,
            "path": "%s/%s" % (package, rel),
            "content": text,
            "labels": labels,
            "lookalikes": looks,
            "_excerpt": excerpt,
            "_origin": "carrier",
        })
    return docs


def synthetic_docs(only=None, all_n=False):
    docs = []
    for name, lang, path, text in all_templates():
        if only and name != only:
            continue
        for n in range(4):
            if only and n and not all_n:
                break
            rnd = random.Random("%s:%s:%d" % (SEED, name, n))
            marked = gen_h51.fill(rnd, text)
            p = expand_path(path, random.Random("%s:%s:%d:path" % (SEED, name, n)))
            if only:
                print("=" * 20, name, n, lang, p)
                shown = marked.replace(M0, "⟦").replace(M1, "⟧").replace(M2, "⟦/⟧")
                print(shown)
                continue
            content, labels, looks = strip_markers(marked)
            docs.append({"id": "h51-syn-%s-%d" % (name, n), "lang": lang, "path": p, "content": content,
                         "labels": labels, "lookalikes": looks, "_origin": "synthetic", "_template": name,
                         "_path_raw": path})
    return docs


RESERVED = re.compile(r"(@example\.(com|org|net)$|\.example$|\.invalid$|\.localhost$|\.test$)")
EMAIL_RE = re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}")
ADDR_CH = set("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789._%+-")
IPV4_RE = re.compile(r"(?<![0-9.])(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})(?![0-9])")
IPV6_RUN = re.compile(r"(?<![0-9A-Za-z_:.])[0-9A-Fa-f:.]*:[0-9A-Fa-f:.]*:[0-9A-Fa-f:.]*(?![0-9A-Za-z_:.])")


def covered(spans, a, b):
    return any(s <= a and b <= e for s, e in spans)


def check_doc(d):
    text = d["content"]
    labels, looks = d["labels"], d["lookalikes"]
    spans = []
    for x in labels + looks:
        a, b = x["start"], x["end"]
        assert 0 <= a < b <= len(text), (d["id"], x)
        v = text[a:b]
        assert v == x["_v"], (d["id"], x)
        assert v == v.strip(), (d["id"], v)
        multiline_ok = x.get("tag") == "KEY" and "pem" in x.get("kind", "") or x["kind"].endswith("private_key")
        assert "\n" not in v or multiline_ok, (d["id"], v)
        spans.append((a, b))
    ss = sorted(spans)
    for (a1, b1), (a2, b2) in zip(ss, ss[1:]):
        assert b1 <= a2, (d["id"], text[a1:b1], text[a2:b2])
    for l in labels:
        v = l["_v"]
        if l["tag"] == "IP_ADDRESS":
            ip = ipaddress.ip_address(v)
            assert ip.is_global and not ip.is_multicast, (d["id"], v)
            if ip.version == 4:
                assert not v.startswith("100."), v
            six = l["kind"].endswith("_v6") or l["kind"].endswith("ipv6")
            assert six == (ip.version == 6), (d["id"], l)
        elif l["tag"] == "EMAIL":
            assert EMAIL_RE.fullmatch(v), (d["id"], v)
            assert not RESERVED.search(v.lower()), v
            a, b = l["start"], l["end"]
            assert a == 0 or text[a - 1] not in ADDR_CH, (d["id"], v)
            assert b == len(text) or text[b] not in ADDR_CH or (
                text[b] == "." and (b + 1 == len(text) or not text[b + 1].isalnum())), (d["id"], v, text[b:b + 3])
        elif l["tag"] == "PASSWORD":
            assert "@" not in v and v.isascii(), (d["id"], v)
        elif l["tag"] == "KEY":
            assert len(v) >= 6, (d["id"], v)
        else:
            raise AssertionError(l)
    for x in looks:
        k, v = x["kind"], x["_v"]
        if k.endswith("_ip") or k.endswith("_ipv6"):
            ip = ipaddress.ip_address(v)
            assert (not ip.is_global) or ip.is_multicast, (d["id"], k, v)
        if k.endswith("reserved_email"):
            assert RESERVED.search(v.lower()), v
    # shapes outside the excerpt must be covered
    base = len(d.get("_excerpt", ""))
    label_after_colon = {l["end"] for l in labels if l["tag"] in ("KEY", "PASSWORD") and l["start"] > 0 and
                         (text[l["start"] - 1] == ":" or text[max(0, l["start"] - 2):l["start"]] == "//")}
    for m in EMAIL_RE.finditer(text):
        if m.start() < base:
            continue
        if covered(spans, m.start(), m.end()):
            continue
        at = text.index("@", m.start())
        if at in label_after_colon:
            continue
        # a shape that starts inside a label (URL userinfo: secret then @host) is accepted the same way
        raise AssertionError((d["id"], "uncovered e-mail shape", m.group()))
    for m in IPV4_RE.finditer(text):
        if m.start() < base:
            continue
        if all(int(g) <= 255 for g in m.groups()):
            assert covered(spans, m.start(), m.end()), (d["id"], "uncovered IPv4 shape", m.group())
    for m in IPV6_RUN.finditer(text):
        if m.start() < base:
            continue
        run = m.group().strip(".")
        a = m.start() + m.group().index(run) if run else m.start()
        b = a + len(run)
        if run.count(":") < 2:
            continue
        try:
            ip = ipaddress.ip_address(run)
            need = ip.is_global or run.count(":") >= 3
        except ValueError:
            need = run.count(":") >= 3 and not re.fullmatch(r"[0-9:.]*", run)
        if need:
            assert covered(spans, a, b), (d["id"], "uncovered IPv6 shape", run)
    for ch in (M0, M1, M2, "«", "»"):
        assert ch not in text, (d["id"], ch)
    if d["lang"] == "json":
        json.loads(text)
    if d["lang"] == "xml":
        xml.dom.minidom.parseString(text.encode())
    if d["_origin"] == "carrier":
        ex = d["_excerpt"]
        assert text.startswith(ex)
        assert all(x["start"] >= len(ex) for x in labels + looks)
        assert not EMAIL_RE.search(ex) and not IPV4_RE.search(ex)
    else:
        assert labels, d["id"]


def build(strict=True):
    tnames = [x[0] for x in all_templates()]
    assert len(tnames) == len(set(tnames)), "duplicate template names"
    for name, _l, path, _t in all_templates():
        assert not re.search(r"«(?!(c|n|w):)", path), (name, path)
    docs = carrier_docs() + synthetic_docs()
    ids = [d["id"] for d in docs]
    assert len(ids) == len(set(ids))
    for d in docs:
        check_doc(d)
    tags = collections.Counter(l["tag"] for d in docs for l in d["labels"])
    v6 = sum(1 for d in docs for l in d["labels"] if l["tag"] == "IP_ADDRESS" and ":" in l["_v"])
    looks = collections.Counter(x["kind"] for d in docs for x in d["lookalikes"])
    if strict:
        assert len(tnames) == 75 and len(docs) == 306, (len(tnames), len(docs))
        assert tags["EMAIL"] >= 250 and tags["IP_ADDRESS"] >= 250 and tags["KEY"] >= 330 and tags["PASSWORD"] >= 300, tags
        assert sum(looks.values()) >= 1000 and len(looks) >= 45, (sum(looks.values()), len(looks))
        assert v6 >= 0.12 * tags["IP_ADDRESS"], (v6, tags["IP_ADDRESS"])
    return docs, tags, v6, looks


def record(d):
    return {
        "id": d["id"], "lang": d["lang"], "path": d["path"], "content": d["content"],
        "labels": [{"tag": l["tag"], "start": l["start"], "end": l["end"], "kind": l["kind"]} for l in d["labels"]],
        "lookalikes": [{"kind": x["kind"], "start": x["start"], "end": x["end"]} for x in d["lookalikes"]],
    }


def counts_of(docs, tags, v6, looks):
    by_origin = {}
    for o in ("carrier", "synthetic"):
        sub = [d for d in docs if d["_origin"] == o]
        c = collections.Counter(l["tag"] for d in sub for l in d["labels"])
        by_origin[o] = {"documents": len(sub), **{t: c[t] for t in ("EMAIL", "IP_ADDRESS", "KEY", "PASSWORD")},
                        "lookalikes": sum(len(d["lookalikes"]) for d in sub)}
    kinds = collections.Counter("%s:%s" % (l["tag"], l["kind"]) for d in docs for l in d["labels"])
    return {
        "documents": len(docs),
        "templates": len(all_templates()),
        "tags": {t: tags[t] for t in ("EMAIL", "IP_ADDRESS", "KEY", "PASSWORD")},
        "labels_total": sum(tags.values()),
        "ipv6_labels": v6,
        "label_kinds": dict(sorted(kinds.items())),
        "lookalikes_total": sum(looks.values()),
        "lookalike_kinds": dict(sorted(looks.items())),
        "lang": dict(sorted(collections.Counter(d["lang"] for d in docs).items())),
        "by_origin": by_origin,
    }


def extract(unpack):
    for package, sd, rel, _rng, _lang, lic in CARRIERS:
        for f in (rel, lic):
            dst = os.path.join(HERE, "sources", package, f)
            os.makedirs(os.path.dirname(dst), exist_ok=True)
            shutil.copyfile(os.path.join(unpack, sd, f), dst)
    lines = []
    for root, _dirs, files in sorted(os.walk(os.path.join(HERE, "sources"))):
        for f in sorted(files):
            if f == "SHA256SUMS":
                continue
            p = os.path.join(root, f)
            rel = os.path.relpath(p, os.path.join(HERE, "sources"))
            with open(p, "rb") as fh:
                lines.append("%s  %s\n" % (hashlib.sha256(fh.read()).hexdigest(), rel))
    with open(os.path.join(HERE, "sources", "SHA256SUMS"), "w") as fh:
        fh.writelines(sorted(lines, key=lambda s: s.split("  ", 1)[1]))


def main(argv):
    if "--extract" in argv:
        extract(argv[argv.index("--extract") + 1])
        return
    if "--only" in argv:
        synthetic_docs(only=argv[argv.index("--only") + 1], all_n="--all" in argv)
        return
    strict = "--partial" not in argv
    docs, tags, v6, looks = build(strict)
    counts = counts_of(docs, tags, v6, looks)
    if not strict:
        print(json.dumps({k: counts[k] for k in ("documents", "templates", "tags", "ipv6_labels", "lookalikes_total",
                                                   "by_origin")}, indent=1))
        print("lookalike kinds", len(looks))
        return
    out = os.path.join(HERE, "labels.jsonl")
    data = "".join(json.dumps(record(d), ensure_ascii=False) + "\n" for d in docs)
    with open(out, "w", encoding="utf-8", newline="\n") as f:
        f.write(data)
    with open(os.path.join(HERE, "counts.json"), "w", encoding="utf-8", newline="\n") as f:
        f.write(json.dumps(counts, indent=1, ensure_ascii=False) + "\n")
    with open(out, encoding="utf-8", newline="") as f:
        assert f.read() == data
    print("wrote %d documents: %s, ipv6 %d, lookalikes %d (%d kinds)" % (
        len(docs), dict(tags), v6, sum(looks.values()), len(looks)))


if __name__ == "__main__":
    main(sys.argv[1:])
