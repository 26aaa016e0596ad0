"""Build the thirty-fourth held-out redaction set (labels.jsonl, counts.json).

Standard library only; never imports codelm. Usage:
  python make_heldout_34.py              strict build (all assertions, exact counts)
  python make_heldout_34.py --partial    build what exists, skipping only the exact-count assertions
  python make_heldout_34.py --shapes     list e-mail and IPv4 shapes in the stored excerpts
  python make_heldout_34.py --extract DIR  re-cut excerpts and licence files from sdists unpacked in DIR
"""
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

import gen_h34  # noqa: E402
import templates_h34  # noqa: E402
from gen_h34 import G, M0, M1, M2  # noqa: E402

SEED = "codelm-redact-heldout-34"
N_TEMPLATES, N_CARRIERS, N_RENDER = 110, 20, 3
TAGS = ("EMAIL", "IP_ADDRESS", "KEY", "PASSWORD")
RESERVED_SUFFIXES = (".example", ".test", ".invalid", ".localhost")
RESERVED_DOMAINS = ("example.com", "example.net", "example.org", "localhost")
EXCERPT_MAX = 3500

# ---------------------------------------------------------------------------------------------------------------
# Real carriers: (package, version, path in the sdist, lang, comment style, key kind)
# filled in by the carrier step; each excerpt is stored in sources/<package>/<path>
CARRIERS = templates_h34.CARRIERS
LICENCES = templates_h34.LICENCES          # package -> licence file path inside the sdist
CRLF_EXCERPTS = set()
NO_FINAL_NEWLINE = templates_h34.NO_FINAL_NEWLINE
CARRIER_REVIEW = templates_h34.CARRIER_REVIEW  # (package/path, shape) -> (tag or LOOK, kind, expected count)

EMAIL_SHAPE = re.compile(r"[A-Za-z0-9._%+\-]+@[A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)*\.[A-Za-z]{2,}")
IPV4_SHAPE = re.compile(r"(?<![\d.])(?:\d{1,3}\.){3}\d{1,3}(?![\d.])")
IPV6_SHAPE = re.compile(r"(?<![0-9A-Fa-f:])[0-9A-Fa-f]{0,4}(?::[0-9A-Fa-f]{0,4}){2,7}(?![0-9A-Fa-f:])")


def cut(text):
    if len(text) <= EXCERPT_MAX:
        return text
    head = text[:EXCERPT_MAX]
    return head[: head.rfind("\n") + 1]


def strip_markers(marked):
    """Return (plain text, labels, lookalikes) from marked text."""
    out, labels, looks = [], [], []
    pos, i = 0, 0
    while True:
        j = marked.find(M0, i)
        if j < 0:
            out.append(marked[i:])
            break
        out.append(marked[i:j])
        pos += j - i
        k = marked.index(M1, j)
        e = marked.index(M2, k)
        tag, kind = marked[j + 1:k].split("|")
        value = marked[k + 1:e]
        assert M0 not in value and M1 not in value, ("nested marker", value)
        span = {"start": pos, "end": pos + len(value)}
        if tag == "LOOK":
            looks.append({"kind": kind, **span})
        else:
            assert tag in TAGS, tag
            labels.append({"tag": tag, **span, "kind": kind})
        out.append(value)
        pos += len(value)
        i = e + 1
    text = "".join(out)
    return text, labels, looks


def remark(text, labels, looks):
    items = [(l["start"], l["end"], l["tag"], l["kind"]) for l in labels]
    items += [(l["start"], l["end"], "LOOK", l["kind"]) for l in looks]
    items.sort()
    out, i = [], 0
    for s, e, tag, kind in items:
        out.append(text[i:s])
        out.append(f"{M0}{tag}|{kind}{M1}{text[s:e]}{M2}")
        i = e
    out.append(text[i:])
    return "".join(out)


def is_reserved_domain(dom):
    dom = dom.lower()
    if dom in RESERVED_DOMAINS:
        return True
    if any(dom.endswith("." + d) for d in RESERVED_DOMAINS[:3]):
        return True
    return any(dom.endswith(s) for s in RESERVED_SUFFIXES) or dom in {s[1:] for s in RESERVED_SUFFIXES}


