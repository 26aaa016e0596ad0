"""One text in, the redacted text and what was replaced out: ``redact_text`` and ``Redactor``."""

from __future__ import annotations

import bisect
import hashlib
import posixpath
import re
from dataclasses import dataclass

from codelm.pipeline.errors import UsageProblem
from codelm.pipeline.redact.credfiles import (
    ADMINS_SECTION_HINT,
    API_SETTING_HINTS,
    COMMAND_SECRET_HINTS,
    DATABASE_INFO_HINTS,
    LICENCE_HINT,
    PASSWORD_INPUT_HINTS,
    PASSWORD_MAP_HINTS,
    PLACED_SECRET_HINTS,
    PLAIN_COMMENT_HINTS,
    QUERY_TOKEN_HINTS,
    SETTING_ELEMENT_HINTS,
    SIM_HINTS,
    URL_TOKEN_HINTS,
    USERS_BLOCK_HINTS,
    VAULT_INIT_HINTS,
    find_api_settings,
    find_command_secrets,
    find_couchdb_admins,
    find_database_info_passwords,
    find_embedded_secret_columns,
    find_group_user_passwords,
    find_html_row_secrets,
    find_labelled_secrets,
    find_licence_keys,
    find_lisp_pairs,
    find_password_input_defaults,
    find_password_maps,
    find_pgbouncer_userlist,
    find_pgpass,
    find_placed_secrets,
    find_plain_copies,
    find_provider_keys,
    find_query_tokens,
    find_sasl_passwd,
    find_secret_columns,
    find_setting_elements,
    find_station_passwords,
    find_subscriber_keys,
    find_url_tokens,
    find_vault_init_secrets,
    find_written_secrets,
)
from codelm.pipeline.redact.detectors import (
    CODE_EXTENSIONS,
    KEY,
    KEYWORDS,
    LISP_EXTENSIONS,
    MARKUP_EXTENSIONS,
    PASSWORD,
    PROSE_EXTENSIONS,
    TOKEN_NEEDLES,
    Finding,
    find_assigned_secrets,
    find_emails,
    find_ips,
    find_tokens,
)
from codelm.pipeline.redact.lookalikes import UUID
from codelm.pipeline.redact.needles import byte_matches, find_needles
from codelm.pipeline.redact.passwords import NEEDLES as PASSWORD_NEEDLES
from codelm.pipeline.redact.passwords import find_password_forms
from codelm.pipeline.redact.replace import MODES, Replacer, keyed_hash
from codelm.pipeline.redact.secrets import NEEDLES as DETECT_SECRETS_NEEDLES

# When findings overlap, the more specific detector wins: a token format or PEM body over an
# assignment, a URL password over the "email" that ``user:pw@host.com`` also looks like.
_PRIORITY = {
    "url_credentials": 1,
    "cli_password": 1,
    "sql_password": 1,
    "call_password": 1,
    "auth_pair": 1,
    "basic_auth": 1,
    "login_pair": 1,
    "stated_password": 2,
    "stated_key": 2,
    "commented_key": 2,
    "table_password": 1,
    "dsn_password": 1,
    "pgpass": 1,
    "credential_file": 1,
    "secret_file": 1,
    "netrc": 1,
    "snmp": 1,
    "redis": 1,
    "chpasswd": 1,
    "wp_salt": 1,
    "consul_token": 1,
    "vault_init": 1,
    "device_user": 1,
    "assignment": 2,
    "email": 4,
    "ipv4": 5,
    "ipv6": 5,
}
_DETECT_SECRETS_PRIORITY = 3
_NEEDLES_WITH_DETECT_SECRETS = tuple(sorted(set(TOKEN_NEEDLES) | set(DETECT_SECRETS_NEEDLES)))
# Every literal a token format or plugin starts from, the two-letter Twilio prefixes included.
_ALL_NEEDLES = tuple(sorted(set(_NEEDLES_WITH_DETECT_SECRETS) | {"AC", "SK", "AP", "AKC"}))
_NER_PRIORITY = 6
# The fields of a replaced span, in the order ``Redactor.redact_spans`` gives them.
SPAN_FIELDS = ("tag", "start", "end", "replacement", "detector", "hash")
# The lower-cased literals: the assignment detector's keywords, then the password forms', then the words that
# send a file to a rule of its own (found in the same pass: each "in" over the whole text cost a scan of its own).
_FILE_HINTS = (
    *SIM_HINTS, LICENCE_HINT, *QUERY_TOKEN_HINTS, *VAULT_INIT_HINTS, ADMINS_SECTION_HINT, *API_SETTING_HINTS,
    *PASSWORD_INPUT_HINTS, *SETTING_ELEMENT_HINTS, *PASSWORD_MAP_HINTS, *PLAIN_COMMENT_HINTS,
    *DATABASE_INFO_HINTS, *COMMAND_SECRET_HINTS, *URL_TOKEN_HINTS, *PLACED_SECRET_HINTS,
    *USERS_BLOCK_HINTS,
)  # fmt: skip
# The file rules given where their words start and end, each with its words
_HINTED_RULES = (
    ((LICENCE_HINT,), find_licence_keys),
    (VAULT_INIT_HINTS, find_vault_init_secrets),
    (API_SETTING_HINTS, find_api_settings),
    (PASSWORD_INPUT_HINTS, find_password_input_defaults),
    ((ADMINS_SECTION_HINT,), find_couchdb_admins),
    (SETTING_ELEMENT_HINTS, find_setting_elements),
    (PASSWORD_MAP_HINTS, find_password_maps),
    (PLAIN_COMMENT_HINTS, find_plain_copies),
    (DATABASE_INFO_HINTS, find_database_info_passwords),
    (COMMAND_SECRET_HINTS, find_command_secrets),
    (URL_TOKEN_HINTS, find_url_tokens),
    (PLACED_SECRET_HINTS, find_placed_secrets),
    (USERS_BLOCK_HINTS, find_group_user_passwords),
)
_LOWERED_NEEDLES = tuple(KEYWORDS) + tuple(PASSWORD_NEEDLES) + _FILE_HINTS
_FILE_HINTS_FROM = len(KEYWORDS) + len(PASSWORD_NEEDLES)


