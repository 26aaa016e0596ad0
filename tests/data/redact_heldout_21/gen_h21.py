"""Value generators for held-out set 21 (written from scratch; stdlib only).

A marked value is U+E000 TAG|kind U+E001 value U+E002; the tag LOOK marks a look-alike.
"""
import base64
import ipaddress
import json
import string

A, B, C = "\ue000", "\ue001", "\ue002"
ALNUM = string.ascii_letters + string.digits
LOWER = string.ascii_lowercase
HEX = "0123456789abcdef"


def m(tag, kind, value):
    return f"{A}{tag}|{kind}{B}{value}{C}"


def look(kind, value):
    return m("LOOK", kind, value)


def rs(r, n, alphabet=ALNUM):
    return "".join(r.choice(alphabet) for _ in range(n))


# ---------------------------------------------------------------- e-mail
FIRST = ["amara", "teodor", "ingrid", "kwame", "lucia", "rahim", "sione", "mirela", "oskar", "yuki",
         "farida", "bartek", "noemi", "tariq", "hanne", "joaquim", "leilani", "dmitri", "aisling", "kofi",
         "marisol", "viktor", "saanvi", "emre", "tuula", "nadia", "olamide", "pieter", "zainab", "henrik"]
LAST = ["okafor", "lindqvist", "moreau", "tanaka", "delacroix", "haddad", "petrov", "nakamura", "ferreira",
        "kowalczyk", "mensah", "valdivia", "oyelaran", "strand", "castellanos", "abubakar", "novak", "ramos",
        "bergstrom", "achterberg", "quispe", "marchetti", "sorensen", "iwasaki", "tavares", "ndlovu"]
PROVIDERS = ["gmail.com", "outlook.com", "proton.me", "yahoo.co.uk", "gmx.at", "mail.ru", "yandex.com",
             "fastmail.fm", "zoho.eu", "icloud.com", "hotmail.fr", "web.de", "seznam.cz", "laposte.net",
             "libero.it", "naver.com", "rediffmail.com", "ukr.net", "wp.pl", "tutanota.com"]
COMPANIES = ["kelpwave.io", "brackenfold.com", "tidecrest.net", "orrisbay.co", "fernhollow.dev", "quillmarsh.org",
             "saltgrove.eu", "lanternreef.io", "cobaltmoor.com", "emberdune.net", "hazelkeep.de", "vireoworks.com",
             "nimbusquay.app", "peatlandlabs.io", "sorrelgate.cz", "umbertrail.fr"]


def email_value(r, company=None):
    f, l = r.choice(FIRST), r.choice(LAST)
    local = r.choice([f"{f}.{l}", f"{f[0]}{l}", f"{f}_{l}{r.randint(1, 99)}", f"{l}.{f}", f"{f}{r.randint(70, 99)}",
                      f"{f}-{l}"])
    dom = company or (r.choice(PROVIDERS) if r.random() < 0.6 else r.choice(COMPANIES))
    return f"{local}@{dom}"


def email(r, kind="email", company=None):
    return m("EMAIL", kind, email_value(r, company))


def role_email(r, role, kind="role_email"):
    return m("EMAIL", kind, f"{role}@{r.choice(COMPANIES)}")


RESERVED = ["example.com", "example.org", "example.net", "corp.example", "mail.test", "nowhere.invalid",
            "dev.localhost", "sandbox.example"]


def reserved_email(r):
    return look("reserved_email", f"{r.choice(FIRST)}.{r.choice(LAST)}@{r.choice(RESERVED)}")


# ---------------------------------------------------------------- IPv4
def ip_value(r):
    while True:
        a = r.randint(1, 223)
        if a in (10, 100, 127, 0):
            continue
        s = f"{a}.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}"
        ip = ipaddress.ip_address(s)
        if ip.is_global and not ip.is_multicast:
            return s


def ip(r, kind="ipv4"):
    return m("IP_ADDRESS", kind, ip_value(r))


def private_ip(r):
    c = r.randrange(7)
    if c == 0:
        return look("private_ip", f"10.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}")
    if c == 1:
        return look("private_ip", f"192.168.{r.randint(0, 255)}.{r.randint(1, 254)}")
    if c == 2:
        return look("private_ip", f"172.{r.randint(16, 31)}.{r.randint(0, 255)}.{r.randint(1, 254)}")
    if c == 3:
        return look("loopback_ip", f"127.0.{r.randint(0, 1)}.{r.randint(1, 9)}")
    if c == 4:
        return look("cgnat_ip", f"100.{r.randint(64, 127)}.{r.randint(0, 255)}.{r.randint(1, 254)}")
    if c == 5:
        return look("link_local_ip", f"169.254.{r.randint(1, 254)}.{r.randint(1, 254)}")
    return look("unspecified_ip", "0.0.0.0")


