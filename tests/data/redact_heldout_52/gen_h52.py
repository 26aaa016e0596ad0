"""Value generators and the fill function for held-out set 52 (standard library only)."""
import base64
import ipaddress
import re
import string

MS, MM, ME = "\ue000", "\ue001", "\ue002"

DOMAINS = [
    "ibw.com.ni", "entelnet.bo", "telecel.com.py", "cabletica.com", "amnet.com.gt", "hondutel.hn",
    "sunbeach.net", "gol.com.gy", "cvtelecom.cv", "mtnonline.com", "iwayafrica.com", "zamtel.zm",
    "utande.co.zw", "tdm.co.mz", "swazi.net", "moov.mg", "djibnet.dj", "sudatel.sd", "sonatel.sn",
    "camtel.cm", "aztelekom.az", "magticom.ge", "uzpak.uz", "mongol.net", "camnet.com.kh", "brunet.bn",
    "samoatel.ws", "connect.com.fj", "vanuatu.com.vu", "pngonline.com.pg",
]

FIRST = ["amaru", "nalani", "tupac", "yaretzi", "kofi", "abena", "thandiwe", "sipho", "farida", "otabek",
         "dilnoza", "bataar", "saraa", "sokha", "chanthy", "hajah", "sione", "losana", "tevita", "mere",
         "ifeoma", "chidi", "zainab", "rustam", "nino", "giorgi", "leilani", "kalani", "amadou", "fatou",
         "ousmane", "awa", "tendai", "rudo", "nandi", "oyelaran", "marisol", "dagny", "anouk", "bilal"]
LAST = ["quispe", "mamani", "huanca", "asante", "mensah", "dlamini", "nkosi", "karimov", "tursunov",
        "batbayar", "ganbold", "chea", "sok", "tuilagi", "fifita", "taufa", "okonkwo", "eze", "aliyev",
        "beridze", "kapanadze", "ndiaye", "diop", "sow", "moyo", "chikwanha", "mabuza", "rakotomalala",
        "randria", "osei", "boateng", "nakamura", "halvorsen", "verbeek", "tshabalala", "mwale", "banda",
        "phiri", "ouedraogo", "traore"]
WORDS = ["cobalt", "meadow", "lantern", "harbor", "quartz", "saffron", "tundra", "ember", "willow", "granite",
         "falcon", "orchid", "pebble", "canyon", "juniper", "marble", "thistle", "breeze", "copper", "glacier",
         "heron", "indigo", "kestrel", "lagoon", "mosaic", "nectar", "obsidian", "prairie", "quill", "raven",
         "sorrel", "timber", "umber", "velvet", "walnut", "yarrow", "zephyr", "basalt", "cedar", "dune",
         "fjord", "gale", "hollow", "islet", "jasper", "kelp", "lichen", "mist", "nimbus", "opal",
         "pumice", "reef", "sable", "tide", "vale", "wren", "alder", "bramble", "cinder", "delta"]
WEAK = ["Sequoia2021", "Baobab77", "Juniper1985", "Mangrove9", "Tamarind2023", "Acacia44", "Wisteria2018",
        "Hemlock12", "Cypress2025", "Magnolia3", "Sycamore1999", "Banyan88", "Kauri2016", "Rowan500",
        "Aspen2020"]
MONTHS = ["Oktober", "Setembro", "Listopad", "Toukokuu", "Agustus", "Machi", "Hunyo", "Dezembro",
          "Pazdziernik", "Syyskuu", "Desemba", "Februari", "Septyembre", "Juillet"]
WALKS = ["Qwertz2580", "Yxcvbnm147", "Azerty9630", "1qazxsw23edc", "Plokij8642", "Mjunhy753", "Wsxedc1590",
         "Zaq1Xsw2Cde3"]
LEET = {"a": "4", "e": "3", "i": "1", "o": "0", "s": "5", "t": "7"}

CTX = {
    "url": "-_.~",
    "shell": "-_.+:=%^",
    "ini": "-_.!+=^%~",
    "env": "-_.!+=^%~",
    "quoted": "-_.!#%*+=?^~:,",
    "json": "-_.!#%*+=?^~:,",
    "xml": "-_.!#%*+=?^~:,",
    "yaml": "-_.!+=^",
    "cfg": "-_.!+=^",
    "plain": "-_.",
    "prose": "-_.#%*+=^~",
    "word": "",
    "pin": "",
}

