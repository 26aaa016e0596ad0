"""Value generators for held-out set 19 (written from scratch; stdlib only)."""
import base64
import ipaddress
import string

LOW = string.ascii_lowercase
UP = string.ascii_uppercase
DIG = string.digits
ALNUM = LOW + UP + DIG
HEX = "0123456789abcdef"
B64 = ALNUM + "+/"
B64URL = ALNUM + "-_"

S, E, M = "\ue000", "\ue001", "\ue002"


def mark(tag, kind, value):
    return f"{S}{tag}|{kind}{E}{value}{M}"


def rs(r, n, alphabet=ALNUM):
    return "".join(r.choice(alphabet) for _ in range(n))


# ---------------------------------------------------------------- e-mail
FIRST = ["ayla", "bertil", "chiamaka", "dorota", "eero", "fenna", "gaspard", "halvard", "ines", "jurgis",
         "kaito", "liesel", "marek", "nadira", "oskar", "priya", "quentin", "rasmus", "sunniva", "tadeo",
         "ulla", "vesna", "wendelin", "ximena", "yusuf", "zofia", "anouk", "bodil", "cosmin", "dagny",
         "emeka", "filippa", "gorka", "hedda", "ilkka", "jolanda", "kasimir", "laila", "milos", "noor"]
LAST = ["arvidsson", "bakalov", "carvalho", "dumitrescu", "eklund", "fagerlund", "grabowski", "hakala",
        "ivanauskas", "jaaskelainen", "kovalenko", "lindqvist", "mazur", "nieminen", "okonkwo", "pellegrini",
        "quispe", "rautio", "szabo", "tamminen", "urbanek", "vasquez", "wojcik", "yilmaz", "zielinski",
        "achterberg", "brannstrom", "cervantes", "dragomir", "esposito"]
PUBLIC_MAIL = ["gmail.com", "outlook.com", "proton.me", "fastmail.com", "gmx.net", "yahoo.co.uk", "hotmail.fr",
               "web.de", "icloud.com", "zoho.eu", "posteo.de", "tutanota.com", "seznam.cz", "wp.pl", "libero.it",
               "laposte.net", "mail.ee", "inbox.lv", "abv.bg", "naver.com"]
COMPANY = ["tallowfield.io", "brightquarry.net", "korvo-labs.com", "mistralpine.dev", "ostrander-rail.eu",
           "quillmoor.co", "vantablue.org", "harrowgate-systems.com", "lumenfjord.no", "pebbleyard.app",
           "cinderwick.tech", "northmarsh.cloud", "saltire-analytics.co.uk", "fennelbyte.de", "orchidlane.fr",
           "granitepeak.ca", "wheatstone-ops.nl", "coralsight.com.au", "ambergate.pl", "tidewell.se"]
ROLE = ["ops", "devops", "billing", "alerts", "release", "infra", "security", "noc", "support", "deploy",
        "platform", "sre", "data", "finance", "it-helpdesk", "backups"]


def email(r, style=None):
    style = style or r.choice(["pub", "pub", "co", "role"])
    f, l = r.choice(FIRST), r.choice(LAST)
    if style == "pub":
        local = r.choice([f"{f}.{l}", f"{f}{l[:3]}{r.randint(1, 99)}", f"{f[0]}{l}", f"{l}.{f}{r.randint(70, 99)}"])
        return f"{local}@{r.choice(PUBLIC_MAIL)}"
    if style == "co":
        return f"{r.choice([f + '.' + l, f[0] + '.' + l, f])}@{r.choice(COMPANY)}"
    return f"{r.choice(ROLE)}@{r.choice(COMPANY)}"


RESERVED_DOM = ["example.com", "example.org", "example.net", "corp.example", "mail.test", "build.invalid",
                "dev.localhost", "staging.example", "ci.test"]


def reserved_email(r):
    return f"{r.choice(ROLE + FIRST)}@{r.choice(RESERVED_DOM)}"


# ---------------------------------------------------------------- IPv4
def public_ip(r):
    while True:
        a = r.randint(1, 223)
        if a in (10, 100, 127):
            continue
        ip = f"{a}.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}"
        o = ipaddress.ip_address(ip)
        if o.is_global and not o.is_multicast:
            return ip


