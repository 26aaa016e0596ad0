#!/usr/bin/env python3
"""Build held-out set 19 for the PII/secret redactor (stdlib only; never imports codelm).

    python make_heldout_19.py               # rewrite labels.jsonl and counts.json
    python make_heldout_19.py --shapes      # list e-mail/IPv4 shapes in the stored excerpts
    python make_heldout_19.py --extract DIR # recut excerpts + licences from sdists unpacked in DIR
"""
import ast
import collections
import hashlib
import ipaddress
import json
import os
import random
import re
import shutil
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import gen_h19 as G  # noqa: E402
import templates_h19 as T  # noqa: E402

SEED = "codelm-redact-heldout-19"
S, E, M = G.S, G.E, G.M

# (package, sdist folder, path in sdist, licence file)
CARRIERS = [
    ("ImageHash", "ImageHash-4.3.2", "README.rst", "LICENSE"),
    ("ImageHash", "ImageHash-4.3.2", "setup.py", "LICENSE"),
    ("d20", "d20-1.1.2", "README.md", "LICENSE"),
    ("d20", "d20-1.1.2", "setup.py", "LICENSE"),
    ("fastf1", "fastf1-3.9.0", "README.md", "LICENSE"),
    ("fastf1", "fastf1-3.9.0", "pyproject.toml", "LICENSE"),
    ("ftfy", "ftfy-6.3.1", "CHANGELOG.md", "LICENSE.txt"),
    ("ftfy", "ftfy-6.3.1", ".github/workflows/publish.yml", "LICENSE.txt"),
    ("geographiclib", "geographiclib-2.1", "README.md", "LICENSE"),
    ("geographiclib", "geographiclib-2.1", "pyproject.toml", "LICENSE"),
    ("inflect", "inflect-7.6.0", "NEWS.rst", "LICENSE"),
    ("inflect", "inflect-7.6.0", "tox.ini", "LICENSE"),
    ("lifelines", "lifelines-0.30.3", "README.md", "LICENSE"),
    ("lifelines", "lifelines-0.30.3", "setup.py", "LICENSE"),
    ("puzpy", "puzpy-0.7.0", "CHANGELOG.md", "LICENSE"),
    ("puzpy", "puzpy-0.7.0", "pyproject.toml", "LICENSE"),
    ("py_sudoku", "py_sudoku-2.0.0", "README.md", "LICENSE"),
    ("py_sudoku", "py_sudoku-2.0.0", "pyproject.toml", "LICENSE"),
    ("pybaseball", "pybaseball-2.2.7", "README.md", "LICENSE"),
    ("pybaseball", "pybaseball-2.2.7", "setup.py", "LICENSE"),
    ("pyteomics", "pyteomics-5.0.1", "README.rst", "LICENSE"),
    ("qrcode", "qrcode-8.2", "CHANGES.rst", "LICENSE"),
    ("qrcode", "qrcode-8.2", "pyproject.toml", "LICENSE"),
    ("recipe_scrapers", "recipe_scrapers-15.13.0", "README.rst", "LICENSE"),
    ("schemdraw", "schemdraw-0.23", "CHANGES.txt", "LICENSE.txt"),
    ("schemdraw", "schemdraw-0.23", "README.md", "LICENSE.txt"),
    ("treys", "treys-0.1.8", "README.rst", "LICENSE"),
    ("treys", "treys-0.1.8", "setup.py", "LICENSE"),
    ("windpowerlib", "windpowerlib-0.2.2", "README.rst", "LICENSE"),
    ("windpowerlib", "windpowerlib-0.2.2", "setup.py", "LICENSE"),
]

# Every e-mail/IPv4 shape in the excerpts, reviewed by hand: (package, path) -> [(tag, kind, string, count)]
CARRIER_REVIEW = {
    ("ImageHash", "setup.py"): [("EMAIL", "carrier_email", "buchner.johannes@gmx.at", 1)],
    ("d20", "setup.py"): [("EMAIL", "carrier_email", "andrew@zhu.codes", 1)],
    ("fastf1", "pyproject.toml"): [("EMAIL", "carrier_email", "oehrly@mailbox.org", 1)],
    ("lifelines", "setup.py"): [("EMAIL", "carrier_email", "cam.davidson.pilon@gmail.com", 1)],
    ("puzpy", "pyproject.toml"): [("EMAIL", "carrier_email", "adejarnatt@gmail.com", 2)],
    ("py_sudoku", "pyproject.toml"): [("EMAIL", "carrier_email", "jeffsieu@gmail.com", 1)],
    ("qrcode", "pyproject.toml"): [("EMAIL", "carrier_email", "info@lincolnloop.com", 1)],
    ("windpowerlib", "setup.py"): [("EMAIL", "carrier_email", "windpowerlib@rl-institut.de", 1)],
}

