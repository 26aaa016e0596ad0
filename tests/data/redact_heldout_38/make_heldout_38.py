"""Build held-out set 38 for the PII/secret redactor (standard library only; never imports codelm)."""
import sys

sys.dont_write_bytecode = True

import collections  # noqa: E402
import hashlib  # noqa: E402
import ipaddress  # noqa: E402
import json  # noqa: E402
import os  # noqa: E402
import random  # noqa: E402
import re  # noqa: E402
import shutil  # noqa: E402
import xml.dom.minidom  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import gen_h38  # noqa: E402
import templates_h38  # noqa: E402

SEED = "codelm-redact-heldout-38"
N_TEMPLATES, N_CARRIERS, N_DOCS = 110, 20, 350

CARRIERS = [
    ("libconf", "test/example.cfg", "libconfig"),
    ("libconf", "test/test_e2e.cfg", "libconfig"),
    ("libconf", "test/include.cfg", "libconfig"),
] + [("apacheconfig", "tests/integration/samples/perl-config-general/" + f, "config-general") for f in [
    "array-content-test.conf", "c-style-comment-test.conf", "combination-of-constructs.conf",
    "here-document-test.conf", "include-again-test.conf", "multiline-option-test.conf", "nested-block-test.conf",
    "unquoted-values-with-whitespaces.conf", "include-file-test.conf", "includes/second-test.conf"]
] + [("isc_dhcp_leases", "isc_dhcp_leases/test_files/" + f, "dhcpd-lease-db") for f in [
    "backup.leases", "debian7.leases", "dhcpd6-4.2.4.leases", "dhcpd6-4.3.3.leases", "epoch.leases",
    "options.leases", "static.leases"]]
LICENCES = {"libconf": "LICENSE", "apacheconfig": "LICENSE.rst", "isc_dhcp_leases": "LICENSE"}

# every e-mail/IPv4/IPv6 shape (and a few more) in the excerpts, reviewed: value -> (tag, kind)
CARRIER_REVIEW = {
    "sakkra": ("PASSWORD", "carrier_fixture_password"),
    "2001:610:600:891d::60": ("IP_ADDRESS", "carrier_lease_ipv6"),
    "2001:610:500:fff::": ("IP_ADDRESS", "carrier_lease_prefix"),
    "2001:10:10::106": ("LOOK", "orchid_ipv6"),
    "2001:10:10:0:0:0:0:106": ("LOOK", "orchid_ipv6"),
    "2001:10:30:ff00::": ("LOOK", "orchid_ipv6"),
    "2001:10:30:ff00:0:0:0:0": ("LOOK", "orchid_ipv6"),
    "2001:10:30::1fe": ("LOOK", "orchid_ipv6"),
    "2001:10:30:0:0:0:0:1fe": ("LOOK", "orchid_ipv6"),
    "2001:10:10:ff00::": ("LOOK", "orchid_ipv6"),
    "2001:10:10:ff00:0:0:0:0": ("LOOK", "orchid_ipv6"),
    "10.0.0.1": ("LOOK", "private_ip"), "10.0.0.2": ("LOOK", "private_ip"), "10.0.0.10": ("LOOK", "private_ip"),
    "10.0.0.15": ("LOOK", "private_ip"), "10.0.0.18": ("LOOK", "private_ip"), "10.0.0.21": ("LOOK", "private_ip"),
    "10.0.0.16": ("LOOK", "private_ip"), "10.0.0.17": ("LOOK", "private_ip"), "10.10.10.10": ("LOOK", "private_ip"),
    "2a:b2:2a:b2:2a:b2": ("LOOK", "mac_address"), "60:a4:4c:b5:6a:dd": ("LOOK", "mac_address"),
    "bc:f5:ac:fe:d1:7d": ("LOOK", "mac_address"), "e0:c9:7a:89:c9:2e": ("LOOK", "mac_address"),
    "9c:2a:70:7c:43:6a": ("LOOK", "mac_address"), "6c:71:d9:21:55:71": ("LOOK", "mac_address"),
    "24:65:11:d9:a6:b3": ("LOOK", "mac_address"), "a4:a2:4a:33:db:e5": ("LOOK", "mac_address"),
    "0:1:3:e9": ("LOOK", "agent_option_hex"), "0:0:11:8b:6:1:4:1:2:3:0": ("LOOK", "agent_option_hex"),
}
# expected number of uses of each reviewed value over all excerpts
REVIEW_USES = {"sakkra": 2, "2001:610:600:891d::60": 1, "2001:610:500:fff::": 1, "2001:10:10::106": 1,
               "2001:10:10:0:0:0:0:106": 1, "2001:10:30:ff00::": 1, "2001:10:30:ff00:0:0:0:0": 2,
               "2001:10:30::1fe": 1, "2001:10:30:0:0:0:0:1fe": 1, "2001:10:10:ff00::": 1,
               "2001:10:10:ff00:0:0:0:0": 2, "10.0.0.1": 2, "10.0.0.2": 2, "10.0.0.10": 1, "10.0.0.15": 2,
               "10.0.0.18": 1, "10.0.0.21": 1, "10.0.0.16": 1, "10.0.0.17": 1, "10.10.10.10": 1,
               "2a:b2:2a:b2:2a:b2": 3, "60:a4:4c:b5:6a:dd": 1, "bc:f5:ac:fe:d1:7d": 1, "e0:c9:7a:89:c9:2e": 1,
               "9c:2a:70:7c:43:6a": 1, "6c:71:d9:21:55:71": 1, "24:65:11:d9:a6:b3": 1, "a4:a2:4a:33:db:e5": 1,
               "0:1:3:e9": 1, "0:0:11:8b:6:1:4:1:2:3:0": 1}
