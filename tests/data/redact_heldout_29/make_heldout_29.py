#!/usr/bin/env python3
"""Builds labels.jsonl and counts.json for held-out set 29 (deterministic).

    python make_heldout_29.py                # build (asserts everything listed in README.md)
    python make_heldout_29.py --extract DIR  # re-cut excerpts + licence files from sdists unpacked in DIR
    python make_heldout_29.py --shapes       # list e-mail / IPv4 shapes in the stored excerpts

Standard library only; never imports codelm.
"""
import sys

sys.dont_write_bytecode = True

import argparse  # noqa: E402
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

from gen_h29 import G, Ctx, M0, M1, M2, mark  # noqa: E402
from templates_h29 import TEMPLATES  # noqa: E402

SEED = "codelm-redact-heldout-29"
SOURCES = os.path.join(HERE, "sources")
MAX_CHARS = 3500
N_RENDER = 3
N_TEMPLATES = 110
N_DOCS = 350

# sdist folder -> licence files copied beside the excerpts
PACKAGES = {
    "aniso8601-10.0.1": ["LICENSE"],
    "blinker-1.9.0": ["LICENSE.txt"],
    "coloredlogs-15.0.1": ["LICENSE.txt"],
    "deprecation-2.1.0": ["LICENSE"],
    "hupper-1.12.1": ["LICENSE.txt"],
    "pypng-0.20220715.0": ["LICENCE"],
    "pystache-0.6.8": ["LICENSE"],
    "sly-0.5": ["LICENSE"],
    "textx-4.4.0": ["LICENSE.txt"],
    "unidiff-1.0.1": ["LICENSE"],
    "whatthepatch-1.0.7": ["LICENSE"],
    "zipp-4.1.2": ["LICENSE"],
}

# (sdist folder, path inside it, lang, snippet style)
CARRIERS = [
    ("aniso8601-10.0.1", "README.rst", "rst", "rst"),
    ("blinker-1.9.0", "tox.ini", "ini", "ini"),
    ("coloredlogs-15.0.1", "docs/examples/custom-colors.sh", "shell", "shell"),
    ("coloredlogs-15.0.1", "requirements-tests.txt", "requirements", "hash_comment"),
    ("deprecation-2.1.0", "docs/Makefile", "makefile", "makefile"),
    ("deprecation-2.1.0", "docs/_build/html/_static/nature.css", "css", "css"),
    ("hupper-1.12.1", "docs/make.bat", "batch", "batch"),
    ("hupper-1.12.1", ".github/workflows/ci-tests.yml", "yaml", "yaml"),
    ("pypng-0.20220715.0", "proc/release/index.md", "markdown", "markdown"),
    ("pypng-0.20220715.0", "code/test/chunk-iccp", "shell", "shell"),
    ("pystache-0.6.8", "pystache/tests/examples/complex.mustache", "mustache", "mustache"),
    ("pystache-0.6.8", "CHANGELOG.rst", "rst", "rst"),
    ("sly-0.5", "example/wasm/test.html", "html", "html"),
    ("sly-0.5", "Makefile", "makefile", "makefile"),
    ("textx-4.4.0", "textx/textx.tx", "textx", "textx"),
    ("unidiff-1.0.1", "tests/samples/hg.diff", "diff", "hg_diff"),
    ("whatthepatch-1.0.7", "tests/casefiles/linux-29e1dfcd5150097f32f34891c85a50d9ead19df3.patch", "patch", "git_patch"),
    ("whatthepatch-1.0.7", "tests/casefiles/mozilla-527452-5.comment", "text", "bug_comment"),
    ("zipp-4.1.2", "towncrier.toml", "toml", "toml"),
    ("zipp-4.1.2", "SECURITY.md", "markdown", "markdown"),
]

# excerpts without a final newline (the snippet then follows after a single newline)
NO_FINAL_NEWLINE = {
    ("deprecation-2.1.0", "docs/Makefile"),
    ("pystache-0.6.8", "pystache/tests/examples/complex.mustache"),
}

