"""Value generators for held-out set 9 (standard library only).

Every value is random with the documented shape of what it imitates; none is a real credential,
address or mailbox. Each generator takes a ``random.Random`` instance so renderings are reproducible.
"""

import base64
import hashlib
import ipaddress
import string

LOWER = string.ascii_lowercase
UPPER = string.ascii_uppercase
DIGITS = string.digits
ALNUM = LOWER + UPPER + DIGITS
HEX = "0123456789abcdef"
B64 = ALNUM + "+/"
B64URL = ALNUM + "-_"
B32 = UPPER + "234567"
BECH32 = "qpzry9x8gf2tvdw0s3jn54khce6mua7l"


def rs(r, alphabet, n):
    return "".join(r.choice(alphabet) for _ in range(n))


def b64(r, nbytes):
    return base64.b64encode(bytes(r.randrange(256) for _ in range(nbytes))).decode()


def b64url(r, nbytes):
    return base64.urlsafe_b64encode(bytes(r.randrange(256) for _ in range(nbytes))).decode().rstrip("=")


# ---------------------------------------------------------------- names and e-mails
FIRST = ["amara", "bjorn", "chiara", "dmitri", "esme", "farid", "greta", "hiroshi", "ines", "jonas", "kavya",
         "lorenzo", "maelle", "nikolai", "oluwaseun", "priya", "quentin", "rosalind", "sander", "tamsin",
         "ugo", "valeria", "wojciech", "ximena", "yusuf", "zofia", "anouk", "benedikt", "carmela", "declan",
         "elif", "fintan", "gulnara", "henrik", "isidora", "jaroslav", "keanu", "leocadia", "matteo", "noor"]
LAST = ["okonkwo", "lindqvist", "ferraro", "volkov", "hargreaves", "haddad", "baumann", "tanaka", "sousa",
        "kowalczyk", "raghavan", "esposito", "lefebvre", "petrov", "adeyemi", "chatterjee", "marchand",
        "whitfield", "de-vries", "pemberton", "bianchi", "quispe", "nowak", "salazar", "demir", "zielinska",
        "van-dam", "moreau", "oyelaran", "takahashi", "brennan", "aksoy", "karlsson", "novak", "rinaldi"]
PROVIDERS = ["gmail.com", "outlook.com", "yahoo.co.uk", "proton.me", "protonmail.com", "gmx.de", "web.de",
             "yandex.ru", "mail.ru", "icloud.com", "fastmail.com", "hotmail.fr", "orange.fr", "libero.it",
             "seznam.cz", "wp.pl", "naver.com", "qq.com", "163.com", "rediffmail.com", "bol.com.br", "tutanota.com",
             "zoho.com", "aol.com", "live.nl", "t-online.de", "free.fr", "uol.com.br", "hey.com", "pm.me"]
COMPANY_WORDS = ["kestrel", "amberline", "northwind", "quillfeather", "tidewater", "bramblecove", "copperleaf",
                 "harborstone", "lumenvale", "marigold", "nettlebrook", "orchardia", "pinecrest", "riverbend",
                 "saltmarsh", "thornfield", "umberwood", "vantablue", "wrenfield", "yarrowdata", "zephyrlabs",
                 "brightforge", "cinderpath", "driftgate", "emberline", "foxhollow", "glasswing", "hollowpeak"]
COMPANY_SUFFIX = ["-logistics", "-health", "-analytics", "-media", "-systems", "-bank", "labs", "-retail", "",
                  "-energy", "-cloud", "-travel", "-games", "-pharma"]
TLDS = ["io", "com", "de", "co.uk", "fr", "nl", "app", "dev", "tech", "eu", "se", "com.au", "ch", "it", "es",
        "pl", "ca", "cloud", "net", "co"]


def first(r):
    return r.choice(FIRST)


def last(r):
    return r.choice(LAST)


def full_name(r):
    return first(r).capitalize() + " " + "-".join(p.capitalize() for p in last(r).split("-"))


