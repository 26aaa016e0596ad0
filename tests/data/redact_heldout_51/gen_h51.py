"""Value generators and the fill function for held-out set 51 (standard library only)."""
import base64
import ipaddress
import re
import string

M0, M1, M2 = "\ue000", "\ue001", "\ue002"

MAIL_DOMAINS = [
    "tstonga.to", "mail.md", "vortex.is", "go.net.mt", "vip.hr", "t-com.me", "sbb.rs", "bih.net.ba",
    "mt.net.mk", "albmail.al", "beltelecom.by", "kazakhtelecom.kz", "mail.kz", "qatar.net.qa", "ttnet.net.tr",
    "vnn.vn", "fpt.vn", "loxinfo.co.th", "truemail.co.th", "telkom.net.id", "indosat.net.id",
    "biznetvigator.com", "macau.ctm.net", "tpg.com.hk", "internet.is",
]

FIRST = ["amira", "bogdan", "chiara", "dimitri", "elif", "farid", "goran", "hana", "ilona", "jovan", "katya",
         "lejla", "marek", "nilufar", "oksana", "pavle", "quang", "rustam", "saule", "tamar", "uros", "vesna",
         "wiremu", "ximena", "yerlan", "zoran", "aroha", "baurzhan", "cansu", "duong", "emina", "fetu"]
LAST = ["novak", "kovac", "petrovic", "aliyev", "nguyen", "tuilagi", "hodzic", "jankovic", "sultanova",
        "demir", "yilmaz", "santos", "reyes", "tran", "lim", "wongsa", "saputra", "kusuma", "berisha",
        "gashi", "ivanova", "omarov", "zhakupov", "fonua", "kauhalalalo", "sigurdsson", "magnusdottir",
        "borg", "camilleri", "zammit", "radic", "mitrevski"]
WORDS = ["amber", "birch", "cobalt", "delta", "ember", "fjord", "garnet", "harbor", "indigo", "juniper",
         "kestrel", "lagoon", "meadow", "nebula", "orchid", "pepper", "quartz", "raven", "saffron", "tundra",
         "umber", "violet", "willow", "yarrow", "zephyr", "basalt", "cedar", "dune", "estuary", "fennel",
         "glacier", "heron", "iris", "jasper", "kelp", "lichen", "marlin", "nutmeg", "oxbow", "plover",
         "quince", "reef", "sorrel", "thistle", "urchin", "vetch", "walnut", "alder", "bramble", "clover"]

# public IPv4 first octets (all outside special ranges and outside 100/8)
V4_FIRST = [2, 5, 23, 31, 37, 41, 45, 46, 49, 58, 62, 77, 78, 79, 80, 81, 82, 83, 84, 85, 86, 87, 88, 89,
            91, 93, 94, 95, 101, 103, 109, 110, 117, 118, 121, 125, 139, 145, 151, 154, 176, 178, 180, 185,
            188, 193, 194, 195, 196, 197, 201, 202, 212, 213, 217]
V6_FIRST = ["2a00", "2a01", "2a02", "2a03", "2a05", "2a06", "2a0a", "2a10", "2c0f", "2400", "2401", "2402",
            "2403", "2404", "2405", "2406", "2408", "2600", "2602", "2604", "2605", "2607", "2610", "2620",
            "2800", "2803", "2804", "2a09", "2a0e"]

WEAK = ["Marmoset2022", "Capybara9", "Pangolin1987", "Ocelot2024", "Tapir55", "Quokka3", "Armadillo2019",
        "Lemur72", "Manatee11", "Gecko2021", "Bison8", "Coyote77", "Dingo2017", "Ermine2026", "Kiwi404"]
MONTHS = [["January", "March", "October", "December"], ["Enero", "Mayo", "Octubre"], ["Sijecanj", "Travanj"],
          ["Nisan", "Ekim", "Haziran"], ["Thang10", "Thang7"], ["Mart", "Avgust"], ["Kovas", "Rugsejis"]]
WALKS = ["Qwerty1357", "Asdfjkl2468", "Zxcvbn9753", "1qaz2wsx3edc", "Poiu0987", "Lkjhg6543", "Mnbv2025",
         "Qweasd123zxc"]
SYLL = ["ba", "ke", "lo", "mi", "nu", "ra", "se", "ti", "vo", "zu", "da", "fe", "gi", "ho", "ju", "pa"]

