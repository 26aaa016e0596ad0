"""Value generators and the fill function for held-out set 50 (standard library only)."""
import base64
import ipaddress
import re
import string

B, M, E = "\ue000", "\ue001", "\ue002"


def mark(tag, kind, value):
    return f"{B}{tag}|{kind}{M}{value}{E}"


DOMAINS = [
    "cwpanama.net", "navegante.com.sv", "turbonett.hn", "amnet.co.cr", "telered.com.gt", "netlife.ec",
    "puntonet.ec", "copaco.com.py", "entel.bo", "supernet.com.bo", "cableonda.net",
    "caribsurf.com", "coralwave.com", "guyana.net.gy", "sr.net", "moov.mg", "ucom.am",
    "arminco.com", "azeronline.com", "azdata.net", "saima.kg", "tojikiston.tj", "uzpak.uz", "sarkor.uz",
    "magicnet.mn", "wlink.com.np", "mos.com.np", "dhivehinet.net.mv", "druknet.bt",
    "sltnet.lk", "eureka.lk", "citechco.net", "ptcl.net.pk", "cyber.net.pk", "brain.net.pk", "cyberia.net.lb",
    "idm.net.lb", "qualitynet.net", "yemen.net.ye", "sudanet.sd", "tunet.tn", "planet.tn", 
    "djaweb.dz", "ethionet.et", "africaonline.co.ke", "swiftkenya.com", "utl.co.ug", "habari.co.tz",
    "zamnet.zm", "botsnet.bw", "iway.na", "ncs.com.gh", "skannet.com", "camnet.cm", "aviso.ci",
]

FIRST = ["amara", "bilal", "chidi", "dilnoza", "esteban", "farida", "gulnara", "hamza", "ines", "jasur",
         "kaveh", "lucia", "mateo", "nodira", "obinna", "priya", "quilla", "rustam", "sanjar", "tamar",
         "ulugbek", "valentina", "wanjiru", "ximena", "yusuf", "zarina", "aziz", "bongani", "carmen", "dawit",
         "elif", "fatou", "gaspar", "hiba", "ivo", "jamila", "kofi", "leyla", "mthunzi", "nasrin", "oscar",
         "pema", "rania", "sipho", "tenzin", "uzma", "vusi", "wendy", "yara", "zainab"]
LAST = ["abenov", "bakirov", "castellanos", "dlamini", "echeverria", "fofana", "gurung", "haidari", "ibrahimov",
        "jaramillo", "karimova", "lopera", "mensah", "nazarov", "okafor", "perera", "quispe", "rahmani",
        "sherpa", "tashkentova", "umarov", "villalobos", "wangari", "yilmaz", "zapata", "achieng", "bajwa",
        "chanda", "diallo", "esposito", "fernando", "ghimire", "hakimi", "ismoilov", "jumabaev", "kipchoge",
        "lungu", "mwale", "ndiaye", "otieno", "phiri", "rashidov", "sesay", "tshabalala", "usmonov", "vargas"]
WORDS = ["amber", "basalt", "cedar", "delta", "ember", "fjord", "granite", "harbor", "indigo", "juniper",
         "kestrel", "lantern", "meadow", "nectar", "orchid", "pebble", "quartz", "raven", "saffron", "thistle",
         "umber", "velvet", "willow", "yarrow", "zephyr", "anvil", "bramble", "cobalt", "dune", "falcon",
         "glacier", "heron", "island", "jasper", "kelp", "lichen", "marble", "nutmeg", "otter", "pylon",
         "ridge", "spruce", "tundra", "walnut", "badger", "comet", "drizzle", "ferret", "gazelle", "hazel"]
WEAK = ["Flamingo2023", "Cormorant7", "Wombat1988", "Ibis2025", "Jackal44", "Mongoose3", "Narwhal2016",
        "Okapi91", "Pelican12", "Stork2020", "Tortoise8", "Vulture66", "Walrus2018", "Yak2021", "Zebu5"]
