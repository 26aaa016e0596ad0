"""Value generators for held-out set 48 (standard library only; no codelm import)."""
import base64
import ipaddress
import string

A, B, C = "\ue000", "\ue001", "\ue002"

MAIL = [
    "net.hr", "ttmail.com", "mymail.mu", "intnet.mu", "africaonline.co.ke", "wananchi.com",
    "mtnonline.com", "ghana.com", "telecel.net", "batelnet.bs", "candw.ky", "anguillanet.ai", "sol.dk", "mail.dk",
    "c2i.net", "internet.is", "vortex.is", "tele.fo", "tstt.net.tt", "carib-link.net", "sunbeach.net",
    "caribsurf.com", "cwdom.dm", "candw.lc", "vincysurf.com", "spiceisle.com", "cwgrenada.gd", "surfbvi.com",
    "setar.aw", "megabyte.cw", "telesur.sr", "gtt.co.gy", "btl.net", "racsa.co.cr", "cwpanama.net",
    "antelecom.net", "adinet.com.uy", "entelnet.bo", "puntonet.ec", "pacific.net.ph", "palaunet.com",
    "kalianet.to", "samoa.ws", "connect.com.fj", "datec.net.pg", "telikom.pg", "solomon.com.sb",
    "vanuatu.com.vu", "mail.mn", "mobinet.mn", "online.kz", "nursat.kz", "elcat.kg", "mail.az", "arminco.com",
    "netsys.am", "caucasus.net", "silknet.com", "moldtelecom.md", "mtc.md",
]
FIRST = ["aroha", "bevan", "caoimhe", "dagny", "eero", "fenella", "gideon", "hallvard", "ines", "jorunn", "kaveh",
         "lisiate", "mereana", "nnamdi", "oksana", "pita", "quilla", "rangi", "saule", "tavita", "ulla", "vaino",
         "wairimu", "xochitl", "yerlan", "zdenka", "akosua", "bolat", "cosmin", "dervla", "emeka", "freya",
         "gulnara", "hemi", "ieva", "joaquim", "kalani", "lemuel", "marit", "nuno", "odile", "priit", "rustam",
         "sione", "tereza", "uzma", "viliami", "wendeline", "yaw", "zarina"]
LAST = ["ahokava", "bergstrom", "castellanos", "dunmore", "ekwueme", "fairweather", "gorospe", "halvorsen",
        "iskakov", "jablonski", "kereama", "lindqvist", "mccrindle", "nazarbek", "okonkwo", "pettersen",
        "quarshie", "rautio", "sahakyan", "tupou", "uriarte", "valdivia", "whitcombe", "yessenova", "zeller",
        "ashdown", "brannigan", "coldwell", "dalgarno", "eskildsen", "fonoti", "gathoni", "hovhannisyan",
        "ivanescu", "kalnins", "laulu", "mbatha", "nordahl", "osei", "pohatu", "ramdin", "sepulveda", "taufa",
        "vaipulu", "wanjiku", "achterberg", "brightwater", "cuthbertson", "dimitrov", "engstrand"]
V4FIRST = [23, 31, 37, 45, 46, 51, 62, 77, 78, 80, 81, 82, 85, 87, 88, 89, 91, 92, 93, 94, 95, 104, 109, 128,
           130, 131, 134, 137, 141, 145, 147, 151, 154, 158, 159, 162, 164, 176, 178, 185, 188, 193, 194, 195,
           199, 212, 213, 217, 5, 2, 41]
V6FIRST = ["2a00", "2a01", "2a02", "2a03", "2a05", "2a0e", "2604", "2606", "2607", "2620", "2400", "2401", "2403",
           "2404", "2405", "2406", "2800", "2803", "2c0f", "2402", "2a10"]
WORDS = ["amber", "basalt", "cobalt", "dune", "ember", "fjord", "glacier", "harbour", "islet", "jetty", "kelp",
         "lagoon", "meadow", "nettle", "orchard", "pumice", "quarry", "reef", "shingle", "tundra", "upland",
         "valley", "willow", "yarrow", "zephyr", "anchor", "beacon", "canyon", "delta", "estuary", "fennel",
         "granite", "heather", "iris", "juniper", "kayak", "lantern", "marram", "nimbus", "otter", "pebble",
         "quill", "rowan", "sorrel", "thistle", "umber", "vetch", "wombat", "walnut", "saffron", "bracken"]
