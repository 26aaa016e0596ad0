"""Value generators for held-out set 25 (written from scratch for this set).

Every value is random; shapes follow the documented or commonly seen format of what they imitate, or a plausible
prefix/length/alphabet where the author did not know it.  None of these values is a real credential.

Planted values are wrapped in private-use markers: U+E000 TAG|kind U+E001 value U+E002.  The tag LOOK marks a
look-alike.  make_heldout_25.py strips the markers and records the spans.
"""
import ipaddress
import string

OPEN, MID, CLOSE = "\ue000", "\ue001", "\ue002"

LOWER = string.ascii_lowercase
UPPER = string.ascii_uppercase
DIGITS = string.digits
HEX = "0123456789abcdef"
ALNUM = LOWER + UPPER + DIGITS
B64 = ALNUM + "+/"
B64URL = ALNUM + "-_"
BASE58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"

# Characters each context allows in a password (besides letters and digits).
CTX_SYMBOLS = {
    "url": "-_.~",
    "shell": "-_.+,:=%^",
    "ini": "-_.!+=^%~",
    "quoted": "-_.!#%*+=?^~:,",
    "yaml": "-_.!+=^",
    "net": "-_.",
    "prose": "-_.!#%*+=?^~",
}


def mark(tag, kind, value):
    assert OPEN not in value and MID not in value and CLOSE not in value
    return f"{OPEN}{tag}|{kind}{MID}{value}{CLOSE}"


FIRST = ["amara", "bogdan", "cecilie", "dario", "elif", "farrukh", "gunnhild", "hamid", "ines", "jaroslav", "kalani",
         "lucien", "marisol", "nnamdi", "oksana", "pietro", "quinn", "rasmus", "saoirse", "tadeo", "ulla", "valter",
         "wanjiru", "ximena", "yusuf", "zdenka", "anouk", "bartek", "chioma", "dmitri", "esperanza", "fintan",
         "greta", "hiroshi", "ilse", "joaquim", "kerstin", "lorenzo", "mirela", "nils"]
LAST = ["abernethy", "bachmann", "cardoso", "dvorak", "eriksen", "fonseca", "gallagher", "haverkamp", "ivanova",
        "jablonski", "kowalczyk", "lindqvist", "moreau", "nakashima", "okafor", "petrakis", "quintero", "rautio",
        "szabo", "tanaka", "uribe", "vasquez", "whitfield", "yilmaz", "zamora", "achterberg", "brennan", "castellano",
        "dahlberg", "esposito", "fairweather", "grunwald", "hollis", "ibarra", "jovanovic", "kallio"]
PROVIDERS = ["gmail.com", "outlook.com", "yahoo.com", "proton.me", "gmx.de", "mail.ru", "yandex.ru", "zoho.com",
             "fastmail.com", "icloud.com", "hotmail.com", "web.de", "aol.com", "gmx.net", "seznam.cz", "wp.pl",
             "libero.it", "orange.fr", "free.fr", "naver.com", "qq.com", "rediffmail.com", "tutanota.com",
             "laposte.net", "t-online.de", "o2.pl", "ukr.net", "abv.bg"]
CO_A = ["brindle", "copperleaf", "dunmore", "estuary", "fernhill", "glasswing", "harbrook", "ironvale", "juniperly",
        "kestwick", "larchmont", "millbrae", "northgate", "oakhurst", "pellucid", "quarrystone", "redfern", "saltmarsh",
        "thornbury", "upland", "vireo", "wexcombe", "yarrowby", "zephyrine", "ashgrove", "bellwether", "cinderford",
        "driftmoor", "emberly", "foxmere"]
CO_B = ["labs", "works", "systems", "logistics", "health", "media", "freight", "studio", "analytics", "energy",
        "foods", "legal", "dental", "bank", "travel", "robotics"]
CO_TLD = ["com", "io", "net", "co", "dev", "de", "fr", "nl", "se", "pl", "com.br", "co.uk", "es", "it", "ch", "fi",
          "cz", "pt", "com.au", "ca", "co.nz", "ie", "at", "be", "dk", "no"]
ROLES = ["ops", "noc", "billing", "support", "devops", "security", "infra", "alerts", "admin", "helpdesk", "sre",
         "oncall", "it", "platform", "accounts", "monitoring", "hostmaster", "postmaster", "backups", "mail"]
