"""Value generators for held-out set 17 (written from scratch for this set).

Every function takes a ``random.Random`` and returns a string.  Nothing here is a
real credential: every value is random and only follows the public shape of what
it imitates.  Standard library only.
"""

import base64
import hashlib
import ipaddress
import string

LOW = string.ascii_lowercase
UP = string.ascii_uppercase
DIG = string.digits
HEX = "0123456789abcdef"
ALNUM = LOW + UP + DIG
B64 = ALNUM + "+/"
B64URL = ALNUM + "-_"
B32 = UP + "234567"
BECH = "023456789acdefghjklmnpqrstuvwxyz"


def rs(r, alphabet, n):
    return "".join(r.choice(alphabet) for _ in range(n))


# --------------------------------------------------------------------------- people and mail

FIRST = [
    "Aroha", "Tavita", "Keoni", "Mele", "Ngozi", "Kofi", "Ama", "Yaw", "Nalesoni", "Sione", "Inuk", "Aputsiaq",
    "Niillas", "Áile", "Máret", "Fenella", "Juan", "Ximena", "Itzel", "Tupaq", "Wayra", "Ilse", "Ruslan",
    "Aisulu", "Sardor", "Dilnoza", "Baatar", "Oyuna", "Tenzin", "Pema", "Kinley", "Sonam", "Lalita", "Rohan",
    "Anjali", "Girish", "Yusuf", "Leyla", "Zaur", "Khadija", "Idir", "Tanina", "Massinissa", "Nuria", "Iker",
    "Beñat", "Miren", "Jonas", "Linnea", "Eero", "Ville", "Marit", "Ole", "Finnur", "Hekla", "Dora", "Lucian",
    "Ioana", "Petra", "Zdenek", "Milos", "Vesna", "Kalinda", "Tane", "Hemi", "Losa", "Ofa", "Vailea", "Mosese",
    "Isileli", "Akosua", "Kwabena", "Kwame", "Ebo", "Efua", "Selorm", "Dzifa", "Mamadou", "Awa", "Fatoumata",
    "Oumar", "Seydou", "Nkosana", "Thandeka", "Rudzani", "Tshilidzi", "Musa", "Hlengiwe", "Wanjiru", "Kamau",
    "Mwangi", "Achieng", "Otieno", "Nakato", "Ssemakula", "Kato", "Irakoze", "Ndayishimiye", "Xiong", "Pa",
    "Nou", "Teuila", "Manu", "Rangi", "Aperahama", "Jacinta", "Grazia", "Salvu", "Nenè", "Gioachino",
]
LAST = [
    "Ngata", "Tuilagi", "Kahananui", "Havili", "Okafor", "Mensah", "Boateng", "Asante", "Fifita", "Lund",
    "Kleist", "Petersen", "Somby", "Gaup", "Eira", "Quayle", "Kermode", "Mamani", "Quispe", "Huanca",
    "Cuauhtli", "Tlacaelel", "Hernandes", "Akhmetov", "Nurlanova", "Tashkentov", "Bat-Erdene", "Dorji",
    "Wangchuk", "Tshering", "Naik", "Kamat", "Desai", "Aliyev", "Hasanova", "Ait-Ali", "Amrouche", "Meziane",
    "Etxeberria", "Garaikoetxea", "Virtanen", "Lehtonen", "Haugen", "Sigurdsson", "Popescu", "Dvorak",
    "Kowalczyk", "Hohaia", "Pomare", "Vaipulu", "Tonga", "Owusu", "Agyeman", "Amoah", "Dogbe", "Kpodo",
    "Diarra", "Traore", "Keita", "Coulibaly", "Ndlovu", "Nemavhola", "Mudau", "Baloyi", "Maluleke",
    "Kariuki", "Njoroge", "Waweru", "Mukasa", "Nsubuga", "Ssewanyana", "Niyonzima", "Bizimana", "Vang",
    "Thao", "Lor", "Salave'a", "Ferrante", "Borg", "Camilleri", "Greco", "Esposito", "Zanetti", "Furlan",
]

