"""Value generators for held-out set 32 (written from scratch for this set).

Every value is random and synthetic. Nothing here is a real credential.
Planted values are wrapped in private-use markers: U+E000 TAG|kind U+E001 value U+E002.
"""
import ipaddress
import string

M0, M1, M2 = "\ue000", "\ue001", "\ue002"

LOWER = string.ascii_lowercase
UPPER = string.ascii_uppercase
DIGITS = string.digits
ALNUM = LOWER + UPPER + DIGITS
HEX = "0123456789abcdef"
B64URL = ALNUM + "-_"
B64 = ALNUM + "+/"

# Symbols each context allows in a password (letters and digits are always allowed).
CTX = {
    "url": "-_.~",          # URL userinfo, DSNs, query values
    "shell": "-_.+,:=%^",   # shell values, dotfiles, logs, command-line flags
    "ini": "-_.!+=^%~",     # INI, .env, properties, CSV values
    "quoted": "-_.!#%*+=?^~:,",  # quote-delimited values in code, JSON, XML text
    "quoted_sp": "-_.!#%*+=?^~:, ",  # notebooks: spaces allowed too
    "yaml": "-_.!+=^",      # unquoted YAML values
    "plain": "-_.",         # anything else
    "prose": "-_.!#%*+=?^~",  # prose; ends with a letter or digit
}

WORDS = """quillwort marram saltbush tamarack ironbark wolfsbane dunnock tussock bracken sorrel yarrow teasel
sedge basalt gneiss schist feldspar loess tarn scree corrie drumlin esker moraine cirque bothy croft lintel
rafter mortise tenon dovetail adze trowel plinth pewter bismuth zircon galena pyrite malachite azurite cinnabar
orpiment umber ochre sienna vermilion fenugreek sumac lovage chervil borage tansy mugwort samphire kelp wrack
limpet whelk cockle razorbill guillemot shearwater fulmar petrel kittiwake gannet godwit dunlin whimbrel lapwing
bittern nightjar wryneck hoopoe bunting linnet twite siskin redpoll crossbill brambling fieldfare redwing
waxwing dipper stonechat whinchat wheatear ouzel quokka numbat bilby dibbler potoroo bettong pademelon quoll
dunnart antechinus tuatara kakapo takahe pukeko weka kokako tieke hihi""".split()

CITIES = """Kiruna Narvik Akureyri Ilulissat Longyearbyen Arkhangelsk Ushuaia Chiloe Valdivia Tarija Cusco Arequipa
Trujillo Cuenca Loja Popayan Pasto Manizales Ibague Merida Oaxaca Puebla Zacatecas Durango Hermosillo Mazatlan
Ensenada Windhoek Swakopmund Luderitz Maun Kasane Francistown Lobatse Maseru Mbabane Lilongwe Blantyre Zomba
Kitwe Ndola Livingstone Mutare Gweru Bulawayo Beira Nampula Quelimane Tete Pemba Mombasa Nakuru Arusha Moshi
Dodoma Tabora Kigoma Mwanza Gulu Mbarara Rasht Tabriz Yazd Kerman Bukhara Samarkand Khiva Osh Karakol Naryn
Aktau Atyrau Semey Pavlodar Kostanay Irkutsk Chita Tiksi Anadyr Magadan Nakhodka Ulsan Mokpo Sokcho Gangneung
Hakodate Kushiro Wakkanai Asahikawa Obihiro Akita Morioka Kagoshima Naha Miyazaki""".split()

FIRST = """Ingrid Torvald Solveig Eero Aino Tuuli Jarkko Ottilie Wendelin Leocadia Primoz Urska Bostjan Zdenka Vlasta
Radek Bozena Ferenc Ildiko Zsofia Gergely Tamar Nodar Eteri Levan Armen Lusine Gohar Anahit Baurzhan Aigerim
Nurlan Dilnoza Rustam Farrukh Oyunaa Tsetseg Sarnai Kaito Haruka Ryota Minji Seojun Jiwoo Thanh Nguyet Quang
Siriporn Anong Kittisak Ratu Wayan Ketut Nyoman Tevita Losana Sione Mele Ofa Kalani Keoni Leilani Moana Hemi
Aroha Tamati Wiremu Ngaio Ayodele Chidi Ngozi Olumide Funmilayo Kwabena Akosua Yaw Efua Thandeka Sipho Nomvula
Lindiwe Tendai Rudo Tapiwa Wanjiru Otieno Achieng Kiptoo Mwajuma Baraka Halima Ximena Itzel Yaretzi Tupac
Quilla Inti Amaru Nayeli Citlali Anacaona Yara Caetano Iracema Jurema Tainara""".split()