# every e-mail / IPv4 shape in the excerpts, reviewed by hand:
# shape -> (tag or LOOK, kind, number of occurrences over all excerpts)
CARRIER_REVIEW = {
    "koulihong@huawei.com": ("EMAIL", "carrier_email", 1),  # linux patch, From: line of the author
}
# other strings in the excerpts recorded as look-alikes: (folder, path, value, kind, count)
CARRIER_EXTRA_LOOK = [
    ("whatthepatch-1.0.7", "tests/casefiles/linux-29e1dfcd5150097f32f34891c85a50d9ead19df3.patch",
     "29e1dfcd5150097f32f34891c85a50d9ead19df3", "git_sha", 1),
    ("whatthepatch-1.0.7", "tests/casefiles/linux-29e1dfcd5150097f32f34891c85a50d9ead19df3.patch",
     "f9c70bdc279b191da8d60777c627702c06e4a37d", "git_sha", 1),
    ("unidiff-1.0.1", "tests/samples/hg.diff", "44299fd3d1a8", "hg_changeset", 3),
]

SNIPPET_KEYS = ("listennotes_key", "freesound_key", "pexels_key")

EMAIL_RE = re.compile(r"[A-Za-z0-9._%+\-]+@[A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)*\.[A-Za-z]{2,}")
IPV4_RE = re.compile(r"(?<![0-9.])(?:[0-9]{1,3}\.){3}[0-9]{1,3}(?![0-9]|\.[0-9])")
RESERVED_EMAIL_RE = re.compile(
    r"@(?:[A-Za-z0-9\-]+\.)*(?:example\.(?:com|net|org)|example|test|invalid|localhost)$", re.I)


def ipv4_shapes(text):
    out = []
    for m in IPV4_RE.finditer(text):
        if all(int(p) <= 255 for p in m.group().split(".")):
            out.append((m.start(), m.end(), m.group()))
    return out


def email_shapes(text):
    return [(m.start(), m.end(), m.group()) for m in EMAIL_RE.finditer(text)]


# ---------------------------------------------------------------------------------------
# markers
# ---------------------------------------------------------------------------------------
def strip_markers(marked):
    out, labels, looks = [], [], []
    i, pos = 0, 0
    while i < len(marked):
        ch = marked[i]
        if ch == M0:
            j = marked.index(M1, i)
            tag, kind = marked[i + 1:j].split("|", 1)
            k = marked.index(M2, j)
            value = marked[j + 1:k]
            assert M0 not in value and M1 not in value, "nested marker"
            start = pos
            out.append(value)
            pos += len(value)
            span = {"start": start, "end": pos, "kind": kind}
            if tag == "LOOK":
                looks.append(span)
            else:
                assert tag in ("EMAIL", "IP_ADDRESS", "KEY", "PASSWORD"), tag
                labels.append(dict(tag=tag, **span))
            i = k + 1
        else:
            assert ch not in (M1, M2), "stray marker"
            out.append(ch)
            pos += 1
            i += 1
    return "".join(out), labels, looks


def remark(text, labels, looks):
    spans = [(l["start"], l["end"], l["tag"], l["kind"]) for l in labels]
    spans += [(l["start"], l["end"], "LOOK", l["kind"]) for l in looks]
    spans.sort()
    out, pos = [], 0
    for s, e, tag, kind in spans:
        out.append(text[pos:s])
        out.append(mark(tag, kind, text[s:e]))
        pos = e
    out.append(text[pos:])
    return "".join(out)