PROVIDERS = [
    "gmail.com", "outlook.com", "hotmail.com", "yahoo.com", "proton.me", "protonmail.com", "gmx.net", "gmx.at",
    "web.de", "posteo.de", "mailbox.org", "icloud.com", "me.com", "zoho.com", "fastmail.com", "tutanota.com",
    "yandex.ru", "mail.ru", "ukr.net", "seznam.cz", "wp.pl", "o2.pl", "libero.it", "virgilio.it", "laposte.net",
    "orange.fr", "free.fr", "t-online.de", "bluewin.ch", "abv.bg", "freemail.hu", "inbox.lv", "naver.com",
    "daum.net", "qq.com", "163.com", "rediffmail.com", "yahoo.co.nz", "xtra.co.nz", "bigpond.com", "shaw.ca",
    "btinternet.com", "sky.com", "telia.com", "online.no", "pp.inet.fi", "simnet.is", "mweb.co.za",
    "yahoo.com.mx", "uol.com.br", "bol.com.br", "terra.com.br",
]
SYL = ["ka", "lo", "ma", "ri", "ta", "nu", "ve", "so", "pe", "di", "ko", "ra", "zu", "mi", "tan", "hal", "vek",
       "mor", "lin", "gar", "tor", "sen", "bra", "pol", "qui", "wen", "dal", "fer", "nox", "ula"]
CORP_TAIL = ["labs", "works", "data", "grid", "soft", "tech", "med", "agri", "geo", "net", "ops", "bio", "fin",
             "civic", "motion", "print", "tracks", "voice", "forms", "marine"]
TLDS = ["io", "co", "de", "nz", "is", "mt", "lu", "fj", "to", "ws", "gl", "ug", "bi", "gh", "ml", "tl", "vu",
        "pf", "bt", "mn", "ee", "si", "com", "net", "org", "eu", "africa", "co.ug", "co.nz", "com.fj"]
RESERVED_DOMAINS = ["example.com", "example.org", "example.net", "corp.example", "mail.example",
                    "dev.test", "ci.test", "nowhere.invalid", "localhost"]


def ascii_name(s):
    table = {"á": "a", "Á": "A", "ñ": "n", "é": "e", "è": "e", "ê": "e", "'": "", "-": ""}
    return "".join(table.get(c, c) for c in s)


def person(r):
    return r.choice(FIRST), r.choice(LAST)


def local_part(r, first=None, last=None):
    if first is None:
        first, last = person(r)
    f, l = ascii_name(first).lower(), ascii_name(last).lower()
    style = r.randrange(8)
    if style == 0:
        return f"{f}.{l}"
    if style == 1:
        return f"{f[0]}{l}"
    if style == 2:
        return f"{f}{r.randint(1, 99)}"
    if style == 3:
        return f"{f}_{l}"
    if style == 4:
        return f"{l}.{f[0]}"
    if style == 5:
        return f"{f}.{l}{r.randint(70, 2005)}"
    if style == 6:
        return f"{f}+{r.choice(['ci', 'ops', 'lists', 'git', 'alerts'])}"
    return f"{f}-{l}"


def corp_domain(r):
    base = r.choice(SYL) + r.choice(SYL) + r.choice(["", r.choice(SYL)])
    return f"{base}{r.choice(CORP_TAIL)}.{r.choice(TLDS)}"


def email(r, first=None, last=None):
    lp = local_part(r, first, last)
    if r.random() < 0.55:
        return f"{lp}@{r.choice(PROVIDERS)}"
    return f"{lp}@{corp_domain(r)}"


def role_email(r, domain=None):
    return f"{r.choice(['ops', 'billing', 'noc', 'it', 'admin', 'support', 'security', 'dispatch', 'lab'])}@{domain or corp_domain(r)}"


def reserved_email(r):
    return f"{local_part(r)}@{r.choice(RESERVED_DOMAINS)}"


# --------------------------------------------------------------------------- addresses

def ipv4(r):
    while True:
        s = f"{r.randint(1, 223)}.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}"
        a = ipaddress.ip_address(s)
        if a.is_global and not a.is_multicast:
            return s


def ipv6(r):
    while True:
        head = r.choice(["2a01", "2a02", "2a03", "2a05", "2001:4860", "2400", "2404", "2600", "2604", "2803", "2c0f"])
        parts = head.split(":")
        while len(parts) < 4:
            parts.append(f"{r.randrange(1, 0x10000):x}")
        s = ":".join(parts) + "::" + f"{r.randrange(1, 0x10000):x}"
        a = ipaddress.ip_address(s)
        if a.is_global and not a.is_multicast:
            return s


def private_ip(r):
    k = r.randrange(3)
    if k == 0:
        return f"10.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}"
    if k == 1:
        return f"172.{r.randint(16, 31)}.{r.randint(0, 255)}.{r.randint(1, 254)}"
    return f"192.168.{r.randint(0, 255)}.{r.randint(1, 254)}"


