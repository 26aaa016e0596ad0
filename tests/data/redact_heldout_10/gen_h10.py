"""Value generators for held-out set 10 (standard library only).

Every value is random. Secrets imitate the documented shape of real token
families but none of them is a real credential. Labelled e-mails live at public
mail providers or invented company domains; labelled IPs are globally routable.
"""

import base64
import hashlib
import ipaddress
import string

# Markers used inside rendered template text.  make_heldout_10.py strips them and
# turns them into spans.  They are private-use characters that never occur in
# the generated text itself.
L_OPEN, SEP, CLOSE, K_OPEN = "\ue000", "\ue001", "\ue002", "\ue003"


def lab(tag, kind, value):
    return f"{L_OPEN}{tag}{SEP}{kind}{SEP}{value}{CLOSE}"


def look(kind, value):
    return f"{K_OPEN}{kind}{SEP}{value}{CLOSE}"


LOWER = string.ascii_lowercase
UPPER = string.ascii_uppercase
DIG = string.digits
ALNUM = LOWER + UPPER + DIG
HEX = "0123456789abcdef"
B64 = ALNUM + "+/"
B64URL = ALNUM + "-_"
CROCK = "ABCDEFGHJKMNPQRSTVWXYZ23456789"

FIRST = [
    "amelia", "bruno", "chiara", "dmitri", "elif", "farid", "greta", "hiro", "ines", "jonas",
    "kalinda", "lars", "mei", "nadia", "oskar", "priya", "quentin", "rosa", "soren", "tamsin",
    "ugo", "vera", "wanjiru", "xavier", "yusuf", "zofia", "aarav", "beatriz", "cormac", "dagny",
    "emeka", "fiona", "gustavo", "hana", "ilya", "joaquin", "keiko", "leandro", "maren", "nikolai",
    "olumide", "paulina", "rafael", "sakura", "teodor", "ulla", "valentin", "wei", "yara", "zeynep",
]
LAST = [
    "abernathy", "bergström", "castellano", "dorsey", "eklund", "fairweather", "gallagher", "haddad",
    "ivanova", "jablonski", "kowalczyk", "lindqvist", "moreau", "nakamura", "okafor", "petrov",
    "quigley", "rasmussen", "santoro", "takahashi", "underwood", "vasquez", "whitlock", "xu",
    "yamamoto", "zielinski", "achterberg", "bellweather", "contreras", "delacroix", "esposito",
    "fitzgerald", "grünewald", "hollis", "iqbal", "jovanovic", "kaur", "lombardi", "mcallister",
    "novak", "oyelaran", "pacheco", "renner", "sundberg", "trinh", "vogel", "winslow", "yilmaz",
]
PROVIDERS = [
    "gmail.com", "outlook.com", "yahoo.com", "proton.me", "icloud.com", "fastmail.com", "gmx.de",
    "web.de", "yandex.ru", "mail.ru", "hotmail.co.uk", "zoho.com", "aol.com", "qq.com", "163.com",
    "naver.com", "protonmail.com", "tutanota.com", "libero.it", "orange.fr", "seznam.cz", "wp.pl",
    "hey.com", "pm.me", "live.com", "btinternet.com", "t-online.de", "laposte.net", "rediffmail.com",
]
SYL = ["kes", "trel", "mar", "lo", "vant", "qui", "nor", "bel", "sta", "fen", "dor", "ax", "lum",
       "ri", "ven", "tor", "cal", "pha", "zen", "ob", "gri", "mon", "tes", "sel", "hap", "ur", "dyn"]
WORDS = ["freight", "labs", "works", "health", "pay", "cloud", "logistics", "studio", "data",
         "bank", "energy", "media", "robotics", "foods", "travel", "analytics", "mobility", "retail"]
TLDS = ["com", "io", "de", "co.uk", "net", "dev", "app", "fr", "nl", "se", "com.br", "co", "ai",
        "ch", "eu", "pl", "es", "jp", "ca", "at"]
