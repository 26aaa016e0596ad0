"""Templates and value generators of the sixth held-out redaction set (standard library only).

A document is built from pieces; planted values carry their tag/kind so offsets are exact by construction.
In a piece template, «name» is replaced by the keyword argument of that name: a plain str is inserted as is,
a tuple made by P()/E()/I()/K()/LA() is inserted and recorded as a label or a look-alike.
"""

import base64
import ipaddress
import re
import string

_MARK = re.compile("«([a-z0-9_]+)»")


def P(value, kind):
    return ("PASSWORD", kind, value)


def E(value, kind):
    return ("EMAIL", kind, value)


def I(value, kind):  # noqa: E743 - short on purpose
    return ("IP_ADDRESS", kind, value)


def K(value, kind):
    return ("KEY", kind, value)


def LA(value, kind):
    return ("LA", kind, value)


class Doc:
    def __init__(self, prefix=""):
        self.parts = [prefix]
        self.n = len(prefix)
        self.labels = []
        self.lookalikes = []

    def add(self, template, **kw):
        pos = 0
        for m in _MARK.finditer(template):
            self._plain(template[pos:m.start()])
            spec = kw[m.group(1)]
            if isinstance(spec, str):
                self._plain(spec)
            else:
                tag, kind, value = spec
                start = self.n
                self._plain(value)
                if tag == "LA":
                    self.lookalikes.append({"kind": kind, "start": start, "end": self.n})
                else:
                    self.labels.append({"tag": tag, "start": start, "end": self.n, "kind": kind})
            pos = m.end()
        self._plain(template[pos:])
        return self

    def _plain(self, s):
        self.parts.append(s)
        self.n += len(s)

    @property
    def text(self):
        return "".join(self.parts)


# ----------------------------------------------------------------------------------------------------------
# random values of the real shape

LOWER = string.ascii_lowercase
UPPER = string.ascii_uppercase
DIGITS = string.digits
ALNUM = LOWER + UPPER + DIGITS
HEX = "0123456789abcdef"
B64 = ALNUM + "+/"
B64URL = ALNUM + "-_"

WORDS = (
    "amber birch cobalt dune ember fjord granite harbor indigo juniper kelp lantern meadow nectar onyx pepper "
    "quartz raven saffron tundra umber velvet willow xenon yarrow zephyr otter falcon copper maple tiger lotus "
    "hazel cedar marlin comet pixel rocket walnut badger orchid basil thistle glacier ferret sparrow"
).split()
FIRST = (
    "anna bruno carla dmitri elif farah goran hana ivan jonas kaori lukas mateo nadia oskar priya quentin rosa "
    "sven tomasz ulla viktor wen xavier yusuf zofia aiko bjorn chidi dario emre fatima gustavo ingrid kemal "
    "leila marek noor paulo rahel selin tariq"
).split()
LAST = (
    "novak schmidt rossi dubois garcia kowalski yilmaz tanaka okafor lindqvist moreau petrov haddad silva "
    "jensen horvat nakamura oliveira brennan castillo fischer kaya larsen meyer nguyen ortega park quinn "
    "richter sato varga weber zhou"
).split()
MAIL_DOMAINS = (
    "gmail.com proton.me fastmail.com outlook.com yandex.ru web.de gmx.net mail.ru zoho.com yahoo.co.jp "
    "hotmail.fr libero.it seznam.cz naver.com qq.com posteo.de icloud.com tutanota.com"
).split()
ORG_DOMAINS = (
    "kestrelworks.io brightlane-logistics.com nordvik-energi.no quillfeather.dev orbitalmesa.co "
    "tallgrass-analytics.com hexbyte.studio larkspur-health.org mosslane.de corvid-systems.net "
    "pinecrest-bank.com ferrowave.eu saltmarsh.app vantorix.com bluejay-labs.io halcyonfreight.com "
    "greywater-games.com ostrava-soft.cz tidewell.co.uk umbrafield.ai"
).split()


def rs(r, n, chars=ALNUM):
    return "".join(r.choice(chars) for _ in range(n))


def rname(r):
    return r.choice(FIRST), r.choice(LAST)


def remail(r, org=None):
    f, l = rname(r)
    style = r.randrange(6)
    local = [f"{f}.{l}", f"{f[0]}{l}", f"{f}_{l}{r.randrange(10, 99)}", f"{l}.{f[0]}", f"{f}{r.randrange(1970, 2005)}",
             f"{f}+{r.choice(['git', 'ci', 'billing', 'alerts'])}"][style]
    if org is None:
        org = r.random() < 0.5
    dom = r.choice(ORG_DOMAINS if org else MAIL_DOMAINS)
    return f"{local}@{dom}"


def role_email(r, role, dom=None):
    return f"{role}@{dom or r.choice(ORG_DOMAINS)}"


def rdomain(r):
    return r.choice(ORG_DOMAINS)


RESERVED_EMAIL_DOMAINS = ("example.com", "example.org", "example.net", "acme.example", "corp.test", "mail.invalid",
                          "localhost")


def reserved_email(r):
    return f"{r.choice(FIRST)}@{r.choice(RESERVED_EMAIL_DOMAINS)}"


def ipv4_global(r):
    while True:
        a = r.choice([r.randrange(1, 224), r.choice([5, 31, 37, 45, 46, 62, 77, 78, 81, 85, 91, 94, 103, 104, 138,
                                                       139, 141, 142, 145, 151, 157, 159, 164, 165, 167, 178, 185,
                                                       188, 193, 195, 207, 212, 213, 217])])
        s = f"{a}.{r.randrange(0, 256)}.{r.randrange(0, 256)}.{r.randrange(1, 255)}"
        ip = ipaddress.ip_address(s)
        if ip.is_global and not ip.is_multicast:
            return s


def ipv6_global(r):
    while True:
        head = r.choice(["2001:41d0", "2a01:4f8", "2a02:c207", "2606:4700", "2a03:b0c0", "2604:a880", "2a00:1450",
                         "2400:cb00", "2a05:d014", "2c0f:f248"])
        groups = [format(r.randrange(0, 65536), "x") for _ in range(r.choice([2, 3, 4]))]
        s = head + ":" + ":".join(groups) + ("::" + format(r.randrange(1, 65536), "x") if r.random() < 0.5 else
                                            ":" + ":".join(format(r.randrange(0, 65536), "x")
                                                           for _ in range(6 - len(groups))))
        try:
            ip = ipaddress.ip_address(s)
        except ValueError:
            continue
        if ip.is_global:
            return str(ip) if r.random() < 0.7 else s


def ipv4_private(r):
    k = r.randrange(9)
    if k == 0:
        return f"10.{r.randrange(256)}.{r.randrange(256)}.{r.randrange(1, 255)}"
    if k == 1:
        return f"172.{r.randrange(16, 32)}.{r.randrange(256)}.{r.randrange(1, 255)}"
    if k == 2:
        return f"192.168.{r.randrange(256)}.{r.randrange(1, 255)}"
    if k == 3:
        return f"127.0.{r.randrange(2)}.{r.randrange(1, 9)}"
    if k == 4:
        return f"169.254.{r.randrange(1, 255)}.{r.randrange(1, 255)}"
    if k == 5:
        return f"100.{r.randrange(64, 128)}.{r.randrange(256)}.{r.randrange(1, 255)}"
    if k == 6:
        return r.choice(["192.0.2", "198.51.100", "203.0.113"]) + f".{r.randrange(1, 255)}"
    if k == 7:
        return f"198.{r.choice([18, 19])}.{r.randrange(256)}.{r.randrange(1, 255)}"
    return f"10.{r.randrange(256)}.{r.randrange(256)}.{r.randrange(1, 255)}"


def ipv6_nonglobal(r):
    k = r.randrange(4)
    if k == 0:
        return "fe80::" + ":".join(format(r.randrange(65536), "x") for _ in range(4))
    if k == 1:
        return "fd" + format(r.randrange(256), "02x") + ":" + format(r.randrange(65536), "x") + "::" + \
            format(r.randrange(1, 65536), "x")
    if k == 2:
        return "2001:db8:" + format(r.randrange(65536), "x") + "::" + format(r.randrange(1, 256), "x")
    return "::1"


def version4(r):
    return f"{r.randrange(1, 12)}.{r.randrange(0, 30)}.{r.randrange(0, 20)}.{r.randrange(0, 3000)}"


def uuid4(r):
    h = rs(r, 32, HEX)
    h = h[:12] + "4" + h[13:16] + r.choice("89ab") + h[17:]
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"


def sha1(r):
    return rs(r, 40, HEX)


def sha256(r):
    return rs(r, 64, HEX)


def sri(r):
    return "sha384-" + base64.b64encode(bytes(r.randrange(256) for _ in range(48))).decode()


def mac(r):
    return ":".join(format(r.randrange(256), "02x") for _ in range(6))


def b64bytes(r, n, url=False):
    raw = bytes(r.randrange(256) for _ in range(n))
    return (base64.urlsafe_b64encode(raw) if url else base64.b64encode(raw)).decode()


# ---- passwords


PW_SYMBOLS = "!#%&*+-=?@^_~.,;:"


def rpass(r, ctx="any"):
    """A random password of one of many human/generator shapes; ctx limits characters for the syntax around it."""
    shape = r.randrange(9)
    if shape == 0:
        p = r.choice(WORDS).capitalize() + str(r.randrange(10, 9999)) + r.choice("!#$%&*?@")
    elif shape == 1:
        p = rs(r, r.randrange(12, 21), ALNUM + "!#%&*+-=?@^_~")
    elif shape == 2:
        p = "-".join(r.choice(WORDS) for _ in range(r.randrange(3, 5))) + "-" + str(r.randrange(10, 99))
    elif shape == 3:
        w = r.choice(WORDS)
        leet = w.replace("a", "4").replace("e", "3").replace("o", "0").replace("i", "1")
        p = leet.capitalize() + r.choice("#$%&@") + r.choice(WORDS).capitalize() + str(r.randrange(1, 99))
    elif shape == 4:
        p = rs(r, r.randrange(20, 33), ALNUM)
    elif shape == 5:
        p = rs(r, 3, UPPER) + r.choice("!@#$%") + rs(r, 4, LOWER) + rs(r, 2, DIGITS) + r.choice("*&^") + rs(r, 2, UPPER)
    elif shape == 6:
        p = r.choice(WORDS) + r.choice(["_", ".", ""]) + r.choice(WORDS) + str(r.randrange(1960, 2031)) + "!"
    elif shape == 7:
        p = rs(r, 8, ALNUM) + r.choice("$%&") + rs(r, 8, ALNUM) + r.choice("()[]{}")
    else:
        p = rs(r, 6, LOWER).capitalize() + r.choice(["ß", "é", "ñ", "ø", "ü"]) + str(r.randrange(100, 999)) + "?"
    bad = {
        "url": "@:/?#%[]{}()^\\ \"'ßéñøü",
        "shell": "$`\"'\\!;&()[]{}*?~#^ ",
        "json": "\"\\",
        "yaml": "\"'\\#:{}[],&*!|>%@` ",
        "ini": ";#\"'=\\ %$",
        "xml": "<>&\"'",
        "code": "\"'\\{}$",
        "plain": " ",
    }.get(ctx, "\"'\\ ")
    p = "".join(c if c not in bad else r.choice(ALNUM) for c in p)
    return p


# ---- vendor tokens (random, shapes as documented by the vendors)


def gh_classic(r, prefix="ghp_"):
    return prefix + rs(r, 36)


def gh_fine(r):
    return "github_pat_11" + rs(r, 20, UPPER + DIGITS) + "_" + rs(r, 59)


def gitlab_pat(r):
    return "glpat-" + rs(r, 20, ALNUM + "-_")


def slack_bot(r):
    return f"xoxb-{r.randrange(10**11, 10**12)}-{r.randrange(10**12, 10**13)}-{rs(r, 24)}"


def slack_user(r):
    return f"xoxp-{r.randrange(10**11, 10**12)}-{r.randrange(10**11, 10**12)}-{r.randrange(10**12, 10**13)}-{rs(r, 32, HEX)}"


def slack_app(r):
    return f"xapp-1-A{rs(r, 10, UPPER + DIGITS)}-{r.randrange(10**12, 10**13)}-{rs(r, 64, HEX)}"


def stripe_secret(r, live=True):
    return ("sk_live_" if live else "sk_test_") + rs(r, r.choice([24, 99]))


def stripe_restricted(r):
    return "rk_live_" + rs(r, 99)


def stripe_pub(r):
    return "pk_live_" + rs(r, 99)


def stripe_whsec(r):
    return "whsec_" + rs(r, 32)


def aws_akid(r, prefix="AKIA"):
    return prefix + rs(r, 16, UPPER + "234567")


def aws_secret(r):
    return rs(r, 40, ALNUM + "+/")


def google_api(r):
    return "AIza" + rs(r, 35, ALNUM + "-_")


def openai_key(r):
    return "sk-proj-" + rs(r, 156, ALNUM + "-_")[:r.choice([48, 132, 156])]


def anthropic_key(r):
    return "sk-ant-api03-" + rs(r, 93, ALNUM + "-_") + "AA"


def hf_token(r):
    return "hf_" + rs(r, 34, LOWER + UPPER)


def npm_token(r):
    return "npm_" + rs(r, 36)


def pypi_token(r):
    return "pypi-AgEIcHlwaS5vcmc" + rs(r, 150, ALNUM + "-_")


def sendgrid(r):
    return "SG." + rs(r, 22, ALNUM + "-_") + "." + rs(r, 43, ALNUM + "-_")


def mailgun(r):
    return "key-" + rs(r, 32, HEX)


def twilio_sid(r):
    return "AC" + rs(r, 32, HEX)


def twilio_token(r):
    return rs(r, 32, HEX)


def twilio_api_key(r):
    return "SK" + rs(r, 32, HEX)


def telegram_bot(r):
    return f"{r.randrange(10**8, 10**10)}:AA{rs(r, 33, ALNUM + '-_')}"


def discord_bot(r):
    return rs(r, 24, ALNUM) + "." + rs(r, 6, ALNUM + "-_") + "." + rs(r, 38, ALNUM + "-_")


def do_token(r):
    return "dop_v1_" + rs(r, 64, HEX)


def shopify(r, p="shpat_"):
    return p + rs(r, 32, HEX)


def vault_token(r):
    return "hvs." + rs(r, 24) if r.random() < 0.5 else "hvs.CAESI" + rs(r, 86, ALNUM + "-_")


def docker_pat(r):
    return "dckr_pat_" + rs(r, 27, ALNUM + "-_")


def grafana_sa(r):
    return "glsa_" + rs(r, 32) + "_" + rs(r, 8, HEX)


def linear_key(r):
    return "lin_api_" + rs(r, 40)


def notion_key(r):
    return "ntn_" + rs(r, 11, DIGITS) + rs(r, 35)


def postman_key(r):
    return "PMAK-" + rs(r, 24, HEX) + "-" + rs(r, 34, HEX)


def mailchimp(r):
    return rs(r, 32, HEX) + "-us" + str(r.randrange(1, 21))


def datadog_api(r):
    return rs(r, 32, HEX)


def datadog_app(r):
    return rs(r, 40, HEX)


def newrelic(r):
    return "NRAK-" + rs(r, 27, UPPER + DIGITS)