MONTHS = [
    ["January", "March", "August", "October", "December"],
    ["Enero", "Marzo", "Agosto", "Octubre", "Diciembre"],
    ["Janvier", "Mars", "Juillet", "Octobre", "Novembre"],
    ["Januar", "Maerz", "August", "Oktober", "Dezember"],
    ["Ocak", "Mart", "Agustos", "Ekim", "Aralik"],
    ["Styczen", "Marzec", "Sierpien", "Pazdziernik", "Grudzien"],
]
WALKS = ["Asdfgh2468", "Zaq12wsx", "Poiuyt1357", "Mnbvcx9753", "Qazwsx2024", "1q2w3e4r5t", "Wsxedc8642",
         "Yhnujm4826"]

# characters allowed in a password per syntax context
CTX = {
    "url": "-_.~",
    "shell": "-_.+:=%^",
    "ini": "-_.!+=^%~",
    "env": "-_.!+=^%~",
    "quoted": "-_.!#%*+=?^~:,",
    "json": "-_.!#%*+=?^~:,",
    "xml": "-_.!#%*+=?^~:,",
    "yaml": "-_.!+=^",
    "plain": "-_.",
    "prose": "-_.#%*+=^~",
    "word": "",
    "cfg": "-_.!+=^",
}

V4_FIRST = [5, 23, 31, 37, 41, 45, 46, 51, 52, 62, 77, 78, 79, 80, 81, 82, 85, 88, 89, 91, 93, 94, 95, 102,
            103, 104, 109, 130, 134, 138, 141, 145, 151, 154, 157, 159, 163, 176, 178, 185, 188, 193, 195, 196,
            197, 202, 212, 213, 217]
V6_FIRST = ["2001", "2003", "2400", "2401", "2403", "2405", "2602", "2604", "2605", "2607", "2620", "2800",
            "2803", "2804", "2a00", "2a01", "2a02", "2a03", "2a05", "2a0e", "2c0f", "2406"]

LOOK_LITERAL_OK = set()


