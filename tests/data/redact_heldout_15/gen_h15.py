"""Value generators for held-out set 15 (written from scratch for this set; standard library only).

Every generator takes a random.Random and returns a string. The helpers L() and K() wrap a value in the
private-use markers that make_heldout_15.py strips: U+E000 TAG|kind U+E001 value U+E002.
"""
import base64
import hashlib
import ipaddress
import json
import string

A = string.ascii_letters + string.digits
AU = string.ascii_uppercase + string.digits
AL = string.ascii_lowercase + string.digits
HEX = "0123456789abcdef"
B64 = A + "+/"
URLSAFE = A + "-_"
B58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"
B32 = "abcdefghijklmnopqrstuvwxyz234567"
BECH = "qpzry9x8gf2tvdw0s3jn54khce6mua7l"


def lab(tag, kind, value):
    return f"\ue000{tag}|{kind}\ue001{value}\ue002"


def L(kind, value):
    return lab("LOOK", kind, value)


def s(r, n, cs=A):
    return "".join(r.choice(cs) for _ in range(n))


def b64(r, nbytes):
    return base64.b64encode(bytes(r.getrandbits(8) for _ in range(nbytes))).decode()


def b64url(r, nbytes):
    return base64.urlsafe_b64encode(bytes(r.getrandbits(8) for _ in range(nbytes))).decode().rstrip("=")


def uuid4(r):
    h = s(r, 32, HEX)
    return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-{r.choice('89ab')}{h[17:20]}-{h[20:]}"


# ---------------------------------------------------------------- people, e-mails
FIRST = ["aoife", "ciaran", "niamh", "oisin", "gwenaelle", "yann", "bogdana", "stoyan", "aliaksei", "nasta",
         "ayesha", "bilal", "hetal", "jignesh", "gurpreet", "harjit", "sravani", "venkat", "anjali", "sreekumar",
         "dilani", "chaminda", "souksavanh", "sopheap", "dara", "thiri", "kyaw", "maricel", "jericho", "adebayo",
         "folake", "musa", "halima", "thandeka", "sipho", "lwazi", "hodan", "abdirahman", "dilnoza", "timur",
         "aigerim", "bakyt", "firuza", "rustam", "alsu", "marat", "zarlasht", "rawa", "keoni", "leilani", "aroha",
         "tane", "sefo", "wayra", "arami", "lea", "jop", "sietske", "gianna", "emeka", "chiamaka", "uwase",
         "rivo", "aditi", "omkar", "rhea", "babajide", "nomvula", "tinashe", "rudo", "fatou", "moussa"]
LAST = ["ohalloran", "mcgrath", "lebihan", "kerleroux", "petrova", "dimitrov", "kavalenka", "shah", "qureshi",
        "patel", "sandhu", "gill", "reddy", "nair", "menon", "perera", "jayasuriya", "phommachanh", "sok",
        "aung", "santos", "delacruz", "adeyemi", "okafor", "bello", "dlamini", "nkosi", "warsame", "yusupov",
        "sadykova", "rahimov", "gabdullina", "karimi", "kahananui", "ngata", "tuilagi", "quispe", "benitez",
        "hoekstra", "decurtins", "nwosu", "mukamana", "rakotomalala", "deshpande", "kulkarni", "moyo", "ndiaye"]
PROVIDERS = ["gmail.com", "outlook.com", "hotmail.co.uk", "yahoo.co.in", "proton.me", "protonmail.com", "gmx.net",
             "web.de", "mail.ru", "yandex.by", "abv.bg", "eircom.net", "orange.fr", "free.fr", "icloud.com",
             "fastmail.com", "zoho.com", "rediffmail.com", "tutanota.com", "yahoo.com.ph", "outlook.co.za",
             "mail.uz", "inbox.ru", "bol.com.br", "xtra.co.nz", "hey.com", "posteo.de", "naver.com", "aol.com"]
SYL = ["lum", "vat", "kor", "ria", "nex", "tal", "bro", "quin", "dor", "sel", "mar", "ova", "zen", "pik", "tro",
       "fen", "gal", "hux", "ixa", "jor", "kiv", "lys", "mox", "nol", "pra", "ryn", "sku", "tev", "umb", "wex"]
