"""Build held-out set 12 for the PII/secret redactor (standard library only).

python tests/data/redact_heldout_12/make_heldout_12.py          # writes labels.jsonl and counts.json
python tests/data/redact_heldout_12/make_heldout_12.py --extract DIR   # recut excerpts from unpacked sdists
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

import gen_h12 as G  # noqa: E402
import templates_h12 as T  # noqa: E402

SEED = "codelm-redact-heldout-12"
MAX_EXCERPT = 3500

# package -> (sdist dir name, version, licence files, [(path, lang)])
CARRIERS = {
    "aiodns": ("aiodns-4.0.4", ["LICENSE"], [("README.rst", "rst"), ("pyproject.toml", "toml"),
                                             ("ChangeLog", "text")]),
    "aiounifi": ("aiounifi-74", ["LICENSE"], [("README.md", "markdown"), ("pyproject.toml", "toml")]),
    "certbot-dns-rfc2136": ("certbot_dns_rfc2136-5.8.0", ["LICENSE.txt"],
                            [("src/certbot_dns_rfc2136/_internal/dns_rfc2136.py", "python"), ("pyproject.toml", "toml")]),
    "fabric": ("fabric-3.2.3", ["LICENSE"], [("README.rst", "rst"), ("setup.py", "python"),
                                             ("sites/docs/concepts/configuration.rst", "rst")]),
    "icalendar": ("icalendar-7.3.2", ["LICENSE.rst"], [("README.rst", "rst"), ("Makefile", "makefile"),
                                                      ("src/icalendar/tests/todos/example.ics", "ics")]),
    "influxdb": ("influxdb-5.3.2", ["LICENSE"], [("README.rst", "rst"), ("setup.py", "python")]),
    "irc": ("irc-20.5.0", ["LICENSE"], [("README.rst", "rst"), ("scripts/irccat.py", "python"),
                                        ("pyproject.toml", "toml")]),
    "mastodon.py": ("mastodon_py-2.3.3", ["LICENSE"], [("README.rst", "rst"), ("CHANGELOG.rst", "rst"),
                                                       ("pyproject.toml", "toml")]),
    "octodns": ("octodns-1.22.0", ["LICENSE"], [("tests/config/simple.yaml", "yaml"),
                                                ("tests/config/unit.tests.yaml", "yaml"),
                                                ("CONTRIBUTING.md", "markdown")]),
    "passlib": ("passlib-1.7.4", ["LICENSE"], [("README", "text"), ("setup.py", "python")]),
    "slixmpp": ("slixmpp-1.17.0", ["LICENSE"], [("doap.xml", "xml"), ("examples/migrate_roster.py", "python"),
                                                ("CONTRIBUTING.rst", "rst")]),
    "transmission-rpc": ("transmission_rpc-7.0.12", ["LICENSE"], [("pyproject.toml", "toml"),
                                                                  ("README.md", "markdown")]),
}

EMAIL_RE = re.compile(r"[A-Za-z0-9._%+\-]+@[A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)*\.[A-Za-z]{2,}")
IPV4_RE = re.compile(r"(?<![\d.])(?:\d{1,3}\.){3}\d{1,3}(?![\d.])")
RESERVED = re.compile(r"(?:^|\.)(?:example\.(?:com|net|org)|example|test|invalid|localhost)$", re.I)


def cut(text, lang):
    if len(text) > MAX_EXCERPT:
        text = text[:MAX_EXCERPT]
        text = text[:text.rfind("\n") + 1]
    if lang == "python":
        lines = text.splitlines(keepends=True)
        while lines:
            cand = "".join(lines)
            try:
                compile(cand, "<excerpt>", "exec")
                text = cand
                break
            except SyntaxError:
                lines.pop()
        else:
            text = ""
    return text


def extract(root):
    for pkg, (d, lic, files) in CARRIERS.items():
        out = os.path.join(HERE, "sources", pkg)
        os.makedirs(out, exist_ok=True)
        for name in lic:
            shutil.copyfile(os.path.join(root, d, name), os.path.join(out, name.replace("/", "_")))
        for path, lang in files:
            with open(os.path.join(root, d, path), encoding="utf-8", newline="") as f:
                text = f.read()
            dest = os.path.join(out, path)
            os.makedirs(os.path.dirname(dest), exist_ok=True)
            with open(dest, "w", encoding="utf-8", newline="") as f:
                f.write(cut(text, lang))


def read_excerpt(pkg, path):
    with open(os.path.join(HERE, "sources", pkg, path), encoding="utf-8", newline="") as f:
        return f.read()


def shapes(text):
    out = []
    for m in EMAIL_RE.finditer(text):
        out.append(("email", m.start(), m.end(), m.group()))
    for m in IPV4_RE.finditer(text):
        if all(int(p) < 256 for p in m.group().split(".")):
            out.append(("ipv4", m.start(), m.end(), m.group()))
    return out


if __name__ == "__main__" and "--extract" in sys.argv:
    extract(sys.argv[sys.argv.index("--extract") + 1])
    if "--shapes" in sys.argv:
        for pkg, (d, lic, files) in CARRIERS.items():
            for path, lang in files:
                for sh in shapes(read_excerpt(pkg, path)):
                    print(pkg, path, sh[0], repr(sh[3]))
    sys.exit(0)

# ------------------------------------------------------------------ hand review of the real excerpts
# Every e-mail- and IPv4-shaped string found in an excerpt, with the decision: ("EMAIL"|"IP_ADDRESS", kind) labels
# it, (None, kind) records it as a look-alike.
CARRIER_REVIEW = {
    ("aiodns", "pyproject.toml"): {"s@saghul.net": ("EMAIL", "carrier_email")},
    ("aiounifi", "pyproject.toml"): {"Kane610@users.noreply.github.com": (None, "noreply_email")},
    ("icalendar", "src/icalendar/tests/todos/example.ics"): {
        "20070313T123432Z-456553@example.com": (None, "ical_uid")},
    ("irc", "scripts/irccat.py"): {"joel@rosdahl.net": ("EMAIL", "carrier_email")},
    ("irc", "pyproject.toml"): {"jaraco@jaraco.com": ("EMAIL", "carrier_email")},
    # a Fediverse handle (@user@instance), not a mailbox
    ("mastodon.py", "README.rst"): {"halcy@icosahedron.website": (None, "fediverse_handle")},
    ("mastodon.py", "pyproject.toml"): {"lorenzd+mastodonpypypi@gmail.com": ("EMAIL", "carrier_email")},
    # octodns test zone: public A/AAAA-style record values are labelled like any routable address
    ("octodns", "tests/config/unit.tests.yaml"): dict(
        [("info@bar.example.com", (None, "reserved_email")), ("192.168.0.1", (None, "carrier_private_ip"))] +
        [(a, ("IP_ADDRESS", "carrier_ip")) for a in ["1.2.3.4", "1.2.3.5", "2.2.3.4", "2.2.3.5", "2.2.3.6",
                                                     "3.2.3.4", "3.2.3.5", "4.2.3.4", "4.2.3.5", "5.2.3.4",
                                                     "5.2.3.5", "9.9.9.9"]]),
    # XMPP chat-room JIDs and a JID placeholder, not mailboxes
    ("slixmpp", "doap.xml"): {"slixmpp@muc.poez.io": (None, "xmpp_jid")},
    ("slixmpp", "CONTRIBUTING.rst"): {"slixmpp@muc.poez.io": (None, "xmpp_jid")},
    ("slixmpp", "examples/migrate_roster.py"): {"_@messenger.live.com": (None, "xmpp_jid")},
    ("transmission-rpc", "pyproject.toml"): {"trim21me@gmail.com": ("EMAIL", "carrier_email")},
}

L, LA = G.L, G.LA
SAFE = "!#%*+-=?_.~"


def snippet(r, lang, pkg):
    """One planted snippet in the carrier's file type."""
    e1, e2 = G.email(r), G.email(r)
    if lang == "python":
        return (f'\n\n# local smoke test, never committed\nif False:\n    SMOKE = dict(\n'
                f'        host="{L("IP_ADDRESS", "snippet_ipv4", G.ip(r))}",\n'
                f'        user="{L("EMAIL", "snippet_email", e1)}",\n'
                f'        password="{L("PASSWORD", "snippet_password", G.password(r, SAFE))}",\n'
                f'        token="{L("KEY", "snippet_github_pat", G.github_pat(r))}",\n'
                f'        lan="{LA("private_ip", G.private_ip(r))}",\n    )\n')
    if lang == "toml":
        return (f'\n[tool.local-release]\nindex_url = "https://{L("IP_ADDRESS", "snippet_ipv4", G.ip(r))}/simple/"\n'
                f'username = "{L("EMAIL", "snippet_email", e1)}"\n'
                f'password = "{L("PASSWORD", "snippet_password", G.password(r, SAFE))}"\n'
                f'token = "{L("KEY", "snippet_pypi", G.pypi_token(r))}"\n')
    if lang == "rst":
        return (f'\n.. note::\n\n   Maintainer-only: the staging box is {L("IP_ADDRESS", "snippet_ipv4", G.ip(r))}\n'
                f'   (login {L("EMAIL", "snippet_email", e1)}, password ``{L("PASSWORD", "snippet_password", G.password(r, "!#%*+-=?_"))}``,\n'
                f'   API key ``{L("KEY", "snippet_api_key", G.hex_secret(r, 40))}``; LAN side {LA("private_ip", G.private_ip(r))}).\n')
    if lang == "markdown":
        return (f'\n<!-- release notes for maintainers\nhost: {L("IP_ADDRESS", "snippet_ipv4", G.ip(r))}\n'
                f'contact: {L("EMAIL", "snippet_email", e1)}\n'
                f'npm token: {L("KEY", "snippet_npm", G.npm_token(r))}\n'
                f'admin password: {L("PASSWORD", "snippet_password", G.password(r, "!#%*+=?_"))}\n-->\n')
    if lang == "yaml":
        return (f'\n# provider credentials used by the local sync job\nlocal-sync:\n'
                f'  api_token: "{L("KEY", "snippet_cloudflare", G.cloudflare_token(r))}"\n'
                f'  notify: "{L("EMAIL", "snippet_email", e1)}"\n'
                f'  primary: {L("IP_ADDRESS", "snippet_ipv4", G.ip(r))}\n'
                f'  password: "{L("PASSWORD", "snippet_password", G.password(r, SAFE))}"\n')
    if lang == "xml":
        return (f'\n<!-- mirror credentials: {L("EMAIL", "snippet_email", e1)} / '
                f'{L("PASSWORD", "snippet_password", G.password(r, "!#%*+=?_"))} on {L("IP_ADDRESS", "snippet_ipv4", G.ip(r))} -->\n')
    if lang == "makefile":
        return (f'\nupload-docs:\n\tcurl -u "{L("EMAIL", "snippet_email", e1)}:{L("PASSWORD", "snippet_password", G.password(r, "#%*+=?_.~"))}" '
                f'-T docs.tar.gz https://{L("IP_ADDRESS", "snippet_ipv4", G.ip(r))}/upload/\n')
    if lang == "ics":
        return (f'BEGIN:VCALENDAR\nVERSION:2.0\nBEGIN:VEVENT\nUID:{LA("uuid", G.uuid4(r))}\n'
                f'ORGANIZER:mailto:{L("EMAIL", "snippet_email", e1)}\n'
                f'ATTENDEE:mailto:{L("EMAIL", "snippet_email", e2)}\n'
                f'DESCRIPTION:Bridge {L("IP_ADDRESS", "snippet_ipv4", G.ip(r))} password {L("PASSWORD", "snippet_password", G.password(r, "!#%*+=?_"))}\n'
                f'END:VEVENT\nEND:VCALENDAR\n')
    # plain text
    return (f'\nLocal notes (not for release):\n  upload host {L("IP_ADDRESS", "snippet_ipv4", G.ip(r))}\n'
            f'  account {L("EMAIL", "snippet_email", e1)} / {L("PASSWORD", "snippet_password", G.password(r, "!#%*+=?_"))}\n'
            f'  token {L("KEY", "snippet_github_pat", G.github_pat(r))}\n')


