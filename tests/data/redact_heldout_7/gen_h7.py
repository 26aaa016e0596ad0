"""Random value generators for the seventh held-out redaction set (standard library only).

Every generator takes a ``random.Random`` and returns a string. Values have the documented shape of the thing
they imitate (prefix, alphabet, length) but are random, so none is a real credential.
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
B64URL = AN + "-_"

WORDS = (
    "harbor maple copper falcon orbit velvet summit lantern granite willow cobalt meadow ember canyon "
    "raven quartz juniper nimbus saffron tundra pebble thistle marble osprey glacier hazel bramble cinder "
    "delta fjord garnet horizon ivory jasper kestrel lagoon mistral nectar obsidian prairie quiver rustle "
    "sparrow timber umber vortex walnut yonder zephyr anchor beacon cactus dynamo"
).split()
NONASCII_WORDS = ["Grüße", "Straße", "contraseña", "mañana", "Überall", "été", "Ørsted", "façade", "Kaffeé",
                  "pássaro", "żółw", "çiçek", "Jäger", "niño", "smörgås", "Ñandú"]
FIRST = ("anna ben carla dmitri elif farid greta hiro ines jonas kavya liam mei noah olga pablo quinn rosa "
         "sven tariq ulla vikram wen xavier yusuf zoe amara bjorn chidi daria emeka fatima").split()
LAST = ("schmidt okafor nakamura silva kowalski haddad lindqvist moreau patel reyes novak brennan tanaka "
        "ferreira ivanova kaplan mendes oyelaran petrov quintero rossi sorensen tran ueda varga weber").split()
CORP = ("northwind-logistics.de acmefreight.io bluepeak-analytics.com helixbio.co.uk quantaforge.net "
        "rivermint.io solvane.com tidewater-labs.com ursaminor.ai veloxpay.eu kronhaus.at fjordline.no "
        "pixelharbor.studio cedarstack.dev lumenworks.fr marinetics.es orchidsoft.in").split()
FREE = "gmail.com outlook.com yahoo.com proton.me fastmail.com icloud.com gmx.de web.de yandex.ru qq.com hotmail.co.uk mail.ru".split()
ROLES = "ops billing devops security alerts noc dba admin support infra platform sre postmaster it-helpdesk".split()
HOSTW = "db api cache auth queue mq ldap smtp vpn bastion jump build ci kafka redis pg mongo es grafana".split()
RESERVED = ["example.com", "example.org", "example.net", "corp.example", "foo.test", "mail.invalid", "localhost"]


def pick(r, seq):
    return seq[r.randrange(len(seq))]


def rs(r, alphabet, n):
    return "".join(alphabet[r.randrange(len(alphabet))] for _ in range(n))


# ---------------------------------------------------------------- e-mail
def email_corp(r):
    f, l = pick(r, FIRST), pick(r, LAST)
    local = pick(r, [f"{f}.{l}", f"{f[0]}{l}", f"{f}_{l}", f"{l}.{f}", f"{f}{r.randrange(2, 99)}"])
    return f"{local}@{pick(r, CORP)}"


def email_free(r):
    f, l = pick(r, FIRST), pick(r, LAST)
    local = pick(r, [f"{f}.{l}{r.randrange(70, 99)}", f"{f}{l}", f"{l}.{f}", f"{f[0]}.{l}{r.randrange(1, 999)}"])
    return f"{local}@{pick(r, FREE)}"


def email_role(r):
    return f"{pick(r, ROLES)}@{pick(r, CORP)}"


def email_plus(r):
    return f"{pick(r, FIRST)}+{pick(r, ['ci', 'alerts', 'github', 'aws', 'test', 'billing'])}@{pick(r, FREE[:6])}"


def email_sub(r):
    dom = pick(r, CORP)
    return f"{pick(r, FIRST)}.{pick(r, LAST)}@{pick(r, ['mail', 'eu', 'corp', 'us', 'staff'])}.{dom}"


def email_any(r):
    return pick(r, [email_corp, email_free, email_role, email_plus, email_sub])(r)


def reserved_email(r):
    return f"{pick(r, FIRST)}@{pick(r, RESERVED)}"


def noreply_email(r):
    return f"{r.randrange(1000000, 99999999)}+{pick(r, FIRST)}{pick(r, LAST)}@users.noreply.github.com"


# ---------------------------------------------------------------- IP addresses
def ipv4(r):
    while True:
        a = r.randrange(1, 224)
        s = f"{a}.{r.randrange(0, 256)}.{r.randrange(0, 256)}.{r.randrange(1, 255)}"
        if ipaddress.ip_address(s).is_global:
            return s


def ipv6(r):
    pfx = pick(r, ["2a00:1450", "2606:4700", "2a03:2880", "2600:1f18", "2a01:4f8", "2001:41d0", "2620:fe", "2406:da18"])
    tail = ":".join(format(r.randrange(0, 65536), "x") for _ in range(r.choice([2, 3, 4])))
    s = f"{pfx}:{format(r.randrange(1, 65536), 'x')}::{tail}"
    assert ipaddress.ip_address(s).is_global, s
    return s


def private_ip(r):
    return pick(r, [f"10.{r.randrange(256)}.{r.randrange(256)}.{r.randrange(1, 255)}",
                    f"172.{r.randrange(16, 32)}.{r.randrange(256)}.{r.randrange(1, 255)}",
                    f"192.168.{r.randrange(256)}.{r.randrange(1, 255)}"])


def loopback_ip(r):
    return pick(r, ["127.0.0.1", f"127.0.{r.randrange(2)}.{r.randrange(1, 9)}"])


def doc_ip(r):
    return f"{pick(r, ['192.0.2', '198.51.100', '203.0.113'])}.{r.randrange(1, 255)}"


def cgnat_ip(r):
    return f"100.{r.randrange(64, 128)}.{r.randrange(256)}.{r.randrange(1, 255)}"


def linklocal_ip(r):
    return f"169.254.{r.randrange(1, 255)}.{r.randrange(1, 255)}"


def multicast_ip(r):
    return f"{r.randrange(224, 240)}.{r.randrange(256)}.{r.randrange(256)}.{r.randrange(1, 255)}"


def bench_ip(r):
    return f"198.{r.randrange(18, 20)}.{r.randrange(256)}.{r.randrange(1, 255)}"


def netmask_ip(r):
    return pick(r, ["255.255.255.0", "255.255.0.0", "255.255.255.192", "255.255.252.0", "255.240.0.0"])


def ula_ipv6(r):
    return f"fd{r.randrange(16, 255):02x}:{format(r.randrange(65536), 'x')}:{format(r.randrange(65536), 'x')}::{format(r.randrange(1, 65536), 'x')}"


def doc_ipv6(r):
    return f"2001:db8:{format(r.randrange(65536), 'x')}::{format(r.randrange(1, 65536), 'x')}"


def linklocal_ipv6(r):
    return f"fe80::{format(r.randrange(65536), 'x')}:{format(r.randrange(65536), 'x')}:{format(r.randrange(65536), 'x')}:{format(r.randrange(1, 65536), 'x')}"


def nonglobal_ip(r):
    return pick(r, [private_ip, loopback_ip, doc_ip, cgnat_ip, linklocal_ip, bench_ip])(r)


# ---------------------------------------------------------------- passwords
SYM_ANY = "!#%&*+-=?@^_~.,:;"
SYM_URL = "-._~!*"
SYM_SHELL = "-_.,+=@%^"


def pw_word(r, sym="!#%&*?@$"):
    w = pick(r, WORDS)
    return pick(r, [w.capitalize(), w.upper()[:1] + w[1:]]) + str(r.randrange(10, 9999)) + pick(r, sym)


def pw_gen(r, sym=SYM_ANY, n=None):
    n = n or r.randrange(14, 26)
    al = AN + sym
    while True:
        s = rs(r, al, n)
        if any(c in sym for c in s) and any(c.isdigit() for c in s) and s[0] not in "-=#;:!@&*%?^~.," \
                and s[-1] not in ".,:;":
            return s


def pw_phrase(r, sep="-"):
    k = r.randrange(3, 5)
    return sep.join(pick(r, WORDS) for _ in range(k)) + (sep + str(r.randrange(1, 99)) if r.random() < .5 else "")


def pw_leet(r):
    w = pick(r, WORDS)
    tr = {"a": "@", "e": "3", "i": "1", "o": "0", "s": "$"}
    s = "".join(tr.get(c, c) if r.random() < .7 else c for c in w)
    return s[0].upper() + s[1:] + str(r.randrange(1, 999)) + pick(r, "!#?")


def pw_alnum(r):
    return rs(r, AN, r.randrange(18, 33))


def pw_nonascii(r):
    return pick(r, NONASCII_WORDS) + pick(r, ["-", "_", "."]) + pick(r, WORDS).capitalize() + str(r.randrange(10, 999))


def pw_short(r):
    while True:
        s = rs(r, AN + "!@#$%&*", r.randrange(8, 11))
        if s[0].isalpha() and any(c.isdigit() for c in s):
            return s


def pw_any(r):
    return pick(r, [pw_word, pw_gen, pw_phrase, pw_leet, pw_alnum, pw_nonascii, pw_short])(r)


def pw_url(r):
    return pick(r, [lambda r: pw_word(r, "!*~.-"), lambda r: pw_gen(r, SYM_URL), pw_phrase, pw_alnum,
                    lambda r: pw_leet(r).replace("@", "4").replace("$", "5").replace("#", "~").replace("?", "!")])(r)


def pw_shell(r):
    return pick(r, [lambda r: pw_word(r, "%@.+=-"), lambda r: pw_gen(r, SYM_SHELL), pw_phrase, pw_alnum])(r)


def pw_q(r):
    """safe inside single or double quotes of most languages and XML (no quotes, backslash, $, <, &, `)"""
    return pick(r, [lambda r: pw_word(r, "!#%*?@."), lambda r: pw_gen(r, "!#%*+-=?@^_~.,:;"), pw_phrase, pw_alnum,
                    lambda r: pw_leet(r).replace("$", "5"), pw_nonascii, pw_short])(r).replace("$", "S").replace("&", "+")


def pw_yaml(r):
    return pick(r, [lambda r: pw_word(r, "!%*?@."), lambda r: pw_gen(r, "!%*+-=?@^_~."), pw_phrase, pw_alnum,
                    pw_nonascii])(r)


def pw_spaces(r):
    return " ".join(pick(r, WORDS) for _ in range(4))


# ---------------------------------------------------------------- keys and tokens
def github_pat(r):
    return "ghp_" + rs(r, AN, 36)


def github_fg(r):
    return "github_pat_11" + rs(r, UP + DG, 20) + "_" + rs(r, AN, 59)


def github_app(r):
    return pick(r, ["ghs_", "gho_", "ghu_", "ghr_"]) + rs(r, AN, 36)


def gitlab_pat(r):
    return "glpat-" + rs(r, AN + "-_", 20)


def gitlab_runner(r):
    return "glrt-" + rs(r, AN + "-_", 20)


def aws_akid(r):
    return pick(r, ["AKIA", "AKIA", "ASIA"]) + rs(r, UP + "234567", 16)


def aws_secret(r):
    return rs(r, B64, 40)


def slack_bot(r):
    return f"xoxb-{r.randrange(10**10, 10**12)}-{r.randrange(10**12, 10**13)}-{rs(r, AN, 24)}"


def slack_user(r):
    return f"xoxp-{r.randrange(10**10, 10**12)}-{r.randrange(10**10, 10**12)}-{r.randrange(10**12, 10**13)}-{rs(r, HEX, 32)}"


def slack_webhook_secret(r):
    return rs(r, AN, 24)


def stripe_sk(r):
    return pick(r, ["sk_live_", "rk_live_", "sk_test_"]) + rs(r, AN, r.choice([24, 99]))


def stripe_whsec(r):
    return "whsec_" + rs(r, AN, 32)


def sendgrid(r):
    return "SG." + rs(r, B64URL, 22) + "." + rs(r, B64URL, 43)


def mailgun(r):
    return "key-" + rs(r, HEX, 32)


def google_api(r):
    return "AIza" + rs(r, B64URL, 35)


def google_oauth_secret(r):
    return "GOCSPX-" + rs(r, B64URL, 28)


def openai_key(r):
    return pick(r, ["sk-proj-" + rs(r, B64URL, 156), "sk-" + rs(r, AN, 20) + "T3BlbkFJ" + rs(r, AN, 20)])


def anthropic_key(r):
    return "sk-ant-api03-" + rs(r, B64URL, 93) + "AA"


def hf_token(r):
    return "hf_" + rs(r, UP + LO, 34)


def npm_token(r):
    return "npm_" + rs(r, AN, 36)


def pypi_token(r):
    return "pypi-AgEIcHlwaS5vcmc" + rs(r, B64URL, 150)


def b64url(raw):
    return base64.urlsafe_b64encode(raw).decode().rstrip("=")


def jwt(r):
    hdr = b64url(b'{"alg":"HS256","typ":"JWT"}')
    body = b64url(('{"sub":"%d","name":"%s","iat":%d,"exp":%d}' % (
        r.randrange(1000, 99999), pick(r, FIRST), 1700000000 + r.randrange(10**7), 1760000000 + r.randrange(10**7))).encode())
    return f"{hdr}.{body}.{rs(r, B64URL, 43)}"


def azure_storage_key(r):
    return rs(r, B64, 86) + "=="


def azure_sas_sig(r):
    return rs(r, AN, 43).replace("", "")[:43] + "%3D"


def datadog_api(r):
    return rs(r, HEX, 32)


def datadog_app(r):
    return rs(r, HEX, 40)


def hex32(r):
    return rs(r, HEX, 32)


def hex40(r):
    return rs(r, HEX, 40)


def hex64(r):
    return rs(r, HEX, 64)


def shopify(r):
    return pick(r, ["shpat_", "shpss_", "shpca_"]) + rs(r, HEX, 32)


def square(r):
    return pick(r, ["EAAA" + rs(r, B64URL, 60), "sq0csp-" + rs(r, B64URL, 43)])


def do_token(r):
    return "dop_v1_" + rs(r, HEX, 64)


def vault_token(r):
    return "hvs." + rs(r, B64URL, 90)


def tfc_token(r):
    return rs(r, AN, 14) + ".atlasv1." + rs(r, AN, 67)


def postman(r):
    return f"PMAK-{rs(r, HEX, 24)}-{rs(r, HEX, 34)}"


def atlassian(r):
    return "ATATT3xFfGF0" + rs(r, B64URL, 170) + "=" + rs(r, HEX.upper(), 8)


def linear(r):
    return "lin_api_" + rs(r, AN, 40)


def databricks(r):
    return "dapi" + rs(r, HEX, 32)


def cloudflare(r):
    return rs(r, B64URL, 40)


def django_secret(r):
    return "django-insecure-" + rs(r, LO + DG + "!@#%^*(-_=+)", 50) if r.random() < .3 else rs(r, LO + DG + "!@#%^*(-_=+)", 50)


def rails_secret(r):
    return rs(r, HEX, 128)


def laravel_key(r):
    return "base64:" + base64.b64encode(bytes(r.randrange(256) for _ in range(32))).decode()


def b64secret(r, n=32):
    return base64.b64encode(bytes(r.randrange(256) for _ in range(n))).decode()


def b64_48(r):
    return b64secret(r, 48)


def telegram(r):
    return f"{r.randrange(10**9, 8*10**9)}:AA{rs(r, B64URL, 33)}"


def discord_bot(r):
    uid = str(r.randrange(10**17, 10**18)).encode()
    return base64.b64encode(uid).decode().rstrip("=") + "." + rs(r, B64URL, 6) + "." + rs(r, B64URL, 38)


def mapbox_secret(r):
    return "sk.eyJ1Ijoi" + rs(r, B64URL, 50) + "." + rs(r, B64URL, 22)


def age_secret(r):
    return "AGE-SECRET-KEY-1" + rs(r, "QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L".upper(), 58)


def wg_key(r):
    return base64.b64encode(bytes(r.randrange(256) for _ in range(32))).decode()


def nuget(r):
    return "oy2" + rs(r, LO + DG, 43)


def grafana_sa(r):
    return "glsa_" + rs(r, AN, 32) + "_" + rs(r, HEX, 8)


def newrelic(r):
    return "NRAK-" + rs(r, UP + DG, 27)


def firebase_server(r):
    return "AAAA" + rs(r, B64URL, 7) + ":APA91b" + rs(r, B64URL, 134)


def twilio_token(r):
    return rs(r, HEX, 32)


def sentry_token(r):
    return "sntrys_" + rs(r, B64URL, 60)


def any_vendor(r):
    return pick(r, [github_pat, gitlab_pat, slack_bot, stripe_sk, sendgrid, google_api, hf_token, npm_token,
                    do_token, linear, databricks, newrelic, grafana_sa, shopify, postman])(r)


def generic_secret(r):
    return pick(r, [hex32, hex40, hex64, b64secret, b64_48, lambda r: rs(r, AN, r.randrange(32, 49))])(r)


def _pem_body(r, nbytes):
    raw = bytes(r.randrange(256) for _ in range(nbytes))
    b = base64.b64encode(raw).decode()
    return [b[i:i + 64] for i in range(0, len(b), 64)]


def pem_lines(r):
    kind = pick(r, ["RSA PRIVATE KEY", "PRIVATE KEY", "EC PRIVATE KEY", "OPENSSH PRIVATE KEY"])
    n = {"RSA PRIVATE KEY": 600, "PRIVATE KEY": 630, "EC PRIVATE KEY": 121, "OPENSSH PRIVATE KEY": 300}[kind]
    return [f"-----BEGIN {kind}-----"] + _pem_body(r, n) + [f"-----END {kind}-----"]


def pem(r):
    return "\n".join(pem_lines(r))


def certificate(r):
    return "\n".join(["-----BEGIN CERTIFICATE-----"] + ["MIIB" + _pem_body(r, 380)[0][4:]] + _pem_body(r, 380)[1:]
                     + ["-----END CERTIFICATE-----"])


def pem_json(r):
    return "\\n".join(pem_lines(r))


# ---------------------------------------------------------------- look-alikes
def numeric_id(r):
    return str(r.randrange(10**11, 10**12))


def gcp_sa_email(r):
    return f"{pick(r, ['deployer', 'ci-runner', 'etl', 'terraform'])}@{pick(r, WORDS)}-prod-{r.randrange(100, 999)}.iam.gserviceaccount.com"


def uuid4(r):
    h = rs(r, HEX, 32)
    return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-{pick(r, '89ab')}{h[17:20]}-{h[20:]}"


def git_sha(r):
    return rs(r, HEX, 40)


def short_sha(r):
    return rs(r, HEX, r.choice([7, 8, 10]))


def sha256(r):
    return rs(r, HEX, 64)


def md5(r):
    return rs(r, HEX, 32)


def version4(r):
    return f"{r.randrange(1, 20)}.{r.randrange(0, 12)}.{r.randrange(0, 30)}.{r.randrange(0, 255)}"


def version3(r):
    return f"{r.randrange(0, 9)}.{r.randrange(0, 40)}.{r.randrange(0, 20)}"


def oid(r):
    return f"1.3.6.1.4.1.{r.randrange(1000, 60000)}.{r.randrange(1, 20)}.{r.randrange(1, 9)}"


def bcrypt_hash(r):
    return "$2b$12$" + rs(r, AN + "./", 53)


def argon2_hash(r):
    return f"$argon2id$v=19$m=65536,t=3,p=4${rs(r, B64.replace('+', ''), 22)}${rs(r, B64.replace('+', ''), 43)}"


def sha512crypt(r):
    return "$6$" + rs(r, AN + "./", 16) + "$" + rs(r, AN + "./", 86)


def mac(r):
    return ":".join(f"{r.randrange(256):02x}" for _ in range(6))


def trace_id(r):
    return rs(r, HEX, 32)


def docker_digest(r):
    return "sha256:" + rs(r, HEX, 64)


def sri(r):
    return "sha384-" + base64.b64encode(bytes(r.randrange(256) for _ in range(48))).decode()


def ssh_pub(r):
    return "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI" + rs(r, B64, 43)


def ssh_fp(r):
    return "SHA256:" + rs(r, B64, 43)


def gpg_fp(r):
    return rs(r, HEX.upper(), 40)


def stripe_pk(r):
    return "pk_live_" + rs(r, AN, 99)


def mapbox_public(r):
    return "pk.eyJ1Ijoi" + rs(r, B64URL, 50) + "." + rs(r, B64URL, 22)


def recaptcha_site(r):
    return "6L" + rs(r, B64URL, 38)


def twilio_sid(r):
    return "AC" + rs(r, HEX, 32)


def placeholder(r):
    return pick(r, ["changeme", "<your-password-here>", "YOUR_API_KEY", "xxxxxxxxxxxxxxxx", "********", "REPLACE_ME",
                    "<token>", "TODO", "your-secret-key", "dummy"])


def masked(r):
    return pick(r, ["****" + rs(r, AN, 4), rs(r, AN, 4) + "…" + rs(r, AN, 4), "•" * 12, "sk_live_****" + rs(r, AN, 4),
                    "ghp_" + "*" * 36, "[REDACTED]"])


def env_ref(r):
    v = pick(r, ["DB_PASSWORD", "API_TOKEN", "SECRET_KEY", "SMTP_PASS", "GITHUB_TOKEN", "REDIS_PASSWORD"])
    return pick(r, ["${" + v + "}", "$" + v, "${{ secrets." + v + " }}", "{{ " + v.lower() + " }}",
                    "%(" + v + ")s", "${env:" + v + "}", "os.environ['" + v + "']", "ENV['" + v + "']"])


def vault_ref(r):
    return pick(r, ["vault:secret/data/app#password", "arn:aws:secretsmanager:eu-west-1:%d:secret:app/db-%s" % (
        r.randrange(10**11, 10**12), rs(r, AN, 6)), "projects/%d/secrets/db-pass/versions/latest" % r.randrange(10**11, 10**12),
        "@Microsoft.KeyVault(SecretUri=https://kv-app.vault.azure.net/secrets/dbpass/)", "op://Infra/postgres/password"])


def ansible_vault(r):
    lines = ["$ANSIBLE_VAULT;1.1;AES256"] + [rs(r, HEX, 80) for _ in range(3)]
    return "\n".join(lines)


def jasypt(r):
    return "ENC(" + rs(r, B64, 32) + ")"


def aws_example(r):
    return pick(r, ["AKIAIOSFODNN7EXAMPLE", "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"])


def serial(r):
    return "-".join(rs(r, UP + DG, 5) for _ in range(5))


def msgid(r):
    return f"<{rs(r, HEX, 16)}.{r.randrange(10**5, 10**6)}@{pick(r, ['mail.gmail.com', 'mx.google.com', 'smtp.' + pick(r, CORP)])}>"


def age_public(r):
    return "age1" + rs(r, "qpzry9x8gf2tvdw0s3jn54khce6mua7l", 58)


def wg_public(r):
    return wg_key(r)


def sentry_public(r):
    return rs(r, HEX, 32)


def isbn(r):
    return f"978-{r.randrange(0, 9)}-{r.randrange(100, 999)}-{r.randrange(10000, 99999)}-{r.randrange(0, 9)}"


# ---------------------------------------------------------------- plain values (not labelled)
def user(r):
    return pick(r, ["admin", "app", "svc_" + pick(r, HOSTW), pick(r, FIRST), pick(r, FIRST) + "." + pick(r, LAST),
                    "deploy", "jenkins", "postgres", "root", "reporting", "etl_user"])


def host(r):
    return f"{pick(r, HOSTW)}{r.randrange(1, 9)}.{pick(r, ['prod', 'stg', 'eu', 'internal'])}.{pick(r, CORP)}"


def word(r):
    return pick(r, WORDS)


def port(r):
    return str(pick(r, [5432, 3306, 6379, 27017, 5672, 9092, 8080, 8443, 22, 2222, 1433, 1521, 9200, 11211]))


def num(r):
    return str(r.randrange(1, 9999))


def date(r):
    return f"2025-{r.randrange(1, 13):02d}-{r.randrange(1, 29):02d}"


def time(r):
    return f"{r.randrange(24):02d}:{r.randrange(60):02d}:{r.randrange(60):02d}"


def cidr(r):
    return str(r.choice([8, 16, 24, 28, 32]))