TLDS = ["com", "io", "dev", "co", "net", "app", "ie", "bg", "by", "pk", "in", "lk", "la", "kh", "ng", "za", "uz",
        "kg", "nz", "pe", "py", "lu", "nl", "ch", "fr", "co.za", "com.ng", "co.nz", "com.pe", "org.uk", "tech"]


def company_domain(r):
    return "".join(r.choice(SYL) for _ in range(r.randint(2, 3))) + "." + r.choice(TLDS)


def person(r):
    return r.choice(FIRST), r.choice(LAST)


def email(r, domain=None, first=None, last=None):
    f, l = person(r)
    f = first or f
    l = last or l
    local = r.choice([f"{f}.{l}", f"{f}{l[0]}", f"{f[0]}{l}", f"{f}_{l}{r.randint(1, 99)}", f"{l}.{f}",
                      f"{f}{r.randint(70, 2005)}"])
    return f"{local}@{domain or r.choice([r.choice(PROVIDERS), company_domain(r)])}"


def role_email(r, domain):
    return r.choice(["ops", "devops", "billing", "sre", "it-admin", "noc", "security", "payroll", "infra"]) + "@" + domain


RESERVED_DOMAINS = ["example.com", "example.org", "example.net", "corp.example", "mail.test", "acme.invalid",
                    "dev.localhost", "shop.example"]


def reserved_email(r):
    f, l = person(r)
    return r.choice([f"{f}.{l}", f, "user", "admin", "noreply", "jane.doe"]) + "@" + r.choice(RESERVED_DOMAINS)


# ---------------------------------------------------------------- addresses
def pub_ip(r):
    while True:
        a = ipaddress.IPv4Address(r.getrandbits(32))
        if a.is_global and not a.is_multicast and str(a).split(".")[0] not in ("0", "255"):
            return str(a)


def pub_ip6(r):
    while True:
        pre = r.choice(["2a01", "2a02", "2a03", "2600", "2604", "2606", "2a0a", "2c0f", "2400", "2405", "2803"])
        a = ipaddress.IPv6Address(pre + ":" + ":".join("%x" % r.getrandbits(16) for _ in range(3)) + "::" +
                                  "%x" % r.getrandbits(16))
        if a.is_global:
            return str(a)


def priv_ip(r):
    k = r.randrange(4)
    if k == 0:
        return f"10.{r.randrange(256)}.{r.randrange(256)}.{r.randrange(1, 255)}"
    if k == 1:
        return f"172.{r.randint(16, 31)}.{r.randrange(256)}.{r.randrange(1, 255)}"
    if k == 2:
        return f"192.168.{r.randrange(256)}.{r.randrange(1, 255)}"
    return f"100.{r.randint(64, 127)}.{r.randrange(256)}.{r.randrange(1, 255)}"


def doc_ip(r):
    return r.choice(["192.0.2", "198.51.100", "203.0.113"]) + f".{r.randrange(1, 255)}"


def loop_ip(r):
    return r.choice(["127.0.0.1", f"127.0.{r.randrange(2)}.{r.randrange(1, 9)}"])


def mac(r):
    return ":".join("%02x" % r.getrandbits(8) for _ in range(6))


def version4(r):
    return f"{r.randint(1, 9)}.{r.randint(0, 20)}.{r.randint(0, 40)}.{r.randint(0, 999)}"


def version3(r):
    return f"{r.randint(0, 12)}.{r.randint(0, 30)}.{r.randint(0, 40)}"


def sha1(r):
    return s(r, 40, HEX)


def sha256(r):
    return s(r, 64, HEX)


# ---------------------------------------------------------------- passwords
WORDS = ["harbour", "lantern", "copper", "meadow", "pebble", "thistle", "walrus", "saffron", "glacier", "ember",
         "juniper", "cobalt", "falcon", "tundra", "marble", "orchid", "quartz", "raven", "sorrel", "velvet",
         "basalt", "cinder", "dune", "fjord", "gale", "heron", "ivory", "jackal", "kelp", "lichen", "mango"]
