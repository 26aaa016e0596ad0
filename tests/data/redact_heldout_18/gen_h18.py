"""Value generators for held-out set 18 (written from scratch; stdlib only).

Every value is random but follows the documented shape of what it imitates.
None of them is a real credential.
"""
import ipaddress
import string

LOWER = string.ascii_lowercase
UPPER = string.ascii_uppercase
DIG = string.digits
ALNUM = LOWER + UPPER + DIG
LALNUM = LOWER + DIG
UALNUM = UPPER + DIG
HEX = "0123456789abcdef"
B64 = ALNUM + "+/"
B64URL = ALNUM + "-_"
B32 = UPPER + "234567"

# Symbols each context allows inside a password.
SYMS = {
    "url": "-_.~",
    "shell": "-_.+,:=%^",
    "ini": "-_.!+*%^,:=",
    "xml": "-_.!#%^*+=",
    "code": "-_.!#%^*+=?,:",
    "yaml": "-_.!+=^",
    "json": "-_.!#%^*+=&?,:;",
    "csv": "-_.!#%^*+=",
    "net": "-_.",
    "prose": "-_.!#%*+",
}


def s(r, n, alph):
    return "".join(r.choice(alph) for _ in range(n))


def uuid4(r):
    h = s(r, 32, HEX)
    h = h[:12] + "4" + h[13:16] + r.choice("89ab") + h[17:]
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"


def b64(r, nbytes):
    n = (nbytes + 2) // 3 * 4
    pad = (3 - nbytes % 3) % 3
    body = s(r, n - pad, B64)
    if pad:
        body = body[:-1] + r.choice("AQgw" if pad == 2 else "AEIMQUYcgkosw048")
    return body + "=" * pad


def jwt(r):
    import base64, json
    hdr = base64.urlsafe_b64encode(json.dumps({"alg": "HS256", "typ": "JWT"}, separators=(",", ":")).encode()).decode().rstrip("=")
    body = base64.urlsafe_b64encode(json.dumps({"sub": s(r, 10, LALNUM), "iat": r.randint(1690000000, 1760000000)}, separators=(",", ":")).encode()).decode().rstrip("=")
    return f"{hdr}.{body}.{s(r, 43, B64URL)}"


# ---------------------------------------------------------------- addresses
def public_ip(r):
    while True:
        a = r.randint(1, 223)
        x = ipaddress.IPv4Address(f"{a}.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}")
        if x.is_global and not x.is_multicast and a not in (100,):
            return str(x)


def private_ip(r):
    k = r.randrange(3)
    if k == 0:
        return f"10.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}"
    if k == 1:
        return f"172.{r.randint(16, 31)}.{r.randint(0, 255)}.{r.randint(1, 254)}"
    return f"192.168.{r.randint(0, 255)}.{r.randint(1, 254)}"


def doc_ip(r):
    return r.choice(["192.0.2", "198.51.100", "203.0.113"]) + f".{r.randint(1, 254)}"


def cgnat_ip(r):
    return f"100.{r.randint(64, 127)}.{r.randint(0, 255)}.{r.randint(1, 254)}"


def linklocal_ip(r):
    return f"169.254.{r.randint(1, 254)}.{r.randint(1, 254)}"


def loopback_ip(r):
    return r.choice(["127.0.0.1", f"127.0.{r.randint(0, 9)}.{r.randint(1, 9)}"])


FIRST = ["amara", "bogdan", "chiara", "dawit", "eilidh", "farid", "gunnhild", "hemi", "ines", "jurgis",
         "kaveh", "lerato", "mateus", "nasrin", "oisin", "paora", "quang", "rashida", "sione", "tamar",
         "ugne", "vusi", "wiremu", "ximena", "yerlan", "zofia", "ailsa", "bakhyt", "cosmin", "dilnoza"]
LAST = ["abenov", "brennan", "castellani", "dlamini", "eriksen", "fonoti", "grybauskas", "hakimi",
        "iwu", "jankowska", "kowhai", "lindqvist", "macleod", "nurlanov", "okafor", "pereira", "quispe",
        "rahimi", "sandoval", "tuilagi", "uriarte", "vasquez", "wojcik", "xolani", "yilmaz", "zhakenov"]
PROVIDERS = ["proton.me", "outlook.com", "icloud.com", "fastmail.com", "posteo.de", "zoho.com", "tuta.io",
             "web.de", "seznam.cz", "wp.pl", "libero.it", "laposte.net", "naver.com", "qq.com", "163.com",
             "mail.ru", "yandex.ru", "hey.com", "rediffmail.com", "yahoo.co.jp"]
