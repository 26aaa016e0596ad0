"""Value generators and the fill function for held-out set 53 (standard library only).

Placeholders (see README.md):
  «e:kind» / «e:kind@domain»   EMAIL label
  «ip:kind»  IP label, IPv6 with probability 0.3 (kind gets suffix _v6)
  «ip4:kind» always IPv4, «ip6:kind» always IPv6 (kind should end in ipv6)
  «ipb:kind» / «ipb6:kind»     as ip / ip6 but bracketed when IPv6
  «k:kind:shape» / «k:kind:prefix+shape»   KEY label
  «p:kind:ctx»                 PASSWORD label for a syntax context
  «b64:kind:name»              KEY label holding base64 of a saved value
  «L:kind» / «L:kind=literal»  look-alike
  suffix ~name saves a value; «=name» repeats it (labelled again with the same tag and kind)
Helpers expanded first: «c:a|b», «n:lo-hi», «w:spec» (optionally ~name), «v:name».
"""
import base64
import ipaddress
import re
import string

M0, M1, M2 = "\ue000", "\ue001", "\ue002"

FIRST = ["amara", "bongani", "chiara", "dainius", "elif", "farida", "goran", "hana", "ilkka", "jovana",
         "kaveh", "lucia", "mihail", "nadia", "oren", "priya", "quentin", "rasa", "sione", "tereza",
         "ugne", "vusi", "wiktor", "ximena", "yerlan", "zora", "anouk", "bjarni", "cosmin", "dalia",
         "emeka", "fenna", "gulnara", "hamid", "ines", "jarrah", "kemal", "lior", "maile", "nuno"]
LAST = ["abebe", "bakirov", "castellanos", "dimitrov", "eriksen", "fonua", "gashi", "halvorsen", "ivanauskas",
        "jelic", "kowalczyk", "lindqvist", "mbeki", "nakashima", "okonjo", "petrescu", "quispe", "rahimi",
        "sandoval", "tanaka", "urbonas", "vasquez", "wojcik", "yilmaz", "zapata", "arnarson", "borg",
        "cerny", "doumbia", "esposito", "faleolo", "grigoryan", "horvat", "idrissi", "jankovic"]
WORDS = ["quartz", "lantern", "meadow", "harbor", "ember", "falcon", "granite", "willow", "cobalt", "saffron",
         "tundra", "pebble", "orchid", "thistle", "canyon", "marble", "juniper", "walrus", "nectar", "sorrel",
         "basalt", "heron", "lagoon", "cinder", "prairie", "kestrel", "fjord", "mosaic", "tamarack", "zephyr",
         "vellum", "copper", "bramble", "glacier", "olive", "pumice", "rosehip", "shale", "tinder", "umber"]
DOMAINS = ["online.ee", "ptt.rs", "open.by", "online.tm", "lao.net.la", "emirates.net.ae", "orange.jo",
           "idm.net.lb", "africaonline.co.ke", "malawi.net", "afsat.com", "arminco.com", "olival.fo",
           "maltanet.net", "vol.net.mt", "andorra.ad", "pchome.com.tw", "sohu.com", "21cn.com", "tom.com",
           "kalianet.to", "palaunet.com", "post.sk"]
RESERVED = ["example.com", "example.org", "example.net", "mail.example", "corp.invalid", "dev.test"]
V4_FIRST = [5, 12, 23, 31, 37, 41, 45, 46, 49, 52, 58, 62, 64, 66, 69, 74, 77, 78, 80, 81, 83, 85, 87, 88, 91,
            93, 95, 101, 103, 109, 112, 115, 118, 121, 125, 128, 131, 134, 138, 141, 144, 147, 151, 154, 157,
            161, 164, 167, 171, 176, 178, 181, 185, 188, 190, 193, 195, 197, 200, 202, 206, 209, 212, 213, 217,
            220, 222]
V6_FIRST = ["2001:4860", "2a00:1450", "2a01:4f8", "2a02:2788", "2a03:b0c0", "2604:a880", "2600:3c03",
            "2a05:d014", "2406:da18", "2620:fe", "2a0e:b107", "2c0f:f248", "2800:3f0", "2803:9810", "2a10:cc40",
            "2402:800", "2405:8100", "2607:f8b0", "2a04:4e42", "2001:67c", "2001:1af8", "2a06:98c0", "2001:470",
            "2404:6800", "2a0c:5a80", "2610:a1", "2c0f:fb50", "2001:12ff"]
