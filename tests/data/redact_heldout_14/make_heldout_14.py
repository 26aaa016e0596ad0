"""Build held-out set 14 (labels.jsonl, counts.json). Standard library only; never imports codelm.

    python tests/data/redact_heldout_14/make_heldout_14.py            # rebuild labels.jsonl and counts.json
    python tests/data/redact_heldout_14/make_heldout_14.py --extract DIR   # recut sources/ from unpacked sdists
"""
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

from gen_h14 import G, L, LK  # noqa: E402
from templates_h14 import TEMPLATES  # noqa: E402

SEED = "codelm-redact-heldout-14"
RENDERS = 3
TAGS = ("EMAIL", "IP_ADDRESS", "KEY", "PASSWORD")
MARK = re.compile("\ue000([A-Z_]+)\\|([a-z0-9_]+)\ue001(.*?)\ue002", re.S)
EMAIL_SHAPE = re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}")
IPV4_SHAPE = re.compile(r"(?<![\d.])\d{1,3}\.\d{1,3}\.\d{1,3}\.\d{1,3}(?!\.?\d)")
RESERVED = re.compile(r"(^|\.)(example\.(com|net|org)|[a-z0-9-]+\.example|example|test|invalid|localhost)$")
IP_LOOK_KINDS = {"private_ip", "documentation_ip", "loopback_ip", "cgnat_ip", "link_local_ip", "unspecified_ip",
                 "netmask", "wildcard_mask", "multicast_ip", "broadcast_ip", "carrier_loopback_ip",
                 "carrier_private_ip", "carrier_unspecified_ip", "carrier_doc_ip"}

# (package, version, licence, licence file, sdist file name)
PACKAGES = {
    "caldav": ("3.6.0", "Apache-2.0 OR GPL-3.0-or-later (Apache-2.0 used)", "COPYING.APACHE", "caldav-3.6.0"),
    "cantools": ("45.1.0", "MIT", "LICENSE", "cantools-45.1.0"),
    "easypost": ("10.7.0", "MIT", "LICENSE", "easypost-10.7.0"),
    "exifread": ("3.5.1", "BSD-3-Clause", "LICENSE", "exifread-3.5.1"),
    "ged4py": ("0.5.5", "MIT", "LICENSE", "ged4py-0.5.5"),
    "greenswitch": ("0.0.19", "MIT", "LICENSE", "greenswitch-0.0.19"),
    "metar": ("2.0.2", "BSD-style, one clause (permissive)", "LICENSE", "metar-2.0.2"),
    "mido": ("1.3.3", "MIT", "LICENSE", "mido-1.3.3"),
    "nba_api": ("1.12.0", "MIT", "LICENSE", "nba_api-1.12.0"),
    "ofxparse": ("0.21", "MIT", "LICENSE", "ofxparse-0.21"),
    "onvif_zeep": ("0.2.12", "MIT", "LICENSE", "onvif_zeep-0.2.12"),
    "panoramisk": ("1.4", "MIT", "LICENSE", "panoramisk-1.4"),
    "podcastparser": ("0.6.11", "ISC", "LICENSE", "podcastparser-0.6.11"),
    "pubchempy": ("1.0.5", "MIT", "LICENSE", "pubchempy-1.0.5"),
    "pyvisa": ("1.16.2", "MIT", "LICENSE", "pyvisa-1.16.2"),
    "skyfield": ("1.55", "MIT", "LICENSE", "skyfield-1.55"),
    "xknx": ("4.0.0", "MIT", "LICENSE", "xknx-4.0.0"),
}