# ---------------------------------------------------------------------------------------
# carrier snippets (same file type as the excerpt)
# ---------------------------------------------------------------------------------------
def snippet(style, c, key_type):
    ip1, ip2 = c.ip("snippet_ip"), c.ip("snippet_ip")
    em = c.email("snippet_email")
    key = c.key(key_type, "snippet_" + key_type)
    tn, rm = c.testnet(), c.rmail()
    if style == "ini":
        return (f"[podrelay]\n; relays for the episode mirror\nrelay_a = {ip1}\nrelay_b = {ip2}\n"
                f"owner = {em}\npassword = {c.pw('snippet_password', 'ini')}\napi_key = {key}\n"
                f"; docs example: {tn} / {rm}\n")
    if style == "shell":
        return (f"# podrelay mirror settings\nexport PODRELAY_HOSTS=\"{ip1} {ip2}\"\n"
                f"export PODRELAY_OWNER={em}\nexport PODRELAY_PASSWORD={c.pw('snippet_password', 'shell')}\n"
                f"export PODRELAY_API_KEY={key}\n# docs example: {tn} {rm}\n")
    if style == "hash_comment":
        return (f"# podrelay mirror: {ip1} and {ip2}, owner {em}\n"
                f"# mirror login password {c.pw('snippet_password', 'plain')}\n"
                f"# api key {key}\n# docs example: {tn} {rm}\n")
    if style == "makefile":
        return (f"# podrelay mirror upload\nPODRELAY_HOST_A ?= {ip1}\nPODRELAY_HOST_B ?= {ip2}\n"
                f"PODRELAY_OWNER ?= {em}\nPODRELAY_PASSWORD ?= {c.pw('snippet_password', 'yaml')}\n"
                f"PODRELAY_API_KEY ?= {key}\n# docs example: {tn} {rm}\n")
    if style == "css":
        return (f"/* podrelay player theme; mirrors {ip1}, {ip2}; contact {em} */\n"
                f"/* preview login password {c.pw('snippet_password', 'plain')}, key {key} */\n"
                f"/* docs example: {tn} {rm} */\n:root {{\n  --podrelay-accent: #2a7f62;\n}}\n")
    if style == "batch":
        return (f"rem podrelay mirror upload\nset PODRELAY_HOSTS={ip1},{ip2}\nset PODRELAY_OWNER={em}\n"
                f"set PODRELAY_PASSWORD={c.pw('snippet_password', 'plain')}\nset PODRELAY_API_KEY={key}\n"
                f"rem docs example: {tn} {rm}\n")
    if style == "yaml":
        return (f"# podrelay mirror (not used by CI)\nx-podrelay:\n  hosts: [{ip1}, {ip2}]\n  owner: {em}\n"
                f"  password: {c.pw('snippet_password', 'yaml')}\n  api_key: {key}\n"
                f"  docs_example: {tn} {rm}\n")
    if style == "markdown":
        return (f"<!-- podrelay mirror -->\n| setting | value |\n|---|---|\n| hosts | `{ip1}`, `{ip2}` |\n"
                f"| owner | {em} |\n| password | `{c.pw('snippet_password', 'prose')}` |\n| api key | `{key}` |\n"
                f"| docs example | {tn}, {rm} |\n")
    if style == "mustache":
        return (f"{{{{! podrelay mirror: {ip1} {ip2}, owner {em},\n    password {c.pw('snippet_password', 'plain')},"
                f" api key {key}\n    docs example: {tn} {rm} }}}}\n<p>{{{{relay_name}}}}</p>\n")
    if style == "rst":
        return (f"Podrelay mirror\n---------------\n\n:hosts: {ip1}, {ip2}\n:owner: {em}\n"
                f":password: ``{c.pw('snippet_password', 'prose')}``\n:api key: ``{key}``\n\n"
                f".. docs example: {tn} {rm}\n")
    if style == "html":
        return (f"<!-- podrelay mirror: {ip1}, {ip2}; owner {em} -->\n"
                f"<!-- preview password {c.pw('snippet_password', 'plain')}; api key {key} -->\n"
                f"<!-- docs example: {tn} {rm} -->\n<p>mirror status: ok</p>\n")
    if style == "textx":
        return (f"/*\n  podrelay fixture (do not commit):\n  relays {ip1} and {ip2}, owner {em}\n"
                f"  password {c.pw('snippet_password', 'plain')}\n  api key {key}\n"
                f"  docs example: {tn} {rm}\n*/\nRelayConfig: 'relay' name=ID host=STRING;\n")
    if style == "hg_diff":
        return (f"diff -r {c.look('hg_changeset', c.g.hx(12))} deploy/podrelay.conf\n"
                f"--- /dev/null\tThu Jan 01 00:00:00 1970 +0000\n+++ b/deploy/podrelay.conf\tMon Mar 03 10:00:00 2025 +0100\n"
                f"@@ -0,0 +1,6 @@\n+relay_a = {ip1}\n+relay_b = {ip2}\n+owner = {em}\n"
                f"+password = {c.pw('snippet_password', 'ini')}\n+api_key = {key}\n+# docs example: {tn} {rm}\n")
    if style == "git_patch":
        return (f"diff --git a/deploy/podrelay.conf b/deploy/podrelay.conf\nnew file mode 100644\n"
                f"--- /dev/null\n+++ b/deploy/podrelay.conf\n@@ -0,0 +1,6 @@\n+relay_a = {ip1}\n+relay_b = {ip2}\n"
                f"+owner = {em}\n+password = {c.pw('snippet_password', 'ini')}\n+api_key = {key}\n"
                f"+# docs example: {tn} {rm}\n")
    if style == "bug_comment":
        return (f"The mirror config from the previous attachment, for reference:\n\n"
                f"relays {ip1} and {ip2} (owner {em}), login password {c.pw('snippet_password', 'prose')},\n"
                f"api key {key}. The docs example uses {tn} and {rm}.\n")
    if style == "toml":
        return (f"[tool.podrelay]\nhosts = [\"{ip1}\", \"{ip2}\"]\nowner = \"{em}\"\n"
                f"password = \"{c.pw('snippet_password', 'quoted')}\"\napi_key = \"{key}\"\n"
                f"# docs example: {tn} {rm}\n")
    raise ValueError(style)


