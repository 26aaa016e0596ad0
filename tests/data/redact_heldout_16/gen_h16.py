"""Value generators for held-out set 16 (standard library only).

Every function takes a random.Random and returns a fresh random value shaped like
the thing it imitates. None of these values is a real credential.
"""

import base64
import hashlib
import ipaddress
import string
import uuid as _uuid

LOW = string.ascii_lowercase
UP = string.ascii_uppercase
DIG = string.digits
ALNUM = LOW + UP + DIG
HEX = "0123456789abcdef"
B64 = ALNUM + "+/"
B64URL = ALNUM + "-_"
B32 = UP + "234567"


def pick(r, seq):
    return seq[r.randrange(len(seq))]


def rs(r, n, alphabet=ALNUM):
    return "".join(alphabet[r.randrange(len(alphabet))] for _ in range(n))


def hexs(r, n):
    return rs(r, n, HEX)


def b64(r, nbytes, url=False, pad=True):
    raw = bytes(r.randrange(256) for _ in range(nbytes))
    s = (base64.urlsafe_b64encode if url else base64.b64encode)(raw).decode()
    return s if pad else s.rstrip("=")


def uuid4(r):
    return str(_uuid.UUID(int=r.getrandbits(128), version=4))


# ---------------------------------------------------------------- people, mail
FIRST = ["amara", "tendai", "sipho", "lerato", "kagiso", "wanjiru", "aminata", "moussa", "jean-baptiste",
         "rosemene", "dieudonne", "chikondi", "thabo", "liya", "senait", "hagos", "ifeoma", "naledi", "dorji",
         "pema", "tashi", "aygul", "merdan", "gulnara", "rustam", "ilshat", "azat", "emina", "haris", "amra",
         "kenan", "ceitidh", "ruairidh", "morag", "eilidh", "joel", "kalani", "sione", "mele", "losana",
         "epeli", "akanesi", "rafiq", "sanjukta", "bhaskar", "pranati", "dipankar", "mitali", "kusum",
         "sadia", "aziz", "layla", "yossi", "chaim", "rivka", "mendel", "ruth", "kofi", "efua", "yaw",
         "jayvee", "rhea", "ramil", "dewi", "asep", "ujang", "nyoman", "aiko", "ilse", "petra", "marius",
         "cosmin", "ioana", "oisin", "fenna", "joris", "tiago", "beatriz", "ines", "emre", "zeynep"]
LAST = ["moyo", "dube", "ncube", "mokoena", "ndlovu", "diop", "faye", "ndiaye", "pierre-louis", "jean",
        "mbeki", "banda", "phiri", "tesfaye", "gebre", "kidane", "wangchuk", "tsering", "durdyyev",
        "atayev", "gabdullin", "hodzic", "begic", "mackenzie", "macleod", "nicolson", "tupou", "fifita",
        "naivalu", "ratu", "das", "mohanty", "borah", "baruah", "gogoi", "memon", "soomro", "friedman",
        "katz", "lipschitz", "mensah", "owusu", "abellana", "cabahug", "sembiring", "suherman",
        "hidayat", "rahman", "kiprono", "cherono", "halvorsen", "koskinen", "vasquez", "oyelaran"]
PROVIDERS = ["gmail.com", "outlook.com", "proton.me", "protonmail.com", "yahoo.com", "icloud.com",
             "fastmail.com", "zoho.com", "gmx.net", "tutanota.com", "hey.com", "mail.com", "aol.com",
             "yandex.com", "hotmail.co.uk", "live.com", "posteo.de", "mailbox.org", "web.de", "seznam.cz"]
CO_A = ["tamu", "kijani", "nyota", "soko", "lakou", "kreyol", "bodhi", "drukyul", "saltire", "tusker",
        "orion", "zenith", "basalt", "cormorant", "kestrel", "tiderun", "copperleaf", "redwattle",
        "sandgrouse", "pangolin", "baobab", "marram", "lichen", "harbourline", "quillon", "ferrule",
        "vellum", "astrolabe", "gnomon", "sextant", "theodolite", "cadastre", "ledgerly", "tallyho",
        "sundial", "meridian", "parsec", "quasar", "aurochs", "ibex", "takin", "markhor", "serac"]