# (package, path inside the sdist, lang, snippet style)
CARRIERS = [
    ("caldav", "CONTACT.md", "markdown", "md"),
    ("caldav", "examples/scheduling_examples.py", "python", "py"),
    ("caldav", "tox.ini", "ini", "tox"),
    ("cantools", "README.rst", "rst", "rst"),
    ("cantools", "examples/dbc_io/dbc_input.dbc", "dbc", "dbc"),
    ("easypost", "README.md", "markdown", "md"),
    ("easypost", "examples/official/docs/python/v8/shipments/create.py", "python", "py"),
    ("exifread", "README.rst", "rst", "rst"),
    ("ged4py", "AUTHORS.rst", "rst", "rst"),
    ("ged4py", "CONTRIBUTING.rst", "rst", "rst"),
    ("greenswitch", "README.rst", "rst", "rst"),
    ("metar", "TODO", "text", "text"),
    ("metar", "get_report.py", "python", "py"),
    ("mido", "examples/sockets/simple_client.py", "python", "py"),
    ("mido", ".github/workflows/test.yml", "yaml", "yaml"),
    ("nba_api", "README.md", "markdown", "md"),
    ("ofxparse", "AUTHORS", "text", "authors"),
    ("ofxparse", "tests/fixtures/signon_success.ofx", "ofx", "ofx"),
    ("onvif_zeep", "README.rst", "rst", "rst"),
    ("panoramisk", "examples/config.ini", "ini", "ini"),
    ("panoramisk", "buildout.cfg", "ini", "ini"),
    ("panoramisk", "tests/fixtures/pjsip_show_endpoint.yaml", "yaml", "yaml"),
    ("podcastparser", "AUTHORS", "text", "authors"),
    ("podcastparser", "tests/data/itunes_owner.rss", "xml", "xml"),
    ("pubchempy", "README.md", "markdown", "md"),
    ("pyvisa", "AUTHORS", "text", "authors"),
    ("pyvisa", "azure-pipelines.yml", "yaml", "yaml"),
    ("pyvisa", "docs/source/introduction/names.rst", "rst", "rst"),
    ("skyfield", "README.rst", "rst", "rst"),
    ("xknx", "README.md", "markdown", "md"),
]

# Every e-mail- and IPv4-shaped string in the excerpts, reviewed by hand: (package, path, shape) -> (TAG|LOOK, kind)
E, LOOK = "EMAIL", "LOOK"
CARRIER_REVIEW = {
    ("caldav", "CONTACT.md", "caldav@plann.no"): (E, "carrier_email"),
    ("caldav", "examples/scheduling_examples.py", "scheduling-help@plann.no"): (E, "carrier_email"),
    ("easypost", "examples/official/docs/python/v8/shipments/create.py", "dr_steve_brule@gmail.com"):
        (E, "carrier_example_provider_email"),
    ("easypost", "examples/official/docs/python/v8/shipments/create.py", "support@easypost.com"):
        (E, "carrier_email"),
    ("ged4py", "AUTHORS.rst", "ged4py@py-dev.com"): (E, "carrier_email"),
    ("ged4py", "CONTRIBUTING.rst", "git@github.com"): (LOOK, "carrier_git_ssh_user"),
    ("greenswitch", "README.rst", "127.0.0.1"): (LOOK, "carrier_loopback_ip"),
    ("metar", "TODO", "pollard@alum.mit.edu"): (E, "carrier_email"),
    ("mido", "examples/sockets/simple_client.py", "ombdalen@gmail.com"): (E, "carrier_email"),
    ("mido", ".github/workflows/test.yml", "ombdalen@gmail.com"): (E, "carrier_email"),
    ("ofxparse", "AUTHORS", "jerry.seutter@gmail.com"): (E, "carrier_email"),
    ("onvif_zeep", "README.rst", "192.168.0.2"): (LOOK, "carrier_private_ip"),
    ("onvif_zeep", "README.rst", "192.168.0.3"): (LOOK, "carrier_private_ip"),
    ("onvif_zeep", "README.rst", "192.168.0.112"): (LOOK, "carrier_private_ip"),
    ("panoramisk", "examples/config.ini", "127.0.0.1"): (LOOK, "carrier_loopback_ip"),
    ("panoramisk", "tests/fixtures/pjsip_show_endpoint.yaml", "0.0.0.0"): (LOOK, "carrier_unspecified_ip"),
    ("podcastparser", "AUTHORS", "m@thp.io"): (E, "carrier_email"),
    ("podcastparser", "AUTHORS", "stefan@skoegl.net"): (E, "carrier_email"),
    ("podcastparser", "tests/data/itunes_owner.rss", "cedorsett@example.com"): (LOOK, "reserved_email"),
    ("xknx", "README.md", "xknx@xknx.io"): (E, "carrier_email"),
}
for _addr in ["m.dartiailh@gmail.com", "Bernd.Krietenstein@rohde-schwarz.com", "christian.lupien@usherbrooke.ca",
              "github@marquardt-home.de", "brain-stormer@web.de", "l@eleif.net", "gregor.thalhammer@gmail.com",
              "km4yri@gmail.com", "laurent.decotret@outlook.com", "ritter@mpp.mpg.de", "matthewlove94@gmail.com",
              "marul@laposte.net", "mordoror@gmail.com", "Tobias_Mueller@twam.info", "hack@delley.net"]:
    CARRIER_REVIEW[("pyvisa", "AUTHORS", _addr)] = (E, "carrier_email")