RESERVED = ["example.com", "example.org", "example.net", "mail.example", "corp.example", "test", "shop.test",
            "invalid", "nowhere.invalid", "localhost", "dev.localhost", "lab.example.com"]

# word lists for passwords (new themes for this set)
NOUNS = ["lantern", "saddle", "orchard", "harbor", "pebble", "thimble", "compass", "beacon", "quiver", "anvil",
         "meadow", "tundra", "cobble", "falcon", "garnet", "hammock", "juniper", "kettle", "lilac", "marble",
         "nutmeg", "otter", "parsley", "quartz", "ribbon", "sorrel", "trellis", "umber", "velvet", "walnut",
         "yonder", "zither", "bramble", "cinder", "dapple", "ember", "fennel", "gravel", "hazel", "inkwell"]
BIRDS = ["Heron", "Plover", "Starling", "Magpie", "Curlew", "Osprey", "Wagtail", "Bittern", "Siskin", "Lapwing",
         "Dunlin", "Shrike", "Avocet", "Godwit", "Linnet", "Fieldfare"]
PEAKS = ["Elbrus", "Triglav", "Olympus", "Rysy", "Musala", "Kazbek", "Ararat", "Aconcagua", "Denali", "Toubkal",
         "Kinabalu", "Rinjani", "Cotopaxi", "Etna", "Snowdon", "Teide"]
TREES = ["Oak", "Birch", "Rowan", "Alder", "Linden", "Cedar", "Larch", "Aspen", "Hornbeam", "Elm", "Yew", "Willow",
         "Poplar", "Spruce", "Maple", "Ash"]
MINERALS = ["quartz", "feldspar", "mica", "pyrite", "galena", "beryl", "jasper", "onyx", "topaz", "malachite",
            "basalt", "gneiss", "obsidian", "zircon"]
CAPS = ["NORTH", "SOUTH", "DELTA", "OMEGA", "TANGO", "RIVER", "STONE", "CLOUD", "EMBER", "FROST", "SIGMA", "LUNAR"]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
COLOURS = ["teal", "ochre", "indigo", "crimson", "amber", "cobalt", "saffron", "olive", "maroon", "ivory"]
INSTR = ["Oboe", "Cello", "Banjo", "Tuba", "Sitar", "Lute", "Harp", "Viola", "Bugle", "Kazoo", "Ocarina", "Tabla"]
WALKS = ["1qaz2wsx", "qwerty", "asdfgh", "zxcvbn", "1q2w3e4r", "qazwsx", "poiuyt", "mnbvcx", "123qwe", "wsxedc"]
CONSONANTS = "bdfgklmnprstvz"
VOWELS = "aeiou"
LEET = {"a": "4", "e": "3", "o": "0", "i": "1", "s": "5", "t": "7"}


