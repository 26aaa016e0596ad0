#!/usr/bin/env python3
"""Build the seventh held-out redaction set (labels.jsonl, counts.json).

Standard library only; never imports codelm. Running it twice gives byte-identical output.

    python tests/data/redact_heldout_7/make_heldout_7.py                 # rebuild from sources/ and templates
    python tests/data/redact_heldout_7/make_heldout_7.py --extract DIR   # first recut sources/ from unpacked sdists
"""

import argparse
import base64
import collections
import ipaddress
import json
import random
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.dont_write_bytecode = True
sys.path.insert(0, str(HERE))

import gen_h7 as G  # noqa: E402
import templates_h7 as TP  # noqa: E402

SEED = "codelm-redact-heldout-7"
TAGS = ("EMAIL", "IP_ADDRESS", "KEY", "PASSWORD")
MAX_EXCERPT = 3500
RESERVED_SUFFIXES = (".example", ".test", ".invalid", ".localhost")
RESERVED_DOMAINS = ("example.com", "example.net", "example.org", "localhost")

# ---------------------------------------------------------------- real carriers
# (package, version, sdist folder, license file, path in sdist, lang, snippet type, snippet index)
PACKAGES = {
    "configobj": ("5.0.9", "configobj-5.0.9", "LICENSE", "BSD-3-Clause"),
    "coverage": ("7.17.5", "coverage-7.17.5", "LICENSE.txt", "Apache-2.0"),
    "dnslib": ("0.9.26", "dnslib-0.9.26", "LICENSE", "BSD-2-Clause"),
    "email-validator": ("2.4.0", "email_validator-2.4.0", "LICENSE", "Unlicense"),
    "flask-cors": ("6.0.5", "flask_cors-6.0.5", "LICENSE", "MIT"),
    "honcho": ("2.0.0", "honcho-2.0.0", "LICENSE", "MIT"),
    "ipy": ("1.2", "ipy-1.2", "COPYING", "BSD-3-Clause"),
    "nbconvert": ("7.17.2", "nbconvert-7.17.2", "LICENSE", "BSD-3-Clause"),
    "pexpect": ("4.9.0", "pexpect-4.9.0", "LICENSE", "ISC"),
    "python-whois": ("0.9.6", "python_whois-0.9.6", "LICENSE.txt", "MIT"),
    "requests-toolbelt": ("1.0.0", "requests-toolbelt-1.0.0", "LICENSE", "Apache-2.0"),
    "responses": ("0.26.3", "responses-0.26.3", "LICENSE", "Apache-2.0"),
    "vcrpy": ("9.4.2", "vcrpy-9.4.2", "LICENSE.txt", "MIT"),
}

CARRIERS = [
    ("configobj", "docs/configobj.rst", "rst", "rst", 0),
    ("configobj", "src/configobj/validate.py", "python", "python", 0),
    ("configobj", "README.md", "markdown", "markdown", 0),
    ("coverage", "coverage/htmlfiles/coverage_html.js", "javascript", "javascript", 0),
    ("coverage", "coverage/ctracer/tracer.c", "c", "c", 0),
    ("coverage", "coverage/htmlfiles/style.css", "css", "css", 0),
    ("coverage", "tox.ini", "ini", "ini", 0),
    ("dnslib", "dnslib/client.py", "python", "python", 1),
    ("dnslib", "dnslib/fixedresolver.py", "python", "python", 2),
    ("dnslib", "run_tests.sh", "shell", "shell", 0),
    ("email-validator", "README.md", "markdown", "markdown", 1),
    ("email-validator", "email_validator/__main__.py", "python", "python", 3),
    ("flask-cors", "examples/app_based_example.py", "python", "python", 0),
    ("flask-cors", "mkdocs.yml", "yaml", "yaml", 0),
    ("flask-cors", ".github/workflows/main.yml", "yaml", "yaml", 1),
    ("flask-cors", "Makefile", "makefile", "makefile", 0),
    ("honcho", "doc/using_procfiles.rst", "rst", "rst", 1),
    ("honcho", "tox.ini", "ini", "ini", 1),
    ("honcho", "honcho/environ.py", "python", "python", 1),
    ("ipy", "README.rst", "rst", "rst", 0),
    ("ipy", "example/confbuilder.py", "python", "python", 2),
    ("nbconvert", "share/templates/classic/base.html.j2", "html", "html", 0),
    ("nbconvert", ".pre-commit-config.yaml", "yaml", "yaml", 0),
    ("pexpect", "examples/ssh_tunnel.py", "python", "python", 3),
    ("pexpect", "examples/passmass.py", "python", "python", 0),
    ("pexpect", "doc/FAQ.rst", "rst", "rst", 1),
    ("python-whois", "README.md", "markdown", "markdown", 0),
    ("python-whois", "whois/__init__.py", "python", "python", 1),
    ("requests-toolbelt", "requests_toolbelt/auth/guess.py", "python", "python", 2),
    ("requests-toolbelt", "tox.ini", "ini", "ini", 1),
    ("responses", "README.rst", "rst", "rst", 0),
    ("vcrpy", "tests/fixtures/wild/domain_redirect.yaml", "yaml", "yaml", 1),
    ("vcrpy", "README.rst", "rst", "rst", 1),
]

