"""Build the thirty-sixth held-out labelled set for the PII/secret redactor.

Standard library only; never imports codelm.  Usage:
    python make_heldout_36.py              # strict build
    python make_heldout_36.py --partial    # without the exact-count assertions
    python make_heldout_36.py --shapes     # e-mail/IPv4/IPv6 shapes in the stored excerpts
    python make_heldout_36.py --extract DIR  # re-cut the excerpts from sdists unpacked in DIR
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

import gen_h36  # noqa: E402
import templates_h36  # noqa: E402

M0, M1, M2 = gen_h36.M0, gen_h36.M1, gen_h36.M2
SEED = "codelm-redact-heldout-36"
N_TEMPLATES, N_CARRIERS, N_DOCS = 110, 20, 350

# ---------------------------------------------------------------- carriers
PACKAGES = {
    "goodtables": ("2.5.4", "LICENSE.md", [
        "tests/scenarios/defective_rows.yml", "tests/scenarios/duplicate_columns.yml",
        "tests/scenarios/duplicate_rows.yml", "tests/scenarios/empty_rows.yml",
        "tests/scenarios/headerless_columns.yml", "tests/scenarios/missing_headers.yml",
        "tests/scenarios/primary_key_field.yml", "tests/scenarios/unique_field.yml"]),
    "frictionless": ("5.21.0", "LICENSE.md", [
        "data/table.csv", "data/matrix-with-comment.csv", "data/table-delimiter.csv",
        "data/without-headers.csv", "data/duplicate-headers.csv", "data/blank-rows-multiple.csv",
        "data/defective-rows.csv", "data/table-infer-missing-values.csv", "data/unique-field.csv",
        "data/transform-pivot.csv", "data/table-unicode-headers.csv", "data/table.yaml"]),
}
CRLF_EXCERPTS = set()
NO_FINAL_NEWLINE = set()
# reviewed shapes in the excerpts: (package/path, shape) -> (look-alike kind, times)
CARRIER_REVIEW = {}
LIMIT = 3500


def cut(text):
    if len(text) <= LIMIT:
        return text
    t = text[:LIMIT]
    return t[: t.rfind("\n") + 1]


def src_path(pkg, path):
    return os.path.join(HERE, "sources", pkg, path)


def extract(unpack):
    for pkg, (ver, lic, files) in PACKAGES.items():
        base = os.path.join(unpack, f"{pkg}-{ver}")
        for f in files + [lic]:
            with open(os.path.join(base, f), encoding="utf-8", newline="") as fh:
                text = fh.read()
            if f != lic:
                text = cut(text)
            dst = src_path(pkg, f)
            os.makedirs(os.path.dirname(dst), exist_ok=True)
            with open(dst, "w", encoding="utf-8", newline="") as fh:
                fh.write(text)
    sd = os.path.join(os.path.dirname(os.path.abspath(unpack)), "SDISTS")
    names = sorted(os.listdir(sd))
    assert names == sorted(f"{p}-{v[0]}.tar.gz" for p, v in PACKAGES.items()), names
    lines = []
    for n in names:
        with open(os.path.join(sd, n), "rb") as fh:
            lines.append(f"{hashlib.sha256(fh.read()).hexdigest()}  {n}\n")
    with open(os.path.join(HERE, "sources", "SHA256SUMS"), "w", encoding="utf-8") as fh:
        fh.writelines(lines)


def excerpt(pkg, path):
    with open(src_path(pkg, path), encoding="utf-8", newline="") as fh:
        return fh.read()


# ---------------------------------------------------------------- shapes
EMAIL_RE = re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}")
IPV4_RE = re.compile(r"(?<![0-9.])(?:\d{1,3}\.){3}\d{1,3}(?![0-9.])")
IPV6_RE = re.compile(r"(?<![0-9A-Za-z:.])[0-9A-Fa-f:.]*:[0-9A-Fa-f:.]*:[0-9A-Fa-f:.]*(?![0-9A-Za-z:.])")


def shapes(text):
    out = []
    for m in EMAIL_RE.finditer(text):
        out.append(("email", m.start(), m.end(), m.group()))
    for m in IPV4_RE.finditer(text):
        try:
            ipaddress.IPv4Address(m.group())
        except ValueError:
            continue
        out.append(("ipv4", m.start(), m.end(), m.group()))
    for m in IPV6_RE.finditer(text):
        v = m.group().strip(".")
        st = m.start() + m.group().find(v)
        if v.count(":") < 2:
            continue
        try:
            ok = ipaddress.IPv6Address(v).is_global
        except ValueError:
            ok = False
        if ok or v.count(":") >= 3:
            out.append(("ipv6", st, st + len(v), v))
    return out


# ---------------------------------------------------------------- rendering
def strip(marked):
    out, labels, looks = [], [], []
    i, pos = 0, 0
    while i < len(marked):
        c = marked[i]
        if c == M0:
            j = marked.index(M1, i)
            k = marked.index(M2, j)
            tag, kind = marked[i + 1:j].split("|", 1)
            val = marked[j + 1:k]
            assert M0 not in val and M1 not in val, (tag, kind)
            rec = {"start": pos, "end": pos + len(val), "kind": kind}
            if tag == "LOOK":
                looks.append(rec)
            else:
                rec["tag"] = tag
                labels.append(rec)
            out.append(val)
            pos += len(val)
            i = k + 1
        else:
            assert c not in (M1, M2)
            out.append(c)
            pos += 1
            i += 1
    return "".join(out), labels, looks


def remark(text, labels, looks):
    spans = [(x["start"], x["end"], x.get("tag", "LOOK"), x["kind"]) for x in labels + looks]
    out, p = [], 0
    for s, e, t, k in sorted(spans):
        out.append(text[p:s] + f"{M0}{t}|{k}{M1}{text[s:e]}{M2}")
        p = e
    return "".join(out) + text[p:]


RESERVED = re.compile(r"(^|\.)(example\.(com|net|org)|example|test|invalid|localhost)$")


def check_doc(doc, marked, partial):
    text, labels, looks = doc["content"], doc["labels"], doc["lookalikes"]
    did = doc["id"]
    assert labels, did
    assert remark(text, labels, looks) == marked, did
    spans = sorted((x["start"], x["end"]) for x in labels + looks)
    for s, e in spans:
        v = text[s:e]
        assert 0 <= s < e <= len(text), did
        assert v == v.strip() and "\n" not in v, (did, v)
    for (s1, e1), (s2, e2) in zip(spans, spans[1:]):
        assert e1 <= s2, (did, text[s1:e1], text[s2:e2])
    for x in labels:
        v = text[x["start"]:x["end"]]
        if x["tag"] == "IP_ADDRESS":
            o = ipaddress.ip_address(v)
            assert o.is_global and not o.is_multicast, (did, v)
            assert not (o.version == 4 and v.startswith("100.")), (did, v)
        elif x["tag"] == "EMAIL":
            assert re.fullmatch(r"[^@\s]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)+", v), (did, v)
            assert not RESERVED.search(v.split("@")[1].lower()), (did, v)
        elif x["tag"] == "PASSWORD":
            assert "@" not in v, (did, v)
            if not v.isascii():
                assert doc["id"].startswith("h36-syn-note_") and x["kind"] == "pw_native", (did, v)
        elif x["tag"] == "KEY":
            assert len(v) >= 6, (did, v)
        else:
            raise AssertionError((did, x))
    for x in looks:
        v = text[x["start"]:x["end"]]
        if x["kind"].endswith("_ip") or x["kind"].endswith("_ipv6"):
            assert not ipaddress.ip_address(v).is_global, (did, v)
        if x["kind"] == "reserved_email":
            assert RESERVED.search(v.split("@")[1].lower()), (did, v)
    covered = [(x["start"], x["end"]) for x in labels + looks]
    for kind, s, e, v in shapes(text):
        ok = any(a <= s and e <= b for a, b in covered)
        if kind == "email" and not ok:
            at = s + v.index("@")
            ok = any(a <= s and b == at for a, b in covered)
        assert ok, (did, kind, v)
    assert not re.search(r"[\ue000-\ue002]|\\ue00", text), did
    lang = doc["lang"]
    if lang == "json":
        json.loads(text)
    if lang == "ndjson":
        for line in text.splitlines():
            if line.strip():
                json.loads(line)
    if lang == "xml":
        xml.dom.minidom.parseString(text.encode("utf-8"))


def build(partial=False):
    docs, marks = [], []
    review_used = collections.Counter()
    # carriers
    for pkg, (ver, lic, files) in PACKAGES.items():
        for path in files:
            ex = excerpt(pkg, path)
            key = f"{pkg}/{path}"
            assert ("\r" in ex) == (key in CRLF_EXCERPTS), key
            assert ex.endswith("\n") != (key in NO_FINAL_NEWLINE), key
            g = gen_h36.G(random.Random(f"{SEED}:carrier:{key}"))
            snippet = templates_h36.carrier_snippet(g, path)
            # reviewed shapes inside the excerpt become look-alikes
            exm, p = [], 0
            found = sorted(shapes(ex), key=lambda t: t[1])
            for kind, s, e, v in found:
                rk = (key, v)
                assert rk in CARRIER_REVIEW, ("unreviewed shape", key, v)
                review_used[rk] += 1
                exm.append(ex[p:s] + gen_h36.mark("LOOK", CARRIER_REVIEW[rk][0], v))
                p = e
            exm.append(ex[p:])
            marked = "".join(exm) + snippet
            text, labels, looks = strip(marked)
            assert text.startswith(ex), key
            lang = {"yml": "yaml", "csv": "csv", "yaml": "yaml"}[path.rsplit(".", 1)[1]]
            docs.append({"id": f"h36-real-{pkg}-{path.replace('/', '-')}", "lang": lang, "path": key,
                         "content": text, "labels": labels, "lookalikes": looks})
            marks.append(marked)
    for rk, (kind, n) in CARRIER_REVIEW.items():
        assert review_used[rk] == n, (rk, review_used[rk], n)
    # synthetic
    names = [t[0] for t in templates_h36.TEMPLATES]
    assert len(names) == len(set(names)), "duplicate template names"
    for name, lang, path, klass, fn in templates_h36.TEMPLATES:
        for n in range(3):
            g = gen_h36.G(random.Random(f"{SEED}:{name}:{n}"))
            marked = fn(g)
            text, labels, looks = strip(marked)
            docs.append({"id": f"h36-syn-{name}-{n}", "lang": lang, "path": path, "content": text,
                         "labels": labels, "lookalikes": looks, "_class": klass})
            marks.append(marked)
    ids = [d["id"] for d in docs]
    assert len(ids) == len(set(ids)), "duplicate ids"
    for d, m in zip(docs, marks):
        check_doc(d, m, partial)
    if not partial:
        assert len(templates_h36.TEMPLATES) == N_TEMPLATES, len(templates_h36.TEMPLATES)
        assert sum(len(v[2]) for v in PACKAGES.values()) == N_CARRIERS
        assert len(docs) == N_DOCS, len(docs)
    return docs


def counts(docs):
    tags = collections.Counter()
    kinds = collections.Counter()
    looks = collections.Counter()
    langs = collections.Counter()
    cls = collections.defaultdict(collections.Counter)
    v6 = 0
    for d in docs:
        c = d.get("_class", "real carrier")
        cls[c]["documents"] += 1
        langs[d["lang"]] += 1
        for x in d["labels"]:
            tags[x["tag"]] += 1
            kinds[f'{x["tag"]}:{x["kind"]}'] += 1
            cls[c][x["tag"]] += 1
            if x["tag"] == "IP_ADDRESS" and ":" in d["content"][x["start"]:x["end"]]:
                v6 += 1
        for x in d["lookalikes"]:
            looks[x["kind"]] += 1
            cls[c]["look-alikes"] += 1
    return {
        "documents": len(docs),
        "real_documents": sum(1 for d in docs if d["id"].startswith("h36-real-")),
        "synthetic_documents": sum(1 for d in docs if d["id"].startswith("h36-syn-")),
        "templates": len(templates_h36.TEMPLATES),
        "labels": sum(tags.values()),
        "tags": dict(sorted(tags.items())),
        "ipv6_labels": v6,
        "lookalikes": sum(looks.values()),
        "lookalike_kinds": dict(sorted(looks.items())),
        "label_kinds": dict(sorted(kinds.items())),
        "langs": dict(sorted(langs.items())),
        "classes": {k: dict(sorted(v.items())) for k, v in sorted(cls.items())},
    }


def main():
    args = sys.argv[1:]
    if args and args[0] == "--extract":
        extract(args[1])
        return
    if args and args[0] == "--shapes":
        for pkg, (ver, lic, files) in PACKAGES.items():
            for path in files:
                for kind, s, e, v in shapes(excerpt(pkg, path)):
                    print(f"{pkg}/{path}\t{kind}\t{v}")
        return
    partial = "--partial" in args
    docs = build(partial)
    c = counts(docs)
    out = os.path.join(HERE, "labels.jsonl")
    lines = []
    for d in docs:
        rec = {"id": d["id"], "lang": d["lang"], "path": d["path"], "content": d["content"],
               "labels": [{"tag": x["tag"], "start": x["start"], "end": x["end"], "kind": x["kind"]}
                          for x in d["labels"]],
               "lookalikes": [{"kind": x["kind"], "start": x["start"], "end": x["end"]}
                              for x in d["lookalikes"]]}
        lines.append(json.dumps(rec, ensure_ascii=False, sort_keys=False) + "\n")
    with open(out, "w", encoding="utf-8", newline="\n") as fh:
        fh.writelines(lines)
    with open(out, encoding="utf-8") as fh:
        assert fh.readlines() == lines
    with open(os.path.join(HERE, "counts.json"), "w", encoding="utf-8", newline="\n") as fh:
        json.dump(c, fh, indent=1, ensure_ascii=False, sort_keys=False)
        fh.write("\n")
    print(f"documents {c['documents']} labels {c['labels']} {c['tags']} ipv6 {c['ipv6_labels']} "
          f"lookalikes {c['lookalikes']}")


if __name__ == "__main__":
    main()