class G:
    def __init__(self, rng):
        self.r = rng

    # ---------- primitives ----------
    def choice(self, seq):
        return self.r.choice(seq)

    def rand(self, alphabet, n):
        return "".join(self.r.choice(alphabet) for _ in range(n))

    def hex(self, n):
        return self.rand(HEX, n)

    def alnum(self, n):
        return self.rand(ALNUM, n)

    def lower_alnum(self, n):
        return self.rand(LOWER + DIGITS, n)

    def upper_alnum(self, n):
        return self.rand(UPPER + DIGITS, n)

    def digits(self, n):
        return self.rand(DIGITS, n)

    def uuid(self):
        h = self.hex(32)
        h = h[:12] + "4" + h[13:16] + self.choice("89ab") + h[17:]
        return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"

    def b64(self, nbytes, url=False, pad=True):
        n = (nbytes * 4 + 2) // 3
        body = self.rand(B64URL if url else B64, n)
        if pad and not url:
            body += "=" * ((4 - n % 4) % 4)
        return body

    def jwt(self):
        head = self.choice(["eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9", "eyJhbGciOiJSUzI1NiIsInR5cCI6IkpXVCJ9",
                            "eyJ0eXAiOiJKV1QiLCJhbGciOiJIUzI1NiJ9"])
        return f"{head}.eyJ{self.rand(B64URL, self.r.randint(60, 120))}.{self.rand(B64URL, 43)}"

    # ---------- labelled values ----------
    def person(self):
        return self.choice(FIRST), self.choice(LAST)

    def company_domain(self):
        return f"{self.choice(CO_A)}-{self.choice(CO_B)}.{self.choice(CO_TLD)}" if self.r.random() < 0.4 else \
            f"{self.choice(CO_A)}{self.choice(CO_B)}.{self.choice(CO_TLD)}"

    def email_value(self, kind="email_person", domain=None):
        f, l = self.person()
        if kind == "email_role":
            local = self.choice(ROLES) + ("" if self.r.random() < 0.6 else "-" + self.choice(["eu", "us", "team", "24x7", "desk"]))
            dom = domain or self.company_domain()
        else:
            style = self.r.randint(0, 5)
            local = [f"{f}.{l}", f"{f[0]}{l}", f"{f}_{l}{self.digits(2)}", f"{l}.{f[0]}", f"{f}{self.digits(3)}",
                     f"{f}-{l}"][style]
            dom = domain or (self.choice(PROVIDERS) if self.r.random() < 0.55 else self.company_domain())
        return f"{local}@{dom}"

    def email(self, kind="email_person", domain=None):
        return mark("EMAIL", kind, self.email_value(kind, domain))

    def ip_value(self):
        while True:
            a = self.r.randint(1, 223)
            if a in (10, 100, 127, 169, 172, 192, 198, 203, 0):
                continue
            v = f"{a}.{self.r.randint(0, 255)}.{self.r.randint(0, 255)}.{self.r.randint(1, 254)}"
            ip = ipaddress.ip_address(v)
            if ip.is_global and not ip.is_multicast:
                return v

    def ip(self, kind="ip_public"):
        return mark("IP_ADDRESS", kind, self.ip_value())

    # passwords ---------------------------------------------------------
    def sym(self, ctx, avoid=""):
        pool = [c for c in CTX_SYMBOLS[ctx] if c not in "-_." and c not in avoid] or ["-", "_", "."]
        return self.choice(pool)

    def raw_pw(self, ctx, style=None):
        r = self.r
        styles = ["wordword", "generator", "passphrase", "leet", "bird_year", "peak_sym", "tree_pin",
                  "mineral_caps", "day_colour", "cv_runs", "chunks", "walk_word", "camel3", "dotted", "instr_pair"]
        style = style or r.choice(styles)
        s = lambda: self.sym(ctx)
        if style == "wordword":
            v = self.choice(NOUNS).capitalize() + self.choice(NOUNS) + self.digits(r.randint(2, 4)) + s()
        elif style == "generator":
            pool = ALNUM + CTX_SYMBOLS[ctx]
            v = self.choice(ALNUM) + self.rand(pool, r.randint(14, 22)) + self.choice(DIGITS)
        elif style == "passphrase":
            sep = self.choice(["-", ".", "_"])
            v = sep.join(self.choice(NOUNS) for _ in range(r.randint(3, 4))) + (self.digits(1) if r.random() < .5 else "")
        elif style == "leet":
            w = self.choice(NOUNS) + self.choice(NOUNS)
            v = "".join(LEET.get(c, c) if r.random() < 0.7 else c for c in w).capitalize() + self.digits(2) + s()
        elif style == "bird_year":
            v = self.choice(BIRDS) + str(r.randint(1961, 2024)) + s()
        elif style == "peak_sym":
            v = self.choice(PEAKS) + s() + self.digits(4)
        elif style == "tree_pin":
            v = self.choice(TREES) + self.choice(TREES) + self.digits(4)
        elif style == "mineral_caps":
            v = self.choice(MINERALS) + self.digits(4) + self.choice(CAPS)
        elif style == "day_colour":
            v = self.choice(DAYS) + str(r.randint(2, 99)) + s() + self.choice(COLOURS)
        elif style == "cv_runs":
            v = "".join(self.choice(CONSONANTS) + self.choice(VOWELS) for _ in range(r.randint(4, 5))) + self.digits(2)
        elif style == "chunks":
            v = "-".join(self.upper_alnum(4) for _ in range(r.randint(3, 4)))
        elif style == "walk_word":
            v = self.choice(WALKS) + self.choice(NOUNS).capitalize() + self.digits(2)
        elif style == "camel3":
            v = "".join(self.choice(NOUNS).capitalize() for _ in range(3)) + self.digits(1)
        elif style == "dotted":
            v = f"{self.choice(NOUNS)}.{self.choice(COLOURS)}.{self.digits(2)}"
        else:  # instr_pair
            v = self.choice(INSTR) + self.digits(2) + s() + self.choice(INSTR).lower()
        allowed = set(ALNUM + CTX_SYMBOLS[ctx])
        assert all(c in allowed for c in v), (ctx, v)
        return style, v

    def pw(self, ctx, kind=None, style=None):
        st, v = self.raw_pw(ctx, style)
        return mark("PASSWORD", kind or f"pw_{st}", v)

    def pw_value(self, ctx, style=None):
        return self.raw_pw(ctx, style)[1]

    def key(self, kind):
        return mark("KEY", kind, self.key_value(kind))

    def key_value(self, kind):
        f = KEYS[kind]
        return f(self)

    # ---------- look-alikes ----------
    def look(self, kind, value=None):
        return mark("LOOK", kind, value if value is not None else self.look_value(kind))

    def look_value(self, kind):
        r = self.r
        if kind == "private_ip":
            return self.choice([f"10.{r.randint(0,255)}.{r.randint(0,255)}.{r.randint(1,254)}",
                                f"172.{r.randint(16,31)}.{r.randint(0,255)}.{r.randint(1,254)}",
                                f"192.168.{r.randint(0,255)}.{r.randint(1,254)}"])
        if kind == "loopback_ip":
            return self.choice(["127.0.0.1", f"127.0.{r.randint(0,9)}.{r.randint(1,9)}"])
        if kind == "cgnat_ip":
            return f"100.{r.randint(64,127)}.{r.randint(0,255)}.{r.randint(1,254)}"
        if kind == "doc_ip":
            return self.choice(["192.0.2.", "198.51.100.", "203.0.113."]) + str(r.randint(1, 254))
        if kind == "linklocal_ip":
            return f"169.254.{r.randint(1,254)}.{r.randint(1,254)}"
        if kind == "unspecified_ip":
            return "0.0.0.0"
        if kind == "netmask":
            return self.choice(["255.255.255.0", "255.255.255.252", "255.255.0.0", "255.255.255.128", "255.255.254.0"])
        if kind == "wildcard_mask":
            return self.choice(["0.0.0.255", "0.0.0.3", "0.0.255.255", "0.0.0.127"])
        if kind == "mac":
            return ":".join(self.hex(2) for _ in range(6))
        if kind == "reserved_email":
            f, l = self.person()
            return f"{self.choice([f, f + '.' + l, self.choice(ROLES)])}@{self.choice(RESERVED)}"
        if kind == "version":
            return f"{r.randint(0, 9)}.{r.randint(0, 30)}.{r.randint(0, 20)}"
        if kind == "build_number":
            return f"{r.randint(1, 9)}.{r.randint(0, 20)}.{r.randint(0, 99)}.{r.randint(1, 250)}"
        if kind == "uuid_id":
            return self.uuid()
        if kind == "git_sha":
            return self.hex(40)
        if kind == "short_sha":
            return self.hex(self.choice([7, 8, 10, 12]))
        if kind == "sha256_checksum":
            return self.hex(64)
        if kind == "md5_checksum":
            return self.hex(32)
        if kind == "ssh_fingerprint":
            return "SHA256:" + self.rand(B64, 43)
        if kind == "tls_fingerprint":
            return ":".join(self.hex(2).upper() for _ in range(32))
        if kind == "bcrypt_hash":
            return "$2b$12$" + self.rand(ALNUM + "./", 53)
        if kind == "argon2_hash":
            return f"$argon2id$v=19$m=65536,t=3,p=4${self.rand(ALNUM + '+/', 22)}${self.rand(ALNUM + '+/', 43)}"
        if kind == "masked_secret":
            return self.choice(["sk_", "key-", "tok_", "", "pk_"]) + self.choice(["********", "••••••••", "xxxxxxxx", "****"]) + self.lower_alnum(4)
        if kind == "placeholder":
            return self.choice(["<YOUR_API_KEY>", "CHANGE_ME", "changeme", "PLACEHOLDER", "<redacted>", "REPLACE_WITH_TOKEN",
                                "${SECRET}", "xxxxxxxx", "TODO_SET_ME", "<password>", "********", "[FILTERED]", "<token>",
                                "your-key-here", "REDACTED"])
        if kind == "trace_id":
            return self.hex(32)
        if kind == "span_id":
            return self.hex(16)
        if kind == "public_key":
            return "pk_" + self.alnum(24)
        if kind == "ticket_number":
            return f"{self.choice(['INC', 'REQ', 'CHG', 'TKT'])}{self.digits(7)}"
        if kind == "phone_ext":
            return self.digits(4)
        raise KeyError(kind)


