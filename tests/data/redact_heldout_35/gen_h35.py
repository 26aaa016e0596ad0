"""Value generators for the 35th held-out redaction set (standard library only).

Values are wrapped in private-use markers: U+E000 TAG|kind U+E001 value U+E002.
TAG is EMAIL, IP_ADDRESS, KEY, PASSWORD or LOOK (a look-alike).
"""
import base64
import ipaddress
import string

M0, M1, M2 = "\ue000", "\ue001", "\ue002"

HEX = "0123456789abcdef"
UHEX = "0123456789ABCDEF"
ALNUM = string.ascii_letters + string.digits
LOWALNUM = string.ascii_lowercase + string.digits
UPALNUM = string.ascii_uppercase + string.digits
B64URL = ALNUM + "-_"

# characters a password may use, per context
CTX = {
    "url": "-_.~",
    "shell": "-_.+:=%^",
    "ini": "-_.!+=^%~",
    "quoted": "-_.!#%*+=?^~:,",
    "yaml": "-_.!+=^",
    "plain": "-_.",
    "prose": "-_.!#%*+=?^~",
    "xml": "-_.!#%*+=?^~:,",
}
NO_TRAIL = {"url", "plain", "prose", "shell"}

PROVIDERS = ["fastmail.com", "icloud.com", "hotmail.co.uk", "libero.it", "seznam.cz", "o2.pl",
             "t-online.de", "laposte.net", "tutanota.com", "posteo.de", "outlook.com", "aol.com",
             "sapo.pt", "rambler.ru", "ukr.net", "inbox.lv", "abv.bg", "hey.com", "bluewin.ch",
             "virgilio.it"]

FIRST = ["amara", "bogdan", "chiara", "dmitri", "esra", "farid", "greta", "hamza", "ines", "jonas",
         "keiko", "lars", "mirela", "nuno", "olamide", "priya", "quentin", "rosa", "sven", "tamsin",
         "ulla", "vikram", "wiebke", "xiadani", "yusuf", "zofia", "anouk", "bram", "cosmin", "dalia",
         "emeka", "fenna", "gaspard", "hedda", "ilkka", "jurgita", "kofi", "liesel", "matteo", "nadia",
         "orla", "pavel", "ruben", "saoirse", "tobiah", "ursula", "vesna", "wanjiru", "yannick", "zeynep"]
LAST = ["abara", "berglund", "castellano", "dvorak", "eze", "fagerlund", "gallardo", "haddad", "ivanova",
        "jansen", "kowalczyk", "lindqvist", "moreau", "novak", "okafor", "petrov", "quist", "rinaldi",
        "sandoval", "tanaka", "uribe", "varga", "wojcik", "yilmaz", "zeller", "achebe", "bertrand",
        "colombo", "dubois", "ekstrom", "ferreira", "grigorescu", "holm", "iwasaki", "kaur", "leclerc",
        "mwangi", "nakamura", "oyelaran", "pham", "rasmussen", "silva", "tembo", "vasquez", "weiss"]
WORDS = ["amber", "basil", "cobalt", "drizzle", "ember", "fjord", "granite", "tamarind", "indigo", "lintel",
         "gossamer", "lantern", "meadow", "nutmeg", "orchid", "hornbeam", "quartz", "marigold", "saffron",
         "thistle", "umber", "velvet", "walnut", "yonder", "pistachio", "quince", "larkspur", "cinder",
         "dune", "sundial", "glacier", "hazel", "island", "jasper", "kettle", "lichen", "marble", "nectar",
         "otter", "lupin", "ripple", "spruce", "timber", "upland", "violet", "willow", "teasel",
         "sparrow", "tundra", "maple", "cactus", "harpoon", "lagoon", "mosaic", "oyster", "parsley",
         "rhubarb", "sorrel", "tangent", "pylon", "gravel", "alder", "saddle", "tinsel", "osprey"]
CITIES = ["Lisbon", "Tampere", "Porto", "Bergen", "Ghent", "Krakow", "Valencia", "Ljubljana", "Plovdiv", "Brno",
          "Malmo", "Tromso", "Turin", "Leipzig", "Lyon", "Gdynia", "Tartu", "Kaunas", "Bilbao", "Utrecht",
          "Nairobi", "Accra", "Durban", "Osaka", "Busan", "Cusco", "Recife", "Hobart", "Nelson", "Quito"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]
WEAK = ["Summer2025", "Winter2024", "Letmein2023", "Qazwsx123", "1qaz2wsxZ", "Zaq12wsx", "Welkom2025",
        "Admin12345", "Sunshine99", "Monkey2024", "Dragon2026", "Iloveyou7", "Sommer2024", "Abc123456"]


