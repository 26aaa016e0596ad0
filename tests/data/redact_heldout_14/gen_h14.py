"""Value generators for held-out set 14 (written from scratch for this set; standard library only).

Every value is random. Credential values follow the documented public shape of the format they imitate; none of
them is a real credential. Helpers return text wrapped in private-use markers:
U+E000 TAG|kind U+E001 value U+E002 (TAG is EMAIL, IP_ADDRESS, KEY, PASSWORD or LOOK).
"""
import base64
import hashlib
import ipaddress
import string

A_LO = string.ascii_lowercase
A_UP = string.ascii_uppercase
DIG = string.digits
ALNUM = A_LO + A_UP + DIG
HEX = "0123456789abcdef"
B64 = ALNUM + "+/"
B64URL = ALNUM + "-_"
B32 = A_UP + "234567"
BECH32 = "qpzry9x8gf2tvdw0s3jn54khce6mua7l"
B58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"


def mark(tag, kind, value):
    assert value and "\ue000" not in value
    return f"\ue000{tag}|{kind}\ue001{value}\ue002"


def L(tag, kind, value):
    return mark(tag, kind, value)


def LK(kind, value):
    return mark("LOOK", kind, value)


FIRST = ["ana", "bruno", "chiara", "dmitri", "emeka", "farah", "goran", "hana", "ines", "jomo", "kaisa", "liam",
         "mehmet", "nadia", "oskar", "priya", "quentin", "rasa", "sione", "tamar", "uzma", "viktor", "wanjiru",
         "xiadani", "yusuf", "zofia", "aroha", "bartek", "caoimhe", "dilnoza", "eero", "fatou", "gulnara", "hamid",
         "ilse", "jaroslav", "kofi", "leilani", "marek", "noor", "olumide", "paulo", "rhys", "saule", "tenzin",
         "ulla", "vesna", "wiremu", "yerlan", "zaid", "aigerim", "bogdan", "carys", "davit", "elif", "gwen",
         "helga", "ilir", "jurgis", "kalinda", "lauri", "mihail", "nkechi", "ottavio", "pille", "rustam"]
LAST = ["abara", "bergstrom", "cakir", "delacroix", "eze", "fonseca", "gashi", "haddad", "ivanova", "jones",
        "kowalczyk", "lindqvist", "mwangi", "nakamura", "oyelaran", "petrovic", "quispe", "rahman", "sato",
        "tamm", "urquhart", "varga", "wojcik", "xu", "yilmaz", "zelenko", "ahmeti", "baptiste", "ceballos",
        "dlamini", "evans", "fitzgerald", "grigoryan", "horvat", "ilves", "jankauskas", "kask", "lewandowski",
        "mamyrov", "ndiaye", "ozols", "pellegrini", "rautio", "sargsyan", "tkachenko", "uribe", "vella",
        "williams", "zamfir", "berzins", "kuznetsov", "mendoza", "oconnell", "park", "silva", "tanaka"]
PROVIDERS = ["gmail.com", "outlook.com", "hotmail.com", "yahoo.com", "proton.me", "protonmail.com", "icloud.com",
             "gmx.de", "web.de", "t-online.de", "posteo.de", "mailbox.org", "fastmail.com", "zoho.com",
             "yandex.ru", "mail.ru", "naver.com", "daum.net", "qq.com", "163.com", "seznam.cz", "wp.pl",
             "onet.pl", "libero.it", "orange.fr", "free.fr", "laposte.net", "bol.com.br", "uol.com.br",
             "yahoo.co.jp", "rediffmail.com", "hey.com", "tutanota.com", "aol.com", "gmx.at", "bluewin.ch",
             "telenet.be", "ziggo.nl", "inbox.lv", "abv.bg", "freemail.hu", "azet.sk", "email.cz", "sapo.pt"]
CORP_WORDS = ["harborline", "quillstack", "verdantio", "ostrava-rail", "kestrelworks", "lumenhaus", "tidewater",
              "birchgate", "coppervane", "nordlys", "saltmarsh", "emberfield", "marisol-labs", "pinecrest",
              "halcyon-freight", "ironbark", "juniperhealth", "kilnworks", "larchmont", "meridian-ag",
              "northwind-grain", "orchardline", "palisade-data", "quarryhill", "riverbend", "stonefly",
              "tallgrass", "umbra-systems", "vantablue", "wrenfield", "yarrowsoft", "zephyrine", "ambertrail",
              "bluejay-print", "cobaltmesa", "driftless", "estuary-bio", "fernhollow", "granite-peak",
              "hollowoak", "inkwell-press", "jadeport", "knotweed", "lodestar-av", "moorhen", "nettlebed"]
