"""Value generators for held-out set 31 (written from scratch for this set).

Every value is random; none is a real credential. A template receives a `G` and calls its methods; the methods that
plant a value return it wrapped in private-use markers (U+E000 TAG|kind U+E001 value U+E002) so that the build can
record the span. `raw()` strips the markers again.
"""
import base64
import ipaddress
import string

MO, MS, MC = "\ue000", "\ue001", "\ue002"

# characters a password may use in each context (besides letters and digits); see README
CTX = {
    "url": "-_.~",
    "shell": "-_.+,:=%^",
    "ini": "-_.!+=^%~",
    "quoted": "-_.!#%*+=?^~:,",
    "quoted_sp": "-_.!#%*+=?^~:,",
    "yaml": "-_.!+=^",
    "plain": "-_.",
    "prose": "-_.!#%*+=?^~",
    "xml": "-_.!#%*+=?^~:,",
}

FIRST = ["ottoline", "perpetua", "eustace", "wilhelmina", "bartholomew", "cosimo", "ignatius", "leocadia", "radomir",
         "svetozar", "teodozja", "zbigniew", "yevdokia", "oluwaseun", "florentyna", "casimir", "benedetta",
         "clothilde", "desmond", "evangelos", "fenella", "gwendolen", "horatio", "isidora", "jarmila", "kazimierz",
         "lavinia", "mstislav", "nerissa", "octavian", "philippa", "quirinus", "rosalind", "seraphina", "thaddeus",
         "valentijn", "wendeline", "xenia", "ysolde", "zephyrine", "ambrose", "berenice", "cornelius",
         "dorothea", "eulalia", "griselda", "hyacinth"]
LAST = ["achterberg", "blomqvist", "cavendish", "eckersley", "fairweather", "gallowglass", "hargreaves", "ingleby",
        "jablonski", "kettleborough", "lindqvist", "nakashima", "oyelaran", "pemberton", "quintero", "rasmussen",
        "szczepanski", "thistlewood", "umberger", "whitlock", "zelenka", "abernathy", "brightwater",
        "castellano", "dunmore", "etheridge", "fenwick"]
PROVIDERS = ["posteo.de", "seznam.cz", "wp.pl", "o2.pl", "libero.it", "laposte.net", "t-online.de",
             "bluewin.ch", "telenet.be", "ziggo.nl", "xs4all.nl", "virgilio.it", "sapo.pt", 
             "uol.com.br", "rediffmail.com", "daum.net", "rambler.ru", "inbox.lv", "abv.bg",
             "centrum.cz", "freemail.hu", "azet.sk", "onet.pl", "interia.pl", "mailfence.com", "runbox.com",
             "disroot.org", "startmail.com", "kolabnow.com", "hushmail.com", "vivaldi.net", "pm.me", "tuta.io",
             "email.cz", "bigpond.com", "optusnet.com.au", "xtra.co.nz", "shaw.ca", "sympatico.ca",
             "btinternet.com", "talktalk.net", "eircom.net", "telefonica.net", "otenet.gr", "ukr.net", "mail.ee"]
COMPANY = ["kestrelmoor.org", "fernhallow.net", "saltmarsh-radio.org", "quarrybrook.coop", "tallowfield.io",
           "larchmere.net", "pebblewick.com", "cinderford-astro.org", "oakhurst-brewing.co.uk", "marrowdale.ie",
           "brindlecombe.de", "ashgrove-library.org", "wrenfield.farm", "thornbury-makers.org", "hollowell.io",
           "gullrock.net"]
RESERVED = ["example.com", "example.org", "example.net", "mail.example", "lab.test", "club.invalid"]
CITIES = ["Zaanstad", "Lleida", "Tromso", "Bydgoszcz", "Olomouc", "Ghent", "Trieste", "Coimbra", "Esbjerg",
          "Tampere", "Brno", "Sibiu", "Plovdiv", "Rijeka", "Kaunas", "Daugavpils", "Parnu", "Szeged", "Ljubljana",
          "Zadar", "Bergamo", "Nantes", "Dijon", "Leuven", "Utrecht", "Dundee", "Galway", "Bilbao", "Setubal",
          "Innsbruck", "Bregenz", "Lucerne"]
WORDS = ["quokka", "marzipan", "tundra", "gravlax", "gondola", "lorikeet", "obelisk", "sextant", "tamarind",
         "kumquat", "bramble", "cobalt", "falafel", "gazebo", "hammock", "igloo", "jackal", "kiwano", "lantern",
         "dormouse", "nutmeg", "ocelot", "paprika", "quince", "rhubarb", "saffron", "trombone", "umbrella",
         "vulture", "wombat", "yodel", "zither", "anvil", "buttress", "cormorant", "dulcimer", "ermine",
         "flotilla", "bergamot", "sandpiper", "isthmus", "jasmine", "kettle", "lagoon", "mackerel", "kohlrabi", "oregano",
         "pelican", "quartz", "rosehip", "sorrel", "tapir", "urchin", "velvet", "willow", "yarrow"]
