"""Build held-out set 26: python make_heldout_26.py [--extract DIR | --shapes]

Standard library only; never imports codelm."""
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
from gen_h26 import G, M, O, S, C, RESERVED  # noqa: E402
from templates_h26 import TEMPLATES, CODE  # noqa: E402

SEED = "codelm-redact-heldout-26"
LIMIT = 3500

# (package folder, path in sdist, file type)
CARRIERS = [
    ("appdirs", "Dockerfile", "dockerfile"),
    ("appdirs", "setup.py", "python"),
    ("cerberus", "AUTHORS", "text"),
    ("cerberus", "pyproject.toml", "toml"),
    ("dictdiffer", "AUTHORS", "text"),
    ("dictdiffer", "pyproject.toml", "toml"),
    ("dotmap", "setup.py", "python"),
    ("glom", "tox.ini", "ini"),
    ("glom", "docs/Makefile", "makefile"),
    ("glom", "SECURITY.md", "markdown"),
    ("halo", "README.md", "markdown"),
    ("jsonpatch", "makefile", "makefile"),
    ("jsonpatch", "doc/commandline.rst", "rst"),
    ("prettytable", ".github/workflows/test.yml", "yaml"),
    ("prettytable", ".pre-commit-config.yaml", "yaml"),
    ("python_box", "AUTHORS.rst", "rst"),
    ("tinydb", "pyproject.toml", "toml"),
    ("voluptuous", "CHANGELOG.md", "markdown"),
    ("voluptuous", "tox.ini", "ini"),
    ("yaspin", "HISTORY.rst", "rst"),
]
LICENCES = {
    "appdirs": ["LICENSE.txt"], "cerberus": ["LICENSE"], "dictdiffer": ["LICENSE"], "dotmap": ["LICENSE.txt"],
    "glom": ["LICENSE"], "halo": ["LICENSE"], "jsonpatch": ["LICENSE"], "prettytable": ["LICENSE"],
    "python_box": ["LICENSE"], "tinydb": ["LICENSE"], "voluptuous": ["COPYING"], "yaspin": ["LICENSE"],
}

# excerpts whose file has no final newline (the snippet, which starts with a newline, follows directly)
NO_FINAL_NEWLINE = {("glom", "tox.ini"), ("glom", "docs/Makefile")}

# every e-mail/IPv4 shape in the excerpts, reviewed by hand: shape -> (tag, kind, expected count)
CARRIER_REVIEW = {
    "trentm@gmail.com": ("EMAIL", "carrier_email", 1),
    "jr@its.to": ("EMAIL", "carrier_email", 1),
    "nicola@nicolaiarocci.com": ("EMAIL", "carrier_email", 1),
    "funkyfuture@riseup.net": ("EMAIL", "carrier_email", 1),
    "info@inveniosoftware.org": ("EMAIL", "carrier_email", 3),
    "fatiherikli@gmail.com": ("EMAIL", "carrier_email", 1),
    "brianrue@gmail.com": ("EMAIL", "carrier_email", 1),
    "lars.holm.nielsen@cern.ch": ("EMAIL", "carrier_email", 1),
    "tibor.simko@cern.ch": ("EMAIL", "carrier_email", 1),
    "jiri.kuncar@gmail.com": ("EMAIL", "carrier_email", 1),
    "jwpeddle@gmail.com": ("EMAIL", "carrier_email", 1),
    "martin.vesper@cern.ch": ("EMAIL", "carrier_email", 1),
    "frodon1@gmail.com": ("EMAIL", "carrier_email", 1),
    "amohr@farmersbusinessnetwork.com": ("EMAIL", "carrier_email", 1),
    "credford@gmail.com": ("EMAIL", "carrier_email", 1),
    "chris@cdgriffith.com": ("EMAIL", "carrier_email", 1),
    "markus@m-siemens.de": ("EMAIL", "carrier_email", 1),
}
# other carrier strings recorded as look-alikes: (package, path, string, kind, count)
CARRIER_EXTRA_LOOK = [
    ("halo", "README.md", "dac4fc6571059bb9e9bc204711e9dfe8f72e5c6f", "git_sha", 1),
]

EMAIL_RE = re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}")
IPV4_RE = re.compile(r"(?<![0-9.])\d{1,3}(?:\.\d{1,3}){3}(?!\.?\d)")
MARK_RE = re.compile(O + r"([A-Z_]+)\|([A-Za-z0-9_]+)" + S + r"(.*?)" + C, re.S)


def ipv4_shapes(text):
    out = []
    for m in IPV4_RE.finditer(text):
        try:
            ipaddress.IPv4Address(m.group())
        except ValueError:
            continue
        out.append((m.start(), m.end(), m.group()))
    return out