CORP_TLDS = ["com", "io", "dev", "co", "de", "nl", "se", "no", "fi", "ee", "lv", "pl", "cz", "sk", "hu", "pt",
             "com.au", "co.nz", "co.za", "com.br", "com.mx", "ca", "ch", "at", "be", "ie", "co.uk", "app",
             "tech", "cloud", "ai", "eu", "net", "org.uk", "com.tr", "ge", "am", "kz", "mn", "al", "mk", "si"]
ROLES = ["ops", "billing", "noc", "security", "admin", "it", "devops", "support", "payroll", "finance", "hr",
         "platform", "data", "sre", "helpdesk", "alerts", "accounts", "lab", "facilities", "studio"]

WORDS = ["harbor", "copper", "violet", "granite", "falcon", "meadow", "lantern", "thistle", "cobalt", "ember",
         "juniper", "saffron", "tundra", "marble", "willow", "quartz", "raven", "cedar", "sparrow", "orchid",
         "glacier", "pepper", "canyon", "nectar", "walrus", "fjord", "pickle", "tractor", "banjo", "kettle",
         "zephyr", "oyster", "mango", "basalt", "lilac", "puffin", "badger", "comet", "domino", "biscuit",
         "velvet", "almond", "cactus", "dynamo", "elbow", "gadget", "hazel", "igloo", "jigsaw", "koala",
         "ladder", "muffin", "noodle", "otter", "parsnip", "quiver", "rocket", "sundial", "turnip", "umbrella"]
NONASCII_WORDS = ["zażółć", "gęślą", "jaźń", "Größe", "Straße", "Bärlauch", "şifre", "güçlü", "ağaç",
                  "κωδικός", "ελιά", "θάλασσα", "пароль", "медведь", "зима", "щука", "árvíztűrő", "tükörfúró",
                  "jõgi", "šokolaad", "ķirsis", "mežs", "ščuka", "žltý", "čaj", "ćevap", "đurđica", "ütü",
                  "ağrı", "mëngjes", "ujëvarë", "ѕвезда", "кафе", "Ħobż", "ċirasa", "ĝardeno", "ŝipo", "ĉielo",
                  "hạnh", "sœur", "niño", "maçã", "coração", "fjäril", "smørbrød", "blåbær", "ærø", "æble",
                  "ξύλο", "ꦱꦼꦒ", "ջուր", "տուն", "ყვავილი", "ბაღი", "ಮನೆ", "নদী", "மழை", "ውሃ", "ᠮᠣᠷᠢ", "дала",
                  "тау", "көл", "бүргэд", "ভাত", "ночь", "ĳsje", "Ўзбек", "ağac", "qarğa", "gölməçə"]
SYMS = "!#%&*+-.:=?@^_~"


