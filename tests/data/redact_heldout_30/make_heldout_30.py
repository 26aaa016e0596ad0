#!/usr/bin/env python3
"""Builds held-out set 30 for the PII/secret redactor.

    python make_heldout_30.py              # write labels.jsonl and counts.json
    python make_heldout_30.py --extract DIR  # recut excerpts from sdists unpacked in DIR (hashes from DIR/../SDISTS)
    python make_heldout_30.py --shapes     # list e-mail and IPv4 shapes in the stored excerpts (review aid)

Standard library only; never imports codelm.
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

from gen_h30 import G, M, LK, S, MID, E  # noqa: E402
import templates_h30  # noqa: E402

SEED = "codelm-redact-heldout-30"
N_RENDER = 3
MAX_EXCERPT = 3500
SOURCES = os.path.join(HERE, "sources")

# (sdist folder, path in sdist, lang, snippet style, licence files)
CARRIERS = [
    ("Cheetah3-3.2.6.post1", "Cheetah/Tools/MondoReportDoc.txt", "text", "prose", ["LICENSE"]),
    ("Cheetah3-3.2.6.post1", "Cheetah/c/_filters.h", "c", "c", ["LICENSE"]),
    ("Cheetah3-3.2.6.post1", "docs/make.bat", "batch", "batch", ["LICENSE"]),
    ("authres-1.2.0", "CHANGES", "text", "prose", ["COPYING"]),
    ("authres-1.2.0", "README", "text", "prose_headers", ["COPYING"]),
    ("cmd2-4.3.1", "examples/tmux_launch.sh", "shell", "shell", ["LICENSE"]),
    ("cmd2-4.3.1", "codecov.yml", "yaml", "yaml", ["LICENSE"]),
    ("cmd2-4.3.1", "ruff.toml", "toml", "toml", ["LICENSE"]),
    ("cmd2-4.3.1", "docs/overrides/main.html", "html", "html", ["LICENSE"]),
    ("copier-9.19.1", ".github/ISSUE_TEMPLATE/problem.yml", "yaml", "yaml_issue", ["LICENSE"]),
    ("mistletoe-1.6.0", "test/samples/jquery.md", "markdown", "markdown", ["LICENSE"]),
    ("pyserial-3.5", "examples/wxTerminal.wxg", "xml", "xml", ["LICENSE.txt"]),
    ("pyserial-3.5", "documentation/url_handlers.rst", "rst", "rst", ["LICENSE.txt"]),
    ("pyserial-3.5", "documentation/Makefile", "makefile", "makefile", ["LICENSE.txt"]),
    ("rcssmin-1.3.0", "tests/yui/font-face.css", "css", "css", ["LICENSE"]),
    ("sqlfluff-4.5.0", "src/sqlfluff/core/default_config.cfg", "ini", "ini", ["LICENSE.md"]),
    ("webassets-3.0.0", "examples/appengine/app.yaml", "yaml", "yaml", ["LICENSE"]),
    ("webassets-3.0.0", "MANIFEST.in", "manifest", "manifest", ["LICENSE"]),
    ("xmlschema-4.3.2", "tests/test_cases/issues/issue_243/issue_243.xsd", "xsd", "xsd", ["LICENSE"]),
    ("xmlschema-4.3.2", "tests/templates/filters/sort_types_filter_test.jinja", "jinja", "jinja", ["LICENSE"]),
]
NO_FINAL_NEWLINE = {("xmlschema-4.3.2", "tests/templates/filters/sort_types_filter_test.jinja")}

# Every e-mail- and IPv4-shaped string in the excerpts, reviewed by hand:
# value -> (tag or LOOK, kind, expected number of occurrences over all excerpts, note)
CARRIER_REVIEW = {
    # Cheetah3 Cheetah/c/_filters.h: the author's own address in the file's header comment
    # ("Author: R. Tyler Ballance <tyler@slide.com>"). A real person's address: labelled.
    "tyler@slide.com": ("EMAIL", "carrier_email", 1, "author line in the C header comment"),
    # Cheetah3 Cheetah/Tools/MondoReportDoc.txt, line 2: "Version 0.01 alpha 24-Nov-2001.  iron@mso.oz.net or
    # mso@oz.net." -- the document author's two personal addresses at an ISP. Labelled.
    "iron@mso.oz.net": ("EMAIL", "carrier_email", 1, "author's address in the document header"),
    "mso@oz.net": ("EMAIL", "carrier_email", 1, "author's second address in the document header"),
}
# Other strings in the excerpts recorded as look-alikes: value -> (kind, expected count)
CARRIER_EXTRA_LOOK = {}

EMAIL_RE = re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}")
IPV4_RE = re.compile(r"(?<![\d.])\d{1,3}(?:\.\d{1,3}){3}(?![\d.])")
RESERVED_RE = re.compile(r"@(?:[\w.-]+\.)?(?:example\.(?:com|net|org)|[\w-]+\.example|example|[\w.-]*\.?test|"
                         r"[\w.-]*\.?invalid|localhost)$")


def package_of(folder):
    return folder.rsplit("-", 1)[0]


# ------------------------------------------------------------------ carrier snippets (theme: "ferrylog" ticket sync)
def snippet(style, g):
    ip1, ip2 = M("IP_ADDRESS", "snippet_ipv4", g.ipv4_raw()), M("IP_ADDRESS", "snippet_ipv4", g.ipv4_raw())
    em = M("EMAIL", "snippet_email", g.email_raw())
    ctx = {"shell": "shell", "yaml": "yaml", "yaml_issue": "yaml", "toml": "quoted", "ini": "ini",
           "makefile": "yaml", "rst": "prose", "prose": "prose", "prose_headers": "prose",
           "markdown": "prose"}.get(style, "plain")
    pw = M("PASSWORD", "snippet_password", g.pw_raw(ctx))
    vendor = g.choice(["pocket", "anilist", "goodreads"])
    if vendor == "pocket":
        key = M("KEY", "snippet_pocket_consumer_key", g.digits(6) + "-" + g.hexs(24))
        vname = "Pocket consumer key"
    elif vendor == "anilist":
        key = M("KEY", "snippet_anilist_client_secret", g.alnum(40))
        vname = "AniList client secret"
    else:
        key = M("KEY", "snippet_goodreads_key", g.alnum(20))
        vname = "Goodreads key"
    tn, rm = g.testnet_ip(), g.reserved_email()
    if style == "cheetah":
        return f"""## ferrylog mirror (local only, do not commit)