IPV4_FIRST = [2, 5, 23, 31, 37, 41, 45, 46, 62, 77, 78, 80, 81, 82, 85, 86, 88, 89, 91, 93, 94, 95, 102,
              103, 105, 109, 110, 115, 116, 117, 118, 121, 124, 125, 129, 130, 131, 134, 137, 139, 141, 143,
              146, 151, 154, 155, 157, 160, 163, 168, 176, 178, 185, 188, 190, 193, 195, 196, 197, 200, 201,
              202, 210, 212, 213, 217]
IPV6_FIRST = ["2001", "2400", "2401", "2402", "2403", "2404", "2405", "2406", "2407", "2600", "2602", "2603",
              "2604", "2605", "2606", "2607", "2610", "2620", "2800", "2801", "2803", "2804", "2806", "2a00",
              "2a01", "2a02", "2a03", "2a05", "2a06", "2a07", "2a09", "2a0a", "2a10", "2c0f"]

B58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"
B32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"
AN = string.ascii_letters + string.digits


class G:
    def __init__(self, rng):
        self.r = rng

    # ---- basic pieces
    def s(self, alphabet, n):
        return "".join(self.r.choice(alphabet) for _ in range(n))

    def hexs(self, n):
        return self.s("0123456789abcdef", n)

    def an(self, n):
        while True:
            v = self.s(AN, n)
            if (any(c.isdigit() for c in v) and any(c.islower() for c in v) and any(c.isupper() for c in v)):
                return v

    def uuid(self):
        h = self.hexs(32)
        h = h[:12] + "4" + h[13:16] + self.r.choice("89ab") + h[17:]
        return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"

    def b64(self, nbytes, url=False, pad=True):
        raw = bytes(self.r.randrange(256) for _ in range(nbytes))
        v = base64.urlsafe_b64encode(raw).decode() if url else base64.b64encode(raw).decode()
        return v if pad else v.rstrip("=")

    def word(self):
        return self.r.choice(WORDS)

    # ---- e-mail
    def email(self, domain=None):
        f, l = self.r.choice(FIRST), self.r.choice(LAST)
        form = self.r.randrange(6)
        if form == 0:
            local = f"{f}.{l}"
        elif form == 1:
            local = f"{f[0]}{l}"
        elif form == 2:
            local = f"{f}_{l}{self.r.randrange(10, 99)}"
        elif form == 3:
            local = f"{f}{self.r.randrange(1970, 2006)}"
        elif form == 4:
            local = f"{f}.{l[0]}"
        else:
            local = f"{l}.{f}{self.r.randrange(1, 9)}"
        return f"{local}@{domain or self.r.choice(DOMAINS)}"

    # ---- IP addresses
    def ip4(self):
        while True:
            a = ipaddress.IPv4Address(f"{self.r.choice(IPV4_FIRST)}.{self.r.randrange(256)}."
                                      f"{self.r.randrange(256)}.{self.r.randrange(1, 255)}")
            if a.is_global and not a.is_multicast:
                return str(a)

    def ip6(self):
        while True:
            hs = [self.r.choice(IPV6_FIRST)] + [format(self.r.randrange(65536), "x") for _ in range(7)]
            form = self.r.randrange(3)
            if form == 0:
                txt = ":".join(hs)
            elif form == 1:
                txt = ":".join(hs[:3]) + "::" + ":".join(hs[6:])
            else:
                txt = ":".join(hs[:4]) + "::" + format(self.r.randrange(1, 4096), "x")
            a = ipaddress.IPv6Address(txt)
            if a.is_global and not a.is_multicast:
                return txt

    # ---- keys
    def key(self, shape):
        r = self.r
        m = re.fullmatch(r"(hex|HEX|an|lan|uan|b32|b58|dig)_?(\d+)", shape)
        if m:
            kind, n = m.group(1), int(m.group(2))
            if kind == "hex":
                return self.hexs(n)
            if kind == "HEX":
                return self.hexs(n).upper()
            if kind == "an":
                return self.an(n)
            if kind == "lan":
                while True:
                    v = self.s(string.ascii_lowercase + string.digits, n)
                    if any(c.isdigit() for c in v) and any(c.isalpha() for c in v):
                        return v
            if kind == "uan":
                while True:
                    v = self.s(string.ascii_uppercase + string.digits, n)
                    if any(c.isdigit() for c in v) and any(c.isalpha() for c in v):
                        return v
            if kind == "b32":
                return self.s(B32, n)
            if kind == "b58":
                return self.s(B58, n)
            if kind == "dig":
                return self.s(string.digits, n)
        m = re.fullmatch(r"(b64|b64u|b64n|b64un)_(\d+)", shape)
        if m:
            n = int(m.group(2))
            return self.b64(n, url=m.group(1).startswith("b64u"), pad=not m.group(1).endswith("n"))
        if shape == "uuid":
            return self.uuid()
        if shape == "django":
            return self.s(string.ascii_lowercase + string.digits + "!#%^&*(-_=+)", 50)
        if shape == "jwt":
            head = base64.urlsafe_b64encode(b'{"alg":"HS256","typ":"JWT"}').decode().rstrip("=")
            body = self.b64(r.randrange(60, 110), url=True, pad=False)
            return f"{head}.{body}.{self.b64(32, url=True, pad=False)}"
        if shape == "bytearr64":
            return "[" + ",".join(str(r.randrange(256)) for _ in range(64)) + "]"
        m = re.fullmatch(r"pemesc_(rsa|ec|pkcs8)", shape)
        if m:
            label = {"rsa": "RSA PRIVATE KEY", "ec": "EC PRIVATE KEY", "pkcs8": "PRIVATE KEY"}[m.group(1)]
            body = self.b64(121 if m.group(1) == "ec" else 420)
            lines = [body[i:i + 64] for i in range(0, len(body), 64)]
            return "\\n".join([f"-----BEGIN {label}-----"] + lines + [f"-----END {label}-----"])
        m = re.fullmatch(r"pem_(rsa|ec|openssh|pkcs8)(?:\.(\d+))?(?:\.(\d+))?", shape)
        if m:
            label = {"rsa": "RSA PRIVATE KEY", "ec": "EC PRIVATE KEY", "openssh": "OPENSSH PRIVATE KEY",
                     "pkcs8": "PRIVATE KEY"}[m.group(1)]
            indent = " " * int(m.group(2) or 0)
            nbytes = int(m.group(3) or (420 if m.group(1) != "ec" else 121))
            body = self.b64(nbytes)
            lines = [body[i:i + 64] for i in range(0, len(body), 64)]
            out = [f"-----BEGIN {label}-----"] + lines + [f"-----END {label}-----"]
            return ("\n" + indent).join(out)
        raise ValueError(f"unknown key shape {shape}")

    # ---- passwords
    def pw(self, ctx):
        r = self.r
        sym = CTX[ctx]
        if ctx == "pin":
            return self.s(string.digits, r.randrange(4, 7))
        seps = [c for c in "-._" if c in sym]
        style = r.randrange(10)
        if style == 0 and seps:
            words = [self.word() for _ in range(r.randrange(3, 6))]
            if r.random() < 0.5:
                words = [w.capitalize() for w in words]
            v = r.choice(seps).join(words)
            if r.random() < 0.5:
                v += str(r.randrange(2, 99))
            return v
        if style == 1:
            n = r.randrange(14, 24)
            alpha = AN + sym
            while True:
                v = self.s(AN, 1) + self.s(alpha, n - 2) + self.s(AN, 1)
                if any(c.isdigit() for c in v) and any(c.isalpha() for c in v):
                    return v
        if style == 2:
            return r.choice(WEAK)
        if style == 3:
            v = r.choice(MONTHS) + str(r.randrange(2019, 2027))
            return v + "!" if "!" in sym and r.random() < 0.5 else v
        if style == 4:
            return r.choice(FIRST).capitalize() + str(r.randrange(1960, 2006))
        if style == 5:
            return self.an(r.randrange(16, 29))
        if style == 6:
            w = "".join(LEET.get(c, c) for c in self.word())
            return w.capitalize() + self.word().capitalize() + str(r.randrange(10, 999))
        if style == 7:
            return self.word() + str(r.randrange(100, 1000)) + self.word().capitalize()
        if style == 8:
            v = r.choice(WALKS)
            tail = [c for c in sym if c not in ".,:"]
            return v + r.choice(tail) if tail and r.random() < 0.4 else v
        cons, vow = "bdfghklmnprstvz", "aeiou"
        parts = ["".join(r.choice(cons) + r.choice(vow) for _ in range(3)) for _ in range(3)]
        sep = seps[0] if seps else ""
        return (sep.join(parts)).capitalize() + str(r.randrange(1, 10))

    # ---- look-alikes
    def look(self, kind):
        r = self.r
        if kind == "snippet_version":
            kind = "version"
        if kind.endswith("_uuid") or kind in ("k8s_uid", "request_id", "trace_uuid"):
            return self.uuid()
        if kind == "date":
            return f"{r.randrange(2019, 2027)}-{r.randrange(1, 13):02d}-{r.randrange(1, 29):02d}"
        if kind == "timestamp":
            return (f"{r.randrange(2019, 2027)}-{r.randrange(1, 13):02d}-{r.randrange(1, 29):02d}T"
                    f"{r.randrange(24):02d}:{r.randrange(60):02d}:{r.randrange(60):02d}Z")
        if kind == "log_time":
            return f"{r.randrange(24):02d}:{r.randrange(60):02d}:{r.randrange(60):02d}"
        if kind == "version":
            return f"{r.randrange(0, 12)}.{r.randrange(0, 30)}.{r.randrange(0, 20)}"
        if kind == "semver_range":
            return f"^{r.randrange(1, 9)}.{r.randrange(0, 20)}.0"
        if kind == "build_id":
            return f"{r.randrange(2019, 2027)}{r.randrange(1, 13):02d}{r.randrange(1, 29):02d}.{r.randrange(1, 999)}"
        if kind == "git_commit":
            return self.hexs(40)
        if kind == "short_sha":
            return self.hexs(r.choice([7, 8, 10]))
        if kind == "sha256_checksum":
            return self.hexs(64)
        if kind == "sha1_checksum":
            return self.hexs(40)
        if kind == "md5_checksum":
            return self.hexs(32)
        if kind in ("image_digest", "ca_cert_hash"):
            return "sha256:" + self.hexs(64)
        if kind == "container_id":
            return self.hexs(64)
        if kind == "object_id":
            return self.hexs(24)
        if kind == "private_ip":
            c = r.randrange(3)
            if c == 0:
                return f"10.{r.randrange(256)}.{r.randrange(256)}.{r.randrange(1, 255)}"
            if c == 1:
                return f"172.{r.randrange(16, 32)}.{r.randrange(256)}.{r.randrange(1, 255)}"
            return f"192.168.{r.randrange(256)}.{r.randrange(1, 255)}"
        if kind == "loopback_ip":
            return r.choice(["127.0.0.1", "127.0.0.1", f"127.0.{r.randrange(2)}.{r.randrange(1, 9)}"])
        if kind == "unspecified_ip":
            return "0.0.0.0"
        if kind == "unspecified_ipv6":
            return "::"
        if kind == "loopback_ipv6":
            return "::1"
        if kind == "documentation_ip":
            return f"{r.choice(['192.0.2', '198.51.100', '203.0.113'])}.{r.randrange(1, 255)}"
        if kind == "documentation_ipv6":
            return f"2001:db8:{format(r.randrange(65536), 'x')}::{format(r.randrange(1, 4096), 'x')}"
        if kind == "link_local_ipv6":
            return f"fe80::{format(r.randrange(65536), 'x')}:{format(r.randrange(65536), 'x')}"
        if kind == "ula_ipv6":
            return f"fd{self.hexs(2)}:{self.hexs(4)}:{format(r.randrange(65536), 'x')}::{format(r.randrange(1, 999), 'x')}"
        if kind == "shared_ip":
            return f"100.{r.randrange(64, 128)}.{r.randrange(256)}.{r.randrange(1, 255)}"
        if kind == "benchmark_ip":
            return f"198.{r.randrange(18, 20)}.{r.randrange(256)}.{r.randrange(1, 255)}"
        if kind == "link_local_ip":
            return f"169.254.{r.randrange(1, 255)}.{r.randrange(1, 255)}"
        if kind == "mac_address":
            return ":".join(self.hexs(2) for _ in range(6))
        if kind.endswith("reserved_email"):
            return f"{r.choice(FIRST)}@{r.choice(['example.com', 'example.org', 'example.net', 'corp.example', 'mail.test', 'host.invalid'])}"
        if kind == "eth_address":
            return "0x" + self.hexs(40)
        if kind in ("tx_hash", "block_hash"):
            return "0x" + self.hexs(64) if kind == "tx_hash" else self.hexs(64)
        if kind == "node_id":
            return self.hexs(40)
        if kind == "peer_id":
            return "12D3KooW" + self.s(B58, 44)
        if kind == "ipfs_cid":
            return "Qm" + self.s(B58, 44)
        if kind == "bitcoin_address":
            return "bc1q" + self.s("qpzry9x8gf2tvdw0s3jn54khce6mua7l", 38)
        if kind == "monero_address":
            return "4" + self.s("123456789AB", 1) + self.s(B58, 93)
        if kind == "stellar_public_key":
            return "G" + self.s(B32, 55)
        if kind == "validator_public_key":
            return "n9" + self.s(B58, 50)
        if kind == "bls_pubkey":
            return "0x" + self.hexs(96)
        if kind == "bcrypt_hash":
            return "$2y$10$" + self.s("./" + AN, 53)
        if kind == "sha512crypt_hash":
            return "$6$" + self.s("./" + AN, 16) + "$" + self.s("./" + AN, 86)
        if kind == "ssh_pubkey":
            return "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI" + self.s(AN + "+/", 43)
        if kind == "ssh_host_fingerprint":
            return "SHA256:" + self.s(AN + "+/", 43)
        if kind == "gpg_fingerprint":
            h = self.hexs(40).upper()
            return " ".join(h[i:i + 4] for i in range(0, 40, 4))
        if kind == "cert_fingerprint":
            return ":".join(self.hexs(2).upper() for _ in range(20))
        if kind == "doi":
            return f"10.{r.randrange(1000, 9999)}/{self.word()}.{r.randrange(1000, 99999)}"
        if kind == "orcid":
            return f"0000-000{r.randrange(1, 3)}-{r.randrange(1000, 9999)}-{r.randrange(100, 999)}{r.choice('0123456789X')}"
        if kind == "isbn":
            return f"978-{r.randrange(0, 10)}-{r.randrange(100, 999)}-{r.randrange(10000, 99999)}-{r.randrange(10)}"
        if kind == "oid":
            return f"1.3.6.1.4.1.{r.randrange(1000, 60000)}.{r.randrange(1, 20)}.{r.randrange(1, 9)}"
        if kind == "integrity_hash":
            return "sha512-" + self.b64(64)
        if kind == "steam_id":
            return "7656119" + self.s(string.digits, 10)
        if kind == "epoch_ms":
            return str(r.randrange(1600000000000, 1790000000000))
        if kind == "pem_certificate":
            body = self.b64(r.randrange(300, 500))
            return "\n".join(["-----BEGIN CERTIFICATE-----"] + [body[i:i + 64] for i in range(0, len(body), 64)]
                             + ["-----END CERTIFICATE-----"])
        if kind == "pem_certificate_esc":
            body = self.b64(r.randrange(300, 500))
            return "\\n".join(["-----BEGIN CERTIFICATE-----"] + [body[i:i + 64] for i in range(0, len(body), 64)]
                               + ["-----END CERTIFICATE-----"])
        if kind == "ed25519_public_key":
            return "ed25519:" + self.s(B58, 44)
        if kind == "account_hex":
            return self.hexs(64)
        if kind == "pubkey_b64":
            return self.b64(32)
        if kind == "validator_address":
            return self.hexs(40).upper()
        raise ValueError(f"no generator for look-alike kind {kind}")

    # ---- helpers
    def helper_word(self, spec):
        r = self.r
        if spec == "word":
            return self.word()
        if spec == "Word":
            return self.word().capitalize()
        if spec == "first":
            return r.choice(FIRST)
        if spec == "First":
            return r.choice(FIRST).capitalize()
        if spec == "last":
            return r.choice(LAST)
        if spec == "Last":
            return r.choice(LAST).capitalize()
        m = re.fullmatch(r"(hex|an|dig|lan|uan)(\d+)", spec)
        if m:
            return self.key(m.group(1) + m.group(2))
        raise ValueError(f"bad word helper {spec}")


