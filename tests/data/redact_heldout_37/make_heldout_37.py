"""Build the thirty-seventh held-out labelled set for PII/secret redaction.

Standard library only; never imports codelm.
  python make_heldout_37.py             strict build
  python make_heldout_37.py --partial   build without the exact-count assertions
  python make_heldout_37.py --shapes    list e-mail/IPv4/IPv6 shapes in the stored excerpts
  python make_heldout_37.py --extract DIR   re-cut the excerpts from sdists unpacked in DIR
"""
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
import gen_h37  # noqa: E402
import templates_h37  # noqa: E402

M0, M1, M2 = gen_h37.M0, gen_h37.M1, gen_h37.M2
SEED = "codelm-redact-heldout-37"
N_TEMPLATES = 110
N_CARRIERS = 20
N_DOCS = 350

# package, version, licence file, files used
CARRIERS = [
    ("pykwalify", "1.8.0", "LICENSE", [
        "tests/files/success/test_assert.yaml", "tests/files/success/test_desc.yaml",
        "tests/files/success/test_ident.yaml", "tests/files/success/test_nullable.yaml",
        "tests/files/success/test_type_any.yaml", "tests/files/success/test_type_bool.yaml",
        "tests/files/success/test_type_int.yaml", "tests/files/success/test_type_url.yaml",
        "tests/files/success/test_type_seq.yaml", "tests/files/success/test_type_map.yaml",
        "tests/files/success/test_type_float.yaml"]),
    ("babel", "2.19.0", "LICENSE", [
        "tests/messages/data/mapping.cfg", "tests/messages/data/mapping_with_keywords.cfg",
        "tests/messages/data/setup.cfg", "tests/messages/data/mapping_with_keywords_and_comments.toml",
        "tests/messages/toml-test-cases/bad.extractor.toml"]),
    ("sshconf", "0.2.7", "LICENSE", [
        "tests/test_config2", "tests/test_config_include_specific", "tests/include_svu_host"]),
    ("configupdater", "4.1.1", "LICENSE.txt", ["tests/test_setup.cfg"]),
]
SDIST_NAMES = {"pykwalify": "pykwalify-1.8.0.tar.gz", "babel": "babel-2.19.0.tar.gz",
               "sshconf": "sshconf-0.2.7.tar.gz", "configupdater": "configupdater-4.1.1.tar.gz"}
CRLF_EXCERPTS = set()
NO_FINAL_NEWLINE = set()
# reviewed shapes in the excerpts: (package/path, shape) -> (tag or LOOK, kind, count)
CARRIER_REVIEW = {
    ("sshconf/tests/test_config2", "127.0.0.1"): ("LOOK", "loopback_ip", 2),
    ("babel/tests/messages/data/setup.cfg", "bugs.address@email.tld"): ("LOOK", "placeholder", 1),
    ("configupdater/tests/test_setup.cfg", "florian.wilhelm@inovex.de"): ("EMAIL", "carrier_author_email", 1),
}
LANG_BY_EXT = {".yaml": "yaml", ".cfg": "ini", ".toml": "toml"}
MAX_EXCERPT = 3500

EMAIL_RE = re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}")
IPV4_RE = re.compile(r"(?<![\d.])\d{1,3}\.\d{1,3}\.\d{1,3}\.\d{1,3}(?![\d])")
IPV6_RE = re.compile(r"(?<![0-9A-Za-z])[0-9A-Fa-f:.]*:[0-9A-Fa-f:.]*(?![0-9A-Za-z])")
RESERVED = re.compile(r"(^|\.)(example\.(com|net|org)|example|test|invalid|localhost)$")


def cut(text):
    if len(text) <= MAX_EXCERPT:
        return text
    t = text[:MAX_EXCERPT]
    return t[: t.rfind("\n") + 1]


def excerpt_path(pkg, path):
    return os.path.join(HERE, "sources", pkg, path)