DICT = [
    "harbor", "lantern", "quartz", "meadow", "falcon", "copper", "willow", "thunder", "saffron",
    "glacier", "orchid", "pepper", "marble", "canyon", "velvet", "ember", "raven", "cobalt",
    "juniper", "tundra", "biscuit", "compass", "nebula", "walnut", "pylon", "sierra", "mango",
    "oyster", "pixel", "rocket", "summit", "tango", "violet", "zephyr", "basalt", "cricket",
    "dolphin", "fjord", "gravel", "hazel", "igloo", "jasper", "kettle", "lemur", "mosaic",
]
NONASCII = ["Frühling", "Sonnenschein", "mañana", "Ørsted", "Łódź", "café", "Straße", "żubr",
            "évasion", "naïve", "čokoláda", "Größe", "niño", "Ålesund", "ŝtono"]
SYMS = "!#%*+-=?@^_~"


class G:
    """All value generators share one random.Random."""

    def __init__(self, rng):
        self.r = rng

    # ---------------------------------------------------------------- basics
    def s(self, n, alphabet=ALNUM):
        return "".join(self.r.choice(alphabet) for _ in range(n))

    def pick(self, seq):
        return self.r.choice(seq)

    def hexs(self, n):
        return self.s(n, HEX)

    def b64(self, nbytes, url=False, pad=True):
        raw = bytes(self.r.randrange(256) for _ in range(nbytes))
        out = base64.urlsafe_b64encode(raw) if url else base64.b64encode(raw)
        out = out.decode()
        return out if pad else out.rstrip("=")

    def num(self, a, b):
        return self.r.randint(a, b)

    def first(self):
        return self.pick(FIRST)

    def last(self):
        return self.pick(LAST)

    def user(self):
        f, l = self.first(), self.ascii(self.last())
        return self.pick([f, f"{f}.{l}", f"{f[0]}{l}", f"{l}{self.num(1, 99)}", f"{f}_{l[:4]}",
                          f"{f}{self.num(70, 99)}"])

    @staticmethod
    def ascii(w):
        table = str.maketrans({"ö": "o", "ü": "u", "ä": "a", "å": "a", "ø": "o", "é": "e"})
        return w.translate(table).replace("ß", "ss").replace("Ã", "a")

    def company(self):
        name = self.pick(SYL) + self.pick(SYL) + self.pick(["", self.pick(WORDS)])
        if len(name) < 5:
            name += self.pick(WORDS)
        return name

    def company_domain(self):
        return f"{self.company()}.{self.pick(TLDS)}"

    # ---------------------------------------------------------------- e-mail
    def email(self):
        if self.r.random() < 0.55:
            return f"{self.user()}@{self.pick(PROVIDERS)}"
        return self.work_email()

    def work_email(self, domain=None):
        d = domain or self.company_domain()
        f, l = self.first(), self.ascii(self.last())
        local = self.pick([f, f"{f}.{l}", f"{f[0]}.{l}", f"{f}{l[0]}", f"{l}.{f}"])
        return f"{local}@{d}"

    def role_email(self, domain=None):
        d = domain or self.company_domain()
        return f"{self.pick(['ops', 'billing', 'alerts', 'devops', 'security', 'hr', 'payroll', 'sre', 'noc', 'data-team', 'oncall', 'finance'])}@{d}"

    def reserved_email(self):
        u = self.pick(["user", "admin", "jane.doe", "test", "someone", "dev", "alice", "bob", "ci"])
        d = self.pick(["example.com", "example.org", "example.net", "corp.example", "mail.test",
                       "host.invalid", "localhost", "acme.example", "sub.example.com"])
        return f"{u}@{d}"

    def noreply_email(self):
        return f"{self.num(1000000, 99999999)}+{self.user().replace('.', '-')}@users.noreply.github.com"

    # ---------------------------------------------------------------- IPs
    def ip(self):
        while True:
            if self.r.random() < 0.4:
                a = self.pick([3, 13, 18, 34, 35, 45, 52, 54, 77, 91, 104, 142, 151, 185, 188, 203, 213])
            else:
                a = self.num(1, 223)
            cand = ipaddress.IPv4Address(f"{a}.{self.num(0, 255)}.{self.num(0, 255)}.{self.num(1, 254)}")
            if cand.is_global and not cand.is_multicast:
                return str(cand)

    def ip6(self):
        while True:
            groups = [self.pick(["2a01", "2a02", "2a05", "2600", "2604", "2607", "2620", "2804", "2c0f", "2403", "2406"])]
            groups += [self.hexs(4).lstrip("0") or "0" for _ in range(self.num(2, 3))]
            text = ":".join(groups) + "::" + (self.hexs(self.num(1, 4)).lstrip("0") or "1")
            cand = ipaddress.IPv6Address(text)
            if cand.is_global:
                return str(cand)

    def private_ip(self):
        k = self.num(0, 2)
        if k == 0:
            return f"10.{self.num(0, 255)}.{self.num(0, 255)}.{self.num(1, 254)}"
        if k == 1:
            return f"172.{self.num(16, 31)}.{self.num(0, 255)}.{self.num(1, 254)}"
        return f"192.168.{self.num(0, 255)}.{self.num(1, 254)}"

    def doc_ip(self):
        return self.pick(["192.0.2", "198.51.100", "203.0.113"]) + f".{self.num(1, 254)}"

    def cgnat_ip(self):
        return f"100.{self.num(64, 127)}.{self.num(0, 255)}.{self.num(1, 254)}"

    def linklocal_ip(self):
        return f"169.254.{self.num(1, 254)}.{self.num(1, 254)}"

    def loopback_ip(self):
        return self.pick(["127.0.0.1", f"127.0.{self.num(0, 1)}.{self.num(1, 9)}", "127.0.0.53"])

    def multicast_ip(self):
        return f"{self.num(224, 239)}.{self.num(0, 255)}.{self.num(0, 255)}.{self.num(1, 254)}"

    def ula6(self):
        return f"fd{self.hexs(2)}:{self.hexs(4)}:{self.hexs(4)}::{self.hexs(2).lstrip('0') or '1'}"

    def mac(self):
        return ":".join(self.hexs(2) for _ in range(6))

    # ---------------------------------------------------------------- passwords
    def password(self, style=None, safe=None):
        """A password.  `safe` limits symbols: 'url', 'shell', 'xml', 'json',
        'yaml', 'sql', 'bat', 'alnum'."""
        syms = {"url": "-_.~", "shell": "-_.%+=,", "xml": "!#%*+-=?_~.", "json": "!#%*+-=?@^_~.",
                "yaml": "!#%*+-=?_~.", "sql": "!#%*+-=?@^_~", "bat": "-_.#+", "alnum": "",
                None: SYMS}[safe]
        st = style or self.pick(["wordnum", "gen", "pass", "leet", "long", "short", "camel",
                                 "nonascii", "gen", "wordnum"])
        if st == "nonascii" and safe in ("url", "bat", "alnum", "shell"):
            st = "camel"
        sym = self.pick(syms) if syms else ""
        if st == "wordnum":
            return f"{self.pick(DICT).capitalize()}{self.num(10, 9999)}{sym}"
        if st == "gen":
            base = list(self.s(self.num(14, 22)) + (sym * 2 if sym else self.s(2, DIG)))
            self.r.shuffle(base)
            s = "".join(base)
            return s if s[0] not in syms else "x" + s
        if st == "pass":
            sep = self.pick(["-", ".", "_"]) if safe != "alnum" else ""
            return sep.join(self.pick(DICT) for _ in range(self.num(3, 4))) + str(self.num(1, 99))
        if st == "leet":
            w = self.pick(DICT) + self.pick(DICT)
            w = w.replace("a", "4").replace("e", "3").replace("o", "0").replace("i", "1")
            return w.capitalize() + (sym or "7") + str(self.num(0, 9))
        if st == "long":
            return self.s(self.num(24, 40))
        if st == "short":
            return self.s(self.num(8, 10), LOWER + UPPER) + str(self.num(1, 9)) + (sym or "Q")
        if st == "camel":
            return "".join(self.pick(DICT).capitalize() for _ in range(3)) + str(self.num(1, 999))
        if st == "nonascii":
            return f"{self.pick(NONASCII)}{self.num(10, 99)}{sym or '#'}{self.pick(DICT)}"
        raise ValueError(st)

    def passphrase_spaces(self):
        return " ".join(self.pick(DICT) for _ in range(self.num(4, 5)))

    # ---------------------------------------------------------------- keys
    def key(self, kind):
        return getattr(self, "k_" + kind)()

    def k_github_classic(self):
        return "ghp_" + self.s(36)

    def k_github_fine(self):
        return "github_pat_11" + self.s(20, UPPER + DIG) + "_" + self.s(59)

    def k_github_oauth(self):
        return "gho_" + self.s(36)

    def k_github_app(self):
        return "ghs_" + self.s(36)

    def k_github_refresh(self):
        return "ghr_" + self.s(76)

    def k_gitlab_pat(self):
        return "glpat-" + self.s(20, ALNUM + "-_")

    def k_gitlab_runner(self):
        return "glrt-" + self.s(20, ALNUM + "-_")

    def k_gitlab_deploy(self):
        return "gldt-" + self.s(20, ALNUM)

    def k_aws_id(self):
        return self.pick(["AKIA", "ASIA"]) + self.s(16, UPPER + "234567")

    def k_aws_secret(self):
        return self.s(40, ALNUM + "+/")

    def k_slack_bot(self):
        return f"xoxb-{self.num(10**10, 10**12)}-{self.num(10**12, 10**13)}-{self.s(24)}"

    def k_slack_user(self):
        return f"xoxp-{self.num(10**10, 10**12)}-{self.num(10**10, 10**12)}-{self.num(10**12, 10**13)}-{self.hexs(32)}"

    def k_slack_app(self):
        return f"xapp-1-A{self.s(10, UPPER + DIG)}-{self.num(10**12, 10**13)}-{self.hexs(64)}"

    def k_slack_webhook_path(self):
        return f"T{self.s(8, UPPER + DIG)}/B{self.s(10, UPPER + DIG)}/{self.s(24)}"

    def k_stripe_secret(self):
        return "sk_live_51" + self.s(97)

    def k_stripe_restricted(self):
        return "rk_live_51" + self.s(97)

    def k_stripe_webhook(self):
        return "whsec_" + self.s(32)

    def k_sendgrid(self):
        return f"SG.{self.s(22, B64URL)}.{self.s(43, B64URL)}"

    def k_mailgun(self):
        return f"{self.hexs(32)}-{self.hexs(8)}-{self.hexs(8)}"

    def k_google_api(self):
        return "AIza" + self.s(35, B64URL)

    def k_google_oauth_secret(self):
        return "GOCSPX-" + self.s(28, B64URL)

    def k_openai(self):
        return "sk-proj-" + self.s(64, B64URL) + "T3BlbkFJ" + self.s(64, B64URL)

    def k_anthropic(self):
        return "sk-ant-api03-" + self.s(93, B64URL) + "AA"

    def k_huggingface(self):
        return "hf_" + self.s(34, LOWER + UPPER)

    def k_npm(self):
        return "npm_" + self.s(36)

    def k_pypi(self):
        return "pypi-AgEIcHlwaS5vcmc" + self.s(self.num(120, 160), B64URL)

    def k_jwt(self):
        hdr = base64.urlsafe_b64encode(b'{"alg":"HS256","typ":"JWT"}').decode().rstrip("=")
        body = ('{"sub":"%d","role":"%s","iat":%d,"exp":%d}' % (
            self.num(1000, 99999), self.pick(["admin", "service", "reader", "svc-sync"]),
            self.num(1700000000, 1790000000), self.num(1790000001, 1900000000))).encode()
        return f"{hdr}.{base64.urlsafe_b64encode(body).decode().rstrip('=')}.{self.b64(32, url=True, pad=False)}"

    def k_supabase_service(self):
        hdr = base64.urlsafe_b64encode(b'{"alg":"HS256","typ":"JWT"}').decode().rstrip("=")
        body = ('{"iss":"supabase","ref":"%s","role":"service_role","iat":%d,"exp":%d}' % (
            self.s(20, LOWER), self.num(1690000000, 1720000000), self.num(2000000000, 2050000000))).encode()
        return f"{hdr}.{base64.urlsafe_b64encode(body).decode().rstrip('=')}.{self.b64(32, url=True, pad=False)}"

    def k_azure_storage(self):
        return self.b64(64)

    def k_azure_sas_sig(self):
        return self.b64(32).replace("+", "%2B").replace("/", "%2F").replace("=", "%3D")

    def k_azure_client_secret(self):
        return self.s(3, ALNUM) + "8Q~" + self.s(34, ALNUM + "_.-~")

    def k_datadog_api(self):
        return self.hexs(32)

    def k_datadog_app(self):
        return self.hexs(40)

    def k_shopify(self):
        return "shpat_" + self.hexs(32)

    def k_digitalocean(self):
        return "dop_v1_" + self.hexs(64)

    def k_vault(self):
        return "hvs." + self.s(24)

    def k_terraform_cloud(self):
        return self.s(14) + ".atlasv1." + self.s(67)

    def k_atlassian(self):
        return "ATATT3xFfGF0" + self.s(180, ALNUM + "-_") + "=" + self.hexs(8).upper()

    def k_linear(self):
        return "lin_api_" + self.s(40)

    def k_databricks(self):
        return "dapi" + self.hexs(32)

    def k_cloudflare(self):
        return self.s(40, ALNUM + "-_")

    def k_telegram(self):
        return f"{self.num(10**9, 8 * 10**9)}:AA{self.s(33, B64URL)}"

    def k_discord(self):
        first = base64.b64encode(str(self.num(10**17, 10**18)).encode()).decode().rstrip("=")
        return f"{first}.{self.s(6, B64URL)}.{self.s(38, B64URL)}"

    def k_twilio_token(self):
        return self.hexs(32)

    def k_newrelic(self):
        return "NRAK-" + self.s(27, UPPER + DIG)

    def k_grafana(self):
        return f"glsa_{self.s(32)}_{self.hexs(8)}"

    def k_postman(self):
        return f"PMAK-{self.hexs(24)}-{self.hexs(34)}"

    def k_okta(self):
        return "00" + self.s(40, ALNUM + "-_")

    def k_pulumi(self):
        return "pul-" + self.hexs(40)

    def k_groq(self):
        return "gsk_" + self.s(52)

    def k_replicate(self):
        return "r8_" + self.s(37)

    def k_docker_pat(self):
        return "dckr_pat_" + self.s(27, ALNUM + "-_")

    def k_sentry_auth(self):
        return "sntrys_" + self.b64(60, url=True, pad=False)

    def k_doppler(self):
        return "dp.st.prd." + self.s(43)

    def k_tailscale(self):
        return f"tskey-auth-k{self.s(10, ALNUM)}CNTRL-{self.s(33)}"

    def k_fly(self):
        return "fo1_" + self.s(43, B64URL)

    def k_render(self):
        return "rnd_" + self.s(32)

    def k_resend(self):
        return f"re_{self.s(8)}_{self.s(24)}"

    def k_pinecone(self):
        return "pcsk_" + self.s(5) + "_" + self.s(60)

    def k_notion(self):
        return "ntn_" + self.s(11, DIG) + self.s(35)

    def k_figma(self):
        return f"figd_{self.s(40, B64URL)}"

    def k_airtable(self):
        return f"pat{self.s(14)}.{self.hexs(64)}"

    def k_buildkite(self):
        return "bkua_" + self.hexs(40)

    def k_age_secret(self):
        return "AGE-SECRET-KEY-1" + self.s(58, "QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L")

    def k_elevenlabs(self):
        return "sk_" + self.hexs(48)

    def k_mistral(self):
        return self.s(32)

    def k_algolia_admin(self):
        return self.hexs(32)

    def k_mapbox_secret(self):
        payload = base64.urlsafe_b64encode(('{"u":"%s","a":"%s"}' % (self.user().replace('.', ''), self.s(25, LOWER + DIG))).encode()).decode().rstrip("=")
        return f"sk.{payload}.{self.s(22, B64URL)}"

    def k_dropbox(self):
        return "sl.u." + self.s(140, B64URL)

    def k_jenkins_api(self):
        return "11" + self.hexs(32)

    def k_bitbucket_app_pw(self):
        return "ATBB" + self.s(28) + self.hexs(8).upper()

    def k_cohere(self):
        return self.s(40)

    def k_deepgram(self):
        return self.hexs(40)

    def k_heroku(self):
        return "HRKU-AA" + self.s(58, B64URL)

    def k_hmac_hex(self):
        return self.hexs(64)

    def k_django_secret(self):
        return "django-insecure-" + self.s(50, LOWER + DIG + "!@#%^&*(-_=+)") if self.r.random() < 0.3 else self.s(50, LOWER + DIG + "!#%^&*(-_=+)")

    def k_rails_secret(self):
        return self.hexs(128)

    def k_laravel(self):
        return "base64:" + self.b64(32)

    def k_fernet(self):
        return self.b64(32, url=True)

    def k_nextauth(self):
        return self.b64(32)

    def k_session_secret(self):
        return self.s(self.num(32, 48))

    def k_wireguard_private(self):
        raw = bytearray(self.r.randrange(256) for _ in range(32))
        raw[0] &= 248
        raw[31] = (raw[31] & 127) | 64
        return base64.b64encode(bytes(raw)).decode()

    def k_wireguard_psk(self):
        return self.b64(32)

    def k_k8s_sa_token(self):
        hdr = base64.urlsafe_b64encode(('{"alg":"RS256","kid":"%s"}' % self.s(43, B64URL)).encode()).decode().rstrip("=")
        body = base64.urlsafe_b64encode(('{"iss":"kubernetes/serviceaccount","sub":"system:serviceaccount:%s:%s"}' % (
            self.pick(["ci", "monitoring", "argo", "default"]), self.pick(["deployer", "scraper", "bot"]))).encode()).decode().rstrip("=")
        return f"{hdr}.{body}.{self.b64(64, url=True, pad=False)}"

    def k_basic_auth(self, user=None, pw=None):
        u = user or self.user()
        p = pw or self.password(safe="alnum")
        return base64.b64encode(f"{u}:{p}".encode()).decode()

    def k_generic_hex(self):
        return self.hexs(self.pick([32, 40, 48]))

    def k_generic_alnum(self):
        return self.s(self.pick([32, 36, 40]))

    # ---------------------------------------------------------------- PEM
    def pem_private(self, kind="rsa", indent="", newline="\n"):
        header = {"rsa": "RSA PRIVATE KEY", "ec": "EC PRIVATE KEY", "pkcs8": "PRIVATE KEY",
                  "openssh": "OPENSSH PRIVATE KEY"}[kind]
        nbytes = {"rsa": 600, "ec": 121, "pkcs8": 630, "openssh": 390}[kind]
        if kind == "openssh":
            raw = b"openssh-key-v1\x00" + bytes(self.r.randrange(256) for _ in range(nbytes))
        elif kind == "ec":
            raw = b"\x30\x77\x02\x01\x01\x04\x20" + bytes(self.r.randrange(256) for _ in range(nbytes - 7))
        else:
            raw = b"\x30\x82\x04\xa4\x02\x01\x00" + bytes(self.r.randrange(256) for _ in range(nbytes))
        body = base64.b64encode(raw).decode()
        width = 70 if kind == "openssh" else 64
        lines = [body[i:i + width] for i in range(0, len(body), width)]
        out = [f"-----BEGIN {header}-----"] + lines + [f"-----END {header}-----"]
        return (newline + indent).join(out)

    # ---------------------------------------------------------------- look-alike values
    def uuid(self):
        h = self.hexs(32)
        return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-{self.pick('89ab')}{h[17:20]}-{h[20:]}"

    def sha256(self):
        return self.hexs(64)

    def sha1(self):
        return self.hexs(40)

    def short_sha(self):
        return self.hexs(self.pick([7, 8, 10, 12]))

    def md5(self):
        return self.hexs(32)

    def sri(self):
        alg = self.pick(["sha384", "sha512", "sha256"])
        n = {"sha256": 32, "sha384": 48, "sha512": 64}[alg]
        return f"{alg}-{self.b64(n)}"

    def docker_digest(self):
        return "sha256:" + self.hexs(64)

    def version(self, parts=3):
        v = [str(self.num(0, 12)), str(self.num(0, 40)), str(self.num(0, 30))]
        if parts == 4:
            v.append(str(self.num(1, 9999)))
        return ".".join(v)

    def oid(self):
        return self.pick(["1.3.6.1.4.1", "1.3.6.1.2.1", "2.16.840.1.113730", "1.2.840.113549.1"]) + "." + ".".join(str(self.num(1, 60)) for _ in range(self.num(2, 4)))

    def bcrypt(self):
        return f"$2{self.pick('aby')}${self.pick(['10', '12', '14'])}${self.s(53, ALNUM + './')}"

    def argon2(self):
        return f"$argon2id$v=19$m=65536,t=3,p=4${self.b64(16, pad=False)}${self.b64(32, pad=False)}"

    def sha512crypt(self):
        return f"$6${self.s(16, ALNUM + './')}${self.s(86, ALNUM + './')}"

    def pbkdf2_django(self):
        return f"pbkdf2_sha256$870000${self.s(22)}${self.b64(32)}"

    def ssh_pub(self, kind=None):
        k = kind or self.pick(["ed25519", "rsa", "ecdsa"])
        if k == "ed25519":
            return "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI" + self.s(43, B64)
        if k == "ecdsa":
            return "ecdsa-sha2-nistp256 AAAAE2VjZHNhLXNoYTItbmlzdHAyNTYAAAAIbmlzdHAyNTYAAABBB" + self.s(87, B64) + "="
        return "ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABgQ" + self.s(368, B64) + "="

    def ssh_fp(self):
        return "SHA256:" + self.b64(32, pad=False)

    def wg_public(self):
        return self.b64(32)

    def age_public(self):
        return "age1" + self.s(58, "qpzry9x8gf2tvdw0s3jn54khce6mua7l")

    def pem_public(self):
        body = base64.b64encode(b"0\x82\x01\"0\r\x06\t*\x86H\x86\xf7\r\x01\x01\x01\x05\x00" + bytes(self.r.randrange(256) for _ in range(270))).decode()
        return "-----BEGIN PUBLIC KEY-----\n" + "\n".join(body[i:i + 64] for i in range(0, len(body), 64)) + "\n-----END PUBLIC KEY-----"

    def cert(self):
        body = base64.b64encode(b"0\x82\x03" + bytes(self.r.randrange(256) for _ in range(420))).decode()
        return "-----BEGIN CERTIFICATE-----\n" + "\n".join(body[i:i + 64] for i in range(0, len(body), 64)) + "\n-----END CERTIFICATE-----"

    def stripe_pk(self):
        return "pk_live_51" + self.s(97)

    def stripe_test_pk(self):
        return "pk_test_51" + self.s(97)

    def sentry_dsn_key(self):
        return self.hexs(32)

    def twilio_sid(self):
        return "AC" + self.hexs(32)

    def ga_id(self):
        return "G-" + self.s(10, UPPER + DIG)

    def recaptcha_site(self):
        return "6L" + self.s(38, B64URL)

    def mapbox_public(self):
        payload = base64.urlsafe_b64encode(('{"u":"%s","a":"%s"}' % (self.user().replace('.', ''), self.s(25, LOWER + DIG))).encode()).decode().rstrip("=")
        return f"pk.{payload}.{self.s(22, B64URL)}"

    def gpg_fp(self):
        return " ".join(self.hexs(4).upper() for _ in range(10))

    def trace_id(self):
        return self.hexs(32)

    def aws_account(self):
        return str(self.num(10**11, 10**12 - 1))

    def fingerprint_colon(self):
        return ":".join(self.hexs(2) for _ in range(16))

    def placeholder(self, name="password"):
        return self.pick([f"<{name}>", f"<your-{name.replace('_', '-')}>", "CHANGE_ME", "REPLACE_ME", "********",
                          "xxxxxxxxxxxx", f"YOUR_{name.upper()}_HERE", "<redacted>", "TODO", "..."])

    def message_id(self, domain=None):
        return f"{self.num(10**11, 10**12)}.{self.hexs(8)}@{domain or 'mail.' + self.company_domain()}"


def sha256_file_text(text):
    return hashlib.sha256(text.encode()).hexdigest()
