"""Build held-out set 33 (labels.jsonl, counts.json). Written from scratch for this set.

Standard library only; never imports codelm. Each template is rendered three times with
random.Random(f"codelm-redact-heldout-33:{template}:{n}"), the private-use markers are stripped and the spans
recorded. Usage:
    python make_heldout_33.py            # strict: needs all 110 templates and the 20 carriers in sources/
    python make_heldout_33.py --partial  # work in progress: any number of templates, no carriers required
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

import gen_h33  # noqa: E402
import templates_h33  # noqa: E402

M0, M1, M2 = gen_h33.M0, gen_h33.M1, gen_h33.M2
TAGS = ("EMAIL", "IP_ADDRESS", "KEY", "PASSWORD")
N_TEMPLATES = 110
N_RENDER = 3
SEED = "codelm-redact-heldout-33"

# Carriers: (package, version, path inside the sdist, lang, comment style, snippet key vendor).
# Excerpts live in sources/<package>/<path> (first EXCERPT_MAX characters, cut back to the end of a line).
# 20 carriers from 5 packages (chosen by the first helper of this set; one replaced by the second helper; see README).
EXCERPT_MAX = 3500
CARRIERS = [
    ("orgparse", "0.5.20260926", "src/orgparse/tests/data/00_simple.org", "org", "hash", "eventor"),
    ("orgparse", "0.5.20260926", "src/orgparse/tests/data/01_attributes.org", "org", "hash", "weatherlink"),
    ("orgparse", "0.5.20260926", "src/orgparse/tests/data/05_tags.org", "org", "hash", "hivetracks"),
    ("dtschema", "2026.9", "test/device.dts", "devicetree", "slash", "eventor"),
    ("dtschema", "2026.9", "test/child-node.dts", "devicetree", "cblock", "weatherlink"),
    ("dtschema", "2026.9", "test/simple-bus-pass.dts", "devicetree", "slash", "hivetracks"),
    ("dtschema", "2026.9", "test/schemas/good-example.yaml", "yaml", "hash", "eventor"),
    ("dtschema", "2026.9", "example-schema.yaml", "yaml", "hash", "weatherlink"),
    ("orgparse", "0.5.20260926", ".ci/cliff.toml", "toml", "hash", "hivetracks"),
    ("pylatexenc", "2.11", "test/test_input_1.tex", "latex", "percent", "eventor"),
    ("commonmark", "0.9.2", "CHANGELOG.md", "markdown", "html", "hivetracks"),
    ("orgparse", "0.5.20260926", "src/orgparse/tests/data/04_logbook.org", "org", "hash", "weatherlink"),
    ("dtschema", "2026.9", "test/conditionals-allof-pass.dts", "devicetree", "slash", "hivetracks"),
    ("dtschema", "2026.9", "test/schemas/child-node-example.yaml", "yaml", "hash", "eventor"),
    ("alabaster", "1.0.0", "alabaster/theme.conf", "ini", "hash", "weatherlink"),
    ("alabaster", "1.0.0", "alabaster/static/alabaster.css_t", "css", "cblock", "hivetracks"),
    ("alabaster", "1.0.0", "alabaster/about.html", "html", "html", "eventor"),
    ("alabaster", "1.0.0", "alabaster/layout.html", "html", "html", "weatherlink"),
    ("alabaster", "1.0.0", "alabaster/static/github-banner.svg", "svg", "html", "hivetracks"),
    ("alabaster", "1.0.0", "alabaster/relations.html", "html", "jinja", "weatherlink"),
]
LICENCE_FILES = {"orgparse": "LICENSE", "dtschema": "LICENSE.txt",
                 "pylatexenc": "LICENSE.txt", "commonmark": "LICENSE", "alabaster": "LICENSE.rst"}
# Every e-mail / IPv4 shape found in the stored excerpts, reviewed: shape -> (tag or LOOK, kind, expected count).
# Filled from `python make_heldout_33.py --shapes`; the build stops on an unreviewed shape or a wrong count.
CARRIER_REVIEW = {"robh@kernel.org": ("EMAIL", "carrier_email", 3)}  # dt-schema maintainer, in `maintainers:`
NO_FINAL_NEWLINE = {"dtschema/test/device.dts"}  # file has no final newline
# Excerpts with CRLF line endings (the snippet follows suit). Empty since the second helper replaced the RFC 5234
# ABNF carrier (abnf/tests/rfc5234.grammar, CRLF) by orgparse's .ci/cliff.toml (licence question; see README).
CRLF_EXCERPTS = set()

RESERVED_SUFFIXES = (".example", ".test", ".invalid", ".localhost")
RESERVED_DOMAINS = ("example.com", "example.net", "example.org", "localhost")
EMAIL_RE = re.compile(r"[A-Za-z0-9._%+'-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}")
IPV4_RE = re.compile(r"(?<![\d.])(?:\d{1,3}\.){3}\d{1,3}(?![\d.])")
MARK_RE = re.compile(M0 + r"([A-Z_]+)\|([A-Za-z0-9_]+)" + M1 + r"(.*?)" + M2, re.S)


def is_reserved_domain(dom):
    dom = dom.lower()
    return dom in RESERVED_DOMAINS or dom.endswith(RESERVED_SUFFIXES) or \
        any(dom.endswith("." + d) for d in RESERVED_DOMAINS)


def strip_markers(marked):
    """Return (text, labels, lookalikes) from marked text."""
    out, labels, looks = [], [], []
    pos = 0
    length = 0
    for m in MARK_RE.finditer(marked):
        pre = marked[pos:m.start()]
        out.append(pre)
        length += len(pre)
        tag, kind, val = m.group(1), m.group(2), m.group(3)
        assert M0 not in val and M1 not in val and M2 not in val, ("nested marker", kind)
        start, end = length, length + len(val)
        out.append(val)
        length = end
        if tag == "LOOK":
            looks.append({"start": start, "end": end, "kind": kind})
        else:
            assert tag in TAGS, tag
            labels.append({"tag": tag, "start": start, "end": end, "kind": kind})
        pos = m.end()
    out.append(marked[pos:])
    text = "".join(out)
    return text, labels, looks


def remark(text, labels, looks):
    spans = [(l["start"], l["end"], f"{l['tag']}|{l['kind']}") for l in labels] + \
        [(l["start"], l["end"], f"LOOK|{l['kind']}") for l in looks]
    spans.sort()
    out, pos = [], 0
    for s, e, head in spans:
        out.append(text[pos:s])
        out.append(f"{M0}{head}{M1}{text[s:e]}{M2}")
        pos = e
    out.append(text[pos:])
    return "".join(out)


def check_doc(doc, marked, template_name):
    text, labels, looks = doc["content"], doc["labels"], doc["lookalikes"]
    did = doc["id"]
    assert labels, ("no labels", did)
    assert remark(text, labels, looks) == marked, ("round trip", did)
    for ch in (M0, M1, M2):
        assert ch not in text, ("marker left", did)
    assert not re.search(r"\\ue00[012]", text, re.I), ("escaped marker", did)
    spans = sorted([(l["start"], l["end"]) for l in labels + looks])
    for (s, e) in spans:
        v = text[s:e]
        assert 0 <= s < e <= len(text), ("span", did)
        assert v == v.strip() and "\n" not in v, ("padded or multi-line span", did, v)
    for (s1, e1), (s2, e2) in zip(spans, spans[1:]):
        assert e1 <= s2, ("overlap", did, text[s1:e1], text[s2:e2])
    for l in labels:
        v = text[l["start"]:l["end"]]
        if l["tag"] == "IP_ADDRESS":
            a = ipaddress.ip_address(v)
            assert a.is_global and not a.is_multicast, ("ip not global", did, v)
            if a.version == 4:
                assert not v.startswith("100."), (did, v)
        elif l["tag"] == "EMAIL":
            assert EMAIL_RE.fullmatch(v), ("bad email", did, v)
            assert not is_reserved_domain(v.rsplit("@", 1)[1]), ("reserved email labelled", did, v)
        elif l["tag"] == "PASSWORD":
            assert "@" not in v, ("@ in password", did, v)
            if not v.isascii():
                assert template_name.startswith("note_") and l["kind"] == "pw_native", ("non-ascii pw", did, v)
    for l in looks:
        v = text[l["start"]:l["end"]]
        if l["kind"].endswith("_ip") or l["kind"].endswith("_ipv6"):
            a = ipaddress.ip_address(v)
            assert not a.is_global, ("look-alike ip is global", did, v)
        if l["kind"] == "reserved_email":
            assert is_reserved_domain(v.rsplit("@", 1)[1]), ("reserved_email not reserved", did, v)
    # every e-mail / IPv4 shape lies inside a label or look-alike (a span ending at the shape's '@' counts)
    covered = spans
    for rx in (EMAIL_RE, IPV4_RE):
        for m in rx.finditer(text):
            s, e = m.start(), m.end()
            if rx is IPV4_RE:
                try:
                    ipaddress.IPv4Address(m.group())
                except ValueError:
                    continue
            ok = any(cs <= s and e <= ce for cs, ce in covered) or \
                any(cs >= s and ce <= e and cs < ce for cs, ce in covered)
            assert ok, ("unlabelled shape", did, m.group())
    if doc["lang"] in ("json", "ipynb"):
        json.loads(text)
    if doc["lang"] in ("xml", "opml", "svg", "gpx"):
        xml.dom.minidom.parseString(text.encode("utf-8"))


def cut(text):
    if len(text) <= EXCERPT_MAX:
        return text
    t = text[:EXCERPT_MAX]
    return t[:t.rindex("\n") + 1]


def carrier_id(pkg, path):
    return f"h33-real-{pkg}-{path.replace('/', '-')}"


def snippet(g, style, vendor):
    key = {"eventor": lambda: g.hex(32), "weatherlink": lambda: g.lower_alnum(32),
           "hivetracks": lambda: g.alnum(40)}[vendor]()
    dom = g.pick(["tidewatch.club", "quayside-rowing.org.uk", "slipway-sailing.ie"])
    lines = [
        "tidewatch mirror (harbour tide logger); these lines were added for the club mirror",
        f"upstream {gen_h33.lab('IP_ADDRESS', 'snippet_ipv4', g.ipv4())}, "
        f"v6 {gen_h33.lab('IP_ADDRESS', 'snippet_ipv6', g.ipv6())}",
        f"maintainer {gen_h33.lab('EMAIL', 'snippet_email', g.email(dom))}",
        f"mirror password {gen_h33.lab('PASSWORD', 'snippet_password', g.pw('plain'))}",
        f"{vendor} key {gen_h33.lab('KEY', 'snippet_' + vendor + '_key', key)}",
        f"docs example: {gen_h33.look('documentation_ip', g.testnet_ip())} / "
        f"{gen_h33.look('reserved_email', g.reserved_email())}, tool {gen_h33.look('version', g.version())}, "
        f"rev {gen_h33.look('short_sha', g.short_sha())}",
    ]
    if style == "cblock":
        return "/*\n" + "".join(f" * {l}\n" for l in lines) + " */\n"
    if style == "html":
        return "".join(f"<!-- {l} -->\n" for l in lines)
    if style == "jinja":
        return "".join(f"{{# {l} #}}\n" for l in lines)
    prefix = {"hash": "# ", "slash": "// ", "semicolon": "; ", "percent": "% "}[style]
    return "".join(prefix + l + "\n" for l in lines)


def shapes_in(text):
    out = collections.Counter()
    for m in EMAIL_RE.finditer(text):
        out[m.group()] += 1
    for m in IPV4_RE.finditer(text):
        try:
            ipaddress.IPv4Address(m.group())
        except ValueError:
            continue
        out[m.group()] += 1
    return out


def mark_excerpt(excerpt, used):
    """Wrap reviewed shapes of the excerpt in markers (labels or look-alikes)."""
    def rep(m):
        v = m.group()
        if v not in CARRIER_REVIEW:
            raise AssertionError(("unreviewed carrier shape", v))
        tag, kind, _n = CARRIER_REVIEW[v]
        used[v] += 1
        return gen_h33.look(kind, v) if tag == "LOOK" else gen_h33.lab(tag, kind, v)
    if not CARRIER_REVIEW:
        assert not shapes_in(excerpt), ("excerpt has shapes; review them", shapes_in(excerpt))
        return excerpt
    rx = re.compile("|".join(re.escape(k) for k in sorted(CARRIER_REVIEW, key=len, reverse=True)))
    return rx.sub(rep, excerpt)


def build_carriers():
    docs = []
    used = collections.Counter()
    for pkg, _ver, path, lang, style, vendor in CARRIERS:
        src = os.path.join(HERE, "sources", pkg, path)
        with open(src, encoding="utf-8", newline="") as f:
            excerpt = f.read()
        crlf = f"{pkg}/{path}" in CRLF_EXCERPTS
        assert ("\r" in excerpt) == crlf, src
        if crlf:
            assert "\r" not in excerpt.replace("\r\n", ""), src
        assert excerpt.endswith("\n") or f"{pkg}/{path}" in NO_FINAL_NEWLINE, src
        assert not (excerpt.endswith("\n") and f"{pkg}/{path}" in NO_FINAL_NEWLINE), src
        rng = random.Random(f"{SEED}:carrier:{pkg}/{path}")
        marked_ex = mark_excerpt(excerpt, used)
        nl = "\r\n" if crlf else "\n"
        snip = snippet(gen_h33.G(rng), style, vendor).replace("\n", nl)
        marked = marked_ex + (nl if excerpt.endswith("\n") else nl + nl) + snip
        text, labels, looks = strip_markers(marked)
        assert text.startswith(excerpt)
        doc = {"id": carrier_id(pkg, path), "lang": lang, "path": f"{pkg}/{path}", "group": "real carrier",
               "content": text, "labels": labels, "lookalikes": looks}
        check_doc(doc, marked, "carrier")
        docs.append(doc)
    for v, (_t, _k, n) in CARRIER_REVIEW.items():
        assert used[v] == n, ("review count", v, used[v], n)
    return docs


def extract(unpacked_dir):
    """Recut excerpts and copy licence files from sdists unpacked in DIR (<name>-<version> folders)."""
    sums = []
    sdist_dir = os.path.join(os.path.dirname(os.path.abspath(unpacked_dir)), "SDISTS")
    for pkg, ver, path, _lang, _style, _vendor in CARRIERS:
        root = os.path.join(unpacked_dir, f"{pkg}-{ver}")
        with open(os.path.join(root, path), encoding="utf-8", newline="") as f:
            text = cut(f.read())
        dst = os.path.join(HERE, "sources", pkg, path)
        os.makedirs(os.path.dirname(dst), exist_ok=True)
        with open(dst, "w", encoding="utf-8", newline="") as f:
            f.write(text)
        lic = LICENCE_FILES[pkg]
        shutil.copyfile(os.path.join(root, lic), os.path.join(HERE, "sources", pkg, lic))
    for fn in sorted(os.listdir(sdist_dir)):
        with open(os.path.join(sdist_dir, fn), "rb") as f:
            sums.append(f"{hashlib.sha256(f.read()).hexdigest()}  {fn}\n")
    with open(os.path.join(HERE, "sources", "SHA256SUMS"), "w", encoding="utf-8", newline="\n") as f:
        f.write("".join(sums))


def list_shapes():
    for pkg, _ver, path, *_ in CARRIERS:
        with open(os.path.join(HERE, "sources", pkg, path), encoding="utf-8", newline="") as f:
            for v, n in sorted(shapes_in(f.read()).items()):
                print(f"{pkg}/{path}\t{v}\t{n}")


def build(partial=False):
    docs = []
    tmpl = templates_h33.TEMPLATES
    names = [t[0] for t in tmpl]
    assert len(names) == len(set(names)), "duplicate template names"
    if not partial:
        assert len(tmpl) == N_TEMPLATES, len(tmpl)
        assert len(CARRIERS) == 20, len(CARRIERS)
    for name, group, lang, path, fn in tmpl:
        for n in range(N_RENDER):
            rng = random.Random(f"{SEED}:{name}:{n}")
            marked = fn(gen_h33.G(rng))
            text, labels, looks = strip_markers(marked)
            doc = {"id": f"h33-syn-{name}-{n}", "lang": lang, "path": path, "group": group, "content": text,
                   "labels": labels, "lookalikes": looks}
            check_doc(doc, marked, name)
            docs.append(doc)
    if os.path.isdir(os.path.join(HERE, "sources")):
        docs = build_carriers() + docs
    ids = [d["id"] for d in docs]
    assert len(ids) == len(set(ids))
    if not partial:
        assert len(docs) == 350, len(docs)
    return docs


def counts(docs):
    c = {"documents": len(docs), "by_group": collections.Counter(), "tags": collections.Counter(),
         "label_kinds": collections.Counter(), "lookalike_kinds": collections.Counter(),
         "tag_by_group": collections.Counter(), "langs": collections.Counter(), "lookalikes": 0}
    for d in docs:
        c["by_group"][d["group"]] += 1
        c["langs"][d["lang"]] += 1
        for l in d["labels"]:
            c["tags"][l["tag"]] += 1
            c["label_kinds"][f"{l['tag']}:{l['kind']}"] += 1
            c["tag_by_group"][f"{l['tag']}|{d['group']}"] += 1
        for l in d["lookalikes"]:
            c["lookalike_kinds"][l["kind"]] += 1
            c["lookalikes"] += 1
    return {k: (dict(sorted(v.items())) if isinstance(v, collections.Counter) else v) for k, v in c.items()}


def main():
    if "--extract" in sys.argv:
        extract(sys.argv[sys.argv.index("--extract") + 1])
        return
    if "--shapes" in sys.argv:
        list_shapes()
        return
    partial = "--partial" in sys.argv
    docs = build(partial)
    out = os.path.join(HERE, "labels.jsonl")
    lines = []
    for d in docs:
        rec = {k: d[k] for k in ("id", "lang", "path", "content", "labels", "lookalikes")}
        lines.append(json.dumps(rec, ensure_ascii=False, sort_keys=False))
    data = "\n".join(lines) + "\n"
    with open(out, "w", encoding="utf-8", newline="\n") as f:
        f.write(data)
    with open(out, encoding="utf-8") as f:
        assert f.read() == data
    cnt = counts(docs)
    with open(os.path.join(HERE, "counts.json"), "w", encoding="utf-8", newline="\n") as f:
        f.write(json.dumps(cnt, indent=1, ensure_ascii=False, sort_keys=True) + "\n")
    print(f"{len(docs)} documents, tags {cnt['tags']}, lookalikes {cnt['lookalikes']}",
          "(PARTIAL)" if partial else "")
    print("labels.jsonl sha256", hashlib.sha256(data.encode()).hexdigest())


if __name__ == "__main__":
    main()