COMPANY = ["kestrelworks.io", "tidepoolanalytics.com", "saltmarsh-labs.net", "obsidianferry.dev",
           "quartzmeadow.co", "larchfield.org", "mbeyacoffee.co.tz", "rotorua-geo.nz", "fjordline-data.no",
           "kakadu-robotics.com.au", "vilniusbyte.lt", "altiplano-energia.bo", "sundarbans-ngo.org",
           "hebrideswind.scot", "karoo-astro.co.za", "pamirtrek.kg", "laguna-agri.ph", "bornholm-it.dk"]


def email(r, company=None):
    f, l = r.choice(FIRST), r.choice(LAST)
    local = r.choice([f"{f}.{l}", f"{f}{l[0]}", f"{f[0]}{l}", f"{f}_{l}{r.randint(1, 99)}", f"{f}"])
    dom = company if company else (r.choice(COMPANY) if r.random() < 0.45 else r.choice(PROVIDERS))
    return f"{local}@{dom}"


def role_email(r, role):
    return f"{role}@{r.choice(COMPANY)}"


RESERVED = ["example.com", "example.org", "example.net", "corp.example", "mail.test", "host.invalid", "mail.localhost"]


def reserved_email(r):
    return f"{r.choice(FIRST)}@{r.choice(RESERVED)}"


# ---------------------------------------------------------------- passwords
WORDS = ["harbour", "lantern", "copper", "thistle", "monsoon", "glacier", "saffron", "walrus", "kettle",
         "basalt", "orchid", "tundra", "pebble", "falcon", "juniper", "cobalt", "marram", "quokka", "sorrel",
         "vortex", "kelp", "ember", "lichen", "dune", "plover", "ridge", "tamarind", "yucca", "zephyr", "ochre"]
SEASONS = ["Monsoon", "Shamal", "Khamsin", "Sirocco", "Chinook", "Foehn", "Bora", "Pampero", "Haboob"]
WALKS = ["1qaz2wsx", "zaq1xsw2", "qwertz", "asdfgh", "poiuy", "mnbvcx", "wsxedc", "rfvtgb"]


def _sym(r, cs):
    return r.choice(SYMS[cs])


def pw(r, cs="code", style=None):
    st = style or r.choice(["words", "gen", "phrase", "leet", "alnum", "short", "camel", "season",
                            "walk", "pinword", "dotted", "runs"])
    w1, w2 = r.choice(WORDS), r.choice(WORDS)
    if st == "words":
        v = f"{w1.capitalize()}{w2.capitalize()}{r.randint(10, 9999)}{_sym(r, cs)}"
    elif st == "gen":
        v = "".join(r.choice(ALNUM + SYMS[cs]) for _ in range(r.randint(14, 20)))
        v = r.choice(UPPER) + v + r.choice(DIG)
    elif st == "phrase":
        sep = "-" if "-" in SYMS[cs] else "."
        v = sep.join(r.sample(WORDS, 4))
    elif st == "leet":
        v = w1.replace("a", "4").replace("e", "3").replace("o", "0").capitalize() + _sym(r, cs) + w2.replace("i", "1").replace("s", "5") + str(r.randint(1, 99))
    elif st == "alnum":
        v = s(r, r.randint(20, 28), ALNUM)
    elif st == "short":
        v = s(r, 3, UPPER) + s(r, 3, LOWER) + s(r, 2, DIG) + _sym(r, cs)
    elif st == "camel":
        v = "".join(x.capitalize() for x in r.sample(WORDS, 3)) + str(r.randint(1, 99))
    elif st == "season":
        v = f"{r.choice(SEASONS)}{r.randint(2019, 2026)}{_sym(r, cs)}"
    elif st == "walk":
        v = r.choice(WALKS).capitalize() + _sym(r, cs) + str(r.randint(100, 999)) + s(r, 3, LOWER)
    elif st == "pinword":
        v = f"{r.randint(1000, 9999)}{w1.capitalize()}{_sym(r, cs)}{s(r, 3, UALNUM)}"
    elif st == "dotted":
        sep = "." if "." in SYMS[cs] else "-"
        v = f"{w1}{sep}{w2.capitalize()}{sep}{r.randint(10, 99)}"
    else:
        v = s(r, 4, UPPER) + s(r, 4, DIG) + s(r, 4, LOWER) + _sym(r, cs)
    for ch in v:
        assert ch in ALNUM or ch in SYMS[cs], (v, cs)
    return v