# Short texts (paths, repository names) are checked for anything a detector starts from before the detectors
# run: most paths hold none, and running every detector on each cost as much as redacting 5 KB of code.
_SHORT_TEXT_CHARS = 1024
# Emails need "@" (or "%40"), IPv4 digits, IPv6 ":", detect-secrets' lines "=", ":" or a quote.
_DETECTOR_START = re.compile(r"[@\d:=\"'`]|%40")
_KEYWORDS_LOWER = ("pass", "pw", "secret", "token", "key", "cred", "bearer")


def _could_hold_a_finding(text: str) -> bool:
    if _DETECTOR_START.search(text):
        return True
    lowered = text.lower()
    if any(keyword in lowered for keyword in _KEYWORDS_LOWER):
        return True
    if find_needles(text, _ALL_NEEDLES):
        return True
    # the password forms' literals: "heslo k účtu root je ...", "community", "{PLAIN}"
    return bool(byte_matches(text.encode("ascii", "replace").lower(), _LOWERED_NEEDLES))


@dataclass
class RedactConfig:
    """What to detect and how to replace it; CLI options map onto these fields one to one."""

    mode: str = "placeholder"  # placeholder: <EMAIL> <IP_ADDRESS> <KEY> <PASSWORD> <NAME>; fake: same shape
    seed: int = 0
    keep_example_domains: bool = True  # documentation domains (RFC 2606/6761) are nobody's address
    emails: bool = True
    ips: bool = True
    secrets: bool = True
    detect_secrets: bool = True  # BigCode's detect-secrets plugins on top of codelm's own detectors
    ner: str = "none"  # or "presidio"
    entities: tuple[str, ...] = ("PERSON",)
    spacy_model: str = "en_core_web_lg"

    def validate(self) -> None:
        if self.mode not in MODES:
            raise UsageProblem(f"unknown mode {self.mode!r}; choose from {', '.join(MODES)}")
        if self.ner not in ("none", "presidio"):
            raise UsageProblem(f"unknown NER {self.ner!r}; choose from none, presidio")


def _priority(finding: Finding) -> int:
    if finding.source.startswith("detect_secrets."):
        return _DETECT_SECRETS_PRIORITY
    if finding.source.startswith("presidio."):
        return _NER_PRIORITY
    return _PRIORITY.get(finding.source, 0)


# Digests and keys that hide nothing, the same in every file that holds them: of empty input (the NT and LM hashes of
# the empty password, what pass-the-hash tools print for an account without one; MD5, SHA-1 and SHA-256 of nothing),
# and MD5, SHA-1 and SHA-256 of the passwords every cracking tutorial and test starts from ("password", "123456").
_WELL_KNOWN_DIGESTS = frozenset(
    (
        "31d6cfe0d16ae931b73c59d7e0c089c0",
        "aad3b435b51404eeaad3b435b51404ee",
        *(
            digest(word.encode()).hexdigest()
            for word in ("", "password", "123456", "12345678", "admin", "secret", "letmein", "qwerty")
            for digest in (hashlib.md5, hashlib.sha1, hashlib.sha256)
        ),
        # reCAPTCHA's site keys Google publishes, for tests and for its public demo: in every page that uses them
        "6leixactaaaaajczvrqyhh71umiegnq_mxjizkhi",
        "6le-wvksaaaaapbmrtvw0q4muexq1bi0djwx_mj-",
    )
)


