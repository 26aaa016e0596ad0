"""Value generators for the eighth held-out redaction set (standard library only).

Every value is random with the documented shape of what it imitates; none is a real credential.
"""
import base64
import hashlib
import ipaddress
import json
import string

UP = string.ascii_uppercase
LO = string.ascii_lowercase
DG = string.digits
AN = UP + LO + DG
HEX = "0123456789abcdef"
B64 = AN + "+/"
B64U = AN + "-_"


class Lab:
    """A labelled value: tag, kind, text."""

    __slots__ = ("tag", "kind", "value")

    def __init__(self, tag, kind, value):
        self.tag, self.kind, self.value = tag, kind, value

    def __str__(self):
        return self.value


class Look:
    """A look-alike: kind, text (must stay unchanged)."""

    __slots__ = ("kind", "value")

    def __init__(self, kind, value):
        self.kind, self.value = kind, value

    def __str__(self):
        return self.value


def rs(rng, n, alpha=AN):
    return "".join(rng.choice(alpha) for _ in range(n))


# ---------------------------------------------------------------- e-mail
FIRST = ["anna", "bjorn", "carlos", "dmitri", "elif", "fatima", "gustavo", "hana", "ivan", "jun", "kofi",
         "lucia", "mateo", "nadia", "oskar", "priya", "quentin", "rahul", "sofia", "tomasz", "ulla", "vikram",
         "wen", "ximena", "yusuf", "zora", "aiko", "bernd", "chiara", "darius", "emeka", "freya", "goran",
         "ingrid", "jakub", "keiko", "lars", "mirela", "nikos", "olga", "pavel", "rosa", "sven", "thandi"]
LAST = ["okafor", "lindqvist", "moreau", "nakamura", "petrov", "santos", "kowalski", "haddad", "fischer",
        "oliveira", "tanaka", "novak", "rossi", "yilmaz", "andersen", "mendez", "kaur", "dubois", "schulz",
        "ivanova", "mwangi", "costa", "horvath", "nguyen", "bauer", "reyes", "sato", "eriksen", "quispe"]
PROVIDERS = ["gmail.com", "outlook.com", "yahoo.com", "proton.me", "gmx.de", "web.de", "yandex.ru", "qq.com",
             "163.com", "naver.com", "icloud.com", "fastmail.com", "mail.ru", "orange.fr", "libero.it",
             "seznam.cz", "wp.pl", "t-online.de", "hotmail.co.uk", "zoho.com", "aol.com", "protonmail.com"]
COMPANIES = ["korvalis-logistics.com", "brightmesa.io", "northwind-pay.de", "tallgrass-analytics.com",
             "quillfeather.co", "ostrava-robotics.cz", "bluepine-health.org", "vantaholm.se", "kestrelworks.net",
             "marisol-foods.es", "hakone-labs.jp", "lumenfield.ai", "redcedar-insurance.ca", "zephyrfreight.com",
             "orchidbank.com.sg", "saltmarsh.dev", "ironbridge-games.com", "tidewater-energy.com.au",
             "greyfjord.no", "azulmar.com.br", "pinnaclecrm.io", "fernhollow.nl", "copperleaf.in"]
ROLES = ["ops", "devops", "billing", "admin", "alerts", "noc", "security", "infra", "deploy", "sre", "it-support",
         "payments", "data-team", "backup", "monitoring"]


def email(rng, kind=None, company=None):
    f, l = rng.choice(FIRST), rng.choice(LAST)
    style = rng.randrange(6)
    if style == 0:
        local = f"{f}.{l}"
    elif style == 1:
        local = f"{f[0]}{l}"
    elif style == 2:
        local = f"{f}{rng.randrange(7, 99)}"
    elif style == 3:
        local = f"{f}_{l}"
    elif style == 4:
        local = f"{l}.{f[0]}"
    else:
        local = rng.choice(ROLES)
    if company or (company is None and rng.random() < 0.5):
        dom = company if isinstance(company, str) else rng.choice(COMPANIES)
        k = kind or ("company_role_email" if style == 5 else "company_email")
    else:
        dom = rng.choice(PROVIDERS)
        k = kind or "provider_email"
    return Lab("EMAIL", k, f"{local}@{dom}")


