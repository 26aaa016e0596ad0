"""Value generators for held-out set 23 (stdlib only, deterministic given a random.Random).

Every function takes a ``random.Random`` and returns a plain string (or a tuple of strings).
None of the values is a real credential; they only follow the shape of what they imitate.
"""
import base64
import ipaddress
import json
import string

LOWER = string.ascii_lowercase
UPPER = string.ascii_uppercase
DIGITS = string.digits
ALNUM = LOWER + UPPER + DIGITS
HEX = "0123456789abcdef"
B64URL = ALNUM + "-_"
B64 = ALNUM + "+/"


def rs(r, alphabet, n):
    return "".join(r.choice(alphabet) for _ in range(n))


def hexs(r, n):
    return rs(r, HEX, n)


def uuid4(r, upper=False):
    h = hexs(r, 32)
    h = h[:12] + "4" + h[13:16] + r.choice("89ab") + h[17:]
    u = "-".join((h[:8], h[8:12], h[12:16], h[16:20], h[20:]))
    return u.upper() if upper else u


# ---------------------------------------------------------------- addresses

def ip_public(r):
    while True:
        a = r.randint(1, 223)
        if a in (10, 100, 127, 169, 172, 192, 198, 203, 0):
            continue
        ip = f"{a}.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}"
        obj = ipaddress.ip_address(ip)
        if obj.is_global and not obj.is_multicast:
            return ip


def ip_private(r):
    c = r.randrange(3)
    if c == 0:
        return f"10.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}"
    if c == 1:
        return f"172.{r.randint(16, 31)}.{r.randint(0, 255)}.{r.randint(1, 254)}"
    return f"192.168.{r.randint(0, 255)}.{r.randint(1, 254)}"


def ip_loopback(r):
    return r.choice(["127.0.0.1", f"127.0.{r.randint(0, 3)}.{r.randint(1, 9)}"])


def ip_cgnat(r):
    return f"100.{r.randint(64, 127)}.{r.randint(0, 255)}.{r.randint(1, 254)}"


def ip_linklocal(r):
    return f"169.254.{r.randint(1, 254)}.{r.randint(1, 254)}"


def ip_doc(r):
    net = r.choice(["192.0.2", "198.51.100", "203.0.113"])
    return f"{net}.{r.randint(1, 254)}"


def netmask(r):
    return r.choice(["255.255.255.0", "255.255.255.128", "255.255.255.192", "255.255.254.0",
                     "255.255.252.0", "255.255.255.240", "255.255.0.0", "255.255.255.248"])


def wildcard_mask(r):
    return r.choice(["0.0.0.255", "0.0.0.127", "0.0.3.255", "0.0.0.63"])


# ---------------------------------------------------------------- e-mail

FIRST = ["amara", "bjorn", "chiara", "dmitri", "esme", "farid", "greta", "hamza", "ines", "jonas", "kavya",
         "lucien", "mireille", "nnamdi", "oksana", "pedro", "quentin", "rasa", "soren", "tamsin", "ulrike",
         "vikram", "wanjiru", "xavi", "yusuf", "zofia", "anouk", "bongani", "cosmin", "dalia", "emeka",
         "fenna", "gulnara", "hiroshi", "ilse", "jarrah", "kemal", "leilani", "matteo", "noor", "orla",
         "priya", "ruairi", "sunniva", "tiago", "uzma", "vesna", "wim", "yara", "zainab", "aurelio",
         "bettina", "ciaran", "dorota", "eero", "fatou", "giorgos", "halvard", "isidora", "joao"]
LAST = ["abernathy", "bergstrom", "castellanos", "dlamini", "eklund", "ferreira", "gallagher", "haddad",
        "ivanova", "jankowski", "kowalczyk", "lindqvist", "mbeki", "nakashima", "oyelaran", "petrakis",
        "quispe", "rahimi", "sandoval", "takahashi", "uchenna", "vasquez", "wojcik", "yilmaz", "zeller",
        "achterberg", "brannigan", "cardoso", "dunmore", "esposito", "falkner", "gruber", "holm",
        "iwasaki", "jablonski", "kariuki", "lombardi", "moreau", "nieminen", "okafor", "pereira",
        "rautio", "schreiber", "tanaka", "varga", "weston", "ziegler", "ahlberg", "boateng", "conti"]
