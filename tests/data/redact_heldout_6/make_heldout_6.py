#!/usr/bin/env python3
"""Regenerate the sixth held-out redaction set: labels.jsonl and counts.json (byte-identical on every run).

Standard library only; never imports codelm.

    python tests/data/redact_heldout_6/make_heldout_6.py                 # rebuild from sources/ + templates
    python tests/data/redact_heldout_6/make_heldout_6.py --extract DIR   # (re)cut excerpts from unpacked sdists in DIR
"""

import argparse
import collections
import ipaddress
import json
import random
import re
import shutil
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.dont_write_bytecode = True
sys.path.insert(0, str(HERE))

import templates_h6 as T  # noqa: E402
from templates_h6 import E, I, K, LA, P  # noqa: E402

SEED = "codelm-redact-heldout-6"
MAX_CHARS = 3500

# package (PyPI name), unpacked sdist folder, license file, path inside the sdist, lang, snippet style
PACKAGES = {
    "beautifulsoup4": ("beautifulsoup4-4.15.0", "LICENSE"),
    "croniter": ("croniter-7.0.0", "LICENSE"),
    "django-debug-toolbar": ("django_debug_toolbar-8.0.0", "LICENSE"),
    "httptools": ("httptools-0.9.0", "LICENSE"),
    "humanize": ("humanize-4.17.0", "LICENCE"),
    "lz4": ("lz4-4.4.5", "LICENSE"),
    "markdown": ("markdown-3.11.3", "LICENSE.md"),
    "mistune": ("mistune-3.4.0", "LICENSE"),
    "mmh3": ("mmh3-5.3.1", "LICENSE"),
    "netaddr": ("netaddr-1.3.0", "LICENSE.rst"),
    "python-slugify": ("python_slugify-9.2.0", "LICENSE"),
    "tabulate": ("tabulate-0.10.0", "LICENSE"),
}

CARRIERS = [
    ("beautifulsoup4", "bs4/diagnose.py", "python", "python"),
    ("beautifulsoup4", "doc/index.rst", "rst", "rst"),
    ("beautifulsoup4", "tox.ini", "ini", "ini"),
    ("croniter", "Dockerfile", "dockerfile", "dockerfile"),
    ("croniter", "docker-compose.yml", "yaml", "yaml"),
    ("croniter", ".github/workflows/cicd.yml", "yaml", "yaml"),
    ("croniter", "release.sh", "shell", "shell"),
    ("croniter", "src/croniter/tests/test_croniter_hash.py", "python", "python"),
    ("django-debug-toolbar", "debug_toolbar/static/debug_toolbar/js/toolbar.js", "javascript", "js"),
    ("django-debug-toolbar", "debug_toolbar/static/debug_toolbar/css/toolbar.css", "css", "css"),
    ("django-debug-toolbar", "debug_toolbar/settings.py", "python", "python"),
    ("django-debug-toolbar", "debug_toolbar/templates/debug_toolbar/panels/headers.html", "html", "html"),
    ("django-debug-toolbar", "debug_toolbar/locale/de/LC_MESSAGES/django.po", "po", "po"),
    ("httptools", "vendor/llhttp/include/llhttp.h", "c", "c"),
    ("httptools", "httptools/parser/parser.pyx", "cython", "python"),
    ("httptools", "setup.py", "python", "python"),
    ("humanize", "src/humanize/locale/fr_FR/LC_MESSAGES/humanize.po", "po", "po"),
    ("humanize", "src/humanize/filesize.py", "python", "python"),
    ("lz4", "lz4libs/lz4frame.h", "c", "c"),
    ("lz4", ".github/workflows/build_dist.yml", "yaml", "yaml"),
    ("lz4", "setup.cfg", "ini", "ini"),
    ("markdown", "makefile", "makefile", "make"),
    ("markdown", "markdown/extensions/toc.py", "python", "python"),
    ("markdown", "tests/extensions/github_flavored.txt", "markdown", "markdown"),
    ("mistune", "src/mistune/renderers/rst.py", "python", "python"),
    ("mmh3", "src/mmh3/murmurhash3.c", "c", "c"),
    ("mmh3", "README.md", "markdown", "markdown"),
    ("netaddr", "THANKS.rst", "rst", "rst"),
    ("netaddr", "netaddr/ip/ipv4-address-space.xml", "xml", "xml"),
    ("netaddr", "netaddr/tests/ip/test_ip_v4.py", "python", "python"),
    ("python-slugify", "README.md", "markdown", "markdown"),
    ("tabulate", ".github/workflows/tabulate.yml", "yaml", "yaml"),
    ("tabulate", "tabulate/__init__.py", "python", "python"),
]

