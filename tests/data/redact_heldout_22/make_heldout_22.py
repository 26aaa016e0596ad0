"""Build held-out set 22 for the PII/secret redactor (stdlib only; never imports codelm).

    python make_heldout_22.py              # write labels.jsonl and counts.json
    python make_heldout_22.py --shapes     # list e-mail/IPv4 shapes in the stored excerpts (review aid)
    python make_heldout_22.py --extract D  # recut excerpts + copy licences from sdists unpacked in D
"""

import collections
import ipaddress
import json
import os
import random
import re
import shutil
import sys

sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import gen_h22  # noqa: E402
import templates_h22  # noqa: E402

M0, M1, M2 = gen_h22.M0, gen_h22.M1, gen_h22.M2
SEED = "codelm-redact-heldout-22"
MAX_EXCERPT = 3500

# (package, version, path inside sdist, licence files)
CARRIERS = [
    ("bitstring", "5.0.0", "pyproject.toml", ["LICENSE"]),
    ("cbor2", "6.3.0", ".github/workflows/publish.yml", ["LICENSE.txt"]),
    ("cbor2", "6.3.0", "docs/versionhistory.rst", ["LICENSE.txt"]),
    ("docopt", "0.6.2", "setup.py", ["LICENSE-MIT"]),
    ("ijson", "3.6.0", "setup.py", ["LICENSE.txt"]),
    ("intervaltree", "3.2.1", "CHANGELOG.md", ["LICENSE.txt"]),
    ("intervaltree", "3.2.1", "Makefile", ["LICENSE.txt"]),
    ("polyline", "2.0.4", "README.rst", ["LICENSE"]),
    ("polyline", "2.0.4", "pyproject.toml", ["LICENSE"]),
    ("pydot", "4.0.1", "README.md", ["LICENSES/MIT.txt", "LICENSES/Python-2.0.txt"]),
    ("pydot", "4.0.1", "setup.cfg", ["LICENSES/MIT.txt", "LICENSES/Python-2.0.txt"]),
    ("pyfiglet", "1.0.4", "README.md", ["LICENSE"]),
    ("pyfiglet", "1.0.4", "setup.py", ["LICENSE"]),
    ("pyshp", "3.1.9", "pyproject.toml", ["LICENSE.TXT"]),
    ("schedule", "1.2.2", "AUTHORS.rst", ["LICENSE.txt"]),
    ("schedule", "1.2.2", "setup.py", ["LICENSE.txt"]),
    ("textdistance", "4.6.3", "setup.cfg", ["LICENSE"]),
    ("textdistance", "4.6.3", "setup.py", ["LICENSE"]),
    ("webcolors", "25.10.0", ".readthedocs.yaml", ["LICENSE"]),
    ("webcolors", "25.10.0", "Makefile", ["LICENSE"]),
]

# Every e-mail/IPv4 shape in the excerpts, reviewed by hand: (package, path, shape) -> (action, kind, count).
# action is "EMAIL" (label) or "LOOK" (look-alike).
CARRIER_REVIEW = {
    ("bitstring", "pyproject.toml", "dr.scottgriffiths@gmail.com"): ("EMAIL", "carrier_email", 1),
    ("docopt", "setup.py", "vladimir@keleshev.com"): ("EMAIL", "carrier_email", 1),
    ("pyfiglet", "setup.py", "p@pwaller.net"): ("EMAIL", "carrier_email", 1),
    ("pyshp", "pyproject.toml", "james@jamesparrott.dev"): ("EMAIL", "carrier_email", 1),
    ("pyshp", "pyproject.toml", "jlawhead@geospatialpython.com"): ("EMAIL", "carrier_email", 1),
    ("pyshp", "pyproject.toml", "karim.bahgat.norway@gmail.com"): ("EMAIL", "carrier_email", 1),
    ("schedule", "setup.py", "mail@dbader.org"): ("EMAIL", "carrier_email", 1),
}
# Extra carrier strings recorded as look-alikes: (package, path, string) -> (kind, count)
CARRIER_EXTRA_LOOK = {}