def supabase(r):
    return "sbp_" + rs(r, 40, HEX)


def buildkite(r):
    return "bkua_" + rs(r, 40, HEX)


def age_secret(r):
    return "AGE-SECRET-KEY-1" + rs(r, 58, "QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L")


def azure_storage_key(r):
    return b64bytes(r, 64)


def jwt(r, alg="HS256"):
    import json as _j
    h = base64.urlsafe_b64encode(_j.dumps({"alg": alg, "typ": "JWT"}, separators=(",", ":")).encode()).decode().rstrip("=")
    body = {"sub": str(r.randrange(10**5, 10**9)), "iat": r.randrange(1_600_000_000, 1_800_000_000),
            "scope": r.choice(["read write", "admin", "api", "offline_access"])}
    b = base64.urlsafe_b64encode(_j.dumps(body, separators=(",", ":")).encode()).decode().rstrip("=")
    return f"{h}.{b}.{b64bytes(r, 32, url=True).rstrip('=')}"


def django_secret(r):
    return rs(r, 50, LOWER + DIGITS + "!@#%^&*(-_=+)")


def hexkey(r, n=64):
    return rs(r, n, HEX)


def pem_body(r, nbytes):
    b = base64.b64encode(bytes(r.randrange(256) for _ in range(nbytes))).decode()
    return "\n".join(b[i:i + 64] for i in range(0, len(b), 64))


def pem_private(r, kind="RSA PRIVATE KEY", nbytes=None, sep="\n"):
    nbytes = nbytes or {"RSA PRIVATE KEY": 1190, "EC PRIVATE KEY": 121, "PRIVATE KEY": 1216,
                        "OPENSSH PRIVATE KEY": 399, "ENCRYPTED PRIVATE KEY": 1298}.get(kind, 600)
    body = pem_body(r, nbytes)
    if kind == "OPENSSH PRIVATE KEY":
        body = "b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW" + body[70:]
    return f"-----BEGIN {kind}-----{sep}" + body.replace("\n", sep) + f"{sep}-----END {kind}-----"


def ssh_pub(r, comment):
    return "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI" + rs(r, 43, B64) + " " + comment


def basic_pair(user, pw):
    return base64.b64encode(f"{user}:{pw}".encode()).decode()


def username(r):
    f, l = rname(r)
    return r.choice([f, f"{f}.{l}", f"{f[0]}{l}", f"svc_{r.choice(WORDS)}", f"{r.choice(WORDS)}_app", "deploy",
                     "admin_ops", f"{l}{r.randrange(1, 99)}"])


def masked(r):
    return r.choice(["********", "****", "•••••••", "xxxxxxxx", "[REDACTED]", "<redacted>", "***hidden***"])


def placeholder(r):
    return r.choice(["<your-password>", "YOUR_PASSWORD_HERE", "<password>", "changeme", "CHANGE_ME", "xxx",
                     "<insert token>", "REPLACE_WITH_REAL_KEY", "your-api-key", "TODO", "dummy", "...",
                     "<YOUR_TOKEN>", "${PASSWORD}", "%(password)s"])


# ==========================================================================================================
# templates: each takes one random.Random and returns a Doc

TEMPLATES = []


def T(name, lang, path, cls):
    def deco(f):
        TEMPLATES.append((name, lang, path, cls, f))
        return f
    return deco


CODE = "code / config assignment"
URL = "URL / connection string"
CLI = "command line / cron"
LOG = "log / stack trace"
CHAT = "chat / prose"
DOCS = "issue / docs"
SQL = "CSV / SQL"
HTTP = "HTTP / headers"
GIT = "commit / git"
NET = "network config / plain"
CI = "CI / IaC"
NB = "notebook"


@T("py_settings_module", "python", "app/settings/production.py", CODE)
def _(r):
    d = Doc()
    d.add('"""Production settings; maintained by «owner»."""\nimport os\n\nDEBUG = False\nSECRET_KEY = "«sk»"\n'
          'ALLOWED_HOSTS = ["«ip»", "«priv»", "api.«dom»"]\n\nDATABASES = {\n    "default": {\n'
          '        "ENGINE": "django.db.backends.postgresql",\n        "HOST": "«dbip»",\n        "USER": "«user»",\n'
          '        "PASSWORD": "«pw»",\n        "NAME": "orders",\n    },\n    "replica": {\n'
          '        "HOST": os.environ["REPLICA_HOST"],\n        "PASSWORD": os.environ.get("REPLICA_PASSWORD", "«ph»"),\n    },\n}\n'
          'EMAIL_HOST_PASSWORD = "«smtp»"\nDEFAULT_FROM_EMAIL = "«from»"\nADMINS = [("Ops", "«adm»")]\n'
          'STATIC_VERSION = "«ver»"\n',
          owner=E(remail(r), "comment_email"), sk=K(django_secret(r).replace('"', "x"), "django_secret_key"),
          ip=I(ipv4_global(r), "config_ip"), priv=LA(ipv4_private(r), "nonglobal_ip"), dom=rdomain(r),
          dbip=I(ipv4_global(r), "config_ip"), user=username(r), pw=P(rpass(r, "code"), "config_password"),
          ph=LA(r.choice(["changeme", "CHANGE_ME", "<replica-password>"]), "placeholder"),
          smtp=P(rpass(r, "code"), "config_password"), from_=None, adm=E(remail(r, True), "config_email"),
          ver=LA(version4(r), "version_string"), **{"from": LA(f"noreply@{r.choice(RESERVED_EMAIL_DOMAINS)}", "reserved_email")})
    return d


@T("py_requests_script", "python", "scripts/sync_crm.py", CODE)
def _(r):
    d = Doc()
    d.add('import requests\n\n# contact: «mail»\nAPI = "https://«ip»:8443/v2"\nsession = requests.Session()\n'
          'session.auth = ("«user»", "«pw»")\nsession.headers["X-Api-Key"] = "«key»"\n'
          'session.headers["X-Request-Id"] = "«uuid»"\n\n\ndef push(rows):\n'
          '    resp = session.post(API + "/contacts", json=rows, timeout=30)\n    resp.raise_for_status()\n'
          '    return resp.json()\n',
          mail=E(remail(r), "comment_email"), ip=I(ipv4_global(r), "url_ip"), user=username(r),
          pw=P(rpass(r, "code"), "call_password"), key=K(datadog_api(r), "hex_api_key"), uuid=LA(uuid4(r), "uuid"))
    return d


@T("py_smtplib", "python", "tools/notify.py", CODE)
def _(r):
    d = Doc()
    sender = remail(r)
    d.add('import smtplib\nfrom email.message import EmailMessage\n\nmsg = EmailMessage()\nmsg["From"] = "«s»"\n'
          'msg["To"] = "«t»"\nmsg["Cc"] = "«res»"\nmsg["Subject"] = "nightly report"\n\n'
          'with smtplib.SMTP_SSL("smtp.«dom»", 465) as s:\n    s.login("«s2»", "«pw»")\n    s.send_message(msg)\n',
          s=E(sender, "code_email"), t=E(remail(r), "code_email"), res=LA(reserved_email(r), "reserved_email"),
          dom=rdomain(r), s2=E(sender, "code_email"), pw=P(rpass(r, "code"), "call_password"))
    return d


@T("py_boto3_client", "python", "etl/s3_upload.py", CODE)
def _(r):
    d = Doc()
    d.add('import boto3\n\ns3 = boto3.client(\n    "s3",\n    aws_access_key_id="«ak»",\n    aws_secret_access_key="«sk»",\n'
          '    region_name="eu-central-1",\n)\n# the docs example key «ex» is not ours\n'
          'ETAG = "«etag»"\ns3.upload_file("out.parquet", "lake-raw", "2024/out.parquet")\n',
          ak=K(aws_akid(r), "aws_access_key_id"), sk=K(aws_secret(r), "aws_secret_key"),
          ex=LA("AKIAIOSFODNN7EXAMPLE", "aws_doc_example"), etag=LA(rs(r, 32, HEX), "etag_md5"))
    return d


@T("py_psycopg_connect", "python", "db/conn.py", CODE)
def _(r):
    d = Doc()
    d.add('import psycopg2\n\nconn = psycopg2.connect(host="«ip»", port=5432, dbname="billing",\n'
          '                        user="«user»", password="«pw»", sslmode="require")\n'
          'local = psycopg2.connect("host=«lo» dbname=test user=postgres password=«ph»")\n'
          'dsn = "postgresql://«u2»:«pw2»@«ip2»:6432/analytics"\n',
          ip=I(ipv4_global(r), "call_ip"), user=username(r), pw=P(rpass(r, "code"), "call_password"),
          lo=LA("127.0.0.1", "loopback_ip"), ph=LA(r.choice(["postgres", "test", "secret"]), "test_default_password")
          if False else LA("${PGPASSWORD}", "env_reference"), u2=username(r), pw2=P(rpass(r, "url"), "url_password"),
          ip2=I(ipv4_global(r), "url_ip"))
    return d


@T("py_flask_config", "python", "instance/config.py", CODE)
def _(r):
    d = Doc()
    d.add('SECRET_KEY = b"«sk»"\nSQLALCHEMY_DATABASE_URI = "mysql+pymysql://«user»:«pw»@«host»/shop?charset=utf8mb4"\n'
          'MAIL_USERNAME = "«mu»"\nMAIL_PASSWORD = "«mp»"\nRECAPTCHA_PUBLIC_KEY = "«pub»"\n'
          'RECAPTCHA_PRIVATE_KEY = "«priv»"\nSENTRY_RELEASE = "«sha»"\n',
          sk=K(hexkey(r, 48), "flask_secret_key"), user=username(r), pw=P(rpass(r, "url"), "url_password"),
          host=I(ipv4_global(r), "url_ip"), mu=E(remail(r), "config_email"), mp=P(rpass(r, "code"), "config_password"),
          pub=LA("6L" + rs(r, 38, ALNUM + "-_"), "recaptcha_site_key"), priv=K("6L" + rs(r, 38, ALNUM + "-_"), "recaptcha_secret"),
          sha=LA(sha1(r), "git_sha"))
    return d


@T("py_test_fixture", "python", "tests/test_login.py", CODE)
def _(r):
    d = Doc()
    d.add('import pytest\n\n\n@pytest.fixture\ndef admin(client):\n    return client.login(username="«em»", password="«pw»")\n\n\n'
          'def test_reject_bad_password(client):\n    resp = client.login(username="«res»", password="«wrong»")\n'
          '    assert resp.status_code == 401\n\n\ndef test_mask():\n    assert mask("hunter") == "«m»"\n',
          em=E(remail(r, True), "code_email"), pw=P(rpass(r, "code"), "call_password"), res=LA(reserved_email(r), "reserved_email"),
          wrong=LA("wrong-password", "placeholder"), m=LA("******", "masked"))
    return d


@T("py_notebook_cell", "json", "notebooks/explore.ipynb", NB)
def _(r):
    import json as _j
    ak, sk, pw, ip = aws_akid(r), aws_secret(r), rpass(r, "json"), ipv4_global(r)
    src = [f'AWS_KEY = "{ak}"\n', f'AWS_SECRET = "{sk}"\n', f'engine = create_engine("postgresql://analyst:{pw}@{ip}/dw")\n']
    nb = {"cells": [{"cell_type": "code", "execution_count": 3, "metadata": {}, "outputs": [], "source": src}],
          "metadata": {"kernelspec": {"name": "python3", "display_name": "Python 3"}}, "nbformat": 4, "nbformat_minor": 5}
    text = _j.dumps(nb, indent=1)
    d = Doc()
    # split text around the planted values (JSON escaping leaves these values unchanged)
    spans = [(ak, "KEY", "aws_access_key_id"), (sk.replace("/", "/"), "KEY", "aws_secret_key"), (pw, "PASSWORD", "url_password"),
             (ip, "IP_ADDRESS", "url_ip")]
    pos = 0
    for val, tag, kind in spans:
        i = text.index(val, pos)
        d.add("«x»«v»", x=text[pos:i], v=(tag, kind, val))
        pos = i + len(val)
    d.add("«x»", x=text[pos:])
    return d


@T("py_celery_broker", "python", "proj/celeryconfig.py", URL)
def _(r):
    d = Doc()
    d.add('broker_url = "amqp://«u»:«pw»@«ip»:5672/prod"\nresult_backend = "redis://:«rp»@«ip6h»:6379/1"\n'
          'flower_basic_auth = ["«fu»:«fp»"]\n# broker on «priv» in staging\n',
          u=username(r), pw=P(rpass(r, "url"), "url_password"), ip=I(ipv4_global(r), "url_ip"),
          rp=P(rpass(r, "url"), "url_password"), ip6h=I(ipv4_global(r), "url_ip"), fu=username(r),
          fp=P(rpass(r, "url"), "auth_pair_password"), priv=LA(ipv4_private(r), "nonglobal_ip"))
    return d


@T("js_env_config", "javascript", "src/config.js", CODE)
def _(r):
    d = Doc()
    d.add("// owner: «own»\nmodule.exports = {\n  stripeSecret: '«sk»',\n  stripePublishable: '«pk»',\n"
          "  sendgridKey: process.env.SENDGRID_KEY || '«sg»',\n  mongo: 'mongodb+srv://«u»:«pw»@cluster0.«rnd».mongodb.net/app',\n"
          "  adminEmail: '«adm»',\n  integrity: '«sri»',\n};\n",
          own=E(remail(r), "comment_email"), sk=K(stripe_secret(r), "stripe_secret"), pk=LA(stripe_pub(r), "stripe_publishable"),
          sg=K(sendgrid(r), "sendgrid"), u=username(r), pw=P(rpass(r, "url"), "url_password"), rnd=rs(r, 5, LOWER + DIGITS),
          adm=E(remail(r, True), "code_email"), sri=LA(sri(r), "sri_hash"))
    return d


@T("ts_axios_client", "typescript", "src/api/client.ts", CODE)
def _(r):
    d = Doc()
    d.add("import axios from 'axios';\n\nexport const api = axios.create({\n  baseURL: 'http://«ip»:3000',\n"
          "  auth: { username: '«u»', password: '«pw»' },\n  headers: { Authorization: `Bearer «tok»` },\n});\n"
          "export const fallback = 'http://[«v6»]:3000';\nexport const dev = 'http://«lo»:3000';\n",
          ip=I(ipv4_global(r), "url_ip"), u=username(r), pw=P(rpass(r, "code"), "object_password"),
          tok=K(jwt(r), "jwt"), v6=I(ipv6_global(r), "url_ipv6"), lo=LA(ipv4_private(r), "nonglobal_ip"))
    return d


@T("node_dotenv", "dotenv", ".env.production", CODE)
def _(r):
    d = Doc()
    d.add("NODE_ENV=production\nPORT=8080\nDATABASE_URL=postgres://«u»:«pw»@«ip»:5432/main\nREDIS_PASSWORD=«rp»\n"
          "JWT_SECRET=«js»\nOPENAI_API_KEY=«oa»\nSMTP_USER=«su»\nSMTP_PASS=«sp»\nSENTRY_DSN_PUBLIC=«pub»\n"
          "BUILD_SHA=«sha»\nAPP_SECRET=\nLOG_PASS=«ph»\n",
          u=username(r), pw=P(rpass(r, "url"), "url_password"), ip=I(ipv4_global(r), "url_ip"),
          rp=P(rpass(r, "shell"), "env_password"), js=K(b64bytes(r, 48).rstrip("="), "jwt_secret"), oa=K(openai_key(r), "openai"),
          su=E(remail(r), "env_email"), sp=P(rpass(r, "shell"), "env_password"), pub=LA(rs(r, 32, HEX), "sentry_public_key"),
          sha=LA(sha1(r)[:12], "short_sha"), ph=LA("${LOG_PASSWORD}", "env_reference"))
    return d


