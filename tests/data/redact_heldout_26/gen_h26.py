"""Value generators for held-out set 26 (written from scratch for this set).

Every value is random; shapes imitate what they stand for. None is a real credential."""
import base64
import hashlib
import ipaddress
import json
import string

O, S, C = "\ue000", "\ue001", "\ue002"


def M(tag, kind, value):
    return f"{O}{tag}|{kind}{S}{value}{C}"


LOW = string.ascii_lowercase
UP = string.ascii_uppercase
DIG = string.digits
AN = LOW + UP + DIG
HEX = "0123456789abcdef"
B58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"

# symbols each context allows in passwords
CTX = {
    "url": "-_.~",
    "shell": "-_.+,:=%^",
    "ini": "-_.!+=^%~",
    "quoted": "-_.!#%*+=?^~:,",
    "yaml": "-_.!+=^",
    "net": "-_.",
    "prose": "-_.!#%*+=?^~",
}

FISH = ["Pike", "Perch", "Trout", "Char", "Grayling", "Tench", "Bream", "Zander", "Roach", "Burbot", "Sculpin", "Dace"]
STARS = ["Orion", "Lyra", "Draco", "Vega", "Rigel", "Deneb", "Altair", "Mizar", "Castor", "Pollux", "Antares", "Capella"]
SPICE = ["cumin", "saffron", "sumac", "nutmeg", "fennel", "anise", "clove", "mace", "ajwain", "galangal", "cassia", "caraway"]
FABRIC = ["tweed", "satin", "denim", "velvet", "muslin", "chintz", "poplin", "serge", "gingham", "organza", "twill", "jersey"]
DANCE = ["Tango", "Polka", "Mazurka", "Samba", "Rumba", "Foxtrot", "Bolero", "Jive", "Gavotte", "Reel", "Galop", "Hora"]
MOONS = ["Titan", "Europa", "Callisto", "Triton", "Phobos", "Deimos", "Oberon", "Miranda", "Rhea", "Dione", "Enceladus", "Nereid"]
TOOLS = ["chisel", "awl", "mallet", "plane", "rasp", "gimlet", "spokeshave", "adze", "trowel", "vise", "bradawl", "scribe"]
PASTRY = ["strudel", "eclair", "baklava", "kolach", "cannoli", "rugelach", "churro", "pierogi", "scone", "brioche", "kringle", "mochi"]
WORDS = ["amber", "basalt", "cobalt", "dune", "ember", "fjord", "glacier", "harbor", "indigo", "juniper", "kelp", "lagoon",
         "meadow", "nectar", "orchid", "pebble", "quartz", "ridge", "sorrel", "tundra", "umber", "valley", "willow", "zephyr",
         "lantern", "pickle", "rocket", "saddle", "tinder", "velcro", "walrus", "yonder", "bramble", "cactus", "dapple"]
FIRST = ["amira", "bogdan", "chidi", "dana", "eero", "farah", "goran", "hana", "ivo", "jelena", "kofi", "lucia", "mateus",
         "nadia", "oskar", "priya", "quentin", "rafael", "sanne", "tomasz", "ugne", "viktor", "wanjiru", "ximena", "yusuf",
         "zofia", "anouk", "bilal", "carmen", "dmitri", "esra", "felix", "greta", "hamza", "ingrid", "jonas", "keiko", "lars"]
LAST = ["okafor", "nowak", "lindqvist", "moreau", "tanaka", "silva", "kowalczyk", "haddad", "jensen", "rossi", "petrov",
        "mbeki", "ferreira", "novak", "yilmaz", "dubois", "kaur", "oyelaran", "vasquez", "horvat", "berg", "ito", "costa",
        "andersen", "papadakis", "nguyen", "schulz", "kiplagat", "sato", "varga"]
MAILHOST = ["gmail.com", "outlook.com", "yahoo.com", "proton.me", "gmx.de", "yandex.ru", "mail.ru", "web.de", "zoho.com",
            "fastmail.com", "icloud.com", "hotmail.com", "aol.com", "tutanota.com", "seznam.cz", "wp.pl", "libero.it",
            "orange.fr", "laposte.net", "naver.com", "rediffmail.com", "gmx.at", "t-online.de", "free.fr", "mail.com"]
