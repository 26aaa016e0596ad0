"""Value generators for held-out set 44 (standard library only; no codelm import).

A template receives a G bound to its own random.Random and returns text in which every planted value is
wrapped in private-use markers: U+E000 TAG|kind U+E001 value U+E002.  TAG is EMAIL, IP_ADDRESS, KEY, PASSWORD
or LOOK (a look-alike that a redactor should leave alone).
"""
import base64
import string

M0, M1, M2 = "\ue000", "\ue001", "\ue002"


def mark(tag, kind, value):
    return f"{M0}{tag}|{kind}{M1}{value}{M2}"


PROVIDERS = [
    "mnet-online.de", "teleos-web.de", "wtnet.de", "telepac.pt", "zeelandnet.nl", "quicknet.nl",
    "swissonline.ch", "vtxnet.ch", "glocalnet.net", "frisurf.no", "welho.com", "elisanet.fi",
    "stofanet.dk", "rdslink.ro", "clicknet.ro", "t-2.net", "amis.net", "cogeco.ca", "eastlink.ca",
    "fibertel.com.ar", "cantv.net", "antel.com.uy", "tie.cl", "une.net.co", "mchsi.com", "epix.net",
]

FIRST = ["oriane", "teodor", "wiebke", "casimir", "ysolde", "benedek", "marit", "lorcan", "anouk", "valdis",
         "sigrun", "emeric", "thora", "radek", "ilse", "fenna", "jarmo", "liesel", "ottavio", "quirina",
         "severin", "tamsin", "ulrich", "veerle", "wendelin", "xaver", "yannick", "zdenka", "brigitta",
         "cosmin", "dorota", "eamon", "filippa", "gwenael", "hedda"]
LAST = ["vandermeulen", "kowalczyk", "lindqvist", "okonkwo", "rautio", "szabados", "trevisan", "uusitalo",
        "wegscheider", "zelenka", "brannigan", "castellanos", "dimitriou", "engstrand", "fairweather",
        "hovland", "iturralde", "jablonski", "kettunen", "lachance", "mazurek", "nyqvist", "oyelaran",
        "pellegrini", "quennell", "sandoval", "tamminen"]

WEAK = ["Gingersnap7", "Peppercorn22", "Quokka1991", "Clementine123", "Porcupine5", "Sassafras88",
        "Rhubarb2024", "Cardamom9", "Wombat77", "Nutmeg2017", "Pistachio44", "Capybara3"]
WORDS = ["velvet", "meadow", "tundra", "ember", "basalt", "kelp", "fjord", "trellis", "saffron", "pumice",
         "lagoon", "sprocket", "gazebo", "dormouse", "teapot", "chestnut", "wigwam", "gooseberry", "ocelot",
         "thimble", "bluebell", "wombat", "periwinkle", "huckleberry", "nutmeg", "cardamom", "rhubarb",
         "porcupine", "marble", "cobalt", "pebble", "harbor", "violet", "otter", "cinder", "walnut", "maple",
         "falcon", "quartz", "nimbus", "sorrel", "tinsel", "bramblewood", "copperleaf"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]
WALKS = ["Qaz2wsx", "Zaq1xsw2", "1qaz2wsx3edc", "Asdf1234", "Poiu0987", "Mnbvcx12", "Wsx3edc4rfv"]

# characters a password may hold in each context, besides letters and digits
CTX = {
    "url": "-_.~",
    "shell": "-_.+:=%^",
    "ini": "-_.!+=^%~",
    "q": "-_.!#%*+=?^~:,",
    "xml": "-_.!#%*+=?^~:,",
    "yaml": "-_.!+=^",
    "plain": "-_.",
    "prose": "-_.!#%*+=?^~",
    "alnum": "",
}

IP4_FIRST = [5, 23, 31, 37, 46, 62, 77, 78, 80, 81, 82, 83, 84, 85, 86, 87, 88, 89, 91, 93, 94, 95, 109,
             141, 145, 151, 176, 178, 185, 188, 193, 194, 195, 212, 213, 217]
IP6_PREFIX = ["2a01:4f8", "2a02:2788", "2001:67c", "2a00:1098", "2600:1f18", "2604:a880", "2a03:b0c0",
              "2001:41d0", "2a05:d014", "2c0f:f248", "2400:cb00", "2406:da18", "2a0e:97c0", "2001:470"]

ALNUM = string.ascii_letters + string.digits
LOWER_ALNUM = string.ascii_lowercase + string.digits
UPPER_ALNUM = string.ascii_uppercase + string.digits
HEX = "0123456789abcdef"


