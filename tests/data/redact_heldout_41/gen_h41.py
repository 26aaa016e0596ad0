"""Value generators for held-out set 41 (standard library only)."""
import base64
import string

S, M, E = "\ue000", "\ue001", "\ue002"

PROVIDERS = [
    "rocketmail.com", "ymail.com", "videotron.ca", "club-internet.fr", "tlen.pl", "hetnet.nl", "home.nl",
    "hispeed.ch", "spray.se", "comhem.se", "telenor.no", "start.no", "tpg.com.au", "internode.on.net",
    "clear.net.nz", "sify.com", "nate.com", "126.com", "yeah.net", "i.ua", "meta.ua", "inbox.ru", "list.ru",
    "op.pl", "mail.bg",
]
FIRST = ["ottilie", "bartholomew", "ximena", "yusuf", "ingeborg", "radomir", "fenella", "ciaran", "liesel",
         "teodor", "maren", "oona", "casimir", "anouk", "dagny", "emeric", "folke", "gunnhild", "hallvard",
         "jarmila", "ludmila", "mirela", "nikolaj", "odalys", "quirin", "rosalind", "sigrun", "tamsin", "ulrike",
         "vesna", "wendel", "yelena", "zdenka", "leocadia", "porfirio", "evander", "florimond", "hedwig", "jovan",
         "lavinia", "marit", "orsolya", "prosper"]
LAST = ["hartwell", "penhallow", "trevanion", "kowalczyk", "vandermeer", "okonkwo", "brannigan", "illingworth",
        "mcquarrie", "oyelaran", "rautio", "lindqvist", "haugland", "mikkelsen", "papadakis", "castellanos",
        "deverell", "quennell", "abernathy", "whitcombe"]
WORDS = ["walnut", "ember", "thistle", "meadow", "cobalt", "saffron", "tundra", "velvet", "canyon", "fjord",
         "glacier", "lagoon", "nectar", "prairie", "quartz", "rowan", "sorrel", "umber", "vortex", "wicker",
         "basalt", "cinder", "grotto", "hollow", "ivory", "jasper", "kelp", "loam", "nutmeg", "oxbow", "paprika",
         "russet", "sable", "tansy"]
WEAK = ["Sunflower7", "Dragonfly5", "Hunter22", "Marigold8", "Snoopy1985", "Wombat44", "Penguin77", "Kestrel21",
        "Lighthouse3", "Autumn2026", "Winter2027"]
MONTHS = ["January", "March", "April", "June", "August", "October", "November", "December"]
CITIES = ["Tromso", "Ghent", "Plovdiv", "Rosario", "Tartu", "Ljubljana", "Oulu", "Bergamo", "Kaunas", "Brno"]

# characters a password may contain besides letters and digits, by context
CTX = {
    "url": "-_.~",
    "shell": "-_.+:=%^",
    "ini": "-_.!+=^%~",
    "quoted": "-_.!#%*+=?^~:,",
    "xml": "-_.!#%*+=?^~:,",
    "yaml": "-_.!+=^",
    "plain": "-_.",
    "prose": "-_.!#%*+=?^~",
}
PUB4 = [23, 31, 37, 46, 51, 62, 77, 78, 80, 81, 85, 89, 91, 94, 103, 109, 118, 130, 141, 147, 154, 160, 164,
        176, 185, 188, 193, 195, 203, 212, 213, 217, 185]
PUB6 = ["2a01:4f8", "2a02:c207", "2001:41d0", "2a00:1450", "2604:a880", "2a03:b0c0", "2001:67c", "2406:da18",
        "2600:1f18", "2a05:d014", "2c0f:fb50", "2803:9800"]
AN = string.ascii_letters + string.digits
LO = string.ascii_lowercase + string.digits
HEX = "0123456789abcdef"
B58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"


def mk(tag, kind, val):
    return f"{S}{tag}|{kind}{M}{val}{E}"