PROVIDERS = ["gmail.com", "outlook.com", "yahoo.com", "proton.me", "gmx.de", "web.de", "mail.ru",
             "yandex.ru", "icloud.com", "hotmail.com", "fastmail.com", "zoho.com", "tutanota.com",
             "gmx.net", "posteo.de", "laposte.net", "libero.it", "seznam.cz", "wp.pl", "naver.com",
             "hey.com", "pm.me", "aol.com", "rediffmail.com", "163.com", "qq.com", "t-online.de",
             "orange.fr", "free.fr", "bluewin.ch"]
CORP_A = ["amber", "basalt", "cinder", "delta", "ember", "fjord", "granite", "harbor", "indigo", "juniper",
          "kestrel", "lumen", "marlin", "nimbus", "onyx", "pylon", "quarry", "rivet", "saffron", "tundra",
          "umber", "vertex", "willow", "yarrow", "zephyr", "copper", "lattice", "meridian", "orchard", "tessel"]
CORP_B = ["labs", "works", "systems", "logistics", "health", "freight", "media", "analytics", "robotics",
          "foods", "energy", "bank", "studio", "cloud", "mobility", "learning", "games", "retail", "bio", "grid"]
CORP_TLD = ["io", "dev", "co", "net", "com", "de", "fr", "nl", "co.uk", "com.br", "in", "co.za", "se", "fi",
            "pl", "it", "es", "ca", "com.au", "ch", "at", "app", "tech", "eu"]


def localpart(r):
    f, l = r.choice(FIRST), r.choice(LAST)
    return r.choice([f"{f}.{l}", f"{f}{l[0]}", f"{f[0]}{l}", f"{f}_{l}", f"{f}.{l}{r.randint(1, 99)}",
                     f"{l}.{f}", f"{f}{r.randint(70, 99)}"])


def corp_domain(r):
    return f"{r.choice(CORP_A)}{r.choice(['', '-'])}{r.choice(CORP_B)}.{r.choice(CORP_TLD)}"


def email_public(r):
    return f"{localpart(r)}@{r.choice(PROVIDERS)}"


def email_corp(r, domain=None):
    return f"{localpart(r)}@{domain or corp_domain(r)}"


def role_email(r, domain=None):
    role = r.choice(["ops", "infra", "noc", "billing", "devops", "sre", "it-helpdesk", "platform", "alerts",
                     "security", "dba", "release", "support"])
    return f"{role}@{domain or corp_domain(r)}"


RESERVED_DOMAINS = ["example.com", "example.org", "example.net", "corp.example", "mail.example",
                    "intranet.test", "lab.test", "nowhere.invalid", "host.localhost", "acme.example"]


def email_reserved(r):
    return f"{localpart(r)}@{r.choice(RESERVED_DOMAINS)}"


# ---------------------------------------------------------------- passwords

SYMS = {
    "url": "-_.~",
    "shell": "-_.+,:=%^",
    "ini": "-_.!+=^%~",
    "quoted": "-_.!#%*+=?^~:,",
    "yaml": "-_.!+=^",
    "net": "-_.",
    "prose": "-_.!#%*+=?^~",
}
WORDS = ["harbor", "lantern", "copper", "meadow", "falcon", "thistle", "glacier", "saffron", "quartz",
         "ember", "willow", "marble", "cobalt", "juniper", "tundra", "orchid", "bramble", "nectar", "pebble",
         "cinder", "velvet", "walnut", "heron", "basalt", "fennel", "lagoon", "mango", "pepper", "raven",
         "sorrel", "tamarind", "violet", "yonder", "zinnia", "anvil", "beacon", "cactus", "dynamo", "gondola",
         "hazel", "igloo", "jackal", "kiwi", "lilac", "muffin", "nutmeg", "otter", "parsnip", "quill", "rocket"]