CO_B = ["labs", "works", "systems", "data", "cloud", "tech", "hq", "group", "net", "studio", "ops",
        "digital", "solar", "freight", "media", "health", "survey", "audio"]
TLDS = ["io", "co", "com", "net", "org", "dev", "app", "tech", "africa", "ht", "ba", "sn", "zw", "bt",
        "scot", "cymru", "to", "fj", "in", "np", "co.za", "co.ke", "com.ng", "org.uk", "de", "nl"]


def person(r):
    return pick(r, FIRST), pick(r, LAST)


def company_domain(r):
    return pick(r, CO_A) + pick(r, ["", "-"]) + pick(r, CO_B) + "." + pick(r, TLDS)


def local_part(r, first=None, last=None):
    if first is None:
        first, last = person(r)
    first = first.replace("-", "")
    last = last.replace("-", "")
    style = r.randrange(7)
    if style == 0:
        return f"{first}.{last}"
    if style == 1:
        return f"{first[0]}{last}"
    if style == 2:
        return f"{first}{r.randrange(10, 99)}"
    if style == 3:
        return f"{first}_{last}"
    if style == 4:
        return f"{last}.{first[0]}"
    if style == 5:
        return f"{first}+{pick(r, ['ops', 'billing', 'alerts', 'git', 'noc'])}"
    return f"{first}.{last}{r.randrange(1, 9)}"


def email(r):
    if r.random() < 0.5:
        return f"{local_part(r)}@{pick(r, PROVIDERS)}"
    return f"{local_part(r)}@{company_domain(r)}"


def work_email(r, domain=None):
    return f"{local_part(r)}@{domain or company_domain(r)}"


def role_email(r, domain=None):
    return f"{pick(r, ['ops', 'noc', 'it', 'admin', 'billing', 'security', 'devops', 'support', 'infra'])}@{domain or company_domain(r)}"


RESERVED_DOMAINS = ["example.com", "example.org", "example.net", "mail.example", "corp.example",
                    "host.test", "qa.test", "nowhere.invalid", "lab.example.com", "dev.example.org"]


def reserved_email(r):
    return f"{local_part(r)}@{pick(r, RESERVED_DOMAINS)}"


# ---------------------------------------------------------------- addresses
def ipv4(r):
    while True:
        a = ipaddress.IPv4Address(r.getrandbits(32))
        if a.is_global and not a.is_multicast and str(a).split(".")[0] not in ("0", "255"):
            return str(a)


def ipv6(r):
    while True:
        head = pick(r, ["2001:41d0", "2a01:4f8", "2a02:c207", "2600:1f18", "2604:a880", "2a03:b0c0",
                        "2c0f:fb50", "2406:da18", "2a05:d014", "2001:67c"])
        rest = ":".join(format(r.randrange(65536), "x") for _ in range(r.randrange(2, 5)))
        s = f"{head}:{rest}::{format(r.randrange(1, 65536), 'x')}"
        try:
            a = ipaddress.IPv6Address(s)
        except ValueError:
            continue
        if a.is_global:
            return s


def private_ip(r):
    k = r.randrange(3)
    if k == 0:
        return f"10.{r.randrange(256)}.{r.randrange(256)}.{r.randrange(1, 255)}"
    if k == 1:
        return f"172.{r.randrange(16, 32)}.{r.randrange(256)}.{r.randrange(1, 255)}"
    return f"192.168.{r.randrange(256)}.{r.randrange(1, 255)}"


def doc_ip(r):
    return pick(r, ["192.0.2", "198.51.100", "203.0.113"]) + f".{r.randrange(1, 255)}"


def cgnat_ip(r):
    return f"100.{r.randrange(64, 128)}.{r.randrange(256)}.{r.randrange(1, 255)}"


def loopback_ip(r):
    return pick(r, ["127.0.0.1", f"127.0.{r.randrange(2)}.{r.randrange(1, 9)}"])


def mac(r, sep=":"):
    return sep.join(format(r.randrange(256), "02x") for _ in range(6))


def version3(r):
    return f"{r.randrange(0, 12)}.{r.randrange(0, 40)}.{r.randrange(0, 30)}"