NATIVE = {  # short words with non-ASCII letters, by language
    "irish": ["báisteach", "fáilte", "cúig", "grá", "éan"], "breton": ["kenavo", "c'hoari", "bara", "mor", "ti"],
    "bulgarian": ["слънце", "планина", "ябълка", "звезда"], "belarusian": ["вясна", "зубр", "лясны", "ўсход"],
    "urdu": ["ستارہ", "دریا", "چاند"], "gujarati": ["ચંદ્ર", "નદી", "પવન"], "punjabi": ["ਸੂਰਜ", "ਦਰਿਆ", "ਖੇਤ"],
    "telugu": ["వెన్నెల", "కొండ", "పువ్వు"], "malayalam": ["മഴ", "കടൽ", "ആന"], "sinhala": ["මල", "වැස්ස", "ගඟ"],
    "lao": ["ດາວ", "ນ້ຳ", "ຜາ"], "khmer": ["ផ្កា", "ទន្លេ", "ភ្នំ"], "burmese": ["မိုး", "ကြယ်", "ပန်း"],
    "yoruba": ["òjò", "ọ̀rẹ́", "ìràwọ̀"], "hausa": ["ƙasa", "ɗaki", "ruwa"], "zulu": ["ilanga", "inkanyezi"],
    "uzbek": ["oʻrik", "gʻalaba", "tog'"], "kyrgyz": ["тоо", "көл", "үй"], "tajik": ["ҳаво", "кӯҳ", "ҷой"],
    "tatar": ["җәй", "өй", "һава"], "pashto": ["ستوری", "غر", "ږمنځ"], "kurdish": ["şev", "çiya", "hêvî"],
    "hawaiian": ["ʻāina", "moana", "hōkū"], "maori": ["whānau", "rangi", "wairua", "tūī"],
    "samoan": ["fetū", "ālofa", "moana"], "quechua": ["inti", "killa", "ñan"], "guarani": ["ára", "ñu", "ka'a"],
    "luxembourgish": ["Äppel", "Stär", "Bësch"], "frisian": ["wâld", "sé", "tûn"], "romansh": ["muntogna", "glatsch"],
    "occitan": ["solelh", "cançon", "òrt"], "faroese": ["ðrongur", "fjøll", "sól"], "igbo": ["ụlọ", "mmiri", "ọnwa"],
    "kinyarwanda": ["inyenyeri", "umusozi"], "malagasy": ["kintana", "ranomasina", "vorona"],
    "marathi": ["पाऊस", "डोंगर", "फूल"], "somali": ["xiddig", "badda", "geel"], "latin": ["stella", "ventus", "aquila"],
}


def pw(r, style=None, safe=False, url=False):
    """A password. safe: no quotes, $, !, backslash, #, ; ,spaces (shell/INI-safe); url: unreserved chars only."""
    sym = "-_.~" if url else ("@%+=:,^*" if safe else "!@#%^&*+=?")
    styles = ["wordsym", "gen", "phrase", "leet", "alnum", "short", "camel", "pron", "season", "b64ish",
              "walk", "native", "dotted", "pin_word", "upper_mix"]
    st = style or r.choice(styles)
    if url and st in ("native", "b64ish"):
        st = "gen"
    if st == "wordsym":
        v = r.choice(WORDS).capitalize() + r.choice(WORDS).capitalize() + str(r.randint(10, 9999)) + r.choice(sym)
    elif st == "gen":
        cs = string.ascii_letters + string.digits + sym
        v = s(r, r.randint(14, 28), cs)
    elif st == "phrase":
        v = "-".join(r.choice(WORDS) for _ in range(r.randint(3, 5))) if not url else "_".join(
            r.choice(WORDS) for _ in range(4))
    elif st == "leet":
        w = r.choice(WORDS) + r.choice(WORDS)
        v = w.translate(str.maketrans("aeiost", "43105+" if not url else "43105_")).capitalize() + str(r.randint(1, 99))
    elif st == "alnum":
        v = s(r, r.randint(20, 40))
    elif st == "short":
        v = s(r, 3) + r.choice(sym) + s(r, 4, string.digits + string.ascii_uppercase)
    elif st == "camel":
        v = "".join(r.choice(WORDS).capitalize() for _ in range(3)) + str(r.randint(1, 9))
    elif st == "pron":
        v = "".join(r.choice("bcdfghjkmnprstvz") + r.choice("aeiou") for _ in range(4)) + str(r.randint(10, 99)) + \
            r.choice("BCDFGHJKLMNPQRSTVWXZ")
    elif st == "season":
        v = r.choice(["Spring", "Summer", "Autumn", "Winter", "Monsoon", "Harmattan"]) + str(r.randint(2019, 2026)) + \
            r.choice(sym)
    elif st == "b64ish":
        v = b64(r, r.randint(12, 24)).rstrip("=")
    elif st == "walk":
        v = r.choice(["1qaz2wsx", "qwerty", "zxcvbnm", "asdfgh", "1q2w3e4r"]) + r.choice(["!Q", "#E", "@W"]) + \
            str(r.randint(100, 999)) if not url else "1qaz2wsx" + str(r.randint(100, 999))
    elif st == "native":
        lang = r.choice(sorted(NATIVE))
        v = r.choice(NATIVE[lang]) + r.choice(NATIVE[lang]) + str(r.randint(1, 9999)) + r.choice("@%+=")
    elif st == "dotted":
        v = r.choice(WORDS) + "." + r.choice(WORDS) + "." + str(r.randint(10, 99))
    elif st == "pin_word":
        v = str(r.randint(1000, 9999)) + r.choice(WORDS).upper() + r.choice(sym)
    else:
        v = s(r, 6, string.ascii_uppercase) + s(r, 4, string.digits) + s(r, 6, string.ascii_lowercase)
    if safe or url:
        v = v.replace("'", "")
    return v


