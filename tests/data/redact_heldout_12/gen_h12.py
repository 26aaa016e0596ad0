"""Value generators for held-out set 12 (standard library only).

Every function takes a random.Random and returns a string. Planted values are
random but shaped like the credential formats they imitate; none is real.
"""
import base64
import ipaddress
import string

UP = string.ascii_uppercase
LO = string.ascii_lowercase
DG = string.digits
AN = UP + LO + DG
HX = "0123456789abcdef"
B64 = AN + "+/"
B64U = AN + "-_"

# Markers: \ue000TAG\ue004KIND\ue001VALUE\ue002 for labels, \ue003KIND\ue001VALUE\ue002 for look-alikes.


def L(tag, kind, value):
    return "\ue000" + tag + "\ue004" + kind + "\ue001" + value + "\ue002"


def LA(kind, value):
    return "\ue003" + kind + "\ue001" + value + "\ue002"


def s(r, alphabet, n):
    return "".join(r.choice(alphabet) for _ in range(n))


def hexs(r, n):
    return s(r, HX, n)


def b64bytes(r, n, url=False):
    raw = bytes(r.getrandbits(8) for _ in range(n))
    return (base64.urlsafe_b64encode if url else base64.b64encode)(raw).decode()


# ---------------------------------------------------------------- people / e-mail
FIRST = ["amira", "bastian", "chiara", "dmitri", "elif", "fionn", "grete", "hiro", "ines", "jonas", "kalani",
         "lucia", "mateus", "nadia", "oskar", "priya", "quentin", "rasmus", "sanne", "tomasz", "ulla", "viktor",
         "wen", "ximena", "yusuf", "zofia", "anneke", "bogdan", "carmen", "dariusz", "eero", "farah", "gustavo",
         "helga", "ilse", "jarno", "keiko", "leandro", "mirela", "noor", "olavi", "paulina", "rui", "svea",
         "teodor", "valeria", "wiebke", "yara"]
LAST = ["achterberg", "bianchi", "castellanos", "dvorak", "eriksen", "fontaine", "gallagher", "halvorsen",
        "iwasaki", "jankowski", "kovalenko", "lindqvist", "moreau", "nakamura", "oyelaran", "pellegrini",
        "quispe", "rautio", "schaefer", "takahashi", "uribe", "vasquez", "wojcik", "yilmaz", "zeller",
        "brennan", "cardoso", "delacroix", "esposito", "ferreira", "grabowski", "haugen", "ibarra", "kowalczyk",
        "lemaire", "mikkelsen", "novak", "okafor", "petrov", "rinaldi", "sorensen", "tanaka", "vuong"]
PUBLIC_MAIL = ["gmail.com", "outlook.com", "hotmail.com", "yahoo.com", "proton.me", "protonmail.com",
               "icloud.com", "fastmail.com", "gmx.de", "web.de", "yandex.ru", "mail.ru", "seznam.cz", "wp.pl",
               "libero.it", "laposte.net", "orange.fr", "naver.com", "qq.com", "163.com", "zoho.com",
               "tutanota.com", "posteo.de", "t-online.de", "hey.com", "aol.com", "btinternet.com", "o2.pl",
               "freenet.de", "mailbox.org", "yahoo.co.jp", "uol.com.br", "bol.com.br", "rediffmail.com"]
COMPANY = ["kestrelfreight.com", "bluefinch-labs.io", "ostrava-steelworks.cz", "harbourlight.co.uk",
           "verdantmill.de", "tallinnsoft.ee", "cobaltridge.net", "pampas-agro.com.ar", "moanatravel.co.nz",
           "hollowoak.dev", "quayside-logistics.com", "sundara-health.in", "lumenfabrik.de", "nordkapp-it.no",
           "andesgrid.cl", "saffronbyte.com", "fjordline-data.se", "basaltworks.is", "meridian-clinic.org",
           "tidewater-ops.com", "copperleaf.ai", "alpenrose-hotels.at", "kinjo-robotics.jp", "marula-pay.co.za",
           "olivegrove.gr", "brightkelp.io", "stonebridge-legal.ie", "vistula-energy.pl", "redcanyon.app",
           "polarlight.fi", "azulejo-studio.pt", "hanoi-craft.vn", "gingko-edu.kr", "tortuga-games.mx"]


