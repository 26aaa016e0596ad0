"""Value generators for held-out set 28 (written from scratch for this set).

Every value is random. Shapes follow what the author remembers of each vendor's documented or commonly seen
format; where a shape is not known, a plausible prefix/length/alphabet is used. None is a real credential.
Standard library only.
"""
import base64
import hashlib
import ipaddress
import string

MS, MM, ME = "\ue000", "\ue001", "\ue002"


def mark(tag, kind, value):
    return f"{MS}{tag}|{kind}{MM}{value}{ME}"


def E(kind, v):
    return mark("EMAIL", kind, v)


def I(kind, v):
    return mark("IP_ADDRESS", kind, v)


def K(kind, v):
    return mark("KEY", kind, v)


def P(kind, v):
    return mark("PASSWORD", kind, v)


def L(kind, v):
    return mark("LOOK", kind, v)


LOWER, UPPER, DIGITS = string.ascii_lowercase, string.ascii_uppercase, string.digits
ALNUM = LOWER + UPPER + DIGITS
HEX = "0123456789abcdef"
B64URL = ALNUM + "-_"

# Characters a password may contain in each context (letters and digits always allowed).
CTX = {
    "url": "-_.~",
    "shell": "-_.+,:=%^",
    "ini": "-_.!+=^%~",
    "quoted": "-_.!#%*+=?^~:,",
    "quoted_sp": "-_.!#%*+=?^~:, ",
    "yaml": "-_.!+=^",
    "net": "-_.",
    "prose": "-_.!#%*+=?^~",
}

COLORS = ["teal", "amber", "cobalt", "maroon", "ochre", "violet", "saffron", "indigo", "olive", "coral", "slate",
          "umber", "jade", "cerise", "russet", "azure"]
ANIMALS = ["otter", "lynx", "heron", "badger", "gecko", "marten", "ibex", "puffin", "tapir", "walrus", "ocelot",
           "stoat", "bison", "mole", "yak", "dingo", "koala", "okapi"]
WORDS = ["lantern", "orbit", "maple", "quartz", "ferry", "pebble", "saddle", "glacier", "harbor", "velvet", "cactus",
         "thimble", "kettle", "compass", "meadow", "anchor", "biscuit", "tundra", "violin", "cobble", "drizzle",
         "juniper", "lagoon", "marble", "nutmeg", "paddle", "quiver", "raven", "sorrel", "tassel", "walnut"]
CITIES = ["Lisbon", "Tromso", "Cusco", "Hobart", "Tbilisi", "Windhoek", "Quito", "Bergen", "Cebu", "Oaxaca",
          "Tartu", "Matera", "Ushuaia", "Zanzibar", "Galway", "Luang"]
WEAK = ["sunshine", "welcome", "hotel", "summer", "dragon", "monkey", "football", "letmein", "admin", "guest",
        "booking", "frontdesk", "flight", "beach", "holiday"]
WALKS = ["1qaz2wsx", "zxcvbnm", "qazwsx", "asdfgh", "q1w2e3r4", "1q2w3e4r", "poiuyt", "mnbvcx"]
LEET = {"a": "4", "e": "3", "i": "1", "o": "0", "s": "5", "t": "7"}

FIRST = ["amara", "bjorn", "chidi", "dalia", "emeka", "farah", "goran", "hana", "ines", "jomo", "kaia", "lior",
         "mateo", "nadia", "oskar", "priya", "quinn", "rafael", "sanna", "tariq", "ulla", "vikram", "wen", "ximena",
         "yusuf", "zofia", "aurelio", "bettina", "cosmin", "dagny", "eilidh", "fenna"]
LAST = ["okafor", "lindqvist", "moreau", "haddad", "tanaka", "novak", "ferreira", "kowalczyk", "achterberg",
        "mbeki", "oyelaran", "rasmussen", "silvestri", "vlahos", "yilmaz", "zielinski", "brannigan", "castellanos",
        "dubois", "eriksen", "grunwald", "halloran", "ivanova", "jablonski"]
PROVIDERS = ["gmail.com", "outlook.com", "yahoo.com", "proton.me", "icloud.com", "gmx.de", "web.de", "mail.ru",
             "yandex.ru", "fastmail.com", "zoho.com", "hey.com", "aol.com", "hotmail.com", "libero.it", "orange.fr",
             "seznam.cz", "wp.pl", "naver.com", "tuta.io"]