# Public or non-secret strings in the excerpts recorded as look-alikes (every occurrence).
CARRIER_EXTRA_LOOK = {
    ("ImageHash", "README.rst"): [("carrier_perceptual_hash", "ffd7918181c9ffff"),
                                  ("carrier_perceptual_hash", "9f172786e71f1e00")],
    ("ftfy", ".github/workflows/publish.yml"): [("carrier_token_expression", "${{ github.token }}")],
}

EMAIL_RE = re.compile(r"[A-Za-z0-9._%+\-]+@[A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)*\.[A-Za-z]{2,}")
IPV4_RE = re.compile(r"(?<![\d.])(?:\d{1,3}\.){3}\d{1,3}(?![\d.])")
RESERVED_SUFFIX = ("example.com", "example.net", "example.org", ".example", ".test", ".invalid", ".localhost",
                   "localhost")

LANG_BY_EXT = {".py": "python", ".rst": "rst", ".md": "markdown", ".toml": "toml", ".yml": "yaml",
               ".yaml": "yaml", ".ini": "ini", ".cfg": "ini", ".txt": "text"}


def excerpt_path(pkg, path):
    return os.path.join(HERE, "sources", pkg, path)


def cut_excerpt(text, path):
    if len(text) <= 3500:
        cut = text
    else:
        cut = text[:3500]
        cut = cut[: cut.rfind("\n") + 1]
    if path.endswith(".py"):
        lines = cut.splitlines(keepends=True)
        while lines:
            try:
                compile("".join(lines), path, "exec")
                break
            except SyntaxError:
                lines.pop()
        cut = "".join(lines)
    return cut


def extract(src_dir):
    for pkg, folder, path, lic in CARRIERS:
        with open(os.path.join(src_dir, folder, path), encoding="utf-8", newline="") as f:
            text = f.read()
        dst = excerpt_path(pkg, path)
        os.makedirs(os.path.dirname(dst), exist_ok=True)
        with open(dst, "w", encoding="utf-8", newline="") as f:
            f.write(cut_excerpt(text, path))
        shutil.copyfile(os.path.join(src_dir, folder, lic), os.path.join(HERE, "sources", pkg, lic))


def read_excerpt(pkg, path):
    with open(excerpt_path(pkg, path), encoding="utf-8", newline="") as f:
        return f.read()


def shapes(text):
    return [("EMAIL", m.start(), m.end(), m.group()) for m in EMAIL_RE.finditer(text)] + \
           [("IPV4", m.start(), m.end(), m.group()) for m in IPV4_RE.finditer(text)]


# ------------------------------------------------------------------ markers
def strip_markers(marked):
    out, labels, looks = [], [], []
    i, n = 0, len(marked)
    pos = 0
    while i < n:
        c = marked[i]
        if c == S:
            j = marked.index(E, i)
            tag, kind = marked[i + 1:j].split("|", 1)
            k = marked.index(M, j)
            value = marked[j + 1:k]
            assert S not in value and E not in value, value
            rec = {"tag": tag, "start": pos, "end": pos + len(value), "kind": kind}
            if tag == "LOOK":
                looks.append({"kind": kind, "start": pos, "end": pos + len(value)})
            else:
                labels.append(rec)
            out.append(value)
            pos += len(value)
            i = k + 1
        else:
            assert c not in (E, M), marked[max(0, i - 40):i + 40]
            out.append(c)
            pos += 1
            i += 1
    return "".join(out), labels, looks