def parse(marked):
    """Strip markers; return (text, labels, lookalikes)."""
    out, labels, looks = [], [], []
    i, pos = 0, 0
    while i < len(marked):
        c = marked[i]
        if c in "\ue000\ue003":
            j = marked.index("\ue001", i)
            k = marked.index("\ue002", j)
            head, value = marked[i + 1:j], marked[j + 1:k]
            assert not any(m in value for m in "\ue000\ue001\ue002\ue003\ue004"), value
            if c == "\ue000":
                tag, kind = head.split("\ue004")
                labels.append({"tag": tag, "start": pos, "end": pos + len(value), "kind": kind})
            else:
                looks.append({"kind": head, "start": pos, "end": pos + len(value)})
            out.append(value)
            pos += len(value)
            i = k + 1
        else:
            out.append(c)
            pos += 1
            i += 1
    return "".join(out), labels, looks


def review_spans(pkg, path, text):
    labels, looks = [], []
    rev = CARRIER_REVIEW.get((pkg, path), {})
    seen = set()
    for kind, a, b, val in shapes(text):
        assert val in rev, ("unreviewed shape in excerpt", pkg, path, val)
        seen.add(val)
        tag, k = rev[val]
        if tag:
            labels.append({"tag": tag, "start": a, "end": b, "kind": k})
        else:
            looks.append({"kind": k, "start": a, "end": b})
    assert seen == set(rev), ("stale review entries", pkg, path, set(rev) - seen)
    return labels, looks


