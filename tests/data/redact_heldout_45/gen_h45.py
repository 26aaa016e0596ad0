"""Value generators for held-out set 45 (standard library only)."""
import base64
import string

MS, MM, ME = "\ue000", "\ue001", "\ue002"

DOMAINS = ["fastwebnet.it", "jippii.fi", "ofir.dk", "tdcadsl.dk", "casema.nl", "utanet.at",
           "oceanfree.net", "paradise.net.nz", "slingshot.co.nz", "sasktel.net", "mts.net",
           "arnet.com.ar", "ciudad.com.ar", "entelchile.net", "etb.net.co", "andinanet.net",
           "streamyx.com", "pldtdsl.net", "iafrica.com", "tedata.net.eg", "menara.ma", "gnet.tn",
           "tut.by"]
FIRST = ["wojciech", "ingeborg", "teodora", "radomir", "sunniva", "eulalia", "casimir", "oona",
         "thandiwe", "keoni", "ximena", "bartholomew", "svetlana", "dagny", "anselm", "leocadia",
         "mirela", "tarquin", "zdenka", "ottilie", "ferdinand", "yolanda", "gwenllian", "ruaridh",
         "imogen", "perpetua", "jarmila", "tobiah", "emeric", "cordelia", "halvard", "philippa",
         "benedek", "noemi", "ugo", "kwabena", "adaeze", "rasmus", "tuomas", "liesel", "quirin",
         "vasco", "marit", "wendelin", "brankica", "olusegun", "hiroko", "paavo", "signe"]
LAST = ["kowalczyk", "haverkamp", "oyelaran", "szabados", "lindqvist", "moravec", "okonkwo",
        "ferreira", "thorsteinsson", "nakashima", "brannigan", "castellanos", "vukovic", "ebbesen",
        "ravensworth", "mbeki", "quintero", "halloran", "stojanovic", "vierling"]
V4_FIRST = [23, 31, 37, 45, 46, 62, 77, 78, 80, 81, 82, 84, 85, 87, 88, 89, 91, 93, 94, 95, 109,
            141, 145, 151, 176, 178, 185, 188, 193, 194, 195, 212, 213, 217]
V6_PREFIX = ["2a01:4f8", "2a02:2e0", "2a00:1450", "2604:a880", "2a03:b0c0", "2620:fe",
             "2c0f:fb50", "2400:cb00", "2a05:d014", "2600:1f18", "2403:5800", "2804:14c",
             "2a0e:97c0", "2001:67c"]
WORDS = ["gravel", "thistle", "lagoon", "ember", "fjord", "sorrel", "pewter", "tundra", "violet",
         "marble", "cobalt", "birch", "canyon", "quiver", "saddle", "walnut", "meadow", "glacier",
         "beacon", "cinder", "ferret", "goblet", "hollow", "ivory", "jasper", "linen", "nectar",
         "parsley", "quartz", "spindle", "tulip", "velvet", "barley", "cactus", "dahlia", "emerald",
         "gazelle", "hazel", "iris", "jackal", "mango", "otter", "quince", "rosemary", "bison",
         "acorn"]
WEAK = ["Dandelion7", "Artichoke12", "Tangerine2019", "Hedgehog44", "Butterscotch1", "Meerkat88",
        "Paprika2021", "Persimmon9", "Platypus77", "Snapdragon3", "Chinchilla10", "Gooseberry5",
        "Armadillo66", "Honeybee2020", "Albatross8", "Narwhal123"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]
WALKS = ["Qwer1234", "1qaz2wsx3edc", "Zxcvbnm12", "Asdfgh123", "Qazwsx2024", "Poiuy0987",
         "Mnbvcx321", "Wsxedc456"]
CTX = {"url": "-_.~", "shell": "-_.+:=%^", "ini": "-_.!+=^%~", "quoted": "-_.!#%*+=?^~:,",
       "xml": "-_.!#%*+=?^~:,", "yaml": "-_.!+=^", "plain": "-_.", "prose": "-_.!#%*+=?^~"}
HEX = "0123456789abcdef"
ALNUM = string.ascii_letters + string.digits
LOWALNUM = string.ascii_lowercase + string.digits
UPALNUM = string.ascii_uppercase + string.digits
B64URL = ALNUM + "-_"


