"""Value generators for held-out set 30 (written from scratch for this set).

Every value is random; none is a real credential. Values are wrapped in private-use markers:
U+E000 TAG|kind U+E001 value U+E002; the tag LOOK marks a look-alike.
"""
import base64
import ipaddress
import string

S, MID, E = "\ue000", "\ue001", "\ue002"


def M(tag, kind, value):
    return f"{S}{tag}|{kind}{MID}{value}{E}"


def LK(kind, value):
    return M("LOOK", kind, value)


HEX = "0123456789abcdef"
ALNUM = string.ascii_letters + string.digits
LOWALNUM = string.ascii_lowercase + string.digits
UPALNUM = string.ascii_uppercase + string.digits
B64URL = ALNUM + "-_"
B64 = ALNUM + "+/"

FIRST = ["amara", "tomasz", "ines", "kwabena", "hao", "oskar", "priya", "mateus", "yuki", "fatou", "dmitri",
         "lucia", "tariq", "ingrid", "chidi", "sofia", "rahul", "noor", "emeka", "helga", "pablo", "mei",
         "olu", "anouk", "bilal", "greta", "kofi", "lars", "nadia", "ruben", "sana", "teodor", "wanjiru",
         "zeynep", "jonas", "marisol", "arjun", "elif", "hugo", "leila", "matteo", "nkechi", "pita", "selin"]
LAST = ["okafor", "nowak", "ferreira", "mensah", "chen", "lindqvist", "raman", "souza", "tanaka", "diallo",
        "volkov", "moreno", "haddad", "berg", "eze", "rossi", "mehta", "karimi", "adeyemi", "larsen",
        "ortega", "wong", "balogun", "visser", "qureshi", "schulz", "asante", "nilsen", "petrova", "cohen",
        "aydin", "kamau", "yilmaz", "duarte", "iyer", "kaya", "lambert", "farah", "bianchi", "obi"]
PROVIDERS = ["fastmail.com", "posteo.de", "laposte.net", "libero.it", "rediffmail.com", "icloud.com",
             "hey.com", "outlook.com", "tutanota.com"]
COMPANY = ["tidewrenlabs.com", "copperfinch.io", "northgable.co", "quillmarsh.net", "brambleworks.org",
           "saltpine.dev", "ferrowick.com", "lanternbay.io", "mossbridge-retail.com", "oakhollow.studio",
           "pebblecart.shop", "rivetandrye.com", "sundewgoods.eu", "thornfield-ict.nl", "veldtmarket.co.za",
           "wickstone.coop", "yarrowpay.app", "zephyrkiln.com", "kestrelwharf.uk", "amberloom.fr"]
RESERVED = ["example.com", "example.org", "example.net", "shop.example", "mail.test", "corp.invalid",
            "dev.example.com", "staging.test"]
WORDS = ["pumpkin", "lantern", "sparrow", "meadow", "lentil", "violet", "granite", "cactus", "maple", "cobalt",
         "saffron", "pelican", "walnut", "orchid", "glacier", "tundra", "basil", "marble", "nectar", "velvet",
         "juniperus", "otter", "puffin", "quartz", "thistle", "sorrel", "tamarind", "umber", "willow", "zinnia",
         "lagoon", "candle", "dynamo", "ember", "cashew", "gravel", "hazel", "indigo", "jasper", "kettle",
         "tinsel", "mango", "nutmeg", "olive", "pickle", "radish", "spruce", "toffee", "turnip", "waffle"]
CITIES = ["Lagos", "Tartu", "Recife", "Kraków", "Hobart", "Izmir", "Pune", "Cusco", "Oulu", "Accra", "Bergen",
          "Leeds", "Nantes", "Aarhus", "Porto", "Mombasa", "Tromso", "Cebu", "Davao", "Ghent"]
CITIES_ASCII = [c for c in CITIES if c.isascii()]
SEASONS = ["Winter", "Summer", "Autumn"]

