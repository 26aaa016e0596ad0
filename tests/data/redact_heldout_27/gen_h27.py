"""Value generators for held-out set 27, written from scratch for this set.

Every value is random; none is a real credential.  Markers: U+E000 TAG|kind U+E001 value U+E002.
"""
import base64
import hashlib
import ipaddress
import string

S, SEP, E = "\ue000", "\ue001", "\ue002"
LOW, UP, DIG = string.ascii_lowercase, string.ascii_uppercase, string.digits
ALNUM = LOW + UP + DIG
HEX = "0123456789abcdef"

# characters each context allows in a password (by construction)
CTX = {
    "url": "-_.~",
    "shell": "-_.+,:=%^",
    "ini": "-_.!+=^%~",
    "quoted": "-_.!#%*+=?^~:,",
    "yaml": "-_.!+=^",
    "net": "-_.",
    "prose": "-_.!#%*+=?^~",
}

MINERALS = ["Basalt", "Quartz", "Gneiss", "Pumice", "Obsidian", "Jasper", "Galena", "Pyrite", "Mica", "Feldspar",
            "Gypsum", "Dolomite", "Garnet", "Olivine", "Talc", "Beryl"]
BIRDS = ["heron", "plover", "siskin", "wren", "kestrel", "lapwing", "dunlin", "bunting", "avocet", "godwit",
         "shrike", "pipit", "merlin", "tern", "rail", "egret"]
RIVERS = ["Tagus", "Vistula", "Mekong", "Orinoco", "Limpopo", "Drava", "Loire", "Ebro", "Volta", "Indus", "Yukon",
          "Neretva", "Oder", "Tisza"]
CHEESE = ["gouda", "brie", "feta", "comte", "edam", "manchego", "halloumi", "paneer", "ricotta", "stilton",
          "gruyere", "asiago"]
TOOLS = ["chisel", "awl", "trowel", "mallet", "plane", "rasp", "vise", "level", "auger", "clamp", "spanner"]
SPORTS = ["Curling", "Fencing", "Rowing", "Hurling", "Polo", "Kabaddi", "Sepak", "Biathlon", "Luge"]
WEAK = ["letmein", "welcome", "password", "qwerty", "admin", "monkey", "dragon", "sunshine", "trustno", "iloveyou"]
SEASONS = ["Spring", "Summer", "Autumn", "Winter"]
FIRST = ["ana", "bram", "chidi", "dalia", "emeka", "farah", "goran", "hiro", "ines", "jonas", "kemal", "lena",
         "mateo", "nadia", "oskar", "priya", "quinn", "rafael", "sana", "tomas", "uma", "viktor", "wanjiru", "ximena",
         "yusuf", "zofia", "bilal", "camille", "dmitri", "esra"]
LAST = ["okafor", "lindqvist", "moreau", "tanaka", "reyes", "novak", "haddad", "kowalczyk", "mensah", "bauer",
        "silva", "petrov", "nguyen", "fischer", "costa", "aydin", "murphy", "varga", "sato", "dubois"]
PROVIDERS = ["gmail.com", "outlook.com", "yahoo.com", "proton.me", "gmx.de", "web.de", "mail.ru", "yandex.ru",
             "icloud.com", "zoho.com", "fastmail.com", "hotmail.co.uk", "laposte.net", "libero.it", "seznam.cz",
             "wp.pl", "naver.com", "qq.com", "rediffmail.com", "tutanota.com"]
COMPANIES = ["kestrelfreight.io", "bluetarn.co", "oxbowlabs.net", "pallasmedia.org", "quillhaus.de", "ferncrest.dev",
             "driftwoodcargo.com", "lumenfjord.no", "sablecourier.com.br", "marigoldtickets.in", "tessellate.fi",
             "arkoseradio.fm", "vellumworks.co.uk", "cobaltgrove.nz", "rookery-ops.eu", "saltmarsh.coop"]
RESERVED = ["example.com", "example.org", "example.net", "corp.example", "mail.test", "host.invalid", "localhost",
            "shop.example", "dev.test"]


def mark(tag, kind, value):
    return f"{S}{tag}|{kind}{SEP}{value}{E}"


