"""Build held-out set 13: `python tests/data/redact_heldout_13/make_heldout_13.py`.

Standard library only; never imports codelm.  Rewrites labels.jsonl and counts.json byte for byte identically.
`--extract DIR` recuts the carrier excerpts (and copies licence files) from sdists unpacked in DIR.
"""
import ast
import collections
import ipaddress
import json
import os
import random
import re
import shutil
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import gen_h13 as g  # noqa: E402
import templates_h13 as T  # noqa: E402

SEED = "codelm-redact-heldout-13"
MAXC = 3500

# package, version, licence, licence file, sdist sha256, files
CARRIERS = [
    ("canvasapi", "3.6.0", "MIT", "LICENSE", "", ["AUTHORS.md", "README.md"]),
    ("habanero", "2.9.2", "MIT", "LICENSE.md", "", ["Makefile", ".github/workflows/python.yml"]),
    ("hl7", "0.4.5", "BSD-3-Clause", "LICENSE", "", ["README.rst", "docs/mllp.rst", "docs/mllp_send.rst"]),
    ("ib_insync", "0.9.86", "BSD-2-Clause", "LICENSE", "", ["README.rst"]),
    ("maxminddb", "3.2.0", "Apache-2.0", "LICENSE", "", ["README.rst", "HISTORY.rst"]),
    ("musicbrainzngs", "0.7.1", "BSD-2-Clause", "COPYING", "", ["README.rst", "examples/collection.py"]),
    ("mwclient", "0.11.0", "MIT", "LICENSE.md", "", ["examples/basic_edit.py", "tox.ini"]),
    ("overpy", "0.7", "MIT", "LICENSE", "", ["README.rst", "examples/get_nodes.py"]),
    ("owslib", "0.35.0", "BSD-3-Clause", "LICENSE", "", ["AUTHORS.rst", "README.md"]),
    ("polib", "1.2.0", "MIT", "LICENSE", "", ["tests/test_utf8.po", "tests/test_merge.pot", "README.rst"]),
    ("pyhamtools", "0.13.2", "MIT", "LICENSE", "", ["README.md"]),
    ("pylast", "7.2.0", "Apache-2.0", "COPYING", "", ["example_test_pylast.yaml", "tox.ini",
                                                      ".github/workflows/test.yml"]),
    ("pylxd", "2.4.2", "Apache-2.0", "LICENSE", "", ["doc/source/authentication.rst", "doc/source/clustering.rst"]),
    ("pymarc", "5.4.0", "BSD-2-Clause", "LICENSE", "", [".mailmap", ".gitlab-ci.yml", "pyproject.toml"]),
    ("python-escpos", "3.1", "MIT", "LICENSE", "", ["doc/user/usage.rst", "src/escpos/printer/network.py"]),
]
SDIST_SHA256 = {}  # filled from sources/SHA256SUMS
SDIST_DIRS = {"canvasapi": "canvasapi-3.6.0", "habanero": "habanero-2.9.2", "hl7": "hl7-0.4.5",
              "ib_insync": "ib_insync-0.9.86", "maxminddb": "maxminddb-3.2.0", "musicbrainzngs": "musicbrainzngs-0.7.1",
              "mwclient": "mwclient-0.11.0", "overpy": "overpy-0.7", "owslib": "owslib-0.35.0", "polib": "polib-1.2.0",
              "pyhamtools": "pyhamtools-0.13.2", "pylast": "pylast-7.2.0", "pylxd": "pylxd-2.4.2",
              "pymarc": "pymarc-5.4.0", "python-escpos": "python-escpos-3.1"}

EMAIL_RE = re.compile(r"[A-Za-z0-9._%+\-]+@[A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)*\.[A-Za-z]{2,}")
IPV4_RE = re.compile(r"(?<![\d.])(?:\d{1,3}\.){3}\d{1,3}(?![\d.]|\.\d)")