## sync host {ip1}, fallback {ip2}
## operator {em}, sync password {pw}
## {vname}: {key}
## docs example: {tn} / {rm}
"""
    if style == "c":
        return f"""/* ferrylog sync settings -- local build only
 * operator: {em}
 * docs example: {tn} {rm}
 */
#define FERRYLOG_HOST "{ip1}"
#define FERRYLOG_FALLBACK "{ip2}"
#define FERRYLOG_PASSWORD "{pw}"
#define FERRYLOG_API_KEY "{key}" /* {vname} */
"""
    if style == "batch":
        return f"""rem ferrylog mirror settings (operator {em})
set FERRYLOG_HOST={ip1}
set FERRYLOG_FALLBACK={ip2}
set FERRYLOG_PASSWORD={pw}
set FERRYLOG_KEY={key}
rem docs example: {tn} {rm}
"""
    if style == "prose":
        return f"""Ferrylog mirror note: the timetable mirror syncs from {ip1} (fallback {ip2}) with the
password {pw}; the {vname} is {key}. Questions to {em}. Examples in the docs use {tn} and
{rm}.
"""
    if style == "prose_headers":
        return f"""Ferrylog test relay
-------------------
The relay at {ip1} signs test messages; the second relay is {ip2}. The operator account is
{em} with password {pw}, and the {vname} for the feed is {key}. Documentation examples
use {tn} and {rm}.
"""
    if style == "shell":
        return f"""# ferrylog mirror (operator {em})
export FERRYLOG_HOST={ip1}
export FERRYLOG_FALLBACK={ip2}
export FERRYLOG_PASSWORD={pw}
export FERRYLOG_KEY={key}
# docs example: {tn} {rm}
"""
    if style in ("yaml", "yaml_issue"):
        return f"""# ferrylog mirror settings (docs example: {tn}, {rm})
x-ferrylog:
  host: {ip1}
  fallback: {ip2}
  operator: {em}
  password: {pw}
  key: {key}
"""
    if style == "toml":
        return f"""[tool.ferrylog]
host = "{ip1}"
fallback = "{ip2}"
operator = "{em}"
password = "{pw}"
key = "{key}"
# docs example: {tn} {rm}
"""
    if style == "html":
        return f"""<!-- ferrylog mirror: {ip1} / {ip2} -->