TLDS = ["com", "io", "net", "de", "nl", "co.uk", "com.au", "fr", "es", "it", "pl", "se", "no", "fi", "cz", "pt", "com.br",
        "in", "jp", "ca", "ch", "at", "be", "dk", "ie", "co.nz", "mx", "co.za", "ro", "hu"]
RESERVED = ["example.com", "example.net", "example.org", "corp.example", "mail.test", "lab.test", "nowhere.invalid",
            "localhost", "intranet.example", "qa.example.com"]


class G:
    def __init__(self, rng):
        self.r = rng
        self.domain = self.company_domain()

    # ---------- basic randomness ----------
    def c(self, seq):
        return self.r.choice(seq)

    def n(self, a, b):
        return self.r.randint(a, b)

    def s(self, alphabet, k):
        return "".join(self.r.choice(alphabet) for _ in range(k))

    def an(self, k):
        return self.s(AN, k)

    def hx(self, k):
        return self.s(HEX, k)

    def upan(self, k):
        return self.s(UP + DIG, k)

    def lowan(self, k):
        return self.s(LOW + DIG, k)

    def b64(self, nbytes, url=False):
        raw = bytes(self.r.getrandbits(8) for _ in range(nbytes))
        out = base64.urlsafe_b64encode(raw) if url else base64.b64encode(raw)
        return out.decode()

    def b64u(self, nbytes):
        return self.b64(nbytes, url=True).rstrip("=")

    def uuid(self):
        h = self.hx(32)
        h = h[:12] + "4" + h[13:16] + self.c("89ab") + h[17:]
        return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"

    def jwt(self, claims=None):
        hdr = {"alg": self.c(["HS256", "RS256"]), "typ": "JWT"}
        body = {"sub": self.lowan(12), "iat": self.n(1650000000, 1760000000)}
        if claims:
            body.update(claims)
        enc = lambda d: base64.urlsafe_b64encode(json.dumps(d, separators=(",", ":")).encode()).decode().rstrip("=")
        return f"{enc(hdr)}.{enc(body)}.{self.b64u(32)}"

    def word(self):
        return self.c(WORDS)

    def first(self):
        return self.c(FIRST)

    def last(self):
        return self.c(LAST)

    def person(self):
        return f"{self.first().capitalize()} {self.last().capitalize()}"

    def user(self):
        return self.c([self.first(), f"{self.first()}.{self.last()}", f"{self.first()[0]}{self.last()}", f"svc-{self.word()}"])

    def company_domain(self):
        return f"{self.c(WORDS)}{self.c(WORDS + ['labs', 'works', 'data', 'soft', 'net'])}.{self.c(TLDS)}"

    def host(self, sub=None):
        return f"{sub or self.c(['app', 'db', 'mq', 'edge', 'gw', 'ops', 'vpn', 'mail', 'git', 'ci'])}{self.n(1, 9)}.{self.domain}"

    # ---------- raw values ----------
    def r_email(self):
        local = self.c([f"{self.first()}.{self.last()}", f"{self.first()}{self.n(1, 99)}", f"{self.first()[0]}.{self.last()}",
                        f"{self.last()}.{self.first()}", f"{self.first()}_{self.last()}"])
        if self.r.random() < 0.5:
            return f"{local}@{self.c(MAILHOST)}"
        return f"{local}@{self.domain}"

    def r_role_email(self):
        return f"{self.c(['noc', 'ops', 'billing', 'security', 'helpdesk', 'alerts', 'devops', 'it', 'finance', 'support'])}@{self.domain}"

    def r_ip(self):
        while True:
            a = self.n(1, 223)
            if a in (10, 100, 127, 169, 172, 192, 198, 203):
                continue
            ip = f"{a}.{self.n(0, 255)}.{self.n(0, 255)}.{self.n(1, 254)}"
            o = ipaddress.ip_address(ip)
            if o.is_global and not o.is_multicast:
                return ip

    def r_priv(self):
        return self.c([f"10.{self.n(0, 255)}.{self.n(0, 255)}.{self.n(1, 254)}",
                       f"192.168.{self.n(0, 255)}.{self.n(1, 254)}",
                       f"172.{self.n(16, 31)}.{self.n(0, 255)}.{self.n(1, 254)}"])

    def r_doc(self):
        return self.c([f"192.0.2.{self.n(1, 254)}", f"198.51.100.{self.n(1, 254)}", f"203.0.113.{self.n(1, 254)}"])

    def r_pw(self, ctx):
        sym = CTX[ctx]
        sy = lambda: self.c(sym)
        st = self.n(0, 13)
        if st == 0:
            v = f"{self.c(FISH)}{self.c(SPICE).capitalize()}{self.n(10, 9999)}{sy()}"
        elif st == 1:
            v = self.c(AN) + self.s(AN + sym, self.n(13, 22))
        elif st == 2:
            j = self.c([c for c in "-._" if c in sym] or ["-"])
            v = j.join(self.c(WORDS + SPICE + FABRIC + TOOLS) for _ in range(self.n(3, 5))) + str(self.n(1, 99))
        elif st == 3:
            w = self.c(WORDS + FABRIC)
            leet = w.replace("a", "4").replace("e", "3").replace("o", "0").replace("i", "1")
            v = leet.capitalize() + sy() + str(self.n(10, 99))
        elif st == 4:
            v = f"{self.c(STARS)}{self.n(1990, 2031)}{sy()}"
        elif st == 5:
            v = f"{self.c(DANCE)}{sy()}{self.n(100, 99999)}"
        elif st == 6:
            v = f"{self.c(MOONS)}{self.c(MOONS)}{self.n(1000, 9999)}"
        elif st == 7:
            v = f"{self.c(PASTRY).capitalize()}{self.n(100, 999)}{self.c(TOOLS).upper()}"
        elif st == 8:
            v = f"{self.c(['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'])}{self.n(1, 31)}{sy()}{self.c(['Teal', 'Ochre', 'Mauve', 'Sienna', 'Cerise'])}"
        elif st == 9:
            v = "".join(self.c("bcdfghjklmnprstvz") + self.c("aeiou") for _ in range(self.n(4, 6))) + str(self.n(10, 99))
        elif st == 10:
            v = "-".join(self.upan(4) for _ in range(3)) if "-" in sym else self.upan(12)
        elif st == 11:
            v = self.c(["qwerty", "asdfgh", "zxcvbn", "1qaz2wsx", "qazwsx"]) + self.c(FABRIC).capitalize() + str(self.n(1, 999))
        elif st == 12:
            v = "".join(self.c(WORDS + TOOLS + SPICE).capitalize() for _ in range(3))
        else:
            d = "." if "." in sym else "_"
            v = f"{self.c(FABRIC)}{d}{self.c(['teal', 'ochre', 'mauve', 'umber', 'jade'])}{d}{self.n(10, 9999)}"
        return v

    # ---------- marked values ----------
    def email(self, kind="email"):
        return M("EMAIL", kind, self.r_email())

    def role_email(self):
        return M("EMAIL", "email_role", self.r_role_email())

    def ip(self, kind="public_ip"):
        return M("IP_ADDRESS", kind, self.r_ip())

    def pw(self, ctx, kind="password"):
        return M("PASSWORD", kind, self.r_pw(ctx))

    def key(self, vendor, kind=None):
        return M("KEY", kind or f"{vendor}_key", KEYS[vendor](self))

    def look(self, kind, value):
        return M("LOOK", kind, value)

    # look-alike helpers
    def priv(self):
        return self.look("private_ip", self.r_priv())

    def loop(self):
        return self.look("loopback_ip", self.c(["127.0.0.1", f"127.0.{self.n(0, 9)}.{self.n(1, 9)}"]))

    def docip(self):
        return self.look("doc_ip", self.r_doc())

    def ver(self):
        return self.look("version", f"{self.n(0, 9)}.{self.n(0, 30)}.{self.n(0, 40)}")

    def build4(self):
        return self.look("build_number", f"{self.n(1, 9)}.{self.n(0, 20)}.{self.n(0, 9)}.{self.n(100, 999)}")

    def uuidl(self, kind="uuid_id"):
        return self.look(kind, self.uuid())

    def sha(self):
        return self.look("git_sha", self.hx(40))

    def ssha(self):
        return self.look("git_short_sha", self.hx(self.c([7, 8, 10, 12])))

    def sha256l(self):
        return self.look("sha256", self.hx(64))

    def md5l(self):
        return self.look("md5", self.hx(32))

    def resmail(self):
        return self.look("reserved_email", f"{self.c(FIRST)}@{self.c(RESERVED)}")

    def placeholder(self, style=None):
        v = style or self.c(["<YOUR_API_KEY>", "changeme", "REDACTED", "TODO_SET_ME", "xxxxxxxxxxxx", "<secret>",
                             "${SECRET}", "PLACEHOLDER", "<insert token here>", "****"])
        return self.look("placeholder", v)

    def masked(self, prefix=""):
        return self.look("masked_key", f"{prefix}{'*' * self.n(8, 16)}{self.lowan(4)}")

    def crypt6(self):
        return self.look("sha512_crypt", f"$6${self.s(AN + './', 16)}${self.s(AN + './', 86)}")

    def bcrypt(self):
        return self.look("bcrypt_hash", f"$2y$10${self.s(AN + './', 53)}")

    def mac(self):
        return self.look("mac_address", ":".join(self.hx(2) for _ in range(6)))

    def sshfp(self):
        return self.look("ssh_fingerprint", "SHA256:" + self.b64(32).rstrip("="))

    def netmask(self):
        return self.look("netmask", self.c(["255.255.255.0", "255.255.255.252", "255.255.0.0", "255.255.255.240", "255.255.255.248"]))