class G:
    def __init__(self, rng):
        self.r = rng

    # raw helpers
    def s(self, alphabet, n):
        return "".join(self.r.choice(alphabet) for _ in range(n))

    def hx(self, n):
        return self.s(HEX, n)

    def pick(self, seq):
        return self.r.choice(seq)

    def first(self):
        return self.pick(FIRST)

    def last(self):
        return self.pick(LAST)

    def word(self):
        return self.pick(WORDS)

    def n(self, a, b):
        return self.r.randint(a, b)

    # e-mail
    def email_raw(self, domain=None):
        f, l = self.first(), self.last()
        style = self.r.randrange(6)
        if style == 0:
            u = f"{f}.{l}"
        elif style == 1:
            u = f"{f[0]}{l}"
        elif style == 2:
            u = f"{f}{self.n(1, 99)}"
        elif style == 3:
            u = f"{l}_{f[:3]}"
        elif style == 4:
            u = f"{f}-{l}{self.n(60, 99)}"
        else:
            u = f"{f}+{self.word()}"
        return f"{u}@{domain or self.pick(PROVIDERS)}"

    def E(self, kind="email", domain=None):
        return mk("EMAIL", kind, self.email_raw(domain))

    def EX(self, kind, addr):
        return mk("EMAIL", kind, addr)

    # IPs
    def ip4_raw(self):
        return f"{self.pick(PUB4)}.{self.n(0, 255)}.{self.n(0, 255)}.{self.n(1, 254)}"

    def ip6_raw(self):
        p = self.pick(PUB6)
        rest = [format(self.n(1, 0xffff), "x") for _ in range(self.n(2, 4))]
        tail = ":".join(rest)
        if self.r.random() < 0.5:
            return f"{p}:{format(self.n(0, 0xffff), 'x')}::{tail}"
        parts = p.split(":") + [format(self.n(0, 0xffff), "x") for _ in range(8 - len(p.split(":")))]
        return ":".join(parts)

    def I4(self, kind="ip"):
        return mk("IP_ADDRESS", kind, self.ip4_raw())

    def I6(self, kind="ip6"):
        return mk("IP_ADDRESS", kind, self.ip6_raw())

    def I(self, kind="ip", p6=0.2):
        if self.r.random() < p6:
            return mk("IP_ADDRESS", kind + "_v6", self.ip6_raw())
        return self.I4(kind)

    def IU(self, kind="ip", p6=0.2):
        """IP for a URL host: IPv6 in brackets."""
        if self.r.random() < p6:
            return "[" + mk("IP_ADDRESS", kind + "_v6", self.ip6_raw()) + "]"
        return self.I4(kind)

    # keys
    def key_raw(self, shape=None):
        r = self.r
        shapes = ["hex32", "hex40", "hex64", "an24", "an32", "an40", "lo32", "b64_32", "b64_48", "b64u43",
                  "jwt", "uuid", "gloas", "rk_test", "dor_v1", "lin_oauth", "tfp", "absk", "cfut", "nrjs",
                  "dash_old", "xprv", "y0", "pypi", "xoxa"]
        sh = shape or r.choice(shapes)
        if sh == "hex32":
            return self.hx(32)
        if sh == "hex40":
            return self.hx(40)
        if sh == "hex64":
            return self.hx(64)
        if sh == "an24":
            return self.s(AN, 24)
        if sh == "an32":
            return self.s(AN, 32)
        if sh == "an40":
            return self.s(AN, 40)
        if sh == "lo32":
            return self.s(LO, 32)
        if sh == "b64_32":
            return base64.b64encode(bytes(r.randrange(256) for _ in range(32))).decode()
        if sh == "b64_48":
            return base64.b64encode(bytes(r.randrange(256) for _ in range(48))).decode()
        if sh == "b64_64":
            return base64.b64encode(bytes(r.randrange(256) for _ in range(64))).decode()
        if sh == "b64u43":
            return base64.urlsafe_b64encode(bytes(r.randrange(256) for _ in range(32))).decode().rstrip("=")
        if sh == "jwt":
            h = base64.urlsafe_b64encode(b'{"alg":"HS256","typ":"JWT"}').decode().rstrip("=")
            body = '{"sub":"%s","iat":%d}' % (self.s(LO, 10), r.randint(1700000000, 1790000000))
            p = base64.urlsafe_b64encode(body.encode()).decode().rstrip("=")
            return f"{h}.{p}.{self.s(AN + '-_', 43)}"
        if sh == "uuid":
            return self.uuid_raw()
        if sh == "gloas":
            return "gloas-" + self.hx(64)
        if sh == "rk_test":
            return "rk_test_" + self.s(AN, r.randint(24, 34))
        if sh == "dor_v1":
            return "dor_v1_" + self.hx(64)
        if sh == "lin_oauth":
            return "lin_oauth_" + self.hx(64)
        if sh == "tfp":
            return "tfp_" + self.s(AN, 44)
        if sh == "absk":
            return "ABSK" + base64.b64encode(bytes(r.randrange(256) for _ in range(84))).decode()
        if sh == "cfut":
            return "cfut_" + self.s(AN, 40)
        if sh == "nrjs":
            return "NRJS-" + self.s("0123456789ABCDEF", 19)
        if sh == "dash_old":
            js = '{"k":"%s","n":"%s","id":%d}' % (self.s(AN, 32), self.word(), r.randint(1, 9))
            return base64.b64encode(js.encode()).decode()
        if sh == "xprv":
            return "xprv" + self.s(B58, 107)
        if sh == "y0":
            return "y0_" + self.s(AN + "-_", 55)
        if sh == "pypi":
            return "pypi-AgEI" + self.s(AN + "-_", 150)
        if sh == "xoxa":
            return f"xoxa-2-{r.randint(10**10, 10**11)}-{r.randint(10**11, 10**12)}-{r.randint(10**11, 10**12)}-{self.hx(64)}"
        raise ValueError(sh)

    def K(self, kind="key", shape=None):
        return mk("KEY", kind, self.key_raw(shape))

    def KU(self, kind="key"):
        """Key safe in URLs and unquoted contexts."""
        return mk("KEY", kind, self.key_raw(self.pick(["hex32", "hex40", "an32", "an40", "lo32", "b64u43", "cfut", "tfp", "rk_test", "dor_v1"])))

    # passwords
    def pw_raw(self, ctx="quoted"):
        r = self.r
        sym = CTX[ctx]
        st = r.randrange(10)
        if st == 0:  # passphrase
            sep = r.choice([c for c in "-._" if c in sym])
            w = [self.word() for _ in range(r.randint(3, 5))]
            if r.random() < 0.5:
                w.append(str(r.randint(2, 99)))
            return sep.join(w)
        if st == 1:  # random with symbols
            mid = self.s(AN + sym, r.randint(12, 21))
            return self.s(AN, 1) + mid + self.s(AN, 1)
        if st == 2:
            return r.choice(WEAK)
        if st == 3:
            m = r.choice(MONTHS) + str(r.randint(2024, 2027))
            return m + ("!" if "!" in sym else "")
        if st == 4:  # generated groups
            g = [self.s(string.ascii_lowercase + string.digits, 6) for _ in range(3)]
            g[r.randrange(3)] = self.s(string.ascii_uppercase, 5) + str(r.randint(0, 9))
            return "-".join(g)
        if st == 5:  # leetspeak
            w = self.word()
            leet = w.replace("a", "4").replace("e", "3").replace("o", "0").replace("i", "1")
            return leet.capitalize() + self.word().capitalize() + str(r.randint(10, 999))
        if st == 6:
            return self.first().capitalize() + str(r.randint(1955, 2004))
        if st == 7:  # syllables
            syl = ["ka", "lo", "ve", "tri", "mun", "sa", "dre", "po", "zu", "fen"]
            return "".join(r.choice(syl) for _ in range(4)).capitalize() + str(r.randint(100, 9999))
        if st == 8:
            return self.s(AN, r.randint(16, 28))
        c = r.choice(CITIES) + str(r.randint(10, 99))
        s2 = r.choice([x for x in "!#%+=^_" if x in sym])
        return c + s2 + self.word()

    def P(self, kind="password", ctx="quoted"):
        return mk("PASSWORD", kind, self.pw_raw(ctx))

    # look-alikes
    def L(self, kind, val):
        return mk("LOOK", kind, val)

    def uuid_raw(self):
        h = self.hx(32)
        h = h[:12] + "4" + h[13:16] + self.pick("89ab") + h[17:]
        return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"

    def priv(self):
        c = self.r.randrange(3)
        if c == 0:
            v = f"10.{self.n(0, 255)}.{self.n(0, 255)}.{self.n(1, 254)}"
        elif c == 1:
            v = f"172.{self.n(16, 31)}.{self.n(0, 255)}.{self.n(1, 254)}"
        else:
            v = f"192.168.{self.n(0, 255)}.{self.n(1, 254)}"
        return self.L("private_ip", v)

    def loop(self):
        return self.L("loopback_ip", self.pick(["127.0.0.1", "127.0.0.1", f"127.0.{self.n(0, 9)}.{self.n(1, 9)}"]))

    def loop6(self):
        return self.L("loopback_ip", "::1")

    def unspec(self):
        return self.L("unspecified_ip", "0.0.0.0")

    def doc(self):
        v = self.pick([f"192.0.2.{self.n(1, 254)}", f"198.51.100.{self.n(1, 254)}", f"203.0.113.{self.n(1, 254)}",
                       f"2001:db8::{format(self.n(1, 0xffff), 'x')}"])
        return self.L("documentation_ip", v)

    def shared(self):
        return self.L("shared_ip", f"100.{self.n(64, 127)}.{self.n(0, 255)}.{self.n(1, 254)}")

    def linklocal(self):
        if self.r.random() < 0.5:
            return self.L("link_local_ip", f"169.254.{self.n(1, 254)}.{self.n(1, 254)}")
        return self.L("link_local_ip", f"fe80::{format(self.n(1, 0xffff), 'x')}:{format(self.n(1, 0xffff), 'x')}")

    def bench(self):
        return self.L("benchmark_ip", f"198.{self.n(18, 19)}.{self.n(0, 255)}.{self.n(1, 254)}")

    def ula(self):
        return self.L("ula_ipv6", f"fd{self.hx(2)}:{self.hx(4)}:{self.hx(4)}::{format(self.n(1, 0xfff), 'x')}")

    def remail(self):
        d = self.pick(["example.com", "example.org", "example.net", "mail.example", "corp.test", "shop.invalid",
                       "dev.localhost"])
        return self.L("reserved_email", f"{self.pick(['alice', 'bob', 'ops', 'noreply', 'admin', 'jane.doe', 'billing'])}@{d}")

    def msgid(self):
        return self.L("message_id", f"<{self.hx(16)}.{self.n(1000, 9999)}@mx{self.n(1, 9)}.{self.pick(['tarnwick', 'quillmere', 'fellgate'])}.mailhost>")

    def sshtarget(self):
        return self.L("ssh_target", f"{self.pick(['deploy', 'ops', 'backup', 'git'])}@{self.pick(['bastion', 'nas01', 'build-7', 'db-replica'])}")

    def ver(self):
        c = self.r.randrange(4)
        if c == 0:
            v = f"{self.n(0, 9)}.{self.n(0, 30)}.{self.n(0, 20)}"
        elif c == 1:
            v = f"v{self.n(1, 4)}.{self.n(0, 40)}.{self.n(0, 9)}"
        elif c == 2:
            v = f"{self.n(1, 20)}.{self.n(0, 9)}"
        else:
            v = f"{self.n(1, 3)}.{self.n(0, 12)}.{self.n(0, 9)}.{self.n(0, 9)}"
        return self.L("version", v)

    def sha1(self):
        return self.L("sha1", self.hx(40))

    def sha256(self):
        return self.L("sha256", self.hx(64))

    def ssha(self):
        return self.L("short_sha", self.hx(self.pick([7, 8, 10, 12])))

    def md5(self):
        return self.L("md5", self.hx(32))

    def digest(self):
        return self.L("image_digest", "sha256:" + self.hx(64))

    def uid(self, kind="uuid"):
        return self.L(kind, self.uuid_raw())

    def ulid(self):
        return self.L("ulid", "01" + self.s("0123456789ABCDEFGHJKMNPQRSTVWXYZ", 24))

    def objid(self):
        return self.L("object_id", self.hx(24))

    def sshpub(self):
        b = base64.b64encode(b"\x00\x00\x00\x0bssh-ed25519\x00\x00\x00 " + bytes(self.r.randrange(256) for _ in range(32))).decode()
        return self.L("public_key", "ssh-ed25519 " + b)

    def wgpub(self):
        return self.L("public_key", base64.b64encode(bytes(self.r.randrange(256) for _ in range(32))).decode())

    def xpub(self):
        return self.L("public_key", "xpub" + self.s(B58, 107))

    def thumb(self):
        return self.L("cert_thumbprint", ":".join(self.hx(2).upper() for _ in range(20)))

    def pin(self):
        return self.L("pin_sha256", base64.b64encode(bytes(self.r.randrange(256) for _ in range(32))).decode())

    def bcrypt(self):
        return self.L("bcrypt_hash", "$2b$12$" + self.s(string.ascii_letters + string.digits + "./", 53))

    def shacrypt(self):
        return self.L("sha512crypt_hash", "$6$" + self.s(AN, 16) + "$" + self.s(AN + "./", 86))

    def ph(self, v):
        return self.L("placeholder", v)

    def ref(self, v):
        return self.L("secret_reference", v)

    def masked(self):
        return self.L("masked", self.pick(["********", "**********", "[REDACTED]", "xxxxxxxx", "•••••••"]))

    def keyid(self):
        return self.L("key_id", self.s("0123456789ABCDEF", 16))
