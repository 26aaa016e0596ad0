"""Generate ``labels.jsonl``: an independent labelled set for ``codelm redact --eval``.

Hosts are real code (the standard library's own modules, truncated) and hand-written but realistic code and
config files in other languages. Into them go synthetic secrets of the right shapes (random values from a seeded
generator, never real credentials), each labelled with its span, and look-alikes a good redactor must leave alone
(hashes, UUIDs, versions, private IPs, DNS servers, placeholders, environment look-ups, templates...).

Run from the repository root: ``python tests/data/redact/make_labels.py`` (``--out PATH`` elsewhere).
Nothing here imports codelm: the labels come from what was planted, never from the redactor they judge.
Same seed and same standard library → the same bytes; each record stores its content, so the set itself does
not depend on the Python it is read with.
"""

from __future__ import annotations

import argparse
import ast
import base64
import collections
import ipaddress
import json
import random
import re
import string
import sysconfig
import uuid
from dataclasses import dataclass, field
from pathlib import Path

SEED = 20261128
MIN_HOST_CHARS = 1500  # shorter prefixes (one huge first class) are skipped
HOST_CHARS = 8000  # stdlib hosts keep the whole top-level statements that fit, so the set stays ~1 MB
HERE = Path(__file__).resolve().parent

# design.md's list of popular DNS servers (BigCode leaves them in place).
DNS_SERVERS = (
    "8.8.8.8",
    "8.8.4.4",
    "1.1.1.1",
    "1.0.0.1",
    "9.9.9.9",
    "149.112.112.112",
    "208.67.222.222",
    "208.67.220.220",
    "76.76.19.19",
    "76.223.122.150",
    "8.26.56.26",
    "8.20.247.20",
    "94.140.14.14",
    "94.140.15.15",
)

# Modules present from Python 3.10 on whose text carries no email, IP address, key or password of its own
# (checked again by ``_clean_host``), so every real secret in a record is a labelled one.
STDLIB_HOSTS = (
    "abc.py",
    "bisect.py",
    "bz2.py",
    "calendar.py",
    "cmd.py",
    "code.py",
    "codeop.py",
    "colorsys.py",
    "compileall.py",
    "contextlib.py",
    "contextvars.py",
    "copy.py",
    "copyreg.py",
    "csv.py",
    "dataclasses.py",
    "difflib.py",
    "dis.py",
    "enum.py",
    "filecmp.py",
    "fileinput.py",
    "fnmatch.py",
    "fractions.py",
    "functools.py",
    "genericpath.py",
    "getopt.py",
    "gettext.py",
    "glob.py",
    "graphlib.py",
    "gzip.py",
    "hashlib.py",
    "heapq.py",
    "hmac.py",
    "inspect.py",
    "keyword.py",
    "linecache.py",
    "locale.py",
    "lzma.py",
    "numbers.py",
    "opcode.py",
    "operator.py",
    "optparse.py",
    "pathlib.py",
    "pkgutil.py",
    "pprint.py",
    "py_compile.py",
    "queue.py",
    "quopri.py",
    "random.py",
    "reprlib.py",
    "rlcompleter.py",
    "sched.py",
    "secrets.py",
    "selectors.py",
    "shelve.py",
    "shlex.py",
    "shutil.py",
    "signal.py",
    "site.py",
    "stat.py",
    "statistics.py",
    "string.py",
    "struct.py",
    "symtable.py",
    "tabnanny.py",
    "tempfile.py",
    "textwrap.py",
    "threading.py",
    "timeit.py",
    "token.py",
    "tokenize.py",
    "trace.py",
    "traceback.py",
    "tracemalloc.py",
    "types.py",
    "typing.py",
    "warnings.py",
    "wave.py",
    "weakref.py",
    "zipapp.py",
)
PLAIN_STDLIB_DOCS = 14
PLANTED_STDLIB_DOCS = 44

ALNUM = string.ascii_letters + string.digits
UPPER_ALNUM = string.ascii_uppercase + string.digits
HEX = "0123456789abcdef"
B64 = ALNUM + "+/"
B64URL = ALNUM + "-_"

FIRST = (
    "olivia liam sofia mateo hana arjun chloe lukas amara kenji fatima noah ines tomasz priya diego elena yusuf "
    "freya malik zoe ravi nadia oscar mei jonas leila pablo anika samuel"
).split()
LAST = (
    "martin okafor nguyen schmidt kowalski haddad silva tanaka johansson rossi patel dubois moreau fischer novak "
    "lindqvist oconnor bianchi yilmaz kim garcia petrov adeyemi murphy sato costa horvath jensen alvarez singh"
).split()
FREE_MAIL = (
    "gmail.com outlook.com yahoo.co.jp protonmail.ch icloud.com gmx.de hotmail.fr yandex.ru web.de fastmail.fm "
    "zoho.eu mail.ru"
).split()
ORGS = (
    "northwind bluepeak acmelabs quantix helioscloud verdant orbitalsys kestrel lumenworks brightforge tidewater "
    "cobaltbay ferrous novaridge pinecrest"
).split()
TLDS = "com io dev co.uk de fr com.br ai tech app net org nl ch se com.au co.jp edu".split()
MAIL_SUBDOMAINS = "mail eu corp research us-east dev support ops".split()
PLUS_TAGS = "github news ci billing dev alerts".split()
WORDS = (
    "harbor falcon maple orbit copper willow quartz ember summit lantern cobalt meadow raven tundra saffron "
    "glacier pepper violet canyon thistle juniper marble sparrow"
).split()
APPS = "orders billing inventory gateway analytics checkout ledger notifier reports catalog".split()

KEY_NAMES = {
    "aws_access_key_id": ("AWS_ACCESS_KEY_ID", "S3_ACCESS_KEY_ID"),
    "aws_secret_access_key": ("AWS_SECRET_ACCESS_KEY", "S3_SECRET_ACCESS_KEY"),
    "github_pat_classic": ("GITHUB_TOKEN", "GH_TOKEN", "GITHUB_ACCESS_TOKEN"),
    "github_oauth": ("GITHUB_OAUTH_TOKEN", "GH_OAUTH_TOKEN"),
    "github_app": ("GITHUB_APP_TOKEN", "INSTALLATION_TOKEN"),
    "github_user_to_server": ("GITHUB_USER_TOKEN", "GH_USER_TOKEN"),
    "github_fine_grained": ("GITHUB_PAT", "GH_PAT"),
    "gitlab_pat": ("GITLAB_TOKEN", "GITLAB_PRIVATE_TOKEN"),
    "slack_bot": ("SLACK_BOT_TOKEN", "SLACK_TOKEN"),
    "slack_user": ("SLACK_USER_TOKEN", "SLACK_OAUTH_TOKEN"),
    "stripe_secret": ("STRIPE_SECRET_KEY", "STRIPE_API_KEY"),
    "stripe_restricted": ("STRIPE_RESTRICTED_KEY", "STRIPE_RK"),
    "google_api": ("GOOGLE_API_KEY", "MAPS_API_KEY", "FIREBASE_API_KEY"),
    "sendgrid": ("SENDGRID_API_KEY", "SENDGRID_KEY"),
    "twilio_api_key": ("TWILIO_API_KEY", "TWILIO_KEY_SID"),
    "twilio_account_sid": ("TWILIO_ACCOUNT_SID", "TWILIO_SID"),
    "npm": ("NPM_TOKEN", "NPM_AUTH_TOKEN"),
    "pypi": ("PYPI_TOKEN", "PYPI_API_TOKEN"),
    "huggingface": ("HF_TOKEN", "HUGGING_FACE_HUB_TOKEN"),
    "openai": ("OPENAI_API_KEY", "OPENAI_KEY"),
    "openai_project": ("OPENAI_API_KEY", "OPENAI_PROJECT_KEY"),
    "jwt": ("ACCESS_TOKEN", "JWT_TOKEN", "ID_TOKEN", "SERVICE_JWT"),
    "private_key": ("PRIVATE_KEY", "SSH_PRIVATE_KEY", "TLS_PRIVATE_KEY", "SIGNING_KEY"),
    "generic_secret": (
        "API_KEY",
        "API_SECRET",
        "CLIENT_SECRET",
        "SECRET_KEY",
        "AUTH_TOKEN",
        "ACCESS_TOKEN",
        "APP_SECRET",
        "WEBHOOK_SECRET",
        "SIGNING_SECRET",
        "ENCRYPTION_KEY",
        "PRIVATE_TOKEN",
        "SESSION_SECRET",
    ),
}
KEY_KINDS = tuple(KEY_NAMES)
PASSWORD_NAMES = (
    "PASSWORD",
    "DB_PASSWORD",
    "POSTGRES_PASSWORD",
    "MYSQL_ROOT_PASSWORD",
    "REDIS_PASSWORD",
    "SMTP_PASSWORD",
    "ADMIN_PASSWORD",
    "DB_PASS",
    "RABBITMQ_PASSWORD",
    "LDAP_BIND_PASSWORD",
)
LOOKALIKE_KINDS = (
    "uuid",
    "git_sha",
    "sha256",
    "md5",
    "sha512_integrity",
    "version",
    "date_version",
    "private_ip",
    "reserved_ip",
    "dns_server",
    "placeholder",
    "env_lookup",
    "sequential",
    "template",
    "identifier",
)


@dataclass
class Secret:
    tag: str
    kind: str
    value: str
    suffix: str = ""  # a CIDR suffix written right after the value, outside the label
    lines: tuple = ()  # a PEM block's lines, joined per file format by the emitters


@dataclass
class Look:
    kind: str
    value: str


@dataclass
class Str:
    """A string literal made of plain text and labelled pieces (a URL with a password in it)."""

    pieces: list = field(default_factory=list)


