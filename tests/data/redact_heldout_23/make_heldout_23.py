#!/usr/bin/env python3
"""Build held-out set 23 (labels.jsonl, counts.json). Standard library only; never imports codelm.

    python make_heldout_23.py              # rebuild labels.jsonl and counts.json (deterministic)
    python make_heldout_23.py --shapes     # list e-mail/IPv4 shapes in the stored excerpts (review aid)
    python make_heldout_23.py --extract D  # recut excerpts and copy licences from sdists unpacked in D
"""
import sys

sys.dont_write_bytecode = True

import hashlib  # noqa: E402
import ipaddress  # noqa: E402
import json  # noqa: E402
import os  # noqa: E402
import random  # noqa: E402
import re  # noqa: E402
import shutil  # noqa: E402
from collections import Counter, OrderedDict  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import gen_h23 as G  # noqa: E402
import templates_h23 as TM  # noqa: E402

SEED = "codelm-redact-heldout-23"
RENDERS = 3
EXCERPT_LIMIT = 3500
TAGS = ("EMAIL", "IP_ADDRESS", "KEY", "PASSWORD")
REAL_CLASS = "real carrier"

# package -> (version, licence, licence files, excerpt paths)
CARRIERS = OrderedDict([
    ("bbcode", ("1.1.0", "BSD-2-Clause", ["LICENSE"], ["README.md", "setup.py"])),
    ("bracex", ("3.2.4", "MIT", ["LICENSE.md"], [".pyspelling.yml"])),
    ("crcmod", ("1.7", "MIT", ["LICENSE"], ["docs/source/intro.rst", "setup.py"])),
    ("cssselect", ("1.6.0", "BSD-3-Clause", ["LICENSE"], ["CHANGES", "tox.ini"])),
    ("hashids", ("1.3.1", "MIT", ["LICENSE"], ["README.rst", "pyproject.toml"])),
    ("jsonpointer", ("3.12", "BSD-3-Clause", ["LICENSE.txt"], ["makefile", "setup.py"])),
    ("natsort", ("8.4.0", "MIT", ["LICENSE"], ["RELEASING.md", "setup.cfg"])),
    ("parsimonious", ("0.11.0", "MIT", ["LICENSE"], [".github/workflows/main.yml", "pyproject.toml"])),
    ("pyperclip", ("1.11.0", "BSD-3-Clause", ["LICENSE.txt"], ["AUTHORS.txt"])),
    ("roman", ("5.2", "ZPL-2.1", ["LICENSE.txt", "COPYRIGHT.txt"], ["CHANGES.rst"])),
    ("semver", ("3.1.2", "BSD-3-Clause", ["LICENSE.txt"], ["CITATION.cff", "tox.ini"])),
    ("simpleeval", ("1.0.8", "MIT", ["LICENCE"], ["pyproject.toml"])),
])

# Every e-mail/IPv4 shape in the stored excerpts, reviewed by hand:
# (package, path, shape) -> (tag, kind, expected count). Tag LOOK records a look-alike.
CARRIER_REVIEW = {
    ("bbcode", "setup.py", "dcwatson@gmail.com"): ("EMAIL", "carrier_email", 1),
    ("crcmod", "setup.py", "rlbuvel@gmail.com"): ("EMAIL", "carrier_email", 1),
    ("hashids", "pyproject.toml", "dev@david-aurelio.com"): ("EMAIL", "carrier_email", 1),
    # a placeholder in a comment ("Firstname Lastname <mail@example.org>"): reserved domain, look-alike
    ("jsonpointer", "setup.py", "mail@example.org"): ("LOOK", "reserved_email", 1),
    ("natsort", "setup.cfg", "drtuba78@gmail.com"): ("EMAIL", "carrier_email", 1),
    ("parsimonious", "pyproject.toml", "erikrose@grinchcentral.com"): ("EMAIL", "carrier_email", 1),
    ("semver", "CITATION.cff", "k-bx@k-bx.com"): ("EMAIL", "carrier_email", 1),
    ("semver", "CITATION.cff", "tom_schr@web.de"): ("EMAIL", "carrier_email", 1),
    ("semver", "CITATION.cff", "s.celles@gmail.com"): ("EMAIL", "carrier_email", 1),
    ("simpleeval", "pyproject.toml", "danthedeckie@gmail.com"): ("EMAIL", "carrier_email", 2),
}