CTX = {
    "url": "-_.~",
    "shell": "-_.+:=%^",
    "ini": "-_.!+=^%~",
    "quoted": "-_.!#%*+=?^~:,",
    "json": "-_.!#%*+=?^~:,",
    "xml": "-_.!#%*+=?^~:,",
    "yaml": "-_.!+=^",
    "cfg": "-_.!+=^",
    "plain": "-_.",
    "prose": "-_.#%*+=^~",
    "word": "",
    "tcl": "-_.!+=^%",
}

ALNUM = string.ascii_letters + string.digits
HEXL = "0123456789abcdef"
B32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"


class G:
    def __init__(self, rnd):
        self.r = rnd

    # ---- basic pieces
    def word(self):
        return self.r.choice(WORDS)

    def s(self, alphabet, n):
        return "".join(self.r.choice(alphabet) for _ in range(n))

    # ---- e-mail
    def email(self, domain=None):
        r = self.r
        f, l = r.choice(FIRST), r.choice(LAST)
        style = r.randrange(6)
        if style == 0:
            local = f + "." + l
        elif style == 1:
            local = f[0] + l + str(r.randrange(1, 99))
        elif style == 2:
            local = f + "_" + l[:4]
        elif style == 3:
            local = l + "." + f[0]
        elif style == 4:
            local = f + str(r.randrange(1970, 2008))
        else:
            local = f + "-" + r.choice(WORDS)
        return local + "@" + (domain or r.choice(MAIL_DOMAINS))

    # ---- IP
    def ipv4(self):
        while True:
            a = "%d.%d.%d.%d" % (self.r.choice(V4_FIRST), self.r.randrange(256), self.r.randrange(256),
                                 self.r.randrange(1, 255))
            ip = ipaddress.ip_address(a)
            if ip.is_global and not ip.is_multicast:
                return a

    def ipv6(self):
        r = self.r
        while True:
            parts = [r.choice(V6_FIRST)] + ["%x" % r.randrange(0x10000) for _ in range(7)]
            style = r.randrange(3)
            if style == 0:
                a = ":".join(parts)
            elif style == 1:
                parts[3:6] = ["0", "0", "0"]
                a = str(ipaddress.ip_address(":".join(parts)))
            else:
                a = ":".join(parts[:4]) + "::" + parts[7]
            ip = ipaddress.ip_address(a)
            if ip.is_global and not ip.is_multicast:
                return a

    # ---- keys
    def key(self, shape):
        r = self.r
        pre = ""
        if "+" in shape:
            pre, shape = shape.rsplit("+", 1)
        kind, _, n = shape.partition(".")
        indent = 0
        if "." in n:
            n, indent = n.split(".")
            indent = int(indent)
        n = int(n or 0)
        if kind == "hex":
            v = self.s(HEXL, n)
        elif kind == "HEX":
            v = self.s("0123456789ABCDEF", n)
        elif kind == "an":
            v = self.s(ALNUM, n)
            while not (re.search(r"\d", v) and re.search(r"[A-Z]", v) and re.search(r"[a-z]", v)):
                v = self.s(ALNUM, n)
        elif kind == "lan":
            v = self.s(string.ascii_lowercase + string.digits, n)
        elif kind == "uan":
            v = self.s(string.ascii_uppercase + string.digits, n)
        elif kind == "b64":
            v = base64.b64encode(bytes(r.randrange(256) for _ in range(n))).decode()
        elif kind == "b64u":
            v = base64.urlsafe_b64encode(bytes(r.randrange(256) for _ in range(n))).decode().rstrip("=")
        elif kind == "b32":
            v = base64.b32encode(bytes(r.randrange(256) for _ in range(n))).decode().rstrip("=")
        elif kind == "uuid":
            h = self.s(HEXL, 32)
            h = h[:12] + "4" + h[13:16] + r.choice("89ab") + h[17:]
            v = "%s-%s-%s-%s-%s" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:])
        elif kind == "jwt":
            head = base64.urlsafe_b64encode(b'{"alg":"HS256","typ":"JWT"}').decode().rstrip("=")
            body = base64.urlsafe_b64encode(('{"sub":"%s","iat":%d}' % (self.s(HEXL, 12), r.randrange(1600000000, 1800000000))).encode()).decode().rstrip("=")
            v = head + "." + body + "." + base64.urlsafe_b64encode(bytes(r.randrange(256) for _ in range(32))).decode().rstrip("=")
        elif kind == "django":
            v = self.s(string.ascii_lowercase + string.digits + "!#%^*(-_=+)", 50)
            v = re.sub(r"^[^a-z0-9]", "k", v)
            v = re.sub(r"[^a-z0-9]$", "7", v)
        elif kind == "pem":
            body = base64.b64encode(bytes(r.randrange(256) for _ in range(n or 180))).decode()
            lines = [body[i:i + 64] for i in range(0, len(body), 64)]
            label = pre or "PRIVATE KEY"
            sep = "\n" + " " * indent
            return "-----BEGIN %s-----%s%s%s-----END %s-----" % (label, sep, sep.join(lines), sep, label)
        elif kind == "mnemonic":
            v = " ".join(r.choice(WORDS) for _ in range(n or 12))
        else:
            raise ValueError("unknown key shape " + shape)
        return pre + v

    # ---- passwords
    def pw(self, ctx):
        r = self.r
        sym = CTX[ctx]
        style = r.randrange(10)
        if style == 0:
            ws = [r.choice(WORDS) for _ in range(r.randrange(3, 6))]
            if r.random() < 0.5:
                ws = [w.capitalize() for w in ws]
            joiner = r.choice([c for c in "-._" if c in sym] or [""])
            v = joiner.join(ws) + (str(r.randrange(10, 99)) if r.random() < 0.5 else "")
        elif style == 1:
            n = r.randrange(14, 24)
            v = self.s(ALNUM + sym, n)
            v = r.choice(ALNUM) + v[1:-1] + r.choice(ALNUM)
        elif style == 2:
            v = r.choice(WEAK)
        elif style == 3:
            v = r.choice(r.choice(MONTHS)) + str(r.randrange(2019, 2027)) + ("!" if "!" in sym else "")
        elif style == 4:
            v = r.choice(FIRST).capitalize() + str(r.randrange(1960, 2006))
        elif style == 5:
            v = self.key("an.%d" % r.randrange(16, 29))
        elif style == 6:
            w = r.choice(WORDS)
            v = w.translate(str.maketrans("aeios", "43105")) + r.choice(WORDS).capitalize() + str(r.randrange(10, 999))
        elif style == 7:
            v = r.choice(WORDS) + str(r.randrange(100, 999)) + r.choice(WORDS).capitalize()
        elif style == 8:
            v = r.choice(WALKS) + (r.choice(sym.replace("-", "").replace("_", "").replace(".", "")) if len(sym) > 3 else "")
        else:
            v = "-".join("".join(r.choice(SYLL) for _ in range(3)) for _ in range(3)) if "-" in sym else \
                "".join(r.choice(SYLL) for _ in range(6))
            v = v.capitalize() + str(r.randrange(1, 9))
        assert "@" not in v
        return v

    # ---- look-alikes
    def look(self, kind):
        r = self.r
        if kind.endswith("_uuid") or kind in ("uuid_id", "k8s_uid"):
            return self.key("uuid")
        if kind in ("version", "snippet_version"):
            return "%d.%d.%d" % (r.randrange(0, 9), r.randrange(0, 30), r.randrange(0, 20))
        if kind == "date":
            return "20%02d-%02d-%02d" % (r.randrange(18, 27), r.randrange(1, 13), r.randrange(1, 29))
        if kind == "timestamp":
            return "20%02d-%02d-%02dT%02d:%02d:%02dZ" % (r.randrange(18, 27), r.randrange(1, 13), r.randrange(1, 29),
                                                        r.randrange(24), r.randrange(60), r.randrange(60))
        if kind == "log_time":
            return "%02d:%02d:%02d" % (r.randrange(24), r.randrange(60), r.randrange(60))
        if kind == "epoch":
            return str(r.randrange(1600000000, 1800000000))
        if kind == "epoch_ms":
            return str(r.randrange(1600000000000, 1800000000000))
        if kind in ("git_commit", "block_hash_hex"):
            return self.s(HEXL, 40)
        if kind == "short_sha":
            return self.s(HEXL, 7)
        if kind in ("sha256_checksum", "image_digest_hex"):
            return self.s(HEXL, 64)
        if kind == "image_digest":
            return "sha256:" + self.s(HEXL, 64)
        if kind == "md5_checksum":
            return self.s(HEXL, 32)
        if kind == "sha1_checksum":
            return self.s(HEXL, 40)
        if kind == "tx_hash":
            return "0x" + self.s(HEXL, 64)
        if kind == "eth_address":
            return "0x" + self.s("0123456789abcdefABCDEF", 40)
        if kind == "bls_pubkey":
            return "0x" + self.s(HEXL, 96)
        if kind == "ln_node_pubkey":
            return r.choice(["02", "03"]) + self.s(HEXL, 64)
        if kind == "enode_pubkey":
            return self.s(HEXL, 128)
        if kind == "peer_id":
            return "12D3KooW" + self.s("123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz", 44)
        if kind == "private_ip":
            c = r.randrange(3)
            if c == 0:
                return "10.%d.%d.%d" % (r.randrange(256), r.randrange(256), r.randrange(1, 255))
            if c == 1:
                return "172.%d.%d.%d" % (r.randrange(16, 32), r.randrange(256), r.randrange(1, 255))
            return "192.168.%d.%d" % (r.randrange(256), r.randrange(1, 255))
        if kind == "loopback_ip":
            return r.choice(["127.0.0.1", "127.0.0.1", "127.0.1.1", "127.0.0.53"])
        if kind == "unspecified_ip":
            return "0.0.0.0"
        if kind == "unspecified_ipv6":
            return "::"
        if kind == "loopback_ipv6":
            return "::1"
        if kind == "documentation_ip":
            return r.choice(["192.0.2.", "198.51.100.", "203.0.113."]) + str(r.randrange(1, 255))
        if kind == "documentation_ipv6":
            return "2001:db8:%x::%x" % (r.randrange(1, 0xffff), r.randrange(1, 0xffff))
        if kind == "ula_ipv6":
            return "fd%02x:%x:%x::%x" % (r.randrange(256), r.randrange(1, 0xffff), r.randrange(1, 0xffff), r.randrange(1, 0xfff))
        if kind == "link_local_ipv6":
            return "fe80::%x:%x:%x:%x" % tuple(r.randrange(1, 0xffff) for _ in range(4))
        if kind == "link_local_ip":
            return "169.254.%d.%d" % (r.randrange(1, 255), r.randrange(1, 255))
        if kind == "shared_ip":
            return "100.%d.%d.%d" % (r.randrange(64, 128), r.randrange(256), r.randrange(1, 255))
        if kind == "multicast_ip":
            return "239.%d.%d.%d" % (r.randrange(256), r.randrange(256), r.randrange(1, 255))
        if kind == "mac_address":
            return ":".join("%02x" % r.randrange(256) for _ in range(6))
        if kind in ("reserved_email", "snippet_reserved_email"):
            return r.choice(FIRST) + "@" + r.choice(["example.com", "example.org", "example.net", "mail.example",
                                                      "lab.test", "host.invalid"])
        if kind == "documentation_ip_cidr":
            raise ValueError
        if kind == "bcrypt_hash":
            return "$2b$12$" + self.s(string.ascii_letters + string.digits + "./", 53)
        if kind == "argon2_hash":
            return "$argon2id$v=19$m=65536,t=3,p=4$" + self.key("b64u.16") + "$" + self.key("b64u.32")
        if kind == "sha512crypt_hash":
            return "$6$" + self.s(ALNUM, 16) + "$" + self.s(ALNUM + "./", 86)
        if kind == "gpg_fingerprint":
            return self.s("0123456789ABCDEF", 40)
        if kind == "ssh_public_key":
            return "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI" + self.s(ALNUM + "+/", 43)
        if kind == "ssh_host_fingerprint":
            return "SHA256:" + self.key("b64u.32")[:43]
        if kind == "orcid":
            return "0000-000%d-%04d-%03d%s" % (r.randrange(1, 4), r.randrange(10000), r.randrange(1000), r.choice("0123456789X"))
        if kind == "doi":
            return "10.%d/%s.%d" % (r.randrange(1000, 9999), r.choice(WORDS), r.randrange(1000, 99999))
        if kind == "isbn":
            return "978-%d-%04d-%04d-%d" % (r.randrange(0, 10), r.randrange(10000), r.randrange(10000), r.randrange(10))
        if kind == "oid":
            return "1.3.6.1.4.1.%d.%d.%d" % (r.randrange(1000, 60000), r.randrange(1, 20), r.randrange(1, 300))
        if kind == "build_id":
            return "%d" % r.randrange(10000, 999999)
        if kind == "hex_color":
            return "#" + self.s(HEXL, 6)
        if kind == "steam_app_id":
            return str(r.randrange(200000, 2500000))
        if kind == "steam_id":
            return "7656119%010d" % r.randrange(10 ** 10)
        if kind == "discord_id":
            return str(r.randrange(10 ** 17, 10 ** 18))
        if kind == "semver_range":
            return "^%d.%d.%d" % (r.randrange(0, 9), r.randrange(0, 30), r.randrange(0, 20))
        if kind == "cert_serial":
            return ":".join("%02X" % r.randrange(256) for _ in range(16))
        if kind == "port_number":
            return str(r.randrange(1024, 65535))
        if kind == "commit_range":
            return self.s(HEXL, 7) + ".." + self.s(HEXL, 7)
        if kind == "x_request_id":
            return self.s(HEXL, 32)
        if kind == "trace_id":
            return self.s(HEXL, 32)
        if kind == "public_key_b64":
            return self.key("b64.32")
        if kind == "wireguard_public_key":
            return self.key("b64.32")
        if kind == "client_id":
            return self.s(string.ascii_lowercase + string.digits, 20) + "." + r.choice(["apps", "client", "oauth"])
        if kind == "iban_example":
            return "GB82WEST12345698765432"
        raise ValueError("no look-alike generator for " + kind)