def version4(r):
    return f"{r.randrange(1, 20)}.{r.randrange(0, 10)}.{r.randrange(0, 99)}.{r.randrange(1, 250)}"


def sha256(r):
    return hashlib.sha256(str(r.random()).encode()).hexdigest()


def sha1(r):
    return hashlib.sha1(str(r.random()).encode()).hexdigest()


def md5(r):
    return hashlib.md5(str(r.random()).encode()).hexdigest()


def git_sha(r, short=False):
    return sha1(r)[: 7 + r.randrange(3)] if short else sha1(r)


def bcrypt_hash(r):
    return "$2b$12$" + rs(r, 53, ALNUM + "./")


def sha512_crypt(r):
    return "$6$" + rs(r, 16, ALNUM + "./") + "$" + rs(r, 86, ALNUM + "./")


def argon2_hash(r):
    return f"$argon2id$v=19$m=65536,t=3,p=4${b64(r, 16, pad=False)}${b64(r, 32, pad=False)}"


def ssh_ed25519_pub(r):
    return "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI" + b64(r, 32)[:43]


def ssh_fingerprint(r):
    return "SHA256:" + b64(r, 32, pad=False)


def oci_fingerprint(r):
    return ":".join(format(r.randrange(256), "02x") for _ in range(16))


# ---------------------------------------------------------------- passwords
WORDS = ["copper", "lantern", "harbour", "thistle", "basalt", "marigold", "falcon", "orchard", "saffron",
         "glacier", "meadow", "quartz", "tundra", "juniper", "cobalt", "nebula", "walnut", "heron", "cinder",
         "ember", "sorrel", "bramble", "pewter", "kelp", "ravine", "monsoon", "dune", "sirocco", "mesa",
         "tamarind", "baobab", "kestrel", "lynx", "otter", "zephyr", "acacia", "mango", "rooibos", "yak"]
SEASONS = ["Spring", "Summer", "Autumn", "Winter", "Fall", "Kiremt", "Bega", "Belg", "Masika", "Vuli"]
NATIVE = {
    "gaelic": ["uisge", "bàta", "sgàthan", "coineanach", "Dùbhlachd", "òran", "fraoch"],
    "bosnian": ["ćevap", "džezva", "šljiva", "Sarajevo", "Neretva", "čaršija", "žuta"],
    "turkmen": ["ýyldyz", "gülälek", "Aşgabat", "düýe", "şemal", "çöl", "ýaşyl"],
    "odia": ["ଆକାଶ", "ନଦୀ", "ପାହାଡ", "ଫୁଲ", "ସମୁଦ୍ର"],
    "assamese": ["ব্ৰহ্মপুত্ৰ", "চাহ", "বিহু", "গঁড়", "জোন"],
    "tigrinya": ["ኣስመራ", "ጸሓይ", "ባሕሪ", "ኣዕዋፍ", "ሰላም"],
    "xhosa": ["inkwenkwezi", "umlambo", "intaba", "ilanga", "imvula"],
    "shona": ["nyeredzi", "mvura", "gomo", "shumba", "zuva"],
    "wolof": ["jàmm", "ndox", "gàddaay", "xaalis", "teranga"],
    "cebuano": ["balay", "dagat", "bukid", "bulan", "adlaw"],
    "sundanese": ["gunung", "cai", "leuweung", "hujan", "kembang"],
    "tibetan": ["ཉི་མ", "ཆུ", "རི", "མེ་ཏོག", "གངས"],
    "uyghur": ["تاغ", "دەريا", "يۇلتۇز", "قۇياش", "ئانار"],
    "yiddish": ["שטערן", "װאַסער", "בערג", "זון", "פֿייגל"],
    "haitian": ["lakay", "lanmè", "solèy", "mòn", "zetwal", "kòkòt"],
    "sesotho": ["naledi", "thaba", "metsi", "pula", "letsatsi"],
    "tswana": ["tau", "phefo", "kgomo", "pula", "lefatshe"],
    "chichewa": ["nyanja", "mvula", "phiri", "dzuwa", "mtengo"],
    "oromo": ["bishaan", "gaara", "aduu", "urjii", "bosona"],
    "lingala": ["ebale", "mokili", "moto", "likolo", "mai"],
    "sindhi": ["سنڌو", "درياهه", "تارو", "سج", "جبل"],
    "dhivehi": ["ރަށް", "ކަނޑު", "ތަރި", "ހިރަ", "މަސް"],
    "bashkir": ["ҡояш", "тау", "йондоҙ", "һыу", "урман"],
    "chuvash": ["хӗвел", "ҫӑлтӑр", "шыв", "вӑрман", "тӑвӑл"],
    "tokpisin": ["haus", "solwara", "maunten", "pikinini", "kumul"],
    "tongan": ["fetu'u", "moana", "la'ā", "ngatu", "fonua"],
    "fijian": ["vanua", "waitui", "drau", "kalokalo", "siga"],
    "cornish": ["kernow", "mor", "steren", "howl", "karrek"],
    "corsican": ["muntagna", "mare", "stella", "sole", "castagna"],
    "asturian": ["ñeve", "mar", "estrella", "sidra", "monte"],
    "sardinian": ["nuraghe", "mare", "isteddu", "monte", "abba"],
}