class G:
    def __init__(self, rng):
        self.r = rng
        self.saved = {}

    # ---------- e-mail ----------
    def email(self, domain=None):
        r = self.r
        f, l = r.choice(FIRST), r.choice(LAST)
        style = r.randrange(7)
        if style == 0:
            lp = f"{f}.{l}"
        elif style == 1:
            lp = f"{f[0]}{l}"
        elif style == 2:
            lp = f"{f}{r.randrange(1, 99)}"
        elif style == 3:
            lp = f"{f}_{l}{r.randrange(60, 99)}"
        elif style == 4:
            lp = f"{l}.{f[0]}"
        elif style == 5:
            lp = f"{r.choice(WORDS)}.{r.choice(WORDS)}"
        else:
            lp = f"{f}-{l}"
        return f"{lp}@{domain or r.choice(DOMAINS)}"

    # ---------- IP ----------
    def ip4(self):
        r = self.r
        while True:
            a = ipaddress.ip_address(f"{r.choice(V4_FIRST)}.{r.randrange(0, 256)}.{r.randrange(0, 256)}."
                                     f"{r.randrange(1, 255)}")
            if a.is_global and not a.is_multicast:
                return str(a)

    def ip6(self):
        r = self.r
        while True:
            hs = [r.choice(V6_FIRST)] + [f"{r.randrange(0, 65536):x}" for _ in range(7)]
            style = r.randrange(3)
            if style == 0:
                s = ":".join(hs)
            elif style == 1:
                s = ":".join(hs[:3]) + "::" + hs[7]
            else:
                s = ":".join(hs[:4]) + "::" + ":".join(hs[6:])
            a = ipaddress.ip_address(s)
            if a.is_global and not a.is_multicast:
                return s

    # ---------- passwords ----------
    def pw(self, ctx):
        r = self.r
        sym = CTX[ctx]
        st = r.randrange(10)
        if st == 0:
            n = r.randrange(3, 6)
            sep = r.choice([c for c in "-._" if c in sym] or [""])
            ws = [r.choice(WORDS) for _ in range(n)]
            if r.random() < 0.5:
                ws = [w.capitalize() for w in ws]
            s = sep.join(ws)
            if r.random() < 0.5:
                s += sep + str(r.randrange(2, 99))
        elif st == 1:
            alph = string.ascii_letters + string.digits
            body = alph + sym
            n = r.randrange(14, 24)
            s = r.choice(alph) + "".join(r.choice(body) for _ in range(n - 2)) + r.choice(alph)
        elif st == 2:
            s = r.choice(WEAK)
        elif st == 3:
            s = r.choice(r.choice(MONTHS)) + str(r.randrange(2019, 2027))
            if "!" in sym and r.random() < 0.5:
                s += "!"
        elif st == 4:
            s = r.choice(FIRST).capitalize() + str(r.randrange(1958, 2006))
        elif st == 5:
            alph = string.ascii_letters + string.digits
            s = "".join(r.choice(alph) for _ in range(r.randrange(16, 29)))
        elif st == 6:
            w = r.choice(WORDS)
            leet = w.replace("a", "4").replace("e", "3").replace("o", "0").replace("i", "1")
            s = leet + r.choice(WORDS).capitalize() + str(r.randrange(10, 999))
        elif st == 7:
            s = r.choice(WORDS) + str(r.randrange(100, 1000)) + r.choice(WORDS).capitalize()
        elif st == 8:
            s = r.choice(WALKS)
            extra = [c for c in "!#%*" if c in sym]
            if extra and r.random() < 0.5:
                s += r.choice(extra)
        else:
            cons, vow = "bcdfghjklmnprstvz", "aeiou"
            parts = ["".join(r.choice(cons) + r.choice(vow) for _ in range(3)) for _ in range(3)]
            sep = "-" if "-" in sym else ""
            s = sep.join(parts).capitalize() + str(r.randrange(1, 10))
        assert "@" not in s
        return s

    # ---------- keys ----------
    def rs(self, alph, n):
        return "".join(self.r.choice(alph) for _ in range(n))

    def key(self, shape):
        r = self.r
        H, A = "0123456789abcdef", string.ascii_letters + string.digits
        L = string.ascii_lowercase + string.digits
        U = string.ascii_uppercase + string.digits
        m = re.fullmatch(r"hex(\d+)", shape)
        if m:
            return self.rs(H, int(m.group(1)))
        m = re.fullmatch(r"HEX(\d+)", shape)
        if m:
            return self.rs("0123456789ABCDEF", int(m.group(1)))
        m = re.fullmatch(r"an(\d+)", shape)
        if m:
            return self.rs(A, int(m.group(1)))
        m = re.fullmatch(r"lan(\d+)", shape)
        if m:
            return self.rs(L, int(m.group(1)))
        m = re.fullmatch(r"uan(\d+)", shape)
        if m:
            return self.rs(U, int(m.group(1)))
        m = re.fullmatch(r"b64_(\d+)", shape)
        if m:
            return base64.b64encode(bytes(r.randrange(256) for _ in range(int(m.group(1))))).decode()
        m = re.fullmatch(r"b64u_(\d+)", shape)
        if m:
            return base64.urlsafe_b64encode(bytes(r.randrange(256) for _ in range(int(m.group(1))))).decode().rstrip("=")
        m = re.fullmatch(r"b32_(\d+)", shape)
        if m:
            return base64.b32encode(bytes(r.randrange(256) for _ in range(int(m.group(1))))).decode().rstrip("=")
        if shape == "uuid":
            h = self.rs(H, 32)
            h = h[:12] + "4" + h[13:16] + r.choice("89ab") + h[17:]
            return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"
        if shape == "jwt":
            hdr = base64.urlsafe_b64encode(b'{"alg":"HS256","typ":"JWT"}').decode().rstrip("=")
            body = base64.urlsafe_b64encode(
                ('{"sub":"%s","iat":%d}' % (self.rs(L, 10), r.randrange(1700000000, 1790000000))).encode()
            ).decode().rstrip("=")
            return f"{hdr}.{body}.{self.key('b64u_32')}"
        if shape == "django50":
            return self.rs(string.ascii_lowercase + string.digits + "!#%^*(-_=+)", 50)
        if shape == "ghp":
            return "ghp_" + self.rs(A, 36)
        if shape == "github_pat":
            return "github_pat_11" + self.rs(U, 20) + "_" + self.rs(A, 59)
        if shape == "glpat":
            return "glpat-" + self.rs(A + "-_", 20)
        if shape == "npm":
            return "npm_" + self.rs(A, 36)
        if shape == "sk_test":
            return "sk_test_" + self.rs(A, 24)
        if shape == "rk_test":
            return "rk_test_" + self.rs(A, 24)
        if shape == "whsec":
            return "whsec_" + self.rs(A, 32)
        if shape == "akia":
            return "AKIA" + self.rs(string.ascii_uppercase + "234567", 16)
        if shape == "aws_secret":
            return self.rs(A + "+/", 40)
        if shape == "xoxb":
            return f"xoxb-{r.randrange(10**10, 10**11)}-{r.randrange(10**12, 10**13)}-{self.rs(A, 24)}"
        if shape == "sg":
            return "SG." + self.rs(A + "-_", 22) + "." + self.rs(A + "-_", 43)
        if shape == "hf":
            return "hf_" + self.rs(A, 34)
        if shape == "pypi":
            return "pypi-AgEIcHlwaS5vcmc" + self.rs(A + "-_", 60)
        if shape == "dop_v1":
            return "dop_v1_" + self.rs(H, 64)
        if shape == "glrt":
            return "glrt-" + self.rs(A + "-_", 20)
        if shape == "lin_api":
            return "lin_api_" + self.rs(A, 40)
        if shape == "aiza":
            return "AIza" + self.rs(A + "-_", 35)
        if shape == "shpat":
            return "shpat_" + self.rs(H, 32)
        if shape == "pem1":
            body = base64.b64encode(bytes(r.randrange(256) for _ in range(120))).decode()
            lines = "\\n".join([("MIIEvQIBADANBgkqhkiG9w0BAQEFAASC" + body)[i:i + 64]
                                for i in range(0, 32 + len(body), 64)])
            return f"-----BEGIN PRIVATE KEY-----\\n{lines}\\n-----END PRIVATE KEY-----"
        if shape == "discord":
            return self.key("b64u_18") + "." + self.rs(A + "-_", 6) + "." + self.key("b64u_28")
        if shape == "glsa":
            return "glsa_" + self.rs(A, 32) + "_" + self.rs(H, 8)
        if shape == "age":
            return "AGE-SECRET-KEY-1" + self.rs("QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L".upper(), 58)
        raise KeyError(shape)

    # ---------- look-alikes ----------
    def look(self, kind):
        r = self.r
        H = "0123456789abcdef"
        if kind.endswith("uuid") or kind in ("uuid_id", "k8s_uid"):
            return self.key("uuid")
        if kind in ("version", "snippet_version"):
            return f"{r.randrange(0, 12)}.{r.randrange(0, 30)}.{r.randrange(0, 20)}"
        if kind == "date":
            return f"{r.randrange(2019, 2027)}-{r.randrange(1, 13):02d}-{r.randrange(1, 29):02d}"
        if kind == "timestamp":
            return (f"{r.randrange(2019, 2027)}-{r.randrange(1, 13):02d}-{r.randrange(1, 29):02d}T"
                    f"{r.randrange(24):02d}:{r.randrange(60):02d}:{r.randrange(60):02d}Z")
        if kind == "epoch":
            return str(r.randrange(1600000000, 1790000000))
        if kind in ("git_commit",):
            return self.rs(H, 40)
        if kind == "short_sha":
            return self.rs(H, 7)
        if kind in ("image_digest",):
            return "sha256:" + self.rs(H, 64)
        if kind in ("sha256_checksum",):
            return self.rs(H, 64)
        if kind in ("md5_checksum",):
            return self.rs(H, 32)
        if kind == "private_ip":
            c = r.randrange(3)
            if c == 0:
                return f"10.{r.randrange(256)}.{r.randrange(256)}.{r.randrange(1, 255)}"
            if c == 1:
                return f"192.168.{r.randrange(256)}.{r.randrange(1, 255)}"
            return f"172.{r.randrange(16, 32)}.{r.randrange(256)}.{r.randrange(1, 255)}"
        if kind == "loopback_ip":
            return "127.0.0.1"
        if kind == "unspecified_ip":
            return "0.0.0.0"
        if kind == "unspecified_ipv6":
            return "::"
        if kind == "loopback_ipv6":
            return "::1"
        if kind == "documentation_ip":
            return r.choice(["192.0.2.", "198.51.100.", "203.0.113."]) + str(r.randrange(1, 255))
        if kind == "documentation_ipv6":
            return f"2001:db8:{r.randrange(65536):x}::{r.randrange(1, 65536):x}"
        if kind == "link_local_ipv6":
            return f"fe80::{r.randrange(65536):x}:{r.randrange(65536):x}:{r.randrange(65536):x}:{r.randrange(65536):x}"
        if kind == "ula_ipv6":
            return f"fd{r.randrange(256):02x}:{r.randrange(65536):x}:{r.randrange(65536):x}::{r.randrange(1, 65536):x}"
        if kind == "shared_ip":
            return f"100.{r.randrange(64, 128)}.{r.randrange(256)}.{r.randrange(1, 255)}"
        if kind == "link_local_ip":
            return f"169.254.{r.randrange(1, 255)}.{r.randrange(1, 255)}"
        if kind == "multicast_ip":
            return f"239.{r.randrange(256)}.{r.randrange(256)}.{r.randrange(1, 255)}"
        if kind == "benchmark_ip":
            return f"198.18.{r.randrange(256)}.{r.randrange(1, 255)}"
        if kind == "reserved_email":
            return f"{r.choice(FIRST)}@{r.choice(['example.com', 'example.org', 'example.net'])}"
        if kind == "mac_address":
            return ":".join(f"{(r.randrange(256) & 0xFC) if i == 0 else r.randrange(256):02x}" for i in range(6))
        if kind == "bcrypt_hash":
            return "$2y$10$" + self.rs(string.ascii_letters + string.digits + "./", 53)
        if kind == "argon2_hash":
            return ("$argon2id$v=19$m=65536,t=3,p=4$" + self.key("b64_16").rstrip("=") + "$"
                    + self.key("b64_32").rstrip("="))
        if kind == "sha512_crypt":
            return "$6$" + self.rs(string.ascii_letters + string.digits + "./", 16) + "$" + \
                self.rs(string.ascii_letters + string.digits + "./", 86)
        if kind == "build_id":
            return f"{r.randrange(2019, 2027)}{r.randrange(1, 13):02d}{r.randrange(1, 29):02d}.{r.randrange(1, 999)}"
        if kind == "oid":
            return "1.3.6.1.4.1." + ".".join(str(r.randrange(1, 60000)) for _ in range(r.randrange(2, 5)))
        if kind == "cve_id":
            return f"CVE-{r.randrange(2016, 2027)}-{r.randrange(1000, 49999)}"
        if kind == "semver_range":
            return f"^{r.randrange(0, 9)}.{r.randrange(0, 20)}.0"
        if kind == "ssh_fingerprint":
            return "SHA256:" + self.key("b64_32").rstrip("=")
        if kind == "ssh_public_key":
            return "AAAAC3NzaC1lZDI1NTE5AAAAI" + self.rs(string.ascii_letters + string.digits + "+/", 43)
        if kind == "steam_id":
            return "7656119" + "".join(str(r.randrange(10)) for _ in range(10))
        if kind == "rgb_hex":
            return "#" + self.rs(H, 6)
        if kind == "hex_color":
            return "#" + self.rs(H, 6)
        if kind == "port_range":
            a = r.randrange(20000, 60000)
            return f"{a}-{a + r.randrange(10, 200)}"
        if kind == "cron_expr":
            return f"{r.randrange(60)} {r.randrange(24)} * * {r.randrange(7)}"
        if kind == "checksum_crc32":
            return self.rs("0123456789ABCDEF", 8)
        if kind == "request_id":
            return self.rs(H, 16)
        if kind == "trace_id":
            return self.rs(H, 32)
        if kind == "semver_pre":
            return f"{r.randrange(0, 6)}.{r.randrange(0, 20)}.0-rc.{r.randrange(1, 6)}"
        if kind == "workshop_id":
            return str(r.randrange(1000000000, 3400000000))
        if kind == "gpg_fingerprint":
            return self.rs("0123456789ABCDEF", 40)
        if kind == "iban_example":
            return "GB82WEST12345698765432"
        raise KeyError(kind)


