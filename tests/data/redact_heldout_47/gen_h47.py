"""Value generators for held-out set 47 (standard library only; no codelm import).

A planted value is wrapped in private-use markers: U+E000 TAG|kind U+E001 value U+E002.
The tag LOOK marks a look-alike (a string a redactor should leave alone).
"""
import base64
import json
import string

M0, M1, M2 = '\ue000', '\ue001', '\ue002'

LOWER = string.ascii_lowercase
UPPER = string.ascii_uppercase
DIGITS = string.digits
ALNUM = LOWER + UPPER + DIGITS
HEX = '0123456789abcdef'
B64URL = ALNUM + '-_'

# public mail providers (name-checked against earlier READMEs)
MAIL_DOMAINS = [
    'adam.com.au', 'dodo.com.au', 'ozemail.com.au', 'uwclub.net', 'rcn.com', 'suddenlink.net',
    'mediacombb.net', 'wowway.com', 'ptd.net', 'frontiernet.net', 'adinet.com.uy', 'aapt.net.au',
    'exetel.com.au', 'netspace.net.au', 'picknowl.com.au', 'senet.com.au', 'snap.net.nz',
    'cytanet.com.cy', 'maltanet.net', 'kabsi.at', 'green.ch', 'bluemail.ch', 'solcon.nl', 'telfort.nl',
    'caiway.nl', 'edpnet.be', 'vp.pl', 'invitel.hu', 'zebra.lt', 'neti.ee', 'starman.ee',
    'dnainternet.net', 'anvia.fi', 'bahnhof.se', 'c2i.net', 'omantel.net.om', 'batelco.com.bh',
    'cwjamaica.com', 'tstt.net.tt', 'caribsurf.com', 'sunbeach.net', 'coqui.net', 'nbnet.nb.ca',
    'istar.ca', 'execulink.com', 'wightman.ca', 'mountaincable.net', 'persona.ca', 'netidea.com',
    'uniserve.com', 'gci.net', 'hawaiiantel.net', 'snet.net', 'ameritech.net', 'swbell.net',
    'grandecom.net', 'consolidated.net', 'midco.net', 'cableone.net', 'bresnan.net', 'wavecable.com',
    'nemont.net',
]

FIRST = ['Aoife', 'Bartosz', 'Caoimhe', 'Dagny', 'Eero', 'Farida', 'Gunnhild', 'Hamid', 'Ilse', 'Jovana',
         'Kaito', 'Leocadia', 'Mireille', 'Nnamdi', 'Oksana', 'Quentin', 'Rasmus', 'Saoirse', 'Teodora',
         'Ugne', 'Vesna', 'Wairimu', 'Ximena', 'Yusuf', 'Zdenek', 'Anouk', 'Benedikt', 'Cosmin', 'Emeka',
         'Fintan', 'Grete', 'Halvard', 'Ines', 'Jarrah', 'Kerttu', 'Lorcan', 'Malak', 'Noor', 'Oddny',
         'Pilar', 'Radek', 'Sunniva', 'Tariq', 'Ulla', 'Valter', 'Wiremu', 'Yara', 'Zofia']
LAST = ['Abernethy', 'Brannigan', 'Castellanos', 'Dzhabarov', 'Eriksen', 'Fairclough', 'Gwilliam',
        'Hakkinen', 'Iturbe', 'Jablonski', 'Kowalczyk', 'Lindqvist', 'Mbeki', 'Nakashima', 'Oyelaran',
        'Pettersen', 'Quispe', 'Rautio', 'Szabo', 'Tembo', 'Uchida', 'Vasquez', 'Wojcik', 'Yilmaz', 'Zuberi',
        'Achterberg', 'Bjornstad', 'Cieslak', 'Dunleavy', 'Ekwueme', 'Fonseca', 'Grabowski', 'Holmqvist',
        'Ivanova', 'Jaramillo', 'Kiplagat', 'Laine', 'Mwangi', 'Nieminen', 'Ortega', 'Papadakis', 'Ruiz',
        'Sandoval', 'Takahashi', 'Urquhart', 'Vidal', 'Whitlock']

