"""Build held-out set 25 for the PII/secret redactor.

    python make_heldout_25.py               rewrite labels.jsonl and counts.json
    python make_heldout_25.py --extract DIR recut the excerpts and copy licence files from sdists unpacked in DIR
    python make_heldout_25.py --shapes      list e-mail and IPv4 shapes in the stored excerpts (review aid)

Standard library only; never imports codelm.
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

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from gen_h25 import CLOSE, MID, OPEN, G, mark  # noqa: E402
from templates_h25 import TEMPLATES  # noqa: E402

SEED = "codelm-redact-heldout-25"
LIMIT = 3500

# package folder (sdist name), version, licence, licence files
PACKAGES = {
    "addict": ("2.4.0", "MIT", ["LICENSE"]),
    "asciitree": ("1.0.0", "MIT", ["LICENSE"]),
    "colorlog": ("6.12.0", "MIT", ["LICENSE"]),
    "funcy": ("2.1", "BSD-3-Clause", ["LICENSE"]),
    "isodate": ("0.7.2", "BSD-3-Clause", ["LICENSE"]),
    "munch": ("4.0.0", "MIT", ["LICENSE.txt"]),
    "ordered-set": ("4.1.0", "MIT", ["MIT-LICENSE"]),
    "pyee": ("13.0.1", "MIT", ["LICENSE"]),
    "readchar": ("4.2.2", "MIT", ["LICENCE"]),
    "shortuuid": ("1.0.13", "BSD-3-Clause", ["COPYING"]),
    "texttable": ("1.7.2", "MIT", ["LICENSE"]),
    "toposort": ("1.10", "Apache-2.0", ["LICENSE.txt"]),
}

# (package, path, file type)
CARRIERS = [
    ("addict", "README.md", "markdown"),
    ("addict", "setup.py", "python"),
    ("asciitree", "pyproject.toml", "toml"),
    ("colorlog", "README.md", "markdown"),
    ("colorlog", "colorlog/tests/test_config.ini", "ini"),
    ("funcy", "CHANGELOG", "text"),
    ("isodate", "CHANGES.txt", "text"),
    ("isodate", "README.rst", "rst"),
    ("isodate", ".github/workflows/test.yml", "yaml"),
    ("munch", "Makefile", "makefile"),
    ("munch", "setup.cfg", "ini"),
    ("ordered-set", "tox.ini", "ini"),
    ("ordered-set", "setup.py", "python"),
    ("pyee", "CONTRIBUTORS.md", "markdown"),
    ("pyee", "pyproject.toml", "toml"),
    ("readchar", "pyproject.toml", "toml"),
    ("shortuuid", "pyproject.toml", "toml"),
    ("texttable", "CHANGELOG.md", "markdown"),
    ("toposort", "NOTICE", "text"),
    ("toposort", "Makefile", "makefile"),
]

# Every e-mail- and IPv4-shaped string in the excerpts, reviewed by hand:
# shape -> (decision, tag or look-alike kind, number of occurrences over all excerpts)
CARRIER_REVIEW = {
    "mats@plysjbyen.net": ("label", "EMAIL", 1),  # addict setup.py author_email
    "git@marcbrinkmann.de": ("label", "EMAIL", 1),  # asciitree pyproject.toml author
    "vmalloc@gmail.com": ("label", "EMAIL", 1),  # munch setup.cfg author_email
    "elial@ec.ai": ("label", "EMAIL", 1),  # ordered-set setup.py author_email
    "josh.holbrook@gmail.com": ("label", "EMAIL", 2),  # pyee CONTRIBUTORS.md and pyproject.toml author
    "gleicon@gmail.com": ("label", "EMAIL", 1),  # pyee contributor
    "doboy0@gmail.com": ("label", "EMAIL", 2),  # pyee contributor, listed twice
    "polyzen@archlinux.org": ("label", "EMAIL", 1),  # pyee contributor
    "mail@fabian-affolter.ch": ("label", "EMAIL", 1),  # pyee contributor
    "ake.forslund@gmail.com": ("label", "EMAIL", 1),  # pyee contributor
    "emil@koffietijd.net": ("label", "EMAIL", 1),  # pyee contributor
    "niklas.fiekas@tu-clausthal.de": ("label", "EMAIL", 1),  # pyee contributor
    "liv@OliviaAppleton.com": ("label", "EMAIL", 1),  # pyee contributor
    "ryan@matws.org": ("label", "EMAIL", 1),  # pyee contributor
    "tim.gates@iress.com": ("label", "EMAIL", 1),  # pyee contributor
    "miguelangel.garcia@gmail.com": ("label", "EMAIL", 1),  # readchar pyproject.toml author
    "mail@janwille.de": ("label", "EMAIL", 2),  # readchar pyproject.toml author and maintainer
    "hi@stavros.io": ("label", "EMAIL", 1),  # shortuuid pyproject.toml author
}

# Extra carrier look-alikes: (package, path, string, kind, occurrences)
CARRIER_EXTRA_LOOK = []

EMAIL_RE = re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}")
IPV4_RE = re.compile(r"(?<![\w.])\d{1,3}(?:\.\d{1,3}){3}(?![\w]|\.\d)")
RESERVED_RE = re.compile(r"@(?:(?:[\w-]+\.)*example\.(?:com|net|org)|(?:[\w-]+\.)*(?:example|test|invalid|localhost)|localhost)$",
                         re.I)
SNIPPET_VENDORS = ["hyperping_api_key", "sematext_app_token", "site24x7_device_key"]


def stored(pkg, path):
    return os.path.join(HERE, "sources", pkg, path)


def cut(text, path):
    if len(text) > LIMIT:
        text = text[:LIMIT]
        text = text[: text.rfind("\n") + 1]
    if path.endswith(".py"):
        while True:
            try:
                compile(text, path, "exec")
                break
            except SyntaxError:
                text = text[: text.rstrip("\n").rfind("\n") + 1]
    return text


def extract(src_dir):
    sums = {}
    sd = os.path.join(src_dir, "..", "SDISTS")
    for name in sorted(os.listdir(sd)):
        with open(os.path.join(sd, name), "rb") as f:
            sums[name] = hashlib.sha256(f.read()).hexdigest()
    lines = []
    for pkg, (ver, _lic, lics) in PACKAGES.items():
        root = os.path.join(src_dir, f"{pkg}-{ver}")
        for lic in lics:
            os.makedirs(os.path.dirname(stored(pkg, lic)), exist_ok=True)
            shutil.copyfile(os.path.join(root, lic), stored(pkg, lic))
        sdist = f"{pkg}-{ver}.tar.gz"
        lines.append(f"{sums[sdist]}  {sdist}\n")
    for pkg, path, _ft in CARRIERS:
        ver = PACKAGES[pkg][0]
        with open(os.path.join(src_dir, f"{pkg}-{ver}", path), encoding="utf-8", newline="") as f:
            text = f.read()
        os.makedirs(os.path.dirname(stored(pkg, path)), exist_ok=True)
        with open(stored(pkg, path), "w", encoding="utf-8", newline="") as f:
            f.write(cut(text, path))
    with open(os.path.join(HERE, "sources", "SHA256SUMS"), "w") as f:
        f.writelines(lines)


def read_excerpt(pkg, path):
    with open(stored(pkg, path), encoding="utf-8", newline="") as f:
        return f.read()


def shapes(text):
    out = [("email", m.start(), m.end(), m.group()) for m in EMAIL_RE.finditer(text)]
    out += [("ipv4", m.start(), m.end(), m.group()) for m in IPV4_RE.finditer(text)]
    return out


# ------------------------------------------------------------------ snippets

def snippet(g, ftype):
    k = g.key(SNIPPET_VENDORS[g.r.randrange(3)])
    k = k.replace("KEY|", "KEY|snippet_", 1)
    ip1, ip2 = (g.ip("snippet_ip_public"), g.ip("snippet_ip_public"))
    em = g.email("snippet_email")
    ctx = {"python": "quoted", "markdown": "prose", "toml": "quoted", "yaml": "yaml", "ini": "ini",
           "makefile": "yaml", "text": "prose", "rst": "prose"}[ftype]
    pw = g.pw(ctx, "snippet_password")
    if ftype == "python":
        return (f"# --- uptime probe relay (maintainers only; rotate quarterly) ---\n"
                f"PROBE_RELAY = {{\n    \"primary\": \"{ip1}\",\n    \"fallback\": \"{ip2}\",\n"
                f"    \"contact\": \"{em}\",\n    \"relay_password\": \"{pw}\",\n    \"api_key\": \"{k}\",\n}}\n")
    if ftype == "markdown":
        return (f"> **Uptime probe relay** (maintainers only)\n>\n> | setting | value |\n> |---|---|\n"
                f"> | primary | `{ip1}` |\n> | fallback | `{ip2}` |\n> | contact | {em} |\n"
                f"> | relay password | `{pw}` |\n> | API key | `{k}` |\n")
    if ftype == "toml":
        return (f"[tool.probe-relay]\nprimary = \"{ip1}\"\nfallback = \"{ip2}\"\ncontact = \"{em}\"\n"
                f"relay-password = \"{pw}\"\napi-key = \"{k}\"\n")
    if ftype == "yaml":
        return (f"# uptime probe relay (maintainers only)\nx-probe-relay:\n  primary: {ip1}\n  fallback: {ip2}\n"
                f"  contact: {em}\n  relay_password: {pw}\n  api_key: {k}\n")
    if ftype == "ini":
        return (f"[probe_relay]\nprimary = {ip1}\nfallback = {ip2}\ncontact = {em}\nrelay_password = {pw}\n"
                f"api_key = {k}\n")
    if ftype == "makefile":
        return (f"# uptime probe relay (maintainers only)\nPR_PRIMARY ?= {ip1}\nPR_FALLBACK ?= {ip2}\n"
                f"PR_CONTACT ?= {em}\nPR_PASSWORD ?= {pw}\nPR_API_KEY ?= {k}\n")
    if ftype == "rst":
        return (f"Uptime probe relay\n------------------\n\n:primary: ``{ip1}``\n:fallback: ``{ip2}``\n"
                f":contact: {em}\n:relay password: ``{pw}``\n:API key: ``{k}``\n")
    # plain text
    return (f"Uptime probe relay\n\n  primary ........ {ip1}\n  fallback ....... {ip2}\n  contact ........ {em}\n"
            f"  password ....... {pw}\n  api key ........ {k}\n")


# ------------------------------------------------------------------ markers

def strip(marked):
    out, labels, looks = [], [], []
    pos = 0
    i = 0
    while True:
        j = marked.find(OPEN, i)
        if j < 0:
            out.append(marked[i:])
            break
        out.append(marked[i:j])
        pos += j - i
        m = marked.index(MID, j)
        c = marked.index(CLOSE, m)
        tag, kind = marked[j + 1:m].split("|")
        val = marked[m + 1:c]
        assert OPEN not in val and MID not in val, val
        span = {"start": pos, "end": pos + len(val), "kind": kind}
        if tag == "LOOK":
            looks.append({"kind": kind, "start": pos, "end": pos + len(val)})
        else:
            labels.append({"tag": tag, "start": pos, "end": pos + len(val), "kind": kind})
        out.append(val)
        pos += len(val)
        i = c + 1
    text = "".join(out)
    assert OPEN not in text and MID not in text and CLOSE not in text
    return text, labels, looks


# ------------------------------------------------------------------ build

def build():
    docs = []
    review_used = collections.Counter()
    for pkg, path, ftype in CARRIERS:
        excerpt = read_excerpt(pkg, path)
        assert "\r" not in excerpt, path
        ver = PACKAGES[pkg][0]
        g = G(random.Random(f"{SEED}:carrier:{pkg}/{path}"))
        sep = "\n" if excerpt.endswith("\n") else "\n\n"
        marked_excerpt = excerpt
        # carrier shapes: mark reviewed ones
        pieces, last = [], 0
        for kind, s, e, val in sorted(shapes(excerpt), key=lambda x: x[1]):
            assert val in CARRIER_REVIEW, f"unreviewed carrier shape {val!r} in {pkg}/{path}"
            decision, what, _n = CARRIER_REVIEW[val]
            review_used[val] += 1
            pieces.append(excerpt[last:s])
            if decision == "label":
                pieces.append(mark(what, "carrier_email" if what == "EMAIL" else "carrier_ip", val))
            else:
                pieces.append(mark("LOOK", what, val))
            last = e
        pieces.append(excerpt[last:])
        marked_excerpt = "".join(pieces)
        for epkg, epath, string, kind, n in CARRIER_EXTRA_LOOK:
            if (epkg, epath) == (pkg, path):
                assert marked_excerpt.count(string) == n
                marked_excerpt = marked_excerpt.replace(string, mark("LOOK", kind, string))
        marked = marked_excerpt + sep + snippet(g, ftype)
        text, labels, looks = strip(marked)
        assert text.startswith(excerpt)
        docs.append({"id": f"h25-real-{pkg}-{path.replace('/', '-')}", "lang": ftype, "path": f"{pkg}/{path}",
                     "content": text, "labels": labels, "lookalikes": looks, "_class": "real carrier",
                     "_template": None, "_ver": ver})
    for val, (_d, _w, n) in CARRIER_REVIEW.items():
        assert review_used[val] == n, (val, review_used[val], n)

    names = [t[0] for t in TEMPLATES]
    assert len(names) == 110 and len(set(names)) == 110
    for name, group, lang, path, fn in TEMPLATES:
        for n in range(3):
            g = G(random.Random(f"{SEED}:{name}:{n}"))
            text, labels, looks = strip(fn(g))
            docs.append({"id": f"h25-syn-{name}-{n}", "lang": lang, "path": path, "content": text,
                         "labels": labels, "lookalikes": looks, "_class": group, "_template": name})
    check(docs)
    return docs


def check(docs):
    assert len(docs) == 350
    assert len({d["id"] for d in docs}) == 350
    for d in docs:
        text = d["content"]
        assert d["labels"], d["id"]
        spans = sorted([(s["start"], s["end"]) for s in d["labels"] + d["lookalikes"]])
        for (s, e) in spans:
            v = text[s:e]
            assert 0 <= s < e <= len(text), (d["id"], s, e)
            assert v == v.strip() and "\n" not in v, (d["id"], v)
        for (a, b) in zip(spans, spans[1:]):
            assert a[1] <= b[0], (d["id"], a, b)
        for lab in d["labels"]:
            v = text[lab["start"]:lab["end"]]
            if lab["tag"] == "IP_ADDRESS":
                ip = ipaddress.ip_address(v)
                assert ip.version == 4 and ip.is_global and not ip.is_multicast, (d["id"], v)
                assert not v.startswith("100."), v
            elif lab["tag"] == "EMAIL":
                assert EMAIL_RE.fullmatch(v), (d["id"], v)
                assert not RESERVED_RE.search(v), (d["id"], v)
            elif lab["tag"] == "PASSWORD":
                assert "@" not in v, (d["id"], v)
                if not v.isascii():
                    assert (d["_template"] or "").startswith("note_"), (d["id"], v)
            else:
                assert lab["tag"] == "KEY"
        for lk in d["lookalikes"]:
            v = text[lk["start"]:lk["end"]]
            if lk["kind"].endswith("_ip"):
                assert not ipaddress.ip_address(v).is_global, (d["id"], v)
            elif lk["kind"] in ("netmask", "wildcard_mask"):
                ipaddress.ip_address(v)
            elif lk["kind"] == "reserved_email":
                assert RESERVED_RE.search(v), (d["id"], v)
        covered = d["labels"] + d["lookalikes"]
        for kind, s, e, val in shapes(text):
            at = s + val.find("@") if kind == "email" else -1
            ok = any((c["start"] <= s and e <= c["end"]) or (c["end"] == at and c["start"] >= s) for c in covered)
            assert ok, (d["id"], kind, val)
        if d["lang"] == "python":
            compile(text, d["path"], "exec")
        if d["lang"] in ("json", "ipynb"):
            json.loads(text)
        if d["lang"] == "jsonl":
            for line in text.splitlines():
                json.loads(line)
    for pkg, path, _ft in CARRIERS:
        ex = read_excerpt(pkg, path)
        assert "\r" not in ex and cut(ex, path) == ex, path


def counts(docs):
    by_class = collections.Counter(d["_class"] for d in docs)
    by_tag = collections.Counter(lab["tag"] for d in docs for lab in d["labels"])
    by_tag_class = collections.Counter(f"{lab['tag']} | {d['_class']}" for d in docs for lab in d["labels"])
    by_kind = collections.Counter(f"{lab['tag']} | {lab['kind']}" for d in docs for lab in d["labels"])
    look_kind = collections.Counter(lk["kind"] for d in docs for lk in d["lookalikes"])
    return {
        "documents": len(docs),
        "documents_by_origin": {"real, with planted snippet": sum(1 for d in docs if d["_class"] == "real carrier"),
                                "synthetic": sum(1 for d in docs if d["_class"] != "real carrier")},
        "labels": sum(by_tag.values()),
        "labels_by_tag": dict(sorted(by_tag.items())),
        "lookalikes": sum(look_kind.values()),
        "documents_by_class": dict(sorted(by_class.items())),
        "labels_by_tag_and_class": dict(sorted(by_tag_class.items())),
        "labels_by_kind": dict(sorted(by_kind.items())),
        "lookalikes_by_kind": dict(sorted(look_kind.items())),
    }


def write(docs):
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for d in docs:
            rec = {k: d[k] for k in ("id", "lang", "path", "content")}
            rec["labels"] = [{"tag": x["tag"], "start": x["start"], "end": x["end"], "kind": x["kind"]} for x in d["labels"]]
            rec["lookalikes"] = [{"kind": x["kind"], "start": x["start"], "end": x["end"]} for x in d["lookalikes"]]
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    with open(os.path.join(HERE, "counts.json"), "w", encoding="utf-8", newline="\n") as f:
        f.write(json.dumps(counts(docs), ensure_ascii=False, indent=2) + "\n")


def main(argv):
    if argv[:1] == ["--extract"]:
        extract(argv[1])
        return
    if argv[:1] == ["--shapes"]:
        for pkg, path, _ft in CARRIERS:
            for kind, s, e, val in shapes(read_excerpt(pkg, path)):
                print(f"{pkg}/{path}\t{kind}\t{val}")
        return
    docs = build()
    write(docs)
    c = counts(docs)
    print(c["documents"], c["labels_by_tag"], "lookalikes", c["lookalikes"])


if __name__ == "__main__":
    main(sys.argv[1:])