def check_doc(doc):
    text = doc["content"]
    spans = sorted([(x["start"], x["end"], "L", x) for x in doc["labels"]] +
                   [(x["start"], x["end"], "A", x) for x in doc["lookalikes"]])
    assert doc["labels"], doc["id"]
    prev = 0
    for a, b, t, x in spans:
        assert 0 <= a < b <= len(text), (doc["id"], x)
        v = text[a:b]
        assert v == v.strip(), (doc["id"], repr(v))
        assert a >= prev, ("overlap", doc["id"], v)
        prev = b
    for x in doc["labels"]:
        v = text[x["start"]:x["end"]]
        assert x["tag"] in ("EMAIL", "IP_ADDRESS", "KEY", "PASSWORD"), x
        if x["tag"] == "IP_ADDRESS":
            o = ipaddress.ip_address(v)
            assert o.is_global and not o.is_multicast, (doc["id"], v)
        if x["tag"] == "EMAIL":
            assert EMAIL_RE.fullmatch(v), (doc["id"], v)
            dom = v.rsplit("@", 1)[1]
            assert not RESERVED.search(dom), (doc["id"], v)
    for x in doc["lookalikes"]:
        v = text[x["start"]:x["end"]]
        if x["kind"].endswith("_ip") or x["kind"] in ("netmask",):
            try:
                o = ipaddress.ip_address(v)
            except ValueError:
                continue
            assert (not o.is_global) or o.is_multicast or x["kind"] == "netmask", (doc["id"], v)
        if x["kind"] == "reserved_email":
            assert RESERVED.search(v.rsplit("@", 1)[1]), (doc["id"], v)
    for kind, a, b, val in shapes(text):
        ok = any(s <= a and b <= e for s, e, t, x in spans)
        if not ok and kind == "email":
            at = a + val.index("@")
            ok = any(s <= a and e == at for s, e, t, x in spans)
        assert ok, ("uncovered shape", doc["id"], val)
    if doc["lang"] == "python":
        compile(text, doc["path"], "exec")
    if doc["lang"] in ("json", "notebook"):
        json.loads(text)
    if doc["lang"] == "jsonl":
        for line in text.splitlines():
            json.loads(line)