HELPER_RE = re.compile(r"«(c|n|w|v):([^«»]*)»")
PH_RE = re.compile(r"«([^«»]*)»")


def _helpers(g, text, saved_words):
    def rep(m):
        t, body = m.group(1), m.group(2)
        name = None
        if "~" in body and t in ("w", "c", "n"):
            body, name = body.rsplit("~", 1)
        if t == "c":
            v = g.r.choice(body.split("|"))
        elif t == "n":
            lo, hi = body.split("-")
            v = str(g.r.randrange(int(lo), int(hi) + 1))
        elif t == "v":
            return saved_words[body]
        else:
            if body == "word":
                v = g.word()
            elif body == "Word":
                v = g.word().capitalize()
            elif body == "first":
                v = g.r.choice(FIRST)
            elif body == "First":
                v = g.r.choice(FIRST).capitalize()
            elif body == "last":
                v = g.r.choice(LAST)
            elif body == "Last":
                v = g.r.choice(LAST).capitalize()
            elif body.startswith("hex"):
                v = g.s(HEXL, int(body[3:]))
            elif body.startswith("an"):
                v = g.s(string.ascii_lowercase + string.digits, int(body[2:]))
            else:
                raise ValueError(body)
        if name:
            saved_words[name] = v
        return v
    prev = None
    while prev != text:
        prev = text
        text = HELPER_RE.sub(rep, text)
    return text


