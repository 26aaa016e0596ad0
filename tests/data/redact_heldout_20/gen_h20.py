"""Value generators for held-out set 20 (written from scratch for this set; stdlib only).

Every function takes a random.Random and returns a string. Marked values are wrapped as
U+E000 TAG|kind U+E001 value U+E002; look-alikes use the tag LOOK.
"""
import base64
import ipaddress
import json
import string

M0, M1, M2 = "\ue000", "\ue001", "\ue002"
LOW, UP, DIG = string.ascii_lowercase, string.ascii_uppercase, string.digits
ALNUM = LOW + UP + DIG
HEX = "0123456789abcdef"
B64URL = ALNUM + "-_"


def mark(tag, kind, value):
    assert M0 not in value and M2 not in value
    return f"{M0}{tag}|{kind}{M1}{value}{M2}"


def look(kind, value):
    return mark("LOOK", kind, value)


def rs(r, alphabet, n):
    return "".join(r.choice(alphabet) for _ in range(n))


# ---------------------------------------------------------------- addresses
def ip_public(r):
    while True:
        a = r.choice([5, 23, 31, 37, 41, 45, 46, 51, 62, 64, 77, 78, 80, 81, 82, 85, 87, 89, 91, 93, 94, 95,
                      103, 104, 109, 115, 118, 121, 125, 128, 130, 134, 138, 141, 145, 146, 149, 151, 152,
                      154, 157, 159, 161, 164, 167, 170, 176, 178, 180, 185, 188, 193, 194, 195, 196, 197,
                      200, 201, 202, 203, 207, 209, 212, 213, 216, 217, 221])
        s = f"{a}.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}"
        ip = ipaddress.ip_address(s)
        if ip.is_global and not ip.is_multicast and a != 100:
            return s


def ip(r):
    return mark("IP_ADDRESS", "ip_public", ip_public(r))


def ip_private_raw(r):
    c = r.randrange(3)
    if c == 0:
        return f"10.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}"
    if c == 1:
        return f"172.{r.randint(16, 31)}.{r.randint(0, 255)}.{r.randint(1, 254)}"
    return f"192.168.{r.randint(0, 255)}.{r.randint(1, 254)}"


def lk_private(r):
    return look("private_ip", ip_private_raw(r))


def lk_loopback(r):
    return look("loopback_ip", r.choice(["127.0.0.1", f"127.0.{r.randint(0, 9)}.{r.randint(1, 9)}"]))


def lk_cgnat(r):
    return look("cgnat_ip", f"100.{r.randint(64, 127)}.{r.randint(0, 255)}.{r.randint(1, 254)}")


def lk_linklocal(r):
    return look("link_local_ip", f"169.254.{r.randint(1, 254)}.{r.randint(1, 254)}")


def lk_unspec(r):
    return look("unspecified_ip", "0.0.0.0")


def lk_netmask(r):
    return look("netmask", r.choice(["255.255.255.0", "255.255.0.0", "255.255.255.252", "255.255.255.240",
                                     "255.255.254.0", "255.255.255.128"]))


def lk_wildcard(r):
    return look("wildcard_mask", r.choice(["0.0.0.255", "0.0.255.255", "0.0.0.3", "0.0.0.15"]))


def mac_raw(r):
    return ":".join(f"{r.randrange(256):02x}" for _ in range(6))


def lk_mac(r):
    return look("mac_address", mac_raw(r))


# ---------------------------------------------------------------- e-mail
FIRST = ["mireille", "teodor", "ingunn", "kwabena", "soledad", "radek", "yusra", "eamon", "liesel", "tomasz",
         "adaeze", "bruno", "henrike", "ilkka", "marisol", "oskar", "pranav", "rosalind", "sven", "tuyet",
         "valdis", "wenona", "xiadani", "yorick", "zdenka", "anouk", "boris", "celestine", "dorota", "emeka",
         "fenna", "gaspard", "hedda", "ignacy", "jorunn", "kasimir", "lucinda", "matthis", "nadira", "ottilie"]
LAST = ["abernathy", "brandvold", "castellanos", "dufresne", "eriksen", "fairweather", "grabowski", "haugland",
        "ishikawa", "jankowska", "kowalczuk", "lindqvist", "marchetti", "nwachukwu", "okonkwo", "pellegrini",
        "quintero", "rasmussen", "szabo", "thorvaldsen", "uribe", "vasquez", "wojcik", "yilmaz", "zielinski",
        "achterberg", "bergstrom", "cormack", "delacroix", "evensen"]
