"""Build held-out set 39 (labels.jsonl, counts.json). Standard library only; never imports codelm."""
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
import xml.dom.minidom

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from gen_h39 import G, M, LK, RESERVED  # noqa: E402
import templates_h39  # noqa: E402

SEED = 'codelm-redact-heldout-39'
RENDERS = 4
N_TEMPLATES = 85
TAGS = ('EMAIL', 'IP_ADDRESS', 'KEY', 'PASSWORD')
MARK = re.compile('\ue000([A-Z_]+)\\|([a-z0-9_]+)\ue001([^\ue000\ue001\ue002]*)\ue002')

# carriers: package -> (sdist folder name, licence, [paths], lang by suffix)
CARRIERS = [
    ('restructuredtext_lint', 'restructuredtext_lint-2.0.2', [
        'restructuredtext_lint/test/test_files/valid.rst',
        'restructuredtext_lint/test/test_files/dir/valid.rst',
        'restructuredtext_lint/test/test_files/dir/subdir/invalid.rst',
        'restructuredtext_lint/test/test_files/invalid_target.rst',
        'restructuredtext_lint/test/test_files/invalid.rst',
        'restructuredtext_lint/test/test_files/utf8.rst',
        'restructuredtext_lint/test/test_files/invalid_link.rst',
        'restructuredtext_lint/test/test_files/second_short_heading.rst',
        'restructuredtext_lint/test/test_files/invalid_line_mismatch.rst',
        'CHANGELOG.rst',
        'release.sh',
    ], 'UNLICENSE'),
    ('sievelib', 'sievelib-1.6.0', [
        'sievelib/tests/files/utf8_sieve.txt',
        '.pre-commit-config.yaml',
        '.github/workflows/sievelib.yml',
    ], 'COPYING'),
    ('iniparse', 'iniparse-0.5.3', [
        'README.md',
        'Changelog',
        'python-iniparse.spec',
        'Makefile',
        'html/index.html',
    ], 'LICENSE'),
]
# every e-mail / IP shape in the excerpts, reviewed: value -> (TAG or LOOK, kind, expected count)
CARRIER_REVIEW = {
    'tla@rasmil.dk': ('EMAIL', 'carrier_author_email', 1),
    'pkoprda@redhat.com': ('EMAIL', 'carrier_packager_email', 1),
    'zpetrace@redhat.com': ('EMAIL', 'carrier_packager_email', 1),
    'jhnidek@redhat.com': ('EMAIL', 'carrier_packager_email', 1),
    'param@cs.wisc.edu': ('EMAIL', 'carrier_packager_email', 8),
    'timlau@fedoraproject.org': ('EMAIL', 'carrier_packager_email', 4),
}


def lang_of(path):
    ext = path.rsplit('.', 1)[-1] if '.' in os.path.basename(path) else os.path.basename(path)
    return {'rst': 'restructuredtext', 'sh': 'shell', 'txt': 'sieve-script', 'yaml': 'yaml', 'yml': 'yaml',
            'md': 'markdown', 'spec': 'rpm-spec', 'html': 'html', 'Changelog': 'text',
            'Makefile': 'makefile'}[ext]


COMMENT = {'restructuredtext': ('.. ', ''), 'shell': ('# ', ''), 'sieve-script': ('# ', ''), 'yaml': ('# ', ''),
           'markdown': ('<!-- ', ' -->'), 'rpm-spec': ('# ', ''), 'html': ('<!-- ', ' -->'), 'text': ('', ''),
           'makefile': ('# ', '')}

EMAIL_RE = re.compile(r'[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}')
IPV4_RE = re.compile(r'(?<![\d.])(?:\d{1,3}\.){3}\d{1,3}(?![\d.]|\.\d)')
IPV6_RE = re.compile(r'(?<![0-9A-Za-z:])[0-9A-Fa-f:.]*:[0-9A-Fa-f:.]*(?![0-9A-Za-z:])')


