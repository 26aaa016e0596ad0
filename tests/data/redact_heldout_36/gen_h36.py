"""Value generators for held-out set 36 (standard library only).

Every value is random; none is a real credential.  Planted values are wrapped in
private-use markers: U+E000 TAG|kind U+E001 value U+E002 (TAG LOOK = look-alike).
"""
import base64
import ipaddress
import string

M0, M1, M2 = "\ue000", "\ue001", "\ue002"
HEX = "0123456789abcdef"
ALNUM = string.ascii_letters + string.digits
LOWALNUM = string.ascii_lowercase + string.digits
UPALNUM = string.ascii_uppercase + string.digits
B64URL = ALNUM + "-_"

PROVIDERS = ["seznam.cz", "libero.it", "laposte.net", "tutanota.com", "fastmail.com", "icloud.com",
             "outlook.com", "hotmail.com", "aol.com", "inbox.lv", "abv.bg", "rediffmail.com",
             "t-online.de", "posteo.de", "interia.pl", "virgilio.it", "sapo.pt", "bluewin.ch",
             "telenet.be", "xs4all.nl"]
FIRST = ["Ilse", "Bartek", "Oddny", "Ramunas", "Zeynep", "Kaito", "Anouk", "Thiago", "Ingrid", "Milos",
         "Ayesha", "Nadia", "Femi", "Rafaela", "Oskar", "Leilani", "Dmitri", "Priya", "Mateo", "Yusra",
         "Ewan", "Hanne", "Kalani", "Bogdan", "Shirin", "Jonas", "Adaeze", "Lorcan", "Mirela", "Teodor",
         "Akosua", "Henrik", "Paloma", "Wiremu", "Sakura", "Vidar", "Ines", "Kofi", "Livia", "Radek",
         "Matteo", "Annika", "Tariq", "Solveig", "Emeka", "Zofia", "Arvid", "Nomvula", "Ciaran"]
SURN = ["novak", "okafor", "lindqvist", "moreau", "haddad", "tanaka", "kowalski", "oyelaran", "brennan",
        "castellanos", "virtanen", "demir", "petrescu", "abernathy", "nakamura", "sorensen", "mbeki",
        "quintero", "halvorsen", "marchetti", "osei", "dubois", "varga", "rahimi", "ferreira"]
WORDS = ["quillon", "tamarind", "sorrel", "bittern", "lichen", "basalt", "quince", "marram", "tundra",
         "cobalt", "saffron", "thistle", "marigold", "nutmeg", "osprey", "puffin", "badger", "otter",
         "tallow", "vellum", "parsnip", "turnip", "radish", "pumice", "slate", "ochre", "umber", "sienna",
         "cinnabar", "verdigris", "larch", "rowan", "hazel", "spruce", "aspen", "hornbeam", "chicory",
         "borage", "lovage", "tansy", "burdock", "mallow", "sedge", "bracken", "gorse", "dunnock",
         "linnet", "siskin", "redpoll", "bunting", "shrike", "grebe", "moorhen", "godwit", "dunlin",
         "whimbrel", "ptarmigan", "corncrake", "nightjar", "hoopoe", "gannet", "fulmar", "skua",
         "razorbill", "guillemot", "kittiwake", "eider", "scoter", "smew", "goosander"]
CITIES = ["Tartu", "Trondheim", "Ljubljana", "Brno", "Porto", "Bilbao", "Gdansk", "Tampere", "Bergen",
          "Linz", "Ghent", "Utrecht", "Lyon", "Turin", "Kaunas", "Plovdiv", "Cluj", "Debrecen", "Kosice",
          "Rijeka", "Malmo", "Odense", "Galway", "Dundee", "Hobart", "Dunedin", "Tromso", "Oulu"]
WEAK = ["Autumn2024", "Qwerty2025", "Zaq12wsx", "Letmein99", "Changeme1", "Passw0rd2024", "Abc12345",
        "Welcome01", "Monkey2025", "Sunshine7", "Football1", "Dragon2024"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]
LEET = {"a": "4", "e": "3", "i": "1", "o": "0", "s": "5", "t": "7"}