PUBLIC_MAIL = ["gmail.com", "outlook.com", "yahoo.com", "proton.me", "gmx.de", "web.de", "mail.ru", "yandex.ru",
               "fastmail.com", "zoho.com", "icloud.com", "hotmail.co.uk", "libero.it", "seznam.cz", "wp.pl",
               "orange.fr", "t-online.de", "laposte.net", "naver.com", "qq.com"]
COMPANY = ["kelpharbor.io", "tidewright.net", "stereoquarry.com", "mahjongtable.app", "saltmarsh-labs.de",
           "ohmline.co", "brinefield.org", "quarrystone.eu", "lanternfish.dev", "heronsgate.co.uk",
           "copperbeech.nl", "ravelstone.fr", "fjordbyte.no", "pinebarren.us", "olivegrove.gr", "larchwood.se",
           "canalwharf.be", "amberreef.pl", "gullrock.ie", "marlpit.ch"]


def email_raw(r, company=None):
    f, l = r.choice(FIRST), r.choice(LAST)
    style = r.randrange(5)
    local = [f"{f}.{l}", f"{f[0]}{l}", f"{f}_{l}{r.randint(1, 99)}", f"{f}{r.randint(70, 2005)}", f"{l}.{f[0]}"][style]
    if company is None:
        company = r.random() < 0.5
    dom = r.choice(COMPANY) if company else r.choice(PUBLIC_MAIL)
    return f"{local}@{dom}"


def email(r, company=None):
    if company is None:
        company = r.random() < 0.5
    return mark("EMAIL", "email_company" if company else "email", email_raw(r, company))


def role_email(r):
    return mark("EMAIL", "email_role", f"{r.choice(['ops', 'noc', 'alerts', 'billing', 'deploy', 'oncall', 'infra', 'backup', 'security', 'helpdesk'])}@{r.choice(COMPANY)}")


RESERVED = ["example.com", "example.org", "example.net", "corp.example", "mail.test", "host.invalid",
            "dev.localhost", "shop.example", "lab.test"]


def lk_reserved_email(r):
    return look("reserved_email", f"{r.choice(FIRST)}{r.choice(['', '.' + r.choice(LAST)])}@{r.choice(RESERVED)}")


def lk_msgid(r):
    return look("message_id", f"{rs(r, HEX, 16)}.{r.randint(1000, 99999)}@{r.choice(['mx1', 'smtp', 'relay'])}.{r.choice(COMPANY)}")


# ---------------------------------------------------------------- passwords
WORDS = ["harbor", "quartz", "lantern", "basalt", "pelican", "juniper", "thistle", "marlin", "saffron", "cobalt",
         "walnut", "heron", "granite", "tundra", "ember", "falcon", "willow", "kestrel", "meadow", "copper",
         "glacier", "bramble", "otter", "sorrel", "cinder", "plover", "hazel", "quill", "raven", "sable"]
RIVERS = ["Guadalquivir", "Irrawaddy", "Zambezi", "Limpopo", "Yukon", "Amur", "Ob", "Dnieper", "Tagus",
          "Shannon", "Vistula", "Rhone", "Indus", "Niger", "Volta"]
SYMS = "!#%*+=?^~_-.:,"
CTX_ALLOWED = {
    "url": ALNUM + "-_.~",
    "shell": ALNUM + "-_.+,:=%^",
    "ini": ALNUM + "-_.!+=^%~",
    "quoted": ALNUM + "-_.!#%*+=?^~:,",
    "yaml": ALNUM + "-_.!+=^",
    "csv": ALNUM + "-_.!#%*+=?^~:",
    "net": ALNUM + "-_.",
    "prose": ALNUM + "-_.!#%*+=?^~",
}


def _sanitize(pw, ctx):
    ok = CTX_ALLOWED[ctx]
    return "".join(c if c in ok else ("-" if "-" in ok else "x") for c in pw)


