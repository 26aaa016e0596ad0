"""Value generators for held-out set 49 (standard library only; never imports codelm).

Templates are written as text with «...» placeholders that `fill` expands, in text order, into planted values
wrapped in private-use markers: U+E000 TAG|kind U+E001 value U+E002 (TAG `LOOK` marks a look-alike).
"""
import base64
import ipaddress
import string

M0, M1, M2 = "\ue000", "\ue001", "\ue002"


def mark(tag, kind, value):
    return f"{M0}{tag}|{kind}{M1}{value}{M2}"


MAIL = [
    "one.lv", "zone.ee", "inbox.kg", "mail.ge", "posta.ge", "tutopia.com", "telkom.net", "afrihost.co.za",
    "topnet.tn", "omantel.net.om", "qatar.net.qa", "emirates.net.ae", "link.net", "spidernet.com.cy",
    "maltanet.net", "go.net.mt", "melita.net", "iskon.hr", "htnet.hr", "sbb.rs", "t-com.me",
    "mt.net.mk", "albtelecom.al", "abcom.al", "moldova.md", "beltelecom.by", "uzonline.uz", "tajnet.tj",
    "turkmen.tm", "azeronline.com", "aztelekom.net", "arminco.com", "caspel.com", "mongol.net", "mobinet.mn",
    "ntc.net.np", "wlink.com.np", "dialog.lk", "sltnet.lk", "brain.net.pk", "cyber.net.pk", "btcl.net.bd",
    "dhivehinet.net.mv", "laotel.com", "camnet.com.kh", "online.com.kh", "vnn.vn", "fpt.vn", "pacific.net.ph",
    "tonga.to", "kalianet.to", "connect.com.fj", "ipasifika.net", "vanuatu.com.vu", "solomon.com.sb",
    "kiribati.net.ki", "palaunet.com", "guam.net", "tricom.net", "codetel.net.do",
    "hondutel.hn", "navegante.com.sv", "guate.net", "ibw.com.ni", "cwpanama.net", "cotas.com.bo",
    "entelnet.bo", "tigo.com.py", "copaco.com.py", "cvtelecom.cv", "cabonet.cv", "ucom.sn", "sentoo.sn",
]

FIRST = ["amara", "bogdan", "celeste", "dario", "eilidh", "farida", "gunnar", "hana", "ivo", "jovana", "kamal",
         "lucia", "mateus", "nilufar", "oskar", "priya", "quentin", "rustam", "saule", "tevita", "ulla", "viktor",
         "wanjiru", "ximena", "yusuf", "zofia", "anouk", "bashir", "corin", "dilnoza", "emeka", "fotima", "goran",
         "hemi", "ines", "joaquim", "keala", "lemlem", "mihail", "nodira", "orla", "pita", "rahel", "sione",
         "tamar", "urmas", "vesna", "wiremu", "yerlan", "zaid"]
LAST = ["abdulov", "brancusi", "cardenas", "dlamini", "eriksen", "fonoti", "gashi", "haddad", "ilves", "jakupi",
        "kaldor", "lindqvist", "mamani", "nurlanov", "okonkwo", "petrosyan", "quispe", "rahimov", "sepulveda",
        "tuilagi", "umarov", "vasquez", "wojcik", "xhaka", "yildiz", "zammit", "alvarado", "beridze", "camilleri",
        "duarte", "esposito", "fifita", "grech", "halilovic", "ismailov", "jurado", "kiplagat", "lomidze",
        "mirzaev", "ndiaye", "ozols", "pocock", "rebane", "saar", "tamm", "vella", "zhakenov"]
WORDS = ["amber", "basalt", "cobalt", "driftwood", "ember", "fjord", "glacier", "harbour", "indigo", "juniper",
         "kelp", "lantern", "meadow", "nimbus", "obsidian", "pumice", "quarry", "rafter", "saffron", "thistle",
         "umber", "vellum", "willow", "yarrow", "zephyr", "anvil", "bramble", "cinder", "dune", "eddy", "fennel",
         "gorse", "heath", "ironwood", "jetty", "kiln", "loam", "marrow", "nettle", "orchard", "pebble", "quill",
         "reed", "sorrel", "tarn", "upland", "vetch", "wicket", "yew", "acorn", "barley", "cairn", "delta",
         "estuary", "flint", "gannet", "hollow", "islet", "jasper", "kestrel", "lichen", "moss", "nook", "otter",
         "pine", "ridge", "shoal", "tundra", "valley", "wren"]