@T("react_native_constants", "javascript", "app/constants.js", CODE)
def _(r):
    d = Doc()
    d.add("export const GOOGLE_MAPS_KEY = '«g»';\nexport const MAPBOX_PUBLIC = '«m»';\n"
          "export const SUPPORT = '«sup»';\nexport const TEST_USER = { email: '«te»', password: '«tp»' };\n"
          "export const BUILD = '«ver»';\n",
          g=K(google_api(r), "google_api_key"), m=LA("pk.eyJ1Ijoi" + rs(r, 60, ALNUM), "mapbox_public_token"), sup=E(role_email(r, "support"), "code_email"),
          te=E(remail(r), "code_email"), tp=P(rpass(r, "code"), "object_password"), ver=LA(version4(r), "version_string"))
    return d


@T("java_jdbc", "java", "src/main/java/com/shop/Db.java", CODE)
def _(r):
    d = Doc()
    d.add('package com.shop;\n\nimport java.sql.*;\n\n/** @author «au» */\npublic final class Db {\n'
          '    private static final String URL = "jdbc:mysql://«ip»:3306/shop?useSSL=true";\n'
          '    private static final String USER = "«u»";\n    private static final String PASS = "«pw»";\n\n'
          '    static Connection open() throws SQLException {\n        return DriverManager.getConnection(URL, USER, PASS);\n    }\n\n'
          '    static Connection openLocal() throws SQLException {\n'
          '        return DriverManager.getConnection("jdbc:postgresql://«lo»/dev", "dev", System.getenv("DEV_DB_PASSWORD"));\n    }\n}\n',
          au=E(remail(r), "comment_email"), ip=I(ipv4_global(r), "url_ip"), u=username(r),
          pw=P(rpass(r, "code"), "constant_password"), lo=LA(ipv4_private(r), "nonglobal_ip"))
    return d


@T("java_properties", "properties", "src/main/resources/application-prod.properties", CODE)
def _(r):
    d = Doc()
    d.add("spring.datasource.url=jdbc:sqlserver://«ip»:1433;databaseName=crm;encrypt=true\n"
          "spring.datasource.username=«u»\nspring.datasource.password=«pw»\nspring.mail.host=smtp.«dom»\n"
          "spring.mail.username=«mu»\nspring.mail.password=«mp»\napp.jwt.secret=«js»\n"
          "app.encrypted.password=ENC(«enc»)\nmanagement.server.address=«lo»\ninfo.build.version=«ver»\n",
          ip=I(ipv4_global(r), "url_ip"), u=username(r), pw=P(rpass(r, "ini"), "config_password"), dom=rdomain(r),
          mu=E(remail(r, True), "config_email"), mp=P(rpass(r, "ini"), "config_password"),
          js=K(b64bytes(r, 64), "jwt_secret"), enc=LA(b64bytes(r, 24), "jasypt_encrypted"), lo=LA("127.0.0.1", "loopback_ip"),
          ver=LA(version4(r), "version_string"))
    return d


@T("kotlin_okhttp", "kotlin", "app/src/main/kotlin/net/Client.kt", CODE)
def _(r):
    d = Doc()
    d.add('package net\n\nimport okhttp3.Credentials\nimport okhttp3.OkHttpClient\n\nobject Client {\n'
          '    private const val HOST = "«ip»"\n    private val basic = Credentials.basic("«u»", "«pw»")\n'
          '    const val GITHUB_TOKEN = "«gh»"\n    const val NOTE = "ask «mail» for access"\n'
          '    val http = OkHttpClient.Builder().build()\n}\n',
          ip=I(ipv4_global(r), "config_ip"), u=username(r), pw=P(rpass(r, "code"), "call_password"),
          gh=K(gh_classic(r), "github_pat"), mail=E(remail(r), "code_email"))
    return d


@T("go_main_dsn", "go", "cmd/worker/main.go", CODE)
def _(r):
    d = Doc()
    d.add('package main\n\nimport (\n\t"database/sql"\n\t"fmt"\n\t_ "github.com/go-sql-driver/mysql"\n)\n\n'
          'const slackToken = "«sl»"\n\nfunc main() {\n\tdsn := fmt.Sprintf("%s:%s@tcp(%s:3306)/jobs", "«u»", "«pw»", "«ip»")\n'
          '\tdb, err := sql.Open("mysql", dsn)\n\tif err != nil {\n\t\tpanic(err)\n\t}\n\tdefer db.Close()\n'
          '\tfmt.Println("connected; listen on", "«any»")\n}\n',
          sl=K(slack_bot(r), "slack_bot"), u=username(r), pw=P(rpass(r, "code"), "call_password"), ip=I(ipv4_global(r), "call_ip"),
          any=LA("0.0.0.0", "unspecified_ip"))
    return d


@T("go_test_table", "go", "internal/auth/auth_test.go", CODE)
def _(r):
    d = Doc()
    d.add('package auth\n\nimport "testing"\n\nfunc TestLogin(t *testing.T) {\n\tcases := []struct{ user, pass string; ok bool }{\n'
          '\t\t{"«e1»", "«p1»", true},\n\t\t{"«e2»", "«p2»", true},\n\t\t{"«res»", "«m»", false},\n\t}\n'
          '\tfor _, c := range cases {\n\t\tif got := Login(c.user, c.pass); got != c.ok {\n\t\t\tt.Fatalf("%s: got %v", c.user, got)\n\t\t}\n\t}\n}\n',
          e1=E(remail(r), "code_email"), p1=P(rpass(r, "code"), "test_password"), e2=E(remail(r, True), "code_email"),
          p2=P(rpass(r, "code"), "test_password"), res=LA(reserved_email(r), "reserved_email"), m=LA("", "empty") if False else LA("<password>", "placeholder"))
    return d


@T("rust_config", "rust", "src/config.rs", CODE)
def _(r):
    d = Doc()
    d.add('pub const SMTP_RELAY: &str = "«ip»";\npub const SMTP_USER: &str = "«mu»";\npub const SMTP_PASS: &str = "«mp»";\n'
          'pub const HF_TOKEN: &str = "«hf»";\npub const BIND: &str = "[«v6»]:8080";\n'
          '// crate checksum «h»\n',
          ip=I(ipv4_global(r), "config_ip"), mu=E(remail(r), "code_email"), mp=P(rpass(r, "code"), "constant_password"),
          hf=K(hf_token(r), "huggingface"), v6=LA("::", "unspecified_ip"), h=LA(sha256(r), "sha256"))
    return d


@T("csharp_appsettings", "json", "appsettings.Production.json", CODE)
def _(r):
    d = Doc()
    d.add('{\n  "ConnectionStrings": {\n    "Default": "Server=«ip»,1433;Database=Ledger;User Id=«u»;Password=«pw»;TrustServerCertificate=True",\n'
          '    "Cache": "«rip»:6380,password=«rp»,ssl=True,abortConnect=False"\n  },\n  "Storage": "DefaultEndpointsProtocol=https;AccountName=ledger«n»;AccountKey=«ak»;EndpointSuffix=core.windows.net",\n'
          '  "Smtp": { "From": "«from»", "Password": "«sp»" },\n  "InstanceId": "«uuid»"\n}\n',
          ip=I(ipv4_global(r), "connstr_ip"), u=username(r), pw=P(rpass(r, "ini"), "connstr_password"),
          rip=I(ipv4_global(r), "connstr_ip"), rp=P(rpass(r, "ini").replace(",", "x"), "connstr_password"), n=rs(r, 4, LOWER),
          ak=K(azure_storage_key(r), "azure_storage_key"), **{"from": E(remail(r, True), "config_email")},
          sp=P(rpass(r, "json"), "config_password"), uuid=LA(uuid4(r), "uuid"))
    return d


@T("csharp_code", "csharp", "Services/MailService.cs", CODE)
def _(r):
    d = Doc()
    d.add('using System.Net;\nusing System.Net.Mail;\n\npublic class MailService\n{\n'
          '    private readonly SmtpClient _client = new SmtpClient("«ip»", 587)\n    {\n'
          '        Credentials = new NetworkCredential("«u»", "«pw»"),\n        EnableSsl = true,\n    };\n'
          '    private const string ApiKey = "«key»";\n    private const string Fallback = "«ph»";\n}\n',
          ip=I(ipv4_global(r), "call_ip"), u=E(remail(r), "code_email"), pw=P(rpass(r, "code"), "call_password"),
          key=K(mailgun(r), "mailgun"), ph=LA(placeholder(r).replace('"', ""), "placeholder"))
    return d


@T("php_config_array", "php", "config/database.php", CODE)
def _(r):
    d = Doc()
    d.add("<?php\n\nreturn [\n    'mysql' => [\n        'host' => '«ip»',\n        'username' => '«u»',\n"
          "        'password' => '«pw»',\n        'database' => 'forum',\n    ],\n    'redis' => [\n"
          "        'host' => env('REDIS_HOST', '«lo»'),\n        'password' => env('REDIS_PASSWORD'),\n    ],\n"
          "    'mail_from' => '«mf»',\n    'pusher_secret' => '«ps»',\n];\n",
          ip=I(ipv4_global(r), "config_ip"), u=username(r), pw=P(rpass(r, "code"), "config_password"),
          lo=LA(ipv4_private(r), "nonglobal_ip"), mf=E(remail(r, True), "config_email"), ps=K(rs(r, 20, HEX), "pusher_secret"))
    return d


@T("ruby_rails_creds", "ruby", "config/initializers/services.rb", CODE)
def _(r):
    d = Doc()
    d.add("Stripe.api_key = '«sk»'\nTwilio.configure do |c|\n  c.account_sid = '«sid»'\n  c.auth_token = '«tt»'\nend\n"
          "ActionMailer::Base.smtp_settings = {\n  address: '«ip»', user_name: '«mu»', password: '«mp»',\n  authentication: :plain\n}\n"
          "# maintainer «mail»\n",
          sk=K(stripe_secret(r), "stripe_secret"), sid=LA(twilio_sid(r), "twilio_account_sid"), tt=K(twilio_token(r), "twilio_auth_token"),
          ip=I(ipv4_global(r), "config_ip"), mu=E(remail(r), "config_email"), mp=P(rpass(r, "code"), "config_password"),
          mail=E(remail(r), "comment_email"))
    return d


@T("swift_secrets", "swift", "App/Secrets.swift", CODE)
def _(r):
    d = Doc()
    d.add('enum Secrets {\n    static let revenueCatKey = "«rc»"\n    static let backendPassword = "«pw»"\n'
          '    static let backendHost = "«ip»"\n    static let supportEmail = "«se»"\n    static let placeholderToken = "«ph»"\n}\n',
          rc=K("sk_" + rs(r, 24), "revenuecat_secret"), pw=P(rpass(r, "code"), "constant_password"), ip=I(ipv4_global(r), "config_ip"),
          se=E(role_email(r, "help"), "code_email"), ph=LA("<YOUR_TOKEN>", "placeholder"))
    return d


@T("cpp_header", "cpp", "include/secrets.h", CODE)
def _(r):
    d = Doc()
    d.add('#pragma once\n// Wi-Fi + MQTT credentials for the greenhouse node\n#define WIFI_SSID "«ssid»"\n#define WIFI_PASS "«wp»"\n'
          '#define MQTT_HOST "«ip»"\n#define MQTT_USER "«u»"\n#define MQTT_PASS "«mp»"\n#define GATEWAY "«gw»"\n'
          '#define OTA_SHA256 "«h»"\n',
          ssid=r.choice(["Greenhouse-2G", "FRITZ!Box 7590", "Vodafone-4F2A"]), wp=P(rpass(r, "code"), "wifi_password"),
          ip=I(ipv4_global(r), "config_ip"), u=username(r), mp=P(rpass(r, "code"), "constant_password"),
          gw=LA(ipv4_private(r), "nonglobal_ip"), h=LA(sha256(r), "sha256"))
    return d


@T("c_curl_userpwd", "c", "src/upload.c", CODE)
def _(r):
    d = Doc()
    d.add('#include <curl/curl.h>\n\nint upload(const char *path) {\n    CURL *c = curl_easy_init();\n'
          '    curl_easy_setopt(c, CURLOPT_URL, "ftp://«ip»/incoming/");\n    curl_easy_setopt(c, CURLOPT_USERPWD, "«u»:«pw»");\n'
          '    curl_easy_setopt(c, CURLOPT_MAIL_FROM, "<«mf»>");\n    return curl_easy_perform(c);\n}\n',
          ip=I(ipv4_global(r), "url_ip"), u=username(r), pw=P(rpass(r, "url"), "auth_pair_password"), mf=E(remail(r), "code_email"))
    return d


@T("perl_dbi", "perl", "bin/report.pl", CODE)
def _(r):
    d = Doc()
    d.add('#!/usr/bin/perl\nuse strict;\nuse DBI;\n\nmy $dbh = DBI->connect("dbi:Pg:dbname=stats;host=«ip»", "«u»", "«pw»",\n'
          '    { RaiseError => 1 });\nmy $to = \'«to»\';\nmy $key = \'«k»\';\n',
          ip=I(ipv4_global(r), "connstr_ip"), u=username(r), pw=P(rpass(r, "code").replace("@", "a").replace("%", "p"), "call_password"),
          to=E(remail(r), "code_email"), k=K(postman_key(r), "postman"))
    return d


@T("lua_openresty", "lua", "conf/lua/auth.lua", CODE)
def _(r):
    d = Doc()
    d.add('local redis = require "resty.redis"\nlocal red = redis:new()\nlocal ok, err = red:connect("«ip»", 6379)\n'
          'local res, err = red:auth("«pw»")\nlocal allowed = { ["«a1»"] = true, ["«a2»"] = true }\n'
          'local admin = "«adm»"\n',
          ip=I(ipv4_global(r), "call_ip"), pw=P(rpass(r, "code"), "call_password"), a1=I(ipv4_global(r), "allowlist_ip"),
          a2=LA(ipv4_private(r), "nonglobal_ip"), adm=E(remail(r), "code_email"))
    return d


@T("r_script", "r", "analysis/load.R", CODE)
def _(r):
    d = Doc()
    d.add('library(DBI)\ncon <- dbConnect(RPostgres::Postgres(), host = "«ip»", user = "«u»",\n'
          '                 password = "«pw»", dbname = "survey")\nSys.setenv(AWS_ACCESS_KEY_ID = "«ak»",\n'
          '           AWS_SECRET_ACCESS_KEY = "«sk»")\n# questions: «m»\n',
          ip=I(ipv4_global(r), "call_ip"), u=username(r), pw=P(rpass(r, "code"), "call_password"),
          ak=K(aws_akid(r), "aws_access_key_id"), sk=K(aws_secret(r), "aws_secret_key"), m=E(remail(r), "comment_email"))
    return d