class G:
    def __init__(self, rng):
        self.r = rng

    # ---------- small helpers ----------
    def pick(self, seq):
        return self.r.choice(seq)

    def s(self, n, alphabet=ALNUM):
        return "".join(self.r.choice(alphabet) for _ in range(n))

    def hex(self, n):
        return self.s(n, HEX)

    def num(self, a, b):
        return self.r.randint(a, b)

    def first(self):
        return self.pick(FIRST)

    def last(self):
        return self.pick(LAST)

    def name(self):
        return self.first().capitalize() + " " + self.last().capitalize()

    def user(self):
        f, l = self.first(), self.last()
        return self.pick([f, f + l[0], f[0] + l, f + str(self.num(2, 99))])

    def uuid_raw(self):
        h = self.hex(32)
        h = h[:12] + "4" + h[13:16] + self.pick("89ab") + h[17:]
        return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"

    # ---------- labelled values ----------
    def email_raw(self, local=None, domain=None):
        if local is None:
            f, l = self.first(), self.last()
            style = self.num(0, 6)
            local = [f"{f}.{l}", f"{f[0]}{l}", f"{f}_{l}{self.num(1, 99)}", f"{l}.{f[0]}",
                     f"{f}{self.num(60, 99)}", f"{f}-{l}", f"{l}{self.num(1, 9)}"][style]
        if domain is None:
            domain = self.pick(PROVIDERS)
        return f"{local}@{domain}"

    def E(self, kind, local=None, domain=None):
        return mark("EMAIL", kind, self.email_raw(local, domain))

    def ip4_raw(self):
        while True:
            a = self.pick(IP4_FIRST)
            v = f"{a}.{self.num(0, 255)}.{self.num(0, 255)}.{self.num(1, 254)}"
            if not v.startswith(("23.0.", "185.0.")):
                return v

    def ip6_raw(self):
        p = self.pick(IP6_PREFIX)
        style = self.num(0, 3)
        if style == 0:
            return f"{p}:{self.hex(self.num(1, 4)).lstrip('0') or '1'}::{self.hex(self.num(1, 4)).lstrip('0') or '2'}"
        if style == 1:
            groups = [self.hex(4).lstrip("0") or "0" for _ in range(6)]
            return p + ":" + ":".join(groups)
        if style == 2:
            return f"{p}:{self.hex(3).lstrip('0') or 'a'}:{self.hex(4).lstrip('0') or 'b'}::{self.hex(2).lstrip('0') or '1'}"
        return f"{p}::{self.hex(4).lstrip('0') or 'c'}:{self.hex(4).lstrip('0') or 'd'}"

    def IP(self, kind, v6=0.22):
        if self.r.random() < v6:
            return mark("IP_ADDRESS", kind + "_v6", self.ip6_raw())
        return mark("IP_ADDRESS", kind, self.ip4_raw())

    def IP4(self, kind):
        return mark("IP_ADDRESS", kind, self.ip4_raw())

    def IP6(self, kind):
        return mark("IP_ADDRESS", kind, self.ip6_raw())

    def IPu(self, kind, v6=0.2):
        """IP for use before a port or in a URL: IPv6 comes in brackets outside the label."""
        if self.r.random() < v6:
            return "[" + mark("IP_ADDRESS", kind + "_v6", self.ip6_raw()) + "]"
        return mark("IP_ADDRESS", kind, self.ip4_raw())

    def key_raw(self, shape=None):
        shapes = ["hex32", "hex40", "hex64", "an24", "an32", "an40", "up36", "lo32", "b64_32", "b64_48",
                  "b64u43", "jwt", "uuid"]
        if shape is None:
            shape = self.pick(shapes)
        if shape == "hex32":
            return self.hex(32)
        if shape == "hex40":
            return self.hex(40)
        if shape == "hex64":
            return self.hex(64)
        if shape == "an24":
            return self.s(24)
        if shape == "an32":
            return self.s(32)
        if shape == "an40":
            return self.s(40)
        if shape == "up36":
            return self.s(36, UPPER_ALNUM)
        if shape == "lo32":
            return self.s(32, LOWER_ALNUM)
        if shape == "b64_32":
            return base64.b64encode(bytes(self.num(0, 255) for _ in range(32))).decode()
        if shape == "b64_48":
            return base64.b64encode(bytes(self.num(0, 255) for _ in range(48))).decode()
        if shape == "b64_64":
            return base64.b64encode(bytes(self.num(0, 255) for _ in range(64))).decode()
        if shape == "b64u43":
            return base64.urlsafe_b64encode(bytes(self.num(0, 255) for _ in range(32))).decode().rstrip("=")
        if shape == "jwt":
            hdr = base64.urlsafe_b64encode(b'{"alg":"HS256","typ":"JWT"}').decode().rstrip("=")
            body = base64.urlsafe_b64encode(
                ('{"sub":"%s","iat":%d}' % (self.s(10, LOWER_ALNUM), self.num(1700000000, 1790000000))).encode()
            ).decode().rstrip("=")
            sig = base64.urlsafe_b64encode(bytes(self.num(0, 255) for _ in range(32))).decode().rstrip("=")
            return f"{hdr}.{body}.{sig}"
        if shape == "uuid":
            return self.uuid_raw()
        if shape == "flw":
            return f"FLWSECK-{self.hex(32)}-X"
        if shape == "dsapi":
            return "dsapi" + self.hex(32)
        if shape == "langfuse_sk":
            return "sk-lf-" + self.uuid_raw()
        if shape == "tskey":
            return f"tskey-api-{self.s(17, ALNUM)}-{self.s(32, ALNUM)}"
        if shape == "aio":
            return "aio_" + self.s(28)
        if shape == "pmat":
            return "PMAT-" + self.s(26, UPPER_ALNUM)
        if shape == "napi":
            return "napi_" + self.s(64, LOWER_ALNUM)
        if shape == "glsoat":
            return "glsoat-" + self.s(20, ALNUM + "-_")[:-1] + self.s(1)
        if shape == "cciprj":
            return f"CCIPRJ_{self.s(22)}_{self.hex(40)}"
        if shape == "fcm":
            return f"AAAA{self.s(7)}:APA91b{self.s(134, ALNUM + '-_')}"
        if shape == "sas":
            return base64.b64encode(bytes(self.num(0, 255) for _ in range(32))).decode()
        raise ValueError(shape)

    def K(self, kind, shape=None):
        return mark("KEY", kind, self.key_raw(shape))

    def Kv(self, kind, value):
        """Label a key value built by the template (same value may be written twice)."""
        return mark("KEY", kind, value)

    def Pv(self, kind, value):
        return mark("PASSWORD", kind, value)

    def Ev(self, kind, value):
        return mark("EMAIL", kind, value)

    def IPv(self, kind, value):
        return mark("IP_ADDRESS", kind, value)

    def pw_raw(self, ctx="q", style=None):
        extra = CTX[ctx]
        if style is None:
            style = self.num(0, 9)
        if style == 0:  # passphrase
            n = self.num(3, 5)
            sep = self.pick([c for c in "-._" if c in extra] or [""])
            ws = [self.pick(WORDS) for _ in range(n)]
            if self.r.random() < 0.5:
                ws = [w.capitalize() for w in ws]
            if self.r.random() < 0.5:
                ws.append(str(self.num(2, 99)))
            return sep.join(ws)
        if style == 1:  # generated with symbols
            n = self.num(14, 23)
            body = self.s(n - 2, ALNUM + extra * 2)
            return self.s(1) + body + self.s(1)
        if style == 2:
            return self.pick(WEAK)
        if style == 3:
            return self.pick(MONTHS) + str(self.num(2019, 2027)) + ("!" if "!" in extra and self.r.random() < 0.6 else "")
        if style == 4:
            return self.first().capitalize() + str(self.num(1958, 2006))
        if style == 5:
            return self.s(self.num(16, 28))
        if style == 6:  # leetspeak
            w = self.pick(WORDS)
            leet = w.replace("a", "4").replace("e", "3").replace("o", "0").replace("i", "1")
            return leet + self.pick(WORDS).capitalize() + str(self.num(1, 999))
        if style == 7:
            return self.pick(WORDS) + str(self.num(100, 999)) + self.pick(WORDS).capitalize()
        if style == 8:  # keyboard walk
            w = self.pick(WALKS)
            tail = self.pick([c for c in "!#%*" if c in extra] or [""])
            return w + tail
        # style 9: pronounceable generated, with dashes when allowed
        parts = ["".join(self.pick("bcdfghjklmnprstvz") + self.pick("aeiou") for _ in range(3)) for _ in range(3)]
        sep = "-" if "-" in extra else ""
        return sep.join(parts).capitalize() + str(self.num(1, 9))

    def P(self, kind, ctx="q", style=None):
        return mark("PASSWORD", kind, self.pw_raw(ctx, style))

    # ---------- look-alikes ----------
    def L(self, kind, value):
        return mark("LOOK", kind, value)

    def priv(self):
        c = self.num(0, 2)
        if c == 0:
            v = f"10.{self.num(0, 255)}.{self.num(0, 255)}.{self.num(1, 254)}"
        elif c == 1:
            v = f"172.{self.num(16, 31)}.{self.num(0, 255)}.{self.num(1, 254)}"
        else:
            v = f"192.168.{self.num(0, 255)}.{self.num(1, 254)}"
        return self.L("private_ip", v)

    def loop(self):
        return self.L("loopback_ip", self.pick(["127.0.0.1", "127.0.0.1", f"127.0.{self.num(0, 1)}.{self.num(1, 9)}"]))

    def unspec(self):
        return self.L("unspecified_ip", "0.0.0.0")

    def docip(self):
        p = self.pick(["192.0.2", "198.51.100", "203.0.113"])
        return self.L("documentation_ip", f"{p}.{self.num(1, 254)}")

    def docip6(self):
        return self.L("documentation_ipv6", f"2001:db8:{self.hex(3).lstrip('0') or '1'}::{self.hex(2).lstrip('0') or '5'}")

    def ll(self):
        return self.L("link_local_ip", f"169.254.{self.num(1, 254)}.{self.num(1, 254)}")

    def ll6(self):
        return self.L("link_local_ipv6", f"fe80::{self.hex(4).lstrip('0') or '1'}:{self.hex(2)}ff:fe{self.hex(2)}:{self.hex(4).lstrip('0') or '2'}")

    def shared(self):
        return self.L("shared_ip", f"100.{self.num(64, 127)}.{self.num(0, 255)}.{self.num(1, 254)}")

    def ula(self):
        return self.L("ula_ipv6", f"fd{self.hex(2)}:{self.hex(4).lstrip('0') or '1'}:{self.hex(4).lstrip('0') or '2'}::{self.hex(2).lstrip('0') or '1'}")

    def bench(self):
        return self.L("benchmark_ip", f"198.{self.num(18, 19)}.{self.num(0, 255)}.{self.num(1, 254)}")

    def mcast(self):
        return self.L("multicast_addr", self.pick(["224.0.0.251", "239.255.255.250", f"239.{self.num(0, 255)}.{self.num(0, 255)}.{self.num(1, 254)}"]))

    def remail(self, local=None):
        if local is None:
            local = self.pick(["alice", "bob", "admin", "noreply", "user", "ops", "test", "jane.doe", "you"])
        dom = self.pick(["example.com", "example.org", "example.net", "mail.example", "corp.invalid", "host.test"])
        return self.L("reserved_email", f"{local}@{dom}")

    def msgid(self, host=None):
        if host is None:
            host = self.pick(["mx1.", "mail.", "smtp-out."]) + self.pick(PROVIDERS)
        return self.L("message_id", f"{self.hex(12)}.{self.num(1000, 99999)}@{host}")

    def ver(self):
        return self.L("version", f"{self.num(0, 14)}.{self.num(0, 30)}.{self.num(0, 40)}")

    def sha1(self):
        return self.L("sha1", self.hex(40))

    def sha256(self):
        return self.L("sha256", self.hex(64))

    def md5(self):
        return self.L("md5", self.hex(32))

    def ssha(self):
        return self.L("short_sha", self.hex(self.pick([7, 8, 10, 12])))

    def uuid(self, kind):
        return self.L(kind, self.uuid_raw())

    def digest(self):
        return self.L("image_digest", "sha256:" + self.hex(64))

    def mac(self):
        return self.L("mac_address", ":".join(self.hex(2) for _ in range(6)))

    def ph(self, v):
        return self.L("placeholder", v)

    def masked(self, v):
        return self.L("masked", v)

    def ref(self, v):
        return self.L("secret_reference", v)

    def sshpub(self):
        return self.L("public_key", "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI" + self.s(43, ALNUM + "+/"))

    def fp(self):
        return self.L("key_fingerprint", "SHA256:" + self.s(43, ALNUM + "+/"))

    def bcrypt(self):
        return self.L("hashed_password", "$2y$10$" + self.s(53, ALNUM + "./"))

    def b64(self, text):
        return base64.b64encode(text.encode()).decode()

    def integrity(self):
        return self.L("integrity_hash", "sha512-" + base64.b64encode(bytes(self.num(0, 255) for _ in range(64))).decode())