# Extra look-alikes in carrier text that are not e-mail/IPv4 shapes: (package, path, text) -> (kind, count)
CARRIER_EXTRA_LOOK = {
    # the release commit recorded in the citation file: a git SHA, not a secret
    ("semver", "CITATION.cff", "3a7680dc436211227c0aeae84c9b45e0b3345b8f"): ("git_sha", 1),
}


def filetype(path):
    base = os.path.basename(path)
    if base.endswith(".py"):
        return "python"
    if base.endswith(".md"):
        return "markdown"
    if base.endswith(".rst"):
        return "rst"
    if base.endswith(".toml"):
        return "toml"
    if base.endswith((".yml", ".yaml", ".cff")):
        return "yaml"
    if base.endswith((".cfg", ".ini")):
        return "ini"
    if base == "CHANGES":  # cssselect's changelog is reStructuredText without an extension
        return "rst"
    if base.lower() == "makefile":
        return "makefile"
    return "text"


# ---------------------------------------------------------------------------- shapes

EMAIL_RE = re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}(?![A-Za-z0-9-])")
IPV4_RE = re.compile(r"(?<![\d.])(?:\d{1,3}\.){3}\d{1,3}(?!\.?\d)")
RESERVED_EXACT = {"example.com", "example.net", "example.org", "localhost"}
RESERVED_SUFFIX = (".example", ".test", ".invalid", ".localhost", ".example.com", ".example.net", ".example.org")


def is_reserved_domain(dom):
    dom = dom.lower()
    return dom in RESERVED_EXACT or dom.endswith(RESERVED_SUFFIX)


def shapes(text):
    out = []
    for m in EMAIL_RE.finditer(text):
        out.append(("email", m.start(), m.end(), m.group()))
    for m in IPV4_RE.finditer(text):
        if all(int(p) <= 255 for p in m.group().split(".")):
            out.append(("ipv4", m.start(), m.end(), m.group()))
    return out


# ---------------------------------------------------------------------------- excerpts

def cut_excerpt(text, path):
    if len(text) > EXCERPT_LIMIT:
        head = text[:EXCERPT_LIMIT]
        text = head[: head.rfind("\n") + 1]
    if filetype(path) == "python":
        lines = text.splitlines(keepends=True)
        for n in range(len(lines), 0, -1):
            cand = "".join(lines[:n])
            try:
                compile(cand, path, "exec")
                return cand
            except SyntaxError:
                continue
        raise AssertionError(f"no compiling prefix for {path}")
    return text


def read_text(p):
    with open(p, encoding="utf-8", newline="") as f:
        return f.read()


def write_text(p, s):
    os.makedirs(os.path.dirname(p), exist_ok=True)
    with open(p, "w", encoding="utf-8", newline="") as f:
        f.write(s)


def extract(unpacked):
    src = os.path.join(HERE, "sources")
    sums = []
    sdists = os.path.join(os.path.dirname(os.path.abspath(unpacked)), "SDISTS")
    for pkg, (ver, _lic, lic_files, paths) in CARRIERS.items():
        root = os.path.join(unpacked, f"{pkg}-{ver}")
        for lf in lic_files:
            dst = os.path.join(src, pkg, lf)
            os.makedirs(os.path.dirname(dst), exist_ok=True)
            shutil.copyfile(os.path.join(root, lf), dst)
        for p in paths:
            write_text(os.path.join(src, pkg, p), cut_excerpt(read_text(os.path.join(root, p)), p))
        for fn in sorted(os.listdir(sdists)):
            if fn.startswith(f"{pkg}-{ver}."):
                with open(os.path.join(sdists, fn), "rb") as f:
                    sums.append(f"{hashlib.sha256(f.read()).hexdigest()}  {fn}\n")
    write_text(os.path.join(src, "SHA256SUMS"), "".join(sums))


def stored_excerpt(pkg, path):
    return read_text(os.path.join(HERE, "sources", pkg, path))


# ---------------------------------------------------------------------------- snippets

SNIPPET_VENDORS = ["sonarcloud", "coveralls", "depot"]