WEAK = ["Caravel2024", "Mistral77", "Puffin2019", "Gecko42", "Sardine8", "Tapir2022", "Kumquat5", "Lynx1990",
        "Marmot33", "Oriole2017", "Pangolin6", "Quetzal2026", "Nightjar21", "Albatross4", "Capybara99"]
MONTHS = [["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December"],
          ["Enero", "Febrero", "Marzo", "Abril", "Mayo", "Junio", "Julio", "Agosto", "Septiembre", "Octubre",
           "Noviembre", "Diciembre"],
          ["Janvier", "Fevrier", "Mars", "Avril", "Mai", "Juin", "Juillet", "Aout", "Septembre", "Octobre",
           "Novembre", "Decembre"],
          ["Januar", "Februar", "Maerz", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober",
           "November", "Dezember"],
          ["Tammikuu", "Helmikuu", "Maaliskuu", "Huhtikuu", "Toukokuu", "Kesakuu", "Heinakuu", "Elokuu",
           "Syyskuu", "Lokakuu", "Marraskuu", "Joulukuu"],
          ["Ocak", "Subat", "Mart", "Nisan", "Mayis", "Haziran", "Temmuz", "Agustos", "Eylul", "Ekim", "Kasim",
           "Aralik"]]
WALKS = ["Zxcvbn1357", "Qwerty8642", "1qaz2wsx3edc", "Lkjhgf5791", "Rfvtgb2468", "Ujmik9630", "Plokij7410",
         "Azerty2580"]
SYL = ["ba", "de", "fi", "go", "ku", "la", "me", "ni", "po", "ru", "sa", "te", "vo", "za", "ki", "mo", "ne", "pi"]

CTX = {
    "url": "-_.~",
    "shell": "-_.+:=%^",
    "ini": "-_.!+=^%~",
    "quoted": "-_.!#%*+=?^~:,",
    "yaml": "-_.!+=^",
    "plain": "-_.",
    "prose": "-_.!#%*+=?^~",
    "word": "",
    "xml": "-_.!#%*+=?^~:,",
}

V4_FIRST = [23, 31, 37, 41, 45, 46, 49, 62, 77, 78, 80, 81, 82, 83, 84, 85, 86, 87, 88, 89, 90, 91, 93, 94, 95,
            109, 128, 130, 134, 137, 139, 141, 145, 151, 154, 176, 178, 185, 188, 193, 194, 195, 196, 197, 202,
            210, 212, 213, 217]
V6_FIRST = ["2a01", "2a02", "2a03", "2a05", "2a06", "2a0b", "2a0e", "2a10", "2c0f", "2400", "2403", "2404",
            "2405", "2406", "2600", "2602", "2605", "2607", "2620", "2800", "2803", "2804"]

ALNUM = string.ascii_letters + string.digits
LALNUM = string.ascii_lowercase + string.digits
HEX = "0123456789abcdef"
B64U = ALNUM + "-_"