# Reviewed e-mail/IPv4-shaped strings inside the excerpts: exact text -> (tag or "LA", kind), or None to skip
# (not an address at all). Anything found and not listed here stops the build.
CARRIER_REVIEW = {
    "8.8.8.8": ("IP_ADDRESS", "carrier_ip"),
    "127.0.0.0": ("LA", "carrier_loopback_ip"),
    "127.0.0.1": ("LA", "carrier_loopback_ip"),
    "127.0.0.2": ("LA", "carrier_loopback_ip"),
    "127.0.0.3": ("LA", "carrier_loopback_ip"),
    "127.255.255.255": ("LA", "carrier_loopback_ip"),
    "10.0.0.0": ("LA", "carrier_private_ip"),
    "10.0.0.255": ("LA", "carrier_private_ip"),
    "255.0.0.0": ("LA", "carrier_netmask_ip"),
    "255.255.255.0": ("LA", "carrier_netmask_ip"),
    # IPy README examples: globally routable addresses written as ranges and prefixes
    "1.2.3.0": ("IP_ADDRESS", "carrier_ip"),
    "1.2.3.255": ("IP_ADDRESS", "carrier_ip"),
    # the IPv4 tail of the IPv6 literal '::13.1.68.3' (labelled whole, see CARRIER_EXTRA)
    "13.1.68.3": None,
    "me@example.com": ("LA", "carrier_reserved_email"),
    "name@example.com": ("LA", "carrier_reserved_email"),
    "my+address@example.org": ("LA", "carrier_reserved_email"),
    "test@example.org": ("LA", "carrier_reserved_email"),
    # author addresses in file headers
    "drt@un.bewaff.net": ("EMAIL", "carrier_email"),
    "technik@c0re.23.nu": ("EMAIL", "carrier_email"),
    "noah@noah.org": ("EMAIL", "carrier_email"),
    "195.143.234.25": ("IP_ADDRESS", "carrier_ip"),
    "213.221.113.70": ("IP_ADDRESS", "carrier_ip"),
    "217.6.214.130": ("IP_ADDRESS", "carrier_ip"),
    # 'git clone git@github.com:owner/repo.git' is an SSH remote, not an e-mail address
    "git@github.com": ("LA", "carrier_ssh_remote"),
}
# IPv6 literals found by reading the excerpts (the scan above only finds IPv4 and e-mail shapes)
CARRIER_EXTRA = {
    ("ipy", "README.rst"): [
        ("1080:0:0:0:8:800:200C:417A", "IP_ADDRESS", "carrier_ipv6"),
        ("1080::8:800:200c:417a", "IP_ADDRESS", "carrier_ipv6"),
        ("1080::8:800:200C:417A", "IP_ADDRESS", "carrier_ipv6"),
        ("::13.1.68.3", "IP_ADDRESS", "carrier_ipv6"),
        ("::d01:4403", "IP_ADDRESS", "carrier_ipv6"),
        ("::1", "LA", "carrier_loopback_ipv6"),
    ],
}

EMAIL_RE = re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}")
IPV4_RE = re.compile(r"(?<![\d.])(?:\d{1,3}\.){3}\d{1,3}(?![\d.])")


def cut_excerpt(text, lang):
    head = text[:MAX_EXCERPT]
    if len(text) > MAX_EXCERPT:
        head = head[: head.rfind("\n") + 1]
    if lang != "python":
        return head
    lines = head.splitlines(keepends=True)
    for n in range(len(lines), 0, -1):
        cand = "".join(lines[:n])
        try:
            compile(cand, "<excerpt>", "exec")
            return cand
        except SyntaxError:
            continue
    raise SystemExit("no compiling prefix")