<!-- operator {em}, password {pw} -->
<!-- {vname}: {key} -->
<p class="ferrylog-example">Docs example: {tn}, {rm}</p>
"""
    if style == "markdown":
        return f"""<!-- ferrylog mirror, remove before publishing -->
| ferrylog | value |
|---|---|
| host | `{ip1}` |
| fallback | `{ip2}` |
| operator | `{em}` |
| password | `{pw}` |
| key | `{key}` |
| docs example | `{tn}`, `{rm}` |
"""
    if style in ("xml", "xsd"):
        return f"""<!-- ferrylog mirror settings
     host {ip1}, fallback {ip2}
     operator {em}, password {pw}
     {vname} {key}
     docs example {tn} {rm} -->
"""
    if style == "rst":
        return f"""Ferrylog mirror
---------------

:host: {ip1}
:fallback: {ip2}
:operator: {em}
:password: {pw}
:key: {key}

.. docs example: {tn}, {rm}
"""
    if style == "makefile":
        return f"""# ferrylog mirror (operator {em})
FERRYLOG_HOST ?= {ip1}
FERRYLOG_FALLBACK ?= {ip2}
FERRYLOG_PASSWORD ?= {pw}
FERRYLOG_KEY ?= {key}
# docs example: {tn} {rm}
"""
    if style == "css":
        return f"""/* ferrylog mirror: {ip1}, fallback {ip2} */
/* operator {em} / {pw} */
/* {vname}: {key} -- docs example {tn} {rm} */
"""
    if style == "ini":
        return f"""[ferrylog]
; operator {em}
host = {ip1}
fallback = {ip2}
password = {pw}
key = {key}
; docs example: {tn} {rm}
"""
    if style == "manifest":
        return f"""# ferrylog mirror {ip1} / {ip2}