def extract(unpack):
    for pkg, ver, lic, files in CARRIERS:
        root = os.path.join(unpack, f"{pkg}-{ver}")
        for p in files:
            with open(os.path.join(root, p), encoding="utf-8", newline="") as f:
                t = cut(f.read())
            dst = excerpt_path(pkg, p)
            os.makedirs(os.path.dirname(dst), exist_ok=True)
            with open(dst, "w", encoding="utf-8", newline="") as f:
                f.write(t)
        shutil.copyfile(os.path.join(root, lic), os.path.join(HERE, "sources", pkg, lic))
    sd = os.path.join(unpack, "..", "SDISTS")
    names = sorted(os.listdir(sd))
    assert names == sorted(SDIST_NAMES.values()), names
    lines = []
    for n in names:
        with open(os.path.join(sd, n), "rb") as f:
            lines.append(f"{hashlib.sha256(f.read()).hexdigest()}  {n}\n")
    with open(os.path.join(HERE, "sources", "SHA256SUMS"), "w") as f:
        f.writelines(lines)


def shapes_in(text):
    out = []
    for m in EMAIL_RE.finditer(text):
        out.append((m.start(), m.end(), m.group()))
    for m in IPV4_RE.finditer(text):
        out.append((m.start(), m.end(), m.group()))
    for m in IPV6_RE.finditer(text):
        s = m.group().strip(".")
        if s.count(":") < 2:
            continue
        a = m.start() + m.group().index(s)
        b = a + len(s)
        try:
            ip = ipaddress.IPv6Address(s)
        except ValueError:
            if s.count(":") >= 3:
                out.append((a, b, s))
            continue
        if ip.is_global or s.count(":") >= 3:
            out.append((a, b, s))
    return out


def read_excerpt(pkg, path):
    with open(excerpt_path(pkg, path), encoding="utf-8", newline="") as f:
        return f.read()


def strip_markers(marked):
    out, labels, looks = [], [], []
    i, pos = 0, 0
    while i < len(marked):
        c = marked[i]
        if c == M0:
            j = marked.index(M1, i)
            k = marked.index(M2, j)
            tag, kind = marked[i + 1:j].split("|", 1)
            val = marked[j + 1:k]
            assert M0 not in val and M1 not in val, "nested marker"
            start = pos
            out.append(val)
            pos += len(val)
            rec = {"tag": tag, "start": start, "end": pos, "kind": kind}
            if tag == "LOOK":
                looks.append({"kind": kind, "start": start, "end": pos})
            else:
                labels.append(rec)
            i = k + 1
        else:
            out.append(c)
            pos += 1
            i += 1
    return "".join(out), labels, looks


def remark(text, labels, looks):
    spans = [(l["start"], l["end"], l["tag"], l["kind"]) for l in labels]
    spans += [(l["start"], l["end"], "LOOK", l["kind"]) for l in looks]
    spans.sort()
    out, pos = [], 0
    for s, e, t, k in spans:
        out.append(text[pos:s])
        out.append(f"{M0}{t}|{k}{M1}{text[s:e]}{M2}")
        pos = e
    out.append(text[pos:])
    return "".join(out)


def is_reserved(domain):
    return bool(RESERVED.search(domain.lower()))