def extract(src_dir):
    for pkg, path, lang, _st, _i in CARRIERS:
        ver, folder, lic, _ = PACKAGES[pkg]
        text = (Path(src_dir) / folder / path).read_text(encoding="utf-8")
        out = HERE / "sources" / pkg / path
        out.parent.mkdir(parents=True, exist_ok=True)
        out.write_text(cut_excerpt(text, lang), encoding="utf-8", newline="")
        (HERE / "sources" / pkg / lic).write_bytes((Path(src_dir) / folder / lic).read_bytes())


# ---------------------------------------------------------------- rendering
MARK = re.compile(r"«([^«»]+)»")


def call_gen(name, r, store):
    m = re.fullmatch(r"(\w+)\((\w+),(\w+)\)", name)
    if m:
        assert m.group(1) == "b64pair"
        return base64.b64encode(f"{store[m.group(2)][0]}:{store[m.group(3)][0]}".encode()).decode(), "basic_auth_b64"
    m = re.fullmatch(r"(\w+)_i(\d+)", name)
    if m and hasattr(G, m.group(1)):
        return getattr(G, m.group(1))(r).replace("\n", "\n" + " " * int(m.group(2))), m.group(1)
    return getattr(G, name)(r), name


def render(text, r):
    store = {}
    out, labels, looks = [], [], []
    pos = 0
    # hidden definitions first (values used only through b64pair)
    for m in MARK.finditer(text):
        body = m.group(1)
        if body.startswith("H:"):
            gen, _, nm = body[2:].partition("@")
            store[nm] = call_gen(gen, r, store)
    text = re.sub(r"«H:[^«»]+»", "", text)
    length = 0
    for m in MARK.finditer(text):
        lit = text[pos:m.start()]
        out.append(lit)
        length += len(lit)
        pos = m.end()
        body = m.group(1)
        if body.startswith("LA!"):
            _, kind, val = body.split("!", 2)
            tag = "LA"
        else:
            mm = re.fullmatch(r"(EMAIL|IP_ADDRESS|KEY|PASSWORD|LA|V)([:=])(.+)", body)
            assert mm, body
            tag, op, rest = mm.groups()
            if op == "=":
                val, kind = store[rest]
            else:
                gen, _, nm = rest.partition("@")
                gen = G.pick(r, gen.split("|")) if "|" in gen else gen
                val, kind = call_gen(gen, r, store)
                if nm:
                    store[nm] = (val, kind)
        start = length
        out.append(val)
        length += len(val)
        if tag == "LA":
            looks.append({"kind": kind, "start": start, "end": length})
        elif tag != "V":
            labels.append({"tag": tag, "start": start, "end": length, "kind": kind})
    out.append(text[pos:])
    return "".join(out), labels, looks


# ---------------------------------------------------------------- checks
def is_reserved_email(e):
    dom = e.rsplit("@", 1)[1].lower()
    return dom in RESERVED_DOMAINS or dom.endswith(RESERVED_SUFFIXES) or any(dom.endswith("." + d) for d in RESERVED_DOMAINS)


def check(doc):
    c = doc["content"]
    spans = []
    for lab in doc["labels"]:
        assert lab["tag"] in TAGS
        spans.append((lab["start"], lab["end"], lab["tag"]))
        v = c[lab["start"]:lab["end"]]
        if lab["tag"] == "IP_ADDRESS":
            assert ipaddress.ip_address(v).is_global, (doc["id"], v)
        if lab["tag"] == "EMAIL":
            assert re.fullmatch(r"[^@\s]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}", v) and not is_reserved_email(v), (doc["id"], v)
    for la in doc["lookalikes"]:
        spans.append((la["start"], la["end"], "LA"))
        v = c[la["start"]:la["end"]]
        if la["kind"].endswith("_ip") or la["kind"].endswith("_ipv6"):
            a = ipaddress.ip_address(v)
            assert not a.is_global or a.is_multicast, (doc["id"], v)
    spans.sort()
    for (s, e, t) in spans:
        v = c[s:e]
        assert 0 <= s < e <= len(c) and v.strip() == v and v, (doc["id"], s, e, v)
    for a, b in zip(spans, spans[1:]):
        assert a[1] <= b[0], (doc["id"], a, b)
    if doc["lang"] == "python":
        compile(c, doc["path"], "exec")
    if doc["lang"] == "json":
        json.loads(c)
    if doc["lang"] == "jsonl":
        for line in c.splitlines():
            json.loads(line)