# ------------------------------------------------------------------ carriers
def snippet(r, lang):
    ip1, ip2, em = G.public_ip(r), G.public_ip(r), G.email(r)
    kk = r.choice(["hex64_secret", "b64_secret", "alnum40_secret", "bunny_access_key", "rootly_api_token",
                   "virustotal_api_key", "stability_api_key", "incidentio_api_key", "nomic_api_key"])
    tok = G.token(r, kk)
    _, pw = G.password(r, "-_.")
    m = G.mark
    IP1, IP2 = m("IP_ADDRESS", "snippet_ipv4", ip1), m("IP_ADDRESS", "snippet_ipv4", ip2)
    EM = m("EMAIL", "snippet_email", em)
    PW = m("PASSWORD", "snippet_password", pw)
    K = m("KEY", "snippet_" + kk, tok)
    if lang == "python":
        return ("\n\n# --- staging upload (do not publish) ---\n"
                f"STAGING_UPLOAD = {{\n    \"hosts\": [\"{IP1}\", \"{IP2}\"],\n    \"contact\": \"{EM}\",\n"
                f"    \"password\": \"{PW}\",\n    \"api_key\": \"{K}\",\n}}\n")
    if lang == "rst":
        return ("\n\n.. note:: Staging upload\n\n"
                f"   Push wheels to ``{IP1}`` (fallback ``{IP2}``) as ``{EM}``,\n"
                f"   password ``{PW}``, API key ``{K}``.\n")
    if lang == "markdown":
        return ("\n\n<details><summary>Staging upload</summary>\n\n"
                f"Upload host: `{IP1}` (fallback `{IP2}`)  \nAccount: `{EM}` / password `{PW}`  \n"
                f"API key: `{K}`\n\n</details>\n")
    if lang == "toml":
        return ("\n\n[tool.staging-upload]\n"
                f"hosts = [\"{IP1}\", \"{IP2}\"]\ncontact = \"{EM}\"\npassword = \"{PW}\"\napi_key = \"{K}\"\n")
    if lang == "yaml":
        return ("\n\nx-staging-upload:\n"
                f"  hosts: [\"{IP1}\", \"{IP2}\"]\n  contact: {EM}\n  password: \"{PW}\"\n  api_key: \"{K}\"\n")
    if lang == "ini":
        return ("\n\n[staging:upload]\n"
                f"hosts = {IP1} {IP2}\ncontact = {EM}\npassword = {PW}\napi_key = {K}\n")
    return ("\n\nStaging upload: hosts " + IP1 + " and " + IP2 + ", contact " + EM + ".\n"
            "Password " + PW + " ; API key " + K + "\n")


def carrier_docs():
    docs = []
    for pkg, folder, path, lic in CARRIERS:
        exc = read_excerpt(pkg, path)
        lang = LANG_BY_EXT[os.path.splitext(path)[1]]
        labels, looks = [], []
        review = {s: (tag, kind, cnt) for tag, kind, s, cnt in CARRIER_REVIEW.get((pkg, path), [])}
        seen = collections.Counter()
        for typ, a, b, s in shapes(exc):
            assert s in review, f"unreviewed shape {s!r} in {pkg}/{path}"
            tag, kind, _ = review[s]
            seen[s] += 1
            if tag == "LOOK":
                looks.append({"kind": kind, "start": a, "end": b})
            else:
                labels.append({"tag": tag, "start": a, "end": b, "kind": kind})
        for s, (tag, kind, cnt) in review.items():
            assert seen[s] == cnt, f"stale review entry {s!r} in {pkg}/{path}: {seen[s]} != {cnt}"
        for kind, s in CARRIER_EXTRA_LOOK.get((pkg, path), []):
            hits = [mm.start() for mm in re.finditer(re.escape(s), exc)]
            assert hits, f"extra look-alike {s!r} not found in {pkg}/{path}"
            for a in hits:
                looks.append({"kind": kind, "start": a, "end": a + len(s)})
        r = random.Random(f"{SEED}:carrier:{pkg}/{path}")
        snip_text, sl, sk = strip_markers(snippet(r, lang))
        off = len(exc)
        for x in sl + sk:
            x["start"] += off
            x["end"] += off
        content = exc + snip_text
        assert content.startswith(exc)
        docs.append({"id": f"h19-real-{pkg}-{path.replace('/', '-')}", "lang": lang, "path": path,
                     "content": content, "labels": labels + sl, "lookalikes": looks + sk,
                     "_class": "real carrier", "_excerpt": exc})
    return docs


def synthetic_docs():
    docs = []
    for name, group, lang, path, fn in T.TEMPLATES:
        for n in range(3):
            r = random.Random(f"{SEED}:{name}:{n}")
            text, labels, looks = strip_markers(fn(r))
            docs.append({"id": f"h19-syn-{name}-{n}", "lang": lang, "path": path, "content": text,
                         "labels": labels, "lookalikes": looks, "_class": group})
    return docs


IP_LOOK_PREFIX = ("ip_", "ipv4_")


