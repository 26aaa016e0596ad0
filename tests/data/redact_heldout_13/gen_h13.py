"""Value generators for held-out set 13.

Every function takes a `random.Random` and returns a string.  All values are random; they follow the documented
public shape of what they imitate, and none of them is a real credential.  Written from scratch for this set.
"""
import base64
import ipaddress
import string

UP = string.ascii_uppercase
LO = string.ascii_lowercase
DG = string.digits
AN = UP + LO + DG
HEX = "0123456789abcdef"
B64 = AN + "+/"
B64U = AN + "-_"
B32L = "abcdefghijklmnopqrstuvwxyz234567"
BECH = "qpzry9x8gf2tvdw0s3jn54khce6mua7l"


def rs(r, alphabet, n):
    return "".join(r.choice(alphabet) for _ in range(n))


def b64(r, nbytes, url=False, pad=True):
    raw = bytes(r.randrange(256) for _ in range(nbytes))
    s = base64.urlsafe_b64encode(raw).decode() if url else base64.b64encode(raw).decode()
    return s if pad else s.rstrip("=")


def uuid4(r):
    h = rs(r, HEX, 32)
    h = h[:12] + "4" + h[13:16] + r.choice("89ab") + h[17:]
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"


# ---------------------------------------------------------------- people, e-mail
FIRST = ["lena", "tomas", "amara", "kenji", "ines", "oskar", "priya", "mateo", "hana", "yusuf", "greta", "duc",
         "ioana", "aino", "taras", "leila", "arjun", "maricel", "jordi", "zuzana", "milos", "ruta", "farid",
         "nadia", "bram", "sofia", "emeka", "linh", "viktor", "camille", "rafael", "tiago", "selin", "nikos"]
LAST = ["varga", "okafor", "lindqvist", "moreau", "tanaka", "nguyen", "popescu", "korhonen", "shevchenko",
        "rahimi", "sharma", "santos", "puig", "novakova", "jovanovic", "kazlauskas", "haddad", "fischer",
        "ramos", "costa", "aydin", "bauer", "dlamini", "mwangi", "ito", "silva", "kowalczyk", "leclerc"]
PROVIDERS = ["gmail.com", "outlook.com", "proton.me", "fastmail.com", "yahoo.co.jp", "web.de", "gmx.at",
             "posteo.de", "icloud.com", "hey.com", "zoho.eu", "seznam.cz", "laposte.net", "naver.com",
             "tutanota.com", "mail.ru", "hotmail.fr", "ukr.net", "yandex.com", "rediffmail.com"]
ORG_WORDS = ["tidewater", "kestrel", "brightforge", "lumenpath", "corvid", "northgrain", "quillmark", "saltmarsh",
             "oakhaven", "verdant", "ironbark", "bluefen", "pinecrest", "mosslane", "harborline", "cobaltfield",
             "redwillow", "sunderby", "glasshouse", "tallgrass", "fjordline", "amberly", "driftwood", "halcyon"]
ORG_SUFFIX = ["", "labs", "works", "health", "logistics", "energy", "media", "systems", "bank", "foods", "games"]
TLDS = ["com", "io", "dev", "co.uk", "com.br", "de", "nl", "vn", "ro", "fi", "com.ua", "in", "ph", "cat", "cz",
        "rs", "lt", "ie", "ca", "com.au", "se", "no", "pt", "app", "tech", "cloud", "net", "org"]


def person(r):
    return r.choice(FIRST), r.choice(LAST)


def company_domain(r):
    w = r.choice(ORG_WORDS)
    s = r.choice(ORG_SUFFIX)
    name = w + (("-" if r.random() < 0.3 else "") + s if s else "")
    return f"{name}.{r.choice(TLDS)}"


def email(r, domain=None, local=None):
    f, l = person(r)
    if local is None:
        local = r.choice([f"{f}.{l}", f"{f[0]}{l}", f"{f}_{l}{r.randint(1, 99)}", f"{f}{r.randint(70, 2005)}",
                          f"{l}.{f}", f"{f}+{r.choice(['alerts', 'ci', 'billing', 'git'])}", f"{f}-{l}"])
    if domain is None:
        domain = r.choice(PROVIDERS) if r.random() < 0.45 else company_domain(r)
    return f"{local}@{domain}"


def role_email(r, domain=None):
    return email(r, domain or company_domain(r), r.choice(["ops", "billing", "security", "noc", "dpo", "it-helpdesk", "payroll",
                                       "devops", "support", "admin", "accounts", "sre-oncall", "hr"]))