class G:
    def __init__(self, rng):
        self.r = rng
        self.vars = {}

    # ---- raw helpers ----
    def pick(self, seq):
        return self.r.choice(seq)

    def s(self, alphabet, n):
        return "".join(self.r.choice(alphabet) for _ in range(n))

    def hexs(self, n):
        return self.s(HEX, n)

    def num(self, a, b):
        return self.r.randint(a, b)

    def uuid(self):
        h = self.hexs(32)
        h = h[:12] + "4" + h[13:16] + self.pick("89ab") + h[17:]
        return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"

    def b64(self, nbytes, url=False):
        raw = bytes(self.r.randrange(256) for _ in range(nbytes))
        if url:
            return base64.urlsafe_b64encode(raw).decode().rstrip("=")
        return base64.b64encode(raw).decode()

    def word(self):
        return self.pick(WORDS)

    def user(self):
        f, l = self.pick(FIRST), self.pick(LAST)
        return self.r.choice([f"{f}.{l}", f"{f[0]}{l}", f"{f}_{l}{self.num(1, 99)}", f"{f}{self.num(70, 99)}",
                              f"{l}.{f[0]}", f"{f}-{l}"])

    # ---- raw values ----
    def email_raw(self, user=None, domain=None):
        return f"{user or self.user()}@{domain or self.pick(MAIL)}"

    def ip4_raw(self):
        while True:
            a = self.pick(V4_FIRST)
            v = f"{a}.{self.num(0, 255)}.{self.num(0, 255)}.{self.num(1, 254)}"
            ip = ipaddress.ip_address(v)
            if ip.is_global and not ip.is_multicast:
                return v

    def ip6_raw(self):
        while True:
            parts = [self.pick(V6_FIRST)] + [format(self.num(0, 0xffff), "x") for _ in range(7)]
            style = self.num(0, 2)
            if style == 0:
                v = ":".join(parts)
            elif style == 1:
                v = ":".join(parts[:3]) + "::" + ":".join(parts[6:])
            else:
                v = ":".join(parts[:4]) + "::" + parts[7]
            ip = ipaddress.ip_address(v)
            if ip.is_global and not ip.is_multicast:
                return v

    def key_raw(self, shape=None):
        shapes = ["hex32", "hex40", "hex64", "an24", "an32", "an40", "lan32", "b64_32", "b64_48", "b64u43",
                  "jwt", "uuid"]
        shape = shape or self.pick(shapes)
        if shape == "rndsafe":
            shape = self.pick(["hex32", "hex40", "hex64", "an24", "an32", "an40", "lan32", "b64u43", "uuid"])
        if shape.startswith("hex"):
            return self.hexs(int(shape[3:]))
        if shape.startswith("an"):
            return self.s(ALNUM, int(shape[2:]))
        if shape.startswith("lan"):
            return self.s(LALNUM, int(shape[3:]))
        if shape == "b64_32":
            return self.b64(32)
        if shape == "b64_48":
            return self.b64(48)
        if shape == "b64u43":
            return self.b64(32, url=True)
        if shape == "jwt":
            head = base64.urlsafe_b64encode(b'{"alg":"HS256","typ":"JWT"}').decode().rstrip("=")
            return f"{head}.{self.b64(self.num(60, 90), url=True)}.{self.b64(32, url=True)}"
        if shape == "uuid":
            return self.uuid()
        if shape == "ghp":
            return "ghp_" + self.s(ALNUM, 36)
        if shape == "ghpat":
            return "github_pat_" + self.s(ALNUM, 22) + "_" + self.s(ALNUM, 59)
        if shape == "glpat":
            return "glpat-" + self.s(ALNUM + "-_", 20)
        if shape == "akia":
            return "AKIA" + self.s(string.ascii_uppercase + "234567", 16)
        if shape == "awssec":
            return self.s(ALNUM + "/+", 39) + self.pick(ALNUM)
        if shape == "xoxb":
            return f"xoxb-{self.num(10**10, 10**12)}-{self.num(10**10, 10**12)}-{self.s(ALNUM, 24)}"
        if shape == "sg":
            return f"SG.{self.s(B64U, 22)}.{self.s(B64U, 43)}"
        if shape == "sk_test":
            return "sk_test_" + self.s(ALNUM, 48)
        if shape == "rk_test":
            return "rk_test_" + self.s(ALNUM, 48)
        if shape == "whsec":
            return "whsec_" + self.s(ALNUM, 32)
        if shape == "hf":
            return "hf_" + self.s(ALNUM, 34)
        if shape == "npm":
            return "npm_" + self.s(ALNUM, 36)
        if shape == "pypi":
            return "pypi-AgEIcHlwaS5vcmc" + self.s(B64U, 60)
        if shape == "dop":
            return "dop_v1_" + self.hexs(64)
        if shape == "shpat":
            return "shpat_" + self.hexs(32)
        if shape == "b32":
            return self.s("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567", 32)
        if shape == "glrt":
            return "glrt-" + self.s(ALNUM + "-_", 20)
        if shape == "lin":
            return "lin_api_" + self.s(ALNUM, 40)
        if shape == "pem":
            body = "MIIEv" + self.pick("QgIJ") + "IBADANBgkqhkiG9w0BAQEFAASC" + self.b64(self.num(180, 240))
            lines = [body[i:i + 64] for i in range(0, len(body), 64)]
            return "-----BEGIN PRIVATE KEY-----\\n" + "\\n".join(lines) + "\\n-----END PRIVATE KEY-----\\n"
        if shape == "eckey":
            body = "MHcCAQEEI" + self.b64(self.num(80, 100))
            lines = [body[i:i + 64] for i in range(0, len(body), 64)]
            return "-----BEGIN EC PRIVATE KEY-----\\n" + "\\n".join(lines) + "\\n-----END EC PRIVATE KEY-----"
        if shape == "django":
            return self.s(string.ascii_lowercase + string.digits + "!#%^*(-_=+)", 50)
        raise ValueError(shape)

    def pw_raw(self, ctx="ini"):
        sym = CTX[ctx]
        style = self.num(0, 9)
        if style == 0:
            n = self.num(3, 5)
            ws = [self.word() for _ in range(n)]
            if self.num(0, 1):
                ws = [w.capitalize() for w in ws]
            j = self.pick([c for c in "-._" if c in sym] or [""])
            out = j.join(ws)
            if self.num(0, 1):
                out += str(self.num(2, 99))
            return out
        if style == 1:
            n = self.num(14, 23)
            mid = self.s(ALNUM + sym, n - 2)
            return self.pick(ALNUM) + mid + self.pick(ALNUM)
        if style == 2:
            return self.pick(WEAK)
        if style == 3:
            m = self.pick(self.pick(MONTHS))
            return m + str(self.num(2019, 2026)) + ("!" if "!" in sym else "")
        if style == 4:
            return self.pick(FIRST).capitalize() + str(self.num(1961, 2004))
        if style == 5:
            return self.s(ALNUM, self.num(16, 28))
        if style == 6:
            w = self.word()
            leet = w.replace("e", "3").replace("a", "4").replace("o", "0").replace("i", "1")
            return leet + self.word().capitalize() + str(self.num(10, 999))
        if style == 7:
            return self.word() + str(self.num(100, 999)) + self.word().capitalize()
        if style == 8:
            w = self.pick(WALKS)
            return w + (self.pick([c for c in "!#%" if c in sym]) if any(c in sym for c in "!#%") else "")
        parts = ["".join(self.pick(SYL) for _ in range(3)) for _ in range(3)]
        j = "-" if "-" in sym else ""
        return parts[0].capitalize() + j + parts[1] + j + parts[2] + str(self.num(1, 9))

    # ---- marked values ----
    def email(self, kind, user=None, domain=None):
        return mark("EMAIL", kind, self.email_raw(user, domain))

    def ip(self, kind, bracket=False, v6p=0.3):
        if self.r.random() < v6p:
            v = self.ip6_raw()
            m = mark("IP_ADDRESS", kind + "_v6", v)
            return f"[{m}]" if bracket else m
        return mark("IP_ADDRESS", kind, self.ip4_raw())

    def ip4(self, kind):
        return mark("IP_ADDRESS", kind, self.ip4_raw())

    def ip6(self, kind, bracket=False):
        assert kind.endswith("ipv6"), kind
        m = mark("IP_ADDRESS", kind, self.ip6_raw())
        return f"[{m}]" if bracket else m

    def key(self, kind, shape=None):
        return mark("KEY", kind, self.key_raw(shape))

    def pw(self, kind, ctx="ini"):
        return mark("PASSWORD", kind, self.pw_raw(ctx))

    def look(self, kind, value):
        return mark("LOOK", kind, value)

    # ---- look-alike values ----
    def la_raw(self, kind):
        r = self.r
        if kind in ("version", "image_tag", "app_version", "schema_version", "api_version"):
            return f"{self.num(0, 17)}.{self.num(0, 40)}.{self.num(0, 30)}"
        if kind == "date":
            return f"{self.num(2019, 2026)}-{self.num(1, 12):02d}-{self.num(1, 28):02d}"
        if kind == "timestamp":
            return (f"{self.num(2019, 2026)}-{self.num(1, 12):02d}-{self.num(1, 28):02d}T{self.num(0, 23):02d}:"
                    f"{self.num(0, 59):02d}:{self.num(0, 59):02d}Z")
        if kind.endswith("uuid") or kind.endswith("guid") or kind.endswith("_uid") or kind in ("request_id", "trace_id_uuid", "correlation_id"):
            return self.uuid()
        if kind in ("sha256", "file_sha256", "checksum_sha256"):
            return self.hexs(64)
        if kind == "image_digest":
            return "sha256:" + self.hexs(64)
        if kind in ("short_sha", "git_short"):
            return self.hexs(self.num(7, 10))
        if kind in ("git_commit", "commit_sha1"):
            return self.hexs(40)
        if kind == "md5_checksum":
            return self.hexs(32)
        if kind == "private_ip":
            return self.pick([f"10.{self.num(0, 255)}.{self.num(0, 255)}.{self.num(1, 254)}",
                              f"192.168.{self.num(0, 255)}.{self.num(1, 254)}",
                              f"172.{self.num(16, 31)}.{self.num(0, 255)}.{self.num(1, 254)}"])
        if kind == "loopback_ip":
            return self.pick(["127.0.0.1", "127.0.0.1", f"127.0.{self.num(0, 2)}.{self.num(1, 9)}"])
        if kind == "unspecified_ip":
            return "0.0.0.0"
        if kind == "loopback_ipv6":
            return "::1"
        if kind == "unspecified_ipv6":
            return "::"
        if kind == "documentation_ip":
            return self.pick(["192.0.2.", "198.51.100.", "203.0.113."]) + str(self.num(1, 254))
        if kind == "documentation_ipv6":
            return f"2001:db8:{format(self.num(0, 0xffff), 'x')}::{format(self.num(1, 0xffff), 'x')}"
        if kind == "link_local_ipv6":
            return f"fe80::{format(self.num(1, 0xffff), 'x')}:{format(self.num(1, 0xffff), 'x')}"
        if kind == "ula_ipv6":
            return f"fd{self.hexs(2)}:{self.hexs(4)}:{self.hexs(4)}::{format(self.num(1, 0xfff), 'x')}"
        if kind == "link_local_ip":
            return f"169.254.{self.num(0, 255)}.{self.num(1, 254)}"
        if kind == "shared_ip":
            return f"100.{self.num(64, 127)}.{self.num(0, 255)}.{self.num(1, 254)}"
        if kind == "reserved_email":
            return f"{self.pick(['admin', 'you', 'ops', 'jane.doe', 'user', 'noreply', 'alerts'])}@" + \
                self.pick(["example.com", "example.org", "example.net", "mail.example", "corp.test"])
        if kind == "mac_address":
            return ":".join(self.hexs(2) for _ in range(6))
        if kind == "build_id":
            return f"{self.num(2019, 2026)}{self.num(1, 12):02d}{self.num(1, 28):02d}.{self.num(1, 999)}"
        if kind == "pid":
            return str(self.num(300, 65000))
        raise ValueError(kind)

    def la(self, kind):
        return self.look(kind, self.la_raw(kind))