TOK = re.compile("«([^«»]*)»")


SIMPLE = re.compile("«([cnwv]):([^«»~]*)(?:~([a-z0-9_]+))?»")


def simple_saved(g, m):
    head, rest, save = m.group(1), m.group(2), m.group(3)
    val = g.saved[("v", rest)] if head == "v" else simple(g, head, rest)
    if save:
        g.saved[("v", save)] = val
    return val


def simple(g, head, rest):
    if head == "c":
        return g.r.choice(rest.split("|"))
    if head == "n":
        lo, hi = rest.split("-")
        return str(g.r.randrange(int(lo), int(hi) + 1))
    if rest == "first":
        return g.r.choice(FIRST)
    if rest == "First":
        return g.r.choice(FIRST).capitalize()
    if rest == "last":
        return g.r.choice(LAST)
    if rest == "Last":
        return g.r.choice(LAST).capitalize()
    if rest == "word":
        return g.r.choice(WORDS)
    if rest == "Word":
        return g.r.choice(WORDS).capitalize()
    if rest.startswith("hex"):
        return g.rs("0123456789abcdef", int(rest[3:]))
    raise KeyError(rest)


def fill(g, text):
    """Expand «…» placeholders in text order; returns marked text.

    Unlabelled helpers («c:», «n:», «w:») are expanded first, so that they may sit inside a look-alike literal.
    """
    text = SIMPLE.sub(lambda m: simple_saved(g, m), text)
    out = []
    pos = 0
    for m in TOK.finditer(text):
        out.append(text[pos:m.start()])
        pos = m.end()
        spec = m.group(1)
        save = None
        if not spec.startswith("L:") and "~" in spec:
            spec, save = spec.rsplit("~", 1)
        head, _, rest = spec.partition(":")
        if spec.startswith("="):
            head, rest = "=", spec[1:]
        if head == "=":
            tag, kind, val = g.saved[rest]
            piece = mark(tag, kind, val) if tag else val
        elif head == "b64":  # base64 copy of a saved value, labelled KEY
            kind, name = rest.split(":")
            val = base64.b64encode(g.saved[name][2].encode()).decode()
            tag = "KEY"
            piece = mark(tag, kind, val)
        elif head == "c":  # unlabelled choice
            val = g.r.choice(rest.split("|"))
            tag, kind = None, None
            piece = val
        elif head == "n":  # unlabelled number
            lo, hi = rest.split("-")
            val = str(g.r.randrange(int(lo), int(hi) + 1))
            tag, kind = None, None
            piece = val
        elif head == "w":  # unlabelled word/name helpers
            if rest == "first":
                val = g.r.choice(FIRST)
            elif rest == "First":
                val = g.r.choice(FIRST).capitalize()
            elif rest == "last":
                val = g.r.choice(LAST)
            elif rest == "Last":
                val = g.r.choice(LAST).capitalize()
            elif rest == "word":
                val = g.r.choice(WORDS)
            elif rest.startswith("hex"):
                val = g.rs("0123456789abcdef", int(rest[3:]))
            else:
                raise KeyError(rest)
            tag, kind = None, None
            piece = val
        elif head == "e":
            kind, _, dom = rest.partition("@")
            val = g.email(dom or None)
            tag = "EMAIL"
            piece = mark(tag, kind, val)
        elif head in ("ip", "ipp", "ip4", "ip6", "ipp6"):
            kind = rest
            if head == "ip4":
                val = g.ip4()
            elif head in ("ip6", "ipp6"):
                assert kind.endswith("_ipv6"), kind
                val = g.ip6()
            else:
                if g.r.random() < 0.3:
                    val = g.ip6()
                    kind = kind + "_v6"
                else:
                    val = g.ip4()
            tag = "IP_ADDRESS"
            piece = mark(tag, kind, val)
            if head in ("ipp", "ipp6") and ":" in val:
                piece = "[" + piece + "]"
        elif head == "k":
            kind, shape = rest.split(":", 1)
            if shape.startswith("="):
                val = shape[1:]
            else:
                pre = ""
                if "+" in shape:
                    pre, shape = shape.split("+", 1)
                val = pre + g.key(shape)
            tag = "KEY"
            piece = mark(tag, kind, val)
        elif head == "p":
            kind, ctx = rest.split(":", 1)
            if ctx.startswith("="):
                val = ctx[1:]
            else:
                val = g.pw(ctx)
            tag = "PASSWORD"
            piece = mark(tag, kind, val)
        elif head == "L":
            kind, eq, lit = rest.partition("=")
            val = lit if eq else g.look(kind)
            tag = "LOOK"
            piece = mark(tag, kind, val)
        else:
            raise ValueError(spec)
        if save:
            g.saved[save] = (tag, kind, val)
        out.append(piece)
    out.append(text[pos:])
    return "".join(out)
