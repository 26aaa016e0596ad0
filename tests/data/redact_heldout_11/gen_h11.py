"""Value generators for held-out set 11 (standard library only).

Every value is random but follows the documented shape of the credential or identifier it imitates.
None of them is a real credential.
"""
import base64
import hashlib
import ipaddress
import json
import string

LOW = string.ascii_lowercase
UP = string.ascii_uppercase
DIG = string.digits
ALNUM = LOW + UP + DIG
HEX = "0123456789abcdef"
B64 = ALNUM + "+/"
B64URL = ALNUM + "-_"
B32 = UP + "234567"
BECH = "QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L"

# markers: label  \ue000TAG\ue004kind\ue001value\ue002 ; look-alike \ue003kind\ue001value\ue002
def L(tag, kind, value):
    return f"\ue000{tag}\ue004{kind}\ue001{value}\ue002"


def A(kind, value):
    return f"\ue003{kind}\ue001{value}\ue002"


FIRST = ["anna", "jonas", "mehmet", "sofia", "lukas", "aiko", "priya", "diego", "olga", "tomasz", "ines",
         "kwame", "lena", "matteo", "yusuf", "freya", "hiroshi", "camille", "nadia", "rafael", "elif", "bjorn",
         "chiara", "dmitri", "amara", "soren", "lucia", "arjun", "marta", "viktor", "noor", "emeka", "hanna",
         "pablo", "ingrid", "kenji", "zofia", "omar", "greta", "tariq"]
LAST = ["kowalski", "nakamura", "okafor", "lindqvist", "ferreira", "schmidt", "rossi", "yilmaz", "dubois",
        "petrov", "haddad", "novak", "jensen", "moreau", "tanaka", "oliveira", "kaya", "horvat", "berg",
        "silva", "fischer", "ivanova", "mendes", "koch", "larsen", "suzuki", "bianchi", "nowak", "weber",
        "castillo", "dvorak", "ahmed", "virtanen", "kim", "costa", "meyer"]
PROVIDERS = ["gmail.com", "outlook.com", "hotmail.co.uk", "yahoo.co.jp", "gmx.de", "web.de", "proton.me",
             "icloud.com", "fastmail.com", "yandex.ru", "mail.ru", "laposte.net", "orange.fr", "libero.it",
             "seznam.cz", "wp.pl", "naver.com", "qq.com", "163.com", "zoho.com", "tutanota.com", "aol.com",
             "t-online.de", "free.fr", "ziggo.nl", "bluewin.ch", "posteo.de", "hey.com", "mailbox.org"]
CO1 = ["nordvik", "brightfern", "quillstone", "tidewater", "amberlane", "kestrel", "halvard", "orchidbay",
       "ferrocraft", "lumenpath", "cobaltreef", "saltmarsh", "redwillow", "ironbark", "silverbirch", "vantamo",
       "pinecrest", "gravelpit", "moonquay", "ashgrove", "harborlight", "tundralabs", "zephyrine", "kalmaro"]
CO2 = ["", "-labs", "-logistics", "-systems", "-health", "-energy", "-robotics", "-media", "-bank", "-games",
       "tech", "-freight", "-studio", "-analytics"]
TLDS = ["io", "de", "co", "dev", "com", "net", "fr", "nl", "se", "app", "cloud", "eu", "ch", "at", "pl",
        "com.br", "co.uk", "fi", "es", "it", "tech"]
ROLES = ["ops", "admin", "billing", "devops", "alerts", "noc", "it-support", "security", "backup", "reports",
         "dba", "hr", "payments", "sre", "mailer", "notify", "service", "jenkins", "deploy"]
WORDS = ["harbor", "maple", "cobalt", "rivet", "sunny", "falcon", "granite", "violet", "tundra", "walnut",
         "ember", "glacier", "pepper", "canyon", "orbit", "lantern", "meadow", "copper", "thistle", "raven",
         "saffron", "quartz", "willow", "breeze", "mango", "pixel", "velvet", "anchor", "comet", "juniper",
         "marble", "otter", "puffin", "cactus", "nimbus", "sprocket", "banjo", "fjord", "kettle", "lychee"]
NONASCII = ["Zürich", "Blümchen", "señor", "Ñandú", "Łódź", "Kraków", "Straße", "café", "Ørsted", "Malmö",
            "Ævar", "çiçek", "Şehir", "ğüzel", "Ärger", "niño", "Příbram", "žluťoučký", "Ålesund", "fête"]