def check_doc(doc, marked):
    text, labels, looks = doc["content"], doc["labels"], doc["lookalikes"]
    did = doc["id"]
    assert labels, f"{did}: no label"
    assert remark(text, labels, looks) == marked, f"{did}: round trip"
    spans = sorted([(l["start"], l["end"]) for l in labels] + [(l["start"], l["end"]) for l in looks])
    for s, e in spans:
        v = text[s:e]
        assert 0 <= s < e <= len(text), did
        assert v == v.strip(), f"{did}: padded {v!r}"
        assert "\n" not in v, f"{did}: multi-line {v!r}"
    for (s1, e1), (s2, e2) in zip(spans, spans[1:]):
        assert e1 <= s2, f"{did}: overlap"
    for l in labels:
        v = text[l["start"]:l["end"]]
        if l["tag"] == "IP_ADDRESS":
            ip = ipaddress.ip_address(v)
            assert ip.is_global and not ip.is_multicast, f"{did}: {v}"
            if ip.version == 4:
                assert ip not in ipaddress.ip_network("100.0.0.0/8"), v
        elif l["tag"] == "EMAIL":
            assert re.fullmatch(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}", v), v
            assert not is_reserved(v.split("@")[1]), f"{did}: reserved {v}"
        elif l["tag"] == "PASSWORD":
            assert "@" not in v, v
            if not v.isascii():
                assert doc["id"].startswith("h37-syn-note_") and l["kind"] == "pw_native", f"{did}: {v}"
        elif l["tag"] == "KEY":
            assert len(v) >= 6, v
        else:
            raise AssertionError(l["tag"])
    for l in looks:
        v = text[l["start"]:l["end"]]
        k = l["kind"]
        if k.endswith("_ip") or k.endswith("_ipv6"):
            assert not ipaddress.ip_address(v).is_global, f"{did}: {v}"
        if k == "reserved_email":
            assert is_reserved(v.split("@")[1]), v
    covered = spans
    for s, e, shape in shapes_in(text):
        ok = any(cs <= s and e <= ce for cs, ce in covered)
        if not ok and "@" in shape:
            at = s + shape.index("@")
            ok = any(cs <= s and ce == at for cs, ce in covered) or any(
                cs <= at + 1 and e <= ce for cs, ce in covered)
        assert ok, f"{did}: uncovered shape {shape!r}"
    assert not re.search("[\ue000-\ue002]", text), did
    assert "\\ue00" not in text.lower(), did
    if doc["lang"] == "json":
        json.loads(text)
    elif doc["lang"] == "ndjson":
        for line in text.splitlines():
            if line.strip():
                json.loads(line)
    elif doc["lang"] == "xml":
        xml.dom.minidom.parseString(text.encode("utf-8"))


def build(partial=False):
    docs = []
    marked_by_id = {}
    review_used = collections.Counter()
    # carriers
    for pkg, ver, lic, files in CARRIERS:
        for p in files:
            exc = read_excerpt(pkg, p)
            key = f"{pkg}/{p}"
            if key not in CRLF_EXCERPTS:
                assert "\r" not in exc, key
            assert exc.endswith("\n") != (key in NO_FINAL_NEWLINE), key
            rng = random.Random(f"{SEED}:carrier:{key}")
            g = gen_h37.G(rng)
            # mark reviewed shapes in the excerpt
            marked_exc = exc
            for (k2, shape), (tag, kind, cnt) in CARRIER_REVIEW.items():
                if k2 != key:
                    continue
                n = marked_exc.count(shape)
                assert n == cnt, (key, shape, n)
                marked_exc = marked_exc.replace(shape, f"{M0}{tag}|{kind}{M1}{shape}{M2}")
                review_used[(k2, shape)] += n
            for s, e, shape in shapes_in(exc):
                assert any(k2 == key and shape in sh for (k2, sh) in CARRIER_REVIEW), (key, shape)
            snippet = templates_h37.carrier_snippet(g)
            marked = marked_exc + snippet
            text, labels, looks = strip_markers(marked)
            assert text.startswith(exc)
            ext = os.path.splitext(p)[1]
            lang = LANG_BY_EXT.get(ext, "ssh-config-file")
            did = f"h37-real-{pkg}-{p.replace('/', '-')}"
            docs.append({"id": did, "lang": lang, "path": f"{pkg}/{p}", "content": text, "labels": labels,
                         "lookalikes": looks})
            marked_by_id[did] = marked
    for k, (tag, kind, cnt) in CARRIER_REVIEW.items():
        assert review_used[k] == cnt, k
    # synthetic
    names = [t[0] for t in templates_h37.TEMPLATES]
    assert len(names) == len(set(names)), "duplicate template names"
    for name, group, lang, path, fn in templates_h37.TEMPLATES:
        for n in range(3):
            rng = random.Random(f"{SEED}:{name}:{n}")
            g = gen_h37.G(rng)
            marked = fn(g)
            text, labels, looks = strip_markers(marked)
            did = f"h37-syn-{name}-{n}"
            docs.append({"id": did, "lang": lang, "path": path, "content": text, "labels": labels,
                         "lookalikes": looks, "_group": group})
            marked_by_id[did] = marked
    ids = [d["id"] for d in docs]
    assert len(ids) == len(set(ids)), "duplicate ids"
    for d in docs:
        check_doc(d, marked_by_id[d["id"]])
    if not partial:
        assert len(names) == N_TEMPLATES, len(names)
        assert sum(len(c[3]) for c in CARRIERS) == N_CARRIERS
        assert len(docs) == N_DOCS, len(docs)
    return docs