# every e-mail-shaped string in the excerpts, decided by hand
CARRIER_EMAILS = {
    "jannis@leidel.info": "label",
    "mk@feinheit.ch": "label",
    "oc@1flow.io": "label",
    "mike@dirolf.com": "label",
    "LL@li.org": "gettext_placeholder_email",
    "EMAIL@ADDRESS": None,  # not e-mail shaped by the scan below (no dot), listed for the record
    "cibuildwheel@v3.2.1": "action_ref",
}

EMAIL_RE = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
IPV4_RE = re.compile(r"(?<![\w.])\d{1,3}(?:\.\d{1,3}){3}(?![\w.])")

RESERVED_SUFFIXES = (".example", ".test", ".invalid", ".localhost", ".local")
RESERVED_DOMAINS = ("example.com", "example.net", "example.org", "localhost")


# ----------------------------------------------------------------------------------------------------------
# excerpts


def cut_excerpt(text, is_python):
    ex = text if len(text) <= MAX_CHARS else text[:text.rfind("\n", 0, MAX_CHARS) + 1]
    if is_python:
        while True:
            try:
                compile(ex, "<excerpt>", "exec")
                break
            except SyntaxError:
                ex = ex[:ex.rfind("\n", 0, len(ex) - 1) + 1]
    return ex


def extract(sdists):
    for pkg, (top, lic) in PACKAGES.items():
        dst = HERE / "sources" / pkg
        dst.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(Path(sdists) / top / lic, dst / (lic + ("" if lic.endswith((".md", ".rst")) else ".txt")))
    for pkg, rel, lang, _ in CARRIERS:
        top = PACKAGES[pkg][0]
        text = (Path(sdists) / top / rel).read_bytes().decode("utf-8")
        ex = cut_excerpt(text, lang == "python")
        out = HERE / "sources" / pkg / rel
        out.parent.mkdir(parents=True, exist_ok=True)
        out.write_bytes(ex.encode("utf-8"))


# ----------------------------------------------------------------------------------------------------------
# snippets appended to the real files, one per file type


def snip_python(r, d):
    d.add('\n\n# --- local override, not for commit (ask «em») ---\nDEPLOY_DSN = "postgresql://«u»:«pw»@«ip»:5432/stats"\n'
          'UPLOAD_TOKEN = "«tok»"\nCACHE_NODE = "«priv»"\n',
          em=E(T.remail(r), "carrier_snippet_email"), u=T.username(r), pw=P(T.rpass(r, "url"), "url_password"),
          ip=I(T.ipv4_global(r), "url_ip"), tok=K(r.choice([T.gh_classic, T.pypi_token, T.npm_token, T.gitlab_pat])(r), "vendor_token"),
          priv=LA(T.ipv4_private(r), "nonglobal_ip"))


def snip_rst(r, d):
    d.add("\n\n.. note::\n\n   The benchmark box is ``«ip»``; log in as ``«u»`` with the password ``«pw»``.\n"
          "   Results go to «em» (build «sha»).\n",
          ip=I(T.ipv4_global(r), "docs_ip"), u=T.username(r), pw=P(T.rpass(r, "code").replace("`", "q"), "docs_password"),
          em=E(T.remail(r), "carrier_snippet_email"), sha=LA(T.sha1(r), "git_sha"))


def snip_ini(r, d):
    d.add("\n\n[testenv:publish]\nsetenv =\n    TWINE_USERNAME = __token__\n    TWINE_PASSWORD = «pt»\n    MIRROR_HOST = «ip»\n"
          "    MIRROR_PASSWORD = «pw»\n    MAINTAINER = «em»\n    PIP_INDEX_URL = «ph»\n",
          pt=K(T.pypi_token(r), "pypi_token"), ip=I(T.ipv4_global(r), "config_ip"), pw=P(T.rpass(r, "ini"), "config_password"),
          em=E(T.remail(r), "carrier_snippet_email"), ph=LA("${PIP_INDEX_URL}", "env_reference"))


