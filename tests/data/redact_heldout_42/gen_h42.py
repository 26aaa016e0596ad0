"""Value generators for the forty-second held-out redaction set (standard library only)."""
import base64
import string

S, M, E = "\ue000", "\ue001", "\ue002"

FIRST = ["Ottoline", "Wendeline", "Barnaby", "Ignatius", "Perpetua", "Cosimo", "Leocadia", "Radomir",
         "Zdenka", "Eulalia", "Torvald", "Auberon", "Philippa", "Casimir", "Benedikta", "Anselm", "Sigrun",
         "Oswin", "Rosalind", "Teodor", "Valeska", "Evander", "Clementine", "Genoveva", "Lysander",
         "Marisol", "Thaddeus", "Ottilie", "Jolanta", "Eustace", "Cordelia", "Fergus", "Isolde",
         "Peregrine", "Henrietta", "Crispin", "Ludmila", "Hamish", "Saoirse", "Ingeborg", "Cyprian",
         "Dagny", "Ysolde", "Gwendolyn", "Florian", "Octavia", "Imelda", "Horatio", "Mirela", "Bogdan",
         "Yevgenia", "Kazimierz", "Priyanka", "Chiamaka", "Folasade", "Tadeusz", "Emeric", "Serafina",
         "Linnea", "Joakim", "Ragnhild", "Mehmet", "Zeynep", "Kenji", "Haruka", "Minseo", "Aarav",
         "Ishita", "Graciela", "Piotr", "Milena", "Dusan", "Vesna", "Wouter", "Maaike"]
LAST = ["Thistlewood", "Ravensworth", "Fairweather", "Underhill", "Ashdown", "Pemberton", "Quenby",
        "Holloway", "Marchetti", "Kowalczyk", "Nieminen", "Lindqvist", "Oyelaran", "Achterberg", "Vasquez",
        "Dobrev", "Haldane", "Okonkwo", "Petrakis", "Santangelo", "Wojcik", "Ferreira", "Takahashi",
        "Brennan", "Castellanos", "Halvorsen", "Novak", "Rasmussen", "Varga", "Zielinski", "Abernathy",
        "Bellweather", "Cartwright"]
MAILDOM = ["bigmir.net", "ocn.ne.jp", "so-net.ne.jp", "centurylink.net", "scarlet.be", "proximus.be",
           "broadpark.no", "elisa.fi", "suomi24.fi", "gazeta.pl", "bbox.fr", "ono.com", "telefonica.net",
           "netcabo.pt", "clix.pt", "mynet.com", "superonline.com", "netvision.net.il", "bezeqint.net",
           "vsnl.net", "hinet.net", "myway.com", "mindspring.com", "disroot.org", "mailfence.com",
           "kolabnow.com", "countermail.com", "startmail.com"]
WORDS = ["cobalt", "thimble", "quokka", "saffron", "tundra", "marmalade", "harpoon", "gazebo", "turnip",
         "velvet", "nectar", "lagoon", "ember", "glacier", "meadow", "rhubarb", "cinnamon", "trellis",
         "mitten", "otter", "badger", "puffin", "acorn", "fjord", "canyon", "prairie", "quartz", "basalt",
         "pumice", "sorrel", "nutmeg", "clover", "tulip", "peony", "daffodil", "hazel", "larch", "spruce",
         "cedar", "birch", "maple", "sparrow", "finch", "magpie", "gannet", "ptarmigan", "lynx", "marten",
         "stoat", "beaver", "bison", "moose", "caribou", "yak", "gecko", "iguana", "newt", "toad",
         "salamander", "pumpkin", "cheddar", "pistachio", "sandcastle", "gingerbread", "mustang"]
WEAK = ["Pumpkin2020", "Cheddar88", "Pistachio4", "Sandcastle5", "Gingerbread1", "Mustang69", "Summer2027",
        "Quokka42", "Marmalade9", "Cobalt1999", "Puffin2024", "Lagoon77"]
CITIES = ["Tampere", "Plovdiv", "Brno", "Coimbra", "Gdansk", "Trondheim", "Haifa", "Izmir", "Sapporo",
          "Kaohsiung"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]
