"""Build the forty-sixth held-out labelled set for `codelm redact` (standard library only).

    python make_heldout_46.py                 # strict build
    python make_heldout_46.py --partial       # without the exact-count assertions
    python make_heldout_46.py --extract DIR   # re-copy the carrier files from unpacked sdists in DIR

Never imports codelm.
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

import gen_h46  # noqa: E402
import templates_h46a  # noqa: E402
import templates_h46b  # noqa: E402
import templates_h46c  # noqa: E402
import templates_h46d  # noqa: E402

SEED = 'codelm-redact-heldout-46'
N_TEMPLATES = 78
N_RENDER = 4

# (package, sdist folder, path inside it, first line, last line or None for the whole file,
#  lang, comment style of the snippet)
CARRIERS = [
    ('coolname', 'coolname-5.0.0', 'HISTORY.rst', 1, 45, 'rst', 'rst'),
    ('coolname', 'coolname-5.0.0', 'src/coolname/data/prefix.txt', 1, None, 'text', 'hash'),
    ('covdefaults', 'covdefaults-2.3.0', 'README.md', 1, 60, 'markdown', 'html'),
    ('covdefaults', 'covdefaults-2.3.0', 'covdefaults.egg-info/SOURCES.txt', 1, None, 'text', 'hash'),
    ('titlecase', 'titlecase-2.4.1', 'README.rst', 1, 50, 'rst', 'rst'),
    ('titlecase', 'titlecase-2.4.1', 'tox.ini', 1, None, 'ini', 'hash'),
]
LICENCES = {'coolname': ('coolname-5.0.0', 'LICENSE'), 'covdefaults': ('covdefaults-2.3.0', 'LICENSE'),
            'titlecase': ('titlecase-2.4.1', 'LICENSE.txt')}
SNIPPET_DOMAINS = {'coolname': 'quillwort-osier.eu', 'covdefaults': 'gorsebrake-oakum.ie',
                   'titlecase': 'flaxwhistle-lintel.dk'}

MARK = re.compile('\ue000([^\ue000\ue001\ue002|]+)\\|([^\ue000\ue001\ue002]+)\ue001([^\ue000\ue001\ue002]*)\ue002')
RESERVED = re.compile(r'(^|\.)(example\.(com|org|net)|example|invalid|localhost|test)$')
EMAIL_SHAPE = re.compile(r'[A-Za-z0-9._%+\-]+@[A-Za-z0-9.\-]+\.[A-Za-z]{2,}')
EMAIL_OK = re.compile(r'^[A-Za-z0-9._%+\-]+@[A-Za-z0-9\-]+(\.[A-Za-z0-9\-]+)*\.[A-Za-z]{2,}$')
ADDR_CH = set('abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789._%+-')
IPV4_SHAPE = re.compile(r'(?<![0-9.])(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})(?![0-9])')
IPV6_RUN = re.compile(r'[0-9A-Fa-f:.]+')


def parse(marked):
    out, spans, pos = [], [], 0
    plain_len = 0
    for m in MARK.finditer(marked):
        pre = marked[pos:m.start()]
        out.append(pre)
        plain_len += len(pre)
        tag, kind, val = m.group(1), m.group(2), m.group(3)
        spans.append((tag, kind, plain_len, plain_len + len(val), val))
        out.append(val)
        plain_len += len(val)
        pos = m.end()
    out.append(marked[pos:])
    text = ''.join(out)
    for ch in '\ue000\ue001\ue002':
        assert ch not in text, ('marker left', marked[:200])
    return text, spans


def snippet(g, package, style):
    dom = SNIPPET_DOMAINS[package]
    ip4 = g.ip4('snippet_ip')
    ip6 = g.ip6('snippet_ipv6')
    mail = g.email('snippet_email', domain=dom)
    pw = g.pw('snippet_password', 'plain')
    key = g.key('snippet_key', g.pick(['hex40', 'b64url43', 'lower32', 'alnum32']))
    lines = [
        'Quillwort withy beds: handover notes for the Tuesday peat-cutters crew',
        f'sluice gauge uplink {ip4}, spare uplink {ip6}',
        f'bed warden login {mail} / {pw}',
        f'gauge push token {key}',
        f'docs example only: {g.documentation_ip()} {g.reserved_email()} release {g.version()} '
        f'commit {g.short_sha()} bed {g.uuid("snippet_uuid")}',
    ]
    if style == 'html':
        return '\n<!--\n' + '\n'.join(lines) + '\n-->\n'
    if style == 'rst':
        return '\n..\n' + ''.join(f'   {x}\n' for x in lines)
    return '\n' + ''.join(f'# {x}\n' for x in lines)


def render_templates():
    docs = []
    names = []
    for mod in (templates_h46a, templates_h46b, templates_h46c, templates_h46d):
        for fn in mod.TEMPLATES:
            names.append(fn.__name__)
            for n in range(N_RENDER):
                g = gen_h46.G(random.Random(f'{SEED}:{fn.__name__}:{n}'))
                lang, path, marked = fn(g)
                text, spans = parse(marked)
                docs.append({'id': f'h46-syn-{fn.__name__}-{n}', 'lang': lang, 'path': path,
                             'text': text, 'spans': spans, 'origin': 'synthetic', 'excerpt_len': 0})
    assert len(names) == len(set(names)), 'template names not unique'
    return names, docs


def read_excerpt(package, rel, a, b):
    with open(os.path.join(HERE, 'sources', package, rel), encoding='utf-8', newline='') as f:
        lines = f.read().split('\n')
    if lines and lines[-1] == '':
        lines = lines[:-1]
        ends_nl = True
    else:
        ends_nl = False
    sel = lines[a - 1:b] if b else lines
    text = '\n'.join(sel)
    if b is None and ends_nl or b is not None:
        text += '\n'
    return text


def render_carriers():
    docs = []
    for package, _folder, rel, a, b, lang, style in CARRIERS:
        excerpt = read_excerpt(package, rel, a, b)
        assert '\r' not in excerpt and not any(c in excerpt for c in '\ue000\ue001\ue002'), rel
        assert not EMAIL_SHAPE.search(excerpt), ('e-mail shape in excerpt', rel)
        assert not IPV4_SHAPE.search(excerpt), ('IPv4 shape in excerpt', rel)
        if not excerpt.endswith('\n'):
            excerpt += '\n'
        g = gen_h46.G(random.Random(f'{SEED}:carrier:{package}/{rel}'))
        text, spans = parse(snippet(g, package, style))
        spans = [(t, k, s + len(excerpt), e + len(excerpt), v) for t, k, s, e, v in spans]
        suffix = f'.lines{a}-{b}' if b else ''
        did = f'h46-real-{package}-{rel.replace("/", "-")}{suffix}'
        docs.append({'id': did, 'lang': lang, 'path': f'{package}/{rel}', 'text': excerpt + text,
                     'spans': spans, 'origin': 'carrier', 'excerpt_len': len(excerpt), 'excerpt': excerpt})
    return docs


def check_doc(d):
    text, spans = d['text'], d['spans']
    ivals = []
    for tag, kind, s, e, v in spans:
        seg = text[s:e]
        assert seg == v, (d['id'], kind)
        assert e > s and 0 <= s and e <= len(text), (d['id'], kind)
        assert seg == seg.strip() and '\n' not in seg, (d['id'], kind, seg)
        ivals.append((s, e, tag, kind))
        if tag == 'IP_ADDRESS':
            a = ipaddress.ip_address(v)
            assert a.is_global and not a.is_multicast, (d['id'], kind, v)
            if a.version == 4:
                assert not v.startswith('100.'), (d['id'], v)
            v6kind = kind.endswith('_v6') or kind.endswith('ipv6')
            assert v6kind == (a.version == 6), (d['id'], kind, v)
        elif tag == 'EMAIL':
            assert EMAIL_OK.match(v), (d['id'], v)
            dom = v.split('@', 1)[1].lower()
            assert not RESERVED.search(dom), (d['id'], v)
            before = text[s - 1] if s > 0 else ''
            assert before not in ADDR_CH or before == '', (d['id'], v, before)
            after = text[e] if e < len(text) else ''
            assert after == '' or after not in ADDR_CH or (
                after == '.' and not (e + 1 < len(text) and text[e + 1].isalnum())), (d['id'], v, text[e:e + 3])
        elif tag == 'PASSWORD':
            assert '@' not in v and v.isascii(), (d['id'], v)
        elif tag == 'KEY':
            assert len(v) >= 6, (d['id'], v)
        elif tag == 'LOOK':
            if kind.endswith('_ip') or kind.endswith('_ipv6'):
                a = ipaddress.ip_address(v)
                assert not a.is_global or a.is_multicast, (d['id'], kind, v)
            if kind == 'reserved_email':
                assert RESERVED.search(v.split('@', 1)[1].lower()), (d['id'], v)
    ivals.sort()
    for (s1, e1, *_), (s2, e2, *_r) in zip(ivals, ivals[1:]):
        assert e1 <= s2, (d['id'], 'overlap', text[s1:e1], text[s2:e2])
    covered = [(s, e, tag) for s, e, tag, _k in ivals]

    def inside(s, e):
        return any(cs <= s and e <= ce for cs, ce, _t in covered)

    start = d['excerpt_len']
    # e-mail shapes
    for m in EMAIL_SHAPE.finditer(text, start):
        if inside(m.start(), m.end()):
            continue
        at = m.group().index('@') + m.start()
        ok = any(ce == at and t in ('KEY', 'PASSWORD') and cs > 0 and text[cs - 1] == ':' for cs, ce, t in covered)
        assert ok, (d['id'], 'uncovered e-mail shape', m.group())
    for m in IPV4_SHAPE.finditer(text, start):
        if all(int(x) <= 255 for x in m.groups()):
            assert inside(m.start(), m.end()), (d['id'], 'uncovered IPv4', m.group())
    for m in IPV6_RUN.finditer(text, start):
        s, e = m.start(), m.end()
        if s > 0 and text[s - 1].isalnum() or e < len(text) and text[e].isalnum():
            continue
        run = m.group()
        while run.startswith('.'):
            run, s = run[1:], s + 1
        while run.endswith('.'):
            run, e = run[:-1], e - 1
        colons = run.count(':')
        if colons < 2:
            continue
        try:
            a = ipaddress.IPv6Address(run)
            need = a.is_global or colons >= 3
        except ValueError:
            need = colons >= 3 and not set(run) <= set('0123456789:.')
        if need:
            assert inside(s, e), (d['id'], 'uncovered IPv6 shape', run)
    if d['lang'] in ('json', 'ipynb'):
        json.loads(text)
    if d['lang'] == 'xml':
        xml.dom.minidom.parseString(text.encode('utf-8'))
    if d['origin'] == 'carrier':
        assert text.startswith(d['excerpt'])
        assert all(s >= d['excerpt_len'] for _t, _k, s, _e, _v in spans)
    else:
        assert any(t != 'LOOK' for t, *_ in spans), (d['id'], 'no label')


def build(partial=False):
    names, syn = render_templates()
    docs = syn + render_carriers()
    for d in docs:
        check_doc(d)
    ids = [d['id'] for d in docs]
    assert len(ids) == len(set(ids)), 'ids not unique'
    tags = collections.Counter()
    kinds = collections.Counter()
    looks = collections.Counter()
    langs = collections.Counter()
    origin = {'carrier': collections.Counter(), 'synthetic': collections.Counter()}
    ip6 = 0
    records = []
    for d in docs:
        labels, lookalikes = [], []
        for tag, kind, s, e, v in sorted(d['spans'], key=lambda x: (x[2], x[3])):
            if tag == 'LOOK':
                lookalikes.append({'kind': kind, 'start': s, 'end': e})
                looks[kind] += 1
                origin[d['origin']]['look-alikes'] += 1
            else:
                labels.append({'tag': tag, 'start': s, 'end': e, 'kind': kind})
                tags[tag] += 1
                kinds[f'{tag}:{kind}'] += 1
                origin[d['origin']][tag] += 1
                if tag == 'IP_ADDRESS' and ':' in v:
                    ip6 += 1
        origin[d['origin']]['documents'] += 1
        langs[d['lang']] += 1
        records.append({'id': d['id'], 'lang': d['lang'], 'path': d['path'], 'content': d['text'],
                        'labels': labels, 'lookalikes': lookalikes})
    if not partial:
        assert len(names) == N_TEMPLATES, len(names)
        assert len(docs) == N_TEMPLATES * N_RENDER + len(CARRIERS), len(docs)
        assert tags['EMAIL'] >= 250 and tags['IP_ADDRESS'] >= 250, tags
        assert tags['KEY'] >= 330 and tags['PASSWORD'] >= 300, tags
        assert sum(looks.values()) >= 1000 and len(looks) >= 45, (sum(looks.values()), len(looks))
        assert ip6 >= 0.12 * tags['IP_ADDRESS'], (ip6, tags['IP_ADDRESS'])
    counts = {
        'documents': len(docs),
        'templates': len(names),
        'tags': {t: tags[t] for t in ('EMAIL', 'IP_ADDRESS', 'KEY', 'PASSWORD')},
        'ipv6_labels': ip6,
        'lookalikes': sum(looks.values()),
        'origin': {o: dict(sorted(c.items())) for o, c in origin.items()},
        'langs': dict(sorted(langs.items())),
        'label_kinds': dict(sorted(kinds.items())),
        'lookalike_kinds': dict(sorted(looks.items())),
    }
    out = ''.join(json.dumps(r, ensure_ascii=False) + '\n' for r in records)
    with open(os.path.join(HERE, 'labels.jsonl'), 'w', encoding='utf-8', newline='\n') as f:
        f.write(out)
    with open(os.path.join(HERE, 'counts.json'), 'w', encoding='utf-8', newline='\n') as f:
        f.write(json.dumps(counts, indent=1, ensure_ascii=False) + '\n')
    with open(os.path.join(HERE, 'labels.jsonl'), encoding='utf-8', newline='') as f:
        assert f.read() == out
    print(f'{len(docs)} documents, {len(names)} templates, tags {dict(tags)}, ipv6 {ip6}, '
          f'look-alikes {sum(looks.values())} of {len(looks)} kinds')


def extract(unpack):
    dst = os.path.join(HERE, 'sources')
    sums = []
    files = sorted({(p, f, r) for p, f, r, *_ in CARRIERS} | {(p, f, r) for p, (f, r) in LICENCES.items()})
    for package, folder, rel in files:
        src = os.path.join(unpack, folder, rel)
        out = os.path.join(dst, package, rel)
        os.makedirs(os.path.dirname(out), exist_ok=True)
        shutil.copyfile(src, out)
        with open(out, 'rb') as f:
            sums.append(f'{hashlib.sha256(f.read()).hexdigest()}  {package}/{rel}\n')
    with open(os.path.join(dst, 'SHA256SUMS'), 'w', encoding='utf-8', newline='\n') as f:
        f.write(''.join(sorted(sums, key=lambda x: x.split('  ', 1)[1])))


if __name__ == '__main__':
    if '--extract' in sys.argv:
        extract(sys.argv[sys.argv.index('--extract') + 1])
    else:
        build(partial='--partial' in sys.argv)