MOUNTAINS = ["Aconcagua", "Kilimanjaro", "Elbrus", "Denali", "Rinjani", "Ararat", "Olympus", "Triglav",
             "Musala", "Toubkal", "Kinabalu", "Erebus", "Cotopaxi", "Fuji", "Matterhorn", "Tahat", "Ruwenzori"]
BIRDS = ["kingfisher", "hoopoe", "cormorant", "bulbul", "kookaburra", "nightjar", "oriole", "puffin",
         "shrike", "wagtail", "toucan", "sandpiper", "flamingo", "goshawk", "lapwing"]
STARS = ["Vega", "Rigel", "Altair", "Deneb", "Sirius", "Antares", "Capella", "Polaris", "Arcturus", "Spica",
         "Mizar", "Alnitak", "Castor", "Procyon"]
MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
KEYWALKS = ["qwerty", "asdfgh", "zxcvbn", "1qaz2wsx", "qazwsx", "poiuy", "mnbvc", "wsxedc"]
LEET = str.maketrans({"a": "4", "e": "3", "i": "1", "o": "0", "s": "5", "t": "7"})
CONS, VOW = "bcdfghjklmnprstvz", "aeiou"

PW_STYLES = ["wordword", "generator", "passphrase", "leet", "mountain_year", "bird_digits", "star_sym",
             "month_rota", "pronounceable", "word_pin_word", "chunked", "underscore_triple", "keywalk_word",
             "long_alnum", "camel_run"]


def pw(r, ctx="quoted", style=None):
    """Return (kind, password) with only the characters the context allows."""
    syms = SYMS[ctx]
    style = style or r.choice(PW_STYLES)
    sym = r.choice(syms)
    if style == "wordword":
        v = r.choice(WORDS).capitalize() + r.choice(WORDS) + str(r.randint(10, 9999)) + sym
    elif style == "generator":
        pool = ALNUM + syms
        while True:
            v = r.choice(ALNUM) + rs(r, pool, r.randint(14, 22))
            if any(c in DIGITS for c in v) and any(c in UPPER for c in v):
                break
    elif style == "passphrase":
        sep = "-" if "-" in syms else "."
        v = sep.join(r.sample(WORDS, r.randint(3, 4))) + sep + str(r.randint(2, 99))
    elif style == "leet":
        v = (r.choice(WORDS) + r.choice(WORDS)).translate(LEET).capitalize() + sym + str(r.randint(1, 99))
    elif style == "mountain_year":
        v = r.choice(MOUNTAINS) + str(r.randint(1961, 2024)) + sym
    elif style == "bird_digits":
        v = r.choice(BIRDS).capitalize() + sym + str(r.randint(100, 99999))
    elif style == "star_sym":
        a, b = r.sample(STARS, 2)
        v = a + sym + b + str(r.randint(1, 9))
    elif style == "month_rota":
        v = r.choice(MONTHS) + str(r.randint(2019, 2026)) + sym + r.choice(WORDS)
    elif style == "pronounceable":
        v = "".join(r.choice(CONS) + r.choice(VOW) for _ in range(4)).capitalize() + str(r.randint(10, 99))
    elif style == "word_pin_word":
        v = r.choice(WORDS) + str(r.randint(1000, 9999)) + r.choice(WORDS).upper()
    elif style == "chunked":
        sep = "-" if "-" in syms else "."
        v = sep.join(rs(r, UPPER + DIGITS, 4) for _ in range(4))
    elif style == "underscore_triple":
        sep = "_" if "_" in syms else "-"
        v = sep.join(r.sample(WORDS, 3)) + str(r.randint(1, 9))
    elif style == "keywalk_word":
        v = r.choice(KEYWALKS) + r.choice(WORDS).capitalize() + sym
    elif style == "long_alnum":
        v = rs(r, ALNUM, r.randint(24, 32))
    else:  # camel_run
        v = "".join(w.capitalize() for w in r.sample(WORDS, 3)) + str(r.randint(1, 999))
    assert "@" not in v
    return "pw_" + style, v


