"""Value generators for held-out set 38 (standard library only)."""
import base64
import ipaddress
import string

A, B, C = "\ue000", "\ue001", "\ue002"

PROVIDERS = ["o2.pl", "sfr.fr", "tin.it", "kpnmail.nl", "aon.at", "bol.com.br", "hanmail.net", "bk.ru",
             "optusnet.com.au", "shaw.ca", "sympatico.ca", "ntlworld.com", "blueyonder.co.uk", "runbox.com",
             "netcourrier.com", "zoznam.sk", "citromail.hu", "biglobe.ne.jp", "singnet.com.sg", "mweb.co.za"]
V4_FIRST = [5, 31, 37, 46, 51, 62, 77, 78, 80, 81, 82, 83, 84, 85, 86, 87, 88, 89, 90, 91, 93, 94, 95, 109,
            141, 145, 151, 176, 178, 185, 188, 193, 194, 195, 212, 213, 217]
V6_PREFIXES = ["2001:470", "2001:67c", "2001:1af8", "2a01:4f9", "2a02:2e0", "2a03:b0c0", "2a05:d014",
               "2a0a:e5c0", "2a10:50c0", "2400:cb00", "2401:db00", "2403:5800", "2404:6800", "2600:1f14",
               "2602:fed2", "2604:a880", "2605:6400", "2607:f8b0", "2800:3f0", "2803:9800", "2c0f:fb50"]
CTX = {"url": "-_.~", "shell": "-_.+:=%^", "ini": "-_.!+=^%~", "quoted": "-_.!#%*+=?^~:,",
       "yaml": "-_.!+=^", "plain": "-_.", "prose": "-_.!#%*+=?^~"}
NO_END_SYM = {"url", "shell", "plain", "prose"}
WORDS = ["Sorghum", "Tansy", "Willow", "Thistle", "Marble", "Saffron", "Burnet", "Woad", "Cobalt", "Flax",
         "Meadow", "Mullein", "Teasel", "Sorrel", "Ember", "Cinder", "Walnut", "Larch", "Hazel",
         "Tallow", "Indigo", "Madder", "Linen", "Hemp", "Wicker", "Anvil", "Bellows", "Clover"]
LOWER = [w.lower() for w in WORDS] + ["candle", "spindle", "tiller", "gable", "rafter",
                                      "nettle", "burdock", "ivy", "moss", "lichen", "sedge", "reed"]
WEAK = ["Sunflower2026", "Dragon2025", "Monkey123", "Football7", "Baseball12", "Master2024", "Charlie1",
        "Michael99", "Jordan23", "Liverpool1", "Chelsea2025", "Arsenal1", "Pokemon99", "Batman2026",
        "Zxcvbn2026", "Qwerty2026"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]
FIRST = ["Agnieszka", "Tomasz", "Dariusz", "Ingrid", "Sigrun", "Bernadette", "Giacomo", "Lorenzo", "Maren",
         "Wojciech", "Yusuf", "Amara", "Zofia", "Henrik", "Ottilie", "Casimir", "Leocadia", "Radomir"]
CITIES = ["Trondheim", "Bergamo", "Gdynia", "Tartu", "Kaunas", "Brno", "Olomouc", "Porto", "Utrecht", "Ghent",
          "Lublin", "Szeged", "Pula", "Ohrid"]
SYLL = ["ka", "lo", "mi", "ren", "tu", "sa", "vo", "ne", "ri", "ba", "zu", "del", "fen", "gor"]
ALNUM = string.ascii_letters + string.digits
HEX = "0123456789abcdef"
B64U = ALNUM + "-_"
UPPER = string.ascii_uppercase + string.digits
LOW = string.ascii_lowercase + string.digits


def m(tag, kind, v):
    return f"{A}{tag}|{kind}{B}{v}{C}"