CLASS_OF_LANG = "real carrier"


def build():
    docs = []
    classes = {}
    for pkg, (d, lic, files) in CARRIERS.items():
        for path, lang in files:
            excerpt = read_excerpt(pkg, path)
            labels, looks = review_spans(pkg, path, excerpt)
            r = random.Random(f"{SEED}:carrier:{pkg}/{path}")
            sep = "" if excerpt.endswith("\n") else "\n"
            text2, l2, a2 = parse(snippet(r, lang, pkg))
            off = len(excerpt) + len(sep)
            for x in l2 + a2:
                x["start"] += off
                x["end"] += off
            text = excerpt + sep + text2
            assert text.startswith(excerpt)
            doc = {"id": f"h12-real-{pkg}-{path.replace('/', '-')}", "lang": lang, "path": path,
                   "content": text, "labels": labels + l2, "lookalikes": looks + a2}
            classes[doc["id"]] = "real carrier"
            docs.append(doc)
    for name, (cls, group, fn) in T.TEMPLATES.items():
        for n in range(3):
            r = random.Random(f"{SEED}:{name}:{n}")
            lang, path, marked = fn(r)
            text, labels, looks = parse(marked)
            doc = {"id": f"h12-syn-{name}-{n}", "lang": lang, "path": path, "content": text,
                   "labels": labels, "lookalikes": looks}
            classes[doc["id"]] = cls
            docs.append(doc)
    errors = []
    ids = [d["id"] for d in docs]
    assert len(ids) == len(set(ids))
    for d in docs:
        d["labels"].sort(key=lambda x: x["start"])
        d["lookalikes"].sort(key=lambda x: x["start"])
        try:
            check_doc(d)
        except AssertionError as exc:
            errors.append(exc.args)
    for e in errors[:40]:
        print("ERR", e)
    assert not errors, len(errors)
    return docs, classes