RESERVED_DOMAINS = ["example.com", "example.org", "example.net", "corp.example", "mail.test", "acme.invalid",
                    "dev.localhost"]


def reserved_email(rng):
    return Look("reserved_email", f"{rng.choice(FIRST)}@{rng.choice(RESERVED_DOMAINS)}")


def noreply_email(rng):
    return Look("github_noreply_email", f"{rng.randrange(1000000, 99999999)}+{rng.choice(FIRST)}{rng.choice(LAST)}"
                "@users.noreply.github.com")


def company(rng):
    return rng.choice(COMPANIES)


def person(rng):
    return f"{rng.choice(FIRST).capitalize()} {rng.choice(LAST).capitalize()}"


def user(rng):
    return rng.choice(["deploy", "app", "svc_etl", "jenkins", "backup", "report_ro", "admin", "api", "grafana",
                       "ci-runner", "webapp", "etl_loader", "keycloak", "sonar", "nexus", "airflow", "odoo"])


# ---------------------------------------------------------------- IP
def ip(rng, kind="global_ipv4"):
    while True:
        a = rng.choice([rng.randrange(1, 224), rng.choice([3, 13, 18, 34, 35, 45, 52, 64, 78, 81, 85, 91, 95,
                                                           104, 139, 141, 142, 147, 151, 157, 159, 167, 176,
                                                           185, 188, 193, 194, 195, 203, 212, 213, 217])])
        s = f"{a}.{rng.randrange(0, 256)}.{rng.randrange(0, 256)}.{rng.randrange(1, 255)}"
        if ipaddress.ip_address(s).is_global:
            return Lab("IP_ADDRESS", kind, s)


def ip6(rng, kind="global_ipv6"):
    while True:
        pre = rng.choice(["2a01", "2a02", "2a03", "2a05", "2600", "2604", "2606", "2607", "2620", "2800", "2c0f",
                          "2401", "2403", "2a00", "2001:67c", "2001:470"])
        n = 4 - pre.count(":")
        groups = [format(rng.randrange(0, 65536), "x") for _ in range(n - 1)]
        tail = format(rng.randrange(1, 65536), "x")
        s = pre + ":" + ":".join(groups) + "::" + tail
        if ipaddress.ip_address(s).is_global:
            return Lab("IP_ADDRESS", kind, s)


def private_ip(rng):
    c = rng.randrange(3)
    if c == 0:
        s = f"10.{rng.randrange(256)}.{rng.randrange(256)}.{rng.randrange(1, 255)}"
    elif c == 1:
        s = f"172.{rng.randrange(16, 32)}.{rng.randrange(256)}.{rng.randrange(1, 255)}"
    else:
        s = f"192.168.{rng.randrange(256)}.{rng.randrange(1, 255)}"
    return Look("private_ip", s)


def loopback_ip(rng):
    return Look("loopback_ip", rng.choice(["127.0.0.1", "127.0.0.1", f"127.0.{rng.randrange(2)}.{rng.randrange(1, 9)}"]))


def doc_ip(rng):
    return Look("doc_ip", f"{rng.choice(['192.0.2', '198.51.100', '203.0.113'])}.{rng.randrange(1, 255)}")


def cgnat_ip(rng):
    return Look("cgnat_ip", f"100.{rng.randrange(64, 128)}.{rng.randrange(256)}.{rng.randrange(1, 255)}")


def linklocal_ip(rng):
    return Look("link_local_ip", f"169.254.{rng.randrange(1, 255)}.{rng.randrange(1, 255)}")


def multicast_ip(rng):
    return Look("multicast_ip", f"{rng.randrange(224, 240)}.{rng.randrange(256)}.{rng.randrange(256)}.{rng.randrange(1, 255)}")