def loopback_ip(r):
    return r.choice(["127.0.0.1", f"127.0.{r.randint(0, 9)}.{r.randint(1, 9)}"])


def cgnat_ip(r):
    return f"100.{r.randint(64, 127)}.{r.randint(0, 255)}.{r.randint(1, 254)}"


def doc_ip(r):
    return f"{r.choice(['192.0.2', '198.51.100', '203.0.113'])}.{r.randint(1, 254)}"


def linklocal_ip(r):
    return f"169.254.{r.randint(1, 254)}.{r.randint(1, 254)}"


def netmask(r):
    return r.choice(["255.255.255.0", "255.255.0.0", "255.255.255.128", "255.255.255.192", "255.255.252.0",
                     "255.255.255.240"])


def mac(r):
    return ":".join(f"{r.randrange(256):02x}" for _ in range(6))


# --------------------------------------------------------------------------- identifiers (look-alikes)

def uuid4(r):
    h = rs(r, HEX, 32)
    h = h[:12] + "4" + h[13:16] + r.choice("89ab") + h[17:]
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"


def version3(r):
    return f"{r.randint(0, 14)}.{r.randint(0, 40)}.{r.randint(0, 30)}"


def version4(r):
    return f"{r.randint(1, 12)}.{r.randint(0, 9)}.{r.randint(0, 60)}.{r.randint(1, 250)}"


def git_sha(r):
    return rs(r, HEX, 40)


def short_sha(r):
    return rs(r, HEX, 9)


def sha256_hex(r):
    return rs(r, HEX, 64)


def md5_hex(r):
    return rs(r, HEX, 32)


def object_id(r):
    return rs(r, HEX, 24)


def trace_id(r):
    return rs(r, HEX, 32)


def span_id(r):
    return rs(r, HEX, 16)


def docker_digest(r):
    return "sha256:" + rs(r, HEX, 64)


def isbn13(r):
    digits = [9, 7, 8] + [r.randrange(10) for _ in range(9)]
    s = sum(d * (1 if i % 2 == 0 else 3) for i, d in enumerate(digits))
    digits.append((10 - s % 10) % 10)
    d = "".join(map(str, digits))
    return f"{d[:3]}-{d[3]}-{d[4:8]}-{d[8:12]}-{d[12]}"


def orcid(r):
    return "0000-000" + str(r.randint(1, 3)) + "-" + rs(r, DIG, 4) + "-" + rs(r, DIG, 3) + r.choice(DIG + "X")


def ssh_ed25519_pub(r):
    return "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI" + rs(r, B64, 43)


def wg_key(r):
    return base64.b64encode(bytes(r.randrange(256) for _ in range(32))).decode()


def age_public(r):
    return "age1" + rs(r, BECH, 58)


def npub(r):
    return "npub1" + rs(r, BECH, 58)


def recaptcha_site_key(r):
    return "6L" + rs(r, B64URL, 38)


def stripe_publishable(r):
    return "pk_live_" + rs(r, ALNUM, 99)


def mapbox_public(r):
    return "pk.eyJ1Ijoi" + rs(r, B64URL, 30) + "." + rs(r, B64URL, 22)


def pgp_fingerprint(r):
    h = rs(r, HEX.upper(), 40)
    return " ".join(h[i:i + 4] for i in range(0, 40, 4))


def bcrypt_hash(r):
    return "$2b$" + r.choice(["10", "12", "11"]) + "$" + rs(r, ALNUM + "./", 53)


def argon2_hash(r):
    return "$argon2id$v=19$m=65536,t=3,p=4$" + rs(r, ALNUM + "+/", 22) + "$" + rs(r, ALNUM + "+/", 43)


def sha512_crypt(r):
    return "$6$" + rs(r, ALNUM + "./", 16) + "$" + rs(r, ALNUM + "./", 86)


def pbkdf2_django(r):
    return f"pbkdf2_sha256$870000${rs(r, ALNUM, 22)}${rs(r, B64, 43)}="


def scram_sha256(r):
    return (f"SCRAM-SHA-256$4096:{rs(r, B64, 22)}==${rs(r, B64, 43)}=:{rs(r, B64, 43)}=")


def mysql_native_hash(r):
    return "*" + rs(r, HEX.upper(), 40)


def cisco_type9(r):
    return "$9$" + rs(r, ALNUM + "./", 14) + "$" + rs(r, ALNUM + "./", 43)


def juniper_9(r):
    return "$9$" + rs(r, ALNUM + "./-", 40)