# ---------------------------------------------------------------- IPv4
def ip(r):
    while True:
        a = r.choice([r.randint(1, 223), r.choice([3, 13, 18, 23, 34, 35, 45, 51, 52, 64, 77, 81, 85, 91, 95, 103,
                                                   104, 128, 141, 142, 146, 151, 154, 157, 159, 162, 165, 172,
                                                   176, 178, 185, 188, 193, 194, 195, 203, 212, 213, 217])])
        s = f"{a}.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}"
        x = ipaddress.ip_address(s)
        if x.is_global and not x.is_multicast:
            return s


def private_ip(r):
    k = r.randrange(3)
    if k == 0:
        return f"10.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}"
    if k == 1:
        return f"172.{r.randint(16, 31)}.{r.randint(0, 255)}.{r.randint(1, 254)}"
    return f"192.168.{r.randint(0, 255)}.{r.randint(1, 254)}"


def cgnat_ip(r):
    return f"100.{r.randint(64, 127)}.{r.randint(0, 255)}.{r.randint(1, 254)}"


def doc_ip(r):
    return r.choice(["192.0.2.", "198.51.100.", "203.0.113."]) + str(r.randint(1, 254))


def link_local_ip(r):
    return f"169.254.{r.randint(1, 254)}.{r.randint(1, 254)}"


def version4(r):
    return f"{r.randint(1, 24)}.{r.randint(0, 30)}.{r.randint(0, 9)}.{r.randint(0, 9999)}"


def version3(r):
    return f"{r.randint(0, 9)}.{r.randint(0, 40)}.{r.randint(0, 30)}"


# ---------------------------------------------------------------- passwords
WORDS = ["harbor", "maple", "cobalt", "lantern", "pepper", "glacier", "orbit", "meadow", "falcon", "copper",
         "saffron", "thunder", "willow", "pixel", "granite", "velvet", "ember", "marble", "cactus", "nebula",
         "otter", "quartz", "rhubarb", "tundra", "walnut", "zephyr", "bramble", "cinder", "fennel", "juniper"]
NONASCII = ["ăn-trưa", "Ngọc", "țară", "Kuusi", "Jäätelö", "Ðorđe", "šlapka", "kuře", "Žluť", "Ąžuolas",
            "Ūdra", "Їжак", "Сонях", "ქარი", "Arrós", "Çerç", "Þoka", "Søster", "Ärter", "Ñandú"]
SYMS = "!#%*-_.+=?"


def pw_word(r, syms=SYMS):
    return r.choice(WORDS).capitalize() + str(r.randint(10, 9999)) + r.choice(syms)


def pw_gen(r, n=None, syms="!#%*-_+=?^~"):
    n = n or r.randint(14, 26)
    pool = AN + syms
    while True:
        s = r.choice(UP + LO) + rs(r, pool, n - 1)
        if any(c in DG for c in s) and any(c in UP for c in s) and any(c in LO for c in s):
            return s


def pw_phrase(r, sep="-"):
    return sep.join(r.choice(WORDS) for _ in range(r.randint(3, 5))) + (str(r.randint(1, 99)) if r.random() < .5 else "")


def pw_leet(r):
    w = r.choice(WORDS) + r.choice(WORDS)
    tr = str.maketrans({"a": "4", "e": "3", "o": "0", "i": "1", "s": "5"})
    w = "".join(c.upper() if r.random() < .3 else c for c in w.translate(tr))
    return w + r.choice("!?#*") + str(r.randint(0, 99))


def pw_alnum(r, n=None):
    return rs(r, AN, n or r.randint(20, 32))


def pw_short(r):
    return rs(r, LO, 3).capitalize() + str(r.randint(1, 99)) + r.choice("!#*?") + rs(r, LO + UP, 2)


def pw_camel(r):
    return "".join(r.choice(WORDS).capitalize() for _ in range(3)) + str(r.randint(1, 9))


def pw_nonascii(r):
    return r.choice(NONASCII) + r.choice(["-", ".", "_"]) + r.choice(NONASCII) + str(r.randint(1, 999))


def pw_app(r):
    return " ".join(rs(r, LO, 4) for _ in range(4))


def pw_app_dash(r):
    return "-".join(rs(r, LO, 4) for _ in range(4))


def pw_spaces(r):
    return " ".join(r.choice(WORDS) for _ in range(4))


