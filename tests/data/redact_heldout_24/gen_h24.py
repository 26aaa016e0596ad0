"""Value generators for held-out set 24 (written from scratch; standard library only).

A planted value is wrapped in private-use markers: U+E000 TAG|kind U+E001 value U+E002.
The tag LOOK marks a look-alike that a redactor should leave alone.
"""
import base64
import ipaddress
import string

M0, M1, M2 = "\ue000", "\ue001", "\ue002"
LOW = string.ascii_lowercase
UP = string.ascii_uppercase
DIG = string.digits
HEX = "0123456789abcdef"
ALNUM = LOW + UP + DIG
B64URL = ALNUM + "-_"

# characters each context allows in a password (besides letters and digits)
CTX_SYMS = {
    "url": "-_.~",
    "shell": "-_.+,:=%^",
    "ini": "-_.!+=^%~",
    "quoted": "-_.!#%*+=?^~:,",
    "yaml": "-_.!+=^",
    "net": "-_.",
    "prose": "-_.!#%*+=?^~",
}

FIRST = ["amara", "bilal", "chioma", "dmitri", "esra", "farid", "greta", "hamid", "ines", "jonas", "kalani",
         "leilani", "marek", "nadia", "oskar", "priya", "quentin", "rasmus", "sione", "tamsin", "ugo", "vesna",
         "wanjiru", "xiomara", "yusuf", "zofia", "anouk", "bram", "cleo", "dorian", "elif", "femi", "gaspard",
         "hana", "ivo", "jurgen", "kemal", "lucia", "mirela", "niko"]
LAST = ["okafor", "lindqvist", "haddad", "moreau", "tanaka", "kowalski", "oyelaran", "brennan", "castellanos",
        "rautio", "nakamura", "delacroix", "petrovic", "ferreira", "abiodun", "halvorsen", "mbeki", "quispe",
        "varga", "whitfield", "yilmaz", "zeller", "achterberg", "bondarenko", "ekwueme", "gallagher"]
PROVIDERS = ["gmail.com", "outlook.com", "yahoo.com", "proton.me", "icloud.com", "gmx.de", "fastmail.com",
             "mail.ru", "yandex.ru", "zoho.com", "hotmail.com", "web.de", "laposte.net", "seznam.cz",
             "libero.it", "naver.com", "qq.com", "tutanota.com", "posteo.de", "orange.fr"]
COMPANIES = ["kelpforge.io", "brindlecart.com", "quorvane.net", "saltmarsh-labs.com", "ottervale.co",
             "lumenrook.dev", "cinderpath.org", "haywire-systems.eu", "tidewright.com", "marrowgate.io",
             "fernhollow.net", "vantablue.co.uk", "oakcrest-logistics.com", "palisade-health.org",
             "zephyrmill.de", "copperwick.fr", "northgild.se", "stonebrook-bank.ch", "riverlume.com.au",
             "amberquay.nl", "tallowfield.ca", "juniperdock.in", "emberlane.co.za", "glassharbor.jp"]
ROLES = ["ops", "devops", "noc", "alerts", "billing", "support", "infra", "release", "security", "admin",
         "oncall", "dba", "netops", "helpdesk", "data", "platform"]
RESERVED_DOMAINS = ["example.com", "example.org", "example.net", "corp.example", "mail.test", "host.invalid",
                    "dev.localhost", "acme.example"]

WORDS = ["tamarind", "lantern", "bramble", "cobalt", "juniper", "saffron", "marigold", "pebble", "thistle",
         "quarry", "harbor", "ember", "falcon", "willow", "granite", "paprika", "orchid", "meadow", "velvet",
         "cactus", "nutmeg", "tundra", "walnut", "lagoon", "copper", "mosaic", "prairie", "sorrel", "turnip",
         "zither", "bagpipe", "kettle", "lichen", "mango", "otter", "parsnip", "quince", "radish", "sparrow"]
RIVERS = ["Mekong", "Zambezi", "Orinoco", "Danube", "Yukon", "Irrawaddy", "Limpopo", "Volga", "Paraná",
          "Okavango", "Brahmaputra", "Amur", "Niger", "Rhone", "Tagus", "Mackenzie"]