@T("scala_kafka_jaas", "scala", "src/main/scala/Stream.scala", CODE)
def _(r):
    d = Doc()
    d.add('val props = new java.util.Properties()\nprops.put("bootstrap.servers", "«ip»:9093")\n'
          'props.put("sasl.jaas.config",\n  "org.apache.kafka.common.security.scram.ScramLoginModule required username=\\"«u»\\" password=\\"«pw»\\";")\n'
          'props.put("schema.registry.basic.auth.user.info", "«ck»:«cs»")\n',
          ip=I(ipv4_global(r), "config_ip"), u=username(r), pw=P(rpass(r, "code").replace("\\", "b"), "jaas_password"),
          ck=LA(rs(r, 16, UPPER + DIGITS), "confluent_key_id"), cs=K(rs(r, 64, ALNUM + "+/"), "confluent_secret"))
    return d


@T("yaml_docker_compose", "yaml", "docker-compose.yml", CODE)
def _(r):
    d = Doc()
    d.add("services:\n  db:\n    image: postgres:16@sha256:«dig»\n    environment:\n      POSTGRES_USER: «u»\n"
          "      POSTGRES_PASSWORD: «pw»\n  app:\n    build: .\n    environment:\n      - DATABASE_URL=postgres://«u2»:«pw2»@db:5432/app\n"
          "      - MAIL_FROM=«mf»\n      - ADMIN_PASSWORD=${ADMIN_PASSWORD}\n    extra_hosts:\n      - \"metrics:«ip»\"\n"
          "    networks:\n      default:\n        ipv4_address: «priv»\n",
          dig=LA(sha256(r), "docker_digest"), u=username(r), pw=P(rpass(r, "yaml"), "config_password"), u2=username(r),
          pw2=P(rpass(r, "url"), "url_password"), mf=E(remail(r, True), "config_email"), ip=I(ipv4_global(r), "config_ip"),
          priv=LA(ipv4_private(r), "nonglobal_ip"))
    return d


@T("yaml_k8s_secret", "yaml", "deploy/secret.yaml", CI)
def _(r):
    d = Doc()
    u, p = username(r), rpass(r)
    d.add("apiVersion: v1\nkind: Secret\nmetadata:\n  name: api-credentials\ntype: Opaque\ndata:\n  username: «u»\n"
          "  password: «p»\n  token: «t»\nstringData:\n  SMTP_PASSWORD: «sp»\n  NOTIFY: «ne»\n",
          u=K(base64.b64encode(u.encode()).decode(), "k8s_secret_data"), p=K(base64.b64encode(p.encode()).decode(), "k8s_secret_data"),
          t=K(base64.b64encode(gh_classic(r).encode()).decode(), "k8s_secret_data"), sp=P(rpass(r, "yaml"), "config_password"),
          ne=E(remail(r), "config_email"))
    return d


@T("yaml_k8s_deploy", "yaml", "deploy/deployment.yaml", CI)
def _(r):
    d = Doc()
    d.add("apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\n  annotations:\n    owner: «own»\nspec:\n  template:\n"
          "    spec:\n      containers:\n        - name: web\n          image: registry.«dom»/web@sha256:«dig»\n"
          "          env:\n            - name: DB_PASSWORD\n              valueFrom:\n                secretKeyRef: {name: db, key: password}\n"
          "            - name: UPSTREAM\n              value: \"http://«ip»:9000\"\n            - name: API_TOKEN\n              value: \"«tok»\"\n"
          "      hostAliases:\n        - ip: «priv»\n          hostnames: [db.internal]\n",
          own=E(remail(r, True), "config_email"), dom=rdomain(r), dig=LA(sha256(r), "docker_digest"), ip=I(ipv4_global(r), "url_ip"),
          tok=K(gitlab_pat(r), "gitlab_pat"), priv=LA(ipv4_private(r), "nonglobal_ip"))
    return d


@T("helm_values", "yaml", "charts/app/values-prod.yaml", CI)
def _(r):
    d = Doc()
    d.add("postgresql:\n  auth:\n    username: «u»\n    password: \"«pw»\"\n    postgresPassword: \"«pp»\"\nredis:\n  auth:\n"
          "    password: \"\"\ningress:\n  annotations:\n    nginx.ingress.kubernetes.io/whitelist-source-range: \"«ip»/32,«priv»/8\"\n"
          "grafana:\n  adminUser: admin\n  adminPassword: «gp»\nalertmanager:\n  smtp_auth_username: «su»\n",
          u=username(r), pw=P(rpass(r, "json"), "config_password"), pp=P(rpass(r, "json"), "config_password"),
          ip=I(ipv4_global(r), "cidr_ip"), priv=LA("10.0.0.0", "private_ip"), gp=P(rpass(r, "yaml"), "config_password"),
          su=E(remail(r), "config_email"))
    return d


@T("ansible_inventory", "ini", "inventory/hosts.ini", CI)
def _(r):
    d = Doc()
    d.add("[web]\nweb1 ansible_host=«ip1» ansible_user=deploy\nweb2 ansible_host=«ip2» ansible_user=deploy ansible_password=«pw»\n\n"
          "[db]\ndb1 ansible_host=«priv» ansible_become_pass=«bp»\n\n[all:vars]\nansible_ssh_common_args='-o ProxyJump=bastion@«bip»'\n",
          ip1=I(ipv4_global(r), "inventory_ip"), ip2=I(ipv4_global(r), "inventory_ip"), pw=P(rpass(r, "shell"), "inventory_password"),
          priv=LA(ipv4_private(r), "nonglobal_ip"), bp=P(rpass(r, "shell"), "inventory_password"), bip=I(ipv4_global(r), "inventory_ip"))
    return d


@T("ansible_vars", "yaml", "group_vars/all.yml", CI)
def _(r):
    d = Doc()
    d.add("---\nmysql_root_password: «rp»\nmysql_users:\n  - name: «u»\n    password: «pw»\n    priv: '*.*:ALL'\n"
          "letsencrypt_email: «le»\nvault_token: !vault |\n  $ANSIBLE_VAULT;1.1;AES256\n  «vault»\nntp_servers: [«ntp», «priv»]\n",
          rp=P(rpass(r, "yaml"), "config_password"), u=username(r), pw=P(rpass(r, "yaml"), "config_password"),
          le=E(remail(r), "config_email"), vault=LA(rs(r, 64, DIGITS + "abcdef"), "ansible_vault_ciphertext"),
          ntp=I(ipv4_global(r), "config_ip"), priv=LA(ipv4_private(r), "nonglobal_ip"))
    return d


@T("terraform_tfvars", "hcl", "envs/prod/terraform.tfvars", CI)
def _(r):
    d = Doc()
    d.add('region          = "eu-west-1"\ndb_username     = "«u»"\ndb_password     = "«pw»"\ncloudflare_token = "«cf»"\n'
          'admin_cidrs     = ["«ip»/32", "«priv»/24"]\nalert_email     = "«ae»"\ndatadog_api_key = "«dd»"\n'
          'do_token        = "«do»"\n',
          u=username(r), pw=P(rpass(r, "code"), "config_password"), cf=K(rs(r, 40, ALNUM + "_-"), "cloudflare_api_token"),
          ip=I(ipv4_global(r), "cidr_ip"), priv=LA(ipv4_private(r), "nonglobal_ip"), ae=E(remail(r, True), "config_email"),
          dd=K(datadog_api(r), "datadog_api_key"), do=K(do_token(r), "digitalocean"))
    return d


@T("terraform_main", "hcl", "modules/db/main.tf", CI)
def _(r):
    d = Doc()
    d.add('resource "aws_db_instance" "main" {\n  engine         = "postgres"\n  username       = "«u»"\n  password       = "«pw»"\n'
          '  kms_key_id     = "arn:aws:kms:eu-west-1:«acct»:key/«uuid»"\n}\n\nresource "aws_security_group_rule" "office" {\n'
          '  cidr_blocks = ["«ip»/32"]\n}\n\nvariable "api_key" {\n  default = "«ph»"\n}\n',
          u=username(r), pw=P(rpass(r, "code"), "config_password"), acct=str(r.randrange(10**11, 10**12)), uuid=LA(uuid4(r), "uuid"),
          ip=I(ipv4_global(r), "cidr_ip"), ph=LA("REPLACE_WITH_REAL_KEY", "placeholder"))
    return d


@T("github_actions", "yaml", ".github/workflows/deploy.yml", CI)
def _(r):
    d = Doc()
    d.add("name: deploy\non: [push]\njobs:\n  deploy:\n    runs-on: ubuntu-latest\n    steps:\n"
          "      - uses: actions/checkout@«sha»\n      - run: echo \"${{ secrets.DEPLOY_KEY }}\" > key\n"
          "      - run: sshpass -p '«pw»' scp -o StrictHostKeyChecking=no dist.tgz deploy@«ip»:/srv/app\n"
          "      - run: curl -H 'Authorization: token «gh»' https://api.github.com/user\n        env:\n          NPM_TOKEN: «npm»\n"
          "      - run: git config user.email «ge»\n",
          sha=LA(sha1(r), "git_sha"), pw=P(rpass(r, "shell"), "cli_password"), ip=I(ipv4_global(r), "cli_ip"),
          gh=K(gh_classic(r, r.choice(["ghp_", "gho_", "ghs_"])), "github_token"), npm=K(npm_token(r), "npm_token"),
          ge=E(remail(r), "ci_email"))
    return d


@T("gitlab_ci", "yaml", ".gitlab-ci.yml", CI)
def _(r):
    d = Doc()
    d.add("variables:\n  DOCKER_AUTH: \"«da»\"\n  REGISTRY_PASSWORD: «rp»\n  SONAR_TOKEN: «st»\n\ndeploy:\n  script:\n"
          "    - docker login -u «u» -p «dp» registry.«dom»\n    - mysql -h «ip» -u root -p«mp» < dump.sql\n"
          "    - git push https://oauth2:«gl»@gitlab.«dom»/ops/infra.git\n",
          da=K(basic_pair(username(r), rpass(r)), "basic_auth_b64"), rp=P(rpass(r, "yaml"), "ci_password"),
          st=K("squ_" + rs(r, 40, HEX), "sonarqube_token"), u=username(r), dp=P(rpass(r, "shell"), "cli_password"),
          dom=rdomain(r), ip=I(ipv4_global(r), "cli_ip"), mp=P(rpass(r, "shell"), "cli_password"), gl=K(gitlab_pat(r), "gitlab_pat"))
    return d


@T("jenkinsfile", "groovy", "Jenkinsfile", CI)
def _(r):
    d = Doc()
    d.add("pipeline {\n  agent any\n  environment {\n    NEXUS_PASS = '«np»'\n    SLACK_HOOK = 'https://hooks.slack.com/services/T«t»/B«b»/«hk»'\n  }\n"
          "  stages {\n    stage('deploy') {\n      steps {\n        sh \"ssh ops@«ip» 'systemctl restart api'\"\n"
          "        mail to: '«to»', subject: 'deployed'\n      }\n    }\n  }\n}\n",
          np=P(rpass(r, "code"), "ci_password"), t=rs(r, 8, UPPER + DIGITS), b=rs(r, 10, UPPER + DIGITS), hk=K(rs(r, 24), "slack_webhook_token"),
          ip=I(ipv4_global(r), "cli_ip"), to=E(remail(r, True), "ci_email"))
    return d


@T("dockerfile_args", "dockerfile", "Dockerfile", CI)
def _(r):
    d = Doc()
    d.add("FROM python:3.12-slim@sha256:«dig»\nLABEL maintainer=\"«m»\"\nARG PIP_INDEX=https://__token__:«pt»@pypi.«dom»/simple\n"
          "ENV DB_PASSWORD=«pw» \\\n    API_HOST=«ip»\nRUN echo \"machine git.«dom» login ci password «np»\" > /root/.netrc\n",
          dig=LA(sha256(r), "docker_digest"), m=E(remail(r), "config_email"), pt=K(pypi_token(r), "pypi_token"), dom=rdomain(r),
          pw=P(rpass(r, "shell"), "env_password"), ip=I(ipv4_global(r), "config_ip"), np=P(rpass(r, "shell"), "netrc_password"))
    return d


@T("ini_generic", "ini", "conf/service.ini", CODE)
def _(r):
    d = Doc()
    d.add("; service configuration\n[database]\nhost = «ip»\nuser = «u»\npassword = «pw»\n\n[ldap]\nuri = ldaps://«lip»:636\n"
          "bind_dn = cn=reader,dc=corp,dc=local\nbind_pw = «bp»\n\n[mail]\nadmin = «ad»\ntest_recipient = «res»\n",
          ip=I(ipv4_global(r), "config_ip"), u=username(r), pw=P(rpass(r, "ini"), "config_password"), lip=I(ipv4_global(r), "url_ip"),
          bp=P(rpass(r, "ini"), "config_password"), ad=E(remail(r, True), "config_email"), res=LA(reserved_email(r), "reserved_email"))
    return d


@T("toml_app", "toml", "config/app.toml", CODE)
def _(r):
    d = Doc()
    d.add('[server]\nbind = "«any»:8000"\npublic_ip = "«ip»"\n\n[smtp]\nhost = "smtp.«dom»"\nusername = "«su»"\npassword = "«sp»"\n\n'
          '[imap]\nuser = "«iu»"\npass = \'«ip2»\'\n\n[auth]\nhmac_secret = "«hs»"\nanthropic_key = "«ak»"\n',
          any=LA("0.0.0.0", "unspecified_ip"), ip=I(ipv4_global(r), "config_ip"), dom=rdomain(r), su=E(remail(r), "config_email"),
          sp=P(rpass(r, "json"), "config_password"), iu=E(remail(r), "config_email"), ip2=P(rpass(r, "code"), "config_password"),
          hs=K(hexkey(r), "hmac_secret"), ak=K(anthropic_key(r), "anthropic"))
    return d


@T("xml_maven_settings", "xml", ".m2/settings.xml", CODE)
def _(r):
    d = Doc()
    d.add("<settings>\n  <servers>\n    <server>\n      <id>nexus-releases</id>\n      <username>«u»</username>\n"
          "      <password>«pw»</password>\n    </server>\n    <server>\n      <id>central</id>\n      <username>«u2»</username>\n"
          "      <password>{«enc»}</password>\n    </server>\n  </servers>\n  <proxies><proxy><host>«ip»</host><port>3128</port>"
          "<username>proxy</username><password>«pp»</password></proxy></proxies>\n</settings>\n",
          u=username(r), pw=P(rpass(r, "xml"), "xml_password"), u2=username(r), enc=LA(b64bytes(r, 32), "maven_encrypted_password"),
          ip=I(ipv4_global(r), "config_ip"), pp=P(rpass(r, "xml"), "xml_password"))
    return d


@T("xml_spring_beans", "xml", "src/main/resources/beans.xml", CODE)
def _(r):
    d = Doc()
    d.add('<beans>\n  <bean id="ds" class="org.apache.commons.dbcp2.BasicDataSource">\n'
          '    <property name="url" value="jdbc:oracle:thin:@«ip»:1521/ORCL"/>\n    <property name="username" value="«u»"/>\n'
          '    <property name="password" value="«pw»"/>\n  </bean>\n  <!-- contact «m» -->\n'
          '  <bean id="mail"><property name="from" value="«res»"/></bean>\n</beans>\n',
          ip=I(ipv4_global(r), "url_ip"), u=username(r), pw=P(rpass(r, "xml"), "xml_password"), m=E(remail(r), "comment_email"),
          res=LA(reserved_email(r), "reserved_email"))
    return d