EMAIL_RE = re.compile(r"[A-Za-z0-9._%+\-]+@[A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)*\.[A-Za-z]{2,}")
IPV4_RE = re.compile(r"(?<![\w.])\d{1,3}(?:\.\d{1,3}){3}(?![\w]|\.\d)")
RESERVED_SUFFIXES = (".example", ".test", ".invalid", ".localhost")
RESERVED_EXACT = ("example.com", "example.net", "example.org", "localhost")

# The class of each template group, as used in counts.json and the README.
GROUPS = templates_h22.GROUPS


def file_type(path):
    base = os.path.basename(path)
    if base.endswith(".py"):
        return "python"
    if base.endswith(".rst"):
        return "rst"
    if base.endswith(".md"):
        return "markdown"
    if base.endswith(".toml"):
        return "toml"
    if base.endswith((".yml", ".yaml")):
        return "yaml"
    if base.endswith(".cfg"):
        return "ini"
    if base == "Makefile":
        return "makefile"
    raise ValueError(path)


LANG_OF_TYPE = {"python": "python", "rst": "rst", "markdown": "markdown", "toml": "toml", "yaml": "yaml",
                "ini": "ini", "makefile": "makefile"}


def snippet(ftype, g):
    """One planted snippet per carrier, in the carrier's own file type."""
    vend = g.pick(["cloudsmith", "gemfury", "packagecloud"])
    ip1, ip2 = g.ip("snippet_ipv4"), g.ip("snippet_ipv4")
    em = g.email("snippet_email")
    if ftype == "python":
        pw = g.pw("quoted", "snippet_password")
        k = g.key(vend, "snippet_" + vend)
        return ("\n\n# --- artifact cache upload (staging only, rotate after the freeze) ---\n"
                "ARTIFACT_CACHE = {\n"
                f"    \"primary\": \"{ip1}\",\n"
                f"    \"fallback\": \"{ip2}\",\n"
                f"    \"owner\": \"{em}\",\n"
                f"    \"upload_password\": \"{pw}\",\n"
                f"    \"{vend}_token\": \"{k}\",\n"
                "}\n")
    if ftype == "rst":
        pw = g.pw("prose", "snippet_password")
        k = g.key(vend, "snippet_" + vend)
        return ("\n\n.. admonition:: Artifact cache (maintainers only)\n\n"
                f"   Upload hosts are ``{ip1}`` and ``{ip2}``; ask {em} for access.\n"
                f"   The upload password is ``{pw}`` and the {vend} token is ``{k}``.\n")
    if ftype == "markdown":
        pw = g.pw("prose", "snippet_password")
        k = g.key(vend, "snippet_" + vend)
        return ("\n\n<details>\n<summary>Artifact cache (maintainers)</summary>\n\n"
                f"- hosts: `{ip1}`, `{ip2}`\n- contact: {em}\n- upload password: `{pw}`\n"
                f"- {vend} token: `{k}`\n\n</details>\n")
    if ftype == "toml":
        pw = g.pw("quoted", "snippet_password")
        k = g.key(vend, "snippet_" + vend)
        return ("\n\n[tool.artifact-cache]\n"
                f"hosts = [\"{ip1}\", \"{ip2}\"]\n"
                f"owner = \"{em}\"\n"
                f"password = \"{pw}\"\n"
                f"token = \"{k}\"  # {vend}\n")
    if ftype == "yaml":
        pw = g.pw("yaml", "snippet_password")
        k = g.key(vend, "snippet_" + vend)
        return ("\n# artifact cache used by the nightly job (staging)\n"
                "x-artifact-cache:\n"
                f"  hosts: [{ip1}, {ip2}]\n"
                f"  owner: {em}\n"
                f"  password: {pw}\n"
                f"  {vend}_token: {k}\n")
    if ftype == "ini":
        pw = g.pw("ini", "snippet_password")
        k = g.key(vend, "snippet_" + vend)
        return ("\n[artifact_cache]\n"
                f"hosts = {ip1}, {ip2}\n"
                f"owner = {em}\n"
                f"password = {pw}\n"
                f"{vend}_token = {k}\n")
    if ftype == "makefile":
        pw = g.pw("shell", "snippet_password")
        k = g.key(vend, "snippet_" + vend)
        return ("\n# artifact cache (staging); do not commit real values\n"
                f"CACHE_HOSTS ?= {ip1} {ip2}\n"
                f"CACHE_OWNER ?= {em}\n"
                f"CACHE_PASSWORD ?= {pw}\n"
                f"CACHE_TOKEN ?= {k}\n")
    raise ValueError(ftype)