# characters each context allows in a password (besides letters and digits)
CTX = {
    "url": "-_.~", "shell": "-_.+:=%^", "ini": "-_.!+=^%~", "quoted": "-_.!#%*+=?^~:,",
    "xml": "-_.!#%*+=?^~:,", "yaml": "-_.!+=^", "plain": "-_.", "prose": "-_.!#%*+=?^~",
}
NOEND = {"url", "shell", "plain", "prose"}


def mark(tag, kind, val):
    return f"{M0}{tag}|{kind}{M1}{val}{M2}"


V6_PREFIX = ["2a00", "2a01", "2a02", "2a03", "2a05", "2a06", "2a09", "2a0a", "2a0e", "2a10", "2600",
             "2602", "2604", "2605", "2607", "2620", "2400", "2401", "2403", "2404", "2406", "2408",
             "2c0f", "2800", "2803"]


class G:
    def __init__(self, r):
        self.r = r

    # ---------- small helpers ----------
    def ch(self, seq):
        return self.r.choice(seq)

    def s(self, alphabet, n):
        return "".join(self.r.choice(alphabet) for _ in range(n))

    def hexs(self, n):
        return self.s(HEX, n)

    def num(self, a, b):
        return self.r.randint(a, b)

    def first(self):
        return self.ch(FIRST)

    def surname(self):
        return self.ch(SURN)

    def word(self):
        return self.ch(WORDS)

    # ---------- IPs ----------
    def ipv4_raw(self):
        while True:
            a = self.r.randint(1, 223)
            if a in (10, 100, 127, 169, 172, 192, 198, 203):
                continue
            ip = f"{a}.{self.r.randint(0, 255)}.{self.r.randint(0, 255)}.{self.r.randint(1, 254)}"
            o = ipaddress.ip_address(ip)
            if o.is_global and not o.is_multicast:
                return ip

    def ipv6_raw(self):
        while True:
            groups = [self.ch(V6_PREFIX)] + [format(self.r.randint(0, 0xffff), "x") for _ in range(7)]
            k = self.r.random()
            if k < 0.5:
                z = self.r.randint(2, 5)
                for i in range(z, min(8, z + self.r.randint(2, 4))):
                    groups[i] = "0"
            elif k < 0.7:
                groups[3] = "0"
            o = ipaddress.IPv6Address(":".join(groups))
            if o.is_global and not o.is_multicast:
                return str(o)

    def ip(self, kind, v6=0.12, br=False):
        """Labelled public IP; br=True writes IPv6 in brackets (URL / host:port)."""
        if v6 and self.r.random() < v6:
            v = mark("IP_ADDRESS", kind + "_v6", self.ipv6_raw())
            return f"[{v}]" if br else v
        return mark("IP_ADDRESS", kind, self.ipv4_raw())

    def ip4(self, kind):
        return mark("IP_ADDRESS", kind, self.ipv4_raw())

    def ip6(self, kind, br=False):
        v = mark("IP_ADDRESS", kind, self.ipv6_raw())
        return f"[{v}]" if br else v

    # ---------- e-mail ----------
    def local(self):
        f, s = self.first().lower(), self.surname()
        return self.ch([f"{f}.{s}", f"{f}{s[0]}", f"{f[0]}{s}", f"{f}_{s}{self.num(1, 99)}",
                        f"{s}.{f}", f"{f}{self.num(70, 99)}", f"{f}-{s}"])

    def email(self, kind, domain=None, user=None):
        d = domain or self.ch(PROVIDERS)
        return mark("EMAIL", kind, f"{user or self.local()}@{d}")

    # ---------- keys ----------
    def key_raw(self, shape):
        s = self.s
        r = {
            "hex32": lambda: self.hexs(32), "hex40": lambda: self.hexs(40), "hex64": lambda: self.hexs(64),
            "alnum32": lambda: s(ALNUM, 32), "alnum40": lambda: s(ALNUM, 40), "alnum48": lambda: s(ALNUM, 48),
            "lower32": lambda: s(LOWALNUM, 32), "upper20": lambda: s(UPALNUM, 20),
            "b64url43": lambda: s(B64URL, 43),
            "b64_32": lambda: base64.b64encode(bytes(self.r.randrange(256) for _ in range(32))).decode(),
            "b64_64": lambda: base64.b64encode(bytes(self.r.randrange(256) for _ in range(64))).decode(),
            "licence": lambda: "-".join(s(UPALNUM, 5) for _ in range(5)),
            "shpss": lambda: "shpss_" + self.hexs(32),
            "dapi": lambda: "dapi" + self.hexs(32),
            "gsk": lambda: "gsk_" + s(ALNUM, 52),
            "r8": lambda: "r8_" + s(ALNUM, 37),
            "pplx": lambda: "pplx-" + s(ALNUM, 48),
            "figd": lambda: "figd_" + s(B64URL, 40),
            "pmak": lambda: "PMAK-" + self.hexs(24) + "-" + self.hexs(34),
            "nrak": lambda: "NRAK-" + s(UPALNUM, 27),
            "oy2": lambda: "oy2" + s(LOWALNUM, 43),
            "dckr": lambda: "dckr_pat_" + s(B64URL, 27),
            "tskey": lambda: "tskey-auth-k" + s(ALNUM, 10) + "CNTRL-" + s(ALNUM, 33),
            "nfp": lambda: "nfp_" + s(ALNUM, 40),
            "ntn": lambda: "ntn_" + s(ALNUM, 46),
            "rnd": lambda: "rnd_" + s(ALNUM, 32),
            "sgp": lambda: "sgp_" + self.hexs(40),
            "phx": lambda: "phx_" + s(ALNUM, 47),
            "flw": lambda: "FLWSECK_TEST-" + self.hexs(32) + "-X",
            "ezak": lambda: "EZAK" + s(ALNUM, 54),
            "atatt": lambda: "ATATT3xFfGF0" + s(B64URL, 180) + "=" + self.hexs(8).upper(),
            "xoxe": lambda: "xoxe-1-" + s(ALNUM, 140),
            "tfcloud": lambda: s(ALNUM, 14) + ".atlasv1." + s(ALNUM, 67),
            "eaab": lambda: "EAAB" + s(ALNUM, 180),
            "jwt": lambda: "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJ" + s(B64URL, 57) + "." + s(B64URL, 43),
        }[shape]
        return r()

    def key(self, kind, shape):
        return mark("KEY", kind, self.key_raw(shape))

    # ---------- passwords ----------
    def pw_raw(self, ctx="quoted"):
        syms = CTX[ctx]
        tail = [c for c in syms if c not in ":,"]
        r = self.r
        while True:
            st = r.randrange(12)
            if st == 0:
                a, b = r.sample(WORDS, 2)
                v = a.capitalize() + r.choice(syms) + b.capitalize() + str(r.randint(2, 999))
            elif st == 1:
                v = r.choice("-._").join(r.sample(WORDS, r.randint(3, 5)))
                if r.random() < 0.5:
                    v += str(r.randint(1, 9))
            elif st == 2:
                v = self.s(ALNUM, 1) + "".join(r.choice(ALNUM + syms) for _ in range(r.randint(12, 22)))
            elif st == 3:
                v = r.choice(WEAK) + (r.choice(tail) if r.random() < 0.4 else "")
            elif st == 4:
                v = r.choice(MONTHS) + str(r.randint(2019, 2026)) + (r.choice(tail) if r.random() < 0.4 else "")
            elif st == 5:
                parts = [self.s(string.ascii_lowercase, 6) for _ in range(3)]
                j = r.randrange(3)
                p = list(parts[j]); p[r.randrange(6)] = str(r.randint(0, 9)); parts[j] = "".join(p)
                j = r.randrange(3)
                p = list(parts[j]); p[r.randrange(6)] = r.choice(string.ascii_uppercase); parts[j] = "".join(p)
                v = "-".join(parts)
            elif st == 6:
                a, b = r.sample(WORDS, 2)
                v = "".join(LEET.get(c, c) for c in a.capitalize()) + b.capitalize() + str(r.randint(10, 99))
            elif st == 7:
                v = r.choice(FIRST) + str(r.randint(1961, 2006))
            elif st == 8:
                syl = ["ka", "lo", "mi", "te", "ru", "sa", "no", "vi", "be", "du", "ra", "zo", "fe", "gi"]
                v = "".join(r.choice(syl) for _ in range(r.randint(3, 5))).capitalize() + str(r.randint(10, 9999))
            elif st == 9:
                v = self.s(ALNUM, r.randint(16, 28))
            elif st == 10:
                v = r.choice(CITIES) + str(r.randint(1, 99)) + (r.choice(tail) if tail else "") + r.choice(WORDS)
            else:
                v = self.s(UPALNUM, r.choice([8, 10, 12]))
            if "@" in v or not v[0].isalnum():
                continue
            if ctx in NOEND and not v[-1].isalnum():
                continue
            if v[-1] in ":,":
                continue
            if any(c not in ALNUM and c not in syms for c in v):
                continue
            return v

    def pw(self, kind, ctx="quoted"):
        return mark("PASSWORD", kind, self.pw_raw(ctx))

    def pin(self, kind):
        n = self.r.choice([4, 5, 6])
        return mark("PASSWORD", kind, str(self.r.randint(0, 10 ** n - 1)).zfill(n))

    # ---------- look-alikes ----------
    def look(self, kind, val):
        return mark("LOOK", kind, val)

    def priv(self):
        k = self.r.randrange(3)
        if k == 0:
            v = f"10.{self.num(0, 255)}.{self.num(0, 255)}.{self.num(1, 254)}"
        elif k == 1:
            v = f"172.{self.num(16, 31)}.{self.num(0, 255)}.{self.num(1, 254)}"
        else:
            v = f"192.168.{self.num(0, 255)}.{self.num(1, 254)}"
        return self.look("private_ip", v)

    def docip(self):
        return self.look("documentation_ip", f"{self.ch(['192.0.2', '198.51.100', '203.0.113'])}.{self.num(1, 254)}")

    def loop(self):
        return self.look("loopback_ip", "127.0.0.1")

    def ula(self):
        return self.look("unique_local_ipv6", f"fd{self.hexs(2)}:{self.hexs(4)}:{self.hexs(4)}::{self.num(1, 99)}")

    def uuid(self):
        h = self.hexs(32)
        return self.look("uuid", f"{h[:8]}-{h[8:12]}-4{h[13:16]}-{self.ch('89ab')}{h[17:20]}-{h[20:]}")

    def sha1(self):
        return self.look("sha1", self.hexs(40))

    def sha256(self):
        return self.look("sha256", self.hexs(64))

    def md5(self):
        return self.look("md5", self.hexs(32))

    def short_sha(self):
        return self.look("short_sha", self.hexs(self.ch([7, 8, 10, 12])))

    def ver(self):
        return self.look("version", f"{self.num(0, 9)}.{self.num(0, 30)}.{self.num(0, 40)}")

    def mac(self):
        sep = self.ch([":", "-"])
        b = [self.num(0, 255) for _ in range(6)]
        b[0] = (b[0] & 0xFC) | self.ch([0, 2])
        return self.look("mac_address", sep.join(f"{x:02x}" for x in b))

    def serial(self):
        return self.look("device_serial", self.s(string.ascii_uppercase, 2) + self.s(UPALNUM, self.num(8, 12)))

    def resmail(self):
        d = self.ch(["example.com", "example.org", "example.net", "mail.example", "dev.test", "host.invalid",
                     "staff.example.com"])
        return self.look("reserved_email", f"{self.local()}@{d}")

    def ph(self, v):
        return self.look("placeholder", v)

    def pubkey(self):
        return self.look("public_key", "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI" + self.s(ALNUM + "+/", 43))

    def sri(self):
        raw = bytes(self.r.randrange(256) for _ in range(48))
        return self.look("sri_hash", "sha384-" + base64.b64encode(raw).decode())

    def url_ip(self, kind, v6=0.12):
        return self.ip(kind, v6, br=True)