def company_domain(r):
    return r.choice(COMPANY_WORDS) + r.choice(COMPANY_SUFFIX) + "." + r.choice(TLDS)


def local_part(r):
    f, l = first(r), last(r).replace("-", "")
    shape = r.randrange(7)
    if shape == 0:
        return f + "." + l
    if shape == 1:
        return f[0] + l
    if shape == 2:
        return f + "_" + l + str(r.randrange(10, 99))
    if shape == 3:
        return f + str(r.randrange(1970, 2006))
    if shape == 4:
        return l + "." + f[0]
    if shape == 5:
        return f + "+" + r.choice(["ci", "alerts", "github", "aws", "billing"])
    return f + "-" + l


def email_personal(r):
    return local_part(r) + "@" + r.choice(PROVIDERS)


def email_work(r, domain=None):
    return local_part(r) + "@" + (domain or company_domain(r))


def email_role(r, domain=None):
    role = r.choice(["ops", "devops", "noc", "alerts", "billing", "security", "oncall", "infra", "sre",
                     "deploy", "postmaster", "helpdesk", "data-eng", "payments", "platform"])
    return role + "@" + (domain or company_domain(r))


def email_any(r):
    return r.choice([email_personal, email_work, email_role])(r)


def sa_email(r, project=None):
    project = project or gcp_project(r)
    return r.choice(["svc-", "etl-", "ci-", "backup-", "firebase-adminsdk-"]) + rs(r, LOWER + DIGITS, 5) + "@" + \
        project + ".iam.gserviceaccount.com"


def gcp_project(r):
    return r.choice(COMPANY_WORDS) + "-" + r.choice(["prod", "staging", "data", "ml", "infra"]) + "-" + \
        str(r.randrange(100000, 999999))


def reserved_email(r):
    dom = r.choice(["example.com", "example.org", "example.net", "corp.example", "mail.test", "acme.invalid",
                    "localhost"])
    return r.choice(["user", "admin", "jane.doe", "john", "noreply", "test", "someone", "alice", "bob"]) + "@" + dom


def noreply_email(r):
    return str(r.randrange(1000000, 99999999)) + "+" + first(r) + last(r)[:3] + "@users.noreply.github.com"


# ---------------------------------------------------------------- IP addresses
def pub_ip(r):
    while True:
        a = ipaddress.IPv4Address(r.getrandbits(32))
        if a.is_global and not a.is_multicast and str(a).split(".")[0] not in ("0", "127"):
            return str(a)


def pub_ipv6(r):
    while True:
        prefix = r.choice(["2a01:4f8", "2606:4700", "2a02:c207", "2001:41d0", "2604:a880", "2a03:b0c0",
                           "2a05:d014", "2600:1f18"])
        groups = [format(r.randrange(0, 0x10000), "x") for _ in range(r.choice([2, 3]))]
        s = prefix + ":" + ":".join(groups) + "::" + format(r.randrange(1, 0x10000), "x")
        if ipaddress.IPv6Address(s).is_global:
            return s


def private_ip(r):
    k = r.randrange(3)
    if k == 0:
        return "10.%d.%d.%d" % (r.randrange(256), r.randrange(256), r.randrange(1, 255))
    if k == 1:
        return "172.%d.%d.%d" % (r.randrange(16, 32), r.randrange(256), r.randrange(1, 255))
    return "192.168.%d.%d" % (r.randrange(256), r.randrange(1, 255))


def cgnat_ip(r):
    return "100.%d.%d.%d" % (r.randrange(64, 128), r.randrange(256), r.randrange(1, 255))


def doc_ip(r):
    return r.choice(["192.0.2.", "198.51.100.", "203.0.113."]) + str(r.randrange(1, 255))


def link_local_ip(r):
    return "169.254.%d.%d" % (r.randrange(1, 255), r.randrange(1, 255))


def multicast_ip(r):
    return "%d.%d.%d.%d" % (r.randrange(224, 240), r.randrange(256), r.randrange(256), r.randrange(1, 255))