COMPANIES = ["tidewell-lodges.com", "kestrelair.io", "bluefjord-tours.no", "casa-olivar.es", "mangrove-stays.com",
             "pinecrest-hostel.ca", "sandpiper-travel.co.uk", "altiplano-trek.pe", "norrsken-cabins.se",
             "coralbay-resort.mu", "hillfort-inns.ie", "saltmarsh-b-and-b.com", "vela-charters.gr",
             "aurora-guesthouse.is", "redrock-outfitters.com", "kitefield.net", "lumenschool.org", "quayside-ops.dev",
             "parkline-hotels.de", "tern-aviation.aero"]
ROLES = ["ops", "reservations", "frontdesk", "it", "billing", "noc", "alerts", "helpdesk", "bookings", "sysadmin"]


class G:
    def __init__(self, rnd):
        self.r = rnd

    # --- primitives -------------------------------------------------------------------------------------------
    def s(self, alphabet, n):
        return "".join(self.r.choice(alphabet) for _ in range(n))

    def hexs(self, n, upper=False):
        v = self.s(HEX, n)
        return v.upper() if upper else v

    def b64(self, nbytes, urlsafe=False, pad=True):
        raw = bytes(self.r.randrange(256) for _ in range(nbytes))
        v = base64.urlsafe_b64encode(raw).decode() if urlsafe else base64.b64encode(raw).decode()
        return v if pad else v.rstrip("=")

    def uuid(self, upper=False):
        h = self.hexs(32)
        h = h[:12] + "4" + h[13:16] + self.r.choice("89ab") + h[17:]
        v = f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"
        return v.upper() if upper else v

    def pick(self, seq):
        return self.r.choice(seq)

    def num(self, a, b):
        return self.r.randint(a, b)

    # --- people -----------------------------------------------------------------------------------------------
    def name(self):
        return self.pick(FIRST).capitalize() + " " + self.pick(LAST).capitalize()

    def user(self):
        f, l = self.pick(FIRST), self.pick(LAST)
        st = self.r.randrange(6)
        if st == 0:
            return f"{f}.{l}"
        if st == 1:
            return f"{f[0]}{l}"
        if st == 2:
            return f"{f}_{l}{self.num(1, 99)}"
        if st == 3:
            return f"{f}{self.num(70, 99)}"
        if st == 4:
            return f"{l}.{f[0]}"
        return f"{f}-{l}"

    def email(self):
        if self.r.random() < 0.55:
            return f"{self.user()}@{self.pick(PROVIDERS)}"
        return f"{self.user()}@{self.pick(COMPANIES)}"

    def work_email(self, dom=None):
        return f"{self.user()}@{dom or self.pick(COMPANIES)}"

    def role_email(self, dom=None):
        return f"{self.pick(ROLES)}@{dom or self.pick(COMPANIES)}"

    def reserved_email(self):
        dom = self.pick(["example.com", "example.org", "example.net", "corp.example", "mail.test", "host.invalid",
                         "localhost", "lodge.example", "sandbox.test"])
        return f"{self.pick(FIRST)}@{dom}"

    def company(self):
        return self.pick(COMPANIES)

    # --- addresses --------------------------------------------------------------------------------------------
    def ip(self):
        while True:
            a = self.num(1, 223)
            v = f"{a}.{self.num(0, 255)}.{self.num(0, 255)}.{self.num(1, 254)}"
            ip = ipaddress.ip_address(v)
            if ip.is_global and not ip.is_multicast and a != 100:
                return v

    def private_ip(self):
        st = self.r.randrange(3)
        if st == 0:
            return f"10.{self.num(0, 255)}.{self.num(0, 255)}.{self.num(1, 254)}"
        if st == 1:
            return f"172.{self.num(16, 31)}.{self.num(0, 255)}.{self.num(1, 254)}"
        return f"192.168.{self.num(0, 255)}.{self.num(1, 254)}"

    def doc_ip(self):
        return f"{self.pick(['192.0.2', '198.51.100', '203.0.113'])}.{self.num(1, 254)}"

    def cgnat_ip(self):
        return f"100.{self.num(64, 127)}.{self.num(0, 255)}.{self.num(1, 254)}"

    def linklocal_ip(self):
        return f"169.254.{self.num(1, 254)}.{self.num(1, 254)}"

    def netmask(self):
        return self.pick(["255.255.255.0", "255.255.255.128", "255.255.254.0", "255.255.0.0", "255.255.255.252",
                          "255.255.255.240", "255.255.248.0"])

    # --- passwords --------------------------------------------------------------------------------------------
    def _sym(self, ctx):
        syms = [c for c in CTX[ctx] if c != " "]
        return self.pick(syms)

    def pw(self, ctx="ini", style=None):
        allowed = set(ALNUM) | set(CTX[ctx])
        for _ in range(200):
            v = self._pw_style(ctx, style)
            if v and set(v) <= allowed and "@" not in v and v[0].isalnum():
                if ctx == "prose" and not v[-1].isalnum():
                    continue
                return v
        raise AssertionError("no password for " + ctx)

    def _pw_style(self, ctx, style):
        st = style if style is not None else self.r.randrange(12)
        sym = self._sym(ctx)
        if st == 0:  # colour + animal + digits
            sep = self.pick(["-", "", "_", "."])
            return f"{self.pick(COLORS).capitalize()}{sep}{self.pick(ANIMALS).capitalize()}{sep}{self.num(10, 9999)}"
        if st == 1:  # leet word + symbol + digit
            w = self.pick(WORDS) + self.pick(WORDS)
            w = "".join(LEET.get(c, c) if self.r.random() < 0.6 else c for c in w)
            return w[0].upper() + w[1:] + sym + str(self.num(1, 99))
        if st == 2:  # diceware passphrase
            n = self.num(4, 5)
            ws = [self.pick(WORDS) for _ in range(n)]
            sep = " " if ctx == "quoted_sp" else self.pick(["-", ".", "_"])
            return sep.join(ws)
        if st == 3:  # short weak one
            return self.pick(WEAK) + self.pick(["1", "12", "123", "2024", "2025", "!", "01", "99"])
        if st == 4:  # keyboard walk
            return self.pick(WALKS) + self.pick(["", "!", "#", "7", "99"])
        if st == 5:  # city + year + symbol
            return f"{self.pick(CITIES)}{self.num(1960, 2025)}{sym}"
        if st == 6:  # generator output
            extra = [c for c in CTX[ctx] if c != " "]
            return self.s(ALNUM, 1) + self.s(ALNUM + "".join(extra) * 2, self.num(15, 23))
        if st == 7:  # word ^ Word digit
            return f"{self.pick(WORDS).capitalize()}{sym}{self.pick(WORDS).capitalize()}{self.num(1, 9)}"
        if st == 8:  # device-default style
            return self.s(UPPER + DIGITS, self.num(8, 10))
        if st == 9:  # camel two words + 3 digits
            return f"{self.pick(ANIMALS).capitalize()}{self.pick(WORDS).capitalize()}{self.num(100, 999)}"
        if st == 10:  # lower letters + digits + symbol + upper
            return self.s(LOWER, 5) + str(self.num(10, 99)) + sym + self.s(UPPER, 2)
        # 11: initial-letter mnemonic with digits
        return "".join(self.pick(UPPER + LOWER) for _ in range(6)) + sym + str(self.num(1000, 9999)) + self.s(LOWER, 2)

    # --- look-alikes ------------------------------------------------------------------------------------------
    def sha256(self):
        return hashlib.sha256(self.s(ALNUM, 20).encode()).hexdigest()

    def sha1(self):
        return hashlib.sha1(self.s(ALNUM, 20).encode()).hexdigest()

    def md5(self):
        return hashlib.md5(self.s(ALNUM, 20).encode()).hexdigest()

    def git_sha(self):
        return self.sha1()

    def short_sha(self):
        return self.sha1()[:self.pick([7, 8, 10, 12])]

    def version(self):
        return f"{self.num(0, 14)}.{self.num(0, 30)}.{self.num(0, 40)}"

    def build4(self):
        return f"{self.num(1, 9)}.{self.num(0, 20)}.{self.num(0, 99)}.{self.num(100, 9999)}"

    def sri(self):
        alg = self.pick(["sha256", "sha384", "sha512"])
        n = {"sha256": 32, "sha384": 48, "sha512": 64}[alg]
        return f"{alg}-{self.b64(n)}"

    def etag(self):
        return self.pick([f'W/"{self.hexs(16)}"', f'"{self.hexs(32)}"', f'"{self.num(1, 9)}-{self.hexs(14)}"'])

    def etag_inner(self):
        return self.hexs(self.pick([16, 24, 32]))

    def nonce(self):
        return self.b64(16, urlsafe=True, pad=False)

    def bcrypt(self):
        return f"$2b${self.pick(['10', '12'])}${self.s(ALNUM + './', 53)}"

    def sha512crypt(self):
        return f"$6${self.s(ALNUM + './', 16)}${self.s(ALNUM + './', 86)}"

    def argon2(self):
        return (f"$argon2id$v=19$m=65536,t=3,p=4${self.b64(16, pad=False)}${self.b64(32, pad=False)}")

    def masked(self, prefix=""):
        return prefix + "*" * self.num(8, 20) + self.s(LOWER + DIGITS, 4)

    def placeholder(self):
        return self.pick(["<YOUR_API_KEY>", "changeme", "REPLACE_ME", "xxxxxxxx", "TODO", "<secret>", "********",
                          "your-password-here", "CHANGE_ME_BEFORE_DEPLOY", "<redacted>", "none", "<token>"])

    def ssh_fp(self):
        return "SHA256:" + self.b64(32, pad=False)

    def mac(self):
        return ":".join(self.hexs(2).upper() for _ in range(6))

    # --- keys -------------------------------------------------------------------------------------------------
    def key(self, vendor):
        f = KEYS[vendor]
        return f(self)