WEAK = ["Tulip2019", "Falcon88", "Hibiscus2022", "Lemonade7", "Pelican2017", "Sunflower12", "Bluebird2024",
        "Cinnamon99", "Horizon2016", "Mustang66", "Paprika2021", "Rainbow55", "Lighthouse3", "Butterfly2020"]
MONTHS = [["Januar", "Februar", "Maerz", "Oktober"], ["Janvier", "Fevrier", "Avril", "Octobre"],
          ["Enero", "Febrero", "Marzo", "Octubre"], ["Styczen", "Luty", "Marzec", "Pazdziernik"],
          ["Tammikuu", "Helmikuu", "Maaliskuu", "Lokakuu"], ["Ocak", "Subat", "Mart", "Ekim"],
          ["Gennaio", "Febbraio", "Marzo", "Ottobre"], ["Januari", "Februari", "Maret", "Oktober"]]
WALKS = ["Asdfgh2468", "Qwerty1357", "Zxcvbn8642", "1q2w3e4r5t", "Poiuyt0987", "Lkjhgf5432", "Mnbvcx9753",
         "2wsx3edc4rfv", "Qazwsx1122"]
LEET = ["P4ssw0rd", "S3cur1ty", "Adm1n", "W1nt3r", "Dr4g0n", "M0nk3y", "Sh4d0w", "Tr0ub4dor"]
CTX = {
    "url": "-_.~",
    "shell": "-_.+:=%^",
    "ini": "-_.!+=^%~",
    "quoted": "-_.!#%*+=?^~:,",
    "yaml": "-_.!+=^",
    "plain": "-_.",
    "prose": "-_.#%*+=^~",
    "word": "",
    "cfg": "-_.!+=^",
}

HEX = "0123456789abcdef"
AN = string.ascii_letters + string.digits
B32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"
B58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"
CROCK = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"