def loopback_ip(r):
    return r.choice(["127.0.0.1", "127.0.0.1", "127.0.1.1", "127.0.0.53"])


def netmask(r):
    return r.choice(["255.255.255.0", "255.255.0.0", "255.255.255.128", "255.255.252.0", "255.255.255.240"])


def ula_ipv6(r):
    return "fd%02x:%x:%x::%x" % (r.randrange(256), r.randrange(0x10000), r.randrange(0x10000), r.randrange(1, 0x1000))


def nonroutable_ip(r):
    return r.choice([private_ip, private_ip, cgnat_ip, doc_ip, link_local_ip, loopback_ip])(r)


# ---------------------------------------------------------------- passwords
SYM = {
    "plain": "!#$%&*+-=?@^_.~",
    "url": "!*-_.~",
    "shell": "-_.+=,%",
    "dq": "!#%&*+-=?@^_.~",
    "json": "!#$%&*+-=?@^_.~",
    "xml": "!#$%*+-=?@^_.~",
    "yaml": "!#$%&*+-=?@^_.~",
    "sql": "!#$%&*+-=?@^_.~",
    "bat": "#$*+-=?@_.~",
    "ini": "!#$&*+-=?@^_.~",
    "word": "",
}
WORDS = ["lantern", "cobalt", "meadow", "saffron", "glacier", "pepper", "harbor", "velvet", "thistle", "quartz",
         "marble", "orbit", "willow", "falcon", "ember", "ginger", "tundra", "cactus", "violet", "anchor",
         "biscuit", "canyon", "domino", "fjord", "gravel", "hazel", "igloo", "juniper", "kettle", "lagoon",
         "mosaic", "nutmeg", "otter", "paprika", "quiver", "rhubarb", "sprocket", "trellis", "umbra", "walrus"]
NONASCII = ["Straße", "café", "Ärger", "niño", "żółw", "smörgås", "čokoláda", "ğüneş", "Łódź", "façade"]


def password(r, ctx="plain"):
    sym = SYM[ctx]
    shape = r.randrange(9)
    if shape == 0 or not sym:
        w = r.choice(WORDS).capitalize() + r.choice(WORDS).capitalize()
        return w + str(r.randrange(10, 9999)) + (r.choice(sym) if sym else "")
    if shape == 1:
        return rs(r, ALNUM, r.randrange(14, 25))
    if shape == 2:
        base = rs(r, ALNUM, r.randrange(12, 20))
        i = r.randrange(2, len(base) - 2)
        return base[:i] + r.choice(sym) + base[i:] + r.choice(sym)
    if shape == 3:
        return "-".join(r.choice(WORDS) for _ in range(r.choice([3, 4]))) + str(r.randrange(10))
    if shape == 4:
        w = r.choice(WORDS)
        leet = w.replace("a", "4").replace("e", "3").replace("o", "0").replace("i", "1")
        return leet.capitalize() + r.choice(sym) + str(r.randrange(100, 999))
    if shape == 5:
        return rs(r, UPPER, 2) + rs(r, LOWER, 3) + r.choice(sym) + rs(r, DIGITS, 3) + rs(r, LOWER, 2)
    if shape == 6 and ctx in ("plain", "json", "yaml", "dq", "ini"):
        return r.choice(NONASCII) + str(r.randrange(10, 99)) + r.choice(sym)
    if shape == 7:
        return "".join(r.choice(WORDS).capitalize() for _ in range(3)) + str(r.randrange(1, 99))
    return r.choice(WORDS) + r.choice(sym) + r.choice(WORDS).upper() + str(r.randrange(1, 99))


def passphrase_spaces(r):
    return " ".join(r.choice(WORDS) for _ in range(r.choice([4, 5])))


def pin_like(r):
    return rs(r, DIGITS, 4) + rs(r, UPPER, 2) + rs(r, LOWER, 4) + "!"


# ---------------------------------------------------------------- API keys and tokens
def github_pat(r):
    return "ghp_" + rs(r, ALNUM, 36)