def snippet(g, lang):
    a, b = COMMENT[lang]
    dom = g.pick(['sedgeway-desk.eu', 'marlpit-rota.ie', 'inglenook-works.co.uk'])
    lines = [
        'Inglenook typecaster: evening hand-off',
        'print server ' + g.ip4('snippet_ip') + ', backup path via [' + g.ip6('snippet_ip6') + ']',
        'contact ' + g.email('snippet_email', dom),
        'caster console login: ' + g.pw('snippet_password', 'plain'),
        'proof-upload key ' + g.key('snippet_key', g.pick(['hex40', 'b64url43', 'lan32'])),
        'docs example only: ' + g.docip() + ', ' + g.resv_email() + ', release ' + g.version() + ' at ' + g.short_sha() + ', job ' + g.uuid(),
    ]
    return '\n'.join(a + l + b for l in lines) + '\n'


def parse(marked):
    out, labels, looks = [], [], []
    pos = 0
    n = 0
    for m in MARK.finditer(marked):
        out.append(marked[pos:m.start()])
        n += len(marked[pos:m.start()])
        tag, kind, val = m.group(1), m.group(2), m.group(3)
        s, e = n, n + len(val)
        out.append(val)
        n = e
        if tag == 'LOOK':
            looks.append({'kind': kind, 'start': s, 'end': e})
        else:
            assert tag in TAGS, tag
            labels.append({'tag': tag, 'start': s, 'end': e, 'kind': kind})
        pos = m.end()
    out.append(marked[pos:])
    text = ''.join(out)
    for ch in '\ue000\ue001\ue002':
        assert ch not in text, 'stray marker'
    assert '\\ue00' not in text and '\\uE00' not in text
    # round trip
    rebuilt, p = [], 0
    spans = sorted([(x['start'], x['end'], x['tag'], x['kind']) for x in labels] +
                   [(x['start'], x['end'], 'LOOK', x['kind']) for x in looks])
    for s, e, t, k in spans:
        rebuilt.append(text[p:s])
        rebuilt.append(M(t, k, text[s:e]))
        p = e
    rebuilt.append(text[p:])
    assert ''.join(rebuilt) == marked, 'round trip'
    return text, labels, looks


def covered(spans, s, e):
    return any(a <= s and e <= b for a, b in spans)