PW_WORDS = ['Thistle', 'Marigold', 'Saffron', 'Badger', 'Puffin', 'Otter', 'Lichen', 'Fjord', 'Tundra',
            'Basalt', 'Quartz', 'Jasper', 'Cobalt', 'Vermilion', 'Ochre', 'Sorrel', 'Chervil', 'Borage',
            'Lovage', 'Tarragon', 'Quince', 'Medlar', 'Damson', 'Greengage', 'Loquat', 'Persimmon',
            'Rambutan', 'Mangosteen', 'Dugong', 'Narwhal', 'Bittern', 'Godwit', 'Dunlin', 'Whimbrel',
            'Avocet', 'Shrike', 'Wryneck', 'Nuthatch', 'Treecreeper', 'Dipper', 'Gannet', 'Fulmar', 'Skua',
            'Shearwater', 'Petrel', 'Kittiwake', 'Merlin', 'Harrier', 'Goshawk', 'Buzzard', 'Osprey',
            'bellows', 'cobble', 'dormer', 'eaves', 'flagon', 'gimlet', 'hasp', 'inkwell', 'jamb', 'ladle',
            'newel', 'oriel', 'pestle', 'quoin', 'rafter', 'sconce', 'trivet']
WEAK = ['Thistle2024', 'Badger77', 'Puffin1', 'Quince2019', 'Otter123', 'Marigold63', 'Dugong42',
        'Narwhal2022', 'Saffron5', 'Medlar99', 'Loquat2020', 'Gannet11']
WALKS = ['Zxcvbn1357', '2w3e4r5t6y', 'Qwerty7531', 'Lkjhgf246', 'Rfvtgb159', 'Ujmnhy852']
MONTHS = {
    'en': ['January', 'March', 'August', 'October', 'December'],
    'de': ['Januar', 'Maerz', 'Oktober', 'Dezember'],
    'nl': ['Januari', 'Augustus', 'Oktober'],
    'fi': ['Tammikuu', 'Syyskuu', 'Joulukuu'],
    'pl': ['Styczen', 'Listopad', 'Wrzesien'],
    'pt': ['Janeiro', 'Setembro', 'Novembro'],
}
SYL_C = 'bdfgklmnprstvz'
SYL_V = 'aeiou'

# characters a password may contain beyond letters and digits, by context
CTX = {
    'url': '-_.~',
    'shell': '-_.+:=%^',
    'ini': '-_.!+=^%~',
    'env': '-_.!+=^%~',
    'quoted': '-_.!#%*+=?^~:,',
    'json': '-_.!#%*+=?^~:,',
    'xml': '-_.!#%*+=?^~:,',
    'yaml': '-_.!+=^',
    'csv': '-_.!+=^~',
    'plain': '-_.',
    'prose': '-_.!#%*+=?^~',
    'toml': '-_.!#%*+=?^~:,',
    'ron': '-_.!#%*+=?^~:,',
    'lua': '-_.!#%*+=?^~:,',
}

V4_FIRST = [23, 31, 37, 41, 45, 46, 51, 62, 64, 66, 69, 77, 78, 80, 81, 82, 85, 87, 88, 89, 91, 93, 95,
            104, 109, 128, 130, 134, 138, 141, 145, 146, 151, 152, 154, 157, 158, 159, 161, 163, 164, 176,
            178, 185, 188, 193, 194, 195, 212, 213, 217]
V6_FIRST = ['2a01', '2a02', '2a00', '2a03', '2a05', '2a0a', '2600', '2601', '2604', '2605', '2607', '2400',
            '2401', '2404', '2406', '2800', '2803', '2c0f', '2003']


def mark(tag, kind, value):
    return f'{M0}{tag}|{kind}{M1}{value}{M2}'


def b64enc(data):
    return base64.b64encode(data).decode('ascii')


def jdump(obj, indent=2):
    return json.dumps(obj, indent=indent, ensure_ascii=False)


def b64url(data):
    return base64.urlsafe_b64encode(data).decode('ascii').rstrip('=')