class G:
    def __init__(self, r):
        self.r = r

    # ----- primitives
    def ch(self, seq):
        return self.r.choice(seq)

    def s(self, n, alphabet=ALNUM):
        return "".join(self.r.choice(alphabet) for _ in range(n))

    def hex(self, n):
        return self.s(n, HEX)

    def uhex(self, n):
        return self.s(n, "0123456789ABCDEF")

    def digits(self, n):
        return self.ch("123456789") + self.s(n - 1, DIG)

    def b64(self, nbytes):
        return base64.b64encode(bytes(self.r.randrange(256) for _ in range(nbytes))).decode()

    def b64url(self, nbytes):
        return base64.urlsafe_b64encode(bytes(self.r.randrange(256) for _ in range(nbytes))).decode().rstrip("=")

    def uuid(self, upper=False):
        h = self.hex(32)
        h = h[:12] + "4" + h[13:16] + self.ch("89ab") + h[17:]
        u = f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"
        return u.upper() if upper else u

    def jwt(self):
        hdr = base64.urlsafe_b64encode(b'{"alg":"HS256","typ":"JWT"}').decode().rstrip("=")
        body = ('{"sub":"%s","iat":%d}' % (self.s(10, LOW + DIG), 1700000000 + self.r.randrange(40000000))).encode()
        return f"{hdr}.{base64.urlsafe_b64encode(body).decode().rstrip('=')}.{self.b64url(32)}"

    def name(self):
        return self.ch(FIRST), self.ch(LAST)

    def person(self):
        f, l = self.name()
        return f"{f.capitalize()} {l.capitalize()}"

    # ----- labelled values (raw)
    def email_raw(self, company=None):
        f, l = self.name()
        local = self.ch([f"{f}.{l}", f"{f}{l[0]}", f"{f[0]}{l}", f"{f}_{l}{self.r.randrange(10, 99)}", f"{l}.{f}",
                         f"{f}{self.r.randrange(1970, 2006)}"])
        dom = company or self.ch(PROVIDERS + COMPANIES)
        return f"{local}@{dom}"

    def role_raw(self, company=None):
        return f"{self.ch(['noc', 'ops', 'billing', 'it', 'helpdesk', 'oncall', 'infra', 'alerts'])}@{company or self.ch(COMPANIES)}"

    def ip_raw(self):
        while True:
            a = self.r.randrange(1, 224)
            if a in (10, 100, 127, 169, 172, 192, 198, 203):
                continue
            ip = f"{a}.{self.r.randrange(256)}.{self.r.randrange(256)}.{self.r.randrange(1, 255)}"
            o = ipaddress.ip_address(ip)
            if o.is_global and not o.is_multicast:
                return ip

    def pw_raw(self, ctx="quoted"):
        sym = CTX[ctx]
        sy = lambda: self.ch(sym)
        style = self.r.randrange(12)
        if style == 0:
            v = f"{self.ch(MINERALS)}{sy()}{self.r.randrange(10, 9999)}{self.ch(BIRDS)}"
        elif style == 1:
            v = self.ch(ALNUM) + self.s(self.r.randrange(11, 22), ALNUM + sym)
        elif style == 2:
            j = self.ch([c for c in "-._" if c in sym] or ["-"])
            v = j.join([self.ch(BIRDS), self.ch(CHEESE), self.ch(TOOLS), self.ch(RIVERS).lower()][: self.r.randrange(3, 5)])
        elif style == 3:
            v = f"{self.ch(WEAK)}{self.r.randrange(1, 100)}"
        elif style == 4:
            v = f"{self.ch(SEASONS)}{self.r.randrange(2019, 2027)}{sy()}"
        elif style == 5:
            v = f"{self.ch(RIVERS)}{self.ch(RIVERS)}{self.r.randrange(100, 999)}"
        elif style == 6:
            v = f"{self.ch(CHEESE).capitalize()}{sy()}{self.ch(TOOLS).upper()}{self.r.randrange(1, 99)}"
        elif style == 7:
            v = f"{self.ch(SPORTS)}{self.r.randrange(1980, 2030)}{sy()}{sy()}"
        elif style == 8:
            cv = "".join(self.ch("bdfgklmnprstvz") + self.ch("aeiou") for _ in range(4))
            v = cv.capitalize() + str(self.r.randrange(10, 99)) + sy()
        elif style == 9:
            v = "".join(self.ch(BIRDS).capitalize() for _ in range(2)) + self.s(3, DIG)
        elif style == 10:
            v = self.s(6, LOW) + sy() + self.s(2, DIG)
        else:
            v = f"{self.ch(TOOLS)}{self.r.randrange(1, 9)}{self.ch(MINERALS).lower()}{sy()}{self.ch(RIVERS)}"
        assert "@" not in v
        return v

    # ----- marked helpers
    def email(self, kind="email", company=None):
        return mark("EMAIL", kind, self.email_raw(company))

    def role(self, company=None):
        return mark("EMAIL", "email_role", self.role_raw(company))

    def ip(self, kind="ip"):
        return mark("IP_ADDRESS", kind, self.ip_raw())

    def pw(self, kind="password", ctx="quoted"):
        return mark("PASSWORD", kind, self.pw_raw(ctx))

    def key(self, kind, value):
        return mark("KEY", kind, value)

    def look(self, kind, value):
        return mark("LOOK", kind, value)

    # ----- look-alikes
    def priv_ip(self):
        k = self.r.randrange(3)
        if k == 0:
            v = f"10.{self.r.randrange(256)}.{self.r.randrange(256)}.{self.r.randrange(1, 255)}"
        elif k == 1:
            v = f"172.{self.r.randrange(16, 32)}.{self.r.randrange(256)}.{self.r.randrange(1, 255)}"
        else:
            v = f"192.168.{self.r.randrange(256)}.{self.r.randrange(1, 255)}"
        return self.look("private_ip", v)

    def doc_ip(self):
        return self.look("doc_ip", f"{self.ch(['192.0.2', '198.51.100', '203.0.113'])}.{self.r.randrange(1, 255)}")

    def loop_ip(self):
        return self.look("loopback_ip", "127.0.0.1")

    def any_ip(self):
        return self.look("unspecified_ip", "0.0.0.0")

    def netmask(self):
        return self.look("netmask", self.ch(["255.255.255.0", "255.255.255.252", "255.255.0.0", "255.255.255.240"]))

    def res_email(self):
        f, l = self.name()
        return self.look("reserved_email", f"{self.ch([f, f + '.' + l, 'admin', 'you', 'user'])}@{self.ch(RESERVED)}")

    def l_uuid(self, kind="uuid"):
        return self.look(kind, self.uuid())

    def version(self):
        return self.look("version", f"{self.r.randrange(0, 9)}.{self.r.randrange(0, 30)}.{self.r.randrange(0, 20)}")

    def build4(self):
        return self.look("build_number", f"{self.r.randrange(1, 9)}.{self.r.randrange(0, 20)}.{self.r.randrange(0, 99)}.{self.r.randrange(100, 9999)}")

    def git_sha(self, short=False):
        return self.look("git_sha_short" if short else "git_sha", self.hex(7 if short else 40))

    def sha256(self):
        return self.look("sha256", hashlib.sha256(self.s(12).encode()).hexdigest())

    def md5(self):
        return self.look("md5", hashlib.md5(self.s(12).encode()).hexdigest())

    def sri(self):
        return self.look("sri_integrity", "sha384-" + base64.b64encode(hashlib.sha384(self.s(9).encode()).digest()).decode())

    def etag(self):
        return self.look("etag", f'"{self.hex(32)}"')

    def nonce(self):
        return self.look("nonce", self.b64(16))

    def bcrypt(self):
        return self.look("bcrypt_hash", "$2b$12$" + self.s(53, ALNUM + "./"))

    def argon2(self):
        return self.look("argon2_hash", "$argon2id$v=19$m=65536,t=3,p=4$" + self.b64(16).rstrip("=") + "$" + self.b64(32).rstrip("="))

    def ssh_fp(self):
        return self.look("ssh_fingerprint", "SHA256:" + self.b64(32).rstrip("="))

    def placeholder(self):
        return self.look("placeholder", self.ch(["<YOUR_API_KEY>", "changeme", "REPLACE_ME", "xxxxxxxx", "${SECRET}",
                                                 "<secret>", "TBD", "********", "<paste-token-here>", "dummy",
                                                 "not-a-real-key", "{{ api_key }}", "CHANGE-THIS"]))

    def masked(self, prefix=""):
        return self.look("masked_key", prefix + "*" * self.r.randrange(6, 14) + self.s(4, LOW + DIG))

    def ticket(self, prefix):
        return self.look("ticket_id", f"{prefix}-{self.r.randrange(100, 99999)}")

    def public_id(self, kind, value):
        return self.look(kind, value)