def placeholder_password(r):
    return r.choice(["changeme", "<password>", "CHANGE_ME", "${DB_PASSWORD}", "********", "xxxxxxxx",
                     "your-password-here", "<redacted>", "{{ vault_password }}", "REPLACE_ME"])


# --------------------------------------------------------------------------- keys and tokens

def _jwt(r, payload_len=60):
    head = "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9"
    return f"{head}.eyJ{rs(r, B64URL, payload_len)}.{rs(r, B64URL, 43)}"


KEYS = {
    # AI and data
    "anthropic": lambda r: "sk-ant-api03-" + rs(r, B64URL, 93) + "AA",
    "openrouter": lambda r: "sk-or-v1-" + rs(r, HEX, 64),
    "together": lambda r: rs(r, HEX, 64),
    "deepinfra": lambda r: rs(r, ALNUM, 32),
    "voyage": lambda r: "pa-" + rs(r, B64URL, 43),
    "elevenlabs": lambda r: "sk_" + rs(r, HEX, 48),
    "assemblyai": lambda r: rs(r, HEX, 32),
    "neon": lambda r: "napi_" + rs(r, LOW + DIG, 64),
    "railway": uuid4,
    # cloud / infra
    "tailscale_auth": lambda r: "tskey-auth-k" + rs(r, ALNUM, 10) + "CNTRL-" + rs(r, ALNUM, 33),
    "headscale_preauth": lambda r: rs(r, HEX, 48),
    "netbird_setup": lambda r: uuid4(r).upper(),
    "ngrok": lambda r: "2" + rs(r, ALNUM, 26) + "_" + rs(r, ALNUM, 21),
    "cloudflare_tunnel": lambda r: "eyJhIjoi" + rs(r, B64, 150) + "In0=",
    "consul_acl": uuid4,
    "nomad_token": uuid4,
    "vault_token": lambda r: "hvs." + rs(r, B64URL, 92),
    "exoscale": lambda r: "EXO" + rs(r, HEX, 24),
    "ovh_app_secret": lambda r: rs(r, HEX, 32),
    "ionos": lambda r: _jwt(r, 90),
    "upcloud": lambda r: "ucat_" + rs(r, ALNUM, 26),
    "yandex_static": lambda r: "YCAJE" + rs(r, B64URL, 35),
    "alibaba_ak_id": lambda r: "LTAI5t" + rs(r, ALNUM, 18),
    "alibaba_ak_secret": lambda r: rs(r, ALNUM, 30),
    "tencent_secret_id": lambda r: "AKID" + rs(r, ALNUM, 32),
    "tencent_secret_key": lambda r: rs(r, ALNUM, 32),
    "huawei_ak": lambda r: rs(r, UP + DIG, 20),
    "huawei_sk": lambda r: rs(r, ALNUM, 40),
    "ibm_cloud": lambda r: rs(r, B64URL, 44),
    "globus_client_secret": lambda r: rs(r, B64, 43) + "=",
    # package and build
    "rubygems": lambda r: "rubygems_" + rs(r, HEX, 48),
    "pypi": lambda r: "pypi-AgEIcHlwaS5vcmc" + rs(r, B64URL, 150),
    "nuget": lambda r: "oy2" + rs(r, LOW + DIG, 43),
    "crates": lambda r: "cio" + rs(r, ALNUM, 32),
    "conan": lambda r: rs(r, ALNUM, 40),
    "cachix": lambda r: "eyJhbGciOiJIUzI1NiJ9.eyJ" + rs(r, B64URL, 70) + "." + rs(r, B64URL, 43),
    "jfrog_identity": lambda r: "cmVmdGtuOjAxOjE3" + rs(r, ALNUM, 48),
    "docker_pat": lambda r: "dckr_pat_" + rs(r, B64URL, 27),
    "buildkite_agent": lambda r: rs(r, HEX, 50),
    "youtrack": lambda r: "perm:" + rs(r, B64, 16).replace("+", "a").replace("/", "b") + "." + rs(r, ALNUM, 8)
                          + "." + rs(r, ALNUM, 30),
    "gitlab_runner": lambda r: "glrt-" + rs(r, B64URL, 20),
    "gitlab_pat": lambda r: "glpat-" + rs(r, B64URL, 20),
    "woodpecker_agent": lambda r: rs(r, HEX, 64),
    # payments and messaging, new regions
    "omise_secret": lambda r: "skey_" + r.choice(["test_", ""]) + rs(r, LOW + DIG, 19),
    "toss_secret": lambda r: "live_sk_" + rs(r, ALNUM, 20),
    "conekta": lambda r: "key_" + rs(r, ALNUM, 27),
    "culqi": lambda r: "sk_live_" + rs(r, ALNUM, 16),
    "midtrans_server": lambda r: "Mid-server-" + rs(r, B64URL, 24),
    "iyzico_secret": lambda r: "sandbox-" + rs(r, ALNUM, 32),
    "momo_subscription": lambda r: rs(r, HEX, 32),
    "termii": lambda r: "TL" + rs(r, ALNUM, 58),
    "hubtel_secret": lambda r: rs(r, LOW, 8),
    "arkesel": lambda r: rs(r, ALNUM, 36),
    "kora_secret": lambda r: "sk_live_" + rs(r, ALNUM, 40),
    "fawry_security": lambda r: rs(r, HEX, 32),
    "ebanx": lambda r: rs(r, B64URL, 40),
    "square": lambda r: "EAAA" + rs(r, B64URL, 60),
    "gocardless": lambda r: "live_" + rs(r, B64URL, 40),
    "ably": lambda r: rs(r, ALNUM, 6) + "." + rs(r, ALNUM, 6) + ":" + rs(r, B64URL, 43),
    "rocketchat_pat": lambda r: rs(r, B64URL, 43),
    "mattermost_pat": lambda r: rs(r, LOW + DIG, 26),
    "zulip_api": lambda r: rs(r, ALNUM, 32),
    "matrix_access": lambda r: "syt_" + rs(r, B64URL, 12) + "_" + rs(r, ALNUM, 20) + "_" + rs(r, ALNUM, 6),
    "bluesky_app": lambda r: "-".join(rs(r, LOW + DIG, 4) for _ in range(4)),
    "lemmy_jwt": lambda r: _jwt(r, 80),
    "mastodon_token": lambda r: rs(r, B64URL, 43),
    "line_channel": lambda r: rs(r, B64, 171) + "=",
    "viber_auth": lambda r: rs(r, HEX, 16) + "-" + rs(r, HEX, 16) + "-" + rs(r, HEX, 16),
    "kakao_rest": lambda r: rs(r, HEX, 32),
    "zapier_hook_secret": lambda r: rs(r, ALNUM, 7),
    "n8n_api": lambda r: _jwt(r, 110),
    "retool_api": lambda r: "retool_" + rs(r, ALNUM, 32),
    "airtable_webhook_mac": lambda r: base64.b64encode(bytes(r.randrange(256) for _ in range(32))).decode(),
    "hmac_secret": lambda r: rs(r, HEX, 64),
    # observability
    "grafana_cloud": lambda r: "glc_eyJvIjoi" + rs(r, B64, 120) + "In19",
    "loki_basic_token": lambda r: "glc_" + rs(r, B64, 80),
    "checkmk_automation": lambda r: rs(r, UP + DIG, 32),
    "icinga_api_password": lambda r: rs(r, HEX, 32),
    "zabbix_api": lambda r: rs(r, HEX, 64),
    "honeybadger": lambda r: "hbp_" + rs(r, ALNUM, 36),
    "betterstack": lambda r: rs(r, ALNUM, 24),
    "uptime_kuma": lambda r: "uk1_" + rs(r, ALNUM, 40),
    "healthchecks_api": lambda r: rs(r, B64URL, 32),
    # identity and secrets
    "keycloak_client_secret": lambda r: rs(r, ALNUM, 32),
    "dex_client_secret": lambda r: rs(r, B64URL, 40),
    "authentik_token": lambda r: rs(r, ALNUM, 60),
    "saml_signing_key": None,  # filled below (PEM)
    "django_secret": lambda r: "django-insecure-" + rs(r, LOW + DIG + "!@^&*(-_=+)", 50),
    "laravel_app_key": lambda r: "base64:" + base64.b64encode(bytes(r.randrange(256) for _ in range(32))).decode(),
    "rails_master_key": lambda r: rs(r, HEX, 32),
    "symfony_app_secret": lambda r: rs(r, HEX, 32),
    "flask_secret": lambda r: rs(r, HEX, 48),
    "jwt_secret": lambda r: rs(r, B64URL, 64),
    "wireguard_private": wg_key,
    "age_secret": lambda r: "AGE-SECRET-KEY-1" + rs(r, BECH.upper(), 58),
    "nostr_nsec": lambda r: "nsec1" + rs(r, BECH, 58),
    "minisign_secret": lambda r: "RWRTY0Iy" + rs(r, B64, 204) + "=",
    "rabbitmq_cookie": lambda r: rs(r, UP, 20),
    "kamailio_secret": lambda r: rs(r, ALNUM, 24),
    "slurm_jwt_key": lambda r: base64.b64encode(bytes(r.randrange(256) for _ in range(48))).decode(),
    "munge_key_b64": lambda r: base64.b64encode(bytes(r.randrange(256) for _ in range(64))).decode(),
    "ansible_vault_id": lambda r: rs(r, ALNUM, 40),
    "totp_seed": lambda r: rs(r, B32, 32),
    "steam_web_api": lambda r: rs(r, HEX.upper(), 32),
    "unreal_eos_secret": lambda r: rs(r, B64URL, 43),
    "twitch_client_secret": lambda r: rs(r, LOW + DIG, 30),
    "home_assistant_llat": lambda r: _jwt(r, 140),
    "radarr_api": lambda r: rs(r, HEX, 32),
    "kopia_repo_token": lambda r: rs(r, B64, 120),
    "duplicati_passphrase": lambda r: rs(r, ALNUM, 32),
    "restic_b2_key": lambda r: "K00" + rs(r, ALNUM, 28),
    "sophos_api_secret": lambda r: rs(r, HEX, 72),
    "watchguard_api": lambda r: rs(r, ALNUM, 40),
    "juniper_mist": lambda r: rs(r, ALNUM, 80),
    "zyxel_nebula": lambda r: rs(r, B64URL, 40),
    "tfe_team": lambda r: rs(r, ALNUM, 14) + ".atlasv1." + rs(r, ALNUM, 67),
    "boundary_token": lambda r: "at_" + rs(r, ALNUM, 10) + "_s1" + rs(r, ALNUM, 100),
    "basic_auth": None,  # special, see basic_auth()
    "aws_access_key_id": lambda r: "AKIA" + rs(r, UP + "234567", 16),
    "aws_secret": lambda r: rs(r, ALNUM + "+/", 40),
    "google_api": lambda r: "AIza" + rs(r, B64URL, 35),
    "github_pat": lambda r: "github_pat_11" + rs(r, UP + DIG, 20) + "_" + rs(r, ALNUM, 59),
    "slack_bot": lambda r: f"xoxb-{rs(r, DIG, 12)}-{rs(r, DIG, 13)}-{rs(r, ALNUM, 24)}",
    "stripe_restricted": lambda r: "rk_live_" + rs(r, ALNUM, 99),
    "sendgrid": lambda r: "SG." + rs(r, B64URL, 22) + "." + rs(r, B64URL, 43),
    "mailersend": lambda r: "mlsn." + rs(r, HEX, 64),
    "smtp2go": lambda r: "api-" + rs(r, HEX.upper(), 32),
    "pulsar_jwt": lambda r: "eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJ" + rs(r, B64URL, 40) + "." + rs(r, B64URL, 86),
    "nats_nkey_seed": lambda r: "SU" + rs(r, B32, 56),
    "nats_user_jwt": lambda r: "eyJ0eXAiOiJKV1QiLCJhbGciOiJlZDI1NTE5LW5rZXkifQ.eyJ" + rs(r, B64URL, 120) + "."
                               + rs(r, B64URL, 86),
    "activemq_encryption": lambda r: rs(r, ALNUM, 24),
    "fdb_cluster_key": lambda r: rs(r, ALNUM, 16),
    "etcd_token": lambda r: rs(r, ALNUM, 16) + "." + rs(r, DIG, 8),
}