def snip_dockerfile(r, d):
    d.add("\n# registry mirror for CI\nENV PIP_EXTRA_INDEX_URL=https://ci:«pw»@«ip»/simple \\\n    SENTRY_AUTH_TOKEN=«st» \\\n"
          "    MAINTAINER_EMAIL=«em»\nRUN echo «priv» mirror.internal >> /etc/hosts\n",
          pw=P(T.rpass(r, "url"), "url_password"), ip=I(T.ipv4_global(r), "url_ip"), st=K("sntrys_" + T.b64bytes(r, 60).rstrip("="), "sentry_auth_token"),
          em=E(T.remail(r), "carrier_snippet_email"), priv=LA(T.ipv4_private(r), "nonglobal_ip"))


def snip_yaml(r, d):
    d.add("\n\n# TODO move to secrets before merging\nx-deploy:\n  host: «ip»\n  user: «u»\n  password: «pw»\n  token: «tok»\n"
          "  notify: «em»\n  image_digest: sha256:«dig»\n",
          ip=I(T.ipv4_global(r), "config_ip"), u=T.username(r), pw=P(T.rpass(r, "yaml"), "config_password"),
          tok=K(r.choice([T.gh_classic, T.docker_pat, T.slack_bot])(r), "vendor_token"), em=E(T.remail(r), "carrier_snippet_email"),
          dig=LA(T.sha256(r), "docker_digest"))


def snip_shell(r, d):
    d.add("\n# upload mirror (temporary)\nexport MIRROR_PASS='«pw»'\nsshpass -p \"$MIRROR_PASS\" scp dist/* upload@«ip»:/srv/pypi/\n"
          "curl -fsS -H \"Authorization: Bearer «tok»\" https://api.«dom»/notify -d to=«em»\n",
          pw=P(T.rpass(r, "shell"), "env_password"), ip=I(T.ipv4_global(r), "cli_ip"), tok=K(T.jwt(r), "jwt"), dom=T.rdomain(r),
          em=E(T.remail(r), "carrier_snippet_email"))


def snip_js(r, d):
    d.add("\n\n// debug helper for the staging deployment — remove before release\nconst STAGING = { host: '«ip»', user: '«u»', password: '«pw»' };\n"
          "const MAPS_KEY = '«g»';\nconst REPORT_TO = '«em»';\nconst PUBLISHABLE = '«pk»';\n",
          ip=I(T.ipv4_global(r), "config_ip"), u=T.username(r), pw=P(T.rpass(r, "code"), "object_password"), g=K(T.google_api(r), "google_api_key"),
          em=E(T.remail(r), "carrier_snippet_email"), pk=LA(T.stripe_pub(r), "stripe_publishable"))


def snip_css(r, d):
    d.add("\n\n/* fonts served from the build box «ip»; questions to «em} */\n".replace("«em}", "«em»") +
          "@import url(\"https://fonts.«dom»/css2?family=Inter&key=«k»\");\n/* admin preview login: «u» / «pw» */\n"
          "#djDebug .djdt-hash::after { content: \"«h»\"; }\n",
          ip=I(T.ipv4_global(r), "comment_ip"), em=E(T.remail(r), "carrier_snippet_email"), dom=T.rdomain(r), k=K(T.google_api(r), "google_api_key"),
          u=T.username(r), pw=P(T.rpass(r, "plain"), "comment_password"), h=LA(T.sha1(r)[:12], "short_sha"))


def snip_html(r, d):
    d.add("\n<!-- staging: log in as «u» / «pw» on http://«ip»:8000/admin/ -->\n<p>Report problems to <a href=\"mailto:«em}\">the maintainer</a>.</p>\n"
          .replace("«em}", "«em»") + "<input type=\"hidden\" name=\"csrfmiddlewaretoken\" value=\"«csrf»\">\n",
          u=T.username(r), pw=P(T.rpass(r, "xml"), "comment_password"), ip=I(T.ipv4_global(r), "url_ip"),
          em=E(T.remail(r), "carrier_snippet_email"), csrf=K(T.rs(r, 64), "csrf_token"))


def snip_po(r, d):
    d.add("\n#. Reviewer: «n» <«em»>, 2024\n#. test account on «ip»: admin / «pw»\nmsgid \"Password\"\nmsgstr \"Passwort\"\n",
          n=r.choice(T.FIRST).title(), em=E(T.remail(r), "translator_email"), ip=I(T.ipv4_global(r), "comment_ip"),
          pw=P(T.rpass(r, "plain"), "comment_password"))