class G:
    def __init__(self, rng):
        self.r = rng

    # ---- primitives
    def s(self, alphabet, n):
        return "".join(self.r.choice(alphabet) for _ in range(n))

    def an_mixed(self, n):
        while True:
            v = self.s(AN, n)
            if any(c.isdigit() for c in v) and any(c.isupper() for c in v) and any(c.islower() for c in v):
                return v

    def rb(self, n):
        return bytes(self.r.randrange(256) for _ in range(n))

    def uuid(self):
        h = self.s(HEX, 32)
        h = h[:12] + "4" + h[13:16] + self.r.choice("89ab") + h[17:]
        return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"

    # ---- helpers
    def word(self, spec):
        r = self.r
        if spec in ("word", "Word"):
            w = r.choice(WORDS)
            return w if spec == "word" else w.capitalize()
        if spec in ("first", "First"):
            w = r.choice(FIRST)
            return w if spec == "first" else w.capitalize()
        if spec in ("last", "Last"):
            w = r.choice(LAST)
            return w if spec == "last" else w.capitalize()
        m = re.fullmatch(r"(hex|an|lan|uan|dig)(\d+)", spec)
        if m:
            k, n = m.group(1), int(m.group(2))
            if k == "hex":
                return self.s(HEX, n)
            if k == "an":
                return self.s(AN, n)
            if k == "lan":
                return self.s(string.ascii_lowercase + string.digits, n)
            if k == "uan":
                return self.s(string.ascii_uppercase + string.digits, n)
            return str(r.randint(1, 9)) + self.s(string.digits, n - 1)
        raise ValueError("bad word spec " + spec)

    # ---- labels
    def email(self, domain=None):
        r = self.r
        f, l = r.choice(FIRST), r.choice(LAST)
        style = r.randrange(6)
        if style == 0:
            local = f"{f}.{l}"
        elif style == 1:
            local = f"{f[0]}{l}"
        elif style == 2:
            local = f"{f}_{l}{r.randint(1, 99)}"
        elif style == 3:
            local = f"{l}.{f[0]}"
        elif style == 4:
            local = f"{f}{r.randint(1960, 2005)}"
        else:
            local = f"{f}-{l}"
        return f"{local}@{domain or r.choice(DOMAINS)}"

    def ipv4(self):
        r = self.r
        while True:
            a = ipaddress.IPv4Address(f"{r.choice(V4_FIRST)}.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}")
            if a.is_global and not a.is_multicast:
                return str(a)

    def ipv6(self):
        r = self.r
        while True:
            pre = r.choice(V6_FIRST).split(":")
            rest = [format(r.randrange(1, 65536), "x") for _ in range(8 - len(pre))]
            parts = pre + rest
            style = r.randrange(3)
            if style == 0:
                s = ":".join(parts)
            elif style == 1:
                s = ":".join(parts[:3]) + "::" + ":".join(parts[6:])
            else:
                s = ":".join(parts[:4]) + "::" + parts[7]
            a = ipaddress.IPv6Address(s)
            if a.is_global and not a.is_multicast:
                return s

    def b64(self, n, variant="std"):
        b = self.rb(n)
        if variant == "std":
            return base64.b64encode(b).decode()
        if variant == "nopad":
            return base64.b64encode(b).decode().rstrip("=")
        if variant == "url":
            return base64.urlsafe_b64encode(b).decode().rstrip("=")
        if variant == "urlpad":
            return base64.urlsafe_b64encode(b).decode()
        raise ValueError(variant)

    def pem(self, label, nbytes, esc=False):
        body = base64.b64encode(self.rb(nbytes)).decode()
        lines = [body[i:i + 64] for i in range(0, len(body), 64)]
        nl = "\\n" if esc else "\n"
        return f"-----BEGIN {label}-----{nl}" + nl.join(lines) + f"{nl}-----END {label}-----"

    def key(self, shape):
        m = re.fullmatch(r"([a-zA-Z][a-zA-Z0-9]*?)_?(\d*)", shape)
        k, n = m.group(1), int(m.group(2) or 0)
        if k == "hex":
            return self.s(HEX, n)
        if k == "HEX":
            return self.s(HEX.upper(), n)
        if k == "an":
            return self.an_mixed(n)
        if k == "lan":
            while True:
                v = self.s(string.ascii_lowercase + string.digits, n)
                if any(c.isdigit() for c in v) and any(c.isalpha() for c in v):
                    return v
        if k == "uan":
            while True:
                v = self.s(string.ascii_uppercase + string.digits, n)
                if any(c.isdigit() for c in v) and any(c.isalpha() for c in v):
                    return v
        if k == "dig":
            return str(self.r.randint(1, 9)) + self.s(string.digits, n - 1)
        if k == "b32":
            return self.s(B32, n)
        if k == "b58":
            return self.s(B58, n)
        if k == "b64":
            return self.b64(n, "std")
        if k == "b64n":
            return self.b64(n, "nopad")
        if k == "b64u":
            return self.b64(n, "url")
        if k == "b64up":
            return self.b64(n, "urlpad")
        if k == "uuid":
            return self.uuid()
        if k == "django":
            while True:
                v = self.s(string.ascii_lowercase + string.digits + "!#%^&*(-_=+)", 50)
                if v[0].isalnum() and v[-1].isalnum():
                    return v
        if k == "jwt":
            hdr = base64.urlsafe_b64encode(b'{"alg":"HS256","typ":"JWT"}').decode().rstrip("=")
            body = base64.urlsafe_b64encode(
                ('{"sub":"%s","iat":%d}' % (self.s(HEX, 12), self.r.randint(1600000000, 1790000000))).encode()
            ).decode().rstrip("=")
            return f"{hdr}.{body}.{self.b64(32, 'url')}"
        if k == "pemrsa":
            return self.pem("RSA PRIVATE KEY", 600)
        if k == "pemec":
            return self.pem("EC PRIVATE KEY", 121)
        if k == "pempk":
            return self.pem("PRIVATE KEY", 480)
        if k == "pemesc":
            return self.pem("PRIVATE KEY", 138, esc=True)
        raise ValueError("bad key shape " + shape)

    def pw(self, ctx):
        r = self.r
        sym = CTX[ctx]
        while True:
            style = r.randrange(10)
            if style == 0:
                n = r.randint(3, 5)
                ws = [r.choice(WORDS) for _ in range(n)]
                if r.random() < 0.5:
                    ws = [w.capitalize() for w in ws]
                seps = [c for c in "-._" if c in sym]
                sep = r.choice(seps) if seps else ""
                v = sep.join(ws)
                if r.random() < 0.5:
                    v += str(r.randint(2, 99))
            elif style == 1:
                alpha = AN + sym
                n = r.randint(14, 23)
                v = r.choice(AN) + "".join(r.choice(alpha) for _ in range(n - 2)) + r.choice(AN)
            elif style == 2:
                v = r.choice(WEAK)
            elif style == 3:
                v = r.choice(r.choice(MONTHS)) + str(r.randint(2015, 2026))
                if "!" in sym and r.random() < 0.5:
                    v += "!1"
            elif style == 4:
                v = r.choice(FIRST).capitalize() + str(r.randint(1955, 2008))
            elif style == 5:
                v = self.an_mixed(r.randint(16, 28))
            elif style == 6:
                v = r.choice(LEET) + r.choice(WORDS).capitalize() + str(r.randint(10, 999))
            elif style == 7:
                v = r.choice(WORDS) + str(r.randint(100, 999)) + r.choice(WORDS).capitalize()
            elif style == 8:
                v = r.choice(WALKS)
                s2 = [c for c in "!#%+" if c in sym]
                if s2 and r.random() < 0.5:
                    v += r.choice(s2)
            else:
                cons, vow = "bdfghjklmnprstvz", "aeiou"
                parts = ["".join(r.choice(cons) + r.choice(vow) for _ in range(3)) for _ in range(3)]
                sep = "-" if "-" in sym else ""
                v = sep.join(parts).capitalize() + str(r.randint(1, 9))
            ok_chars = all(c in AN or c in sym for c in v) and "@" not in v and v.isascii()
            ok_end = v[-1].isalnum() or (style == 8 and v[-1] in "!#%+")
            if ok_chars and v[0].isalnum() and ok_end:
                return v

    # ---- look-alikes
    def look(self, kind):
        r = self.r
        d = lambda a, b: r.randint(a, b)
        if kind in ("date", "snippet_date"):
            return f"{d(2016, 2026)}-{d(1, 12):02d}-{d(1, 28):02d}"
        if kind == "date_dmy":
            return f"{d(1, 28):02d}.{d(1, 12):02d}.{d(2016, 2026)}"
        if kind == "date_us":
            return f"{d(1, 12):02d}/{d(1, 28):02d}/{d(2016, 2026)}"
        if kind == "log_time":
            return f"{d(0, 23):02d}:{d(0, 59):02d}:{d(0, 59):02d}"
        if kind == "timestamp":
            return f"{d(2016, 2026)}-{d(1, 12):02d}-{d(1, 28):02d}T{d(0, 23):02d}:{d(0, 59):02d}:{d(0, 59):02d}Z"
        if kind == "timestamp_ms":
            return f"{d(2016, 2026)}-{d(1, 12):02d}-{d(1, 28):02d} {d(0, 23):02d}:{d(0, 59):02d}:{d(0, 59):02d},{d(0, 999):03d}"
        if kind == "epoch_s":
            return str(d(1500000000, 1790000000))
        if kind == "epoch_ms":
            return str(d(1500000000000, 1790000000000))
        if kind in ("version", "snippet_version"):
            return f"{d(0, 9)}.{d(0, 24)}.{d(0, 15)}"
        if kind == "build_id":
            return f"{d(2019, 2026)}{d(1, 12):02d}{d(1, 28):02d}.{d(1, 40)}"
        if kind.endswith("_uuid") or kind in ("uuid", "k8s_uid", "request_id", "tenant_id"):
            return self.uuid()
        if kind == "git_commit":
            return self.s(HEX, 40)
        if kind == "short_sha":
            return self.s(HEX, r.choice([7, 8, 10]))
        if kind == "sha256_checksum":
            return self.s(HEX, 64)
        if kind == "sha1_checksum":
            return self.s(HEX, 40)
        if kind == "md5_checksum":
            return self.s(HEX, 32)
        if kind == "sha512_checksum":
            return self.s(HEX, 128)
        if kind == "image_digest":
            return "sha256:" + self.s(HEX, 64)
        if kind in ("trace_id", "activation_id"):
            return self.s(HEX, 32)
        if kind == "span_id":
            return self.s(HEX, 16)
        if kind == "object_id":
            return self.s(HEX, 24)
        if kind == "ulid":
            return "0" + self.s(CROCK, 25)
        if kind == "snowflake_id":
            return str(d(100000000000000000, 999999999999999999))
        if kind == "bcrypt_hash":
            return "$2b$12$" + self.s(string.ascii_letters + string.digits + "./", 53)
        if kind == "argon2_hash":
            return ("$argon2id$v=19$m=65536,t=3,p=4$" + self.b64(16, "nopad") + "$" + self.b64(32, "nopad"))
        if kind == "sha512crypt_hash":
            return "$6$" + self.s(string.ascii_letters + string.digits + "./", 16) + "$" + self.s(
                string.ascii_letters + string.digits + "./", 86)
        if kind == "sri_hash":
            return "sha384-" + self.b64(48)
        if kind == "npm_integrity":
            return "sha512-" + self.b64(64)
        if kind == "private_ip":
            c = r.randrange(3)
            if c == 0:
                return f"10.{d(0, 255)}.{d(0, 255)}.{d(1, 254)}"
            if c == 1:
                return f"172.{d(16, 31)}.{d(0, 255)}.{d(1, 254)}"
            return f"192.168.{d(0, 255)}.{d(1, 254)}"
        if kind == "loopback_ip":
            return r.choice(["127.0.0.1", "127.0.0.1", f"127.0.{d(0, 3)}.{d(1, 20)}"])
        if kind == "unspecified_ip":
            return "0.0.0.0"
        if kind in ("documentation_ip", "snippet_documentation_ip"):
            return r.choice(["192.0.2", "198.51.100", "203.0.113"]) + f".{d(1, 254)}"
        if kind == "documentation_ipv6":
            return f"2001:db8:{format(d(1, 65535), 'x')}::{format(d(1, 65535), 'x')}"
        if kind == "link_local_ip":
            return f"169.254.{d(0, 255)}.{d(1, 254)}"
        if kind == "ula_ipv6":
            return f"fd{self.s(HEX, 2)}:{format(d(1, 65535), 'x')}:{format(d(1, 65535), 'x')}::{format(d(1, 255), 'x')}"
        if kind == "loopback_ipv6":
            return "::1"
        if kind == "shared_ip":
            return f"100.{d(64, 127)}.{d(0, 255)}.{d(1, 254)}"
        if kind == "multicast_ip":
            return f"239.{d(0, 255)}.{d(0, 255)}.{d(1, 254)}"
        if kind == "netmask":
            return r.choice(["255.255.255.0", "255.255.0.0", "255.255.255.128", "255.255.254.0", "255.255.252.0"])
        if kind == "mac_address":
            return ":".join(self.s(HEX, 2) for _ in range(6))
        if kind in ("reserved_email", "snippet_reserved_email"):
            return f"{r.choice(FIRST)}.{r.choice(LAST)}@{r.choice(RESERVED)}"
        if kind == "ssh_host_fingerprint":
            return "SHA256:" + self.b64(32, "nopad")
        if kind == "ssh_pubkey":
            return "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI" + self.b64(32, "nopad")
        if kind == "wg_public_key":
            return self.b64(32)
        if kind == "eth_address":
            return "0x" + self.s(HEX, 40)
        if kind == "oid":
            return f"1.3.6.1.4.1.{d(1000, 60000)}.{d(1, 9)}.{d(1, 30)}"
        if kind == "isbn":
            return f"978-{d(0, 9)}-{d(100, 999)}-{d(10000, 99999)}-{d(0, 9)}"
        if kind == "doi":
            return f"10.{d(1000, 9999)}/{self.s(string.ascii_lowercase, 4)}.{d(2016, 2026)}.{d(100, 9999)}"
        if kind == "orcid":
            return f"0000-000{d(1, 3)}-{d(1000, 9999)}-{d(100, 999)}{r.choice('0123456789X')}"
        if kind == "test_imsi":
            return "00101" + self.s(string.digits, 10)
        if kind == "cve_id":
            return f"CVE-{d(2018, 2026)}-{d(1000, 49999)}"
        if kind == "publishable_key":
            return "pk_test_" + self.an_mixed(24)
        if kind == "google_client_id":
            return f"{d(100000000000, 999999999999)}-{self.s(string.ascii_lowercase + string.digits, 32)}.apps.googleusercontent.com"
        if kind == "client_id":
            return self.s(string.ascii_lowercase + string.digits, 20)
        if kind == "site_key":
            return "6L" + self.s(AN + "-_", 38)
        if kind == "aws_account_id":
            return str(d(100000000000, 999999999999))
        if kind == "pgp_fingerprint":
            return " ".join(self.s(HEX.upper(), 4) for _ in range(10))
        if kind == "cert_serial":
            return ":".join(self.s(HEX.upper(), 2) for _ in range(16))
        if kind == "crc32":
            return "0x" + self.s(HEX, 8)
        if kind == "hex_color":
            return "#" + self.s(HEX, 6)
        if kind == "coordinates":
            return f"{r.uniform(-60, 70):.5f}, {r.uniform(-170, 170):.5f}"
        if kind == "tx_hash":
            return "0x" + self.s(HEX, 64)
        if kind == "license_serial":
            return "-".join(self.s(B32[:26], 5) for _ in range(4))
        if kind == "kafka_cluster_id":
            return self.b64(16, "url")
        raise ValueError("no generator for look-alike kind " + kind)


