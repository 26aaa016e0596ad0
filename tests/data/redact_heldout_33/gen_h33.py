"""Value generator for held-out set 33. Written from scratch for this set; standard library only.

Every value is random and none is a real credential. `G(rng)` wraps a `random.Random`; the helpers `lab()` and
`look()` wrap a value in the private-use markers the build strips:
U+E000 TAG|kind U+E001 value U+E002 (TAG is EMAIL, IP_ADDRESS, KEY, PASSWORD, or LOOK for a look-alike).
"""
import ipaddress
import string

M0, M1, M2 = "\ue000", "\ue001", "\ue002"


def lab(tag, kind, value):
    assert tag in ("EMAIL", "IP_ADDRESS", "KEY", "PASSWORD"), tag
    return f"{M0}{tag}|{kind}{M1}{value}{M2}"


def look(kind, value):
    return f"{M0}LOOK|{kind}{M1}{value}{M2}"


LOWER = string.ascii_lowercase
UPPER = string.ascii_uppercase
DIG = string.digits
ALNUM = LOWER + UPPER + DIG
HEX = "0123456789abcdef"
B64 = ALNUM + "+/"
B64URL = ALNUM + "-_"

# Symbols each context allows in a password (letters and digits always allowed).
CTX = {
    "url": "-_.~",          # URL userinfo, DSNs, query values
    "shell": "-_.+,:=%^",   # shell values, logs, command-line flags
    "ini": "-_.!+=^%~",     # INI, .env, properties, CSV
    "quoted": "-_.!#%*+=?^~:,",  # quote-delimited values in code, JSON, XML text
    "quoted_sp": "-_.!#%*+=?^~:, ",  # as quoted, spaces allowed (passphrases)
    "yaml": "-_.!+=^",      # unquoted YAML values
    "plain": "-_.",         # comments, odd formats
    "prose": "-_.!#%*+=?^~",  # prose; must end with a letter or digit
}

# Word lists (written for this set).
NATURE = ["heather", "bracken", "lichen", "shingle", "driftwood", "thistle", "sorrel", "alder", "rowan",
          "hawthorn", "tern", "gannet", "puffin", "otter", "badger", "hazel",
          "quince", "damson", "medlar", "sedge", "moraine", "scree", "cairn", "fjord", "skerry", "tarn",
          "bothy", "lapwing", "samphire", "kelpie", "barley", "spelt", "comfrey", "yarrow"]
CITIES = ["Tromso", "Kiruna", "Ushuaia", "Hobart", "Dunedin", "Invercargill", "Nuuk", "Akureyri", "Galway",
          "Bergen", "Tartu", "Kaunas", "Plovdiv", "Trieste", "Bastia", "Oviedo", "Braga", "Bordeaux",
          "Ghent", "Utrecht", "Turku", "Oulu", "Lulea", "Cusco", "Arequipa", "Salta",
          "Valdivia", "Puno", "Mendoza", "Halifax", "Moncton", "Whitehorse", "Kodiak", "Sitka"]
FIRST = ["Aino", "Bertil", "Casimir", "Dagny", "Eero", "Fenna", "Gaspard", "Hedda", "Ilse", "Jorunn",
         "Kaito", "Linnea", "Matteo", "Nanna", "Oskar", "Pilar", "Quirin", "Rosalind", "Sigrun", "Tobiah",
         "Ulla", "Vesna", "Wilhelmina", "Ximena", "Yannick", "Zofia", "Anouk", "Bram", "Clemence", "Dorian"]
LAST = ["Aaltonen", "Brekke", "Castellanos", "Dufresne", "Ekholm", "Fairweather", "Grieve", "Haldane",
        "Iversen", "Jablonski", "Kettering", "Lindqvist", "Mcallister", "Nordgren", "Ostrowski", "Pennycook",
        "Quayle", "Rasmussen", "Strachan", "Thorsby", "Underhill", "Vasquez", "Whitlock", "Yarrowby", "Zeller"]
PROVIDERS = ["runbox.com", "disroot.org", "mailfence.com", "posteo.net", "seznam.cz",
             "laposte.net", "libero.it", "virgilio.it", "o2.pl", "wp.pl", "abv.bg", "inbox.lv", "mail.ee",
             "bluewin.ch", "xs4all.nl", "telenet.be", "eircom.net", "btinternet.com", "shaw.ca", "iinet.net.au"]