@T("nginx_conf", "nginx", "etc/nginx/conf.d/api.conf", NET)
def _(r):
    d = Doc()
    d.add("upstream api {\n    server «ip1»:8080 weight=3;\n    server «ip2»:8080 backup;\n    server «priv»:8080;\n}\n"
          "server {\n    listen [«v6»]:443 ssl;\n    set_real_ip_from «cf»/20;\n    allow «adm»;\n    deny all;\n"
          "    proxy_set_header Authorization \"Basic «b»\";\n}\n",
          ip1=I(ipv4_global(r), "config_ip"), ip2=I(ipv4_global(r), "config_ip"), priv=LA(ipv4_private(r), "nonglobal_ip"),
          v6=I(ipv6_global(r), "config_ipv6"), cf=I(ipv4_global(r), "cidr_ip"), adm=I(ipv4_global(r), "config_ip"),
          b=K(basic_pair(username(r), rpass(r)), "basic_auth_b64"))
    return d


@T("haproxy_cfg", "haproxy", "etc/haproxy/haproxy.cfg", NET)
def _(r):
    d = Doc()
    d.add("global\n    log «lo» local0\nuserlist admins\n    user ops insecure-password «pw»\n\nfrontend fe\n    bind «ip»:443\n"
          "backend be\n    server s1 «s1»:80 check\n    server s2 «s2»:80 check\n    stats auth admin:«sp»\n",
          lo=LA("127.0.0.1", "loopback_ip"), pw=P(rpass(r, "shell"), "config_password"), ip=I(ipv4_global(r), "config_ip"),
          s1=I(ipv4_global(r), "config_ip"), s2=LA(ipv4_private(r), "nonglobal_ip"), sp=P(rpass(r, "shell").replace(":", "x"), "auth_pair_password"))
    return d


@T("wireguard_conf", "ini", "etc/wireguard/wg0.conf", NET)
def _(r):
    d = Doc()
    d.add("[Interface]\nAddress = «a»/24\nPrivateKey = «pk»\nListenPort = 51820\n\n[Peer]\nPublicKey = «pub»\n"
          "PresharedKey = «psk»\nEndpoint = «ip»:51820\nAllowedIPs = «al»/24, «v6»/64\n",
          a=LA(ipv4_private(r), "nonglobal_ip"), pk=K(b64bytes(r, 32), "wireguard_private_key"), pub=LA(b64bytes(r, 32), "wireguard_public_key"),
          psk=K(b64bytes(r, 32), "wireguard_psk"), ip=I(ipv4_global(r), "config_ip"), al=LA("10.8.0.0", "private_ip"),
          v6=LA(ipv6_nonglobal(r), "nonglobal_ipv6"))
    return d


@T("netplan_bind_zone", "dns", "etc/bind/db.corp", NET)
def _(r):
    d = Doc()
    dom = rdomain(r)
    d.add("$TTL 3600\n@   IN SOA ns1.«dom». hostmaster.«dom». ( 2024061201 7200 900 1209600 300 )\n@   IN NS  ns1.«dom».\n"
          "ns1 IN A   «ip1»\nwww IN A   «ip2»\nwww IN AAAA «v6»\nvpn IN A   «priv»\n@   IN TXT \"v=spf1 ip4:«spf» -all\"\n",
          dom=dom, ip1=I(ipv4_global(r), "dns_ip"), ip2=I(ipv4_global(r), "dns_ip"), v6=I(ipv6_global(r), "dns_ipv6"),
          priv=LA(ipv4_private(r), "nonglobal_ip"), spf=I(ipv4_global(r), "dns_ip"))
    return d


@T("cisco_config", "text", "configs/edge-router.cfg", NET)
def _(r):
    d = Doc()
    d.add("hostname edge-rtr-01\nenable secret 9 $9$«h»\nusername netops privilege 15 password 0 «pw»\n"
          "interface GigabitEthernet0/0\n ip address «ip» «mask»\n!\nsnmp-server community «comm» RO\n"
          "tacacs-server host «tac» key «tk»\nntp server «ntp»\n",
          h=LA(rs(r, 14, ALNUM + "./") + "$" + rs(r, 43, ALNUM + "./"), "cisco_type9_hash"), pw=P(rpass(r, "shell"), "device_password"),
          ip=I(ipv4_global(r), "interface_ip"), mask=LA("255.255.255.252", "netmask"), comm=P(rs(r, 14, ALNUM), "snmp_community"),
          tac=I(ipv4_global(r), "config_ip"), tk=P(rpass(r, "shell"), "device_password"), ntp=I(ipv4_global(r), "config_ip"))
    return d


@T("hosts_and_iptables", "shell", "etc/firewall.sh", NET)
def _(r):
    d = Doc()
    d.add("#!/bin/sh\niptables -A INPUT -s «a1» -p tcp --dport 22 -j ACCEPT\niptables -A INPUT -s «a2»/28 -j ACCEPT\n"
          "iptables -A INPUT -s «p1»/8 -j ACCEPT\niptables -A INPUT -d «mc» -j DROP\nip6tables -A INPUT -s «v6» -j ACCEPT\n",
          a1=I(ipv4_global(r), "firewall_ip"), a2=I(ipv4_global(r), "cidr_ip"), p1=LA("10.0.0.0", "private_ip"),
          mc=LA(f"239.{r.randrange(256)}.{r.randrange(256)}.{r.randrange(1, 255)}", "multicast_ip"), v6=I(ipv6_global(r), "firewall_ipv6"))
    return d


@T("ssh_config", "sshconfig", ".ssh/config", NET)
def _(r):
    d = Doc()
    d.add("Host bastion\n    HostName «ip»\n    User «u»\n    IdentityFile ~/.ssh/id_ed25519\n\nHost db-*\n    ProxyJump bastion\n"
          "    HostName «priv»\n\n# fingerprint SHA256:«fp»\n# key owner: «own»\n",
          ip=I(ipv4_global(r), "config_ip"), u=username(r), priv=LA(ipv4_private(r), "nonglobal_ip"),
          fp=LA(b64bytes(r, 32).rstrip("="), "ssh_fingerprint"), own=E(remail(r), "comment_email"))
    return d


@T("authorized_keys", "text", ".ssh/authorized_keys", NET)
def _(r):
    d = Doc()
    d.add("«k1» «e1»\nfrom=\"«ip»\" «k2» «e2»\n",
          k1=LA(ssh_pub(r, "x").rsplit(" ", 1)[0], "ssh_public_key"), e1=E(remail(r), "key_comment_email"),
          ip=I(ipv4_global(r), "config_ip"), k2=LA(ssh_pub(r, "x").rsplit(" ", 1)[0], "ssh_public_key"), e2=E(remail(r), "key_comment_email"))
    return d


@T("pem_in_yaml", "yaml", "config/tls.yaml", CODE)
def _(r):
    d = Doc()
    key = pem_private(r, r.choice(["RSA PRIVATE KEY", "EC PRIVATE KEY", "PRIVATE KEY"]))
    d.add("tls:\n  cert_fingerprint: «fp»\n  key: |\n    «k»\n  contact: «c»\n",
          fp=LA(":".join(rs(r, 2, "0123456789ABCDEF") for _ in range(20)), "cert_fingerprint"),
          k=K(key.replace("\n", "\n    "), "pem_private_key"), c=E(remail(r), "config_email"))
    return d


@T("openssh_key_file", "text", "deploy/id_ed25519", CODE)
def _(r):
    d = Doc()
    d.add("«k»\n", k=K(pem_private(r, "OPENSSH PRIVATE KEY"), "pem_private_key"))
    d.add("# generated for deploy@«ip» by «who»\n", ip=I(ipv4_global(r), "comment_ip"), who=E(remail(r), "comment_email"))
    return d


@T("gcp_sa_json", "json", "secrets/gcp-sa.json", CODE)
def _(r):
    import json as _j
    proj = f"{r.choice(WORDS)}-{r.choice(WORDS)}-{r.randrange(100000, 999999)}"
    keyid = sha1(r)
    pem = pem_private(r, "PRIVATE KEY")
    esc = _j.dumps(pem)[1:-1]
    cemail = f"etl-runner@{proj}.iam.gserviceaccount.com"
    d = Doc()
    d.add('{\n  "type": "service_account",\n  "project_id": "«p»",\n  "private_key_id": "«kid»",\n  "private_key": "«pk»",\n'
          '  "client_email": "«ce»",\n  "client_id": "«cid»",\n  "auth_uri": "https://accounts.google.com/o/oauth2/auth"\n}\n',
          p=proj, kid=keyid, pk=K(esc, "pem_private_key"), ce=E(cemail, "gcp_client_email"),
          cid=str(r.randrange(10**20, 10**21)))
    return d


@T("aws_credentials_file", "ini", ".aws/credentials", CODE)
def _(r):
    d = Doc()
    d.add("[default]\naws_access_key_id = «a1»\naws_secret_access_key = «s1»\n\n[ci]\naws_access_key_id = «a2»\n"
          "aws_secret_access_key = «s2»\naws_session_token = «st»\n\n[docs]\naws_access_key_id = «ex»\n",
          a1=K(aws_akid(r), "aws_access_key_id"), s1=K(aws_secret(r), "aws_secret_key"), a2=K(aws_akid(r, "ASIA"), "aws_access_key_id"),
          s2=K(aws_secret(r), "aws_secret_key"), st=K("IQoJb3JpZ2luX2VjE" + rs(r, 300, B64), "aws_session_token"),
          ex=LA("AKIAIOSFODNN7EXAMPLE", "aws_doc_example"))
    return d


@T("netrc_pgpass_pypirc", "text", "home/.netrc", CODE)
def _(r):
    d = Doc()
    d.add("machine api.heroku.com\n  login «hl»\n  password «hk»\nmachine «ip» login backup password «bp»\n"
          "# ~/.pgpass\n«pip»:5432:*:«pu»:«pp»\n",
          hl=E(remail(r), "netrc_email"), hk=K("HRKU-" + rs(r, 60, ALNUM + "-_")[:60], "heroku_token"), ip=I(ipv4_global(r), "netrc_ip"),
          bp=P(rpass(r, "shell"), "netrc_password"), pip=I(ipv4_global(r), "pgpass_ip"), pu=username(r), pp=P(rpass(r, "url"), "pgpass_password"))
    return d


@T("pypirc_npmrc", "ini", "home/.pypirc", CODE)
def _(r):
    d = Doc()
    d.add("[distutils]\nindex-servers = pypi private\n\n[pypi]\nusername = __token__\npassword = «pt»\n\n[private]\n"
          "repository = https://«ip»/pypi\nusername = «u»\npassword = «pw»\n\n; .npmrc\n//registry.npmjs.org/:_authToken=«npm»\n"
          "//npm.pkg.github.com/:_authToken=${GITHUB_TOKEN}\nemail=«em»\n",
          pt=K(pypi_token(r), "pypi_token"), ip=I(ipv4_global(r), "url_ip"), u=username(r), pw=P(rpass(r, "ini"), "config_password"),
          npm=K(npm_token(r), "npm_token"), em=E(remail(r), "config_email"))
    return d


@T("docker_config_json", "json", ".docker/config.json", CODE)
def _(r):
    d = Doc()
    d.add('{\n  "auths": {\n    "https://index.docker.io/v1/": {"auth": "«a1»"},\n    "«ip»:5000": {"auth": "«a2»"},\n'
          '    "ghcr.io": {"auth": "«a3»"}\n  },\n  "credsStore": "desktop"\n}\n',
          a1=K(basic_pair(username(r), docker_pat(r)), "basic_auth_b64"), ip=I(ipv4_global(r), "registry_ip"),
          a2=K(basic_pair(username(r), rpass(r)), "basic_auth_b64"), a3=K(basic_pair(username(r), gh_classic(r)), "basic_auth_b64"))
    return d


@T("git_config_remote", "gitconfig", ".git/config", GIT)
def _(r):
    d = Doc()
    d.add('[core]\n\trepositoryformatversion = 0\n[remote "origin"]\n\turl = https://«u»:«gh»@github.com/«org»/api.git\n'
          '[remote "mirror"]\n\turl = https://«u2»:«pw»@«ip»/git/api.git\n[user]\n\temail = «em»\n\tsigningkey = «kid»\n',
          u=username(r), gh=K(gh_fine(r), "github_fine_grained_pat"), org=r.choice(WORDS), u2=username(r), pw=P(rpass(r, "url"), "url_password"),
          ip=I(ipv4_global(r), "url_ip"), em=E(remail(r), "git_email"), kid=LA(rs(r, 16, "0123456789ABCDEF"), "gpg_key_id"))
    return d


@T("git_log", "text", "git-log.txt", GIT)
def _(r):
    d = Doc()
    a, b = rname(r), rname(r)
    d.add("commit «s1»\nAuthor: «an» <«ae»>\nDate:   Tue Mar 5 14:12:09 2024 +0100\n\n    Remove leaked SMTP password «pw» from config\n\n"
          "    Co-authored-by: «bn» <«be»>\n    Signed-off-by: bot <«nb»>\n\ncommit «s2»\nMerge: «m1» «m2»\n",
          s1=LA(sha1(r), "git_sha"), an=f"{a[0].title()} {a[1].title()}", ae=E(remail(r), "git_email"), pw=P(rpass(r, "plain"), "commit_password"),
          bn=f"{b[0].title()} {b[1].title()}", be=E(remail(r), "git_email"), nb=LA(f"{r.randrange(10**6, 10**8)}+ci-bot@users.noreply.github.com", "noreply_email"),
          s2=LA(sha1(r), "git_sha"), m1=LA(sha1(r)[:7], "short_sha"), m2=LA(sha1(r)[:7], "short_sha"))
    return d


@T("shell_history", "shell", "home/.bash_history", CLI)
def _(r):
    d = Doc()
    d.add("mysql -u root -p'«p1»' -h «ip1» shop\npsql \"postgresql://«u»:«p2»@«ip2»/metrics\"\nredis-cli -h «ip3» -a «p3» ping\n"
          "export GITHUB_TOKEN=«gh»\nssh «priv»\ncurl -u «cu»:«p4» https://api.«dom»/v1/health\n",
          p1=P(rpass(r, "shell"), "cli_password"), ip1=I(ipv4_global(r), "cli_ip"), u=username(r), p2=P(rpass(r, "url"), "url_password"),
          ip2=I(ipv4_global(r), "url_ip"), ip3=I(ipv4_global(r), "cli_ip"), p3=P(rpass(r, "shell"), "cli_password"), gh=K(gh_classic(r), "github_pat"),
          priv=LA(ipv4_private(r), "nonglobal_ip"), cu=username(r), p4=P(rpass(r, "shell"), "cli_password"), dom=rdomain(r))
    return d