# ---------------------------------------------------------------- markers

def strip_markers(marked):
    out, labels, looks = [], [], []
    i = 0
    pos = 0
    while i < len(marked):
        ch = marked[i]
        if ch == M0:
            j = marked.index(M1, i)
            k = marked.index(M2, j)
            head = marked[i + 1:j]
            val = marked[j + 1:k]
            assert M0 not in val and M1 not in val, head
            tag, kind = head.split("|", 1)
            span = {"start": pos, "end": pos + len(val), "kind": kind}
            if tag == "LOOK":
                looks.append(span)
            else:
                assert tag in ("EMAIL", "IP_ADDRESS", "KEY", "PASSWORD"), tag
                span = {"tag": tag, **span}
                labels.append(span)
            out.append(val)
            pos += len(val)
            i = k + 1
        else:
            assert ch not in (M1, M2)
            out.append(ch)
            pos += 1
            i += 1
    return "".join(out), labels, looks


# ---------------------------------------------------------------- excerpts

def excerpt_path(pkg, path):
    return os.path.join(HERE, "sources", pkg, path)


def cut_excerpt(text, ftype):
    if len(text) > MAX_EXCERPT:
        text = text[:MAX_EXCERPT]
        text = text[:text.rfind("\n") + 1]
    if ftype == "python":
        while True:
            try:
                compile(text, "<excerpt>", "exec")
                break
            except SyntaxError:
                text = text[:text.rstrip("\n").rfind("\n") + 1]
                assert text
    return text


def do_extract(root):
    import hashlib
    sums = {}
    for pkg, ver, path, lics in CARRIERS:
        src = os.path.join(root, f"{pkg}-{ver}", path)
        with open(src, "rb") as fh:
            raw = fh.read().decode("utf-8")
        text = cut_excerpt(raw, file_type(path))
        dst = excerpt_path(pkg, path)
        os.makedirs(os.path.dirname(dst), exist_ok=True)
        with open(dst, "w", encoding="utf-8", newline="") as fh:
            fh.write(text)
        for lic in lics:
            ldst = os.path.join(HERE, "sources", pkg, lic)
            os.makedirs(os.path.dirname(ldst), exist_ok=True)
            shutil.copyfile(os.path.join(root, f"{pkg}-{ver}", lic), ldst)
    sd = os.path.join(os.path.dirname(os.path.abspath(root)), "SDISTS")
    for pkg, ver, _, _ in CARRIERS:
        for f in sorted(os.listdir(sd)):
            if f.startswith(f"{pkg}-{ver}."):
                with open(os.path.join(sd, f), "rb") as fh:
                    sums[f] = hashlib.sha256(fh.read()).hexdigest()
    with open(os.path.join(HERE, "sources", "SHA256SUMS"), "w") as fh:
        for f in sorted(sums):
            fh.write(f"{sums[f]}  {f}\n")


def read_excerpt(pkg, path):
    with open(excerpt_path(pkg, path), encoding="utf-8", newline="") as fh:
        return fh.read()


def shapes(text):
    out = []
    for m in EMAIL_RE.finditer(text):
        out.append(("email", m.start(), m.end(), m.group()))
    for m in IPV4_RE.finditer(text):
        out.append(("ipv4", m.start(), m.end(), m.group()))
    return out