class G:
    """Random value generators bound to one seeded random.Random."""

    def __init__(self, r):
        self.r = r

    # ---------- primitives ----------
    def s(self, alphabet, n):
        return "".join(self.r.choice(alphabet) for _ in range(n))

    def hexs(self, n):
        return self.s(HEX, n)

    def pick(self, seq):
        return self.r.choice(seq)

    def num(self, a, b):
        return self.r.randint(a, b)

    def uuid(self):
        h = self.hexs(32)
        v = "4" + h[13:16]
        var = self.pick("89ab") + h[17:20]
        return f"{h[:8]}-{h[8:12]}-{v}-{var}-{h[20:32]}"

    def b64bytes(self, n, url=False, pad=True):
        raw = bytes(self.r.randrange(256) for _ in range(n))
        out = (base64.urlsafe_b64encode if url else base64.b64encode)(raw).decode()
        return out if pad else out.rstrip("=")

    # ---------- people ----------
    def person(self):
        return self.pick(FIRST), self.pick(LAST)

    def email_raw(self, style=None):
        f, l = self.person()
        style = style or self.pick(["prov", "prov", "corp", "corp", "role"])
        if style == "prov":
            local = self.pick([f"{f}.{l}", f"{f}{l[:3]}{self.num(1, 99)}", f"{f[0]}{l}", f"{f}_{l}",
                               f"{l}.{f}{self.num(70, 2009)}", f"{f}-{l}"])
            return f"{local}@{self.pick(PROVIDERS)}"
        dom = f"{self.pick(CORP_WORDS)}.{self.pick(CORP_TLDS)}"
        if style == "role":
            return f"{self.pick(ROLES)}@{dom}"
        local = self.pick([f"{f}.{l}", f"{f[0]}.{l}", f"{f}", f"{l}{f[0]}", f"{f}+{self.pick(ROLES)}"])
        return f"{local}@{dom}"

    def email(self, kind=None, style=None):
        e = self.email_raw(style)
        if kind is None:
            kind = "email_provider" if e.split("@")[1] in PROVIDERS else (
                "email_role" if e.split("@")[0] in ROLES else "email_corp")
        return L("EMAIL", kind, e)

    def corp_domain(self):
        return f"{self.pick(CORP_WORDS)}.{self.pick(CORP_TLDS)}"

    def reserved_email(self):
        f, l = self.person()
        dom = self.pick(["example.com", "example.org", "example.net", "corp.example", "mail.test",
                         "acme.invalid", "shop.example.com", "localhost", "lab.test", "users.example.org"])
        local = self.pick([f, f"{f}.{l}", "user", "admin", "jane.doe", "noreply", "test", "alice", "bob"])
        return LK("reserved_email", f"{local}@{dom}")

    # ---------- IPs ----------
    def ip_raw(self):
        while True:
            a = self.num(1, 223)
            s = f"{a}.{self.num(0, 255)}.{self.num(0, 255)}.{self.num(1, 254)}"
            ip = ipaddress.ip_address(s)
            if ip.is_global and not ip.is_multicast and a not in (100,):
                return s

    def ip(self, kind="public_ip"):
        return L("IP_ADDRESS", kind, self.ip_raw())

    def priv_ip_raw(self):
        k = self.num(0, 2)
        if k == 0:
            return f"10.{self.num(0, 255)}.{self.num(0, 255)}.{self.num(1, 254)}"
        if k == 1:
            return f"172.{self.num(16, 31)}.{self.num(0, 255)}.{self.num(1, 254)}"
        return f"192.168.{self.num(0, 255)}.{self.num(1, 254)}"

    def priv_ip(self):
        return LK("private_ip", self.priv_ip_raw())

    def doc_ip(self):
        base = self.pick(["192.0.2", "198.51.100", "203.0.113"])
        return LK("documentation_ip", f"{base}.{self.num(1, 254)}")

    def loop_ip(self):
        return LK("loopback_ip", self.pick(["127.0.0.1", "127.0.0.1", f"127.0.{self.num(0, 9)}.{self.num(1, 9)}"]))

    def cgnat_ip(self):
        return LK("cgnat_ip", f"100.{self.num(64, 127)}.{self.num(0, 255)}.{self.num(1, 254)}")

    def linklocal_ip(self):
        return LK("link_local_ip", f"169.254.{self.num(1, 254)}.{self.num(1, 254)}")

    def netmask(self):
        return LK("netmask", self.pick(["255.255.255.0", "255.255.0.0", "255.255.255.252", "255.255.255.248",
                                        "255.255.240.0", "255.255.255.128"]))

    def wildcard(self):
        return LK("wildcard_mask", self.pick(["0.0.0.255", "0.0.0.3", "0.0.255.255", "0.0.0.7"]))

    def nonpublic_ip(self):
        return self.pick([self.priv_ip, self.priv_ip, self.doc_ip, self.loop_ip, self.cgnat_ip])()

    def mac(self):
        return LK("mac_address", ":".join(self.hexs(2) for _ in range(6)))

    # ---------- identifiers / hashes (look-alikes) ----------
    def version4(self):
        return LK("version_4part", f"{self.num(1, 12)}.{self.num(0, 20)}.{self.num(0, 9)}.{self.num(0, 400)}")

    def version3(self):
        return LK("version_3part", f"{self.num(0, 9)}.{self.num(0, 30)}.{self.num(0, 20)}")

    def look_uuid(self, kind="uuid"):
        return LK(kind, self.uuid())

    def sha(self):
        return LK("git_sha", self.hexs(40))

    def short_sha(self):
        return LK("git_short_sha", self.hexs(self.pick([7, 8, 12])))

    def sha256(self, kind="sha256_checksum"):
        return LK(kind, self.hexs(64))

    def docker_digest(self):
        return LK("docker_digest", "sha256:" + self.hexs(64))

    def sri(self):
        return LK("sri_hash", "sha384-" + self.b64bytes(48))

    def bcrypt(self):
        return LK("bcrypt_hash", f"$2b${self.pick(['10', '12', '11'])}$" + self.s(ALNUM + "./", 53))

    def argon2(self):
        return LK("argon2_hash", "$argon2id$v=19$m=65536,t=3,p=4$" + self.b64bytes(16, pad=False) + "$"
                  + self.b64bytes(32, pad=False))

    def sha512crypt(self):
        return LK("sha512_crypt", "$6$" + self.s(ALNUM + "./", 16) + "$" + self.s(ALNUM + "./", 86))

    def yescrypt(self):
        return LK("yescrypt_hash", "$y$j9T$" + self.s(ALNUM + "./", 22) + "$" + self.s(ALNUM + "./", 43))

    def pbkdf2_django(self):
        return LK("django_pbkdf2_hash", f"pbkdf2_sha256$870000${self.s(ALNUM, 22)}${self.b64bytes(32)}")

    def ansible_vault(self):
        lines = ["$ANSIBLE_VAULT;1.1;AES256"] + [self.hexs(80) for _ in range(self.num(3, 5))] + [self.hexs(42)]
        return LK("ansible_vault", "\n".join(lines))

    def sops(self):
        return LK("sops_encrypted", f"ENC[AES256_GCM,data:{self.b64bytes(self.num(12, 30))},iv:{self.b64bytes(32)},"
                  f"tag:{self.b64bytes(16)},type:str]")

    def wg_public(self):
        return LK("wireguard_public_key", self.b64bytes(32))

    def ssh_pub(self):
        return LK("ssh_public_key", "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI" + self.s(B64, 43))

    def eth_address(self):
        return LK("eth_address", "0x" + self.hexs(40))

    def twilio_sid(self):
        return LK("twilio_account_sid", "AC" + self.hexs(32))

    def stripe_pk(self):
        return LK("stripe_publishable_key", "pk_live_" + self.s(ALNUM, 99))

    def mapbox_pk(self):
        payload = base64.b64encode(('{"u":"%s","a":"%s"}' % (self.s(A_LO, 8), self.s(A_LO + DIG, 25))).encode()).decode().rstrip("=")
        return LK("mapbox_public_token", "pk." + payload + "." + self.s(B64URL, 22))

    def placeholder(self, kind="placeholder"):
        return LK(kind, self.pick(["<your-api-key>", "YOUR_API_KEY_HERE", "changeme-in-prod", "xxxxxxxxxxxxxxxx",
                                   "<redacted>", "REPLACE_ME", "********", "<token>", "TODO-set-me"]))

    # ---------- passwords ----------
    def pw_raw(self, shape=None, allowed=None, symbols=SYMS):
        """allowed: None (any printable non-space ASCII minus quotes/backslash), or a string of extra symbols."""
        if allowed is not None and shape in ("app_groups", "space_phrase"):
            allowed += " "
        for _ in range(200):
            v = self._pw_shape(shape, symbols)
            if allowed is None or all(c.isalnum() or c in allowed for c in v):
                return v
        raise AssertionError(f"no password for {shape} {allowed}")

    def _pw_shape(self, shape, symbols):
        r = self.r
        shape = shape or self.pick(["word_digit_sym", "generated", "hyphen_phrase", "leet", "long_alnum",
                                    "short_mixed", "camel_run", "nonascii", "pronounceable", "season_year",
                                    "base64ish", "dotted_words", "keyboard_walk"])
        self._last_shape = shape
        if shape == "word_digit_sym":
            return self.pick(WORDS).capitalize() + self.pick(WORDS) + str(self.num(1, 9999)) + self.pick(symbols)
        if shape == "generated":
            n = self.num(14, 28)
            while True:
                v = self.s(ALNUM + symbols, n)
                if any(c in symbols for c in v) and any(c.isdigit() for c in v) and v[0].isalnum():
                    return v
        if shape == "hyphen_phrase":
            return "-".join(self.pick(WORDS) for _ in range(self.num(3, 5))) + str(self.num(0, 99))
        if shape == "leet":
            w = self.pick(WORDS) + self.pick(WORDS)
            tr = str.maketrans({"a": "4", "e": "3", "i": "1", "o": "0", "s": "$" if "$" in symbols else "5"})
            w = w.translate(tr)
            return w[0].upper() + w[1:] + self.pick(symbols)
        if shape == "long_alnum":
            return self.s(ALNUM, self.pick([24, 32, 40]))
        if shape == "short_mixed":
            while True:
                v = self.s(ALNUM, 7) + self.pick(symbols)
                v = "".join(r.sample(v, len(v)))
                if v[0].isalnum():
                    return v
        if shape == "camel_run":
            return "".join(self.pick(WORDS).capitalize() for _ in range(3)) + str(self.num(10, 99))
        if shape == "nonascii":
            w1, w2 = self.pick(NONASCII_WORDS), self.pick(NONASCII_WORDS)
            return w1 + self.pick(["-", "_", ".", ""]) + w2 + str(self.num(1, 999)) + self.pick(symbols)
        if shape == "pronounceable":
            cons, vow = "bcdfghjkmnprstvwz", "aeiou"
            v = "".join(self.pick(cons) + self.pick(vow) for _ in range(3)) + str(self.num(0, 9)) + self.pick(cons)
            return v[0].upper() + v[1:]
        if shape == "season_year":
            return self.pick(["Summer", "Winter", "Autumn", "Spring", "Monsoon", "Harvest"]) + str(
                self.num(2019, 2026)) + self.pick(symbols)
        if shape == "base64ish":
            return self.b64bytes(self.pick([12, 18, 24]), pad=False).replace("+", "P").replace("/", "s")
        if shape == "dotted_words":
            return f"{self.pick(WORDS)}.{self.pick(WORDS)}.{self.num(10, 999)}"
        if shape == "keyboard_walk":
            return self.pick(["Qaz2wsx", "Zaq1xsw2", "1qaz@WSX", "Mju7nhy6", "Plm0okn9", "Xsw2cde3"]) + self.pick(
                ["#edc", "!", "$rfv", "%tgb", "^yhn", "9ol."])
        if shape == "hex":
            return self.hexs(self.pick([16, 20, 32]))
        if shape == "pin":
            return str(self.num(1000, 99999999))
        if shape == "app_groups":
            return " ".join(self.s(A_LO, 4) for _ in range(4))
        if shape == "app_dashes":
            return "-".join(self.s(A_LO + DIG, 4) for _ in range(4))
        if shape == "space_phrase":
            return " ".join(self.pick(WORDS) for _ in range(self.num(4, 6)))
        raise ValueError(shape)

    def pw(self, shape=None, allowed=None, kind=None, symbols=SYMS):
        v = self.pw_raw(shape, allowed, symbols)
        return L("PASSWORD", kind or ("pw_" + self._last_shape), v)

    def pw_url(self, shape=None, kind=None):
        """Password that can sit unescaped in URL userinfo: letters, digits, -_.~ only."""
        shape = shape or self.pick(["generated", "hyphen_phrase", "long_alnum", "short_mixed", "camel_run",
                                    "pronounceable", "dotted_words", "base64ish"])
        return self.pw(shape, allowed="-_.~", kind=kind, symbols="-_.~")

    def pw_shell(self, shape=None, kind=None):
        return self.pw(shape, allowed="-_.@%+=:,#^~", kind=kind, symbols="-_.@%+=:,#^~")

    def pw_plain(self, shape=None, kind=None):
        """No characters that need escaping in most quoted strings (JSON, YAML, XML, INI)."""
        return self.pw(shape, allowed="-_.!#%*+=?@^~:", kind=kind, symbols="-_.!#%*+=?@^~:")

    # ---------- keys ----------
    def key(self, kind):
        return L("KEY", kind, self.key_raw(kind))

    def key_raw(self, kind):
        s, h = self.s, self.hexs
        f = {
            "github_classic_pat": lambda: "ghp_" + s(ALNUM, 36),
            "github_oauth": lambda: "gho_" + s(ALNUM, 36),
            "github_app_install": lambda: "ghs_" + s(ALNUM, 36),
            "github_refresh": lambda: "ghr_" + s(ALNUM, 36),
            "github_fine_grained": lambda: "github_pat_11" + s(A_UP + DIG, 20) + "_" + s(ALNUM, 59),
            "gitlab_pat": lambda: "glpat-" + s(B64URL, 20),
            "gitlab_runner": lambda: "glrt-" + s(B64URL, 20),
            "gitlab_deploy": lambda: "gldt-" + s(B64URL, 20),
            "gitlab_trigger": lambda: "glptt-" + h(40),
            "aws_access_key_id": lambda: "AKIA" + s(B32, 16),
            "aws_temp_key_id": lambda: "ASIA" + s(B32, 16),
            "aws_secret": lambda: s(B64, 40),
            "aws_session_token": lambda: "IQoJb3JpZ2luX2VjE" + s(B64, 300),
            "slack_bot": lambda: f"xoxb-{self.num(10**10, 10**12)}-{self.num(10**11, 10**13)}-{s(ALNUM, 24)}",
            "slack_user": lambda: f"xoxp-{self.num(10**10, 10**12)}-{self.num(10**10, 10**12)}-{self.num(10**11, 10**13)}-{h(32)}",
            "slack_app": lambda: f"xapp-1-A{s(A_UP + DIG, 10)}-{self.num(10**12, 10**13)}-{h(64)}",
            "slack_webhook_path": lambda: f"T{s(A_UP + DIG, 8)}/B{s(A_UP + DIG, 10)}/{s(ALNUM, 24)}",
            "stripe_secret": lambda: "sk_live_51" + s(ALNUM, 97),
            "stripe_restricted": lambda: "rk_live_51" + s(ALNUM, 97),
            "stripe_webhook_secret": lambda: "whsec_" + s(ALNUM, 32),
            "sendgrid": lambda: "SG." + s(B64URL, 22) + "." + s(B64URL, 43),
            "openai_project": lambda: "sk-proj-" + s(B64URL, 74) + "T3BlbkFJ" + s(B64URL, 74),
            "openai_svcacct": lambda: "sk-svcacct-" + s(B64URL, 74) + "T3BlbkFJ" + s(B64URL, 74),
            "anthropic": lambda: "sk-ant-api03-" + s(B64URL, 93) + "AA",
            "anthropic_admin": lambda: "sk-ant-admin01-" + s(B64URL, 93) + "AA",
            "google_api": lambda: "AIza" + s(B64URL, 35),
            "google_oauth_secret": lambda: "GOCSPX-" + s(B64URL, 28),
            "huggingface": lambda: "hf_" + s(A_LO + A_UP, 34),
            "npm": lambda: "npm_" + s(ALNUM, 36),
            "pypi": lambda: "pypi-AgEIcHlwaS5vcmc" + s(B64URL, self.pick([140, 160, 170])),
            "twilio_auth_token": lambda: h(32),
            "twilio_api_key_sid": lambda: "SK" + h(32),
            "mailgun": lambda: "key-" + h(32),
            "mailchimp": lambda: h(32) + "-us" + str(self.num(1, 21)),
            "telegram_bot": lambda: f"{self.num(10**8, 8 * 10**9)}:AA{s(B64URL, 33)}",
            "discord_bot": lambda: base64.b64encode(str(self.num(10**17, 10**18)).encode()).decode().rstrip("=")
            + "." + s(B64URL, 6) + "." + s(B64URL, 38),
            "digitalocean": lambda: "dop_v1_" + h(64),
            "shopify_admin": lambda: "shpat_" + h(32),
            "shopify_shared_secret": lambda: "shpss_" + h(32),
            "square_access": lambda: "EAAA" + s(B64URL, 60),
            "doppler_service": lambda: "dp.st." + self.pick(["prd", "stg", "dev"]) + "." + s(ALNUM, 40),
            "terraform_cloud": lambda: s(ALNUM, 14) + ".atlasv1." + s(ALNUM, 67),
            "vault_service": lambda: "hvs.CAESI" + s(B64URL, 86),
            "pulumi": lambda: "pul-" + h(40),
            "scaleway_access": lambda: "SCW" + s(A_UP + DIG, 17),
            "cloudflare_api_token": lambda: s(B64URL, 40),
            "cloudflare_global_key": lambda: h(37),
            "sentry_user_token": lambda: "sntryu_" + h(64),
            "postman": lambda: "PMAK-" + h(24) + "-" + h(34),
            "asana_pat": lambda: f"2/{self.num(10**15, 10**16)}/{self.num(10**15, 10**16)}:{h(32)}",
            "dropbox": lambda: "sl.u." + s(B64URL, 140),
            "shippo_live": lambda: "shippo_live_" + h(40),
            "mapbox_secret": lambda: "sk.eyJ1Ijoi" + s(B64URL, 60) + "." + s(B64URL, 22),
            "firebase_server": lambda: "AAAA" + s(B64URL, 7) + ":APA91b" + s(B64URL, 134),
            "azure_storage": lambda: self.b64bytes(64),
            "azure_openai": lambda: h(32),
            "age_secret": lambda: "AGE-SECRET-KEY-1" + s(BECH32, 58).upper(),
            "tailscale_auth": lambda: f"tskey-auth-k{s(ALNUM, 10)}CNTRL-{s(ALNUM, 33)}",
            "tailscale_api": lambda: f"tskey-api-k{s(ALNUM, 10)}CNTRL-{s(ALNUM, 33)}",
            "grafana_sa": lambda: "glsa_" + s(ALNUM, 32) + "_" + h(8),
            "databricks": lambda: "dapi" + h(32),
            "newrelic_user": lambda: "NRAK-" + s(A_UP + DIG, 27),
            "newrelic_license": lambda: h(36) + "NRAL",
            "dynatrace": lambda: "dt0c01." + s(A_UP + DIG, 24) + "." + s(A_UP + DIG, 64),
            "rubygems": lambda: "rubygems_" + h(48),
            "nuget": lambda: "oy2" + s(A_LO + DIG, 43),
            "dockerhub_pat": lambda: "dckr_pat_" + s(B64URL, 27),
            "netlify": lambda: "nfp_" + s(ALNUM, 40),
            "supabase_mgmt": lambda: "sbp_" + h(40),
            "resend": lambda: "re_" + s(ALNUM, 8) + "_" + s(ALNUM, 24),
            "airtable_pat": lambda: "pat" + s(ALNUM, 14) + "." + h(64),
            "notion": lambda: "ntn_" + s(ALNUM, 46),
            "linear": lambda: "lin_api_" + s(ALNUM, 40),
            "planetscale_token": lambda: "pscale_tkn_" + s(B64URL, 43),
            "groq": lambda: "gsk_" + s(ALNUM, 52),
            "xai": lambda: "xai-" + s(ALNUM, 80),
            "replicate": lambda: "r8_" + s(ALNUM, 37),
            "perplexity": lambda: "pplx-" + s(ALNUM, 48),
            "openrouter": lambda: "sk-or-v1-" + h(64),
            "langsmith": lambda: "lsv2_pt_" + h(32) + "_" + h(10),
            "wandb": lambda: h(40),
            "deepgram": lambda: h(40),
            "okta": lambda: "00" + s(B64URL, 40),
            "matrix_access": lambda: "syt_" + base64.b64encode(self.pick(FIRST).encode()).decode().rstrip("=")
            + "_" + s(ALNUM, 20) + "_" + s(ALNUM, 6),
            "gitea": lambda: h(40),
            "jenkins_api": lambda: "11" + h(32),
            "artifactory_ref": lambda: "cmVmdGtuOjAxOjE3" + s(ALNUM, 48),
            "sonarqube_user": lambda: "squ_" + h(40),
            "wireguard_private": lambda: self.wg_private(),
            "eth_private": lambda: "0x" + h(64),
            "totp_seed": lambda: s(B32, 32),
            "laravel_app_key": lambda: "base64:" + self.b64bytes(32),
            "rails_secret_key_base": lambda: h(128),
            "rails_master_key": lambda: h(32),
            "fernet": lambda: self.b64bytes(32, url=True),
            "django_secret": lambda: s(A_LO + DIG + "#%^&*-_=+", 50),
            "ghost_admin": lambda: h(24) + ":" + h(64),
            "mailjet_secret": lambda: h(32),
            "brevo": lambda: "xkeysib-" + h(64) + "-" + s(ALNUM, 16),
            "paypal_secret": lambda: "E" + s(B64URL, 79),
            "razorpay_secret": lambda: s(ALNUM, 24),
            "razorpay_key_id": lambda: "rzp_live_" + s(ALNUM, 14),
            "paystack_secret": lambda: "sk_live_" + h(40),
            "flutterwave_secret": lambda: "FLWSECK-" + h(32) + "-X",
            "mollie_live": lambda: "live_" + s(ALNUM, 30),
            "hmac_hex": lambda: h(64),
            "jwt_secret_b64": lambda: self.b64bytes(48),
            "binance_secret": lambda: s(ALNUM, 64),
            "hetzner_cloud": lambda: s(ALNUM, 64),
            "linode": lambda: h(64),
            "bitbucket_app_password": lambda: "ATBB" + s(ALNUM, 32),
            "atlassian_api": lambda: "ATATT3xFfGF0" + s(B64URL, 170) + "=" + h(8).upper(),
            "clerk_secret": lambda: "sk_live_" + s(ALNUM, 40),
            "pinecone": lambda: "pcsk_" + s(ALNUM, 5) + "_" + s(ALNUM, 63),
            "cohere": lambda: s(ALNUM, 40),
            "mistral": lambda: s(ALNUM, 32),
            "elevenlabs": lambda: "sk_" + h(48),
            "deepseek": lambda: "sk-" + h(32),
            "gemini": lambda: "AIza" + s(B64URL, 35),
            "coinbase_cdp_secret": lambda: self.b64bytes(64),
            "snmpv3_authkey": lambda: "0x" + h(40),
            "ldap_bind_pw_b64": lambda: self.b64bytes(18),
            "basic_auth_b64": lambda: self.basic_b64(),
            "mqtt_token": lambda: s(ALNUM, 48),
            "onesignal": lambda: "os_v2_app_" + s(A_LO + DIG, 100),
            "vercel": lambda: s(ALNUM, 24),
            "fly_token": lambda: "fo1_" + s(B64URL, 43),
            "infisical_st": lambda: "st." + self.uuid() + "." + h(32) + "." + h(32),
            "harbor_robot": lambda: s(ALNUM, 32),
            "hcloud_s3_secret": lambda: s(ALNUM, 40),
            "backblaze_app_key": lambda: "K00" + s(ALNUM + "/+", 28),
            "backblaze_key_id": lambda: "00" + h(23),
            "minio_secret": lambda: s(ALNUM, 40),
        }[kind]
        return f()

    def wg_private(self):
        raw = bytearray(self.r.randrange(256) for _ in range(32))
        raw[0] &= 248
        raw[31] = (raw[31] & 127) | 64
        return base64.b64encode(bytes(raw)).decode()

    def basic_b64(self):
        user = self.pick(["deploy", "ci", "svc-backup", "grafana", "registry", "jenkins", "mirror"])
        pw = self.pw_raw("generated", allowed="-_.!#%*+=?@^~", symbols="-_.!#%*+=?@^~")
        return base64.b64encode(f"{user}:{pw}".encode()).decode()

    def jwt(self, kind="jwt"):
        hdr = base64.urlsafe_b64encode(b'{"alg":"HS256","typ":"JWT"}').decode().rstrip("=")
        body = ('{"sub":"%s","role":"%s","iat":%d}' % (self.uuid(), self.pick(["service_role", "admin", "worker"]),
                                                       self.num(1600000000, 1760000000))).encode()
        b = base64.urlsafe_b64encode(body).decode().rstrip("=")
        return L("KEY", kind, f"{hdr}.{b}.{self.s(B64URL, 43)}")

    def pem(self, kind="openssh_private_key"):
        if kind == "openssh_private_key":
            body = "b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW" + self.s(B64, 330)
            lines = [body[i:i + 70] for i in range(0, len(body), 70)]
            v = "-----BEGIN OPENSSH PRIVATE KEY-----\n" + "\n".join(lines) + "\n-----END OPENSSH PRIVATE KEY-----"
        else:
            body = "MII" + self.s(B64, self.pick([600, 860]))
            lines = [body[i:i + 64] for i in range(0, len(body), 64)]
            v = "-----BEGIN PRIVATE KEY-----\n" + "\n".join(lines) + "\n-----END PRIVATE KEY-----"
        return L("KEY", kind, v)

    def md5(self, s):
        return hashlib.md5(s.encode()).hexdigest()