class G:
    def __init__(self, r):
        self.r = r

    # ------------------------------------------------------------------ basics
    def s(self, alphabet, n):
        return "".join(self.r.choice(alphabet) for _ in range(n))

    def pick(self, seq):
        return self.r.choice(seq)

    def hexs(self, n):
        return self.s(HEX, n)

    def b64(self, nbytes, url=False):
        raw = bytes(self.r.randrange(256) for _ in range(nbytes))
        return (base64.urlsafe_b64encode(raw) if url else base64.b64encode(raw)).decode()

    def word(self):
        return self.pick(WORDS)

    def name(self):
        return self.pick(FIRST), self.pick(LAST)

    def user(self):
        f, l = self.name()
        return self.pick([f, f + l[0], f[0] + l, f + "." + l, f + "_" + l, l + str(self.r.randrange(10, 99))])

    def company_domain(self):
        return self.pick(CO1) + self.pick(CO2) + "." + self.pick(TLDS)

    # ------------------------------------------------------------------ labelled values
    def email_v(self, company=None):
        f, l = self.name()
        style = self.r.randrange(6)
        local = [f + "." + l, f[0] + l, f + l[:3] + str(self.r.randrange(1, 99)), f + "_" + l,
                 self.pick(ROLES), f + "+" + self.pick(["git", "ci", "alerts", "shop"])][style]
        if company is None:
            company = self.r.random() < 0.5
        dom = self.company_domain() if company else self.pick(PROVIDERS)
        return local + "@" + dom

    def ip_v(self):
        while True:
            a = self.r.randrange(1, 224)
            v = f"{a}.{self.r.randrange(256)}.{self.r.randrange(256)}.{self.r.randrange(1, 255)}"
            ip = ipaddress.ip_address(v)
            if ip.is_global and not ip.is_multicast:
                return v

    def ip6_v(self):
        pre = self.pick(["2a01:4f8", "2a00:1450", "2606:4700", "2a02:c207", "2001:41d0", "2604:a880"])
        v = pre + ":" + ":".join(f"{self.r.randrange(1, 65536):x}" for _ in range(2)) + "::" + f"{self.r.randrange(1, 4096):x}"
        assert ipaddress.ip_address(v).is_global
        return v

    SYM = {
        "plain": "!#$%&*+-.=?^_~@",
        "url": "-._~!*",
        "shell": "-_.+=%^,@",
        "json": "!#$%&*+-.=?^_~@/",
        "yaml": "!#%&*+-.=?^_~@",
        "xml": "!#$%*+-.=?^_~@/",
        "sql": "!#$%&*+-.=?^_~@",
        "ini": "!#$%&*+-.=?^_~@",
        "dq": "!#%&*+-.=?^_~@/",
        "hcl": "!#%&*+-.=?^_~@/",
        "word": "-_.",
    }

    def pw_v(self, ctx="plain", shape=None):
        r = self.r
        sym = self.SYM[ctx]
        shapes = ["wds", "gen", "phrase", "leet", "alnum", "short", "camel", "nonascii", "apple", "spaced"]
        if shape is None:
            shape = self.pick(shapes[:8] if ctx in ("url", "shell", "word") else shapes)
        if shape in ("nonascii",) and ctx in ("url", "shell", "word"):
            shape = "wds"
        if shape == "spaced" and ctx in ("url", "shell", "word", "ini"):
            shape = "phrase"
        if shape == "wds":
            w = self.word()
            return w.capitalize() + str(r.randrange(10, 9999)) + self.pick(sym)
        if shape == "gen":
            al = ALNUM + sym
            while True:
                v = self.s(al, r.randrange(14, 25))
                if any(c in sym for c in v) and any(c.isdigit() for c in v) and v[0] not in "-!#&*%@=":
                    return v
        if shape == "phrase":
            sep = self.pick([c for c in "-_." if c in sym or ctx != "word"] or ["-"])
            return sep.join(self.word() for _ in range(r.randrange(3, 5))) + sep + str(r.randrange(2, 99))
        if shape == "leet":
            w = self.word() + self.word()
            tr = {"a": "4", "e": "3", "o": "0", "i": "1", "s": "5", "t": "7"}
            w = "".join(tr.get(c, c) if r.random() < 0.6 else c for c in w)
            return w[0].upper() + w[1:] + self.pick(sym) + str(r.randrange(1, 99))
        if shape == "alnum":
            return self.s(ALNUM, r.randrange(20, 33))
        if shape == "short":
            return self.s(ALNUM, 5) + self.pick(sym) + self.s(DIG, 2)
        if shape == "camel":
            return "".join(self.word().capitalize() for _ in range(3)) + str(r.randrange(1, 999))
        if shape == "nonascii":
            return self.pick(NONASCII) + self.pick("-_.") + self.pick(NONASCII).lower() + str(r.randrange(1, 99))
        if shape == "apple":
            return "-".join(self.s(LOW, 4) for _ in range(4))
        if shape == "spaced":
            return " ".join(self.word() for _ in range(4))
        raise ValueError(shape)

    # keys: kind -> value
    def key_v(self, kind):
        r = self.r
        s = self.s
        if kind == "github_classic":
            return "ghp_" + s(ALNUM, 36)
        if kind == "github_oauth":
            return "gho_" + s(ALNUM, 36)
        if kind == "github_app":
            return "ghs_" + s(ALNUM, 36)
        if kind == "github_fine":
            return "github_pat_11" + s(UP + DIG, 20) + "_" + s(ALNUM, 59)
        if kind == "gitlab_pat":
            return "glpat-" + s(ALNUM + "_-", 20)
        if kind == "gitlab_runner":
            return "glrt-" + s(ALNUM + "_-", 20)
        if kind == "gitlab_deploy":
            return "gldt-" + s(ALNUM + "_-", 20)
        if kind == "aws_key_id":
            return self.pick(["AKIA", "ASIA"]) + s(B32, 16)
        if kind == "aws_secret":
            return s(ALNUM + "+/", 40)
        if kind == "slack_bot":
            return f"xoxb-{s(DIG, 12)}-{s(DIG, 13)}-{s(ALNUM, 24)}"
        if kind == "slack_user":
            return f"xoxp-{s(DIG, 12)}-{s(DIG, 12)}-{s(DIG, 13)}-{s(HEX, 32)}"
        if kind == "slack_webhook_path":
            return f"T{s(UP + DIG, 9)}/B{s(UP + DIG, 10)}/{s(ALNUM, 24)}"
        if kind == "stripe_secret":
            return "sk_live_" + s(ALNUM, 99)
        if kind == "stripe_restricted":
            return "rk_live_" + s(ALNUM, 99)
        if kind == "stripe_webhook":
            return "whsec_" + s(ALNUM, 32)
        if kind == "sendgrid":
            return "SG." + s(B64URL, 22) + "." + s(B64URL, 43)
        if kind == "google_api":
            return "AIza" + s(B64URL, 35)
        if kind == "openai":
            return "sk-proj-" + s(B64URL, 74) + "T3BlbkFJ" + s(B64URL, 74)
        if kind == "anthropic":
            return "sk-ant-api03-" + s(B64URL, 93) + "AA"
        if kind == "huggingface":
            return "hf_" + s(UP + LOW, 34)
        if kind == "npm":
            return "npm_" + s(ALNUM, 36)
        if kind == "pypi":
            return "pypi-AgEIcHlwaS5vcmc" + s(B64URL, 150)
        if kind == "jwt":
            return self.jwt_v()
        if kind == "twilio_auth":
            return s(HEX, 32)
        if kind == "shopify":
            return "shpat_" + s(HEX, 32)
        if kind == "mailchimp":
            return s(HEX, 32) + "-us" + str(r.randrange(1, 21))
        if kind == "discord_bot":
            uid = str(r.randrange(10 ** 17, 10 ** 18))
            return base64.b64encode(uid.encode()).decode().rstrip("=") + "." + s(B64URL, 6) + "." + s(B64URL, 38)
        if kind == "telegram_bot":
            return f"{r.randrange(10 ** 9, 8 * 10 ** 9)}:AA{s(B64URL, 33)}"
        if kind == "digitalocean":
            return "dop_v1_" + s(HEX, 64)
        if kind == "linear":
            return "lin_api_" + s(ALNUM, 40)
        if kind == "notion":
            return "ntn_" + s(DIG, 11) + s(ALNUM, 35)
        if kind == "atlassian":
            return "ATATT3xFfGF0" + s(B64URL, 180) + "=" + s(HEX.upper(), 8)
        if kind == "doppler":
            return "dp.st.prd." + s(ALNUM, 43)
        if kind == "vault":
            return "hvs." + s(B64URL, 90)
        if kind == "pulumi":
            return "pul-" + s(HEX, 40)
        if kind == "terraform_cloud":
            return s(ALNUM, 14) + ".atlasv1." + s(ALNUM, 67)
        if kind == "netlify":
            return "nfp_" + s(ALNUM, 36)
        if kind == "render":
            return "rnd_" + s(ALNUM, 32)
        if kind == "azure_storage":
            return self.b64(64)
        if kind == "azure_sas_sig":
            return self.b64(32).replace("+", "%2B").replace("/", "%2F").replace("=", "%3D")
        if kind == "mapbox_secret":
            return "sk.eyJ1Ijoi" + s(B64URL, 40) + "." + s(B64URL, 22)
        if kind == "sentry_auth":
            return "sntrys_" + self.b64(96, url=True).rstrip("=") + "_" + s(B64URL, 43)
        if kind == "databricks":
            return "dapi" + s(HEX, 32)
        if kind == "age_secret":
            return "AGE-SECRET-KEY-1" + s(BECH, 58)
        if kind == "tailscale":
            return "tskey-auth-k" + s(ALNUM, 10) + "CNTRL-" + s(ALNUM, 32)
        if kind == "cloudflare":
            return s(B64URL, 40)
        if kind == "algolia_admin":
            return s(HEX, 32)
        if kind == "okta":
            return "00" + s(B64URL, 40)
        if kind == "square":
            return "EAAA" + s(B64URL, 60)
        if kind == "postman":
            return "PMAK-" + s(HEX, 24) + "-" + s(HEX, 34)
        if kind == "newrelic":
            return "NRAK-" + s(UP + DIG, 27)
        if kind == "rollbar":
            return s(HEX, 32)
        if kind == "contentful":
            return "CFPAT-" + s(B64URL, 43)
        if kind == "twitch":
            return s(LOW + DIG, 30)
        if kind == "firebase_server":
            return "AAAA" + s(B64URL, 7) + ":APA91b" + s(B64URL, 134)
        if kind == "fly":
            return "FlyV1 fm2_" + s(B64URL, 120)
        if kind == "grafana_sa":
            return "glsa_" + s(ALNUM, 32) + "_" + s(HEX, 8)
        if kind == "dockerhub":
            return "dckr_pat_" + s(B64URL, 27)
        if kind == "hex32":
            return s(HEX, 32)
        if kind == "hex40":
            return s(HEX, 40)
        if kind == "hex64":
            return s(HEX, 64)
        if kind == "b64_32":
            return self.b64(32)
        if kind == "b64_48":
            return self.b64(48)
        if kind == "b64url_32":
            return self.b64(32, url=True).rstrip("=")
        if kind == "alnum40":
            return s(ALNUM, 40)
        if kind == "alnum24":
            return s(ALNUM, 24)
        if kind == "django_secret":
            return "django-insecure-" + s(LOW + DIG + "!@#%^&*(-_=+)", 50) if r.random() < 0.3 else s(LOW + DIG + "!#%^&*(-_=+)", 50)
        if kind == "rails_secret_base":
            return s(HEX, 128)
        if kind == "wireguard_private":
            raw = bytearray(r.randrange(256) for _ in range(32))
            raw[0] &= 248
            raw[31] = (raw[31] & 127) | 64
            return base64.b64encode(bytes(raw)).decode()
        if kind == "fernet":
            return self.b64(32, url=True)
        if kind == "laravel_app_key":
            return "base64:" + self.b64(32)
        if kind == "symfony_secret":
            return s(HEX, 32)
        if kind == "matrix_access":
            return "syt_" + base64.b64encode(self.word().encode()).decode().rstrip("=") + "_" + s(ALNUM, 20) + "_" + s(ALNUM, 6)
        if kind == "mqtt_token":
            return s(ALNUM, 32)
        if kind == "elastic_api":
            return base64.b64encode((s(B64URL, 20) + ":" + s(B64URL, 22)).encode()).decode()
        if kind == "influx_token":
            return s(B64URL, 86) + "=="
        raise ValueError(kind)

    def jwt_v(self, payload=None):
        hdr = {"alg": self.pick(["HS256", "RS256", "ES256"]), "typ": "JWT"}
        if payload is None:
            payload = {"sub": str(self.r.randrange(10 ** 5, 10 ** 7)), "iat": self.r.randrange(1_690_000_000, 1_760_000_000),
                       "role": self.pick(["service", "admin", "ingest", "reader"])}
        enc = lambda o: base64.urlsafe_b64encode(json.dumps(o, separators=(",", ":")).encode()).decode().rstrip("=")
        return enc(hdr) + "." + enc(payload) + "." + self.b64(32 if hdr["alg"] == "HS256" else 64, url=True).rstrip("=")

    def basic_v(self, user=None, pw=None):
        user = user or self.user()
        pw = pw or self.pw_v("plain", "gen")
        return base64.b64encode(f"{user}:{pw}".encode()).decode()

    def pem_v(self, kind="rsa", indent="", esc=False):
        head = {"rsa": "RSA PRIVATE KEY", "ec": "EC PRIVATE KEY", "pkcs8": "PRIVATE KEY",
                "openssh": "OPENSSH PRIVATE KEY", "enc": "ENCRYPTED PRIVATE KEY"}[kind]
        n = {"rsa": 900, "ec": 121, "pkcs8": 1190, "openssh": 400, "enc": 1250}[kind]
        body = self.b64(n)
        if kind == "openssh":
            body = "b3BlbnNzaC1rZXktdjEAAAAA" + body[24:]
        w = 70 if kind == "openssh" else 64
        lines = [f"-----BEGIN {head}-----"] + [body[i:i + w] for i in range(0, len(body), w)] + [f"-----END {head}-----"]
        if esc:
            return "\\n".join(lines)
        return ("\n" + indent).join(lines)

    # ------------------------------------------------------------------ look-alike values
    def priv_ip(self):
        k = self.r.randrange(3)
        if k == 0:
            return f"10.{self.r.randrange(256)}.{self.r.randrange(256)}.{self.r.randrange(1, 255)}"
        if k == 1:
            return f"192.168.{self.r.randrange(256)}.{self.r.randrange(1, 255)}"
        return f"172.{self.r.randrange(16, 32)}.{self.r.randrange(256)}.{self.r.randrange(1, 255)}"

    def doc_ip(self):
        return self.pick(["192.0.2.", "198.51.100.", "203.0.113."]) + str(self.r.randrange(1, 255))

    def cgnat_ip(self):
        return f"100.{self.r.randrange(64, 128)}.{self.r.randrange(256)}.{self.r.randrange(1, 255)}"

    def ll_ip(self):
        return self.pick(["169.254.169.254", f"169.254.{self.r.randrange(1, 255)}.{self.r.randrange(1, 255)}"])

    def mc_ip(self):
        return self.pick(["224.0.0.251", "239.255.255.250", f"239.{self.r.randrange(256)}.{self.r.randrange(256)}.{self.r.randrange(1, 255)}", "224.0.0.18"])

    def netmask(self):
        return self.pick(["255.255.255.0", "255.255.0.0", "255.255.255.252", "255.255.255.128", "255.255.240.0", "0.0.0.255"])

    def version4(self):
        return f"{self.r.randrange(1, 12)}.{self.r.randrange(0, 20)}.{self.r.randrange(0, 30)}.{self.r.randrange(0, 300)}"

    def version3(self):
        return f"{self.r.randrange(0, 9)}.{self.r.randrange(0, 40)}.{self.r.randrange(0, 20)}"

    def uuid(self):
        h = self.hexs(32)
        return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-{self.pick('89ab')}{h[17:20]}-{h[20:]}"

    def sha256(self):
        return self.hexs(64)

    def gitsha(self):
        return self.hexs(40)

    def sri(self):
        return "sha384-" + self.b64(48)

    def digest(self):
        return "sha256:" + self.hexs(64)

    def bcrypt(self):
        return "$2b$12$" + self.s(ALNUM + "./", 53)

    def argon2(self):
        return "$argon2id$v=19$m=65536,t=3,p=4$" + self.b64(16).rstrip("=") + "$" + self.b64(32).rstrip("=")

    def sha512crypt(self):
        return "$6$" + self.s(ALNUM + "./", 16) + "$" + self.s(ALNUM + "./", 86)

    def ssh_pub(self):
        return "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI" + self.s(B64, 43)

    def wg_pub(self):
        return self.b64(32)

    def oid(self):
        return self.pick(["1.3.6.1.4.1.", "1.2.840.113549.1.", "2.16.840.1.113730."]) + ".".join(str(self.r.randrange(1, 40)) for _ in range(3))

    def mac(self):
        return ":".join(self.hexs(2) for _ in range(6))

    def reserved_email(self):
        return self.user().replace("+", "") + "@" + self.pick(["example.com", "example.org", "example.net", "corp.example", "mail.test", "host.invalid"])

    def noreply(self):
        return f"{self.r.randrange(10 ** 6, 10 ** 8)}+{self.user().replace('.', '-').replace('_', '-')}@users.noreply.github.com"

    def stripe_pk(self):
        return "pk_live_" + self.s(ALNUM, 99)

    def sentry_dsn_pub(self):
        return self.hexs(32)

    def numid(self):
        return str(self.r.randrange(10 ** 8, 10 ** 12))

    def placeholder(self):
        return self.pick(["changeme", "<your-password>", "REPLACE_ME", "xxxxxxxx", "********", "TODO", "<token>", "your-api-key-here"])