def _norm_case(r, w):
    return w[0].upper() + w[1:] if w[0].isascii() and r.random() < 0.6 else w


def password(r, lang=None):
    """A password in one of many shapes (may contain any printable ASCII or non-Latin letters)."""
    if lang:
        w = pick(r, NATIVE[lang])
        k = r.randrange(3)
        if k == 0:
            return f"{_norm_case(r, w)}{r.randrange(10, 9999)}{pick(r, '!?*.-+')}"
        if k == 1:
            return f"{w}-{pick(r, NATIVE[lang])}-{r.randrange(100, 999)}"
        return f"{r.randrange(1, 99)}{_norm_case(r, w)}{pick(r, '#%&')}{pick(r, NATIVE[lang])}"
    k = r.randrange(15)
    if k == 0:
        return pick(r, WORDS).capitalize() + pick(r, WORDS).capitalize() + str(r.randrange(10, 999)) + pick(r, "!?*%&")
    if k == 1:
        return rs(r, 20, ALNUM + "!%^&*()-_=+[]{}:,.<>?")
    if k == 2:
        return "-".join(pick(r, WORDS) for _ in range(4))
    if k == 3:
        w = pick(r, WORDS)
        return w.replace("a", "4").replace("e", "3").replace("o", "0").replace("i", "1").capitalize() + str(r.randrange(10, 99)) + "!"
    if k == 4:
        return rs(r, 28)
    if k == 5:
        return rs(r, 9, ALNUM + "!@#%")
    if k == 6:
        return "".join(pick(r, WORDS).capitalize() for _ in range(3))
    if k == 7:
        cons, vow = "bcdfghjkmnprstvz", "aeiou"
        return "".join(pick(r, cons) + pick(r, vow) for _ in range(4)) + str(r.randrange(10, 99))
    if k == 8:
        return pick(r, SEASONS) + str(r.randrange(2019, 2027)) + pick(r, "!#@$*")
    if k == 9:
        return b64(r, 18)
    if k == 10:
        return pick(r, ["1qaz2wsx", "zaq1xsw2", "qwer4321", "asdf;lkj", "1q2w3e4r5t", "poiu0987"]) + pick(r, WORDS).capitalize() + pick(r, "!.")
    if k == 11:
        return pick(r, WORDS) + "." + pick(r, WORDS) + "." + str(r.randrange(1, 99))
    if k == 12:
        return str(r.randrange(1000, 9999)) + pick(r, WORDS).capitalize() + pick(r, "!%")
    if k == 13:
        return rs(r, 4, UP) + rs(r, 4, DIG) + rs(r, 4, LOW) + pick(r, "~^")
    return rs(r, 6, LOW) + pick(r, "_-") + rs(r, 6, DIG) + pick(r, "_-") + rs(r, 4, UP)


