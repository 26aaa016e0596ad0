"""Build held-out set 47 for the redactor (standard library only; never imports codelm).

python tests/data/redact_heldout_47/make_heldout_47.py             # strict build
python tests/data/redact_heldout_47/make_heldout_47.py --partial   # without the exact-count assertions
python tests/data/redact_heldout_47/make_heldout_47.py --extract /tmp/heldout47/UNPACK  # re-copy carriers
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

import gen_h47  # noqa: E402
import templates_h47a  # noqa: E402
import templates_h47b  # noqa: E402
import templates_h47c  # noqa: E402
import templates_h47d  # noqa: E402

M0, M1, M2 = gen_h47.M0, gen_h47.M1, gen_h47.M2
N_TEMPLATES = 75
SEED = 'codelm-redact-heldout-47'

# carriers: (package, path in sdist, first line, last line or None for whole, lang)
CARRIERS = [
    ('plac', 'CHANGES.md', 1, 60, 'markdown'),
    ('plac', 'doc/vcs.help', 1, None, 'text'),
    ('rstr', 'README.rst', 1, 50, 'rst'),
    ('rstr', 'tox.ini', 1, None, 'ini'),
    ('wonderwords', 'docs/install.rst', 1, None, 'rst'),
    ('wonderwords', 'wonderwords/assets/adjectivelist.txt', 1, 80, 'text'),
]
SDIST_DIRS = {'plac': 'plac-1.4.7', 'rstr': 'rstr-3.2.2', 'wonderwords': 'wonderwords-3.0.1'}
LICENCES = {'plac': 'LICENSE.txt', 'rstr': 'LICENSE.txt', 'wonderwords': 'LICENSE'}
SNIPPET_DOMAINS = {'plac': 'hollyvale-wickerwork.eu', 'rstr': 'sedgecombe-thatching.ie',
                   'wonderwords': 'brackenford-millpond.dk'}

RESERVED = re.compile(r'(@|\.)(example\.(com|org|net)|[^@\s]*\.(example|invalid|localhost|test))$')
ADDR_CH = re.compile(r'[A-Za-z0-9._%+-]')
EMAIL_SHAPE = re.compile(r'[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}')
V4_SHAPE = re.compile(r'(?<![0-9.])(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})(?![0-9])')
V6_RUN = re.compile(r'(?<![A-Za-z0-9])[0-9A-Fa-f:.]*:[0-9A-Fa-f:.]*:[0-9A-Fa-f:.]*(?![A-Za-z0-9])')


def all_templates():
    out = []
    for mod in (templates_h47a, templates_h47b, templates_h47c, templates_h47d):
        for name in mod.ORDER:
            out.append((name, getattr(mod, 't_' + name)))
    return out


def strip_markers(marked):
    text = []
    spans = []
    i = 0
    pos = 0
    while i < len(marked):
        c = marked[i]
        if c == M0:
            j = marked.index(M1, i)
            k = marked.index(M2, j)
            head = marked[i + 1:j]
            value = marked[j + 1:k]
            assert M0 not in value and M1 not in value, head
            tag, kind = head.split('|', 1)
            spans.append((tag, kind, pos, pos + len(value), value))
            text.append(value)
            pos += len(value)
            i = k + 1
        else:
            assert c not in (M1, M2), 'stray marker'
            text.append(c)
            pos += 1
            i += 1
    return ''.join(text), spans


def covered(start, end, spans):
    return any(s <= start and end <= e for (_, _, s, e, _) in spans)


def check_doc(doc_id, lang, text, spans, excerpt_len=0):
    for tag, kind, s, e, v in spans:
        assert text[s:e] == v, (doc_id, kind)
        assert e > s and v == v.strip() and '\n' not in v, (doc_id, kind, v)
        if tag == 'IP_ADDRESS':
            a = ipaddress.ip_address(v)
            assert a.is_global and not a.is_multicast, (doc_id, v)
            if a.version == 4:
                assert not v.startswith('100.'), (doc_id, v)
            assert (kind.endswith('_v6') or kind.endswith('ipv6')) == (a.version == 6), (doc_id, kind, v)
        elif tag == 'EMAIL':
            assert re.fullmatch(r'[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)+', v), (doc_id, v)
            assert not RESERVED.search(v), (doc_id, v)
            if s > 0:
                assert not ADDR_CH.match(text[s - 1]), (doc_id, v, text[s - 1])
            if e < len(text):
                assert not ADDR_CH.match(text[e]) or (text[e] == '.' and not (e + 1 < len(text) and text[e + 1].isalnum())), (doc_id, v)
        elif tag == 'PASSWORD':
            assert '@' not in v and v.isascii(), (doc_id, v)
        elif tag == 'KEY':
            assert len(v) >= 6, (doc_id, v)
        elif tag == 'LOOK':
            if kind.endswith('_ip') or kind.endswith('_ipv6'):
                a = ipaddress.ip_address(v)
                assert (not a.is_global) or a.is_multicast, (doc_id, kind, v)
            if kind == 'reserved_email':
                assert RESERVED.search(v), (doc_id, v)
        else:
            raise AssertionError((doc_id, tag))
    # no overlaps
    ordered = sorted((s, e) for (_, _, s, e, _) in spans)
    for (s1, e1), (s2, e2) in zip(ordered, ordered[1:]):
        assert e1 <= s2, (doc_id, 'overlap', text[s1:e1], text[s2:e2])
    for ch in (M0, M1, M2):
        assert ch not in text, doc_id
    # shapes outside the carrier excerpt must be covered
    secret_ends = {e for (tag, _, s, e, _) in spans if tag in ('KEY', 'PASSWORD') and s > 0 and text[s - 1] == ':'}
    for m in EMAIL_SHAPE.finditer(text):
        if m.start() < excerpt_len:
            continue
        if covered(m.start(), m.end(), spans):
            continue
        at = m.group(0).index('@') + m.start()
        if at in secret_ends:
            continue
        raise AssertionError((doc_id, 'uncovered e-mail shape', m.group(0)))
    for m in V4_SHAPE.finditer(text):
        if m.start() < excerpt_len:
            continue
        if all(int(x) <= 255 for x in m.groups()) and not covered(m.start(), m.end(), spans):
            raise AssertionError((doc_id, 'uncovered IPv4 shape', m.group(0)))
    for m in V6_RUN.finditer(text):
        if m.start() < excerpt_len:
            continue
        run = m.group(0)
        st = m.start()
        while run.startswith('.'):
            run = run[1:]
            st += 1
        run = run.rstrip('.')
        if run.count(':') < 2:
            continue
        try:
            a = ipaddress.ip_address(run)
            need = a.is_global or run.count(':') >= 3
        except ValueError:
            need = run.count(':') >= 3 and not re.fullmatch(r'[0-9:.]+', run)
        if need and not covered(st, st + len(run), spans):
            raise AssertionError((doc_id, 'uncovered IPv6 shape', run))
    if lang in ('json', 'ipynb'):
        json.loads(text)
    if lang == 'xml':
        xml.dom.minidom.parseString(text.encode('utf-8'))


def make_doc(doc_id, lang, path, text, spans):
    labels = [{'tag': t, 'start': s, 'end': e, 'kind': k} for (t, k, s, e, _) in spans if t != 'LOOK']
    looks = [{'kind': k, 'start': s, 'end': e} for (t, k, s, e, _) in spans if t == 'LOOK']
    return {'id': doc_id, 'lang': lang, 'path': path, 'content': text, 'labels': labels, 'lookalikes': looks}


def snippet(pkg, path, comment):
    rng = random.Random(f'{SEED}:carrier:{pkg}/{path}')
    g = gen_h47.G(rng)
    dom = SNIPPET_DOMAINS[pkg]
    who = g.first().lower()
    shape = rng.choice(['hex40', 'b64url43', 'la32', 'an32'])
    lines = [
        'Sallowmere reed-cutting co-op: hand-over for the Thursday sedge crew',
        f'relay host {g.ip4("snippet_relay_ip")}, fallback {g.ip6("snippet_fallback_ipv6")}',
        f'rota mailbox {mark_email(dom, who)} (crew lead)',
        f'hut padlock code word: {g.pw("snippet_password", "plain")}',
        f'tide-gauge upload key {g.key("snippet_key", shape)}',
        f'docs example only: {g.docip()} / {g.reserved_email("crew")} / v{g.version()} / commit {g.short_sha()} / {g.uuid("snippet_uuid")}',
    ]
    if comment == 'html':
        return '<!--\n' + '\n'.join(lines) + '\n-->\n'
    if comment == 'rst':
        return '..\n' + '\n'.join('   ' + ln for ln in lines) + '\n'
    return '\n'.join('# ' + ln for ln in lines) + '\n'


def mark_email(dom, local):
    return gen_h47.mark('EMAIL', 'snippet_email', f'{local}@{dom}')


def carrier_docs(extract_from=None):
    docs = []
    for pkg, path, a, b, lang in CARRIERS:
        dst = os.path.join(HERE, 'sources', pkg, path)
        if extract_from:
            src = os.path.join(extract_from, SDIST_DIRS[pkg], path)
            os.makedirs(os.path.dirname(dst), exist_ok=True)
            shutil.copyfile(src, dst)
            lic = os.path.join(HERE, 'sources', pkg, LICENCES[pkg])
            shutil.copyfile(os.path.join(extract_from, SDIST_DIRS[pkg], LICENCES[pkg]), lic)
        with open(dst, encoding='utf-8', newline='') as f:
            full = f.read()
        lines = full.splitlines(keepends=True)
        if b is None:
            excerpt = full
            suffix = ''
        else:
            excerpt = ''.join(lines[a - 1:b])
            suffix = f'.lines{a}-{b}'
        assert '\r' not in excerpt and M0 not in excerpt
        assert not EMAIL_SHAPE.search(excerpt), (pkg, path)
        assert not V4_SHAPE.search(excerpt), (pkg, path)
        if not excerpt.endswith('\n'):
            excerpt += '\n'
        comment = 'html' if lang == 'markdown' else ('rst' if lang == 'rst' else 'hash')
        marked = excerpt + snippet(pkg, path, comment)
        text, spans = strip_markers(marked)
        assert text.startswith(excerpt)
        assert all(s >= len(excerpt) for (_, _, s, _, _) in spans)
        doc_id = f'h47-real-{pkg}-{path.replace("/", "-")}{suffix}'
        check_doc(doc_id, lang, text, spans, excerpt_len=len(excerpt))
        docs.append(make_doc(doc_id, lang, f'{pkg}/{path}', text, spans))
    return docs


def main(argv):
    partial = '--partial' in argv
    extract = argv[argv.index('--extract') + 1] if '--extract' in argv else None
    tmpl = all_templates()
    names = [n for n, _ in tmpl]
    assert len(names) == len(set(names)), 'duplicate template names'
    if not partial:
        assert len(tmpl) == N_TEMPLATES, len(tmpl)
    docs = []
    for name, fn in tmpl:
        for n in range(4):
            rng = random.Random(f'{SEED}:{name}:{n}')
            lang, path, marked = fn(gen_h47.G(rng))
            text, spans = strip_markers(marked)
            doc_id = f'h47-syn-{name}-{n}'
            try:
                check_doc(doc_id, lang, text, spans)
            except Exception:
                print('FAILED in', doc_id, file=sys.stderr)
                raise
            assert any(t != 'LOOK' for (t, _, _, _, _) in spans), doc_id
            docs.append(make_doc(doc_id, lang, path, text, spans))
    docs.extend(carrier_docs(extract))
    ids = [d['id'] for d in docs]
    assert len(ids) == len(set(ids))
    tags = collections.Counter()
    kinds = collections.Counter()
    looks = collections.Counter()
    v6 = 0
    for d in docs:
        for lab in d['labels']:
            tags[lab['tag']] += 1
            kinds[f"{lab['tag']}:{lab['kind']}"] += 1
            if lab['tag'] == 'IP_ADDRESS' and ':' in d['content'][lab['start']:lab['end']]:
                v6 += 1
        for lk in d['lookalikes']:
            looks[lk['kind']] += 1
    summary = {'documents': len(docs), 'tags': dict(sorted(tags.items())), 'ipv6': v6,
               'lookalikes': sum(looks.values()), 'lookalike_kinds': len(looks)}
    print(json.dumps(summary), file=sys.stderr)
    if not partial:
        assert len(docs) == N_TEMPLATES * 4 + len(CARRIERS)
        assert tags['EMAIL'] >= 250 and tags['IP_ADDRESS'] >= 250, tags
        assert tags['KEY'] >= 330 and tags['PASSWORD'] >= 300, tags
        assert sum(looks.values()) >= 1000 and len(looks) >= 45, (sum(looks.values()), len(looks))
        assert v6 >= 0.12 * tags['IP_ADDRESS'], (v6, tags['IP_ADDRESS'])
    out = os.path.join(HERE, 'labels.jsonl')
    body = ''.join(json.dumps(d, ensure_ascii=False) + '\n' for d in docs)
    with open(out, 'w', encoding='utf-8', newline='\n') as f:
        f.write(body)
    counts = {'documents': len(docs), 'tags': dict(sorted(tags.items())), 'ipv6_labels': v6,
              'label_kinds': dict(sorted(kinds.items())), 'lookalikes': sum(looks.values()),
              'lookalike_kinds': dict(sorted(looks.items())),
              'lang': dict(sorted(collections.Counter(d['lang'] for d in docs).items()))}
    with open(os.path.join(HERE, 'counts.json'), 'w', encoding='utf-8', newline='\n') as f:
        f.write(json.dumps(counts, indent=1, sort_keys=False) + '\n')
    with open(out, encoding='utf-8') as f:
        assert f.read() == body
    print('sha256 labels.jsonl', hashlib.sha256(body.encode('utf-8')).hexdigest(), file=sys.stderr)


if __name__ == '__main__':
    main(sys.argv[1:])