def pw_pin(r, n=None):
    return rs(r, DG, n or r.randint(6, 8))


def pw_dotted(r):
    return ".".join([r.choice(WORDS).capitalize(), r.choice(WORDS).capitalize(), str(r.randint(10, 99))])


def pw_url(r):
    """Safe inside URL userinfo: letters, digits and -_.~ only."""
    return rs(r, AN + "-_.~", r.randint(14, 22)) + r.choice(DG)


def pw_any(r, safe=False):
    if safe:
        return r.choice([pw_url, pw_alnum, lambda q: pw_phrase(q), pw_camel])(r)
    return r.choice([pw_word, pw_gen, pw_phrase, pw_leet, pw_alnum, pw_short, pw_camel, pw_dotted])(r)


# ---------------------------------------------------------------- keys / tokens
def gh_classic(r):
    return "ghp_" + rs(r, AN, 36)


def gh_oauth(r):
    return "gho_" + rs(r, AN, 36)


def gh_server(r):
    return "ghs_" + rs(r, AN, 36)


def gh_fine(r):
    return "github_pat_" + rs(r, AN, 22) + "_" + rs(r, AN, 59)


def gitlab_pat(r):
    return "glpat-" + rs(r, AN + "-_", 20)


def gitlab_runner(r):
    return "glrt-" + rs(r, AN + "-_", 20)


def aws_id(r):
    return r.choice(["AKIA", "ASIA"]) + rs(r, UP + "234567", 16)


def aws_secret(r):
    return rs(r, AN + "+/", 40)


def slack_bot(r):
    return f"xoxb-{rs(r, DG, 12)}-{rs(r, DG, 13)}-{rs(r, AN, 24)}"


def slack_app(r):
    return f"xapp-1-A{rs(r, UP + DG, 10)}-{rs(r, DG, 13)}-{rs(r, HEX, 64)}"


def slack_hook(r):
    return f"T{rs(r, UP + DG, 8)}/B{rs(r, UP + DG, 10)}/{rs(r, AN, 24)}"


def stripe_sk(r):
    return "sk_live_" + rs(r, AN, r.choice([24, 99]))


def stripe_rk(r):
    return "rk_live_" + rs(r, AN, r.choice([24, 99]))


def stripe_pk(r):
    return "pk_live_" + rs(r, AN, 99)


def stripe_whsec(r):
    return "whsec_" + rs(r, AN, 32)


def sendgrid(r):
    return f"SG.{rs(r, B64U, 22)}.{rs(r, B64U, 43)}"


def openai(r):
    return "sk-proj-" + rs(r, B64U, 74) + "T3BlbkFJ" + rs(r, B64U, 74)


def anthropic(r):
    return "sk-ant-api03-" + rs(r, B64U, 93) + "AA"


def hf(r):
    return "hf_" + rs(r, AN, 34)


def npm(r):
    return "npm_" + rs(r, AN, 36)


def pypi(r):
    return "pypi-AgEIcHlwaS5vcmc" + rs(r, B64U, 150)


def jwt(r, payload=None):
    head = base64.urlsafe_b64encode(b'{"alg":"HS256","typ":"JWT"}').decode().rstrip("=")
    body = payload or ('{"sub":"%s","iat":%d,"role":"%s"}' % (uuid4(r), r.randint(1600000000, 1760000000),
                                                             r.choice(["service_role", "admin", "deploy"])))
    b = base64.urlsafe_b64encode(body.encode()).decode().rstrip("=")
    return f"{head}.{b}.{b64(r, 32, url=True, pad=False)}"


def twilio_token(r):
    return rs(r, HEX, 32)


def twilio_sid(r):
    return "AC" + rs(r, HEX, 32)


def twilio_apikey(r):
    return "SK" + rs(r, HEX, 32)


def mailchimp(r):
    return rs(r, HEX, 32) + "-us" + str(r.randint(1, 21))


def mailgun(r):
    return "key-" + rs(r, HEX, 32)


def shopify(r):
    return r.choice(["shpat_", "shpca_", "shppa_"]) + rs(r, HEX, 32)


def telegram(r):
    return f"{r.randint(1000000000, 7999999999)}:AA{rs(r, B64U, 33)}"


def discord_bot(r):
    uid = str(r.randint(10 ** 17, 10 ** 19))
    return f"{base64.b64encode(uid.encode()).decode().rstrip('=')}.{rs(r, B64U, 6)}.{rs(r, B64U, 38)}"