def github_fine(r):
    return "github_pat_11" + rs(r, UPPER + DIGITS, 20) + "_" + rs(r, ALNUM, 59)


def github_app(r):
    return r.choice(["ghs_", "gho_", "ghu_"]) + rs(r, ALNUM, 36)


def gitlab_pat(r):
    return "glpat-" + rs(r, ALNUM + "-_", 20)


def gitlab_runner(r):
    return "glrt-" + rs(r, ALNUM + "-_", 20)


def gitlab_deploy(r):
    return "gldt-" + rs(r, ALNUM + "-_", 20)


def aws_key_id(r):
    return r.choice(["AKIA", "ASIA"]) + rs(r, UPPER + "234567", 16)


def aws_secret(r):
    return rs(r, ALNUM + "+/", 40)


def slack_bot(r):
    return "xoxb-%d-%d-%s" % (r.randrange(10 ** 10, 10 ** 12), r.randrange(10 ** 12, 10 ** 13), rs(r, ALNUM, 24))


def slack_user(r):
    return "xoxp-%d-%d-%d-%s" % (r.randrange(10 ** 10, 10 ** 12), r.randrange(10 ** 10, 10 ** 12),
                                 r.randrange(10 ** 12, 10 ** 13), rs(r, HEX, 32))


def slack_webhook_secret(r):
    return "T" + rs(r, UPPER + DIGITS, 10) + "/B" + rs(r, UPPER + DIGITS, 10) + "/" + rs(r, ALNUM, 24)


def stripe_secret(r):
    return r.choice(["sk_live_", "rk_live_"]) + "51" + rs(r, ALNUM, 97)


def stripe_webhook(r):
    return "whsec_" + rs(r, ALNUM, 32)


def sendgrid(r):
    return "SG." + rs(r, B64URL, 22) + "." + rs(r, B64URL, 43)


def google_api(r):
    return "AIza" + rs(r, B64URL, 35)


def google_oauth_secret(r):
    return "GOCSPX-" + rs(r, B64URL, 28)


def google_refresh(r):
    return "1//0" + rs(r, ALNUM, 2) + rs(r, B64URL, 98)


def openai_key(r):
    return "sk-proj-" + rs(r, B64URL, 74) + "T3BlbkFJ" + rs(r, B64URL, 74)


def anthropic_key(r):
    return "sk-ant-api03-" + rs(r, B64URL, 93) + "AA"


def hf_token(r):
    return "hf_" + rs(r, ALNUM, 34)


def npm_token(r):
    return "npm_" + rs(r, ALNUM, 36)


def pypi_token(r):
    return "pypi-AgEIcHlwaS5vcmc" + rs(r, B64URL, 130)


def jwt(r, claims=None):
    hdr = b64url_json({"alg": r.choice(["HS256", "RS256"]), "typ": "JWT"})
    body = b64url_json(claims or {"sub": str(r.randrange(10 ** 6, 10 ** 9)), "iat": r.randrange(1.6e9, 1.75e9),
                                  "role": r.choice(["service", "admin", "ingest"])})
    return hdr + "." + body + "." + b64url(r, 32)


def b64url_json(obj):
    import json
    return base64.urlsafe_b64encode(json.dumps(obj, separators=(",", ":")).encode()).decode().rstrip("=")


def azure_storage(r):
    return b64(r, 64)


def azure_client_secret(r):
    return rs(r, ALNUM, 3) + rs(r, DIGITS, 1) + "Q~" + rs(r, ALNUM + "-_.~", 34)


def datadog_api(r):
    return rs(r, HEX, 32)


def datadog_app(r):
    return rs(r, HEX, 40)


def digitalocean(r):
    return "dop_v1_" + rs(r, HEX, 64)


def vault_token(r):
    return "hvs." + rs(r, ALNUM + "_-", 90)


def tfc_token(r):
    return rs(r, ALNUM, 14) + ".atlasv1." + rs(r, ALNUM, 67)


