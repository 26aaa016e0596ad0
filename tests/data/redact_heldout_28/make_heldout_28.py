#!/usr/bin/env python3
"""Build held-out set 28 (labels.jsonl, counts.json) deterministically. Standard library only.

    python make_heldout_28.py                 # rebuild labels.jsonl and counts.json (with assertions)
    python make_heldout_28.py --extract DIR   # recut the excerpts + copy licences from sdists unpacked in DIR
    python make_heldout_28.py --shapes        # list e-mail and IPv4 shapes in the stored excerpts (review aid)
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

import gen_h28  # noqa: E402
import templates_h28  # noqa: E402
from gen_h28 import E, G, I, K, L, P, ME, MM, MS  # noqa: E402,F401

SEED = "codelm-redact-heldout-28"
LIMIT = 3500

# (sdist folder name, version, licence files, path inside the sdist, lang)
CARRIERS = [
    ("bleach", "6.4.0", ["LICENSE"], "scripts/vendor_verify.sh", "shell"),
    ("bleach", "6.4.0", ["LICENSE"], "requirements-dev.txt", "requirements"),
    ("dacite", "1.9.2", ["LICENSE"], "pyproject.toml", "toml"),
    ("distro", "1.9.0", ["LICENSE"], "Makefile", "makefile"),
    ("feedparser", "6.0.14", ["LICENSE"], "NEWS", "text"),
    ("humanfriendly", "10.0", ["LICENSE.txt"], "CHANGELOG.rst", "rst"),
    ("humanfriendly", "10.0", ["LICENSE.txt"], "setup.py", "python"),
    ("jsonpickle", "4.1.4", ["LICENSE"], ".pre-commit-config.yaml", "yaml"),
    ("jsonpickle", "4.1.4", ["LICENSE"], ".coveragerc", "ini"),
    ("jsonpickle", "4.1.4", ["LICENSE"], "fuzzing/dictionaries/fuzz_unpickle.dict", "fuzzdict"),
    ("jsonpickle", "4.1.4", ["LICENSE"], "jsonpickleJS/util.js", "javascript"),
    ("markdownify", "1.2.3", ["LICENSE"], "shell.nix", "nix"),
    ("markdownify", "1.2.3", ["LICENSE"], ".github/workflows/python-app.yml", "yaml"),
    ("parsel", "1.12.1", ["LICENSE"], "tox.ini", "ini"),
    ("ptyprocess", "0.7.0", ["LICENSE"], ".gitignore", "gitignore"),
    ("segno", "1.6.6", ["LICENSE"], "data/share/man/man1/segno.1", "roff"),
    ("segno", "1.6.6", ["LICENSE"], "docs/_static/css/custom.css", "css"),
    ("soupsieve", "4.1.4", ["LICENSE.md"], ".pyspelling.yml", "yaml"),
    ("typeguard", "4.6.1", ["LICENSE"], ".github/pull_request_template.md", "markdown"),
    ("w3lib", "2.5.0", ["LICENSE"], "pyproject.toml", "toml"),
]

# Every e-mail / IPv4 shape found in the excerpts, reviewed by hand:
# (package, path, shape) -> (decision, kind, expected occurrences). decision is "EMAIL", "IP_ADDRESS" or "LOOK".
CARRIER_REVIEW = {
    ("humanfriendly", "setup.py", "peter@peterodding.com"): ("EMAIL", "carrier_email", 1),
    ("w3lib", "pyproject.toml", "info@scrapy.org"): ("EMAIL", "carrier_email_role", 1),
}
# Extra look-alikes in the excerpts: (package, path, string) -> (kind, occurrences)
CARRIER_EXTRA_LOOK = {
}
NO_FINAL_NEWLINE = {"jsonpickle/jsonpickleJS/util.js"}

EMAIL_RE = re.compile(r"[A-Za-z0-9._%+\-]+@[A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)*\.[A-Za-z]{2,}")
IPV4_RE = re.compile(r"(?<![0-9.])(?:[0-9]{1,3}\.){3}[0-9]{1,3}(?![0-9])")
RESERVED_DOM = re.compile(r"(^|\.)(example\.(com|net|org)|[a-z0-9-]+\.example|example|test|invalid|localhost)$")


def ipv4_shapes(text):
    out = []
    for m in IPV4_RE.finditer(text):
        if all(0 <= int(p) <= 255 for p in m.group().split(".")):
            out.append(m)
    return out


def email_shapes(text):
    return list(EMAIL_RE.finditer(text))


# --- excerpt handling -------------------------------------------------------------------------------------------
def cut(text, path):
    if len(text) <= LIMIT:
        return text
    head = text[:LIMIT]
    i = head.rfind("\n")
    head = head[:i + 1]
    if path.endswith(".py"):
        while head:
            try:
                compile(head, path, "exec")
                break
            except SyntaxError:
                j = head.rstrip("\n").rfind("\n")
                head = head[:j + 1] if j >= 0 else ""
    return head


def extract(src_dir):
    sums = {}
    sd = os.path.join(os.path.dirname(os.path.abspath(src_dir.rstrip("/"))), "SDISTS")
    for pkg, ver, lic, path, _lang in CARRIERS:
        base = os.path.join(src_dir, f"{pkg}-{ver}")
        with open(os.path.join(base, path), encoding="utf-8", newline="") as f:
            text = f.read()
        ex = cut(text, path)
        dst = os.path.join(HERE, "sources", pkg, path)
        os.makedirs(os.path.dirname(dst), exist_ok=True)
        with open(dst, "w", encoding="utf-8", newline="") as f:
            f.write(ex)
        print(f"{pkg}/{path}: {len(text)} -> {len(ex)}")
        for lf in lic:
            shutil.copyfile(os.path.join(base, lf), os.path.join(HERE, "sources", pkg, lf))
        tar = os.path.join(sd, f"{pkg}-{ver}.tar.gz")
        with open(tar, "rb") as f:
            sums[os.path.basename(tar)] = hashlib.sha256(f.read()).hexdigest()
    with open(os.path.join(HERE, "sources", "SHA256SUMS"), "w") as f:
        for k in sorted(sums):
            f.write(f"{sums[k]}  {k}\n")


def read_excerpt(pkg, path):
    with open(os.path.join(HERE, "sources", pkg, path), encoding="utf-8", newline="") as f:
        return f.read()


def shapes():
    for pkg, _v, _l, path, _lang in CARRIERS:
        t = read_excerpt(pkg, path)
        for m in email_shapes(t):
            print(f"EMAIL  {pkg}/{path}: {m.group()!r}")
        for m in ipv4_shapes(t):
            print(f"IPV4   {pkg}/{path}: {m.group()!r}")


# --- markers --------------------------------------------------------------------------------------------------
def strip_markers(marked):
    out, labels, looks = [], [], []
    pos, i, n = 0, 0, len(marked)
    while i < n:
        c = marked[i]
        if c == MS:
            j = marked.index(MM, i)
            k = marked.index(ME, j)
            tag, kind = marked[i + 1:j].split("|", 1)
            val = marked[j + 1:k]
            assert MS not in val and MM not in val, "nested marker"
            start = pos
            out.append(val)
            pos += len(val)
            rec = {"tag": tag, "start": start, "end": pos, "kind": kind}
            (looks if tag == "LOOK" else labels).append(rec)
            i = k + 1
        else:
            assert c not in (MM, ME), "stray marker"
            out.append(c)
            pos += 1
            i += 1
    text = "".join(out)
    labels = [{"tag": r["tag"], "start": r["start"], "end": r["end"], "kind": r["kind"]} for r in labels]
    looks = [{"kind": r["kind"], "start": r["start"], "end": r["end"]} for r in looks]
    return text, labels, looks


# --- snippets for carriers ------------------------------------------------------------------------------------
def carrier_snippet(lang, g):
    ip1, ip2, em, pw, doc_ip, rem = g.ip(), g.ip(), g.email(), None, g.doc_ip(), g.reserved_email()
    vendor = g.pick(["rezdy_api_key", "flightaware_aeroapi_key", "jawg_access_token"])
    key = g.key(vendor)
    i1, i2 = I("snippet_ip", ip1), I("snippet_ip", ip2)
    e1 = E("snippet_email", em)
    k1 = K("snippet_" + vendor, key)
    dl, dr = L("doc_ip", doc_ip), L("reserved_email", rem)

    def p(ctx):
        return P("snippet_password", g.pw(ctx))

    if lang == "shell":
        return (f"# tour desk sync (staging)\nexport TOURDESK_PRIMARY={i1}\nexport TOURDESK_STANDBY={i2}\n"
                f"export TOURDESK_CONTACT={e1}\nexport TOURDESK_PASSWORD={p('shell')}\nexport TOURDESK_API_KEY={k1}\n"
                f"# docs example: TOURDESK_PRIMARY={dl} TOURDESK_CONTACT={dr}\n")
    if lang in ("requirements", "gitignore", "nix"):
        return (f"# tour desk sync: primary {i1}, standby {i2}, contact {e1}\n# tour desk password {p('net')}\n"
                f"# tour desk api key {k1}\n# docs example: {dl} / {dr}\n")
    if lang == "toml":
        return (f"\n[tool.tour-desk]\nprimary = \"{i1}\"\nstandby = \"{i2}\"\ncontact = \"{e1}\"\n"
                f"password = \"{p('quoted')}\"\napi_key = \"{k1}\"\n# docs example: {dl}, {dr}\n")
    if lang == "makefile":
        return (f"# tour desk sync\nTOURDESK_PRIMARY ?= {i1}\nTOURDESK_STANDBY ?= {i2}\nTOURDESK_CONTACT ?= {e1}\n"
                f"TOURDESK_PASSWORD ?= {p('yaml')}\nTOURDESK_API_KEY ?= {k1}\n# docs example: {dl} {dr}\n")
    if lang == "text":
        return (f"Tour desk sync\n--------------\n\nprimary ........ {i1}\nstandby ........ {i2}\ncontact ........ {e1}\n"
                f"password ....... {p('prose')}\napi key ........ {k1}\n(docs example: {dl}, {dr})\n")
    if lang == "rst":
        return (f"Tour desk sync\n==============\n\n:primary: {i1}\n:standby: {i2}\n:contact: {e1}\n"
                f":password: {p('prose')}\n:api key: {k1}\n\n.. docs example: {dl}, {dr}\n")
    if lang == "yaml":
        return (f"# tour desk sync\nx-tour-desk:\n  primary: {i1}\n  standby: {i2}\n  contact: {e1}\n"
                f"  password: {p('yaml')}\n  api_key: {k1}\n  # docs example: {dl} {dr}\n")
    if lang == "ini":
        return (f"[tour_desk]\n; tour desk sync\nprimary = {i1}\nstandby = {i2}\ncontact = {e1}\n"
                f"password = {p('ini')}\napi_key = {k1}\n; docs example: {dl} {dr}\n")
    if lang == "fuzzdict":
        return (f"# tour desk sync\n\"tourdesk_primary={i1}\"\n\"tourdesk_standby={i2}\"\n\"tourdesk_contact={e1}\"\n"
                f"\"tourdesk_password={p('net')}\"\n\"tourdesk_api_key={k1}\"\n# docs example: {dl} {dr}\n")
    if lang == "javascript":
        return (f"// --- tour desk sync ---\nvar TOUR_DESK = {{\n  primary: '{i1}',\n  standby: '{i2}',\n"
                f"  contact: '{e1}',\n  password: '{p('quoted')}',\n  apiKey: '{k1}'\n}};\n"
                f"// docs example: {dl}, {dr}\n")
    if lang == "roff":
        return (f".\\\" tour desk sync\n.SH TOUR DESK\n.TP\n.B primary\n{i1}\n.TP\n.B standby\n{i2}\n.TP\n.B contact\n"
                f"{e1}\n.TP\n.B password\n{p('net')}\n.TP\n.B api key\n{k1}\n.\\\" docs example: {dl} {dr}\n")
    if lang == "css":
        return (f"/* tour desk sync: primary {i1}, standby {i2}, contact {e1} */\n:root {{\n"
                f"  --tour-desk-password: \"{p('net')}\";\n  --tour-desk-api-key: \"{k1}\";\n}}\n"
                f"/* docs example: {dl} {dr} */\n")
    if lang == "markdown":
        return (f"<!-- tour desk sync (staging) -->\n| setting | value |\n|---|---|\n| primary | `{i1}` |\n"
                f"| standby | `{i2}` |\n| contact | `{e1}` |\n| password | `{p('quoted')}` |\n| api key | `{k1}` |\n"
                f"| docs example | `{dl}`, `{dr}` |\n")
    if lang == "python":
        return (f"# --- tour desk sync (staging) ---\nTOUR_DESK = {{\n    \"primary\": \"{i1}\",\n"
                f"    \"standby\": \"{i2}\",\n    \"contact\": \"{e1}\",\n    \"password\": \"{p('quoted')}\",\n"
                f"    \"api_key\": \"{k1}\",\n}}\n# docs example: {dl} {dr}\n")
    raise KeyError(lang)


# --- build ----------------------------------------------------------------------------------------------------
def build():
    docs = []
    for pkg, _v, _l, path, lang in CARRIERS:
        ex = read_excerpt(pkg, path)
        g = G(random.Random(f"{SEED}:carrier:{pkg}/{path}"))
        sep = "\n" if ex.endswith("\n") else "\n\n"
        marked_ex = mark_carrier(pkg, path, ex)
        marked = marked_ex + sep + carrier_snippet(lang, g)
        text, labels, looks = strip_markers(marked)
        assert text.startswith(ex), (pkg, path)
        docs.append({"id": f"h28-real-{pkg}-{path.replace('/', '-')}", "lang": lang, "path": f"{pkg}/{path}",
                     "content": text, "labels": labels, "lookalikes": looks, "_class": "real carrier",
                     "_tpl": None, "_excerpt": ex, "_marked": marked})
    names = list(templates_h28.TEMPLATES)
    assert len(names) == 110, len(names)
    for name in names:
        fn, lang, path, cls = templates_h28.TEMPLATES[name]
        for n in range(3):
            g = G(random.Random(f"{SEED}:{name}:{n}"))
            marked = fn(g)
            text, labels, looks = strip_markers(marked)
            docs.append({"id": f"h28-syn-{name}-{n}", "lang": lang, "path": path(g) if callable(path) else path,
                         "content": text, "labels": labels, "lookalikes": looks, "_class": cls, "_tpl": name,
                         "_marked": marked})
    return docs


REVIEW_USED = collections.Counter()
EXTRA_USED = collections.Counter()


def mark_carrier(pkg, path, ex):
    """Wrap reviewed shapes in the excerpt with markers; stop on any unreviewed shape."""
    spans = []
    for m in email_shapes(ex):
        spans.append((m.start(), m.end(), m.group()))
    for m in ipv4_shapes(ex):
        spans.append((m.start(), m.end(), m.group()))
    for s in CARRIER_EXTRA_LOOK:
        if s[0] == pkg and s[1] == path:
            for m in re.finditer(re.escape(s[2]), ex):
                spans.append((m.start(), m.end(), ("extra", s[2])))
    spans.sort()
    out, pos = [], 0
    for a, b, what in spans:
        assert a >= pos, ("overlap in carrier", pkg, path, what)
        out.append(ex[pos:a])
        if isinstance(what, tuple):
            kind, _cnt = CARRIER_EXTRA_LOOK[(pkg, path, what[1])]
            EXTRA_USED[(pkg, path, what[1])] += 1
            out.append(L(kind, what[1]))
        else:
            key = (pkg, path, what)
            assert key in CARRIER_REVIEW, ("unreviewed shape", key)
            dec, kind, _cnt = CARRIER_REVIEW[key]
            REVIEW_USED[key] += 1
            out.append({"EMAIL": E, "IP_ADDRESS": I, "LOOK": L}[dec](kind, what))
        pos = b
    out.append(ex[pos:])
    return "".join(out)


def remark(d):
    """Re-insert markers at the recorded spans; must give back the marked source text."""
    t = d["content"]
    recs = [(r["start"], r["end"], r["tag"], r["kind"]) for r in d["labels"]]
    recs += [(r["start"], r["end"], "LOOK", r["kind"]) for r in d["lookalikes"]]
    out, pos = [], 0
    for a, b, tag, kind in sorted(recs):
        out.append(t[pos:a])
        out.append(f"{MS}{tag}|{kind}{MM}{t[a:b]}{ME}")
        pos = b
    out.append(t[pos:])
    return "".join(out)


def check(docs):
    assert len(docs) == 350, len(docs)
    ids = [d["id"] for d in docs]
    assert len(set(ids)) == len(ids)
    for d in docs:
        t = d["content"]
        assert d["labels"], d["id"]
        assert MS not in t and MM not in t and ME not in t, d["id"]
        assert remark(d) == d["_marked"], (d["id"], "span round-trip")
        spans = []
        for r in d["labels"] + d["lookalikes"]:
            a, b = r["start"], r["end"]
            v = t[a:b]
            assert 0 <= a < b <= len(t), (d["id"], r)
            assert v == v.strip() and "\n" not in v, (d["id"], v)
            spans.append((a, b))
        spans.sort()
        for (a1, b1), (a2, b2) in zip(spans, spans[1:]):
            assert b1 <= a2, (d["id"], "overlap", t[a1:b1], t[a2:b2])
        for r in d["labels"]:
            v = t[r["start"]:r["end"]]
            if r["tag"] == "IP_ADDRESS":
                ip = ipaddress.ip_address(v)
                assert ip.version == 4 and ip.is_global and not ip.is_multicast and not v.startswith("100."), (
                    d["id"], v)
            elif r["tag"] == "EMAIL":
                assert EMAIL_RE.fullmatch(v), (d["id"], v)
                dom = v.rsplit("@", 1)[1].lower()
                assert not RESERVED_DOM.search(dom), (d["id"], v)
            elif r["tag"] == "PASSWORD":
                assert "@" not in v, (d["id"], v)
                if not v.isascii():
                    assert d["_tpl"] and d["_tpl"].startswith("note_") and r["kind"] == "pw_native", (d["id"], v)
            else:
                assert r["tag"] == "KEY", r
        for r in d["lookalikes"]:
            v = t[r["start"]:r["end"]]
            if r["kind"].endswith("_ip"):
                ip = ipaddress.ip_address(v)
                assert not ip.is_global, (d["id"], v)
            if r["kind"] == "netmask":
                ipaddress.ip_address(v)
            if r["kind"] == "reserved_email":
                dom = v.rsplit("@", 1)[1].lower()
                assert RESERVED_DOM.search(dom), (d["id"], v)
        # every shape covered
        for m in email_shapes(t) + ipv4_shapes(t):
            a, b = m.start(), m.end()
            at = t.find("@", a, b)
            ok = any(sa <= a and b <= sb for sa, sb in spans) or (at >= 0 and any(sb == at for _sa, sb in spans))
            assert ok, (d["id"], "uncovered shape", m.group())
        if d["lang"] in ("json", "ipynb"):
            json.loads(t)
        if d["lang"] == "python":
            compile(t, d["path"], "exec")
        if d["_class"] == "real carrier":
            ex = d["_excerpt"]
            assert t.startswith(ex) and "\r" not in ex
            assert ex.endswith("\n") or d["path"] in NO_FINAL_NEWLINE
    for key, (_dec, _kind, cnt) in CARRIER_REVIEW.items():
        assert REVIEW_USED[key] == cnt, ("review count", key, REVIEW_USED[key])
    for key, (_kind, cnt) in CARRIER_EXTRA_LOOK.items():
        assert EXTRA_USED[key] == cnt, ("extra count", key)
    assert len(templates_h28.TEMPLATES) == 110


def counts(docs):
    c = {"documents": len(docs), "by_origin": collections.Counter(), "by_tag": collections.Counter(),
         "lookalikes": 0, "documents_by_class": collections.Counter(), "labels_by_class": collections.Counter(),
         "labels_by_kind": collections.Counter(), "lookalikes_by_kind": collections.Counter()}
    for d in docs:
        c["by_origin"]["real, with planted snippet" if d["_class"] == "real carrier" else "synthetic"] += 1
        c["documents_by_class"][d["_class"]] += 1
        for r in d["labels"]:
            c["by_tag"][r["tag"]] += 1
            c["labels_by_class"][f"{r['tag']} | {d['_class']}"] += 1
            c["labels_by_kind"][f"{r['tag']} | {r['kind']}"] += 1
        for r in d["lookalikes"]:
            c["lookalikes"] += 1
            c["lookalikes_by_kind"][r["kind"]] += 1
    out = {}
    for k, v in c.items():
        out[k] = dict(sorted(v.items())) if isinstance(v, collections.Counter) else v
    return out


def main():
    if len(sys.argv) >= 3 and sys.argv[1] == "--extract":
        extract(sys.argv[2])
        return
    if len(sys.argv) >= 2 and sys.argv[1] == "--shapes":
        shapes()
        return
    docs = build()
    check(docs)
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for d in docs:
            rec = {k: d[k] for k in ("id", "lang", "path", "content", "labels", "lookalikes")}
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    with open(os.path.join(HERE, "counts.json"), "w", encoding="utf-8", newline="\n") as f:
        json.dump(counts(docs), f, ensure_ascii=False, indent=2)
        f.write("\n")
    cc = counts(docs)
    print(cc["documents"], cc["by_tag"], "look-alikes", cc["lookalikes"])


if __name__ == "__main__":
    main()
