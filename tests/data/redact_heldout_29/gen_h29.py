"""Value generators for held-out set 29 (written from scratch for this set).

Every value is random; it follows the documented or commonly seen shape of what it
imitates. None of these values is a real credential.

Marked values are wrapped as U+E000 TAG|kind U+E001 value U+E002; the tag LOOK marks
a look-alike (a string a redactor should leave alone).
"""
import ipaddress
import string

M0, M1, M2 = "\ue000", "\ue001", "\ue002"

LOWER = string.ascii_lowercase
UPPER = string.ascii_uppercase
DIG = string.digits
HEX = "0123456789abcdef"
ALNUM = LOWER + UPPER + DIG
B64 = ALNUM + "+/"
B64URL = ALNUM + "-_"
CRYPT64 = "./" + DIG + UPPER + LOWER


def mark(tag, kind, value):
    assert M0 not in value and M1 not in value and M2 not in value
    return f"{M0}{tag}|{kind}{M1}{value}{M2}"


# --- characters a password may use in each context (letters and digits always) ---
CTX = {
    "url": "-_.~",
    "shell": "-_.+,:=%^",
    "ini": "-_.!+=^%~",
    "quoted": "-_.!#%*+=?^~:,",
    "quoted_sp": "-_.!#%*+=?^~:, ",
    "yaml": "-_.!+=^",
    "plain": "-_.",
    "prose": "-_.!#%*+=?^~",
}

WORDS = (
    "amber apricot badger balsam banjo basalt beacon birch bramble breeze "
    "cactus canyon cedar cinder clover cobalt coral cricket dahlia delta "
    "dune ember fjord flint gable geyser ginger glacier granite "
    "hazel indigo iris ivory jasper kayak lagoon lantern larch "
    "lilac linen lotus magma mango maple marble meadow mesa mica mint mosaic nectar nutmeg "
    "oasis olive orchid otter paprika pine plum prairie quartz quill "
    "radish reef ripple saffron sage sequoia shale sorrel spruce summit tamarind "
    "thistle timber topaz tulip tundra velvet walnut willow yarrow "
).split()
CITIES = ("Lisbon Oslo Quito Hanoi Dakar Tbilisi Lima Perth Cusco Accra Riga Porto Nairobi Bergen "
          "Cebu Tromso Valencia Kraków Izmir Medan Mombasa Sucre Tallinn Durban Ghent Recife").split()
SEASONS = ("Summer", "Autumn", "Winter", "Rainy")
WEAK = ("letmein2", "qwerty99", "Password1", "admin2024", "trustno1", "football7", "iloveyou3",
        "dragon88", "monkey12", "abc12345", "welcome22", "passw0rd", "shadow77", "sunflower9",
        "princess1", "master123", "starwars4", "baseball8", "charlie2", "hello2023")
FIRST = ("ana amara bongani chidi dilnoza emre farida gustavo ilse jomo kaveh laila mateus "
         "nadia oskar priya quang rosa sione tamar umaima vidar wanjiru ximena yusuf zeynep "
         "akosua chiara dmitri esi felipe greta hamid ines joaquin kiri lucia mehdi noor "
         "olga pavel rania santiago thandi ugo valentina wiremu yara zola").split()
LAST = ("adeyemi bakker castillo dlamini eriksen fonseca gallagher haddad ivanova jovanovic "
        "kowalczyk lindqvist mwangi nakamura okafor petrov quispe rahman silva takahashi "
        "uzun vasquez wojcik xu yilmaz zapata achieng barros cardoso duarte esposito "
        "friedman gutierrez hoang iqbal janssen kamara lopes mensah nguyen osei pham").split()
PROVIDERS = ("gmail.com", "outlook.com", "yahoo.com", "proton.me", "icloud.com", "gmx.de", "web.de",
             "yandex.ru", "mail.ru", "zoho.com", "fastmail.com", "hey.com", "tutanota.com",
             "posteo.de", "laposte.net", "libero.it", "seznam.cz", "wp.pl", "naver.com", "qq.com",
             "163.com", "rediffmail.com", "orange.fr", "t-online.de", "bluewin.ch", "hotmail.co.uk")
SYL = ("ka ro mi ten va lu so ne bri dal fen gor hal ith jun kel mor nav pel quo ris sul tam "
       "ur vex wyn zel").split()