def email_shapes(text):
    return [(m.start(), m.end(), m.group()) for m in EMAIL_RE.finditer(text)]


def cut(text, is_python):
    if len(text) <= LIMIT:
        out = text
    else:
        out = text[:LIMIT]
        out = out[: out.rfind("\n") + 1]
    if is_python:
        while True:
            try:
                compile(out, "x", "exec")
                break
            except SyntaxError:
                out = out[: out.rstrip("\n").rfind("\n") + 1]
    return out


def extract(src_dir):
    sums = {}
    sd = os.path.join(src_dir, "..", "SDISTS")
    for fn in sorted(os.listdir(sd)):
        sums[fn] = hashlib.sha256(open(os.path.join(sd, fn), "rb").read()).hexdigest()
    folders = {d.rsplit("-", 1)[0]: d for d in os.listdir(src_dir)}
    for pkg, path, typ in CARRIERS:
        text = open(os.path.join(src_dir, folders[pkg], path), encoding="utf-8", newline="").read()
        dst = os.path.join(HERE, "sources", pkg, path)
        os.makedirs(os.path.dirname(dst), exist_ok=True)
        with open(dst, "w", encoding="utf-8", newline="") as f:
            f.write(cut(text, typ == "python"))
    for pkg, files in LICENCES.items():
        for lf in files:
            shutil.copy(os.path.join(src_dir, folders[pkg], lf), os.path.join(HERE, "sources", pkg, lf))
    with open(os.path.join(HERE, "sources", "SHA256SUMS"), "w") as f:
        for fn, h in sums.items():
            f.write(f"{h}  {fn}\n")


def read_excerpt(pkg, path):
    with open(os.path.join(HERE, "sources", pkg, path), encoding="utf-8", newline="") as f:
        return f.read()


# ------------------------------------------------------------------ snippets
KEY_VENDORS = [("stormglass", "stormglass_api_key"), ("openweathermap", "openweathermap_appid"), ("maptiler", "maptiler_key")]


def snippet(typ, g):
    vendor, kind = g.c(KEY_VENDORS)
    ip1, ip2 = M("IP_ADDRESS", "snippet_ip", g.r_ip()), M("IP_ADDRESS", "snippet_ip", g.r_ip())
    mail = M("EMAIL", "snippet_email", g.r_email())
    ctx = {"python": "quoted", "toml": "quoted", "yaml": "yaml", "ini": "ini", "makefile": "yaml",
           "dockerfile": "shell", "markdown": "prose", "rst": "prose", "text": "prose"}[typ]
    pw = M("PASSWORD", "snippet_password", g.r_pw(ctx))
    key = g.key(vendor, "snippet_" + kind)
    if typ == "python":
        return (f"\n# --- weather feed mirror (ops only; rotate each season) ---\nWX_MIRROR = {{\n    \"primary\": \"{ip1}\",\n"
                f"    \"secondary\": \"{ip2}\",\n    \"contact\": \"{mail}\",\n    \"ftp_password\": \"{pw}\",\n"
                f"    \"{vendor}_key\": \"{key}\",\n}}\n")
    if typ == "dockerfile":
        return (f"\n# --- weather feed mirror (ops only) ---\nENV WX_PRIMARY={ip1} \\\n    WX_SECONDARY={ip2} \\\n"
                f"    WX_CONTACT={mail} \\\n    WX_FTP_PASSWORD={pw} \\\n    WX_{vendor.upper()}_KEY={key}\n")
    if typ == "toml":
        return (f"\n[tool.wx-mirror]\nprimary = \"{ip1}\"\nsecondary = \"{ip2}\"\ncontact = \"{mail}\"\n"
                f"ftp-password = \"{pw}\"\n{vendor}-key = \"{key}\"\n")
    if typ == "yaml":
        return (f"\n# weather feed mirror (ops only)\nx-wx-mirror:\n  primary: {ip1}\n  secondary: {ip2}\n  contact: {mail}\n"
                f"  ftp_password: {pw}\n  {vendor}_key: {key}\n")
    if typ == "ini":
        return (f"\n[wx_mirror]\nprimary = {ip1}\nsecondary = {ip2}\ncontact = {mail}\nftp_password = {pw}\n"
                f"{vendor}_key = {key}\n")
    if typ == "makefile":
        return (f"\n# weather feed mirror (ops only; rotate each season)\nWX_PRIMARY ?= {ip1}\nWX_SECONDARY ?= {ip2}\n"
                f"WX_CONTACT ?= {mail}\nWX_FTP_PASSWORD ?= {pw}\nWX_{vendor.upper()}_KEY ?= {key}\n")
    if typ == "markdown":
        return (f"\n> **Weather feed mirror** (ops only)\n>\n> | setting | value |\n> |---|---|\n> | primary | `{ip1}` |\n"
                f"> | secondary | `{ip2}` |\n> | contact | {mail} |\n> | FTP password | `{pw}` |\n> | {vendor} key | `{key}` |\n")
    if typ == "rst":
        return (f"\nWeather feed mirror\n-------------------\n\n:primary: ``{ip1}``\n:secondary: ``{ip2}``\n:contact: {mail}\n"
                f":ftp password: ``{pw}``\n:{vendor} key: ``{key}``\n")
    if typ == "text":
        return (f"\nWeather feed mirror\n  primary ........ {ip1}\n  secondary ...... {ip2}\n  contact ........ {mail}\n"
                f"  ftp password ... {pw}\n  {vendor} key ... {key}\n")
    raise ValueError(typ)