def check_doc(doc, excerpt_len=0):
    t = doc['content']
    labels, looks = doc['labels'], doc['lookalikes']
    assert labels, doc['id'] + ': no labels'
    spans = sorted([(x['start'], x['end']) for x in labels] + [(x['start'], x['end']) for x in looks])
    for (a, b), (c, d) in zip(spans, spans[1:]):
        assert b <= c, doc['id'] + ': overlap'
    for x in labels + looks:
        v = t[x['start']:x['end']]
        assert v and v == v.strip() and '\n' not in v, (doc['id'], v)
    for x in labels:
        v = t[x['start']:x['end']]
        if x['tag'] == 'IP_ADDRESS':
            ip = ipaddress.ip_address(v)
            assert ip.is_global and not ip.is_multicast, (doc['id'], v)
            assert not (ip.version == 4 and v.startswith('100.')), v
        elif x['tag'] == 'EMAIL':
            assert EMAIL_RE.fullmatch(v), (doc['id'], v)
            dom = v.split('@')[1].lower()
            assert not any(dom == r or dom.endswith('.' + r) for r in RESERVED + ['example', 'invalid', 'localhost', 'test']), v
        elif x['tag'] == 'PASSWORD':
            assert '@' not in v and v.isascii(), (doc['id'], v)
        elif x['tag'] == 'KEY':
            assert len(v) >= 6, v
    for x in looks:
        v = t[x['start']:x['end']]
        if x['kind'].endswith('_ip') or x['kind'].endswith('_ipv6'):
            assert not ipaddress.ip_address(v).is_global, (doc['id'], v)
        if x['kind'] == 'reserved_email':
            assert any(v.lower().endswith('@' + r) for r in RESERVED), v
    sp = [(s, e) for s, e in spans]
    starts = {(x['start'], x['end']) for x in labels if x['tag'] in ('KEY', 'PASSWORD')}
    for m in EMAIL_RE.finditer(t):
        if covered(sp, m.start(), m.end()):
            continue
        # URL userinfo `user:<secret>@host`: the secret before `@` must be a KEY/PASSWORD label
        at = m.group().index('@') + m.start()
        assert t[m.start() - 1] == ':' and (m.start(), at) in starts, (doc['id'], 'email shape', m.group())
    for m in IPV4_RE.finditer(t):
        try:
            ipaddress.IPv4Address(m.group())
        except ValueError:
            continue
        assert covered(sp, m.start(), m.end()), (doc['id'], 'ipv4 shape', m.group())
    for m in IPV6_RE.finditer(t):
        s, e = m.start(), m.end()
        v = m.group()
        while v and v[0] == '.':
            v, s = v[1:], s + 1
        while v and v[-1] == '.':
            v, e = v[:-1], e - 1
        if v.count(':') < 2:
            continue
        try:
            ip = ipaddress.IPv6Address(v)
            need = ip.is_global or v.count(':') >= 3
        except ValueError:
            need = v.count(':') >= 3
        if need and s >= excerpt_len:
            assert covered(sp, s, e), (doc['id'], 'ipv6 shape', v)
    if doc['lang'] == 'json':
        json.loads(t)
    if doc['lang'] == 'xml':
        xml.dom.minidom.parseString(t.encode())


def build(strict=True):
    docs = []
    tpls = templates_h39.T
    names = [f.__name__ for f in tpls]
    assert len(set(names)) == len(names)
    if strict:
        assert len(names) == N_TEMPLATES, len(names)
    # carriers
    review_seen = collections.Counter()
    for pkg, folder, paths, lic in CARRIERS:
        for p in paths:
            src = os.path.join(HERE, 'sources', pkg, p)
            with open(src, encoding='utf-8', newline='') as f:
                exc = f.read()
            assert '\r' not in exc
            lang = lang_of(p)
            g = G(random.Random(f'{SEED}:carrier:{pkg}/{p}'))
            sep = '' if exc.endswith('\n') else '\n'
            marked_exc = exc
            # reviewed shapes in the excerpt
            found = []
            for m in EMAIL_RE.finditer(exc):
                assert m.group() in CARRIER_REVIEW, (p, m.group())
                found.append((m.start(), m.end(), m.group()))
            for m in IPV4_RE.finditer(exc):
                raise AssertionError(('unreviewed ipv4 in carrier', p, m.group()))
            parts, q = [], 0
            for s, e, v in found:
                tag, kind, _ = CARRIER_REVIEW[v]
                review_seen[v] += 1
                parts.append(exc[q:s])
                parts.append(M(tag, kind, v) if tag != 'LOOK' else LK(kind, v))
                q = e
            parts.append(exc[q:])
            marked_exc = ''.join(parts)
            marked = marked_exc + sep + '\n' + snippet(g, lang)
            text, labels, looks = parse(marked)
            assert text.startswith(exc)
            for x in labels:
                if x['start'] >= len(exc) and not x['kind'].startswith('snippet_'):
                    raise AssertionError('snippet kind')
            doc = {'id': f"h39-real-{pkg}-{p.replace('/', '-')}", 'lang': lang, 'path': f'{pkg}/{p}',
                   'content': text, 'labels': labels, 'lookalikes': looks}
            check_doc(doc, excerpt_len=len(exc))
            docs.append(doc)
    for v, (_, _, cnt) in CARRIER_REVIEW.items():
        assert review_seen[v] == cnt, (v, review_seen[v], cnt)
    # synthetic
    for fn in tpls:
        for n in range(RENDERS):
            g = G(random.Random(f'{SEED}:{fn.__name__}:{n}'))
            lang, path, marked = fn(g)
            text, labels, looks = parse(marked)
            doc = {'id': f'h39-syn-{fn.__name__}-{n}', 'lang': lang, 'path': path, 'content': text,
                   'labels': labels, 'lookalikes': looks}
            check_doc(doc)
            docs.append(doc)
    ids = [d['id'] for d in docs]
    assert len(set(ids)) == len(ids)
    if strict:
        assert len(docs) == N_TEMPLATES * RENDERS + sum(len(c[2]) for c in CARRIERS), len(docs)
    return docs