# symbols each syntax allows inside a password
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
V4_FIRST = [5, 23, 31, 37, 46, 62, 77, 78, 80, 81, 85, 87, 89, 91, 94, 95, 109, 130, 134, 138, 141, 145,
            151, 152, 154, 158, 163, 176, 178, 185, 188, 193, 194, 195, 212, 213, 217]
V6_PREFIX = ["2a01:4f8", "2a02:c207", "2001:41d0", "2a03:b0c0", "2604:a880", "2400:8902", "2a05:d014",
             "2620:11a", "2001:67c", "2a0e:97c0", "2406:da18", "2600:1f18"]
B58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"
BECH = "qpzry9x8gf2tvdw0s3jn54khce6mua7l"
ALNUM = string.ascii_letters + string.digits
LOWALNUM = string.ascii_lowercase + string.digits
UPALNUM = string.ascii_uppercase + string.digits
HEX = "0123456789abcdef"
B64URL = ALNUM + "-_"


def lab(tag, kind, v):
    return f"{S}{tag}|{kind}{M}{v}{E}"


def look(kind, v):
    return f"{S}LOOK|{kind}{M}{v}{E}"


class G:
    def __init__(self, r):
        self.r = r

    # ---- raw helpers
    def s(self, alphabet, n):
        return "".join(self.r.choice(alphabet) for _ in range(n))

    def hexs(self, n):
        return self.s(HEX, n)

    def b64(self, nbytes):
        return base64.b64encode(bytes(self.r.randrange(256) for _ in range(nbytes))).decode()

    def pick(self, seq):
        return self.r.choice(seq)

    def num(self, a, b):
        return self.r.randint(a, b)

    def first(self):
        return self.r.choice(FIRST)

    def last(self):
        return self.r.choice(LAST)

    def word(self):
        return self.r.choice(WORDS)

    def uuid_raw(self):
        h = self.hexs(32)
        h = h[:12] + "4" + h[13:16] + self.r.choice("89ab") + h[17:]
        return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"

    # ---- e-mails
    def email_raw(self, domain=None, local=None):
        f, l = self.first().lower(), self.last().lower()
        if local is None:
            local = self.r.choice([f"{f}.{l}", f"{f[0]}{l}", f"{f}{self.num(2, 99)}", f"{l}.{f[0]}",
                                   f"{f}_{l}", f"{f}-{l[:4]}", f"{l}{self.num(60, 99)}"])
        return f"{local}@{domain or self.r.choice(MAILDOM)}"

    def email(self, kind="email", domain=None, local=None):
        return lab("EMAIL", kind, self.email_raw(domain, local))

    # ---- IPs
    def ip4_raw(self):
        while True:
            a = self.r.choice(V4_FIRST)
            v = f"{a}.{self.num(0, 255)}.{self.num(0, 255)}.{self.num(1, 254)}"
            if not v.startswith(("198.18.", "198.19.", "198.51.100.", "203.0.113.", "192.0.2.")):
                return v

    def ip6_raw(self):
        p = self.r.choice(V6_PREFIX)
        n = 8 - len(p.split(":"))
        groups = [format(self.num(0, 0xffff), "x") for _ in range(n)]
        if self.r.random() < 0.6:
            k = self.num(1, n - 2)
            after = n - k - 2
            tail = groups[n - after:] if after > 0 else ["1"]
            return p + ":" + ":".join(groups[:k]) + "::" + ":".join(tail)
        return p + ":" + ":".join(groups)

    def ip(self, kind="ip", v6=0.0):
        if self.r.random() < v6:
            return lab("IP_ADDRESS", kind + "_v6", self.ip6_raw())
        return lab("IP_ADDRESS", kind, self.ip4_raw())

    def ip4(self, kind="ip"):
        return lab("IP_ADDRESS", kind, self.ip4_raw())

    def ip6(self, kind="ipv6"):
        return lab("IP_ADDRESS", kind, self.ip6_raw())

    # ---- keys
    def key_raw(self, shape=None):
        shape = shape or self.r.choice(["hex32", "hex40", "hex64", "an24", "an32", "an40", "low32",
                                        "b64_32", "b64_48", "b64url43", "jwt"])
        if shape == "hex32":
            return self.hexs(32)
        if shape == "hex40":
            return self.hexs(40)
        if shape == "hex64":
            return self.hexs(64)
        if shape == "up36":
            return self.s(UPALNUM, 36)
        if shape.startswith("an"):
            return self.s(ALNUM, int(shape[2:]))
        if shape == "low32":
            return self.s(LOWALNUM, 32)
        if shape.startswith("b64_"):
            return self.b64(int(shape[4:]))
        if shape == "b64url43":
            return self.s(B64URL, 43)
        if shape == "uuid":
            return self.uuid_raw()
        if shape == "jwt":
            hdr = base64.urlsafe_b64encode(b'{"alg":"HS256","typ":"JWT"}').decode().rstrip("=")
            return f"{hdr}.{self.s(B64URL, self.num(60, 120))}.{self.s(B64URL, 43)}"
        if shape == "atza":
            return "Atza|IwEB" + self.s(B64URL, self.num(110, 150))
        if shape == "atzr":
            return "Atzr|IwEB" + self.s(B64URL, self.num(110, 150))
        if shape == "nnsxs":
            return "NNSXS." + self.s(UPALNUM, 39) + "." + self.s(UPALNUM, 52)
        if shape == "k005":
            return "K005" + self.s(ALNUM + "+/", 27)
        if shape == "bbdc":
            return "BBDC-" + self.b64(33)
        if shape == "shiplive":
            return self.r.choice(["shippo_live_", "shippo_test_"]) + self.hexs(40)
        if shape == "tracesk":
            return "lsv2_sk_" + self.hexs(32) + "_" + self.hexs(10)
        if shape == "tsclient":
            return "tskey-client-k" + self.s(ALNUM, 12) + "CNTRL-" + self.s(ALNUM, 33)
        if shape == "g1":
            return "1//0" + self.s(ALNUM, 2) + self.s(B64URL, 99)
        if shape == "akcp":
            return "AKCp" + self.s(ALNUM, 69)
        if shape == "reftok":
            return "cmVmdGtu" + self.s(ALNUM, 56)
        if shape == "bechsec":
            return "nsec1" + self.s(BECH, 58)
        if shape == "tprv":
            return "tprv8Z" + self.s(B58, 105)
        if shape == "orgtok":
            return "dckr_oat_" + self.s(B64URL, 32)
        if shape == "dpsa":
            return self.r.choice(["dp.sa.", "dp.ct."]) + self.s(ALNUM, 43)
        if shape == "macaroon":
            return "0201036c6e6402f801030a10" + self.hexs(self.num(180, 240))
        raise ValueError(shape)

    def key(self, kind="key", shape=None):
        return lab("KEY", kind, self.key_raw(shape))

    # ---- passwords
    def pw_raw(self, ctx="quoted", style=None):
        sym = CTX[ctx]
        r = self.r
        style = style if style is not None else r.randrange(10)
        if style == 0:
            ws = [self.word() for _ in range(r.randint(3, 5))]
            j = r.choice([c for c in "-._" if c in sym] or [""])
            v = j.join(ws)
            if r.random() < 0.5:
                v += j + str(r.randint(2, 99))
            return v
        if style == 1:
            al = ALNUM + sym
            return r.choice(ALNUM) + self.s(al, r.randint(12, 21)) + r.choice(ALNUM)
        if style == 2:
            return r.choice(WEAK)
        if style == 3:
            return r.choice(MONTHS) + str(r.randint(2019, 2027)) + ("!" if "!" in sym else "")
        if style == 4:
            # pronounceable syllable groups with digits
            syl = ["ta", "ro", "vek", "del", "ka", "mur", "sel", "po", "quin", "bra", "lu", "ten"]
            j = "-" if "-" in sym else ""
            return j.join("".join(r.choice(syl) for _ in range(2)).capitalize() for _ in range(3)) + str(r.randint(10, 99))
        if style == 5:
            w = self.word()
            leet = w.translate(str.maketrans("aeio", "4310"))
            return leet.capitalize() + (r.choice([c for c in "!#%+" if c in sym] or [""])) + self.word().capitalize() + str(r.randint(1, 99))
        if style == 6:
            return self.first() + str(r.randint(1958, 2004))
        if style == 7:
            return self.s(ALNUM, r.randint(16, 28))
        if style == 8:
            return r.choice(CITIES) + str(r.randint(10, 99)) + r.choice([c for c in "#!%+_" if c in sym] or ["-"]) + self.word()
        # style 9: lower-case words glued with digits
        return self.word() + str(r.randint(100, 999)) + self.word()

    def pw(self, kind="password", ctx="quoted", style=None):
        return lab("PASSWORD", kind, self.pw_raw(ctx, style))

    # ---- look-alikes
    def priv(self, kind="private_ip"):
        r = self.r
        v = r.choice([f"10.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}",
                      f"172.{r.randint(16, 31)}.{r.randint(0, 255)}.{r.randint(1, 254)}",
                      f"192.168.{r.randint(0, 255)}.{r.randint(1, 254)}"])
        return look(kind, v)

    def loop(self):
        return look("loopback_ip", self.r.choice(["127.0.0.1", "127.0.0.1", f"127.0.{self.num(0, 9)}.{self.num(1, 9)}"]))

    def unspec(self, v="0.0.0.0"):
        return look("unspecified_ip", v)

    def docip(self):
        r = self.r
        return look("documentation_ip", r.choice([f"192.0.2.{r.randint(1, 254)}", f"198.51.100.{r.randint(1, 254)}",
                                                  f"203.0.113.{r.randint(1, 254)}", f"2001:db8::{r.randint(1, 999)}"]))

    def shared(self):
        return look("shared_ip", f"100.{self.num(64, 127)}.{self.num(0, 255)}.{self.num(1, 254)}")

    def ula(self):
        return look("ula_ipv6", f"fd{self.hexs(2)}:{self.hexs(4)}:{self.hexs(4)}::{self.num(1, 99)}")

    def linklocal(self):
        if self.r.random() < 0.5:
            return look("link_local_ip", f"169.254.{self.num(1, 254)}.{self.num(1, 254)}")
        return look("link_local_ip", f"fe80::{self.hexs(4)}:{self.hexs(2)}ff:fe{self.hexs(2)}:{self.hexs(4)}")

    def bench(self):
        return look("benchmark_ip", f"198.{self.num(18, 19)}.{self.num(0, 255)}.{self.num(1, 254)}")

    def rmail(self, local=None):
        dom = self.r.choice(["example.com", "example.org", "example.net", "mail.example", "corp.test",
                             "nowhere.invalid", "lab.example.com"])
        local = local or self.r.choice([self.first().lower(), "noreply", "ops", "someone", "you", "admin"])
        return look("reserved_email", f"{local}@{dom}")

    def ver(self):
        r = self.r
        return look("version", r.choice([f"{r.randint(0, 9)}.{r.randint(0, 30)}.{r.randint(0, 20)}",
                                         f"v{r.randint(0, 4)}.{r.randint(0, 40)}.{r.randint(0, 9)}",
                                         f"{r.randint(1, 3)}.{r.randint(0, 12)}"]))

    def sha256(self):
        return look("sha256", self.hexs(64))

    def sha1(self):
        return look("sha1", self.hexs(40))

    def md5(self):
        return look("md5", self.hexs(32))

    def ssha(self):
        return look("short_sha", self.hexs(self.r.choice([7, 8, 10, 12])))

    def uuid(self, kind="uuid"):
        return look(kind, self.uuid_raw())

    def ulid(self, kind="ulid"):
        return look(kind, "01" + self.s("0123456789ABCDEFGHJKMNPQRSTVWXYZ", 24))

    def bcrypt(self):
        return look("bcrypt_hash", "$2b$12$" + self.s(ALNUM + "./", 53))

    def pubkey(self, nbytes=32, kind="public_key"):
        return look(kind, self.b64(nbytes))

    def ph(self, v, kind="placeholder"):
        return look(kind, v)