MONTHS = ["January", "March", "April", "June", "October", "November", "December"]
WEAK = ["abc12345", "iloveyou1", "monkey99", "Qwertz123", "admin1234", "Passw0rd", "football7", "sunshine88",
        "dragon2020", "baseball1", "master123", "shadow77"]
SYL = ["ka", "lo", "mi", "ven", "dra", "pu", "zel", "tum", "an", "bi", "qu", "ro", "sa", "te", "wo", "xi", "ny"]
LOWER, UPPER, DIGITS = string.ascii_lowercase, string.ascii_uppercase, string.digits
ALNUM = LOWER + UPPER + DIGITS
B64 = ALNUM + "+/"
B64U = ALNUM + "-_"
HEX = "0123456789abcdef"


def raw(s):
    """Strip the markers from marked text."""
    out, i = [], 0
    while i < len(s):
        c = s[i]
        if c == MO:
            j = s.index(MS, i)
            i = j + 1
            continue
        if c == MC:
            i += 1
            continue
        out.append(c)
        i += 1
    return "".join(out)


def mark(tag, kind, value):
    assert MO not in value and MS not in value and MC not in value
    return f"{MO}{tag}|{kind}{MS}{value}{MC}"


class G:
    def __init__(self, rng):
        self.r = rng

    # ---- raw random pieces -------------------------------------------------------------------------------------
    def s(self, alphabet, n):
        return "".join(self.r.choice(alphabet) for _ in range(n))

    def hex(self, n):
        return self.s(HEX, n)

    def HEXU(self, n):
        return self.s(HEX.upper(), n)

    def aln(self, n):
        # start with a letter so that keys do not look like numbers
        return self.r.choice(LOWER + UPPER) + self.s(ALNUM, n - 1)

    def low(self, n):
        return self.s(LOWER + DIGITS, n)

    def upr(self, n):
        return self.s(UPPER + DIGITS, n)

    def b64(self, nbytes):
        return base64.b64encode(bytes(self.r.randrange(256) for _ in range(nbytes))).decode()

    def b64u(self, n):
        return self.aln(1) + self.s(B64U, n - 2) + self.aln(1)

    def uuid(self):
        h = self.hex(32)
        h = h[:12] + "4" + h[13:16] + self.r.choice("89ab") + h[17:]
        return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"

    def num(self, lo, hi):
        return str(self.r.randint(lo, hi))

    def pick(self, seq):
        return self.r.choice(seq)

    def first(self):
        return self.r.choice(FIRST)

    def last(self):
        return self.r.choice(LAST)

    def full(self):
        return f"{self.first().capitalize()} {self.last().capitalize()}"

    def word(self):
        return self.r.choice(WORDS)

    def city(self):
        return self.r.choice(CITIES)

    def company(self):
        return self.r.choice(COMPANY)

    # ---- raw network values ------------------------------------------------------------------------------------
    def ipv4_raw(self):
        while True:
            a = self.r.choice([5, 23, 31, 37, 45, 46, 62, 77, 78, 80, 81, 82, 83, 84, 85, 86, 87, 88, 89, 91, 92,
                               93, 94, 95, 109, 141, 145, 151, 176, 178, 185, 188, 193, 194, 195, 212, 213, 217])
            ip = f"{a}.{self.r.randint(0, 255)}.{self.r.randint(0, 255)}.{self.r.randint(1, 254)}"
            o = ipaddress.ip_address(ip)
            if o.is_global and not o.is_multicast:
                return ip

    def ipv6_raw(self):
        while True:
            head = self.r.choice(["2a01", "2a02", "2a03", "2a05", "2a0c", "2a10", "2605", "2403", "2c0f", "2800"])
            groups = [head] + [format(self.r.randrange(1, 65536), "x") for _ in range(3)]
            style = self.r.randrange(3)
            if style == 0:
                ip = ":".join(groups) + "::" + format(self.r.randrange(1, 65536), "x")
            elif style == 1:
                ip = ":".join(groups + [format(self.r.randrange(0, 65536), "x") for _ in range(4)])
            else:
                ip = ":".join(groups[:3]) + "::" + format(self.r.randrange(1, 4096), "x")
            o = ipaddress.ip_address(ip)
            if o.is_global and not o.is_multicast:
                return str(o) if style != 1 else ip

    def email_raw(self, dom=None, user=None):
        f, l = self.first(), self.last()
        if user is None:
            user = self.r.choice([f"{f}.{l}", f"{f[0]}{l}", f"{f}{self.num(1, 99)}", f"{l}.{f[0]}", f"{f}_{l}",
                                  f"{f}"])
        if dom is None:
            dom = self.r.choice(PROVIDERS) if self.r.random() < 0.45 else self.r.choice(COMPANY)
        return f"{user}@{dom}"

    # ---- planted, labelled -------------------------------------------------------------------------------------
    def ip(self, kind="server_ip"):
        return mark("IP_ADDRESS", kind, self.ipv4_raw())

    def ip6(self, kind="server_ipv6"):
        return mark("IP_ADDRESS", kind, self.ipv6_raw())

    def em(self, kind="email", dom=None, user=None):
        return mark("EMAIL", kind, self.email_raw(dom, user))

    def K(self, kind, value):
        return mark("KEY", kind, value)

    def P(self, kind, value):
        return mark("PASSWORD", kind, value)

    def pw(self, kind, ctx="quoted", style=None):
        return mark("PASSWORD", kind, self.pw_raw(ctx, style))

    def pw_raw(self, ctx="quoted", style=None):
        syms = CTX[ctx]
        r = self.r
        for _ in range(200):
            st = style if style is not None else r.randrange(12)
            sep = r.choice([c for c in "-._" if c in syms] + [""])
            if st == 0:
                v = sep.join([self.word().capitalize(), self.city(), self.num(1988, 2025)])
            elif st == 1:
                n = r.randint(3, 5)
                j = " " if ctx == "quoted_sp" and r.random() < 0.6 else (sep or "-")
                v = j.join(self.word() for _ in range(n))
            elif st == 2:
                v = r.choice(WEAK)
            elif st == 3:
                pool = ALNUM + syms
                v = self.aln(1) + self.s(pool, r.randint(11, 19))
            elif st == 4:
                v = r.choice(MONTHS) + self.num(2019, 2025) + r.choice(syms)
            elif st == 5:
                w = self.word().replace("a", "4").replace("e", "3").replace("o", "0")
                v = w + sep + self.word().capitalize().replace("i", "1") + self.num(10, 999)
            elif st == 6:
                v = self.upr(r.randint(8, 12))
            elif st == 7:
                v = self.first().capitalize() + self.num(1950, 2008)
            elif st == 8:
                v = self.hex(r.randint(16, 24))
            elif st == 9:
                v = "".join(r.choice(SYL) for _ in range(r.randint(3, 5))).capitalize() + self.num(10, 9999)
            elif st == 10:
                v = self.word() + r.choice(syms) + self.word().capitalize() + self.num(1, 99)
            else:
                v = self.aln(r.randint(18, 28))
            if ctx == "prose" and not v[-1].isalnum():
                v = v + self.num(1, 9)
            if all(c.isalnum() or c in syms or (c == " " and ctx == "quoted_sp") for c in v) and v[0].isalnum():
                return v
        raise RuntimeError("no password for context " + ctx)

    # ---- look-alikes ---------------------------------------------------------------------------------------------
    def lk(self, kind, value):
        return mark("LOOK", kind, value)

    def priv(self, kind="private_ip"):
        c = self.r.randrange(3)
        if c == 0:
            v = f"10.{self.r.randint(0, 255)}.{self.r.randint(0, 255)}.{self.r.randint(1, 254)}"
        elif c == 1:
            v = f"172.{self.r.randint(16, 31)}.{self.r.randint(0, 255)}.{self.r.randint(1, 254)}"
        else:
            v = f"192.168.{self.r.randint(0, 255)}.{self.r.randint(1, 254)}"
        return self.lk(kind, v)

    def tnet(self, kind="testnet_ip"):
        p = self.r.choice(["192.0.2", "198.51.100", "203.0.113"])
        return self.lk(kind, f"{p}.{self.r.randint(1, 254)}")

    def doc6(self, kind="doc_ipv6"):
        return self.lk(kind, f"2001:db8:{format(self.r.randrange(1, 65536), 'x')}::{format(self.r.randrange(1, 4096), 'x')}")

    def ula6(self, kind="ula_ipv6"):
        return self.lk(kind, f"fd{self.hex(2)}:{format(self.r.randrange(1, 65536), 'x')}:{format(self.r.randrange(1, 65536), 'x')}::{format(self.r.randrange(1, 256), 'x')}")

    def ll6(self, kind="linklocal_ipv6"):
        return self.lk(kind, f"fe80::{format(self.r.randrange(1, 65536), 'x')}:{format(self.r.randrange(1, 65536), 'x')}")

    def resem(self, kind="reserved_email"):
        return self.lk(kind, self.email_raw(dom=self.r.choice(RESERVED)))

    def ver(self, kind="version"):
        return self.lk(kind, f"{self.r.randint(0, 9)}.{self.r.randint(0, 30)}.{self.r.randint(0, 20)}")

    def luuid(self, kind="uuid"):
        return self.lk(kind, self.uuid())

    def sha1(self, kind="sha1"):
        return self.lk(kind, self.hex(40))

    def sha256(self, kind="sha256"):
        return self.lk(kind, self.hex(64))

    def gitsha(self, kind="git_sha"):
        return self.lk(kind, self.hex(40))

    def shortsha(self, kind="git_short_sha"):
        return self.lk(kind, self.hex(7))

    def mac(self, kind="mac_address"):
        return self.lk(kind, ":".join(self.HEXU(2) for _ in range(6)))

    def masked(self, kind="masked_key"):
        return self.lk(kind, self.r.choice(["*" * 12, "x" * 8 + "-", "\u2022" * 10]) + self.low(4))

    def ph(self, value, kind="placeholder"):
        return self.lk(kind, value)