def T(template: str, *spans) -> list:
    """``template`` with each ``«»`` replaced by the next span, as a list of pieces."""
    texts = template.split("«»")
    assert len(texts) == len(spans) + 1, template
    pieces = [texts[0]]
    for span, text in zip(spans, texts[1:]):
        pieces += [span, text]
    return pieces


class Doc:
    def __init__(self, doc_id: str, lang: str, path: str):
        self.doc_id, self.lang, self.path = doc_id, lang, path
        self.parts: list[str] = []
        self.size = 0
        self.labels: list[dict] = []
        self.lookalikes: list[dict] = []

    def add(self, *pieces) -> Doc:
        for piece in pieces:
            if callable(piece):  # a statement written only if the template picked it
                self.add(piece())
            elif isinstance(piece, (list, tuple)):
                self.add(*piece)
            elif isinstance(piece, Str):
                self.add(*piece.pieces)
            elif isinstance(piece, Secret):
                label = {"tag": piece.tag, "start": self.size, "end": self.size + len(piece.value), "kind": piece.kind}
                if piece.suffix:
                    label["suffix"] = piece.suffix  # present in content right after the span, not labelled
                self.labels.append(label)
                self._text(piece.value + piece.suffix)
            elif isinstance(piece, Look):
                self.lookalikes.append({"kind": piece.kind, "start": self.size, "end": self.size + len(piece.value)})
                self._text(piece.value)
            else:
                self._text(piece)
        return self

    def _text(self, text: str) -> None:
        self.parts.append(text)
        self.size += len(text)

    def record(self) -> dict:
        return {
            "id": self.doc_id,
            "lang": self.lang,
            "path": self.path,
            "content": "".join(self.parts),
            "labels": self.labels,
            "lookalikes": self.lookalikes,
        }


def _rand(rng: random.Random, alphabet: str, length: int) -> str:
    return "".join(rng.choice(alphabet) for _ in range(length))