def atlassian(r):
    return "ATATT3xFfGF0" + rs(r, B64URL, 171) + "=" + rs(r, HEX.upper(), 8)


def linear(r):
    return "lin_api_" + rs(r, ALNUM, 40)


def databricks(r):
    return "dapi" + rs(r, HEX, 32)


def cloudflare(r):
    return rs(r, B64URL, 40)


def telegram_bot(r):
    return "%d:AA%s" % (r.randrange(10 ** 8, 10 ** 10), rs(r, B64URL, 33))


def discord_bot(r):
    uid = str(r.randrange(10 ** 17, 10 ** 19))
    return base64.b64encode(uid.encode()).decode().rstrip("=") + "." + rs(r, B64URL, 6) + "." + rs(r, B64URL, 38)


def grafana_sa(r):
    return "glsa_" + rs(r, ALNUM, 32) + "_" + rs(r, HEX, 8)


def newrelic(r):
    return "NRAK-" + rs(r, UPPER + DIGITS, 27)


def dynatrace(r):
    return "dt0c01." + rs(r, UPPER + DIGITS, 24) + "." + rs(r, UPPER + DIGITS, 64)


def docker_pat(r):
    return "dckr_pat_" + rs(r, B64URL, 27)


def artifactory(r):
    return "AKCp" + rs(r, ALNUM, 69)


def shopify(r):
    return r.choice(["shpat_", "shpss_"]) + rs(r, HEX, 32)


def twilio_secret(r):
    return rs(r, ALNUM, 32)


def mailgun(r):
    return rs(r, HEX, 32) + "-" + rs(r, HEX, 8) + "-" + rs(r, HEX, 8)


def mailchimp(r):
    return rs(r, HEX, 32) + "-us" + str(r.randrange(1, 22))


def postmark(r):
    return uuid4(r)


def sentry_auth(r):
    return "sntrys_" + b64url_json({"iat": r.randrange(1.7e9, 1.75e9), "org": r.choice(COMPANY_WORDS)}) + "_" + \
        rs(r, B64URL, 43)


def sentry_user(r):
    return "sntryu_" + rs(r, HEX, 64)


def doppler(r):
    return "dp.st." + r.choice(["prd", "stg", "dev"]) + "." + rs(r, ALNUM, 40)


def tailscale(r):
    return "tskey-auth-k" + rs(r, ALNUM, 10) + "CNTRL-" + rs(r, ALNUM, 33)


def ngrok(r):
    return rs(r, ALNUM, 27) + "_" + rs(r, ALNUM, 21)


def age_secret(r):
    return "AGE-SECRET-KEY-1" + rs(r, BECH32, 58).upper()


def pinecone(r):
    return "pcsk_" + rs(r, ALNUM, 6) + "_" + rs(r, ALNUM, 64)


def langsmith(r):
    return "lsv2_" + r.choice(["pt", "sk"]) + "_" + rs(r, HEX, 32) + "_" + rs(r, HEX, 10)


def groq(r):
    return "gsk_" + rs(r, ALNUM, 52)


def replicate(r):
    return "r8_" + rs(r, ALNUM, 37)


def xai(r):
    return "xai-" + rs(r, ALNUM, 80)


def perplexity(r):
    return "pplx-" + rs(r, ALNUM, 48)


def wandb(r):
    return rs(r, HEX, 40)


def kaggle(r):
    return rs(r, HEX, 32)


def figma(r):
    return "figd_" + rs(r, B64URL, 40)


def notion(r):
    return "ntn_" + rs(r, DIGITS, 11) + rs(r, ALNUM, 35)


def airtable(r):
    return "pat" + rs(r, ALNUM, 14) + "." + rs(r, HEX, 64)


def buildkite(r):
    return "bkua_" + rs(r, HEX, 40)


def sourcegraph(r):
    return "sgp_" + rs(r, HEX, 16) + "_" + rs(r, HEX, 40)


def matrix_token(r):
    return "syt_" + b64url_json(first(r))[:8] + "_" + rs(r, ALNUM, 20) + "_" + rs(r, ALNUM, 6)


