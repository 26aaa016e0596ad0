"""Value generators for the forty-sixth held-out redaction set (standard library only).

A template receives one ``G`` bound to its own ``random.Random`` and wraps every planted value in
private-use markers: U+E000 ``TAG|kind`` U+E001 value U+E002 (tag ``LOOK`` marks a look-alike).
"""
import base64
import string

MS, MM, ME = '\ue000', '\ue001', '\ue002'

# Public mail providers (checked against the earlier READMEs, names and distinctive tokens).
MAIL = [
    'zonnet.nl', 'numericable.fr', 'poczta.fm', 'oi.com.br', 'speedy.com.ar', 'ihug.co.nz',
    'vodamail.co.za', 'wxs.nl', 'belgacom.net', 'voo.be', 'indigo.ie', 'esatclear.ie',
    'madasafish.com', 'nildram.co.uk', 'post.cybercity.dk', 'netti.fi', 'bluezone.no',
    'passagen.se', 'vtxmail.ch', 'hccnet.nl', 'knology.net', 'embarqmail.com', 'tbaytel.net',
    'accesscomm.ca', 'chariot.net.au', 'orcon.net.nz', 'actrix.co.nz',
]

FIRST = [
    'Eulalia', 'Gunnvor', 'Teodoro', 'Radomir', 'Ximena', 'Oluwaseun', 'Bertilda', 'Casimir',
    'Leocadia', 'Wenceslao', 'Zdenka', 'Hallvard', 'Ilmari', 'Jovanka', 'Kirabo', 'Lorcan',
    'Mairead', 'Nnamdi', 'Ottilie', 'Perpetua', 'Quirino', 'Rosalind', 'Sigrun', 'Tancredi',
    'Ulrika', 'Vesna', 'Yevgenia', 'Zoltan', 'Adaeze', 'Bronislava', 'Cornelis', 'Dagmara',
    'Evander', 'Fionnuala', 'Gaspard', 'Honorata', 'Iztok', 'Jarmila', 'Katalin', 'Ludmila',
]
LAST = [
    'Oyelaran', 'Kowalczyk', 'Brennecke', 'Vasconcelos', 'Ekwueme', 'Szentgyorgyi', 'Albrektsen',
    'Quiroga', 'Mbatha', 'Thorsteinsdottir', 'Nakashima', 'Villanueva', 'Rautiainen', 'Lindqvist',
    'Pacheco', 'Dvorakova', 'Wojcikowski', 'Haugland', 'Okonkwo', 'Scarborough', 'Ferreira',
    'Labadie', 'Grzybowski', 'Mendonca', 'Pellegrini', 'Strzelecki', 'Tuominen', 'Varga', 'Zubiri',
    'Achterberg', 'Ibarguren', 'Kallergis', 'Moutinho', 'Rasmussen', 'Silvennoinen', 'Uriarte',
]

WEAK = [
    'Gazpacho7', 'Rutabaga12', 'Wombat2019', 'Ocelot44', 'Pistachio1', 'Quokka88', 'Kohlrabi2021',
    'Nutmeg9', 'Cardamom77', 'Muskrat3', 'Clementine10', 'Manatee5', 'Axolotl66', 'Capybara2020',
    'Galangal8', 'Dromedary123',
]
WORDS = [
    'cobble', 'spindle', 'trowel', 'bollard', 'furrow', 'gimlet', 'hopper', 'ingot', 'keel', 'piston',
    'quiver', 'rafter', 'upland', 'wicket', 'yoke', 'bellows', 'cistern', 'dowel', 'easel', 'grotto',
    'hamlet', 'inlet', 'lichen', 'marsh', 'nettle', 'osprey', 'quail', 'rushes', 'sedge', 'vole',
    'birch', 'cinder', 'ember', 'frost', 'gravel', 'jasper', 'loam', 'thistle', 'sorrel', 'mandolin',
    'porcupine', 'toucan', 'lemming', 'flamingo', 'jackal', 'bobcat', 'wolverine',
]
MONTHS = ['January', 'March', 'August', 'October', 'Oktober', 'Dezember', 'Janvier', 'Septembre',
          'Abril', 'Junio', 'Marco', 'Novembro']