CRLF_EXCERPTS = set()
NO_FINAL_NEWLINE = {
    "apacheconfig/tests/integration/samples/perl-config-general/c-style-comment-test.conf",
    "apacheconfig/tests/integration/samples/perl-config-general/here-document-test.conf",
    "apacheconfig/tests/integration/samples/perl-config-general/includes/second-test.conf",
    "isc_dhcp_leases/isc_dhcp_leases/test_files/backup.leases",
    "isc_dhcp_leases/isc_dhcp_leases/test_files/debian7.leases",
    "isc_dhcp_leases/isc_dhcp_leases/test_files/dhcpd6-4.3.3.leases",
    "isc_dhcp_leases/isc_dhcp_leases/test_files/static.leases",
}
SNIPPET_DOMAINS = ["wharfinger-tickets.eu", "lockgate-rota.ie", "towpath-works.co.uk"]
MARK = re.compile("\ue000([A-Z_]+)\\|([^\ue001]+)\ue001([^\ue002]*)\ue002")
RESERVED = re.compile(r"(^|\.)(example\.(com|net|org)|example|test|invalid|localhost)$")
EMAIL_SHAPE = re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}")
IPV4_SHAPE = re.compile(r"(?<![0-9.])\d{1,3}(?:\.\d{1,3}){3}(?![0-9]|\.[0-9])")
IPV6_RUN = re.compile(r"(?<![0-9A-Za-z])[0-9A-Fa-f:.]*:[0-9A-Fa-f:.]*(?![0-9A-Za-z])")


def snippet(g, pkg):
    r = g.r
    pw = g.pw("plain", "snippet_password")
    key = g.key(r.choice(["hex40", "b64u43", "low32"]), "snippet_key")
    em = gen_h38.m("EMAIL", "snippet_email", f"{r.choice(gen_h38.FIRST).lower()}@{r.choice(SNIPPET_DOMAINS)}")
    return "\n".join([
        "# --- Wharfinger's ticket office: shift notes ---",
        f"# till uplink {g.ip4('snippet_ip')} (v6 {g.ip6('snippet_ip6')}), rota questions to {em}",
        f"# back-office login: wharfinger / {pw}",
        f"# fares feed key: {key}",
        f"# docs example (not ours): {g.docip()}, {g.resmail('skipper')}, v{g.version()}, {g.short_sha()}, {g.uuid()}",
    ]) + "\n"