def zulip(r):
    return rs(r, ALNUM, 32)


def onepassword_sa(r):
    return "ops_eyJ" + rs(r, B64URL, 300)


def render_key(r):
    return "rnd_" + rs(r, ALNUM, 28)


def fly_token(r):
    return "FlyV1 fm2_" + rs(r, B64, 200)


def resend(r):
    return "re_" + rs(r, ALNUM, 8) + "_" + rs(r, ALNUM, 24)


def mapbox_secret(r):
    return "sk.eyJ1Ijoi" + rs(r, B64URL, 40) + "." + rs(r, B64URL, 22)


def square(r):
    return "EAAA" + rs(r, B64URL, 60)


def okta(r):
    return "00" + rs(r, B64URL, 40)


def heroku(r):
    return "HRKU-AA" + rs(r, B64URL, 58)


def bitbucket_app(r):
    return "ATBB" + rs(r, ALNUM, 28) + rs(r, HEX.upper(), 8)


def confluent(r):
    return rs(r, ALNUM + "+/", 64)


def fastly(r):
    return rs(r, B64URL, 32)


def elastic_api(r):
    return base64.b64encode((rs(r, ALNUM + "-_", 20) + ":" + rs(r, ALNUM + "-_", 22)).encode()).decode()


def hex_secret(r, n=64):
    return rs(r, HEX, n)


def django_secret(r):
    return "django-insecure-" + rs(r, LOWER + DIGITS + "!@#%^&*(-_=+)", 50) if r.random() < 0.3 else \
        rs(r, LOWER + DIGITS + "!@#%^&*(-_=+)", 50)


def b64_secret(r, nbytes=32):
    return b64(r, nbytes)


def wireguard_priv(r):
    raw = bytearray(r.randrange(256) for _ in range(32))
    raw[0] &= 248
    raw[31] = (raw[31] & 127) | 64
    return base64.b64encode(bytes(raw)).decode()


def basic_auth(user, pw):
    return base64.b64encode((user + ":" + pw).encode()).decode()


def pem_private(r, kind="RSA", indent="", nl="\n"):
    if kind == "RSA":
        head, body_len = "RSA PRIVATE KEY", 1190
    elif kind == "EC":
        head, body_len = "EC PRIVATE KEY", 121
    elif kind == "OPENSSH":
        head, body_len = "OPENSSH PRIVATE KEY", 400
    else:
        head, body_len = "PRIVATE KEY", 1216
    raw = b64(r, body_len)
    lines = [raw[i:i + 64] for i in range(0, len(raw), 64)]
    if kind == "OPENSSH":
        lines = [raw[i:i + 70] for i in range(0, len(raw), 70)]
    out = ["-----BEGIN " + head + "-----"] + lines + ["-----END " + head + "-----"]
    return (nl + indent).join(out)


# ---------------------------------------------------------------- look-alike values
def uuid4(r):
    h = rs(r, HEX, 32)
    return "%s-%s-4%s-%s%s-%s" % (h[:8], h[8:12], h[13:16], r.choice("89ab"), h[17:20], h[20:32])


def sha256_hex(r):
    return hashlib.sha256(str(r.random()).encode()).hexdigest()


def sha1_hex(r):
    return hashlib.sha1(str(r.random()).encode()).hexdigest()


def md5_hex(r):
    return hashlib.md5(str(r.random()).encode()).hexdigest()


def short_sha(r):
    return sha1_hex(r)[:r.choice([7, 8, 10, 12])]


def sri(r):
    return "sha512-" + b64(r, 64)


def docker_digest(r):
    return "sha256:" + sha256_hex(r)


def version4(r):
    return "%d.%d.%d.%d" % (r.randrange(1, 12), r.randrange(0, 30), r.randrange(0, 40), r.randrange(1, 9999))


def version3(r):
    return "%d.%d.%d" % (r.randrange(0, 9), r.randrange(0, 40), r.randrange(0, 30))