def snip_c(r, d):
    d.add("\n\n/* benchmark upload (temporary): results to «em} */\n".replace("«em}", "«em»") +
          "static const char *bench_host = \"«ip»\";\nstatic const char *bench_user = \"«u»\";\nstatic const char *bench_pass = \"«pw»\";\n"
          "static const char *bench_token = \"«tok»\";\nstatic const char *bench_build = \"«ver»\";\n",
          em=E(T.remail(r), "carrier_snippet_email"), ip=I(T.ipv4_global(r), "config_ip"), u=T.username(r),
          pw=P(T.rpass(r, "code"), "constant_password"), tok=K(T.hexkey(r, 40), "hex_api_key"), ver=LA(T.version4(r), "version_string"))


def snip_make(r, d):
    d.add("\n\n# release upload (do not commit real values)\nUPLOAD_HOST := «ip»\nUPLOAD_PASS := «pw»\nGH_TOKEN := «gh»\n\n"
          "upload:\n\tsshpass -p $(UPLOAD_PASS) scp dist/* release@$(UPLOAD_HOST):/srv/files/\n\t@echo \"mail «em» when done\"\n",
          ip=I(T.ipv4_global(r), "config_ip"), pw=P(T.rpass(r, "shell"), "config_password"), gh=K(T.gh_classic(r), "github_pat"),
          em=E(T.remail(r), "carrier_snippet_email"))


def snip_markdown(r, d):
    d.add("\n\n## Internal mirror\n\n```sh\ncurl -u «u»:«pw» https://«ip»/simple/\nexport HF_TOKEN=«hf»\n```\n\nMaintainer contact: «em».\n"
          "Docs example address (not real): «res»\n",
          u=T.username(r), pw=P(T.rpass(r, "url"), "cli_password"), ip=I(T.ipv4_global(r), "url_ip"), hf=K(T.hf_token(r), "huggingface"),
          em=E(T.remail(r), "carrier_snippet_email"), res=LA(T.reserved_email(r), "reserved_email"))


def snip_xml(r, d):
    d.add("\n<!-- mirror credentials used by the updater -->\n<mirror host=\"«ip»\" user=\"«u»\" password=\"«pw»\" contact=\"«em»\"\n"
          "        token=\"«tok»\" fallback=\"«priv»\"/>\n",
          ip=I(T.ipv4_global(r), "config_ip"), u=T.username(r), pw=P(T.rpass(r, "xml"), "xml_password"), em=E(T.remail(r), "carrier_snippet_email"),
          tok=K(T.gh_classic(r), "github_pat"), priv=LA(T.ipv4_private(r), "nonglobal_ip"))


SNIPPETS = {"python": snip_python, "rst": snip_rst, "ini": snip_ini, "dockerfile": snip_dockerfile, "yaml": snip_yaml,
            "shell": snip_shell, "js": snip_js, "css": snip_css, "html": snip_html, "po": snip_po, "c": snip_c,
            "make": snip_make, "markdown": snip_markdown, "xml": snip_xml}


def carrier_doc(pkg, rel, style):
    ex = (HERE / "sources" / pkg / rel).read_bytes().decode("utf-8")
    d = T.Doc(ex)
    for m in EMAIL_RE.finditer(ex):
        decision = CARRIER_EMAILS[m.group()]
        if decision == "label":
            d.labels.append({"tag": "EMAIL", "start": m.start(), "end": m.end(), "kind": "carrier_email"})
        else:
            d.lookalikes.append({"kind": decision, "start": m.start(), "end": m.end()})
    for m in IPV4_RE.finditer(ex):
        ip = ipaddress.ip_address(m.group())
        if ip.is_global and not ip.is_multicast:
            d.labels.append({"tag": "IP_ADDRESS", "start": m.start(), "end": m.end(), "kind": "carrier_ip"})
        else:
            d.lookalikes.append({"kind": "carrier_nonglobal_ip", "start": m.start(), "end": m.end()})
    SNIPPETS[style](random.Random(f"{SEED}:real:{pkg}/{rel}"), d)
    return ex, d


# ----------------------------------------------------------------------------------------------------------
# checks