def pem(r, label="PRIVATE KEY", lines=8, indent=""):
    body = [rs(r, B64, 64) for _ in range(lines)] + [rs(r, B64, r.randint(20, 60)) + "="]
    inner = "\n".join(indent + b for b in body)
    return f"-----BEGIN {label}-----\n{inner}\n{indent}-----END {label}-----"


def pgp_private(r):
    body = [rs(r, B64, 64) for _ in range(9)]
    return ("-----BEGIN PGP PRIVATE KEY BLOCK-----\n\n" + "\n".join(body) + "\n=" + rs(r, B64, 4)
            + "\n-----END PGP PRIVATE KEY BLOCK-----")


KEYS["saml_signing_key"] = lambda r: pem(r, "PRIVATE KEY", 10)


def key(r, kind):
    return KEYS[kind](r)


def basic_auth(user, password):
    return base64.b64encode(f"{user}:{password}".encode()).decode()


# --------------------------------------------------------------------------- passwords

WORDS = ["harbour", "pumice", "kelp", "orbit", "lantern", "walrus", "saffron", "ember", "tundra", "basalt",
         "lagoon", "marimba", "cobalt", "juniper", "fjord", "quokka", "tamarind", "monsoon", "glacier", "cinder",
         "otter", "yucca", "nectar", "meteor", "paddock", "sorrel", "quarry", "ripple", "falcon", "mango",
         "pylon", "thimble", "voltage", "cactus", "zephyr", "muskox", "tapioca", "drizzle", "obsidian", "pebble"]