SAFE = {
    # characters that each context may carry in a value
    "url": set(ALNUM + "-_.~"),
    "shell": set(ALNUM + "-_.~+=,:/%^@"),
    "ini": set(ALNUM + "-_.~+=,:/%^@!*?()[]{}<>&|"),
    "xml": set(ALNUM + "-_.~+=,:/%^@!*?()[]{}#$;|"),
    "json": set(ALNUM + "-_.~+=,:/%^@!*?()[]{}#$;|<>&'"),
    "yaml": set(ALNUM + "-_.~+=,:/%^@!*?()[]{}#$;|<>&'"),
    "sq": set(ALNUM + "-_.~+=,:/%^@!*?()[]{}#;|<>&"),
    "word": set(ALNUM + "-_."),
    "alnum": set(ALNUM),
}


def pw(r, ctx="json", lang=None):
    """Password restricted to the characters the context allows. Non-ASCII letters survive
    everywhere except url/shell/word/alnum contexts."""
    allowed = SAFE[ctx]
    tries = 0
    while True:
        tries += 1
        raw = password(r, lang if tries < 20 else None)
        out = "".join(c for c in raw if c in allowed or (not c.isascii() and ctx not in ("url", "shell", "word", "alnum") and c.isprintable()))
        if len(out) >= 8 and out == out.strip():
            return out


def wifi_pw(r):
    return pick(r, WORDS) + pick(r, WORDS) + str(r.randrange(100, 9999))


def pin_word(r):
    return str(r.randrange(1000, 9999)) + pick(r, WORDS)


def app_password_google(r):
    return " ".join(rs(r, 4, LOW) for _ in range(4))


def app_password_apple(r):
    return "-".join(rs(r, 4, LOW) for _ in range(4))


def mainframe_pw(r):
    return rs(r, 1, UP) + rs(r, 7, UP + DIG + "#@$")


def short_secret(r, n=12):
    return rs(r, n, ALNUM)


# ---------------------------------------------------------------- keys / tokens
def k_groq(r):
    return "gsk_" + rs(r, 52)


def k_replicate(r):
    return "r8_" + rs(r, 37)


def k_xai(r):
    return "xai-" + rs(r, 80)


def k_mistral(r):
    return rs(r, 32)


def k_cohere(r):
    return rs(r, 40)


def k_openai_proj(r):
    return "sk-proj-" + rs(r, 48, B64URL) + "T3BlbkFJ" + rs(r, 48, B64URL)


def k_notion(r):
    return "ntn_" + rs(r, 11, DIG) + rs(r, 35)


def k_airtable(r):
    return "pat" + rs(r, 14) + "." + hexs(r, 64)


def k_mailgun(r):
    return "key-" + hexs(r, 32)


def k_resend(r):
    return "re_" + rs(r, 8) + "_" + rs(r, 24)


def k_brevo(r):
    return "xkeysib-" + hexs(r, 64) + "-" + rs(r, 16)


def k_pinecone(r):
    return "pcsk_" + rs(r, 6) + "_" + rs(r, 64)


def k_newrelic_user(r):
    return "NRAK-" + rs(r, 27, UP + DIG)


def k_newrelic_license(r):
    return hexs(r, 36) + "NRAL"


def k_dynatrace(r):
    return "dt0c01." + rs(r, 24, UP + DIG) + "." + rs(r, 64, UP + DIG)


def k_grafana_sa(r):
    return "glsa_" + rs(r, 32) + "_" + hexs(r, 8)


def k_sentry_user(r):
    return "sntryu_" + hexs(r, 64)


def k_databricks(r):
    return "dapi" + hexs(r, 32)


def k_digitalocean(r):
    return "dop_v1_" + hexs(r, 64)


def k_hetzner(r):
    return rs(r, 64)


def k_linode(r):
    return hexs(r, 64)


def k_cloudflare(r):
    return rs(r, 40, ALNUM + "_-")


def k_vercel(r):
    return rs(r, 24)


def k_planetscale(r):
    return "pscale_tkn_" + rs(r, 43, ALNUM + "_")


def k_neon(r):
    return "napi_" + rs(r, 64, LOW + DIG)


def k_okta(r):
    return "00" + rs(r, 40, ALNUM + "_-")


def k_auth0_secret(r):
    return rs(r, 64, ALNUM + "_-")


def k_algolia_admin(r):
    return hexs(r, 32)


def k_bitbucket_app(r):
    return "ATBB" + rs(r, 28) + hexs(r, 8).upper()


