"""Value generators for held-out set 40 (standard library only)."""
import base64
import string

A = "\ue000"; B = "\ue001"; C = "\ue002"
PROVIDERS = ["sky.com", "att.net", "verizon.net", "bellsouth.net", "charter.net", "juno.com",
             "ig.com.br", "bredband.net", "get2net.dk", "luukku.com", "saunalahti.fi",
             "iprimus.com.au", "westnet.com.au", "post.cz", "volny.cz", "inbox.lt", "mail.ee", "dir.bg",
             "otenet.gr", "forthnet.gr", "walla.co.il", "eunet.rs", "t-com.hr", "siol.net", "email.it",
             "neuf.fr", "aliceadsl.fr", "lycos.com", "excite.com", "netzero.net", "frontier.com",
             "windstream.net", "optonline.net", "sbcglobal.net", "pacbell.net", "netscape.net",
             "kabelmail.de", "unitybox.de", "starhub.net.sg"]
FIRST = ["oswin", "thea", "ruairi", "inge", "baptiste", "zuzana", "tobiah", "marisol", "kaito", "ilse", "dagny",
         "femi", "ottilie", "hamish", "leocadia", "piet", "sunniva", "bartek", "nilufar", "cosmin", "vesna",
         "eero", "ines", "rafferty"]
LAST = ["brannock", "fenwick", "ashdown", "tolliver", "okafor", "varga", "lindqvist", "moreau", "kowal",
        "petrakis", "achterberg", "sorensen", "nakamura", "almeida"]
WORDS = ["rhubarb", "quince", "cobalt", "fjord", "saffron", "truffle", "wombat", "pelican", "osprey",
         "cormorant", "badger", "larkspur", "thistle", "nutmeg", "cardamom", "avocet", "bittern", "merlin",
         "ptarmigan", "tundra", "glacier", "moraine"]
WEAK = ["Blueberry9", "Letmein2026", "Baseball7", "Football1", "Charlie99", "Pepper2027", "Mustang88",
        "Tigger2026", "Ranger12"]
CITIES = ["Tartu", "Kaunas", "Plovdiv", "Ghent", "Brno", "Maribor", "Porto", "Bergen"]
V4_FIRST = [5, 31, 37, 45, 46, 51, 62, 77, 80, 81, 85, 88, 91, 94, 109, 141, 151, 176, 185, 188, 193, 212, 217]
V6_PFX = ["2a01:4f8", "2a02:c207", "2001:41d0", "2a03:b0c0", "2604:a880", "2600:3c03", "2a05:d014",
          "2001:19f0", "2406:da18", "2a00:1450", "2c0f:fb50", "2803:f800"]
CTX = {"url": "-_.~", "shell": "-_.+:=%^", "ini": "-_.!+=^%~", "q": "-_.!#%*+=?^~:,", "yaml": "-_.!+=^",
       "plain": "-_.", "prose": "-_.!#%*+=?^~", "xml": "-_.!#%*+=?^~:,"}
AL = string.ascii_letters + string.digits
B64U = AL + "-_"


def mark(tag, kind, value):
    return f"{A}{tag}|{kind}{B}{value}{C}"