def _b64url(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()


def snake(name: str) -> str:
    return name.lower()


def camel(name: str) -> str:
    head, *rest = name.lower().split("_")
    return head + "".join(part.capitalize() for part in rest)


def pascal(name: str) -> str:
    return "".join(part.capitalize() for part in name.lower().split("_"))


class Planter:
    """Synthetic secrets and look-alikes of realistic shapes, from one seeded generator."""

    def __init__(self, rng: random.Random):
        self.rng = rng
        self.key_counts = collections.Counter({kind: 0 for kind in KEY_KINDS})

    # ---- people and places -------------------------------------------------------------------------------------
    def person(self) -> tuple[str, str]:
        return self.rng.choice(FIRST), self.rng.choice(LAST)

    def full_name(self) -> str:
        first, last = self.person()
        return f"{first.capitalize()} {last.capitalize()}"

    def org(self) -> str:
        return self.rng.choice(ORGS)

    def email(self) -> Secret:
        rng = self.rng
        first, last = self.person()
        corp = f"{rng.choice(ORGS)}.{rng.choice(TLDS)}"
        shape = rng.choice(("personal", "corporate", "plus", "subdomain"))
        if shape == "personal":
            local = rng.choice(
                (f"{first}.{last}", f"{first}_{last}", f"{first}{rng.randint(7, 99)}", f"{first[0]}{last}")
            )
            return Secret("EMAIL", "email_personal", f"{local}@{rng.choice(FREE_MAIL)}")
        if shape == "corporate":
            local = rng.choice((f"{first}.{last}", f"{first[0]}.{last}", first, rng.choice(("security", "ops-team"))))
            return Secret("EMAIL", "email_corporate", f"{local}@{corp}")
        if shape == "plus":
            domain = rng.choice((rng.choice(FREE_MAIL), corp))
            return Secret("EMAIL", "email_plus", f"{first}.{last}+{rng.choice(PLUS_TAGS)}@{domain}")
        return Secret("EMAIL", "email_subdomain", f"{first}.{last}@{rng.choice(MAIL_SUBDOMAINS)}.{corp}")

    def _public_ipv4(self) -> ipaddress.IPv4Address:
        while True:
            address = ipaddress.IPv4Address(
                ".".join(
                    str(octet) for octet in (self.rng.randint(11, 223), *(self.rng.randint(0, 255) for _ in "ab"))
                )
                + f".{self.rng.randint(1, 254)}"
            )
            if address.is_global and not address.is_multicast and str(address) not in DNS_SERVERS:
                return address

    def ip4(self) -> Secret:
        return Secret("IP_ADDRESS", "ipv4", str(self._public_ipv4()))

    def ip4_net(self) -> Secret:
        prefix = self.rng.choice((24, 24, 16, 22, 32))
        network = ipaddress.IPv4Network(f"{self._public_ipv4()}/{prefix}", strict=False)
        address = network.network_address
        if not address.is_global or str(address) in DNS_SERVERS:
            return self.ip4_net()
        return Secret("IP_ADDRESS", "ipv4_cidr", str(address), suffix=f"/{prefix}")

    def _public_ipv6(self) -> ipaddress.IPv6Address:
        rng = self.rng
        first = rng.choice((0x2400, 0x2600, 0x2A00, 0x2800, 0x2C0F, 0x2A01, 0x2604, 0x2A03)) + rng.randint(0, 15)
        groups = [first] + [rng.randint(0, 0xFFFF) for _ in range(7)]
        if rng.random() < 0.6:  # most real addresses have a run of zero groups, and print compressed
            zero_at = rng.randint(2, 4)
            for index in range(zero_at, zero_at + rng.randint(2, 3)):
                groups[index] = 0
        groups[7] = groups[7] or 1
        address = ipaddress.IPv6Address(":".join(f"{group:x}" for group in groups))
        return address if address.is_global else self._public_ipv6()

    def ip6(self) -> Secret:
        address = self._public_ipv6()
        if "::" in address.compressed:
            return Secret("IP_ADDRESS", "ipv6_compressed", address.compressed)
        text = address.exploded if self.rng.random() < 0.3 else address.compressed
        return Secret("IP_ADDRESS", "ipv6_full", text.upper() if self.rng.random() < 0.1 else text)

    def ip6_net(self) -> Secret:
        prefix = self.rng.choice((32, 48, 56, 64))
        network = ipaddress.IPv6Network(f"{self._public_ipv6()}/{prefix}", strict=False)
        return Secret("IP_ADDRESS", "ipv6_cidr", network.network_address.compressed, suffix=f"/{prefix}")

    def ip(self) -> Secret:
        return self.ip4() if self.rng.random() < 0.75 else self.ip6()

    # ---- keys --------------------------------------------------------------------------------------------------
    def key_kind(self, exclude=()) -> str:
        """The least-planted kind so far (ties at random), so every kind gets its share."""
        kinds = [kind for kind in KEY_KINDS if kind not in exclude]
        fewest = min(self.key_counts[kind] for kind in kinds)
        return self.rng.choice([kind for kind in kinds if self.key_counts[kind] == fewest])

    def token(self) -> Secret:
        """A one-line key whose format identifies it without a name (no generic or AWS secret, no PEM block):
        what may stand in a comment, a bare argument or a Bearer header."""
        return self.key(self.key_kind(exclude=("generic_secret", "aws_secret_access_key", "private_key")))

    def key_name(self, kind: str) -> str:
        return self.rng.choice(KEY_NAMES[kind])

    def key(self, kind: str | None = None, pem: str = "raw", indent: str = "") -> Secret | Look:
        """A key of ``kind`` (the least-planted kind when None). ``pem`` says how a PEM block's lines are joined:
        ``raw`` newlines, ``escaped`` as ``\\n`` inside a JSON/.env string, ``indent`` newlines plus ``indent``."""
        kind = kind or self.key_kind()
        self.key_counts[kind] += 1
        if kind == "private_key":
            lines = self.pem_lines()
            joiner = {"raw": "\n", "escaped": "\\n", "indent": "\n" + indent}[pem]
            return Secret("KEY", kind, joiner.join(lines), lines=tuple(lines))
        if kind == "twilio_account_sid":
            # Twilio's Account SID is the account's user name, shown in its console and logs; the auth token beside
            # it is the secret. Planted where a key would be, labelled a look-alike.
            return Look(kind, self.key_value(kind))
        return Secret("KEY", kind, self.key_value(kind))

    def key_value(self, kind: str) -> str:
        rng = self.rng
        if kind == "aws_access_key_id":
            return "AKIA" + _rand(rng, UPPER_ALNUM, 16)
        if kind == "aws_secret_access_key":
            return _rand(rng, B64, 40)
        if kind in ("github_pat_classic", "github_oauth", "github_app", "github_user_to_server"):
            prefix = {"github_pat_classic": "ghp_", "github_oauth": "gho_", "github_app": "ghs_"}.get(kind, "ghu_")
            return prefix + _rand(rng, ALNUM, 36)
        if kind == "github_fine_grained":
            return "github_pat_" + _rand(rng, UPPER_ALNUM, 22) + "_" + _rand(rng, ALNUM, 59)
        if kind == "gitlab_pat":
            return "glpat-" + _rand(rng, B64URL, 20)
        if kind == "slack_bot":
            return f"xoxb-{rng.randint(10**10, 10**13)}-{rng.randint(10**10, 10**13)}-{_rand(rng, ALNUM, 24)}"
        if kind == "slack_user":
            parts = (rng.randint(10**10, 10**13) for _ in range(3))
            return "xoxp-" + "-".join(str(part) for part in parts) + "-" + _rand(rng, HEX, 32)
        if kind in ("stripe_secret", "stripe_restricted"):
            prefix = "sk_live_" if kind == "stripe_secret" else "rk_live_"
            return prefix + _rand(rng, ALNUM, rng.choice((24, 34, 99)))
        if kind == "google_api":
            return "AIza" + _rand(rng, B64URL, 35)
        if kind == "sendgrid":
            return "SG." + _rand(rng, B64URL, 22) + "." + _rand(rng, B64URL, 43)
        if kind == "twilio_api_key":
            return "SK" + _rand(rng, HEX, 32)
        if kind == "twilio_account_sid":
            return "AC" + _rand(rng, HEX, 32)
        if kind == "npm":
            return "npm_" + _rand(rng, ALNUM, 36)
        if kind == "pypi":
            return "pypi-AgEIcHlwaS5vcmc" + _rand(rng, B64URL, rng.randint(140, 200))
        if kind == "huggingface":
            return "hf_" + _rand(rng, string.ascii_letters, 34)
        if kind == "openai":
            return "sk-" + _rand(rng, ALNUM, 20) + "T3BlbkFJ" + _rand(rng, ALNUM, 20)
        if kind == "openai_project":
            return "sk-proj-" + _rand(rng, B64URL, 74) + "T3BlbkFJ" + _rand(rng, B64URL, 74)
        if kind == "jwt":
            return self.jwt()
        if kind == "generic_secret":
            style = rng.randrange(4)
            if style == 0:
                return _rand(rng, ALNUM, rng.choice((32, 40, 48)))
            if style == 1:
                return _rand(rng, HEX, rng.choice((32, 48, 64)))
            if style == 2:
                return base64.b64encode(rng.randbytes(rng.choice((24, 32, 45)))).decode()
            return "django-insecure-" + _rand(rng, string.ascii_lowercase + string.digits + "!@%^&*(-_=+)", 50)
        raise ValueError(kind)

    def jwt(self) -> str:
        rng = self.rng
        algorithm = rng.choice(("HS256", "RS256", "HS512"))
        header = {"alg": algorithm, "typ": "JWT"}
        issued = rng.randint(1_650_000_000, 1_760_000_000)
        payload = {"sub": str(uuid.UUID(int=rng.getrandbits(128), version=4)), "iat": issued, "exp": issued + 3600}
        if rng.random() < 0.5:
            payload["scope"] = rng.choice(("read:orders write:orders", "admin", "repo"))
        signature = rng.randbytes({"HS256": 32, "RS256": 256, "HS512": 64}[algorithm])
        return ".".join(
            _b64url(part)
            for part in (
                json.dumps(header, separators=(",", ":")).encode(),
                json.dumps(payload, separators=(",", ":")).encode(),
                signature,
            )
        )

    def pem_lines(self) -> list[str]:
        rng = self.rng
        kind, prefix, size = rng.choice(
            (
                ("RSA PRIVATE KEY", b"\x30\x82\x04\xa4\x02\x01\x00\x02\x82\x01\x01\x00", 640),
                ("PRIVATE KEY", b"\x30\x82\x04\xbe\x02\x01\x00\x30\x0d\x06\x09\x2a\x86\x48", 640),
                ("EC PRIVATE KEY", b"\x30\x77\x02\x01\x01\x04\x20", 114),
                ("OPENSSH PRIVATE KEY", b"openssh-key-v1\x00\x00\x00\x00", 380),
            )
        )
        body = base64.b64encode(prefix + rng.randbytes(size)).decode()
        width = 70 if kind == "OPENSSH PRIVATE KEY" else 64
        return [
            f"-----BEGIN {kind}-----",
            *(body[i : i + width] for i in range(0, len(body), width)),
            f"-----END {kind}-----",
        ]

    # ---- passwords ---------------------------------------------------------------------------------------------
    def password_value(self, url_safe: bool = False) -> str:
        rng = self.rng
        symbols = "-_.~" if url_safe else "!%&*-_=+.?^"
        style = rng.randrange(3)
        if style == 0:
            word = rng.choice(WORDS).capitalize() + rng.choice(WORDS).capitalize()
            return word + rng.choice(symbols) + str(rng.randint(100, 9999))
        if style == 1:
            return rng.choice(string.ascii_letters) + _rand(rng, ALNUM + symbols, rng.randint(11, 23))
        return (
            f"{rng.choice(WORDS)}{rng.choice(symbols)}{rng.randint(10, 9999)}{rng.choice(symbols)}{rng.choice(WORDS)}"
        )

    def password(self, kind: str, url_safe: bool = False) -> Secret:
        return Secret("PASSWORD", kind, self.password_value(url_safe or kind == "url_password"))

    def password_name(self) -> str:
        return self.rng.choice(PASSWORD_NAMES)

    # ---- look-alikes -------------------------------------------------------------------------------------------
    def uuid(self) -> Look:
        text = str(uuid.UUID(int=self.rng.getrandbits(128), version=4))
        return Look("uuid", text.upper() if self.rng.random() < 0.15 else text)

    def git_sha(self) -> Look:
        return Look("git_sha", _rand(self.rng, HEX, 40))

    def sha256(self) -> Look:
        return Look("sha256", _rand(self.rng, HEX, 64))

    def md5(self) -> Look:
        return Look("md5", _rand(self.rng, HEX, 32))

    def integrity(self) -> Look:
        return Look("sha512_integrity", "sha512-" + base64.b64encode(self.rng.randbytes(64)).decode())

    def version(self) -> Look:
        rng = self.rng
        numbers = (rng.randint(1, 12), rng.randint(0, 20), rng.randint(0, 30), rng.randint(0, 200))
        text = ".".join(str(number) for number in numbers)
        return Look("version", ("v" + text) if rng.random() < 0.4 else text)

    def date_version(self) -> Look:
        rng = self.rng
        text = f"{rng.randint(2015, 2026)}.{rng.randint(1, 12):02d}.{rng.randint(1, 28):02d}"
        return Look("date_version", text + (f".{rng.randint(0, 9)}" if rng.random() < 0.6 else ""))

    def private_ip(self, v4_only: bool = False) -> Look:
        rng = self.rng
        v4 = (
            f"10.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}",
            f"192.168.{rng.randint(0, 255)}.{rng.randint(1, 254)}",
            f"172.{rng.randint(16, 31)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}",
            "127.0.0.1",
            "0.0.0.0",
        )
        text = rng.choice(
            v4
            if v4_only
            else (
                *v4,
                f"fd{rng.randint(0, 255):02x}:{rng.randint(0, 0xFFFF):x}::{rng.randint(1, 0xFFFF):x}",
                "::1",
                f"fe80::{rng.randint(1, 0xFFFF):x}:{rng.randint(0, 0xFFFF):x}",
            )
        )
        return Look("private_ip", text)

    def reserved_ip(self) -> Look:
        rng = self.rng
        network = rng.choice(("192.0.2", "198.51.100", "203.0.113", f"169.254.{rng.randint(0, 255)}"))
        return Look("reserved_ip", f"{network}.{rng.randint(1, 254)}")

    def dns_server(self) -> Look:
        return Look("dns_server", self.rng.choice(DNS_SERVERS))

    def placeholder(self, secret: str = "key") -> Look:
        choices = {
            "key": (
                "<YOUR_API_KEY>",
                "YOUR_API_KEY_HERE",
                "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx",
                "XXXXXXXXXXXXXXXXXXXX",
                "<token>",
                "****",
                "REPLACE_ME",
                "your-api-key",
                "ghp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx",
                "sk_live_XXXXXXXXXXXXXXXXXXXXXXXX",
            ),
            "password": ("changeme", "your-password-here", "****", "********", "<password>", "CHANGE_ME", "secret"),
        }[secret]
        return Look("placeholder", self.rng.choice(choices))

    def sequential(self) -> Look:
        return Look(
            "sequential",
            self.rng.choice(
                (
                    "abcdefghijklmnop",
                    "0123456789abcdef",
                    "abcdefghijklmnopqrstuvwxyz",
                    "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789",
                    "1234567890123456",
                    "qwertyuiopasdfghjkl",
                )
            ),
        )

    def identifier(self) -> Look:
        return Look(
            "identifier",
            self.rng.choice(
                (
                    "X-Authentication-Token",
                    "password_confirmation",
                    "production-database-credentials",
                    "AuthenticationMiddlewareFactory",
                    "refresh_token_expired",
                    "internationalization",
                    "SecretManagerServiceClient",
                    "AbstractSingletonProxyFactoryBean",
                    "api_key_rotation_schedule",
                    "TokenBucketRateLimiter",
                )
            ),
        )

    def look(self, kind: str, **options) -> Look:
        return getattr(self, kind)(**options)


# ==== Python: real standard-library modules with planted blocks ==================================================


def _py_snippets(p: Planter) -> list:
    """Blocks of Python code, each a list of pieces; a host gets a few of them between its statements."""
    rng = p.rng
    org = p.org()
    kind = p.key_kind(exclude=("private_key",))
    name = p.key_name(kind)
    host = f"{rng.choice(('db', 'db-primary', 'pg'))}.{org}.internal"
    return [
        lambda: T("# Maintainer: «» <«»>\n", p.full_name(), p.email()),
        lambda: T('__author__ = "«»"\n__email__ = "«»"\n', p.full_name(), p.email()),
        lambda: T("NOTIFY_ON_FAILURE = [«»]\n", [T('"«»", ', p.email()), T('"«»"', p.email())]),
        lambda: T(
            'def send_report(body, to="«»", cc=None):\n    """Mail the nightly report."""\n    return body, to, cc\n',
            p.email(),
        ),
        lambda: T("# Questions about this module: «» (or the #platform channel)\n", p.email()),
        lambda: T('UPSTREAM_HOST = "«»"\nUPSTREAM_PORT = 8443\n', p.ip4()),
        lambda: T('ALLOWED_NETWORKS = ["«»", "«»", "«»/8"]\n', p.ip4_net(), p.ip6_net(), p.private_ip(v4_only=True)),
        lambda: T('def _probe(timeout=5.0):\n    return socket.create_connection(("«»", 443), timeout)\n', p.ip4()),
        lambda: T(
            'MIRRORS = {\n    "v4": "http://«»:8080/simple",\n    "v6": "http://[«»]:8080/simple",\n}\n',
            p.ip4(),
            p.ip6(),
        ),
        lambda: T("# Blocked after the abuse report of 14 May: «» and «»\n", p.ip6(), p.ip4()),
        lambda: T('«» = "«»"\n', name, p.key(kind)),
        lambda: T(
            '_CONFIG = {\n    "«»": "«»",\n    "region": "eu-west-1",\n    "retries": 3,\n}\n',
            snake(name),
            p.key(kind),
        ),
        lambda: T('HEADERS = {"Authorization": "Bearer «»", "Accept": "application/json"}\n', p.key("jwt")),
        lambda: T(
            'def _github(session):\n    session.headers["Authorization"] = "token «»"\n    return session\n',
            p.key(rng.choice(("github_pat_classic", "github_oauth", "github_fine_grained"))),
        ),
        lambda: T(
            'def make_client(timeout=30):\n    return Client(api_key="«»", timeout=timeout)\n',
            p.key(p.key_kind(exclude=("private_key",))),
        ),
        lambda: T(
            's3 = boto3.client(\n    "s3",\n    aws_access_key_id="«»",\n    aws_secret_access_key="«»",\n)\n',
            p.key("aws_access_key_id"),
            p.key("aws_secret_access_key"),
        ),
        lambda: T("# TODO rotate before the release, this one is still live: «»\n", p.token()),
        lambda: T('SIGNING_KEY = """«»\n"""\n', p.key("private_key")),
        lambda: T('openai.api_key = "«»"\n', p.key(rng.choice(("openai", "openai_project")))),
        lambda: T('api = HfApi(token="«»")\n', p.key("huggingface")),
        lambda: T(
            '«» = "«»"\n',
            rng.choice(("password", "DB_PASSWORD", "admin_password", "smtp_password")),
            p.password("password_assignment"),
        ),
        lambda: T(
            'def connect(user="report", password="«»", host="«»"):\n    return user, password, host\n',
            p.password("password_assignment"),
            p.ip4(),
        ),
        lambda: T('session.login("deploy", password="«»")\n', p.password("password_assignment")),
        lambda: T('DATABASE_URL = "postgresql://orders:«»@«»:5432/orders"\n', p.password("url_password"), host),
        lambda: T('BROKER_URL = "amqp://celery:«»@rabbit.«».lan:5672//"\n', p.password("url_password"), org),
        lambda: T('CACHE_URL = "redis://:«»@cache.«».lan:6379/0"\n', p.password("url_password"), org),
        lambda: T(
            'MONGO_URI = "mongodb+srv://svc-app:«»@cluster0.x1y2z.mongodb.net/app"\n', p.password("url_password")
        ),
        lambda: T('UPLOAD_TARGET = "ftp://uploader:«»@«»/incoming"\n', p.password("url_password"), p.ip4()),
        lambda: T('REMOTE = "https://x-access-token:«»@github.com/«»/infra.git"\n', p.key("github_app"), org),
        lambda: T(
            'GEOCODE_URL = "https://maps.googleapis.com/maps/api/geocode/json?key=«»&address="\n', p.key("google_api")
        ),
        # look-alikes
        lambda: T("# Fixed upstream in commit «», see the changelog.\n", p.git_sha()),
        lambda: T('EXPECTED_SHA256 = "«»"\n', p.sha256()),
        lambda: T('_FIXTURE_MD5 = "«»"  # md5 checksum of the test fixture\n', p.md5()),
        lambda: T('REQUEST_NAMESPACE = uuid.UUID("«»")\n', p.uuid()),
        lambda: T('MIN_RELEASE = "«»"  # version\n', p.version()),
        lambda: T('BUILD_TAG = "«»"\n', p.date_version()),
        lambda: T('BIND_ADDRESS = "«»"\nMETRICS_ADDRESS = "«»"\n', p.private_ip(), p.private_ip()),
        lambda: T('RESOLVERS = ("«»", "«»")\n', p.dns_server(), p.dns_server()),
        lambda: T('TEST_NET_HOST = "«»"  # RFC 5737 documentation range\n', p.reserved_ip()),
        lambda: T('API_KEY = "«»"  # set your own\n', p.placeholder("key")),
        lambda: T('DEFAULT_PASSWORD = "«»"\n', p.placeholder("password")),
        lambda: T("SECRET_KEY = «»\n", Look("env_lookup", 'os.environ["SECRET_KEY"]')),
        lambda: T(
            "token = «»\n",
            Look("env_lookup", rng.choice(('os.getenv("GITHUB_TOKEN")', 'os.environ.get("API_TOKEN", "")'))),
        ),
        lambda: T('ALPHABET = "«»"\n', p.sequential()),
        lambda: T('DSN_TEMPLATE = "postgresql://{user}:«»@{host}/{db}"\n', Look("template", "{password}")),
        lambda: T('LEGACY_DSN = "host=%(host)s password=«»"\n', Look("template", "%(password)s")),
        lambda: T('TOKEN_HEADER = "«»"\n', p.identifier()),
    ]


def _clean_host(text: str) -> bool:
    """No email, IP-like dotted quad, IPv6-like run, long mixed token or literal password in the host text."""
    if re.search(r"[\w.+-]+@[\w-]+(\.[\w-]+)*\.[A-Za-z]{2,}", text):
        return False
    if re.search(r"\b\d{1,3}(\.\d{1,3}){3}\b", text):
        return False
    for candidate in re.findall(r"[0-9A-Fa-f]*:[0-9A-Fa-f:]{4,}", text):
        try:
            ipaddress.IPv6Address(candidate)
            return False
        except ValueError:
            pass
    for token in re.findall(r"[A-Za-z0-9+/_-]{24,}", text):
        if re.search(r"\d", token) and re.search(r"[A-Za-z]", token) and "_" not in token:
            return False
    return not re.search(r"(passw(or)?d|secret|token)\s*[:=]\s*['\"][^'\"]+['\"]", text, re.I)


def _load_hosts() -> list[tuple[str, str, list[int]]]:
    """(name, text, top-level statement line numbers) for each usable stdlib host. A host is the module's
    longest run of whole top-level statements within ``HOST_CHARS``, so it still parses as Python."""
    stdlib = Path(sysconfig.get_paths()["stdlib"])
    hosts = []
    for name in STDLIB_HOSTS:
        path = stdlib / name
        if not path.is_file():
            continue
        source = path.read_text(encoding="utf-8")
        lines = source.splitlines(keepends=True)
        line_ends = [0]
        for line in lines:
            line_ends.append(line_ends[-1] + len(line))
        starts, last_line = [], 0
        for position, node in enumerate(ast.parse(source).body):
            if line_ends[node.end_lineno] > HOST_CHARS:
                break
            if position:
                starts.append(min([node.lineno] + [d.lineno for d in getattr(node, "decorator_list", [])]))
            last_line = node.end_lineno
        text = "".join(lines[:last_line])
        if len(text) >= MIN_HOST_CHARS and _clean_host(text):
            hosts.append((name, text, starts))
    return hosts


def python_docs(p: Planter, hosts) -> list[Doc]:
    rng = p.rng
    docs = []
    planted_hosts, plain_hosts = hosts[PLAIN_STDLIB_DOCS:], hosts[:PLAIN_STDLIB_DOCS]
    for index, (name, text, _) in enumerate(plain_hosts):
        docs.append(Doc(f"py-plain-{index:03d}", "python", f"Lib/{name}").add(text))
    rounds = 0
    while len(docs) < PLAIN_STDLIB_DOCS + PLANTED_STDLIB_DOCS:
        for name, text, starts in planted_hosts:
            if len(docs) >= PLAIN_STDLIB_DOCS + PLANTED_STDLIB_DOCS:
                break
            lines = text.splitlines(keepends=True)
            snippets = _py_snippets(p)
            chosen = rng.sample(snippets, min(len(snippets), rng.randint(4, 7)))
            points = sorted(rng.sample(starts, min(len(starts), len(chosen)))) if starts else [len(lines) + 1]
            blocks = collections.defaultdict(list)
            for position, snippet in enumerate(chosen):
                blocks[points[position % len(points)]].append(snippet)
            doc = Doc(f"py-{len(docs):03d}", "python", f"Lib/{name}" if rounds == 0 else f"vendor/r{rounds}/{name}")
            for number, line in enumerate(lines, start=1):
                for snippet in blocks.pop(number, []):
                    doc.add(snippet, "\n")
                doc.add(line)
            for snippet in [s for key in sorted(blocks) for s in blocks[key]]:
                doc.add("\n", snippet)
            docs.append(doc)
        rounds += 1
    return docs


def django_settings(p: Planter, index: int) -> Doc:
    rng = p.rng
    org = p.org()
    doc = Doc(f"py-settings-{index:03d}", "python", f"{org}/settings/production.py")
    doc.add(
        '"""Production settings."""\n\nimport os\nfrom pathlib import Path\n\n',
        "BASE_DIR = Path(__file__).resolve().parent.parent\n\n",
        lambda: T('SECRET_KEY = "«»"\n\nDEBUG = False\n', p.key("generic_secret")),
        lambda: T('ALLOWED_HOSTS = ["«».com", "«»", "«»"]\n\n', org, p.ip4(), p.private_ip()),
        lambda: T("ADMINS = [(«»)]\n\n", [T('"«»", "«»"', p.full_name(), p.email())]),
        "DATABASES = {\n",
        '    "default": {\n',
        '        "ENGINE": "django.db.backends.postgresql",\n',
        f'        "NAME": "{rng.choice(APPS)}",\n',
        '        "USER": "app",\n',
        lambda: T('        "PASSWORD": "«»",\n', p.password("password_assignment")),
        lambda: T('        "HOST": "«»",\n', rng.choice((p.ip4, p.private_ip))()),
        '        "PORT": "5432",\n',
        "    },\n",
        '    "replica": {\n',
        '        "ENGINE": "django.db.backends.postgresql",\n',
        lambda: T('        "PASSWORD": «»,\n', Look("env_lookup", 'os.environ["REPLICA_DB_PASSWORD"]')),
        "    },\n}\n\n",
        lambda: T(
            'EMAIL_HOST = "smtp.«».com"\nEMAIL_HOST_USER = "«»"\nEMAIL_HOST_PASSWORD = "«»"\n',
            org,
            p.email(),
            p.password("password_assignment"),
        ),
        lambda: T(
            'DEFAULT_FROM_EMAIL = "«»"\n\n', Secret("EMAIL", "email_corporate", f"noreply@{org}.{rng.choice(TLDS)}")
        ),
        lambda: T(
            'AWS_ACCESS_KEY_ID = "«»"\nAWS_SECRET_ACCESS_KEY = "«»"\n',
            p.key("aws_access_key_id"),
            p.key("aws_secret_access_key"),
        ),
        'AWS_STORAGE_BUCKET_NAME = "static-assets"\n',
        lambda: T('CELERY_BROKER_URL = "redis://:«»@«»:6379/1"\n', p.password("url_password"), p.ip4()),
        lambda: T('SENTRY_RELEASE = "«»"\n', p.version()),
        lambda: T('STRIPE_SECRET_KEY = "«»"\n', p.key("stripe_secret")),
        lambda: T('STRIPE_PUBLISHABLE_KEY = "«»"\n', p.placeholder("key")),
        lambda: T("SLACK_WEBHOOK_TOKEN = «»\n", Look("env_lookup", 'os.getenv("SLACK_WEBHOOK_TOKEN")')),
        lambda: T('PASSWORD_RESET_FIELD = "«»"\n', Look("identifier", "password_confirmation")),
    )
    return doc


# ==== other languages: hand-written hosts, random selections of realistic statements ==========================


def _fill(doc: Doc, rng: random.Random, head: list, items: list, tail: list, count: tuple[int, int]) -> Doc:
    doc.add(*head)
    for item in rng.sample(items, min(len(items), rng.randint(*count))):
        doc.add(item)
    doc.add(*tail)
    return doc


def javascript_doc(p: Planter, index: int) -> Doc:
    rng = p.rng
    ts = index % 2 == 1
    org, app = p.org(), rng.choice(APPS)
    kind = p.key_kind()
    name = p.key_name(kind)
    doc = Doc(
        f"js-{index:03d}", "typescript" if ts else "javascript", f"{app}/src/{'client.ts' if ts else 'server.js'}"
    )
    typed = ": string" if ts else ""
    head = [
        "'use strict';\n\n" if not ts else "import axios from 'axios';\n",
        "const express = require('express');\nconst { Pool } = require('pg');\n"
        "const nodemailer = require('nodemailer');\n\n"
        if not ts
        else "import { Pool } from 'pg';\nimport { WebClient } from '@slack/web-api';\n\n",
        lambda: T("// Maintainer: «» <«»>\n", p.full_name(), p.email()),
        "const app = express();\napp.use(express.json());\n\n" if not ts else "export const TIMEOUT_MS = 30_000;\n\n",
    ]
    items = [
        lambda: T(f"const {camel(name)}{typed} = " + ("`«»`;\n" if kind == "private_key" else "'«»';\n"), p.key(kind)),
        lambda: T(
            f"const dbUrl{typed} = 'postgres://{app}:«»@db.{org}.internal:5432/{app}';\n", p.password("url_password")
        ),
        lambda: T(
            "const transporter = nodemailer.createTransport({\n  host: 'smtp.«».com',\n  port: 587,\n"
            "  auth: { user: '«»', pass: '«»' },\n});\n",
            org,
            p.email(),
            p.password("password_assignment"),
        ),
        lambda: T("const slack = new WebClient('«»');\n", p.key(rng.choice(("slack_bot", "slack_user")))),
        lambda: T(
            "async function fetchOrders() {\n  return axios.get('https://api.«».io/v2/orders', {\n"
            "    headers: { Authorization: 'Bearer «»' },\n  });\n}\n",
            org,
            p.key("jwt"),
        ),
        lambda: T("// Ask «» before changing the retry policy.\n", p.email()),
        lambda: T(
            f"const ALLOWED_IPS{': string[]' if ts else ''} = ['«»', '«»', '«»'];\n", p.ip4(), p.ip(), p.private_ip()
        ),
        lambda: T("const socket = net.connect(443, '«»');\n", p.ip4()),
        lambda: T("const metrics = fetch('http://[«»]:9100/metrics');\n", p.ip6()),
        lambda: T("const cidr = '«»'; // office egress\n", p.ip4_net()),
        lambda: T(
            "const pool = new Pool({\n  host: '«»',\n  user: 'orders',\n  password: '«»',\n"
            "  database: 'orders',\n});\n",
            p.ip4(),
            p.password("password_assignment"),
        ),
        lambda: T(
            "const stripe = require('stripe')('«»');\n", p.key(rng.choice(("stripe_secret", "stripe_restricted")))
        ),
        lambda: T("sgMail.setApiKey('«»');\n", p.key("sendgrid")),
        lambda: T(
            "const twilio = require('twilio')('«»', authToken, { accountSid: '«»' });\n",
            p.key("twilio_api_key"),
            p.key("twilio_account_sid"),
        ),
        lambda: T(
            "const firebaseConfig = { apiKey: '«»', authDomain: '«».firebaseapp.com' };\n", p.key("google_api"), app
        ),
        lambda: T("const openai = new OpenAI({ apiKey: '«»' });\n", p.key(rng.choice(("openai", "openai_project")))),
        lambda: T(f"const signingKey{typed} = `«»`;\n", p.key("private_key")),
        # look-alikes
        lambda: T(f"const githubToken{typed} = «»;\n", Look("env_lookup", "process.env.GITHUB_TOKEN")),
        lambda: T("const apiKey = «» || '«»';\n", Look("env_lookup", "process.env.API_KEY"), p.placeholder("key")),
        lambda: T("const secret = «»;\n", Look("env_lookup", "process.env.SECRET")),
        lambda: T("const BUILD_SHA = '«»'; // git commit of this build\n", p.git_sha()),
        lambda: T("const integrity = '«»';\n", p.integrity()),
        lambda: T("const REQUEST_ID = '«»';\n", p.uuid()),
        lambda: T("const SDK_VERSION = '«»';\n", p.version()),
        lambda: T("const RELEASE = '«»';\n", p.date_version()),
        lambda: T("const LISTEN = '«»';\n", p.private_ip()),
        lambda: T("const RESOLVER = '«»';\n", p.dns_server()),
        lambda: T("const CHARSET = '«»';\n", p.sequential()),
        lambda: T("const passwordField = '«»';\n", p.identifier()),
        lambda: T("const DOCS_HOST = '«»';\n", p.reserved_ip()),
        lambda: T("const password = '«»';\n", p.placeholder("password")),
        lambda: T("const md5 = '«»'; // md5 of the bundle\n", p.md5()),
    ]
    tail = (
        ["\napp.get('/healthz', (req, res) => res.json({ ok: true }));\n\napp.listen(process.env.PORT || 3000);\n"]
        if not ts
        else ["\nexport default { TIMEOUT_MS };\n"]
    )
    return _fill(doc, rng, head, items, tail, (9, 15))


def go_doc(p: Planter, index: int) -> Doc:
    rng = p.rng
    org, app = p.org(), rng.choice(APPS)
    kind = p.key_kind()
    doc = Doc(f"go-{index:03d}", "go", f"{app}/cmd/{app}/main.go")
    head = [
        lambda: T("// Command «» serves the «» API.\n//\n// Owner: «»\npackage main\n\n", app, app, p.email()),
        'import (\n\t"database/sql"\n\t"fmt"\n\t"net"\n\t"net/http"\n\t"os"\n)\n\n',
    ]
    tops = [
        lambda: T(
            f"const {pascal(p.key_name(kind))} = " + ("`«»`\n" if kind == "private_key" else '"«»"\n'), p.key(kind)
        ),
        lambda: T('var upstream = "«»:8443"\n', p.ip4()),
        lambda: T('var adminEmail = "«»"\n', p.email()),
        lambda: T(
            'const dsn = "postgres://svc:«»@db.«».internal:5432/«»?sslmode=require"\n',
            p.password("url_password"),
            org,
            app,
        ),
        lambda: T('var dbPassword = "«»"\n', p.password("password_assignment")),
        lambda: T("var tlsKey = []byte(`«»`)\n", p.key("private_key")),
        lambda: T('const slackToken = "«»"\n', p.key("slack_bot")),
        lambda: T('var allowed = []string{"«»", "«»"}\n', p.ip4_net(), p.ip6()),
        lambda: T('const buildCommit = "«»" // git commit\n', p.git_sha()),
        lambda: T('const schemaChecksum = "«»" // sha256\n', p.sha256()),
        lambda: T('const tenantID = "«»"\n', p.uuid()),
        lambda: T('const minVersion = "«»"\n', p.version()),
        lambda: T('var listenAddr = "«»:8080"\n', p.private_ip()),
        lambda: T('var resolver = "«»:53"\n', p.dns_server()),
        lambda: T('const apiKey = "«»" // replace in prod\n', p.placeholder("key")),
        lambda: T('const alphabet = "«»"\n', p.sequential()),
        lambda: T('const headerName = "«»"\n', p.identifier()),
    ]
    body = [
        lambda: T(
            '\tdb, err := sql.Open("postgres", "postgres://app:«»@«»:5432/app")\n\t_ = db\n\t_ = err\n',
            p.password("url_password"),
            p.ip4(),
        ),
        lambda: T(
            '\treq, _ := http.NewRequest("GET", "https://api.github.com/user", nil)\n'
            '\treq.Header.Set("Authorization", "Bearer «»")\n',
            p.key(rng.choice(("github_pat_classic", "github_user_to_server", "github_fine_grained"))),
        ),
        lambda: T('\tconn, _ := net.Dial("tcp", "«»:6379")\n\t_ = conn\n', p.ip4()),
        lambda: T('\tconn6, _ := net.Dial("tcp", "[«»]:443")\n\t_ = conn6\n', p.ip6()),
        lambda: T('\tclient := NewClient("«»")\n\t_ = client\n', p.token()),
        lambda: T("\ttoken := «»\n\t_ = token\n", Look("env_lookup", 'os.Getenv("TOKEN")')),
        lambda: T("\tsecret := «»\n\t_ = secret\n", Look("env_lookup", 'os.Getenv("API_SECRET")')),
        lambda: T('\tfmt.Println("contact «» for access")\n', p.email()),
    ]
    doc.add(*head)
    for item in rng.sample(tops, rng.randint(6, 10)):
        doc.add(item)
    doc.add("\nfunc main() {\n")
    for item in rng.sample(body, rng.randint(3, 6)):
        doc.add(item)
    doc.add('\tfmt.Println("listening")\n\t_ = os.Args\n}\n')
    return doc


def java_doc(p: Planter, index: int) -> Doc:
    rng = p.rng
    org = p.org()
    kind = p.key_kind(exclude=("private_key",))
    doc = Doc(f"java-{index:03d}", "java", f"src/main/java/com/{org}/config/ServiceConfig.java")
    head = [
        f"package com.{org}.config;\n\nimport java.util.Properties;\n\n",
        lambda: T(
            "/**\n * Connection settings for the {@code orders} service.\n *\n * @author «» («»)\n */\n",
            p.full_name(),
            p.email(),
        ),
        "public final class ServiceConfig {\n\n",
    ]
    fields = [
        lambda: T(f'    private static final String {p.key_name(kind)} = "«»";\n', p.key(kind)),
        lambda: T('    private static final String DB_URL = "jdbc:postgresql://«»:5432/orders";\n', p.ip4()),
        lambda: T('    private static final String DB_PASSWORD = "«»";\n', p.password("password_assignment")),
        lambda: T(
            '    private static final String AMQP_URI = "amqps://orders:«»@mq.«».net:5671/prod";\n',
            p.password("url_password"),
            org,
        ),
        lambda: T('    private static final String SUPPORT = "«»";\n', p.email()),
        lambda: T(
            '    private static final String SIGNING_KEY = """\n        «»\n        """;\n',
            p.key("private_key", pem="indent", indent="        "),
        ),
        lambda: T('    private static final String SERVICE_TOKEN = "«»";\n', p.key("jwt")),
        lambda: T('    private static final String EGRESS_V6 = "«»";\n', p.ip6()),
        lambda: T('    private static final String BUILD_COMMIT = "«»"; // git commit sha\n', p.git_sha()),
        lambda: T('    private static final String ARTIFACT_MD5 = "«»";\n', p.md5()),
        lambda: T('    private static final String CORRELATION_ID = "«»";\n', p.uuid()),
        lambda: T('    private static final String VERSION = "«»";\n', p.version()),
        lambda: T('    private static final String BIND = "«»";\n', p.private_ip()),
        lambda: T('    private static final String DNS = "«»";\n', p.dns_server()),
        lambda: T('    @Value("«»")\n    private String password;\n', Look("template", "${db.password}")),
        lambda: T("    private final String apiKey = «»;\n", Look("env_lookup", 'System.getenv("API_KEY")')),
        lambda: T('    private static final String TOKEN_HEADER = "«»";\n', p.identifier()),
        lambda: T('    private static final String DEFAULT_PASSWORD = "«»";\n', p.placeholder("password")),
    ]
    body = [
        lambda: T('        props.setProperty("mail.smtp.user", "«»");\n', p.email()),
        lambda: T('        props.setProperty("mail.smtp.password", "«»");\n', p.password("password_assignment")),
        lambda: T(
            '        props.setProperty("«»", "«»");\n',
            snake(p.key_name("generic_secret")).replace("_", "."),
            p.key("generic_secret"),
        ),
        lambda: T('        props.setProperty("aws.accessKeyId", "«»");\n', p.key("aws_access_key_id")),
        lambda: T('        props.setProperty("aws.secretKey", "«»");\n', p.key("aws_secret_access_key")),
        lambda: T('        props.setProperty("proxy.host", "«»");\n', p.ip4()),
        lambda: T('        props.setProperty("cache.host", "«»");\n', p.private_ip()),
    ]
    doc.add(*head)
    for item in rng.sample(fields, rng.randint(8, 12)):
        doc.add(item)
    doc.add("\n    public static Properties load() {\n        Properties props = new Properties();\n")
    for item in rng.sample(body, rng.randint(3, 6)):
        doc.add(item)
    doc.add("        return props;\n    }\n}\n")
    return doc


def shell_doc(p: Planter, index: int) -> Doc:
    rng = p.rng
    org, app = p.org(), rng.choice(APPS)
    kind = p.key_kind()
    doc = Doc(f"sh-{index:03d}", "shell", f"scripts/deploy_{app}.sh")
    head = ["#!/usr/bin/env bash\n# Deploy the service to the production cluster.\nset -euo pipefail\n\n"]

    def first():
        if kind == "private_key":
            return T("ssh-add - <<'EOF'\n«»\nEOF\n", p.key(kind))
        return T(f'export {p.key_name(kind)}="«»"\n', p.key(kind))

    items = [
        first,
        lambda: T('curl -sS -H "Authorization: Bearer «»" https://api.«».io/v1/deploys\n', p.token(), org),
        lambda: T("mysql -h «» -u root -p'«»' «» < dump.sql\n", p.ip4(), p.password("password_assignment"), app),
        lambda: T("PGPASSWORD='«»' psql -h db.«».internal -U app -c 'select 1'\n", p.password("env_password"), org),
        lambda: T('git config user.email "«»"\n', p.email()),
        lambda: T(
            "aws configure set aws_access_key_id «»\naws configure set aws_secret_access_key «»\n",
            p.key("aws_access_key_id"),
            p.key("aws_secret_access_key"),
        ),
        lambda: T('export DATABASE_URL="mysql://app:«»@«»:3306/app"\n', p.password("url_password"), p.ip4()),
        lambda: T("ssh -o StrictHostKeyChecking=no deploy@«» 'systemctl restart app'\n", p.ip4()),
        lambda: T("iptables -A INPUT -s «» -j DROP\n", p.ip4_net()),
        lambda: T("ip -6 route add «» via fe80::1 dev eth0\n", p.ip6_net()),
        lambda: T('npm config set //registry.npmjs.org/:_authToken "«»"\n', p.key("npm")),
        lambda: T("twine upload -u __token__ -p «» dist/*\n", p.key("pypi")),
        # look-alikes
        lambda: T('TOKEN="«»"\n', Look("template", "${GITHUB_TOKEN:?missing}")),
        lambda: T('echo "«»  release.tar.gz" | sha256sum -c -\n', p.sha256()),
        lambda: T("VERSION=«»\n", p.version()),
        lambda: T("git checkout «»  # pinned commit\n", p.git_sha()),
        lambda: T('echo "nameserver «»" >> /etc/resolv.conf\n', p.dns_server()),
        lambda: T("REDIS_HOST=«»\n", p.private_ip()),
        lambda: T('API_KEY="«»"  # put the real key in vault\n', p.placeholder("key")),
        lambda: T('RUN_ID="«»"\n', p.uuid()),
        lambda: T("RELEASE=«»\n", p.date_version()),
        lambda: T('curl -H "X-Api-Key: «»" https://status.«».io\n', Look("env_lookup", "$API_KEY"), org),
    ]
    return _fill(doc, rng, head, items, ['\necho "deployed"\n'], (9, 14))


def dockerfile_doc(p: Planter, index: int) -> Doc:
    rng = p.rng
    app = rng.choice(APPS)
    kind = p.key_kind(exclude=("private_key",))
    doc = Doc(f"docker-{index:03d}", "dockerfile", f"{app}/Dockerfile")
    head = [
        "FROM python:3.11-slim AS base\n",
        lambda: T('LABEL maintainer="«» <«»>"\n', p.full_name(), p.email()),
        "WORKDIR /app\nCOPY requirements.txt .\n",
    ]
    items = [
        lambda: T(f"ENV {p.key_name(kind)}=«»\n", p.key(kind)),
        lambda: T("ARG NPM_TOKEN=«»\n", p.key("npm")),
        lambda: T('RUN echo "//registry.npmjs.org/:_authToken=«»" > /root/.npmrc\n', p.key("npm")),
        lambda: T(
            "RUN pip install --index-url https://__token__:«»@pypi.«».io/simple -r requirements.txt\n",
            p.key("pypi"),
            p.org(),
        ),
        lambda: T("ENV DB_PASSWORD=«»\n", p.password("env_password")),
        lambda: T("ENV DATABASE_URL=postgres://app:«»@«»:5432/app\n", p.password("url_password"), p.ip4()),
        lambda: T("ENV UPSTREAM=«»\n", p.ip4()),
        lambda: T("ENV HF_TOKEN=«»\n", p.key("huggingface")),
        lambda: T("ARG GIT_COMMIT=«»\n", p.git_sha()),
        lambda: T("ENV BIND_ADDR=«»\n", p.private_ip()),
        lambda: T("ENV APP_VERSION=«»\n", p.version()),
        lambda: T("ENV API_TOKEN=«»\n", Look("template", "${API_TOKEN}")),
        lambda: T("ENV SECRET_KEY=«»\n", p.placeholder("key")),
        lambda: T("RUN echo '«»  /tmp/tool.tgz' | sha256sum -c -\n", p.sha256()),
    ]
    tail = ['COPY . .\nEXPOSE 8080\nCMD ["gunicorn", "app:create_app()", "--bind", "0.0.0.0:8080"]\n']
    return _fill(doc, rng, head, items, tail, (6, 10))


def makefile_doc(p: Planter, index: int) -> Doc:
    rng = p.rng
    app = rng.choice(APPS)
    kind = p.key_kind(exclude=("private_key",))
    doc = Doc(f"make-{index:03d}", "makefile", f"{app}/Makefile")
    head = [T("# Build and release «».\nMAINTAINER := «»\n", app, p.email())]
    items = [
        lambda: T(f"{p.key_name(kind)} ?= «»\n", p.key(kind)),
        lambda: T("REGISTRY_PASSWORD ?= «»\n", p.password("env_password")),
        lambda: T("DEPLOY_HOST := «»\n", p.ip4()),
        lambda: T("DB_URL := postgres://app:«»@«»/app\n", p.password("url_password"), p.ip6()),
        lambda: T("VERSION := «»\n", p.version()),
        lambda: T("TOKEN ?= «»\n", Look("template", "$(GITHUB_TOKEN)")),
        lambda: T("LOCAL_DB := «»\n", p.private_ip()),
        lambda: T("CHECKSUM := «»  # sha256 of the vendored tarball\n", p.sha256()),
    ]
    tail = [
        "\n.PHONY: build release\n\nbuild:\n\tdocker build -t $(IMAGE):$(VERSION) .\n\n",
        "release: build\n\tdocker push $(IMAGE):$(VERSION)\n",
    ]
    return _fill(doc, rng, head, items, tail, (5, 8))


# ---- structured config formats, written by small emitters ------------------------------------------------------


def emit_json(doc: Doc, value, depth: int = 0) -> None:
    pad = "  " * depth
    if isinstance(value, dict):
        doc.add("{\n")
        for position, (key, item) in enumerate(value.items()):
            doc.add(f"{pad}  {json.dumps(key)}: ")
            emit_json(doc, item, depth + 1)
            doc.add(",\n" if position < len(value) - 1 else "\n")
        doc.add(pad + "}")
    elif isinstance(value, list):
        doc.add("[\n")
        for position, item in enumerate(value):
            doc.add(pad + "  ")
            emit_json(doc, item, depth + 1)
            doc.add(",\n" if position < len(value) - 1 else "\n")
        doc.add(pad + "]")
    elif isinstance(value, (Secret, Look, Str)):
        doc.add('"', value, '"')
    else:
        doc.add(json.dumps(value))


def _plain_text(value) -> str:
    if isinstance(value, Str):
        return "".join(_plain_text(piece) for piece in value.pieces)
    return value.value if isinstance(value, (Secret, Look)) else str(value)


def _yaml_scalar(rng: random.Random, value) -> list:
    """Plain when YAML allows it (and, for planted values, only sometimes), else double-quoted."""
    if isinstance(value, (int, float, bool)):
        return [json.dumps(value)]
    text = _plain_text(value)
    needs_quotes = not text or text[0] in "*&!%@{}[]|>'\"`#,?:-" or ": " in text or " #" in text
    if isinstance(value, str):
        return [json.dumps(value)] if needs_quotes else [value]
    return ['"', value, '"'] if needs_quotes or rng.random() < 0.35 else [value]


def emit_yaml(doc: Doc, rng: random.Random, value, depth: int = 0, inline_first: bool = False) -> None:
    pad = "  " * depth
    if isinstance(value, dict):
        for position, (key, item) in enumerate(value.items()):
            lead = "" if inline_first and position == 0 else pad
            if isinstance(item, Secret) and item.kind == "private_key":
                inner = pad + "  "
                doc.add(f"{lead}{key}: |\n{inner}", Secret("KEY", item.kind, ("\n" + inner).join(item.lines)), "\n")
            elif isinstance(item, (dict, list)) and item:
                doc.add(f"{lead}{key}:\n")
                emit_yaml(doc, rng, item, depth + 1)
            else:
                doc.add(f"{lead}{key}: ", _yaml_scalar(rng, item), "\n")
    else:
        for item in value:
            doc.add(f"{pad}- ")
            if isinstance(item, dict):
                emit_yaml(doc, rng, item, depth + 1, inline_first=True)
            else:
                doc.add(_yaml_scalar(rng, item), "\n")


def yaml_doc(p: Planter, index: int) -> Doc:
    rng = p.rng
    org, app = p.org(), rng.choice(APPS)
    flavour = index % 5
    kind = p.key_kind()
    key_name = p.key_name(kind)
    if flavour == 0:
        doc = Doc(f"yaml-{index:03d}", "yaml", f"{app}/docker-compose.yml")
        doc.add(T("# Local stack for «». Questions: «»\n", app, p.email()))
        tree = {
            "version": "3.9",
            "services": {
                app: {
                    "image": f"registry.{org}.io/{app}:latest",
                    "ports": ["8080:8080"],
                    "environment": {
                        key_name: p.key(kind),
                        "DATABASE_URL": Str(T(f"postgres://{app}:«»@db:5432/{app}", p.password("url_password"))),
                        "UPSTREAM_HOST": p.ip4(),
                        "GIT_SHA": p.git_sha(),
                        "API_TOKEN": Look("template", "${API_TOKEN}"),
                        "DNS_FALLBACK": p.dns_server(),
                    },
                },
                "db": {
                    "image": "postgres:16",
                    "environment": {"POSTGRES_USER": app, "POSTGRES_PASSWORD": p.password("yaml_password")},
                },
                "cache": {
                    "image": "redis:7",
                    "command": Str(T("redis-server --requirepass «»", p.password("yaml_password"))),
                },
            },
        }
    elif flavour == 1:
        doc = Doc(f"yaml-{index:03d}", "yaml", f"deploy/{app}-secret.yaml")
        tree = {
            "apiVersion": "v1",
            "kind": "Secret",
            "metadata": {"name": f"{app}-credentials", "annotations": {"owner": p.email(), "request-id": p.uuid()}},
            "type": "Opaque",
            "stringData": {
                snake(key_name): p.key(kind),
                "db-password": p.password("yaml_password"),
                "redis-url": Str(T("redis://:«»@«»:6379/0", p.password("url_password"), p.ip4())),
                "sentry-dsn-template": Look("template", "{{ .Values.sentry.dsn }}"),
                "smtp-password": Look("template", "{{ .Values.password }}"),
            },
        }
    elif flavour == 2:
        doc = Doc(f"yaml-{index:03d}", "yaml", ".github/workflows/release.yml")
        tree = {
            "name": "release",
            "on": {"push": {"tags": ["v*"]}},
            "env": {
                "NODE_AUTH_TOKEN": Look("template", "${{ secrets.NPM_TOKEN }}"),
                key_name: p.key(kind),
                "SLACK_TOKEN": p.key(rng.choice(("slack_bot", "slack_user"))),
                "EXPECTED_VERSION": p.version(),
            },
            "jobs": {
                "publish": {
                    "runs-on": "ubuntu-latest",
                    "steps": [
                        {"uses": Str(["actions/checkout@", p.git_sha()])},
                        {
                            "run": Str(
                                T("curl -fsS https://ci:«»@«»/hooks/release", p.password("url_password"), p.ip4())
                            )
                        },
                        {"run": "npm publish", "env": {"NPM_TOKEN": p.key("npm")}},
                    ],
                }
            },
        }
    elif flavour == 3:
        doc = Doc(f"yaml-{index:03d}", "yaml", f"{app}/src/main/resources/application.yml")
        tree = {
            "spring": {
                "datasource": {
                    "url": Str(T("jdbc:postgresql://«»:5432/«»", p.ip4(), app)),
                    "username": app,
                    "password": p.password("yaml_password"),
                },
                "mail": {"host": f"smtp.{org}.com", "username": p.email(), "password": p.password("yaml_password")},
                "rabbitmq": {"addresses": Str(T("amqp://app:«»@«»:5672", p.password("url_password"), p.ip6()))},
            },
            "server": {"address": p.private_ip(), "port": 8080},
            "management": {"info": {"build": {"version": p.date_version()}}},
            "integrations": {snake(key_name): p.key(kind), "tracing-salt": p.sequential()},
        }
    else:
        doc = Doc(f"yaml-{index:03d}", "yaml", f"ansible/group_vars/{app}.yml")
        tree = {
            "app_name": app,
            "app_admins": [p.email(), p.email()],
            "app_bind": p.private_ip(),
            "app_public_ip": p.ip4(),
            "app_public_ipv6": p.ip6(),
            "app_allowed_cidrs": [Str([p.ip4_net()]), Str([p.ip6_net()])],
            "db_password": p.password("yaml_password"),
            "vault_db_password": Look("template", "{{ vault_db_password }}"),
            snake(key_name): p.key(kind),
            "artifact_md5": p.md5(),
            "resolvers": [p.dns_server(), p.dns_server()],
            "docs_address": p.reserved_ip(),
            "api_key": p.placeholder("key"),
        }
    emit_yaml(doc, rng, tree)
    return doc


def json_doc(p: Planter, index: int) -> Doc:
    rng = p.rng
    org, app = p.org(), rng.choice(APPS)
    flavour = index % 4
    kind = p.key_kind()
    key_name = p.key_name(kind)
    if flavour == 0:
        doc = Doc(f"json-{index:03d}", "json", f"{app}/package.json")
        tree = {
            "name": f"@{org}/{app}",
            "version": "2.3.0",
            "author": Str(T("«» <«»>", p.full_name(), p.email())),
            "contributors": [p.email(), p.email()],
            "config": {camel(key_name): p.key(kind, pem="escaped"), "registryToken": p.key("npm")},
            "scripts": {"start": "node server.js", "test": "jest"},
            "dependencies": {"express": "^4.18.2", "pg": "^8.11.3"},
            "gitHead": p.git_sha(),
            "_integrity": p.integrity(),
        }
    elif flavour == 1:
        doc = Doc(f"json-{index:03d}", "json", f"{app}/appsettings.Production.json")
        tree = {
            "ConnectionStrings": {
                "Default": Str(
                    T(
                        "Server=«»;Database=«»;User Id=sa;Password=«»;",
                        p.ip4(),
                        app,
                        p.password("conn_string_password"),
                    )
                ),
                "Cache": Str(T("redis://:«»@cache.«».net:6380", p.password("url_password"), org)),
            },
            "Smtp": {"User": p.email(), "Password": p.password("json_password")},
            "Auth": {
                "ClientId": p.uuid(),
                "ClientSecret": p.key("generic_secret"),
                "Authority": "https://login.microsoftonline.com",
            },
            "Kestrel": {"Endpoints": {"Http": {"Url": Str(T("http://«»:5000", p.private_ip()))}}},
            "ApiKey": Look("template", "${API_KEY}"),
            "BuildVersion": p.version(),
        }
    elif flavour == 2:
        doc = Doc(f"json-{index:03d}", "json", f"secrets/{org}-service-account.json")
        project = f"{org}-{app}-{rng.randint(100, 999)}"
        tree = {
            "type": "service_account",
            "project_id": project,
            "private_key": p.key("private_key", pem="escaped"),
            "client_email": Secret("EMAIL", "email_subdomain", f"{app}-sa@{project}.iam.gserviceaccount.com"),
            "client_id": str(rng.randint(10**20, 10**21)),
            "auth_uri": "https://accounts.google.com/o/oauth2/auth",
            "token_uri": "https://oauth2.googleapis.com/token",
        }
    else:
        doc = Doc(f"json-{index:03d}", "json", f"{app}/config/production.json")
        tree = {
            "server": {"host": p.private_ip(), "port": 8443, "publicIp": p.ip4(), "publicIpv6": p.ip6()},
            "database": {"user": app, "password": p.password("json_password"), "host": f"db.{org}.internal"},
            "auth": {camel(key_name): p.key(kind, pem="escaped"), "jwtSecret": p.key("generic_secret")},
            "notifications": {"to": [p.email()], "slackToken": p.key("slack_bot")},
            "dns": [p.dns_server(), p.dns_server()],
            "password": p.placeholder("password"),
            "release": p.date_version(),
            "alphabet": p.sequential(),
            "headerName": p.identifier(),
        }
    emit_json(doc, tree)
    doc.add("\n")
    return doc


def env_doc(p: Planter, index: int) -> Doc:
    rng = p.rng
    org, app = p.org(), rng.choice(APPS)
    example = index % 6 == 5  # a .env.example: placeholders and look-ups only, nothing to redact
    doc = Doc(f"env-{index:03d}", "dotenv", f"{app}/.env.example" if example else f"{app}/.env")
    doc.add(f"# {app} — production settings\nAPP_ENV=production\nAPP_DEBUG=false\nAPP_URL=https://{app}.{org}.io\n\n")
    if example:
        for name in rng.sample(list(KEY_NAMES), 6):
            doc.add(f"{p.key_name(name)}=", p.placeholder("key"), "\n")
        doc.add("DB_PASSWORD=", p.placeholder("password"), "\n")
        doc.add("DATABASE_URL=postgres://app:", Look("template", "${DB_PASSWORD}"), "@localhost:5432/app\n")
        doc.add("REDIS_HOST=", p.private_ip(), "\nDNS_SERVER=", p.dns_server(), "\n")
        return doc
    lines = []
    for _ in range(rng.randint(3, 5)):
        kind = p.key_kind()
        quote = '"' if kind == "private_key" or rng.random() < 0.3 else ""
        doc.add(T(f"{p.key_name(kind)}={quote}«»{quote}\n", p.key(kind, pem="escaped")))
    lines += [
        lambda: T(f"{p.password_name()}=«»\n", p.password("env_password")),
        lambda: T('SMTP_PASSWORD="«»"\n', p.password("env_password")),
        lambda: T(f"DATABASE_URL=postgres://{app}:«»@db.{org}.internal:5432/{app}\n", p.password("url_password")),
        lambda: T("REDIS_URL=redis://:«»@«»:6379/0\n", p.password("url_password"), p.ip4()),
        lambda: T("MAIL_FROM=«»\nSMTP_USERNAME=«»\n", p.email(), p.email()),
        lambda: T("UPSTREAM_HOST=«»\nUPSTREAM_HOST_V6=«»\n", p.ip4(), p.ip6()),
        lambda: T("TRUSTED_PROXIES=«»,«»\n", p.ip4_net(), p.private_ip()),
        lambda: T("GIT_COMMIT_SHA=«»\n", p.git_sha()),
        lambda: T("SENTRY_RELEASE=«»\n", p.version()),
        lambda: T("INSTANCE_ID=«»\n", p.uuid()),
        lambda: T("DNS_SERVER=«»\n", p.dns_server()),
        lambda: T("LISTEN_ADDR=«»\n", p.private_ip()),
        lambda: T("LEGACY_API_KEY=«»\n", p.placeholder("key")),
        lambda: T("ENCRYPTION_SALT=«»\n", p.sequential()),
        lambda: T("BACKUP_MD5=«»\n", p.md5()),
        lambda: T("OAUTH_TOKEN_HEADER=«»\n", p.identifier()),
    ]
    for line in rng.sample(lines, len(lines) - rng.randint(0, 3)):
        doc.add(line)
    return doc


def ini_doc(p: Planter, index: int) -> Doc:
    rng = p.rng
    org, app = p.org(), rng.choice(APPS)
    flavour = index % 4
    if flavour == 0:
        doc = Doc(f"ini-{index:03d}", "ini", ".pypirc")
        doc.add("[distutils]\nindex-servers =\n    pypi\n    internal\n\n[pypi]\nusername = __token__\n")
        doc.add("password = ", p.key("pypi"), "\n\n[internal]\n")
        doc.add(
            f"repository = https://pypi.{org}.io/simple\nusername = ci\npassword = ", p.password("ini_password"), "\n"
        )
    elif flavour == 1:
        doc = Doc(f"ini-{index:03d}", "ini", f"{app}/my.cnf")
        doc.add("[client]\nuser = root\npassword = ", p.password("ini_password"), "\nhost = ", p.ip4(), "\n\n")
        doc.add("[mysqld]\nbind-address = ", p.private_ip(), "\nport = 3306\n")
    elif flavour == 2:
        doc = Doc(f"ini-{index:03d}", "ini", f"{app}/alembic.ini")
        doc.add("[alembic]\nscript_location = migrations\n")
        doc.add(f"sqlalchemy.url = postgresql://{app}:", p.password("url_password"), "@", p.ip4(), f"/{app}\n\n")
        doc.add("[loggers]\nkeys = root,sqlalchemy\n")
    else:
        kind = p.key_kind(exclude=("private_key",))
        doc = Doc(f"ini-{index:03d}", "ini", f"{app}/config.ini")
        doc.add("; ", p.full_name(), " <", p.email(), ">\n[server]\nhost = ", p.ip4(), "\nhost_v6 = ", p.ip6(), "\n")
        doc.add("listen = ", p.private_ip(), "\nversion = ", p.version(), "\n\n[database]\nuser = app\n")
        doc.add(
            "password = ",
            p.password("ini_password"),
            "\nreplica_password = ",
            Look("template", "%(password)s"),
            "\n\n",
        )
        doc.add(f"[api]\n{snake(p.key_name(kind))} = ", p.key(kind), "\nclient_id = ", p.uuid(), "\n")
        doc.add("fallback_key = ", p.placeholder("key"), "\nbuild_commit = ", p.git_sha(), "\n")
    return doc


LANGUAGE_DOCS = (
    (javascript_doc, 22),
    (go_doc, 14),
    (java_doc, 12),
    (shell_doc, 12),
    (dockerfile_doc, 10),
    (makefile_doc, 8),
    (yaml_doc, 20),
    (json_doc, 16),
    (env_doc, 18),
    (ini_doc, 12),
)


def build(seed: int = SEED) -> list[dict]:
    rng = random.Random(seed)
    planter = Planter(rng)
    hosts = _load_hosts()
    docs = python_docs(planter, hosts)
    docs += [django_settings(planter, index) for index in range(6)]
    for make, count in LANGUAGE_DOCS:
        docs += [make(planter, index) for index in range(count)]
    return [doc.record() for doc in docs]


def summary(records: list[dict]) -> dict:
    tags = collections.Counter(label["tag"] for record in records for label in record["labels"])
    kinds = collections.Counter(f"{label['tag']}/{label['kind']}" for record in records for label in record["labels"])
    looks = collections.Counter(look["kind"] for record in records for look in record["lookalikes"])
    return {
        "documents": len(records),
        "documents_without_secrets": sum(not record["labels"] for record in records),
        "languages": dict(sorted(collections.Counter(record["lang"] for record in records).items())),
        "secrets": sum(tags.values()),
        "tags": dict(sorted(tags.items())),
        "kinds": dict(sorted(kinds.items())),
        "lookalikes": sum(looks.values()),
        "lookalike_kinds": dict(sorted(looks.items())),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", type=Path, default=HERE / "labels.jsonl")
    parser.add_argument("--seed", type=int, default=SEED)
    args = parser.parse_args()
    records = build(args.seed)
    with open(args.out, "w", encoding="utf-8", newline="\n") as handle:
        for record in records:
            handle.write(json.dumps(record, ensure_ascii=False) + "\n")
    print(json.dumps(summary(records), indent=1))


if __name__ == "__main__":
    main()