# ------------------------------------------------------------------ build
def strip(marked):
    out, labels, looks, pos = [], [], [], 0
    cur = 0
    for m in MARK_RE.finditer(marked):
        out.append(marked[pos:m.start()])
        cur += len(marked[pos:m.start()])
        tag, kind, val = m.groups()
        assert O not in val and S not in val and C not in val, val
        span = {"start": cur, "end": cur + len(val), "kind": kind}
        if tag == "LOOK":
            looks.append(span)
        else:
            assert tag in ("EMAIL", "IP_ADDRESS", "KEY", "PASSWORD"), tag
            labels.append({"tag": tag, **span})
        out.append(val)
        cur += len(val)
        pos = m.end()
    out.append(marked[pos:])
    text = "".join(out)
    assert O not in text and S not in text and C not in text
    return text, labels, looks


def reserved(domain):
    d = domain.lower()
    return (d in ("example.com", "example.net", "example.org", "localhost") or d.endswith((".example", ".test", ".invalid", ".localhost"))
            or d.endswith((".example.com", ".example.net", ".example.org")))


def check_doc(doc, group):
    text, labels, looks = doc["content"], doc["labels"], doc["lookalikes"]
    assert labels, doc["id"]
    spans = sorted([(l["start"], l["end"]) for l in labels + looks])
    for (s, e) in spans:
        v = text[s:e]
        assert 0 <= s < e <= len(text), doc["id"]
        assert v == v.strip() and "\n" not in v, (doc["id"], v)
    for a, b in zip(spans, spans[1:]):
        assert a[1] <= b[0], (doc["id"], a, b)
    for l in labels:
        v = text[l["start"]:l["end"]]
        if l["tag"] == "IP_ADDRESS":
            ip = ipaddress.ip_address(v)
            assert ip.version == 4 and ip.is_global and not ip.is_multicast and not v.startswith("100."), (doc["id"], v)
        elif l["tag"] == "EMAIL":
            if l["kind"] == "sip_address":
                v = v[4:]
            assert EMAIL_RE.fullmatch(v), (doc["id"], v)
            assert not reserved(v.split("@")[1]), (doc["id"], v)
        elif l["tag"] == "PASSWORD":
            assert "@" not in v, (doc["id"], v)
            if not v.isascii():
                assert doc["template"].startswith("note_"), (doc["id"], v)
    for lk in looks:
        v = text[lk["start"]:lk["end"]]
        if lk["kind"].endswith("_ip"):
            assert not ipaddress.ip_address(v).is_global, (doc["id"], v)
        if lk["kind"] == "netmask":
            ipaddress.ip_address(v)
        if lk["kind"] == "reserved_email":
            assert reserved(v.split("@")[1]), (doc["id"], v)
    allspans = [(x["start"], x["end"]) for x in labels + looks]
    for s, e, v in email_shapes(text) + ipv4_shapes(text):
        at = s + v.find("@") if "@" in v else -1
        ok = any(a <= s and e <= b for a, b in allspans) or (at >= 0 and any(b == at for a, b in allspans))
        assert ok, (doc["id"], "uncovered shape", v)
    lang = doc["lang"]
    if lang == "json" or lang == "ipynb":
        json.loads(text)
    if lang == "python":
        compile(text, doc["id"], "exec")