# characters each context allows besides letters and digits
CTX = {
    "url": "-_.~",
    "shell": "-_.+,:=%^",
    "ini": "-_.!+=^%~",
    "quoted": "-_.!#%*+=?^~:,",
    "quoted_sp": "-_.!#%*+=?^~:, ",
    "yaml": "-_.!+=^",
    "plain": "-_.",
    "prose": "-_.!#%*+=?^~",
}


class G:
    def __init__(self, rng):
        self.r = rng

    # ---- basic pieces
    def choice(self, seq):
        return self.r.choice(seq)

    def s(self, alphabet, n):
        return "".join(self.r.choice(alphabet) for _ in range(n))

    def hexs(self, n):
        return self.s(HEX, n)

    def alnum(self, n):
        return self.s(ALNUM, n)

    def low(self, n):
        return self.s(LOWALNUM, n)

    def up(self, n):
        return self.s(UPALNUM, n)

    def b64url(self, n):
        return self.s(B64URL, n)

    def digits(self, n):
        return self.s(string.digits, n)

    def uuid(self):
        h = self.hexs(32)
        h = h[:12] + "4" + h[13:16] + self.choice("89ab") + h[17:]
        return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"

    def b64(self, nbytes):
        return base64.b64encode(bytes(self.r.randrange(256) for _ in range(nbytes))).decode()

    def b64u_raw(self, nbytes):
        return base64.urlsafe_b64encode(bytes(self.r.randrange(256) for _ in range(nbytes))).decode().rstrip("=")

    def jwt(self, claims=None):
        import json
        head = base64.urlsafe_b64encode(b'{"alg":"HS256","typ":"JWT"}').decode().rstrip("=")
        body = claims or {"sub": self.low(10), "iat": 1700000000 + self.r.randrange(60000000)}
        b = base64.urlsafe_b64encode(json.dumps(body, separators=(",", ":")).encode()).decode().rstrip("=")
        return f"{head}.{b}.{self.b64u_raw(32)}"

    # ---- people and places
    def first(self):
        return self.choice(FIRST)

    def last(self):
        return self.choice(LAST)

    def person(self):
        return f"{self.first().capitalize()} {self.last().capitalize()}"

    def local(self):
        f, l = self.first(), self.last()
        return self.choice([f"{f}.{l}", f"{f}{l[0]}", f"{f[0]}{l}", f"{f}_{l}", f"{f}.{l}{self.r.randrange(2, 99)}",
                            f"{l}.{f}"])

    def email_raw(self, domain=None):
        return f"{self.local()}@{domain or self.choice(PROVIDERS + COMPANY)}"

    def email(self, kind="email"):
        return M("EMAIL", kind, self.email_raw())

    def email_at(self, domain, kind="email"):
        return M("EMAIL", kind, self.email_raw(domain))

    def role_email(self, role=None, domain=None):
        role = role or self.choice(["ops", "billing", "support", "noc", "alerts", "it", "hello", "security"])
        return M("EMAIL", "email_role", f"{role}@{domain or self.choice(COMPANY)}")

    def reserved_email_raw(self):
        return f"{self.local()}@{self.choice(RESERVED)}"

    def reserved_email(self):
        return LK("reserved_email", self.reserved_email_raw())

    def company(self):
        return self.choice(COMPANY)

    # ---- addresses
    def ipv4_raw(self):
        while True:
            a = self.r.randrange(1, 224)
            if a in (10, 100, 127, 169, 172, 192, 198, 203, 0):
                continue
            ip = f"{a}.{self.r.randrange(256)}.{self.r.randrange(256)}.{self.r.randrange(1, 255)}"
            o = ipaddress.ip_address(ip)
            if o.is_global and not o.is_multicast:
                return ip

    def ip(self, kind="ipv4"):
        return M("IP_ADDRESS", kind, self.ipv4_raw())

    def ipv6_raw(self):
        pre = self.choice(["2a01:4f8", "2a02:c207", "2001:41d0", "2604:a880", "2600:3c03", "2a03:b0c0",
                           "2a05:d014", "2406:da18", "2a0e:97c0", "2c0f:f248"])
        tail = ":".join(format(self.r.randrange(1, 65536), "x") for _ in range(self.r.choice([2, 3, 4])))
        ip = f"{pre}:{self.r.randrange(1, 4096):x}::{tail}" if self.r.random() < 0.6 else \
            f"{pre}:{':'.join(format(self.r.randrange(65536), 'x') for _ in range(6))}"
        assert ipaddress.ip_address(ip).is_global, ip
        return str(ipaddress.ip_address(ip))

    def ip6(self, kind="ipv6"):
        return M("IP_ADDRESS", kind, self.ipv6_raw())

    def private_ip_raw(self):
        k = self.r.randrange(3)
        if k == 0:
            return f"10.{self.r.randrange(256)}.{self.r.randrange(256)}.{self.r.randrange(1, 255)}"
        if k == 1:
            return f"172.{self.r.randrange(16, 32)}.{self.r.randrange(256)}.{self.r.randrange(1, 255)}"
        return f"192.168.{self.r.randrange(256)}.{self.r.randrange(1, 255)}"

    def private_ip(self):
        return LK("private_ip", self.private_ip_raw())

    def testnet_raw(self):
        return f"{self.choice(['192.0.2', '198.51.100', '203.0.113'])}.{self.r.randrange(1, 255)}"

    def testnet_ip(self):
        return LK("testnet_ip", self.testnet_raw())

    def ula6(self):
        return LK("ula_ipv6", f"fd{self.hexs(2)}:{self.hexs(4)}:{self.hexs(4)}::{self.r.randrange(1, 300):x}")

    def linklocal6(self):
        return LK("linklocal_ipv6", f"fe80::{self.hexs(4).lstrip('0') or '1'}:{self.hexs(2)}ff:fe{self.hexs(2)}:{self.hexs(4).lstrip('0') or '1'}")

    def doc6(self):
        return LK("doc_ipv6", f"2001:db8:{self.r.randrange(1, 65535):x}::{self.r.randrange(1, 300):x}")

    def netmask(self):
        return LK("netmask", self.choice(["255.255.255.0", "255.255.0.0", "255.255.255.248", "255.255.255.252",
                                          "255.255.254.0", "255.255.255.240"]))

    # ---- look-alike identifiers
    def version(self):
        return LK("version", f"{self.r.randrange(0, 12)}.{self.r.randrange(0, 30)}.{self.r.randrange(0, 40)}")

    def firmware4(self):
        return LK("firmware_build", f"{self.r.randrange(1, 9)}.{self.r.randrange(0, 20)}.{self.r.randrange(0, 99)}."
                                    f"{self.r.randrange(1, 400)}")

    def uuid_look(self, kind="uuid"):
        return LK(kind, self.uuid())

    def sha(self):
        return LK("git_sha", self.hexs(40))

    def short_sha(self):
        return LK("git_short_sha", self.hexs(self.choice([7, 8, 10, 12])))

    def sha256(self, kind="sha256"):
        return LK(kind, self.hexs(64))

    def md5(self, kind="md5_checksum"):
        return LK(kind, self.hexs(32))

    def bcrypt(self):
        return LK("bcrypt_hash", "$2b$" + str(self.choice([10, 11, 12])) + "$" +
                  self.s(ALNUM + "./", 53))

    def masked(self):
        tail = self.alnum(4)
        return LK("masked_key", self.choice(["*" * 12 + tail, "•" * 8 + tail, "xxxx-xxxx-" + tail,
                                             tail[:2] + "…" + tail[2:], "sk_" + "*" * 16]))

    def placeholder(self):
        return LK("placeholder", self.choice(["<YOUR_API_KEY>", "changeme", "REPLACE_ME", "TODO", "xxxxxxxx",
                                              "${SECRET}", "<password>", "your-token-here", "CHANGE_ME_LATER",
                                              "********", "dummy", "<redacted>"]))

    def ssh_pub(self):
        return LK("ssh_public_key", "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI" + self.b64(32)[:43])

    def mac(self):
        return LK("mac_address", ":".join(self.hexs(2).upper() for _ in range(6)))

    def serial(self):
        return LK("serial_number", self.up(4) + "-" + self.digits(6))

    def order_id(self, kind="record_id"):
        return LK(kind, self.choice(["ORD-", "INV-", "#", "TCK-", "REF-"]) + self.digits(self.r.randrange(5, 9)))

    # ---- passwords
    def pw_raw(self, ctx="quoted"):
        allowed = CTX[ctx]
        syms = [c for c in allowed if c not in " "] or ["-"]
        r = self.r
        style = r.randrange(14)
        w = lambda: self.choice(WORDS)
        if style == 0:
            sep = self.choice([c for c in "-._" if c in allowed] + [""])
            v = sep.join([w().capitalize(), self.choice(CITIES_ASCII), str(r.randrange(1990, 2026))])
        elif style == 1:
            n = r.randrange(3, 7)
            sep = " " if ctx == "quoted_sp" else self.choice([c for c in "-._" if c in allowed])
            v = sep.join(w() for _ in range(n))
        elif style == 2:
            v = self.choice(["letmein2", "Password1", "trustno1", "qwerty123", "Welcome1", "admin2024", "iloveyou7",
                             "Sunshine9", "monkey88", "dragon12"])
        elif style == 3:
            v = self.s(ALNUM + "".join(syms), r.randrange(10, 22))
        elif style == 4:
            v = self.choice(SEASONS) + str(r.randrange(2019, 2026)) + self.choice(syms)
        elif style == 5:
            leet = str.maketrans("aeiost", "4310$7") if "$" in allowed else str.maketrans("aeiot", "43107")
            v = w().translate(leet) + w().capitalize().translate(leet) + self.digits(2)
        elif style == 6:
            v = self.up(r.randrange(8, 13))
        elif style == 7:
            v = self.first().capitalize() + str(r.randrange(1960, 2010))
        elif style == 8:
            v = self.hexs(r.randrange(16, 25))
        elif style == 9:
            syl = ["ka", "zu", "mo", "ri", "te", "lo", "vi", "na", "pe", "gu", "sha", "do"]
            v = "".join(self.choice(syl) for _ in range(r.randrange(3, 6))) + self.digits(r.randrange(2, 5))
        elif style == 10:
            v = self.choice(["Ihtbm", "Mcwcp", "Tqbfj", "Wwwtg", "Iwtsr"]) + self.digits(1) + self.choice(syms) + \
                self.choice(string.ascii_uppercase)
        elif style == 11:
            v = w() + self.choice(syms) + w().capitalize() + self.digits(r.randrange(1, 4))
        elif style == 12:
            v = self.alnum(r.randrange(18, 29))
        else:
            v = w().capitalize() + w().capitalize() + self.digits(4)
        v = "".join(c for c in v if c.isalnum() or c in allowed)
        v = v.strip()
        if not v[0].isalnum():
            v = self.choice(string.ascii_letters) + v
        if ctx == "prose" and not v[-1].isalnum():
            v = v + self.digits(1)
        assert "@" not in v
        return v

    def pw(self, kind="password", ctx="quoted"):
        return M("PASSWORD", kind, self.pw_raw(ctx))

    # ---- keys
    def key(self, kind, value):
        return M("KEY", kind, value)

    def generic_key(self, kind="api_key"):
        shape = self.r.randrange(6)
        v = [lambda: self.hexs(32), lambda: self.hexs(40), lambda: self.alnum(32), lambda: self.b64url(43),
             lambda: self.alnum(48), lambda: self.hexs(64)][shape]()
        return M("KEY", kind, v)

    def secret_b64(self, kind="secret_key", nbytes=32):
        return M("KEY", kind, self.b64(nbytes))

    def pem_oneline(self, kind="private_key_pem"):
        body = "\\n".join(self.b64(48) for _ in range(4))
        return M("KEY", kind, f"-----BEGIN PRIVATE KEY-----\\n{body}\\n-----END PRIVATE KEY-----")