# Every e-mail/IPv4 shape in the excerpts, reviewed by hand: (package/path, shape) -> (TAG or LOOK, kind)
CARRIER_REVIEW = {
    # author / maintainer / contributor addresses
    **{("canvasapi/AUTHORS.md", a): ("EMAIL", "carrier_email") for a in ["me@ucf.edu", "jm@ucf.edu"]},
    ("ib_insync/README.rst", "ewald.de.wit@gmail.com"): ("EMAIL", "carrier_email"),
    **{("owslib/AUTHORS.rst", a): ("EMAIL", "carrier_email") for a in [
        "sgillies@frii.com", "ja@nuxeo.com", "kai.lautaportti@hexagonit.fi", "D.Lowe@rl.ac.uk", "jo@frot.org",
        "tomkralidis@gmail.com", "jachym.cepicky@gmail.com", "luca.cinquini@jpl.nasa.gov", "bradh@frogmouth.net",
        "christian.ledermann@gmail.com", "scowan@asascience.com", "wilcox.kyle@gmail.com", "gcpp.kalxas@gmail.com"]},
    **{("pymarc/.mailmap", a): ("EMAIL", "carrier_email") for a in [
        "asl2@pobox.com", "dan@coffeecode.net", "gitorious@coffeecode.net", "eric@hellman.net", "edward@4angle.com",
        "edwardbetts@gmail.com", "james.taysom@gmail.com", "ruestn@gmail.com", "geoffspear@gmail.com",
        "speargh@pitt.edu"]},
    # a translation team's mailing-list address in gettext headers
    ("polib/tests/test_utf8.po", "Django-I18N@googlegroups.com"): ("EMAIL", "carrier_list_email"),
    ("polib/tests/test_merge.pot", "Django-I18N@googlegroups.com"): ("EMAIL", "carrier_list_email"),
    # a globally routable address used as the lookup example
    ("maxminddb/README.rst", "152.216.7.110"): ("IP_ADDRESS", "carrier_ip"),
    # loopback, private and documentation addresses
    ("hl7/docs/mllp.rst", "127.0.0.1"): ("LOOK", "carrier_loopback_ip"),
    ("ib_insync/README.rst", "127.0.0.1"): ("LOOK", "carrier_loopback_ip"),
    ("pylxd/doc/source/authentication.rst", "10.0.0.1"): ("LOOK", "carrier_private_ip"),
    ("pylxd/doc/source/authentication.rst", "192.0.2.1"): ("LOOK", "carrier_doc_ip"),
    ("python-escpos/doc/user/usage.rst", "192.168.1.99"): ("LOOK", "carrier_private_ip"),
}

IP_LOOK_KINDS = {"private_ip", "loopback_ip", "cgnat_ip", "doc_ip", "link_local_ip", "unspecified_ip",
                 "multicast_ip", "netmask", "broadcast_ip", "carrier_private_ip", "carrier_loopback_ip",
                 "carrier_doc_ip"}
RESERVED = re.compile(r"(^|\.)(example\.(com|net|org)|[^.]+\.example|example|test|invalid|localhost)$", re.I)


def excerpt_cut(text, path):
    t = text[:MAXC]
    if len(text) > MAXC:
        t = t[: t.rfind("\n") + 1]
    if path.endswith(".py"):
        lines = t.splitlines(keepends=True)
        while lines:
            try:
                compile("".join(lines), path, "exec")
                break
            except SyntaxError:
                lines.pop()
        t = "".join(lines)
    return t


def extract(src_root):
    for pkg, _v, _l, lic, _s, files in CARRIERS:
        base = os.path.join(src_root, SDIST_DIRS[pkg])
        out = os.path.join(HERE, "sources", pkg)
        os.makedirs(out, exist_ok=True)
        shutil.copyfile(os.path.join(base, lic), os.path.join(out, lic))
        for f in files:
            with open(os.path.join(base, f), encoding="utf-8") as fh:
                t = excerpt_cut(fh.read(), f)
            dst = os.path.join(out, f)
            os.makedirs(os.path.dirname(dst), exist_ok=True)
            with open(dst, "w", encoding="utf-8", newline="") as fh:
                fh.write(t)