def _k(f):
    return f


KEYS = {
    # weather, maps and geo
    "maptiler": lambda g: g.an(20),
    "stadia": lambda g: g.uuid(),
    "ipapi": lambda g: g.hx(32),
    "maxmind": lambda g: f"{g.an(6)}_{g.an(29)}_mmk",
    "graphhopper": lambda g: g.uuid(),
    "openrouteservice": lambda g: "5b3ce3597851110001cf6248" + g.hx(32),
    "mapillary": lambda g: f"MLY|{g.n(10**15, 10**16 - 1)}|{g.hx(32)}",
    "openweathermap": lambda g: g.hx(32),
    "stormglass": lambda g: f"{g.uuid()}-{g.uuid()}",
    "aerisweather_secret": lambda g: g.an(40),
    "xweather": lambda g: g.an(40),
    "carto": lambda g: g.hx(40),
    "meteomatics": lambda g: g.an(10),
    # payments and commerce
    "paytm": lambda g: g.s(AN + "#&@", 0) + g.an(16),
    "phonepe": lambda g: g.uuid(),
    "ccpp": lambda g: g.hx(64).upper(),
    "ipay88": lambda g: g.an(10),
    "tap": lambda g: "sk_live_" + g.an(24),
    "sezzle": lambda g: "sz_priv_" + g.an(32),
    "pagseguro": lambda g: g.upan(32),
    "iugu": lambda g: g.hx(32).upper(),
    "epayco": lambda g: g.hx(40),
    "trustly": lambda g: g.an(32),
    "skrill": lambda g: g.upan(16),
    "helcim": lambda g: g.an(29),
    "finix": lambda g: g.uuid(),
    "dwolla": lambda g: g.an(50),
    "finicity": lambda g: g.hx(32),
    "yapily": lambda g: g.uuid(),
    "fastspring": lambda g: g.upan(22),
    "thinkific": lambda g: g.hx(32),
    "kajabi": lambda g: g.an(48),
    "prestashop": lambda g: g.upan(32),
    "medusa": lambda g: "sk_" + g.hx(64),
    "saleor": lambda g: g.an(30),
    "swell": lambda g: "sk_" + g.an(32),
    "snipcart": lambda g: "ST_" + g.b64(36).rstrip("="),
    "ecwid": lambda g: "secret_" + g.an(32),
    "vendure": lambda g: g.hx(40),
    "paysafe": lambda g: g.b64(60),
    # messaging, email
    "elasticemail": lambda g: g.hx(96).upper(),
    "kit": lambda g: g.an(43),
    "exotel": lambda g: g.hx(40),
    "routee": lambda g: g.an(32),
    "weglot": lambda g: "wg_" + g.hx(32),
    "poeditor": lambda g: g.hx(32),
    "localazy": lambda g: "a" + g.lowan(19) + "-" + g.uuid(),
    "modernmt": lambda g: g.uuid().upper(),
    "lingvanex": lambda g: "a_" + g.an(46),
    "smartling": lambda g: g.an(32) + "^" + g.an(20),
    "witai": lambda g: g.upan(32),
    "voiceflow": lambda g: f"VF.DM.{g.hx(24)}.{g.an(16)}",
    "botpress": lambda g: "bp_pat_" + g.an(40),
    "landbot": lambda g: "Token " + g.hx(40),
    "manychat": lambda g: f"{g.n(100000, 9999999)}:{g.hx(32)}",
    "chatfuel": lambda g: g.hx(32),
    "drift": lambda g: g.an(32),
    "zopim": lambda g: g.an(40),
    # saas, hosting, storage
    "coda": lambda g: g.uuid(),
    "everhour": lambda g: f"{g.hx(4)}-{g.hx(4)}-{g.hx(6)}-{g.hx(6)}-{g.hx(8)}",
    "calcom": lambda g: "cal_live_" + g.hx(32),
    "whereby": lambda g: g.jwt({"iss": "https://accounts.srv.whereby.com"}),
    "dailyco": lambda g: g.hx(64),
    "imagekit": lambda g: "private_" + g.b64(21),
    "bunnycdn": lambda g: f"{g.uuid()}{g.hx(4)}-{g.hx(4)}-{g.hx(4)}-{g.hx(4)}-{g.hx(12)}",
    "cdn77": lambda g: g.an(40),
    "tebi_secret": lambda g: g.an(40),
    "tebi_access": lambda g: g.an(16),
    "idrive_access": lambda g: g.an(20),
    "idrive_secret": lambda g: g.an(40),
    "hostwinds": lambda g: g.hx(64),
    "zeabur": lambda g: "sk-" + g.lowan(32),
    "sevalla": lambda g: g.an(48),
    "clevercloud_token": lambda g: g.hx(32),
    "clevercloud_secret": lambda g: g.hx(32),
    "alwaysdata": lambda g: g.hx(32),
    "replit": lambda g: g.b64u(48),
    "valtown": lambda g: g.uuid(),
    "hygraph": lambda g: g.jwt({"aud": ["https://api-eu-central-1.hygraph.com/v2"], "iss": "https://management.hygraph.com/"}),
    "builderio": lambda g: "bpk-" + g.hx(32),
    "plasmic": lambda g: g.an(64),
    "wix": lambda g: "IST." + g.jwt(),
    "squarespace": lambda g: g.uuid(),
    "glitch": lambda g: g.uuid(),
    "coroot": lambda g: g.lowan(32),
    "scalyr": lambda g: g.b64(33).replace("+", "-").replace("/", "_"),
    "errbit": lambda g: g.hx(32),
    "pyroscope": lambda g: "psx-" + g.b64u(40),
    "grist": lambda g: g.hx(40),
    "cachet": lambda g: g.an(20),
    "pandora": lambda g: g.an(16),
    # devops, ci
    "teller_vault": lambda g: "hvs." + g.an(24),
    "appcircle": lambda g: g.an(64),
    "keptn": lambda g: g.an(44),
    "windmill": lambda g: g.an(32),
    "dkron": lambda g: g.hx(32),
    "cronicle": lambda g: g.hx(32),
    "abstruse": lambda g: g.hx(64),
    "brainboard": lambda g: "bb_" + g.an(40),
    "mergify": lambda g: "mergify_application_key_" + g.an(48),
    "gitbucket": lambda g: g.hx(40),
    "reviewable": lambda g: g.an(28),
    "codestream": lambda g: g.b64u(40),
    "tracetest": lambda g: "tt_" + g.an(36),
    "microcks": lambda g: g.an(32),
    "testkube": lambda g: "tkcapi_" + g.hx(30),
    "katalon": lambda g: g.uuid(),
    # generic
    "hex32": lambda g: g.hx(32),
    "hex40": lambda g: g.hx(40),
    "hex64": lambda g: g.hx(64),
    "an32": lambda g: g.an(32),
    "an40": lambda g: g.an(40),
    "an64": lambda g: g.an(64),
    "b64_32": lambda g: g.b64(32),
    "b64_48": lambda g: g.b64(48),
    "jwt": lambda g: g.jwt(),
    "uuid": lambda g: g.uuid(),
    "aws_like_access": lambda g: "AKIA" + g.upan(16),
    "aws_like_secret": lambda g: g.s(AN + "+/", 40),
}