def fill(g, text, **kw):
    """Expand «...» placeholders in text order.

    «name»              kw[name]
    «e:kind[:user[:domain]]»   EMAIL label
    «ip:kind» «ipp:kind»       IP label, IPv4 or (30 %) IPv6 with `_v6` suffix; ipp brackets IPv6
    «ip4:kind» «ip6:kind» «ip6b:kind»
    «k:kind[:shape]»    KEY label
    «p:kind[:ctx]»      PASSWORD label
    «L:kind»            look-alike from G.la_raw
    «L:kind=literal»    look-alike with a given value
    «x...>name»         also remember the marked value as name; «=name» repeats it
    «raw:name»          the raw text of a remembered value
    """
    out = []
    i = 0
    while True:
        j = text.find("«", i)
        if j < 0:
            out.append(text[i:])
            break
        out.append(text[i:j])
        k = text.index("»", j)
        spec = text[j + 1:k]
        i = k + 1
        save = None
        if ">" in spec and not spec.startswith("L:"):
            spec, save = spec.rsplit(">", 1)
        elif spec.startswith("L:") and ">" in spec.split("=", 1)[0]:
            a, b = spec.split("=", 1) if "=" in spec else (spec, None)
            a, save = a.rsplit(">", 1)
            spec = a if b is None else a + "=" + b
        if spec.startswith("="):
            val = g.vars[spec[1:]]
        elif spec.startswith("raw:"):
            v = g.vars[spec[4:]]
            val = v[v.index(M1) + 1:v.index(M2)]
        elif ":" not in spec:
            val = kw[spec]
        else:
            op, rest = spec.split(":", 1)
            parts = rest.split(":")
            if op == "e":
                val = g.email(parts[0], parts[1] if len(parts) > 1 and parts[1] else None,
                              parts[2] if len(parts) > 2 else None)
            elif op == "ip":
                val = g.ip(parts[0])
            elif op == "ipp":
                val = g.ip(parts[0], bracket=True)
            elif op == "ip4":
                val = g.ip4(parts[0])
            elif op == "ip6":
                val = g.ip6(parts[0])
            elif op == "ip6b":
                val = g.ip6(parts[0], bracket=True)
            elif op == "k":
                val = g.key(parts[0], parts[1] if len(parts) > 1 else None)
            elif op == "p":
                val = g.pw(parts[0], parts[1] if len(parts) > 1 else "ini")
            elif op == "L":
                if "=" in rest:
                    kind, lit = rest.split("=", 1)
                    val = g.look(kind, lit)
                else:
                    val = g.la(rest)
            else:
                raise ValueError(spec)
        if save:
            g.vars[save] = val
        out.append(val)
    return "".join(out)