SEASONS = ["Spring", "Summer", "Autumn", "Winter", "Harmattan", "Makiisa", "Matari", "Ukiuq", "Aujaq", "Tau"]
SYMS = "!#%*+-?_.="

# Words in the languages used for the prose notes (plus a few more), for passwords.
NATIVE = {
    "manx": ["follit", "keayn", "ushtey", "eayst", "ollan", "grian"],
    "hmong": ["hnubqub", "ntujlim", "roobntxhw", "paj", "dej", "zaub"],
    "kabyle": ["adrar", "tafukt", "agris", "tizizwit", "aman", "tasedda"],
    "tamazight": ["ⴰⴷⵔⴰⵔ", "ⵜⴰⴼⵓⴽⵜ", "ⴰⵎⴰⵏ", "ⵉⵣⵎ", "ⵜⵉⴼⴰⵡⵜ"],
    "sami": ["goahti", "boazu", "čáhci", "guovssahas", "njáhkka", "beaivi"],
    "greenlandic": ["nanoq", "siku", "qilak", "aputaaq", "imaq", "tuttu"],
    "friulian": ["cjase", "fûc", "aghe", "lûs", "cjamp", "mont"],
    "ladino": ["kaza", "lunar", "alegria", "palomba", "djudezmo", "mar"],
    "romani": ["kham", "pani", "čiriklo", "šukar", "drom", "ruv"],
    "luganda": ["ennyanja", "enjuba", "omusana", "ebbeeyi", "ekibira", "enkoko"],
    "kirundi": ["umusozi", "izuba", "amazi", "inka", "ingoma", "ikiyaga"],
    "ewe": ["ɣeɖoɖo", "tsi", "atiɖeɖe", "ŋkeke", "dzo", "xɔ"],
    "twi": ["ɔsrane", "nsuo", "abɔfra", "ɛkɔm", "anoma", "owia"],
    "bambara": ["tile", "ji", "jiri", "sanji", "dugukolo", "kalo"],
    "fijian": ["vanua", "matagi", "wai", "vuravura", "kalokalo", "vale"],
    "tahitian": ["moana", "pahi", "miti", "ra'i", "fetia", "vai"],
    "ilocano": ["init", "danum", "bulan", "bituen", "baybay", "kayo"],
    "hiligaynon": ["adlaw", "tubig", "bulan", "dagat", "balay", "bukid"],
    "tetum": ["loron", "bee", "fulan", "tasi", "uma", "foho"],
    "bislama": ["solwota", "nakamal", "kakae", "pikinini", "haos", "tri"],
    "sakha": ["күн", "ый", "муус", "сылгы", "тыа", "өрүс"],
    "ossetian": ["хур", "мæй", "дон", "хох", "дзуар", "бæлас"],
    "buryat": ["наран", "hара", "уһан", "морин", "тэнгэри", "гал"],
    "chechen": ["малх", "бутт", "хи", "лам", "бешто", "дитт"],
    "konkani": ["सुर्या", "उदक", "दर्या", "घर", "फूल", "पावस"],
    "dzongkha": ["ཉི་མ", "ཟླ་བ", "ཆུ", "རི", "མེ་ཏོག"],
    "nahuatl": ["tonatiuh", "metztli", "atl", "tepetl", "xochitl", "citlalin"],
    "aymara": ["inti", "phaxsi", "uma", "qullu", "warawara", "jallu"],
    "sicilian": ["suli", "luna", "acqua", "muntagna", "ciuri", "mari"],
    "venetian": ["sol", "luna", "aqua", "laguna", "gondola", "caxa"],
    "kikuyu": ["riua", "mweri", "mai", "kirima", "mutiiri", "mbura"],
    "tsonga": ["dyambu", "n'weti", "mati", "ntshava", "xiluva", "mpfula"],
    "venda": ["ḓuvha", "ṅwedzi", "maḓi", "thavha", "ḽiluvha", "mvula"],
    "ndebele": ["ilanga", "inyanga", "amanzi", "intaba", "imbali", "izulu"],
}