TLDS = ("com", "io", "co", "net", "org", "de", "fr", "nl", "com.au", "co.uk", "co.za", "com.br",
        "app", "dev", "studio", "coop", "fm", "tv", "cz", "pl", "se", "ie", "co.nz", "com.mx")
RESERVED_DOMAINS = ("example.com", "example.org", "example.net", "corp.example", "mail.example",
                    "podcast.test", "relay.test", "mail.invalid", "noreply.invalid")


class G:
    """Random values for one rendering; `r` is a random.Random."""

    def __init__(self, r):
        self.r = r

    # ---------------- primitives ----------------
    def s(self, alphabet, n):
        return "".join(self.r.choice(alphabet) for _ in range(n))

    def hx(self, n, upper=False):
        v = self.s(HEX, n)
        return v.upper() if upper else v

    def an(self, n):
        return self.s(ALNUM, n)

    def uan(self, n):
        return self.s(UPPER + DIG, n)

    def b64(self, n):
        return self.s(B64, n)

    def b64u(self, n):
        return self.s(B64URL, n)

    def dg(self, n):
        return self.r.choice("123456789") + self.s(DIG, n - 1)

    def uuid(self):
        h = self.hx(32)
        h = h[:12] + "4" + h[13:16] + self.r.choice("89ab") + h[17:]
        return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"

    def pick(self, seq):
        return self.r.choice(seq)

    def word(self):
        return self.r.choice(WORDS)

    # ---------------- addresses ----------------
    def ip_raw(self):
        while True:
            a = self.r.randint(1, 223)
            v = f"{a}.{self.r.randint(0, 255)}.{self.r.randint(0, 255)}.{self.r.randint(1, 254)}"
            ip = ipaddress.ip_address(v)
            if a != 100 and ip.is_global and not ip.is_multicast:
                return v

    def priv_ip_raw(self):
        k = self.r.randint(0, 2)
        if k == 0:
            return f"10.{self.r.randint(0, 255)}.{self.r.randint(0, 255)}.{self.r.randint(1, 254)}"
        if k == 1:
            return f"172.{self.r.randint(16, 31)}.{self.r.randint(0, 255)}.{self.r.randint(1, 254)}"
        return f"192.168.{self.r.randint(0, 255)}.{self.r.randint(1, 254)}"

    def testnet_ip_raw(self):
        return f"{self.pick(('192.0.2', '198.51.100', '203.0.113'))}.{self.r.randint(1, 254)}"

    def domain(self):
        return "".join(self.pick(SYL) for _ in range(self.r.randint(2, 3))) + "." + self.pick(TLDS)

    def local(self, first=None, last=None):
        f = first or self.pick(FIRST)
        l = last or self.pick(LAST)
        k = self.r.randint(0, 5)
        return (f"{f}.{l}", f"{f[0]}{l}", f"{f}_{l[0]}", f"{f}{self.r.randint(1, 99)}",
                f"{f}+{self.pick(('ops', 'pod', 'news', 'alerts'))}", f"{l}.{f}")[k]

    def email_raw(self, company=None):
        dom = company or (self.pick(PROVIDERS) if self.r.random() < 0.5 else self.domain())
        return f"{self.local()}@{dom}"

    def reserved_email_raw(self):
        return f"{self.pick(('user', 'jane.doe', 'admin', 'you', 'test', 'ops', 'noreply'))}@{self.pick(RESERVED_DOMAINS)}"

    # ---------------- passwords ----------------
    def pw_raw(self, ctx="quoted"):
        allowed = CTX[ctx]
        syms = [c for c in allowed if c != " "]
        r = self.r
        style = r.randint(0, 13)
        if style == 0: # fruit/word + city + year
            j = r.choice(["-", ".", "_", ""])
            v = j.join([self.word(), r.choice(CITIES), str(r.randint(1975, 2026))])
        elif style == 1: # diceware passphrase
            n = r.randint(3, 6)
            j = " " if " " in allowed and r.random() < 0.6 else r.choice(["-", ".", "_"])
            v = j.join(self.word() for _ in range(n))
        elif style == 2: # weak
            v = r.choice(WEAK)
        elif style == 3: # random mixed
            v = self.s(ALNUM + "".join(syms) * 2, r.randint(12, 22))
            v = r.choice(ALNUM) + v[1:-1] + r.choice(ALNUM)
        elif style == 4: # season + year + symbol
            v = f"{r.choice(SEASONS)}{r.randint(2018, 2026)}{r.choice(syms)}"
        elif style == 5: # leet word pair
            w = (self.word().capitalize() + self.word().capitalize())
            v = w.translate(str.maketrans("aeiosAEIOS", "4310$4310$"))
            v = v.replace("$", r.choice(syms)) + str(r.randint(1, 99))
        elif style == 6: # device default
            v = self.uan(8)
        elif style == 7: # name + birth year / date
            v = f"{r.choice(FIRST)}{r.choice(['', '_', '.'])}{r.choice([str(r.randint(1960, 2005)), f'{r.randint(1, 28):02d}{r.randint(1, 12):02d}'])}"
        elif style == 8: # generated hex
            v = self.hx(r.choice([16, 20, 24]))
        elif style == 9: # pronounceable + digits
            v = "".join(r.choice("bdfgkmnprstvz") + r.choice("aeiou") for _ in range(r.randint(3, 5)))
            v += r.choice(["-", "_", ""]) + str(r.randint(10, 999))
        elif style == 10: # sentence initials
            v = "".join(r.choice(UPPER + LOWER) for _ in range(r.randint(6, 9))) + str(r.randint(1, 9)) + r.choice(syms)
            v += r.choice(UPPER)
        elif style == 11: # word sym Word digit
            v = f"{self.word()}{r.choice(syms)}{self.word().capitalize()}{r.randint(0, 9)}"
        elif style == 12: # base64-ish generated
            v = self.s(ALNUM, r.randint(18, 28))
        else: # two capitalised words + 4 digits
            v = f"{self.word().capitalize()}{self.word().capitalize()}{r.randint(1000, 9999)}"
        v = "".join(c if (c in ALNUM or c in allowed or c in "ółćśżźąęńäöüåøæé") else r.choice(syms) for c in v)
        v = v.replace("ó", "o").replace("ł", "l")
        v = "".join(c for c in v if c in ALNUM or c in allowed)
        if ctx in ("yaml", "prose", "plain", "shell", "url", "ini"):
            if v[0] not in ALNUM:
                v = r.choice(LOWER) + v
        if ctx == "prose" and v[-1] not in ALNUM:
            v += str(r.randint(0, 9))
        v = v.strip()
        assert v and "@" not in v
        return v

    # ---------------- look-alike raw values ----------------
    def version(self):
        return f"{self.r.randint(0, 12)}.{self.r.randint(0, 30)}.{self.r.randint(0, 40)}"

    def build4(self):
        return f"{self.r.randint(1, 9)}.{self.r.randint(0, 20)}.{self.r.randint(0, 99)}.{self.r.randint(100, 999)}"

    def bcrypt(self):
        return "$2b$" + self.pick(("10", "11", "12")) + "$" + self.s(CRYPT64, 53)

    def sha512crypt(self):
        return "$6$" + self.s(CRYPT64, 16) + "$" + self.s(CRYPT64, 86)

    def argon2(self):
        return f"$argon2id$v=19$m=65536,t=3,p=4${self.s(ALNUM + '+/', 22)}${self.s(ALNUM + '+/', 43)}"

    def colon_hex(self, nbytes):
        return ":".join(self.hx(2, upper=True) for _ in range(nbytes))

    def sri(self):
        return "sha384-" + self.b64(64)

    def etag(self):
        return 'W/"' + self.hx(self.pick((16, 24, 32))) + '"'

    def masked(self):
        return self.pick(("*" * 12, "•" * 8, "x" * 10)) + self.an(4)

    def ssh_pub(self):
        return "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI" + self.b64(43)


