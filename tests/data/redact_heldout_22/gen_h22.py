"""Value generators for held-out set 22 (stdlib only, written from scratch for this set).

Every value is random but shaped like what it imitates.  None is a real credential.
Planted values are wrapped in private-use markers: U+E000 TAG|kind U+E001 value U+E002.
"""

import base64
import hashlib
import ipaddress
import string

M0, M1, M2 = "\ue000", "\ue001", "\ue002"

LOWER = string.ascii_lowercase
UPPER = string.ascii_uppercase
DIGITS = string.digits
ALNUM = LOWER + UPPER + DIGITS
HEX = "0123456789abcdef"
B64URL = ALNUM + "-_"
B58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"

# characters each context may carry besides letters and digits
CTX_SYMBOLS = {
    "url": "-_.~",
    "shell": "-_.+,:=%^",
    "ini": "-_.!+=^%~",
    "quoted": "-_.!#%*+=?^~:,",
    "yaml": "-_.!+=^",
    "net": "-_.",
    "prose": "-_.!#%*+=?^~",
}

FIRST = ["amara", "bjorn", "chidi", "dagny", "esme", "farid", "greta", "hamid", "ines", "jovan", "kaito", "leila",
         "marek", "nadia", "odile", "pavel", "quyen", "rosa", "sanjay", "tamsin", "ulla", "vikram", "wanjiru",
         "ximena", "yusuf", "zofia", "anouk", "bram", "cosima", "dario", "elif", "fenna", "gideon", "hana",
         "ilse", "joaquin", "kerstin", "lucian", "mireia", "nils", "oona", "priya", "ragnar", "saoirse", "teodor",
         "umaima", "valter", "wren", "yara", "zeynep"]
LAST = ["achterberg", "balogun", "castellanos", "dvorak", "eriksen", "fonseca", "gallagher", "holmqvist",
        "ibrahimovic", "jaramillo", "kowalczyk", "lindqvist", "mwangi", "nakagawa", "okonkwo", "pellegrini",
        "quintero", "rautio", "szabo", "tanaka", "uribe", "vasquez", "wojcik", "yilmaz", "zielinski", "abernathy",
        "brennan", "cardoso", "delacroix", "esposito", "fairweather", "gunawardena", "haugland", "iwasaki",
        "juarez", "kettunen", "lombardi", "marchetti", "nyberg", "ostrowski"]
PUBLIC_MAIL = ["gmail.com", "outlook.com", "proton.me", "yahoo.com", "icloud.com", "gmx.net", "fastmail.com",
               "zoho.com", "hey.com", "tutanota.com", "web.de", "libero.it", "orange.fr", "seznam.cz", "wp.pl",
               "mail.ru", "naver.com", "yandex.com", "hotmail.co.uk", "posteo.de", "laposte.net", "rediffmail.com"]
SYL = ["kor", "vel", "tan", "mira", "bex", "ost", "lum", "qua", "dri", "fen", "gal", "hob", "zen", "pyr", "sol",
       "tru", "wex", "nor", "lin", "cad", "rho", "vix", "ama", "tor", "bel", "nix", "oro", "sam", "ute", "yol"]
TLDS = ["com", "io", "dev", "co", "net", "de", "nl", "fi", "co.uk", "com.au", "ca", "app", "tech", "se", "pt", "ch"]
RESERVED_DOMAINS = ["example.com", "example.org", "example.net", "corp.example", "mail.test", "acme.test",
                    "host.invalid", "shop.example", "dev.localhost", "staging.test"]

WORDS = ["harbor", "lantern", "pepper", "cobalt", "meadow", "falcon", "walnut", "glacier", "saffron", "tundra",
         "marble", "quiver", "ember", "juniper", "thistle", "orchid", "basalt", "comet", "drizzle", "mango",
         "nimbus", "otter", "parsley", "quartz", "raven", "sorrel", "tango", "umber", "velvet", "wombat", "yonder",
         "zephyr", "biscuit", "cactus", "dynamo", "fjord", "gravel", "hazel", "igloo", "jasper", "kettle", "lilac"]