def k_jfrog(r):
    return "AKCp" + rs(r, 69)


def k_sonarqube(r):
    return "squ_" + hexs(r, 40)


def k_gitlab_deploy(r):
    return "gldt-" + rs(r, 20, ALNUM + "_-")


def k_github_refresh(r):
    return "ghr_" + rs(r, 76)


def k_github_pat(r):
    return "ghp_" + rs(r, 36)


def k_pusher_secret(r):
    return hexs(r, 20)


def k_ably(r):
    return rs(r, 6) + "." + rs(r, 6) + ":" + rs(r, 43, ALNUM + "_-")


def k_firebase_server(r):
    return "AAAA" + rs(r, 7, ALNUM + "_-") + ":APA91b" + rs(r, 134, ALNUM + "_-")


def k_messagebird(r):
    return rs(r, 25)


def k_telnyx(r):
    return "KEY0" + hexs(r, 28).upper() + "_" + rs(r, 22)


def k_flutterwave(r):
    return "FLWSECK-" + hexs(r, 32) + "-X"


def k_paystack(r):
    return "sk_live_" + hexs(r, 40)


def k_razorpay_id(r):
    return "rzp_live_" + rs(r, 14)


def k_mollie(r):
    return "live_" + rs(r, 30)


def k_paddle(r):
    return "pdl_live_apikey_" + rs(r, 26, LOW + DIG) + "_" + rs(r, 22) + "_" + rs(r, 3)


def k_dropbox(r):
    return "sl." + rs(r, 135, ALNUM + "-_")


def k_trello_token(r):
    return "ATTA" + hexs(r, 64) + hexs(r, 8).upper()


def k_shodan(r):
    return rs(r, 32)


def k_virustotal(r):
    return hexs(r, 64)


def k_abuseipdb(r):
    return hexs(r, 80)


def k_wandb(r):
    return hexs(r, 40)


def k_ibm_cloud(r):
    return rs(r, 44, ALNUM + "_-")


def k_yandex_iam(r):
    return "AQVN" + rs(r, 36, ALNUM + "_-")


def k_yandex_static_id(r):
    return "YCAJE" + rs(r, 20, ALNUM + "_-")


def k_yandex_static_secret(r):
    return "YCP" + rs(r, 37, ALNUM + "_-")


def k_b2_keyid(r):
    return "005" + hexs(r, 22)


def k_b2_appkey(r):
    return "K005" + rs(r, 27, ALNUM + "/+")


def k_wasabi_id(r):
    return rs(r, 20, UP + DIG)


def k_r2_secret(r):
    return hexs(r, 64)


def k_aws_id(r):
    return "AKIA" + rs(r, 16, UP + "234567")


def k_aws_secret(r):
    return rs(r, 40, ALNUM + "/+")


def k_gcp_key(r):
    return "AIza" + rs(r, 35, ALNUM + "_-")


def k_azure_sas_sig(r):
    return b64(r, 32).replace("+", "%2B").replace("/", "%2F").replace("=", "%3D")


def k_spotify_secret(r):
    return hexs(r, 32)


def k_discogs(r):
    return rs(r, 40)


def k_acoustid(r):
    return rs(r, 10)


def k_nasa(r):
    return rs(r, 40)


def k_here(r):
    return rs(r, 43, ALNUM + "_-")


def k_tomtom(r):
    return rs(r, 32)


def k_geoapify(r):
    return hexs(r, 32)


def k_arcgis(r):
    return "AAPK" + hexs(r, 32) + rs(r, 60, ALNUM + "_-")


def k_zotero(r):
    return rs(r, 24)


def k_quickbooks_secret(r):
    return rs(r, 40)


def k_odoo(r):
    return hexs(r, 40)


def k_moodle(r):
    return hexs(r, 32)


def k_cal(r):
    return "cal_live_" + hexs(r, 32)


def k_crowdin(r):
    return hexs(r, 80)


def k_lokalise(r):
    return hexs(r, 40)


def k_transifex(r):
    return "1/" + hexs(r, 40)


def k_octoprint(r):
    return hexs(r, 32).upper()


def k_solaredge(r):
    return rs(r, 32, UP + DIG)