def parse(marked):
    out, labels, looks, pos = [], [], [], 0
    last = 0
    for mt in MARK.finditer(marked):
        out.append(marked[last:mt.start()])
        pos += len(marked[last:mt.start()])
        tag, kind, val = mt.groups()
        (looks if tag == "LOOK" else labels).append(
            {"kind": kind, "start": pos, "end": pos + len(val)} if tag == "LOOK" else
            {"tag": tag, "start": pos, "end": pos + len(val), "kind": kind})
        out.append(val)
        pos += len(val)
        last = mt.end()
    out.append(marked[last:])
    return "".join(out), labels, looks


def remark(text, labels, looks):
    ev = [(x["start"], x["end"], x.get("tag", "LOOK"), x["kind"]) for x in labels + looks]
    ev.sort()
    s, last = [], 0
    for a, b, t, k in ev:
        s.append(text[last:a] + f"\ue000{t}|{k}\ue001{text[a:b]}\ue002")
        last = b
    return "".join(s) + text[last:]


def is_reserved_domain(d):
    return bool(RESERVED.search(d.lower()))


def covered(spans, a, b):
    return any(s <= a and b <= e for s, e in spans)


def check_doc(d):
    t = d["content"]
    assert d["labels"], d["id"]
    spans = sorted([(x["start"], x["end"]) for x in d["labels"] + d["lookalikes"]])
    for (a1, b1), (a2, b2) in zip(spans, spans[1:]):
        assert b1 <= a2, (d["id"], "overlap", t[a1:b1], t[a2:b2])
    for x in d["labels"] + d["lookalikes"]:
        v = t[x["start"]:x["end"]]
        assert 0 <= x["start"] < x["end"] <= len(t), d["id"]
        assert v == v.strip() and "\n" not in v, (d["id"], v)
        tag, kind = x.get("tag", "LOOK"), x["kind"]
        if tag == "IP_ADDRESS":
            ip = ipaddress.ip_address(v)
            assert ip.is_global and not ip.is_multicast, (d["id"], v)
            assert not (ip.version == 4 and v.startswith("100.")), v
        if tag == "LOOK" and (kind.endswith("_ip") or kind.endswith("_ipv6")):
            assert not ipaddress.ip_address(v).is_global, (d["id"], v)
        if tag == "EMAIL":
            assert EMAIL_SHAPE.fullmatch(v), (d["id"], v)
            assert not is_reserved_domain(v.split("@")[1]), v
        if kind == "reserved_email":
            assert is_reserved_domain(v.split("@")[1]), v
        if tag == "PASSWORD":
            assert "@" not in v, v
            if not v.isascii():
                assert d["id"].startswith("h38-syn-note_") and kind == "pw_native", v
        if tag == "KEY":
            assert len(v) >= 6, v
    for mt in EMAIL_SHAPE.finditer(t):
        assert covered(spans, mt.start(), mt.end()), (d["id"], "email shape", mt.group())
    for mt in IPV4_SHAPE.finditer(t):
        assert covered(spans, mt.start(), mt.end()), (d["id"], "ipv4 shape", mt.group())
    for mt in IPV6_RUN.finditer(t):
        a, b = mt.start(), mt.end()
        while a < b and t[a] == ".":
            a += 1
        while b > a and t[b - 1] == ".":
            b -= 1
        run = t[a:b]
        if run.count(":") < 2:
            continue
        try:
            ok = ipaddress.ip_address(run.strip(":") if False else run)
            flag = ok.version == 6 and (ok.is_global or run.count(":") >= 3)
        except ValueError:
            flag = run.count(":") >= 3
        if flag:
            assert covered(spans, a, b), (d["id"], "ipv6 shape", run)
    assert "\ue000" not in t and "\ue001" not in t and "\ue002" not in t and "\\ue00" not in t, d["id"]
    if d["lang"] == "json":
        json.loads(t)
    if d["lang"] == "ndjson":
        for line in t.splitlines():
            if line.strip():
                json.loads(line)
    if d["lang"] == "xml":
        xml.dom.minidom.parseString(t.encode())