WEAK = ["Heron2023", "Walrus88", "Bramble7", "Kestrel2021", "Juniper44", "Pelican9", "Sorrel2018", "Wombat55",
        "Tamarind3", "Ptarmigan12", "Quokka2025", "Samphire8", "Hazelnut66", "Moorhen2020"]
MONTHS = [["January", "March", "October", "December"], ["Januar", "Maerz", "Oktober", "Dezember"],
          ["Janvier", "Mars", "Octobre", "Decembre"], ["Enero", "Marzo", "Octubre", "Diciembre"],
          ["Tammikuu", "Maaliskuu", "Lokakuu", "Joulukuu"], ["Gennaio", "Marzo", "Ottobre", "Dicembre"]]
WALKS = ["Asdfgh2468", "1q2w3e4r5t", "Poiuyt9753", "Mnbvcx864", "Wsxedc357", "Yhnujm147", "Qazwsx2580"]
CTX = {
    "url": "-_.~", "shell": "-_.+:=%^", "ini": "-_.!+=^%~", "env": "-_.!+=^%~",
    "quoted": "-_.!#%*+=?^~:,", "json": "-_.!#%*+=?^~:,", "xml": "-_.!#%*+=?^~:,", "yaml": "-_.!+=^",
    "csv": "-_.!+=^~", "plain": "-_.", "prose": "-_.!#%*+=?^~", "word": "",
}
ALNUM = string.ascii_letters + string.digits
B64U = ALNUM + "-_"