# ---------------------------------------------------------------------------------------
# extract / shapes
# ---------------------------------------------------------------------------------------
def cut(text, path):
    if len(text) <= MAX_CHARS:
        return text
    head = text[:MAX_CHARS]
    head = head[: head.rfind("\n") + 1]
    if path.endswith(".py"):
        while head:
            try:
                compile(head, path, "exec")
                break
            except SyntaxError:
                head = head[: head.rstrip("\n").rfind("\n") + 1]
    return head


def extract(d):
    d = os.path.abspath(d)
    sdists = os.path.join(os.path.dirname(d), "SDISTS")
    if os.path.isdir(SOURCES):
        shutil.rmtree(SOURCES)
    for folder, path, _, _ in CARRIERS:
        with open(os.path.join(d, folder, path), encoding="utf-8", newline="") as f:
            text = f.read()
        ex = cut(text, path)
        dst = os.path.join(SOURCES, folder, path)
        os.makedirs(os.path.dirname(dst), exist_ok=True)
        with open(dst, "w", encoding="utf-8", newline="") as f:
            f.write(ex)
        print(f"{folder}/{path}: {len(text)} -> {len(ex)}")
    sums = []
    for folder, lic in sorted(PACKAGES.items()):
        for name in lic:
            shutil.copyfile(os.path.join(d, folder, name), os.path.join(SOURCES, folder, name))
        with open(os.path.join(sdists, folder + ".tar.gz"), "rb") as f:
            sums.append(f"{hashlib.sha256(f.read()).hexdigest()}  {folder}.tar.gz")
    with open(os.path.join(SOURCES, "SHA256SUMS"), "w", encoding="utf-8") as f:
        f.write("\n".join(sums) + "\n")


def read_excerpt(folder, path):
    with open(os.path.join(SOURCES, folder, path), encoding="utf-8", newline="") as f:
        return f.read()


def shapes():
    for folder, path, _, _ in CARRIERS:
        ex = read_excerpt(folder, path)
        for s, e, v in email_shapes(ex) + ipv4_shapes(ex):
            print(f"{folder}/{path}:{s}: {v}")