def ula6(rng):
    return Look("ula_ipv6", f"fd{rs(rng, 2, HEX)}:{format(rng.randrange(65536), 'x')}:{format(rng.randrange(65536), 'x')}::{format(rng.randrange(1, 999), 'x')}")


def doc6(rng):
    return Look("doc_ipv6", f"2001:db8:{format(rng.randrange(65536), 'x')}::{format(rng.randrange(1, 999), 'x')}")


def nonglobal_ip(rng):
    return rng.choice([private_ip, loopback_ip, doc_ip, cgnat_ip, linklocal_ip, private_ip])(rng)


def netmask(rng):
    return Look("netmask", rng.choice(["255.255.255.0", "255.255.0.0", "255.255.255.128", "255.255.255.240",
                                       "255.255.252.0"]))


# ---------------------------------------------------------------- look-alikes
def version(rng, parts=3):
    v = [str(rng.randrange(0, 12)), str(rng.randrange(0, 30)), str(rng.randrange(0, 40))]
    if parts == 4:
        v.append(str(rng.randrange(0, 300)))
    return Look("version_string", ".".join(v))


def uuid(rng):
    h = rs(rng, 32, HEX)
    h = h[:12] + "4" + h[13:16] + rng.choice("89ab") + h[17:]
    return Look("uuid", f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}")


def git_sha(rng):
    return Look("git_sha", rs(rng, 40, HEX))


def short_sha(rng):
    return Look("short_sha", rs(rng, rng.choice([7, 8, 10]), HEX))


def sha256(rng):
    return Look("sha256", rs(rng, 64, HEX))


def md5(rng):
    return Look("md5", rs(rng, 32, HEX))


def sri(rng):
    return Look("sri_hash", "sha512-" + base64.b64encode(bytes(rng.randrange(256) for _ in range(64))).decode())


def docker_digest(rng):
    return Look("docker_digest", "sha256:" + rs(rng, 64, HEX))


def bcrypt(rng):
    return Look("bcrypt_hash", "$2b$12$" + rs(rng, 53, AN + "./"))


def argon2(rng):
    return Look("argon2_hash", "$argon2id$v=19$m=65536,t=3,p=4$" + rs(rng, 22, AN + "+/") + "$" + rs(rng, 43, AN + "+/"))


def sha512crypt(rng):
    return Look("sha512_crypt", "$6$" + rs(rng, 16, AN + "./") + "$" + rs(rng, 86, AN + "./"))


def mac(rng):
    return Look("mac_address", ":".join(format(rng.randrange(256), "02x") for _ in range(6)))


def trace_id(rng):
    return Look("trace_id", rs(rng, 32, HEX))


def placeholder(rng, style=None):
    opts = ["<your-password>", "CHANGE_ME", "********", "xxxxxxxxxxxx", "<REDACTED>", "your_api_key_here",
            "TODO", "<secret>", "REPLACE_WITH_TOKEN", "...", "<password>", "${PASSWORD}", "{{ password }}"]
    return Look("placeholder", style or rng.choice(opts))


def env_ref(rng, name):
    return Look("env_reference", rng.choice([f"${{{name}}}", f"${name}", f"%{name}%", f"env:{name}"]))


def masked(rng, n=None):
    return Look("masked_value", rng.choice(["****", "********", "[FILTERED]", "[REDACTED]", "xxxx" + rs(rng, 4, DG)]))


def ssh_pub(rng):
    return Look("ssh_public_key", "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI" + rs(rng, 43, B64))


def ssh_fp(rng):
    return Look("ssh_fingerprint", "SHA256:" + rs(rng, 43, B64))


def gpg_fp(rng):
    return Look("gpg_fingerprint", rs(rng, 40, "0123456789ABCDEF"))


def stripe_pk(rng):
    return Look("stripe_publishable_key", "pk_live_" + rs(rng, 99, AN))


def aws_example(rng):
    return Look("aws_example_key", rng.choice(["AKIAIOSFODNN7EXAMPLE", "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"]))