# Documentation example credentials in the excerpts (not e-mail/IPv4 shapes), recorded as look-alikes:
# (package, path, context needle, value inside the needle) -> kind; every occurrence of the needle is marked.
CARRIER_EXTRA_LOOK = {
    ("greenswitch", "README.rst", "password='ClueCon'", "ClueCon"): "carrier_default_password",
    ("onvif_zeep", "README.rst", "'user', 'passwd'", "passwd"): "carrier_placeholder_password",
    ("onvif_zeep", "README.rst", "--password '12345'", "12345"): "carrier_placeholder_password",
    ("panoramisk", "examples/config.ini", "secret=mysecret", "mysecret"): "carrier_placeholder_password",
    ("caldav", "examples/scheduling_examples.py", 'password="hunter2"', "hunter2"): "carrier_placeholder_password",
    ("easypost", "README.md", "token=SxXsqBjQUb", "SxXsqBjQUb"): "carrier_codecov_badge_token",
}

MAX_CHARS = 3500


def cut_excerpt(text, lang):
    t = text[:MAX_CHARS]
    if len(text) > MAX_CHARS and "\n" in t:
        t = t[: t.rfind("\n") + 1]
    if lang == "python":
        lines = t.splitlines(keepends=True)
        for n in range(len(lines), 0, -1):
            cand = "".join(lines[:n])
            try:
                compile(cand, "<excerpt>", "exec")
                return cand
            except SyntaxError:
                continue
        raise AssertionError("no compiling prefix")
    return t


def extract(src_dir):
    for pkg, path, lang, _ in CARRIERS:
        root = os.path.join(src_dir, PACKAGES[pkg][3])
        with open(os.path.join(root, path), encoding="utf-8", newline="") as f:
            text = f.read()
        dst = os.path.join(HERE, "sources", pkg, path)
        os.makedirs(os.path.dirname(dst), exist_ok=True)
        with open(dst, "w", encoding="utf-8", newline="") as f:
            f.write(cut_excerpt(text, lang))
    for pkg, (_, _, lic, sd) in PACKAGES.items():
        shutil.copyfile(os.path.join(src_dir, sd, lic), os.path.join(HERE, "sources", pkg, lic))


# ------------------------------------------------------------------ carrier snippets

def snippet(style, g, pkg):
    if style == "py":
        return f'''

if False:  # local smoke test, never run in CI
    SMOKE = dict(
        host="{g.ip("public_ip")}",
        user="{g.email()}",
        password="{g.pw_plain()}",
        token="{g.key(g.pick(["github_fine_grained", "gitlab_pat", "npm", "linear"]))}",
        fallback="{g.priv_ip()}",
    )
'''
    if style == "md":
        return f"""
<!-- maintainer notes, remove before release
staging: {g.ip("public_ip")} (ssh as deploy, password {g.pw_plain()})
api key for the demo account: {g.key(g.pick(["openai_project", "anthropic", "groq", "huggingface"]))}
contact: {g.email()}; test mailbox {g.reserved_email()}
-->
"""
    if style == "rst":
        return f"""

.. note::

   Internal mirror at ``{g.ip("public_ip")}`` (account ``{g.email()}``, password ``{g.pw_plain()}``).
   Upload token: ``{g.key(g.pick(["pypi", "github_classic_pat", "gitlab_deploy"]))}``; do not use ``{g.doc_ip()}``.
"""
    if style == "tox":
        return f"""
[testenv:smoke-local]
setenv =
    SMOKE_HOST = {g.ip("public_ip")}
    SMOKE_USER = {g.email()}
    SMOKE_PASSWORD = {g.pw(allowed="-_.!%*+?@^~", symbols="-_.!%*+?@^~")}
    SMOKE_TOKEN = {g.key("github_fine_grained")}
commands = pytest -k smoke
"""
    if style == "ini":
        return f"""
[smoke-local]
host = {g.ip("public_ip")}
username = {g.email()}
password = {g.pw(allowed="-_.!%*+?@^~", symbols="-_.!%*+?@^~")}
api_key = {g.key(g.pick(["sendgrid", "mailgun", "digitalocean"]))}
"""
    if style == "yaml":
        return f"""
# local-env (not used by CI)
local-env:
  host: {g.ip("public_ip")}
  user: "{g.email()}"
  password: "{g.pw_plain()}"
  token: "{g.key(g.pick(["github_classic_pat", "dockerhub_pat", "npm"]))}"
  fallback: {g.priv_ip()}
"""
    if style == "text":
        return f"""
Staging box: {g.ip("public_ip")} (login {g.email()}, password {g.pw_plain()})
"""
    if style == "authors":
        f, l = g.person()
        return f"{f.capitalize()} {l.capitalize()} <{g.email()}>\n"
    if style == "dbc":
        return f"""
CM_ "bench rig {g.ip("public_ip")} login {g.email()} pw {g.pw(allowed="-_.!%*+?@^~", symbols="-_.!%*+?@^~")}";
"""
    if style == "ofx":
        return f"""
<!-- capture note: replayed from {g.ip("public_ip")}, USERPASS {g.pw(allowed="-_.!%*+?@^~", symbols="-_.!%*+?@^~")} for {g.email()} -->
"""
    if style == "xml":
        return f"""<!-- feed owner {g.email()}; upload via {g.ip("public_ip")} with key {g.key(g.pick(["dropbox", "backblaze_app_key", "aws_secret"]))} -->
"""
    raise ValueError(style)