def _without_well_known_digests(text: str, findings: list[Finding]) -> list[Finding]:
    """The findings less the keys and passwords whose value (or its part after a user's ":") is a digest of
    nothing or of a textbook password, or a site key published for all to use: no secret is in it."""
    return [
        finding
        for finding in findings
        if finding.tag not in (KEY, PASSWORD)
        or text[finding.start : finding.end].rsplit(":", 1)[-1].lower() not in _WELL_KNOWN_DIGESTS
    ]


def _without_elided_keys(text: str, findings: list[Finding]) -> list[Finding]:
    """The findings less the keys cut short by an ellipsis: "hvs.CAESIIG_PILm...example...", "token:
    eyJhbGciOiJSUzI1NiIs...": the documentation shows where a key starts, and the part shown opens nothing."""
    return [
        finding for finding in findings if finding.tag != KEY or not text.startswith(("...", "\u2026"), finding.end)
    ]


def _issued_as_keys(text: str, findings: list[Finding]) -> list[Finding]:
    """A UUID found in a password's place is a token a service issued (Heroku's API key in .netrc, DuckDNS's in a
    router's dynamic-DNS password), and padded base64 of 16 bytes or more is generated key material (Shadowsocks
    2022's "password", a Fernet key), as a PyPI token in .pypirc is a token: nobody types one as a password."""
    tagged = []
    for finding in findings:
        if finding.tag == PASSWORD and _issued(text[finding.start : finding.end]):
            finding = finding._replace(tag=KEY)
        tagged.append(finding)
    return tagged


def _issued(value: str) -> bool:
    return bool(
        UUID.fullmatch(value)
        or (_PADDED_KEY_BASE64.fullmatch(value) and len(value) % 4 == 0)
        or value.startswith("pypi-AgE")
    )


_PADDED_KEY_BASE64 = re.compile(r"(?=[^+/]*[+/0-9])[A-Za-z0-9+/]{22,}={1,2}")


def resolve_overlaps(findings: list[Finding]) -> list[Finding]:
    """Non-overlapping findings in text order; on overlap the higher-priority, then longer, one stays.

    Findings are cut into clusters of transitively overlapping spans in one sweep over the sorted list, and
    only inside a cluster are they ranked against each other: the cost is a sort, not findings squared
    (16,000 emails in one file took 9 s when every finding was checked against every kept one).
    """
    if len(findings) < 2:
        return list(findings)
    ordered = sorted(findings)
    resolved: list[Finding] = []
    cluster = [ordered[0]]
    cluster_end = ordered[0].end
    for finding in ordered[1:]:
        if finding.start < cluster_end:
            cluster.append(finding)
            cluster_end = max(cluster_end, finding.end)
            continue
        resolved += cluster if len(cluster) == 1 else _resolve_cluster(cluster)
        cluster = [finding]
        cluster_end = finding.end
    resolved += cluster if len(cluster) == 1 else _resolve_cluster(cluster)
    return resolved


def _resolve_cluster(cluster: list[Finding]) -> list[Finding]:
    """Greedy by rank inside one cluster; kept spans are disjoint, so two bisections find any clash."""
    taken_starts: list[int] = []
    taken: list[Finding] = []
    for finding in sorted(cluster, key=lambda f: (_priority(f), f.start - f.end, f.start)):
        index = bisect.bisect_left(taken_starts, finding.start)
        if index < len(taken) and taken[index].start < finding.end:
            continue
        if index > 0 and taken[index - 1].end > finding.start:
            continue
        taken_starts.insert(index, finding.start)
        taken.insert(index, finding)
    return taken


def _disjoint_spans(findings: list[Finding]) -> list[tuple[int, int]]:
    """The sorted union of the findings' spans, as disjoint (start, end) pairs."""
    spans: list[tuple[int, int]] = []
    for start, end, _, _ in sorted(findings):
        if spans and start < spans[-1][1]:
            spans[-1] = (spans[-1][0], max(end, spans[-1][1]))
        else:
            spans.append((start, end))
    return spans