def person(r):
    return r.choice(FIRST), r.choice(LAST)


def local_part(r, f=None, l=None):
    if f is None:
        f, l = person(r)
    form = r.randrange(6)
    if form == 0:
        return f + "." + l
    if form == 1:
        return f[0] + l
    if form == 2:
        return f + "_" + l + str(r.randrange(10, 99))
    if form == 3:
        return f + str(r.randrange(1970, 2005))
    if form == 4:
        return l + "." + f[0]
    return f + "-" + l


def email(r, domain=None):
    dom = domain or (r.choice(PUBLIC_MAIL) if r.random() < 0.5 else r.choice(COMPANY))
    return local_part(r) + "@" + dom


def role_email(r, domain=None):
    dom = domain or r.choice(COMPANY)
    return r.choice(["ops", "noc", "billing", "alerts", "it-support", "devops", "security", "admin", "backup",
                     "hostmaster", "helpdesk", "postmaster", "finance", "infra"]) + "@" + dom


def reserved_email(r):
    dom = r.choice(["example.com", "example.org", "example.net", "mail.example", "corp.test", "host.invalid",
                    "localhost", "acme.example.com", "staging.test"])
    return r.choice(["user", "admin", "jane.doe", "test", "alice", "bob", "someone", "you", "ops", "dev"]) + "@" + dom


def noreply_email(r):
    form = r.randrange(3)
    if form == 0:
        return str(r.randrange(1000000, 99999999)) + "+" + r.choice(FIRST) + "@users.noreply.github.com"
    if form == 1:
        return "noreply@" + r.choice(COMPANY)
    return "no-reply@" + r.choice(COMPANY)


# ---------------------------------------------------------------- IPs
def ip(r):
    while True:
        a = r.choice([3, 5, 8, 13, 18, 23, 31, 34, 37, 45, 46, 51, 52, 62, 64, 66, 77, 78, 80, 81, 82, 85, 88,
                       91, 93, 94, 95, 104, 109, 116, 121, 128, 131, 138, 141, 144, 146, 151, 157, 159, 162, 165,
                       167, 176, 178, 185, 188, 193, 194, 195, 198, 199, 201, 202, 206, 209, 212, 213, 217])
        v = "%d.%d.%d.%d" % (a, r.randrange(0, 256), r.randrange(0, 256), r.randrange(1, 255))
        o = ipaddress.ip_address(v)
        if o.is_global and not o.is_multicast:
            return v


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


def linklocal_ip(r):
    return "169.254.%d.%d" % (r.randrange(1, 255), r.randrange(1, 255))


def loopback_ip(r):
    return r.choice(["127.0.0.1", "127.0.0.53", "127.0.1.1"])


def multicast_ip(r):
    return r.choice(["224.0.0.251", "239.255.255.250", "224.0.0.18", "239.1.1.%d" % r.randrange(1, 255)])


def netmask(r):
    return r.choice(["255.255.255.0", "255.255.0.0", "255.255.255.252", "255.255.254.0", "255.255.255.240",
                     "255.255.255.128", "255.240.0.0"])


def mac(r):
    return ":".join("%02x" % r.randrange(256) for _ in range(6))


# ---------------------------------------------------------------- identifiers / hashes
def uuid4(r):
    h = hexs(r, 32)
    return "%s-%s-4%s-%s%s-%s" % (h[:8], h[8:12], h[13:16], r.choice("89ab"), h[17:20], h[20:32])


def git_sha(r):
    return hexs(r, 40)


def sha256(r):
    return hexs(r, 64)


def sri(r):
    return "sha384-" + b64bytes(r, 48)


def docker_digest(r):
    return "sha256:" + hexs(r, 64)


def version(r):
    return "%d.%d.%d" % (r.randrange(0, 12), r.randrange(0, 30), r.randrange(0, 40))


