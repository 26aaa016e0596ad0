"""Value generators for the thirty-fourth held-out redaction set (standard library only).

Every planted value is random; none is a real credential. A value is returned wrapped in private-use markers:
U+E000 TAG|kind U+E001 value U+E002 (TAG is EMAIL, IP_ADDRESS, KEY, PASSWORD or LOOK for a look-alike).
"""
import sys

sys.dont_write_bytecode = True

import ipaddress
import string

M0, M1, M2 = "\ue000", "\ue001", "\ue002"

HEX = "0123456789abcdef"
UHEX = "0123456789ABCDEF"
LOW = string.ascii_lowercase
UP = string.ascii_uppercase
DIG = string.digits
ALNUM = string.ascii_letters + string.digits
LALNUM = LOW + DIG
UALNUM = UP + DIG
B64 = ALNUM + "+/"
B64URL = ALNUM + "-_"

# characters a password may use in each context (besides letters and digits)
CTX = {
    "url": "-_.~",           # URL userinfo, DSNs, query values
    "shell": "-_.+,:=%^",    # unquoted shell values, logs, command-line flags
    "ini": "-_.!+=^%~",      # INI, .env, properties, CSV, key-value files
    "quoted": "-_.!#%*+=?^~:,",  # quote-delimited values in code, JSON, XML text
    "yaml": "-_.!+=^",       # unquoted YAML values
    "plain": "-_.",          # comments in many formats, carrier snippets
    "prose": "-_.!#%*+=?^~", # prose and notes
    "xmlattr": "-_.!#%*+=?^~:,",  # XML attribute values (no quotes, ampersands or angle brackets)
}
NO_END = {"shell": ",:", "plain": "-_.", "prose": "-_.!#%*+=?^~", "url": "-_.~"}

FIRST = ["amara", "bilal", "carmen", "dagny", "emeka", "farida", "goran", "hana", "ines", "jomo", "kalani",
         "leontyne", "mirela", "nuno", "oksana", "pavlo", "quilla", "rashid", "selin", "tomasz", "ulla",
         "vesna", "wairimu", "ximena", "yusuf", "zoltan", "aoife", "bronagh", "chidi", "dolores", "esra",
         "fintan", "gulnara", "hamza", "ilse", "jarrah", "keiko", "lwazi", "marisol", "nkechi", "otto",
         "priya", "rosalind", "sunniva", "teodor", "umaima", "vikram", "wilhelmina", "yaw", "zainab"]
LAST = ["achterberg", "balogun", "castellanos", "dunmore", "eriksen", "fairweather", "gallagher", "haddad",
        "ivanova", "jablonski", "kariuki", "lindqvist", "mbeki", "nakashima", "okonkwo", "pereira",
        "quintero", "rasmussen", "szabo", "tanaka", "uzoma", "vasquez", "whitlock", "yilmaz", "zeller",
        "abernethy", "bergstrom", "coelho", "delacroix", "esposito", "ferreira", "grummet", "holloway",
        "iwasaki", "kowalczyk", "lachance", "moreau", "novak", "oyelaran", "pennington"]
MAILHOSTS = ["outlook.com", "hotmail.com", "proton.me", "protonmail.com", "fastmail.com", "posteo.de",
             "gmx.net", "icloud.com", "aol.com", "tutanota.com", "tuta.io", "disroot.org", "mail.com",
             "hey.com", "seznam.cz", "wp.pl", "o2.pl", "libero.it", "orange.fr", "free.fr", "laposte.net",
             "t-online.de", "btinternet.com", "sky.com", "virginmedia.com", "bigpond.com", "xtra.co.nz",
             "shaw.ca", "rogers.com", "sympatico.ca", "telus.net", "rediffmail.com", "naver.com",
             "daum.net", "inbox.lv", "abv.bg", "ukr.net"]
RESERVED = ["example.com", "example.org", "example.net", "mail.example", "shop.test", "nowhere.invalid",
            "lists.example.org", "corp.example.com"]