def snippet(c, ftype):
    ip1, ip2, em, pw = c.ip(), c.ip(), c.email(), None
    vendor = c.choice(SNIPPET_VENDORS)
    kind, tok = G.tok(c.r, vendor)
    key = TM.mk("KEY", "snippet_" + kind, tok)

    def sp(tag_kind_value):
        # re-tag a marked value with the snippet_ prefix
        return tag_kind_value.replace("|", "|snippet_", 1)
    ip1, ip2, em = sp(ip1), sp(ip2), sp(em)
    if ftype == "python":
        pw = sp(c.pw("quoted"))
        return (f"\n\n# --- quality gate upload (release managers only; move to the vault after 2.0) ---\n"
                f"QUALITY_GATE = {{\n"
                f"    \"mirror\": \"http://{ip1}:9000\",\n"
                f"    \"fallback\": \"{ip2}\",\n"
                f"    \"owner\": \"{em}\",\n"
                f"    \"upload_password\": \"{pw}\",\n"
                f"    \"token\": \"{key}\",\n"
                f"}}\n")
    if ftype == "rst":
        pw = sp(c.pw("prose"))
        return (f"\n\nRelease infrastructure\n----------------------\n\n"
                f":Coverage mirror: ``http://{ip1}:9000`` (fallback ``{ip2}``)\n"
                f":Contact: ``{em}``\n"
                f":Upload password: ``{pw}``\n"
                f":Gate token: ``{key}``\n")
    if ftype == "markdown":
        pw = sp(c.pw("prose"))
        return (f"\n\n> **Release managers only**: quality gate upload\n>\n"
                f"> | what | value |\n> |---|---|\n"
                f"> | mirror | `http://{ip1}:9000` |\n> | fallback | `{ip2}` |\n"
                f"> | contact | `{em}` |\n> | password | `{pw}` |\n> | token | `{key}` |\n")
    if ftype == "toml":
        pw = sp(c.pw("quoted"))
        return (f"\n\n[tool.quality-gate]\n# release managers only, rotate after 2.0\n"
                f"mirror = \"http://{ip1}:9000\"\nfallback = \"{ip2}\"\nowner = \"{em}\"\n"
                f"upload_password = \"{pw}\"\ntoken = \"{key}\"\n")
    if ftype == "yaml":
        pw = sp(c.pw("yaml"))
        return (f"\n\n# quality gate upload, release managers only (rotate after 2.0)\n"
                f"x-quality-gate:\n  mirror: http://{ip1}:9000\n  fallback: {ip2}\n  owner: {em}\n"
                f"  upload_password: {pw}\n  token: {key}\n")
    if ftype == "ini":
        pw = sp(c.pw("ini"))
        return (f"\n\n[quality_gate]\n# release managers only, rotate after 2.0\n"
                f"mirror = http://{ip1}:9000\nfallback = {ip2}\nowner = {em}\n"
                f"upload_password = {pw}\ntoken = {key}\n")
    if ftype == "makefile":
        pw = sp(c.pw("shell"))
        return (f"\n\n# quality gate upload (release managers only, rotate after 2.0)\n"
                f"QG_MIRROR ?= http://{ip1}:9000\nQG_FALLBACK ?= {ip2}\nQG_OWNER ?= {em}\n"
                f"QG_PASSWORD ?= {pw}\nQG_TOKEN ?= {key}\n")
    # plain text
    pw = sp(c.pw("prose"))
    return (f"\n\nRelease infrastructure (maintainers only, rotate after 2.0)\n"
            f"  coverage mirror .... http://{ip1}:9000 (fallback {ip2})\n"
            f"  contact ............ {em}\n"
            f"  upload password .... {pw}\n"
            f"  gate token ......... {key}\n")


# ---------------------------------------------------------------------------- marker parsing

def parse_marked(s):
    out, labels, looks = [], [], []
    pos, i = 0, 0
    while i < len(s):
        ch = s[i]
        if ch == TM.M0:
            j = s.index(TM.M1, i)
            k = s.index(TM.M2, j)
            tag, kind = s[i + 1:j].split("|", 1)
            val = s[j + 1:k]
            assert TM.M0 not in val and TM.M1 not in val, val
            start = pos
            out.append(val)
            pos += len(val)
            if tag == "LOOK":
                looks.append({"kind": kind, "start": start, "end": pos})
            else:
                assert tag in TAGS, tag
                labels.append({"tag": tag, "start": start, "end": pos, "kind": kind})
            i = k + 1
        else:
            assert ch not in (TM.M1, TM.M2)
            out.append(ch)
            pos += 1
            i += 1
    return "".join(out), labels, looks


