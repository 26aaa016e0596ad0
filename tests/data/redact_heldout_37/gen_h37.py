"""Value generators for the thirty-seventh held-out redaction set (standard library only).

Every planted value is random; none is a real credential. Values are wrapped in private-use markers:
U+E000 TAG|kind U+E001 value U+E002 (tag LOOK marks a look-alike).
"""
import base64
import ipaddress
import string

M0, M1, M2 = "\ue000", "\ue001", "\ue002"

HEX = "0123456789abcdef"
ALNUM = string.ascii_letters + string.digits
LOWALNUM = string.ascii_lowercase + string.digits
UPALNUM = string.ascii_uppercase + string.digits
B64URL = ALNUM + "-_"

# symbols each context allows in a password
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
NO_TRAIL = {"url", "shell", "plain", "prose"}

PROVIDERS = ["freenet.de", "wanadoo.fr", "tiscali.it", "onet.pl", "centrum.cz", "azet.sk", "freemail.hu",
             "chello.at", "sunrise.ch", "skynet.be", "ziggo.nl", "telia.com", "daum.net", "rambler.ru",
             "ukr.net", "btinternet.com", "eircom.net", "bigpond.com", "xtra.co.nz", "uol.com.br"]
FIRST = ["oona", "ewan", "niamh", "tadhg", "siobhan", "cormac", "aoife", "ruairi", "eilidh", "morag", "hamish",
         "fergus", "isla", "catriona", "gwen", "rhys", "dafydd", "bronwen", "iolo", "cerys", "anouk", "bram",
         "sanne", "joris", "femke", "lotte", "teun", "wout", "ilse", "marit", "freja", "mads", "sigrid", "leif",
         "astrid", "tove", "halvard", "aino", "eino", "kaisu", "veikko", "tuuli", "ilmari", "zofia", "bartosz",
         "kacper", "jadwiga", "radka", "matej", "zuzana", "bence", "levente"]
WORDS = ["otter", "badger", "thistle", "saffron", "cobalt", "walnut", "marigold", "quince", "clover", "magpie",
         "puffin", "osprey", "bracken", "sorrel", "nettle", "hazel", "rowan", "willow", "birch", "larch", "cedar",
         "spruce", "cardamom", "nutmeg", "ginger", "paprika", "cumin", "anise", "basil", "thyme", "sage",
         "lavender", "amber", "jasper", "topaz", "beryl", "quartz", "flint", "slate", "basalt", "marble",
         "cinder", "ember", "frost", "tundra", "fjord", "glacier"]
WEAK = ["Sunshine2024", "Summer2026", "Iloveyou2", "Princess7", "Superman1", "Hello1234", "Freedom2024",
        "Whatever1", "Starwars77", "Abc123abc", "Qazwsx2026", "Asdfgh2025"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]
CITIES = ["Roskilde", "Haapsalu", "Rakvere", "Kingston", "Niort", "Parthenay", "Civray", "Freiburg", "Basel",
          "Konstanz", "Dornbirn", "Ringsted", "Viljandi", "Paide"]


def mark(tag, kind, value):
    return f"{M0}{tag}|{kind}{M1}{value}{M2}"