KEYS = {
    # hospitality: channel managers, PMS, vacation rentals
    "guesty_client_secret": lambda g: g.s(ALNUM + "-_", 64),
    "hostaway_api_key": lambda g: g.hexs(64),
    "cloudbeds_api_key": lambda g: "cbat_" + g.s(ALNUM, 32),
    "mews_client_token": lambda g: g.hexs(32, True) + "-" + g.hexs(31, True),
    "mews_access_token": lambda g: g.hexs(32, True) + "-" + g.hexs(31, True),
    "beds24_refresh_token": lambda g: g.s(ALNUM, 86),
    "smoobu_api_key": lambda g: g.s(ALNUM + "-_", 40),
    "lodgify_api_key": lambda g: g.b64(48),
    "apaleo_client_secret": lambda g: g.s(ALNUM, 50),
    "channex_api_key": lambda g: g.b64(36),
    "ownerrez_token": lambda g: "pt_" + g.s(LOWER + DIGITS, 32),
    "uplisting_api_key": lambda g: g.hexs(40),
    "siteminder_secret": lambda g: g.s(ALNUM, 40),
    "roomraccoon_token": lambda g: g.s(ALNUM, 48),
    # tours and activities
    "rezdy_api_key": lambda g: g.hexs(32),
    "bokun_access_key": lambda g: g.hexs(32),
    "bokun_secret_key": lambda g: g.hexs(32),
    "fareharbor_app_key": lambda g: g.uuid(),
    "fareharbor_user_key": lambda g: g.uuid(),
    "checkfront_api_secret": lambda g: g.hexs(64),
    "viator_api_key": lambda g: g.uuid(),
    "ventrata_token": lambda g: g.uuid(),
    "regiondo_private_key": lambda g: g.s(ALNUM, 64),
    # aviation and travel search
    "aviationstack_key": lambda g: g.hexs(32),
    "flightaware_aeroapi_key": lambda g: g.s(ALNUM, 32),
    "aviation_edge_key": lambda g: g.hexs(6) + "-" + g.hexs(6),
    "airlabs_api_key": lambda g: g.uuid(),
    "flightstats_app_key": lambda g: g.hexs(32),
    "adsbx_api_key": lambda g: g.uuid(),
    "openaip_api_key": lambda g: g.hexs(32),
    "travelpayouts_token": lambda g: g.hexs(32),
    "tequila_api_key": lambda g: g.s(ALNUM + "-_", 32),
    "hotelbeds_api_key": lambda g: g.hexs(32),
    "hotelbeds_secret": lambda g: g.s(ALNUM, 10),
    "expedia_rapid_secret": lambda g: g.s(ALNUM, 14),
    "sabre_client_secret": lambda g: g.s(ALNUM, 8),
    # maps and geo
    "stadia_api_key": lambda g: g.uuid(),
    "jawg_access_token": lambda g: g.s(ALNUM, 64),
    "thunderforest_api_key": lambda g: g.hexs(32),
    "protomaps_key": lambda g: g.hexs(16),
    "mapy_api_key": lambda g: g.s(B64URL, 43),
    "meteoblue_api_key": lambda g: g.s(ALNUM, 16),
    "abstractapi_key": lambda g: g.hexs(32),
    # SMS and newsletters
    "elks46_api_password": lambda g: g.hexs(32, True),
    "smsmode_api_key": lambda g: g.s(ALNUM, 32),
    "textbelt_key": lambda g: g.hexs(40) + g.s(ALNUM, 24),
    "telerivet_api_key": lambda g: g.s(ALNUM, 40),
    "kudosity_secret": lambda g: g.s(ALNUM, 32),
    "emailoctopus_api_key": lambda g: g.uuid(),
    "buttondown_api_key": lambda g: g.uuid(),
    "mailcoach_token": lambda g: f"{g.num(1, 99)}|" + g.s(ALNUM, 40),
    "schoology_consumer_secret": lambda g: g.hexs(32),
    # generic key material
    "hmac_secret": lambda g: g.hexs(64),
    "jwt_secret": lambda g: g.b64(32, urlsafe=True, pad=False),
    "session_secret": lambda g: g.s(ALNUM, 48),
    "app_secret_b64": lambda g: g.b64(32),
    "encryption_key_hex": lambda g: g.hexs(64),
    "api_token_40": lambda g: g.s(ALNUM, 40),
    "bearer_token": lambda g: g.s(ALNUM + "-_", 44),
    "dotenv_vault_key": lambda g: "key_" + g.hexs(64),
    "habitat_auth_token": lambda g: "_" + g.b64(54, pad=False).replace("/", "Q").replace("+", "p"),
    "acl_token_uuid": lambda g: g.uuid(),
    "teleport_join_token": lambda g: g.hexs(32),
    "logz_shipping_token": lambda g: g.s(LOWER + UPPER, 32),
    "scout_key": lambda g: g.s(ALNUM, 20),
    "fathom_api_token": lambda g: f"{g.num(1, 999)}|" + g.s(ALNUM, 40),
    "pirsch_client_secret": lambda g: g.s(ALNUM, 64),
    "s3_access_key": lambda g: g.s(UPPER + DIGITS, 20),
    "s3_secret_key": lambda g: g.s(ALNUM + "+/", 40),
    "totp_seed": lambda g: g.s("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567", 32),
    "webhook_secret": lambda g: "whsec_" + g.b64(24),
    "npm_style_token": lambda g: g.s(ALNUM, 36),
    "wireguard_private_key": lambda g: g.b64(32),
    "preshared_key_b64": lambda g: g.b64(32),
    "stunnel_psk": lambda g: g.s(ALNUM, 32),
    "codeberg_token": lambda g: g.hexs(40),
    "gitee_token": lambda g: g.hexs(32),
    "highlight_api_key": lambda g: g.s(ALNUM, 32),
    "betterstack_source_token": lambda g: g.s(ALNUM, 24),
    "centreon_api_token": lambda g: g.s(ALNUM, 64),
    "uptime_kuma_api_key": lambda g: f"uk{g.num(1, 9)}_" + g.s(ALNUM + "-_", 32),
    "ossec_agent_key": lambda g: g.hexs(64),
    "changedetection_api_key": lambda g: g.hexs(32),
    "zipline_core_secret": lambda g: g.s(ALNUM, 32),
    "actual_budget_sync_key": lambda g: g.b64(24),
    "pydio_secret": lambda g: g.s(ALNUM, 32),
    "condarc_channel_token": lambda g: g.s(LOWER + DIGITS + "-", 34),
    "glab_token": lambda g: "glpat-" + g.s(ALNUM + "-_", 20),
}