# ---------------------------------------------------------------- carriers
def carrier_doc(pkg, path, lang, stype, idx):
    excerpt = (HERE / "sources" / pkg / path).read_text(encoding="utf-8")
    labels, looks = [], []
    found = [(m.start(), m.end(), m.group(0)) for m in EMAIL_RE.finditer(excerpt)]
    found += [(m.start(), m.end(), m.group(0)) for m in IPV4_RE.finditer(excerpt)
              if not any(s <= m.start() < e for s, e, _ in found)]
    for s, e, v in sorted(found):
        key = f"{pkg}:{v}"
        if key not in CARRIER_REVIEW and v not in CARRIER_REVIEW:
            raise SystemExit(f"unreviewed carrier string in {pkg}/{path}: {v!r}")
        dec = CARRIER_REVIEW.get(key, CARRIER_REVIEW.get(v))
        if dec is None:
            continue
        tag, kind = dec
        if tag == "LA":
            looks.append({"kind": kind, "start": s, "end": e})
        else:
            labels.append({"tag": tag, "start": s, "end": e, "kind": kind})
    for lit, tag, kind in CARRIER_EXTRA.get((pkg, path), []):
        for m in re.finditer(r"(?<![0-9A-Za-z:.])" + re.escape(lit) + r"(?![0-9A-Za-z:.])", excerpt):
            if tag == "LA":
                looks.append({"kind": kind, "start": m.start(), "end": m.end()})
            else:
                labels.append({"tag": tag, "start": m.start(), "end": m.end(), "kind": kind})
    r = random.Random(f"{SEED}:carrier:{pkg}/{path}")
    snippet = TP.SNIPPETS[stype][idx % len(TP.SNIPPETS[stype])]
    if not excerpt.endswith("\n"):
        snippet = "\n" + snippet
    text, sl, slo = render(snippet, r)
    off = len(excerpt)
    for x in sl + slo:
        x["start"] += off
        x["end"] += off
    for x in sl:
        x["kind"] = "snippet_" + x["kind"]
    content = excerpt + text
    assert content.startswith(excerpt)
    ver, folder, lic, _ = PACKAGES[pkg]
    assert (HERE / "sources" / pkg / lic).is_file()
    return {"id": f"h7-real-{pkg}-{path}", "lang": lang, "path": path, "content": content,
            "labels": labels + sl, "lookalikes": looks + slo, "_class": "real carrier"}


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--extract", metavar="DIR")
    a = ap.parse_args()
    if a.extract:
        extract(a.extract)
    docs = []
    for c in CARRIERS:
        docs.append(carrier_doc(*c))
    names = set()
    for name, lang, path, cls, text in TP.T:
        assert name not in names, name
        names.add(name)
        for n in range(3):
            r = random.Random(f"{SEED}:{name}:{n}")
            content, labels, looks = render(text, r)
            docs.append({"id": f"h7-syn-{name}-{n}", "lang": lang, "path": path, "content": content,
                         "labels": labels, "lookalikes": looks, "_class": cls})
    for d in docs:
        d["labels"].sort(key=lambda x: x["start"])
        d["lookalikes"].sort(key=lambda x: x["start"])
        check(d)
    by_tag = collections.Counter()
    by_kind = collections.Counter()
    by_class = collections.Counter()
    la_kind = collections.Counter()
    with open(HERE / "labels.jsonl", "w", encoding="utf-8", newline="\n") as f:
        for d in docs:
            cls = d.pop("_class")
            for lab in d["labels"]:
                by_tag[lab["tag"]] += 1
                by_kind[f"{lab['tag']}/{lab['kind']}"] += 1
                by_class[f"{lab['tag']}/{cls}"] += 1
            for la in d["lookalikes"]:
                la_kind[la["kind"]] += 1
            f.write(json.dumps(d, ensure_ascii=False, sort_keys=False) + "\n")
    counts = {
        "documents": {"real": len(CARRIERS), "synthetic": len(docs) - len(CARRIERS), "total": len(docs)},
        "templates": len(TP.T),
        "labels_by_tag": dict(sorted(by_tag.items())),
        "lookalikes": sum(la_kind.values()),
        "labels_by_class": dict(sorted(by_class.items())),
        "labels_by_kind": dict(sorted(by_kind.items())),
        "lookalikes_by_kind": dict(sorted(la_kind.items())),
    }
    (HERE / "counts.json").write_text(json.dumps(counts, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    print(json.dumps({k: counts[k] for k in ("documents", "templates", "labels_by_tag", "lookalikes")}))


if __name__ == "__main__":
    main()