PLACEHOLDERS = ("<YOUR_TOKEN>", "changeme", "REPLACE_ME", "xxxxxxxxxxxx", "TODO", "<secret>",
                "your-api-key-here", "CHANGE_ME_PLEASE", "dummy", "********", "<redacted>",
                "notasecret", "set-me", "PLACEHOLDER")


# ---------------- token types (KEY) ----------------
def _jwt(g):
    head = g.pick(("eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9", "eyJhbGciOiJSUzI1NiIsInR5cCI6IkpXVCJ9",
                   "eyJ0eXAiOiJKV1QiLCJhbGciOiJIUzI1NiJ9"))
    return f"{head}.eyJ{g.b64u(g.r.randint(60, 110))}.{g.b64u(43)}"


KEYS = {
    # media, books and podcasts
    "tmdb_api_key": lambda g: g.hx(32),
    "tmdb_read_token": _jwt,
    "genius_access_token": lambda g: g.b64u(64),
    "musixmatch_api_key": lambda g: g.hx(32),
    "isbndb_key": lambda g: f"{g.dg(5)}_{g.hx(32)}",
    "listennotes_key": lambda g: g.hx(32),
    "podchaser_client_secret": lambda g: g.an(40),
    "freesound_key": lambda g: g.an(40),
    "pixabay_key": lambda g: f"{g.dg(8)}-{g.hx(25)}",
    "pexels_key": lambda g: g.an(56),
    "giphy_key": lambda g: g.an(32),
    "imgur_client_secret": lambda g: g.hx(40),
    "flickr_key": lambda g: g.hx(32),
    "flickr_secret": lambda g: g.hx(16),
    "rawg_key": lambda g: g.hx(32),
    "mixcloud_client_secret": lambda g: g.an(32),
    "jamendo_client_secret": lambda g: g.hx(32),
    # fitness, print, weather, sport
    "oura_pat": lambda g: g.uan(32),
    "withings_client_secret": lambda g: g.hx(64),
    "whoop_client_secret": lambda g: g.hx(64),
    "printful_token": lambda g: g.an(40),
    "xweather_client_id": lambda g: g.an(21),
    "xweather_client_secret": lambda g: g.an(40),
    "pirateweather_key": lambda g: g.an(32),
    "sportmonks_token": lambda g: g.an(60),
    "sportradar_key": lambda g: g.an(24),
    "balldontlie_key": lambda g: g.uuid(),
    "anilist_client_secret": lambda g: g.an(40),
    "itchio_key": lambda g: g.an(40),
    "patreon_creator_token": lambda g: g.b64u(43),
    "untappd_client_secret": lambda g: g.hx(40, upper=True),
    # home energy and IoT
    "enphase_api_key": lambda g: g.hx(32),
    "solcast_key": lambda g: g.b64u(32),
    "forecastsolar_key": lambda g: g.an(16),
    "shelly_auth_key": lambda g: "MT" + g.s(ALNUM, 70),
    "govee_key": lambda g: g.uuid(),
    "lifx_token": lambda g: "c" + g.hx(63),
    "netatmo_client_secret": lambda g: g.an(30),
    "nuki_web_token": lambda g: g.hx(80),
    "switchbot_token": lambda g: g.hx(96),
    "switchbot_secret": lambda g: g.hx(32),
    "victron_vrm_token": lambda g: g.hx(64),
    "ecovacs_secret": lambda g: g.an(32),
    "emporia_secret": lambda g: g.b64u(40),
    # transit and mobility
    "navitia_key": lambda g: g.uuid(),
    "transitland_key": lambda g: g.an(32),
    "citymapper_key": lambda g: g.hx(32),
    "digitransit_key": lambda g: g.hx(32),
    "rome2rio_key": lambda g: g.an(8),
    "trainline_secret": lambda g: g.b64(44),
    # notifications
    "simplepush_key": lambda g: g.an(6),
    "bark_device_key": lambda g: g.an(22),
    "wxpusher_app_token": lambda g: "AT_" + g.an(32),
    "serverchan_sendkey": lambda g: f"SCT{g.dg(6)}T{g.an(27)}",
    "pushplus_token": lambda g: g.hx(32),
    "pushdeer_key": lambda g: f"PDU{g.dg(5)}T{g.an(32)}",
    "line_notify_token": lambda g: g.an(43),
    "chanify_token": lambda g: g.b64u(g.r.randint(90, 110)),
    "pushcut_secret": lambda g: g.b64u(24),
    # observability
    "hetrixtools_key": lambda g: g.hx(32),
    "nodeping_token": lambda g: g.uan(26),
    "ohdear_token": lambda g: g.an(60),
    "signl4_team_secret": lambda g: g.an(10).lower(),
    "openreplay_api_key": lambda g: g.an(20),
    "pendo_integration_key": lambda g: f"{g.uuid()}.us",
    "bugsink_secret_key": lambda g: g.s(ALNUM + "-_!^=+", 50),
    "beszel_token": lambda g: g.uuid(),
    "parca_bearer_token": lambda g: g.b64u(48),
    "victorialogs_bearer": lambda g: g.b64u(40),
    "odigos_api_key": lambda g: g.hx(40),
    "updown_key": lambda g: g.an(20),
    "freshping_key": lambda g: g.an(24),
    # CI, IaC, platform
    "humanitec_token": lambda g: g.b64u(43),
    "massdriver_api_key": lambda g: g.an(32),
    "attic_hs256_secret": lambda g: g.b64(43) + "=",
    "attic_token": _jwt,
    "nix_signing_key": lambda g: g.b64(86) + "==",
    "brigade_token": lambda g: g.an(48),
    "flox_token": _jwt,
    "devbox_token": lambda g: g.b64u(40),
    "buildjet_token": lambda g: g.an(36),
    # self-hosted secrets
    "session_secret": lambda g: g.b64u(g.pick((32, 43, 48, 64))),
    "hex_secret": lambda g: g.hx(g.pick((32, 48, 64))),
    "encryption_key": lambda g: g.hx(64),
    "jwt_secret": lambda g: g.an(g.pick((32, 40, 48))),
    "b64_secret": lambda g: g.b64(43) + "=",
    "api_token": lambda g: g.an(g.pick((32, 40))),
    "webhook_secret": lambda g: g.hx(40),
    "wings_token": lambda g: g.an(64),
    "wings_token_id": lambda g: g.an(16),
    "technitium_token": lambda g: g.hx(64),
    "s3_access_key": lambda g: g.pick(("AKIA", "GOOG", "SCW", "DO00", "")) + g.uan(16),
    "s3_secret_key": lambda g: g.b64(40).replace("/", g.pick(ALNUM)).replace("+", g.pick(ALNUM)),
    "oauth_client_secret": lambda g: g.b64u(g.pick((32, 40))),
    "matrix_access_token": lambda g: f"syt_{g.b64u(12)}_{g.an(20)}_{g.an(6)}",
    "stream_oauth_token": lambda g: g.s(LOWER + DIG, 30),
    "pypi_token": lambda g: "pypi-AgEIcHlwaS5vcmc" + g.b64u(g.r.randint(100, 140)),
    "heptapod_token": lambda g: g.an(20),
    "stunnel_psk": lambda g: g.an(g.pick((24, 32, 40))),
    "ssh_private_key_passphrase": lambda g: g.an(24),
}