WALKS = ['Qazwsx2468', '1q2w3e4r5t', 'Asdfgh789', 'Poiuyt0987', 'Mnbvcx321', 'Wsxedc135']
LEET = {'a': '4', 'e': '3', 'i': '1', 'o': '0', 's': '5', 't': '7'}

# Public IPv4 first octets (whole /8s without special-purpose ranges) and IPv6 prefixes (2xxx).
OCT1 = [5, 23, 31, 37, 41, 46, 51, 62, 64, 77, 78, 80, 81, 85, 88, 91, 93, 95, 101, 103, 109, 116,
        121, 130, 139, 141, 146, 151, 158, 176, 185, 188, 195, 212]
V6P = [0x2a02, 0x2a0e, 0x2a10, 0x2403, 0x2405, 0x2602, 0x2605, 0x2607, 0x2804, 0x2806, 0x2c0f,
       0x2a01, 0x2409, 0x2610]

# Characters a password may hold in each context (besides letters and digits).
CTX = {
    'url': '-_.~',
    'shell': '-_.+:=%^',
    'ini': '-_.!+=^%~',
    'quoted': '-_.!#%*+=?^~:,',
    'xml': '-_.!#%*+=?^~:,',
    'yaml': '-_.!+=^',
    'plain': '-_.',
    'prose': '-_.!#%*+=?^~',
    'csv': '-_.!+=^~',
}

ALNUM = string.ascii_letters + string.digits
B64 = string.ascii_letters + string.digits + './'