# ---------------------------------------------------------------------------- checks

def check_doc(doc, tname, review_hits):
    text, labels, looks = doc["content"], doc["labels"], doc["lookalikes"]
    did = doc["id"]
    assert labels, f"{did}: no labels"
    spans = sorted([(x["start"], x["end"], "L") for x in labels] + [(x["start"], x["end"], "K") for x in looks])
    for s, e, _ in spans:
        assert 0 <= s < e <= len(text), (did, s, e)
        v = text[s:e]
        assert v == v.strip(), (did, v)
        assert "\n" not in v and "\r" not in v, (did, v)
    for a, b in zip(spans, spans[1:]):
        assert a[1] <= b[0], (did, "overlap", text[a[0]:a[1]], text[b[0]:b[1]])
    for x in labels:
        v = text[x["start"]:x["end"]]
        if x["tag"] == "IP_ADDRESS":
            ip = ipaddress.ip_address(v)
            assert ip.version == 4 and ip.is_global and not ip.is_multicast, (did, v)
            assert not v.startswith("100."), (did, v)
        elif x["tag"] == "EMAIL":
            assert EMAIL_RE.fullmatch(v), (did, v)
            assert not is_reserved_domain(v.split("@", 1)[1]), (did, v)
        elif x["tag"] == "PASSWORD":
            assert "@" not in v, (did, v)
            if any(ord(ch) > 127 for ch in v):
                assert tname.startswith("note_"), (did, v)
    for x in looks:
        v = text[x["start"]:x["end"]]
        if x["kind"].endswith("_ip"):
            assert not ipaddress.ip_address(v).is_global, (did, v)
        elif x["kind"] in ("netmask", "wildcard_mask"):
            ipaddress.ip_address(v)
        elif x["kind"] == "reserved_email":
            assert EMAIL_RE.fullmatch(v) and is_reserved_domain(v.split("@", 1)[1]), (did, v)
    # every e-mail/IPv4 shape is covered
    for kind, s, e, v in shapes(text):
        ok = any(a <= s and e <= b for a, b, _ in spans)
        if not ok and kind == "email":
            at = s + v.index("@")
            ok = any(b == at and a >= s for a, b, _ in spans)
        assert ok, (did, "uncovered shape", v, text[max(0, s - 40):e + 20])
    # syntax
    lang = doc["lang"]
    if lang == "python":
        compile(text, doc["path"], "exec")
    elif lang in ("json", "ipynb"):
        obj = json.loads(text)
        if lang == "ipynb":
            assert obj["nbformat"] == 4 and isinstance(obj["cells"], list)
    elif lang == "jsonl":
        for line in text.splitlines():
            if line.strip():
                json.loads(line)


# ---------------------------------------------------------------------------- build

def build():
    docs, classes, tnames = [], {}, {}
    review_used = Counter()
    extra_used = Counter()
    for pkg, (ver, _lic, _lf, paths) in CARRIERS.items():
        for path in paths:
            ex = stored_excerpt(pkg, path)
            assert "\r" not in ex
            assert len(ex) <= EXCERPT_LIMIT
            assert cut_excerpt(ex, path) == ex, f"{pkg}/{path} is not cut as --extract would cut it"
            c = TM.Ctx(random.Random(f"{SEED}:carrier:{pkg}/{path}"))
            marked_ex = mark_carrier(pkg, path, ex, review_used, extra_used)
            body = marked_ex + ("" if ex.endswith("\n") else "\n") + "\n" + snippet(c, filetype(path)).lstrip("\n")
            text, labels, looks = parse_marked(body)
            assert text.startswith(ex)
            did = f"h23-real-{pkg}-{path.replace('/', '-')}"
            lang = filetype(path)
            doc = {"id": did, "lang": lang, "path": f"{pkg}-{ver}/{path}", "content": text,
                   "labels": labels, "lookalikes": looks}
            docs.append(doc)
            classes[did] = REAL_CLASS
            tnames[did] = "carrier"
    for key, (tag, kind, n) in CARRIER_REVIEW.items():
        assert review_used[key] == n, ("review entry used", key, review_used[key], n)
    for key, (kind, n) in CARRIER_EXTRA_LOOK.items():
        assert extra_used[key] == n, ("extra look-alike", key, extra_used[key], n)
    names = [t[0] for t in TM.TEMPLATES]
    assert len(names) == len(set(names)), "duplicate template names"
    for name, group, lang, path, fn in TM.TEMPLATES:
        for n in range(RENDERS):
            c = TM.Ctx(random.Random(f"{SEED}:{name}:{n}"))
            text, labels, looks = parse_marked(fn(c))
            did = f"h23-syn-{name}-{n}"
            doc = {"id": did, "lang": lang, "path": path, "content": text, "labels": labels, "lookalikes": looks}
            docs.append(doc)
            classes[did] = group
            tnames[did] = name
    ids = [d["id"] for d in docs]
    assert len(ids) == len(set(ids)), "duplicate ids"
    for d in docs:
        check_doc(d, tnames[d["id"]], None)
    return docs, classes