def oid(r):
    return r.choice(["1.3.6.1.4.1.", "1.3.6.1.2.1.", "2.16.840.1.113730."]) + ".".join(
        str(r.randrange(1, 40)) for _ in range(r.randrange(2, 5)))


def mac(r):
    return ":".join("%02x" % r.randrange(256) for _ in range(6))


def ssh_pub(r, comment):
    if r.random() < 0.5:
        return "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI" + rs(r, B64, 43) + " " + comment
    return "ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABgQ" + rs(r, B64, 540) + " " + comment


def ssh_fp(r):
    return "SHA256:" + b64(r, 32).rstrip("=")


def bcrypt(r):
    return "$2b$12$" + rs(r, ALNUM + "./", 53)


def argon2(r):
    return "$argon2id$v=19$m=65536,t=3,p=4$" + b64(r, 16).rstrip("=") + "$" + b64(r, 32).rstrip("=")


def sha512_crypt(r):
    return "$6$" + rs(r, ALNUM + "./", 16) + "$" + rs(r, ALNUM + "./", 86)


def pbkdf2_django(r):
    return "pbkdf2_sha256$870000$" + rs(r, ALNUM, 22) + "$" + b64(r, 32)


def wg_pub(r):
    return b64(r, 32)


def pem_public(r):
    raw = b64(r, 294)
    lines = [raw[i:i + 64] for i in range(0, len(raw), 64)]
    return "\n".join(["-----BEGIN PUBLIC KEY-----"] + lines + ["-----END PUBLIC KEY-----"])


def certificate(r):
    raw = b64(r, 700)
    lines = [raw[i:i + 64] for i in range(0, len(raw), 64)]
    return "\n".join(["-----BEGIN CERTIFICATE-----"] + lines + ["-----END CERTIFICATE-----"])


def stripe_pub(r):
    return "pk_live_51" + rs(r, ALNUM, 97)


def recaptcha_site(r):
    return "6L" + rs(r, B64URL, 38)


def ga_id(r):
    return "G-" + rs(r, UPPER + DIGITS, 10)


def sentry_dsn_key(r):
    return rs(r, HEX, 32)


def twilio_sid(r):
    return "AC" + rs(r, HEX, 32)


def algolia_search(r):
    return rs(r, HEX, 32)


def trace_id(r):
    return rs(r, HEX, 32)


def span_id(r):
    return rs(r, HEX, 16)


def aws_account(r):
    return str(r.randrange(10 ** 11, 10 ** 12))


def placeholder(r):
    return r.choice(["changeme", "<your-password>", "REPLACE_ME", "xxxxxxxx", "********", "your_api_key_here",
                     "TODO", "<redacted>", "CHANGE_ME_IN_PROD", "${PASSWORD}", "<token>", "dummy"])


def env_ref(r, name):
    return r.choice(["${%s}" % name, "$%s" % name, "${env:%s}" % name, "os.environ['%s']" % name,
                     "%%%s%%" % name, "{{ env \"%s\" }}" % name])


def dsn_date(r):
    return "20%02d-%02d-%02d" % (r.randrange(19, 26), r.randrange(1, 13), r.randrange(1, 29))


def hostname(r, env=None):
    return r.choice(["db", "api", "cache", "mq", "edge", "vpn", "bastion", "mail", "ldap", "git", "ci", "gw"]) + \
        "-" + str(r.randrange(1, 9)) + "." + (env or r.choice(["prod", "stg", "eu1", "us-east", "int"])) + "." + \
        company_domain(r)


def user(r):
    return r.choice(["deploy", "svc_app", "etl", "backup", "admin", "root", "app_rw", "reporter", "grafana",
                     "jenkins", "ansible", "ops", "readonly", "ingest", first(r), first(r)[0] + last(r)[:6]])


def port(r):
    return str(r.choice([5432, 3306, 6379, 5672, 9092, 27017, 8443, 8080, 9200, 1433, 11211, 2379, 8086]))