# ------------------------------------------------------------------ carrier snippets (same file type)
def snippet(r, path):
    L, E, IP, K, P, X = T.L, T.E, T.IP, T.K, T.P, T.X
    base = os.path.basename(path)
    ext = os.path.splitext(base)[1]
    em, ip, pw = T.em, T.ip, T.pw
    if ext == ".py":
        return (f"\n\nif False:  # local smoke test, never runs in CI\n"
                f"    LOCAL = dict(\n        host=\"{ip(r)}\",\n        user=\"smoke\",\n"
                f"        password=\"{pw(r)}\",\n        api_key=\"{K(g.hf(r), 'hf')}\",\n"
                f"        contact=\"{em(r)}\",\n    )\n")
    if ext == ".rst":
        return (f"\n\n.. note::\n\n   Maintainer test box: ``{ip(r)}`` (login ``tester`` / ``{pw(r, 'pw_word', 'pw_alnum', 'pw_gen')}``),\n"
                f"   token ``{K(g.gh_fine(r), 'gh_fine')}``; mail {em(r)}.\n")
    if ext == ".md":
        return (f"\n\n<!-- local notes: staging {ip(r)} token {K(g.npm(r), 'npm')}\n"
                f"     password {pw(r, 'pw_word', 'pw_camel', 'pw_alnum')} owner {em(r)} -->\n")
    if ext in (".yml", ".yaml"):
        return (f"\n# local overrides (do not commit)\nlocal-env:\n  SMOKE_HOST: {ip(r)}\n"
                f"  SMOKE_PASSWORD: \"{pw(r, 'pw_word', 'pw_alnum', 'pw_gen')}\"\n  SMOKE_TOKEN: {K(g.gitlab_pat(r), 'gitlab_pat')}\n"
                f"  SMOKE_CONTACT: {em(r)}\n")
    if ext == ".toml":
        return (f"\n[tool.local-smoke]\nhost = \"{ip(r)}\"\npassword = \"{pw(r)}\"\n"
                f"token = \"{K(g.pypi(r), 'pypi')}\"\nowner = \"{em(r)}\"\n")
    if ext == ".ini" or base == "tox.ini":
        return (f"\n[testenv:smoke-local]\nsetenv =\n    SMOKE_HOST = {ip(r)}\n"
                f"    SMOKE_PASSWORD = {pw(r, 'pw_alnum', 'pw_word')}\n    SMOKE_TOKEN = {K(g.gh_classic(r), 'gh_classic')}\n"
                f"    SMOKE_MAIL = {em(r)}\n")
    if ext in (".po", ".pot"):
        return (f"\n#. translator note: staging server {ip(r)}, login {pw(r, 'pw_word', 'pw_alnum')}\n"
                f"#. reviewer {em(r)}\nmsgid \"Local smoke test\"\nmsgstr \"\"\n")
    if base == ".mailmap":
        return f"{g.person(r)[0].title()} {g.person(r)[1].title()} <{em(r)}> <{em(r)}>\n"
    if base == "Makefile":
        return (f"\nupload-local:\n\tcurl -u uploader:{pw(r, safe=True)} -T dist/*.tar.gz https://{ip(r)}/incoming/\n"
                f"\t@echo done, mail {em(r)}\n")
    if ext == ".rst" or ext == ".txt" or ext == "":
        return f"\n\nLocal notes: box {ip(r)} pw {pw(r)} mail {em(r)}\n"
    raise ValueError(path)


# ------------------------------------------------------------------ marker parsing
def strip_markers(marked):
    out, labels, looks = [], [], []
    i, pos, stack = 0, 0, []
    while i < len(marked):
        c = marked[i]
        if c == T.M0:
            j = marked.index(T.M1, i)
            tag, kind = marked[i + 1:j].split("|", 1)
            stack.append((tag, kind, pos))
            i = j + 1
        elif c == T.M2:
            tag, kind, s = stack.pop()
            (looks if tag == "LOOK" else labels).append(
                {"kind": kind, "start": s, "end": pos} if tag == "LOOK" else
                {"tag": tag, "start": s, "end": pos, "kind": kind})
            i += 1
        else:
            out.append(c)
            pos += 1
            i += 1
    assert not stack
    return "".join(out), labels, looks


def reserved(addr):
    return bool(RESERVED.search(addr.rsplit("@", 1)[1]))


def check_doc(d):
    t = d["content"]
    assert d["labels"], d["id"]
    spans = []
    for s in d["labels"] + d["lookalikes"]:
        assert 0 <= s["start"] < s["end"] <= len(t), (d["id"], s)
        v = t[s["start"]:s["end"]]
        assert v == v.strip(), (d["id"], v)
        spans.append((s["start"], s["end"]))
    spans.sort()
    for a, b in zip(spans, spans[1:]):
        assert a[1] <= b[0], (d["id"], a, b, t[a[0]:a[1]], t[b[0]:b[1]])
    for s in d["labels"]:
        v = t[s["start"]:s["end"]]
        if s["tag"] == "IP_ADDRESS":
            x = ipaddress.ip_address(v)
            assert x.is_global and not x.is_multicast, (d["id"], v)
        if s["tag"] == "EMAIL":
            assert EMAIL_RE.fullmatch(v), (d["id"], v)
            assert not reserved(v), (d["id"], v)
    for s in d["lookalikes"]:
        v = t[s["start"]:s["end"]]
        if s["kind"] in IP_LOOK_KINDS:
            try:
                x = ipaddress.ip_address(v)
            except ValueError:
                continue
            assert (not x.is_global) or x.is_multicast, (d["id"], v)
        if s["kind"] == "reserved_email":
            assert reserved(v), (d["id"], v)
    allspans = d["labels"] + d["lookalikes"]
    for rx in (EMAIL_RE, IPV4_RE):
        for m in rx.finditer(t):
            at = t.find("@", m.start(), m.end())
            ok = any(s["start"] <= m.start() and m.end() <= s["end"] for s in allspans) or \
                (at >= 0 and any(s["end"] == at and s["start"] < at for s in allspans))
            assert ok, (d["id"], m.group(), t[max(0, m.start() - 40):m.end() + 20])
    lang = d["lang"]
    if lang == "python":
        compile(t, d["path"], "exec")
    elif lang in ("json", "notebook"):
        json.loads(t)
    elif lang == "jsonl":
        for line in t.splitlines():
            if line.strip():
                json.loads(line)