def check_doc(doc, marked, template_name):
    text, labels, looks = doc["content"], doc["labels"], doc["lookalikes"]
    did = doc["id"]
    assert labels, ("no label", did)
    assert remark(text, labels, looks) == marked, ("round trip", did)
    assert not any(c in text for c in (M0, M1, M2)), ("marker left", did)
    assert not re.search(r"\\ue00[0-2]", text, re.I), ("escaped marker", did)
    spans = sorted([(l["start"], l["end"]) for l in labels + looks])
    for (s, e) in spans:
        v = text[s:e]
        assert 0 <= s < e <= len(text), ("span", did, s, e)
        assert v == v.strip(), ("padded", did, v)
        assert "\n" not in v and "\r" not in v, ("multi-line", did, v)
    for a, b in zip(spans, spans[1:]):
        assert a[1] <= b[0], ("overlap", did, text[a[0]:a[1]], text[b[0]:b[1]])
    for l in labels:
        v = text[l["start"]:l["end"]]
        if l["tag"] == "IP_ADDRESS":
            ip = ipaddress.ip_address(v)
            assert ip.is_global and not ip.is_multicast, ("non-global IP label", did, v)
            assert not (ip.version == 4 and v.startswith("100.")), ("100/8", did, v)
        elif l["tag"] == "EMAIL":
            assert re.fullmatch(r"[A-Za-z0-9._%+\-]+@[A-Za-z0-9\-]+(\.[A-Za-z0-9\-]+)*\.[A-Za-z]{2,}", v), ("email", did, v)
            assert not is_reserved_domain(v.split("@", 1)[1]), ("reserved email label", did, v)
        elif l["tag"] == "PASSWORD":
            assert "@" not in v, ("@ in password", did, v)
            if not v.isascii():
                assert template_name.startswith("note_") and l["kind"] == "pw_native", ("non-ascii pw", did, v)
        elif l["tag"] == "KEY":
            assert len(v) >= 6, ("short key", did, v)
    for l in looks:
        v = text[l["start"]:l["end"]]
        if l["kind"].endswith("_ip") or l["kind"].endswith("_ipv6"):
            assert not ipaddress.ip_address(v).is_global, ("global IP look-alike", did, v)
        if l["kind"] == "reserved_email":
            assert is_reserved_domain(v.split("@", 1)[1]), ("reserved_email not reserved", did, v)
    covered = spans

    def inside(s, e, at=None):
        for a, b in covered:
            if a <= s and e <= b:
                return True
            if at is not None and a <= s and b == at:
                return True
        return False

    for m in EMAIL_SHAPE.finditer(text):
        at = m.start() + m.group(0).index("@")
        assert inside(m.start(), m.end(), at) or inside(at + 1, m.end()), ("email shape", did, m.group(0))
    for m in IPV4_SHAPE.finditer(text):
        try:
            ipaddress.IPv4Address(m.group(0))
        except ValueError:
            continue
        assert inside(m.start(), m.end()), ("IPv4 shape", did, m.group(0))
    for m in IPV6_SHAPE.finditer(text):
        v = m.group(0)
        if v.count(":") < 2 or not re.search(r"[0-9A-Fa-f]", v):
            continue
        try:
            ip = ipaddress.IPv6Address(v)
        except ValueError:
            continue
        if ip.is_global or v.count(":") >= 3:
            assert inside(m.start(), m.end()), ("IPv6 shape", did, v)
    lang = doc["lang"]
    if lang in ("json", "ipynb", "jsonc_strict", "lottie", "ldtk"):
        json.loads(text)
    if lang == "jsonl":
        for line in text.splitlines():
            if line.strip():
                json.loads(line)
    if lang in ("xml", "svg", "xaml", "docbook", "dita", "tei", "jats", "ttml", "mei", "atom", "wsdl",
                "xspf", "sbml", "xmlrpc", "glade", "msbuild", "logback", "nlog", "asx", "beast", "vrt",
                "mapnik", "hydrogen", "ardour", "nuspec", "confluence"):
        xml.dom.minidom.parseString(text.encode("utf-8"))