def pw_raw(r, ctx="quoted", style=None):
    styles = ["wordword", "generator", "passphrase", "leet", "alnum", "camel", "river", "walk", "pin", "dotted", "runs"]
    style = style or r.choice(styles)
    if style == "wordword":
        pw = r.choice(WORDS).capitalize() + r.choice(WORDS).capitalize() + str(r.randint(10, 9999)) + r.choice("!#%*+=^~")
    elif style == "generator":
        pw = rs(r, ALNUM, r.randint(4, 8)) + r.choice(SYMS) + rs(r, ALNUM, r.randint(5, 10)) + r.choice("!#%*+^~") + rs(r, DIG, 2)
    elif style == "passphrase":
        pw = "-".join(r.sample(WORDS, r.randint(3, 5))) + "-" + str(r.randint(1, 99))
    elif style == "leet":
        w = r.choice(WORDS) + r.choice(WORDS)
        pw = w.replace("a", "4").replace("e", "3").replace("o", "0").replace("i", "1").capitalize() + r.choice("!#*+") + str(r.randint(1, 99))
    elif style == "alnum":
        pw = rs(r, ALNUM, r.randint(18, 28))
    elif style == "camel":
        pw = "".join(w.capitalize() for w in r.sample(WORDS, 3)) + str(r.randint(100, 999))
    elif style == "river":
        pw = r.choice(RIVERS) + str(r.randint(1990, 2031)) + r.choice("!#%+=^~")
    elif style == "walk":
        pw = r.choice(["Qwerty", "Asdfgh", "Zxcvbn", "1qaz2wsx", "Qazwsx", "Poiuyt"]) + r.choice(["!", "#", "+", "^"]) + str(r.randint(100, 9999)) + r.choice(WORDS)
    elif style == "pin":
        pw = str(r.randint(1000, 999999)) + r.choice(WORDS).capitalize() + r.choice("!#%+^~")
    elif style == "dotted":
        pw = r.choice(WORDS) + "." + r.choice(WORDS) + "." + str(r.randint(1, 999))
    else:
        pw = rs(r, UP, 3) + rs(r, DIG, 4) + rs(r, LOW, 5) + r.choice("!#+^") + rs(r, UP + DIG, 3)
    return _sanitize(pw, ctx), style


def pw(r, ctx="quoted", kind=None, style=None):
    v, st = pw_raw(r, ctx, style)
    assert "@" not in v
    return mark("PASSWORD", kind or f"pw_{st}", v)


# ---------------------------------------------------------------- keys / tokens
def uuid_raw(r):
    h = rs(r, HEX, 32)
    return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-{r.choice('89ab')}{h[17:20]}-{h[20:]}"


def b64_raw(r, nbytes):
    return base64.b64encode(bytes(r.randrange(256) for _ in range(nbytes))).decode()


def b64url_raw(r, nbytes):
    return base64.urlsafe_b64encode(bytes(r.randrange(256) for _ in range(nbytes))).decode().rstrip("=")


def jwt_raw(r, payload):
    h = base64.urlsafe_b64encode(json.dumps({"alg": "HS256", "typ": "JWT"}, separators=(",", ":")).encode()).decode().rstrip("=")
    p = base64.urlsafe_b64encode(json.dumps(payload, separators=(",", ":")).encode()).decode().rstrip("=")
    return f"{h}.{p}.{b64url_raw(r, 32)}"