WEAK = ["Welcome2025", "Autumn2024!", "Letmein77", "Qwerty!234", "Passw0rd99", "Sunshine12", "Dragon2023",
        "Monkey!88", "Football7", "Iloveyou2"]
SYLL = ["ka", "lo", "mi", "ren", "tu", "va", "sho", "bri", "nel", "dor", "fa", "gu", "zin", "pe", "ras"]
LEET = {"a": "4", "e": "3", "i": "1", "o": "0", "s": "5", "t": "7"}
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]


class G:
    def __init__(self, rng):
        self.r = rng

    # --- basic pieces
    def pick(self, seq):
        return self.r.choice(seq)

    def chars(self, alphabet, n):
        return "".join(self.r.choice(alphabet) for _ in range(n))

    def hex(self, n, upper=False):
        s = self.chars(HEX, n)
        return s.upper() if upper else s

    def alnum(self, n):
        return self.chars(ALNUM, n)

    def lower_alnum(self, n):
        return self.chars(LOWER + DIG, n)

    def upper_alnum(self, n):
        return self.chars(UPPER + DIG, n)

    def b64(self, n):
        return self.chars(B64, n)

    def b64url(self, n):
        return self.chars(B64URL, n)

    def uuid(self):
        h = self.hex(32)
        h = h[:12] + "4" + h[13:16] + self.pick("89ab") + h[17:]
        return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"

    def jwt(self):
        # header: the common {"alg":"HS256","typ":"JWT"}; random payload and signature
        return "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJ" + self.b64url(self.r.randint(60, 110)) + "." + \
            self.b64url(43)

    def version(self):
        return f"{self.r.randint(0, 14)}.{self.r.randint(0, 30)}.{self.r.randint(0, 40)}"

    def sha1(self):
        return self.hex(40)

    def sha256(self):
        return self.hex(64)

    def md5(self):
        return self.hex(32)

    def short_sha(self):
        return self.hex(self.r.choice([7, 8, 10]))

    def mac(self):
        first = (self.r.getrandbits(8) & 0xFC) | 0x02   # unicast, locally administered
        return ":".join([f"{first:02x}"] + [self.hex(2) for _ in range(5)])

    def name(self):
        return self.pick(FIRST), self.pick(LAST)

    def user(self):
        f, l = self.name()
        return self.pick([f.lower(), l.lower(), f.lower()[0] + l.lower(), f.lower() + "." + l.lower()])

    # --- addresses
    def ipv4(self):
        while True:
            a = ipaddress.IPv4Address(self.r.getrandbits(32))
            if a.is_global and not a.is_multicast and not str(a).startswith("100.") and \
                    a not in ipaddress.ip_network("240.0.0.0/4") and str(a).split(".")[-1] not in ("0", "255"):
                return str(a)

    def ipv6(self):
        while True:
            first = self.r.choice([0x2001, 0x2400, 0x2a00, 0x2a02, 0x2600, 0x2604, 0x2803, 0x2c0f, 0x2406,
                                   0x2a01, 0x2620, 0x2405, 0x2a05])
            groups = [first] + [self.r.getrandbits(16) for _ in range(3)]
            if self.r.random() < 0.5:
                tail = [0, 0, 0, self.r.getrandbits(16)] if self.r.random() < 0.5 else \
                    [self.r.getrandbits(16) for _ in range(4)]
            else:
                tail = [self.r.getrandbits(16) for _ in range(4)]
            a = ipaddress.IPv6Address(":".join(f"{g:x}" for g in groups + tail))
            if a.is_global and not a.is_multicast and a not in ipaddress.ip_network("2001:db8::/32") and \
                    a not in ipaddress.ip_network("2002::/16"):
                return a.compressed

    def private_ip(self):
        k = self.r.randint(0, 2)
        if k == 0:
            return f"10.{self.r.randint(0, 255)}.{self.r.randint(0, 255)}.{self.r.randint(1, 254)}"
        if k == 1:
            return f"172.{self.r.randint(16, 31)}.{self.r.randint(0, 255)}.{self.r.randint(1, 254)}"
        return f"192.168.{self.r.randint(0, 255)}.{self.r.randint(1, 254)}"

    def testnet_ip(self):
        return self.pick(["192.0.2.", "198.51.100.", "203.0.113."]) + str(self.r.randint(1, 254))

    def ula6(self):
        tail = self.hex(self.r.randint(1, 4)).lstrip("0") or "1"
        return ipaddress.IPv6Address("fd" + self.hex(2) + ":" + ":".join(self.hex(4) for _ in range(3)) +
                                     "::" + tail).compressed

    def doc6(self):
        return ipaddress.IPv6Address(f"2001:db8:{self.r.getrandbits(16):x}::{self.r.getrandbits(16):x}").compressed

    # --- e-mail
    def email(self, domain=None):
        f, l = self.name()
        local = self.pick([f"{f}.{l}", f"{f[0]}{l}", f"{l}.{f[0]}", f"{f}{self.r.randint(1, 99)}", f"{f}_{l}",
                           f"{l}{self.r.randint(60, 99)}"]).lower()
        return f"{local}@{domain or self.pick(PROVIDERS)}"

    def role_email(self, domain, roles=("office", "bookings", "secretary", "crew", "ops", "info", "keeper")):
        return f"{self.pick(roles)}@{domain}"

    def reserved_email(self):
        dom = self.pick(["example.com", "example.org", "example.net", "mail.example", "club.test",
                         "nowhere.invalid", "lists.example.org"])
        return f"{self.user()}@{dom}"

    # --- passwords
    def pw(self, ctx="ini"):
        syms = CTX[ctx]
        nosp = syms.replace(" ", "")
        style = self.r.randint(0, 11)
        j = self.pick([c for c in "-._" if c in syms] + [""])
        if style == 0:
            s = j.join([self.pick(NATURE).capitalize(), self.pick(CITIES), str(self.r.randint(1990, 2026))])
        elif style == 1:
            words = [self.pick(NATURE) for _ in range(self.r.randint(3, 5))]
            s = (" " if " " in syms and self.r.random() < 0.6 else (j or "-" if "-" in syms else "")).join(words)
        elif style == 2:
            s = "".join(c for c in self.pick(WEAK) if c.isalnum() or c in syms)
        elif style == 3:
            s = self.chars(ALNUM + nosp, self.r.randint(13, 24))
        elif style == 4:
            s = self.pick(MONTHS) + str(self.r.randint(2019, 2026)) + (self.pick(nosp) if nosp else "")
        elif style == 5:
            a, b = self.pick(NATURE), self.pick(NATURE)
            s = "".join(LEET.get(c, c) for c in a) + b.capitalize() + str(self.r.randint(10, 999))
        elif style == 6:
            s = self.upper_alnum(self.pick([8, 10, 12]))
        elif style == 7:
            s = self.pick(FIRST) + str(self.r.randint(1950, 2008))
        elif style == 8:
            s = "".join(self.pick(SYLL) for _ in range(self.r.randint(3, 5))) + str(self.r.randint(10, 9999))
        elif style == 9:
            s = self.pick(NATURE) + (self.pick(nosp) if nosp else "") + self.pick(NATURE).capitalize() + \
                str(self.r.randint(1, 99))
        elif style == 10:
            s = self.alnum(self.r.randint(18, 28))
        else:
            s = self.pick(CITIES) + str(self.r.randint(1, 9)) + (self.pick(nosp) if nosp else "") + \
                self.pick(NATURE)
        if len(s) < 6:
            s += self.alnum(6 - len(s))
        if not s[0].isalnum():
            s = self.pick(UPPER) + s
        if ctx in ("prose", "plain"):  # values in running text end with a letter or digit
            while not s[-1].isalnum():
                s = s[:-1]
            if len(s) < 6:
                s += self.alnum(6 - len(s))
        if ctx == "shell":  # unquoted in logs and command lines: no trailing ',' or ':' (reads as punctuation)
            while s[-1] in ",:":
                s = s[:-1]
            if len(s) < 6:
                s += self.alnum(6 - len(s))
        assert all(c.isalnum() or c in syms for c in s), (ctx, s)
        assert "@" not in s
        return s