WORDS = ["amber", "basalt", "cobalt", "drizzle", "ember", "fjord", "garnet", "harbour", "indigo", "jackdaw",
         "kelp", "lantern", "marble", "nutmeg", "orchard", "pepper", "quartz", "rhubarb", "saffron", "thistle",
         "umber", "velvet", "walnut", "yarrow", "zither", "anchor", "bramble", "cinder", "dovetail", "eider",
         "flint", "gossamer", "hazel", "ironbark", "jasper", "kettle", "lupin", "mortar", "nettle", "oxbow",
         "pumice", "quill", "russet", "sorrel", "tinder", "upland", "vetch", "willow", "yeast", "zinnia",
         "biscuit", "treacle", "spindle", "bobbin", "sprocket", "pedal", "bellows", "anvil", "chisel", "loaf"]
CITIES = ["Valparaiso", "Tromso", "Zanzibar", "Gdansk", "Ushuaia", "Kilifi", "Halifax", "Cebu", "Tbilisi",
          "Mombasa", "Galway", "Bergen", "Cusco", "Durban", "Hobart", "Matera", "Porto", "Riga", "Salta",
          "Tamale", "Umea", "Vigo", "Windhoek", "Yerevan", "Zadar", "Arequipa", "Bukhara", "Cluj", "Dakar",
          "Esbjerg", "Fremantle", "Ghent", "Hue", "Ibadan", "Jaipur", "Kumasi", "Lagos", "Maputo", "Nablus"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]
WEAK = ["Welcome2026", "Summer2025!", "Password123!", "Qwerty!234", "Letmein#2024", "Spring2026?",
        "Changeme!88", "Admin#Home1", "Football#1998", "Monkey2024!", "Sunshine!77",
        "Iloveyou2025"]
# parts of longer real values that contain words such as "your", "test", "default"
TRICKY = ["Yourway", "yourself", "YourTurn", "MindYour", "contest", "Attest", "testudo", "Protest", "greatest",
          "Defaulted", "ByDefault", "default", "Yours", "tested"]
SYLL = ["ka", "lo", "mi", "ne", "ru", "ta", "ve", "zo", "pa", "shi", "do", "ge", "bu", "fa", "ri", "yo"]