def file_extension(path: str) -> str:
    """``.env``, ``x.env.local`` and ``Dockerfile`` name their kind without a usual extension."""
    name = posixpath.basename(path or "").lower()
    if name.startswith((".env", "env_file", "env-file")) or name == ".envrc":
        return "env"  # (Docker Compose's env_file: IntelOwl's docker/env_file_app)
    if name in (
        "dockerfile", "makefile", "gnumakefile", ".netrc", ".pgpass", ".npmrc", ".pypirc", ".bash_history",
        ".zsh_history", ".sh_history", "sasl_passwd", ".htaccess",
    ):  # fmt: skip
        return name.lstrip(".")
    if name == "userlist.txt":
        return "pgbouncer_userlist"
    if name.endswith("wpa_psk"):
        return "wpa_psk"  # hostapd.wpa_psk
    if name in ("servlist.conf", "servlist_.conf"):
        return "hexchat_servlist"
    if name == "bookmarks" and "/.ncftp/" in "/" + (path or "").lower():
        return "ncftp_bookmarks"
    if name == ".sendxmpprc":
        return "sendxmpprc"
    if name in ("pap-secrets", "chap-secrets"):
        return "ppp_secrets"
    if name in ("admin.password", "publish.password"):
        return "wowza_users"
    if name == "provider-config.yaml":
        return "provider_config"
    if name == "interfaces":
        return "conf"  # Debian's /etc/network/interfaces: "wpa-psk VALUE", one setting per line
    if name == "crontab":
        return "conf"  # a crontab's lines: a schedule, then a shell command (PGPASSWORD=VALUE pg_dump ...)
    if _RC_FILE.fullmatch(name):
        return "conf"  # ~/.muttrc, .mpoprc, getmailrc-work: a program's settings, one per line
    stem, extension = posixpath.splitext(name)
    extension = extension.lstrip(".")
    inner = posixpath.splitext(stem)[1].lstrip(".")
    if (extension, inner) in _WRAPPED_KINDS:
        # Rails' decrypted credentials (credentials.yml.dec), Jelix's and Lizmap's settings behind a PHP guard
        # (localconfig.ini.php): the inner extension says how the settings are written
        return inner
    if not extension:
        # a file without an extension takes its kind from its folder: /var/log/qmail/smtpd/current is a log,
        # /etc/xinetd.d/feedsync a service's settings
        folders = (path or "").lower().split("/")[:-1]
        if "log" in folders or "logs" in folders:
            return "log"
        if "etc" in folders:
            return "conf"
    return extension


_WRAPPED_KINDS = frozenset((("dec", "yml"), ("dec", "yaml"), ("php", "ini")))
_RC_FILE = re.compile(r"(?:\.[a-z0-9_]+|[a-z0-9_]{3,})rc(?:-[\w-]+)?")