def k_hue(r):
    return rs(r, 40, ALNUM + "-")


def k_nanoleaf(r):
    return rs(r, 32)


def k_truenas(r):
    return f"{r.randrange(1, 20)}-" + rs(r, 64)


def k_portainer(r):
    return "ptr_" + rs(r, 43, ALNUM + "+/=")


def k_gitea(r):
    return hexs(r, 40)


def k_harbor_robot(r):
    return rs(r, 32)


def k_quay_robot(r):
    return rs(r, 64, UP + DIG)


def k_erlang_cookie(r):
    return rs(r, 20, UP)


def k_fernet(r):
    return b64(r, 32, url=True)


def k_django_like(r):
    return rs(r, 50, ALNUM + "!@%^&*(-_=+)")


def k_hex64(r):
    return hexs(r, 64)


def k_hex32(r):
    return hexs(r, 32)


def k_b64_32(r):
    return b64(r, 32)


def k_keycloak_secret(r):
    return rs(r, 32)


def k_totp(r):
    return rs(r, 32, B32)


def k_wireguard(r):
    return b64(r, 32)


def k_agora_cert(r):
    return hexs(r, 32)


def k_stream_secret(r):
    return rs(r, 64, LOW + DIG)


def k_kraken_private(r):
    return b64(r, 64)


def k_kraken_public(r):
    return b64(r, 42)


def k_coinbase_cdp_name(r):
    return f"organizations/{uuid4(r)}/apiKeys/{uuid4(r)}"


def k_intercom(r):
    return "dG9rOj" + b64(r, 42, pad=False).replace("/", "_").replace("+", "-")


def k_freshdesk(r):
    return rs(r, 20)


def k_smartsheet(r):
    return rs(r, 37)


def k_box(r):
    return rs(r, 32)


def k_ipinfo(r):
    return hexs(r, 14)


def k_rapidapi(r):
    return rs(r, 18, LOW + DIG) + "msh" + rs(r, 15, LOW + DIG) + "jsn" + rs(r, 12, LOW + DIG)


def k_jwt(r, claims=None):
    head = base64.urlsafe_b64encode(b'{"alg":"HS256","typ":"JWT"}').decode().rstrip("=")
    body = base64.urlsafe_b64encode((claims or '{"sub":"%s","iat":%d}' % (rs(r, 10), 1700000000 + r.randrange(9 ** 8))).encode()).decode().rstrip("=")
    return f"{head}.{body}.{b64(r, 32, url=True, pad=False)}"


def k_consul(r):
    return uuid4(r)


def k_proxmox_secret(r):
    return uuid4(r)


def k_postmark(r):
    return uuid4(r)


def k_ovh_like_secret(r):
    return rs(r, 32)


def k_fortigate_api(r):
    return rs(r, 30, ALNUM)


def k_panos_api(r):
    return "LUFRPT" + b64(r, 60)


def k_snowflake_pat(r):
    return k_jwt(r)


def k_gitlab_runner_auth(r):
    return "glrt-" + rs(r, 20, ALNUM + "_-")


def k_teamcity(r):
    return "eyJ0eXAiOiAiVENWMiJ9." + rs(r, 36, ALNUM + "_-") + "." + rs(r, 48, ALNUM + "_-")


def k_bitrise(r):
    return rs(r, 86, ALNUM + "_-")


def k_codemagic(r):
    return rs(r, 43, ALNUM + "_-")


def k_travis(r):
    return rs(r, 22, ALNUM + "_-")


def k_appveyor(r):
    return "v2." + rs(r, 20, LOW + DIG)


def k_semaphore(r):
    return rs(r, 20, LOW + DIG)


def k_mlflow(r):
    return "dapi" + hexs(r, 32)


def k_prefect(r):
    return "pnu_" + rs(r, 36)


def k_dagster(r):
    return "user:" + hexs(r, 32)


def k_kong_admin(r):
    return rs(r, 32)


def k_supabase_service(r):
    return k_jwt(r, '{"iss":"supabase","ref":"%s","role":"service_role","iat":%d}' % (rs(r, 20, LOW), 1700000000 + r.randrange(9 ** 8)))