def excerpt_shapes(t):
    found = []
    for rx in (EMAIL_SHAPE, IPV4_SHAPE):
        found += [mt.group() for mt in rx.finditer(t)]
    for mt in IPV6_RUN.finditer(t):
        run = mt.group().strip(".")
        if run.count(":") >= 3 or (run.count(":") >= 2 and _v6_global(run)):
            found.append(run)
    return found


def _v6_global(run):
    try:
        return ipaddress.ip_address(run).is_global
    except ValueError:
        return False


def carrier_doc(pkg, path, lang, uses):
    src = os.path.join(HERE, "sources", pkg, path)
    with open(src, encoding="utf-8", newline="") as f:
        ex = f.read()
    key = f"{pkg}/{path}"
    assert ("\r" in ex) == (key in CRLF_EXCERPTS), key
    assert (not ex.endswith("\n")) == (key in NO_FINAL_NEWLINE), key
    ex = cut(ex)
    # mark reviewed values in the excerpt, longest first, whole tokens only
    marked_spans = []
    for val in sorted(CARRIER_REVIEW, key=len, reverse=True):
        for mt in re.finditer(r"(?<![0-9A-Za-z:.])" + re.escape(val) + r"(?![0-9A-Za-z:]|\.[0-9])", ex):
            if any(a < mt.end() and mt.start() < b for a, b, _ in marked_spans):
                continue
            marked_spans.append((mt.start(), mt.end(), val))
            uses[val] += 1
    marked_spans.sort()
    parts, last = [], 0
    for a, b, val in marked_spans:
        tag, kind = CARRIER_REVIEW[val]
        parts.append(ex[last:a] + gen_h38.m(tag, kind, val))
        last = b
    parts.append(ex[last:])
    g = gen_h38.G(random.Random(f"{SEED}:carrier:{pkg}/{path}"))
    sep = "" if ex.endswith("\n") else "\n"
    text, labels, looks = parse("".join(parts) + sep + snippet(g, pkg))
    assert text.startswith(ex), key
    for s in excerpt_shapes(ex):
        assert s in CARRIER_REVIEW, (key, "unreviewed shape", s)
    return {"id": f"h38-real-{pkg}-{path.replace('/', '-')}", "lang": lang, "path": key, "content": text,
            "labels": labels, "lookalikes": looks}, "real carrier"


def cut(ex, limit=3500):
    if len(ex) <= limit:
        return ex
    return ex[:ex.rfind("\n", 0, limit) + 1]


def build(strict=True):
    docs, groups = [], []
    uses = collections.Counter()
    for pkg, path, lang in CARRIERS:
        d, grp = carrier_doc(pkg, path, lang, uses)
        docs.append(d)
        groups.append(grp)
    if strict:
        assert len(CARRIERS) == N_CARRIERS
        assert dict(uses) == REVIEW_USES, (dict(uses), REVIEW_USES)
    names = list(templates_h38.TEMPLATES)
    assert len(names) == len(set(names))
    if strict:
        assert len(names) == N_TEMPLATES, len(names)
    for name in names:
        for n in range(3):
            g = gen_h38.G(random.Random(f"{SEED}:{name}:{n}"))
            lang, path, marked = templates_h38.TEMPLATES[name](g)
            text, labels, looks = parse(marked)
            assert remark(text, labels, looks) == marked, name
            docs.append({"id": f"h38-syn-{name}-{n}", "lang": lang, "path": path, "content": text,
                         "labels": labels, "lookalikes": looks})
            groups.append(templates_h38.GROUP[name])
    ids = [d["id"] for d in docs]
    assert len(ids) == len(set(ids))
    if strict:
        assert len(docs) == N_DOCS, len(docs)
    for d in docs:
        check_doc(d)
    return docs, groups