@T("shell_script_vars", "shell", "scripts/backup.sh", CLI)
def _(r):
    d = Doc()
    d.add('#!/usr/bin/env bash\nset -euo pipefail\nDB_HOST="«ip»"\nDB_PASS="«pw»"\nS3_KEY="«ak»"\nNOTIFY="«ne»"\n'
          'PGPASSWORD="$DB_PASS" pg_dump -h "$DB_HOST" -U backup app | gzip > /tmp/app.sql.gz\n'
          'rsync -e "ssh -p 2222" /tmp/app.sql.gz backup@«ip2»:/srv/backups/\nmail -s "backup done" "$NOTIFY" < /dev/null\n',
          ip=I(ipv4_global(r), "config_ip"), pw=P(rpass(r, "shell"), "env_password"), ak=K(aws_akid(r), "aws_access_key_id"),
          ne=E(remail(r, True), "config_email"), ip2=I(ipv4_global(r), "cli_ip"))
    return d


@T("crontab", "crontab", "etc/crontab", CLI)
def _(r):
    d = Doc()
    d.add("MAILTO=«mt»\n# m h dom mon dow user command\n15 2 * * * root mysqldump -h «ip» -uadmin -p«pw» --all-databases > /var/backups/all.sql\n"
          "*/5 * * * * www curl -fsS -u monitor:«mp» http://«ip2»:9090/ping\n0 4 * * 0 root /usr/local/bin/rotate --key «k»\n",
          mt=E(remail(r), "cron_email"), ip=I(ipv4_global(r), "cli_ip"), pw=P(rpass(r, "shell").replace("%", "5"), "cli_password"),
          mp=P(rpass(r, "shell").replace("%", "6").replace(":", "7"), "cli_password"), ip2=I(ipv4_global(r), "url_ip"), k=K(hexkey(r, 40), "hex_api_key"))
    return d


@T("powershell", "powershell", "scripts/Deploy.ps1", CLI)
def _(r):
    d = Doc()
    d.add('$secure = ConvertTo-SecureString "«pw»" -AsPlainText -Force\n$cred = New-Object System.Management.Automation.PSCredential ("«u»", $secure)\n'
          'Invoke-Command -ComputerName «ip» -Credential $cred -ScriptBlock { Restart-Service W3SVC }\n'
          'Send-MailMessage -From "«f»" -To "«t»" -Subject "deployed" -SmtpServer «sm»\n$env:AZURE_CLIENT_SECRET = "«cs»"\n',
          pw=P(rpass(r, "code").replace("$", "S"), "call_password"), u=username(r), ip=I(ipv4_global(r), "cli_ip"),
          f=E(remail(r, True), "code_email"), t=E(remail(r), "code_email"), sm=I(ipv4_global(r), "cli_ip"),
          cs=K(rs(r, 3, ALNUM) + "8Q~" + rs(r, 34, ALNUM + "_-.~"), "azure_client_secret"))
    return d


@T("windows_cmd_net_use", "batch", "scripts/map.bat", CLI)
def _(r):
    d = Doc()
    d.add("@echo off\nnet use Z: \\\\«ip»\\share /user:CORP\\«u» «pw»\nrunas /user:«u2» \"cmd\"\nsqlcmd -S «ip2» -U sa -P «sp» -Q \"SELECT 1\"\n"
          "REM questions to «m»\n",
          ip=I(ipv4_global(r), "cli_ip"), u=username(r), pw=P(rpass(r, "shell").replace("%", "q"), "cli_password"), u2=username(r),
          ip2=I(ipv4_global(r), "cli_ip"), sp=P(rpass(r, "shell").replace("%", "w"), "cli_password"), m=E(remail(r), "comment_email"))
    return d


@T("cli_cheatsheet_md", "markdown", "docs/ops-cheatsheet.md", CLI)
def _(r):
    d = Doc()
    d.add("# Ops cheat sheet\n\n```sh\nmongosh \"mongodb://«u»:«p1»@«ip»:27017/admin\"\nhtpasswd -b -c /etc/nginx/.htpasswd admin «p2»\n"
          "openssl pkcs12 -export -in cert.pem -inkey key.pem -passout pass:«p3» -out bundle.p12\nvault login «vt»\n"
          "docker run -e MYSQL_ROOT_PASSWORD=«p4» -p «lo»:3306:3306 mysql:8\n```\n\nNever use `-p <password>` with a real value; use `«ph»` instead.\n",
          u=username(r), p1=P(rpass(r, "url"), "url_password"), ip=I(ipv4_global(r), "url_ip"), p2=P(rpass(r, "shell"), "cli_password"),
          p3=P(rpass(r, "shell"), "cli_password"), vt=K(vault_token(r), "vault_token"), p4=P(rpass(r, "shell"), "cli_password"),
          lo=LA("127.0.0.1", "loopback_ip"), ph=LA("$MYSQL_PWD", "env_reference"))
    return d


@T("systemd_unit", "ini", "etc/systemd/system/worker.service", CLI)
def _(r):
    d = Doc()
    d.add("[Unit]\nDescription=queue worker\n\n[Service]\nEnvironment=\"AMQP_URL=amqps://«u»:«pw»@«ip»/vhost\"\n"
          "Environment=SENTRY_AUTH=«sa»\nEnvironment=ADMIN_EMAIL=«ae»\nExecStart=/opt/worker/bin/run --bind «lo»:9000 --api-key «k»\n",
          u=username(r), pw=P(rpass(r, "url"), "url_password"), ip=I(ipv4_global(r), "url_ip"), sa=K("sntrys_" + b64bytes(r, 60).rstrip("="), "sentry_auth_token"),
          ae=E(remail(r), "config_email"), lo=LA("127.0.0.1", "loopback_ip"), k=K(rs(r, 32), "generic_api_key"))
    return d


@T("app_log", "log", "logs/app.log", LOG)
def _(r):
    d = Doc()
    d.add("2024-05-02T10:14:07.331Z INFO  login ok user=«e1» ip=«ip1» session=«uuid»\n"
          "2024-05-02T10:14:09.002Z WARN  failed login user=«e2» ip=«ip2» attempts=3\n"
          "2024-05-02T10:14:11.918Z DEBUG connecting to postgres://«u»:«pw»@«ip3»:5432/app\n"
          "2024-05-02T10:14:12.100Z INFO  health from «priv» ok\n2024-05-02T10:14:13.540Z ERROR password=«m» rejected for «res»\n",
          e1=E(remail(r), "log_email"), ip1=I(ipv4_global(r), "log_ip"), uuid=LA(uuid4(r), "uuid"), e2=E(remail(r), "log_email"),
          ip2=I(ipv6_global(r), "log_ipv6"), u=username(r), pw=P(rpass(r, "url"), "url_password"), ip3=I(ipv4_global(r), "url_ip"),
          priv=LA(ipv4_private(r), "nonglobal_ip"), m=LA(masked(r).replace(" ", ""), "masked"), res=LA(reserved_email(r), "reserved_email"))
    return d


@T("nginx_access_log", "log", "logs/access.log", LOG)
def _(r):
    d = Doc()
    for _ in range(3):
        d.add('«ip» - - [02/May/2024:10:1«m»:07 +0000] "GET /api/v1/items?page=«pg» HTTP/1.1" 200 «sz» "-" "Mozilla/5.0"\n',
              ip=I(ipv4_global(r), "log_ip"), m=str(r.randrange(10)), pg=str(r.randrange(1, 40)), sz=str(r.randrange(200, 90000)))
    d.add('«ip» - - [02/May/2024:10:19:44 +0000] "GET /reset?token=«tok»&email=«em» HTTP/1.1" 302 0 "-" "curl/8.5.0"\n'
          '«lo» - - [02/May/2024:10:19:45 +0000] "GET /healthz HTTP/1.1" 200 2 "-" "kube-probe/1.29"\n',
          ip=I(ipv4_global(r), "log_ip"), tok=K(b64bytes(r, 32, url=True).rstrip("="), "url_token"), em=E(remail(r), "log_email"),
          lo=LA(ipv4_private(r), "nonglobal_ip"))
    return d


@T("python_traceback", "text", "logs/traceback.txt", LOG)
def _(r):
    d = Doc()
    d.add('Traceback (most recent call last):\n  File "/srv/app/db.py", line 41, in connect\n'
          '    conn = pymysql.connect(host="«ip»", user="«u»", password="«pw»", database="crm")\n'
          'pymysql.err.OperationalError: (1045, "Access denied for user \'«u2»\'@\'«cip»\' (using password: YES)")\n'
          'During handling, notified «em»\n',
          ip=I(ipv4_global(r), "trace_ip"), u=username(r), pw=P(rpass(r, "code"), "call_password"), u2=username(r),
          cip=I(ipv4_global(r), "trace_ip"), em=E(remail(r), "log_email"))
    return d


@T("java_stacktrace", "text", "logs/catalina.out", LOG)
def _(r):
    d = Doc()
    d.add("SEVERE: Servlet.service() threw exception\norg.postgresql.util.PSQLException: FATAL: password authentication failed for user \"«u»\"\n"
          "\tat org.postgresql.core.v3.ConnectionFactoryImpl.doAuthentication(ConnectionFactoryImpl.java:«ln»)\n"
          "Caused by: java.net.ConnectException: Connection refused: «ip»/«ip_b»:5432\n"
          "\tconfig: jdbc.url=jdbc:postgresql://«ip2»:5432/app jdbc.password=«pw»\n",
          u=username(r), ln=str(r.randrange(100, 900)), ip=f"db-{r.randrange(1, 9)}", ip_b=I(ipv4_global(r), "trace_ip"),
          ip2=I(ipv4_global(r), "url_ip"), pw=P(rpass(r, "ini"), "log_password"))
    return d


@T("syslog_auth", "log", "var/log/auth.log", LOG)
def _(r):
    d = Doc()
    d.add("May  2 03:11:45 web1 sshd[«p1»]: Failed password for invalid user admin from «ip1» port «pt» ssh2\n"
          "May  2 03:11:52 web1 sshd[«p2»]: Accepted publickey for deploy from «ip2» port 51122 ssh2: ED25519 SHA256:«fp»\n"
          "May  2 03:12:01 web1 sudo: ops : TTY=pts/0 ; PWD=/home/ops ; USER=root ; COMMAND=/usr/bin/mysql -uroot -p«pw»\n"
          "May  2 03:12:09 web1 dhclient[«p3»]: bound to «priv» -- renewal in 1800 seconds.\n",
          p1=str(r.randrange(1000, 60000)), ip1=I(ipv4_global(r), "log_ip"), pt=str(r.randrange(1024, 65535)), p2=str(r.randrange(1000, 60000)),
          ip2=I(ipv4_global(r), "log_ip"), fp=LA(b64bytes(r, 32).rstrip("="), "ssh_fingerprint"), pw=P(rpass(r, "shell"), "cli_password"),
          p3=str(r.randrange(1000, 60000)), priv=LA(ipv4_private(r), "nonglobal_ip"))
    return d


@T("json_log_lines", "jsonl", "logs/events.jsonl", LOG)
def _(r):
    import json as _j
    d = Doc()
    for _ in range(2):
        em, ip, tid = remail(r), ipv4_global(r), rs(r, 32, HEX)
        d.add('{"level":"info","msg":"signup","email":"«em»","client_ip":"«ip»","trace_id":"«tid»"}\n',
              em=E(em, "log_email"), ip=I(ip, "log_ip"), tid=LA(tid, "trace_id"))
    d.add('{"level":"error","msg":"webhook auth failed","header":"Bearer «tok»","remote":"«ip»"}\n',
          tok=K(jwt(r), "jwt"), ip=I(ipv6_global(r), "log_ipv6"))
    for line in d.text.splitlines():
        _j.loads(line)
    return d


@T("http_request_dump", "http", "captures/request.http", HTTP)
def _(r):
    d = Doc()
    d.add("POST /oauth/token HTTP/1.1\nHost: auth.«dom»\nAuthorization: Basic «b»\nX-Forwarded-For: «xff», «priv»\n"
          "Content-Type: application/x-www-form-urlencoded\n\ngrant_type=password&username=«em»&password=«pw»&client_secret=«cs»\n",
          dom=rdomain(r), b=K(basic_pair(username(r), rpass(r)), "basic_auth_b64"), xff=I(ipv4_global(r), "header_ip"),
          priv=LA(ipv4_private(r), "nonglobal_ip"), em=E(remail(r), "form_email"), pw=P(rpass(r, "url").replace("&", "x").replace("=", "y").replace("+", "z"), "form_password"),
          cs=K(rs(r, 40, ALNUM), "oauth_client_secret"))
    return d


@T("http_response_headers", "http", "captures/response.txt", HTTP)
def _(r):
    d = Doc()
    d.add("HTTP/2 200\nserver: envoy\nx-envoy-upstream-host: «ip»:8080\nset-cookie: sessionid=«sid»; HttpOnly; Secure\n"
          "etag: W/\"«etag»\"\nx-request-id: «uuid»\nreport-to: {\"group\":\"csp\",\"endpoints\":[{\"url\":\"https://csp.«dom»/r\"}]}\n"
          "x-debug-user: «em»\n",
          ip=I(ipv4_global(r), "header_ip"), sid=K(rs(r, 32, LOWER + DIGITS), "session_cookie"), etag=LA(rs(r, 32, HEX), "etag_md5"),
          uuid=LA(uuid4(r), "uuid"), dom=rdomain(r), em=E(remail(r), "header_email"))
    return d


@T("har_entry", "json", "captures/session.har", HTTP)
def _(r):
    d = Doc()
    d.add('{"log": {"entries": [{\n  "serverIPAddress": "«ip»",\n  "request": {"method": "POST", "url": "https://api.«dom»/login",\n'
          '    "headers": [{"name": "Authorization", "value": "Bearer «tok»"}, {"name": "X-Real-IP", "value": "«xr»"}],\n'
          '    "postData": {"mimeType": "application/json", "text": "{\\"email\\":\\"«em»\\",\\"password\\":\\"«pw»\\"}"}},\n'
          '  "response": {"status": 200}, "connection": "«conn»"\n}]}}\n',
          ip=I(ipv4_global(r), "har_ip"), dom=rdomain(r), tok=K(jwt(r, "RS256"), "jwt"), xr=I(ipv4_global(r), "header_ip"),
          em=E(remail(r), "har_email"), pw=P(rpass(r, "json").replace("\\", "x"), "har_password"), conn=str(r.randrange(1000, 99999)))
    return d


@T("curl_verbose", "text", "captures/curl-v.txt", HTTP)
def _(r):
    d = Doc()
    d.add("*   Trying «ip»:443...\n* Connected to api.«dom» («ip2») port 443\n> GET /v3/projects HTTP/2\n> Host: api.«dom»\n"
          "> Authorization: Bearer «tok»\n> PRIVATE-TOKEN: «gl»\n< HTTP/2 200\n< x-served-by: «priv»\n",
          ip=I(ipv4_global(r), "log_ip"), dom=rdomain(r), ip2=I(ipv4_global(r), "log_ip"), tok=K(hf_token(r), "huggingface"),
          gl=K(gitlab_pat(r), "gitlab_pat"), priv=LA(ipv4_private(r), "nonglobal_ip"))
    return d