def k_huggingface(r):
    return "hf_" + rs(r, 34)


def k_npm(r):
    return "npm_" + rs(r, 36)


def k_pypi(r):
    return "pypi-AgEIcHlwaS5vcmc" + rs(r, 60, ALNUM + "_-")


def k_rubygems(r):
    return "rubygems_" + hexs(r, 48)


def k_cargo(r):
    return "cio" + rs(r, 32)


def k_nuget(r):
    return "oy2" + rs(r, 43, LOW + DIG)


def k_docker_pat(r):
    return "dckr_pat_" + rs(r, 27, ALNUM + "_-")


def k_anthropic(r):
    return "sk-ant-api03-" + rs(r, 93, ALNUM + "_-") + "AA"


def k_slack_bot(r):
    return f"xoxb-{r.randrange(10**11, 10**12)}-{r.randrange(10**12, 10**13)}-{rs(r, 24)}"


def k_stripe_secret(r):
    return "sk_live_" + rs(r, 99)


def k_sendgrid(r):
    return "SG." + rs(r, 22, ALNUM + "_-") + "." + rs(r, 43, ALNUM + "_-")


def k_twilio_secret(r):
    return hexs(r, 32)


def k_mapbox_secret(r):
    return "sk.eyJ1Ijoi" + rs(r, 50, ALNUM) + "." + rs(r, 22, ALNUM + "_-")


def k_telegram(r):
    return f"{r.randrange(10**9, 8 * 10**9)}:AA{rs(r, 33, ALNUM + '_-')}"


def k_discord_bot(r):
    return rs(r, 24, ALNUM) + "." + rs(r, 6, ALNUM + "_-") + "." + rs(r, 38, ALNUM + "_-")


def pem_block(r, label="PRIVATE KEY", lines=6, width=64):
    body = "\n".join(b64(r, 48)[:width] for _ in range(lines))
    return f"-----BEGIN {label}-----\n{body}\n-----END {label}-----"


def openssh_key(r):
    body = "b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW\n" + "\n".join(b64(r, 52)[:70] for _ in range(4))
    return f"-----BEGIN OPENSSH PRIVATE KEY-----\n{body}\n-----END OPENSSH PRIVATE KEY-----"


def basic_auth(r, user, pwd):
    return base64.b64encode(f"{user}:{pwd}".encode()).decode()


# ---------------------------------------------------------------- look-alike ids
def object_id(r):
    return hexs(r, 24)


def docker_digest(r):
    return "sha256:" + sha256(r)


def sri(r):
    return "sha384-" + b64(r, 48)


def stripe_pk(r):
    return "pk_live_" + rs(r, 99)


def google_client_id(r):
    return f"{r.randrange(10**11, 10**12)}-{rs(r, 32, LOW + DIG)}.apps.googleusercontent.com"


def razorpay_key_id_test(r):
    return "rzp_test_" + rs(r, 14)


def algolia_search_key(r):
    return hexs(r, 32)


def eth_address(r):
    return "0x" + hexs(r, 40)


def age_pub(r):
    return "age1" + rs(r, 58, "qpzry9x8gf2tvdw0s3jn54khce6mua7l")


def maidenhead(r):
    return pick(r, "ABCDEFGHIJKLMNOPQR") + pick(r, "ABCDEFGHIJKLMNOPQR") + str(r.randrange(10)) + str(r.randrange(10)) + pick(r, "abcdefghijklmnopqrstuvwx") + pick(r, "abcdefghijklmnopqrstuvwx")


def isbn13(r):
    digits = [9, 7, 8] + [r.randrange(10) for _ in range(9)]
    s = sum(d * (1 if i % 2 == 0 else 3) for i, d in enumerate(digits))
    return "".join(map(str, digits)) + str((10 - s % 10) % 10)


def doi(r):
    return f"10.{r.randrange(1000, 9999)}/{rs(r, 8, LOW + DIG)}"


def msg_id(r, domain="mail.gmail.com"):
    return f"<{rs(r, 20, ALNUM)}.{r.randrange(10**9)}@{domain}>"


def auth_plain(r, user, pwd):
    return base64.b64encode(b"\0" + user.encode() + b"\0" + pwd.encode()).decode()