def carrier_spans(pkg, path, text, used):
    """Labels/look-alikes on strings already present in the excerpt."""
    labels, looks = [], []
    for kind_, s, e, val in shapes(text):
        key = (pkg, path, val)
        assert key in CARRIER_REVIEW, f"unreviewed carrier shape {key}"
        action, kind, _ = CARRIER_REVIEW[key]
        used[key] += 1
        if action == "LOOK":
            looks.append({"kind": kind, "start": s, "end": e})
        else:
            labels.append({"tag": action, "start": s, "end": e, "kind": kind})
    for (p, pa, val), (kind, _) in CARRIER_EXTRA_LOOK.items():
        if (p, pa) != (pkg, path):
            continue
        for m in re.finditer(re.escape(val), text):
            looks.append({"kind": kind, "start": m.start(), "end": m.end()})
            used[("extra", p, pa, val)] += 1
    return labels, looks


# ---------------------------------------------------------------- assertions

def is_reserved_domain(dom):
    dom = dom.lower()
    return dom in RESERVED_EXACT or dom.endswith(RESERVED_SUFFIXES) or \
        any(dom.endswith("." + d) for d in RESERVED_EXACT)


def check_doc(doc):
    text = doc["content"]
    spans = [(s["start"], s["end"]) for s in doc["labels"] + doc["lookalikes"]]
    assert doc["labels"], doc["id"]
    for s, e in spans:
        v = text[s:e]
        assert 0 <= s < e <= len(text), (doc["id"], s, e)
        assert v == v.strip(), (doc["id"], v)
        assert "\n" not in v and "\r" not in v, (doc["id"], v)
    ss = sorted(spans)
    for (a, b), (c, d) in zip(ss, ss[1:]):
        assert b <= c, (doc["id"], text[a:b], text[c:d])
    for lab in doc["labels"]:
        v = text[lab["start"]:lab["end"]]
        if lab["tag"] == "IP_ADDRESS":
            ip = ipaddress.ip_address(v)
            assert ip.version == 4 and ip.is_global and not ip.is_multicast, (doc["id"], v)
            assert not v.startswith("100."), (doc["id"], v)
        elif lab["tag"] == "EMAIL":
            assert re.fullmatch(EMAIL_RE, v), (doc["id"], v)
            assert not is_reserved_domain(v.split("@", 1)[1]), (doc["id"], v)
        elif lab["tag"] == "PASSWORD":
            assert "@" not in v, (doc["id"], v)
    for lk in doc["lookalikes"]:
        v = text[lk["start"]:lk["end"]]
        if lk["kind"].endswith("_ip"):
            ip = ipaddress.ip_address(v)
            assert not ip.is_global, (doc["id"], v)
        if lk["kind"] in ("netmask", "wildcard_mask"):
            ipaddress.ip_address(v)
        if lk["kind"] == "reserved_email":
            assert re.fullmatch(EMAIL_RE, v), (doc["id"], v)
            assert is_reserved_domain(v.split("@", 1)[1]), (doc["id"], v)
    # every e-mail / IPv4 shape is covered by a span (or a span ends at the shape's '@')
    for kind_, s, e, val in shapes(text):
        at = s + val.find("@") if kind_ == "email" else -1
        ok = any(a <= s and e <= b for a, b in spans) or any(b == at and a >= s for a, b in spans)
        assert ok, (doc["id"], kind_, val)
    if doc["lang"] == "python":
        compile(text, doc["id"], "exec")
    if doc["lang"] in ("json", "ipynb"):
        json.loads(text)
    if doc["lang"] == "jsonl":
        for line in text.splitlines():
            json.loads(line)


# ---------------------------------------------------------------- build