def netmask(r):
    return look("netmask", r.choice(["255.255.255.0", "255.255.0.0", "255.255.255.192", "255.255.255.240",
                                     "255.255.248.0", "255.255.255.252"]))


# ---------------------------------------------------------------- look-alike identifiers
def version(r, parts=3):
    return look("version", ".".join(str(r.randint(0, 24)) for _ in range(parts)))


def uuid_value(r):
    h = rs(r, 32, HEX)
    h = h[:12] + "4" + h[13:16] + r.choice("89ab") + h[17:]
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"


def uuid_look(r, role="uuid_id"):
    return look(role, uuid_value(r))


def git_sha(r, n=40):
    return look("git_sha", rs(r, n, HEX))


def md5(r):
    return look("md5_hash", rs(r, 32, HEX))


def sha256_fp(r):
    return look("ssh_fingerprint", "SHA256:" + base64.b64encode(bytes(r.randrange(256) for _ in range(32))).decode().rstrip("="))


def placeholder(r):
    return look("placeholder", r.choice(["changeme", "CHANGEME", "your-password-here", "<password>", "xxxxxxxx"]))


# ---------------------------------------------------------------- passwords
CHARSETS = {
    "url": "-_.~",
    "sh": "-_.+,:=%^",
    "ini": "-_.!+=^%~",
    "q": "-_.!#%*+=?^~:,",
    "yaml": "-_.!+=^",
    "net": "-_.",
    "prose": "-_.!#%*+=?^~",
    "csv": "-_.!#%*+=?^~:",
    "xml": "-_.!#%*+=?^~:,",
}
WORDS = ["granite", "otter", "saffron", "harbor", "juniper", "cobalt", "meadow", "lantern", "pepper", "walrus",
         "quartz", "thimble", "marigold", "sprocket", "tundra", "velvet", "anchor", "bramble", "cinder", "dahlia",
         "falcon", "gossamer", "hickory", "ivory", "jasper", "kestrel", "lagoon", "mosaic", "nutmeg", "orchid"]
MOUNTAINS = ["Aconcagua", "Kilimanjaro", "Denali", "Elbrus", "Rinjani", "Chimborazo", "Matterhorn", "Olympus",
             "Ararat", "Kosciuszko", "Annapurna", "Fuji", "Toubkal", "Triglav", "Cotopaxi"]
WALKS = ["qwerty", "asdfgh", "zxcvbn", "1qaz2wsx", "qazwsx", "poiuyt", "mnbvcx", "wsxedc"]
STYLES = ["words", "gen", "phrase", "leet", "alnum", "camel", "mountain", "walk", "pin", "dotted", "runs"]


def password_value(r, ctx="q", style=None):
    sym = CHARSETS[ctx]
    style = style or r.choice(STYLES)
    if style == "words":
        v = r.choice(WORDS).capitalize() + r.choice(WORDS) + str(r.randint(10, 9999)) + r.choice(sym)
    elif style == "gen":
        body = list(rs(r, r.randint(14, 22)))
        for _ in range(3):
            body.insert(r.randrange(len(body)), r.choice(sym))
        v = "".join(body)
    elif style == "phrase":
        sep = "-" if "-" in sym else "."
        v = sep.join(r.sample(WORDS, r.randint(4, 5)))
    elif style == "leet":
        w = r.choice(WORDS) + r.choice(WORDS)
        v = w.translate(str.maketrans("aeiost", "4310$7" if "$" in sym else "431057")).capitalize() + str(r.randint(1, 99)) + r.choice(sym)
    elif style == "alnum":
        v = rs(r, r.randint(20, 32))
    elif style == "camel":
        v = "".join(w.capitalize() for w in r.sample(WORDS, 3)) + str(r.randint(100, 999))
    elif style == "mountain":
        v = r.choice(MOUNTAINS) + str(r.randint(1975, 2024)) + r.choice(sym)
    elif style == "walk":
        v = r.choice(WALKS) + r.choice(WORDS).capitalize() + str(r.randint(10, 99)) + r.choice(sym)
    elif style == "pin":
        v = str(r.randint(1000, 99999)) + r.choice(WORDS).capitalize() + r.choice(sym)
    elif style == "dotted":
        v = r.choice(WORDS) + "." + r.choice(WORDS).capitalize() + "." + str(r.randint(10, 99))
    else:  # runs
        v = rs(r, 3, string.ascii_uppercase) + rs(r, 4, string.digits) + rs(r, 5, LOWER) + r.choice(sym) + rs(r, 3, string.digits)
    return v, style