def _k(prefix, alphabet, n):
    return lambda g: prefix + g.rand(alphabet, n)


KEYS = {
    # AI, search and scraping
    "octoai_token": lambda g: g.jwt(),
    "paperspace_api_key": _k("", HEX, 32),
    "mixedbread_api_key": _k("mxb_", ALNUM, 40),
    "upstage_api_key": _k("up_", ALNUM, 30),
    "reka_api_key": _k("", HEX, 64),
    "aleph_alpha_token": lambda g: g.jwt(),
    "writer_api_key": _k("", ALNUM, 40),
    "serper_api_key": _k("", HEX, 40),
    "scraperapi_key": _k("", HEX, 32),
    # data, market and chain APIs
    "apollo_api_key": _k("", ALNUM + "_-", 22),
    "lusha_api_key": lambda g: g.uuid(),
    "snov_client_secret": _k("", HEX, 32),
    "snov_client_id": _k("", HEX, 32),
    "foursquare_api_key": _k("fsq3", ALNUM + "+/", 44),
    "yelp_api_key": _k("", ALNUM + "-_", 128),
    "marketstack_access_key": _k("", HEX, 32),
    "deribit_client_id": _k("", ALNUM, 8),
    "deribit_client_secret": _k("", ALNUM + "_-", 43),
    "moralis_api_key": lambda g: g.jwt(),
    "covalent_api_key": _k("cqt_", ALNUM, 26),
    "ankr_rpc_token": _k("", HEX, 64),
    "helius_api_key": lambda g: g.uuid(),
    "birdeye_api_key": _k("", HEX, 32),
    "chainstack_node_key": _k("", HEX, 32),
    # payments
    "worldpay_service_key": lambda g: "T_S_" + g.uuid(),
    "ozow_api_key": _k("", ALNUM, 32),
    "ozow_private_key": _k("", ALNUM, 32),
    "monnify_api_key": _k("MK_PROD_", UPPER + DIGITS, 10),
    "monnify_secret_key": _k("", UPPER + DIGITS, 32),
    "daraja_consumer_key": _k("", ALNUM, 48),
    "daraja_consumer_secret": _k("", ALNUM, 64),
    "daraja_passkey": _k("", HEX, 64),
    "fawry_security_key": _k("", HEX, 32),
    "tamara_api_token": lambda g: g.jwt(),
    # mobile and analytics SDKs
    "clevertap_passcode": lambda g: "-".join(g.rand(UPPER, 3) for _ in range(3)),
    "kochava_app_guid": _k("ko", LOWER + DIGITS, 30),
    "appsflyer_dev_key": _k("", ALNUM, 22),
    "countly_app_key": _k("", HEX, 40),
    "smartlook_api_key": _k("", HEX, 40),
    "uxcam_app_key": _k("", LOWER + DIGITS, 15),
    "embrace_api_token": _k("", HEX, 32),
    "leanplum_prod_key": _k("prod_", ALNUM, 43),
    "leanplum_dev_key": _k("dev_", ALNUM, 43),
    "branch_live_key": _k("key_live_", ALNUM, 32),
    # ops, status, webhooks, secrets managers
    "site24x7_device_key": _k("", HEX, 32),
    "hyperping_api_key": _k("sk_", ALNUM, 28),
    "sematext_app_token": lambda g: g.uuid(),
    "baselime_api_key": _k("", ALNUM, 32),
    "phase_service_token": lambda g: f"pss_service:v1:{g.hex(64)}:{g.hex(64)}",
    "unkey_root_key": _k("unkey_", BASE58, 24),
    "svix_api_token": lambda g: f"sk_{g.alnum(32)}.eu",
    "hookdeck_api_key": _k("", ALNUM, 30),
    "ubicloud_pat": lambda g: f"pat-{g.rand(LOWER + DIGITS, 26)}-{g.alnum(32)}",
    "hostinger_api_token": _k("", ALNUM, 48),
    "ionos_api_key": lambda g: f"{g.hex(32)}.{g.rand(ALNUM + '_-', 86)}",
    "netcup_api_key": _k("", ALNUM, 30),
    "netcup_api_password": _k("", ALNUM, 32),
    "leaseweb_api_key": lambda g: g.uuid(),
    "filebase_access_key": _k("", UPPER + DIGITS, 20),
    "filebase_secret_key": _k("", ALNUM, 40),
    "pinata_jwt": lambda g: g.jwt(),
    "pinata_api_secret": _k("", HEX, 64),
    "stackpath_client_secret": _k("", HEX, 64),
    "imperva_api_key": lambda g: g.uuid(),
    "sucuri_api_secret": _k("", HEX, 32),
    "wordfence_license_key": _k("", HEX, 80),
    "patchstack_api_key": _k("", ALNUM, 40),
    "platformsh_api_token": _k("", ALNUM + "_-", 43),
    "easypanel_api_token": _k("", HEX, 64),
    "scalr_api_token": lambda g: g.jwt(),
    "infracost_api_key": _k("ico-", ALNUM, 32),
    "kargo_token": lambda g: g.jwt(),
    "k3s_token": lambda g: f"K10{g.hex(64)}::server:{g.hex(32)}",
    "k3s_agent_token": _k("", HEX, 32),
    "steampipe_token": _k("spt_", LOWER + DIGITS, 20),
    # chat and support
    "kommunicate_app_id": _k("", HEX, 32),
    "smartsupp_key": _k("", HEX, 40),
    "userback_token": lambda g: f"A-{g.alnum(32)}",
    "trengo_api_token": lambda g: g.jwt(),
    "helpwise_api_key": _k("", ALNUM, 40),
    "dixa_api_token": lambda g: g.jwt(),
    "gladly_api_token": _k("", ALNUM, 48),
    # generic and key material
    "aws_style_access_key_id": _k("AKIA", UPPER + "234567", 16),
    "aws_style_secret": _k("", ALNUM + "+/", 40),
    "s3_compatible_access_key": _k("", UPPER + DIGITS, 20),
    "s3_compatible_secret_key": _k("", ALNUM + "+/", 40),
    "laravel_app_key": lambda g: "base64:" + g.b64(32),
    "django_secret_key": _k("", LOWER + DIGITS + "!#%^*(-_=+)", 50),
    "hex_secret_64": _k("", HEX, 64),
    "hex_secret_32": _k("", HEX, 32),
    "b64_secret_32": lambda g: g.b64(32),
    "docspell_server_secret": lambda g: "b64:" + g.b64(32),
    "b64_secret_48": lambda g: g.b64(48),
    "alnum_secret_32": _k("", ALNUM, 32),
    "alnum_secret_48": _k("", ALNUM, 48),
    "jwt_signing_secret": _k("", ALNUM, 40),
    "session_secret": _k("", ALNUM, 36),
    "cookie_key": _k("", ALNUM + "-_", 43),
    "webhook_token": _k("", ALNUM, 32),
    "github_style_pat": _k("ghp_", ALNUM, 36),
    "npm_style_token": _k("npm_", ALNUM, 36),
    "slack_style_webhook_secret": _k("", ALNUM, 24),
    "sendgrid_style_key": lambda g: f"SG.{g.rand(B64URL, 22)}.{g.rand(B64URL, 43)}",
    "taskd_credentials_key": lambda g: g.uuid(),
    "discogs_user_token": _k("", ALNUM, 40),
    "lastfm_api_key": _k("", HEX, 32),
    "spotify_client_secret": _k("", HEX, 32),
    "airsonic_jwt_key": _k("", ALNUM, 32),
    "galene_token": _k("", B64URL, 22),
    "yourls_cookie_key": _k("", ALNUM + "-_", 40),
    "shlink_api_key": lambda g: g.uuid(),
    "rspamd_controller_hash_key": _k("", HEX, 64),
}