def counts(docs, groups):
    c = {"documents": len(docs), "real": sum(1 for d in docs if d["id"].startswith("h38-real")),
         "synthetic": sum(1 for d in docs if d["id"].startswith("h38-syn")), "labels": {}, "lookalikes": 0,
         "label_kinds": {}, "lookalike_kinds": {}, "ipv6_labels": 0, "by_group": {}, "langs": {}}
    tags, kinds, lks = collections.Counter(), collections.Counter(), collections.Counter()
    langs = collections.Counter()
    byg = collections.defaultdict(collections.Counter)
    for d, grp in zip(docs, groups):
        langs[d["lang"]] += 1
        byg[grp]["documents"] += 1
        for x in d["labels"]:
            tags[x["tag"]] += 1
            kinds[f"{x['tag']}:{x['kind']}"] += 1
            byg[grp][x["tag"]] += 1
            if x["tag"] == "IP_ADDRESS" and ":" in d["content"][x["start"]:x["end"]]:
                c["ipv6_labels"] += 1
        for x in d["lookalikes"]:
            lks[x["kind"]] += 1
            byg[grp]["lookalikes"] += 1
    c["labels"] = dict(sorted(tags.items()))
    c["labels_total"] = sum(tags.values())
    c["lookalikes"] = sum(lks.values())
    c["label_kinds"] = dict(sorted(kinds.items()))
    c["lookalike_kinds"] = dict(sorted(lks.items()))
    c["by_group"] = {k: dict(sorted(v.items())) for k, v in sorted(byg.items())}
    c["langs"] = dict(sorted(langs.items()))
    return c


def extract(unpack):
    dirs = {"libconf": "libconf-2.0.1", "apacheconfig": "apacheconfig-0.3.2", "isc_dhcp_leases": "isc_dhcp_leases-0.10.0"}
    out = os.path.join(HERE, "sources")
    files = []
    for pkg, path, _ in CARRIERS:
        dst = os.path.join(out, pkg, path)
        os.makedirs(os.path.dirname(dst), exist_ok=True)
        shutil.copyfile(os.path.join(unpack, dirs[pkg], path), dst)
        files.append(f"{pkg}/{path}")
    for pkg, lic in LICENCES.items():
        shutil.copyfile(os.path.join(unpack, dirs[pkg], lic), os.path.join(out, pkg, lic))
        files.append(f"{pkg}/{lic}")
    lines = []
    for f in sorted(files):
        with open(os.path.join(out, f), "rb") as fh:
            lines.append(f"{hashlib.sha256(fh.read()).hexdigest()}  {f}\n")
    with open(os.path.join(out, "SHA256SUMS"), "w") as fh:
        fh.writelines(lines)


def main():
    args = sys.argv[1:]
    if args[:1] == ["--extract"]:
        extract(args[1])
        return
    if args[:1] == ["--shapes"]:
        for pkg, path, _ in CARRIERS:
            with open(os.path.join(HERE, "sources", pkg, path), encoding="utf-8") as f:
                for s in excerpt_shapes(f.read()):
                    print(f"{pkg}/{path}: {s}")
        return
    docs, groups = build(strict="--partial" not in args)
    out = os.path.join(HERE, "labels.jsonl")
    data = "".join(json.dumps(d, ensure_ascii=False) + "\n" for d in docs)
    with open(out, "w", encoding="utf-8") as f:
        f.write(data)
    with open(out, encoding="utf-8") as f:
        assert f.read() == data
    c = counts(docs, groups)
    with open(os.path.join(HERE, "counts.json"), "w", encoding="utf-8") as f:
        json.dump(c, f, indent=1, sort_keys=True)
        f.write("\n")
    print(json.dumps({k: c[k] for k in ("documents", "real", "synthetic", "labels", "labels_total", "lookalikes", "ipv6_labels")}))


if __name__ == "__main__":
    main()