def native_pw(r, word):
    return f"{word}{r.randint(100, 9999)}{r.choice('-.!#')}{s(r, 3, UPPER)}"


# ---------------------------------------------------------------- keys
def vendor_key(r, kind):
    f = KEYS[kind]
    return f(r)


KEYS = {
    # payments
    "paymob_secret": lambda r: "egy_sk_live_" + s(r, 64, HEX),
    "yoco_secret": lambda r: "sk_live_" + s(r, 32, HEX),
    "iyzico_secret": lambda r: s(r, 32, ALNUM),
    "cashfree_secret": lambda r: "cfsk_ma_prod_" + s(r, 32, HEX) + "_" + s(r, 8, HEX),
    "instamojo_auth_token": lambda r: s(r, 32, HEX),
    "billplz_secret": lambda r: uuid4(r),
    "airwallex_api_key": lambda r: s(r, 64, HEX),
    "rapyd_secret": lambda r: "rsk_" + s(r, 96, HEX),
    "dlocal_secret": lambda r: s(r, 40, ALNUM),
    "wompi_private": lambda r: "prv_prod_" + s(r, 32, ALNUM),
    "asaas_api_key": lambda r: "$aact_prod_" + s(r, 80, B64URL),
    "vipps_client_secret": lambda r: s(r, 40, B64URL),
    "vipps_subscription_key": lambda r: s(r, 32, HEX),
    "paysera_password": lambda r: s(r, 32, HEX),
    "przelewy24_crc": lambda r: s(r, 16, HEX),
    "lemonsqueezy_api_key": lambda r: jwt(r),
    "checkout_secret": lambda r: "sk_" + s(r, 26, LOWER + "234567"),
    "payfast_passphrase": lambda r: s(r, 24, ALNUM),
    # AI and data
    "deepgram_key": lambda r: s(r, 40, HEX),
    "cerebras_key": lambda r: "csk-" + s(r, 48, LALNUM),
    "jina_key": lambda r: "jina_" + s(r, 32, HEX) + s(r, 28, ALNUM),
    "firecrawl_key": lambda r: "fc-" + s(r, 32, HEX),
    "apify_token": lambda r: "apify_api_" + s(r, 36, ALNUM),
    "helicone_key": lambda r: "sk-helicone-" + "-".join(s(r, 7, LALNUM) for _ in range(4)),
    "clarifai_pat": lambda r: s(r, 32, HEX),
    "runpod_key": lambda r: "rpa_" + s(r, 44, UALNUM),
    "portkey_key": lambda r: s(r, 28, ALNUM) + "=",
    "exa_key": lambda r: uuid4(r),
    "browserless_token": lambda r: s(r, 48, ALNUM),
    "scrapingbee_key": lambda r: s(r, 80, UALNUM),
    "roboflow_key": lambda r: s(r, 20, ALNUM),
    "modal_token_id": lambda r: "ak-" + s(r, 22, ALNUM),
    "modal_token_secret": lambda r: "as-" + s(r, 22, ALNUM),
    "comet_api_key": lambda r: s(r, 25, ALNUM),
    # cloud
    "akamai_client_token": lambda r: "akab-" + s(r, 16, LALNUM) + "-" + s(r, 16, LALNUM),
    "akamai_access_token": lambda r: "akab-" + s(r, 16, LALNUM) + "-" + s(r, 16, LALNUM),
    "akamai_client_secret": lambda r: b64(r, 32),
    "civo_key": lambda r: s(r, 50, ALNUM),
    "contabo_client_secret": lambda r: s(r, 32, ALNUM),
    "vercel_token": lambda r: s(r, 24, ALNUM),
    "ncp_access_key": lambda r: "ncp_iam_" + s(r, 20, UALNUM),
    "ncp_secret_key": lambda r: "ncp_iam_" + s(r, 40, UALNUM),
    "sakura_token": lambda r: uuid4(r),
    "sakura_secret": lambda r: s(r, 64, ALNUM),
    "selectel_password": lambda r: s(r, 24, ALNUM),
    "gcore_token": lambda r: f"{r.randint(1000, 9999)}$" + s(r, 128, HEX),
    "rackspace_api_key": lambda r: s(r, 32, HEX),
    "equinix_token": lambda r: s(r, 32, ALNUM),
    "infomaniak_token": lambda r: s(r, 80, B64URL),
    "bunny_api_key": lambda r: uuid4(r) + s(r, 36, HEX + "-").strip("-") + s(r, 2, HEX),
    "otc_access_key": lambda r: s(r, 20, UALNUM),
    "otc_secret_key": lambda r: s(r, 40, ALNUM),
    "kamatera_secret": lambda r: s(r, 32, HEX),
    # CI and packages
    "appveyor_token": lambda r: "v2." + s(r, 20, LALNUM),
    "travis_token": lambda r: s(r, 22, B64URL),
    "semaphore_token": lambda r: s(r, 20, ALNUM),
    "codefresh_key": lambda r: s(r, 24, HEX) + "." + s(r, 32, HEX),
    "harness_pat": lambda r: "pat." + s(r, 22, B64URL) + "." + s(r, 24, HEX) + "." + s(r, 20, ALNUM),
    "earthly_token": lambda r: s(r, 60, B64URL),
    "dagger_cloud_token": lambda r: "dag_" + s(r, 8, LALNUM) + "_" + s(r, 40, ALNUM),
    "forgejo_token": lambda r: s(r, 40, HEX),
    "onedev_token": lambda r: s(r, 32, ALNUM),
    "spacelift_key_id": lambda r: s(r, 26, UALNUM),
    "spacelift_key_secret": lambda r: s(r, 64, HEX),
    "rundeck_token": lambda r: s(r, 32, ALNUM),
    "stackstorm_api_key": lambda r: s(r, 48, ALNUM),
    "atlantis_webhook_secret": lambda r: s(r, 32, ALNUM),
    "argocd_token": lambda r: jwt(r),
    # chat and ops
    "webex_bot_token": lambda r: s(r, 64, ALNUM) + "_PF84_" + uuid4(r),
    "lark_app_secret": lambda r: s(r, 32, ALNUM),
    "dingtalk_access_token": lambda r: s(r, 64, HEX),
    "dingtalk_sign_secret": lambda r: "SEC" + s(r, 64, HEX),
    "wecom_corpsecret": lambda r: s(r, 43, B64URL),
    "wecom_webhook_key": lambda r: uuid4(r),
    "threema_secret": lambda r: s(r, 16, ALNUM),
    "viber_token": lambda r: "-".join(s(r, 16, HEX) for _ in range(3)),
    "revolt_bot_token": lambda r: s(r, 64, ALNUM),
    "rootly_key": lambda r: "rootly_" + s(r, 64, HEX),
    "statuspage_key": lambda r: s(r, 32, HEX),
    "squadcast_refresh_token": lambda r: s(r, 64, HEX),
    "uptimekuma_key": lambda r: f"uk{r.randint(1, 9)}_" + s(r, 40, ALNUM),
    "bugzilla_api_key": lambda r: s(r, 40, ALNUM),
    "openproject_key": lambda r: s(r, 64, HEX),
    "taiga_token": lambda r: jwt(r),
    "vikunja_token": lambda r: "tk_" + s(r, 40, HEX),
    # observability
    "sumo_access_id": lambda r: "su" + s(r, 12, ALNUM),
    "sumo_access_key": lambda r: s(r, 64, ALNUM),
    "coralogix_key": lambda r: "cxtp_" + s(r, 30, ALNUM),
    "instana_agent_key": lambda r: s(r, 22, B64URL),
    "netdata_claim_token": lambda r: s(r, 135, B64URL),
    "logzio_token": lambda r: s(r, 32, ALPHA_ONLY),
    "uptimerobot_key": lambda r: f"u{r.randint(1000000, 9999999)}-" + s(r, 24, HEX),
    "cronitor_key": lambda r: s(r, 32, HEX),
    "papertrail_token": lambda r: s(r, 20, ALNUM),
    "raygun_key": lambda r: s(r, 22, ALNUM) + "==",
    "mezmo_ingestion_key": lambda r: s(r, 32, HEX),
    "appsignal_push_key": lambda r: uuid4(r),
    "plausible_key": lambda r: s(r, 64, B64URL),
    "sensu_api_key": lambda r: uuid4(r),
    "librenms_token": lambda r: s(r, 32, HEX),
    "crowdsec_bouncer_key": lambda r: s(r, 32, ALNUM),
    "wazuh_enroll_password": lambda r: s(r, 32, ALNUM),
    # network gear
    "fortinet_api_token": lambda r: s(r, 30, LALNUM),
    "panos_api_key": lambda r: "LUFRPT" + b64(r, 75),
    "peplink_client_secret": lambda r: s(r, 32, ALNUM),
    "powerdns_api_key": lambda r: s(r, 32, ALNUM),
    "apisix_admin_key": lambda r: s(r, 32, HEX),
    "tyk_secret": lambda r: s(r, 32, HEX),
    "varnish_secret": lambda r: uuid4(r),
    # self-hosted
    "prowlarr_api_key": lambda r: s(r, 32, HEX),
    "lidarr_api_key": lambda r: s(r, 32, HEX),
    "miniflux_token": lambda r: s(r, 43, B64URL) + "=",
    "portainer_token": lambda r: "ptr_" + s(r, 43, B64URL),
    "outline_key": lambda r: "ol_api_" + s(r, 38, ALNUM),
    "bookstack_token_secret": lambda r: s(r, 32, ALNUM),
    "zammad_token": lambda r: s(r, 64, B64URL),
    "snipeit_app_key": lambda r: "base64:" + b64(r, 32),
    "firefly_pat": lambda r: jwt(r),
    "ghost_admin_key": lambda r: s(r, 24, HEX) + ":" + s(r, 64, HEX),
    "tautulli_api_key": lambda r: s(r, 32, HEX),
    "overseerr_api_key": lambda r: b64(r, 45),
    "sabnzbd_api_key": lambda r: s(r, 32, HEX),
    "homebridge_pin": lambda r: f"{r.randint(100, 999)}-{r.randint(10, 99)}-{r.randint(100, 999)}",
    "zitadel_client_secret": lambda r: s(r, 64, ALNUM),
    "emqx_api_secret": lambda r: s(r, 56, ALNUM),
    "misskey_token": lambda r: s(r, 32, ALNUM),
    "peertube_client_secret": lambda r: s(r, 32, ALNUM),
    "pleroma_secret_key_base": lambda r: s(r, 64, B64URL),
    "jitsi_jwt_secret": lambda r: s(r, 48, ALNUM),
    "bbb_shared_secret": lambda r: s(r, 64, ALNUM),
    "erpnext_api_secret": lambda r: s(r, 15, LALNUM),
    "erpnext_api_key": lambda r: s(r, 15, LALNUM),
    "kavita_api_key": lambda r: uuid4(r),
    "navidrome_encryption_key": lambda r: s(r, 32, ALNUM),
    # generic material
    "hex_secret": lambda r: s(r, 64, HEX),
    "b64_secret": lambda r: b64(r, 32),
    "alnum_secret": lambda r: s(r, 40, ALNUM),
    "jwt_secret": lambda r: s(r, 48, B64URL),
    "hmac_secret": lambda r: s(r, 64, HEX),
    "jwt": lambda r: jwt(r),
    "solidity_private_key": lambda r: "0x" + s(r, 64, HEX),
    "etherscan_key": lambda r: s(r, 34, UALNUM),
    "alchemy_key": lambda r: s(r, 32, B64URL),
    "aws_access_key_id": lambda r: "AKIA" + s(r, 16, UALNUM),
    "aws_secret": lambda r: s(r, 40, ALNUM + "/+"),
    "ssh_ed25519_private": lambda r: b64(r, 180),
    "zookeeper_digest_secret": lambda r: s(r, 24, ALNUM),
}
ALPHA_ONLY = LOWER + UPPER