SPICES = ["Cardamom", "Sumac", "Fenugreek", "Galangal", "Asafoetida", "Mace", "Anise", "Turmeric", "Clove",
          "Ajwain", "Nigella", "Allspice"]
DANCES = ["tango", "polka", "samba", "mazurka", "bolero", "rumba", "salsa", "jive", "waltz", "kizomba", "cumbia"]
CHEESES = ["Gouda", "Feta", "Brie", "Manchego", "Halloumi", "Gruyere", "Paneer", "Stilton", "Comte", "Edam"]
MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
KEYBOARD = ["qwerty", "asdfgh", "zxcvbn", "1qaz2wsx", "qazwsx", "poiuyt", "mnbvcx"]


def mark(tag, kind, value):
    assert value and M0 not in value
    return f"{M0}{tag}|{kind}{M1}{value}{M2}"


class G:
    """Random value factory bound to one random.Random."""

    def __init__(self, rng):
        self.r = rng

    # ---------- raw helpers ----------
    def s(self, n, alphabet=ALNUM):
        return "".join(self.r.choice(alphabet) for _ in range(n))

    def hexs(self, n):
        return self.s(n, HEX)

    def choice(self, seq):
        return self.r.choice(seq)

    def randint(self, a, b):
        return self.r.randint(a, b)

    def uuid(self):
        h = self.hexs(32)
        h = h[:12] + "4" + h[13:16] + self.r.choice("89ab") + h[17:]
        return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"

    def b64(self, nbytes, url=False, pad=True):
        raw = bytes(self.r.randrange(256) for _ in range(nbytes))
        out = base64.urlsafe_b64encode(raw).decode() if url else base64.b64encode(raw).decode()
        return out if pad else out.rstrip("=")

    def person(self):
        return self.choice(FIRST), self.choice(LAST)

    def name(self):
        f, l = self.person()
        return f"{f.capitalize()} {l.capitalize()}"

    def user(self):
        f, l = self.person()
        return self.choice([f, f"{f}.{l}", f"{f[0]}{l}", f"{f}_{l[:3]}", l])

    def host(self):
        return self.choice(["db", "edge", "core", "mq", "cache", "api", "bastion", "vpn", "mail", "nas",
                            "build", "log", "pbx", "sw", "rtr"]) + f"-{self.randint(1, 24):02d}"

    def raw_ip(self):
        while True:
            a = self.r.randint(1, 223)
            if a in (10, 100, 127):
                continue
            ip = f"{a}.{self.r.randint(0, 255)}.{self.r.randint(0, 255)}.{self.r.randint(1, 254)}"
            o = ipaddress.ip_address(ip)
            if o.is_global and not o.is_multicast:
                return ip

    def raw_email(self, domain=None):
        f, l = self.person()
        local = self.choice([f"{f}.{l}", f"{f[0]}{l}", f"{f}{self.randint(7, 99)}", f"{f}_{l}", f"{l}.{f[0]}"])
        if domain is None:
            domain = self.choice(PROVIDERS + COMPANIES)
        return f"{local}@{domain}"

    # ---------- labelled values ----------
    def email(self, kind="email", domain=None, value=None):
        return mark("EMAIL", kind, value or self.raw_email(domain))

    def role_email(self, domain=None):
        return mark("EMAIL", "email_role", f"{self.choice(ROLES)}@{domain or self.choice(COMPANIES)}")

    def ip(self, kind="ipv4"):
        return mark("IP_ADDRESS", kind, self.raw_ip())

    def key(self, vendor, value=None):
        return mark("KEY", vendor, value or self.raw_key(vendor))

    def pw(self, ctx, kind=None, style=None):
        v, st = self.raw_pw(ctx, style)
        return mark("PASSWORD", kind or f"pw_{st}", v)

    def secret(self, kind, value):
        return mark("PASSWORD", kind, value)

    def look(self, kind, value=None):
        return mark("LOOK", kind, value or self.raw_look(kind))

    # ---------- passwords ----------
    STYLES = ["word_word_digits", "generator", "passphrase", "leet", "river_year", "spice_sym_digits",
              "dance_dance_pin", "cheese_pin_word", "month_year_word", "cv_runs", "chunks", "keyboard_word",
              "camel_run", "underscore_triple"]

    def _sym(self, ctx):
        return self.choice(CTX_SYMS[ctx])

    def raw_pw(self, ctx, style=None):
        st = style or self.choice(self.STYLES)
        r = self.r
        sym = self._sym(ctx)
        if st == "word_word_digits":
            v = self.choice(WORDS).capitalize() + self.choice(WORDS).capitalize() + str(r.randint(10, 9999)) + sym
        elif st == "generator":
            al = ALNUM + CTX_SYMS[ctx].replace("-", "") * 2
            while True:
                v = self.s(r.randint(14, 24), al)
                if v[0].isalnum() and any(c.isdigit() for c in v) and any(c.isupper() for c in v):
                    break
        elif st == "passphrase":
            sep = "-" if "-" in CTX_SYMS[ctx] else "."
            v = sep.join(self.choice(WORDS) for _ in range(r.randint(3, 5)))
        elif st == "leet":
            w = self.choice(WORDS)
            v = w.replace("a", "4").replace("e", "3").replace("o", "0").replace("i", "1").capitalize() + sym + str(r.randint(1, 99))
        elif st == "river_year":
            v = self.choice([x for x in RIVERS if x.isascii()]) + str(r.randint(1970, 2026)) + sym
        elif st == "spice_sym_digits":
            v = self.choice(SPICES) + sym + str(r.randint(100, 99999))
        elif st == "dance_dance_pin":
            v = self.choice(DANCES) + self.choice(DANCES).capitalize() + str(r.randint(1000, 9999))
        elif st == "cheese_pin_word":
            v = self.choice(CHEESES) + str(r.randint(100, 999)) + self.choice(WORDS).upper()
        elif st == "month_year_word":
            v = self.choice(MONTHS) + str(r.randint(2019, 2026)) + sym + self.choice(WORDS)
        elif st == "cv_runs":
            v = "".join(self.choice("bcdfghjklmnprstvz") + self.choice("aeiou") for _ in range(r.randint(4, 6)))
            v = v.capitalize() + str(r.randint(10, 99))
        elif st == "chunks":
            v = "-".join(self.s(4, UP + DIG) for _ in range(4)) if "-" in CTX_SYMS[ctx] else self.s(16, UP + DIG)
        elif st == "keyboard_word":
            v = self.choice(KEYBOARD) + self.choice(WORDS).capitalize() + str(r.randint(1, 99))
        elif st == "camel_run":
            v = "".join(self.choice(WORDS).capitalize() for _ in range(3)) + str(r.randint(1, 9))
        elif st == "underscore_triple":
            v = "_".join(self.choice(WORDS) for _ in range(3))
        else:
            raise ValueError(st)
        assert "@" not in v
        assert all(c.isalnum() or c in CTX_SYMS[ctx] for c in v), (ctx, v)
        return v, st

    def dev_pw(self, kind, ctx="net"):
        """password for a device/protocol (SNMP community, PSK, ...)."""
        v, _ = self.raw_pw(ctx, self.choice(["generator", "word_word_digits", "leet", "camel_run", "river_year"]))
        return mark("PASSWORD", kind, v)

    # ---------- keys ----------
    def raw_key(self, vendor):
        s, h, r = self.s, self.hexs, self.r
        table = {
            # AI, speech and search
            "zhipu": lambda: h(32) + "." + s(16),
            "minimax": lambda: "eyJhbGciOiJSUzI1NiIsInR5cCI6IkpXVCJ9." + self.b64(96, True, False) + "." + self.b64(64, True, False),
            "siliconflow": lambda: "sk-" + s(48, LOW),
            "nomic": lambda: "nk-" + s(43, B64URL),
            "zilliz": lambda: h(104),
            "lepton": lambda: s(32),
            "hyperbolic": lambda: "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9." + self.b64(48, True, False) + "." + self.b64(32, True, False),
            "nebius": lambda: "v1." + self.b64(90, True, False),
            "zenrows": lambda: h(40),
            "cartesia": lambda: "sk_car_" + s(40),
            "murf": lambda: "ap2_" + self.uuid(),
            "picovoice": lambda: self.b64(42),
            "vapi": lambda: self.uuid(),
            "retell": lambda: "key_" + h(28),
            "hume": lambda: s(48),
            # market and data
            "intrinio": lambda: "Oj" + s(48),
            "tradier": lambda: s(28),
            "oanda": lambda: h(32) + "-" + h(32),
            "bybit_key": lambda: s(18),
            "bybit_secret": lambda: s(36),
            "coingecko": lambda: "CG-" + s(24),
            "coinmarketcap": lambda: self.uuid(),
            "moralis": lambda: "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9." + self.b64(120, True, False) + "." + self.b64(32, True, False),
            "quicknode": lambda: h(40),
            "weatherstack": lambda: h(32),
            "peopledatalabs": lambda: h(64),
            "newsapi": lambda: h(32),
            "mediastack": lambda: h(32),
            "gnews": lambda: h(32),
            # messaging and marketing
            "moosend": lambda: self.uuid(),
            "drip": lambda: h(32),
            "vero": lambda: h(80),
            "netcore": lambda: h(32),
            "kaleyra": lambda: "A" + h(32),
            "gupshup": lambda: "sk_" + h(32),
            "karix": lambda: s(20) + "-" + s(10),
            "suprsend_key": lambda: s(20),
            "suprsend_secret": lambda: "SS." + s(40, ALNUM + "-_"),
            "engagespot_key": lambda: s(26, LOW + DIG),
            "engagespot_secret": lambda: s(48, LOW + DIG),
            # payments
            "chargify": lambda: s(40),
            "khalti": lambda: "live_secret_key_" + h(32),
            "esewa": lambda: s(16, UP + DIG),
            "bkash_app_key": lambda: s(25),
            "bkash_app_secret": lambda: s(50),
            "sslcommerz": lambda: s(16, LOW + DIG),
            "paytm": lambda: s(16, ALNUM + "_#%&"),
            "moneris": lambda: s(20),
            "ozow_private": lambda: h(32),
            "ozow_api": lambda: s(32),
            "p24_crc": lambda: h(16),
            "p24_api": lambda: h(32),
            "tpay": lambda: h(64),
            "yapily_secret": lambda: self.uuid(),
            "nordigen_secret_id": lambda: self.uuid(),
            "nordigen_secret_key": lambda: h(128),
            # dev and ops
            "grafbase": lambda: "eyJhbGciOiJFUzI1NiIsInR5cCI6IkpXVCJ9." + self.b64(80, True, False) + "." + self.b64(64, True, False),
            "appsignal": lambda: self.uuid(),
            "firehydrant": lambda: "fhb-" + h(32),
            "squadcast": lambda: h(64),
            "zenduty": lambda: h(40),
            "instatus": lambda: h(32),
            "pangolin_secret": lambda: s(48, LOW + DIG),
            "firezone": lambda: "SFMyNTY." + self.b64(60, True, False) + "." + self.b64(32, True, False),
            "pritunl_token": lambda: s(32),
            "pritunl_secret": lambda: s(32),
            "wireguard_private": lambda: self.b64(32),
            "copr_token": lambda: s(30, LOW),
            "gitness_pat": lambda: "pat." + self.b64(24, True, False) + "." + self.b64(32, True, False),
            "terrateam_api": lambda: "tt_" + s(40),
            "cribl_token": lambda: s(32),
            "fluvio_cloud": lambda: "fluvio_" + h(48),
            "estuary_refresh": lambda: self.b64(80, False, True),
            "temporal_api": lambda: "eyJhbGciOiJFUzI1NiIsImtpZCI6IldvcmtlcktleSJ9." + self.b64(90, True, False) + "." + self.b64(64, True, False),
            "inngest_signing": lambda: "signkey-prod-" + h(64),
            "inngest_event": lambda: s(86, B64URL),
            "motherduck": lambda: "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9." + self.b64(140, True, False) + "." + self.b64(32, True, False),
            # generic key material
            "aws_key_id": lambda: "AKIA" + s(16, UP + DIG),
            "aws_secret": lambda: s(40, ALNUM + "+/"),
            "s3_access_key": lambda: s(20, UP + DIG),
            "s3_secret_key": lambda: s(40, ALNUM),
            "hex32_secret": lambda: h(32),
            "hex64_secret": lambda: h(64),
            "b64_secret": lambda: self.b64(32),
            "b64_secret48": lambda: self.b64(48),
            "alnum_secret": lambda: s(50),
            "jwt_secret": lambda: s(64, ALNUM),
            "webhook_secret": lambda: "whsec_" + self.b64(24, False, False).replace("/", "x").replace("+", "y"),
            "session_secret": lambda: s(48, ALNUM + "-_"),
            "api_token_hex40": lambda: h(40),
            "uuid_key": lambda: self.uuid(),
            "elixir_secret_key_base": lambda: self.b64(48, False, False).replace("/", "k").replace("+", "z"),
        }
        return table[vendor]()

    # ---------- look-alikes ----------
    def raw_look(self, kind):
        r = self.r
        if kind == "private_ip":
            return self.choice([f"10.{r.randint(0,255)}.{r.randint(0,255)}.{r.randint(1,254)}",
                                f"172.{r.randint(16,31)}.{r.randint(0,255)}.{r.randint(1,254)}",
                                f"192.168.{r.randint(0,255)}.{r.randint(1,254)}"])
        if kind == "loopback_ip":
            return f"127.0.{r.randint(0,1)}.{r.randint(1,9)}"
        if kind == "doc_ip":
            return self.choice(["192.0.2", "198.51.100", "203.0.113"]) + f".{r.randint(1,254)}"
        if kind == "cgnat_ip":
            return f"100.{r.randint(64,127)}.{r.randint(0,255)}.{r.randint(1,254)}"
        if kind == "linklocal_ip":
            return f"169.254.{r.randint(1,254)}.{r.randint(1,254)}"
        if kind == "unspecified_ip":
            return "0.0.0.0"
        if kind == "netmask":
            return self.choice(["255.255.255.0", "255.255.255.252", "255.255.0.0", "255.255.255.248", "255.255.254.0"])
        if kind == "wildcard_mask":
            return self.choice(["0.0.0.255", "0.0.0.3", "0.0.255.255"])
        if kind == "reserved_email":
            f, l = self.person()
            return f"{self.choice([f, f + '.' + l, 'noreply', 'test', 'user'])}@{self.choice(RESERVED_DOMAINS)}"
        if kind == "version":
            return f"{r.randint(0,9)}.{r.randint(0,30)}.{r.randint(0,20)}"
        if kind == "build_number":
            return f"{r.randint(1,9)}.{r.randint(0,9)}.{r.randint(0,99)}.{r.randint(100,999)}"
        if kind == "uuid_id":
            return self.uuid()
        if kind == "git_sha":
            return self.hexs(40)
        if kind == "short_sha":
            return self.hexs(r.choice([7, 8, 10, 12]))
        if kind == "sha256_hex":
            return self.hexs(64)
        if kind == "ssh_fp":
            return "SHA256:" + self.b64(32, False, False)
        if kind == "md5crypt":
            return "$1$" + self.s(8, ALNUM + "./") + "$" + self.s(22, ALNUM + "./")
        if kind == "sha512crypt":
            return "$6$" + self.s(16, ALNUM + "./") + "$" + self.s(86, ALNUM + "./")
        if kind == "bcrypt_hash":
            return "$2b$12$" + self.s(53, ALNUM + "./")
        if kind == "masked_key":
            return self.choice(["sk-", "key_", "tok_", "live_", ""]) + "*" * r.randint(8, 16) + self.s(4, LOW + DIG)
        if kind == "placeholder":
            return self.choice(["<YOUR_API_KEY>", "CHANGE_ME", "${API_KEY}", "xxxxxxxxxxxxxxxx", "<password>",
                                "REPLACE_WITH_TOKEN", "%(secret)s", "{{ secret }}"])
        if kind == "env_ref":
            return self.choice(["${DB_PASSWORD}", "$SMTP_PASS", "${env:API_TOKEN}", "%SERVICE_KEY%",
                                "${{ secrets.DEPLOY_KEY }}", "{{ vault_db_pw }}"])
        if kind == "mac_address":
            return ":".join(self.hexs(2) for _ in range(6))
        if kind == "public_key_hex":
            return self.hexs(64)
        raise ValueError(kind)