class G:
    def __init__(self, rng):
        self.r = rng

    # ---- markers -------------------------------------------------------------------------
    @staticmethod
    def L(tag, kind, value):
        assert tag in ('EMAIL', 'IP_ADDRESS', 'KEY', 'PASSWORD', 'LOOK'), tag
        return f'{MS}{tag}|{kind}{MM}{value}{ME}'

    def LK(self, kind, value):
        return self.L('LOOK', kind, value)

    # ---- basic randomness ----------------------------------------------------------------
    def pick(self, seq):
        return self.r.choice(seq)

    def num(self, a, b):
        return self.r.randint(a, b)

    def chance(self, p):
        return self.r.random() < p

    def chars(self, alphabet, n):
        return ''.join(self.r.choice(alphabet) for _ in range(n))

    def hexs(self, n, upper=False):
        s = self.chars('0123456789abcdef', n)
        return s.upper() if upper else s

    def alnum(self, n):
        return self.chars(ALNUM, n)

    def lower(self, n):
        return self.chars(string.ascii_lowercase + string.digits, n)

    def upper(self, n):
        return self.chars(string.ascii_uppercase + string.digits, n)

    def digits(self, n):
        return str(self.num(1, 9)) + self.chars(string.digits, n - 1)

    def rbytes(self, n):
        return bytes(self.r.randrange(256) for _ in range(n))

    def b64(self, nbytes):
        return base64.b64encode(self.rbytes(nbytes)).decode()

    @staticmethod
    def b64enc(data, encoding='utf-8'):
        if isinstance(data, str):
            data = data.encode(encoding)
        return base64.b64encode(data).decode()

    def b64url(self, n):
        return self.chars(ALNUM + '-_', n - 1) + self.alnum(1)

    # ---- people --------------------------------------------------------------------------
    def first(self):
        return self.pick(FIRST)

    def last(self):
        return self.pick(LAST)

    def person(self):
        return f'{self.first()} {self.last()}'

    def user(self):
        return (self.first()[0] + self.last()).lower()

    # ---- e-mail --------------------------------------------------------------------------
    def email_raw(self, first=None, last=None, domain=None):
        f = (first or self.first()).lower()
        la = (last or self.last()).lower()
        style = self.num(0, 5)
        if style == 0:
            local = f'{f}.{la}'
        elif style == 1:
            local = f'{f[0]}{la}'
        elif style == 2:
            local = f'{f}_{la}{self.num(1, 99)}'
        elif style == 3:
            local = f'{la}.{f[0]}'
        elif style == 4:
            local = f'{f}{self.num(60, 99)}'
        else:
            local = f'{f}-{la[:4]}'
        return f'{local}@{domain or self.pick(MAIL)}'

    def email(self, kind, raw=None, **kw):
        return self.L('EMAIL', kind, raw or self.email_raw(**kw))

    def reserved_email(self, kind='reserved_email', local=None):
        dom = self.pick(['example.com', 'example.org', 'example.net', 'mail.example', 'corp.test',
                         'lab.invalid', 'pos.example.com', 'team.example.org'])
        return self.LK(kind, f'{local or self.user()}@{dom}')

    # ---- IP addresses --------------------------------------------------------------------
    def ip4_raw(self):
        return f'{self.pick(OCT1)}.{self.num(0, 255)}.{self.num(0, 255)}.{self.num(1, 254)}'

    def ip6_raw(self):
        p = self.pick(V6P)
        n = self.num(0, 3)
        mid = f'{self.r.randrange(0x10, 0xffff):x}'
        if n == 0:
            return f'{p:x}:{mid}:{self.r.randrange(1, 0xffff):x}::{self.r.randrange(1, 0xffff):x}'
        if n == 1:
            return f'{p:x}:{mid}::{self.r.randrange(1, 0xfff):x}'
        if n == 2:
            return ':'.join([f'{p:x}', mid] + [f'{self.r.randrange(0, 0xffff):x}' for _ in range(6)])
        return f'{p:x}:{mid}:{self.r.randrange(1, 0xffff):x}:{self.r.randrange(1, 0xffff):x}::{self.num(2, 250):x}'

    def ip(self, kind, v6=0.2):
        if self.chance(v6):
            return self.L('IP_ADDRESS', kind + '_v6', self.ip6_raw())
        return self.L('IP_ADDRESS', kind, self.ip4_raw())

    def ip4(self, kind):
        return self.L('IP_ADDRESS', kind, self.ip4_raw())

    def ip6(self, kind):
        assert kind.endswith('ipv6'), kind
        return self.L('IP_ADDRESS', kind, self.ip6_raw())

    def IPu(self, kind, v6=0.2):
        """An address for a URL or host:port: IPv6 gets brackets outside the label."""
        s = self.ip(kind, v6)
        return f'[{s}]' if '_v6' + MM in s else s

    # ---- IP look-alikes ------------------------------------------------------------------
    def priv4_raw(self):
        k = self.num(0, 2)
        if k == 0:
            return f'10.{self.num(0, 255)}.{self.num(0, 255)}.{self.num(1, 254)}'
        if k == 1:
            return f'172.{self.num(16, 31)}.{self.num(0, 255)}.{self.num(1, 254)}'
        return f'192.168.{self.num(0, 255)}.{self.num(1, 254)}'

    def private_ip(self):
        return self.LK('private_ip', self.priv4_raw())

    def loopback_ip(self, raw='127.0.0.1'):
        return self.LK('loopback_ip', raw)

    def loopback_ipv6(self):
        return self.LK('loopback_ipv6', '::1')

    def unspecified_ip(self):
        return self.LK('unspecified_ip', '0.0.0.0')

    def documentation_ip(self):
        return self.LK('documentation_ip', f'{self.pick(["192.0.2", "198.51.100", "203.0.113"])}.{self.num(1, 254)}')

    def documentation_ipv6(self):
        return self.LK('documentation_ipv6', f'2001:db8:{self.r.randrange(1, 0xffff):x}::{self.r.randrange(1, 0xfff):x}')

    def link_local_ip(self):
        return self.LK('link_local_ip', f'169.254.{self.num(1, 254)}.{self.num(1, 254)}')

    def link_local_ipv6(self):
        return self.LK('link_local_ipv6', f'fe80::{self.r.randrange(1, 0xffff):x}:{self.r.randrange(0x100, 0xffff):x}:'
                                           f'{self.r.randrange(0x100, 0xffff):x}:{self.r.randrange(1, 0xffff):x}')

    def ula_ipv6(self):
        return self.LK('ula_ipv6', f'fd{self.hexs(2)}:{self.r.randrange(0x100, 0xffff):x}:{self.r.randrange(1, 0xffff):x}::{self.num(1, 250):x}')

    def shared_ip(self):
        return self.LK('shared_ip', f'100.{self.num(64, 127)}.{self.num(0, 255)}.{self.num(1, 254)}')

    def multicast_ip(self):
        return self.LK('multicast_ip', f'239.{self.num(0, 255)}.{self.num(0, 255)}.{self.num(1, 254)}')

    def benchmark_ip(self):
        return self.LK('benchmark_ip', f'198.{self.num(18, 19)}.{self.num(0, 255)}.{self.num(1, 254)}')

    def netmask(self):
        return self.LK('netmask', self.pick(['255.255.255.0', '255.255.0.0', '255.255.255.128', '255.255.252.0',
                                             '255.255.255.240']))

    def mac(self, sep=':'):
        first = self.r.randrange(0, 256) & 0xfc
        parts = [f'{first:02x}'] + [self.hexs(2) for _ in range(5)]
        return self.LK('mac_address', sep.join(parts))

    # ---- other look-alikes ---------------------------------------------------------------
    def uuid_raw(self):
        h = self.hexs(32)
        v = self.pick('89ab')
        return f'{h[:8]}-{h[8:12]}-4{h[13:16]}-{v}{h[17:20]}-{h[20:]}'

    def uuid(self, kind):
        return self.LK(kind, self.uuid_raw())

    def sha1(self, kind='sha1'):
        return self.LK(kind, self.hexs(40))

    def sha256(self, kind='sha256'):
        return self.LK(kind, self.hexs(64))

    def md5(self, kind='md5_hash'):
        return self.LK(kind, self.hexs(32))

    def short_sha(self):
        return self.LK('short_sha', self.hexs(self.pick([7, 8, 10, 12])))

    def version_raw(self):
        return f'{self.num(0, 14)}.{self.num(0, 30)}.{self.num(0, 19)}'

    def version(self, raw=None):
        return self.LK('version', raw or self.version_raw())

    def ts_raw(self, sep='T', z='Z'):
        return (f'20{self.num(23, 26)}-{self.num(1, 12):02d}-{self.num(1, 28):02d}{sep}'
                f'{self.num(0, 23):02d}:{self.num(0, 59):02d}:{self.num(0, 59):02d}{z}')

    def timestamp(self, **kw):
        return self.LK('timestamp', self.ts_raw(**kw))

    def image_digest(self):
        return self.LK('image_digest', 'sha256:' + self.hexs(64))

    def hashed_pw_raw(self, style=None):
        style = style or self.pick(['sha512crypt', 'bcrypt', 'ssha', 'pbkdf2', 'argon2'])
        if style == 'sha512crypt':
            return f'$6${self.chars(B64, 16)}${self.chars(B64, 86)}'
        if style == 'bcrypt':
            return f'$2b$12${self.chars(B64, 53)}'
        if style == 'ssha':
            return '{SSHA}' + self.b64(24)
        if style == 'pbkdf2':
            return f'pbkdf2_sha256$600000${self.alnum(22)}${self.b64(32)}'
        salt = base64.b64encode(self.rbytes(16)).decode().rstrip('=')
        hsh = base64.b64encode(self.rbytes(32)).decode().rstrip('=')
        return f'$argon2id$v=19$m=65536,t=3,p=4${salt}${hsh}'

    def hashed_pw(self, style=None):
        return self.LK('hashed_password', self.hashed_pw_raw(style))

    # ---- keys ----------------------------------------------------------------------------
    KEY_SHAPES = ['hex32', 'hex40', 'hex64', 'alnum24', 'alnum32', 'alnum40', 'upper36', 'lower32',
                  'b64_32', 'b64_48', 'b64_64', 'b64url43', 'jwt', 'uuid']

    def jwt_raw(self):
        head = base64.urlsafe_b64encode(b'{"alg":"HS256","typ":"JWT"}').decode().rstrip('=')
        body = ('{"sub":"%s","iat":%d,"scope":"%s"}' % (self.lower(10), self.num(1700000000, 1790000000),
                                                        self.pick(['read', 'write', 'ingest', 'admin'])))
        body = base64.urlsafe_b64encode(body.encode()).decode().rstrip('=')
        return f'{head}.{body}.{self.b64url(43)}'

    def key_raw(self, shape=None):
        shape = shape or self.pick(self.KEY_SHAPES)
        if shape.startswith('hex'):
            return self.hexs(int(shape[3:]))
        if shape.startswith('alnum'):
            return self.alnum(int(shape[5:]))
        if shape == 'upper36':
            return self.upper(36)
        if shape == 'lower32':
            return self.lower(32)
        if shape.startswith('b64url'):
            return self.b64url(int(shape[6:]))
        if shape.startswith('b64_'):
            return self.b64(int(shape[4:]))
        if shape == 'jwt':
            return self.jwt_raw()
        if shape == 'uuid':
            return self.uuid_raw()
        raise ValueError(shape)

    def key(self, kind, shape=None, raw=None):
        return self.L('KEY', kind, raw or self.key_raw(shape))

    # ---- passwords -----------------------------------------------------------------------
    PW_STYLES = ['phrase', 'random', 'weak', 'month', 'name_year', 'alnum', 'leet', 'word_num_word',
                 'walk', 'pronounce']

    def _sym(self, ctx, cands):
        ok = [c for c in cands if c in CTX[ctx]]
        return self.pick(ok) if ok else ''

    def pw_raw(self, ctx='quoted', style=None):
        style = style or self.pick(self.PW_STYLES)
        allowed = CTX[ctx]
        if style == 'phrase':
            words = [self.pick(WORDS) for _ in range(self.num(3, 5))]
            if self.chance(0.5):
                words = [w.capitalize() for w in words]
            sep = self._sym(ctx, '-._') or '-'
            s = sep.join(words)
            if self.chance(0.5):
                s += str(self.num(2, 99))
            return s
        if style == 'random':
            n = self.num(14, 23)
            body = self.chars(ALNUM + allowed, n - 2)
            return self.alnum(1) + body + self.alnum(1)
        if style == 'weak':
            return self.pick(WEAK)
        if style == 'month':
            s = f'{self.pick(MONTHS)}{self.num(2019, 2026)}'
            return s + ('!' if '!' in allowed and self.chance(0.6) else '')
        if style == 'name_year':
            return f'{self.first()}{self.num(1958, 2004)}'
        if style == 'alnum':
            return self.alnum(self.num(16, 28))
        if style == 'leet':
            w = self.pick(WORDS)
            lw = ''.join(LEET.get(c, c) for c in w)
            return lw.capitalize() + self.pick(WORDS).capitalize() + str(self.num(10, 999))
        if style == 'word_num_word':
            return f'{self.pick(WORDS)}{self.num(100, 999)}{self.pick(WORDS).capitalize()}'
        if style == 'walk':
            s = self.pick(WALKS)
            sym = self._sym(ctx, '!#%*+=^~')
            return s + (sym if sym and self.chance(0.5) else '')
        if style == 'pronounce':
            cons, vow = 'bdfgklmnprstvz', 'aeiou'
            parts = [''.join(self.pick(cons) + self.pick(vow) for _ in range(3)) for _ in range(3)]
            parts[0] = parts[0].capitalize()
            return '-'.join(parts) + str(self.num(1, 9))
        raise ValueError(style)

    def pw(self, kind, ctx='quoted', style=None, raw=None):
        v = raw or self.pw_raw(ctx, style)
        assert '@' not in v
        return self.L('PASSWORD', kind, v)