class G:
    def __init__(self, rng):
        self.r = rng

    # ---------- raw helpers ----------
    def s(self, alphabet, n):
        return "".join(self.r.choice(alphabet) for _ in range(n))

    def pick(self, seq):
        return self.r.choice(seq)

    def num(self, a, b):
        return self.r.randint(a, b)

    def ip4_raw(self):
        while True:
            a = self.r.randint(1, 223)
            if a in (10, 100, 127, 169, 172, 192, 198, 203):
                continue
            v = f"{a}.{self.r.randint(0, 255)}.{self.r.randint(0, 255)}.{self.r.randint(1, 254)}"
            ip = ipaddress.ip_address(v)
            if ip.is_global and not ip.is_multicast:
                return v

    def ip6_raw(self):
        firsts = ["2a01", "2a02", "2a03", "2a05", "2a0b", "2600", "2604", "2606", "2607", "2620", "2804", "2c0f",
                  "2400", "2401", "2403", "2405", "2406", "2408", "240e"]
        while True:
            parts = [self.pick(firsts), "%x" % self.r.randint(0x100, 0xffff)]
            style = self.r.random()
            if style < 0.5:
                parts += ["%x" % self.r.randint(0, 0xffff) for _ in range(2)] + ["0", "0", "0",
                                                                                   "%x" % self.r.randint(1, 0xfff)]
            else:
                parts += ["%x" % self.r.randint(0, 0xffff) for _ in range(6)]
            ip = ipaddress.IPv6Address(":".join(parts))
            if ip.is_global:
                return str(ip)

    def key_raw(self, shape):
        r = self.s
        if shape == "hex32": return r(HEX, 32)
        if shape == "hex40": return r(HEX, 40)
        if shape == "hex64": return r(HEX, 64)
        if shape == "alnum32": return r(ALNUM, 32)
        if shape == "alnum40": return r(ALNUM, 40)
        if shape == "alnum48": return r(ALNUM, 48)
        if shape == "low32": return r(LOWALNUM, 32)
        if shape == "up20": return r(UPALNUM, 20)
        if shape == "b64url43": return r(B64URL, 42) + self.pick("AQgw")
        if shape == "b64_32": return base64.b64encode(bytes(self.r.randrange(256) for _ in range(32))).decode()
        if shape == "b64_48": return base64.b64encode(bytes(self.r.randrange(256) for _ in range(48))).decode()
        if shape == "licence": return "-".join(r(UPALNUM, 5) for _ in range(5))
        if shape == "sntrys": return "sntrys_" + r(ALNUM, 64)
        if shape == "dt0c01": return "dt0c01." + r(UPALNUM, 24) + "." + r(UPALNUM, 64)
        if shape == "bkua": return "bkua_" + r(HEX, 40)
        if shape == "rdme": return "rdme_" + r(LOWALNUM, 70)
        if shape == "shpca": return "shpca_" + r(HEX, 32)
        if shape == "shppa": return "shppa_" + r(HEX, 32)
        if shape == "ltai": return "LTAI" + r(ALNUM, 20)
        if shape == "eaaa": return "EAAA" + r(B64URL, 60)
        if shape == "eaag": return "EAAG" + r(ALNUM, 150)
        if shape == "fo1": return "fo1_" + r(B64URL, 43)
        if shape == "patna1": return "pat-na1-" + self.uuid_raw()
        if shape == "dppt": return "dp.pt." + r(ALNUM, 43)
        if shape == "scw": return "SCW" + r(UPALNUM, 17)
        if shape == "atta": return "ATTA" + r(HEX, 64) + r(UPALNUM, 8)
        if shape == "cfpat": return "CFPAT-" + r(B64URL, 43)
        if shape == "tvly": return "tvly-" + r(ALNUM, 32)
        if shape == "nvapi": return "nvapi-" + r(B64URL, 64)
        if shape == "uuid": return self.uuid_raw()
        raise ValueError(shape)

    def uuid_raw(self):
        h = self.s(HEX, 32)
        return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-{self.pick('89ab')}{h[17:20]}-{h[20:]}"

    def pw_raw(self, ctx):
        syms = CTX[ctx]
        r = self.r
        while True:
            style = r.randint(0, 11)
            if style == 0:
                v = self.pick(WORDS).capitalize() + self.pick("-_.") + self.pick(WORDS).capitalize() + str(r.randint(2, 999))
            elif style == 1:
                n = r.randint(3, 5)
                v = self.pick("-._").join(self.pick(WORDS) for _ in range(n))
                if r.random() < 0.5:
                    v += str(r.randint(1, 9))
            elif style == 2:
                alph = ALNUM + (syms * 2)
                v = self.pick(string.ascii_letters) + self.s(alph, r.randint(12, 22))
            elif style == 3:
                v = self.pick(WEAK)
                if ctx not in NO_TRAIL and r.random() < 0.5:
                    v += self.pick([c for c in syms if c not in ":,"])
            elif style == 4:
                v = self.pick(MONTHS) + str(r.randint(2023, 2026))
            elif style == 5:
                parts = [self.s(string.ascii_lowercase, 6) for _ in range(3)]
                i = r.randint(0, 2)
                parts[i] = parts[i][:-1] + str(r.randint(0, 9))
                j = (i + 1) % 3
                parts[j] = parts[j][0].upper() + parts[j][1:]
                v = "-".join(parts)
            elif style == 6:
                w = self.pick(WORDS)
                w = w.replace("a", "4").replace("e", "3").replace("o", "0")
                v = w.capitalize() + self.pick(WORDS) + str(r.randint(10, 99))
            elif style == 7:
                v = self.pick(FIRST).capitalize() + str(r.randint(1958, 2009))
            elif style == 8:
                syl = ["ka", "lo", "mi", "nu", "te", "za", "ro", "vi", "pe", "qu", "so", "fa"]
                v = "".join(self.pick(syl) for _ in range(r.randint(3, 5))).capitalize() + str(r.randint(10, 9999))
            elif style == 9:
                v = self.s(ALNUM, r.randint(16, 28))
            elif style == 10:
                sym = self.pick(syms)
                v = self.pick(CITIES) + str(r.randint(1, 99)) + sym + self.pick(WORDS)
            else:
                v = self.s(string.ascii_uppercase + string.digits, self.pick([8, 10, 12]))
            if "@" in v or not v[0].isalnum():
                continue
            if any(c not in ALNUM and c not in syms for c in v):
                continue
            if ctx in NO_TRAIL and not v[-1].isalnum():
                continue
            if v[-1] in ":,":
                continue
            return v

    # ---------- labelled ----------
    def email(self, kind="email", user=None, domain=None):
        if user is None:
            user = self.pick(FIRST) + self.pick([".", "_", ""]) + self.pick(FIRST[::-1]) + self.pick(["", str(self.num(1, 99))])
        if domain is None:
            domain = self.pick(PROVIDERS)
        return mark("EMAIL", kind, f"{user}@{domain}")

    def ip(self, kind="ip", p6=0.25):
        if self.r.random() < p6:
            return mark("IP_ADDRESS", kind + "_v6", self.ip6_raw())
        return mark("IP_ADDRESS", kind, self.ip4_raw())

    def ipb(self, kind="ip", p6=0.25):
        """IP for URLs and host:port: IPv6 in brackets, label on the address only."""
        v = self.ip(kind, p6)
        return "[" + v + "]" if ":" in v.split(M1)[1] else v

    def ip4(self, kind="ip"):
        return mark("IP_ADDRESS", kind, self.ip4_raw())

    def ip6(self, kind="ip6"):
        return mark("IP_ADDRESS", kind, self.ip6_raw())

    def key(self, kind, shape):
        return mark("KEY", kind, self.key_raw(shape))

    def keyany(self, kind, shapes=("hex32", "hex40", "alnum32", "alnum40", "b64url43", "low32", "hex64")):
        return mark("KEY", kind, self.key_raw(self.pick(list(shapes))))

    def pw(self, kind, ctx):
        return mark("PASSWORD", kind, self.pw_raw(ctx))

    def pin(self, kind="pin"):
        return mark("PASSWORD", kind, str(self.num(0, 9)) + self.s(string.digits, self.pick([3, 4, 5])))

    # ---------- look-alikes ----------
    def look(self, kind, v):
        return mark("LOOK", kind, v)

    def priv(self):
        c = self.r.randint(0, 2)
        if c == 0:
            v = f"10.{self.num(0, 255)}.{self.num(0, 255)}.{self.num(1, 254)}"
        elif c == 1:
            v = f"172.{self.num(16, 31)}.{self.num(0, 255)}.{self.num(1, 254)}"
        else:
            v = f"192.168.{self.num(0, 255)}.{self.num(1, 254)}"
        return self.look("private_ip", v)

    def docip(self):
        p = self.pick(["192.0.2", "198.51.100", "203.0.113"])
        return self.look("documentation_ip", f"{p}.{self.num(1, 254)}")

    def ula(self):
        return self.look("unique_local_ipv6", f"fd{self.s(HEX, 2)}:{self.s(HEX, 4)}:{self.s(HEX, 4)}::{self.num(1, 0xff):x}")

    def version(self):
        return self.look("version", f"{self.num(0, 14)}.{self.num(0, 30)}.{self.num(0, 40)}")

    def uuid(self):
        return self.look("uuid", self.uuid_raw())

    def short_sha(self):
        return self.look("short_sha", self.s(HEX, self.pick([7, 8, 10, 12])))

    def git_sha(self):
        return self.look("git_sha", self.s(HEX, 40))

    def sha256(self):
        return self.look("sha256", self.s(HEX, 64))

    def sha1(self):
        return self.look("sha1", self.s(HEX, 40))

    def md5(self):
        return self.look("md5", self.s(HEX, 32))

    def mac(self):
        sep = self.pick([":", "-"])
        first = self.r.randrange(0, 256) & 0xFC
        octs = ["%02x" % first] + ["%02x" % self.r.randrange(256) for _ in range(5)]
        v = sep.join(octs)
        return self.look("mac_address", v.upper() if self.r.random() < 0.4 else v)

    def serial(self, prefix=None):
        p = prefix or self.s(string.ascii_uppercase, 3)
        return self.look("device_serial", p + self.s(string.digits, 2) + self.s(UPALNUM, 7))

    def remail(self, user=None):
        user = user or self.pick(FIRST)
        dom = self.pick(["example.com", "example.org", "example.net", "mail.example", "staging.test", "box.invalid",
                         "ops.example.com"])
        return self.look("reserved_email", f"{user}@{dom}")

    def placeholder(self, v):
        return self.look("placeholder", v)

    def loopback(self):
        return self.look("loopback_ip", "127.0.0.1")

    def pubkey(self):
        return self.look("public_key", "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI" + self.s(ALNUM + "+/", 43))

    def fingerprint(self):
        return self.look("ssh_fingerprint", "SHA256:" + self.s(ALNUM + "+/", 43))

    def sri(self):
        return self.look("sri_hash", "sha512-" + base64.b64encode(bytes(self.r.randrange(256) for _ in range(64))).decode())

    def digest(self):
        return self.look("image_digest", "sha256:" + self.s(HEX, 64))

    def pgp_fpr(self):
        return self.look("pgp_fingerprint", " ".join(self.s("0123456789ABCDEF", 4) for _ in range(10)))

    def isbn(self):
        return self.look("isbn", f"978-{self.num(0, 1)}-{self.num(100, 999)}-{self.num(10000, 99999)}-{self.num(0, 9)}")

    def crc(self):
        return self.look("crc32", "0x" + self.s("0123456789ABCDEF", 8))

    def wwn(self):
        return self.look("wwn", "0x5" + self.s(HEX, 15))