RIVERS = ["Mekong", "Zambezi", "Orinoco", "Dnieper", "Irrawaddy", "Limpopo", "Yukon", "Tagus", "Ebro", "Vistula",
          "Murray", "Okavango", "Salween", "Volta", "Amur", "Drina", "Kolyma"]
SEASONS = ["Spring", "Summer", "Autumn", "Winter", "Monsoon", "Harvest"]
WALKS = ["qwerty", "asdfgh", "zxcvbn", "1qaz2wsx", "qazwsx", "poiuyt", "mnbvcx", "wsxedc"]


class Gen:
    def __init__(self, rng):
        self.r = rng

    # ---------- markers ----------
    def lab(self, tag, kind, value):
        return f"{M0}{tag}|{kind}{M1}{value}{M2}"

    def look(self, kind, value):
        return f"{M0}LOOK|{kind}{M1}{value}{M2}"

    # ---------- basics ----------
    def pick(self, seq):
        return self.r.choice(seq)

    def chars(self, alphabet, n):
        return "".join(self.r.choice(alphabet) for _ in range(n))

    def num(self, a, b):
        return self.r.randint(a, b)

    def name(self):
        return self.pick(FIRST), self.pick(LAST)

    def company(self):
        return self.pick(SYL) + self.pick(SYL) + self.pick(["", "", "labs", "works", "data", "soft", "hq", "ly"])

    def company_domain(self):
        return self.company() + "." + self.pick(TLDS)

    def host(self, dom=None):
        return self.pick(["db", "api", "mq", "edge", "vpn", "git", "mail", "ci", "cache", "ops", "files"]) + \
            str(self.num(1, 9)) + "." + (dom or self.company_domain())

    # ---------- e-mail ----------
    def email_raw(self, domain=None):
        f, l = self.name()
        local = self.pick([f"{f}.{l}", f"{f[0]}{l}", f"{f}{self.num(1, 99)}", f"{l}.{f[0]}", f"{f}_{l}",
                           f"{f}", f"{f}-{l[:4]}"])
        return f"{local}@{domain or self.pick([self.pick(PUBLIC_MAIL), self.company_domain()])}"

    def email(self, kind="email", domain=None):
        return self.lab("EMAIL", kind, self.email_raw(domain))

    def role_email(self, domain=None, kind="role_email"):
        return self.lab("EMAIL", kind, self.pick(["ops", "billing", "noc", "admin", "support", "alerts", "it",
                                                  "security", "devops", "helpdesk"]) + "@" +
                        (domain or self.company_domain()))

    def reserved_email(self):
        f, l = self.name()
        return self.look("reserved_email", f"{self.pick([f, f + '.' + l, l])}@{self.pick(RESERVED_DOMAINS)}")

    # ---------- addresses ----------
    def ip_raw(self):
        while True:
            a = self.r.choice([self.num(1, 99), self.num(101, 126), self.num(128, 223)])
            s = f"{a}.{self.num(0, 255)}.{self.num(0, 255)}.{self.num(1, 254)}"
            ip = ipaddress.ip_address(s)
            if ip.is_global and not ip.is_multicast and a != 100:
                return s

    def ip(self, kind="ipv4"):
        return self.lab("IP_ADDRESS", kind, self.ip_raw())

    def private_ip_raw(self):
        k = self.num(0, 2)
        if k == 0:
            return f"10.{self.num(0, 255)}.{self.num(0, 255)}.{self.num(1, 254)}"
        if k == 1:
            return f"172.{self.num(16, 31)}.{self.num(0, 255)}.{self.num(1, 254)}"
        return f"192.168.{self.num(0, 255)}.{self.num(1, 254)}"

    def private_ip(self):
        return self.look("private_ip", self.private_ip_raw())

    def cgnat_ip(self):
        return self.look("cgnat_ip", f"100.{self.num(64, 127)}.{self.num(0, 255)}.{self.num(1, 254)}")

    def doc_ip(self):
        return self.look("documentation_ip", self.pick(["192.0.2.", "198.51.100.", "203.0.113."]) +
                         str(self.num(1, 254)))

    def loopback(self):
        return self.look("loopback_ip", self.pick(["127.0.0.1", f"127.0.{self.num(0, 9)}.{self.num(1, 9)}"]))

    def linklocal(self):
        return self.look("link_local_ip", f"169.254.{self.num(0, 255)}.{self.num(1, 254)}")

    def unspecified(self):
        return self.look("unspecified_ip", "0.0.0.0")

    def netmask(self):
        return self.look("netmask", self.pick(["255.255.255.0", "255.255.0.0", "255.255.255.252",
                                               "255.255.255.248", "255.255.254.0", "255.255.255.240"]))

    def wildcard(self):
        return self.look("wildcard_mask", self.pick(["0.0.0.255", "0.0.255.255", "0.0.0.3", "0.0.0.7"]))

    # ---------- identifiers (look-alikes) ----------
    def uuid_raw(self):
        h = self.chars(HEX, 32)
        h = h[:12] + "4" + h[13:16] + self.pick("89ab") + h[17:]
        return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"

    def uuid_look(self, kind="uuid_id"):
        return self.look(kind, self.uuid_raw())

    def version(self, kind="version"):
        return self.look(kind, f"{self.num(0, 9)}.{self.num(0, 30)}.{self.num(0, 40)}")

    def version4(self):
        return self.look("version_4part", f"{self.num(1, 12)}.{self.num(0, 9)}.{self.num(0, 9)}.{self.num(0, 99)}")

    def git_sha(self, n=40):
        return self.look("git_sha", self.chars(HEX, n))

    def sha256_digest(self, kind="sha256_digest"):
        return self.look(kind, self.chars(HEX, 64))

    def ssh_fp(self):
        return self.look("ssh_fingerprint", "SHA256:" + self.chars(ALNUM + "+/", 43))

    def pgp_fp(self):
        return self.look("pgp_fingerprint", self.chars("0123456789ABCDEF", 40))

    def masked(self, prefix=""):
        return self.look("masked_value", prefix + "*" * self.num(6, 12) + self.chars(ALNUM, 4))

    # ---------- passwords ----------
    def _pw_core(self, style, sym):
        r = self.r
        s1 = self.pick(sym) if sym else ""
        if style == "words":
            return self.pick(WORDS).capitalize() + self.pick(WORDS).capitalize() + str(self.num(10, 9999)) + s1
        if style == "generator":
            base = self.chars(ALNUM, self.num(14, 22))
            pos = self.num(2, len(base) - 2)
            return base[:pos] + s1 + base[pos:] + self.pick(DIGITS)
        if style == "passphrase":
            sep = "-" if "-" in sym else (sym[0] if sym else "")
            return sep.join(self.pick(WORDS) for _ in range(self.num(3, 5))) + str(self.num(1, 99))
        if style == "leet":
            w = self.pick(WORDS)
            w = w.replace("a", "4").replace("e", "3").replace("o", "0").replace("i", "1")
            return w.capitalize() + s1 + str(self.num(100, 999))
        if style == "alnum":
            return self.chars(ALNUM, self.num(24, 32))
        if style == "camel":
            return "".join(self.pick(WORDS).capitalize() for _ in range(3)) + str(self.num(1, 99))
        if style == "river":
            return self.pick(RIVERS) + str(self.num(1990, 2031)) + s1
        if style == "walk":
            return self.pick(WALKS) + self.pick(WORDS).capitalize() + str(self.num(1, 99))
        if style == "pin":
            return str(self.num(1000, 99999)) + self.pick(WORDS) + s1
        if style == "dotted":
            return self.pick(WORDS) + "." + self.pick(WORDS) + "." + str(self.num(10, 99))
        if style == "season":
            return self.pick(SEASONS) + str(self.num(2019, 2027)) + (s1 or "x")
        if style == "appspecific":
            return "-".join(self.chars(LOWER, 4) for _ in range(4))
        if style == "mixed":
            return self.chars(UPPER, 3) + self.chars(DIGITS, 3) + self.chars(LOWER, 4) + s1 + self.chars(DIGITS, 2)
        raise ValueError(style)

    STYLES = ["words", "generator", "passphrase", "leet", "alnum", "camel", "river", "walk", "pin", "dotted",
              "season", "appspecific", "mixed"]

    def pw_raw(self, ctx="quoted", style=None):
        style = style or self.pick(self.STYLES)
        sym = CTX_SYMBOLS[ctx].replace("-", "") if style != "passphrase" else CTX_SYMBOLS[ctx]
        sym = "".join(c for c in sym if c not in "_.") or "_"
        v = self._pw_core(style, sym)
        allowed = set(ALNUM + CTX_SYMBOLS[ctx] + "ñáéíóúàèìòùâêîôûäëïöüçøåßœ")
        v = "".join(c if c in allowed else "_" for c in v)
        assert "@" not in v
        return v, style

    def pw(self, ctx="quoted", kind=None, style=None):
        v, st = self.pw_raw(ctx, style)
        return self.lab("PASSWORD", kind or f"pw_{st}", v)

    # ---------- key material (generic) ----------
    def hexkey(self, n, kind):
        return self.lab("KEY", kind, self.chars(HEX, n))

    def b64(self, nbytes):
        return base64.b64encode(bytes(self.num(0, 255) for _ in range(nbytes))).decode()

    def b64url(self, n):
        return self.chars(B64URL, n)

    def jwt_raw(self, payload_keys=("sub",)):
        def enc(obj):
            return base64.urlsafe_b64encode(obj.encode()).decode().rstrip("=")
        body = "{" + ",".join(f'"{k}":"{self.chars(ALNUM, self.num(6, 14))}"' for k in payload_keys) + \
            f',"iat":{self.num(1690000000, 1760000000)}' + "}"
        return enc('{"alg":"HS256","typ":"JWT"}') + "." + enc(body) + "." + self.b64url(43)

    def aws_pair(self, kind_prefix="aws"):
        kid = self.pick(["AKIA", "AKIA", "ASIA"]) + self.chars(UPPER + "234567", 16)
        sec = self.chars(ALNUM + "+/", 40)
        return self.lab("KEY", f"{kind_prefix}_access_key_id", kid), self.lab("KEY", f"{kind_prefix}_secret", sec)

    # ---------- vendor tokens (vendors that no earlier README names) ----------
    def tok(self, vendor):
        c, r = self.chars, self
        if vendor == "together_ai":
            v = c(HEX, 64)
        elif vendor == "voyage_ai":
            v = "pa-" + c(B64URL, 43)
        elif vendor == "modal_token_id":
            v = "ak-" + c(ALNUM, 22)
        elif vendor == "modal_token_secret":
            v = "as-" + c(ALNUM, 22)
        elif vendor == "wandb":
            v = c(HEX, 40)
        elif vendor == "prismic":
            v = "MC5" + c(ALNUM, 22) + ".77-9" + c(B64URL, 40)
        elif vendor == "hygraph_pat":
            v = r.jwt_raw(("aud", "iss", "sub"))
        elif vendor == "polar_oat":
            v = "polar_oat_" + c(ALNUM, 43)
        elif vendor == "frameio":
            v = "fio-u-" + c(B64URL, 64)
        elif vendor == "monday":
            v = r.jwt_raw(("tid", "aai", "uid"))
        elif vendor == "tigris_id":
            v = "tid_" + c(ALNUM, 30)
        elif vendor == "tigris_secret":
            v = "tsec_" + c(B64URL, 40)
        elif vendor == "bunny_api_key":
            v = r.uuid_raw() + "-" + c(HEX, 4) + "-" + c(HEX, 4) + "-" + c(HEX, 4) + "-" + c(HEX, 12)
        elif vendor == "bunny_storage_password":
            v = r.uuid_raw() + c(HEX, 4) + "-" + c(HEX, 4)
        elif vendor == "zeptomail":
            v = base64.b64encode(bytes(r.num(0, 255) for _ in range(r.num(96, 120)))).decode()
        elif vendor == "elastic_email":
            v = c("0123456789ABCDEF", 96)
        elif vendor == "gemini":
            v = "AIza" + c(B64URL, 35)
        elif vendor == "llamacloud":
            v = "llx-" + c(ALNUM, 48)
        elif vendor == "humanloop":
            v = "hl_sk_" + c(HEX, 40)
        elif vendor == "runway":
            v = "key_" + c(HEX, 128)
        elif vendor == "fal_ai":
            v = r.uuid_raw() + ":" + c(HEX, 32)
        elif vendor == "lambda_cloud":
            v = "secret_" + r.pick(WORDS) + "-" + r.pick(WORDS) + "_" + c(HEX, 32) + "." + c(ALNUM, 32)
        elif vendor == "vast_ai":
            v = c(HEX, 64)
        elif vendor == "koyeb":
            v = c(ALNUM, 64)
        elif vendor == "scalingo":
            v = "tk-us-" + c(B64URL, 40)
        elif vendor == "pythonanywhere":
            v = c(HEX, 40)
        elif vendor == "deta":
            v = c(LOWER + DIGITS, 8) + "_" + c(ALNUM, 32)
        elif vendor == "storj_access_grant":
            v = "1" + c(B58, r.num(180, 220))
        elif vendor == "storj_s3_id":
            v = c(LOWER + DIGITS, 28)
        elif vendor == "storj_s3_secret":
            v = c(LOWER + DIGITS, 53)
        elif vendor == "clever_cloud":
            v = c(ALNUM, 32)
        elif vendor == "upsun":
            v = c(B64URL, 43)
        elif vendor == "kinsta":
            v = c(HEX, 64)
        elif vendor == "pantheon_machine":
            v = c(B64URL, 43)
        elif vendor == "revai":
            v = "02" + c(ALNUM + "_-", 62)
        elif vendor == "playht_secret":
            v = c(HEX, 32)
        elif vendor == "playht_user":
            v = c(ALNUM, 28)
        elif vendor == "arize":
            v = c(HEX, 32)
        elif vendor == "cloudsmith":
            v = c(HEX, 40)
        elif vendor == "gemfury":
            v = c(ALNUM, 20)
        elif vendor == "packagecloud":
            v = c(HEX, 48)
        elif vendor == "sematext":
            v = r.uuid_raw()
        elif vendor == "coroot":
            v = c(LOWER + DIGITS, 32)
        elif vendor == "braintrust":
            v = "sk-" + c(ALNUM, 48)
        elif vendor == "leonardo":
            v = r.uuid_raw()
        elif vendor == "ideogram":
            v = c(B64URL, 86)
        elif vendor == "koyeb_pat":
            v = c(ALNUM, 64)
        elif vendor == "pyroscope":
            v = "psx-" + c(B64URL, 44)
        elif vendor == "daily":
            v = c(HEX, 64)
        elif vendor == "acquia_key":
            v = r.uuid_raw()
        elif vendor == "acquia_secret":
            v = base64.b64encode(bytes(r.num(0, 255) for _ in range(33))).decode()
        elif vendor == "danbooru":
            v = c(ALNUM, 24)
        elif vendor == "glitch":
            v = r.uuid_raw()
        else:
            raise ValueError(vendor)
        return v

    def key(self, vendor, kind=None):
        return self.lab("KEY", kind or vendor, self.tok(vendor))

    def b64secret(self, nbytes, kind):
        return self.lab("KEY", kind, self.b64(nbytes))

    def md5(self, word):
        return hashlib.md5(word.encode()).hexdigest()
