"""Build held-out set 11 (labels.jsonl, counts.json). Standard library only; never imports codelm.

    python tests/data/redact_heldout_11/make_heldout_11.py            # build
    python tests/data/redact_heldout_11/make_heldout_11.py --extract DIR   # recut excerpts from unpacked sdists
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
import gen_h11  # noqa: E402
from gen_h11 import G, L, A  # noqa: E402
import templates_h11  # noqa: E402

SEED = "codelm-redact-heldout-11"
MAXLEN = 3500

# package -> (version, sdist dir name, licence file, licence id, sdist sha256)
PACKAGES = {
    "aiocoap": ("0.4.17", "aiocoap-0.4.17", "LICENSES", "MIT AND BSD-3-Clause", "464c8d2b85ec1ef435dabeaa3fb6c8256b40fadfe6ce4ca83b93acb8d555f436"),
    "checkdmarc": ("6.0.4", "checkdmarc-6.0.4", "LICENSE", "Apache-2.0", "27113185ec5fd981ee163d5fbd86b8d8c1e15021e0f311c714a878bcb3e8b261"),
    "couchdb": ("1.2", "CouchDB-1.2", "COPYING", "BSD-3-Clause", "1386a1a43f25bed3667e3b805222054940d674fa1967fa48e9d2012a18630ab7"),
    "emails": ("1.1.3", "emails-1.1.3", "LICENSE", "Apache-2.0", "935c70428c664f26e93b410673e59a763baa688886167fd1d50dc03506b17cc5"),
    "fritzconnection": ("1.15.1", "fritzconnection-1.15.1", "LICENSE.txt", "MIT", "aa40b0a850f65fd7ea0483e65f733aa534d63c5e5bb9a8306c63e9dfd0bcf5dd"),
    "gmqtt": ("0.8.0", "gmqtt-0.8.0", "LICENSE", "MIT", "61fb7641109f57ca29f73d2d8f2cb487de49d76338ef8c68228db961b6e9696a"),
    "mcstatus": ("14.2.0", "mcstatus-14.2.0", "LICENSE", "Apache-2.0", "ab1a3145dc6b22b8051ea087a87e5b26cf91abfb8e1808539a2526bbfaaa0167"),
    "nagiosplugin": ("1.4.0", "nagiosplugin-1.4.0", "LICENSE.txt", "ZPL-2.1", "23169b04a23c4ad4419ef9b7666d401f48df3247b3dfc3f874be2c14fd2db401"),
    "parsedmarc": ("11.1.0", "parsedmarc-11.1.0", "LICENSE", "Apache-2.0", "8208ee6d80d633e857b24102906c5ef26b244ad748e85bec0684485e3cbbcfe7"),
    "pymodbus": ("3.16.1", "pymodbus-3.16.1", "LICENSE", "BSD-3-Clause", "19e571826dff37860afc31c845c1fd2fb72acffca02a233506b32d94fa022c33"),
    "pynetdicom": ("3.0.4", "pynetdicom-3.0.4", "LICENCE", "MIT", "567ef761d73b34a380a4350e0d10ae549d749c66da4f1bdf8793cab9a6a326e4"),
    "sshtunnel": ("0.5.1", "sshtunnel-0.5.1", "LICENSE", "MIT", "b7628901e34a297a1a754d136e5e1262cfdef1c3e0a19f75474457ffb49d6838"),
}

# (package, path, lang, snippet style, max chars)
CARRIER_FILES = [
    ("aiocoap", "clientGET.py", "python", "py_consts", MAXLEN),
    ("aiocoap", "server.py", "python", "py_dict", MAXLEN),
    ("checkdmarc", "README.md", "markdown", "md_comment", MAXLEN),
    ("checkdmarc", "pyproject.toml", "toml", "toml_table", MAXLEN),
    ("couchdb", "ChangeLog.rst", "rst", "rst_code", MAXLEN),
    ("couchdb", "Makefile", "makefile", "make_target", MAXLEN),
    ("couchdb", "setup.py", "python", "py_consts", MAXLEN),
    ("couchdb", "tox.ini", "ini", "tox_setenv", MAXLEN),
    ("emails", "AUTHORS.rst", "rst", "rst_note", MAXLEN),
    ("emails", "README.rst", "rst", "rst_code", MAXLEN),
    ("emails", "setup.py", "python", "py_dict", MAXLEN),
    ("fritzconnection", "README.md", "markdown", "md_list", MAXLEN),
    ("fritzconnection", "setup.py", "python", "py_consts", MAXLEN),
    ("fritzconnection", "fritzconnection/core/fritzconnection.py", "python", "py_dict", MAXLEN),
    ("gmqtt", "README.md", "markdown", "md_comment", MAXLEN),
    ("gmqtt", "examples/properties.py", "python", "py_consts", MAXLEN),
    ("mcstatus", "README.md", "markdown", "md_list", MAXLEN),
    ("mcstatus", "pyproject.toml", "toml", "toml_table", MAXLEN),
    ("nagiosplugin", "CONTRIBUTORS.txt", "text", "text_note", 900),
    ("nagiosplugin", "HISTORY.txt", "text", "text_note", MAXLEN),
    ("nagiosplugin", "README.txt", "rst", "rst_note", MAXLEN),
    ("parsedmarc", "README.md", "markdown", "md_list", MAXLEN),
    ("parsedmarc", "pyproject.toml", "toml", "toml_table", MAXLEN),
    ("pymodbus", "AUTHORS.rst", "rst", "rst_note", MAXLEN),
    ("pymodbus", "README.rst", "rst", "rst_code", MAXLEN),
    ("pynetdicom", "README.rst", "rst", "rst_code", MAXLEN),
    ("pynetdicom", "pyproject.toml", "toml", "toml_table", MAXLEN),
    ("sshtunnel", "README.rst", "rst", "rst_code", MAXLEN),
    ("sshtunnel", "sshtunnel.py", "python", "py_dict", MAXLEN),
    ("sshtunnel", "changelog.rst", "rst", "rst_note", MAXLEN),
]

# every e-mail/IPv4 shape in the excerpts, reviewed by hand: string -> EMAIL / IP_ADDRESS / look-alike kind
CARRIER_REVIEW = {
    "checkdmarc/pyproject.toml:whalenster@gmail.com": "EMAIL",
    "couchdb/setup.py:cmlenz@gmx.de": "EMAIL",
    "couchdb/setup.py:dirkjan@ochtman.nl": "EMAIL",
    "emails/README.rst:billing@example.com": "reserved_email",
    "emails/README.rst:customer@example.com": "reserved_email",
    "fritzconnection/README.md:192.168.178.1": "private_ip",
    "fritzconnection/setup.py:bremer@bremer-media.com": "EMAIL",
    "fritzconnection/fritzconnection/core/fritzconnection.py:169.254.1.1": "link_local_ip",
    "mcstatus/pyproject.toml:dinnerbone@dinnerbone.com": "EMAIL",
    "mcstatus/pyproject.toml:itsdrike@protonmail.com": "EMAIL",
    "mcstatus/pyproject.toml:perchunpak@gmail.com": "EMAIL",
    "mcstatus/pyproject.toml:kevinkjt2000@gmail.com": "EMAIL",
    "nagiosplugin/CONTRIBUTORS.txt:kc@flyingcircus.io": "EMAIL",
    "nagiosplugin/CONTRIBUTORS.txt:wosc@wosc.de": "EMAIL",
    "nagiosplugin/CONTRIBUTORS.txt:thomas@thomas-lotze.de": "EMAIL",
    "nagiosplugin/CONTRIBUTORS.txt:ct@flyingcircus.io": "EMAIL",
    "nagiosplugin/CONTRIBUTORS.txt:mh@gocept.com": "EMAIL",
    "nagiosplugin/CONTRIBUTORS.txt:andreich@gmail.com": "EMAIL",
    "nagiosplugin/CONTRIBUTORS.txt:birger.schmidt@netways.de": "EMAIL",
    # a workstation's local hostname (.lan), not a deliverable address
    "nagiosplugin/CONTRIBUTORS.txt:LaggAt@lagg-asus1.lan": "local_host_email",
    "nagiosplugin/CONTRIBUTORS.txt:jeff@holyhandgrenade.org": "EMAIL",
    "nagiosplugin/CONTRIBUTORS.txt:jmfardello@gmail.com": "EMAIL",
    "nagiosplugin/README.txt:matt@conundrum.com": "EMAIL",
    "nagiosplugin/README.txt:kc@flyingcircus.io": "EMAIL",
    "parsedmarc/pyproject.toml:whalenster@gmail.com": "EMAIL",
    "pynetdicom/pyproject.toml:scaramallion@users.noreply.github.com": "noreply_email",
    "sshtunnel/README.rst:127.0.0.1": "loopback_ip",
    "sshtunnel/sshtunnel.py:127.0.0.1": "loopback_ip",
}

EMAIL_RE = re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}")
IPV4_RE = re.compile(r"(?<![\d.])\d{1,3}(?:\.\d{1,3}){3}(?!\.?\d)")
RESERVED = ("example.com", "example.net", "example.org")
RESERVED_TLDS = (".example", ".test", ".invalid", ".localhost", ".local")


def excerpt(text, limit, is_py):
    if len(text) > limit:
        cut = text[:limit]
        text = cut[:cut.rfind("\n") + 1]
    if is_py:
        lines = text.splitlines(keepends=True)
        while lines:
            cand = "".join(lines)
            try:
                compile(cand, "x", "exec")
                text = cand
                break
            except SyntaxError:
                lines.pop()
        else:
            text = ""
    return text


def extract(src_dir):
    for pkg, path, lang, _style, limit in CARRIER_FILES:
        ver, dname, lic, _lid, _sha = PACKAGES[pkg]
        with open(os.path.join(src_dir, dname, path), encoding="utf-8") as fh:
            text = fh.read()
        text = excerpt(text, limit, lang == "python")
        dst = os.path.join(HERE, "sources", pkg, path)
        os.makedirs(os.path.dirname(dst), exist_ok=True)
        with open(dst, "w", encoding="utf-8", newline="") as fh:
            fh.write(text)
        ldst = os.path.join(HERE, "sources", pkg, lic)
        os.makedirs(os.path.dirname(ldst) or ".", exist_ok=True)
        if os.path.isdir(os.path.join(src_dir, dname, lic)):
            shutil.copytree(os.path.join(src_dir, dname, lic), ldst, dirs_exist_ok=True)
        else:
            shutil.copyfile(os.path.join(src_dir, dname, lic), ldst)


# ------------------------------------------------------------------ carrier snippets
def snippet(style, c):
    E, I, P, K, a = c.E, c.I, c.P, c.K, c.a
    if style == "py_consts":
        return (f'\n\n# local test settings (do not ship)\nTEST_BROKER = "{I()}"\nTEST_USER = "{E()}"\n'
                f'TEST_PASSWORD = "{P("dq")}"\nTEST_TOKEN = "{K("github_classic")}"\nLAN_GATEWAY = "{a("private_ip")}"\n')
    if style == "py_dict":
        return (f'\n\nif False:  # smoke test account\n    _ACCOUNT = dict(host="{I()}", user="{E(True)}", password="{P("dq")}",\n'
                f'                    api_key="{K("hex32")}", fallback="{a("loopback_ip")}")\n')
    if style == "md_comment":
        return (f"\n<!-- maintainer notes: staging broker {I()}, login {E(True)} / {P('plain')},\n"
                f"     CI token {K('gitlab_pat')}; lab network {a('private_ip')} -->\n")
    if style == "md_list":
        return (f"\n### Local notes\n\n- test host: `{I()}` (LAN `{a('private_ip')}`)\n- account: `{E()}`\n"
                f"- password: `{P('plain')}`\n- token: `{K('npm')}`\n")
    if style == "toml_table":
        return (f'\n[tool.local-deploy]\nhost = "{I()}"\nuser = "{E(True)}"\npassword = "{P("hcl")}"\n'
                f'pypi_token = "{K("pypi")}"\nbind = "{a("unspecified_ip")}"\n')
    if style == "rst_code":
        return (f"\n\n.. code-block:: bash\n\n    export BROKER={I()}\n    export ADMIN_MAIL={E()}\n"
                f"    curl -u admin:{P('url')} http://{I()}:5984/_all_dbs\n    export SLACK_TOKEN={K('slack_bot')}\n")
    if style == "rst_note":
        return (f"\n\n.. note::\n\n   Test server {I()} ({a('private_ip')} inside the lab), contact {E(True)},\n"
                f"   password ``{P('plain')}``, API key ``{K('hex40')}``.\n")
    if style == "tox_setenv":
        return (f"\n[testenv:integration]\nsetenv =\n    COUCHDB_URL = http://admin:{P('url')}@{I()}:5984/\n"
                f"    NOTIFY = {E()}\n    SENTRY_AUTH_TOKEN = {K('sentry_auth')}\n")
    if style == "make_target":
        return (f"\nupload-private:\n\tcurl -u ci:{P('shell')} -F file=@dist/pkg.tar.gz http://{I()}:8080/upload\n"
                f"\t@echo uploaded by {E(True)}\n")
    if style == "text_note":
        return (f"\n\nLocal test notes: monitoring host {I()}, mail {E()}, password {P('plain')},\n"
                f"token {K('hex32')}, internal {a('private_ip')}.\n")
    raise ValueError(style)


# ------------------------------------------------------------------ marker parsing
MARK = re.compile("\ue000([A-Z_]+)\ue004([^\ue001]+)\ue001([^\ue002]*)\ue002|\ue003([^\ue001]+)\ue001([^\ue002]*)\ue002")


def strip_markers(text):
    out, labels, looks, pos = [], [], [], 0
    n = 0
    for m in MARK.finditer(text):
        out.append(text[pos:m.start()])
        n += len(text[pos:m.start()])
        if m.group(1):
            v = m.group(3)
            labels.append({"tag": m.group(1), "start": n, "end": n + len(v), "kind": m.group(2)})
        else:
            v = m.group(5)
            looks.append({"kind": m.group(4), "start": n, "end": n + len(v)})
        out.append(v)
        n += len(v)
        pos = m.end()
    out.append(text[pos:])
    content = "".join(out)
    assert not re.search("[\ue000-\ue004]", content)
    return content, labels, looks


def email_ok(v):
    m = re.fullmatch(r"[A-Za-z0-9._%+-]+@([A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,})", v)
    if not m:
        return False
    d = m.group(1).lower()
    return not (d in RESERVED or any(d.endswith("." + r) for r in RESERVED) or d.endswith(RESERVED_TLDS) or d == "localhost")


def check_doc(doc, review_excerpt=None):
    content, labels, looks = doc["content"], doc["labels"], doc["lookalikes"]
    spans = sorted([(x["start"], x["end"], "L", x) for x in labels] + [(x["start"], x["end"], "A", x) for x in looks])
    prev = 0
    for s, e, t, x in spans:
        assert 0 <= s < e <= len(content), (doc["id"], x)
        v = content[s:e]
        assert v == v.strip(), (doc["id"], v)
        assert s >= prev, (doc["id"], "overlap", x)
        prev = e
        if t == "L":
            assert x["tag"] in ("EMAIL", "IP_ADDRESS", "KEY", "PASSWORD"), x
            if x["tag"] == "IP_ADDRESS":
                ip = ipaddress.ip_address(v)
                assert ip.is_global and not ip.is_multicast, (doc["id"], v)
            if x["tag"] == "EMAIL":
                assert email_ok(v), (doc["id"], v)
        else:
            if x["kind"].endswith("_ip") or x["kind"] == "netmask":
                try:
                    ip = ipaddress.ip_address(v)
                except ValueError:
                    ip = None
                if ip is not None and x["kind"] != "netmask":
                    assert (not ip.is_global) or ip.is_multicast, (doc["id"], v)
            if x["kind"] == "reserved_email":
                assert not email_ok(v), (doc["id"], v)
    covered = [(s, e) for s, e, _t, _x in spans]
    ends = {e for s, e in covered}
    for rx in (EMAIL_RE, IPV4_RE):
        for m in rx.finditer(content):
            s, e = m.span()
            ok = any(cs <= s and e <= ce for cs, ce in covered)
            if not ok and rx is EMAIL_RE:
                # a secret that ends at a URL's "@" (user:secret@host) counts
                ok = (s + m.group(0).index("@")) in ends
            assert ok, (doc["id"], "unreviewed shape", m.group(0))


def build():
    docs = []
    # ---------------- carriers
    for pkg, path, lang, style, _limit in CARRIER_FILES:
        with open(os.path.join(HERE, "sources", pkg, path), encoding="utf-8", newline="") as fh:
            exc = fh.read()
        marked, pos = [], 0
        hits = sorted([(m.start(), m.end(), "e") for m in EMAIL_RE.finditer(exc)] +
                      [(m.start(), m.end(), "i") for m in IPV4_RE.finditer(exc)])
        for s, e, _k in hits:
            v = exc[s:e]
            key = f"{pkg}/{path}:{v}"
            assert key in CARRIER_REVIEW, ("unreviewed carrier shape", key)
            what = CARRIER_REVIEW[key]
            marked.append(exc[pos:s])
            if isinstance(what, tuple):  # (prefix-to-skip, TAG) label on part of the shape
                skip, tag = what
                marked.append(v[:skip])
                marked.append(L(tag, "carrier_email" if tag == "EMAIL" else "carrier_ip", v[skip:]))
            elif what in ("EMAIL", "IP_ADDRESS"):
                marked.append(L(what, "carrier_email" if what == "EMAIL" else "carrier_ip", v))
            else:
                marked.append(A(what, v))
            pos = e
        marked.append(exc[pos:])
        g = G(random.Random(f"{SEED}:carrier:{pkg}/{path}"))
        c = templates_h11.C(g)
        snip = snippet(style, c)
        snip = re.sub("\ue000([A-Z_]+)\ue004", lambda m: "\ue000" + m.group(1) + "\ue004snippet_", snip)
        content, labels, looks = strip_markers("".join(marked) + snip)
        assert content.startswith(exc)
        docs.append({"id": f"h11-real-{pkg}-{path.replace('/', '-')}", "lang": lang, "path": path,
                     "content": content, "labels": labels, "lookalikes": looks, "_group": "real carrier",
                     "_class": "real"})
    # ---------------- synthetic
    for name, lang, path, group, cls, fn in templates_h11.TEMPLATES:
        for n in range(3):
            g = G(random.Random(f"{SEED}:{name}:{n}"))
            text = fn(templates_h11.C(g))
            content, labels, looks = strip_markers(text)
            docs.append({"id": f"h11-syn-{name}-{n}", "lang": lang, "path": path, "content": content,
                         "labels": labels, "lookalikes": looks, "_group": group, "_class": cls})
    # ---------------- assertions
    ids = set()
    for d in docs:
        assert d["id"] not in ids, d["id"]
        ids.add(d["id"])
        assert d["labels"], d["id"]
        check_doc(d)
        if d["lang"] == "python":
            compile(d["content"], d["id"], "exec")
        if d["lang"] in ("json", "ipynb"):
            json.loads(d["content"])
        if d["lang"] == "jsonl":
            for line in d["content"].splitlines():
                json.loads(line)
    return docs


def main():
    if len(sys.argv) > 2 and sys.argv[1] == "--extract":
        extract(sys.argv[2])
        return
    docs = build()
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8", newline="\n") as fh:
        for d in docs:
            rec = {k: d[k] for k in ("id", "lang", "path", "content", "labels", "lookalikes")}
            fh.write(json.dumps(rec, ensure_ascii=False, sort_keys=False) + "\n")
    tags = collections.Counter(x["tag"] for d in docs for x in d["labels"])
    kinds = collections.Counter(f'{x["tag"]}:{x["kind"]}' for d in docs for x in d["labels"])
    bygroup = collections.Counter(f'{x["tag"]} | {d["_group"]}' for d in docs for x in d["labels"])
    looks = collections.Counter(x["kind"] for d in docs for x in d["lookalikes"])
    counts = {
        "documents": len(docs),
        "real": sum(1 for d in docs if d["_class"] == "real"),
        "synthetic": sum(1 for d in docs if d["_class"] != "real"),
        "templates": len(templates_h11.TEMPLATES),
        "templates_everyday": sum(1 for t in templates_h11.TEMPLATES if t[4] == "everyday"),
        "templates_uncommon": sum(1 for t in templates_h11.TEMPLATES if t[4] == "uncommon"),
        "labels": sum(tags.values()),
        "by_tag": dict(sorted(tags.items())),
        "by_tag_and_class": dict(sorted(bygroup.items())),
        "by_kind": dict(sorted(kinds.items())),
        "lookalikes": sum(looks.values()),
        "lookalike_kinds": dict(sorted(looks.items())),
    }
    with open(os.path.join(HERE, "counts.json"), "w", encoding="utf-8", newline="\n") as fh:
        json.dump(counts, fh, indent=1, ensure_ascii=False)
        fh.write("\n")
    print(json.dumps({k: counts[k] for k in ("documents", "real", "synthetic", "labels", "by_tag", "lookalikes")}))


if __name__ == "__main__":
    main()