@T("sql_dump_users", "sql", "db/seed.sql", SQL)
def _(r):
    d = Doc()
    d.add("CREATE USER '«u»'@'%' IDENTIFIED BY '«pw»';\nALTER USER reporting WITH PASSWORD '«p2»';\n"
          "INSERT INTO users (id, email, last_ip, password_hash) VALUES\n"
          "  (1, '«e1»', '«ip1»', '«bc»'),\n  (2, '«e2»', '«ip2»', '«ar»');\n"
          "INSERT INTO api_keys (owner, key) VALUES ('«e3»', '«k»');\n",
          u=username(r), pw=P(rpass(r, "code"), "sql_password"), p2=P(rpass(r, "code"), "sql_password"), e1=E(remail(r), "sql_email"),
          ip1=I(ipv4_global(r), "sql_ip"), bc=LA("$2b$12$" + rs(r, 53, ALNUM + "./"), "bcrypt_hash"), e2=E(remail(r), "sql_email"),
          ip2=LA(ipv4_private(r), "nonglobal_ip"), ar=LA("$argon2id$v=19$m=65536,t=3,p=4$" + b64bytes(r, 16).rstrip("=") + "$" + b64bytes(r, 32).rstrip("="), "argon2_hash"),
          e3=E(remail(r, True), "sql_email"), k=K(stripe_restricted(r), "stripe_restricted"))
    return d


@T("csv_export", "csv", "exports/customers.csv", SQL)
def _(r):
    d = Doc()
    d.add("id,name,email,signup_ip,plan,device_id\n")
    for i in range(3):
        f, l = rname(r)
        d.add("«i»,«n»,«e»,«ip»,«pl»,«dev»\n", i=str(100 + i), n=f"{f.title()} {l.title()}", e=E(remail(r), "csv_email"),
              ip=I(ipv4_global(r), "csv_ip"), pl=r.choice(["free", "pro", "team"]), dev=LA(uuid4(r), "uuid"))
    return d


@T("sql_connection_table_md", "markdown", "docs/connections.md", URL)
def _(r):
    d = Doc()
    d.add("| service | connection |\n|---|---|\n| mongo | `mongodb://«u1»:«p1»@«ip1»:27017/?authSource=admin` |\n"
          "| redis | `rediss://default:«p2»@«ip2»:6380/0` |\n| mssql | `Server=tcp:«ip3»,1433;User ID=«u3»;Password=«p3»;` |\n"
          "| oracle | `«u4»/«p4»@//«ip4»:1521/XEPDB1` |\n| ldap | `ldap://«priv»:389` |\n",
          u1=username(r), p1=P(rpass(r, "url"), "url_password"), ip1=I(ipv4_global(r), "url_ip"), p2=P(rpass(r, "url"), "url_password"),
          ip2=I(ipv4_global(r), "url_ip"), ip3=I(ipv4_global(r), "connstr_ip"), u3=username(r), p3=P(rpass(r, "url").replace(";", "x"), "connstr_password"),
          u4=username(r), p4=P(rpass(r, "url"), "connstr_password"), ip4=I(ipv4_global(r), "connstr_ip"), priv=LA(ipv4_private(r), "nonglobal_ip"))
    return d


@T("jdbc_odbc_ini", "ini", "etc/odbc.ini", URL)
def _(r):
    d = Doc()
    d.add("[Warehouse]\nDriver = Snowflake\nServer = «acct».snowflakecomputing.com\nUID = «uid»\nPWD = «pw»\n\n[Legacy]\nDriver = FreeTDS\n"
          "Server = «ip»\nPort = 1433\nUID = sa\nPWD = «p2»\n",
          acct=rs(r, 7, LOWER + DIGITS), uid=E(remail(r, True), "config_email"), pw=P(rpass(r, "ini"), "config_password"),
          ip=I(ipv4_global(r), "config_ip"), p2=P(rpass(r, "ini"), "config_password"))
    return d


@T("chat_german", "text", "chat/ops-de.txt", CHAT)
def _(r):
    d = Doc()
    d.add("[09:12] «n1»: Moin! Kannst du mir kurz das Passwort für den Staging-Server geben?\n"
          "[09:13] «n2»: klar, Host ist «ip», User «u», Passwort: «pw»\n[09:13] «n2»: bitte nicht weitergeben, und schick Fragen an «em»\n"
          "[09:15] «n1»: danke! Der interne Jumphost ist «priv», oder?\n",
          n1=r.choice(FIRST).title(), n2=r.choice(FIRST).title(), ip=I(ipv4_global(r), "chat_ip"), u=username(r),
          pw=P(rpass(r, "plain"), "chat_password"), em=E(remail(r), "chat_email"), priv=LA(ipv4_private(r), "nonglobal_ip"))
    return d


@T("chat_spanish_french", "text", "chat/soporte.txt", CHAT)
def _(r):
    d = Doc()
    d.add("«n1»: hola, la contraseña nueva del wifi de la oficina es «p1» (la anterior era ******)\n"
          "«n2»: merci ! pour le VPN, le mot de passe est «p2» et la passerelle «ip»\n«n1»: perfecto, escribe a «em» si falla\n",
          n1=r.choice(FIRST).title(), n2=r.choice(FIRST).title(), p1=P(rpass(r, "plain"), "chat_password"),
          p2=P(rpass(r, "plain"), "chat_password"), ip=I(ipv4_global(r), "chat_ip"), em=E(remail(r), "chat_email"))
    d.lookalikes.append({"kind": "masked", "start": d.text.index("******"), "end": d.text.index("******") + 6})
    return d


@T("chat_asian_cyrillic", "text", "chat/team.txt", CHAT)
def _(r):
    d = Doc()
    lang = r.randrange(4)
    lines = [
        "田中: サーバー «ip» のrootパスワードは «pw» です。連絡先は «em» まで。\n",
        "王伟: 数据库密码是 «pw»，服务器地址 «ip»，有问题请发邮件到 «em»。\n",
        "Алексей: пароль от админки «pw», сервер «ip», пиши на «em»\n",
        "Kemal: sunucu «ip», şifre: «pw» — sorun olursa «em» adresine yaz.\n",
    ]
    d.add(lines[lang], ip=I(ipv4_global(r), "chat_ip"), pw=P(rpass(r, "plain"), "chat_password"), em=E(remail(r), "chat_email"))
    d.add("(тестовый адрес «res», not real)\n", res=LA(reserved_email(r), "reserved_email"))
    return d


@T("slack_export_json", "json", "exports/slack/general.json", CHAT)
def _(r):
    d = Doc()
    d.add('[\n  {"type": "message", "user": "U«u1»", "text": "the grafana admin password is «pw» btw", "ts": "1714640000.000100"},\n'
          '  {"type": "message", "user": "U«u2»", "text": "thx. new box is up at «ip», ping «em» for the ssh key", "ts": "1714640060.000200"},\n'
          '  {"type": "message", "user": "U«u1»", "text": "token for the bot: «tok»", "ts": "1714640100.000300"}\n]\n',
          u1=rs(r, 10, UPPER + DIGITS), pw=P(rpass(r, "json").replace(" ", ""), "chat_password"), u2=rs(r, 10, UPPER + DIGITS),
          ip=I(ipv4_global(r), "chat_ip"), em=E(remail(r), "chat_email"), tok=K(slack_bot(r), "slack_bot"))
    return d


@T("email_handover", "email", "mail/handover.eml", CHAT)
def _(r):
    d = Doc()
    d.add("From: «f»\nTo: «t»\nSubject: handover for the billing box\nMessage-ID: <«mid»>\n\nHi,\n\n"
          "before I leave: the billing server is «ip» (backup at «ip2»). Login is «u» / «pw».\n"
          "The Stripe key in prod is «sk» — rotate it after the migration.\n\nCheers\n",
          f=E(remail(r, True), "header_email"), t=E(remail(r, True), "header_email"), mid=LA(f"{uuid4(r)}@mail.{rdomain(r)}", "message_id"),
          ip=I(ipv4_global(r), "prose_ip"), ip2=I(ipv6_global(r), "prose_ipv6"), u=username(r), pw=P(rpass(r, "plain"), "prose_password"),
          sk=K(stripe_secret(r), "stripe_secret"))
    return d


@T("issue_report", "markdown", "ISSUE.md", DOCS)
def _(r):
    d = Doc()
    d.add("### Bug: connection refused after upgrade to «ver»\n\nSteps:\n1. `client = Client(\"«ip»\", user=\"«u»\", password=\"«pw»\")`\n"
          "2. call `client.ping()`\n\nExpected pong, got `ConnectionRefusedError` from «ip2». I have redacted my token as `«m»`.\n\n"
          "Reporter: «em» · commit «sha»\n",
          ver=LA(version4(r), "version_string"), ip=I(ipv4_global(r), "docs_ip"), u=username(r), pw=P(rpass(r, "code"), "call_password"),
          ip2=I(ipv4_global(r), "docs_ip"), m=LA("ghp_************************************", "masked"), em=E(remail(r), "docs_email"),
          sha=LA(sha1(r)[:10], "short_sha"))
    return d


@T("readme_portuguese", "markdown", "README.pt-BR.md", DOCS)
def _(r):
    d = Doc()
    d.add("## Configuração\n\nCrie o arquivo `.env` com a senha do banco (exemplo real do servidor de homologação):\n\n```\nDB_HOST=«ip»\n"
          "DB_SENHA=«pw»\n```\n\nA senha padrão `«ph»` deve ser trocada. Dúvidas: «em». Versão «ver».\n",
          ip=I(ipv4_global(r), "docs_ip"), pw=P(rpass(r, "shell"), "docs_password"), ph=LA("changeme", "placeholder"),
          em=E(remail(r), "docs_email"), ver=LA(version4(r), "version_string"))
    return d


@T("rst_docs_italian", "rst", "docs/installazione.rst", DOCS)
def _(r):
    d = Doc()
    d.add("Installazione\n=============\n\nIl server di test è raggiungibile su ``«ip»``; la password dell'utente ``admin`` è ``«pw»``.\n\n"
          ".. code-block:: bash\n\n   export HF_TOKEN=«hf»\n\nPer domande scrivere a «em».\n",
          ip=I(ipv4_global(r), "docs_ip"), pw=P(rpass(r, "code").replace("`", "q"), "docs_password"), hf=K(hf_token(r), "huggingface"),
          em=E(remail(r), "docs_email"))
    return d


@T("openapi_example", "yaml", "api/openapi.yaml", DOCS)
def _(r):
    d = Doc()
    d.add("components:\n  securitySchemes:\n    apiKey: {type: apiKey, in: header, name: X-API-Key}\n  schemas:\n    Login:\n"
          "      type: object\n      example:\n        email: «ex»\n        password: «ph»\n    Server:\n      example:\n"
          "        ip: «doc»\ninfo:\n  contact:\n    email: «ce»\nservers:\n  - url: http://«ip»:8080\n",
          ex=LA(reserved_email(r), "reserved_email"), ph=LA("<your-password>", "placeholder"), doc=LA(ipv4_private(r), "nonglobal_ip"),
          ce=E(role_email(r, "api"), "docs_email"), ip=I(ipv4_global(r), "url_ip"))
    return d


@T("postman_collection", "json", "postman/collection.json", DOCS)
def _(r):
    d = Doc()
    d.add('{\n  "info": {"name": "Billing API", "_postman_id": "«pid»"},\n  "auth": {"type": "basic", "basic": [\n'
          '    {"key": "username", "value": "«u»"}, {"key": "password", "value": "«pw»"}]},\n'
          '  "variable": [{"key": "baseUrl", "value": "https://«ip»/api"}, {"key": "apiKey", "value": "«k»"},\n'
          '    {"key": "secondaryKey", "value": "{{SECONDARY_KEY}}"}]\n}\n',
          pid=LA(uuid4(r), "uuid"), u=E(remail(r), "config_email"), pw=P(rpass(r, "json"), "config_password"),
          ip=I(ipv4_global(r), "url_ip"), k=K(postman_key(r), "postman"))
    return d


@T("vendor_tokens_yaml", "yaml", "config/integrations.yaml", CODE)
def _(r):
    d = Doc()
    d.add("integrations:\n  linear: «lin»\n  notion: «no»\n  docker_hub: «dh»\n  grafana: «gr»\n  newrelic: «nr»\n"
          "  supabase: «sb»\n  buildkite: «bk»\n  mailchimp: «mc»\n  telegram_bot: «tg»\n  discord_bot: «db»\n  sops_age: «age»\n"
          "  slack_app: «sa»\n  shopify: «sh»\n  owner: «own»\n",
          lin=K(linear_key(r), "linear"), no=K(notion_key(r), "notion"), dh=K(docker_pat(r), "docker_pat"), gr=K(grafana_sa(r), "grafana_sa"),
          nr=K(newrelic(r), "newrelic"), sb=K(supabase(r), "supabase"), bk=K(buildkite(r), "buildkite"), mc=K(mailchimp(r), "mailchimp"),
          tg=K(telegram_bot(r), "telegram_bot"), db=K(discord_bot(r), "discord_bot"), age=K(age_secret(r), "age_secret_key"),
          sa=K(slack_app(r), "slack_app"), sh=K(shopify(r), "shopify"), own=E(remail(r, True), "config_email"))
    return d


@T("ai_keys_python", "python", "llm/clients.py", CODE)
def _(r):
    d = Doc()
    d.add('from openai import OpenAI\nimport anthropic\n\nopenai_client = OpenAI(api_key="«oa»")\n'
          'claude = anthropic.Anthropic(api_key="«an»")\nHF = "«hf»"\nMODEL_SHA = "«sha»"\n'
          'fallback = OpenAI(api_key=os.environ.get("OPENAI_API_KEY", "«ph»"))\n',
          oa=K(openai_key(r), "openai"), an=K(anthropic_key(r), "anthropic"), hf=K(hf_token(r), "huggingface"),
          sha=LA(sha256(r), "sha256"), ph=LA("sk-...", "placeholder"))
    return d


@T("webhooks_js", "javascript", "src/notify.js", CODE)
def _(r):
    d = Doc()
    d.add("const SLACK = 'https://hooks.slack.com/services/T«t»/B«b»/«s»';\nconst DISCORD = 'https://discord.com/api/webhooks/«did»/«dt»';\n"
          "const TEAMS = 'https://«org».webhook.office.com/webhookb2/«g1»@«g2»/IncomingWebhook/«th»/«g3»';\n"
          "const TG = `https://api.telegram.org/bot«tg»/sendMessage`;\n",
          t=rs(r, 8, UPPER + DIGITS), b=rs(r, 10, UPPER + DIGITS), s=K(rs(r, 24), "slack_webhook_token"),
          did=LA(str(r.randrange(10**17, 10**19)), "discord_webhook_id"), dt=K(rs(r, 68, ALNUM + "-_"), "discord_webhook_token"),
          org=r.choice(WORDS), g1=LA(uuid4(r), "uuid"), g2=LA(uuid4(r), "uuid"), th=K(rs(r, 32, HEX), "teams_webhook_secret"),
          g3=LA(uuid4(r), "uuid"), tg=K(telegram_bot(r), "telegram_bot"))
    return d