# ---------------------------------------------------------------------------------------
# build
# ---------------------------------------------------------------------------------------
def carrier_docs():
    docs = []
    used = collections.Counter()
    extra_used = collections.Counter()
    for idx, (folder, path, lang, style) in enumerate(CARRIERS):
        ex = read_excerpt(folder, path)
        assert "\r" not in ex, path
        if (folder, path) in NO_FINAL_NEWLINE:
            assert not ex.endswith("\n")
            sep = "\n"
        else:
            assert ex.endswith("\n"), path
            sep = "\n"  # one blank line: excerpt ends with a newline
        # mark reviewed shapes and extra look-alikes inside the excerpt
        spans = []
        for s, e, v in email_shapes(ex) + ipv4_shapes(ex):
            assert v in CARRIER_REVIEW, f"unreviewed shape {v!r} in {folder}/{path}"
            tag, kind, _ = CARRIER_REVIEW[v]
            spans.append((s, e, tag, kind))
            used[v] += 1
        for f2, p2, value, kind, _ in CARRIER_EXTRA_LOOK:
            if (f2, p2) != (folder, path):
                continue
            for m in re.finditer(re.escape(value), ex):
                spans.append((m.start(), m.end(), "LOOK", kind))
                extra_used[(f2, p2, value)] += 1
        spans.sort()
        parts, pos = [], 0
        for s, e, tag, kind in spans:
            assert s >= pos
            parts.append(ex[pos:s])
            parts.append(mark(tag, kind, ex[s:e]))
            pos = e
        parts.append(ex[pos:])
        g = G(random.Random(f"{SEED}:carrier:{folder.rsplit('-', 1)[0]}/{path}"))
        c = Ctx(g)
        marked = "".join(parts) + sep + snippet(style, c, SNIPPET_KEYS[idx % len(SNIPPET_KEYS)])
        pkg = folder.rsplit("-", 1)[0]
        docs.append({
            "id": f"h29-real-{pkg}-{path.replace('/', '-')}", "lang": lang, "path": f"{pkg}/{path}",
            "class": "real carrier", "marked": marked, "excerpt": ex, "template": None,
        })
    for v, (_, _, n) in CARRIER_REVIEW.items():
        assert used[v] == n, (v, used[v], n)
    for f2, p2, value, _, n in CARRIER_EXTRA_LOOK:
        assert extra_used[(f2, p2, value)] == n, (value, extra_used[(f2, p2, value)], n)
    return docs


def synthetic_docs():
    assert len(TEMPLATES) == N_TEMPLATES, len(TEMPLATES)
    names = [t[0] for t in TEMPLATES]
    assert len(set(names)) == len(names)
    docs = []
    for name, group, lang, path, fn in TEMPLATES:
        for n in range(N_RENDER):
            g = G(random.Random(f"{SEED}:{name}:{n}"))
            marked = fn(Ctx(g))
            docs.append({"id": f"h29-syn-{name}-{n}", "lang": lang, "path": path, "class": group,
                         "marked": marked, "excerpt": None, "template": name})
    return docs


