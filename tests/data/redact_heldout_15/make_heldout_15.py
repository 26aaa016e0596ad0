#!/usr/bin/env python3
"""Build held-out set 15 (labels.jsonl, counts.json). Standard library only; never imports codelm.

python make_heldout_15.py               rebuild labels.jsonl and counts.json from sources/ and the templates
python make_heldout_15.py --extract DIR recut the carrier excerpts from sdists unpacked in DIR
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
import gen_h15 as g  # noqa: E402
from templates_h15 import TEMPLATES  # noqa: E402

SEED = "codelm-redact-heldout-15"
RENDERS = 3
LIMIT = 3500

# package -> (sdist folder, licence file, [paths])
CARRIERS = {
    "adafruit_io": ("adafruit_io-3.0.0", "LICENSE.md", ["README.rst", "examples/mqtt/mqtt_subscribe.py",
                                                        ".github/workflows/build.yml"]),
    "djitellopy": ("djitellopy-2.5.0", "LICENSE.txt", ["README.md", "djitellopy/swarm.py"]),
    "fitbit": ("fitbit-0.3.1", "LICENSE", ["README.rst", "AUTHORS", "docs/index.rst"]),
    "garminconnect": ("garminconnect-0.3.2", "LICENSE", ["README.md", "pyproject.toml"]),
    "gpiozero": ("gpiozero-2.0.1.post3", "LICENSE.rst", ["gpiozero/fonts/7seg.txt", "setup.cfg"]),
    "mercadopago": ("mercadopago-3.6.0", "LICENSE", ["README.md", "mercadopago/examples/oauth/create_token.py"]),
    "mercantile": ("mercantile-1.2.1", "LICENSE.txt", ["AUTHORS.txt", "docs/cli.rst", "CHANGES.txt"]),
    "meteostat": ("meteostat-2.1.5", "LICENSE", ["README.md"]),
    "obs-websocket-py": ("obs-websocket-py-0.5.3", "LICENSE", ["README.md", "samples/switch_scenes.py"]),
    "pyfaidx": ("pyfaidx-0.9.2.2", "LICENSE", [".github/workflows/main.yml"]),
    "pyipp": ("pyipp-0.17.2", "LICENSE", ["README.md"]),
    "python-roku": ("python-roku-3.1.5", "LICENSE", ["README.rst"]),
    "stravalib": ("stravalib-2.6.0", "LICENSE.txt", ["src/stravalib/tests/test.ini-example",
                                                     ".pre-commit-config.yaml",
                                                     "src/stravalib/tests/resources/sample.tcx"]),
    "todoist_api_python": ("todoist_api_python-4.0.0", "LICENSE", ["README.md"]),
    "twitchio": ("twitchio-3.3.2", "LICENSE", ["README.md"]),
    "wled": ("wled-1.1.1", "LICENSE.md", ["README.md"]),
    "yfinance": ("yfinance-1.7.0", "LICENSE.txt", ["yfinance/pricing.proto"]),
}

# every e-mail/IPv4 shape in the excerpts, reviewed by hand: (package/path, shape) -> (tag or LOOK, kind)
CARRIER_REVIEW = {
    ("garminconnect/pyproject.toml", "ron@cyberjunky.nl"): ("EMAIL", "carrier_email"),
    ("gpiozero/setup.cfg", "ben@bennuttall.com"): ("EMAIL", "carrier_email"),
    ("mercadopago/README.md", "test_user_123456@testuser.com"): ("EMAIL", "carrier_example_user_email"),
    ("python-roku/README.rst", "192.168.10.163"): ("LOOK", "carrier_private_ip"),
    ("python-roku/README.rst", "192.168.10.204"): ("LOOK", "carrier_private_ip"),
}
# documentation credentials in the excerpts recorded as look-alikes (every occurrence)
CARRIER_EXTRA_LOOK = [
    ("obs-websocket-py/samples/switch_scenes.py", '"secret"', "carrier_placeholder_password"),
    ("obs-websocket-py/README.md", '"secret"', "carrier_placeholder_password"),
    ("stravalib/src/stravalib/tests/test.ini-example", "xxxxxxxxxxxxxxxx", "carrier_placeholder_token"),
    ("mercadopago/README.md", "YOUR_ACCESS_TOKEN", "carrier_placeholder_token"),
    ("mercadopago/mercadopago/examples/oauth/create_token.py", "<YOUR_ACCESS_TOKEN>", "carrier_placeholder_token"),
    ("todoist_api_python/README.md", "YOUR_API_TOKEN", "carrier_placeholder_token"),
    ("adafruit_io/examples/mqtt/mqtt_subscribe.py", "YOUR_AIO_KEY", "carrier_placeholder_token"),
    ("fitbit/docs/index.rst", "<consumer_secret>", "carrier_placeholder_token"),
]

EMAIL_RE = re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}")
IPV4_RE = re.compile(r"(?<![\d.])\d{1,3}(?:\.\d{1,3}){3}(?![\d.])")
MARK = re.compile("\ue000([A-Z_]+)\\|([^\ue001]*)\ue001([^\ue002]*)\ue002")
RESERVED = ("example.com", "example.net", "example.org")
RESERVED_SUFFIX = (".example", ".test", ".invalid", ".localhost")


def cut(text, path):
    if len(text) > LIMIT:
        text = text[:LIMIT]
        text = text[:text.rfind("\n") + 1]
    if path.endswith(".py"):
        lines = text.splitlines(keepends=True)
        while lines:
            try:
                compile("".join(lines), path, "exec")
                break
            except SyntaxError:
                lines.pop()
        text = "".join(lines)
    return text


def extract(root):
    for pkg, (folder, lic, paths) in CARRIERS.items():
        dst = os.path.join(HERE, "sources", pkg)
        os.makedirs(dst, exist_ok=True)
        shutil.copyfile(os.path.join(root, folder, lic), os.path.join(dst, lic))
        for p in paths:
            with open(os.path.join(root, folder, p), encoding="utf-8") as f:
                ex = cut(f.read(), p)
            out = os.path.join(dst, p)
            os.makedirs(os.path.dirname(out), exist_ok=True)
            with open(out, "w", encoding="utf-8", newline="") as f:
                f.write(ex)


def strip_marks(marked):
    """Return (text, labels, lookalikes) from marked text."""
    out, labels, looks, pos = [], [], [], 0
    n = 0
    for m in MARK.finditer(marked):
        out.append(marked[pos:m.start()])
        n += len(marked[pos:m.start()])
        tag, kind, val = m.groups()
        span = {"start": n, "end": n + len(val), "kind": kind}
        if tag == "LOOK":
            looks.append(span)
        else:
            labels.append(dict(tag=tag, **span))
        out.append(val)
        n += len(val)
        pos = m.end()
    out.append(marked[pos:])
    text = "".join(out)
    assert "\ue000" not in text and "\ue001" not in text and "\ue002" not in text
    return text, labels, looks


def snippet(r, path):
    """A planted snippet in the file type of the carrier."""
    L, lab = g.L, g.lab
    em = lab("EMAIL", "snippet_email", g.email(r))
    ip = lab("IP_ADDRESS", "snippet_public_ipv4", g.pub_ip(r))
    pw = lab("PASSWORD", "snippet_password", g.pw(r, safe=True))
    kk = r.choice(["adafruit_io", "strava_secret", "twitch_client_secret", "mercadopago_access", "todoist_token",
                   "openweather", "github_pat_classic", "hf_token", "telegram_bot", "ttn_api"])
    key = lab("KEY", "snippet_" + kk, g.key(r, kk))
    priv = L("private_ip", g.priv_ip(r))
    ext = os.path.splitext(path)[1] or os.path.basename(path)
    if ext == ".py":
        return (f"\n\nif False:  # local smoke test\n    SMOKE = dict(host=\"{ip}\", lan=\"{priv}\", user=\"{em}\",\n"
                f"                 password=\"{pw}\", token=\"{key}\")\n")
    if ext == ".md":
        return f"\n<!-- local smoke test: {em} / {pw} on {ip} ({priv}), token {key} -->\n"
    if ext == ".rst":
        return f"\n.. note::\n\n   Local smoke test: {em} / {pw} on {ip} ({priv}), token {key}\n"
    if ext in (".yml", ".yaml"):
        return (f"\nlocal-env:\n  host: \"{ip}\"\n  lan: \"{priv}\"\n  user: \"{em}\"\n  password: \"{pw}\"\n"
                f"  token: \"{key}\"\n")
    if ext == ".toml":
        return (f"\n[tool.smoke-local]\nhost = \"{ip}\"\nlan = \"{priv}\"\nuser = \"{em}\"\npassword = \"{pw}\"\n"
                f"token = \"{key}\"\n")
    if ext in (".cfg", ".ini-example"):
        return f"\n[smoke-local]\nhost = {ip}\nlan = {priv}\nuser = {em}\npassword = {pw}\ntoken = {key}\n"
    if ext == ".tcx":
        return f"\n<!-- local smoke test: {em} / {pw} on {ip} ({priv}), token {key} -->\n"
    if ext == ".proto":
        return f"\n// local smoke test: {em} / {pw} on {ip} ({priv}), token {key}\n"
    if ext in ("AUTHORS", ".txt") and "AUTHORS" in path:
        return f"\n- Smoke Tester <{em}> (lab box {ip}, {priv}; password {pw}; token {key})\n"
    return f"\nlocal smoke test: {em} / {pw} on {ip} ({priv}), token {key}\n"


def carrier_docs():
    docs = []
    for pkg, (folder, lic, paths) in CARRIERS.items():
        assert os.path.exists(os.path.join(HERE, "sources", pkg, lic)), (pkg, lic)
        for p in paths:
            with open(os.path.join(HERE, "sources", pkg, p), encoding="utf-8", newline="") as f:
                ex = f.read()
            key = f"{pkg}/{p}"
            labels, looks = [], []
            for rx in (EMAIL_RE, IPV4_RE):
                for m in rx.finditer(ex):
                    rv = CARRIER_REVIEW.get((key, m.group()))
                    assert rv, f"unreviewed shape {m.group()!r} in {key}"
                    USED_REVIEW.add((key, m.group()))
                    tag, kind = rv
                    if tag == "LOOK":
                        looks.append({"start": m.start(), "end": m.end(), "kind": kind})
                    else:
                        labels.append({"tag": tag, "start": m.start(), "end": m.end(), "kind": kind})
            for (k, sv, kind) in CARRIER_EXTRA_LOOK:
                if k == key:
                    hits = [m.start() for m in re.finditer(re.escape(sv), ex)]
                    assert hits, (k, sv)
                    USED_EXTRA.add((k, sv))
                    looks += [{"start": h, "end": h + len(sv), "kind": kind} for h in hits]
            r = random.Random(f"{SEED}:carrier:{key}")
            text2, lab2, look2 = strip_marks(snippet(r, p))
            n = len(ex)
            labels += [dict(x, start=x["start"] + n, end=x["end"] + n) for x in lab2]
            looks += [dict(x, start=x["start"] + n, end=x["end"] + n) for x in look2]
            docs.append({"id": f"h15-real-{pkg}-{p.replace('/', '-')}", "lang": lang_of(p), "path": p,
                         "content": ex + text2, "labels": labels, "lookalikes": looks,
                         "_class": "real carrier", "_excerpt": ex})
    return docs


def lang_of(p):
    ext = os.path.splitext(p)[1]
    return {".py": "python", ".md": "markdown", ".rst": "rst", ".yml": "yaml", ".yaml": "yaml", ".toml": "toml",
            ".cfg": "ini", ".ini-example": "ini", ".tcx": "xml", ".proto": "protobuf"}.get(ext, "text")


USED_REVIEW, USED_EXTRA = set(), set()


def synthetic_docs():
    docs = []
    for name, (fn, cls, lang, path) in TEMPLATES.items():
        for n in range(RENDERS):
            r = random.Random(f"{SEED}:{name}:{n}")
            text, labels, looks = strip_marks(fn(r))
            docs.append({"id": f"h15-syn-{name}-{n}", "lang": lang, "path": path, "content": text,
                         "labels": labels, "lookalikes": looks, "_class": cls})
    return docs


def reserved(domain):
    d = domain.lower()
    return d in RESERVED or d.endswith(tuple("." + x for x in RESERVED)) or d.endswith(RESERVED_SUFFIX) or \
        d == "localhost"


def check(docs):
    ids = set()
    for d in docs:
        t = d["content"]
        assert d["id"] not in ids, d["id"]
        ids.add(d["id"])
        assert d["labels"], d["id"]
        spans = []
        for x in d["labels"] + d["lookalikes"]:
            v = t[x["start"]:x["end"]]
            assert 0 <= x["start"] < x["end"] <= len(t), (d["id"], x)
            assert v == v.strip(), (d["id"], v)
            spans.append((x["start"], x["end"]))
        spans.sort()
        for a, b in zip(spans, spans[1:]):
            assert a[1] <= b[0], (d["id"], a, b, t[a[0]:a[1]], t[b[0]:b[1]])
        for x in d["labels"]:
            v = t[x["start"]:x["end"]]
            assert x["tag"] in ("EMAIL", "IP_ADDRESS", "KEY", "PASSWORD"), x
            if x["tag"] == "IP_ADDRESS":
                a = ipaddress.ip_address(v)
                assert a.is_global and not a.is_multicast, (d["id"], v)
            if x["tag"] == "EMAIL":
                assert EMAIL_RE.fullmatch(v), (d["id"], v)
                assert not reserved(v.rsplit("@", 1)[1]), (d["id"], v)
        for x in d["lookalikes"]:
            v = t[x["start"]:x["end"]]
            if x["kind"] == "reserved_email":
                assert reserved(v.rsplit("@", 1)[1]), (d["id"], v)
            if x["kind"].endswith("_ip") and x["kind"] != "netmask":
                try:
                    a = ipaddress.ip_address(v)
                except ValueError:
                    continue
                assert not a.is_global, (d["id"], v)
        covered = [(x["start"], x["end"]) for x in d["labels"] + d["lookalikes"]]
        for rx in (EMAIL_RE, IPV4_RE):
            for m in rx.finditer(t):
                at = m.group().find("@")
                ok = any(s0 <= m.start() and m.end() <= e0 for s0, e0 in covered) or (
                    at >= 0 and any(e0 == m.start() + at and s0 <= m.start() for s0, e0 in covered))
                assert ok, (d["id"], m.group())
        if "_excerpt" in d:
            assert t.startswith(d["_excerpt"]), d["id"]
        if d["lang"] == "python" or d["path"].endswith(".py"):
            compile(t, d["path"], "exec")
        if d["lang"] in ("json", "ipynb") and not d["path"].endswith(".hujson"):
            json.loads(t)
        if d["lang"] == "jsonl":
            for line in t.splitlines():
                json.loads(line)
    assert USED_REVIEW == set(CARRIER_REVIEW), set(CARRIER_REVIEW) - USED_REVIEW
    assert USED_EXTRA == {(k, v) for k, v, _ in CARRIER_EXTRA_LOOK}


def counts(docs):
    c = {"documents": {"real": sum(d["_class"] == "real carrier" for d in docs),
                       "synthetic": sum(d["_class"] != "real carrier" for d in docs)},
         "templates": len(TEMPLATES), "labels_by_tag": collections.Counter(), "lookalikes": 0,
         "documents_by_class": collections.Counter(), "labels_by_tag_and_class": collections.Counter(),
         "labels_by_kind": collections.Counter(), "lookalike_kinds": collections.Counter()}
    for d in docs:
        c["documents_by_class"][d["_class"]] += 1
        for x in d["labels"]:
            c["labels_by_tag"][x["tag"]] += 1
            c["labels_by_tag_and_class"][f"{x['tag']} | {d['_class']}"] += 1
            c["labels_by_kind"][f"{x['tag']}:{x['kind']}"] += 1
        for x in d["lookalikes"]:
            c["lookalikes"] += 1
            c["lookalike_kinds"][x["kind"]] += 1
    return {k: (dict(sorted(v.items())) if isinstance(v, collections.Counter) else v) for k, v in c.items()}


def main():
    if len(sys.argv) == 3 and sys.argv[1] == "--extract":
        extract(sys.argv[2])
        return
    docs = carrier_docs() + synthetic_docs()
    check(docs)
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for d in docs:
            row = {k: d[k] for k in ("id", "lang", "path", "content")}
            row["labels"] = [{"tag": x["tag"], "start": x["start"], "end": x["end"], "kind": x["kind"]}
                             for x in sorted(d["labels"], key=lambda x: x["start"])]
            row["lookalikes"] = [{"kind": x["kind"], "start": x["start"], "end": x["end"]}
                                 for x in sorted(d["lookalikes"], key=lambda x: x["start"])]
            f.write(json.dumps(row, ensure_ascii=False) + "\n")
    with open(os.path.join(HERE, "counts.json"), "w", encoding="utf-8", newline="\n") as f:
        json.dump(counts(docs), f, indent=1, ensure_ascii=False)
        f.write("\n")
    print(len(docs), "documents")


if __name__ == "__main__":
    main()