def private_ip(r):
    k = r.randrange(3)
    if k == 0:
        return f"10.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}"
    if k == 1:
        return f"172.{r.randint(16, 31)}.{r.randint(0, 255)}.{r.randint(1, 254)}"
    return f"192.168.{r.randint(0, 255)}.{r.randint(1, 254)}"


def doc_ip(r):
    return f"{r.choice(['192.0.2', '198.51.100', '203.0.113'])}.{r.randint(1, 254)}"


def cgnat_ip(r):
    return f"100.{r.randint(64, 127)}.{r.randint(0, 255)}.{r.randint(1, 254)}"


def linklocal_ip(r):
    return f"169.254.{r.randint(1, 254)}.{r.randint(1, 254)}"


def loopback_ip(r):
    return r.choice(["127.0.0.1", f"127.0.{r.randint(0, 9)}.{r.randint(1, 9)}"])


def mac(r):
    return ":".join(f"{r.randrange(256):02x}" for _ in range(6))


# ---------------------------------------------------------------- passwords
WORDS = ["harbor", "lantern", "thistle", "copper", "falcon", "meadow", "quartz", "saffron", "tundra", "walrus",
         "orchard", "pylon", "cobalt", "juniper", "marlin", "nebula", "pepper", "raven", "summit", "velvet",
         "basalt", "cricket", "dynamo", "ember", "glacier", "hazel", "indigo", "jasper", "kelp", "lupine"]
RIVERS = ["Danube", "Mekong", "Orinoco", "Zambezi", "Yukon", "Volga", "Parana", "Irrawaddy", "Limpopo", "Rhone",
          "Tagus", "Vistula", "Murray", "Niger", "Amur"]
WALKS = ["qwerty", "asdfgh", "zxcvbn", "1qaz2wsx", "qazwsx", "poiuyt", "mnbvcx", "wsxedc"]
LEET = {"a": "4", "e": "3", "i": "1", "o": "0", "s": "5", "t": "7"}
SYM_ALL = "!#%*+-_.=?^~:,"


def _sym(r, allowed):
    s = [c for c in SYM_ALL if c in allowed]
    return r.choice(s) if s else ""


def password(r, allowed="-_."):
    """allowed: punctuation characters the context permits."""
    style = r.choice(["wordnum", "gen", "phrase", "leet", "longalnum", "camel", "river", "walk", "pin", "dotted",
                      "udl"])
    w1, w2 = r.choice(WORDS), r.choice(WORDS)
    if style == "wordnum":
        v = f"{w1.capitalize()}{w2.capitalize()}{r.randint(10, 9999)}{_sym(r, allowed)}"
    elif style == "gen":
        pool = ALNUM + "".join(c for c in "!#%*+-_.=^~" if c in allowed)
        v = rs(r, r.randint(14, 20), pool)
        v = r.choice(UP) + v + r.choice(DIG)
    elif style == "phrase":
        sep = "-" if "-" in allowed else ("." if "." in allowed else "")
        v = sep.join(r.sample(WORDS, 4))
    elif style == "leet":
        v = "".join(LEET.get(c, c) for c in w1 + w2).capitalize() + str(r.randint(1, 99))
    elif style == "longalnum":
        v = rs(r, 24)
    elif style == "camel":
        v = "".join(w.capitalize() for w in r.sample(WORDS, 3)) + str(r.randint(2, 9))
    elif style == "river":
        v = f"{r.choice(RIVERS)}{r.randint(2019, 2026)}{_sym(r, allowed)}"
    elif style == "walk":
        v = f"{r.choice(WALKS)}{_sym(r, allowed)}{r.randint(100, 999)}{w1[:4].capitalize()}"
    elif style == "pin":
        v = f"{r.randint(1000, 9999)}{w1.capitalize()}{_sym(r, allowed)}{w2}"
    elif style == "dotted":
        sep = "." if "." in allowed else "_" if "_" in allowed else ""
        v = f"{w1}{sep}{w2}{r.randint(1, 999)}"
    else:
        v = rs(r, 3, UP) + rs(r, 4, DIG) + rs(r, 5, LOW)
    return style, v


def netpw(r):
    return r.choice([f"{r.choice(WORDS).capitalize()}-{rs(r, 6)}{r.randint(1, 99)}",
                     rs(r, 16), f"{r.choice(WORDS)}.{r.choice(WORDS)}_{r.randint(10, 99)}"])