def mark_carrier(pkg, path, ex, review_used, extra_used):
    """Wrap reviewed shapes (and extra look-alikes) of an excerpt in markers."""
    found = []
    for kind, s, e, v in shapes(ex):
        key = (pkg, path, v)
        assert key in CARRIER_REVIEW, f"unreviewed shape in {pkg}/{path}: {v!r}"
        found.append((s, e, CARRIER_REVIEW[key][0], CARRIER_REVIEW[key][1]))
        review_used[key] += 1
    for (p2, path2, txt), (kind, _n) in CARRIER_EXTRA_LOOK.items():
        if (p2, path2) != (pkg, path):
            continue
        for m in re.finditer(re.escape(txt), ex):
            found.append((m.start(), m.end(), "LOOK", kind))
            extra_used[(p2, path2, txt)] += 1
    found.sort()
    out, last = [], 0
    for s, e, tag, kind in found:
        assert s >= last, "overlapping carrier marks"
        out.append(ex[last:s])
        out.append(TM.mk(tag, kind, ex[s:e]))
        last = e
    out.append(ex[last:])
    return "".join(out)


def counts(docs, classes):
    c = OrderedDict()
    c["documents"] = {"real": sum(1 for d in docs if classes[d["id"]] == REAL_CLASS),
                      "synthetic": sum(1 for d in docs if classes[d["id"]] != REAL_CLASS),
                      "total": len(docs)}
    tag_c = Counter(x["tag"] for d in docs for x in d["labels"])
    c["labels_by_tag"] = {t: tag_c[t] for t in TAGS}
    c["labels_total"] = sum(tag_c.values())
    c["lookalikes_total"] = sum(len(d["lookalikes"]) for d in docs)
    c["documents_by_class"] = dict(sorted(Counter(classes[d["id"]] for d in docs).items()))
    tc = Counter((x["tag"], classes[d["id"]]) for d in docs for x in d["labels"])
    c["labels_by_tag_and_class"] = {f"{t} | {k}": n for (t, k), n in sorted(tc.items())}
    kc = Counter((x["tag"], x["kind"]) for d in docs for x in d["labels"])
    c["labels_by_kind"] = {f"{t} | {k}": n for (t, k), n in sorted(kc.items())}
    c["lookalikes_by_kind"] = dict(sorted(Counter(x["kind"] for d in docs for x in d["lookalikes"]).items()))
    return c


def main(argv):
    if len(argv) > 1 and argv[1] == "--extract":
        extract(argv[2])
        return
    if len(argv) > 1 and argv[1] == "--shapes":
        for pkg, (_v, _l, _lf, paths) in CARRIERS.items():
            for path in paths:
                for kind, s, e, v in shapes(stored_excerpt(pkg, path)):
                    print(f"{pkg}\t{path}\t{kind}\t{v}")
        return
    docs, classes = build()
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for d in docs:
            f.write(json.dumps(d, ensure_ascii=False) + "\n")
    with open(os.path.join(HERE, "counts.json"), "w", encoding="utf-8", newline="\n") as f:
        f.write(json.dumps(counts(docs, classes), ensure_ascii=False, indent=2) + "\n")
    print(f"{len(docs)} documents")


if __name__ == "__main__":
    main(sys.argv)