def main():
    docs, classes = build()
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for d in docs:
            f.write(json.dumps(d, ensure_ascii=False, sort_keys=False) + "\n")
    by_tag = collections.Counter()
    by_kind = collections.Counter()
    by_class = collections.Counter()
    looks = collections.Counter()
    for d in docs:
        for x in d["labels"]:
            by_tag[x["tag"]] += 1
            by_kind[x["tag"] + " " + x["kind"]] += 1
            by_class[x["tag"] + " | " + classes[d["id"]]] += 1
        for x in d["lookalikes"]:
            looks[x["kind"]] += 1
    groups = collections.Counter(g for c, g, f in T.TEMPLATES.values())
    counts = {
        "documents": len(docs),
        "real_documents": sum(1 for d in docs if d["id"].startswith("h12-real-")),
        "synthetic_documents": sum(1 for d in docs if d["id"].startswith("h12-syn-")),
        "templates": len(T.TEMPLATES),
        "template_groups": dict(sorted(groups.items())),
        "labels": dict(sorted(by_tag.items())),
        "labels_total": sum(by_tag.values()),
        "lookalikes_total": sum(looks.values()),
        "labels_by_kind": dict(sorted(by_kind.items())),
        "labels_by_class": dict(sorted(by_class.items())),
        "lookalike_kinds": dict(sorted(looks.items())),
    }
    with open(os.path.join(HERE, "counts.json"), "w", encoding="utf-8", newline="\n") as f:
        f.write(json.dumps(counts, indent=2, ensure_ascii=False) + "\n")
    print(json.dumps({k: counts[k] for k in ("documents", "real_documents", "synthetic_documents", "templates",
                                              "template_groups", "labels", "labels_total", "lookalikes_total")}))


if __name__ == "__main__":
    main()