# ---------------------------------------------------------------- key material
def hexs(r, n):
    return rs(r, n, HEX)


def b64(r, nbytes):
    return base64.b64encode(bytes(r.randrange(256) for _ in range(nbytes))).decode()


def b64url(r, nbytes):
    return base64.urlsafe_b64encode(bytes(r.randrange(256) for _ in range(nbytes))).decode().rstrip("=")


def uuid(r):
    h = hexs(r, 32)
    h = h[:12] + "4" + h[13:16] + r.choice("89ab") + h[17:]
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"


def jwt(r):
    head = base64.urlsafe_b64encode(b'{"alg":"HS256","typ":"JWT"}').decode().rstrip("=")
    body = '{"sub":"%s","iat":%d,"scope":"%s"}' % (rs(r, 10, LOW + DIG), r.randint(1690000000, 1760000000),
                                                  r.choice(["api", "deploy", "read write", "ingest"]))
    return f"{head}.{base64.urlsafe_b64encode(body.encode()).decode().rstrip('=')}.{b64url(r, 32)}"


TOKENS = {
    # payments
    "payu_client_secret": lambda r: hexs(r, 32),
    "klarna_api_password": lambda r: f"klarna_{r.choice(['live', 'test'])}_api_{b64url(r, 36)}",
    "worldpay_service_key": lambda r: f"T_S_{uuid(r)}",
    "moneris_api_token": lambda r: rs(r, 20),
    "nuvei_secret_key": lambda r: rs(r, 64),
    "hyperpay_access_token": lambda r: base64.b64encode(hexs(r, 48).encode()).decode(),
    "moyasar_secret_key": lambda r: f"sk_live_{rs(r, 40)}",
    "skrill_secret_word": lambda r: rs(r, 10, UP + DIG),
    "daraja_consumer_secret": lambda r: rs(r, 64),
    "tabby_secret_key": lambda r: f"sk_{uuid(r)}",
    "fawry_security_key": lambda r: hexs(r, 32),
    "kushki_private_id": lambda r: hexs(r, 32),
    "transbank_api_key": lambda r: hexs(r, 64),
    "khipu_secret": lambda r: hexs(r, 40),
    "pagarme_secret_key": lambda r: f"sk_{rs(r, 32)}",
    "pagseguro_token": lambda r: hexs(r, 8).upper() + uuid(r).upper().replace("-", "") + hexs(r, 24).upper(),
    "ozow_private_key": lambda r: hexs(r, 32),
    # AI / data
    "ai21_api_key": lambda r: rs(r, 32),
    "nomic_api_key": lambda r: f"nk-{b64url(r, 32)}",
    "stability_api_key": lambda r: f"sk-{rs(r, 48)}",
    "runway_api_key": lambda r: f"key_{hexs(r, 128)}",
    "speechmatics_api_key": lambda r: rs(r, 32),
    "gladia_api_key": uuid,
    "unstructured_api_key": lambda r: rs(r, 30),
    "leonardo_api_key": uuid,
    # cloud / cdn
    "ionos_api_key": lambda r: f"{hexs(r, 32)}.{b64url(r, 64)}",
    "bunny_access_key": lambda r: uuid(r) + uuid(r)[:23],
    "keycdn_api_key": lambda r: rs(r, 32),
    # ops / messaging
    "victorops_rest_key": uuid,
    "squadcast_refresh_token": lambda r: hexs(r, 64),
    "incidentio_api_key": lambda r: f"inc_{hexs(r, 40)}",
    "rootly_api_token": lambda r: f"rootly_{hexs(r, 64)}",
    "loops_api_key": lambda r: hexs(r, 32),
    "bandwidth_api_secret": lambda r: hexs(r, 40),
    # security / geo / analytics
    "virustotal_api_key": lambda r: hexs(r, 64),
    "abuseipdb_api_key": lambda r: hexs(r, 80),
    "securitytrails_api_key": lambda r: rs(r, 32),
    "hunter_api_key": lambda r: hexs(r, 40),
    "clearbit_secret_key": lambda r: f"sk_{hexs(r, 32)}",
    "fullcontact_api_key": lambda r: rs(r, 32),
    "locationiq_token": lambda r: f"pk.{hexs(r, 32)}",
    "opencage_api_key": lambda r: hexs(r, 32),
    "what3words_api_key": lambda r: rs(r, 8, UP + DIG),
    "amplitude_secret_key": lambda r: hexs(r, 32),
    "flagsmith_server_key": lambda r: f"ser.{rs(r, 22)}",
    "unleash_admin_token": lambda r: f"*:*.{hexs(r, 56)}",
    "configcat_sdk_key": lambda r: f"configcat-sdk-1/{rs(r, 22, B64URL)}/{rs(r, 22, B64URL)}",
    "storyblok_management_token": lambda r: f"{rs(r, 22)}-{r.randint(100000, 999999)}-{rs(r, 20)}",
    "datocms_api_token": lambda r: hexs(r, 30),
    "hygraph_pat": jwt,
    "prismic_access_token": jwt,
    "frontegg_api_key": uuid,
    "infisical_service_token": lambda r: f"st.{uuid(r)}.{hexs(r, 32)}.{hexs(r, 32)}",
    "akeyless_access_key": lambda r: b64(r, 33),
    "akeyless_access_id": lambda r: f"p-{rs(r, 12, LOW + DIG)}",
    # CI / dev tools in this set
    "bamboo_pat": lambda r: b64(r, 33).replace("+", "A").replace("/", "z"),
    "screwdriver_token": lambda r: rs(r, 43, B64URL),
    "buddy_token": lambda r: rs(r, 40, ALNUM),
    "srht_oauth_token": lambda r: b64(r, 36),
    "gitpod_pat": lambda r: f"gitpod_pat_{b64url(r, 48)}",
    "coder_session_token": lambda r: f"{rs(r, 10)}-{rs(r, 22)}",
    "dokku_deploy_key_secret": lambda r: hexs(r, 64),
    "coolify_api_token": lambda r: f"{r.randint(1, 40)}|{rs(r, 40)}",
    "northflank_api_token": lambda r: f"nf-{b64url(r, 48)}",
    "railway_token": uuid,
    "codebuild_aws_secret": lambda r: rs(r, 40, ALNUM + "+/"),
    "aws_access_key_id": lambda r: "AKIA" + rs(r, 16, UP + "234567"),
    "spinnaker_gate_secret": lambda r: b64(r, 32),
    "kapitan_gkms_ref": lambda r: b64(r, 48),
    "graylog_password_secret": lambda r: rs(r, 96),
    "seq_api_key": lambda r: rs(r, 20),
    "papertrail_api_token": lambda r: rs(r, 20),
    "loggly_customer_token": uuid,
    "logtail_source_token": lambda r: rs(r, 24),
    "lightstep_access_token": lambda r: b64(r, 63),
    "appdynamics_access_key": lambda r: rs(r, 12, LOW + DIG),
    "raygun_api_key": lambda r: rs(r, 22),
    "prtg_api_token": lambda r: rs(r, 56, UP + DIG),
    "druid_escalator_secret": lambda r: rs(r, 32),
    "superset_secret_key": lambda r: b64(r, 42),
    "redash_cookie_secret": lambda r: hexs(r, 64),
    "kibana_encryption_key": lambda r: rs(r, 32),
    "dremio_pat": lambda r: b64(r, 66),
    "meili_like_master_key": lambda r: rs(r, 32),
    # self-hosted
    "lidarr_api_key": lambda r: hexs(r, 32),
    "readarr_api_key": lambda r: hexs(r, 32),
    "bazarr_api_key": lambda r: hexs(r, 32),
    "jackett_api_key": lambda r: rs(r, 32, LOW + DIG),
    "firefly_app_key": lambda r: rs(r, 32),
    "monica_app_key": lambda r: "base64:" + b64(r, 32),
    "hedgedoc_session_secret": lambda r: hexs(r, 64),
    "wikijs_jwt_secret": lambda r: hexs(r, 64),
    "flarum_api_key": lambda r: rs(r, 40),
    "nodebb_secret": uuid,
    "mealie_api_token": jwt,
    "plausible_secret_key_base": lambda r: b64(r, 48),
    "umami_app_secret": lambda r: hexs(r, 64),
    "listmonk_api_token": lambda r: rs(r, 32),
    "shlink_api_key": uuid,
    "pixelfed_app_key": lambda r: "base64:" + b64(r, 32),
    "searxng_secret_key": lambda r: hexs(r, 64),
    "linkding_superuser_token": lambda r: hexs(r, 40),
    "memos_access_token": jwt,
    "directus_secret": lambda r: b64url(r, 32),
    "strapi_jwt_secret": lambda r: b64(r, 16),
    "nocodb_api_token": lambda r: rs(r, 40, B64URL),
    "baserow_db_token": lambda r: rs(r, 32),
    "seafile_secret_key": lambda r: rs(r, 50, LOW + DIG + "!#%^&*(-_=+)")[:50].replace("&", "x").replace("(", "y").replace(")", "z"),
    "kanboard_api_token": lambda r: hexs(r, 64),
    "vikunja_jwt_secret": lambda r: rs(r, 32),
    "jitsi_jwt_app_secret": lambda r: rs(r, 40),
    "bbb_shared_secret": lambda r: rs(r, 40),
    # chat / tickets
    "zulip_like_bot_key": lambda r: rs(r, 32),
    "mantis_api_token": lambda r: rs(r, 32, B64URL),
    "trac_http_secret": lambda r: hexs(r, 40),
    "otrs_webservice_secret": lambda r: rs(r, 28),
    "osticket_api_key": lambda r: hexs(r, 32).upper(),
    "rt_auth_token": lambda r: f"1-{r.randint(10, 99)}-{hexs(r, 32)}",
    "basecamp_access_token": lambda r: b64(r, 96).replace("/", "-").replace("+", "_"),
    "wrike_permanent_token": jwt,
    "coda_api_token": uuid,
    "confluence_pat": lambda r: rs(r, 44, B64),
    "taiga_auth_token": jwt,
    "shortcut_api_token": uuid,
    "signal_cli_rest_token": lambda r: hexs(r, 48),
    "google_chat_webhook_key": lambda r: "AIzaSy" + rs(r, 33, ALNUM + "-_"),
    "google_chat_webhook_token": lambda r: b64url(r, 32) + "%3D",
    # generic
    "app_key_base64": lambda r: "base64:" + b64(r, 32),
    "hex32_secret": lambda r: hexs(r, 32),
    "hex64_secret": lambda r: hexs(r, 64),
    "b64_secret": lambda r: b64(r, 32),
    "alnum40_secret": lambda r: rs(r, 40),
    "jwt_hmac_secret": lambda r: rs(r, 48, ALNUM + "-_"),
    "webhook_signing_secret": lambda r: f"whsec_{b64(r, 24)}",
    "age_secret_key": lambda r: "AGE-SECRET-KEY-1" + rs(r, 58, "QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L"),
    "fernet_key": lambda r: base64.urlsafe_b64encode(bytes(r.randrange(256) for _ in range(32))).decode(),
    "ssh_ed25519_private_body": lambda r: b64(r, 48),
    "hmac_key_b64url": lambda r: b64url(r, 32),
}