def counts(docs):
    c = {"documents": len(docs), "real": 0, "synthetic": 0, "labels": collections.Counter(),
         "label_kinds": collections.Counter(), "lookalikes": 0, "lookalike_kinds": collections.Counter(),
         "ipv6_labels": 0, "langs": collections.Counter(), "groups": {}}
    for d in docs:
        grp = d.get("_group", "real carrier")
        if d["id"].startswith("h37-real-"):
            c["real"] += 1
        else:
            c["synthetic"] += 1
        c["langs"][d["lang"]] += 1
        gg = c["groups"].setdefault(grp, collections.Counter())
        gg["documents"] += 1
        for l in d["labels"]:
            c["labels"][l["tag"]] += 1
            c["label_kinds"][f"{l['tag']}:{l['kind']}"] += 1
            gg[l["tag"]] += 1
            if l["tag"] == "IP_ADDRESS" and ":" in d["content"][l["start"]:l["end"]]:
                c["ipv6_labels"] += 1
        for l in d["lookalikes"]:
            c["lookalikes"] += 1
            c["lookalike_kinds"][l["kind"]] += 1
            gg["lookalikes"] += 1
    def ordered(x):
        return {k: x[k] for k in sorted(x)}
    return {"documents": c["documents"], "real": c["real"], "synthetic": c["synthetic"],
            "labels": ordered(c["labels"]), "total_labels": sum(c["labels"].values()),
            "ipv6_labels": c["ipv6_labels"], "lookalikes": c["lookalikes"],
            "label_kinds": ordered(c["label_kinds"]), "lookalike_kinds": ordered(c["lookalike_kinds"]),
            "langs": ordered(c["langs"]), "groups": {g: ordered(v) for g, v in sorted(c["groups"].items())}}


def main():
    args = sys.argv[1:]
    if args[:1] == ["--extract"]:
        extract(args[1])
        return
    if args[:1] == ["--shapes"]:
        for pkg, ver, lic, files in CARRIERS:
            for p in files:
                for s, e, shape in shapes_in(read_excerpt(pkg, p)):
                    print(f"{pkg}/{p}\t{s}\t{shape}")
        return
    partial = "--partial" in args
    docs = build(partial)
    out = os.path.join(HERE, "labels.jsonl")
    lines = []
    for d in docs:
        rec = {k: d[k] for k in ("id", "lang", "path", "content", "labels", "lookalikes")}
        lines.append(json.dumps(rec, ensure_ascii=False, sort_keys=False) + "\n")
    with open(out, "w", encoding="utf-8", newline="\n") as f:
        f.writelines(lines)
    with open(out, encoding="utf-8") as f:
        assert f.read() == "".join(lines)
    cnt = counts(docs)
    with open(os.path.join(HERE, "counts.json"), "w", encoding="utf-8", newline="\n") as f:
        json.dump(cnt, f, indent=1, ensure_ascii=False)
        f.write("\n")
    print(f"{len(docs)} documents, {cnt['total_labels']} labels {cnt['labels']}, "
          f"{cnt['ipv6_labels']} IPv6, {cnt['lookalikes']} look-alikes")


if __name__ == "__main__":
    main()