def _native(r, lang):
    return r.choice(NATIVE[lang])


def password(r, shape=None, lang=None):
    shapes = ["wordwordnum", "generator", "passphrase", "leet", "long_alnum", "short_mixed", "camel",
              "pronounce", "season", "keywalk", "dotted", "pinword", "runs", "b64ish"]
    if lang is not None:
        shape = "native"
    if shape is None:
        shape = r.choice(shapes)
    if shape == "wordwordnum":
        return r.choice(WORDS).capitalize() + r.choice(WORDS) + str(r.randint(10, 9999)) + r.choice(SYMS)
    if shape == "generator":
        while True:
            s = rs(r, ALNUM + "!%*+-_=?", r.randint(14, 24))
            if any(c in DIG for c in s) and any(c in UP for c in s):
                return s
    if shape == "passphrase":
        return "-".join(r.choice(WORDS) for _ in range(r.randint(3, 5)))
    if shape == "leet":
        w = r.choice(WORDS) + r.choice(WORDS)
        return w.replace("a", "4").replace("e", "3").replace("o", "0").capitalize() + str(r.randint(1, 99)) + "!"
    if shape == "long_alnum":
        return rs(r, ALNUM, r.randint(24, 40))
    if shape == "short_mixed":
        return rs(r, UP, 2) + rs(r, DIG, 3) + rs(r, LOW, 3) + r.choice("!%*+?")
    if shape == "camel":
        return "".join(w.capitalize() for w in r.sample(WORDS, 3)) + str(r.randint(1, 99))
    if shape == "pronounce":
        cv = "".join(r.choice("bdfgkmnprstvz") + r.choice("aeiou") for _ in range(5))
        return cv.capitalize() + str(r.randint(100, 999))
    if shape == "season":
        return r.choice(SEASONS) + str(r.randint(2019, 2027)) + r.choice("!#*?")
    if shape == "keywalk":
        return r.choice(["Qwerty", "Asdfgh", "Zxcvbn", "1qaz2wsx", "Qazwsx", "Poiuyt"]) + rs(r, DIG, 3) + r.choice("!*#")
    if shape == "dotted":
        return r.choice(WORDS) + "." + r.choice(WORDS).capitalize() + "." + rs(r, DIG, 2)
    if shape == "pinword":
        return rs(r, DIG, 4) + r.choice(WORDS).capitalize() + r.choice("!?%")
    if shape == "runs":
        return rs(r, UP, 3) + rs(r, DIG, 4) + rs(r, LOW, 4)
    if shape == "b64ish":
        return rs(r, B64, 22)
    if shape == "native":
        a, b = _native(r, lang), _native(r, lang)
        sep = r.choice(["-", ".", "_", "", "+"])
        return a + sep + b + str(r.randint(1, 999)) + r.choice("!?*#")
    raise ValueError(shape)