def pw_native(r, lang):
    w = NATIVE[lang]
    return r.choice(w) + r.choice(["_", "-", "", "."]) + r.choice(w) + str(r.randint(10, 999))


def phrase_spaces(r):
    return " ".join(r.choice(WORDS) for _ in range(4))


# ---------------------------------------------------------------- keys (documented shapes, random values)
def jwt(r, payload=None, alg="HS256"):
    head = b64url_json({"alg": alg, "typ": "JWT"})
    body = b64url_json(payload or {"sub": str(r.randint(10000, 99999)), "iat": r.randint(1.6e9, 1.75e9)})
    sig = b64url(r, 32 if alg.startswith("HS") else 64)
    return f"{head}.{body}.{sig}"


def b64url_json(d):
    return base64.urlsafe_b64encode(json.dumps(d, separators=(",", ":")).encode()).decode().rstrip("=")


def pem(r, label="PRIVATE KEY", nbytes=None, indent=""):
    body = b64(r, nbytes or r.choice([1190, 1216, 121]))
    lines = [body[i:i + 64] for i in range(0, len(body), 64)]
    return f"-----BEGIN {label}-----\n" + "".join(indent + x + "\n" for x in lines) + indent + f"-----END {label}-----"


KEYS = {
    "github_pat_classic": lambda r: "ghp_" + s(r, 36),
    "github_oauth": lambda r: "gho_" + s(r, 36),
    "github_app_installation": lambda r: "ghs_" + s(r, 36),
    "github_fine_grained": lambda r: "github_pat_11" + s(r, 20, AU) + "_" + s(r, 59),
    "gitlab_pat": lambda r: "glpat-" + s(r, 20, URLSAFE),
    "gitlab_runner": lambda r: "glrt-" + s(r, 20, URLSAFE),
    "gitlab_trigger": lambda r: "glptt-" + s(r, 40, HEX),
    "aws_access_key_id": lambda r: r.choice(["AKIA", "ASIA"]) + s(r, 16, "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"),
    "aws_secret": lambda r: s(r, 40, A + "+/"),
    "slack_bot": lambda r: f"xoxb-{r.randint(10**10, 10**12)}-{r.randint(10**11, 10**13)}-{s(r, 24)}",
    "slack_user": lambda r: f"xoxp-{r.randint(10**10, 10**12)}-{r.randint(10**10, 10**12)}-{r.randint(10**11, 10**13)}-{s(r, 32, HEX)}",
    "slack_app": lambda r: f"xapp-1-A{s(r, 10, AU)}-{r.randint(10**12, 10**13)}-{s(r, 64, HEX)}",
    "stripe_secret": lambda r: "sk_live_" + s(r, r.choice([24, 99])),
    "stripe_restricted": lambda r: "rk_live_" + s(r, 99),
    "stripe_webhook": lambda r: "whsec_" + s(r, 32),
    "square_access": lambda r: "EAAA" + s(r, 60, URLSAFE),
    "shopify_admin": lambda r: "shpat_" + s(r, 32, HEX),
    "shopify_shared_secret": lambda r: "shpss_" + s(r, 32, HEX),
    "twilio_api_key_sid": lambda r: "SK" + s(r, 32, HEX),
    "twilio_api_secret": lambda r: s(r, 32),
    "sendgrid": lambda r: "SG." + s(r, 22, URLSAFE) + "." + s(r, 43, URLSAFE),
    "mailchimp": lambda r: s(r, 32, HEX) + "-us" + str(r.randint(1, 21)),
    "atlassian_api": lambda r: "ATATT3xFfGF0" + s(r, 171, URLSAFE) + "=" + s(r, 8, "0123456789ABCDEF"),
    "figma_pat": lambda r: "figd_" + s(r, 40, URLSAFE),
    "linear_api": lambda r: "lin_api_" + s(r, 40),
    "doppler_service": lambda r: "dp.st." + r.choice(["prd", "stg", "dev"]) + "." + s(r, 40),
    "pulumi": lambda r: "pul-" + s(r, 40, HEX),
    "terraform_cloud": lambda r: s(r, 14) + ".atlasv1." + s(r, 67),
    "netlify": lambda r: "nfp_" + s(r, 36),
    "supabase_pat": lambda r: "sbp_" + s(r, 40, HEX),
    "age_secret": lambda r: "AGE-SECRET-KEY-1" + s(r, 58, BECH.upper()),
    "nostr_nsec": lambda r: "nsec1" + s(r, 58, BECH),
    "mapbox_secret": lambda r: "sk.eyJ1Ijoi" + s(r, 60, A) + "." + s(r, 22, URLSAFE),
    "azure_storage_key": lambda r: b64(r, 64),
    "entra_client_secret": lambda r: s(r, 3, A) + "8Q~" + s(r, 34, A + "_.~-"),
    "azure_devops_pat": lambda r: s(r, 52, B32),
    "alibaba_access_key_id": lambda r: "LTAI5t" + s(r, 18),
    "alibaba_secret": lambda r: s(r, 30),
    "tencent_secret_id": lambda r: "AKID" + s(r, 32),
    "datadog_api": lambda r: s(r, 32, HEX),
    "datadog_app": lambda r: s(r, 40, HEX),
    "discord_webhook_token": lambda r: s(r, 68, URLSAFE),
    "telegram_bot": lambda r: f"{r.randint(10**8, 8 * 10**9)}:AA{s(r, 33, URLSAFE)}",
    "twitch_client_secret": lambda r: s(r, 30, AL),
    "twitch_oauth": lambda r: s(r, 30, AL),
    "steam_web_api": lambda r: s(r, 32, "0123456789ABCDEF"),
    "riot_api": lambda r: "RGAPI-" + uuid4(r),
    "adafruit_io": lambda r: "aio_" + s(r, 28),
    "particle": lambda r: s(r, 40, HEX),
    "blynk": lambda r: s(r, 32, URLSAFE),
    "thingspeak_write": lambda r: s(r, 16, AU),
    "ttn_api": lambda r: "NNSXS." + s(r, 39, AU) + "." + s(r, 52, AU),
    "lorawan_appkey": lambda r: s(r, 32, "0123456789ABCDEF"),
    "grafana_cloud": lambda r: "glc_" + b64(r, 96).rstrip("="),
    "circleci_pat": lambda r: "CCIPAT_" + s(r, 22) + "_" + s(r, 40, HEX),
    "jenkins_api": lambda r: "11" + s(r, 32, HEX),
    "buildkite_agent": lambda r: "bkua_" + s(r, 40, HEX),
    "octopus_api": lambda r: "API-" + s(r, 27, AU),
    "cloudinary_secret": lambda r: s(r, 27, URLSAFE),
    "cloudinary_api_key": lambda r: str(r.randint(10**14, 10**15 - 1)),
    "contentful_delivery": lambda r: s(r, 43, URLSAFE),
    "sanity": lambda r: "sk" + s(r, 80),
    "mux_secret": lambda r: b64(r, 57),
    "livekit_api_key": lambda r: "API" + s(r, 12),
    "livekit_secret": lambda r: s(r, 43),
    "plaid_secret": lambda r: s(r, 30, HEX),
    "braintree_private": lambda r: s(r, 32, HEX),
    "braintree_access_token": lambda r: f"access_token$production${s(r, 16, AL)}${s(r, 32, HEX)}",
    "binance_api": lambda r: s(r, 64),
    "alpaca_key_id": lambda r: "AK" + s(r, 18, AU),
    "alpaca_secret": lambda r: s(r, 40),
    "shippo": lambda r: "shippo_live_" + s(r, 40, HEX),
    "zendesk_api": lambda r: s(r, 40),
    "hubspot_private_app": lambda r: "pat-" + r.choice(["na1", "eu1"]) + "-" + uuid4(r),
    "asana_pat": lambda r: f"2/{r.randint(10**15, 10**16)}/{r.randint(10**15, 10**16)}:{s(r, 32, HEX)}",
    "clickup": lambda r: f"pk_{r.randint(10**7, 10**9)}_{s(r, 32, AU)}",
    "typeform": lambda r: "tfp_" + s(r, 44, URLSAFE) + "_" + s(r, 14),
    "zoom_client_secret": lambda r: s(r, 32),
    "confluent_key": lambda r: s(r, 16, AU),
    "confluent_secret": lambda r: s(r, 64, A + "+/"),
    "upstash_rest": lambda r: "A" + s(r, 3, AU) + b64(r, 48).rstrip("="),
    "mongodb_atlas_private": lambda r: uuid4(r),
    "render": lambda r: "rnd_" + s(r, 32),
    "scaleway_access": lambda r: "SCW" + s(r, 17, AU),
    "scaleway_secret": lambda r: uuid4(r),
    "vultr": lambda r: s(r, 36, AU),
    "exoscale_key": lambda r: "EXO" + s(r, 24, HEX),
    "exoscale_secret": lambda r: s(r, 43, URLSAFE),
    "infura": lambda r: s(r, 32, HEX),
    "alchemy": lambda r: s(r, 32, URLSAFE),
    "etherscan": lambda r: s(r, 34, AU),
    "solana_private_b58": lambda r: s(r, 88, B58),
    "deepl": lambda r: uuid4(r) + ":fx",
    "elevenlabs": lambda r: "sk_" + s(r, 48, HEX),
    "perplexity": lambda r: "pplx-" + s(r, 48),
    "together": lambda r: s(r, 64, HEX),
    "fireworks": lambda r: "fw_" + s(r, 24),
    "assemblyai": lambda r: s(r, 32, HEX),
    "voyage": lambda r: "pa-" + s(r, 43, URLSAFE),
    "tavily": lambda r: "tvly-" + r.choice(["dev-", "prod-", ""]) + s(r, 32),
    "serpapi": lambda r: s(r, 64, HEX),
    "langfuse_secret": lambda r: "sk-lf-" + uuid4(r),
    "anthropic": lambda r: "sk-ant-api03-" + s(r, 93, URLSAFE) + "AA",
    "openai_project": lambda r: "sk-proj-" + s(r, 156, URLSAFE),
    "google_api": lambda r: "AIza" + s(r, 35, URLSAFE),
    "heroku_api_uuid": lambda r: uuid4(r),
    "snyk_token": lambda r: uuid4(r),
    "railway_token": lambda r: uuid4(r),
    "pagerduty_routing": lambda r: s(r, 32, HEX),
    "pagerduty_api": lambda r: "u+" + s(r, 18, URLSAFE),
    "honeycomb": lambda r: s(r, 22),
    "expo_access": lambda r: s(r, 40, URLSAFE),
    "fastly": lambda r: s(r, 32, URLSAFE),
    "sentry_auth_org": lambda r: "sntrys_" + b64(r, 120).rstrip("="),
    "npm_automation": lambda r: "npm_" + s(r, 36),
    "pypi_upload": lambda r: "pypi-AgEIcHlwaS5vcmc" + s(r, 140, URLSAFE),
    "docker_pat": lambda r: "dckr_pat_" + s(r, 27, URLSAFE),
    "hf_token": lambda r: "hf_" + s(r, 34),
    "vault_token": lambda r: "hvs." + s(r, 24),
    "tailscale_authkey": lambda r: "tskey-auth-k" + s(r, 16) + "CNTRL-" + s(r, 33),
    "openweather": lambda r: s(r, 32, HEX),
    "strava_secret": lambda r: s(r, 40, HEX),
    "mercadopago_access": lambda r: f"APP_USR-{r.randint(10**15, 10**16)}-{r.randint(100000, 999999)}-{s(r, 32, HEX)}-{r.randint(10**8, 10**9)}",
    "todoist_token": lambda r: s(r, 40, HEX),
    "home_assistant_llat": lambda r: jwt(r, {"iss": s(r, 32, HEX), "iat": r.randint(1.6e9, 1.75e9), "exp": 2e9}),
    "obs_ws_password": None,
    "django_secret": lambda r: "django-insecure-" + s(r, 50, string.ascii_lowercase + string.digits + "!@#%^&*(-_=+)") if r.random() < .3 else s(r, 50, string.ascii_lowercase + string.digits + "@#%^&*(-_=+)"),
    "hmac_hex": lambda r: s(r, 64, HEX),
    "fernet": lambda r: base64.urlsafe_b64encode(bytes(r.getrandbits(8) for _ in range(32))).decode(),
    "wg_private": lambda r: base64.b64encode(bytes(r.getrandbits(8) for _ in range(32))).decode(),
    "bip39_mnemonic": lambda r: " ".join(r.choice(["abandon", "orbit", "velvet", "canal", "frost", "ladder", "mimic",
                                                  "opera", "spike", "tribe", "uncle", "vivid", "wagon", "zebra",
                                                  "agent", "brisk", "cotton", "dizzy", "enact", "fossil"]) for _ in range(12)),
}
del KEYS["obs_ws_password"]


