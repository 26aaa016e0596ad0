"""Value generators for held-out set 43 (standard library only)."""
import base64
import string

A, B, C = "\ue000", "\ue001", "\ue002"

MAIL_DOMAINS = [
    "netcologne.de", "htp-tel.de", "inode.at", "pt.lu", "vodafone.ie",
    "inwind.it", "hol.gr", "upcmail.hu", "pobox.sk", "takas.lt", "kabelbw.de", "osnanet.de",
    "vr-web.de", "nordnet.fr", "jazztel.es", "euskaltel.net", "versanet.de", "tvnet.lv",
    "surnet.cl", "vtr.net",
]
FIRST = ["ottilie", "leopold", "casimir", "wendeline", "hyacinth", "thaddeus", "isolde", "evander",
         "philippa", "rosamund", "cornelius", "benedikta", "augustin", "seraphina", "lazar", "mirela",
         "dragan", "svetlana", "oskar", "ilse", "gunnar", "solveig", "teodor", "jadwiga", "bartosz",
         "zofia", "mateus", "ines", "joaquim", "lourdes", "cosimo", "benedetta", "ottavio", "ludovica",
         "anselm", "vesna", "radomir", "eero", "tuula", "ilkka", "aino", "halvard", "sigrun", "torvald"]
LAST = ["pemberton", "ashcombe", "fairweather", "holloway", "kettleby", "lindqvist", "rautio",
        "nieminen", "kowalczyk", "wojcik", "dvorak", "horvat", "novak", "kuznetsov", "papadakis",
        "georgiou", "esposito", "ferraro", "marchetti", "duarte", "azevedo", "brandao"]
WORDS = ["thimble", "quince", "saffron", "marigold", "teapot", "badger", "wombat", "mulberry",
         "gooseberry", "porcupine", "hedgehog", "meadowlark", "sparrowhawk", "driftwood", "tinderbox",
         "snowdrop", "foxglove", "larch", "hazelnut", "chestnut", "walnut", "almond", "rhubarb",
         "turnip", "gravel", "pumice", "basalt", "granite", "quartz", "flint", "slate", "ember",
         "cinder", "compass", "astrolabe", "barometer", "gondola", "rickshaw", "tandem", "unicycle",
         "velvet", "corduroy", "tweed", "gingham", "paisley"]
WEAK = ["Dumpling7", "Hazelnut21", "Kipper1988", "Toffee123", "Snowdrop5", "Trombone99", "Waffle2025",
        "Autumn2028", "Hamster77", "Mango2019", "Noodle44", "Pancake8"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]
ORG_WORDS = ["marshwick", "hollin", "brackenfield", "tarnside", "cloudberry", "larkhill", "fernmoor",
             "copperwell", "stonegate", "millrace", "ashgrove", "thornbury"]
# symbols each context allows in passwords
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
PUB4 = [5, 23, 31, 37, 45, 46, 62, 77, 78, 79, 80, 81, 82, 84, 85, 87, 88, 89, 91, 93, 94, 95,
        109, 141, 145, 151, 176, 178, 185, 188, 193, 194, 195, 212, 213, 217]
PUB6 = ["2a01:4f8", "2a02:c207", "2a03:b0c0", "2a05:d014", "2403:6200", "2406:da18", "2605:a140",
        "2607:f130", "2610:a1", "2c0f:f8f0", "2804:14c", "2a10:3781"]


def mark(tag, kind, value):
    return f"{A}{tag}|{kind}{B}{value}{C}"