def version4(r):
    return "%d.%d.%d.%d" % (r.randrange(1, 9), r.randrange(0, 20), r.randrange(0, 40), r.randrange(0, 9999))


def oid(r):
    return "1.3.6.1.4.1.%d.%d.%d.%d" % (r.randrange(2000, 60000), r.randrange(1, 20), r.randrange(1, 9),
                                       r.randrange(0, 40))


def bcrypt_hash(r):
    return "$2b$12$" + s(r, AN + "./", 53)


def argon2_hash(r):
    return "$argon2id$v=19$m=65536,t=3,p=4$" + b64bytes(r, 16).rstrip("=") + "$" + b64bytes(r, 32).rstrip("=")


def sha512_crypt(r):
    return "$6$" + s(r, AN + "./", 16) + "$" + s(r, AN + "./", 86)


def ssh_pubkey(r):
    return "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI" + s(r, AN + "+/", 43)


def wg_pub(r):
    return b64bytes(r, 32)


def age_recipient(r):
    return "age1" + s(r, "023456789acdefghjklmnpqrstuvwxyz", 58)


def stripe_pk(r):
    return "pk_live_" + s(r, AN, 99)


def placeholder(r):
    return r.choice(["changeme", "CHANGE_ME", "<your-password>", "REPLACE_WITH_TOKEN", "xxxxxxxx", "TODO",
                     "your_api_key_here", "<redacted>", "********", "secret-goes-here", "${SECRET}",
                     "{{ api_token }}", "<PASTE-KEY>"])


def numeric_id(r):
    return str(r.randrange(10 ** 8, 10 ** 12))


# ---------------------------------------------------------------- tokens (KEY)
def github_pat(r):
    return "ghp_" + s(r, AN, 36)


def github_fine(r):
    return "github_pat_11" + s(r, UP + DG, 20) + "_" + s(r, AN, 59)


def gitlab_pat(r):
    return "glpat-" + s(r, AN + "-_", 20)


def aws_key_id(r):
    return r.choice(["AKIA", "ASIA"]) + s(r, UP + "234567", 16)


def aws_secret(r):
    return s(r, AN + "+/", 40)


def slack_bot(r):
    return "xoxb-%d-%d-%s" % (r.randrange(10 ** 10, 10 ** 12), r.randrange(10 ** 12, 10 ** 13), s(r, AN, 24))


def slack_webhook(r):
    return "T%s/B%s/%s" % (s(r, UP + DG, 8), s(r, UP + DG, 10), s(r, AN, 24))


def stripe_sk(r):
    return r.choice(["sk_live_", "rk_live_"]) + s(r, AN, 99)


def stripe_whsec(r):
    return "whsec_" + s(r, AN, 32)


def sendgrid(r):
    return "SG." + s(r, AN + "-_", 22) + "." + s(r, AN + "-_", 43)


def openai(r):
    return "sk-proj-" + s(r, AN + "-_", 156)


def anthropic(r):
    return "sk-ant-api03-" + s(r, AN + "-_", 93) + "AA"


def hf_token(r):
    return "hf_" + s(r, UP + LO, 34)


def npm_token(r):
    return "npm_" + s(r, AN, 36)


def pypi_token(r):
    return "pypi-AgEIcHlwaS5vcmc" + s(r, AN + "-_", 150)


def jwt(r):
    head = base64.urlsafe_b64encode(b'{"alg":"HS256","typ":"JWT"}').decode().rstrip("=")
    body = '{"sub":"%s","iat":%d,"role":"%s"}' % (uuid4(r), r.randrange(1600000000, 1760000000),
                                                   r.choice(["service", "admin", "worker", "ingest"]))
    b = base64.urlsafe_b64encode(body.encode()).decode().rstrip("=")
    return head + "." + b + "." + b64bytes(r, 32, url=True).rstrip("=")


def telegram_bot(r):
    return "%d:AA%s" % (r.randrange(10 ** 9, 8 * 10 ** 9), s(r, AN + "-_", 33))