def render_templates(partial):
    docs = []
    names = [t.name for t in templates_h34.TEMPLATES]
    assert len(names) == len(set(names)), "duplicate template names"
    if not partial:
        assert len(names) == N_TEMPLATES, ("templates", len(names))
    for t in templates_h34.TEMPLATES:
        for n in range(N_RENDER):
            rng = random.Random(f"{SEED}:{t.name}:{n}")
            g = G(rng)
            marked = t.fn(g)
            text, labels, looks = strip_markers(marked)
            doc = {"id": f"h34-syn-{t.name}-{n}", "lang": t.lang, "path": t.path, "content": text,
                   "labels": labels, "lookalikes": looks}
            check_doc(doc, marked, t.name)
            docs.append((doc, t.group))
    return docs


def carrier_docs(partial):
    docs = []
    review_used = collections.Counter()
    for c in CARRIERS:
        pkg, ver, path, lang, style, keykind = c
        src = os.path.join(HERE, "sources", pkg, path)
        with open(src, encoding="utf-8", newline="") as f:
            excerpt = f.read()
        assert ("\r" in excerpt) == (f"{pkg}/{path}" in CRLF_EXCERPTS), ("CR rule", pkg, path)
        ends_nl = excerpt.endswith("\n")
        assert ends_nl != (f"{pkg}/{path}" in NO_FINAL_NEWLINE), ("final newline rule", pkg, path)
        pre = excerpt if ends_nl else excerpt + "\n\n"
        marked_ex = pre
        # reviewed shapes inside the excerpt
        for (key, shape), (tag, kind, count) in CARRIER_REVIEW.items():
            if key != f"{pkg}/{path}":
                continue
            assert excerpt.count(shape) == count, ("review count", key, shape)
            wrapped = f"{M0}{tag}|{kind}{M1}{shape}{M2}"
            marked_ex = marked_ex.replace(shape, wrapped)
            review_used[(key, shape)] += count
        rng = random.Random(f"{SEED}:carrier:{pkg}/{path}")
        g = G(rng)
        snippet = templates_h34.carrier_snippet(g, style, keykind)
        marked = marked_ex + snippet
        text, labels, looks = strip_markers(marked)
        assert text.startswith(excerpt), ("excerpt prefix", pkg, path)
        doc = {"id": f"h34-real-{pkg}-{path.replace('/', '-')}", "lang": lang, "path": f"{pkg}/{path}",
               "content": text, "labels": labels, "lookalikes": looks}
        check_doc(doc, marked, "carrier")
        docs.append((doc, "real carrier"))
    for k, (tag, kind, count) in CARRIER_REVIEW.items():
        assert review_used[k] == count, ("review entry unused", k)
    if not partial:
        assert len(docs) == N_CARRIERS, ("carriers", len(docs))
    return docs


def shapes():
    for c in CARRIERS:
        pkg, ver, path = c[:3]
        with open(os.path.join(HERE, "sources", pkg, path), encoding="utf-8", newline="") as f:
            t = f.read()
        for m in EMAIL_SHAPE.finditer(t):
            print(f"{pkg}/{path}\tEMAIL\t{m.group(0)}")
        for m in IPV4_SHAPE.finditer(t):
            print(f"{pkg}/{path}\tIPV4\t{m.group(0)}")
        for m in IPV6_SHAPE.finditer(t):
            v = m.group(0)
            try:
                ipaddress.IPv6Address(v)
            except ValueError:
                continue
            print(f"{pkg}/{path}\tIPV6\t{v}")


