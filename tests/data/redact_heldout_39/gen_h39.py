"""Value generators for held-out set 39 (standard library only)."""
import base64
import string

A = string.ascii_letters
AL = string.ascii_lowercase
AU = string.ascii_uppercase
D = string.digits
HEX = '0123456789abcdef'

# marker helpers: U+E000 TAG|kind U+E001 value U+E002
def M(tag, kind, val):
    return '\ue000%s|%s\ue001%s\ue002' % (tag, kind, val)

def LK(kind, val):
    return M('LOOK', kind, val)

PROVIDERS = ['arcor.de', 'talktalk.net', 'virginmedia.com', 'iol.pt', 'terra.com.br', 'qq.com', '163.com',
             'sina.com', 'nifty.com', 'iinet.net.au', 'telus.net', 'rogers.com', 'cox.net', 'comcast.net',
             'earthlink.net', 'hushmail.com', 'hot.ee', 'alice.it', 'planet.nl', 'online.no', 'tele2.se',
             'jubii.dk', 'kolumbus.fi', 'netvigator.com', 'pacific.net.sg', 'prodigy.net.mx', 'telkomsa.net',
             'vipmail.hu', 'a1.net', 'one.lt']
FIRST = ['rudi', 'wanjiru', 'oskar', 'mirela', 'tarek', 'ingrid', 'paulo', 'svetla', 'kenji', 'amara', 'lotte',
         'dagny', 'ilona', 'yusuf', 'marit', 'teodor', 'fenna', 'saoirse', 'jorun', 'nikolai', 'ebba', 'radek',
         'chiara', 'tuomas', 'leilani', 'zdenka', 'anselm', 'brigid', 'halvard', 'mateus', 'ottilie']
LAST = ['okafor', 'lindqvist', 'moreau', 'petrov', 'haddad', 'nakamura', 'silva', 'kowalczyk', 'brennan',
        'vasquez', 'holm', 'dimitrov', 'achterberg', 'rautio', 'fitzgerald', 'szabo', 'mensah', 'kaur']
RESERVED = ['example.com', 'example.org', 'example.net', 'test.invalid', 'mail.example', 'corp.localhost']
# public IPv4 first octets (avoid 0,10,100,127,169,172,192,198,203,224+)
V4A = [2, 5, 23, 31, 37, 41, 45, 46, 51, 62, 77, 78, 80, 82, 85, 89, 91, 93, 94, 95, 109, 130, 141, 145, 151,
       154, 176, 178, 185, 188, 193, 194, 195, 212, 213, 217]
V6P = ['2a01:4f8', '2a02:c207', '2001:41d0', '2a00:1450', '2a03:b0c0', '2600:1f18', '2604:a880', '2a05:d014',
       '2406:da18', '2c0f:fb50', '2803:9800', '2a0e:97c0', '2001:67c', '2620:11c', '2a10:3781']
WORDS = ['marigold', 'tundra', 'basalt', 'cobalt', 'saffron', 'glacier', 'thistle', 'ember', 'tapir', 'sextant',
         'cactus', 'nectar', 'pylon', 'quartz', 'rhubarb', 'sherbet', 'galleon', 'umber', 'vortex', 'wombat',
         'yodel', 'marzipan', 'acorn', 'bison', 'cinder', 'typecaster', 'fjord', 'parsnip', 'hazel', 'iguana', 'kelp',
         'kumquat', 'mango', 'nutmeg', 'osprey', 'paprika', 'quokka', 'ravioli', 'sequoia', 'trombone']
WEAK = ['Sunshine2027', 'Harvest2026!', 'Autumn2025', 'Iloveyou1', 'Princess22', 'Qwertyuiop1', 'Asdfgh123',
        'Batgirl77', 'Skywalker1', 'Shadow2026', 'Freedom99', 'Hockey2025', 'Purple123', 'Winter2026']
CITIES = ['Tampere', 'Bergen', 'Cuenca', 'Brno', 'Arequipa', 'Mombasa', 'Kaunas', 'Tartu', 'Aalborg', 'Oaxaca']
MONTHS = ['January', 'February', 'March', 'April', 'June', 'July', 'August', 'October', 'November', 'December']
SYLL = ['ka', 'lo', 'mi', 'ne', 'ru', 'ta', 'vo', 'zu', 'be', 'di', 'fo', 'gu', 'pa', 'se', 'ti']
LEET = {'a': '4', 'e': '3', 'i': '1', 'o': '0', 's': '5', 't': '7'}

# allowed symbols per context
CTX = {
    'url': '-_.~', 'shell': '-_.+:=%^', 'ini': '-_.!+=^%~', 'quoted': '-_.!#%*+=?^~:,', 'yaml': '-_.!+=^',
    'plain': '-_.', 'prose': '-_.!#%*+=?^~', 'xml': '-_.!#%*+=?^~:,', 'sql': '-_.!#%*+=?^~:,',
}
END_OK = {'url': False, 'shell': False, 'plain': False, 'prose': False}