def build():
    docs = []
    review_used = collections.Counter()
    for pkg, path, typ in CARRIERS:
        exc = read_excerpt(pkg, path)
        assert "\r" not in exc, path
        full = os.path.join(HERE, "sources", pkg, path)
        if not exc.endswith("\n"):
            assert (pkg, path) in NO_FINAL_NEWLINE, (pkg, path)
        rng = random.Random(f"{SEED}:carrier:{pkg}/{path}")
        g = G(rng)
        marked = exc + snippet(typ, g)
        text, labels, looks = strip(marked)
        assert text.startswith(exc)
        # carrier shapes
        for s, e, v in email_shapes(exc) + ipv4_shapes(exc):
            assert v in CARRIER_REVIEW, ("unreviewed carrier shape", pkg, path, v)
            tag, kind, _ = CARRIER_REVIEW[v]
            labels.append({"tag": tag, "start": s, "end": e, "kind": kind})
            review_used[v] += 1
        for p2, pa2, string, kind, cnt in CARRIER_EXTRA_LOOK:
            if (p2, pa2) == (pkg, path):
                found = [m.start() for m in re.finditer(re.escape(string), exc)]
                assert len(found) == cnt, (pkg, path, string)
                for s in found:
                    looks.append({"start": s, "end": s + len(string), "kind": kind})
        labels.sort(key=lambda x: x["start"])
        looks.sort(key=lambda x: x["start"])
        docs.append({"id": f"h26-real-{pkg}-{path.replace('/', '-')}", "lang": typ, "path": f"{pkg}/{path}",
                     "content": text, "labels": labels, "lookalikes": looks, "group": "real carrier", "template": "carrier"})
    for v, (tag, kind, cnt) in CARRIER_REVIEW.items():
        assert review_used[v] == cnt, ("review count", v, review_used[v], cnt)
    assert len(TEMPLATES) == 110, len(TEMPLATES)
    names = [t[0] for t in TEMPLATES]
    assert len(set(names)) == 110
    for name, group, fn in TEMPLATES:
        for n in range(3):
            rng = random.Random(f"{SEED}:{name}:{n}")
            lang, path, marked = fn(G(rng))
            text, labels, looks = strip(marked)
            docs.append({"id": f"h26-syn-{name}-{n}", "lang": lang, "path": path, "content": text, "labels": labels,
                         "lookalikes": looks, "group": group, "template": name})
    assert len(docs) == 350
    assert len({d["id"] for d in docs}) == 350
    for d in docs:
        check_doc(d, d["group"])
    return docs


def counts(docs):
    c = {"documents": {"real": 20, "synthetic": 330}, "labels_by_tag": collections.Counter(),
         "lookalikes": 0, "documents_by_class": collections.Counter(), "labels_by_class": collections.Counter(),
         "labels_by_kind": collections.Counter(), "lookalikes_by_kind": collections.Counter()}
    for d in docs:
        c["documents_by_class"][d["group"]] += 1
        for l in d["labels"]:
            c["labels_by_tag"][l["tag"]] += 1
            c["labels_by_class"][f"{l['tag']} | {d['group']}"] += 1
            c["labels_by_kind"][f"{l['tag']} | {l['kind']}"] += 1
        for lk in d["lookalikes"]:
            c["lookalikes"] += 1
            c["lookalikes_by_kind"][lk["kind"]] += 1
    for k in list(c):
        if isinstance(c[k], collections.Counter):
            c[k] = dict(sorted(c[k].items()))
    return c


def main():
    if len(sys.argv) > 2 and sys.argv[1] == "--extract":
        extract(sys.argv[2])
        return
    if len(sys.argv) > 1 and sys.argv[1] == "--shapes":
        for pkg, path, typ in CARRIERS:
            exc = read_excerpt(pkg, path)
            for s, e, v in email_shapes(exc) + ipv4_shapes(exc):
                print(f"{pkg}/{path}\t{v}\t{'reviewed' if v in CARRIER_REVIEW else 'UNREVIEWED'}")
        return
    docs = build()
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for d in docs:
            out = {k: d[k] for k in ("id", "lang", "path", "content")}
            out["labels"] = [{"tag": l["tag"], "start": l["start"], "end": l["end"], "kind": l["kind"]} for l in d["labels"]]
            out["lookalikes"] = [{"kind": l["kind"], "start": l["start"], "end": l["end"]} for l in d["lookalikes"]]
            f.write(json.dumps(out, ensure_ascii=False) + "\n")
    with open(os.path.join(HERE, "counts.json"), "w", encoding="utf-8", newline="\n") as f:
        f.write(json.dumps(counts(docs), indent=2, ensure_ascii=False) + "\n")
    c = counts(docs)
    print(json.dumps({"labels": c["labels_by_tag"], "lookalikes": c["lookalikes"]}))


if __name__ == "__main__":
    main()