def snmp_community(r):
    return r.choice(WORDS) + r.choice(["RO", "rw", "Mon", "Nms", "_ro", "-poll"]) + str(r.randint(10, 999))


def shared_secret(r, ctx="net"):
    syms = SYMS[ctx]
    return rs(r, ALNUM, r.randint(10, 14)) + r.choice(syms) + rs(r, ALNUM, r.randint(4, 8))


def wifi_psk(r):
    return r.choice(WORDS).capitalize() + "-" + r.choice(WORDS) + "-" + str(r.randint(100, 9999))


# ---------------------------------------------------------------- tokens

def jwt(r, claims):
    def b64u(b):
        return base64.urlsafe_b64encode(b).rstrip(b"=").decode()
    head = b64u(json.dumps({"alg": r.choice(["HS256", "RS256"]), "typ": "JWT"}, separators=(",", ":")).encode())
    body = b64u(json.dumps(claims, separators=(",", ":")).encode())
    return f"{head}.{body}.{rs(r, B64URL, 43)}"


def b64(r, nbytes):
    return base64.b64encode(bytes(r.randrange(256) for _ in range(nbytes))).decode()


def tok(r, vendor):
    """Return (kind, token) for a vendor token type."""
    v = vendor
    if v == "sambanova":
        t = uuid4(r)
    elif v == "novita":
        t = "sk_" + rs(r, B64URL, 43)
    elif v == "moonshot":
        t = "sk-" + rs(r, ALNUM, 48)
    elif v == "minimax":
        t = jwt(r, {"GroupName": r.choice(WORDS), "UserName": r.choice(FIRST), "GroupID": str(r.randint(10**17, 10**18)),
                    "TokenType": 1, "iss": "minimax"})
    elif v == "baichuan":
        t = "sk-" + hexs(r, 32)
    elif v == "stepfun":
        t = rs(r, ALNUM, 64)
    elif v == "iflytek_appid":
        t = hexs(r, 8)
    elif v == "iflytek_apikey":
        t = hexs(r, 32)
    elif v == "iflytek_apisecret":
        t = rs(r, ALNUM, 32)
    elif v == "tiingo":
        t = hexs(r, 40)
    elif v == "twelvedata":
        t = hexs(r, 32)
    elif v == "alphavantage":
        t = rs(r, UPPER + DIGITS, 16)
    elif v == "polygon":
        t = rs(r, ALNUM + "_", 32)
    elif v == "weatherapi":
        t = hexs(r, 31)
    elif v == "tomorrowio":
        t = rs(r, ALNUM, 32)
    elif v == "visualcrossing":
        t = rs(r, UPPER + DIGITS, 25)
    elif v == "abstractapi":
        t = hexs(r, 32)
    elif v == "scraperapi":
        t = hexs(r, 32)
    elif v == "proxycurl":
        t = rs(r, B64URL, 22)
    elif v == "browserbase":
        t = "bb_live_" + rs(r, B64URL, 27)
    elif v == "kraken_key":
        t = b64(r, 42)
    elif v == "kraken_secret":
        t = b64(r, 64)
    elif v == "bitstamp_key":
        t = rs(r, ALNUM, 32)
    elif v == "bitstamp_secret":
        t = rs(r, ALNUM, 32)
    elif v == "filestack":
        t = "A" + rs(r, ALNUM, 21)
    elif v == "transloadit_key":
        t = hexs(r, 32)
    elif v == "transloadit_secret":
        t = hexs(r, 40)
    elif v == "imgix":
        t = "ak_" + hexs(r, 64)
    elif v == "apivideo":
        t = rs(r, ALNUM, 43)
    elif v == "wistia":
        t = hexs(r, 64)
    elif v == "livepeer":
        t = uuid4(r)
    elif v == "hms_key":
        t = hexs(r, 24)
    elif v == "hms_secret":
        t = b64(r, 33)
    elif v == "sendbird":
        t = hexs(r, 40)
    elif v == "cometchat":
        t = hexs(r, 40)
    elif v == "talkjs":
        t = "sk_live_" + rs(r, ALNUM, 24)
    elif v == "socketlabs":
        t = rs(r, ALNUM, 20) + "." + rs(r, ALNUM, 29)
    elif v == "plunk":
        t = "sk_" + hexs(r, 48)
    elif v == "buttondown":
        t = uuid4(r)
    elif v == "convertkit":
        t = rs(r, B64URL, 43)
    elif v == "beehiiv":
        t = rs(r, ALNUM, 64)
    elif v == "sendy":
        t = rs(r, ALNUM, 20)
    elif v == "omnisend":
        t = hexs(r, 24) + "-" + rs(r, ALNUM, 50)
    elif v == "activecampaign":
        t = hexs(r, 72)
    elif v == "getresponse":
        t = rs(r, LOWER + DIGITS, 32)
    elif v == "customerio_site":
        t = hexs(r, 20)
    elif v == "customerio_key":
        t = hexs(r, 20)
    elif v == "customerio_app":
        t = hexs(r, 32)
    elif v == "iterable":
        t = hexs(r, 32)
    elif v == "braze":
        t = uuid4(r)
    elif v == "clevertap_passcode":
        t = "-".join(rs(r, UPPER, 3) for _ in range(2)) + "-" + rs(r, UPPER, 4)
    elif v == "moengage":
        t = rs(r, UPPER + DIGITS, 24)
    elif v == "pushwoosh":
        t = rs(r, ALNUM, 80)
    elif v == "drip":
        t = hexs(r, 32)
    elif v == "flagsmith":
        t = "ser." + rs(r, ALNUM, 22)
    elif v == "unleash":
        t = r.choice(["default", "checkout", "mobile"]) + ":" + r.choice(["production", "development"]) + "." + hexs(r, 56)
    elif v == "configcat":
        t = "configcat-sdk-1/" + rs(r, B64URL, 22) + "/" + rs(r, B64URL, 22)
    elif v == "statsig":
        t = "secret-" + rs(r, ALNUM, 43)
    elif v == "growthbook":
        t = "secret_admin_" + rs(r, ALNUM, 40)
    elif v == "sonarcloud":
        t = hexs(r, 40)
    elif v == "coveralls":
        t = rs(r, ALNUM, 35)
    elif v == "percy":
        t = "web_" + hexs(r, 64)
    elif v == "chromatic":
        t = "chpt_" + hexs(r, 15)
    elif v == "saucelabs":
        t = uuid4(r)
    elif v == "lambdatest":
        t = "LT_" + rs(r, ALNUM, 47)
    elif v == "depot":
        t = "depot_project_" + hexs(r, 64)
    elif v == "calendly":
        t = jwt(r, {"iss": "https://auth.calendly.com", "iat": r.randint(1600000000, 1750000000), "jti": uuid4(r),
                    "user_uuid": uuid4(r)})
    elif v == "harvest":
        t = str(r.randint(1000000, 4999999)) + ".pt." + rs(r, B64URL, 86)
    elif v == "toggl":
        t = hexs(r, 32)
    elif v == "webflow":
        t = hexs(r, 64)
    elif v == "miro":
        t = "eyJtaXJv" + rs(r, B64URL, 32) + "_" + rs(r, B64URL, 27)
    elif v == "lob":
        t = "live_" + hexs(r, 35)
    elif v == "shipstation_key":
        t = hexs(r, 32)
    elif v == "shipstation_secret":
        t = hexs(r, 32)
    elif v == "avalara":
        t = rs(r, "0123456789ABCDEF", 16)
    elif v == "hygraph":
        t = jwt(r, {"version": 3, "iat": r.randint(1600000000, 1750000000), "aud": ["https://api-eu-central-1.hygraph.com/v2/" + rs(r, LOWER + DIGITS, 25) + "/master"],
                    "iss": "https://management.hygraph.com/", "sub": uuid4(r), "jti": rs(r, LOWER + DIGITS, 25)})
    elif v == "magicbell_key":
        t = hexs(r, 40)
    elif v == "magicbell_secret":
        t = rs(r, ALNUM, 40)
    elif v == "naver_id":
        t = rs(r, ALNUM, 20)
    elif v == "naver_secret":
        t = rs(r, ALNUM, 10)
    elif v == "ksyun_ak":
        t = "AKLT" + rs(r, B64URL, 22)
    elif v == "ksyun_sk":
        t = rs(r, ALNUM + "+/", 48)
    elif v == "whereby":
        t = jwt(r, {"iat": r.randint(1600000000, 1750000000), "iss": "https://accounts.srv.whereby.com", "type": "apiKey", "sub": "-"})
    elif v == "lepton":
        t = rs(r, ALNUM, 32) + ":" + rs(r, ALNUM, 32)
    else:
        raise KeyError(vendor)
    return v, t