class G:
    def __init__(self, rng):
        self.r = rng

    # ---- markers
    @staticmethod
    def m(tag, kind, value):
        return f"{A}{tag}|{kind}{B}{value}{C}"

    def lk(self, kind, value):
        return self.m("LOOK", kind, value)

    # ---- raw values
    def pick(self, seq):
        return self.r.choice(seq)

    def s(self, n, alpha=ALNUM):
        return "".join(self.r.choice(alpha) for _ in range(n))

    def hx(self, n, upper=False):
        v = "".join(self.r.choice("0123456789abcdef") for _ in range(n))
        return v.upper() if upper else v

    def num(self, a, b):
        return self.r.randint(a, b)

    def first(self):
        return self.pick(FIRST)

    def last(self):
        return self.pick(LAST)

    def person(self):
        return f"{self.first().capitalize()} {self.last().capitalize()}"

    def email_raw(self, domain=None, local=None):
        f, l = self.first(), self.last()
        if local is None:
            style = self.r.randint(0, 5)
            local = [f"{f}.{l}", f"{f[0]}{l}", f"{f}{self.r.randint(2, 99)}", f"{l}.{f[0]}", f"{f}_{l}",
                     f"{f}-{l[:4]}"][style]
        return f"{local}@{domain or self.pick(MAIL)}"

    def ip4_raw(self):
        while True:
            v = f"{self.pick(V4FIRST)}.{self.r.randint(0, 255)}.{self.r.randint(0, 255)}.{self.r.randint(1, 254)}"
            a = ipaddress.ip_address(v)
            if a.is_global and not a.is_multicast:
                return v

    def ip6_raw(self):
        while True:
            h = [self.pick(V6FIRST)] + [format(self.r.randint(0, 0xffff), "x") for _ in range(7)]
            style = self.r.randint(0, 3)
            if style == 0:
                v = ":".join(h)
            elif style == 1:
                v = ":".join(h[:4]) + "::" + h[7]
            elif style == 2:
                v = ":".join(h[:3]) + "::" + ":".join(h[6:])
            else:
                v = ":".join(h[:4]) + ":" + ":".join(h[4:6]) + "::" + format(self.r.randint(1, 0xff), "x")
            a = ipaddress.ip_address(v)
            if a.is_global and not a.is_multicast:
                return str(a) if self.r.random() < 0.5 else v

    def pw_raw(self, ctx="quoted"):
        sym = CTX[ctx]
        r = self.r
        st = r.randint(0, 9)
        if st == 0:
            sep = r.choice([c for c in "-._" if c in sym] or [""])
            ws = [r.choice(WORDS) for _ in range(r.randint(3, 5))]
            if r.random() < 0.5:
                ws = [w.capitalize() for w in ws]
            v = sep.join(ws) + (str(r.randint(1, 99)) if r.random() < 0.5 else "")
        elif st == 1:
            n = r.randint(14, 23)
            al = ALNUM + sym
            v = r.choice(ALNUM) + "".join(r.choice(al) for _ in range(n - 2)) + r.choice(ALNUM)
        elif st == 2:
            v = r.choice(WEAK)
        elif st == 3:
            v = r.choice(r.choice(MONTHS)) + str(r.randint(2019, 2027)) + ("!" if "!" in sym else "")
        elif st == 4:
            v = r.choice(FIRST).capitalize() + str(r.randint(1958, 2006))
        elif st == 5:
            v = self.s(r.randint(16, 28))
        elif st == 6:
            w = r.choice(WORDS)
            leet = w.replace("a", "4").replace("e", "3").replace("o", "0").replace("i", "1")
            v = leet + r.choice(WORDS).capitalize() + str(r.randint(10, 999))
        elif st == 7:
            v = r.choice(WORDS) + str(r.randint(100, 999)) + r.choice(WORDS).capitalize()
        elif st == 8:
            v = r.choice(WALKS) + (r.choice([c for c in "!#%" if c in sym]) if any(c in sym for c in "!#%") else "")
        else:
            cons, vow = "bdfgklmnprstvz", "aeiou"
            parts = ["".join(r.choice(cons) + r.choice(vow) for _ in range(3)) for _ in range(3)]
            parts[0] = parts[0].capitalize()
            sep = "-" if "-" in sym else ""
            v = sep.join(parts) + str(r.randint(1, 9))
        assert "@" not in v
        return v

    def key_raw(self, shape=None):
        r = self.r
        shapes = ["hex32", "hex40", "hex64", "an24", "an32", "an40", "lan32", "b64_32", "b64_48", "b64u43", "jwt",
                  "uuid"]
        shape = shape or r.choice(shapes)
        if shape.startswith("hex"):
            return self.hx(int(shape[3:]))
        if shape.startswith("an"):
            return self.s(int(shape[2:]))
        if shape == "lan32":
            return self.s(32, string.ascii_lowercase + string.digits)
        if shape.startswith("b64_"):
            return base64.b64encode(bytes(r.randrange(256) for _ in range(int(shape[4:])))).decode()
        if shape == "b64u43":
            return self.s(43, B64U)
        if shape == "jwt":
            hdr = base64.urlsafe_b64encode(b'{"alg":"HS256","typ":"JWT"}').decode().rstrip("=")
            body = base64.urlsafe_b64encode(
                ('{"sub":"%s","iat":%d}' % (self.s(10), r.randint(1700000000, 1800000000))).encode()
            ).decode().rstrip("=")
            return f"{hdr}.{body}.{self.s(43, B64U)}"
        if shape == "uuid":
            return self.uuid_raw()
        raise ValueError(shape)

    def pkey_raw(self, prov):
        s = self.s
        return {
            "ghp": lambda: "ghp_" + s(36),
            "github_pat": lambda: "github_pat_" + s(22) + "_" + s(59),
            "glpat": lambda: "glpat-" + s(20, B64U),
            "xoxb": lambda: f"xoxb-{self.num(10**10, 10**11)}-{self.num(10**11, 10**12)}-{s(24)}",
            "xoxp": lambda: f"xoxp-{self.num(10**10, 10**11)}-{self.num(10**10, 10**11)}-{self.num(10**11, 10**12)}-{self.hx(32)}",
            "sg": lambda: "SG." + s(22, B64U) + "." + s(43, B64U),
            "hf": lambda: "hf_" + s(34),
            "npm": lambda: "npm_" + s(36),
            "pypi": lambda: "pypi-AgEIcHlwaS5vcmc" + s(60, B64U),
            "shpat": lambda: "shpat_" + self.hx(32),
            "dop": lambda: "dop_v1_" + self.hx(64),
            "akia": lambda: "AKIA" + s(16, string.ascii_uppercase + "234567"),
            "aws_secret": lambda: s(40, ALNUM + "+/"),
            "aiza": lambda: "AIza" + s(35, B64U),
            "sk_test": lambda: "sk_test_" + s(24),
            "rk_test": lambda: "rk_test_" + s(24),
            "whsec": lambda: "whsec_" + s(32),
            "mg": lambda: "key-" + self.hx(32),
            "tw_auth": lambda: self.hx(32),
            "dd_api": lambda: self.hx(32),
            "pat_azure": lambda: s(52, string.ascii_lowercase + "234567"),
            "lin": lambda: "lin_api_" + s(40),
            "sntrys": lambda: "sntrys_" + s(60, B64U),
            "glsa": lambda: "glsa_" + s(32) + "_" + self.hx(8),
            "figd": lambda: "figd_" + s(40, B64U),
            "ntn": lambda: "ntn_" + s(46),
            "xapp": lambda: f"xapp-1-A{s(10, string.ascii_uppercase + string.digits)}-{self.num(10**12, 10**13)}-{self.hx(64)}",
            "tg_bot": lambda: f"{self.num(10**9, 8 * 10**9)}:AA{s(33, B64U)}",
            "do_spaces": lambda: s(20, string.ascii_uppercase + string.digits),
            "pk_ssh": lambda: s(70, ALNUM + "+/"),
        }[prov]()

    def pem_raw(self, label="PRIVATE KEY", nl="\\n", lines=6):
        body = [base64.b64encode(bytes(self.r.randrange(256) for _ in range(48))).decode() for _ in range(lines)]
        head = {"PRIVATE KEY": "MIIEvQIBADANBgkqhkiG9w0BAQEFAASC", "RSA PRIVATE KEY": "MIIEpAIBAAKCAQEA",
                "EC PRIVATE KEY": "MHcCAQEEI", "CERTIFICATE": "MIIDazCCAlOgAwIBAgIU",
                "OPENSSH PRIVATE KEY": "b3BlbnNzaC1rZXktdjEAAAAA"}.get(label, "")
        body[0] = head + body[0][len(head):]
        last = base64.b64encode(bytes(self.r.randrange(256) for _ in range(self.r.randint(8, 40)))).decode()
        return f"-----BEGIN {label}-----{nl}" + nl.join(body + [last]) + f"{nl}-----END {label}-----"

    def uuid_raw(self):
        h = self.hx(32)
        h = h[:12] + "4" + h[13:16] + self.r.choice("89ab") + h[17:]
        return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"

    # ---- marked labels
    def email(self, kind, domain=None, local=None):
        return self.m("EMAIL", kind, self.email_raw(domain, local))

    def ip4(self, kind):
        return self.m("IP_ADDRESS", kind, self.ip4_raw())

    def ip6(self, kind):
        assert kind.endswith("ipv6")
        return self.m("IP_ADDRESS", kind, self.ip6_raw())

    def ip(self, kind, p6=0.3):
        if self.r.random() < p6:
            return self.m("IP_ADDRESS", kind + "_v6", self.ip6_raw())
        return self.m("IP_ADDRESS", kind, self.ip4_raw())

    def ipp(self, kind, port, p6=0.3):
        """address with port; IPv6 bracketed."""
        v = self.ip(kind, p6)
        return f"[{v}]:{port}" if "_v6" + B in v else f"{v}:{port}"

    @staticmethod
    def br(marked):
        return f"[{marked}]" if ("_v6" + B in marked or "ipv6" + B in marked) else marked

    def pw(self, kind, ctx="quoted"):
        return self.m("PASSWORD", kind, self.pw_raw(ctx))

    def key(self, kind, shape=None):
        return self.m("KEY", kind, self.key_raw(shape))

    def pkey(self, kind, prov):
        return self.m("KEY", kind, self.pkey_raw(prov))

    def keyv(self, kind, value):
        return self.m("KEY", kind, value)

    def pwv(self, kind, value):
        return self.m("PASSWORD", kind, value)

    def ipv(self, kind, value):
        return self.m("IP_ADDRESS", kind, value)

    def emv(self, kind, value):
        return self.m("EMAIL", kind, value)

    # ---- look-alikes
    def uuid(self, kind="uuid"):
        return self.lk(kind, self.uuid_raw())

    def sha1(self, kind="sha1"):
        return self.lk(kind, self.hx(40))

    def sha256(self, kind="sha256"):
        return self.lk(kind, self.hx(64))

    def md5(self, kind="md5_hash"):
        return self.lk(kind, self.hx(32))

    def short_sha(self):
        return self.lk("short_sha", self.hx(self.r.choice([7, 8, 10, 12])))

    def version(self, kind="version", parts=3):
        v = ".".join(str(self.r.randint(0, 24 if i == 0 else 30)) for i in range(parts))
        return self.lk(kind, v)

    def date(self):
        return self.lk("date", f"{self.r.randint(2019, 2026)}-{self.r.randint(1, 12):02d}-{self.r.randint(1, 28):02d}")

    def ts(self, kind="timestamp"):
        return self.lk(kind, f"{self.r.randint(2023, 2026)}-{self.r.randint(1, 12):02d}-{self.r.randint(1, 28):02d}T"
                             f"{self.r.randint(0, 23):02d}:{self.r.randint(0, 59):02d}:{self.r.randint(0, 59):02d}Z")

    def priv(self):
        r = self.r
        c = r.randint(0, 2)
        v = [f"10.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}",
             f"172.{r.randint(16, 31)}.{r.randint(0, 255)}.{r.randint(1, 254)}",
             f"192.168.{r.randint(0, 255)}.{r.randint(1, 254)}"][c]
        return self.lk("private_ip", v)

    def loop(self):
        return self.lk("loopback_ip", "127.0.0.1" if self.r.random() < 0.8 else f"127.0.{self.r.randint(0, 9)}.{self.r.randint(1, 9)}")

    def loop6(self):
        return self.lk("loopback_ipv6", "::1")

    def unspec(self):
        return self.lk("unspecified_ip", "0.0.0.0")

    def unspec6(self):
        return self.lk("unspecified_ipv6", "::")

    def docip(self):
        p = self.r.choice(["192.0.2", "198.51.100", "203.0.113"])
        return self.lk("documentation_ip", f"{p}.{self.r.randint(1, 254)}")

    def docip6(self):
        return self.lk("documentation_ipv6", f"2001:db8:{self.r.randint(1, 0xfff):x}::{self.r.randint(1, 0xff):x}")

    def ula6(self):
        return self.lk("ula_ipv6", f"fd{self.hx(2)}:{self.hx(4)}:{self.hx(4)}::{self.r.randint(1, 0xff):x}")

    def ll6(self):
        return self.lk("link_local_ipv6", f"fe80::{self.hx(4)}:{self.hx(2)}ff:fe{self.hx(2)}:{self.hx(4)}")

    def ll4(self):
        return self.lk("link_local_ip", f"169.254.{self.r.randint(1, 254)}.{self.r.randint(1, 254)}")

    def mcast(self):
        return self.lk("multicast_ip", f"239.{self.r.randint(0, 255)}.{self.r.randint(0, 255)}.{self.r.randint(1, 254)}")

    def shared(self):
        return self.lk("shared_ip", f"100.{self.r.randint(64, 127)}.{self.r.randint(0, 255)}.{self.r.randint(1, 254)}")

    def bench(self):
        return self.lk("benchmark_ip", f"198.{self.r.randint(18, 19)}.{self.r.randint(0, 255)}.{self.r.randint(1, 254)}")

    def mask(self):
        return self.lk("netmask", self.r.choice(["255.255.255.0", "255.255.0.0", "255.255.255.240", "255.255.252.0"]))

    def resmail(self, local=None):
        dom = self.r.choice(["example.com", "example.org", "example.net", "mail.example", "corp.invalid",
                             "host.localhost", "lab.test"])
        return self.lk("reserved_email", f"{local or self.first()}@{dom}")

    def mac(self, sep=":"):
        return self.lk("mac_address", sep.join(self.hx(2) for _ in range(6)))

    def bcrypt(self):
        return self.lk("hashed_password", "$2y$10$" + self.s(53, ALNUM + "./"))

    def ph(self, value, kind="placeholder"):
        return self.lk(kind, value)

    def build_id(self):
        return self.lk("build_id", f"{self.r.randint(2023, 2026)}{self.r.randint(1, 12):02d}{self.r.randint(1, 28):02d}.{self.r.randint(1, 999)}")

    def oid(self):
        return self.lk("oid", "1.3.6.1.4.1." + ".".join(str(self.r.randint(1, 60000)) for _ in range(self.r.randint(2, 4))))

    def cert_pem(self):
        return self.lk("public_certificate", self.pem_raw("CERTIFICATE", "\\n", 5))

    def ssh_pub(self, comment):
        return self.lk("ssh_public_key", "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI" + self.s(43, ALNUM + "+/") + " " + comment)

    def fp(self):
        return self.lk("ssh_fingerprint", "SHA256:" + self.s(43, ALNUM + "+/"))