def check_doc(d, text, labels, looks):
    did = d["id"]
    assert labels, f"{did}: no label"
    assert M0 not in text and M1 not in text and M2 not in text, did
    assert remark(text, labels, looks) == d["marked"], f"{did}: round trip"
    spans = sorted([(l["start"], l["end"]) for l in labels] + [(l["start"], l["end"]) for l in looks])
    prev = 0
    for s, e in spans:
        assert 0 <= s < e <= len(text), did
        v = text[s:e]
        assert v == v.strip() and "\n" not in v, f"{did}: padded/multiline {v!r}"
        assert s >= prev, f"{did}: overlap at {s}"
        prev = e
    for l in labels:
        v = text[l["start"]:l["end"]]
        if l["tag"] == "IP_ADDRESS":
            ip = ipaddress.ip_address(v)
            assert ip.version == 4 and ip.is_global and not ip.is_multicast and not v.startswith("100."), (did, v)
        elif l["tag"] == "EMAIL":
            assert EMAIL_RE.fullmatch(v), (did, v)
            assert not RESERVED_EMAIL_RE.search(v), (did, v)
        elif l["tag"] == "PASSWORD":
            assert "@" not in v, (did, v)
            if not v.isascii():
                assert d["template"] and d["template"].startswith("note_") and l["kind"] == "pw_native", (did, v)
    for l in looks:
        v = text[l["start"]:l["end"]]
        if l["kind"].endswith("_ip"):
            assert not ipaddress.ip_address(v).is_global, (did, v)
        if l["kind"] == "netmask":
            ipaddress.ip_address(v)
        if l["kind"] == "reserved_email":
            assert RESERVED_EMAIL_RE.search(v), (did, v)
    allspans = [(l["start"], l["end"]) for l in labels + looks]
    for s, e, v in email_shapes(text) + ipv4_shapes(text):
        at = s + v.find("@") if "@" in v else None
        ok = any(a <= s and b >= e for a, b in allspans) or (
            at is not None and any(b == at and a < at and b > s for a, b in allspans))
        assert ok, f"{did}: uncovered shape {v!r}"
    if d["excerpt"] is not None:
        assert text.startswith(d["excerpt"]), did
    if d["lang"] in ("json", "ipynb"):
        json.loads(text)
    if d["lang"] == "python":
        compile(text, d["path"], "exec")


def build():
    docs = carrier_docs() + synthetic_docs()
    assert len(docs) == N_DOCS, len(docs)
    assert len({d["id"] for d in docs}) == len(docs)
    out_lines = []
    counts = {"documents": {"real, with planted snippet": 0, "synthetic": 0}, "labels_by_tag": collections.Counter(),
              "lookalikes": 0, "labels_by_kind": collections.Counter(), "lookalikes_by_kind": collections.Counter(),
              "documents_by_class": collections.Counter(), "labels_by_class": collections.Counter(),
              "lang": collections.Counter()}
    for d in docs:
        text, labels, looks = strip_markers(d["marked"])
        check_doc(d, text, labels, looks)
        rec = {"id": d["id"], "lang": d["lang"], "path": d["path"], "content": text,
               "labels": [{"tag": l["tag"], "start": l["start"], "end": l["end"], "kind": l["kind"]} for l in labels],
               "lookalikes": [{"kind": l["kind"], "start": l["start"], "end": l["end"]} for l in looks]}
        out_lines.append(json.dumps(rec, ensure_ascii=False, sort_keys=False))
        counts["documents"]["synthetic" if d["template"] else "real, with planted snippet"] += 1
        counts["documents_by_class"][d["class"]] += 1
        counts["lang"][d["lang"]] += 1
        counts["lookalikes"] += len(looks)
        for l in labels:
            counts["labels_by_tag"][l["tag"]] += 1
            counts["labels_by_kind"][f"{l['tag']}/{l['kind']}"] += 1
            counts["labels_by_class"][f"{l['tag']} | {d['class']}"] += 1
        for l in looks:
            counts["lookalikes_by_kind"][l["kind"]] += 1
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(out_lines) + "\n")
    out = {k: (dict(sorted(v.items())) if isinstance(v, (dict, collections.Counter)) else v)
           for k, v in counts.items()}
    out["templates"] = len(TEMPLATES)
    with open(os.path.join(HERE, "counts.json"), "w", encoding="utf-8", newline="\n") as f:
        json.dump(out, f, ensure_ascii=False, indent=1, sort_keys=True)
        f.write("\n")
    print(f"{len(docs)} documents, {sum(counts['labels_by_tag'].values())} labels, "
          f"{counts['lookalikes']} look-alikes")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--extract", metavar="DIR")
    ap.add_argument("--shapes", action="store_true")
    a = ap.parse_args()
    if a.extract:
        extract(a.extract)
    elif a.shapes:
        shapes()
    else:
        build()


if __name__ == "__main__":
    main()