def oid(rng):
    return Look("oid", "1.3.6.1.4.1." + ".".join(str(rng.randrange(1, 60000)) for _ in range(3)))


def wg_pub(rng):
    return Look("wireguard_public_key", base64.b64encode(bytes(rng.randrange(256) for _ in range(32))).decode())


def build_number(rng):
    return Look("build_number", f"{rng.randrange(1, 12)}.{rng.randrange(0, 9)}.{rng.randrange(0, 9)}.{rng.randrange(1000, 60000)}")


# ---------------------------------------------------------------- passwords
WORDS = ["harbor", "falcon", "granite", "velvet", "orchid", "thunder", "maple", "cobalt", "saffron", "glacier",
         "pepper", "lantern", "meadow", "raven", "cinder", "willow", "quartz", "tundra", "mango", "breeze",
         "copper", "nimbus", "sparrow", "juniper", "basalt", "canyon", "ember", "hazel", "walrus", "zenith"]
NONASCII = ["Kürbis", "Frühling", "señal", "corazón", "øresund", "żółw", "Grüße", "café", "pájaro", "ÿsolde",
            "медведь", "ßtraße", "Çamlıca"]
SYM_ALL = "!#%&*+-=?@^_~.$"


def pw(rng, ctx="quoted", style=None, kind=None):
    """A password; ctx limits characters: url, shell, xml, json, quoted, yaml, sql, bat, ini, plain, space."""
    syms = {"url": "!*-_.~", "shell": "#%+-=@^_.,:", "xml": "!#%*+-=?@^_~.$", "json": "!#%&*+-=?@^_~.$",
            "quoted": "!#%&*+-=?@^_~.", "yaml": "!#%&*+-=?@^_~.", "sql": "!#%&*+-=?@^_~.$", "bat": "!#*+-=?@_~.",
            "ini": "!&*+-=?@^_~.", "plain": "!#%&*+-=?@^_~.", "space": "!#%&*+-=?@^_~."}[ctx]
    styles = ["word_digits_sym", "generator", "passphrase", "leet", "alnum_long", "short_mixed", "nonascii",
              "caps_words"]
    if ctx in ("url", "shell", "bat", "xml"):
        styles.remove("nonascii")
    st = style or rng.choice(styles)
    if st == "word_digits_sym":
        v = rng.choice(WORDS).capitalize() + str(rng.randrange(10, 9999)) + rng.choice(syms)
    elif st == "generator":
        alpha = AN + syms
        while True:
            v = rs(rng, rng.randrange(14, 24), alpha)
            if any(c in syms for c in v) and any(c.isdigit() for c in v) and v[0] not in "-#!%@&*?":
                break
    elif st == "passphrase":
        sep = "-" if "-" in syms else "_"
        v = sep.join(rng.sample(WORDS, rng.randrange(3, 5))) + sep + str(rng.randrange(1, 99))
    elif st == "leet":
        w = rng.choice(WORDS) + rng.choice(WORDS)
        v = w.replace("a", "4").replace("e", "3").replace("o", "0").replace("i", "1").capitalize() + rng.choice(syms)
    elif st == "alnum_long":
        v = rs(rng, rng.randrange(20, 33))
    elif st == "short_mixed":
        v = rs(rng, 3, UP) + rs(rng, 3, LO) + rs(rng, 2, DG) + rng.choice(syms)
    elif st == "nonascii":
        v = rng.choice(NONASCII) + str(rng.randrange(10, 999)) + rng.choice(syms)
    elif st == "caps_words":
        v = "".join(w.capitalize() for w in rng.sample(WORDS, 3)) + str(rng.randrange(1, 99))
    elif st == "space":
        v = " ".join(rng.sample(WORDS, 4))
        st = "space_passphrase"
    if ctx == "yaml" and v[0] in "!&*%@#?-":
        v = "x" + v
    return Lab("PASSWORD", kind or ("password_" + st), v)


# ---------------------------------------------------------------- keys
def _k(kind, v):
    return Lab("KEY", kind, v)


