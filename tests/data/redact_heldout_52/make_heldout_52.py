"""Build held-out set 52 for the redactor (standard library only; never imports codelm)."""
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

import gen_h52  # noqa: E402
import templates_h52a  # noqa: E402
import templates_h52b  # noqa: E402
import templates_h52c  # noqa: E402
import templates_h52d  # noqa: E402

MS, MM, ME = gen_h52.MS, gen_h52.MM, gen_h52.ME
SEED = "codelm-redact-heldout-52"
TEMPLATES = templates_h52a.T + templates_h52b.T + templates_h52c.T + templates_h52d.T

# (package, file under sources/<package>/, (first, last) line range or None, lang, snippet domain, key shape)
CARRIERS = [
    ("fasteners", "README.md", None, "markdown", "quillan-birdcount.org.za", "hex40"),
    ("fasteners", "CHANGELOG.md", (1, 60), "markdown", "quillan-birdcount.org.za", "hex40"),
    ("send2trash", "README.rst", None, "rst", "harlowmere-ringers.org.uk", "b64u_32"),
    ("send2trash", "CHANGES.rst", (1, 60), "rst", "harlowmere-ringers.org.uk", "b64u_32"),
    ("circuitbreaker", "README.rst", (1, 60), "rst", "tarnmoss-wetland.ie", "an32"),
    ("circuitbreaker", "README.rst", (101, 160), "rst", "tarnmoss-wetland.ie", "an32"),
]
LICENCES = {"fasteners": "LICENSE", "send2trash": "LICENSE", "circuitbreaker": "LICENSE.rst"}

SNIPPET = """
«CMT» Quillan marsh bird count: coordinator hand-over, «L:date»
«CMT» The tally sheet server is at «ip4:snippet_tally_host» (and «ip6:snippet_tally_ipv6» over IPv6).
«CMT» Ask «e:snippet_coordinator@DOMAIN» for the upload login; the shared password is «p:snippet_password:plain»
«CMT» and the sheet API key is «k:snippet_api_key:KEYSHAPE».
«CMT» Docs example only: «L:snippet_documentation_ip=192.0.2.10», «L:snippet_reserved_email», release «L:snippet_version», commit «L:short_sha», survey «L:snippet_uuid».
"""

RESERVED = ("example.com", "example.org", "example.net")
RESERVED_TLDS = (".example", ".invalid", ".localhost", ".test")
ADDR_CH = set("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789._%+-")
EMAIL_RE = re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}")
IPV4_RE = re.compile(r"(?<![\d.])(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})(?![\d])")
IPV6_RE = re.compile(r"(?<![0-9A-Za-z_:.])[0-9A-Fa-f:.]*:[0-9A-Fa-f:.]*:[0-9A-Fa-f:.]*(?![0-9A-Za-z_:.])")


def parse(marked):
    out, spans, i = [], [], 0
    pos = 0
    while True:
        j = marked.find(MS, i)
        if j < 0:
            out.append(marked[i:])
            break
        out.append(marked[i:j])
        pos += len(marked[i:j])
        k = marked.index(MM, j)
        e = marked.index(ME, k)
        tag, kind = marked[j + 1:k].split("|", 1)
        val = marked[k + 1:e]
        assert MS not in val and MM not in val, "nested marker"
        spans.append((tag, kind, pos, pos + len(val), val))
        out.append(val)
        pos += len(val)
        i = e + 1
    return "".join(out), spans


def render_template(t, n):
    name, lang, path, text = t
    rng = random.Random(f"{SEED}:{name}:{n}")
    p = gen_h52.helpers_only(path, random.Random(f"{SEED}:{name}:{n}:path"))
    content, spans = parse(gen_h52.fill(text, rng))
    return {"id": f"h52-syn-{name}-{n}", "lang": lang, "path": p}, content, spans


def excerpt_text(pkg, fname, rng_lines):
    with open(os.path.join(HERE, "sources", pkg, fname), encoding="utf-8", newline="") as f:
        text = f.read()
    if rng_lines:
        a, b = rng_lines
        lines = text.splitlines(keepends=True)
        text = "".join(lines[a - 1:b])
    return text