class G:
    def __init__(self, rng):
        self.rng = rng

    # ---------- raw helpers ----------
    def s(self, alphabet, n):
        return ''.join(self.rng.choice(alphabet) for _ in range(n))

    def hexs(self, n):
        return self.s(HEX, n)

    def alnum(self, n):
        # start with a letter
        return self.rng.choice(LOWER + UPPER) + self.s(ALNUM, n - 1)

    def lalnum(self, n):
        return self.rng.choice(LOWER) + self.s(LOWER + DIGITS, n - 1)

    def rbytes(self, n):
        return bytes(self.rng.randrange(256) for _ in range(n))

    def uuid_raw(self):
        h = self.hexs(32)
        h = h[:12] + '4' + h[13:16] + self.rng.choice('89ab') + h[17:]
        return f'{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}'

    def choice(self, seq):
        return self.rng.choice(seq)

    def num(self, a, b):
        return self.rng.randint(a, b)

    def first(self):
        return self.rng.choice(FIRST)

    def last(self):
        return self.rng.choice(LAST)

    def word(self):
        return self.rng.choice(PW_WORDS)

    # ---------- e-mail ----------
    def email_raw(self, domain=None, first=None, last=None):
        f = (first or self.first()).lower()
        l = (last or self.last()).lower()
        style = self.rng.randrange(6)
        if style == 0:
            local = f'{f}.{l}'
        elif style == 1:
            local = f'{f[0]}{l}'
        elif style == 2:
            local = f'{f}_{l}{self.rng.randint(1, 99)}'
        elif style == 3:
            local = f'{f}{self.rng.randint(1960, 2005)}'
        elif style == 4:
            local = f'{l}.{f[0]}'
        else:
            local = f'{f}-{l[:4]}'
        return f'{local}@{domain or self.rng.choice(MAIL_DOMAINS)}'

    def email(self, kind, domain=None, first=None, last=None):
        return mark('EMAIL', kind, self.email_raw(domain, first, last))

    def org_email(self, kind, local, domain):
        return mark('EMAIL', kind, f'{local}@{domain}')

    # ---------- IP ----------
    def v4_raw(self):
        return f'{self.rng.choice(V4_FIRST)}.{self.rng.randint(0, 255)}.{self.rng.randint(0, 255)}.{self.rng.randint(1, 254)}'

    def v6_raw(self):
        p = self.rng.choice(V6_FIRST)
        groups = [p] + [format(self.rng.randrange(0x10000), 'x') for _ in range(7)]
        groups[1] = format(self.rng.randrange(0x1, 0xffff), 'x')
        style = self.rng.randrange(3)
        if style == 0:
            return ':'.join(groups)
        if style == 1:
            return ':'.join(groups[:3]) + '::' + ':'.join(groups[6:])
        return ':'.join(groups[:4]) + '::' + format(self.rng.randrange(1, 0x10000), 'x')

    def ip(self, kind, p6=0.2):
        if self.rng.random() < p6:
            return mark('IP_ADDRESS', kind + '_v6', self.v6_raw())
        return mark('IP_ADDRESS', kind, self.v4_raw())

    def ip4(self, kind):
        return mark('IP_ADDRESS', kind, self.v4_raw())

    def ip6(self, kind):
        return mark('IP_ADDRESS', kind, self.v6_raw())

    @staticmethod
    def br(marked):
        """bracket an IPv6 address (marked or look-alike) that is followed by a port"""
        value = marked.split(M1, 1)[1].rstrip(M2) if M1 in marked else marked
        return f'[{marked}]' if ':' in value else marked

    def ipp(self, kind, port, p6=0.2):
        return f'{self.br(self.ip(kind, p6))}:{port}'

    # ---------- keys ----------
    def key_raw(self, shape=None):
        shapes = ['hex32', 'hex40', 'hex64', 'an24', 'an32', 'an40', 'la32', 'b64_32', 'b64_48', 'b64url43',
                  'jwt', 'uuid']
        shape = shape or self.rng.choice(shapes)
        if shape == 'hex32':
            return self.hexs(32)
        if shape == 'hex40':
            return self.hexs(40)
        if shape == 'hex64':
            return self.hexs(64)
        if shape == 'an24':
            return self.alnum(24)
        if shape == 'an32':
            return self.alnum(32)
        if shape == 'an40':
            return self.alnum(40)
        if shape == 'la32':
            return self.lalnum(32)
        if shape == 'b64_32':
            return b64enc(self.rbytes(32))
        if shape == 'b64_48':
            return b64enc(self.rbytes(48))
        if shape == 'b64url43':
            return b64url(self.rbytes(32))
        if shape == 'jwt':
            head = b64url(b'{"alg":"HS256","typ":"JWT"}')
            body = b64url(('{"sub":"%s","iat":%d}' % (self.lalnum(10), self.rng.randint(1600000000, 1760000000))).encode())
            return f'{head}.{body}.{b64url(self.rbytes(32))}'
        if shape == 'uuid':
            return self.uuid_raw()
        if shape == 'b64_64':
            return b64enc(self.rbytes(64))
        raise ValueError(shape)

    def key(self, kind, shape=None):
        return mark('KEY', kind, self.key_raw(shape))

    def pkey(self, kind, prefix_shape):
        """provider-style token shapes (random; documented prefixes only)"""
        p = prefix_shape
        if p == 'ghp':
            v = 'ghp_' + self.s(ALNUM, 36)
        elif p == 'glpat':
            v = 'glpat-' + self.s(ALNUM + '-_', 20)
        elif p == 'xoxb':
            v = f'xoxb-{self.rng.randint(10**10, 10**11)}-{self.rng.randint(10**12, 10**13)}-{self.s(ALNUM, 24)}'
        elif p == 'akid':
            v = 'AKIA' + self.s(UPPER + '234567', 16)
        elif p == 'aws_secret':
            v = self.s(ALNUM + '+/', 40)
        elif p == 'aiza':
            v = 'AIza' + self.s(ALNUM + '-_', 35)
        elif p == 'sg':
            v = 'SG.' + self.s(ALNUM + '-_', 22) + '.' + self.s(ALNUM + '-_', 43)
        elif p == 'sk_test':
            v = 'sk_test_' + self.s(ALNUM, 24)
        elif p == 'rk_live':
            v = 'rk_live_' + self.s(ALNUM, 24)
        elif p == 'npm':
            v = 'npm_' + self.s(ALNUM, 36)
        elif p == 'hf':
            v = 'hf_' + self.s(ALNUM, 34)
        elif p == 'dop':
            v = 'dop_v1_' + self.hexs(64)
        elif p == 'mgkey':
            v = 'key-' + self.hexs(32)
        elif p == 'tw':
            v = 'SK' + self.hexs(32)
        elif p == 'pypi':
            v = 'pypi-AgEIcHlwaS5vcmc' + self.s(B64URL, 60)
        elif p == 'shpat':
            v = 'shpat_' + self.hexs(32)
        else:
            raise ValueError(p)
        return mark('KEY', kind, v)

    # ---------- passwords ----------
    def pw_raw(self, ctx='quoted', style=None):
        syms = CTX[ctx]
        r = self.rng
        style = r.randrange(10) if style is None else style
        if style == 0:
            n = r.randint(3, 5)
            sep = r.choice([c for c in '-._' if c in syms] or ['-'])
            ws = [r.choice(PW_WORDS).lower() for _ in range(n)]
            if r.random() < 0.5:
                ws = [w.capitalize() for w in ws]
            if r.random() < 0.5:
                ws.append(str(r.randint(1, 99)))
            return sep.join(ws)
        if style == 1:
            n = r.randint(14, 23)
            mid = ''.join(r.choice(ALNUM + syms) for _ in range(n - 2))
            return r.choice(ALNUM) + mid + r.choice(ALNUM)
        if style == 2:
            return r.choice(WEAK)
        if style == 3:
            lang = r.choice(sorted(MONTHS))
            v = r.choice(MONTHS[lang]) + str(r.randint(2019, 2026))
            if '!' in syms and r.random() < 0.5:
                v += '!'
            return v
        if style == 4:
            return r.choice(FIRST) + str(r.randint(1955, 2008))
        if style == 5:
            return self.alnum(r.randint(16, 28))
        if style == 6:
            w = r.choice(PW_WORDS).lower()
            leet = w.replace('a', '4').replace('e', '3').replace('o', '0').replace('i', '1')
            return leet + r.choice(PW_WORDS) + str(r.randint(10, 9999))
        if style == 7:
            return r.choice(PW_WORDS).lower() + str(r.randint(100, 999)) + r.choice(PW_WORDS)
        if style == 8:
            v = r.choice(WALKS)
            extra = [c for c in '!#%' if c in syms]
            if extra and r.random() < 0.5:
                v += r.choice(extra)
            return v
        # pronounceable
        parts = []
        for _ in range(3):
            parts.append(''.join(r.choice(SYL_C) + r.choice(SYL_V) for _ in range(3)))
        sep = '-' if '-' in syms else ''
        return parts[0].capitalize() + sep + parts[1] + sep + parts[2] + str(r.randint(1, 9))

    def pw(self, kind, ctx='quoted', style=None):
        return mark('PASSWORD', kind, self.pw_raw(ctx, style))

    # ---------- look-alikes ----------
    def look(self, kind, value):
        return mark('LOOK', kind, value)

    def priv_raw(self):
        r = self.rng
        c = r.randrange(3)
        if c == 0:
            return f'10.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}'
        if c == 1:
            return f'172.{r.randint(16, 31)}.{r.randint(0, 255)}.{r.randint(1, 254)}'
        return f'192.168.{r.randint(0, 255)}.{r.randint(1, 254)}'

    def priv(self):
        return self.look('private_ip', self.priv_raw())

    def loop(self):
        return self.look('loopback_ip', self.rng.choice(['127.0.0.1', '127.0.0.1', '127.0.1.1', '127.0.0.53']))

    def loop6(self):
        return self.look('loopback_ipv6', '::1')

    def unspec(self):
        return self.look('unspecified_ip', '0.0.0.0')

    def unspec6(self):
        return self.look('unspecified_ipv6', '::')

    def linklocal(self):
        return self.look('link_local_ip', f'169.254.{self.rng.randint(1, 254)}.{self.rng.randint(1, 254)}')

    def linklocal6(self):
        return self.look('link_local_ipv6', f'fe80::{self.hexs(4).lstrip("0") or "1"}:{self.hexs(2)}ff:fe{self.hexs(2)}:{self.hexs(4).lstrip("0") or "2"}')

    def ula6(self):
        return self.look('ula_ipv6', f'fd{self.hexs(2)}:{self.hexs(4).lstrip("0") or "a"}:{self.hexs(4).lstrip("0") or "b"}::{self.rng.randint(1, 250)}')

    def docip(self):
        return self.look('documentation_ip', self.rng.choice(['192.0.2', '198.51.100', '203.0.113']) + f'.{self.rng.randint(1, 254)}')

    def docip6(self):
        return self.look('documentation_ipv6', f'2001:db8:{self.hexs(3).lstrip("0") or "5"}::{self.rng.randint(1, 255):x}')

    def shared(self):
        return self.look('shared_ip', f'100.{self.rng.randint(64, 127)}.{self.rng.randint(0, 255)}.{self.rng.randint(1, 254)}')

    def mcast(self):
        return self.look('multicast_ip', f'239.{self.rng.randint(0, 255)}.{self.rng.randint(0, 255)}.{self.rng.randint(1, 254)}')

    def bench(self):
        return self.look('benchmark_ip', f'198.{self.rng.randint(18, 19)}.{self.rng.randint(0, 255)}.{self.rng.randint(1, 254)}')

    def netmask(self):
        return self.look('netmask', self.rng.choice(['255.255.255.0', '255.255.0.0', '255.255.255.128', '255.255.252.0']))

    def version_raw(self):
        r = self.rng
        return f'{r.randint(0, 14)}.{r.randint(0, 30)}.{r.randint(0, 40)}'

    def version(self, kind='version'):
        return self.look(kind, self.version_raw())

    def version4(self):
        r = self.rng
        return self.look('version', f'{r.randint(1, 12)}.{r.randint(0, 9)}.{r.randint(0, 30)}.{r.randint(100, 9999)}')

    def sha1(self):
        return self.look('sha1', self.hexs(40))

    def sha256(self):
        return self.look('sha256', self.hexs(64))

    def md5(self):
        return self.look('md5_hash', self.hexs(32))

    def short_sha(self):
        return self.look('short_sha', self.hexs(self.rng.choice([7, 8, 10, 12])))

    def uuid(self, kind):
        return self.look(kind, self.uuid_raw())

    def mac(self):
        return self.look('mac_address', ':'.join(self.hexs(2) for _ in range(6)))

    def ts(self):
        r = self.rng
        return self.look('timestamp', f'20{r.randint(22, 26)}-{r.randint(1, 12):02d}-{r.randint(1, 28):02d}T{r.randint(0, 23):02d}:{r.randint(0, 59):02d}:{r.randint(0, 59):02d}Z')

    def date(self):
        r = self.rng
        return self.look('date', f'20{r.randint(22, 26)}-{r.randint(1, 12):02d}-{r.randint(1, 28):02d}')

    def reserved_email(self, local=None):
        local = local or self.rng.choice(['admin', 'you', 'jane.doe', 'ops', 'user', 'alerts', 'noreply'])
        dom = self.rng.choice(['example.com', 'example.org', 'example.net', 'mail.example', 'corp.test',
                               'lab.invalid'])
        return self.look('reserved_email', f'{local}@{dom}')

    def bcrypt(self):
        return self.look('hashed_password', '$2b$12$' + self.s(ALNUM + './', 53))

    def sha512crypt(self):
        return self.look('hashed_password', '$6$' + self.s(ALNUM + './', 16) + '$' + self.s(ALNUM + './', 86))

    def argon2(self):
        return self.look('hashed_password', '$argon2id$v=19$m=65536,t=3,p=4$' + b64enc(self.rbytes(16)).rstrip('=') + '$' + b64enc(self.rbytes(32)).rstrip('='))

    def ssh_pub(self):
        return self.look('public_key', 'ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI' + self.s(ALNUM + '+/', 43))

    def fingerprint(self):
        return self.look('key_fingerprint', 'SHA256:' + b64enc(self.rbytes(32)).rstrip('='))

    def cert_fp(self):
        return self.look('cert_fingerprint', ':'.join(self.hexs(2).upper() for _ in range(20)))

    def digest(self):
        return self.look('image_digest', 'sha256:' + self.hexs(64))

    def placeholder(self, value):
        return self.look('placeholder', value)

    def default_pw(self, value):
        return self.look('default_password', value)

    def build_id(self):
        return self.look('build_id', f'{self.rng.randint(2022, 2026)}{self.rng.randint(1, 12):02d}{self.rng.randint(1, 28):02d}.{self.rng.randint(1, 999)}')

    def oid(self):
        return self.look('oid', '1.3.6.1.4.1.' + '.'.join(str(self.rng.randint(1, 60000)) for _ in range(self.rng.randint(2, 4))))

    def pem_cert(self, kind='certificate'):
        body = b64enc(self.rbytes(self.rng.choice([180, 234])))
        lines = [body[i:i + 64] for i in range(0, len(body), 64)]
        return '-----BEGIN CERTIFICATE-----\n' + '\n'.join(lines) + '\n-----END CERTIFICATE-----'

    def pem_key_body(self, nbytes=120):
        body = b64enc(self.rbytes(nbytes))
        return '\n'.join(body[i:i + 64] for i in range(0, len(body), 64))

    def pem_key(self, kind, label='PRIVATE KEY'):
        """a PEM private key; the label covers the base64 body line by line is not possible (one line spans),
        so each body line is marked separately"""
        body = b64enc(self.rbytes(self.rng.choice([121, 168])))
        lines = [body[i:i + 64] for i in range(0, len(body), 64)]
        marked = '\n'.join(mark('KEY', kind, ln) for ln in lines)
        return f'-----BEGIN {label}-----\n{marked}\n-----END {label}-----'

    @staticmethod
    def jdump(obj, indent=2):
        return jdump(obj, indent)

    @staticmethod
    def b64(data):
        return b64enc(data if isinstance(data, bytes) else data.encode('utf-8'))

    def keyv(self, kind, value):
        return mark('KEY', kind, value)

    def pwv(self, kind, value):
        return mark('PASSWORD', kind, value)

    def ipv(self, kind, value):
        return mark('IP_ADDRESS', kind, value)