class G:
    def __init__(self, rng):
        self.r = rng

    # -- markers ---------------------------------------------------------------------------------------------
    @staticmethod
    def T(tag, kind, value):
        assert value and M0 not in value and "|" not in kind
        return f"{M0}{tag}|{kind}{M1}{value}{M2}"

    def L(self, kind, value):
        return self.T("LOOK", kind, value)

    # -- basic random strings ----------------------------------------------------------------------------------
    def s(self, alphabet, n):
        return "".join(self.r.choice(alphabet) for _ in range(n))

    def hex(self, n):
        return self.s(HEX, n)

    def pick(self, seq):
        return self.r.choice(seq)

    def num(self, a, b):
        return self.r.randint(a, b)

    def first(self):
        return self.pick(FIRST)

    def last(self):
        return self.pick(LAST)

    def name(self):
        return f"{self.first().capitalize()} {self.last().capitalize()}"

    def word(self):
        return self.pick(WORDS)

    # -- raw values ---------------------------------------------------------------------------------------------
    def email_v(self, domain=None):
        f, l = self.first(), self.last()
        local = self.pick([f"{f}.{l}", f"{f[0]}{l}", f"{f}{self.num(1, 99)}", f"{l}.{f[0]}", f"{f}_{l}",
                           f"{f}-{l[:4]}"])
        return f"{local}@{domain or self.pick(MAILHOSTS)}"

    def ip4_v(self):
        while True:
            a = self.num(1, 223)
            if a in (10, 100, 127, 169, 172, 192, 198, 203):
                # keep some of the confusable-looking first octets, but check globality below
                if self.r.random() < 0.7:
                    continue
            v = f"{a}.{self.num(0, 255)}.{self.num(0, 255)}.{self.num(1, 254)}"
            ip = ipaddress.ip_address(v)
            if ip.is_global and not ip.is_multicast and a != 100:
                return v

    IP6_PREFIXES = ["2a01:4f8", "2a01:4f9", "2001:41d0", "2a03:b0c0", "2604:a880", "2600:3c03", "2a02:c207",
                    "2a00:1450", "2406:da18", "2c0f:f248", "2803:9800", "2a0e:97c0", "2a05:d014", "2620:10d",
                    "2001:67c", "2a10:3781", "2401:c080", "2a06:98c1", "2600:1f18", "2001:470"]

    def ip6_v(self):
        while True:
            groups = self.pick(self.IP6_PREFIXES).split(":")
            while len(groups) < 4:
                groups.append(format(self.num(0, 0xffff), "x"))
            form = self.r.random()
            if form < 0.45:
                tail = [format(self.num(1, 0xffff), "x") for _ in range(self.pick([1, 2]))]
                v = ":".join(groups) + "::" + ":".join(tail)
            else:
                tail = [format(self.num(0, 0xffff), "x") for _ in range(4)]
                v = ":".join(groups + tail)
            ip = ipaddress.ip_address(v)
            if ip.is_global and not ip.is_multicast:
                return ip.compressed

    def private_v(self):
        k = self.r.random()
        if k < 0.4:
            return f"192.168.{self.num(0, 254)}.{self.num(2, 254)}"
        if k < 0.75:
            return f"10.{self.num(0, 255)}.{self.num(0, 255)}.{self.num(2, 254)}"
        return f"172.{self.num(16, 31)}.{self.num(0, 255)}.{self.num(2, 254)}"

    def docip_v(self):
        return self.pick(["192.0.2", "198.51.100", "203.0.113"]) + f".{self.num(1, 254)}"

    def ula_v(self):
        return ipaddress.ip_address(f"fd{self.hex(2)}:{self.hex(4)}:{self.hex(4)}::{self.num(1, 0xfff):x}").compressed

    def uuid_v(self):
        h = self.hex(32)
        h = h[:12] + "4" + h[13:16] + self.pick("89ab") + h[17:]
        return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"

    def version_v(self):
        return f"{self.num(0, 9)}.{self.num(0, 24)}.{self.num(0, 40)}"

    def doc6_v(self):
        return ipaddress.ip_address(f"2001:db8:{self.num(0, 0xffff):x}::{self.num(1, 0xfff):x}").compressed

    def linklocal_v(self):
        return ipaddress.ip_address(f"fe80::{self.hex(4)}:{self.hex(4)}:{self.hex(4)}:{self.hex(4)}").compressed

    def mac_v(self):
        first = (self.num(0, 63) << 2) | 2  # unicast, locally administered
        return ":".join([format(first, "02x")] + [self.hex(2) for _ in range(5)])

    # -- wrapped values -----------------------------------------------------------------------------------------
    def email(self, kind="email", domain=None):
        return self.T("EMAIL", kind, self.email_v(domain))

    def ip4(self, kind="ipv4"):
        return self.T("IP_ADDRESS", kind, self.ip4_v())

    def ip6(self, kind="ipv6"):
        return self.T("IP_ADDRESS", kind, self.ip6_v())

    def ip(self, kind="ip", p6=0.25):
        return self.ip6(kind + "_v6") if self.r.random() < p6 else self.ip4(kind)

    def key(self, kind, value):
        return self.T("KEY", kind, value)

    def pw(self, ctx="quoted", kind="password", value=None):
        return self.T("PASSWORD", kind, value if value is not None else self.pw_v(ctx))

    def private(self):
        return self.L("private_ip", self.private_v())

    def docip(self):
        return self.L("documentation_ip", self.docip_v())

    def loopback(self):
        return self.L("loopback_ip", "127.0.0.1")

    def ula(self):
        return self.L("unique_local_ipv6", self.ula_v())

    def resmail(self, local=None):
        local = local or self.pick(["alice", "bob", "ops", "admin", "jane.doe", "noreply", "you", "user",
                                    "test", "billing", "someone"])
        return self.L("reserved_email", f"{local}@{self.pick(RESERVED)}")

    def uuid(self, kind="uuid"):
        return self.L(kind, self.uuid_v())

    def version(self):
        return self.L("version", self.version_v())

    def sha1(self):
        return self.L("sha1", self.hex(40))

    def sha256(self):
        return self.L("sha256", self.hex(64))

    def md5(self):
        return self.L("md5", self.hex(32))

    def short_sha(self):
        return self.L("short_sha", self.hex(self.pick([7, 8, 10, 12])))

    def doc6(self):
        return self.L("documentation_ipv6", self.doc6_v())

    def linklocal(self):
        return self.L("link_local_ipv6", self.linklocal_v())

    def sri(self):
        import base64
        raw = bytes(self.num(0, 255) for _ in range(48))
        return self.L("sri_hash", "sha384-" + base64.b64encode(raw).decode())

    def pubkey_b64(self):
        return self.L("public_key", self.k_b64pad(32))

    def envref(self, name):
        return self.L("placeholder", "${" + name + "}")

    def mac(self):
        return self.L("mac_address", self.mac_v())

    def ph(self, value):
        return self.L("placeholder", value)

    # -- key shapes ---------------------------------------------------------------------------------------------
    def k_hex(self, n):
        return self.hex(n)

    def k_alnum(self, n):
        return self.s(ALNUM, n)

    def k_lower(self, n):
        return self.s(LALNUM, n)

    def k_upper(self, n):
        return self.s(UALNUM, n)

    def k_b64(self, n):
        body = self.s(B64, n)
        return body

    def k_b64pad(self, nbytes):
        import base64
        raw = bytes(self.num(0, 255) for _ in range(nbytes))
        return base64.b64encode(raw).decode()

    def k_b64url(self, n):
        return self.s(B64URL, n)

    def k_jwt(self):
        head = "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9"
        return f"{head}.eyJ{self.s(B64URL, self.num(40, 90))}.{self.s(B64URL, 43)}"

    def k_hf(self):
        return "hf_" + self.s(string.ascii_letters, 34)

    def k_tg(self):  # chat-bot token shape: digits ':' 35 base64url
        return f"{self.num(1000000000, 7999999999)}:AA{self.s(B64URL, 33)}"

    def k_wg(self):
        return self.k_b64pad(32)

    # -- passwords ----------------------------------------------------------------------------------------------
    def pw_v(self, ctx="quoted"):
        sym = CTX[ctx]
        r = self.r
        style = r.randrange(13)
        if style == 0:
            v = self.word().capitalize() + self.pick(["-", ".", "_", ""]) + self.pick(CITIES) + str(self.num(1960, 2026))
        elif style == 1:
            words = [self.word() for _ in range(self.num(3, 5))]
            v = self.pick(["-", ".", "_"]).join(words)
        elif style == 2:
            v = self.pick(WEAK)
        elif style == 3:
            v = self.pick(ALNUM) + "".join(self.pick(ALNUM + sym) for _ in range(self.num(12, 23)))
        elif style == 4:
            ends = [c for c in "!#?*%+=" if c in sym and c not in NO_END.get(ctx, "")] or [""]
            v = self.pick(MONTHS) + str(self.num(2019, 2026)) + self.pick(ends)
        elif style == 5:
            w = self.word()
            leet = w.replace("a", "4").replace("e", "3").replace("o", "0").replace("i", "1")
            v = leet.capitalize() + self.word().capitalize() + str(self.num(10, 9999))
        elif style == 6:
            v = self.s(UALNUM, self.pick([8, 10, 12]))
        elif style == 7:
            v = self.first().capitalize() + str(self.num(1950, 2008))
        elif style == 8:
            v = "".join(self.pick(SYLL) for _ in range(self.num(3, 5))) + str(self.num(10, 999))
        elif style == 9:
            v = self.word() + self.pick(sym + "!#") + self.word().capitalize() + str(self.num(1, 99))
        elif style == 10:
            v = self.s(ALNUM, self.num(18, 28))
        elif style == 11:
            sep = self.pick(["", "-", ".", "_", "!", "+"])
            v = self.pick(TRICKY) + sep + self.word().capitalize() + sep + str(self.num(1, 2026))
        else:
            v = self.pick(CITIES) + str(self.num(1, 9)) + self.pick(sym + "!#") + self.word()
        allowed = set(ALNUM + sym)
        v = "".join(c for c in v if c in allowed)
        while len(v) < 6:
            v += self.pick(ALNUM)
        bad_end = NO_END.get(ctx, "")
        while v and v[-1] in bad_end:
            v = v[:-1]
        while len(v) < 6:
            v += self.pick(ALNUM)
        if not v[0].isalnum():
            v = self.pick(ALNUM) + v[1:]
        return v

    def pin(self, lo=4, hi=6):
        return self.s(DIG, self.num(lo, hi))