def render_carrier(c):
    pkg, fname, rng_lines, lang, domain, keyshape = c
    suffix = f".lines{rng_lines[0]}-{rng_lines[1]}" if rng_lines else ""
    ex = excerpt_text(pkg, fname, rng_lines)
    assert "\r" not in ex and "«" not in ex and "»" not in ex, (pkg, fname)
    assert not any(ch in ex for ch in (MS, MM, ME)), (pkg, fname)
    assert not EMAIL_RE.search(ex), (pkg, fname, "email shape in excerpt")
    assert not IPV4_RE.search(ex), (pkg, fname, "ipv4 shape in excerpt")
    if not ex.endswith("\n"):
        ex += "\n"
    snip = SNIPPET.replace("DOMAIN", domain).replace("KEYSHAPE", keyshape)
    lines = snip.split("\n")
    if lang == "rst":
        body = [ln.replace("«CMT» ", ".. " if i == 1 else "   ") for i, ln in enumerate(lines)]
    else:
        body = [ln.replace("«CMT»", {"markdown": ">", "makefile": "#"}[lang]) for ln in lines]
    snip = "\n".join(body)
    rng = random.Random(f"{SEED}:carrier:{pkg}/{fname}{suffix}")
    body, spans = parse(gen_h52.fill(snip, rng))
    off = len(ex)
    spans = [(t, k, s + off, e + off, v) for (t, k, s, e, v) in spans]
    rid = f"h52-real-{pkg}-{fname.replace('/', '-')}{suffix}"
    return {"id": rid, "lang": lang, "path": f"{pkg}/{fname}"}, ex + body, spans, len(ex)


def is_reserved(dom):
    d = dom.lower()
    return d in RESERVED or any(d.endswith("." + r) for r in RESERVED) or any(d.endswith(t) for t in RESERVED_TLDS)


def covered(spans, a, b):
    return any(s <= a and b <= e for (_, _, s, e, _) in spans)