class Redactor:
    """All enabled detectors over one text; build once and reuse (detect-secrets and Presidio load once)."""

    def __init__(self, config: RedactConfig | None = None):
        self.config = config or RedactConfig()
        self.config.validate()
        self._detect_secrets = None
        self._names = None

    def find(self, text: str, path: str = "") -> list[Finding]:
        """Findings in ``text``, overlaps resolved; ``path`` (when known) tells config files from code."""
        config = self.config
        if len(text) <= _SHORT_TEXT_CHARS and config.ner == "none" and not _could_hold_a_finding(text):
            return []
        findings: list[Finding] = []
        if config.secrets:
            if config.detect_secrets and self._detect_secrets is None:
                from codelm.pipeline.redact.secrets import DetectSecrets

                self._detect_secrets = DetectSecrets()
            # One byte per character (non-ASCII becomes "?"), so offsets in ``data`` and ``lowered`` are offsets in
            # ``text``.
            data = text.encode("ascii", "replace")
            lowered = data.lower()
            hits = find_needles(text, _NEEDLES_WITH_DETECT_SECRETS if config.detect_secrets else TOKEN_NEEDLES, data)
            findings += find_tokens(text, hits, lowered)
            # The assignment detector's keywords, the password forms' literals and the file rules' words in one pass
            # over the bytes.
            keyword_starts, password_needles, hints = set(), [], {}
            for index, start, end in byte_matches(lowered, _LOWERED_NEEDLES):
                if index < len(KEYWORDS):
                    keyword_starts.add(start)
                elif index < _FILE_HINTS_FROM:
                    password_needles.append((index - len(KEYWORDS), start, end))
                else:
                    hints.setdefault(_LOWERED_NEEDLES[index], []).append((start, end))
            kind = file_extension(path)
            if kind == "php" and text[:256].lstrip().startswith(";"):
                kind = "ini"  # OJS's config.inc.php: INI settings behind a "; <?php exit; ?>" guard, no PHP code
            password_forms = find_password_forms(text, lowered, password_needles)
            findings += find_assigned_secrets(
                text,
                kind,
                lowered,
                frozenset(finding.start for finding in findings),
                sorted(keyword_starts),
                password_forms,
            )
            findings += password_forms
            if kind not in CODE_EXTENSIONS:
                # (scripts, notes, logs and configs write secret files; a program's source seldom does)
                findings += find_written_secrets(text)
                if kind != "csv" and (b",pass" in lowered or b",secret" in lowered or b",token" in lowered):
                    findings += find_embedded_secret_columns(text)
            if not hints.keys().isdisjoint(SIM_HINTS):
                findings += find_subscriber_keys(text)
            query_hits = [hit for hint in QUERY_TOKEN_HINTS for hit in hints.get(hint, ())]
            if query_hits:
                findings += find_query_tokens(text, lowered, query_hits)
            for rule_hints, rule in _HINTED_RULES:
                if rule_hits := [hit for hint in rule_hints for hit in hints.get(hint, ())]:
                    findings += rule(text, rule_hits)
            if kind == "pgpass":
                findings += find_pgpass(text)
            elif kind == "sasl_passwd":
                findings += find_sasl_passwd(text)
            elif kind == "pgbouncer_userlist":
                findings += find_pgbouncer_userlist(text)
            elif kind in (
                "wpa_psk",
                "hexchat_servlist",
                "ncftp_bookmarks",
                "sendxmpprc",
                "ppp_secrets",
                "wowza_users",
            ):
                findings += find_station_passwords(text, kind)
            elif kind == "provider_config":
                findings += find_provider_keys(text)
            elif kind == "csv":
                findings += find_secret_columns(text)
            elif kind in PROSE_EXTENSIONS:
                findings += find_labelled_secrets(text)
            elif kind in MARKUP_EXTENSIONS:
                findings += find_html_row_secrets(text)
            elif kind in LISP_EXTENSIONS:
                findings += find_lisp_pairs(text)
            if config.detect_secrets:
                findings += self._detect_secrets.find(text, hits, _disjoint_spans(findings), data, lowered)
        if config.emails:
            findings += find_emails(text, config.keep_example_domains)
        if config.ips:
            findings += find_ips(text)
        if config.ner == "presidio":
            if self._names is None:
                from codelm.pipeline.redact.ner import PresidioNames

                self._names = PresidioNames(config.spacy_model, config.entities)
            findings += self._names.find(text)
        findings = _without_elided_keys(text, _without_well_known_digests(text, findings))
        return resolve_overlaps(_issued_as_keys(text, findings))

    def redact(
        self, text: str, path: str = "", document_key: str = "", hash_key: bytes | None = None
    ) -> tuple[str, list[dict]]:
        """The redacted text and one ``{tag, start, end, replacement, detector, hash}`` per replaced span.

        Offsets are into the redacted text (``redacted[start:end] == replacement``). ``hash`` is a
        keyed hash of the original value when ``hash_key`` is given, else None; the original value
        itself is never returned.
        """
        redacted, spans = self.redact_spans(text, path, document_key, hash_key)
        return redacted, [dict(zip(SPAN_FIELDS, span)) for span in spans]

    def redact_spans(
        self, text: str, path: str = "", document_key: str = "", hash_key: bytes | None = None
    ) -> tuple[str, list[tuple]]:
        """``redact`` with each replaced span as a tuple in ``SPAN_FIELDS`` order (the stage builds its Arrow
        columns from these without a dict per span)."""
        findings = self.find(text, path)
        if not findings:
            return text, []
        replacer = Replacer(self.config.mode, self.config.seed, document_key)
        pieces, spans, cursor, shift = [], [], 0, 0
        for finding in findings:
            value = text[finding.start : finding.end]
            replacement = replacer.replacement(finding, value)
            pieces.append(text[cursor : finding.start])
            pieces.append(replacement)
            start = finding.start + shift
            spans.append(
                (
                    finding.tag,
                    start,
                    start + len(replacement),
                    replacement,
                    finding.source,
                    keyed_hash(value, hash_key) if hash_key else None,
                )
            )
            shift += len(replacement) - (finding.end - finding.start)
            cursor = finding.end
        pieces.append(text[cursor:])
        return "".join(pieces), spans

    def __getstate__(self):
        return {**self.__dict__, "_detect_secrets": None, "_names": None}  # workers load their own


def redact_text(
    text: str, config: RedactConfig | None = None, path: str = "", document_key: str = ""
) -> tuple[str, list[dict]]:
    """Redact one string with a fresh ``Redactor`` (build a ``Redactor`` yourself to redact many)."""
    return Redactor(config).redact(text, path, document_key)