# Characters each syntactic context allows in a planted password.
CONTEXT_FORBID = {
    "url": None,  # allow-list, see below
    "bare": None,
    "shell": set("'\"$!#;\\ `&|<>(){}*?~"),
    "ini": set("'\";#$\\ "),
    "xml": set("<>&'\""),
    "code": set("'\"$\\{}`"),
    "yaml": set("'\"\\#:{}[],&*!|>%@`"),
    "json": set("\"\\"),
    "csv": set(",\"'\n"),
    "any": set(),
}
URL_OK = set(ALNUM + "-_.~")
BARE_OK = set(ALNUM + "-_.")


def fits(value, ctx):
    if ctx == "url":
        return all(c in URL_OK for c in value)
    if ctx == "bare":
        return all(c in BARE_OK for c in value)
    bad = CONTEXT_FORBID[ctx]
    return not any(c in bad or c.isspace() for c in value)


def pw(r, ctx="any", shape=None, lang=None, ascii_only=None):
    """A password that fits a context; non-Latin native words only where the context is Unicode-clean."""
    for _ in range(400):
        v = password(r, shape, lang)
        if (ascii_only or ctx in ("url", "bare")) and not v.isascii():
            continue
        if fits(v, ctx):
            return v
        if shape is not None or lang is not None:
            # strip disallowed characters from a forced shape
            v2 = "".join(c for c in v if fits(c, ctx))
            if len(v2) >= 8 and fits(v2, ctx) and (v2.isascii() or not (ascii_only or ctx in ("url", "bare"))):
                return v2
    raise RuntimeError(f"no password for {ctx}")


def sha256_of(text):
    return hashlib.sha256(text.encode()).hexdigest()