def check_doc(rec, content, spans, excerpt_len=0):
    rid = rec["id"]
    assert not any(ch in content for ch in (MS, MM, ME, "«", "»")), rid
    labels = [s for s in spans if s[0] != "LOOK"]
    if excerpt_len == 0:
        assert labels, f"{rid}: no label"
    ordered = sorted(spans, key=lambda s: s[2])
    for prev, cur in zip(ordered, ordered[1:]):
        assert prev[3] <= cur[2], f"{rid}: overlap {prev[:4]} {cur[:4]}"
    for tag, kind, s, e, v in spans:
        assert 0 <= s < e <= len(content), rid
        assert content[s:e] == v, f"{rid}: round trip"
        assert v == v.strip(), f"{rid}: padded {kind}"
        assert s >= excerpt_len, f"{rid}: span inside excerpt"
        multiline_ok = (tag == "KEY" and ("pem" in kind or kind.endswith("private_key"))) or (
            tag == "LOOK" and kind == "pem_certificate")
        if not multiline_ok:
            assert "\n" not in v, f"{rid}: multi-line {kind}"
        if tag == "IP_ADDRESS":
            a = ipaddress.ip_address(v)
            assert a.is_global and not a.is_multicast, f"{rid}: {v}"
            if a.version == 4:
                assert not v.startswith("100."), rid
            six = kind.endswith("_v6") or kind.endswith("ipv6")
            assert six == (a.version == 6), f"{rid}: ip kind {kind} {v}"
        elif tag == "EMAIL":
            assert re.fullmatch(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)+", v), f"{rid}: {v}"
            assert not is_reserved(v.split("@")[1]), f"{rid}: reserved {v}"
            before = content[s - 1] if s > 0 else " "
            after = content[e] if e < len(content) else " "
            after2 = content[e + 1] if e + 1 < len(content) else " "
            assert before not in ADDR_CH, f"{rid}: email start {v}"
            assert after not in ADDR_CH or (after == "." and not after2.isalnum()), f"{rid}: email end {v}"
        elif tag == "PASSWORD":
            assert "@" not in v and v.isascii(), f"{rid}: password {v}"
        elif tag == "KEY":
            assert len(v) >= 6, f"{rid}: short key {v}"
        elif tag == "LOOK":
            if kind.endswith("reserved_email"):
                assert is_reserved(v.split("@")[-1]), f"{rid}: not reserved {v}"
            if kind.endswith("_ip") or kind.endswith("_ipv6"):
                a = ipaddress.ip_address(v)
                assert (not a.is_global) or a.is_multicast, f"{rid}: global look-alike ip {v}"
        else:
            raise AssertionError(f"{rid}: bad tag {tag}")
    # every e-mail shape covered
    key_pw = [s for s in spans if s[0] in ("KEY", "PASSWORD")]
    for m in EMAIL_RE.finditer(content, excerpt_len):
        a, b = m.span()
        if covered(spans, a, b):
            continue
        at = content.index("@", a)
        ok = any(e == at and (content[s - 1] == ":" or content[s - 2:s] == "//") for (_, _, s, e, _) in key_pw)
        assert ok, f"{rid}: uncovered e-mail shape {m.group()!r}"
    for m in IPV4_RE.finditer(content, excerpt_len):
        if all(int(x) <= 255 for x in m.groups()):
            assert covered(spans, *m.span()), f"{rid}: uncovered IPv4 {m.group()!r}"
    for m in IPV6_RE.finditer(content, excerpt_len):
        txt = m.group().strip(".")
        a = m.start() + m.group().index(txt) if txt else m.start()
        b = a + len(txt)
        if txt.count(":") < 2:
            continue
        try:
            addr = ipaddress.ip_address(txt)
            need = addr.is_global or txt.count(":") >= 3
        except ValueError:
            need = txt.count(":") >= 3 and not re.fullmatch(r"[0-9:.]+", txt)
        if need:
            assert covered(spans, a, b), f"{rid}: uncovered IPv6-shaped {txt!r}"
    if rec["lang"] == "json":
        json.loads(content)
    if rec["lang"] == "xml":
        xml.dom.minidom.parseString(content.encode("utf-8"))