def discord_webhook(r):
    return "%d/%s" % (r.randrange(10 ** 17, 10 ** 19), s(r, AN + "-_", 68))


def digitalocean(r):
    return "dop_v1_" + hexs(r, 64)


def cloudflare_token(r):
    return s(r, AN + "-_", 40)


def vault_token(r):
    return "hvs." + s(r, AN + "-_", 90)


def grafana_sa(r):
    return "glsa_" + s(r, AN, 32) + "_" + hexs(r, 8)


def docker_pat(r):
    return "dckr_pat_" + s(r, AN + "-_", 27)


def twilio_key(r):
    return "SK" + hexs(r, 32)


def mailgun(r):
    return "key-" + hexs(r, 32)


def mailchimp(r):
    return hexs(r, 32) + "-us" + str(r.randrange(1, 22))


def google_api(r):
    return "AIza" + s(r, AN + "-_", 35)


def shopify(r):
    return r.choice(["shpat_", "shpss_", "shpca_"]) + hexs(r, 32)


def atlassian(r):
    return "ATATT3xFfGF0" + s(r, AN + "-_=", 180) + "=" + s(r, UP + DG, 8)


def airtable(r):
    return "pat" + s(r, AN, 14) + "." + hexs(r, 64)


def databricks(r):
    return "dapi" + hexs(r, 32)


def tfc_token(r):
    return s(r, AN, 14) + ".atlasv1." + s(r, AN, 67)


def supabase_pat(r):
    return "sbp_" + hexs(r, 40)


def planetscale(r):
    return "pscale_pw_" + s(r, AN + "_", 43)


def groq(r):
    return "gsk_" + s(r, AN, 52)


def replicate(r):
    return "r8_" + s(r, AN, 37)


def pinecone(r):
    return "pcsk_" + s(r, AN, 6) + "_" + s(r, AN, 63)


def buildkite(r):
    return "bkua_" + hexs(r, 40)


def prefect(r):
    return "pnu_" + s(r, AN, 36)


def dynatrace(r):
    return "dt0c01." + s(r, UP + DG, 24) + "." + s(r, UP + DG, 64)


def figma(r):
    return "figd_" + s(r, AN + "-_", 40)


def linear(r):
    return "lin_api_" + s(r, AN, 40)


def netlify(r):
    return "nfp_" + s(r, AN, 36)


def doppler(r):
    return "dp.st.prd." + s(r, AN, 43)


def tailscale(r):
    return "tskey-auth-k" + s(r, AN, 10) + "CNTRL-" + s(r, AN, 33)


def ngrok(r):
    return "2" + s(r, AN, 26) + "_" + s(r, AN, 21)


def sentry_token(r):
    return "sntryu_" + hexs(r, 64)


def algolia_admin(r):
    return hexs(r, 32)


def alibaba_id(r):
    return "LTAI5t" + s(r, AN, 18)


def alibaba_secret(r):
    return s(r, AN, 30)


def wandb(r):
    return hexs(r, 40)


def okta(r):
    return "00" + s(r, AN + "-_", 40)


def contentful(r):
    return "CFPAT-" + s(r, AN + "-_", 43)


def ops_token(r):
    return "ops_eyJ" + s(r, AN, 120)


def age_secret(r):
    return "AGE-SECRET-KEY-1" + s(r, "023456789ACDEFGHJKLMNPQRSTUVWXYZ", 58)


def wg_private(r):
    raw = bytearray(r.getrandbits(8) for _ in range(32))
    raw[0] &= 248
    raw[31] = (raw[31] & 127) | 64
    return base64.b64encode(bytes(raw)).decode()


def hex_secret(r, n=64):
    return hexs(r, n)


def b64_secret(r, n=32):
    return b64bytes(r, n)


def alnum_secret(r, n=40):
    return s(r, AN, n)


def django_secret(r):
    return s(r, LO + DG + "!@#%^&*(-_=+)", 50)