HELPER_RE = re.compile(r"«([cnwv]):([^«»]*)»")
PLACE_RE = re.compile(r"«([^«»]*)»")


def mark(tag, kind, value):
    return f"{MS}{tag}|{kind}{MM}{value}{ME}"


def fill(text, rng):
    """Expand a template: helpers first, then labels and look-alikes in text order."""
    g = G(rng)
    hsaved = {}

    def helper(m):
        op, arg = m.group(1), m.group(2)
        name = None
        if "~" in arg and op in "cnw":
            arg, name = arg.rsplit("~", 1)
        if op == "c":
            v = rng.choice(arg.split("|"))
        elif op == "n":
            lo, hi = arg.split("-")
            v = str(rng.randrange(int(lo), int(hi) + 1))
        elif op == "w":
            v = g.helper_word(arg)
        else:
            return hsaved[arg]
        if name:
            hsaved[name] = v
        return v

    text = HELPER_RE.sub(helper, text)
    saved = {}

    def place(m):
        body = m.group(1)
        name = None
        if body.startswith("="):
            tag, kind, v = saved[body[1:]]
            return mark(tag, kind, v)
        op, _, rest = body.partition(":")
        if op != "L" and "~" in rest:
            rest, name = rest.rsplit("~", 1)
        if op == "e":
            kind, _, dom = rest.partition("@")
            tag, v = "EMAIL", g.email(dom or None)
        elif op in ("ip", "ipb", "ip4", "ip6", "ipb6"):
            kind = rest
            six = op in ("ip6", "ipb6") or (op in ("ip", "ipb") and rng.random() < 0.3)
            if six:
                v = g.ip6()
                if op in ("ip", "ipb"):
                    kind += "_v6"
            else:
                v = g.ip4()
            tag = "IP_ADDRESS"
            if op.startswith("ipb") and six:
                marked = mark(tag, kind, v)
                if name:
                    saved[name] = (tag, kind, v)
                return "[" + marked + "]"
        elif op == "k":
            kind, shape = rest.split(":", 1)
            prefix = ""
            if "+" in shape:
                prefix, shape = shape.rsplit("+", 1)
            tag, v = "KEY", prefix + g.key(shape)
        elif op == "p":
            kind, ctx = rest.split(":", 1)
            tag, v = "PASSWORD", g.pw(ctx)
        elif op == "b64":
            kind, src = rest.split(":", 1)
            tag, v = "KEY", base64.b64encode(saved[src][2].encode()).decode()
        elif op == "L":
            kind, eq, lit = rest.partition("=")
            tag, v = "LOOK", (lit if eq else g.look(kind))
        else:
            raise ValueError(f"bad placeholder «{body}»")
        if name:
            saved[name] = (tag, kind, v)
        return mark(tag, kind, v)

    return PLACE_RE.sub(place, text)


def helpers_only(text, rng):
    """Expand only the unlabelled helpers (used for template paths)."""
    g = G(rng)
    saved = {}

    def helper(m):
        op, arg = m.group(1), m.group(2)
        name = None
        if "~" in arg and op in "cnw":
            arg, name = arg.rsplit("~", 1)
        if op == "c":
            v = rng.choice(arg.split("|"))
        elif op == "n":
            lo, hi = arg.split("-")
            v = str(rng.randrange(int(lo), int(hi) + 1))
        elif op == "w":
            v = g.helper_word(arg)
        else:
            return saved[arg]
        if name:
            saved[name] = v
        return v

    return HELPER_RE.sub(helper, text)