def build(partial=False):
    names = [t[0] for t in TEMPLATES]
    assert len(names) == len(set(names)), "duplicate template names"
    for t in TEMPLATES:
        assert not re.search(r"«(?![cnwv]:)", t[2]), f"{t[0]}: placeholder in path"
    records = []
    origin = {}
    for c in CARRIERS:
        rec, content, spans, exlen = render_carrier(c)
        check_doc(rec, content, spans, exlen)
        records.append((rec, content, spans))
        origin[rec["id"]] = "real"
    for t in TEMPLATES:
        for n in range(4):
            rec, content, spans = render_template(t, n)
            check_doc(rec, content, spans)
            records.append((rec, content, spans))
            origin[rec["id"]] = "synthetic"
    ids = [r[0]["id"] for r in records]
    assert len(ids) == len(set(ids)), "duplicate ids"
    tags = collections.Counter()
    kinds = collections.Counter()
    looks = collections.Counter()
    langs = collections.Counter()
    by_origin = {"real": collections.Counter(), "synthetic": collections.Counter()}
    v6 = 0
    for rec, content, spans in records:
        langs[rec["lang"]] += 1
        for tag, kind, s, e, v in spans:
            if tag == "LOOK":
                looks[kind] += 1
                by_origin[origin[rec["id"]]]["LOOK"] += 1
            else:
                tags[tag] += 1
                kinds[f"{tag}:{kind}"] += 1
                by_origin[origin[rec["id"]]][tag] += 1
                if tag == "IP_ADDRESS" and ":" in v:
                    v6 += 1
    counts = {
        "documents": len(records),
        "templates": len(TEMPLATES),
        "tags": {k: tags[k] for k in ("EMAIL", "IP_ADDRESS", "KEY", "PASSWORD")},
        "labels": sum(tags.values()),
        "ipv6_labels": v6,
        "label_kinds": dict(sorted(kinds.items())),
        "lookalikes": sum(looks.values()),
        "lookalike_kinds": dict(sorted(looks.items())),
        "lang": dict(sorted(langs.items())),
        "by_origin": {o: {k: c[k] for k in ("EMAIL", "IP_ADDRESS", "KEY", "PASSWORD", "LOOK")}
                      for o, c in by_origin.items()},
    }
    if partial:
        print(json.dumps({k: counts[k] for k in ("documents", "templates", "tags", "labels", "ipv6_labels",
                                                   "lookalikes", "by_origin")}, indent=1))
        print("lookalike kinds:", len(looks), "ipv6 share: %.3f" % (v6 / max(1, tags["IP_ADDRESS"])))
        return None
    assert len(TEMPLATES) == 75 and len(records) == 75 * 4 + len(CARRIERS) == 306, len(records)
    assert tags["EMAIL"] >= 250 and tags["IP_ADDRESS"] >= 250, tags
    assert tags["KEY"] >= 330 and tags["PASSWORD"] >= 300, tags
    assert sum(looks.values()) >= 1000 and len(looks) >= 45, (sum(looks.values()), len(looks))
    assert v6 >= 0.12 * tags["IP_ADDRESS"], v6
    lines = []
    for rec, content, spans in records:
        obj = {
            "id": rec["id"], "lang": rec["lang"], "path": rec["path"], "content": content,
            "labels": [{"tag": t, "start": s, "end": e, "kind": k} for (t, k, s, e, _) in spans if t != "LOOK"],
            "lookalikes": [{"kind": k, "start": s, "end": e} for (t, k, s, e, _) in spans if t == "LOOK"],
        }
        lines.append(json.dumps(obj, ensure_ascii=False))
    data = "\n".join(lines) + "\n"
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        f.write(data)
    with open(os.path.join(HERE, "counts.json"), "w", encoding="utf-8", newline="\n") as f:
        f.write(json.dumps(counts, indent=1) + "\n")
    with open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8", newline="") as f:
        assert f.read() == data, "read-back differs"
    print(f"wrote {len(records)} documents; tags {dict(tags)}; ipv6 {v6}; look-alikes {sum(looks.values())} "
          f"of {len(looks)} kinds")
    print("labels.jsonl sha256", hashlib.sha256(data.encode()).hexdigest())
    return counts


def show(name, allr=False):
    t = [x for x in TEMPLATES if x[0] == name][0]
    for n in range(4 if allr else 1):
        rec, content, spans = render_template(t, n)
        print(f"=== {rec['id']} {rec['lang']} {rec['path']}")
        m = gen_h52.fill(t[3], random.Random(f"{SEED}:{name}:{n}"))
        m = re.sub(MS + r"([^|]*)\|([^" + MM + "]*)" + MM, lambda x: f"[{x.group(1)}:{x.group(2)}]{{", m)
        print(m.replace(ME, "}"))


def extract(unpack):
    for pkg, fname, _r, _l, _d, _k in CARRIERS:
        src = [os.path.join(unpack, d, fname) for d in os.listdir(unpack) if d.lower().startswith(pkg.lower())]
        dst = os.path.join(HERE, "sources", pkg, fname)
        os.makedirs(os.path.dirname(dst), exist_ok=True)
        shutil.copyfile(src[0], dst)
    for pkg, lic in LICENCES.items():
        src = [os.path.join(unpack, d, lic) for d in os.listdir(unpack) if d.lower().startswith(pkg.lower())]
        shutil.copyfile(src[0], os.path.join(HERE, "sources", pkg, lic))


if __name__ == "__main__":
    a = sys.argv[1:]
    if "--only" in a:
        show(a[a.index("--only") + 1], "--all" in a)
    elif "--extract" in a:
        extract(a[a.index("--extract") + 1])
    else:
        build(partial="--partial" in a)