def key(r, kind):
    return KEYS[kind](r)


def basic(user, password):
    return base64.b64encode(f"{user}:{password}".encode()).decode()


# ---------------------------------------------------------------- look-alike values
def bcrypt_hash(r):
    return "$2b$12$" + s(r, 53, A + "./")


def argon2(r):
    return f"$argon2id$v=19$m=65536,t=3,p=4${b64(r, 16).rstrip('=')}${b64(r, 32).rstrip('=')}"


def sha512crypt(r):
    return "$6$" + s(r, 16, A + "./") + "$" + s(r, 86, A + "./")


def wg_public(r):
    return base64.b64encode(bytes(r.getrandbits(8) for _ in range(32))).decode()


def ssh_ed25519_pub(r):
    return "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI" + s(r, 43, A + "+/")


def stripe_pk(r):
    return "pk_live_" + s(r, 99)


def age_public(r):
    return "age1" + s(r, 58, BECH)


def nostr_npub(r):
    return "npub1" + s(r, 58, BECH)


def eth_address(r):
    return "0x" + s(r, 40, "0123456789abcdefABCDEF")


def docker_digest(r):
    return "sha256:" + sha256(r)


def objectid(r):
    return s(r, 24, HEX)


def md5(r):
    return s(r, 32, HEX)