def check(doc):
    t = doc["content"]
    did = doc["id"]
    assert doc["labels"], f"{did}: no labels"
    spans = sorted([(x["start"], x["end"], "L", x) for x in doc["labels"]] +
                   [(x["start"], x["end"], "K", x) for x in doc["lookalikes"]], key=lambda z: z[:2])
    prev = 0
    for a, b, kind, x in spans:
        v = t[a:b]
        assert 0 <= a < b <= len(t), (did, x)
        assert v == v.strip() and "\n" not in v, (did, repr(v))
        assert a >= prev, (did, "overlap", x)
        prev = b
    for x in doc["labels"]:
        v = t[x["start"]:x["end"]]
        assert x["tag"] in ("EMAIL", "IP_ADDRESS", "KEY", "PASSWORD"), (did, x)
        if x["tag"] == "IP_ADDRESS":
            o = ipaddress.ip_address(v)
            assert o.version == 4 and o.is_global and not o.is_multicast and not v.startswith("100."), (did, v)
        if x["tag"] == "EMAIL":
            assert EMAIL_RE.fullmatch(v), (did, v)
            assert not v.lower().endswith(RESERVED_SUFFIX), (did, v)
        if x["tag"] == "PASSWORD" and not x["kind"].startswith("carrier"):
            assert "@" not in v, (did, v)
    for x in doc["lookalikes"]:
        v = t[x["start"]:x["end"]]
        if x["kind"].startswith(IP_LOOK_PREFIX):
            try:
                o = ipaddress.ip_address(v)
            except ValueError:
                o = None
            if o is not None:
                assert not o.is_global, (did, v)
        if x["kind"] == "reserved_email":
            assert v.lower().endswith(RESERVED_SUFFIX), (did, v)
    cover = [(x["start"], x["end"]) for x in doc["labels"] + doc["lookalikes"]]
    for typ, a, b, s in shapes(t):
        ok = any(sa <= a and b <= sb for sa, sb in cover)
        if not ok and typ == "EMAIL":
            at = a + s.index("@")
            ok = any(sb == at and sa >= a for sa, sb in cover)
        assert ok, f"{did}: uncovered {typ} shape {s!r}"
    if "_excerpt" in doc:
        assert t.startswith(doc["_excerpt"]), did
    if doc["lang"] == "python":
        compile(t, doc["path"], "exec")
    if doc["lang"] in ("json", "notebook"):
        json.loads(t)


def main():
    if len(sys.argv) > 2 and sys.argv[1] == "--extract":
        extract(sys.argv[2])
        return
    if len(sys.argv) > 1 and sys.argv[1] == "--shapes":
        for pkg, folder, path, lic in CARRIERS:
            for typ, a, b, s in shapes(read_excerpt(pkg, path)):
                print(f"{pkg}/{path}\t{typ}\t{a}\t{s}")
        return
    docs = carrier_docs() + synthetic_docs()
    ids = [d["id"] for d in docs]
    assert len(ids) == len(set(ids)), "duplicate ids"
    for d in docs:
        check(d)
    counts = {"documents": len(docs),
              "documents_by_origin": dict(collections.Counter(
                  "real" if d["_class"] == "real carrier" else "synthetic" for d in docs)),
              "documents_by_class": dict(sorted(collections.Counter(d["_class"] for d in docs).items())),
              "labels_by_tag": dict(sorted(collections.Counter(x["tag"] for d in docs for x in d["labels"]).items())),
              "lookalikes": sum(len(d["lookalikes"]) for d in docs),
              "labels_by_class": {f"{t}|{c}": n for (t, c), n in sorted(collections.Counter(
                  (x["tag"], d["_class"]) for d in docs for x in d["labels"]).items())},
              "labels_by_kind": {f"{t}|{k}": n for (t, k), n in sorted(collections.Counter(
                  (x["tag"], x["kind"]) for d in docs for x in d["labels"]).items())},
              "lookalikes_by_kind": dict(sorted(collections.Counter(
                  x["kind"] for d in docs for x in d["lookalikes"]).items())),
              "templates": len(T.TEMPLATES)}
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for d in docs:
            rec = {k: d[k] for k in ("id", "lang", "path", "content", "labels", "lookalikes")}
            rec["labels"] = [{"tag": x["tag"], "start": x["start"], "end": x["end"], "kind": x["kind"]}
                             for x in sorted(d["labels"], key=lambda z: z["start"])]
            rec["lookalikes"] = [{"kind": x["kind"], "start": x["start"], "end": x["end"]}
                                 for x in sorted(d["lookalikes"], key=lambda z: z["start"])]
            f.write(json.dumps(rec, ensure_ascii=False, sort_keys=False) + "\n")
    with open(os.path.join(HERE, "counts.json"), "w", encoding="utf-8", newline="\n") as f:
        json.dump(counts, f, indent=1, ensure_ascii=False, sort_keys=False)
        f.write("\n")
    print(f"{len(docs)} documents; labels {counts['labels_by_tag']}; look-alikes {counts['lookalikes']}")


if __name__ == "__main__":
    main()