# ------------------------------------------------------------------ building

def strip_markers(marked):
    out, spans, pos = [], [], 0
    n = 0
    for m in MARK.finditer(marked):
        out.append(marked[pos:m.start()])
        n += len(marked[pos:m.start()])
        tag, kind, val = m.group(1), m.group(2), m.group(3)
        assert "\ue000" not in val, (kind, val[:40])
        spans.append((tag, n, n + len(val), kind))
        out.append(val)
        n += len(val)
        pos = m.end()
    out.append(marked[pos:])
    text = "".join(out)
    assert not any(c in text for c in "\ue000\ue001\ue002"), "stray marker"
    return text, spans


def review_spans(pkg, path, excerpt, used):
    spans = []
    for rx in (EMAIL_SHAPE, IPV4_SHAPE):
        for m in rx.finditer(excerpt):
            key = (pkg, path, m.group(0))
            assert key in CARRIER_REVIEW, f"unreviewed shape in carrier: {key}"
            used.add(key)
            tag, kind = CARRIER_REVIEW[key]
            spans.append((tag, m.start(), m.end(), kind))
    for (p, q, needle, value), kind in CARRIER_EXTRA_LOOK.items():
        if (p, q) != (pkg, path):
            continue
        starts = [m.start() for m in re.finditer(re.escape(needle), excerpt)]
        assert starts, f"extra look-alike not found: {needle}"
        used.add((p, q, needle, value))
        for s in starts:
            a = s + needle.index(value)
            spans.append(("LOOK", a, a + len(value), kind))
    return spans


def reserved_domain(dom):
    return bool(RESERVED.search(dom.lower()))


def check_doc(doc_id, lang, text, spans):
    assert any(t != "LOOK" for t, *_ in spans), f"{doc_id}: no label"
    ss = sorted(spans, key=lambda s: (s[1], s[2]))
    for i, (tag, a, b, kind) in enumerate(ss):
        assert 0 <= a < b <= len(text), (doc_id, kind)
        v = text[a:b]
        assert v == v.strip(), (doc_id, kind, v)
        if i:
            assert ss[i - 1][2] <= a, (doc_id, "overlap", ss[i - 1], (tag, a, b, kind))
        if tag == "IP_ADDRESS":
            ip = ipaddress.ip_address(v)
            assert ip.is_global and not ip.is_multicast, (doc_id, v)
        if tag == "LOOK" and kind in IP_LOOK_KINDS:
            try:
                ip = ipaddress.ip_address(v)
            except ValueError:
                pass
            else:
                assert (not ip.is_global) or ip.is_multicast or kind in ("netmask", "wildcard_mask"), (doc_id, v)
        if tag == "EMAIL":
            assert re.fullmatch(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}", v), (doc_id, v)
            assert not reserved_domain(v.split("@")[1]), (doc_id, v)
        if tag == "LOOK" and kind == "reserved_email":
            assert reserved_domain(v.split("@")[1]), (doc_id, v)
    for rx in (EMAIL_SHAPE, IPV4_SHAPE):
        for m in rx.finditer(text):
            ok = any(a <= m.start() and m.end() <= b for _, a, b, _ in spans)
            if not ok and rx is EMAIL_SHAPE:
                at = m.start() + m.group(0).index("@")
                ok = any(b == at and a >= m.start() for _, a, b, _ in spans)
            assert ok, (doc_id, "uncovered shape", m.group(0))
    if lang == "python":
        compile(text, doc_id, "exec")
    elif lang in ("json", "ipynb"):
        json.loads(text)
    elif lang == "jsonl":
        for line in text.splitlines():
            if line.strip():
                json.loads(line)