def do_pat(r):
    return "dop_v1_" + rs(r, HEX, 64)


def linode(r):
    return rs(r, HEX, 64)


def vultr(r):
    return rs(r, UP + DG, 36)


def atlassian(r):
    return "ATATT3xFfGF0" + rs(r, B64U, 180) + "=" + rs(r, UP + DG, 8)


def azure_storage(r):
    return b64(r, 64)


def firebase_fcm(r):
    return "AAAA" + rs(r, B64U, 7) + ":APA91b" + rs(r, B64U, 134)


def age_secret(r):
    return "AGE-SECRET-KEY-1" + rs(r, BECH.upper(), 58)


def age_public(r):
    return "age1" + rs(r, BECH, 58)


def doppler(r):
    return "dp.st." + r.choice(["prd", "stg", "dev"]) + "." + rs(r, AN, 40)


def netlify(r):
    return "nfp_" + rs(r, AN, 36)


def vercel(r):
    return rs(r, AN, 24)


def render_key(r):
    return "rnd_" + rs(r, AN, 28)


def resend(r):
    return "re_" + rs(r, AN, 8) + "_" + rs(r, AN, 24)


def mapbox_sk(r):
    return "sk.eyJ1Ijoi" + rs(r, B64U, 50) + "." + rs(r, B64U, 22)


def sentry_auth(r):
    return "sntrys_eyJpYXQiOj" + rs(r, B64U, 120) + "_" + rs(r, B64U, 43)


def datadog_api(r):
    return rs(r, HEX, 32)


def datadog_app(r):
    return rs(r, HEX, 40)


def newrelic_user(r):
    return "NRAK-" + rs(r, UP + DG, 27)


def grafana_sa(r):
    return "glsa_" + rs(r, AN, 32) + "_" + rs(r, HEX, 8)


def grafana_cloud(r):
    return "glc_" + b64(r, 90, pad=False).replace("+", "A").replace("/", "B")


def posthog_personal(r):
    return "phx_" + rs(r, AN, 43)


def posthog_project(r):
    return "phc_" + rs(r, AN, 43)


def contentful(r):
    return "CFPAT-" + rs(r, B64U, 43)


def cohere(r):
    return rs(r, AN, 40)


def mistral(r):
    return rs(r, AN, 32)


def perplexity(r):
    return "pplx-" + rs(r, AN, 48)


def deepseek(r):
    return "sk-" + rs(r, HEX, 32)


def elevenlabs(r):
    return "sk_" + rs(r, HEX, 48)


def linear(r):
    return "lin_api_" + rs(r, AN, 40)


def notion(r):
    return "ntn_" + rs(r, DG, 11) + rs(r, AN, 35)


def clickup(r):
    return f"pk_{r.randint(10 ** 7, 10 ** 8)}_{rs(r, UP + DG, 32)}"


def hubspot(r):
    return "pat-" + r.choice(["na1", "eu1"]) + "-" + uuid4(r)


def okta(r):
    return "00" + rs(r, AN + "-_", 40)


def auth0_secret(r):
    return rs(r, AN + "-_", 64)


def keycloak_secret(r):
    return rs(r, AN, 32)


def vault(r):
    return "hvs." + rs(r, AN + "-_", 90)


def tailscale(r):
    return f"tskey-auth-k{rs(r, AN, 12)}CNTRL-{rs(r, AN, 33)}"


def ngrok(r):
    return "2" + rs(r, AN, 26) + "_" + rs(r, AN, 21)


def cloudinary_secret(r):
    return rs(r, B64U, 27)


def pusher_secret(r):
    return rs(r, HEX, 20)


def ably(r):
    return f"{rs(r, AN, 6)}.{rs(r, AN, 6)}:{rs(r, B64U, 43)}"


def google_api(r):
    return "AIza" + rs(r, B64U, 35)


def expo(r):
    return rs(r, AN + "_-", 40)


def sonar(r):
    return r.choice(["squ_", "sqp_", "sqa_"]) + rs(r, HEX, 40)


def circleci(r):
    return "CCIPAT_" + rs(r, AN, 22) + "_" + rs(r, HEX, 40)


def jfrog(r):
    return "AKCp" + rs(r, AN, 69)


def dockerhub(r):
    return "dckr_pat_" + rs(r, B64U, 27)


def quay_robot(r):
    return rs(r, UP + DG, 64)