class G:
    def __init__(self, rng):
        self.r = rng

    # --- raw values
    def ch(self, seq):
        return self.r.choice(seq)

    def s(self, alpha, n):
        return "".join(self.r.choice(alpha) for _ in range(n))

    def hexs(self, n):
        return self.s("0123456789abcdef", n)

    def ip4_raw(self):
        r = self.r
        return f"{r.choice(V4_FIRST)}.{r.randint(1, 254)}.{r.randint(0, 255)}.{r.randint(1, 254)}"

    def ip6_raw(self):
        r = self.r
        p = r.choice(V6_PFX)
        tail = ":".join(f"{r.randint(1, 0xffff):x}" for _ in range(r.choice([2, 3, 4])))
        return f"{p}:{r.randint(1, 0xfff):x}::{tail}"

    def email_raw(self):
        r = self.r
        f, l = r.choice(FIRST), r.choice(LAST)
        local = r.choice([f"{f}.{l}", f"{f}{r.randint(2, 99)}", f"{f[0]}{l}", f"{l}.{f}", f"{f}_{l}{r.randint(1, 9)}"])
        return f"{local}@{r.choice(PROVIDERS)}"

    def key_raw(self, shape=None):
        r = self.r
        shape = shape or r.choice(["hex32", "hex40", "hex64", "an32", "an40", "b64_32", "b64u43", "lower32", "jwt", "an24"])
        if shape == "hex32": return self.hexs(32)
        if shape == "hex40": return self.hexs(40)
        if shape == "hex64": return self.hexs(64)
        if shape == "an24": return self.s(AL, 24)
        if shape == "an32": return self.s(AL, 32)
        if shape == "an40": return self.s(AL, 40)
        if shape == "lower32": return self.s(string.ascii_lowercase + string.digits, 32)
        if shape == "upper20": return self.s(string.ascii_uppercase + string.digits, 20)
        if shape == "b64_32": return base64.b64encode(bytes(r.randrange(256) for _ in range(32))).decode()
        if shape == "b64_48": return base64.b64encode(bytes(r.randrange(256) for _ in range(48))).decode()
        if shape == "b64u43": return self.s(AL, 1) + self.s(B64U, 41) + self.s(AL, 1)
        if shape == "jwt":
            def seg(n): return base64.urlsafe_b64encode(bytes(r.randrange(256) for _ in range(n))).decode().rstrip("=")
            return "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9." + "eyJ" + seg(60) + "." + seg(32)
        if shape == "fm2": return "fm2_" + self.s(B64U, 120) + "," + "fm2_" + self.s(B64U, 60)
        if shape == "dt0s01": return "dt0s01." + self.s(string.ascii_uppercase + string.digits, 24) + "." + self.s(string.ascii_uppercase + string.digits, 64)
        if shape == "xoxc": return f"xoxc-{r.randint(10**11, 10**12)}-{r.randint(10**11, 10**12)}-{r.randint(10**11, 10**12)}-{self.hexs(64)}"
        if shape == "npg": return "npg_" + self.s(AL, 12)
        if shape == "slb": return "sl.B" + self.s(B64U, 136)
        if shape == "sb_secret": return "sb_secret_" + self.s(B64U, 22) + "_" + self.s(AL, 8)
        if shape == "aklt": return "AKLT" + self.s(AL, 40)
        if shape == "rzp": return "rzp_live_" + self.s(AL, 14)
        if shape == "app_usr": return f"APP_USR-{r.randint(10**15, 10**16 - 1)}-{r.randint(100000, 999999)}-{self.hexs(32)}-{r.randint(10**8, 10**9 - 1)}"
        if shape == "swmtkn": b36 = string.ascii_lowercase + string.digits; return f"SWMTKN-1-{self.s(b36, 50)}-{self.s(b36, 25)}"
        if shape == "squ": return "squ_" + self.hexs(40)
        if shape == "sqp": return "sqp_" + self.hexs(40)
        if shape == "ccipat": return "CCIPAT_" + self.s(AL, 22) + "_" + self.hexs(40)
        if shape == "nrii": return "NRII-" + self.s(B64U, 32)
        if shape == "gr": return "GR1348941" + self.s(B64U, 20)
        if shape == "uuid": return self.uuid_raw()
        raise ValueError(shape)

    def uuid_raw(self):
        h = self.hexs(32)
        return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-{self.ch('89ab')}{h[17:20]}-{h[20:]}"

    def pw_raw(self, ctx="q"):
        r = self.r
        sym = CTX[ctx]
        st = r.randrange(11)
        W = lambda: r.choice(WORDS)
        if st == 0: return W().capitalize() + r.choice("-_.") + W().capitalize() + str(r.randint(10, 9999))
        if st == 1:
            sep = r.choice("-._")
            p = sep.join(W() for _ in range(r.randint(3, 5)))
            return p + (sep + str(r.randint(1, 99)) if r.random() < 0.5 else "")
        if st == 2:
            n = r.randint(14, 23)
            mid = self.s(AL + sym, n - 2)
            return self.s(AL, 1) + mid + self.s(AL, 1)
        if st == 3: return r.choice(WEAK)
        if st == 4:
            return r.choice(["March", "April", "October", "November", "June"]) + str(r.randint(2024, 2027)) + ("!" if "!" in sym else "")
        if st == 5:
            g = [self.s(string.ascii_lowercase + string.digits, 6) for _ in range(3)]
            i = r.randrange(3)
            g[i] = g[i][:-1].upper() + str(r.randint(0, 9))
            return "-".join(g) if "-" in sym else "".join(g)
        if st == 6:
            w = W()
            leet = w.replace("a", "4").replace("e", "3").replace("o", "0").replace("i", "1")
            return leet + W().capitalize() + str(r.randint(1, 999))
        if st == 7: return r.choice(FIRST).capitalize() + str(r.randint(1955, 2006))
        if st == 8: return "".join(r.choice(["ka", "to", "mi", "re", "su", "lo", "ne", "vu", "zi"]) for _ in range(4)) + str(r.randint(10, 999))
        if st == 9: return self.s(AL, r.randint(16, 28))
        c = r.choice(CITIES)
        s2 = r.choice([x for x in sym if x not in "-_."] or ["_"])
        return f"{c}{r.randint(10, 99)}{s2}{W()}"

    # --- labelled values
    def em(self, kind="email"):
        return mark("EMAIL", kind, self.email_raw())

    def ip4(self, kind="ip"):
        return mark("IP_ADDRESS", kind, self.ip4_raw())

    def ip6(self, kind="ip6"):
        return mark("IP_ADDRESS", kind, self.ip6_raw())

    def ip(self, kind="ip", p6=0.25):
        if self.r.random() < p6:
            return mark("IP_ADDRESS", kind + "_v6", self.ip6_raw())
        return self.ip4(kind)

    def host(self, kind="host", p6=0.25):
        """Address for a URL host: IPv6 is bracketed outside the label."""
        if self.r.random() < p6:
            return "[" + mark("IP_ADDRESS", kind + "_v6", self.ip6_raw()) + "]"
        return self.ip4(kind)

    def key(self, kind="key", shape=None):
        return mark("KEY", kind, self.key_raw(shape))

    def pw(self, kind="password", ctx="q"):
        return mark("PASSWORD", kind, self.pw_raw(ctx))

    # --- look-alikes
    def la(self, kind, value):
        return mark("LOOK", kind, value)

    def priv(self):
        r = self.r
        v = r.choice([f"10.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}",
                      f"192.168.{r.randint(0, 255)}.{r.randint(1, 254)}", f"172.{r.randint(16, 31)}.{r.randint(0, 255)}.{r.randint(1, 254)}"])
        return self.la("private_ip", v)

    def loop(self):
        return self.la("loopback_ip", "127.0.0.1")

    def unspec(self):
        return self.la("unspecified_ip", "0.0.0.0")

    def docip(self, v4=False):
        r = self.r
        v = r.choice([f"192.0.2.{r.randint(1, 254)}", f"198.51.100.{r.randint(1, 254)}", f"203.0.113.{r.randint(1, 254)}",
                      f"2001:db8::{r.randint(1, 0xffff):x}"][:3 if v4 else 4])
        return self.la("documentation_ip", v)

    def ula(self):
        return self.la("ula_ipv6", f"fd{self.hexs(2)}:{self.hexs(4)}:{self.hexs(4)}::{self.r.randint(1, 0xff):x}")

    def shared(self):
        return self.la("shared_ip", f"100.{self.r.randint(64, 127)}.{self.r.randint(0, 255)}.{self.r.randint(1, 254)}")

    def linklocal(self):
        return self.la("link_local_ip", f"169.254.{self.r.randint(1, 254)}.{self.r.randint(1, 254)}")

    def resmail(self):
        r = self.r
        return self.la("reserved_email", f"{r.choice(FIRST)}@{r.choice(['example.com', 'example.org', 'example.net', 'mail.example', 'corp.test', 'host.invalid'])}")

    def uuid(self, kind="uuid"):
        return self.la(kind, self.uuid_raw())

    def ver(self):
        r = self.r
        return self.la("version", f"{r.randint(0, 9)}.{r.randint(0, 30)}.{r.randint(0, 20)}")

    def sha(self, n=40, kind=None):
        return self.la(kind or {40: "sha1", 64: "sha256", 7: "short_sha", 12: "short_sha"}[n], self.hexs(n))

    def ref(self, text):
        return self.la("secret_reference", text)

    def ph(self, text):
        return self.la("placeholder", text)

    def pub(self, kind="public_key"):
        return self.la(kind, "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI" + self.s(AL + "+/", 43))

    def bcrypt(self):
        return self.la("bcrypt_hash", "$2b$12$" + self.s(AL + "./", 53))

    def mac(self):
        return self.la("mac_address", ":".join(self.hexs(2) for _ in range(6)))

    def num(self, kind, n):
        return self.la(kind, str(self.r.randint(10 ** (n - 1), 10 ** n - 1)))