def b64bytes(rng, n):
    return base64.b64encode(bytes(rng.randrange(256) for _ in range(n))).decode()


def b64url(s):
    return base64.urlsafe_b64encode(s.encode()).decode().rstrip("=")


def jwt(rng, claims=None, kind="jwt"):
    head = b64url(json.dumps({"alg": "HS256", "typ": "JWT"}, separators=(",", ":")))
    body = claims or {"sub": str(rng.randrange(10000, 999999)), "role": rng.choice(["service_role", "admin", "api"]),
                      "iat": 1700000000 + rng.randrange(10 ** 7)}
    payload = b64url(json.dumps(body, separators=(",", ":")))
    return _k(kind, f"{head}.{payload}.{rs(rng, 43, B64U)}")


KEYGENS = {
    "github_pat": lambda r: "ghp_" + rs(r, 36),
    "github_fine_grained_pat": lambda r: "github_pat_11" + rs(r, 20, UP + DG) + "_" + rs(r, 59),
    "github_oauth": lambda r: "gho_" + rs(r, 36),
    "github_app_token": lambda r: "ghs_" + rs(r, 36),
    "gitlab_pat": lambda r: "glpat-" + rs(r, 20, AN + "-_"),
    "gitlab_runner_token": lambda r: "glrt-" + rs(r, 20, AN + "-_"),
    "aws_access_key_id": lambda r: r.choice(["AKIA", "ASIA"]) + rs(r, 16, UP + "234567"),
    "aws_secret_access_key": lambda r: rs(r, 40, B64),
    "slack_bot_token": lambda r: f"xoxb-{r.randrange(10**10, 10**12)}-{r.randrange(10**12, 10**13)}-{rs(r, 24)}",
    "slack_user_token": lambda r: f"xoxp-{r.randrange(10**10, 10**12)}-{r.randrange(10**10, 10**12)}-{r.randrange(10**12, 10**13)}-{rs(r, 32, HEX)}",
    "slack_webhook_secret": lambda r: rs(r, 24),
    "stripe_secret_key": lambda r: "sk_live_" + rs(r, r.choice([24, 99])),
    "stripe_restricted_key": lambda r: "rk_live_" + rs(r, 99),
    "stripe_webhook_secret": lambda r: "whsec_" + rs(r, 32),
    "sendgrid_api_key": lambda r: "SG." + rs(r, 22, B64U) + "." + rs(r, 43, B64U),
    "mailgun_api_key": lambda r: "key-" + rs(r, 32, HEX),
    "google_api_key": lambda r: "AIza" + rs(r, 35, B64U),
    "google_oauth_client_secret": lambda r: "GOCSPX-" + rs(r, 28, B64U),
    "openai_api_key": lambda r: "sk-proj-" + rs(r, 74, B64U) + "T3BlbkFJ" + rs(r, 74, B64U),
    "anthropic_api_key": lambda r: "sk-ant-api03-" + rs(r, 93, B64U) + "AA",
    "huggingface_token": lambda r: "hf_" + rs(r, 34, UP + LO),
    "npm_token": lambda r: "npm_" + rs(r, 36),
    "pypi_token": lambda r: "pypi-AgEIcHlwaS5vcmc" + rs(r, 140, B64U),
    "azure_storage_key": lambda r: b64bytes(r, 64),
    "datadog_api_key": lambda r: rs(r, 32, HEX),
    "datadog_app_key": lambda r: rs(r, 40, HEX),
    "shopify_access_token": lambda r: "shpat_" + rs(r, 32, HEX),
    "digitalocean_token": lambda r: "dop_v1_" + rs(r, 64, HEX),
    "vault_token": lambda r: "hvs." + rs(r, 24) + rs(r, 66, AN + "_-"),
    "terraform_cloud_token": lambda r: rs(r, 14) + ".atlasv1." + rs(r, 67),
    "atlassian_api_token": lambda r: "ATATT3xFfGF0" + rs(r, 170, B64U) + "=" + rs(r, 8, "0123456789ABCDEF"),
    "linear_api_key": lambda r: "lin_api_" + rs(r, 40),
    "databricks_token": lambda r: "dapi" + rs(r, 32, HEX),
    "cloudflare_api_token": lambda r: rs(r, 40, AN + "_-"),
    "telegram_bot_token": lambda r: f"{r.randrange(10**8, 8 * 10**9)}:AA{rs(r, 33, AN + '_-')}",
    "discord_bot_token": lambda r: "M" + rs(r, 25, AN) + "." + rs(r, 6, B64U) + "." + rs(r, 38, B64U),
    "twilio_auth_token": lambda r: rs(r, 32, HEX),
    "sentry_auth_token": lambda r: "sntryu_" + rs(r, 64, HEX),
    "newrelic_user_key": lambda r: "NRAK-" + rs(r, 27, UP + DG),
    "grafana_service_token": lambda r: "glsa_" + rs(r, 32) + "_" + rs(r, 8, HEX),
    "postman_api_key": lambda r: "PMAK-" + rs(r, 24, HEX) + "-" + rs(r, 34, HEX),
    "square_access_token": lambda r: "EAAA" + rs(r, 60, B64U),
    "airtable_pat": lambda r: "pat" + rs(r, 14) + "." + rs(r, 64, HEX),
    "notion_token": lambda r: "ntn_" + rs(r, 46),
    "pulumi_token": lambda r: "pul-" + rs(r, 40, HEX),
    "doppler_token": lambda r: "dp.st.prd." + rs(r, 43),
    "flyio_token": lambda r: "fo1_" + rs(r, 43, B64U),
    "algolia_admin_key": lambda r: rs(r, 32, HEX),
    "mapbox_secret_token": lambda r: "sk.eyJ1Ijoi" + rs(r, 40, B64U) + "." + rs(r, 22, B64U),
    "heroku_api_key": lambda r: "HRKU-" + rs(r, 60, AN + "_-"),
    "okta_api_token": lambda r: "00" + rs(r, 40, AN + "-_"),
    "firebase_server_key": lambda r: "AAAA" + rs(r, 7, AN + "_-") + ":APA91b" + rs(r, 134, B64U),
    "age_secret_key": lambda r: "AGE-SECRET-KEY-1" + rs(r, 58, "QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L"),
    "wireguard_private_key": lambda r: b64bytes(r, 32),
    "django_secret_key": lambda r: "django-insecure-" + rs(r, 50, LO + DG + "!@#%^&*(-_=+)"),
    "rails_secret_key_base": lambda r: rs(r, 128, HEX),
    "laravel_app_key": lambda r: "base64:" + b64bytes(r, 32),
    "flask_secret_key": lambda r: rs(r, 64, HEX),
    "jwt_secret": lambda r: rs(r, 48, AN),
    "hmac_secret": lambda r: b64bytes(r, 48),
    "nuget_api_key": lambda r: "oy2" + rs(r, 43, LO + DG),
    "gcp_private_key_id": lambda r: rs(r, 40, HEX),
    "mistral_api_key": lambda r: rs(r, 32),
    "groq_api_key": lambda r: "gsk_" + rs(r, 52),
    "replicate_token": lambda r: "r8_" + rs(r, 37),
    "supabase_secret_key": lambda r: "sb_secret_" + rs(r, 31, AN + "_-"),
    "planetscale_password": lambda r: "pscale_pw_" + rs(r, 43, AN + "_-"),
    "docker_hub_pat": lambda r: "dckr_pat_" + rs(r, 27, AN + "_-"),
    "circleci_token": lambda r: "CCIPAT_" + rs(r, 22) + "_" + rs(r, 40, HEX),
    "jfrog_api_key": lambda r: "AKCp" + rs(r, 69),
    "sonar_token": lambda r: "squ_" + rs(r, 40, HEX),
    "netlify_token": lambda r: "nfp_" + rs(r, 36),
    "vercel_token": lambda r: rs(r, 24),
    "pagerduty_api_key": lambda r: "u+" + rs(r, 18, AN + "-_"),
    "mongodb_atlas_private_key": lambda r: f"{rs(r, 8, HEX)}-{rs(r, 4, HEX)}-{rs(r, 4, HEX)}-{rs(r, 4, HEX)}-{rs(r, 12, HEX)}",
    "snyk_token": lambda r: f"{rs(r, 8, HEX)}-{rs(r, 4, HEX)}-4{rs(r, 3, HEX)}-a{rs(r, 3, HEX)}-{rs(r, 12, HEX)}",
    "session_secret": lambda r: rs(r, 32, AN + "-_"),
    "api_key_generic": lambda r: rs(r, 40, AN),
    "basic_auth_b64": None,
}