def check(doc, excerpt=None):
    text = doc["content"]
    spans = [(s["start"], s["end"], "L", s) for s in doc["labels"]] + [(s["start"], s["end"], "A", s) for s in doc["lookalikes"]]
    spans.sort(key=lambda x: (x[0], x[1]))
    prev_end = 0
    for start, end, what, s in spans:
        assert 0 <= start < end <= len(text), (doc["id"], s)
        assert start >= prev_end, ("overlap", doc["id"], s)
        prev_end = end
        val = text[start:end]
        assert val == val.strip(), ("padded", doc["id"], s, val)
        if what == "L" and s["tag"] == "IP_ADDRESS":
            ip = ipaddress.ip_address(val)
            assert ip.is_global and not ip.is_multicast, (doc["id"], val)
        if what == "L" and s["tag"] == "EMAIL":
            assert re.fullmatch(r"[^@\s]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}", val), (doc["id"], val)
            dom = val.rsplit("@", 1)[1].lower()
            assert dom not in RESERVED_DOMAINS and not dom.endswith(RESERVED_SUFFIXES), (doc["id"], val)
            assert not any(dom.endswith("." + rd) for rd in RESERVED_DOMAINS), (doc["id"], val)
        if what == "A" and (s["kind"].endswith("_ip") or s["kind"].endswith("ipv6")):
            ip = ipaddress.ip_address(val)
            assert (not ip.is_global) or ip.is_multicast, (doc["id"], val)
        if what == "A" and s["kind"] == "reserved_email":
            dom = val.rsplit("@", 1)[1].lower()
            assert dom in RESERVED_DOMAINS or dom.endswith(RESERVED_SUFFIXES) or dom.endswith(".example.com"), val
    assert doc["labels"] or doc["lookalikes"], doc["id"]
    if excerpt is not None:
        assert text.startswith(excerpt) and len(text) > len(excerpt), doc["id"]
    if doc["lang"] == "python":
        compile(text, doc["path"], "exec")
    if doc["lang"] == "json":
        json.loads(text)
    if doc["lang"] == "jsonl":
        for line in text.splitlines():
            json.loads(line)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--extract", metavar="DIR", help="unpacked sdists folder: recut sources/ before building")
    args = ap.parse_args()
    if args.extract:
        extract(args.extract)

    docs, classes = [], {}
    for pkg, rel, lang, style in CARRIERS:
        ex, d = carrier_doc(pkg, rel, style)
        doc = {"id": f"h6-real-{pkg}-{rel}", "lang": lang, "path": rel, "content": d.text,
               "labels": sorted(d.labels, key=lambda s: s["start"]), "lookalikes": sorted(d.lookalikes, key=lambda s: s["start"])}
        check(doc, ex)
        docs.append(doc)
        classes[doc["id"]] = "real carrier"
    for name, lang, path, cls, fn in T.TEMPLATES:
        for n in range(3):
            d = fn(random.Random(f"{SEED}:{name}:{n}"))
            doc = {"id": f"h6-syn-{name}-{n}", "lang": lang, "path": path, "content": d.text,
                   "labels": sorted(d.labels, key=lambda s: s["start"]), "lookalikes": sorted(d.lookalikes, key=lambda s: s["start"])}
            check(doc)
            docs.append(doc)
            classes[doc["id"]] = cls
    ids = [d["id"] for d in docs]
    assert len(ids) == len(set(ids))

    with open(HERE / "labels.jsonl", "w", encoding="utf-8", newline="\n") as f:
        for doc in docs:
            f.write(json.dumps(doc, ensure_ascii=False) + "\n")

    per_tag = collections.Counter()
    per_kind = collections.Counter()
    per_class = collections.Counter()
    la_kinds = collections.Counter()
    for doc in docs:
        for s in doc["labels"]:
            per_tag[s["tag"]] += 1
            per_kind[f"{s['tag']}/{s['kind']}"] += 1
            per_class[f"{s['tag']}/{classes[doc['id']]}"] += 1
        for s in doc["lookalikes"]:
            la_kinds[s["kind"]] += 1
    counts = {
        "documents": len(docs),
        "real_carriers": len(CARRIERS),
        "synthetic": len(docs) - len(CARRIERS),
        "templates": len(T.TEMPLATES),
        "labels": sum(per_tag.values()),
        "lookalikes": sum(la_kinds.values()),
        "per_tag": dict(sorted(per_tag.items())),
        "per_tag_class": dict(sorted(per_class.items())),
        "per_tag_kind": dict(sorted(per_kind.items())),
        "lookalike_kinds": dict(sorted(la_kinds.items())),
    }
    with open(HERE / "counts.json", "w", encoding="utf-8", newline="\n") as f:
        json.dump(counts, f, indent=1, ensure_ascii=False)
        f.write("\n")
    print(json.dumps({k: counts[k] for k in ("documents", "labels", "lookalikes", "per_tag")}))


if __name__ == "__main__":
    main()