def lang_of(path):
    ext = os.path.splitext(path)[1]
    return {".py": "python", ".rst": "rst", ".md": "markdown", ".yml": "yaml", ".yaml": "yaml", ".toml": "toml",
            ".ini": "ini", ".po": "gettext", ".pot": "gettext"}.get(ext, "makefile" if path.endswith("Makefile")
                                                                     else "text")


def build():
    docs, cls_of = [], {}
    with open(os.path.join(HERE, "sources", "SHA256SUMS"), encoding="utf-8") as fh:
        for line in fh:
            h, name = line.split()
            SDIST_SHA256[name] = h
    used_review = set()
    for pkg, _v, _l, _lic, _s, files in CARRIERS:
        for f in files:
            with open(os.path.join(HERE, "sources", pkg, f), encoding="utf-8", newline="") as fh:
                exc = fh.read()
            key = f"{pkg}/{f}"
            r = random.Random(f"{SEED}:carrier:{key}")
            # review every shape of the excerpt
            marked_exc, pos, pieces = exc, 0, []
            shapes = sorted([(m.start(), m.end(), m.group()) for rx in (EMAIL_RE, IPV4_RE) for m in rx.finditer(exc)])
            for s, e, v in shapes:
                rv = CARRIER_REVIEW.get((key, v))
                assert rv is not None, f"unreviewed shape {v!r} in {key}"
                used_review.add((key, v))
                pieces.append(exc[pos:s])
                pieces.append(T.L(rv[0], rv[1], v))
                pos = e
            pieces.append(exc[pos:])
            marked_exc = "".join(pieces)
            content, labels, looks = strip_markers(marked_exc + snippet(r, f))
            assert content.startswith(exc)
            for lab in labels:
                if lab["start"] >= len(exc):
                    lab["kind"] = "snippet_" + lab["kind"]
            did = f"h13-real-{pkg}-{f.replace('/', '-')}"
            docs.append({"id": did, "lang": lang_of(f), "path": f, "content": content, "labels": labels,
                         "lookalikes": looks})
            cls_of[did] = "real carrier"
    stale = set(CARRIER_REVIEW) - used_review
    assert not stale, f"stale review entries: {sorted(stale)}"
    for name, cls, lang, path, fn in T.TEMPLATES:
        for n in range(3):
            r = random.Random(f"{SEED}:{name}:{n}")
            content, labels, looks = strip_markers(fn(r))
            did = f"h13-syn-{name}-{n}"
            docs.append({"id": did, "lang": lang, "path": path, "content": content, "labels": labels,
                         "lookalikes": looks})
            cls_of[did] = cls
    ids = [d["id"] for d in docs]
    assert len(ids) == len(set(ids))
    for d in docs:
        check_doc(d)
    return docs, cls_of


def counts(docs, cls_of):
    c = {"documents": len(docs), "real": sum(cls_of[d["id"]] == "real carrier" for d in docs),
         "synthetic": sum(cls_of[d["id"]] != "real carrier" for d in docs), "templates": len(T.TEMPLATES)}
    c["labels"] = sum(len(d["labels"]) for d in docs)
    c["lookalikes"] = sum(len(d["lookalikes"]) for d in docs)
    c["by_tag"] = dict(sorted(collections.Counter(l["tag"] for d in docs for l in d["labels"]).items()))
    c["by_tag_class"] = {f"{k[0]} | {k[1]}": v for k, v in sorted(collections.Counter(
        (l["tag"], cls_of[d["id"]]) for d in docs for l in d["labels"]).items())}
    c["by_kind"] = {f"{k[0]} | {k[1]}": v for k, v in sorted(collections.Counter(
        (l["tag"], l["kind"]) for d in docs for l in d["labels"]).items())}
    c["lookalike_kinds"] = dict(sorted(collections.Counter(x["kind"] for d in docs for x in d["lookalikes"]).items()))
    c["documents_by_class"] = dict(sorted(collections.Counter(cls_of.values()).items()))
    return c


def main():
    if len(sys.argv) == 3 and sys.argv[1] == "--extract":
        extract(sys.argv[2])
        return
    docs, cls_of = build()
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8", newline="\n") as fh:
        for d in docs:
            fh.write(json.dumps(d, ensure_ascii=False, sort_keys=False) + "\n")
    with open(os.path.join(HERE, "counts.json"), "w", encoding="utf-8", newline="\n") as fh:
        json.dump(counts(docs, cls_of), fh, indent=1, ensure_ascii=False)
        fh.write("\n")
    print(len(docs), "documents")


if __name__ == "__main__":
    main()