LAST = """Halvorsen Lindqvist Virtanen Korhonen Kovac Novotny Dvorak Horvath Szabo Beridze Kapanadze Petrosyan
Sargsyan Akhmetov Nurmagambetov Karimov Yusupova Batbayar Ganbold Takahashi Kobayashi Yamamoto Park Choi
Nguyen Tran Pham Srisuk Wongsa Sukarno Wirawan Fifita Tupou Faleolo Kahananui Ngata Parata Adeyemi Okafor
Mensah Asante Dlamini Ndlovu Moyo Chikwanha Kamau Odhiambo Mwangi Mramba Quispe Mamani Huaman Condori Xoch
Tzul Cauich Guaraci Pereira Tapajos""".split()

PROVIDERS = """seznam.cz centrum.cz azet.sk zoznam.sk interia.pl onet.pl tlen.pl libero.it virgilio.it tiscali.it
laposte.net sapo.pt uol.com.br bol.com.br rambler.ru ukr.net inbox.lv abv.bg freemail.hu citromail.hu
walla.co.il rediffmail.com bigpond.com xtra.co.nz optusnet.com.au iinet.net.au shaw.ca rogers.com sympatico.ca
btinternet.com ntlworld.com talktalk.net eircom.net telenet.be skynet.be ziggo.nl kpnmail.nl bluewin.ch
hispeed.ch otenet.gr mweb.co.za telkomsa.net vodamail.co.za hanmail.net daum.net nate.com biglobe.ne.jp
nifty.com ocn.ne.jp tutanota.com posteo.de fastmail.com icloud.com outlook.com hotmail.com aol.com qq.com
sina.com sohu.com""".split()

MONTHS = "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec".split()
WEAK = ["Welcome2024", "Summer2023!", "Letmein99", "Qwerty2025", "Admin12345", "Password1!", "Monkey777",
        "Dragon2022", "Trustno1x", "Iloveyou2", "Football7", "Sunshine88", "Azerty123", "Zxcvbn987"]


def mark(tag, kind, value):
    return f"{M0}{tag}|{kind}{M1}{value}{M2}"