# ---------------------------------------------------------------- generic secrets

def app_secret_hex(r, n=64):
    return hexs(r, n)


def app_secret_b64(r, nbytes=32):
    return b64(r, nbytes)


def app_secret_alnum(r, n=50):
    return rs(r, ALNUM, n)


def aws_style_pair(r):
    return "AKIA" + rs(r, UPPER + "234567", 16), rs(r, ALNUM + "+/", 40)


# ---------------------------------------------------------------- look-alikes

def version3(r):
    return f"{r.randint(0, 9)}.{r.randint(0, 30)}.{r.randint(0, 20)}"


def build4(r):
    # IPv4-shaped build number that is never a global address (first part 0-9 with .0 or private-ish)
    return f"{r.randint(1, 9)}.{r.randint(0, 9)}.{r.randint(0, 40)}.{r.randint(1000, 9999) % 256}"


def git_sha(r, n=40):
    return hexs(r, n)


def ssh_fp(r):
    return "SHA256:" + rs(r, ALNUM + "+/", 43)


def tls_fp(r):
    return ":".join(rs(r, "0123456789ABCDEF", 2) for _ in range(32))


def pgp_fp(r):
    return " ".join(rs(r, "0123456789ABCDEF", 4) for _ in range(10))


def sha512crypt(r):
    return "$6$" + rs(r, ALNUM + "./", 16) + "$" + rs(r, ALNUM + "./", 86)


def bcrypt_hash(r):
    return "$2y$10$" + rs(r, ALNUM + "./", 53)


def masked(r, prefix=""):
    return prefix + "*" * r.randint(8, 16) + rs(r, LOWER + DIGITS, 4)


def mac(r):
    return ":".join(rs(r, "0123456789abcdef", 2) for _ in range(6))


def public_key_hex(r):
    return hexs(r, 64)


# ---------------------------------------------------------------- names and hosts

HOSTWORDS = ["atlas", "borealis", "calypso", "draco", "eris", "fornax", "gemma", "hydra", "ixion", "janus",
             "kraken-db", "lyra", "mensa", "norma", "octans", "pavo", "rhea", "sagitta", "tucana", "vela"]


def host(r, domain=None):
    return f"{r.choice(HOSTWORDS)}{r.randint(1, 9)}.{domain or corp_domain(r)}"


def user(r):
    return r.choice(FIRST) + r.choice(["", ".", "_"]) + r.choice(LAST)[: r.randint(3, 6)]


def svc_user(r):
    return r.choice(["svc", "app", "etl", "bot", "deploy", "ro", "backup", "sync"]) + "_" + r.choice(WORDS)