class G:
    def __init__(self, rng):
        self.r = rng

    # ---- raw pieces
    def choice(self, seq):
        return self.r.choice(seq)

    def alnum(self, n, alphabet=string.ascii_letters + string.digits):
        return "".join(self.r.choice(alphabet) for _ in range(n))

    def hexs(self, n, upper=False):
        s = "".join(self.r.choice("0123456789abcdef") for _ in range(n))
        return s.upper() if upper else s

    def b64(self, nbytes):
        return base64.b64encode(bytes(self.r.randrange(256) for _ in range(nbytes))).decode()

    def b64url(self, n):
        return self.alnum(n, string.ascii_letters + string.digits + "-_")

    def uuid(self):
        h = self.hexs(32)
        h = h[:12] + "4" + h[13:16] + self.r.choice("89ab") + h[17:]
        return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"

    def num(self, a, b):
        return self.r.randint(a, b)

    def user(self):
        f, l = self.choice(FIRST), self.choice(LAST)
        return self.choice([f"{f}.{l}", f"{f[0]}{l}", f"{f}_{l}", f"{l}.{f[:3]}", f"{f}{self.num(2, 99)}"])

    def person(self):
        return f"{self.choice(FIRST).capitalize()} {self.choice(LAST).capitalize()}"

    def org(self):
        return self.choice(ORG_WORDS)

    def email_raw(self, local=None, domain=None):
        return f"{local or self.user()}@{domain or self.choice(MAIL_DOMAINS)}"

    def ip4_raw(self):
        return f"{self.choice(PUB4)}.{self.num(0, 255)}.{self.num(0, 255)}.{self.num(1, 254)}"

    def ip6_raw(self):
        p = self.choice(PUB6)
        tail = [format(self.num(1, 0xffff), "x") for _ in range(self.r.choice([2, 3, 4]))]
        groups = p.split(":")
        if len(groups) + len(tail) < 8 and self.r.random() < 0.7:
            return ":".join(groups) + "::" + ":".join(tail)
        full = groups + [format(self.num(0, 0xffff), "x") for _ in range(8 - len(groups))]
        return ":".join(full)

    def key_raw(self, shape=None):
        shapes = ["hex32", "hex40", "hex64", "an24", "an32", "an40", "up36", "low32", "b64_32",
                  "b64_48", "b64url43", "jwt", "uuid", "atatt", "orypat", "ops", "clojars", "eztk",
                  "yciam", "aqvn", "ycsec", "plaid", "eaac", "figu"]
        s = shape or self.choice(shapes)
        if s == "hex32": return self.hexs(32)
        if s == "hex40": return self.hexs(40)
        if s == "hex64": return self.hexs(64)
        if s == "an24": return self.alnum(24)
        if s == "an32": return self.alnum(32)
        if s == "an40": return self.alnum(40)
        if s == "up36": return self.alnum(36, string.ascii_uppercase + string.digits)
        if s == "low32": return self.alnum(32, string.ascii_lowercase + string.digits)
        if s == "b64_32": return self.b64(32)
        if s == "b64_48": return self.b64(48)
        if s == "b64url43": return self.b64url(43)
        if s == "jwt":
            return "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9." + "eyJ" + self.b64url(self.num(40, 90)) + "." + self.b64url(43)
        if s == "uuid": return self.uuid()
        if s == "atatt": return "ATATT3x" + self.b64url(176) + "=" + self.hexs(8, True)
        if s == "orypat": return "ory_pat_" + self.alnum(32)
        if s == "ops": return "ops_eyJ" + self.b64url(self.num(180, 240))
        if s == "clojars": return "CLOJARS_" + self.hexs(60)
        if s == "eztk": return "EZTK" + self.hexs(32)
        if s == "yciam": return "t1.9euelZ" + self.b64url(80) + "." + self.b64url(86)
        if s == "aqvn": return "AQVN" + self.b64url(35)
        if s == "ycsec": return "YCM" + self.b64url(37)
        if s == "ycid": return "YCAJ" + self.b64url(21)
        if s == "plaid": return self.choice(["access-sandbox-", "access-production-"]) + self.uuid()
        if s == "eaac": return "EAAC" + self.alnum(self.num(150, 190))
        if s == "figu": return "figu_" + self.b64url(40)
        raise ValueError(s)

    def pw_raw(self, ctx="quoted"):
        sym = CTX[ctx]
        st = self.r.randrange(8)
        if st == 0:
            sep = self.choice([c for c in "-._" if c in sym] or ["-"])
            w = [self.choice(WORDS) for _ in range(self.num(3, 5))]
            if self.r.random() < 0.5:
                w.append(str(self.num(2, 99)))
            return sep.join(w)
        if st == 1:
            pool = string.ascii_letters + string.digits + sym
            mid = "".join(self.r.choice(pool) for _ in range(self.num(12, 21)))
            return self.alnum(1) + mid + self.alnum(1)
        if st == 2:
            return self.choice(WEAK)
        if st == 3:
            return self.choice(MONTHS) + str(self.num(2019, 2028)) + ("!" if "!" in sym else "")
        if st == 4:
            return self.choice(FIRST).capitalize() + str(self.num(1961, 2004))
        if st == 5:
            return self.alnum(self.num(16, 28))
        if st == 6:
            w = self.choice(WORDS)
            leet = w.replace("a", "4").replace("e", "3").replace("o", "0")
            return leet + self.choice(WORDS).capitalize() + str(self.num(1, 999))
        return self.choice(WORDS) + str(self.num(100, 999)) + self.choice(WORDS).capitalize()

    # ---- marked values
    def E(self, kind="user", local=None, domain=None):
        return mark("EMAIL", kind, self.email_raw(local, domain))

    def IP(self, kind="host", v6=None):
        if v6 is None:
            v6 = self.r.random() < 0.15
        if v6:
            return mark("IP_ADDRESS", kind + "_v6", self.ip6_raw())
        return mark("IP_ADDRESS", kind, self.ip4_raw())

    def IP4(self, kind="host"):
        return mark("IP_ADDRESS", kind, self.ip4_raw())

    def IP6(self, kind="host6"):
        return mark("IP_ADDRESS", kind, self.ip6_raw())

    def K(self, kind="token", shape=None):
        return mark("KEY", kind, self.key_raw(shape))

    def P(self, kind="password", ctx="quoted"):
        return mark("PASSWORD", kind, self.pw_raw(ctx))

    def L(self, tag, kind, value):
        return mark(tag, kind, value)

    # ---- look-alikes
    def X(self, kind, value):
        return mark("LOOK", kind, value)

    def priv(self):
        v = self.choice([f"10.{self.num(0, 255)}.{self.num(0, 255)}.{self.num(1, 254)}",
                         f"172.{self.num(16, 31)}.{self.num(0, 255)}.{self.num(1, 254)}",
                         f"192.168.{self.num(0, 255)}.{self.num(1, 254)}"])
        return self.X("private_ip", v)

    def loop(self):
        return self.X("loopback_ip", self.choice(["127.0.0.1", "127.0.0.1", f"127.0.{self.num(0, 9)}.{self.num(1, 9)}"]))

    def unspec(self):
        return self.X("unspecified_ip", "0.0.0.0")

    def doc_ip(self):
        return self.X("documentation_ip", self.choice(["192.0.2.", "198.51.100.", "203.0.113."]) + str(self.num(1, 254)))

    def doc_ip6(self):
        return self.X("documentation_ipv6", f"2001:db8:{self.num(1, 0xfff):x}::{self.num(1, 0xff):x}")

    def linklocal(self):
        return self.X("link_local_ip", f"169.254.{self.num(0, 255)}.{self.num(1, 254)}")

    def cgnat(self):
        return self.X("shared_ip", f"100.{self.num(64, 127)}.{self.num(0, 255)}.{self.num(1, 254)}")

    def ula(self):
        return self.X("ula_ipv6", f"fd{self.hexs(2)}:{self.num(1, 0xffff):x}:{self.num(1, 0xffff):x}::{self.num(1, 0xff):x}")

    def res_email(self, local=None):
        return self.X("reserved_email", f"{local or self.user()}@" + self.choice(["example.com", "example.org", "example.net", "mail.example", "corp.test", "host.invalid"]))

    def msgid(self, host=None):
        return self.X("message_id", f"<{self.hexs(12)}.{self.num(1000, 99999)}@{host or self.org() + '.' + self.choice(['net', 'org', 'eu'])}>")

    def uuid_x(self, kind):
        return self.X(kind, self.uuid())

    def sha256(self):
        return self.X("sha256", self.hexs(64))

    def sha1(self):
        return self.X("sha1", self.hexs(40))

    def short_sha(self):
        return self.X("short_sha", self.hexs(7))

    def version(self, parts=3):
        return self.X("version", ".".join(str(self.num(0, 20)) for _ in range(parts)))

    def placeholder(self, v):
        return self.X("placeholder", v)

    def masked(self, v="********"):
        return self.X("masked", v)

    def ref(self, v):
        return self.X("secret_reference", v)

    def ssh_pub(self):
        return self.X("public_key", "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI" + self.b64url(43).replace("-", "a").replace("_", "b"))

    def md5(self):
        return self.X("md5", self.hexs(32))


def _ipu(self, kind="host"):
    """An address for a URL or host:port: IPv6 is written in brackets (outside the label)."""
    if self.r.random() < 0.15:
        return "[" + mark("IP_ADDRESS", kind + "_v6", self.ip6_raw()) + "]"
    return mark("IP_ADDRESS", kind, self.ip4_raw())


G.IPu = _ipu