def pem_private(r, kind=None):
    kind = kind or r.choice(["PRIVATE KEY", "EC PRIVATE KEY", "RSA PRIVATE KEY", "OPENSSH PRIVATE KEY"])
    if kind == "OPENSSH PRIVATE KEY":
        body = "b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZWQyNTUxOQAAACA" + \
            b64bytes(r, 270)
    elif kind == "EC PRIVATE KEY":
        body = "MHcCAQEEI" + b64bytes(r, 112)
    elif kind == "RSA PRIVATE KEY":
        body = "MIIEpAIBAAKCAQEA" + b64bytes(r, 1180)
    else:
        body = "MIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQ" + b64bytes(r, 1180)
    body = body.rstrip("=")
    lines = [body[i:i + 64] for i in range(0, len(body), 64)]
    return "-----BEGIN %s-----\n%s\n-----END %s-----" % (kind, "\n".join(lines), kind)


def basic_auth(r, user, pw):
    return base64.b64encode((user + ":" + pw).encode()).decode()


# ---------------------------------------------------------------- passwords
WORDS = ["harbor", "lantern", "granite", "violet", "copper", "meadow", "falcon", "ember", "tundra", "orchid",
         "saffron", "glacier", "thistle", "juniper", "marble", "cobalt", "walnut", "quartz", "sparrow", "canyon",
         "pepper", "nimbus", "willow", "basalt", "mango", "pelican", "cinder", "fennel", "otter", "lagoon",
         "badger", "kettle", "paprika", "zephyr", "bramble", "onyx", "sorrel", "tangelo", "hazel", "puffin"]
ACCENT = ["Ærøskøbing", "Fußgänger", "mañana", "Åkerbär", "čokoláda", "Żubrówka", "Ürdün", "crème", "Ísland",
          "Пароль", "größer", "smörgås", "łódź", "façade", "Ñandú", "Δέλτα", "žirafa", "Kökény", "Sørvágur"]


def password(r, safe=None):
    """A password; `safe` is a string of allowed symbols (default a general set)."""
    sym = "!#%&*+-=?_.~" if safe is None else safe
    shape = r.randrange(10)
    if shape == 0:
        p = r.choice(WORDS).capitalize() + str(r.randrange(10, 9999)) + (r.choice(sym) if sym else "")
    elif shape == 1:
        p = s(r, AN + sym, r.randrange(14, 24))
    elif shape == 2:
        p = "-".join(r.choice(WORDS) for _ in range(4)) if "-" in sym or not sym else \
            "".join(w.capitalize() for w in r.sample(WORDS, 4))
    elif shape == 3:
        w = r.choice(WORDS)
        p = w.replace("a", "4").replace("e", "3").replace("o", "0").replace("i", "1").capitalize() + \
            (r.choice(sym) if sym else "") + str(r.randrange(100))
    elif shape == 4:
        p = s(r, AN, r.randrange(24, 33))
    elif shape == 5:
        p = s(r, AN, 3) + (r.choice(sym) if sym else "x") + s(r, AN, 5)
    elif shape == 6:
        p = "".join(w.capitalize() for w in r.sample(WORDS, 3)) + str(r.randrange(1, 99))
    elif shape == 7:
        p = r.choice(ACCENT) + str(r.randrange(10, 999)) + (r.choice(sym) if sym else "")
    elif shape == 8:
        p = "-".join(s(r, LO, 4) for _ in range(4))
        if "-" not in (sym or "") and sym is not None and sym != "!#%&*+-=?_.~":
            p = p.replace("-", "")
    else:
        p = str(r.randrange(1, 9)) + r.choice(WORDS) + (r.choice(sym) if sym else "") + r.choice(WORDS).upper()
    if p[0] in " -" or p[-1] == " ":
        p = "Q" + p.strip(" -") + "Z"
    return p


def passphrase(r):
    return " ".join(r.choice(WORDS) for _ in range(r.randrange(4, 6)))


def url_password(r):
    return password(r, "-_.~")


def pin_password(r):
    return s(r, AN, 12)


def r_choice(r, seq):
    return r.choice(seq)


def r_range(r, a, b):
    return r.randrange(a, b)


def indent(text, n):
    return "\n".join(" " * n + line for line in text.split("\n"))