def counts(docs):
    c = {'documents': len(docs), 'labels': collections.Counter(), 'label_kinds': collections.Counter(),
         'lookalikes': collections.Counter(), 'langs': collections.Counter(), 'ipv6_labels': 0}
    for d in docs:
        c['langs'][d['lang']] += 1
        for x in d['labels']:
            c['labels'][x['tag']] += 1
            c['label_kinds'][x['tag'] + ':' + x['kind']] += 1
            if x['tag'] == 'IP_ADDRESS' and ':' in d['content'][x['start']:x['end']]:
                c['ipv6_labels'] += 1
        for x in d['lookalikes']:
            c['lookalikes'][x['kind']] += 1
    out = {'documents': c['documents'], 'carriers': sum(1 for d in docs if d['id'].startswith('h39-real-')),
           'templates': len(templates_h39.T), 'renders': RENDERS,
           'labels_total': sum(c['labels'].values()), 'labels': dict(sorted(c['labels'].items())),
           'ipv6_labels': c['ipv6_labels'], 'lookalikes_total': sum(c['lookalikes'].values()),
           'lookalikes': dict(sorted(c['lookalikes'].items())), 'label_kinds': dict(sorted(c['label_kinds'].items())),
           'langs': dict(sorted(c['langs'].items()))}
    return out


def extract(unpack):
    for pkg, folder, paths, lic in CARRIERS:
        for p in paths + [lic]:
            dst = os.path.join(HERE, 'sources', pkg, p)
            os.makedirs(os.path.dirname(dst), exist_ok=True)
            shutil.copyfile(os.path.join(unpack, folder, p), dst)
    lines = []
    for root, _, files in sorted(os.walk(os.path.join(HERE, 'sources'))):
        for fn in sorted(files):
            if fn == 'SHA256SUMS':
                continue
            fp = os.path.join(root, fn)
            rel = os.path.relpath(fp, os.path.join(HERE, 'sources'))
            with open(fp, 'rb') as f:
                lines.append(hashlib.sha256(f.read()).hexdigest() + '  ' + rel)
    with open(os.path.join(HERE, 'sources', 'SHA256SUMS'), 'w') as f:
        f.write('\n'.join(sorted(lines, key=lambda s: s.split('  ', 1)[1])) + '\n')


def main():
    args = sys.argv[1:]
    if args and args[0] == '--extract':
        extract(args[1])
        return
    strict = '--partial' not in args
    docs = build(strict)
    data = ''.join(json.dumps(d, ensure_ascii=False, sort_keys=False) + '\n' for d in docs)
    with open(os.path.join(HERE, 'labels.jsonl'), 'w', encoding='utf-8', newline='\n') as f:
        f.write(data)
    with open(os.path.join(HERE, 'labels.jsonl'), encoding='utf-8') as f:
        assert f.read() == data
    cnt = counts(docs)
    with open(os.path.join(HERE, 'counts.json'), 'w', encoding='utf-8', newline='\n') as f:
        json.dump(cnt, f, indent=1, sort_keys=False)
        f.write('\n')
    print(cnt['documents'], 'documents', cnt['labels_total'], 'labels', cnt['labels'], 'lookalikes', cnt['lookalikes_total'])


if __name__ == '__main__':
    main()