def key(rng, kind):
    return _k(kind, KEYGENS[kind](rng))


def basic_b64(rng, user_name, password):
    return _k("basic_auth_b64", base64.b64encode(f"{user_name}:{password}".encode()).decode())


def b64_secret(rng, value, kind="k8s_secret_data"):
    return _k(kind, base64.b64encode(value.encode()).decode())


def pem(rng, kind="rsa", indent="", escape=False):
    lines = {"rsa": ("RSA PRIVATE KEY", 25), "ec": ("EC PRIVATE KEY", 4), "pkcs8": ("PRIVATE KEY", 26),
             "openssh": ("OPENSSH PRIVATE KEY", 6)}[kind]
    name, n = lines
    body = [rs(rng, 64, B64) for _ in range(n - 1)] + [rs(rng, rng.randrange(8, 60), B64) + "="]
    if kind == "rsa":
        body[0] = "MIIEow" + body[0][6:]
    if kind == "openssh":
        body[0] = "b3BlbnNzaC1rZXktdjEAAAAA" + body[0][24:]
    parts = [f"-----BEGIN {name}-----"] + body + [f"-----END {name}-----"]
    sep = "\\n" if escape else "\n" + indent
    return _k("pem_private_key_" + kind, sep.join(parts))


def cert(rng, indent=""):
    body = ["MIID" + rs(rng, 60, B64)] + [rs(rng, 64, B64) for _ in range(10)] + [rs(rng, 20, B64) + "=="]
    return Look("certificate", ("\n" + indent).join(["-----BEGIN CERTIFICATE-----"] + body + ["-----END CERTIFICATE-----"]))