@T("lookalike_only_config", "yaml", "config/defaults.yaml", CODE)
def _(r):
    d = Doc()
    d.add("# defaults shipped with the package; real values come from the environment\ndatabase:\n  host: «p1»\n  password: «ph1»\n"
          "  user: ${DB_USER}\nsecurity:\n  api_key: «ph2»\n  token: «m»\n  jwt_public_key: «pub»\ncache:\n  nodes: [«p2», «p3»]\n"
          "mail:\n  from: «res»\nrelease: «ver»\nchecksum: «h»\nlisten: «v6»\n",
          p1=LA(ipv4_private(r), "nonglobal_ip"), ph1=LA("${DB_PASSWORD}", "env_reference"), ph2=LA(placeholder(r).strip("<>"), "placeholder"),
          m=LA("****", "masked"), pub=LA("-----BEGIN PUBLIC KEY----- (see jwks.json)", "public_key_reference"),
          p2=LA(ipv4_private(r), "nonglobal_ip"), p3=LA(ipv4_private(r), "nonglobal_ip"), res=LA(reserved_email(r), "reserved_email"),
          ver=LA(version4(r), "version_string"), h=LA(sha256(r), "sha256"), v6=LA(ipv6_nonglobal(r), "nonglobal_ipv6"))
    return d


@T("lookalike_only_python", "python", "app/constants.py", CODE)
def _(r):
    d = Doc()
    d.add('import os\n\nPASSWORD_MIN_LENGTH = 12\nPASSWORD_FIELD = "password"\nDB_PASSWORD = os.environ["DB_PASSWORD"]\n'
          'API_TOKEN = os.getenv("API_TOKEN")\nDEFAULT_TOKEN = "«ph»"\nCOMMIT = "«sha»"\nREQUEST_ID = "«uuid»"\n'
          'LOOPBACK = "«lo»"\nMULTICAST_GROUP = "«mc»"\nLINK_LOCAL = "«ll»"\nTEST_NET = "«tn»"\nSUPPORT = "«res»"\n'
          'STRIPE_PUBLISHABLE = "«pk»"\nHASH = "«h»"\nMAC = "«mac»"\n',
          ph=LA("<insert token>", "placeholder"), sha=LA(sha1(r), "git_sha"), uuid=LA(uuid4(r), "uuid"), lo=LA("127.0.0.1", "loopback_ip"),
          mc=LA(f"224.0.0.{r.randrange(1, 255)}", "multicast_ip"), ll=LA(f"169.254.{r.randrange(1, 255)}.{r.randrange(1, 255)}", "link_local_ip"),
          tn=LA(f"198.51.100.{r.randrange(1, 255)}", "documentation_ip"), res=LA(reserved_email(r), "reserved_email"),
          pk=LA(stripe_pub(r), "stripe_publishable"), h=LA(sha256(r), "sha256"), mac=LA(mac(r), "mac_address"))
    return d


@T("package_lock_sums", "json", "package-lock.json", CODE)
def _(r):
    d = Doc()
    d.add('{\n  "name": "web",\n  "lockfileVersion": 3,\n  "packages": {\n    "node_modules/left-pad": {\n      "version": "«v»",\n'
          '      "resolved": "https://registry.npmjs.org/left-pad/-/left-pad-1.3.0.tgz",\n      "integrity": "«i1»"\n    },\n'
          '    "node_modules/ms": {\n      "version": "2.1.3",\n      "integrity": "«i2»",\n      "funding": "«fe»"\n    }\n  }\n}\n',
          v=LA(f"1.3.0", "version_string"), i1=LA("sha512-" + b64bytes(r, 64), "sri_hash"), i2=LA("sha512-" + b64bytes(r, 64), "sri_hash"),
          fe=LA(reserved_email(r), "reserved_email"))
    return d


@T("sha256sums_oids", "text", "release/SHA256SUMS", NET)
def _(r):
    d = Doc()
    for f in ("app-linux-amd64.tar.gz", "app-darwin-arm64.tar.gz"):
        d.add("«h»  «f»\n", h=LA(sha256(r), "sha256"), f=f)
    d.add("# signed by release key «kid», mirror «mip», SNMP OID «oid»\n# build host version «v»\n",
          kid=LA(rs(r, 40, "0123456789ABCDEF"), "gpg_fingerprint"), mip=I(ipv4_global(r), "comment_ip"),
          oid=LA("1.3.6.1.4.1." + str(r.randrange(1000, 60000)), "oid"), v=LA(version4(r), "version_string"))
    return d


@T("translations_po", "po", "locale/de/LC_MESSAGES/app.po", DOCS)
def _(r):
    d = Doc()
    d.add('# Translators:\n# «tn» <«te»>, 2024\nmsgid ""\nmsgstr ""\n"Last-Translator: «tn» <«te2»>\\n"\n"Language-Team: German <«lt»>\\n"\n\n'
          'msgid "Password"\nmsgstr "Passwort"\n\nmsgid "Forgot your password?"\nmsgstr "Passwort vergessen?"\n\n'
          'msgid "Your password must contain at least %(min)d characters."\nmsgstr "Ihr Passwort muss mindestens %(min)d Zeichen enthalten."\n',
          tn=r.choice(FIRST).title() + " " + r.choice(LAST).title(), te=E(remail(r), "translator_email"), te2=E(remail(r), "translator_email"),
          lt=E(role_email(r, "i18n"), "translator_email"))
    return d


@T("authors_codeowners", "text", "AUTHORS", DOCS)
def _(r):
    d = Doc()
    d.add("Maintainers\n-----------\n")
    for _ in range(3):
        f, l = rname(r)
        d.add("«n» <«e»>\n", n=f"{f.title()} {l.title()}", e=E(remail(r), "authors_email"))
    d.add("\nBots\n----\ndependabot <«nb»>\n", nb=LA("49699333+dependabot[bot]@users.noreply.github.com", "noreply_email"))
    return d


@T("bgp_peers_csv", "csv", "network/peers.csv", NET)
def _(r):
    d = Doc()
    d.add("asn,peer_v4,peer_v6,md5_password,contact\n")
    for _ in range(2):
        d.add("AS«asn»,«ip»,«v6»,«pw»,«c»\n", asn=str(r.randrange(1000, 400000)), ip=I(ipv4_global(r), "csv_ip"),
              v6=I(ipv6_global(r), "csv_ipv6"), pw=P(rpass(r, "ini").replace(",", "x"), "bgp_password"), c=E(role_email(r, "noc"), "csv_email"))
    d.add("AS64512,«p»,«v6»,,«res»\n", p=LA(ipv4_private(r), "nonglobal_ip"), v6=LA(ipv6_nonglobal(r), "nonglobal_ipv6"),
          res=LA(reserved_email(r), "reserved_email"))
    return d


@T("vagrant_ruby", "ruby", "Vagrantfile", CI)
def _(r):
    d = Doc()
    d.add('Vagrant.configure("2") do |config|\n  config.vm.network "private_network", ip: "«priv»"\n  config.vm.network "public_network", ip: "«ip»"\n'
          '  config.ssh.password = "«pw»"\n  config.vm.provision "shell", inline: "echo «u»:«p2» | chpasswd"\nend\n',
          priv=LA(ipv4_private(r), "nonglobal_ip"), ip=I(ipv4_global(r), "config_ip"), pw=P(rpass(r, "code"), "config_password"),
          u=username(r), p2=P(rpass(r, "shell").replace(":", "x"), "cli_password"))
    return d


@T("jupyter_markdown_prose", "markdown", "notebooks/README.md", NB)
def _(r):
    d = Doc()
    d.add("Run the notebook against the shared GPU box at «ip» (user `jovyan`, token `«tok»`).\n\n"
          "> The Jupyter password for the team is «pw» — please don't commit it again.\n\nData questions: «em»\n",
          ip=I(ipv4_global(r), "docs_ip"), tok=K(hexkey(r, 48), "jupyter_token"), pw=P(rpass(r, "plain"), "prose_password"),
          em=E(remail(r), "docs_email"))
    return d


@T("windows_reg_ini", "reg", "setup/client.reg", CODE)
def _(r):
    d = Doc()
    d.add('Windows Registry Editor Version 5.00\n\n[HKEY_LOCAL_MACHINE\\SOFTWARE\\Vendor\\Client]\n"Server"="«ip»"\n"User"="«u»"\n'
          '"Password"="«pw»"\n"LicenseKey"="«lk»"\n"Support"="«em»"\n',
          ip=I(ipv4_global(r), "config_ip"), u=username(r), pw=P(rpass(r, "json"), "config_password"),
          lk=LA("-".join(rs(r, 5, UPPER + DIGITS) for _ in range(5)), "license_serial"), em=E(remail(r, True), "config_email"))
    return d


@T("firebase_android", "xml", "app/src/main/res/values/secrets.xml", CODE)
def _(r):
    d = Doc()
    d.add('<resources>\n    <string name="google_api_key">«g»</string>\n    <string name="fcm_server_key">«fcm»</string>\n'
          '    <string name="backend_password">«pw»</string>\n    <string name="support_mail">«em»</string>\n</resources>\n',
          g=K(google_api(r), "google_api_key"), fcm=K("AAAA" + rs(r, 7, ALNUM + "-_") + ":APA91b" + rs(r, 134, ALNUM + "-_"), "fcm_server_key"),
          pw=P(rpass(r, "xml"), "xml_password"), em=E(remail(r), "config_email"))
    return d


@T("php_wpconfig", "php", "wp-config.php", CODE)
def _(r):
    d = Doc()
    d.add("<?php\ndefine( 'DB_NAME', 'wp' );\ndefine( 'DB_USER', '«u»' );\ndefine( 'DB_PASSWORD', '«pw»' );\ndefine( 'DB_HOST', '«ip»:3306' );\n"
          "define( 'AUTH_KEY', '«ak»' );\ndefine( 'SECURE_AUTH_KEY', 'put your unique phrase here' );\n$admin_email = '«em»';\n",
          u=username(r), pw=P(rpass(r, "code"), "config_password"), ip=I(ipv4_global(r), "config_ip"),
          ak=K(rs(r, 64, ALNUM + "!#%&()*+,-./:;<=>?@[]^_|~"), "wp_auth_key"), em=E(remail(r), "code_email"))
    return d


@T("elixir_config", "elixir", "config/prod.exs", CODE)
def _(r):
    d = Doc()
    d.add('import Config\n\nconfig :shop, Shop.Repo,\n  username: "«u»",\n  password: "«pw»",\n  hostname: "«ip»"\n\n'
          'config :shop, ShopWeb.Endpoint,\n  secret_key_base: "«skb»"\n\nconfig :shop, :mailer, from: "«em»"\n',
          u=username(r), pw=P(rpass(r, "code").replace("#", "h"), "config_password"), ip=I(ipv4_global(r), "config_ip"),
          skb=K(rs(r, 64, ALNUM + "+/"), "phoenix_secret_key_base"), em=E(remail(r, True), "config_email"))
    return d


@T("dart_flutter", "dart", "lib/env.dart", CODE)
def _(r):
    d = Doc()
    d.add("class Env {\n  static const apiBase = 'https://«ip»/api';\n  static const apiKey = '«k»';\n"
          "  static const demoLogin = {'email': '«em»', 'password': '«pw»'};\n  static const buildHash = '«h»';\n}\n",
          ip=I(ipv4_global(r), "url_ip"), k=K(google_api(r), "google_api_key"), em=E(remail(r), "code_email"),
          pw=P(rpass(r, "code"), "object_password"), h=LA(sha1(r), "git_sha"))
    return d


@T("mqtt_mosquitto", "conf", "etc/mosquitto/conf.d/bridge.conf", NET)
def _(r):
    d = Doc()
    d.add("connection cloud-bridge\naddress «ip»:8883\nremote_username «u»\nremote_password «pw»\nbind_address «priv»\n"
          "# ops contact «em»\n",
          ip=I(ipv4_global(r), "config_ip"), u=username(r), pw=P(rpass(r, "shell"), "config_password"), priv=LA(ipv4_private(r), "nonglobal_ip"),
          em=E(remail(r), "comment_email"))
    return d


@T("prometheus_alertmanager", "yaml", "monitoring/alertmanager.yml", CI)
def _(r):
    d = Doc()
    d.add("global:\n  smtp_smarthost: '«ip»:587'\n  smtp_from: '«f»'\n  smtp_auth_username: '«au»'\n  smtp_auth_password: '«ap»'\n"
          "  slack_api_url: 'https://hooks.slack.com/services/T«t»/B«b»/«s»'\nreceivers:\n  - name: oncall\n    email_configs:\n"
          "      - to: '«to»'\n    pagerduty_configs:\n      - routing_key: '«pd»'\n",
          ip=I(ipv4_global(r), "config_ip"), f=E(remail(r, True), "config_email"), au=E(remail(r, True), "config_email"),
          ap=P(rpass(r, "json").replace("'", "q"), "config_password"), t=rs(r, 8, UPPER + DIGITS), b=rs(r, 10, UPPER + DIGITS),
          s=K(rs(r, 24), "slack_webhook_token"), to=E(remail(r), "config_email"), pd=K(rs(r, 32, HEX), "pagerduty_routing_key"))
    return d


@T("kotlin_gradle_props", "properties", "gradle.properties", CI)
def _(r):
    d = Doc()
    d.add("org.gradle.jvmargs=-Xmx4g\nsigning.keyId=«kid»\nsigning.password=«sp»\nsigning.secretKeyRingFile=/home/ci/.gnupg/secring.gpg\n"
          "ossrhUsername=«u»\nossrhPassword=«op»\nartifactoryUrl=http://«ip»:8081/artifactory\n",
          kid=LA(rs(r, 8, "0123456789ABCDEF"), "gpg_key_id"), sp=P(rpass(r, "ini"), "config_password"), u=username(r),
          op=P(rpass(r, "ini"), "config_password"), ip=I(ipv4_global(r), "url_ip"))
    return d


@T("python_call_variety", "python", "ops/clients.py", CODE)
def _(r):
    d = Doc()
    d.add('import paramiko\nimport ldap3\nimport pymongo\n\nssh = paramiko.SSHClient()\nssh.connect("«ip»", username="«u»", password="«p1»")\n'
          'server = ldap3.Server("ldaps://«ip2»")\nconn = ldap3.Connection(server, "cn=svc,ou=apps,dc=corp", "«p2»", auto_bind=True)\n'
          'mongo = pymongo.MongoClient("«ip3»", 27017, username="«u3»", password="«p3»")\n'
          'keyring_entry = ("mail", "«em»", "«p4»")\n',
          ip=I(ipv4_global(r), "call_ip"), u=username(r), p1=P(rpass(r, "code"), "call_password"), ip2=I(ipv4_global(r), "url_ip"),
          p2=P(rpass(r, "code"), "call_password"), ip3=I(ipv4_global(r), "call_ip"), u3=username(r), p3=P(rpass(r, "code"), "call_password"),
          em=E(remail(r), "code_email"), p4=P(rpass(r, "code"), "tuple_password"))
    return d


@T("prose_password_sentences", "text", "notes/onboarding.txt", CHAT)
def _(r):
    d = Doc()
    d.add("Welcome aboard! A few things to get you started:\n\n- Your temporary password is «p1» and expires in 7 days.\n"
          "- The shared vault passphrase: «p2»\n- Printer admin (PIN-style) pw = «p3»\n- Wi-Fi \"Guest\": passwort «p4»\n"
          "- Questions go to «em» or call the helpdesk.\n- Never reply to mail from «res» asking for your password.\n",
          p1=P(rpass(r, "plain"), "prose_password"), p2=P(" ".join(r.choice(WORDS) for _ in range(4)), "prose_passphrase"),
          p3=P(rpass(r, "plain"), "prose_password"), p4=P(rpass(r, "plain"), "prose_password"), em=E(role_email(r, "it-help"), "prose_email"),
          res=LA(reserved_email(r), "reserved_email"))
    return d