def build():
    docs = []
    used = collections.Counter()
    classes = {}
    for pkg, ver, path, _ in CARRIERS:
        ftype = file_type(path)
        ex = read_excerpt(pkg, path)
        assert ex == cut_excerpt(ex, ftype), (pkg, path)
        g = gen_h22.Gen(random.Random(f"{SEED}:carrier:{pkg}/{path}"))
        marked = snippet(ftype, g)
        snip, labels, looks = strip_markers(marked)
        off = len(ex)
        for s in labels + looks:
            s["start"] += off
            s["end"] += off
        clab, clook = carrier_spans(pkg, path, ex, used)
        content = ex + snip
        assert content.startswith(ex)
        did = f"h22-real-{pkg}-{path.replace('/', '-')}"
        docs.append({"id": did, "lang": LANG_OF_TYPE[ftype], "path": path, "content": content,
                     "labels": sorted(clab + labels, key=lambda s: s["start"]),
                     "lookalikes": sorted(clook + looks, key=lambda s: s["start"])})
        classes[did] = "real carrier"
    for key, (action, kind, count) in CARRIER_REVIEW.items():
        assert used[key] == count, ("stale review entry", key, used[key])
    for (p, pa, val), (kind, count) in CARRIER_EXTRA_LOOK.items():
        assert used[("extra", p, pa, val)] == count, ("stale extra look-alike", p, pa, val)
    for name, (group, lang, path, fn) in templates_h22.TEMPLATES.items():
        for n in range(3):
            g = gen_h22.Gen(random.Random(f"{SEED}:{name}:{n}"))
            marked = fn(g)
            content, labels, looks = strip_markers(marked)
            did = f"h22-syn-{name}-{n}"
            docs.append({"id": did, "lang": lang, "path": path, "content": content,
                         "labels": labels, "lookalikes": looks})
            classes[did] = group
    ids = [d["id"] for d in docs]
    assert len(ids) == len(set(ids))
    for d in docs:
        check_doc(d)
    return docs, classes


def counts_of(docs, classes):
    c = {"documents": len(docs),
         "real_documents": sum(1 for d in docs if d["id"].startswith("h22-real-")),
         "synthetic_documents": sum(1 for d in docs if d["id"].startswith("h22-syn-")),
         "templates": len(templates_h22.TEMPLATES)}
    c["labels_by_tag"] = dict(sorted(collections.Counter(l["tag"] for d in docs for l in d["labels"]).items()))
    c["lookalikes"] = sum(len(d["lookalikes"]) for d in docs)
    c["documents_by_class"] = dict(sorted(collections.Counter(classes[d["id"]] for d in docs).items()))
    lbc = collections.Counter(f"{l['tag']} | {classes[d['id']]}" for d in docs for l in d["labels"])
    c["labels_by_tag_and_class"] = dict(sorted(lbc.items()))
    lbk = collections.Counter(f"{l['tag']} | {l['kind']}" for d in docs for l in d["labels"])
    c["labels_by_tag_and_kind"] = dict(sorted(lbk.items()))
    c["lookalikes_by_kind"] = dict(sorted(collections.Counter(
        lk["kind"] for d in docs for lk in d["lookalikes"]).items()))
    return c


def main(argv):
    if len(argv) > 1 and argv[1] == "--extract":
        do_extract(argv[2])
        return
    if len(argv) > 1 and argv[1] == "--shapes":
        for pkg, ver, path, _ in CARRIERS:
            for kind_, s, e, val in shapes(read_excerpt(pkg, path)):
                print(f"{pkg}\t{path}\t{kind_}\t{val}")
        return
    docs, classes = build()
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8", newline="\n") as fh:
        for d in docs:
            fh.write(json.dumps(d, ensure_ascii=False, sort_keys=False) + "\n")
    with open(os.path.join(HERE, "counts.json"), "w", encoding="utf-8", newline="\n") as fh:
        json.dump(counts_of(docs, classes), fh, ensure_ascii=False, indent=1, sort_keys=True)
        fh.write("\n")


if __name__ == "__main__":
    main(sys.argv)