def pw(r, ctx="q", kind=None, style=None):
    v, style = password_value(r, ctx, style)
    assert "@" not in v
    return m("PASSWORD", kind or f"pw_{style}", v)


# ---------------------------------------------------------------- keys
def b64url(raw):
    return base64.urlsafe_b64encode(raw).decode().rstrip("=")


def jwt(r, claims):
    h = b64url(json.dumps({"alg": "HS256", "typ": "JWT"}, separators=(",", ":")).encode())
    p = b64url(json.dumps(claims, separators=(",", ":")).encode())
    return f"{h}.{p}.{b64url(bytes(r.randrange(256) for _ in range(32)))}"


def key_value(r, kind):
    if kind == "lokalise":
        return rs(r, 40, HEX)
    if kind == "crowdin":
        return rs(r, 80, HEX)
    if kind == "transifex":
        return "1/" + rs(r, 40, HEX)
    if kind == "phrase":
        return rs(r, 64, HEX)
    if kind == "storyblok":
        return rs(r, 22) + "tt"
    if kind == "datocms":
        return rs(r, 30, HEX)
    if kind == "strapi":
        return rs(r, 128, HEX)
    if kind == "tolgee":
        return "tgpak_" + rs(r, 40, LOWER + string.digits)
    if kind == "weblate":
        return "wlu_" + rs(r, 40)
    if kind == "nhost_admin":
        return rs(r, 32)
    if kind == "convex_deploy":
        return f"prod:{r.choice(WORDS)}-{r.choice(WORDS)}-{r.randint(100, 999)}|" + b64url(bytes(r.randrange(256) for _ in range(48)))
    if kind == "xata":
        return "xau_" + rs(r, 36)
    if kind == "fauna":
        return "fnA" + rs(r, 37)
    if kind == "anyscale":
        return "esecret_" + rs(r, 30, LOWER + string.digits)
    if kind == "baseten":
        return rs(r, 8) + "." + rs(r, 32)
    if kind in ("zyte", "diffbot", "novu", "lemlist", "hex32"):
        return rs(r, 32, HEX)
    if kind == "checkly":
        return "cu_" + rs(r, 32, HEX)
    if kind == "betterstack":
        return rs(r, 24)
    if kind == "tinybird":
        return "p." + jwt(r, {"u": uuid_value(r), "id": uuid_value(r)}).split(".", 1)[1]
    if kind == "mailerlite":
        return jwt(r, {"aud": "1", "jti": rs(r, 40, HEX), "iat": r.randint(1690000000, 1730000000)})
    if kind == "gumroad":
        return b64url(bytes(r.randrange(256) for _ in range(32)))
    if kind in ("lago", "uuid_key"):
        return uuid_value(r)
    if kind == "aws_id":
        return r.choice(["AKIA", "ASIA"]) + rs(r, 16, string.ascii_uppercase + "234567")
    if kind == "aws_secret":
        return rs(r, 40, ALNUM + "+/")
    if kind == "hex64":
        return rs(r, 64, HEX)
    if kind == "hex40":
        return rs(r, 40, HEX)
    if kind == "b64_32":
        return base64.b64encode(bytes(r.randrange(256) for _ in range(32))).decode()
    if kind == "alnum40":
        return rs(r, 40)
    if kind == "jwt_generic":
        return jwt(r, {"sub": rs(r, 10, LOWER), "iat": r.randint(1690000000, 1730000000)})
    if kind == "django_secret":
        return rs(r, 50, LOWER + string.digits + "!#%^*(-_=+)")
    raise KeyError(kind)


def key(r, kind, label_kind=None):
    return m("KEY", label_kind or kind, key_value(r, kind))


def key_q(r, kind):
    """A key safe for a quoted/YAML context: base64 with '/' and '+' is fine in quotes."""
    return key(r, kind)