class G:
    def __init__(self, rng):
        self.r = rng

    def s(self, alphabet, n):
        return "".join(self.r.choice(alphabet) for _ in range(n))

    def pick(self, xs):
        return self.r.choice(xs)

    # ---- raw values
    def email_raw(self, user=None):
        r = self.r
        if user is None:
            f = r.choice(FIRST).lower()
            style = r.randrange(4)
            if style == 0:
                user = f + "." + r.choice(LOWER)
            elif style == 1:
                user = f + str(r.randrange(10, 99))
            elif style == 2:
                user = f[0] + r.choice(LOWER) + str(r.randrange(1, 9))
            else:
                user = r.choice(LOWER) + "_" + r.choice(LOWER)
        return f"{user}@{r.choice(PROVIDERS)}"

    def ip4_raw(self):
        while True:
            a = self.r.choice(V4_FIRST)
            v = f"{a}.{self.r.randrange(1, 255)}.{self.r.randrange(0, 256)}.{self.r.randrange(1, 255)}"
            ip = ipaddress.ip_address(v)
            if ip.is_global and not ip.is_multicast:
                return v

    def ip6_raw(self):
        while True:
            p = self.r.choice(V6_PREFIXES)
            n = self.r.randrange(2, 5)
            tail = [format(self.r.randrange(1, 0xffff), "x") for _ in range(n)]
            mid = format(self.r.randrange(0, 0xffff), "x")
            v = f"{p}:{mid}::" + ":".join(tail) if self.r.random() < 0.7 else \
                f"{p}:{mid}:" + ":".join(format(self.r.randrange(0, 0xffff), "x") for _ in range(5))
            ip = ipaddress.ip_address(v)
            if ip.is_global:
                return v

    def pw_raw(self, ctx="ini"):
        r = self.r
        syms = CTX[ctx]
        for _ in range(200):
            st = r.randrange(12)
            if st == 0:
                v = r.choice(WORDS) + r.choice(syms[:3]) + r.choice(WORDS) + str(r.randrange(1, 999))
            elif st == 1:
                sep = r.choice("-._")
                ws = [r.choice(LOWER) for _ in range(r.randrange(3, 6))]
                if r.random() < 0.5:
                    ws[-1] += str(r.randrange(1, 9))
                v = sep.join(ws)
            elif st == 2:
                v = self.s(ALNUM, 1) + self.s(ALNUM * 3 + syms, r.randrange(12, 22))
            elif st == 3:
                v = r.choice(WEAK)
                if ctx not in NO_END_SYM and r.random() < 0.4:
                    v += r.choice(syms.replace(":", "").replace(",", ""))
            elif st == 4:
                v = r.choice(MONTHS) + str(r.randrange(2019, 2027))
            elif st == 5:
                parts = [self.s(string.ascii_lowercase, 6) for _ in range(3)]
                i = r.randrange(3)
                parts[i] = parts[i][:-1] + str(r.randrange(10))
                j = r.randrange(3)
                parts[j] = parts[j][0].upper() + parts[j][1:]
                v = "-".join(parts)
            elif st == 6:
                w = r.choice(LOWER).replace("a", "4").replace("e", "3").replace("o", "0").replace("i", "1")
                v = w + r.choice(WORDS) + str(r.randrange(10, 9999))
            elif st == 7:
                v = r.choice(FIRST) + str(r.randrange(1948, 2008))
            elif st == 8:
                v = "".join(r.choice(SYLL) for _ in range(r.randrange(3, 5))).capitalize() + str(r.randrange(10, 999))
            elif st == 9:
                v = self.s(ALNUM, r.randrange(16, 29))
            elif st == 10:
                v = r.choice(CITIES) + str(r.randrange(1, 99)) + r.choice(syms[:3]) + r.choice(LOWER)
            else:
                v = self.s(string.ascii_uppercase + "23456789", r.choice([8, 10, 12]))
            if "-" in v and "-" not in syms:
                continue
            if any(ch not in ALNUM and ch not in syms for ch in v):
                continue
            if not v[0].isalnum() or v[-1] in ":,":
                continue
            if ctx in NO_END_SYM and not v[-1].isalnum():
                continue
            return v
        raise RuntimeError("pw")

    def key_raw(self, shape):
        r = self.r
        s = self.s
        if shape == "hex32":
            return s(HEX, 32)
        if shape == "hex40":
            return s(HEX, 40)
        if shape == "hex64":
            return s(HEX, 64)
        if shape in ("an32", "an40", "an48"):
            return s(ALNUM, int(shape[2:]))
        if shape == "low32":
            return s(LOW, 32)
        if shape == "akid":
            return "AK" + s(string.ascii_uppercase + "234567", 18)
        if shape == "b64_32":
            return base64.b64encode(bytes(r.randrange(256) for _ in range(32))).decode()
        if shape == "b64u43":
            return s(B64U, 43)
        if shape == "licence":
            return "-".join(s(string.ascii_uppercase + "23456789", 5) for _ in range(5))
        if shape == "uuid":
            return self.uuid_raw()
        if shape == "glcbt":
            return "glcbt-" + s(B64U, 20)
        if shape == "atbb":
            return "ATBB" + s(ALNUM, 24) + s("0123456789ABCDEF", 8)
        if shape == "hvb":
            return "hvb." + s(B64U, 90)
        if shape == "zpka":
            return "zpka_" + s(HEX, 32) + "_" + s(HEX, 8)
        if shape == "tfc":
            return s(ALNUM, 14) + ".atlasv1." + s(ALNUM, 67)
        if shape == "rpa":
            return "rpa_" + s(UPPER, 40)
        if shape == "ctx7":
            return "ctx7sk-" + self.uuid_raw()
        if shape == "re_key":
            return "re_" + s(ALNUM, 8) + "_" + s(ALNUM, 24)
        if shape == "csk":
            return "csk-" + s(LOW, 48)
        if shape == "fw":
            return "fw_" + s(ALNUM, 24)
        raise KeyError(shape)

    def uuid_raw(self):
        h = self.s(HEX, 32)
        h = h[:12] + "4" + h[13:16] + self.r.choice("89ab") + h[17:]
        return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"

    # ---- marked values
    def email(self, kind="email", user=None):
        return m("EMAIL", kind, self.email_raw(user))

    def ip4(self, kind="ip"):
        return m("IP_ADDRESS", kind, self.ip4_raw())

    def ip6(self, kind="ip6"):
        return m("IP_ADDRESS", kind, self.ip6_raw())

    def ip(self, kind="ip", p6=0.3, url=False):
        if self.r.random() < p6:
            v = self.ip6_raw()
            s = m("IP_ADDRESS", kind + "_v6", v)
            return f"[{s}]" if url else s
        return m("IP_ADDRESS", kind, self.ip4_raw())

    def pw(self, ctx="ini", kind="password"):
        return m("PASSWORD", kind, self.pw_raw(ctx))

    def pin(self, kind="pin"):
        return m("PASSWORD", kind, str(self.r.randrange(10 ** 3, 10 ** self.r.choice([4, 5, 6]))).zfill(4))

    def key(self, shape=None, kind="key"):
        if shape is None:
            shape = self.r.choice(["hex32", "hex40", "hex64", "an32", "an40", "an48", "low32", "b64u43"])
        return m("KEY", kind, self.key_raw(shape))

    def m(self, tag, kind, v):
        return m(tag, kind, v)

    def lk(self, kind, v):
        return m("LOOK", kind, v)

    # ---- look-alikes
    def uuid(self):
        return self.lk("uuid", self.uuid_raw())

    def sha1(self):
        return self.lk("sha1", self.s(HEX, 40))

    def sha256(self):
        return self.lk("sha256", self.s(HEX, 64))

    def md5(self):
        return self.lk("md5", self.s(HEX, 32))

    def short_sha(self):
        return self.lk("short_sha", self.s(HEX, 7))

    def version(self):
        r = self.r
        return self.lk("version", f"{r.randrange(0, 9)}.{r.randrange(0, 30)}.{r.randrange(0, 20)}")

    def mac(self):
        return self.lk("mac_address", ":".join(self.s(HEX, 2) for _ in range(6)))

    def priv(self):
        r = self.r
        c = r.randrange(3)
        if c == 0:
            v = f"10.{r.randrange(0, 256)}.{r.randrange(0, 256)}.{r.randrange(1, 255)}"
        elif c == 1:
            v = f"192.168.{r.randrange(0, 256)}.{r.randrange(1, 255)}"
        else:
            v = f"172.{r.randrange(16, 32)}.{r.randrange(0, 256)}.{r.randrange(1, 255)}"
        return self.lk("private_ip", v)

    def docip(self):
        r = self.r
        return self.lk("documentation_ip", f"{r.choice(['192.0.2', '198.51.100', '203.0.113'])}.{r.randrange(1, 255)}")

    def ula(self):
        return self.lk("unique_local_ipv6", f"fd{self.s(HEX, 2)}:{self.s(HEX, 4)}:{self.s(HEX, 3)}::{self.s(HEX, 2)}")

    def resmail(self, user=None):
        u = user or self.r.choice(LOWER)
        return self.lk("reserved_email", f"{u}@{self.r.choice(['example.com', 'example.org', 'example.net', 'lab.example', 'qa.test', 'box.invalid'])}")

    def serial(self):
        return self.lk("device_serial", self.s(string.ascii_uppercase, 3) + self.s(string.digits, 7))

    def b64pub(self):
        return self.lk("public_key", "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI" + self.s(ALNUM + "+/", 43))