class G:
    def __init__(self, rng):
        self.r = rng

    # ---- markers -------------------------------------------------------
    def m(self, tag, kind, value):
        return f"{MS}{tag}|{kind}{MM}{value}{ME}"

    def L(self, kind, value):
        return self.m("LOOK", kind, value)

    # ---- raw helpers ---------------------------------------------------
    def s(self, alphabet, n):
        return "".join(self.r.choice(alphabet) for _ in range(n))

    def hex(self, n):
        return self.s(HEX, n)

    def b64(self, nbytes, url=False):
        raw = bytes(self.r.randrange(256) for _ in range(nbytes))
        if url:
            return base64.urlsafe_b64encode(raw).decode().rstrip("=")
        return base64.b64encode(raw).decode()

    def b64of(self, text):
        return base64.b64encode(text.encode()).decode()

    def uuid(self):
        h = self.hex(32)
        h = h[:12] + "4" + h[13:16] + self.r.choice("89ab") + h[17:]
        return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"

    def pick(self, seq):
        return self.r.choice(seq)

    def n(self, a, b):
        return self.r.randint(a, b)

    def first(self):
        return self.r.choice(FIRST)

    def last(self):
        return self.r.choice(LAST)

    def person(self):
        return f"{self.first().capitalize()} {self.last().capitalize()}"

    # ---- e-mail --------------------------------------------------------
    def email_raw(self, domain=None):
        f, l = self.first(), self.last()
        style = self.r.randrange(7)
        if style == 0:
            local = f"{f}.{l}"
        elif style == 1:
            local = f"{f[0]}{l}"
        elif style == 2:
            local = f"{f}_{l}{self.n(1, 99)}"
        elif style == 3:
            local = f"{f}+{self.pick(['ops', 'alerts', 'lists', 'git', 'work'])}"
        elif style == 4:
            local = f"{l}.{f[0]}"
        elif style == 5:
            local = f"{f}{self.n(1960, 2005)}"
        else:
            local = f"{f[0]}.{l}-{self.n(2, 9)}"
        return f"{local}@{domain or self.pick(DOMAINS)}"

    def E(self, kind, domain=None):
        return self.m("EMAIL", kind, self.email_raw(domain))

    def Ev(self, kind, value):
        return self.m("EMAIL", kind, value)

    # ---- IP ------------------------------------------------------------
    def ip4_raw(self):
        return f"{self.pick(V4_FIRST)}.{self.n(1, 254)}.{self.n(0, 255)}.{self.n(1, 254)}"

    def ip6_raw(self):
        p = self.pick(V6_PREFIX)
        ngroups = 8 - p.count(":") - 1
        groups = [format(self.n(0, 0xffff), "x") for _ in range(ngroups)]
        if self.r.random() < 0.55:
            k = self.n(1, ngroups - 2)
            tail = self.n(1, min(2, ngroups - k - 1))
            return p + ":" + ":".join(groups[:k]) + "::" + ":".join(groups[-tail:])
        return p + ":" + ":".join(groups)

    def IP(self, kind, v6p=0.22):
        if self.r.random() < v6p:
            return self.m("IP_ADDRESS", kind + "_v6", self.ip6_raw())
        return self.m("IP_ADDRESS", kind, self.ip4_raw())

    def IP4(self, kind):
        return self.m("IP_ADDRESS", kind, self.ip4_raw())

    def IP6(self, kind):
        return self.m("IP_ADDRESS", kind, self.ip6_raw())

    def IPu(self, kind, port, v6p=0.22):
        """host:port with brackets for IPv6, brackets outside the label."""
        if self.r.random() < v6p:
            return "[" + self.m("IP_ADDRESS", kind + "_v6", self.ip6_raw()) + f"]:{port}"
        return self.m("IP_ADDRESS", kind, self.ip4_raw()) + f":{port}"

    def IPv(self, kind, value):
        return self.m("IP_ADDRESS", kind, value)

    # ---- keys ----------------------------------------------------------
    def key_raw(self, shape=None):
        shapes = ["hex32", "hex40", "hex64", "an24", "an32", "an40", "up36", "low32", "b64_32",
                  "b64_48", "b64_64", "b64u43", "jwt", "uuid"]
        shape = shape or self.pick(shapes)
        if shape == "hex32":
            return self.hex(32)
        if shape == "hex40":
            return self.hex(40)
        if shape == "hex64":
            return self.hex(64)
        if shape == "an24":
            return self.s(ALNUM, 24)
        if shape == "an32":
            return self.s(ALNUM, 32)
        if shape == "an40":
            return self.s(ALNUM, 40)
        if shape == "up36":
            return self.s(UPALNUM, 36)
        if shape == "low32":
            return self.s(LOWALNUM, 32)
        if shape == "b64_32":
            return self.b64(32)
        if shape == "b64_48":
            return self.b64(48)
        if shape == "b64_64":
            return self.b64(64)
        if shape == "b64u43":
            return self.b64(32, url=True)
        if shape == "jwt":
            head = base64.urlsafe_b64encode(b'{"alg":"HS256","typ":"JWT"}').decode().rstrip("=")
            body = self.b64(self.n(40, 90), url=True)
            return f"{head}.{body}.{self.b64(32, url=True)}"
        if shape == "uuid":
            return self.uuid()
        # vendor-like shapes
        if shape == "ghp":
            return "ghp_" + self.s(ALNUM, 36)
        if shape == "ghpat":
            return "github_pat_11" + self.s(UPALNUM, 20) + "_" + self.s(ALNUM, 59)
        if shape == "glpat":
            return "glpat-" + self.s(B64URL.replace("-", "").replace("_", ""), 20)
        if shape == "xoxb":
            return f"xoxb-{self.n(10**11, 10**12 - 1)}-{self.n(10**12, 10**13 - 1)}-{self.s(ALNUM, 24)}"
        if shape == "xapp":
            return f"xapp-1-A0{self.s(UPALNUM, 9)}-{self.n(10**12, 10**13 - 1)}-{self.hex(64)}"
        if shape == "akia":
            return "AKIA" + self.s(string.ascii_uppercase + "234567", 16)
        if shape == "awssecret":
            return self.s(ALNUM + "+/", 40)
        if shape == "skproj":
            return "sk-proj-" + self.s(B64URL, 74) + "T3BlbkFJ" + self.s(B64URL, 74)
        if shape == "skant":
            return "sk-ant-api03-" + self.s(B64URL, 93) + "AA"
        if shape == "hf":
            return "hf_" + self.s(string.ascii_letters, 34)
        if shape == "npm":
            return "npm_" + self.s(ALNUM, 36)
        if shape == "pypi":
            return "pypi-AgEIcHlwaS5vcmc" + self.s(B64URL, 140)
        if shape == "sg":
            return "SG." + self.s(B64URL, 22) + "." + self.s(B64URL, 43)
        if shape == "dop":
            return "dop_v1_" + self.hex(64)
        if shape == "flw":
            return "FLWSECK-" + self.hex(32) + "-X"
        if shape == "aapk":
            return "AAPK" + self.hex(32) + self.s(B64URL, 64)
        if shape == "ops":
            return "ops_eyJ" + self.s(ALNUM, 180)
        if shape == "b2":
            return "K001" + self.s(ALNUM + "+/", 27)
        if shape == "atatt":
            return "ATATT3xFfGF0" + self.s(B64URL, 170) + "=" + self.hex(8).upper()
        if shape == "shpat":
            return "shpat_" + self.hex(32)
        if shape == "sklive":
            return self.pick(["sk_live_", "rk_live_"]) + self.s(ALNUM, 99)
        if shape == "aiza":
            return "AIza" + self.s(B64URL, 35)
        if shape == "twsk":
            return "SK" + self.hex(32)
        if shape == "eaac":
            return "EAACEdEose0cBA" + self.s(ALNUM, 150)
        if shape == "ocid":
            return self.s(ALNUM + "+/", 40)
        raise ValueError(shape)

    def K(self, kind, shape=None):
        return self.m("KEY", kind, self.key_raw(shape))

    def Kv(self, kind, value):
        return self.m("KEY", kind, value)

    # ---- passwords -----------------------------------------------------
    def pw_raw(self, ctx="ini", style=None):
        sy = CTX[ctx]
        style = self.r.randrange(10) if style is None else style
        if style == 0:
            k = self.n(3, 5)
            ws = [self.pick(WORDS) for _ in range(k)]
            if self.r.random() < 0.5:
                ws = [w.capitalize() for w in ws]
            sep = self.pick([c for c in "-._" if c in sy] or ["-"])
            if self.r.random() < 0.6:
                ws.append(str(self.n(1, 99)))
            return sep.join(ws)
        if style == 1:
            n = self.n(14, 23)
            mid = self.s(ALNUM + sy, n - 2)
            return self.pick(ALNUM) + mid + self.pick(ALNUM)
        if style == 2:
            return self.pick(WEAK)
        if style == 3:
            end = "!" if "!" in sy and self.r.random() < 0.6 else ""
            return self.pick(MONTHS) + str(self.n(2018, 2026)) + end
        if style == 4:
            return self.first().capitalize() + str(self.n(1958, 2006))
        if style == 5:
            return self.s(ALNUM, self.n(16, 28))
        if style == 6:
            w = self.pick(WORDS)
            leet = w.replace("a", "4").replace("e", "3").replace("o", "0").replace("i", "1")
            return leet + self.pick(WORDS).capitalize() + str(self.n(10, 999))
        if style == 7:
            return self.pick(WORDS) + str(self.n(100, 999)) + self.pick(WORDS).capitalize()
        if style == 8:
            w = self.pick(WALKS)
            syms = [c for c in "!#%+" if c in sy]
            if syms and self.r.random() < 0.6:
                w += self.pick(syms)
            return w
        cons, vow = "bdfghjklmnprstvz", "aeiou"
        parts = ["".join(self.pick(cons) + self.pick(vow) for _ in range(3)) for _ in range(3)]
        idx = self.n(0, 2)
        parts[idx] = parts[idx].capitalize()
        return "-".join(parts) + str(self.n(1, 9)) if "-" in sy else "".join(parts) + str(self.n(1, 9))

    def P(self, kind, ctx="ini", style=None):
        return self.m("PASSWORD", kind, self.pw_raw(ctx, style))

    def Pv(self, kind, value):
        return self.m("PASSWORD", kind, value)

    # ---- look-alike values ---------------------------------------------
    def priv_ip_raw(self):
        c = self.r.randrange(3)
        if c == 0:
            return f"10.{self.n(0, 255)}.{self.n(0, 255)}.{self.n(1, 254)}"
        if c == 1:
            return f"172.{self.n(16, 31)}.{self.n(0, 255)}.{self.n(1, 254)}"
        return f"192.168.{self.n(0, 255)}.{self.n(1, 254)}"

    def priv(self):
        return self.L("private_ip", self.priv_ip_raw())

    def loop(self):
        return self.L("loopback_ip", self.pick(["127.0.0.1", "127.0.0.1", f"127.0.{self.n(0, 1)}.{self.n(1, 9)}"]))

    def unspec(self):
        return self.L("unspecified_ip", "0.0.0.0")

    def docip(self):
        net = self.pick(["192.0.2", "198.51.100", "203.0.113"])
        return self.L("documentation_ip", f"{net}.{self.n(1, 254)}")

    def docip6(self):
        return self.L("documentation_ipv6", f"2001:db8:{self.hex(3)}::{self.hex(2)}")

    def shared(self):
        return self.L("shared_ip", f"100.{self.n(64, 127)}.{self.n(0, 255)}.{self.n(1, 254)}")

    def linklocal(self):
        return self.L("link_local_ip", f"169.254.{self.n(1, 254)}.{self.n(1, 254)}")

    def ula6(self):
        return self.L("ula_ipv6", f"fd{self.hex(2)}:{self.hex(4)}:{self.hex(3)}::{self.n(1, 99)}")

    def ll6(self):
        return self.L("link_local_ipv6", f"fe80::{self.hex(4)}:{self.hex(2)}ff:fe{self.hex(2)}:{self.hex(4)}")

    def mcast(self):
        return self.L("multicast_ip", self.pick(["224.0.0.251", f"239.{self.n(0, 255)}.{self.n(0, 255)}.{self.n(1, 254)}", "224.0.0.18"]))

    def bench(self):
        return self.L("benchmark_ip", f"198.{self.n(18, 19)}.{self.n(0, 255)}.{self.n(1, 254)}")

    def remail(self, local=None):
        local = local or self.pick(["jane.doe", "ops", "noreply", "admin", "user", "alice", "bob", "support"])
        return self.L("reserved_email", f"{local}@{self.pick(['example.com', 'example.org', 'example.net', 'mail.example', 'corp.test', 'host.invalid'])}")

    def version(self):
        return self.L("version", f"{self.n(0, 9)}.{self.n(0, 30)}.{self.n(0, 20)}")

    def sha1(self):
        return self.L("sha1", self.hex(40))

    def sha256(self):
        return self.L("sha256", self.hex(64))

    def ssha(self):
        return self.L("short_sha", self.hex(self.pick([7, 8, 10, 12])))

    def mac(self):
        return self.L("mac_address", ":".join(self.hex(2) for _ in range(6)))

    def digest(self):
        return self.L("image_digest", "sha256:" + self.hex(64))

    def ts(self):
        return self.L("timestamp", f"2026-{self.n(1, 12):02d}-{self.n(1, 28):02d}T{self.n(0, 23):02d}:{self.n(0, 59):02d}:{self.n(0, 59):02d}Z")

    def U(self, kind):
        return self.L(kind, self.uuid())

    def sshpub(self):
        return self.L("public_key", "AAAAC3NzaC1lZDI1NTE5AAAAI" + self.b64(32)[:43])