def sri(r):
    return "sha384-" + b64(r, 48)


def supabase_anon(r):
    return jwt(r, {"iss": "supabase", "ref": s(r, 20, string.ascii_lowercase), "role": "anon",
                   "iat": r.randint(1.6e9, 1.7e9), "exp": 2e9})


def supabase_service(r):
    return jwt(r, {"iss": "supabase", "ref": s(r, 20, string.ascii_lowercase), "role": "service_role",
                   "iat": r.randint(1.6e9, 1.7e9), "exp": 2e9})


def mapbox_public(r):
    return "pk.eyJ1Ijoi" + s(r, 60, A) + "." + s(r, 22, URLSAFE)


def langfuse_public(r):
    return "pk-lf-" + uuid4(r)


def google_client_id(r):
    return f"{r.randint(10**11, 10**12)}-{s(r, 32, AL)}.apps.googleusercontent.com"


def recaptcha_site(r):
    return "6L" + s(r, 38, URLSAFE)


def sops_enc(r):
    return f"ENC[AES256_GCM,data:{b64(r, 18)},iv:{b64(r, 32)},tag:{b64(r, 16)},type:str]"


def ansible_vault(r):
    body = s(r, 320, HEX)
    return "$ANSIBLE_VAULT;1.1;AES256\n" + "\n".join("          " + body[i:i + 80] for i in range(0, 320, 80))


def aes_cbc_enc(r):
    return "{cipher}" + s(r, 64, HEX)


def placeholder(r):
    return r.choice(["<your-api-key>", "YOUR_TOKEN_HERE", "changeme", "${API_TOKEN}", "{{ vault_db_password }}",
                     "xxxxxxxxxxxxxxxx", "<redacted>", "********", "REPLACE_ME", "%(password)s", "$DB_PASSWORD",
                     "<PASSWORD>", "TODO-set-me", "env:SECRET_KEY"])


def short_sha(r):
    return s(r, 7, HEX)


def iso_build(r):
    return f"{r.randint(2020, 2026)}{r.randint(1, 12):02d}{r.randint(1, 28):02d}.{r.randint(1, 9)}"