def mark(tag, kind, value):
    return M0 + tag + "|" + kind + M1 + value + M2


def fill(rnd, text):
    """Expand helpers, then placeholders in text order; return the text with marked values."""
    g = G(rnd)
    saved_words = {}
    text = _helpers(g, text, saved_words)
    saved = {}

    def rep(m):
        body = m.group(1)
        name = None
        if body.startswith("="):
            tag, kind, value = saved[body[1:]]
            return mark(tag, kind, value)
        if body.startswith("L:"):
            rest = body[2:]
            if "=" in rest:
                kind, lit = rest.split("=", 1)
                return mark("LOOK", kind, lit)
            return mark("LOOK", rest, g.look(rest))
        if "~" in body:
            body, name = body.rsplit("~", 1)
        t, _, rest = body.partition(":")
        if t == "e":
            if "@" in rest:
                kind, dom = rest.split("@", 1)
                tag, value = "EMAIL", g.email(dom)
            else:
                kind, tag, value = rest, "EMAIL", g.email()
        elif t in ("ip", "ip4", "ip6", "ipb", "ipb6"):
            kind = rest
            six = t in ("ip6", "ipb6") or (t in ("ip", "ipb") and g.r.random() < 0.3)
            if six:
                value = g.ipv6()
                if t in ("ip", "ipb"):
                    kind += "_v6"
            else:
                value = g.ipv4()
            tag = "IP_ADDRESS"
            if t.startswith("ipb") and six:
                out = "[" + mark(tag, kind, value) + "]"
                if name:
                    saved[name] = (tag, kind, value)
                return out
        elif t == "k":
            kind, shape = rest.split(":", 1)
            tag = "KEY"
            value = shape[1:] if shape.startswith("=") else g.key(shape)
        elif t == "p":
            kind, ctx = rest.split(":", 1)
            tag = "PASSWORD"
            value = ctx[1:] if ctx.startswith("=") else g.pw(ctx)
        elif t == "b64":
            kind, src = rest.split(":", 1)
            tag = "KEY"
            value = base64.b64encode(saved[src][2].encode()).decode()
        else:
            raise ValueError("bad placeholder «%s»" % body)
        if name:
            saved[name] = (tag, kind, value)
        return mark(tag, kind, value)

    return PH_RE.sub(rep, text)