HELPER = re.compile(r"«(c|n|w|v):([^«»]*)»")
MAIN = re.compile(r"«(e|ip|ip4|ip6|ipb|ipb6|k|p|b64|L|=):([^«»]*)»")


def expand_helpers(text, rng, saved):
    g = G(rng)

    def rep(m):
        k, arg = m.group(1), m.group(2)
        if k == "c":
            return rng.choice(arg.split("|"))
        if k == "n":
            lo, hi = arg.split("-")
            return str(rng.randint(int(lo), int(hi)))
        if k == "w":
            name = None
            if "~" in arg:
                arg, name = arg.split("~")
            v = g.word(arg)
            if name:
                saved["w:" + name] = v
            return v
        if k == "v":
            return saved["w:" + arg]
        raise ValueError(k)

    while True:
        new = HELPER.sub(rep, text, count=1)
        if new == text:
            return text
        text = new


def mark(tag, kind, value):
    return f"{M0}{tag}|{kind}{M1}{value}{M2}"


def fill(text, rng):
    saved = {}
    text = expand_helpers(text, rng, saved)
    g = G(rng)

    def rep(m):
        k, arg = m.group(1), m.group(2)
        name = None
        if k == "=":
            tag, kind, v = saved[arg]
            return mark(tag, kind, v)
        if k == "L":
            if "=" in arg:
                kind, lit = arg.split("=", 1)
                return mark("LOOK", kind, lit)
            if "~" in arg:
                arg, name = arg.split("~")
            v = g.look(arg)
            if name:
                saved[name] = ("LOOK", arg, v)
            return mark("LOOK", arg, v)
        if "~" in arg:
            arg, name = arg.rsplit("~", 1)
        if k == "e":
            if "@" in arg:
                kind, dom = arg.split("@", 1)
                v = g.email(dom)
            else:
                kind, v = arg, g.email()
            tag = "EMAIL"
        elif k in ("ip", "ip4", "ip6", "ipb", "ipb6"):
            kind = arg
            six = k in ("ip6", "ipb6") or (k in ("ip", "ipb") and rng.random() < 0.3)
            if six:
                v = g.ipv6()
                if k in ("ip", "ipb"):
                    kind += "_v6"
            else:
                v = g.ipv4()
            tag = "IP_ADDRESS"
            if k.startswith("ipb") and six:
                if name:
                    saved[name] = (tag, kind, v)
                return "[" + mark(tag, kind, v) + "]"
        elif k == "k":
            kind, shape = arg.split(":", 1)
            prefix = ""
            if "+" in shape:
                prefix, shape = shape.rsplit("+", 1)
            v = prefix + g.key(shape)
            tag = "KEY"
        elif k == "p":
            kind, ctx = arg.split(":")
            v = g.pw(ctx)
            tag = "PASSWORD"
        elif k == "b64":
            kind, src = arg.split(":")
            v = base64.b64encode(saved[src][2].encode()).decode()
            tag = "KEY"
        else:
            raise ValueError(k)
        if name:
            saved[name] = (tag, kind, v)
        return mark(tag, kind, v)

    out = MAIN.sub(rep, text)
    return out