def bitbucket_app(r):
    return "ATBB" + rs(r, AN, 32)


def azure_devops(r):
    return rs(r, B32L, 52)


def tfc(r):
    return rs(r, AN, 14) + ".atlasv1." + rs(r, AN, 67)


def pulumi(r):
    return "pul-" + rs(r, HEX, 40)


def wg_key(r):
    return b64(r, 32)


def rails_secret(r):
    return rs(r, HEX, 128)


def django_secret(r):
    return rs(r, LO + DG + "!@#$%^&*(-_=+)", 50)


def hex_secret(r, n=64):
    return rs(r, HEX, n)


def laravel_key(r):
    return "base64:" + b64(r, 32)


def b64_secret(r, n=32):
    return b64(r, n)


def n8n_key(r):
    return rs(r, AN, 32)


def plex(r):
    return rs(r, AN + "-_", 20)


def arr_key(r):
    return rs(r, HEX, 32)


def upstash(r):
    return "AX" + rs(r, B64U, 58) + "="


def zendesk(r):
    return rs(r, AN, 40)


def intercom(r):
    return "dG9rOj" + rs(r, AN, 50) + "="


def assemblyai(r):
    return rs(r, HEX, 32)


def deepgram(r):
    return rs(r, HEX, 40)


def fireworks(r):
    return "fw_" + rs(r, AN, 24)


def groq(r):
    return "gsk_" + rs(r, AN, 52)


def replicate(r):
    return "r8_" + rs(r, AN, 37)


def airtable(r):
    return "pat" + rs(r, AN, 14) + "." + rs(r, HEX, 64)


def figma(r):
    return "figd_" + rs(r, B64U, 40)


def fly(r):
    return "fm2_" + rs(r, B64U, 120)


def supabase_secret(r):
    return "sb_secret_" + rs(r, B64U, 31)


def supabase_pub(r):
    return "sb_publishable_" + rs(r, B64U, 31)


def basic_auth(r, user, pw):
    return base64.b64encode(f"{user}:{pw}".encode()).decode()


def pem(r, kind="RSA PRIVATE KEY", nbytes=900, width=64):
    body = b64(r, nbytes)
    lines = [body[i:i + width] for i in range(0, len(body), width)]
    return f"-----BEGIN {kind}-----\n" + "\n".join(lines) + f"\n-----END {kind}-----"


def openssh_key(r):
    body = "b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW" + b64(r, 300)
    lines = [body[i:i + 70] for i in range(0, len(body), 70)]
    return "-----BEGIN OPENSSH PRIVATE KEY-----\n" + "\n".join(lines) + "\n-----END OPENSSH PRIVATE KEY-----"


# ---------------------------------------------------------------- look-alike values
def sha(r, n=40):
    return rs(r, HEX, n)


def ssh_pub(r, comment):
    return "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI" + rs(r, B64, 43) + " " + comment


def bcrypt(r):
    return f"$2b${r.choice(['10', '12', '14'])}$" + rs(r, AN + "./", 53)


def argon2(r):
    return f"$argon2id$v=19$m=65536,t=3,p=4${b64(r, 16, pad=False)}${b64(r, 32, pad=False)}"


def sha512crypt(r):
    return "$6$" + rs(r, AN + "./", 16) + "$" + rs(r, AN + "./", 86)


def scram(r):
    return f"SCRAM-SHA-256$4096:{b64(r, 16)}${b64(r, 32)}:{b64(r, 32)}"


def mysql_native(r):
    return "*" + rs(r, "0123456789ABCDEF", 40)


def pbkdf2_django(r):
    return f"pbkdf2_sha256$870000${rs(r, AN, 22)}${b64(r, 32)}"


def mosquitto_hash(r):
    return f"$7$101${b64(r, 12)}${b64(r, 64)}"


def sops_enc(r):
    return f"ENC[AES256_GCM,data:{b64(r, r.randint(12, 30))},iv:{b64(r, 32)},tag:{b64(r, 16)},type:str]"


def jasypt(r):
    return f"ENC({b64(r, 32)})"


def sri(r):
    return "sha384-" + b64(r, 48)


def npm_integrity(r):
    return "sha512-" + b64(r, 64)


def docker_digest(r):
    return "sha256:" + rs(r, HEX, 64)


def mac(r):
    return ":".join(rs(r, HEX, 2) for _ in range(6))


def trace_id(r):
    return rs(r, HEX, 32)