# ---------------------------------------------------------------- look-alikes
def sha256(r):
    return s(r, 64, HEX)


def sha1(r):
    return s(r, 40, HEX)


def short_sha(r):
    return s(r, 7, HEX)


def md5(r):
    return s(r, 32, HEX)


def version3(r):
    return f"{r.randint(0, 9)}.{r.randint(0, 30)}.{r.randint(0, 20)}"


def version4(r):
    return f"{r.randint(1, 9)}.{r.randint(0, 20)}.{r.randint(0, 9)}.{r.randint(1, 200)}"


def bcrypt(r):
    return "$2b$12$" + s(r, 53, ALNUM + "./")


def sha512crypt(r):
    return "$6$" + s(r, 16, ALNUM + "./") + "$" + s(r, 86, ALNUM + "./")


def md5_hash_pgbouncer(r):
    return "md5" + s(r, 32, HEX)


def scram(r):
    return f"SCRAM-SHA-256$4096:{b64(r, 16)}${b64(r, 32)}:{b64(r, 32)}"


def ssh_ed25519_pub(r):
    return "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI" + s(r, 43, B64)


def mac(r):
    return ":".join(s(r, 2, HEX) for _ in range(6))


def placeholder(r):
    return r.choice(["changeme", "CHANGE_ME", "<your-token>", "xxxxxxxx", "REPLACE_ME", "TODO", "your-api-key-here", "********", "secret"])


def eth_address(r):
    return "0x" + s(r, 40, HEX)