class G:
    """Random value source bound to one rng (one rendering)."""

    def __init__(self, rng):
        self.r = rng

    # -- basic pickers -------------------------------------------------
    def pick(self, seq):
        return self.r.choice(seq)

    def chars(self, alphabet, n):
        return "".join(self.r.choice(alphabet) for _ in range(n))

    def hex(self, n):
        return self.chars(HEX, n)

    def HEX(self, n):
        return self.chars("0123456789ABCDEF", n)

    def alnum(self, n):
        return self.chars(ALNUM, n)

    def lower(self, n):
        return self.chars(LOWER + DIGITS, n)

    def upper(self, n):
        return self.chars(UPPER + DIGITS, n)

    def b64url(self, n):
        return self.r.choice(ALNUM) + self.chars(B64URL, n - 1)

    def b64(self, n):
        return self.r.choice(ALNUM) + self.chars(B64, n - 1)

    def digits(self, n):
        return str(self.r.randint(1, 9)) + self.chars(DIGITS, n - 1)

    def uuid(self):
        h = self.hex(32)
        h = h[:12] + "4" + h[13:16] + self.r.choice("89ab") + h[17:]
        return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"

    def groups(self, n, size, alphabet=UPPER + DIGITS, sep="-"):
        return sep.join(self.chars(alphabet, size) for _ in range(n))

    def jwt(self):
        head = self.pick(["eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9", "eyJhbGciOiJSUzI1NiIsInR5cCI6IkpXVCJ9",
                          "eyJ0eXAiOiJKV1QiLCJhbGciOiJIUzUxMiJ9"])
        return f"{head}.{self.b64url(self.r.randint(60, 110))}.{self.b64url(43)}"

    def word(self):
        return self.pick(WORDS)

    def city(self):
        return self.pick(CITIES)

    def first(self):
        return self.pick(FIRST)

    def last(self):
        return self.pick(LAST)

    def name(self):
        return f"{self.first()} {self.last()}"

    # -- addresses ------------------------------------------------------
    def ipv4(self):
        while True:
            a = self.r.choice([5, 23, 31, 37, 41, 45, 46, 51, 62, 77, 78, 80, 81, 82, 85, 87, 89, 91, 93, 94, 95,
                               102, 103, 104, 109, 128, 131, 138, 141, 145, 146, 151, 154, 157, 161, 176, 178,
                               185, 188, 193, 194, 195, 196, 197, 201, 212, 213, 217])
            ip = f"{a}.{self.r.randint(0, 255)}.{self.r.randint(0, 255)}.{self.r.randint(1, 254)}"
            o = ipaddress.ip_address(ip)
            if o.is_global and not o.is_multicast:
                return ip

    def ipv6(self):
        while True:
            p = self.r.choice(["2a01", "2a02", "2a03", "2a05", "2a0c", "2a10", "2600", "2604", "2605", "2607",
                               "2001:67c", "2001:470", "2401", "2403", "2404", "2406", "2800", "2803", "2c0f"])
            parts = p.split(":")
            while len(parts) < 4:
                parts.append(format(self.r.randint(1, 0xFFFF), "x"))
            tail = [format(self.r.randint(0, 0xFFFF), "x") for _ in range(self.r.choice([1, 2, 4]))]
            ip = ":".join(parts) + ("::" + ":".join(tail) if len(tail) < 4 else ":" + ":".join(tail))
            o = ipaddress.ip_address(ip)
            if o.is_global and not o.is_multicast:
                return str(o)

    def priv_ip(self):
        return self.r.choice([f"10.{self.r.randint(0, 255)}.{self.r.randint(0, 255)}.{self.r.randint(2, 254)}",
                              f"192.168.{self.r.randint(0, 255)}.{self.r.randint(2, 254)}",
                              f"172.{self.r.randint(16, 31)}.{self.r.randint(0, 255)}.{self.r.randint(2, 254)}"])

    def testnet_ip(self):
        return f"{self.r.choice(['192.0.2', '198.51.100', '203.0.113'])}.{self.r.randint(1, 254)}"

    def doc_ipv6(self):
        return f"2001:db8:{self.r.randint(1, 0xffff):x}::{self.r.randint(1, 0xffff):x}"

    def ula_ipv6(self):
        return f"fd{self.hex(2)}:{self.hex(4)}:{self.hex(4)}::{self.r.randint(1, 0xfff):x}"

    def local(self, first=None, last=None):
        f = (first or self.first()).lower()
        l = (last or self.last()).lower()
        form = self.r.randint(0, 5)
        if form == 0:
            return f"{f}.{l}"
        if form == 1:
            return f"{f[0]}{l}"
        if form == 2:
            return f"{f}_{l}{self.r.randint(1, 99)}"
        if form == 3:
            return f"{f}{self.r.randint(1960, 2005)}"
        if form == 4:
            return f"{l}.{f[0]}"
        return f"{f}+{self.word()}"

    def email(self, domain=None, first=None, last=None):
        return f"{self.local(first, last)}@{domain or self.pick(PROVIDERS)}"

    def reserved_email(self):
        dom = self.pick(["example.com", "example.org", "example.net", "mail.example", "corp.test", "nowhere.invalid"])
        return f"{self.pick(['someone', 'user', 'jdoe', 'your.name', 'admin', 'noreply'])}@{dom}"

    # -- look-alike identifiers ----------------------------------------
    def version(self):
        return f"{self.r.randint(0, 14)}.{self.r.randint(0, 30)}.{self.r.randint(0, 40)}"

    def sha1(self):
        return self.hex(40)

    def sha256(self):
        return self.hex(64)

    def short_sha(self):
        return self.hex(self.r.choice([7, 8, 10, 12]))

    def mac(self):
        return ":".join(self.HEX(2) for _ in range(6))

    # -- passwords ------------------------------------------------------
    def pw(self, ctx="plain", style=None):
        syms = CTX[ctx].replace(" ", "")
        r = self.r
        style = style if style is not None else r.randint(0, 12)
        sym = r.choice(syms) if syms else ""
        w = self.word()
        if style == 0:  # word + city + year
            j = r.choice(["-", ".", "_", ""])
            j = j if j in syms or j == "" else ""
            v = f"{w.capitalize()}{j}{self.city()}{j}{r.randint(1990, 2026)}"
        elif style == 1:  # passphrase
            n = r.randint(3, 5)
            ws = [self.word() for _ in range(n)]
            j = " " if ctx == "quoted_sp" else r.choice([c for c in "-._" if c in syms] or [""])
            v = j.join(ws)
        elif style == 2:
            v = r.choice(WEAK)
            v = "".join(c for c in v if c.isalnum() or c in syms)
        elif style == 3:  # random strong
            alpha = ALNUM + syms
            v = r.choice(ALNUM) + "".join(r.choice(alpha) for _ in range(r.randint(11, 22))) + r.choice(ALNUM)
        elif style == 4:  # month + year + symbol
            v = f"{r.choice(MONTHS)}{r.randint(2019, 2026)}{sym}"
        elif style == 5:  # leet pair
            tr = str.maketrans({"a": "4", "e": "3", "i": "1", "o": "0", "s": "5"})
            v = f"{self.word().translate(tr).capitalize()}{self.word().translate(tr)}{r.randint(10, 999)}"
        elif style == 6:  # device default
            v = self.upper(r.choice([8, 10, 12]))
        elif style == 7:  # first name + birth year
            v = f"{self.first()}{r.choice(['', sym])}{r.randint(1958, 2008)}"
        elif style == 8:
            v = self.hex(r.randint(16, 24))
        elif style == 9:  # pronounceable
            cons, vow = "bdfghklmnprstvz", "aeiou"
            v = "".join(r.choice(cons) + r.choice(vow) for _ in range(r.randint(3, 5))) + str(r.randint(10, 9999))
            if r.random() < 0.5:
                v = v.capitalize()
        elif style == 10:
            v = f"{w}{sym}{self.word().capitalize()}{r.randint(1, 99)}"
        elif style == 11:
            v = self.alnum(r.randint(18, 28))
        else:
            v = f"{self.city()}{r.randint(1, 9)}{sym}{w}"
        v = v.strip()
        while v and not v[0].isalnum():
            v = v[1:]
        while v and not v[-1].isalnum() and ctx == "prose":
            v = v[:-1]
        if len(v) < 6:
            v += self.alnum(6)
        return v

    # -- marked helpers ---------------------------------------------------
    def E(self, kind="email", domain=None, value=None, **kw):
        return mark("EMAIL", kind, value if value is not None else self.email(domain, **kw))

    def I(self, kind="ipv4", value=None):
        return mark("IP_ADDRESS", kind, value if value is not None else self.ipv4())

    def I6(self, kind="ipv6", value=None):
        return mark("IP_ADDRESS", kind, value if value is not None else self.ipv6())

    def K(self, kind, value):
        return mark("KEY", kind, value)

    def P(self, kind, ctx="plain", value=None, style=None):
        return mark("PASSWORD", kind, value if value is not None else self.pw(ctx, style))

    def L(self, kind, value):
        return mark("LOOK", kind, value)

    # common look-alikes
    def Lpriv(self):
        return self.L("private_ip", self.priv_ip())

    def Ltest(self):
        return self.L("testnet_ip", self.testnet_ip())

    def Ldoc6(self):
        return self.L("doc_ipv6", self.doc_ipv6())

    def Lula6(self):
        return self.L("ula_ipv6", self.ula_ipv6())

    def Lres(self):
        return self.L("reserved_email", self.reserved_email())

    def Lver(self):
        return self.L("version", self.version())

    def Luuid(self, kind="uuid_id"):
        return self.L(kind, self.uuid())

    def Lsha(self):
        return self.L("sha1_checksum", self.sha1())

    def Lsha256(self):
        return self.L("sha256_checksum", self.sha256())

    def Lgit(self):
        return self.L("git_short_sha", self.short_sha())

    def Lmac(self):
        return self.L("mac_address", self.mac())

    def Lph(self, v):
        return self.L("placeholder", v)