def extract(unpack):
    sdists = os.path.join(os.path.dirname(os.path.abspath(unpack)), "SDISTS")
    used = sorted({(c[0], c[1]) for c in CARRIERS})
    shutil.rmtree(os.path.join(HERE, "sources"), ignore_errors=True)
    for pkg, ver in used:
        root = os.path.join(unpack, f"{pkg}-{ver}")
        if not os.path.isdir(root):
            root = os.path.join(unpack, f"{pkg.replace('-', '_')}-{ver}")
        for c in CARRIERS:
            if c[0] != pkg:
                continue
            with open(os.path.join(root, c[2]), encoding="utf-8", newline="") as f:
                ex = cut(f.read())
            dst = os.path.join(HERE, "sources", pkg, c[2])
            os.makedirs(os.path.dirname(dst), exist_ok=True)
            with open(dst, "w", encoding="utf-8", newline="") as f:
                f.write(ex)
        lic = LICENCES[pkg]
        dst = os.path.join(HERE, "sources", pkg, lic)
        os.makedirs(os.path.dirname(dst), exist_ok=True)
        shutil.copyfile(os.path.join(root, lic), dst)
    files = sorted(os.listdir(sdists))
    want = sorted(f"{p.replace('-', '_') if p == 'python-docx' else p}-{v}.tar.gz" for p, v in used)
    assert files == want, ("SDISTS must hold exactly the used sdists", files, want)
    with open(os.path.join(HERE, "sources", "SHA256SUMS"), "w") as f:
        for fn in files:
            with open(os.path.join(sdists, fn), "rb") as g:
                f.write(f"{hashlib.sha256(g.read()).hexdigest()}  {fn}\n")


def main():
    args = sys.argv[1:]
    if args[:1] == ["--shapes"]:
        return shapes()
    if args[:1] == ["--extract"]:
        return extract(args[1])
    partial = "--partial" in args
    docs = render_templates(partial) + carrier_docs(partial)
    ids = [d["id"] for d, _ in docs]
    assert len(ids) == len(set(ids)), "duplicate ids"
    if not partial:
        assert len(docs) == N_TEMPLATES * N_RENDER + N_CARRIERS, len(docs)
    lines = [json.dumps(d, ensure_ascii=False, sort_keys=False) for d, _ in docs]
    out = os.path.join(HERE, "labels.jsonl")
    with open(out, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")
    with open(out, encoding="utf-8") as f:
        back = [json.loads(x) for x in f.read().splitlines()]
    assert back == [d for d, _ in docs], "read-back"
    c_tag = collections.Counter()
    c_kind = collections.Counter()
    c_look = collections.Counter()
    c_class = collections.Counter()
    c_class_tag = collections.Counter()
    c_lang = collections.Counter()
    for d, grp in docs:
        c_class[grp] += 1
        c_lang[d["lang"]] += 1
        for l in d["labels"]:
            c_tag[l["tag"]] += 1
            c_kind[f"{l['tag']}:{l['kind']}"] += 1
            c_class_tag[f"{l['tag']}|{grp}"] += 1
        for l in d["lookalikes"]:
            c_look[l["kind"]] += 1
    ipv6 = sum(1 for d, _ in docs for l in d["labels"]
               if l["tag"] == "IP_ADDRESS" and ":" in d["content"][l["start"]:l["end"]])
    counts = {
        "documents": len(docs),
        "synthetic": sum(1 for d, _ in docs if d["id"].startswith("h34-syn-")),
        "real": sum(1 for d, _ in docs if d["id"].startswith("h34-real-")),
        "labels": {t: c_tag[t] for t in TAGS},
        "ipv6_labels": ipv6,
        "lookalikes": sum(c_look.values()),
        "documents_by_class": dict(sorted(c_class.items())),
        "labels_by_class": dict(sorted(c_class_tag.items())),
        "label_kinds": dict(sorted(c_kind.items())),
        "lookalike_kinds": dict(sorted(c_look.items())),
        "langs": dict(sorted(c_lang.items())),
    }
    with open(os.path.join(HERE, "counts.json"), "w", encoding="utf-8", newline="\n") as f:
        f.write(json.dumps(counts, indent=1, ensure_ascii=False) + "\n")
    print(json.dumps({k: counts[k] for k in ("documents", "labels", "ipv6_labels", "lookalikes")}))


if __name__ == "__main__":
    main()