def token(r, kind):
    return TOKENS[kind](r)


# ---------------------------------------------------------------- look-alikes
def sha256(r):
    return hexs(r, 64)


def md5(r):
    return hexs(r, 32)


def git_sha(r):
    return hexs(r, 40)


def short_sha(r):
    return hexs(r, r.choice([7, 8, 10, 12]))


def version3(r):
    return f"{r.randint(0, 12)}.{r.randint(0, 40)}.{r.randint(0, 30)}"


def version4(r):
    return f"{r.randint(1, 9)}.{r.randint(0, 30)}.{r.randint(0, 99)}.{r.randint(100, 9999)}"


def bcrypt(r):
    return f"$2b$12${rs(r, 53, ALNUM + './')}"


def argon2(r):
    return f"$argon2id$v=19$m=65536,t=3,p=4${b64(r, 16).rstrip('=')}${b64(r, 32).rstrip('=')}"


def sha512crypt(r):
    return f"$6${rs(r, 16, ALNUM + './')}${rs(r, 86, ALNUM + './')}"


def ssh_pub(r):
    return "AAAAC3NzaC1lZDI1NTE5AAAAI" + rs(r, 43, B64)


def ssh_fp(r):
    return "SHA256:" + b64(r, 32).rstrip("=")


def placeholder(r):
    return r.choice(["changeme", "<your-api-key>", "REPLACE_ME", "xxxxxxxxxxxxxxxx", "<secret>", "TODO-set-me",
                     "your_token_here", "********"])