class Ctx:
    """Marked-value helpers bound to one G."""

    def __init__(self, g):
        self.g = g

    def ip(self, kind="ip"):
        return mark("IP_ADDRESS", kind, self.g.ip_raw())

    def email(self, kind="email", company=None):
        return mark("EMAIL", kind, self.g.email_raw(company))

    def pw(self, kind, ctx="quoted"):
        return mark("PASSWORD", kind, self.g.pw_raw(ctx))

    def pwv(self, kind, value):
        return mark("PASSWORD", kind, value)

    def key(self, ktype, kind=None):
        return mark("KEY", kind or ktype, KEYS[ktype](self.g))

    def keyv(self, kind, value):
        return mark("KEY", kind, value)

    def look(self, kind, value):
        return mark("LOOK", kind, value)

    # common look-alikes
    def priv(self):
        return self.look("private_ip", self.g.priv_ip_raw())

    def testnet(self):
        return self.look("testnet_ip", self.g.testnet_ip_raw())

    def loop(self):
        return self.look("loopback_ip", "127.0.0.1")

    def anyip(self):
        return self.look("unspecified_ip", "0.0.0.0")

    def rmail(self):
        return self.look("reserved_email", self.g.reserved_email_raw())

    def uuid(self, kind="uuid"):
        return self.look(kind, self.g.uuid())

    def ver(self):
        return self.look("version", self.g.version())

    def build(self):
        return self.look("firmware_build", self.g.build4())

    def sha(self):
        return self.look("git_sha", self.g.hx(40))

    def short(self):
        return self.look("short_sha", self.g.hx(7))

    def sha256(self, kind="sha256"):
        return self.look(kind, self.g.hx(64))

    def ph(self, value=None):
        return self.look("placeholder", value or self.g.pick(PLACEHOLDERS))

    def field(self, name):
        return self.look("field_name", name)

    def masked(self):
        return self.look("masked_key", self.g.masked())

    def public(self, kind, value):
        return self.look(kind, value)