def _key(r, t):
    if t == "klarna":
        return f"klarna_{r.choice(['test', 'live'])}_api_{rs(r, ALNUM, 44)}"
    if t == "revolut":
        return f"oa_{r.choice(['sand', 'prod'])}_{b64url_raw(r, 32)}"
    if t in ("wise", "truelayer", "urlscan", "loggly", "wechat_webhook", "sensu", "kayako_id"):
        return uuid_raw(r)
    if t == "neptune":
        j = json.dumps({"api_address": "https://app.neptune.ai", "api_url": "https://app.neptune.ai", "api_key": uuid_raw(r)})
        return base64.b64encode(j.encode()).decode().rstrip("=")
    if t == "clearml_access":
        return rs(r, UP + DIG, 30)
    if t == "clearml_secret":
        return rs(r, ALNUM, 50)
    if t == "radar":
        return f"prj_{r.choice(['live', 'test'])}_{r.choice(['sk', 'pk'])}_{rs(r, HEX, 40)}"
    if t == "ipinfo":
        return rs(r, HEX, 14)
    if t == "ipdata":
        return rs(r, HEX, 56)
    if t in ("ipstack", "positionstack", "ipgeolocation", "chatwork", "instabug", "pepipost", "cronitor", "mezmo", "afterpay"):
        return rs(r, HEX, 32)
    if t == "hybrid_analysis":
        return rs(r, LOW + DIG, 64)
    if t in ("otx", "pulsedive", "glitchtip", "kanboard"):
        return rs(r, HEX, 64)
    if t == "ipqs":
        return rs(r, ALNUM, 32)
    if t == "zoho_refresh":
        return f"1000.{rs(r, HEX, 32)}.{rs(r, HEX, 32)}"
    if t == "wrike":
        return jwt_raw(r, {"tt": "p", "al": 1, "tv": "1", "ti": rs(r, ALNUM, 24), "v": "1"})
    if t == "labelbox":
        return jwt_raw(r, {"userId": rs(r, LOW + DIG, 25), "organizationId": rs(r, LOW + DIG, 25), "apiKeyId": rs(r, LOW + DIG, 25), "iat": r.randint(1690000000, 1760000000)})
    if t == "basecamp":
        return f"BAhbB0kiAbB7{b64_raw(r, 96).rstrip('=')}--{rs(r, HEX, 40)}"
    if t == "viber":
        return f"{rs(r, HEX, 16)}-{rs(r, HEX, 16)}-{rs(r, HEX, 16)}"
    if t in ("exceptionless", "redash", "okteto", "windmill"):
        return rs(r, ALNUM, 40)
    if t in ("gogs", "porter", "verdaccio_secret"):
        return rs(r, HEX, 40)
    if t == "zammad":
        return rs(r, B64URL, 64)
    if t == "kayako_secret":
        return b64_raw(r, 48)
    if t == "aws_id":
        return "AKIA" + rs(r, UP + "234567", 16)
    if t == "aws_secret":
        return rs(r, ALNUM + "+/", 40)
    if t == "hex32":
        return rs(r, HEX, 32)
    if t == "hex64":
        return rs(r, HEX, 64)
    if t == "b64_32":
        return b64_raw(r, 32)
    if t == "alnum48":
        return rs(r, ALNUM, 48)
    if t == "app_key":
        return "base64:" + b64_raw(r, 32)
    if t == "django_secret":
        return rs(r, LOW + DIG + "!#%^*-_=+", 50)
    if t == "pumble":
        return rs(r, ALNUM, 32)
    raise KeyError(t)


def key(r, t, ctx=None):
    v = _key(r, t)
    if ctx == "url":
        assert all(c in ALNUM + "-_.~" for c in v), (t, v)
    return mark("KEY", t, v)


def key_raw(r, t):
    return _key(r, t)


# ---------------------------------------------------------------- look-alikes
def lk_version(r, parts=3):
    v = ".".join(str(r.randint(0, 24 if i == 0 else 40)) for i in range(parts))
    return look("version", v)


def lk_uuid(r, role="run_id"):
    return look(f"uuid_{role}", uuid_raw(r))


def lk_gitsha(r):
    return look("git_sha", rs(r, HEX, 40))


def lk_sha256(r):
    return look("sha256_checksum", rs(r, HEX, 64))


def lk_bcrypt(r):
    return look("bcrypt_hash", "$2b$12$" + rs(r, ALNUM + "./", 53))


def lk_argon2(r):
    return look("argon2_hash", f"$argon2id$v=19$m=65536,t=3,p=4${b64_raw(r, 16).rstrip('=')}${b64_raw(r, 32).rstrip('=')}")


def lk_sha512crypt(r):
    return look("sha512_crypt", "$6$" + rs(r, ALNUM + "./", 16) + "$" + rs(r, ALNUM + "./", 86))


def lk_ssh_fp(r):
    return look("ssh_fingerprint", "SHA256:" + b64_raw(r, 32).rstrip("="))


GEOHASH = "0123456789bcdefghjkmnpqrstuvwxyz"


def lk_geohash(r):
    return look("geohash", rs(r, GEOHASH, r.randint(9, 12)))


PLACEHOLDERS = ["changeme", "<your-api-key>", "REPLACE_ME", "${SECRET}", "xxxxxxxx", "<password>", "TODO",
                "your_token_here", "********", "<redacted>", "{{ vault_password }}", "%(password)s"]


def lk_placeholder(r, choices=None):
    return look("placeholder", r.choice(choices or PLACEHOLDERS))


def lk_md5(r):
    return look("md5_hash", rs(r, HEX, 32))