# operator {em}, password {pw}
# {vname} {key}
# docs example {tn} {rm}
"""
    if style == "jinja":
        return f"""{{# ferrylog mirror {ip1} / {ip2}
   operator {em}, password {pw}
   {vname} {key}
   docs example {tn} {rm} #}}
"""
    raise ValueError(style)


# ------------------------------------------------------------------ marker parsing
def parse(marked):
    out, labels, looks = [], [], []
    i, pos = 0, 0
    while True:
        j = marked.find(S, i)
        if j < 0:
            out.append(marked[i:])
            break
        out.append(marked[i:j])
        pos += j - i
        k = marked.index(MID, j)
        e = marked.index(E, k)
        tag, kind = marked[j + 1:k].split("|")
        val = marked[k + 1:e]
        assert S not in val and MID not in val, "nested marker"
        rec = {"start": pos, "end": pos + len(val), "kind": kind}
        if tag == "LOOK":
            looks.append(rec)
        else:
            rec = {"tag": tag, **rec}
            labels.append(rec)
        out.append(val)
        pos += len(val)
        i = e + 1
    return "".join(out), labels, looks


def remark(text, labels, looks):
    spans = [(l["start"], l["end"], l["tag"], l["kind"]) for l in labels] + \
            [(l["start"], l["end"], "LOOK", l["kind"]) for l in looks]
    spans.sort()
    out, last = [], 0
    for s, e, tag, kind in spans:
        out.append(text[last:s])
        out.append(f"{S}{tag}|{kind}{MID}{text[s:e]}{E}")
        last = e
    out.append(text[last:])
    return "".join(out)


# ------------------------------------------------------------------ excerpts
def cut(text):
    if len(text) <= MAX_EXCERPT:
        return text
    t = text[:MAX_EXCERPT]
    return t[:t.rfind("\n") + 1]


def stored_excerpt(folder, path):
    with open(os.path.join(SOURCES, package_of(folder), path), encoding="utf-8", newline="") as f:
        return f.read()


def extract(unpacked):
    sdists = os.path.join(os.path.dirname(os.path.abspath(unpacked)), "SDISTS")
    sums = []
    for name in sorted(os.listdir(sdists)):
        with open(os.path.join(sdists, name), "rb") as f:
            sums.append(f"{hashlib.sha256(f.read()).hexdigest()}  {name}")
    os.makedirs(SOURCES, exist_ok=True)
    for folder, path, _lang, _style, lic in CARRIERS:
        with open(os.path.join(unpacked, folder, path), encoding="utf-8", newline="") as f:
            text = cut(f.read())
        dst = os.path.join(SOURCES, package_of(folder), path)
        os.makedirs(os.path.dirname(dst), exist_ok=True)
        with open(dst, "w", encoding="utf-8", newline="") as f:
            f.write(text)
        for l in lic:
            shutil.copyfile(os.path.join(unpacked, folder, l), os.path.join(SOURCES, package_of(folder), l))
    with open(os.path.join(SOURCES, "SHA256SUMS"), "w") as f:
        f.write("\n".join(sums) + "\n")


def shapes():
    for folder, path, *_ in CARRIERS:
        t = stored_excerpt(folder, path)
        for m in EMAIL_RE.finditer(t):
            print(f"{package_of(folder)}/{path}\temail\t{m.group()}")
        for m in IPV4_RE.finditer(t):
            print(f"{package_of(folder)}/{path}\tipv4\t{m.group()}")


# ------------------------------------------------------------------ checks
def is_reserved_email(addr):
    dom = addr.rsplit("@", 1)[1].lower()
    return (dom in ("example.com", "example.net", "example.org", "localhost") or dom.endswith(".example")
            or dom.endswith(".test") or dom.endswith(".invalid") or dom.endswith(".example.com")
            or dom in ("example", "test", "invalid"))


def check_doc(doc, marked):
    text, labels, looks = doc["content"], doc["labels"], doc["lookalikes"]
    assert labels, doc["id"]
    assert remark(text, labels, looks) == marked, doc["id"] + ": round trip"
    spans = sorted([(l["start"], l["end"]) for l in labels + looks])
    for (s, e) in spans:
        v = text[s:e]
        assert e > s and v == v.strip() and "\n" not in v, (doc["id"], v)
    for a, b in zip(spans, spans[1:]):
        assert a[1] <= b[0], (doc["id"], "overlap", text[a[0]:a[1]], text[b[0]:b[1]])
    for l in labels:
        v = text[l["start"]:l["end"]]
        if l["tag"] == "IP_ADDRESS":
            ip = ipaddress.ip_address(v)
            assert ip.is_global and not ip.is_multicast, (doc["id"], v)
            if ip.version == 4:
                assert not v.startswith("100."), v
        elif l["tag"] == "EMAIL":
            assert EMAIL_RE.fullmatch(v), (doc["id"], v)
            assert not is_reserved_email(v), (doc["id"], v)
        elif l["tag"] == "PASSWORD":
            assert "@" not in v, (doc["id"], v)
            if not v.isascii():
                assert doc["id"].startswith("h30-syn-note_") and l["kind"] == "pw_native", (doc["id"], v)
        else:
            assert l["tag"] == "KEY", l
    for l in looks:
        v = text[l["start"]:l["end"]]
        if l["kind"].endswith("_ip"):
            assert not ipaddress.ip_address(v).is_global, (doc["id"], v)
        if l["kind"].endswith("_ipv6"):
            assert not ipaddress.ip_address(v).is_global, (doc["id"], v)
        if l["kind"] == "netmask":
            ipaddress.ip_address(v)
        if l["kind"] == "reserved_email":
            assert is_reserved_email(v), (doc["id"], v)
    covered = spans
    for rx in (EMAIL_RE, IPV4_RE):
        for m in rx.finditer(text):
            s, e = m.span()
            at = text.find("@", s, e)
            ok = any(a <= s and e <= b for a, b in covered) or \
                (at >= 0 and any(b == at and a <= at for a, b in covered))
            assert ok, (doc["id"], "uncovered shape", m.group())
    assert not any(c in text for c in (S, MID, E)), doc["id"]
    if doc["lang"] in ("json", "ipynb"):
        json.loads(text)
    if doc["lang"] == "python":
        compile(text, doc["path"], "exec")


def build():
    docs, marked_of, cls = [], {}, {}
    review_used = collections.Counter()
    extra_used = collections.Counter()
    for folder, path, lang, style, _lic in CARRIERS:
        pkg = package_of(folder)
        exc = stored_excerpt(folder, path)
        assert "\r" not in exc, path
        assert exc.endswith("\n") == ((folder, path) not in NO_FINAL_NEWLINE), path
        # mark reviewed shapes in the excerpt
        marks = []
        for rx in (EMAIL_RE, IPV4_RE):
            for m in rx.finditer(exc):
                v = m.group()
                assert v in CARRIER_REVIEW, f"unreviewed shape {v!r} in {pkg}/{path}"
                review_used[v] += 1
                marks.append((m.start(), m.end(), *CARRIER_REVIEW[v][:2]))
        for v, (kind, _n) in CARRIER_EXTRA_LOOK.items():
            for m in re.finditer(re.escape(v), exc):
                extra_used[v] += 1
                marks.append((m.start(), m.end(), "LOOK", kind))
        marks.sort()
        mexc, last = [], 0
        for s, e, tag, kind in marks:
            mexc.append(exc[last:s])
            mexc.append(f"{S}{tag}|{kind}{MID}{exc[s:e]}{E}")
            last = e
        mexc.append(exc[last:])
        g = G(random.Random(f"{SEED}:carrier:{pkg}/{path}"))
        sep = "\n"  # a blank line after a final newline; otherwise the snippet starts on the next line
        marked = "".join(mexc) + sep + snippet(style, g)
        text, labels, looks = parse(marked)
        assert text.startswith(exc), path
        did = f"h30-real-{pkg}-{path.replace('/', '-')}"
        docs.append({"id": did, "lang": lang, "path": f"{pkg}/{path}", "content": text, "labels": labels,
                     "lookalikes": looks})
        marked_of[did] = marked
        cls[did] = "real carrier"
    for v, (tag, kind, n, _note) in CARRIER_REVIEW.items():
        assert review_used[v] == n, (v, review_used[v], n)
    for v, (kind, n) in CARRIER_EXTRA_LOOK.items():
        assert extra_used[v] == n, (v, extra_used[v], n)
    assert len(templates_h30.TEMPLATES) == 110
    for name, (group, lang, path, fn) in templates_h30.TEMPLATES.items():
        for n in range(N_RENDER):
            g = G(random.Random(f"{SEED}:{name}:{n}"))
            marked = fn(g)
            text, labels, looks = parse(marked)
            did = f"h30-syn-{name}-{n}"
            docs.append({"id": did, "lang": lang, "path": path, "content": text, "labels": labels,
                         "lookalikes": looks})
            marked_of[did] = marked
            cls[did] = group
    assert len(docs) == 350
    assert len({d["id"] for d in docs}) == len(docs)
    errors = []
    for d in docs:
        try:
            check_doc(d, marked_of[d["id"]])
        except AssertionError as ex:
            errors.append(f"{d['id']}: {ex}")
    assert not errors, "\n".join(errors[:60])
    return docs, cls


def counts(docs, cls):
    c = {"documents": len(docs),
         "documents_by_origin": {"real": sum(d["id"].startswith("h30-real-") for d in docs),
                                 "synthetic": sum(d["id"].startswith("h30-syn-") for d in docs)},
         "labels_by_tag": {}, "labels_by_kind": {}, "lookalikes": 0, "lookalikes_by_kind": {},
         "documents_by_class": {}, "labels_by_tag_and_class": {}, "documents_by_lang": {}}
    tag, kind, lk = collections.Counter(), collections.Counter(), collections.Counter()
    dc, tc, lc = collections.Counter(), collections.Counter(), collections.Counter()
    for d in docs:
        dc[cls[d["id"]]] += 1
        lc[d["lang"]] += 1
        for l in d["labels"]:
            tag[l["tag"]] += 1
            kind[f"{l['tag']}:{l['kind']}"] += 1
            tc[f"{l['tag']}|{cls[d['id']]}"] += 1
        for l in d["lookalikes"]:
            lk[l["kind"]] += 1
    c["labels_by_tag"] = dict(sorted(tag.items()))
    c["labels"] = sum(tag.values())
    c["labels_by_kind"] = dict(sorted(kind.items()))
    c["lookalikes"] = sum(lk.values())
    c["lookalikes_by_kind"] = dict(sorted(lk.items()))
    c["documents_by_class"] = dict(sorted(dc.items()))
    c["labels_by_tag_and_class"] = dict(sorted(tc.items()))
    c["documents_by_lang"] = dict(sorted(lc.items()))
    return c


def main():
    if len(sys.argv) > 1 and sys.argv[1] == "--extract":
        extract(sys.argv[2])
        return
    if len(sys.argv) > 1 and sys.argv[1] == "--shapes":
        shapes()
        return
    docs, cls = build()
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for d in docs:
            f.write(json.dumps(d, ensure_ascii=False) + "\n")
    with open(os.path.join(HERE, "counts.json"), "w", encoding="utf-8", newline="\n") as f:
        f.write(json.dumps(counts(docs, cls), ensure_ascii=False, indent=2) + "\n")
    c = counts(docs, cls)
    print(c["documents"], c["labels_by_tag"], c["labels"], c["lookalikes"])


if __name__ == "__main__":
    main()