def mark(tag, kind, value):
    return f"{M0}{tag}|{kind}{M1}{value}{M2}"


def strip(s):
    out = []
    i = 0
    while i < len(s):
        c = s[i]
        if c == M0:
            j = s.index(M1, i)
            i = j + 1
            continue
        if c == M2:
            i += 1
            continue
        out.append(c)
        i += 1
    return "".join(out)


class G:
    def __init__(self, rng):
        self.r = rng

    # ---------- helpers
    def ch(self, seq):
        return self.r.choice(seq)

    def s(self, alphabet, n):
        return "".join(self.r.choice(alphabet) for _ in range(n))

    def n(self, a, b):
        return self.r.randint(a, b)

    def word(self):
        return self.r.choice(WORDS)

    def first(self):
        return self.r.choice(FIRST)

    def last(self):
        return self.r.choice(LAST)

    # ---------- e-mail
    def email_raw(self, domain=None):
        f, l = self.first(), self.last()
        style = self.n(0, 5)
        if style == 0:
            loc = f"{f}.{l}"
        elif style == 1:
            loc = f"{f[0]}{l}"
        elif style == 2:
            loc = f"{f}{self.n(1, 99)}"
        elif style == 3:
            loc = f"{f}_{l}{self.n(60, 99)}"
        elif style == 4:
            loc = f"{l}.{f[0]}"
        else:
            loc = f"{f}-{l}"
        dom = domain or self.ch(PROVIDERS)
        return f"{loc}@{dom}"

    def email(self, kind="email", domain=None, local=None):
        if local:
            v = f"{local}@{domain or self.ch(PROVIDERS)}"
        else:
            v = self.email_raw(domain)
        return mark("EMAIL", kind, v)

    # ---------- IP
    def ip4_raw(self):
        while True:
            a = self.ch([5, 8, 12, 23, 31, 37, 45, 46, 51, 62, 77, 78, 80, 81, 85, 87, 89, 91, 93, 94,
                         95, 104, 109, 128, 130, 134, 138, 141, 145, 147, 151, 154, 159, 163, 170,
                         176, 178, 185, 188, 193, 194, 195, 196, 197, 200, 201, 203, 212, 213, 217])
            v = f"{a}.{self.n(0, 255)}.{self.n(0, 255)}.{self.n(1, 254)}"
            ip = ipaddress.ip_address(v)
            if ip.is_global and not ip.is_multicast and not v.startswith("100."):
                return v

    def ip6_raw(self):
        while True:
            p = self.ch(["2001:4860", "2a00:1450", "2a01:4f8", "2a02:c207", "2600:1f18", "2604:a880",
                         "2a03:b0c0", "2400:cb00", "2c0f:fb50", "2a05:d014", "2001:41d0", "2a0e:97c0",
                         "2406:da18", "2803:f800", "2a10:3781", "2620:fe", "2001:67c", "2a09:bac0"])
            rest = [f"{self.n(0, 0xffff):x}" for _ in range(self.n(2, 4))]
            if self.r.random() < 0.5:
                v = p + ":" + ":".join(rest[:2]) + "::" + f"{self.n(1, 0xfff):x}"
            else:
                grp = p.split(":")
                full = grp + [f"{self.n(0, 0xffff):x}" for _ in range(8 - len(grp))]
                v = ":".join(full)
            try:
                ip = ipaddress.ip_address(v)
            except ValueError:
                continue
            if ip.is_global and not ip.is_multicast:
                return str(ip)

    def ip4(self, kind="ip"):
        return mark("IP_ADDRESS", kind, self.ip4_raw())

    def ip6(self, kind="ipv6"):
        return mark("IP_ADDRESS", kind, self.ip6_raw())

    def ip(self, kind="ip", p6=0.2):
        if self.r.random() < p6 * 0.55:
            return mark("IP_ADDRESS", kind + "_v6", self.ip6_raw())
        return self.ip4(kind)

    # ---------- look-alikes
    def look(self, kind, value):
        return mark("LOOK", kind, value)

    def priv_ip_raw(self):
        c = self.n(0, 2)
        if c == 0:
            return f"10.{self.n(0, 255)}.{self.n(0, 255)}.{self.n(1, 254)}"
        if c == 1:
            return f"192.168.{self.n(0, 255)}.{self.n(1, 254)}"
        return f"172.{self.n(16, 31)}.{self.n(0, 255)}.{self.n(1, 254)}"

    def priv_ip(self):
        return self.look("private_ip", self.priv_ip_raw())

    def doc_ip(self):
        base = self.ch(["192.0.2", "198.51.100", "203.0.113"])
        return self.look("documentation_ip", f"{base}.{self.n(1, 254)}")

    def ula6(self):
        v = f"fd{self.s(HEX, 2)}:{self.n(0, 0xffff):x}:{self.n(0, 0xffff):x}::{self.n(1, 0xfff):x}"
        return self.look("unique_local_ipv6", str(ipaddress.ip_address(v)))

    def uuid_raw(self):
        h = self.s(HEX, 32)
        h = h[:12] + "4" + h[13:16] + self.ch("89ab") + h[17:]
        return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"

    def uuid(self, kind="uuid"):
        return self.look(kind, self.uuid_raw())

    def sha256(self):
        return self.look("sha256", self.s(HEX, 64))

    def sha1(self):
        return self.look("sha1", self.s(HEX, 40))

    def md5(self):
        return self.look("md5", self.s(HEX, 32))

    def short_sha(self):
        return self.look("short_sha", self.s(HEX, self.ch([7, 7, 8, 10, 12])))

    def version_raw(self):
        return f"{self.n(0, 9)}.{self.n(0, 30)}.{self.n(0, 20)}"

    def version(self):
        return self.look("version", self.version_raw())

    def mac(self):
        first = self.ch(["02", "06", "0a", "0e", "12", "1a", "22", "2e", "32", "3a", "42", "4e", "5a", "6e"])
        sep = self.ch([":", "-"])
        return self.look("mac_address", sep.join([first] + [self.s(HEX, 2) for _ in range(5)]))

    def reserved_email(self):
        dom = self.ch(["example.com", "example.org", "example.net", "mail.example", "staging.test",
                       "nowhere.invalid", "corp.example.com", "lists.example.org"])
        loc = self.ch(["jane.doe", "you", "someone", "user", "admin", "noreply", "first.last", "alice", "bob"])
        return self.look("reserved_email", f"{loc}@{dom}")

    def trace_id(self):
        return self.look("trace_id", self.s(HEX, 32))

    def serial(self):
        return self.look("device_serial", self.s(UPALNUM, 4) + self.s(string.digits, 6) + self.s(UPALNUM, 2))

    def sri(self):
        raw = bytes(self.n(0, 255) for _ in range(48))
        return self.look("sri_hash", "sha384-" + base64.b64encode(raw).decode())

    def pubkey(self):
        raw = b"\x00\x00\x00\x0bssh-ed25519\x00\x00\x00 " + bytes(self.n(0, 255) for _ in range(32))
        return self.look("public_key", "ssh-ed25519 " + base64.b64encode(raw).decode())

    def wg_pub(self):
        return self.look("public_key", base64.b64encode(bytes(self.n(0, 255) for _ in range(32))).decode())

    # ---------- keys
    def b64(self, nbytes):
        return base64.b64encode(bytes(self.n(0, 255) for _ in range(nbytes))).decode()

    def key_raw(self, shape):
        s = self.s
        if shape == "hex32":
            return s(HEX, 32)
        if shape == "hex40":
            return s(HEX, 40)
        if shape == "hex64":
            return s(HEX, 64)
        if shape == "alnum32":
            return s(ALNUM, 32)
        if shape == "alnum40":
            return s(ALNUM, 40)
        if shape == "alnum48":
            return s(ALNUM, 48)
        if shape == "lower32":
            return s(LOWALNUM, 32)
        if shape == "upper20":
            return s(UPALNUM, 20)
        if shape == "b64url43":
            return s(B64URL, 43)
        if shape == "b64_32":
            return self.b64(32)
        if shape == "b64_64":
            return self.b64(64)
        if shape == "sq0atp":
            return "sq0atp-" + s(B64URL, 22)
        if shape == "glptt":
            return "glptt-" + s(HEX, 40)
        if shape == "sg":
            return "SG." + s(B64URL, 22) + "." + s(B64URL, 43)
        if shape == "ya29":
            return "ya29.a0" + s(B64URL, 140)
        if shape == "dop":
            return "dop_v1_" + s(HEX, 64)
        if shape == "doo":
            return "doo_v1_" + s(HEX, 64)
        if shape == "shpat":
            return "shpat_" + s(HEX, 32)
        if shape == "xkeysib":
            return "xkeysib-" + s(HEX, 64) + "-" + s(ALNUM, 16)
        if shape == "sq0csp":
            return "sq0csp-" + s(B64URL, 43)
        if shape == "glc":
            return "glc_" + s(ALNUM, 80) + "=="
        if shape == "mlsn":
            return "mlsn." + s(HEX, 64)
        if shape == "pnu":
            return "pnu_" + s(ALNUM, 36)
        if shape == "sntryu":
            return "sntryu_" + s(HEX, 64)
        if shape == "jwt":
            body = base64.urlsafe_b64encode(
                ('{"sub":"%d","iat":%d}' % (self.n(1000, 99999), self.n(1700000000, 1790000000))).encode()
            ).decode().rstrip("=")
            return "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9." + body + "." + s(B64URL, 43)
        if shape == "lin_api":
            return "lin_api_" + s(ALNUM, 40)
        if shape == "sk_ant":
            return "sk-ant-api03-" + s(B64URL, 93) + "AA"
        if shape == "sbp":
            return "sbp_" + s(HEX, 40)
        if shape == "pul":
            return "pul-" + s(HEX, 40)
        if shape == "glsa":
            return "glsa_" + s(ALNUM, 32) + "_" + s(HEX, 8)
        if shape == "map_sk":
            return "sk.eyJ1IjoiI" + s(B64URL, 50) + "." + s(B64URL, 22)
        if shape == "chat_bot":
            uid = base64.b64encode(str(self.n(10**17, 10**18)).encode()).decode().rstrip("=")
            return uid + "." + s(B64URL, 6) + "." + s(B64URL, 38)
        if shape == "licence5x5":
            return "-".join(s(UPALNUM, 5) for _ in range(5))
        raise KeyError(shape)

    def key(self, shape, kind=None):
        return mark("KEY", kind or shape, self.key_raw(shape))

    # ---------- passwords
    def pw_raw(self, ctx="quoted", style=None):
        allowed = CTX[ctx]
        syms = allowed.replace("-", "").replace("_", "").replace(".", "") or "-"
        tail = syms.replace(":", "").replace(",", "") or syms
        st = style if style is not None else self.n(0, 11)
        r = self.r
        if st == 0:  # Word-Word-digits
            sep = self.ch([c for c in "-_." if c in allowed])
            w1, w2 = r.sample(WORDS, 2)
            v = f"{w1.capitalize()}{sep}{w2.capitalize()}{sep}{self.n(1, 999)}"
        elif st == 1:  # passphrase
            sep = self.ch([c for c in "-_." if c in allowed])
            v = sep.join(r.sample(WORDS, self.n(3, 5)))
            if r.random() < 0.5:
                v += str(self.n(0, 9))
        elif st == 2:  # random mix
            alpha = ALNUM + allowed
            v = self.ch(string.ascii_letters) + self.s(alpha, self.n(12, 22))
        elif st == 3:  # weak
            v = self.ch(WEAK)
            if ctx not in NO_TRAIL and r.random() < 0.5:
                v += self.ch(tail)
        elif st == 4:  # month year
            v = self.ch(MONTHS) + str(self.n(2015, 2026))
            if ctx not in NO_TRAIL and r.random() < 0.5:
                v += self.ch(tail)
        elif st == 5:  # generated 6-6-6
            parts = [self.s(string.ascii_lowercase, 6) for _ in range(3)]
            i = self.n(0, 2)
            parts[i] = parts[i][:-1] + str(self.n(0, 9))
            j = self.n(0, 2)
            parts[j] = parts[j][0].upper() + parts[j][1:]
            v = "-".join(parts) if "-" in allowed else "".join(parts)
        elif st == 6:  # leet
            w1, w2 = r.sample(WORDS, 2)
            w = w1.replace("a", "4").replace("e", "3").replace("o", "0").replace("i", "1")
            v = w.capitalize() + w2.capitalize() + str(self.n(10, 99))
            if ctx not in NO_TRAIL:
                v += self.ch(tail)
        elif st == 7:  # name + year
            v = self.first().capitalize() + str(self.n(1958, 2008))
            if ctx not in NO_TRAIL and r.random() < 0.6:
                v += self.ch(tail)
        elif st == 8:  # pronounceable
            cons, vow = "bdfgklmnprstvz", "aeiou"
            v = "".join(self.ch(cons) + self.ch(vow) for _ in range(self.n(3, 5))) + str(self.n(10, 9999))
        elif st == 9:  # random alnum
            v = self.s(ALNUM, self.n(16, 28))
        elif st == 10:  # city + digit + symbol + word
            v = self.ch(CITIES) + str(self.n(1, 99)) + self.ch(syms) + self.word()
        else:  # device default upper hex/alnum
            v = self.s(UPALNUM, self.ch([8, 10, 12]))
        v = "".join(c for c in v if c.isalnum() or c in allowed)
        if not v[0].isalnum():
            v = "x" + v
        while ctx in NO_TRAIL and not v[-1].isalnum():
            v = v[:-1]
        while len(v) < 6:
            v += self.ch(ALNUM)
        assert "@" not in v
        return v

    def pw(self, ctx="quoted", kind="pw", style=None):
        return mark("PASSWORD", kind, self.pw_raw(ctx, style))

    def pin(self, kind="pin"):
        return mark("PASSWORD", kind, self.s(string.digits, self.n(4, 6)))