class G:
    def __init__(self, rng):
        self.r = rng

    def pick(self, seq):
        return self.r.choice(seq)

    def chance(self, p):
        return self.r.random() < p

    def s(self, alpha, n):
        return ''.join(self.r.choice(alpha) for _ in range(n))

    def name(self):
        return self.pick(FIRST)

    # ---- e-mail
    def email_raw(self, domain=None):
        f, l = self.pick(FIRST), self.pick(LAST)
        style = self.r.randrange(5)
        local = [f + '.' + l, f[0] + l, f + '_' + l + str(self.r.randrange(10, 99)), l + '.' + f[0], f + str(self.r.randrange(1970, 2005))][style]
        return local + '@' + (domain or self.pick(PROVIDERS))

    def email(self, kind='email', domain=None):
        return M('EMAIL', kind, self.email_raw(domain))

    def resv_email(self, local=None):
        return LK('reserved_email', (local or self.pick(['admin', 'jane.doe', 'noreply', 'ops', 'user', 'you'])) + '@' + self.pick(RESERVED))

    # ---- IPs
    def ip4_raw(self):
        a = self.pick(V4A)
        return '%d.%d.%d.%d' % (a, self.r.randrange(0, 256), self.r.randrange(0, 256), self.r.randrange(1, 255))

    def ip6_raw(self):
        p = self.pick(V6P)
        n = 8 - len(p.split(':'))
        groups = ['%x' % self.r.randrange(1, 0x10000) for _ in range(n)]
        if self.chance(0.5):
            # compress a middle run
            return p + ':' + '%x' % self.r.randrange(1, 0x10000) + '::' + '%x' % self.r.randrange(1, 0x10000)
        return p + ':' + ':'.join(groups)

    def ip4(self, kind='ip'):
        return M('IP_ADDRESS', kind, self.ip4_raw())

    def ip6(self, kind='ip6'):
        return M('IP_ADDRESS', kind, self.ip6_raw())

    def ip(self, kind='ip', p6=0.3):
        if self.chance(p6):
            return M('IP_ADDRESS', kind + '_v6', self.ip6_raw())
        return M('IP_ADDRESS', kind, self.ip4_raw())

    def priv(self):
        c = self.r.randrange(3)
        if c == 0:
            v = '10.%d.%d.%d' % (self.r.randrange(256), self.r.randrange(256), self.r.randrange(1, 255))
        elif c == 1:
            v = '172.%d.%d.%d' % (self.r.randrange(16, 32), self.r.randrange(256), self.r.randrange(1, 255))
        else:
            v = '192.168.%d.%d' % (self.r.randrange(256), self.r.randrange(1, 255))
        return LK('private_ip', v)

    def priv6(self):
        return LK('ula_ipv6', 'fd%02x:%x:%x::%x' % (self.r.randrange(256), self.r.randrange(1, 65536), self.r.randrange(1, 65536), self.r.randrange(1, 65536)))

    def docip(self):
        if self.chance(0.25):
            return LK('documentation_ip', '2001:db8::%x' % self.r.randrange(1, 65536))
        net = self.pick(['192.0.2', '198.51.100', '203.0.113'])
        return LK('documentation_ip', '%s.%d' % (net, self.r.randrange(1, 255)))

    def loop(self):
        return LK('loopback_ip', self.pick(['127.0.0.1', '::1']))

    def cgnat(self):
        return LK('shared_ip', '100.%d.%d.%d' % (self.r.randrange(64, 128), self.r.randrange(256), self.r.randrange(1, 255)))

    # ---- look-alike values
    def uuid_raw(self):
        h = self.s(HEX, 32)
        h = h[:12] + '4' + h[13:16] + self.pick('89ab') + h[17:]
        return '%s-%s-%s-%s-%s' % (h[:8], h[8:12], h[12:16], h[16:20], h[20:])

    def uuid(self):
        return LK('uuid', self.uuid_raw())

    def sha256(self):
        return LK('sha256', self.s(HEX, 64))

    def sha1(self):
        return LK('sha1', self.s(HEX, 40))

    def short_sha(self):
        return LK('short_sha', self.s(HEX, self.pick([7, 8, 10, 12])))

    def version(self):
        v = '%d.%d.%d' % (self.r.randrange(0, 20), self.r.randrange(0, 40), self.r.randrange(0, 30))
        return LK('version', v)

    def pubkey_ssh(self):
        return LK('public_key', 'ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI' + self.s(A + D + '+/', 43))

    def age_pub(self):
        return LK('public_key', 'age1' + self.s('qpzry9x8gf2tvdw0s3jn54khce6mua7l', 58))

    def mac(self):
        return LK('mac_address', ':'.join('%02x' % self.r.randrange(256) for _ in range(6)))

    def placeholder(self):
        return LK('placeholder', self.pick(['changeme', '<your-token-here>', 'REPLACE_ME', 'xxxxxxxx', '********', 'TODO', '<password>', 'YOUR_API_KEY']))

    def ref(self, name):
        return LK('secret_reference', name)

    # ---- keys
    def key_raw(self, shape=None):
        shape = shape or self.pick(['hex32', 'hex40', 'hex64', 'an32', 'an40', 'b64_32', 'b64url43', 'lan32'])
        r = self.r
        if shape == 'hex32': return self.s(HEX, 32)
        if shape == 'hex40': return self.s(HEX, 40)
        if shape == 'hex64': return self.s(HEX, 64)
        if shape == 'an32': return self.s(A + D, 32)
        if shape == 'an40': return self.s(A + D, 40)
        if shape == 'an24': return self.s(A + D, 24)
        if shape == 'lan32': return self.s(AL + D, 32)
        if shape == 'b64_32': return base64.b64encode(bytes(r.randrange(256) for _ in range(32))).decode()
        if shape == 'b64_48': return base64.b64encode(bytes(r.randrange(256) for _ in range(48))).decode()
        if shape == 'b64url43': return self.s(A + D + '-_', 42) + self.s(A + D, 1)
        if shape == 'lsv2': return 'lsv2_pt_' + self.s(HEX, 32) + '_' + self.s(HEX, 10)
        if shape == 'astracs': return 'AstraCS:' + self.s(A, 24) + ':' + self.s(HEX, 64)
        if shape == 'pcsk': return 'pcsk_' + self.s(A + D, 6) + '_' + self.s(A + D, 60)
        if shape == 'glft': return 'glft-' + self.s(A + D + '-_', 20)
        if shape == 'orv1': return 'sk-or-v1-' + self.s(HEX, 64)
        if shape == 'jwt':
            def b(n): return self.s(A + D + '-_', n)
            return 'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJ' + b(60) + '.' + b(43)
        if shape == 'uuidkey': return self.uuid_raw()
        if shape == 'dashed': return '-'.join(self.s(AU + D, 5) for _ in range(5))
        if shape == 'upper20': return self.s(AU + D, 20)
        raise ValueError(shape)

    def key(self, kind='key', shape=None):
        return M('KEY', kind, self.key_raw(shape))

    # ---- passwords
    def pw_raw(self, ctx='quoted', style=None):
        r = self.r
        sym = CTX[ctx]
        style = style if style is not None else r.randrange(11)
        W = lambda: self.pick(WORDS)
        if style == 0:
            v = W().capitalize() + self.pick([s for s in '-_.!' if s in sym] or ['']) + W().capitalize() + str(r.randrange(10, 999))
        elif style == 1:
            sep = self.pick([s for s in '-._' if s in sym])
            v = sep.join(W() for _ in range(r.randrange(3, 6)))
            if self.chance(0.5): v += sep + str(r.randrange(1, 99))
        elif style == 2:
            n = r.randrange(14, 24)
            al = A + D + sym
            v = self.s(A + D, 1) + self.s(al, n - 2) + self.s(A + D, 1)
        elif style == 3:
            v = self.pick(WEAK)
            if not v[-1].isalnum() and ctx in END_OK: v = v[:-1]
            if '!' in v and '!' not in sym: v = v.replace('!', '')
        elif style == 4:
            v = self.pick(MONTHS) + str(r.randrange(2019, 2028))
        elif style == 5:
            parts = [self.s(AL + D, 6) for _ in range(3)]
            parts[r.randrange(3)] = self.s(AU, 1) + parts[0][1:]
            v = '-'.join(parts) if '-' in sym else ''.join(parts)
        elif style == 6:
            w = W()
            v = ''.join(LEET.get(c, c) for c in w) + W().capitalize() + str(r.randrange(1, 9999))
        elif style == 7:
            v = self.pick(FIRST).capitalize() + str(r.randrange(1950, 2010))
        elif style == 8:
            v = ''.join(self.pick(SYLL) for _ in range(r.randrange(3, 5))).capitalize() + str(r.randrange(10, 99))
        elif style == 9:
            v = self.s(A + D, r.randrange(16, 29))
        else:
            s = [c for c in '!#%+=^' if c in sym]
            v = self.pick(CITIES) + str(r.randrange(1, 99)) + (self.pick(s) if s else '') + W()
        assert '@' not in v
        return v

    def pw(self, kind='password', ctx='quoted', style=None):
        return M('PASSWORD', kind, self.pw_raw(ctx, style))

    def pin(self, kind='pin'):
        return M('PASSWORD', kind, str(self.r.randrange(1000, 999999)).zfill(self.pick([4, 6])))

    def date(self):
        return '2026-%02d-%02d' % (self.r.randrange(1, 13), self.r.randrange(1, 29))

    def ts(self):
        return '%sT%02d:%02d:%02dZ' % (self.date(), self.r.randrange(24), self.r.randrange(60), self.r.randrange(60))

    def port(self):
        return self.pick([8080, 8443, 9000, 5432, 3306, 6379, 443, 2222, 5000, 9200])