def pubkey_pem(rng, indent=""):
    body = ["MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA" + rs(rng, 20, B64)] + [rs(rng, 64, B64) for _ in range(5)] + [rs(rng, 8, B64) + "IDAQAB"]
    return Look("public_key_pem", ("\n" + indent).join(["-----BEGIN PUBLIC KEY-----"] + body + ["-----END PUBLIC KEY-----"]))


def hexs(rng, n):
    return rs(rng, n, HEX)


def sha1_of(s):
    return hashlib.sha1(s.encode()).hexdigest()


# ---------------------------------------------------------------- rendering
import re as _re

_PH = _re.compile("\u27ea(\\w+)\u27eb")


def render(text, env):
    """Replace each \u27eaname\u27eb with env[name]; Lab/Look values become spans.

    Returns (content, labels, lookalikes) with Python str offsets, end exclusive."""
    out, labels, looks, pos, n = [], [], [], 0, 0
    for m in _PH.finditer(text):
        lit = text[pos:m.start()]
        out.append(lit)
        n += len(lit)
        v = env[m.group(1)]
        s = v.value if isinstance(v, (Lab, Look)) else str(v)
        if isinstance(v, Lab):
            labels.append({"tag": v.tag, "start": n, "end": n + len(s), "kind": v.kind})
        elif isinstance(v, Look):
            looks.append({"kind": v.kind, "start": n, "end": n + len(s)})
        out.append(s)
        n += len(s)
        pos = m.end()
    out.append(text[pos:])
    return "".join(out), labels, looks