def build():
    docs = []
    used = set()
    for pkg, path, lang, style in CARRIERS:
        with open(os.path.join(HERE, "sources", pkg, path), encoding="utf-8", newline="") as f:
            excerpt = f.read()
        g = G(random.Random(f"{SEED}:carrier:{pkg}/{path}"))
        snip_text, snip_spans = strip_markers(snippet(style, g, pkg))
        spans = review_spans(pkg, path, excerpt, used)
        sep = "" if excerpt.endswith("\n") else "\n"
        off = len(excerpt) + len(sep)
        for tag, a, b, kind in snip_spans:
            spans.append((tag, a + off, b + off, kind if tag == "LOOK" else "snippet_" + kind))
        text = excerpt + sep + snip_text
        assert text.startswith(excerpt)
        docs.append(dict(id=f"h14-real-{pkg}-{path.replace('/', '-')}", lang=lang, path=path, cls="real carrier",
                         text=text, spans=spans))
    stale = (set(CARRIER_REVIEW) | set(CARRIER_EXTRA_LOOK)) - used
    assert not stale, f"stale review entries: {sorted(stale)}"
    for name, (cls, lang, path, fn) in TEMPLATES.items():
        for n in range(RENDERS):
            g = G(random.Random(f"{SEED}:{name}:{n}"))
            text, spans = strip_markers(fn(g))
            docs.append(dict(id=f"h14-syn-{name}-{n}", lang=lang, path=path, cls=cls, text=text, spans=spans))
    ids = [d["id"] for d in docs]
    assert len(ids) == len(set(ids)), "duplicate ids"
    for d in docs:
        check_doc(d["id"], d["lang"], d["text"], d["spans"])
    return docs


def main():
    if len(sys.argv) == 3 and sys.argv[1] == "--extract":
        extract(sys.argv[2])
        return
    docs = build()
    tag_counts = collections.Counter()
    kind_counts = collections.Counter()
    look_counts = collections.Counter()
    cls_docs = collections.Counter()
    cls_tag = collections.Counter()
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for d in docs:
            labels = [dict(tag=t, start=a, end=b, kind=k) for t, a, b, k in sorted(d["spans"], key=lambda s: s[1])
                      if t != "LOOK"]
            looks = [dict(kind=k, start=a, end=b) for t, a, b, k in sorted(d["spans"], key=lambda s: s[1])
                     if t == "LOOK"]
            for lab in labels:
                tag_counts[lab["tag"]] += 1
                kind_counts[f"{lab['tag']}:{lab['kind']}"] += 1
                cls_tag[f"{lab['tag']}|{d['cls']}"] += 1
            for lk in looks:
                look_counts[lk["kind"]] += 1
            cls_docs[d["cls"]] += 1
            f.write(json.dumps(dict(id=d["id"], lang=d["lang"], path=d["path"], content=d["text"], labels=labels,
                                    lookalikes=looks), ensure_ascii=False) + "\n")
    counts = dict(
        documents=len(docs),
        real_documents=sum(1 for d in docs if d["cls"] == "real carrier"),
        synthetic_documents=sum(1 for d in docs if d["cls"] != "real carrier"),
        templates=len(TEMPLATES),
        labels=dict(sorted(tag_counts.items())),
        lookalikes=sum(look_counts.values()),
        documents_by_class=dict(sorted(cls_docs.items())),
        labels_by_tag_and_class=dict(sorted(cls_tag.items())),
        labels_by_kind=dict(sorted(kind_counts.items())),
        lookalikes_by_kind=dict(sorted(look_counts.items())),
    )
    with open(os.path.join(HERE, "counts.json"), "w", encoding="utf-8", newline="\n") as f:
        json.dump(counts, f, indent=1, ensure_ascii=False)
        f.write("\n")
    print(json.dumps({k: counts[k] for k in ("documents", "templates", "labels", "lookalikes")}))


if __name__ == "__main__":
    main()
